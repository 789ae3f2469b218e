"""Ontario HCN (Health Card Number, Ontario Health Insurance Plan).

The health number is 10 digits; the last digit is a check digit computed with
the Luhn (mod 10) algorithm over the first 9 digits, as described in the
Ontario Ministry of Health health card validation specifications. Photo cards
add a 2-letter version code after the number ("1234 567 897 AB"); it is kept
by ``compact`` but not part of the checksum. The first digit is never 0.

All example numbers below are synthetic.

>>> validate('1234 567 897')
'1234567897'
>>> validate('1234-567-897-AB')
'1234567897AB'
>>> calc_check_digit('123456789')
'7'
>>> format('1234567897ab')
'1234 567 897 AB'
>>> validate('1234567898')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidChecksum: The number's checksum or check digit is invalid.
>>> validate('0234567897')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidComponent: One of the parts of the number are invalid or unknown.
>>> validate('123456789')
Traceback (most recent call last):
    ...
stdnum.exceptions.InvalidLength: The number has an invalid length.
>>> is_valid('1234567897')
True
"""

from __future__ import annotations

from stdnum import luhn
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.util import clean, isdigits

__all__ = ["calc_check_digit", "compact", "format", "is_valid", "validate"]


def compact(number: str) -> str:
    """Convert the number to the minimal representation: strip spaces and dashes, upper-case."""
    return clean(number, " -").strip().upper()


def calc_check_digit(number: str) -> str:
    """Return the check digit for the first 9 digits of a health number."""
    return str(luhn.calc_check_digit(compact(number)[:9]))


def validate(number: str) -> str:
    """Check the length, format and check digit; return the compact number (with version code if any)."""
    number = compact(number)
    if len(number) not in (10, 11, 12):
        raise InvalidLength()
    digits, version = number[:10], number[10:]
    if not isdigits(digits) or not all("A" <= c <= "Z" for c in version):
        raise InvalidFormat()
    if digits[0] == "0":
        raise InvalidComponent()
    if calc_check_digit(digits[:9]) != digits[9]:
        raise InvalidChecksum()
    return number


def is_valid(number: str) -> bool:
    """Check if the number is a valid Ontario health number."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def format(number: str) -> str:  # stdnum module shape (shadows the builtin on purpose)
    """Reformat the number as ``1234 567 897`` (plus `` AB`` version code when present)."""
    number = compact(number)
    parts = [number[0:4], number[4:7], number[7:10]]
    if number[10:]:
        parts.append(number[10:])
    return " ".join(parts)
