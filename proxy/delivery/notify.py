"""Sentinelle's refusal notification: RFC 3464 multipart/report, content-free, French then English.

Sent instead of a bounce when a recipient is refused (by policy or permanently by the next hop), and
only to an internal envelope sender (the caller checks ``policy.is_internal``). It carries **no body,
no attachment and not the original Subject** (any of them may hold patient data): only the original
Message-ID and Date, the refused recipient, the rule, the kinds of data found (finding types, never
values) and what to do. ``Auto-Submitted: auto-replied`` (RFC 3834) and the null envelope sender
(the caller sends it with ``MAIL FROM:<>``) keep it from looping or bouncing.

A notice to a forged internal sender is a phishing channel: whoever wrote the message chose its
Message-ID, Date and recipients. The text the physician reads therefore quotes only the refused
addresses (control, format and line-separator characters replaced, length capped) and the date
as Sentinelle re-renders it; the original Message-ID goes only into the machine-read parts
(In-Reply-To, References, text/rfc822-headers, for threading), and only when it has the plain
``<left@right>`` form of RFC 5322 within ``MESSAGE_ID_MAX`` characters.
"""

from __future__ import annotations

import quopri
import re
import unicodedata
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime

from sentinelle.proxy.model import Refusal, Rule
from sentinelle.proxy.policy.schema import OrganizationSettings

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
    "patient_contact": ("coordonnées personnelles d'un patient", "a patient's home contact details"),
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
    Rule.SMTPUTF8_UNSUPPORTED: (
        "l'adresse ou les en-têtes du message contiennent des caractères accentués (SMTPUTF8) et le "
        "serveur de messagerie suivant ne les accepte pas.",
        "Écrivez au destinataire une adresse sans accents, ou signalez-le au centre de services.",
        "the message's address or headers contain non-ASCII characters (SMTPUTF8) and the next mail "
        "server does not accept them.",
        "Use an address without accents for the recipient, or report it to the service desk.",
    ),
}
_GENERIC = ("le destinataire a été refusé par la politique de sécurité.", "",
            "the recipient was refused by the security policy.", "")


_ENHANCED_STATUS = re.compile(r"([245])\.(\d{1,3})\.(\d{1,3})(?!\S)")


def status_from_reply(code: int, text: str) -> str:
    """The RFC 3463 status of a next hop's permanent refusal for the report: the enhanced code the
    next hop gave (RFC 2034: first in the reply text) when its class agrees with the basic code, else
    one derived from the basic code (RFC 3463 section 3: ``5.0.0`` when nothing more is known)."""
    found = _ENHANCED_STATUS.match(text.strip())
    if found is not None and found.group(1) == str(code)[0]:
        return found.group(0)
    return {550: "5.1.1", 551: "5.1.6", 552: "5.2.2", 553: "5.1.3"}.get(code, f"{str(code)[0]}.0.0")


def _ascii_field(value: str, limit: int = 250) -> str:
    return "".join(c if 0x21 <= ord(c) < 0x7F or c == " " else "?" for c in value)[:limit].strip()


# Longer than any Message-ID a mail client generates (Outlook's are about 80 characters).
MESSAGE_ID_MAX = 128
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_MESSAGE_ID = re.compile(rf"<{_ATEXT}(?:\.{_ATEXT})*@(?:{_ATEXT}(?:\.{_ATEXT})*|\[[\x21-\x5a\x5e-\x7e]*\])>")
ADDRESS_MAX = 254  # RFC 5321's limit on a path


def safe_message_id(value: str) -> str:
    """The Message-ID when it is one plain RFC 5322 msg-id of reasonable length, else ""."""
    value = value.strip()
    return value if len(value) <= MESSAGE_ID_MAX and _MESSAGE_ID.fullmatch(value) else ""


def safe_date(value: str) -> datetime | None:
    """The Date header as a date (re-rendered by the caller, never quoted), None if unreadable."""
    try:
        return parsedate_to_datetime(value.strip()) if value.strip() else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def final_recipient(address: str) -> str:
    """The Final-Recipient value: ``rfc822; ADDR`` for an ASCII address, else RFC 6533's
    ``utf-8; ADDR`` in utf-8-addr-xtext form (every character outside printable ASCII, and the
    backslash, plus and equals signs, as ``\\x{HEX}``), which keeps the report 7-bit."""
    if all(0x21 <= ord(c) < 0x7F for c in address):
        return f"rfc822; {address}"
    encoded = "".join(c if 0x21 <= ord(c) < 0x7F and c not in "\\+=" else f"\\x{{{ord(c):X}}}" for c in address)
    return f"utf-8; {encoded}"


def safe_address(address: str) -> str:
    """An address for a human reader: every control, format (bidi, zero-width) and separator
    character but the plain space becomes "?", and the length is capped."""
    shown = "".join("?" if unicodedata.category(c)[0] in "CZ" and c != " " else c for c in address)
    return shown[:ADDRESS_MAX] + ("…" if len(shown) > ADDRESS_MAX else "")


def _types_text(types: Sequence[str], english: bool) -> str:
    words = [FINDING_WORDS.get(t, (t, t))[1 if english else 0] for t in types]
    return ", ".join(words)


def notification_text(refusals: Sequence[Refusal], organization: OrganizationSettings, message_id: str,
                      date: str, sentinelle_id: str = "", *, others_received: bool = True) -> str:
    """The human-readable part: French first, then English. ``message_id`` is not quoted here
    (see the module docstring); ``date`` only re-rendered. ``others_received`` False (every
    recipient was refused): no sentence about other recipients."""
    parsed = safe_date(date)
    when = format_datetime(parsed) if parsed is not None else "-"
    french = ["Bonjour,", "",
              "Sentinelle, la passerelle de protection des renseignements de santé, n'a pas remis votre "
              "message aux destinataires ci-dessous."
              + (" Les autres destinataires l'ont reçu normalement." if others_received else ""),
              "", f"Date du message : {when}"] + ([f"Référence Sentinelle : {sentinelle_id}"] if sentinelle_id
                                                   else []) + [""]
    english = ["Hello,", "",
               "Sentinelle, the health-information protection gateway, did not deliver your message to "
               "the recipients below." + (" The other recipients received it normally." if others_received else ""),
               "", f"Message date: {when}"] + ([f"Sentinelle reference: {sentinelle_id}"] if sentinelle_id
                                                else []) + [""]
    for refusal in refusals:
        fr_reason, fr_advice, en_reason, en_advice = RULE_TEXT.get(refusal.rule, _GENERIC)
        shown = safe_address(refusal.recipient)
        french.append(f"- {shown} (règle {refusal.rule.value}) : {fr_reason}")
        english.append(f"- {shown} (rule {refusal.rule.value}): {en_reason}")
        if refusal.finding_types:
            french.append(f"  Types de renseignements détectés : {_types_text(refusal.finding_types, False)}.")
            english.append(f"  Kinds of data found: {_types_text(refusal.finding_types, True)}.")
        if fr_advice:
            french.append(f"  Que faire : {fr_advice}")
            english.append(f"  What to do: {en_advice}")
        french.append("")
        english.append("")
    for quarantine_id in dict.fromkeys(r.quarantine_id for r in refusals if r.quarantine_id):
        french += [f"Le message est conservé en quarantaine sous l'identifiant {quarantine_id}. Le centre "
                   "de services peut le libérer pour ces destinataires (par exemple dès qu'il a la clé "
                   "publique du destinataire) : donnez-lui cet identifiant.", ""]
        english += [f"The message is kept in quarantine under ID {quarantine_id}. The service desk can "
                    "release it to these recipients (for instance as soon as it has the recipient's public "
                    "key): give them this ID.", ""]
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
    sentinelle_id: str = "",
    arrival: datetime | None = None,
    others_received: bool = True,
) -> bytes:
    """The whole notification message (CRLF, 7-bit) for envelope sender ``sender``.

    Send it with the null envelope sender ``<>`` to ``sender``. Parts: text/plain (bilingual,
    quoted-printable UTF-8), message/delivery-status (one per-recipient block per refusal),
    text/rfc822-headers with the original Message-ID and Date only. ``arrival``: when Sentinelle
    received the message (RFC 3464 Arrival-Date; default ``now``)."""
    moment = now or datetime.now(UTC)
    boundary = f"=_sentinelle_{uuid.uuid4().hex}"
    domain = organization.notification_from.rpartition("@")[2] or "localhost"
    mta = _ascii_field(reporting_mta) or "localhost"
    original_id = safe_message_id(message_id)
    text = notification_text(refusals, organization, message_id, date, sentinelle_id,
                             others_received=others_received)
    encoded_text = quopri.encodestring(text.encode("utf-8")).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

    headers = [
        f"From: Sentinelle <{organization.notification_from}>",
        f"To: <{safe_address(sender)}>",
        f"Subject: {Header(SUBJECT, 'utf-8').encode()}",
        f"Date: {format_datetime(moment)}",
        f"Message-ID: <{uuid.uuid4().hex}@{domain}>",
        "Auto-Submitted: auto-replied",
        *([f"X-Sentinelle-ID: {sentinelle_id}"] if sentinelle_id else []),
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"',
    ]
    if original_id:
        headers.insert(5, f"In-Reply-To: {original_id}")
        headers.insert(6, f"References: {original_id}")
    status = [f"Reporting-MTA: dns; {mta}", f"Arrival-Date: {format_datetime(arrival or moment)}", ""]
    for refusal in refusals:
        diagnostic = _ascii_field(refusal.diagnostic) or f"Sentinelle policy rule {refusal.rule.value}"
        status += [
            f"Final-Recipient: {final_recipient(refusal.recipient)}",
            "Action: failed",
            f"Status: {refusal.status}",
            f"Diagnostic-Code: smtp; {diagnostic}",
            "",
        ]
    original = [f"Message-ID: {original_id}"] if original_id else []
    original_date = safe_date(date)
    if original_date is not None:
        original.append(f"Date: {format_datetime(original_date)}")

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
