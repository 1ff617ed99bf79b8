import json
import shutil
from pathlib import Path

import pytest

from jpf_desk.services.consent.policy import (
    PolicyError,
    current_policy,
    load_policy,
    policy_root,
    text_hash,
)

SHARED_POLICY = Path(__file__).resolve().parents[2] / ".." / "shared" / "policy" / "jpf-data-policy.vi.txt"


def test_shipped_policy_is_the_published_text_identified_by_its_hash():
    policy = current_policy()
    published = SHARED_POLICY.read_bytes()
    assert policy.text.encode("utf-8") == published
    assert policy.sha256 == text_hash(published)
    assert policy.purpose_codes == ("service", "marketing", "improvement", "analytics", "contact")
    assert [p.required for p in policy.purposes] == [True, False, False, False, False]
    for p in policy.purposes:
        assert set(p.text) == {"vi", "fr", "en"} and set(p.if_withdrawn) == {"vi", "fr", "en"}
        assert p.text["vi"] in policy.text  # the policy's own wording


def test_a_new_version_is_data_and_a_changed_text_is_refused(tmp_path):
    source = policy_root() / current_policy().version
    folder = tmp_path / "2027-01-jpf-v2"
    shutil.copytree(source, folder)
    text = folder / "policy.vi.txt"
    text.write_bytes(text.read_bytes() + "\nĐiều khoản mới.\n".encode())
    with pytest.raises(PolicyError):
        load_policy(folder)  # the manifest still names the old hash
    manifest = json.loads((folder / "policy.json").read_text(encoding="utf-8"))
    manifest.update(version="2027-01-jpf-v2", text_sha256=text_hash(text.read_bytes()))
    (folder / "policy.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    newer = load_policy(folder)
    assert newer.version == "2027-01-jpf-v2" and newer.sha256 != current_policy().sha256
    assert "Điều khoản mới." in newer.text
