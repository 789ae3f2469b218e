# Shared context and text helpers for generate.py
import datetime, random
from infra import *  # noqa
from people import *  # noqa


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.nams = load_nams()
        self.rng.shuffle(self.nams)
        self.nam_i = 0
        self.used_pat = set()

    # ---------- people ----------
    def nam_patient(self):
        p = dict(self.nams[self.nam_i % len(self.nams)])
        self.nam_i += 1
        p['mrn'] = self.mrn()
        return p

    def pat(self, region='qc'):
        r = self.rng
        sex = r.choice('MF')
        if region == 'be':
            first = r.choice(BE_FIRST_M if sex == 'M' else BE_FIRST_F); last = r.choice(BE_LAST)
        elif region == 'fr':
            first = r.choice(FR_FIRST_M if sex == 'M' else FR_FIRST_F); last = r.choice(FR_LAST)
        else:
            first = r.choice(PAT_FIRST_M if sex == 'M' else PAT_FIRST_F); last = r.choice(PAT_LAST)
        dob = datetime.date(r.randrange(1935, 2005), r.randrange(1, 13), r.randrange(1, 29))
        p = dict(first=first, last=last, sex=sex, dob=dob, nam=None, mrn=self.mrn())
        if region == 'be':
            p['niss'] = gen_niss(r, dob, sex)
            p['mrn'] = '%d/%06d' % (r.randrange(18, 26), r.randrange(1, 999999))
        if region == 'fr':
            p['nir'] = gen_nir(r, dob, sex)
            p['mrn'] = '%09d' % r.randrange(100000000, 999999999)
        return p

    def mrn(self, style=None):
        r = self.rng
        style = style if style is not None else r.randrange(4)
        if style == 0:
            return 'H%07d' % r.randrange(1000000)
        if style == 1:
            return '%08d' % r.randrange(10000000, 99999999)
        if style == 2:
            return 'CEX-%07d' % r.randrange(1000000)
        return '%07d' % r.randrange(1000000, 9999999)

    def staff(self, lang, clinical=True):
        pool = STAFF_FR if lang == 'fr' else STAFF_EN
        if clinical:
            pool = [x for x in pool if x[4] not in ('IT', "sécurité de l'information")]
        s = self.rng.choice(pool)
        first, last, title, role, dept = s
        addr = '%s.%s@%s' % (ascii_(first), ascii_(last), DOM)
        return dict(first=first, last=last, title=title, role=role, dept=dept, addr=addr,
                    name=('%s %s' % (first, last)))

    def md(self, lang):
        pool = [x for x in (STAFF_FR if lang == 'fr' else STAFF_EN) if x[2]]
        first, last, title, role, dept = self.rng.choice(pool)
        return dict(first=first, last=last, title=title, role=role, dept=dept, name='%s %s' % (first, last),
                    addr='%s.%s@%s' % (ascii_(first), ascii_(last), DOM))

    def ext(self, lang, kind='md'):
        pool = EXT_FR if lang == 'fr' else EXT_EN
        if kind == 'md':
            pool = [x for x in pool if x[0]]
        elif kind == 'pharm':
            pool = [x for x in pool if 'pharm' in x[3]]
        t, first, last, dom, org = self.rng.choice(pool)
        return dict(title=t, first=first, last=last, addr='%s.%s@%s' % (ascii_(first)[0], ascii_(last), dom),
                    org=org, name='%s %s' % (first, last))

    def addr(self):
        r = self.rng
        city, fsa = r.choice(CITIES)
        pc = '%s %d%s%d' % (fsa, r.randrange(10), r.choice('ABCEGHJKLMNPRSTVWXYZ'), r.randrange(10))
        return ('%d, %s' % (r.randrange(12, 2999), r.choice(STREETS)), city, pc)

    def phone(self, area=None):
        r = self.rng
        return '%s-555-%04d' % (area or r.choice(['418', '581', '819', '450']), r.randrange(100, 9999))

    def when(self, start=None, days=60):
        r = self.rng
        base = start or datetime.datetime(2026, 9, 21, 7, 0)
        d = base + datetime.timedelta(days=r.randrange(days), hours=r.randrange(0, 11), minutes=r.randrange(60))
        return d

    def future(self, d, lo=2, hi=40):
        x = d + datetime.timedelta(days=self.rng.randrange(lo, hi))
        while x.weekday() >= 5:
            x += datetime.timedelta(days=1)
        return x.replace(hour=self.rng.choice([7, 8, 9, 10, 13, 14]), minute=self.rng.choice([0, 15, 30, 45]))


def ascii_(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if c.isalnum() and ord(c) < 128).lower()


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']


def dfr(d, day=False):
    s = '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
    return (JOURS[d.weekday()] + ' ' + s) if day else s


def den(d, day=False):
    s = d.strftime('%B %d, %Y').replace(' 0', ' ')
    return (d.strftime('%A') + ', ' + s) if day else s


def hon(p, lang):
    if lang == 'fr':
        return 'M.' if p['sex'] == 'M' else 'Mme'
    return 'Mr.' if p['sex'] == 'M' else 'Ms.'


def ne(p):
    return 'né' if p['sex'] == 'M' else 'née'


def il(p):
    return 'il' if p['sex'] == 'M' else 'elle'


def he(p):
    return 'he' if p['sex'] == 'M' else 'she'


def his(p):
    return 'his' if p['sex'] == 'M' else 'her'


def age(p, at=datetime.date(2026, 10, 15)):
    d = p['dob']
    return at.year - d.year - ((at.month, at.day) < (d.month, d.day))


def sig(s, lang, disclaimer=True, rng=None):
    t = (s['title'] + ' ') if s.get('title') else ''
    ph = '418-555-%04d' % (2000 + (sum(map(ord, s['last'])) * 7) % 7000)
    if lang == 'fr':
        lines = ['--', '%s%s' % (t, s['name']), s['role'].capitalize() if s.get('role') else '',
                 (("Service d'" if s['dept'][0] in 'aeiouéèAEIOUÉ' else 'Service de ') + s['dept']) if s.get('dept') else '',
                 "CISSS de l'Exemple - Hôpital régional de Saint-Exemple",
                 '150, avenue de la Santé, Saint-Exemple (Québec) G5L 2B4',
                 'Tél. : %s poste %d' % (ph, 4000 + len(s['last']) * 37)]
        if disclaimer:
            lines += ['', DISCLAIMER_FR]
    else:
        lines = ['--', '%s%s' % (t, s['name']), s['role'] if s.get('role') else '',
                 s['dept'].capitalize() if s.get('dept') else '',
                 "CISSS de l'Exemple - Saint-Exemple Regional Hospital",
                 '150 avenue de la Sante, Saint-Exemple QC G5L 2B4',
                 'Tel. %s ext. %d' % (ph, 4000 + len(s['last']) * 37)]
        if disclaimer:
            lines += ['', DISCLAIMER_EN]
    return '\n'.join(l for l in lines if l is not None and (l != '' or True)).replace('\n\n\n', '\n\n')


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


