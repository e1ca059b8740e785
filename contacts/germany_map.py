"""The map of Germany with the model municipalities, as data for a server-rendered inline SVG."""

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.urls import reverse
from django.utils.translation import get_language

from contacts.models import Bundesland, Municipality, MunicipalityKind

DATA = Path(__file__).resolve().parent / "data" / "germany_states.json"


@dataclass(frozen=True)
class MapPoint:
    x: float
    y: float
    name: str
    url: str


@dataclass(frozen=True)
class ListEntry:
    """A line of the list beside the map: labels looked up once, not per line in the template
    (get_FOO_display builds the dict of all choices on every call)."""

    name: str
    url: str
    kind: str
    state: str


@cache
def _geodata():
    return json.loads(DATA.read_text(encoding="utf-8"))


def project(latitude, longitude):
    p = _geodata()["projection"]
    x = (float(longitude) - p["west"]) * p["stretch"] * p["scale"]
    y = (p["north"] - float(latitude)) * p["scale"]
    return round(x, 1), round(y, 1)


def model_municipalities():
    """All model municipalities for the list, those with coordinates also as points (1 query;
    rows, not model instances: what the map shows and nothing else)."""
    return list(
        Municipality.objects.model_municipalities()
        .order_by("name")
        .values_list("pk", "name", "kind", "state", "latitude", "longitude", named=True)
    )


def germany_map(municipalities):
    data = _geodata()
    labels = dict(Bundesland.choices)
    directory = reverse("contacts:index")
    points = [
        MapPoint(*project(m.latitude, m.longitude), m.name, f"{directory}#kommune-{m.pk}")
        for m in municipalities
        if m.latitude is not None and m.longitude is not None
    ]
    return {
        "width": data["width"],
        "height": data["height"],
        "states": [(code, labels.get(code, code), path) for code, path in data["states"].items()],
        "points": points,
    }


def model_list(municipalities):
    directory = reverse("contacts:index")
    kinds, states = dict(MunicipalityKind.choices), dict(Bundesland.choices)
    return [
        ListEntry(
            m.name,
            f"{directory}#kommune-{m.pk}",
            kinds.get(m.kind, m.kind),
            states.get(m.state, m.state),
        )
        for m in municipalities
    ]


def fragment_key(municipalities) -> str:
    """The version of what the map and list show: the home page caches their HTML under it, so
    any change of a model municipality (also one by a migration's update()) shows at once."""
    raw = repr((municipalities, get_language()))
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


def home_teaser():
    """The map and list "Unsere Modellkommunen" on the home page (one query)."""
    municipalities = model_municipalities()
    return {
        "model_map_key": fragment_key(municipalities),
        "model_municipalities": model_list(municipalities),
        "model_municipality_count": len(municipalities),
        "model_map": germany_map(municipalities),
    }
