"""The scoring method, without the database: tables of cases and hypothesis properties."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfcheck.scoring import QuestionRef, band_for, quartiles, score_round

FIELDS = ["a", "b"]
QUESTIONS = [QuestionRef(1, "a"), QuestionRef(2, "a"), QuestionRef(3, "b")]


def score(members, agreed=None):
    return score_round(QUESTIONS, members, agreed or {}, FIELDS)


@pytest.mark.parametrize(
    "members,agreed,field_a,overall",
    [
        ({}, {}, None, None),  # nothing answered: no score, not 0
        ({1: [4], 2: [4]}, {}, 100.0, 100.0),
        ({1: [0], 2: [0]}, {}, 0.0, 0.0),
        ({1: [2], 2: [None]}, {}, 50.0, 50.0),  # "don't know" is left out
        ({1: [1, 3], 2: [None, None]}, {}, 50.0, 50.0),  # median of 1 and 3
        ({1: [0, 4, 4]}, {}, 100.0, 100.0),  # median 4
        ({1: [0, 4, 4]}, {1: 1}, 25.0, 25.0),  # the agreed answer wins
        ({1: [4]}, {1: None}, None, None),  # agreed "don't know"
        ({1: [4], 3: [0]}, {}, 100.0, 50.0),  # overall over all answered questions
    ],
)
def test_score_table(members, agreed, field_a, overall):
    result = score(members, agreed)
    assert result.field("a").score == field_a
    assert result.overall == overall


def test_counts_and_median_marker():
    result = score({1: [1, 3], 3: [2]}, {3: 2})
    assert result.field("a").answered == 1 and result.field("a").total == 2
    assert result.field("a").from_median == 1
    assert result.field("b").from_median == 0
    assert (result.answered, result.total) == (2, 3)


levels = st.one_of(st.none(), st.integers(0, 4))
answers = st.dictionaries(st.sampled_from([1, 2, 3]), st.lists(levels, max_size=5), max_size=3)


@given(answers)
def test_scores_stay_between_0_and_100(members):
    result = score(members)
    for value in [result.overall, *(f.score for f in result.fields)]:
        assert value is None or 0 <= value <= 100


@given(answers, st.sampled_from([1, 2, 3]), st.integers(0, 4))
def test_raising_one_answer_never_lowers_the_score(members, question, new_level):
    members = {q: list(levels) for q, levels in members.items()}
    members.setdefault(question, [0])
    known = [i for i, level in enumerate(members[question]) if level is not None]
    if not known:
        members[question].append(0)
        known = [len(members[question]) - 1]
    before = score(members)
    index = known[0]
    members[question][index] = max(members[question][index], new_level)
    after = score(members)
    for old, new in zip(before.fields, after.fields, strict=True):
        assert (old.score or 0) <= (new.score or 0)


@given(answers, st.sampled_from([1, 2, 3]))
def test_dont_know_never_changes_the_score(members, question):
    before = score(members)
    members = {q: list(levels) for q, levels in members.items()}
    members.setdefault(question, []).append(None)
    assert score(members) == before


@pytest.mark.parametrize(
    "value,band",
    [
        (None, None),
        (0, "einstieg"),
        (24.9, "einstieg"),
        (25, "auf-dem-weg"),
        (74.9, "fortgeschritten"),
        (100, "vorreiter"),
    ],
)
def test_bands(value, band):
    bands = [(0, "einstieg"), (25, "auf-dem-weg"), (50, "fortgeschritten"), (75, "vorreiter")]
    assert band_for(value, bands) == band


def test_quartiles():
    assert quartiles([]) is None
    assert quartiles([40]) == (40, 40, 40)
    assert quartiles([0, 25, 50, 75, 100]) == (25, 50, 75)
