"""Centre codes have one spelling, whatever the case and spaces typed at the first start."""

from __future__ import annotations

import pytest

from jpf_desk.domain.centres import normalise_centre_code
from jpf_desk.domain.errors import ValidationError


@pytest.mark.parametrize(("typed", "code"), [
    ("hn 1", "HN1"), ("HN1", "HN1"), (" hn-km ", "HN-KM"), ("ｈｎ２", "HN2"), ("dn 1", "DN1"),
])
def test_codes_are_upper_case_without_spaces(typed, code):
    assert normalise_centre_code(typed) == code


@pytest.mark.parametrize("typed", ["hà nội", "H", "HN_1", "-HN", "HN--1", "HN/1", "A" * 13, ""])
def test_what_is_not_a_code_is_refused_beside_the_field(typed):
    with pytest.raises(ValidationError) as refused:
        normalise_centre_code(typed)
    assert (refused.value.code, refused.value.field) == ("centre.code_invalid", "centre_code")
