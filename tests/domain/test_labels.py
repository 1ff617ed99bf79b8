"""The label catalogue refuses an enum whose labels are incomplete."""

from enum import StrEnum

import pytest

from jpf_desk.domain import messages
from jpf_desk.domain.labels import has_label, label, label_code, register_labels, stored_label


@pytest.fixture(autouse=True)
def _own_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """These test enums must not stay in the catalogue other tests check for completeness."""
    monkeypatch.setattr(messages, "_CATALOGUE", {k: dict(v) for k, v in messages._CATALOGUE.items()})


class _Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


def test_labels_render_in_each_language_and_fall_back_to_vietnamese() -> None:
    register_labels(_Colour, {
        "red": {"vi": "Đỏ", "fr": "Rouge", "en": "Red"},
        "blue": {"vi": "Xanh"},
    })
    assert label_code(_Colour.RED) == "label._Colour.red"
    assert label(_Colour.RED) == "Đỏ"
    assert label(_Colour.RED, "fr") == "Rouge"
    assert label(_Colour.BLUE, "en") == "Xanh"
    assert has_label(_Colour.BLUE)


def test_a_member_without_labels_is_refused() -> None:
    with pytest.raises(ValueError, match="missing \\['blue'\\]"):
        register_labels(_Colour, {"red": {"vi": "Đỏ"}})
    with pytest.raises(ValueError, match="unknown \\['green'\\]"):
        register_labels(_Colour, {"red": {"vi": "Đỏ"}, "blue": {"vi": "X"}, "green": {"vi": "Y"}})


def test_a_stored_code_shows_its_label_or_itself_when_unknown() -> None:
    register_labels(_Colour, {
        "red": {"vi": "Đỏ", "fr": "Rouge", "en": "Red"},
        "blue": {"vi": "Xanh", "fr": "Bleu", "en": "Blue"},
    })
    assert stored_label(_Colour, "blue", "fr") == "Bleu"
    assert stored_label(_Colour, "green") == "green"
    assert stored_label(_Colour, None) == ""
    assert stored_label(_Colour, "") == ""
