"""Every reason code a service raises reads as a Chinese sentence in zh_CN, never as the raw
code or the English text: the raise sites are found in the source, so a new reason without
words fails here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from carrier_app.core import errors
from carrier_app.store import errors as store_errors
from carrier_app.ui import i18n, messages

ROOT = Path(__file__).resolve().parents[2] / "carrier_app"
CJK = re.compile(r"[\u4e00-\u9fff]")
CLASSES = {name: cls for mod in (errors, store_errors) for name, cls in vars(mod).items()
           if isinstance(cls, type) and issubclass(cls, errors.DomainError)}
#: Reasons computed at the raise site, with their possible values.
COMPUTED = {"f'unknown_{what}'": ["unknown_bag", "unknown_manifest"],
            "verdict.reason": ["off_path", "behind", "not_arrived", "not_here",
                               "not_destination"],
            "kind": ["serialization", "deadlock"],
            "'return' if row.is_return else 'cod'": ["return", "cod"],
            "'insured_over_cap' if field == 'declared_value' else 'over_cap'":
                ["insured_over_cap", "over_cap"],
            "why": ["bag_not_empty", "bag_not_open"],
            # store/backup._refused(message, reason)
            "reason": ["damaged", "no_file", "not_a_backup", "not_empty", "too_new",
                       "wrong_kind"],
            "'pickup_unassigned' if r.status == OPEN else 'pickup_closed'":
                ["pickup_unassigned", "pickup_closed"],
            # tracking/scans.append_scan: the lifecycle's own reason, or already so elsewhere
            "'already_status' if message.startswith(f'{parsed} was') else exc.params['reason']":
                ["already_status", "cannot_become", "cancel_after_pickup", "not_on_hold"]}
#: Raise sites a user can never see, so without a reason: (file, words of the message), why.
NO_REASON = {
    # parse_declared's callers pass str/Decimal from a form or the CLI; a float is a bug.
    ("carrier_app/finance/cashup.py", "money must not be a float"),
}


def _calls(path: Path) -> list[ast.Call]:
    return [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in CLASSES]


def _service_files() -> list[Path]:
    return [p for p in sorted(ROOT.rglob("*.py")) if "/ui/" not in str(p)]


def raise_sites() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(where, class, reason, param names) of every DomainError raised with a reason."""
    out = []
    for path in _service_files():
        for node in _calls(path):
            kws = {k.arg: k.value for k in node.keywords if k.arg}
            if "reason" not in kws:
                continue
            r = kws.pop("reason")
            reasons = [r.value] if isinstance(r, ast.Constant) else COMPUTED[ast.unparse(r)]
            where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
            out += [(where, node.func.id, str(x), tuple(kws)) for x in reasons]
    return out


SITES = raise_sites()


def test_the_raise_sites_are_found():
    reasons = {s[2] for s in SITES}
    assert len(SITES) > 250
    assert {"no_database", "auth", "disk", "already_open", "phone_extension", "phone_link",
            "control_character", "utf16", "shift_jis"} <= reasons


def test_every_refusal_has_a_reason():
    """A DomainError raised without reason= reads as the service's English sentence in zh_CN:
    every one names its reason (and the reason has words above), bar NO_REASON."""
    bare, allowed = [], set()
    for path in _service_files():
        rel = str(path.relative_to(ROOT.parent))
        for node in _calls(path):
            if any(k.arg == "reason" for k in node.keywords):
                continue
            text = ast.unparse(node.args[0]) if node.args else ""
            hit = {a for a in NO_REASON if a[0] == rel and a[1] in text}
            allowed |= hit
            if not hit:
                bare.append(f"{rel}:{node.lineno} {node.func.id}({text[:60]})")
    assert not bare, "raised without reason=:\n" + "\n".join(bare)
    assert allowed == NO_REASON  # an allow-listed site that is gone leaves the list


def test_a_reason_beats_the_generic_illegal_sentence(qapp):
    i18n.set_language("zh_CN")
    exc = errors.IllegalTransition("WB is CREATED, not out for delivery", code="WB",
                                   current="CREATED", requested="DELIVERED",
                                   reason="not_out_for_delivery")
    assert messages.describe(exc) == "WB 当前为“已下单”，不在派送中。"
    exc = errors.PermissionDenied("clerk may not settle", role="clerk", permission="settle",
                                  reason="role_permission")
    assert messages.describe(exc) == "您无权执行此操作：柜台文员不能结算商家对账单。"


@pytest.mark.parametrize("where,cls,reason,params", SITES, ids=[s[0] for s in SITES])
def test_every_reason_reads_as_chinese(qapp, where, cls, reason, params):
    i18n.set_language("zh_CN")
    values: dict[str, object] = {p: "X1" for p in params}
    values.update({k: "CREATED" for k in ("current", "requested", "status") if k in params})
    exc = CLASSES[cls]("An English sentence.", reason=reason, **values)
    text = messages.describe(exc)
    assert CJK.search(text), f"{where}: {reason} shown as {text!r}"
    assert "English" not in text and "{" not in text and reason not in text
    assert "CREATED" not in text  # a status in words, not its code
