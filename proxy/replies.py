"""Every SMTP reply Sentinelle sends itself, as named constants with RFC 3463 enhanced status codes.

ASCII only: a reply line is read by MTAs, logged by them, and sometimes quoted in bounces. Temporary
failures never say why in detail (a Postfix habit: the client sees "451", the log has the cause), so
nothing about the content or the recipients can leak through a reply.
"""

from __future__ import annotations

from typing import Final

# --- success -----------------------------------------------------------------------------------------
SENDER_OK: Final = "250 2.1.0 Sender OK"
RECIPIENT_OK: Final = "250 2.1.5 Recipient OK"


def queued_as(sentinelle_id: str) -> str:
    """The reply to DATA that names the message, as Postfix and amavisd-new answer: Postfix logs it
    next to its own queue ID (``status=sent (250 2.0.0 Ok: queued as ID)``). Given only after the
    next hop accepted every relayed recipient (and took the notification, if any)."""
    return f"250 2.0.0 Ok: queued as {sentinelle_id}"


# --- temporary failures (the upstream MTA keeps the message and retries) -------------------------------
TEMPFAIL: Final = "451 4.3.0 Temporary failure, please retry later"
NEXT_HOP_TEMPFAIL: Final = "451 4.4.1 Next hop unavailable, please retry later"
INSPECTION_TIMEOUT: Final = "451 4.3.0 Inspection timed out, please retry later"
TOO_MANY_CONNECTIONS: Final = "421 4.3.2 Too many connections, try again later"
SHUTTING_DOWN: Final = "421 4.3.2 Service shutting down, try again later"
# Any timer (first command, idle between commands, idle in DATA, transaction deadline): sent, then closed.
TIMEOUT: Final = "421 4.4.2 Timeout exceeded, closing connection"
TOO_MANY_RECIPIENTS: Final = "452 4.5.3 Too many recipients"
# server.max_buffered_bytes reached: the process holds as much message data as it may.
INSUFFICIENT_STORAGE: Final = "452 4.3.1 Insufficient system storage, try again later"

# --- permanent refusals of the SMTP dialogue (never of a message's content: see the reliability contract) --
ACCESS_DENIED: Final = "554 5.7.1 Access denied"
SENDER_SYNTAX: Final = "501 5.1.7 Invalid character in sender address"
RECIPIENT_SYNTAX: Final = "501 5.1.3 Invalid character in recipient address"
SENDER_MALFORMED: Final = "553 5.1.7 Malformed sender address"
RECIPIENT_MALFORMED: Final = "553 5.1.3 Malformed recipient address"
SENDER_TOO_LONG: Final = "553 5.1.7 Sender address too long"
RECIPIENT_TOO_LONG: Final = "553 5.1.3 Recipient address too long"
# Routing characters in the local part ("x@gmail.com"@dom, x%gmail.com@dom, gmail.com!x@dom): proxy.smtp.addresses.
SENDER_ROUTING: Final = "553 5.1.7 Routing characters (@ % !) not allowed in the sender's local part"
RECIPIENT_ROUTING: Final = "553 5.1.3 Routing characters (@ % !) not allowed in the recipient's local part"
# A Unicode domain that is not IDNA 2008 or that UTS 46 would rewrite (proxy.policy.schema.canonical_domain).
SENDER_DOMAIN_NOT_CANONICAL: Final = "553 5.1.7 Sender domain is not a canonical IDNA 2008 name"
RECIPIENT_DOMAIN_NOT_CANONICAL: Final = "553 5.1.3 Recipient domain is not a canonical IDNA 2008 name"
NULL_RECIPIENT: Final = "553 5.1.3 Null recipient not allowed"
MESSAGE_TOO_BIG: Final = "552 5.3.4 Message size exceeds fixed maximum message size"
NESTED_MAIL: Final = "503 5.5.1 Nested MAIL command"
NEED_RCPT: Final = "503 5.5.1 Error: need RCPT command"
NEED_MAIL: Final = "503 5.5.1 Error: need MAIL command"
MAIL_SYNTAX: Final = "501 5.5.4 Syntax: MAIL FROM:<address> [SIZE= BODY= SMTPUTF8 RET= ENVID=]"
RCPT_SYNTAX: Final = "501 5.5.4 Syntax: RCPT TO:<address> [NOTIFY= ORCPT=]"
PARAMETER_NOT_IMPLEMENTED: Final = "555 5.5.4 Unsupported parameter"
XFORWARD_OK: Final = "250 2.0.0 Ok"
XFORWARD_SYNTAX: Final = "501 5.5.4 Bad XFORWARD attribute"
XFORWARD_IN_TRANSACTION: Final = "503 5.5.1 Error: MAIL transaction in progress"
DATA_SYNTAX: Final = "501 5.5.4 Syntax: DATA"

# --- intermediate (no enhanced status code: RFC 2034 section 3 and Postfix's practice) ------------------
START_DATA: Final = "354 End data with <CR><LF>.<CR><LF>"
