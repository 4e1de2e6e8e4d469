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
</TS>
