from django.conf import settings
from django.utils.cache import patch_cache_control


class PermissionsPolicyMiddleware:
    """Adds the Permissions-Policy header (Django has no setting for it)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.value)
        return response


class AdminEditorStylesMiddleware:
    """The rich-text editor in the admin (ProseMirror) sets style attributes from its script.
    Only on /admin/ do we allow inline *styles* (never inline scripts); the public site keeps the
    strict policy. Placed before Django's CSP middleware, so it sees the finished header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = response.headers.get("Content-Security-Policy")
        if policy and request.path.startswith("/admin/"):
            response.headers["Content-Security-Policy"] = policy.replace(
                "style-src 'self'", "style-src 'self' 'unsafe-inline'"
            )
        return response


class CacheHeadersMiddleware:
    """Says who may keep a response. An anonymous GET that sets no cookie (no form token, no
    session) is the same for every visitor: `public, max-age=CACHE_MAX_AGE`, so browsers and the
    nginx front may keep it. Everything else – signed-in pages, personal downloads, pages with a
    form, personal links – is `private, no-store`. A view that sets Cache-Control itself keeps it;
    one whose content changes faster or slower sets `response.shared_max_age` (seconds).
    Sits outside the session and CSRF middlewares, so it sees the cookies they set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" in response:
            return response
        if self._shared(request, response):
            max_age = getattr(response, "shared_max_age", settings.CACHE_MAX_AGE)
            patch_cache_control(response, public=True, max_age=max_age)
        else:
            patch_cache_control(response, private=True, no_store=True)
        return response

    @staticmethod
    def _shared(request, response) -> bool:
        return (
            request.method in ("GET", "HEAD")
            and response.status_code in (200, 301, 404)
            and not response.cookies
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
        )
