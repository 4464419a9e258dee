"""The data version: a counter PostgreSQL bumps whenever a report table changes, for cheap ETags."""

from __future__ import annotations

from django.db import models


class DataVersion(models.Model):
    """One row. Statement-level triggers on every report table (migration 0001) increment `version` in the
    changing transaction itself, so the new version becomes visible exactly when the new data does,
    whoever writes (the writer, the admin, loaddata, SQL)."""

    SINGLETON_ID = 1

    version = models.BigIntegerField(default=1)
    changed_at = models.DateTimeField(help_text="When the report tables last changed.")

    def __str__(self) -> str:
        return f"data version {self.version} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
