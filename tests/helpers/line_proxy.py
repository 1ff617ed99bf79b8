"""The head-office line between a desk and the real PostgreSQL, made a TCP proxy on
127.0.0.1 that tests and bench/sync.py can slow down, count and cut.

One class for what used to be three (bench's delaying proxy, the tests' cuttable one and
their round-trip counter), so a line behaves and counts the same wherever it is used:

- `one_way_s`: each direction is delayed by that time (a slow line without a bandwidth
  limit); 0 forwards at once.
- round trips are always counted: one each time the desk sends after having heard from
  head office (or first), i.e. one request/answer exchange. The TCP handshake itself is
  not counted. `connections` counts the connections opened and `open` those whose desk
  side has not ended, since the last `reset()`.
- `cut()` drops every open connection at once, as a failing line would (new connections
  still work); `cut_after_bytes=N` (an undelayed line) does so by itself once more than N
  bytes went the `from_desk` way (mid-batch) or the other (mid-page), and again for
  every later connection, since the count stays over N.
"""

from __future__ import annotations

import contextlib
import heapq
import socket
import threading
import time


class LineProxy:
    def __init__(self, unix_path: str, *, one_way_s: float = 0.0, cut_after_bytes: int = 0,
                 from_desk: bool = True) -> None:
        if one_way_s and cut_after_bytes:
            raise ValueError("a line is either slowed down or cut after some bytes")
        self.unix_path = unix_path
        self.delay = one_way_s
        self.limit = cut_after_bytes
        self.from_desk = from_desk
        self.sent = 0  # bytes gone the watched way, when cut_after_bytes is set
        self.round_trips = 0
        self.connections = 0  # opened since the last reset
        self.open = 0  # desk-side streams not yet ended
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = int(self.listener.getsockname()[1])
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def reset(self) -> None:
        with self._lock:
            self.round_trips = self.connections = 0

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.socket(socket.AF_UNIX)
            upstream.connect(self.unix_path)
            turn = {"desk": True}
            with self._lock:
                self._sockets += [client, upstream]
                self.connections += 1
                self.open += 1
            for src, dst, from_desk in ((client, upstream, True), (upstream, client, False)):
                if self.delay:
                    queue: list[tuple[float, int, bytes]] = []
                    ready = threading.Condition()
                    threading.Thread(target=self._read, daemon=True,
                                     args=(src, queue, ready, from_desk, turn)).start()
                    threading.Thread(target=self._deliver, daemon=True,
                                     args=(dst, queue, ready)).start()
                else:
                    threading.Thread(target=self._pump, daemon=True,
                                     args=(src, dst, from_desk, turn)).start()

    def _heard(self, from_desk: bool, turn: dict[str, bool]) -> None:
        """Count a round trip when the desk speaks after head office (or first)."""
        with self._lock:
            if from_desk and turn["desk"]:
                self.round_trips += 1
                turn["desk"] = False
            elif not from_desk:
                turn["desk"] = True

    def _ended(self, from_desk: bool) -> None:
        if from_desk:
            with self._lock:
                self.open -= 1

    def _over_limit(self, from_desk: bool, size: int) -> bool:
        """After `size` bytes went by: whether they took the watched way past the limit."""
        if not self.limit or from_desk != self.from_desk:
            return False
        self.sent += size
        return self.sent > self.limit

    def _pump(self, src: socket.socket, dst: socket.socket, from_desk: bool,
              turn: dict[str, bool]) -> None:
        try:
            while data := src.recv(65536):
                self._heard(from_desk, turn)
                dst.sendall(data)
                if self._over_limit(from_desk, len(data)):
                    self.cut()
                    return
        except OSError:
            pass
        finally:
            self._ended(from_desk)
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def _read(self, src: socket.socket, queue: list[tuple[float, int, bytes]],
              ready: threading.Condition, from_desk: bool, turn: dict[str, bool]) -> None:
        n = 0
        try:
            while data := src.recv(65536):
                self._heard(from_desk, turn)
                with ready:
                    n += 1
                    heapq.heappush(queue, (time.monotonic() + self.delay, n, data))
                    ready.notify()
        except OSError:
            pass
        self._ended(from_desk)
        with ready:  # the end of the stream travels as slowly as its data
            heapq.heappush(queue, (time.monotonic() + self.delay, n + 1, b""))
            ready.notify()

    @staticmethod
    def _deliver(dst: socket.socket, queue: list[tuple[float, int, bytes]],
                 ready: threading.Condition) -> None:
        while True:
            with ready:
                while not queue:
                    ready.wait()
                due, _n, data = queue[0]
                wait = due - time.monotonic()
                if wait > 0:
                    ready.wait(wait)
                    continue
                heapq.heappop(queue)
            if not data:
                with contextlib.suppress(OSError):
                    dst.shutdown(socket.SHUT_RDWR)
                return
            try:
                dst.sendall(data)
            except OSError:
                return

    def wait_all_closed(self) -> None:
        """Until every connection has ended (its last message, Terminate, counted)."""
        deadline = time.monotonic() + 10
        while self.open and time.monotonic() < deadline:
            time.sleep(0.01)
        assert self.open == 0

    def cut(self) -> None:
        with self._lock:
            for s in self._sockets:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
            self._sockets.clear()

    def close(self) -> None:
        self._closed = True
        self.cut()
        self.listener.close()
