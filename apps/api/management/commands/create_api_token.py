"""`create_api_token <username>`: print the user's API token, creating the user and token if missing."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from rest_framework.authtoken.models import Token


class Command(BaseCommand):
    help = "Print the API token of a user (for POST /api/v1/reports/ingest/), creating user and token if needed."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    @transaction.atomic
    def handle(self, *args: Any, username: str, **options: Any) -> None:
        user, user_created = get_user_model().objects.get_or_create(username=username)
        if user_created:
            user.set_unusable_password()  # a token-only API account; no admin login
            user.save(update_fields=["password"])
        token, _ = Token.objects.get_or_create(user=user)
        self.stdout.write(token.key)
