"""A running ``sentinelle serve --metrics``: /healthz, /readyz (503 naming the next hop when it is down),
``promtool check metrics`` on a live scrape, and one message of each outcome moving the scraped
counters exactly as the pipeline says it should (issue #5, items 4 and 6).

The server is the real command (``python -m sentinelle.proxy serve``) with the shipped policy; only the listening
address, the next hop (an aiosmtpd sink), the keyring and the metrics address are flags. Each test
scrapes before and after its message and compares the difference of every ``sentinelle_*_total``
and histogram ``_count`` sample with the expected one: a sample that moved without reason fails the
test as surely as one that did not move. One server per fixture: the spaCy model loads at start-up.
"""

from __future__ import annotations

import email
import json
import os
import signal
import smtplib
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from email import policy as email_policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import RunningSink, free_port, start_sink
from extract_fixtures import encrypted_zip
from policy_support import export_public, kill_agent, make_key, new_home
from prometheus_client.parser import text_string_to_metric_families

from sentinelle.proxy.delivery.keyring import Keyring
from sentinelle.proxy.policy.loader import shipped_policy_text

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]
START_TIMEOUT = 120.0  # the spaCy model loads at start-up, maybe while other tests run

SENDER = "dr.tremblay@ssss.gouv.qc.ca"
COLLEAGUE = "secretariat@ssss.gouv.qc.ca"
WEBMAIL = "ami.personnel@gmail.com"
PARTNER = "labo@partenaire.example"  # external, its key is in the keyring (expires in 20 days)
SUPPLIER = "contact@fournisseur.example"  # external, no key
HARMLESS = "Bonjour, la réunion de service est déplacée à jeudi 14 h. Merci.\n"
# One synthetic RAMQ health insurance number with its context word: exactly one ramq_nam finding.
CONFIDENTIAL = "Bonjour, voici le numéro d'assurance maladie demandé : NAM TREM 5551 1510. Merci.\n"

Sample = tuple[str, tuple[tuple[str, str], ...]]


def s(name: str, **labels: str) -> Sample:
    """A sample key: name and sorted labels."""
    return (name, tuple(sorted(labels.items())))


# --- a running server -------------------------------------------------------------------------------------


@dataclass
class Running:
    process: subprocess.Popen[bytes]
    smtp_port: int
    metrics_port: int
    sink: RunningSink
    base: Path
    log: Path
    keyring: Path

    def restart_sink(self) -> None:
        """A fresh sink on the same port (after a test stopped it)."""
        self.sink = start_sink(self.sink.port)


def http_get(port: int, path: str) -> tuple[int, str]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def scrape(port: int) -> str:
    status, body = http_get(port, "/metrics")
    assert status == 200
    return body


def samples(text: str) -> dict[Sample, float]:
    """Every sentinelle_ sample of a scrape, keyed by name and labels."""
    values: dict[Sample, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name.startswith("sentinelle_"):
                values[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return values


def counts(text: str) -> dict[Sample, float]:
    """The counter (``_total``) and histogram ``_count`` samples of a scrape."""
    return counts_of(samples(text))


def counts_of(values: Mapping[Sample, float]) -> dict[Sample, float]:
    return {key: value for key, value in values.items() if key[0].endswith(("_total", "_count"))}


def delta(before: Mapping[Sample, float], after: Mapping[Sample, float]) -> dict[Sample, float]:
    """The samples that moved, and by how much."""
    moved = {key: after.get(key, 0.0) - before.get(key, 0.0) for key in set(before) | set(after)}
    return {key: value for key, value in moved.items() if value}


def wait_until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def _ready(port: int) -> bool:
    try:
        return http_get(port, "/readyz")[0] == 200
    except OSError:
        return False


def start_server(base: Path, keyring: Path, *, workers: int = 1) -> Running:
    """``sentinelle serve`` with the shipped policy (listen and next hop overridden), ready."""
    sink = start_sink()
    policy = base / "policy.toml"
    # The quarantine in the test's own directory, never in the machine's /var/lib/sentinelle.
    policy.write_text(shipped_policy_text().replace('path = "/var/lib/sentinelle/quarantine"',
                                                    f'path = "{base / "quarantine"}"'), encoding="utf-8")
    smtp_port, metrics_port = free_port(), free_port()
    log = base / "sentinelle.log"
    # TMPDIR: the --workers metrics directory is made there, where the test can read it.
    env = {k: v for k, v in os.environ.items() if k not in ("PROMETHEUS_MULTIPROC_DIR", "GNUPGHOME")}
    env["TMPDIR"] = str(base)
    env["PYTHONPATH"] = str(ROOT)  # this checkout, whatever the venv has installed
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "sentinelle.proxy", "serve", "--policy", str(policy),
             "--listen", f"127.0.0.1:{smtp_port}", "--next-hop", f"127.0.0.1:{sink.port}",
             "--metrics", f"127.0.0.1:{metrics_port}", "--keyring", str(keyring), "--workers", str(workers)],
            cwd=base, stdout=log_file, stderr=subprocess.STDOUT, env=env)
    running = Running(process, smtp_port, metrics_port, sink, base, log, keyring)
    try:
        wait_until(lambda: process.poll() is not None or _ready(metrics_port), START_TIMEOUT, "/readyz 200")
        assert process.poll() is None, log.read_text(errors="replace")
    except BaseException:
        stop_server(running)
        raise
    return running


def stop_server(running: Running) -> None:
    running.process.send_signal(signal.SIGTERM)
    try:
        running.process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        running.process.kill()
        running.process.wait()
    running.sink.stop()


@pytest.fixture(scope="module")
def keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A gateway keyring holding PARTNER's public key (made now with gpg, expiring in 20 days)."""
    base = tmp_path_factory.mktemp("keys")
    maker = new_home(base / "maker")
    fingerprint = make_key(maker, f"Laboratoire partenaire <{PARTNER}>", expire="20d")
    exported = base / "partner.asc"
    exported.write_bytes(export_public(maker, fingerprint))
    home = new_home(base / "gateway")
    Keyring(home).import_file(exported)
    yield home
    for gpg_home in (maker, home):
        kill_agent(gpg_home)


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory, keyring: Path) -> Iterator[Running]:
    server = start_server(tmp_path_factory.mktemp("live"), keyring)
    yield server
    stop_server(server)


# --- sending ----------------------------------------------------------------------------------------------


def message(recipients: list[str], subject: str, body: str, attachment: tuple[str, bytes] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Dr Tremblay <{SENDER}>"
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = subject
    msg["Date"] = "Tue, 03 Mar 2026 10:00:00 -0500"
    msg["Message-ID"] = f"<live-{time.time_ns()}@ssss.gouv.qc.ca>"
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(attachment[1], maintype="application", subtype="zip", filename=attachment[0])
    return msg.as_bytes(policy=email_policy.SMTP)


def send(port: int, recipients: list[str], data: bytes) -> tuple[int, str]:
    """One SMTP transaction; the reply to DATA."""
    with smtplib.SMTP("127.0.0.1", port, timeout=120) as client:
        client.ehlo("mta.ssss.gouv.qc.ca")
        assert client.mail(SENDER)[0] == 250
        for recipient in recipients:
            assert client.rcpt(recipient)[0] == 250
        code, text = client.data(data)
        return code, text.decode()


def exchange(running: Running, recipients: list[str], data: bytes) -> tuple[int, str, dict[Sample, float]]:
    """Send one message; (reply code, text, counters that moved)."""
    before = counts(scrape(running.metrics_port))
    code, text = send(running.smtp_port, recipients, data)
    moved = delta(before, counts(scrape(running.metrics_port)))
    return code, text, moved


def analysed(*, findings: Mapping[str, int] | None = None, confidential: bool = False,
             uninspectable: Mapping[str, int] | None = None, where: str = "event_loop") -> dict[Sample, float]:
    """What every analysed message moves: size, duration, the analyzer's stages, where the analysis ran
    (a short all-text message: on the event loop) and its content metrics."""
    moved = {
        s("sentinelle_message_size_bytes_count"): 1.0,
        s("sentinelle_message_duration_seconds_count"): 1.0,
        s("sentinelle_analyses_total", where=where): 1.0,
        **{s("sentinelle_stage_duration_seconds_count", stage=stage): 1.0
           for stage in ("parse", "extract", "classify", "decide")},
    }
    for kind, count in (findings or {}).items():
        moved[s("sentinelle_findings_total", type=kind)] = float(count)
    for cause, count in (uninspectable or {}).items():
        moved[s("sentinelle_uninspectable_total", cause=cause)] = float(count)
    if confidential:
        moved[s("sentinelle_confidential_messages_total")] = 1.0
    return moved


def parsed(data: bytes) -> email.message.Message:
    return email.message_from_bytes(data, policy=email_policy.compat32)


# --- health and exposition --------------------------------------------------------------------------------


def test_healthz_and_readyz(running: Running) -> None:
    assert http_get(running.metrics_port, "/healthz") == (200, "ok\n")
    status, body = http_get(running.metrics_port, "/readyz")
    assert status == 200
    assert json.loads(body) == {"ready": True, "checks": {"policy": True, "model": True, "next_hop": True}}


def test_promtool_accepts_a_live_scrape(running: Running) -> None:
    send(running.smtp_port, [COLLEAGUE], message([COLLEAGUE], "Réunion", HARMLESS))  # histograms non-empty
    result = subprocess.run(["promtool", "check", "metrics"], input=scrape(running.metrics_port),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_start_up_gauges(running: Running) -> None:
    values = samples(scrape(running.metrics_port))
    policy_info = {key: value for key, value in values.items() if key[0] == "sentinelle_policy_info"}
    [(key, value)] = policy_info.items()
    import hashlib

    shipped = hashlib.sha256((running.base / "policy.toml").read_bytes()).hexdigest()  # shipped, own quarantine
    assert dict(key[1]) == {"sha256": shipped, "mode": "enforce"} and value == 1
    assert values[s("sentinelle_policy_reloads_total", result="success")] == 1
    assert values[s("sentinelle_workers_ready")] == 1
    assert values[s("sentinelle_gateway_keys_usable")] == 1
    assert values[s("sentinelle_gateway_keys_expiring")] == 1  # PARTNER's key expires in 20 days
    assert [v for k, v in values.items() if k[0] == "sentinelle_build_info"] == [1]


def test_active_connections_gauge_follows_open_connections(running: Running) -> None:
    def active() -> float:
        return samples(scrape(running.metrics_port))[s("sentinelle_active_connections")]

    wait_until(lambda: active() == 0, 10, "no connection left by earlier tests")
    with smtplib.SMTP("127.0.0.1", running.smtp_port, timeout=30) as first, \
            smtplib.SMTP("127.0.0.1", running.smtp_port, timeout=30) as second:
        first.ehlo("a.test")
        second.ehlo("b.test")
        assert active() == 2
    wait_until(lambda: active() == 0, 10, "active connections back to 0")


# --- one message of each outcome --------------------------------------------------------------------------


def test_delivered_internal_message(running: Running) -> None:
    received = len(running.sink.sink.messages)
    code, _, moved = exchange(running, [COLLEAGUE], message([COLLEAGUE], "Réunion", HARMLESS))
    assert code == 250
    assert moved == {
        **analysed(),
        s("sentinelle_messages_total", outcome="delivered"): 1,
        s("sentinelle_recipients_total", action="deliver", rule="internal"): 1,
        s("sentinelle_stage_duration_seconds_count", stage="relay"): 1,
        s("sentinelle_next_hop_transactions_total", result="2xx"): 1,
    }
    assert [m.rcpt_tos for m in running.sink.sink.wait_for(received + 1)[received:]] == [(COLLEAGUE,)]


def test_refused_webmail_recipient_with_notification(running: Running) -> None:
    received = len(running.sink.sink.messages)
    code, _, moved = exchange(running, [WEBMAIL], message([WEBMAIL], "Réunion", HARMLESS))
    assert code == 250  # refusals are never a 5xx upstream: the sender gets a notification instead
    assert moved == {
        **analysed(),
        s("sentinelle_messages_total", outcome="refused"): 1,
        s("sentinelle_recipients_total", action="reject", rule="webmail"): 1,
        s("sentinelle_quarantined_recipients_total", rule="webmail"): 1,
        s("sentinelle_notifications_total", result="sent"): 1,
        s("sentinelle_stage_duration_seconds_count", stage="notify"): 1,
        s("sentinelle_next_hop_transactions_total", result="2xx"): 1,  # the notification
    }
    [notification] = running.sink.sink.wait_for(received + 1)[received:]
    assert (notification.mail_from, notification.rcpt_tos) == ("<>", (SENDER,))  # null sender
    assert parsed(notification.data).get_content_type() == "multipart/report"


def test_gateway_encrypted_confidential_message(running: Running) -> None:
    received = len(running.sink.sink.messages)
    code, _, moved = exchange(running, [PARTNER], message([PARTNER], "Suivi", CONFIDENTIAL))
    assert code == 250
    assert moved == {
        **analysed(findings={"ramq_nam": 1}, confidential=True),
        s("sentinelle_messages_total", outcome="delivered"): 1,
        s("sentinelle_recipients_total", action="encrypt", rule="gateway_encrypted"): 1,
        s("sentinelle_gateway_encryptions_total", result="encrypted"): 1,
        s("sentinelle_stage_duration_seconds_count", stage="encrypt"): 1,
        s("sentinelle_stage_duration_seconds_count", stage="relay"): 1,
        s("sentinelle_next_hop_transactions_total", result="2xx"): 1,
    }  # DKIM is disabled in the shipped policy: no sign stage, no signature
    [copy] = running.sink.sink.wait_for(received + 1)[received:]
    assert copy.rcpt_tos == (PARTNER,)
    assert parsed(copy.data).get_content_type() == "multipart/encrypted"
    assert b"5551" not in copy.data


def test_uninspectable_encrypted_zip_to_external_recipient(running: Running) -> None:
    received = len(running.sink.sink.messages)
    data = message([SUPPLIER], "Documents", HARMLESS, ("documents.zip", encrypted_zip("notes.txt", b"x" * 200)))
    code, _, moved = exchange(running, [SUPPLIER], data)
    assert code == 250
    assert moved == {
        **analysed(findings={"uninspectable": 1}, uninspectable={"encrypted": 1}, where="attachment_thread"),
        s("sentinelle_messages_total", outcome="refused"): 1,
        s("sentinelle_recipients_total", action="reject", rule="uninspectable"): 1,
        s("sentinelle_quarantined_recipients_total", rule="uninspectable"): 1,
        s("sentinelle_notifications_total", result="sent"): 1,
        s("sentinelle_stage_duration_seconds_count", stage="notify"): 1,
        s("sentinelle_next_hop_transactions_total", result="2xx"): 1,
    }
    [notification] = running.sink.sink.wait_for(received + 1)[received:]
    assert (notification.mail_from, notification.rcpt_tos) == ("<>", (SENDER,))  # null sender


def test_next_hop_down_tempfail_and_readyz_503(running: Running) -> None:
    running.sink.stop()
    try:
        # The probe's answer is cached for 5 s.
        wait_until(lambda: http_get(running.metrics_port, "/readyz")[0] == 503, 15, "/readyz 503")
        status, body = http_get(running.metrics_port, "/readyz")
        assert status == 503
        document = json.loads(body)
        assert document["failed"] == ["next_hop"]
        assert document["checks"] == {"policy": True, "model": True, "next_hop": False}
        assert http_get(running.metrics_port, "/healthz")[0] == 200  # alive, only not ready

        code, _, moved = exchange(running, [COLLEAGUE], message([COLLEAGUE], "Réunion", HARMLESS))
        assert code == 451
        assert moved == {
            **analysed(),
            s("sentinelle_messages_total", outcome="tempfail"): 1,
            s("sentinelle_recipients_total", action="deliver", rule="internal"): 1,  # decided, not delivered
            s("sentinelle_stage_duration_seconds_count", stage="relay"): 1,
            s("sentinelle_next_hop_transactions_total", result="unreachable"): 1,
        }
    finally:
        running.restart_sink()
    wait_until(lambda: _ready(running.metrics_port), 15, "/readyz 200 again")


def test_sighup_counts_a_reload_and_refreshes_the_key_gauges(running: Running, tmp_path: Path) -> None:
    """A key imported while running is counted at the next SIGHUP; removing it and reloading restores
    the keyring the other tests expect."""
    maker = new_home(tmp_path / "maker")
    fingerprint = make_key(maker, "Clinique <dr.lab@clinique.example>", expire="never")
    exported = tmp_path / "clinique.asc"
    exported.write_bytes(export_public(maker, fingerprint))
    kill_agent(maker)
    keyring = Keyring(running.keyring)

    def reload() -> tuple[dict[Sample, float], dict[Sample, float]]:
        before = samples(scrape(running.metrics_port))
        reloads = before[s("sentinelle_policy_reloads_total", result="success")]
        running.process.send_signal(signal.SIGHUP)
        wait_until(lambda: samples(scrape(running.metrics_port))[
            s("sentinelle_policy_reloads_total", result="success")] == reloads + 1, 30, "the reload")
        after = samples(scrape(running.metrics_port))
        return delta(counts_of(before), counts_of(after)), after

    keyring.import_file(exported)
    try:
        moved, values = reload()
        assert moved == {s("sentinelle_policy_reloads_total", result="success"): 1}
        assert (values[s("sentinelle_gateway_keys_usable")], values[s("sentinelle_gateway_keys_expiring")]) == (2, 1)
    finally:
        keyring.remove(fingerprint)
    moved, values = reload()
    assert moved == {s("sentinelle_policy_reloads_total", result="success"): 1}
    assert (values[s("sentinelle_gateway_keys_usable")], values[s("sentinelle_gateway_keys_expiring")]) == (1, 1)


def test_no_label_value_outside_the_vocabularies(running: Running) -> None:
    from sentinelle.proxy.observability import metrics

    vocabularies = metrics.vocabularies()
    for family in text_string_to_metric_families(scrape(running.metrics_port)):
        if not family.name.startswith("sentinelle_"):
            continue
        allowed = vocabularies[family.name]
        for sample in family.samples:
            for label, value in sample.labels.items():
                if label == "le":
                    continue
                assert label in allowed, (sample.name, label)
                values = allowed[label]
                assert values is None or value in values, (sample.name, label, value)


# --- --workers 2: one coherent set ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workers(tmp_path_factory: pytest.TempPathFactory, keyring: Path) -> Iterator[Running]:
    server = start_server(tmp_path_factory.mktemp("workers"), keyring, workers=2)
    yield server
    stop_server(server)


def messages_by_pid(base: Path) -> dict[int, float]:
    """sentinelle_messages_total per process, read from each process's multiprocess file."""
    from prometheus_client.mmap_dict import MmapedDict

    totals: dict[int, float] = {}
    for path in base.glob("sentinelle-metrics-*/counter_*.db"):
        pid = int(path.stem.split("_")[1])
        for key, value, *_ in MmapedDict.read_all_values_from_file(str(path)):  # type: ignore[no-untyped-call]
            if json.loads(key)[1] == "sentinelle_messages_total":
                totals[pid] = totals.get(pid, 0.0) + value
    return totals


def test_workers_expose_one_coherent_set(workers: Running) -> None:
    assert json.loads(http_get(workers.metrics_port, "/readyz")[1])["ready"] is True
    before_text = scrape(workers.metrics_port)
    before = counts(before_text)
    sent = 0
    # Each connection lands on one worker (SO_REUSEPORT); keep going until both have handled mail.
    while sent < 8 or (len([v for v in messages_by_pid(workers.base).values() if v]) < 2 and sent < 40):
        code, _ = send(workers.smtp_port, [COLLEAGUE], message([COLLEAGUE], "Réunion", HARMLESS))
        assert code == 250
        sent += 1
    per_pid = messages_by_pid(workers.base)
    assert len([v for v in per_pid.values() if v]) == 2, per_pid  # both workers counted some messages
    after_text = scrape(workers.metrics_port)
    moved = delta(before, counts(after_text))
    assert moved == {key: value * sent for key, value in {
        **analysed(),
        s("sentinelle_messages_total", outcome="delivered"): 1,
        s("sentinelle_recipients_total", action="deliver", rule="internal"): 1,
        s("sentinelle_stage_duration_seconds_count", stage="relay"): 1,
        s("sentinelle_next_hop_transactions_total", result="2xx"): 1,
    }.items()}
    assert sum(per_pid.values()) == samples(after_text)[s("sentinelle_messages_total", outcome="delivered")]
    values = samples(after_text)
    assert values[s("sentinelle_workers_ready")] == 2
    assert values[s("sentinelle_policy_reloads_total", result="success")] == 1  # the supervisor's load
    assert values[s("sentinelle_gateway_keys_usable")] == 1  # max over workers, not a sum
    assert [v for k, v in values.items() if k[0] == "sentinelle_build_info"] == [1]
    assert not any("pid" in dict(labels) for _, labels in values)
    result = subprocess.run(["promtool", "check", "metrics"], input=after_text,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
