"""Right to erasure across sync: after an erasure on one desk, no value of the person
stays in head office's rows nor in the store file of the centre's other desk."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.domain.search_key import search_key
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.services.courses import enrolments, payments
from jpf_desk.services.courses.catalogue import (
    create_class,
    create_course,
)
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.customers.records import update_customer
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.rights import erasure
from jpf_desk.store.engine import open_store
from jpf_desk.store.scrub import compact_store_file
from tests.helpers.consent import give_service_consent
from tests.helpers.plain_view import decrypted_bytes
from tests.helpers.staff import sign_in_as
from tests.helpers.stores import copy_store
from tests.requests.builders import NAME, TODAY
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import become_another_desk

OLD_STREET = "12 Ngõ Hoà Bình"
NEW_STREET = "99 Ngõ Trạm"


def second_desk_before_any_customer(folder: Path, first_dir: Path, first: Desk) -> Desk:
    """The centre's second computer, installed from the first desk's store while it
    held no customer: everything about the person reaches it by pulling."""
    first.store.close()
    folder.mkdir()
    copy_store(first_dir, folder)
    first.store = open_store(first_dir)
    desk = sign_in_as(open_store(folder), "Trần Văn Thử")
    become_another_desk(desk)
    return desk


@contextmanager
def desks_a_and_b(make_desk: MakeDesk, tmp_path: Path) -> Iterator[tuple[Desk, Desk, str]]:
    """(desk A, desk B, course id): a centre's first desk with a course, synced, and its
    second desk installed from it before any customer; B is closed afterwards."""
    a_made = make_desk("HN1")
    a = a_made.desk
    # Courses are head office's shared reference data: in both stores from the start.
    course = create_course(a, "A2-HN1", "Tiếng Pháp A2", CourseKind.GENERAL, level="A2")
    sync_now(a)
    b = second_desk_before_any_customer(tmp_path / "desk-b", a_made.data_dir, a)
    try:
        yield a, b, course.id
    finally:
        b.store.close()


def person_input(street: str) -> CustomerInput:
    family, *middle, given = NAME.split(" ")
    return CustomerInput(
        family_name=family, middle_name=" ".join(middle), given_name=given,
        birth_date=date(1998, 7, 9), sex="female", phone="0913 222 444",
        email="giang.pham@example.vn", id_kind="cccd", id_number="001199088812",
        street=street)


def enrolled_person(desk: Desk, course_id: str) -> tuple[str, str]:
    """(customer id, enrolment id): consent given, enrolled, 3,500,000 VND paid."""
    customer_id = records.create_customer(desk, person_input(OLD_STREET),
                                            today=TODAY).customer.id
    give_service_consent(desk, customer_id)
    klass = create_class(desk, course_id, "A2-HN1", start_date=date(2026, 12, 1),
                         end_date=date(2027, 3, 1), capacity=10, fee_vnd=6_000_000)
    enrolment = enrolments.enrol(desk, customer_id, klass.id, today=TODAY)
    payments.record_payment(desk, enrolment.id, 2_000_000, PaymentMethod.CASH,
                            paid_on=date(2026, 11, 20))
    payments.record_payment(desk, enrolment.id, 1_500_000, PaymentMethod.TRANSFER,
                            paid_on=date(2026, 11, 24))
    return customer_id, enrolment.id


def file_bytes(desk: Desk) -> bytes:
    return decrypted_bytes(desk.store.path, desk.store.key)


def head_office_text(ho: HeadOffice) -> str:
    with ho.admin() as conn:  # superuser: every centre's rows, RLS bypassed
        return "\n".join(str(r[0]) for r in conn.execute("SELECT data::text FROM ho.rows"))


def head_office_paid(ho: HeadOffice, enrolment_id: str) -> int:
    with ho.admin() as conn:
        row = conn.execute(
            "SELECT sum((data->>'amount_vnd')::bigint) FROM ho.rows WHERE "
            "table_name = 'payments' AND NOT deleted AND data->>'enrolment_id' = %s",
            (enrolment_id,)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0  # type: ignore[call-overload]


def test_erasure_reaches_head_office_and_the_other_desk(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    with desks_a_and_b(make_desk, tmp_path) as (a, b, course_id):
        customer_id, enrolment_id = enrolled_person(a, course_id)
        # The edit puts the old street in the field history.
        update_customer(a, customer_id, person_input(NEW_STREET), reason="khách chuyển nhà",
                        today=TODAY)
        sync_now(a)
        sync_now(b)
        name_bytes = unicodedata.normalize("NFC", NAME).encode("utf-8")
        key_bytes = search_key(NAME).encode("utf-8")
        compact_store_file(b.store.engine)
        assert name_bytes in file_bytes(b)  # B really pulled the person
        assert NAME in head_office_text(head_office)
        assert OLD_STREET in head_office_text(head_office)

        erasure.erase_customer(a, customer_id, "Khách yêu cầu xoá, đã hết khoá học")
        sync_now(a)
        sync_now(b)

        at_head_office = head_office_text(head_office)
        for value in (unicodedata.normalize("NFC", NAME), search_key(NAME), OLD_STREET,
                      NEW_STREET, "001199088812", "913222444", "giang.pham@example.vn"):
            assert value not in at_head_office, value
        assert head_office_paid(head_office, enrolment_id) == 3_500_000
        _, balance = payments.payments_of(b, enrolment_id)
        assert balance.paid_vnd == 3_500_000

        with b.store.engine.connect() as conn:  # as a reader would leave it, then empty
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        raw = file_bytes(b)
        assert name_bytes not in raw and key_bytes not in raw
        assert OLD_STREET.encode() not in raw and NEW_STREET.encode() not in raw
        assert b"001199088812" not in raw

        for desk in (a, b):  # what `jpf-desk verify` checks
            report = verify_consents(desk)
            assert report.ok and report.redacted == 1
