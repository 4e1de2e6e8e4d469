<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="43"/>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="263"/>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="44"/>
        <source>Sorted</source>
        <translation>分拣</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="45"/>
        <source>Bagged</source>
        <translation>装袋</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="46"/>
        <source>Departed</source>
        <translation>发车</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="47"/>
        <source>Arrived</source>
        <translation>到件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="48"/>
        <source>Out for delivery</source>
        <translation>派件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="49"/>
        <source>Delivered</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="50"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="51"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="171"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="173"/>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="174"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="179"/>
        <source>COD collected</source>
        <translation>代收货款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="182"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="185"/>
        <source>Cash-up</source>
        <translation>交款单</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="186"/>
        <source>Courier / counter</source>
        <translation>快递员 / 柜台</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="187"/>
        <source>Expected</source>
        <translation>应交</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="188"/>
        <source>Declared</source>
        <translation>实交</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="189"/>
        <source>Variance</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="234"/>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="245"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="246"/>
        <source>Location:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="247"/>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="315"/>
        <source>all</source>
        <translation>全网</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="248"/>
        <source>Refresh every (s):</source>
        <translation>自动刷新（秒）：</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="249"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="250"/>
        <source>Open problems</source>
        <translation>未结问题件</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="251"/>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="261"/>
        <source>Cash-ups awaiting approval</source>
        <translation>待审批交款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="252"/>
        <source>Stranded at close (留仓)</source>
        <translation>留仓</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="253"/>
        <source>COD collected / handed over</source>
        <translation>代收货款 / 已交款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="254"/>
        <source>Open the exceptions desk</source>
        <translation>打开问题件处理</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="255"/>
        <source>Open cash-ups</source>
        <translation>打开交款</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="256"/>
        <source>Parcels by stage</source>
        <translation>各环节件量</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="257"/>
        <source>Last 7 days: volume and first-attempt rate</source>
        <translation>近7天：收件量与首次派送成功率</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="258"/>
        <source>By station</source>
        <translation>按工位</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="259"/>
        <source>By courier</source>
        <translation>按快递员</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="260"/>
        <source>Open problems by age</source>
        <translation>未结问题件（按时长）</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="262"/>
        <source>Parcels</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="264"/>
        <source>First-attempt rate %</source>
        <translation>首次派送成功率 %</translation>
    </message>
    <message>
        <location filename="../../carrier_app/ui/pages/dashboard.py" line="314"/>
        <source>{day} at {where}</source>
        <translation>{day} {where}</translation>
    </message>
</context>
</TS>
