"""The command line, run as users run it: `python -m apps.extraction FILE... [--pretty]` in a subprocess."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "fixtures" / "seeds"
COMPILATION = SEEDS / "004_a013bd0005226764.txt"
SINGLE = SEEDS / "000_7f86634c6e6bb5ce.txt"
UNSEEN = ROOT / "tests" / "extraction" / "unseen" / "12_county_committee_crlf_subtitle.txt"

REPORT_KEYS = {
    "source", "index", "title", "year", "period", "report_type", "org_level", "org_name", "speaker",
    "substitutions", "sections", "metrics", "self_criticisms", "plans",
}  # fmt: skip
SECTION_KEYS = {"path", "level", "label", "heading", "body", "kind", "themes", "children"}
METRIC_KEYS = {
    "name", "raw_value", "value", "unit", "masked", "kind", "bound", "period", "normalized_value", "section_path",
    "sentence", "span",
}  # fmt: skip


def run(*args: str | Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "apps.extraction", *map(str, args)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=False)


@pytest.fixture(scope="module")
def several():
    result = run(SINGLE, COMPILATION, UNSEEN)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _sections(sections):
    for section in sections:
        yield section
        yield from _sections(section["children"])


def test_one_object_per_report_in_file_order(several):
    assert [(r["source"], r["index"]) for r in several] == [
        (SINGLE.name, 0),
        (COMPILATION.name, 0),
        (COMPILATION.name, 1),
        (COMPILATION.name, 2),
        (UNSEEN.name, 0),
    ]
    assert [r["title"] for r in several][1:4] == [
        "党委领导班子2023年述职述廉报告",
        "领导班子2023年述职述廉述德述法述安报告",
        "县政府办公室领导班子2023年述职述廉报告",
    ]


def test_keys_and_value_types_as_the_issue_lists(several):
    for report in several:
        assert report.keys() >= REPORT_KEYS
        assert report["period"] in {"annual", "half_year", "multi_year"}
        assert report["speaker"] in {"collective", "individual"}
        for section in _sections(report["sections"]):
            assert section.keys() >= SECTION_KEYS
            assert isinstance(section["themes"], list) and section["themes"]
        for metric in report["metrics"]:
            assert metric.keys() >= METRIC_KEYS
            start, end = metric["span"]
            assert isinstance(start, int) and start <= end
            assert metric["value"] is None or isinstance(metric["value"], (int, float))
        assert all({"text", "category", "section_path"} <= item.keys() for item in report["self_criticisms"])
        assert all("text" in item for item in report["plans"])
    single = several[0]
    assert single["year"] == 2018 and single["org_level"] == "district"
    assert [s["label"] for s in single["sections"]][:2] == ["", "一"]
    assert any(m["masked"] and m["value"] is None for m in single["metrics"])
    assert {"original": "D", "restored": "党", "count": 71} in several[1]["substitutions"]


def test_windows_line_endings_and_subtitle(several):
    report = several[-1]
    assert report["title"] == "中共XX县委常委会2023年度述职述廉报告"
    assert report["org_level"] == "county" and report["report_type"] == "duty_integrity_report"


def test_pretty_indents_the_same_data():
    plain, pretty = run(SINGLE), run(SINGLE, "--pretty")
    assert plain.returncode == pretty.returncode == 0
    assert plain.stdout.count("\n") == 1 and pretty.stdout.startswith('[\n  {\n    "source"')
    assert json.loads(pretty.stdout) == json.loads(plain.stdout)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "input is empty"),
        (b"\x00\x01\x02\x03binary\xff\xfe" * 40, "not UTF-8"),
        ("\x00\x01\x02工作总结\x03\x04".encode() * 40, "looks binary"),
        (b"Annual work report of the county government. " * 20, "not Chinese"),
        ("2019年工作总结".encode(), "too short"),
    ],
)
def test_a_bad_file_exits_non_zero_naming_file_and_reason_and_keeps_the_good_ones(tmp_path, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run(SINGLE, bad)
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {bad}: ") and reason in result.stderr
    assert [r["source"] for r in json.loads(result.stdout)] == [SINGLE.name]  # nothing partial of bad.txt


def test_a_missing_file_is_an_error_too(tmp_path):
    result = run(tmp_path / "missing.txt")
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {tmp_path / 'missing.txt'}: ")
    assert json.loads(result.stdout) == []


def test_no_file_is_a_usage_error():
    result = run()
    assert result.returncode == 2
    assert "FILE" in result.stderr


def test_a_reader_that_leaves_early_gets_no_traceback():
    command = [sys.executable, "-m", "apps.extraction", str(SINGLE), str(COMPILATION), str(UNSEEN), "--pretty"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # `| head -0`: the pipe is gone before the JSON is written
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 1
    assert stderr == ""
