"""LMTP listener mode (``sentinelle serve --lmtp``): one reply per accepted recipient after DATA.

RFC 2033 section 4.2: after the final ".", an LMTP server sends one reply for each
recipient that was accepted at RCPT, in RCPT order. aiosmtpd's ``LMTP`` class only
swaps EHLO for LHLO and still sends a single reply, which makes Postfix's LMTP
client wait for the missing replies until it times out. ``PerRecipientLMTP`` fixes
that for every reply given after the 354:

* the DATA handler returns a ``RecipientReplies`` (one reply per recipient): each is
  sent as it is;
* the handler (or the DATA reader itself: "552 5.3.4" too big, "452 4.3.1" no
  room, from ``proxy.smtp.server``; "552"/"500 Line too long" with aiosmtpd's own
  reader) gives a single reply: it is repeated for every recipient, which is
  what that reply means for an SMTP client;
* the handler raises: every recipient gets ``451``, the details go to the log only
  (aiosmtpd's default would send one permanent 500 with the exception text).

What Sentinelle answers per recipient is the same contract as in SMTP mode (README,
"The reliability contract"): a recipient refused by the policy gets ``250`` and the
sender gets Sentinelle's content-free notification, because a per-recipient 5xx
would make Postfix bounce the original content to the envelope sender. What LMTP
adds is finer temporary failures: a recipient whose onward transaction failed
temporarily gets its own ``451`` while the others get ``250``, so Postfix retries
only that recipient and the others are not delivered twice.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any, AnyStr

from aiosmtpd.lmtp import LMTP

log = logging.getLogger(__name__)

TEMPFAIL_REPLY = "451 4.3.0 Temporary failure, please retry later"


class RecipientReplies(tuple[str, ...]):
    """The replies after DATA, one per accepted recipient, in RCPT order.

    A DATA hook returns this to answer each recipient separately; in SMTP mode the
    server must collapse it to one reply itself (``collapse``).
    """

    def __new__(cls, replies: Iterable[str]) -> RecipientReplies:
        items = tuple(replies)
        for reply in items:
            if len(reply) < 3 or not reply[:3].isdigit() or reply[0] not in "245" or "\n" in reply:
                raise ValueError(f"not a one-line SMTP reply: {reply!r}")
        return super().__new__(cls, items)

    @classmethod
    def uniform(cls, reply: str, count: int) -> RecipientReplies:
        """The same reply for ``count`` recipients."""
        return cls([reply] * count)

    def collapse(self) -> str:
        """The one reply an SMTP client gets: the first temporary failure, else the first permanent one,
        else the first success (a partial temporary failure must make the client retry)."""
        for prefix in ("4", "5", "2"):
            for reply in self:
                if reply.startswith(prefix):
                    return reply
        raise ValueError("no replies")


class PerRecipientLMTP(LMTP):
    """aiosmtpd's LMTP server with RFC 2033 per-recipient replies after DATA (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._data_recipients: int = 0  # recipients owed a reply; > 0 only between 354 and the replies
        self._in_data = False

    async def smtp_DATA(self, arg: str) -> None:
        self._in_data = True
        try:
            await super().smtp_DATA(arg)
        except (ConnectionError, OSError):
            raise
        except Exception as error:
            if not self._data_recipients:
                raise
            # Never the exception text, to the client or the log: it could quote message content.
            log.error("LMTP DATA handler failed (%s); answering 451 for each recipient", type(error).__name__)
            await self.push(TEMPFAIL_REPLY)
            self._set_post_data_state()  # type: ignore[no-untyped-call]
        finally:
            self._in_data = False
            self._data_recipients = 0

    async def push(self, status: AnyStr) -> None:
        if not self._in_data:
            await super().push(status)
            return
        if self._data_recipients == 0:
            if isinstance(status, str) and status.startswith("354") and self.envelope is not None:
                # From here on, every reply in this DATA command is owed once per recipient.
                self._data_recipients = len(self.envelope.rcpt_tos)
            await super().push(status)
            return
        count = self._data_recipients
        if isinstance(status, RecipientReplies):
            replies = status
            if len(replies) != count:
                log.error("DATA handler gave %d replies for %d recipients; answering 451 to each",
                          len(replies), count)
                replies = RecipientReplies.uniform(TEMPFAIL_REPLY, count)
        else:
            text = status if isinstance(status, str) else status.decode("ascii", "replace")
            replies = RecipientReplies.uniform(text, count)
        self._data_recipients = 0  # owed replies are paid exactly once
        for reply in replies:
            await super().push(reply)
