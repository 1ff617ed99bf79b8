import pickle

import pytest

from jpf_desk.domain.errors import DomainError, DomainWarning, ValidationError


def test_error_keeps_code_field_params() -> None:
    err = ValidationError("name.too_long", field="given_name", max=100)
    assert isinstance(err, DomainError)
    assert isinstance(err, ValueError)
    assert err.code == "name.too_long"
    assert err.field == "given_name"
    assert err.params == {"max": 100}


def test_str_never_shows_params() -> None:
    err = DomainError("phone.invalid", field="phone", value="0912 345 678")
    assert "0912" not in str(err)
    assert "0912" not in repr(err)
    assert "0912" not in str(err.args)
    assert str(err) == "phone.invalid (field=phone)"
    assert str(DomainError("x.y")) == "x.y"


def test_can_be_raised_and_caught_as_value_error() -> None:
    with pytest.raises(ValueError):
        raise ValidationError("date.invalid", field="date")


def test_pickle_round_trip() -> None:
    err = ValidationError("name.too_long", field="given_name", max=100)
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is ValidationError
    assert (again.code, again.field, again.params) == ("name.too_long", "given_name", {"max": 100})


def test_warning_defaults_and_hashable() -> None:
    w = DomainWarning("id.passport_expired")
    assert w.field is None
    assert dict(w.params) == {}
    assert hash(DomainWarning("a", params={"months": 6})) == hash(DomainWarning("a"))
    assert DomainWarning("a", "f") == DomainWarning("a", "f")
    assert str(DomainWarning("a", "f", {"secret": "x"})) == "a (field=f)"
