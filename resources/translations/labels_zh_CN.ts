<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/pdf_preview.py" line="37"/>
        <source>Pages: {0}</source>
        <translation>共 {0} 页</translation>
    </message>
</context>
<context>
    <name>WaybillListPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="77"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="78"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="79"/>
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="80"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="82"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="83"/>
        <source>COD</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="84"/>
        <source>Order ref</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="85"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="86"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="87"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="158"/>
        <source>Waybills &amp; labels</source>
        <translation>运单与面单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="161"/>
        <source>Search:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="162"/>
        <source>waybill, order ref, recipient or phone</source>
        <translation>运单号、订单号、收件人或电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="163"/>
        <source>Import batch:</source>
        <translation>导入批次：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="164"/>
        <source>Label size (mm):</source>
        <translation>面单尺寸（毫米）：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="165"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="166"/>
        <source>Print labels</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="167"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="168"/>
        <source>Print whole batch</source>
        <translation>打印整批</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="169"/>
        <source>Cancel waybill…</source>
        <translation>取消运单…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="170"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="192"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="266"/>
        <source>This batch has no printable waybills.</source>
        <translation>该批次没有可打印的运单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="319"/>
        <source>Printing failed: {0}</source>
        <translation>打印失败：{0}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="308"/>
        <source>Labels reprinted: {0}</source>
        <translation>已补打面单：{0} 张</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="309"/>
        <source>Labels printed: {0}</source>
        <translation>已打印面单：{0} 张</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="317"/>
        <source>Printing stopped; nothing printed.</source>
        <translation>打印已停止，未打印任何面单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="343"/>
        <source>A reason is required to cancel.</source>
        <translation>取消运单必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="347"/>
        <source>{0} cancelled</source>
        <translation>{0} 已取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="352"/>
        <source>Cancel waybill</source>
        <translation>取消运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="353"/>
        <source>Why is {0} cancelled? (required)</source>
        <translation>{0} 的取消原因？（必填）</translation>
    </message>
</context>
</TS>
