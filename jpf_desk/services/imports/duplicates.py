"""Duplicates of an imported row, in the store or earlier in the same file.

The rule is the intake's (`services.customers.duplicates`): the same ID number, or the
same phone and a similar name. Asking the store once per row would make 10,000 rows
take minutes, so the store's ID numbers and phones are read once into memory and the
file's accepted rows are added as they come.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.services.customers.duplicates import similar_names
from jpf_desk.services.customers.input import ValidCustomer
from jpf_desk.store.models import Customer

IN_STORE = 0  # "where" of a record already in the store; file rows use their row number

register({
    "import.duplicate_in_store": {
        "vi": "Có thể trùng với một khách hàng đã có (cùng số giấy tờ, hoặc cùng số điện thoại và tên gần giống).",
        "fr": "Doublon probable d'un client existant (même pièce d'identité, ou même téléphone et nom proche).",
        "en": "Likely the same person as an existing customer (same ID number, or same phone and a similar name).",
    },
    "import.duplicate_in_file": {
        "vi": "Có thể trùng với dòng {row} của tệp.",
        "fr": "Doublon probable de la ligne {row} du fichier.",
        "en": "Likely the same person as row {row} of the file.",
    },
})


class DuplicateIndex:
    """ID numbers and phones (with folded names) already taken, and where."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._phones: dict[str, list[tuple[str, int]]] = {}

    def add(self, id_number: str | None, phone: str | None, name_key: str, where: int) -> None:
        if id_number:
            self._ids.setdefault(id_number, where)
        if phone:
            self._phones.setdefault(phone, []).append((name_key, where))

    def add_valid(self, valid: ValidCustomer, where: int) -> None:
        self.add(valid.id_document.number if valid.id_document else None,
                 valid.phone.e164 if valid.phone else None, valid.name.search_key, where)

    def find(self, valid: ValidCustomer) -> int | None:
        """Where the likely duplicate is (IN_STORE or a row number), None when there is none."""
        if valid.id_document is not None and valid.id_document.number in self._ids:
            return self._ids[valid.id_document.number]
        if valid.phone is not None:
            for key, where in self._phones.get(valid.phone.e164, ()):
                if similar_names(valid.name.search_key, key):
                    return where
        return None


def store_index(session: Session) -> DuplicateIndex:
    """The index of every customer in the store (deleted records left out)."""
    index = DuplicateIndex()
    query = select(Customer.id_number, Customer.phone_e164, Customer.search_key).where(
        Customer.status != "deleted")
    for id_number, phone, key in session.execute(query):
        index.add(id_number, phone, key, IN_STORE)
    return index


def duplicate_error(where: int) -> ValidationError:
    if where == IN_STORE:
        return ValidationError("import.duplicate_in_store", field="duplicate")
    return ValidationError("import.duplicate_in_file", field="duplicate", row=where)
