<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>GapListsPage</name>
        <message>
            <source>Waybill</source>
            <translation>运单号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>起始时间</translation>
        </message>
        <message>
            <source>Age (h)</source>
            <translation>时长(小时)</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>快递员</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>派件单</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <source>Gap lists</source>
            <translation>留仓/异常清单</translation>
        </message>
        <message>
            <source>Overnight at the branch (留仓)</source>
            <translation>留仓 (到件未派)</translation>
        </message>
        <message>
            <source>Received, not departed (进站未出站)</source>
            <translation>进站未出站</translation>
        </message>
        <message>
            <source>Departed, not arrived</source>
            <translation>发出未到达</translation>
        </message>
        <message>
            <source>Out for delivery, not closed</source>
            <translation>派件未完结</translation>
        </message>
        <message>
            <source>Failed, due again today</source>
            <translation>派送失败 今日再派</translation>
        </message>
        <message>
            <source>no open run</source>
            <translation>无未结派件单</translation>
        </message>
        <message>
            <source>List:</source>
            <translation>清单：</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>网点：</translation>
        </message>
        <message>
            <source>Older than (h):</source>
            <translation>超过(小时)：</translation>
        </message>
        <message>
            <source>All places</source>
            <translation>全部网点</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Export CSV, XLSX</source>
            <translation>导出 CSV、XLSX</translation>
        </message>
        <message>
            <source>As of {time}</source>
            <translation>截至 {time}</translation>
        </message>
        <message>
            <source>Total {n}</source>
            <translation>合计 {n}</translation>
        </message>
        <message>
            <source>(first {k} shown)</source>
            <translation>(仅显示前 {k} 条)</translation>
        </message>
        <message>
            <source>Saved: {paths}</source>
            <translation>已保存：{paths}</translation>
        </message>
    </context>
</TS>
