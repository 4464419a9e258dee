"""The integration endpoints and parameters are in the OpenAPI schema with their types and enums (the bounded
schemathesis run in tests/api/test_schema.py exercises them too), and the docs work offline."""

from __future__ import annotations

import re

from tests.api.test_schema import generated_schema

LISTS = (
    "/api/v1/reports/",
    "/api/v1/sections/",
    "/api/v1/metrics/",
    "/api/v1/self-criticisms/",
    "/api/v1/plans/",
    "/api/v1/metric-names/",
    "/api/v1/metrics/series/",
    "/api/v1/metrics/frames/",
)


def _parameters(schema: dict, path: str) -> dict[str, dict]:
    return {p["name"]: p for p in schema["paths"][path]["get"]["parameters"]}


def test_every_list_documents_formats_counts_and_facets():
    schema = generated_schema()
    for path in LISTS:
        parameters = _parameters(schema, path)
        assert sorted(parameters["format"]["schema"]["enum"]) == ["csv", "json", "ndjson"], path
        assert parameters["count"]["schema"]["enum"] == ["exact", "estimated", "none"], path
        assert parameters["bom"]["schema"]["type"] == "boolean", path
        assert all(p.get("description") for p in parameters.values()), path
        ok = schema["paths"][path]["get"]["responses"]["200"]["content"]
        assert set(ok) == {"application/json", "text/csv", "application/x-ndjson"}, path
        assert ok["text/csv"]["schema"]["type"] == "string"
        for status in ("400", "404", "503"):
            assert set(schema["paths"][path]["get"]["responses"][status]["content"]) == {"application/json"}
    assert "unit" in _parameters(schema, "/api/v1/metrics/")["facets"]["schema"]["items"]["enum"]
    assert "themes" in _parameters(schema, "/api/v1/sections/")["facets"]["schema"]["items"]["enum"]


def test_new_endpoints_document_their_own_parameters():
    schema = generated_schema()
    series = _parameters(schema, "/api/v1/metrics/series/")
    assert series["name"]["required"] is True and "report__org_level" in series
    frames = _parameters(schema, "/api/v1/metrics/frames/")
    assert frames["year"]["required"] is True and frames["year"]["schema"]["type"] == "integer"
    assert "report__year" not in frames
    catalogue = _parameters(schema, "/api/v1/metric-names/")
    assert {"q", "unit", "kind", "count__gte", "ordering", "report__year"} <= set(catalogue)
    stats = schema["paths"]["/api/v1/stats/"]["get"]
    stats_parameters = {p["name"] for p in stats["parameters"]}
    assert {"year", "org_level", "q", "facets"} <= stats_parameters and "page" not in stats_parameters
    stats_body = stats["responses"]["200"]["content"]["application/json"]["schema"]
    assert stats_body["$ref"].endswith("/Stats")
    dump = schema["paths"]["/api/v1/export/metrics.csv"]["get"]
    assert set(dump["responses"]["200"]["content"]) == {"text/csv"}
    assert "page" not in {p["name"] for p in dump["parameters"]}


def test_swagger_ui_assets_are_served_locally(api, db):
    page = api.get("/api/docs/").content.decode()
    scripts = re.findall(r'src="([^"]+\.js)"', page)
    assert scripts and all("drf_spectacular_sidecar" in src and "//" not in src for src in scripts)
    for src in scripts:
        response = api.get(src)
        assert response.status_code == 200, src
        assert b"".join(response.streaming_content) if response.streaming else response.content
