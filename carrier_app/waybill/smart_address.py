"""智能识别: one pasted line ("张三 13812345678 浙江省杭州市西湖区文三路90号", in any order,
with or without separators or labels such as 收货人：) split into the recipient's fields.

jionlp finds the province, city and district (it knows every administrative division and
their short forms) and the phone numbers; what it does not do is told here: where the address
starts and ends inside the pasted text, the person's name around it, and a postcode. The result
is a proposal the clerk confirms, so anything not found is listed, never guessed silently.
"""

from __future__ import annotations

import contextlib
import io
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from carrier_app.core.errors import ValidationError

MAX_TEXT = 500  # a pasted contact is one or two lines; more is not a contact
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?(1[3-9][0-9])[- ]?([0-9]{4})[- ]?([0-9]{4})"
                     r"(?![0-9])")
_LANDLINE = re.compile(r"(?<![0-9])(0[1-9][0-9]{1,2})[- ]?([2-9][0-9]{6,7})"
                       r"(?:[- ]?(?:转|分机|ext\.?)?[- ]?([0-9]{1,6}))?(?![0-9])")
_POSTCODE = re.compile(r"(?:邮编|邮政编码)?[:：]?(?<![0-9])([0-8][0-9]{5})(?![0-9])")
_TRAILING_POSTCODE = re.compile(r"[\s,，]*(?:邮编|邮政编码)?[:：]?\s*(?<![0-9])([0-8][0-9]{5})$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: A county-level division next (区, 县, 市, 旗 close a district's name: 西湖区, 桐庐县, 义乌市).
_DISTRICT_NEXT = re.compile(r"\s*[\u4e00-\u9fff]{1,8}?[区县市旗]")
_LABELS = re.compile(r"(?:收货人|收件人|联系人|姓名|名字|手机号码|手机号|手机|联系电话|电话|"
                     r"所在地区|详细地址|收货地址|地址|邮编|邮政编码)\s*[:：]?")
_SEPARATORS = re.compile(r"[\s,，;；|/、\\]+")
# A name pasted straight after the street (文三路90号3幢501室张三, 国际商贸城薛凯): split off
# only where a common surname follows what ends a street or a building.
_STREET_END = re.compile(r"[0-9A-Za-z号室楼层栋幢座元弄户城心场厦汇苑园区村组店铺院馆站寓所司行部"
                         r"门口湾里坊舍府庭阁轩居宅邸]$")
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔汤向常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "司徒", "慕容", "皇甫", "令狐",
                      "尉迟", "公孙", "夏侯", "长孙", "宇文", "端木", "西门", "南宫")
_NAME = re.compile(r"^(?:[\u4e00-\u9fff][\u4e00-\u9fff·]{1,9}|[A-Za-z][A-Za-z .'-]{1,39})$")
_ADMIN_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州",
                   "地区", "省", "市", "区", "县", "盟")


@dataclass(frozen=True)
class ParsedContact:
    name: str = ""
    phone: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    address: str = ""     # the street part: what the form's address field holds
    postcode: str = ""
    missing: tuple[str, ...] = field(default=())  # fields not found: the clerk fills them

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "phone": self.phone, "province": self.province,
                "city": self.city, "district": self.district, "address": self.address,
                "postcode": self.postcode, "missing": list(self.missing)}


@cache
def _jionlp() -> Any:
    # jionlp and jiojio print a banner on import; it must not land in `--json` output.
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp  # type: ignore[import-untyped]
    return jionlp


def _clean(text: str) -> str:
    if len(text) > MAX_TEXT:
        raise ValidationError(f"the pasted text is {len(text)} characters long; a contact is at "
                              f"most {MAX_TEXT}", field="paste", code="too_long",
                              params={"max": MAX_TEXT}, reason="too_long", max_len=MAX_TEXT)
    text = unicodedata.normalize("NFKC", text)  # full-width digits and punctuation
    return _CONTROL.sub(" ", text).strip()


def _short_forms(name: str) -> list[str]:
    forms = [name]
    for suffix in _ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            forms.append(name[: -len(suffix)])
            break
    return forms


def _take_phone(text: str) -> tuple[str, str]:
    mobile = _MOBILE.search(text)
    if mobile:
        return "".join(mobile.groups()), text[:mobile.start()] + " " + text[mobile.end():]
    landline = _LANDLINE.search(text)
    if landline:
        area, number, ext = landline.groups()
        phone = f"{area}-{number}" + (f"-{ext}" if ext else "")
        return phone, text[:landline.start()] + " " + text[landline.end():]
    return "", text


def _take_postcode(text: str) -> tuple[str, str]:
    match = _POSTCODE.search(text)
    if not match:
        return "", text
    return match.group(1), text[:match.start()] + " " + text[match.end():]


def _join_latin(segments: list[str]) -> list[str]:
    """"Tom Lee" is one name, not two segments."""
    out: list[str] = []
    for segment in segments:
        if out and re.fullmatch(r"[A-Za-z.'-]+", segment) and re.fullmatch(
                r"[A-Za-z .'-]+", out[-1]):
            out[-1] += " " + segment
        else:
            out.append(segment)
    return out


def _is_street(segment: str) -> bool:
    """A segment after the address that continues it (文三路90号, 3幢501室), not a name."""
    return (not _NAME.match(segment) or bool(re.search(r"[0-9]", segment))
            or segment.endswith(("号", "室", "楼", "栋", "幢", "单元", "路", "街", "巷", "弄")))


def _split_trailing_name(detail: str) -> tuple[str, str]:
    # compound surnames first: 司马相如 is not 司 + 马相如
    tries = [(n, True) for n in (3, 4)] + [(n, False) for n in (2, 3, 4)]
    for size, compound in tries:
        if len(detail) < size + 2:
            continue
        head, tail = detail[:-size], detail[-size:]
        surname_ok = (tail.startswith(_COMPOUND_SURNAMES) if compound
                      else tail[0] in _SURNAMES)
        if (surname_ok and _STREET_END.search(head)
                and re.fullmatch(r"[\u4e00-\u9fff]+", tail)):
            return head, tail
    return detail, ""


def _address_start(segment: str, parsed: dict[str, Any]) -> int:
    """Where the administrative part begins in `segment` (jionlp drops what comes before)."""
    starts = [segment.find(form)
              for key in ("province", "city", "county") if parsed.get(key)
              for form in _short_forms(str(parsed[key]))]
    found = [s for s in starts if s >= 0]
    return min(found) if found else 0


def parse_contact(text: str) -> ParsedContact:
    text = _clean(text)
    phone, rest = _take_phone(text)
    postcode, rest = _take_postcode(rest)
    rest = _LABELS.sub(" ", rest)
    segments = _join_latin([s for s in _SEPARATORS.split(rest) if s])

    jio = _jionlp()
    address_index, parsed, start = -1, {}, 0
    for i, segment in enumerate(segments):
        if not re.search(r"[\u4e00-\u9fff]", segment):
            continue
        result = jio.parse_location(segment)
        if result.get("province") or result.get("city"):
            address_index, parsed = i, result
            start = _address_start(segment, result)
            break
    names: list[str] = []
    detail = ""
    if address_index >= 0:
        segment = segments[address_index]
        if start > 0:
            names.append(segment[:start])
        detail = str(parsed.get("detail") or "")
        # A street split off by a separator ("浙江省杭州市西湖区 文三路90号") is part of it.
        following = segments[address_index + 1:]
        while following and _is_street(following[0]):
            detail += following.pop(0)
        if not names and not any(_NAME.match(s) for s in segments[:address_index]
                                 + following):
            detail, tail = _split_trailing_name(detail)
            if tail:
                names.append(tail)
        names += segments[:address_index] + following
    else:
        names += segments
    name = next((n for n in names if _NAME.match(n)), "")
    contact = ParsedContact(
        name=name, phone=phone, province=str(parsed.get("province") or ""),
        city=str(parsed.get("city") or ""), district=str(parsed.get("county") or ""),
        address=detail.strip(), postcode=postcode)
    return replace(contact, missing=tuple(
        k for k in ("name", "phone", "province", "city", "district", "address")
        if not getattr(contact, k)))


@dataclass(frozen=True)
class SplitAddress:
    province: str
    city: str
    district: str
    street: str
    postcode: str
    full: str = ""   # the address as given, less a trailing postcode


class AddressSplitter:
    """A merchant file's one full-address column split into province, city, district, street
    and postcode, row after row. jionlp takes ~3 ms an address; a file's rows mostly share a
    few districts, so each complete administrative prefix found ("浙江省杭州市西湖区") is kept
    and a later address that starts with it is split without asking jionlp again."""

    def __init__(self) -> None:
        self._prefixes: dict[str, tuple[str, str, str]] = {}
        self._longest = 0

    def split(self, text: str) -> SplitAddress:
        rest = unicodedata.normalize("NFKC", text).strip()
        # only a postcode at the end: six digits inside a street are its numbers
        end = _TRAILING_POSTCODE.search(rest)
        postcode = end.group(1) if end else ""
        rest = rest[:end.start()].strip() if end else rest
        for n in range(min(self._longest, len(rest) - 1), 1, -1):
            hit = self._prefixes.get(rest[:n])
            # A prefix known without a district ("浙江省杭州市") is used only where no district
            # follows it: "西湖区…" after it is for jionlp to find.
            if hit and (hit[2] or not _DISTRICT_NEXT.match(rest[n:])):
                return SplitAddress(*hit, rest[n:].strip(), postcode, rest)
        if not _HAN.search(rest[:12]):  # "Road 1": no Chinese division to find
            return SplitAddress("", "", "", rest, postcode, rest)
        parsed = _jionlp().parse_location(rest)
        province, city = str(parsed.get("province") or ""), str(parsed.get("city") or "")
        district, detail = str(parsed.get("county") or ""), str(parsed.get("detail") or "")
        if not (province or city):
            return SplitAddress("", "", "", rest, postcode, rest)
        # Kept also without a district (a file of "杭州市文三路…" rows asked jionlp every time).
        if (city and detail and rest.endswith(detail)
                and (district or not _DISTRICT_NEXT.match(detail))):
            prefix = rest[:len(rest) - len(detail)]
            if 2 <= len(prefix) <= 24:
                self._prefixes[prefix] = (province, city, district)
                self._longest = max(self._longest, len(prefix))
        return SplitAddress(province, city, district, detail.strip() or rest, postcode, rest)
