"""The aiosmtpd handler: the per-server state and the SMTP hooks, each short, that hand a message to the pipeline."""

from __future__ import annotations

import logging
from collections.abc import Callable

from aiosmtpd.proxy_protocol import ProxyData
from aiosmtpd.smtp import SMTP
from aiosmtpd.smtp import Envelope as SmtpEnvelope
from aiosmtpd.smtp import Session as SmtpSession

from sentinelle.proxy import replies
from sentinelle.proxy.delivery.relay import SESSION_PARAMETERS
from sentinelle.proxy.model import Envelope
from sentinelle.proxy.observability import metrics
from sentinelle.proxy.pipeline import flow
from sentinelle.proxy.pipeline.services import Services, log_error
from sentinelle.proxy.policy.schema import ServerSettings
from sentinelle.proxy.smtp.addresses import check_address
from sentinelle.proxy.smtp.lmtp import RecipientReplies
from sentinelle.proxy.smtp.server import STRESS_FRACTION, XFORWARD_ATTRIBUTES, _Guarded

log = logging.getLogger(__name__)


class ServerState:
    """Per-process state shared by every connection: where the current services come from, the
    connection count, draining (SIGTERM), and the message bytes held (``server.max_buffered_bytes``)."""

    def __init__(self, services: Callable[[], Services], *, lmtp: bool = False) -> None:
        self.services = services
        self.lmtp = lmtp
        self.connections: set[_Guarded] = set()
        self.draining = False
        self.buffered_bytes = 0

    def under_stress(self) -> bool:
        """Most connection slots taken: idle connections get ``STRESS_IDLE_SECONDS``."""
        return len(self.connections) >= STRESS_FRACTION * self.settings.max_connections

    def reserve(self, size: int, budget: int) -> bool:
        """Count ``size`` more bytes of message data held by this process, if ``budget``
        (``server.max_buffered_bytes``, read once per message) allows."""
        if self.buffered_bytes + size > budget:
            return False
        self.buffered_bytes += size
        return True

    def release(self, size: int) -> None:
        self.buffered_bytes -= size

    @property
    def settings(self) -> ServerSettings:
        return self.services().policy.server


class Handler:
    """aiosmtpd hooks: EHLO (PIPELINING), MAIL/RCPT (address checks, recipient limit), DATA (pipeline)."""

    def __init__(self, state: ServerState) -> None:
        self.state = state

    async def handle_EHLO(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope, hostname: str,
                          responses: list[str]) -> list[str]:
        session.host_name = hostname  # aiosmtpd leaves this to a 5-argument hook
        if isinstance(server, _Guarded):
            server.introduced()
        return [*responses[:-1], "250-PIPELINING", "250-DSN", f"250-XFORWARD {' '.join(XFORWARD_ATTRIBUTES)}",
                responses[-1]]

    async def handle_HELO(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope,
                          hostname: str) -> str:
        session.host_name = hostname
        if isinstance(server, _Guarded):
            server.introduced()
        return f"250 {server.hostname}"

    async def handle_MAIL(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope, address: str,
                          mail_options: list[str]) -> str:
        problem = check_address("" if address == "<>" else address, sender=True)
        if problem is not None:
            return problem
        envelope.mail_from = address  # "<>" kept: aiosmtpd tests mail_from for truth at RCPT
        envelope.mail_options.extend(mail_options)
        if isinstance(server, _Guarded):
            server.transaction_started()
        return replies.SENDER_OK

    async def handle_RCPT(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope, address: str,
                          rcpt_options: list[str]) -> str:
        problem = check_address("" if address == "<>" else address, sender=False)
        if problem is not None:
            return problem
        if len(envelope.rcpt_tos) >= self.state.settings.max_recipients:
            return replies.TOO_MANY_RECIPIENTS
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return replies.RECIPIENT_OK

    async def handle_DATA(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope) -> str:
        assert isinstance(server, _Guarded)
        server.processing_started()
        raw = envelope.original_content or b""
        sender = "" if envelope.mail_from in (None, "<>") else str(envelope.mail_from)
        token = SESSION_PARAMETERS.set(server.session_parameters(sender))
        try:
            outcome = await flow.process(self.state.services(), raw, Envelope(sender, tuple(envelope.rcpt_tos)),
                                    smtputf8=envelope.smtp_utf8, lmtp=self.state.lmtp)
        finally:
            SESSION_PARAMETERS.reset(token)
        if self.state.lmtp:
            return RecipientReplies(outcome.replies)  # type: ignore[return-value]
        return outcome.reply

    async def handle_PROXY(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope,
                           proxy_data: ProxyData) -> bool:
        """``server.proxy_protocol``: the load balancer (the TCP peer, already checked) names the real
        client; that client must be in ``allowed_networks`` too. A header without addresses
        (``PROXY UNKNOWN``, v2 LOCAL: the balancer's own health check) stands for the peer itself."""
        client = "" if proxy_data.src_addr is None else str(proxy_data.src_addr)
        if not client or self.state.settings.allows(client):
            return True
        metrics.CONNECTIONS_REFUSED.labels(reason="network").inc()
        log.warning("connection refused: %s (named by the PROXY header) is not in server.allowed_networks", client)
        await server.push(replies.ACCESS_DENIED)
        return False

    async def handle_exception(self, error: Exception) -> str:
        log_error("SMTP session error; answering 451", error)
        return replies.TEMPFAIL
