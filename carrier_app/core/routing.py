"""Address -> destination routing, pure: postcode prefix (longest wins), then the most
specific province/city/district match. Rules are loaded by sorting services."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    id: int
    sort_code: str          # hub-branch-route, e.g. 571-12-07
    branch_id: int
    route_id: int | None
    postcode_prefix: str = ""
    province: str = ""
    city: str = ""
    district: str = ""


@dataclass(frozen=True)
class RouteMatch:
    rule: Rule
    reason: str             # e.g. "postcode prefix 3100", "district 西湖区"


class Router:
    def __init__(self, rules: list[Rule]) -> None:
        self._by_prefix: dict[str, Rule] = {}
        self._lengths: list[int] = []
        named: list[tuple[int, Rule]] = []
        for r in rules:
            if r.postcode_prefix:
                self._by_prefix.setdefault(r.postcode_prefix, r)
            elif r.province or r.city or r.district:
                named.append((bool(r.district) * 4 + bool(r.city) * 2 + bool(r.province), r))
        self._lengths = sorted({len(p) for p in self._by_prefix}, reverse=True)
        named.sort(key=lambda t: -t[0])
        self._named = [r for _, r in named]

    def match(self, postcode: str = "", province: str = "", city: str = "", district: str = "",
              address: str = "") -> RouteMatch | None:
        postcode = postcode.strip()
        for n in self._lengths:
            if len(postcode) >= n:
                rule = self._by_prefix.get(postcode[:n])
                if rule is not None:
                    return RouteMatch(rule, f"postcode prefix {rule.postcode_prefix}")
        text = f"{province}{city}{district}{address}"
        for r in self._named:
            if ((not r.province or r.province in (province or text))
                    and (not r.city or r.city in (city or text))
                    and (not r.district or r.district in (district or text))):
                parts = [p for p in (r.province, r.city, r.district) if p]
                return RouteMatch(r, "address " + " ".join(parts))
        return None
