"""The extract command: one JSON record per readable file, one clear stderr line per unreadable one."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from soket.cli import app


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
                                    "Tổng thu ngân sách đạt 18.063,8 tỷ đồng.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--format", "table"])
    assert result.exit_code == 0
    assert "peoples_council" in result.stdout and "Lạng Sơn" in result.stdout
    assert "18.063,8" in result.stdout and "Năm 2024" in result.stdout
