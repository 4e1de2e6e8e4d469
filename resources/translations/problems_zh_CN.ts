<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ProblemsDeskPage</name>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="83" />
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="240" />
            <source>Waybill</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="84" />
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="240" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="85" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="86" />
            <source>Parcel</source>
            <translation>包裹状态</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="87" />
            <source>Age</source>
            <translation>时长</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="87" />
            <source>{h} h</source>
            <translation>{h} 小时</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="88" />
            <source>Opened</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="89" />
            <source>By / where</source>
            <translation>登记人 / 网点</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="90" />
            <source>Note / instruction</source>
            <translation>备注 / 指令</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="185" />
            <source>Exceptions desk</source>
            <translation>问题件处理台</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="189" />
            <source>Address unclear</source>
            <translation>地址不详</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="190" />
            <source>Phone wrong / no answer</source>
            <translation>电话错误/无人接听</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="191" />
            <source>Refused</source>
            <translation>拒收</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="192" />
            <source>Damaged</source>
            <translation>破损</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="193" />
            <source>Short / lost</source>
            <translation>短少/丢失</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="194" />
            <source>Prohibited goods</source>
            <translation>禁寄/违禁</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="195" />
            <source>Merchant intercept</source>
            <translation>商家拦截</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="196" />
            <source>Out of area</source>
            <translation>超区</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="197" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="202" />
            <source>New address (re-route, reprint label)</source>
            <translation>改地址（重新分拣，补打面单）</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="203" />
            <source>Return to sender</source>
            <translation>退回寄件人</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="204" />
            <source>Deliver as is</source>
            <translation>照常派送</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="205" />
            <source>Hand to claims (needs approval)</source>
            <translation>转理赔（需复核）</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="206" />
            <source>Destroy (needs approval)</source>
            <translation>销毁（需复核）</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="211" />
            <source>new address</source>
            <translation>已改址</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="212" />
            <source>returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="212" />
            <source>as is</source>
            <translation>照常派送</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="213" />
            <source>claim</source>
            <translation>理赔</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="213" />
            <source>destroyed</source>
            <translation>已销毁</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="214" />
            <source>Closed: {how}</source>
            <translation>已处理：{how}</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="216" />
            <source>Awaiting approval ({who})</source>
            <translation>待复核（{who} 申请）</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="217" />
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="221" />
            <source>Intercept: return to sender</source>
            <translation>拦截：退回寄件人</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="223" />
            <source>Intercept: new address {address} → {code}</source>
            <translation>改址：{address} → {code}</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="228" />
            <source>Scan:</source>
            <translation>扫描：</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="229" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="230" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="231" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="232" />
            <source>Open problems</source>
            <translation>待处理问题件</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="233" />
            <source>All problems</source>
            <translation>全部问题件</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="236" />
            <source>All reasons</source>
            <translation>全部原因</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="239" />
            <source>Register a problem (the parcel goes on hold)</source>
            <translation>登记问题件（包裹将被扣留）</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="241" />
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="253" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="243" />
            <source>Photo…</source>
            <translation>照片…</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="244" />
            <source>Photo attached</source>
            <translation>已附照片</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="245" />
            <source>Register problem</source>
            <translation>登记问题件</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="246" />
            <source>Contact log</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="247" />
            <source>Called</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="248" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="249" />
            <source>Log call</source>
            <translation>记录通话</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="250" />
            <source>Resolve the selected problem</source>
            <translation>处理所选问题件</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="252" />
            <source>Action</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="252" />
            <source>New address</source>
            <translation>新地址</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="252" />
            <source>Postcode</source>
            <translation>邮编</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="253" />
            <source>Claim amount (¥)</source>
            <translation>理赔金额（¥）</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="255" />
            <source>Resolve</source>
            <translation>处理</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="256" />
            <source>Approve (second person)</source>
            <translation>复核通过（第二人）</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="292" />
            <source>Select a problem in the list, or scan a parcel.</source>
            <translation>在列表中选择问题件，或扫描包裹。</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="294" />
            <source>#{id} {waybill}: {reason} — {state}; open {h} h</source>
            <translation>#{id} {waybill}：{reason} — {state}；已 {h} 小时</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="308" />
            <source>{code}: {reason}</source>
            <translation>{code}：{reason}</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="313" />
            <source>{code}: no open problem — choose a reason to register one</source>
            <translation>{code}：没有待处理的问题件 — 选择原因即可登记</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="317" />
            <source>Photo of the parcel</source>
            <translation>包裹照片</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="336" />
            <source>{code} registered as problem #{id} and put on hold</source>
            <translation>{code} 已登记为问题件 #{id} 并扣留</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="355" />
            <source>Select a problem first</source>
            <translation>请先选择一个问题件</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="365" />
            <source>Call logged</source>
            <translation>通话已记录</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="384" />
            <source>{code}: problem #{id} closed — parcel {status}</source>
            <translation>{code}：问题件 #{id} 已处理 — 包裹{status}</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="388" />
            <source>{code}: waiting for a second person's approval</source>
            <translation>{code}：等待第二人复核</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="391" />
            <source>Sort code {code}</source>
            <translation>三段码 {code}</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="395" />
            <source>Label (补打) saved to {path}</source>
            <translation>面单（补打）已保存到 {path}</translation>
        </message>
        <message>
            <location filename="../../carrier_app/ui/pages/problems_desk.py" line="408" />
            <source>{code}: approved, problem #{id} closed</source>
            <translation>{code}：已复核，问题件 #{id} 已处理</translation>
        </message>
    </context>
</TS>