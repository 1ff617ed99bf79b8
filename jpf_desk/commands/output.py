"""Writing a command's output file: a bad path is a sentence, not a bug report.

The file is written beside its final name and renamed, so a full disk never leaves a
short PDF that looks complete.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register

register({
    "output.no_folder": {
        "vi": "Thư mục để ghi tệp không tồn tại: {path}",
        "fr": "Le dossier où écrire le fichier n'existe pas : {path}",
        "en": "The folder to write the file in does not exist: {path}",
    },
    "output.is_folder": {
        "vi": "Đường dẫn là một thư mục, không phải tên tệp: {path}",
        "fr": "Ce chemin est un dossier, pas un nom de fichier : {path}",
        "en": "This path is a folder, not a file name: {path}",
    },
    "output.not_writable": {
        "vi": "Không ghi được tệp {path} (không có quyền ghi hoặc ổ đĩa đầy).",
        "fr": "Impossible d'écrire le fichier {path} (pas de droit d'écriture ou disque plein).",
        "en": "The file {path} could not be written (no permission, or the disk is full).",
    },
})


def check_output(path: Path) -> None:
    """Refuse a path the command could not write, before any work is done."""
    if path.is_dir():
        raise ValidationError("output.is_folder", field="path", path=str(path))
    if not path.parent.is_dir():
        raise ValidationError("output.no_folder", field="path", path=str(path))


def write_output(path: Path, payload: bytes) -> None:
    check_output(path)
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        code = "output.no_folder" if exc.errno == errno.ENOENT else "output.not_writable"
        raise ValidationError(code, field="path", path=str(path)) from exc


OUTPUT_OPTIONS = ("pdf", "out", "to", "json")


def check_output_args(args: object) -> None:
    """Every file a command was asked to write (--pdf, --out, --to, --json FILE) is
    checked before the command opens the store: a wrong path costs nothing."""
    for name in OUTPUT_OPTIONS:
        value = getattr(args, name, None)
        if isinstance(value, str | Path) and str(value) != "-":
            check_output(Path(value).expanduser())
