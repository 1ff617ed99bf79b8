"""The purposes a customer can restrict come from the policy versions, not from a copy."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.consent import policy
from jpf_desk.services.rights import restriction

NEW_PURPOSE = {
    "code": "alumni_news",
    "required": False,
    "kantara_category": "6 - Marketing",
    "pii_categories": ["2 - Contact"],
    "text": {"vi": "Gửi bản tin cựu học viên", "fr": "Envoyer la lettre des anciens élèves",
             "en": "Send the alumni newsletter"},
    "if_withdrawn": {"vi": "Bạn sẽ không nhận bản tin nữa.",
                     "fr": "Vous ne recevrez plus la lettre.",
                     "en": "You will no longer receive the newsletter."},
}


@pytest.fixture
def policy_v2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shipped version plus a newer one naming one more purpose."""
    root = tmp_path / "policy"
    shipped = policy.policy_root() / "2025-11-jpf-v1"
    shutil.copytree(shipped, root / "2025-11-jpf-v1")
    newer = root / "2027-01-jpf-v2"
    shutil.copytree(shipped, newer)
    manifest = json.loads((newer / "policy.json").read_text(encoding="utf-8"))
    manifest["version"] = "2027-01-jpf-v2"
    manifest["purposes"].append(NEW_PURPOSE)
    (newer / "policy.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    monkeypatch.setattr(policy, "policy_root", lambda: root)
    policy.all_policies.cache_clear()
    yield
    policy.all_policies.cache_clear()


def test_a_purpose_no_policy_names_cannot_be_restricted(desk, person):
    with pytest.raises(ValidationError) as caught:
        restriction.restrict(desk, person.id, RequestKind.RESTRICT, ["alumni_news"])
    assert caught.value.code == "rights.purpose_unknown"


def test_a_purpose_added_by_a_new_policy_version_can_be_restricted(desk, person, policy_v2):
    flag = restriction.restrict(desk, person.id, RequestKind.RESTRICT, ["alumni_news", "marketing"])
    assert flag.purposes == ("alumni_news", "marketing")
    assert restriction.restrictions_of(desk, person.id)[0].purposes == ("alumni_news", "marketing")
    assert restriction.purpose_choices("fr") == [
        ("service", "Fournir et gérer le service demandé par le client"),
        ("marketing", "Mener des actions de marketing et envoyer des offres promotionnelles "
                      "au client"),
        ("improvement", "Améliorer et faire évoluer les services et l'expérience selon les "
                        "besoins du client"),
        ("analytics", "Gérer, analyser et évaluer les chiffres pour bâtir une politique "
                      "commerciale et de service adaptée"),
        ("contact", "Contacter le client pour traiter ses demandes"),
        ("alumni_news", "Envoyer la lettre des anciens élèves"),
    ]
    assert restriction.PURPOSES["alumni_news"] == "Gửi bản tin cựu học viên"
