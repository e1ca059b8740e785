"""Server-rendered inline SVG charts. Series differ by line style and marker shape, not only by
colour; every chart comes with a data table in the page.

Labels are never clipped: each chart's viewBox is computed from the estimated extent of all its
texts (`text_box`, a generous 0.6 em per character), long field names are wrapped and carry the
full name in a <title>. Font sizes are chosen for the smallest rendered size: the radar is never
scaled down (its region scrolls on narrow screens), the bars and the trends are at least 296 px
wide on a 320 px screen."""

import math

from django.utils.html import format_html, format_html_join

CHAR_WIDTH = 0.6  # of the font size: an upper estimate for the sans-serif fonts used
RADAR_FONT, BARS_FONT, TREND_FONT = 13, 15, 14
RADIUS = 120


def _n(value: float) -> str:
    return f"{value:.1f}"


def _join(items):
    return format_html_join("", "{}", ((item,) for item in items))


def wrap(text: str, width: int) -> list[str]:
    """Words into lines of at most `width` characters (a longer word keeps its own line)."""
    lines = []
    for word in str(text).split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def text_box(x, y, lines, size, anchor):
    """(left, top, right, bottom) of a text whose first baseline is at y."""
    width = max(len(line) for line in lines) * size * CHAR_WIDTH
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    return left, y - size, left + width, y + (len(lines) - 1) * size * 1.2 + size * 0.3


class Canvas:
    """Collects a chart's parts and the extent of its texts and shapes."""

    def __init__(self, *extent):
        self.items, self.extent = [], list(extent)

    def add(self, item, *box):
        self.items.append(item)
        if box:
            self._grow(box)

    def _grow(self, box):
        left, top, right, bottom = box
        self.extent = [
            min(self.extent[0], left),
            min(self.extent[1], top),
            max(self.extent[2], right),
            max(self.extent[3], bottom),
        ]

    def text(self, x, y, lines, size, anchor="start", title="", css="label"):
        lines = [lines] if isinstance(lines, str) else lines
        spans = format_html_join(
            "",
            '<tspan x="{}" dy="{}">{}</tspan>',
            ((_n(x), "0" if i == 0 else _n(size * 1.2), line) for i, line in enumerate(lines)),
        )
        tooltip = format_html("<title>{}</title>", title) if title else ""
        self.add(
            format_html(
                '<text class="{}" x="{}" y="{}" font-size="{}" text-anchor="{}">{}{}</text>',
                css,
                _n(x),
                _n(y),
                size,
                anchor,
                tooltip,
                spans,
            ),
            *text_box(x, y, lines, size, anchor),
        )

    def viewbox(self, margin=4):
        left, top, right, bottom = self.extent
        return (
            f"{left - margin:.0f} {top - margin:.0f} "
            f"{right - left + 2 * margin:.0f} {bottom - top + 2 * margin:.0f}"
        )

    def size(self, margin=4):
        return [int(v) for v in self.viewbox(margin).split()[2:]]


def _point(index: int, count: int, value: float, radius=RADIUS) -> tuple[float, float]:
    angle = -math.pi / 2 + 2 * math.pi * index / count
    distance = radius * value / 100
    return distance * math.cos(angle), distance * math.sin(angle)


def _points(values) -> str:
    return " ".join(
        f"{_n(x)},{_n(y)}"
        for x, y in (_point(i, len(values), v or 0) for i, v in enumerate(values))
    )


def _markers(values, shape):
    items = []
    for i, value in enumerate(values):
        if value is None:
            continue
        x, y = _point(i, len(values), value)
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
    return _join(items)


def _radar_frame(canvas, count):
    """Rings at 25, 50, 75 and 100 % with their labels, and one axis per field."""
    for level in (25, 50, 75, 100):
        canvas.add(
            format_html(
                '<polygon class="grid" fill="none" stroke="#adb5bd" points="{}"/>',
                _points([level] * count),
            )
        )
    for i in range(count):
        canvas.add(
            format_html(
                '<line class="axis" stroke="#adb5bd" x1="0" y1="0" x2="{}" y2="{}"/>',
                *(_n(c) for c in _point(i, count, 100)),
            )
        )
    # the scale between the first two axes, where no series marker sits
    angle = -math.pi / 2 + math.pi / count
    for level in (0, 25, 50, 75, 100):
        distance = RADIUS * level / 100 * math.cos(math.pi / count)
        x, y = distance * math.cos(angle) + 3, distance * math.sin(angle) + 4
        canvas.text(x, y, f"{level} %", 12, css="scale")


def radar(labels, current, previous=None, title="", description="", names=None):
    """labels: short field labels; current/previous: scores 0–100 or None (drawn as 0); names:
    the full names (in each label's <title>)."""
    count = len(labels)
    names = names or labels
    canvas = Canvas(-RADIUS, -RADIUS, RADIUS, RADIUS)
    _radar_frame(canvas, count)
    if previous:
        canvas.add(
            format_html(
                '<polygon class="series-previous" fill="none" stroke="#6f4a00" stroke-width="2" '
                'stroke-dasharray="6 4" points="{}"/>',
                _points(previous),
            )
        )
        canvas.add(_markers(previous, "square"))
    canvas.add(
        format_html(
            '<polygon class="series-current" fill="#004b87" fill-opacity="0.15" stroke="#004b87" '
            'stroke-width="3" points="{}"/>',
            _points(current),
        )
    )
    canvas.add(_markers(current, "circle"))
    for i, (label, name) in enumerate(zip(labels, names, strict=True)):
        x, y = _point(i, count, 100, RADIUS + 14)
        lines = wrap(f"{i + 1}. {label}", 18)
        anchor = "middle" if abs(x) < 10 else ("start" if x > 0 else "end")
        height = (len(lines) - 1) * RADAR_FONT * 1.2
        baseline = y - height if y < -10 else (y + RADAR_FONT if y > 10 else y + 4 - height / 2)
        canvas.text(x, baseline, lines, RADAR_FONT, anchor, title=name)
    width, height = canvas.size()
    return format_html(
        '<svg class="radar" viewBox="{}" width="{}" height="{}" role="img" '
        'aria-labelledby="radar-title radar-desc" xmlns="http://www.w3.org/2000/svg">'
        '<title id="radar-title">{}</title><desc id="radar-desc">{}</desc>{}</svg>',
        canvas.viewbox(),
        width,
        height,
        title,
        description,
        _join(canvas.items),
    )


def bars(labels, values, title="", comparison=None, names=None):
    """Horizontal bars 0–100 % with the value written next to each bar; the field's name above its
    bar. With `comparison` (per field (q1, median, q3) or None) each track shows the middle half
    of the participating municipalities as a framed band and their median as a vertical line."""
    track, row = 280, BARS_FONT * 1.2
    names = names or labels
    comparison = comparison or [None] * len(labels)
    canvas = Canvas(0, 0, 350, 0)
    y = BARS_FONT
    for i, (label, name, value, quartiles) in enumerate(
        zip(labels, names, values, comparison, strict=True)
    ):
        lines = wrap(f"{i + 1}. {label}", 38)
        canvas.text(0, y, lines, BARS_FONT, title=name)
        top = y + (len(lines) - 1) * row + 7
        canvas.add(
            format_html(
                '<rect class="bar-track" fill="#e9ecef" x="0" y="{}" width="{}" height="22"/>',
                _n(top),
                track,
            )
        )
        if quartiles:
            canvas.add(_band(quartiles, top, track))
        canvas.add(
            format_html(
                '<rect class="bar-fill" fill="#004b87" x="0" y="{}" width="{}" height="10"/>',
                _n(top + 6),
                _n(track * (value or 0) / 100),
            )
        )
        shown = "–" if value is None else f"{value:.0f} %"
        canvas.text(track + 8, top + 16, shown, BARS_FONT, css="value")
        y = top + 22 + 12 + BARS_FONT
    canvas.add("", 0, 0, 350, y - BARS_FONT)
    return format_html(
        '<svg class="bars" viewBox="{}" role="img" aria-labelledby="bars-title" '
        'xmlns="http://www.w3.org/2000/svg"><title id="bars-title">{}</title>{}</svg>',
        canvas.viewbox(),
        title,
        _join(canvas.items),
    )


def _band(quartiles, top, track):
    low, median, high = (track * v / 100 for v in quartiles)
    return format_html(
        '<rect class="band" fill="#ffffff" fill-opacity="0.6" stroke="#212529" '
        'stroke-dasharray="3 2" x="{}" y="{}" width="{}" height="18"/>'
        '<line class="median" stroke="#212529" stroke-width="3" x1="{}" y1="{}" x2="{}" y2="{}"/>',
        _n(low),
        _n(top + 2),
        _n(max(high - low, 1)),
        _n(median),
        _n(top - 3),
        _n(median),
        _n(top + 25),
    )


def trend(labels, values, title):
    """One series over the rounds (0–100 %, a line with circles and the value at each point);
    `labels` name the rounds (short: a year). For the history's small multiples."""
    left, right, top, bottom = 44, 284, 24, 150
    canvas = Canvas(0, 0, 300, 180)
    for level in (0, 50, 100):
        y = bottom - (bottom - top) * level / 100
        canvas.add(
            format_html(
                '<line class="grid" stroke="#adb5bd" x1="{}" y1="{}" x2="{}" y2="{}"/>',
                left,
                _n(y),
                right,
                _n(y),
            )
        )
        canvas.text(left - 6, y + 5, f"{level} %", TREND_FONT, "end", css="scale")
    count = len(values)
    step = (right - left - 40) / max(count - 1, 1)
    xs = [left + 20 + step * i if count > 1 else (left + right) / 2 for i in range(count)]
    every = max(1, math.ceil(count / 5))  # at most about five labels side by side
    points = []
    for i, (x, label, value) in enumerate(zip(xs, labels, values, strict=True)):
        if i % every == 0 or i == count - 1:
            canvas.text(x, bottom + 22, label, TREND_FONT, "middle", css="round")
        if value is None:
            continue
        y = bottom - (bottom - top) * value / 100
        points.append(f"{_n(x)},{_n(y)}")
        canvas.add(
            format_html(
                '<circle class="marker-current" fill="#004b87" cx="{}" cy="{}" r="4"/>',
                _n(x),
                _n(y),
            )
        )
        if i % every == 0 or i == count - 1:
            canvas.text(x, y - 8, f"{value:.0f} %", TREND_FONT, "middle", css="value")
    canvas.items.insert(
        6,
        format_html(
            '<polyline class="series-current" fill="none" stroke="#004b87" stroke-width="3" '
            'points="{}"/>',
            " ".join(points),
        ),
    )  # below the markers, above the grid
    described = ", ".join(
        f"{label}: {'–' if value is None else f'{value:.0f} %'}"
        for label, value in zip(labels, values, strict=True)
    )
    return format_html(
        '<svg class="trend" viewBox="{}" role="img" aria-label="{}" '
        'xmlns="http://www.w3.org/2000/svg"><title>{}</title>{}</svg>',
        canvas.viewbox(),
        f"{title}: {described}",
        title,
        _join(canvas.items),
    )
