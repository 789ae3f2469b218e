"""The act step: hygiene -> analysis (off the event loop, under a deadline) -> plan -> relay, encrypt,
sign, notify -> audit and metrics -> the reply to the upstream MTA.

The reliability contract (README, "The reliability contract"):

* ``250`` only after the next hop accepted every recipient relayed to, and took the notification
  for refused recipients when one is due;
* next hop down, timing out or answering 4xx, any exception, an inspection that did not finish:
  ``451`` (the upstream keeps the message and retries); never a 250 for mail not fully inspected
  (unless the policy's ``fail_open`` says otherwise);
* a permanent refusal (policy, or 5xx from the next hop for some recipients) is never passed on as a
  5xx: the refused recipients are dropped, the rest relayed, ``250`` answered, and a content-free
  notification goes to the envelope sender when it is internal (nothing for an external or null
  sender: the log and the audit trail record it);
* **at-least-once**: one inbound message may become several onward transactions (the plain copy,
  then one encrypted copy per gateway-encrypted recipient). They run in order; when a later one
  fails temporarily the answer is 451 and, on retry, the earlier copies are sent again. A duplicate
  is possible in that window (and when the next hop times out after the end of DATA), a loss never.
  In LMTP mode each recipient gets its own reply, so only the failed ones are retried.

Before-queue placement (``server.placement = "before_queue"``, Postfix ``smtpd_proxy_filter``): the
reply goes to the sender's own client, so no bounce can exist. A message refused by the policy for
*every* recipient gets one ``550 5.7.1`` naming the rule(s) and what to do, nothing is relayed and
no notification is sent. A message refused for only some recipients is handled as after-queue
(relay the rest, ``250``, notification): SMTP has a single reply after DATA, and a 5xx would refuse
the message for the recipients who may receive it too.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Any, Protocol

from proxy import metrics, replies
from proxy.audit import AuditTrail, audit_entries
from proxy.decision import Action, Decision, Envelope, MessageFacts, Rule
from proxy.hygiene import header_value, normalise_line_endings, prepend_headers, strip_own_headers
from proxy.notify import Refusal, build_notification
from proxy.plan import Delivery, make_plan
from proxy.policy import Placement, Policy
from proxy.relay import NextHopClient, Transaction

log = logging.getLogger(__name__)

SCANNED_HEADER = "X-Sentinelle-Scanned"
# The header's value on a copy that leaves the organisation: the internal host name stays inside
# (internal copies name the instance, for tracing).
SCANNED_OUTSIDE = "yes"
UNINSPECTED_HEADER = "X-Sentinelle-Uninspected"


class AnalysisLike(Protocol):
    """What the act step needs from ``proxy.analyze.Analysis``."""

    @property
    def facts(self) -> MessageFacts: ...

    @property
    def decisions(self) -> tuple[Decision, ...]: ...

    @property
    def stage_seconds(self) -> Mapping[str, float]: ...


class PreparedLike(Protocol):
    """What the act step needs from ``proxy.analyze.Prepared``: a message parsed ahead of analysis."""

    @property
    def inline(self) -> bool: ...

    def analyze(self, envelope: Envelope, deadline: float) -> AnalysisLike: ...

    def analyze_short(self, envelope: Envelope, deadline: float) -> AnalysisLike | None: ...


# (data, envelope, deadline) -> analysis. Synchronous and CPU-bound: run in a thread.
AnalyzeFn = Callable[[bytes, Envelope, float], AnalysisLike]
# data -> the message parsed, and whether its analysis is short enough for the event loop.
PrepareFn = Callable[[bytes], PreparedLike]
EncryptFn = Callable[[bytes, str, str], bytes]
SignFn = Callable[[bytes], bytes]


@dataclass(slots=True)
class Services:
    """What one message needs; the runtime builds it and swaps it on SIGHUP (a message in flight
    keeps the services it started with)."""

    policy: Policy
    analyze: AnalyzeFn
    next_hop: NextHopClient
    hostname: str
    encrypt: EncryptFn | None = None
    sign: SignFn | None = None
    sign_algorithms: tuple[str, ...] = ()
    audit: AuditTrail | None = None
    executor: Executor | None = None  # the analysis thread (None: the loop's default executor)
    # Messages with attachments or too large to triage, and gpg: work that mostly waits on another
    # process (None: ``executor``).
    attachment_executor: Executor | None = None
    prepare: PrepareFn | None = None

    @property
    def waiting_executor(self) -> Executor | None:
        """Where work that waits on another process runs (attachments, gpg)."""
        return self.attachment_executor or self.executor


@dataclass(frozen=True, slots=True)
class Outcome:
    """The reply to the upstream (``reply``) and, for LMTP, one reply per envelope recipient."""

    reply: str
    replies: tuple[str, ...]
    outcome: str  # label of sentinelle_messages_total
    recipient_outcomes: Mapping[str, str] = field(default_factory=dict)


# One ASCII line per refusal rule for the before-queue 550: what the sender should do instead.
BEFORE_QUEUE_ADVICE: Mapping[Rule, str] = {
    Rule.WEBMAIL: "use the recipient's health-network address, not a public webmail",
    Rule.AUTO_FORWARD: "turn off automatic forwarding outside the network",
    Rule.UNINSPECTABLE: "send the content in a readable form or encrypt it with OpenPGP",
    Rule.NO_KEY: "use the recipient's health-network address or encrypt with OpenPGP",
}


def before_queue_refusal(rules: tuple[Rule, ...]) -> str:
    """The single reply for a message refused for every recipient, before queue: ``550 5.7.1``,
    the distinct rules in order, then the advice, on one ASCII line (no address, no content)."""
    distinct = tuple(dict.fromkeys(rules))
    advice = "; ".join(dict.fromkeys(BEFORE_QUEUE_ADVICE.get(r, "contact the service desk") for r in distinct))
    return f"550 5.7.1 Refused by Sentinelle ({', '.join(r.value for r in distinct)}): {advice}"


class InspectionTimeout(Exception):
    """The analysis did not finish within the inspection timeout."""


async def _timed(stage: str, awaitable: Any) -> Any:
    started = time.perf_counter()
    try:
        return await awaitable
    finally:
        metrics.labelled(metrics.STAGE_SECONDS, stage).observe(time.perf_counter() - started)


async def run_analysis(services: Services, data: bytes, envelope: Envelope) -> AnalysisLike:
    """Analyse the message, on the event loop when that is cheaper, else in the executor.

    A message of at most ``server.inline_analysis_max_bytes`` is parsed here; when every part is text
    read in-process (``PreparedLike.inline``) it is analysed here too, with at most a few NER
    windows (``analyze_short``, ``proxy.analyze.SHORT_NER_CHARS``). Under CPython's GIL an analysis
    thread never runs beside the loop; it only takes turns with it, and a loop waiting for the GIL
    gets it back after the switch interval (5 ms) anyway. For such a short, bounded analysis (0.05-0.1
    ms per KB of ordinary text, 0.45 ms per KB for text dense with findings, about 5 ms of NER at
    most, measured) the thread would add GIL hand-offs and wake-ups (0.2-0.4 ms per message; several
    ms for a NER-heavy one, bench/RESULTS.md) and no responsiveness. The rest goes to the executor:
    a message that needs more NER (partly in BLAS calls that release the GIL) to the analysis thread
    (``Services.executor``); attachments for the sandboxed parsers (waiting on
    a parser process releases the GIL), archives, attached messages, OpenPGP or S/MIME structures
    and larger messages to the attachment threads (``Services.attachment_executor``), so that a long
    parse never holds up ordinary mail. There a hard timeout applies: the analyzer gets a deadline
    of ``inspection_timeout`` from the moment it starts (its own limits turn an overrun into an
    ``uninspectable`` finding: a policy outcome), and a quarter later (queueing included)
    InspectionTimeout is raised."""
    budget = services.policy.server.inspection_timeout_seconds
    prepared: PreparedLike | None = None
    if services.prepare is not None and len(data) <= services.policy.server.inline_analysis_max_bytes:
        prepared = services.prepare(data)
        if prepared.inline:
            analysis = prepared.analyze_short(envelope, time.monotonic() + budget)
            if analysis is not None:
                metrics.labelled(metrics.ANALYSES, "event_loop").inc()
                return analysis

    def run() -> AnalysisLike:
        deadline = time.monotonic() + budget
        if prepared is not None:
            return prepared.analyze(envelope, deadline)
        return services.analyze(data, envelope, deadline)

    executor, place = services.executor, "analysis_thread"
    if (prepared is None or not prepared.inline) and services.attachment_executor is not None:
        executor, place = services.waiting_executor, "attachment_thread"
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(budget * 1.25 + 1.0):
            analysis = await loop.run_in_executor(executor, run)
    except TimeoutError:
        raise InspectionTimeout() from None
    metrics.labelled(metrics.ANALYSES, place).inc()
    return analysis


def _log_error(what: str, error: BaseException) -> None:
    """One log line naming the exception class and where it was raised, never its message (which
    could quote message content)."""
    tb = error.__traceback__
    where = ""
    while tb is not None:
        where = f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}"
        tb = tb.tb_next
    log.error("%s: %s at %s", what, type(error).__name__, where or "?")


async def process(services: Services, raw: bytes, envelope: Envelope, *, smtputf8: bool = False,
                  lmtp: bool = False) -> Outcome:
    """Handle one inbound message end to end and say what to answer. Never raises."""
    started = time.perf_counter()
    try:
        outcome = await _process(services, raw, envelope, smtputf8=smtputf8, lmtp=lmtp)
    except Exception as error:  # fail closed: the upstream retries
        _log_error("message processing failed; answering 451", error)
        outcome = _tempfail(envelope, replies.TEMPFAIL)
    metrics.labelled(metrics.MESSAGES, outcome.outcome).inc()
    metrics.MESSAGE_SECONDS.observe(time.perf_counter() - started)
    return outcome


def _tempfail(envelope: Envelope, reply: str) -> Outcome:
    return Outcome(reply, tuple(reply for _ in envelope.rcpt_tos), "tempfail",
                   {r: "tempfail" for r in envelope.rcpt_tos})


async def _process(services: Services, raw: bytes, envelope: Envelope, *, smtputf8: bool,
                   lmtp: bool) -> Outcome:
    policy = services.policy
    metrics.MESSAGE_BYTES.observe(len(raw))
    data, repaired = normalise_line_endings(raw)
    data, stripped = strip_own_headers(data)
    if repaired or stripped:
        log.info("hygiene: bare CR/LF repaired=%s, incoming X-Sentinelle fields removed=%d", repaired, stripped)

    analysis: AnalysisLike | None
    try:
        analysis = await run_analysis(services, data, envelope)
    except InspectionTimeout:
        if not policy.fail_open:
            log.warning("inspection timed out; answering 451")
            return _tempfail(envelope, replies.INSPECTION_TIMEOUT)
        log.warning("inspection timed out; fail_open: delivering uninspected")
        analysis = None
    except Exception as error:
        if not policy.fail_open:
            _log_error("inspection failed; answering 451", error)
            return _tempfail(envelope, replies.TEMPFAIL)
        _log_error("inspection failed; fail_open: delivering uninspected", error)
        analysis = None

    if analysis is None:
        decisions = tuple(Decision(r, Action.DELIVER, Rule.INTERNAL_ERROR) for r in envelope.rcpt_tos)
        plan = make_plan(decisions)
        plan = type(plan)(tuple(Delivery(d.recipients, d.encrypt, ((UNINSPECTED_HEADER, "fail-open"),))
                                for d in plan.deliveries), (), ())
        finding_types: tuple[str, ...] = ()
    else:
        for stage, seconds in analysis.stage_seconds.items():
            if stage in metrics.STAGES:
                metrics.labelled(metrics.STAGE_SECONDS, stage).observe(seconds)
        decisions = analysis.decisions
        finding_types = tuple(analysis.facts.inspection.types())
        plan = make_plan(decisions, finding_types)

    for decision in decisions:
        metrics.labelled(metrics.RECIPIENTS, decision.action.value, decision.rule.value).inc()
        if decision.audit_action is Action.REJECT:
            metrics.AUDIT_WOULD_REFUSE.labels(rule=decision.rule.value).inc()
        if decision.rule is Rule.ALREADY_ENCRYPTED:
            metrics.ALREADY_ENCRYPTED.inc()

    outcomes: dict[str, str] = {r.recipient: "refused" for r in plan.refusals}
    if (policy.server.placement is Placement.BEFORE_QUEUE and not lmtp and plan.refusals
            and not plan.tempfail and {r.recipient for r in plan.refusals} >= set(envelope.rcpt_tos)):
        # The client is the sender's own: tell it now; nothing is relayed, no notification.
        _record_audit(services, analysis, envelope, outcomes)
        reply = before_queue_refusal(tuple(r.rule for r in plan.refusals))
        return Outcome(reply, tuple(reply for _ in envelope.rcpt_tos), "refused", outcomes)
    outcomes.update({r: "tempfail" for r in plan.tempfail})
    refusals = list(plan.refusals)
    temporary = bool(plan.tempfail)
    base_headers = ((SCANNED_HEADER, services.hostname),)

    for delivery in plan.deliveries:
        if temporary and not lmtp:
            # SMTP: the whole message will be retried; do not send more copies now.
            outcomes.update({r: "tempfail" for r in delivery.recipients})
            continue
        headers = base_headers if all(services.policy.is_internal(r) for r in delivery.recipients) \
            else ((SCANNED_HEADER, SCANNED_OUTSIDE),)
        transaction = await _deliver(services, data, envelope, delivery, headers, smtputf8)
        if transaction is None or transaction.temporary:
            temporary = True
            if transaction is not None:
                log.warning("next hop: %s (%s); answering 451", transaction.result.value, transaction.detail)
            outcomes.update({r: "tempfail" for r in delivery.recipients})
            continue
        for result in transaction.recipients:
            if result.accepted:
                outcomes[result.recipient] = "encrypted" if delivery.encrypt else "relayed"
            elif result.permanent:
                outcomes[result.recipient] = "next_hop_refused"
                metrics.RECIPIENTS.labels(action=Action.REJECT.value, rule=Rule.NEXT_HOP_REFUSED.value).inc()
                refusals.append(Refusal(result.recipient, Rule.NEXT_HOP_REFUSED, (),
                                        _status_from_code(result.code), f"{result.code} {result.text}"))

    notify_failed = False
    if refusals and (lmtp or not temporary):
        notify_failed = await _notify(services, data, envelope, refusals, smtputf8)
        if notify_failed:
            outcomes.update({r.recipient: "tempfail" for r in refusals})

    _record_audit(services, analysis, envelope, outcomes)
    if analysis is None:
        log.warning("audit: %d recipients delivered uninspected (fail_open)", len(envelope.rcpt_tos))

    per_recipient = tuple(replies.TEMPFAIL if outcomes.get(r) == "tempfail" else replies.MESSAGE_ACCEPTED
                          for r in envelope.rcpt_tos)
    if any(outcomes.get(r) == "tempfail" for r in envelope.rcpt_tos):
        reply = replies.NEXT_HOP_TEMPFAIL if not notify_failed and not plan.tempfail else replies.TEMPFAIL
        label = "tempfail"
        if lmtp:
            per_recipient = tuple(reply if p != replies.MESSAGE_ACCEPTED else p for p in per_recipient)
    else:
        reply = replies.MESSAGE_ACCEPTED
        refused = sum(1 for r in envelope.rcpt_tos if outcomes.get(r) in ("refused", "next_hop_refused"))
        label = "delivered" if refused == 0 else "refused" if refused == len(envelope.rcpt_tos) else \
            "partially_refused"
    return Outcome(reply, per_recipient, label, outcomes)


def _record_audit(services: Services, analysis: AnalysisLike | None, envelope: Envelope,
                  outcomes: Mapping[str, str]) -> None:
    if services.audit is not None and analysis is not None:
        for entry in audit_entries(analysis, envelope, outcomes, policy=services.policy):
            services.audit.record(entry)


def _status_from_code(code: int) -> str:
    return {550: "5.1.1", 551: "5.1.6", 552: "5.2.2", 553: "5.1.3", 554: "5.0.0"}.get(code, "5.0.0")


async def _deliver(services: Services, data: bytes, envelope: Envelope, delivery: Delivery,
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
            copy = await _timed("encrypt", loop.run_in_executor(
                services.waiting_executor, services.encrypt, data, recipient,
                services.policy.encryption.outer_subject))
        except Exception as error:
            _log_error("gateway encryption failed", error)
            metrics.ENCRYPTIONS.labels(result="failed").inc()
            return None
        metrics.ENCRYPTIONS.labels(result="encrypted").inc()
    copy = prepend_headers(copy, base_headers + delivery.headers)
    if delivery.encrypt and services.sign is not None:
        copy = await _timed("sign", loop.run_in_executor(services.waiting_executor, services.sign, copy))
        for algorithm in services.sign_algorithms:
            if algorithm in metrics.DKIM_ALGORITHMS:
                metrics.DKIM_SIGNATURES.labels(algorithm=algorithm).inc()
    transaction: Transaction = await _timed("relay", services.next_hop.send(
        envelope.mail_from, delivery.recipients, copy, smtputf8=smtputf8))
    metrics.labelled(metrics.NEXT_HOP, transaction.result.value).inc()
    return transaction


async def _notify(services: Services, data: bytes, envelope: Envelope, refusals: list[Refusal],
                  smtputf8: bool) -> bool:
    """Send the refusal notification when due. True when it failed temporarily (the caller answers 451)."""
    sender = envelope.mail_from
    if not sender:
        metrics.NOTIFICATIONS.labels(result="skipped_null_sender").inc()
        log.info("refusal not notified: null sender (%d recipients refused)", len(refusals))
        return False
    if not services.policy.is_internal(sender):
        metrics.NOTIFICATIONS.labels(result="skipped_external_sender").inc()
        log.info("refusal not notified: external sender (%d recipients refused)", len(refusals))
        return False
    notification = build_notification(
        sender=sender, refusals=refusals, organization=services.policy.organization,
        reporting_mta=services.hostname, message_id=header_value(data, "Message-ID"),
        date=header_value(data, "Date"))
    transaction: Transaction = await _timed("notify", services.next_hop.send(
        "", (sender,), notification, smtputf8=smtputf8 and not sender.isascii()))
    metrics.NEXT_HOP.labels(result=transaction.result.value).inc()
    if transaction.temporary:
        metrics.NOTIFICATIONS.labels(result="failed").inc()
        log.warning("notification: next hop %s (%s); answering 451", transaction.result.value, transaction.detail)
        return True
    if transaction.refused:
        metrics.NOTIFICATIONS.labels(result="failed").inc()
        log.warning("notification refused permanently by the next hop; refusal recorded in the audit trail")
        return False
    metrics.NOTIFICATIONS.labels(result="sent").inc()
    return False


