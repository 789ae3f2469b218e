"""The metrics listener, readiness checks, multiprocess mode and the recording helpers, without the SMTP server."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import subprocess
import sys
import textwrap
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import free_port
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from sentinelle.proxy import __version__
from sentinelle.proxy.observability import health as observability
from sentinelle.proxy.observability.health import NextHopProbe, ObservabilityServer, next_hop_reachable
from sentinelle.proxy.policy.loader import parse_policy
from sentinelle.proxy.policy.schema import HostPort, NextHop

ROOT = Path(__file__).resolve().parent.parent


def fetch(server: ObservabilityServer | int, path: str) -> tuple[int, str, str]:
    """GET ``path`` from a listener (or a port); (status, content type, body) for any status."""
    port = server if isinstance(server, int) else server.address.port
    url = f"http://127.0.0.1:{port}{path}"
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


@pytest.fixture
def listener() -> Iterator[ObservabilityServer]:
    state = {"policy": True, "model": True}
    server = ObservabilityServer(HostPort("127.0.0.1", 0), checks={
        "policy": lambda: state["policy"],
        "model": lambda: state["model"],
    })
    server.state = state  # type: ignore[attr-defined]
    with server:
        yield server


# --- HTTP endpoints ------------------------------------------------------------------------------------------


def test_healthz_answers_ok(listener: ObservabilityServer) -> None:
    assert fetch(listener, "/healthz")[0::2] == (200, "ok\n")


def test_readyz_200_when_every_check_passes(listener: ObservabilityServer) -> None:
    status, content_type, body = fetch(listener, "/readyz")
    assert (status, content_type) == (200, "application/json")
    assert json.loads(body) == {"ready": True, "checks": {"policy": True, "model": True}}


def test_readyz_503_names_the_failed_check(listener: ObservabilityServer) -> None:
    listener.state["model"] = False  # type: ignore[attr-defined]
    status, _, body = fetch(listener, "/readyz")
    assert status == 503
    assert json.loads(body) == {"ready": False, "checks": {"policy": True, "model": False}, "failed": ["model"]}


def test_a_raising_check_counts_as_not_ready() -> None:
    def broken() -> bool:
        raise OSError("boom")

    with ObservabilityServer(HostPort("127.0.0.1", 0), checks={"next_hop": broken}) as server:
        status, _, body = fetch(server, "/readyz")
    assert status == 503
    assert json.loads(body)["failed"] == ["next_hop"]


def test_metrics_serves_the_default_registry_in_single_process_mode(listener: ObservabilityServer) -> None:
    observability.record_build()
    status, content_type, body = fetch(listener, "/metrics")
    assert status == 200
    assert content_type.startswith("text/plain; version=0.0.4")
    families = {family.name: family for family in text_string_to_metric_families(body)}
    build = families["sentinelle_build_info"].samples
    assert [(s.labels["version"], s.value) for s in build] == [(__version__, 1.0)]
    assert "sentinelle_messages" in families
    assert "process_cpu_seconds" in families  # the default registry's process collector


def test_metrics_answers_openmetrics_when_asked(listener: ObservabilityServer) -> None:
    request = urllib.request.Request(f"http://127.0.0.1:{listener.address.port}/metrics",
                                     headers={"Accept": "application/openmetrics-text; version=1.0.0"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Content-Type"].startswith("application/openmetrics-text")
        assert response.read().decode().endswith("# EOF\n")


def test_unknown_path_is_404(listener: ObservabilityServer) -> None:
    assert fetch(listener, "/admin")[0] == 404


def test_listener_answers_while_the_main_thread_is_busy(listener: ObservabilityServer) -> None:
    # The SMTP event loop may be busy for seconds; the listener's own thread must still answer.
    results: list[int] = []
    worker = threading.Thread(target=lambda: results.append(fetch(listener, "/healthz")[0]))
    worker.start()
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:  # busy loop holding this thread
        pass
    worker.join(timeout=10)
    assert results == [200]


def test_start_fails_loudly_when_the_port_is_taken(listener: ObservabilityServer) -> None:
    clash = ObservabilityServer(HostPort("127.0.0.1", listener.address.port))
    with pytest.raises(OSError):
        clash.start()


def test_stop_releases_the_port() -> None:
    server = ObservabilityServer(HostPort("127.0.0.1", 0))
    server.start()
    port = server.address.port
    server.stop()
    server.stop()  # idempotent
    again = ObservabilityServer(HostPort("127.0.0.1", port))
    again.start()
    again.stop()


def test_ipv6_loopback_listener() -> None:
    if not socket.has_ipv6:
        pytest.fail("this machine has no IPv6 support")
    with ObservabilityServer(HostPort("::1", 0)) as server:
        status = urllib.request.urlopen(f"http://[::1]:{server.address.port}/healthz", timeout=10).status
    assert status == 200


# --- where to listen -----------------------------------------------------------------------------------------


def test_resolve_listen_flag_overrides_policy_and_empty_disables() -> None:
    policy = parse_policy(b'[metrics]\nlisten = "127.0.0.1:9200"\n')
    assert observability.resolve_listen(None, policy) == HostPort("127.0.0.1", 9200)
    assert observability.resolve_listen("127.0.0.1:9300", policy) == HostPort("127.0.0.1", 9300)
    assert observability.resolve_listen("", policy) is None
    assert observability.resolve_listen(None, parse_policy(b'[metrics]\nlisten = ""\n')) is None
    assert observability.resolve_listen(None, parse_policy(b"")) == HostPort("127.0.0.1", 9108)
    with pytest.raises(ValueError):
        observability.resolve_listen("9108", policy)


# --- recording helpers ---------------------------------------------------------------------------------------


def test_record_policy_switches_the_info_series_on_reload() -> None:
    first = parse_policy(b'mode = "enforce"\n')
    second = parse_policy(b'mode = "audit"\n')
    observability.record_policy(first)
    observability.record_policy(second)

    def value(policy_digest: str, mode: str) -> float | None:
        return REGISTRY.get_sample_value("sentinelle_policy_info", {"sha256": policy_digest, "mode": mode})

    assert value(first.digest, "enforce") == 0.0
    assert value(second.digest, "audit") == 1.0
    observability.record_policy(first)
    assert (value(first.digest, "enforce"), value(second.digest, "audit")) == (1.0, 0.0)


def test_record_policy_reload_counts_by_result() -> None:
    def count(result: str) -> float:
        return REGISTRY.get_sample_value("sentinelle_policy_reloads_total", {"result": result}) or 0.0

    before = count("success"), count("failure")
    observability.record_policy_reload(True)
    observability.record_policy_reload(False)
    observability.record_policy_reload(False)
    assert (count("success"), count("failure")) == (before[0] + 1, before[1] + 2)


def test_record_keyring_counts_keys_expiring_within_30_days() -> None:
    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    observability.record_keyring([
        now + timedelta(days=10),
        now + timedelta(days=30),  # the boundary counts
        now + timedelta(days=31),
        None,  # never expires
        datetime(2026, 3, 5),  # naive: taken as UTC
    ], now=now)
    assert REGISTRY.get_sample_value("sentinelle_gateway_keys_usable") == 5
    assert REGISTRY.get_sample_value("sentinelle_gateway_keys_expiring") == 3


def test_mark_ready_feeds_workers_ready_check() -> None:
    check = observability.workers_ready(1)
    observability.mark_ready(False)
    assert check() is False
    observability.mark_ready(True)
    assert check() is True
    assert observability.workers_ready(2)() is False


# --- the next hop --------------------------------------------------------------------------------------------


class FakeSmtpPeer:
    """A loopback TCP peer that sends ``greeting`` and answers QUIT; counts its sessions."""

    def __init__(self, greeting: bytes) -> None:
        self.greeting = greeting
        self.sessions = 0
        self.quits = 0
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                self.sessions += 1
                conn.sendall(self.greeting)
                conn.settimeout(5)
                try:
                    if conn.makefile("rb").readline().upper().startswith(b"QUIT"):
                        self.quits += 1
                        conn.sendall(b"221 2.0.0 Bye\r\n")
                except OSError:
                    pass

    def close(self) -> None:
        # shutdown() wakes the thread blocked in accept(); close() alone would leave the port listening.
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self.thread.join(timeout=5)


def test_next_hop_reachable_speaks_smtp_and_quits() -> None:
    peer = FakeSmtpPeer(b"220-relay.example ESMTP\r\n220 second line\r\n")
    try:
        assert next_hop_reachable(NextHop(address=HostPort("127.0.0.1", peer.port)), timeout=5) is True
        deadline = time.monotonic() + 5
        while peer.quits < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert peer.quits == 1
    finally:
        peer.close()


def test_next_hop_refusing_at_greeting_is_not_reachable() -> None:
    peer = FakeSmtpPeer(b"554 5.3.2 no service\r\n")
    try:
        assert next_hop_reachable(NextHop(address=HostPort("127.0.0.1", peer.port)), timeout=5) is False
    finally:
        peer.close()


def test_next_hop_down_is_not_reachable() -> None:
    assert next_hop_reachable(NextHop(address=HostPort("127.0.0.1", free_port())), timeout=2) is False


def test_silent_next_hop_times_out() -> None:
    silent = socket.create_server(("127.0.0.1", 0))  # accepts (backlog) but never greets
    try:
        started = time.monotonic()
        hop = NextHop(address=HostPort("127.0.0.1", silent.getsockname()[1]))
        assert next_hop_reachable(hop, timeout=0.5) is False
        assert time.monotonic() - started < 3
    finally:
        silent.close()


def test_maildir_next_hop_needs_a_writable_directory(tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    assert next_hop_reachable(NextHop(maildir=maildir), timeout=1) is False
    (maildir / "tmp").mkdir(parents=True)
    assert next_hop_reachable(NextHop(maildir=maildir), timeout=1) is True
    if os.geteuid() != 0:  # root writes anywhere: the permission half only means something for other users
        (maildir / "tmp").chmod(0o500)
        try:
            assert next_hop_reachable(NextHop(maildir=maildir), timeout=1) is False
        finally:
            (maildir / "tmp").chmod(0o700)
    (tmp_path / "file").write_text("")
    assert next_hop_reachable(NextHop(maildir=tmp_path / "file"), timeout=1) is False


def test_probe_caches_its_answer_for_ttl_seconds() -> None:
    peer = FakeSmtpPeer(b"220 ready\r\n")
    clock = [100.0]
    probe = NextHopProbe(timeout=5, ttl=5, clock=lambda: clock[0])
    hop = NextHop(address=HostPort("127.0.0.1", peer.port))
    try:
        assert probe(hop) is True
        clock[0] += 4
        assert probe(hop) is True
        assert peer.sessions == 1
        peer.close()  # the next hop goes down: the cached answer holds until the ttl ends
        assert probe(hop) is True
        clock[0] += 1.5
        assert probe(hop) is False
    finally:
        peer.close()


# --- multiprocess mode ---------------------------------------------------------------------------------------


def test_prepare_multiprocess_refuses_once_prometheus_client_is_imported_single_process() -> None:
    assert "prometheus_client.values" in sys.modules  # this test module imported it
    before = os.environ.get(observability.MULTIPROC_ENV)
    with pytest.raises(RuntimeError, match="before prometheus_client is imported"):
        observability.prepare_multiprocess(None)
    assert os.environ.get(observability.MULTIPROC_ENV) == before


SUPERVISOR = textwrap.dedent("""
    import os, sys, json
    from pathlib import Path
    from sentinelle.proxy.observability import multiprocess as observability

    directory = Path(sys.argv[1]) if sys.argv[1] != "-" else None
    path = observability.prepare_multiprocess(directory)   # before prometheus_client is imported
    from sentinelle.proxy.observability import health as observability
    from sentinelle.proxy.observability import metrics
    from sentinelle.proxy.policy.loader import parse_policy
    from sentinelle.proxy.policy.schema import HostPort

    def worker(delivered, refused, stay):
        metrics.MESSAGES.labels(outcome="delivered").inc(delivered)
        metrics.MESSAGES.labels(outcome="refused").inc(refused)
        metrics.STAGE_SECONDS.labels(stage="parse").observe(0.002)
        metrics.ACTIVE_CONNECTIONS.inc()
        observability.record_build()
        observability.record_policy(parse_policy(b""))
        observability.mark_ready(True)
        if stay:
            os.write(recorded_write, b"x")  # the scrape must not race this worker's writes
            sys.stdin.read()        # until the supervisor closes our stdin
        os._exit(0)

    read_end, write_end = os.pipe()
    recorded_read, recorded_write = os.pipe()
    pids = []
    for delivered, refused, stay in ((3, 1, True), (4, 0, False)):
        pid = os.fork()
        if pid == 0:
            os.close(write_end)
            os.dup2(read_end, 0)
            worker(delivered, refused, stay)
        pids.append(pid)
    os.close(read_end)
    os.read(recorded_read, 1)                # the first worker has recorded and stays...
    os.waitpid(pids[1], 0)                   # the second worker exits...
    observability.mark_process_dead(pids[1])  # ...and the supervisor does the bookkeeping
    server = observability.ObservabilityServer(HostPort("127.0.0.1", 0), multiprocess_dir=path,
                                               checks={"workers": observability.workers_ready(1)})
    server.start()
    print(json.dumps({"port": server.address.port, "dir": str(path)}), flush=True)
    sys.stdin.readline()                     # the test has scraped
    server.stop()
    os.close(write_end)
    os.waitpid(pids[0], 0)
""")

STALE = textwrap.dedent("""
    from sentinelle.proxy.observability import metrics
    metrics.MESSAGES.labels(outcome="delivered").inc(100)
""")


def run_supervisor(directory: str) -> tuple[subprocess.Popen[str], dict[str, object]]:
    env = {k: v for k, v in os.environ.items() if k != observability.MULTIPROC_ENV}
    process = subprocess.Popen([sys.executable, "-c", SUPERVISOR, directory], cwd=ROOT, env=env, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line, "supervisor exited early"
    return process, json.loads(line)


def test_two_workers_one_coherent_scrape(tmp_path: Path) -> None:
    directory = tmp_path / "metrics"
    directory.mkdir()
    # An earlier run's files: prepare_multiprocess must wipe them or 100 stale messages would be added.
    stale_env = dict(os.environ, **{observability.MULTIPROC_ENV: str(directory)})
    subprocess.run([sys.executable, "-c", STALE], cwd=ROOT, env=stale_env, check=True)
    assert list(directory.glob("counter_*.db"))

    process, info = run_supervisor(str(directory))
    try:
        port = int(str(info["port"]))
        status, _, body = fetch(port, "/metrics")
        ready_status, _, ready_body = fetch(port, "/readyz")
    finally:
        assert process.stdin is not None
        process.stdin.write("done\n")
        process.stdin.close()
        process.wait(timeout=30)
    assert process.returncode == 0
    assert status == 200
    families = {family.name: family for family in text_string_to_metric_families(body)}

    def value(family: str, sample: str, **labels: str) -> float:
        matches = [s.value for s in families[family].samples if s.name == sample and s.labels == labels]
        assert len(matches) == 1, (sample, labels, families[family].samples)
        return matches[0]

    # Counters add up across both workers, the dead one included; the stale run is gone.
    assert value("sentinelle_messages", "sentinelle_messages_total", outcome="delivered") == 7
    assert value("sentinelle_messages", "sentinelle_messages_total", outcome="refused") == 1
    assert value("sentinelle_stage_duration_seconds", "sentinelle_stage_duration_seconds_count", stage="parse") == 2
    # Live gauges: only the surviving worker, and no per-pid series.
    assert value("sentinelle_active_connections", "sentinelle_active_connections") == 1
    assert value("sentinelle_workers_ready", "sentinelle_workers_ready") == 1
    assert value("sentinelle_build_info", "sentinelle_build_info", version=__version__,
                 python=".".join(map(str, sys.version_info[:3]))) == 1
    assert all("pid" not in s.labels for f in families.values() for s in f.samples)
    assert (ready_status, json.loads(ready_body)["checks"]) == (200, {"workers": True})


def test_prepare_multiprocess_without_a_directory_makes_a_private_one() -> None:
    process, info = run_supervisor("-")
    try:
        path = Path(str(info["dir"]))
        assert path.is_dir()
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    finally:
        assert process.stdin is not None
        process.stdin.write("done\n")
        process.stdin.close()
        process.wait(timeout=30)
    observability.remove_multiprocess_directory(path)
    assert not path.exists()


def test_importing_observability_leaves_prometheus_client_unimported() -> None:
    # The server imports this module first and calls prepare_multiprocess() before anything imports
    # prometheus_client; this module must not import it itself.
    code = "import sys, sentinelle.proxy.observability.multiprocess; sys.exit('prometheus_client' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60).returncode == 0


def test_runtime_reload_refreshes_the_key_gauges(tmp_path: Path) -> None:
    """Keys imported while running are counted at the next SIGHUP (``Runtime.reload``); the
    ``--workers`` supervisor's reload (record=False) leaves the gauges to the workers."""
    from policy_support import export_public, kill_agent, make_key, new_home

    from sentinelle.proxy.delivery.keyring import Keyring
    from sentinelle.proxy.policy.loader import shipped_policy_text
    from sentinelle.proxy.smtp.runtime import Overrides, Runtime

    gateway, maker = new_home(tmp_path / "gateway"), new_home(tmp_path / "maker")
    policy = tmp_path / "policy.toml"
    policy.write_text(shipped_policy_text(), encoding="utf-8")
    runtime = Runtime(str(policy), Overrides(keyring=gateway), classifier_loader=lambda _policy: object(),
                      open_audit=False)
    try:
        runtime.record_observability()
        assert (REGISTRY.get_sample_value("sentinelle_gateway_keys_usable"),
                REGISTRY.get_sample_value("sentinelle_gateway_keys_expiring")) == (0, 0)
        for uid, expire in (("Soon <soon@partenaire.example>", "10d"), ("Later <later@partenaire.example>", "never")):
            exported = tmp_path / "key.asc"
            exported.write_bytes(export_public(maker, make_key(maker, uid, expire=expire)))
            Keyring(gateway).import_file(exported)
            if expire == "10d":
                assert runtime.reload() is True
                assert (REGISTRY.get_sample_value("sentinelle_gateway_keys_usable"),
                        REGISTRY.get_sample_value("sentinelle_gateway_keys_expiring")) == (1, 1)
        assert runtime.reload(record=False) is True
        assert REGISTRY.get_sample_value("sentinelle_gateway_keys_usable") == 1
        assert runtime.reload() is True
        assert (REGISTRY.get_sample_value("sentinelle_gateway_keys_usable"),
                REGISTRY.get_sample_value("sentinelle_gateway_keys_expiring")) == (2, 1)
    finally:
        runtime.executor.shutdown()
        runtime.attachment_executor.shutdown()
        for home in (gateway, maker):
            kill_agent(home)
