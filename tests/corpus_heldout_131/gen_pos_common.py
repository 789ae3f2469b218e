"""Helpers shared by the positive templates: patient creation by identifier
kind, demographic blocks, external correspondents, file-name helpers."""
from gen_util import STAFF, fmt_date, strip_accents

S = STAFF

PHARMACIES = [('Pharmacie Beaulac et Nadon', 'ordonnances@pharmaciebeaulac.example', '819 555-0152'),
              ('Pharmacie du Vieux-Moulin', 'labo@vieuxmoulin-pharma.example', '819 555-0153'),
              ('Riverside Pharmacy', 'rx@riversidepharmacy.example', '613 555-0131')]
INSURERS = [('AssurVie Boréale — Invalidité', 'invalidite@assurvie-boreale.example'),
            ('Great Lakes Mutual — Disability Claims', 'claims@greatlakesmutual.example')]
TRANSPORT = [('Transport adapté des Deux-Rives', 'reservations@tadr.example', '819 555-0155'),
             ('Centre d\'action bénévole Val-des-Pins — accompagnement', 'accompagnement@cabvdp.example',
              '819 555-0156'),
             ('Valley Volunteer Drivers', 'bookings@valleydrivers.example', '613 555-0134')]
LOWVISION = [('Centre Lumen — accueil', 'accueil@lumen-readaptation.example'),
             ('Vision Loss Rehabilitation Valley — intake', 'intake@vlr-valley.example')]


def mkpatient(g, c, idk, age=None, sex=None):
    kind = 'nam' if idk == 'nam' else ('ohip' if idk == 'ohip' else 'plain')
    origin = 'on' if idk == 'ohip' else 'qc'
    return g.patient(c.lang, kind=kind, age=age, sex=sex, origin=origin)


def sexlabel(c, p, style=None):
    r = c.g.rng
    style = style if style is not None else r.randrange(3)
    if c.lang == 'fr':
        return ['Sexe : %s' % p.sex, '(%s)' % p.sex, 'sexe %s' % p.sex][style]
    return ['Sex: %s' % p.sex, '(%s)' % p.sex, 'sex %s' % p.sex][style]


def id_label(c, idk):
    fr = c.lang == 'fr'
    r = c.g.rng
    return {
        'nam': r.choice(['NAM', 'No RAMQ', 'NAM (RAMQ)', 'Carte soleil']) if fr else r.choice(['RAMQ', 'NAM', 'Quebec health card']),
        'ohip': r.choice(['No carte santé Ontario', 'OHIP']) if fr else r.choice(['OHIP', 'HCN', 'Health card']),
        'mrn': r.choice(['No dossier', 'Dossier', 'No de dossier', '# dossier']) if fr else r.choice(['MRN', 'Chart #', 'Hospital chart no.']),
        'sin': 'NAS' if fr else 'SIN',
        'niss': 'NISS' if fr else 'NISS (Belgian national number)',
        'nir': 'NIR (sécu)' if fr else 'French NIR',
    }[idk]


def idval(c, p, idk, style=None):
    if idk == 'nam':
        return c.nam(p, style)
    if idk == 'ohip':
        return c.ohip(p, style)
    if idk == 'mrn':
        return c.mrn(p, style)
    if idk == 'sin':
        return c.sin(p, style)
    if idk == 'niss':
        return c.niss(p, style)
    if idk == 'nir':
        return c.nir(p, style)
    raise ValueError(idk)


def demo_lines(c, p, idk, name_style=None, with_phone=False, with_addr=False, with_dob=None, mrn_too=False):
    """Labelled demographic lines. A NAM always comes with name, birth date and sex."""
    fr = c.lang == 'fr'
    lines = [('Nom : ' if fr else 'Name: ') + c.name_any(p, [name_style] if name_style else None)
             if name_style != 'skip' else None]
    lines = [l for l in lines if l]
    if with_dob is None:
        with_dob = idk == 'nam' or c.g.rng.random() < 0.6
    if idk == 'nam':
        with_dob = True
    if with_dob:
        lines.append(('DDN : ' if fr else 'DOB: ') + c.dob(p) + '   ' + sexlabel(c, p, 0))
    if idk and idk != 'none':
        lines.append('%s : %s' % (id_label(c, idk), idval(c, p, idk)) if fr else
                     '%s: %s' % (id_label(c, idk), idval(c, p, idk)))
    if mrn_too and idk != 'mrn':
        lines.append(('Dossier HSL : ' if fr else 'Sainte-Lucie chart: ') + c.mrn(p))
    if with_addr:
        lines.append(('Adresse : ' if fr else 'Address: ') + c.address(p))
    if with_phone:
        lines.append(('Tél. : ' if fr else 'Phone: ') + c.phone(p))
    return lines


def ident_inline(c, p, idk):
    """Compact inline identity, e.g. 'GINGRAS, Thérèse (1948-03-02, F) NAM GING 4803 5214'."""
    fr = c.lang == 'fr'
    if idk == 'nam':
        return '%s (%s, %s) %s %s' % (c.name(p, c.g.rng.choice(['upper', 'comma', 'full', 'upper_all'])),
                                      c.dob(p), p.sex, id_label(c, 'nam'), c.nam(p))
    if idk in (None, 'none'):
        return c.name_any(p)
    return '%s, %s %s' % (c.name_any(p), id_label(c, idk), idval(c, p, idk))


def file_token(p, style=0):
    s = [p.surname + '_' + p.given, p.surname.upper(), p.given[0] + p.surname][style % 3]
    return s.replace(' ', '_').replace("'", '')


def ascii_token(p, style=0):
    return strip_accents(file_token(p, style))


def dstr(c, d, style='long'):
    return fmt_date(d, style, c.lang)


def hhmm(h, m, lang):
    return ('%d h %02d' % (h, m)) if lang == 'fr' else ('%d:%02d' % (h, m))


def greeting(c, st=None, informal=False):
    r = c.g.rng
    if c.lang == 'fr':
        if informal and st:
            return r.choice(['Salut %s,', 'Bonjour %s,', 'Allo %s,']) % st.given
        if st:
            return r.choice(['Bonjour %s,' % st.named('fr'), 'Chère collègue,' if st.title_fr == 'Dre' else 'Cher collègue,',
                             'Bonjour,'])
        return 'Bonjour,'
    if informal and st:
        return r.choice(['Hi %s,', 'Hey %s,', '%s -']) % st.given
    if st:
        return r.choice(['Dear %s,' % st.named('en'), 'Dear colleague,', 'Hello,'])
    return 'Hello,'


def closing(c):
    r = c.g.rng
    if c.lang == 'fr':
        return r.choice(['Merci,', 'Merci beaucoup,', 'Cordialement,', 'Bonne journée,', 'Au plaisir,'])
    return r.choice(['Thanks,', 'Thank you,', 'Best regards,', 'Regards,', 'Many thanks,'])


SAFE = {'nam': ['plain', 'space', 'dot', 'hyphen', 'slash', 'lower', 'odd'],
        'sin': ['plain', 'space', 'hyphen', 'dot', 'slash'],
        'ohip': ['plain', 'space', 'hyphen', 'dot'],
        'mrn': ['plain', 'dash', 'space', 'prefix', 'zero', 'slash'],
        'niss': ['plain', 'std', 'space', 'hyphen'],
        'nir': ['plain', 'space', 'dot', 'key']}


def safe(c, idk):
    """An identifier style that PDF standard fonts can render (no full-width digits)."""
    return c.g.rng.choice(SAFE[idk])


def idval_safe(c, p, idk):
    return idval(c, p, idk, safe(c, idk))


def pdf_demo(c, p, idk, name_style=None, with_addr=False, with_phone=False):
    """Demographic lines for a PDF (no full-width digits)."""
    fr = c.lang == 'fr'
    lines = [('Nom du patient : ' if fr else 'Patient name: ') + c.name_any(p, [name_style] if name_style else None),
             ('Date de naissance : ' if fr else 'Date of birth: ') + c.dob(p) + '    ' + sexlabel(c, p, 0)]
    if idk not in (None, 'none'):
        lines.append('%s : %s' % (id_label(c, idk), idval_safe(c, p, idk)) if fr else
                     '%s: %s' % (id_label(c, idk), idval_safe(c, p, idk)))
    if with_addr:
        lines.append(('Adresse : ' if fr else 'Address: ') + c.address(p))
    if with_phone:
        lines.append(('Téléphone : ' if fr else 'Telephone: ') + c.phone(p))
    return lines


def pick(rng, *thunks):
    """Choose one alternative and evaluate only that one, so that only the
    text actually written registers finding types."""
    return rng.choice(thunks)()
