<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="54" />
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="55" />
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="56" />
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="56" />
        <source>— nobody free —</source>
        <translation>— 无空闲快递员 —</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="57" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="57" />
        <source>route</source>
        <translation>按路线</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="58" />
        <source>overflow (route full)</source>
        <translation>溢出（路线已满）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="59" />
        <source>all couriers full</source>
        <translation>所有快递员已满</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="60" />
        <source>changed by hand</source>
        <translation>手动调整</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="111" />
        <source>Assign couriers</source>
        <translation>分配快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="114" />
        <source>Branch:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="115" />
        <source>Preview auto-assign</source>
        <translation>预览自动分配</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="116" />
        <source>Confirm assignment</source>
        <translation>确认分配</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="117" />
        <source>Move selected to this courier</source>
        <translation>将所选移至该快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="118" />
        <source>Auto-assign by route</source>
        <translation>按路线自动分配</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="119" />
        <source>Scan to assign: courier badge first, then parcels</source>
        <translation>扫描分配：先扫快递员工牌，再扫包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="120" />
        <source>Scan:</source>
        <translation>扫描：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="121" />
        <source>Reassign reason:</source>
        <translation>改派原因：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="140" />
        <source>Courier: {code}</source>
        <translation>快递员：{code}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="141" />
        <source>Courier: — scan a badge</source>
        <translation>快递员：— 请扫描工牌</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="153" />
        <source>{n} parcel(s) waiting; check and confirm</source>
        <translation>{n} 件待分配，请核对后确认</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="183" />
        <source>{n} assigned; {c} changed meanwhile and were left alone: {list}</source>
        <translation>已分配 {n} 件；{c} 件期间已被他人处理，未改动：{list}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="188" />
        <source>{n} parcel(s) assigned</source>
        <translation>已分配 {n} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="198" />
        <source>Scan the courier's badge first</source>
        <translation>请先扫描快递员工牌</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="208" />
        <source>{wb}: already assigned to {c}</source>
        <translation>{wb}：已分配给 {c}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="211" />
        <source>{wb} → {c}</source>
        <translation>{wb} → {c}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="223" />
        <source>Courier {code} is not active</source>
        <translation>快递员 {code} 已停用</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_assign.py" line="227" />
        <source>Courier {code} {name}: scan the parcels</source>
        <translation>快递员 {code} {name}：请扫描包裹</translation>
    </message>
</context>
<context>
    <name>CashUpPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="87" />
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="88" />
        <source>COD</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="89" />
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="114" />
        <source>Courier cash-up</source>
        <translation>快递员交款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="117" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="117" />
        <source>Transfer / QR payment</source>
        <translation>转账 / 扫码支付</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="120" />
        <source>Courier badge or branch (counter):</source>
        <translation>快递员工牌或网点（柜台）：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="122" />
        <source>Scan the courier's badge, or type a branch code for its counter, and press Enter</source>
        <translation>扫描快递员工牌，或输入网点编号（柜台交款），然后按回车</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="125" />
        <source>Expected / handed over</source>
        <translation>应收 / 实交</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="126" />
        <source>Record amounts handed over</source>
        <translation>登记实交金额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="127" />
        <source>Variance approval (supervisor)</source>
        <translation>差额审批（主管）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="128" />
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="129" />
        <source>Approve variance</source>
        <translation>批准差额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="149" />
        <source>Cash-up {id} for {c}: {n} COD parcel(s)</source>
        <translation>交款单 {id}（{c}）：{n} 件代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="158" />
        <source>expected ¥{a}</source>
        <translation>应收 ¥{a}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="171" />
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="171" />
        <source>variance awaiting approval</source>
        <translation>差额待审批</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="173" />
        <source>closed</source>
        <translation>已结</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="174" />
        <source>Expected ¥{e}</source>
        <translation>应收 ¥{e}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="176" />
        <source>Handed over ¥{d}   Variance {x}</source>
        <translation>实交 ¥{d}   差额 {x}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="195" />
        <source>Variance of {x}: a supervisor must approve it with a reason</source>
        <translation>差额 {x}：须由主管填写原因审批</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="192" />
        <source>Cash-up closed: amounts match</source>
        <translation>交款已结：金额相符</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_cashup.py" line="210" />
        <source>Variance approved; cash-up closed</source>
        <translation>差额已批准，交款已结</translation>
    </message>
</context>
<context>
    <name>CouriersPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="37" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="38" />
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="87" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="39" />
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="88" />
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="40" />
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="41" />
        <source>Load now</source>
        <translation>当前件量</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="42" />
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="91" />
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="42" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="42" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="43" />
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="88" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="83" />
        <source>Couriers</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="86" />
        <source>Branch:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="87" />
        <source>Badge code</source>
        <translation>工牌编号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="89" />
        <source>Capacity (parcels per run)</source>
        <translation>容量（每趟件数）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="92" />
        <source>Save courier</source>
        <translation>保存快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_couriers.py" line="126" />
        <source>Courier {code} saved</source>
        <translation>快递员 {code} 已保存</translation>
    </message>
</context>
<context>
    <name>DeliveryNames</name>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="13" />
        <source>Recipient (本人)</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="14" />
        <source>Family (家人)</source>
        <translation>家人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="15" />
        <source>Colleague (同事)</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="16" />
        <source>Pickup point (代收点)</source>
        <translation>代收点</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="17" />
        <source>Guard (门卫)</source>
        <translation>门卫</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="18" />
        <source>Reception (前台)</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="19" />
        <source>Merchant (商家)</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="20" />
        <source>Other (其他)</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="23" />
        <source>Nobody home</source>
        <translation>无人在家</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="24" />
        <source>Refused by recipient</source>
        <translation>收件人拒收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="25" />
        <source>Wrong address</source>
        <translation>地址错误</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="26" />
        <source>Recipient asked to reschedule</source>
        <translation>收件人要求改期</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="27" />
        <source>Damaged</source>
        <translation>包裹破损</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="28" />
        <source>No access to the building</source>
        <translation>无法进入小区/楼宇</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="29" />
        <source>Phone unreachable</source>
        <translation>电话无法接通</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="30" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="47" />
        <source>A signature is required for a COD parcel</source>
        <translation>代收货款包裹必须签名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="49" />
        <source>The merchant's signature is required for a return</source>
        <translation>退件须由商家签名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="51" />
        <source>Say how the COD amount was paid (cash or transfer)</source>
        <translation>请选择代收货款的支付方式（现金或转账）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="53" />
        <source>The receiver's name is required</source>
        <translation>请填写签收人姓名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="54" />
        <source>Attach the signed stub or page (an image up to 8 MB)</source>
        <translation>请附上签收联或派件单页（图片，不超过 8 MB）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="56" />
        <source>{code} is assigned to {courier}; give a reason to reassign it</source>
        <translation>{code} 已分配给 {courier}；改派须填写原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="58" />
        <source>A reason is required</source>
        <translation>请填写原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="59" />
        <source>{n} parcel(s) of the run are not accounted for: {list}</source>
        <translation>本派件单还有 {n} 件未核销：{list}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="61" />
        <source>{code}: some pieces are delivered; record the others as not attempted</source>
        <translation>{code}：部分件已签收；请将其余件登记为未派送</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="63" />
        <source>Not a valid amount: no negative numbers, at most two decimals</source>
        <translation>金额无效：不能为负数，最多两位小数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="65" />
        <source>This cash-up is closed or has no variance to approve</source>
        <translation>该交款单已结，或没有待审批的差额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="67" />
        <source>Courier {code} has no assigned parcels to take out</source>
        <translation>快递员 {code} 没有已分配待派送的包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="69" />
        <source>Nothing to settle for this merchant and period</source>
        <translation>该商家在此期间没有可结算的包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="70" />
        <source>The next attempt date is in the past</source>
        <translation>下次派送日期不能早于今天</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/delivery_names.py" line="71" />
        <source>Whoever declared a cash-up cannot approve its variance</source>
        <translation>登记交款的人不能审批其差额</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="146" />
        <source>Deliver / counter pickup</source>
        <translation>派送签收 / 网点自提</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="149" />
        <source>Waybill:</source>
        <translation>运单号：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="150" />
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="150" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="151" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="151" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="152" />
        <source>Pieces delivered</source>
        <translation>已签收件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="153" />
        <source>COD to collect</source>
        <translation>应收代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="155" />
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="156" />
        <source>Proof of delivery</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="157" />
        <source>Failed attempt</source>
        <translation>派送失败</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="158" />
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="158" />
        <source>Relation</source>
        <translation>与收件人关系</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="159" />
        <source>COD paid by</source>
        <translation>代收货款支付方式</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="159" />
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="163" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="164" />
        <source>Transfer / QR payment</source>
        <translation>转账 / 扫码支付</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="166" />
        <source>Counter pickup at this branch (自提)</source>
        <translation>本网点自提</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="167" />
        <source>Clear signature</source>
        <translation>清除签名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="168" />
        <source>Attach photo / signed stub…</source>
        <translation>附加照片 / 签收联…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="170" />
        <source>The signature is on the attached stub</source>
        <translation>签名在所附签收联上</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="171" />
        <source>Confirm delivery</source>
        <translation>确认签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="172" />
        <source>Print POD</source>
        <translation>打印签收单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="173" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="173" />
        <source>Next attempt</source>
        <translation>下次派送</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="174" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="176" />
        <source>Record failed attempt</source>
        <translation>登记派送失败</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="219" />
        <source>  · return to merchant</source>
        <translation>  · 退回商家</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="226" />
        <source>  · failed attempts: {n}</source>
        <translation>  · 派送失败 {n} 次</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="231" />
        <source>  (partial)</source>
        <translation>  （部分签收）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="232" />
        <source>nothing to collect</source>
        <translation>无需收款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="169" />
        <source>Attach photo or signed stub</source>
        <translation>附加照片或签收联</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="261" />
        <source>{wb}: {status}</source>
        <translation>{wb}：{status}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="264" />
        <source>{wb}: piece delivered, {done}/{n} pieces</source>
        <translation>{wb}：已签收一件，共 {done}/{n} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="283" />
        <source>{wb}: attempt {n} failed — returning to the merchant ({sort})</source>
        <translation>{wb}：第 {n} 次派送失败 — 退回商家（{sort}）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="287" />
        <source>Return label: {path}</source>
        <translation>退件面单：{path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="290" />
        <source>{wb}: attempt {n} failed, next attempt {date}</source>
        <translation>{wb}：第 {n} 次派送失败，下次派送 {date}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/delivery_pod.py" line="305" />
        <source>Proof of delivery saved: {path}</source>
        <translation>签收单已保存：{path}</translation>
    </message>
</context>
<context>
    <name>PageKit</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/page_kit.py" line="49" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Show closed runs</source>
        <translation>显示已结算派件单</translation>
    </message>
    <message>
        <source>Open close-out summary</source>
        <translation>打开结算汇总</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="66" />
        <source>Run</source>
        <translation>派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="67" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="68" />
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="69" />
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="83" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="69" />
        <source>not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="70" />
        <source>out</source>
        <translation>派送中</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="71" />
        <source>closed</source>
        <translation>已结</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="72" />
        <source>Parcels</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="78" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="79" />
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="80" />
        <source>Sort code</source>
        <translation>三段码</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="81" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="82" />
        <source>COD</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="84" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="148" />
        <source>Runs and close-out</source>
        <translation>派件单与回单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="151" />
        <source>delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="151" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="152" />
        <source>not attempted</source>
        <translation>未派送</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="155" />
        <source>Branch:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="156" />
        <source>Courier:</source>
        <translation>快递员：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="157" />
        <source>Create run</source>
        <translation>生成派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="158" />
        <source>Print run sheet</source>
        <translation>打印派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="159" />
        <source>Print PODs of the run</source>
        <translation>打印本单签收单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="160" />
        <source>Close-out</source>
        <translation>回单核销</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="161" />
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="162" />
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="163" />
        <source>COD paid by:</source>
        <translation>代收货款支付方式：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="164" />
        <source>Scan parcel:</source>
        <translation>扫描包裹：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="165" />
        <source>Attach signed stub / run-sheet page…</source>
        <translation>附加签收联 / 派件单页…</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="167" />
        <source>Close run</source>
        <translation>结束派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="168" />
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="169" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="170" />
        <source>Not attempted</source>
        <translation>未派送</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="172" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="173" />
        <source>Transfer / QR payment</source>
        <translation>转账 / 扫码支付</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="200" />
        <source>No run selected</source>
        <translation>未选择派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="201" />
        <source>Run {no} — {courier}, {n} parcel(s), {open} open</source>
        <translation>派件单 {no} — {courier}，{n} 件，{open} 件未核销</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="220" />
        <source>Run {no} created with {n} parcel(s)</source>
        <translation>已生成派件单 {no}，共 {n} 件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="240" />
        <source>No parcel of this run is delivered yet</source>
        <translation>本派件单尚无已签收的包裹</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="255" />
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="261" />
        <source>Run sheet saved: {path}</source>
        <translation>派件单已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="166" />
        <source>Signed stub or run-sheet page</source>
        <translation>签收联或派件单页</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="265" />
        <source>Select a run first</source>
        <translation>请先选择派件单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dispatch_runs.py" line="310" />
        <source>Run {no} closed: {d} delivered, {f} failed, {r} to reattempt. Summary: {path}</source>
        <translation>派件单 {no} 已结束：签收 {d} 件，失败 {f} 件，待再派 {r} 件。汇总：{path}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/signature_pad.py" line="34" />
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>请用鼠标、手写笔或手指在此签名</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Settled statement:</source>
        <translation>已结算单：</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Statement {no} opened; export it again with the button above</source>
        <translation>已打开结算单 {no}；可用上方按钮重新导出</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="64" />
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="65" />
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="66" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="66" />
        <source>delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="67" />
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="68" />
        <source>Delivered at</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="70" />
        <source>COD</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="71" />
        <source>Fee</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="72" />
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="95" />
        <source>Merchant statements</source>
        <translation>商家结算单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="98" />
        <source>Merchant:</source>
        <translation>商家：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="98" />
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="99" />
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="101" />
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="178" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="102" />
        <source>Settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="103" />
        <source>Export PDF, CSV, XLSX</source>
        <translation>导出 PDF、CSV、XLSX</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="128" />
        <source>{n} COD parcel(s) wait for their courier's cash-up and are not included</source>
        <translation>{n} 件代收货款尚待快递员交款，未计入</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="129" />
        <source>Preview — nothing settled yet</source>
        <translation>预览 — 尚未结算</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="140" />
        <source>Statement {no} settled</source>
        <translation>结算单 {no} 已结算</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="166" />
        <source>Saved: {paths}</source>
        <translation>已保存：{paths}</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/finance_statements.py" line="176" />
        <source>{no}  COD ¥{cod}  −  fees ¥{fee}  =  net payable ¥{net}  ({d} delivered, {r} returned)</source>
        <translation>{no}  代收货款 ¥{cod}  −  运费 ¥{fee}  =  应付 ¥{net}  （签收 {d} 件，退回 {r} 件）</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../../carrier_app/ui/widgets/task_bar.py" line="34" />
        <location filename="../../carrier_app/ui/widgets/task_bar.py" line="71" />
        <source>Cancel</source>
        <extracomment>True when a task starts, False when it has finished (done, failed or cancelled).</extracomment>
        <translation>取消</translation>
    </message>
</context>
</TS>