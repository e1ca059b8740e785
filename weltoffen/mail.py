"""E-mails in German with the platform name, sent through Django's tasks. Each e-mail is written
once, as plain text (templates/emails/<name>.txt); the HTML part is derived from that text."""

import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape, urlize
from django.utils.safestring import mark_safe


@task
def deliver_email(
    *, to: list[str], subject: str, body: str, html: str, attachments: list | None = None
) -> None:
    message = EmailMultiAlternatives(subject, body, settings.DEFAULT_FROM_EMAIL, to)
    message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    message.send()


def html_from_text(body: str, plain: dict | None = None) -> str:
    """The HTML part of an e-mail: its text escaped, a paragraph per blank line, the line breaks
    kept and every address a link, inside the layout of emails/base.html. `plain` maps markers
    in the body to what people typed: it is put in after the links are made, as text only."""
    paragraphs = re.split(r"\n\s*\n", body.strip())
    content = "\n".join(
        "<p>{}</p>".format(urlize(paragraph.strip(), autoescape=True).replace("\n", "<br>\n"))
        for paragraph in paragraphs
    )
    for marker, value in (plain or {}).items():
        content = content.replace(marker, escape(value))
    context = {"site_name": settings.SITE_NAME, "content": mark_safe(content)}  # escaped above
    return render_to_string("emails/base.html", context)


def render_templated_email(
    *, to: str, template: str, context: dict, attachments: list | None = None, plain=()
) -> dict:
    """Renders emails/<template>_subject.txt and .txt: the arguments of deliver_email (plain,
    JSON-serialisable values, as a task's arguments must be). Attachments are (file name, text
    content, MIME type) triples. `plain` names context values that people typed (e.g. "name"):
    the HTML part shows them as text, never as a link, whatever they say."""
    context = {"site_name": settings.SITE_NAME, **context}
    markers = {key: f"\ue000{number}\ue001" for number, key in enumerate(plain)}
    with translation.override("de"):
        subject = render_to_string(f"emails/{template}_subject.txt", context)
        body = render_to_string(f"emails/{template}.txt", context)
        marked = (
            render_to_string(f"emails/{template}.txt", {**context, **markers}) if plain else body
        )
        html = html_from_text(marked, {markers[key]: str(context[key]) for key in plain})
    subject = " ".join(subject.split())
    return {
        "to": [to],
        "subject": f"{subject} – {settings.SITE_NAME}",
        "body": body,
        "html": html,
        "attachments": [list(a) for a in attachments or []],
    }


def send_templated_email(
    *, to: str, template: str, context: dict, attachments: list | None = None, plain=()
) -> None:
    """Renders the e-mail and queues it (deliver_email); the worker sends it. Returns the task
    result (with the immediate backend its status already says whether the mail server took the
    e-mail). Inside a transaction the queued e-mail belongs to it: rolled back, never sent."""
    message = render_templated_email(
        to=to, template=template, context=context, attachments=attachments, plain=plain
    )
    return deliver_email.enqueue(**message)


def send_templated_email_now(
    *, to: str, template: str, context: dict, attachments: list | None = None, plain=()
) -> None:
    """Renders and sends the e-mail in this process (for tasks that record what they sent: an
    error of the mail server raises here, so that nothing is marked as sent)."""
    message = render_templated_email(
        to=to, template=template, context=context, attachments=attachments, plain=plain
    )
    deliver_email.call(**message)
