"""Clinical vocabulary, signatures and small writing helpers."""
import ids

# key: (dx_fr, dx_en, [meds], [(lab_fr, lab_en, value-fmt, lo, hi, unit)])
CONDITIONS = {
    'dm2': ('diabète de type 2', 'type 2 diabetes', ['metformine 500 mg BID', 'Janumet 50/1000 mg', 'gliclazide MR 30 mg', 'Ozempic 0,5 mg/sem'],
            [('HbA1c', 'HbA1c', '%.1f', 7.2, 10.4, '%'), ('glycémie à jeun', 'fasting glucose', '%.1f', 7.5, 13.8, 'mmol/L')]),
    'htn': ('hypertension artérielle', 'hypertension', ['ramipril 5 mg DIE', 'amlodipine 10 mg', 'Coversyl 4 mg', 'hydrochlorothiazide 25 mg'],
            [('créatinine', 'creatinine', '%d', 98, 165, 'µmol/L'), ('potassium', 'potassium', '%.1f', 5.3, 6.0, 'mmol/L')]),
    'hypo': ('hypothyroïdie', 'hypothyroidism', ['Synthroid 100 mcg', 'lévothyroxine 75 mcg', 'Eltroxin 50 mcg'],
             [('TSH', 'TSH', '%.1f', 6.1, 14.5, 'mUI/L')]),
    'lipid': ('dyslipidémie', 'dyslipidemia', ['atorvastatine 20 mg', 'rosuvastatine 10 mg', 'Lipitor 40 mg'],
              [('LDL', 'LDL-C', '%.1f', 3.6, 5.2, 'mmol/L'), ('cholestérol total', 'total cholesterol', '%.1f', 6.1, 7.9, 'mmol/L')]),
    'afib': ('fibrillation auriculaire', 'atrial fibrillation', ['warfarine 5 mg', 'apixaban (Eliquis) 5 mg BID', 'Coumadin 4 mg'],
             [('RNI', 'INR', '%.1f', 3.4, 5.1, ''), ('RNI', 'INR', '%.1f', 1.2, 1.7, '')]),
    'copd': ('MPOC', 'COPD', ['Spiriva 18 mcg', 'salbutamol (Ventolin) 100 mcg PRN', 'Trelegy Ellipta'],
             [('VEMS', 'FEV1', '%d', 41, 62, '% prédit')]),
    'asthma': ('asthme', 'asthma', ['Symbicort 200', 'Flovent 125 mcg', 'Ventolin PRN'], []),
    'dep': ('dépression majeure', 'major depressive disorder', ['escitalopram 10 mg', 'Cipralex 15 mg', 'venlafaxine XR 75 mg', 'bupropion XL 150 mg'], []),
    'gad': ('trouble anxieux généralisé', 'generalized anxiety disorder', ['sertraline 50 mg', 'Zoloft 100 mg', 'lorazépam 0,5 mg PRN'], []),
    'adhd': ('TDAH', 'ADHD', ['Concerta 36 mg', 'Vyvanse 30 mg', 'Biphentin 20 mg'], []),
    'ckd': ('insuffisance rénale chronique stade 3', 'chronic kidney disease stage 3', ['ramipril 2,5 mg', 'Forxiga 10 mg'],
            [('DFGe', 'eGFR', '%d', 34, 52, 'mL/min/1,73m2'), ('créatinine', 'creatinine', '%d', 130, 190, 'µmol/L')]),
    'anemia': ('anémie ferriprive', 'iron deficiency anemia', ['sulfate ferreux 300 mg', 'Feramax 150 mg'],
               [('hémoglobine', 'hemoglobin', '%d', 88, 109, 'g/L'), ('ferritine', 'ferritin', '%d', 4, 11, 'µg/L')]),
    'gout': ('goutte', 'gout', ['allopurinol 100 mg', 'colchicine 0,6 mg'],
             [('acide urique', 'uric acid', '%d', 480, 590, 'µmol/L')]),
    'bph': ('hypertrophie bénigne de la prostate', 'benign prostatic hyperplasia', ['tamsulosine 0,4 mg', 'Flomax CR'],
            [('APS', 'PSA', '%.1f', 4.6, 9.8, 'µg/L')]),
    'migraine': ('migraine', 'migraine', ['sumatriptan 50 mg', 'Maxalt RPD 10 mg', 'topiramate 25 mg'], []),
    'lbp': ('lombalgie', 'low back pain', ['naproxène 500 mg', 'cyclobenzaprine 10 mg HS'], []),
    'aom': ('otite moyenne aiguë', 'acute otitis media', ['amoxicilline 400 mg/5 mL', 'Clavulin suspension'], []),
    'uti': ('infection urinaire', 'urinary tract infection', ['nitrofurantoïne (Macrobid) 100 mg', 'Monurol 3 g'],
            [('culture urinaire', 'urine culture', 'E. coli > %d UFC/L', 100, 100, '')]),
    'preg': ('grossesse de %d semaines', 'pregnancy, %d weeks', ['Diclectin', 'acide folique 1 mg', 'PregVit'],
             [('glucose 1 h post 50 g', '1-h 50 g glucose challenge', '%.1f', 7.9, 9.8, 'mmol/L'), ('ferritine', 'ferritin', '%d', 6, 14, 'µg/L')]),
    'aud': ("trouble lié à l'usage de l'alcool", 'alcohol use disorder', ['naltrexone 50 mg', 'acamprosate 333 mg'],
            [('GGT', 'GGT', '%d', 120, 310, 'U/L')]),
    'osa': ('apnée obstructive du sommeil', 'obstructive sleep apnea', [], []),
    'chlam': ('infection à Chlamydia trachomatis', 'Chlamydia trachomatis infection', ['azithromycine 1 g', 'doxycycline 100 mg BID x 7 j'],
              [('TAAN Chlamydia', 'Chlamydia NAAT', 'positif', 0, 0, '')]),
    'hiv': ('infection au VIH', 'HIV infection', ['Biktarvy', 'Triumeq'],
            [('charge virale VIH', 'HIV viral load', '< %d', 40, 40, 'copies/mL'), ('CD4', 'CD4 count', '%d', 310, 690, '/µL')]),
    'alz': ("maladie d'Alzheimer", "Alzheimer's disease", ['donépézil 10 mg', 'Aricept 5 mg', 'mémantine 10 mg'], []),
    'osteo': ('ostéoporose', 'osteoporosis', ['alendronate 70 mg/sem', 'Prolia 60 mg q6 mois'],
              [('vitamine D', 'vitamin D', '%d', 28, 49, 'nmol/L')]),
    'breast': ('cancer du sein (en rémission)', 'breast cancer (in remission)', ['létrozole 2,5 mg', 'tamoxifène 20 mg'], []),
    'ptsd': ('trouble de stress post-traumatique', 'post-traumatic stress disorder', ['prazosine 1 mg', 'sertraline 100 mg'], []),
    'ins': ('insomnie chronique', 'chronic insomnia', ['zopiclone 7,5 mg', 'trazodone 50 mg'], []),
}

SOCIAL = [
    ('vit seule depuis le décès de son conjoint', 'has lived alone since the death of the spouse'),
    ('est en arrêt de travail et a des difficultés financières importantes', 'is off work and in serious financial difficulty'),
    ('rapporte une situation de violence conjugale', 'reports intimate partner violence at home'),
    ("est en attente d'un logement social (HLM)", 'is on the waiting list for social housing'),
    ('vit une séparation difficile, garde partagée des enfants', 'is going through a difficult separation, shared custody of the children'),
    ('a perdu son emploi le mois dernier', 'lost their job last month'),
    ('est proche aidant(e) de son conjoint atteint de démence', 'is the main caregiver for a spouse with dementia'),
    ("est en situation d'itinérance depuis l'été", 'has been homeless since the summer'),
    ('est sous régime de protection (curatelle publique)', 'is under a public guardianship (curatorship) regime'),
    ('consomme environ 10 consommations par jour', 'drinks about 10 drinks a day'),
    ('a un dossier ouvert à la DPJ', 'has an open youth protection (DPJ) file'),
    ('est demandeur(se) d’asile, sans couverture RAMQ pour l’instant', 'is an asylum seeker without provincial coverage for now'),
]


def L(lang, fr, en):
    return fr if lang == 'fr' else en


def dx(key, lang, rng=None):
    c = CONDITIONS[key]
    s = c[0] if lang == 'fr' else c[1]
    if '%d' in s:
        s = s % (rng.randrange(12, 36) if rng else 24)
    return s


def med(key, rng):
    meds = CONDITIONS[key][2]
    return rng.choice(meds) if meds else None


def labs(key, lang, rng, n=2):
    """Up to n results for distinct analytes of a condition."""
    k = len(CONDITIONS[key][3])
    idx = rng.sample(range(k), min(n, k)) if k else []
    return [lab(key, lang, rng, i) for i in idx]


def lab(key, lang, rng, idx=None):
    labs = CONDITIONS[key][3]
    if not labs:
        return None
    name_fr, name_en, fmt, lo, hi, unit = labs[idx] if idx is not None else rng.choice(labs)
    if '%.1f' in fmt:
        v = fmt % (lo + (hi - lo) * rng.random())
    elif '%d' in fmt:
        v = fmt % rng.randint(int(lo), int(hi))
    else:
        v = fmt if lang == 'fr' else {'positif': 'positive'}.get(fmt, fmt)
    if lang == 'fr':
        v = v.replace('.', ',') if '%.1f' in fmt else v
        unit = unit.replace('% prédit', '% de la prédite')
    else:
        unit = unit.replace('% prédit', '% predicted')
    return ('%s %s %s' % (name_fr if lang == 'fr' else name_en, v, unit)).strip()


WITH_LABS = [k for k, v in CONDITIONS.items() if v[3]]
WITH_MEDS = [k for k, v in CONDITIONS.items() if v[2]]


def doctor(rng):
    s = ids.staff(rng)
    s['title_fr'] = 'Dre' if s['sex'] == 'F' else 'Dr'
    s['title_en'] = 'Dr.' if rng.random() < 0.6 else 'Dr'
    return s


def au_dr(doc, short=True):
    """French 'au Dr X' / 'à la Dre X'."""
    n = dname(doc, 'fr', short=short)
    return ('à la ' if doc['sex'] == 'F' else 'au ') + n


def le_dr(doc, short=False):
    n = dname(doc, 'fr', short=short)
    return ('la ' if doc['sex'] == 'F' else 'le ') + n


def dname(doc, lang, rng=None, short=False):
    t = doc['title_fr'] if lang == 'fr' else doc['title_en']
    if short:
        return '%s %s' % (t, doc['surname'])
    return '%s %s' % (t, doc['full'])


ROLES = {
    'nurse': ('Infirmière clinicienne', 'Clinical nurse'),
    'ipsl': ('IPS de première ligne', 'Primary care nurse practitioner'),
    'sec': ('Agente administrative', 'Administrative officer'),
    'coord': ('Coordonnatrice clinique', 'Clinical coordinator'),
    'sw': ('Travailleuse sociale', 'Social worker'),
    'pharm': ('Pharmacien(ne) GMF', 'FMG pharmacist'),
    'it': ('Technicien TI', 'IT technician'),
    'mgr': ('Gestionnaire administrative', 'Office manager'),
    'recep': ('Réception', 'Front desk'),
}


ROLES_M = {
    'nurse': 'Infirmier clinicien', 'sec': 'Agent administratif', 'coord': 'Coordonnateur clinique',
    'sw': 'Travailleur social', 'mgr': 'Gestionnaire administratif', 'ipsl': 'IPS de première ligne',
    'pharm': 'Pharmacien GMF', 'it': 'Technicien TI', 'recep': 'Réception',
}


def role(r, lang, sex='F'):
    if lang == 'fr':
        return ROLES_M[r] if sex == 'M' else ROLES[r][0].replace('Pharmacien(ne)', 'Pharmacienne').replace('Technicien TI', 'Technicienne TI')
    return ROLES[r][1]


def clinic_name(cl, lang):
    return cl[0] if lang == 'fr' else cl[1]


def signature(person, role_txt, cl, lang, rng, doc=False):
    name = person['full']
    if doc:
        name = dname(person, lang) + rng.choice(['', ', M.D.', ', MD', ' M.D., CCMF'])
    lines = [name]
    if role_txt:
        lines.append(role_txt)
    lines.append(clinic_name(cl, lang))
    if rng.random() < 0.6:
        lines.append('%s, %s' % (cl[3], cl[4]))
    lines.append(L(lang, 'Tél. : ', 'Tel: ') + cl[5] + (rng.choice(['', ' poste %d' % rng.randrange(200, 260)]) if lang == 'fr' else rng.choice(['', ' ext. %d' % rng.randrange(200, 260)])))
    if rng.random() < 0.4:
        lines.append(L(lang, 'Téléc. : ', 'Fax: ') + cl[5][:-4] + '%04d' % rng.randrange(100, 200))
    return ('sig', lines)


def disclaimer(lang):
    return L(lang,
             "AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. "
             "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
             'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it '
             'in error, please notify the sender and delete it.')


def addr(person, dom):
    return '%s@%s' % (person['local'], dom)


def typo(text, rng, p=0.08):
    """Introduce a few keyboard slips in ordinary lowercase words."""
    words = text.split(' ')
    out = []
    for w in words:
        if len(w) > 5 and w.isalpha() and w.islower() and rng.random() < p:
            i = rng.randrange(1, len(w) - 2)
            kind = rng.randrange(3)
            if kind == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif kind == 1:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return ' '.join(out)


def greet(lang, rng, name=None):
    if lang == 'fr':
        g = rng.choice(['Bonjour', 'Bonjour', 'Allo', 'Bonsoir', 'Salut'])
    else:
        g = rng.choice(['Hi', 'Hello', 'Good morning', 'Hey'])
    return '%s %s,' % (g, name) if name else g + ','


def bye(lang, rng):
    return rng.choice(['Merci!', 'Merci beaucoup,', 'Bonne journée', 'Cordialement,', 'Merci et bonne fin de journée']) \
        if lang == 'fr' else rng.choice(['Thanks!', 'Thank you,', 'Best,', 'Regards,', 'Cheers,'])
