"""Each accepted message has a Sentinelle ID: in the reply (``250 2.0.0 Ok: queued as ID``), the log,
every audit line, the notification and the ``X-Sentinelle-ID`` header of each relayed copy."""

from __future__ import annotations

import email
import json
import logging
import re
from email import policy as email_policy
from pathlib import Path

import pytest
from conftest import LoopThread, RunningSink
from test_relay import (
    COLLEAGUE,
    INTERNAL,
    MESSAGE,
    PARTNER,
    WEBMAIL,
    analyzer,
    base_policy,
    make_services,
    send,
    start_relay,
)

from sentinelle.proxy.model import Action, Decision, Rule
from sentinelle.proxy.observability.audit import AuditTrail
from sentinelle.proxy.pipeline.flow import new_sentinelle_id


def test_one_id_names_the_message_everywhere(loop_thread: LoopThread, sink: RunningSink, tmp_path: Path,
                                             caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "audit.jsonl"
    services = make_services(base_policy(), sink.port, analyzer({WEBMAIL: Decision(WEBMAIL, Action.REJECT,
                                                                                   Rule.WEBMAIL)}),
                             audit=AuditTrail(str(path)))
    relay = start_relay(loop_thread, services)
    sink.sink.refuse[PARTNER] = "550 5.1.1 No such user"
    with caplog.at_level(logging.INFO, logger="sentinelle.proxy.pipeline"):
        code, text = send(relay, INTERNAL, [COLLEAGUE, WEBMAIL, PARTNER], MESSAGE)
    assert code == 250
    found = re.fullmatch(r"2\.0\.0 Ok: queued as ([0-9A-Z]{16})", text.decode())
    assert found is not None
    sentinelle_id = found.group(1)

    relayed, notice = sink.sink.wait_for(2)
    assert f"\r\nX-Sentinelle-ID: {sentinelle_id}\r\n".encode() in relayed.data.split(b"\r\n\r\n")[0]
    parsed = email.message_from_bytes(notice.data, policy=email_policy.default)
    assert parsed["X-Sentinelle-ID"] == sentinelle_id
    text_part = str(next(parsed.iter_parts()).get_content())
    assert f"Référence Sentinelle : {sentinelle_id}" in text_part
    assert f"Sentinelle reference: {sentinelle_id}" in text_part

    entries = [json.loads(line) for line in path.read_text().splitlines()]
    assert len(entries) == 4  # three decisions, one outcome (PARTNER refused by the next hop)
    assert {e["sentinelle_id"] for e in entries} == {sentinelle_id}
    assert any(sentinelle_id in record.getMessage() for record in caplog.records)


def test_a_second_message_gets_another_id_and_ids_sort_by_time() -> None:
    first, second = new_sentinelle_id(1_700_000_000.0), new_sentinelle_id(1_700_000_000.002)
    assert first < second and len(first) == 16 and first.isalnum() and first.isupper()
    assert len({new_sentinelle_id(1_700_000_000.0) for _ in range(1000)}) == 1000
