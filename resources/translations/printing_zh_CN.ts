<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BagsPage</name>
        <message>
            <source>An open bag with nothing in it, opened by mistake: give the reason in the reason box</source>
            <translation>误开且未装件的空袋：请在原因框中写明作废原因</translation>
        </message>
        <message>
            <source>Bag {bag} sealed: {n} piece(s)</source>
            <translation>袋 {bag} 已封袋：{n} 件</translation>
        </message>
        <message>
            <source>Bag {bag} voided</source>
            <translation>袋 {bag} 已作废</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>已作废</translation>
        </message>
        <message>
            <source>Void empty bag</source>
            <translation>作废空袋</translation>
        </message>
    </context>
    <context>
        <name>CashUpPage</name>
        <message>
            <source>Cash-up receipt printed: {no}</source>
            <translation>交款凭证已打印：{no}</translation>
        </message>
        <message>
            <source>Print cash-up receipt (交款凭证)</source>
            <translation>打印交款凭证</translation>
        </message>
    </context>
    <context>
        <name>DeliveryPage</name>
        <message>
            <source>Proof of delivery printed: {wb}</source>
            <translation>签收单已打印：{wb}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Bag {bag} is {status}: only an open, empty bag can be voided</source>
            <translation>袋 {bag} 状态为 {status}：只有未封的空袋可以作废</translation>
        </message>
        <message>
            <source>Bag {bag} still holds {pieces} parcel(s): take them out before voiding it</source>
            <translation>袋 {bag} 内还有 {pieces} 件：请先取出再作废</translation>
        </message>
        <message>
            <source>Print job {job} does not exist</source>
            <translation>打印任务 {job} 不存在</translation>
        </message>
    </context>
    <context>
        <name>PickupRequestsPage</name>
        <message>
            <source>Pickup {id} closed: {got} of {exp} collected.</source>
            <translation>揽收 {id} 已完成：预计 {exp} 件，实收 {got} 件。</translation>
        </message>
    </context>
    <context>
        <name>PrintNotice</name>
        <message>
            <source>No printer set: saved as {path}</source>
            <translation>未设置打印机：已保存为 {path}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Printing failed: {0}</source>
            <translation>打印失败：{0}</translation>
        </message>
        <message>
            <source>Sent to printer {printer}</source>
            <translation>已发送到打印机 {printer}</translation>
        </message>
    </context>
    <context>
        <name>PrintQueuePage</name>
        <message>
            <source>Bag label</source>
            <translation>袋标签</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Cash-up receipt</source>
            <translation>交款凭证</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>面单</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation>交接单</translation>
        </message>
        <message>
            <source>Of</source>
            <translation>单号</translation>
        </message>
        <message>
            <source>Pickup receipt</source>
            <translation>揽收单</translation>
        </message>
        <message>
            <source>Print again (补打)</source>
            <translation>补打</translation>
        </message>
        <message>
            <source>Print queue</source>
            <translation>打印记录</translation>
        </message>
        <message>
            <source>Printed again, marked 补打: {0}</source>
            <translation>已补打（带“补打”标记）：{0}</translation>
        </message>
        <message>
            <source>Printer or file</source>
            <translation>打印机或文件</translation>
        </message>
        <message>
            <source>Proof of delivery</source>
            <translation>签收单</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>补打</translation>
        </message>
        <message>
            <source>Run sheet</source>
            <translation>派件单</translation>
        </message>
        <message>
            <source>Shift+click opens the print dialog</source>
            <translation>按住 Shift 点击可打开打印对话框</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>结算单</translation>
        </message>
        <message>
            <source>Test page</source>
            <translation>测试页</translation>
        </message>
        <message>
            <source>This label was sent as ZPL; set a ZPL label printer to print it again.</source>
            <translation>此面单以 ZPL 发送；请设置 ZPL 标签打印机后再补打。</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Label test page</source>
            <translation>标签测试页</translation>
        </message>
    </context>
    <context>
        <name>RunsPage</name>
        <message>
            <source>Close-out summary of run {no} printed again</source>
            <translation>派件单 {no} 的结算汇总已补打</translation>
        </message>
        <message>
            <source>Printed: proofs of delivery of run {no}</source>
            <translation>已打印：派件单 {no} 的签收单</translation>
        </message>
        <message>
            <source>Run sheet printed: {no}</source>
            <translation>派件单已打印：{no}</translation>
        </message>
        <message>
            <source>Run {no} closed: {d} delivered, {f} failed, {r} to reattempt.</source>
            <translation>派件单 {no} 已结束：签收 {d} 件，失败 {f} 件，待再派 {r} 件。</translation>
        </message>
    </context>
    <context>
        <name>StatementsPage</name>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Shift+click opens the print dialog</source>
            <translation>按住 Shift 点击可打开打印对话框</translation>
        </message>
        <message>
            <source>Statement printed: {no}</source>
            <translation>结算单已打印：{no}</translation>
        </message>
    </context>
    <context>
        <name>WorkstationPage</name>
        <message>
            <source>Document printer, A4 (empty: PDF into the documents folder)</source>
            <translation>单据打印机 A4（留空：PDF 存入单据文件夹）</translation>
        </message>
        <message>
            <source>Label format</source>
            <translation>标签格式</translation>
        </message>
        <message>
            <source>Label paper (mm)</source>
            <translation>标签纸（毫米）</translation>
        </message>
        <message>
            <source>Label printer (empty: PDF into the documents folder)</source>
            <translation>标签打印机（留空：PDF 存入单据文件夹）</translation>
        </message>
        <message>
            <source>Printers of this workstation</source>
            <translation>本工作站的打印机</translation>
        </message>
        <message>
            <source>Printers saved. They apply at once.</source>
            <translation>打印机已保存，立即生效。</translation>
        </message>
        <message>
            <source>Save printers</source>
            <translation>保存打印机</translation>
        </message>
        <message>
            <source>Test page printed.</source>
            <translation>测试页已打印。</translation>
        </message>
        <message>
            <source>Test page: document printer</source>
            <translation>测试页：单据打印机</translation>
        </message>
        <message>
            <source>Test page: label printer</source>
            <translation>测试页：标签打印机</translation>
        </message>
        <message>
            <source>ZPL label printer: give its address as host or host:port (port 9100 when left out).</source>
            <translation>ZPL 标签打印机：请填写地址 主机 或 主机:端口（不填端口则为 9100）。</translation>
        </message>
        <message>
            <source>ZPL printer address (host:port)</source>
            <translation>ZPL 打印机地址（主机:端口）</translation>
        </message>
    </context>
</TS>
