"""Step 5b: positive builders — exports, replies, forwards, letters, foreign identifiers."""
import datetime

from gen_common import (HOSP, OTHER_SITES, HEMAQ_DOM, ONT_HOSP, Person, fmt_name, fmt_mrn, fmt_nam, fmt_date, fmt_ohn,
                        fmt_niss, fmt_nir, born, sexw, title, slug)
from gen_text import (diag_for, spec, greet, closing, signature, quote, reply_header, ANTIBODIES, GROUPS, GROUPS_EN, DIAG, SURG,
                      REACTIONS, PRODUCTS_FR, PRODUCTS_EN, unit_no, hb, ext_addr)
from gen_attach import make_csv, make_docx, make_pdf
from gen_pos1 import _nam_line

DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


# --------------------------------------------------------------------------- 11. audit CSV export
def audit_csv(c, lang):
    w = c.w
    cst = w.st('cst')
    rcv = w.st(c.r(['hemato', 'manager', 'pbm']))
    with_names = c.chance(0.6)
    T = {'ramq_nam', 'lab_result', 'diagnosis'}
    if with_names:
        T.add('patient_name')
    if lang == 'fr':
        hdr = ['date_transfusion', 'nam'] + (['nom', 'prenom'] if with_names else []) + ['unite', 'produit', 'nb', 'hb_pre', 'indication', 'conforme']
    else:
        hdr = ['tx_date', 'ramq'] + (['surname', 'given'] if with_names else []) + ['ward', 'component', 'n', 'pre_hb', 'indication', 'meets_criteria']
    rows = [hdr]
    for _ in range(c.rng.randint(8, 18)):
        p = w.holder(min_age=16)
        h = hb(c, 58, 104)
        ind = diag_for(c, p)[0 if lang == 'fr' else 1]
        r = [fmt_date(c.earlier(5, 90), 'iso'), p.nam] + ([p.surname.upper(), p.given] if with_names else []) + \
            [c.r(['4B', '5A', 'USI', 'URG', '3C', 'HDJ', 'CHIR']), c.r(['CG', 'CG', 'PLQ', 'PC']) if lang == 'fr' else c.r(['RBC', 'RBC', 'PLT', 'FP']),
             c.r([1, 1, 2, 2, 3]), h, ind, ('O' if h < 80 else c.r(['N', 'O'])) if lang == 'fr' else ('Y' if h < 80 else c.r(['N', 'Y']))]
        rows.append(r)
    sep = c.r([';', ',', ';'])
    csv = make_csv(rows, sep)
    charset = c.r(['windows-1252', 'utf-8', 'iso-8859-1'])
    if lang == 'fr':
        subj = c.r(['Audit de pertinence – données brutes T%d' % c.rng.randint(1, 4), 'Export audit transfusions', 'Données pour le comité'])
        body = '%s\n\nVoici l\'export brut (non anonymisé, à ne pas diffuser) pour la révision des critères de transfusion.\nJe ferai le tableau agrégé pour la présentation.\n\n%s' % (
            greet(c, 'fr', rcv.given), signature(c, cst, 'fr'))
        fn = c.r(['export_audit_%s.csv' % c.day.strftime('%Y%m'), 'transfusions_%s.csv' % c.day.strftime('%Y-%m'), 'audit pertinence.csv'])
    else:
        subj = c.r(['Appropriateness audit – raw data', 'Transfusion audit export'])
        body = '%s\n\nRaw export attached (identifiable, do not circulate). I will prepare the aggregate table for the meeting.\n\n%s' % (
            greet(c, 'en', rcv.given), signature(c, cst, 'en'))
        fn = c.r(['audit_export_%s.csv' % c.day.strftime('%Y%m'), 'tx_audit.csv'])
    return spec(c, lang, cst, rcv, subj, body, T, 'CSV audit export with NAMs, Hb and indications',
                attachments=[dict(filename=fn, ctype='text/csv', text=csv, charset=charset,
                                  cte=c.r(['quoted-printable', 'base64', '8bit']))])


# --------------------------------------------------------------------------- 12. short reply quoting patient details
def quoted_reply(c, lang):
    w = c.w
    p = w.holder() if c.chance(0.4) else w.patient()
    a = w.st(c.r(['nurse', 'resident', 'pbm', 'surgeon']))
    b = w.st(c.r(['tech', 'hemato', 'cst', 'pharm']))
    T = {'patient_name'}
    nm = fmt_name(p, c.r(['title', 'full', 'comma', 'titlesur']), lang)
    dfr, den = diag_for(c, p)
    t0 = c.when - datetime.timedelta(hours=c.rng.randint(1, 30))
    scen = c.rng.randint(0, 2)
    if lang == 'fr':
        if scen == 0:
            h2 = w.st('hemato2')
            orig = ['Bonjour,', '', '%s (ch. %d) a une Hb à %d ce matin, connu%s pour %s. %s %s veut 1 culot irradié avant la dialyse.'
                    % (nm, c.rng.randint(401, 640), hb(c, 55, 72), 'e' if p.sex == 'F' else '', dfr,
                       'La Dre' if h2.fem else 'Le Dr', h2.surname),
                    'Est-ce qu\'on a du sang irradié en stock?', '', a.given]
            T |= {'lab_result', 'diagnosis'}
            subj0 = 'Sang irradié'
        elif scen == 1:
            orig = ['Bonjour,', '', 'Pour %s, l\'INR est à %.1f sous warfarine et il/elle saigne (%s). La pharmacie propose Octaplex 2000 UI + vitamine K 10 mg IV.'
                    % (nm, 2.5 + c.rng.randint(0, 40) / 10, c.r(['hématome rétropéritonéal', 'saignement digestif', 'hématurie massive'])),
                    'Tu confirmes la dose?', '', a.given]
            T |= {'lab_result', 'medication', 'diagnosis'}
            subj0 = 'Renversement anticoagulation'
        else:
            orig = ['Bonjour,', '', '%s refuse toute transfusion (Témoin de Jéhovah). Chirurgie %s le %s. Hb %d. On peut commencer fer IV + époétine?'
                    % (nm, c.r(SURG)[0], fmt_date(c.later(7, 30), 'dmy'), hb(c, 95, 118)), '', a.given]
            T |= {'lab_result', 'medication', 'social_information'}
            subj0 = 'Patiente refusant les produits sanguins' if p.sex == 'F' else 'Patient refusant les produits sanguins'
        if p.nam and c.chance(0.6):
            orig.insert(3, _nam_line(c, p, 'fr', T))
        top = c.r(['Oui, c\'est fait. Je te rappelle.', 'Parfait, on s\'en occupe.', 'D\'accord avec le plan.',
                   'Vu, merci. Je passe au 4e cet après-midi.', 'Ok!'])
        subj = 'RE: ' + subj0 if c.chance(0.6) else 'Re: ' + subj0
    else:
        if scen == 0:
            orig = ['Hi,', '', '%s (room %d) has Hb %d this morning, known %s. Dr. %s wants 1 irradiated unit before dialysis.'
                    % (nm, c.rng.randint(401, 640), hb(c, 55, 72), den, w.st('hemato2').surname), 'Do we have irradiated stock?', '', a.given]
            T |= {'lab_result', 'diagnosis'}
            subj0 = 'Irradiated blood'
        elif scen == 1:
            orig = ['Hi,', '', 'For %s, INR %.1f on warfarin and actively bleeding (%s). Pharmacy suggests Octaplex 2000 IU + vitamin K 10 mg IV.'
                    % (nm, 2.5 + c.rng.randint(0, 40) / 10, c.r(['retroperitoneal haematoma', 'GI bleed', 'gross haematuria'])),
                    'Can you confirm the dose?', '', a.given]
            T |= {'lab_result', 'medication', 'diagnosis'}
            subj0 = 'Warfarin reversal'
        else:
            orig = ['Hi,', '', '%s declines all blood products (Jehovah\'s Witness). Surgery on %s, Hb %d. OK to start IV iron + epoetin?'
                    % (nm, fmt_date(c.later(7, 30), 'iso'), hb(c, 95, 118)), '', a.given]
            T |= {'lab_result', 'medication', 'social_information'}
            subj0 = 'Patient declining blood'
        if p.nam and c.chance(0.6):
            orig.insert(3, _nam_line(c, p, 'en', T))
        top = c.r(['Done, will call you.', 'Sounds good, we are on it.', 'Agree with the plan.', 'Seen, thanks.', 'OK'])
        subj = 'RE: ' + subj0
    hdr = reply_header(c, lang, '%s <%s>' % (a.full, a.email), t0)
    if hdr.endswith('Objet : ') or hdr.endswith('Subject: '):
        hdr += subj0
        quoted = hdr + '\n\n' + '\n'.join(orig)
    else:
        quoted = hdr + '\n' + quote('\n'.join(orig))
    body = '%s\n\n%s\n\n%s' % (top, signature(c, b, lang, c.r(['short', 'initials', 'full'])), quoted)
    return spec(c, lang, b, a, subj, body, T, 'one-line reply; patient details only in quoted history',
                in_reply_to=c.msgid())


# --------------------------------------------------------------------------- 13. patient's own mail forwarded
def patient_mail(c, lang):
    w = c.w
    p = w.holder(min_age=16) if c.chance(0.35) else w.patient()
    clerk = w.st(c.r(['clerk', 'clerk', 'nurse']))
    dest = w.st(c.r(['pbm', 'tech', 'cst', 'nurse']))
    pmail = '%s.%s%d@%s' % (slug(p.given), slug(p.surname), p.dob.year % 100, c.r(['courriel.example', 'mail.example', 'videotron-like.example']))
    T = {'patient_name', 'patient_contact'}
    scen = c.rng.randint(0, 3)
    kid = (c.r(['Karine', 'Mathis', 'Noémie', 'Hugo', 'Kevin', 'Maude']), c.r(['Lemay', 'Chabot', 'Arcand']))
    if scen == 3:
        pmail = '%s.%s@%s' % (slug(kid[0]), slug(kid[1]), c.r(['courriel.example', 'mail.example']))
    d = c.earlier(2, 20)
    if lang == 'fr':
        if scen == 0:
            txt = ['Bonjour,', '', 'Je m\'appelle %s. J\'ai reçu ma perfusion de fer (Ferinject) le %s à l\'hôpital de jour et depuis j\'ai des '
                   'douleurs aux articulations et une tache brune au bras.' % (p.full, fmt_date(d, 'long', 'fr')),
                   'Est-ce normal? Vous pouvez me rappeler au %s, je suis à la maison toute la journée.' % p.phone, '', 'Merci', p.given]
            T |= {'medication', 'diagnosis'}
        elif scen == 1:
            txt = ['Bonjour,', '', 'J\'ai perdu ma carte d\'anticorps (anti-%s). On m\'a dit de vous écrire pour en avoir une autre. Mon adresse : %s.'
                   % (c.r(['K', 'E', 'Fya', 'Jka']), p.address), 'Je dois me faire opérer au genou cet automne.', '', p.full, p.phone]
            T |= {'lab_result'}
        elif scen == 2:
            txt = ['Madame, Monsieur,', '', 'Je suis Témoin de Jéhovah et je refuse toute transfusion de sang, même en urgence. '
                   'J\'ai une hystérectomie prévue le %s. Je voudrais discuter des alternatives (fer, récupération du sang).'
                   % fmt_date(c.later(10, 40), 'long', 'fr'), 'Vous pouvez me joindre au %s.' % p.phone, '', p.full]
            T |= {'social_information', 'diagnosis'}
        else:
            txt = ['Bonjour,', '', '%s, %s (%s le %s), a reçu 3 culots la semaine passée pour son %s. %s est très essoufflé%s depuis son retour '
                   'à la maison. Faut-il %s ramener à l\'urgence?' % ('Ma mère' if p.sex == 'F' else 'Mon père', p.full, born(p, 'fr'), fmt_date(p.dob, 'long', 'fr'), diag_for(c, p)[0],
                                                                 'Elle' if p.sex == 'F' else 'Il', 'e' if p.sex == 'F' else '', 'la' if p.sex == 'F' else 'le'),
                   'Mon cell : 514 555-01%02d' % c.rng.randint(0, 99), '', 'Merci de votre aide']
            T |= {'diagnosis', 'date_of_birth'}
        fwd = ['%s' % c.r(['Peux-tu regarder?', 'Pour suivi svp.', 'Reçu dans la boîte générale, je te le transfère.', 'À traiter.']), '',
               signature(c, clerk, 'fr', 'short'), '', '-------- Message transféré --------',
               'De : %s <%s>' % (p.full if scen != 3 else '%s %s' % kid, pmail),
               'Date : %s' % (c.when - datetime.timedelta(hours=5)).strftime('%Y-%m-%d %H:%M'),
               'À : banque.sang@%s' % HOSP['dom'], 'Objet : %s' % c.r(['Question', 'perfusion', 'carte', 'Ma mère', 'Transfusion']), ''] + txt
        subj = 'TR: ' + c.r(['Question d\'une patiente', 'Courriel reçu', 'Demande patient', 'À traiter'])
    else:
        if scen == 0:
            txt = ['Hello,', '', 'My name is %s. I had my iron infusion on %s and since then I have joint pain and a brown stain on my arm.'
                   % (p.full, fmt_date(d, 'long', 'en')), 'Is this normal? Please call me at %s.' % p.phone, '', p.given]
            T |= {'medication', 'diagnosis'}
        elif scen == 1:
            txt = ['Hi,', '', 'I lost my antibody card (anti-%s). Could you mail me a new one at %s? I have knee surgery coming up.'
                   % (c.r(['K', 'E', 'Fya', 'Jka']), p.address), '', p.full, p.phone]
            T |= {'lab_result'}
        elif scen == 2:
            txt = ['To whom it may concern,', '', 'I am a Jehovah\'s Witness and refuse blood transfusion. My hysterectomy is on %s. I would like to discuss alternatives.'
                   % fmt_date(c.later(10, 40), 'long', 'en'), 'Phone: %s' % p.phone, '', p.full]
            T |= {'social_information', 'diagnosis'}
        else:
            txt = ['Hi,', '', 'My %s %s (DOB %s) got 3 units last week for %s %s. %s has been very short of breath since coming home. Should we go back to the ER?'
                   % ('mother' if p.sex == 'F' else 'father', p.full, fmt_date(p.dob, 'iso'), 'her' if p.sex == 'F' else 'his', diag_for(c, p)[1], 'She' if p.sex == 'F' else 'He'), 'My cell: 514 555-01%02d' % c.rng.randint(0, 99), '', 'Thanks']
            T |= {'diagnosis', 'date_of_birth'}
        fwd = [c.r(['Can you take this one?', 'FYI, for follow-up.', 'Came into the general inbox.']), '', signature(c, clerk, 'en', 'short'), '',
               '---------- Forwarded message ---------', 'From: %s <%s>' % (p.full if scen != 3 else '%s %s' % kid, pmail),
               'Date: %s' % (c.when - datetime.timedelta(hours=5)).strftime('%a, %b %d, %Y at %I:%M %p'),
               'Subject: %s' % c.r(['Question', 'Iron infusion', 'Antibody card', 'My mother']), 'To: bloodbank@%s' % HOSP['dom'], ''] + txt
        subj = 'Fwd: ' + c.r(['Patient question', 'Email from a patient', 'Patient request'])
    return spec(c, lang, clerk, dest, subj, '\n'.join(fwd), T, 'patient e-mail forwarded inline with phone/address')


# --------------------------------------------------------------------------- 14. original mail attached as .eml
def eml_forward(c, lang):
    from gen_mime import build_message
    w = c.w
    p = w.holder() if c.chance(0.5) else w.patient()
    nurse = w.st('nurse')
    cst = w.st('cst')
    hem = w.st('hemato')
    rf, re_, key = c.r(REACTIONS)
    T = {'patient_name', 'diagnosis'}
    nm = fmt_name(p, c.r(['full', 'title', 'upper']), lang)
    un = unit_no(c)
    if lang == 'fr':
        inner_txt = ['Bonjour,', '', 'Déclaration d\'un événement sur l\'unité %s cette nuit :' % c.r(['4B', '5A', '6 Nord', 'USI']),
                     'Patient(e) : %s, dossier %s' % (nm, fmt_mrn(p.mrn, 'plain')),
                     'Produit : culot %s, débuté à 02h10.' % un,
                     'À 02h40 : %s. T° %.1f, frissons, TA %d/%d.' % (rf, 38.2 + c.rng.randint(0, 12) / 10, c.rng.randint(90, 170), c.rng.randint(50, 95)),
                     'Transfusion arrêtée, sac retourné à la banque de sang, %s donné.' % c.r(['acétaminophène 650 mg', 'diphenhydramine 25 mg IV', 'furosémide 20 mg IV']),
                     '', nurse.full + ', inf.']
        subj_in = 'Réaction transfusionnelle – unité %s' % c.r(['4B', '5A', 'USI'])
        outer = '%s\n\nJe te transfère le courriel original de l\'infirmière de nuit (en pièce jointe). Enquête ouverte.\n\n%s' % (
            greet(c, 'fr', hem.dr + ' ' + hem.surname), signature(c, cst, 'fr'))
        subj = 'TR: ' + subj_in
    else:
        inner_txt = ['Hi,', '', 'Reporting an event on %s overnight:' % c.r(['4B', '5A', 'ICU']),
                     'Patient: %s, MRN %s' % (nm, p.mrn), 'Component: red cells %s, started 02:10.' % un,
                     'At 02:40: %s. Temp %.1f, rigors, BP %d/%d.' % (re_, 38.2 + c.rng.randint(0, 12) / 10, c.rng.randint(90, 170), c.rng.randint(50, 95)),
                     'Transfusion stopped, bag returned, %s given.' % c.r(['acetaminophen 650 mg', 'diphenhydramine 25 mg IV', 'furosemide 20 mg IV']),
                     '', nurse.full + ', RN']
        subj_in = 'Transfusion reaction overnight'
        outer = '%s\n\nForwarding the night nurse\'s original e-mail (attached). Investigation opened.\n\n%s' % (
            greet(c, 'en', 'Dr. ' + hem.surname), signature(c, cst, 'en'))
        subj = 'FW: ' + subj_in
    T |= {'mrn', 'medication', 'lab_result'}
    if p.nam and c.chance(0.6):
        inner_txt.insert(4, _nam_line(c, p, lang, T))
    inner_spec = spec(c, lang, nurse, cst, subj_in, '\n'.join(inner_txt), [], '')
    inner_spec['date'] = c.when - datetime.timedelta(hours=c.rng.randint(3, 40))
    inner_spec['msgid'] = c.msgid()
    tr = dict(kind=c.r(['plain', 'alt']), charset=c.r(['utf-8', 'windows-1252']), cte=c.r(['quoted-printable', '8bit', 'base64']),
              eol='lf', hdr_charset='utf-8', hdr_enc='Q')
    inner = build_message(inner_spec, tr, c.idx + 7)
    fn = c.r([None, '%s.eml' % subj_in, 'message.eml'])
    return spec(c, lang, cst, hem, subj, outer, T, 'original ward e-mail attached as message/rfc822',
                attachments=[dict(ctype='message/rfc822', data=inner, filename=fn)])


# --------------------------------------------------------------------------- 15. discharge / transfusion summary DOCX
def discharge_docx(c, lang):
    w = c.w
    p = w.holder(min_age=18) if c.chance(0.6) else w.patient(age_range=(30, 90))
    doc_ = w.st(c.r(['hemato2', 'resident']))
    gp = w.st('gp')
    gp_site = c.r(OTHER_SITES[3:])
    dfr, den = diag_for(c, p)
    adm, dis = c.earlier(8, 25), c.earlier(1, 6)
    n = c.rng.randint(1, 6)
    T = {'patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'}
    if lang == 'fr':
        paras = ['Patient(e) : %s %s    Dossier : %s    DDN : %s' % (p.given, p.surname.upper(), p.mrn, fmt_date(p.dob, 'dmy'))]
        if p.nam:
            paras.append('NAM : %s' % fmt_nam(p.nam, 'space'))
            T.add('ramq_nam')
        paras += ['Admission : %s — Congé : %s' % (fmt_date(adm, 'iso'), fmt_date(dis, 'iso')),
                  ('H', 'Diagnostic principal'), dfr,
                  ('H', 'Transfusions'), '%d culot(s) globulaire(s) %s ; aucune réaction.' % (n, c.r(['phénotypés', 'irradiés', 'CMV-négatifs', ''])),
                  'Hb à l\'admission %d g/L ; au congé %d g/L.' % (hb(c, 50, 70), hb(c, 80, 100)),
                  ('H', 'Médication au congé'), c.r(['Pantoprazole 40 mg BID, fer oral 300 mg un jour sur deux', 'Acide folique 5 mg DIE, hydroxyurée 1 g DIE',
                                                    'Prednisone 1 mg/kg avec sevrage, oméprazole 20 mg DIE', 'Apixaban cessé; acide tranexamique 1 g TID x 5 jours']),
                  ('H', 'Suivi'), 'FSC dans une semaine au CLSC. Carte d\'anticorps remise : %s.' % c.r(['non', 'oui (%s)' % c.r(ANTIBODIES)])]
        docb = make_docx('Résumé de dossier — volet transfusionnel', paras, author=doc_.full)
        subj = c.r(['Résumé de congé', 'Suivi post-hospitalisation de votre patient(e)', 'Lettre au médecin traitant'])
        body = '%s\n\nCi-joint le résumé pour votre patient(e), congé le %s. Merci d\'assurer le suivi de la FSC.\n\n%s' % (
            greet(c, 'fr', gp.dr + ' ' + gp.surname), fmt_date(dis, 'long', 'fr'), signature(c, doc_, 'fr'))
        fn = c.r(['Resume_%s.docx' % p.mrn, 'résumé congé %s.docx' % p.surname, 'resume_conge.docx'])
    else:
        paras = ['Patient: %s %s    MRN: %s    DOB: %s' % (p.given, p.surname, p.mrn, fmt_date(p.dob, 'iso'))]
        if p.nam:
            paras.append('RAMQ: %s' % p.nam)
            T.add('ramq_nam')
        paras += ['Admitted %s — discharged %s' % (fmt_date(adm, 'iso'), fmt_date(dis, 'iso')), ('H', 'Diagnosis'), den,
                  ('H', 'Transfusions'), '%d red cell unit(s), no reaction.' % n,
                  'Hb on admission %d g/L, at discharge %d g/L.' % (hb(c, 50, 70), hb(c, 80, 100)),
                  ('H', 'Discharge medications'), c.r(['Pantoprazole 40 mg BID, ferrous sulfate 300 mg every other day',
                                                      'Folic acid 5 mg daily, hydroxyurea 1 g daily', 'Prednisone taper, omeprazole 20 mg daily']),
                  ('H', 'Follow-up'), 'CBC in one week.']
        docb = make_docx('Discharge summary — transfusion', paras, author=doc_.full)
        subj = c.r(['Discharge summary', 'Your patient – discharge letter'])
        body = '%s\n\nPlease find attached the discharge summary (discharged %s). Kindly arrange a CBC next week.\n\n%s' % (
            greet(c, 'en', 'Dr. ' + gp.surname), fmt_date(dis, 'long', 'en'), signature(c, doc_, 'en'))
        fn = c.r(['Discharge_%s.docx' % p.mrn, 'discharge_summary.docx'])
    gpaddr = ('%s %s' % (gp.dr, gp.surname) if lang == 'fr' else 'Dr. %s' % gp.surname, ext_addr(gp, gp_site[1]))
    return spec(c, lang, doc_, gpaddr, subj, body, T, 'discharge summary DOCX with diagnosis, Hb and meds',
                attachments=[dict(filename=fn, ctype=DOCX_CT, data=docb)])


# --------------------------------------------------------------------------- 16. prenatal RhIG / anti-D
def prenatal(c, lang):
    w = c.w
    p = w.holder(sex='F', min_age=18, max_age=44) if c.chance(0.5) else w.patient(sex='F', age_range=(19, 42))
    ob = w.st(c.r(['obgyn', 'nurse']))
    tech = w.st('tech')
    T = {'patient_name', 'lab_result'}
    ga = c.rng.randint(26, 34)
    scen = c.rng.randint(0, 1)
    nm = fmt_name(p, c.r(['full', 'comma', 'upper']), lang)
    idl = _nam_line(c, p, lang, T) if p.nam else ('Dossier %s' % p.mrn if lang == 'fr' else 'MRN %s' % p.mrn)
    if not p.nam:
        T.add('mrn')
    if lang == 'fr':
        if scen == 0:
            lines = ['%s, G%dP%d, %d semaines, groupe %s, RAI négative ce jour.' % (nm, c.rng.randint(1, 4), c.rng.randint(0, 3), ga, c.r(['O Rh-', 'A Rh-', 'B Rh-'])),
                     idl, 'WinRho 300 µg IM à administrer aujourd\'hui à la clinique de grossesse; merci de préparer la dose.']
            T.add('medication')
            subj = 'Immunoglobuline anti-D – %d sem' % ga
        else:
            lines = ['Pour %s : anti-D à titre 1:%d (précédent 1:%d), %d semaines.' % (nm, c.r([32, 64]), c.r([8, 16]), ga), idl,
                     'Référée en médecine fœtale pour Doppler ACM; à prévoir : culots O négatifs irradiés pour transfusion intra-utérine éventuelle.']
            T.add('diagnosis')
            subj = c.r(['Titrage anti-D en hausse', 'Allo-immunisation – suivi'])
        body = '\n'.join([greet(c, 'fr', tech.given if ob.role == 'nurse' else None), ''] + lines + ['', closing(c, 'fr'), signature(c, ob, 'fr')])
    else:
        if scen == 0:
            lines = ['%s, G%dP%d, %d weeks, %s, antibody screen negative today.' % (nm, c.rng.randint(1, 4), c.rng.randint(0, 3), ga, c.r(['O neg', 'A neg', 'B neg'])),
                     idl, 'Rh immune globulin (WinRho) 300 mcg IM to be given today in prenatal clinic; please prepare.']
            T.add('medication')
            subj = 'RhIG for %d-week prenatal' % ga
        else:
            lines = ['%s: anti-D titre 1:%d (was 1:%d) at %d weeks.' % (nm, c.r([32, 64]), c.r([8, 16]), ga), idl,
                     'Referred to fetal medicine for MCA Doppler; may need irradiated O neg units for IUT.']
            T.add('diagnosis')
            subj = 'Rising anti-D titre'
        body = '\n'.join([greet(c, 'en'), ''] + lines + ['', closing(c, 'en'), signature(c, ob, 'en')])
    return spec(c, lang, ob, tech, subj, body, T, 'prenatal Rh-negative follow-up (RhIG / anti-D titre)')


# --------------------------------------------------------------------------- 17. IVIG request
def ivig_request(c, lang):
    w = c.w
    p = w.patient(age_range=(20, 85))
    doc_ = w.st(c.r(['hemato2', 'resident']))
    ph = w.st('pharm')
    tech = w.st('chieftech')
    kg = c.rng.randint(48, 118)
    dose = c.r([0.4, 1, 2])
    ind = c.r([('thrombocytopénie immune réfractaire', 'refractory ITP'), ('syndrome de Guillain-Barré', 'Guillain-Barré syndrome'),
               ('PIDC (polyneuropathie inflammatoire démyélinisante chronique)', 'CIDP'),
               ('hypogammaglobulinémie secondaire (LLC)', 'secondary hypogammaglobulinaemia (CLL)')])
    T = {'patient_name', 'mrn', 'diagnosis', 'medication'}
    nm = fmt_name(p, c.r(['upper', 'title', 'comma']), lang)
    pl = c.rng.randint(4, 25)
    if lang == 'fr':
        subj = c.r(['Demande IgIV', 'Approbation IgIV – %s' % nm, 'IgIV à libérer ce PM'])
        body = [greet(c, 'fr'), '', 'Demande d\'immunoglobulines IV pour %s (dossier %s), %d kg.' % (nm, fmt_mrn(p.mrn, c.r(['plain', 'sp'])), kg),
                'Indication : %s.' % ind[0], 'Dose : %s g/kg = %d g, %s.' % (str(dose).replace('.', ','), round(kg * dose), c.r(['sur 2 jours', 'dose unique', 'q4 semaines'])),
                'Produit disponible : Privigen ou Gamunex selon l\'inventaire.']
        if 'thrombocyt' in ind[0]:
            body.append('Plaquettes ce matin : %d x 10^9/L.' % pl)
            T.add('lab_result')
        body += ['Formulaire signé par l\'hématologue de garde à venir.', '', closing(c, 'fr'), signature(c, doc_, 'fr')]
    else:
        subj = c.r(['IVIG request', 'IVIG approval – %s' % nm])
        body = [greet(c, 'en'), '', 'IVIG request for %s (MRN %s), weight %d kg.' % (nm, p.mrn, kg), 'Indication: %s.' % ind[1],
                'Dose: %s g/kg = %d g, %s.' % (dose, round(kg * dose), c.r(['over 2 days', 'single dose', 'q4 weeks']))]
        if 'ITP' in ind[1]:
            body.append('Platelets this AM: %d x10^9/L.' % pl)
            T.add('lab_result')
        body += ['Signed form to follow.', '', closing(c, 'en'), signature(c, doc_, 'en')]
    return spec(c, lang, doc_, [ph, tech], subj, '\n'.join(body), T, 'IVIG request with indication, weight and dose')


# --------------------------------------------------------------------------- 18. lookback (traçabilité)
def lookback(c, lang):
    w = c.w
    p = w.holder()
    cst = w.st('cst')
    hq = ('Service de la traçabilité, Héma-Québec', 'tracabilite@%s' % HEMAQ_DOM)
    un = unit_no(c)
    tx = c.earlier(200, 900)
    T = {'patient_name', 'mrn', 'lab_result'}
    mk = c.r(['VHC', 'VIH', 'HTLV', 'VHB'])
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'Suite à votre avis de retraçage concernant le don %s (%s), voici le résultat de notre enquête :' % (un, mk),
                'Le produit a été transfusé le %s à %s (dossier %s), %s le %s.' % (fmt_date(tx, 'long', 'fr'), fmt_name(p, 'title', 'fr'), p.mrn,
                                                                           born(p, 'fr'), fmt_date(p.dob, 'long', 'fr')),
                'Sa dernière sérologie %s au dossier (%d) était négative. Le médecin traitant sera avisé cette semaine et un dépistage sera offert.'
                % (mk, tx.year - c.rng.randint(1, 4)), '', closing(c, 'fr'), signature(c, cst, 'fr')]
        subj = c.r(['Retraçage %s – réponse' % un.replace(' ', ''), 'Avis de retraçage – receveur identifié'])
    else:
        body = [greet(c, 'en'), '', 'Regarding your look-back notice for donation %s (%s marker):' % (un, mk.replace('VHC', 'HCV').replace('VIH', 'HIV').replace('VHB', 'HBV')),
                'The component was transfused on %s to %s (MRN %s), born %s.' % (fmt_date(tx, 'long', 'en'), fmt_name(p, 'title', 'en'), p.mrn, fmt_date(p.dob, 'long', 'en')),
                'Previous serology on file (%d) was negative; the attending physician will be informed and testing offered.' % (tx.year - 2),
                '', closing(c, 'en'), signature(c, cst, 'en')]
        subj = 'Look-back %s – recipient identified' % un.replace(' ', '')
    T.add('date_of_birth')
    return spec(c, lang, cst, hq, subj, '\n'.join(body), T, 'look-back reply naming the recipient')


# --------------------------------------------------------------------------- 19. Ontario transfer (OHN)
def ontario_transfer(c, lang):
    w = c.w
    p = w.patient()
    num, vc = w.ohn()
    p.ids['ohn'] = num
    ont_doc = Person(c.r(['McKenna', 'Doyle', 'Sutherland', 'Whitfield']), c.r(['Laura', 'Graham', 'Fiona', 'Derek']))
    tech = w.st('chieftech')
    T = {'ca_health_number', 'patient_name', 'date_of_birth', 'lab_result', 'diagnosis'}
    ohn_s = fmt_ohn(num, vc, c.r(['dash', 'space', 'plain']))
    ab = c.r(ANTIBODIES)
    dfr, den = diag_for(c, p)
    if lang == 'en':
        body = [greet(c, 'en'), '', 'We are transferring %s to your ICU this afternoon.' % fmt_name(p, 'full', 'en'),
                'Ontario Health Card: %s   DOB: %s' % (ohn_s, fmt_date(p.dob, c.r(['iso', 'long', 'mon']), 'en')),
                'Dx: %s. Known %s since %d; last transfused %s (2 units, no reaction).' % (den, ab, c.rng.randint(2012, 2023), fmt_date(c.earlier(3, 40), 'iso')),
                'Most recent Hb %d g/L. Please hold antigen-negative units.' % hb(c),
                '', 'Regards,', '%s %s, MLT' % (ont_doc.given, ont_doc.surname), 'Transfusion Medicine, %s' % ONT_HOSP[0], '613 555-01%02d' % c.rng.randint(0, 99)]
        subj = c.r(['Transfer – transfusion history', 'Incoming transfer: antibody history'])
    else:
        body = [greet(c, 'fr'), '', 'Nous transférons %s à votre USI cet après-midi (courriel en français pour votre équipe).' % fmt_name(p, 'full', 'fr'),
                'Carte santé Ontario : %s   DDN : %s' % (ohn_s, fmt_date(p.dob, 'dmy')),
                'Dx : %s. %s connu depuis %d; dernière transfusion le %s.' % (dfr, ab, c.rng.randint(2012, 2023), fmt_date(c.earlier(3, 40), 'iso')),
                'Hb récente %d g/L. Merci de réserver des culots antigène-négatifs.' % hb(c),
                '', 'Cordialement,', '%s %s' % (ont_doc.given, ont_doc.surname), 'Médecine transfusionnelle, %s' % ONT_HOSP[0]]
        subj = 'Transfert – antécédents transfusionnels'
    return spec(c, lang, ('%s %s' % (ont_doc.given, ont_doc.surname), ext_addr(ont_doc, ONT_HOSP[1])), tech, subj,
                '\n'.join(body), T, 'inter-provincial transfer with Ontario health number', ids={'ohn': [num]})


# --------------------------------------------------------------------------- 20. French visitor (NIR)
def french_nir(c, lang):
    w = c.w
    p = w.patient(age_range=(22, 80))
    nir = w.nir(p.dob, p.sex)
    clerk = w.st('clerk')
    T = {'fr_nir', 'patient_name', 'diagnosis'}
    dfr, den = diag_for(c, p, DIAG[:2] + DIAG[6:8] + DIAG[11:12])
    n = c.rng.randint(2, 6)
    nir_s = fmt_nir(nir, c.r(['std', 'plain', 'key']))
    dest = ('Service international, %s' % c.r(['Mutuelle Horizon Santé', 'Assistance Voyageurs Plus']), 'dossiers@%s' % c.r(['mutuelle-horizon.example', 'assistance-voyageurs.example']))
    if lang == 'fr':
        body = [greet(c, 'fr', formal=True), '', 'Nous vous transmettons la demande de prise en charge pour votre assuré(e), %s, %s le %s,' % (
            fmt_name(p, 'title', 'fr'), born(p, 'fr'), fmt_date(p.dob, 'long', 'fr')), 'numéro de sécurité sociale : %s.' % nir_s,
                'Hospitalisé(e) du %s au %s pour %s ; %d culots globulaires transfusés.' % (fmt_date(c.earlier(6, 20), 'dmy'), fmt_date(c.earlier(1, 5), 'dmy'), dfr, n),
                'La facture détaillée suivra par la poste. Merci de confirmer la garantie de paiement.', '', closing(c, 'fr'), signature(c, clerk, 'fr', 'full')]
        subj = c.r(['Demande de prise en charge – assuré(e) français(e)', 'Garantie de paiement – patient non-résident'])
        T.add('date_of_birth')
    else:
        body = [greet(c, 'en'), '', 'Please find the claim details for your insured, %s, French social security number (NIR) %s.' % (fmt_name(p, 'title', 'en'), nir_s),
                'Admitted for %s; received %d red cell units.' % (den, n), '', closing(c, 'en'), signature(c, clerk, 'en', 'full')]
        subj = 'Guarantee of payment – non-resident patient'
    return spec(c, lang, clerk, dest, subj, '\n'.join(body), T, 'non-resident billing with French NIR and diagnosis', ids={'nir': [nir]})


# --------------------------------------------------------------------------- 21. Belgian student (NISS)
def belgian_niss(c, lang):
    w = c.w
    p = w.patient(age_range=(18, 29))
    niss = w.niss(p.dob, p.sex)
    tech = w.st(c.r(['hemato2', 'chieftech']))
    be_doc = ('Dr %s' % c.r(['Vandenberghe', 'Peeters', 'Janssens', 'Dewulf']), 'hematologie@%s' % c.r(['chu-brabant.example', 'az-kempen.example']))
    T = {'be_niss', 'patient_name', 'diagnosis', 'lab_result'}
    niss_s = fmt_niss(niss, c.r(['std', 'plain', 'space']))
    if lang == 'fr':
        body = [greet(c, 'fr', formal=True), '', 'Votre patient(e) %s (NISS %s), étudiant(e) en échange chez nous, est suivi(e) pour drépanocytose SS.' % (
            fmt_name(p, 'full', 'fr'), niss_s),
                'Pourriez-vous nous transmettre son phénotype érythrocytaire étendu et l\'historique d\'alloimmunisation? '
                'HbS %d %% ce matin, exsanguino-transfusion prévue demain.' % c.rng.randint(45, 80), '', closing(c, 'fr'), signature(c, tech, 'fr')]
        subj = 'Demande d\'historique transfusionnel – patient(e) belge'
    else:
        body = [greet(c, 'en'), '', 'Your patient %s (Belgian NISS %s), here on exchange, is followed for sickle cell disease (HbSS).' % (fmt_name(p, 'full', 'en'), niss_s),
                'Could you send the extended red cell phenotype and alloimmunisation history? HbS %d%% today; red cell exchange planned tomorrow.' % c.rng.randint(45, 80),
                '', closing(c, 'en'), signature(c, tech, 'en')]
        subj = 'Transfusion history request – Belgian patient'
    return spec(c, lang, tech, be_doc, subj, '\n'.join(body), T, 'request to Belgian hospital with NISS and sickle cell disease',
                ids={'niss': [niss]})


BUILDERS = [
    ('audit_csv', audit_csv, 4, 0.6),
    ('quoted_reply', quoted_reply, 4, 0.5),
    ('patient_mail_fwd', patient_mail, 4, 0.6),
    ('eml_forward', eml_forward, 4, 0.5),
    ('discharge_docx', discharge_docx, 4, 0.6),
    ('prenatal_rhig', prenatal, 4, 0.6),
    ('ivig_request', ivig_request, 4, 0.5),
    ('lookback', lookback, 3, 0.67),
    ('ontario_ohn', ontario_transfer, 4, 0.25),
    ('french_nir', french_nir, 3, 0.67),
    ('belgian_niss', belgian_niss, 3, 0.67),
]
