"""classifiers.openpgp: real gpg-made OpenPGP data vs lookalikes, and what extraction does with each.

Every OpenPGP sample is made here by the real gpg in a temporary GNUPGHOME (no key material is
committed). Lookalikes: truncated or padded packets, armor with garbage inside, plaintext between
armor lines, signed-only and literal-data-only (unencrypted) messages.
"""

from __future__ import annotations

import base64
import email
import time
from collections.abc import Iterator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from sentinelle.classifiers import Classifier
from sentinelle.classifiers.config import ClassifierConfig, Limits, Scoring
from sentinelle.classifiers.extract import Extraction, extract, in_process_only, is_openpgp_part
from sentinelle.classifiers.extractors.sniff import OPENPGP, sniff
from sentinelle.classifiers.identifiers import ramq_nam
from sentinelle.classifiers.openpgp import (
    Kind,
    PacketError,
    PgpMimeError,
    armor_blocks,
    block_kind,
    dearmor,
    encrypted_key_ids,
    identify,
    iter_packets,
    pgp_mime_key_ids,
    public_key_user_ids,
)
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import RAMQ_NAM, UNINSPECTABLE
from sentinelle.proxy.model import Envelope
from sentinelle.proxy.pipeline.analyze import Analyzer
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from tests.policy_support import FakeKeys, gpg, kill_agent, make_key, new_home, subkey_ids

# A synthetic, checksum-valid RAMQ NAM (fictitious person), built with our own validator.
NAM = "ROYM650312" + "1" + ramq_nam.calc_check_digit("ROYM6503121")
CLINICAL = f"Patiente Mireille Roy-Fictive, NAM {NAM}, diabete de type 2.\n".encode()
SAMPLES = ("armored", "binary", "symmetric", "signed", "signed_binary", "literal", "clearsigned",
           "detached", "detached_binary", "pubkey", "pubkey_binary")


@pytest.fixture(scope="module")
def pgp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, bytes]]:
    home = new_home(tmp_path_factory.mktemp("openpgp") / "g")
    fpr = make_key(home, "Dre Test <dre.test@clinique.example>")
    enc = ("--trust-model", "always", "--encrypt", "-r", fpr)
    made = {
        "armored": gpg(home, "--armor", *enc, input=CLINICAL).stdout,
        "binary": gpg(home, *enc, input=CLINICAL).stdout,
        "symmetric": gpg(home, "--armor", "--symmetric", "--passphrase", "x", input=CLINICAL).stdout,
        "signed": gpg(home, "--armor", "--sign", input=CLINICAL).stdout,
        "signed_binary": gpg(home, "--sign", input=CLINICAL).stdout,
        "literal": gpg(home, "--armor", "--store", input=CLINICAL).stdout,
        "clearsigned": gpg(home, "--clearsign", input=CLINICAL).stdout,
        "detached": gpg(home, "--armor", "--detach-sign", input=CLINICAL).stdout,
        "detached_binary": gpg(home, "--detach-sign", input=CLINICAL).stdout,
        "pubkey": gpg(home, "--armor", "--export", fpr).stdout,
        "pubkey_binary": gpg(home, "--export", fpr).stdout,
        "ids": ",".join(sorted(subkey_ids(home, fpr))).encode(),
    }
    assert all(made[name] for name in SAMPLES)
    yield made
    kill_agent(home)



def rearmor(data: bytes, label: bytes = b"PGP MESSAGE") -> bytes:
    return (b"-----BEGIN " + label + b"-----\n\n" + base64.encodebytes(data) + b"-----END " + label + b"-----\n")


def session_key_only(packets: bytes) -> bytes:
    """The PKESK packet alone, re-encoded with a new-format header (RFC 9580 section 4.2.1)."""
    first = next(iter_packets(packets))
    assert first.tag == 1 and len(first.body) < 192
    return bytes([0xC0 | first.tag, len(first.body)]) + first.body


def lookalike(pgp: dict[str, bytes], case: str) -> bytes:
    armored = pgp["armored"]
    packets = dearmor(armored)
    lines = armored.splitlines(keepends=True)
    return {
        "truncated-binary": pgp["binary"][:-40],
        "truncated-armored": rearmor(packets[:-40]),
        "padded-binary": pgp["binary"] + b"\xcb\x05b\x00\x00\x00\x00",
        "no-tail-line": b"".join(lines[:-1]),
        "bad-checksum": b"".join(b"=AAAA\n" if line.startswith(b"=") else line for line in lines),
        "garbage-inside": rearmor(b"Patient: Mireille Roy-Fictive " + NAM.encode()),
        "non-base64-inside": b"-----BEGIN PGP MESSAGE-----\n\nPatient Mireille Roy-Fictive!\n"
                             b"-----END PGP MESSAGE-----\n",
        "plaintext-between-armor-lines": b"-----BEGIN PGP MESSAGE-----\n" + CLINICAL + b"-----END PGP MESSAGE-----\n",
        "text-around-real-armor": b"Voir le dossier:\n" + armored + b"Merci\n",
        "signed-only": pgp["signed"],
        "signed-only-binary": pgp["signed_binary"],
        "literal-only": pgp["literal"],
        "clearsigned": pgp["clearsigned"],
        "signature-labelled-message": rearmor(dearmor(pgp["detached"], "PGP SIGNATURE")),
        "message-labelled-signature": rearmor(packets, b"PGP SIGNATURE"),
        "session-key-only": session_key_only(packets),
        "empty": b"",
        "junk": bytes(range(256)),
        "plaintext": CLINICAL,
    }[case]


@pytest.mark.parametrize(
    ("sample", "kind"),
    [
        ("armored", Kind.ENCRYPTED),
        ("binary", Kind.ENCRYPTED),
        ("symmetric", Kind.ENCRYPTED),
        ("detached", Kind.SIGNATURE),
        ("detached_binary", Kind.SIGNATURE),
        ("pubkey", Kind.PUBLIC_KEYS),
        ("pubkey_binary", Kind.PUBLIC_KEYS),
    ],
)
def test_real_gpg_data_is_identified(pgp: dict[str, bytes], sample: str, kind: Kind) -> None:
    data = pgp[sample]
    assert identify(data) is kind
    if data.startswith(b"-----BEGIN"):
        assert identify(b"\r\n  " + data.replace(b"\n", b"\r\n") + b"\r\n\r\n") is kind  # CRLF, blank lines


@pytest.mark.parametrize("sample", ["binary", "symmetric", "signed_binary"])
def test_real_binary_openpgp_data_sniffs_as_openpgp(pgp: dict[str, bytes], sample: str) -> None:
    data = pgp[sample] if sample != "symmetric" else dearmor(pgp["symmetric"])
    if sample == "signed_binary":  # starts with a one-pass signature or compressed packet: not encrypted data
        assert sniff(data) != OPENPGP
    else:
        assert sniff(data) == OPENPGP


@pytest.mark.parametrize("text", ["État de santé stable.", "À tous : la réunion est reportée.", "été 2026",
                                  "Ça va ?", "Ôtez les gants.", "Ü Müller, Praxis", "Ñandú"])
def test_text_starting_with_an_accented_letter_is_text(text: str) -> None:
    """0xC3 (UTF-8 of "é", "É", "À"...) is also a new-format tag-3 (SKESK) packet header: the version byte
    after the length (4, 5 or 6) is what no text has."""
    body = text.encode() + " Mme Ginette Morin, diabète de type 2.".encode()
    assert sniff(body, "text/plain") != OPENPGP
    raw = b"Subject: x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body
    assert in_process_only(parse_message(raw))


@pytest.mark.parametrize(
    "case",
    [
        "truncated-binary", "truncated-armored", "padded-binary", "no-tail-line", "bad-checksum",
        "garbage-inside", "non-base64-inside", "plaintext-between-armor-lines", "text-around-real-armor",
        "signed-only", "signed-only-binary", "literal-only", "clearsigned", "signature-labelled-message",
        "message-labelled-signature", "session-key-only", "empty", "junk", "plaintext",
    ],
)
def test_lookalikes_are_not_openpgp_data(pgp: dict[str, bytes], case: str) -> None:
    assert identify(lookalike(pgp, case)) is None


def test_key_ids_are_the_recipient_subkey(pgp: dict[str, bytes]) -> None:
    ids = set(pgp["ids"].decode().split(","))
    assert encrypted_key_ids(dearmor(pgp["armored"])) <= ids
    assert encrypted_key_ids(pgp["binary"]) and encrypted_key_ids(pgp["binary"]) <= ids
    assert encrypted_key_ids(dearmor(pgp["symmetric"])) == frozenset()


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("truncated-binary", "packet longer than the data"),
        ("padded-binary", "data after the encrypted-data packet"),
        ("signed-only-binary", "unexpected packet tag"),
        ("session-key-only", "no encrypted-data packet"),
        ("plaintext", "packet header without bit 7 set"),
    ],
)
def test_packet_errors_name_the_problem_never_the_data(pgp: dict[str, bytes], case: str, message: str) -> None:
    with pytest.raises(PacketError) as caught:
        encrypted_key_ids(lookalike(pgp, case))
    assert message in str(caught.value)
    assert NAM not in str(caught.value) and "Roy" not in str(caught.value)


def test_dearmor_wants_exactly_one_well_formed_block(pgp: dict[str, bytes]) -> None:
    assert dearmor(pgp["armored"]) == dearmor(b"\n" + pgp["armored"] + b"\n")
    for case in ("no-tail-line", "bad-checksum", "text-around-real-armor", "non-base64-inside"):
        with pytest.raises(PacketError):
            dearmor(lookalike(pgp, case))
    with pytest.raises(PacketError):
        dearmor(pgp["armored"] + pgp["armored"])
    with pytest.raises(PacketError):
        dearmor(pgp["detached"])  # a PGP SIGNATURE block, not a PGP MESSAGE


def test_armor_blocks_in_text(pgp: dict[str, bytes]) -> None:
    data = b"Bonjour,\n" + pgp["armored"] + b"entre deux\n" + lookalike(pgp, "garbage-inside") + b"Fin\n"
    real, fake = armor_blocks(data)
    assert data[real.start:real.end] == pgp["armored"] and block_kind(real) is Kind.ENCRYPTED
    assert fake.strict and block_kind(fake) is None and NAM.encode() in fake.payload
    assert data[fake.end:] == b"Fin\n"


def test_armor_without_tail_line_ends_at_the_text_and_decodes_leniently() -> None:
    hidden = base64.b64encode(CLINICAL)
    data = b"-----BEGIN PGP MESSAGE-----\n\n" + hidden[:20] + b"\n" + hidden[20:].rstrip(b"=") + b"\nsuite en clair\n"
    (block,) = armor_blocks(data)
    assert not block.strict and block.payload == CLINICAL  # missing padding repaired, as forgiving readers do
    assert data[block.end:] == b"suite en clair\n"


def test_clearsigned_text_stays_text_and_its_signature_is_a_block(pgp: dict[str, bytes]) -> None:
    (block,) = armor_blocks(pgp["clearsigned"])
    assert block.label == "PGP SIGNATURE" and block_kind(block) is Kind.SIGNATURE


def test_public_key_user_ids(pgp: dict[str, bytes]) -> None:
    assert public_key_user_ids(pgp["pubkey_binary"]) == ("Dre Test <dre.test@clinique.example>",)


def test_armor_scan_is_linear_on_hostile_input() -> None:
    hostile = b"-----BEGIN PGP MESSAGE-----\n" + b"a:" * 500_000 + b"\n" + (b"-----BEGIN PGP MESSAGE-----\n" * 20_000)
    started = time.perf_counter()
    assert identify(hostile) is None
    armor_blocks(hostile)
    assert time.perf_counter() - started < 2.0


# --- PGP/MIME structure ----------------------------------------------------------------------


def pgp_mime(payload: bytes, control: bytes = b"Version: 1\r\n", second_type: str = "application/octet-stream",
             protocol: str = "application/pgp-encrypted") -> bytes:
    return (
        b"From: Dre Test <dre.test@ssss.gouv.qc.ca>\r\nTo: x@clinique.example\r\nSubject: Suivi\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/encrypted; protocol="' + protocol.encode() + b'"; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: application/pgp-encrypted\r\n\r\n" + control
        + b"\r\n--B\r\nContent-Type: " + second_type.encode() + b'; name="encrypted.asc"\r\n\r\n' + payload
        + b"\r\n--B--\r\n"
    )


def test_pgp_mime_structure(pgp: dict[str, bytes]) -> None:
    assert pgp_mime_key_ids(email.message_from_bytes(pgp_mime(pgp["armored"])))
    for raw, note in [
        (pgp_mime(pgp["armored"], control=b"Version: 2\r\n"), "Version: 1"),
        (pgp_mime(pgp["armored"], second_type="text/plain"), "octet-stream"),
        (pgp_mime(pgp["armored"], protocol="application/pkcs7-mime"), "protocol"),
        (pgp_mime(CLINICAL), "not OpenPGP encrypted data"),
    ]:
        with pytest.raises(PgpMimeError, match=note):
            pgp_mime_key_ids(email.message_from_bytes(raw))


# --- extraction: only confirmed OpenPGP data is skipped ------------------------------------


def run(raw: bytes) -> Extraction:
    return extract(parse_message(raw), Limits())


def texts(result: Extraction) -> str:
    return "\n".join(s.text for s in result.segments)


def causes(result: Extraction) -> dict[str, str]:
    return {f.location: f.excerpt for f in result.findings}


def with_attachment(data: bytes, name: str, ctype: str = "application/octet-stream") -> bytes:
    outer = MIMEMultipart()
    outer["Subject"] = "Suivi"
    outer.attach(MIMEText("Bonjour, voir la piece jointe.", "plain", "utf-8"))
    maintype, subtype = ctype.split("/")
    part = MIMEApplication(data, subtype) if maintype == "application" else MIMEText(data.decode(), subtype)
    if maintype != "application":
        part.replace_header("Content-Type", ctype)
    part.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(part)
    return outer.as_bytes()


def attachment_part(raw: bytes) -> Message:
    parts = parse_message(raw).message.get_payload()
    assert isinstance(parts, list) and isinstance(parts[1], Message)
    return parts[1]


@pytest.mark.parametrize("sample", ["armored", "binary", "symmetric", "detached", "detached_binary"])
def test_real_encrypted_or_signature_attachment_is_skipped_without_findings(pgp: dict[str, bytes],
                                                                             sample: str) -> None:
    result = run(with_attachment(pgp[sample], "x.pgp", "application/pgp-encrypted"))
    assert result.findings == ()
    assert [s.location for s in result.segments] == ["subject", "body", "filename:x.pgp"]  # the name is not encrypted
    part = attachment_part(with_attachment(pgp[sample], "x.pgp", "application/pgp-encrypted"))
    assert is_openpgp_part(part) is (sample in ("armored", "binary", "symmetric"))


def test_real_pgp_mime_is_skipped(pgp: dict[str, bytes]) -> None:
    raw = pgp_mime(pgp["armored"])
    result = run(raw)
    assert result.findings == () and {s.location for s in result.segments} == {"subject", "header:from"}
    assert is_openpgp_part(parse_message(raw).message)


def test_real_public_key_attachment_is_skipped_but_its_user_ids_are_read(pgp: dict[str, bytes]) -> None:
    result = run(with_attachment(pgp["pubkey"], "OpenPGP_0x1234.asc", "application/pgp-keys"))
    assert result.findings == ()
    assert {s.location: s.text for s in result.segments}["attachment:OpenPGP_0x1234.asc"] == (
        "Dre Test <dre.test@clinique.example>")


@pytest.mark.parametrize("ctype", ["application/pgp-encrypted", "application/pgp-signature", "application/pgp-keys"])
def test_plaintext_labelled_openpgp_is_read(ctype: str) -> None:
    result = run(with_attachment(CLINICAL, "x.pgp", ctype))
    assert NAM in texts(result) and result.findings == ()


@pytest.mark.parametrize(
    "case", ["garbage-inside", "plaintext-between-armor-lines", "no-tail-line", "non-base64-inside"]
)
def test_armor_lookalikes_with_text_inside_are_read(pgp: dict[str, bytes], case: str) -> None:
    data = lookalike(pgp, case)
    if case == "no-tail-line":  # a real message cut short: binary inside, so uninspectable
        assert causes(run(with_attachment(data, "m.asc"))) == {"attachment:m.asc": "corrupt"}
        return
    result = run(with_attachment(data, "m.asc", "application/pgp-encrypted"))
    assert ("Mireille Roy-Fictive" in texts(result)) and result.findings == ()


@pytest.mark.parametrize(
    "case", ["signed-only", "signed-only-binary", "literal-only", "truncated-binary", "padded-binary", "bad-checksum",
             "truncated-armored", "signature-labelled-message", "message-labelled-signature"]
)
def test_binary_lookalikes_are_uninspectable(pgp: dict[str, bytes], case: str) -> None:
    raw = with_attachment(lookalike(pgp, case), "m.gpg", "application/pgp-encrypted")
    assert causes(run(raw)) == {"attachment:m.gpg": "corrupt"}
    assert not is_openpgp_part(attachment_part(raw))
    # Unlabelled: corrupt when shaped like OpenPGP data, else an unknown binary (compressed packets).
    assert causes(run(with_attachment(lookalike(pgp, case), "m.gpg")))["attachment:m.gpg"] in ("corrupt", "unsupported")


def test_inline_armor_in_a_text_body(pgp: dict[str, bytes]) -> None:
    body = b"Bonjour,\n" + pgp["armored"] + b"Et en clair:\n" + lookalike(pgp, "garbage-inside") + b"Merci\n"
    raw = b"From: a@ssss.gouv.qc.ca\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\n" + body
    result = run(raw)
    text = texts(result)
    assert result.findings == ()
    assert "Bonjour," in text and "Merci" in text and NAM in text  # the fake block is decoded and read
    assert pgp["armored"].splitlines()[3].decode() not in text  # the real block's base64 is cut out


def test_inline_body_that_is_one_real_block_is_skipped(pgp: dict[str, bytes]) -> None:
    raw = b"From: a@ssss.gouv.qc.ca\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\n" + pgp["armored"]
    result = run(raw)
    assert result.findings == () and [s.location for s in result.segments] == ["subject"]


def test_inline_body_starting_with_fake_armor_is_read() -> None:
    raw = (b"From: a@ssss.gouv.qc.ca\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\n"
           b"-----BEGIN PGP MESSAGE-----\r\n" + CLINICAL + b"-----END PGP MESSAGE-----\r\nsuite\r\n")
    assert NAM in texts(run(raw))


def test_fake_smime_signature_is_read_real_der_is_skipped() -> None:
    fake = run(with_attachment(CLINICAL, "smime.p7s", "application/pkcs7-signature"))
    assert NAM in texts(fake)
    der = bytes.fromhex("3082010006092a864886f70d010702a0") + b"\x00" * 240
    assert run(with_attachment(der, "smime.p7s", "application/pkcs7-signature")).findings == ()


# --- the classifier and the analyzer ------------------------------------------------------------


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.load(ClassifierConfig(scoring=Scoring(ner=False)))


def test_plaintext_x_pgp_attachment_is_inspected_by_the_classifier(classifier: Classifier) -> None:
    """The issue's case: plaintext labelled application/pgp-encrypted, named x.pgp."""
    raw = with_attachment(CLINICAL, "x.pgp", "application/pgp-encrypted")
    inspection = classifier.inspect(parse_message(raw))
    nam = [f for f in inspection.findings if f.type == RAMQ_NAM]
    assert nam and nam[0].location == "attachment:x.pgp" and NAM not in nam[0].excerpt
    assert inspection.confidential


def test_real_encrypted_attachment_gives_no_finding(classifier: Classifier, pgp: dict[str, bytes]) -> None:
    inspection = classifier.inspect(parse_message(with_attachment(pgp["binary"], "x.pgp",
                                                                  "application/pgp-encrypted")))
    assert inspection.findings == () and not inspection.confidential


def analyzer(classifier: Classifier) -> Analyzer:
    return Analyzer(parse_policy(shipped_policy_text().encode()), classifier, FakeKeys(), record_metrics=False)


ENVELOPE = Envelope("dre.test@ssss.gouv.qc.ca", ("x@clinique.example",))


def test_fake_pgp_mime_is_inspected_once_and_still_refused(classifier: Classifier) -> None:
    """Fail closed without double findings: the plaintext is read (NAM found), no extra
    'labelled encrypted' uninspectable finding is stacked on it, and the external recipient
    without a key is refused."""
    result = analyzer(classifier).analyze(pgp_mime(CLINICAL), ENVELOPE)
    assert not result.facts.encryption.encrypted and "not OpenPGP" in result.facts.encryption.note
    assert [f.type for f in result.facts.inspection.findings].count(RAMQ_NAM) == 1
    assert not [f for f in result.facts.inspection.findings if f.type == UNINSPECTABLE]
    assert [(d.action.value, d.rule.value) for d in result.decisions] == [("reject", "no_key")]


def test_fake_pgp_mime_with_binary_inside_is_uninspectable_once(classifier: Classifier,
                                                                pgp: dict[str, bytes]) -> None:
    result = analyzer(classifier).analyze(pgp_mime(pgp["signed"]), ENVELOPE)
    uninspectable = [f for f in result.facts.inspection.findings if f.type == UNINSPECTABLE]
    assert [(f.location, f.excerpt) for f in uninspectable] == [("attachment:encrypted.asc", "corrupt")]
    assert [(d.action.value, d.rule.value) for d in result.decisions] == [("reject", "uninspectable")]


def test_real_pgp_mime_is_delivered_as_already_encrypted(classifier: Classifier, pgp: dict[str, bytes]) -> None:
    result = analyzer(classifier).analyze(pgp_mime(pgp["armored"]), ENVELOPE)
    assert result.facts.encryption.encrypted and result.facts.inspection.findings == ()
    assert [(d.action.value, d.rule.value) for d in result.decisions] == [("deliver", "already_encrypted")]
