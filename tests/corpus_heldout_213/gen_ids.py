"""Checksum-valid invented identifiers (SIN, Ontario HCN, Belgian NISS, French NIR)
and checksum-valid serial / lot numbers for the hard negatives."""
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_common import disguise


def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(
            str(rng.randint(0, 9)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def sin_fmt(n, style):
    return disguise(n, style, (3, 3, 3))


def make_ohip(rng):
    """Ontario health card number: 10 digits, the last a Luhn (mod 10) check digit."""
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    n = body + luhn.calc_check_digit(body)
    assert ohip_valid(n)
    return n


def ohip_valid(n):
    return len(n) == 10 and n.isdigit() and luhn.is_valid(n)


def ohip_fmt(n, style, version=""):
    s = disguise(n, style, (4, 3, 3))
    if version:
        s += ("-" if style in ("hyphen", "plain") else " ") + version
    return s


def make_niss(rng, dob, sex):
    """Belgian national number for a birth date (odd serial = male)."""
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{serial:03d}"
        num = int(("2" + base) if dob.year >= 2000 else base)
        n = base + f"{97 - num % 97:02d}"
        if be_nn.is_valid(n):
            return n


def niss_fmt(n, style):
    if style == "std":
        return be_nn.format(n)
    return disguise(n, style, (2, 2, 2, 3, 2))


def make_nir(rng, dob, sex):
    dept = rng.choice(["75", "69", "13", "33", "59", "44", "67", "35", "31", "06"])
    body = (("1" if sex == "M" else "2") + f"{dob.year % 100:02d}{dob.month:02d}"
            + dept + f"{rng.randint(1, 899):03d}" + f"{rng.randint(1, 999):03d}")
    n = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(n)
    return n


def nir_fmt(n, style):
    if style == "std":
        return fr_nir.format(n)
    return disguise(n, style, (1, 2, 2, 2, 3, 3, 2))


VALIDATORS = {
    "ca_sin": ca_sin.is_valid,
    "ca_health_number": ohip_valid,
    "be_niss": be_nn.is_valid,
    "fr_nir": fr_nir.is_valid,
}


def luhn_serial(rng, length):
    """A checksum-valid number used as a serial, asset or lot number."""
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


def isbt_din(rng, year=25):
    """An ISBT 128-like donation identification number of an invented facility."""
    return f"C{rng.randint(1000, 9999)} {year} {rng.randint(100000, 999999)}"
