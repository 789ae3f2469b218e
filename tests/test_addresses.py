"""``classifiers.addresses``: the fast path gives exactly what ``email.utils.getaddresses`` gives."""

from __future__ import annotations

import email.utils
from email import message_from_bytes
from email.policy import compat32
from pathlib import Path

import pytest

from sentinelle.classifiers._extract_run import _display_names
from sentinelle.classifiers.addresses import address_pairs

ROOT = Path(__file__).resolve().parent
ADDRESS_HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Sender")


@pytest.mark.parametrize(
    "values",
    [
        ["Jean Tremblay <jean.tremblay@cisss.example>"],
        ["jean@x.example", "Léa Bédard <lea@x.example>"],
        ["Prescripteurs <p@x.example>,\r\n Jean Thibault <jt@y.example>"],
        ["Jean   J.  Tremblay <jt@x.example>", "<jt@x.example>"],
        ["Dr. Paul-André O'Neil <pao@x.example>"],
        ["Marie Roy <mr@x.example>, Luc Côté <lc@x.example>, bare@x.example"],
        # Not simple: the email package's parser decides.
        ['"Tremblay, Jean" <jt@x.example>', "Marie Roy <mr@x.example>"],
        ['"Roy, Marie" <mr@x.example>, Luc Côté <lc@x.example>'],
        ["a@b.example (Jean Roy)"],
        ["Undisclosed recipients:;"],
        ["Équipe: Jean Roy <jr@x.example>, Luc Côté <lc@x.example>;"],
        ["Jean <jt@x.example> Roy"],
        ["Jean Roy <j@x.example>,"],
        [r"Jean \"JR\" Roy <jr@x.example>, Luc <l@x.example>"],
        ["Jean Roy <jr@[127.0.0.1]>, Luc <l@x.example>"],
    ],
)
def test_address_fast_path_equals_getaddresses(values: list[str]) -> None:
    assert address_pairs(values) == email.utils.getaddresses(values)


def test_every_address_header_of_the_corpora_reads_as_getaddresses_reads_it() -> None:
    """Mail written by many hands (the corpora in tests/, malformed ones included): the same pairs, and the
    same display names for extraction as the getaddresses path it replaces."""
    values = []
    for path in sorted(ROOT.glob("corpus*/*/*.eml")):
        message = message_from_bytes(path.read_bytes(), policy=compat32)
        values += [str(v) for name in ADDRESS_HEADERS for v in message.get_all(name, []) or []]
    many = [v for v in values if v.count("<") > 1]
    assert len(values) > 5000 and len(many) > 100
    for value in values:
        assert address_pairs([value]) == email.utils.getaddresses([value]), value
    for value in many:
        expected = [n for n, _ in email.utils.getaddresses([value]) if n]
        assert _display_names(value) == (expected or _display_names(value)), value
