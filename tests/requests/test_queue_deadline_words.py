"""The queue's deadline column says which deadline its date is."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.rights import requests
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.ui.requests.queue_model import RequestQueueModel
from tests.requests.builders import TODAY


def _due_cell(desk, request_id: str) -> tuple[str, str, str]:
    model = RequestQueueModel()
    model.set_rows(requests.list_requests(desk, today=TODAY))
    row = model.row_of(request_id)
    index = model.index(row, RequestQueueModel.DUE)
    header = model.headerData(RequestQueueModel.DUE, Qt.Orientation.Horizontal,
                              Qt.ItemDataRole.DisplayRole)
    return header, model.data(index), model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_the_acknowledgement_then_the_answer(desk, person):
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.DELETE, received_on=TODAY), today=TODAY)
    # Received Wednesday 25/11/2026: acknowledged within 2 working days, answered by 15/12.
    header, text, tip = _due_cell(desk, filed.id)
    assert header == "Hạn tiếp theo"
    assert text == "Xác nhận: 27/11/2026"
    assert tip == "Hạn xác nhận: 27/11/2026 · Hạn trả lời: 15/12/2026"
    requests.acknowledge(desk, filed.id)
    assert _due_cell(desk, filed.id)[1] == "Trả lời: 15/12/2026"
