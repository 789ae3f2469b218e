"""iCalendar (.ics, text/calendar) and vCard (.vcf, text/vcard) as labelled text lines.

Invitations name patients in SUMMARY and DESCRIPTION ("Suivi de Ginette MORIN - IRC"), and
contact cards carry names, birthdays, home addresses and telephone numbers. ``icalendar`` and
``vobject`` parse them (RFC 5545 / RFC 6350 line unfolding, escapes, parameters); every text value
becomes a ``Property: value`` line, attendees and organisers by their display name (CN). Technical
properties (UID, DTSTAMP, PRODID...) are left out: they carry no patient content. A file either
library refuses, or parses only in part, is inspected as its unfolded raw text, which loses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import icalendar
import vobject

from sentinelle.classifiers.extractors._common import Budget, Output, Piece, clip, decode_text

_TECHNICAL = frozenset({
    "BEGIN", "END", "VERSION", "PRODID", "UID", "DTSTAMP", "SEQUENCE", "CALSCALE", "METHOD", "CREATED",
    "LAST-MODIFIED", "TRANSP", "STATUS", "CLASS", "PRIORITY", "TZID", "TZOFFSETFROM", "TZOFFSETTO",
    "TZNAME", "RRULE", "RDATE", "EXDATE", "DTSTART", "DTEND", "DUE", "DURATION", "RECURRENCE-ID",
    "TRIGGER", "ACTION", "REPEAT", "X-MICROSOFT-CDO-BUSYSTATUS", "X-MICROSOFT-CDO-IMPORTANCE",
    "X-MICROSOFT-CDO-INTENDEDSTATUS", "X-MICROSOFT-DISALLOW-COUNTER", "X-MS-OLK-AUTOFILLLOCATION",
    "X-MS-OLK-CONFTYPE", "X-WR-TIMEZONE", "REV", "PHOTO", "LOGO", "SOUND", "KEY",
})
_ADDRESSES = frozenset({"ATTENDEE", "ORGANIZER"})
# RFC 5545 section 3.1 / RFC 6350 section 3.2: a line break followed by one space or tab continues.
_FOLDING = re.compile(r"\r?\n[ \t]")


def unfold(text: str) -> str:
    return _FOLDING.sub("", text)


_ESCAPED_TWICE = re.compile(r"\\[nN]")


class _Unread(Exception):
    """The library skipped part of the file: read it raw instead."""


def _property_line(name: str, value: Any) -> str | None:
    label = name.title()
    if name in _ADDRESSES:
        params: Any = getattr(value, "params", {})
        display = str(params.get("CN", "")).strip()
        address = str(value).removeprefix("mailto:").removeprefix("MAILTO:")
        return f"{label}: {display} <{address}>" if display else f"{label}: {address}"
    if isinstance(value, str):
        # A line break escaped twice by the organiser's software (its backslash escaped again) decodes to a
        # backslash and an "n": it was a line break, and the lines it joined are read as lines (a schedule's slots).
        return f"{label}: {_ESCAPED_TWICE.sub(chr(10), value)}"
    if isinstance(value, list):
        return f"{label}: {', '.join(str(v) for v in value)}"
    if hasattr(value, "to_ical"):
        return f"{label}: {value.to_ical().decode('utf-8', 'replace')}"
    return None


def _calendar_lines(text: str) -> Iterator[str]:
    calendars = icalendar.Calendar.from_ical(text, multiple=True)
    if not calendars:
        raise _Unread()
    for calendar in calendars:
        for component in calendar.walk():
            if getattr(component, "errors", None):  # lines icalendar could not parse and left out
                raise _Unread()
            items = [(n, v) for n, v in component.property_items(recursive=False) if n not in _TECHNICAL]
            # What the event is about first, who takes part after: one event's SUMMARY and DESCRIPTION stay
            # side by side however many attendees the organiser's software writes between them.
            items.sort(key=lambda item: item[0] in _ADDRESSES)
            for name, value in items:
                line = _property_line(name, value)
                if line is not None:
                    yield line


def _vcard_lines(text: str) -> Iterator[str]:
    personal: list[str] = []
    business: list[str] = []
    for card in vobject.readComponents(text, ignoreUnreadable=False):
        children = list(card.getChildren())
        # A card that names the person's organisation, title or role is a business card: its name, telephone
        # and address are a professional's, as in a signature block, which is how it is read. Business cards go
        # last, so that the block they open never reaches a person's card of the same file. An ORG that groups
        # families or patients in a clinician's address book ("ORG:Famille USIN", "Patients GMF") is no employer.
        professional = any(str(child.name).upper() in _PROFESSIONAL and not _groups_people(child) for child in children)
        read = business if professional else personal
        if read is business:
            read.append(SIGNATURE_DELIMITER)
        for child in children:
            name = str(child.name).upper()
            if name in _TECHNICAL:
                continue
            raw = child.value
            if isinstance(raw, list):  # ORG's units, CATEGORIES: "MediSource Inc.; Ventes", not a Python list
                raw = "; ".join(str(v) for v in raw)
            value = " ".join(str(raw).split()) if name in ("N", "ADR") else str(raw)
            # Whose number or address it is, as the card says ("TEL;TYPE=HOME" -> "Tel (home)"): a home is a
            # person's, where a work line is an institution's.
            kinds = [str(k).lower() for k in getattr(child, "params", {}).get("TYPE", [])
                     if str(k).lower() in _WHOSE] if name in ("TEL", "ADR") else []
            label = f"{name.title()} ({', '.join(kinds)})" if kinds else _VCARD_LABELS.get(name, name.title())
            if name == "BDAY" and professional:
                label = "Bday"  # a colleague's birthday on a business card is no patient's birth date
            if value.strip():
                read.append(f"{label}: {value}")
    yield from personal
    # vobject reads an unescaped comma in a text value as a list and keeps its first item ("NOTE:Post-partum
    # J3, allaitement difficile" -> "Post-partum J3"): what it left out is read from the raw line (before the
    # business cards: it may be a person's).
    understood = _plain(" ".join(personal + business))
    for name, value in _raw_properties(text):
        if name not in _TECHNICAL and _plain(value) not in understood:
            yield f"{name.title()}: {value}"
    yield from business


def _groups_people(child: Any) -> bool:
    """An ORG that names a group of families or patients, not an organisation."""
    if str(child.name).upper() != "ORG":
        return False
    value = child.value if isinstance(child.value, list) else [child.value]
    first = str(value[0]).strip().split(" ", 1)[0].lower() if value else ""
    return first in _PEOPLE_GROUPS


_PEOPLE_GROUPS = frozenset({
    "famille", "familles", "family", "families", "parents", "patients", "patient", "patiente", "usagers", "clients",
    "résidents", "residents", "proches", "contacts",
})


def _plain(text: str) -> str:
    """Words only, for comparing a raw line with what vobject read (ORG's "A;B" is read as ["A", "B"])."""
    return " ".join(_LIST_SEPARATORS.sub(" ", text).split())


_LIST_SEPARATORS = re.compile(r"[;,]")
_WHOSE = frozenset({"home", "cell", "work", "fax", "voice"})
_PROFESSIONAL = frozenset({"ORG", "TITLE", "ROLE"})
SIGNATURE_DELIMITER = "-- "  # RFC 3676: what opens a signature block
# The card's formatted name is the person's name, said as a form says it (a labelled field); a personal card's BDAY is
# the person's date of birth ("Bday: 1960-06-14" said nothing a birth-date label says).
_VCARD_LABELS = {"FN": "Name", "BDAY": "Date of birth"}
_PROPERTY = re.compile(r"^(?:[\w-]+\.)?(?P<name>[A-Za-z][\w-]*)(?:;[^:\n]*)?:(?P<value>.*)$", re.MULTILINE)
_VCARD_STRUCTURE = frozenset({"BEGIN", "END", "N", "ADR", "PHOTO", "LOGO", "SOUND", "KEY"})


def _raw_properties(text: str) -> Iterator[tuple[str, str]]:
    """(NAME, value) of each unfolded content line of a text-valued property, its escapes undone."""
    for match in _PROPERTY.finditer(unfold(text)):
        name = match["name"].upper()
        if name in _VCARD_STRUCTURE:
            continue
        value = match["value"].strip().replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";")
        if value:
            yield name, value


def _extract(data: bytes, charset: str | None, budget: Budget, lines: Any) -> Output:
    text = decode_text(data, charset)
    try:
        found = list(lines(text))
    except Exception:  # both libraries raise assorted errors on malformed input: read it raw
        found = [unfold(text)]
    if not any(line.strip() for line in found) and text.strip():
        found = [unfold(text)]  # nothing understood is no reason to inspect nothing
    return Output(pieces=(Piece(clip("\n".join(found), budget.max_chars)),))


def extract_calendar(data: bytes, charset: str | None, budget: Budget) -> Output:
    return _extract(data, charset, budget, _calendar_lines)


def extract_vcard(data: bytes, charset: str | None, budget: Budget) -> Output:
    return _extract(data, charset, budget, _vcard_lines)
