"""NAM (Numéro d'assurance maladie, Quebec health insurance number).

The NAM is printed on the RAMQ health insurance card ("carte soleil"). It has
12 characters: 4 letters (the first 3 letters of the surname and the first
letter of the given name), the birth date as YYMMDD where 50 is added to the
month for women, an administrative character that tells apart people sharing
the first 10 characters (1-9 or a letter other than I and O), and a check
digit.

The check digit rule is the one published by the INSPQ in its open-source
"utilitaire-nam" tool (GitHub Justice-Alliance/utilitaire-nam): the 14
characters ``letters + YYYY + sex (M/F) + MM + DD + administrative character``
(four-digit birth year, real month) are each given their EBCDIC code point,
multiplied by the weights 1 3 7 9 1 7 1 3 4 5 7 6 9 1, and the sum modulo 10 is
the check digit. Because the NAM carries only two year digits, validation
tries the most recent matching birth year first, then the one a century
earlier (people over 100 years old), as the INSPQ tool does — but only birth
years a living card holder can have: not after this year, and not more than
``MAX_AGE`` (122, the longest verified human life) years ago. Without that
bound "..75..." also validates for 1875, and twice as many look-alikes pass.

All example numbers below are synthetic.

>>> validate('GAGL 8512 3112')
'GAGL85123112'
>>> validate('gagl-8512-3112')
'GAGL85123112'
>>> format('GAGL85123112')
'GAGL 8512 3112'
>>> calc_check_digit('GAGL8512311')
'2'
>>> calc_check_digit('GAGL8512311', birth_year=1885)
'5'
>>> is_valid('GAGL85123115')  # right for 1885 only: nobody born then holds a card
False
>>> validate('GAGL85123113')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidChecksum: The number's checksum or check digit is invalid.
>>> validate('GAGL85023112')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidComponent: One of the parts of the number are invalid or unknown.
>>> validate('GAGL851231')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidLength: The number has an invalid length.
>>> is_valid('GAGL85123112')
True
>>> get_birth_date('GAGL85623116')
datetime.date(1985, 12, 31)
>>> get_gender('GAGL85623116')
'F'
"""

from __future__ import annotations

import datetime

from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.util import clean

__all__ = [
    "calc_check_digit",
    "compact",
    "format",
    "get_birth_date",
    "get_gender",
    "is_valid",
    "validate",
]

# EBCDIC code points, as used by the published INSPQ algorithm.
_EBCDIC: dict[str, int] = {
    **{c: 193 + i for i, c in enumerate("ABCDEFGHI")},
    **{c: 209 + i for i, c in enumerate("JKLMNOPQR")},
    **{c: 226 + i for i, c in enumerate("STUVWXYZ")},
    **{c: 240 + i for i, c in enumerate("0123456789")},
}
_WEIGHTS = (1, 3, 7, 9, 1, 7, 1, 3, 4, 5, 7, 6, 9, 1)
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGITS = frozenset("0123456789")
# Administrative character: 1-9 or a letter, never 0, I or O (confusable).
_ADMIN = frozenset("123456789ABCDEFGHJKLMNPQRSTUVWXYZ")


def compact(number: str) -> str:
    """Convert the number to the minimal representation: strip spaces and dashes, upper-case."""
    return clean(number, " -").strip().upper()


def _check_shape(number: str) -> None:
    if len(number) != 12:
        raise InvalidLength()
    if not (
        all(c in _LETTERS for c in number[:4])
        and all(c in _DIGITS for c in number[4:10])
        and number[10] in _ADMIN
        and number[11] in _DIGITS
    ):
        raise InvalidFormat()


def _month_and_gender(number: str) -> tuple[int, str]:
    month = int(number[6:8])
    if month > 50:
        return month - 50, "F"
    return month, "M"


# The longest verified human life (Jeanne Calment, 122 years): an older birth year is no card holder's.
MAX_AGE = 122


def _candidate_years(yy: int, today: datetime.date | None = None) -> tuple[int, ...]:
    """Plausible birth years ending in ``yy``: the most recent not after this year, then a century
    earlier when that is within ``MAX_AGE`` years."""
    this_year = (today or datetime.date.today()).year
    year = this_year - (this_year - yy) % 100
    return (year, year - 100) if year - 100 >= this_year - MAX_AGE else (year,)


def _checksum(prefix11: str, year: int, gender: str, month: int) -> str:
    chars = f"{prefix11[:4]}{year:04d}{gender}{month:02d}{prefix11[8:10]}{prefix11[10]}"
    total = sum(_EBCDIC[c] * w for c, w in zip(chars, _WEIGHTS, strict=True))
    return str(total % 10)


def calc_check_digit(number: str, birth_year: int | None = None) -> str:
    """Return the check digit for the first 11 characters of a NAM.

    ``birth_year`` (four digits) selects the century; without it the most
    recent year matching the two year digits is used. Raises a
    ``ValidationError`` subclass on a malformed prefix.
    """
    number = compact(number)[:11]
    _check_shape(number + "0")
    month, gender = _month_and_gender(number)
    yy = int(number[4:6])
    if birth_year is None:
        birth_year = _candidate_years(yy)[0]
    elif birth_year % 100 != yy:
        raise InvalidComponent()
    return _checksum(number, birth_year, gender, month)


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def validate(number: str) -> str:
    """Check the length, format, birth date and check digit; return the compact number.

    Raises ``InvalidLength``, ``InvalidFormat``, ``InvalidComponent`` (impossible
    birth date) or ``InvalidChecksum``.
    """
    number = compact(number)
    _check_shape(number)
    month, gender = _month_and_gender(number)
    day = int(number[8:10])
    valid_for = [y for y in _candidate_years(int(number[4:6])) if _valid_date(y, month, day)]
    if not valid_for:
        raise InvalidComponent()
    if not any(_checksum(number, y, gender, month) == number[11] for y in valid_for):
        raise InvalidChecksum()
    return number


def is_valid(number: str) -> bool:
    """Check if the number is a valid NAM."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def format(number: str) -> str:  # stdnum module shape (shadows the builtin on purpose)
    """Reformat the number to the presentation used on the card: ``ABCD 1234 5678``."""
    number = compact(number)
    return " ".join((number[0:4], number[4:8], number[8:]))


def get_birth_date(number: str) -> datetime.date:
    """Return the birth date encoded in a valid NAM (the century that passes the check)."""
    number = validate(number)
    month, gender = _month_and_gender(number)
    day = int(number[8:10])
    for year in _candidate_years(int(number[4:6])):
        if _valid_date(year, month, day) and _checksum(number, year, gender, month) == number[11]:
            return datetime.date(year, month, day)
    raise InvalidChecksum()  # pragma: no cover - validate() already checked


def get_gender(number: str) -> str:
    """Return ``'M'`` or ``'F'`` as encoded in the birth month."""
    return _month_and_gender(validate(number))[1]
