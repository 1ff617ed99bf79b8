"""Which classes enrolment offers a customer, and today's classes with their rooms."""

from __future__ import annotations

from datetime import date

from jpf_desk.domain.courses import CourseKind
from jpf_desk.services.courses import class_lists, enrolments
from jpf_desk.services.courses.catalogue import create_class, create_course
from jpf_desk.services.courses.offers import level_in, offer_classes
from jpf_desk.services.customers import records
from tests.helpers.consent import give_service_consent
from tests.services.helpers import adult, guardian, minor

TODAY = date(2026, 11, 25)  # a Wednesday


def _class(desk, course_id, code, start, *, capacity=5, schedule="", room=""):
    return create_class(desk, course_id, code, start_date=start, end_date=date(2027, 3, 1),
                        capacity=capacity, fee_vnd=1_000_000, schedule=schedule,
                        room=room).id


def _catalogue(desk):
    kids = create_course(desk, "KIDS", "Tiếng Pháp thiếu nhi", CourseKind.KIDS, max_age=15)
    a1 = create_course(desk, "A1", "Tiếng Pháp A1", CourseKind.GENERAL, level="A1",
                       min_age=16)
    b1 = create_course(desk, "B1", "Tiếng Pháp B1", CourseKind.GENERAL, level="B1",
                       min_age=16)
    delf = create_course(desk, "DELF", "Luyện thi DELF", CourseKind.EXAM_PREP, min_age=16)
    return {
        "kids": _class(desk, kids.id, "KIDS-12", date(2026, 12, 1)),
        "a1": _class(desk, a1.id, "A1-12", date(2026, 12, 1)),
        "a1_started": _class(desk, a1.id, "A1-11", date(2026, 11, 2)),
        "a1_full": _class(desk, a1.id, "A1-12B", date(2026, 12, 2), capacity=1),
        "b1": _class(desk, b1.id, "B1-12", date(2026, 12, 3)),
        "delf": _class(desk, delf.id, "DELF-12", date(2026, 12, 4)),
    }


def _person(desk, given, birth, phone):
    cid = records.create_customer(desk, adult(given_name=given, birth_date=birth, phone=phone,
                                              id_number=""),
                                  today=TODAY, allow_duplicates=True).customer.id
    give_service_consent(desk, cid)
    return cid


def test_an_adult_is_offered_open_adult_classes_with_a_seat(desk):
    classes = _catalogue(desk)
    other = _person(desk, "Khác", date(1990, 1, 1), "0912 000 999")
    enrolments.enrol(desk, other, classes["a1_full"], today=TODAY)
    grown = _person(desk, "Ánh", date(1999, 3, 4), "0912 345 678")
    offer = offer_classes(desk, grown, today=TODAY)
    assert [k.code for k in offer.classes] == ["A1-12", "B1-12", "DELF-12"]
    assert offer.left_out == 1  # the kids' class (started and full ones are not open)
    assert offer.age == 27


def test_a_child_is_offered_the_kids_class_only(desk):
    _catalogue(desk)
    child = records.create_customer(desk, minor(guardians=[guardian()]), today=TODAY,
                                    allow_duplicates=True).customer.id
    assert [k.code for k in offer_classes(desk, child, today=TODAY).classes] == ["KIDS-12"]


def test_a_known_level_keeps_that_level_and_unlevelled_courses(desk):
    _catalogue(desk)
    grown = _person(desk, "Ánh", date(1999, 3, 4), "0912 345 678")
    offer = offer_classes(desk, grown, placement="Đạt B1 (62/100)", today=TODAY)
    assert offer.level == "B1"
    assert [k.code for k in offer.classes] == ["B1-12", "DELF-12"]


def test_the_level_comes_from_an_earlier_placement(desk):
    classes = _catalogue(desk)
    grown = _person(desk, "Ánh", date(1999, 3, 4), "0912 345 678")
    enrolments.enrol(desk, grown, classes["a1"], placement_result="a1", today=TODAY)
    offer = offer_classes(desk, grown, today=TODAY)
    assert offer.level == "A1"
    # A1-12: already enrolled there; A1-12B has its one seat free in this test.
    assert [k.code for k in offer.classes] == ["A1-12B", "DELF-12"]


def test_level_in_reads_what_the_desk_types():
    assert [level_in(t) for t in ("B1", "Đạt b2 (70/100)", "A12", "tốt", "")] == [
        "B1", "B2", None, None, None]


def test_todays_classes_meet_today_with_their_rooms(desk):
    course = create_course(desk, "A2", "Tiếng Pháp A2", CourseKind.GENERAL, level="A2")
    _class(desk, course.id, "WED", date(2026, 11, 2), schedule="T2-T4-T6 18:00", room="P.101")
    _class(desk, course.id, "TUE", date(2026, 11, 2), schedule="T3-T5 18:00", room="P.102")
    _class(desk, course.id, "FREE", date(2026, 11, 2), schedule="tối", room="P.103")
    _class(desk, course.id, "LATER", date(2026, 12, 2), schedule="T4 18:00", room="P.104")
    today = class_lists.todays_classes(desk, today=TODAY)
    assert [(k.code, k.room) for k in today] == [("WED", "P.101"), ("FREE", "P.103")]
