"""How far this desk's clock is from head office's, and what a receipt then states.

A front-desk PC may have no time server and a dead CMOS battery: its clock can be
minutes or days wrong. Every sync reads head office's clock in the pull it makes anyway
(sync/protocol.py), and the desk keeps the last measured offset (store/clock_offset.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from jpf_desk.domain import messages

# Beyond this the desk says its clock is wrong. Two minutes: far above what the
# measurement itself can be off by (half a round trip, well under a second on any line
# a sync completes over) and above the drift of a healthy PC between two syncs, yet
# small enough that a receipt's printed minute is never noticeably false.
CLOCK_SKEW_BOUND = timedelta(minutes=2)


@dataclass(frozen=True)
class ClockOffset:
    """`offset`: desk clock minus head office clock (positive: the desk is ahead),
    taken at the middle of the pull's round trip. `measured_at`: head office's time
    then (the only time known to be right). `round_trip`: how uncertain it is."""

    offset: timedelta
    measured_at: datetime
    round_trip: timedelta

    @property
    def off(self) -> bool:
        return abs(self.offset) > CLOCK_SKEW_BOUND

    def corrected(self, desk_time: datetime) -> datetime:
        """The desk's reading brought to head office's clock."""
        return desk_time - self.offset


def receipt_time(desk_time: datetime,
                 clock: ClockOffset | None) -> tuple[datetime, dict[str, object] | None]:
    """The time a consent receipt states, and the note of a correction to put in its
    content (None when the desk's own reading is stated).

    A receipt is proof of when someone consented, so on a desk known to be off it states
    the desk's reading corrected by the last measured offset, and its content says so
    (the desk's reading, the offset, when it was measured): anyone reading the receipt
    or its JSON sees both times and why they differ. The consent chain, the events'
    order (by sequence, not time) and `verify` are untouched: the receipt row, its
    events and its content all hold the same corrected time.
    Not chosen: refusing receipts until the clock is fixed (the desk would stop taking
    customers for a fault staff may not be able to fix at once), or keeping the false
    time with a note (the printed time would still be false).
    Within the bound the reading is kept as is: the measurement is not that exact.
    The correction trusts the last measurement until the next sync: the desk's warning
    asks staff to sync again once the computer's time is set, which measures it anew.
    """
    if clock is None or not clock.off:
        return desk_time, None
    return clock.corrected(desk_time), {
        "desk_clock": desk_time.isoformat(),
        "offset_seconds": round(clock.offset.total_seconds(), 1),
        "measured_at": clock.measured_at.isoformat(),
    }


def measure(asked: datetime, answered: datetime, head_office_now: datetime) -> ClockOffset:
    """Head office read its clock somewhere between `asked` and `answered` (desk
    times): the middle is the best guess, wrong by at most half the round trip."""
    round_trip = max(answered - asked, timedelta(0))
    return ClockOffset(asked + round_trip / 2 - head_office_now, head_office_now, round_trip)


def describe_offset(offset: timedelta) -> tuple[int, int, int]:
    """(days, hours, minutes) of an offset's size, to the nearest minute (a measurement
    is a little under or over the true offset), for the sentences below."""
    minutes = round(abs(offset).total_seconds() / 60)
    return minutes // 1440, minutes % 1440 // 60, minutes % 60


def offset_params(clock: ClockOffset) -> dict[str, object]:
    days, hours, minutes = describe_offset(clock.offset)
    return {"days": days, "hours": hours, "minutes": minutes}


messages.register({
    "clock.desk_ahead": {
        "vi": "Đồng hồ của máy này chạy NHANH hơn trụ sở chính {days} ngày {hours} giờ "
              "{minutes} phút (đo ở lần đồng bộ gần nhất). Hãy chỉnh lại giờ của máy rồi "
              "đồng bộ lại.",
        "fr": "L'horloge de ce poste AVANCE de {days} j {hours} h {minutes} min sur celle "
              "du siège (mesuré à la dernière synchronisation). Réglez l'heure du poste "
              "puis synchronisez à nouveau.",
        "en": "This desk's clock is {days} d {hours} h {minutes} min AHEAD of head office "
              "(measured at the last sync). Set the computer's time, then sync again.",
    },
    "clock.desk_behind": {
        "vi": "Đồng hồ của máy này chạy CHẬM hơn trụ sở chính {days} ngày {hours} giờ "
              "{minutes} phút (đo ở lần đồng bộ gần nhất). Hãy chỉnh lại giờ của máy rồi "
              "đồng bộ lại.",
        "fr": "L'horloge de ce poste RETARDE de {days} j {hours} h {minutes} min sur celle "
              "du siège (mesuré à la dernière synchronisation). Réglez l'heure du poste "
              "puis synchronisez à nouveau.",
        "en": "This desk's clock is {days} d {hours} h {minutes} min BEHIND head office "
              "(measured at the last sync). Set the computer's time, then sync again.",
    },
    "clock.receipt_corrected": {
        "vi": "Giờ ghi trên biên nhận sẽ được hiệu chỉnh theo giờ trụ sở chính, và biên "
              "nhận ghi rõ điều đó.",
        "fr": "L'heure du reçu sera corrigée d'après l'horloge du siège, et le reçu le "
              "mentionne.",
        "en": "The time on the receipt will be corrected to head office's clock, and the "
              "receipt says so.",
    },
    "clock.receipt_note": {
        "vi": "Giờ đã được hiệu chỉnh: đồng hồ của máy lệch {days} ngày {hours} giờ "
              "{minutes} phút so với trụ sở chính.",
        "fr": "Heure corrigée : l'horloge du poste s'écartait de {days} j {hours} h "
              "{minutes} min de celle du siège.",
        "en": "Time corrected: the desk's clock was {days} d {hours} h {minutes} min off "
              "head office's.",
    },
})


def warning_code(clock: ClockOffset) -> str:
    return "clock.desk_ahead" if clock.offset > timedelta(0) else "clock.desk_behind"
