<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/pdf_preview.py" line="37" />
        <source>Pages: {0}</source>
        <translation>共 {0} 页</translation>
    </message>
</context>
<context>
    <name>WaybillListPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="73" />
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="74" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="75" />
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="76" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="78" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="79" />
        <source>COD</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="80" />
        <source>Order ref</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="81" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="82" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="83" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="148" />
        <source>Waybills &amp; labels</source>
        <translation>运单与面单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="151" />
        <source>Search:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="152" />
        <source>waybill, order ref, recipient or phone</source>
        <translation>运单号、订单号、收件人或电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="153" />
        <source>Import batch:</source>
        <translation>导入批次：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="154" />
        <source>Label size (mm):</source>
        <translation>面单尺寸（毫米）：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="155" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="156" />
        <source>Print labels</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="157" />
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="158" />
        <source>Print whole batch</source>
        <translation>打印整批</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="159" />
        <source>Cancel waybill…</source>
        <translation>取消运单…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="160" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="182" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="256" />
        <source>This batch has no printable waybills.</source>
        <translation>该批次没有可打印的运单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="294" />
        <source>Printing failed: {0}</source>
        <translation>打印失败：{0}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="297" />
        <source>Labels reprinted: {0}</source>
        <translation>已补打面单：{0} 张</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="298" />
        <source>Labels printed: {0}</source>
        <translation>已打印面单：{0} 张</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="306" />
        <source>Printing stopped; nothing printed.</source>
        <translation>打印已停止，未打印任何面单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="333" />
        <source>A reason is required to cancel.</source>
        <translation>取消运单必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="335" />
        <source>{0} cancelled</source>
        <translation>{0} 已取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="340" />
        <source>Cancel waybill</source>
        <translation>取消运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="341" />
        <source>Why is {0} cancelled? (required)</source>
        <translation>{0} 的取消原因？（必填）</translation>
    </message>
</context>
</TS>