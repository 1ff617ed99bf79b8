"""The two ways an import may end, chosen by the person before anything is written.

There is no third way: an import never stops half-way with part of the file in.
"""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.labels import register_labels


class ImportMode(StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    GOOD_ROWS = "good_rows"


register_labels(ImportMode, {
    "all_or_nothing": {"vi": "Tất cả hoặc không (dừng nếu có dòng bị từ chối)",
                       "fr": "Tout ou rien (arrêter si une ligne est refusée)",
                       "en": "All or nothing (stop if any row is refused)"},
    "good_rows": {"vi": "Chỉ nhập các dòng hợp lệ, bỏ qua các dòng bị từ chối",
                  "fr": "Importer les lignes valides, laisser les lignes refusées",
                  "en": "Import the good rows, leave the refused ones"},
})
