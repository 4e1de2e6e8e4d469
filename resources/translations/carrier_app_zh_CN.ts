<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../carrier_app/ui/app.py" line="102"/>
        <source>(unknown location)</source>
        <extracomment>Set by bench/startup_bench.py: the process ends as soon as the log-in window is shown.</extracomment>
        <translation>（未知网点）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/app.py" line="116"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/app.py" line="117"/>
        <source>The action was not completed and nothing of it was saved.

{error}</source>
        <translation>操作未完成，未保存任何内容。

{error}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/app.py" line="135"/>
        <source>carrier_app</source>
        <translation>carrier_app</translation>
    </message>
</context>
<context>
    <name>ArrivalPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="75"/>
        <source>Arrival reconciliation</source>
        <translation>到件核对</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="78"/>
        <source>Start unloading</source>
        <translation>开始卸车核对</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="79"/>
        <source>Close and reconcile</source>
        <translation>结束并核对</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="80"/>
        <source>Expected, not scanned yet</source>
        <translation>应到未扫</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="81"/>
        <source>Shortages</source>
        <translation>短少</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="82"/>
        <source>Overages</source>
        <translation>多出</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="83"/>
        <source>Misroutes (re-routed)</source>
        <translation>错发（已改派）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="98"/>
        <source>Scan bags and parcels as they come off the vehicle</source>
        <translation>卸车时逐一扫描袋和包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="115"/>
        <source>{code}: not for this location. Missort: send to {dest} — put it aside and forward it</source>
        <translation>{code}：不是本站的件。错分: 应发 {dest} — 请放一边并转发</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="118"/>
        <source>{code}: not on any incoming manifest (overage)</source>
        <translation>{code}：不在任何到达交接单上（多出）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="120"/>
        <source>{code}: expected — {n} parcel(s)</source>
        <translation>{code}：应到 — {n} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="128"/>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="169"/>
        <source>No unloading in progress</source>
        <translation>当前没有卸车核对</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="136"/>
        <source>Expected {exp} · scanned {done} · not expected {extra}</source>
        <translation>应到 {exp} · 已扫 {done} · 计划外 {extra}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="139"/>
        <source>Manifests: {list}</source>
        <translation>交接单：{list}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="167"/>
        <source>Closed: {s} shortage(s), {o} overage(s), {m} misroute(s)</source>
        <translation>已结束：短少 {s} 件，多出 {o} 件，错发 {m} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="149"/>
        <source>Close arrival</source>
        <translation>结束到件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="152"/>
        <source>Close with shortages</source>
        <translation>按短少结束</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="150"/>
        <source>{n} expected parcel(s) were not scanned. Closing records them as shortages and the unloading cannot be resumed.</source>
        <translation>有 {n} 件应到包裹未扫描。结束后将记为短少，且不能继续卸车扫描。</translation>
    </message>
</context>
<context>
    <name>AssignPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="56"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="57"/>
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="58"/>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="58"/>
        <source>— nobody free —</source>
        <translation>— 无空闲快递员 —</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="59"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="59"/>
        <source>route</source>
        <translation>按路线</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="60"/>
        <source>overflow (route full)</source>
        <translation>溢出（路线已满）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="61"/>
        <source>all couriers full</source>
        <translation>所有快递员已满</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="62"/>
        <source>changed by hand</source>
        <translation>手动调整</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="117"/>
        <source>Assign couriers</source>
        <translation>分配快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="120"/>
        <source>Branch:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="121"/>
        <source>Preview auto-assign</source>
        <translation>预览自动分配</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="122"/>
        <source>Confirm assignment</source>
        <translation>确认分配</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="123"/>
        <source>Move selected to this courier</source>
        <translation>将所选移至该快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="124"/>
        <source>Auto-assign by route</source>
        <translation>按路线自动分配</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="125"/>
        <source>Scan to assign: courier badge first, then parcels</source>
        <translation>扫描分配：先扫快递员工牌，再扫包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="126"/>
        <source>Scan:</source>
        <translation>扫描：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="127"/>
        <source>Reassign reason:</source>
        <translation>改派原因：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="145"/>
        <source>Courier: {code}</source>
        <translation>快递员：{code}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="146"/>
        <source>Courier: — scan a badge</source>
        <translation>快递员：— 请扫描工牌</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="156"/>
        <source>{n} parcel(s) waiting; check and confirm</source>
        <translation>{n} 件待分配，请核对后确认</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="184"/>
        <source>{n} assigned; {c} changed meanwhile and were left alone: {list}</source>
        <translation>已分配 {n} 件；{c} 件期间已被他人处理，未改动：{list}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="189"/>
        <source>{n} parcel(s) assigned</source>
        <translation>已分配 {n} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="199"/>
        <source>Scan the courier&apos;s badge first</source>
        <translation>请先扫描快递员工牌</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="214"/>
        <source>{wb}: already assigned to {c}</source>
        <translation>{wb}：已分配给 {c}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="217"/>
        <source>{wb} → {c}</source>
        <translation>{wb} → {c}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="229"/>
        <source>Courier {code} is not active</source>
        <translation>快递员 {code} 已停用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="234"/>
        <source>Courier {code} {name}: scan the parcels</source>
        <translation>快递员 {code} {name}：请扫描包裹</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="40"/>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="41"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="41"/>
        <source>Daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="42"/>
        <source>On request</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="43"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="44"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="71"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="74"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="75"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="79"/>
        <source>The database is on a PostgreSQL server: back the server up with its own tools (or pg_dump, which Back up now runs). Backups made here are in {folder}.</source>
        <translation>数据库在 PostgreSQL 服务器上：请用服务器自身的工具备份（“立即备份”会运行 pg_dump）。在此处做的备份保存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="84"/>
        <source>Every day, the first start of carrier_app copies the database into {folder}; the newest {keep} daily copies are kept (CARRIER_BACKUP_KEEP). Copy them to another disk or machine: a copy on the same disk does not survive the disk.</source>
        <translation>每天首次启动 carrier_app 时，数据库会复制到 {folder}；保留最近 {keep} 份每日备份（CARRIER_BACKUP_KEEP）。请把备份另存到其他磁盘或电脑：同一块磁盘上的副本会随磁盘一起损坏。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="90"/>
        <source>Daily copies are switched off (CARRIER_BACKUP_KEEP=0). Backups made here are in {folder}.</source>
        <translation>每日自动备份已关闭（CARRIER_BACKUP_KEEP=0）。在此处做的备份保存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="93"/>
        <source>To restore: stop carrier_app on every workstation, then on the command line restore the file into a new, empty database, check it, and point the workstations at it:  carrier-app restore FILE --db URL. A backup is never restored over the database in use.</source>
        <translation>恢复方法：先关闭所有工作站上的 carrier_app，再在命令行把备份文件恢复到一个新的空数据库，检查无误后让各工作站连接它：carrier-app restore FILE --db URL。备份绝不会覆盖正在使用的数据库。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="120"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="133"/>
        <source>Backed up: {file} ({size})</source>
        <translation>已备份：{file}（{size}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_backups.py" line="138"/>
        <source>The backup failed: {0}</source>
        <translation>备份失败：{0}</translation>
    </message>
</context>
<context>
    <name>BagsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="71"/>
        <source>Bag</source>
        <translation>袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="72"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="73"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="74"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="75"/>
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="76"/>
        <source>Opened</source>
        <translation>开袋时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="103"/>
        <source>Bags</source>
        <translation>集包</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="106"/>
        <source>Open</source>
        <translation>开袋中</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="106"/>
        <source>Sealed</source>
        <translation>已封袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="107"/>
        <source>Departed</source>
        <translation>已发车</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="107"/>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="111"/>
        <source>Open a bag</source>
        <translation>开袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="112"/>
        <source>Seal and print label</source>
        <translation>封袋并打印标签</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="113"/>
        <source>Print label again</source>
        <translation>重打标签</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="114"/>
        <source>Take out</source>
        <translation>取出</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="118"/>
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="119"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="120"/>
        <source>Weighed kg (optional)</source>
        <translation>称重公斤（可选）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="121"/>
        <source>Destination:</source>
        <translation>目的地：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="121"/>
        <source>Scan into bag:</source>
        <translation>扫描装袋：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="122"/>
        <source>Seal:</source>
        <translation>封袋：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="122"/>
        <source>Take a parcel out:</source>
        <translation>拆袋取件：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="138"/>
        <source>No bag selected: open one or scan a bag number</source>
        <translation>未选择袋：请开袋或扫描袋号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="141"/>
        <source>Bag {bag} → {dest} {name}: {n} piece(s), {state}</source>
        <translation>袋 {bag} → {dest} {name}：{n} 件，{state}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="170"/>
        <source>Bag {bag} opened for {dest}</source>
        <translation>已开袋 {bag}，目的地 {dest}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="181"/>
        <source>Open a bag or scan a bag number first</source>
        <translation>请先开袋或扫描袋号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="208"/>
        <source>Weight: a number of kg</source>
        <translation>重量：请输入公斤数</translation>
    </message>
    <message>
        <source>Bag {bag} sealed: {n} piece(s). Label: {path}</source>
        <translation type="vanished">袋 {bag} 已封袋：{n} 件。标签：{path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="239"/>
        <source>{wb} taken out of {bag}</source>
        <translation>{wb} 已从 {bag} 取出</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="116"/>
        <source>An open bag with nothing in it, opened by mistake: give the reason in the reason box</source>
        <translation>误开且未装件的空袋：请在原因框中写明作废原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="229"/>
        <source>Bag {bag} sealed: {n} piece(s)</source>
        <translation>袋 {bag} 已封袋：{n} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="253"/>
        <source>Bag {bag} voided</source>
        <translation>袋 {bag} 已作废</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="108"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="115"/>
        <source>Void empty bag</source>
        <translation>作废空袋</translation>
    </message>
</context>
<context>
    <name>BillsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="62"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="63"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="64"/>
        <source>(late)</source>
        <translation>（补计）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="65"/>
        <source>(到付 charge-back)</source>
        <translation>（到付退回）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="66"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="67"/>
        <source>Chargeable kg</source>
        <translation>计费重量 kg</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="68"/>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="69"/>
        <source>Surcharges</source>
        <translation>附加费</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="70"/>
        <source>Insurance</source>
        <translation>保价费</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="71"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="72"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="94"/>
        <source>Monthly bills</source>
        <translation>月结账单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="97"/>
        <source>Merchant:</source>
        <translation>商家：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="98"/>
        <source>Month:</source>
        <translation>账期：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="99"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="100"/>
        <source>Issue bill</source>
        <translation>开具账单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="101"/>
        <source>Save PDF, XLSX</source>
        <translation>保存 PDF、XLSX</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="132"/>
        <source>Preview — not issued yet</source>
        <translation>预览 — 尚未开具</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="128"/>
        <source>Bill {no} was issued on {at}: shown as issued</source>
        <translation>账单 {no} 已于 {at} 开具：按开具时显示</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="137"/>
        <source>Bill {no} issued</source>
        <translation>账单 {no} 已开具</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="152"/>
        <source>Saved: {paths}</source>
        <translation>已保存：{paths}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="162"/>
        <source>{no}  {n} parcel(s)  freight ¥{freight} + surcharges ¥{extra} + insurance ¥{ins} − discount ¥{disc} = ¥{total}</source>
        <translation>{no}  {n} 件  运费 ¥{freight} + 附加费 ¥{extra} + 保价费 ¥{ins} − 折扣 ¥{disc} = ¥{total}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="164"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="169"/>
        <source>{n} parcel(s) not yet received or priced: on the next bill</source>
        <translation>{n} 件尚未收寄或未计价：计入下期账单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_bills.py" line="172"/>
        <source>Netted on statement {no}</source>
        <translation>已在结算单 {no} 中抵扣</translation>
    </message>
</context>
<context>
    <name>CashUpPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="91"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="92"/>
        <source>COD</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="94"/>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="117"/>
        <source>Courier cash-up</source>
        <translation>快递员交款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="120"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="120"/>
        <source>Transfer / QR payment</source>
        <translation>转账 / 扫码支付</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="123"/>
        <source>Courier badge or branch (counter):</source>
        <translation>快递员工牌或网点（柜台）：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="125"/>
        <source>Scan the courier&apos;s badge, or type a branch code for its counter, and press Enter</source>
        <translation>扫描快递员工牌，或输入网点编号（柜台交款），然后按回车</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="128"/>
        <source>Expected / handed over</source>
        <translation>应收 / 实交</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="129"/>
        <source>Record amounts handed over</source>
        <translation>登记实交金额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="131"/>
        <source>Variance approval (supervisor)</source>
        <translation>差额审批（主管）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="132"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="133"/>
        <source>Approve variance</source>
        <translation>批准差额</translation>
    </message>
    <message>
        <source>Cash-up {id} for {c}: {n} COD parcel(s)</source>
        <translation type="vanished">交款单 {id}（{c}）：{n} 件代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="160"/>
        <source>expected ¥{a}</source>
        <translation>应收 ¥{a}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="174"/>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="174"/>
        <source>variance awaiting approval</source>
        <translation>差额待审批</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="176"/>
        <source>closed</source>
        <translation>已结</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="177"/>
        <source>Expected ¥{e}</source>
        <translation>应收 ¥{e}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="179"/>
        <source>Handed over ¥{d}   Variance {x}</source>
        <translation>实交 ¥{d}   差额 {x}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="197"/>
        <source>Variance of {x}: a supervisor must approve it with a reason</source>
        <translation>差额 {x}：须由主管填写原因审批</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="194"/>
        <source>Cash-up closed: amounts match</source>
        <translation>交款已结：金额相符</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="226"/>
        <source>Variance approved; cash-up closed</source>
        <translation>差额已批准，交款已结</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="152"/>
        <source>Cash-up {id} for {c}: {n} parcel(s) with money collected</source>
        <translation>交款单 {id}（{c}）：{n} 票有收款（代收货款/到付）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="93"/>
        <source>到付 freight</source>
        <translation>到付运费</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="213"/>
        <source>Cash-up receipt printed: {no}</source>
        <translation>交款凭证已打印：{no}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="130"/>
        <source>Print cash-up receipt (交款凭证)</source>
        <translation>打印交款凭证</translation>
    </message>
</context>
<context>
    <name>CouriersPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="36"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="37"/>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="83"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="38"/>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="84"/>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="39"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="40"/>
        <source>Load now</source>
        <translation>当前件量</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="41"/>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="87"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="41"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="41"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="42"/>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="84"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="79"/>
        <source>Couriers</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="82"/>
        <source>Branch:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="83"/>
        <source>Badge code</source>
        <translation>工牌编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="85"/>
        <source>Capacity (parcels per run)</source>
        <translation>容量（每趟件数）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="88"/>
        <source>Save courier</source>
        <translation>保存快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="119"/>
        <source>Courier {code} saved</source>
        <translation>快递员 {code} 已保存</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="50"/>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="287"/>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="51"/>
        <source>Sorted</source>
        <translation>分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="52"/>
        <source>Bagged</source>
        <translation>装袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="53"/>
        <source>Departed</source>
        <translation>发车</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="54"/>
        <source>Arrived</source>
        <translation>到件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="55"/>
        <source>Out for delivery</source>
        <translation>派件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="56"/>
        <source>Delivered</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="57"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="58"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="189"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="191"/>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="192"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="197"/>
        <source>COD collected</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="200"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="203"/>
        <source>Cash-up</source>
        <translation>交款单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="204"/>
        <source>Courier / counter</source>
        <translation>快递员 / 柜台</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="205"/>
        <source>Expected</source>
        <translation>应交</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="206"/>
        <source>Declared</source>
        <translation>实交</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="207"/>
        <source>Variance</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="255"/>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="268"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="269"/>
        <source>Location:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="270"/>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="339"/>
        <source>all</source>
        <translation>全网</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="271"/>
        <source>Refresh every (s):</source>
        <translation>自动刷新（秒）：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="272"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="273"/>
        <source>Open problems</source>
        <translation>未结问题件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="274"/>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="285"/>
        <source>Cash-ups awaiting approval</source>
        <translation>待审批交款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="275"/>
        <source>Stranded at close (留仓)</source>
        <translation>留仓</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="276"/>
        <source>COD collected / handed over</source>
        <translation>代收货款 / 已交款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="277"/>
        <source>Open the exceptions desk</source>
        <translation>打开问题件处理</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="278"/>
        <source>Open cash-ups</source>
        <translation>打开交款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="279"/>
        <source>Open the 留仓 list</source>
        <translation>打开留仓清单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="280"/>
        <source>Parcels by stage</source>
        <translation>各环节件量</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="281"/>
        <source>Last 7 days: volume and first-attempt rate</source>
        <translation>近7天：收件量与首次派送成功率</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="282"/>
        <source>By station</source>
        <translation>按工位</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="283"/>
        <source>By courier</source>
        <translation>按快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="284"/>
        <source>Open problems by age</source>
        <translation>未结问题件（按时长）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="286"/>
        <source>Parcels</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="288"/>
        <source>First-attempt rate %</source>
        <translation>首次派送成功率 %</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="338"/>
        <source>{day} at {where}</source>
        <translation>{day} {where}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="393"/>
        <source>{stage} at station {station}</source>
        <translation>{stage}（工位 {station}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="395"/>
        <source>{stage} by courier {courier}</source>
        <translation>{stage}（快递员 {courier}）</translation>
    </message>
</context>
<context>
    <name>DeliveryNames</name>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="14"/>
        <source>Recipient (本人)</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="15"/>
        <source>Family (家人)</source>
        <translation>家人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="16"/>
        <source>Colleague (同事)</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="17"/>
        <source>Pickup point (代收点)</source>
        <translation>代收点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="18"/>
        <source>Guard (门卫)</source>
        <translation>门卫</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="19"/>
        <source>Reception (前台)</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="20"/>
        <source>Merchant (商家)</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="21"/>
        <source>Other (其他)</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="24"/>
        <source>Nobody home</source>
        <translation>无人在家</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="25"/>
        <source>Refused by recipient</source>
        <translation>收件人拒收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="26"/>
        <source>Wrong address</source>
        <translation>地址错误</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="27"/>
        <source>Recipient asked to reschedule</source>
        <translation>收件人要求改期</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="28"/>
        <source>Damaged</source>
        <translation>包裹破损</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="29"/>
        <source>No access to the building</source>
        <translation>无法进入小区/楼宇</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="30"/>
        <source>Phone unreachable</source>
        <translation>电话无法接通</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="31"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="48"/>
        <source>A signature is required for a COD parcel</source>
        <translation>代收货款包裹必须签名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="50"/>
        <source>The merchant&apos;s signature is required for a return</source>
        <translation>退件须由商家签名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="52"/>
        <source>Say how the COD amount was paid (cash or transfer)</source>
        <translation>请选择代收货款的支付方式（现金或转账）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="54"/>
        <source>The receiver&apos;s name is required</source>
        <translation>请填写签收人姓名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="55"/>
        <source>Attach the signed stub or page (an image up to 8 MB)</source>
        <translation>请附上签收联或派件单页（图片，不超过 8 MB）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="57"/>
        <source>{code} is assigned to {courier}; give a reason to reassign it</source>
        <translation>{code} 已分配给 {courier}；改派须填写原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="59"/>
        <source>A reason is required</source>
        <translation>请填写原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="60"/>
        <source>{n} parcel(s) of the run are not accounted for: {list}</source>
        <translation>本派件单还有 {n} 件未核销：{list}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="62"/>
        <source>{code}: some pieces are delivered; record the others as not attempted</source>
        <translation>{code}：部分件已签收；请将其余件登记为未派送</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="64"/>
        <source>Not a valid amount: no negative numbers, at most two decimals</source>
        <translation>金额无效：不能为负数，最多两位小数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="66"/>
        <source>This cash-up is closed or has no variance to approve</source>
        <translation>该交款单已结，或没有待审批的差额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="68"/>
        <source>Courier {code} has no assigned parcels to take out</source>
        <translation>快递员 {code} 没有已分配待派送的包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="70"/>
        <source>Nothing to settle for this merchant and period</source>
        <translation>该商家在此期间没有可结算的包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="71"/>
        <source>The next attempt date is in the past</source>
        <translation>下次派送日期不能早于今天</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="72"/>
        <source>Whoever declared a cash-up cannot approve its variance</source>
        <translation>登记交款的人不能审批其差额</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="149"/>
        <source>Deliver / counter pickup</source>
        <translation>派送签收 / 网点自提</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="152"/>
        <source>Waybill:</source>
        <translation>运单号：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="153"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="153"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="154"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="154"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="155"/>
        <source>Pieces delivered</source>
        <translation>已签收件数</translation>
    </message>
    <message>
        <source>COD to collect</source>
        <translation type="vanished">应收代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="158"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="159"/>
        <source>Proof of delivery</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="160"/>
        <source>Failed attempt</source>
        <translation>派送失败</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="161"/>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="161"/>
        <source>Relation</source>
        <translation>与收件人关系</translation>
    </message>
    <message>
        <source>COD paid by</source>
        <translation type="vanished">代收货款支付方式</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="162"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="166"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="167"/>
        <source>Transfer / QR payment</source>
        <translation>转账 / 扫码支付</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="169"/>
        <source>Counter pickup at this branch (自提)</source>
        <translation>本网点自提</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="170"/>
        <source>Clear signature</source>
        <translation>清除签名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="171"/>
        <source>Attach photo / signed stub…</source>
        <translation>附加照片 / 签收联…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="173"/>
        <source>The signature is on the attached stub</source>
        <translation>签名在所附签收联上</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="174"/>
        <source>Confirm delivery</source>
        <translation>确认签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="175"/>
        <source>Print POD</source>
        <translation>打印签收单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="176"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="176"/>
        <source>Next attempt</source>
        <translation>下次派送</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="177"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="179"/>
        <source>Record failed attempt</source>
        <translation>登记派送失败</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="211"/>
        <source>  · return to merchant</source>
        <translation>  · 退回商家</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="218"/>
        <source>  · failed attempts: {n}</source>
        <translation>  · 派送失败 {n} 次</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="223"/>
        <source>  (partial)</source>
        <translation>  （部分签收）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="232"/>
        <source>nothing to collect</source>
        <translation>无需收款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="172"/>
        <source>Attach photo or signed stub</source>
        <translation>附加照片或签收联</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="258"/>
        <source>{wb}: {status}</source>
        <translation>{wb}：{status}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="261"/>
        <source>{wb}: piece delivered, {done}/{n} pieces</source>
        <translation>{wb}：已签收一件，共 {done}/{n} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="278"/>
        <source>{wb}: attempt {n} failed — returning to the merchant ({sort})</source>
        <translation>{wb}：第 {n} 次派送失败 — 退回商家（{sort}）</translation>
    </message>
    <message>
        <source>Return label: {path}</source>
        <translation type="vanished">退件面单：{path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="286"/>
        <source>{wb}: attempt {n} failed, next attempt {date}</source>
        <translation>{wb}：第 {n} 次派送失败，下次派送 {date}</translation>
    </message>
    <message>
        <source>Proof of delivery saved: {path}</source>
        <translation type="vanished">签收单已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="162"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="156"/>
        <source>To collect</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="230"/>
        <source>collect ¥{total}: COD ¥{cod} + freight ¥{freight}</source>
        <translation>应收 ¥{total}：代收货款 ¥{cod} + 到付运费 ¥{freight}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="303"/>
        <source>Proof of delivery printed: {wb}</source>
        <translation>签收单已打印：{wb}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../carrier_app/ui/first_start.py" line="26"/>
        <source>carrier_app — set up this depot</source>
        <extracomment>&quot;init&quot; or &quot;demo&quot; once accepted.</extracomment>
        <translation>carrier_app — 设置本站点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/first_start.py" line="27"/>
        <source>The database {db} is empty. Set up your depot: its site code and the first administrator. No demo data or demo accounts are added.</source>
        <translation>数据库 {db} 是空的。请设置本站点：站点代码和第一位管理员。不会添加演示数据或演示账号。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/first_start.py" line="44"/>
        <source>Site code (hub 571 or branch 571-12)</source>
        <translation>站点代码（转运中心 571 或营业部 571-12）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/first_start.py" line="45"/>
        <source>Site name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/first_start.py" line="46"/>
        <source>Administrator&apos;s user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/first_start.py" line="47"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/first_start.py" line="48"/>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/first_start.py" line="49"/>
        <source>The administrator chooses a new password at the first log-in.</source>
        <translation>管理员首次登录时须设置新密码。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/first_start.py" line="57"/>
        <source>Set up the depot</source>
        <translation>设置站点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/first_start.py" line="60"/>
        <source>A demo database instead</source>
        <translation>改用演示数据库</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/first_start.py" line="77"/>
        <source>Enter the administrator&apos;s user name and password.</source>
        <translation>请输入管理员用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/first_start.py" line="80"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>GapListsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="68"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="69"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="70"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="71"/>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="72"/>
        <source>Age (h)</source>
        <translation>时长(小时)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="73"/>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="74"/>
        <source>Run</source>
        <translation>派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="75"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="76"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="101"/>
        <source>Gap lists</source>
        <translation>留仓/异常清单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="111"/>
        <source>Overnight at the branch (留仓)</source>
        <translation>留仓 (到件未派)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="112"/>
        <source>Received, not departed (进站未出站)</source>
        <translation>进站未出站</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="113"/>
        <source>Departed, not arrived</source>
        <translation>发出未到达</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="114"/>
        <source>Out for delivery, not closed</source>
        <translation>派件未完结</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="115"/>
        <source>Failed, due again today</source>
        <translation>派送失败 今日再派</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="120"/>
        <source>no open run</source>
        <translation>无未结派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="124"/>
        <source>List:</source>
        <translation>清单：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="124"/>
        <source>Place:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="125"/>
        <source>Older than (h):</source>
        <translation>超过(小时)：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="128"/>
        <source>All places</source>
        <translation>全部网点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="129"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="130"/>
        <source>Export CSV, XLSX</source>
        <translation>导出 CSV、XLSX</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="180"/>
        <source>As of {time}</source>
        <translation>截至 {time}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="189"/>
        <source>Total {n}</source>
        <translation>合计 {n}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="193"/>
        <source>(first {k} shown)</source>
        <translation>(仅显示前 {k} 条)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/gap_lists.py" line="213"/>
        <source>Saved: {paths}</source>
        <translation>已保存：{paths}</translation>
    </message>
</context>
<context>
    <name>HubMessages</name>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="778"/>
        <source>{code} goes to {sort_code}, not {destination}: put it with the right destination</source>
        <translation>{code} 发往 {sort_code}，不是 {destination}：请放到正确的目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="784"/>
        <source>Bag {code} is sealed: it takes no more parcels</source>
        <translation>袋 {code} 已封袋：不能再装包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="787"/>
        <source>{code} belongs to another merchant</source>
        <translation>{code} 属于其他商户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="790"/>
        <source>This merchant has {n} parcel(s): it cannot be deleted, only deactivated</source>
        <translation>该商户有 {n} 个包裹：不能删除，只能停用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="794"/>
        <source>{code}: no such bag or manifest</source>
        <translation>{code}：无此袋号或交接单号</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="118"/>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="121"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="122"/>
        <source>Order file (CSV or XLSX)</source>
        <translation>订单文件（CSV 或 XLSX）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="123"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="124"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="125"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="126"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="127"/>
        <source>Save rejected rows…</source>
        <translation>保存被拒的行…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="129"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="130"/>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="131"/>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="173"/>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="351"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="131"/>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="351"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="132"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="132"/>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="351"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="145"/>
        <source>Order file</source>
        <translation>订单文件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="146"/>
        <source>Order files (*.csv *.xlsx *.txt)</source>
        <translation>订单文件 (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="157"/>
        <source>No such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="223"/>
        <source>{rows} rows · encoding {encoding} · {ignored} column(s) not used</source>
        <translation>{rows} 行 · 编码 {encoding} · {ignored} 列未使用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="190"/>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="240"/>
        <source>Check the mapping, then Import.</source>
        <translation>请核对列对应关系，然后导入。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="262"/>
        <source>Order ref</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="262"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="263"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="263"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="264"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="265"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="266"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="266"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="267"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="267"/>
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="268"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="269"/>
        <source>COD amount</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="269"/>
        <source>Declared value</source>
        <translation>保价金额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="270"/>
        <source>Contents</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="270"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="296"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="323"/>
        <source>Batch {batch}: {created} waybills created, {present} already imported, {rejected} rows rejected</source>
        <translation>批次 {batch}：新建运单 {created} 个，已导入过 {present} 个，拒收 {rejected} 行</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="347"/>
        <source>Save rejected rows</source>
        <translation>保存被拒的行</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="128"/>
        <source>Save mapping for this merchant</source>
        <translation>保存为该商家的列对应</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="220"/>
        <source>{header} not used: {kept} is read as {field}</source>
        <translation>{header} 未使用：{field} 取自 {kept}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="229"/>
        <source>no weight column: the merchant&apos;s default weight is used, corrected when weighed at receiving</source>
        <translation>无重量列：使用商家默认重量，收件称重时更正</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="235"/>
        <source>Pick the column for: {fields}</source>
        <translation>请为以下字段选择对应的列：{fields}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="241"/>
        <source>(the saved mapping {name})</source>
        <translation>（已套用保存的列对应 {name}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="254"/>
        <source>Mapping saved for {merchant}: its next files are read the same way.</source>
        <translation>已为 {merchant} 保存列对应：以后的文件按同样方式读取。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_import.py" line="328"/>
        <source>{count} without a route, waiting in manual routing (rows {rows})</source>
        <translation>{count} 单无路由，已进入人工分拣（第 {rows} 行）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="90"/>
        <source>carrier_app — log in</source>
        <extracomment>The user picked a language here: it becomes theirs (ui/shift.py).</extracomment>
        <translation>carrier_app — 登录</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="91"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="92"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="93"/>
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="94"/>
        <source>Workstation {station} at {location}
{db}</source>
        <translation>工作站 {station}，网点 {location}
{db}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="96"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="97"/>
        <source>Demo database: log in as admin / admin-demo (also clerk, sorter, dispatcher, supervisor, finance with -demo).</source>
        <translation>演示数据库：用 admin / admin-demo 登录（clerk、sorter、dispatcher、supervisor、finance 的密码同样是“角色名-demo”）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="107"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/login_dialog.py" line="110"/>
        <source>Opening the database… try again in a moment.</source>
        <translation>正在打开数据库…请稍后再试。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="264"/>
        <source>Register a problem parcel (last scan)</source>
        <translation>登记问题件（最近扫描的包裹）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="243"/>
        <source>About carrier_app</source>
        <translation>关于 carrier_app</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="244"/>
        <source>carrier_app {version} — depot software from pickup to signed delivery.</source>
        <translation>carrier_app {version} — 从揽收到签收的网点作业系统。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="248"/>
        <source>carrier_app — depot operations</source>
        <translation>carrier_app — 网点作业</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="257"/>
        <source>User: {name} ({role})</source>
        <translation>用户：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="260"/>
        <source>Location: {where}</source>
        <translation>网点：{where}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="261"/>
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="263"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="265"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="272"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="273"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="274"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="262"/>
        <source>DEMO DATABASE</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="266"/>
        <source>Log out / switch user</source>
        <translation>注销 / 切换用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="267"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="270"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="271"/>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/main_window.py" line="195"/>
        <source>A task is still running: log out when it has finished.</source>
        <extracomment>The navigation&apos;s width: enough for the longest page title in Chinese or English. Ctrl+L: the user logs out; the shift (ui/shift.py) shows the log-in again.</extracomment>
        <translation>仍有任务在运行：请在完成后再注销。</translation>
    </message>
</context>
<context>
    <name>ManifestsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="68"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="68"/>
        <source>Bag</source>
        <translation>袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="69"/>
        <source>Parcel</source>
        <translation>散件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="70"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="71"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="72"/>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="80"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="73"/>
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="76"/>
        <source>Manifest</source>
        <translation>交接单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="77"/>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="78"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="79"/>
        <source>Bags</source>
        <translation>集包</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="102"/>
        <source>Linehaul manifests</source>
        <translation>交接单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="105"/>
        <source>Loading</source>
        <translation>装车中</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="105"/>
        <source>Departed</source>
        <translation>已发车</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="106"/>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="109"/>
        <source>New manifest</source>
        <translation>新建交接单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="110"/>
        <source>Depart and print</source>
        <translation>发车并打印</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="112"/>
        <source>Vehicle plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="113"/>
        <source>Seal number</source>
        <translation>封签号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="114"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="115"/>
        <source>Destination:</source>
        <translation>目的地：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="115"/>
        <source>Vehicle:</source>
        <translation>车辆：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="116"/>
        <source>Scan bag or parcel:</source>
        <translation>扫描袋或包裹：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="133"/>
        <source>No manifest: create one or pick one below</source>
        <translation>无交接单：请新建或在下方选择</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="140"/>
        <source>Total: {bags} bag(s), {pieces} piece(s), {kg:.2f} kg</source>
        <translation>合计：{bags} 袋，{pieces} 件，{kg:.2f} 公斤</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="168"/>
        <source>Manifest {no} created</source>
        <translation>已新建交接单 {no}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="179"/>
        <source>Create or pick a manifest first</source>
        <translation>请先新建或选择交接单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="240"/>
        <source>{no} departed: {n} parcel(s) in transit</source>
        <translation>{no} 已发车：{n} 件在途</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="196"/>
        <source>Dispatch manifest</source>
        <translation>发车交接</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="199"/>
        <source>Dispatch</source>
        <translation>发车</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="197"/>
        <source>Dispatch manifest {no}? Its bags and parcels are recorded as departed (in transit) and the manifest can no longer change.</source>
        <translation>确认发车交接单 {no}？其中的袋和包裹将记为已发出（运输中），交接单不能再修改。</translation>
    </message>
</context>
<context>
    <name>ManualQueuePage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="239"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="240"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="241"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="242"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="271"/>
        <source>Manual routing</source>
        <translation>人工分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="274"/>
        <source>Route no. (optional)</source>
        <translation>路线号（可选）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="275"/>
        <source>Reason (e.g. address corrected)</source>
        <translation>原因（如：地址已更正）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="276"/>
        <source>Add a rule for this address</source>
        <translation>为此地址添加规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="277"/>
        <source>Route / re-route and reprint label</source>
        <translation>分配 / 改派并重打标签</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="278"/>
        <source>Waybill:</source>
        <translation>运单号：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="278"/>
        <source>Branch / route:</source>
        <translation>网点 / 路线：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="279"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="321"/>
        <source>{wb}: {old} → {new}</source>
        <translation>{wb}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="325"/>
        <source>(rule {id} added)</source>
        <translation>（已添加规则 {id}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="327"/>
        <source>the new label could not be made: reprint it from Waybills</source>
        <translation>新标签未能生成：请在“运单”页面补打</translation>
    </message>
</context>
<context>
    <name>MerchantsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="51"/>
        <source>Safety agreement</source>
        <translation>安全协议</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="156"/>
        <source>Safety agreement:</source>
        <translation>安全协议：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="157"/>
        <source>Signed on</source>
        <translation>已签订，日期</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="158"/>
        <source>Save agreement</source>
        <translation>保存协议</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="160"/>
        <source>its parcels need no sender ID at acceptance (a supervisor sets this)</source>
        <translation>协议客户的包裹收寄时无需寄件人实名（由主管设置）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="221"/>
        <source>{code}: safety agreement signed {date}</source>
        <translation>{code}：安全协议已签订 {date}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="222"/>
        <source>{code}: no safety agreement</source>
        <translation>{code}：无安全协议</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="43"/>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="133"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="44"/>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="45"/>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="134"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="46"/>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="134"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="47"/>
        <source>Home branch</source>
        <translation>所属网点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="49"/>
        <source>Parcels</source>
        <translation>包裹数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="50"/>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="145"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="110"/>
        <source>Merchants</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="132"/>
        <source>Search code, name, contact, phone, address</source>
        <translation>搜索编号、名称、联系人、电话、地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="135"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="135"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="136"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="137"/>
        <source>Pickup address</source>
        <translation>揽收地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="138"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="139"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="140"/>
        <source>Account holder</source>
        <translation>开户名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="141"/>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="142"/>
        <source>Fee per parcel (yuan)</source>
        <translation>每件运费（元）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="48"/>
        <source>Fee / parcel</source>
        <translation>每件运费</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="154"/>
        <source>Fee per parcel:</source>
        <translation>每件运费：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="161"/>
        <source>yuan, deducted from the COD on every statement</source>
        <translation>元，每张结算单从代收货款中扣除</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="162"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="162"/>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="163"/>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="146"/>
        <source>New merchant</source>
        <translation>新建商户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="147"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="148"/>
        <source>Deactivate / activate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="149"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="150"/>
        <source>Code / name:</source>
        <translation>编号 / 名称：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="150"/>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="151"/>
        <source>Pickup address:</source>
        <translation>揽收地址：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="152"/>
        <source>Home branch:</source>
        <translation>所属网点：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="153"/>
        <source>COD settlement:</source>
        <translation>代收货款结算：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="210"/>
        <source>Merchant {code} saved</source>
        <translation>商户 {code} 已保存</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="232"/>
        <source>{code} deactivated</source>
        <translation>{code} 已停用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="232"/>
        <source>{code} activated</source>
        <translation>{code} 已启用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="241"/>
        <source>{code} deleted</source>
        <translation>{code} 已删除</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="143"/>
        <source>kg, for files without weights</source>
        <translation>公斤，用于无重量列的订单文件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="155"/>
        <source>Default weight:</source>
        <translation>默认重量：</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="101"/>
        <source>Not a valid resident ID number: check character or birth date wrong</source>
        <translation>居民身份证号码无效：校验码或出生日期错误</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="103"/>
        <source>Not the form of a number of this ID type</source>
        <translation>号码格式与该证件类型不符</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="104"/>
        <source>Choose the ID type</source>
        <translation>请选择证件类型</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="105"/>
        <source>On the prohibited/restricted list: a supervisor&apos;s override is needed</source>
        <translation>属于禁寄/限寄物品：需主管特批</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="513"/>
        <source>Contents match the prohibited/restricted list ({words}): refused unless a supervisor overrides with a reason</source>
        <extracomment>Contents matching the 禁寄/限寄 list (waybill/acceptance.py), with the words found.</extracomment>
        <translation>内件品名命中禁寄/限寄清单（{words}）：拒收，除非主管填写原因特批</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="516"/>
        <source>Merchant {merchant} has no signed safety agreement: its parcels need the ID of whoever hands them over and are accepted at the counter, not imported</source>
        <translation>商家 {merchant} 未签订安全协议：其包裹须由交寄人实名，在柜台逐件收寄，不能导入</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="615"/>
        <source>reason</source>
        <extracomment>The keys of an event&apos;s recorded details (tracking history), as the Details column names them.</extracomment>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="616"/>
        <source>attempt</source>
        <translation>第几次派送</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="617"/>
        <source>next attempt</source>
        <translation>下次派送</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="618"/>
        <source>back to branch</source>
        <translation>退回网点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="619"/>
        <source>proof of delivery</source>
        <translation>签收凭证</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="620"/>
        <source>received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="621"/>
        <source>relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="622"/>
        <source>picked up at the counter</source>
        <translation>柜台自提</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="623"/>
        <source>pickup request</source>
        <translation>揽收请求</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="624"/>
        <source>manifest</source>
        <translation>交接单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="625"/>
        <source>bag</source>
        <translation>袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="626"/>
        <source>sort code</source>
        <translation>分拣码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="627"/>
        <source>routed by</source>
        <translation>路由依据</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="628"/>
        <source>forwarded to</source>
        <translation>转发至</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="629"/>
        <source>delivery run</source>
        <translation>派送批次</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="630"/>
        <source>not attempted</source>
        <translation>未派送原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="631"/>
        <source>courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="632"/>
        <source>taken off run</source>
        <translation>移出派送批次</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="633"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="634"/>
        <source>problem</source>
        <translation>问题件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="635"/>
        <source>instruction</source>
        <translation>处理指示</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="636"/>
        <source>requested</source>
        <translation>申请的处理</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="637"/>
        <source>resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="638"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="639"/>
        <source>measured (g)</source>
        <translation>实测重量（克）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="640"/>
        <source>chargeable weight (g)</source>
        <translation>计费重量（克）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="641"/>
        <source>price before (fen)</source>
        <translation>原运费（分）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="642"/>
        <source>price after (fen)</source>
        <translation>新运费（分）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="643"/>
        <source>price difference (fen)</source>
        <translation>运费差额（分）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="645"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="645"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="648"/>
        <source>postcode prefix {rest}</source>
        <extracomment>How a parcel was routed (core/routing.py RouteMatch.reason, &quot;manual routing&quot;), by prefix.</extracomment>
        <translation>邮编前缀 {rest}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="649"/>
        <source>address {rest}</source>
        <translation>地址 {rest}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="650"/>
        <source>manual routing{rest}</source>
        <translation>人工分拣{rest}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="652"/>
        <source>{key}: {value}</source>
        <translation>{key}：{value}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="653"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="668"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="669"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="670"/>
        <source>Counter clerk</source>
        <translation>柜台文员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="671"/>
        <source>Sorter</source>
        <translation>分拣员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="672"/>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="673"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="18"/>
        <source>Created</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="19"/>
        <location filename="../../carrier_app/ui/messages.py" line="38"/>
        <source>Picked up</source>
        <translation>已揽收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="20"/>
        <location filename="../../carrier_app/ui/messages.py" line="39"/>
        <source>Received</source>
        <translation>已入库</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="21"/>
        <location filename="../../carrier_app/ui/messages.py" line="40"/>
        <source>Sorted</source>
        <translation>已分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="22"/>
        <location filename="../../carrier_app/ui/messages.py" line="41"/>
        <source>Bagged</source>
        <translation>已集包</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="23"/>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="24"/>
        <location filename="../../carrier_app/ui/messages.py" line="44"/>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="25"/>
        <location filename="../../carrier_app/ui/messages.py" line="45"/>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="26"/>
        <location filename="../../carrier_app/ui/messages.py" line="47"/>
        <source>Out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="27"/>
        <location filename="../../carrier_app/ui/messages.py" line="48"/>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="28"/>
        <location filename="../../carrier_app/ui/messages.py" line="49"/>
        <source>Delivery failed</source>
        <translation>派送失败</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="29"/>
        <location filename="../../carrier_app/ui/messages.py" line="50"/>
        <source>Return to sender</source>
        <translation>退回寄件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="30"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="31"/>
        <source>On hold</source>
        <translation>已扣件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="32"/>
        <location filename="../../carrier_app/ui/messages.py" line="53"/>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="33"/>
        <location filename="../../carrier_app/ui/messages.py" line="54"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="37"/>
        <source>Waybill created</source>
        <translation>运单已创建</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="42"/>
        <source>Unbagged</source>
        <translation>已拆包</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="43"/>
        <source>Departed</source>
        <translation>已发车</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="46"/>
        <source>Unassigned</source>
        <translation>已取消分派</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="51"/>
        <source>Put on hold</source>
        <translation>扣件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="52"/>
        <source>Released</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="55"/>
        <source>Scan refused</source>
        <translation>扫描被拒</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="56"/>
        <source>Label reprinted</source>
        <translation>面单已补打</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="57"/>
        <source>Re-routed</source>
        <translation>已改派路由</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="58"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="64"/>
        <source>Empty scan ignored</source>
        <translation>空扫描已忽略</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="71"/>
        <source>{code}: too long without an end key — set the scanner to end each code with Enter or LF, then scan these parcels again</source>
        <translation>{code}：过长且没有结束键——请把扫描枪设为每个条码以回车或换行（LF）结束，然后重新扫描这些包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="65"/>
        <source>{code}: wrong check digit — misread or mistyped, scan again</source>
        <translation>{code}：校验位错误 — 误读或输错，请重新扫描</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="67"/>
        <source>{code} is not a waybill number (2 letters, 9 digits, 2 letters)</source>
        <translation>{code} 不是运单号（2 位字母 + 9 位数字 + 2 位字母）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="69"/>
        <source>{code}: no such piece on this waybill</source>
        <translation>{code}：该运单没有这一件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="70"/>
        <source>{code}: not a valid code</source>
        <translation>{code}：无效条码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="77"/>
        <source>The database is read-only; nothing was saved.</source>
        <translation>数据库为只读，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="78"/>
        <source>The database is busy (locked by another program); nothing was saved. Try again in a moment.</source>
        <translation>数据库正忙（被其他程序锁定），未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="82"/>
        <source>The database server cannot be reached; check the network and CARRIER_DB_URL.</source>
        <translation>无法连接数据库服务器，请检查网络和 CARRIER_DB_URL。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="87"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="88"/>
        <source>Not a valid Chinese mobile or landline (e.g. 13812345678, 0571-88886666)</source>
        <translation>不是有效的手机或固话号码（如 13812345678、0571-88886666）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="90"/>
        <source>A postcode has 6 digits</source>
        <translation>邮编为 6 位数字</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="91"/>
        <source>Pieces: a whole number from 1 to 99</source>
        <translation>件数：1 到 99 的整数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="92"/>
        <source>Weight: more than 0 kg, at most 3 decimals</source>
        <translation>重量：大于 0 公斤，最多 3 位小数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="93"/>
        <source>An amount in yuan, e.g. 59.90</source>
        <translation>以元为单位的金额，如 59.90</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="94"/>
        <source>Must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="95"/>
        <source>Over the COD cap</source>
        <translation>超过代收货款上限</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="98"/>
        <source>Too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="99"/>
        <source>Repeats an earlier row&apos;s order ref</source>
        <translation>与前面某行的订单号重复</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="100"/>
        <source>Standard (标快) or express (特快)</source>
        <translation>标快或特快</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="107"/>
        <source>A tel: link, not a phone number: give the number alone</source>
        <translation>这是 tel: 链接，不是电话号码：只填号码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="109"/>
        <source>Has an extension: give a number the courier can dial directly, the extension in the note</source>
        <translation>带分机号：请填快递员可直接拨打的号码，分机号写在备注里</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="112"/>
        <location filename="../../carrier_app/ui/messages.py" line="114"/>
        <source>Contains a control character (invisible): retype it</source>
        <translation>含有控制字符（不可见）：请重新输入</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="116"/>
        <source>Too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="117"/>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="118"/>
        <source>At most two decimal places</source>
        <translation>最多两位小数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="119"/>
        <source>The merchant has no signed safety agreement: accept at the counter</source>
        <translation>该商家未签安全协议：请到柜台收寄</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="121"/>
        <source>Empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="130"/>
        <source>The PostgreSQL database {database} named in CARRIER_DB_URL does not exist: create it or correct the database name.</source>
        <extracomment>A sentence for each reason code the services raise (DomainError params[&quot;reason&quot;]) that is not described above, keyed &quot;&lt;error code&gt;:&lt;reason&gt;&quot; when a reason means different things for different errors. {names} are the error&apos;s params; a missing one is left out, so each sentence reads whole without it. The English UI keeps the service&apos;s own, fuller sentence.</extracomment>
        <translation>CARRIER_DB_URL 中指定的 PostgreSQL 数据库 {database} 不存在：请创建该数据库或更正数据库名。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="133"/>
        <source>The PostgreSQL server refused the log-in {role} (no such role, wrong password or not allowed): check the user in CARRIER_DB_URL.</source>
        <translation>PostgreSQL 服务器拒绝了登录 {role}（角色不存在、密码错误或无权登录）：请检查 CARRIER_DB_URL 中的用户。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="136"/>
        <source>The database file cannot be opened (missing folder or no permission).</source>
        <translation>无法打开数据库文件（文件夹不存在或没有权限）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="138"/>
        <source>The disk holding the database is full or failing; nothing was saved.</source>
        <translation>数据库所在的磁盘已满或出现故障；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="140"/>
        <source>The database reported an error {sqlstate}; nothing was saved.</source>
        <translation>数据库报告了错误 {sqlstate}；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="142"/>
        <source>A number series is used up; ask an administrator. Nothing was saved.</source>
        <translation>号段已用完，请联系管理员。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="144"/>
        <location filename="../../carrier_app/ui/messages.py" line="147"/>
        <location filename="../../carrier_app/ui/messages.py" line="504"/>
        <source>Another station changed the same records at the same moment; nothing was saved. Try again.</source>
        <translation>另一个工作站同时修改了相同的记录；未保存任何内容。请重试。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="150"/>
        <source>The database refused a value (wrong kind or form); nothing was saved.</source>
        <translation>数据库拒绝了一个值（类型或格式不对）；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="152"/>
        <source>A text contains a NUL character, which cannot be saved; nothing was saved.</source>
        <translation>文本中含有无法保存的 NUL 字符；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="154"/>
        <source>A number is out of the range its field allows; nothing was saved.</source>
        <translation>数值超出了该字段允许的范围；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="157"/>
        <source>This file is UTF-16 (&quot;Unicode text&quot;); in Excel save it as &quot;CSV UTF-8 (comma delimited)&quot; and import that.</source>
        <translation>此文件是 UTF-16 编码（“Unicode 文本”）；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="160"/>
        <source>This file looks like Japanese Shift-JIS text, not Chinese GB18030/GBK: save it as CSV UTF-8 and import that.</source>
        <translation>此文件看起来是日文 Shift-JIS 编码，而不是中文 GB18030/GBK：请另存为 CSV UTF-8 后再导入。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="163"/>
        <source>This is not a text (CSV) file: it contains binary data.</source>
        <translation>这不是文本（CSV）文件：其中含有二进制数据。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="165"/>
        <source>The file&apos;s encoding is neither UTF-8 nor GB18030/GBK: save it as CSV UTF-8 and import that.</source>
        <translation>文件编码既不是 UTF-8 也不是 GB18030/GBK：请另存为 CSV UTF-8 后再导入。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="168"/>
        <source>Nothing given: the input or file is empty.</source>
        <translation>没有内容：输入或文件为空。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="169"/>
        <source>The file has too many order rows: split it into smaller files.</source>
        <translation>文件中的订单行太多：请拆分成较小的文件。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="171"/>
        <source>The header row has too many columns: keep the order columns only.</source>
        <translation>表头列数太多：只保留订单相关的列。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="173"/>
        <source>Required column(s) missing from the file: {missing}</source>
        <translation>文件缺少必需的列：{missing}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="175"/>
        <source>Two columns of the file mean the same field: keep one.</source>
        <translation>文件中有两列表示同一字段：请只保留一列。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="177"/>
        <source>Row {row}: a field is far too long (a quote left open?).</source>
        <translation>第 {row} 行：某个字段过长（是否有未闭合的引号？）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="179"/>
        <source>Row {row}: not readable as CSV.</source>
        <translation>第 {row} 行：无法按 CSV 读取。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="180"/>
        <source>Not a readable XLSX workbook (or it has no sheet).</source>
        <translation>不是可读取的 XLSX 工作簿（或没有工作表）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="181"/>
        <source>The file needs a header row with the columns word, category, note.</source>
        <translation>文件需要包含 word、category、note 列的表头行。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="183"/>
        <source>Row {row}: not in the expected form {value}.</source>
        <translation>第 {row} 行：格式不符合要求 {value}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="185"/>
        <source>The merchant is deactivated: no new orders.</source>
        <translation>该商家已停用：不能再下新订单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="187"/>
        <source>A text is too long (at most {max_len} characters).</source>
        <translation>文本过长（最多 {max_len} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="189"/>
        <source>An amount or file is too large {value}.</source>
        <translation>金额或文件过大 {value}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="190"/>
        <source>{value} is not a number.</source>
        <translation>{value} 不是数字。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="191"/>
        <source>{value} has more than two decimal places.</source>
        <translation>{value} 超过两位小数。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="192"/>
        <source>A text contains a control character (invisible): retype it.</source>
        <translation>文本中含有控制字符（不可见）：请重新输入。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="194"/>
        <source>This scan id was already used for another scan.</source>
        <translation>此扫描编号已用于另一次扫描。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="196"/>
        <source>Hours out of range.</source>
        <translation>小时数超出范围。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="197"/>
        <source>That day is in the future: no figures yet.</source>
        <translation>该日期在未来：暂无数据。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="198"/>
        <source>Unknown stage.</source>
        <translation>未知环节。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="199"/>
        <source>Unknown list.</source>
        <translation>未知清单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="201"/>
        <source>No merchant {code}.</source>
        <translation>没有商家 {code}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="202"/>
        <source>No courier {code}.</source>
        <translation>没有快递员 {code}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="203"/>
        <source>Unknown location {code}: a hub or branch code.</source>
        <translation>未知网点 {code}：请填转运中心或网点代码。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="205"/>
        <source>No such pickup request.</source>
        <translation>没有该揽收请求。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="206"/>
        <source>Some proofs of delivery do not exist.</source>
        <translation>部分签收凭证不存在。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="207"/>
        <source>No delivery run {code}.</source>
        <translation>没有派送批次 {code}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="208"/>
        <source>No statement {code}.</source>
        <translation>没有对账单 {code}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="209"/>
        <source>No such cash-up.</source>
        <translation>没有该交款记录。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="210"/>
        <source>No problem #{problem}.</source>
        <translation>没有问题件 #{problem}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="211"/>
        <source>No such import batch {batch}.</source>
        <translation>没有导入批次 {batch}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="212"/>
        <source>{code}: no such bag.</source>
        <translation>{code}：没有该袋。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="213"/>
        <source>{code}: no such manifest.</source>
        <translation>{code}：没有该交接单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="214"/>
        <source>{code} has no problem registered.</source>
        <translation>{code} 没有登记问题件。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="216"/>
        <source>Courier {courier} is full ({load}/{capacity} parcels): assign {code} to another courier or raise the capacity.</source>
        <translation>快递员 {courier} 已满（{load}/{capacity} 件）：请将 {code} 分配给其他快递员，或提高其容量。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="219"/>
        <source>The courier has no assigned parcels to take out.</source>
        <translation>该快递员没有已分配、可带出派送的包裹。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="221"/>
        <source>Run {code} is not closed yet; its close-out summary comes when it closes.</source>
        <translation>派送批次 {code} 尚未结束；结束后才有收尾汇总。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="223"/>
        <source>{code}: some pieces are delivered; record the other pieces as not attempted.</source>
        <translation>{code}：部分件已签收；其余件请登记为未派送。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="226"/>
        <source>The merchant&apos;s signature is required for a returned parcel.</source>
        <translation>退回件需要商家签字。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="228"/>
        <source>A signature is required for a COD parcel.</source>
        <translation>代收货款包裹需要签字。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="229"/>
        <source>Bag {code} is sealed: it takes no parcels.</source>
        <translation>袋 {code} 已封袋：不能再装包裹。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="230"/>
        <source>{code} goes to {sort_code}, not {destination}: put it in the right bag or manifest.</source>
        <translation>{code} 应发往 {sort_code}，不是 {destination}：请放入正确的袋或交接单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="233"/>
        <source>{code} has no destination yet: route it manually first.</source>
        <translation>{code} 还没有目的地：请先人工分拣路由。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="235"/>
        <source>{code} is on its way through here: sort it normally, do not forward it.</source>
        <translation>{code} 正经由本站：请正常分拣，不要转发。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="237"/>
        <source>{code} is {status}: it cannot be forwarded.</source>
        <translation>{code} 当前为“{status}”：不能转发。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="239"/>
        <source>The parcel belongs to another merchant.</source>
        <translation>该包裹属于其他商家。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="240"/>
        <source>The merchant has {parcels} parcel(s): it cannot be deleted, only deactivated.</source>
        <translation>该商家有 {parcels} 件包裹：不能删除，只能停用。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="243"/>
        <source>{code} is cancelled: its label cannot be printed.</source>
        <translation>{code} 已取消：不能打印其面单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="245"/>
        <source>{code} is {current}: it cannot be {requested}.</source>
        <translation>{code} 当前为“{current}”：不能变为“{requested}”。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="246"/>
        <source>{code} is already on its way back to the sender.</source>
        <translation>{code} 已在退回寄件人的途中。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="249"/>
        <source>One is already open (opened by someone else just now): open it again to see it.</source>
        <translation>已有一条未结记录（刚被他人打开）：请重新打开查看。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="252"/>
        <source>Already open: {code} has an open problem #{problem}; handle it at the exceptions desk first.</source>
        <translation>已有未结问题：{code} 有未结问题件 #{problem}；请先在问题件处理台处理。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="255"/>
        <source>Say either return to sender or the new address.</source>
        <translation>请说明退回寄件人，或填写新地址。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="257"/>
        <source>Problem #{problem}: an action is waiting for a second person&apos;s approval.</source>
        <translation>问题件 #{problem}：有操作正等待另一人审批。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="259"/>
        <source>Problem #{problem} has nothing waiting for approval.</source>
        <translation>问题件 #{problem} 没有待审批的操作。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="261"/>
        <source>Problem #{problem}: the approval must come from a second person, not from whoever asked for it.</source>
        <translation>问题件 #{problem}：审批必须由另一人完成，不能由申请人自己审批。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="264"/>
        <source>Problem #{problem} is already closed; register a new problem if there is more to do.</source>
        <translation>问题件 #{problem} 已关闭；如还需处理，请登记新的问题件。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="267"/>
        <source>No routing rule matches the new address: add the province/city/district or a postcode.</source>
        <translation>没有与新地址匹配的路由规则：请补充省/市/区或邮编。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="270"/>
        <source>Whoever declared a cash-up cannot approve its variance: ask another finance user or a supervisor.</source>
        <translation>申报交款的人不能审批其差异：请由其他财务人员或主管审批。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="273"/>
        <source>A claim needs an amount above zero.</source>
        <translation>理赔金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="274"/>
        <source>A claim is capped at the declared value {cap}.</source>
        <translation>理赔金额不能超过保价金额 {cap}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="501"/>
        <source>The database schema ({current}) is newer than this version of carrier_app knows (latest {head}): update carrier_app on this workstation.</source>
        <extracomment>Errors without a reason of their own, by code.</extracomment>
        <translation>数据库结构（{current}）比此版本 carrier_app 所知的更新（最新为 {head}）：请更新本工作站的 carrier_app。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="507"/>
        <source>The database refused the change ({kind} rule): nothing was saved.</source>
        <translation>数据库拒绝了此次修改（{kind} 约束）：未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="509"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>导入已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="554"/>
        <source>{code}: no such waybill in the system</source>
        <translation>{code}：系统中没有该运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="334"/>
        <location filename="../../carrier_app/ui/messages.py" line="555"/>
        <source>{code} is {current}; cannot be {requested}</source>
        <translation>{code} 当前为“{current}”，不能变为“{requested}”</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="556"/>
        <source>{code} is {current}: it can no longer be edited (only while it is Created)</source>
        <translation>{code} 当前为{current}：已不能修改（仅在“已创建”状态下可改）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="558"/>
        <source>You are not allowed to do this ({detail})</source>
        <translation>您无权执行此操作（{detail}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="559"/>
        <source>You are not allowed to do this: a {role} may not {permission}.</source>
        <translation>您无权执行此操作：{role}不能{permission}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="563"/>
        <source>record scans</source>
        <extracomment>core.roles.Permission, as the refusal names it.</extracomment>
        <translation>登记扫描</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="564"/>
        <source>read parcel histories</source>
        <translation>查看包裹轨迹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="565"/>
        <source>create waybills</source>
        <translation>创建运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="566"/>
        <source>cancel waybills</source>
        <translation>取消运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="567"/>
        <source>print labels</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="568"/>
        <source>manage merchants</source>
        <translation>管理商家</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="569"/>
        <source>change merchants&apos; payout details</source>
        <translation>修改商家结算账户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="570"/>
        <source>manage pickup requests</source>
        <translation>管理揽收请求</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="571"/>
        <source>manage routing rules</source>
        <translation>管理路由规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="572"/>
        <source>route parcels by hand</source>
        <translation>人工路由包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="573"/>
        <source>manage bags</source>
        <translation>管理袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="574"/>
        <source>manage manifests</source>
        <translation>管理交接单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="575"/>
        <source>dispatch couriers</source>
        <translation>调度快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="576"/>
        <source>record deliveries</source>
        <translation>登记派送结果</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="577"/>
        <source>hold parcels or raise exceptions</source>
        <translation>扣件或登记异常</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="578"/>
        <source>do cash-ups</source>
        <translation>办理交款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="579"/>
        <source>approve cash-up variances</source>
        <translation>审批交款差异</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="580"/>
        <source>settle merchant statements</source>
        <translation>结算商家对账单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="581"/>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="582"/>
        <source>manage the network</source>
        <translation>管理网络</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="583"/>
        <source>accept listed contents</source>
        <translation>收寄禁限寄物品</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="588"/>
        <source>Wrong user name or password.</source>
        <extracomment>Worded by their error&apos;s code alone (the reason only says which case): auth_failed (bad_credentials), account_locked (too_many_failures), password_change_required (initial_password) below; schema_too_new (schema_newer) and constraint (db_rule) in CODES.</extracomment>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="589"/>
        <source>This account is locked after too many failed log-ins. Try again later or ask an administrator.</source>
        <translation>登录失败次数过多，账户已锁定。请稍后再试或联系管理员。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="532"/>
        <source>{code} is {status} at {at}, not at its destination {destination}: it cannot be assigned or handed out here. Forward it there (Sort station: Forward).</source>
        <translation>{code} 状态为{status}，位于 {at}，不在目的网点 {destination}：此处不能分配或交付。请转发过去（分拣台：转发）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="523"/>
        <location filename="../../carrier_app/ui/messages.py" line="526"/>
        <source>{code} is {status} at {at}; missort: send to {destination}. Put it aside and forward it (Sort station: Forward).</source>
        <extracomment>A parcel handled where it does not belong (core.location), by reason: the parcel, its status, where it is, where it must go and what to do instead.</extracomment>
        <translation>{code} 状态为{status}，位于 {at}；错分: 应发 {destination}。请放一边并转发（分拣台：转发）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="535"/>
        <source>{code} is {status} at {at}; only its destination {destination} hands it out (its couriers, its counter).</source>
        <translation>{code} 状态为{status}，位于 {at}；只能由目的网点 {destination} 派送或自提（其快递员、其柜台）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="59"/>
        <source>Missort (wrong place)</source>
        <translation>错分（不在路径上）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="60"/>
        <source>Forwarded</source>
        <translation>已转发</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="529"/>
        <source>{code} is {status} at {at} and was not scanned in here: scan it in at arrival first.</source>
        <translation>{code} 状态为{status}，位于 {at}，本站未做到件扫描：请先到件扫描。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="596"/>
        <source>{username} must change the initial password before working.</source>
        <extracomment>A real depot install (auth/install.py) and initial passwords, by reason / code.</extracomment>
        <translation>{username} 须先修改初始密码才能操作。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="598"/>
        <source>This database is not empty (it has a network or users): a depot is set up on a new, empty database only.</source>
        <translation>此数据库不是空的（已有网点或用户）：只能在新的空数据库上设置站点。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="601"/>
        <source>This is a real depot&apos;s database: demo data and demo accounts are never added to it.</source>
        <translation>这是正式站点的数据库：不能添加演示数据和演示账号。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="604"/>
        <source>Site {value}: a hub code (2–8 letters or digits, e.g. 571) or a branch code hub-number (e.g. 571-12).</source>
        <translation>站点 {value}：应为转运中心代码（2–8 位字母或数字，如 571）或营业部代码“中心-编号”（如 571-12）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="607"/>
        <source>Password: at least 8 characters.</source>
        <translation>密码：至少 8 个字符。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="608"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="96"/>
        <source>Over the insurance (保价) cap: declare less, or refuse the parcel</source>
        <translation>超过保价上限：请降低保价金额，或拒收</translation>
    </message>
    <message>
        <source>Bag {bag} is {status}: only an open, empty bag can be voided</source>
        <translation type="vanished">袋 {bag} 状态为 {status}：只有未封的空袋可以作废</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="741"/>
        <source>Bag {bag} still holds {pieces} parcel(s): take them out before voiding it</source>
        <extracomment>Bags voided and print jobs (issue 12): by the error&apos;s reason.</extracomment>
        <translation>袋 {bag} 内还有 {pieces} 件：请先取出再作废</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="745"/>
        <source>Print job {job} does not exist</source>
        <translation>打印任务 {job} 不存在</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="276"/>
        <source>Collect ¥{due}: the COD and the 到付 freight together; the amount entered is not that.</source>
        <translation>应收 ¥{due}（代收货款加到付运费），所填金额不符。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="279"/>
        <source>The backup file is damaged and cannot be restored.</source>
        <translation>备份文件已损坏，无法恢复。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="281"/>
        <source>There is no backup file at that path.</source>
        <translation>该路径下没有备份文件。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="283"/>
        <source>This file is not a carrier_app backup.</source>
        <translation>该文件不是 carrier_app 的备份。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="285"/>
        <source>The backup was made by a newer version of carrier_app: update this workstation first.</source>
        <translation>该备份由更新版本的 carrier_app 生成：请先升级本工作站。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="288"/>
        <source>This backup is of the other kind of database (SQLite or PostgreSQL): restore it into that kind.</source>
        <translation>该备份属于另一种数据库（SQLite 或 PostgreSQL）：请恢复到同类数据库。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="291"/>
        <source>{tool} is not installed: install the PostgreSQL client tools to back up or restore a PostgreSQL database.</source>
        <translation>未安装 {tool}：备份或恢复 PostgreSQL 数据库需先安装 PostgreSQL 客户端工具。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="294"/>
        <source>The PostgreSQL client tool failed; the backup or restore did not complete.</source>
        <translation>PostgreSQL 客户端工具运行失败，备份或恢复未完成。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="296"/>
        <source>The backup file cannot be read (no permission or a failing disk).</source>
        <translation>无法读取备份文件（无权限或磁盘故障）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="298"/>
        <source>The backup copy failed its integrity check and was not kept.</source>
        <translation>备份副本未通过完整性检查，未予保留。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="300"/>
        <source>The column mapping sends column {column} to a field that does not exist.</source>
        <translation>列对应把 {column} 列对应到了不存在的字段。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="302"/>
        <source>No saved column mapping is named {name}.</source>
        <translation>没有名为 {name} 的已保存列对应。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="304"/>
        <source>A number Excel shortened (its last digits are lost): format the column as Text in Excel and export the file again.</source>
        <translation>该数字已被 Excel 缩写（末几位已丢失）：请在 Excel 中把该列设为文本格式后重新导出。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="307"/>
        <source>No weight: give the row a weight, or set the merchant&apos;s default weight for files without one.</source>
        <translation>缺少重量：请填写重量，或为该商家设置默认重量（用于无重量列的文件）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="743"/>
        <source>Bag {bag} is no longer open: only an open, empty bag can be voided</source>
        <translation>袋 {bag} 已不是未封状态：只有未封的空袋可以作废</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="541"/>
        <source>{value} is not a month: write YYYY-MM, e.g. 2026-11</source>
        <extracomment>The monthly bill and its netting (finance/billing, finance/settlement), by reason.</extracomment>
        <translation>{value} 不是月份：请按 YYYY-MM 填写，例如 2026-11</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="543"/>
        <source>{month} is not over yet: a month is billed once it has ended</source>
        <translation>{month} 尚未结束：月份结束后才能开具账单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="545"/>
        <source>Nothing to bill in {month}: no received, priced 月结 parcel is unbilled</source>
        <translation>{month} 没有可开账单的运单：没有已收寄、已计价且未开账单的月结运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="547"/>
        <source>Some of these parcels were billed meanwhile by someone else: show the month again</source>
        <translation>部分运单刚被他人开具账单：请重新查看该月</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="550"/>
        <source>No bill {bill} of this merchant</source>
        <translation>该商家没有账单 {bill}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="551"/>
        <source>Bill {bill} was already netted on a statement: a bill is netted once</source>
        <translation>账单 {bill} 已在结算单中抵扣：每张账单只能抵扣一次</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="312"/>
        <source>User name: 1–40 characters, no spaces.</source>
        <translation>用户名：1–40 个字符，不能有空格。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="313"/>
        <source>Unknown role {value}: administrator, supervisor, clerk, sorter, dispatcher or finance.</source>
        <translation>未知角色 {value}：只能是管理员、主管、柜台文员、分拣员、调度员或财务。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="316"/>
        <source>User {username} already exists.</source>
        <translation>用户 {username} 已存在。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="317"/>
        <source>No user {username}.</source>
        <translation>没有用户 {username}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="318"/>
        <source>This database already has users: an administrator adds the next ones.</source>
        <translation>该数据库已有用户：其他用户须由管理员添加。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="320"/>
        <source>You are not allowed to do this: your role does not permit it.</source>
        <translation>您无权执行此操作：您的角色没有此权限。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="322"/>
        <source>Only finance or a supervisor may change a merchant&apos;s payout details.</source>
        <translation>只有财务或主管可以修改商家的结算账户信息。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="324"/>
        <source>Only a supervisor may accept contents on the prohibited/restricted list.</source>
        <translation>只有主管可以特批收寄禁寄/限寄清单上的物品。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="327"/>
        <source>{value} is not an IANA time zone name (e.g. Asia/Shanghai): correct CARRIER_TZ.</source>
        <translation>{value} 不是 IANA 时区名（例如 Asia/Shanghai）：请更正 CARRIER_TZ。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="330"/>
        <source>{code}: collect ¥{due}; give --amount {due} and --method cash|transfer.</source>
        <translation>{code}：应收 ¥{due}；请给出 --amount {due} 和 --method cash|transfer。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="332"/>
        <source>--signature {value}: not a signed PNG image.</source>
        <translation>--signature {value}：不是有签名的 PNG 图片。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="335"/>
        <source>{code} is {current}: only a parcel not yet picked up can be cancelled.</source>
        <translation>{code} 当前为“{current}”：只有尚未揽收的包裹才能取消。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="337"/>
        <source>{code} is {current}, not on hold: there is nothing to release.</source>
        <translation>{code} 当前为“{current}”，未被扣件：无需放行。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="339"/>
        <source>{code} was already {current} (scanned at another place): this scan was not recorded.</source>
        <translation>{code} 已是“{current}”（在其他网点扫描过）：本次扫描未记录。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="342"/>
        <source>{code} has an open problem #{problem}: it takes no normal scan until the exceptions desk resolves it.</source>
        <translation>{code} 有未结问题件 #{problem}：问题件处理台处理完毕前，不能做常规扫描。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="345"/>
        <source>{code} is {current}, not out for delivery.</source>
        <translation>{code} 当前为“{current}”，不在派送中。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="347"/>
        <source>{code} is {current}: it cannot be handed over at the counter.</source>
        <translation>{code} 当前为“{current}”：不能在网点柜台自提交付。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="349"/>
        <source>{code} is {current}: it cannot be returned to the sender.</source>
        <translation>{code} 当前为“{current}”：不能退回寄件人。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="351"/>
        <source>{code} has no branch to return to.</source>
        <translation>{code} 没有可退回的网点。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="353"/>
        <source>{value} is not a reason for a failed delivery: choose one from the list.</source>
        <translation>{value} 不是派送失败原因：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="355"/>
        <source>The next attempt date is in the past.</source>
        <translation>下次派送日期不能早于今天。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="356"/>
        <source>The receiver&apos;s name is required.</source>
        <translation>请填写签收人姓名。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="357"/>
        <source>{value} is not a relation to the addressee: choose one from the list.</source>
        <translation>{value} 不是与收件人的关系：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="359"/>
        <source>The photo is larger than 8 MB.</source>
        <translation>照片超过 8 MB。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="360"/>
        <source>Attach the signed stub or run-sheet page.</source>
        <translation>请附上签收联或派件单页。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="361"/>
        <source>Say how the money was paid (cash or transfer).</source>
        <translation>请选择收款方式（现金或转账）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="363"/>
        <source>No proof of delivery is recorded for these waybills.</source>
        <translation>这些运单没有签收记录。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="364"/>
        <source>The signature has too many points: clear it and sign again.</source>
        <translation>签名的笔迹点过多：请清除后重新签名。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="366"/>
        <source>The signature cannot be read: clear it and sign again.</source>
        <translation>无法读取签名：请清除后重新签名。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="369"/>
        <source>Courier {code} is deactivated.</source>
        <translation>快递员 {code} 已停用。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="370"/>
        <source>{code} is already assigned to {courier}.</source>
        <translation>{code} 已分配给快递员 {courier}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="371"/>
        <source>{code} is assigned to {courier}; give a reason to reassign it</source>
        <translation>{code} 已分配给 {courier}；改派须填写原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="373"/>
        <source>Courier code: letters and digits, at most 16.</source>
        <translation>快递员编号：字母和数字，最多 16 位。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="374"/>
        <source>The courier&apos;s name is required.</source>
        <translation>请填写快递员姓名。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="375"/>
        <source>Capacity: 1 to 999 parcels.</source>
        <translation>容量：1 至 999 件。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="376"/>
        <source>Branch {code} has no route {route}.</source>
        <translation>网点 {code} 没有路线 {route}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="377"/>
        <source>Run {code} is closed: it can no longer be changed.</source>
        <translation>派送批次 {code} 已结束，不能再更改。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="379"/>
        <source>{code} is not on run {run}.</source>
        <translation>{code} 不在派送批次 {run} 中。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="380"/>
        <source>Run {code}: {count} parcel(s) not accounted for: {waybills}</source>
        <translation>派送批次 {code} 还有 {count} 件未核销：{waybills}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="383"/>
        <source>Cash-up {cash_up} is closed and cannot be changed.</source>
        <translation>交款单 {cash_up} 已结，不能再更改。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="385"/>
        <source>A reason is required to approve a variance.</source>
        <translation>批准差额须填写原因。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="386"/>
        <source>Cash-up {cash_up} has no declared variance to approve.</source>
        <translation>交款单 {cash_up} 没有待审批的差额。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="388"/>
        <source>Unknown payment method {value}.</source>
        <translation>未知收款方式 {value}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="389"/>
        <source>The period ends before it begins.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="390"/>
        <source>Nothing to settle for {merchant} from {start} to {end}.</source>
        <translation>商家 {merchant} 在 {start} 至 {end} 期间没有可结算的包裹。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="392"/>
        <source>Some of these parcels were settled meanwhile by someone else: preview again.</source>
        <translation>其中部分包裹刚被他人结算：请重新预览。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="396"/>
        <source>Merchant code: 2–16 letters or digits.</source>
        <translation>商家编号：2–16 位字母或数字。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="397"/>
        <source>Merchant code {code} is already used.</source>
        <translation>商家编号 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="398"/>
        <source>Settlement cycle {value}: daily, weekly or monthly.</source>
        <translation>结算周期 {value} 无效：只能是每日、每周或每月。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="400"/>
        <source>Settlement account: 8–30 digits.</source>
        <translation>结算账号：8–30 位数字。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="401"/>
        <source>An account number needs the account holder&apos;s name.</source>
        <translation>填写结算账号时须填写开户名。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="403"/>
        <source>No branch {code}.</source>
        <translation>没有网点 {code}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="404"/>
        <source>Weight: more than 0 and at most 1000 kg.</source>
        <translation>重量：须大于 0 公斤，且不超过 1000 公斤。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="405"/>
        <source>{value} is not a weight (e.g. 1.25 or 1250g).</source>
        <translation>{value} 不是重量（例如 1.25 或 1250g）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="406"/>
        <source>Time window: HH:MM to HH:MM.</source>
        <translation>揽收时间段：HH:MM 至 HH:MM。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="407"/>
        <source>The time window must end after it starts.</source>
        <translation>时间段的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="408"/>
        <source>Expected pieces: 1 to 9999.</source>
        <translation>预计件数：1 至 9999。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="409"/>
        <source>No active courier {code}.</source>
        <translation>快递员 {code} 不存在或已停用。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="410"/>
        <source>Pickup request {request} has no courier yet: assign a courier first.</source>
        <translation>揽收请求 {request} 尚未指派快递员：请先指派快递员。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="412"/>
        <source>Pickup request {request} is closed or cancelled: it can no longer be changed.</source>
        <translation>揽收请求 {request} 已关闭或已取消，不能再更改。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="416"/>
        <source>No rate for {service} from {origin} to {destination}: add a row for these places (or a * row) to the rate card.</source>
        <translation>价目表中没有 {service} 从 {origin} 到 {destination} 的价格：请为这些地区（或 * 通配）添加一行。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="419"/>
        <source>A rate row needs a service, an origin and a destination (a province or city name, or *).</source>
        <translation>价格行须填写服务、始发地和目的地（省名或市名，或 *）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="422"/>
        <source>Column {column} of a rate row is empty.</source>
        <translation>价格行的 {column} 列为空。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="423"/>
        <source>The first weight and the weight step must be more than 0 kg (got {value}).</source>
        <translation>首重和续重须大于 0 公斤（现为 {value}）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="425"/>
        <source>The first weight and the weight step have at most 3 decimals.</source>
        <translation>首重和续重最多 3 位小数。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="427"/>
        <source>The volumetric divisor must be a whole number above 0 (got {value}).</source>
        <translation>体积重除数须为大于 0 的整数（现为 {value}）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="429"/>
        <source>The rate card has {count} problem(s); nothing was imported: {details}</source>
        <translation>价目表有 {count} 处问题，未导入任何内容：{details}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="431"/>
        <source>{value} must not be negative.</source>
        <translation>{value} 不能为负数。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="432"/>
        <source>Dimensions {value} cm: length, width and height must each be a whole number above 0.</source>
        <translation>尺寸 {value} 厘米：长、宽、高须均为大于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="435"/>
        <source>Dimensions: a side over 1000 cm is not a parcel.</source>
        <translation>尺寸：单边超过 1000 厘米，不能按包裹收寄。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="437"/>
        <source>Discount {value}: a percentage from 0 to 100, at most two decimals.</source>
        <translation>折扣 {value}：须为 0 到 100 之间的百分比，最多两位小数。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="439"/>
        <source>Payer {value}: sender pays cash (寄付现结), monthly account (寄付月结), receiver (到付) or third party.</source>
        <translation>付款方式 {value} 无效：只能是寄付现结、寄付月结、到付或第三方付。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="442"/>
        <source>Monthly account (寄付月结) needs a merchant to bill.</source>
        <translation>寄付月结须有商家承担运费。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="445"/>
        <source>{value} is not a problem reason: choose one from the list.</source>
        <translation>{value} 不是问题件原因：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="447"/>
        <source>{value} is not an action for a problem: choose one from the list.</source>
        <translation>{value} 不是问题件处理方式：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="449"/>
        <source>Say whom you called.</source>
        <translation>请填写联系了谁。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="450"/>
        <source>Say what came of the call.</source>
        <translation>请填写联系结果。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="451"/>
        <source>Whom: at most 80 characters; outcome: at most 200.</source>
        <translation>联系人最多 80 个字符；联系结果最多 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="453"/>
        <source>Say why the parcel is held or marked as an exception.</source>
        <translation>请填写扣件或登记异常的原因。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="456"/>
        <source>A day report is a PDF or an XLSX, not {value}.</source>
        <translation>日报只能是 PDF 或 XLSX，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="458"/>
        <source>Hours must be a whole number.</source>
        <translation>小时数须为整数。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="459"/>
        <source>The row limit must be positive.</source>
        <translation>行数上限须为正数。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="460"/>
        <source>Unknown document kind {value}.</source>
        <translation>未知单据类型 {value}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="461"/>
        <source>Unknown print format {value}.</source>
        <translation>未知打印格式 {value}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="462"/>
        <source>A reason is required to cancel a waybill.</source>
        <translation>取消运单须填写原因。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="463"/>
        <source>Label size {value}: 100x150, 100x180 or 76x130.</source>
        <translation>面单尺寸 {value} 无效：只能是 100x150、100x180 或 76x130。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="464"/>
        <source>No waybills to print.</source>
        <translation>没有要打印的运单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="466"/>
        <source>No arrival check {session}.</source>
        <translation>没有到件核对 {session}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="467"/>
        <source>Arrival check {session} is closed.</source>
        <translation>到件核对 {session} 已结束。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="468"/>
        <source>Bag {code} is already sealed (or has left): it cannot be sealed again.</source>
        <translation>袋 {code} 已封袋（或已发出），不能再次封袋。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="470"/>
        <source>Bag {code} is empty: there is nothing to seal.</source>
        <translation>袋 {code} 是空袋：无需封袋。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="471"/>
        <source>Bag {code} has left or was voided: it can no longer be changed.</source>
        <translation>袋 {code} 已发出或已作废，不能再更改。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="473"/>
        <source>{code} is not in bag {bag}.</source>
        <translation>{code} 不在袋 {bag} 中。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="474"/>
        <source>Say why the parcel is taken out of the bag.</source>
        <translation>请填写从袋中取出包裹的原因。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="475"/>
        <source>Say why the bag is voided.</source>
        <translation>请填写作废该袋的原因。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="476"/>
        <source>Bag {code} is not sealed (or has left): only sealed bags go on a manifest.</source>
        <translation>袋 {code} 未封袋（或已发出）：只有已封的袋才能装上交接单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="478"/>
        <source>{code} is already on a manifest.</source>
        <translation>{code} 已在交接单上。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="479"/>
        <source>{code} is {status}: a loose parcel must be sorted first (bagged ones travel in their bag).</source>
        <translation>{code} 当前为“{status}”：散件须先分拣（已集包的包裹随袋发运）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="482"/>
        <source>A manifest goes to another place than this one.</source>
        <translation>交接单的目的地须是其他网点，不能是本网点。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="484"/>
        <source>Manifest {code} has departed: it can no longer be changed.</source>
        <translation>交接单 {code} 已发车，不能再更改。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="486"/>
        <source>Manifest {code} has arrived: it cannot depart again.</source>
        <translation>交接单 {code} 已到达，不能再次发车。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="488"/>
        <source>Manifest {code} is empty: there is nothing to depart.</source>
        <translation>交接单 {code} 是空的：没有可发车的包裹。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="490"/>
        <source>The vehicle, the seal number and the driver are required to depart.</source>
        <translation>发车须填写车辆、封签号和司机。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="492"/>
        <source>A postcode prefix is 1 to 6 digits.</source>
        <translation>邮编前缀为 1–6 位数字。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="493"/>
        <source>Give a postcode prefix or at least one of province, city, district.</source>
        <translation>请填写邮编前缀，或省、市、区至少一项。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="495"/>
        <source>No routing rule #{rule}.</source>
        <translation>没有分拣规则 #{rule}。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/messages.py" line="496"/>
        <source>{code} is {status}: it cannot be re-routed.</source>
        <translation>{code} 当前为“{status}”：不能改派路由。</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../carrier_app/ui/password_dialog.py" line="21"/>
        <source>Change the initial password</source>
        <translation>修改初始密码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/password_dialog.py" line="22"/>
        <source>{user}: this is an initial password. Choose your own (at least 8 characters) to continue.</source>
        <translation>{user}：这是初始密码。请设置您自己的密码（至少 8 个字符）后继续。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/password_dialog.py" line="37"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/password_dialog.py" line="38"/>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/password_dialog.py" line="53"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/offline_banner.py" line="14"/>
        <source>status (cancelled, on hold, moved on)</source>
        <translation>状态（已取消、扣件、已流转）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/offline_banner.py" line="15"/>
        <source>duplicates</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/offline_banner.py" line="16"/>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/offline_banner.py" line="17"/>
        <source>destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/offline_banner.py" line="18"/>
        <source>courier&apos;s branch and capacity</source>
        <translation>快递员所属网点及容量</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/offline_banner.py" line="19"/>
        <source>manifest</source>
        <translation>交接单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/offline_banner.py" line="20"/>
        <source>weight and price</source>
        <translation>重量及运费</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/offline_banner.py" line="27"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/offline_banner.py" line="28"/>
        <source>{code}: saved on this workstation (offline); not checked yet: {checks}</source>
        <translation>{code}：已离线保存在本工作站；尚未检查：{checks}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/offline_banner.py" line="30"/>
        <source>Offline — {n} scans waiting</source>
        <translation>离线 — {n} 件待上传</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/offline_banner.py" line="31"/>
        <source>Not checked until the server is back: {checks}</source>
        <translation>服务器恢复前无法检查：{checks}（恢复后上传时重新检查）</translation>
    </message>
</context>
<context>
    <name>PageKit</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/page_kit.py" line="75"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ParcelListDialog</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="62"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="63"/>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="64"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="65"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="66"/>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="67"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="101"/>
        <source>Save as CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="102"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="103"/>
        <source>Enter or double-click: track the parcel</source>
        <translation>回车或双击：查询该件轨迹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="110"/>
        <source>{what} — loading…</source>
        <translation>{what} — 加载中…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="112"/>
        <source>{what} — first {n} parcels</source>
        <translation>{what} — 前 {n} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="115"/>
        <source>{what} — {n} parcels</source>
        <translation>{what} — {n} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="124"/>
        <source>More than {n} parcels: the first {n} are listed</source>
        <translation>超过 {n} 件：仅列出前 {n} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/parcel_list_dialog.py" line="156"/>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/pdf_preview.py" line="37"/>
        <source>Pages: {0}</source>
        <translation>共 {0} 页</translation>
    </message>
</context>
<context>
    <name>Permit</name>
    <message>
        <location filename="../../carrier_app/ui/permit.py" line="15"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/permit.py" line="20"/>
        <source>Only {roles} can do this</source>
        <translation>仅限{roles}操作</translation>
    </message>
</context>
<context>
    <name>PickupRequestsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="65"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="66"/>
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="67"/>
        <source>Window</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="68"/>
        <source>Expected</source>
        <translation>预计件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="69"/>
        <source>Collected</source>
        <translation>已揽收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="70"/>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="71"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="72"/>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="104"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="95"/>
        <source>Pickup requests</source>
        <translation>揽收请求</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="98"/>
        <source>Waiting for a courier</source>
        <translation>待指派快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="98"/>
        <source>Courier assigned</source>
        <translation>已指派快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="99"/>
        <source>Closed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="99"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="103"/>
        <source>Merchant code</source>
        <translation>商户编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="105"/>
        <source>Courier code or badge scan</source>
        <translation>快递员编号或扫描工牌</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="106"/>
        <source>Add request</source>
        <translation>添加揽收请求</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="107"/>
        <source>Assign courier</source>
        <translation>指派快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="108"/>
        <source>Close and print receipt</source>
        <translation>完成并打印揽收单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="109"/>
        <source>Pickup date:</source>
        <translation>揽收日期：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="110"/>
        <source>Merchant / window / pieces:</source>
        <translation>商户 / 时间段 / 件数：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="111"/>
        <source>Courier:</source>
        <translation>快递员：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="111"/>
        <source>Collect:</source>
        <translation>揽收扫描：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="130"/>
        <source>Pick a request below</source>
        <translation>请在下方选择揽收请求</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="131"/>
        <source>Pickup {id}: {m} — {got} of {exp} collected ({state})</source>
        <translation>揽收 {id}：{m} — 已收 {got} / {exp} 件（{state}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="151"/>
        <source>Pickup {id} added</source>
        <translation>已添加揽收请求 {id}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="163"/>
        <source>{courier} assigned</source>
        <translation>已指派 {courier}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="171"/>
        <source>Pick a pickup request first</source>
        <translation>请先选择揽收请求</translation>
    </message>
    <message>
        <source>Pickup {id} closed: {got} of {exp} collected. Receipt: {path}</source>
        <translation type="vanished">揽收 {id} 已完成：预计 {exp} 件，实收 {got} 件。揽收单：{path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="198"/>
        <source>Pickup {id} closed: {got} of {exp} collected.</source>
        <translation>揽收 {id} 已完成：预计 {exp} 件，实收 {got} 件。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not available yet</source>
        <translation type="vanished">暂未开放</translation>
    </message>
    <message>
        <source>The {section} screens are not part of this release yet.</source>
        <translation type="vanished">“{section}”功能尚未包含在本版本中。</translation>
    </message>
</context>
<context>
    <name>PrintNotice</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/print_notice.py" line="79"/>
        <source>No printer set: saved as {path}</source>
        <translation>未设置打印机：已保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/print_notice.py" line="81"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/print_notice.py" line="70"/>
        <source>Printing failed: {0}</source>
        <translation>打印失败：{0}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/print_notice.py" line="83"/>
        <source>Sent to printer {printer}</source>
        <translation>已发送到打印机 {printer}</translation>
    </message>
</context>
<context>
    <name>PrintQueuePage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="24"/>
        <source>Bag label</source>
        <translation>袋标签</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="51"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="31"/>
        <source>Cash-up receipt</source>
        <translation>交款凭证</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="49"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="23"/>
        <source>Label</source>
        <translation>面单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="25"/>
        <source>Manifest</source>
        <translation>交接单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="50"/>
        <source>Of</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="26"/>
        <source>Pickup receipt</source>
        <translation>揽收单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="80"/>
        <source>Print again (补打)</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="76"/>
        <source>Print queue</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="119"/>
        <source>Printed again, marked 补打: {0}</source>
        <translation>已补打（带“补打”标记）：{0}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="53"/>
        <source>Printer or file</source>
        <translation>打印机或文件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="28"/>
        <source>Proof of delivery</source>
        <translation>签收单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="79"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="30"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="52"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="27"/>
        <source>Run sheet</source>
        <translation>派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="81"/>
        <source>Shift+click opens the print dialog</source>
        <translation>按住 Shift 点击可打开打印对话框</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="29"/>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="32"/>
        <source>Test page</source>
        <translation>测试页</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="113"/>
        <source>This label was sent as ZPL; set a ZPL label printer to print it again.</source>
        <translation>此面单以 ZPL 发送；请设置 ZPL 标签打印机后再补打。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="48"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/print_queue.py" line="33"/>
        <source>Label test page</source>
        <translation>标签测试页</translation>
    </message>
</context>
<context>
    <name>ProblemsDeskPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="67"/>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="225"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="68"/>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="225"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="69"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="70"/>
        <source>Parcel</source>
        <translation>包裹状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="71"/>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="71"/>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="72"/>
        <source>Opened</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="73"/>
        <source>By / where</source>
        <translation>登记人 / 网点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="74"/>
        <source>Note / instruction</source>
        <translation>备注 / 指令</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="169"/>
        <source>Exceptions desk</source>
        <translation>问题件处理台</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="173"/>
        <source>Address unclear</source>
        <translation>地址不详</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="174"/>
        <source>Phone wrong / no answer</source>
        <translation>电话错误/无人接听</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="175"/>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="176"/>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="177"/>
        <source>Short / lost</source>
        <translation>短少/丢失</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="178"/>
        <source>Prohibited goods</source>
        <translation>禁寄/违禁</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="179"/>
        <source>Merchant intercept</source>
        <translation>商家拦截</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="180"/>
        <source>Out of area</source>
        <translation>超区</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="181"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="186"/>
        <source>New address (re-route, reprint label)</source>
        <translation>改地址（重新分拣，补打面单）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="187"/>
        <source>Return to sender</source>
        <translation>退回寄件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="188"/>
        <source>Deliver as is</source>
        <translation>照常派送</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="189"/>
        <source>Hand to claims (needs approval)</source>
        <translation>转理赔（需复核）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="190"/>
        <source>Destroy (needs approval)</source>
        <translation>销毁（需复核）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="196"/>
        <source>new address</source>
        <translation>已改址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="196"/>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="197"/>
        <source>as is</source>
        <translation>照常派送</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="197"/>
        <source>claim</source>
        <translation>理赔</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="198"/>
        <source>destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="199"/>
        <source>Closed: {how}</source>
        <translation>已处理：{how}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="201"/>
        <source>Awaiting approval ({who})</source>
        <translation>待复核（{who} 申请）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="202"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="206"/>
        <source>Intercept: return to sender</source>
        <translation>拦截：退回寄件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="208"/>
        <source>Intercept: new address {address} → {code}</source>
        <translation>改址：{address} → {code}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="213"/>
        <source>Scan:</source>
        <translation>扫描：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="214"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="215"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="216"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="217"/>
        <source>Open problems</source>
        <translation>待处理问题件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="218"/>
        <source>All problems</source>
        <translation>全部问题件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="221"/>
        <source>All reasons</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="224"/>
        <source>Register a problem (the parcel goes on hold)</source>
        <translation>登记问题件（包裹将被扣留）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="226"/>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="238"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="228"/>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="229"/>
        <source>Photo attached</source>
        <translation>已附照片</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="230"/>
        <source>Register problem</source>
        <translation>登记问题件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="231"/>
        <source>Contact log</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="232"/>
        <source>Called</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="233"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="234"/>
        <source>Log call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="235"/>
        <source>Resolve the selected problem</source>
        <translation>处理所选问题件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="237"/>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="237"/>
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="237"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="238"/>
        <source>Claim amount (¥)</source>
        <translation>理赔金额（¥）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="240"/>
        <source>Resolve</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="241"/>
        <source>Approve (second person)</source>
        <translation>复核通过（第二人）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="275"/>
        <source>Select a problem in the list, or scan a parcel.</source>
        <translation>在列表中选择问题件，或扫描包裹。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="277"/>
        <source>#{id} {waybill}: {reason} — {state}; open {h} h</source>
        <translation>#{id} {waybill}：{reason} — {state}；已 {h} 小时</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="290"/>
        <source>{code}: {reason}</source>
        <translation>{code}：{reason}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="295"/>
        <source>{code}: no open problem — choose a reason to register one</source>
        <translation>{code}：没有待处理的问题件 — 选择原因即可登记</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="299"/>
        <source>Photo of the parcel</source>
        <translation>包裹照片</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="317"/>
        <source>{code} registered as problem #{id} and put on hold</source>
        <translation>{code} 已登记为问题件 #{id} 并扣留</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="336"/>
        <source>Select a problem first</source>
        <translation>请先选择一个问题件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="346"/>
        <source>Call logged</source>
        <translation>通话已记录</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="365"/>
        <source>{code}: problem #{id} closed — parcel {status}</source>
        <translation>{code}：问题件 #{id} 已处理 — 包裹{status}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="369"/>
        <source>{code}: waiting for a second person&apos;s approval</source>
        <translation>{code}：等待第二人复核</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="372"/>
        <source>Sort code {code}</source>
        <translation>三段码 {code}</translation>
    </message>
    <message>
        <source>Label (补打) saved to {path}</source>
        <translation type="vanished">面单（补打）已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/problems_desk.py" line="390"/>
        <source>{code}: approved, problem #{id} closed</source>
        <translation>{code}：已复核，问题件 #{id} 已处理</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../carrier_app/ui/qt_gaps.py" line="12"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/qt_gaps.py" line="13"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/qt_gaps.py" line="14"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../carrier_app/ui/qt_gaps.py" line="10"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/qt_gaps.py" line="11"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuoteBox</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="77"/>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="84"/>
        <source>Quote</source>
        <translation>运费试算</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="79"/>
        <source>From</source>
        <translation>寄件地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="79"/>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="79"/>
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="80"/>
        <source>Size L×W×H (cm)</source>
        <translation>尺寸 长×宽×高（cm）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="80"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="80"/>
        <source>Declared value</source>
        <translation>保价金额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="81"/>
        <source>Merchant code</source>
        <translation>商家编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="83"/>
        <source>province and/or city, e.g. 浙江省杭州市</source>
        <translation>省和/或市，如 浙江省杭州市</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="85"/>
        <source>Standard</source>
        <translation>标快</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="86"/>
        <source>Express</source>
        <translation>特快</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="121"/>
        <source>Chargeable weight: {kg} kg</source>
        <translation>计费重量：{kg} kg</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="123"/>
        <source>Volumetric weight: {kg} kg</source>
        <translation>体积重量：{kg} kg</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="125"/>
        <source>Freight: ¥{amount}</source>
        <translation>运费：¥{amount}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="126"/>
        <source> (minimum charge)</source>
        <translation>（最低收费）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="128"/>
        <source>Remote area</source>
        <translation>偏远地区</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="128"/>
        <source>Oversize</source>
        <translation>超长超重</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="129"/>
        <source>Surcharge, {name}: ¥{amount}</source>
        <translation>附加费（{name}）：¥{amount}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="132"/>
        <source>Discount {pct}%: -¥{amount}</source>
        <translation>折扣 {pct}%：-¥{amount}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="134"/>
        <source>Insurance: ¥{amount}</source>
        <translation>保价费：¥{amount}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/quote_box.py" line="135"/>
        <source>Total: ¥{amount}</source>
        <translation>合计：¥{amount}</translation>
    </message>
</context>
<context>
    <name>ReceivingPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="55"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="56"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="57"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="71"/>
        <source>Receiving</source>
        <translation>到件入库</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="74"/>
        <source>Received without pickup request</source>
        <translation>无揽收请求入库</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="75"/>
        <source>Picked up, not received</source>
        <translation>已揽收未入库</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="76"/>
        <source>Weight differs</source>
        <translation>重量不符</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="79"/>
        <source>Weight kg (optional)</source>
        <translation>重量公斤（可选）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="83"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="84"/>
        <source>Weight / scan:</source>
        <translation>重量 / 扫描：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="85"/>
        <source>Discrepancies of:</source>
        <translation>差异日期：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="122"/>
        <source>weight {m:.3f} kg, declared {d:.3f} kg</source>
        <translation>称重 {m:.3f} 公斤，申报 {d:.3f} 公斤</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="125"/>
        <source>no pickup request</source>
        <translation>无揽收请求</translation>
    </message>
</context>
<context>
    <name>RefusedScansView</name>
    <message>
        <location filename="../../carrier_app/ui/refused_scans.py" line="100"/>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/refused_scans.py" line="94"/>
        <source>Refused scans this session: {n}</source>
        <extracomment>Rows the list shows before it scrolls: the count stays readable on a 768-pixel screen.</extracomment>
        <translation>本班次被拒扫描：{n} 条</translation>
    </message>
</context>
<context>
    <name>RoutingPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="51"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="52"/>
        <source>Postcode prefix</source>
        <translation>邮编前缀</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="53"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="114"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="118"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="54"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="114"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="119"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="55"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="115"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="119"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="56"/>
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="57"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="113"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="58"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="109"/>
        <source>Routing rules</source>
        <translation>分拣规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="112"/>
        <source>Search postcode, names, branch, note</source>
        <translation>搜索邮编、地名、网点、备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="115"/>
        <source>Route no.</source>
        <translation>路线号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="116"/>
        <source>Digits, longest prefix wins</source>
        <translation>数字，最长前缀优先</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="118"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="120"/>
        <source>Street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="122"/>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="123"/>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="124"/>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="125"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="126"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="127"/>
        <source>Test an address</source>
        <translation>测试地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="128"/>
        <source>Postcode prefix:</source>
        <translation>邮编前缀：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="129"/>
        <source>Province / city / district:</source>
        <translation>省 / 市 / 区：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="130"/>
        <source>Branch / route:</source>
        <translation>网点 / 路线：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="130"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="172"/>
        <source>Rule {id} saved</source>
        <translation>规则 {id} 已保存</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="180"/>
        <source>Rule {id} deleted</source>
        <translation>规则 {id} 已删除</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="186"/>
        <source>Type an address to see which rule routes it.</source>
        <translation>输入地址，查看匹配的分拣规则。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="192"/>
        <source>No rule matches: the parcel would go to the manual-routing queue.</source>
        <translation>无匹配规则：包裹将进入人工分拣队列。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="195"/>
        <source>→ {code}  (rule {id}: {reason})</source>
        <translation>→ {code}（规则 {id}：{reason}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="200"/>
        <source>Export rules</source>
        <translation>导出规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="209"/>
        <source>Rules exported to {path}</source>
        <translation>规则已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="214"/>
        <source>Import rules</source>
        <translation>导入规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="222"/>
        <source>{a} rule(s) added, {u} updated</source>
        <translation>新增 {a} 条规则，更新 {u} 条</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="179"/>
        <source>Show closed runs</source>
        <translation>显示已结算派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="180"/>
        <source>Open close-out summary</source>
        <translation>打开结算汇总</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="78"/>
        <source>Run</source>
        <translation>派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="79"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="80"/>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="81"/>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="95"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="81"/>
        <source>not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="82"/>
        <source>out</source>
        <translation>派送中</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="83"/>
        <source>closed</source>
        <translation>已结</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="84"/>
        <source>Parcels</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="90"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="91"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="92"/>
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="93"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="94"/>
        <source>COD</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="96"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="159"/>
        <source>Runs and close-out</source>
        <translation>派件单与回单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="162"/>
        <source>delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="162"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="163"/>
        <source>not attempted</source>
        <translation>未派送</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="166"/>
        <source>Branch:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="167"/>
        <source>Courier:</source>
        <translation>快递员：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="168"/>
        <source>Create run</source>
        <translation>生成派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="169"/>
        <source>Print run sheet</source>
        <translation>打印派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="170"/>
        <source>Print PODs of the run</source>
        <translation>打印本单签收单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="171"/>
        <source>Close-out</source>
        <translation>回单核销</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="172"/>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="173"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="174"/>
        <source>COD paid by:</source>
        <translation>代收货款支付方式：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="175"/>
        <source>Scan parcel:</source>
        <translation>扫描包裹：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="176"/>
        <source>Attach signed stub / run-sheet page…</source>
        <translation>附加签收联 / 派件单页…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="178"/>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="328"/>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="331"/>
        <source>Close run</source>
        <translation>结束派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="181"/>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="182"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="183"/>
        <source>Not attempted</source>
        <translation>未派送</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="185"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="186"/>
        <source>Transfer / QR payment</source>
        <translation>转账 / 扫码支付</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="209"/>
        <source>No run selected</source>
        <translation>未选择派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="210"/>
        <source>Run {no} — {courier}, {n} parcel(s), {open} open</source>
        <translation>派件单 {no} — {courier}，{n} 件，{open} 件未核销</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="227"/>
        <source>Run {no} created with {n} parcel(s)</source>
        <translation>已生成派件单 {no}，共 {n} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="248"/>
        <source>No parcel of this run is delivered yet</source>
        <translation>本派件单尚无已签收的包裹</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="vanished">已保存：{path}</translation>
    </message>
    <message>
        <source>Run sheet saved: {path}</source>
        <translation type="vanished">派件单已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="177"/>
        <source>Signed stub or run-sheet page</source>
        <translation>签收联或派件单页</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="283"/>
        <source>Select a run first</source>
        <translation>请先选择派件单</translation>
    </message>
    <message>
        <source>Run {no} closed: {d} delivered, {f} failed, {r} to reattempt. Summary: {path}</source>
        <translation type="vanished">派件单 {no} 已结束：签收 {d} 件，失败 {f} 件，待再派 {r} 件。汇总：{path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="352"/>
        <source>Close-out summary of run {no} printed again</source>
        <translation>派件单 {no} 的结算汇总已补打</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="269"/>
        <source>Printed: proofs of delivery of run {no}</source>
        <translation>已打印：派件单 {no} 的签收单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="279"/>
        <source>Run sheet printed: {no}</source>
        <translation>派件单已打印：{no}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="340"/>
        <source>Run {no} closed: {d} delivered, {f} failed, {r} to reattempt.</source>
        <translation>派件单 {no} 已结束：签收 {d} 件，失败 {f} 件，待再派 {r} 件。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="329"/>
        <source>Close run {no}? Its outcomes become final and failed parcels wait for their next attempt; a closed run cannot be reopened.</source>
        <translation>确认关闭派送批次 {no}？各包裹结果将成定局，派送失败的包裹等待下次派送；关闭后不能重新打开。</translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/scan_input.py" line="89"/>
        <source>Scan or type a waybill number and press Enter</source>
        <translation>扫描或输入运单号后按回车</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/scan_input.py" line="84"/>
        <source>More than {n} characters without an end key: is the scanner set to end each code with Enter or LF?</source>
        <extracomment>The longest thing a scanner sends for one code: a piece code (AA123456789CN-999) with an AIM prefix and a suffix fits with room to spare; beyond it the box has missed an end key. A well-formed code (check digit verified unless `validate` is off). raw text, reason (&quot;empty&quot;, &quot;format&quot;, &quot;check_digit&quot;, &quot;piece&quot;, &quot;overflow&quot;), a message in English. The last code any scan box of this workstation accepted: what &quot;register a problem&quot; (F9, main window) hands to the exceptions desk. A search box (tracking): any text is emitted with its case and inner spaces (only scanner affixes stripped), not checked as a code, and a Chinese IME may be used. The end key that submitted last, while nothing has been typed since: a CR followed by an LF (or LF then CR) is one ending, not two scans. The box&apos;s own error look is on (after an overflow) until the next good scan.</extracomment>
        <translation>超过 {n} 个字符仍没有结束键：扫描枪是否设为每个条码以回车或换行（LF）结束？</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/scan_input.py" line="87"/>
        <source>Scan a waybill or piece, or type a phone number (or its last 4 digits), a recipient name or an order ref, and press Enter</source>
        <translation>扫描运单或子单，或输入手机号（或后4位）、收件人姓名、订单号，按回车</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="35"/>
        <source>Pickup</source>
        <translation>揽收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="36"/>
        <source>Waybills</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="37"/>
        <source>Sorting</source>
        <translation>分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="38"/>
        <source>Dispatch</source>
        <translation>派件调度</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="39"/>
        <source>Delivery</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="40"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="41"/>
        <source>Tracking</source>
        <translation>查件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/base.py" line="42"/>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/signature_pad.py" line="34"/>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>请用鼠标、手写笔或手指在此签名</translation>
    </message>
</context>
<context>
    <name>SortStationPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="130"/>
        <source>Code</source>
        <extracomment>Scans that left the parcel unsorted: kept in the session&apos;s refused-scans list.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="131"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="132"/>
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="133"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="134"/>
        <source>Bag</source>
        <translation>袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="163"/>
        <source>Sort station</source>
        <translation>分拣台</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="167"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="168"/>
        <source>Unknown waybill</source>
        <translation>无此运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="169"/>
        <source>Wrong check digit</source>
        <translation>校验位错误</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="170"/>
        <source>Already scanned</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="171"/>
        <source>On hold</source>
        <translation>扣件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="172"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="173"/>
        <source>Missort</source>
        <translation>错分</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="175"/>
        <source>Manual routing</source>
        <translation>人工分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="176"/>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="180"/>
        <source>Scan:</source>
        <translation>扫描：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="181"/>
        <source>Exit full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="182"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="192"/>
        <source>Ready: scan a parcel</source>
        <translation>就绪：请扫描包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="308"/>
        <source>RESCAN</source>
        <translation>请重扫</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="309"/>
        <source>MANUAL</source>
        <translation>人工分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="309"/>
        <source>HOLD</source>
        <translation>扣件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="310"/>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="316"/>
        <source>Bag {bag}</source>
        <translation>袋 {bag}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="318"/>
        <source>MISSORT — was {old}, move to {new}</source>
        <translation>错分 — 原为 {old}，请改放 {new}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="321"/>
        <source>Unknown waybill — put it aside for the supervisor</source>
        <translation>无此运单 — 请放一边交主管处理</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="322"/>
        <source>Misread — scan it again</source>
        <translation>读码错误 — 请重新扫描</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="323"/>
        <source>No routing rule — to the manual-routing table</source>
        <translation>无分拣规则 — 请送人工分拣台</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="324"/>
        <source>On hold — put it aside, do not sort</source>
        <translation>扣件 — 请放一边，不要分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="325"/>
        <source>Cancelled — do not ship, put it aside</source>
        <translation>已取消 — 不要发出，请放一边</translation>
    </message>
    <message>
        <source>Cannot be sorted now — put it aside</source>
        <translation type="vanished">暂不能分拣 — 请放一边</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="363"/>
        <source>Total: {n}</source>
        <translation>合计：{n}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="349"/>
        <source>Cannot be sorted — put it aside for the supervisor</source>
        <translation>不能分拣 — 请放一边交主管</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="346"/>
        <source>DISPATCH</source>
        <translation>派件中</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="183"/>
        <source>Forward from here</source>
        <translation>从本站转发</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="314"/>
        <source>Forwarded: send to {dest}</source>
        <translation>已转发: 应发 {dest}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="296"/>
        <source>Missort: send to {dest}</source>
        <translation>错分: 应发 {dest}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="344"/>
        <source>NOT ARRIVED</source>
        <translation>未到件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="342"/>
        <source>NOT RECEIVED</source>
        <translation>未收件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="343"/>
        <source>Not received yet — take it to receiving first</source>
        <translation>尚未收件 — 请先送收件处</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="345"/>
        <source>Not scanned in on arrival — scan it at arrival first</source>
        <translation>未做到件扫描 — 请先到件扫描</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="348"/>
        <source>STOP</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="295"/>
        <source>WRONG PLACE</source>
        <translation>错分</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="347"/>
        <source>With dispatch — take it to the dispatcher</source>
        <translation>派件环节 — 请交派件员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="174"/>
        <source>Wrong place</source>
        <translation>错分（不在路径上）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="298"/>
        <source>put it aside and forward it</source>
        <translation>请放一边并转发</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="337"/>
        <source>{code}: {status} at {at}</source>
        <translation>{code}：{status}，位于 {at}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="275"/>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="276"/>
        <source>Sort by the code printed on the label</source>
        <translation>请按面单上印的三段码分拣</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="133"/>
        <source>Settled statement:</source>
        <translation>已结算单：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="134"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="182"/>
        <source>Statement {no} opened; export it again with the button above</source>
        <translation>已打开结算单 {no}；可用上方按钮重新导出</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="82"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="83"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="84"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="84"/>
        <source>delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="85"/>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="86"/>
        <source>Delivered at</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="88"/>
        <source>COD</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="89"/>
        <source>Fee</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="90"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="121"/>
        <source>Merchant statements</source>
        <translation>商家结算单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="124"/>
        <source>Merchant:</source>
        <translation>商家：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="124"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="125"/>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="128"/>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="272"/>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="280"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="129"/>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="208"/>
        <source>Settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="130"/>
        <source>Export PDF, CSV, XLSX</source>
        <translation>导出 PDF、CSV、XLSX</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="199"/>
        <source>{n} COD parcel(s) wait for their courier&apos;s cash-up and are not included</source>
        <translation>{n} 件代收货款尚待快递员交款，未计入</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="200"/>
        <source>Preview — nothing settled yet</source>
        <translation>预览 — 尚未结算</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="219"/>
        <source>Statement {no} settled</source>
        <translation>结算单 {no} 已结算</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="259"/>
        <source>Saved: {paths}</source>
        <translation>已保存：{paths}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="270"/>
        <source>{no}  COD ¥{cod}  −  fees ¥{fee}  =  net payable ¥{net}  ({d} delivered, {r} returned)</source>
        <translation>{no}  代收货款 ¥{cod}  −  运费 ¥{fee}  =  应付 ¥{net}  （签收 {d} 件，退回 {r} 件）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="131"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="132"/>
        <source>Shift+click opens the print dialog</source>
        <translation>按住 Shift 点击可打开打印对话框</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="251"/>
        <source>Statement printed: {no}</source>
        <translation>结算单已打印：{no}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="204"/>
        <source>Settle statement</source>
        <translation>结算对账单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="205"/>
        <source>Settle {merchant} from {start} to {end}? The statement is final: its parcels are marked settled and cannot be settled again.</source>
        <translation>确认结算 {merchant}（{start} 至 {end}）？对账单一经结算即为最终结果：其包裹标记为已结算，不能再次结算。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="125"/>
        <source>Net bill:</source>
        <translation>抵扣账单：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="142"/>
        <source>none</source>
        <translation>不抵扣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="276"/>
        <source>net payable ¥{net}</source>
        <translation>应付商家 ¥{net}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="277"/>
        <source>the merchant owes ¥{net}</source>
        <translation>商家应付 ¥{net}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="278"/>
        <source>{no}  COD ¥{cod}  −  fees ¥{fee}  −  bill {bills} ¥{bill}  =  {net}</source>
        <translation>{no}  代收货款 ¥{cod}  −  手续费 ¥{fee}  −  月结账单 {bills} ¥{bill}  =  {net}</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/task_bar.py" line="32"/>
        <location filename="../../carrier_app/ui/widgets/task_bar.py" line="77"/>
        <source>Cancel</source>
        <extracomment>True when a task starts, False when it has finished (done, failed or cancelled).</extracomment>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="58"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="59"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="60"/>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="82"/>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="123"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="62"/>
        <source>Piece</source>
        <translation>件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="63"/>
        <source>Location</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="65"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="67"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="68"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="119"/>
        <source>Track a parcel</source>
        <translation>查询包裹</translation>
    </message>
    <message>
        <source>Waybill:</source>
        <translation type="vanished">运单号：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="81"/>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="123"/>
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="124"/>
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="124"/>
        <source>Destination</source>
        <translation>目的网点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="83"/>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="125"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="65"/>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="87"/>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="125"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="126"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="126"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="127"/>
        <source>COD amount</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="207"/>
        <source>  (return)</source>
        <translation> （退件）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="209"/>
        <source>not routed — manual routing</source>
        <translation>未分配路由 — 人工路由</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="219"/>
        <source>Express</source>
        <translation>特快</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="219"/>
        <source>Standard</source>
        <translation>标快</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="220"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="122"/>
        <source>Search:</source>
        <translation>查询：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="84"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="85"/>
        <source>Order ref</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="86"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="150"/>
        <source>No parcel matches “{text}”: the previous parcel is no longer shown</source>
        <translation>没有与“{text}”匹配的包裹：之前显示的包裹已清除</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="163"/>
        <source>More than {n} parcels match “{text}”: the first {n} are listed — refine the search</source>
        <translation>与“{text}”匹配的包裹超过 {n} 件：仅列出前 {n} 件，请缩小查询范围</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/tracking.py" line="167"/>
        <source>{n} parcels match “{text}”: pick one</source>
        <translation>{n} 件包裹与“{text}”匹配：请选择一件</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="32"/>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="82"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="33"/>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="82"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="34"/>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="83"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="35"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="35"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="36"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="36"/>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="37"/>
        <source>Last log-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="77"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="80"/>
        <source>Unlock selected user</source>
        <translation>解锁所选用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="81"/>
        <source>Add a user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="83"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="85"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="104"/>
        <source>User {name} added</source>
        <translation>已添加用户 {name}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="111"/>
        <source>Select a user first</source>
        <translation>请先选择一个用户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_users.py" line="119"/>
        <source>{name} unlocked</source>
        <translation>{name} 已解锁</translation>
    </message>
</context>
<context>
    <name>WaybillFormPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="266"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="267"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="268"/>
        <source>Override reason</source>
        <translation>特批原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="269"/>
        <source>Inspection</source>
        <translation>验视</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="269"/>
        <source>Not inspected because</source>
        <translation>未验视原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="288"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="288"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="289"/>
        <source>Home-return permit (HK/Macao)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="290"/>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="291"/>
        <source>Exit-entry permit to HK/Macao</source>
        <translation>往来港澳通行证</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="295"/>
        <source>type the ID: a returning sender is filled in</source>
        <translation>输入证件号：老客户自动带出</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="296"/>
        <source>Contents inspected (已验视)</source>
        <translation>已验视内件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="297"/>
        <source>required when not inspected</source>
        <translation>未验视时必填</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="299"/>
        <source>listed contents only: a supervisor&apos;s reason</source>
        <translation>仅禁寄/限寄物品：主管填写原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="403"/>
        <source>Returning sender {name} ({id}), last waybill {waybill}</source>
        <translation>老客户 {name}（{id}），上一票 {waybill}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="253"/>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="539"/>
        <source>New waybill</source>
        <extracomment>This form session&apos;s key: every create sends it, so one session = one waybill.</extracomment>
        <translation>新建运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="257"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="257"/>
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="258"/>
        <source>Sender phone</source>
        <translation>寄件电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="258"/>
        <source>Sender address</source>
        <translation>寄件地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="259"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="259"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="260"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="260"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="261"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="261"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="262"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="262"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="263"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="263"/>
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="264"/>
        <source>L × W × H (cm)</source>
        <translation>长 × 宽 × 高（厘米）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="264"/>
        <source>COD amount (¥)</source>
        <translation>代收货款（元）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="265"/>
        <source>Declared value (¥)</source>
        <translation>保价金额（元）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="265"/>
        <source>Contents</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="266"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="273"/>
        <source>Sender 寄件人</source>
        <translation>寄件人 Sender</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="274"/>
        <source>Recipient 收件人</source>
        <translation>收件人 Recipient</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="275"/>
        <source>Parcel 包裹</source>
        <translation>包裹 Parcel</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="278"/>
        <source>Standard 标快</source>
        <translation>标快 Standard</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="279"/>
        <source>Express 特快</source>
        <translation>特快 Express</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="281"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="282"/>
        <source>Print label (Ctrl+P)</source>
        <translation>打印面单 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="283"/>
        <source>New recipient</source>
        <translation>新收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="442"/>
        <source>Sort code: — (manual routing)</source>
        <translation>三段码：—（人工路由）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="444"/>
        <source>Sort code: {code}</source>
        <translation>三段码：{code}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="473"/>
        <source>Please correct the fields marked in red.</source>
        <translation>请修改标红的字段。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="521"/>
        <source>Saved {waybill} → {code}</source>
        <translation>已保存 {waybill} → {code}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="484"/>
        <source>{waybill} is already saved; nothing changed</source>
        <translation>{waybill} 已保存，没有改动</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="517"/>
        <source>Updated {waybill} → {code}: print its label again (Ctrl+P)</source>
        <translation>已更新 {waybill} → {code}：请重新打印面单（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="520"/>
        <source>Updated {waybill} → {code}</source>
        <translation>已更新 {waybill} → {code}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="532"/>
        <source>Label already printed</source>
        <translation>面单已打印</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="533"/>
        <source>The label of {waybill} is printed. Save the changes to {waybill} (and print its label again), or make a new waybill?</source>
        <translation>{waybill} 的面单已打印。把改动保存到 {waybill}（并重新打印面单），还是新建一张运单？</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="537"/>
        <source>Update {waybill}</source>
        <translation>更新 {waybill}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="525"/>
        <source>Saved {waybill}; no routing rule matched — it waits in the manual-routing queue</source>
        <translation>已保存 {waybill}；没有匹配的路由规则 — 已进入人工路由队列</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="572"/>
        <source>Printed {pages} label(s) of {waybill}</source>
        <translation>已打印 {waybill} 的面单 {pages} 张</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="270"/>
        <source>Paste 智能识别</source>
        <translation>智能识别</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="284"/>
        <source>Fill in</source>
        <translation>识别填入</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="286"/>
        <source>paste name, phone and address in any order, then Enter</source>
        <translation>粘贴姓名、电话、地址（顺序不限），按回车识别</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="345"/>
        <source>Nothing recognised in the pasted text: type the fields.</source>
        <translation>未能从粘贴内容中识别出任何信息，请手动填写。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="353"/>
        <source>Filled in from the pasted text; not found: {fields}. Type them, check the rest, then save.</source>
        <translation>已按粘贴内容填入；未识别：{fields}。请补填并核对其余各项后保存。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_form.py" line="359"/>
        <source>Filled in from the pasted text: check the fields, then save (Ctrl+S).</source>
        <translation>已按粘贴内容填入，请核对后保存（Ctrl+S）。</translation>
    </message>
</context>
<context>
    <name>WaybillListPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="81"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="82"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="83"/>
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="84"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="86"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="87"/>
        <source>COD</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="88"/>
        <source>Order ref</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="89"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="90"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="91"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="165"/>
        <source>Waybills &amp; labels</source>
        <translation>运单与面单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="168"/>
        <source>Search:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="169"/>
        <source>waybill, order ref, recipient or phone</source>
        <translation>运单号、订单号、收件人或电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="170"/>
        <source>Import batch:</source>
        <translation>导入批次：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="171"/>
        <source>Label size (mm):</source>
        <translation>面单尺寸（毫米）：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="172"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="173"/>
        <source>Print labels</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="174"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="175"/>
        <source>Print whole batch</source>
        <translation>打印整批</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="176"/>
        <source>Cancel waybill…</source>
        <translation>取消运单…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="177"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="198"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="268"/>
        <source>This batch has no printable waybills.</source>
        <translation>该批次没有可打印的运单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="328"/>
        <source>Printing failed: {0}</source>
        <translation>打印失败：{0}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="316"/>
        <source>Labels reprinted: {0}</source>
        <translation>已补打面单：{0} 张</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="317"/>
        <source>Labels printed: {0}</source>
        <translation>已打印面单：{0} 张</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="326"/>
        <source>Printing stopped; nothing printed.</source>
        <translation>打印已停止，未打印任何面单。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="351"/>
        <source>A reason is required to cancel.</source>
        <translation>取消运单必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="355"/>
        <source>{0} cancelled</source>
        <translation>{0} 已取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="360"/>
        <source>Cancel waybill</source>
        <translation>取消运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/waybill_list.py" line="361"/>
        <source>Why is {0} cancelled? (required)</source>
        <translation>{0} 的取消原因？（必填）</translation>
    </message>
</context>
<context>
    <name>WorkstationPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="153"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="157"/>
        <source>Workstation name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="157"/>
        <source>Location (hub or branch)</source>
        <translation>所在网点（转运中心或营业部）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="158"/>
        <source>Scanner prefixes (comma-separated)</source>
        <translation>扫描枪前缀（逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="159"/>
        <source>Scanner suffixes (comma-separated)</source>
        <translation>扫描枪后缀（逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="161"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="175"/>
        <source>The workstation needs a name.</source>
        <translation>请填写工作站名称。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="179"/>
        <source>Saved. It applies from the next log-in.</source>
        <translation>已保存，下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="167"/>
        <source>Document printer, A4 (empty: PDF into the documents folder)</source>
        <translation>单据打印机 A4（留空：PDF 存入单据文件夹）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="165"/>
        <source>Label format</source>
        <translation>标签格式</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="165"/>
        <source>Label paper (mm)</source>
        <translation>标签纸（毫米）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="164"/>
        <source>Label printer (empty: PDF into the documents folder)</source>
        <translation>标签打印机（留空：PDF 存入单据文件夹）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="162"/>
        <source>Printers of this workstation</source>
        <translation>本工作站的打印机</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="136"/>
        <source>Printers saved. They apply at once.</source>
        <translation>打印机已保存，立即生效。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="169"/>
        <source>Save printers</source>
        <translation>保存打印机</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="150"/>
        <source>Test page printed.</source>
        <translation>测试页已打印。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="171"/>
        <source>Test page: document printer</source>
        <translation>测试页：单据打印机</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="170"/>
        <source>Test page: label printer</source>
        <translation>测试页：标签打印机</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="131"/>
        <source>ZPL label printer: give its address as host or host:port (port 9100 when left out).</source>
        <translation>ZPL 标签打印机：请填写地址 主机 或 主机:端口（不填端口则为 9100）。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/admin_workstation.py" line="166"/>
        <source>ZPL printer address (host:port)</source>
        <translation>ZPL 打印机地址（主机:端口）</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save PDF</source>
        <translation type="vanished">保存 PDF</translation>
    </message>
</context>
</TS>
