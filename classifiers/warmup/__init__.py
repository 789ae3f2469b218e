"""Warm a loaded classifier up before the server forks its workers.

A fresh classifier is slow on its first few hundred messages: RE2 builds the DFA of the combined
trigger alternation (CIM-10, ICD-10-CM, ATC and the other lexicons: about 340 KB of pattern) lazily,
state by state, as texts visit them. Measured on the realistic mix (bench/RESULTS.md, session 8): 2.4 ms
per message for the first 250, 0.6 ms from about the 750th on. Every worker process paid that again,
and every restarted one.

``warm_up`` inspects ``mail.txt`` (synthetic messages from the development corpora, text only:
``build.py``), then ``words.txt`` (their 10,000 commonest words, a hundred to a line: the automata's
states follow the words a text is made of, so a word list covers in 80 KB what thousands of
messages would), once in the supervisor, before it forks: the workers, and any worker it restarts later,
inherit the built automata (copy-on-write pages), so the cost is paid once per start instead of once
per worker, and never on live mail. Inspection has no state that outlives a call besides these caches,
so a warmed classifier finds exactly what a cold one finds (tests/test_warm_up.py).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib import resources
from typing import Any

MAIL_FILE = "mail.txt"
WORDS_FILE = "words.txt"
WORDS_PER_LINE = 100
# Starts every message of ``mail.txt``; never found in the messages themselves (``build.py`` checks).
SEPARATOR = b"\x1e warm-up message \x1e\n"


@dataclass(frozen=True, slots=True)
class WarmUp:
    messages: int
    seconds: float


def warm_up_mail() -> list[bytes]:
    """The shipped warm-up messages, raw."""
    data = resources.files(__name__).joinpath(MAIL_FILE).read_bytes()
    return [raw for raw in data.split(SEPARATOR) if raw.strip()]


def warm_up_words() -> list[bytes]:
    """The shipped vocabulary, as short text-only messages of ``WORDS_PER_LINE`` words."""
    words = resources.files(__name__).joinpath(WORDS_FILE).read_text(encoding="utf-8").split()
    # An ASCII word first: content sniffing takes a body that starts with some bytes ("é" among them) for
    # binary OpenPGP, which is not read in-process.
    return [b"Content-Type: text/plain; charset=utf-8\n\nTexte : " + " ".join(words[i : i + WORDS_PER_LINE]).encode()
            for i in range(0, len(words), WORDS_PER_LINE)]


def warm_up(classifier: Any, *, seconds: float) -> WarmUp:
    """Inspect the warm-up mail, then the vocabulary, with ``classifier`` until done or ``seconds`` have passed.

    Only messages whose every part is read in this process are inspected, so no parser process starts
    (they must not exist before a fork); the shipped mail has no other kind, this is a guard."""
    from sentinelle.classifiers.extract import in_process_only
    from sentinelle.classifiers.parse import parse_message

    started = time.monotonic()
    deadline = started + seconds
    count = 0
    for raw in [*warm_up_mail(), *warm_up_words()]:
        if time.monotonic() >= deadline:
            break
        parsed = parse_message(raw)
        if in_process_only(parsed):
            classifier.inspect(parsed)
            count += 1
    return WarmUp(count, time.monotonic() - started)
