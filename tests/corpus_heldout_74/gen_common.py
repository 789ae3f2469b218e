"""Shared context and writing helpers: names, signatures, quoting, clinical vocabulary."""
import datetime

import gen_people as P
from gen_ids import load_nams, strip_accents


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.holders = load_nams()
        self.order = list(range(len(self.holders)))
        rng.shuffle(self.order)
        self.hi = 0
        self.used = set()
        nam_sur = {h.surname for h in self.holders}
        for s in P.PAT_SURNAMES + [x[1] for x in P.STAFF + P.MANAGERS] + [x[2] for x in P.PHYSICIANS + P.GPS]:
            assert s not in nam_sur, s

    # ------------------------------------------------------------ people
    def holder_patient(self, lang, adult=False):
        if not hasattr(self, '_deferred'):
            self._deferred = []
        h = None
        if not adult and self._deferred:
            h = self._deferred.pop(0)
        while h is None:
            cand = self.holders[self.order[self.hi % len(self.order)]]
            self.hi += 1
            if adult and P.age_on(cand.dob, REF_DAY) < 18:
                self._deferred.append(cand)
                continue
            h = cand
        if not hasattr(self, '_hcache'):
            self._hcache = {}
        if h.nam not in self._hcache:
            self._hcache[h.nam] = P.patient_from_holder(self.rng, h, lang)
        return self._hcache[h.nam]

    def inv(self, lang, child=False):
        return P.invented_patient(self.rng, lang, self.used, child=child)

    def staff(self, exclude=()):
        while True:
            s = self.rng.choice(P.STAFF)
            if s not in exclude:
                return s

    def manager(self):
        return self.rng.choice(P.MANAGERS)

    def doc(self, spec=None):
        c = [d for d in P.PHYSICIANS if spec is None or d[3] == spec]
        return self.rng.choice(c or P.PHYSICIANS)

    def gp(self):
        return self.rng.choice(P.GPS)

    # ------------------------------------------------------------ time
    def when(self):
        r = self.rng
        base = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randint(0, 320))
        while base.weekday() > 4:
            base += datetime.timedelta(days=1)
        return datetime.datetime(base.year, base.month, base.day, r.randint(7, 17), r.randint(0, 59), r.randint(0, 59))


# ---------------------------------------------------------------- addresses
def email_of(given, surname, dom, style=0):
    g = strip_accents(given).lower().replace(' ', '').replace("'", '')
    s = strip_accents(surname).lower().replace(' ', '').replace("'", '')
    return [f"{g}.{s}@{dom}", f"{g[0]}{s}@{dom}", f"{g}.{s}@{dom}"][style % 3]


def staff_addr(s, dom=None):
    return (f"{s[0]} {s[1]}", email_of(s[0], s[1], dom or P.CLINIC['dom']))


def doc_addr(d, dom=None):
    return (f"{d[0]} {d[1]} {d[2]}" if d[0] in ('Dr', 'Dre') else f"{d[1]} {d[2]}", email_of(d[1], d[2], dom or P.CLINIC['dom']))


def doc_name(d, lang, short=False):
    t = d[0]
    if lang == 'en':
        t = 'Dr.'
    return f"{t} {d[2]}" if short else f"{t} {d[1]} {d[2]}"


# ---------------------------------------------------------------- patient name styles
def title(p, lang):
    if lang == 'fr':
        return 'Mme' if p.sex == 'F' else 'M.'
    return 'Ms.' if p.sex == 'F' else 'Mr.'


def nm(p, lang, rng, style=None):
    """A patient's name the way staff actually type it."""
    s = rng.choice(['full', 'full', 'title_full', 'title_sur', 'SUR_given', 'sur_given_comma', 'lower',
                    'initial', 'upper']) if style is None else style
    if s == 'full':
        return p.full
    if s == 'title_full':
        return f"{title(p, lang)} {p.full}"
    if s == 'title_sur':
        return f"{title(p, lang)} {p.surname}"
    if s == 'SUR_given':
        return f"{p.surname.upper()} {p.given}"
    if s == 'sur_given_comma':
        return f"{p.surname}, {p.given}"
    if s == 'lower':
        return f"{p.given.lower()} {p.surname.lower()}"
    if s == 'initial':
        return f"{p.given[0]}. {p.surname}"
    if s == 'upper':
        return f"{p.surname.upper()}, {p.given.upper()}"
    return p.full


# ---------------------------------------------------------------- signatures / greetings
def greet(lang, rng, who=None):
    if lang == 'fr':
        g = rng.choice(['Bonjour', 'Bonjour', 'Bon matin', 'Allô', 'Salut'] + ([] if who else ['Bonjour à tous', 'Madame, Monsieur,']))
    else:
        g = rng.choice(['Hi', 'Hello', 'Good morning', 'Hey', 'Good afternoon'] + ([] if who else ['Hi all', 'Dear colleagues,']))
    if who and not g.endswith(','):
        return f"{g} {who},"
    return g if g.endswith(',') else g + ','


def closing(lang, rng):
    if lang == 'fr':
        return rng.choice(['Merci!', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci et bonne fin de journée',
                           'Au plaisir,', 'Salutations,', 'Merci de votre collaboration.'])
    return rng.choice(['Thanks!', 'Thank you,', 'Best,', 'Regards,', 'Kind regards,', 'Cheers,', 'Many thanks,',
                       'Thanks so much'])


DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message et les pièces jointes peuvent contenir des renseignements "
                 "confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information. "
                 "If you received it in error, please notify the sender and delete it.")


def sig(s, lang, rng, org=None, phone=None, disclaimer=None):
    """s: staff tuple (given, surname, role_fr, role_en) or physician tuple."""
    org = org or (P.CLINIC['fr'] if lang == 'fr' else P.CLINIC['en'])
    phone = phone or P.CLINIC['phone']
    role = s[2] if lang == 'fr' else s[3]
    st = rng.randrange(5) if org in (P.CLINIC['fr'], P.CLINIC['en']) else rng.randrange(4)
    ext = rng.randint(200, 499)
    if st == 0:
        out = f"{s[0]} {s[1]}\n{role[0].upper() + role[1:]}\n{org}\n{'Tél.' if lang == 'fr' else 'Tel.'} {phone} {'poste' if lang == 'fr' else 'ext.'} {ext}"
    elif st == 1:
        out = f"{s[0]}"
    elif st == 2:
        out = f"--\n{s[0]} {s[1]} | {role} | {org}\nT {phone} x{ext} | F {P.CLINIC['fax']}"
    elif st == 3:
        out = f"{s[0]} {s[1][0]}.\n{org}"
    else:
        out = f"{s[0]} {s[1]}\n{role}\n{P.CLINIC['addr_fr'] if lang == 'fr' else P.CLINIC['addr_en']}\n{phone}"
    if disclaimer is None:
        disclaimer = rng.random() < 0.3
    if disclaimer:
        out += '\n\n' + (DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN)
    return out


def quote_block(text, lang, rng, who, when, subject, to=None):
    """Quoted history in one of the common mail client styles."""
    st = rng.randrange(3)
    if st == 0:
        if lang == 'fr':
            head = f"Le {P.dlong(when.date(), 'fr')} à {when:%H:%M}, {who[0]} <{who[1]}> a écrit :"
        else:
            head = f"On {when:%a, %b} {when.day}, {when.year} at {when:%I:%M %p}, {who[0]} <{who[1]}> wrote:"
        return head + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
    if st == 1:
        if lang == 'fr':
            head = (f"De : {who[0]} <{who[1]}>\nEnvoyé : {P.dlong(when.date(), 'fr', True)} {when:%H:%M}\n"
                    f"À : {to[0] if to else 'Secrétariat'}\nObjet : {subject}")
        else:
            head = (f"From: {who[0]} <{who[1]}>\nSent: {P.dlong(when.date(), 'en', True)} {when:%I:%M %p}\n"
                    f"To: {to[0] if to else 'Front desk'}\nSubject: {subject}")
        return '________________________________\n' + head + '\n\n' + text
    if lang == 'fr':
        head = f"-----Message d'origine-----\nDe : {who[0]}\nDate : {when:%Y-%m-%d %H:%M}\nObjet : {subject}"
    else:
        head = f"-----Original Message-----\nFrom: {who[0]}\nDate: {when:%Y-%m-%d %H:%M}\nSubject: {subject}"
    return head + '\n\n' + text


def fwd_block(text, lang, who, when, subject, to):
    if lang == 'fr':
        head = (f"-------- Message transféré --------\nDe : {who[0]} <{who[1]}>\nDate : {P.dlong(when.date(), 'fr')} {when:%H:%M}\n"
                f"Objet : {subject}\nÀ : {to[0]} <{to[1]}>")
    else:
        head = (f"---------- Forwarded message ---------\nFrom: {who[0]} <{who[1]}>\nDate: {P.dlong(when.date(), 'en', True)} at {when:%I:%M %p}\n"
                f"Subject: {subject}\nTo: {to[0]} <{to[1]}>")
    return head + '\n\n' + text


# ---------------------------------------------------------------- clinical vocabulary
DIAG = {
    'gastro': [('rectorragies et anémie ferriprive', 'rectal bleeding with iron-deficiency anemia'),
               ('maladie de Crohn en poussée', "Crohn's disease flare"),
               ('dysphagie progressive', 'progressive dysphagia'),
               ('cirrhose sur hépatite C', 'cirrhosis secondary to hepatitis C'),
               ('polypes coliques — surveillance', 'colonic polyps — surveillance'),
               ('colite ulcéreuse', 'ulcerative colitis')],
    'cardio': [('fibrillation auriculaire', 'atrial fibrillation'), ('insuffisance cardiaque', 'heart failure'),
               ("douleur thoracique à l'effort", 'exertional chest pain'), ('souffle cardiaque', 'heart murmur'),
               ('syncope inexpliquée', 'unexplained syncope')],
    'ortho': [('déchirure méniscale au genou droit', 'right knee meniscal tear'), ('coxarthrose sévère', 'severe hip osteoarthritis'),
              ('fracture du poignet gauche', 'left wrist fracture'), ('hernie discale L4-L5', 'L4-L5 disc herniation'),
              ('déchirure de la coiffe des rotateurs', 'rotator cuff tear')],
    'dermato': [('lésion pigmentée suspecte (mélanome ?)', 'suspicious pigmented lesion (melanoma?)'), ('psoriasis sévère', 'severe psoriasis'),
                ('carcinome basocellulaire du nez', 'basal cell carcinoma of the nose'), ('hidradénite suppurée', 'hidradenitis suppurativa')],
    'uro': [('hématurie macroscopique', 'gross hematuria'), ('hypertrophie bénigne de la prostate avec rétention', 'BPH with urinary retention'),
            ('calcul rénal de 8 mm', '8 mm kidney stone'), ('APS élevé', 'elevated PSA')],
    'orl': [('surdité brusque oreille gauche', 'sudden hearing loss, left ear'), ('amygdalites à répétition', 'recurrent tonsillitis'),
            ('nodule thyroïdien', 'thyroid nodule'), ('vertiges récidivants', 'recurrent vertigo')],
    'endo': [('diabète de type 2 mal contrôlé', 'poorly controlled type 2 diabetes'), ('maladie de Basedow', "Graves' disease"),
             ('ostéoporose avec fracture vertébrale', 'osteoporosis with vertebral fracture'), ('diabète de type 1', 'type 1 diabetes')],
    'gyneco': [('saignements post-ménopausiques', 'postmenopausal bleeding'), ('endométriose', 'endometriosis'),
               ('Pap test anormal (HSIL)', 'abnormal Pap test (HSIL)'), ('fibromes utérins', 'uterine fibroids'),
               ('grossesse de 11 semaines', '11-week pregnancy')],
    'pneumo': [('MPOC avec exacerbations', 'COPD with exacerbations'), ('nodule pulmonaire de 9 mm', '9 mm lung nodule'),
               ('asthme sévère', 'severe asthma'), ('apnée obstructive du sommeil', 'obstructive sleep apnea')],
    'neuro': [('sclérose en plaques', 'multiple sclerosis'), ('épilepsie', 'epilepsy'), ('migraines chroniques', 'chronic migraine'),
              ('maladie de Parkinson', "Parkinson's disease"), ('troubles cognitifs à investiguer', 'cognitive decline under investigation')],
    'ophtalmo': [('DMLA humide', 'wet macular degeneration'), ('glaucome', 'glaucoma'), ('cataracte bilatérale', 'bilateral cataracts'),
                 ('rétinopathie diabétique', 'diabetic retinopathy')],
    'rhumato': [('polyarthrite rhumatoïde', 'rheumatoid arthritis'), ('goutte', 'gout'), ('lupus érythémateux', 'lupus'),
                ('fibromyalgie', 'fibromyalgia')],
}
MEDS = {
    'gastro': ['pantoprazole 40 mg DIE', 'infliximab 5 mg/kg', 'mésalamine 2,4 g/jour', 'sulfate ferreux 300 mg'],
    'cardio': ['apixaban 5 mg BID', 'warfarine 3 mg', 'bisoprolol 5 mg', 'furosémide 40 mg'],
    'ortho': ['naproxène 500 mg BID', 'hydromorphone 1 mg PRN', 'acétaminophène 1 g QID'],
    'dermato': ['méthotrexate 15 mg/semaine', 'adalimumab 40 mg', 'isotrétinoïne 40 mg'],
    'uro': ['tamsulosine 0,4 mg', 'finastéride 5 mg', 'oxybutynine 5 mg'],
    'orl': ['prednisone 60 mg', 'fluticasone nasal', 'bétahistine 16 mg'],
    'endo': ['metformine 1000 mg BID', 'insuline glargine 24 U', 'méthimazole 10 mg', 'alendronate 70 mg/semaine'],
    'gyneco': ['diénogest 2 mg', 'acide folique 1 mg', 'progestérone micronisée'],
    'pneumo': ['tiotropium 18 mcg', 'prednisone 40 mg x 5 jours', 'budésonide/formotérol'],
    'neuro': ['lévétiracétam 500 mg BID', 'ocrelizumab', 'lévodopa/carbidopa 100/25', 'topiramate 50 mg'],
    'ophtalmo': ['latanoprost 0,005 %', 'aflibercept intravitréen', 'timolol gouttes'],
    'rhumato': ['méthotrexate 20 mg/semaine', 'allopurinol 300 mg', 'hydroxychloroquine 200 mg', 'prégabaline 75 mg'],
}
PROC = {
    'gastro': ('coloscopie', 'colonoscopy'), 'cardio': ('échographie cardiaque', 'echocardiogram'),
    'ortho': ('infiltration', 'injection'), 'dermato': ('biopsie cutanée', 'skin biopsy'), 'uro': ('cystoscopie', 'cystoscopy'),
    'orl': ('audiogramme', 'audiogram'), 'endo': ('densitométrie osseuse', 'bone density scan'),
    'gyneco': ('colposcopie', 'colposcopy'), 'pneumo': ('bronchoscopie', 'bronchoscopy'), 'neuro': ('EEG', 'EEG'),
    'ophtalmo': ('injection intravitréenne', 'intravitreal injection'), 'rhumato': ('ponction articulaire', 'joint aspiration'),
}
LABS = [
    ('INR {v}', 'INR {v}', ['4,6', '5,1', '1,3'], ['4.6', '5.1', '1.3']),
    ('Hb {v} g/L', 'Hb {v} g/L', ['78', '82', '91'], ['78', '82', '91']),
    ('potassium {v} mmol/L', 'potassium {v} mmol/L', ['6,1', '2,9'], ['6.1', '2.9']),
    ('HbA1c {v} %', 'HbA1c {v}%', ['9,8', '11,2'], ['9.8', '11.2']),
    ('créatinine {v} µmol/L', 'creatinine {v} µmol/L', ['182', '240'], ['182', '240']),
    ('TSH {v} mUI/L', 'TSH {v} mIU/L', ['0,01', '14,5'], ['0.01', '14.5']),
    ('APS {v} µg/L', 'PSA {v} ng/mL', ['14,2', '9,7'], ['14.2', '9.7']),
    ('ferritine {v} µg/L', 'ferritin {v} µg/L', ['6', '4'], ['6', '4']),
    ('CRP {v} mg/L', 'CRP {v} mg/L', ['87', '143'], ['87', '143']),
    ('troponine hs {v} ng/L', 'hs-troponin {v} ng/L', ['64', '112'], ['64', '112']),
]


def lab(rng, lang):
    fr, en, vf, ve = rng.choice(LABS)
    i = rng.randrange(len(vf))
    return fr.format(v=vf[i]) if lang == 'fr' else en.format(v=ve[i])


def med(spec, rng, lang):
    m = rng.choice(MEDS[spec])
    if lang == 'en':
        m = (m.replace('DIE', 'daily').replace('/jour', '/day').replace('/semaine', '/week').replace(' jours', ' days')
             .replace('warfarine', 'warfarin').replace('furosémide', 'furosemide').replace('naproxène', 'naproxen')
             .replace('acétaminophène', 'acetaminophen').replace('méthotrexate', 'methotrexate').replace('isotrétinoïne', 'isotretinoin')
             .replace('tamsulosine', 'tamsulosin').replace('finastéride', 'finasteride').replace('oxybutynine', 'oxybutynin')
             .replace('bétahistine', 'betahistine').replace('metformine', 'metformin').replace('méthimazole', 'methimazole')
             .replace('alendronate', 'alendronate').replace('diénogest', 'dienogest').replace('acide folique', 'folic acid')
             .replace('progestérone micronisée', 'micronized progesterone').replace('budésonide/formotérol', 'budesonide/formoterol')
             .replace('lévétiracétam', 'levetiracetam').replace('lévodopa', 'levodopa').replace('mésalamine', 'mesalamine')
             .replace('sulfate ferreux', 'ferrous sulfate').replace('intravitréen', 'intravitreal').replace('gouttes', 'drops')
             .replace('prégabaline', 'pregabalin').replace('insuline', 'insulin').replace(',', '.'))
    return m


REF_DAY = datetime.date(2025, 6, 1)
# diagnoses that only fit some patients: fr label -> (sex or None, min age, max age)
CONSTR = {
    'grossesse de 11 semaines': ('F', 17, 44), 'saignements post-ménopausiques': ('F', 48, 120), 'endométriose': ('F', 15, 55),
    'Pap test anormal (HSIL)': ('F', 21, 120), 'fibromes utérins': ('F', 25, 120),
    'hypertrophie bénigne de la prostate avec rétention': ('M', 45, 120), 'APS élevé': ('M', 40, 120),
}
PEDS = {'asthme sévère', 'épilepsie', 'migraines chroniques', 'diabète de type 1', 'amygdalites à répétition', 'fracture du poignet gauche',
        'psoriasis sévère', 'maladie de Crohn en poussée', 'colite ulcéreuse', 'souffle cardiaque', 'syncope inexpliquée',
        'surdité brusque oreille gauche', 'vertiges récidivants', 'lupus érythémateux', 'hidradénite suppurée', 'endométriose'}


def dx_ok(entry, p):
    age = P.age_on(p.dob, REF_DAY)
    k = CONSTR.get(entry[0])
    if k and ((k[0] and p.sex != k[0]) or not k[1] <= age <= k[2]):
        return False
    if age < 16 and entry[0] not in PEDS:
        return False
    return True


def diag(spec, rng, lang, p=None):
    cands = DIAG[spec]
    if p is not None:
        cands = [e for e in cands if dx_ok(e, p)] or [e for e in cands if e[0] not in CONSTR] or cands
    f, e = rng.choice(cands)
    return f if lang == 'fr' else e


def diag2(spec, rng, p=None):
    cands = DIAG[spec]
    if p is not None:
        cands = [e for e in cands if dx_ok(e, p)] or [e for e in cands if e[0] not in CONSTR] or cands
    return rng.choice(cands)


def vu(p, base='vu'):
    """French past participle / adjective agreement for a patient."""
    return base + ('e' if p.sex == 'F' else '')


def spec_ok(spec, p):
    return any(dx_ok(e, p) for e in DIAG[spec])


def de(x):
    """French 'de' with elision."""
    return ("d'" + x) if x[:1].lower() in 'aeéèêiîoôuh' else ('de ' + x)


def spec_name(spec, lang):
    f, e = P.SPEC[spec]
    return f if lang == 'fr' else e


NEUTRAL = ['gastro', 'cardio', 'ortho', 'dermato', 'orl', 'endo', 'pneumo', 'neuro', 'ophtalmo', 'rhumato']


def pick_spec(rng, p=None, choices=None):
    choices = list(choices or [s[0] for s in P.SPECIALTIES])
    if p is not None:
        choices = [s for s in choices if spec_ok(s, p)] or choices
    return rng.choice(choices)
