"""Shared helpers for the policy tests: synthetic OpenPGP keys made at test time with the real gpg,
fake classifier inspections, and message builders. No key material is committed."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Any

from sentinelle.classifiers.types import Finding, Inspection


def gpg(home: Path, *args: str, input: bytes | None = None, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    """Run the gpg binary in a private GNUPGHOME, batch mode, no passphrase."""
    command = ["gpg", "--homedir", str(home), "--batch", "--yes", "--no-random-seed-file",
               "--pinentry-mode", "loopback", "--passphrase", "", *args]
    return subprocess.run(command, input=input, capture_output=True, check=check, timeout=60)


def new_home(path: Path) -> Path:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def make_key(home: Path, uid: str, *, expire: str = "never", faked_time: str | None = None) -> str:
    """Generate an ed25519 signing key with a cv25519 encryption subkey; return the fingerprint.
    ``faked_time`` (gpg's --faked-system-time, e.g. "20200101T000000") makes already-expired keys."""
    extra = ["--faked-system-time", faked_time + "!"] if faked_time else []
    gpg(home, *extra, "--quick-gen-key", uid, "ed25519", "cert,sign", expire)
    fingerprint = fingerprint_of(home, uid)
    gpg(home, *extra, "--quick-add-key", fingerprint, "cv25519", "encr", expire)
    return fingerprint


def fingerprint_of(home: Path, uid: str) -> str:
    out = gpg(home, "--with-colons", "--list-keys", "=" + uid).stdout.decode()
    return next(line.split(":")[9] for line in out.splitlines() if line.startswith("fpr:"))


def export_public(home: Path, fingerprint: str) -> bytes:
    return gpg(home, "--armor", "--export", fingerprint).stdout


def export_secret(home: Path, fingerprint: str) -> bytes:
    return gpg(home, "--armor", "--export-secret-keys", fingerprint).stdout


def revoke(home: Path, fingerprint: str) -> None:
    """Apply the revocation certificate gpg made at generation time."""
    certificate = (home / "openpgp-revocs.d" / f"{fingerprint}.rev").read_bytes()
    gpg(home, "--import", input=certificate.replace(b":-----BEGIN", b"-----BEGIN"))


def kill_agent(home: Path) -> None:
    subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"], capture_output=True, check=False,
                   timeout=30)


def subkey_ids(home: Path, fingerprint: str) -> set[str]:
    out = gpg(home, "--with-colons", "--list-keys", fingerprint).stdout.decode()
    return {line.split(":")[4] for line in out.splitlines() if line.startswith(("pub:", "sub:"))}


def finding(kind: str, location: str = "body", confidence: float = 0.95, excerpt: str = "****") -> Finding:
    return Finding(type=kind, location=location, confidence=confidence, excerpt=excerpt, explanation="test")


def inspection(*findings: Finding, confidential: bool = False) -> Inspection:
    return Inspection(findings=tuple(findings), confidential=confidential,
                      reasons=("identifier:ramq_nam",) if confidential else ())


@dataclass
class Parsed:
    """Stand-in for classifiers.parse.ParsedMessage when the test supplies the Message."""

    message: Message
    defects: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()


@dataclass
class FakeKeys:
    """KeyLookup over a dict: address -> key ids."""

    known: dict[str, frozenset[str]] = field(default_factory=dict)

    def has_usable_key(self, address: str) -> bool:
        return address.lower() in self.known

    def key_ids(self, address: str) -> frozenset[str]:
        return self.known.get(address.lower(), frozenset())


class FixedClassifier:
    """Returns a fixed Inspection (or one computed from the parsed message)."""

    def __init__(self, result: Inspection | Any) -> None:
        self.result = result
        self.calls = 0

    def inspect(self, parsed: Any, *, deadline: float | None = None,
                timings: dict[str, float] | None = None, ner_chars: int | None = None) -> Inspection:
        self.calls += 1
        return self.result(parsed) if callable(self.result) else self.result  # type: ignore[no-any-return]


def eml(headers: Iterable[tuple[str, str]], body: str = "Bonjour.\r\n") -> bytes:
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    return (head + "\r\n" + body).encode("utf-8")


GPG_ENV_KEYS = ("GNUPGHOME",)


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in GPG_ENV_KEYS}
