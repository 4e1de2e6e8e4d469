"""A real TCP proxy on 127.0.0.1 for outage tests: the app talks to the database through it,
the test stops it (every open connection is cut, new ones are refused) and starts it again
on the same port; or freezes it (a server that is there and silent: connections stay open,
bytes are taken and nothing is passed on, either way), now or when a given pattern passes,
and thaws it."""

from __future__ import annotations

import socket
import threading


class TcpProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self._server: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self._flowing = threading.Event()
        self._flowing.set()
        self._trigger: bytes | None = None

    def freeze_on(self, pattern: bytes) -> None:
        """Fall silent when `pattern` passes (e.g. a waybill number bound in a query): the
        chunk carrying it is held, with everything after it."""
        self._trigger = pattern

    def freeze(self) -> None:
        """The server falls silent: what is sent is held, connections are accepted."""
        self._flowing.clear()

    def thaw(self) -> None:
        """What was held goes on (to connections still open); bytes flow again."""
        self._flowing.set()

    def start(self) -> TcpProxy:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen(64)
        self.port = server.getsockname()[1]
        self._server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()
        return self

    def stop(self) -> None:
        """The network goes down: no new connections, the open ones are cut."""
        server, self._server = self._server, None
        if server is not None:
            try:
                server.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
            except OSError:
                pass
            server.close()
        self._flowing.set()  # held pumps go on, into the sockets about to be cut
        with self._lock:
            conns, self._conns = self._conns, []
        for s in conns:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return  # stopped
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                if self._server is not server:  # stopped meanwhile
                    client.close()
                    upstream.close()
                    return
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                if self._trigger is not None and self._trigger in data:
                    self._trigger = None
                    self._flowing.clear()
                self._flowing.wait()
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
