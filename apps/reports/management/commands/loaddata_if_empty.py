"""`manage.py loaddata_if_empty [FIXTURE...]`: load the seed fixtures on first start only."""

from __future__ import annotations

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection

from apps.reports.models import SourceDocument


class Command(BaseCommand):
    help = (
        "Run loaddata with the given fixtures (default: seed_reports) when no source document is stored "
        "yet, so start-up scripts can call it every time without overwriting curated or ingested rows."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("fixtures", nargs="*", default=["seed_reports"], metavar="FIXTURE")

    def handle(self, *args, fixtures: list[str], **options) -> None:
        if SourceDocument.objects.exists():
            self.stdout.write("reports already stored; fixtures not loaded")
            return
        call_command("loaddata", *fixtures, verbosity=options["verbosity"], stdout=self.stdout, stderr=self.stderr)
        analyze_report_tables()


def analyze_report_tables() -> None:
    """Refresh the planner's statistics, so `count=estimated` is right at once rather than after autovacuum."""
    with connection.cursor() as cursor:
        for model in apps.get_app_config("reports").get_models():
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
