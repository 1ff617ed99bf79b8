"""The permission table: every role against every action, with answers written out."""

from __future__ import annotations

import pytest

from jpf_desk.domain.errors import DomainError, NotAllowed
from jpf_desk.domain.labels import label
from jpf_desk.domain.staff import Action, Role, may, require

R, C, M, A = "receptionist", "consultant", "manager", "admin"
# Written out, not derived from the code under test: who may do what.
EXPECTED = {
    "work_with_customers": {R, C, M, A},
    "print_receipt": {R, C, M, A},
    "export_list": {R, C, M, A},
    "open_document": {C, M, A},
    "send_to_partner": {C, M, A},
    "access_report": {M, A},
    "approve_correction": {M, A},
    "lift_restriction": {M, A},
    "erase": {M, A},
    "edit_calendar": {M, A},
    "manage_staff": {M, A},
    "read_access_log": {M, A},
    "manage_store": {M, A},
    "marketing_list": {M, A},
    "analytics_export": {M, A},
    "list_handovers": {R, C, M, A},
    "review_retention": {M, A},
    "record_transfer_filing": {M, A},
    "edit_controller_details": {M, A},
    "import_customers": {M, A},
    "edit_desk_settings": {M, A},
    "resolve_sync_conflict": {M, A},
    "take_payment": {R, C, M, A},
    "print_payment_receipt": {R, C, M, A},
    "cash_summary_all": {M, A},
    "sync": {R, C, M, A},
    "verify_proof": {M, A},
    "connect_head_office": {M, A},
}
REFUSED_CODES = {
    "open_document": "dossier.document_advisers_only",
    "send_to_partner": "sharing.advisers_only",
    "access_report": "access_report.manager_only",
    "approve_correction": "request.approver_role",
    "lift_restriction": "rights.manager_only",
    "erase": "erasure.manager_only",
    "edit_calendar": "holidays.manager_only",
    "manage_staff": "staff.manager_only",
    "read_access_log": "access_log.manager_only",
    "manage_store": "store.manager_only",
    "marketing_list": "lists.manager_only",
    "analytics_export": "lists.manager_only",
    "review_retention": "retention.manager_only",
    "record_transfer_filing": "transfer.manager_only",
    "edit_controller_details": "controller.manager_only",
    "import_customers": "import.manager_only",
    "edit_desk_settings": "settings.manager_only",
    "resolve_sync_conflict": "sync.conflict_manager_only",
    "cash_summary_all": "cash.manager_only",
    "verify_proof": "verify.manager_only",
    "connect_head_office": "sync.connect_manager_only",
}
CASES = [(role, action) for action in sorted(EXPECTED) for role in (R, C, M, A)]


def test_the_table_covers_every_action_and_role():
    assert {a.value for a in Action} == set(EXPECTED)
    assert {r.value for r in Role} == {R, C, M, A}


@pytest.mark.parametrize(("role", "action"), CASES)
def test_each_role_against_each_action(role, action):
    allowed = role in EXPECTED[action]
    assert may(role, Action(action)) is allowed
    if allowed:
        require(role, Action(action))
        return
    with pytest.raises(NotAllowed) as err:
        require(role, Action(action))
    assert err.value.code == REFUSED_CODES[action]
    assert isinstance(err.value, DomainError)


@pytest.mark.parametrize("role", [None, "", "MANAGER", "director"])
@pytest.mark.parametrize("action", sorted(EXPECTED))
def test_unknown_staff_or_role_may_do_nothing(role, action):
    assert may(role, Action(action)) is False
    with pytest.raises(NotAllowed):
        require(role, Action(action))


def test_role_labels_in_three_languages():
    assert [label(r) for r in Role] == ["Lễ tân", "Tư vấn viên", "Quản lý", "Quản trị"]
    assert [label(r, "fr") for r in Role] == [
        "Réceptionniste", "Conseiller", "Responsable", "Administrateur"]
    assert [label(r, "en") for r in Role] == [
        "Receptionist", "Consultant", "Manager", "Administrator"]
