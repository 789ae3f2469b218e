"""Worker supervision: the listening sockets, one process per worker sharing the port, and their supervisor."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import threading
import time
from collections.abc import Callable

from sentinelle.proxy.observability import health as observability
from sentinelle.proxy.policy.schema import HostPort
from sentinelle.proxy.smtp.handler import ServerState
from sentinelle.proxy.smtp.listener import drain, start_server
from sentinelle.proxy.smtp.runtime import Runtime

log = logging.getLogger(__name__)


async def _worker_main(runtime: Runtime, sock: socket.socket, lmtp: bool,
                       ready: Callable[[bool], None]) -> None:
    state = ServerState(lambda: runtime.services, lmtp=lmtp)
    server = await start_server(state, sock=sock)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.add_signal_handler(signal.SIGHUP, lambda: loop.run_in_executor(None, runtime.reload))
    ready(True)
    log.info("listening on %s, next hop %s", runtime.policy.server.listen, runtime.policy.server.next_hop)
    await stop.wait()
    ready(False)
    log.info("SIGTERM: draining (up to %.0f s)", runtime.policy.server.shutdown_grace_seconds)
    await drain(state, server, runtime.policy.server.shutdown_grace_seconds)
    await runtime.services.next_hop.close()


def run_worker(runtime: Runtime, sock: socket.socket, lmtp: bool) -> int:
    """Serve on ``sock`` until SIGTERM; return the exit status."""
    runtime.open_audit()
    runtime.record_observability()
    asyncio.run(_worker_main(runtime, sock, lmtp, observability.mark_ready))
    if runtime.services.audit is not None:
        runtime.services.audit.close()
    return 0


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def check_port_free(listen: HostPort) -> None:
    """OSError when something already listens on ``listen`` (SO_REUSEPORT sockets would silently
    share the port with it)."""
    probe = socket.socket(_family(listen.host), socket.SOCK_STREAM)
    try:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((listen.host, listen.port))
    finally:
        probe.close()


def listening_socket(listen: HostPort, *, reuse_port: bool) -> socket.socket:
    sock = socket.socket(_family(listen.host), socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((listen.host, listen.port))
    sock.listen(512)
    sock.setblocking(False)
    return sock


def _fork_worker(runtime: Runtime, sockets: list[socket.socket], index: int, lmtp: bool) -> int:
    pid = os.fork()
    if pid == 0:  # the worker
        code = 1
        try:
            for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGCHLD):
                signal.signal(signum, signal.SIG_DFL)
            for other, sock in enumerate(sockets):
                if other != index:
                    sock.close()
            code = run_worker(runtime, sockets[index], lmtp)
        except BaseException:
            log.exception("worker %d failed", index)
        finally:
            logging.shutdown()
            os._exit(code)
    return pid


def supervise(runtime: Runtime, sockets: list[socket.socket], lmtp: bool,
              on_started: Callable[[], None] = lambda: None) -> int:
    """Run one worker per socket; forward SIGTERM/SIGHUP; restart a worker that dies unexpectedly."""
    # Once here rather than once per worker on live mail; workers (restarted ones too) inherit it.
    runtime.warm_up()
    if threading.active_count() > 1:  # fork with threads can deadlock the child on a held lock
        log.warning("threads exist before fork; workers may be unsafe")
    signals: list[int] = []
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGCHLD):
        signal.signal(signum, lambda s, _f: signals.append(s))
    workers: dict[int, int] = {}  # pid -> socket index
    for index in range(len(sockets)):
        workers[_fork_worker(runtime, sockets, index, lmtp)] = index
    on_started()
    stopping = False
    stop_deadline = 0.0
    grace = runtime.policy.server.shutdown_grace_seconds
    while workers:
        while signals:
            received = signals.pop(0)
            if received in (signal.SIGTERM, signal.SIGINT) and not stopping:
                stopping = True
                stop_deadline = time.monotonic() + grace + 5.0
                for pid in workers:
                    _kill(pid, signal.SIGTERM)
            elif received == signal.SIGHUP and not stopping:
                runtime.reload(record=False)  # so that a restarted worker starts with the new policy
                for pid in workers:
                    _kill(pid, signal.SIGHUP)
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid:
            index = workers.pop(pid)
            observability.mark_process_dead(pid)
            if not stopping:
                log.error("worker %d (pid %d) exited with status %d; restarting it", index, pid, status)
                time.sleep(0.5)
                workers[_fork_worker(runtime, sockets, index, lmtp)] = index
            continue
        if stopping and time.monotonic() > stop_deadline:
            for pid in workers:
                _kill(pid, signal.SIGKILL)
        time.sleep(0.1)
    return 0


def _kill(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signum)
