"""Shared material for the hard negatives: extra invented people (job
candidates, speakers, vendors' reps), vendors, checksum-valid serial / lot /
asset numbers, and a few helpers."""
import gen_data as D
import gen_ids as I
from stdnum import luhn

# Invented people who are not patients (candidates, speakers, reps, babies).
EXTRA_PEOPLE = [("Laurence", "Béchard", "F"), ("Hugo", "Lapierre", "M"), ("Maude", "Sauvé", "F"),
                ("Jérémie", "Thibodeau", "M"), ("Océane", "Marcoux", "F"), ("Félix", "Bertrand", "M"),
                ("Rania", "Aziz", "F"), ("Tomás", "Oliveira", "M"), ("Chloé", "Vachon", "F"),
                ("Ian", "MacPhail", "M"), ("Grace", "Achebe", "F"), ("Owen", "Prescott", "M"),
                ("Naomi", "Feldman", "F"), ("Santiago", "Ruiz", "M"), ("Aisha", "Rahman", "F"),
                ("Victor", "Lemire", "M"), ("Camille", "Desautels", "F"), ("Liang", "Zhou", "M")]
SPEAKERS = [("Dre", "Mireille Cantin", "Université de Sherbrooke-Ouest"),
            ("Dr", "Antoine Brassard", "CHU de Québec-Est"),
            ("Dr.", "Rebecca Hollander", "Princess Royal Cancer Centre, Toronto"),
            ("Dr.", "Tariq Siddiqui", "McMaster-Lakeshore Oncology"),
            ("Mme", "Josiane Lebrun, M.Sc.", "physicienne, CICM-Nord"),
            ("M.", "Pierre-Luc Gervais, TRO", "coordonnateur technique, CHR Mauricie-Sud")]
VENDORS = [("Orthoplast Médical inc.", "facturation@orthoplast-medical.example", "1 800 555-0114"),
           ("RadioMed Systèmes Canada", "ar@radiomedsys.example", "1 877 555-0161"),
           ("Distribution Pharmaplus", "comptes@pharmaplus-distribution.example", "514 555-0132"),
           ("Northline Dosimetry Services", "billing@northline-dosimetry.example", "1 888 555-0177")]


def luhn9(rng):
    """A 9-digit number that passes the Luhn / SIN checksum (used as lot numbers)."""
    return I.gen_sin(rng)


def luhn10(rng):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    return body + luhn.calc_check_digit(body)


def serial(rng, prefix):
    return f"{prefix}{luhn10(rng)}"


def extra_person(c):
    g, s, sex = c.pick(EXTRA_PEOPLE)
    from gen_ctx import slug
    return dict(given=g, surname=s, sex=sex, email=f"{slug(g)}.{slug(s)}@courriel-perso.example")
