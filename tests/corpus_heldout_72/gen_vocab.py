"""Clinical vocabulary (FR/EN pairs) for the outpatient specialties and imaging."""

DX = {
    'ophtalmo': [
        ('cataracte sénile bilatérale, OD > OG', 'bilateral age-related cataract, OD > OS'),
        ('glaucome à angle ouvert', 'primary open-angle glaucoma'),
        ('DMLA exsudative OG', 'wet AMD, left eye'),
        ('rétinopathie diabétique non proliférante modérée', 'moderate non-proliferative diabetic retinopathy'),
        ('décollement de rétine rhegmatogène OD', 'rhegmatogenous retinal detachment, right eye'),
        ('kératocône évolutif', 'progressive keratoconus'),
        ('occlusion de branche veineuse rétinienne OD', 'branch retinal vein occlusion, OD'),
        ('uvéite antérieure aiguë récidivante', 'recurrent acute anterior uveitis'),
        ('œdème maculaire diabétique', 'diabetic macular edema'),
    ],
    'orl': [
        ('surdité neurosensorielle bilatérale modérée à sévère', 'bilateral moderate-to-severe sensorineural hearing loss'),
        ('otite moyenne séreuse chronique', 'chronic otitis media with effusion'),
        ('acouphènes unilatéraux gauches', 'unilateral left-sided tinnitus'),
        ('vertige positionnel paroxystique bénin', 'benign paroxysmal positional vertigo'),
        ('rhinosinusite chronique avec polypes', 'chronic rhinosinusitis with nasal polyps'),
        ('schwannome vestibulaire droit', 'right vestibular schwannoma'),
        ('cholestéatome de l\'oreille gauche', 'left ear cholesteatoma'),
        ('hypertrophie amygdalienne avec apnées du sommeil', 'tonsillar hypertrophy with obstructive sleep apnea'),
        ('surdité brusque gauche', 'sudden sensorineural hearing loss, left'),
    ],
    'derm': [
        ('carcinome basocellulaire nodulaire du nez', 'nodular basal cell carcinoma of the nose'),
        ('mélanome in situ du dos', 'melanoma in situ, upper back'),
        ('psoriasis en plaques modéré à sévère', 'moderate-to-severe plaque psoriasis'),
        ('dermatite atopique sévère', 'severe atopic dermatitis'),
        ('hidradénite suppurée stade Hurley II', 'hidradenitis suppurativa, Hurley stage II'),
        ('acné nodulokystique', 'nodulocystic acne'),
        ('carcinome épidermoïde de la lèvre inférieure', 'squamous cell carcinoma of the lower lip'),
        ('pemphigoïde bulleuse', 'bullous pemphigoid'),
        ('vitiligo généralisé', 'generalized vitiligo'),
    ],
    'dent': [
        ('troisièmes molaires inférieures incluses', 'impacted lower third molars'),
        ('abcès dentaire de la 36 avec cellulite', 'tooth 36 abscess with facial cellulitis'),
        ('fracture de l\'angle mandibulaire gauche', 'left mandibular angle fracture'),
        ('ostéonécrose de la mâchoire liée aux bisphosphonates', 'medication-related osteonecrosis of the jaw'),
        ('kyste odontogène du maxillaire', 'odontogenic cyst of the maxilla'),
        ('leucoplasie de la langue', 'leukoplakia of the lateral tongue'),
        ('carie profonde avec pulpite irréversible', 'deep caries with irreversible pulpitis'),
        ('dysfonction de l\'articulation temporo-mandibulaire', 'temporomandibular joint dysfunction'),
    ],
    'allergie': [
        ('allergie aux arachides avec antécédent d\'anaphylaxie', 'peanut allergy with previous anaphylaxis'),
        ('allergie à la pénicilline (urticaire)', 'penicillin allergy (urticaria)'),
        ('rhinite allergique saisonnière (graminées, herbe à poux)', 'seasonal allergic rhinitis (grass, ragweed)'),
        ('urticaire chronique spontanée', 'chronic spontaneous urticaria'),
        ('allergie au venin de guêpe', 'wasp venom allergy'),
        ('asthme allergique modéré', 'moderate allergic asthma'),
        ('œsophagite à éosinophiles', 'eosinophilic esophagitis'),
        ('allergie au lait de vache', 'cow\'s milk protein allergy'),
        ('angio-œdème héréditaire', 'hereditary angioedema'),
    ],
}

MEDS = {
    'ophtalmo': [('latanoprost 0,005 % 1 gtte OU HS', 'latanoprost 0.005% 1 drop OU at bedtime'),
                 ('timolol 0,5 % 1 gtte OD BID', 'timolol 0.5% 1 drop OD BID'),
                 ('aflibercept 2 mg intravitréen', 'intravitreal aflibercept 2 mg'),
                 ('prednisolone acétate 1 % QID', 'prednisolone acetate 1% QID'),
                 ('moxifloxacine 0,5 % gouttes TID', 'moxifloxacin 0.5% drops TID'),
                 ('acétazolamide 250 mg PO BID', 'acetazolamide 250 mg PO BID')],
    'orl': [('fluticasone nasale 2 vaporisations die', 'fluticasone nasal spray 2 sprays daily'),
            ('bétahistine 16 mg TID', 'betahistine 16 mg TID'),
            ('prednisone 60 mg die x 7 jours', 'prednisone 60 mg daily x 7 days'),
            ('ciprofloxacine-dexaméthasone gouttes otiques', 'ciprofloxacin-dexamethasone otic drops'),
            ('dupilumab 300 mg SC q2 semaines', 'dupilumab 300 mg SC every 2 weeks'),
            ('amoxicilline-clavulanate 875 mg BID', 'amoxicillin-clavulanate 875 mg BID')],
    'derm': [('méthotrexate 15 mg/semaine + acide folique', 'methotrexate 15 mg weekly + folic acid'),
             ('adalimumab 40 mg SC q2 semaines', 'adalimumab 40 mg SC every other week'),
             ('isotrétinoïne 40 mg die', 'isotretinoin 40 mg daily'),
             ('dupilumab 300 mg SC', 'dupilumab 300 mg SC'),
             ('clobétasol 0,05 % onguent BID', 'clobetasol 0.05% ointment BID'),
             ('doxycycline 100 mg BID', 'doxycycline 100 mg BID')],
    'dent': [('amoxicilline 500 mg TID x 7 jours', 'amoxicillin 500 mg TID x 7 days'),
             ('ibuprofène 600 mg q6h PRN', 'ibuprofen 600 mg q6h PRN'),
             ('chlorhexidine 0,12 % rince-bouche', 'chlorhexidine 0.12% mouth rinse'),
             ('hydromorphone 1 mg q4h PRN', 'hydromorphone 1 mg q4h PRN'),
             ('clindamycine 300 mg QID', 'clindamycin 300 mg QID'),
             ('alendronate 70 mg/semaine (à cesser?)', 'alendronate 70 mg weekly (hold?)')],
    'allergie': [('épinéphrine auto-injecteur 0,3 mg (EpiPen)', 'epinephrine auto-injector 0.3 mg (EpiPen)'),
                 ('épinéphrine auto-injecteur 0,15 mg (EpiPen Jr)', 'EpiPen Jr 0.15 mg'),
                 ('omalizumab 300 mg SC q4 semaines', 'omalizumab 300 mg SC every 4 weeks'),
                 ('cétirizine 20 mg die', 'cetirizine 20 mg daily'),
                 ('bilastine 20 mg die', 'bilastine 20 mg daily'),
                 ('immunothérapie sublinguale Grastek', 'Grastek sublingual immunotherapy')],
    'imagerie': [('lorazépam 1 mg SL 30 min avant l\'examen', 'lorazepam 1 mg SL 30 min before the scan'),
                 ('prednisone 50 mg 13 h, 7 h et 1 h avant (prémédication contraste)',
                  'prednisone 50 mg at 13, 7 and 1 h before (contrast premedication)'),
                 ('metformine (à suspendre 48 h après le contraste iodé)', 'metformin (hold 48 h after iodinated contrast)'),
                 ('apixaban 5 mg BID', 'apixaban 5 mg BID')],
}


def labs(spec, rng, lang, idx=None):
    """Return a (text) lab/test result line for a specialty (option idx, or random)."""
    fr = lang == 'fr'
    if spec == 'ophtalmo':
        a = rng.choice(['20/40', '20/60', '20/80', '20/200', '6/12', 'CD 1 m'])
        p = rng.randrange(18, 36)
        o = rng.randrange(260, 520)
        opts = [
            ('AV OD %s, PIO %d mmHg OD / %d mmHg OG' if fr else 'VA OD %s, IOP %d mmHg OD / %d mmHg OS') % (a, p, p - 3),
            ('OCT : épaisseur maculaire centrale %d µm' if fr else 'OCT: central macular thickness %d µm') % o,
            ('Champ visuel Humphrey 24-2 : DM -%0.1f dB' if fr else 'Humphrey 24-2 visual field: MD -%0.1f dB') % (rng.randrange(20, 140) / 10),
        ]
    elif spec == 'orl':
        t = rng.randrange(35, 75)
        opts = [
            ('audiogramme : moyenne des seuils 500-4000 Hz %d dB HL OD, %d dB HL OG' if fr else
             'audiogram: PTA 500-4000 Hz %d dB HL right, %d dB HL left') % (t, t + rng.randrange(-10, 15)),
            ('tympanométrie type B bilatérale' if fr else 'bilateral type B tympanograms'),
            ('reconnaissance de la parole %d %% à 70 dB' if fr else 'word recognition %d%% at 70 dB') % rng.randrange(44, 96),
            ('VNG : nystagmus géotropique au Dix-Hallpike droit' if fr else 'VNG: geotropic nystagmus on right Dix-Hallpike'),
        ]
    elif spec == 'derm':
        opts = [
            ('biopsie : carcinome basocellulaire infiltrant, marges atteintes' if fr else
             'biopsy: infiltrative basal cell carcinoma, margins involved'),
            ('pathologie : mélanome in situ, marges libres 2 mm' if fr else
             'pathology: melanoma in situ, margins clear by 2 mm'),
            ('β-hCG sérique négative, ALT %d U/L, triglycérides %0.1f mmol/L' if fr else
             'serum beta-hCG negative, ALT %d U/L, triglycerides %0.1f mmol/L') % (rng.randrange(18, 90), rng.randrange(12, 45) / 10),
            ('QuantiFERON négatif, hépatite B négative' if fr else 'QuantiFERON negative, hepatitis B serology negative'),
        ]
    elif spec == 'dent':
        opts = [
            ('INR %0.1f ce matin' if fr else 'INR %0.1f this morning') % (rng.randrange(18, 34) / 10),
            ('CTX sérique %d pg/mL' if fr else 'serum CTX %d pg/mL') % rng.randrange(80, 320),
            ('panoramique : radioclarté péri-apicale de 9 mm à la 36' if fr else 'panorex: 9 mm periapical radiolucency at 36'),
            ('biopsie : dysplasie épithéliale légère' if fr else 'biopsy: mild epithelial dysplasia'),
        ]
    elif spec == 'allergie':
        opts = [
            ('IgE spécifiques arachide %0.1f kU/L, Ara h 2 %0.1f kU/L' if fr else
             'specific IgE peanut %0.1f kU/L, Ara h 2 %0.1f kU/L') % (rng.randrange(10, 600) / 10, rng.randrange(5, 300) / 10),
            ('tests cutanés : arachide papule %d mm, témoin histamine 5 mm' if fr else
             'skin prick test: peanut wheal %d mm, histamine control 5 mm') % rng.randrange(6, 15),
            ('tryptase basale %0.1f µg/L' if fr else 'baseline tryptase %0.1f µg/L') % (rng.randrange(30, 250) / 10),
            ('IgE totales %d kU/L' if fr else 'total IgE %d kU/L') % rng.randrange(120, 2400),
            ('tests cutanés : graminées papule %d mm, herbe à poux %d mm' if fr else
             'skin prick test: grass wheal %d mm, ragweed %d mm') % (rng.randrange(5, 12), rng.randrange(4, 10)),
        ]
    elif spec == 'imagerie':
        opts = [('créatinine %d µmol/L, DFGe %d mL/min/1,73 m²' if fr else 'creatinine %d µmol/L, eGFR %d mL/min/1.73 m²')
                % (rng.randrange(70, 190), rng.randrange(22, 60))]
    else:
        raise ValueError(spec)
    if idx is None:
        return rng.choice(opts[:4])
    return opts[idx]


# imaging: (exam_fr, exam_en, indication_fr, indication_en, conclusion_fr, conclusion_en)
EXAMS = [
    ('IRM cérébrale avec gadolinium', 'MRI brain with gadolinium',
     'suspicion de sclérose en plaques, névrite optique', 'suspected multiple sclerosis, optic neuritis',
     'multiples lésions de la substance blanche périventriculaire compatibles avec une SEP',
     'multiple periventricular white-matter lesions consistent with MS'),
    ('IRM des conduits auditifs internes', 'MRI internal auditory canals',
     'surdité asymétrique gauche', 'asymmetric left hearing loss',
     'lésion de 11 mm de l\'angle ponto-cérébelleux gauche, compatible avec un schwannome vestibulaire',
     '11 mm left cerebellopontine angle lesion consistent with vestibular schwannoma'),
    ('IRM du genou droit', 'MRI right knee', 'blocage, douleur interne', 'locking, medial pain',
     'déchirure complexe de la corne postérieure du ménisque interne',
     'complex tear of the posterior horn of the medial meniscus'),
    ('IRM de la colonne lombaire', 'MRI lumbar spine', 'lombosciatalgie gauche réfractaire',
     'refractory left sciatica', 'hernie discale L4-L5 paramédiane gauche comprimant la racine L5',
     'left paracentral L4-L5 disc herniation compressing the L5 root'),
    ('TDM des sinus', 'CT sinuses', 'rhinosinusite chronique', 'chronic rhinosinusitis',
     'opacification pansinusienne avec polypes', 'pansinus opacification with polyposis'),
    ('TDM des orbites', 'CT orbits', 'exophtalmie droite', 'right proptosis',
     'épaississement des muscles droits inférieur et interne, orbitopathie thyroïdienne probable',
     'enlarged inferior and medial rectus muscles, likely thyroid eye disease'),
    ('Mammographie diagnostique', 'Diagnostic mammogram', 'masse palpable sein gauche',
     'palpable left breast mass', 'masse spiculée de 14 mm QSE gauche, BI-RADS 5',
     '14 mm spiculated mass left UOQ, BI-RADS 5'),
    ('TDM thoracique', 'CT chest', 'toux persistante, ancien fumeur', 'persistent cough, former smoker',
     'nodule solide de 9 mm du lobe supérieur droit (Lung-RADS 4A)',
     '9 mm solid nodule right upper lobe (Lung-RADS 4A)'),
    ('Échographie thyroïdienne', 'Thyroid ultrasound', 'nodule palpable', 'palpable nodule',
     'nodule TI-RADS 4 de 18 mm du lobe droit, cytoponction recommandée',
     '18 mm TI-RADS 4 nodule right lobe, FNA recommended'),
    ('IRM des ATM', 'MRI temporomandibular joints', 'douleur et blocage ATM', 'TMJ pain and locking',
     'déplacement discal antérieur sans réduction à droite', 'anterior disc displacement without reduction, right'),
    ('Cone beam (CBCT) mandibulaire', 'Mandibular cone-beam CT', 'planification extraction 38/48',
     'planning 38/48 extraction', 'contact intime des racines de la 48 avec le canal mandibulaire',
     'roots of 48 in close contact with the inferior alveolar canal'),
    ('IRM pelvienne', 'MRI pelvis', 'saignements anormaux', 'abnormal uterine bleeding',
     'léiomyomes multiples, le plus gros 6 cm', 'multiple leiomyomas, largest 6 cm'),
]

FEMALE_ONLY = (6, 11)  # mammography, pelvic MRI

PRIORITIES_FR = ['P1 (< 3 jours)', 'P2 (< 10 jours)', 'P3 (< 28 jours)', 'P4 (< 3 mois)', 'P5 (< 12 mois)']
PRIORITIES_EN = ['P1 (< 3 days)', 'P2 (< 10 days)', 'P3 (< 28 days)', 'P4 (< 3 months)', 'P5 (< 12 months)']

SPECS = ['ophtalmo', 'orl', 'derm', 'dent', 'allergie']
SPEC_NAME = {'ophtalmo': ('ophtalmologie', 'ophthalmology'), 'orl': ('ORL', 'ENT'),
             'derm': ('dermatologie', 'dermatology'), 'dent': ('chirurgie buccale', 'oral surgery'),
             'allergie': ('allergie', 'allergy'), 'imagerie': ('imagerie', 'imaging')}

HIST = {
    'ophtalmo': [('baisse de vision progressive depuis 6 mois, difficulté à conduire le soir',
                  'gradual vision loss over 6 months, trouble driving at night'),
                 ('métamorphopsies OG depuis 2 semaines', 'new metamorphopsia in the left eye for 2 weeks'),
                 ('voile et corps flottants OD depuis hier', 'curtain and new floaters OD since yesterday'),
                 ('diabétique type 2 depuis 15 ans, HbA1c 8,9 %', 'type 2 diabetic for 15 years, HbA1c 8.9%'),
                 ('rougeur et photophobie OD récidivantes', 'recurrent redness and photophobia OD')],
    'orl': [('baisse auditive progressive, porte mal ses appareils', 'progressive hearing loss, struggling with hearing aids'),
            ('otalgie et écoulement gauche depuis 3 mois', 'left otalgia and otorrhea for 3 months'),
            ('vertiges rotatoires aux changements de position', 'rotatory vertigo with position changes'),
            ('obstruction nasale bilatérale et anosmie', 'bilateral nasal obstruction and anosmia'),
            ('ronflements, apnées observées par les parents', 'snoring with witnessed apneas (per parents)')],
    'derm': [('lésion pigmentée qui a changé de forme', 'pigmented lesion that has changed shape'),
             ('lésion perlée du nez qui saigne', 'bleeding pearly lesion on the nose'),
             ('plaques squameuses > 20 % de la surface corporelle', 'scaly plaques over > 20% BSA'),
             ('prurit nocturne intense, échec des corticoïdes topiques', 'severe nocturnal itch, failed topical steroids'),
             ('nodules axillaires douloureux récidivants', 'recurrent painful axillary nodules')],
    'dent': [('douleur et trismus depuis 4 jours', 'pain and trismus for 4 days'),
             ('sous bisphosphonates IV depuis 5 ans', 'on IV bisphosphonates for 5 years'),
             ('chute à vélo, malocclusion', 'fell off a bike, malocclusion since'),
             ('sous warfarine pour FA', 'on warfarin for atrial fibrillation'),
             ('lésion blanche de la langue depuis 3 mois, fumeur', 'white tongue lesion for 3 months, smoker')],
    'allergie': [('réaction avec urticaire généralisée et vomissements après une bouchée de biscuit',
                  'generalized hives and vomiting after one bite of a cookie'),
                 ('éruption après amoxicilline à l\'âge de 3 ans', 'rash after amoxicillin at age 3'),
                 ('piqûre de guêpe avec malaise et hypotension', 'wasp sting with syncope and hypotension'),
                 ('urticaire quotidienne depuis 8 mois', 'daily hives for 8 months'),
                 ('rhinite et conjonctivite chaque été', 'rhinitis and conjunctivitis every summer')],
}

PLAN = {
    'ophtalmo': [('chirurgie de la cataracte OD à planifier', 'right cataract surgery to be scheduled'),
                 ('injections intravitréennes mensuelles x 3', 'monthly intravitreal injections x 3'),
                 ('trabéculoplastie au laser sélective', 'selective laser trabeculoplasty'),
                 ('cross-linking cornéen', 'corneal cross-linking')],
    'orl': [('appareillage auditif bilatéral', 'bilateral hearing aid fitting'),
            ('myringotomie avec tubes', 'myringotomy and tubes'),
            ('manœuvre d\'Epley, revoir dans 6 semaines', 'Epley manoeuvre, follow-up in 6 weeks'),
            ('chirurgie endoscopique des sinus', 'functional endoscopic sinus surgery'),
            ('amygdalectomie', 'tonsillectomy')],
    'derm': [('exérèse avec marges de 5 mm', 'excision with 5 mm margins'),
             ('chirurgie de Mohs', 'Mohs surgery'),
             ('photothérapie UVB 3x/semaine', 'narrow-band UVB phototherapy 3x/week'),
             ('début d\'un biologique', 'start a biologic')],
    'dent': [('extraction des 38 et 48 sous sédation', 'extraction of 38 and 48 under sedation'),
             ('incision-drainage et antibiothérapie IV', 'incision and drainage with IV antibiotics'),
             ('réduction ouverte et fixation interne', 'open reduction and internal fixation'),
             ('biopsie excisionnelle', 'excisional biopsy')],
    'allergie': [('test de provocation orale en milieu hospitalier', 'in-hospital oral food challenge'),
                 ('désensibilisation au venin', 'venom immunotherapy'),
                 ('immunothérapie orale (ITO) aux arachides', 'peanut oral immunotherapy (OIT)'),
                 ('retrait de l\'étiquette d\'allergie à la pénicilline après test', 'penicillin allergy delabelling after challenge')],
}

AGES = {'ophtalmo': (45, 95), 'orl': (2, 90), 'derm': (14, 85), 'dent': (16, 85), 'allergie': (1, 60),
        'imagerie': (18, 90)}

# Coherent clinical cases: dx index (DX), history, plan, medication indices (MEDS), lab option indices (labs()).
def _c(dx, hist, plan, med=(), lab=()):
    return dict(dx=dx, hist=hist, plan=plan, med=list(med), lab=list(lab))


CASES = {
    'ophtalmo': [
        _c(0, ('baisse de vision progressive depuis 6 mois, difficulté à conduire le soir',
               'gradual vision loss over 6 months, trouble driving at night'),
           ('chirurgie de la cataracte OD à planifier', 'right cataract surgery to be scheduled'), (3, 4), (0,)),
        _c(1, ('PIO élevée au dépistage chez l\'optométriste, père glaucomateux',
               'raised IOP at the optometrist, father has glaucoma'),
           ('trabéculoplastie au laser sélective', 'selective laser trabeculoplasty'), (0, 1), (0, 2)),
        _c(2, ('métamorphopsies OG depuis 2 semaines', 'new metamorphopsia in the left eye for 2 weeks'),
           ('injections intravitréennes mensuelles x 3', 'monthly intravitreal injections x 3'), (2,), (1,)),
        _c(8, ('diabétique type 2 depuis 15 ans, HbA1c 8,9 %', 'type 2 diabetic for 15 years, HbA1c 8.9%'),
           ('injections intravitréennes mensuelles x 3', 'monthly intravitreal injections x 3'), (2,), (1,)),
        _c(4, ('voile et corps flottants OD depuis hier', 'curtain and new floaters OD since yesterday'),
           ('vitrectomie urgente', 'urgent vitrectomy'), (3,), (0,)),
        _c(5, ('astigmatisme qui augmente, intolérance aux lentilles', 'worsening astigmatism, contact lens intolerance'),
           ('cross-linking cornéen', 'corneal cross-linking'), (4,), (0,)),
        _c(7, ('rougeur et photophobie OD récidivantes', 'recurrent redness and photophobia OD'),
           ('corticothérapie topique et bilan HLA-B27', 'topical steroids and HLA-B27 work-up'), (3,), (0,)),
    ],
    'orl': [
        _c(0, ('baisse auditive progressive, porte mal ses appareils', 'progressive hearing loss, struggling with hearing aids'),
           ('appareillage auditif bilatéral', 'bilateral hearing aid fitting'), (), (0, 2)),
        _c(1, ('otites à répétition, retard de langage', 'recurrent ear infections, speech delay'),
           ('myringotomie avec tubes', 'myringotomy and tubes'), (3,), (1,)),
        _c(2, ('acouphène gauche depuis 4 mois, sans vertige', 'left tinnitus for 4 months, no vertigo'),
           ('IRM des conduits auditifs internes', 'MRI of the internal auditory canals'), (), (0,)),
        _c(3, ('vertiges rotatoires aux changements de position', 'rotatory vertigo with position changes'),
           ('manœuvre d\'Epley, revoir dans 6 semaines', 'Epley manoeuvre, follow-up in 6 weeks'), (1,), (3,)),
        _c(4, ('obstruction nasale bilatérale et anosmie', 'bilateral nasal obstruction and anosmia'),
           ('chirurgie endoscopique des sinus', 'functional endoscopic sinus surgery'), (0, 4), ()),
        _c(5, ('surdité asymétrique et acouphène droit', 'asymmetric hearing loss and right tinnitus'),
           ('surveillance par IRM annuelle ou radiochirurgie', 'annual MRI surveillance vs radiosurgery'), (), (0,)),
        _c(6, ('otalgie et écoulement gauche depuis 3 mois', 'left otalgia and otorrhea for 3 months'),
           ('tympanomastoïdectomie', 'tympanomastoidectomy'), (3,), (0,)),
        _c(7, ('ronflements, apnées observées par les parents', 'snoring with witnessed apneas (per parents)'),
           ('amygdalectomie', 'tonsillectomy'), (5,), ()),
        _c(8, ('surdité gauche apparue au réveil il y a 3 jours', 'left hearing loss noticed on waking 3 days ago'),
           ('corticoïdes intratympaniques si échec', 'intratympanic steroids if no response'), (2,), (0,)),
    ],
    'derm': [
        _c(0, ('lésion perlée du nez qui saigne', 'bleeding pearly lesion on the nose'),
           ('chirurgie de Mohs', 'Mohs surgery'), (), (0,)),
        _c(1, ('lésion pigmentée qui a changé de forme', 'pigmented lesion that has changed shape'),
           ('exérèse avec marges de 5 mm', 'excision with 5 mm margins'), (), (1,)),
        _c(2, ('plaques squameuses > 20 % de la surface corporelle', 'scaly plaques over > 20% BSA'),
           ('début d\'un biologique', 'start a biologic'), (0, 1), (3,)),
        _c(3, ('prurit nocturne intense, échec des corticoïdes topiques', 'severe nocturnal itch, failed topical steroids'),
           ('début d\'un biologique', 'start a biologic'), (3, 4), ()),
        _c(4, ('nodules axillaires douloureux récidivants', 'recurrent painful axillary nodules'),
           ('début d\'un biologique', 'start a biologic'), (1, 5), (3,)),
        _c(5, ('acné nodulaire cicatricielle malgré la doxycycline', 'scarring nodular acne despite doxycycline'),
           ('isotrétinoïne avec suivi mensuel', 'isotretinoin with monthly follow-up'), (2,), (2,)),
        _c(6, ('lésion croûteuse de la lèvre inférieure, ancien fumeur', 'crusted lower-lip lesion, ex-smoker'),
           ('exérèse avec marges de 5 mm', 'excision with 5 mm margins'), (), ()),
    ],
    'dent': [
        _c(0, ('douleur et trismus depuis 4 jours', 'pain and trismus for 4 days'),
           ('extraction des 38 et 48 sous sédation', 'extraction of 38 and 48 under sedation'), (0, 1), ()),
        _c(1, ('douleur et tuméfaction de la joue depuis 4 jours', 'cheek pain and swelling for 4 days'),
           ('incision-drainage et antibiothérapie IV', 'incision and drainage with IV antibiotics'), (4, 0), (2,)),
        _c(2, ('chute à vélo, malocclusion', 'fell off a bike, malocclusion since'),
           ('réduction ouverte et fixation interne', 'open reduction and internal fixation'), (3, 1), ()),
        _c(3, ('sous bisphosphonates IV depuis 5 ans', 'on IV bisphosphonates for 5 years'),
           ('débridement conservateur et rince-bouche', 'conservative debridement and mouth rinses'), (2, 5), (1,)),
        _c(4, ('découverte fortuite à la radiographie panoramique', 'incidental finding on panoramic X-ray'),
           ('énucléation du kyste sous anesthésie générale', 'cyst enucleation under general anaesthesia'), (0,), ()),
        _c(5, ('lésion blanche de la langue depuis 3 mois, fumeur', 'white tongue lesion for 3 months, smoker'),
           ('biopsie excisionnelle', 'excisional biopsy'), (), (3,)),
        _c(6, ('sous warfarine pour FA', 'on warfarin for atrial fibrillation'),
           ('extraction avec hémostase locale', 'extraction with local haemostasis'), (2,), (0,)),
    ],
    'allergie': [
        _c(0, ('réaction avec urticaire généralisée et vomissements après une bouchée de biscuit',
               'generalized hives and vomiting after one bite of a cookie'),
           ('immunothérapie orale (ITO) aux arachides', 'peanut oral immunotherapy (OIT)'), (0, 1), (0, 1)),
        _c(1, ('éruption après amoxicilline à l\'âge de 3 ans', 'rash after amoxicillin at age 3'),
           ('retrait de l\'étiquette d\'allergie à la pénicilline après test', 'penicillin allergy delabelling after challenge'),
           (), ()),
        _c(2, ('rhinite et conjonctivite chaque été', 'rhinitis and conjunctivitis every summer'),
           ('immunothérapie sublinguale', 'sublingual immunotherapy'), (5, 3), (4,)),
        _c(3, ('urticaire quotidienne depuis 8 mois', 'daily hives for 8 months'),
           ('ajout d\'omalizumab si échec des antihistaminiques', 'add omalizumab if antihistamines fail'), (2, 4), (3,)),
        _c(4, ('piqûre de guêpe avec malaise et hypotension', 'wasp sting with syncope and hypotension'),
           ('désensibilisation au venin', 'venom immunotherapy'), (0,), (2,)),
        _c(5, ('toux et sifflements nocturnes, pire au printemps', 'night-time cough and wheeze, worse in spring'),
           ('biologique si asthme non contrôlé', 'biologic if asthma remains uncontrolled'), (2,), (3,)),
        _c(7, ('eczéma et vomissements avec les préparations lactées', 'eczema and vomiting with cow\'s milk formula'),
           ('échelle de réintroduction du lait', 'milk ladder reintroduction'), (1,), ()),
    ],
}
