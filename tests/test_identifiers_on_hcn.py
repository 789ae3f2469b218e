"""Table tests for the Ontario health card number module (all numbers synthetic)."""

from __future__ import annotations

import doctest

import pytest
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError

from sentinelle.classifiers.identifiers import on_hcn


def test_doctests() -> None:
    result = doctest.testmod(on_hcn)
    assert result.failed == 0 and result.attempted > 5


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1234567897", "1234567897"),
        ("1234 567 897", "1234567897"),
        ("1234-567-897", "1234567897"),
        ("1234-567-897-AB", "1234567897AB"),
        ("1234567897 ab", "1234567897AB"),
        ("9876543217", "9876543217"),
    ],
)
def test_valid(raw: str, expected: str) -> None:
    assert on_hcn.validate(raw) == expected
    assert on_hcn.is_valid(raw)


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ("1234567898", InvalidChecksum),
        ("1234567890", InvalidChecksum),
        ("0234567897", InvalidComponent),
        ("123456789", InvalidLength),
        ("12345678971234", InvalidLength),
        ("12345678A7", InvalidFormat),
        ("1234567897A1", InvalidFormat),
    ],
)
def test_invalid(raw: str, error: type[ValidationError]) -> None:
    with pytest.raises(error):
        on_hcn.validate(raw)
    assert not on_hcn.is_valid(raw)


def test_check_digit_is_luhn_over_nine_digits() -> None:
    for base in ("123456789", "555000111", "400000000"):
        assert on_hcn.is_valid(base + on_hcn.calc_check_digit(base))
