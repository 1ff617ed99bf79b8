"""What the store reports after each transaction: the Changes value and its delivery."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.services.changes import TABLES, Changes, Kind
from jpf_desk.services.courses.payments import record_payment
from jpf_desk.services.desk import Desk
from jpf_desk.store.base import Base
from jpf_desk.store.models.courses import CourseClass
from jpf_desk.store.models.customers import Customer
from tests.ui.builders import adult, enrol, open_class

# -- the value ------------------------------------------------------------------------


def test_from_written_maps_tables_to_kinds_and_customers():
    changes = Changes.from_written({("payments", "c1"), ("outbox", None), ("classes", None)})
    assert changes == Changes(frozenset({Kind.PAYMENTS, Kind.OUTBOX, Kind.CLASSES}),
                              frozenset({"c1"}), any_customer=False)


def test_a_customer_row_without_its_customer_concerns_every_customer():
    changes = Changes.from_written({("customers", None)})
    assert changes.any_customer
    assert changes.touches_customer("anyone")


def test_touches_and_touches_customer():
    changes = Changes.of(Kind.CONSENT, customers=["c1"])
    assert changes.touches(Kind.CONSENT)
    assert changes.touches(Kind.PAYMENTS, Kind.CONSENT)
    assert not changes.touches(Kind.PAYMENTS)
    assert changes.touches_customer("c1")
    assert not changes.touches_customer("c2")


def test_union_keeps_both_sides():
    one = Changes.of(Kind.CONSENT, customers=["c1"])
    two = Changes(frozenset({Kind.CLASSES}), frozenset(), any_customer=True)
    assert one.union(two) == Changes(frozenset({Kind.CONSENT, Kind.CLASSES}),
                                     frozenset({"c1"}), any_customer=True)
    assert Changes().union(one) == one


def test_an_empty_change_is_false():
    assert not Changes()
    assert Changes.of(Kind.STAFF)


def test_every_table_of_the_store_has_a_kind():
    assert set(Base.metadata.tables) - set(TABLES) == set()


# -- delivery -------------------------------------------------------------------------


@pytest.fixture
def heard(desk: Desk) -> list[Changes]:
    got: list[Changes] = []
    unsubscribe = desk.subscribe(got.append)
    yield got
    unsubscribe()


def test_a_new_customer_is_reported_with_its_id(desk, heard):
    customer_id = adult(desk)
    assert len(heard) == 1
    assert heard[0].touches(Kind.CUSTOMERS, Kind.OUTBOX)
    assert heard[0].customer_ids == frozenset({customer_id})
    assert not heard[0].any_customer


def test_a_payment_names_the_customer_of_its_enrolment(desk, heard):
    customer_id = adult(desk)
    other_id = adult(desk, given="Châu", phone="0903 333 444")
    enrolment = enrol(desk, customer_id, open_class(desk).id)
    heard.clear()
    record_payment(desk, enrolment.id, 1_000_000, PaymentMethod.CASH)
    assert len(heard) == 1
    assert heard[0].kinds == frozenset({Kind.PAYMENTS, Kind.OUTBOX})
    assert heard[0].touches_customer(customer_id)
    assert not heard[0].touches_customer(other_id)


def test_reading_reports_nothing(desk, heard):
    with desk.tx() as s:
        s.get(CourseClass, "nothing")
    assert heard == []


def test_a_rolled_back_transaction_reports_nothing(desk, heard):
    with pytest.raises(RuntimeError), desk.tx() as s:
        s.add(Customer(family_name="Lý", given_name="An", full_name="Lý An", search_key="ly an",
                       birth_date=None))
        s.flush()  # the row was written, then thrown away
        raise RuntimeError("stop")
    assert heard == []
    adult(desk)  # the next transaction reports only its own rows
    assert len(heard) == 1


def test_a_savepoint_does_not_report_before_the_transaction_commits(desk, heard):
    customer_id = adult(desk)
    heard.clear()
    with desk.tx() as s:
        with s.begin_nested():
            s.get(Customer, customer_id).notes = "gọi lại sau"
        assert heard == []  # the outer transaction could still roll back
    assert len(heard) == 1
    assert heard[0].touches_customer(customer_id)


def test_a_bulk_statement_concerns_every_customer(desk, heard):
    adult(desk)
    heard.clear()
    with desk.tx() as s:
        s.execute(update(Customer).values(notes=""))
    assert heard == [Changes(frozenset({Kind.CUSTOMERS}), frozenset(), any_customer=True)]


def test_a_reported_change_that_is_not_a_row_comes_with_the_commit(desk, heard):
    with desk.tx() as s:
        desk.report(s, Changes.of(Kind.SETTINGS))
        assert heard == []
    assert heard == [Changes.of(Kind.SETTINGS)]


def test_after_unsubscribing_nothing_arrives(desk):
    got: list[Changes] = []
    desk.subscribe(got.append)()
    adult(desk)
    assert got == []


def test_a_failing_listener_does_not_fail_the_committed_service(desk, heard):
    def broken(_changes: Changes) -> None:
        raise ValueError("listener bug")

    unsubscribe = desk.subscribe(broken)
    try:
        customer_id = adult(desk)
    finally:
        unsubscribe()
    assert heard[0].touches_customer(customer_id)
