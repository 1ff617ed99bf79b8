"""The status of an enrolment in a class, a stored code shown at the desk and printed."""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.labels import register_labels


class EnrolmentStatus(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    WAITLISTED = "waitlisted"


register_labels(EnrolmentStatus, {
    "pending": {"vi": "Chờ xác nhận", "fr": "En attente de confirmation",
                "en": "Awaiting confirmation"},
    "confirmed": {"vi": "Đã xác nhận", "fr": "Confirmée", "en": "Confirmed"},
    "completed": {"vi": "Đã hoàn thành", "fr": "Terminée", "en": "Completed"},
    "cancelled": {"vi": "Đã hủy", "fr": "Annulée", "en": "Cancelled"},
    "waitlisted": {"vi": "Danh sách chờ", "fr": "Liste d'attente", "en": "Waiting list"},
})
