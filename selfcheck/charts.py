"""Server-rendered inline SVG charts. Series differ by line style and marker shape, not only by
colour; every chart comes with a data table in the page."""

import math

from django.utils.html import format_html, format_html_join

SIZE = 420
CENTER = SIZE / 2
RADIUS = 150


def _n(value: float) -> str:
    return f"{value:.1f}"


def _point(index: int, count: int, value: float) -> tuple[str, str]:
    angle = -math.pi / 2 + 2 * math.pi * index / count
    distance = RADIUS * value / 100
    return _n(CENTER + distance * math.cos(angle)), _n(CENTER + distance * math.sin(angle))


def _points(values) -> str:
    return " ".join(",".join(_point(i, len(values), v or 0)) for i, v in enumerate(values))


def _markers(values, shape):
    items = []
    for i, value in enumerate(values):
        if value is None:
            continue
        x, y = (float(c) for c in _point(i, len(values), value))
        if shape == "circle":
            items.append(
                format_html(
                    '<circle class="marker-current" fill="#004b87" cx="{}" cy="{}" r="5"/>',
                    _n(x),
                    _n(y),
                )
            )
        else:
            items.append(
                format_html(
                    '<rect class="marker-previous" fill="#6f4a00" x="{}" y="{}" width="9" '
                    'height="9"/>',
                    _n(x - 4.5),
                    _n(y - 4.5),
                )
            )
    return format_html_join("", "{}", ((item,) for item in items))


def radar(labels, current, previous=None, title="", description=""):
    """labels: short field labels; current/previous: scores 0–100 or None (drawn as 0)."""
    count = len(labels)
    rings = format_html_join(
        "",
        '<polygon class="grid" fill="none" stroke="#adb5bd" points="{}"/>',
        ((_points([level] * count),) for level in (25, 50, 75, 100)),
    )
    axes = format_html_join(
        "",
        '<line class="axis" stroke="#adb5bd" x1="{}" y1="{}" x2="{}" y2="{}"/>',
        ((_n(CENTER), _n(CENTER), *_point(i, count, 100)) for i in range(count)),
    )
    texts = []
    for i, label in enumerate(labels):
        x, y = (float(c) for c in _point(i, count, 118))
        anchor = "middle" if abs(x - CENTER) < 10 else ("start" if x > CENTER else "end")
        texts.append(
            format_html(
                '<text x="{}" y="{}" font-size="12" text-anchor="{}">{}. {}</text>',
                _n(x),
                _n(y + 4),
                anchor,
                i + 1,
                label,
            )
        )
    layers = [rings, axes]
    if previous:
        layers += [
            format_html(
                '<polygon class="series-previous" fill="none" stroke="#6f4a00" stroke-width="2" '
                'stroke-dasharray="6 4" points="{}"/>',
                _points(previous),
            ),
            _markers(previous, "square"),
        ]
    layers += [
        format_html(
            '<polygon class="series-current" fill="#004b87" fill-opacity="0.15" stroke="#004b87" '
            'stroke-width="3" points="{}"/>',
            _points(current),
        ),
        _markers(current, "circle"),
        *texts,
    ]
    return format_html(
        '<svg class="radar" viewBox="-240 -20 {} {}" role="img" aria-labelledby="radar-title '
        'radar-desc" xmlns="http://www.w3.org/2000/svg"><title id="radar-title">{}</title>'
        '<desc id="radar-desc">{}</desc>{}</svg>',
        SIZE + 480,
        SIZE + 40,
        title,
        description,
        format_html_join("", "{}", ((layer,) for layer in layers)),
    )


def bars(labels, values, title=""):
    """Horizontal bars 0–100 % with the value written next to each bar."""
    row, width, left = 30, 300, 250
    items = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 5 + i * row
        shown = "–" if value is None else f"{value:.0f} %"
        items.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end">{}. {}</text>'
                '<rect class="bar-track" fill="#e9ecef" x="{}" y="{}" width="{}" height="18"/>'
                '<rect class="bar-fill" fill="#004b87" x="{}" y="{}" width="{}" height="18"/>'
                '<text x="{}" y="{}">{}</text>',
                left - 8,
                y + 14,
                i + 1,
                label,
                left,
                y,
                width,
                left,
                y,
                _n(width * (value or 0) / 100),
                left + width + 8,
                y + 14,
                shown,
            )
        )
    return format_html(
        '<svg class="bars" viewBox="0 0 {} {}" role="img" aria-labelledby="bars-title" '
        'xmlns="http://www.w3.org/2000/svg"><title id="bars-title">{}</title>{}</svg>',
        left + width + 60,
        row * len(labels) + 10,
        title,
        format_html_join("", "{}", ((item,) for item in items)),
    )
