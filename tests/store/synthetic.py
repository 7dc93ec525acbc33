"""Synthetic records for the store's scale tests: documents of a few localities and years, each
with facts of several indicators and roles, in the shapes the extractor gives."""

from __future__ import annotations

import random

from soket.model import Document, Fact, Meeting, Period, Record

LOCALITIES = [("Phúc Yên", "thành phố", "Vĩnh Phúc"), ("Hồng Lĩnh", "thị xã", "Hà Tĩnh"),
              ("Đông Anh", "huyện", "Hà Nội"), ("Sơn Tây", "thị xã", "Hà Nội")]
SUBJECTS = {"budget_revenue": "Tổng thu ngân sách nhà nước", "exports": "Kim ngạch xuất khẩu",
            "new_party_members": "kết nạp đảng viên", "grdp": "Tăng trưởng kinh tế (GRDP)"}
ROLES = ["amount", "change_pct", "plan_pct", "percent"]


def records(n_docs: int, facts_per_doc: int, seed: int = 3, tag: str = "") -> list[tuple[Document, Record]]:
    rnd = random.Random(seed)
    out = []
    for i in range(n_docs):
        loc, kind, prov = LOCALITIES[i % len(LOCALITIES)]
        year = 2018 + (i // len(LOCALITIES)) % 5
        facts, parts = [], []
        pos = 0
        for _ in range(facts_per_doc):
            key = rnd.choice(list(SUBJECTS))
            role = ROLES[rnd.randrange(len(ROLES))]
            value = rnd.randrange(1, 10**6) * 10**6 if role == "amount" else round(rnd.uniform(1, 200), 1)
            unit = "VND" if role == "amount" else "%"
            raw = f"{value} {'đồng' if unit == 'VND' else '%'}"
            sent = f"{SUBJECTS[key]} đạt {raw}."
            start = pos + len(sent) - len(raw) - 1
            facts.append(Fact(subject=SUBJECTS[key], value=value, unit=unit, role=role, raw=raw,
                              span=(start, start + len(raw)), evidence=sent, evidence_span=(pos, pos + len(sent)),
                              indicator=key))
            parts.append(sent)
            pos += len(sent) + 1
        text = " ".join(parts)
        doc = Document(text=text + f" [{tag}{i}]", doc=f"syn{tag}{i}", path=f"/syn/{tag}{i}.txt")
        rec = Record(doc=doc.doc, meeting=Meeting(body_kind="executive_committee", locality=loc, locality_kind=kind,
                                                  province=prov),
                     period=Period(year=year, start_month=1, end_month=6 if i % 2 else 12), facts=facts)
        out.append((doc, rec))
    return out
