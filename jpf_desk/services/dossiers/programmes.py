"""Programme choices of a dossier: the short list of schools and their answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from jpf_desk.domain.dossiers import ProgrammeAnswer
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.text import clean
from jpf_desk.services.desk import Desk
from jpf_desk.store.models import Dossier, ProgrammeChoice

register({
    "programme.school_required": {
        "vi": "Cần nhập tên trường.",
        "fr": "Le nom de l'établissement est obligatoire.",
        "en": "The school name is required.",
    },
})


@dataclass(frozen=True)
class ProgrammeInput:
    school: str
    city: str = ""
    programme: str = ""
    level: str = ""
    applied_on: date | None = None
    answer: ProgrammeAnswer = ProgrammeAnswer.NONE


@dataclass(frozen=True)
class ProgrammeView:
    id: str
    rank: int
    school: str
    city: str
    programme: str
    level: str
    applied_on: date | None
    answer: ProgrammeAnswer


def _view(p: ProgrammeChoice) -> ProgrammeView:
    return ProgrammeView(p.id, p.rank, p.school, p.city, p.programme, p.level,
                         p.applied_on, ProgrammeAnswer(p.answer))


def add_programme(desk: Desk, dossier_id: str, data: ProgrammeInput) -> ProgrammeView:
    school = clean(data.school)
    if not school:
        raise ValidationError("programme.school_required", field="school")
    with desk.tx() as s:
        if s.get(Dossier, dossier_id) is None:
            raise not_found("dossier", dossier_id)
        rank = (s.scalar(select(func.max(ProgrammeChoice.rank))
                         .where(ProgrammeChoice.dossier_id == dossier_id)) or 0) + 1
        row = ProgrammeChoice(dossier_id=dossier_id, rank=rank, school=school,
                              city=clean(data.city), programme=clean(data.programme),
                              level=clean(data.level), applied_on=data.applied_on,
                              answer=data.answer.value)
        s.add(row)
        s.flush()
        return _view(row)


def set_answer(desk: Desk, choice_id: str, answer: ProgrammeAnswer,
               applied_on: date | None = None) -> ProgrammeView:
    with desk.tx() as s:
        row = s.get(ProgrammeChoice, choice_id)
        if row is None:
            raise not_found("programme", choice_id)
        row.answer = answer.value
        if applied_on is not None:
            row.applied_on = applied_on
        return _view(row)


def programmes_of(desk: Desk, dossier_id: str) -> list[ProgrammeView]:
    with desk.tx() as s:
        rows = s.scalars(select(ProgrammeChoice).where(ProgrammeChoice.dossier_id == dossier_id)
                         .order_by(ProgrammeChoice.rank))
        return [_view(r) for r in rows]
