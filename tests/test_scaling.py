"""Scaling out with Postfix's own mechanism, and what a crash costs: one Postfix whose content filter
is a nexthop list of two Sentinelle instances (``sentinelle:[127.0.0.1]:P1,[127.0.0.1]:P2``, the
after-queue snippets of deploy/postfix/), a stream of 500 messages, and the instance taking the load
SIGKILLed in the middle of it.

Asserted: every Message-ID reaches the sink at least once, the queue ends empty (none lost), the
other instance took over. Duplicates are counted and printed, each with the Postfix log lines that
explain it: a delivery attempt to the killed instance that ended in "lost connection ... while
sending end of data -- message may be sent more than once" (Sentinelle had relayed the message, the
kill came before its 250 reached Postfix), then the successful attempt on the other instance.
"""

from __future__ import annotations

import re
import smtplib
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import RunningSink, free_port
from postfix import PostfixInstance, deploy_snippet
from sentinelle_process import Sentinelle, write_policy

pytestmark = [pytest.mark.postfix, pytest.mark.slow, pytest.mark.timeout(240)]

TOTAL = 500
KILL_AFTER = 150  # messages at the sink when the first instance is killed
SENDER = "dr.tremblay@ssss.gouv.qc.ca"
# Both internal: only internal copies name the instance in X-Sentinelle-Scanned (the test counts by it).
RECIPIENTS = ("secretariat@ssss.gouv.qc.ca", "labo@chum.ssss.gouv.qc.ca")
MESSAGE_ID = re.compile(rb"^Message-ID: <(scale-\d+@test)>", re.MULTILINE | re.IGNORECASE)


def message(index: int) -> bytes:
    recipient = RECIPIENTS[index % 5 == 0]  # one in five to an external partner (inspected, delivered)
    return (f"From: {SENDER}\r\nTo: {recipient}\r\nSubject: Message {index}\r\n"
            f"Message-ID: <scale-{index}@test>\r\n\r\nBonjour, message de charge {index}.\r\n").encode()


def inject(port: int, indexes: range, errors: list[BaseException]) -> None:
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
            for index in indexes:
                client.sendmail(SENDER, [RECIPIENTS[index % 5 == 0]], message(index))
    except BaseException as error:  # reported by the test thread
        errors.append(error)


def scanned_by(data: bytes) -> str:
    found = re.search(rb"^X-Sentinelle-Scanned: (\S+)", data, re.MULTILINE)
    return found.group(1).decode() if found else "?"


@pytest.fixture
def cluster(sink: RunningSink, tmp_path: Path) -> Iterator[tuple[PostfixInstance, list[Sentinelle]]]:
    ports = [free_port(), free_port()]
    reinject = free_port()
    content_filter = f"sentinelle:[127.0.0.1]:{ports[0]},[127.0.0.1]:{ports[1]}"
    postfix = PostfixInstance(relayhost=f"[127.0.0.1]:{sink.port}", content_filter=content_filter,
                              master_extra=deploy_snippet("master.cf", {"10026": str(reinject)}))
    instances: list[Sentinelle] = []
    try:
        for number, port in enumerate(ports, 1):
            directory = tmp_path / f"sentinelle-{number}"
            directory.mkdir()
            policy = write_policy(directory / "policy.toml", listen=port, next_hop=f"127.0.0.1:{reinject}",
                                  server_extra=f'hostname = "sentinelle-{number}.test"')
            instances.append(Sentinelle(policy, port, directory / "sentinelle.log"))
        for instance in instances:
            instance.wait_listening()
        with postfix:
            yield postfix, instances
    finally:
        for instance in instances:
            instance.stop()


def test_one_instance_killed_mid_stream_loses_nothing(cluster: tuple[PostfixInstance, list[Sentinelle]],
                                                     sink: RunningSink) -> None:
    postfix, (first, _second) = cluster
    started = time.monotonic()
    errors: list[BaseException] = []
    injectors = [threading.Thread(target=inject, args=(postfix.smtpd_port, range(n, TOTAL, 2), errors))
                 for n in range(2)]
    for thread in injectors:
        thread.start()

    postfix.wait(lambda: len(sink.sink.messages) >= KILL_AFTER, timeout=90, what=f"{KILL_AFTER} messages")
    first.kill()
    killed_at = len(sink.sink.messages)
    for thread in injectors:
        thread.join(90)
    assert not errors, errors

    def ids() -> Counter[str]:
        with sink.sink.lock:
            # Deliveries only: a notification (null sender) quotes the Message-ID too.
            found = (MESSAGE_ID.search(m.data) for m in sink.sink.messages if m.mail_from == SENDER)
            return Counter(match.group(1).decode() for match in found if match)

    postfix.wait(lambda: len(ids()) == TOTAL and postfix.queue_empty(), timeout=120,
                 what="every message at the sink and an empty queue")
    time.sleep(2.0)  # a late duplicate would arrive now
    elapsed = time.monotonic() - started
    seen = ids()

    # Every message at least once; none lost.
    assert set(seen) == {f"scale-{i}@test" for i in range(TOTAL)}
    assert postfix.queue_empty()
    # The first instance took the load until it was killed, the second one after.
    by_instance = Counter(scanned_by(m.data) for m in sink.sink.messages)
    assert by_instance["sentinelle-1.test"] >= KILL_AFTER - 20 and by_instance["sentinelle-2.test"] > 0
    unscanned = [(m.mail_from, m.rcpt_tos, m.data[:800]) for m in sink.sink.messages if scanned_by(m.data) == "?"]
    assert unscanned == []  # nothing reaches the sink without passing an instance
    assert {m.mail_from for m in sink.sink.messages} == {SENDER}  # no refusal, no notification, no bounce

    # Duplicates: counted, and each explained by a delivery to the killed instance cut after DATA.
    log = postfix.maillog.read_text(errors="replace")
    # The queue id each message had when the "sentinelle" transport handled it (reinjected copies
    # get other queue ids, also logged with the same message-id).
    filtered = set(re.findall(r"postfix/sentinelle/smtp\[\d+\]: (\w+): ", log))
    queue_ids = {mid: qid for qid, mid in re.findall(r"\]: (\w+): message-id=<(scale-\d+@test)>", log)
                 if qid in filtered}
    assert len(queue_ids) == TOTAL
    # Only the killed instance lost connections: the other one and the sink stayed up.
    lost = re.findall(r"postfix/sentinelle/smtp\[\d+\]: (\w+): lost connection with 127\.0\.0\.1\[127\.0\.0\.1\] "
                      r"while sending (.*)$", log, re.MULTILINE)
    after_data = {qid for qid, stage in lost if stage.startswith("end of data")}
    duplicates = {mid: count for mid, count in seen.items() if count > 1}
    print(f"\n{TOTAL} messages in {elapsed:.1f} s; first instance SIGKILLed with {killed_at} at the sink; "
          f"scanned by: {dict(by_instance)}; deliveries to the killed instance cut: {len(lost)} "
          f"({len(after_data)} after the end of DATA, 'may be sent more than once'), all retried on the other "
          f"instance; duplicates: {len(duplicates)}")
    for mid, count in sorted(duplicates.items()):
        qid = queue_ids[mid]
        copies = [scanned_by(m.data) for m in sink.sink.messages if f"<{mid}>".encode() in m.data]
        print(f"  {mid} (queue id {qid}): {count} copies, scanned by {copies}: the killed instance had relayed "
              "it and was killed before its 250 reached Postfix, which sent it again to the other instance")
        for line in log.splitlines():
            if f": {qid}: " in line and "postfix/sentinelle/" in line:
                print(f"    {line.split(' postfix/', 1)[1]}")
        assert qid in after_data and count == 2
        assert sorted(copies) == ["sentinelle-1.test", "sentinelle-2.test"]
    for qid in after_data:  # each such message arrived once or twice, never zero times
        assert qid in queue_ids.values()
    assert len(duplicates) <= len(after_data) <= 10  # at most one per connection open (process limit 10)
    assert elapsed < 150
