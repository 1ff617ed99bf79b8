import importlib

import pytest

from jpf_desk.domain import messages
from jpf_desk.domain.errors import DomainWarning, ValidationError

DOMAIN_MODULES = [
    "addresses", "dates", "id_documents", "money", "names", "people", "phones",
]  # fmt: skip


@pytest.fixture(scope="module", autouse=True)
def _import_all() -> None:
    for name in DOMAIN_MODULES:
        importlib.import_module(f"jpf_desk.domain.{name}")


def test_render_languages_and_params() -> None:
    messages.register(
        {"test.hello": {"vi": "Xin chào {name}", "fr": "Bonjour {name}", "en": "Hi {name}"}}
    )
    assert messages.render("test.hello", {"name": "Lan"}) == "Xin chào Lan"
    assert messages.render("test.hello", {"name": "Lan"}, "fr") == "Bonjour Lan"
    assert messages.render("test.hello", {"name": "Lan"}, "en") == "Hi Lan"


def test_fallbacks() -> None:
    messages.register({"test.vi_only": {"vi": "Chỉ tiếng Việt"}})
    assert messages.render("test.vi_only", lang="en") == "Chỉ tiếng Việt"
    assert messages.render("test.unknown.code", lang="fr") == "test.unknown.code"


def test_missing_param_and_broken_template_do_not_crash() -> None:
    messages.register({"test.param": {"vi": "Giá trị {missing} và {0}"}})
    assert "{missing}" in messages.render("test.param", {})
    messages.register({"test.broken": {"vi": "Hỏng {"}})
    assert messages.render("test.broken") == "Hỏng {"


def test_render_error_and_warning() -> None:
    err = ValidationError("name.too_long", field="given_name", max=100)
    assert "100" in messages.render_error(err)
    assert "100" in messages.render_error(err, "fr")
    w = DomainWarning("id.passport_expires_soon", "id_expiry", {"months": 6})
    assert "6" in messages.render_error(w, "en")


PLAIN_VIETNAMESE = {"label.Sex.male": "Nam"}


def test_every_registered_domain_code_has_three_languages() -> None:
    codes = {c for c in messages.registered_codes() if not c.startswith("test.")}
    expected = {
        "phone.invalid", "phone.empty", "phone.converted", "name.given_required",
        "name.too_long", "name.invalid_chars", "id.cccd_format", "id.cccd_birth_mismatch",
        "id.cccd_sex_mismatch", "id.passport_format", "id.passport_expiry_required",
        "id.passport_expired", "address.unknown_province", "address.commune_not_in_province",
        "money.invalid", "date.invalid", "birth_date.in_future", "birth_date.too_old",
    }  # fmt: skip
    assert expected <= codes
    for code in codes:
        texts = messages.translations(code)
        for lang in messages.LANGUAGES:
            assert texts.get(lang), (code, lang)
        # Vietnamese text really is Vietnamese, i.e. carries diacritics (a one-word label
        # may have none: those are written out here).
        if code in PLAIN_VIETNAMESE:
            assert texts["vi"] == PLAIN_VIETNAMESE[code]
        else:
            assert not texts["vi"].isascii(), code
