"""An export that does not match the shipped schema is refused, never written, and the
refusal names the JSON path and the rule broken, never the values (personal data)."""

import dataclasses

import pytest

from jpf_desk.cli import main
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.export import ReceiptExportInvalid, check_export, kantara_receipt
from jpf_desk.store.engine import connect
from tests.consent.builders import ADULT_NAME, NOW, new_adult
from tests.helpers.staff import password_on_stdin, signed_in_args


@pytest.fixture
def receipt(desk):
    cid = new_adult(desk)
    return capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)


def test_a_valid_export_passes_the_check(receipt):
    check_export(kantara_receipt(receipt))  # raises if not


@pytest.mark.parametrize(("damage", "problem"), [
    (lambda e: e.update(consentTimestamp=-1), "$.consentTimestamp: minimum"),
    (lambda e: e.update(version="KI-CR-v1.0.0"), "$.version: const"),
    (lambda e: e.pop("piiControllers"), "$: required"),
    (lambda e: e["services"][0]["purposes"][0].update(thirdPartyDisclosure=True),
     "$.services[0].purposes[0]: required"),  # a disclosure must name the third party
    (lambda e: e.update(spiCat="CCCD"), "$.spiCat: type"),
])
def test_a_broken_export_is_refused_with_where_and_which_rule(receipt, damage, problem):
    exported = kantara_receipt(receipt)
    damage(exported)
    with pytest.raises(ReceiptExportInvalid) as caught:
        check_export(exported)
    assert caught.value.problems == (problem,)
    assert caught.value.receipt_id == receipt.id


def test_the_refusal_does_not_carry_the_values(receipt):
    exported = kantara_receipt(receipt)
    exported["piiPrincipalId"] = ""
    exported["jurisdiction"] = ADULT_NAME[:1]  # too short, and personal
    exported["consentTimestamp"] = ADULT_NAME
    with pytest.raises(ReceiptExportInvalid) as caught:
        check_export(exported)
    assert caught.value.problems == ("$.consentTimestamp: type", "$.jurisdiction: minLength",
                                     "$.piiPrincipalId: minLength")
    assert ADULT_NAME not in str(caught.value) and f"'{ADULT_NAME[:1]}'" not in str(caught.value)


def test_a_receipt_whose_content_cannot_be_exported_is_refused_at_the_source(receipt):
    damaged = dataclasses.replace(receipt, content={**receipt.content, "jurisdiction": "V"})
    with pytest.raises(ReceiptExportInvalid) as caught:
        kantara_receipt(damaged)
    assert caught.value.problems == ("$.jurisdiction: minLength",)


def test_cli_export_of_a_damaged_receipt_writes_nothing(receipt, store, capsys, tmp_path,
                                                       monkeypatch):
    conn = connect(store.path, store.key)  # a store damaged behind the program's back
    (ddl,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'consent_receipts_no_update'").fetchone()
    conn.execute("DROP TRIGGER consent_receipts_no_update")
    conn.execute("UPDATE consent_receipts SET content = json_set(content, '$.jurisdiction', '')"
                 " WHERE id = ?", (receipt.id,))
    conn.execute(ddl)
    conn.commit()
    conn.close()
    out_json, out_pdf = tmp_path / "r.json", tmp_path / "r.pdf"
    password_on_stdin(monkeypatch)
    code = main(["receipts", "export", receipt.short_code, "--data-dir", str(store.path.parent),
                 *signed_in_args(), "--json", str(out_json), "--pdf", str(out_pdf)])
    captured = capsys.readouterr()
    assert code == 1
    assert not out_json.exists() and not out_pdf.exists()
    assert "$.jurisdiction: minLength" in captured.err and receipt.id in captured.err
    assert ADULT_NAME not in captured.err and captured.out == ""
    password_on_stdin(monkeypatch)
    code = main(["receipts", "export", receipt.short_code, "--data-dir", str(store.path.parent),
                 *signed_in_args()])
    assert code == 1 and capsys.readouterr().out == ""  # nor printed to stdout
