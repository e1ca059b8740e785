"""The site's URLs plus views that fail on purpose, to test the error pages."""

from django.core.exceptions import BadRequest, PermissionDenied
from django.urls import path

from weltoffen.urls import urlpatterns as site_patterns


def boom(request):
    return 1 / 0


def forbidden(request):
    raise PermissionDenied


def bad(request):
    raise BadRequest


urlpatterns = [
    path("boom/", boom),
    path("forbidden/", forbidden),
    path("bad/", bad),
    *site_patterns,
]
