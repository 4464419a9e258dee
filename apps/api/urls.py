"""Routes of the versioned REST API, mounted under /api/: /api/v1/…, the schema and Swagger UI."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from . import views
from .catalogue import MetricNameViewSet
from .exceptions import api_not_found
from .schema_view import SchemaView
from .series import MetricDumpViewSet, MetricFrameViewSet, MetricSeriesViewSet
from .stats import StatsViewSet

app_name = "api"

router = DefaultRouter()
router.APIRootView = views.ApiRootView
# Before "metrics", whose detail route would otherwise take "series" and "frames" for ids.
router.register("metrics/series", MetricSeriesViewSet, basename="metric-series")
router.register("metrics/frames", MetricFrameViewSet, basename="metric-frames")
router.register("metric-names", MetricNameViewSet, basename="metric-name")
router.register("reports", views.ReportViewSet, basename="report")
router.register("sections", views.SectionViewSet, basename="section")
router.register("metrics", views.MetricViewSet, basename="metric")
router.register("self-criticisms", views.SelfCriticismItemViewSet, basename="selfcriticismitem")
router.register("plans", views.PlanItemViewSet, basename="planitem")
router.register("stats", StatsViewSet, basename="stats")

v1_patterns = [
    path("schema/", SchemaView.as_view(), name="schema"),
    path("export/metrics.csv", MetricDumpViewSet.as_view({"get": "list"}), name="export-metrics"),
    *router.urls,
]

urlpatterns = [
    path("v1/", include((v1_patterns, "v1"))),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:v1:schema"), name="docs"),
    re_path(r"^.*$", api_not_found),  # JSON 404 in the error shape for anything else under /api/
]
