import hashlib
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

# SHA-256 of JPF's data policy as published (jpf-data-policy.vi.txt, 2025-11): the words
# customers consent to. Written out here so that the shipped text is checked against the
# published one without reading anything outside the project.
PUBLISHED_SHA256 = "c46c19b910caa7143d930f16a841e6156695436e0d44de078cdb30d39d1304af"
SHIPPED_TEXT = (Path(__file__).resolve().parents[2] / "jpf_desk" / "resources" / "policy" / "2025-11-jpf-v1"
                / "policy.vi.txt")


def test_shipped_policy_is_the_published_text_identified_by_its_hash():
    policy = current_policy()
    shipped = SHIPPED_TEXT.read_bytes()
    assert hashlib.sha256(shipped).hexdigest() == PUBLISHED_SHA256
    assert policy.version == "2025-11-jpf-v1"
    assert policy.text.encode("utf-8") == shipped
    assert policy.sha256 == PUBLISHED_SHA256
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
