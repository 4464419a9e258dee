"""`manage.py dev_superuser`: a throw-away admin login for a local DEBUG setup."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEV_USERNAME = "admin"
DEV_PASSWORD = "admin"


class Command(BaseCommand):
    help = (
        f"With DEBUG on and no superuser yet, create {DEV_USERNAME}/{DEV_PASSWORD} for the local admin. "
        "Refused with DEBUG off: deployments use createsuperuser."
    )

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("refusing to create a well-known login with DEBUG off; use createsuperuser")
        users = get_user_model().objects
        if users.filter(is_superuser=True).exists():
            self.stdout.write("a superuser exists already; log in with it at /admin/")
            return
        if users.filter(username=DEV_USERNAME).exists():
            raise CommandError(f"user {DEV_USERNAME!r} exists without superuser rights; use createsuperuser")
        users.create_superuser(username=DEV_USERNAME, email="", password=DEV_PASSWORD)
        self.stdout.write(f"created the local superuser: log in at /admin/ as {DEV_USERNAME} / {DEV_PASSWORD}")
