<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>WaybillFormPage</name>
        <message>
            <source>Paste 智能识别</source>
            <translation>智能识别</translation>
        </message>
        <message>
            <source>Fill in</source>
            <translation>识别填入</translation>
        </message>
        <message>
            <source>paste name, phone and address in any order, then Enter</source>
            <translation>粘贴姓名、电话、地址（顺序不限），按回车识别</translation>
        </message>
        <message>
            <source>Nothing recognised in the pasted text: type the fields.</source>
            <translation>未能从粘贴内容中识别出任何信息，请手动填写。</translation>
        </message>
        <message>
            <source>Filled in from the pasted text; not found: {fields}. Type them, check the rest, then save.</source>
            <translation>已按粘贴内容填入；未识别：{fields}。请补填并核对其余各项后保存。</translation>
        </message>
        <message>
            <source>Filled in from the pasted text: check the fields, then save (Ctrl+S).</source>
            <translation>已按粘贴内容填入，请核对后保存（Ctrl+S）。</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>Save mapping for this merchant</source>
            <translation>保存为该商家的列对应</translation>
        </message>
        <message>
            <source>{header} not used: {kept} is read as {field}</source>
            <translation>{header} 未使用：{field} 取自 {kept}</translation>
        </message>
        <message>
            <source>no weight column: the merchant's default weight is used, corrected when weighed at receiving</source>
            <translation>无重量列：使用商家默认重量，收件称重时更正</translation>
        </message>
        <message>
            <source>Pick the column for: {fields}</source>
            <translation>请为以下字段选择对应的列：{fields}</translation>
        </message>
        <message>
            <source>(the saved mapping {name})</source>
            <translation>（已套用保存的列对应 {name}）</translation>
        </message>
        <message>
            <source>Mapping saved for {merchant}: its next files are read the same way.</source>
            <translation>已为 {merchant} 保存列对应：以后的文件按同样方式读取。</translation>
        </message>
        <message>
            <source>{count} without a route, waiting in manual routing (rows {rows})</source>
            <translation>{count} 单无路由，已进入人工分拣（第 {rows} 行）</translation>
        </message>
    </context>
    <context>
        <name>MerchantsPage</name>
        <message>
            <source>kg, for files without weights</source>
            <translation>公斤，用于无重量列的订单文件</translation>
        </message>
        <message>
            <source>Default weight:</source>
            <translation>默认重量：</translation>
        </message>
    </context>
</TS>
