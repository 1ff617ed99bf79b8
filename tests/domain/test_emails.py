"""E-mail addresses are checked for syntax by email-validator, never looked up online."""

from __future__ import annotations

import pytest

from jpf_desk.domain.emails import parse_email
from jpf_desk.domain.errors import ValidationError


@pytest.mark.parametrize("typed", [
    "a@@b.vn", "@b.vn", "an nguyen@gmail.com", "an\nnguyen@gmail.com", "an@", "an@gmail",
    "an.nguyen@gmail..com", "an\tnguyen@gmail.com",
])
def test_malformed_addresses_are_refused_beside_the_email_field(typed):
    with pytest.raises(ValidationError) as refused:
        parse_email(typed)
    assert refused.value.code == "intake.email_invalid"
    assert refused.value.field == "email"


@pytest.mark.parametrize(("typed", "kept"), [
    ("an.nguyen@gmail.com", "an.nguyen@gmail.com"),
    ("  thu.trang@jpf.edu.vn \n", "thu.trang@jpf.edu.vn"),
    ("a+lop@b.vn", "a+lop@b.vn"),
])
def test_good_addresses_are_kept_as_typed_without_the_outer_spaces(typed, kept):
    assert parse_email(typed) == kept


def test_no_network_lookup_is_made(monkeypatch):
    import socket

    def no_network(*_args, **_kwargs):
        raise AssertionError("an e-mail check must not touch the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    assert parse_email("an@domain-that-does-not-exist-jpf.vn") == "an@domain-that-does-not-exist-jpf.vn"
