"""Why a row pulled from head office is set aside instead of applied.

Two kinds: a *parked* row is sound but cannot apply yet (its parent has not arrived, or
it breaks a key here) and is tried again at every pull; a *quarantined* row failed the
desk's checks (head office is not trusted blindly) and stays aside until head office
sends a good version of it. Stored codes, shown in the Sync section and by
`jpf-desk sync status`.
"""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.labels import register_labels


class SetAsideReason(StrEnum):
    WAITING_PARENT = "waiting_parent"  # parked: a row it refers to is not here yet
    BREAKS_KEY = "breaks_key"  # parked: applying it breaks a key here
    UNKNOWN_TABLE = "unknown_table"
    ID_MISMATCH = "id_mismatch"  # the id inside the data is not the row id
    BAD_VALUE = "bad_value"  # a column of the wrong type or out of bounds
    MISSING_VALUE = "missing_value"  # a required column absent or empty
    OTHER_CENTRE = "other_centre"  # neither this desk's centre nor shared data
    TOO_LARGE = "too_large"
    NOT_AN_OBJECT = "not_an_object"  # the data is not a JSON object


PARKED_REASONS = frozenset({SetAsideReason.WAITING_PARENT, SetAsideReason.BREAKS_KEY})


def is_parked(reason: SetAsideReason) -> bool:
    """Parked rows are retried; the others (quarantined) wait for a new version."""
    return reason in PARKED_REASONS


register_labels(SetAsideReason, {
    "waiting_parent": {"vi": "Đang chờ bản ghi liên quan", "fr": "En attente de la fiche liée",
                       "en": "Waiting for a related record"},
    "breaks_key": {"vi": "Không khớp với dữ liệu ở máy này",
                   "fr": "Incompatible avec les données de ce poste",
                   "en": "Does not fit this desk's data"},
    "unknown_table": {"vi": "Loại dữ liệu không rõ", "fr": "Type de données inconnu",
                      "en": "Unknown kind of data"},
    "id_mismatch": {"vi": "Mã bản ghi không khớp", "fr": "Identifiant incohérent",
                    "en": "Record id does not match"},
    "bad_value": {"vi": "Giá trị không hợp lệ", "fr": "Valeur non valide",
                  "en": "Invalid value"},
    "missing_value": {"vi": "Thiếu giá trị bắt buộc", "fr": "Valeur obligatoire manquante",
                      "en": "Required value missing"},
    "other_centre": {"vi": "Thuộc cơ sở khác", "fr": "Appartient à un autre centre",
                     "en": "Belongs to another centre"},
    "too_large": {"vi": "Bản ghi quá lớn", "fr": "Fiche trop volumineuse",
                  "en": "Record too large"},
    "not_an_object": {"vi": "Dữ liệu sai định dạng", "fr": "Données mal formées",
                      "en": "Malformed data"},
})
