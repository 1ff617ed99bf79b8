"""Failures from outside the program told in the user's words on the command line:
the keyring, head office's server, the terminal, the disk, the shipped policy files.

Each maps to a message code; anything not recognised here stays a bug (a reference,
logged without personal data).
"""

from __future__ import annotations

import errno

import psycopg

from jpf_desk.domain.messages import register
from jpf_desk.secrets import KeyringUnavailable
from jpf_desk.services.consent.policy import PolicyError
from jpf_desk.sync.errors import classify as classify_sync

try:
    from termios import error as TerminalError
except ImportError:  # Windows has no termios
    class TerminalError(Exception):  # type: ignore[no-redef]
        pass


def known_code(exc: BaseException) -> tuple[str, dict[str, object]] | None:
    """The message code (and its values) for an outside failure, or None for a bug."""
    if isinstance(exc, KeyringUnavailable):
        return "keyring.unavailable", {}
    if isinstance(exc, PolicyError):
        return "policy.damaged", {}
    if isinstance(exc, EOFError | TerminalError):
        return "cli.no_input", {}
    if isinstance(exc, psycopg.Error):
        text = str(exc)
        if "invalid sslmode" in text or "invalid connection option" in text \
                or "missing \"=\"" in text or isinstance(exc, psycopg.ProgrammingError):
            return "head_office.bad_dsn", {}
        if "does not exist" in text and "database" in text:
            return "head_office.no_database", {}
        failed = classify_sync(exc)
        return (failed.code, {}) if failed is not None else None
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "store.full", {}
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) \
            and exc.filename:
        return "output.not_writable", {"path": str(exc.filename)}
    return None


register({
    "policy.damaged": {
        "vi": "Tệp chính sách dữ liệu đi kèm chương trình bị thiếu hoặc bị sửa. Hãy cài lại chương trình.",
        "fr": "Les fichiers de la politique de données livrés avec le programme manquent ou ont été modifiés. Réinstallez le programme.",
        "en": "The data-policy files shipped with the program are missing or were changed. Reinstall the program.",
    },
    "cli.no_input": {
        "vi": "Không đọc được mật khẩu: không có bàn phím (dùng --password-stdin để đọc từ đầu vào chuẩn).",
        "fr": "Impossible de lire le mot de passe : pas de terminal (utilisez --password-stdin).",
        "en": "The password could not be read: no terminal (use --password-stdin).",
    },
    "head_office.bad_dsn": {
        "vi": "Chuỗi kết nối (--dsn) không hợp lệ, ví dụ sslmode sai. Các giá trị sslmode: disable, require, verify-ca, verify-full.",
        "fr": "Chaîne de connexion (--dsn) invalide, par exemple un sslmode inconnu (disable, require, verify-ca, verify-full).",
        "en": "The connection string (--dsn) is not valid, e.g. an unknown sslmode (disable, require, verify-ca, verify-full).",
    },
    "head_office.no_database": {
        "vi": "Cơ sở dữ liệu của văn phòng trung tâm không tồn tại trên máy chủ: kiểm tra dbname.",
        "fr": "La base du siège n'existe pas sur le serveur : vérifiez dbname.",
        "en": "Head office's database does not exist on the server: check dbname.",
    },
})
