"""Every intake field, arbitrary text: a clear refusal (each error naming its field and
a message in the catalogue) or a saved customer that reads back, never anything else."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import render_error
from jpf_desk.services.customers import records
from jpf_desk.services.customers.duplicates import DuplicatesFound
from jpf_desk.services.customers.input import CustomerInput, GuardianInput, IntakeInvalid

TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", " ", "Nguyễn", "0912 345 678", "+84 912 345 678", "001199012345",
                     "a@b.vn", "01", "79", "cccd", "passport", "cmnd", "female", "male"]),
)
DATES = st.one_of(st.none(), st.dates(date(1850, 1, 1), date(2100, 12, 31)))
GUARDIANS = st.lists(st.builds(GuardianInput, full_name=TEXT, relationship=TEXT, phone=TEXT,
                               id_kind=TEXT, id_number=TEXT), max_size=2)
INPUTS = st.builds(
    CustomerInput, family_name=TEXT, middle_name=TEXT, given_name=TEXT, full_name=TEXT,
    birth_date=DATES, sex=TEXT, phone=TEXT, email=TEXT, id_kind=TEXT, id_number=TEXT,
    id_expiry=DATES, province_code=TEXT, commune_code=TEXT, street=TEXT,
    address_as_written=TEXT, notes=TEXT, guardians=GUARDIANS)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=INPUTS)
def test_intake_answers_with_a_sentence_or_a_record(desk, value):
    try:
        saved = records.create_customer(desk, value)
    except IntakeInvalid as invalid:
        assert invalid.errors
        for error in invalid.errors:
            assert error.field, error.code
            assert render_error(error, "vi") != error.code  # a sentence exists
    except DuplicatesFound as dup:
        assert dup.candidates
    except DomainError as error:
        assert render_error(error, "vi") != error.code
    else:
        assert records.get_customer(desk, saved.customer.id).id == saved.customer.id
