"""`GET /api/v1/schema/`: the OpenAPI document, generated once per process and kept.

Generating it walks every view, serializer and filter (0.4–1.2 s); it depends on the code alone (the
view serves the public schema, whatever the caller may do), so one copy per process answers every
request. Errors (an unknown `?format=`, an unsatisfiable Accept) use the API's JSON error shape, not YAML.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.views import SpectacularAPIView
from rest_framework.request import Request
from rest_framework.response import Response

from .renderers import ORJSONRenderer

_schemas: dict[str | None, dict[str, Any]] = {}


class SchemaView(SpectacularAPIView):
    def _get_schema_response(self, request: Request) -> Response:
        version = self.api_version or request.version or self._get_version_parameter(request)
        if version not in _schemas:
            generator = self.generator_class(urlconf=self.urlconf, api_version=version, patterns=self.patterns)
            _schemas[version] = generator.get_schema(request=request, public=self.serve_public)
        filename = self._get_filename(request, version)
        return Response(data=_schemas[version], headers={"Content-Disposition": f'inline; filename="{filename}"'})

    def finalize_response(self, request: Request, response: Response, *args: Any, **kwargs: Any) -> Response:
        if response.exception:
            request.accepted_renderer = ORJSONRenderer()
            request.accepted_media_type = ORJSONRenderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)
