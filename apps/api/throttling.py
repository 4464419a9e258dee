"""Rate limits for anonymous and token clients, rates from settings (env-configurable).

DRF's throttles copy the rates into a class attribute at import time; these read them on each
request, so a changed setting (tests, reload) takes effect.
"""

from __future__ import annotations

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, ScopedRateThrottle, UserRateThrottle


class SettingsRateMixin:
    scope: str | None

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AnonThrottle(SettingsRateMixin, AnonRateThrottle):
    pass


class UserThrottle(SettingsRateMixin, UserRateThrottle):
    pass


class ScopedThrottle(SettingsRateMixin, ScopedRateThrottle):
    """Per-view limits (`throttle_scope`), e.g. for the CPU-heavy ingest."""
