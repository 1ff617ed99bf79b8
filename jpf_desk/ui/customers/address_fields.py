"""Province and commune combos: type to filter, communes follow the chosen province."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from jpf_desk.domain.addresses import communes_of, provinces
from jpf_desk.domain.search_key import search_key

# What the completer matches typing against: the name as written and without accents,
# so "ha noi" and "Hà Nội" both offer "Thành phố Hà Nội".
MATCH_ROLE = Qt.ItemDataRole.UserRole + 1


def _searchable(combo: QComboBox) -> None:
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionRole(MATCH_ROLE)
    completer.activated.connect(lambda text: _chosen(combo, text))
    combo.setCompleter(completer)


def _add(combo: QComboBox, name: str, code: str) -> None:
    combo.addItem(name, code)
    combo.setItemData(combo.count() - 1, f"{name} {search_key(name)}", MATCH_ROLE)


def _chosen(combo: QComboBox, match_text: str) -> None:
    """The offer picked becomes the item (the completer wrote its match text)."""
    row = combo.findData(match_text, MATCH_ROLE)
    if row >= 0:
        combo.setCurrentIndex(row)
        combo.setEditText(combo.itemText(row))


def _code(combo: QComboBox) -> str:
    """The code of the item whose name is typed, "" when none (or the text is empty).

    Typed without accents or without "Thành phố"/"Xã" ("ha noi") is enough when only
    one item ends that way.
    """
    text = combo.currentText().strip()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index < 0 and text:
        key = search_key(text)
        matches = [i for i in range(combo.count())
                   if (name := search_key(combo.itemText(i))) == key or name.endswith(" " + key)]
        index = matches[0] if len(matches) == 1 else -1
    value = combo.itemData(index) if index >= 0 else ""
    return str(value or "")


class AddressFields(QObject):
    def __init__(self, province: QComboBox, commune: QComboBox) -> None:
        super().__init__(province)
        self.province, self.commune = province, commune
        _searchable(province)
        _searchable(commune)
        province.addItem("", "")
        for p in provinces():
            _add(province, p.name, p.code)
        province.currentIndexChanged.connect(self._fill_communes)
        editor = province.lineEdit()
        assert editor is not None  # made editable above
        editor.editingFinished.connect(self._province_typed)
        province.setCurrentIndex(0)
        self._fill_communes()

    def _fill_communes(self) -> None:
        code = _code(self.province)
        self.commune.clear()
        self.commune.addItem("", "")
        if code:
            for c in communes_of(code):
                _add(self.commune, c.name, c.code)

    def _province_typed(self) -> None:
        """A province typed loosely ("ha noi") becomes the real item, with its communes."""
        code = _code(self.province)
        index = self.province.findData(code) if code else -1
        if index >= 0 and index != self.province.currentIndex():
            self.province.setCurrentIndex(index)

    def province_code(self) -> str:
        return _code(self.province)

    def commune_code(self) -> str:
        return _code(self.commune)

    def set_codes(self, province_code: str, commune_code: str) -> None:
        self.province.setCurrentIndex(max(0, self.province.findData(province_code)))
        self._fill_communes()
        self.commune.setCurrentIndex(max(0, self.commune.findData(commune_code)))
