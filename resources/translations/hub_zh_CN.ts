<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArrivalPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="66"/>
        <source>Arrival reconciliation</source>
        <translation>到件核对</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="69"/>
        <source>Start unloading</source>
        <translation>开始卸车核对</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="70"/>
        <source>Close and reconcile</source>
        <translation>结束并核对</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="71"/>
        <source>Expected, not scanned yet</source>
        <translation>应到未扫</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="72"/>
        <source>Shortages</source>
        <translation>短少</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="73"/>
        <source>Overages</source>
        <translation>多出</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="74"/>
        <source>Misroutes (re-routed)</source>
        <translation>错发（已改派）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="89"/>
        <source>Scan bags and parcels as they come off the vehicle</source>
        <translation>卸车时逐一扫描袋和包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="103"/>
        <source>{code}: not for this location. Missort: send to {dest} — put it aside and forward it</source>
        <translation>{code}：不是本站的件。错分: 应发 {dest} — 请放一边并转发</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="105"/>
        <source>{code}: not on any incoming manifest (overage)</source>
        <translation>{code}：不在任何到达交接单上（多出）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="107"/>
        <source>{code}: expected — {n} parcel(s)</source>
        <translation>{code}：应到 — {n} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="114"/>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="150"/>
        <source>No unloading in progress</source>
        <translation>当前没有卸车核对</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="123"/>
        <source>Expected {exp} · scanned {done} · not expected {extra}</source>
        <translation>应到 {exp} · 已扫 {done} · 计划外 {extra}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="126"/>
        <source>Manifests: {list}</source>
        <translation>交接单：{list}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_arrival.py" line="148"/>
        <source>Closed: {s} shortage(s), {o} overage(s), {m} misroute(s)</source>
        <translation>已结束：短少 {s} 件，多出 {o} 件，错发 {m} 件</translation>
    </message>
</context>
<context>
    <name>BagsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="64"/>
        <source>Bag</source>
        <translation>袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="65"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="66"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="67"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="68"/>
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="69"/>
        <source>Opened</source>
        <translation>开袋时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="90"/>
        <source>Bags</source>
        <translation>集包</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="93"/>
        <source>Open</source>
        <translation>开袋中</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="93"/>
        <source>Sealed</source>
        <translation>已封袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="94"/>
        <source>Departed</source>
        <translation>已发车</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="94"/>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="97"/>
        <source>Open a bag</source>
        <translation>开袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="98"/>
        <source>Seal and print label</source>
        <translation>封袋并打印标签</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="99"/>
        <source>Print label again</source>
        <translation>重打标签</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="100"/>
        <source>Take out</source>
        <translation>取出</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="101"/>
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="102"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="103"/>
        <source>Weighed kg (optional)</source>
        <translation>称重公斤（可选）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="104"/>
        <source>Destination:</source>
        <translation>目的地：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="104"/>
        <source>Scan into bag:</source>
        <translation>扫描装袋：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="105"/>
        <source>Seal:</source>
        <translation>封袋：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="105"/>
        <source>Take a parcel out:</source>
        <translation>拆袋取件：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="122"/>
        <source>No bag selected: open one or scan a bag number</source>
        <translation>未选择袋：请开袋或扫描袋号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="125"/>
        <source>Bag {bag} → {dest} {name}: {n} piece(s), {state}</source>
        <translation>袋 {bag} → {dest} {name}：{n} 件，{state}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="154"/>
        <source>Bag {bag} opened for {dest}</source>
        <translation>已开袋 {bag}，目的地 {dest}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="165"/>
        <source>Open a bag or scan a bag number first</source>
        <translation>请先开袋或扫描袋号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="191"/>
        <source>Weight: a number of kg</source>
        <translation>重量：请输入公斤数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="211"/>
        <source>Bag {bag} sealed: {n} piece(s). Label: {path}</source>
        <translation>袋 {bag} 已封袋：{n} 件。标签：{path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_bags.py" line="223"/>
        <source>{wb} taken out of {bag}</source>
        <translation>{wb} 已从 {bag} 取出</translation>
    </message>
</context>
<context>
    <name>HubMessages</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/hubkit.py" line="31"/>
        <source>{code} goes to {sort_code}, not {destination}: put it with the right destination</source>
        <translation>{code} 发往 {sort_code}，不是 {destination}：请放到正确的目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/hubkit.py" line="37"/>
        <source>Bag {code} is sealed: it takes no more parcels</source>
        <translation>袋 {code} 已封袋：不能再装包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/hubkit.py" line="40"/>
        <source>{code} belongs to another merchant</source>
        <translation>{code} 属于其他商户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/hubkit.py" line="43"/>
        <source>This merchant has {n} parcel(s): it cannot be deleted, only deactivated</source>
        <translation>该商户有 {n} 个包裹：不能删除，只能停用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/widgets/hubkit.py" line="47"/>
        <source>{code}: no such bag or manifest</source>
        <translation>{code}：无此袋号或交接单号</translation>
    </message>
</context>
<context>
    <name>ManifestsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="66"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="66"/>
        <source>Bag</source>
        <translation>袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="67"/>
        <source>Parcel</source>
        <translation>散件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="68"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="69"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="70"/>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="78"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="71"/>
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="74"/>
        <source>Manifest</source>
        <translation>交接单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="75"/>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="76"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="77"/>
        <source>Bags</source>
        <translation>集包</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="97"/>
        <source>Linehaul manifests</source>
        <translation>交接单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="100"/>
        <source>Loading</source>
        <translation>装车中</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="100"/>
        <source>Departed</source>
        <translation>已发车</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="101"/>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="104"/>
        <source>New manifest</source>
        <translation>新建交接单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="105"/>
        <source>Depart and print</source>
        <translation>发车并打印</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="107"/>
        <source>Vehicle plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="108"/>
        <source>Seal number</source>
        <translation>封签号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="109"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="110"/>
        <source>Destination:</source>
        <translation>目的地：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="110"/>
        <source>Vehicle:</source>
        <translation>车辆：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="111"/>
        <source>Scan bag or parcel:</source>
        <translation>扫描袋或包裹：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="129"/>
        <source>No manifest: create one or pick one below</source>
        <translation>无交接单：请新建或在下方选择</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="136"/>
        <source>Total: {bags} bag(s), {pieces} piece(s), {kg:.2f} kg</source>
        <translation>合计：{bags} 袋，{pieces} 件，{kg:.2f} 公斤</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="165"/>
        <source>Manifest {no} created</source>
        <translation>已新建交接单 {no}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="176"/>
        <source>Create or pick a manifest first</source>
        <translation>请先新建或选择交接单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_manifests.py" line="232"/>
        <source>{no} departed: {n} parcel(s) in transit</source>
        <translation>{no} 已发车：{n} 件在途</translation>
    </message>
</context>
<context>
    <name>ManualQueuePage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="248"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="249"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="250"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="251"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="275"/>
        <source>Manual routing</source>
        <translation>人工分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="278"/>
        <source>Route no. (optional)</source>
        <translation>路线号（可选）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="279"/>
        <source>Reason (e.g. address corrected)</source>
        <translation>原因（如：地址已更正）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="280"/>
        <source>Add a rule for this address</source>
        <translation>为此地址添加规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="281"/>
        <source>Route / re-route and reprint label</source>
        <translation>分配 / 改派并重打标签</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="282"/>
        <source>Waybill:</source>
        <translation>运单号：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="282"/>
        <source>Branch / route:</source>
        <translation>网点 / 路线：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="283"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="313"/>
        <source>{wb}: {old} → {new}</source>
        <translation>{wb}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="317"/>
        <source>(rule {id} added)</source>
        <translation>（已添加规则 {id}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="319"/>
        <source>the new label could not be made: reprint it from Waybills</source>
        <translation>新标签未能生成：请在“运单”页面补打</translation>
    </message>
</context>
<context>
    <name>MerchantsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="35"/>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="82"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="36"/>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="82"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="37"/>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="83"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="38"/>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="83"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="39"/>
        <source>Home branch</source>
        <translation>所属网点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="40"/>
        <source>Parcels</source>
        <translation>包裹数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="41"/>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="92"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="78"/>
        <source>Merchants</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="81"/>
        <source>Search code, name, contact, phone, address</source>
        <translation>搜索编号、名称、联系人、电话、地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="84"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="84"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="85"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="86"/>
        <source>Pickup address</source>
        <translation>揽收地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="87"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="88"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="89"/>
        <source>Account holder</source>
        <translation>开户名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="90"/>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="92"/>
        <source>Fee per parcel (yuan)</source>
        <translation>每件运费（元）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="40"/>
        <source>Fee / parcel</source>
        <translation>每件运费</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="100"/>
        <source>Fee per parcel:</source>
        <translation>每件运费：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="100"/>
        <source>yuan, deducted from the COD on every statement</source>
        <translation>元，每张结算单从代收货款中扣除</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="100"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="100"/>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="100"/>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="93"/>
        <source>New merchant</source>
        <translation>新建商户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="94"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="95"/>
        <source>Deactivate / activate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="96"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="97"/>
        <source>Code / name:</source>
        <translation>编号 / 名称：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="97"/>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="98"/>
        <source>Pickup address:</source>
        <translation>揽收地址：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="99"/>
        <source>Home branch:</source>
        <translation>所属网点：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="100"/>
        <source>COD settlement:</source>
        <translation>代收货款结算：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="145"/>
        <source>Merchant {code} saved</source>
        <translation>商户 {code} 已保存</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="155"/>
        <source>{code} deactivated</source>
        <translation>{code} 已停用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="155"/>
        <source>{code} activated</source>
        <translation>{code} 已启用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_merchants.py" line="165"/>
        <source>{code} deleted</source>
        <translation>{code} 已删除</translation>
    </message>
</context>
<context>
    <name>PickupRequestsPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="63"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="64"/>
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="65"/>
        <source>Window</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="66"/>
        <source>Expected</source>
        <translation>预计件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="67"/>
        <source>Collected</source>
        <translation>已揽收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="68"/>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="69"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="70"/>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="97"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="88"/>
        <source>Pickup requests</source>
        <translation>揽收请求</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="91"/>
        <source>Waiting for a courier</source>
        <translation>待指派快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="91"/>
        <source>Courier assigned</source>
        <translation>已指派快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="92"/>
        <source>Closed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="92"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="96"/>
        <source>Merchant code</source>
        <translation>商户编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="98"/>
        <source>Courier code or badge scan</source>
        <translation>快递员编号或扫描工牌</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="99"/>
        <source>Add request</source>
        <translation>添加揽收请求</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="100"/>
        <source>Assign courier</source>
        <translation>指派快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="101"/>
        <source>Close and print receipt</source>
        <translation>完成并打印揽收单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="102"/>
        <source>Pickup date:</source>
        <translation>揽收日期：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="103"/>
        <source>Merchant / window / pieces:</source>
        <translation>商户 / 时间段 / 件数：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="104"/>
        <source>Courier:</source>
        <translation>快递员：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="104"/>
        <source>Collect:</source>
        <translation>揽收扫描：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="123"/>
        <source>Pick a request below</source>
        <translation>请在下方选择揽收请求</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="124"/>
        <source>Pickup {id}: {m} — {got} of {exp} collected ({state})</source>
        <translation>揽收 {id}：{m} — 已收 {got} / {exp} 件（{state}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="145"/>
        <source>Pickup {id} added</source>
        <translation>已添加揽收请求 {id}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="157"/>
        <source>{courier} assigned</source>
        <translation>已指派 {courier}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="165"/>
        <source>Pick a pickup request first</source>
        <translation>请先选择揽收请求</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_requests.py" line="191"/>
        <source>Pickup {id} closed: {got} of {exp} collected. Receipt: {path}</source>
        <translation>揽收 {id} 已完成：预计 {exp} 件，实收 {got} 件。揽收单：{path}</translation>
    </message>
</context>
<context>
    <name>ReceivingPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="50"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="51"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="52"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="64"/>
        <source>Receiving</source>
        <translation>到件入库</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="67"/>
        <source>Received without pickup request</source>
        <translation>无揽收请求入库</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="68"/>
        <source>Picked up, not received</source>
        <translation>已揽收未入库</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="69"/>
        <source>Weight differs</source>
        <translation>重量不符</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="72"/>
        <source>Weight kg (optional)</source>
        <translation>重量公斤（可选）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="73"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="74"/>
        <source>Weight / scan:</source>
        <translation>重量 / 扫描：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="75"/>
        <source>Discrepancies of:</source>
        <translation>差异日期：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="108"/>
        <source>weight {m:.3f} kg, declared {d:.3f} kg</source>
        <translation>称重 {m:.3f} 公斤，申报 {d:.3f} 公斤</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/pickup_receiving.py" line="111"/>
        <source>no pickup request</source>
        <translation>无揽收请求</translation>
    </message>
</context>
<context>
    <name>RoutingPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="58"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="59"/>
        <source>Postcode prefix</source>
        <translation>邮编前缀</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="60"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="117"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="121"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="61"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="117"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="122"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="62"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="118"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="122"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="63"/>
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="64"/>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="116"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="65"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="112"/>
        <source>Routing rules</source>
        <translation>分拣规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="115"/>
        <source>Search postcode, names, branch, note</source>
        <translation>搜索邮编、地名、网点、备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="118"/>
        <source>Route no.</source>
        <translation>路线号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="119"/>
        <source>Digits, longest prefix wins</source>
        <translation>数字，最长前缀优先</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="121"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="123"/>
        <source>Street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="125"/>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="126"/>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="127"/>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="128"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="129"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="130"/>
        <source>Test an address</source>
        <translation>测试地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="131"/>
        <source>Postcode prefix:</source>
        <translation>邮编前缀：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="132"/>
        <source>Province / city / district:</source>
        <translation>省 / 市 / 区：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="133"/>
        <source>Branch / route:</source>
        <translation>网点 / 路线：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="133"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="176"/>
        <source>Rule {id} saved</source>
        <translation>规则 {id} 已保存</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="185"/>
        <source>Rule {id} deleted</source>
        <translation>规则 {id} 已删除</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="191"/>
        <source>Type an address to see which rule routes it.</source>
        <translation>输入地址，查看匹配的分拣规则。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="198"/>
        <source>No rule matches: the parcel would go to the manual-routing queue.</source>
        <translation>无匹配规则：包裹将进入人工分拣队列。</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="201"/>
        <source>→ {code}  (rule {id}: {reason})</source>
        <translation>→ {code}（规则 {id}：{reason}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="206"/>
        <source>Export rules</source>
        <translation>导出规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="216"/>
        <source>Rules exported to {path}</source>
        <translation>规则已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="221"/>
        <source>Import rules</source>
        <translation>导入规则</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_routing.py" line="230"/>
        <source>{a} rule(s) added, {u} updated</source>
        <translation>新增 {a} 条规则，更新 {u} 条</translation>
    </message>
</context>
<context>
    <name>SortStationPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="106"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="107"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="108"/>
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="109"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="110"/>
        <source>Bag</source>
        <translation>袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="134"/>
        <source>Sort station</source>
        <translation>分拣台</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="138"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="139"/>
        <source>Unknown waybill</source>
        <translation>无此运单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="140"/>
        <source>Wrong check digit</source>
        <translation>校验位错误</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="141"/>
        <source>Already scanned</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="142"/>
        <source>On hold</source>
        <translation>扣件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="143"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="144"/>
        <source>Missort</source>
        <translation>错分</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="145"/>
        <source>Manual routing</source>
        <translation>人工分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="146"/>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="150"/>
        <source>Scan:</source>
        <translation>扫描：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="151"/>
        <source>Exit full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="152"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="159"/>
        <source>Ready: scan a parcel</source>
        <translation>就绪：请扫描包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="215"/>
        <source>RESCAN</source>
        <translation>请重扫</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="216"/>
        <source>MANUAL</source>
        <translation>人工分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="216"/>
        <source>HOLD</source>
        <translation>扣件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="217"/>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="221"/>
        <source>Bag {bag}</source>
        <translation>袋 {bag}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="223"/>
        <source>MISSORT — was {old}, move to {new}</source>
        <translation>错分 — 原为 {old}，请改放 {new}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="226"/>
        <source>Unknown waybill — put it aside for the supervisor</source>
        <translation>无此运单 — 请放一边交主管处理</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="227"/>
        <source>Misread — scan it again</source>
        <translation>读码错误 — 请重新扫描</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="228"/>
        <source>No routing rule — to the manual-routing table</source>
        <translation>无分拣规则 — 请送人工分拣台</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="229"/>
        <source>On hold — put it aside, do not sort</source>
        <translation>扣件 — 请放一边，不要分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="230"/>
        <source>Cancelled — do not ship, put it aside</source>
        <translation>已取消 — 不要发出，请放一边</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="231"/>
        <source>Cannot be sorted now — put it aside</source>
        <translation>暂不能分拣 — 请放一边</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/sorting_station.py" line="248"/>
        <source>Total: {n}</source>
        <translation>合计：{n}</translation>
    </message>
    <message>
        <source>Cannot be sorted — put it aside for the supervisor</source>
        <translation>不能分拣 — 请放一边交主管</translation>
    </message>
    <message>
        <source>DISPATCH</source>
        <translation>派件中</translation>
    </message>
    <message>
        <source>Forward from here</source>
        <translation>从本站转发</translation>
    </message>
    <message>
        <source>Forwarded: send to {dest}</source>
        <translation>已转发: 应发 {dest}</translation>
    </message>
    <message>
        <source>Missort: send to {dest}</source>
        <translation>错分: 应发 {dest}</translation>
    </message>
    <message>
        <source>NOT ARRIVED</source>
        <translation>未到件</translation>
    </message>
    <message>
        <source>NOT RECEIVED</source>
        <translation>未收件</translation>
    </message>
    <message>
        <source>Not received yet — take it to receiving first</source>
        <translation>尚未收件 — 请先送收件处</translation>
    </message>
    <message>
        <source>Not scanned in on arrival — scan it at arrival first</source>
        <translation>未做到件扫描 — 请先到件扫描</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>WRONG PLACE</source>
        <translation>错分</translation>
    </message>
    <message>
        <source>With dispatch — take it to the dispatcher</source>
        <translation>派件环节 — 请交派件员</translation>
    </message>
    <message>
        <source>Wrong place</source>
        <translation>错分（不在路径上）</translation>
    </message>
    <message>
        <source>put it aside and forward it</source>
        <translation>请放一边并转发</translation>
    </message>
    <message>
        <source>{code}: {status} at {at}</source>
        <translation>{code}：{status}，位于 {at}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/hubkit.py" line="108"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
</context>
</TS>
