"""E-mails in German, plain text plus HTML, with the platform name, sent through Django's tasks."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation


@task
def deliver_email(
    *, to: list[str], subject: str, body: str, html: str, attachments: list | None = None
) -> None:
    message = EmailMultiAlternatives(subject, body, settings.DEFAULT_FROM_EMAIL, to)
    message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    message.send()


def send_templated_email(
    *, to: str, template: str, context: dict, attachments: list | None = None
) -> None:
    """Renders emails/<template>_subject.txt, .txt and .html and queues the e-mail; attachments
    are (file name, text content, MIME type) triples. Returns the task result (with the immediate
    backend its status already says whether the mail server took the e-mail)."""
    context = {"site_name": settings.SITE_NAME, **context}
    with translation.override("de"):
        subject = render_to_string(f"emails/{template}_subject.txt", context)
        body = render_to_string(f"emails/{template}.txt", context)
        html = render_to_string(f"emails/{template}.html", context)
    subject = " ".join(subject.split())
    return deliver_email.enqueue(
        to=[to],
        subject=f"{subject} – {settings.SITE_NAME}",
        body=body,
        html=html,
        attachments=[list(a) for a in attachments or []],
    )
