"""Material shared by the negative (non-confidential) templates."""
import gen_common as C
from stdnum import luhn

# Additional staff, only ever used in negatives (surnames disjoint from the NAM list and patients)
NEG_STAFF = [
    ("Audrey", "Pinsonneault"), ("Martin", "Lussier"), ("Sophie", "Beauchemin"), ("Olivier", "Desrosiers"),
    ("Catherine", "Lafrenière"), ("Julien", "Carrière"), ("Annie", "Provencher"), ("Yannick", "Bastien"),
    ("Nathan", "Greenberg"), ("Chloé", "Massicotte"), ("Fatou", "Diallo"), ("Marco", "Bellini"),
    ("Isabelle", "Nolet"), ("Vincent", "Trudel"), ("Émilie", "Sirois"), ("Patrick", "Doyle"),
    ("Rania", "Haddadi"), ("Kevin", "Lapierre"), ("Mélissa", "Daigneault"), ("Hugo", "Brisebois"),
]

SPEAKERS = [
    ("Dre", "Dr.", "Anne", "Fiset", "syphilis congénitale et dépistage prénatal", "congenital syphilis and prenatal screening"),
    ("Dr", "Dr.", "Tariq", "Benali", "PrEP injectable : cabotégravir en pratique", "injectable PrEP: cabotegravir in practice"),
    ("Dre", "Dr.", "Lucie", "Amyot", "hormonothérapie chez les personnes de plus de 60 ans", "hormone therapy after 60"),
    ("M.", "Mr.", "Gabriel", "Stein", "santé mentale des jeunes trans et non binaires", "mental health of trans and non-binary youth"),
    ("Dre", "Dr.", "Sun-Hee", "Park", "érythrocytose secondaire sous testostérone", "secondary erythrocytosis on testosterone"),
    ("Dr", "Dr.", "Idris", "Mbeki-Laurent", "doxy-PEP et résistance antimicrobienne", "doxy-PEP and antimicrobial resistance"),
    ("Mme", "Ms.", "Carole", "Whitmore", "accès aux soins d'affirmation en région", "access to gender-affirming care in rural areas"),
]


def luhn_serial(rng, n=9, first="123456789"):
    body = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def grouped(num, sizes=(3, 3, 3), sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(out)


def staff_name(c, fmt="full"):
    g, s = c.choice(NEG_STAFF)
    if fmt == "last_first":
        return "%s, %s" % (s.upper(), g)
    return "%s %s" % (g, s)


def lot(c):
    return "%s%d%s" % (c.choice(["L", "LT", "B", "K"]), c.randint(10000, 99999), c.choice(["A", "B", "C", ""]))


def din(c):
    return "%08d" % c.randint(2000000, 2499999)
