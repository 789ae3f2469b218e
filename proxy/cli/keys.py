"""``sentinelle keys import|list|remove``: the administrator's only way to change the gateway keyring.

The keyring is ``encryption.keyring`` of the policy, or ``--keyring DIR``. Exit codes
(``proxy.cli.EXIT_CODES``): 0 done, 1 refused (a private key in the file, no public key in it, no
such fingerprint, invalid policy), 2 usage error (a malformed fingerprint) or a missing or
unreadable file.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from sentinelle.proxy.delivery.keyring import GatewayError, KeyInfo, Keyring
from sentinelle.proxy.policy.loader import load_policy
from sentinelle.proxy.policy.schema import PolicyError

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


def keyring_from_args(args: argparse.Namespace) -> Keyring:
    """``--keyring DIR`` if given, else the policy's ``encryption.keyring`` (PolicyError if invalid)."""
    if getattr(args, "keyring", None):
        return Keyring(Path(args.keyring))
    return Keyring(load_policy(getattr(args, "policy", None)).encryption.keyring)


def describe(key: KeyInfo, now: datetime | None = None) -> str:
    """One line: fingerprint, addresses, expiry, status."""
    now = now or datetime.now(UTC)
    expiry = "never expires" if key.expires is None else f"expires {key.expires.date().isoformat()}"
    if key.problem:
        status = f"UNUSABLE ({key.problem})"
    elif key.expiring_soon(now):
        assert key.expires is not None
        status = f"usable, EXPIRES SOON (in {max((key.expires - now).days, 0)} days)"
    else:
        status = "usable"
    addresses = ", ".join(key.addresses) or "(no address)"
    return f"{key.fingerprint}  {addresses}  {expiry}  {status}"


def command_keys(args: argparse.Namespace) -> int:
    try:
        keyring = keyring_from_args(args)
    except PolicyError as error:
        print(error.report(), file=sys.stderr)
        return EXIT_REFUSED
    action = args.keys_command
    if action == "import":
        path = Path(args.file)
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return EXIT_USAGE
        try:
            report = keyring.import_file(path)
        except GatewayError as error:
            print(f"not imported: {error}", file=sys.stderr)
            return EXIT_REFUSED
        except OSError as error:
            print(f"{path}: cannot read: {error.strerror or error}", file=sys.stderr)
            return EXIT_USAGE
        print(f"imported {len(report.fingerprints)} key(s) into {keyring.home}")
        for key in report.keys:
            print(f"  {describe(key)}")
        return EXIT_OK
    if action == "list":
        keys = sorted(keyring.keys(), key=lambda k: (k.addresses, k.fingerprint))
        if not keys:
            print(f"no keys in {keyring.home}")
        for key in keys:
            print(describe(key))
        return EXIT_OK
    if action == "remove":
        try:
            removed = keyring.remove(args.fingerprint)
        except GatewayError as error:
            print(f"not removed: {error}", file=sys.stderr)
            return EXIT_USAGE if "expected a full fingerprint" in str(error) else EXIT_REFUSED
        if not removed:
            print(f"no key with fingerprint {args.fingerprint} in {keyring.home}", file=sys.stderr)
            return EXIT_REFUSED
        print(f"removed {args.fingerprint}")
        return EXIT_OK
    print(f"unknown keys action {action!r}", file=sys.stderr)
    return EXIT_USAGE
