import hashlib
import json
import zipfile
from datetime import date

import pdfplumber
import pytest
from sqlalchemy import text

from jpf_desk.domain.disclosure_items import (
    DisclosureChannel,
    DisclosurePurpose,
    LegalBasis,
    PartnerRequestOutcome,
    doc_item,
    field_item,
)
from jpf_desk.domain.dossier_stages import Stage
from jpf_desk.domain.dossiers import DocumentState, ProgrammeAnswer
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.messages import render_error
from jpf_desk.services.consent.records import short_code_for
from jpf_desk.services.dossiers import documents
from jpf_desk.services.dossiers import workflow as dossiers
from jpf_desk.services.dossiers.programmes import (
    ProgrammeInput,
    add_programme,
)
from jpf_desk.services.sharing.disclosures import SendRequest, disclosures_of_customer
from jpf_desk.services.sharing.package import send_to_partner
from jpf_desk.services.sharing.partner_requests import (
    answer_request,
    log_request,
)
from jpf_desk.services.sharing.partners import set_scope
from jpf_desk.services.sharing.recipients_report import customer_disclosure_report
from tests.dossiers.helpers import give_partner_consent

PASSPORT_BYTES = b"%PDF-1.4 PASSPORT-SCAN-ZQX-7731-UNIQUE-MARKER"


def _item(desk, dossier_id, kind):
    return next(i for i in documents.checklist(desk, dossier_id) if i.kind_code == kind)


def test_stage_log_and_lateness(world):
    d = world.dossier
    assert d.stage is Stage.FIRST_CONSULTATION
    moved = dossiers.change_stage(world.desk, d.id, Stage.CONTRACT_SIGNED, "Ký HĐ",
                                  on=date(2026, 11, 3))
    assert moved.stage_since == date(2026, 11, 3)
    late = dossiers.get_dossier(world.desk, d.id, today=date(2026, 11, 30))
    assert late.late and late.days_late == 20
    history = dossiers.stage_history(world.desk, d.id)
    assert [(h.from_stage, h.to_stage) for h in history] == [
        (None, Stage.FIRST_CONSULTATION), (Stage.FIRST_CONSULTATION, Stage.CONTRACT_SIGNED)]
    assert history[1].note == "Ký HĐ"
    board = dossiers.board(world.desk, dossiers.BoardFilter(late_only=True),
                           today=date(2026, 11, 30))
    assert [b.id for b in board] == [d.id]
    assert dossiers.board(world.desk, dossiers.BoardFilter(late_only=True),
                          today=date(2026, 11, 5)) == []


def test_stage_log_is_append_only(world):
    with world.desk.store.engine.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("UPDATE dossier_stage_changes SET note = 'x'"))
    with world.desk.store.engine.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("DELETE FROM dossier_stage_changes"))


def test_checklist_from_template_and_expiry(world):
    items = documents.checklist(world.desk, world.dossier.id, today=date(2026, 11, 25))
    kinds = {i.kind_code: i for i in items}
    assert kinds["passport"].sensitive and kinds["passport"].required
    assert kinds["bank_statements"].sensitive
    assert not kinds["cv"].sensitive
    assert all(i.state is DocumentState.MISSING for i in items)
    passport = documents.set_received(world.desk, kinds["passport"].id, True,
                                      expiry=date(2027, 1, 10))
    assert passport.received_by_name == "Lê Thu Trang"
    summary = documents.summarise(documents.checklist(world.desk, world.dossier.id,
                                                      today=date(2026, 11, 25)))
    assert summary.expiring == 1 and summary.received == 1
    assert summary.missing_required == sum(1 for i in items if i.required) - 1


def test_attached_file_round_trip_and_hash(world):
    item = _item(world.desk, world.dossier.id, "passport")
    saved = documents.attach_file(world.desk, item.id, "/tmp/ho-chieu.pdf", PASSPORT_BYTES)
    assert saved.encrypted and saved.file_name == "ho-chieu.pdf"
    assert saved.state is DocumentState.RECEIVED
    name, content = documents.read_document(world.desk, item.id)
    assert (name, content) == ("ho-chieu.pdf", PASSPORT_BYTES)


def test_send_refused_without_consent_then_sent(world, tmp_path):
    desk, d, partner = world.desk, world.dossier, world.partner
    documents.attach_file(desk, _item(desk, d.id, "passport").id, "hc.pdf", PASSPORT_BYTES)
    req = SendRequest(d.id, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                      (field_item("full_name"), doc_item("passport")), DisclosureChannel.UPLOAD,
                      LegalBasis.OWN_SUBMISSION)
    out = tmp_path / "out"
    with pytest.raises(DomainError) as err:
        send_to_partner(desk, req, out)
    assert err.value.code == "disclosure.no_consent"
    assert "Espace Campus France Hà Nội" in render_error(err.value)
    assert not out.exists() or not any(out.iterdir())

    receipt_id = give_partner_consent(desk, world.customer_id, partner,
                                      DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE)
    outside = SendRequest(d.id, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                          (field_item("phone"), doc_item("bank_statements")), DisclosureChannel.EMAIL,
                          LegalBasis.OWN_SUBMISSION)
    with pytest.raises(DomainError) as err:
        send_to_partner(desk, outside, out)
    assert err.value.code == "disclosure.out_of_scope"
    assert "Số điện thoại" in render_error(err.value)
    assert "Sao kê ngân hàng" in render_error(err.value)
    no_basis = SendRequest(d.id, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE, req.items,
                           DisclosureChannel.UPLOAD)
    with pytest.raises(ValidationError) as err:
        send_to_partner(desk, no_basis, out)
    assert err.value.code == "disclosure.legal_basis_required"

    with pytest.raises(DomainError) as err:
        send_to_partner(desk, req, out)
    assert err.value.code == "processing.no_sensitive_consent"
    receipt_id = give_partner_consent(desk, world.customer_id, partner,
                                      DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                                      sensitive=("id_card_image",))
    sent = send_to_partner(desk, req, out)
    assert sent.consent_receipt_id == receipt_id
    assert sent.cross_border and sent.legal_basis is LegalBasis.OWN_SUBMISSION
    assert sent.package_path is not None
    with zipfile.ZipFile(sent.package_path) as zf:
        names = zf.namelist()
        assert names[0] == "00-phieu-gui.pdf"
        assert zf.read(names[1]) == PASSPORT_BYTES
        (tmp_path / "cover.pdf").write_bytes(zf.read(names[0]))
    with pdfplumber.open(tmp_path / "cover.pdf") as cover:
        cover_text = " ".join((cover.pages[0].extract_text() or "").split())
        cover_cells = {(row[0] or "").strip(): " ".join((row[-1] or "").split())
                       for table in cover.pages[0].extract_tables() for row in table}
    assert "PHIẾU GỬI HỒ SƠ CHO ĐỐI TÁC" in cover_text
    assert cover_cells["Phiếu đồng ý số"] == short_code_for(receipt_id)
    assert cover_cells["Họ và tên"] == "Phạm Minh Hoà"
    assert hashlib.sha256(PASSPORT_BYTES).hexdigest() in cover_text.replace(" ", "")
    log = disclosures_of_customer(desk, world.customer_id)
    assert [x.id for x in log] == [sent.id]
    assert log[0].document_labels == ("Hộ chiếu",) and log[0].field_labels == ("Họ và tên",)

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(customer_disclosure_report(desk, world.customer_id))
    with pdfplumber.open(pdf) as doc:
        words = " ".join(" ".join(page.extract_text() or "" for page in doc.pages).split())
        rows = [[" ".join((cell or "").split()) for cell in row]
                for page in doc.pages for table in page.extract_tables() for row in table]
    assert "AI ĐÃ NHẬN DỮ LIỆU CỦA TÔI?" in words
    assert "Phạm Minh Hoà" in words
    assert len(rows) == 2  # header + the one disclosure
    line = rows[1]
    assert line[1] == "Espace Campus France Hà Nội (FR)"
    assert line[3] == "Họ và tên, Hộ chiếu"
    assert line[6] == short_code_for(receipt_id)
    assert line[7].startswith("Có (FR)")


def test_document_without_file_cannot_be_sent(world, tmp_path):
    give_partner_consent(world.desk, world.customer_id, world.partner,
                         DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE)
    req = SendRequest(world.dossier.id, world.partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                      (doc_item("transcripts"),), DisclosureChannel.EMAIL, LegalBasis.JPF_TRANSFER)
    with pytest.raises(DomainError) as err:
        send_to_partner(world.desk, req, tmp_path)
    assert err.value.code == "disclosure.document_missing"
    assert disclosures_of_customer(world.desk, world.customer_id) == []


def test_partner_request_logged_with_answer(world):
    req = log_request(world.desk, world.dossier.id, world.partner.id,
                      DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                      (doc_item("transcripts"), doc_item("bank_statements")), "Thiếu học bạ")
    assert req.outcome is PartnerRequestOutcome.PENDING and not req.has_consent
    assert req.outside_scope_labels == ("Sao kê ngân hàng",)
    answered = answer_request(world.desk, req.id, PartnerRequestOutcome.REFUSED,
                              "Sao kê ngoài phạm vi thỏa thuận")
    assert answered.outcome is PartnerRequestOutcome.REFUSED and answered.answered_on is not None


def test_programme_choices(world):
    add_programme(world.desk, world.dossier.id, ProgrammeInput(
        "Université de Lyon", "Lyon", "Master Économie", "M1", date(2027, 1, 5),
        ProgrammeAnswer.PENDING))
    with pytest.raises(ValidationError):
        add_programme(world.desk, world.dossier.id, ProgrammeInput("  "))


def test_outbox_rows_for_dossier_tables(world):
    with world.desk.store.engine.connect() as conn:
        tables = set(conn.execute(text("SELECT DISTINCT table_name FROM outbox")).scalars())
    assert {"dossiers", "dossier_stage_changes", "dossier_documents", "partners",
            "partner_scopes"} <= tables
    _ = json


def test_withdrawn_partner_consent_refuses_later_sends_but_keeps_the_log(world, tmp_path):
    from jpf_desk.services.consent.capture import withdraw_consent

    desk, d, partner = world.desk, world.dossier, world.partner
    give_partner_consent(desk, world.customer_id, partner, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE)
    req = SendRequest(d.id, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                      (field_item("full_name"), field_item("email")), DisclosureChannel.EMAIL,
                      LegalBasis.JPF_TRANSFER)
    first = send_to_partner(desk, req, tmp_path)
    withdraw_consent(desk, world.customer_id, [],
                     partners=[(partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE.value)])
    with pytest.raises(DomainError) as err:
        send_to_partner(desk, req, tmp_path / "again")
    assert err.value.code == "disclosure.no_consent"
    assert [x.id for x in disclosures_of_customer(desk, world.customer_id)] == [first.id]


def test_domestic_partner_needs_no_legal_basis(world, tmp_path):
    from jpf_desk.domain.disclosure_items import PartnerKind
    from jpf_desk.services.sharing.partners import PartnerInput, save_partner, set_scope

    translator = save_partner(world.desk, PartnerInput("Dịch thuật Ba Đình", PartnerKind.TRANSLATOR,
                                                       "vn"))
    translator = set_scope(world.desk, translator.id, DisclosurePurpose.TRANSLATION,
                           [field_item("full_name")])
    give_partner_consent(world.desk, world.customer_id, translator, DisclosurePurpose.TRANSLATION)
    sent = send_to_partner(world.desk, SendRequest(
        world.dossier.id, translator.id, DisclosurePurpose.TRANSLATION, (field_item("full_name"),),
        DisclosureChannel.PAPER), tmp_path)
    assert not sent.cross_border and sent.legal_basis is None
    assert translator.country == "VN"


def test_seeded_document_kinds_have_the_same_ids_everywhere(world):
    from sqlalchemy import select

    from jpf_desk.services.dossiers.document_kinds import seed_id
    from jpf_desk.store.base import SHARED_CENTRE
    from jpf_desk.store.models import DocumentKind

    with world.desk.tx() as s:
        rows = {k.code: k for k in s.scalars(select(DocumentKind))}
    assert rows["passport"].id == seed_id("passport") == seed_id("passport")
    assert rows["passport"].id != seed_id("cccd")
    assert {k.centre_id for k in rows.values()} == {SHARED_CENTRE}


def test_cover_sheet_names_the_sex_in_words(world, tmp_path):
    """The cover sheet's sex comes from the one Sex label ("Nữ"), not a code or a copy."""
    desk, d = world.desk, world.dossier
    partner = set_scope(desk, world.partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                        (field_item("full_name"), field_item("sex")))
    give_partner_consent(desk, world.customer_id, partner,
                         DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE)
    sent = send_to_partner(desk, SendRequest(
        d.id, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
        (field_item("full_name"), field_item("sex")), DisclosureChannel.UPLOAD,
        LegalBasis.OWN_SUBMISSION), tmp_path / "out")
    assert sent.package_path is not None
    with zipfile.ZipFile(sent.package_path) as zf:
        (tmp_path / "cover.pdf").write_bytes(zf.read("00-phieu-gui.pdf"))
    with pdfplumber.open(tmp_path / "cover.pdf") as cover:
        cells = {(row[0] or "").strip(): " ".join((row[-1] or "").split())
                 for table in cover.pages[0].extract_tables() for row in table}
    assert cells["Giới tính"] == "Nữ"
