"""`carrier-app init` as an installer runs it: the password never on the command line, the
initial password changed with `users passwd` before any changing command, a non-empty
database refused, `demo` refused on the installed database."""

from __future__ import annotations

import sqlite3

from tests.cli_support import one_line_error, run_cli

PASSWORD = "initial-pass-1"


def _init(url: str, *extra: str, env: dict | None = None):
    return run_cli("init", "--site", "571-12", "--admin", "boss", *extra, db=url,
                   env={"CARRIER_PASSWORD": PASSWORD, **(env or {})})


def test_init_then_change_the_initial_password_then_work(tmp_path):
    path = tmp_path / "depot.db"
    url = f"sqlite:///{path}"
    done = _init(url, "--name", "西湖营业部", "--json")
    assert done.returncode == 0, done.stderr
    assert '"site": "571-12"' in done.stdout and '"must_change_password": true' in done.stdout
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT username, role, must_change_password FROM users"
                            ).fetchall() == [("boss", "admin", 1)]
        assert conn.execute("SELECT value FROM site_settings WHERE name = 'origin'"
                            ).fetchall() == [("init",)]
        assert conn.execute("SELECT count(*) FROM merchants").fetchone() == (0,)

    acting = {"CARRIER_USER": "boss", "CARRIER_PASSWORD": PASSWORD,
              "CARRIER_NEW_PASSWORD": "clerk-pass-1"}
    refused = run_cli("users", "add", "anna", "--role", "clerk", db=url, env=acting)
    assert refused.returncode == 2
    assert "boss must change the initial password" in one_line_error(refused)
    assert "carrier-app users passwd --user boss" in refused.stderr

    changed = run_cli("users", "passwd", db=url,
                      env={**acting, "CARRIER_NEW_PASSWORD": "boss-own-pass-2"})
    assert changed.returncode == 0, changed.stderr
    assert "password of boss changed" in changed.stdout
    added = run_cli("users", "add", "anna", "--role", "clerk", db=url,
                    env={**acting, "CARRIER_PASSWORD": "boss-own-pass-2"})
    assert added.returncode == 0, added.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT username, must_change_password FROM users ORDER BY id"
                            ).fetchall() == [("boss", 0), ("anna", 0)]


def test_init_on_a_database_that_is_not_empty_is_refused(demo_sqlite):
    url = str(demo_sqlite.engine.url)
    refused = _init(url)
    assert refused.returncode == 2
    assert "is not empty (it has a network or users)" in one_line_error(refused)


def test_demo_is_refused_on_a_database_made_by_init(tmp_path):
    path = tmp_path / "depot.db"
    url = f"sqlite:///{path}"
    assert _init(url).returncode == 0
    refused = run_cli("demo", db=url, env={"CARRIER_USER": "boss",
                                            "CARRIER_PASSWORD": PASSWORD})
    assert refused.returncode != 0
    line = one_line_error(refused)
    assert "must change the initial password" in line or "real depot" in line
    run_cli("users", "passwd", db=url, env={"CARRIER_USER": "boss", "CARRIER_PASSWORD": PASSWORD,
                                            "CARRIER_NEW_PASSWORD": "boss-own-pass-2"})
    refused = run_cli("demo", db=url, env={"CARRIER_USER": "boss",
                                            "CARRIER_PASSWORD": "boss-own-pass-2"})
    assert refused.returncode == 1
    assert "real depot's database" in one_line_error(refused)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT username FROM users").fetchall() == [("boss",)]


def test_the_password_comes_from_a_file_or_the_environment_never_an_option(tmp_path):
    url = f"sqlite:///{tmp_path / 'depot.db'}"
    on_argv = run_cli("init", "--site", "571", "--admin", "boss", "--password", PASSWORD,
                      db=url)
    assert on_argv.returncode == 2
    assert "never given on the command line" in one_line_error(on_argv)
    none = run_cli("init", "--site", "571", "--admin", "boss", db=url, stdin="")
    assert none.returncode == 2 and "no initial password" in one_line_error(none)
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    done = run_cli("init", "--site", "571", "--admin", "boss", "--password-file", str(secret),
                   db=url)
    assert done.returncode == 0, done.stderr
    assert "depot 571 set up" in done.stdout
    login = run_cli("users", "passwd", db=url, env={
        "CARRIER_USER": "boss", "CARRIER_PASSWORD": PASSWORD,
        "CARRIER_NEW_PASSWORD": "boss-own-pass-2"})
    assert login.returncode == 0, login.stderr


def test_a_bad_site_code_is_one_line(tmp_path):
    refused = run_cli("init", "--site", "571/12", "--admin", "boss",
                      db=f"sqlite:///{tmp_path / 'x.db'}", env={"CARRIER_PASSWORD": PASSWORD})
    assert refused.returncode == 1
    assert "a hub code" in one_line_error(refused)
