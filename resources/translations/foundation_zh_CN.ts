<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../carrier_app/ui/app.py" line="59" />
        <source>(unknown location)</source>
        <translation>（未知网点）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/app.py" line="72" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/app.py" line="73" />
        <source>The action was not completed and nothing of it was saved.

{error}</source>
        <translation>操作未完成，未保存任何内容。

{error}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/app.py" line="92" />
        <source>carrier_app</source>
        <translation>carrier_app</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="73" />
        <source>carrier_app — log in</source>
        <translation>carrier_app — 登录</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="74" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="75" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="76" />
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="77" />
        <source>Workstation {station} at {location}
{db}</source>
        <translation>工作站 {station}，网点 {location}
{db}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="80" />
        <source>Demo database: log in as admin / admin-demo (also clerk, sorter, dispatcher, supervisor, finance with -demo).</source>
        <translation>演示数据库：用 admin / admin-demo 登录（clerk、sorter、dispatcher、supervisor、finance 的密码同样是“角色名-demo”）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="90" />
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="170" />
        <source>Register a problem parcel (last scan)</source>
        <translation>登记问题件（最近扫描的包裹）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="146" />
        <source>About carrier_app</source>
        <translation>关于 carrier_app</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="147" />
        <source>carrier_app {version} — depot software from pickup to signed delivery.</source>
        <translation>carrier_app {version} — 从揽收到签收的网点作业系统。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="151" />
        <source>carrier_app — depot operations</source>
        <translation>carrier_app — 网点作业</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="160" />
        <source>User: {name} ({role})</source>
        <translation>用户：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="163" />
        <source>Location: {where}</source>
        <translation>网点：{where}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="164" />
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="165" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="166" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="167" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="168" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="169" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="108"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="108"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="108"/>
        <source>Counter clerk</source>
        <translation>柜台文员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="108"/>
        <source>Sorter</source>
        <translation>分拣员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="108"/>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="108"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="17" />
        <source>Created</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="18" />
        <location filename="../../carrier_app/ui/messages.py" line="37" />
        <source>Picked up</source>
        <translation>已揽收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="19" />
        <location filename="../../carrier_app/ui/messages.py" line="38" />
        <source>Received</source>
        <translation>已入库</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="20" />
        <location filename="../../carrier_app/ui/messages.py" line="39" />
        <source>Sorted</source>
        <translation>已分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="21" />
        <location filename="../../carrier_app/ui/messages.py" line="40" />
        <source>Bagged</source>
        <translation>已集包</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="22" />
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="23" />
        <location filename="../../carrier_app/ui/messages.py" line="43" />
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="24" />
        <location filename="../../carrier_app/ui/messages.py" line="44" />
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="25" />
        <location filename="../../carrier_app/ui/messages.py" line="46" />
        <source>Out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="26" />
        <location filename="../../carrier_app/ui/messages.py" line="47" />
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="27" />
        <location filename="../../carrier_app/ui/messages.py" line="48" />
        <source>Delivery failed</source>
        <translation>派送失败</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="28" />
        <location filename="../../carrier_app/ui/messages.py" line="49" />
        <source>Return to sender</source>
        <translation>退回寄件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="29" />
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="30" />
        <source>On hold</source>
        <translation>已扣件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="31" />
        <location filename="../../carrier_app/ui/messages.py" line="52" />
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="32" />
        <location filename="../../carrier_app/ui/messages.py" line="53" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="36" />
        <source>Waybill created</source>
        <translation>运单已创建</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="41" />
        <source>Unbagged</source>
        <translation>已拆包</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="42" />
        <source>Departed</source>
        <translation>已发车</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="45" />
        <source>Unassigned</source>
        <translation>已取消分派</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="50" />
        <source>Put on hold</source>
        <translation>扣件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="51" />
        <source>Released</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="54" />
        <source>Scan refused</source>
        <translation>扫描被拒</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="55" />
        <source>Label reprinted</source>
        <translation>面单已补打</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="56" />
        <source>Re-routed</source>
        <translation>已改派路由</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="57" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="61" />
        <source>Empty scan ignored</source>
        <translation>空扫描已忽略</translation>
    </message>
    <message>
        <source>{code}: too long without an end key — set the scanner to end each code with Enter or LF, then scan these parcels again</source>
        <translation>{code}：过长且没有结束键——请把扫描枪设为每个条码以回车或换行（LF）结束，然后重新扫描这些包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="62" />
        <source>{code}: wrong check digit — misread or mistyped, scan again</source>
        <translation>{code}：校验位错误 — 误读或输错，请重新扫描</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="64" />
        <source>{code} is not a waybill number (2 letters, 9 digits, 2 letters)</source>
        <translation>{code} 不是运单号（2 位字母 + 9 位数字 + 2 位字母）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="66" />
        <source>{code}: no such piece on this waybill</source>
        <translation>{code}：该运单没有这一件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="67" />
        <source>{code}: not a valid code</source>
        <translation>{code}：无效条码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="71" />
        <source>The database is read-only; nothing was saved.</source>
        <translation>数据库为只读，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="72" />
        <source>The database is busy (locked by another program); nothing was saved. Try again in a moment.</source>
        <translation>数据库正忙（被其他程序锁定），未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="75" />
        <source>The database server cannot be reached; check the network and CARRIER_DB_URL.</source>
        <translation>无法连接数据库服务器，请检查网络和 CARRIER_DB_URL。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="80" />
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="81" />
        <source>Not a valid Chinese mobile or landline (e.g. 13812345678, 0571-88886666)</source>
        <translation>不是有效的手机或固话号码（如 13812345678、0571-88886666）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="83" />
        <source>A postcode has 6 digits</source>
        <translation>邮编为 6 位数字</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="84" />
        <source>Pieces: a whole number from 1 to 99</source>
        <translation>件数：1 到 99 的整数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="85" />
        <source>Weight: more than 0 kg, at most 3 decimals</source>
        <translation>重量：大于 0 公斤，最多 3 位小数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="86" />
        <source>An amount in yuan, e.g. 59.90</source>
        <translation>以元为单位的金额，如 59.90</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="87" />
        <source>Must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="88" />
        <source>Over the COD cap</source>
        <translation>超过代收货款上限</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="89" />
        <source>Too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="90" />
        <source>Repeats an earlier row's order ref</source>
        <translation>与前面某行的订单号重复</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="91" />
        <source>Standard (标快) or express (特快)</source>
        <translation>标快或特快</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="94" />
        <source>{code}: no such waybill in the system</source>
        <translation>{code}：系统中没有该运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="95" />
        <source>{code} is {current}; cannot be {requested}</source>
        <translation>{code} 当前为“{current}”，不能变为“{requested}”</translation>
    </message>
    <message>
        <source>{code} is {current}: it can no longer be edited (only while it is Created)</source>
        <translation>{code} 当前为{current}：已不能修改（仅在“已创建”状态下可改）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="96" />
        <source>You are not allowed to do this ({detail})</source>
        <translation>您无权执行此操作（{detail}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="97" />
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="98" />
        <source>This account is locked after too many failed log-ins. Try again later or ask an administrator.</source>
        <translation>登录失败次数过多，账户已锁定。请稍后再试或联系管理员。</translation>
    </message>
    <message>
        <source>{code} is {status} at {at}, not at its destination {destination}: it cannot be assigned or handed out here. Forward it there (Sort station: Forward).</source>
        <translation>{code} 状态为{status}，位于 {at}，不在目的网点 {destination}：此处不能分配或交付。请转发过去（分拣台：转发）。</translation>
    </message>
    <message>
        <source>{code} is {status} at {at}; missort: send to {destination}. Put it aside and forward it (Sort station: Forward).</source>
        <translation>{code} 状态为{status}，位于 {at}；错分: 应发 {destination}。请放一边并转发（分拣台：转发）。</translation>
    </message>
    <message>
        <source>{code} is {status} at {at}; only its destination {destination} hands it out (its couriers, its counter).</source>
        <translation>{code} 状态为{status}，位于 {at}；只能由目的网点 {destination} 派送或自提（其快递员、其柜台）。</translation>
    </message>
    <message>
        <source>Missort (wrong place)</source>
        <translation>错分（不在路径上）</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>已转发</translation>
    </message>
    <message>
        <source>{code} is {status} at {at} and was not scanned in here: scan it in at arrival first.</source>
        <translation>{code} 状态为{status}，位于 {at}，本站未做到件扫描：请先到件扫描。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/placeholder.py" line="28" />
        <source>Not available yet</source>
        <translation>暂未开放</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/placeholder.py" line="31" />
        <source>The {section} screens are not part of this release yet.</source>
        <translation>“{section}”功能尚未包含在本版本中。</translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/scan_input.py" line="53" />
        <location filename="../../carrier_app/ui/widgets/scan_input.py" line="88" />
        <source>Scan or type a waybill number and press Enter</source>
        <extracomment>A well-formed code (check digit verified unless `validate` is off). raw text, reason ("empty", "format", "check_digit", "piece"), a message in English.</extracomment>
        <translation>扫描或输入运单号后按回车</translation>
    </message>
    <message>
        <source>More than {n} characters without an end key: is the scanner set to end each code with Enter or LF?</source>
        <translation>超过 {n} 个字符仍没有结束键：扫描枪是否设为每个条码以回车或换行（LF）结束？</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="35" />
        <source>Pickup</source>
        <translation>揽收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="36" />
        <source>Waybills</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="37" />
        <source>Sorting</source>
        <translation>分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="38" />
        <source>Dispatch</source>
        <translation>派件调度</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="39" />
        <source>Delivery</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="40" />
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="41" />
        <source>Tracking</source>
        <translation>查件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="42" />
        <source>Admin</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="53" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="54" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="55" />
        <location filename="../../carrier_app/ui/pages/tracking.py" line="89" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="57" />
        <source>Piece</source>
        <translation>件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="58" />
        <source>Location</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="59" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="60" />
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="61" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="85" />
        <source>Track a parcel</source>
        <translation>查询包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="88" />
        <source>Waybill:</source>
        <translation>运单号：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="89" />
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="90" />
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="90" />
        <source>Destination</source>
        <translation>目的网点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="91" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="91" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="92" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="92" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="93" />
        <source>COD amount</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="129" />
        <source>  (return)</source>
        <translation> （退件）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="131" />
        <source>not routed — manual routing</source>
        <translation>未分配路由 — 人工路由</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="141" />
        <source>Express</source>
        <translation>特快</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="141" />
        <source>Standard</source>
        <translation>标快</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="142" />
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="31" />
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="82" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="32" />
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="82" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="33" />
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="83" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="34" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="34" />
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="35" />
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="35" />
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="36" />
        <source>Last log-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="77" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="80" />
        <source>Unlock selected user</source>
        <translation>解锁所选用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="81" />
        <source>Add a user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="83" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="85" />
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="106" />
        <source>User {name} added</source>
        <translation>已添加用户 {name}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="113" />
        <source>Select a user first</source>
        <translation>请先选择一个用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="123" />
        <source>{name} unlocked</source>
        <translation>{name} 已解锁</translation>
    </message>
</context>
<context>
    <name>WorkstationPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="56" />
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="60" />
        <source>Workstation name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="60" />
        <source>Location (hub or branch)</source>
        <translation>所在网点（转运中心或营业部）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="61" />
        <source>Scanner prefixes (comma-separated)</source>
        <translation>扫描枪前缀（逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="62" />
        <source>Scanner suffixes (comma-separated)</source>
        <translation>扫描枪后缀（逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="64" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="68" />
        <source>The workstation needs a name.</source>
        <translation>请填写工作站名称。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="72" />
        <source>Saved. It applies from the next log-in.</source>
        <translation>已保存，下次登录时生效。</translation>
    </message>
</context>
</TS>