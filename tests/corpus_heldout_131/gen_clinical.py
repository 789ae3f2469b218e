"""Ophthalmic case material in French and English. Each accessor returns
text for the message language and records the finding type it reveals."""

EYE = {'fr': {'R': 'OD', 'L': 'OG', 'B': 'ODG'}, 'en': {'R': 'OD', 'L': 'OS', 'B': 'OU'}}
EYE_LONG = {'fr': {'R': 'œil droit', 'L': 'œil gauche', 'B': 'les deux yeux'},
            'en': {'R': 'right eye', 'L': 'left eye', 'B': 'both eyes'}}
SNELLEN = ['20/20', '20/25', '20/30', '20/40', '20/50', '20/60', '20/70', '20/80', '20/100', '20/200',
           '20/400', 'CF 2 m', 'CF 1 m']
METRIC = {'20/20': '6/6', '20/25': '6/7,5', '20/30': '6/9', '20/40': '6/12', '20/50': '6/15',
          '20/60': '6/18', '20/70': '6/21', '20/80': '6/24', '20/100': '6/30', '20/200': '6/60',
          '20/400': '6/120', 'CF 2 m': 'CD 2 m', 'CF 1 m': 'CD 1 m'}

ANTI_VEGF = [('aflibercept (Eylea) 2 mg', 'aflibercept (Eylea) 2 mg'),
             ('faricimab (Vabysmo) 6 mg', 'faricimab (Vabysmo) 6 mg'),
             ('ranibizumab (Lucentis) 0,5 mg', 'ranibizumab (Lucentis) 0.5 mg'),
             ('bévacizumab (Avastin) 1,25 mg', 'bevacizumab (Avastin) 1.25 mg'),
             ('aflibercept 8 mg (Eylea HD)', 'aflibercept 8 mg (Eylea HD)')]


class Case:
    def __init__(self, kind, eye, dx, res, meds, plan, urgent=False, lowvision=False, peds=False):
        self.kind, self.eye = kind, eye
        self._dx, self._res, self._meds, self._plan = dx, res, meds, plan
        self.urgent, self.lowvision, self.peds = urgent, lowvision, peds

    def e(self, lang):
        return EYE[lang][self.eye]

    def eyel(self, lang):
        return EYE_LONG[lang][self.eye]

    def dx(self, ctx):
        ctx.add('diagnosis')
        return self._dx[ctx.lang]

    def res(self, ctx, sep='; '):
        ctx.add('lab_result')
        return sep.join(self._res[ctx.lang])

    def res_list(self, ctx):
        ctx.add('lab_result')
        return list(self._res[ctx.lang])

    def rx(self, ctx, sep='; '):
        ctx.add('medication')
        return sep.join(self._meds[ctx.lang])

    def rx_list(self, ctx):
        ctx.add('medication')
        return list(self._meds[ctx.lang])

    def plan(self, lang):
        return self._plan[lang]


def _va(rng, lo, hi):
    i = rng.randint(SNELLEN.index(lo), SNELLEN.index(hi))
    return SNELLEN[i]


def va_text(va, lang):
    return METRIC[va] if lang == 'fr' and va in METRIC and not va.startswith('C') else \
        (METRIC[va] if lang == 'fr' else va)


def make_case(rng, kind, eye=None):
    eye = eye or rng.choice('RL')
    fe, ee = EYE['fr'][eye], EYE['en'][eye]
    if kind == 'namd':
        va = _va(rng, '20/40', '20/200')
        cst = rng.randint(330, 560)
        drug = rng.choice(ANTI_VEGF[:4])
        wk = rng.choice([4, 6, 8, 10, 12])
        return Case(kind, eye,
                    {'fr': 'DMLA exsudative %s' % fe, 'en': 'neovascular AMD %s' % ee},
                    {'fr': ['AV %s %s' % (fe, va_text(va, 'fr')),
                            'OCT : liquide sous-rétinien, ÉMC %d µm' % cst],
                     'en': ['VA %s %s' % (ee, va), 'OCT: subretinal fluid, CST %d µm' % cst]},
                    {'fr': ['IVT %s %s' % (drug[0], fe)], 'en': ['intravitreal %s %s' % (drug[1], ee)]},
                    {'fr': 'traitement et extension, prochain intervalle %d sem.' % wk,
                     'en': 'treat-and-extend, next interval %d weeks' % wk})
    if kind == 'dme':
        va = _va(rng, '20/30', '20/100')
        cst = rng.randint(340, 620)
        a1c = rng.choice(['7,9', '8,4', '9,1', '10,2', '8,8'])
        drug = rng.choice(ANTI_VEGF[:4])
        return Case(kind, 'B',
                    {'fr': 'œdème maculaire diabétique ODG, diabète type 2', 'en': 'diabetic macular oedema OU, type 2 diabetes'},
                    {'fr': ['AV %s' % va_text(va, 'fr'), 'ÉMC %d µm' % cst, 'HbA1c %s %%' % a1c],
                     'en': ['VA %s' % va, 'CST %d µm' % cst, 'HbA1c %s%%' % a1c.replace(',', '.')]},
                    {'fr': ['IVT %s' % drug[0], 'metformine 1000 mg BID', 'insuline glargine 22 U HS'],
                     'en': ['intravitreal %s' % drug[1], 'metformin 1000 mg BID', 'insulin glargine 22 U qHS']},
                    {'fr': 'charge de 3 injections mensuelles puis réévaluation',
                     'en': 'three monthly loading injections then reassess'})
    if kind == 'rvo':
        va = _va(rng, '20/60', '20/400')
        return Case(kind, eye,
                    {'fr': 'occlusion de la veine centrale de la rétine %s, HTA' % fe,
                     'en': 'central retinal vein occlusion %s, hypertension' % ee},
                    {'fr': ['AV %s %s' % (fe, va_text(va, 'fr')), 'OCT : œdème maculaire cystoïde, ÉMC %d µm' % rng.randint(450, 780), 'TA 168/94'],
                     'en': ['VA %s %s' % (ee, va), 'OCT: cystoid macular oedema, CST %d µm' % rng.randint(450, 780), 'BP 168/94']},
                    {'fr': ['IVT bévacizumab 1,25 mg', 'amlodipine 5 mg DIE'],
                     'en': ['intravitreal bevacizumab 1.25 mg', 'amlodipine 5 mg daily']},
                    {'fr': 'suivi mensuel, surveiller néovascularisation de l\'iris',
                     'en': 'monthly follow-up, watch for iris neovascularisation'})
    if kind == 'glaucoma':
        p1, p2 = rng.randint(24, 34), rng.randint(18, 27)
        md = rng.choice(['-4,2', '-6,8', '-9,4', '-12,1', '-15,6'])
        cdr = rng.choice(['0,7', '0,8', '0,85', '0,9'])
        return Case(kind, 'B',
                    {'fr': 'glaucome primaire à angle ouvert ODG, progression %s' % fe,
                     'en': 'primary open-angle glaucoma OU, progressing %s' % ee},
                    {'fr': ['PIO %d/%d mmHg' % (p1, p2), 'C/D %s' % cdr, 'CV 24-2 : DM %s dB' % md],
                     'en': ['IOP %d/%d mmHg' % (p1, p2), 'C/D %s' % cdr.replace(',', '.'),
                            'HVF 24-2 MD %s dB' % md.replace(',', '.')]},
                    {'fr': ['latanoprost 0,005 % 1 gtte HS ODG', 'dorzolamide-timolol (Cosopt) BID ODG'],
                     'en': ['latanoprost 0.005% 1 gtt qHS OU', 'dorzolamide-timolol (Cosopt) BID OU']},
                    {'fr': 'trabéculoplastie sélective (SLT) %s à planifier' % fe,
                     'en': 'selective laser trabeculoplasty %s to be booked' % ee})
    if kind == 'cataract':
        va = _va(rng, '20/50', '20/200')
        al = rng.randint(2180, 2560) / 100.0
        k1 = rng.choice(['42,75', '43,25', '43,50', '44,00', '44,75'])
        iol = rng.choice(['+18,5', '+19,0', '+20,5', '+21,0', '+22,5', '+23,0'])
        return Case(kind, eye,
                    {'fr': 'cataracte nucléaire 3+ %s' % fe, 'en': 'nuclear cataract 3+ %s' % ee},
                    {'fr': ['AV %s %s' % (fe, va_text(va, 'fr')), 'LA %s mm' % ('%.2f' % al).replace('.', ','),
                            'K1 %s D' % k1, 'LIO SN60WF %s D (cible -0,25)' % iol],
                     'en': ['VA %s %s' % (ee, va), 'AL %.2f mm' % al, 'K1 %s D' % k1.replace(',', '.'),
                            'IOL SN60WF %s D (target -0.25)' % iol.replace(',', '.')]},
                    {'fr': ['tamsulosine 0,4 mg (risque IFIS)', 'apixaban 5 mg BID — ne pas cesser'],
                     'en': ['tamsulosin 0.4 mg (IFIS risk)', 'apixaban 5 mg BID — do not hold']},
                    {'fr': 'phaco + LIO %s sous topique' % fe, 'en': 'phaco + IOL %s under topical' % ee})
    if kind == 'rd':
        return Case(kind, eye,
                    {'fr': 'décollement de rétine rhegmatogène %s, macula %s' % (fe, rng.choice(['soulevée', 'à plat'])),
                     'en': 'rhegmatogenous retinal detachment %s, macula %s' % (ee, rng.choice(['off', 'on']))},
                    {'fr': ['AV %s MM' % fe, 'déchirure en fer à cheval à 11 h'],
                     'en': ['VA %s HM' % ee, 'horseshoe tear at 11 o\'clock']},
                    {'fr': ['acétaminophène PRN'], 'en': ['acetaminophen PRN']},
                    {'fr': 'vitrectomie + SF6 dans les 24 h, à jeun depuis minuit',
                     'en': 'PPV + SF6 within 24 h, NPO after midnight'}, urgent=True)
    if kind == 'gca':
        esr, crp = rng.randint(55, 110), rng.randint(30, 140)
        return Case(kind, eye,
                    {'fr': 'artérite à cellules géantes probable, NOIA %s' % fe,
                     'en': 'probable giant cell arteritis, AION %s' % ee},
                    {'fr': ['VS %d mm/h' % esr, 'CRP %d mg/L' % crp, 'plaquettes 512'],
                     'en': ['ESR %d mm/h' % esr, 'CRP %d mg/L' % crp, 'platelets 512']},
                    {'fr': ['prednisone 60 mg DIE', 'pantoprazole 40 mg DIE'],
                     'en': ['prednisone 60 mg daily', 'pantoprazole 40 mg daily']},
                    {'fr': 'biopsie de l\'artère temporale cette semaine', 'en': 'temporal artery biopsy this week'},
                    urgent=True)
    if kind == 'keratoconus':
        k = rng.randint(520, 640) / 10.0
        return Case(kind, eye,
                    {'fr': 'kératocône évolutif %s' % fe, 'en': 'progressive keratoconus %s' % ee},
                    {'fr': ['Kmax %s D (+1,4 D en 8 mois)' % ('%.1f' % k).replace('.', ','), 'pachymétrie 438 µm'],
                     'en': ['Kmax %.1f D (+1.4 D in 8 months)' % k, 'pachymetry 438 µm']},
                    {'fr': ['larmes artificielles sans agent de conservation'],
                     'en': ['preservative-free artificial tears']},
                    {'fr': 'réticulation du collagène cornéen (CXL) %s' % fe,
                     'en': 'corneal cross-linking (CXL) %s' % ee})
    if kind == 'uveitis':
        return Case(kind, eye,
                    {'fr': 'uvéite antérieure aiguë %s' % fe, 'en': 'acute anterior uveitis %s' % ee},
                    {'fr': ['Tyndall 3+', 'PIO %d mmHg' % rng.randint(12, 30), 'HLA-B27 positif'],
                     'en': ['AC cells 3+', 'IOP %d mmHg' % rng.randint(12, 30), 'HLA-B27 positive']},
                    {'fr': ['acétate de prednisolone 1 % q1h', 'cyclopentolate 1 % BID'],
                     'en': ['prednisolone acetate 1% q1h', 'cyclopentolate 1% BID']},
                    {'fr': 'revoir dans 1 semaine, rhumato si récidive', 'en': 'review in 1 week, rheumatology if recurrent'})
    if kind == 'dr':
        a1c = rng.choice(['8,1', '9,3', '10,4', '7,6'])
        return Case(kind, 'B',
                    {'fr': 'rétinopathie diabétique non proliférante modérée ODG',
                     'en': 'moderate non-proliferative diabetic retinopathy OU'},
                    {'fr': ['hémorragies en taches 4 quadrants', 'HbA1c %s %%' % a1c],
                     'en': ['blot haemorrhages in 4 quadrants', 'HbA1c %s%%' % a1c.replace(',', '.')]},
                    {'fr': ['metformine 500 mg BID', 'empagliflozine 10 mg DIE'],
                     'en': ['metformin 500 mg BID', 'empagliflozin 10 mg daily']},
                    {'fr': 'photographies de fond d\'œil dans 6 mois', 'en': 'fundus photos in 6 months'})
    if kind == 'rp':
        return Case(kind, 'B',
                    {'fr': 'rétinite pigmentaire ODG, cécité légale', 'en': 'retinitis pigmentosa OU, legally blind'},
                    {'fr': ['AV 6/30 ODG', 'champ visuel résiduel 8° central'],
                     'en': ['VA 20/100 OU', 'residual central field 8 degrees']},
                    {'fr': ['aucun traitement spécifique'], 'en': ['no specific treatment']},
                    {'fr': 'réadaptation en déficience visuelle', 'en': 'low-vision rehabilitation'}, lowvision=True)
    if kind == 'stargardt':
        return Case(kind, 'B',
                    {'fr': 'maladie de Stargardt (ABCA4) ODG', 'en': 'Stargardt disease (ABCA4) OU'},
                    {'fr': ['AV 6/60 ODG', 'autofluorescence : atrophie maculaire bilatérale'],
                     'en': ['VA 20/200 OU', 'autofluorescence: bilateral macular atrophy']},
                    {'fr': ['éviter les suppléments de vitamine A'], 'en': ['avoid vitamin A supplements']},
                    {'fr': 'aides optiques, loupe électronique', 'en': 'optical aids, electronic magnifier'},
                    lowvision=True)
    if kind == 'amblyopia':
        return Case(kind, 'L',
                    {'fr': 'amblyopie anisométropique OG, ésotropie accommodative',
                     'en': 'anisometropic amblyopia OS, accommodative esotropia'},
                    {'fr': ['AV OD 6/7,5, OG 6/24', 'cycloplégie : OD +1,50, OG +4,75'],
                     'en': ['VA OD 20/25, OS 20/80', 'cycloplegic: OD +1.50, OS +4.75']},
                    {'fr': ['atropine 1 % OD les fins de semaine'], 'en': ['atropine 1% OD weekends']},
                    {'fr': 'occlusion OD 2 h/jour, revoir dans 8 semaines',
                     'en': 'patch OD 2 h/day, review in 8 weeks'}, peds=True)
    if kind == 'ulcer':
        return Case(kind, eye,
                    {'fr': 'ulcère cornéen bactérien %s sur port de lentilles' % fe,
                     'en': 'bacterial corneal ulcer %s, contact lens wearer' % ee},
                    {'fr': ['infiltrat 3 x 2 mm', 'culture : Pseudomonas aeruginosa'],
                     'en': ['3 x 2 mm infiltrate', 'culture: Pseudomonas aeruginosa']},
                    {'fr': ['moxifloxacine 0,5 % q1h', 'tobramycine fortifiée q1h en alternance'],
                     'en': ['moxifloxacin 0.5% q1h', 'fortified tobramycin q1h alternating']},
                    {'fr': 'revoir demain matin', 'en': 'review tomorrow morning'}, urgent=True)
    if kind == 'hzo':
        return Case(kind, eye,
                    {'fr': 'zona ophtalmique %s avec kératite' % fe, 'en': 'herpes zoster ophthalmicus %s with keratitis' % ee},
                    {'fr': ['signe de Hutchinson +', 'PIO %d mmHg' % rng.randint(14, 26)],
                     'en': ["Hutchinson's sign +", 'IOP %d mmHg' % rng.randint(14, 26)]},
                    {'fr': ['valacyclovir 1 g TID x 7 j', 'acétate de prednisolone 1 % QID'],
                     'en': ['valacyclovir 1 g TID x 7 days', 'prednisolone acetate 1% QID']},
                    {'fr': 'revoir dans 5 jours', 'en': 'review in 5 days'})
    if kind == 'hole':
        return Case(kind, eye,
                    {'fr': 'trou maculaire stade 3 %s' % fe, 'en': 'stage 3 macular hole %s' % ee},
                    {'fr': ['AV %s 6/30' % fe, 'OCT : trou de pleine épaisseur, 410 µm'],
                     'en': ['VA %s 20/100' % ee, 'OCT: full-thickness hole, 410 µm']},
                    {'fr': ['acétate de prednisolone 1 % QID post-op', 'moxifloxacine 0,5 % QID x 1 sem.'],
                     'en': ['prednisolone acetate 1% QID post-op', 'moxifloxacin 0.5% QID x 1 week']},
                    {'fr': 'vitrectomie, pelage de la MLI, gaz C3F8, position face vers le bas 5 jours',
                     'en': 'vitrectomy, ILM peel, C3F8 gas, face-down positioning 5 days'})
    if kind == 'neuritis':
        return Case(kind, eye,
                    {'fr': 'névrite optique %s, SEP à éliminer' % fe, 'en': 'optic neuritis %s, rule out MS' % ee},
                    {'fr': ['AV %s 6/60' % fe, 'DPAR %s' % fe, 'IRM : 3 lésions périventriculaires'],
                     'en': ['VA %s 20/200' % ee, 'RAPD %s' % ee, 'MRI: 3 periventricular lesions']},
                    {'fr': ['méthylprednisolone 1 g IV x 3 jours'], 'en': ['methylprednisolone 1 g IV x 3 days']},
                    {'fr': 'consultation neurologie', 'en': 'neurology referral'})
    if kind == 'ted':
        return Case(kind, 'B',
                    {'fr': 'orbitopathie thyroïdienne active (maladie de Graves)',
                     'en': 'active thyroid eye disease (Graves disease)'},
                    {'fr': ['CAS 5/7', 'exophtalmométrie 24/22 mm', 'TSH < 0,01'],
                     'en': ['CAS 5/7', 'exophthalmometry 24/22 mm', 'TSH < 0.01']},
                    {'fr': ['sélénium 100 µg BID', 'méthimazole 20 mg DIE'],
                     'en': ['selenium 100 mcg BID', 'methimazole 20 mg daily']},
                    {'fr': 'bolus IV de méthylprednisolone hebdomadaires', 'en': 'weekly IV methylprednisolone pulses'})
    raise ValueError(kind)


KINDS = ['namd', 'dme', 'rvo', 'glaucoma', 'cataract', 'rd', 'gca', 'keratoconus', 'uveitis', 'dr',
         'rp', 'stargardt', 'amblyopia', 'ulcer', 'hzo', 'hole', 'neuritis', 'ted']

# (female wording, male wording)
SOCIAL_FR = [('vit seule, aucun proche disponible pour le transport', 'vit seul, aucun proche disponible pour le transport'),
             ('hébergée en RPA depuis le décès de son conjoint, autonomie réduite',
              'hébergé en RPA depuis le décès de sa conjointe, autonomie réduite'),
             ("prestataire de l'aide sociale, ne peut payer les gouttes non couvertes",) * 2,
             ('situation de violence conjugale signalée, ne pas laisser de message au domicile',) * 2,
             ("sans domicile fixe depuis l'automne, joignable via le refuge Le Phare",) * 2,
             ("proche aidante de son conjoint atteint d'Alzheimer, difficile de se libérer",
              "proche aidant de son épouse atteinte d'Alzheimer, difficile de se libérer"),
             ('a perdu son permis de conduire et risque de perdre son emploi',) * 2,
             ('curatelle publique, le curateur doit signer le consentement',) * 2]
SOCIAL_EN = [('lives alone, no family available to drive her', 'lives alone, no family available to drive him'),
             ("moved into a seniors' residence after her husband died, reduced autonomy",
              "moved into a seniors' residence after his wife died, reduced autonomy"),
             ('on income support, cannot afford the drops that are not covered',) * 2,
             ('disclosed intimate partner violence, do not leave messages at home',) * 2,
             ('currently homeless, reachable through the Harbour Light shelter',) * 2,
             ('primary caregiver for her husband who has dementia, hard for her to get away',
              'primary caregiver for his wife who has dementia, hard for him to get away'),
             ('licence suspended and at risk of losing the job that depends on driving',) * 2,
             ('under public guardianship; the guardian must sign the consent',) * 2]


def social(ctx, p, idx=None):
    pool = SOCIAL_FR if ctx.lang == 'fr' else SOCIAL_EN
    item = pool[idx] if idx is not None else ctx.g.rng.choice(pool)
    ctx.add('social_information')
    return item[0] if p.sex == 'F' else item[1]
