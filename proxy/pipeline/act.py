"""The act step's actions: deliver a copy, notify a refused recipient's sender, record the audit trail's
lines and count recipients."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from enum import Enum
from typing import Any

from sentinelle.proxy.delivery.notify import build_notification
from sentinelle.proxy.delivery.relay import Transaction
from sentinelle.proxy.headers import header_value, prepend_headers
from sentinelle.proxy.model import Action, Decision, Envelope, Refusal, Rule
from sentinelle.proxy.observability import metrics
from sentinelle.proxy.observability.audit import AuditTrail, outcome_entries
from sentinelle.proxy.pipeline.plan import Delivery, Plan
from sentinelle.proxy.pipeline.services import Arrival, Services, log_error, timed

log = logging.getLogger(__name__)


def count_recipients(decisions: tuple[Decision, ...], outcomes: Mapping[str, str]) -> None:
    """``sentinelle_recipients_total``: each recipient once, by its decision, or as refused by rule
    ``next_hop_refused`` when the next hop refused it permanently."""
    for decision in decisions:
        if outcomes.get(decision.recipient) == "next_hop_refused":
            metrics.labelled(metrics.RECIPIENTS, Action.REJECT.value, Rule.NEXT_HOP_REFUSED.value).inc()
        elif outcomes.get(decision.recipient) == "smtputf8_unsupported":
            metrics.labelled(metrics.RECIPIENTS, Action.REJECT.value, Rule.SMTPUTF8_UNSUPPORTED.value).inc()
        else:
            metrics.labelled(metrics.RECIPIENTS, decision.action.value, decision.rule.value).inc()


def planned_outcomes(plan: Plan) -> dict[str, str]:
    """What each recipient's outcome will be if every onward transaction succeeds."""
    planned = {r: "encrypted" if d.encrypt else "relayed" for d in plan.deliveries for r in d.recipients}
    planned.update({r.recipient: "refused" for r in plan.refusals})
    return planned


def record_decisions(audit: AuditTrail, entries: list[dict[str, Any]]) -> bool:
    """Write one decision line per recipient with its planned outcome, before anything is relayed.
    False (log, metric) when the audit trail could not take them."""
    try:
        audit.record_all(entries)
    except OSError as error:
        metrics.AUDIT_WRITE_FAILURES.labels(stage="before_relay").inc()
        log.error("audit trail %s cannot be written (%s); answering 451 before relaying anything",
                  audit.path, error.strerror or type(error).__name__)
        return False
    return True


def record_outcomes(audit: AuditTrail, sentinelle_id: str, message_id: str, envelope: Envelope,
                     planned: Mapping[str, str], outcomes: Mapping[str, str]) -> None:
    """One ``outcome`` line per recipient whose outcome differs from the planned one. Written after
    the next hop answered, so a failure here never changes the reply: a 451 now would make the
    upstream deliver another copy on every retry (log, metric; the decision line is on disk)."""
    changed = {r: (planned.get(r, "unknown"), outcomes.get(r, "unknown")) for r in envelope.rcpt_tos
               if outcomes.get(r, "unknown") != planned.get(r, "unknown")}
    if not changed:
        return
    try:
        audit.record_all(outcome_entries(message_id, envelope, changed, sentinelle_id=sentinelle_id))
    except OSError as error:
        metrics.AUDIT_WRITE_FAILURES.labels(stage="after_relay").inc()
        log.error("audit trail %s cannot be written (%s) after the next hop answered: %d outcome line(s) "
                  "lost, the reply is unchanged", audit.path, error.strerror or type(error).__name__,
                  len(changed))


async def deliver(services: Services, data: bytes, envelope: Envelope, delivery: Delivery,
                   base_headers: tuple[tuple[str, str], ...], smtputf8: bool) -> Transaction | None:
    """Build this delivery's copy and relay it. None when the copy could not be built (encryption
    failed: a temporary failure, the upstream retries)."""
    copy = data
    loop = asyncio.get_running_loop()
    if delivery.encrypt:
        recipient = delivery.recipients[0]
        if services.encrypt is None:
            log.error("a recipient is to be encrypted but no keyring is configured; answering 451")
            metrics.ENCRYPTIONS.labels(result="failed").inc()
            return None
        try:
            copy = await timed("encrypt", loop.run_in_executor(
                services.waiting_executor, services.encrypt, data, recipient,
                services.policy.encryption.outer_subject))
        except Exception as error:
            log_error("gateway encryption failed", error)
            metrics.ENCRYPTIONS.labels(result="failed").inc()
            return None
        metrics.ENCRYPTIONS.labels(result="encrypted").inc()
    copy = prepend_headers(copy, base_headers + delivery.headers)
    if delivery.encrypt and services.sign is not None:
        copy = await timed("sign", loop.run_in_executor(services.waiting_executor, services.sign, copy))
        for algorithm in services.sign_algorithms:
            if algorithm in metrics.DKIM_ALGORITHMS:
                metrics.DKIM_SIGNATURES.labels(algorithm=algorithm).inc()
    transaction: Transaction = await timed("relay", services.next_hop.send(
        envelope.mail_from, delivery.recipients, copy, smtputf8=smtputf8))
    metrics.labelled(metrics.NEXT_HOP, transaction.result.value).inc()
    return transaction


class NoticeResult(Enum):
    SENT = "sent"
    SKIPPED = "skipped"  # null or external sender: nothing is due
    TEMPORARY = "temporary"  # the next hop failed temporarily
    REFUSED = "refused"  # the next hop refused the notification permanently


async def notify(services: Services, data: bytes, envelope: Envelope, refusals: list[Refusal],
                  smtputf8: bool, arrival: Arrival, others_received: bool) -> NoticeResult:
    """Send the refusal notification when due, and say how it went."""
    sender = envelope.mail_from
    if not sender:
        metrics.NOTIFICATIONS.labels(result="skipped_null_sender").inc()
        log.info("refusal not notified: null sender (%d recipients refused)", len(refusals))
        return NoticeResult.SKIPPED
    if not services.policy.is_internal(sender):
        metrics.NOTIFICATIONS.labels(result="skipped_external_sender").inc()
        log.info("refusal not notified: external sender (%d recipients refused)", len(refusals))
        return NoticeResult.SKIPPED
    notification = build_notification(
        sender=sender, refusals=refusals, organization=services.policy.organization,
        reporting_mta=services.hostname, message_id=header_value(data, "Message-ID"),
        date=header_value(data, "Date"), sentinelle_id=arrival.sentinelle_id, arrival=arrival.received,
        others_received=others_received)
    transaction: Transaction = await timed("notify", services.next_hop.send(
        "", (sender,), notification, smtputf8=smtputf8 and not sender.isascii()))
    metrics.NEXT_HOP.labels(result=transaction.result.value).inc()
    if transaction.temporary and not transaction.lacks_smtputf8:
        metrics.NOTIFICATIONS.labels(result="failed").inc()
        log.warning("notification: next hop %s (%s); answering 451", transaction.result.value, transaction.detail)
        return NoticeResult.TEMPORARY
    if transaction.refused or transaction.lacks_smtputf8:  # a non-ASCII sender the next hop cannot take
        metrics.NOTIFICATIONS.labels(result="failed").inc()
        log.warning("notification refused permanently by the next hop")
        return NoticeResult.REFUSED
    metrics.NOTIFICATIONS.labels(result="sent").inc()
    return NoticeResult.SENT
