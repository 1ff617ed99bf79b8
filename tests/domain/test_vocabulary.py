"""Every enum of the domain has its words in vi, fr and en, and lives only in domain/."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from enum import StrEnum
from types import ModuleType

import jpf_desk.domain
import jpf_desk.services
from jpf_desk.domain.consent import ConsentAction, ConsentMethod, ReceiptStatus
from jpf_desk.domain.customer_fields import CustomerField
from jpf_desk.domain.disclosure_items import DisclosureChannel, DisclosureField, DisclosurePurpose
from jpf_desk.domain.dossier_stages import Stage
from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.labels import label, label_code
from jpf_desk.domain.messages import LANGUAGES, translations
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.domain.people import Relationship
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import RequestChannel, RequestStatus


def _modules(package: ModuleType) -> list[ModuleType]:
    return [importlib.import_module(info.name)
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]


def _enums(package: ModuleType) -> list[type[StrEnum]]:
    return [obj for module in _modules(package)
            for _, obj in inspect.getmembers(module, inspect.isclass)
            if issubclass(obj, StrEnum) and obj.__module__ == module.__name__]


def test_every_domain_enum_has_a_label_for_every_member_in_each_language() -> None:
    enums = _enums(jpf_desk.domain)
    assert len(enums) >= 25  # the walk really found the vocabulary
    missing = [(label_code(m), lang) for enum in enums for m in enum
               for lang in LANGUAGES if not translations(label_code(m)).get(lang)]
    assert missing == []


def test_enum_names_are_unique_across_the_domain() -> None:
    names = [e.__name__ for e in _enums(jpf_desk.domain)]
    assert sorted(names) == sorted(set(names))


def test_services_define_no_vocabulary_of_their_own() -> None:
    # Keep is a choice made in the conflict window, Kind the kinds of record a view
    # refreshes by (services/changes.py): neither is stored nor shown to anyone.
    assert sorted(e.__name__ for e in _enums(jpf_desk.services)) == ["Keep", "Kind"]


def test_known_labels() -> None:
    assert label(Relationship.SIBLING) == "Anh/chị/em"
    assert label(Relationship.SIBLING, "fr") == "Frère/sœur"
    assert label(Relationship.GRANDPARENT) == "Ông/bà"
    assert label(RequestStatus.IN_PROGRESS) == "Đang xử lý"
    assert label(RequestStatus.REFUSED, "en") == "Refused"
    assert label(RequestChannel.PAPER) == "Văn bản giấy"
    assert label(RequestKind.RESTRICT) == "Hạn chế xử lý dữ liệu"
    assert label(RequestKind.ACCESS, "fr") == "Consultation / copie des données"
    assert label(ConsentMethod.PAPER) == "Mẫu giấy đã ký"
    assert label(ConsentAction.GIVEN) == "Đồng ý"
    assert label(ReceiptStatus.SUPERSEDED) == "Đã được thay thế bằng phiếu mới"
    assert label(DisclosureChannel.UPLOAD) == "Tải lên cổng của đối tác"
    assert label(DisclosurePurpose.VISA_APPLICATION, "en") == "Student visa application"
    assert label(EnrolmentStatus.WAITLISTED) == "Danh sách chờ"
    assert label(PaymentMethod.TRANSFER, "fr") == "Virement"
    assert label(Stage.ON_HOLD) == "Tạm dừng"
    assert label(CustomerField.NOTES) == "Ghi chú"
    assert label(CustomerField.ID_NUMBER, "en") == "ID number"
    assert label(DisclosureField.LEVEL_SOUGHT, "fr") == "Niveau d'études souhaité"
