<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>QuoteBox</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="78" />
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="85" />
        <source>Quote</source>
        <translation>运费试算</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="80" />
        <source>From</source>
        <translation>寄件地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="80" />
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="80" />
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="81" />
        <source>Size L×W×H (cm)</source>
        <translation>尺寸 长×宽×高（cm）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="81" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="81" />
        <source>Declared value</source>
        <translation>保价金额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="82" />
        <source>Merchant code</source>
        <translation>商家编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="84" />
        <source>province and/or city, e.g. 浙江省杭州市</source>
        <translation>省和/或市，如 浙江省杭州市</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="86" />
        <source>Standard</source>
        <translation>标快</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="87" />
        <source>Express</source>
        <translation>特快</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="123" />
        <source>Chargeable weight: {kg} kg</source>
        <translation>计费重量：{kg} kg</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="125" />
        <source>Volumetric weight: {kg} kg</source>
        <translation>体积重量：{kg} kg</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="127" />
        <source>Freight: ¥{amount}</source>
        <translation>运费：¥{amount}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="128" />
        <source> (minimum charge)</source>
        <translation>（最低收费）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="130" />
        <source>Remote area</source>
        <translation>偏远地区</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="130" />
        <source>Oversize</source>
        <translation>超长超重</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="131" />
        <source>Surcharge, {name}: ¥{amount}</source>
        <translation>附加费（{name}）：¥{amount}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="134" />
        <source>Discount {pct}%: -¥{amount}</source>
        <translation>折扣 {pct}%：-¥{amount}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="136" />
        <source>Insurance: ¥{amount}</source>
        <translation>保价费：¥{amount}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="137" />
        <source>Total: ¥{amount}</source>
        <translation>合计：¥{amount}</translation>
    </message>
</context>
</TS>