"""Plan: per-recipient decisions -> the onward transactions, refusals and temporary failures. Pure.

Recipients delivered as is share one transaction per distinct set of added headers (normally one:
they differ only when audit-mode headers differ). Each gateway-encrypted recipient gets its own
transaction (its own encrypted copy). Refused recipients become ``Refusal`` entries for the
notification and the audit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sentinelle.proxy.model import Action, Decision, Refusal

AUDIT_HEADER = "X-Sentinelle-Audit"


@dataclass(frozen=True, slots=True)
class Delivery:
    """One onward transaction: these recipients, this copy (plain or encrypted), these added headers."""

    recipients: tuple[str, ...]
    encrypt: bool = False
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Plan:
    deliveries: tuple[Delivery, ...]
    refusals: tuple[Refusal, ...]


def audit_headers(decision: Decision) -> tuple[tuple[str, str], ...]:
    """``X-Sentinelle-Audit: would-<action> rule=<rule>`` for a decision taken in audit mode."""
    if decision.audit_action is None:
        return ()
    return ((AUDIT_HEADER, f"would-{decision.audit_action.value} rule={decision.rule.value}"),)


def make_plan(decisions: Sequence[Decision], finding_types: Sequence[str] = ()) -> Plan:
    """The plan for ``decisions`` (one per envelope recipient, envelope order kept).

    ``finding_types`` (distinct types, no values) go into the refusals for the notification."""
    plain: dict[tuple[tuple[str, str], ...], list[str]] = {}
    encrypted: list[Delivery] = []
    refusals: list[Refusal] = []
    types = tuple(dict.fromkeys(finding_types))
    for decision in decisions:
        if decision.action is Action.DELIVER:
            plain.setdefault(audit_headers(decision), []).append(decision.recipient)
        elif decision.action is Action.ENCRYPT:
            encrypted.append(Delivery((decision.recipient,), encrypt=True, headers=audit_headers(decision)))
        else:
            refusals.append(Refusal(decision.recipient, decision.rule, types))
    deliveries = tuple(Delivery(tuple(recipients), headers=headers) for headers, recipients in plain.items())
    return Plan(deliveries + tuple(encrypted), tuple(refusals))
