"""Helpers for the hard negatives: checksum-valid serials, staff lists, vendor blocks."""
from stdnum import luhn

from gen_common import ORG_DOMAIN, PARTNERS


def luhn_serial(r, n=9, first="123456789"):
    body = r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def device_serial(r, prefix=None):
    """Serial numbers that pass a Luhn check (some are 9 digits, like a SIN)."""
    style = r.randrange(4)
    if style == 0:
        n = luhn_serial(r, 9)
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == 1:
        return luhn_serial(r, 9)
    prefix = prefix or r.choice(["PJN", "RNB", "CXT", "PRX", "VLS"])
    return f"{prefix}{luhn_serial(r, 9 if style == 2 else 7)}"


def asset_tag(r):
    """10-digit Luhn-valid asset number (same shape as an Ontario health number)."""
    n = luhn_serial(r, 10)
    return f"{n[:4]}-{n[4:7]}-{n[7:]}"


def lot(r):
    return f"{r.choice(['L', 'LOT', 'B'])}{r.randint(2023, 2025) % 100}{r.randint(100, 999)}{r.choice('ABCDEFGH')}"


def staff_names(w, role, k):
    pool = list(w.staff[role])
    w.rng.shuffle(pool)
    return pool[:k]


def vendor(key):
    name, dom = PARTNERS[key]
    return name, dom


def gst_qst(r):
    return (f"{r.randint(100000000, 999999999)} RT0001", f"{r.randint(1000000000, 1299999999)} TQ0001")


def org_addr(local):
    return f"{local}@{ORG_DOMAIN}"
