"""Helpers shared by the message templates: labelled inserts and result records."""
from gen_common import (disguise_nam, fmt_mrn, fmt_nir, fmt_niss, fmt_ohip, fmt_sin, make_nir, make_niss,
                        make_ohip, make_sin, mrn_label, name_variant)


class Lab:
    """Collects the finding types and the people shown while a message is written."""

    def __init__(self, c):
        self.c = c
        self.types = set()
        self.people = []

    def add(self, *types):
        self.types.update(types)

    def _see(self, p):
        if p not in self.people:
            self.people.append(p)

    # --- inserts that carry a label -------------------------------------
    def name(self, p, style=None):
        self.add('patient_name')
        self._see(p)
        return name_variant(self.c.rng, p, self.c.lang, style)

    def dob(self, p, style=None):
        self.add('date_of_birth')
        return self.c.date(p.dob, style)

    def nam(self, p, style=None):
        assert p.nam
        self.add('ramq_nam')
        self._see(p)
        return disguise_nam(self.c.rng, p.nam, style)

    def mrn(self, p, with_label=True):
        self.add('mrn')
        self._see(p)
        v = fmt_mrn(self.c.rng, p.mrn, self.c.lang)
        if with_label:
            return '%s %s' % (mrn_label(self.c.rng, self.c.lang), v)
        return v

    def sin(self, p):
        self.add('ca_sin')
        p.ids.setdefault('ca_sin', make_sin(self.c.rng))
        return fmt_sin(self.c.rng, p.ids['ca_sin'])

    def ohip(self, p):
        self.add('ca_health_number')
        p.ids.setdefault('ca_health_number', make_ohip(self.c.rng))
        return fmt_ohip(self.c.rng, p.ids['ca_health_number'])

    def niss(self, p):
        self.add('be_niss')
        p.ids.setdefault('be_niss', make_niss(self.c.rng, p.dob, p.sex))
        return fmt_niss(self.c.rng, p.ids['be_niss'])

    def nir(self, p):
        self.add('fr_nir')
        p.ids.setdefault('fr_nir', make_nir(self.c.rng, p.dob, p.sex))
        return fmt_nir(self.c.rng, p.ids['fr_nir'])

    def phone(self, p):
        self.add('patient_contact')
        return p.phone

    def addr(self, p):
        self.add('patient_contact')
        return p.address

    def email(self, p):
        self.add('patient_contact')
        return p.email

    def dx(self, text):
        self.add('diagnosis')
        return text

    def med(self, text):
        self.add('medication')
        return text

    def res(self, text):
        self.add('lab_result')
        return text

    def soc(self, text):
        self.add('social_information')
        return text

    def id_line(self, p, prefer=None):
        """One identification line: NAM if the person has one (mostly), else MRN/DOB.

        Cached per person so that both language branches of c.t(...) get the same line
        (and the same labels)."""
        key = (id(p), prefer)
        cache = self.__dict__.setdefault('_idl', {})
        if key not in cache:
            cache[key] = self._id_line(p, prefer)
        return cache[key]

    def _id_line(self, p, prefer=None):
        c = self.c
        bits = []
        if p.nam and (prefer == 'nam' or (prefer is None and c.chance(0.8))):
            bits.append('%s %s' % (c.pick(['NAM :', 'NAM', 'RAMQ :', 'No RAMQ', 'Assurance maladie :'])
                                   if c.lang == 'fr' else c.pick(['RAMQ:', 'RAMQ #', 'Health ins. no.', 'NAM:']),
                                   self.nam(p)))
        if prefer == 'mrn' or c.chance(0.5) or not bits:
            bits.append(self.mrn(p))
        if c.chance(0.6):
            bits.append('%s %s' % (c.t('DDN :', 'DOB:'), self.dob(p)))
        return c.pick([' | ', ' – ', ', ', '  ']).join(bits)


def result(c, cat, note, lab, spec, who=None):
    spec.setdefault('lang', c.lang)
    return {'cat': cat, 'note': note, 'types': sorted(lab.types) if lab else [], 'spec': spec,
            'people': list(lab.people if lab else []) + list(who or []), 'lang': c.lang}


def who_addr(c, s):
    return (s.display(c.lang), s.email)


def pick_person(c, kind, sex=None, age=(22, 44), p_nam=0.45):
    """A NAM holder (sometimes) or a new invented patient."""
    if c.chance(p_nam):
        return c.nam_holder(kind)
    return c.patient(sex, age)


def ext_doc(c, name):
    """An outside physician's name written the way the message's language does."""
    if c.lang == 'en':
        for pre in ('Dre ', 'Dr '):
            if name.startswith(pre):
                return 'Dr. ' + name[len(pre):]
    return name
