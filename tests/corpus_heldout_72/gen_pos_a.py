"""Positive templates, part A: specialty outpatient clinics."""
import datetime as dt

import gen_attach as A
import gen_common as C
from gen_compose import spec
from gen_tpl import fname, fw_, join, letterhead, quote, re_, sig, who
from gen_vocab import AGES, DX, HIST, PLAN, SPEC_NAME, SPECS


def md_of(c, org):
    return C.staff_by(clinical=True, org=org, md=True, rng=c.rng)


def clerk_of(c, org):
    return C.staff_by(clinical=True, org=org, md=False, rng=c.rng)


def sp_name(c, s):
    return SPEC_NAME[s][0 if c.fr else 1]


def hist(c, s):
    return c.hist(s)


def plan(c, s):
    return c.plan(s)


OR_PROCS = {
    'fr': ['phacoémulsification + LIO OD', 'phaco OG', 'vitrectomie OD (décollement)', 'trabéculectomie OG',
           'amygdalectomie', 'myringotomie + tubes bilatéraux', 'septoplastie', 'chirurgie endoscopique des sinus',
           'extraction 18-28-38-48 sous sédation', 'réduction fracture mandibulaire (ORIF)', 'exérèse kyste maxillaire',
           'Mohs – nez', 'exérèse mélanome + ganglion sentinelle', 'tympanoplastie G'],
    'en': ['phaco + IOL OD', 'phaco OS', 'vitrectomy OD (detachment)', 'trabeculectomy OS', 'tonsillectomy',
           'bilateral myringotomy + tubes', 'septoplasty', 'FESS', 'extraction 18-28-38-48 under sedation',
           'mandible fracture ORIF', 'maxillary cyst excision', 'Mohs - nose', 'melanoma WLE + sentinel node',
           'tympanoplasty L'],
}


# ------------------------------------------------------------------------------------------------
def p_referral(c):
    s = c.pick(SPECS)
    p = c.pool.pick(AGES[s])
    gp = md_of(c, 'gmf')
    dest = c.pick([md_of(c, s), clerk_of(c, s)])
    in_pdf = c.chance(0.5)
    dx = c.dx(s)
    h = hist(c, s)
    med = c.med(s) if c.chance(0.6) else None
    if c.fr:
        lines = ['Patient(e) : %s' % c.pname(p, 'LAST_comma'), c.dob(p), c.nam_kv(p),
                 'Téléphone : %s' % c.phone(p),
                 'Motif : %s' % dx, 'Histoire : %s' % h]
        if med:
            lines.append('Médication : %s' % med)
        lines.append('Priorité : %s' % c.pick(['B (10 jours)', 'C (28 jours)', 'D (3 mois)', 'urgente']))
    else:
        lines = ['Patient: %s' % c.pname(p, c.pick(['LAST_comma', 'full', 'title'])), c.dob(p), c.nam_kv(p),
                 'Phone: %s' % c.phone(p),
                 'Reason: %s' % dx, 'History: %s' % h]
        if med:
            lines.append('Current meds: %s' % med)
        lines.append('Priority: %s' % c.pick(['B (10 days)', 'C (28 days)', 'D (3 months)', 'urgent']))
    atts = []
    if in_pdf:
        title = c.t('Demande de consultation - %s' % sp_name(c, s), 'Consultation request - %s' % sp_name(c, s))
        pdf = A.make_pdf([('h', title), ('kv', [tuple(l.split(' : ', 1)) if ' : ' in l else tuple(l.split(': ', 1))
                                                 if ': ' in l else (l, '') for l in lines]),
                          c.t('Médecin référent : ', 'Referring physician: ') + gp.name(c.lang),
                          ('small', c.t('Formulaire AH-702 – version locale', 'Form AH-702 – local version'))],
                         title=title, author=gp.name(c.lang), letterhead=letterhead('gmf', c.lang))
        fn = c.pick(['demande_consult_%s.pdf' % c.rng.randrange(1000, 9999),
                     'Reference_%s.pdf' % fname(p.surname), 'scan_%d.pdf' % c.rng.randrange(100, 999)])
        atts.append(dict(name=fn, data=pdf))
        if 'Reference_' in fn:
            pass
        body = join(C.greeting(c.rng, c.lang), c.t(
            'Vous trouverez ci-joint une demande de consultation en %s pour une de mes patientes/patients. '
            'Merci de me confirmer la réception.' % sp_name(c, s),
            'Please find attached a %s referral for one of my patients. Kindly confirm receipt.' % sp_name(c, s)),
            C.closing(c.rng, c.lang), sig(c, gp))
        subj = c.pick([c.t('Demande de consultation %s' % sp_name(c, s), '%s referral' % sp_name(c, s).capitalize()),
                       c.t('Référence', 'Referral') + ' – ' + c.pname(p, 'last_first')])
    else:
        body = join(C.greeting(c.rng, c.lang, dest.name(c.lang)),
                    c.t('Je vous adresse la personne suivante, merci de la voir selon la priorité indiquée.',
                        'I would like to refer the following patient, please see according to priority.'),
                    '\n'.join(lines),
                    c.t('Elle/il est au courant de la référence. N\'hésitez pas à m\'écrire si des examens '
                        'supplémentaires sont requis.',
                        'The patient is aware of the referral. Let me know if you need any further work-up.'),
                    C.closing(c.rng, c.lang), sig(c, gp))
        subj = c.pick([c.t('Référence %s - %s' % (sp_name(c, s), p.name('title_sur', c.lang)),
                           '%s referral - %s' % (sp_name(c, s), p.name('title_sur', c.lang))),
                       c.t('Nouvelle référence %s' % sp_name(c, s), 'New %s referral' % sp_name(c, s))])
    return spec(c.lang, 'referral', 'GP referral to %s clinic' % s, c.types, who(gp, c.lang),
                [who(dest, c.lang)], subj, body, date=c.date, attachments=atts)


def p_consult_reply(c):
    s = c.pick(SPECS)
    p = c.pool.pick(AGES[s]) if c.chance(0.7) else C.invented_patient(c.rng, c.lang, AGES[s])
    sp = md_of(c, s)
    gp = md_of(c, 'gmf')
    nm = c.pname(p, c.pick(['title', 'full', 'title_sur']))
    ident = c.pick([lambda: c.dob(p), lambda: c.mrn(p)])()
    if p.nam and c.chance(0.7):
        ident += ', ' + c.nam_kv(p)
    dx = c.dx(s)
    lab = c.lab(s) if c.chance(0.7) else ''
    med = c.med(s)
    pl = plan(c, s)
    soc = None
    if c.chance(0.25):
        c.add('social_information')
        soc = c.pick([c.t('Vit seul(e) depuis le décès de son conjoint ; peu de soutien.', 'Lives alone since losing a spouse; little support.'),
                      c.t('Proche aidant(e) de son conjoint atteint d\'Alzheimer.', 'Caregiver for a spouse with Alzheimer\'s.'),
                      c.t('En arrêt de travail, revenu limité : le coût du traitement est un enjeu.', 'Off work with limited income; treatment cost is an issue.')])
    if c.fr:
        letter = [('Objet : %s (%s)' % (nm, ident)),
                  'Cher collègue,' if c.chance(0.5) else 'Chère consœur, cher confrère,',
                  'Merci de m\'avoir adressé %s, que j\'ai vu(e) en clinique le %s.' % (nm, C.fmt_date(c.date.date(), 'fr', c.rng, 2)),
                  'Histoire : %s.' % hist(c, s), soc,
                  ('Examen / investigation : %s.' % lab) if lab else None,
                  'Impression : %s.' % dx,
                  'Plan : %s. Je débute %s.' % (pl, med),
                  'Je la/le reverrai dans %d semaines.' % c.rng.randrange(3, 16)]
    else:
        letter = [('Re: %s (%s)' % (nm, ident)), 'Dear colleague,',
                  'Thank you for referring %s, whom I saw in clinic on %s.' % (nm, C.fmt_date(c.date.date(), 'en', c.rng, 1)),
                  'History: %s.' % hist(c, s), soc, ('Findings: %s.' % lab) if lab else None,
                  'Impression: %s.' % dx, 'Plan: %s. I started %s.' % (pl, med),
                  'I will see the patient again in %d weeks.' % c.rng.randrange(3, 16)]
    letter = [l for l in letter if l]
    atts = []
    if c.chance(0.5):
        docx = A.make_docx([('h', c.t('Lettre de consultation', 'Consultation letter'))] + letter +
                           [sp.name(c.lang) + '\n' + sp.role(c.lang)], title=c.t('Consultation', 'Consultation'),
                           author=sp.name(c.lang, False))
        atts.append(dict(name=c.pick(['consultation.docx', 'Lettre_%s.docx' % fname(p.surname),
                                      'consult_%s.docx' % c.date.strftime('%Y%m%d')]), data=docx))
        body = join(C.greeting(c.rng, c.lang, gp.name(c.lang)),
                    c.t('Ci-joint ma note de consultation pour votre patient(e). Bonne lecture.',
                        'Attached is my consultation note for your patient.'), C.closing(c.rng, c.lang), sig(c, sp))
    else:
        body = join(*letter, C.closing(c.rng, c.lang), sig(c, sp))
    subj = c.pick([c.t('Consultation %s' % sp_name(c, s), '%s consultation' % sp_name(c, s).capitalize()),
                   c.t('Note de consultation – %s', 'Consult note – %s') % p.name('sur_initial', c.lang)])
    if 'sur_initial' and p.surname in subj:
        c.add('patient_name')
    return spec(c.lang, 'consult_reply', '%s consultation letter to GP' % s, c.types, who(sp, c.lang),
                [who(gp, c.lang)], subj, body, date=c.date, attachments=atts, logo=c.chance(0.3))


def p_audiogram(c):
    p = c.pool.pick((3, 95)) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, (3, 95))
    aud = c.pick([C.staff_named('Desrosiers'), C.staff_named('Hollis')])
    ent = C.staff_named("O'Neill")
    freqs = [250, 500, 1000, 2000, 4000, 8000]
    base = c.rng.randrange(20, 55)
    od = [base + i * c.rng.randrange(2, 9) for i in range(6)]
    og = [v + c.rng.randrange(-5, 20) for v in od]
    rows = [['Hz'] + [str(f) for f in freqs], [c.t('OD (dB HL)', 'Right (dB HL)')] + [str(v) for v in od],
            [c.t('OG (dB HL)', 'Left (dB HL)')] + [str(v) for v in og]]
    c.add('lab_result')
    dx = c.dx('orl', c.pick([0, 2, 8]))
    kv = [(c.t('Nom', 'Name'), c.pname(p, 'LAST_comma')), (c.t('Date de naissance', 'Date of birth'), c.dob_bare(p)),
          (c.t('Dossier', 'Chart'), c.mrn_bare(p))]
    if p.nam and c.chance(0.6):
        kv.append(('NAM' if c.fr else 'RAMQ', c.nam(p, c.pick(['plain', 'spaced']))))
    pdf = A.make_pdf([('h', c.t('Évaluation audiologique', 'Audiological assessment')), ('kv', kv),
                      ('table', [90] + [60] * 6, rows),
                      c.t('Reconnaissance de la parole : ', 'Word recognition: ') + '%d %%' % c.rng.randrange(50, 96),
                      c.t('Conclusion : ', 'Conclusion: ') + dx,
                      c.t('Recommandation : appareillage bilatéral, IRM des CAI si asymétrie confirmée.',
                          'Recommendation: bilateral amplification; IAC MRI if asymmetry is confirmed.')],
                     title=c.t('Audiogramme', 'Audiogram'), author=aud.name(c.lang, False),
                     letterhead=letterhead('orl', c.lang))
    fn = c.pick(['audiogramme_%s.pdf' % c.date.strftime('%Y%m%d'), 'Audio_%s_%s.pdf' % (fname(p.surname), p.given[0]),
                 'audiogram.pdf'])
    if p.surname in fn:
        c.add('patient_name')
    body = join(C.greeting(c.rng, c.lang, ent.name(c.lang)),
                c.t('Voici l\'audiogramme de %s fait ce matin. ' % p.name('title_sur', 'fr') +
                    'Asymétrie de plus de 15 dB à 2 et 4 kHz, je te laisse voir pour l\'IRM.',
                    'Here is the audiogram for %s done this morning. ' % p.name('title_sur', 'en') +
                    'More than 15 dB asymmetry at 2 and 4 kHz, your call on the MRI.'),
                C.closing(c.rng, c.lang), sig(c, aud))
    c.add('patient_name')
    subj = c.pick([c.t('Audiogramme', 'Audiogram'), c.t('Audiogramme – asymétrie', 'Audiogram - asymmetry'),
                   c.t('Résultat audio', 'Audio results')])
    return spec(c.lang, 'audiogram', 'audiogram PDF sent to ENT', c.types, who(aud, c.lang), [who(ent, c.lang)],
                subj, body, date=c.date, attachments=[dict(name=fn, data=pdf)])


def p_biopsy_results(c):
    derm = md_of(c, 'derm')
    nurse = C.staff_named('Laflamme')
    n = c.rng.randrange(3, 7)
    pts = [c.pool.pick((20, 90)) if c.chance(0.4) else C.invented_patient(c.rng, c.lang, (20, 90)) for _ in range(n)]
    res_fr = ['carcinome basocellulaire superficiel', 'kératose séborrhéique', 'mélanome in situ',
              'carcinome épidermoïde in situ (Bowen)', 'nævus dysplasique, atypie modérée', 'dermatofibrome',
              'kératose actinique']
    res_en = ['superficial BCC', 'seborrheic keratosis', 'melanoma in situ', 'SCC in situ (Bowen)',
              'dysplastic naevus, moderate atypia', 'dermatofibroma', 'actinic keratosis']
    lines = []
    for p in pts:
        r = c.pick(res_fr if c.fr else res_en)
        site = c.pick([c.t('dos', 'back'), c.t('nez', 'nose'), c.t('jambe G', 'L leg'), c.t('joue D', 'R cheek'),
                       c.t('épaule', 'shoulder')])
        who_ = c.pname(p, c.pick(['last_first', 'LAST_comma', 'comma']))
        r_ = c.rng.random()
        ident = c.nam(p) if (p.nam and r_ < 0.4) else (c.mrn_bare(p) if r_ < 0.75 else c.dob_bare(p, 0))
        lines.append('- %s (%s) – %s : %s' % (who_, ident, site, r) if c.fr else
                     '- %s (%s) - %s: %s' % (who_, ident, site, r))
    c.add('lab_result', 'diagnosis')
    body = join(C.greeting(c.rng, c.lang, derm.given),
                c.t('Les résultats de patho de la semaine sont rentrés. Ceux à rappeler en priorité :',
                    'Path results for this week are in. Ones to call back first:'),
                '\n'.join(lines),
                c.t('Je fixe les rendez-vous pour les exérèses sauf avis contraire.',
                    'I will book the excisions unless you say otherwise.'),
                C.closing(c.rng, c.lang), sig(c, nurse))
    subj = c.pick([c.t('Résultats biopsies semaine %d' % c.date.isocalendar()[1], 'Biopsy results week %d' % c.date.isocalendar()[1]),
                   c.t('Pathos à rappeler', 'Path results to call back')])
    return spec(c.lang, 'biopsy_results', 'derm pathology results call-back list', c.types, who(nurse, c.lang),
                [who(derm, c.lang)], subj, body, date=c.date)


def p_oral_surgery_booking(c):
    p = c.pool.pick((16, 85))
    surg = C.staff_named('Kaplan')
    clerk = C.staff_named('Dion')
    dx = c.dx('dent')
    pl = plan(c, 'dent')
    parts = [c.pname(p, c.pick(['full', 'title', 'LAST_comma'])), c.dob(p), c.nam_kv(p)]
    extra = []
    if c.chance(0.6):
        extra.append(c.t('Anticoagulé : warfarine, INR %0.1f ce matin', 'Anticoagulated: warfarin, INR %0.1f this morning')
                     % (c.rng.randrange(18, 34) / 10))
        c.add('medication', 'lab_result')
    if c.chance(0.5):
        extra.append(c.t('Joindre au ', 'Reach at ') + c.phone(p, cell=True) + c.t(' (cellulaire, laisser message)', ' (cell, OK to leave message)'))
    when = C.later(c.date, c.rng, 7, 40)
    body = join(C.greeting(c.rng, c.lang, clerk.given),
                c.t('Pourriez-vous réserver une plage au bloc de chirurgie d\'un jour pour :',
                    'Could you book a day-surgery OR slot for:'),
                '\n'.join(parts),
                c.t('Diagnostic : %s\nIntervention : %s\nDurée prévue : %d min, anesthésie : %s' % (
                    dx, pl, c.rng.choice([45, 60, 90]), c.pick(['sédation IV', 'générale', 'locale'])),
                    'Diagnosis: %s\nProcedure: %s\nEstimated time: %d min, anaesthesia: %s' % (
                    dx, pl, c.rng.choice([45, 60, 90]), c.pick(['IV sedation', 'general', 'local']))),
                '\n'.join(extra) if extra else None,
                c.t('Idéalement le %s en avant-midi.', 'Ideally %s in the morning.') % C.day(when, c.lang),
                C.closing(c.rng, c.lang), sig(c, surg))
    subj = c.pick([c.t('Réservation bloc – chirurgie buccale', 'OR booking - oral surgery'),
                   c.t('Bloc %s', 'OR %s') % when.isoformat(),
                   c.t('Demande de bloc pour %s', 'OR request for %s') % p.name('title_sur', c.lang)])
    return spec(c.lang, 'or_booking', 'oral surgery OR booking request', c.types, who(surg, c.lang),
                [who(clerk, c.lang)], subj, body, date=c.date, priority=c.chance(0.3))


def p_allergy_plan(c):
    p = c.pool.pick((1, 17)) if c.chance(0.6) else C.invented_patient(c.rng, c.lang, (2, 16))
    al = md_of(c, 'allergie')
    nurse = C.staff_named('Vézina')
    parent_email = '%s.parent%d@%s' % (C._slug(p.surname), c.rng.randrange(10, 99), c.pick(C.PERSONAL_DOMAINS))
    dx = c.dx('allergie', c.pick([0, 7, 4]))
    c.add('medication')
    kg = min(60, 9 + 3 * p.age())
    med = c.t('épinéphrine auto-injecteur 0,15 mg (EpiPen Jr)', 'EpiPen Jr 0.15 mg') if kg < 25 else \
        c.t('épinéphrine auto-injecteur 0,3 mg (EpiPen)', 'epinephrine auto-injector 0.3 mg (EpiPen)')
    blocks = [('h', c.t("Plan d'urgence – anaphylaxie", 'Anaphylaxis emergency plan')),
              ('kv', [(c.t('Enfant', 'Child'), c.pname(p, 'full')), (c.t('Date de naissance', 'Birth date'), c.dob_bare(p)),
                      (c.t('Allergie', 'Allergy'), dx), (c.t('Médicament', 'Medication'), med),
                      (c.t('Poids', 'Weight'), '%d kg' % kg)]),
              c.t('Si difficulté respiratoire, vomissements, urticaire généralisée : ÉPINÉPHRINE immédiatement, '
                  'appeler le 911.', 'If trouble breathing, vomiting, widespread hives: give EPINEPHRINE right away and '
                  'call 911.')]
    if c.chance(0.5):
        blocks.append(c.t('Résultat : ', 'Result: ') + c.lab('allergie'))
    if c.chance(0.5):
        data = A.make_docx(blocks, title='Plan', author=al.name(c.lang, False))
        att = dict(name=c.pick(['Plan_anaphylaxie_%s.docx' % fname(p.given), 'plan_urgence.docx',
                                'Anaphylaxis_plan_%s.docx' % fname(p.surname)]), data=data)
    else:
        data = A.make_pdf(blocks, title='Plan', author=al.name(c.lang, False), letterhead=letterhead('allergie', c.lang))
        att = dict(name=c.pick(['plan_anaphylaxie.pdf', 'Anaphylaxis_action_plan.pdf']), data=data)
    if p.surname in att['name'] or p.given in att['name']:
        c.add('patient_name')
    body = join(C.greeting(c.rng, c.lang),
                c.t('Comme convenu lors de la visite de %s, voici son plan d\'urgence signé par %s à remettre à '
                    'l\'école et au service de garde. Pensez à vérifier la date d\'expiration des auto-injecteurs.'
                    % (p.given, al.name('fr')),
                    'As discussed at %s\'s visit, here is the emergency plan signed by %s for the school and the '
                    'daycare. Please check the expiry date on the auto-injectors.' % (p.given, al.name('en'))),
                C.closing(c.rng, c.lang), sig(c, nurse))
    subj = c.pick([c.t('Plan d\'urgence allergie', 'Allergy emergency plan'),
                   c.t('Plan anaphylaxie – %s' % p.given, 'Anaphylaxis plan - %s' % p.given)])
    return spec(c.lang, 'allergy_plan', 'child anaphylaxis plan to parent', c.types, who(nurse, c.lang),
                [(c.t('Parent de %s', 'Parent of %s') % p.given, parent_email)], subj, body, date=c.date,
                attachments=[att])


def p_pharmacy_question(c):
    s = c.pick(['derm', 'derm', 'ophtalmo', 'allergie', 'orl'])
    p = c.pool.pick(AGES[s]) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, AGES[s])
    ph = C.staff_named('Laroche')
    md = md_of(c, s)
    med = c.med(s)
    iso = 'isotr' in med and p.sex == 'F'
    q_fr = 'Le dernier test de grossesse date de plus de 30 jours, on ne peut pas servir.' if iso else c.pick(['La dose me semble élevée pour son poids, pouvez-vous confirmer ?',
                   'Le patient prend aussi de la warfarine, on ajuste ?',
                   'Le formulaire de médicament d\'exception RAMQ n\'est pas joint.'])
    q_en = 'Last pregnancy test is more than 30 days old, we cannot dispense.' if iso else c.pick(['The dose looks high for the weight, can you confirm?',
                   'Patient is also on warfarin - do we adjust?',
                   'The RAMQ exceptional-medication form was not included.'])
    ident = c.dob(p) if c.chance(0.6) else c.mrn(p)
    if p.nam and c.chance(0.6):
        ident += ' / ' + c.nam_kv(p)
    body = join(C.greeting(c.rng, c.lang, md.name(c.lang)),
                c.t('Question concernant l\'ordonnance de %s (%s) :' % (c.pname(p, c.pick(['full', 'title', 'last_first'])), ident),
                    'Question about the prescription for %s (%s):' % (c.pname(p, c.pick(['full', 'title', 'last_first'])), ident)),
                '%s\n%s' % (med, q_fr if c.fr else q_en),
                c.t('Merci de me rappeler au poste %s ou de répondre à ce courriel.' % ph.ext,
                    'Please call me back at ext. %s or reply to this e-mail.' % ph.ext),
                sig(c, ph))
    subj = c.pick([c.t('Question ordonnance', 'Prescription question'),
                   c.t('Rx %s – à clarifier', 'Rx %s - needs clarification') % med.split(' ')[0]])
    return spec(c.lang, 'pharmacy_question', 'pharmacist question on a prescription', c.types, who(ph, c.lang),
                [who(md, c.lang)], subj, body, date=c.date)


def p_patient_mail_fwd(c):
    s = c.pick(SPECS)
    p = c.pool.pick(AGES[s]) if c.chance(0.6) else C.invented_patient(c.rng, c.lang, (18, 85))
    clerk = clerk_of(c, s)
    md = md_of(c, s)
    sym = {'ophtalmo': ('mon œil droit voit embrouillé depuis l\'injection et j\'ai des éclairs',
                        'my right eye has been blurry since the injection and I see flashes'),
           'orl': ('j\'ai encore des vertiges et mon oreille gauche coule depuis la chirurgie',
                   'I still have dizzy spells and my left ear is draining since the surgery'),
           'derm': ('la crème ne fonctionne pas, les plaques sont revenues sur mes coudes et mon cuir chevelu',
                    'the cream is not working, the plaques are back on my elbows and scalp'),
           'dent': ('ma joue est enflée et j\'ai de la fièvre depuis l\'extraction de mercredi',
                    'my cheek is swollen and I have a fever since Wednesday\'s extraction'),
           'allergie': ('j\'ai fait des plaques et ma gorge a serré après le souper, j\'ai pris mon EpiPen',
                        'I broke out in hives and my throat got tight after supper, I used my EpiPen')}[s]
    c.add('diagnosis')
    if s == 'allergie':
        c.add('medication')
    sign_name = c.pname(p, c.pick(['full', 'full', 'lower', 'UPPER']))
    pm = [c.t('Bonjour,', 'Hello,'),
          c.t('Je vous écris parce que %s. Est-ce normal ? Je ne veux pas aller à l\'urgence pour rien.' % sym[0],
              'I am writing because %s. Is this normal? I don\'t want to go to the ER for nothing.' % sym[1])]
    if c.chance(0.35):
        c.add('social_information')
        pm.append(c.pick([c.t('Je n\'ai plus d\'auto depuis que j\'ai perdu mon emploi et je suis sur l\'aide sociale, '
                               'c\'est difficile de me rendre à la clinique.',
                               'I lost my job and my car and I am on welfare now, so it is hard to get to the clinic.'),
                          c.t('Je suis proche aidante de ma mère et je ne peux pas la laisser seule longtemps.',
                              'I am the caregiver for my mother and cannot leave her alone for long.'),
                          c.t('Depuis ma séparation je demeure chez ma sœur, l\'adresse au dossier n\'est plus bonne.',
                              'Since my separation I am staying at my sister\'s, the address on file is no longer valid.')]))
    if p.nam and c.chance(0.7):
        pm.append(c.t('Mon numéro d\'assurance maladie : ', 'My health card number: ') + c.nam(p))
    if c.chance(0.7):
        pm.append(c.t('Vous pouvez me rejoindre au ', 'You can reach me at ') + c.phone(p, cell=True))
    pm.append(c.t('Merci', 'Thank you') + '\n' + sign_name)
    ptext = '\n\n'.join(pm)
    when = c.date - dt.timedelta(hours=c.rng.randrange(2, 40))
    psubj = c.pick([c.t('question', 'question'), c.t('suivi', 'follow up'), c.t('URGENT svp', 'please help'),
                    c.t('rendez-vous', 'appointment')])
    q = quote(c, p.full(), p.email, when, psubj, ptext, to=C.CLINICS[s]['dom'], style=c.pick([0, 3]))
    if p.email.split('@')[0] and c.chance(1):
        c.add('patient_contact')
    body = join(C.greeting(c.rng, c.lang, md.name(c.lang)),
                c.t('Message reçu sur la boîte générale ce matin, je ne sais pas quoi lui répondre. Pouvez-vous '
                    'regarder ?', 'This came in on the general inbox this morning, not sure how to answer. '
                    'Could you have a look?'),
                sig(c, clerk), q)
    return spec(c.lang, 'patient_mail_fwd', 'patient e-mail forwarded inline to physician', c.types,
                who(clerk, c.lang), [who(md, c.lang)], fw_(c, psubj), body, date=c.date)


def p_reply_quoted(c):
    s = c.pick(SPECS)
    p = c.pool.pick(AGES[s]) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, AGES[s])
    a = md_of(c, s)
    b = C.staff_by(clinical=True, org=c.pick(['hosp', 'gmf', s]), rng=c.rng, exclude=[a])
    dx = c.dx(s)
    ident = c.pick([lambda: c.mrn(p), lambda: c.dob(p), lambda: c.nam_kv(p) if p.nam else c.mrn(p)])()
    orig = join(C.greeting(c.rng, c.lang, a.given),
                c.t('Petite question pour %s (%s), vu(e) la semaine dernière pour %s. %s Est-ce qu\'on devance son '
                    'rendez-vous ?' % (c.pname(p, c.pick(['title', 'full', 'initial_title'])), ident, dx, hist(c, s)[0].upper() + hist(c, s)[1:] + '.'),
                    'Quick question about %s (%s), seen last week for %s. %s Should we move the appointment up?' % (
                        c.pname(p, c.pick(['title', 'full', 'initial_title'])), ident, dx, hist(c, s)[0].upper() + hist(c, s)[1:] + '.')),
                b.given)
    osubj = c.pick([c.t('Question patient', 'Patient question'), c.t('Suivi', 'Follow-up'),
                    c.t('RDV à devancer ?', 'Move appt up?')])
    short = c.pick([c.t('Oui, mets-la/le dans ma plage urgente de jeudi.', 'Yes, put them in my urgent slot on Thursday.'),
                    c.t('Ok, je m\'en occupe.', 'OK, will do.'), c.t('Vu. Pas nécessaire, on garde la date.', 'Seen. Not needed, keep the date.'),
                    c.t('Oui svp. Merci !', 'Yes please, thanks!')])
    body = join(short, a.given if c.chance(0.5) else sig(c, a),
                quote(c, b.name(c.lang), b.email, c.date - dt.timedelta(hours=c.rng.randrange(1, 30)), osubj, orig,
                      to=a.name(c.lang)))
    return spec(c.lang, 'reply_quoted', 'short reply, patient details only in quoted history', c.types,
                who(a, c.lang), [who(b, c.lang)], re_(c, osubj), body, date=c.date, reply=True)


def p_subject_only(c):
    s = c.pick(SPECS + ['imagerie'])
    p = c.pool.pick(AGES.get(s, (18, 90))) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, (18, 90))
    if s == 'imagerie':
        a = C.staff_named(c.pick(['Trudel', 'Boisvert', 'Gendron']))
        b = C.staff_by(clinical=True, md=True, rng=c.rng)
    else:
        a = C.staff_by(clinical=True, org=s, rng=c.rng)
        b = C.staff_by(clinical=True, org=c.pick([s, 'hosp', 'gmf']), rng=c.rng, exclude=[a])
    style = c.pick(['last_first', 'title_sur', 'lower', 'LAST_comma', 'initial', 'full'])
    nm = c.nam(p, c.pick(['plain', 'spaced'])) if (p.nam and c.chance(0.35)) else c.pname(p, style)
    if s == 'imagerie':
        e = c.exam(sex=p.sex)
        c.add('diagnosis')
        what = c.pick([c.t('%s – annulée, à reprendre (%s)' % (e['name'], e['ind']), '%s cancelled, rebook (%s)' % (e['name'], e['ind']))])
    else:
        what = c.dx(s)
        if c.chance(0.4):
            what += ' – ' + c.med(s).split(' (')[0]
    subj = c.pick(['%s – %s', '%s : %s', '%s / %s', '%s (%s)']) % (nm, what) if c.chance(0.7) else '%s – %s' % (what, nm)
    body = c.pick([c.t('Voir objet. Merci !', 'See subject. Thanks!'), c.t('Pour info.', 'FYI.'),
                   c.t('Peux-tu me rappeler à ce sujet quand tu as deux minutes ?', 'Can you call me about this when you have a minute?'),
                   c.t('Je te laisse gérer, je suis en congé demain.', 'Leaving this with you, I\'m off tomorrow.'),
                   c.t('Dossier sur ton bureau.', 'Chart is on your desk.')])
    body = join(body, a.given if c.chance(0.6) else sig(c, a))
    return spec(c.lang, 'subject_only', 'patient and problem only in the Subject header', c.types, who(a, c.lang),
                [who(b, c.lang)], subj, body, date=c.date)


def p_filename_only(c):
    s = c.pick(SPECS + ['imagerie'])
    p = c.pool.pick(AGES.get(s, (18, 90))) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, (18, 90))
    a = C.staff_by(clinical=True, org=s if s != 'imagerie' else 'imagerie', rng=c.rng)
    b = C.staff_by(clinical=True, rng=c.rng, exclude=[a])
    kind = c.pick(['photo', 'scan', 'scan', 'zip'])
    use_nam = bool(p.nam) and c.chance(0.45)
    if use_nam:
        c.add('ramq_nam')
    else:
        c.add('patient_name')
    topic = {'ophtalmo': c.t('photo_fond_oeil_DMLA', 'fundus_photo_wet_AMD'),
             'orl': c.t('otoscopie_cholesteatome', 'otoscopy_cholesteatoma'),
             'derm': c.t('lesion_melanome_dos', 'melanoma_lesion_back'),
             'dent': c.t('panoramique_osteonecrose', 'panorex_osteonecrosis_jaw'),
             'allergie': c.t('tests_cutanes_arachide_positif', 'skin_tests_peanut_positive'),
             'imagerie': c.t('IRM_cerebrale_SEP', 'MRI_brain_MS')}[s]
    c.add('diagnosis')
    if kind == 'photo':
        pn = '%s_%s' % (fname(p.surname), fname(p.given)) if c.chance(0.5) else '%s.%s' % (p.given[0], fname(p.surname))
        fn = '%s_%s.png' % (p.nam if use_nam else pn, topic)
        att = dict(name=fn, data=A.make_png(64, 48, c.rng.randrange(1000)))
    elif kind == 'scan':
        pn = c.pick(['%s %s' % (p.surname.upper(), p.given), '%s_%s' % (fname(p.surname), fname(p.given)),
                     '%s, %s' % (p.surname, p.given)])
        fn = '%s - %s.pdf' % (C.fmt_nam(p.nam, c.rng, 'spaced') if use_nam else pn, topic.replace('_', ' '))
        att = dict(name=fn, data=A.make_scanned_pdf(c.rng.randrange(1000), pages=c.rng.randrange(1, 3)))
    else:
        fn = ('%s_%s.zip' % (p.nam, topic)) if use_nam else '%s_%s_%s.zip' % (fname(p.surname), fname(p.given), topic)
        inner = [('IMG_%04d.png' % (i + c.rng.randrange(1000)), A.make_png(32, 32, i)) for i in range(2)]
        att = dict(name=fn, data=A.make_zip(inner))
    body = join(C.greeting(c.rng, c.lang, b.given),
                c.pick([c.t('Ci-joint comme demandé.', 'Attached as requested.'), c.t('Voici le document numérisé.', 'Here is the scanned document.'),
                        c.t('En pièce jointe. Bonne journée', 'See attachment. Have a good day'), '']),
                a.given if c.chance(0.5) else sig(c, a))
    subj = c.pick([c.t('Document', 'Document'), c.t('Numérisation', 'Scan'), c.t('pièce jointe', 'attachment'),
                   c.t('Photos', 'Photos'), 'Scan to e-mail'])
    return spec(c.lang, 'filename_only', 'identity and problem only in the attachment file name', c.types,
                who(a, c.lang), [who(b, c.lang)], subj, body, date=c.date, attachments=[att])


def p_day_list(c):
    kind = c.pick(['or', 'clinic', 'signout'])
    n = c.rng.randrange(4, 9)
    pts = []
    for i in range(n):
        pts.append(c.pool.pick((2, 90)) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, (2, 90)))
    s0 = c.pick(SPECS)
    s_list = [s0 if kind == 'clinic' else c.pick(SPECS) for _ in pts]
    a = C.staff_named(c.pick(['Dion', 'McKenna', 'Dion']))
    b = C.staff_by(clinical=True, md=True, rng=c.rng) if kind != 'or' else C.staff_named(c.pick(['Kaplan', "O'Neill", 'Weiss']))
    hdr = {'or': c.t(['Heure', 'Salle', 'Patient', 'Dossier', 'Intervention'], ['Time', 'Room', 'Patient', 'Chart', 'Procedure']),
           'clinic': c.t(['Heure', 'Patient', 'DDN', 'NAM', 'Motif'], ['Time', 'Patient', 'DOB', 'RAMQ', 'Reason']),
           'signout': c.t(['Lit', 'Patient', 'Problème', 'À faire'], ['Bed', 'Patient', 'Problem', 'To do'])}[kind]
    rows = [hdr]
    for i, (p, s) in enumerate(zip(pts, s_list)):
        nm = c.pname(p, c.pick(['LAST_comma', 'last_first', 'comma', 'title_sur']))
        if kind == 'or':
            rows.append(['%02d:%02d' % (7 + i, c.pick([30, 0, 45])), 'S%d' % c.rng.randrange(1, 6), nm, c.mrn_bare(p),
                         c.pick(OR_PROCS[c.lang])])
            c.add('diagnosis')
        elif kind == 'clinic':
            c.new_case(s)
            rows.append(['%02d:%02d' % (8 + i // 2, 30 * (i % 2)), nm, c.dob_bare(p, 0),
                         c.nam(p, 'plain') if p.nam else '', c.dx(s)])
        else:
            c.new_case(s)
            rows.append(['%d-%s' % (c.rng.randrange(201, 340), c.pick('ABCD')), nm, c.dx(s),
                         c.pick([c.t('revoir pansement', 'check dressing'), c.t('suivi douleur', 'pain follow-up'),
                                 c.t('congé si stable', 'discharge if stable'), c.t('résultat culture', 'culture result'),
                                 c.t('antibio IV jour 3', 'IV abx day 3'),
                                 c.t('TS : retour à domicile impossible, vit seul(e)', 'SW: cannot go home, lives alone'),
                                 c.t('DPJ avisée, visite supervisée', 'DYP notified, supervised visits')])])
            if 'TS' in rows[-1][-1] or 'SW' in rows[-1][-1] or 'DPJ' in rows[-1][-1] or 'DYP' in rows[-1][-1]:
                c.add('social_information')
    title = {'or': c.t('Programme opératoire', 'OR schedule'), 'clinic': c.t('Liste de clinique', 'Clinic list'),
             'signout': c.t('Liste de relève', 'Sign-out list')}[kind]
    when = C.later(c.date, c.rng, 1, 3)
    atts = []
    fmt = c.pick(['body', 'xlsx', 'pdf'])
    if fmt == 'body':
        table = '\n'.join(' | '.join(str(x) for x in r) for r in rows)
        content = table
    else:
        content = c.t('Voir la liste ci-jointe.', 'See attached list.')
        if fmt == 'xlsx':
            atts.append(dict(name='%s_%s.xlsx' % (fname(title), when.isoformat()),
                             data=A.make_xlsx([(title, rows)], author=a.name(c.lang, False))))
        else:
            atts.append(dict(name='%s_%s.pdf' % (fname(title), when.strftime('%Y%m%d')),
                             data=A.make_pdf([('h', '%s – %s' % (title, when.isoformat())),
                                              ('table', {'or': [60, 50, 140, 80, 200], 'clinic': [50, 140, 80, 90, 170], 'signout': [60, 150, 170, 150]}[kind], rows)],
                                             title=title, author=a.name(c.lang, False), letterhead=letterhead('hosp', c.lang))))
    body = join(C.greeting(c.rng, c.lang), c.t('%s pour %s :' % (title, C.day(when, 'fr')), '%s for %s:' % (title, C.day(when, 'en'))),
                content, C.closing(c.rng, c.lang), sig(c, a))
    subj = '%s %s' % (title, when.strftime('%d/%m') if c.fr else when.strftime('%b %d'))
    return spec(c.lang, 'roster', 'patient roster (%s) in %s' % (kind, fmt), c.types, who(a, c.lang),
                [who(b, c.lang)] + ([who(C.staff_by(clinical=True, md=False, rng=c.rng, exclude=[a, b]), c.lang)] if c.chance(0.5) else []),
                subj, body, date=c.date, attachments=atts)


def p_ics_appointment(c):
    s = c.pick(SPECS + ['imagerie'])
    p = c.pool.pick(AGES.get(s, (18, 90))) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, (18, 90))
    org = s if s != 'imagerie' else 'imagerie'
    md = md_of(c, org) if s != 'imagerie' else C.staff_named('Marchand')
    clerk = clerk_of(c, org) if s != 'imagerie' else C.staff_named('Trudel')
    when = C.later(c.date, c.rng, 3, 45)
    start = dt.datetime(when.year, when.month, when.day, c.rng.randrange(8, 16), c.pick([0, 15, 30, 45]))
    if s == 'imagerie':
        e = c.exam(sex=p.sex)
        what = e['name']
        desc = c.t('Indication : %s', 'Indication: %s') % e['ind']
        c.add('diagnosis')
    else:
        what = plan(c, s)
        desc = c.dx(s)
    nm = c.pname(p, c.pick(['last_first', 'full', 'LAST_comma', 'title_sur']))
    summary = '%s – %s' % (nm, what)
    if c.chance(0.5):
        desc += '\n' + (c.t('Tél. patient : ', 'Patient phone: ') + c.phone(p))
    if p.nam and c.chance(0.6):
        desc += '\n' + c.nam_kv(p)
    ics = A.make_ics([dict(uid='%08x-%04x@%s' % (c.rng.getrandbits(32), c.rng.getrandbits(16), C.CLINICS[org]['dom']),
                           stamp=c.date.replace(tzinfo=None), start=start, end=start + dt.timedelta(minutes=c.pick([30, 45, 60])),
                           summary=summary, location=C.CLINICS[org][c.lang], description=desc,
                           organizer=(clerk.name(c.lang, False), clerk.email), attendees=[(md.name(c.lang), md.email)])])
    body = join(c.t('Rendez-vous ajouté à votre agenda.', 'Appointment added to your calendar.'),
                c.pick(['', c.t('Quand : ', 'When: ') + '%s %s' % (C.day(when, c.lang), start.strftime('%H:%M'))]),
                clerk.given)
    subj = c.pick([c.t('Invitation : ', 'Invitation: ') + summary, c.t('Rendez-vous', 'Appointment') + ' ' + when.isoformat()])
    return spec(c.lang, 'calendar', 'calendar invitation for a patient appointment', c.types, who(clerk, c.lang),
                [who(md, c.lang)], subj, body, date=c.date,
                attachments=[dict(name=c.pick(['invite.ics', 'rendez-vous.ics', 'meeting.ics']), text=ics.decode('utf-8'))])


def p_vcard_patient(c):
    p = c.pool.pick((60, 95)) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, (60, 95))
    a = C.staff_by(clinical=True, org=c.pick(['ophtalmo', 'orl', 'imagerie']), rng=c.rng)
    b = C.staff_named(c.pick(['Trudel', 'Lapierre', 'Boisvert', 'Côté']))
    c.add('patient_name', 'patient_contact')
    note = c.pick([c.t('Malentendant, appeler la fille (%s)', 'Hard of hearing - call daughter (%s)'),
                   c.t('Aveugle légale, besoin d\'accompagnement (%s)', 'Legally blind, needs escort (%s)'),
                   c.t('Patiente transport adapté - cataracte OD le %s', 'Paratransit patient - R cataract on %s')])
    if '%s' in note:
        if 'cataract' in note:
            note = note % C.later(c.date, c.rng).isoformat()
        else:
            note = note % C.fmt_phone(C.gen_phone(c.rng), c.rng)
    c.add('diagnosis')
    card = dict(given=p.given, surname=p.surname, tel_home=p.phone, tel_cell=p.cell if c.chance(0.5) else None,
                adr_home=p.address, email=p.email if c.chance(0.5) else None, note=note)
    if c.chance(0.4):
        card['bday'] = p.dob.isoformat()
        c.add('date_of_birth')
    vcf = A.make_vcard([card])
    body = join(C.greeting(c.rng, c.lang, b.given),
                c.t('Je t\'envoie la fiche contact de la patiente/du patient pour organiser le transport.',
                    'Sending you the patient\'s contact card so you can set up transport.'),
                a.given)
    fn = c.pick(['%s %s.vcf' % (p.given, p.surname), 'contact.vcf', '%s.vcf' % fname(p.surname)])
    subj = c.pick([c.t('Coordonnées patient', 'Patient contact'), c.t('Transport', 'Transport')])
    return spec(c.lang, 'vcard', 'patient vCard with home contact', c.types, who(a, c.lang), [who(b, c.lang)], subj, body,
                date=c.date, attachments=[dict(name=fn, text=vcf.decode('utf-8'))])


def p_discharge_summary(c):
    s = c.pick(['dent', 'orl', 'ophtalmo'])
    p = c.pool.pick(AGES[s]) if c.chance(0.6) else C.invented_patient(c.rng, c.lang, AGES[s])
    md = md_of(c, s)
    gp = md_of(c, 'gmf')
    adm = C.later(c.date - dt.timedelta(days=10), c.rng, 0, 6)
    blocks = [('h', c.t('Résumé de congé – chirurgie d\'un jour', 'Discharge summary - day surgery')),
              ('kv', [(c.t('Patient', 'Patient'), c.pname(p, 'LAST_comma')), (c.t('Dossier', 'MRN'), c.mrn_bare(p)),
                      (c.t('Naissance', 'DOB'), c.dob_bare(p)), (c.t('Admission', 'Admitted'), adm.isoformat())]),
              c.t('Diagnostic : ', 'Diagnosis: ') + c.dx(s, c.pick({'dent': [0, 1, 2, 4, 5], 'orl': [1, 4, 6, 7],
                                                                    'ophtalmo': [0, 4, 5]}[s])),
              c.t('Intervention : ', 'Procedure: ') + plan(c, s),
              c.t('Évolution : sans complication. Douleur contrôlée.', 'Course: uncomplicated. Pain controlled.'),
              c.t('Médication au congé : ', 'Discharge meds: ') + '; '.join(dict.fromkeys([c.med(s), c.med(s)])),
              c.t('Suivi : clinique externe dans 2 semaines.', 'Follow-up: outpatient clinic in 2 weeks.')]
    if p.nam and c.chance(0.7):
        blocks[1][1].append((c.t('NAM', 'RAMQ'), c.nam(p)))
    data = A.make_docx(blocks, title=c.t('Résumé de congé', 'Discharge summary'), author=md.name(c.lang, False))
    fn = c.pick(['resume_conge.docx', 'Discharge_%s.docx' % adm.strftime('%Y%m%d'), 'RC_%s.docx' % fname(p.surname)])
    if p.surname in fn:
        c.add('patient_name')
    body = join(C.greeting(c.rng, c.lang, gp.name(c.lang)),
                c.t('Veuillez trouver le résumé de congé de votre patient(e) opéré(e) chez nous.',
                    'Please find attached the discharge summary for your patient who had surgery with us.'),
                C.closing(c.rng, c.lang), sig(c, md))
    subj = c.pick([c.t('Résumé de congé', 'Discharge summary'), c.t('Congé CDJ', 'Day surgery discharge')])
    return spec(c.lang, 'discharge_summary', 'discharge summary DOCX', c.types, who(md, c.lang), [who(gp, c.lang)], subj,
                body, date=c.date, attachments=[dict(name=fn, data=data)])


TEMPLATES = [p_referral, p_consult_reply, p_audiogram, p_biopsy_results, p_oral_surgery_booking, p_allergy_plan,
             p_pharmacy_question, p_patient_mail_fwd, p_reply_quoted, p_subject_only, p_filename_only, p_day_list,
             p_ics_appointment, p_vcard_patient, p_discharge_summary]
