"""Call-back lists: "Peux-tu appeler ces patients pour les replacer?" over lines of "Name — phone — reason".

A clinic that closes for a day, a physician who falls ill, a cancelled session: the front desk gets a list of
people to call back, one per line, a name then a phone number. Those numbers are the patients' own. A line
is read only under a request to call or rebook (within ``_REQUEST_REACH`` characters before the list), when
two lines or more have the shape (a name-like lead, a separator, a phone number), never with an extension
on the line (a staff directory's work number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sentinelle.classifiers.recognizers._base import Trigger

CALLBACK = Trigger(
    "contact_callback",
    r"(?i:\b(?:appel(?:er|ez|le|les)|rappel(?:er|ez|le|les)|t[ée]l[ée]phoner|contacter|call|phone|rebook|re-book"
    r"|replacer|reprogrammer|reschedule|reporter|d[ée]placer)\b)",
)
_PHONE = r"(?:\+?1[ .-]?)?\(?[2-9][0-9]{2}\)?[ .-]?[0-9]{3}[ .-]?[0-9]{4}\b"
# A list line: a lead that starts with a capital and holds no digit (a name, "NOM, Prénom"), a separator, a phone.
_LIST_LINE = re.compile(
    rf"(?m:^[ \t>*•·\-]*[A-ZÀ-Þ][^\n\d]{{2,50}}?[ \t]*[-–—|,:;(\t][ \t]*(?P<number>{_PHONE}))"
)
_EXTENSION = re.compile(r"\b(?:poste|ext\.?|extension)\s*\d", re.IGNORECASE)
# The request is about patients and their bookings ("appeler ces patients pour les replacer", "call these and
# rebook"), not about reaching colleagues ("call the on-call staff", "closed Monday, call one of these").
_ABOUT_BOOKINGS = re.compile(
    r"\b(?:patients?|patientes?|clients?|clientes?|usagers?|usageres?|residents?|r[ée]sidente?s?|rebook|re-book"
    r"|replacer|reprogrammer|reschedule|leurs\s+rendez-vous|their\s+(?:appointments?|appts?|visits?))\b",
    re.IGNORECASE,
)
_REQUEST_REACH = 300
_LIST_REACH = 1500


def callback_numbers(text: str, hits: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the phone numbers on the call-back list lines that a request to call or rebook opens."""
    numbers: dict[tuple[int, int], None] = {}
    for start, end in hits:
        request_line_start = text.rfind("\n", 0, start) + 1
        request_line_end = text.find("\n", end)
        request = text[request_line_start : len(text) if request_line_end == -1 else request_line_end]
        if _ABOUT_BOOKINGS.search(request) is None:
            continue
        lines = list(_LIST_LINE.finditer(text, end, min(len(text), end + _LIST_REACH)))
        if not lines or lines[0].start() - end > _REQUEST_REACH:
            continue
        listed = []
        for match in lines:
            line_end = text.find("\n", match.end())
            if _EXTENSION.search(text, match.start(), len(text) if line_end == -1 else line_end) is None:
                listed.append(match.span("number"))
        if len(listed) >= 2:
            numbers.update(dict.fromkeys(listed))
    return list(numbers)
