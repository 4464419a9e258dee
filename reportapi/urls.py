"""Root URL configuration."""

from django.contrib import admin
from django.urls import include, path

from reportapi.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", include("apps.api.urls")),
]

# JSON errors in the API's shape for /api/ paths, Django's pages elsewhere.
handler404 = "apps.api.exceptions.handler404"
handler500 = "apps.api.exceptions.handler500"
