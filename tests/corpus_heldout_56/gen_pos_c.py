"""Positive templates, part C: leaks in subject / file names / quoted replies /
attached .eml / ZIP / vCard; Ontario, Belgian and French patients; SIN; DOCX notes."""
import datetime

import gen_attach as A
import gen_data as D
import gen_mime as M
import gen_util as U
from gen_common import R, ago, ahead, box, dsp_box, greet, pci_box, thanks, who

L = U.L


def p_subject_only(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    s = c.staff(lang, '', hosp['dom'])
    p = c.nam_patient(hosp)
    key = r.choice(['tb', 'hepb', 'syph', 'measles', 'legio', 'igas'])
    dz = D.MADO[key]
    types = {'patient_name', 'diagnosis'}
    subj = r.choice(['%s %s - %s' % (p.surname.upper(), p.given, dz[0] if lang == 'fr' else dz[1]),
                     L(lang, 'Suivi %s (%s)', 'Follow-up %s (%s)') % (p.full(), dz[0] if lang == 'fr' else dz[1]),
                     '%s / %s / %s' % (p.surname, p.mrn, dz[0] if lang == 'fr' else dz[1])])
    if p.mrn in subj:
        types.add('mrn')
    body = r.choice([L(lang, 'Voir ma note de ce matin. On en parle au caucus.', 'See my note from this morning. Let\'s discuss at huddle.'),
                     L(lang, 'Peux-tu me rappeler? Merci', 'Can you call me back? Thanks'),
                     L(lang, 'FYI - dossier mis à jour.', 'FYI - chart updated.')])
    blocks = [('p', body), c.sig(s, lang, short=True)]
    return R('subject_line_leak', lang, subj, s, [c.staff(lang, '', hosp['dom'])], blocks, types,
             'patient name and diagnosis only in the Subject line')


def p_filename(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    s = c.staff(lang, L(lang, 'archiviste', 'health records'), hosp['dom'])
    p = c.nam_patient(hosp)
    key = r.choice(['tb', 'hepb', 'syph', 'hepa', 'mpox', 'lyme'])
    dz = D.MADO[key]
    types = {'patient_name', 'diagnosis'}
    tag = {'tb': 'TB', 'hepb': 'hepB', 'syph': 'syphilis', 'hepa': 'hepA', 'mpox': 'mpox', 'lyme': 'Lyme'}[key]
    fn = r.choice(['%s_%s_%s.pdf' % (p.surname, p.given, tag), '%s-%s-%s.pdf' % (tag, p.surname.upper(), p.mrn),
                   'enquete_%s_%s_%s.pdf' % (tag, p.surname.lower(), p.given[0].lower())])
    if p.mrn in fn:
        types.add('mrn')
    lines = [L(lang, 'Résumé d\'enquête épidémiologique', 'Epidemiological investigation summary'),
             L(lang, 'Cas : %s, %s', 'Case: %s, %s') % (p.full(), dz[0] if lang == 'fr' else dz[1]),
             L(lang, 'Résultat : %s', 'Result: %s') % (dz[2] if lang == 'fr' else dz[3])]
    types.add('lab_result')
    if r.random() < 0.5:
        lines.append('NAM : %s' % p.nam)
        types.add('ramq_nam')
    atts = [{'filename': fn, 'ctype': 'application/pdf', 'data': A.make_pdf(lines[0], lines[1:], author=s.full())}]
    blocks = [('p', greet(c, lang)), ('p', L(lang, 'Document numérisé comme demandé.', 'Scanned document as requested.')),
              c.sig(s, lang, hosp['name'])]
    return R('attachment_filename_leak', lang, L(lang, 'Document numérisé', 'Scanned document'), s, [dsp_box(lang)], blocks, types,
             'patient name and disease in the attachment file name and PDF', atts=atts)


def p_reply_quote(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    a = c.staff(lang, L(lang, 'PCI', 'IPAC'), hosp['dom'])
    b = c.staff(lang, L(lang, 'AIC', 'charge nurse'), hosp['dom'])
    p = c.nam_patient(hosp, adult=True)
    org = r.choice(['sarm', 'erv', 'epc', 'cdiff', 'covid', 'noro'])
    o = D.NOSO[org]
    types = {'patient_name', 'lab_result'}
    nm = U.show_name(p, lang, r, r.choice(['title_sur', 'full', 'sur_comma']))
    quoted = [('p', L(lang, 'Bonjour, %s au %s est-%s toujours en isolement? Son %s date du %s et on manque de chambres privées.'
                      % (nm, r.choice(['412', '3-18', '725']), 'elle' if p.sex == 'F' else 'il', o[2],
                         U.fdate(ago(c, 9), lang, 'short')),
                      'Hi, is %s in %s still on isolation? The %s was on %s and we are short of private rooms.'
                      % (nm, r.choice(['412', '3-18', '725']), o[3], U.fdate(ago(c, 9), lang, 'short'))))]
    if r.random() < 0.5:
        types.add('mrn')
        quoted.append(('p', L(lang, 'Dossier %s', 'MRN %s') % p.mrn))
    quoted.append(c.sig(b, lang, short=True))
    reply = r.choice([L(lang, 'Oui, on maintient. Je passe cet après-midi.', 'Yes, keep it. I will drop by this afternoon.'),
                      L(lang, 'Oui jusqu\'à nouvel ordre svp.', 'Yes until further notice please.'),
                      L(lang, 'Non, vous pouvez lever l\'isolement à partir de demain.', 'No, you can lift precautions as of tomorrow.')])
    when = c.now - datetime.timedelta(hours=r.randint(1, 20))
    if r.random() < 0.5:
        q = ('quote', c.quote_intro(lang, b, when), quoted)
    else:
        q = ('fwd', c.outlook_hdr(lang, b, a.full(), when, L(lang, 'isolement?', 'isolation?')), quoted)
    blocks = [('p', reply), c.sig(a, lang, hosp['name']), q]
    return R('quoted_reply', lang, L(lang, 'RE: isolement?', 'RE: isolation?'), a, [b], blocks, types,
             'short reply; patient details in the quoted earlier message', irt=c.msgid(hosp['dom']))


def p_eml_attached(c, lang, build_inner):
    r = c.rng
    hosp = r.choice(U.HOSP)
    a = c.staff(lang, 'md', hosp['dom'])
    b = c.staff(lang, L(lang, 'infirmière DSPu', 'PH nurse'), U.DSP['dom'])
    p = c.nam_patient(hosp)
    key = r.choice(list(D.MADO))
    dz = D.MADO[key]
    types = {'patient_name', 'diagnosis', 'ramq_nam'}
    inner_blocks = [('p', greet(c, lang)),
                    ('p', L(lang, 'Cas (%s) : %s, NAM %s.' % (dz[0], p.full(), U.show_nam(p.nam, r)),
                            'Case of %s: %s, RAMQ %s.' % (dz[1], p.full(), U.show_nam(p.nam, r))))]
    if r.random() < 0.6:
        types.add('date_of_birth')
        inner_blocks.append(('p', L(lang, 'Née le %s.' if p.sex == 'F' else 'Né le %s.', 'Born %s.') % U.fdate(p.dob, lang, 'long')))
    inner_blocks.append(c.sig(a, lang, hosp['name']))
    inner = {'from': who(a), 'to': [dsp_box(lang)], 'cc': [], 'subject': L(lang, 'Déclaration %s', '%s report') % (dz[0] if lang == 'fr' else dz[1]),
             'date': c.now - datetime.timedelta(days=1), 'msgid': c.msgid(hosp['dom']), 'blocks': inner_blocks,
             't': c.transport(lang)}
    inner['t']['crlf'] = False
    data = build_inner(inner)
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Je te transfère la déclaration originale reçue hier (en pièce jointe). Peux-tu ouvrir le dossier?',
                      'Forwarding the original report received yesterday (attached). Can you open the file?')),
              c.sig(b, lang, short=True)]
    to = c.staff(lang, '', U.DSP['dom'])
    return R('attached_eml', lang, L(lang, 'TR: Déclaration', 'FW: report'), b, [to], blocks, types,
             'forward with the original report attached as .eml',
             atts=[{'filename': L(lang, 'declaration.eml', 'report.eml'), 'eml': data}])


def p_zip_linelist(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    s = c.staff(lang, L(lang, 'épidémiologiste', 'epidemiologist'), U.DSP['dom'])
    key = r.choice(['salmo', 'stec', 'hepa', 'shig', 'legio'])
    dz = D.MADO[key]
    rows = []
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'patient_contact'}
    for i in range(r.randint(4, 9)):
        p = c.nam_patient() if (i == 0 or r.random() < 0.5) else c.gen_patient('qc')
        row = [p.surname, p.given, p.dob.isoformat(), p.sex, p.address[1], p.phone,
               U.fdate(ago(c, r.randint(3, 20)), lang, 'iso'), r.choice(['O', 'N']) if lang == 'fr' else r.choice(['Y', 'N'])]
        row.insert(3, p.nam or '')
        rows.append(row)
    types.add('ramq_nam')
    hdr = [L(lang, 'nom', 'last_name'), L(lang, 'prenom', 'first_name'), L(lang, 'ddn', 'dob'), 'nam', L(lang, 'sexe', 'sex'),
           L(lang, 'municipalite', 'city'), L(lang, 'tel', 'phone'), L(lang, 'debut_sympt', 'onset'),
           L(lang, 'hospitalise', 'hospitalised')]
    csvtxt = A.make_csv(hdr, rows, delim=r.choice([';', ',']), crlf=r.random() < 0.5)
    readme = L(lang, 'Agrégat %s - liste des cas confirmés. Ne pas diffuser.\n', 'Cluster %s - confirmed case list. Do not distribute.\n') % (
        dz[0] if lang == 'fr' else dz[1])
    z = A.make_zip([('cas_%s.csv' % key, csvtxt.encode('utf-8')), ('LISEZMOI.txt', readme.encode('utf-8'))])
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Ci-joint l\'archive de l\'agrégat (%s, %d cas). Mot de passe envoyé par texto.' % (dz[0], len(rows)),
                      'Attached is the %s cluster archive (%d cases). Password sent by text.' % (dz[1], len(rows)))),
              c.sig(s, lang, U.DSP['name'])]
    to = [box('MAPAQ - Inspection', 'inspection@mapaq-region.example')] if lang == 'fr' else [c.staff(lang, '', 'phac-region.example')]
    return R('zip_case_list', lang, L(lang, 'Agrégat %s - cas' % dz[0], '%s cluster - cases' % dz[1]), s, to, blocks, types,
             'ZIP with CSV case list (names, NAM, DOB, phone)',
             atts=[{'filename': 'agregat_%s_%s.zip' % (key, c.now.strftime('%Y%m%d')), 'ctype': 'application/zip', 'data': z}])


def p_vcard(c, lang):
    r = c.rng
    s = c.staff(lang, L(lang, 'infirmière de suivi', 'follow-up nurse'), U.DSP['dom'])
    p = c.nam_patient(adult=True)
    key = r.choice(['tb', 'hepb', 'syph', 'lyme'])
    dz = D.MADO[key]
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    vcf = A.make_vcf(p.given, p.surname, p.phone, (p.address[0], p.address[1], p.address[2]),
                     note=L(lang, 'Suivi %s - appeler en soirée', 'Follow-up %s - call evenings') % (dz[0] if lang == 'fr' else dz[1]))
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Je te laisse la fiche %s pour la relance de vendredi.' % ('de la patiente' if p.sex == 'F' else 'du patient'),
                      'Here is the contact card for Friday\'s follow-up call.')),
              c.sig(s, lang, short=True)]
    return R('vcard_contact', lang, L(lang, 'Fiche contact', 'Contact card'), s, [c.staff(lang, '', U.DSP['dom'])], blocks, types,
             'vCard of a patient with follow-up note',
             atts=[{'filename': '%s_%s.vcf' % (p.surname, p.given), 'ctype': 'text/vcard', 'text': vcf}])


def p_ontario(c, lang):
    r = c.rng
    s = c.staff('en', 'IPAC Specialist', U.ON_HOSP['dom'])
    p = c.gen_patient('on', age_range=(25, 92))
    org = r.choice(['sarm', 'epc', 'erv', 'cdiff'])
    o = D.NOSO[org]
    types = {'patient_name', 'ca_health_number', 'lab_result'}
    rows = [['Name', U.show_name(p, 'en', r, r.choice(['sur_comma', 'full', 'upper_comma']))],
            ['Health card', U.show_ohip(p, r)],
            ['Result', o[3]],
            ['Transferred to', U.HOSP[0]['name']]]
    if r.random() < 0.6:
        rows.insert(2, ['DOB', U.fdate(p.dob, 'en', 'iso')])
        types.add('date_of_birth')
    if r.random() < 0.5:
        rows.insert(2, ['Chart #', p.mrn])
        types.add('mrn')
    if lang == 'fr':
        intro = 'Bonjour, please note (sorry, English only on our side): patient transferred to your site is colonised.'
    else:
        intro = 'Hello, the patient transferred to your site yesterday is colonised:'
    blocks = [('p', intro), ('table', None, rows),
              ('p', 'Please maintain %s. Call me with any questions.' % o[5]), c.sig(s, 'en', U.ON_HOSP['name'])]
    return R('ontario_transfer', lang, 'Transfer notification - %s' % o[1], s, [pci_box(U.HOSP[0], lang)], blocks, types,
             'Ontario patient (health card number) transferred with MDRO')


def p_belgium(c, lang):
    r = c.rng
    s = c.staff('fr', 'médecin hygiéniste', U.BE_HOSP['dom'])
    p = c.gen_patient('be', age_range=(20, 80))
    key = r.choice(['legio', 'measles', 'hepa', 'imd'])
    dz = D.MADO[key]
    types = {'patient_name', 'be_niss', 'diagnosis'}
    lines = ['Patient : %s' % U.show_name(p, 'fr', r, r.choice(['upper_comma', 'full'])),
             'NISS : %s' % U.show_niss(p.niss, r),
             'Diagnostic : %s' % dz[0],
             'Séjour au Québec du %s au %s (voyage touristique, hôtel à Bellerive-Nord)' % (
                 U.fdate(ago(c, 30), 'fr', 'num'), U.fdate(ago(c, 12), 'fr', 'num'))]
    types.add('social_information')
    if r.random() < 0.5:
        lines.insert(2, 'Date de naissance : %s' % U.fdate(p.dob, 'fr', 'num'))
        types.add('date_of_birth')
    if r.random() < 0.5:
        lines.append('Résultat : %s' % dz[2])
        types.add('lab_result')
    blocks = [('p', 'Chère consœur, cher confrère,'),
              ('p', 'Dans le cadre du Règlement sanitaire international, nous vous signalons le cas suivant, probablement acquis dans votre région :'),
              ('pre', '\n'.join(lines)), ('p', 'Bien confraternellement,'), c.sig(s, 'fr', U.BE_HOSP['name'])]
    if lang == 'en':
        blocks.insert(0, ('p', '(English summary: imported case, Belgian resident, details below in French.)'))
    return R('international_notification_be', lang, 'Signalement cas %s - voyageur' % dz[0], s, [dsp_box('fr')], blocks, types,
             'Belgian hospital notifies case with NISS')


def p_france(c, lang):
    r = c.rng
    s = c.staff('fr', 'praticien hospitalier, infectiologie', U.FR_HOSP['dom'])
    p = c.gen_patient('fr', age_range=(18, 75))
    key = r.choice(['measles', 'tb', 'hepa', 'mpox'])
    dz = D.MADO[key]
    types = {'patient_name', 'fr_nir', 'diagnosis'}
    lines = ['%s %s, né%s le %s' % (p.title('fr'), p.full(), 'e' if p.sex == 'F' else '', U.fdate(p.dob, 'fr', 'num')),
             'N° de sécurité sociale : %s' % U.show_nir(p.nir, r),
             '%s diagnostiquée le %s' % (dz[0][0].upper() + dz[0][1:], U.fdate(ago(c, 4), 'fr', 'long'))]
    types.add('date_of_birth')
    if r.random() < 0.5:
        lines.append('Vol retour Montréal-Paris le %s, siège 32C' % U.fdate(ago(c, 8), 'fr', 'num'))
        types.add('social_information')
    if r.random() < 0.4:
        lines.append('Tél. : %s' % p.phone)
        types.add('patient_contact')
    blocks = [('p', 'Bonjour,'), ('p', 'Pour votre enquête autour des contacts au Québec :'), ('list', lines),
              ('p', 'Cordialement'), c.sig(s, 'fr', U.FR_HOSP['name'])]
    if lang == 'en':
        blocks.insert(1, ('p', 'Please see details below (in French).'))
    return R('international_notification_fr', lang, 'Cas %s - patient ayant séjourné au Québec' % U.dde(dz[0]), s, [dsp_box('fr')], blocks,
             types, 'French hospital notifies case with NIR')


def p_sin(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    ts = c.staff(lang, L(lang, 'travailleuse sociale', 'social worker'), hosp['dom'])
    p = c.nam_patient(hosp, adult=True)
    p.sin = p.sin or U.gen_sin(r)
    U.check_ids(p)
    types = {'patient_name', 'ca_sin', 'social_information', 'diagnosis'}
    lines = [L(lang, 'Nom : %s', 'Name: %s') % p.full(),
             L(lang, 'NAS : %s', 'SIN: %s') % U.show_sin(p.sin, r),
             L(lang, 'Situation : isolement obligatoire (TB active) - perte de revenu, travail saisonnier en usine',
               'Situation: mandatory isolation (active TB) - loss of income, seasonal factory work'),
             L(lang, 'Demande : aide financière de dernier recours + banque alimentaire',
               'Request: last-resort financial assistance + food bank')]
    if r.random() < 0.5:
        lines.append(L(lang, 'Adresse : %s, %s %s', 'Address: %s, %s %s') % p.address)
        types.add('patient_contact')
    if r.random() < 0.5:
        lines.append(L(lang, 'DDN : %s', 'DOB: %s') % U.fdate(p.dob, lang, rng=r))
        types.add('date_of_birth')
    blocks = [('p', greet(c, lang)), ('p', L(lang, 'Voici les informations pour la demande :', 'Information for the application:')),
              ('list', lines), c.sig(ts, lang, hosp['name'])]
    return R('social_work_sin', lang, L(lang, 'Demande aide sociale - usager en isolement', 'Assistance application - client in isolation'),
             ts, [box('Aide sociale', 'dossiers@aide-emploi-region.example')], blocks, types,
             'social worker application with SIN and isolation context')


def p_docx_note(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    md = c.staff(lang, 'md', hosp['dom'])
    p = c.nam_patient(hosp, adult=True)
    key = r.choice(['tb', 'legio', 'listeria', 'igas', 'imd'])
    dz = D.MADO[key]
    types = {'patient_name', 'mrn', 'diagnosis', 'lab_result', 'date_of_birth'}
    paras = [L(lang, 'Patient : %s   Dossier : %s   DDN : %s', 'Patient: %s   MRN: %s   DOB: %s')
             % (p.full(), p.mrn, U.fdate(p.dob, lang, 'iso')),
             L(lang, 'Consultation en infectiologie - %s', 'Infectious diseases consult - %s') % (dz[0] if lang == 'fr' else dz[1]),
             L(lang, 'Histoire : fièvre depuis 5 jours, altération de l\'état général.', 'History: 5 days of fever, general decline.'),
             L(lang, 'Investigation : %s', 'Workup: %s') % (dz[2] if lang == 'fr' else dz[3])]
    if dz[6]:
        paras.append(L(lang, 'Plan : %s; aviser la santé publique.', 'Plan: %s; notify public health.') % (dz[6] if lang == 'fr' else dz[7]))
        types.add('medication')
    fn = r.choice(['consult_ID.docx', 'note_%s.docx' % p.mrn, 'consultation.docx'])
    blocks = [('p', greet(c, lang)), ('p', L(lang, 'Ma note de consultation en pièce jointe.', 'My consult note is attached.')),
              c.sig(md, lang, hosp['name'])]
    return R('consult_note_docx', lang, L(lang, 'Note de consultation', 'Consult note'), md, [dsp_box(lang)], blocks, types,
             'DOCX consult note with identified patient',
             atts=[{'filename': fn, 'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                    'data': A.make_docx(L(lang, 'Consultation', 'Consultation'), paras, author=md.full())}])
