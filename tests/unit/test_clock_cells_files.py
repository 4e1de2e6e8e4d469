"""The depot's time zone (core/clock.py), spreadsheet cells (core/cells.py) and files written
whole (core/files.py): pure helpers every document, export and screen goes through."""

from __future__ import annotations

import csv
import io
import os
from datetime import UTC, date, datetime

import pytest

from carrier_app.core import cells, clock
from carrier_app.core.errors import ValidationError
from carrier_app.core.files import write_atomic


@pytest.fixture(params=["Asia/Shanghai", "America/New_York"])
def zone(request, monkeypatch):
    monkeypatch.setenv("CARRIER_TZ", request.param)
    return request.param


def test_statement_period_in_shanghai_is_cut_on_local_dates(monkeypatch):
    monkeypatch.setenv("CARRIER_TZ", "Asia/Shanghai")
    assert clock.local_day_bounds(date(2026, 3, 1), date(2026, 3, 31)) == (
        datetime(2026, 2, 28, 16, tzinfo=UTC), datetime(2026, 3, 31, 16, tzinfo=UTC))


def test_new_york_days_follow_daylight_saving(monkeypatch):
    monkeypatch.setenv("CARRIER_TZ", "America/New_York")
    # 2026-03-08 is 23 hours long (clocks go forward at 02:00)
    start, end = clock.local_day_bounds(date(2026, 3, 8))
    assert start == datetime(2026, 3, 8, 5, tzinfo=UTC) and end == datetime(2026, 3, 9, 4,
                                                                              tzinfo=UTC)
    assert clock.local_iso(datetime(2026, 1, 1, 4, 59, tzinfo=UTC)) == "2025-12-31T23:59:00-05:00"
    assert clock.local_iso(datetime(2026, 7, 1, 3, 59, tzinfo=UTC)) == "2026-06-30T23:59:00-04:00"


def test_local_text_date_and_today(zone):
    near_midnight = datetime(2026, 2, 28, 16, 30, tzinfo=UTC)
    expected = {"Asia/Shanghai": ("2026-03-01 00:30 +08:00", date(2026, 3, 1)),
                "America/New_York": ("2026-02-28 11:30 -05:00", date(2026, 2, 28))}[zone]
    assert clock.local_text(near_midnight, offset=True) == expected[0]
    assert clock.local_date(near_midnight) == expected[1]
    assert clock.local_today() == datetime.now(clock.depot_zone()).date()
    assert clock.local_text(None, empty="—") == "—"
    # a naive value is what a database without time zones gives back: UTC
    assert clock.to_local(near_midnight.replace(tzinfo=None)) == near_midnight


def test_the_ui_formats_through_the_core_helper(zone):
    from carrier_app.ui.timefmt import local_time

    at = datetime(2026, 2, 28, 16, 30, 5, tzinfo=UTC)
    assert local_time(at) == clock.local_text(at, "%Y-%m-%d %H:%M:%S")


def test_system_zone_when_no_setting(monkeypatch):
    monkeypatch.delenv("CARRIER_TZ", raising=False)
    at = datetime(2026, 2, 28, 16, 30, tzinfo=UTC)
    assert clock.depot_zone() is None
    assert clock.to_local(at) == at.astimezone()
    assert clock.local_midnight(date(2026, 3, 1)) == datetime(2026, 3, 1).astimezone()


def test_a_wrong_zone_name_says_which_setting(monkeypatch):
    from carrier_app.config import Settings

    monkeypatch.setenv("CARRIER_TZ", "Asia/Shangai")
    with pytest.raises(ValidationError, match="CARRIER_TZ='Asia/Shangai' is not an IANA"):
        Settings()
    monkeypatch.setenv("CARRIER_TZ", "Asia/Shanghai")
    assert Settings().tz == "Asia/Shanghai"


@pytest.mark.parametrize("text", ['=HYPERLINK("http://evil.example","x")', "+1", "-2+3",
                                  "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_like_text_is_neutralised_and_restored(text):
    assert cells.safe(text) == "'" + text
    assert cells.restore(cells.safe(text)) == text


@pytest.mark.parametrize("value", ["AA123", "张三", "", "'quoted", "2026-03-01T00:30:00+08:00"])
def test_plain_text_is_left_alone(value):
    assert cells.safe(value) == value and cells.restore(value) == value


def test_numbers_stay_numbers():
    from decimal import Decimal

    row = cells.safe_row([Decimal("-1.50"), -3, "-1.50"])
    assert row[:2] == [Decimal("-1.50"), -3] and row[2] == "'-1.50"
    buf = io.StringIO()
    csv.writer(buf).writerow(row)
    assert next(csv.reader(io.StringIO(buf.getvalue()))) == ["-1.50", "-3", "'-1.50"]


def test_write_atomic_replaces_whole_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "statement.pdf"
    target.write_bytes(b"old")
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert os.listdir(tmp_path) == ["statement.pdf"]


def test_write_atomic_failing_keeps_the_old_file(tmp_path):
    target = tmp_path / "statement.csv"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["statement.csv"]


def test_write_atomic_to_a_device_writes_in_place_and_never_replaces_it():
    import stat

    with pytest.raises(OSError):
        write_atomic("/dev/full", b"x" * 100_000)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    write_atomic("/dev/null", b"ok")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
