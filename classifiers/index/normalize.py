"""Normalisation shared by the index build and the mail-side lookup.

Both sides must turn "Marie-Ève O'Brien", "MARIE EVE OBRIEN" and "marie-eve o’brien" into the
same bytes before hashing, or an indexed patient is missed. Names: Unicode compatibility
decomposition, accents dropped, case folded, and everything that is not a letter or digit
removed (spaces, hyphens, apostrophes): ``"Marie-Ève" -> "marieeve"``. Dates: ``YYYYMMDD``.
Identifiers: letters upper-cased, separators dropped, leading zeros of an all-digit chart
number dropped (exports and mail disagree on zero padding).
"""

from __future__ import annotations

import datetime
import re
import unicodedata

# Letters NFKD does not decompose but that spell out as two in French names.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_ASCII_DROP = str.maketrans("", "", " \t-'’.,_/")


def name_key(text: str) -> str:
    """The normalised form of a name or a part of one ('' when nothing is left).

    >>> name_key("Marie-Ève"), name_key("O’BRIEN"), name_key("  De la  Fontaine ")
    ('marieeve', 'obrien', 'delafontaine')
    """
    if text.isascii():
        folded = text.lower().translate(_ASCII_DROP)
        if folded.isalnum():
            return folded
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES)).casefold()
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


# Particles that start a compound surname ("de la Fontaine") but are never a surname part alone.
PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "d", "van", "von", "der", "den", "di", "da", "del", "dos",
                       "das", "st", "ste", "saint", "sainte", "mc", "mac"})


def surname_keys(surname: str) -> tuple[str, ...]:
    """Keys a surname is indexed under: the whole surname, and each part of a compound one
    (two parts or more besides particles).

    People named "Gagnon-Lavoie" are often written "Gagnon" or "Lavoie"; particles alone are
    never keys, and "de la Fontaine" is only ever "delafontaine".

    >>> surname_keys("Gagnon-Lavoie")
    ('gagnonlavoie', 'gagnon', 'lavoie')
    >>> surname_keys("de la Fontaine")
    ('delafontaine',)
    """
    whole = name_key(surname)
    if not whole:
        return ()
    keys = [whole]
    for part in re.split(r"[\s\-]+", surname):
        key = name_key(part)
        if len(key) >= 3 and key not in PARTICLES and key not in keys:
            keys.append(key)
    return tuple(keys) if len(keys) > 2 else (whole,)


def name_words(name: str) -> tuple[str, ...]:
    """Keys of each word of a name, hyphenated parts apart, particles left out (the token filter).

    >>> name_words("Marie-Ève de la Fontaine")
    ('marie', 'eve', 'fontaine')
    """
    keys = (name_key(part) for part in re.split(r"[\s\-]+", name))
    return tuple(k for k in keys if k and k not in PARTICLES)


def given_keys(given: str) -> tuple[str, ...]:
    """Keys given names are indexed under: the first given name, the first two together (a
    composed name written without its hyphen: "Jean Marc"), and all of them together.

    >>> given_keys("Marie-Ève Louise")
    ('marieeve', 'marieevelouise')
    >>> given_keys("Jean Marc Paul")
    ('jean', 'jeanmarc', 'jeanmarcpaul')
    >>> given_keys("Jean")
    ('jean',)
    """
    words = [w for w in given.split() if name_key(w)]
    keys: list[str] = []
    for count in (1, 2, len(words)):
        key = name_key("".join(words[:count]))
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def identifier_key(text: str) -> str:
    """A NAM or chart number without separators; all-digit values lose their leading zeros.

    >>> identifier_key("tRej 8001 0112"), identifier_key("0012-345"), identifier_key("H-12345")
    ('TREJ80010112', '12345', 'H12345')
    """
    compact = "".join(c for c in text if c.isalnum()).upper()
    if compact.isdigit():
        compact = compact.lstrip("0") or "0"
    return compact


_SHAPE = re.compile(r"([A-Z]*)([0-9]+)")
ANY_SHAPE = "*"


def identifier_shape(key: str) -> str:
    """The shape of an identifier key: letters then digits counted (``"TREJ80010112"`` -> ``"4L8D"``),
    else its length (``"12AB"`` -> ``"4X"``). The index keeps the shapes it holds, so that mail
    only hashes numbers of those shapes; a shape says nothing about a value.

    >>> identifier_shape("TREJ80010112"), identifier_shape("1000281"), identifier_shape("12AB")
    ('4L8D', '0L7D', '4X')
    """
    match = _SHAPE.fullmatch(key)
    return f"{len(match[1])}L{len(match[2])}D" if match else f"{len(key)}X"


class DateError(ValueError):
    """A birth date the export cannot be read as."""


_ISO = re.compile(r"((?:18|19|20)\d\d)[-/.]?(\d\d?)[-/.]?(\d\d?)(?:[ T].*)?")
_NUMERIC = re.compile(r"(\d\d?)[-/.](\d\d?)[-/.]((?:18|19|20)\d\d)(?:[ T].*)?")


def date_key(year: int, month: int, day: int) -> str | None:
    """``YYYYMMDD`` of a real date, else None."""
    try:
        return datetime.date(year, month, day).strftime("%Y%m%d")
    except ValueError:
        return None


def export_date_key(text: str, day_first: bool = True) -> str:
    """The ``YYYYMMDD`` of an export's birth date; raise ``DateError`` when it is not one.

    Accepted: 1956-03-12, 1956/03/12, 19560312, 12/03/1956, 12-03-1956, 12.03.1956 (day first
    unless ``day_first`` is False), with an optional time after a space or a ``T``.

    >>> export_date_key("1956-03-12"), export_date_key("12/03/1956"), export_date_key("03/12/1956", False)
    ('19560312', '19560312', '19560312')
    """
    value = text.strip()
    match = _ISO.fullmatch(value)
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    else:
        match = _NUMERIC.fullmatch(value)
        if match is None:
            raise DateError("not a date")
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        day, month = (first, second) if day_first else (second, first)
    key = date_key(year, month, day)
    if key is None:
        raise DateError("no such date")
    return key
