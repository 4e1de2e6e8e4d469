"""Live screens, the pure part: which topic a statement writes, one channel per schema, and
a burst merged into one flush."""

from __future__ import annotations

from carrier_app.core import live


def test_writes_name_their_topic_reads_and_bookkeeping_none():
    assert live.topic_of_statement("INSERT INTO scan_events (parcel_id) VALUES (1)") == "parcels"
    assert live.topic_of_statement('UPDATE "t_1".problems SET state = 1') == "problems"
    assert live.topic_of_statement("delete from run_items where id = 3") == "runs"
    assert live.topic_of_statement("UPDATE bags SET status = 'CLOSED'") == "bags"
    assert live.topic_of_statement("INSERT INTO merchants (code) VALUES ('M')") == "merchants"
    assert live.topic_of_statement("SELECT * FROM parcels FOR UPDATE") is None
    assert live.topic_of_statement("UPDATE number_blocks SET next = 5") is None
    assert live.topic_of_statement("INSERT INTO audit_log (what) VALUES ('x')") is None


def test_payload_round_trip_and_an_empty_payload_means_everything():
    assert live.decode(live.encode({"runs", "parcels"})) == {"parcels", "runs"}
    assert live.decode("") == {live.ALL}


def test_each_schema_has_its_own_channel():
    assert live.channel(None) == "carrier_live"
    assert live.channel("t_0123") == "carrier_live_t_0123"
    assert live.channel("t_0123") != live.channel("t_4567")
    assert len(live.channel("x" * 100)) == 63


def test_a_screen_reloads_only_for_what_it_shows():
    problems = frozenset({live.PROBLEMS})
    assert live.wants(problems, frozenset({"problems", "parcels"}))
    assert not live.wants(problems, frozenset({"parcels"}))
    assert live.wants(problems, frozenset({live.ALL}))          # SQLite cannot say what
    assert live.wants(frozenset({live.ALL}), frozenset({"runs"}))  # the dashboard shows all


def test_a_burst_is_one_flush_with_every_topic():
    c = live.Coalescer()
    firsts = [c.add(frozenset({"parcels"})) for _ in range(50)] + [c.add(frozenset({"bags"}))]
    assert firsts.count(True) == 1 and firsts[0]
    assert c.take() == {"parcels", "bags"}
    assert c.take() == frozenset()
    assert c.add(frozenset({"runs"}))  # the next change schedules a new flush


def test_a_statement_with_writing_ctes_names_every_topic_it_writes():
    combined = ("WITH ev AS (INSERT INTO scan_events (parcel_id) VALUES (1) RETURNING id), "
                "pc AS (UPDATE pieces SET status = 'X' WHERE parcel_id = 1) "
                "UPDATE bags SET status = 'X' WHERE id = 1 RETURNING (SELECT id FROM ev)")
    assert live.topics_of_statement(combined) == {live.PARCELS, live.BAGS}
    assert live.topics_of_statement("WITH a AS (SELECT 1) SELECT * FROM a FOR UPDATE") == set()
    assert live.topics_of_statement(
        "WITH a AS (INSERT INTO number_blocks (n) VALUES (1) RETURNING n) "
        "INSERT INTO audit_log (x) SELECT n FROM a") == set()
    assert live.topics_of_statement("UPDATE problems SET note = ''") == {live.PROBLEMS}
    assert live.topics_of_statement("SELECT 1") == set()
