"""Helpers for the non-confidential (hard negative) messages: staff outside the clinical team,
checksum-valid serial / lot / asset numbers."""
from stdnum import luhn

import gen_common as G

S, X = G.S, G.X

EXTRA_FR = [("Mathilde", "Gervais"), ("Jonathan", "Paradis"), ("Sandrine", "Lemieux"), ("Élise", "Carrier"),
            ("Francis", "Auclair"), ("Valérie", "Sirois"), ("Hugo", "Deschênes"), ("Marjolaine", "Fecteau"),
            ("Stéphane", "Rochon"), ("Julie", "Ménard"), ("Frédéric", "Cadieux"), ("Annick", "Leclair")]
EXTRA_EN = [("Megan", "Holloway"), ("Darren", "Fitzsimmons"), ("Ruth", "Abramowicz"), ("Connor", "Blake"),
            ("Anita", "Deshmukh"), ("Graham", "Whitley"), ("Naomi", "Stroud"), ("Patrick", "Quaid"),
            ("Lucy", "Harrington"), ("Victor", "Almeida"), ("Carmen", "Ruiz"), ("Tyler", "Brandt")]
SPEAKERS_FR = [("Dre", "Nadia", "Ferland", "endocrinologue, Université du Haut-Plateau"),
               ("Dr", "Julien", "Castonguay", "néphrologue, CHU des Deux-Rives"),
               ("Pre", "Amélie", "Thériault", "chercheuse en nutrition clinique"),
               ("Dr", "Tomasz", "Wiśniewski", "ophtalmologiste, rétine médicale"),
               ("Dre", "Yasmine", "Haddadi", "obstétricienne, grossesses à risque"),
               ("M.", "Olivier", "Sansoucy", "pharmacien, soins ambulatoires"),
               ("Mme", "Catherine", "Gaudreault", "infirmière praticienne, soins des plaies")]
SPEAKERS_EN = [("Dr.", "Priyanka", "Bhatt", "endocrinologist, Lakeshore University"),
               ("Dr.", "Callum", "O'Connell", "vascular surgeon, diabetic limb salvage"),
               ("Dr.", "Ingrid", "Solberg", "paediatric endocrinologist"),
               ("Ms.", "Theresa", "Nwosu", "RN, CDE, pump therapy lead"),
               ("Dr.", "Marcus", "Feldman", "ophthalmologist, teleretinal screening"),
               ("Dr.", "Hana", "Yoshida", "maternal-fetal medicine"),
               ("Mr.", "Derrick", "Amponsah", "pharmacist, insulin access programs")]

VENDORS = [("Médi-Fournitures Laurentides inc.", "factures@medifournitures.example"),
           ("Diabeto-Tech Canada", "ar@diabetotech.example"),
           ("Northbridge Medical Supply", "billing@northbridgemed.example"),
           ("Bureau Express Outaouais", "ventes@bureauexpress.example"),
           ("Interprètes Pignons", "comptes@interpretes-pignons.example")]


def person(c, lang):
    g, s = c.ch(EXTRA_FR if lang == "fr" else EXTRA_EN)
    return g, s


def email_of(g, s, dom=G.DOMAIN):
    return G.strip_accents(g[0] + "." + s).lower().replace(" ", "").replace("'", "") + "@" + dom


def luhn9(c):
    """Nine digits passing the Luhn check (same shape as a SIN) - used as a device serial."""
    body = c.ch("1234567") + "".join(c.ch("0123456789") for _ in range(7))
    return body + luhn.calc_check_digit(body)


def luhn10(c):
    body = c.ch("123456789") + "".join(c.ch("0123456789") for _ in range(8))
    return body + luhn.calc_check_digit(body)


def mod97_11(c):
    """Eleven digits with a mod-97 check (same shape as a Belgian national number) - used as an order number."""
    import datetime
    d = datetime.date(c.r(1950, 1999), c.r(1, 12), c.r(1, 28))
    first9 = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{c.r(1, 997):03d}"
    return f"{first9}{97 - int(first9) % 97:02d}"


def grp(v, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(v[i:i + n])
        i += n
    return sep.join(out)
