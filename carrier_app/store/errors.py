"""Database errors as sentences a depot user can act on.

`translate(exc)` turns a SQLAlchemy DBAPIError into a DomainError. The message says what kind
of problem it is and names at most a table, column or constraint: never the SQL statement
nor its parameters (recipients' names, phones and addresses must not reach a screen, stderr
or a log through an error message). The driver's own text is only read here, to classify.

- OperationalError: unreachable server, unknown database (3D000) or role / password
  (28000/28P01), read-only file, lock / busy (SQLite's busy timeout, PostgreSQL's
  lock_timeout 55P03), cancelled (57014), cannot open file -> StoreUnavailable (only
  "unreachable" sends a scan to the offline journal, tracking/offline.is_outage);
  serialization failure (40001) or deadlock (40P01) -> RetryableConflict (a StoreUnavailable
  that store.retry.run_with_retry runs again).
- IntegrityError -> ConstraintViolation (which constraint / column).
- DataError -> ValueRejected (a ValidationError: too long, NUL character, bad number).
"""

from __future__ import annotations

import re

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, DataError, IntegrityError

from carrier_app.core.errors import DomainError, StoreUnavailable, ValidationError

#: SQLSTATEs that mean "run the whole transaction again".
RETRYABLE_SQLSTATES = {"40001": "serialization", "40P01": "deadlock"}


class RetryableConflict(StoreUnavailable):
    """Two transactions collided (serialization failure or deadlock); nothing was saved and
    the same action may simply be run again."""

    code = "store_conflict"


class ConstraintViolation(DomainError):
    """The database refused a row that breaks one of its rules (unique, foreign key, not null,
    check). Services check first; this is the last word, e.g. when two stations race."""

    code = "constraint"


class ValueRejected(ValidationError):
    """The database refused a value (too long for its column, a NUL character, out of range)."""


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a PostgreSQL error (psycopg), None for SQLite and connection errors."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None)
    return state if isinstance(state, str) else None


def is_retryable(exc: BaseException) -> bool:
    return isinstance(exc, RetryableConflict) or sqlstate(exc) in RETRYABLE_SQLSTATES


def _diag(exc: DBAPIError, name: str) -> str | None:
    diag = getattr(exc.orig, "diag", None)
    value = getattr(diag, name, None) if diag is not None else None
    return value or None


_QUOTED = r'"([^"]{1,128})"'


def constraint_name(exc: DBAPIError) -> str | None:
    """The constraint or unique index an IntegrityError broke as PostgreSQL names it, or
    SQLite's "table.column[, ...]" (it names the columns only)."""
    name = _diag(exc, "constraint_name")
    if name is None:
        m = re.match(r"\w+ constraint failed: ([\w., ]+)", str(exc.orig))
        name = m.group(1).strip() if m else None
    return name


def _connection(text: str, url: URL | None) -> StoreUnavailable | None:
    m = re.search(r"database " + _QUOTED + " does not exist", text)
    if m:
        return StoreUnavailable(
            f"The PostgreSQL server has no database {m.group(1)!r}; create it or correct the "
            "database name in CARRIER_DB_URL.", reason="no_database", database=m.group(1))
    m = (re.search(r"role " + _QUOTED + " does not exist", text)
         or re.search(r"authentication failed for user " + _QUOTED, text)
         or re.search(r"no pg_hba\.conf entry for host \S+, user " + _QUOTED, text))
    if m:
        return StoreUnavailable(
            f"The PostgreSQL server refused the log-in of role {m.group(1)!r} (no such role, "
            "wrong password or not allowed from this host); check the user in CARRIER_DB_URL.",
            reason="auth", role=m.group(1))
    low = text.lower()
    if ("could not connect" in low or "connection refused" in low or "connection failed" in low
            or "timeout" in low or "could not translate host" in low
            or "server closed the connection" in low or "connection" in low):
        where = f" at {url.host or 'localhost'}:{url.port or 5432}" if url is not None else ""
        return StoreUnavailable(f"The database server{where} cannot be reached; check the "
                                "network and CARRIER_DB_URL.", reason="unreachable")
    return None


def _constraint(exc: IntegrityError) -> ConstraintViolation:
    text = str(exc.orig)
    name = _diag(exc, "constraint_name")
    table = _diag(exc, "table_name")
    column = _diag(exc, "column_name")
    state = sqlstate(exc)
    if state is None:  # SQLite: "UNIQUE constraint failed: cash_ups.courier_id" (no values)
        m = re.match(r"(UNIQUE|NOT NULL|CHECK|FOREIGN KEY) constraint failed(?::\s*([\w., ]+))?",
                     text)
        kind = m.group(1).lower() if m else "integrity"
        what = (m.group(2) or "").strip() if m else ""
        if what and "." in what and kind in ("unique", "not null"):
            table = what.split(".", 1)[0]
            column = ", ".join(part.split(".", 1)[-1] for part in what.split(","))
        elif what:
            name = what
    else:
        kind = {"23505": "unique", "23502": "not null", "23503": "foreign key",
                "23514": "check", "23P01": "exclusion"}.get(state, "integrity")
    target = name or (f"{table}.{column}" if table and column else table or column or "")
    sentence = {
        "unique": "the same value is already saved (another station may have just saved it)",
        "not null": "a required value is missing",
        "foreign key": "it refers to a record that does not exist (or is still referred to)",
        "check": "a value is outside what is allowed",
    }.get(kind, "it breaks a rule of the database")
    return ConstraintViolation(
        f"The database refused the change ({kind} constraint{' ' + target if target else ''}): "
        f"{sentence}; nothing was saved.", kind=kind, constraint=name, table=table,
        column=column, reason="db_rule")


def _data(exc: DataError) -> ValueRejected:
    text = str(exc.orig)
    column = _diag(exc, "column_name")
    m = re.search(r"character varying\((\d+)\)", text)
    if m or sqlstate(exc) == "22001":
        limit = f" of {m.group(1)} characters" if m else ""
        return ValueRejected(f"A text is longer than its field allows{limit}; nothing was "
                             "saved.", field=column, reason="too_long",
                             max_len=int(m.group(1)) if m else None)
    if "NUL" in text or "0x00" in text:
        return ValueRejected("A text contains a NUL (0x00) character, which cannot be saved; "
                             "nothing was saved.", field=column, reason="nul")
    if sqlstate(exc) == "22003" or "out of range" in text.lower():
        return ValueRejected("A number is out of the range its field allows; nothing was "
                             "saved.", field=column, reason="out_of_range")
    return ValueRejected("The database refused a value (wrong kind or form); nothing was saved.",
                         field=column, reason="data")


def translate(exc: DBAPIError, url: URL | None = None) -> DomainError:
    """The DomainError for a database error (see the module docstring). Never includes the
    statement or its parameters."""
    if isinstance(exc, IntegrityError):
        return _constraint(exc)
    if isinstance(exc, DataError):
        return _data(exc)
    state = sqlstate(exc)
    if state in RETRYABLE_SQLSTATES:
        kind = RETRYABLE_SQLSTATES[state]
        return RetryableConflict(
            f"The database stopped this action because another station changed the same "
            f"records at the same moment ({kind}); nothing was saved. Try again.",
            reason=kind, sqlstate=state)
    if state == "55P03":  # lock_not_available: lock_timeout (store/engine.py) ran out
        return StoreUnavailable("Another workstation is changing the same records and has not "
                                "finished; nothing was saved. Try again in a moment.",
                                reason="locked", sqlstate=state)
    if state == "57014":  # query_canceled: a statement_timeout, or cancelled on the server
        return StoreUnavailable("The database server cancelled this action (it took longer "
                                "than the server allows, or an administrator stopped it); "
                                "nothing was saved.", reason="cancelled", sqlstate=state)
    if state == "3D000":
        return StoreUnavailable("The PostgreSQL database named in CARRIER_DB_URL does not "
                                "exist.", reason="no_database")
    if state in ("28000", "28P01"):
        return StoreUnavailable("The PostgreSQL server refused the log-in (role or password); "
                                "check the user in CARRIER_DB_URL.", reason="auth")
    text = str(exc.orig)
    low = text.lower()
    if "readonly" in low or "read-only" in low or "read only" in low:
        return StoreUnavailable("The database is read-only (file permissions or a read-only "
                                "disk); nothing was saved.", reason="read_only")
    if "locked" in low or "busy" in low:
        return StoreUnavailable("The database is busy — another program holds a lock on it; "
                                "nothing was saved. Try again in a moment.", reason="locked")
    if "unable to open" in low:
        return StoreUnavailable("The database file cannot be opened (missing folder or no "
                                "permission).", reason="cannot_open")
    if "disk" in low and ("full" in low or "i/o" in low):
        return StoreUnavailable("The disk holding the database is full or failing; nothing "
                                "was saved.", reason="disk")
    conn = _connection(text, url)
    if conn is not None:
        return conn
    kind = type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__
    detail = f", SQLSTATE {state}" if state else ""
    return StoreUnavailable(f"The database reported an error ({kind}{detail}); nothing was "
                            "saved.", reason="other", sqlstate=state)
