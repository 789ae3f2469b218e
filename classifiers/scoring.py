"""Is the message confidential? Pure function of findings and ``config.Scoring``.

Rules (their names go to ``Inspection.reasons``):

- ``identifier:<type>``: a finding of a type in ``scoring.identifier_types``
  with confidence >= ``min_confidence`` (validated identifiers: checksums,
  dates and context words are already in the confidence).
- ``name_near_clinical``: a patient name (>= ``min_confidence``) *near* a
  diagnosis, medication or lab result (>= ``min_confidence``).
- ``name_near_dob``: a patient name *near* a date of birth.
- ``name_near_contact``: a patient name *near* a home address or personal phone
  number written in a care context (``patient_contact``: transport, home care, booking).

*Near* (message-level proximity; docs/policy.md says the same):

1. same segment: at most ``proximity_chars`` characters apart;
2. a name in the Subject (location ``subject``) is near every finding of the
   message: the Subject says what the whole message is about;
3. a name in an attachment (location ``attachment:...``, nested included, or its
   file name ``filename:...``) is near every finding of the covering text (a
   segment that is neither an attachment, a file name nor a header), and a name
   in the covering text is near every finding of an attachment: a message's
   covering note and its attachments are about the same patient;
4. a file name and its own file's content are near each other
   (``filename:x.pdf`` and ``attachment:x.pdf``), and the Subject of an attached
   message is near everything of that message (``attachment:fwd.eml/subject``
   and ``attachment:fwd.eml/...``);
5. nothing else: positions are never compared across segments (two inline parts
   ``body`` and ``body#2``, two different attachments, or a header and anything).

Clinical vocabulary or a birth date without a patient name (anonymous case
reports, aggregate statistics, newsletters) never makes a message confidential,
nor does a name alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from sentinelle.classifiers.config import Scoring
from sentinelle.classifiers.index.scoring import indexed_reasons
from sentinelle.classifiers.types import CLINICAL_TYPES, DATE_OF_BIRTH, PATIENT_CONTACT, PATIENT_NAME, Finding

_ATTACHMENT = "attachment:"
_FILENAME = "filename:"
_HEADER = "header:"


def _gap(a: Finding, b: Finding) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def _attached(location: str) -> bool:
    """An attachment's content or its file name (``filename:`` segments, beside ``attachment:``)."""
    return location.startswith((_ATTACHMENT, _FILENAME))


def _covering(location: str) -> bool:
    """A message's own text (Subject, body parts, preamble...), as opposed to attachments and headers."""
    return not _attached(location) and not location.startswith(_HEADER)


def _path(location: str) -> str:
    """The attachment path of an ``attachment:``/``filename:`` location, without a ``#n`` suffix."""
    path = location.split(":", 1)[1] if ":" in location else location
    return path.split("#", 1)[0]


def near(name: Finding, other: Finding, proximity_chars: int) -> bool:
    """Message-level proximity of a patient name and a piece of evidence (rules in the module docstring)."""
    if name.location == "subject":
        return True
    if name.location == other.location:
        return _gap(name, other) <= proximity_chars
    if _attached(name.location) and _attached(other.location):
        # A file name and its own file's content; an attached message's Subject and that message.
        if _path(name.location) == _path(other.location):
            return True
        if name.location.startswith(_ATTACHMENT) and name.location.endswith("/subject"):
            return other.location.startswith(name.location.removesuffix("subject"))
        return False
    if _attached(name.location) and _covering(other.location):
        return True
    return _attached(other.location) and _covering(name.location)


# Longest span a finding can have (a lab result with its value is the longest, under 100 characters):
# lets the same-segment search stop once spans end this far past the proximity limit.
_MAX_SPAN = 1000


def _any_near(names: Sequence[Finding], others: Sequence[Finding], proximity_chars: int) -> bool:
    """``near`` for some pair, in O((n + m) log m): spans sorted by end per segment, and one
    representative per other segment (the cross-segment rules depend on locations only)."""
    by_location: dict[str, list[Finding]] = {}
    for other in others:
        by_location.setdefault(other.location, []).append(other)
    ordered = {location: sorted(group, key=lambda f: f.end) for location, group in by_location.items()}
    ends = {location: [f.end for f in group] for location, group in ordered.items()}
    for name in names:
        for location, group in ordered.items():
            if location != name.location:
                if near(name, group[0], proximity_chars):
                    return True
                continue
            if name.location == "subject":
                return True
            i = bisect.bisect_left(ends[location], name.start - proximity_chars)
            for other in group[i:]:
                if near(name, other, proximity_chars):
                    return True
                if other.end - name.end > proximity_chars + _MAX_SPAN:
                    break
    return False


def score(findings: Iterable[Finding], scoring: Scoring) -> tuple[str, ...]:
    """Return the names of the rules that fire, in a stable order; empty means not confidential."""
    strong = [f for f in findings if f.confidence >= scoring.min_confidence]
    reasons: list[str] = sorted({f"identifier:{f.type}" for f in strong if f.type in scoring.identifier_types})
    names = [f for f in strong if f.type == PATIENT_NAME and f.start >= 0]
    if names:
        for rule, types in (
            ("name_near_clinical", CLINICAL_TYPES),
            ("name_near_dob", frozenset({DATE_OF_BIRTH})),
            ("name_near_contact", frozenset({PATIENT_CONTACT})),
        ):
            others = [f for f in strong if f.type in types and f.start >= 0]
            if _any_near(names, others, scoring.proximity_chars):
                reasons.append(rule)
    reasons.extend(indexed_reasons(strong, scoring))
    return tuple(reasons)
