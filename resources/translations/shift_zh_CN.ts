<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>MainWindow</name>
        <message>
            <source>Log out / switch user</source>
            <translation>注销 / 切换用户</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>全屏</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>退出全屏</translation>
        </message>
        <message>
            <source>A task is still running: log out when it has finished.</source>
            <translation>仍有任务在运行：请在完成后再注销。</translation>
        </message>
    </context>
    <context>
        <name>RefusedScansView</name>
        <message>
            <source>Clear list</source>
            <translation>清空列表</translation>
        </message>
        <message>
            <source>Refused scans this session: {n}</source>
            <translation>本班次被拒扫描：{n} 条</translation>
        </message>
    </context>
    <context>
        <name>Permit</name>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Only {roles} can do this</source>
            <translation>仅限{roles}操作</translation>
        </message>
    </context>
    <context>
        <name>ManifestsPage</name>
        <message>
            <source>Dispatch manifest</source>
            <translation>发车交接</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>发车</translation>
        </message>
        <message>
            <source>Dispatch manifest {no}? Its bags and parcels are recorded as departed (in transit) and the manifest can no longer change.</source>
            <translation>确认发车交接单 {no}？其中的袋和包裹将记为已发出（运输中），交接单不能再修改。</translation>
        </message>
    </context>
    <context>
        <name>RunsPage</name>
        <message>
            <source>Close run {no}? Its outcomes become final and failed parcels wait for their next attempt; a closed run cannot be reopened.</source>
            <translation>确认关闭派送批次 {no}？各包裹结果将成定局，派送失败的包裹等待下次派送；关闭后不能重新打开。</translation>
        </message>
    </context>
    <context>
        <name>StatementsPage</name>
        <message>
            <source>Settle statement</source>
            <translation>结算对账单</translation>
        </message>
        <message>
            <source>Settle {merchant} from {start} to {end}? The statement is final: its parcels are marked settled and cannot be settled again.</source>
            <translation>确认结算 {merchant}（{start} 至 {end}）？对账单一经结算即为最终结果：其包裹标记为已结算，不能再次结算。</translation>
        </message>
    </context>
    <context>
        <name>ArrivalPage</name>
        <message>
            <source>Close arrival</source>
            <translation>结束到件</translation>
        </message>
        <message>
            <source>Close with shortages</source>
            <translation>按短少结束</translation>
        </message>
        <message>
            <source>{n} expected parcel(s) were not scanned. Closing records them as shortages and the unloading cannot be resumed.</source>
            <translation>有 {n} 件应到包裹未扫描。结束后将记为短少，且不能继续卸车扫描。</translation>
        </message>
    </context>
</TS>