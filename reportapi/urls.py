"""Root URL configuration."""

from django.contrib import admin
from django.urls import include, path

from reportapi.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", include("apps.api.urls")),
]
