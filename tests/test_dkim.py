"""DKIM: keygen writes a 0600 key and the DNS record; signatures verify with Perl's Mail::DKIM."""

from __future__ import annotations

import argparse
import re
import stat
import subprocess
from pathlib import Path

import dkim
import pytest

from sentinelle.proxy.cli import main
from sentinelle.proxy.delivery.dkim import DkimKeyError, Signer
from sentinelle.proxy.policy.schema import DkimSettings

VERIFY = Path(__file__).with_name("dkim_verify.pl")
DOMAIN = "ssss.gouv.qc.ca"
MESSAGE = (
    "From: Dre Gagnon <dre.gagnon@ssss.gouv.qc.ca>\r\n"
    "To: dr.lab@clinique.example\r\n"
    "Subject: Message chiffré\r\n"
    "Date: Mon, 2 Mar 2026 10:00:00 -0500\r\n"
    "Message-ID: <abc@ssss.gouv.qc.ca>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Bonjour, voici le rapport.\r\n"
).encode()


def keygen(tmp_path: Path, capsys: pytest.CaptureFixture[str], algorithm: str, selector: str) -> tuple[Path, str]:
    out = tmp_path / f"{selector}.key"
    code = main(["dkim", "keygen", "--algorithm", algorithm, "--selector", selector, "--domain", DOMAIN,
                 "--out", str(out)])
    assert code == 0
    record = capsys.readouterr().out.strip()
    return out, record


def verify(tmp_path: Path, records: list[str], message: bytes) -> list[str]:
    zone = tmp_path / "zone"
    # The mock resolver's zone file wants a TTL; our printed record is "NAME. IN TXT ...".
    zone.write_text("".join(r.replace(" IN TXT ", " 300 IN TXT ") + "\n" for r in records))
    path = tmp_path / "message.eml"
    path.write_bytes(message)
    result = subprocess.run(["perl", str(VERIFY), str(zone), str(path)], capture_output=True, text=True,
                            check=True, timeout=60)
    return result.stdout.splitlines()


def test_keygen_writes_private_key_0600_and_prints_the_record(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    out, record = keygen(tmp_path, capsys, "rsa", "sel2026")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"-----BEGIN RSA PRIVATE KEY-----")
    assert re.fullmatch(r'sel2026\._domainkey\.ssss\.gouv\.qc\.ca\. IN TXT "v=DKIM1; k=rsa; p=[A-Za-z0-9+/=]+"'
                        r'( "[A-Za-z0-9+/=]+")*', record)
    # Never overwrites an existing key.
    assert main(["dkim", "keygen", "--selector", "sel2026", "--domain", DOMAIN, "--out", str(out)]) == 1


def test_rsa_and_ed25519_signatures_verify_with_mail_dkim(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    rsa_key, rsa_record = keygen(tmp_path, capsys, "rsa", "sentinelle")
    ed_key, ed_record = keygen(tmp_path, capsys, "ed25519", "sentinelle-ed")
    signer = Signer.from_settings(DkimSettings(enabled=True, domain=DOMAIN, selector="sentinelle",
                                               private_key=rsa_key, ed25519_selector="sentinelle-ed",
                                               ed25519_private_key=ed_key))
    assert signer is not None and signer.algorithms == ("rsa-sha256", "ed25519-sha256")
    signed = signer.sign(MESSAGE)
    assert signed.endswith(MESSAGE) and signed.count(b"DKIM-Signature:") == 2
    lines = verify(tmp_path, [rsa_record, ed_record], signed)
    assert "pass sentinelle pass" in lines
    # Debian's Mail::DKIM (1.20230212) predates RFC 8463 support: it reports the ed25519 signature as
    # unsupported and still passes on the RSA one -- the reason rsa-sha256 stays mandatory.
    assert "invalid sentinelle-ed invalid (unsupported algorithm ed25519-sha256)" in lines
    assert lines[-1] == "overall pass"
    # The ed25519 signature itself, checked by dkimpy against the printed record.
    records = {r.split(" ", 1)[0].encode(): r.split(" IN TXT ", 1)[1].replace('" "', "").strip('"').encode()
               for r in (rsa_record, ed_record)}
    verifier = dkim.DKIM(signed)
    assert [verifier.verify(idx=i, dnsfunc=lambda name, timeout=5: records[name]) for i in range(2)] == [True, True]

    tampered = signed.replace(b"voici le rapport", b"voici la facture")
    lines = verify(tmp_path, [rsa_record, ed_record], tampered)
    assert lines[0] == "fail sentinelle fail (body has been altered)"
    assert lines[-1].startswith("overall fail")


def test_lf_messages_are_signed_with_lf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key, record = keygen(tmp_path, capsys, "rsa", "lf")
    signer = Signer.from_settings(DkimSettings(enabled=True, domain=DOMAIN, selector="lf", private_key=key))
    assert signer is not None
    signed = signer.sign(MESSAGE.replace(b"\r\n", b"\n"))
    assert b"\r\n" not in signed
    assert verify(tmp_path, [record], signed)[-1] == "overall pass"


def test_disabled_gives_no_signer() -> None:
    assert Signer.from_settings(DkimSettings(enabled=False)) is None


def test_unreadable_or_wrong_key_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DkimKeyError, match="cannot read DKIM private key"):
        Signer.from_settings(DkimSettings(enabled=True, private_key=tmp_path / "missing.key"))
    junk = tmp_path / "junk.key"
    junk.write_text("not a key")
    with pytest.raises(DkimKeyError, match="not an unencrypted PEM"):
        Signer.from_settings(DkimSettings(enabled=True, private_key=junk))


def test_keygen_refuses_weak_rsa(tmp_path: Path) -> None:
    assert main(["dkim", "keygen", "--bits", "512", "--out", str(tmp_path / "k")]) == 2


def test_command_keygen_uses_policy_defaults(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sentinelle.proxy.cli.dkim import command_keygen

    policy = tmp_path / "policy.toml"
    policy.write_text(f'[dkim]\ndomain = "exemple.ssss.gouv.qc.ca"\nselector = "s1"\n'
                      f'private_key = "{tmp_path / "d" / "s1.key"}"\n')
    args = argparse.Namespace(policy=str(policy), algorithm="rsa", bits=1024, selector=None, domain=None, out=None)
    assert command_keygen(args) == 0
    assert capsys.readouterr().out.startswith("s1._domainkey.exemple.ssss.gouv.qc.ca. IN TXT")
    assert (tmp_path / "d" / "s1.key").exists()
