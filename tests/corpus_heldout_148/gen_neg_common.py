"""Helpers for the hard negatives: checksum-valid serials, lots, staff names that are not patients."""
from stdnum import luhn

from gen_common import DOM, Person

# Extra staff / colleagues / candidates (never patients, never NAM holders' names).
MORE_STAFF = [
    ('Annie', 'Boulanger', 'F'), ('Maxime', 'Fontaine', 'M'), ('Roxanne', 'Labelle', 'F'), ('Dominic', 'Carrier', 'M'),
    ('Kelly', 'Whitmore', 'F'), ('Tyler', 'Brennan', 'M'), ('Marie-Ève', 'Lussier', 'F'), ('Jonathan', 'Bolduc', 'M'),
    ('Farah', 'Nasser', 'F'), ('Brandon', 'Hale', 'M'), ('Élodie', 'Grenier', 'F'), ('Samuel', 'Champagne', 'M'),
    ('Nicole', 'Papadakis', 'F'), ('Jordan', 'Reid', 'M'), ('Catherine', 'Lalonde', 'F'), ('Vincent', 'Proulx', 'M'),
]


def staffer(rng, lang='fr'):
    g, s, sex = rng.choice(MORE_STAFF)
    from gen_common import ascii_fold
    local = ascii_fold(f'{g}.{s}'.lower().replace(' ', '').replace("'", ''))
    return Person(g, s, 'employé(e)', 'staff', f'{local}@{DOM}', sex)


def luhn_serial(rng, n):
    body = str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def asset_tag(rng):
    """9 digits, Luhn-valid, printed in three groups like a SIN (but it is an asset tag)."""
    s = luhn_serial(rng, 9)
    return f'{s[:3]} {s[3:6]} {s[6:]}'


def serial10(rng):
    """10 digits, Luhn-valid, printed like an Ontario health number (but it is a device serial)."""
    s = luhn_serial(rng, 10)
    return f'{s[:4]}-{s[4:7]}-{s[7:]}'


def gtin14(rng):
    body = '0' + ''.join(rng.choice('0123456789') for _ in range(12))
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def mod97_lot(rng):
    """11 digits where the last two are 97 - (first 9 mod 97): looks like a Belgian number."""
    base = ''.join(rng.choice('0123456789') for _ in range(9))
    return base + '%02d' % (97 - int(base) % 97)


def catalog_ref(rng, prefix):
    """4 letters + 8 digits, spaced like a RAMQ number, but a catalogue reference."""
    return f'{prefix} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}'


def money(rng, a, b, lang):
    v = rng.randint(a * 100, b * 100) / 100
    if lang == 'fr':
        return f'{v:,.2f} $'.replace(',', ' ').replace('.', ',')
    return f'${v:,.2f}'
