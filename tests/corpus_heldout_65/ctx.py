# -*- coding: utf-8 -*-
"""Per-message context: RNG, language, and helpers that record finding types as content is emitted."""
import copy
import datetime

import common as C


class Staff:
    def __init__(self, ctx, role, org=None, fem=None, dom=None):
        rng = ctx.rng
        self.giv, self.sur, self.fem = C.staff_person(rng, fem)
        self.role = role
        self.org = org or ctx.org
        self.dom = dom or C.ORGS[self.org]['dom']
        self.addr = C.email_addr(self.giv, self.sur, self.dom)
        self.ctx = ctx
        self.ext = rng.random() < 0.8

    @property
    def full(self):
        return f"{self.giv} {self.sur}"

    @property
    def pair(self):
        return (self.full, self.addr)

    def role_txt(self):
        return C.role_text(self.role, self.ctx.lang, self.fem)

    def sig(self, short=None, disclaimer=None):
        rng = self.ctx.rng
        if short is None:
            short = rng.random() < 0.25
        if short:
            return rng.choice([self.giv, f"{self.giv} {self.sur[0]}.", self.full, f"{self.giv}\n{self.role_txt()}"])
        return C.signature(rng, self.ctx.lang, self.giv, self.sur, self.role, self.org, ext=self.ext,
                           disclaimer=disclaimer, fem=self.fem)


class Ctx:
    def __init__(self, rng, lang, positive):
        self.rng = rng
        self.lang = lang
        self.positive = positive
        self.types = set()
        self.date = C.base_date(rng)
        self.org = rng.choice(['erables', 'erables', 'staubin', 'lavande', 'maplewood', 'ciusss', 'clsc',
                               'hopital'] if lang == 'fr' else
                              ['maplewood', 'maplewood', 'erables', 'staubin', 'lavande', 'ciusss', 'hopital'])
        self.orgname = C.ORGS[self.org][lang]
        self.dom = C.ORGS[self.org]['dom']
        self._msgn = 0

    # ----- small helpers
    def L(self, fr, en):
        return fr if self.lang == 'fr' else en

    def pick(self, seq):
        return C.pick(self.rng, seq, self.lang)

    def sample(self, seq, k):
        return [it[0] if self.lang == 'fr' else it[1] for it in self.rng.sample(seq, k)] \
            if isinstance(seq[0], tuple) else self.rng.sample(seq, k)

    def chance(self, p):
        return self.rng.random() < p

    def staff(self, role, org=None, dom=None, fem=None):
        return Staff(self, role, org, fem=fem, dom=dom)

    def msgid(self, dom=None):
        self._msgn += 1
        h = '%024x' % self.rng.getrandbits(96)
        return f"<{h[:12]}.{h[12:]}{self._msgn}@{dom or 'mail.' + self.dom}>"

    def later(self, days_min=1, days_max=14, hour=None):
        d = self.date + datetime.timedelta(days=self.rng.randrange(days_min, days_max + 1))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        h = hour if hour is not None else self.rng.choice([9, 10, 11, 13, 14, 15])
        return d.replace(hour=h, minute=self.rng.choice([0, 0, 30, 15]), second=0, microsecond=0)

    def earlier(self, hours_min=1, hours_max=72):
        return self.date - datetime.timedelta(minutes=self.rng.randrange(hours_min * 60, hours_max * 60))

    def fdate(self, d, style=None):
        return C.fmt_date(d.date() if isinstance(d, datetime.datetime) else d, self.lang, self.rng, style)

    def fday(self, d):
        return C.fmt_day(d, self.lang)

    def typo(self, text, rate=0.25):
        return C.typo(self.rng, text, rate)

    # ----- patients
    def patient(self, nam=False, old=True):
        rng = self.rng
        if nam or rng.random() < 0.62:
            pool = C.BLIND_ELDERS if (old and rng.random() < 0.85) else C.BLIND_ADULTS
            p = copy.copy(rng.choice(pool))
        else:
            p = C.invent_person(rng, old=old)
        p.room = f"{rng.randrange(1, 5)}{rng.randrange(0, 4)}{rng.randrange(1, 10)}" + rng.choice(['', '', '-A', '-B'])
        p.unit = rng.choice(['2 Nord', '3 Est', '1 Sud', 'Unité des Lilas', 'Unité prothétique', '4e Ouest',
                             'Pavillon B'])
        p.mrn_v = C.gen_mrn(rng)
        rel = rng.choice([("fille", "daughter", 1), ("fils", "son", 0), ("nièce", "niece", 1), ("neveu", "nephew", 0),
                          ("conjoint", "husband", 0) if p.fem else ("conjointe", "wife", 1), ("soeur", "sister", 1),
                          ("fille", "daughter", 1)])
        p.kin_rel = rel[0] if self.lang == 'fr' else rel[1]
        p.kin_giv = rng.choice(C.KIN_F if rel[2] else C.KIN_M)
        if rel[0] in ('fille', 'fils', 'soeur'):
            p.kin_sur = p.surname if rng.random() < 0.6 else rng.choice(C.PAT_SURN)
        elif rel[0] in ('conjoint', 'conjointe'):
            p.kin_sur = rng.choice(C.PAT_SURN + [p.surname])
        else:
            p.kin_sur = rng.choice(C.PAT_SURN)
        return p

    def name(self, p, style=None):
        self.types.add('patient_name')
        return C.fmt_name(self.rng, p, self.lang, style)

    def full(self, p, title=None):
        """Given + surname, optionally with title."""
        self.types.add('patient_name')
        if title is None:
            title = self.chance(0.5)
        t = C.title(p, self.lang, self.rng) + ' ' if title else ''
        return f"{t}{p.given} {p.surname}"

    def roster(self, p):
        self.types.add('patient_name')
        return self.rng.choice([f"{p.surname.upper()}, {p.given}", f"{p.surname}, {p.given}",
                                f"{p.surname.upper()} {p.given}"])

    def nam(self, p):
        assert p.nam, 'NAM only for blind people'
        self.types.add('ramq_nam')
        return C.fmt_nam(self.rng, p.nam)

    def dob(self, p, style=None):
        self.types.add('date_of_birth')
        return C.fmt_date(p.dob, self.lang, self.rng, style)

    def age_txt(self, p):
        return self.L(f"{p.age(self.date)} ans", f"{p.age(self.date)} y.o." if self.chance(0.5) else f"aged {p.age(self.date)}")

    def mrn(self, p):
        self.types.add('mrn')
        return C.fmt_mrn(self.rng, p.mrn_v, self.lang)

    def sin(self, p):
        self.types.add('ca_sin')
        if not hasattr(p, 'sin_v'):
            p.sin_v = C.gen_sin(self.rng)
        return C.fmt_sin(self.rng, p.sin_v)

    def ohip(self, p):
        self.types.add('ca_health_number')
        if not hasattr(p, 'ohip_v'):
            p.ohip_v = C.gen_ohip(self.rng)
        return C.fmt_ohip(self.rng, p.ohip_v)

    def niss(self, p):
        self.types.add('be_niss')
        if not hasattr(p, 'niss_v'):
            p.niss_v = C.gen_niss(self.rng, p.dob, p.sex)
        return C.fmt_niss(self.rng, p.niss_v)

    def nir(self, p):
        self.types.add('fr_nir')
        if not hasattr(p, 'nir_v'):
            p.nir_v = C.gen_nir(self.rng, p.dob, p.sex)
        return C.fmt_nir(self.rng, p.nir_v)

    def dx(self, k=1, pool=None):
        self.types.add('diagnosis')
        items = self.sample(pool or C.DX, k)
        return items if k > 1 else items[0]

    def scpd(self, k=1):
        self.types.add('diagnosis')
        items = self.sample(C.SCPD, k)
        return items if k > 1 else items[0]

    def med(self, k=1):
        self.types.add('medication')
        items = self.sample(C.MEDS, k)
        return items if k > 1 else items[0]

    def lab(self, k=1):
        self.types.add('lab_result')
        items = self.sample(C.LABS, k)
        return items if k > 1 else items[0]

    def social(self, k=1):
        self.types.add('social_information')
        items = self.sample(C.SOCIAL, k)
        return items if k > 1 else items[0]

    def soc(self, fr, en):
        """Free social-information text."""
        self.types.add('social_information')
        return self.L(fr, en)

    def clin(self, fr, en, kind='diagnosis'):
        self.types.add(kind)
        return self.L(fr, en)

    def level(self):
        self.types.add('diagnosis')
        return self.pick(C.LEVELS)

    def address(self, p, province='QC'):
        self.types.add('patient_contact')
        if not hasattr(p, 'addr_v'):
            p.addr_v = C.home_address(self.rng, self.lang, province)
        return p.addr_v

    def tel(self, p, area=None):
        self.types.add('patient_contact')
        if not hasattr(p, 'tel_v'):
            p.tel_v = C.phone(self.rng, area)
        return p.tel_v

    def pr(self, p, kind='subj'):
        fr = {'subj': ('elle', 'il'), 'obj': ('la', 'le'), 'e': ('e', '')}[kind]
        en = {'subj': ('she', 'he'), 'obj': ('her', 'him'), 'e': ('', '')}[kind]
        pair = fr if self.lang == 'fr' else en
        return pair[0] if p.fem else pair[1]

    def kin(self, p):
        """Next of kin (name + relation)."""
        return f"{p.kin_giv} {p.kin_sur}", p.kin_rel

    def kin_tel(self, p):
        if not hasattr(p, 'kin_tel_v'):
            p.kin_tel_v = C.phone(self.rng)
        return p.kin_tel_v

    def kin_email(self, p):
        return C.email_addr(p.kin_giv, p.kin_sur, self.rng.choice(['videotron-mail.example', 'courriel.example',
                                                                    'bellnet.example', 'mailbox.example']))
