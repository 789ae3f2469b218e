"""Table tests for the RAMQ NAM module (all numbers synthetic)."""

from __future__ import annotations

import datetime
import doctest

import pytest
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError

from sentinelle.classifiers.identifiers import ramq_nam


def test_doctests() -> None:
    result = doctest.testmod(ramq_nam)
    assert result.failed == 0 and result.attempted > 5


# Vectors published in the INSPQ utilitaire-nam acceptance tests (generated
# numbers for fictitious people); they pin our implementation to the official rule.
@pytest.mark.parametrize(
    "number",
    ["COTS80051012", "COTS80051090", "COTS800510A4", "COTS800510J0", "COTS800510Z4", "SERE75613018", "SERE756130N0"],
)
def test_published_reference_vectors(number: str) -> None:
    assert ramq_nam.validate(number) == number
    assert ramq_nam.calc_check_digit(number[:11]) == number[11]


_FEB29_CHECK = ramq_nam.calc_check_digit("TREJ0002291")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("GAGL85123112", "GAGL85123112"),
        ("GAGL 8512 3112", "GAGL85123112"),
        ("gagl-8512-3112", "GAGL85123112"),
        (" GAGL 851231 12 ", "GAGL85123112"),
        ("GAGL85623116", "GAGL85623116"),  # woman: month + 50
        ("TREJ 0002 291" + _FEB29_CHECK, "TREJ0002291" + _FEB29_CHECK),  # 29 Feb 2000 exists
    ],
)
def test_valid(raw: str, expected: str) -> None:
    assert ramq_nam.validate(raw) == expected
    assert ramq_nam.is_valid(raw)


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ("GAGL85123113", InvalidChecksum),
        ("GAGL85123110", InvalidChecksum),
        ("GAGL85023112", InvalidComponent),  # 31 Feb
        ("GAGL85133112", InvalidComponent),  # month 13
        ("GAGL85633112", InvalidComponent),  # month 13 + 50
        ("GAGL01022912", InvalidComponent),  # 29 Feb 2001 / 1901
        ("GAGL851231", InvalidLength),
        ("GAGL8512311234", InvalidLength),
        ("GAG185123112", InvalidFormat),
        ("GAGL851231O2", InvalidFormat),  # admin char O is never used
        ("GAGL85123102", InvalidFormat),  # admin char 0 is never used
        ("", InvalidLength),
    ],
)
def test_invalid(raw: str, error: type[ValidationError]) -> None:
    with pytest.raises(error):
        ramq_nam.validate(raw)
    assert not ramq_nam.is_valid(raw)


def test_century_fallback_for_centenarians() -> None:
    # Same 11 characters, check digit computed for a 110-year-old instead of a 10-year-old.
    born = datetime.date.today().year - 110
    prefix = f"GAGL{born % 100:02d}12311"
    old = prefix + ramq_nam.calc_check_digit(prefix, birth_year=born)
    young = prefix + ramq_nam.calc_check_digit(prefix, birth_year=born + 100)
    assert old != young
    assert ramq_nam.is_valid(old)
    assert ramq_nam.get_birth_date(old) == datetime.date(born, 12, 31)
    assert ramq_nam.get_birth_date(young) == datetime.date(born + 100, 12, 31)


@pytest.mark.parametrize("age", [ramq_nam.MAX_AGE + 1, 130, 150])
def test_no_check_digit_for_an_implausible_birth_year(age: int) -> None:
    """A check digit right only for a birth year no living card holder has (e.g. the 1870s) is wrong:
    accepting it would double the random look-alikes that pass."""
    born = datetime.date.today().year - age
    # prefixes whose check digit differs between the two centuries (most do)
    prefixes = [f"GAGL{born % 100:02d}1231{admin}" for admin in "123456789ABC"]
    differing = [p for p in prefixes if ramq_nam.calc_check_digit(p, birth_year=born)
                 != ramq_nam.calc_check_digit(p, birth_year=born + 100)]
    assert len(differing) >= 6
    for prefix in differing:
        with pytest.raises(InvalidChecksum):
            ramq_nam.validate(prefix + ramq_nam.calc_check_digit(prefix, birth_year=born))


def test_the_1870s_are_implausible() -> None:
    prefix = "MERJ7509031"
    for_1875 = prefix + ramq_nam.calc_check_digit(prefix, birth_year=1875)
    assert for_1875 != prefix + ramq_nam.calc_check_digit(prefix, birth_year=1975)
    assert not ramq_nam.is_valid(for_1875)


def test_calc_check_digit_rejects_wrong_century_year() -> None:
    with pytest.raises(InvalidComponent):
        ramq_nam.calc_check_digit("GAGL8512311", birth_year=1986)


def test_gender_and_format() -> None:
    assert ramq_nam.get_gender("GAGL85623116") == "F"
    assert ramq_nam.get_gender("GAGL85123112") == "M"
    assert ramq_nam.format("gagl85123112") == "GAGL 8512 3112"


def test_generated_numbers_roundtrip() -> None:
    # Every admin character with a computed check digit validates; every other digit fails.
    for admin in "123456789ABCDEFGHJKLMNPQRSTUVWXYZ":
        prefix = "ROYM926115" + admin
        good = prefix + ramq_nam.calc_check_digit(prefix)
        assert ramq_nam.is_valid(good)
        old = prefix + ramq_nam.calc_check_digit(prefix, birth_year=1892)
        for digit in "0123456789":
            if digit not in (good[-1], old[-1]):
                assert not ramq_nam.is_valid(prefix + digit)
