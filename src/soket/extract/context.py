"""The publication context: which province (and which unit below it) a page comes from.

A report often names its body by the unit word only ("HĐND tỉnh khóa XV", "BCH Đảng bộ tỉnh",
"UBND huyện"); a reader takes the place from the publication. This module reads it, in one step,
from what the page says about itself: the site name and address that ingest keeps
(``Document.meta``: ``site_name``, ``url``, ``host``), the masthead lines above and below the
article, and the agency code that opens the lead ("(GLO)-", "(Báo Quảng Ngãi)-"). Data:
``lexicon/publishers.yaml`` (its header explains the rules) and the gazetteer. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from soket import rx as re
from soket.extract import gazetteer as gz
from soket.extract.textutil import lower_keep_len, phrase_alt, word_alt
from soket.lexicon import get
from soket.lexicon.schema import PublishersLexicon, ReportStructure

_CODE = re.compile(r"^[ \t]*\(([^()\n]{2,40})\)[ \t]*[-–—:]?")
_BARE_CODE = re.compile(r"^[ \t]*([A-ZĐ]{2,6})[ \t]*[-–—][ \t]")
#: "Baophutho.vn - Ngày 23/12, ...": a lead opened by the site's host and a dash, as by an agency code
_BARE_HOST = re.compile(r"^[ \t]*((?:[A-Za-z0-9-]{1,40}\.){1,4}(?:vn|com|net|org))[ \t]*[-–—][ \t]")
#: a line that is a web address alone ("https://www.kontum.gov.vn/pages/detail/53116/Ket-qua-....html"): the page's own
#: address copied with its text; its host is read whatever the line's length (a masthead line is short)
_ADDRESS_LINE = re.compile(r"^[ \t]*https?://(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:[/?#][^\s]*)?[ \t]*$",
                           re.IGNORECASE | re.MULTILINE)
_HOST_IN = re.compile(r"(?<![\w.])((?:[a-z0-9-]+\.)+(?:vn|com|net|org))(?![\w.])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Place:
    """A unit the publication names: name without unit word, unit word, province (None for a
    province-level unit)."""

    name: str
    kind: str
    province: str | None


@dataclass(slots=True)
class PubContext:
    """Where a page comes from. ``places``: units below province level the site itself names (a
    district portal's host or site name), most specific first; ``province``: the publisher's
    province-level unit; ``evidence``: what said so ("host quangtrach.quangbinh.gov.vn")."""

    province: str | None = None
    places: list[Place] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    #: units a host label may name when the gazetteer has several of that name there (a district
    #: upgraded, a commune of the 2025 reorganisation): only a body's own unit word picks one
    maybe: list[Place] = field(default_factory=list)
    #: units below province level of the publisher's province the page's own address names in its path, read where
    #: the text names its body's place by the unit word alone ("baobinhduong.vn/bac-tan-uyen-be-mac-ky-hop-..."):
    #: (name, unit word, province), every kind the gazetteer gives the name
    slugged: list[Place] = field(default_factory=list)
    #: the paths of the page's own address, lowercased ("bac-tan-uyen-be-mac-ky-hop-thu-nhat-hdnd-huyen-a78079.html")
    paths: list[str] = field(default_factory=list)

    def province_kind(self) -> str | None:
        """The unit word of the publisher's province ("tỉnh", or "thành phố" for Hà Nội, Cần Thơ ...)."""
        if self.province is None:
            return None
        units = gz.lookup(self.province, level="province")
        return units[0].kind if units else None


@dataclass(frozen=True, slots=True)
class _Data:
    nouns: re.Pattern[str]
    names: list[tuple[str, re.Pattern[str], str]]  # a listed name lowered (a substring test first), its pattern, province
    hosts: dict[str, str]
    codes: dict[str, str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    owner: re.Pattern[str]


@cache
def _data() -> _Data:
    d = get(PublishersLexicon)
    names, hosts, codes = [], {}, {}
    for p in d.publishers:
        prov = gz.canonical_province(p.province)
        if prov is None:
            raise ValueError(f"publishers: {p.province!r} is not a province-level unit")
        for n in p.names:
            low = lower_keep_len(n)
            names.append((low, re.compile(rf"(?<!\w){re.escape(low)}(?!\w)"), prov))
        for h in p.hosts:
            hosts[h.lower()] = prov
        for c in p.codes:
            codes[lower_keep_len(c)] = prov
    return _Data(
        nouns=re.compile(rf"{word_alt(d.publisher_nouns)}[ \t]+(?:(?:{phrase_alt(d.province_units)})[ \t]+)?"),
        names=names, hosts=hosts, codes=codes,
        prefixes=tuple(sorted(d.host_prefixes, key=len, reverse=True)),
        suffixes=tuple(sorted(d.host_suffixes, key=len, reverse=True)),
        # "Cơ quan chủ quản: UBND huyện Con Cuông", "© Bản quyền thuộc UBND xã ...": the site's owner
        owner=re.compile(rf"[ \t©]*{word_alt(d.owner_leads)}") if d.owner_leads else re.compile(r"(?!)"),
    )


UnitReader = Callable[[str], list[tuple[str, str]]]


#: the paragraphs from the top a site's code or host opening the lead is looked for in (to the first
#: paragraph of prose, at least ``PROSE_MIN_CHARS`` long, when a page's head is longer: those that start
#: within ``CODE_HEAD_CHARS``, a head of short lines however many)
CODE_PARAS = 6
PROSE_MIN_CHARS = 100
CODE_HEAD_CHARS = 1500


def publication_context(text: str, meta: dict[str, Any] | None = None, title: str | None = None,
                        lead: int | None = None, units: UnitReader | None = None) -> PubContext:
    """The page's publication context. ``lead``: offset of the lead sentence (the masthead is what
    stands above it); without it the first short lines count. ``units`` reads the (name, unit word)
    phrases of a line (``places.unit_phrases``, passed in by the meeting step: places reads this
    module's results, so this module does not import it); without it only publishers are read."""
    meta = meta or {}
    ctx = PubContext()
    host = str(meta.get("host") or "")
    if host:
        _from_host(host, ctx)
    site = str(meta.get("site_name") or "")
    if site:
        _from_line(site, ctx, f"site name {site}", units)
    owner = str(meta.get("owner") or "")
    if owner:  # "Cơ quan chủ quản: UBND huyện Con Cuông", from the page's footer (ingest.html.page_context)
        _from_line(owner, ctx, f"owner {owner}", units)
    for line in _masthead_lines(text, lead):
        _from_place_line(line, ctx)
        _from_line(line, ctx, f"masthead {line}", units)
        for h in _HOST_IN.findall(line):
            _from_host(h.lower(), ctx)
    paths = [str(meta.get("url") or "")]
    for a in _ADDRESS_LINE.finditer(text, 0, lead if lead is not None else min(len(text), CODE_HEAD_CHARS)):
        _from_host(a.group(1).lower(), ctx)  # the page's address copied above its text, however long its path
        paths.append(a.group())
    prose = False
    at = 0  # where the paragraph starts
    for k, para in enumerate(text.split("\n\n")):
        if k >= CODE_PARAS and (prose or at >= CODE_HEAD_CHARS):
            break  # the first paragraphs, or all those to the first of prose (a page's menu items are paragraphs too)
        at += len(para) + 2
        prose = prose or len(para.strip()) >= PROSE_MIN_CHARS
        m = _CODE.match(para.strip("\n"))
        if m:
            _from_code(m.group(1).strip(), ctx)
        elif (b := _BARE_CODE.match(para.strip("\n"))) and lower_keep_len(b.group(1)) in _data().codes:
            _from_code(b.group(1), ctx)  # "ĐNO - Sáng 15/8, ...": a listed code without its brackets
        elif (h := _BARE_HOST.match(para.strip("\n"))) is not None:
            _from_host(h.group(1).lower(), ctx)  # "Baophutho.vn - Ngày 23/12, ...": the host opening the lead
    if title:
        _from_line(title, ctx, f"title {title}", None)
    for path in paths:
        _from_path(path, ctx)
    return ctx


#: an address's path words: runs of lowercase letters between dashes ("bac-tan-uyen-be-mac-ky-hop")
_PATH_SLUG = re.compile(r"[a-z]+(?:-[a-z0-9]+)+")
#: the most words of a slug a unit's name spans ("thanh-pho-ho-chi-minh" is not read: unit words are no name)
SLUG_NAME_WORDS = 4


def _from_path(address: str, ctx: PubContext) -> None:
    """The units of the publisher's province that the address's path names as a run of its words: a page's slug
    written from its headline ("pleiku-tap-trung-day-nhanh-..."). Only with a province known (a national paper's
    slug names places of any province), and bounded: each word starts at most :data:`SLUG_NAME_WORDS` runs."""
    if "://" not in address:
        return
    path = address.split("://", 1)[1].partition("/")[2].lower()
    ctx.paths.append(path)
    if ctx.province is None:
        return
    for m in _PATH_SLUG.finditer(path):
        words = m.group().split("-")
        for i in range(len(words)):
            for n in range(1, SLUG_NAME_WORDS + 1):
                if i + n > len(words) or not words[i + n - 1].isalpha():
                    break
                for u in gz.from_slug("".join(words[i:i + n]), province=ctx.province):
                    if u.level != "province" and (place := Place(u.name, u.kind, u.province)) not in ctx.slugged:
                        ctx.slugged.append(place)


def _set_province(ctx: PubContext, prov: str | None, why: str) -> None:
    if prov and ctx.province is None:
        ctx.province = prov
        ctx.evidence.append(why)


def _from_code(code: str, ctx: PubContext) -> None:
    """"(GLO)", "(Báo Quảng Ngãi)", "(Baonghean.vn)": an agency code, a publisher's name, a host."""
    low = lower_keep_len(code)
    prov = _data().codes.get(low)
    if prov:
        _set_province(ctx, prov, f"code ({code})")
        return
    if "." in code and _HOST_IN.fullmatch(code.strip()):
        _from_host(code.strip().lower(), ctx)
        return
    _from_line(code, ctx, f"code ({code})", None)


def _from_host(host: str, ctx: PubContext) -> None:
    host = host.lower().strip(".")
    d = _data()
    for h, prov in d.hosts.items():
        if host == h or host.endswith("." + h):
            _set_province(ctx, prov, f"host {host}")
            return
    labels = [lab.replace("-", "") for lab in host.split(".")]
    for i, lab in enumerate(labels):
        found = _province_label(lab)
        if found is None:
            continue
        prov = found
        _set_province(ctx, prov, f"host {host}")
        for below in labels[:i]:
            units = next((named for form in _label_forms(below)
                          if (named := [u for u in gz.from_slug(form, province=prov) if u.level != "province"])), [])
            kinds = {(u.name, u.kind) for u in units}
            if len(kinds) == 1:
                name, kind = kinds.pop()
                ctx.places.insert(0, Place(name, kind, prov))
            else:
                ctx.maybe.extend(Place(u.name, u.kind, prov) for u in units)
        return
    if len(labels) == 3 and labels[1:] == ["gov", "vn"]:
        # "doluong.gov.vn": a district's portal under gov.vn, its province unnamed; read only where the
        # gazetteer has one district of that name
        districts = {(u.name, u.province) for u in gz.from_slug(_strip_affixes(labels[0]), level="district")}
        if len(districts) == 1:
            name, prov_ = districts.pop()
            if prov_:
                _set_province(ctx, prov_, f"host {host}")
                ctx.maybe.extend(Place(u.name, u.kind, u.province) for u in gz.from_slug(_strip_affixes(labels[0]))
                                 if u.province == prov_ and u.name == name)


#: the most affixes a host label stacks before a unit's name ("hdnd" + "huyen" + "quynhluu")
MAX_HOST_AFFIXES = 3


def _label_forms(label: str) -> list[str]:
    """A host label as it stands, then without its affixes, one more at a time ("dailoc" is Đại Lộc
    before it is "dai" + "loc"; "xamuonglong" is "xa" + Mường Lống; "hdndhuyenquynhluu")."""
    d = _data()
    forms = [label]
    for _ in range(MAX_HOST_AFFIXES):
        cur = forms[-1]
        nxt = next((cur[len(p):] for p in d.prefixes if cur.startswith(p) and len(cur) > len(p) + 2), None)
        if nxt is None:
            break
        forms.append(nxt)
    for f in list(forms):
        forms.extend(f[: -len(x)] for x in d.suffixes if f.endswith(x) and len(f) > len(x) + 2)
    return forms


def _strip_affixes(label: str) -> str:
    d = _data()
    for p in d.prefixes:
        if label.startswith(p) and len(label) > len(p) + 2:
            label = label[len(p):]
            break
    for s in d.suffixes:
        if label.endswith(s) and len(label) > len(s) + 2:
            label = label[: -len(s)]
            break
    return label


def _province_label(label: str) -> str | None:
    """The province a host label names, bare or with one affix ("sonla", "baosonla", "gialaitv")."""
    d = _data()
    cands = [label]
    for p in d.prefixes:
        if label.startswith(p):
            cands.append(label[len(p):])
    for s in d.suffixes:
        if label.endswith(s):
            cands.extend(c[: -len(s)] for c in list(cands) if c.endswith(s))
    for c in cands:
        units = {u.name for u in gz.from_slug(c, level="province")}
        if len(units) == 1:
            return gz.canonical_province(units.pop())
    return None


def _from_line(line: str, ctx: PubContext, why: str, units: UnitReader | None) -> None:
    """A site name or masthead line: a unit it names ("Cổng thông tin điện tử huyện Quảng Trạch",
    "Huyện ủy Tuy Phong"; read with ``units``, None for a publisher's name only), a publisher noun
    with a province ("Báo Sơn La"), a listed name ("SGGP")."""
    d = _data()
    low = lower_keep_len(line)
    for name, rx, prov in d.names:
        if name in low and rx.search(low):  # most lines hold no listed name: a substring test, no search
            _set_province(ctx, prov, why)
            return
    noun = False  # whether the line holds a publisher noun (read in the one pass below, not searched again)
    for m in d.nouns.finditer(low):
        noun = True
        named = _province_prefix(line, m.end())
        if named:
            _set_province(ctx, named, why)
            break
    if units is None:
        return
    caps = _is_masthead(line)  # asked once: for the gate and for the casing
    if not noun and not caps and not d.owner.match(low):
        return
    cased = _title_if_caps(line, caps)
    for name, kind in units(cased):
        if kind in gz.PROVINCE_KINDS and gz.canonical_province(name) and not gz.lookup(name, kind=kind, level="district"):
            _set_province(ctx, gz.canonical_province(name), why)
            continue
        parent = gz.province_of(name, kind=kind)
        if parent and (ctx.province is None or parent == ctx.province):
            if all(p.name != name for p in ctx.places):
                ctx.places.append(Place(name, kind, parent))
            _set_province(ctx, parent, why)


_PLACE_PAIR = re.compile(r"^([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4})[ \t]*[–—-][ \t]*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4})$")


@cache
def _dateline_place() -> re.Pattern[str]:
    """ "Hà Nội, ngày 30-11-2021": a dateline's place (its day word from report_structure.yaml)."""
    day = phrase_alt(get(ReportStructure).words.day)
    return re.compile(rf"^([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){{0,4}}),[ \t]*(?:{day})[ \t]+\d", re.IGNORECASE)


def _from_place_line(line: str, ctx: PubContext) -> None:
    """A line that is only a place: "Vĩnh Hưng – Long An" (a unit, then its province), or the
    dateline "Hà Nội, ngày 30-11-2021" (the province the page is written in)."""
    if len(line) > 60:
        return
    m = _PLACE_PAIR.match(line)
    if m:
        prov = gz.canonical_province(m.group(2))
        if prov:
            found = [u for u in gz.lookup(m.group(1)) if u.province == prov and u.level != "province"]
            top = [u for u in found if u.level == "district"] or found  # a district and its seat share a name
            units = {(u.name, u.kind) for u in top}
            if len(units) == 1:
                name, kind = units.pop()
                if all(p.name != name for p in ctx.places):
                    ctx.places.append(Place(name, kind, prov))
                _set_province(ctx, prov, f"place line {line}")
        return
    m = _dateline_place().match(line)
    if m:
        _set_province(ctx, gz.canonical_province(m.group(1)), f"dateline {line}")


def _is_masthead(line: str) -> bool:
    """A site's own banner: a line in capitals, or one naming a portal (more than 80 % of its letters capitals;
    counted by the string methods over the line, no Python loop a character)."""
    letters = list(filter(str.isalpha, line))
    return bool(letters) and sum(map(str.isupper, letters)) > 0.8 * len(letters)


def _title_if_caps(line: str, caps: bool | None = None) -> str:
    """ "HUYỆN QUẢNG TRẠCH - TỈNH QUẢNG BÌNH" → "Huyện Quảng Trạch - Tỉnh Quảng Bình" (same length). ``caps``: whether
    the line is a masthead in capitals (:func:`_is_masthead`), when the caller has asked."""
    if not (_is_masthead(line) if caps is None else caps):
        return line
    out = re.sub(r"[^\W\d_]+", lambda m: m.group()[:1] + m.group()[1:].lower(), line)
    return out if len(out) == len(line) else line


def _province_prefix(line: str, pos: int) -> str | None:
    """The longest run of 1-5 syllables at ``pos`` that names a province-level unit; a dash inside it
    ("Bà Rịa - Vũng Tàu") is kept, one after it ends it ("Báo Bắc Giang - Tiếng nói ...": the slogan
    is no part of the name)."""
    toks = _SYLLABLE_OR_DASH.findall(line[pos:pos + 60])
    best = None
    words = 0
    for n, tok in enumerate(toks, 1):
        if tok in "-–":
            continue
        words += 1
        if words > 5:
            break
        prov = gz.canonical_province(" ".join("-" if t in "-–" else t for t in toks[:n]))
        if prov:
            best = prov
    return best


_SYLLABLE_OR_DASH = re.compile(r"[^\W\d_]+|[-–]")


def _masthead_lines(text: str, lead: int | None) -> list[str]:
    """Short lines above the lead (the first 12 and the last 8) and the last 4 short lines of the text that are no
    list's items."""
    top_end = lead if lead is not None else min(len(text), 1500)
    top = [ln.strip() for ln in text[:top_end].split("\n")]
    top = [ln for ln in top if 0 < len(ln) <= 120]
    top = top[:12] + top[max(12, len(top) - 8):]  # the site's masthead on top, an old page's right above the lead
    tail = [ln.strip() for ln in text[-TAIL_CHARS:].split("\n")]
    # a list's items at the page's end are related headlines or a sidebar's links, never the site's own lines: the
    # last short lines counted without them
    tail = [ln for ln in tail if 0 < len(ln) <= 120 and not _TAIL_ITEM.match(ln)][-4:]
    return top + tail


#: how far from the text's end its footer's short lines are looked for
TAIL_CHARS = 600
#: a list item's mark opening a line
_TAIL_ITEM = re.compile(r"[-+•»*][ \t]")


__all__ = ["Place", "PubContext", "publication_context"]
