"""Decision values: what the policy decided for each recipient, and why.

Pure data shared by the decide, plan and act steps, the audit trail, the
metrics and ``sentinelle check``. Rule names are contracts: they appear in
policy.toml, audit lines, metric labels and refusal notifications.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sentinelle.classifiers.types import Finding, Inspection


class Action(StrEnum):
    DELIVER = "deliver"
    ENCRYPT = "encrypt"
    REJECT = "reject"


class Rule(StrEnum):
    """Canonical rule names, in the documented order of evaluation."""

    EXCEPTION = "exception"
    INTERNAL = "internal"
    AUTO_FORWARD = "auto_forward"
    WEBMAIL = "webmail"
    UNINSPECTABLE = "uninspectable"
    ALREADY_ENCRYPTED = "already_encrypted"
    GATEWAY_ENCRYPTED = "gateway_encrypted"
    NO_KEY = "no_key"
    NOT_CONFIDENTIAL = "not_confidential"
    # Not a policy rule: the next hop permanently refused the recipient.
    NEXT_HOP_REFUSED = "next_hop_refused"
    # Not a policy rule: the message needs SMTPUTF8 (RFC 6531) and the next hop does not offer it.
    SMTPUTF8_UNSUPPORTED = "smtputf8_unsupported"
    # Not a policy rule: the inspection failed or timed out and the policy's ``fail_open`` delivered
    # the message uninspected.
    FAIL_OPEN = "fail_open"


EVALUATION_ORDER: tuple[Rule, ...] = (
    Rule.EXCEPTION,
    Rule.INTERNAL,
    Rule.AUTO_FORWARD,
    Rule.WEBMAIL,
    Rule.UNINSPECTABLE,
    Rule.ALREADY_ENCRYPTED,
    Rule.GATEWAY_ENCRYPTED,
    Rule.NO_KEY,
    Rule.NOT_CONFIDENTIAL,
)


class Forwarding(StrEnum):
    AUTO = "auto"
    MANUAL = "manual"


@dataclass(frozen=True, slots=True)
class Envelope:
    """The SMTP envelope as received (addresses without angle brackets; "" is the null sender)."""

    mail_from: str
    rcpt_tos: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EncryptionStatus:
    """Whether the message as submitted is really OpenPGP-encrypted, and to which key ids."""

    encrypted: bool
    kind: str = ""  # "pgp/mime", "inline", or "" when not encrypted
    key_ids: frozenset[str] = frozenset()  # 16-hex-digit recipient key ids read from the PKESK packets
    note: str = ""  # why a lookalike was not accepted (fake multipart/encrypted, armor without packets…)


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """Everything about the message (not the recipients) the decision needs."""

    inspection: Inspection
    encryption: EncryptionStatus
    forwarding: Forwarding | None
    forwarding_markers: tuple[str, ...] = ()  # header names that showed an automatic forward
    forced_confidential: bool = False  # a Subject tag like [chiffrer]
    message_id: str = ""

    @property
    def confidential(self) -> bool:
        return self.inspection.confidential or self.forced_confidential

    @property
    def uninspectable(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.inspection.findings if f.type == "uninspectable")


@dataclass(frozen=True, slots=True)
class Decision:
    """One per recipient. ``action`` is what will be done; in audit mode a refusal is recorded in
    ``audit_action`` (what enforce mode would have done) while ``action`` delivers."""

    recipient: str
    action: Action
    rule: Rule
    audit_action: Action | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def reasons(self) -> list[str]:
        return [self.rule.value]


@dataclass(frozen=True, slots=True)
class Refusal:
    """One refused recipient and why: the rule, the finding types, the status for the DSN."""

    recipient: str
    rule: Rule
    finding_types: tuple[str, ...] = ()
    status: str = "5.7.1"  # RFC 3463: delivery not authorized, message refused
    diagnostic: str = ""  # the next hop's reply, ASCII, for next_hop_refused
    quarantine_id: str = ""  # the message's quarantine entry (proxy.quarantine), when it was kept
