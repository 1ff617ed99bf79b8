"""Failures in words: known errors as their sentence, bugs with a reference and details."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from jpf_desk.domain.errors import ValidationError
from jpf_desk.secrets import KeyringUnavailable
from jpf_desk.store.errors import MigrationFailed, StoreLocked
from jpf_desk.ui import errors


def test_known_failures_are_shown_as_their_sentence(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    cases = [
        (ValidationError("phone.invalid", field="phone"),
         "Số điện thoại không hợp lệ. Ví dụ: 0912 345 678 hoặc +84 912 345 678."),
        (StoreLocked("SQLITE_BUSY"),
         "Kho dữ liệu đang bận. Hãy thử lại sau vài giây; dữ liệu bạn nhập vẫn còn."),
        (MigrationFailed("/data/jpf-desk.db.bak", "detail"),
         "Không thể nâng cấp kho dữ liệu. Dữ liệu cũ vẫn nguyên vẹn "
         "(bản sao: /data/jpf-desk.db.bak)."),
        (KeyringUnavailable("key"),
         "Không truy cập được kho khóa bí mật của hệ thống (keyring). "
         "Hãy mở khóa phiên làm việc rồi thử lại."),
    ]
    for exc, sentence in cases:
        box = errors.show_error(parent, exc)
        assert box.objectName() == "errorBox"
        assert box.text() == sentence
        box.close()


def test_excepthook_shows_a_reference_and_logs_no_personal_data(qtbot, caplog):
    secret = "Nguyễn" + " Văn Bình"
    try:
        {}["x"] = int(secret)  # a bug whose message carries what was typed
    except ValueError:
        kind, exc, tb = sys.exc_info()
    errors.excepthook(kind, exc, tb)
    box = QApplication.activeModalWidget() or next(
        b for b in QApplication.topLevelWidgets() if b.objectName() == "bugBox")
    assert isinstance(box, QMessageBox)
    ref = box.property("reference")
    assert len(ref) == 8
    assert box.text() == (f"Đã xảy ra lỗi không mong muốn. Mã tham chiếu: {ref}. "
                          "Hãy báo cho bộ phận hỗ trợ.")
    assert "builtins.ValueError" in box.detailedText() and ref in box.detailedText()
    assert ref in caplog.text
    assert secret not in caplog.text and secret not in box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "Sao chép chi tiết")
    copy.click()
    assert QApplication.clipboard().text() == box.detailedText()
    assert box.isVisible()  # copying keeps the dialog open
    box.close()  # as Esc or the title bar would
    assert not box.isVisible()
