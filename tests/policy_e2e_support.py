"""Shared pieces of the end-to-end policy tests (tests/test_policy_e2e.py, tests/test_policy_postfix.py):
a real ``sentinelle serve`` process, synthetic confidential messages, the recipients' OpenPGP keys made
at test time, and the independent checks (gpg and Sequoia ``sq`` decryption, notification contents).

Every value here is synthetic: the NAM is computed with the published check-digit rule for an
invented person, the names are invented, the keys are generated per test session.
"""

from __future__ import annotations

import email
import io
import os
import smtplib
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from email import policy as email_policy
from email.message import EmailMessage, Message
from pathlib import Path

from conftest import free_port, wait_for_greeting
from policy_support import export_public, export_secret, gpg, kill_agent, make_key, new_home
from sentinelle_process import terminate

from sentinelle.classifiers.identifiers import ramq_nam
from sentinelle.proxy.policy.loader import shipped_policy_text

REPO = Path(__file__).resolve().parents[1]

SENDER = "dre.gagnon@ssss.gouv.qc.ca"  # internal: gets the notifications
INTERNAL = "secretariat@ssss.gouv.qc.ca"
WEBMAIL = "famille.fictive@gmail.com"
KEYED = "dr.labo@clinique-partenaire.example"  # external, key imported in the gateway keyring
UNKEYED = "accueil@clinique-sans-cle.example"  # external, no key

# Every piece of content carries "SECRET", so that one search proves none of it leaked.
SUBJECT = "Résultats de Mme Fictive SUJETSECRET"
PATIENT = "Éloïse Fictivesecret"
NAM = "FICE7253142" + ramq_nam.calc_check_digit("FICE7253142")  # synthetic, valid check digit
BODY = (f"Bonjour,\n\nVoici le suivi de la patiente {PATIENT}, NAM {ramq_nam.format(NAM)}, née le "
        "14 mars 1972. Diagnostic : diabète de type 2, hémoglobine glyquée à 8,1 %. CORPSSECRET\n\n"
        "Dre Gagnon\n")
ATTACHMENT_NAME = "resultats_fictive_SECRET.docx"
ATTACHMENT_TEXT = f"Rapport de laboratoire PIECESECRET : {PATIENT}, NAM {NAM}, glycémie 9,2 mmol/L."
LEAK_MARKERS = ("SECRET", NAM, NAM[4:], ramq_nam.format(NAM), "Fictive", "diabète", "glyqu")

OUTER_SUBJECT = "Message chiffré / Encrypted message"  # the shipped encryption.outer_subject


def docx_bytes(text: str) -> bytes:
    import docx as python_docx  # python-docx

    document = python_docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_text(data: bytes) -> str:
    import docx as python_docx

    return "\n".join(p.text for p in python_docx.Document(io.BytesIO(data)).paragraphs)


def message_id(tag: str) -> str:
    return f"<{tag}-{uuid.uuid4().hex[:12]}@ssss.gouv.qc.ca>"


def confidential_message(to: list[str], mid: str, *, extra_headers: tuple[tuple[str, str], ...] = ()) -> bytes:
    """A physician's message: body with a valid NAM and a diagnosis, a DOCX attachment. CRLF bytes."""
    message = EmailMessage()
    message["From"] = f"Dre Gagnon <{SENDER}>"
    message["To"] = ", ".join(to)
    message["Subject"] = SUBJECT
    message["Date"] = "Tue, 03 Mar 2026 10:00:00 -0500"
    message["Message-ID"] = mid
    for name, value in extra_headers:
        message[name] = value
    message.set_content(BODY)
    message.add_attachment(docx_bytes(ATTACHMENT_TEXT), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename=ATTACHMENT_NAME)
    return message.as_bytes(policy=email_policy.SMTP)


def plain_message(to: list[str], mid: str, body: str = "Bonjour, la réunion est jeudi à 10 h. SECRETREUNION\n",
                  extra_headers: str = "") -> bytes:
    """A non-confidential text message, CRLF bytes."""
    text = (f"From: Dre Gagnon <{SENDER}>\r\nTo: {', '.join(to)}\r\nSubject: Reunion SUJETSECRET\r\n"
            f"Date: Tue, 03 Mar 2026 11:00:00 -0500\r\nMessage-ID: {mid}\r\n{extra_headers}"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
            f"\r\n{body.replace(chr(10), chr(13) + chr(10))}")
    return text.encode("utf-8")


def split_added_headers(data: bytes) -> tuple[list[str], bytes]:
    """(names of the leading X-Sentinelle-* fields, the rest of the message)."""
    names: list[str] = []
    while data[:13].lower() == b"x-sentinelle-":
        line, data = data.split(b"\r\n", 1)
        names.append(line.split(b":", 1)[0].decode("ascii"))
    return names, data


def header_block_and_body(data: bytes) -> tuple[bytes, bytes]:
    head, _, body = data.partition(b"\r\n\r\n")
    return head, body


# --- OpenPGP ----------------------------------------------------------------------------------------------------


@dataclass
class Keys:
    """The keyed recipient's key pair (secret in ``home`` and ``secret_file``) and the gateway keyring."""

    home: Path
    fingerprint: str
    public_file: Path
    secret_file: Path
    keyring: Path


def make_keys(base: Path) -> Keys:
    """Generate the keyed recipient's key, export it, and import the public half into a fresh gateway
    keyring with the real ``sentinelle keys import`` command."""
    home = new_home(base / "recipient-gnupg")
    fingerprint = make_key(home, f"Dr Labo <{KEYED}>")
    public_file = base / "labo-public.asc"
    public_file.write_bytes(export_public(home, fingerprint))
    secret_file = base / "labo-secret.asc"
    secret_file.write_bytes(export_secret(home, fingerprint))
    keyring = base / "gateway-keyring"
    result = sentinelle("keys", "--keyring", str(keyring), "import", str(public_file), cwd=base)
    assert result.returncode == 0, result.stderr
    listed = sentinelle("keys", "--keyring", str(keyring), "list", cwd=base)
    assert fingerprint in listed.stdout.replace(" ", "") and KEYED in listed.stdout
    return Keys(home, fingerprint, public_file, secret_file, keyring)


def release_keys(keys: Keys) -> None:
    kill_agent(keys.home)
    kill_agent(keys.keyring)


def pgp_mime_payload(data: bytes) -> tuple[Message, bytes]:
    """The parsed PGP/MIME message and its armored encrypted part; asserts the RFC 3156 structure."""
    parsed = email.message_from_bytes(data, policy=email_policy.compat32)
    assert parsed.get_content_type() == "multipart/encrypted"
    assert parsed.get_param("protocol") == "application/pgp-encrypted"
    parts = parsed.get_payload()
    assert isinstance(parts, list) and len(parts) == 2
    control, encrypted = parts
    assert isinstance(control, Message) and isinstance(encrypted, Message)
    assert control.get_content_type() == "application/pgp-encrypted"
    assert b"Version: 1" in control.get_payload(decode=True)
    assert encrypted.get_content_type() == "application/octet-stream"
    armored = encrypted.get_payload(decode=True)
    assert isinstance(armored, bytes) and armored.startswith(b"-----BEGIN PGP MESSAGE-----")
    return parsed, armored


def decrypt_with_gpg(keys: Keys, armored: bytes) -> bytes:
    return gpg(keys.home, "--decrypt", input=armored).stdout


def decrypt_with_sq(keys: Keys, armored: bytes, workdir: Path) -> bytes:
    """Sequoia, an OpenPGP implementation independent of GnuPG."""
    path = workdir / f"encrypted-{uuid.uuid4().hex[:8]}.asc"
    path.write_bytes(armored)
    result = subprocess.run(["sq", "decrypt", "--recipient-key", str(keys.secret_file), str(path)],
                            capture_output=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout


def assert_is_original_entity(decrypted: bytes, original: bytes) -> None:
    """The decrypted inner entity is the original MIME entity: same Content-Type, same body bytes
    (every part and attachment), the protected Subject and the attachment intact."""
    _, inner_body = header_block_and_body(decrypted)
    _, original_body = header_block_and_body(original)
    assert inner_body == original_body
    inner = email.message_from_bytes(decrypted, policy=email_policy.default)
    source = email.message_from_bytes(original, policy=email_policy.default)
    assert inner.get_content_type() == source.get_content_type()
    assert inner.get_param("boundary") == source.get_param("boundary")
    assert inner.get_param("protected-headers") == "v1"
    assert str(inner["Subject"]) == str(source["Subject"])
    assert str(inner["Message-ID"]) == str(source["Message-ID"])
    inner_attachments = [(p.get_filename(), p.get_payload(decode=True)) for p in inner.iter_attachments()]
    source_attachments = [(p.get_filename(), p.get_payload(decode=True)) for p in source.iter_attachments()]
    assert inner_attachments == source_attachments


# --- notifications ----------------------------------------------------------------------------------------------


def notification_text(data: bytes) -> str:
    parsed = email.message_from_bytes(data, policy=email_policy.default)
    assert parsed.get_content_type() == "multipart/report"
    assert parsed.get_param("report-type") == "delivery-status"
    assert str(parsed["Auto-Submitted"]) == "auto-replied"
    text_part = next(parsed.iter_parts())
    text = text_part.get_content()
    assert isinstance(text, str)
    return text


def assert_content_free(data: bytes, text: str) -> None:
    """No body, subject, attachment (name or text) or identifier of the original, raw or decoded."""
    folded = data.decode("utf-8", "replace")
    for marker in LEAK_MARKERS:
        assert marker not in text, marker
        assert marker not in folded, marker
    assert "docx" not in text.lower()


def assert_bilingual_refusal(text: str, refused: dict[str, str], mid: str) -> None:
    """French then English; each refused recipient with its rule in both languages; what to do."""
    assert text.index("Bonjour") < text.index("Hello")
    assert "n'a pas remis votre message" in text and "did not deliver your message" in text
    assert "Que faire" in text and "What to do" in text
    # The original Message-ID threads the notice (In-Reply-To) but is not quoted to the reader: its
    # sender wrote it (proxy.notify).
    assert mid not in text and "Date du message" in text and "Message date" in text
    for recipient, rule in refused.items():
        assert f"- {recipient} (règle {rule})" in text
        assert f"- {recipient} (rule {rule})" in text


# --- the live proxy ---------------------------------------------------------------------------------------------


def sentinelle(*args: str, cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run the ``sentinelle`` command line (``python -m sentinelle.proxy``) of this checkout."""
    return subprocess.run([sys.executable, "-m", "sentinelle.proxy", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=timeout, check=False)


@dataclass
class Serve:
    """A running ``sentinelle serve`` process."""

    process: subprocess.Popen[bytes]
    port: int
    policy: Path
    audit: Path
    log: Path

    def stop(self) -> None:
        terminate(self.process, 40)

    def audit_entries(self, mid: str) -> list[dict[str, object]]:
        import json

        entries = [json.loads(line) for line in self.audit.read_text(encoding="utf-8").splitlines() if line]
        return [e for e in entries if e["message_id"] == mid]


def shipped_policy(changes: dict[str, str]) -> str:
    """The shipped policy.toml, verbatim except for whole lines replaced by ``changes`` (each must
    occur exactly once, so that a change in the shipped file cannot silently void a test)."""
    text = shipped_policy_text()
    for old, new in changes.items():
        assert text.count(f"\n{old}\n") == 1, old
        text = text.replace(f"\n{old}\n", f"\n{new}\n")
    return text


def start_serve(workdir: Path, *, next_hop: str, keyring: Path, changes: dict[str, str] | None = None,
                listen: int | None = None) -> Serve:
    """``sentinelle serve`` with the shipped policy file, only its audit path (and ``changes``)
    replaced; listen address, next hop and keyring as flags; the metrics listener off (other tests
    share the machine). Waits for the 220 greeting (the spaCy model is loaded before listening)."""
    workdir.mkdir(parents=True, exist_ok=True)
    audit = workdir / "audit.jsonl"
    policy = workdir / "policy.toml"
    # The quarantine in the test's own directory, never in the machine's /var/lib/sentinelle.
    quarantine = {'path = "/var/lib/sentinelle/quarantine"': f'path = "{workdir / "quarantine"}"'}
    policy.write_text(shipped_policy({'path = "-"': f'path = "{audit}"', **quarantine, **(changes or {})}),
                      encoding="utf-8")
    port = listen or free_port()
    log = workdir / "serve.log"
    with open(log, "wb") as log_handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "sentinelle.proxy", "serve", "--policy", str(policy),
             "--listen", f"127.0.0.1:{port}", "--next-hop", next_hop, "--keyring", str(keyring), "--metrics", ""],
            cwd=workdir, env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.DEVNULL, stderr=log_handle)
    serve = Serve(process, port, policy, audit, log)

    def alive() -> None:
        if process.poll() is not None:
            raise AssertionError(f"serve exited {process.returncode}: {log.read_text(errors='replace')}")

    if wait_for_greeting(port, 120, alive):
        return serve
    serve.stop()
    raise AssertionError("serve did not start listening")


def smtp_send(port: int, sender: str, recipients: list[str], data: bytes) -> tuple[int, bytes]:
    """A real SMTP client transaction; the reply to DATA."""
    with smtplib.SMTP("127.0.0.1", port, timeout=120) as client:
        client.ehlo("client.test")
        assert client.mail(sender)[0] == 250
        for recipient in recipients:
            assert client.rcpt(recipient)[0] == 250
        return client.data(data)


def serving(workdir: Path, **kwargs: object) -> Iterator[Serve]:
    serve = start_serve(workdir, **kwargs)  # type: ignore[arg-type]
    try:
        yield serve
    finally:
        serve.stop()
