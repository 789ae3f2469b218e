"""``sentinelle policy check|show``: validate a policy file or print its effective summary."""

from __future__ import annotations

import argparse
import sys

from sentinelle.proxy.cli.exit_codes import EXIT_FINDING, EXIT_OK
from sentinelle.proxy.policy.loader import load_policy, resolve_policy_path
from sentinelle.proxy.policy.schema import EMBEDDED, PolicyError


def command_policy(args: argparse.Namespace) -> int:
    resolved = resolve_policy_path(args.path)
    try:
        policy = load_policy(args.path)
    except PolicyError as error:
        print(error.report(), file=sys.stderr)
        return EXIT_FINDING
    source = EMBEDDED if resolved is None else str(resolved)
    if args.policy_command == "check" and getattr(args, "against", None):
        try:
            running = load_policy(args.against)
        except PolicyError as error:
            print(error.report(), file=sys.stderr)
            return EXIT_FINDING
        lost = sorted(running.sections - policy.sections)
        if lost:
            print(f"{source}: invalid policy\n  {', '.join(lost)}: in {args.against} but missing here: truncated? "
                  "(a reload would refuse it; to remove a section on purpose, restart the service)",
                  file=sys.stderr)
            return EXIT_FINDING
    if args.policy_command == "check":
        print(f"{source}: valid (sha256 {policy.digest[:12]}, mode {policy.mode.value})")
        return EXIT_OK
    print(f"source: {source}")
    print(f"sha256: {policy.digest}")
    print(f"mode: {policy.mode.value}" + "".join(f", {rule}={mode.value}" for rule, mode in
                                                 sorted(policy.rule_modes.items())))
    print(f"internal domains: {', '.join(policy.organization.internal_domains)}")
    for domain, klass in sorted(policy.domain_overrides.items()):
        print(f"domain override: {domain} -> {klass.value}")
    print(f"webmail scope: {policy.webmail.scope.value}")
    print(f"webmail domains ({len(policy.webmail.domains)}): {', '.join(sorted(policy.webmail.domains))}")
    print(f"exceptions: {len(policy.exceptions)}")
    print(f"keyring: {policy.encryption.keyring}  opportunistic: {policy.encryption.opportunistic}")
    print(f"dkim: {'enabled' if policy.dkim.enabled else 'disabled'}")
    if policy.classifiers.index is not None:
        print(f"patient index: {policy.classifiers.index.path} (key {policy.classifiers.index.key_path})")
    print(f"listen: {policy.server.listen}  next hop: {policy.server.next_hop}")
    return EXIT_OK
