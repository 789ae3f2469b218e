"""The decision table: every rule of the evaluation order, mixed recipients, audit mode."""

from __future__ import annotations

import dataclasses

import pytest

from sentinelle.proxy.model import (
    EVALUATION_ORDER,
    Action,
    Decision,
    EncryptionStatus,
    Envelope,
    Forwarding,
    MessageFacts,
    Rule,
)
from sentinelle.proxy.pipeline.decide import WARNING_NOT_ENCRYPTED_TO_KNOWN_KEY, decide
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from sentinelle.proxy.policy.schema import Mode, Policy, WebmailScope
from tests.policy_support import FakeKeys, finding, inspection

SENDER = "dre.gagnon@chum.ssss.gouv.qc.ca"
INTERNAL = "inf.roy@ssss.gouv.qc.ca"
EXTERNAL_KEY = "dr.lab@clinique.example"
EXTERNAL_NOKEY = "secretariat@clinique.example"
WEBMAIL = "patient.x@gmail.com"
PARTNER = "dr.x@lab.partenaire.example"
KEYS = FakeKeys({EXTERNAL_KEY: frozenset({"AAAAAAAAAAAAAAAA"}), WEBMAIL: frozenset({"BBBBBBBBBBBBBBBB"})})

PLAIN = EncryptionStatus(False)
ENCRYPTED_TO_KEY = EncryptionStatus(True, "pgp/mime", frozenset({"AAAAAAAAAAAAAAAA"}))
ENCRYPTED_OTHER = EncryptionStatus(True, "pgp/mime", frozenset({"CCCCCCCCCCCCCCCC"}))


def shipped(**changes: object) -> Policy:
    text = shipped_policy_text().replace('# "partenaire-sante.example" = "internal"',
                                         '"partenaire.example" = "internal"')
    policy = parse_policy(text.encode() + b'\n[[exceptions]]\nsender = "dre.gagnon@chum.ssss.gouv.qc.ca"\n'
                          b'recipient = "@approuve.example"\nreason = "Entente test"\n')
    return dataclasses.replace(policy, **changes)  # type: ignore[arg-type]


def facts(*, confidential: bool = False, uninspectable: bool = False, encryption: EncryptionStatus = PLAIN,
          forwarding: Forwarding | None = None, forced: bool = False) -> MessageFacts:
    found = [finding("ramq_nam")] if confidential else []
    if uninspectable:
        found.append(finding("uninspectable", "attachment:x.zip", 1.0, "encrypted_archive"))
    return MessageFacts(inspection=inspection(*found, confidential=confidential), encryption=encryption,
                        forwarding=forwarding, forced_confidential=forced)


def one(recipient: str, message: MessageFacts, policy: Policy | None = None, sender: str = SENDER) -> Decision:
    (decision,) = decide(Envelope(sender, (recipient,)), message, policy or shipped(), KEYS)
    return decision


TABLE = [
    # (id, recipient, facts, expected action, expected rule)
    ("exception-beats-everything", "x@approuve.example",
     facts(confidential=True, forwarding=Forwarding.AUTO), Action.DELIVER, Rule.EXCEPTION),
    ("internal-confidential", INTERNAL, facts(confidential=True), Action.DELIVER, Rule.INTERNAL),
    ("internal-auto-forward", INTERNAL, facts(forwarding=Forwarding.AUTO), Action.DELIVER, Rule.INTERNAL),
    ("internal-uninspectable", INTERNAL, facts(uninspectable=True), Action.DELIVER, Rule.INTERNAL),
    ("partner-override-internal", PARTNER, facts(confidential=True), Action.DELIVER, Rule.INTERNAL),
    ("auto-forward-external-even-with-key", EXTERNAL_KEY, facts(forwarding=Forwarding.AUTO),
     Action.REJECT, Rule.AUTO_FORWARD),
    ("auto-forward-before-webmail", WEBMAIL, facts(forwarding=Forwarding.AUTO), Action.REJECT, Rule.AUTO_FORWARD),
    ("auto-forward-already-encrypted", EXTERNAL_KEY, facts(forwarding=Forwarding.AUTO, encryption=ENCRYPTED_TO_KEY),
     Action.REJECT, Rule.AUTO_FORWARD),
    ("manual-forward-is-ordinary", EXTERNAL_NOKEY, facts(forwarding=Forwarding.MANUAL),
     Action.DELIVER, Rule.NOT_CONFIDENTIAL),
    ("webmail-not-confidential", WEBMAIL, facts(), Action.REJECT, Rule.WEBMAIL),
    ("webmail-even-encrypted", WEBMAIL, facts(encryption=ENCRYPTED_TO_KEY), Action.REJECT, Rule.WEBMAIL),
    ("uninspectable-no-key", EXTERNAL_NOKEY, facts(uninspectable=True), Action.REJECT, Rule.UNINSPECTABLE),
    ("uninspectable-key-encrypts", EXTERNAL_KEY, facts(uninspectable=True), Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED),
    ("uninspectable-already-encrypted", EXTERNAL_NOKEY, facts(uninspectable=True, encryption=ENCRYPTED_OTHER),
     Action.DELIVER, Rule.ALREADY_ENCRYPTED),
    ("confidential-already-encrypted", EXTERNAL_KEY, facts(confidential=True, encryption=ENCRYPTED_TO_KEY),
     Action.DELIVER, Rule.ALREADY_ENCRYPTED),
    ("confidential-key", EXTERNAL_KEY, facts(confidential=True), Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED),
    ("confidential-no-key", EXTERNAL_NOKEY, facts(confidential=True), Action.REJECT, Rule.NO_KEY),
    ("forced-by-tag-no-key", EXTERNAL_NOKEY, facts(forced=True), Action.REJECT, Rule.NO_KEY),
    ("not-confidential-no-key", EXTERNAL_NOKEY, facts(), Action.DELIVER, Rule.NOT_CONFIDENTIAL),
    ("not-confidential-opportunistic", EXTERNAL_KEY, facts(), Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED),
    ("not-confidential-encrypted-not-twice", EXTERNAL_KEY, facts(encryption=ENCRYPTED_TO_KEY),
     Action.DELIVER, Rule.ALREADY_ENCRYPTED),
    ("recipient-domain-case-insensitive", "Dr.Lab@CLINIQUE.example", facts(confidential=True),
     Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED),
]


@pytest.mark.parametrize(("recipient", "message", "action", "rule"), [row[1:] for row in TABLE],
                         ids=[row[0] for row in TABLE])
def test_evaluation_order(recipient: str, message: MessageFacts, action: Action, rule: Rule) -> None:
    decision = one(recipient, message)
    assert (decision.action, decision.rule) == (action, rule)
    assert decision.audit_action is None


def test_every_rule_is_exercised_by_the_table() -> None:
    assert {row[4] for row in TABLE} == set(EVALUATION_ORDER)


def test_webmail_scope_confidential() -> None:
    policy = shipped(webmail=dataclasses.replace(shipped().webmail, scope=WebmailScope.CONFIDENTIAL))
    assert one(WEBMAIL, facts(), policy).rule is Rule.GATEWAY_ENCRYPTED  # key known: opportunistic
    assert one("nokey@hotmail.com", facts(), policy) == Decision("nokey@hotmail.com", Action.DELIVER,
                                                                 Rule.NOT_CONFIDENTIAL)
    assert one("nokey@hotmail.com", facts(confidential=True), policy).rule is Rule.WEBMAIL


def test_opportunistic_off() -> None:
    policy = shipped(encryption=dataclasses.replace(shipped().encryption, opportunistic=False))
    assert one(EXTERNAL_KEY, facts(), policy) == Decision(EXTERNAL_KEY, Action.DELIVER, Rule.NOT_CONFIDENTIAL)
    assert one(EXTERNAL_KEY, facts(confidential=True), policy).action is Action.ENCRYPT


def test_already_encrypted_to_another_key_warns_when_we_know_the_recipient_key() -> None:
    decision = one(EXTERNAL_KEY, facts(confidential=True, encryption=ENCRYPTED_OTHER))
    assert decision.action is Action.DELIVER and decision.rule is Rule.ALREADY_ENCRYPTED
    assert decision.warnings == (WARNING_NOT_ENCRYPTED_TO_KNOWN_KEY,)
    assert one(EXTERNAL_NOKEY, facts(confidential=True, encryption=ENCRYPTED_OTHER)).warnings == ()
    assert one(EXTERNAL_KEY, facts(confidential=True, encryption=ENCRYPTED_TO_KEY)).warnings == ()


def test_mixed_recipients_are_decided_one_by_one_in_envelope_order() -> None:
    recipients = (INTERNAL, EXTERNAL_KEY, EXTERNAL_NOKEY, WEBMAIL, PARTNER)
    decisions = decide(Envelope(SENDER, recipients), facts(confidential=True), shipped(), KEYS)
    assert [(d.recipient, d.action, d.rule) for d in decisions] == [
        (INTERNAL, Action.DELIVER, Rule.INTERNAL),
        (EXTERNAL_KEY, Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED),
        (EXTERNAL_NOKEY, Action.REJECT, Rule.NO_KEY),
        (WEBMAIL, Action.REJECT, Rule.WEBMAIL),
        (PARTNER, Action.DELIVER, Rule.INTERNAL),
    ]


def test_exception_needs_the_sender_too() -> None:
    assert one("x@approuve.example", facts(confidential=True), sender="autre@ssss.gouv.qc.ca").rule is Rule.NO_KEY


@pytest.mark.parametrize(("recipient", "message", "rule"), [
    (EXTERNAL_KEY, facts(forwarding=Forwarding.AUTO), Rule.AUTO_FORWARD),
    (WEBMAIL, facts(), Rule.WEBMAIL),
    (EXTERNAL_NOKEY, facts(uninspectable=True), Rule.UNINSPECTABLE),
    (EXTERNAL_NOKEY, facts(confidential=True), Rule.NO_KEY),
])
def test_global_audit_mode_delivers_and_records_the_refusal(recipient: str, message: MessageFacts, rule: Rule) -> None:
    decision = one(recipient, message, shipped(mode=Mode.AUDIT))
    assert decision == Decision(recipient, Action.DELIVER, rule, audit_action=Action.REJECT)


def test_audit_mode_leaves_encryption_alone() -> None:
    assert one(EXTERNAL_KEY, facts(confidential=True), shipped(mode=Mode.AUDIT)) == Decision(
        EXTERNAL_KEY, Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED)


def test_per_rule_audit_mode() -> None:
    policy = parse_policy(shipped_policy_text().encode().replace(b'# webmail = "audit"', b'webmail = "audit"'))
    assert policy.mode_for("webmail") is Mode.AUDIT
    assert one(WEBMAIL, facts(), policy).audit_action is Action.REJECT
    assert one(EXTERNAL_NOKEY, facts(confidential=True), policy) == Decision(EXTERNAL_NOKEY, Action.REJECT,
                                                                             Rule.NO_KEY)


def test_per_rule_enforce_inside_global_audit() -> None:
    text = shipped_policy_text().replace('mode = "enforce"', 'mode = "audit"').replace(
        '# webmail = "audit"', 'no_key = "enforce"')
    policy = parse_policy(text.encode())
    assert one(EXTERNAL_NOKEY, facts(confidential=True), policy).action is Action.REJECT
    assert one(WEBMAIL, facts(), policy).action is Action.DELIVER


def test_decide_is_pure_and_deterministic() -> None:
    envelope = Envelope(SENDER, (EXTERNAL_KEY, EXTERNAL_NOKEY))
    message = facts(confidential=True)
    assert decide(envelope, message, shipped(), KEYS) == decide(envelope, message, shipped(), KEYS)


def test_reasons_are_canonical_rule_names() -> None:
    assert one(EXTERNAL_NOKEY, facts(confidential=True)).reasons == ["no_key"]
