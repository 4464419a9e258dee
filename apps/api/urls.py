"""Routes of the versioned REST API, mounted under /api/."""

urlpatterns: list = []
