"""Reads other apps may make of the magazine (DESIGN: reads go sideways through selectors)."""


def articles_for_fields(field_ids, *, limit=3):
    """Published articles tagged with these fields, newest first: {field id: [article, ...]}.
    Empty until the magazine has articles."""
    return {field_id: [] for field_id in field_ids}
