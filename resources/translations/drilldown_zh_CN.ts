<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ParcelListDialog</name>
    <message>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Enter or double-click: track the parcel</source>
        <translation>回车或双击：查询该件轨迹</translation>
    </message>
    <message>
        <source>{what} — loading…</source>
        <translation>{what} — 加载中…</translation>
    </message>
    <message>
        <source>{what} — first {n} parcels</source>
        <translation>{what} — 前 {n} 件</translation>
    </message>
    <message>
        <source>{what} — {n} parcels</source>
        <translation>{what} — {n} 件</translation>
    </message>
    <message>
        <source>More than {n} parcels: the first {n} are listed</source>
        <translation>超过 {n} 件：仅列出前 {n} 件</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>{stage} at station {station}</source>
        <translation>{stage}（工位 {station}）</translation>
    </message>
    <message>
        <source>{stage} by courier {courier}</source>
        <translation>{stage}（快递员 {courier}）</translation>
    </message>
</context>
</TS>
