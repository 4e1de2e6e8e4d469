<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>OfflineBanner</name>
        <message>
            <source>status (cancelled, on hold, moved on)</source>
            <translation>状态（已取消、扣件、已流转）</translation>
        </message>
        <message>
            <source>duplicates</source>
            <translation>重复扫描</translation>
        </message>
        <message>
            <source>location</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <source>courier's branch and capacity</source>
            <translation>快递员所属网点及容量</translation>
        </message>
        <message>
            <source>manifest</source>
            <translation>交接单</translation>
        </message>
        <message>
            <source>weight and price</source>
            <translation>重量及运费</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{code}: saved on this workstation (offline); not checked yet: {checks}</source>
            <translation>{code}：已离线保存在本工作站；尚未检查：{checks}</translation>
        </message>
        <message>
            <source>Offline — {n} scans waiting</source>
            <translation>离线 — {n} 件待上传</translation>
        </message>
        <message>
            <source>Not checked until the server is back: {checks}</source>
            <translation>服务器恢复前无法检查：{checks}（恢复后上传时重新检查）</translation>
        </message>
    </context>
    <context>
        <name>SortStationPage</name>
        <message>
            <source>OFFLINE</source>
            <translation>离线</translation>
        </message>
        <message>
            <source>Sort by the code printed on the label</source>
            <translation>请按面单上印的三段码分拣</translation>
        </message>
    </context>
</TS>
