"""Addresses after the 1 July 2025 reform: 34 provinces, then communes; no districts.

Reference data comes from the ``vietnam-provinces`` package. Codes are the official
GSO codes as zero-padded strings: provinces "01", communes "00070".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from vietnam_provinces import Province, Ward

from jpf_desk.domain import messages
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.search_key import search_key
from jpf_desk.domain.text import clean
from jpf_desk.domain.vi_collation import vi_sort_key

messages.register(
    {
        "address.unknown_province": {
            "vi": "Không tìm thấy tỉnh/thành phố này.",
            "fr": "Province ou ville inconnue.",
            "en": "Unknown province or city.",
        },
        "address.unknown_commune": {
            "vi": "Không tìm thấy xã/phường này.",
            "fr": "Commune ou quartier inconnu.",
            "en": "Unknown commune or ward.",
        },
        "address.commune_not_in_province": {
            "vi": "Xã/phường đã chọn không thuộc tỉnh/thành phố này.",
            "fr": "La commune choisie n'appartient pas à cette province.",
            "en": "The chosen commune does not belong to this province.",
        },
    }
)

# Administrative prefixes ignored when sorting, so "Thành phố Hà Nội" files under H.
_SORT_PREFIXES = ("thanh pho ", "tinh ", "phuong ", "xa ", "dac khu ")


@dataclass(frozen=True)
class ProvinceRef:
    code: str
    name: str


@dataclass(frozen=True)
class CommuneRef:
    code: str
    name: str
    province_code: str


@dataclass(frozen=True)
class Address:
    """Structured address plus the text the customer wrote (old forms name districts)."""

    province_code: str | None
    commune_code: str | None
    street: str
    as_written: str


def _sort_key(name: str) -> tuple[str, str]:
    """Vietnamese order of the name without its kind ("Thành phố", "Xã"...)."""
    key = search_key(name)
    for prefix in _SORT_PREFIXES:
        if key.startswith(prefix):
            rest = " ".join(name.split()[len(prefix.split()):])
            return vi_sort_key(rest), vi_sort_key(name)
    return vi_sort_key(name), vi_sort_key(name)


def _province_code(code: str) -> str:
    return f"{int(code):02d}"


def _commune_code(code: str) -> str:
    return f"{int(code):05d}"


def _normalise_code(code: str | None, width: int) -> str | None:
    """Accept "1" as well as "01" (Hà Nội); a non-numeric code is simply unknown."""
    s = (code or "").strip()
    if not s:
        return None
    if not s.isascii() or not s.isdigit():
        return s
    return f"{int(s):0{width}d}"


@cache
def _provinces() -> tuple[ProvinceRef, ...]:
    refs = [
        ProvinceRef(_province_code(str(int(p.code))), clean(p.name)) for p in Province.iter_all()
    ]
    return tuple(sorted(refs, key=lambda r: _sort_key(r.name)))


@cache
def _province_index() -> dict[str, ProvinceRef]:
    return {p.code: p for p in _provinces()}


@cache
def _communes() -> dict[str, tuple[CommuneRef, ...]]:
    by_province: dict[str, list[CommuneRef]] = {}
    for w in Ward.iter_all():
        ref = CommuneRef(
            _commune_code(str(int(w.code))),
            clean(w.name),
            _province_code(str(int(w.province_code))),
        )
        by_province.setdefault(ref.province_code, []).append(ref)
    return {k: tuple(sorted(v, key=lambda r: _sort_key(r.name))) for k, v in by_province.items()}


@cache
def _commune_index() -> dict[str, CommuneRef]:
    return {c.code: c for refs in _communes().values() for c in refs}


def provinces() -> list[ProvinceRef]:
    """The 34 provincial units, sorted for a combo box (accents and "Thành phố" ignored)."""
    return list(_provinces())


def communes_of(province_code: str) -> list[CommuneRef]:
    """Communes, wards and special zones of one province, sorted by name."""
    code = _normalise_code(province_code, 2)
    if code is None or code not in _province_index():
        raise ValidationError("address.unknown_province", field="province")
    return list(_communes().get(code, ()))


def province_name(code: str) -> str:
    ref = _province_index().get(_normalise_code(code, 2) or "")
    if ref is None:
        raise ValidationError("address.unknown_province", field="province")
    return ref.name


def commune_name(code: str) -> str:
    ref = _commune_index().get(_normalise_code(code, 5) or "")
    if ref is None:
        raise ValidationError("address.unknown_commune", field="commune")
    return ref.name


def make_address(
    province_code: str | None = None,
    commune_code: str | None = None,
    street: str = "",
    as_written: str = "",
) -> Address:
    """Validate codes (every part may be empty); a commune alone implies its province."""
    province = _normalise_code(province_code, 2)
    commune = _normalise_code(commune_code, 5)
    if province is not None and province not in _province_index():
        raise ValidationError("address.unknown_province", field="province")
    if commune is not None:
        ref = _commune_index().get(commune)
        if ref is None:
            raise ValidationError("address.unknown_commune", field="commune")
        if province is None:
            province = ref.province_code
        elif ref.province_code != province:
            raise ValidationError("address.commune_not_in_province", field="commune")
    return Address(
        province_code=province,
        commune_code=commune,
        street=clean(street),
        as_written=clean(as_written),
    )


__all__ = [
    "Address",
    "CommuneRef",
    "ProvinceRef",
    "commune_name",
    "communes_of",
    "make_address",
    "province_name",
    "provinces",
]
