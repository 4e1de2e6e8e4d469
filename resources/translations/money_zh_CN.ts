<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CashUpPage</name>
        <message>
            <source>Cash-up {id} for {c}: {n} parcel(s) with money collected</source>
            <translation>交款单 {id}（{c}）：{n} 票有收款（代收货款/到付）</translation>
        </message>
        <message>
            <source>到付 freight</source>
            <translation>到付运费</translation>
        </message>
    </context>
    <context>
        <name>DeliveryPage</name>
        <message>
            <source>Paid by</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>To collect</source>
            <translation>应收金额</translation>
        </message>
        <message>
            <source>collect ¥{total}: COD ¥{cod} + freight ¥{freight}</source>
            <translation>应收 ¥{total}：代收货款 ¥{cod} + 到付运费 ¥{freight}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Over the insurance (保价) cap: declare less, or refuse the parcel</source>
            <translation>超过保价上限：请降低保价金额，或拒收</translation>
        </message>
    </context>
</TS>
