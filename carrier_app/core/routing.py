"""Address -> destination routing, pure: postcode prefix (longest wins), then the most
specific province/city/district match. Rules are loaded by sorting services.

Speed (the sort path routes every unrouted address): postcode prefixes are one dict look-up
per prefix length; named rules are indexed by their most specific name, so a match looks up
the substrings of the address field of the lengths that occur among the rule names instead
of scanning every rule (3,000+ rules in a real network). Semantics are those of the plain
scan: the first rule, in order of specificity (district > city > province) then load order,
whose every given name occurs in the matching address field (or in the whole address text
when that field is empty).
"""

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
    reason: str             # e.g. "postcode prefix 3100", "address 浙江省 杭州市 西湖区"


def _reason(r: Rule) -> str:
    if r.postcode_prefix:
        return f"postcode prefix {r.postcode_prefix}"
    return "address " + " ".join(p for p in (r.province, r.city, r.district) if p)


class _NameIndex:
    """Rules keyed by one of their names; finds the rules whose key occurs in a text."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[tuple[int, Rule, RouteMatch]]] = {}
        self.lengths: tuple[int, ...] = ()

    def add(self, key: str, order: int, rule: Rule, match: RouteMatch) -> None:
        self.by_key.setdefault(key, []).append((order, rule, match))

    def freeze(self) -> None:
        self.lengths = tuple(sorted({len(k) for k in self.by_key}))

    def candidates(self, text: str) -> list[tuple[int, Rule, RouteMatch]]:
        found: list[tuple[int, Rule, RouteMatch]] = []
        get = self.by_key.get
        size = len(text)
        for n in self.lengths:
            if n > size:
                break
            for i in range(size - n + 1):
                hit = get(text[i:i + n])
                if hit is not None:
                    found.extend(hit)
        return found


class Router:
    def __init__(self, rules: list[Rule]) -> None:
        self.rules = list(rules)
        self._by_prefix: dict[str, RouteMatch] = {}
        named: list[tuple[int, Rule]] = []
        for r in rules:
            if r.postcode_prefix:
                self._by_prefix.setdefault(r.postcode_prefix, RouteMatch(r, _reason(r)))
            elif r.province or r.city or r.district:
                named.append((bool(r.district) * 4 + bool(r.city) * 2 + bool(r.province), r))
        self._lengths = sorted({len(p) for p in self._by_prefix}, reverse=True)
        named.sort(key=lambda t: -t[0])  # stable: load order within one specificity
        # One index per most-specific field; a district rule can only match when its
        # district occurs, a city rule (no district) when its city occurs, and so on.
        self._district, self._city, self._province = _NameIndex(), _NameIndex(), _NameIndex()
        for order, (_, r) in enumerate(named):
            m = RouteMatch(r, _reason(r))
            if r.district:
                self._district.add(r.district, order, r, m)
            elif r.city:
                self._city.add(r.city, order, r, m)
            else:
                self._province.add(r.province, order, r, m)
        for index in (self._district, self._city, self._province):
            index.freeze()

    def match(self, postcode: str = "", province: str = "", city: str = "", district: str = "",
              address: str = "") -> RouteMatch | None:
        if postcode:
            postcode = postcode.strip()
            get = self._by_prefix.get
            size = len(postcode)
            for n in self._lengths:
                if size >= n:
                    m = get(postcode[:n])
                    if m is not None:
                        return m
        text = f"{province}{city}{district}{address}"
        p_text, c_text = province or text, city or text
        for index, field in ((self._district, district or text), (self._city, c_text),
                             (self._province, p_text)):
            best: tuple[int, RouteMatch] | None = None
            for order, r, m in index.candidates(field):
                if best is not None and order >= best[0]:
                    continue
                if ((not r.province or r.province in p_text)
                        and (not r.city or r.city in c_text)
                        and (not r.district or r.district in (district or text))):
                    best = (order, m)
            if best is not None:
                return best[1]
        return None
