"""Qt 6's own words that its zh_CN catalogue (qtbase_zh_CN.qm) lacks: the file dialog's labels
gained accelerators in Qt 6 and the file type names moved context. Marked here only so that
lupdate puts them in carrier_app_zh_CN.ts; Qt asks that translator when its own has nothing."""

from __future__ import annotations

from carrier_app.ui.i18n import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)
