"""Record of what a generated message contains (labels + ids for the self-check)."""
from gen_common import d_en, d_fr, fmt_nam, fmt_niss, fmt_nir, fmt_ohip, fmt_sin, name_as

ORDER = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


class Rec:
    def __init__(self, ctx, cat, lang):
        self.ctx, self.cat, self.lang = ctx, cat, lang
        self.types = []
        self.ids = {'nam': [], 'sin': [], 'ohip': [], 'niss': [], 'nir': [], 'mrn': []}
        self.names = []
        self.must = []

    def t(self, *ts):
        for t in ts:
            assert t in ORDER, t
            if t not in self.types:
                self.types.append(t)
        return self

    def name(self, p, style=None, lang=None):
        s = name_as(self.ctx, p, style, lang or self.lang)
        self.t('patient_name')
        self.names.append(s)
        return s

    def raw_name(self, s):
        self.t('patient_name')
        self.names.append(s)
        return s

    def nam(self, p, style=None):
        self.ids['nam'].append(p.nam)
        self.t('ramq_nam')
        return fmt_nam(self.ctx, p.nam, style)

    def dob(self, p, style=None):
        self.t('date_of_birth')
        ctx = self.ctx
        if self.lang == 'fr':
            return d_fr(p.dob, style or ctx.pick(['long', 'iso', 'slash', 'iso', 'dash']))
        return d_en(p.dob, style or ctx.pick(['long', 'iso', 'abbr', 'slash']))

    def sin(self, num):
        self.ids['sin'].append(num)
        self.t('ca_sin')
        return fmt_sin(self.ctx, num)

    def ohip(self, num):
        self.ids['ohip'].append(num)
        self.t('ca_health_number')
        return fmt_ohip(self.ctx, num, self.ctx.chance(0.6))

    def niss(self, num):
        self.ids['niss'].append(num)
        self.t('be_niss')
        return fmt_niss(self.ctx, num)

    def nir(self, num):
        self.ids['nir'].append(num)
        self.t('fr_nir')
        return fmt_nir(self.ctx, num)

    def mrn(self, v):
        self.ids['mrn'].append(v)
        self.t('mrn')
        return v

    def done(self, raw, note):
        types = [t for t in ORDER if t in self.types]
        ids = {k: v for k, v in self.ids.items() if v}
        return {'cat': self.cat, 'lang': self.lang, 'types': types, 'note': note, 'raw': raw,
                'ids': ids, 'names': self.names, 'must': self.must}


class NegRec:
    def __init__(self, ctx, cat, lang):
        self.ctx, self.cat, self.lang = ctx, cat, lang
        self.must = []

    def done(self, raw, note):
        return {'cat': self.cat, 'lang': self.lang, 'types': [], 'note': note, 'raw': raw, 'ids': {},
                'names': [], 'must': self.must}
