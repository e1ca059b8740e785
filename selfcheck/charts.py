"""Server-rendered inline SVG charts. Series differ by line style and marker shape, not only by
colour; every chart comes with a data table in the page."""

import math

from django.utils.html import format_html, format_html_join

SIZE = 420
CENTER = SIZE / 2
RADIUS = 150


def _point(index: int, count: int, value: float) -> tuple[float, float]:
    angle = -math.pi / 2 + 2 * math.pi * index / count
    distance = RADIUS * value / 100
    return CENTER + distance * math.cos(angle), CENTER + distance * math.sin(angle)


def _polygon(values, css_class):
    points = [_point(i, len(values), v or 0) for i, v in enumerate(values)]
    return format_html(
        '<polygon class="{}" points="{}"/>',
        css_class,
        " ".join(f"{x:.1f},{y:.1f}" for x, y in points),
    )


def _markers(values, shape):
    parts = []
    for i, value in enumerate(values):
        if value is None:
            continue
        x, y = _point(i, len(values), value)
        if shape == "circle":
            parts.append(
                format_html('<circle class="marker-current" cx="{:.1f}" cy="{:.1f}" r="5"/>', x, y)
            )
        else:
            parts.append(
                format_html(
                    '<rect class="marker-previous" x="{:.1f}" y="{:.1f}" width="9" height="9"/>',
                    x - 4.5,
                    y - 4.5,
                )
            )
    return format_html_join("", "{}", ((p,) for p in parts))


def radar(labels, current, previous=None, title="", description=""):
    """labels: short field labels; current/previous: scores 0–100 or None (drawn as 0)."""
    count = len(labels)
    rings = format_html_join(
        "",
        '<polygon class="grid" points="{}"/>',
        (
            (" ".join("{:.1f},{:.1f}".format(*_point(i, count, level)) for i in range(count)),)
            for level in (25, 50, 75, 100)
        ),
    )
    axes = format_html_join(
        "",
        '<line class="axis" x1="{}" y1="{}" x2="{:.1f}" y2="{:.1f}"/>',
        ((CENTER, CENTER, *_point(i, count, 100)) for i in range(count)),
    )
    label_parts = []
    for i, label in enumerate(labels):
        x, y = _point(i, count, 118)
        anchor = "middle" if abs(x - CENTER) < 10 else ("start" if x > CENTER else "end")
        label_parts.append(
            format_html(
                '<text x="{:.1f}" y="{:.1f}" text-anchor="{}">{}. {}</text>',
                x,
                y + 4,
                anchor,
                i + 1,
                label,
            )
        )
    previous_layer = (
        format_html("{}{}", _polygon(previous, "series-previous"), _markers(previous, "square"))
        if previous
        else ""
    )
    return format_html(
        '<svg class="radar" viewBox="-90 -10 {} {}" role="img" aria-labelledby="radar-title '
        'radar-desc" xmlns="http://www.w3.org/2000/svg"><title id="radar-title">{}</title>'
        '<desc id="radar-desc">{}</desc>{}{}{}{}{}{}</svg>',
        SIZE + 180,
        SIZE + 20,
        title,
        description,
        rings,
        axes,
        previous_layer,
        _polygon(current, "series-current"),
        _markers(current, "circle"),
        format_html_join("", "{}", ((p,) for p in label_parts)),
    )
