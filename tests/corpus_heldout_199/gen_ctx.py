"""Per-message context: randomness, patients, staff and tracked finding types."""
import datetime as dt
import random

import gen_common as C


FULL_STYLES = ['full', 'title_full', 'sur_first', 'sur_first_mixed', 'upper', 'lower']


class NamPool:
    """Hands out NAM holders in file order, cycling."""

    def __init__(self, holders):
        self.holders = holders
        self.i = 0

    def next(self, pred=None):
        """Next holder in list order satisfying pred (skipped holders stay first in line)."""
        n = len(self.holders)
        for k in range(n):
            h = self.holders[(self.i + k) % n]
            if pred is None or pred(h):
                # swap the chosen holder to the current position so nobody is starved
                j = (self.i + k) % n
                cur = self.i % n
                self.holders[cur], self.holders[j] = self.holders[j], self.holders[cur]
                self.i += 1
                return h
        raise ValueError('no NAM holder fits the constraints')


class Patient:
    def __init__(self, surname, given, sex, dob, kind, nam=None):
        self.surname, self.given, self.sex, self.dob, self.kind = surname, given, sex, dob, kind
        self.nam = nam
        self.holder = None
        self._mrn = self._phone = self._addr = None
        self._sin = self._ohip = self._niss = self._nir = None


class Staff:
    def __init__(self, key):
        g, s, sex, rfr, ren, box, md = C.STAFF[key]
        self.key, self.given, self.surname, self.sex = key, g, s, sex
        self.role_fr, self.role_en, self.is_md = rfr, ren, md
        self.addr = box + '@' + C.DOMAIN
        n = sum(ord(c) for c in box)
        self.ext = 4000 + n % 900
        self.direct = '819-555-01%02d' % (n % 100)

    def full(self):
        return '%s %s' % (self.given, self.surname)

    def titled(self, lang):
        if not self.is_md:
            return self.full()
        if lang == 'fr':
            return ('Dre ' if self.sex == 'F' else 'Dr ') + self.full()
        return 'Dr. ' + self.full()


class Ext:
    """An external referring physician."""

    def __init__(self, tup):
        self.given, self.surname, self.sex, self.org, self.domain = tup
        box = C.fold(self.given[0] + '.' + self.surname).replace("'", '')
        self.addr = box + '@' + self.domain
        self.is_md = True

    def full(self):
        return '%s %s' % (self.given, self.surname)

    def titled(self, lang):
        if lang == 'fr':
            return ('Dre ' if self.sex == 'F' else 'Dr ') + self.full()
        return 'Dr. ' + self.full()


class Ctx:
    def __init__(self, seed_key, lang, positive, nam_pool, date):
        self.rng = random.Random(seed_key)
        self.lang = lang
        self.fr = lang == 'fr'
        self.positive = positive
        self.nam_pool = nam_pool
        self.date = date
        self.types = set()
        self.ids = []
        self.holders = []
        self.patients = []

    # ---- small helpers
    def t(self, fr, en):
        return fr if self.fr else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def add(self, *types):
        assert self.positive, 'finding type added in a negative'
        self.types.update(types)

    def day(self, offset_min=1, offset_max=30):
        d = self.date.date() + dt.timedelta(days=self.rng.randint(offset_min, offset_max))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d

    def past_day(self, lo=1, hi=20):
        d = self.date.date() - dt.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        return d

    def hm(self):
        return '%02d:%02d' % (self.rng.randint(7, 17), self.rng.choice([0, 15, 30, 45]))

    def fday(self, d):
        return C.fmt_day(d, self.lang)

    def fdate(self, d, style=None):
        return C.fmt_date(d, style or self.pick(['iso', 'dmy_slash', 'long']), self.lang)

    # ---- people
    def staff(self, key):
        return Staff(key)

    def ext_md(self):
        return Ext(self.pick(C.EXTERNAL_MD))

    def patient(self, kind='qc', age=None, sex=None):
        assert self.positive, 'patient created in a negative'
        rng = self.rng
        if kind == 'nam':
            lo, hi = age or (18, 110)
            today = self.date.date()

            def fits(h):
                return (sex is None or h['sex'] == sex) and lo <= C.age_on(h['dob'], today) <= hi
            h = self.nam_pool.next(fits)
            p = Patient(h['surname'], h['given'], h['sex'], h['dob'], 'nam', nam=h['nam'])
            p.holder = h
        else:
            sex = sex or rng.choice('FM')
            if kind == 'qc':
                sur, giv = rng.choice(C.PAT_SUR_FR), rng.choice(C.PAT_GIV_FR[sex])
            elif kind in ('en', 'on'):
                sur, giv = rng.choice(C.PAT_SUR_EN), rng.choice(C.PAT_GIV_EN[sex])
            elif kind == 'be':
                sur, giv = rng.choice(C.PAT_SUR_BE), rng.choice(C.PAT_GIV_BE[sex])
            elif kind == 'fra':
                sur, giv = rng.choice(C.PAT_SUR_FRA), rng.choice(C.PAT_GIV_FRA[sex])
            else:
                raise ValueError(kind)
            age = age or (25, 90)
            y = self.date.year - rng.randint(age[0], age[1])
            dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
            p = Patient(sur, giv, sex, dob, kind)
        self.patients.append(p)
        return p

    def name(self, p, style=None, lang=None):
        lang = lang or self.lang
        styles = ['full', 'title_full', 'sur_first', 'sur_first_mixed', 'upper', 'lower',
                  'initials', 'initial_sur_first', 'title_sur']
        style = style or self.pick(styles)
        if p.nam and style not in FULL_STYLES + ['file']:
            style = self.pick(FULL_STYLES)
        self.add('patient_name')
        g, s = p.given, p.surname
        if lang == 'fr':
            title = 'Mme' if p.sex == 'F' else 'M.'
        else:
            title = self.pick(['Ms.', 'Mrs.']) if p.sex == 'F' else 'Mr.'
        if style == 'full':
            return '%s %s' % (g, s)
        if style == 'title_full':
            return '%s %s %s' % (title, g, s)
        if style == 'title_sur':
            return '%s %s' % (title, s)
        if style == 'sur_first':
            return '%s, %s' % (s.upper(), g)
        if style == 'sur_first_mixed':
            return '%s, %s' % (s, g)
        if style == 'upper':
            return '%s %s' % (s.upper(), g.upper())
        if style == 'lower':
            return ('%s %s' % (g, s)).lower()
        if style == 'initials':
            return '%s. %s' % (g[0], s)
        if style == 'initial_sur_first':
            return '%s %s.' % (s, g[0])
        if style == 'given':
            return g
        if style == 'surname':
            return s
        if style == 'file':
            return ('%s_%s' % (s, g)).replace(' ', '-').replace("'", '')
        raise ValueError(style)

    def dob(self, p, style=None):
        self.add('date_of_birth')
        if p.nam:
            style = style if style in C.DATE_STYLES_NUM else self.pick(['iso', 'dmy_slash', 'ymd_slash', 'dmy_dash', 'dmy_dot'])
        else:
            style = style or self.pick(['iso', 'dmy_slash', 'ymd_slash', 'long', 'mon', 'dmy_dot'])
        return C.fmt_date(p.dob, style, self.lang)

    def sex(self, p):
        if self.fr:
            return 'Sexe : %s' % p.sex if self.chance(0.6) else 'sexe %s' % p.sex
        return 'Sex: %s' % p.sex

    def age(self, p):
        return C.age_on(p.dob, self.date.date())

    def _id(self, kind, value, shown):
        self.add(kind)
        self.ids.append((kind, value))
        return shown

    def nam(self, p, style=None, safe=False):
        assert p.nam
        if p.holder not in self.holders:
            self.holders.append(p.holder)
        style = style or self.pick(C.ID_STYLES_SAFE + ['lower'] if safe else C.ID_STYLES_TEXT + ['lower'])
        return self._id('ramq_nam', p.nam, C.fmt_nam(p.nam, style))

    def mrn(self, p, style=None, safe=False):
        if p._mrn is None:
            p._mrn = C.gen_mrn(self.rng)
        style = style or self.pick(C.ID_STYLES_SAFE if safe else C.ID_STYLES_TEXT)
        return self._id('mrn', p._mrn, C.fmt_mrn(p._mrn, style))

    def sin(self, p, style=None, safe=False):
        if p._sin is None:
            p._sin = C.gen_sin(self.rng)
        style = style or self.pick(C.ID_STYLES_SAFE if safe else C.ID_STYLES_TEXT)
        return self._id('ca_sin', p._sin, C.fmt_sin(p._sin, style))

    def ohip(self, p, style=None, safe=False):
        if p._ohip is None:
            p._ohip = C.gen_ohip(self.rng)
        style = style or self.pick(C.ID_STYLES_SAFE if safe else C.ID_STYLES_TEXT)
        version = self.pick(['', 'AB', 'KT', 'ZX'])
        return self._id('ca_health_number', p._ohip, C.fmt_ohip(p._ohip, style, version))

    def niss(self, p, style=None, safe=False):
        if p._niss is None:
            p._niss = C.gen_niss(self.rng, p.dob, p.sex)
        style = style or self.pick(['official', 'official'] + (C.ID_STYLES_SAFE if safe else C.ID_STYLES_TEXT))
        return self._id('be_niss', p._niss, C.fmt_niss(p._niss, style))

    def nir(self, p, style=None, safe=False):
        if p._nir is None:
            p._nir = C.gen_nir(self.rng, p.dob, p.sex)
        style = style or self.pick(['official', 'official'] + (C.ID_STYLES_SAFE if safe else C.ID_STYLES_TEXT))
        return self._id('fr_nir', p._nir, C.fmt_nir(p._nir, style))

    def address(self, p, oneline=True):
        self.add('patient_contact')
        if p._addr is None:
            rng = self.rng
            if p.kind in ('en', 'on'):
                town = rng.choice(C.TOWNS[5:]) if p.kind == 'on' else rng.choice(C.TOWNS)
                street = rng.choice(C.STREETS_EN)
                line1 = '%d %s' % (rng.randint(12, 980), street)
                if rng.random() < 0.3:
                    line1 = 'Apt %d, ' % rng.randint(2, 40) + line1
                line2 = '%s, %s  %s' % (town[0], 'ON' if p.kind == 'on' else town[1], C.postal(rng, town[2]))
            else:
                town = rng.choice(C.TOWNS[:5])
                line1 = '%d, %s' % (rng.randint(12, 3400), rng.choice(C.STREETS_FR))
                if rng.random() < 0.3:
                    line1 += ', app. %d' % rng.randint(1, 12)
                line2 = '%s (Québec)  %s' % (town[0], C.postal(rng, town[2]))
            p._addr = (line1, line2)
        return ', '.join(p._addr) if oneline else '\n'.join(p._addr)

    def phone(self, p):
        self.add('patient_contact')
        if p._phone is None:
            p._phone = C.phone_styled(self.rng, '613' if p.kind == 'on' else None)
        return p._phone

    # ---- mail furniture
    def sig(self, who, lang=None):
        lang = lang or self.lang
        if isinstance(who, Ext):
            tel = '819-555-01%02d' % (sum(ord(c) for c in who.domain) % 100)
            return '%s\n%s\n%s %s' % (who.titled(lang), who.org, 'Tél. :' if lang == 'fr' else 'Tel.', tel)
        if lang == 'fr':
            lines = [who.titled('fr'), who.role_fr, '%s | %s' % (C.DEPT_FR, C.ORG_FR), C.ORG_ADDR,
                     'Tél. : %s, poste %d' % (C.ORG_MAIN_PHONE, who.ext)]
        else:
            lines = [who.titled('en'), who.role_en, '%s | %s' % (C.DEPT_EN, C.ORG_EN), C.ORG_ADDR,
                     'Tel. %s ext. %d' % (C.ORG_MAIN_PHONE, who.ext)]
        style = self.rng.randint(0, 2)
        if style == 0:
            return '\n'.join(lines)
        if style == 1:
            return '-- \n' + '\n'.join(lines[:3] + lines[4:])
        return '\n'.join(lines[:2]) + '\n' + lines[4]

    def greet(self, who=None, formal=False):
        if formal:
            return self.pick(['Bonjour,', 'Madame, Monsieur,']) if self.fr else self.pick(['Hello,', 'Good morning,'])
        if who is None:
            return self.pick(['Bonjour,', 'Bonjour à tous,', 'Salut,']) if self.fr else self.pick(['Hi,', 'Hello,', 'Hi all,'])
        if who.is_md:
            name = who.surname
            if self.fr:
                return self.pick(['Bonjour Dr%s %s,' % ('e' if who.sex == 'F' else '', name), 'Bonjour %s,' % who.given])
            return self.pick(['Dear Dr. %s,' % name, 'Hi %s,' % who.given])
        return self.pick(['Bonjour %s,' % who.given, 'Salut %s,' % who.given]) if self.fr else self.pick(['Hi %s,' % who.given, 'Hello %s,' % who.given])

    def thanks(self):
        return self.pick(['Merci !', 'Merci beaucoup,', 'Merci de votre collaboration.', 'Bonne journée,']) if self.fr \
            else self.pick(['Thanks,', 'Thank you,', 'Many thanks,', 'Best,'])

    def quote(self, text, who, when, style=None, to=None, subject=''):
        """Quote earlier text the way common mail clients do."""
        style = style or self.pick(['gt', 'outlook'])
        if style == 'gt':
            if self.fr:
                head = 'Le %s à %s, %s <%s> a écrit :' % (C.fmt_date(when.date(), 'long', 'fr'), when.strftime('%H:%M'), who.full(), who.addr)
            else:
                head = 'On %s at %s, %s <%s> wrote:' % (C.fmt_date(when.date(), 'long', 'en'), when.strftime('%H:%M'), who.full(), who.addr)
            return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
        return self.outlook_block(text, who, when, to=to, subject=subject)

    def outlook_block(self, text, who, when, to=None, subject='', forward=False):
        if self.fr:
            head = ['-----Message d\'origine-----' if not forward else '---------- Message transféré ---------',
                    'De : %s <%s>' % (who.full(), who.addr),
                    'Envoyé : %s %s' % (C.fmt_day(when.date(), 'fr'), when.strftime('%Y %H:%M')),
                    'À : %s' % (to or 'Imagerie - Rendez-vous'), 'Objet : %s' % subject]
        else:
            head = ['-----Original Message-----' if not forward else '---------- Forwarded message ---------',
                    'From: %s <%s>' % (who.full(), who.addr),
                    'Sent: %s %s' % (C.fmt_day(when.date(), 'en'), when.strftime('%Y %I:%M %p')),
                    'To: %s' % (to or 'Imaging Booking'), 'Subject: %s' % subject]
        return '\n'.join(head) + '\n\n' + text

    def spec(self, category, note, frm, to, subject, text=None, html=None, attachments=None,
             cc=None, body=None, headers=None):
        if self.positive:
            assert self.types, 'positive without types'
        return dict(category=category, note=note, lang=self.lang, positive=self.positive,
                    frm=frm, to=to, cc=cc or [], subject=subject, text=text, html=html,
                    attachments=attachments or [], body=body, headers=headers or [],
                    types=sorted(self.types), ids=list(self.ids), holders=list(self.holders),
                    date=self.date, rng=self.rng)


def who(x, lang=None, style=None):
    """(display, address) for a Staff or Ext person."""
    return (x.full(), x.addr)
