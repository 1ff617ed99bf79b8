"""A TCP proxy on 127.0.0.1 that delays each direction by a fixed time (a slow line
without a bandwidth limit) and counts round trips, for bench/sync.py.

A round trip is counted each time the desk sends after having heard from head office
(or first): one request/answer exchange. The TCP handshake itself is not counted.
"""

from __future__ import annotations

import contextlib
import heapq
import socket
import threading
import time


class DelayProxy:
    def __init__(self, unix_path: str, one_way_s: float) -> None:
        self.unix_path = unix_path
        self.delay = one_way_s
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = int(self.listener.getsockname()[1])
        self.round_trips = 0
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def reset(self) -> None:
        with self._lock:
            self.round_trips = 0

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.socket(socket.AF_UNIX)
            upstream.connect(self.unix_path)
            state = {"desk_turn": True}
            for src, dst, from_desk in ((client, upstream, True), (upstream, client, False)):
                queue: list[tuple[float, int, bytes]] = []
                ready = threading.Condition()
                threading.Thread(target=self._read, daemon=True,
                                 args=(src, queue, ready, from_desk, state)).start()
                threading.Thread(target=self._deliver, daemon=True,
                                 args=(dst, queue, ready)).start()

    def _read(self, src: socket.socket, queue: list[tuple[float, int, bytes]],
              ready: threading.Condition, from_desk: bool, state: dict[str, bool]) -> None:
        n = 0
        try:
            while data := src.recv(65536):
                with self._lock:
                    if from_desk and state["desk_turn"]:
                        self.round_trips += 1
                        state["desk_turn"] = False
                    elif not from_desk:
                        state["desk_turn"] = True
                with ready:
                    n += 1
                    heapq.heappush(queue, (time.monotonic() + self.delay, n, data))
                    ready.notify()
        except OSError:
            pass
        with ready:
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

    def close(self) -> None:
        self._closed = True
        self.listener.close()
