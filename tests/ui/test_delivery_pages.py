"""Signature pad and delivery screen driven with qtbot (mouse strokes, scans, buttons)."""

from __future__ import annotations

import os

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from carrier_app.delivery.signature import ink_ratio
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel, ProofOfDelivery
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.delivery_pod import DeliveryPage
from carrier_app.ui.widgets.feedback import Kind
from carrier_app.ui.widgets.signature_pad import SignaturePad
from delivery_support import arrived, dispatcher, out_for_delivery

#: Screenshots for people to look at (also kept in the repository, like the main window's).
SHOTS = os.environ.get("CARRIER_SHOTS") or str(
    __import__("pathlib").Path(__file__).resolve().parents[2] / "screenshots")


def sign(qtbot, pad, strokes=((30, 100), (80, 40), (130, 120), (180, 50), (230, 110))):
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*strokes[0]))
    for x, y in strokes[1:]:
        for i in range(1, 6):   # several moves per segment, like a hand
            qtbot.mouseMove(pad, QPoint(x - (5 - i) * 4, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*strokes[-1]))


def scan(qtbot, box, code):
    qtbot.keyClicks(box, code)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_signature_pad_strokes_and_png(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    assert pad.is_empty() and ink_ratio(pad.to_png()) == 0
    with qtbot.waitSignal(pad.changed):
        sign(qtbot, pad)
    sign(qtbot, pad, ((300, 60), (350, 120)))
    assert len(pad.strokes) == 2 and len(pad.strokes[0]) > 10
    png = pad.to_png()
    assert png.startswith(b"\x89PNG") and ink_ratio(png) > 0.002
    pad.clear()
    assert pad.is_empty() and ink_ratio(pad.to_png()) == 0


def test_delivery_screen_cod_needs_signature_then_delivers(qtbot, demo_sqlite):
    (wb,), _ = out_for_delivery(demo_sqlite, 1, cod="88.80", name="欧阳娜娜")
    page = DeliveryPage(AppContext(demo_sqlite, dispatcher("571-15")))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    scan(qtbot, page.scan, wb.lower())
    assert page.fields["cod"].text() == "¥88.80"
    assert page.receiver.text() == "欧阳娜娜"
    qtbot.mouseClick(page.deliver_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.ERROR          # no signature on a COD parcel
    page.relation.setCurrentIndex(page.relation.findData("GUARD"))
    page.receiver.setText("王大爷")
    sign(qtbot, page.pad)
    if SHOTS:
        page.grab().save(os.path.join(SHOTS, "delivery_screen.png"))
    qtbot.mouseClick(page.deliver_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.OK, page.banner.text()
    with UnitOfWork(demo_sqlite) as uow:
        p = uow.session.scalar(select(Parcel).where(Parcel.waybill_no == wb))
        pod = uow.session.scalar(select(ProofOfDelivery).where(ProofOfDelivery.parcel_id == p.id))
        assert p.status == "DELIVERED"
        assert pod.receiver_name == "王大爷" and pod.relation == "GUARD"
        assert pod.payment_method == "cash" and pod.cod_fen == 8880
        assert ink_ratio(pod.signature_png) > 0.002 and "[[" in pod.strokes
    qtbot.mouseClick(page.pod_button, Qt.MouseButton.LeftButton)
    assert page.last_document.read_bytes().startswith(b"%PDF")


def test_delivery_screen_refuses_parcel_not_out_and_records_failure(qtbot, demo_sqlite):
    (waiting,) = arrived(demo_sqlite, 1)
    (wb,), _ = out_for_delivery(demo_sqlite, 1)
    page = DeliveryPage(AppContext(demo_sqlite, dispatcher("571-15")))
    qtbot.addWidget(page)
    page.show()
    scan(qtbot, page.scan, waiting)
    sign(qtbot, page.pad)
    qtbot.mouseClick(page.deliver_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.ERROR
    # counter pickup of the waiting parcel works
    page.counter.setChecked(True)
    sign(qtbot, page.pad)
    qtbot.mouseClick(page.deliver_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.OK
    page.counter.setChecked(False)
    scan(qtbot, page.scan, wb)
    page.reason.setCurrentIndex(page.reason.findData("REFUSED"))
    qtbot.mouseClick(page.fail_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.HOLD           # refused: going back to the merchant
    assert page.info.status == "RETURN_TO_SENDER"


def test_delivery_screen_in_chinese(qtbot, demo_sqlite):
    from carrier_app.ui import i18n

    (wb,), _ = out_for_delivery(demo_sqlite, 1, cod="9.90")
    page = DeliveryPage(AppContext(demo_sqlite, dispatcher("571-15")))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    i18n.set_language("zh_CN")
    assert page.title() == "派送签收 / 网点自提"
    qtbot.waitUntil(lambda: page.deliver_button.text() == "确认签收")  # LanguageChange is posted
    assert page.relation.itemText(page.relation.findData("GUARD")) == "门卫"
    scan(qtbot, page.scan, wb)
    sign(qtbot, page.pad)
    if SHOTS:
        page.grab().save(os.path.join(SHOTS, "delivery_screen_zh_CN.png"))
    assert page.fields["cod"].text() == "¥9.90"


def test_signature_pad_takes_touch(qtbot):
    from PySide6.QtTest import QTest

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    device = QTest.createTouchDevice()
    seq = QTest.touchEvent(pad, device)
    seq.press(0, QPoint(20, 100), pad).commit()
    for x in range(30, 300, 15):
        seq.move(0, QPoint(x, 60 + (x % 40)), pad).commit()
    seq.release(0, QPoint(300, 90), pad).commit()
    assert len(pad.strokes) == 1 and len(pad.strokes[0]) > 10
    assert ink_ratio(pad.to_png()) > 0.002


def test_signature_pad_takes_a_pen(qtbot):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    pen = QPointingDevice("test pen", 4242, QInputDevice.DeviceType.Stylus,
                          QPointingDevice.PointerType.Pen,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                          1, 3)

    def send(kind, x, y, buttons):  # type: ignore[no-untyped-def]
        e = QTabletEvent(kind, pen, QPointF(x, y), pad.mapToGlobal(QPointF(x, y)), 0.5, 0, 0,
                         0, 0, 0, Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                         buttons)
        QApplication.sendEvent(pad, e)

    send(QEvent.Type.TabletPress, 30, 120, Qt.MouseButton.LeftButton)
    for x in range(40, 320, 20):
        send(QEvent.Type.TabletMove, x, 40 + (x % 60), Qt.MouseButton.LeftButton)
    send(QEvent.Type.TabletRelease, 320, 80, Qt.MouseButton.NoButton)
    assert len(pad.strokes) == 1 and len(pad.strokes[0]) > 10
    assert ink_ratio(pad.to_png()) > 0.002


def test_service_errors_are_shown_in_chinese(qtbot, demo_sqlite):
    from carrier_app.ui import i18n

    (wb,), _ = out_for_delivery(demo_sqlite, 1, cod="5.00")
    page = DeliveryPage(AppContext(demo_sqlite, dispatcher("571-15")))
    qtbot.addWidget(page)
    page.show()
    i18n.set_language("zh_CN")
    scan(qtbot, page.scan, wb)
    qtbot.mouseClick(page.deliver_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.ERROR
    assert page.banner.text() == "代收货款包裹必须签名"
