"""Helpers for hard negatives: checksum-valid serials, lot numbers, staff-side people."""
from stdnum import luhn, ean

# Invented people who are never patients: candidates, speakers, new hires, vendors.
OTHER_PEOPLE_FR = ["Karine Dubé", "Alexandre Roussel", "Mélanie Paré", "Samuel Ngo", "Véronique Talbot",
                   "Catherine Boudreau", "Philippe Nantel", "Audrey Lemay", "Maxime Ducharme", "Sabrina Toupin",
                   "Jonathan Beaudry", "Émilie Carrier", "Vincent Lortie", "Marjorie Séguin"]
OTHER_PEOPLE_EN = ["Hannah Whitcombe", "Samir Qureshi", "Jessica Farrow", "Nolan Pike", "Bethany Loewen",
                   "Marcus Adeyemi", "Colleen Mayhew", "Dev Khanna", "Fiona Garrity", "Ian Prentice",
                   "Lauren Chiu", "Rebecca Strand"]


def luhn_serial(rng, n, first="123456789"):
    body = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def gtin13(rng, prefix="0"):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(12 - len(prefix)))
    return body + ean.calc_check_digit(body)


def lot(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "%s%d%s%05d" % (rng.choice(L), rng.randrange(1, 10), rng.choice(L), rng.randrange(100000))


def grouped(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


PRODUCTS = [
    ("Mepilex Border Flex 10 x 10 cm", "boîte de 10", 48.90),
    ("Aquacel Ag+ Extra 10 x 10 cm", "boîte de 10", 96.40),
    ("Iodosorb pommade 40 g", "unité", 31.75),
    ("Intrasite Gel 15 g", "boîte de 10", 42.10),
    ("Allevyn Gentle Border 12,5 x 12,5 cm", "boîte de 10", 61.30),
    ("Profore système 4 couches", "trousse", 27.85),
    ("Coban 2 Lite 10 cm", "trousse", 24.60),
    ("Prontosan solution 350 mL", "unité", 18.20),
    ("Acticoat 7 10 x 12,5 cm", "boîte de 5", 132.00),
    ("Cavilon film protecteur 1 mL", "boîte de 25", 39.50),
    ("Canister VAC 500 mL", "caisse de 5", 210.00),
    ("Mepitel One 7,5 x 10 cm", "boîte de 10", 44.80),
]
PRODUCTS_EN = [(n.replace(",", ".").replace("pommade", "ointment").replace("système 4 couches", "4-layer system")
                .replace("film protecteur", "barrier film"), u.replace("boîte de", "box of").replace("unité", "each").replace("trousse", "kit")
                .replace("caisse de", "case of"), p) for n, u, p in PRODUCTS]
