"""A receipt made on a desk whose clock was measured off (at the last sync) states the
time corrected to head office's clock, and says so in its content and on paper; the
chain and `verify` stay whole. Within the bound, nothing changes."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pdfplumber

from jpf_desk.domain.clock_skew import ClockOffset
from jpf_desk.domain.dates import VN_TZ
from jpf_desk.services.consent.capture import ConsentInput, capture_consent, withdraw_consent
from jpf_desk.services.consent.documents import receipt_pdf
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.store import clock_offset
from tests.consent.builders import NOW, new_adult

MEASURED = datetime(2026, 11, 25, 8, 0, tzinfo=VN_TZ)  # head office's time at the sync


def _desk_clock_measured(desk, offset: timedelta) -> None:
    with desk.tx() as s:
        clock_offset.record(s, ClockOffset(offset, MEASURED, timedelta(milliseconds=40)))


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def test_a_receipt_on_a_desk_ten_minutes_fast_states_the_corrected_time(desk):
    cid = new_adult(desk)
    _desk_clock_measured(desk, timedelta(minutes=10))
    # NOW is what the desk's clock reads: 09:30; head office's clock then read 09:20.
    receipt = capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    assert receipt.content["consented_at"] == "2026-11-25T09:20:00+07:00"
    assert receipt.content["clock_correction"] == {
        "desk_clock": "2026-11-25T09:30:00+07:00", "offset_seconds": 600.0,
        "measured_at": "2026-11-25T08:00:00+07:00"}
    text = _text(receipt_pdf(receipt, copy=False, printed_at=NOW))
    assert "25/11/2026 09:20:00 (+07:00)" in text
    assert "Giờ đã hiệu chỉnh" in text
    assert "25/11/2026 09:30:00" in text  # the desk's own reading, shown as such
    assert verify_consents(desk).ok


def test_a_desk_days_slow_is_corrected_forward_and_the_chain_stays_whole(desk):
    cid = new_adult(desk)
    _desk_clock_measured(desk, -timedelta(days=2, hours=1))
    first = capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    assert first.content["consented_at"] == "2026-11-27T10:30:00+07:00"
    later = withdraw_consent(desk, cid, ["service"], now=NOW + timedelta(minutes=5))
    assert later.content["consented_at"] == "2026-11-27T10:35:00+07:00"
    assert later.content["clock_correction"]["offset_seconds"] == -176400.0
    assert later.previous_hash == first.content_hash
    assert verify_consents(desk).ok


def test_within_the_bound_the_desk_time_stands_and_nothing_is_noted(desk):
    cid = new_adult(desk)
    _desk_clock_measured(desk, timedelta(seconds=90))
    receipt = capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    assert receipt.content["consented_at"] == "2026-11-25T09:30:00+07:00"
    assert "clock_correction" not in receipt.content
    assert "Giờ đã hiệu chỉnh" not in _text(receipt_pdf(receipt, copy=False, printed_at=NOW))


def test_a_receipt_in_english_says_the_time_was_corrected(desk):
    cid = new_adult(desk)
    _desk_clock_measured(desk, timedelta(minutes=10))
    receipt = capture_consent(desk, cid, ConsentInput(given=frozenset({"service"}),
                                                      language="en"), now=NOW)
    text = " ".join(_text(receipt_pdf(receipt, copy=False, printed_at=NOW)).split())
    assert "Time corrected" in text
    # The sentence wraps in its column, beside the customer's column: read in pieces.
    assert "the desk's clock read 25/11/2026" in text
    assert "09:30:00 (+07:00); the time" in text
    assert "25/11/2026 09:20:00 (+07:00)" in text
