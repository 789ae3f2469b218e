"""Helpers for the hard negatives: staff people, checksum-valid serials,
lot numbers and GTINs that must not be mistaken for patient identifiers."""
import gen_data as D
from stdnum import ean, luhn


def _L(lang):
    return lambda fr, en: fr if lang == "fr" else en


def person(rng, extra=True):
    """A staff member (from STAFF or STAFF_EXTRA) as a dict."""
    if extra and rng.random() < 0.5:
        g, s, sx = rng.choice(D.STAFF_EXTRA)
        return {"given": g, "surname": s, "sex": sx, "role": ""}
    s = rng.choice(D.STAFF)
    return {"given": s[0], "surname": s[1], "sex": s[2], "role": s[3]}


def luhn_serial(rng, n=9):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def gtin13(rng):
    body = "06" + "".join(rng.choice("0123456789") for _ in range(10))
    return body + ean.calc_check_digit(body)


def lot(rng):
    return rng.choice(["L", "K", "T", "X"]) + "".join(rng.choice("0123456789") for _ in range(5)) + rng.choice(["A", "B", "C", ""])


def mod97_number(rng):
    """11-digit number whose last two digits are a mod-97 key (looks like a NISS, is a contract number)."""
    base = "".join(rng.choice("0123456789") for _ in range(9))
    return base + f"{97 - int(base) % 97:02d}"


def neg_spec(lang, **kw):
    d = dict(kw)
    d["lang"] = lang
    d["types"] = []
    d["ids"] = []
    d["patients"] = []
    d["confidential"] = False
    return d


CANDIDATES = [("Maxime", "Tessier"), ("Amira", "Belkacem"), ("Jordan", "Whitaker"), ("Coralie", "Lussier"),
              ("Shauna", "Fitzpatrick"), ("Étienne", "Robitaille"), ("Daphné", "Guérin"), ("Kyle", "Ramsay")]
