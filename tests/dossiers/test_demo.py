from sqlalchemy import func, select

from jpf_desk.domain.dossier_stages import Stage
from jpf_desk.services.consent.queries import active_partner_consent
from jpf_desk.services.demo import build as demo
from jpf_desk.services.dossiers.workflow import BoardFilter, board
from jpf_desk.services.sharing.partners import list_partners
from jpf_desk.store.models import Disclosure


def test_demo_has_dossiers_at_every_stage_partners_and_disclosures(desk):
    assert "jpf_desk.services.demo.dossiers:demo_dossiers" in demo.DEMO_EXTENSIONS
    demo.fill_demo(desk.store, 160, seed=7, desk=desk)
    views = board(desk, BoardFilter(include_finished=True))
    assert len(views) == 34
    assert {v.stage for v in views} == set(Stage)
    assert any(v.late for v in views) and not all(v.late for v in views)
    assert len(list_partners(desk)) == 6
    with desk.tx() as s:
        rows = list(s.scalars(select(Disclosure)))
        assert rows and s.scalar(select(func.count()).select_from(Disclosure)) == len(rows)
        for d in rows:  # every demo disclosure is covered by a consent that is active
            assert active_partner_consent(s, d.customer_id, d.partner_id, d.purpose)


def test_demo_never_sends_sensitive_documents_without_that_consent(desk):
    """Issue 14: the demo sent passports and bank statements under receipts marked
    "no sensitive data". Each sent sensitive document needs its kind's consent."""
    import json

    from jpf_desk.services.consent.queries import latest_receipt_row

    by_kind = {"passport": "id_card_image", "bank_statements": "bank_statement"}
    demo.fill_demo(desk.store, 160, seed=7, desk=desk)
    with desk.tx() as s:
        rows = list(s.scalars(select(Disclosure)))
        sensitive_sends = 0
        for d in rows:
            kinds = {i.removeprefix("doc:") for i in d.items.split() if i.startswith("doc:")}
            needed = {by_kind[k] for k in kinds if k in by_kind}
            if not needed:
                continue
            sensitive_sends += 1
            latest = latest_receipt_row(s, d.customer_id)
            assert latest is not None
            content = json.loads(latest.content)
            assert content["sensitive"]["involved"]
            assert needed <= set(content["sensitive"]["kinds"])
        assert sensitive_sends > 0
        cross = [d for d in rows if d.cross_border]
        assert cross and all(d.legal_basis for d in cross)
        # Plausible cases (LAW.md): the student's own Études en France file and school
        # applications are their own submission; JPF itself subscribes the insurance.
        expected = {"campus_france_procedure": "own_submission",
                    "school_application": "own_submission", "insurance": "jpf_transfer"}
        assert {(d.purpose, d.legal_basis) for d in cross} <= set(expected.items())
