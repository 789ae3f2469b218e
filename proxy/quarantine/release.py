"""Releasing a quarantined message: an explicit override of the rule that refused it, never of
encryption.

For each recipient released: when the gateway keyring has a usable key for it *now*, the copy is
gateway-encrypted (PGP/MIME, the same ``Keyring.encrypt_message`` as the server) and DKIM-signed when
``[dkim]`` is enabled (the same ``Signer``); otherwise (webmail, still no key) it leaves unencrypted
only when the operator said ``--plain``, and the command says so. Every copy goes through the
policy's next hop (Postfix's reinjection service), with the original envelope sender, one
transaction per recipient, and ``X-Sentinelle-Released: ID MODE`` on top.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sentinelle.proxy.delivery.relay import NextHopClient
from sentinelle.proxy.headers import prepend_headers
from sentinelle.proxy.quarantine.store import Entry, ReleaseMode

RELEASED_HEADER = "X-Sentinelle-Released"
SCANNED_HEADER = "X-Sentinelle-Scanned"  # as proxy.pipeline.SCANNED_HEADER

EncryptFn = Callable[[bytes, str, str], bytes]
SignFn = Callable[[bytes], bytes]


class ReleaseRefused(Exception):
    """The release cannot go ahead as asked (nothing was sent); the text says why and what to do."""


@dataclass(frozen=True, slots=True)
class ReleasePlan:
    """Who gets which copy; nothing is sent for a plan that could not be made."""

    entry: Entry
    copies: tuple[tuple[str, ReleaseMode], ...]  # (recipient, mode)


@dataclass(frozen=True, slots=True)
class ReleaseResult:
    recipient: str
    mode: ReleaseMode
    accepted: bool
    detail: str  # the next hop's reply, ASCII; or why the copy could not be made


def plan_release(entry: Entry, recipients: Sequence[str], *, has_key: Callable[[str], bool],
                 plain: bool) -> ReleasePlan:
    """The copies to send: ``recipients`` (default: every refused recipient not yet released).
    Raises ReleaseRefused for an address that was not refused, one already released, or one without a
    usable key when ``plain`` is False."""
    refused = {r.recipient.lower(): r for r in entry.refused}
    chosen = list(dict.fromkeys(recipients)) if recipients else list(entry.held)
    if not chosen:
        raise ReleaseRefused(f"{entry.id}: every refused recipient was released already")
    copies: list[tuple[str, ReleaseMode]] = []
    unencrypted: list[str] = []
    for address in chosen:
        found = refused.get(address.lower())
        if found is None:
            raise ReleaseRefused(f"{address} is not a refused recipient of {entry.id} "
                                 f"(refused: {', '.join(r.recipient for r in entry.refused)})")
        if found.released is not None:
            raise ReleaseRefused(f"{found.recipient} was released already ({found.release_mode}, by "
                                 f"{found.released_by})")
        if has_key(found.recipient):
            copies.append((found.recipient, ReleaseMode.ENCRYPTED))
        else:
            unencrypted.append(f"{found.recipient} (rule {found.rule})")
            copies.append((found.recipient, ReleaseMode.PLAIN))
    if unencrypted and not plain:
        raise ReleaseRefused("no usable key in the gateway keyring for " + ", ".join(unencrypted) +
                             ": the copy would leave unencrypted. Import the recipient's key "
                             "(`sentinelle keys import`), or add --plain to deliver it unencrypted")
    return ReleasePlan(entry, tuple(copies))


async def send_release(plan: ReleasePlan, data: bytes, *, next_hop: NextHopClient, encrypt: EncryptFn,
                       sign: SignFn | None, outer_subject: str, hostname: str) -> list[ReleaseResult]:
    """Send each copy of ``plan`` through ``next_hop``; one result per recipient (never raises for a
    recipient: a failed copy is a result with ``accepted`` False)."""
    loop = asyncio.get_running_loop()
    results: list[ReleaseResult] = []
    for recipient, mode in plan.copies:
        headers = ((SCANNED_HEADER, hostname), (RELEASED_HEADER, f"{plan.entry.id} {mode.value}"))
        try:
            if mode is ReleaseMode.ENCRYPTED:
                copy = await loop.run_in_executor(None, encrypt, data, recipient, outer_subject)
                copy = prepend_headers(copy, headers)
                if sign is not None:
                    copy = await loop.run_in_executor(None, sign, copy)
            else:
                copy = prepend_headers(data, headers)
        except Exception as error:  # gpg or the signer failed: nothing sent to this recipient
            results.append(ReleaseResult(recipient, mode, False, f"copy not made: {type(error).__name__}"))
            continue
        transaction = await next_hop.send(plan.entry.sender, (recipient,), copy,
                                          smtputf8=not (plan.entry.sender.isascii() and recipient.isascii()))
        accepted = recipient in transaction.accepted
        reply = next((f"{r.code} {r.text}" for r in transaction.recipients if r.recipient == recipient),
                     transaction.detail or transaction.result.value)
        results.append(ReleaseResult(recipient, mode, accepted, reply))
    return results
