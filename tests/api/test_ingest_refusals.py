"""POST /api/v1/reports/ingest/ refusals: each bad request gets its status and stores nothing."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from rest_framework.authtoken.models import Token

from apps.api.exceptions import PayloadTooLarge
from apps.api.parsers import ORJSONParser, PlainTextParser
from apps.reports.models import Report, SourceDocument

from .responses import error_of

URL = "/api/v1/reports/ingest/"
REPORT_TEXT = "2018年度领导班子工作总结\n一年来，在区委的坚强领导下……\n一、加强理论学习\n一是强化理论武装。"


@pytest.fixture
def authed(api, token):
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return api


def _nothing_stored() -> bool:
    return not SourceDocument.objects.exists() and not Report.objects.exists()


def test_no_token_is_401(api, db):
    response = api.post(URL, REPORT_TEXT, content_type="text/plain; charset=utf-8")
    assert error_of(response, 401)["code"] == "not_authenticated"
    assert response["WWW-Authenticate"] == "Token"
    assert _nothing_stored()


def test_wrong_token_is_401(api, db):
    api.credentials(HTTP_AUTHORIZATION="Token 0000000000000000000000000000000000000000")
    response = api.post(URL, REPORT_TEXT, content_type="text/plain; charset=utf-8")
    assert error_of(response, 401)["code"] == "authentication_failed"
    assert _nothing_stored()


@pytest.mark.parametrize("content_type", ["application/xml", "multipart/form-data; boundary=x", "text/csv"])
def test_other_content_types_are_415(authed, content_type):
    response = authed.post(URL, REPORT_TEXT.encode(), content_type=content_type)
    assert error_of(response, 415)["code"] == "unsupported_media_type"
    assert _nothing_stored()


def test_missing_content_type_is_415(authed):
    response = authed.generic("POST", URL, REPORT_TEXT.encode(), content_type="")
    assert error_of(response, 415)["code"] == "unsupported_media_type"


def test_declared_oversize_is_413_before_reading(authed, settings):
    settings.INGEST_MAX_BYTES = 100
    body = ("报" * 200).encode()
    response = authed.post(URL, body, content_type="text/plain; charset=utf-8")
    error = error_of(response, 413)
    assert error["code"] == "payload_too_large" and "100" in error["message"]
    assert _nothing_stored()


def test_actual_oversize_without_honest_length_is_413(authed, settings):
    """A body longer than its Content-Length claims is still cut at the limit by the parser."""
    settings.INGEST_MAX_BYTES = 100

    with pytest.raises(PayloadTooLarge):
        PlainTextParser().parse(io.BytesIO(b"x" * 101), "text/plain")
    assert PlainTextParser().parse(io.BytesIO(b"x" * 100), "text/plain") == "x" * 100
    with pytest.raises(PayloadTooLarge):
        ORJSONParser().parse(io.BytesIO(b'{"text": "' + b"x" * 100 + b'"}'), "application/json")


@pytest.mark.parametrize(
    ("body", "content_type", "field"),
    [
        (b"\xff\xfe\x00bad", "text/plain; charset=utf-8", None),
        ("报告".encode("gbk"), "text/plain", None),
        (REPORT_TEXT.encode(), "text/plain; charset=gbk", None),
        (b'{"text": "unterminated', "application/json", None),
        (b"[1, 2]", "application/json", None),
        (b'{"source_name": "a.txt"}', "application/json", "text"),
        (b'{"text": ""}', "application/json", "text"),
        (b'{"text": 42}', "application/json", "text"),
        (b'{"text": "x", "source_name": ""}', "application/json", "source_name"),
        ('{"text": "x", "source_name": "%s"}' % ("n" * 256), "application/json", "source_name"),
        (b"", "text/plain; charset=utf-8", "text"),
    ],
)
def test_unreadable_or_invalid_bodies_are_400(authed, body, content_type, field):
    response = authed.generic("POST", URL, body, content_type=content_type)
    error = error_of(response, 400)
    if field:
        assert field in error["fields"]
    assert _nothing_stored()


def test_get_on_ingest_is_405_with_or_without_a_token(api, authed):
    assert error_of(authed.get(URL), 405)["code"] == "method_not_allowed"
    api.credentials()
    assert error_of(api.get(URL), 405)["code"] == "method_not_allowed"


def test_create_api_token_is_idempotent_and_creates_the_user(db, capsys, django_user_model):
    call_command("create_api_token", "loader")
    first = capsys.readouterr().out.strip()
    call_command("create_api_token", "loader")
    assert capsys.readouterr().out.strip() == first
    user = django_user_model.objects.get(username="loader")
    assert Token.objects.get(user=user).key == first and len(first) == 40
    assert not user.has_usable_password()
