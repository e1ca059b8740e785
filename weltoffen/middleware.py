from django.conf import settings


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
