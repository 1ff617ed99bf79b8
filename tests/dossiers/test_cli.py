import json

import pdfplumber

from jpf_desk.cli import main
from jpf_desk.domain.disclosure_items import (
    DisclosureChannel,
    DisclosurePurpose,
    LegalBasis,
    field_item,
)
from jpf_desk.services.sharing.disclosures import SendRequest
from jpf_desk.services.sharing.package import send_to_partner
from tests.dossiers.helpers import give_partner_consent
from tests.helpers.staff import password_on_stdin, signed_in_args


def test_cli_board_disclosures_and_report(world, tmp_path, capsys, monkeypatch):
    give_partner_consent(world.desk, world.customer_id, world.partner,
                         DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE)
    sent = send_to_partner(world.desk, SendRequest(
        world.dossier.id, world.partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
        (field_item("full_name"),), DisclosureChannel.UPLOAD, LegalBasis.JPF_TRANSFER), tmp_path / "out")
    data = str(world.desk.store.path.parent)

    password_on_stdin(monkeypatch)
    assert main(["dossiers", "--data-dir", data, *signed_in_args(), "board", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["id"] == world.dossier.id and row["stage"] == "first_consultation"

    password_on_stdin(monkeypatch)
    assert main(["dossiers", "--data-dir", data, *signed_in_args(), "disclosures",
                 world.customer_id]) == 0
    (disclosed,) = json.loads(capsys.readouterr().out)
    assert disclosed["id"] == sent.id and disclosed["legal_basis"] == "jpf_transfer"
    assert disclosed["items"] == ["field:full_name"]

    pdf = tmp_path / "report.pdf"
    password_on_stdin(monkeypatch)
    assert main(["dossiers", "--data-dir", data, *signed_in_args(), "report",
                 world.customer_id, "--out", str(pdf)]) == 0
    with pdfplumber.open(pdf) as doc:
        text = " ".join((doc.pages[0].extract_text() or "").split())
    assert "Phạm Minh Hoà" in text and "Espace Campus" in text
