"""The customer list's ids held as one block of bytes instead of one object each.

The list holds every customer's id from the start (100,000 at a big centre): as Python
strings that is about 9 MiB (a 36-character uuid string is an 85-byte object plus its
slot in the list), as one bytes object and an offset per id about 4 MiB (issue 16). An
id becomes a string again only when a row asks for it.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate
from typing import overload


class IdColumn(Sequence[str]):
    """An immutable sequence of ids: `column[i]`, slices (as lists), `index`, `in`."""

    __slots__ = ("_blob", "_ends")

    def __init__(self, ids: Iterable[str] = ()) -> None:
        ids = ids if isinstance(ids, list) else list(ids)
        text = "".join(ids)
        if text.isascii():  # uuids: one byte per character, lengths known already
            self._blob = text.encode("ascii")
            lengths: Iterable[int] = map(len, ids)
        else:
            parts = [i.encode("utf-8") for i in ids]
            self._blob = b"".join(parts)
            lengths = map(len, parts)
        # _ends[i] is where id i starts, _ends[i + 1] where it ends (4 bytes each up to 4 GB)
        offsets = accumulate(lengths, initial=0)
        self._ends = array("I" if len(self._blob) < 2**32 else "Q", offsets)

    def __len__(self) -> int:
        return len(self._ends) - 1

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self._at(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("id index out of range")
        return self._at(index)

    def _at(self, index: int) -> str:
        return self._blob[self._ends[index]:self._ends[index + 1]].decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        return (self._at(i) for i in range(len(self)))

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and self._find(value) >= 0

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        """The first row holding `value` from `start` (ValueError if none), as list.index."""
        count = len(self)
        start = max(start + count if start < 0 else start, 0)
        stop = count if stop is None else max(min(stop + count if stop < 0 else stop, count), 0)
        row = self._find(value, start, stop) if isinstance(value, str) else -1
        if row < 0:
            raise ValueError(f"{value!r} is not in the list")
        return row

    def _find(self, value: str, start: int = 0, stop: int | None = None) -> int:
        """A search of the bytes, kept only where a match is a whole id: the end of one id
        and the start of the next can spell another id, and such a hit is skipped."""
        stop = len(self) if stop is None else stop
        if start >= stop:
            return -1
        needle = value.encode("utf-8")
        if not needle:
            return next((i for i in range(start, stop) if self._ends[i] == self._ends[i + 1]),
                        -1)
        end = self._ends[stop]
        at = self._blob.find(needle, self._ends[start], end)
        while at >= 0:
            row = bisect_right(self._ends, at) - 1  # after any empty ids starting there
            if self._ends[row] == at and self._ends[row + 1] - at == len(needle):
                return row
            at = self._blob.find(needle, at + 1, end)
        return -1
