"""Sync failures as message codes the window and the command line can show."""

from __future__ import annotations

import logging

import psycopg

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import register
from jpf_desk.secrets import KeyringUnavailable
from jpf_desk.sync.connection import InsecureRefused, NotConnected

# SQLSTATEs raised by head office's own functions (head_office/one_writer.py).
BUSY = "JP001"  # the order of writes stayed held longer than a writer waits
BATCH_TOO_LARGE = "JP002"


class _QuietDriver(logging.Filter):
    """psycopg warns about what it ignores while ending work on a broken line ("error
    ignored terminating COPY..."); the sync then says the same once, in the user's
    words. Its warnings are kept as details for the log file (INFO), not the console."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING:
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


logging.getLogger("psycopg").addFilter(_QuietDriver())

class SyncFailed(DomainError):
    """The sync stopped; what was acknowledged is kept and the next sync goes on."""


def classify(exc: BaseException) -> SyncFailed | None:
    if isinstance(exc, SyncFailed):
        return exc
    if isinstance(exc, NotConnected):
        return SyncFailed("sync.not_configured")
    if isinstance(exc, InsecureRefused):
        return SyncFailed("sync.insecure_tls")
    if isinstance(exc, KeyringUnavailable):
        return SyncFailed("sync.keyring")
    sqlstate = getattr(exc, "sqlstate", None) or ""
    if isinstance(exc, psycopg.errors.InvalidPassword | psycopg.errors.InvalidAuthorizationSpecification) \
            or sqlstate.startswith("28") or _says_auth_failed(exc):
        return SyncFailed("sync.auth")
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return SyncFailed("sync.refused")
    if sqlstate == BUSY or isinstance(exc, psycopg.errors.LockNotAvailable):
        return SyncFailed("sync.busy")
    if sqlstate == BATCH_TOO_LARGE:
        return SyncFailed("sync.batch_too_large")
    if isinstance(exc, psycopg.errors.QueryCanceled):
        return SyncFailed("sync.timeout")
    if isinstance(exc, psycopg.errors.UndefinedTable | psycopg.errors.InvalidSchemaName):
        return SyncFailed("sync.no_schema")
    if isinstance(exc, psycopg.errors.UndefinedFunction):  # before head-office step 10
        return SyncFailed("sync.head_office_outdated")
    if isinstance(exc, psycopg.OperationalError) and _says_tls_failed(exc):
        return SyncFailed("sync.tls")
    if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError | OSError):
        return SyncFailed("sync.network")
    return None


# libpq's words when the TLS handshake or the server's certificate fails (connect time);
# not "SSL SYSCALL error", which is a line cut under an established TLS session.
_TLS_WORDS = ("certificate", "server does not support SSL", "SSL error", "tlsv1 alert",
              "does not match host name", "SSL connection is required", "sslmode")


def _says_tls_failed(exc: BaseException) -> bool:
    text = str(exc)
    return any(word in text for word in _TLS_WORDS)


def _says_auth_failed(exc: BaseException) -> bool:
    """libpq reports a refused login at connect time as a plain OperationalError."""
    return isinstance(exc, psycopg.OperationalError) and "authentication failed" in str(exc)


register({
    "sync.not_configured": {
        "vi": "Máy này chưa được kết nối với văn phòng trung tâm (thiếu địa chỉ hoặc mật khẩu).",
        "fr": "Ce poste n'est pas relié au siège (adresse ou mot de passe manquant).",
        "en": "This desk is not connected to head office (address or password missing).",
    },
    "sync.keyring": {
        "vi": "Không đọc được mật khẩu trong kho khóa của hệ thống.",
        "fr": "Impossible de lire le mot de passe dans le trousseau du système.",
        "en": "The password could not be read from the system keyring.",
    },
    "sync.auth": {
        "vi": "Văn phòng trung tâm từ chối đăng nhập: mật khẩu hoặc tài khoản cơ sở không đúng.",
        "fr": "Le siège refuse la connexion : mot de passe ou compte du centre incorrect.",
        "en": "Head office refused the login: wrong centre account or password.",
    },
    "sync.refused": {
        "vi": "Văn phòng trung tâm từ chối thao tác này đối với cơ sở của bạn.",
        "fr": "Le siège refuse cette opération pour votre centre.",
        "en": "Head office refused this operation for your centre.",
    },
    "sync.timeout": {
        "vi": "Văn phòng trung tâm phản hồi quá chậm. Hãy đồng bộ lại sau; không mất dữ liệu.",
        "fr": "Le siège répond trop lentement. Relancez plus tard ; rien n'est perdu.",
        "en": "Head office answered too slowly. Sync again later; nothing is lost.",
    },
    "sync.busy": {
        "vi": "Văn phòng trung tâm đang bận (một lần ghi khác chưa xong). Hãy đồng bộ lại sau "
              "ít phút; không mất dữ liệu.",
        "fr": "Le siège est occupé (une autre écriture n'est pas terminée). Relancez dans "
              "quelques minutes ; rien n'est perdu.",
        "en": "Head office is busy (another write has not finished). Sync again in a few "
              "minutes; nothing is lost.",
    },
    "sync.batch_too_large": {
        "vi": "Văn phòng trung tâm từ chối một lô dữ liệu quá lớn.",
        "fr": "Le siège refuse un lot de données trop grand.",
        "en": "Head office refused a batch that is too large.",
    },
    "sync.centre_code_taken": {
        "vi": "Mã cơ sở {centre_code} đã được một cơ sở khác dùng ở văn phòng trung tâm. Chưa gửi gì; "
              "hãy liên hệ văn phòng trung tâm để đổi mã.",
        "fr": "Le code de centre {centre_code} est déjà utilisé par un autre centre au siège. Rien "
              "n'a été envoyé ; contactez le siège pour changer de code.",
        "en": "Centre code {centre_code} is already used by another centre at head office. Nothing "
              "was sent; contact head office to change the code.",
    },
    "sync.insecure_tls": {
        "vi": "Chế độ TLS này có thể gửi mật khẩu và dữ liệu không mã hóa qua mạng. Hãy dùng "
              "verify-full (hoặc require, verify-ca); chỉ dùng --insecure khi thật sự cần.",
        "fr": "Ce mode TLS peut envoyer le mot de passe et les données en clair sur le réseau. "
              "Utilisez verify-full (ou require, verify-ca) ; --insecure seulement si "
              "nécessaire.",
        "en": "This TLS mode may send the password and data unencrypted over the network. "
              "Use verify-full (or require, verify-ca); --insecure only when you must.",
    },
    "sync.insecure_in_use": {
        "vi": "KHÔNG AN TOÀN: kết nối có thể không được mã hóa (--insecure)",
        "fr": "NON SÉCURISÉ : la connexion peut ne pas être chiffrée (--insecure)",
        "en": "INSECURE: the connection may be unencrypted (--insecure)",
    },
    "sync.settled": {
        "vi": "Dữ liệu dùng chung (như danh mục khóa học) do văn phòng trung tâm quản lý: "
              "{matched} bản ghi sửa tại máy này được thay bằng bản của văn phòng trung tâm, "
              "{rekeyed} bản ghi được gộp vào bản cùng mã, {offered} bản ghi được gửi đề xuất "
              "cho văn phòng trung tâm.",
        "fr": "Les données partagées (comme le catalogue) sont gérées par le siège : "
              "{matched} ligne(s) modifiée(s) ici remplacée(s) par la version du siège, "
              "{rekeyed} fusionnée(s) avec la ligne de même code, {offered} proposée(s) au "
              "siège.",
        "en": "Shared data (such as the catalogue) is managed by head office: {matched} "
              "row(s) changed here replaced by head office's version, {rekeyed} merged into "
              "the row with the same code, {offered} offered to head office.",
    },
    "sync.tls": {
        "vi": "Không thiết lập được kết nối bảo mật (TLS) với văn phòng trung tâm: kiểm tra "
              "chứng chỉ và chế độ TLS của máy này.",
        "fr": "La connexion sécurisée (TLS) au siège a échoué : vérifiez le certificat et le "
              "mode TLS de ce poste.",
        "en": "The secure (TLS) connection to head office failed: check the certificate and "
              "this desk's TLS mode.",
    },
    "sync.no_schema": {
        "vi": "Cơ sở dữ liệu của văn phòng trung tâm chưa được khởi tạo.",
        "fr": "La base du siège n'est pas encore initialisée.",
        "en": "The head-office database is not initialised yet.",
    },
    "sync.head_office_outdated": {
        "vi": "Văn phòng trung tâm cần được nâng cấp (jpf-desk head-office init) trước khi "
              "máy này gửi dữ liệu. Chưa gửi gì; không mất dữ liệu.",
        "fr": "Le siège doit être mis à jour (jpf-desk head-office init) avant que ce poste "
              "envoie ses données. Rien n'a été envoyé ; rien n'est perdu.",
        "en": "Head office must be upgraded (jpf-desk head-office init) before this desk "
              "sends its data. Nothing was sent; nothing is lost.",
    },
    "sync.network": {
        "vi": "Mất kết nối với văn phòng trung tâm. Hãy kiểm tra mạng rồi đồng bộ lại; "
              "không mất dữ liệu, lần sau sẽ tiếp tục.",
        "fr": "Connexion au siège perdue. Vérifiez le réseau puis relancez ; rien n'est "
              "perdu, la prochaine synchronisation reprendra.",
        "en": "The connection to head office was lost. Check the network and sync again; "
              "nothing is lost, the next sync carries on.",
    },
    "sync.stopped": {
        "vi": "Lần đồng bộ trước đã dừng giữa chừng; lần sau sẽ tiếp tục, không mất dữ liệu.",
        "fr": "La dernière synchronisation s'est arrêtée en cours ; la prochaine reprendra, rien n'est perdu.",
        "en": "The last sync stopped part-way; the next one carries on, nothing is lost.",
    },
    "sync.conflict_gone": {
        "vi": "Xung đột này đã được xử lý.",
        "fr": "Ce conflit a déjà été résolu.",
        "en": "This conflict has already been resolved.",
    },
})
