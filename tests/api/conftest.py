"""API test fixtures: an API client, the hand-built corpus, the seeds through the real pipeline, a token."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from apps.extraction import ParsedDocument, extract_document
from apps.reports import services

from .corpus import DOCUMENTS
from .factories import store


@pytest.fixture(autouse=True)
def _fresh_throttle_counters():
    """Throttle counters live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api() -> APIClient:
    return APIClient()


@pytest.fixture
def corpus(db) -> None:
    for doc in DOCUMENTS:
        store(doc)


@pytest.fixture(scope="session")
def seed_documents(seed_paths: list[Path]) -> list[ParsedDocument]:
    """The seed texts through the real extraction pipeline (pure Python, computed once)."""
    return [extract_document(path.read_text(encoding="utf-8"), path.name) for path in seed_paths]


@pytest.fixture
def seeded(db, seed_documents: list[ParsedDocument]) -> list[ParsedDocument]:
    """The seeds stored through the one writer, inside the test's transaction."""
    for doc in seed_documents:
        services.rows_save(services.document_rows(doc))
    return seed_documents


@pytest.fixture
def token(db, django_user_model) -> str:
    user = django_user_model.objects.create_user(username="ingester")
    return Token.objects.create(user=user).key
