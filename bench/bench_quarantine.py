"""What keeping a refused message costs: the quarantine store's durable ``put`` side by side with a
Maildir delivery (write, fsync, rename: the same durability, the cheapest the server already does) in
one run, from 1 and 2 processes at once (``--workers``).

    python bench/bench_quarantine.py --messages 400 [--dsn "host=127.0.0.1 port=5432 dbname=x user=y"]

Prints one table row per store and process count: puts per second, p50/p99 latency of one put, and the
ratio to the Maildir baseline of the same run. Only refused messages are stored, so this is a cost per
refusal, not per message. Synthetic 5 KB messages.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sentinelle.proxy.delivery.maildir import MaildirNextHop
from sentinelle.proxy.policy.quarantine import Backend, QuarantineSettings, TlsMode
from sentinelle.proxy.quarantine.postgresql import PostgresStore
from sentinelle.proxy.quarantine.sqlite import SqliteStore
from sentinelle.proxy.quarantine.store import NewEntry, QuarantineStore

BODY = ("Bonjour, voici le compte rendu de la reunion de service. " * 90)[:5000]


def message(worker: int, index: int) -> bytes:
    return (f"From: dre.gagnon@ssss.gouv.qc.ca\r\nTo: famille@gmail.com\r\nSubject: essai {worker}-{index}\r\n"
            f"Message-ID: <bench-{worker}-{index}-{time.time_ns()}@ssss.gouv.qc.ca>\r\n\r\n{BODY}\r\n").encode()


def entry(data: bytes) -> NewEntry:
    return NewEntry(sender="dre.gagnon@ssss.gouv.qc.ca", recipients=("famille@gmail.com",),
                    decisions=({"recipient": "famille@gmail.com", "action": "reject", "rule": "webmail"},),
                    refused=(("famille@gmail.com", "webmail"),), finding_types=(), findings=(),
                    message_id="<bench@ssss.gouv.qc.ca>", instance="bench", data=data)


def open_store(kind: str, where: str) -> QuarantineStore:
    if kind == "sqlite":
        return SqliteStore(Path(where))
    return PostgresStore(QuarantineSettings(backend=Backend.POSTGRESQL, dsn=where, tls=TlsMode.DISABLE))


def worker(kind: str, where: str, number: int, count: int, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    latencies: list[float] = []
    if kind == "maildir":
        maildir = MaildirNextHop(Path(where))
        maildir.prepare()
        for index in range(count):
            data = message(number, index)
            started = time.perf_counter()
            maildir.deliver(data)
            latencies.append(time.perf_counter() - started)
    else:
        store = open_store(kind, where)
        store.init()  # connect and create the schema outside the timing (`sentinelle quarantine init`)
        for index in range(count):
            data = message(number, index)
            started = time.perf_counter()
            store.put(entry(data), 10**15)
            latencies.append(time.perf_counter() - started)
        store.close()
    out.put(latencies)


def run(kind: str, where: str, processes: int, count: int) -> tuple[float, float, float]:
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue = context.Queue()  # type: ignore[type-arg]
    started = time.perf_counter()
    workers = [context.Process(target=worker, args=(kind, where, n, count, queue)) for n in range(processes)]
    for process in workers:
        process.start()
    latencies = [value for _ in workers for value in queue.get()]
    for process in workers:
        process.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return processes * count / elapsed, statistics.median(latencies) * 1000, p99 * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=400, help="puts per process")
    parser.add_argument("--dsn", default="", help="also measure PostgreSQL (an empty database; tables are made)")
    args = parser.parse_args()
    print("| store | processes | puts/s | p50 ms | p99 ms | ratio to maildir |")
    print("|---|---|---|---|---|---|")
    for processes in (1, 2):
        with tempfile.TemporaryDirectory(dir="/var/tmp") as base:
            baseline = run("maildir", f"{base}/maildir", processes, args.messages)
            rows = [("maildir (fsync + rename)", baseline),
                    ("quarantine, embedded SQLite", run("sqlite", f"{base}/quarantine", processes, args.messages))]
            if args.dsn:
                rows.append(("quarantine, PostgreSQL", run("postgresql", args.dsn, processes, args.messages)))
        for name, (rate, p50, p99) in rows:
            print(f"| {name} | {processes} | {rate:.0f} | {p50:.2f} | {p99:.2f} | {rate / baseline[0]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
