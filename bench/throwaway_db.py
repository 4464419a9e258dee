"""A throw-away test database for the benchmarks that store rows, so their numbers never touch stored data.

It is created (and dropped afterwards, whatever happens) on the server the settings name, the embedded one
or DATABASE_URL's, with the API's throttles off so a benchmark's requests measure the API, not the limit.
Call it after `django.setup()`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def throwaway_database() -> Iterator[None]:
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] = {"anon": None, "user": None}
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        yield
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
