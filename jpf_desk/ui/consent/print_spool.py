"""Printing a PDF through CUPS's own command, `lp`, in a child process.

Painting the pages onto a QPrinter ends in `QPainter.end()`, which hands the job to CUPS
while holding Python's interpreter lock (PySide6 does not release it there): when the
scheduler stops answering, the print worker waits there and the window freezes with it
(reproduced with a stopped cupsd). `lp` takes the PDF as it is, in a process of its own:
the worker only waits for it (lock released), a scheduler that does not answer within
LP_TIMEOUT_S is said in words, and Cancel ends the child. Where there is no `lp` (not a
CUPS system) or the job is not for a printer queue, the caller paints as before.
"""

from __future__ import annotations

import shutil
import subprocess
import time

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from jpf_desk.ui.tasks import TaskContext

LP_TIMEOUT_S = 20.0  # lp only hands the job over: it answers in well under a second

_SIDES = {QPrinter.DuplexMode.DuplexNone: "one-sided",
          QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
          QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
          QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge"}
_MEDIA = {QPageSize.PageSizeId.A4: "A4", QPageSize.PageSizeId.A5: "A5",
          QPageSize.PageSizeId.Letter: "Letter"}


class SpoolRefused(Exception):
    """lp did not take the job (no such queue, scheduler silent or refusing)."""


def lp_command(printer: QPrinter) -> list[str] | None:
    """The `lp` command for this printer's job as the print dialog set it, or None when
    the job is not for a CUPS queue (no lp here, a file, or no queue named)."""
    lp = shutil.which("lp")
    if (lp is None or printer.outputFileName()
            or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat
            or not printer.printerName()):
        return None
    command = [lp, "-d", printer.printerName(), "-t", printer.docName() or "JPF Desk",
               "-n", str(max(1, printer.copyCount())),
               "-o", f"sides={_SIDES.get(printer.duplex(), 'one-sided')}"]
    media = _MEDIA.get(printer.pageLayout().pageSize().id())
    if media:
        command += ["-o", f"media={media}"]
    if printer.collateCopies():
        command += ["-o", "collate=true"]
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        command += ["-o", "print-color-mode=monochrome"]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        command += ["-P", f"{printer.fromPage()}-{max(printer.fromPage(), printer.toPage())}"]
    return [*command, "--", "-"]


def spool(command: list[str], pdf: bytes, ctx: TaskContext,
          timeout: float | None = None) -> None:
    """Run `command` with the PDF on its input; wait without holding the window."""
    deadline = time.monotonic() + (LP_TIMEOUT_S if timeout is None else timeout)
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE) as job:
        waiting: bytes | None = pdf
        while True:
            try:
                _out, err = job.communicate(waiting, timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                waiting = None  # already handed over: communicate() goes on with it
                if ctx.cancelled or time.monotonic() > deadline:
                    job.kill()
                    job.communicate()
                    ctx.check_cancelled()
                    raise SpoolRefused("no answer from the print scheduler") from None
        if job.returncode != 0:
            # lp's own words name the queue: logged by the caller by code, not shown.
            raise SpoolRefused(f"lp exited with {job.returncode} ({len(err)} bytes said)")
