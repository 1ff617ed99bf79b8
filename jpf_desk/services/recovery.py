"""Carrying the store key to paper and back: the recovery sheet and `recover`.

The key is the only thing that opens the store and its documents, and it lives in one
computer's keyring. The sheet writes it as 24 BIP-39 words (a checksum catches a
mistyped word) and as a QR code; `recover_key` takes the words on a new PC (or after
a keyring reset), checks them against the store's key check value, and puts the key
back in the keyring. Nothing here ever makes a new key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mnemonic import Mnemonic

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register, render
from jpf_desk.printing.recovery_sheet import RecoverySheet, render_recovery_sheet
from jpf_desk.store import keys
from jpf_desk.store.engine import STORE_FILE, Store, check_opens, prepare_dir

QR_PREFIX = "JPFDESK-KEY1"
_WORDS = Mnemonic("english")


@dataclass(frozen=True)
class RecoveryKit:
    key_id: str
    check: str
    words: tuple[str, ...]
    qr_payload: str


def kit_for(store: Store) -> RecoveryKit:
    info = keys.read_info(store.path.parent)
    if info is None:
        raise keys.StoreKeyInfoMissing(str(store.path.parent))
    words = tuple(_WORDS.to_mnemonic(store.key).split())
    return RecoveryKit(info.key_id, info.check, words,
                       f"{QR_PREFIX}:{info.key_id}:{store.key.hex()}")


def key_from_words(text: str) -> bytes:
    """The key written on the sheet: 24 words, or the QR code's text."""
    cleaned = text.strip()
    if cleaned.startswith(QR_PREFIX + ":"):
        try:
            key = bytes.fromhex(cleaned.rsplit(":", 1)[1])
        except ValueError as exc:
            raise ValidationError("recovery.bad_words", field="words") from exc
        if len(key) == keys.KEY_SIZE:
            return key
        raise ValidationError("recovery.bad_words", field="words")
    words = " ".join(cleaned.lower().split())
    if len(words.split()) != 24 or not _WORDS.check(words):
        raise ValidationError("recovery.bad_words", field="words")
    return bytes(_WORDS.to_entropy(words))


def recover_key(data_dir: Path, text: str, key_id: str | None = None) -> str:
    """Put the key from the sheet back where this store looks for it; its key id.

    The key note beside the store says which key it needs: words of another store's
    sheet are refused. A store whose note was lost gets it back from `key_id` (printed
    on the sheet) once the key is seen to open the file.
    """
    prepare_dir(data_dir, create=False)
    key = key_from_words(text)
    info = keys.read_info(data_dir)
    if info is None:
        if not key_id:
            raise keys.StoreKeyInfoMissing(str(data_dir))
        info = keys.KeyInfo(key_id.strip(), keys.check_value(key))
        check_opens(data_dir / STORE_FILE, key)
        keys.keep_key(data_dir, info, key)
        keys.write_info(data_dir, info)
        return info.key_id
    if keys.check_value(key) != info.check:
        raise ValidationError("recovery.not_this_store", field="words")
    keys.keep_key(data_dir, info, key)
    return info.key_id


def sheet_pdf(store: Store, centre: str, lang: str, today: date) -> bytes:
    """The recovery sheet of this store as a PDF, in the user's language."""
    kit = kit_for(store)
    return render_recovery_sheet(RecoverySheet(
        title=render("recovery.title", {}, lang),
        warning=render("recovery.warning", {}, lang),
        centre=centre, made_on=today.isoformat(), key_id=kit.key_id, check=kit.check,
        words=kit.words, qr_payload=kit.qr_payload,
        how_to=tuple(render(f"recovery.how_to_{i}", {"key_id": kit.key_id}, lang)
                     for i in (1, 2, 3)),
        labels=(render("recovery.label_centre", {}, lang), render("recovery.label_date", {}, lang),
                render("recovery.label_key_id", {}, lang), render("recovery.label_check", {}, lang)),
    ))


register({
    "recovery.bad_words": {
        "vi": "Các từ khôi phục không đúng: cần đủ 24 từ như trên phiếu (hoặc nội dung mã QR).",
        "fr": "Mots de récupération incorrects : il faut les 24 mots de la fiche (ou le texte du QR code).",
        "en": "The recovery words are not right: all 24 words of the sheet are needed (or the QR code's text).",
    },
    "recovery.not_this_store": {
        "vi": "Các từ này là khóa của một kho dữ liệu khác, không phải kho này.",
        "fr": "Ces mots sont la clé d'un autre dépôt, pas de celui-ci.",
        "en": "These words are the key of another store, not this one.",
    },
    "recovery.title": {
        "vi": "PHIẾU KHÔI PHỤC KHÓA KHO DỮ LIỆU JPF DESK",
        "fr": "FICHE DE RÉCUPÉRATION DE LA CLÉ DU DÉPÔT JPF DESK",
        "en": "JPF DESK STORE KEY RECOVERY SHEET",
    },
    "recovery.warning": {
        "vi": "BÍ MẬT – ai có phiếu này có thể mở toàn bộ dữ liệu. Cất trong tủ khóa.",
        "fr": "SECRET – qui détient cette fiche peut ouvrir toutes les données. À garder sous clé.",
        "en": "SECRET – whoever holds this sheet can open all the data. Keep it locked away.",
    },
    "recovery.label_centre": {"vi": "Cơ sở", "fr": "Centre", "en": "Centre"},
    "recovery.label_date": {"vi": "Ngày in", "fr": "Imprimée le", "en": "Printed on"},
    "recovery.label_key_id": {"vi": "Mã khóa", "fr": "Identifiant de clé", "en": "Key id"},
    "recovery.label_check": {"vi": "Giá trị kiểm tra", "fr": "Valeur de contrôle",
                             "en": "Check value"},
    "recovery.how_to_1": {
        "vi": "Máy tính mới hoặc keyring bị xóa: chép thư mục dữ liệu (hoặc jpf-desk restore TỆP-SAO-LƯU), rồi chạy jpf-desk recover --data-dir THƯ-MỤC và gõ 24 từ.",
        "fr": "Nouvel ordinateur ou trousseau effacé : copiez le dossier de données (ou jpf-desk restore FICHIER), puis jpf-desk recover --data-dir DOSSIER et tapez les 24 mots.",
        "en": "New computer or keyring wiped: copy the data folder (or jpf-desk restore BACKUP-FILE), then run jpf-desk recover --data-dir FOLDER and type the 24 words.",
    },
    "recovery.how_to_2": {
        "vi": "Nếu mất tệp jpf-desk.key.json: thêm --key-id {key_id}.",
        "fr": "Si le fichier jpf-desk.key.json est perdu : ajoutez --key-id {key_id}.",
        "en": "If the file jpf-desk.key.json is lost: add --key-id {key_id}.",
    },
    "recovery.how_to_3": {
        "vi": "Chương trình kiểm tra các từ với giá trị kiểm tra ở trên trước khi dùng.",
        "fr": "Le programme vérifie les mots avec la valeur de contrôle ci-dessus avant de s'en servir.",
        "en": "The program checks the words against the check value above before using them.",
    },
})

register({
    "recovery.type_words": {
        "vi": "Gõ 24 từ trên phiếu khôi phục, rồi nhấn Ctrl+D:",
        "fr": "Tapez les 24 mots de la fiche de récupération, puis Ctrl+D :",
        "en": "Type the 24 words of the recovery sheet, then press Ctrl+D:",
    },
    "recovery.done": {
        "vi": "Đã khôi phục khóa {key_id} vào keyring của máy này.",
        "fr": "Clé {key_id} restaurée dans le trousseau de cet ordinateur.",
        "en": "Key {key_id} restored to this computer's keyring.",
    },
})
