"""Sentinelle's refusal notification: RFC 3464 multipart/report, content-free, French then English.

Sent instead of a bounce when a recipient is refused (by policy or permanently by the next hop), and
only to an internal envelope sender (the caller checks ``policy.is_internal``). It carries **no body,
no attachment and not the original Subject** (any of them may hold patient data): only the original
Message-ID and Date, the refused recipient, the rule, the kinds of data found (finding types, never
values) and what to do. ``Auto-Submitted: auto-replied`` (RFC 3834) and the null envelope sender
(the caller sends it with ``MAIL FROM:<>``) keep it from looping or bouncing.
"""

from __future__ import annotations

import quopri
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import Header
from email.utils import format_datetime

from proxy.decision import Rule
from proxy.policy import OrganizationSettings

SUBJECT = "Sentinelle : destinataire refusé / recipient refused"

# Finding types in words (the types themselves are stable names; these are for physicians).
FINDING_WORDS: dict[str, tuple[str, str]] = {
    "ramq_nam": ("numéro d'assurance maladie (RAMQ)", "Quebec health insurance number (RAMQ)"),
    "ca_sin": ("numéro d'assurance sociale", "social insurance number"),
    "ca_health_number": ("numéro de carte santé", "health card number"),
    "be_niss": ("numéro de registre national belge", "Belgian national register number"),
    "fr_nir": ("numéro de sécurité sociale français", "French social security number"),
    "mrn": ("numéro de dossier médical", "medical record number"),
    "patient_name": ("nom de patient", "patient name"),
    "date_of_birth": ("date de naissance", "date of birth"),
    "diagnosis": ("diagnostic", "diagnosis"),
    "medication": ("médicament", "medication"),
    "lab_result": ("résultat de laboratoire", "laboratory result"),
    "clinical": ("information clinique", "clinical information"),
    "uninspectable": ("contenu impossible à inspecter", "content that could not be inspected"),
    "indexed_patient": ("patient de l'établissement (index des patients)",
                        "patient of the institution (patient index)"),
}

ENCRYPT_TOOLS_FR = "chiffrez-le avec GPG4Win (Windows), Mailvelope (navigateur) ou OpenKeychain (Android)"
ENCRYPT_TOOLS_EN = "encrypt it with GPG4Win (Windows), Mailvelope (browser) or OpenKeychain (Android)"

# rule -> (French reason, French advice, English reason, English advice)
RULE_TEXT: dict[Rule, tuple[str, str, str, str]] = {
    Rule.WEBMAIL: (
        "l'adresse appartient à un service de messagerie publique (webmail). La directive du ministère "
        "interdit d'y transmettre de l'information de santé.",
        "Écrivez plutôt à l'adresse du destinataire dans le réseau de la santé.",
        "the address belongs to a public webmail service. The ministry's directive forbids sending "
        "health information there.",
        "Write to the recipient's health-network address instead.",
    ),
    Rule.AUTO_FORWARD: (
        "le message a été transféré automatiquement vers l'extérieur du réseau, ce que la directive interdit.",
        "Désactivez la règle de transfert automatique de votre boîte ; transférez à la main ce qui peut l'être.",
        "the message was forwarded automatically outside the network, which the directive forbids.",
        "Turn off the automatic forwarding rule of your mailbox; forward by hand what may be forwarded.",
    ),
    Rule.UNINSPECTABLE: (
        "une partie du message n'a pas pu être inspectée (pièce jointe protégée par mot de passe, "
        "corrompue ou trop volumineuse), et elle ne peut pas sortir du réseau sans chiffrement.",
        f"Envoyez le contenu sous une forme lisible, ou {ENCRYPT_TOOLS_FR}.",
        "part of the message could not be inspected (password-protected, damaged or too large "
        "attachment), and it may not leave the network unencrypted.",
        f"Send the content in a readable form, or {ENCRYPT_TOOLS_EN}.",
    ),
    Rule.NO_KEY: (
        "le message contient des renseignements confidentiels et aucune clé publique du destinataire "
        "n'est connue de la passerelle ; il ne peut pas sortir du réseau sans chiffrement.",
        f"Utilisez l'adresse du destinataire dans le réseau de la santé, ou {ENCRYPT_TOOLS_FR}, "
        "ou demandez au destinataire sa clé publique OpenPGP et transmettez-la au centre de services.",
        "the message contains confidential information and the gateway knows no public key for the "
        "recipient; it may not leave the network unencrypted.",
        f"Use the recipient's health-network address, or {ENCRYPT_TOOLS_EN}, or ask the recipient "
        "for their OpenPGP public key and send it to the service desk.",
    ),
    Rule.NEXT_HOP_REFUSED: (
        "le serveur de messagerie suivant a refusé définitivement ce destinataire (adresse inexistante "
        "ou refusée).",
        "Vérifiez l'adresse du destinataire.",
        "the next mail server permanently refused this recipient (unknown or refused address).",
        "Check the recipient's address.",
    ),
}
_GENERIC = ("le destinataire a été refusé par la politique de sécurité.", "",
            "the recipient was refused by the security policy.", "")


@dataclass(frozen=True, slots=True)
class Refusal:
    """One refused recipient and why: the rule, the finding types, the status for the DSN."""

    recipient: str
    rule: Rule
    finding_types: tuple[str, ...] = ()
    status: str = "5.7.1"  # RFC 3463: delivery not authorized, message refused
    diagnostic: str = ""  # the next hop's reply, ASCII, for next_hop_refused


def _ascii_field(value: str, limit: int = 250) -> str:
    return "".join(c if 0x21 <= ord(c) < 0x7F or c == " " else "?" for c in value)[:limit].strip()


def _types_text(types: Sequence[str], english: bool) -> str:
    words = [FINDING_WORDS.get(t, (t, t))[1 if english else 0] for t in types]
    return ", ".join(words)


def notification_text(refusals: Sequence[Refusal], organization: OrganizationSettings, message_id: str,
                      date: str) -> str:
    """The human-readable part: French first, then English."""
    reference = _ascii_field(message_id) or "(sans Message-ID / no Message-ID)"
    when = _ascii_field(date) or "-"
    french = ["Bonjour,", "",
              "Sentinelle, la passerelle de protection des renseignements de santé, n'a pas remis votre "
              "message aux destinataires ci-dessous. Les autres destinataires l'ont reçu normalement.",
              "", f"Message-ID : {reference}", f"Date : {when}", ""]
    english = ["Hello,", "",
               "Sentinelle, the health-information protection gateway, did not deliver your message to "
               "the recipients below. The other recipients received it normally.",
               "", f"Message-ID: {reference}", f"Date: {when}", ""]
    for refusal in refusals:
        fr_reason, fr_advice, en_reason, en_advice = RULE_TEXT.get(refusal.rule, _GENERIC)
        french.append(f"- {refusal.recipient} (règle {refusal.rule.value}) : {fr_reason}")
        english.append(f"- {refusal.recipient} (rule {refusal.rule.value}): {en_reason}")
        if refusal.finding_types:
            french.append(f"  Types de renseignements détectés : {_types_text(refusal.finding_types, False)}.")
            english.append(f"  Kinds of data found: {_types_text(refusal.finding_types, True)}.")
        if fr_advice:
            french.append(f"  Que faire : {fr_advice}")
            english.append(f"  What to do: {en_advice}")
        french.append("")
        english.append("")
    desk = organization.service_desk or organization.notification_from
    french.append(f"Pour toute question, communiquez avec le centre de services : {desk}")
    english.append(f"For any question, contact the service desk: {desk}")
    return "\n".join([*french, "", "-" * 40, "", *english]) + "\n"


def build_notification(
    *,
    sender: str,
    refusals: Sequence[Refusal],
    organization: OrganizationSettings,
    reporting_mta: str,
    message_id: str,
    date: str,
    now: datetime | None = None,
) -> bytes:
    """The whole notification message (CRLF, 7-bit) for envelope sender ``sender``.

    Send it with the null envelope sender ``<>`` to ``sender``. Parts: text/plain (bilingual,
    quoted-printable UTF-8), message/delivery-status (one per-recipient block per refusal),
    text/rfc822-headers with the original Message-ID and Date only."""
    moment = now or datetime.now(UTC)
    boundary = f"=_sentinelle_{uuid.uuid4().hex}"
    domain = organization.notification_from.rpartition("@")[2] or "localhost"
    mta = _ascii_field(reporting_mta) or "localhost"
    original_id = _ascii_field(message_id)
    text = notification_text(refusals, organization, message_id, date)
    encoded_text = quopri.encodestring(text.encode("utf-8")).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

    headers = [
        f"From: Sentinelle <{organization.notification_from}>",
        f"To: <{sender}>",
        f"Subject: {Header(SUBJECT, 'utf-8').encode()}",
        f"Date: {format_datetime(moment)}",
        f"Message-ID: <{uuid.uuid4().hex}@{domain}>",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"',
    ]
    if original_id:
        headers.insert(5, f"In-Reply-To: {original_id}")
        headers.insert(6, f"References: {original_id}")
    status = [f"Reporting-MTA: dns; {mta}", f"Arrival-Date: {format_datetime(moment)}", ""]
    for refusal in refusals:
        diagnostic = _ascii_field(refusal.diagnostic) or f"Sentinelle policy rule {refusal.rule.value}"
        status += [
            f"Final-Recipient: rfc822; {refusal.recipient}",
            "Action: failed",
            f"Status: {refusal.status}",
            f"Diagnostic-Code: smtp; {diagnostic}",
            "",
        ]
    original = [f"Message-ID: {original_id}"] if original_id else []
    if _ascii_field(date):
        original.append(f"Date: {_ascii_field(date)}")

    crlf = "\r\n"
    out = crlf.join(headers) + crlf + crlf
    out += "This is a MIME-formatted delivery status notification." + crlf + crlf
    out += f"--{boundary}{crlf}Content-Type: text/plain; charset=utf-8{crlf}"
    out += f"Content-Transfer-Encoding: quoted-printable{crlf}{crlf}"
    body = out.encode("utf-8") + encoded_text
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    tail = f"--{boundary}{crlf}Content-Type: message/delivery-status{crlf}{crlf}"
    tail += crlf.join(status) + crlf
    tail += f"--{boundary}{crlf}Content-Type: text/rfc822-headers{crlf}{crlf}"
    tail += crlf.join(original) + (crlf if original else "") + crlf
    tail += f"--{boundary}--{crlf}"
    return body + tail.encode("utf-8")
