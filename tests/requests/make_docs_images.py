"""Make docs/screenshot-queue.png and docs/access-report-page.png from invented data.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.requests.make_docs_images
(needs pdftoppm from poppler-utils).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import IdentityCheck, RequestChannel
from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.rights import access_report, documents, requests, update_decision
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.store.engine import open_store
from tests.helpers.staff import TEST_PASSWORD, signed_in
from tests.requests.builders import make_person

DOCS = Path(__file__).resolve().parents[2] / "docs"


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "data")
        desk = setup.initialise(store, "HN1", "JPF Hà Nội – Cơ sở 1", "Lê Thu Trang",
                                password=TEST_PASSWORD)
        manager = signed_in(desk, "Vũ Thanh Mai", Role.MANAGER)
        people = [
            make_person(desk, "Phạm Thị Hương Giang", "0913 222 444", "001199088812"),
            make_person(desk, "Lý Văn Toàn", "0914 000 111", "001199000111", "7 Phố Lò Đúc"),
            make_person(desk, "Đặng Ngọc Ánh", "0915 333 222", "001199000222", "3 Hàng Bài"),
            make_person(desk, "Hoàng Minh Đức", "0916 444 555", "001199000333", "21 Kim Mã"),
        ]
        today = today_vn()

        def file(i: int, kind: RequestKind, days_ago: int, ack: bool = True,
                 **extra: object) -> str:
            r = requests.file_request(desk, RequestInput(
                customer_id=people[i].id, kind=kind, received_on=today - timedelta(days_ago),
                channel=RequestChannel.PAPER if i % 2 else RequestChannel.DESK,
                identity_check=IdentityCheck.ID_DOCUMENT, **extra))  # type: ignore[arg-type]
            if ack:
                requests.acknowledge(desk, r.id)
            return r.id

        file(1, RequestKind.ACCESS, 14)
        file(2, RequestKind.DELETE, 18)
        file(3, RequestKind.OBJECT, 1, ack=False, purposes=("marketing",))
        file(0, RequestKind.ACCESS, 2)
        update = file(0, RequestKind.UPDATE, 3, changes={"street": "45 Phố Huế"})
        update_decision.approve_update(manager, update, today=today)

        from jpf_desk.ui.main_window import MainWindow

        window = MainWindow(desk)
        window.resize(1280, 720)
        window.show()
        view = window.show_section("requests")
        view.ui.openOnly.setChecked(False)
        view.ui.table.selectRow(3)
        app.processEvents()
        window.grab().save(str(DOCS / "screenshot-queue.png"))
        window.close()

        report = access_report.build_report(desk, people[0].id)
        pdf = Path(tmp) / "report.pdf"
        pdf.write_bytes(documents.access_report_pdf(report, "JPF Hà Nội – Cơ sở 1"))
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(DOCS / "access-report-page")], check=True)
        store.close()


if __name__ == "__main__":
    main()
