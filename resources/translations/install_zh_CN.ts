<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>carrier_app — set up this depot</source>
        <translation>carrier_app — 设置本站点</translation>
    </message>
    <message>
        <source>The database {db} is empty. Set up your depot: its site code and the first administrator. No demo data or demo accounts are added.</source>
        <translation>数据库 {db} 是空的。请设置本站点：站点代码和第一位管理员。不会添加演示数据或演示账号。</translation>
    </message>
    <message>
        <source>Site code (hub 571 or branch 571-12)</source>
        <translation>站点代码（转运中心 571 或营业部 571-12）</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>Administrator's user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>The administrator chooses a new password at the first log-in.</source>
        <translation>管理员首次登录时须设置新密码。</translation>
    </message>
    <message>
        <source>Set up the depot</source>
        <translation>设置站点</translation>
    </message>
    <message>
        <source>A demo database instead</source>
        <translation>改用演示数据库</translation>
    </message>
    <message>
        <source>Enter the administrator's user name and password.</source>
        <translation>请输入管理员用户名和密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Change the initial password</source>
        <translation>修改初始密码</translation>
    </message>
    <message>
        <source>{user}: this is an initial password. Choose your own (at least 8 characters) to continue.</source>
        <translation>{user}：这是初始密码。请设置您自己的密码（至少 8 个字符）后继续。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO DATABASE</source>
        <translation>演示数据库</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{username} must change the initial password before working.</source>
        <translation>{username} 须先修改初始密码才能操作。</translation>
    </message>
    <message>
        <source>This database is not empty (it has a network or users): a depot is set up on a new, empty database only.</source>
        <translation>此数据库不是空的（已有网点或用户）：只能在新的空数据库上设置站点。</translation>
    </message>
    <message>
        <source>This is a real depot's database: demo data and demo accounts are never added to it.</source>
        <translation>这是正式站点的数据库：不能添加演示数据和演示账号。</translation>
    </message>
    <message>
        <source>Site {value}: a hub code (2–8 letters or digits, e.g. 571) or a branch code hub-number (e.g. 571-12).</source>
        <translation>站点 {value}：应为转运中心代码（2–8 位字母或数字，如 571）或营业部代码“中心-编号”（如 571-12）。</translation>
    </message>
    <message>
        <source>Password: at least 8 characters.</source>
        <translation>密码：至少 8 个字符。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
</context>
</TS>
