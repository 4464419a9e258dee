"""Assertions on API responses shared by the API tests."""

from __future__ import annotations

from rest_framework.test import APIClient


def get_ok(api: APIClient, url: str, params: dict | None = None) -> dict:
    response = api.get(url, params or {})
    assert response.status_code == 200, response.content.decode()
    return response.json()


def get_all(api: APIClient, url: str, params: dict | None = None) -> list[dict]:
    """Every result row of a list endpoint in one page (the corpus is small)."""
    body = get_ok(api, url, {**(params or {}), "page_size": 1000})
    assert body["next"] is None
    return body["results"]


def error_of(response, status: int) -> dict:
    """Assert the status and the error shape; return the inner error object."""
    assert response.status_code == status, response.content.decode()
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "fields"}
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]
