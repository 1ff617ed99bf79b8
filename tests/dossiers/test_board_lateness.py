"""The board puts the latest dossiers first, whatever their stage."""

from __future__ import annotations

from datetime import timedelta

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.dossier_stages import Stage
from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.dossiers.workflow import DossierInput, change_stage, create_dossier
from jpf_desk.ui.dossiers.board import DossierBoard
from tests.dossiers.helpers import make_customer


def test_latest_first_across_and_within_stages(qtbot, desk):
    vinh = setup.add_staff(desk, "Đỗ Quang Vinh", Role.CONSULTANT)
    today = today_vn()
    # First consultation: 14 days expected. An is on time, Bình 30 days late.
    create_dossier(desk, DossierInput(make_customer(desk, "An"), vinh.id, "september", 2027),
                   today=today)
    create_dossier(desk, DossierInput(make_customer(desk, "Bình"), vinh.id, "september", 2027),
                   today=today - timedelta(days=44))
    # Contract signed: 7 days expected; Chi moved there 107 days ago, 100 days late.
    chi = create_dossier(desk, DossierInput(make_customer(desk, "Chi"), vinh.id, "september",
                                            2027), today=today - timedelta(days=110))
    change_stage(desk, chi.id, Stage.CONTRACT_SIGNED, on=today - timedelta(days=107))
    board = DossierBoard(desk)
    qtbot.addWidget(board)
    board.ui.consultant.setCurrentIndex(0)
    names = [name for _id, name, _late in board.shown()]
    assert names == ["Phạm Minh Chi", "Phạm Minh Bình", "Phạm Minh An"]
    assert [late for _id, _name, late in board.shown()] == ["100 ngày", "30 ngày", ""]
    assert board.ui.tree.currentItem().text(0) == "Phạm Minh Chi"
