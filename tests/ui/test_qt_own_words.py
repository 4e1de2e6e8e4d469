"""Qt's own dialogs and standard buttons speak Chinese in zh_CN (qtbase_zh_CN.qm from PySide6),
and English again after switching back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from carrier_app.ui import i18n

B = QDialogButtonBox.StandardButton


def texts(widget) -> set[str]:
    return {w.text() for w in widget.findChildren(QLabel)} | {
        b.text() for b in widget.findChildren(QDialogButtonBox)[0].buttons()}


def test_standard_buttons_and_the_file_dialog_are_translated(qtbot):
    i18n.set_language("zh_CN")
    box = QDialogButtonBox(B.Ok | B.Cancel | B.Save | B.Yes | B.No)
    qtbot.addWidget(box)
    assert [box.button(b).text().replace("&", "") for b in (B.Ok, B.Cancel, B.Yes, B.No)] \
        == ["确定", "取消", "是(Y)", "否(N)"]
    question = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Ok
                           | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(question)
    assert {b.text() for b in question.buttons()} == {"确定", "取消"}
    files = QFileDialog(None, "保存")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(files)
    shown = texts(files)
    wanted = {"文件名称(&N)：", "保存(&S)", "取消", "查找范围(&L)：", "文件类型(&T)："}
    assert wanted <= shown, shown
    i18n.set_language("en")
    qtbot.waitUntil(lambda: box.button(B.Cancel).text().replace("&", "") == "Cancel")
