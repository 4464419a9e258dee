"""The OpenAPI schema validates, documents every filter, and a bounded schemathesis run finds no 5xx and
no response breaking the schema (status codes, content types and bodies all as documented)."""

from __future__ import annotations

import orjson
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from drf_spectacular.validation import validate_schema
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from apps.api import filters, schema_view

from .responses import error_of, get_ok

MAX_EXAMPLES = 25  # per operation; about a minute for the whole run on one CI core


def generated_schema() -> dict:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return orjson.loads(OpenApiJsonRenderer().render(schema))


def test_schema_validates_and_documents_every_filter():
    schema = generated_schema()
    validate_schema(schema)  # raises on an invalid OpenAPI 3 document
    for path, filterset in [
        ("/api/v1/reports/", filters.ReportFilterSet),
        ("/api/v1/sections/", filters.SectionFilterSet),
        ("/api/v1/metrics/", filters.MetricFilterSet),
        ("/api/v1/self-criticisms/", filters.SelfCriticismItemFilterSet),
        ("/api/v1/plans/", filters.PlanItemFilterSet),
    ]:
        parameters = {p["name"]: p for p in schema["paths"][path]["get"]["parameters"]}
        assert set(filterset.base_filters) | {"page", "page_size", "fields", "omit"} <= set(parameters), path
        assert all(p.get("description") for p in parameters.values()), path
        assert {"400", "404", "429"} <= set(schema["paths"][path]["get"]["responses"])
    metric_kind = {p["name"]: p for p in schema["paths"]["/api/v1/metrics/"]["get"]["parameters"]}["kind"]
    assert metric_kind["schema"]["enum"] == ["amount", "count", "growth", "rank", "share"]


def test_schema_and_docs_are_served(api, db):
    schema = get_ok(api, "/api/v1/schema/", {"format": "json"})
    assert schema["openapi"].startswith("3.") and "/api/v1/reports/ingest/" in schema["paths"]
    assert schema["info"]["version"] == "1.0.0"
    docs = api.get("/api/docs/")
    assert docs.status_code == 200 and b"swagger" in docs.content.lower()


def test_schema_is_generated_once_and_served_in_both_formats(api, db, monkeypatch):
    generated = []

    class CountingGenerator(SchemaGenerator):
        def get_schema(self, *args, **kwargs):
            generated.append(1)
            return super().get_schema(*args, **kwargs)

    monkeypatch.setattr(schema_view, "_schemas", {})
    monkeypatch.setattr(schema_view.SchemaView, "generator_class", CountingGenerator)
    as_json = get_ok(api, "/api/v1/schema/", {"format": "json"})
    as_yaml = api.get("/api/v1/schema/", {"format": "yaml"})
    assert as_yaml.status_code == 200 and as_yaml["Content-Type"].startswith("application/vnd.oai.openapi")
    assert as_yaml.content.startswith(b"openapi: 3.0.3") and as_json == get_ok(api, "/api/v1/schema/?format=json")
    assert len(generated) == 1


def test_schema_errors_use_the_json_error_shape(api, db):
    error = error_of(api.get("/api/v1/schema/", {"format": "xml"}), 400)
    assert "xml" in error["fields"]["format"][0]
    assert error_of(api.get("/api/v1/schema/", HTTP_ACCEPT="text/html"), 406)["code"] == "not_acceptable"


@pytest.fixture
def wsgi_requests_keep_the_test_connection(settings):
    """As Django's test client does: requests through the real WSGI handler keep the test transaction's
    connection (close_old_connections would drop it), and no throttle interferes with the run."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None}}
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# Loaded eagerly: schemathesis' lazy `from_fixture` does not run under pytest 9.
schema = schemathesis.openapi.from_dict(generated_schema())
schema.app = get_wsgi_application()


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_schema(case, corpus, token, wsgi_requests_keep_the_test_connection):
    case.call_and_validate(
        headers={"Authorization": f"Token {token}"},
        checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance],
    )
