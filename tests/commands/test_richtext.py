"""soket.commands.richtext: report text and paths are shown verbatim by every command: "[/]" never crashes a table and
"[bold red]" never disappears (Rich markup is escaped)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from soket.cli import app

MARKUP = "[bold red]"
TEXT = ("Chiều 21/7, Ban Chấp hành Đảng bộ huyện Yên Thế tổ chức hội nghị đánh giá 6 tháng đầu năm 2023. "
        f"Thu ngân sách {MARKUP}[/] ước đạt 186,4 tỷ đồng, đạt 61,5% dự toán năm. "
        f"Thu ngân sách {MARKUP}[/] đạt 190 tỷ đồng.\n")


def _report(tmp_path: Path) -> Path:
    """A report at ``…/in[/]bao[bold red]cao.txt`` (a folder "in[" holding "]bao[bold red]cao.txt")."""
    d = tmp_path / "in["
    d.mkdir()
    p = d / f"]bao{MARKUP}cao.txt"
    p.write_text(TEXT, encoding="utf-8")
    assert f"in[/]bao{MARKUP}cao" in str(p)
    return p


def _ok(result) -> str:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.output


def test_extract_table_shows_markup_in_text_and_path_verbatim(tmp_path: Path) -> None:
    p = _report(tmp_path)
    out = _ok(CliRunner().invoke(app, ["extract", str(p), "--format", "table"], env={"COLUMNS": "300"}))
    assert f"]bao{MARKUP}cao" in out  # the title names the document as it is
    assert f"{MARKUP}[/]" in out.split("\n", 2)[2]  # the subject column keeps the brackets


def test_check_table_shows_markup_verbatim(tmp_path: Path) -> None:
    p = _report(tmp_path)
    out = _ok(CliRunner().invoke(app, ["check", str(p)], env={"COLUMNS": "300"}))
    assert MARKUP in out


def test_ingest_failure_message_with_markup_in_the_path(tmp_path: Path) -> None:
    d = tmp_path / "in["
    d.mkdir()
    (d / f"]rong{MARKUP}.txt").write_bytes(b"  \n")
    res = CliRunner().invoke(app, ["ingest", str(d), "--db", str(tmp_path / "s.db"), "--quiet"],
                             env={"COLUMNS": "300"})
    out = _ok(res)
    assert res.exit_code == 1
    assert f"in[/]rong{MARKUP}.txt" in out.replace("\n", "")


def test_facts_and_search_tables_show_markup_verbatim(tmp_path: Path) -> None:
    p = _report(tmp_path)
    db = str(tmp_path / "s.db")
    assert CliRunner().invoke(app, ["ingest", str(p), "--db", db, "--quiet"]).exit_code == 0
    out = _ok(CliRunner().invoke(app, ["facts", "--db", db], env={"COLUMNS": "300"}))
    assert MARKUP in out
    out = _ok(CliRunner().invoke(app, ["search", "ngân sách", "--db", db], env={"COLUMNS": "300"}))
    assert MARKUP in out


def test_batch_summary_escapes_user_text(monkeypatch) -> None:
    import rich.console

    from soket.commands import batch

    s = {"out": f"/tmp/out{MARKUP}[/]", "engine": "local", "workers": 1, "shard_size": 10,
         "shards": {"total": 1, "ran": 1, "resumed": 0, "failed": 1},
         "articles": 1, "skipped": 0, "extracted": 0, "dead_letters": 0, "dead_by": {f"x{MARKUP}": 1},
         "rows": {"facts": 0, "meetings": 0, "people": 0, "documents": 0},
         "this_run": {"articles": 1, "seconds": 1.0, "docs_per_s": 1.0, "extracted_per_s": 0.0},
         "slowest": [{"seconds": 1.0, "chars": 3, "doc_id": f"d[/]{MARKUP}"}],
         "failed_shards": [{"shard": 0, "source": "s[/]", "start": 0, "end": 1, "error": f"boom {MARKUP}[/]"}],
         "input_problems": [{"source": "a[/]", "reason": "r", "detail": f"{MARKUP}"}]}
    con = rich.console.Console(record=True, width=300)
    monkeypatch.setattr(rich.console, "Console", lambda *a, **k: con)
    batch.print_summary(s)
    out = con.export_text()
    assert out.count(MARKUP) == 5 and f"out{MARKUP}[/]" in out and f"boom {MARKUP}[/]" in out
    assert "s[/] rows" in out and f"d[/]{MARKUP}" in out


def test_plain_and_esc_keep_brackets_as_text() -> None:
    from rich.console import Console

    from soket.commands.richtext import esc, plain

    assert plain(None).plain == "" and plain(12).plain == "12"
    assert plain(MARKUP).plain == MARKUP and not plain(MARKUP).spans  # no style read from it
    assert esc(None) == "" and esc("a[/]b") == r"a\[/]b"
    con = Console(record=True, width=80)
    con.print(f"[bold]{esc(MARKUP + '[/]')}[/bold]")
    assert con.export_text().strip() == MARKUP + "[/]"
