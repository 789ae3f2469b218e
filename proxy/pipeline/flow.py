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
* **the audit trail first**: each recipient's decision line (with its planned outcome) is written
  before anything is relayed; when it cannot be written (disk full, read-only, directory removed)
  the answer is 451 and nothing is sent, so no mail leaves without its record. After the next hop
  answered, an ``event: "outcome"`` line is added only for a recipient whose outcome differs from
  the plan (refused or deferred by the next hop, notification not handed on). A failure to write
  that line never turns a delivery into a 451 (each retry would deliver another copy): it is logged
  and counted (``sentinelle_audit_write_failures_total{stage="after_relay"}``);
* a next hop's permanent refusal (at RCPT or DATA) whose notification is refused permanently too
  gets 451: the message stays in the upstream queue, whose own bounce (or double bounce to the
  postmaster) reports it, rather than being dropped with only an audit line. A notification refused
  after a *policy* refusal changes nothing (the decision is recorded; the policy refused the mail).

Before-queue placement (``server.placement = "before_queue"``, Postfix ``smtpd_proxy_filter``): the
reply goes to the sender's own client, so no bounce can exist. A message refused by the policy for
*every* recipient gets one ``550 5.7.1`` naming the rule(s) and what to do, nothing is relayed and
no notification is sent. A message refused for only some recipients is handled as after-queue
(relay the rest, ``250``, notification): SMTP has a single reply after DATA, and a 5xx would refuse
the message for the recipients who may receive it too.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sentinelle.proxy import replies
from sentinelle.proxy.delivery.notify import status_from_reply
from sentinelle.proxy.headers import header_value, normalise_line_endings, strip_own_headers
from sentinelle.proxy.model import Action, Decision, Envelope, Refusal, Rule
from sentinelle.proxy.observability import metrics
from sentinelle.proxy.observability.audit import audit_entries, fail_open_entries
from sentinelle.proxy.pipeline.act import (
    NoticeResult,
    count_recipients,
    deliver,
    notify,
    planned_outcomes,
    record_decisions,
    record_outcomes,
)
from sentinelle.proxy.pipeline.plan import Delivery, Plan, make_plan
from sentinelle.proxy.pipeline.services import (
    AnalysisLike,
    Arrival,
    InspectionTimeout,
    PreparedLike,
    Services,
    log_error,
)
from sentinelle.proxy.policy.schema import Placement

log = logging.getLogger(__name__)

SCANNED_HEADER = "X-Sentinelle-Scanned"
ID_HEADER = "X-Sentinelle-ID"
# The header's value on a copy that leaves the organisation: the internal host name stays inside
# (internal copies name the instance, for tracing).
SCANNED_OUTSIDE = "yes"
UNINSPECTED_HEADER = "X-Sentinelle-Uninspected"


@dataclass(frozen=True, slots=True)
class Outcome:
    """The reply to the upstream (``reply``) and, for LMTP, one reply per envelope recipient."""

    reply: str
    replies: tuple[str, ...]
    outcome: str  # label of sentinelle_messages_total
    recipient_outcomes: Mapping[str, str] = field(default_factory=dict)
    sentinelle_id: str = ""


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


async def run_analysis(services: Services, data: bytes, envelope: Envelope) -> AnalysisLike:
    """Analyse the message, on the event loop when that is cheaper, else in the executor.

    A message of at most ``server.inline_analysis_max_bytes`` is parsed here; when every part is text
    read in-process (``PreparedLike.inline``) it is analysed here too, with at most a few NER
    windows (``analyze_short``, ``proxy.pipeline.analyze.SHORT_NER_CHARS``). Under CPython's GIL an analysis
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


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_sentinelle_id(now: float | None = None) -> str:
    """A message's Sentinelle ID: 16 characters of Crockford base32, 48 bits of milliseconds since
    the epoch then 32 random bits, so that IDs sort by arrival (like a ULID, shorter), are unique
    across workers and hosts without coordination, and never need quoting in a log or a reply."""
    value = (int((time.time() if now is None else now) * 1000) & (2**48 - 1)) << 32 | secrets.randbits(32)
    return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(75, -1, -5))


async def process(services: Services, raw: bytes, envelope: Envelope, *, smtputf8: bool = False,
                  lmtp: bool = False) -> Outcome:
    """Handle one inbound message end to end and say what to answer. Never raises.

    Each message gets a Sentinelle ID (``new_sentinelle_id``): in the ``250 2.0.0 Ok: queued as ID``
    reply (Postfix logs it next to its own queue ID), the log, every audit line, the notification and
    an ``X-Sentinelle-ID`` header on every relayed copy."""
    started = time.perf_counter()
    arrival = Arrival(new_sentinelle_id(), datetime.now(UTC))
    services.loop = asyncio.get_running_loop()
    services.in_flight += 1
    try:
        outcome = await _process(services, raw, envelope, arrival, smtputf8=smtputf8, lmtp=lmtp)
    except Exception as error:  # fail closed: the upstream retries
        log_error(f"{arrival.sentinelle_id}: message processing failed; answering 451", error)
        outcome = _tempfail(envelope, replies.TEMPFAIL)
    finally:
        services.in_flight -= 1
        if services.retired:
            services.close_when_idle()
    outcome = dataclasses.replace(outcome, sentinelle_id=arrival.sentinelle_id)
    metrics.labelled(metrics.MESSAGES, outcome.outcome).inc()
    metrics.MESSAGE_SECONDS.observe(time.perf_counter() - started)
    log.info("%s: %d bytes, %d recipient(s): %s, %s", arrival.sentinelle_id, len(raw), len(envelope.rcpt_tos),
             outcome.outcome, outcome.reply[:9])
    return outcome


def clean_input(raw: bytes) -> tuple[bytes, bool, int]:
    """The message as it is inspected and relayed: every bare CR or LF made CRLF, incoming
    ``X-Sentinelle-*`` fields removed (``proxy.headers``); whether line ends were repaired, and how
    many fields were removed. ``sentinelle check`` applies the same, so that it judges the same bytes."""
    data, repaired = normalise_line_endings(raw)
    data, stripped = strip_own_headers(data)
    return data, repaired, stripped


def _tempfail(envelope: Envelope, reply: str) -> Outcome:
    return Outcome(reply, tuple(reply for _ in envelope.rcpt_tos), "tempfail",
                   {r: "tempfail" for r in envelope.rcpt_tos})


@dataclass(slots=True)
class _Message:
    """One message on its way through ``_process``: what the steps have established so far."""

    services: Services
    data: bytes
    envelope: Envelope
    arrival: Arrival
    smtputf8: bool
    lmtp: bool
    analysis: AnalysisLike | None = None
    fail_open_cause: str = ""
    decisions: tuple[Decision, ...] = ()
    plan: Plan = field(default_factory=lambda: Plan((), ()))
    quarantine_id: str = ""  # the refused message's quarantine entry, when it was kept
    planned: dict[str, str] = field(default_factory=dict)
    message_id: str = ""
    outcomes: dict[str, str] = field(default_factory=dict)
    refusals: list[Refusal] = field(default_factory=list)
    temporary: bool = False  # a copy failed temporarily: SMTP sends no more copies and answers 451
    notify_failed: bool = False


async def _process(services: Services, raw: bytes, envelope: Envelope, arrival: Arrival, *, smtputf8: bool,
                   lmtp: bool) -> Outcome:
    """The steps, in order: clean, inspect, decide, keep (quarantine), record (audit), deliver, notify,
    reply. A step that returns an Outcome ends the message there (451 or a before-queue refusal)."""
    metrics.MESSAGE_BYTES.observe(len(raw))
    data, repaired, stripped = clean_input(raw)
    if repaired or stripped:
        log.info("hygiene: bare CR/LF repaired=%s, incoming X-Sentinelle fields removed=%d", repaired, stripped)
    message = _Message(services, data, envelope, arrival, smtputf8, lmtp)
    ended = await _inspect(message)
    if ended is not None:
        return ended
    _decide(message)
    ended = await _keep(message)
    if ended is not None:
        return ended
    ended = _record(message)
    if ended is not None:
        return ended
    await _deliver(message)
    await _notify(message)
    count_recipients(message.decisions, message.outcomes)
    if services.audit is not None:
        record_outcomes(services.audit, arrival.sentinelle_id, message.message_id, envelope, message.planned,
                        message.outcomes)
    if message.analysis is None:
        log.warning("%d recipients delivered uninspected (fail_open: %s)", len(envelope.rcpt_tos),
                    message.fail_open_cause)
    return _reply(message)


async def _inspect(message: _Message) -> Outcome | None:
    """Analyse; on a timeout or an error, 451, or (``fail_open``) no analysis and the cause."""
    policy, envelope = message.services.policy, message.envelope
    try:
        message.analysis = await run_analysis(message.services, message.data, envelope)
    except InspectionTimeout:
        if not policy.fail_open:
            log.warning("inspection timed out; answering 451")
            return _tempfail(envelope, replies.INSPECTION_TIMEOUT)
        log.warning("inspection timed out; fail_open: delivering uninspected")
        message.analysis, message.fail_open_cause = None, "inspection_timeout"
    except Exception as error:
        if not policy.fail_open:
            log_error("inspection failed; answering 451", error)
            return _tempfail(envelope, replies.TEMPFAIL)
        log_error("inspection failed; fail_open: delivering uninspected", error)
        message.analysis, message.fail_open_cause = None, f"inspection_error: {type(error).__name__}"
    return None


def _decide(message: _Message) -> None:
    """The decisions and the plan (every recipient delivered, marked uninspected, after a fail-open)."""
    analysis, envelope = message.analysis, message.envelope
    if analysis is None:
        message.decisions = tuple(Decision(r, Action.DELIVER, Rule.FAIL_OPEN) for r in envelope.rcpt_tos)
        message.plan = Plan((Delivery(envelope.rcpt_tos, headers=((UNINSPECTED_HEADER, "fail-open"),)),), ())
    else:
        for stage, seconds in analysis.stage_seconds.items():
            if stage in metrics.STAGES:
                metrics.labelled(metrics.STAGE_SECONDS, stage).observe(seconds)
        message.decisions = analysis.decisions
        message.plan = make_plan(message.decisions, tuple(analysis.facts.inspection.types()))
    for decision in message.decisions:
        if decision.audit_action is Action.REJECT:
            metrics.AUDIT_WOULD_REFUSE.labels(rule=decision.rule.value).inc()
        if decision.rule is Rule.ALREADY_ENCRYPTED:
            metrics.ALREADY_ENCRYPTED.inc()


async def _keep(message: _Message) -> Outcome | None:
    """Keep a refused message in the quarantine (when enabled) before anything is answered; 451 when
    it cannot be stored (a refused message that is not stored is lost evidence: retry)."""
    services, plan = message.services, message.plan
    if services.quarantine is None or not plan.refusals:
        return None
    try:
        quarantine_id = await services.quarantine.keep(message.data, message.envelope, message.analysis,
                                                       plan.refusals, services.waiting_executor)
    except Exception as error:
        log_error("quarantine: the refused message could not be stored; answering 451", error)
        return _tempfail(message.envelope, replies.TEMPFAIL)
    message.quarantine_id = quarantine_id
    if quarantine_id:
        message.plan = dataclasses.replace(plan, refusals=tuple(dataclasses.replace(r, quarantine_id=quarantine_id)
                                                                for r in plan.refusals))
    return None


def _record(message: _Message) -> Outcome | None:
    """Write each recipient's decision line before anything is handed on (451, nothing sent, when the
    trail cannot take it: no retry ever delivers a copy whose decision is not in the trail); then the
    before-queue refusal of a message refused for every recipient."""
    services, envelope, analysis, plan = message.services, message.envelope, message.analysis, message.plan
    policy, sentinelle_id = services.policy, message.arrival.sentinelle_id
    message.planned = planned_outcomes(plan)
    all_refused_before_queue = bool(
        policy.server.placement is Placement.BEFORE_QUEUE and not message.lmtp and plan.refusals
        and {r.recipient for r in plan.refusals} >= set(envelope.rcpt_tos))
    message.message_id = (analysis.facts.message_id if analysis is not None
                          else header_value(message.data, "Message-ID"))
    if services.audit is not None:
        entries = (audit_entries(analysis, envelope, message.planned, policy=policy, sentinelle_id=sentinelle_id)
                   if analysis is not None
                   else fail_open_entries(message.message_id, envelope, message.planned, message.fail_open_cause,
                                          sentinelle_id=sentinelle_id))
        if message.quarantine_id:
            for entry in entries:
                if entry.get("action") == Action.REJECT.value:
                    entry["quarantine_id"] = message.quarantine_id
        if not record_decisions(services.audit, entries):
            return _tempfail(envelope, replies.TEMPFAIL)
    message.outcomes = {r.recipient: "refused" for r in plan.refusals}
    if all_refused_before_queue:
        # The client is the sender's own: tell it now; nothing is relayed, no notification.
        reply = before_queue_refusal(tuple(r.rule for r in plan.refusals))
        count_recipients(message.decisions, message.outcomes)
        return Outcome(reply, tuple(reply for _ in envelope.rcpt_tos), "refused", message.outcomes)
    message.refusals = list(plan.refusals)
    return None


async def _deliver(message: _Message) -> None:
    """Relay each planned copy in order, and record each recipient's outcome (and the next hop's
    permanent refusals, which are notified like the policy's)."""
    services, envelope, arrival, outcomes = message.services, message.envelope, message.arrival, message.outcomes
    base_headers = ((SCANNED_HEADER, services.hostname), (ID_HEADER, arrival.sentinelle_id))
    for delivery in message.plan.deliveries:
        if message.temporary and not message.lmtp:
            # SMTP: the whole message will be retried; do not send more copies now.
            outcomes.update({r: "tempfail" for r in delivery.recipients})
            continue
        headers = base_headers if all(services.policy.is_internal(r) for r in delivery.recipients) \
            else ((SCANNED_HEADER, SCANNED_OUTSIDE), (ID_HEADER, arrival.sentinelle_id))
        transaction = await deliver(services, message.data, envelope, delivery, headers, message.smtputf8)
        if transaction is not None and transaction.lacks_smtputf8:
            # RFC 6531 permits no downgrade in transit: a permanent failure for these recipients
            # (an endless 451 would end in Postfix bouncing the content after days).
            log.warning("%s: next hop lacks SMTPUTF8; %d recipient(s) refused", arrival.sentinelle_id,
                        len(delivery.recipients))
            status = "5.6.7" if not envelope.mail_from.isascii() or not all(
                r.isascii() for r in delivery.recipients) else "5.6.9"
            for recipient in delivery.recipients:
                outcomes[recipient] = "smtputf8_unsupported"
                message.refusals.append(Refusal(recipient, Rule.SMTPUTF8_UNSUPPORTED, (), status,
                                                f"{status} next hop does not offer SMTPUTF8"))
            continue
        if transaction is None or transaction.temporary:
            message.temporary = True
            if transaction is not None:
                log.warning("next hop: %s (%s); answering 451", transaction.result.value, transaction.detail)
            outcomes.update({r: "tempfail" for r in delivery.recipients})
            continue
        for result in transaction.recipients:
            if result.accepted:
                outcomes[result.recipient] = "encrypted" if delivery.encrypt else "relayed"
            elif result.permanent:
                outcomes[result.recipient] = "next_hop_refused"
                message.refusals.append(Refusal(result.recipient, Rule.NEXT_HOP_REFUSED, (),
                                                status_from_reply(result.code, result.text),
                                                f"{result.code} {result.text}"))


async def _notify(message: _Message) -> None:
    """Notify the sender of the refused recipients, when due."""
    refusals, outcomes, envelope = message.refusals, message.outcomes, message.envelope
    if not refusals or not (message.lmtp or not message.temporary):
        return
    others_received = any(outcomes.get(r) in ("relayed", "encrypted") for r in envelope.rcpt_tos)
    notice = await notify(message.services, message.data, envelope, refusals, message.smtputf8, message.arrival,
                          others_received)
    # A next hop's permanent refusal is a delivery failure, not a decision: when its notice is
    # refused too, 451 keeps the message in the upstream queue, whose own bounce (or double
    # bounce to the postmaster) then reports it. A policy refusal stays recorded in the trail.
    message.notify_failed = notice is NoticeResult.TEMPORARY or (
        notice is NoticeResult.REFUSED and any(r.rule is Rule.NEXT_HOP_REFUSED for r in refusals))
    if message.notify_failed:
        outcomes.update({r.recipient: "tempfail" for r in refusals})


def _reply(message: _Message) -> Outcome:
    """The reply to the upstream (one per recipient in LMTP) from the recipients' outcomes."""
    envelope, outcomes, lmtp = message.envelope, message.outcomes, message.lmtp
    accepted = replies.queued_as(message.arrival.sentinelle_id)
    per_recipient = tuple(replies.TEMPFAIL if outcomes.get(r) == "tempfail" else accepted
                          for r in envelope.rcpt_tos)
    if any(outcomes.get(r) == "tempfail" for r in envelope.rcpt_tos):
        reply = replies.NEXT_HOP_TEMPFAIL if not message.notify_failed else replies.TEMPFAIL
        label = "tempfail"
        if lmtp:
            per_recipient = tuple(reply if p != accepted else p for p in per_recipient)
    else:
        reply = accepted
        refused = sum(1 for r in envelope.rcpt_tos
                      if outcomes.get(r) in ("refused", "next_hop_refused", "smtputf8_unsupported"))
        label = "delivered" if refused == 0 else "refused" if refused == len(envelope.rcpt_tos) else \
            "partially_refused"
    return Outcome(reply, per_recipient, label, outcomes)
