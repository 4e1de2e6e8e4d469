<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>MerchantsPage</name>
        <message>
            <source>Safety agreement</source>
            <translation>安全协议</translation>
        </message>
        <message>
            <source>Safety agreement:</source>
            <translation>安全协议：</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>已签订，日期</translation>
        </message>
        <message>
            <source>Save agreement</source>
            <translation>保存协议</translation>
        </message>
        <message>
            <source>its parcels need no sender ID at acceptance (a supervisor sets this)</source>
            <translation>协议客户的包裹收寄时无需寄件人实名（由主管设置）</translation>
        </message>
        <message>
            <source>{code}: safety agreement signed {date}</source>
            <translation>{code}：安全协议已签订 {date}</translation>
        </message>
        <message>
            <source>{code}: no safety agreement</source>
            <translation>{code}：无安全协议</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Not a valid resident ID number: check character or birth date wrong</source>
            <translation>居民身份证号码无效：校验码或出生日期错误</translation>
        </message>
        <message>
            <source>Not the form of a number of this ID type</source>
            <translation>号码格式与该证件类型不符</translation>
        </message>
        <message>
            <source>Choose the ID type</source>
            <translation>请选择证件类型</translation>
        </message>
        <message>
            <source>On the prohibited/restricted list: a supervisor's override is needed</source>
            <translation>属于禁寄/限寄物品：需主管特批</translation>
        </message>
        <message>
            <source>Contents match the prohibited/restricted list ({words}): refused unless a supervisor overrides with a reason</source>
            <translation>内件品名命中禁寄/限寄清单（{words}）：拒收，除非主管填写原因特批</translation>
        </message>
        <message>
            <source>Merchant {merchant} has no signed safety agreement: its parcels need the ID of whoever hands them over and are accepted at the counter, not imported</source>
            <translation>商家 {merchant} 未签订安全协议：其包裹须由交寄人实名，在柜台逐件收寄，不能导入</translation>
        </message>
    </context>
    <context>
        <name>WaybillFormPage</name>
        <message>
            <source>ID type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>特批原因</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>验视</translation>
        </message>
        <message>
            <source>Not inspected because</source>
            <translation>未验视原因</translation>
        </message>
        <message>
            <source>Resident ID card</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <source>Home-return permit (HK/Macao)</source>
            <translation>港澳居民来往内地通行证</translation>
        </message>
        <message>
            <source>Mainland travel permit (Taiwan)</source>
            <translation>台湾居民来往大陆通行证</translation>
        </message>
        <message>
            <source>Exit-entry permit to HK/Macao</source>
            <translation>往来港澳通行证</translation>
        </message>
        <message>
            <source>type the ID: a returning sender is filled in</source>
            <translation>输入证件号：老客户自动带出</translation>
        </message>
        <message>
            <source>Contents inspected (已验视)</source>
            <translation>已验视内件</translation>
        </message>
        <message>
            <source>required when not inspected</source>
            <translation>未验视时必填</translation>
        </message>
        <message>
            <source>listed contents only: a supervisor's reason</source>
            <translation>仅禁寄/限寄物品：主管填写原因</translation>
        </message>
        <message>
            <source>Returning sender {name} ({id}), last waybill {waybill}</source>
            <translation>老客户 {name}（{id}），上一票 {waybill}</translation>
        </message>
    </context>
</TS>