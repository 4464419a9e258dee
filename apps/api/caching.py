"""HTTP caching of API reads: an ETag from the data version, If-None-Match → 304, Cache-Control.

The tag needs no look at the response: it hashes the data version (bumped by PostgreSQL triggers on
every change to a report table), the full request URL (host included, since bodies carry absolute
links), the Accept header, and a fingerprint of the code and settings that shape the representation
(a deploy that changes a serializer must not be answered with an old body's 304).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest
from django.utils.http import parse_etags

APPS_DIR = Path(__file__).resolve().parent.parent


@functools.cache
def code_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(APPS_DIR.rglob("*.py")):
        digest.update(path.relative_to(APPS_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    shaping = (settings.REST_FRAMEWORK.get("PAGE_SIZE"), settings.API_MAX_PAGE_SIZE, settings.API_EXACT_COUNT_LIMIT)
    digest.update(repr(shaping).encode())
    return digest.hexdigest()


def request_etag(request: HttpRequest, data_version: int | None) -> str:
    parts = (code_fingerprint(), str(data_version), request.build_absolute_uri(), request.headers.get("Accept", ""))
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f'W/"{digest[:32]}"'


def etag_matches(request: HttpRequest, etag: str) -> bool:
    """If-None-Match lists the tag (weak comparison, as RFC 9110 asks for GET and HEAD). A tag is only ever
    given with a 200, so a listed one vouches for the body without running the view."""
    return _opaque(etag) in {_opaque(tag) for tag in _none_match_tags(request)}


def matches_any(request: HttpRequest) -> bool:
    """If-None-Match: `*` matches any current representation, which only the view can tell exists (a
    missing report or a bad parameter has none, and keeps its 404 or 400)."""
    return "*" in _none_match_tags(request)


def _none_match_tags(request: HttpRequest) -> list[str]:
    header = request.headers.get("If-None-Match")
    return parse_etags(header) if header else []


def _opaque(etag: str) -> str:
    return etag.removeprefix("W/")


def cache_control(request: HttpRequest) -> str:
    """Shared caches may keep anonymous reads briefly; a token holder's reads stay private and revalidate."""
    if "Authorization" in request.headers:
        return "private, no-cache"
    return f"public, max-age={settings.API_CACHE_MAX_AGE}"
