"""Reports never seen by the rules: a corpus written for the genre's variants (`unseen/*.txt`), each with
hand-checked expectations beside it (`unseen/*.toml`), compared field by field.

The corpus covers what the seven seeds do not: province/county/街道/乡/department levels, individual and
multi-year reports, half-year summaries, `1、`/`（1）`/`(1)`/`（一）、`/`第一，`/`首先…最后` numbering,
numbered self-criticism and plan chapters, traditional characters, PDF hard line breaks, full-width
digits, placeholder glyphs, a compilation with web noise, a title-less text, a bare `述职报告` title,
Windows line endings and subtitle lines.
"""

import tomllib
from pathlib import Path

import pytest

from apps.extraction.pipeline import document_structure

CORPUS = Path(__file__).resolve().parent / "unseen"
TEXTS = sorted(CORPUS.glob("*.txt"))
META_FIELDS = ("title", "year", "org_name")  # absent from the expectations means null
ENUM_FIELDS = ("period", "report_type", "org_level", "speaker")


def _expectations(path: Path) -> dict:
    with path.with_suffix(".toml").open("rb") as handle:
        return tomllib.load(handle)


def _cases():
    for path in TEXTS:
        for index, _ in enumerate(_expectations(path)["report"]):
            yield pytest.param(path.name, index, id=f"{path.stem[:2]}-{index}")


@pytest.fixture(scope="module")
def documents():
    return {path.name: document_structure(path.read_text(encoding="utf-8"), path.name) for path in TEXTS}


def _matches(got: str, expected: str) -> bool:
    """An expectation ending in `…` is a prefix; otherwise the text must be equal."""
    return got.startswith(expected[:-1]) if expected.endswith("…") else got == expected


def _expected(name: str, index: int) -> dict:
    return _expectations(CORPUS / name)["report"][index]


def test_corpus_is_large_and_varied_enough():
    assert len(TEXTS) >= 12
    for path in TEXTS:
        assert 1500 <= len(path.read_bytes()) <= 6000 or path.stem.startswith("08"), path.name
    assert b"\r\n" in (CORPUS / "12_county_committee_crlf_subtitle.txt").read_bytes()


@pytest.mark.parametrize("name", [p.name for p in TEXTS])
def test_report_count(documents, name):
    assert len(documents[name].reports) == len(_expectations(CORPUS / name)["report"])


@pytest.mark.parametrize(("name", "index"), list(_cases()))
class TestUnseenReport:
    def test_metadata(self, documents, name, index):
        report, expected = documents[name].reports[index], _expected(name, index)
        for field in META_FIELDS:
            assert getattr(report, field) == expected.get(field), field
        for field in ENUM_FIELDS:
            assert getattr(report, field) == expected[field], field
        assert report.display_title == expected.get("display_title", expected.get("title"))

    def test_top_level_sections(self, documents, name, index):
        report = documents[name].reports[index]
        got = [[s.label, s.heading, s.kind.value, len(s.children)] for s in report.sections]
        assert got == _expected(name, index)["sections"]

    def test_children_headings_levels_and_item_counts(self, documents, name, index):
        by_path = {s.path: s for s in documents[name].reports[index].all_sections()}
        for path, rows in _expected(name, index).get("children", {}).items():
            got = [[c.label, c.heading, c.level, len(c.children)] for c in by_path[path].children]
            assert got == rows, path
            assert [c.ordinal for c in by_path[path].children] == list(range(1, len(rows) + 1))

    def test_self_criticism_items(self, documents, name, index):
        items = documents[name].reports[index].self_criticisms
        expected = _expected(name, index)["criticisms"]
        assert [i.text for i in items] == [text for text, _ in expected]
        assert [i.category.value for i in items] == [category for _, category in expected]

    def test_plan_items(self, documents, name, index):
        items = documents[name].reports[index].plans
        expected = [row if isinstance(row, list) else [row, None] for row in _expected(name, index)["plans"]]
        assert len(items) == len(expected), [i.text for i in items]
        for item, (text, category) in zip(items, expected, strict=True):
            assert _matches(item.text, text), item.text
            assert category is None or item.category == category, item.text

    def test_preamble_and_closing(self, documents, name, index):
        report, expected = documents[name].reports[index], _expected(name, index)
        assert report.preamble.startswith(expected.get("preamble_starts", ""))
        assert report.closing == expected.get("closing", "")

    def test_leading_themes(self, documents, name, index):
        by_path = {s.path: s for s in documents[name].reports[index].all_sections()}
        for path, theme in _expected(name, index).get("themes", {}).items():
            assert by_path[path].themes[0] == theme, f"{path} {by_path[path].heading}: {by_path[path].themes}"

    def test_cleaned_text(self, documents, name, index):
        document = documents[name]
        text = document.reports[index].span.slice(document.cleaned_text)
        for passage in _expected(name, index).get("cleaned_contains", []):
            assert passage in text
        for noise in _expectations(CORPUS / name).get("noise", []):
            assert noise not in text


@pytest.mark.parametrize("name", [p.name for p in TEXTS])
def test_items_are_clean_and_paths_unique(documents, name):
    for report in documents[name].reports:
        for item in (*report.self_criticisms, *report.plans):
            assert item.text and item.text[-1] not in "；。，：", item.text
            assert item.span.slice(documents[name].cleaned_text) == item.text
        paths = [s.path for s in report.all_sections()]
        assert len(paths) == len(set(paths))
