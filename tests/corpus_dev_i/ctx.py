from pools import *
from core import *

SIGS_FR = ['\n\n--\n{n}\n{role}\n{dept}\nCHU Exemple de Québec – Hôpital de l\'Enfant-Jésus exemple\n1401, 18e Rue fictive, Québec (Québec) G1J 0Z0\nTél. : 418-555-{ext} poste {poste}',
           '\n\n{n}, {role}\n{dept} | CHU Exemple\n418 555-{ext}',
           '\n\nMerci\n{n}\n',
           '\n\n-- \n{n} | {role}\nCISSS exemple du Saguenay–Lac-Saint-Jean\n305, rue Saint-Vallier fictive, Chicoutimi (Québec) G7H 0Z0\n418-555-{ext}',
           '\n\n{short}\nEnvoyé de mon iPhone']
SIGS_EN = ['\n\n--\n{n}\n{role}\n{dept}\nCHU Exemple – Jeffery Hale site (fictional)\n1270 chemin Sainte-Foy fictif, Québec QC G1S 0Z0\n418-555-{ext} ext. {poste}',
           '\n\nThanks,\n{short}\n', '\n\n{n}, {role}\nSent from my phone']
DISC_FR = ('\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. '
           'S\'il vous a été transmis par erreur, veuillez le détruire et en aviser l\'expéditeur.')
DISC_EN = ('\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, '
           'please delete it and notify the sender.')

DEPTS_FR = ['Médecine interne', 'Cardiologie', 'Urgence', 'Gériatrie', 'Néphrologie', 'Oncologie', 'Pédiatrie',
            'Santé mentale', 'Soutien à domicile', 'Archives médicales', 'Pharmacie', 'Service social', 'Bloc opératoire']
DEPTS_EN = ['Internal Medicine', 'Nephrology', 'Geriatrics', 'Emergency', 'Social Work', 'Pharmacy']

class Ctx:
    def __init__(self, r, nams):
        self.r = r
        self.nams = list(nams)
        r.shuffle(self.nams)
        self.ni = 0
        self.lang = 'fr'

    def pat(self):
        p = dict(self.nams[self.ni % len(self.nams)]); self.ni += 1
        return p

    def xpat(self, pool=PAT_EXTRA_FR, age=(25, 92)):
        key = id(pool)
        if not hasattr(self, '_xp'): self._xp = {}
        lst = self._xp.get(key)
        if not lst:
            lst = list(pool); self.r.shuffle(lst); self._xp[key] = lst
        s, g, sex = lst.pop()
        y = 2026 - self.r.randint(*age)
        dob = '%04d-%02d-%02d' % (y, self.r.randint(1, 12), self.r.randint(1, 28))
        return dict(sur=s, giv=g, sex=sex, dob=dob, nam=None)

    def staff(self, en=False, dom=DOM):
        while True:
            g, s, t, role, sex = self.r.choice(STAFF_EN if en else STAFF)
            if s != getattr(self, '_last_staff', None): break
        self._last_staff = s
        return dict(giv=g, sur=s, tit=t, role=role, sex=sex, email=email_of(g, s, dom),
                    full=(t + ' ' if t else '') + g + ' ' + s, n=g + ' ' + s)

    def staff_many(self, k, en=False, dom=DOM, docs=False):
        pool = [x for x in (STAFF_EN if en else STAFF) if (x[2] or not docs)]
        out = []
        for g, s, t, role, sex in self.r.sample(pool, min(k, len(pool))):
            out.append(dict(giv=g, sur=s, tit=t, role=role, sex=sex, email=email_of(g, s, dom), full=(t + ' ' if t else '') + g + ' ' + s, n=g + ' ' + s))
        return out

    def phone(self, area=None):
        area = area or self.r.choice(['418', '581', '418', '367'])
        return f'{area}-555-{self.r.randint(0, 9999):04d}'

    def cell(self):
        return self.r.choice(['{a} 555-{b:04d}', '({a}) 555-{b:04d}', '{a}.555.{b:04d}']).format(a=self.r.choice(['418', '581']), b=self.r.randint(0, 9999))

    def address(self, sag=False):
        c, pre = self.r.choice(CITIES_SAG if sag else CITIES_QC)
        pc = f'{pre} {self.r.randint(1, 9)}{self.r.choice("ABCEGHJKLMNPRSTVWXYZ")}{self.r.randint(1, 9)}'
        return f'{self.r.randint(12, 3999)}, {self.r.choice(STREETS)}', c, pc

    def mrn(self, style=None):
        r = self.r
        style = style or r.choice(['7', '8', 'H7', 'Q', 'dash', 'chuq'])
        if style == '7': return str(r.randint(1000000, 9999999))
        if style == '8': return str(r.randint(10000000, 99999999))
        if style == 'H7': return 'H' + str(r.randint(1000000, 9999999))
        if style == 'Q': return 'Q' + str(r.randint(100000, 999999))
        if style == 'dash': v = str(r.randint(1000000, 9999999)); return v[:2] + '-' + v[2:]
        return 'CHUQ-' + '%07d' % r.randint(1, 9999999)

    def sig(self, s, en=False):
        tpl = self.r.choice(SIGS_EN if en else SIGS_FR)
        out = tpl.format(n=s['full'] if 'full' in s else s['n'], short=s['giv'], role=s['role'],
                         dept=self.r.choice(DEPTS_EN if en else DEPTS_FR), ext='%04d' % self.r.randint(0, 9999),
                         poste=self.r.randint(10000, 89999))
        if self.r.random() < 0.35:
            out += DISC_EN if en else DISC_FR
        return out

    def date_fr(self, m=None):
        mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
        d = self.r.randint(1, 28); m = m or self.r.choice([11, 12, 1])
        return f'{d} {mois[m - 1]}'

def T(p, en=False):
    if en: return 'Mr.' if p['sex'] == 'M' else 'Ms.'
    return 'M.' if p['sex'] == 'M' else 'Mme'

def ne(p): return 'né' if p['sex'] == 'M' else 'née'
def il(p): return 'il' if p['sex'] == 'M' else 'elle'
def Il(p): return 'Il' if p['sex'] == 'M' else 'Elle'
def he(p): return 'he' if p['sex'] == 'M' else 'she'
def his(p): return 'his' if p['sex'] == 'M' else 'her'
def e_(p): return '' if p['sex'] == 'M' else 'e'
def age(p, ref=2026):
    y, m, d = map(int, p['dob'].split('-'))
    a = ref - y - (1 if (m, d) > (11, 15) else 0)
    return a
def dob_fr(p, style=None):
    y, m, d = p['dob'].split('-')
    return {'iso': p['dob'], 'slash': f'{d}/{m}/{y}', 'dots': f'{d}.{m}.{y}', None: p['dob']}[style]
