"""Small text helpers shared by the apps."""

from django.utils.text import slugify

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def german_slug(text: str, max_length: int) -> str:
    """ "Müllheim an der Straße" → "muellheim-an-der-strasse": umlauts written out (slugify
    alone would drop their dots: "mullheim"), for addresses and file names."""
    return slugify(text.lower().translate(UMLAUTS))[:max_length]
