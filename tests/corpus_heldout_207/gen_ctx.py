"""Per-message context handed to every template."""
import datetime as dt

from gen_common import (L, pick, fw, name_as, dob_str, sex_str, signature, fmt_nam, fmt_sin, fmt_ohip,
                        fmt_niss, fmt_nir, workday_after, age_at, d_long, ORG, DOMAIN, ascii_slug)


class Ctx:
    def __init__(self, rng, people, seed):
        self.rng, self.pp, self.seed = rng, people, seed
        self.when = None
        self.n = 0

    # time -----------------------------------------------------------
    @property
    def today(self):
        return self.when.date()

    def later(self, lo=2, hi=40):
        return workday_after(self.rng, self.today, lo, hi)

    def earlier(self, lo=1, hi=20):
        d = self.today - dt.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        return d

    def earlier_dt(self, minutes_lo=20, minutes_hi=60 * 50):
        t = self.when - dt.timedelta(minutes=self.rng.randint(minutes_lo, minutes_hi))
        if t.hour < 7 or t.hour > 18:
            t = t.replace(hour=self.rng.randint(8, 16))
            if t > self.when:
                t -= dt.timedelta(days=1)
        return t

    # people ---------------------------------------------------------
    def staff(self, lang, role, key=None):
        return self.pp.staff(lang, role, key)

    def patient(self, lang, lo=18, hi=90, nam=False, sex=None):
        return self.pp.new(lang, self.today, lo, hi, sex=sex, nam=nam)

    def age(self, p):
        return age_at(p.dob, self.today)

    def name(self, p, lang, style=None):
        if style is None:
            style = self.pick(['full', 'title', 'surfirst', 'lower', 'initial', 'upper', 'title_sur', 'surfirst_lc'])
        if style in ('title', 'title_sur') and age_at(p.dob, self.today) < 16:
            style = 'full' if style == 'title' else 'surfirst'
        return name_as(self.rng, p, lang, style)

    def dob(self, p, lang):
        return dob_str(self.rng, p.dob, lang)

    def sig(self, s, lang, unit=None, short=None):
        if short is None:
            short = self.rng.random() < 0.3
        return signature(self.rng, s, lang, unit, short)

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, seq):
        return pick(self.rng, seq)

    def uid(self, tag):
        self.n += 1
        return '%s-%d-%04d@%s' % (tag, self.seed, self.n, DOMAIN)

    # identification blocks ----------------------------------------------
    def ident(self, spec, p, lang, T, nam=None, dob=True, mrn=None, sep=None, name_style=None,
              with_name=True):
        """A one-line identification of a patient; records what it shows.
        Returns the line. T is the template's set of finding types."""
        rng = self.rng
        parts = []
        if with_name:
            parts.append(self.name(p, lang, name_style))
            T.add('patient_name')
            spec.names.append(p.surname)
        use_nam = p.nam is not None and (nam if nam is not None else True)
        if use_nam:
            dob = True
        dob_s = sex_s = None
        if use_nam:
            parts.append(L(lang, pick(rng, ['NAM : ', 'NAM ', 'RAMQ : ', 'no RAMQ ']),
                           pick(rng, ['RAMQ: ', 'Medicare (RAMQ) ', 'NAM ', 'HIN: '])) + fmt_nam(rng, p.nam))
            T.add('ramq_nam')
        if dob:
            dob_s = self.dob(p, lang)
            parts.append(L(lang, pick(rng, ['DDN : ', 'DDN ', 'né(e) le ', 'Date de naissance : ']),
                           pick(rng, ['DOB: ', 'DOB ', 'born ', 'D.O.B. '])) + dob_s)
            T.add('date_of_birth')
        if use_nam:
            sex_s = sex_str(rng, p, lang)
            parts.append(sex_s)
            spec.add_nam(p, dob_s, sex_s)
        if mrn if mrn is not None else rng.random() < 0.6:
            shown = p.mrn
            r = rng.random()
            if r < 0.1:
                shown = fw(p.mrn)
            elif r < 0.18:
                shown = ' '.join(p.mrn.replace(' ', ''))
            parts.append(L(lang, pick(rng, ['dossier ', 'Dossier : ', 'no dossier ', '# dossier ']),
                           pick(rng, ['MRN ', 'Chart # ', 'MRN: ', 'chart '])) + shown)
            T.add('mrn')
            spec.ids.append(('mrn', p.mrn_digits))
        sep = sep or pick(rng, [' | ', ' – ', ', ', ' ; ', ' / '])
        if not with_name:
            return sep.join(parts)
        return sep.join(parts)

    def sin(self, spec, value, T):
        T.add('ca_sin')
        spec.add_id('ca_sin', value)
        return fmt_sin(self.rng, value)

    def ohip(self, spec, value, vc, T):
        T.add('ca_health_number')
        spec.add_id('ca_health_number', value)
        return fmt_ohip(self.rng, value, vc)

    def niss(self, spec, value, T):
        T.add('be_niss')
        spec.add_id('be_niss', value)
        return fmt_niss(self.rng, value)

    def nir(self, spec, value, T):
        T.add('fr_nir')
        spec.add_id('fr_nir', value)
        return fmt_nir(self.rng, value)

    def fname(self, p, style=None):
        """A patient name fit for a file name."""
        st = style or pick(self.rng, ['SUR_Giv', 'sur_g', 'Sur-Giv', 'SURgiv'])
        sur = p.surname.replace(' ', '')
        if st == 'SUR_Giv':
            return '%s_%s' % (sur.upper(), p.given)
        if st == 'sur_g':
            return '%s_%s' % (ascii_slug(sur), ascii_slug(p.given)[0])
        if st == 'Sur-Giv':
            return '%s-%s' % (sur, p.given)
        return '%s%s' % (sur.upper(), p.given[0])
