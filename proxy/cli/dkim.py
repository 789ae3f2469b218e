"""``sentinelle dkim keygen``: write a DKIM key pair and print the DNS TXT record."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sentinelle.proxy.delivery.dkim import MIN_RSA_BITS, generate, txt_record
from sentinelle.proxy.policy.loader import load_policy
from sentinelle.proxy.policy.schema import PolicyError


def command_keygen(args: argparse.Namespace) -> int:
    """``sentinelle dkim keygen``: write the private key (mode 0600, never overwriting) and print
    the DNS TXT record. Exit 0 done, 1 file exists / policy invalid, 2 usage error."""
    try:
        policy = load_policy(args.policy)
    except PolicyError as error:
        print(error.report(), file=sys.stderr)
        return 1
    algorithm: str = args.algorithm
    if algorithm == "rsa" and args.bits < MIN_RSA_BITS:
        print(f"--bits: RSA keys below {MIN_RSA_BITS} bits are not allowed (RFC 8301); use 2048",
              file=sys.stderr)
        return 2
    settings = policy.dkim
    if algorithm == "ed25519":
        selector = args.selector or settings.ed25519_selector or f"{settings.selector}-ed25519"
        default_out = settings.ed25519_private_key or settings.private_key.with_name(f"{selector}.key")
    else:
        selector = args.selector or settings.selector
        default_out = settings.private_key
    domain = args.domain or settings.domain
    out = Path(args.out) if args.out else default_out
    private, public = generate(algorithm, args.bits)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        print(f"{out}: already exists; remove it first or choose --out", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{out}: cannot create: {error.strerror or error}", file=sys.stderr)
        return 1
    with os.fdopen(fd, "wb") as handle:
        handle.write(private)
    print(f"private key written to {out} (mode 0600)", file=sys.stderr)
    print(txt_record(selector, domain, algorithm, public))
    return 0
