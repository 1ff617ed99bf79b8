"""Once a desk has synced with head office, shared data is head office's: the services
refuse to write it with a sentence saying so, and the window shows it read-only with
the reason. The centre's own data (its classes) stays editable."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from jpf_desk.domain.disclosure_items import DisclosurePurpose, PartnerKind, field_item
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.request_deadlines import DEFAULT_PERIODS, RequestKind
from jpf_desk.services.courses.catalogue import CourseKind, create_class, create_course
from jpf_desk.services.dossiers.document_kinds import save_kind
from jpf_desk.services.head_office.read_only import SharedDataReadOnly
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.rights import holidays
from jpf_desk.services.sharing.partners import PartnerInput, save_partner, set_scope
from jpf_desk.store.models import Course, Partner
from jpf_desk.ui.classes.list_view import ClassListView
from jpf_desk.ui.dossiers.kinds_dialog import DocumentKindsDialog
from jpf_desk.ui.dossiers.partners_dialog import PartnersDialog
from jpf_desk.ui.requests.calendar_dialog import CalendarDialog
from tests.sync.conftest import HeadOffice, MakeDesk

HEAD_OFFICE_SENTENCE = ("Shared data (courses, partners, document kinds, holidays, periods) "
                        "is managed by head office: this desk shows it but cannot change it.")


def test_a_synced_desk_refuses_to_write_shared_data_but_not_its_classes(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    desk = a.desk
    # Connected but never synced yet: still the desk's own (offered at its first sync).
    course = create_course(desk, "A1-HN1", "Tiếng Pháp A1", CourseKind.GENERAL, level="A1")
    partner = save_partner(desk, PartnerInput("Campus France", PartnerKind.CAMPUS_FRANCE, "FR"))
    sync_now(desk)
    refusals = [
        lambda: create_course(desk, "A2-HN1", "Tiếng Pháp A2", CourseKind.GENERAL, level="A2"),
        lambda: save_partner(desk, PartnerInput("Campus France Hà Nội",
                                                PartnerKind.CAMPUS_FRANCE, "FR"), partner.id),
        lambda: save_partner(desk, PartnerInput("Đối tác mới", PartnerKind.CAMPUS_FRANCE, "FR")),
        lambda: set_scope(desk, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                          [field_item("full_name")]),
        lambda: save_kind(desk, "ban_dich", "Bản dịch", required=False, sensitive=False,
                          expires=False),
        lambda: holidays.save_holiday(desk, date(2027, 9, 3), "Nghỉ bù (bịa)"),
        lambda: holidays.remove_holiday(desk, date(2027, 9, 2)),
        lambda: holidays.confirm_holiday(desk, date(2027, 9, 2)),
        lambda: holidays.set_period(desk, RequestKind.ACCESS, DEFAULT_PERIODS[RequestKind.ACCESS]),
    ]
    for attempt in refusals:
        with pytest.raises(SharedDataReadOnly) as refused:
            attempt()
        assert render_error(refused.value, "en") == HEAD_OFFICE_SENTENCE
    with desk.tx() as s:
        assert [c.code for c in s.scalars(select(Course))] == ["A1-HN1"]
        assert [p.name for p in s.scalars(select(Partner))] == ["Campus France"]
    start = date.today() + timedelta(days=10)
    made = create_class(desk, course.id, "A1-HN1-K1", start_date=start,
                        end_date=start + timedelta(days=60), capacity=12, fee_vnd=4_000_000)
    assert made.code == "A1-HN1-K1"  # the centre's own data


def test_the_window_shows_shared_data_read_only_with_the_reason(
        qtbot, make_desk: MakeDesk, head_office: HeadOffice) -> None:
    desk = make_desk("HN1").desk
    sync_now(desk)
    reason_vi = "do văn phòng trung tâm quản lý"
    classes = ClassListView(desk)
    qtbot.addWidget(classes)
    assert not classes.ui.newCourse.isEnabled() and reason_vi in classes.ui.newCourse.toolTip()
    assert classes.ui.newClass.isEnabled()  # classes are the centre's own
    kinds = DocumentKindsDialog(desk)
    qtbot.addWidget(kinds)
    assert not kinds.ui.add.isEnabled() and reason_vi in kinds.ui.error.text()
    cell = kinds.ui.table.item(0, 2)
    assert cell is not None and not cell.flags() & Qt.ItemFlag.ItemIsUserCheckable
    partners = PartnersDialog(desk)
    qtbot.addWidget(partners)
    for button in (partners.ui.newPartner, partners.ui.savePartner, partners.ui.saveScope):
        assert not button.isEnabled()
    assert reason_vi in partners.ui.partnerError.text()
    calendar = CalendarDialog(desk)
    qtbot.addWidget(calendar)
    for button in (calendar.ui.saveHoliday, calendar.ui.confirmHoliday,
                   calendar.ui.removeHoliday, calendar.ui.savePeriods):
        assert not button.isEnabled()
    assert reason_vi in calendar.ui.error.text()
