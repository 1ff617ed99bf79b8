"""Identity documents: CCCD (chip citizen card), CMND (old ID card) and passports.

ID numbers are personal data: lists and printouts show them through :func:`mask_id`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from jpf_desk.domain import messages
from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.errors import DomainWarning, ValidationError
from jpf_desk.domain.labels import register_labels
from jpf_desk.domain.people import Sex

# Province-of-birth-registration codes printed in CCCD numbers (Circular 59/2021/TT-BCA):
# the 63 pre-2025 provinces. Cards keep these codes after the 2025 merger.
CCCD_PROVINCE_CODES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn",
    "008": "Tuyên Quang", "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu",
    "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
    "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ",
    "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh",
    "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng",
    "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
    "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "Hồ Chí Minh", "080": "Long An", "082": "Tiền Giang",
    "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long", "087": "Đồng Tháp",
    "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ", "093": "Hậu Giang",
    "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}  # fmt: skip

# Digit 4 of a CCCD: (first year of the century, sex), per Circular 07/2016/TT-BCA
# art. 7: 20th century 0/1 ... 24th century (2300-2399) 8/9. Even = male, odd = female.
CCCD_CENTURY_SEX: dict[str, tuple[int, Sex]] = {
    "0": (1900, Sex.MALE), "1": (1900, Sex.FEMALE),
    "2": (2000, Sex.MALE), "3": (2000, Sex.FEMALE),
    "4": (2100, Sex.MALE), "5": (2100, Sex.FEMALE),
    "6": (2200, Sex.MALE), "7": (2200, Sex.FEMALE),
    "8": (2300, Sex.MALE), "9": (2300, Sex.FEMALE),
}  # fmt: skip

# A study-abroad dossier needs the passport valid well past arrival.
PASSPORT_MIN_VALID_MONTHS = 6

messages.register(
    {
        "id.kind_invalid": {
            "vi": "Loại giấy tờ không hợp lệ: chọn CCCD, CMND hoặc hộ chiếu.",
            "fr": "Type de pièce inconnu : choisissez CCCD, CMND ou passeport.",
            "en": "Unknown ID type: choose CCCD, CMND or passport.",
        },
        "id.number_required": {
            "vi": "Vui lòng nhập số giấy tờ tùy thân.",
            "fr": "Veuillez saisir le numéro de la pièce d'identité.",
            "en": "Please enter the ID document number.",
        },
        "id.cccd_format": {
            "vi": "Số CCCD phải gồm đúng 12 chữ số.",
            "fr": "Le numéro de CCCD doit comporter exactement 12 chiffres.",
            "en": "A CCCD number must have exactly 12 digits.",
        },
        "id.cccd_province": {
            "vi": "Ba chữ số đầu của số CCCD không phải là mã tỉnh hợp lệ.",
            "fr": "Les trois premiers chiffres du CCCD ne forment pas un code de province valide.",
            "en": "The first three digits of the CCCD are not a valid province code.",
        },
        "id.cccd_birth_mismatch": {
            "vi": "Năm sinh ghi trong số CCCD không khớp với ngày sinh. Vui lòng kiểm tra lại.",
            "fr": "L'année de naissance contenue dans le CCCD ne correspond pas à la date de naissance. Veuillez vérifier.",
            "en": "The birth year encoded in the CCCD does not match the date of birth. Please check.",
        },
        "id.cccd_sex_mismatch": {
            "vi": "Giới tính ghi trong số CCCD không khớp với giới tính đã nhập. Vui lòng kiểm tra lại.",
            "fr": "Le sexe encodé dans le CCCD ne correspond pas au sexe saisi. Veuillez vérifier.",
            "en": "The sex encoded in the CCCD does not match the sex entered. Please check.",
        },
        "id.cmnd_format": {
            "vi": "Số CMND phải gồm 9 hoặc 12 chữ số.",
            "fr": "Le numéro de CMND doit comporter 9 ou 12 chiffres.",
            "en": "A CMND number must have 9 or 12 digits.",
        },
        "id.passport_format": {
            "vi": "Số hộ chiếu phải gồm 1 chữ cái và 7 chữ số, ví dụ C1234567.",
            "fr": "Le numéro de passeport doit comporter une lettre suivie de 7 chiffres, par exemple C1234567.",
            "en": "A passport number must be one letter followed by 7 digits, e.g. C1234567.",
        },
        "id.passport_expiry_required": {
            "vi": "Vui lòng nhập ngày hết hạn của hộ chiếu.",
            "fr": "Veuillez saisir la date d'expiration du passeport.",
            "en": "Please enter the passport's expiry date.",
        },
        "id.passport_expired": {
            "vi": "Hộ chiếu đã hết hạn.",
            "fr": "Le passeport est expiré.",
            "en": "The passport has expired.",
        },
        "id.passport_expires_soon": {
            "vi": "Hộ chiếu còn hạn dưới {months} tháng; hồ sơ du học cần hộ chiếu còn hạn lâu hơn.",
            "fr": "Le passeport expire dans moins de {months} mois ; un dossier d'études à l'étranger exige une validité plus longue.",
            "en": "The passport expires in less than {months} months; a study-abroad file needs longer validity.",
        },
        "id.expired": {
            "vi": "Giấy tờ tùy thân đã hết hạn.",
            "fr": "La pièce d'identité est expirée.",
            "en": "The ID document has expired.",
        },
    }
)


class IdKind(StrEnum):
    CCCD = "cccd"
    CMND = "cmnd"
    PASSPORT = "passport"


register_labels(IdKind, {
    "cccd": {"vi": "CCCD (căn cước)", "fr": "CCCD (carte d'identité)",
             "en": "CCCD (citizen ID card)"},
    "cmnd": {"vi": "CMND (cũ)", "fr": "CMND (ancienne carte)", "en": "CMND (old ID card)"},
    "passport": {"vi": "Hộ chiếu", "fr": "Passeport", "en": "Passport"},
})


@dataclass(frozen=True)
class IdDocument:
    kind: IdKind
    number: str
    expiry: date | None = None


_PASSPORT = re.compile(r"[A-Z][0-9]{7}")
_DIGITS = re.compile(r"[0-9]+")


def _normalise_number(number: str) -> str:
    # NFKC turns full-width digits/letters into ASCII; people type spaces, dots, dashes.
    s = unicodedata.normalize("NFKC", number)
    return re.sub(r"[\s.\-]+", "", s).upper()


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _check_cccd(number: str, birth_date: date | None, sex: Sex | None) -> list[DomainWarning]:
    if not (len(number) == 12 and _DIGITS.fullmatch(number)):
        raise ValidationError("id.cccd_format", field="id_number")
    if number[:3] not in CCCD_PROVINCE_CODES:
        raise ValidationError("id.cccd_province", field="id_number")
    century, encoded_sex = CCCD_CENTURY_SEX[number[3]]
    warnings: list[DomainWarning] = []
    if birth_date is not None and birth_date.year != century + int(number[4:6]):
        warnings.append(DomainWarning("id.cccd_birth_mismatch", field="id_number"))
    if sex is not None and Sex(sex) != encoded_sex:
        warnings.append(DomainWarning("id.cccd_sex_mismatch", field="id_number"))
    return warnings


def check_id(
    kind: IdKind,
    number: str,
    *,
    birth_date: date | None = None,
    sex: Sex | None = None,
    expiry: date | None = None,
    today: date | None = None,
) -> tuple[IdDocument, list[DomainWarning]]:
    """Clean and validate a number; format errors raise, doubtful details come back as warnings."""
    kind = IdKind(kind)
    cleaned = _normalise_number(number)
    if not cleaned:
        raise ValidationError("id.number_required", field="id_number")
    today = today if today is not None else today_vn()
    warnings: list[DomainWarning] = []
    if kind is IdKind.CCCD:
        warnings += _check_cccd(cleaned, birth_date, sex)
    elif kind is IdKind.CMND:
        if not (len(cleaned) in (9, 12) and _DIGITS.fullmatch(cleaned)):
            raise ValidationError("id.cmnd_format", field="id_number")
    else:
        if not _PASSPORT.fullmatch(cleaned):
            raise ValidationError("id.passport_format", field="id_number")
        if expiry is None:
            raise ValidationError("id.passport_expiry_required", field="id_expiry")
    if expiry is not None:
        if expiry < today:
            code = "id.passport_expired" if kind is IdKind.PASSPORT else "id.expired"
            warnings.append(DomainWarning(code, field="id_expiry"))
        elif kind is IdKind.PASSPORT and expiry < _add_months(today, PASSPORT_MIN_VALID_MONTHS):
            warnings.append(
                DomainWarning(
                    "id.passport_expires_soon",
                    field="id_expiry",
                    params={"months": PASSPORT_MIN_VALID_MONTHS},
                )
            )
    return IdDocument(kind=kind, number=cleaned, expiry=expiry), warnings


def mask_id(number: str) -> str:
    """Mask as "•••••••• 1234": a fixed run of bullets (hides the length) then the last 4 characters.

    Numbers of 4 to 7 characters show only their last 2, shorter ones nothing, so at
    least half of any number stays hidden.
    """
    cleaned = "".join(number.split())
    if not cleaned:
        return ""
    if len(cleaned) >= 8:
        tail = cleaned[-4:]
    elif len(cleaned) >= 4:
        tail = cleaned[-2:]
    else:
        tail = ""
    bullets = "•" * 8
    return f"{bullets} {tail}" if tail else bullets
