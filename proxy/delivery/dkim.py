"""DKIM signing of the messages Sentinelle changes (gateway-encrypted copies), and key generation.

Only changed messages are signed: unchanged mail keeps its original signatures, and the
X-Sentinelle-* headers we add to it are outside any ``h=`` list, so they do not break them.
dkimpy signs RSA in pure Python (~7 ms per message, shared/BASELINES.md), which is why this is
never on the path of unchanged mail. Canonicalization is relaxed/relaxed: the next hop may
re-fold headers or adjust whitespace.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

import dkim
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from sentinelle.proxy.headers import field_names, newline_of
from sentinelle.proxy.policy.schema import DkimSettings

CANONICALIZE = (b"relaxed", b"relaxed")
# Headers signed when present (RFC 6376 section 5.4.1 recommendations); From is mandatory.
SIGNED_HEADERS: tuple[bytes, ...] = (b"from", b"to", b"cc", b"subject", b"date", b"message-id", b"reply-to",
                                     b"in-reply-to", b"references", b"mime-version", b"content-type",
                                     b"content-transfer-encoding")
MIN_RSA_BITS = 1024  # RFC 8301 section 3.2


class DkimKeyError(Exception):
    """A DKIM private key that cannot be read or used; the message names the path, never the key."""


@dataclass(frozen=True, slots=True)
class _Key:
    algorithm: bytes  # b"rsa-sha256" or b"ed25519-sha256"
    selector: bytes
    private_key: bytes


class Signer:
    """Signs with the organization's key (rsa-sha256) and optionally a second ed25519-sha256 key."""

    def __init__(self, domain: str, keys: tuple[_Key, ...]) -> None:
        self.domain = domain.encode("ascii")
        self._keys = keys

    @property
    def algorithms(self) -> tuple[str, ...]:
        return tuple(key.algorithm.decode() for key in self._keys)

    @classmethod
    def from_settings(cls, settings: DkimSettings) -> Signer | None:
        """None when DKIM is disabled; raise DkimKeyError when a configured key is unusable."""
        if not settings.enabled:
            return None
        keys = [_Key(b"rsa-sha256", settings.selector.encode("ascii"), _read_rsa(settings.private_key))]
        if settings.ed25519_selector and settings.ed25519_private_key is not None:
            keys.append(_Key(b"ed25519-sha256", settings.ed25519_selector.encode("ascii"),
                             _read_ed25519(settings.ed25519_private_key)))
        signer = cls(settings.domain, tuple(keys))
        # A key that parses but cannot sign (wrong format) must stop start-up, not fail per message.
        try:
            signer.sign(b"From: probe@" + signer.domain + b"\r\nSubject: probe\r\n\r\nprobe\r\n")
        except dkim.DKIMException as error:
            raise DkimKeyError(f"DKIM key cannot sign: {error}") from None
        return signer

    def sign(self, data: bytes) -> bytes:
        """``data`` with one DKIM-Signature header per key prepended (same line endings as ``data``)."""
        linesep = newline_of(data)
        headers = b""
        for key in self._keys:
            present = field_names(data, linesep)
            include = [h for h in SIGNED_HEADERS if h.decode("ascii") in present]
            headers += dkim.sign(data, key.selector, self.domain, key.private_key, canonicalize=CANONICALIZE,
                                 signature_algorithm=key.algorithm, include_headers=include, linesep=linesep)
        return headers + data


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise DkimKeyError(f"cannot read DKIM private key {path}: {error.strerror or error}") from None


def _read_rsa(path: Path) -> bytes:
    data = _read(path)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise DkimKeyError(f"{path}: not an unencrypted PEM private key") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise DkimKeyError(f"{path}: not an RSA key (dkim.private_key is the rsa-sha256 key)")
    # dkimpy reads PKCS#1 RSA PEM only; convert PKCS#8 input.
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                             serialization.NoEncryption())


def _read_ed25519(path: Path) -> bytes:
    """dkimpy takes the base64 of the 32-byte seed (the format ``dknewkey`` and our keygen write);
    a PEM PKCS#8 Ed25519 key is converted."""
    data = _read(path)
    if data.lstrip().startswith(b"-----BEGIN"):
        try:
            key = serialization.load_pem_private_key(data, password=None)
        except (ValueError, TypeError):
            raise DkimKeyError(f"{path}: not an unencrypted PEM private key") from None
        if not isinstance(key, ed25519.Ed25519PrivateKey):
            raise DkimKeyError(f"{path}: not an Ed25519 key")
        raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
        return base64.b64encode(raw)
    try:
        if len(base64.b64decode(data.strip(), validate=True)) != 32:
            raise ValueError
    except ValueError:
        raise DkimKeyError(f"{path}: expected base64 of a 32-byte Ed25519 seed or a PEM key") from None
    return data.strip()


def txt_record(selector: str, domain: str, algorithm: str, public: bytes) -> str:
    """The DNS record to publish (RFC 6376 section 3.6.1), one quoted string per 255 characters."""
    value = f"v=DKIM1; k={algorithm}; p={base64.b64encode(public).decode('ascii')}"
    chunks = " ".join(f'"{value[i:i + 255]}"' for i in range(0, len(value), 255))
    return f"{selector}._domainkey.{domain}. IN TXT {chunks}"


def generate(algorithm: str, bits: int) -> tuple[bytes, bytes]:
    """(private key file bytes, public key bytes for the p= tag)."""
    if algorithm == "ed25519":
        ed_key = ed25519.Ed25519PrivateKey.generate()
        seed = ed_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        public = ed_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return base64.b64encode(seed) + b"\n", public
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    private = rsa_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                    serialization.NoEncryption())
    public = rsa_key.public_key().public_bytes(serialization.Encoding.DER,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, public


