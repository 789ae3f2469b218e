# -*- coding: utf-8 -*-
"""Positive templates, part 2: other jurisdictions, forwards, insurers, transport, lists."""
import datetime
from email.message import EmailMessage
from email.utils import format_datetime

import cg_data as D
import cg_ids as I
import cg_mime as M
from cg_common import Types
from cg_pos1 import _inst, _report_lines


def _inner_msg(c, frm, to, subject, blocks, when):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subject
    m['Date'] = format_datetime(when)
    m['Message-ID'] = M.msgid(c.tag + 'inner', 'inner.example', when)
    m.set_content(M.render_text(blocks, c.lang), charset='utf-8', cte=c.pick(['quoted-printable', 'base64', '8bit']))
    return m


def p_fwd_eml_attached(c):
    sp = c.pick(['oph', 'ent', 'derm', 'dent'])
    orig = c.staff(sp, c.pick(['vis', 'orl', 'derm', 'dent']))
    fwd = c.clerk('chu')
    dst = c.staff(sp, 'chu')
    p = c.nam_patient()
    cl = c.clin(sp)
    ty = Types('patient_name', 'ramq_nam', 'diagnosis')
    inner = [('p', c.greeting()),
             ('p', c.T('Demande de rendez-vous prioritaire pour %s, NAM %s, %s. Symptômes en progression.'
                       % (c.pname(p), c.nam(p), cl['dx']),
                       'Priority appointment request for %s, health card %s, %s. Symptoms getting worse.'
                       % (c.pname(p), c.nam(p), cl['dx'])))]
    if c.chance(0.5):
        inner.append(('p', c.T('Traitement actuel : ', 'Current treatment: ') + cl['med']))
        ty.add('medication')
    if c.chance(0.4):
        inner.append(('p', c.T('Joindre la patiente au ', 'Patient can be reached at ') + p.phone))
        ty.add('patient_contact')
    inner.append(('sig', c.sig(orig)))
    em = _inner_msg(c, orig['addr'], fwd['addr'], c.T('Demande de rdv prioritaire', 'Priority appointment request'), inner,
                    c.earlier_dt((20, 200)))
    body = [('p', c.greeting(dst)), ('p', c.pick([c.T('Pour ton avis, voir courriel ci-joint.', 'For your opinion, see attached email.'),
                                                  'FYI', c.T('Voir pièce jointe. Je la mets où?', 'See attached - where do I slot this one?')])),
            ('sig', c.sig(fwd, short=True))]
    return dict(category='fwd_eml_attached', frm=fwd['addr'], to=dst['addr'],
                subject=c.T('TR: Demande de rdv prioritaire', 'FW: Priority appointment request'), blocks=body,
                attachments=[(em, 'message/rfc822', None)], types=ty, note='patient details only in attached .eml')


def p_inline_forward(c):
    sp = c.pick(['oph', 'ent', 'derm', 'allg'])
    orig = c.staff(sp, 'chu')
    fwd = c.nurse('chu')
    dst = c.generic_box({'oph': 'vis', 'ent': 'orl', 'derm': 'derm', 'allg': 'allg'}[sp], 'reception', 'frontdesk')
    p = c.new_patient('qc')
    label, num = c.mrn('chuvdc')
    cl = c.clin(sp)
    ty = Types('patient_name', 'mrn', 'diagnosis', 'medication')
    inner = [('p', c.T('%s (%s %s) revue en clinique : %s. Débuter %s.' % (p.full, label, num, cl['dx'], cl['med']),
                       '%s (%s %s) seen in clinic: %s. Start %s.' % (p.full, label, num, cl['dx'], cl['med'])))]
    if c.chance(0.5):
        inner.append(('p', cl['lab']))
        ty.add('lab_result')
    inner.append(('sig', [orig['formal']]))
    hdr = [c.T('De : ', 'From: ') + orig['addr'], c.T('Date : ', 'Date: ') + c.d(c.earlier(1, 10)),
           c.T('Objet : ', 'Subject: ') + c.T('suivi ', 'follow-up ') + p.surname]
    body = [('p', c.T('Bonjour, pour votre dossier — la patiente sera suivie chez vous.', 'Hello, for your records - follow-up will be at your office.')),
            ('fwd', hdr, inner), ('sig', c.sig(fwd))]
    return dict(category='inline_forward', frm=fwd['addr'], to=dst, subject=c.T('TR: suivi ', 'Fwd: follow-up ') + p.surname,
                blocks=body, types=ty, note='inline forward with chart number and treatment')


def p_insurer_sin(c):
    sp = c.pick(['dent', 'dent', 'oph', 'derm'])
    sender = c.clerk({'dent': 'dent', 'oph': 'vis', 'derm': 'derm'}[sp])
    p = c.new_patient('qc')
    sin = I.make_sin(c.rng)
    cl = c.clin(sp)
    ty = Types('patient_name', 'ca_sin', 'diagnosis', 'date_of_birth')
    pol = 'BV-%07d' % c.rng.randint(1000000, 9999999)
    lines = [c.T('Assuré(e) : ', 'Insured: ') + c.pname(p, c.pick(['full', 'rev'])),
             c.T('NAS : ', 'SIN: ') + I.sin_fmt(sin, c.pick(['space', 'dash', 'plain'])),
             c.T('Date de naissance : ', 'Date of birth: ') + c.dob(p),
             c.T('No de police : ', 'Policy no.: ') + pol,
             c.T('Traitement : ', 'Treatment: ') + cl['proc'] + ' - ' + cl['dx'],
             c.T('Montant estimé : %d,00 $' % c.rng.randint(300, 4200), 'Estimated amount: $%d.00' % c.rng.randint(300, 4200))]
    if c.chance(0.5):
        lines.append(c.T('Médication prescrite : ', 'Prescribed: ') + cl['med'])
        ty.add('medication')
    body = [('p', c.greeting()),
            ('p', c.T('Veuillez trouver la demande de prédétermination ci-dessous pour notre patiente/patient.',
                      'Please find below the pre-determination request for our patient.')),
            ('list', lines), ('p', c.thanks()), ('sig', c.sig(sender))]
    return dict(category='insurer_sin', frm=sender['addr'], to=c.generic_box('ins', 'reclamations', 'claims'),
                subject=c.T('Prédétermination - ', 'Pre-determination - ') + pol, blocks=body, types=ty,
                note='insurance pre-determination with SIN')


def p_ontario_referral(c):
    sp = c.pick(['ent', 'oph'])
    inst = 'lake' if sp == 'ent' else 'ovec'
    if c.chance(0.7):
        c.lang, c.fr = 'en', False
    src = c.staff(sp, inst)
    dst = c.staff(sp, 'chu')
    p = c.new_patient('on')
    num, vc = p.ids['ohip']
    cl = c.clin(sp)
    ty = Types('patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis', 'lab_result')
    lines = ['%s: %s' % (c.T('Patient', 'Patient'), c.pname(p, c.pick(['rev', 'full', 'title']))),
             c.T('No carte santé Ontario : ', 'OHIP: ') + I.ohip_fmt(num, vc, c.pick(['dash', 'space', 'plain', 'novc'])),
             c.T('DDN : ', 'DOB: ') + c.dob(p), c.T('Dx : ', 'Dx: ') + cl['dx'], cl['lab']]
    if c.chance(0.5):
        lines.append(c.T('Adresse : ', 'Address: ') + p.address + ', ' + p.city)
        lines.append(c.T('Tél. : ', 'Tel: ') + p.phone)
        ty.add('patient_contact')
    body = [('p', c.greeting(dst)),
            ('p', c.T('Patiente ontarienne qui déménage dans votre région; transfert de suivi demandé.',
                      'This Ontario patient is relocating to your area; requesting transfer of care.')),
            ('list', lines), ('p', c.thanks()), ('sig', c.sig(src))]
    if c.chance(0.5):
        pdf = M.pdf_bytes('Transfer of care summary', _report_lines(c, p, cl, ['OHIP: %s-%s' % (num, vc)], inst, src),
                          compress=True)
        atts = [(pdf, 'application/pdf', 'transfer_%s.pdf' % p.surname.lower())]
        ty.add('medication')
    else:
        atts = []
    return dict(category='ontario_referral', frm=src['addr'], to=dst['addr'],
                subject=c.T('Transfert de suivi - ', 'Transfer of care - ') + p.surname, blocks=body, attachments=atts,
                types=ty, note='Ontario health number referral')


def p_belgian_report(c):
    c.lang, c.fr = 'fr', True
    src = c.staff(c.pick(['derm']), 'remi')
    dst = c.staff('derm', c.pick(['chu', 'derm']))
    p = c.new_patient('be')
    niss = p.ids['niss']
    cl = c.clin(c.pick(['derm', 'allg']))
    ty = Types('patient_name', 'be_niss', 'date_of_birth', 'diagnosis', 'medication')
    body = [('p', 'Chère Consœur, cher Confrère,'),
            ('p', 'Je vous adresse le rapport concernant %s, NISS %s, né(e) le %s, de passage au Québec pour six mois. '
                  'Diagnostic : %s. Traitement en cours : %s.' % (c.pname(p, 'title'), I.niss_fmt(niss, c.pick(['dots', 'space', 'plain'])),
                                                                  p.dob.strftime('%d/%m/%Y'), cl['dx'], cl['med'])),
            ('p', 'Merci de bien vouloir assurer le relais pendant son séjour.'), ('p', 'Confraternellement,'), ('sig', c.sig(src))]
    atts = []
    if c.chance(0.6):
        pdf = M.pdf_bytes('Rapport médical', _report_lines(c, p, cl, ['NISS : ' + I.niss_fmt(niss, 'dots')], 'remi', src))
        atts.append((pdf, 'application/pdf', 'rapport_%s.pdf' % p.surname))
        ty.add('lab_result')
    return dict(category='belgian_report', frm=src['addr'], to=dst['addr'], subject='Relais de suivi - %s' % p.full,
                blocks=body, attachments=atts, types=ty, note='Belgian patient report with NISS', force_lang='fr')


def p_french_report(c):
    c.lang, c.fr = 'fr', True
    src = c.staff('oph', 'terr')
    dst = c.staff('oph', c.pick(['chu', 'vis']))
    p = c.new_patient('fr', age=(55, 90))
    nir = p.ids['nir']
    cl = c.clin('oph', c.pick([0, 1, 2]))
    ty = Types('patient_name', 'fr_nir', 'diagnosis', 'lab_result')
    lines = ['Patient(e) : ' + c.pname(p, c.pick(['upper', 'rev', 'title'])), 'N° sécu : ' + I.nir_fmt(nir, c.pick(['space', 'plain'])),
             'Diagnostic : ' + cl['dx'], 'Bilan : ' + cl['lab']]
    if c.chance(0.6):
        lines.insert(2, 'Né(e) le : ' + p.dob.strftime('%d/%m/%Y'))
        ty.add('date_of_birth')
    if c.chance(0.5):
        lines.append(c.pick(['Traitement : ', 'Tt : ']) + cl['med'])
        ty.add('medication')
    body = [('p', 'Bonjour Docteur,'),
            ('p', c.typo('Suite à notre échange téléphonique, voici les éléments du dossier de notre patient(e) qui s\'installe à '
                         'Montréal. Merci de le/la recevoir en consultation.', 1)),
            ('list', lines), ('p', 'Bien confraternellement,'), ('sig', c.sig(src))]
    return dict(category='french_report', frm=src['addr'], to=dst['addr'], subject='Dossier patient - relais Québec',
                blocks=body, types=ty, note='French patient with NIR', force_lang='fr')


def p_transport_booking(c):
    clerk = c.clerk(c.pick(['chu', 'hsr']))
    p = c.nam_patient() if c.chance(0.4) else c.new_patient('qc', age=(55, 95))
    cl = c.clin(c.pick(['oph', 'dent', 'ent']))
    d = c.later(2, 25)
    ty = Types('patient_name', 'patient_contact', 'diagnosis')
    txt = c.T('Transport requis le %s pour %s, %s (%s). Adresse : %s, %s. Tél. : %s. Rendez-vous à 9 h 15 pour %s.'
              % (c.d(d), c.pname(p, 'rev'), p.age(c.today), 'fauteuil roulant' if c.chance(0.5) else 'marchette', p.address, p.city,
                 p.phone, cl['proc']),
              'Transport needed on %s for %s, age %d (%s). Address: %s, %s. Phone: %s. Appointment 9:15 for %s.'
              % (c.d(d), c.pname(p, 'rev'), p.age(c.today), 'wheelchair' if c.chance(0.5) else 'walker', p.address, p.city,
                 p.phone, cl['proc']))
    body = [('p', c.greeting()), ('p', c.typo(txt, c.rng.randint(0, 1)))]
    if c.chance(0.5):
        body.append(('p', c.social()))
        ty.add('social_information')
    body += [('p', c.thanks()), ('sig', c.sig(clerk))]
    return dict(category='transport_booking', frm=clerk['addr'], to=c.generic_box('tadp', 'reservations', 'bookings'),
                subject=c.T('Réservation transport ', 'Transport booking ') + c.d(d, 'iso'), blocks=body, types=ty,
                note='transport booking with patient home address and phone')


def p_postop_call_csv(c):
    sp = c.pick(['oph', 'dent', 'ent'])
    nurse = c.nurse('chu')
    dst = c.nurse('chu')
    rows = [c.T(['nom', 'prenom', 'telephone', 'date_chx', 'intervention', 'note'],
                ['last', 'first', 'phone', 'surgery_date', 'procedure', 'note'])]
    ty = Types('patient_name', 'patient_contact', 'diagnosis')
    for _ in range(c.rng.randint(4, 10)):
        p = c.new_patient('qc')
        cl = c.clin(sp)
        rows.append([p.surname, p.given, c.pick([p.phone, p.cell]), c.earlier(1, 3).isoformat(), cl['proc'],
                     c.pick(['', '', cl['dx'], c.T('anticoagulé', 'on anticoagulant')])])
    enc = c.pick(['utf-8', 'windows-1252', 'iso-8859-1'])
    data = M.csv_bytes(rows, delimiter=c.pick([',', ';']), encoding=enc)
    body = [('p', c.greeting(dst)),
            ('p', c.T('Liste des appels post-op de demain en pièce jointe. Je ne serai pas là, merci de faire les appels.',
                      'Attached is tomorrow\'s post-op call list. I\'m off, please make the calls.')),
            ('sig', c.sig(nurse, short=True))]
    return dict(category='postop_call_csv', frm=nurse['addr'], to=dst['addr'], subject=c.T('appels post-op', 'post-op calls'),
                blocks=body, attachments=[(data, 'text/csv', c.T('appels_postop.csv', 'postop_calls.csv'))], types=ty,
                note='CSV call list with patient phones and procedures')


def p_html_triage(c):
    sp = c.pick(['oph', 'ent', 'derm', 'allg', 'dent'])
    doc = c.staff(sp, 'chu')
    clerk = c.clerk('chu')
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        p = c.nam_patient()
        cl = c.clin(sp)
        rows.append([p.rev, p.nam, cl['dx'], c.pick(['P1', 'P2', 'P3', 'P4', 'P5'])])
    body = [('p', c.greeting(clerk)),
            ('p', c.T('Triage des références reçues cette semaine :', 'Triage of this week\'s referrals:')),
            ('table', c.T(['Patient', 'NAM', 'Motif', 'Priorité'], ['Patient', 'RAMQ', 'Reason', 'Priority']), rows),
            ('p', c.T('Les P1 à convoquer cette semaine svp.', 'Please book the P1s this week.')), ('sig', c.sig(doc, short=True))]
    return dict(category='html_triage', frm=doc['addr'], to=clerk['addr'], subject=c.T('Triage références', 'Referral triage'),
                blocks=body, mode='html', types=Types('patient_name', 'ramq_nam', 'diagnosis'),
                note='HTML-only triage table with NAMs')


def p_social_worker(c):
    sw_inst = 'chu'
    sw = c._person_dict(c.pick(['Geneviève', 'Mathilde', 'Yannick']), c.pick(['Lacasse', 'Boivin', 'Hamel']), 'F', sw_inst,
                        ('travailleuse sociale', 'social worker'))
    dst = c.staff(c.pick(['oph', 'ent', 'dent']), 'chu')
    p = c.new_patient('qc') if c.chance(0.5) else c.nam_patient()
    label, num = c.mrn('chuvdc')
    ty = Types('patient_name', 'mrn', 'social_information')
    txt = c.T('Concernant %s (%s %s) : %s. Les rendez-vous manqués s\'expliquent en partie par cette situation.'
              % (c.pname(p), label, num, c.social()),
              'Re %s (%s %s): %s. The missed appointments are partly explained by this.' % (c.pname(p), label, num, c.social()))
    body = [('p', c.greeting(dst)), ('p', txt)]
    if c.chance(0.5):
        cl = c.clin(dst['spec'])
        body.append(('p', c.T('Je comprends que %s est prévue; nous pouvons organiser un accompagnement.' % cl['proc'],
                              'I understand %s is planned; we can arrange an escort.' % cl['proc'])))
        ty.add('diagnosis')
    body.append(('sig', c.sig(sw)))
    return dict(category='social_worker', frm=sw['addr'], to=dst['addr'], subject=c.T('Situation sociale - ', 'Social situation - ') + p.surname,
                blocks=body, types=ty, note='social worker note about a patient')


def p_pharmacy_renewal(c):
    sp = c.pick(['derm', 'allg', 'oph'])
    doc = c.staff(sp, c.pick(['chu', 'derm', 'allg']))
    p = c.nam_patient()
    idx = {'derm': 2, 'allg': 2, 'oph': 0}[sp]
    cl = c.clin(sp, idx)
    ty = Types('patient_name', 'medication', 'lab_result', 'diagnosis')
    lines = [c.T('Patient : ', 'Patient: ') + c.pname(p, c.pick(['full', 'rev'])), c.T('Rx : ', 'Rx: ') + cl['med'] + c.T(', 3 mois, 2 renouvellements', ', 3 months, 2 refills'),
             c.T('Indication : ', 'Indication: ') + cl['dx'], c.T('Bilan : ', 'Labs: ') + cl['lab']]
    if c.chance(0.6):
        lines.insert(1, c.T('DDN : ', 'DOB: ') + c.dob(p))
        ty.add('date_of_birth')
    if c.chance(0.4):
        lines.insert(1, 'NAM : ' + c.nam(p))
        ty.add('ramq_nam')
    body = [('p', c.greeting()), ('list', lines), ('p', c.T('Ordonnance signée suivra par télécopieur.', 'Signed prescription to follow by fax.')),
            ('sig', c.sig(doc))]
    return dict(category='pharmacy_renewal', frm=doc['addr'], to=c.generic_box('phar', 'ordonnances', 'prescriptions'),
                subject=c.T('Renouvellement - ', 'Renewal - ') + p.surname, blocks=body, types=ty,
                note='prescription renewal to community pharmacy')


def p_incident_report(c):
    nurse = c.nurse(c.pick(['chu', 'allg']))
    mgr = c.manager(0)
    p = c.new_patient('qc', age=(12, 70))
    label, num = c.mrn('chuvdc')
    cl = c.clin('allg', c.pick([3, 4]))
    txt = c.T('Le %s vers 10 h 40, %s (%s %s) a présenté une réaction systémique (urticaire généralisée, sibilances) 15 min après '
              'sa dose d\'entretien (%s). Épinéphrine 0,5 mg IM x 1, observation 4 h, congé stable.'
              % (c.d(c.today), c.pname(p), label, num, cl['med']),
              'On %s around 10:40, %s (%s %s) had a systemic reaction (generalized hives, wheeze) 15 min after the '
              'maintenance dose (%s). Epinephrine 0.5 mg IM x1, observed 4 h, discharged stable.'
              % (c.d(c.today), c.pname(p), label, num, cl['med']))
    body = [('p', c.greeting(mgr)), ('p', c.T('Rapport AH-223 à suivre. Résumé :', 'AH-223 incident form to follow. Summary:')),
            ('p', txt), ('p', c.T('Diagnostic de base : ', 'Underlying diagnosis: ') + cl['dx']), ('sig', c.sig(nurse))]
    return dict(category='incident_report', frm=nurse['addr'], to=mgr['addr'],
                subject=c.T('Déclaration d\'incident - réaction immunothérapie', 'Incident report - immunotherapy reaction'),
                blocks=body, types=Types('patient_name', 'mrn', 'diagnosis', 'medication'), note='incident report naming patient')


def p_prior_auth(c):
    sp = c.pick(['derm', 'allg', 'oph'])
    idx = {'derm': 5, 'allg': 2, 'oph': 1}[sp]
    doc = c.staff(sp, 'chu')
    nurse = c.nurse('chu')
    p = c.new_patient('qc')
    cl = c.clin(sp, idx)
    sin = I.make_sin(c.rng) if c.chance(0.4) else None
    ty = Types('patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result')
    paras = [c.T('Demande d\'autorisation préalable', 'Prior authorization request'),
             c.T('Patient : %s, né(e) le %s' % (p.full, p.dob.isoformat()), 'Patient: %s, born %s' % (p.full, p.dob.isoformat())),
             c.T('Médicament demandé : ', 'Requested drug: ') + cl['med'],
             c.T('Diagnostic : ', 'Diagnosis: ') + cl['dx'], c.T('Sévérité : ', 'Severity: ') + cl['lab'],
             c.T('Échecs antérieurs : corticostéroïdes topiques puissants, cyclosporine (hypertension).',
                 'Prior failures: potent topical steroids, cyclosporine (hypertension).')]
    if sin:
        paras.insert(2, c.T('NAS : ', 'SIN: ') + I.sin_fmt(sin, 'space'))
        ty.add('ca_sin')
    doc_b = M.docx_bytes(c.T('Autorisation préalable', 'Prior authorization'), paras)
    body = [('p', c.greeting()), ('p', c.T('Formulaire d\'autorisation préalable pour notre patient(e) ci-joint.',
                                           'Attached is the prior authorization form for our patient.')),
            ('p', c.T('Dossier suivi par ', 'File handled by ') + nurse['name']), ('sig', c.sig(doc))]
    return dict(category='prior_auth', frm=nurse['addr'], to=c.generic_box('ins', 'medicaments', 'drugclaims'), cc=doc['addr'],
                subject=c.T('Autorisation préalable ', 'Prior auth ') + cl['med'].split(' ')[0], blocks=body,
                attachments=[(doc_b, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                              'PA_%s_%s.docx' % (p.surname, cl['med'].split(' ')[0]))], types=ty,
                note='prior authorization form for a biologic')


def p_dictation_txt(c):
    sp = c.pick(['ent', 'oph', 'derm', 'dent'])
    doc = c.staff(sp, 'chu')
    trans = c._person_dict('Carole', 'Dion', 'F', 'chu', ('transcriptionniste', 'transcriptionist'))
    p = c.nam_patient()
    cl = c.clin(sp)
    label, num = c.mrn('chuvdc')
    txt = c.T('DICTÉE %s\nDr(e) %s\nPatient(e) : %s   %s %s   NAM %s\n\nHistoire : patient(e) de %d ans connu(e) pour %s. '
              'Médication : %s. Examen : %s.\nConduite : %s.\n' % (c.today.isoformat(), doc['name'], p.full, label, num, p.nam,
                                                                   p.age(c.today), cl['dx'], cl['med'], cl['lab'], cl['proc']),
              'DICTATION %s\nDr %s\nPatient: %s   %s %s   RAMQ %s\n\nHistory: %d-year-old known for %s. Meds: %s. '
              'Exam: %s.\nPlan: %s.\n' % (c.today.isoformat(), doc['name'], p.full, label, num, p.nam, p.age(c.today),
                                          cl['dx'], cl['med'], cl['lab'], cl['proc']))
    body = [('p', c.greeting(doc)), ('p', c.T('Transcription prête pour signature.', 'Transcript ready for signature.')), ('sig', c.sig(trans))]
    return dict(category='dictation_txt', frm=trans['addr'], to=doc['addr'], subject=c.T('Transcription ', 'Transcript ') + num,
                blocks=body, attachments=[(txt, 'text/plain', 'dictee_%s.txt' % num)],
                types=Types('patient_name', 'mrn', 'ramq_nam', 'diagnosis', 'medication', 'lab_result'),
                note='dictation transcript as text attachment')


def p_mrn_only(c):
    sp = c.pick(['dent', 'oph', 'ent'])
    a = c.nurse('chu')
    b = c.staff(sp, 'chu')
    label, num = c.mrn(c.pick(['chuvdc', 'hsr', 'plain']))
    cl = c.clin(sp)
    txt = c.T('%s %s : %s. %s — on reporte %s? Prise de %s confirmée.' % (label, num, cl['dx'], cl['lab'], cl['proc'], cl['med']),
              '%s %s: %s. %s - do we postpone the %s? Confirmed taking %s.' % (label, num, cl['dx'], cl['lab'], cl['proc'], cl['med']))
    body = [('p', c.typo(txt, 1)), ('sig', c.sig(a, short=True))]
    return dict(category='mrn_only', frm=a['addr'], to=b['addr'], subject=c.T('question ', 'question re ') + num, blocks=body,
                types=Types('mrn', 'diagnosis', 'lab_result', 'medication'), note='chart number with clinical detail, no name')


def p_name_only_casual(c):
    sp = c.pick(['oph', 'ent', 'derm', 'dent', 'allg'])
    a = c.clerk('chu')
    b = c.staff(sp, 'chu')
    p = c.new_patient('qc') if c.chance(0.5) else c.nam_patient()
    cl = c.clin(sp)
    txt = c.pick([c.T('%s de %dh%02d a appelé : elle/il demande si elle/il doit arrêter %s avant %s. Inquiet(ète) à cause de : %s.'
                      % (p.full, c.rng.randint(8, 15), c.pick([0, 15, 30]), cl['med'].split(',')[0], cl['proc'], cl['dx']),
                      '%s (the %d:%02d) called asking whether to stop %s before the %s. Worried about the %s.'
                      % (p.full, c.rng.randint(8, 15), c.pick([0, 15, 30]), cl['med'].split(',')[0], cl['proc'], cl['dx']))])
    body = [('p', c.pick(['Dr ' + b['surname'] + ',', c.greeting(b), ''])), ('p', c.typo(txt, c.rng.randint(0, 2))),
            ('p', c.T('Je lui dis quoi?', 'What should I tell them?')), ('sig', [a['given']])]
    return dict(category='name_only_casual', frm=a['addr'], to=b['addr'], subject=c.pick([c.T('message patient', 'patient message'), p.full, 'appel']),
                blocks=[x for x in body if x[1]], types=Types('patient_name', 'diagnosis', 'medication'),
                note='casual message naming patient with condition')
