"""A registration e-mail is written once: its HTML part says what the text says, with clickable
links, and shows what people typed as text, never as markup."""

import re
from html import unescape

import pytest
from django.core import mail

from tests.dialogues.conftest import register_and_confirm

pytestmark = pytest.mark.django_db


def test_the_html_part_says_what_the_text_says_with_links(client, platform_event):
    name = 'Kim <b>"Beispiel"</b> & Co'
    register_and_confirm(client, platform_event, name=name)
    message = mail.outbox[-1]
    html = message.alternatives[0].content
    assert message.alternatives[0].mimetype == "text/html"
    assert '<html lang="de">' in html

    assert f"Guten Tag {name}," in message.body
    assert "Guten Tag Kim &lt;b&gt;&quot;Beispiel&quot;&lt;/b&gt; &amp; Co," in html
    assert "<b>" not in html
    text_of_html = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
    for line in filter(None, (line.strip() for line in message.body.splitlines())):
        assert " ".join(line.split()) in text_of_html
    links = re.findall(r'<a href="([^"]+)"', html)
    assert "https://meeting.example.org/geheim-123" in links
    assert [url for url in links if "/dialoge/" in url and "/anmeldung/" in url]
