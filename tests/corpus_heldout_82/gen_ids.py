"""Identifiers, people and formatting helpers (step 1 of the generator).

Everything here is invented.  RAMQ NAMs come only from ../blind_nams.txt.
Belgian NISS, French NIR, Canadian SIN and Ontario health numbers are built
by their published rules and verified with python-stdnum.
"""
import datetime
import os

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# --------------------------------------------------------------------------- NAM list
def load_nam_holders(path=None):
    path = path or os.path.join(HERE, "..", "blind_nams.txt")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append(dict(surname=sur, given=given, dob=datetime.date.fromisoformat(dob),
                            sex=sex, nam=nam))
    return out


# --------------------------------------------------------------------------- numbers
def make_niss(rng, dob, sex):
    """Belgian national register number (NISS / rijksregisternummer)."""
    for _ in range(200):
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == "M"):
            continue
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, seq)
        num = int(("2" + base) if dob.year >= 2000 else base)
        number = base + "%02d" % (97 - num % 97)
        if be_nn.is_valid(number):
            return number
    raise RuntimeError("no NISS")


def make_nir(rng, dob, sex, dept=None):
    """French NIR (numéro de sécurité sociale)."""
    for _ in range(200):
        d = dept or rng.choice(["59", "59", "62", "67", "67", "68", "75", "57", "80", "2A", "99"])
        commune = "%03d" % rng.randrange(1, 700)
        if d == "99":
            commune = rng.choice(["131", "109", "127", "350", "401"])  # born abroad: country code
        order = "%03d" % rng.randrange(1, 999)
        body = "%s%02d%02d%s%s%s" % ("1" if sex == "M" else "2", dob.year % 100, dob.month, d, commune, order)
        number = body + fr_nir.calc_check_digits(body + "00")
        if fr_nir.is_valid(number):
            return number
    raise RuntimeError("no NIR")


def make_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        number = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(number):
            return number


def make_on_hn(rng):
    """Ontario health number: 10 digits, last is a Luhn check digit."""
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number)
    return number


def on_hn_valid(number):
    return len(number) == 10 and number.isdigit() and luhn.is_valid(number)


def make_inami(rng, kind="1", comp=None):
    """Belgian INAMI/RIZIV provider number (1-xxxxx-cc-qqq).  Staff id, not a patient id."""
    six = kind + "%05d" % rng.randrange(10000, 99999)
    cc = 97 - int(six) % 97
    comp = comp or rng.choice(["003", "004", "580", "590", "650", "830", "010"])
    return "%s-%s-%02d-%s" % (six[0], six[1:], cc, comp)


def make_rpps(rng):
    body = "10" + "".join(rng.choice("0123456789") for _ in range(8))
    return body + luhn.calc_check_digit(body)


def make_finess(rng, dept="59"):
    body = dept + "0" + "".join(rng.choice("0123456789") for _ in range(5))
    return body + luhn.calc_check_digit(body)


def make_siret(rng):
    body = "".join(rng.choice("0123456789") for _ in range(13))
    return body + luhn.calc_check_digit(body)


def make_bce(rng):
    """Belgian enterprise number 0xxx.xxx.xxx (mod 97)."""
    body = "0" + "%07d" % rng.randrange(2000000, 9999999)
    n = body + "%02d" % (97 - int(body) % 97)
    return "%s.%s.%s" % (n[:4], n[4:7], n[7:])


def checksum_lot_niss_like(rng):
    """An 11-digit lot number that happens to pass the NISS mod-97 rule."""
    while True:
        d = datetime.date(1900 + rng.randrange(40, 99), rng.randrange(1, 13), rng.randrange(1, 29))
        n = make_niss(rng, d, rng.choice("MF"))
        if be_nn.is_valid(n):
            return n


def luhn_serial(rng, length=9):
    body = rng.choice("1234567") + "".join(rng.choice("0123456789") for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


def mrn_value(rng, style):
    if style == "ipp":
        return "%09d" % rng.randrange(800000000, 899999999)
    if style == "nda":
        return "24%08d" % rng.randrange(0, 99999999)
    if style == "qc":
        return "H-%07d" % rng.randrange(1000000, 9999999)
    if style == "upi":
        return "%010d" % rng.randrange(10 ** 8, 10 ** 9)
    return "%07d" % rng.randrange(1000000, 9999999)


# --------------------------------------------------------------------------- disguises
FULLWIDTH = {c: chr(0xFF10 + i) for i, c in enumerate("0123456789")}


def fullwidth(s):
    return "".join(FULLWIDTH.get(c, c) for c in s)


def fmt_niss(rng, n, style=None):
    style = style or rng.choice(["dots", "dots", "plain", "spaces", "blocks", "slash", "dash", "fw", "thin", "odd"])
    a, b, c, d, e = n[:2], n[2:4], n[4:6], n[6:9], n[9:]
    if style == "dots":
        return "%s.%s.%s-%s.%s" % (a, b, c, d, e)
    if style == "plain":
        return n
    if style == "spaces":
        return "%s %s %s %s %s" % (a, b, c, d, e)
    if style == "blocks":
        return "%s%s%s %s %s" % (a, b, c, d, e)
    if style == "slash":
        return "%s%s%s/%s/%s" % (a, b, c, d, e)
    if style == "dash":
        return "%s%s%s-%s-%s" % (a, b, c, d, e)
    if style == "fw":
        return fullwidth("%s.%s.%s-%s.%s" % (a, b, c, d, e))
    if style == "thin":
        return "\u2009".join([a, b, c, d, e])
    return "%s %s%s %s%s %s" % (n[:1], n[1:3], n[3:5], n[5:8], n[8:10], n[10:])  # odd spacing


def fmt_nir(rng, n, style=None):
    style = style or rng.choice(["std", "std", "plain", "key", "dots", "fw", "nbsp", "odd"])
    parts = [n[:1], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]
    if style == "std":
        return " ".join(parts)
    if style == "plain":
        return n
    if style == "key":
        return n[:13] + " " + n[13:]
    if style == "dots":
        return ".".join(parts[:6]) + "-" + parts[6]
    if style == "fw":
        return fullwidth(" ".join(parts))
    if style == "nbsp":
        return "\u00a0".join(parts)
    return "%s %s %s %s" % (n[:3], n[3:7], n[7:13], n[13:])


def fmt_sin(rng, n):
    st = rng.choice(["sp", "dash", "plain", "fw"])
    if st == "sp":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if st == "dash":
        return "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if st == "fw":
        return fullwidth("%s %s %s" % (n[:3], n[3:6], n[6:]))
    return n


def fmt_on(rng, n):
    vc = rng.choice(["", " AB", " - KT", " XY", ""])
    st = rng.choice(["dash", "sp", "plain"])
    if st == "dash":
        return "%s-%s-%s%s" % (n[:4], n[4:7], n[7:], vc)
    if st == "sp":
        return "%s %s %s%s" % (n[:4], n[4:7], n[7:], vc)
    return n + vc


def fmt_nam(rng, nam):
    st = rng.choice(["plain", "plain", "sp", "sp4", "lower", "dash", "fw"])
    if st == "plain":
        return nam
    if st == "sp":
        return "%s %s %s" % (nam[:4], nam[4:8], nam[8:])
    if st == "sp4":
        return "%s %s %s %s" % (nam[:4], nam[4:6], nam[6:10], nam[10:])
    if st == "lower":
        return nam.lower()
    if st == "dash":
        return "%s-%s-%s" % (nam[:4], nam[4:8], nam[8:])
    return nam[:4] + " " + fullwidth(nam[4:])


# --------------------------------------------------------------------------- dates
def fmt_date_fr(rng, d, style=None):
    style = style or rng.choice(["slash", "slash", "dot", "long", "iso", "short", "deg"])
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return d.strftime("%d-%m-%y")
    return "°" + d.strftime("%d/%m/%Y")


def fmt_date_en(rng, d):
    st = rng.choice(["long", "iso", "dmy", "short"])
    if st == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if st == "iso":
        return d.isoformat()
    if st == "dmy":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    return d.strftime("%d/%m/%Y")


def age_at(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# --------------------------------------------------------------------------- people
BE_SUR = ["Vandenbroucke", "Lambert", "Peeters", "Janssens", "Maes", "Dubois", "Mertens", "Willems",
          "Goossens", "Wouters", "De Smet", "Dupont", "Lejeune", "Renard", "Lemaire", "Leclercq",
          "Collignon", "Hermans", "Declercq", "Delvaux", "Legrand", "Piron", "Henrard", "Lhoest",
          "Wathelet", "Gillet", "Massart", "Dethier", "Vanderlinden", "Boulanger", "Mahieu",
          "Lecocq", "Dewez", "Crahay", "Hubert", "Stassart", "Bodart", "El Amrani", "Benali",
          "Kabongo", "Mukendi", "Nguyen", "Ozturk", "Marchal", "Jacquemin", "Dumoulin", "Piette"]
FR_SUR = ["Lefebvre", "Leroy", "Moreau", "Fontaine", "Mercier", "Schmitt", "Meyer", "Muller",
          "Klein", "Weber", "Haas", "Bernard", "Petit", "Durand", "Deschamps", "Vasseur",
          "Delattre", "Dufour", "Caudron", "Wagner", "Hoffmann", "Becker", "Lemaître", "Carpentier",
          "Delcourt", "Boulet", "Dhainaut", "Lecomte", "Fischer", "Kieffer", "Roth", "Zimmermann",
          "Hamdi", "Bouzid", "Da Silva", "Pereira", "Martinez", "Garnier", "Lemoine", "Ott",
          "Wolff", "Stoltz", "Sauvage", "Deruelle", "Vandamme", "Hennebert"]
GIVEN_F = ["Marie", "Chantal", "Nathalie", "Isabelle", "Françoise", "Monique", "Sophie", "Julie",
           "Céline", "Aurélie", "Lucie", "Élodie", "Martine", "Josiane", "Laure", "Camille",
           "Inès", "Fatima", "Yasmine", "Léa", "Anne-Marie", "Marie-Christine", "Odile", "Brigitte",
           "Jeanine", "Colette", "Émilie", "Zoé", "Clara", "Amandine"]
GIVEN_M = ["Jean", "Pierre-Yves", "Jacques", "Philippe", "Luc", "Didier", "Thierry", "Michaël",
           "Kevin", "Julien", "Olivier", "Bernard", "Christophe", "Jean-Pierre", "Marcel", "René",
           "Hugo", "Théo", "Mohamed", "Karim", "Yannick", "Grégory", "Benoît", "François",
           "Guy", "Arnaud", "Alain", "Noah", "Lucas", "Serge"]

# Staff names: disjoint from patient names and from every NAM holder's surname.
STAFF_SUR = ["Hanot", "Vermeulen", "Ziegler", "Kessler", "Prévost", "Mathy", "Jadoul", "Claessens",
             "Degraeve", "Lhermitte", "Stéphenne", "Wauthier", "Schaller", "Grandjean", "Moens",
             "Van Houtte", "Dardenne", "Ruelle", "Thiry", "Bastin", "Englebert", "Hamoir",
             "Lefranc", "Dumortier", "Heinrich", "Brunner", "Keller", "Vogt", "Lorentz", "Baumann",
             "Delannoy", "Desmet", "Cuvelier", "Ramon", "Ghesquière", "Descamps", "Verbeke",
             "Tremblay-Hugues", "Bérubé", "Lavoie-Marchand", "Desrosiers", "Beaulieu", "Lemelin",
             "Okafor", "Haddad", "Sandoval", "Rinaldi", "Kowalski", "Vidal", "Aubry", "Noël"]
STAFF_GIVEN = ["Anne", "Benoît", "Catherine", "Dominique", "Étienne", "Florence", "Gaëlle", "Hélène",
               "Ingrid", "Jérôme", "Karine", "Laurent", "Muriel", "Nicolas", "Pascale", "Quentin",
               "Raphaël", "Sandrine", "Thomas", "Valérie", "Vincent", "Xavier", "Agnès", "Bruno",
               "Delphine", "Fabienne", "Geoffrey", "Mathilde", "Olivia", "Patrick", "Sébastien", "Véronique"]


def make_patient(rng, country, used, sex=None, age_range=(18, 92), ref=datetime.date(2024, 10, 1)):
    sex = sex or rng.choice("MF")
    pool = BE_SUR if country == "be" else FR_SUR
    for _ in range(500):
        sur = rng.choice(pool)
        given = rng.choice(GIVEN_M if sex == "M" else GIVEN_F)
        if (sur, given) not in used:
            used.add((sur, given))
            break
    age = rng.randrange(age_range[0], age_range[1])
    dob = datetime.date(ref.year - age, rng.randrange(1, 13), rng.randrange(1, 29))
    p = dict(surname=sur, given=given, sex=sex, dob=dob, country=country)
    if country == "be":
        p["niss"] = make_niss(rng, dob, sex)
    else:
        p["nir"] = make_nir(rng, dob, sex)
    return p


def make_staff(rng, used, title="Dr"):
    for _ in range(500):
        sur = rng.choice(STAFF_SUR)
        given = rng.choice(STAFF_GIVEN)
        if (sur, given) not in used:
            used.add((sur, given))
            return dict(surname=sur, given=given, title=title)
    return dict(surname=rng.choice(STAFF_SUR), given=rng.choice(STAFF_GIVEN), title=title)


def title_fr(p):
    return "M." if p["sex"] == "M" else "Mme"


def fmt_name(rng, p, lang="fr", style=None):
    """All the ways people write a patient's name."""
    style = style or rng.choice(["title", "title", "upper_first", "plain", "lower", "initial",
                                 "sur_comma", "upper_title", "hyph_init"])
    g, s = p["given"], p["surname"]
    if lang == "en":
        t = "Mr" if p["sex"] == "M" else rng.choice(["Mrs", "Ms"])
    else:
        t = title_fr(p)
    if style == "title":
        return "%s %s %s" % (t, g, s)
    if style == "upper_first":
        return "%s %s" % (s.upper(), g)
    if style == "plain":
        return "%s %s" % (g, s)
    if style == "lower":
        return "%s %s" % (s.lower(), g.lower())
    if style == "initial":
        return "%s %s. %s" % (t, g[0], s)
    if style == "sur_comma":
        return "%s, %s" % (s, g)
    if style == "upper_title":
        return "%s %s %s" % (t, s.upper(), g)
    # hyphenated-initial style (J.-P. Dumont) or plain initial
    if "-" in g:
        a, b = g.split("-", 1)
        return "%s.-%s. %s" % (a[0], b[0], s)
    return "%s. %s" % (g[0], s.upper())


def phone_be(rng, mobile=True):
    if mobile:
        return "04%d%d 55 50 %s" % (rng.choice([7, 8, 9]), rng.randrange(0, 10), "1%d" % rng.randrange(0, 10))
    return rng.choice(["02", "081", "071", "04", "065"]) + " 555 01 %02d" % rng.randrange(0, 100)


def phone_fr(rng, mobile=True):
    if mobile:
        return "06 %02d 55 50 1%d" % (rng.randrange(10, 99), rng.randrange(0, 10))
    return rng.choice(["03 20", "03 88", "03 28", "03 89"]) + " 55 50 1%d" % rng.randrange(0, 10)


def phone_qc(rng):
    return "%s 555-01%02d" % (rng.choice(["514", "418", "450", "819", "438"]), rng.randrange(0, 100))


BE_STREETS = ["rue de la Station", "avenue des Tilleuls", "chaussée de Louvain", "rue du Moulin",
              "rue Haute", "place Saint-Lambert", "rue des Écoles", "avenue Reine Astrid",
              "rue de Fer", "chaussée de Bruxelles"]
BE_TOWNS = ["1030 Schaerbeek", "1070 Anderlecht", "5000 Namur", "6000 Charleroi", "4000 Liège",
            "7000 Mons", "1348 Louvain-la-Neuve", "1400 Nivelles", "6700 Arlon", "4800 Verviers",
            "1080 Molenbeek-Saint-Jean", "5100 Jambes"]
FR_STREETS = ["rue Nationale", "rue de Béthune", "boulevard de la Liberté", "rue des Tanneurs",
              "rue du Faubourg-National", "quai des Bateliers", "rue de la Krutenau", "allée des Peupliers",
              "rue Solférino", "avenue de Colmar"]
FR_TOWNS = ["59000 Lille", "59100 Roubaix", "59200 Tourcoing", "59650 Villeneuve-d'Ascq",
            "67000 Strasbourg", "67100 Strasbourg", "67200 Strasbourg", "67300 Schiltigheim",
            "67400 Illkirch-Graffenstaden", "59130 Lambersart"]


def address(rng, country):
    if country == "be":
        return "%s %d, %s" % (rng.choice(BE_STREETS), rng.randrange(1, 180), rng.choice(BE_TOWNS))
    return "%d %s, %s" % (rng.randrange(1, 120), rng.choice(FR_STREETS), rng.choice(FR_TOWNS))


def de(s):
    """French elision: 'de' + word -> "d'" before a vowel sound."""
    return ("d'" if s[:1].lower() in "aeiouyhéèêëàâîïôûœ" else "de ") + s


def accord(p, s):
    """Resolve the '(e)', 'il/elle', 'le/la' template forms for one patient."""
    fem = p["sex"] == "F"
    for a, m_, f_ in [("Il/elle", "Il", "Elle"), ("Elle/il", "Il", "Elle"), ("il/elle", "il", "elle"),
                      ("La patiente/le patient", "Le patient", "La patiente"), ("la patiente/le patient", "le patient", "la patiente"),
                      ("une patiente/un patient", "un patient", "une patiente"), ("le/la ", "le ", "la "),
                      ("l'a vu(e)", "l'ai vu", "l'ai vue"), ("patient(e)", "patient", "patiente"),
                      ("québécois(e)", "québécois", "québécoise"), ("inquiet(e)", "inquiet", "inquiète"),
                      ("atteint(e)", "atteint", "atteinte"), ("seul(e)", "seul", "seule"), ("suivi(e)", "suivi", "suivie"),
                      ("dialysé(e)", "dialysé", "dialysée"), ("hospitalisé(e)", "hospitalisé", "hospitalisée"),
                      ("domicilié(e)", "domicilié", "domiciliée"), ("sorti(e)", "sorti", "sortie"), ("vu(e)", "vu", "vue"),
                      ("reçu(e)", "reçu", "reçue"), ("Vu(e)", "Vu", "Vue"), ("résident(e)", "résident", "résidente"),
                      ("adressé(e)", "adressé", "adressée"), ("Née/né", "Né", "Née")]:
        s = s.replace(a, f_ if fem else m_)
    return s


STAFF_F = {"Anne", "Catherine", "Florence", "Gaëlle", "Hélène", "Ingrid", "Karine", "Muriel", "Pascale", "Sandrine",
           "Valérie", "Agnès", "Delphine", "Fabienne", "Mathilde", "Olivia", "Véronique"}


def staff_fem(p):
    return p["given"] in STAFF_F
