"""A withdrawal filed as a request is recorded with the channel it came by."""

from __future__ import annotations

import pytest

from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import IdentityCheck, RequestChannel
from jpf_desk.services.consent.queries import get_receipt, list_receipts
from jpf_desk.services.rights import requests
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.services.rights.restriction import handle_rights_request
from tests.requests.builders import TODAY


@pytest.mark.parametrize(("channel", "method"), [
    (RequestChannel.EMAIL, "email"), (RequestChannel.PHONE, "phone"),
    (RequestChannel.PAPER, "paper"), (RequestChannel.DESK, "desk")])
def test_withdrawal_request_keeps_its_channel_on_the_receipt(desk, person, channel, method):
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.WITHDRAW, channel=channel,
        identity_check=IdentityCheck.KNOWN_CONTACT, purposes=("service",)), today=TODAY)
    handle_rights_request(desk, filed.id, told_on=TODAY)
    newest = list_receipts(desk, person.id)[0]
    assert newest.kind == "withdrawal"
    assert newest.method == method
    receipt = get_receipt(desk, newest.id)
    assert receipt.content["method"] == method
