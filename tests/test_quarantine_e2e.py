"""Issue #13 through a live ``sentinelle serve`` and the real ``sentinelle quarantine`` command line.

A real SMTP client -> ``sentinelle serve`` (a subprocess, the shipped policy file with only paths
changed) -> an aiosmtpd sink standing for the next hop. A no-key refusal is quarantined before the
250, named in the physician's notification, listed and shown without content, refused for release
while the recipient has no key, then released once the key is imported: the copy reaches the next
hop gateway-encrypted and DKIM-signed (Mail::DKIM verifies it), and decrypts with gpg to the
original. A webmail refusal is released only with ``--plain``. Each step leaves its audit line.
``--workers 2`` storing at once loses nothing; an unwritable or full store gives 451. All data is
synthetic.
"""

from __future__ import annotations

import json
import smtplib
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import RunningSink, free_port, start_sink
from policy_e2e_support import (
    INTERNAL,
    LEAK_MARKERS,
    NAM,
    SENDER,
    UNKEYED,
    WEBMAIL,
    Keys,
    Serve,
    assert_content_free,
    assert_is_original_entity,
    confidential_message,
    decrypt_with_gpg,
    message_id,
    notification_text,
    pgp_mime_payload,
    plain_message,
    sentinelle,
    serving,
    smtp_send,
    split_added_headers,
)
from policy_support import export_public, export_secret, kill_agent, make_key, new_home
from sentinelle_process import Sentinelle, write_policy

from sentinelle.classifiers.identifiers import ramq_nam

pytestmark = pytest.mark.slow

VERIFY = Path(__file__).with_name("dkim_verify.pl")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("quarantine-e2e")


@pytest.fixture(scope="module")
def module_sink() -> Iterator[RunningSink]:
    running = start_sink()
    yield running
    running.stop()


@pytest.fixture(autouse=True)
def sink(module_sink: RunningSink) -> RunningSink:
    with module_sink.sink.lock:
        module_sink.sink.messages.clear()
    return module_sink


@pytest.fixture(scope="module")
def late_key(base: Path) -> Iterator[Keys]:
    """The UNKEYED recipient's key pair: made now, imported into the (empty) gateway keyring only
    later, during the test, as when a partner's key arrives after the refusal."""
    home = new_home(base / "recipient-gnupg")
    fingerprint = make_key(home, f"Accueil <{UNKEYED}>")
    public_file = base / "accueil-public.asc"
    public_file.write_bytes(export_public(home, fingerprint))
    secret_file = base / "accueil-secret.asc"
    secret_file.write_bytes(export_secret(home, fingerprint))
    keyring = new_home(base / "gateway-keyring")
    yield Keys(home, fingerprint, public_file, secret_file, keyring)
    kill_agent(home)
    kill_agent(keyring)


@pytest.fixture(scope="module")
def dkim_record(base: Path) -> tuple[Path, str]:
    """A DKIM key pair from the real ``sentinelle dkim keygen``: (private key path, DNS TXT record)."""
    key = base / "dkim" / "q.key"
    result = sentinelle("dkim", "keygen", "--selector", "q", "--domain", "ssss.gouv.qc.ca", "--out", str(key),
                        cwd=base)
    assert result.returncode == 0, result.stderr
    return key, result.stdout.strip()


@pytest.fixture(scope="module")
def serve(base: Path, module_sink: RunningSink, late_key: Keys, dkim_record: tuple[Path, str]) -> Iterator[Serve]:
    """The shipped policy; its next hop and keyring point at the sink and the gateway keyring, so that
    the ``quarantine`` commands, reading the same file, release through the same next hop; DKIM on."""
    key, _ = dkim_record
    yield from serving(base / "serve", next_hop=module_sink.address, keyring=late_key.keyring,
                       changes={'next_hop = "127.0.0.1:10026"': f'next_hop = "{module_sink.address}"',
                                'keyring = "/var/lib/sentinelle/gnupg"': f'keyring = "{late_key.keyring}"',
                                "enabled = false": "enabled = true", 'selector = "sentinelle"': 'selector = "q"',
                                'private_key = "/etc/sentinelle/dkim/sentinelle.key"': f'private_key = "{key}"'})


def quarantine(serve: Serve, *args: str) -> tuple[int, str, str]:
    result = sentinelle("quarantine", *args, "--policy", str(serve.policy), cwd=serve.policy.parent)
    return result.returncode, result.stdout, result.stderr


def audit_lines(serve: Serve, rule: str) -> list[dict[str, object]]:
    lines = [json.loads(line) for line in serve.audit.read_text(encoding="utf-8").splitlines() if line]
    return [line for line in lines if line["rule"] == rule]


def listed(serve: Serve, *filters: str) -> list[dict[str, object]]:
    code, out, err = quarantine(serve, "list", "--json", *filters)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def the_notification(sink: RunningSink) -> tuple[bytes, str]:
    [notice] = [m for m in sink.sink.messages if m.mail_from == "<>"]
    assert notice.rcpt_tos == (SENDER,)
    return notice.data, notification_text(notice.data)


def assert_no_content(text: str, *, masked_findings: bool = False) -> None:
    """No body, subject or attachment text, no identifier. ``masked_findings``: the text carries the
    findings as the audit trail does (identifiers masked; clinical terms such as a diagnosis are the
    finding itself), so only the content markers and identifier values are checked."""
    markers = ("SECRET", NAM, NAM[4:], ramq_nam.format(NAM)) if masked_findings else LEAK_MARKERS
    for marker in markers:
        assert marker not in text, marker


def test_a_no_key_refusal_is_quarantined_listed_shown_and_released_encrypted_once_the_key_arrives(
        serve: Serve, sink: RunningSink, late_key: Keys, dkim_record: tuple[Path, str], base: Path) -> None:
    mid = message_id("nokey")
    original = confidential_message([UNKEYED, INTERNAL], mid)
    code, reply = smtp_send(serve.port, SENDER, [UNKEYED, INTERNAL], original)
    assert code == 250, reply
    assert len(sink.sink.wait_for(2)) == 2  # the internal copy and the notification, nothing for UNKEYED
    assert not [m for m in sink.sink.messages if UNKEYED in m.rcpt_tos]

    # The refusal's audit line names the quarantine entry; the notification gives its ID, both languages.
    [refused] = [e for e in serve.audit_entries(mid) if e["recipient"] == UNKEYED]
    assert refused["rule"] == "no_key" and refused["outcome"] == "refused"
    entry_id = str(refused["quarantine_id"])
    data, text = the_notification(sink)
    assert f"quarantaine sous l'identifiant {entry_id}" in text and "centre de services peut le libérer" in text
    assert f"quarantine under ID {entry_id}" in text and "service desk can release it" in text
    assert_content_free(data, text)

    # list: the contract's fields, no content (text and JSON).
    [line] = [e for e in listed(serve) if e["id"] == entry_id]
    assert line["sender"] == SENDER and line["recipients"] == [UNKEYED] and line["rules"] == ["no_key"]
    assert "ramq_nam" in line["finding_types"] and str(line["date"]).endswith("Z")  # type: ignore[operator]
    assert [e["id"] for e in listed(serve, "--rule", "no_key", "--sender", SENDER, "--since", "2000-01-01")] == \
        [entry_id]
    assert entry_id not in [e["id"] for e in listed(serve, "--since", "2999-01-01T00:00")]
    assert entry_id not in [e["id"] for e in listed(serve, "--rule", "webmail")]
    code, out, _ = quarantine(serve, "list")
    assert code == 0 and entry_id in out and UNKEYED in out
    assert_no_content(out)

    # show: decisions and masked findings, still no content.
    code, out, _ = quarantine(serve, "show", entry_id, "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["id"] == entry_id and {"recipient": INTERNAL, "action": "deliver", "rule": "internal"} in \
        shown["decisions"]
    assert any(f["type"] == "ramq_nam" and "*" in f["excerpt"] for f in shown["findings"])
    assert_no_content(out, masked_findings=True)
    code, out, _ = quarantine(serve, "show", entry_id)
    assert code == 0 and "findings (masked)" in out
    assert_no_content(out, masked_findings=True)
    assert audit_lines(serve, "content_shown") == []
    assert quarantine(serve, "show", "0000-0000-0000")[0] == 1

    # No key yet: the release is refused, nothing leaves.
    code, _, err = quarantine(serve, "release", entry_id, "--reason", "demande du Dr X")
    assert code == 1 and "--plain" in err and "no usable key" in err
    assert not [m for m in sink.sink.messages if UNKEYED in m.rcpt_tos]

    # The key arrives; the release goes out gateway-encrypted and decrypts to the original.
    imported = sentinelle("keys", "--keyring", str(late_key.keyring), "import", str(late_key.public_file),
                          cwd=serve.policy.parent)
    assert imported.returncode == 0, imported.stderr
    code, out, err = quarantine(serve, "release", entry_id, "--reason", "clé publique reçue, billet 4711")
    assert code == 0, err
    assert "gateway-encrypted" in out
    [copy] = [m for m in sink.sink.wait_for(3) if UNKEYED in m.rcpt_tos]
    assert copy.mail_from == SENDER and copy.rcpt_tos == (UNKEYED,)
    # DKIM-signed like the server's own encrypted copies; Mail::DKIM verifies it independently.
    assert copy.data.startswith(b"DKIM-Signature: ")
    zone, signed = base / "dkim" / "zone", base / "dkim" / "released.eml"
    zone.write_text(dkim_record[1].replace(" IN TXT ", " 300 IN TXT ") + "\n")
    signed.write_bytes(copy.data)
    verified = subprocess.run(["perl", str(VERIFY), str(zone), str(signed)], capture_output=True, text=True,
                              check=True, timeout=60).stdout.splitlines()
    assert verified[0].startswith("pass q") and verified[-1] == "overall pass", verified
    names, rest = split_added_headers(copy.data[copy.data.index(b"\r\nX-Sentinelle-") + 2:])
    assert names == ["X-Sentinelle-Scanned", "X-Sentinelle-Released"]
    assert f"X-Sentinelle-Released: {entry_id} encrypted".encode() in copy.data
    _, armored = pgp_mime_payload(rest)
    assert_is_original_entity(decrypt_with_gpg(late_key, armored), original)
    for marker in LEAK_MARKERS:
        assert marker.encode() not in copy.data

    [released] = audit_lines(serve, "released")
    assert released["quarantine_id"] == entry_id and released["recipient"] == UNKEYED
    assert released["reason"] == "clé publique reçue, billet 4711" and released["operator"]
    assert released["outcome"] == "encrypted" and released["plain"] is False
    [line] = [e for e in listed(serve) if e["id"] == entry_id]
    assert [r["recipient"] for r in line["released"]] == [UNKEYED]  # type: ignore[union-attr]
    code, _, err = quarantine(serve, "release", entry_id, "--reason", "again")
    assert code == 1 and "released already" in err

    # show --content: the one place content appears, and it is audited with the operator's name.
    code, out, _ = quarantine(serve, "show", entry_id, "--content")
    assert code == 0 and "CORPSSECRET" in out
    [shown_line] = audit_lines(serve, "content_shown")
    assert shown_line["quarantine_id"] == entry_id and shown_line["operator"]


def test_a_webmail_refusal_is_released_only_with_plain(serve: Serve, sink: RunningSink) -> None:
    mid = message_id("webmail")
    original = plain_message([WEBMAIL], mid)
    code, reply = smtp_send(serve.port, SENDER, [WEBMAIL], original)
    assert code == 250, reply
    [entry] = [e for e in listed(serve, "--rule", "webmail") if e["message_id"] == mid]
    entry_id = str(entry["id"])
    code, _, err = quarantine(serve, "release", entry_id, "--reason", "exception approuvée")
    assert code == 1 and "--plain" in err
    assert not [m for m in sink.sink.messages if WEBMAIL in m.rcpt_tos]
    code, out, err = quarantine(serve, "release", entry_id, "--reason", "exception approuvée 2026-22", "--plain")
    assert code == 0, err
    assert "UNENCRYPTED" in out
    [copy] = [m for m in sink.sink.wait_for(2) if WEBMAIL in m.rcpt_tos]
    names, rest = split_added_headers(copy.data)
    assert names == ["X-Sentinelle-Scanned", "X-Sentinelle-Released"] and rest == original
    assert f"X-Sentinelle-Released: {entry_id} plain".encode() in copy.data
    [released] = [line for line in audit_lines(serve, "released") if line["quarantine_id"] == entry_id]
    assert released["plain"] is True and released["outcome"] == "relayed"
    assert released["reason"] == "exception approuvée 2026-22"


def test_delete_and_purge_are_audited(serve: Serve, sink: RunningSink) -> None:
    mid = message_id("delete")
    code, _ = smtp_send(serve.port, SENDER, [WEBMAIL], plain_message([WEBMAIL], mid))
    assert code == 250
    [entry] = [e for e in listed(serve) if e["message_id"] == mid]
    entry_id = str(entry["id"])
    assert quarantine(serve, "delete", entry_id)[0] == 2  # --reason is required: usage error
    code, out, err = quarantine(serve, "delete", entry_id, "--reason", "envoyé par erreur")
    assert code == 0, err
    assert entry_id not in [e["id"] for e in listed(serve)]
    assert quarantine(serve, "delete", entry_id, "--reason", "twice")[0] == 1
    [deleted] = [line for line in audit_lines(serve, "deleted") if line["quarantine_id"] == entry_id]
    assert deleted["reason"] == "envoyé par erreur" and deleted["operator"]
    # Retention: nothing is 30 days old here; 0 days purges what is left.
    code, out, _ = quarantine(serve, "purge")
    assert code == 0 and "purged 0 entries" in out
    code, out, _ = quarantine(serve, "purge", "--older-than-days", "0")
    assert code == 0 and listed(serve) == []
    assert audit_lines(serve, "purged")[-1]["count"] == int(out.split()[1])


def test_two_workers_storing_at_once_lose_no_entry(base: Path, module_sink: RunningSink) -> None:
    directory = base / "workers"
    directory.mkdir()
    port = free_port()
    policy = write_policy(directory / "policy.toml", listen=port, next_hop=module_sink.address)
    server = Sentinelle(policy, port, directory / "serve.log", "--workers", "2").wait_listening()
    mids = [message_id(f"w{index}") for index in range(16)]
    replies: list[int] = []

    def send(batch: list[str]) -> None:
        for mid in batch:
            with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
                refused = client.sendmail(SENDER, [WEBMAIL], plain_message([WEBMAIL], mid))  # raises on 4xx/5xx
                replies.append(250 if refused == {} else 0)

    try:
        threads = [threading.Thread(target=send, args=(mids[i::4],)) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        server.stop()
    assert replies == [250] * 16
    result = sentinelle("quarantine", "list", "--json", "--policy", str(policy), cwd=directory)
    entries = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(e["message_id"] for e in entries) == sorted(mids)
    assert len({e["id"] for e in entries}) == 16


def test_an_unwritable_store_gives_451_and_loses_nothing(base: Path, module_sink: RunningSink) -> None:
    directory = base / "unwritable"
    directory.mkdir()
    (directory / "blocker").write_text("a file where the store's directory should be\n")
    port = free_port()
    policy = write_policy(directory / "policy.toml", listen=port, next_hop=module_sink.address,
                          extra=f'[quarantine]\npath = "{directory / "blocker" / "quarantine"}"\n')
    server = Sentinelle(policy, port, directory / "serve.log").wait_listening()
    try:
        code, reply = smtp_send(port, SENDER, [WEBMAIL, INTERNAL], plain_message([WEBMAIL, INTERNAL],
                                                                                 message_id("nostore")))
        assert code == 451, reply
        assert module_sink.sink.wait_for(1, timeout=1) == []  # nothing relayed, nothing notified
        code, reply = smtp_send(port, SENDER, [INTERNAL], plain_message([INTERNAL], message_id("internal")))
        assert code == 250, reply  # mail nobody refuses still flows
    finally:
        server.stop()
    log = (directory / "serve.log").read_text()
    assert "could not be stored; answering 451" in log and "SECRET" not in log
    # Said at start-up already, by the maintenance pass (and sentinelle_quarantine_store_up is 0).
    assert "quarantine store unavailable: embedded quarantine store:" in log


def test_a_full_store_gives_451(base: Path, module_sink: RunningSink) -> None:
    directory = base / "full"
    directory.mkdir()
    port = free_port()
    policy = write_policy(directory / "policy.toml", listen=port, next_hop=module_sink.address,
                          extra=f'[quarantine]\npath = "{directory / "quarantine"}"\nmax_bytes = 2000\n')
    server = Sentinelle(policy, port, directory / "serve.log").wait_listening()
    try:
        code, reply = smtp_send(port, SENDER, [WEBMAIL], plain_message([WEBMAIL], message_id("fits")))
        assert code == 250, reply
        big = plain_message([WEBMAIL], message_id("toobig"), body="Bonjour, ceci est une ligne.\n" * 100)
        code, reply = smtp_send(port, SENDER, [WEBMAIL], big)
        assert code == 451, reply
    finally:
        server.stop()
    assert "StoreFull" in (directory / "serve.log").read_text()
