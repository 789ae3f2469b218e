"""Soak under faults (issue 11, Deliver 5): nothing lost over a long run. Not in the suite.

    python bench/soak.py [--messages 100000] [--rate 30] [--fault-rate 0.10] [--reload-seconds 60]
                         [--workers 2] [--ner] [--out soak.json]

A real Postfix (relayhost = Sentinelle) takes the mail from a submitter (``--rate`` messages per second over
a few SMTP connections) and relays it through ``sentinelle serve --workers 2`` to a next hop that, on about
``--fault-rate`` of its transactions, refuses (421 at MAIL, 451 after DATA, 452 at RCPT), cuts the connection
after taking the message, or stalls past ``next_hop_timeout_seconds`` and then accepts (the last two are the
at-least-once window: the hop has the message but Sentinelle could not know, so a retry makes a duplicate).
Every ``--reload-seconds`` the policy file is rewritten and Sentinelle gets SIGHUP; every other reload is a
broken file (bad TOML or a bad value), which must be refused with the old policy kept.

The mix is the project's synthetic labelled corpus (tests/corpus: notes, lab results, PDF, DOCX, XLSX, DICOM,
HL7, FHIR, ZIP attachments, confidential or not), each copy with its own Message-ID, to an internal recipient
(80 %), a partner (15 %: delivered, or refused with a notification when confidential) or a webmail (5 %:
refused with a notification).

Reported: submitted (message, recipient) pairs; delivered, refused (audit trail), lost (neither, after the
queue drained: must be 0), still queued; duplicates, each with the fault that explains it; notifications; RSS
and open file descriptors per worker over time and their growth after warm-up; p50/p99 latency (submission to
the next hop, and Postfix's own time to hand a message to Sentinelle); 5xx replies; reloads.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import signal
import smtplib
import statistics
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from aiosmtpd.smtp import Envelope  # noqa: E402
from conftest import free_port  # noqa: E402
from faults import FaultyHop, policy_text, start_hop  # noqa: E402
from postfix import PostfixInstance  # noqa: E402
from sentinelle_process import Sentinelle  # noqa: E402

SENDER = "dr.soak@ssss.gouv.qc.ca"
RECIPIENTS = (("secretariat@ssss.gouv.qc.ca", 0.80), ("dr.lab@clinique.example", 0.15), ("ami@gmail.com", 0.05))
NEXT_HOP_TIMEOUT = 5
STALL_SECONDS = NEXT_HOP_TIMEOUT + 2
_MESSAGE_ID = re.compile(rb"(?im)^Message-ID:[ \t]*<soak-(\d+)@soak\.test>")
_SOAK_ID_LINE = re.compile(rb"(?im)^Message-ID:[^\r\n]*\r?\n")
_DELAYS = re.compile(r"relay=127\.0\.0\.1\[127\.0\.0\.1\]:(\d+), "
                     r".*delays=[\d.]+/[\d.]+/[\d.]+/([\d.]+), .*status=(\w+)")


@dataclass
class Arrival:
    at: float
    fault: str


@dataclass
class SoakHop(FaultyHop):
    """Keeps only (message number, recipient) -> arrivals, and counts Sentinelle's notifications."""

    arrivals: dict[tuple[int, str], list[Arrival]] = field(default_factory=lambda: defaultdict(list))
    notifications: int = 0

    def record(self, envelope: Envelope, fault: str) -> None:
        data = bytes(envelope.original_content or b"")
        head = data[: max(data.find(b"\r\n\r\n"), 0)]
        match = _MESSAGE_ID.search(head)
        now = time.monotonic()
        with self.lock:
            if match is None:
                self.notifications += 1
                return
            number = int(match.group(1))
            for recipient in envelope.rcpt_tos:
                self.arrivals[(number, str(recipient))].append(Arrival(now, fault))


def corpus() -> list[bytes]:
    files = sorted((REPO / "tests" / "corpus").rglob("*.eml"))
    return [f.read_bytes() for f in files]


def soak_message(template: bytes, number: int) -> bytes:
    body = _SOAK_ID_LINE.sub(b"", template)
    return b"Message-ID: <soak-%d@soak.test>\r\n" % number + body


POLICIES = (
    ("valid", ""),
    ("broken: bad TOML", "[webmail\nremove_domains = ["),
    ("valid", '[webmail]\nremove_domains = ["example.invalid"]'),
    ("broken: bad value", "[webmail]\nscope = \"sometimes\""),
)


@dataclass
class Run:
    args: argparse.Namespace
    base: Path
    submitted: dict[int, tuple[float, str]] = field(default_factory=dict)  # number -> (time, recipient)
    submit_errors: Counter[str] = field(default_factory=Counter)
    samples: list[dict[str, object]] = field(default_factory=list)
    reloads: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)


def submitter(run: Run, port: int, numbers: list[int], templates: list[bytes], interval: float) -> None:
    rng = random.Random(numbers[0] if numbers else 0)
    client: smtplib.SMTP | None = None
    next_at = time.monotonic()
    for number in numbers:
        if run.stop.is_set():
            return
        next_at += interval
        pause = next_at - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        recipient = rng.choices([r for r, _ in RECIPIENTS], [w for _, w in RECIPIENTS])[0]
        data = soak_message(templates[number % len(templates)], number)
        for _attempt in range(5):
            try:
                if client is None:
                    client = smtplib.SMTP("127.0.0.1", port, timeout=60)
                client.sendmail(SENDER, [recipient], data)
                with run.lock:
                    run.submitted[number] = (time.monotonic(), recipient)
                break
            except (smtplib.SMTPException, OSError) as error:
                run.submit_errors[type(error).__name__] += 1
                if client is not None:
                    with contextlib.suppress(OSError):
                        client.close()
                client = None
                time.sleep(1)
    if client is not None:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            client.quit()


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def rss_and_fds(pid: int) -> tuple[int, int] | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        rss = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
        return rss, len(os.listdir(f"/proc/{pid}/fd"))
    except (OSError, StopIteration):
        return None


def queue_size(postfix: PostfixInstance) -> int:
    total = 0
    for sub in ("incoming", "active", "deferred", "maildrop", "hold"):
        for _root, _dirs, files in os.walk(postfix.queue_dir / sub):
            total += len(files)
    return total


def sampler(run: Run, sentinelle: Sentinelle, postfix: PostfixInstance, hop: SoakHop, started: float) -> None:
    while not run.stop.wait(5.0):
        workers = {}
        for pid in children(sentinelle.process.pid):
            measured = rss_and_fds(pid)
            if measured is not None:
                workers[str(pid)] = {"rss_kb": measured[0], "fds": measured[1]}
        with hop.lock:
            arrived = len(hop.arrivals)
        run.samples.append({"t": round(time.monotonic() - started, 1), "workers": workers,
                            "queue": queue_size(postfix), "submitted": len(run.submitted), "arrived_pairs": arrived})


def reloader(run: Run, sentinelle: Sentinelle, policy: Path, valid_text: str) -> None:
    index = 0
    while not run.stop.wait(run.args.reload_seconds):
        index += 1
        label, extra = POLICIES[index % len(POLICIES)]
        policy.write_text(valid_text + "\n" + extra + "\n")
        sentinelle.process.send_signal(signal.SIGHUP)
        run.reloads.append(label)
    policy.write_text(valid_text)


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def growth(run: Run) -> dict[str, dict[str, float]]:
    """Per worker pid: median RSS and fds just after warm-up (20-30 % of the run) vs the last 10 %."""
    series: dict[str, list[tuple[float, int, int]]] = defaultdict(list)
    for sample in run.samples:
        workers = sample["workers"]
        assert isinstance(workers, dict)
        for pid, values in workers.items():
            series[pid].append((float(sample["t"]), int(values["rss_kb"]), int(values["fds"])))  # type: ignore[call-overload]
    out: dict[str, dict[str, float]] = {}
    for pid, points in series.items():
        if len(points) < 10:
            continue
        n = len(points)
        warm = points[int(n * 0.2): max(int(n * 0.3), int(n * 0.2) + 1)]
        last = points[int(n * 0.9):]
        rss0, rss1 = statistics.median(p[1] for p in warm), statistics.median(p[1] for p in last)
        fd0, fd1 = statistics.median(p[2] for p in warm), statistics.median(p[2] for p in last)
        out[pid] = {"rss_kb_after_warmup": rss0, "rss_kb_end": rss1, "rss_growth": rss1 / rss0 - 1,
                    "fds_after_warmup": fd0, "fds_end": fd1, "fds_growth": fd1 / fd0 - 1,
                    "rss_kb_max": max(p[1] for p in points), "fds_max": max(p[2] for p in points)}
    return out


def audit_refusals(path: Path) -> tuple[set[tuple[int, str]], Counter[str]]:
    refused: set[tuple[int, str]] = set()
    outcomes: Counter[str] = Counter()
    if not path.exists():
        return refused, outcomes
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                entry = json.loads(line)
            except ValueError:
                outcomes["unparseable line"] += 1
                continue
            outcomes[f"{entry.get('action')}/{entry.get('outcome')}"] += 1
            match = re.fullmatch(r"<soak-(\d+)@soak\.test>", str(entry.get("message_id", "")))
            if match and entry.get("action") == "reject" and entry.get("outcome") != "tempfail":
                refused.add((int(match.group(1)), str(entry.get("recipient"))))
    return refused, outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--rate", type=float, default=30.0, help="messages per second submitted to Postfix")
    parser.add_argument("--connections", type=int, default=4, help="submitting SMTP connections")
    parser.add_argument("--fault-rate", type=float, default=0.10)
    parser.add_argument("--reload-seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--ner", action="store_true", help="the shipped classifier with spaCy NER (slower)")
    parser.add_argument("--drain-seconds", type=float, default=600.0)
    parser.add_argument("--out", type=Path, default=None, help="JSON with every figure and sample")
    parser.add_argument("--base", type=Path, default=None, help="working directory (default: a new one in /tmp)")
    args = parser.parse_args()

    import tempfile

    base = args.base or Path(tempfile.mkdtemp(prefix="sentinelle-soak-"))
    base.mkdir(parents=True, exist_ok=True)
    run = Run(args, base)
    hop_handler = SoakHop(fault="random", rate=args.fault_rate, stall_seconds=STALL_SECONDS, keep_ambiguous=True)
    hop = start_hop(hop_handler)
    port = free_port()
    audit = base / "audit.jsonl"
    valid_text = policy_text(port, hop.address, next_hop_timeout=NEXT_HOP_TIMEOUT, audit=str(audit))
    if args.ner:
        valid_text = valid_text.replace("ner = false", "ner = true")
    valid_text = valid_text.replace("[server]", "[server]\nmax_connections = 200", 1)
    policy = base / "policy.toml"
    policy.write_text(valid_text)
    sentinelle = Sentinelle(policy, port, base / "serve.log", "--workers", str(args.workers)).wait_listening(180)
    postfix = PostfixInstance(relayhost=f"[127.0.0.1]:{port}",
                              main_extra={"maximal_queue_lifetime": "1d", "bounce_queue_lifetime": "1d"})
    postfix.start()
    templates = corpus()
    started = time.monotonic()
    threads = [threading.Thread(target=sampler, args=(run, sentinelle, postfix, hop_handler, started), daemon=True),
               threading.Thread(target=reloader, args=(run, sentinelle, policy, valid_text), daemon=True)]
    numbers = list(range(args.messages))
    shares = [numbers[i::args.connections] for i in range(args.connections)]
    submitters = [threading.Thread(target=submitter,
                                   args=(run, postfix.smtpd_port, share, templates, args.connections / args.rate))
                  for share in shares]
    try:
        for thread in (*threads, *submitters):
            thread.start()
        for thread in submitters:
            thread.join()
        submitted_at = time.monotonic()
        print(f"submitted {len(run.submitted)} in {submitted_at - started:.0f} s; draining", flush=True)
        deadline = time.monotonic() + args.drain_seconds
        while time.monotonic() < deadline:
            if queue_size(postfix) == 0:
                break
            postfix.flush()
            time.sleep(5)
        time.sleep(STALL_SECONDS + 2)  # stalled transactions finish
        drained_at = time.monotonic()
        run.stop.set()
        report = build_report(run, hop_handler, postfix, audit, sentinelle, started, submitted_at, drained_at)
    finally:
        run.stop.set()
        postfix_log = postfix.maillog.read_text(errors="replace") if postfix.maillog.exists() else ""
        (base / "postfix-maillog").write_text(postfix_log)
        postfix.stop()
        sentinelle.stop()
        hop.stop()
    text = json.dumps(report, indent=1, default=str)
    if args.out:
        args.out.write_text(json.dumps({**report, "samples": run.samples}, indent=1, default=str))
    print(text)
    print(f"working directory: {base}")
    return 0 if report["lost"] == 0 and report["unexplained_duplicates"] == 0 else 1


def build_report(run: Run, hop: SoakHop, postfix: PostfixInstance, audit: Path, sentinelle: Sentinelle,
                 started: float, submitted_at: float, drained_at: float) -> dict[str, object]:
    refused, audit_outcomes = audit_refusals(audit)
    with hop.lock:
        arrivals = {k: list(v) for k, v in hop.arrivals.items()}
        notifications = hop.notifications
        injected = dict(hop.injected)
    pairs = {(n, r) for n, (_, r) in run.submitted.items()}
    delivered = {p for p in pairs if p in arrivals}
    lost = sorted(p for p in pairs if p not in delivered and p not in refused)
    duplicates: Counter[str] = Counter()
    unexplained = 0
    for copies in arrivals.values():
        if len(copies) > 1:
            reasons = [c.fault for c in copies if c.fault]
            if reasons:
                duplicates[f"next hop {reasons[0]}: it had the message but Sentinelle got no reply in time"] += 1
            else:
                unexplained += 1
                duplicates["unexplained"] += 1
    latencies = [arrivals[p][0].at - run.submitted[p[0]][0] for p in delivered]
    clean = [arrivals[p][0].at - run.submitted[p[0]][0] for p in delivered if len(arrivals[p]) == 1]
    maillog = postfix.maillog.read_text(errors="replace") if postfix.maillog.exists() else ""
    handoff = [float(m.group(2)) for m in _DELAYS.finditer(maillog) if m.group(3) == "sent"]
    five_xx = [line for line in maillog.splitlines() if re.search(r"said: 5\d\d", line)]
    serve_log = sentinelle.log.read_text(errors="replace")
    return {
        "messages_submitted": len(run.submitted),
        "pairs_submitted": len(pairs),
        "submit_errors": dict(run.submit_errors),
        "delivered_pairs": len(delivered),
        "refused_pairs_by_policy": len(refused & pairs),
        "lost": len(lost),
        "lost_examples": lost[:20],
        "still_queued_in_postfix": queue_size(postfix),
        "duplicated_pairs": sum(duplicates.values()),
        "duplicates_by_reason": dict(duplicates),
        "unexplained_duplicates": unexplained,
        "notifications_at_next_hop": notifications,
        "faults_injected": injected,
        "audit_outcomes": dict(audit_outcomes),
        "reloads": Counter(run.reloads),
        # Each broken reload is refused (and logged) by the supervisor and by every worker.
        "broken_reloads_refused": serve_log.count("policy reload refused") / (run.args.workers + 1),
        "tracebacks_in_log": serve_log.count("Traceback"),
        "worker_restarts_in_log": serve_log.count("restarting it"),
        "latency_submit_to_next_hop_s": {"p50": percentile(latencies, 0.5), "p99": percentile(latencies, 0.99)},
        "latency_single_copy_s": {"p50": percentile(clean, 0.5), "p99": percentile(clean, 0.99)},
        "postfix_handoff_to_sentinelle_s": {"p50": percentile(handoff, 0.5), "p99": percentile(handoff, 0.99)},
        "five_xx_replies": len(five_xx),
        "five_xx_examples": five_xx[:5],
        "bounced_in_postfix": maillog.count("status=bounced"),
        "seconds": {"submitting": round(submitted_at - started), "draining": round(drained_at - submitted_at)},
        "workers": growth(run),
    }


if __name__ == "__main__":
    sys.exit(main())
