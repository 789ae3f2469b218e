"""Gateway keyring and PGP/MIME encryption against real peers: gpg to decrypt, and Sequoia's sq."""

from __future__ import annotations

import email
import email.policy
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.header import decode_header, make_header
from pathlib import Path

import pytest

from sentinelle.proxy.delivery.keyring import GatewayError, Keyring
from sentinelle.proxy.headers import split_message
from sentinelle.proxy.pipeline.facts import detect_encryption
from tests.policy_support import (
    Parsed,
    export_public,
    export_secret,
    gpg,
    kill_agent,
    make_key,
    new_home,
    revoke,
    subkey_ids,
)

GOOD = "dr.lab@clinique.example"
OUTER = "Message chiffré / Encrypted message"


@dataclass
class World:
    source: Path  # the recipients' own GnuPG home (holds their secret keys)
    keyring: Keyring
    good: str
    secret_file: Path
    good_ids: set[str]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    base = tmp_path_factory.mktemp("gw")
    source = new_home(base / "src")
    good = make_key(source, f"Dre Labo <{GOOD}>")
    expired = make_key(source, "Old <expired@clinique.example>", expire="1y", faked_time="20200101T000000")
    revoked = make_key(source, "Gone <revoked@clinique.example>")
    revoke(source, revoked)
    make_key(source, "Lookalike <dr.lab@clinique.example.evil>")
    make_key(source, "Other <autre@clinique.example>")
    keyring = Keyring(base / "gateway")
    for uid in ("dr.lab@clinique.example", "expired@", "revoked@", "clinique.example.evil", "autre@"):
        fpr = next(line.split(":")[9] for line in gpg(source, "--with-colons", "--list-keys", uid)
                   .stdout.decode().splitlines() if line.startswith("fpr:"))
        path = base / f"{fpr}.asc"
        path.write_bytes(export_public(source, fpr))
        keyring.import_file(path)
    secret_file = base / "secret.asc"
    secret_file.write_bytes(export_secret(source, good))
    assert expired
    yield World(source, keyring, good, secret_file, subkey_ids(source, good))
    kill_agent(source)
    kill_agent(keyring.home)


def test_only_the_matching_valid_key_is_usable(world: World) -> None:
    key = world.keyring.usable_key(GOOD)
    assert key is not None and key.fingerprint == world.good
    assert world.keyring.has_usable_key("Dr.Lab@Clinique.EXAMPLE")
    assert world.keyring.key_ids(GOOD) == frozenset(world.good_ids)
    assert not world.keyring.has_usable_key("expired@clinique.example")
    assert not world.keyring.has_usable_key("revoked@clinique.example")
    assert not world.keyring.has_usable_key("lab@clinique.example")  # substring of a UID
    assert not world.keyring.has_usable_key("dr.lab@clinique.example.evil.com")
    assert not world.keyring.has_usable_key("nobody@clinique.example")


def test_unusable_keys_say_why(world: World) -> None:
    problems = {k.addresses[0]: k.problem for k in world.keyring.keys()}  # noqa: SIM118 (a method, not a dict)
    assert problems["expired@clinique.example"] == "expired"
    assert problems["revoked@clinique.example"] == "revoked"
    assert problems[GOOD] == ""


def test_missing_keyring_is_empty_and_not_created(tmp_path: Path) -> None:
    keyring = Keyring(tmp_path / "absent")
    assert keyring.keys() == [] and not keyring.has_usable_key(GOOD)
    assert not (tmp_path / "absent").exists()


def test_a_private_key_is_never_imported(world: World, tmp_path: Path) -> None:
    with pytest.raises(GatewayError, match="private key"):
        Keyring(tmp_path / "k").import_file(world.secret_file)
    assert Keyring(tmp_path / "k").keys() == []


ATTACHMENT = bytes(range(256)) * 40


def original(newline: str = "\r\n") -> bytes:
    import base64

    encoded = base64.encodebytes(ATTACHMENT).decode().replace("\n", newline)
    text = (
        "Received: from poste12.chum.ssss.gouv.qc.ca by mta.ssss.gouv.qc.ca; Mon, 2 Mar 2026 10:00:00 -0500\n"
        "From: Dre Gagnon <dre.gagnon@ssss.gouv.qc.ca>\n"
        f"To: {GOOD}\n"
        "Subject: =?utf-8?q?R=C3=A9sultats_de_Mme_=C5=92uvray?=\n"
        "Thread-Topic: Résultats de Mme Œuvray\n"
        "Date: Mon, 2 Mar 2026 10:00:00 -0500\n"
        "Message-ID: <abc123@ssss.gouv.qc.ca>\n"
        "DKIM-Signature: v=1; a=rsa-sha256; d=ssss.gouv.qc.ca; s=x; b=broken\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/mixed;\n boundary=\"OUTER\"\n"
        "\n"
        "--OUTER\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        "Œuvray — résultats: ✓ 東京 ÿ\n"
        "--OUTER\n"
        "Content-Type: application/pdf; name=\"resultats.pdf\"\n"
        "Content-Disposition: attachment; filename=\"resultats.pdf\"\n"
        "Content-Transfer-Encoding: base64\n"
        "\n"
    ).replace("\n", newline) + encoded + f"--OUTER--{newline}"
    return text.encode("utf-8")


def decrypt_with_gpg(world: World, armored: bytes) -> bytes:
    return gpg(world.source, "--decrypt", input=armored).stdout


def decrypt_with_sq(world: World, armored: bytes, tmp_path: Path) -> bytes:
    message = tmp_path / "message.asc"
    message.write_bytes(armored)
    result = subprocess.run(["sq", "decrypt", "--recipient-key", str(world.secret_file), str(message)],
                            capture_output=True, check=True, timeout=60)
    return result.stdout


def armored_part(encrypted: bytes) -> bytes:
    outer = email.message_from_bytes(encrypted)
    assert outer.get_content_type() == "multipart/encrypted"
    assert outer.get_param("protocol") == "application/pgp-encrypted"
    control, data = outer.get_payload()  # type: ignore[misc]
    assert control.get_content_type() == "application/pgp-encrypted"
    assert control.get_payload().strip() == "Version: 1"
    assert data.get_content_type() == "application/octet-stream"
    payload = data.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload


def test_encrypted_message_decrypts_with_gpg_and_sq_to_the_original_entity(world: World, tmp_path: Path) -> None:
    data = original()
    encrypted = world.keyring.encrypt_message(data, GOOD, OUTER)
    armored = armored_part(encrypted)
    inner = decrypt_with_gpg(world, armored)
    assert decrypt_with_sq(world, armored, tmp_path) == inner

    # The inner entity ends with the original body, byte for byte (attachments included).
    original_body = split_message(data)[1]
    inner_fields, inner_body, _ = split_message(inner)
    assert inner_body == original_body
    parsed = email.message_from_bytes(inner, policy=email.policy.default)
    assert parsed.get_content_type() == "multipart/mixed"
    assert parsed.get_param("protected-headers") == "v1"
    assert str(parsed["Subject"]) == "Résultats de Mme Œuvray"
    assert parsed["From"] == "Dre Gagnon <dre.gagnon@ssss.gouv.qc.ca>"
    assert parsed["Message-ID"] == "<abc123@ssss.gouv.qc.ca>"
    text_part, pdf = list(parsed.iter_parts())
    assert text_part.get_content() == "Œuvray — résultats: ✓ 東京 ÿ"  # the CRLF before a boundary is the delimiter
    assert pdf.get_filename() == "resultats.pdf" and pdf.get_content() == ATTACHMENT
    assert all(b"\r\n" in field for field in inner_fields)


def test_outer_headers_are_kept_and_the_subject_is_neutral(world: World) -> None:
    encrypted = world.keyring.encrypt_message(original(), GOOD, OUTER)
    outer = email.message_from_bytes(encrypted)
    assert str(make_header(decode_header(outer["Subject"]))) == OUTER
    assert outer["From"] == "Dre Gagnon <dre.gagnon@ssss.gouv.qc.ca>"
    assert outer["To"] == GOOD and outer["Message-ID"] == "<abc123@ssss.gouv.qc.ca>"
    assert outer["Date"] == "Mon, 2 Mar 2026 10:00:00 -0500" and outer["Received"]
    assert outer["Thread-Topic"] is None and outer["DKIM-Signature"] is None
    assert len(outer.get_all("Content-Type") or []) == 1 and len(outer.get_all("MIME-Version") or []) == 1
    assert b"uvray" not in encrypted and "Œ".encode() not in encrypted
    assert encrypted.isascii()


def test_output_is_recognised_as_encrypted_to_the_recipient(world: World) -> None:
    encrypted = world.keyring.encrypt_message(original(), GOOD, OUTER)
    status = detect_encryption(Parsed(email.message_from_bytes(encrypted)))
    assert status.encrypted and status.kind == "pgp/mime"
    assert status.key_ids & world.keyring.key_ids(GOOD)


def test_lf_input_keeps_lf_outside_and_is_canonical_inside(world: World) -> None:
    data = original("\n")
    encrypted = world.keyring.encrypt_message(data, GOOD, OUTER)
    assert b"\r\n" not in encrypted
    inner = decrypt_with_gpg(world, armored_part(encrypted))
    assert split_message(inner)[1] == split_message(data)[1].replace(b"\n", b"\r\n")


def test_single_part_without_content_type(world: World) -> None:
    data = f"From: a@ssss.gouv.qc.ca\r\nTo: {GOOD}\r\nSubject: x\r\n\r\nBonjour\r\n".encode()
    inner = decrypt_with_gpg(world, armored_part(world.keyring.encrypt_message(data, GOOD, "Chiffré")))
    parsed = email.message_from_bytes(inner)
    assert parsed.get_content_type() == "text/plain" and parsed.get_param("protected-headers") == "v1"
    assert parsed.get_payload() == "Bonjour\r\n" and parsed["Subject"] == "x"


def test_no_usable_key_raises(world: World) -> None:
    for address in ("expired@clinique.example", "revoked@clinique.example", "nobody@clinique.example"):
        with pytest.raises(GatewayError):
            world.keyring.encrypt_message(original(), address, OUTER)


def test_parallel_encryptions_share_the_keyring(world: World) -> None:
    data = original()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: world.keyring.encrypt_message(data, GOOD, OUTER), range(8)))
    for encrypted in results[:2]:
        assert split_message(decrypt_with_gpg(world, armored_part(encrypted)))[1] == split_message(data)[1]
    assert len(set(results)) == len(results)  # fresh session keys and boundaries


def test_lookups_are_served_from_the_index_without_gpg(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    import gnupg

    calls: list[int] = []
    real = gnupg.GPG.list_keys

    def counting(self: gnupg.GPG, *args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(gnupg.GPG, "list_keys", counting)
    keyring = Keyring(world.keyring.home)
    for _ in range(200):
        assert keyring.has_usable_key(GOOD)
        assert not keyring.has_usable_key("expired@clinique.example")
        assert keyring.key_ids(GOOD) == frozenset(world.good_ids)
    assert len(calls) == 1


def test_an_import_by_another_process_is_seen_without_a_reload(world: World, tmp_path: Path) -> None:
    home = tmp_path / "ring"
    reader, writer = Keyring(home), Keyring(home)  # as the server and `sentinelle keys import`
    assert not reader.has_usable_key(GOOD)
    exported = tmp_path / "good.asc"
    exported.write_bytes(export_public(world.source, world.good))
    writer.import_file(exported)
    reader.RECHECK_SECONDS = 0.0  # the server looks again within RECHECK_SECONDS; here at once
    assert reader.has_usable_key(GOOD)
    assert writer.remove(world.good)
    assert not reader.has_usable_key(GOOD)
    assert not writer.has_usable_key(GOOD)  # this process's own change: at once, whatever the delay
    kill_agent(home)


def test_a_key_that_expires_while_indexed_is_no_longer_used(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses
    from datetime import UTC, datetime, timedelta

    keyring = Keyring(world.keyring.home)
    key = keyring.usable_key(GOOD)
    assert key is not None
    soon = dataclasses.replace(key, expires=datetime.now(UTC) + timedelta(seconds=0.2))
    snapshot = keyring._current()
    monkeypatch.setattr(keyring, "_snapshot", dataclasses.replace(snapshot, by_address={GOOD: (soon,)}))
    assert keyring.has_usable_key(GOOD)
    later = datetime.now(UTC) + timedelta(seconds=1)
    monkeypatch.setattr("sentinelle.proxy.delivery.keyring.datetime",
                        type("Clock", (), {"now": staticmethod(lambda tz=None: later), "max": datetime.max}))
    assert not keyring.has_usable_key(GOOD) and keyring.usable_key(GOOD) is None
    assert keyring.key_ids(GOOD) == frozenset()
