"""Long-term-care night reports: "Rm 210 Mark C. - fall at 0145, no injury" — a room, a resident's given name
and the initial of their surname (or the given name alone, with clinical evidence on its line), then what
happened.

Care homes write residents this way (a first name and an initial is how the floor knows them), one line per
room. The line is read only when it looks like a report line: it opens with a room or bed ("Rm 210", "Room
12B", "Ch. 125", "Lit 3"), the given name is a known one (``lexicons/given_names.txt``), the initial has its
dot, and either another line of the text has the same shape (a list by room) or clinical evidence follows
on the line. Surnames with an initial ("701 – MORIN G.") and full names after a room number belong to the
roster triggers (``_triggers.ROSTER``); this module reads the given-name-and-initial form only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from sentinelle.classifiers.recognizers._base import Trigger, fold
from sentinelle.classifiers.recognizers.patient_name._shapes import _BEFORE_A_LETTER, _NOT_SURNAMES, _STOP
from sentinelle.classifiers.recognizers.patient_name._triggers import _GIVEN_SET

ROOM_INITIAL = Trigger(
    "name_room_initial",
    r"(?m:^[ \t>*•\-]*(?i:rm|room|ch|chambre|lit|bed|app)\.?[ \t]*[0-9]{1,4}[A-Za-z]?[ \t]*[-–—:|,]?[ \t]*"
    r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?(?:[ \t]+[A-ZÀ-Þ]\.|[ \t]*[-–—:|]))",
)
_NAME_AT_END = re.compile(
    r"(?P<given>[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)(?:[ \t]+(?P<initial>[A-ZÀ-Þ])\.|[ \t]*[-–—:|])$"
)
_SAME_LINE_EVIDENCE = 120


def night_report_names(
    text: str, hits: Sequence[tuple[int, int]], evidence: Sequence[tuple[int, int]] | None
) -> list[tuple[int, int, str]]:
    """(start, end, "Given I.") of the room-line names: two such lines or more, or evidence on the line.

    In a list of two lines or more, a capitalised word that is no common word stands for a given name the
    lexicon lacks (it leaves out given names that are English words: "Mark", "Grace", "Hope").
    """
    found: list[tuple[int, int, str]] = []
    alone: list[tuple[int, int, str]] = []
    known: list[bool] = []
    for _start, end in hits:
        match = _NAME_AT_END.search(text, max(0, end - 60), end)
        if match is None:
            continue
        given = match["given"]
        if fold(given) in _STOP or fold(given) in _NOT_SURNAMES or fold(given) in _BEFORE_A_LETTER:
            continue
        if match["initial"] is None:
            # A given name alone ("Room 7 - Harold: agitated overnight") counts only when it is a known one and
            # clinical evidence follows on its own line, in a list or not.
            if given.split("-", 1)[0] in _GIVEN_SET:
                alone.append((match.start(), match.start() + len(given), given))
            continue
        found.append((match.start(), match.end(), f"{given} {match['initial']}."))
        known.append(given.split("-", 1)[0] in _GIVEN_SET)
    starts = sorted(s for s, _ in evidence or ())
    if len(found) >= 2:
        return [*found, *_with_evidence_on_line(text, alone, starts)]
    found = [f for f, k in zip(found, known, strict=True) if k]
    return _with_evidence_on_line(text, [*found, *alone], starts)


def _with_evidence_on_line(
    text: str, found: Sequence[tuple[int, int, str]], starts: Sequence[int]
) -> list[tuple[int, int, str]]:
    """The names of ``found`` with evidence after them on their line (120 characters at most)."""
    kept = []
    for start, end, name in found:
        line_end = text.find("\n", end)
        limit = min(end + _SAME_LINE_EVIDENCE, len(text) if line_end == -1 else line_end)
        i = bisect.bisect_left(starts, end)
        if i < len(starts) and starts[i] < limit:
            kept.append((start, end, name))
    return kept


def is_staff_initial(name: str, people: Sequence[frozenset[str]]) -> bool:
    """"Given I.": a sender or recipient with that given name and a surname starting with I; a given name
    alone: a sender or recipient with that given name."""
    words = name.split()
    given = fold(words[0])
    if len(words) == 1:
        return any(given in p for p in people)
    initial = fold(words[1])[:1]
    return any(given in p and any(w != given and w.startswith(initial) for w in p) for p in people)
