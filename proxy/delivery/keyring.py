"""Gateway OpenPGP encryption: the keyring of recipients' public keys, and PGP/MIME encryption.

Key trust is explicit and local:

- Only keys an administrator imported (``sentinelle keys import``) are in the keyring. gpg is
  never allowed to fetch a key: ``--no-auto-key-locate``, ``--no-auto-key-retrieve`` and
  ``--disable-dirmngr`` (no keyserver, WKD or DANE look-up can happen).
- A key is used for an address only if it has a non-revoked UID whose address is exactly that
  address (case-insensitive), is neither expired nor revoked, and has a usable encryption
  (sub)key (gpg's upper-case ``E`` capability, which already accounts for expired or revoked
  subkeys).
- Having made those checks ourselves, we encrypt to the chosen fingerprint with
  ``--trust-model always``. The web of trust would add nothing: an imported key carries no
  signatures the gateway can check, and ownertrust set on import would silently extend trust to
  whatever else that key certified. The administrator's import *is* the trust decision.

Bytes end to end: python-gnupg is given bytes (its text encoding, Latin-1 by default, would
corrupt anything else), and every gpg call uses ``--no-random-seed-file`` so parallel workers do
not serialise on the keyring's random_seed lock (see shared/BASELINES.md).
"""

from __future__ import annotations

import email.utils
import os
import re
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import gnupg

from sentinelle.classifiers.openpgp import PacketError, iter_packets
from sentinelle.proxy.delivery.pgpmime import build_inner_entity, build_outer_message
from sentinelle.proxy.headers import split_message

GPG_OPTIONS: tuple[str, ...] = (
    "--no-random-seed-file",
    "--no-auto-key-locate",
    "--no-auto-key-retrieve",
    "--disable-dirmngr",
    # Public-key operations need no gpg-agent: do not leave one running per keyring.
    "--no-autostart",
    "--trust-model", "always",
    "--no-emit-version",
    "--no-comments",
)
EXPIRY_WARNING = timedelta(days=30)


class GatewayError(Exception):
    """gpg failed (import, encryption); the message is never sent in clear because of it."""


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """A public key in the gateway keyring, as seen by the usability checks."""

    fingerprint: str
    key_ids: frozenset[str]  # primary and subkey ids (16 hex digits, upper case)
    addresses: tuple[str, ...]  # lower-case addresses of the non-revoked UIDs
    expires: datetime | None
    expired: bool
    revoked: bool
    can_encrypt: bool

    @property
    def usable(self) -> bool:
        return self.can_encrypt and not self.expired and not self.revoked

    def expiring_soon(self, now: datetime | None = None) -> bool:
        """Usable but expiring within 30 days."""
        if not self.usable or self.expires is None:
            return False
        return self.expires - (now or datetime.now(UTC)) <= EXPIRY_WARNING

    @property
    def problem(self) -> str:
        """Why the key is unusable ("" when usable)."""
        if self.revoked:
            return "revoked"
        if self.expired:
            return "expired"
        if not self.can_encrypt:
            return "no usable encryption key"
        return ""


@dataclass(frozen=True, slots=True)
class ImportReport:
    fingerprints: tuple[str, ...]
    keys: tuple[KeyInfo, ...]


class Keyring:
    """The gateway keyring at ``home`` (a GnuPG home directory). Thread-safe.

    Lookups (``usable_key``, ``has_usable_key``, ``key_ids``) are served from an in-memory index
    (address -> usable keys) built from one ``gpg --list-keys``: no gpg process and no lock per
    message. The index is rebuilt when ``import_file``/``remove`` change the keyring, and when the
    public keyring files change on disk (``sentinelle keys import`` from another process, so the
    running server sees it without a reload); that check is a few ``stat`` calls made at most once
    every ``RECHECK_SECONDS``. A SIGHUP reload builds a new ``Keyring``, so a new index."""

    # How stale the index may be after another process changed the keyring files.
    RECHECK_SECONDS = 1.0

    def __init__(self, home: Path | str, *, gpg_binary: str = "gpg") -> None:
        self.home = Path(home)
        self._gpg_binary = gpg_binary
        self._gpg: gnupg.GPG | None = None
        self._lock = threading.Lock()
        self._files = tuple(str(self.home / name) for name in ("pubring.kbx", "pubring.gpg", "trustdb.gpg"))
        # One immutable snapshot, replaced whole (readers take no lock): the stamp it was built
        # from, every key, and the index of usable keys by address.
        self._snapshot: _Snapshot | None = None
        self._checked_at = float("-inf")

    # -- gpg plumbing -------------------------------------------------------------------------

    def _handle(self, create: bool = False) -> gnupg.GPG | None:
        if self._gpg is not None:
            return self._gpg
        if not self.home.is_dir():
            if not create:
                return None
            self.home.mkdir(mode=0o700, parents=True, exist_ok=True)
        gpg = gnupg.GPG(gpgbinary=self._gpg_binary, gnupghome=str(self.home), options=list(GPG_OPTIONS))
        # Only stderr and UIDs are decoded as text; message data always travels as bytes.
        gpg.encoding = "utf-8"
        self._gpg = gpg
        return gpg

    def _stamp(self) -> tuple[int, ...]:
        # gpg replaces pubring.kbx by a new file (inode) on most changes; size and mtime catch the rest.
        stamps: list[int] = []
        for name in self._files:
            try:
                status = os.stat(name)
            except OSError:
                stamps.extend((-1, -1, -1))
            else:
                stamps.extend((status.st_ino, status.st_size, status.st_mtime_ns))
        return tuple(stamps)

    def _current(self) -> _Snapshot:
        """The snapshot, rebuilt first if the keyring files changed (checked at most once every
        ``RECHECK_SECONDS``, or at once after ``invalidate``)."""
        snapshot = self._snapshot
        now = time.monotonic()
        if snapshot is not None and now - self._checked_at < self.RECHECK_SECONDS:
            return snapshot
        with self._lock:
            snapshot = self._snapshot
            stamp = self._stamp()
            if snapshot is None or stamp != snapshot.stamp:
                gpg = self._handle()
                keys = () if gpg is None else tuple(_key_info(k) for k in gpg.list_keys())
                snapshot = _Snapshot.build(stamp, keys)
                self._snapshot = snapshot
            self._checked_at = time.monotonic()
            return snapshot

    def invalidate(self) -> None:
        """Rebuild the index at the next lookup (after this process changed the keyring)."""
        with self._lock:
            self._snapshot = None

    # -- listing ------------------------------------------------------------------------------

    def keys(self) -> list[KeyInfo]:
        """Every public key in the keyring, usable or not."""
        return list(self._current().keys)

    def _usable(self, address: str) -> tuple[KeyInfo, ...]:
        candidates = self._current().by_address.get(address.strip().lower(), ())
        if not candidates:
            return ()
        # A key can expire while indexed: checked at each lookup, not only when the index was built.
        now = datetime.now(UTC)
        return tuple(k for k in candidates if k.expires is None or k.expires > now)

    def usable_key(self, address: str) -> KeyInfo | None:
        """The usable key for ``address`` (the most recently expiring if several), else None."""
        candidates = self._usable(address)
        if not candidates:
            return None
        far_future = datetime.max.replace(tzinfo=UTC)
        return max(candidates, key=lambda k: k.expires or far_future)

    def has_usable_key(self, address: str) -> bool:
        return bool(self._usable(address))

    def key_ids(self, address: str) -> frozenset[str]:
        ids: set[str] = set()
        for key in self._usable(address):
            ids |= key.key_ids
        return frozenset(ids)

    # -- administration -----------------------------------------------------------------------

    def import_file(self, path: Path | str) -> ImportReport:
        """Import the public keys in ``path``. Refuses a file holding secret key material: the
        gateway never needs, and must never hold, a private key."""
        data = Path(path).read_bytes()
        if contains_secret_key(data):
            raise GatewayError(f"{path}: contains a private key; export the public key only "
                               "(gpg --export --armor ADDRESS)")
        if not holds_public_key(data, self._gpg_binary):
            raise GatewayError(f"{path}: holds no OpenPGP public key; nothing imported, the keyring is "
                               "unchanged (export one with gpg --export --armor ADDRESS)")
        gpg = self._handle(create=True)
        assert gpg is not None
        result = gpg.import_keys(data)
        self.invalidate()
        fingerprints = tuple(dict.fromkeys(fp for fp in result.fingerprints if fp))
        if not fingerprints:
            raise GatewayError(f"{path}: no OpenPGP public key imported ({_first_line(result.stderr)})")
        by_fpr = {k.fingerprint: k for k in self.keys()}
        return ImportReport(fingerprints, tuple(by_fpr[f] for f in fingerprints if f in by_fpr))

    def remove(self, fingerprint: str) -> bool:
        """Remove the public key with this full fingerprint; False if there is none."""
        wanted = re.sub(r"\s", "", fingerprint).upper()
        if not re.fullmatch(r"[0-9A-F]{40}|[0-9A-F]{64}", wanted):
            raise GatewayError("expected a full fingerprint (40 or 64 hex digits)")
        if wanted not in {k.fingerprint for k in self.keys()}:
            return False
        gpg = self._handle()
        assert gpg is not None
        result = gpg.delete_keys(wanted)
        self.invalidate()
        if str(result.status) != "ok":
            raise GatewayError(f"gpg could not delete {wanted}: {result.status}")
        return True

    # -- encryption ---------------------------------------------------------------------------

    def encrypt_message(self, data: bytes, recipient: str, outer_subject: str) -> bytes:
        """The whole message ``data`` re-packaged as PGP/MIME (RFC 3156) for ``recipient`` alone.

        Inside the encryption: the original MIME entity (its Content-* headers and body, so every
        attachment) in canonical CRLF form, with the protected headers (Subject, From, To, Cc,
        Date, Message-ID…) copied in and ``protected-headers="v1"`` on its Content-Type. Outside:
        the original headers except Content-*/MIME-Version and those that repeat content, with
        ``Subject: outer_subject``, and a multipart/encrypted body. Raises GatewayError when the
        recipient has no usable key or gpg fails."""
        key = self.usable_key(recipient)
        if key is None:
            raise GatewayError("no usable key for the recipient")
        gpg = self._handle()
        assert gpg is not None
        header_fields, body, newline = split_message(data)
        inner = build_inner_entity(header_fields, body)
        result = gpg.encrypt(inner, [key.fingerprint], armor=True, always_trust=True)
        if not result.ok or not result.data:
            raise GatewayError(f"gpg encryption failed: {result.status}")
        return build_outer_message(header_fields, result.data, outer_subject, newline)


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """The keyring as listed once: file stamp, every key, usable keys by lower-case address."""

    stamp: tuple[int, ...]
    keys: tuple[KeyInfo, ...]
    by_address: Mapping[str, tuple[KeyInfo, ...]]

    @staticmethod
    def build(stamp: tuple[int, ...], keys: tuple[KeyInfo, ...]) -> _Snapshot:
        by_address: dict[str, tuple[KeyInfo, ...]] = {}
        for key in keys:
            if key.usable:
                for address in key.addresses:
                    by_address[address] = (*by_address.get(address, ()), key)
        return _Snapshot(stamp, keys, by_address)


def holds_public_key(data: bytes, gpg_binary: str = "gpg") -> bool:
    """True when gpg finds at least one public key in ``data``, read in a scratch home: the
    administrator's keyring is neither created nor touched by a file that holds none."""
    with tempfile.TemporaryDirectory(prefix="sentinelle-scan-") as scratch:
        # Without "--trust-model always": with it gpg lists no expired or revoked key, and those are
        # imported too (``keys list`` shows them unusable).
        options = [o for o in GPG_OPTIONS if o not in ("--trust-model", "always")]
        scanner = gnupg.GPG(gpgbinary=gpg_binary, gnupghome=scratch, options=options)
        return any(key.get("type") == "pub" for key in scanner.scan_keys_mem(data))


def contains_secret_key(data: bytes) -> bool:
    """True when ``data`` (armored or binary) carries secret-key packets (tags 5 and 7)."""
    if b"PRIVATE KEY BLOCK" in data:
        return True
    if data[:1] and data[0] & 0x80:
        try:
            return any(p.tag in (5, 7) for p in iter_packets(data))
        except PacketError:
            return False
    return False


def _key_info(raw: dict[str, Any]) -> KeyInfo:
    validity = str(raw.get("trust", ""))
    now = datetime.now(UTC)
    expires_raw = str(raw.get("expires", "") or "")
    expires = datetime.fromtimestamp(int(expires_raw), UTC) if expires_raw.isdigit() else None
    addresses: list[str] = []
    uid_map: dict[str, dict[str, str]] = raw.get("uid_map", {}) or {}
    for uid in raw.get("uids", []):
        if uid_map.get(uid, {}).get("trust") == "r":  # a revoked UID no longer vouches for its address
            continue
        address = email.utils.parseaddr(uid)[1].strip().lower()
        if "@" in address and address not in addresses:
            addresses.append(address)
    key_ids = {str(raw.get("keyid", "")).upper()} | {str(sub[0]).upper() for sub in raw.get("subkeys", [])}
    return KeyInfo(
        fingerprint=str(raw.get("fingerprint", "")).upper(),
        key_ids=frozenset(k for k in key_ids if k),
        addresses=tuple(addresses),
        expires=expires,
        expired=validity == "e" or (expires is not None and expires <= now),
        revoked=validity == "r",
        can_encrypt="E" in str(raw.get("cap", "")),
    )


def _first_line(text: str | None) -> str:
    for line in (text or "").splitlines():
        if line.strip() and "[GNUPG:]" not in line:
            return line.strip()
    return "no detail"


# ---------------------------------------------------------------------------------------------
# Raw MIME surgery (bytes in, bytes out: nothing is re-serialised by the email package)


