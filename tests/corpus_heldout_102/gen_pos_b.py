"""Positive messages, part B: IBD, hepatology, patient mail, replies, subject/file-name leaks."""
import gen_docs as D
import gen_ids as I
from gen_common import signature, transport, quote, orig_header, on_wrote
from gen_pos_a import P, addr, hm, hm_en, PATH, INDIC


# ------------------------------------------------------------------ 11. IBD clinic
def p_ibd(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    use_nam = c.chance(0.4)
    p = c.holder(18, 70) if use_nam else c.patient(lo=1960, hi=2004)
    md = c.staff(lang=lang)
    rn = c.staff(role='rn', lang=lang, site=md['site'])
    nm = I.name_forms(p, lang, rng, c.pick('full', 'upper_last', 'initial', 'lower', 'title', 'comma'))
    cal = rng.choice([42, 180, 612, 1250, 2100])
    lvl = rng.choice(['1,8', '3,2', '<0,4', '7,5'])
    ab = rng.choice(['négatifs', 'positifs (112 ng/mL)'])
    dx = rng.choice([('maladie de Crohn iléo-colique', "ileocolonic Crohn's disease"), ('colite ulcéreuse gauche', 'left-sided ulcerative colitis'),
                     ('Crohn périanal avec fistule', "perianal fistulising Crohn's"), ('pochite chronique', 'chronic pouchitis')])
    drug = rng.choice([('infliximab 5 mg/kg q8 sem', 'infliximab 5 mg/kg q8w'), ('adalimumab 40 mg q2 sem', 'adalimumab 40 mg q2w'),
                       ('védolizumab 300 mg IV q8 sem', 'vedolizumab 300 mg IV q8w'), ('ustékinumab 90 mg SC q8 sem', 'ustekinumab 90 mg SC q8w'),
                       ('mésalamine 4,8 g die', 'mesalamine 4.8 g daily')])
    idl = ''
    types = ['patient_name', 'diagnosis', 'medication']
    if use_nam:
        idl = ' (NAM %s)' % I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES))
        types.append('ramq_nam')
    elif c.chance(0.5):
        idl = ' (dossier %s)' % I.mrn(rng) if lang == 'fr' else ' (MRN %s)' % I.mrn(rng)
        types.append('mrn')
    v = rng.randrange(3)
    if v == 0:
        types.append('lab_result')
        if lang == 'fr':
            subj = c.pick('Dosage infliximab — %s' % p['surname'], 'Résultats MII', 'Calpro + niveau résiduel', 'Clinique MII: suivi')
            body = ['Bonjour %s %s,' % (md['dr'], md['surname']), '',
                    'Résultats reçus pour %s%s, %s sous %s :' % (nm, idl, dx[0], drug[0]),
                    '- calprotectine fécale : %d µg/g' % cal, '- niveau résiduel : %s µg/mL, anticorps %s' % (lvl, ab),
                    '- CRP 14, albumine 31', '',
                    c.pick('Voulez-vous qu\'on raccourcisse l\'intervalle à q6 semaines?', 'Je lui ai dit qu\'on %s rappellerait cette semaine.' % ('la' if p['sex'] == 'F' else 'le'),
                           '%s rapporte 6 selles/jour avec sang depuis 10 jours.' % ('Elle' if p['sex'] == 'F' else 'Il'),
                           '%s aimerait discuter d\'un changement de traitement.' % ('Elle' if p['sex'] == 'F' else 'Il'))]
        else:
            subj = c.pick('IFX level - %s' % p['surname'], 'IBD results', 'Calpro + trough', 'IBD clinic follow-up')
            body = ['Hi Dr. %s,' % md['surname'], '',
                    'Results in for %s%s, %s on %s:' % (nm, idl, dx[1], drug[1]),
                    '- faecal calprotectin: %d µg/g' % cal, '- trough level: %s µg/mL, antibodies %s' % (lvl.replace(',', '.'), 'negative' if ab == 'négatifs' else 'positive (112 ng/mL)'),
                    '- CRP 14, albumin 31', '',
                    c.pick('Do you want to shorten the interval to q6 weeks?', 'I told the patient we would call back this week.',
                           'Reports 6 bloody stools/day for 10 days.', 'Would like to discuss switching therapy.')]
        frm, to = rn, md
    elif v == 1:
        types.append('date_of_birth')
        if lang == 'fr':
            subj = c.pick('Demande d\'autorisation — médicament d\'exception', 'Formulaire RAMQ patient d\'exception', 'Programme de soutien: inscription')
            body = ['Bonjour,', '', 'Veuillez trouver la demande pour %s%s, né%s le %s.' % (nm, idl, 'e' if p['sex'] == 'F' else '', I.dob_fmt(p['dob'], rng)),
                    'Diagnostic : %s. Échec antérieur : %s.' % (dx[0], c.pick('azathioprine (pancréatite)', 'adalimumab (perte de réponse)', 'corticodépendance')),
                    'Traitement demandé : %s.' % drug[0], '', 'Merci de confirmer la réception.']
        else:
            subj = c.pick('Special authorization request', 'Exception drug form', 'Patient support program enrolment')
            body = ['Hello,', '', 'Please find the request for %s%s, DOB %s.' % (nm, idl, I.dob_fmt(p['dob'], rng)),
                    'Diagnosis: %s. Previous failure: %s.' % (dx[1], c.pick('azathioprine (pancreatitis)', 'adalimumab (loss of response)', 'steroid dependence')),
                    'Requested: %s.' % drug[1], '', 'Please confirm receipt.']
        frm, to = md, ('Programme de soutien BioAccès', 'inscriptions@psp-biologiques.example')
        to = to
    else:
        if lang == 'fr':
            subj = c.pick('Appel patient — poussée?', 'Message boîte vocale ligne MII', 'Retour d\'appel %s' % p['surname'])
            body = ['%s %s,' % (md['dr'], md['surname']), '',
                    '%s%s a laissé un message ce matin : %s.' % (nm, idl, c.pick('douleurs abdominales FID et fièvre 38,4', '8 selles/jour sanglantes',
                                                                                 'écoulement périanal nouveau', 'a manqué ses 2 dernières doses car perte d\'emploi, plus d\'assurance')),
                    'Connu%s pour %s, sous %s.' % ('e' if p['sex'] == 'F' else '', dx[0], drug[0]), '',
                    c.pick('Je lui ai dit de se présenter à l\'urgence si la fièvre persiste.', 'Je prescris une calprotectine?', 'Rappel prévu demain.')]
        else:
            subj = c.pick('Patient call - flare?', 'IBD line voicemail', 'Call back %s' % p['surname'])
            body = ['Dr. %s,' % md['surname'], '', '%s%s left a message this morning: %s.' % (nm, idl, c.pick('RLQ pain and fever 38.4', '8 bloody stools/day',
                                                                                                      'new perianal discharge', 'missed last 2 doses after losing job and drug coverage')),
                    'Known %s, on %s.' % (dx[1], drug[1]), '', c.pick('Advised ER if fever persists.', 'Should I order a calprotectin?', 'Will call back tomorrow.')]
        frm, to = rn, md
        if 'emploi' in body[2] or 'job' in body[2]:
            types.append('social_information')
    if isinstance(to, dict):
        to = addr(to)
    text = '\n'.join(body) + '\n' + signature(c, frm, lang, unit='Clinique MII' if lang == 'fr' else 'IBD Clinic')
    return P(c, 'ibd_clinic', lang, subj, addr(frm), [to], text, types, 'IBD clinic message about identified patient')


# ------------------------------------------------------------------ 12. hepatology
def p_hepatology(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    use_nam = c.chance(0.45)
    p = c.holder(35, 85) if use_nam else c.patient(lo=1945, hi=1990)
    md = c.staff(lang=lang)
    other = c.staff(lang=lang)
    nm = I.name_forms(p, lang, rng, c.pick('full', 'upper_last', 'title', 'last_first', 'lower'))
    meld = rng.randrange(12, 31)
    types = ['patient_name', 'diagnosis', 'lab_result']
    idl = ''
    if use_nam:
        idl = ', NAM %s' % I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES))
        types.append('ramq_nam')
    soc = c.chance(0.5)
    if lang == 'fr':
        subj = c.pick('Évaluation pré-greffe hépatique', 'Cirrhose — suivi CHC', 'Référence hépatologie: %s' % nm, 'MELD %d' % meld)
        body = ['Bonjour %s,' % other['given'], '',
                'Concernant %s (%d ans%s) : cirrhose %s, Child-Pugh %s, MELD-Na %d.' % (nm, 2025 - int(p['dob'][:4]), idl,
                                                                              c.pick('alcoolique', 'sur NASH', 'post-hépatite C', 'biliaire primitive'),
                                                                              c.pick('B7', 'B8', 'C10'), meld),
                'Échographie du %s : %s.' % (c.past(3, 20), c.pick('nodule de 2,1 cm au segment VI, LI-RADS 4', 'pas de lésion focale, ascite modérée',
                                                                 'thrombose partielle de la veine porte')),
                'Traitement : %s.' % c.pick('spironolactone 100 mg + furosémide 40 mg', 'carvédilol 6,25 mg BID', 'lactulose 30 mL TID + rifaximine 550 BID')]
        types.append('medication')
        if soc:
            e_ = 'e' if p['sex'] == 'F' else ''
            body.append(c.pick('Abstinent%s depuis 4 mois selon sa famille, suivi%s au CRD. Logement instable depuis la séparation.' % (e_, e_),
                               'Vit seul%s, aide sociale, pas de voiture — les rendez-vous à Montréal sont un enjeu.' % e_,
                               'Consommation active (40 consommations/sem.), refuse le suivi en dépendance pour l\'instant.'))
            types.append('social_information')
        body += ['', c.pick('Peux-tu %s voir en clinique de greffe?' % ('la' if p['sex'] == 'F' else 'le'), 'On en discute au comité de jeudi?', 'Je t\'envoie l\'imagerie par PACS.')]
    else:
        subj = c.pick('Liver transplant assessment', 'Cirrhosis - HCC surveillance', 'Hepatology referral: %s' % nm, 'MELD %d' % meld)
        body = ['Hi %s,' % other['given'], '',
                'Re %s (%d y%s): %s cirrhosis, Child-Pugh %s, MELD-Na %d.' % (nm, 2025 - int(p['dob'][:4]), idl,
                                                                      c.pick('alcohol-related', 'MASH', 'post-HCV', 'PBC'), c.pick('B7', 'B8', 'C10'), meld),
                'Ultrasound on %s: %s.' % (c.past(3, 20), c.pick('2.1 cm segment VI nodule, LI-RADS 4', 'no focal lesion, moderate ascites',
                                                                'partial portal vein thrombosis')),
                'Meds: %s.' % c.pick('spironolactone 100 mg + furosemide 40 mg', 'carvedilol 6.25 mg BID', 'lactulose 30 mL TID + rifaximin 550 BID')]
        types.append('medication')
        if soc:
            body.append(c.pick('Abstinent 4 months per family, followed by addiction services. Housing unstable since separation.',
                               'Lives alone on social assistance, no car - travel to appointments is a barrier.',
                               'Active drinking (40 drinks/week), declines addiction follow-up for now.'))
            types.append('social_information')
        body += ['', c.pick('Could you see %s in transplant clinic?' % ('her' if p['sex'] == 'F' else 'him'), 'Discuss at Thursday\'s meeting?', 'Imaging is on PACS.')]
    text = '\n'.join(body) + '\n' + signature(c, md, lang, unit='Clinique d\'hépatologie' if lang == 'fr' else 'Hepatology Clinic')
    atts = []
    if c.chance(0.3):
        atts.append({'filename': c.pick('bilan_hepatique.pdf', 'labs_%s.pdf' % p['surname'], 'Résultats labo.pdf'), 'ctype': 'application/pdf',
                     'data': D.pdf(['# Bilan hépatique', 'Patient : %s' % nm, 'INR 1,6   Bilirubine 48 µmol/L   Albumine 27 g/L',
                                    'Na 131   Créatinine 112   Plaquettes 74', 'AFP 18 ng/mL'], compress=c.chance(0.5))})
    return P(c, 'hepatology', lang, subj, addr(md), [addr(other)], text, types, 'hepatology discussion of identified cirrhotic patient', atts=atts)


# ------------------------------------------------------------------ 13. hepatitis C outreach
def p_hcv(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    p = c.patient(lo=1960, hi=2000)
    sw = c.staff(role='rn', lang=lang)
    ph = c.staff(role='pharm', lang=lang, site=sw['site'])
    tel = I.phone_fmt(rng)
    nm = I.name_forms(p, lang, rng, c.pick('full', 'last_first', 'lower', 'title'))
    vl = rng.choice(['1,2 x 10^6 UI/mL', '480 000 UI/mL', '3,4 x 10^5 UI/mL'])
    f = p['sex'] == 'F'
    IL, E, LE, HE, HIS = ('Elle', 'e', 'la', 'She', 'her') if f else ('Il', '', 'le', 'He', 'his')
    if lang == 'fr':
        subj = c.pick('Épclusa — remise au refuge', 'Traitement VHC: livraison', 'Suivi hépatite C %s' % p['given'])
        body = ['Salut %s,' % ph['given'], '',
                '%s a commencé sofosbuvir/velpatasvir (Épclusa) lundi, charge virale de départ %s, génotype 3.' % (nm, vl),
                c.pick('%s dort au refuge Le Phare cette semaine, on peut lui remettre les comprimés là-bas chaque semaine.' % IL,
                       '%s utilise encore par injection, suivi%s au site d\'injection supervisée. On fait des remises hebdomadaires.' % (IL, E),
                       'Sans adresse fixe, le seul moyen de %s joindre est le cellulaire de sa sœur : %s.' % (LE, tel)),
                '', 'Merci de préparer des dispils de 7 jours.']
        types = ['patient_name', 'diagnosis', 'medication', 'lab_result', 'social_information']
    else:
        subj = c.pick('Epclusa - shelter drop-off', 'HCV treatment delivery', 'Hep C follow-up %s' % p['given'])
        body = ['Hi %s,' % ph['given'], '',
                '%s started sofosbuvir/velpatasvir Monday, baseline viral load %s, genotype 3.' % (nm, vl.replace(',', '.')),
                c.pick('%s is staying at the Lighthouse shelter this week; we can drop pills there weekly.' % HE,
                       'Still injecting, followed at the supervised injection site. Weekly dispensing please.',
                       'No fixed address; only contact is %s sister\'s cell: %s.' % (HIS, tel)),
                '', 'Please prepare 7-day blister packs.']
        types = ['patient_name', 'diagnosis', 'medication', 'lab_result', 'social_information']
    if tel in body[3]:
        types.append('patient_contact')
    text = '\n'.join(body) + '\n' + signature(c, sw, lang)
    return P(c, 'hcv_outreach', lang, subj, addr(sw), [addr(ph)], text, types, 'hepatitis C treatment with housing/substance use situation')


# ------------------------------------------------------------------ 14. patient's own mail forwarded
def p_patient_fwd(c):
    rng = c.rng
    lang = c.pick('fr', 'fr', 'en')
    use_nam = c.chance(0.3)
    p = c.holder(20, 80) if use_nam else c.patient(lo=1950, hi=2000)
    clerk = c.staff(role='clerk', lang=lang)
    rn = c.staff(role='rn', lang=lang, site=clerk['site'])
    paddr = I.email_of(p['given'], p['surname'], rng.choice(I.PERSONAL)).replace('.', rng.choice(['', '_', '.']), 1)
    when = c.past(0, 3)
    tel = I.phone_fmt(rng)
    types = ['patient_name']
    sig_nam = ''
    if use_nam:
        sig_nam = ('\nMa carte d\'assurance maladie : %s' if lang == 'fr' else '\nMy health card: %s') % I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES))
        types.append('ramq_nam')
    if lang == 'fr':
        msgs = [
            ("J'ai ma coloscopie jeudi mais je suis sous Xarelto pour mon cœur, est-ce que je dois l'arrêter? Personne ne m'a rien dit. "
             "Aussi j'ai fait de l'anémie l'an passé, est-ce que ça change quelque chose?", ['medication', 'diagnosis']),
            ("Depuis la gastroscopie de lundi j'ai des selles noires et des étourdissements. Est-ce normal? Mon numéro est le %s." % tel,
             ['diagnosis', 'patient_contact']),
            ("Je n'arrive pas à boire tout le Colyte, j'ai vomi deux fois. Je fais quoi? Je suis diabétique et ma glycémie est à 3,9.",
             ['medication', 'diagnosis', 'lab_result']),
            ("Je dois annuler mon rendez-vous à la clinique MII, je viens de perdre mon logement et je suis chez ma sœur à Gatineau pour "
             "l'instant. Est-ce qu'on peut faire mon Humira par téléphone?", ['social_information', 'medication']),
        ]
        k = rng.randrange(len(msgs))
        pm, ty = msgs[k]
        inner = 'Bonjour,\n\n%s\n\nMerci\n%s %s%s' % (pm, p['given'], p['surname'], sig_nam)
        top = c.pick('Message reçu sur la boîte générale, peux-tu %s rappeler?' % ('la' if p['sex'] == 'F' else 'le'),
                     'Pour toi — %s.' % ('patiente inquiète' if p['sex'] == 'F' else 'patient inquiet'), 'FYI, à traiter aujourd\'hui svp.')
        subj = 'TR: ' + c.pick('question coloscopie', 'Urgent', 'rendez-vous', 'Aide svp', '(sans objet)')
        fwd = orig_header('fr', '%s <%s>' % (p['given'] + ' ' + p['surname'], paddr), 'Endoscopie <endoscopie@%s>' % clerk['site']['dom'],
                          when, subj[4:])
    else:
        msgs = [
            ("My colonoscopy is Thursday but I'm on Xarelto for my heart - should I stop it? Also I had anemia last year, does that matter?",
             ['medication', 'diagnosis']),
            ("Since Monday's gastroscopy I've had black stools and dizziness. Is that normal? My number is %s." % tel, ['diagnosis', 'patient_contact']),
            ("I can't finish the Colyte, threw up twice. What do I do? I'm diabetic and my sugar is 3.9.", ['medication', 'diagnosis', 'lab_result']),
            ("I need to cancel my IBD clinic visit, I just lost my apartment and I'm staying with my sister for now. Can we do my Humira "
             "follow-up by phone?", ['social_information', 'medication']),
        ]
        k = rng.randrange(len(msgs))
        pm, ty = msgs[k]
        inner = 'Hello,\n\n%s\n\nThanks\n%s %s%s' % (pm, p['given'], p['surname'], sig_nam)
        top = c.pick('Came into the general inbox, can you call %s back?' % ('her' if p['sex'] == 'F' else 'him'), 'For you - worried patient.',
                     'FYI, please handle today.')
        subj = 'FW: ' + c.pick('colonoscopy question', 'Urgent', 'appointment', 'help please')
        fwd = orig_header('en', '%s <%s>' % (p['given'] + ' ' + p['surname'], paddr), 'Endoscopy <endoscopy@%s>' % clerk['site']['dom'], when, subj[4:])
    types += ty
    text = top + '\n' + signature(c, clerk, lang, long=False) + '\n\n' + fwd + '\n' + inner
    return P(c, 'patient_mail_fwd', lang, subj, addr(clerk), [addr(rn)], text, types, 'patient e-mail forwarded inline to nurse')


# ------------------------------------------------------------------ 15. reply with quoted history
def p_quoted_reply(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    use_nam = c.chance(0.35)
    p = c.holder(30, 85) if use_nam else c.patient(lo=1940, hi=1995)
    a = c.staff(lang=lang)
    b = c.staff(role='clerk', lang=lang, site=a['site'])
    k = rng.randrange(len(PATH))
    nm = I.name_forms(p, lang, rng, c.pick('full', 'upper_last', 'title', 'comma', 'lower'))
    types = ['patient_name', 'diagnosis']
    idl = ''
    if use_nam:
        idl = ' - NAM %s' % I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES))
        types.append('ramq_nam')
    d1 = c.past(1, 4)
    if lang == 'fr':
        q1 = ('Bonjour %s,\n\nPeux-tu me trouver une plage pour %s%s? Biopsies : %s. Je veux %s revoir avant %s.\n\n%s' %
              (b['given'], nm, idl, PATH[k][0], 'la' if p['sex'] == 'F' else 'le', c.pick('la chirurgie', 'le prochain contrôle', 'la fin du mois'), a['given']))
        reply = c.pick('C\'est fait, mardi 13 h 30.', 'Ok, je m\'en occupe.', 'Plage trouvée, je lui ai laissé un message.', 'Reçu, merci.')
        subj = 'RE: ' + c.pick('plage clinique', 'Rendez-vous à donner', 'svp', 'suivi')
        hist = on_wrote('fr', d1, '%s <%s>' % (a['disp'], a['email']))
    else:
        q1 = ('Hi %s,\n\nCan you find a slot for %s%s? Biopsies: %s. I want to see %s before %s.\n\n%s' %
              (b['given'], nm, idl, PATH[k][1], 'her' if p['sex'] == 'F' else 'him', c.pick('surgery', 'the next check', 'month-end'), a['given']))
        reply = c.pick('Done, Tuesday 1:30.', 'Ok, on it.', 'Found a slot and left a voicemail.', 'Got it, thanks.')
        subj = 'RE: ' + c.pick('clinic slot', 'Appointment needed', 'please', 'follow-up')
        hist = on_wrote('en', d1, '%s <%s>' % (a['disp'], a['email']))
    types.append('lab_result')
    style = rng.choice(['gt', 'outlook'])
    if style == 'gt':
        text = reply + '\n\n' + b['given'] + '\n\n' + hist + '\n' + quote(q1)
    else:
        text = reply + '\n' + signature(c, b, lang, long=c.chance(0.5)) + '\n\n' + orig_header(lang, a['disp'], b['disp'], d1, subj[4:]) + '\n' + q1
    return P(c, 'quoted_reply', lang, subj, addr(b), [addr(a)], text, types, 'short reply; identity and pathology only in quoted history')


# ------------------------------------------------------------------ 16. subject-only leak
def p_subject_only(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    use_nam = c.chance(0.4)
    p = c.holder(20, 90) if use_nam else c.patient(lo=1940, hi=2000)
    a = c.staff(lang=lang)
    b = c.staff(role='clerk', lang=lang, site=a['site'])
    types = ['patient_name']
    nm = I.name_forms(p, lang, rng, c.pick('upper_last', 'last_first', 'full', 'lower', 'initial'))
    bits_fr = [('colo annulée — Crohn en poussée', ['diagnosis']), ('CPRE urgente cholangite', ['diagnosis']),
               ('adénocarcinome — annonce jeudi', ['diagnosis']), ('Hb 68 reprogrammer gastro', ['lab_result']),
               ('arrêt warfarine avant polypectomie', ['medication'])]
    bits_en = [('colo cancelled - Crohn flare', ['diagnosis']), ('urgent ERCP cholangitis', ['diagnosis']),
               ('adenocarcinoma - disclosure Thursday', ['diagnosis']), ('Hb 68 rebook EGD', ['lab_result']),
               ('hold warfarin pre-polypectomy', ['medication'])]
    bit, ty = rng.choice(bits_fr if lang == 'fr' else bits_en)
    types += ty
    idl = ''
    if use_nam:
        idl = ' %s' % I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES))
        types.append('ramq_nam')
    subj = c.pick('%s%s - %s' % (nm, idl, bit), '%s :%s %s' % (bit, idl, nm), 'URGENT %s%s (%s)' % (nm, idl, bit))
    text = (c.pick('Voir objet. Merci de t\'en occuper aujourd\'hui.', 'Comme discuté au téléphone.', 'Svp rappeler, merci', 'voir objet')
            if lang == 'fr' else c.pick('See subject. Please handle today.', 'As discussed by phone.', 'pls call back, thx', 'see subject'))
    text += '\n' + signature(c, a, lang, long=c.chance(0.3))
    return P(c, 'subject_only', lang, subj, addr(a), [addr(b)], text, types, 'identity and clinical detail only in Subject', html_title='')


# ------------------------------------------------------------------ 17. file-name-only leak
def p_filename_only(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    p = c.patient(lo=1940, hi=2000)
    a = c.staff(lang=lang)
    b = c.staff(lang=lang)
    g, s = p['given'], p['surname']
    opts = [('Patho_%s_%s_adenocarcinome_sigmoide.pdf' % (s, g), ['diagnosis']),
            ('%s %s - CPRE cholangite.docx' % (s.upper(), g), ['diagnosis']),
            ('Consult MII %s %s (Crohn).pdf' % (g, s), ['diagnosis']),
            ('%s_%s_Hb71_saignement.pdf' % (s, g), ['lab_result', 'diagnosis']),
            ('Hepato_%s_%s_cirrhose_CHC.pdf' % (s, g[0]), ['diagnosis'])]
    fn, ty = rng.choice(opts)
    if fn.endswith('.pdf'):
        data = D.pdf(['# ' + c.pick('Document numérisé', 'Scanned document'), 'Page 1/1'], compress=True)
        ct = 'application/pdf'
    else:
        data = D.docx(['Document joint.'])
        ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    text = (c.pick('Voici le document demandé.', 'Ci-joint, tel que discuté.', 'Pour ton dossier.', 'Document en pièce jointe.')
            if lang == 'fr' else c.pick('Here is the document you asked for.', 'Attached as discussed.', 'For your file.'))
    text += '\n' + signature(c, a, lang, long=c.chance(0.5))
    subj = c.pick('Document', 'PJ', 'Envoi', 'Scan') if lang == 'fr' else c.pick('Document', 'Attachment', 'Scan')
    return P(c, 'filename_only', lang, subj, addr(a), [addr(b)], text, ['patient_name'] + ty,
             'identity and diagnosis only in the attachment file name',
             atts=[{'filename': fn, 'ctype': ct, 'data': data, 'style': c.pick('2231', '2231cont', '2047', 'plain')}])


# ------------------------------------------------------------------ 25. MRN only, no name
def p_mrn_only(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    a = c.staff(lang=lang)
    b = c.staff(role='rn', lang=lang, site=a['site'])
    m = I.mrn(rng)
    k = rng.randrange(len(PATH))
    if lang == 'fr':
        subj = c.pick('Dossier %s' % m, 'Résultat à transmettre', 'Biopsies %s' % m)
        text = ('Bonjour,\n\nPour le dossier %s (chambre %d) : %s. Lui donner rendez-vous en clinique d\'ici 2 semaines et '
                'débuter %s.\n' % (m, rng.randrange(300, 899), PATH[k][0], c.pick('pantoprazole 40 mg die', 'budésonide 9 mg', 'trithérapie PAC 14 jours')))
        types = ['mrn', 'diagnosis', 'lab_result', 'medication']
    else:
        subj = c.pick('MRN %s' % m, 'Result to pass on', 'Biopsies %s' % m)
        text = ('Hi,\n\nFor MRN %s (room %d): %s. Book clinic within 2 weeks and start %s.\n' %
                (m, rng.randrange(300, 899), PATH[k][1], c.pick('pantoprazole 40 mg daily', 'budesonide 9 mg', 'PAC triple therapy x 14 days')))
        types = ['mrn', 'diagnosis', 'lab_result', 'medication']
    text += signature(c, a, lang, long=False)
    return P(c, 'mrn_only', lang, subj, addr(a), [addr(b)], text, types, 'chart number with pathology, no name')


# ------------------------------------------------------------------ 26. other results to the GP
def p_results_gp(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    use_nam = c.chance(0.4)
    p = c.holder(10, 80) if use_nam else c.patient(lo=1950, hi=2008)
    md = c.staff(lang=lang)
    gp = c.staff(lang=lang)
    gp['email'] = I.email_of(gp['given'], gp['surname'], rng.choice(I.CLINICS))
    nm = I.name_forms(p, lang, rng, c.pick('full', 'title', 'upper_last', 'comma'))
    types = ['patient_name', 'lab_result', 'diagnosis']
    idl = ''
    if use_nam:
        idl = ' (NAM %s, DDN %s)' % (I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES)), p['dob']) if lang == 'fr' else \
              ' (RAMQ %s, DOB %s)' % (I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES)), p['dob'])
        types += ['ramq_nam', 'date_of_birth']
    v = rng.randrange(3)
    if lang == 'fr':
        res = [('Test respiratoire à l\'urée : positif pour H. pylori. Je prescris la quadrithérapie bismuthée 14 jours.', ['medication']),
               ('Sérologie anti-transglutaminase IgA 128 U/mL (N < 7), IgA totales normales. Gastroscopie avec biopsies duodénales demandée.', []),
               ('Vidéocapsule : angiodysplasies jéjunales multiples, source probable de l\'anémie. Fer IV recommandé.', ['medication'])][v]
        subj = c.pick('Résultat pour votre patient', 'Suivi gastro %s' % p['surname'], 'Résultats — %s' % nm)
        text = 'Bonjour %s %s,\n\nRésultat pour %s%s :\n%s\n' % (gp['dr'], gp['surname'], nm, idl, res[0])
    else:
        res = [('Urea breath test positive for H. pylori. Prescribing 14-day bismuth quadruple therapy.', ['medication']),
               ('Anti-tTG IgA 128 U/mL (N < 7), total IgA normal. EGD with duodenal biopsies requested.', []),
               ('Capsule endoscopy: multiple jejunal angioectasias, likely source of the anaemia. IV iron recommended.', ['medication'])][v]
        subj = c.pick('Result for your patient', 'GI follow-up %s' % p['surname'], 'Results - %s' % nm)
        text = 'Dear Dr. %s,\n\nResult for %s%s:\n%s\n' % (gp['surname'], nm, idl, res[0])
    types += res[1]
    text += signature(c, md, lang)
    return P(c, 'results_to_gp', lang, subj, addr(md), [addr(gp)], text, types, 'test result sent to family physician')


# ------------------------------------------------------------------ 27. post-polypectomy phone follow-up
def p_postpolyp(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    p = c.patient(lo=1940, hi=1985)
    rn = c.staff(role='rn', lang=lang)
    md = c.staff(lang=lang, site=rn['site'])
    tel = I.phone_fmt(rng)
    nm = I.name_forms(p, lang, rng, c.pick('full', 'last_first', 'title', 'lower'))
    m = I.mrn(rng)
    if lang == 'fr':
        subj = c.pick('Appel J+1 post-polypectomie', 'Suivi téléphonique — saignement?', 'Rappel post-colo')
        text = ('%s %s,\n\nAppel de suivi fait à %s (dossier %s, tél. %s). Polypectomie de 25 mm hier au côlon droit. '
                'Rapporte 2 épisodes de sang rouge ce matin, pas d\'étourdissement. Reprise de l\'apixaban prévue demain — '
                'je lui dis d\'attendre votre avis?\n' % (md['dr'], md['surname'], nm, m, tel))
    else:
        subj = c.pick('Day-1 post-polypectomy call', 'Phone follow-up - bleeding?', 'Post-colo call')
        text = ('Dr. %s,\n\nFollow-up call done to %s (MRN %s, tel. %s). 25 mm right colon polypectomy yesterday. '
                'Reports 2 episodes of red blood this morning, no dizziness. Restarting apixaban tomorrow - should I tell them '
                'to wait for your call?\n' % (md['surname'], nm, m, tel))
    text += signature(c, rn, lang, long=c.chance(0.4))
    return P(c, 'post_procedure_call', lang, subj, addr(rn), [addr(md)], text,
             ['patient_name', 'mrn', 'patient_contact', 'diagnosis', 'medication'], 'nurse phone follow-up after polypectomy')


# ------------------------------------------------------------------ 28. interpreter request
def p_interpreter(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    p = c.patient(lo=1950, hi=1990)
    clerk = c.staff(role='clerk', lang=lang)
    when = c.future(5, 25)
    lg = rng.choice(['arabe', 'espagnol', 'vietnamien', 'dari', 'tigrigna'])
    nm = I.name_forms(p, lang, rng, 'full')
    if lang == 'fr':
        subj = 'Demande d\'interprète — %s' % when
        text = ('Bonjour,\n\nNous avons besoin d\'un interprète en %s le %s à %s pour %s (demandeur d\'asile, arrivé en 2024, '
                'hébergé au PRAIDA), rencontre pré-coloscopie et consentement — suspicion de néoplasie rectale.\n\nMerci\n' %
                (lg, when, hm(c), nm))
    else:
        subj = 'Interpreter request - %s' % when
        text = ('Hello,\n\nWe need a %s interpreter on %s at %s for %s (asylum claimant, arrived 2024, in temporary housing), '
                'pre-colonoscopy visit and consent - suspected rectal neoplasm.\n\nThanks\n' %
                ({'arabe': 'Arabic', 'espagnol': 'Spanish', 'vietnamien': 'Vietnamese', 'dari': 'Dari', 'tigrigna': 'Tigrinya'}[lg], when, hm_en(c), nm))
    text += signature(c, clerk, lang)
    return P(c, 'interpreter_request', lang, subj, addr(clerk), [('Interprètes', 'interpretes@banque-interpretes.example')], text,
             ['patient_name', 'social_information', 'diagnosis'], 'interpreter request with immigration status and suspected cancer')
