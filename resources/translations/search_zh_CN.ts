<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ScanInput</name>
        <message>
            <location filename="../../carrier_app/ui/widgets/scan_input.py" line="77" />
            <source>Scan a waybill or piece, or type a phone number (or its last 4 digits), a recipient name or an order ref, and press Enter</source>
            <translation>扫描运单或子单，或输入手机号（或后4位）、收件人姓名、订单号，按回车</translation>
        </message>
    </context>
    <context>
        <name>TrackingPage</name>
        <message>
            <location filename="../../carrier_app/ui/pages/tracking.py" line="130" />
            <source>Search:</source>
            <translation>查询：</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/tracking.py" line="72" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/tracking.py" line="73" />
            <source>Order ref</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/tracking.py" line="74" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/tracking.py" line="158" />
            <source>No parcel matches “{text}”: the previous parcel is no longer shown</source>
            <translation>没有与“{text}”匹配的包裹：之前显示的包裹已清除</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/tracking.py" line="170" />
            <source>More than {n} parcels match “{text}”: the first {n} are listed — refine the search</source>
            <translation>与“{text}”匹配的包裹超过 {n} 件：仅列出前 {n} 件，请缩小查询范围</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/tracking.py" line="174" />
            <source>{n} parcels match “{text}”: pick one</source>
            <translation>{n} 件包裹与“{text}”匹配：请选择一件</translation>
        </message>
    </context>
</TS>
