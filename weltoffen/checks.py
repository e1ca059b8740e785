from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def check_readable_console_mail(app_configs, **kwargs):
    backend = settings.MAILERS.get("default", {}).get("BACKEND", "")
    if backend == "weltoffen.mail_backends.ReadableConsoleBackend":
        return [
            Error(
                "E-mail is only printed to the console (EMAIL_URL=consolemail://).",
                hint="Set EMAIL_URL to an SMTP server, e.g. smtp+tls://user:password@host:587.",
                id="weltoffen.E001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_site_url(app_configs, **kwargs):
    if not settings.SITE_URL.startswith("https://") or "127.0.0.1" in settings.SITE_URL:
        return [
            Error(
                f"SITE_URL is {settings.SITE_URL!r}: links in reminder e-mails would not work.",
                hint="Set SITE_URL to the public https:// address, e.g. https://weltoffene-kommune.de.",
                id="weltoffen.E002",
            )
        ]
    return []
