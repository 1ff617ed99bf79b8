"""The stages of a study-in-France dossier, how long each should take, and lateness.

Pure rules so that the board, the demo and the reports agree on what "late" means:
a dossier is late when it has stayed in an active stage longer than that stage's
expected duration. A dossier on hold, withdrawn or closed is never late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.labels import register_labels
from jpf_desk.domain.messages import register


class Stage(StrEnum):
    FIRST_CONSULTATION = "first_consultation"
    CONTRACT_SIGNED = "contract_signed"
    PROGRAMME_CHOICE = "programme_choice"
    FRENCH_TEST = "french_test"
    DOCUMENT_COLLECTION = "document_collection"
    TRANSLATION = "translation"
    EEF_SUBMITTED = "eef_submitted"
    CAMPUS_FRANCE_REVIEW = "campus_france_review"
    CAMPUS_FRANCE_INTERVIEW = "campus_france_interview"
    SCHOOL_ANSWERS = "school_answers"
    HOUSING_FUNDS = "housing_funds"
    VISA_APPLICATION = "visa_application"
    VISA_DECISION = "visa_decision"
    PRE_DEPARTURE = "pre_departure"
    ON_HOLD = "on_hold"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"


# The 14 working stages in the order of STUDY-ABROAD.md.
ORDERED_STAGES: tuple[Stage, ...] = tuple(Stage)[:14]


def needs_documents_complete(stage: Stage) -> bool:
    """Working stages after document collection send or translate the documents: a move
    there with required documents missing is a slip worth a question."""
    return (stage in ORDERED_STAGES
            and ORDERED_STAGES.index(stage) > ORDERED_STAGES.index(Stage.DOCUMENT_COLLECTION))


# Stages where time does not count against the consultant.
PAUSED_STAGES = frozenset({Stage.ON_HOLD})
FINAL_STAGES = frozenset({Stage.WITHDRAWN, Stage.CLOSED})

# Expected days in each working stage (a manager's rule of thumb, not a legal limit).
EXPECTED_DAYS: dict[Stage, int] = {
    Stage.FIRST_CONSULTATION: 14,
    Stage.CONTRACT_SIGNED: 7,
    Stage.PROGRAMME_CHOICE: 30,
    Stage.FRENCH_TEST: 90,
    Stage.DOCUMENT_COLLECTION: 30,
    Stage.TRANSLATION: 14,
    Stage.EEF_SUBMITTED: 14,
    Stage.CAMPUS_FRANCE_REVIEW: 21,
    Stage.CAMPUS_FRANCE_INTERVIEW: 14,
    Stage.SCHOOL_ANSWERS: 60,
    Stage.HOUSING_FUNDS: 30,
    Stage.VISA_APPLICATION: 21,
    Stage.VISA_DECISION: 21,
    Stage.PRE_DEPARTURE: 30,
}

class Season(StrEnum):
    SEPTEMBER = "september"
    FEBRUARY = "february"


register_labels(Stage, {
    "first_consultation": {"vi": "Tư vấn lần đầu", "fr": "Premier entretien",
                           "en": "First consultation"},
    "contract_signed": {"vi": "Ký hợp đồng dịch vụ", "fr": "Contrat de service signé",
                        "en": "Service contract signed"},
    "programme_choice": {"vi": "Chọn chương trình, trường",
                         "fr": "Choix des formations et établissements",
                         "en": "Choosing programmes and schools"},
    "french_test": {"vi": "Thi tiếng Pháp (TCF/DELF/DALF)",
                    "fr": "Test de français (TCF/DELF/DALF)",
                    "en": "French test (TCF/DELF/DALF)"},
    "document_collection": {"vi": "Thu thập hồ sơ", "fr": "Collecte des documents",
                            "en": "Collecting documents"},
    "translation": {"vi": "Dịch thuật, công chứng", "fr": "Traduction, légalisation",
                    "en": "Translation, certification"},
    "eef_submitted": {"vi": "Nộp hồ sơ Études en France", "fr": "Dossier Études en France déposé",
                      "en": "Études en France file submitted"},
    "campus_france_review": {"vi": "Campus France xét hồ sơ", "fr": "Examen par Campus France",
                             "en": "Campus France review"},
    "campus_france_interview": {"vi": "Phỏng vấn Campus France", "fr": "Entretien Campus France",
                                "en": "Campus France interview"},
    "school_answers": {"vi": "Trả lời của trường", "fr": "Réponses des établissements",
                       "en": "Schools' answers"},
    "housing_funds": {"vi": "Nhà ở, chứng minh tài chính", "fr": "Logement, ressources financières",
                      "en": "Housing, proof of funds"},
    "visa_application": {"vi": "Nộp hồ sơ visa", "fr": "Demande de visa", "en": "Visa application"},
    "visa_decision": {"vi": "Kết quả visa", "fr": "Décision de visa", "en": "Visa decision"},
    "pre_departure": {"vi": "Chuẩn bị lên đường", "fr": "Préparation au départ",
                      "en": "Getting ready to leave"},
    "on_hold": {"vi": "Tạm dừng", "fr": "En pause", "en": "On hold"},
    "withdrawn": {"vi": "Rút hồ sơ", "fr": "Dossier retiré", "en": "Withdrawn"},
    "closed": {"vi": "Đã đóng", "fr": "Clos", "en": "Closed"},
})

register_labels(Season, {
    "september": {"vi": "Tháng 9", "fr": "Septembre", "en": "September"},
    "february": {"vi": "Tháng 2", "fr": "Février", "en": "February"},
})


register({
    "dossier.stage_unchanged": {
        "vi": "Hồ sơ đã ở giai đoạn này.",
        "fr": "Le dossier est déjà à cette étape.",
        "en": "The dossier is already at this stage.",
    },
    "dossier.stage_final": {
        "vi": "Hồ sơ đã đóng hoặc đã rút: không thể chuyển giai đoạn.",
        "fr": "Le dossier est clos ou retiré : impossible de changer d'étape.",
        "en": "The dossier is closed or withdrawn: its stage cannot change.",
    },
    "dossier.intake_invalid": {
        "vi": "Kỳ nhập học không hợp lệ (tháng 9 hoặc tháng 2, năm {min_year}–{max_year}).",
        "fr": "Rentrée invalide (septembre ou février, année {min_year}–{max_year}).",
        "en": "Invalid intake (September or February, year {min_year}–{max_year}).",
    },
})


@dataclass(frozen=True)
class Intake:
    season: Season
    year: int

    @property
    def starts_on(self) -> date:
        return date(self.year, 9 if self.season is Season.SEPTEMBER else 2, 1)

    @property
    def label(self) -> str:
        return f"{'09' if self.season is Season.SEPTEMBER else '02'}/{self.year}"


def make_intake(season: str, year: int, today: date) -> Intake:
    """An intake no earlier than last year and at most six years ahead."""
    min_year, max_year = today.year - 1, today.year + 6
    try:
        parsed = Season(season)
    except ValueError:
        parsed = None
    if parsed is None or not min_year <= year <= max_year:
        raise ValidationError("dossier.intake_invalid", field="intake",
                              min_year=min_year, max_year=max_year)
    return Intake(parsed, year)


def intake_label(season: str, year: int) -> str:
    """"09/2027" for a stored intake, without re-validating it against today."""
    return Intake(Season(season), year).label


def check_transition(current: Stage, new: Stage) -> None:
    """Any working stage may follow any other (consultants go back when a step fails);
    only a withdrawn or closed dossier is frozen."""
    if current in FINAL_STAGES:
        raise ValidationError("dossier.stage_final", field="stage")
    if new == current:
        raise ValidationError("dossier.stage_unchanged", field="stage")


def days_over(stage: Stage, since: date, today: date) -> int:
    """How many days past the expected duration (0 when on time or not running)."""
    expected = EXPECTED_DAYS.get(stage)
    if expected is None:
        return 0
    return max(0, (today - since).days - expected)


def is_late(stage: Stage, since: date, today: date) -> bool:
    return days_over(stage, since, today) > 0


def stage_number(stage: Stage) -> int | None:
    """1..14 for working stages, None for on hold / withdrawn / closed."""
    return ORDERED_STAGES.index(stage) + 1 if stage in ORDERED_STAGES else None


def next_stage(stage: Stage) -> Stage | None:
    number = stage_number(stage)
    if number is None or number == len(ORDERED_STAGES):
        return Stage.CLOSED if stage is Stage.PRE_DEPARTURE else None
    return ORDERED_STAGES[number]
