"""Issue #4, "Tests must show, with real peers": the shipped policy through a live ``sentinelle serve``.

A real SMTP client (smtplib) -> ``sentinelle serve`` (a subprocess: the real runtime, real classifier
with the spaCy model, real gateway keyring, audit file) -> an aiosmtpd sink standing for the next
hop. The policy file is the shipped policy.toml with only the audit path changed (listen address,
next hop and keyring are flags); the audit-mode server changes ``mode`` to "audit", the DKIM server
enables ``[dkim]`` with a key from ``sentinelle dkim keygen``.
Encrypted copies are decrypted with the gpg command line and with Sequoia's ``sq``; DKIM signatures
are verified with Perl's Mail::DKIM (tests/dkim_verify.pl). All data is synthetic.
"""

from __future__ import annotations

import base64
import email
import io
import json
import subprocess
import zipfile
from collections.abc import Iterator
from email import policy as email_policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import Received, RunningSink, start_sink
from policy_e2e_support import (
    ATTACHMENT_NAME,
    ATTACHMENT_TEXT,
    INTERNAL,
    KEYED,
    NAM,
    OUTER_SUBJECT,
    SENDER,
    UNKEYED,
    WEBMAIL,
    Keys,
    Serve,
    assert_bilingual_refusal,
    assert_content_free,
    assert_is_original_entity,
    confidential_message,
    decrypt_with_gpg,
    decrypt_with_sq,
    docx_text,
    header_block_and_body,
    make_keys,
    message_id,
    notification_text,
    pgp_mime_payload,
    plain_message,
    release_keys,
    sentinelle,
    serving,
    smtp_send,
    split_added_headers,
)
from policy_support import gpg

from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text

pytestmark = pytest.mark.slow

VERIFY = Path(__file__).with_name("dkim_verify.pl")


# --- module fixtures: one sink, one keyring, one server per policy (each loads the model once) ------------------


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("policy-e2e")


@pytest.fixture(scope="module")
def module_sink() -> Iterator[RunningSink]:
    running = start_sink()
    yield running
    running.stop()


@pytest.fixture(autouse=True)
def sink(module_sink: RunningSink) -> RunningSink:
    """The shared sink, emptied before each test."""
    with module_sink.sink.lock:
        module_sink.sink.messages.clear()
    return module_sink


@pytest.fixture(scope="module")
def keys(base: Path) -> Iterator[Keys]:
    made = make_keys(base)
    yield made
    release_keys(made)


@pytest.fixture(scope="module")
def enforce(base: Path, module_sink: RunningSink, keys: Keys) -> Iterator[Serve]:
    """The shipped default policy (mode "enforce")."""
    yield from serving(base / "enforce", next_hop=module_sink.address, keyring=keys.keyring)


@pytest.fixture(scope="module")
def audit_mode(base: Path, module_sink: RunningSink, keys: Keys) -> Iterator[Serve]:
    yield from serving(base / "audit", next_hop=module_sink.address, keyring=keys.keyring,
                       changes={'mode = "enforce"': 'mode = "audit"'})


@pytest.fixture(scope="module")
def dkim_record(base: Path) -> tuple[Path, str]:
    """A DKIM key pair from the real ``sentinelle dkim keygen``: (private key path, DNS TXT record)."""
    key = base / "dkim" / "e2e.key"
    result = sentinelle("dkim", "keygen", "--selector", "e2e", "--domain", "ssss.gouv.qc.ca", "--out", str(key),
                        cwd=base)
    assert result.returncode == 0, result.stderr
    return key, result.stdout.strip()


@pytest.fixture(scope="module")
def dkim_signing(base: Path, module_sink: RunningSink, keys: Keys, dkim_record: tuple[Path, str]) -> Iterator[Serve]:
    key, _ = dkim_record
    yield from serving(base / "dkim", next_hop=module_sink.address, keyring=keys.keyring,
                       changes={"enabled = false": "enabled = true", 'selector = "sentinelle"': 'selector = "e2e"',
                                'private_key = "/etc/sentinelle/dkim/sentinelle.key"': f'private_key = "{key}"'})


# --- helpers ----------------------------------------------------------------------------------------------------


def arrived(sink: RunningSink, recipient: str, *, sender: str = SENDER) -> list[bytes]:
    return [m.data for m in sink.sink.messages if recipient in m.rcpt_tos and m.mail_from == sender]


def notifications(sink: RunningSink) -> list[Received]:
    return [m for m in sink.sink.messages if m.mail_from == "<>"]


def delivered_untouched(data: bytes, original: bytes, *, audit_header: str | None = None) -> None:
    """``data`` is ``original`` byte for byte, after Sentinelle's own leading header fields."""
    names, rest = split_added_headers(data)
    assert rest == original
    assert names == ["X-Sentinelle-Scanned", "X-Sentinelle-ID"] + (["X-Sentinelle-Audit"] if audit_header else [])
    if audit_header:
        assert f"\r\nX-Sentinelle-Audit: {audit_header}\r\n".encode() in data


def rules(serve: Serve, mid: str) -> dict[str, tuple[str, str]]:
    """recipient -> (action, rule) from the live proxy's audit trail."""
    return {str(e["recipient"]): (str(e["action"]), str(e["rule"])) for e in serve.audit_entries(mid)}


def send(serve: Serve, sink: RunningSink, recipients: list[str], data: bytes, expected: int) -> list[Received]:
    """Send through the proxy, expect 250, and wait until ``expected`` messages reached the sink
    (the proxy hands everything on before its 250, so they are there already)."""
    code, reply = smtp_send(serve.port, SENDER, recipients, data)
    assert code == 250, reply
    messages = sink.sink.wait_for(expected, timeout=5)
    assert len(messages) == expected, [m.rcpt_tos for m in messages]
    return messages


def one_notification(sink: RunningSink) -> tuple[bytes, str]:
    [notice] = notifications(sink)
    assert notice.rcpt_tos == (SENDER,)
    return notice.data, notification_text(notice.data)


# --- the shipped default policy ---------------------------------------------------------------------------------


def test_a_policy_file_without_organization_keys_keeps_the_shipped_service_desk() -> None:
    """policy.toml: "an absent key takes the value shown here"; a notification must name the service
    desk even when the administrator's policy file does not set it."""
    shipped = parse_policy(shipped_policy_text().encode())
    assert parse_policy(b'[audit]\npath = "-"\n').organization == shipped.organization
    assert "servicedesk@ssss.gouv.qc.ca" in shipped.organization.service_desk


def test_internal_recipient_gets_the_message_untouched(enforce: Serve, sink: RunningSink) -> None:
    mid = message_id("internal")
    original = confidential_message([INTERNAL], mid)
    send(enforce, sink, [INTERNAL], original, 1)
    [copy] = arrived(sink, INTERNAL)
    delivered_untouched(copy, original)
    assert rules(enforce, mid) == {INTERNAL: ("deliver", "internal")}
    [entry] = enforce.audit_entries(mid)
    assert entry["confidential"] is True and "ramq_nam" in entry["finding_types"]  # type: ignore[operator]
    assert NAM not in json.dumps(entry) and "SECRET" not in json.dumps(entry)


def test_webmail_recipient_is_refused_with_a_bilingual_content_free_notification(enforce: Serve,
                                                                                  sink: RunningSink) -> None:
    mid = message_id("webmail")
    original = plain_message([WEBMAIL], mid)  # not even confidential: scope = "all"
    send(enforce, sink, [WEBMAIL], original, 1)
    assert arrived(sink, WEBMAIL) == []
    data, text = one_notification(sink)
    assert_bilingual_refusal(text, {WEBMAIL: "webmail"}, mid)
    assert "webmail" in text and "réseau de la santé" in text and "health-network address" in text
    assert_content_free(data, text)
    assert "REUNION" not in data.decode(errors="replace") and "Reunion" not in text
    assert rules(enforce, mid) == {WEBMAIL: ("reject", "webmail")}


@pytest.mark.parametrize("marker", [
    "Auto-Submitted: auto-forwarded",
    "X-MS-Exchange-Inbox-Rules-Loop: dre.gagnon@ssss.gouv.qc.ca",
    "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
    "X-Forwarded-To: dr.labo@clinique-partenaire.example",
])
def test_auto_forward_is_refused_outside_and_delivered_inside(enforce: Serve, sink: RunningSink,
                                                              marker: str) -> None:
    mid = message_id("autofwd")
    original = plain_message([INTERNAL, UNKEYED], mid, extra_headers=marker + "\r\n")
    send(enforce, sink, [INTERNAL, UNKEYED], original, 2)
    [copy] = arrived(sink, INTERNAL)
    delivered_untouched(copy, original)
    assert arrived(sink, UNKEYED) == []
    data, text = one_notification(sink)
    assert_bilingual_refusal(text, {UNKEYED: "auto_forward"}, mid)
    assert "transféré automatiquement" in text and "forwarded automatically" in text
    assert_content_free(data, text)
    assert rules(enforce, mid) == {INTERNAL: ("deliver", "internal"), UNKEYED: ("reject", "auto_forward")}
    # Even a recipient whose key is known: an automatic forward never leaves, encrypted or not.
    sink.sink.messages.clear()
    send(enforce, sink, [KEYED], plain_message([KEYED], mid, extra_headers=marker + "\r\n"), 1)
    assert arrived(sink, KEYED) == [] and len(notifications(sink)) == 1


def test_external_confidential_with_key_is_encrypted_and_decrypts_with_gpg_and_sq(
        enforce: Serve, sink: RunningSink, keys: Keys, base: Path) -> None:
    mid = message_id("encrypt")
    original = confidential_message([KEYED], mid)
    send(enforce, sink, [KEYED], original, 1)
    [copy] = arrived(sink, KEYED)
    names, encrypted = split_added_headers(copy)
    assert names == ["X-Sentinelle-Scanned", "X-Sentinelle-ID"]
    # Nothing readable outside: not the subject, body, attachment or identifier.
    for marker in ("SECRET", NAM, "Fictive", ATTACHMENT_NAME):
        assert marker.encode() not in copy
    parsed, armored = pgp_mime_payload(encrypted)
    assert str(email.header.make_header(email.header.decode_header(parsed["Subject"]))) == OUTER_SUBJECT
    assert parsed["Message-ID"] == mid and parsed["From"] == f"Dre Gagnon <{SENDER}>"

    by_gpg = decrypt_with_gpg(keys, armored)
    by_sq = decrypt_with_sq(keys, armored, base)
    assert by_gpg == by_sq
    assert_is_original_entity(by_sq, original)
    inner = email.message_from_bytes(by_sq, policy=email_policy.default)
    [attachment] = list(inner.iter_attachments())
    assert attachment.get_filename() == ATTACHMENT_NAME
    payload = attachment.get_payload(decode=True)
    assert isinstance(payload, bytes) and docx_text(payload) == ATTACHMENT_TEXT
    assert rules(enforce, mid) == {KEYED: ("encrypt", "gateway_encrypted")}
    assert [e["outcome"] for e in enforce.audit_entries(mid)] == ["encrypted"]
    assert notifications(sink) == []
    assert b"DKIM-Signature" not in copy  # the shipped policy has DKIM disabled


def test_external_confidential_without_key_is_refused_with_a_content_free_notification(
        enforce: Serve, sink: RunningSink) -> None:
    mid = message_id("nokey")
    original = confidential_message([UNKEYED], mid)
    send(enforce, sink, [UNKEYED], original, 1)
    assert arrived(sink, UNKEYED) == []
    data, text = one_notification(sink)
    assert_bilingual_refusal(text, {UNKEYED: "no_key"}, mid)
    for advice in ("GPG4Win", "Mailvelope", "OpenKeychain", "clé publique", "public key", "servicedesk@"):
        assert advice in text
    # The kinds of data found, named in words, never their values.
    assert "numéro d'assurance maladie (RAMQ)" in text and "Quebec health insurance number (RAMQ)" in text
    assert_content_free(data, text)
    assert ATTACHMENT_NAME.encode() not in data and base64.b64encode(NAM.encode()) not in data
    assert rules(enforce, mid) == {UNKEYED: ("reject", "no_key")}


def fake_pgp_mime(to: list[str], mid: str) -> bytes:
    """multipart/encrypted whose "encrypted" part is plaintext with a NAM."""
    return (f"From: Dre Gagnon <{SENDER}>\r\nTo: {', '.join(to)}\r\nSubject: Suivi\r\nMessage-ID: {mid}\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="FAKE"\r\n\r\n'
            "--FAKE\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n\r\n"
            "--FAKE\r\nContent-Type: application/octet-stream\r\n\r\n"
            "-----BEGIN PGP MESSAGE-----\r\n\r\n"
            f"Patiente Eloise Fictivesecret, NAM {NAM}, diabete de type 2.\r\n"
            "-----END PGP MESSAGE-----\r\n--FAKE--\r\n").encode()


def test_fake_multipart_encrypted_with_plaintext_is_treated_as_not_encrypted(
        enforce: Serve, sink: RunningSink, keys: Keys) -> None:
    mid = message_id("fake")
    original = fake_pgp_mime([KEYED, UNKEYED], mid)
    send(enforce, sink, [KEYED, UNKEYED], original, 2)
    assert arrived(sink, UNKEYED) == []  # refused: confidential, no key
    [copy] = arrived(sink, KEYED)  # gateway-encrypted, not passed as is
    _, encrypted = split_added_headers(copy)
    assert encrypted != original and NAM.encode() not in copy
    _, armored = pgp_mime_payload(encrypted)
    assert header_block_and_body(decrypt_with_gpg(keys, armored))[1] == header_block_and_body(original)[1]
    assert rules(enforce, mid) == {KEYED: ("encrypt", "gateway_encrypted"), UNKEYED: ("reject", "no_key")}
    entries = enforce.audit_entries(mid)
    assert all(e["encrypted"] is False for e in entries)
    assert all(any("not OpenPGP" in w for w in e["warnings"]) for e in entries)  # type: ignore[attr-defined]
    _, text = one_notification(sink)
    assert_bilingual_refusal(text, {UNKEYED: "no_key"}, mid)


def test_really_encrypted_message_passes_untouched(enforce: Serve, sink: RunningSink, keys: Keys) -> None:
    mid = message_id("pgp")
    armored = gpg(keys.home, "--armor", "--trust-model", "always", "--encrypt", "-r", KEYED,
                  input=f"Content-Type: text/plain; charset=utf-8\r\n\r\nNAM {NAM}\r\n".encode()).stdout
    original = (f"From: Dre Gagnon <{SENDER}>\r\nTo: {KEYED}, {UNKEYED}\r\nSubject: ...\r\nMessage-ID: {mid}\r\n"
                "MIME-Version: 1.0\r\n"
                'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="PGP"\r\n\r\n'
                "--PGP\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n\r\n"
                "--PGP\r\nContent-Type: application/octet-stream\r\n\r\n").encode() \
        + armored.replace(b"\n", b"\r\n") + b"\r\n--PGP--\r\n"
    send(enforce, sink, [KEYED, UNKEYED], original, 1)  # one transaction, both recipients
    [message] = sink.sink.messages
    assert sorted(message.rcpt_tos) == sorted([KEYED, UNKEYED])
    delivered_untouched(message.data, original)
    assert rules(enforce, mid) == {KEYED: ("deliver", "already_encrypted"),
                                   UNKEYED: ("deliver", "already_encrypted")}
    assert all(e["encrypted"] is True and e["warnings"] == [] for e in enforce.audit_entries(mid))
    assert notifications(sink) == []


MIXED = [INTERNAL, WEBMAIL, KEYED, UNKEYED]


def test_mixed_recipients_are_split_per_recipient(enforce: Serve, sink: RunningSink, keys: Keys) -> None:
    mid = message_id("mixed")
    original = confidential_message(MIXED, mid)
    send(enforce, sink, MIXED, original, 3)  # plain copy, encrypted copy, one notification
    [plain] = arrived(sink, INTERNAL)
    delivered_untouched(plain, original)
    assert [m.rcpt_tos for m in sink.sink.messages if m.mail_from == SENDER] == [(INTERNAL,), (KEYED,)]
    [encrypted] = arrived(sink, KEYED)
    _, armored = pgp_mime_payload(split_added_headers(encrypted)[1])
    assert_is_original_entity(decrypt_with_gpg(keys, armored), original)
    assert arrived(sink, WEBMAIL) == [] and arrived(sink, UNKEYED) == []
    data, text = one_notification(sink)
    assert_bilingual_refusal(text, {WEBMAIL: "webmail", UNKEYED: "no_key"}, mid)
    assert INTERNAL not in text and KEYED not in text
    assert_content_free(data, text)
    assert rules(enforce, mid) == {INTERNAL: ("deliver", "internal"), WEBMAIL: ("reject", "webmail"),
                                   KEYED: ("encrypt", "gateway_encrypted"), UNKEYED: ("reject", "no_key")}
    outcomes = {e["recipient"]: e["outcome"] for e in enforce.audit_entries(mid)}
    assert outcomes == {INTERNAL: "relayed", WEBMAIL: "refused", KEYED: "encrypted", UNKEYED: "refused"}


def test_check_shows_the_decisions_of_the_live_proxy(enforce: Serve, sink: RunningSink, keys: Keys,
                                                     base: Path) -> None:
    """Same message, same envelope, same policy file and keyring: ``sentinelle check --json`` gives
    the live proxy's per-recipient actions and rules, and the same findings."""
    results: dict[str, tuple[list[tuple[str, str, list[str]]], list[str]]] = {}
    for tag, build in (("mixed", confidential_message), ("plain", plain_message)):
        mid = message_id(f"check-{tag}")
        original = build(MIXED, mid)
        code, _ = smtp_send(enforce.port, SENDER, MIXED, original)
        assert code == 250
        live = [(str(e["recipient"]), str(e["action"]), [str(e["rule"])]) for e in enforce.audit_entries(mid)]
        live_types = sorted(enforce.audit_entries(mid)[0]["finding_types"])  # type: ignore[call-overload]
        path = base / f"check-{tag}.eml"
        path.write_bytes(original)
        result = sentinelle("check", "--json", "--policy", str(enforce.policy), "--keyring", str(keys.keyring),
                            "--mail-from", SENDER, *[a for r in MIXED for a in ("--rcpt", r)], str(path),
                            cwd=base)
        assert result.returncode == 1, result.stderr  # some recipient refused
        [line] = result.stdout.splitlines()
        report = json.loads(line)
        checked = [(r["address"], r["action"], r["reasons"]) for r in report["recipients"]]
        assert checked == live
        assert sorted({f["type"] for f in report["findings"]}) == live_types
        results[tag] = (checked, live_types)
    assert results["mixed"][0] == [(INTERNAL, "deliver", ["internal"]), (WEBMAIL, "reject", ["webmail"]),
                                   (KEYED, "encrypt", ["gateway_encrypted"]), (UNKEYED, "reject", ["no_key"])]
    # Not confidential: opportunistic encryption for the keyed recipient, delivery to the unkeyed one.
    assert results["plain"][0] == [(INTERNAL, "deliver", ["internal"]), (WEBMAIL, "reject", ["webmail"]),
                                   (KEYED, "encrypt", ["gateway_encrypted"]),
                                   (UNKEYED, "deliver", ["not_confidential"])]


# --- audit mode -------------------------------------------------------------------------------------------------


def test_audit_mode_delivers_everything_and_records_what_enforce_would_refuse(
        audit_mode: Serve, sink: RunningSink, keys: Keys) -> None:
    mid = message_id("audit")
    original = confidential_message(MIXED, mid)
    send(audit_mode, sink, MIXED, original, 4)  # internal, webmail, unkeyed (as is), keyed (encrypted)
    assert notifications(sink) == []
    delivered_untouched(arrived(sink, INTERNAL)[0], original)
    [webmail] = arrived(sink, WEBMAIL)
    delivered_untouched(webmail, original, audit_header="would-reject rule=webmail")
    [unkeyed] = arrived(sink, UNKEYED)
    delivered_untouched(unkeyed, original, audit_header="would-reject rule=no_key")
    [keyed] = arrived(sink, KEYED)
    _, armored = pgp_mime_payload(split_added_headers(keyed)[1])
    assert_is_original_entity(decrypt_with_gpg(keys, armored), original)

    entries = {str(e["recipient"]): e for e in audit_mode.audit_entries(mid)}
    assert {r: (e["action"], e["rule"], e.get("audit_action"), e["outcome"]) for r, e in entries.items()} == {
        INTERNAL: ("deliver", "internal", None, "relayed"),
        WEBMAIL: ("deliver", "webmail", "reject", "relayed"),
        KEYED: ("encrypt", "gateway_encrypted", None, "encrypted"),
        UNKEYED: ("deliver", "no_key", "reject", "relayed"),
    }

    forward = message_id("audit-fwd")
    send(audit_mode, sink, [UNKEYED], plain_message([UNKEYED], forward,
                                                    extra_headers="Auto-Submitted: auto-forwarded\r\n"), 5)
    assert b"X-Sentinelle-Audit: would-reject rule=auto_forward\r\n" in arrived(sink, UNKEYED)[-1]
    assert [(e["rule"], e["audit_action"]) for e in audit_mode.audit_entries(forward)] == [("auto_forward",
                                                                                            "reject")]


# --- DKIM -------------------------------------------------------------------------------------------------------


def test_encrypted_copy_carries_a_dkim_signature_that_mail_dkim_verifies(
        dkim_signing: Serve, sink: RunningSink, keys: Keys, dkim_record: tuple[Path, str], base: Path) -> None:
    mid = message_id("dkim")
    original = confidential_message([INTERNAL, KEYED], mid)
    send(dkim_signing, sink, [INTERNAL, KEYED], original, 2)
    [encrypted] = arrived(sink, KEYED)
    assert encrypted.startswith(b"DKIM-Signature: ")
    _, record = dkim_record
    zone = base / "dkim" / "zone"
    zone.write_text(record.replace(" IN TXT ", " 300 IN TXT ") + "\n")
    message = base / "dkim" / f"{mid.strip('<>')}.eml"
    message.write_bytes(encrypted)
    verified = subprocess.run(["perl", str(VERIFY), str(zone), str(message)], capture_output=True, text=True,
                              check=True, timeout=60).stdout.splitlines()
    assert verified[0].startswith("pass e2e") and verified[-1] == "overall pass", verified
    # The signature covers what a reader sees: a changed outer Subject no longer verifies.
    tampered = encrypted.replace(b"Subject: ", b"Subject: Re: ", 1)
    message.write_bytes(tampered)
    verified = subprocess.run(["perl", str(VERIFY), str(zone), str(message)], capture_output=True, text=True,
                              check=True, timeout=60).stdout.splitlines()
    assert verified[-1] == "overall fail", verified
    # It still decrypts, and the unchanged internal copy is not re-signed.
    _, armored = pgp_mime_payload(split_added_headers(encrypted[encrypted.index(b"\r\nX-Sentinelle-") + 2:])[1])
    assert_is_original_entity(decrypt_with_gpg(keys, armored), original)
    [plain] = arrived(sink, INTERNAL)
    delivered_untouched(plain, original)


# --- forced confidential and uninspectable content (issue #4 items 4 and 5) ------------------------------------


def password_protected_zip() -> bytes:
    """A ZIP whose member is marked encrypted (general purpose flag bit 0, APPNOTE 4.4.4), as a
    password-protected archive is: its content cannot be inspected."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("resultats.txt", "x" * 64)
    data = bytearray(buffer.getvalue())
    data[6] |= 0x01  # local file header flags
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x01  # central directory flags
    return bytes(data)


def test_subject_tag_forces_confidential_treatment(enforce: Serve, sink: RunningSink) -> None:
    mid = message_id("tag")
    original = plain_message([UNKEYED, INTERNAL], mid).replace(b"Subject: Reunion", b"Subject: [chiffrer] Reunion")
    send(enforce, sink, [UNKEYED, INTERNAL], original, 2)
    assert arrived(sink, UNKEYED) == []
    delivered_untouched(arrived(sink, INTERNAL)[0], original)
    assert rules(enforce, mid) == {UNKEYED: ("reject", "no_key"), INTERNAL: ("deliver", "internal")}
    assert all(e["forced_confidential"] is True for e in enforce.audit_entries(mid))


def test_uninspectable_attachment_is_refused_outside_unless_encrypted(enforce: Serve, sink: RunningSink,
                                                                     keys: Keys) -> None:
    mid = message_id("uninspectable")
    message = EmailMessage()
    message["From"] = f"Dre Gagnon <{SENDER}>"
    message["To"] = f"{UNKEYED}, {KEYED}"
    message["Subject"] = "Documents"
    message["Message-ID"] = mid
    message.set_content("Bonjour, le code suit par téléphone. CORPSSECRET\n")
    message.add_attachment(password_protected_zip(), maintype="application", subtype="zip", filename="dossier.zip")
    original = message.as_bytes(policy=email_policy.SMTP)
    send(enforce, sink, [UNKEYED, KEYED, INTERNAL], original, 3)
    assert arrived(sink, UNKEYED) == []
    delivered_untouched(arrived(sink, INTERNAL)[0], original)
    [encrypted] = arrived(sink, KEYED)
    _, armored = pgp_mime_payload(split_added_headers(encrypted)[1])
    assert_is_original_entity(decrypt_with_gpg(keys, armored), original)
    assert rules(enforce, mid) == {UNKEYED: ("reject", "uninspectable"), KEYED: ("encrypt", "gateway_encrypted"),
                                   INTERNAL: ("deliver", "internal")}
    findings = enforce.audit_entries(mid)[0]["findings"]
    assert isinstance(findings, list)
    assert [(f["type"], f["excerpt"]) for f in findings] == [("uninspectable", "encrypted")]
    data, text = one_notification(sink)
    assert_bilingual_refusal(text, {UNKEYED: "uninspectable"}, mid)
    assert "n'a pas pu être inspectée" in text and "could not be inspected" in text
    assert_content_free(data, text)
    assert b"dossier.zip" not in data
