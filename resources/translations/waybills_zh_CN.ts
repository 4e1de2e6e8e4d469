<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="101" />
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="104" />
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="105" />
        <source>Order file (CSV or XLSX)</source>
        <translation>订单文件（CSV 或 XLSX）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="106" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="107" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="108" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="109" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="110" />
        <source>Save rejected rows…</source>
        <translation>保存被拒的行…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="111" />
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="111" />
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="112" />
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="160" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="112" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="112" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="112" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="126" />
        <source>Order file</source>
        <translation>订单文件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="127" />
        <source>Order files (*.csv *.xlsx *.txt)</source>
        <translation>订单文件 (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="138" />
        <source>No such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="148" />
        <source>{rows} rows · encoding {encoding} · {ignored} column(s) not used</source>
        <translation>{rows} 行 · 编码 {encoding} · {ignored} 列未使用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="157" />
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="167" />
        <source>Check the mapping, then Import.</source>
        <translation>请核对列对应关系，然后导入。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="171" />
        <source>Order ref</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="171" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="172" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="172" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="173" />
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="173" />
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="174" />
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="174" />
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="175" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="175" />
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="175" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="176" />
        <source>COD amount</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="176" />
        <source>Declared value</source>
        <translation>保价金额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="177" />
        <source>Contents</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="177" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="201" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="227" />
        <source>Batch {batch}: {created} waybills created, {present} already imported, {rejected} rows rejected</source>
        <translation>批次 {batch}：新建运单 {created} 个，已导入过 {present} 个，拒收 {rejected} 行</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="245" />
        <source>Save rejected rows</source>
        <translation>保存被拒的行</translation>
    </message>
</context>
<context>
    <name>WaybillFormPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="184" />
        <source>New waybill</source>
        <translation>新建运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="188" />
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="188" />
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="189" />
        <source>Sender phone</source>
        <translation>寄件电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="189" />
        <source>Sender address</source>
        <translation>寄件地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="190" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="190" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="191" />
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="191" />
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="192" />
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="192" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="193" />
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="193" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="194" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="194" />
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="195" />
        <source>L × W × H (cm)</source>
        <translation>长 × 宽 × 高（厘米）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="195" />
        <source>COD amount (¥)</source>
        <translation>代收货款（元）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="196" />
        <source>Declared value (¥)</source>
        <translation>保价金额（元）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="196" />
        <source>Contents</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="197" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="200" />
        <source>Sender 寄件人</source>
        <translation>寄件人 Sender</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="201" />
        <source>Recipient 收件人</source>
        <translation>收件人 Recipient</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="202" />
        <source>Parcel 包裹</source>
        <translation>包裹 Parcel</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="205" />
        <source>Standard 标快</source>
        <translation>标快 Standard</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="206" />
        <source>Express 特快</source>
        <translation>特快 Express</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="208" />
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="209" />
        <source>Print label (Ctrl+P)</source>
        <translation>打印面单 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="210" />
        <source>New recipient</source>
        <translation>新收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="263" />
        <source>Sort code: — (manual routing)</source>
        <translation>三段码：—（人工路由）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="265" />
        <source>Sort code: {code}</source>
        <translation>三段码：{code}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="290" />
        <source>Please correct the fields marked in red.</source>
        <translation>请修改标红的字段。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="312" />
        <source>Saved {waybill} → {code}</source>
        <translation>已保存 {waybill} → {code}</translation>
    </message>
    <message>
        <source>{waybill} is already saved; nothing changed</source>
        <translation>{waybill} 已保存，没有改动</translation>
    </message>
    <message>
        <source>Updated {waybill} → {code}: print its label again (Ctrl+P)</source>
        <translation>已更新 {waybill} → {code}：请重新打印面单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Updated {waybill} → {code}</source>
        <translation>已更新 {waybill} → {code}</translation>
    </message>
    <message>
        <source>Label already printed</source>
        <translation>面单已打印</translation>
    </message>
    <message>
        <source>The label of {waybill} is printed. Save the changes to {waybill} (and print its label again), or make a new waybill?</source>
        <translation>{waybill} 的面单已打印。把改动保存到 {waybill}（并重新打印面单），还是新建一张运单？</translation>
    </message>
    <message>
        <source>Update {waybill}</source>
        <translation>更新 {waybill}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="316" />
        <source>Saved {waybill}; no routing rule matched — it waits in the manual-routing queue</source>
        <translation>已保存 {waybill}；没有匹配的路由规则 — 已进入人工路由队列</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="336" />
        <source>Printed {pages} label(s) of {waybill}</source>
        <translation>已打印 {waybill} 的面单 {pages} 张</translation>
    </message>
</context>
</TS>