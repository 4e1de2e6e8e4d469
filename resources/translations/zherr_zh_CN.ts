<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Messages</name>
    <message>
        <source>User name: 1–40 characters, no spaces.</source>
        <translation>用户名：1–40 个字符，不能有空格。</translation>
    </message>
    <message>
        <source>Unknown role {value}: administrator, supervisor, clerk, sorter, dispatcher or finance.</source>
        <translation>未知角色 {value}：只能是管理员、主管、柜台文员、分拣员、调度员或财务。</translation>
    </message>
    <message>
        <source>User {username} already exists.</source>
        <translation>用户 {username} 已存在。</translation>
    </message>
    <message>
        <source>No user {username}.</source>
        <translation>没有用户 {username}。</translation>
    </message>
    <message>
        <source>This database already has users: an administrator adds the next ones.</source>
        <translation>该数据库已有用户：其他用户须由管理员添加。</translation>
    </message>
    <message>
        <source>You are not allowed to do this: your role does not permit it.</source>
        <translation>您无权执行此操作：您的角色没有此权限。</translation>
    </message>
    <message>
        <source>Only finance or a supervisor may change a merchant's payout details.</source>
        <translation>只有财务或主管可以修改商家的结算账户信息。</translation>
    </message>
    <message>
        <source>Only a supervisor may accept contents on the prohibited/restricted list.</source>
        <translation>只有主管可以特批收寄禁寄/限寄清单上的物品。</translation>
    </message>
    <message>
        <source>{value} is not an IANA time zone name (e.g. Asia/Shanghai): correct CARRIER_TZ.</source>
        <translation>{value} 不是 IANA 时区名（例如 Asia/Shanghai）：请更正 CARRIER_TZ。</translation>
    </message>
    <message>
        <source>{code}: collect ¥{due}; give --amount {due} and --method cash|transfer.</source>
        <translation>{code}：应收 ¥{due}；请给出 --amount {due} 和 --method cash|transfer。</translation>
    </message>
    <message>
        <source>--signature {value}: not a signed PNG image.</source>
        <translation>--signature {value}：不是有签名的 PNG 图片。</translation>
    </message>
    <message>
        <source>{code} is {current}: only a parcel not yet picked up can be cancelled.</source>
        <translation>{code} 当前为“{current}”：只有尚未揽收的包裹才能取消。</translation>
    </message>
    <message>
        <source>{code} is {current}, not on hold: there is nothing to release.</source>
        <translation>{code} 当前为“{current}”，未被扣件：无需放行。</translation>
    </message>
    <message>
        <source>{code} was already {current} (scanned at another place): this scan was not recorded.</source>
        <translation>{code} 已是“{current}”（在其他网点扫描过）：本次扫描未记录。</translation>
    </message>
    <message>
        <source>{code} has an open problem #{problem}: it takes no normal scan until the exceptions desk resolves it.</source>
        <translation>{code} 有未结问题件 #{problem}：问题件处理台处理完毕前，不能做常规扫描。</translation>
    </message>
    <message>
        <source>{code} is {current}, not out for delivery.</source>
        <translation>{code} 当前为“{current}”，不在派送中。</translation>
    </message>
    <message>
        <source>{code} is {current}: it cannot be handed over at the counter.</source>
        <translation>{code} 当前为“{current}”：不能在网点柜台自提交付。</translation>
    </message>
    <message>
        <source>{code} is {current}: it cannot be returned to the sender.</source>
        <translation>{code} 当前为“{current}”：不能退回寄件人。</translation>
    </message>
    <message>
        <source>{code} has no branch to return to.</source>
        <translation>{code} 没有可退回的网点。</translation>
    </message>
    <message>
        <source>{value} is not a reason for a failed delivery: choose one from the list.</source>
        <translation>{value} 不是派送失败原因：请从列表中选择。</translation>
    </message>
    <message>
        <source>The next attempt date is in the past.</source>
        <translation>下次派送日期不能早于今天。</translation>
    </message>
    <message>
        <source>The receiver's name is required.</source>
        <translation>请填写签收人姓名。</translation>
    </message>
    <message>
        <source>{value} is not a relation to the addressee: choose one from the list.</source>
        <translation>{value} 不是与收件人的关系：请从列表中选择。</translation>
    </message>
    <message>
        <source>The photo is larger than 8 MB.</source>
        <translation>照片超过 8 MB。</translation>
    </message>
    <message>
        <source>Attach the signed stub or run-sheet page.</source>
        <translation>请附上签收联或派件单页。</translation>
    </message>
    <message>
        <source>Say how the money was paid (cash or transfer).</source>
        <translation>请选择收款方式（现金或转账）。</translation>
    </message>
    <message>
        <source>No proof of delivery is recorded for these waybills.</source>
        <translation>这些运单没有签收记录。</translation>
    </message>
    <message>
        <source>The signature has too many points: clear it and sign again.</source>
        <translation>签名的笔迹点过多：请清除后重新签名。</translation>
    </message>
    <message>
        <source>The signature cannot be read: clear it and sign again.</source>
        <translation>无法读取签名：请清除后重新签名。</translation>
    </message>
    <message>
        <source>Courier {code} is deactivated.</source>
        <translation>快递员 {code} 已停用。</translation>
    </message>
    <message>
        <source>{code} is already assigned to {courier}.</source>
        <translation>{code} 已分配给快递员 {courier}。</translation>
    </message>
    <message>
        <source>{code} is assigned to {courier}; give a reason to reassign it</source>
        <translation>{code} 已分配给 {courier}；改派须填写原因</translation>
    </message>
    <message>
        <source>Courier code: letters and digits, at most 16.</source>
        <translation>快递员编号：字母和数字，最多 16 位。</translation>
    </message>
    <message>
        <source>The courier's name is required.</source>
        <translation>请填写快递员姓名。</translation>
    </message>
    <message>
        <source>Capacity: 1 to 999 parcels.</source>
        <translation>容量：1 至 999 件。</translation>
    </message>
    <message>
        <source>Branch {code} has no route {route}.</source>
        <translation>网点 {code} 没有路线 {route}。</translation>
    </message>
    <message>
        <source>Run {code} is closed: it can no longer be changed.</source>
        <translation>派送批次 {code} 已结束，不能再更改。</translation>
    </message>
    <message>
        <source>{code} is not on run {run}.</source>
        <translation>{code} 不在派送批次 {run} 中。</translation>
    </message>
    <message>
        <source>Run {code}: {count} parcel(s) not accounted for: {waybills}</source>
        <translation>派送批次 {code} 还有 {count} 件未核销：{waybills}</translation>
    </message>
    <message>
        <source>Cash-up {cash_up} is closed and cannot be changed.</source>
        <translation>交款单 {cash_up} 已结，不能再更改。</translation>
    </message>
    <message>
        <source>A reason is required to approve a variance.</source>
        <translation>批准差额须填写原因。</translation>
    </message>
    <message>
        <source>Cash-up {cash_up} has no declared variance to approve.</source>
        <translation>交款单 {cash_up} 没有待审批的差额。</translation>
    </message>
    <message>
        <source>Unknown payment method {value}.</source>
        <translation>未知收款方式 {value}。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Nothing to settle for {merchant} from {start} to {end}.</source>
        <translation>商家 {merchant} 在 {start} 至 {end} 期间没有可结算的包裹。</translation>
    </message>
    <message>
        <source>Some of these parcels were settled meanwhile by someone else: preview again.</source>
        <translation>其中部分包裹刚被他人结算：请重新预览。</translation>
    </message>
    <message>
        <source>Merchant code: 2–16 letters or digits.</source>
        <translation>商家编号：2–16 位字母或数字。</translation>
    </message>
    <message>
        <source>Merchant code {code} is already used.</source>
        <translation>商家编号 {code} 已被使用。</translation>
    </message>
    <message>
        <source>Settlement cycle {value}: daily, weekly or monthly.</source>
        <translation>结算周期 {value} 无效：只能是每日、每周或每月。</translation>
    </message>
    <message>
        <source>Settlement account: 8–30 digits.</source>
        <translation>结算账号：8–30 位数字。</translation>
    </message>
    <message>
        <source>An account number needs the account holder's name.</source>
        <translation>填写结算账号时须填写开户名。</translation>
    </message>
    <message>
        <source>No branch {code}.</source>
        <translation>没有网点 {code}。</translation>
    </message>
    <message>
        <source>Weight: more than 0 and at most 1000 kg.</source>
        <translation>重量：须大于 0 公斤，且不超过 1000 公斤。</translation>
    </message>
    <message>
        <source>{value} is not a weight (e.g. 1.25 or 1250g).</source>
        <translation>{value} 不是重量（例如 1.25 或 1250g）。</translation>
    </message>
    <message>
        <source>Time window: HH:MM to HH:MM.</source>
        <translation>揽收时间段：HH:MM 至 HH:MM。</translation>
    </message>
    <message>
        <source>The time window must end after it starts.</source>
        <translation>时间段的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Expected pieces: 1 to 9999.</source>
        <translation>预计件数：1 至 9999。</translation>
    </message>
    <message>
        <source>No active courier {code}.</source>
        <translation>快递员 {code} 不存在或已停用。</translation>
    </message>
    <message>
        <source>Pickup request {request} has no courier yet: assign a courier first.</source>
        <translation>揽收请求 {request} 尚未指派快递员：请先指派快递员。</translation>
    </message>
    <message>
        <source>Pickup request {request} is closed or cancelled: it can no longer be changed.</source>
        <translation>揽收请求 {request} 已关闭或已取消，不能再更改。</translation>
    </message>
    <message>
        <source>No rate for {service} from {origin} to {destination}: add a row for these places (or a * row) to the rate card.</source>
        <translation>价目表中没有 {service} 从 {origin} 到 {destination} 的价格：请为这些地区（或 * 通配）添加一行。</translation>
    </message>
    <message>
        <source>A rate row needs a service, an origin and a destination (a province or city name, or *).</source>
        <translation>价格行须填写服务、始发地和目的地（省名或市名，或 *）。</translation>
    </message>
    <message>
        <source>Column {column} of a rate row is empty.</source>
        <translation>价格行的 {column} 列为空。</translation>
    </message>
    <message>
        <source>The first weight and the weight step must be more than 0 kg (got {value}).</source>
        <translation>首重和续重须大于 0 公斤（现为 {value}）。</translation>
    </message>
    <message>
        <source>The first weight and the weight step have at most 3 decimals.</source>
        <translation>首重和续重最多 3 位小数。</translation>
    </message>
    <message>
        <source>The volumetric divisor must be a whole number above 0 (got {value}).</source>
        <translation>体积重除数须为大于 0 的整数（现为 {value}）。</translation>
    </message>
    <message>
        <source>The rate card has {count} problem(s); nothing was imported: {details}</source>
        <translation>价目表有 {count} 处问题，未导入任何内容：{details}</translation>
    </message>
    <message>
        <source>{value} must not be negative.</source>
        <translation>{value} 不能为负数。</translation>
    </message>
    <message>
        <source>Dimensions {value} cm: length, width and height must each be a whole number above 0.</source>
        <translation>尺寸 {value} 厘米：长、宽、高须均为大于 0 的整数。</translation>
    </message>
    <message>
        <source>Dimensions: a side over 1000 cm is not a parcel.</source>
        <translation>尺寸：单边超过 1000 厘米，不能按包裹收寄。</translation>
    </message>
    <message>
        <source>Discount {value}: a percentage from 0 to 100, at most two decimals.</source>
        <translation>折扣 {value}：须为 0 到 100 之间的百分比，最多两位小数。</translation>
    </message>
    <message>
        <source>Payer {value}: sender pays cash (寄付现结), monthly account (寄付月结), receiver (到付) or third party.</source>
        <translation>付款方式 {value} 无效：只能是寄付现结、寄付月结、到付或第三方付。</translation>
    </message>
    <message>
        <source>Monthly account (寄付月结) needs a merchant to bill.</source>
        <translation>寄付月结须有商家承担运费。</translation>
    </message>
    <message>
        <source>{value} is not a problem reason: choose one from the list.</source>
        <translation>{value} 不是问题件原因：请从列表中选择。</translation>
    </message>
    <message>
        <source>{value} is not an action for a problem: choose one from the list.</source>
        <translation>{value} 不是问题件处理方式：请从列表中选择。</translation>
    </message>
    <message>
        <source>Say whom you called.</source>
        <translation>请填写联系了谁。</translation>
    </message>
    <message>
        <source>Say what came of the call.</source>
        <translation>请填写联系结果。</translation>
    </message>
    <message>
        <source>Whom: at most 80 characters; outcome: at most 200.</source>
        <translation>联系人最多 80 个字符；联系结果最多 200 个字符。</translation>
    </message>
    <message>
        <source>Say why the parcel is held or marked as an exception.</source>
        <translation>请填写扣件或登记异常的原因。</translation>
    </message>
    <message>
        <source>A day report is a PDF or an XLSX, not {value}.</source>
        <translation>日报只能是 PDF 或 XLSX，不能是 {value}。</translation>
    </message>
    <message>
        <source>Hours must be a whole number.</source>
        <translation>小时数须为整数。</translation>
    </message>
    <message>
        <source>The row limit must be positive.</source>
        <translation>行数上限须为正数。</translation>
    </message>
    <message>
        <source>Unknown document kind {value}.</source>
        <translation>未知单据类型 {value}。</translation>
    </message>
    <message>
        <source>Unknown print format {value}.</source>
        <translation>未知打印格式 {value}。</translation>
    </message>
    <message>
        <source>A reason is required to cancel a waybill.</source>
        <translation>取消运单须填写原因。</translation>
    </message>
    <message>
        <source>Label size {value}: 100x150, 100x180 or 76x130.</source>
        <translation>面单尺寸 {value} 无效：只能是 100x150、100x180 或 76x130。</translation>
    </message>
    <message>
        <source>No waybills to print.</source>
        <translation>没有要打印的运单。</translation>
    </message>
    <message>
        <source>No arrival check {session}.</source>
        <translation>没有到件核对 {session}。</translation>
    </message>
    <message>
        <source>Arrival check {session} is closed.</source>
        <translation>到件核对 {session} 已结束。</translation>
    </message>
    <message>
        <source>Bag {code} is already sealed (or has left): it cannot be sealed again.</source>
        <translation>袋 {code} 已封袋（或已发出），不能再次封袋。</translation>
    </message>
    <message>
        <source>Bag {code} is empty: there is nothing to seal.</source>
        <translation>袋 {code} 是空袋：无需封袋。</translation>
    </message>
    <message>
        <source>Bag {code} has left or was voided: it can no longer be changed.</source>
        <translation>袋 {code} 已发出或已作废，不能再更改。</translation>
    </message>
    <message>
        <source>{code} is not in bag {bag}.</source>
        <translation>{code} 不在袋 {bag} 中。</translation>
    </message>
    <message>
        <source>Say why the parcel is taken out of the bag.</source>
        <translation>请填写从袋中取出包裹的原因。</translation>
    </message>
    <message>
        <source>Say why the bag is voided.</source>
        <translation>请填写作废该袋的原因。</translation>
    </message>
    <message>
        <source>Bag {code} is not sealed (or has left): only sealed bags go on a manifest.</source>
        <translation>袋 {code} 未封袋（或已发出）：只有已封的袋才能装上交接单。</translation>
    </message>
    <message>
        <source>{code} is already on a manifest.</source>
        <translation>{code} 已在交接单上。</translation>
    </message>
    <message>
        <source>{code} is {status}: a loose parcel must be sorted first (bagged ones travel in their bag).</source>
        <translation>{code} 当前为“{status}”：散件须先分拣（已集包的包裹随袋发运）。</translation>
    </message>
    <message>
        <source>A manifest goes to another place than this one.</source>
        <translation>交接单的目的地须是其他网点，不能是本网点。</translation>
    </message>
    <message>
        <source>Manifest {code} has departed: it can no longer be changed.</source>
        <translation>交接单 {code} 已发车，不能再更改。</translation>
    </message>
    <message>
        <source>Manifest {code} has arrived: it cannot depart again.</source>
        <translation>交接单 {code} 已到达，不能再次发车。</translation>
    </message>
    <message>
        <source>Manifest {code} is empty: there is nothing to depart.</source>
        <translation>交接单 {code} 是空的：没有可发车的包裹。</translation>
    </message>
    <message>
        <source>The vehicle, the seal number and the driver are required to depart.</source>
        <translation>发车须填写车辆、封签号和司机。</translation>
    </message>
    <message>
        <source>A postcode prefix is 1 to 6 digits.</source>
        <translation>邮编前缀为 1–6 位数字。</translation>
    </message>
    <message>
        <source>Give a postcode prefix or at least one of province, city, district.</source>
        <translation>请填写邮编前缀，或省、市、区至少一项。</translation>
    </message>
    <message>
        <source>No routing rule #{rule}.</source>
        <translation>没有分拣规则 #{rule}。</translation>
    </message>
    <message>
        <source>{code} is {status}: it cannot be re-routed.</source>
        <translation>{code} 当前为“{status}”：不能改派路由。</translation>
    </message>
</context>
</TS>
