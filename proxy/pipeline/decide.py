"""The decision step: envelope + message facts + policy + known keys -> one Decision per recipient.

Pure: no I/O, no clock, no globals. The first rule of ``EVALUATION_ORDER`` that applies to a
recipient decides (documented in docs/policy.md):

1. ``exception``          a security-approved exception matches (sender, recipient): deliver.
2. ``internal``           the recipient is internal: deliver untouched.
3. ``auto_forward``       the message was automatically forwarded/redirected: refuse.
4. ``webmail``            public webmail recipient (scope "all", or "confidential" and the
                          message is confidential): refuse.
5. ``uninspectable``      part of the content could not be inspected: deliver if the message is
                          already encrypted, encrypt if the recipient's key is known, else refuse.
6. ``already_encrypted``  the message arrived OpenPGP-encrypted: deliver as is (never encrypted
                          twice); a warning when the keyring holds the recipient's key and the
                          message is not encrypted to it.
7. ``gateway_encrypted``  confidential and the recipient's key is known: encrypt.
8. ``no_key``             confidential and no usable key: refuse.
9. ``not_confidential``   deliver (or encrypt when ``encryption.opportunistic`` and the key is
                          known: rule ``gateway_encrypted``).

Audit mode (global ``mode`` or per rule ``[rules]``) turns a refusal into a delivery, recording
the refusal in ``Decision.audit_action``.
"""

from __future__ import annotations

from typing import Protocol

from sentinelle.proxy.model import Action, Decision, Envelope, Forwarding, MessageFacts, Rule
from sentinelle.proxy.policy.schema import Mode, Policy, RecipientClass, WebmailScope


class KeyLookup(Protocol):
    """What the decision needs to know about the gateway keyring (``proxy.delivery.keyring.Keyring``)."""

    def has_usable_key(self, address: str) -> bool:
        """An administrator-imported, unexpired, unrevoked encryption key with a UID of exactly
        this address."""
        ...

    def key_ids(self, address: str) -> frozenset[str]:
        """16-hex-digit key ids (primary and subkeys, upper case) of this address's usable keys."""
        ...


WARNING_NOT_ENCRYPTED_TO_KNOWN_KEY = "already_encrypted_not_to_known_key"


def decide(envelope: Envelope, facts: MessageFacts, policy: Policy, keys: KeyLookup) -> tuple[Decision, ...]:
    """One Decision per envelope recipient, in envelope order."""
    return tuple(_decide_one(envelope.mail_from, recipient, facts, policy, keys) for recipient in envelope.rcpt_tos)


def _decide_one(sender: str, recipient: str, facts: MessageFacts, policy: Policy, keys: KeyLookup) -> Decision:
    if any(exception.matches(sender, recipient) for exception in policy.exceptions):
        return Decision(recipient, Action.DELIVER, Rule.EXCEPTION)
    klass = policy.recipient_class(recipient)
    if klass is RecipientClass.INTERNAL:
        return Decision(recipient, Action.DELIVER, Rule.INTERNAL)
    if facts.forwarding is Forwarding.AUTO:
        return _refuse(recipient, Rule.AUTO_FORWARD, policy)
    if klass is RecipientClass.WEBMAIL and (
            policy.webmail.scope is WebmailScope.ALL or facts.confidential):
        return _refuse(recipient, Rule.WEBMAIL, policy)
    encrypted = facts.encryption.encrypted
    if facts.uninspectable:
        if encrypted:
            return _already_encrypted(recipient, facts, keys)
        if keys.has_usable_key(recipient):
            return Decision(recipient, Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED)
        return _refuse(recipient, Rule.UNINSPECTABLE, policy)
    if encrypted:
        return _already_encrypted(recipient, facts, keys)
    if facts.confidential:
        if keys.has_usable_key(recipient):
            return Decision(recipient, Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED)
        return _refuse(recipient, Rule.NO_KEY, policy)
    if policy.encryption.opportunistic and keys.has_usable_key(recipient):
        return Decision(recipient, Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED)
    return Decision(recipient, Action.DELIVER, Rule.NOT_CONFIDENTIAL)


def _already_encrypted(recipient: str, facts: MessageFacts, keys: KeyLookup) -> Decision:
    # Nothing readable leaks whoever the message is encrypted to; but if we know the recipient's
    # key and it is not among the PKESK recipients, the recipient probably cannot read it.
    known = keys.key_ids(recipient)
    warnings: tuple[str, ...] = ()
    if known and not (known & facts.encryption.key_ids):
        warnings = (WARNING_NOT_ENCRYPTED_TO_KNOWN_KEY,)
    return Decision(recipient, Action.DELIVER, Rule.ALREADY_ENCRYPTED, warnings=warnings)


def _refuse(recipient: str, rule: Rule, policy: Policy) -> Decision:
    if policy.mode_for(rule.value) is Mode.AUDIT:
        return Decision(recipient, Action.DELIVER, rule, audit_action=Action.REJECT)
    return Decision(recipient, Action.REJECT, rule)
