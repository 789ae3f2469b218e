"""Worker processes for untrusted parsers (PDF, Office, DICOM, HL7 v2, FHIR/JSON, large HTML/RTF).

A pathological file must not stall or kill the proxy, so these parsers run in a small pool of
persistent worker processes, each with an address-space limit (``RLIMIT_AS``) and a CPU-time
limit (``RLIMIT_CPU``, re-armed per call), while the caller waits at most a wall-clock timeout.
A worker that overruns is killed and replaced lazily; the call yields an ``uninspectable``
problem (``timeout``, ``size_limit`` for memory, ``corrupt`` for a crash) instead of raising.
Workers set their OOM score to the maximum, so that under memory pressure the kernel kills a
parser, not the proxy.

Workers come from a multiprocessing *forkserver*: the proxy runs an asyncio loop and threads,
and forking such a process directly is unsafe. The pool starts on first use, so messages
without binary attachments never start a process. ``shutdown()`` stops the workers (tests,
proxy shutdown; also registered with ``atexit``). The pool is process-wide state on purpose: it
owns OS processes, which cannot be passed around like values.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import multiprocessing
import os
import resource
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from sentinelle.classifiers.extractors._common import CORRUPT, SIZE_LIMIT, TIMEOUT, Budget, Output, problem_output

# Parser processes at most: one per CPU the container may use, as many as fit in half its memory
# limit at the shipped parser_memory_mb (the other half is the proxy's resident set and messages),
# never more than 4 (see pool_size).
MAX_WORKERS_CAP = 4
PARSER_MEMORY_SHARE = 0.5
SHIPPED_PARSER_MEMORY_MB = 512


def pool_size(cpus: float | None, memory_limit_bytes: int | None, parser_memory_mb: int) -> int:
    """How many parser processes the pool may run: ``cpus`` (rounded up; None = unknown) and the
    parsers that fit in ``PARSER_MEMORY_SHARE`` of ``memory_limit_bytes`` (None = no limit).

    >>> pool_size(None, None, 512), pool_size(1, 2 * 2**30, 512), pool_size(8, 1 * 2**30, 512)
    (4, 1, 1)
    >>> pool_size(2.5, 8 * 2**30, 512), pool_size(0.25, None, 512)
    (3, 1)
    """
    size = MAX_WORKERS_CAP
    if cpus is not None:
        size = min(size, max(1, -int(-cpus // 1)))
    if memory_limit_bytes is not None:
        size = min(size, int(memory_limit_bytes * PARSER_MEMORY_SHARE) // (parser_memory_mb * 2**20))
    return max(1, size)


def container_limits(environ: dict[str, str] | None = None, cgroup: str = "/sys/fs/cgroup") -> tuple[
        float | None, int | None]:
    """(CPUs, memory limit in bytes) of this container, not of the node: the Kubernetes downward API
    (``SENTINELLE_CPUS`` from ``requests.cpu``, ``SENTINELLE_MEMORY_LIMIT`` from ``limits.memory``:
    deploy/kubernetes/deployment.yaml), else the cgroup v2 limits (``cpu.max``, ``memory.max``),
    else the CPUs this process may run on and no memory limit."""
    env = os.environ if environ is None else environ
    cpus: float | None = None
    memory: int | None = None
    with contextlib.suppress(ValueError):
        cpus = float(env["SENTINELLE_CPUS"]) if env.get("SENTINELLE_CPUS") else None
    with contextlib.suppress(ValueError):
        memory = int(env["SENTINELLE_MEMORY_LIMIT"]) if env.get("SENTINELLE_MEMORY_LIMIT") else None
    if cpus is None:
        with contextlib.suppress(OSError, ValueError, IndexError):
            quota, period = Path(cgroup, "cpu.max").read_text().split()[:2]
            cpus = None if quota == "max" else int(quota) / int(period)
    if memory is None:
        with contextlib.suppress(OSError, ValueError):
            text = Path(cgroup, "memory.max").read_text().strip()
            memory = None if text == "max" else int(text)
    if cpus is None:
        cpus = float(len(os.sched_getaffinity(0))) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return cpus, memory


MAX_WORKERS = pool_size(*container_limits(), SHIPPED_PARSER_MEMORY_MB)
_PRELOAD = [
    "sentinelle.classifiers.extractors.hl7v2",
    "sentinelle.classifiers.extractors.fhir",
    "sentinelle.classifiers.extractors.ics",
    "sentinelle.classifiers.extractors.pdf",
    "sentinelle.classifiers.extractors.office",
    "sentinelle.classifiers.extractors.xlsx",
    "sentinelle.classifiers.extractors.dicom",
]
_CPU_GRACE_SECONDS = 1


def _resolve(target: str) -> Callable[..., Output]:
    module, _, name = target.partition(":")
    function: Callable[..., Output] = getattr(importlib.import_module(module), name)
    return function


def _worker_main(conn: Connection, memory_mb: int) -> None:
    """Worker loop: receive (target, data, args, budget, cpu_seconds), reply ("ok", Output) or
    ("problem", cause, text); the target is called as ``function(data, *args, budget)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # When the container or machine runs out of memory, the kernel's OOM killer should take a
    # parser (its file becomes uninspectable) rather than the proxy holding every connection.
    # Raising one's own score needs no privilege.
    with contextlib.suppress(OSError), open("/proc/self/oom_score_adj", "w", encoding="ascii") as adj:
        adj.write("1000")
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        try:
            target, data, args, budget, cpu_seconds = conn.recv()
        except (EOFError, OSError, MemoryError):  # MemoryError: the file alone passes the limit
            return
        used = resource.getrusage(resource.RUSAGE_SELF)
        spent = int(used.ru_utime + used.ru_stime) + 1
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = spent + cpu_seconds
        resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))
        try:
            reply: tuple[Any, ...] = ("ok", _resolve(target)(data, *args, budget))
        except MemoryError:
            conn.send(("problem", SIZE_LIMIT, "parser exceeded its memory limit"))
            return  # a MemoryError can leave a library half-initialised: start afresh
        except RecursionError:
            reply = ("problem", CORRUPT, "parser recursion too deep")
        except Exception as exc:  # any parser failure on hostile input means "unreadable"
            reply = ("problem", CORRUPT, f"parser failed ({type(exc).__name__})")
        del data
        try:
            conn.send(reply)
        except Exception as exc:  # e.g. an unpicklable value from a library
            conn.send(("problem", CORRUPT, f"parser result not transferable ({type(exc).__name__})"))


class _Worker:
    def __init__(self, ctx: Any, memory_mb: int) -> None:
        parent, child = ctx.Pipe(duplex=True)
        self.memory_mb = memory_mb
        self.conn: Connection = parent
        self.process: BaseProcess = ctx.Process(target=_worker_main, args=(child, memory_mb), daemon=True)
        self.process.start()
        child.close()

    def kill(self) -> int | None:
        """Stop the process for good and return its exit code (negative = killed by that signal)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        with contextlib.suppress(OSError):
            self.conn.close()
        return self.process.exitcode


class _Pool:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(MAX_WORKERS)
        self._idle: list[_Worker] = []
        self._ctx: Any = None

    def _context(self) -> Any:
        if self._ctx is None:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(_PRELOAD)
            self._ctx = ctx
        return self._ctx

    def _take(self, memory_mb: int) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.memory_mb == memory_mb and worker.process.is_alive():
                    return worker
                worker.kill()
            ctx = self._context()
        return _Worker(ctx, memory_mb)

    def call(self, target: str, data: bytes, args: tuple[object, ...], budget: Budget, timeout: float,
             memory_mb: int) -> Output:
        started = time.monotonic()
        if not self._slots.acquire(timeout=max(timeout, 0.0)):
            return problem_output(TIMEOUT, "no parser worker became free in time")
        try:
            return self._call((target, data, args, budget), started + timeout, memory_mb)
        finally:
            self._slots.release()

    def _call(self, request: tuple[str, bytes, tuple[object, ...], Budget], deadline: float, memory_mb: int) -> Output:
        cpu_seconds = max(1, int(deadline - time.monotonic()) + _CPU_GRACE_SECONDS)
        worker = self._take(memory_mb)
        try:
            worker.conn.send((*request, cpu_seconds))
        except OSError:  # the idle worker died meanwhile: one retry with a fresh one
            worker.kill()
            worker = _Worker(self._context(), memory_mb)
            try:
                worker.conn.send((*request, cpu_seconds))
            except OSError:  # a fresh worker that cannot even receive the file: its memory limit
                worker.kill()
                return problem_output(SIZE_LIMIT, "parser worker could not take the file (memory limit)")
        if not worker.conn.poll(max(deadline - time.monotonic(), 0.0)):
            worker.kill()
            return problem_output(TIMEOUT, "parser exceeded its time limit and was stopped")
        try:
            reply = worker.conn.recv()
        except (EOFError, OSError):
            code = worker.kill()
            if code == -signal.SIGXCPU:
                return problem_output(TIMEOUT, "parser exceeded its CPU time limit")
            if code == -signal.SIGKILL:
                return problem_output(SIZE_LIMIT, "parser was killed (memory)")
            return problem_output(CORRUPT, f"parser crashed (exit {code})")
        if reply[0] == "ok" and isinstance(reply[1], Output):
            with self._lock:
                self._idle.append(worker)
            return reply[1]
        if reply[1] == SIZE_LIMIT:
            worker.kill()
        else:
            with self._lock:
                self._idle.append(worker)
        return problem_output(str(reply[1]), str(reply[2]))

    def shutdown(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            with contextlib.suppress(OSError):
                worker.conn.close()  # the worker loop ends on EOF
            worker.kill()


_POOL = _Pool()


def run(target: str, data: bytes, budget: Budget, *, timeout: float, memory_mb: int,
        args: tuple[object, ...] = ()) -> Output:
    """Run ``target`` ("module:function", called as ``function(data, *args, budget) -> Output``) in a worker.

    Never raises for anything the parser does; waits at most about ``timeout`` seconds.
    """
    return _POOL.call(target, data, args, budget, timeout, memory_mb)


def shutdown() -> None:
    """Stop every idle worker process (busy ones are stopped by their caller's timeout)."""
    _POOL.shutdown()


atexit.register(shutdown)
