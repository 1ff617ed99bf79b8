"""A dossier document whose scan this desk does not hold (attached on another desk of the
centre: files never go through head office; or removed from the data folder by hand):
the checklist says so and the dossier window does not offer to open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from jpf_desk.services.dossiers import documents
from tests.dossiers.conftest import World

SCAN = b"%PDF-1.4 invented scan, not a real person's"
ELSEWHERE = ("Tệp này không có trên máy này: bản quét chỉ được lưu trên máy đã đính kèm nó "
             "(tệp không đi qua trụ sở), hoặc đã bị xoá khỏi thư mục dữ liệu. Hãy mở hoặc "
             "gửi tệp từ máy đó.")


def _files(data_dir: Path) -> set[Path]:
    return {p for p in (data_dir / "files").rglob("*") if p.is_file()}


def _attach(world: World, kind: str) -> Path:
    """Attach a scan to the document of `kind`; the file it was sealed into."""
    data_dir = world.desk.store.path.parent
    before = _files(data_dir) if (data_dir / "files").exists() else set()
    item = next(i for i in documents.checklist(world.desk, world.dossier.id)
                if i.kind_code == kind)
    documents.attach_file(world.desk, item.id, f"{kind}.pdf", SCAN)
    (added,) = _files(data_dir) - before
    return added


def test_the_checklist_says_which_scans_are_on_this_desk(world: World) -> None:
    _attach(world, "passport")
    _attach(world, "transcripts").unlink()
    here = {i.kind_code: i.file_here for i in documents.checklist(world.desk, world.dossier.id)
            if i.has_file}
    assert here == {"passport": True, "transcripts": False}


def test_open_is_offered_only_for_a_scan_this_desk_holds(qtbot, world: World) -> None:
    from jpf_desk.ui.dossiers.dossier_dialog import DossierDialog

    _attach(world, "passport")
    _attach(world, "transcripts").unlink()
    dialog = DossierDialog(world.desk, world.dossier.id)
    qtbot.addWidget(dialog)
    docs, button = dialog.documents, dialog.ui.openFile
    expected = {"passport": (True, ""),
                "transcripts": (False, ELSEWHERE),
                "cv": (False, "")}
    for kind, (enabled, tip) in expected.items():
        docs.ui.docTable.setCurrentCell(docs.row_of(kind), 0)
        assert (button.isEnabled(), button.toolTip()) == (enabled, tip), kind
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # disabled: nothing happens


def test_the_send_dialog_names_a_scan_kept_on_another_desk(qtbot, world: World) -> None:
    from jpf_desk.ui.dossiers.dossier_dialog import DossierDialog

    _attach(world, "passport")
    _attach(world, "transcripts").unlink()
    dialog = DossierDialog(world.desk, world.dossier.id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.sendToPartner, Qt.MouseButton.LeftButton)
    send = dialog.send_dialog
    assert send is not None
    labels = {send.ui.items.item(i).text() for i in range(send.ui.items.count())}
    assert {"Hộ chiếu", "Học bạ, bảng điểm (tệp ở máy khác)",
            "Sơ yếu lý lịch (CV) (chưa có tệp)"} <= labels
    send.reject()
