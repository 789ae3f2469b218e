"""Per-message context: records every finding type it renders, the evidence, identifiers, NAM holders."""
from gen_common import (CLIN, FULL_STYLES, NAME_STYLES, STAFF, fmt_date, fmt_mrn, fmt_nam, fmt_nir, fmt_niss,
                        fmt_ohip, fmt_sin, gen_nir, gen_niss, gen_ohip, gen_sin, holder_patient, make_patient,
                        mrn_label, name_as, signature, CONF_FOOTER, accession)
from gen_clin import case_for
from gen_mime import Att, Msg

ID_STYLES = ['plain', 'space', 'dash', 'dot', 'fw', 'slash']
CLIN_LAB = {'colon', 'prostate', 'lymphoma', 'ovary'}


class Ctx:
    def __init__(self, rng, lang, pool, used, positive=True):
        self.rng, self.lang, self.pool, self.used, self.positive = rng, lang, pool, used, positive
        self.types, self.evidence, self.holders, self.ids = set(), [], [], []
        self.now = None

    # language helpers
    @property
    def fr(self):
        return self.lang == 'fr'

    def t(self, fr, en):
        return fr if self.lang == 'fr' else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def add(self, *types):
        for t in types:
            self.types.add(t)

    # people
    def patient(self, nam=False, kind='qc', sex=None, age=(25, 85)):
        h = None
        if nam:
            try:
                h = self.pool.take(sex, (2025 - age[1], 2025 - age[0]))
            except RuntimeError:
                h = None
        if h is not None:
            p = holder_patient(h, self.rng, self.lang)
            p.holder = h
        else:
            p = make_patient(self.rng, self.lang, kind=kind, sex=sex, age=age, used=self.used)
            p.holder = None
        return p

    def name(self, p, style=None, record=True):
        if style is None:
            style = self.pick(FULL_STYLES if p.holder else NAME_STYLES)
        s = name_as(p, style, self.lang)
        if record:
            self.add('patient_name')
            self.evidence.append(s)
        return s

    def dob(self, p, style=None):
        if p.holder:
            style = 'iso'
        style = style or self.pick(['iso', 'dmy', 'long', 'ymd_slash', 'short'])
        s = fmt_date(p.dob, style, self.lang)
        self.add('date_of_birth')
        self.evidence.append(s)
        return s

    def sex(self, p):
        return p.sex

    def nam(self, p, style=None):
        style = style or self.pick(['plain', 'plain', 'space', 'dash', 'dot', 'fw', 'lower', 'slash', 'wide'])
        s = fmt_nam(p.nam, style)
        self.add('ramq_nam')
        self.ids.append(('ramq_nam', s))
        if p.holder not in self.holders:
            self.holders.append(p.holder)
        return s

    def mrn(self, p, style=None, label=True):
        style = style or self.pick(['plain', 'h', 'zero', 'space', 'dot', 'fw', 'slash', 'hash', 'plain'])
        s = fmt_mrn(p.mrn, style, self.lang)
        self.add('mrn')
        self.evidence.append(s)
        return (mrn_label(self.rng, self.lang) + ' ' + s) if label else s

    def sin(self, style=None):
        n = gen_sin(self.rng)
        s = fmt_sin(n, style or self.pick(ID_STYLES))
        self.add('ca_sin')
        self.ids.append(('ca_sin', s))
        return s

    def ohip(self, style=None):
        n = gen_ohip(self.rng)
        vc = self.pick(['', 'AB', 'KT', 'XR', ''])
        st = style or self.pick(ID_STYLES)
        s = fmt_ohip(n, st, vc if st in ('plain', 'space', 'dash') else '')
        self.add('ca_health_number')
        self.ids.append(('ca_health_number', s))
        return s

    def niss(self, p, style=None):
        n = gen_niss(self.rng, p.dob, p.sex)
        s = fmt_niss(n, style or self.pick(ID_STYLES))
        self.add('be_niss')
        self.ids.append(('be_niss', s))
        return s

    def nir(self, p, style=None):
        n = gen_nir(self.rng, p.dob, p.sex)
        s = fmt_nir(n, style or self.pick(ID_STYLES))
        self.add('fr_nir')
        self.ids.append(('fr_nir', s))
        return s

    def addr(self, p):
        self.add('patient_contact')
        self.evidence.append(p.address)
        return p.address

    def phone(self, p):
        self.add('patient_contact')
        self.evidence.append(p.phone)
        return p.phone

    def holder_kv(self, p, with_mrn=False, with_addr=False, name_style=None):
        """Identity lines for a NAM holder: name, DOB, sex and NAM always together."""
        kv = [(self.t('Nom', 'Name'), self.name(p, name_style or self.pick(['upper_comma', 'comma', 'full', 'upper_sur']))),
              (self.t('Date de naissance', 'Date of birth'), self.dob(p)),
              (self.t('Sexe', 'Sex'), p.sex),
              ('NAM' if self.fr else self.pick(['RAMQ', 'NAM (RAMQ)', 'Health ins. no. (RAMQ)']), self.nam(p))]
        if with_mrn:
            kv.append((self.t('No dossier', 'MRN'), self.mrn(p, label=False)))
        if with_addr:
            kv.append((self.t('Adresse', 'Address'), self.addr(p)))
        return kv

    def clin(self, case, lang=None):
        """Clinical information line; some carry a lab value (CEA, PSA, LDH, CA-125)."""
        self.add('diagnosis')
        if case['id'] in CLIN_LAB:
            self.add('lab_result')
        return case[f"clin_{lang or self.lang}"]

    def case(self, sex=None, ids=None):
        c = case_for(self.rng, sex, ids)
        return c

    def acc(self, kind='S'):
        return accession(self.rng, kind)

    # message assembly
    def sig(self, person, short=None):
        if short is None:
            short = self.chance(0.3)
        if short:
            return [self.pick([person.given, person.display, person.given[0] + '.' + person.surname[0] + '.'])]
        blocks = [('sig', signature(person, self.lang))]
        if self.chance(0.35):
            blocks.append(CONF_FOOTER[self.lang])
        return blocks if not short else blocks

    def msg(self, frm, to, subject, blocks, cc=None, atts=None):
        m = Msg(self.lang, _a(frm, self.rng), [_a(x, self.rng) for x in to], subject, blocks,
                cc=[_a(x, self.rng) for x in (cc or [])], atts=atts)
        m.types = set(self.types)
        m.evidence = list(self.evidence)
        m.holders = list(self.holders)
        m.ids = list(self.ids)
        return m


def _a(x, rng):
    """Person or (name, addr) tuple -> (display, addr); sometimes 'Surname, Given'."""
    if isinstance(x, tuple):
        return x
    r = rng.random()
    if r < 0.2:
        disp = f"{x.surname}, {x.given}"
    elif r < 0.35:
        disp = ''
    else:
        disp = x.full
    return (disp, x.email)


def greet(c, person, formal=None):
    if formal is None:
        formal = c.chance(0.6)
    if c.fr:
        if person.title in ('Dr', 'Dre', 'Pr'):
            return f"Bonjour {person.title} {person.surname}," if formal else f"Bonjour {person.given},"
        return f"Bonjour {person.given}," if not formal else f"Bonjour {'Madame' if person.sex == 'F' else 'Monsieur'} {person.surname},"
    if person.title in ('Dr', 'Dre', 'Pr'):
        return f"Dear Dr. {person.surname}," if formal else f"Hi {person.given},"
    return f"Hi {person.given}," if not formal else f"Dear {'Ms.' if person.sex == 'F' else 'Mr.'} {person.surname},"


__all__ = ['Ctx', 'greet', 'Att', 'Msg', 'STAFF', 'CLIN']


def day(c, style=None, lo=-20, hi=-1):
    """A working day lo..hi days from the message's own date, rendered in the message language."""
    from datetime import timedelta
    d = c.now + timedelta(days=c.rng.randint(lo, hi))
    while d.weekday() >= 5:
        d += timedelta(days=1 if hi > 0 else -1)
    style = style or c.pick(['iso', 'long', 'dmy', 'long'])
    return fmt_date(d, style, c.lang)


def hour(c):
    h = c.rng.choice([7, 8, 9, 10, 11, 13, 14, 15])
    m = c.rng.choice([0, 15, 30, 45])
    return f"{h} h {m:02d}" if c.fr else f"{h if h <= 12 else h - 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"
