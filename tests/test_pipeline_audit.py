"""What the audit trail records for messages the analysis could not judge (fail_open), through a
real listener and a real SMTP sink."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

from conftest import LoopThread, RunningSink
from test_relay import (
    COLLEAGUE,
    INTERNAL,
    MESSAGE,
    PARTNER,
    FakeAnalysis,
    analyzer,
    base_policy,
    make_services,
    send,
    start_relay,
)

from sentinelle.proxy.model import Envelope
from sentinelle.proxy.observability.audit import AuditTrail


def broken(data: bytes, envelope: Envelope, deadline: float) -> FakeAnalysis:
    raise RuntimeError("parser exploded on Mme Exemple")


def slow(data: bytes, envelope: Envelope, deadline: float) -> FakeAnalysis:
    time.sleep(1.5)  # beyond the hard limit: inspection_timeout_seconds * 1.25 + 1 s
    return analyzer()(data, envelope, deadline)  # type: ignore[return-value]


def test_fail_open_deliveries_are_audited_with_their_cause(loop_thread: LoopThread, sink: RunningSink,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    policy = dataclasses.replace(base_policy(inspection_timeout_seconds=0.1, inline_analysis_max_bytes=0),
                                 fail_open=True)
    relay = start_relay(loop_thread, make_services(policy, sink.port, broken, audit=AuditTrail(str(path))))
    assert send(relay, INTERNAL, [COLLEAGUE, PARTNER], MESSAGE)[0] == 250
    relay.services = dataclasses.replace(relay.services, analyze=slow)
    assert send(relay, INTERNAL, [PARTNER], MESSAGE)[0] == 250
    assert len(sink.sink.wait_for(2)) == 2
    entries = [json.loads(line) for line in path.read_text().splitlines()]
    assert [(e["recipient"], e["rule"], e["action"], e["outcome"], e["cause"]) for e in entries] == [
        (COLLEAGUE, "fail_open", "deliver", "relayed", "inspection_error: RuntimeError"),
        (PARTNER, "fail_open", "deliver", "relayed", "inspection_error: RuntimeError"),
        (PARTNER, "fail_open", "deliver", "relayed", "inspection_timeout"),
    ]
    assert all(e["message_id"] == "<relay-test-1@ssss.gouv.qc.ca>" for e in entries)
    assert "Exemple" not in path.read_text()


def recipients_counted() -> dict[tuple[str, str], float]:
    from prometheus_client import REGISTRY

    return {(s.labels["action"], s.labels["rule"]): s.value for family in REGISTRY.collect()
            if family.name == "sentinelle_recipients" for s in family.samples if s.name.endswith("_total")}


def test_a_next_hop_refusal_is_counted_once(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = start_relay(loop_thread, make_services(base_policy(), sink.port, analyzer()))
    sink.sink.refuse[PARTNER] = "550 5.1.1 No such user"
    before = recipients_counted()
    assert send(relay, INTERNAL, [COLLEAGUE, PARTNER], MESSAGE)[0] == 250
    after = recipients_counted()
    moved = {key: after[key] - before.get(key, 0.0) for key in after if after[key] != before.get(key, 0.0)}
    assert moved == {("deliver", "internal"): 1.0, ("reject", "next_hop_refused"): 1.0}
