"""The data version row and the triggers that bump it on any change to a report table."""

from django.db import migrations, models

REPORT_TABLES = (
    "reports_sourcedocument",
    "reports_report",
    "reports_section",
    "reports_metric",
    "reports_selfcriticismitem",
    "reports_planitem",
)

# Upsert: a deleted or truncated row comes back on the next change.
BUMP_FUNCTION = """
CREATE FUNCTION api_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO api_dataversion (id, version, changed_at) VALUES (1, 1, now())
    ON CONFLICT (id) DO UPDATE SET version = api_dataversion.version + 1, changed_at = now();
    RETURN NULL;
END;
$$;
"""


def _trigger(table: str) -> str:
    return (
        f"CREATE TRIGGER {table}_bumps_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION api_bump_data_version();"
    )


class Migration(migrations.Migration):
    initial = True

    dependencies = [("reports", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="DataVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("version", models.BigIntegerField(default=1)),
                ("changed_at", models.DateTimeField(help_text="When the report tables last changed.")),
            ],
        ),
        migrations.RunSQL(
            sql=[
                "INSERT INTO api_dataversion (id, version, changed_at) VALUES (1, 1, now());",
                BUMP_FUNCTION,
                *(_trigger(table) for table in REPORT_TABLES),
            ],
            reverse_sql=[
                *(f"DROP TRIGGER {table}_bumps_data_version ON {table};" for table in REPORT_TABLES),
                "DROP FUNCTION api_bump_data_version();",
            ],
        ),
    ]
