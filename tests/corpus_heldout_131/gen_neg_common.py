"""Shared material for negatives: extra staff, vendors, speakers,
checksum-valid serial / lot / asset numbers."""
from gen_util import STAFF, make_luhn_digits

S = STAFF

EXTRA_STAFF_FR = ['Julie Ouimet', 'Patrice Dagenais', 'Nancy Bellavance', 'Karine Dumoulin', 'Stéphane Grondin',
                  'Mylène Archambault', 'Kevin Tessier', 'Valérie Pichette', 'Annie-Claude Roberge', 'Sylvain Marois',
                  'Isabelle Comeau', 'Frédéric Labrecque', 'Nathalie Sirois', 'Émilie Vézina']
EXTRA_STAFF_EN = ['Megan Foster', 'Ryan Doucette', 'Sheila Bryant', 'Connor MacLeod', 'Tanya Webber',
                  'Gurpreet Sandhu', 'Alicia Moreau', 'Jordan Pike', 'Lauren Chiasson', 'Derek Holloway']
NURSES = ['Sonia Ménard', 'Julie Ouimet', 'Nancy Bellavance', 'Karine Dumoulin', 'Valérie Pichette',
          'Megan Foster', 'Tanya Webber']
MDS = ['ducharme', 'benali', 'rousseau', 'quesnel', 'mehta', 'gallagher', 'kourouma', 'lortie', 'whitaker', 'nolet']

VENDORS = [('OptiVision Médical inc.', 'facturation@optivision-med.example', '450 555-0161'),
           ('Lumina Surgical Canada', 'ar@luminasurgical.example', '905 555-0174'),
           ('Pharma-Distribution Boréale', 'comptes@pdboreale.example', '514 555-0119'),
           ('Clarté Instruments', 'service@clarte-instruments.example', '418 555-0166')]

SPEAKERS_FR = [('Dre Hélène Vautour', 'Institut de l\'œil des Trois-Pignons'),
               ('Dr Mathieu Saint-Cyr', 'Université du Littoral-Nord'),
               ('Dre Amina Belkacem', 'Centre universitaire de la Haute-Rivière'),
               ('Dr Olivier Fréchette', 'Clinique Ophtalmique Riveraine')]
SPEAKERS_EN = [('Dr. Rebecca Thornbury', 'Lakeshore Eye Institute'),
               ('Dr. Samuel Adeyemi', 'Northern Plains University'),
               ('Dr. Ingrid Solberg', 'Fjordview Retina Group'),
               ('Dr. Marcus Leung', 'Harbourfront Vision Centre')]


def serial9(rng):
    """9-digit Luhn-valid number (SIN-shaped) used as a device serial."""
    return make_luhn_digits(rng, 9)


def serial10(rng):
    """10-digit Luhn-valid number (health-card-shaped) used as a lot number."""
    return make_luhn_digits(rng, 10)


def spaced(n, groups):
    out, i = [], 0
    for gsz in groups:
        out.append(n[i:i + gsz])
        i += gsz
    return ' '.join(out)


def mod97_lot(rng):
    """11 digits whose last two are 97 - (first nine mod 97): NISS-shaped lot code."""
    base = '%02d%02d%02d%03d' % (rng.randint(20, 25), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 997))
    return base + '%02d' % (97 - int(base) % 97)


def asset_tag(rng, prefix):
    """Four letters and eight digits, like a NAM, but an asset tag."""
    return '%s %04d %04d' % (prefix, rng.randint(2019, 2025), rng.randint(1, 9999))
