"""Opening dossiers, moving them through their stages, and the consultant's board."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.dossier_stages import (
    FINAL_STAGES,
    Stage,
    check_transition,
    days_over,
    intake_label,
    make_intake,
)
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.staff import Action
from jpf_desk.domain.text import clean
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.documents import create_checklist
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import Customer, Dossier, DossierStageChange, Staff

register({
    "dossier.budget_invalid": {
        "vi": "Ngân sách không được âm.",
        "fr": "Le budget ne peut pas être négatif.",
        "en": "The budget cannot be negative.",
    },
    "dossier.consultant_unknown": {
        "vi": "Không tìm thấy tư vấn viên này.",
        "fr": "Conseiller inconnu.",
        "en": "Unknown consultant.",
    },
})


@dataclass(frozen=True)
class DossierInput:
    customer_id: str
    consultant_id: str
    intake_season: str
    intake_year: int
    level_sought: str = ""
    budget_vnd: int | None = None
    note: str = ""


@dataclass(frozen=True)
class DossierView:
    id: str
    customer_id: str
    customer_name: str
    consultant_id: str
    consultant_name: str
    intake_season: str
    intake_year: int
    intake_label: str
    level_sought: str
    budget_vnd: int | None
    stage: Stage
    stage_since: date
    days_late: int
    note: str

    @property
    def late(self) -> bool:
        return self.days_late > 0


@dataclass(frozen=True)
class StageChangeView:
    id: str
    from_stage: Stage | None
    to_stage: Stage
    changed_on: date
    consultant_id: str
    consultant_name: str
    note: str


def _load(session: Session, dossier_id: str) -> Dossier:
    row = session.get(Dossier, dossier_id)
    if row is None:
        raise not_found("dossier", dossier_id)
    return row


def _view(session: Session, d: Dossier, today: date) -> DossierView:
    customer = session.get(Customer, d.customer_id)
    consultant = session.get(Staff, d.consultant_id)
    stage = Stage(d.stage)
    return DossierView(
        d.id, d.customer_id, customer.full_name if customer else "",
        d.consultant_id, consultant.full_name if consultant else "",
        d.intake_season, d.intake_year, intake_label(d.intake_season, d.intake_year), d.level_sought, d.budget_vnd,
        stage, d.stage_since, days_over(stage, d.stage_since, today), d.note,
    )


def _check(session: Session, data: DossierInput, today: date) -> None:
    make_intake(data.intake_season, data.intake_year, today)
    if data.budget_vnd is not None and data.budget_vnd < 0:
        raise ValidationError("dossier.budget_invalid", field="budget")
    if session.get(Staff, data.consultant_id) is None:
        raise ValidationError("dossier.consultant_unknown", field="consultant")


def create_dossier(desk: Desk, data: DossierInput, *, today: date | None = None,
                   note: str = "") -> DossierView:
    """A new dossier at stage 1, with its document checklist from the template."""
    today = today or today_vn()
    with desk.tx() as s:
        if s.get(Customer, data.customer_id) is None:
            raise not_found("customer", data.customer_id)
        _check(s, data, today)
        row = Dossier(
            customer_id=data.customer_id, consultant_id=data.consultant_id,
            intake_season=data.intake_season, intake_year=data.intake_year,
            level_sought=clean(data.level_sought), budget_vnd=data.budget_vnd,
            stage=Stage.FIRST_CONSULTATION.value, stage_since=today, note=data.note.strip(),
        )
        s.add(row)
        s.flush()
        s.add(DossierStageChange(dossier_id=row.id, from_stage=None,
                                 to_stage=Stage.FIRST_CONSULTATION.value, changed_on=today,
                                 consultant_id=desk.actor.staff_id, note=note.strip()))
        create_checklist(s, row.id)
        return _view(s, row, today)


def change_stage(desk: Desk, dossier_id: str, new: Stage, note: str = "",
                 *, on: date | None = None) -> DossierView:
    """Move a dossier; the change is appended to its stage log (never edited)."""
    on = on or today_vn()
    with desk.tx(reason="dossier stage") as s:
        row = _load(s, dossier_id)
        current = Stage(row.stage)
        check_transition(current, new)
        s.add(DossierStageChange(dossier_id=row.id, from_stage=current.value,
                                 to_stage=new.value, changed_on=on,
                                 consultant_id=desk.actor.staff_id, note=note.strip()))
        row.stage, row.stage_since = new.value, on
        return _view(s, row, on)


def get_dossier(desk: Desk, dossier_id: str, *, today: date | None = None) -> DossierView:
    with desk.tx() as s:
        return _view(s, _load(s, dossier_id), today or today_vn())


def stage_history(desk: Desk, dossier_id: str) -> list[StageChangeView]:
    with desk.tx() as s:
        rows = s.execute(
            select(DossierStageChange, Staff.full_name)
            .join(Staff, Staff.id == DossierStageChange.consultant_id)
            .where(DossierStageChange.dossier_id == dossier_id)
            .order_by(DossierStageChange.changed_on, DossierStageChange.created_at)
        ).all()
        return [
            StageChangeView(c.id, Stage(c.from_stage) if c.from_stage else None,
                            Stage(c.to_stage), c.changed_on, c.consultant_id, name, c.note)
            for c, name in rows
        ]


def dossiers_of_customer(desk: Desk, customer_id: str,
                         *, today: date | None = None) -> list[DossierView]:
    today = today or today_vn()
    with desk.tx() as s:
        rows = s.scalars(select(Dossier).where(Dossier.customer_id == customer_id)
                         .order_by(Dossier.created_at))
        return [_view(s, d, today) for d in rows]


@dataclass(frozen=True)
class BoardFilter:
    consultant_id: str | None = None
    intake_season: str | None = None
    intake_year: int | None = None
    late_only: bool = False
    include_finished: bool = False


def board(desk: Desk, flt: BoardFilter = BoardFilter(),
          *, today: date | None = None) -> list[DossierView]:
    """Dossiers for the board, oldest in their stage first; late ones flagged."""
    today = today or today_vn()
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        query = select(Dossier).order_by(Dossier.stage_since, Dossier.id)
        if flt.consultant_id:
            query = query.where(Dossier.consultant_id == flt.consultant_id)
        if flt.intake_season:
            query = query.where(Dossier.intake_season == flt.intake_season)
        if flt.intake_year:
            query = query.where(Dossier.intake_year == flt.intake_year)
        if not flt.include_finished:
            query = query.where(Dossier.stage.not_in([st.value for st in FINAL_STAGES]))
        views = [_view(s, d, today) for d in s.scalars(query)]
    return [v for v in views if v.late] if flt.late_only else views


def intakes_in_use(desk: Desk) -> list[tuple[str, int]]:
    with desk.tx() as s:
        rows = s.execute(select(Dossier.intake_season, Dossier.intake_year).distinct()
                         .order_by(Dossier.intake_year, Dossier.intake_season)).all()
        return [(season, year) for season, year in rows]
