"""Positive messages, part C: foreign and federal identifiers, youth protection, discharge, vCard, .eml, ZIP."""
import gen_docs as D
import gen_ids as I
import gen_mime as M
from gen_common import signature, transport, quote, orig_header, on_wrote
from gen_pos_a import P, addr, hm, hm_en, PATH, INDIC


# ------------------------------------------------------------------ French tourist (NIR)
def p_fr_nir(c):
    rng = c.rng
    p = c.patient(kind='fr', lo=1945, hi=1990)
    nir = I.make_nir(rng, p['dob'], p['sex'])
    md = c.staff(lang='fr')
    adm = c.staff(role='clerk', lang='fr', site=md['site'])
    nm = I.name_forms(p, 'fr', rng, c.pick('full', 'upper_last', 'title'))
    nirs = I.fmt_nir(nir, rng.choice(['sp', 'plain', 'key']))
    v = rng.randrange(2)
    if v == 0:
        subj = c.pick('Patient français — prise en charge CPAM', 'Facturation patient hors Canada', 'Dossier assurance voyage')
        text = ('Bonjour,\n\n%s, touriste français%s, admis%s le %s pour hémorragie digestive basse (diverticulaire), coloscopie faite, '
                'clip x 2. Numéro de sécurité sociale (NIR) : %s. Assureur voyage : Mondial Assist (dossier 25-%06d).\n'
                'Pouvez-vous ouvrir le dossier de facturation hors province?\n' %
                (nm, 'e' if p['sex'] == 'F' else '', 'e' if p['sex'] == 'F' else '', c.past(1, 6), nirs, rng.randrange(10 ** 6)))
        types = ['fr_nir', 'patient_name', 'diagnosis']
        to = [('Facturation', 'facturation@' + md['site']['dom'])]
        frm = adm
    else:
        subj = c.pick('Transfert de dossier — retour en France', 'Compte rendu pour le médecin traitant (France)', 'Lettre de sortie %s' % p['surname'])
        text = ('Cher confrère,\n\nJe vous adresse le compte rendu de %s (né%s le %s, NIR %s), hospitalisé%s chez nous pour une '
                'pancréatite aiguë biliaire. Cholécystectomie à prévoir à son retour. Sortie sous paracétamol et oméprazole.\n'
                '\nBien confraternellement,\n' % (nm, 'e' if p['sex'] == 'F' else '', I.fr_date(p['dob']), nirs, 'e' if p['sex'] == 'F' else ''))
        types = ['fr_nir', 'patient_name', 'diagnosis', 'date_of_birth', 'medication']
        to = [('Dr Lenoir', 'cabinet.lenoir@medecins-lyon.example')]
        frm = md
    text += signature(c, frm, 'fr', closing=(v == 0))
    atts = []
    if c.chance(0.35):
        atts.append({'filename': 'CR_%s.pdf' % I.strip_accents(p['surname']), 'ctype': 'application/pdf',
                     'data': D.pdf(['# Compte rendu', 'Patient : %s' % nm, 'NIR : %s' % nirs, 'Diagnostic : hémorragie digestive'], compress=True)})
    return P(c, 'foreign_patient_fr', 'fr', subj, addr(frm), to, text, types, 'French visitor with NIR and GI diagnosis', atts=atts)


# ------------------------------------------------------------------ Belgian patient (NISS)
def p_be_niss(c):
    rng = c.rng
    p = c.patient(kind='be', lo=1950, hi=2003)
    niss = I.make_niss(rng, p['dob'], p['sex'])
    md = c.staff(lang='fr')
    nm = I.name_forms(p, 'fr', rng, c.pick('full', 'upper_last', 'comma'))
    ns = I.fmt_niss(niss, rng.choice(['std', 'sp', 'plain']))
    lang = c.pick('fr', 'fr', 'en')
    dx = rng.choice([('hépatite auto-immune, sous azathioprine 100 mg et prednisone 10 mg', "autoimmune hepatitis on azathioprine 100 mg and prednisone 10 mg"),
                     ('cirrhose biliaire primitive sous acide ursodésoxycholique', 'primary biliary cholangitis on ursodeoxycholic acid'),
                     ('maladie de Crohn sous védolizumab', "Crohn's disease on vedolizumab")])
    if lang == 'fr':
        subj = c.pick('Demande de dossier — patient belge', 'Transfert des soins — UZ/CHU', 'NISS %s' % ns)
        text = ('Bonjour,\n\nNous suivons depuis peu %s (numéro de registre national / NISS : %s), étudiant%s en échange à Sherbrooke, '
                'connu%s pour %s. Pourriez-vous nous faire parvenir les derniers bilans et le protocole de biopsie hépatique?\n' %
                (nm, ns, 'e' if p['sex'] == 'F' else '', 'e' if p['sex'] == 'F' else '', dx[0]))
    else:
        subj = c.pick('Records request - Belgian patient', 'Transfer of care', 'NISS %s' % ns)
        text = ('Dear colleagues,\n\nWe recently started following %s (Belgian national number / NISS: %s), an exchange student here, '
                'known for %s. Could you send the latest labs and liver biopsy report?\n' % (nm, ns, dx[1]))
    text += signature(c, md, lang)
    return P(c, 'foreign_patient_be', lang, subj, addr(md), [('Service de gastro-entérologie', 'gastro@chu-liege-fictif.example')], text,
             ['be_niss', 'patient_name', 'diagnosis', 'medication'], 'Belgian patient with NISS and diagnosis')


# ------------------------------------------------------------------ Ontario patient
def p_ohip(c):
    rng = c.rng
    p = c.patient(lo=1945, hi=2000)
    hn = I.make_ohip(rng)
    lang = c.pick('en', 'en', 'fr')
    md = c.staff(lang=lang)
    ott = c.staff(lang='en')
    ott['email'] = I.email_of(ott['given'], ott['surname'], 'ottawa-digestive-fictif.example')
    ott['disp'] = 'Dr. %s %s' % (ott['given'], ott['surname'])
    nm = I.name_forms(p, lang, rng, c.pick('full', 'upper_last', 'comma', 'title'))
    hs = I.fmt_ohip(hn, rng.choice(['sp', 'dash', 'plain']), rng.choice(['', 'AB', 'KT', 'ZX']))
    ind = rng.choice(INDIC)
    types = ['ca_health_number', 'patient_name'] + ind[2]
    if lang == 'en':
        subj = c.pick('Referral from Ottawa - %s' % p['surname'], 'Cross-border patient', 'OHIP patient - colonoscopy')
        text = ('Hello,\n\nReferring %s, Ontario health card %s, living in Gatineau but still insured in Ontario, for %s. '
                'DOB %s.\n' % (nm, hs, ind[1], p['dob']))
        types.append('date_of_birth')
    else:
        subj = c.pick('Patient ontarien — coloscopie', 'Carte santé Ontario %s' % hs, 'Référence Ottawa')
        text = ('Bonjour,\n\nPatient%s de l\'Ontario : %s, numéro de carte santé %s, pour %s. Merci de vérifier la couverture avant '
                'de donner le rendez-vous.\n' % ('e' if p['sex'] == 'F' else '', nm, hs, ind[0]))
    if lang == 'fr':
        text += signature(c, md, lang)
    else:
        text += '\n%s\n%s\nOttawa Digestive Health Clinic\nTel: 613-555-01%02d\n' % (
            c.pick('Best regards,', 'Thanks,', 'Sincerely,'), ott['disp'], rng.randrange(100))
    atts = []
    if c.chance(0.3):
        atts.append({'filename': 'ohip_card_scan.pdf', 'ctype': 'application/pdf',
                     'data': D.pdf(['Ontario Health / Santé Ontario', nm, hs], compress=False)})
    return P(c, 'ontario_patient', lang, subj, addr(md) if lang == 'fr' else addr(ott), [('Triage GI', 'triage.endo@' + md['site']['dom'])],
             text, types, 'Ontario health number with referral reason', atts=atts)


# ------------------------------------------------------------------ SIN (income support, disability, insurance)
def p_sin(c):
    rng = c.rng
    lang = c.pick('fr', 'fr', 'en')
    p = c.patient(lo=1965, hi=2000)
    s = I.make_sin(rng)
    sw = c.staff(role='sw', lang=lang)
    md = c.staff(lang=lang, site=sw['site'])
    nm = I.name_forms(p, lang, rng, c.pick('full', 'upper_last', 'title', 'comma'))
    ss = I.fmt_sin(s, rng.choice(['sp', 'dash', 'plain', 'dot']))
    types = ['ca_sin', 'patient_name', 'diagnosis', 'social_information']
    IL = 'Elle' if p['sex'] == 'F' else 'Il'
    if lang == 'fr':
        subj = c.pick('Formulaire contraintes sévères à l\'emploi', 'Assurance-emploi maladie — formulaire', 'Demande d\'aide sociale %s' % p['surname'])
        text = ('%s %s,\n\nJe prépare avec %s (NAS %s) la demande de %s. Il manque votre section médicale : %s, '
                '%s hospitalisations cette année. %s\n\nPouvez-vous la compléter d\'ici vendredi?\n' %
                (md['dr'], md['surname'], nm, ss, c.pick('programme de solidarité sociale (contraintes sévères)', 'prestations de maladie de l\'AE',
                                                 'rente d\'invalidité RRQ'),
                 c.pick('maladie de Crohn sévère avec iléostomie', 'colite ulcéreuse réfractaire', 'cirrhose avec encéphalopathie récidivante'),
                 c.pick('trois', 'deux', 'quatre'),
                 c.pick('%s est en retard de loyer depuis 2 mois.' % IL, '%s a perdu son emploi de camionneur en mars.' % IL,
                        '%s élève seul%s deux enfants.' % (IL, 'e' if p['sex'] == 'F' else ''))))
    else:
        subj = c.pick('Disability form - section B', 'EI sickness benefits form', 'Social assistance application %s' % p['surname'])
        text = ('Dr. %s,\n\nI am preparing with %s (SIN %s) the application for %s. Your medical section is missing: %s, '
                '%s admissions this year. %s\n\nCould you complete it by Friday?\n' %
                (md['surname'], nm, ss, c.pick('social solidarity program', 'EI sickness benefits', 'CPP disability'),
                 c.pick("severe Crohn's disease with ileostomy", 'refractory ulcerative colitis', 'cirrhosis with recurrent encephalopathy'),
                 c.pick('three', 'two', 'four'),
                 c.pick('Two months behind on rent.', 'Lost %s trucking job in March.' % ('her' if p['sex'] == 'F' else 'his'), 'Single parent of two.')))
    text += signature(c, sw, lang)
    atts = []
    if c.chance(0.4):
        atts.append({'filename': c.pick('formulaire_SR-2100.docx', 'form_section_B.docx'),
                     'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'data': D.docx(['# Rapport médical', 'Nom : %s' % nm, 'NAS / SIN : %s' % ss, 'Diagnostic principal : ____________'])})
    return P(c, 'sin_social', lang, subj, addr(sw), [addr(md)], text, types, 'social worker form with SIN, diagnosis and income situation', atts=atts)


# ------------------------------------------------------------------ youth protection (paediatric GI)
def p_youth(c):
    rng = c.rng
    lang = c.pick('fr', 'fr', 'en')
    use_nam = c.chance(0.7)
    p = c.holder(3, 17) if use_nam else c.patient(lo=2010, hi=2020)
    md = c.staff(lang=lang)
    sw = c.staff(role='sw', lang=lang, site=md['site'])
    nm = I.name_forms(p, lang, rng, c.pick('full', 'upper_last', 'comma'))
    types = ['patient_name', 'social_information', 'diagnosis', 'date_of_birth']
    idl = (' (NAM %s, DDN %s)' if lang == 'fr' else ' (RAMQ %s, DOB %s)') % (I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES)), p['dob']) if use_nam \
        else (' (DDN %s)' if lang == 'fr' else ' (DOB %s)') % p['dob']
    if use_nam:
        types.append('ramq_nam')
    if lang == 'fr':
        subj = c.pick('Signalement DPJ — clinique gastro pédiatrique', 'Enfant suivi en GI — inquiétudes', 'Confidentiel: DPJ')
        text = ('%s,\n\nSuite à la clinique de ce matin, je considère un signalement à la DPJ pour %s%s : retard de croissance '
                '(poids < 3e percentile), maladie cœliaque non traitée, 4 rendez-vous manqués. La mère dit ne pas avoir les moyens '
                'pour la diète sans gluten et le père aurait quitté le domicile.\nPeux-tu voir la famille avant leur départ?\n' %
                (sw['given'], nm, idl))
    else:
        subj = c.pick('Youth protection report - paeds GI', 'Concerns re child in GI clinic', 'Child protection referral')
        text = ('%s,\n\nAfter this morning\'s clinic I am considering a youth protection report for %s%s: failure to thrive '
                '(weight < 3rd percentile), untreated coeliac disease, 4 missed appointments. Mother says she cannot afford the '
                'gluten-free diet and father has reportedly left the home.\nCan you see the family before they leave?\n' % (sw['given'], nm, idl))
    text += signature(c, md, lang)
    return P(c, 'youth_protection', lang, subj, addr(md), [addr(sw)], text, types, 'paediatric GI child protection concern')


# ------------------------------------------------------------------ discharge summary (DOCX)
def p_discharge(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    use_nam = c.chance(0.5)
    p = c.holder(40, 92) if use_nam else c.patient(lo=1935, hi=1980)
    md = c.staff(lang=lang)
    gp = c.staff(lang=lang)
    gp['email'] = I.email_of(gp['given'], gp['surname'], rng.choice(I.CLINICS))
    m = I.mrn(rng)
    nm = '%s, %s' % (p['surname'].upper(), p['given'])
    types = ['patient_name', 'mrn', 'diagnosis', 'medication', 'lab_result', 'date_of_birth']
    if lang == 'fr':
        paras = ['# Résumé de départ — Gastroentérologie', 'Patient : %s   Dossier : %s   DDN : %s' % (nm, m, p['dob'])]
        if use_nam:
            paras.append('NAM : %s' % I.fmt_nam(p['nam'], rng.choice(['sp', 'plain'])))
        paras += ['Admission : %s    Départ : %s' % (c.past(6, 12), c.past(0, 2)),
                  'Diagnostic principal : hémorragie digestive haute sur ulcère duodénal Forrest IIa',
                  'Interventions : gastroscopie avec injection d\'adrénaline et clips; 3 CGR.',
                  'Hb à l\'admission 68 g/L, au départ 94 g/L. H. pylori : biopsie positive.',
                  'Médication au départ : pantoprazole 40 mg BID x 8 semaines, amoxicilline/clarithromycine/métronidazole x 14 j, '
                  'cesser naproxène.', 'Suivi : test respiratoire dans 6 semaines; clinique GI dans 8 semaines.']
        text = 'Bonjour %s %s,\n\nCi-joint le résumé de départ de votre patient%s.\n' % (gp['dr'], gp['surname'], 'e' if p['sex'] == 'F' else '')
        subj = c.pick('Résumé de départ', 'Sommaire d\'hospitalisation — %s' % p['surname'], 'Congé gastro')
        fn = c.pick('resume_depart_%s.docx' % m, 'Résumé de départ.docx', 'sommaire_%s.docx' % I.strip_accents(p['surname']))
    else:
        paras = ['# Discharge Summary — Gastroenterology', 'Patient: %s   MRN: %s   DOB: %s' % (nm, m, p['dob'])]
        if use_nam:
            paras.append('RAMQ: %s' % I.fmt_nam(p['nam'], rng.choice(['sp', 'plain'])))
        paras += ['Admitted: %s    Discharged: %s' % (c.past(6, 12), c.past(0, 2)),
                  'Most responsible diagnosis: upper GI bleed from Forrest IIa duodenal ulcer',
                  'Procedures: EGD with epinephrine injection and clips; 3 units PRBC.',
                  'Hb on admission 68 g/L, at discharge 94 g/L. H. pylori biopsy positive.',
                  'Discharge meds: pantoprazole 40 mg BID x 8 weeks, amoxicillin/clarithromycin/metronidazole x 14 d, stop naproxen.',
                  'Follow-up: urea breath test in 6 weeks; GI clinic in 8 weeks.']
        text = 'Dear Dr. %s,\n\nPlease find attached the discharge summary for your patient.\n' % gp['surname']
        subj = c.pick('Discharge summary', 'Discharge - %s' % p['surname'], 'GI discharge')
        fn = c.pick('discharge_%s.docx' % m, 'Discharge Summary.docx')
    if use_nam:
        types.append('ramq_nam')
    text += signature(c, md, lang)
    return P(c, 'discharge_summary', lang, subj, addr(md), [addr(gp)], text, types, 'discharge summary DOCX',
             atts=[{'filename': fn, 'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                    'data': D.docx(paras, title='Résumé' if lang == 'fr' else 'Discharge')}])


# ------------------------------------------------------------------ patient vCard
def p_vcard(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    p = c.patient(lo=1940, hi=1995)
    clerk = c.staff(role='clerk', lang=lang)
    rn = c.staff(role='rn', lang=lang, site=clerk['site'])
    tel = I.phone(rng)
    a1, a2 = I.address(rng)
    note = (c.pick('Colo %s - RSOSi+ - préfère être appelée le soir' % c.future(5, 30), 'Patient MII - Remicade q8 sem - joindre la fille',
                   'Cirrhose - ne pas laisser de message au travail') if lang == 'fr' else
            c.pick('Colo %s - FIT+ - prefers evening calls' % c.future(5, 30), 'IBD patient - Remicade q8w - contact daughter',
                   'Cirrhosis - do not leave message at work'))
    vc = D.vcard('%s %s' % (p['given'], p['surname']), [p['surname'], p['given'], '', '', ''], tels=[('HOME', tel), ('CELL', I.phone(rng))],
                 adr=[a1, a2.split(' (')[0], 'QC', '', 'Canada'], note=note, bday=p['dob'])
    types = ['patient_name', 'patient_contact', 'date_of_birth']
    types += ['lab_result'] if ('RSOSi' in note or 'FIT' in note) else ['diagnosis']
    if 'Remicade' in note:
        types.append('medication')
    text = (c.pick('Voici la fiche contact de la patiente pour tes rappels.', 'Contact à jour ci-joint.') if lang == 'fr'
            else c.pick('Here is the patient contact card for your call list.', 'Updated contact attached.')) + '\n' + signature(c, clerk, lang, long=False)
    return P(c, 'patient_vcard', lang, c.pick('Fiche contact', 'Contact', 'vCard') , addr(clerk), [addr(rn)], text, types,
             'vCard of a patient with care note',
             atts=[{'filename': '%s %s.vcf' % (p['given'], p['surname']), 'ctype': c.pick('text/vcard', 'text/x-vcard'), 'text': vc,
                    'charset': 'utf-8', 'cte': c.pick('base64', 'quoted-printable', '8bit')}])


# ------------------------------------------------------------------ forwarded message as attachment (.eml / message/rfc822)
def p_eml_attached(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    use_nam = c.chance(0.4)
    p = c.holder(30, 85) if use_nam else c.patient(lo=1945, hi=1995)
    a = c.staff(lang=lang)
    b = c.staff(role='rn', lang=lang, site=a['site'])
    x = c.staff(lang=lang)
    k = rng.randrange(len(PATH))
    nm = I.name_forms(p, lang, rng, c.pick('full', 'upper_last', 'title', 'lower'))
    types = ['patient_name', 'diagnosis', 'lab_result']
    idl = ''
    if use_nam:
        idl = ' (NAM %s)' % I.fmt_nam(p['nam'], rng.choice(I.NAM_STYLES))
        types.append('ramq_nam')
    inner_txt = ((('Bonjour,\n\nPour info : %s%s — %s. Annonce faite hier, ' + ('patiente bouleversée' if p['sex'] == 'F' else 'patient bouleversé')
                   + '.\n\n%s\n') if lang == 'fr' else
                  ('Hi,\n\nFYI: %s%s - %s. Disclosed yesterday, patient very upset.\n\n%s\n')) %
                 (nm, idl, PATH[k][0] if lang == 'fr' else PATH[k][1], x['given']))
    date_in = c.date_before()
    inner = M.build({'frm': addr(x), 'to': [addr(a)], 'subject': c.pick('Pour info', 'FYI', 'Résultat', 'Cas de ce matin'), 'date': date_in,
                     'msgid': c.msgid(x['site']['dom']), 'text': inner_txt, 't': transport(c, kind=c.pick('text', 'alt'), crlf=False)}, rng)
    outer = (c.pick('Je te transfère le courriel ci-joint.', 'Voir le message joint, à discuter demain.', 'En pièce jointe.')
             if lang == 'fr' else c.pick('Forwarding the attached e-mail.', 'See attached message, to discuss tomorrow.'))
    outer += '\n' + signature(c, a, lang, long=False)
    as_octet = c.chance(0.35)
    att = {'filename': c.pick('Pour info.eml', 'message.eml', 'FW.eml', ''), 'ctype': 'message/rfc822', 'data': inner}
    if as_octet:
        att = {'filename': c.pick('courriel.eml', 'original.eml'), 'ctype': 'application/octet-stream', 'data': inner}
    return P(c, 'forwarded_eml', lang, c.pick('TR: Pour info', 'Fwd: FYI', 'À voir', 'message joint'), addr(a), [addr(b)], outer, types,
             'forwarded message attached as rfc822/.eml with pathology', atts=[att], t=transport(c, atts=True, body=c.pick('text', 'alt')))


# ------------------------------------------------------------------ ZIP of reports
def p_zip(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    a = c.staff(lang=lang)
    b = c.staff(lang=lang)
    members, types = [], {'patient_name', 'mrn', 'diagnosis', 'lab_result'}
    use_nam = c.chance(0.5)
    for i in range(rng.randrange(2, 5)):
        h = c.holder(40, 85) if (use_nam and i == 0) else None
        p = h or c.patient(lo=1940, hi=1990)
        k = rng.randrange(len(PATH))
        m = I.mrn(rng)
        lines = ['# ' + ('Rapport de coloscopie' if lang == 'fr' else 'Colonoscopy report'), 'Patient: %s %s   %s' % (p['given'], p['surname'], m)]
        if h:
            lines.append('NAM: %s' % I.fmt_nam(h['nam'], 'sp'))
            types.add('ramq_nam')
        lines += ['Pathologie / Pathology: %s' % (PATH[k][0] if lang == 'fr' else PATH[k][1])]
        if c.chance(0.5):
            members.append(('%s_%s.pdf' % (m, I.strip_accents(p['surname'])), D.pdf(lines, compress=True)))
        else:
            members.append(('rapport_%d.docx' % (i + 1), D.docx(lines)))
    z = D.zipped(members)
    text = ((c.pick('Voici les rapports pour la revue de cas de jeudi (mot de passe envoyé séparément... finalement non, désolé).',
                    'Rapports des cas à présenter au comité.', 'Les rapports demandés.') if lang == 'fr' else
             c.pick('Reports for Thursday case review.', 'Cases for the committee.', 'The reports you asked for.')) + '\n' + signature(c, a, lang))
    return P(c, 'zip_reports', lang, c.pick('Rapports', 'Cas comité', 'Reports', 'dossiers'), addr(a), [addr(b)], text, sorted(types),
             'ZIP of colonoscopy/pathology reports', atts=[{'filename': c.pick('rapports.zip', 'cas_revue.zip', 'reports.zip'), 'ctype': 'application/zip',
                                                            'data': z}])
