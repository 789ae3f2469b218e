"""Address header values -> (display name, address) pairs, as ``email.utils.getaddresses`` gives them.

Read for every message twice (the header text extraction inspects display names; the staff names
come from the senders and recipients). ``getaddresses`` is a pure-Python parser, about 60 µs for a
To: of a few people; a list of plain ``Name <address>`` or bare addresses, the common case, takes a
regular expression instead (~20x faster). Anything else (quotes, comments, groups, escapes) goes to
``getaddresses``, which decides.
"""

from __future__ import annotations

import email.utils
import re

_SIMPLE_ADDRESS = re.compile(
    r"[ \t\r\n]*(?:([^\"<>,;:()\\@\[\]]*?)[ \t\r\n]*<([^\s\"<>,;:()\\\[\]]+@[^\s\"<>,;:()\\\[\]]+)>"
    r"|([^\s\"<>,;:()\\\[\]]+@[^\s\"<>,;:()\\\[\]]+))[ \t\r\n]*"
)


def address_pairs(values: list[str]) -> list[tuple[str, str]]:
    """(display name, address) pairs of address header values, exactly as ``email.utils.getaddresses``."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        for part in value.split(","):
            match = _SIMPLE_ADDRESS.fullmatch(part)
            if match is None:
                return email.utils.getaddresses(values)
            display, address, bare = match.groups()
            pairs.append((" ".join(display.split()), address) if address else ("", bare))
    return pairs
