"""The kinds of French course the school offers (a stored code of each course)."""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.labels import register_labels


class CourseKind(StrEnum):
    GENERAL = "general"
    EXAM_PREP = "exam_prep"
    KIDS = "kids"


register_labels(CourseKind, {
    "general": {"vi": "Tiếng Pháp tổng quát", "fr": "Français général",
                "en": "General French"},
    "exam_prep": {"vi": "Luyện thi", "fr": "Préparation aux examens", "en": "Exam preparation"},
    "kids": {"vi": "Thiếu nhi", "fr": "Enfants", "en": "Children"},
})
