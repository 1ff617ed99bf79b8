import json
from datetime import timedelta
from pathlib import Path

import jsonschema
import pdfplumber
import pytest

from jpf_desk.cli import main
from jpf_desk.services.consent.capture import ConsentInput, capture_consent, withdraw_consent
from jpf_desk.services.consent.export import kantara_receipt
from jpf_desk.services.consent.integrity import canonical, chain_hash
from jpf_desk.store.engine import connect
from tests.consent.builders import NOW, new_adult, new_minor
from tests.helpers.staff import password_on_stdin, signed_in_args

# The project's own copy (resources/specs/README.md says where it comes from).
SCHEMA = Path(__file__).resolve().parents[2] / "jpf_desk" / "resources" / "specs" / "consent-receipt.schema.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_export_validates_and_keeps_refusals(desk, validator):
    cid = new_adult(desk)
    receipt = capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    exported = kantara_receipt(receipt)
    validator.validate(exported)
    assert exported["consentTimestamp"] == int(NOW.timestamp())
    listed = {p["jpfPurposeCode"]: p["jpfChoice"] for p in exported["services"][0]["purposes"]}
    assert listed == {"service": "given"}  # a refusal is never listed as a Kantara purpose
    states = {s["purposeCode"]: s["state"] for s in exported["jpfConsentStates"]}
    assert states["marketing"] == "refused" and states["service"] == "given"
    content = exported["jpfContent"]
    assert chain_hash(exported["jpfIntegrity"]["previousHash"], canonical(content)) == \
        receipt.content_hash


def test_export_of_a_minor_with_a_partner_validates(desk, validator):
    from jpf_desk.services.consent.capture import MinorDecision, add_partner_consents
    from jpf_desk.services.consent.content import PartnerChoice
    from jpf_desk.services.customers.records import get_customer
    from tests.consent.builders import new_partner

    cid = new_minor(desk)
    partner = new_partner(desk, "Campus France", "FR",
                          {"campus_france_procedure": ("field:full_name",)})
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service"}), guardian_consented=True,
                                            child_consented=True,
                                            sensitive_kinds=("id_card_image",)), now=NOW)
    guardian = get_customer(desk, cid).guardians[0]
    receipt = add_partner_consents(desk, cid, [PartnerChoice(partner.id, "campus_france_procedure",
                                                             True)],
                                   decided_by=MinorDecision(guardian.id, True, True),
                                   now=NOW + timedelta(minutes=1))
    exported = kantara_receipt(receipt)
    validator.validate(exported)
    third = [p for p in exported["services"][0]["purposes"] if p["thirdPartyDisclosure"]]
    assert third[0]["thirdPartyName"] == "Campus France"
    assert exported["sensitive"] is True and exported["spiCat"] == ["ID card image"]
    assert exported["jpfGuardian"]["relationship"] == "mother"


def _cli(capsys, *argv):
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_cli_list_export_and_verify(desk, store, capsys, tmp_path, validator, monkeypatch):
    cid = new_adult(desk)
    first = capture_consent(desk, cid, ConsentInput(given=frozenset({"service", "marketing"})),
                            now=NOW)
    second = withdraw_consent(desk, cid, ["marketing"], now=NOW + timedelta(days=1))
    data_dir = str(store.path.parent)
    password_on_stdin(monkeypatch)
    code, out = _cli(capsys, "receipts", "list", "--data-dir", data_dir, "--json",
                     *signed_in_args())
    assert code == 0
    listed = {r["id"]: r for r in json.loads(out)}
    assert listed[first.id]["status"] == "superseded" and listed[second.id]["status"] == "active"
    assert listed[second.id]["customer_id"] == cid
    assert listed[second.id]["time"] == "2026-11-26T09:30:00+07:00"

    pdf, js = tmp_path / "r.pdf", tmp_path / "r.json"
    password_on_stdin(monkeypatch)
    code, _ = _cli(capsys, "receipts", "export", second.short_code, "--data-dir", data_dir,
                   *signed_in_args(), "--pdf", str(pdf), "--json", str(js))
    assert code == 0
    validator.validate(json.loads(js.read_text(encoding="utf-8")))
    with pdfplumber.open(pdf) as doc:
        assert "BẢN SAO" in doc.pages[0].extract_text()

    password_on_stdin(monkeypatch)
    code, out = _cli(capsys, "--lang", "en", "verify", "--data-dir", data_dir,
                     *signed_in_args())
    assert code == 0 and out.startswith("OK: 2 receipts")

    conn = connect(store.path, store.key)
    (ddl,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'consent_events_no_update'").fetchone()
    conn.execute("DROP TRIGGER consent_events_no_update")
    event_id = conn.execute("SELECT id FROM consent_events WHERE receipt_id = ? AND purpose = "
                            "'service'", (first.id,)).fetchone()[0]
    conn.execute("UPDATE consent_events SET occurred_at = '2026-11-20 01:00:00.000000' "
                 "WHERE id = ?", (event_id,))
    conn.execute(ddl)
    conn.commit()
    conn.close()
    password_on_stdin(monkeypatch)
    code, out = _cli(capsys, "--lang", "en", "verify", "--data-dir", data_dir,
                     *signed_in_args())
    assert code == 1
    assert first.id in out and event_id in out
