"""Integration-endpoint tests reuse the API tests' fixtures: client, hand-built corpus, seeds, token."""

from tests.api.conftest import _fresh_throttle_counters, api, corpus, seed_documents, seeded, token

__all__ = ["_fresh_throttle_counters", "api", "corpus", "seed_documents", "seeded", "token"]
