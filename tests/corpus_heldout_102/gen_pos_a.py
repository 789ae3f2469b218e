"""Positive messages, part A: referrals, bookings, preparation, pathology, screening letters, lists."""
import gen_docs as D
import gen_ids as I
from gen_common import signature, transport, quote, orig_header, on_wrote

INDIC = [
    # (fr, en, types)
    ("RSOSi (FIT) positif à 212 ng/mL", "positive FIT at 212 ng/mL", ['lab_result']),
    ("rectorragies intermittentes depuis 3 mois", "intermittent rectal bleeding for 3 months", ['diagnosis']),
    ("anémie ferriprive (Hb 94 g/L, ferritine 6)", "iron-deficiency anaemia (Hb 94 g/L, ferritin 6)", ['diagnosis', 'lab_result']),
    ("surveillance post-polypectomie (3 adénomes tubulaires en 2021)", "post-polypectomy surveillance (3 tubular adenomas in 2021)", ['diagnosis']),
    ("père atteint d'un cancer colorectal à 52 ans", "father diagnosed with colorectal cancer at age 52", ['diagnosis']),
    ("changement des habitudes intestinales et perte de poids de 6 kg", "change in bowel habit with 6 kg weight loss", ['diagnosis']),
    ("diarrhée chronique, calprotectine 640 µg/g", "chronic diarrhoea, faecal calprotectin 640 µg/g", ['diagnosis', 'lab_result']),
    ("dysphagie aux solides, progressive", "progressive dysphagia to solids", ['diagnosis']),
    ("RGO réfractaire malgré pantoprazole 40 mg BID", "refractory GERD despite pantoprazole 40 mg BID", ['diagnosis', 'medication']),
    ("suivi de colite ulcéreuse (pancolite depuis 2012)", "ulcerative colitis surveillance (pancolitis since 2012)", ['diagnosis']),
]

PROC_FR = ['coloscopie', 'coloscopie', 'gastroscopie', 'coloscopie + gastroscopie', 'sigmoïdoscopie']
PROC_EN = ['colonoscopy', 'colonoscopy', 'gastroscopy', 'colonoscopy + EGD', 'flexible sigmoidoscopy']
PREP_FR = ["PEG 3350 (Colyte) 4 L fractionné", "Pico-Salax 2 sachets", "PEG-3350 (Lyte) 2 L + bisacodyl",
           "Bi-Peglyte", "MoviPrep fractionné"]
PREP_EN = ["PEG 3350 (Colyte) 4 L split dose", "Pico-Salax 2 sachets", "2 L PEG + bisacodyl 10 mg",
           "Bi-Peglyte", "split-dose MoviPrep"]


def P(c, cat, lang, subject, frm, to, text, types, note, atts=None, cc=None, html=None, t=None, **kw):
    d = dict(cat=cat, lang=lang, subject=subject, frm=frm, to=to, text=text, types=sorted(set(types)), note=note,
             atts=atts or [], cc=cc or [], html=html)
    d['t'] = t or transport(c, atts=bool(atts))
    d.update(kw)
    return d


def addr(s):
    return (s['disp'], s['email'])


def hm(c):
    return '%d h %02d' % (c.rng.choice([7, 8, 9, 10, 11, 13, 14]), c.rng.choice([0, 15, 30, 45]))


def hm_en(c):
    h = c.rng.choice([7, 8, 9, 10, 11, 13, 14])
    return '%d:%02d %s' % (h if h <= 12 else h - 12, c.rng.choice([0, 15, 30, 45]), 'a.m.' if h < 12 else 'p.m.')


# ------------------------------------------------------------------ 1. referral from a family physician
def p_referral(c):
    rng = c.rng
    lang = c.pick('fr', 'fr', 'en')
    use_nam = c.chance(0.6)
    p = c.holder(45, 80) if use_nam else c.patient(lo=1945, hi=1980)
    gp = c.staff(lang=lang)
    gp['email'] = I.email_of(gp['given'], gp['surname'], rng.choice(I.CLINICS))
    endo = c.staff(lang=lang)
    ind = rng.choice(INDIC[:7])
    types = ['patient_name', 'date_of_birth'] + ind[2]
    name = I.name_forms(p, lang, rng, c.pick('full', 'upper_last', 'title', 'comma'))
    dob = I.dob_fmt(p['dob'], rng)
    ident = ''
    if use_nam:
        ident = ('NAM : %s' if lang == 'fr' else 'RAMQ: %s') % I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES))
        types.append('ramq_nam')
    meds = c.chance(0.5)
    if lang == 'fr':
        subj = c.pick('Demande de consultation - %s' % c.pick('coloscopie', 'gastro', 'endoscopie'),
                      'Référence coloscopie %s' % p['surname'], 'Réf. gastro: %s' % name, 'Nouvelle demande — priorité B')
        body = [c.pick('Bonjour,', 'Bonjour %s %s,' % (endo['dr'], endo['surname']), 'Chère collègue,', 'Bonjour à l\'équipe du triage,'),
                '',
                'Je vous réfère %s, né%s le %s, pour %s.' % (name, 'e' if p['sex'] == 'F' else '', dob, ind[0]),
                ident,
                c.pick('Aucune coloscopie antérieure.', 'Dernière coloscopie en 2016, normale selon %s.' % ('la patiente' if p['sex'] == 'F' else 'le patient'),
                       '%s asymptomatique par ailleurs, pas de fièvre.' % ('Patiente' if p['sex'] == 'F' else 'Patient'),
                       'Examen physique sans particularité, TR: pas de masse palpable.')]
        if meds:
            body.append('Médication : %s.' % c.pick('apixaban 5 mg BID (FA)', 'metformine 1000 mg BID, insuline glargine 18 u HS',
                                                      'clopidogrel 75 mg die (stent 2022)', 'warfarine, RNI cible 2-3'))
            types.append('medication')
        body += ['', c.pick('Merci de %s prendre en charge.' % ('la' if p['sex'] == 'F' else 'le'), 'Merci de votre évaluation, une priorité de 60 jours me semble raisonnable.',
                            'Je joins le formulaire de consultation et les derniers laboratoires.', 'Merci!')]
    else:
        subj = c.pick('Referral - colonoscopy', 'GI referral: %s' % name, 'New consult request (screening)', 'Referral for scope')
        body = [c.pick('Hello,', 'Dear Dr. %s,' % endo['surname'], 'Hi triage team,'), '',
                'I am referring %s (DOB %s) for %s.' % (name, dob, ind[1]), ident,
                c.pick('No previous colonoscopy.', 'Last scope 2016, reportedly normal.', 'Otherwise well, no fever.',
                       'Exam unremarkable, DRE no palpable mass.')]
        if meds:
            body.append('Meds: %s.' % c.pick('apixaban 5 mg BID (AF)', 'metformin 1000 mg BID, insulin glargine 18 u qhs',
                                              'clopidogrel 75 mg daily (stent 2022)', 'warfarin, INR target 2-3'))
            types.append('medication')
        body += ['', c.pick('Thank you for seeing this patient.', 'Referral form and recent labs attached.', 'Many thanks.')]
    body = [b for b in body if b is not None]
    text = '\n'.join(body) + '\n' + signature(c, gp, lang, unit='GMF des Pins' if lang == 'fr' else 'Family Medicine Clinic')
    atts = []
    if c.chance(0.45):
        lines = ['# ' + ('Demande de consultation — gastroentérologie' if lang == 'fr' else 'Consultation request — gastroenterology'),
                 ('Patient : %s' if lang == 'fr' else 'Patient: %s') % name,
                 ('Date de naissance : %s' if lang == 'fr' else 'Date of birth: %s') % dob,
                 ident or ('Dossier : %s' % I.mrn(rng)),
                 ('Raison : %s' if lang == 'fr' else 'Reason: %s') % (ind[0] if lang == 'fr' else ind[1]),
                 ('Médecin référent : %s' if lang == 'fr' else 'Referring physician: %s') % gp['disp'],
                 'Priorité : B (< 60 jours)' if lang == 'fr' else 'Priority: B (< 60 days)']
        if not use_nam:
            types.append('mrn')
        atts.append({'filename': c.pick('demande_consultation.pdf', 'referral_%s.pdf' % I.strip_accents(p['surname']),
                                        'Consultation GI.pdf', 'scan0042.pdf'), 'ctype': 'application/pdf',
                     'data': D.pdf(lines, title='Consultation', compress=c.chance(0.5))})
    return P(c, 'referral', lang, subj, addr(gp), [('Triage endoscopie', 'triage.endo@' + endo['site']['dom'])], text,
             types, 'GP referral for endoscopy with identity and indication', atts=atts)


# ------------------------------------------------------------------ 2. booking letter to the patient
def p_booking_patient(c):
    rng = c.rng
    lang = c.pick('fr', 'fr', 'en')
    use_nam = c.chance(0.3)
    p = c.holder(40, 80) if use_nam else c.patient(lo=1950, hi=1985)
    clerk = c.staff(role='clerk', lang=lang)
    when = c.future(7, 50)
    prep = rng.randrange(len(PREP_FR))
    types = ['patient_name', 'medication']
    to_addr = I.email_of(p['given'], p['surname'], rng.choice(I.PERSONAL)).replace('.', rng.choice(['.', '_', '']), 1)
    title = I.name_forms(p, lang, rng, 'title')
    extra = ''
    if c.chance(0.4):
        ph = I.phone_fmt(rng)
        extra = (("Nous vous appellerons au %s la veille pour confirmer." if lang == 'fr' else
                  "We will call you at %s the day before to confirm.") % ph)
        types.append('patient_contact')
    if use_nam:
        extra += ('\nVeuillez apporter votre carte d\'assurance maladie (%s).' % I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES))
                  if lang == 'fr' else '\nPlease bring your health card (%s).' % I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES)))
        types.append('ramq_nam')
    diab = c.chance(0.35)
    if lang == 'fr':
        subj = c.pick('Confirmation de votre rendez-vous - coloscopie', 'Votre coloscopie du %s' % I.fr_date(when),
                      'Rendez-vous en endoscopie', 'Instructions de préparation - %s' % p['surname'])
        body = ['Bonjour %s,' % title, '',
                'Votre coloscopie est prévue le %s à %s à l\'unité d\'endoscopie (%s, 2e étage, porte 2B).' %
                (I.fr_date(when), hm(c), clerk['site']['name']),
                'Présentez-vous 45 minutes à l\'avance. Vous devez être accompagné(e) pour le retour.', '',
                'Préparation prescrite : %s.' % PREP_FR[prep],
                '- 3 jours avant : diète sans fibres (pas de grains, noix, fruits avec pelures).',
                '- La veille : liquides clairs seulement à partir du dîner; première dose à 18 h.',
                '- Le matin : deuxième dose 5 h avant l\'examen, à terminer 2 h avant.']
        if diab:
            body.append('- Comme vous prenez de la metformine et de l\'insuline, prenez la moitié de votre dose d\'insuline '
                        'la veille et aucune metformine le matin de l\'examen.')
            types.append('diagnosis')
        body += ['', extra, '', 'Pour annuler, téléphonez au %s au moins 72 h à l\'avance.' % clerk['site']['tel']]
    else:
        subj = c.pick('Your colonoscopy appointment', 'Appointment confirmation - Endoscopy %s' % when,
                      'Bowel prep instructions for %s' % title)
        body = ['Dear %s,' % title, '',
                'Your colonoscopy is booked for %s at %s, Endoscopy Unit (%s, 2nd floor).' % (I.en_date(when), hm_en(c), clerk['site']['name']),
                'Please arrive 45 minutes early and arrange for someone to drive you home.', '',
                'Your prescribed preparation: %s.' % PREP_EN[prep],
                '- 3 days before: low-fibre diet.', '- Day before: clear fluids only from lunch; first dose at 6 p.m.',
                '- Morning of: second dose 5 hours before, finish 2 hours before your appointment.']
        if diab:
            body.append('- Since you take metformin and insulin for your diabetes, take half your insulin dose the evening '
                        'before and skip metformin that morning.')
            types.append('diagnosis')
        body += ['', extra, '', 'To cancel please call %s at least 72 hours ahead.' % clerk['site']['tel']]
    text = '\n'.join(body) + '\n' + signature(c, clerk, lang)
    atts = []
    if c.chance(0.3):
        atts.append({'filename': c.pick('Préparation_colo.pdf', 'prep_instructions.pdf', 'Feuillet_PEG.pdf'),
                     'ctype': 'application/pdf', 'data': D.pdf(['# Préparation intestinale', 'Diète sans fibres 3 jours avant.',
                                                              'Liquides clairs la veille.'], compress=True)})
    return P(c, 'booking_letter', lang, subj, ('Endoscopie ' + clerk['site']['short'], 'rdv.endoscopie@' + clerk['site']['dom']),
             [(I.name_forms(p, lang, rng, 'full'), to_addr)], text, types,
             'booking confirmation and personalised prep sent to patient', atts=atts)


# ------------------------------------------------------------------ 3. pharmacy / nurse prep question
def p_prep_pharmacy(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    p = c.patient(lo=1938, hi=1975)
    rn = c.staff(role='rn', lang=lang)
    ph = c.staff(role='pharm', lang=lang, site=rn['site'])
    m = I.mrn(rng)
    name = I.name_forms(p, lang, rng, c.pick('upper_last', 'full', 'last_first', 'lower'))
    scen = rng.randrange(4)
    when = c.future(5, 30)
    if lang == 'fr':
        opts = [
            ("%s avec IRC stade 4 (DFGe 22), prévu%s en coloscopie le %s. On évite le Pico-Salax; PEG 4 L OK? "
             "%s prend aussi furosémide 40 mg." % ('Patiente' if p['sex'] == 'F' else 'Patient', 'e' if p['sex'] == 'F' else '', when,
                                                   'Elle' if p['sex'] == 'F' else 'Il'), ['diagnosis', 'medication', 'lab_result']),
            ("Sous apixaban 5 mg BID pour FA, polypectomie probable le %s. On arrête combien de jours avant? "
             "Créat 98 la semaine passée." % when, ['diagnosis', 'medication', 'lab_result']),
            ("Diabétique type 1 sous pompe à insuline, coloscopie le %s à 8 h. Besoin d'un protocole d'ajustement pour la diète liquide." % when,
             ['diagnosis', 'medication']),
            ("Sous sémaglutide (Ozempic) 1 mg hebdo. Gastroscopie sous sédation le %s — on suspend la dose de la semaine?" % when,
             ['medication']),
        ]
        q, ty = opts[scen]
        subj = c.pick('Question prep - dossier %s' % m, 'Préparation colo: %s' % name, 'Avis pharmacie svp', 'Q. anticoag avant colo')
        body = ['Bonjour %s,' % ph['given'], '', 'Pour %s (dossier %s) :' % (name, m), q, '',
                c.pick('Merci de me revenir avant jeudi.', 'Merci!', 'On doit rappeler %s demain.' % ('la patiente' if p['sex'] == 'F' else 'le patient'),
                       'Je mets le Dr en copie.')]
    else:
        opts = [
            ("CKD stage 4 (eGFR 22), booked for colonoscopy %s. Avoiding Pico-Salax; is 4 L PEG okay? Also on furosemide 40 mg." % when,
             ['diagnosis', 'medication', 'lab_result']),
            ("On apixaban 5 mg BID for AF, likely polypectomy on %s. How many days hold? Creat 98 last week." % when,
             ['diagnosis', 'medication', 'lab_result']),
            ("Type 1 diabetic on an insulin pump, scope %s at 8am. Need an adjustment protocol for clear fluids day." % when,
             ['diagnosis', 'medication']),
            ("On semaglutide (Ozempic) 1 mg weekly. Sedated EGD on %s - hold this week's dose?" % when, ['medication']),
        ]
        q, ty = opts[scen]
        subj = c.pick('Prep question - MRN %s' % m, 'Pharmacy advice: %s' % name, 'Anticoag hold before scope?')
        body = ['Hi %s,' % ph['given'], '', 'Re %s (MRN %s):' % (name, m), q, '',
                c.pick('Could you get back to me by Thursday?', 'Thanks!', 'We need to call the patient back tomorrow.')]
    text = '\n'.join(body) + '\n' + signature(c, rn, lang)
    return P(c, 'pharmacy_question', lang, subj, addr(rn), [addr(ph)], text, ['patient_name', 'mrn'] + ty,
             'nurse asks pharmacist about prep/medication for named patient')


# ------------------------------------------------------------------ 4. pathology results
PATH = [
    ("adénome tubulaire avec dysplasie de bas grade (3 fragments)", "tubular adenoma with low-grade dysplasia (3 fragments)"),
    ("adénome tubulo-villeux avec dysplasie de haut grade", "tubulovillous adenoma with high-grade dysplasia"),
    ("adénocarcinome moyennement différencié, envahissant la sous-muqueuse", "moderately differentiated adenocarcinoma invading submucosa"),
    ("polype hyperplasique, pas de dysplasie", "hyperplastic polyp, no dysplasia"),
    ("colite active chronique compatible avec maladie de Crohn, granulomes non caséeux", "chronic active colitis consistent with Crohn's disease, non-caseating granulomas"),
    ("œsophage de Barrett sans dysplasie", "Barrett's oesophagus without dysplasia"),
    ("gastrite chronique à Helicobacter pylori", "chronic Helicobacter pylori gastritis"),
    ("atrophie villositaire Marsh 3b, compatible avec maladie cœliaque", "villous atrophy Marsh 3b consistent with coeliac disease"),
    ("adénome festonné sessile sans dysplasie, 12 mm", "sessile serrated lesion without dysplasia, 12 mm"),
]


def p_path_results(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    use_nam = c.chance(0.35)
    p = c.holder(30, 85) if use_nam else c.patient(lo=1940, hi=1990)
    md = c.staff(lang=lang)
    path = c.staff(role='path', lang=lang, site=md['site'])
    k = rng.randrange(len(PATH))
    m = I.mrn(rng)
    spec = 'S25-%05d' % rng.randrange(1, 40000)
    name = I.name_forms(p, lang, rng, c.pick('upper_last', 'full', 'comma', 'initial', 'last_first'))
    types = ['patient_name', 'mrn', 'diagnosis', 'lab_result']
    nam_line = ''
    if use_nam:
        nam_line = ' / NAM %s' % I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES))
        types.append('ramq_nam')
    variant = rng.randrange(3)
    closing = True
    la = 'la' if p['sex'] == 'F' else 'le'
    if lang == 'fr':
        if variant == 0:
            subj = c.pick('Résultat de pathologie %s' % spec, 'Patho revenue — %s' % p['surname'], 'Pathologie %s' % name)
            body = ['Bonjour %s,' % md['surname'], '', 'Le spécimen %s de %s (dossier %s%s) est signé :' % (spec, name, m, nam_line),
                    '=> %s.' % PATH[k][0], '',
                    c.pick('Marges non évaluables. Je suggère une revue en comité des tumeurs.', 'Commentaire complet dans le système.',
                           'Appelez-moi si vous voulez en discuter.', '')]
            frm, to = path, md
        elif variant == 1:
            subj = c.pick('Résultats biopsies — à aviser la patiente', 'Suivi patho %s' % m, 'À rappeler: %s' % name)
            body = ['%s,' % c.pick('Julie', 'Salut', 'Bonjour'), '',
                    'Peux-tu appeler %s (dossier %s%s) pour lui donner un rendez-vous en clinique? La patho montre %s.' %
                    (name, m, nam_line, PATH[k][0]),
                    c.pick('Prochaine coloscopie dans 3 ans.', 'Je veux %s voir d\'ici 2 semaines.' % la, 'Référence en chirurgie faite.',
                           'Commencer le traitement tel que discuté.')]
            frm, to = md, c.staff(role='rn', lang=lang, site=md['site'])
        else:
            subj = c.pick('Résultat — %s' % name, 'Lettre au médecin traitant', 'Suivi de coloscopie du %s' % c.past(10, 30))
            body = ['Cher collègue,', '', 'Votre patient%s %s (%s%s) a eu une endoscopie le %s.' %
                    ('e' if p['sex'] == 'F' else '', name, m, nam_line, c.past(10, 30)),
                    'Pathologie : %s.' % PATH[k][0],
                    c.pick('Recommandation : coloscopie de contrôle dans 3 ans.', 'Recommandation : traitement d\'éradication et test respiratoire de contrôle.',
                           'Recommandation : diète sans gluten et référence en nutrition.', 'Recommandation : consultation en chirurgie colorectale.'),
                    '', 'Confraternellement,']
            frm, to = md, c.staff(lang=lang)
            closing = False
    else:
        if variant == 0:
            subj = c.pick('Pathology result %s' % spec, 'Path back - %s' % p['surname'], 'Pathology: %s' % name)
            body = ['Hi Dr. %s,' % md['surname'], '', 'Specimen %s for %s (MRN %s%s) is signed out:' % (spec, name, m, nam_line),
                    '=> %s.' % PATH[k][1], '', c.pick('Margins not assessable. Suggest tumour board review.', 'Full comment in the LIS.',
                                                     'Happy to discuss.', '')]
            frm, to = path, md
        elif variant == 1:
            subj = c.pick('Biopsy results - please notify patient', 'Path follow-up %s' % m, 'Call back: %s' % name)
            body = ['Hi,', '', 'Could you call %s (MRN %s%s) to book a clinic visit? Path shows %s.' % (name, m, nam_line, PATH[k][1]),
                    c.pick('Repeat colonoscopy in 3 years.', 'I want to see them within 2 weeks.', 'Surgical referral sent.',
                           'Start treatment as discussed.')]
            frm, to = md, c.staff(role='rn', lang=lang, site=md['site'])
        else:
            subj = c.pick('Result - %s' % name, 'Letter to family physician', 'Colonoscopy follow-up')
            body = ['Dear colleague,', '', 'Your patient %s (%s%s) had an endoscopy on %s.' % (name, m, nam_line, c.past(10, 30)),
                    'Pathology: %s.' % PATH[k][1],
                    c.pick('Recommendation: repeat colonoscopy in 3 years.', 'Recommendation: eradication therapy and a follow-up urea breath test.',
                           'Recommendation: gluten-free diet and dietitian referral.', 'Recommendation: colorectal surgery consult.'),
                    '', 'Kind regards,']
            frm, to = md, c.staff(lang=lang)
            closing = False
    text = '\n'.join(body) + '\n' + signature(c, frm, lang, closing=closing)
    atts = []
    if c.chance(0.35):
        lines = ['# ' + ('RAPPORT DE PATHOLOGIE' if lang == 'fr' else 'SURGICAL PATHOLOGY REPORT'),
                 'Spécimen / Specimen: %s' % spec, 'Patient: %s   Dossier/MRN: %s' % (name, m),
                 'DDN/DOB: %s' % p['dob'], '', '# Diagnostic' if lang == 'fr' else '# Diagnosis',
                 PATH[k][0] if lang == 'fr' else PATH[k][1], '', 'Pathologiste: %s' % path['disp']]
        types.append('date_of_birth')
        atts.append({'filename': c.pick('%s.pdf' % spec, 'rapport_patho.pdf', 'PathReport_%s.pdf' % m), 'ctype': 'application/pdf',
                     'data': D.pdf(lines, title='Pathologie %s' % spec, compress=c.chance(0.5))})
    return P(c, 'pathology', lang, subj, addr(frm), [addr(to)], text, types,
             'pathology result for identified patient', atts=atts)


# ------------------------------------------------------------------ 5. screening programme letter
def p_screening_letter(c):
    rng = c.rng
    lang = c.pick('fr', 'fr', 'en')
    p = c.holder(50, 74)
    clerk = c.staff(role='clerk', lang=lang)
    fit = rng.choice([188, 212, 305, 450, 620, 1020, 176])
    a1, a2 = I.address(rng)
    types = ['ramq_nam', 'patient_name', 'lab_result', 'patient_contact', 'date_of_birth']
    t_ = 'Madame' if p['sex'] == 'F' else 'Monsieur'
    when = c.future(14, 60)
    if lang == 'fr':
        letter = ['# Programme québécois de dépistage du cancer colorectal — Centre régional', '',
                  '%s %s' % (p['given'], p['surname']), a1, a2, '',
                  'NAM : %s      Date de naissance : %s' % (I.fmt_nam(p['nam'], rng.choice(['sp', 'plain', 'sp'])), p['dob']), '',
                  '%s,' % t_,
                  'Le résultat de votre test immunochimique de recherche de sang occulte dans les selles (RSOSi) est ANORMAL '
                  '(%d ng/mL; seuil 175 ng/mL pour la population).' % fit if fit >= 175 else
                  'Le résultat de votre test RSOSi réalisé récemment est POSITIF (%d ng/mL).' % fit,
                  'Une coloscopie vous a été réservée le %s. Une infirmière vous appellera pour la préparation.' % I.fr_date(when),
                  '', 'Veuillez agréer, %s, nos salutations distinguées.' % t_, 'Infirmière pivot en dépistage']
        body = ['Bonjour,', '', c.pick('Ci-joint la lettre de résultat à poster aujourd\'hui.', 'Voici la lettre pour envoi, merci de vérifier l\'adresse.',
                                       'Lettre RSOSi+ à imprimer sur papier en-tête.'), '']
        subj = c.pick('Lettre RSOSi positif à poster', 'Envoi lettres dépistage', 'Lettres PQDCCR — lot du %s' % c.past(1, 5))
        fn = c.pick('Lettre_RSOSi_%s.docx' % p['surname'], 'lettre résultat %s %s.pdf' % (p['given'], p['surname']), 'PQDCCR_lettre.docx')
    else:
        letter = ['# Colorectal Cancer Screening Program — Regional Centre', '', '%s %s' % (p['given'], p['surname']), a1, a2, '',
                  'Health card (RAMQ): %s    Date of birth: %s' % (I.fmt_nam(p['nam'], rng.choice(['sp', 'plain'])), p['dob']), '',
                  'Dear %s %s,' % ('Ms.' if p['sex'] == 'F' else 'Mr.', p['surname']),
                  'Your fecal immunochemical test (FIT) result is ABNORMAL (%d ng/mL).' % fit,
                  'A colonoscopy has been booked for you on %s. A nurse will call you about the bowel preparation.' % I.en_date(when),
                  '', 'Sincerely,', 'Screening nurse navigator']
        body = ['Hi,', '', c.pick('Attached is the result letter to mail today.', 'Letter for mailing, please double-check the address.'), '']
        subj = c.pick('FIT positive letter to mail', 'Screening letters batch', 'Letter to print')
        fn = c.pick('FIT_letter_%s.docx' % p['surname'], 'result letter %s.pdf' % p['surname'], 'screening_letter.docx')
    text = '\n'.join(body) + signature(c, clerk, lang)
    if fn.endswith('.docx'):
        data = D.docx(letter, title='Lettre')
        ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    else:
        data = D.pdf(letter, title='Lettre', compress=c.chance(0.5))
        ct = 'application/pdf'
    return P(c, 'screening_letter', lang, subj, addr(clerk), [('Impression centrale', 'impression@' + clerk['site']['dom'])],
             text, types, 'screening programme FIT-positive letter attached', atts=[{'filename': fn, 'ctype': ct, 'data': data}])


# ------------------------------------------------------------------ 6. endoscopy day list
def _roster_rows(c, lang, n, with_nam=False, with_mrn=True):
    rng = c.rng
    rows, holders, tys = [], [], set()
    for i in range(n):
        if with_nam and i == 0:
            p = c.holder(30, 85)
            holders.append(p)
        else:
            p = c.patient(lo=1940, hi=1995)
        ind = rng.choice(INDIC)
        tys.update(ind[2])
        proc = rng.choice(PROC_FR if lang == 'fr' else PROC_EN)
        note = rng.choice(['', '', 'apixaban cessé 48 h' if lang == 'fr' else 'apixaban held 48h', 'allergie latex' if lang == 'fr'
                           else 'latex allergy', 'interprète arabe' if lang == 'fr' else 'needs interpreter', 'DM2 - glycémie AM',
                           'OSA - CPAP', 'propofol / anesthésie'])
        row = ['%d:%02d' % (7 + i // 2 + (1 if i > 5 else 0), (i % 2) * 30), 'Salle %d' % rng.randrange(1, 5) if lang == 'fr' else 'Rm %d' % rng.randrange(1, 5),
               '%s, %s' % (p['surname'].upper(), p['given'])]
        if with_mrn:
            row.append(I.fmt_nam(p['nam'], 'sp') if (with_nam and i == 0) else I.mrn(rng))
        row += [proc, ind[0] if lang == 'fr' else ind[1], note]
        rows.append(row)
    return rows, holders, tys


def p_day_list(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    with_nam = c.chance(0.35)
    n = rng.randrange(5, 11)
    rows, holders, tys = _roster_rows(c, lang, n, with_nam)
    hdr = (['Heure', 'Salle', 'Patient', 'Dossier/NAM', 'Examen', 'Indication', 'Note'] if lang == 'fr'
           else ['Time', 'Room', 'Patient', 'MRN', 'Procedure', 'Indication', 'Note'])
    md = c.staff(lang=lang)
    mgr = c.staff(role='clerk', lang=lang, site=md['site'])
    day = c.future(1, 6)
    types = ['patient_name', 'mrn'] + sorted(tys) + (['ramq_nam'] if with_nam else [])
    if any('apixaban' in r[-1] or 'propofol' in r[-1] or 'pantoprazole' in r[-2] for r in rows):
        types.append('medication')
    mode = rng.choice(['html', 'xlsx', 'csv', 'text'])
    subj = c.pick('Liste endoscopie %s — salle %d' % (day, rng.randrange(1, 5)), 'Programme du %s (Dr %s)' % (day, md['surname']),
                  'Horaire des cas - %s' % day) if lang == 'fr' else c.pick('Endo list %s' % day, 'Scope list for Dr. %s, %s' % (md['surname'], day))
    intro = (c.pick('Voici la liste finale pour %s. Deux ajouts en fin de journée.' % day, 'Liste mise à jour ci-dessous.',
                    'Bonjour, la liste de demain:') if lang == 'fr' else
             c.pick('Final list for %s below. Two add-ons at the end.' % day, 'Updated list:', 'Tomorrow\'s list:'))
    atts = []
    html = None
    table_txt = '\n'.join(' | '.join(r) for r in [hdr] + rows)
    if mode in ('html', 'text'):
        text = intro + '\n\n' + table_txt + '\n' + signature(c, mgr, lang)
        t = transport(c, kind='html' if mode == 'html' else c.pick('text', 'alt'))
    else:
        text = intro + '\n' + signature(c, mgr, lang)
        if mode == 'xlsx':
            atts.append({'filename': c.pick('liste_%s.xlsx' % day, 'Endo_list_%s.xlsx' % day, 'horaire salle.xlsx'),
                         'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         'data': D.xlsx([(day, [hdr] + rows)])})
        else:
            atts.append({'filename': c.pick('export_%s.csv' % day.replace('-', ''), 'liste.csv'), 'ctype': 'text/csv',
                         'text': D.csv_text([hdr] + rows, sep=c.pick(',', ';')), 'charset': c.pick('utf-8', 'windows-1252'),
                         'cte': c.pick('base64', 'quoted-printable', '8bit')})
        t = transport(c, atts=True)
    return P(c, 'day_list', lang, subj, addr(mgr), [addr(md), ('Endo infirmières', 'inf.endo@' + md['site']['dom'])], text,
             types, 'endoscopy day roster with names and indications', atts=atts, html=html, t=t)


# ------------------------------------------------------------------ 7. consult service sign-out
def p_signout(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    fel = c.staff(lang=lang)
    nxt = c.staff(lang=lang, site=fel['site'])
    items_fr = [("HDH, méléna, Hb 71 -> 2 CGR, gastroscopie demain AM, pantoprazole IV 8 mg/h", ['diagnosis', 'lab_result', 'medication']),
                ("cirrhose OH décompensée, ascite, PBS? ponction faite 14h, céfotaxime débuté", ['diagnosis', 'medication', 'social_information']),
                ("colite ulcéreuse sévère, Truelove positif, méthylpred 60 IV jour 3, CRP 88, si pas mieux -> infliximab", ['diagnosis', 'medication', 'lab_result']),
                ("pancréatite biliaire, lipase 2400, CPRE si bili monte", ['diagnosis', 'lab_result']),
                ("corps étranger oesophagien (bolus alimentaire) — retiré, biopsies pour OE", ['diagnosis']),
                ("encéphalopathie hépatique grade 2, lactulose + rifaximine, famille au courant", ['diagnosis', 'medication']),
                ("Crohn iléal, occlusion partielle, TDM: sténose 8 cm, chir consultée", ['diagnosis'])]
    items_en = [("UGIB, melena, Hb 71 -> 2 units PRBC, EGD tomorrow AM, pantoprazole infusion 8 mg/h", ['diagnosis', 'lab_result', 'medication']),
                ("decompensated alcohol cirrhosis, ascites, ?SBP tapped at 2pm, cefotaxime started", ['diagnosis', 'medication', 'social_information']),
                ("severe UC, methylpred 60 IV day 3, CRP 88, infliximab rescue if no response", ['diagnosis', 'medication', 'lab_result']),
                ("gallstone pancreatitis, lipase 2400, ERCP if bili rising", ['diagnosis', 'lab_result']),
                ("food bolus impaction - cleared, biopsies for EoE", ['diagnosis']),
                ("grade 2 HE, lactulose + rifaximin, family aware", ['diagnosis', 'medication']),
                ("ileal Crohn's, partial SBO, CT: 8 cm stricture, surgery consulted", ['diagnosis'])]
    items = items_fr if lang == 'fr' else items_en
    k = rng.randrange(3, 6)
    pick = rng.sample(range(len(items)), k)
    lines, types = [], ['patient_name', 'diagnosis']
    for j in pick:
        p = c.patient(lo=1940, hi=1998)
        bed = '%d%s-%d' % (rng.randrange(3, 9), rng.choice('ABCDE'), rng.randrange(1, 40))
        nm = I.name_forms(p, lang, rng, c.pick('upper_last', 'last_first', 'title_last', 'lower', 'last_init', 'comma'))
        lines.append('- %s  %s (%d %s) : %s' % (bed, nm, 2025 - int(p['dob'][:4]), 'ans' if lang == 'fr' else 'y', items[j][0]))
        types += items[j][1]
    subj = (c.pick('Sign-out consultations GI', 'Passation de garde - gastro', 'Liste de consult ce soir') if lang == 'fr'
            else c.pick('GI consult sign-out', 'Handover tonight', 'Consult list'))
    intro = ('Salut %s, voici les patients à suivre cette nuit :' % nxt['given']) if lang == 'fr' else ('Hey %s, sign-out for tonight:' % nxt['given'])
    text = intro + '\n\n' + '\n'.join(lines) + '\n\n' + (c.pick('Rien d\'autre en attente. Bonne garde!', 'Pager si problème.', '')
                                                         if lang == 'fr' else c.pick('Nothing else pending. Good luck!', 'Page me if needed.', '')) + '\n' + fel['given']
    return P(c, 'signout', lang, subj, addr(fel), [addr(nxt)], text, types, 'consult service sign-out list with patient names and problems')


# ------------------------------------------------------------------ 8. transport request
def p_transport(c):
    rng = c.rng
    lang = c.pick('fr', 'fr', 'en')
    use_nam = c.chance(0.5)
    p = c.holder(65, 95) if use_nam else c.patient(lo=1932, hi=1955)
    clerk = c.staff(role='clerk', lang=lang)
    a1, a2 = I.address(rng)
    tel = I.phone_fmt(rng)
    when = c.future(3, 30)
    types = ['patient_name', 'patient_contact', 'social_information']
    nm = I.name_forms(p, lang, rng, c.pick('full', 'upper_last', 'title'))
    idl = ('NAM: %s' % I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES))) if use_nam else ('Dossier: %s' % I.mrn(rng))
    types.append('ramq_nam' if use_nam else 'mrn')
    if lang == 'fr':
        subj = c.pick('Demande de transport adapté', 'Transport ambulancier — coloscopie %s' % when, 'Transport pour %s' % nm)
        body = ['Bonjour,', '', 'Pouvez-vous organiser un transport pour :', '%s — %s' % (nm, idl), 'Adresse : %s, %s' % (a1, a2),
                'Téléphone : %s' % tel,
                'Rendez-vous : %s le %s à %s, unité d\'endoscopie.' % (c.pick('coloscopie', 'gastroscopie', 'CPRE'), when, hm(c)),
                c.pick('Se déplace en fauteuil roulant, vit seul%s, aucun proche disponible pour le retour.' % ('e' if p['sex'] == 'F' else ''),
                       'Non voyant%s, habite en résidence pour aînés (RPA), besoin d\'accompagnement.' % ('e' if p['sex'] == 'F' else ''),
                       'Sous oxygène 2 L, démence légère, sa fille est absente cette semaine.'), '', 'Merci beaucoup']
    else:
        subj = c.pick('Transport request', 'Ambulance booking for scope %s' % when, 'Transport for %s' % nm)
        body = ['Hello,', '', 'Could you book transport for:', '%s - %s' % (nm, idl), 'Address: %s, %s' % (a1, a2), 'Phone: %s' % tel,
                'Appointment: %s on %s at %s, Endoscopy.' % (c.pick('colonoscopy', 'EGD', 'ERCP'), when, hm_en(c)),
                c.pick('Wheelchair user, lives alone, no family available to escort home.',
                       'Legally blind, lives in a seniors\' residence, needs an escort.',
                       'On home O2 2 L, mild dementia, daughter away this week.'), '', 'Thank you']
    text = '\n'.join(body) + '\n' + signature(c, clerk, lang)
    return P(c, 'transport', lang, subj, addr(clerk), [('Transport', 'transport@' + clerk['site']['dom'])], text, types,
             'transport booking with address, phone and social situation')


# ------------------------------------------------------------------ 9. wait-list export
def p_waitlist_csv(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    mgr = c.staff(role='mgr', lang=lang)
    n = rng.randrange(6, 14)
    hdr = (['NAM', 'Nom', 'Prénom', 'DDN', 'Téléphone', 'Priorité', 'Indication', 'Jours en attente'] if lang == 'fr'
           else ['RAMQ', 'Last name', 'First name', 'DOB', 'Phone', 'Priority', 'Indication', 'Days waiting'])
    rows, tys = [], set()
    for i in range(n):
        h = c.holder(40, 80) if i < 2 else None
        p = h or c.patient(lo=1945, hi=1985)
        ind = rng.choice(INDIC)
        tys.update(ind[2])
        rows.append([I.fmt_nam(h['nam'], 'plain') if h else '', p['surname'], p['given'], p['dob'], I.phone(rng),
                     rng.choice(['P1', 'P2', 'P3', 'P4', 'B', 'C']), ind[0] if lang == 'fr' else ind[1], str(rng.randrange(12, 420))])
    fmt = rng.choice(['csv', 'xlsx'])
    if fmt == 'csv':
        att = {'filename': c.pick('liste_attente_endo.csv', 'waitlist_export.csv', 'Export RVs.csv'), 'ctype': c.pick('text/csv', 'application/vnd.ms-excel'),
               'text': D.csv_text([hdr] + rows, sep=c.pick(',', ';'), crlf=c.chance(0.5)), 'charset': c.pick('utf-8', 'windows-1252', 'iso-8859-1'),
               'cte': c.pick('base64', 'quoted-printable')}
    else:
        att = {'filename': c.pick('liste_attente.xlsx', 'Waitlist Q1.xlsx'), 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
               'data': D.xlsx([('Attente' if lang == 'fr' else 'Waitlist', [hdr] + rows)])}
    subj = (c.pick('Liste d\'attente coloscopie — à rappeler', 'Export liste d\'attente', 'Patients à reprogrammer')
            if lang == 'fr' else c.pick('Colonoscopy waitlist - call backs', 'Waitlist export', 'Patients to rebook'))
    body = (c.pick('Voici la liste des patients à rappeler suite à la fermeture de la salle 3.', 'Ci-joint l\'export, triez par priorité svp.',
                   'Liste pour le blitz de rappels de samedi.') if lang == 'fr' else
            c.pick('Attached are the patients to call back after Room 3 closure.', 'Export attached, please sort by priority.'))
    text = 'Bonjour,\n\n' + body + '\n' + signature(c, mgr, lang) if lang == 'fr' else 'Hi all,\n\n' + body + '\n' + signature(c, mgr, lang)
    return P(c, 'waitlist_export', lang, subj, addr(mgr), [('Secrétariat endo', 'secretariat.endo@' + mgr['site']['dom'])], text,
             ['ramq_nam', 'patient_name', 'date_of_birth', 'patient_contact'] + sorted(tys),
             'wait-list export with NAM, DOB, phone and indication', atts=[att])


# ------------------------------------------------------------------ 10. calendar invitation for a procedure
def p_ics(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    use_nam = c.chance(0.4)
    p = c.holder(25, 85) if use_nam else c.patient(lo=1950, hi=1995)
    md = c.staff(lang=lang)
    day = c.future(2, 30).replace('-', '')
    hh = rng.choice([8, 9, 10, 13, 14])
    tel = I.phone(rng)
    nm = I.name_forms(p, lang, rng, c.pick('full', 'title_last', 'last_first'))
    pairs = ([('CPRE', 'cholédocholithiase'), ('Écho-endoscopie', 'masse pancréatique 2,4 cm'), ('Ligature de varices', 'varices grade III'),
              ('Dilatation oesophagienne', 'sténose peptique'), ('Coloscopie', 'RSOSi positif, sous apixaban')] if lang == 'fr' else
             [('ERCP', 'choledocholithiasis'), ('EUS', '2.4 cm pancreatic mass'), ('Variceal banding', 'grade III varices'),
              ('Oesophageal dilation', 'peptic stricture'), ('Colonoscopy', 'positive FIT, on apixaban')])
    proc, ind = rng.choice(pairs)
    types = ['patient_name', 'diagnosis', 'patient_contact'] + (['medication', 'lab_result'] if 'apixaban' in ind else [])
    desc = ('%s - %s. Tél. patient : %s.' % (nm, ind, tel)) if lang == 'fr' else ('%s - %s. Patient phone: %s.' % (nm, ind, tel))
    if use_nam:
        desc += ' NAM %s' % I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES))
        types.append('ramq_nam')
    summary = '%s - %s' % (proc, p['surname'] if c.chance(0.6) else 'salle 2')
    ics = D.ics('%s@%s' % (''.join(rng.choice('abcdef0123456789') for _ in range(20)), md['site']['dom']),
                '%sT%02d0000' % (day, hh), '%sT%02d0000' % (day, hh + 1), summary, desc,
                'Endoscopie salle %d' % rng.randrange(1, 5), (md['disp'], md['email']), [('Anesthésie', 'anesthesie@' + md['site']['dom'])])
    text = (c.pick('Réservation de la salle pour le cas discuté.', 'Invitation pour le cas conjoint avec anesthésie.', '')
            if lang == 'fr' else c.pick('Room booking for the case we discussed.', 'Joint case with anaesthesia.', ''))
    t = transport(c, kind='mixed', body=c.pick('text', 'alt'))
    return P(c, 'calendar_invite', lang, summary if c.chance(0.5) else ('Invitation : ' + summary), addr(md),
             [('Anesthésie', 'anesthesie@' + md['site']['dom'])], text or ' ', types,
             'calendar invitation naming patient, indication and phone',
             atts=[{'filename': 'invite.ics', 'ctype': 'text/calendar', 'ctype_extra': '; method=REQUEST', 'text': ics,
                    'charset': 'utf-8', 'cte': c.pick('base64', '8bit', 'quoted-printable'), 'style': 'plain'}], t=t)
