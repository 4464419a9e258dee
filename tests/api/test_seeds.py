"""Acceptance on the seed reports through the real pipeline: expected rows computed from the extraction
output, plus facts that hold whatever the extraction finds."""

from __future__ import annotations

from pathlib import Path

from apps.extraction import ParsedDocument

from .responses import get_all, get_ok


def _reports(docs: list[ParsedDocument]):
    return [(doc, r) for doc in docs for r in doc.reports]


def test_reports_listed_as_extracted(api, seeded):
    rows = get_all(api, "/api/v1/reports/")
    expected = [(r.display_title, r.year, r.period, r.report_type, r.org_level, r.speaker) for _, r in _reports(seeded)]
    found = [(r["display_title"], r["year"], r["period"], r["report_type"], r["org_level"], r["speaker"]) for r in rows]
    assert found == expected
    assert len(rows) == 7  # five files, the compilation holding three


def test_unmasked_yi_yuan_metrics_are_exactly_the_extracted_ones(api, seeded):
    rows = get_all(api, "/api/v1/metrics/", {"unit": "亿元", "masked": "false"})
    found = sorted((row["report"]["display_title"], row["ordinal"], row["raw_value"]) for row in rows)
    expected = sorted(
        (r.display_title, n, m.raw_value)
        for _, r in _reports(seeded)
        for n, m in enumerate(r.metrics, 1)
        if m.unit == "亿元" and not m.masked
    )
    assert found == expected
    assert all(row["value"] is not None and row["unit"] == "亿元" for row in rows)
    # The seeds mask nearly every 亿元 figure; the unfiltered unit still returns each extracted one.
    every = get_all(api, "/api/v1/metrics/", {"unit": "亿元"})
    extracted = [m for _, r in _reports(seeded) for m in r.metrics if m.unit == "亿元"]
    assert every and len(every) == len(extracted)
    assert sum(row["masked"] for row in every) == sum(m.masked for m in extracted)


def test_masked_metrics_have_null_values(api, seeded):
    rows = get_all(api, "/api/v1/metrics/", {"masked": "true"})
    assert len(rows) == sum(m.masked for _, r in _reports(seeded) for m in r.metrics)
    assert all(row["value"] is None and row["normalized_value"] is None for row in rows)


def test_q_finds_the_compilation_reports_that_wrote_d_jian(api, seeded, seed_paths: list[Path]):
    compilation = next(p for p in seed_paths if p.name.startswith("004_"))
    raw = compilation.read_text(encoding="utf-8")
    assert "党建" not in raw  # published only as D建
    # The compilation's first two reports write D建; the third (the county office's) never does.
    third = raw.index("县政府办公室领导班子2023年述职述廉报告")
    assert "D建" in raw[:third] and "D建" not in raw[third:]
    found = {row["display_title"]: row for row in get_all(api, "/api/v1/reports/", {"q": "党建"})}
    from_004 = sorted(row["index"] for row in found.values() if row["source_name"] == compilation.name)
    assert from_004 == [0, 1]
    expected = {r.display_title for doc, r in _reports(seeded) if "党建" in doc.cleaned_text[r.span.start : r.span.end]}
    assert set(found) == expected


def test_2023_self_criticisms_belong_to_2023_reports(api, seeded):
    rows = get_all(api, "/api/v1/self-criticisms/", {"report__year": "2023"})
    assert rows and all(row["report"]["year"] == 2023 for row in rows)
    assert len(rows) == sum(len(r.self_criticisms) for _, r in _reports(seeded) if r.year == 2023)
    others = get_all(
        api, "/api/v1/self-criticisms/", {"report__year__n": "2023"} if False else {"report__year__lt": "2023"}
    )
    assert all(row["report"]["year"] < 2023 for row in others)


def test_outline_of_every_seed_report_matches_the_extracted_tree(api, seeded):
    rows = get_all(api, "/api/v1/reports/")
    for row, (_, parsed) in zip(rows, _reports(seeded), strict=True):
        outline = get_ok(api, f"/api/v1/reports/{row['id']}/outline/")

        def paths(nodes):
            return [(n["path"], paths(n["children"])) for n in nodes]

        def parsed_paths(sections):
            return [(s.path, parsed_paths(s.children)) for s in sections]

        assert paths(outline["sections"]) == parsed_paths(parsed.sections)


def test_sections_by_report_dimensions(api, seeded):
    rows = get_all(api, "/api/v1/sections/", {"report__org_level": "province"})
    expected = sum(1 for _, r in _reports(seeded) if r.org_level == "province" for _ in r.all_sections())
    assert len(rows) == expected and all(row["report"]["org_level"] == "province" for row in rows)
