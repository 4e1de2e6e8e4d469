<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BillsPage</name>
        <message>
            <source>Waybill</source>
            <translation>运单号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>(late)</source>
            <translation>（补计）</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <source>Chargeable kg</source>
            <translation>计费重量 kg</translation>
        </message>
        <message>
            <source>Freight</source>
            <translation>运费</translation>
        </message>
        <message>
            <source>Surcharges</source>
            <translation>附加费</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>保价费</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Monthly bills</source>
            <translation>月结账单</translation>
        </message>
        <message>
            <source>Merchant:</source>
            <translation>商家：</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>账期：</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Issue bill</source>
            <translation>开具账单</translation>
        </message>
        <message>
            <source>Save PDF, XLSX</source>
            <translation>保存 PDF、XLSX</translation>
        </message>
        <message>
            <source>Preview — not issued yet</source>
            <translation>预览 — 尚未开具</translation>
        </message>
        <message>
            <source>Bill {no} was issued on {at}: shown as issued</source>
            <translation>账单 {no} 已于 {at} 开具：按开具时显示</translation>
        </message>
        <message>
            <source>Bill {no} issued</source>
            <translation>账单 {no} 已开具</translation>
        </message>
        <message>
            <source>Saved: {paths}</source>
            <translation>已保存：{paths}</translation>
        </message>
        <message>
            <source>{no}  {n} parcel(s)  freight ¥{freight} + surcharges ¥{extra} + insurance ¥{ins} − discount ¥{disc} = ¥{total}</source>
            <translation>{no}  {n} 件  运费 ¥{freight} + 附加费 ¥{extra} + 保价费 ¥{ins} − 折扣 ¥{disc} = ¥{total}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>{n} parcel(s) not yet received or priced: on the next bill</source>
            <translation>{n} 件尚未收寄或未计价：计入下期账单</translation>
        </message>
        <message>
            <source>Netted on statement {no}</source>
            <translation>已在结算单 {no} 中抵扣</translation>
        </message>
    </context>
    <context>
        <name>StatementsPage</name>
        <message>
            <source>Net bill:</source>
            <translation>抵扣账单：</translation>
        </message>
        <message>
            <source>none</source>
            <translation>不抵扣</translation>
        </message>
        <message>
            <source>net payable ¥{net}</source>
            <translation>应付商家 ¥{net}</translation>
        </message>
        <message>
            <source>the merchant owes ¥{net}</source>
            <translation>商家应付 ¥{net}</translation>
        </message>
        <message>
            <source>{no}  COD ¥{cod}  −  fees ¥{fee}  −  bill {bills} ¥{bill}  =  {net}</source>
            <translation>{no}  代收货款 ¥{cod}  −  手续费 ¥{fee}  −  月结账单 {bills} ¥{bill}  =  {net}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>{value} is not a month: write YYYY-MM, e.g. 2026-11</source>
            <translation>{value} 不是月份：请按 YYYY-MM 填写，例如 2026-11</translation>
        </message>
        <message>
            <source>{month} is not over yet: a month is billed once it has ended</source>
            <translation>{month} 尚未结束：月份结束后才能开具账单</translation>
        </message>
        <message>
            <source>Nothing to bill in {month}: no received, priced 月结 parcel is unbilled</source>
            <translation>{month} 没有可开账单的运单：没有已收寄、已计价且未开账单的月结运单</translation>
        </message>
        <message>
            <source>Some of these parcels were billed meanwhile by someone else: show the month again</source>
            <translation>部分运单刚被他人开具账单：请重新查看该月</translation>
        </message>
        <message>
            <source>No bill {bill} of this merchant</source>
            <translation>该商家没有账单 {bill}</translation>
        </message>
        <message>
            <source>Bill {bill} was already netted on a statement: a bill is netted once</source>
            <translation>账单 {bill} 已在结算单中抵扣：每张账单只能抵扣一次</translation>
        </message>
    </context>
</TS>
