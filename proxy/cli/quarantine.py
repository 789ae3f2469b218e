"""``sentinelle quarantine init|list|show|release|delete|purge``: the security team's commands.

Every command takes ``--policy PATH`` (the same search order as the other commands) to find the
store. Exit codes: 0 done; 1 not found, refused (a release that would leave unencrypted without
``--plain``, a recipient already released) or failed (invalid policy, store unavailable, next hop
refusing); 2 usage.
``--json`` prints JSON Lines.

``list`` and ``show`` never print content: ``show --content`` is the one place the original message
is shown, and each use is recorded, with the operator's user name, in the audit trail and in the
store. ``release``, ``delete`` and ``purge`` are recorded likewise (audit rule ``released``,
``deleted``, ``purged``). The audit trail is the policy's ``audit.path``; when that is standard
output (the server's journal), these lines go to standard error instead, and the store's own
event record keeps them in any case.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import pwd
import socket
import sys
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sentinelle.proxy.policy.loader import load_policy
from sentinelle.proxy.policy.schema import Policy, PolicyError
from sentinelle.proxy.quarantine.store import Entry, EventKind, Filter, QuarantineStore, ReleaseMode, StoreError

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
RULE_CHOICES = ("auto_forward", "webmail", "uninspectable", "no_key")

Audit = Callable[[Mapping[str, Any]], None]


def _date(value: str) -> datetime:
    """``--since``: an ISO date or date-time (UTC unless it says otherwise)."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-12-01 or 2026-12-01T08:00, got {value!r}") \
            from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def add_parser(commands: Any) -> None:
    """Register ``quarantine`` and its actions on the top-level sub-command set."""
    quarantine = commands.add_parser("quarantine", help="review and release refused messages kept for the "
                                     "security team")
    quarantine.add_argument("--policy", metavar="PATH", help="policy file (for [quarantine])")
    actions = quarantine.add_subparsers(dest="quarantine_command", metavar="ACTION")
    actions.required = True
    init = actions.add_parser("init", help="create or migrate the store's schema")
    listing = actions.add_parser("list", help="entries: ID, date, sender, refused recipients, rules, finding "
                                 "types (no content)")
    listing.add_argument("--since", type=_date, metavar="DATE", help="only entries from this date on")
    listing.add_argument("--rule", choices=RULE_CHOICES, help="only entries refused by this rule")
    listing.add_argument("--sender", metavar="ADDR", help="only entries from this envelope sender")
    listing.add_argument("--json", action="store_true", help="one JSON object per entry per line")
    show = actions.add_parser("show", help="one entry with its decisions and masked findings")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.add_argument("--content", action="store_true",
                      help="also print the original message (recorded in the audit trail with your user name)")
    release = actions.add_parser("release", help="send the message to its refused recipients through the next "
                                 "hop (encrypted when their key is in the keyring)")
    release.add_argument("id", metavar="ID")
    release.add_argument("--reason", required=True, metavar="TEXT", help="why (goes to the audit trail)")
    release.add_argument("--recipient", action="append", default=[], metavar="ADDR",
                         help="release to this refused recipient only (repeatable; default: all not yet released)")
    release.add_argument("--plain", action="store_true",
                         help="deliver unencrypted to recipients without a usable key (webmail, no key)")
    release.add_argument("--keyring", metavar="DIR", help="GnuPG home (overrides encryption.keyring)")
    release.add_argument("--next-hop", metavar="HOST:PORT|maildir:DIR", help="overrides server.next_hop")
    release.add_argument("--json", action="store_true")
    delete = actions.add_parser("delete", help="delete an entry and its content")
    delete.add_argument("id", metavar="ID")
    delete.add_argument("--reason", required=True, metavar="TEXT", help="why (goes to the audit trail)")
    purge = actions.add_parser("purge", help="delete entries older than quarantine.retention_days")
    purge.add_argument("--older-than-days", type=int, metavar="N",
                       help="override quarantine.retention_days for this run")
    for sub in (init, listing, show, release, delete, purge):
        sub.add_argument("--policy", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def operator_name() -> str:
    """Who runs the command: the login name, and the sudo user behind it when there is one."""
    try:
        login = pwd.getpwuid(os.getuid()).pw_name
    except KeyError:
        login = f"uid {os.getuid()}"
    sudo = os.environ.get("SUDO_USER", "")
    return f"{sudo} (as {login})" if sudo and sudo != login else login


def _audit_sink(policy: Policy) -> tuple[Audit, Callable[[], None]]:
    from sentinelle.proxy.observability.audit import AuditTrail

    if policy.audit_path == "-":
        def to_stderr(entry: Mapping[str, Any]) -> None:
            print(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), file=sys.stderr, flush=True)

        return to_stderr, lambda: None
    trail = AuditTrail(policy.audit_path)
    return trail.record, trail.close


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _audit_line(entry: Entry | None, rule: str, *, operator: str, recipient: str = "", action: str = "",
                reason: str = "", outcome: str = "", **extra: Any) -> dict[str, Any]:
    line: dict[str, Any] = {
        "time": _now(), "message_id": entry.message_id if entry else "", "sender": entry.sender if entry else "",
        "recipient": recipient, "action": action, "rule": rule, "quarantine_id": entry.id if entry else "",
        "operator": operator, "reason": reason, "outcome": outcome,
    }
    if entry is not None:
        line["finding_types"] = list(entry.finding_types)
    line.update(extra)
    return line


def command_quarantine(args: argparse.Namespace) -> int:
    from sentinelle.proxy.quarantine.backends import open_store

    try:
        policy = load_policy(getattr(args, "policy", None))
    except PolicyError as error:  # like `keys` and `policy check`: a finding, not a usage error
        print(error.report(), file=sys.stderr)
        return EXIT_REFUSED
    store = open_store(policy.quarantine, create=args.quarantine_command == "init")
    action: Callable[[argparse.Namespace, Policy, QuarantineStore], int] = {
        "init": _init, "list": _list, "show": _show, "release": _release, "delete": _delete, "purge": _purge,
    }[args.quarantine_command]
    try:
        return action(args, policy, store)
    except StoreError as error:
        print(f"sentinelle quarantine: {error}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        store.close()


def _init(args: argparse.Namespace, policy: Policy, store: QuarantineStore) -> int:
    version = store.init()
    where = policy.quarantine.path if policy.quarantine.backend.value == "embedded" else "PostgreSQL"
    print(f"quarantine store ready ({policy.quarantine.backend.value}, {where}): schema version {version}")
    return EXIT_OK


def _line(entry: Entry) -> str:
    summary = entry.summary()
    released = f"  released: {', '.join(r['recipient'] + ' (' + r['mode'] + ')' for r in summary['released'])}" \
        if summary["released"] else ""
    return (f"{entry.id}  {summary['date']}  {entry.sender or '<>'}  -> {', '.join(summary['recipients'])}  "
            f"rules: {', '.join(entry.rules)}  found: {', '.join(entry.finding_types) or '-'}{released}")


def _list(args: argparse.Namespace, policy: Policy, store: QuarantineStore) -> int:
    entries = store.list(Filter(since=args.since, rule=args.rule or "", sender=args.sender or ""))
    for entry in entries:
        print(json.dumps(entry.summary(), ensure_ascii=False) if args.json else _line(entry))
    if not args.json and not entries:
        print("no quarantined message")
    return EXIT_OK


def _show(args: argparse.Namespace, policy: Policy, store: QuarantineStore) -> int:
    entry = store.get(args.id)
    if entry is None:
        print(f"no quarantine entry {args.id}", file=sys.stderr)
        return EXIT_REFUSED
    content: bytes | None = None
    if args.content:
        content = store.content(entry.id)
        if content is None:
            print(f"no quarantine entry {args.id}", file=sys.stderr)
            return EXIT_REFUSED
        # Recorded before anything is printed: content shown is never unrecorded.
        operator = operator_name()
        store.record_event(EventKind.CONTENT_SHOWN, entry.id, operator=operator)
        audit, close = _audit_sink(policy)
        try:
            audit(_audit_line(entry, "content_shown", operator=operator, action="show", outcome="shown"))
        finally:
            close()
    details = entry.details()
    if args.json:
        if content is not None:  # the exact bytes (a message need not be UTF-8)
            details["content_base64"] = base64.b64encode(content).decode("ascii")
        print(json.dumps(details, ensure_ascii=False))
        return EXIT_OK
    print(_line(entry))
    print(f"message-id: {entry.message_id or '-'}  size: {entry.size} bytes  refused by: {entry.instance}")
    print("decisions:")
    for decision in entry.decisions:
        print(f"  {decision.get('recipient')}: {decision.get('action')} (rule {decision.get('rule')})")
    print("findings (masked):")
    for finding in entry.findings:
        print(f"  {finding.get('type')} in {finding.get('location')} ({finding.get('confidence')}): "
              f"{finding.get('excerpt')}")
    if not entry.findings:
        print("  none")
    if content is not None:
        print("----- original message -----", flush=True)
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
    return EXIT_OK


def _release(args: argparse.Namespace, policy: Policy, store: QuarantineStore) -> int:
    from sentinelle.proxy.delivery.dkim import DkimKeyError, Signer
    from sentinelle.proxy.delivery.keyring import Keyring
    from sentinelle.proxy.policy.loader import parse_next_hop
    from sentinelle.proxy.quarantine.release import ReleaseRefused, plan_release, send_release
    from sentinelle.proxy.smtp.runtime import make_next_hop

    entry = store.get(args.id)
    if entry is None:
        print(f"no quarantine entry {args.id}", file=sys.stderr)
        return EXIT_REFUSED
    keyring = Keyring(Path(args.keyring) if args.keyring else policy.encryption.keyring)
    try:
        plan = plan_release(entry, args.recipient, has_key=keyring.has_usable_key, plain=args.plain)
    except ReleaseRefused as error:
        print(f"not released: {error}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        signer = Signer.from_settings(policy.dkim)
    except (DkimKeyError, OSError) as error:
        print(f"not released: dkim.private_key: {error}", file=sys.stderr)
        return EXIT_REFUSED
    data = store.content(entry.id)
    if data is None:
        print(f"no quarantine entry {args.id}", file=sys.stderr)
        return EXIT_REFUSED
    if args.next_hop:
        try:
            policy = _with_next_hop(policy, parse_next_hop(args.next_hop))
        except ValueError as error:
            print(f"sentinelle quarantine release: --next-hop: {error}", file=sys.stderr)
            return EXIT_USAGE
    hostname = policy.server.hostname or socket.getfqdn()

    async def run() -> list[Any]:
        next_hop = make_next_hop(policy, hostname)
        try:
            return await send_release(plan, data, next_hop=next_hop, encrypt=keyring.encrypt_message,
                                      sign=signer.sign if signer is not None else None,
                                      outer_subject=policy.encryption.outer_subject, hostname=hostname)
        finally:
            await next_hop.close()

    results = asyncio.run(run())
    operator = operator_name()
    audit, close = _audit_sink(policy)
    failed = 0
    try:
        for result in results:
            outcome = ("encrypted" if result.mode is ReleaseMode.ENCRYPTED else "relayed") if result.accepted \
                else "failed"
            if result.accepted:
                store.mark_released(entry.id, result.recipient, operator=operator, reason=args.reason,
                                    mode=result.mode)
            else:
                failed += 1
            audit(_audit_line(entry, "released", operator=operator, recipient=result.recipient,
                              action="encrypt" if result.mode is ReleaseMode.ENCRYPTED else "deliver",
                              reason=args.reason, outcome=outcome, plain=result.mode is ReleaseMode.PLAIN,
                              detail=result.detail if not result.accepted else ""))
            if args.json:
                print(json.dumps({"id": entry.id, "recipient": result.recipient, "mode": result.mode.value,
                                  "released": result.accepted, "detail": result.detail}, ensure_ascii=False))
            elif result.accepted:
                how = "gateway-encrypted" if result.mode is ReleaseMode.ENCRYPTED else \
                    "UNENCRYPTED (--plain: no usable key for this recipient)"
                print(f"released {entry.id} to {result.recipient}: {how}; next hop: {result.detail}")
            else:
                print(f"NOT released {entry.id} to {result.recipient}: {result.detail}", file=sys.stderr)
    finally:
        close()
    return EXIT_OK if failed == 0 else EXIT_REFUSED


def _with_next_hop(policy: Policy, next_hop: Any) -> Policy:
    import dataclasses

    return dataclasses.replace(policy, server=dataclasses.replace(policy.server, next_hop=next_hop))


def _delete(args: argparse.Namespace, policy: Policy, store: QuarantineStore) -> int:
    entry = store.get(args.id)
    operator = operator_name()
    if entry is None or not store.delete(args.id, operator=operator, reason=args.reason):
        print(f"no quarantine entry {args.id}", file=sys.stderr)
        return EXIT_REFUSED
    audit, close = _audit_sink(policy)
    try:
        audit(_audit_line(entry, "deleted", operator=operator, action="delete", reason=args.reason,
                          outcome="deleted", recipients=[r.recipient for r in entry.refused]))
    finally:
        close()
    print(f"deleted {entry.id}")
    return EXIT_OK


def _purge(args: argparse.Namespace, policy: Policy, store: QuarantineStore) -> int:
    days = args.older_than_days if args.older_than_days is not None else policy.quarantine.retention_days
    if days < 0:
        print("sentinelle quarantine purge: --older-than-days must be 0 or more", file=sys.stderr)
        return EXIT_USAGE
    before = datetime.now(UTC) - timedelta(days=days)
    operator = operator_name()
    count = store.purge(before, operator=operator)
    audit, close = _audit_sink(policy)
    try:
        audit(_audit_line(None, "purged", operator=operator, action="delete", reason=f"retention {days} days",
                          outcome="purged", count=count))
    finally:
        close()
    print(f"purged {count} entries older than {days} days")
    return EXIT_OK
