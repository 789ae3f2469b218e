# -*- coding: utf-8 -*-
"""Per-message context and clinical vocabulary pools."""
import datetime as dt
import random

import gen_common as G
from gen_mime import Att

# ---------------------------------------------------------- clinical pools
DIAB_DX = {
    'fr': ['diabète de type 1', 'DB type 1', 'diabète de type 2 insulinotraité', 'DLT2 sous insuline', 'diabète LADA',
           'diabète de type 1 avec hypoglycémies non ressenties', 'diabète post-greffe (NODAT)'],
    'en': ['type 1 diabetes', 'T1DM', 'insulin-treated type 2 diabetes', 'T2DM on basal-bolus', 'LADA',
           'type 1 diabetes with hypoglycaemia unawareness', 'post-transplant diabetes (PTDM)'],
}
ESRD_DX = {
    'fr': ['néphropathie diabétique', 'néphropathie à IgA', 'polykystose rénale', 'HSF (hyalinose segmentaire et focale)',
           'néphrite lupique', 'néphroangiosclérose', 'IRC stade 5 sur glomérulonéphrite chronique'],
    'en': ['diabetic nephropathy', 'IgA nephropathy', 'ADPKD', 'FSGS', 'lupus nephritis', 'hypertensive nephrosclerosis',
           'CKD stage 5 secondary to chronic GN'],
}
ENDO_DX = {
    'fr': ['hypothyroïdie sur Hashimoto', 'maladie de Basedow', 'nodule thyroïdien Bethesda IV', 'hyperparathyroïdie primaire',
           'insuffisance surrénalienne primaire', 'prolactinome', 'ostéoporose avec fracture vertébrale', 'SOPK'],
    'en': ["Hashimoto's hypothyroidism", "Graves' disease", 'Bethesda IV thyroid nodule', 'primary hyperparathyroidism',
           "primary adrenal insufficiency (Addison's)", 'prolactinoma', 'osteoporosis with vertebral fracture', 'PCOS'],
}
ENDO_MED = {
    'hypothyro': 'lévothyroxine 100 mcg DIE', 'basedow': 'méthimazole 10 mg DIE', 'addison': 'hydrocortisone 10-5-5 mg',
    'prolac': 'cabergoline 0,5 mg 2x/sem', 'osteo': 'dénosumab 60 mg SC q6 mois',
}
INSULINS = ['insuline lispro', 'insuline asparte', 'Fiasp', 'insuline glargine U-100', 'Toujeo', 'insuline dégludec',
            'Humalog', 'NovoRapid']
INSULINS_EN = ['insulin lispro', 'insulin aspart', 'Fiasp', 'insulin glargine U-100', 'Toujeo', 'insulin degludec',
               'Humalog', 'NovoRapid']
ORAL_DM = ['metformine 850 mg BID', 'empagliflozine 10 mg DIE', 'dapagliflozine 10 mg', 'sémaglutide 0,5 mg SC hebdo',
           'gliclazide MR 60 mg', 'dulaglutide 1,5 mg hebdo', 'linagliptine 5 mg']
ORAL_DM_EN = ['metformin 850 mg BID', 'empagliflozin 10 mg daily', 'dapagliflozin 10 mg', 'semaglutide 0.5 mg SC weekly',
              'gliclazide MR 60 mg', 'dulaglutide 1.5 mg weekly', 'linagliptin 5 mg']
IMMUNO = ['tacrolimus', 'Advagraf', 'Envarsus', 'mycophénolate mofétil', 'Myfortic', 'prednisone', 'bélatacept', 'évérolimus']
IMMUNO_EN = ['tacrolimus', 'Advagraf', 'Envarsus', 'mycophenolate mofetil', 'Myfortic', 'prednisone', 'belatacept', 'everolimus']
PROPHY = ['valganciclovir 450 mg DIE', 'TMP-SMX 400/80 DIE', 'nystatine rince-bouche', 'amlodipine 5 mg', 'calcitriol 0,25 mcg']
PROPHY_EN = ['valganciclovir 450 mg daily', 'TMP-SMX SS daily', 'nystatin swish', 'amlodipine 5 mg', 'calcitriol 0.25 mcg']
SOCIAL_FR = ['vit seule depuis le décès de son conjoint', 'sans voiture, dépend de sa fille pour les déplacements',
             "prestataire de l'aide sociale, difficulté à payer les bandelettes", 'travaille de nuit comme camionneur',
             'insécurité alimentaire, fréquente une banque alimentaire', 'séparation récente, hébergée chez sa sœur',
             'consommation d\'alcool quotidienne (4-5 consommations)', 'nouvel arrivant, couverture RAMQ en attente',
             'proche aidante de sa mère atteinte d\'Alzheimer', 'a perdu son emploi en mars, pas d\'assurance privée']
SOCIAL_EN = ['lives alone since her husband passed away', 'no car, relies on daughter for rides',
             'on Ontario Works, struggles to pay for test strips', 'works night shifts as a long-haul trucker',
             'food insecure, uses the local food bank', 'recently separated, staying with sister',
             'drinks 4-5 beers daily', 'recent immigrant, OHIP waiting period', 'caregiver for mother with dementia',
             'lost job in March, no private drug plan']


def social(lang, rng, p=None):
    s = rng.choice(SOCIAL_FR if lang == 'fr' else SOCIAL_EN)
    if p is not None and p.sex == 'M':
        s = s.replace('vit seule', 'vit seul').replace('hébergée', 'hébergé').replace('proche aidante', 'proche aidant') \
             .replace('her husband', 'his wife')
    return s


def hba1c(rng, lo=6.0, hi=11.5):
    return round(rng.uniform(lo, hi), 1)


def num(x, lang, nd=1):
    s = ('%.' + str(nd) + 'f') % x
    return s.replace('.', ',') if lang == 'fr' else s


class Ctx(object):
    def __init__(self, seed, key, lang, people, used):
        self.rng = random.Random('%s-%s' % (seed, key))
        self.lang = lang
        self.people = people
        self.used = used  # dict nam -> count, spreads NAM usage
        self.date = G.msg_date(self.rng)
        self.seed = seed

    # --------------------------------------------------------- patients
    def qc_patient(self, min_age=18, max_age=99, sex=None):
        pool = [p for p in self.people if min_age <= p.age() <= max_age and (sex is None or p.sex == sex)]
        if not pool:
            pool = [p for p in self.people if min_age <= p.age() <= max_age] or list(self.people)
        low = min(self.used.get(p.nam, 0) for p in pool)
        cand = [p for p in pool if self.used.get(p.nam, 0) <= low + 1]
        p = self.rng.choice(cand)
        self.used[p.nam] = self.used.get(p.nam, 0) + 1
        return p

    def other_patient(self, region, age=(25, 80), sex=None):
        p = G.random_person(self.rng, region, age, sex)
        G.add_contact(p, self.rng)
        p.mrn = G.gen_mrn(self.rng)
        if region == 'on':
            p.ohn = G.gen_ohn(self.rng)
        elif region == 'be':
            p.niss = G.gen_niss(self.rng, p.dob, p.sex)
        elif region == 'fr':
            p.nir = G.gen_nir(self.rng, p.dob, p.sex)
        p.sin = G.gen_sin(self.rng)
        return p

    # --------------------------------------------------------- people/addr
    def st(self, role=None, exclude=()):
        return G.staff(role, self.lang, self.rng, exclude)

    def who(self, s, title=None):
        title = self.rng.random() < 0.5 if title is None else title
        return (G.staff_name(s, self.lang, title), G.staff_addr(s))

    def sig(self, s, style=None):
        return G.signature(s, self.lang, self.rng, style)

    def fr(self, a, b):
        return a if self.lang == 'fr' else b

    def nm(self, p, style=None):
        return G.name_variant(p, self.rng, self.lang, style)

    def d(self, d, style=None):
        return G.fmt_date(d, self.lang, self.rng, style)

    def later(self, days_lo=2, days_hi=40):
        return (self.date + dt.timedelta(days=self.rng.randrange(days_lo, days_hi))).date()

    def earlier(self, days_lo=2, days_hi=60):
        return (self.date - dt.timedelta(days=self.rng.randrange(days_lo, days_hi))).date()

    def greet(self, s=None):
        first = s[0] if s else None
        if self.lang == 'fr':
            return self.rng.choice(['Bonjour %s,' % first if first else 'Bonjour,', 'Bonjour,', 'Salut %s,' % first if first else 'Bonjour à tous,', 'Bon matin,'])
        return self.rng.choice(['Hi %s,' % first if first else 'Hi all,', 'Hello,', 'Good morning,', '%s -' % first if first else 'Hi team,'])

    def thanks(self):
        return self.rng.choice(['Merci!', 'Merci beaucoup', 'Bonne journée', 'Merci et bonne fin de journée']) if self.lang == 'fr' \
            else self.rng.choice(['Thanks!', 'Thank you', 'Best,', 'Thanks in advance', 'Cheers'])

    def maybe_typo(self, text, p=0.35):
        if self.rng.random() < p:
            return G.typo(text, self.rng, self.rng.randrange(1, 3))
        return text

    def msg(self, subject, text, frm, to, cc=None, html=None, atts=None, mode=None, irt=None, extra=None):
        return dict(frm=frm, to=to, cc=cc or [], subject=subject, date=self.date, lang=self.lang, text=text,
                    html=html, atts=atts or [], mode=mode, in_reply_to=irt, extra_headers=extra or [])

    def irt(self):
        return '<%012x@%s>' % (self.rng.getrandbits(48), G.CHU['dom'])


def result(cat, msg, types, note):
    return {'cat': cat, 'msg': msg, 'types': sorted(set(types)), 'note': note}


__all__ = ['Ctx', 'result', 'Att', 'G']
