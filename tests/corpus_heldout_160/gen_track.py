"""Per-message content tracker: renders patient names / identifiers and records what was used.

Each positive template renders patient data through a Track so the finding types,
the strings that must survive MIME encoding, and the identifiers to validate are
recorded where they are produced (no hand-maintained type lists to drift)."""
from gen_common import (fmt_nam, fmt_sin, fmt_ohip, fmt_niss, fmt_nir, fmt_mrn, fmt_date,
                        FINDING_TYPES)


class Track:
    def __init__(self, lang):
        self.lang = lang
        self.types = set()
        self.must = []      # strings that must appear in the decoded message
        self.ids = []       # (kind, compact value)
        self.nams = []      # NAMs rendered
        self.people = []    # Person objects rendered

    # -- bookkeeping
    def t(self, *types):
        for x in types:
            assert x in FINDING_TYPES, x
            self.types.add(x)
        return self

    def _m(self, s):
        self.must.append(s)
        return s

    def _p(self, p):
        if p not in self.people:
            self.people.append(p)

    # -- names
    def name(self, p, style='full', lang=None):
        lang = lang or self.lang
        g, s = p.given, p.surname
        ini = ''.join(x[0] + '.' for x in g.replace('-', ' ').split())
        if '-' in g:
            ini = '-'.join(x[0] for x in g.split('-')) + '.'
        r = {
            'full': '%s %s' % (g, s),
            'title': '%s %s %s' % (p.title(lang), g, s),
            'title_sur': '%s %s' % (p.title(lang), s),
            'last_first': '%s, %s' % (s.upper(), g),
            'last_first_mixed': '%s, %s' % (s, g),
            'last_nocomma': '%s %s' % (s.upper(), g),
            'lower': ('%s %s' % (g, s)).lower(),
            'lower_last_first': ('%s, %s' % (s, g)).lower(),
            'initial_sur': '%s %s' % (ini, s),
            'sur_initial': '%s %s' % (s.upper(), ini),
            'upper': ('%s %s' % (g, s)).upper(),
            'given': g,
        }[style]
        self.t('patient_name')
        self._p(p)
        return self._m(r)

    # -- birth date
    def dob(self, p, style='iso'):
        self.t('date_of_birth')
        self._p(p)
        return self._m(fmt_date(p.dob, style))

    def sex(self, p, form='fr'):
        s = p.sex
        r = {'fr': 'Sexe : %s' % s, 'fr2': 'sexe %s' % s, 'en': 'Sex: %s' % s, 'paren': '(%s)' % s,
             'slash': '%s' % s, 'fr_word': 'sexe : %s' % ('féminin' if s == 'F' else 'masculin'),
             'en_word': 'Sex: %s' % ('female' if s == 'F' else 'male')}[form]
        return self._m(r)

    # -- identifiers
    def nam(self, p, style='spaced'):
        assert p.nam
        self.t('ramq_nam')
        self.ids.append(('nam', p.nam))
        self.nams.append(p.nam)
        self._p(p)
        return self._m(fmt_nam(p.nam, style))

    def sin(self, p, style='spaced'):
        self.t('ca_sin')
        self.ids.append(('sin', p.sin))
        return self._m(fmt_sin(p.sin, style))

    def ohip(self, p, style='spaced'):
        self.t('ca_health_number')
        self.ids.append(('ohip', p.ohip))
        return self._m(fmt_ohip(p.ohip, p.ohip_vc, style))

    def niss(self, p, style='std'):
        self.t('be_niss')
        self.ids.append(('niss', p.niss))
        return self._m(fmt_niss(p.niss, style))

    def nir(self, p, style='std'):
        self.t('fr_nir')
        self.ids.append(('nir', p.nir))
        return self._m(fmt_nir(p.nir, style))

    def mrn(self, p, style='plain'):
        self.t('mrn')
        return self._m(fmt_mrn(p.mrn, style))

    # -- contact
    def addr(self, p, oneline=True):
        self.t('patient_contact')
        if oneline:
            return self._m('%s, %s %s' % (p.street, p.city, p.postal))
        return self._m('%s\n%s  %s' % (p.street, p.city, p.postal)).replace('\n', '\n')

    def phone(self, p):
        self.t('patient_contact')
        return self._m(p.phone)

    # -- clinical shorthands (record type, return text)
    def dx(self, text):
        self.t('diagnosis')
        return text

    def med(self, text):
        self.t('medication')
        return text

    def lab(self, text):
        self.t('lab_result')
        return text

    def soc(self, text):
        self.t('social_information')
        return text

    def sorted_types(self):
        return [x for x in FINDING_TYPES if x in self.types]
