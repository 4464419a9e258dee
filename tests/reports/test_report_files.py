"""Which files a command picks up from its arguments, and how their text is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from apps.reports.report_files import report_paths, report_text


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("b.txt", "a.md", "sub/c.TXT", "sub/deeper/d.txt", ".hidden/e.txt", "sub/.f.txt", "g.docx"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    return tmp_path.resolve()  # found paths come back resolved


def test_folders_are_searched_recursively_for_texts_in_sorted_order(tree: Path) -> None:
    found = [p.relative_to(tree).as_posix() for p in report_paths([tree])]
    assert found == ["a.md", "b.txt", "sub/c.TXT", "sub/deeper/d.txt"]


def test_files_keep_the_given_order_and_repeats_are_dropped(tree: Path) -> None:
    given = [tree / "b.txt", tree / "g.docx", tree / "a.md", tree / "sub" / ".." / "b.txt"]
    assert report_paths(given) == [tree / "b.txt", tree / "g.docx", tree / "a.md"]


def test_a_missing_path_is_kept_for_the_caller_to_report(tmp_path: Path) -> None:
    missing = tmp_path.resolve() / "missing.txt"
    assert report_paths([missing]) == [missing]


def test_text_is_utf8_without_a_byte_order_mark_and_keeps_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes("\ufeff一、加强学习\r\n二是".encode())
    assert report_text(path) == "一、加强学习\r\n二是"


def test_other_encodings_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("工作总结".encode("gbk"))
    with pytest.raises(UnicodeDecodeError):
        report_text(path)
