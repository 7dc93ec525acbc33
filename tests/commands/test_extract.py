"""soket.commands.extract: one JSON record per readable file, one clear stderr line per unreadable
one; the table and JSON-array formats."""

from __future__ import annotations

import io
import json

import rich.console
from rich.console import Console
from typer.testing import CliRunner

from soket.cli import app
from soket.commands import extract as cmd
from soket.extract.pipeline import extract_text

from .texts import REPORT


def test_extract_jsonl_keeps_going_past_a_bad_file(tmp_path):
    good = tmp_path / "bao_cao.txt"
    good.write_text("Chiều 21/7, Ban Chấp hành Đảng bộ huyện Yên Thế tổ chức hội nghị lần thứ 5 đánh giá "
                    "6 tháng đầu năm 2023. Thu ngân sách ước đạt 186,4 tỷ đồng, đạt 61,5% dự toán năm.",
                    encoding="utf-8")
    (tmp_path / "anh.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "rong.txt").write_bytes(b"   \n")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["doc"] for r in records] == ["bao_cao"]
    facts = records[0]["facts"]
    assert [(f["raw"], f["role"]) for f in facts] == [("186,4 tỷ đồng", "amount"), ("61,5%", "plan_pct")]
    assert records[0]["meeting"]["locality"] == "Yên Thế"
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("anh.txt" in e and "PNG" in e for e in errors)
    assert any("rong.txt" in e and "empty" in e for e in errors)


def test_extract_table_format(tmp_path):
    (tmp_path / "a.txt").write_text("Sáng 5/1/2024, HĐND tỉnh Lạng Sơn khai mạc kỳ họp thứ 20. "
                                    "Năm 2024, tổng thu ngân sách đạt 18.063,8 tỷ đồng.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--format", "table"])
    assert result.exit_code == 0
    assert "peoples_council" in result.stdout and "Lạng Sơn" in result.stdout
    assert "18.063,8" in result.stdout and "Năm 2024" in result.stdout


def test_extract_json_format_is_one_array(tmp_path):
    (tmp_path / "a.txt").write_text("Sáng 5/1/2024, HĐND tỉnh Lạng Sơn khai mạc kỳ họp thứ 20. "
                                    "Tổng thu ngân sách đạt 18.063,8 tỷ đồng.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ban Thường vụ Huyện ủy Yên Thế họp đánh giá kết quả quý I năm 2024. "
                                    "Kết nạp 12 đảng viên mới, giảm 3 đảng viên so với cùng kỳ.", encoding="utf-8")
    (tmp_path / "rong.txt").write_bytes(b"   \n")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1 and "rong.txt" in result.stderr
    records = json.loads(result.stdout)
    assert isinstance(records, list) and [r["doc"] for r in records] == ["a", "b"]
    assert records[0]["meeting"]["session"] == 20 and records[0]["facts"][0]["value"] == 18_063.8e9
    changes = [f for f in records[1]["facts"] if f["role"] == "change"]
    assert [(f["raw"], f["value"]) for f in changes] == [("3 đảng viên", -3)]
    for r in records:
        text = (tmp_path / f"{r['doc']}.txt").read_text(encoding="utf-8")
        assert all(text[f["span"][0]:f["span"][1]] == f["raw"] for f in r["facts"])


def test_print_table_shows_the_meeting_and_each_figure(monkeypatch):
    con = Console(file=io.StringIO(), width=200, record=True)
    monkeypatch.setattr(rich.console, "Console", lambda *a, **k: con)
    cmd.print_table(extract_text(REPORT, "yen_the"))
    out = con.export_text()
    assert "yen_the" in out and "Yên Thế" in out
    assert "186,4 tỷ đồng" in out and "61,5%" in out
