"""Issue #4 through real Postfix: a client submits to Postfix, whose after-queue content filter
(deploy/postfix/ snippets) hands the message to a live ``sentinelle serve`` with the shipped policy;
Sentinelle reinjects into Postfix, which relays to the sink. The internal copy arrives untouched,
the keyed external recipient gets a PGP/MIME copy that gpg and Sequoia's ``sq`` decrypt to the
original entity, and the webmail recipient is refused with a notification that Postfix delivers
to the sender. All data is synthetic."""

from __future__ import annotations

import smtplib
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Received, RunningSink
from policy_e2e_support import (
    INTERNAL,
    KEYED,
    NAM,
    SENDER,
    WEBMAIL,
    Keys,
    Serve,
    assert_bilingual_refusal,
    assert_content_free,
    assert_is_original_entity,
    confidential_message,
    decrypt_with_gpg,
    decrypt_with_sq,
    header_block_and_body,
    make_keys,
    message_id,
    notification_text,
    pgp_mime_payload,
    release_keys,
    start_serve,
)
from postfix import PostfixInstance, content_filter_postfix

pytestmark = [pytest.mark.postfix, pytest.mark.slow]


@pytest.fixture
def keys(tmp_path: Path) -> Iterator[Keys]:
    made = make_keys(tmp_path)
    yield made
    release_keys(made)


@pytest.fixture
def chain(sink: RunningSink, tmp_path: Path, keys: Keys) -> Iterator[tuple[PostfixInstance, Serve]]:
    postfix, sentinelle_port, reinject_port = content_filter_postfix(sink.port)
    with postfix:
        serve = start_serve(tmp_path / "serve", next_hop=f"127.0.0.1:{reinject_port}", keyring=keys.keyring,
                            listen=sentinelle_port)
        try:
            yield postfix, serve
        finally:
            serve.stop()


def with_id(sink: RunningSink, mid: str) -> list[Received]:
    """Messages at the sink quoting ``mid`` (the copies carry it; the notification refers to it)."""
    return [m for m in sink.sink.messages if mid.encode() in m.data]


def test_shipped_policy_through_postfix(chain: tuple[PostfixInstance, Serve], sink: RunningSink, keys: Keys,
                                        tmp_path: Path) -> None:
    postfix, serve = chain
    mid = message_id("postfix")
    recipients = [INTERNAL, KEYED, WEBMAIL]
    original = confidential_message(recipients, mid)
    with smtplib.SMTP("127.0.0.1", postfix.smtpd_port, timeout=30) as client:
        assert client.sendmail(SENDER, recipients, original) == {}

    def arrived() -> bool:
        got = with_id(sink, mid)
        return (any(INTERNAL in m.rcpt_tos for m in got) and any(KEYED in m.rcpt_tos for m in got)
                and any(m.mail_from == "<>" for m in got))

    postfix.wait(arrived, timeout=60, what="the plain copy, the encrypted copy and the notification at the sink")
    postfix.wait(postfix.queue_empty, what="an empty queue")
    messages = with_id(sink, mid)
    assert all(WEBMAIL not in m.rcpt_tos for m in messages)

    # Internal: the original body, byte for byte, after both Postfix hops and Sentinelle.
    [plain] = [m for m in messages if INTERNAL in m.rcpt_tos]
    assert plain.rcpt_tos == (INTERNAL,) and plain.mail_from == SENDER
    head, body = header_block_and_body(plain.data)
    assert body == header_block_and_body(original)[1]
    assert b"\r\nX-Sentinelle-Scanned: " in b"\r\n" + head and b"X-Sentinelle-Audit" not in head

    # External with a key: PGP/MIME, nothing readable outside, decrypts with gpg and sq.
    [encrypted] = [m for m in messages if KEYED in m.rcpt_tos]
    assert encrypted.rcpt_tos == (KEYED,) and encrypted.mail_from == SENDER
    for marker in (b"SECRET", NAM.encode(), b"Fictive"):
        assert marker not in encrypted.data
    _, armored = pgp_mime_payload(encrypted.data)
    by_gpg = decrypt_with_gpg(keys, armored)
    assert decrypt_with_sq(keys, armored, tmp_path) == by_gpg
    assert header_block_and_body(by_gpg)[1] == header_block_and_body(original)[1]
    assert_is_original_entity(by_gpg, original)

    # Webmail: refused; the notification went through Postfix to the sender, from the null sender.
    [notice] = [m for m in messages if m.mail_from == "<>"]
    assert notice.rcpt_tos == (SENDER,)
    text = notification_text(notice.data)
    assert_bilingual_refusal(text, {WEBMAIL: "webmail"}, mid)
    assert_content_free(notice.data, text)
    assert b"Received: " in notice.data  # it really came through Postfix

    outcomes = {e["recipient"]: (e["action"], e["rule"], e["outcome"]) for e in serve.audit_entries(mid)}
    assert outcomes == {INTERNAL: ("deliver", "internal", "relayed"),
                        KEYED: ("encrypt", "gateway_encrypted", "encrypted"),
                        WEBMAIL: ("reject", "webmail", "refused")}
    assert "status=bounced" not in postfix.maillog.read_text(errors="replace")
