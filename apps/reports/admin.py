"""Django admin for curating extracted reports: filters, search, report pages with their parts inline.

Sources and reports are born only from text through the one writer (`services.source_ingest`), so
the admin cannot add them and shows the texts read-only; curators correct what the extraction got
wrong (headings, kinds, themes, metric fields, item categories) and may delete.
"""

from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from .models import Metric, PlanItem, Report, Section, SelfCriticismItem, SourceDocument
from .selectors import SOURCE_TEXTS

SPAN_FIELDS = ("span_start", "span_end")


class BornFromTextAdmin(admin.ModelAdmin):
    """Rows that only the writer creates: no "add" button."""

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class ReportPartInline(admin.TabularInline):
    """A report's parts on its page. The link to the owning section is shown, not edited, here (it is
    editable on the part's own page): an editable raw-id widget costs one query per row."""

    extra = 0
    show_change_link = True
    link_field = "section"

    def get_readonly_fields(self, request: HttpRequest, obj: object = None) -> tuple[str, ...]:
        return (*SPAN_FIELDS, self.link_field)

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related(self.link_field)


class SectionInline(ReportPartInline):
    model = Section
    fields = ("path", "label", "heading", "kind", "themes", "parent", *SPAN_FIELDS)
    link_field = "parent"


class MetricInline(ReportPartInline):
    model = Metric
    fields = ("ordinal", "name", "raw_value", "value", "masked", "unit", "kind", "bound", "period", "section")


class SelfCriticismInline(ReportPartInline):
    model = SelfCriticismItem
    fields = ("ordinal", "text", "category", "section")


class PlanInline(ReportPartInline):
    model = PlanItem
    fields = ("ordinal", "text", "category", "section")


class ReportOfSourceInline(admin.TabularInline):
    model = Report
    extra = 0
    show_change_link = True
    can_delete = False
    fields = ("index", "display_title", "year", "report_type", "org_level")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(SourceDocument)
class SourceDocumentAdmin(BornFromTextAdmin):
    list_display = ("id", "file_name", "sha256", "created_at")
    search_fields = ("file_name", "=sha256")
    date_hierarchy = "created_at"
    readonly_fields = ("file_name", "sha256", "raw_text", "cleaned_text", "substitutions", "created_at")
    inlines = (ReportOfSourceInline,)


@admin.register(Report)
class ReportAdmin(BornFromTextAdmin):
    list_display = ("id", "display_title", "year", "period", "report_type", "org_level", "speaker", "source")
    list_display_links = ("id", "display_title")
    list_filter = ("year", "period", "report_type", "org_level", "speaker")
    search_fields = ("display_title", "title", "org_name")
    list_select_related = ("source",)
    raw_id_fields = ("source",)
    readonly_fields = ("source", "index", "substitutions", *SPAN_FIELDS, "created_at", "updated_at")
    inlines = (SectionInline, MetricInline, SelfCriticismInline, PlanInline)

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # The source shows by its file name; its texts (hundreds of KB, repeated for every report of a
        # compilation on the page) would make the list slow to read from the database.
        return super().get_queryset(request).defer(*SOURCE_TEXTS)


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ("id", "path", "label", "heading", "level", "kind", "report")
    list_filter = ("level", "kind", "report__year", "report__report_type", "report__org_level")
    search_fields = ("heading", "body")
    list_select_related = ("report",)
    raw_id_fields = ("report", "parent")
    readonly_fields = SPAN_FIELDS


@admin.register(Metric)
class MetricAdmin(admin.ModelAdmin):
    list_display = ("id", "name", "raw_value", "value", "unit", "masked", "kind", "period", "report")
    list_filter = (
        "kind",
        "masked",
        "unit",
        "bound",
        "year_on_year",
        "report__year",
        "report__report_type",
        "report__org_level",
    )
    search_fields = ("name", "sentence")
    list_select_related = ("report",)
    raw_id_fields = ("report", "section")
    readonly_fields = SPAN_FIELDS


class ReportItemAdmin(admin.ModelAdmin):
    list_display = ("id", "ordinal", "__str__", "category", "report")
    list_filter = ("category", "report__year", "report__report_type", "report__org_level")
    search_fields = ("text",)
    list_select_related = ("report",)
    raw_id_fields = ("report", "section")
    readonly_fields = SPAN_FIELDS


admin.site.register(SelfCriticismItem, ReportItemAdmin)
admin.site.register(PlanItem, ReportItemAdmin)
