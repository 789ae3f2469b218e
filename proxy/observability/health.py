"""The metrics listener: ``/metrics``, ``/healthz`` and ``/readyz``, and the recording helpers.

What ``sentinelle serve`` (``proxy/cli/serve.py``) does, in this order::

    # 1. Only with --workers N > 1, in the entry point (proxy.cli.main), before the serve command
    #    is imported, so before anything imports prometheus_client: a fresh private directory
    #    shared by the supervisor and the workers it starts afterwards.
    metrics_dir = multiprocess.prepare_multiprocess(None)      # -> Path (proxy.observability.multiprocess)

    from sentinelle.proxy.observability import health as observability

    # 2. Where to listen: --metrics overrides [metrics] listen; "" disables.
    listen = observability.resolve_listen(args.metrics, policy)   # -> HostPort | None

    # 3. In the process that owns the listener (the supervisor, or the only process):
    probe = observability.NextHopProbe(timeout=2.0, ttl=5.0)
    listener = observability.ObservabilityServer(listen, checks={
        "policy": lambda: runtime.policy is not None,
        "model": lambda: runtime.classifier is not None,       # or workers_ready(N) in the supervisor
        "next_hop": lambda: probe(runtime.policy.server.next_hop),
    }, multiprocess_dir=metrics_dir)                           # None when single-process
    listener.start()                                           # binds now: OSError if the port is taken
    ...
    listener.stop()

    # 4. In every process that handles mail, once policy and model are loaded:
    observability.record_build()
    observability.record_policy(policy)            # again after each successful SIGHUP reload
    observability.record_policy_reload(ok)         # True/False, start-up load included
    observability.record_keyring(expiry_dates)     # usable keys' expiry (datetime | None), at load/reload
    observability.mark_ready(True)                 # False when draining on SIGTERM

    # 5. In the supervisor, when a worker process has exited (reaped):
    observability.mark_process_dead(pid)

Single-process mode serves prometheus-client's default registry (with the
process and Python collectors). Multiprocess mode serves one coherent set
merged from every worker's files by ``MultiProcessCollector``: counters and
histograms of dead workers are kept, their live gauges are dropped.

The listener runs in its own daemon thread (``ThreadingHTTPServer``), so it
answers while the SMTP event loop is busy. Nothing here ever puts an address,
a subject or message content into a response.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from prometheus_client import REGISTRY, CollectorRegistry, multiprocess
from prometheus_client.exposition import choose_encoder

from sentinelle.proxy import __version__
from sentinelle.proxy.observability import metrics

# The multiprocess set-up, re-exported for callers that hold this module as their one handle.
from sentinelle.proxy.observability.multiprocess import MULTIPROC_ENV as MULTIPROC_ENV
from sentinelle.proxy.observability.multiprocess import multiprocess_directory as multiprocess_directory
from sentinelle.proxy.observability.multiprocess import prepare_multiprocess as prepare_multiprocess
from sentinelle.proxy.observability.multiprocess import remove_multiprocess_directory as remove_multiprocess_directory
from sentinelle.proxy.policy.loader import parse_host_port
from sentinelle.proxy.policy.schema import HostPort, NextHop, Policy

log = logging.getLogger(__name__)

KEY_EXPIRY_WINDOW = timedelta(days=30)

Check = Callable[[], bool]


# --- multiprocess mode ---------------------------------------------------------------------------------------


def mark_process_dead(pid: int) -> None:
    """Bookkeeping after a worker exited: drop its live gauges (connections, readiness, info).

    Counters and histograms stay: what a dead worker counted was still done.
    A no-op in single-process mode.
    """
    path = multiprocess_directory()
    if path is None:
        return
    multiprocess.mark_process_dead(pid, str(path))  # type: ignore[no-untyped-call]


# --- recording helpers ---------------------------------------------------------------------------------------


def record_build() -> None:
    """Set ``sentinelle_build_info{version, python} 1``."""
    metrics.BUILD_INFO.labels(version=__version__, python=platform.python_version()).set(1)


def record_policy(policy: Policy) -> None:
    """Set ``sentinelle_policy_info{sha256, mode}`` to 1 for ``policy`` and to 0 for any other this process set.

    Setting the replaced series to 0 rather than removing it is what works in
    multiprocess mode, where a removed child would keep its value on disk.
    """
    current = {"sha256": policy.digest, "mode": policy.mode.value}
    for family in metrics.POLICY_INFO.collect():
        for sample in family.samples:
            if sample.value and sample.labels != current:
                metrics.POLICY_INFO.labels(**sample.labels).set(0)
    metrics.POLICY_INFO.labels(**current).set(1)


def record_policy_reload(success: bool) -> None:
    """Count one policy load (start-up or SIGHUP) by result."""
    metrics.POLICY_RELOADS.labels(result="success" if success else "failure").inc()


def record_keyring(expiries: Iterable[datetime | None], *, now: datetime | None = None) -> None:
    """Set the usable-keys and expiring-within-30-days gauges from the usable keys' expiry dates.

    ``None`` means a key that never expires. Naive datetimes are taken as UTC.
    """
    moment = now or datetime.now(UTC)
    dates = list(expiries)
    expiring = sum(1 for date in dates if date is not None and _aware(date) - moment <= KEY_EXPIRY_WINDOW)
    metrics.KEYS_USABLE.set(len(dates))
    metrics.KEYS_EXPIRING.set(expiring)


def _aware(date: datetime) -> datetime:
    return date if date.tzinfo is not None else date.replace(tzinfo=UTC)


def mark_ready(ready: bool) -> None:
    """This process accepts mail (policy and model loaded) or no longer does (draining)."""
    metrics.WORKERS_READY.set(1 if ready else 0)


def workers_ready(expected: int) -> Check:
    """A readiness check for the supervisor: at least ``expected`` processes called ``mark_ready(True)``.

    Reads the same merged view as ``/metrics`` (multiprocess files, or the
    default registry in single-process mode).
    """

    def check() -> bool:
        return _gauge_value("sentinelle_workers_ready") >= expected

    return check


def _gauge_value(name: str) -> float:
    path = multiprocess_directory()
    if path is None:
        return REGISTRY.get_sample_value(name) or 0.0
    total = 0.0
    collector = multiprocess.MultiProcessCollector(None, str(path))  # type: ignore[no-untyped-call]
    for family in collector.collect():  # type: ignore[no-untyped-call]
        total += sum(sample.value for sample in family.samples if sample.name == name)
    return total


# --- readiness: the next hop ---------------------------------------------------------------------------------


def next_hop_reachable(next_hop: NextHop, timeout: float) -> bool:
    """Whether mail could be handed to ``next_hop`` now (uncached).

    SMTP peer: connect, read a 2xx greeting, say QUIT — an SMTP conversation
    rather than a bare connect, so the next hop's log shows a clean session.
    ``maildir:DIR``: DIR (and its ``tmp`` subdirectory, if present) is a
    writable directory.
    """
    if next_hop.maildir is not None:
        return _writable_maildir(next_hop.maildir)
    if next_hop.address is None:
        return False
    return _smtp_greets(next_hop.address, timeout)


def _writable_maildir(path: Path) -> bool:
    if not path.is_dir() or not os.access(path, os.W_OK | os.X_OK):
        return False
    tmp = path / "tmp"
    return not tmp.exists() or (tmp.is_dir() and os.access(tmp, os.W_OK | os.X_OK))


def _smtp_greets(address: HostPort, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    try:
        with socket.create_connection((address.host, address.port), timeout=timeout) as sock:
            reader = sock.makefile("rb")
            while True:  # a multi-line greeting is "220-..." lines, then "220 ..."
                sock.settimeout(max(deadline - time.monotonic(), 0.001))
                line = reader.readline(1024)
                if len(line) < 4 or not line[:3].isdigit():
                    return False
                if line[3:4] != b"-":
                    break
            greeted = line.startswith(b"2")
            sock.settimeout(max(deadline - time.monotonic(), 0.001))
            sock.sendall(b"QUIT\r\n")
            reader.readline(1024)  # 221; its absence does not change the answer
            return greeted
    except OSError:
        return False


class NextHopProbe:
    """``next_hop_reachable`` with a cache: at most one probe per ``ttl`` seconds per next hop.

    Orchestrators poll /readyz every few seconds; the cache keeps that from
    becoming a stream of sessions on the next hop. Thread-safe.
    """

    def __init__(self, timeout: float = 2.0, ttl: float = 5.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.timeout = timeout
        self.ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._cache: dict[NextHop, tuple[float, bool]] = {}

    def __call__(self, next_hop: NextHop) -> bool:
        with self._lock:
            cached = self._cache.get(next_hop)
            if cached is not None and self._clock() - cached[0] < self.ttl:
                return cached[1]
        result = next_hop_reachable(next_hop, self.timeout)
        with self._lock:
            self._cache[next_hop] = (self._clock(), result)
        return result


# --- the HTTP listener ---------------------------------------------------------------------------------------


def resolve_listen(flag: str | None, policy: Policy) -> HostPort | None:
    """The listener address: ``--metrics`` if given ("" disables), else the policy's ``[metrics] listen``.

    Raises ValueError on a malformed flag (the CLI reports it as a usage error).
    """
    if flag is None:
        return policy.metrics_listen
    if flag == "":
        return None
    return parse_host_port(flag)


class ObservabilityServer:
    """HTTP listener for ``/metrics``, ``/healthz`` and ``/readyz`` in a daemon thread.

    ``checks`` maps a check name to a callable answering True when ready; it
    is called on every /readyz request (an exception counts as not ready and
    is logged). ``multiprocess_dir`` set: serve the merged multiprocess view;
    None: prometheus-client's default registry.
    """

    def __init__(self, listen: HostPort, *, checks: Mapping[str, Check] | None = None,
                 multiprocess_dir: Path | None = None) -> None:
        self.listen = listen
        self.checks: Mapping[str, Check] = dict(checks or {})
        self.multiprocess_dir = multiprocess_dir
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> HostPort:
        """The bound address (the real port when ``listen`` asked for port 0)."""
        if self._httpd is None:
            raise RuntimeError("listener not started")
        return HostPort(self.listen.host, self._httpd.server_address[1])

    def start(self) -> None:
        """Bind and start serving; OSError (e.g. address in use) propagates so start-up fails loudly."""
        if self.multiprocess_dir is not None:
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry, str(self.multiprocess_dir))  # type: ignore[no-untyped-call]
        else:
            registry = REGISTRY
        handler = _make_handler(registry, self.readiness)
        server_class = _server_class(self.listen.host)
        self._httpd = server_class((self.listen.host, self.listen.port), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="sentinelle-metrics",
                                        kwargs={"poll_interval": 0.2}, daemon=True)
        self._thread.start()
        log.info("metrics listener on http://%s/metrics", self.address)

    def stop(self) -> None:
        """Stop serving and close the socket (idempotent)."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def readiness(self) -> tuple[bool, dict[str, bool]]:
        """Run every check; (all passed, name -> result)."""
        results: dict[str, bool] = {}
        for name, check in self.checks.items():
            try:
                results[name] = bool(check())
            except Exception:
                log.exception("readiness check %s raised", name)
                results[name] = False
        return all(results.values()), results

    def __enter__(self) -> ObservabilityServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _server_class(host: str) -> type[ThreadingHTTPServer]:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET

    class _Server(ThreadingHTTPServer):
        address_family = family
        daemon_threads = True

    return _Server


_SCRAPE_HOOKS: list[Callable[[], None]] = []


def add_scrape_hook(hook: Callable[[], None]) -> None:
    """Run ``hook`` before each /metrics answer of this process's listener (e.g. refresh a gauge
    that goes stale with time); an exception is logged and the scrape goes on."""
    if hook not in _SCRAPE_HOOKS:
        _SCRAPE_HOOKS.append(hook)


def _run_scrape_hooks() -> None:
    for hook in list(_SCRAPE_HOOKS):
        try:
            hook()
        except Exception as error:
            log.warning("metrics hook failed: %s", type(error).__name__)


def _make_handler(registry: Any, readiness: Callable[[], tuple[bool, dict[str, bool]]]
                  ) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "sentinelle-metrics"
        sys_version = ""

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                _run_scrape_hooks()
                encoder, content_type = choose_encoder(self.headers.get("Accept", ""))
                try:
                    body = encoder(registry)
                except Exception:
                    log.exception("metrics collection failed")
                    self._send(HTTPStatus.INTERNAL_SERVER_ERROR, b"collection failed\n", "text/plain")
                    return
                self._send(HTTPStatus.OK, body, content_type)
            elif path == "/healthz":
                self._send(HTTPStatus.OK, b"ok\n", "text/plain; charset=utf-8")
            elif path == "/readyz":
                ready, results = readiness()
                document: dict[str, Any] = {"ready": ready, "checks": results}
                if not ready:
                    document["failed"] = [name for name, ok in results.items() if not ok]
                status = HTTPStatus.OK if ready else HTTPStatus.SERVICE_UNAVAILABLE
                self._send(status, (json.dumps(document) + "\n").encode(), "application/json")
            else:
                self._send(HTTPStatus.NOT_FOUND, b"not found: try /metrics, /healthz or /readyz\n",
                           "text/plain; charset=utf-8")

        def do_HEAD(self) -> None:
            self.do_GET()

        def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            log.debug("metrics listener: " + format, *args)

    return Handler
