# -*- coding: utf-8 -*-
"""Positive templates, part 1: referrals, wait lists, photos, reports."""
import datetime

import cg_data as D
import cg_mime as M
from cg_common import Types


def _inst(c, k):
    return D.INST[k]['fr'] if c.fr else D.INST[k]['en']


def p_referral_private(c):
    sp = c.pick(['oph', 'ent', 'derm', 'dent', 'allg'])
    priv = {'oph': 'vis', 'ent': 'orl', 'derm': 'derm', 'dent': 'dent', 'allg': 'allg'}[sp]
    src = c.staff(sp, priv) if sp != 'oph' or c.chance(0.5) else c.staff('oph', 'vis')
    dst = c.staff(sp, 'chu')
    p = c.nam_patient()
    cl = c.clin(sp)
    ty = Types('patient_name', 'ramq_nam', 'diagnosis')
    lines = [c.T('Patient : ', 'Patient: ') + c.pname(p), 'NAM : ' + c.nam(p) if c.fr else 'RAMQ: ' + c.nam(p)]
    if c.chance(0.7):
        lines.append(c.T('DDN : ', 'DOB: ') + c.dob(p))
        ty.add('date_of_birth')
    lines.append(c.T('Motif : ', 'Reason: ') + cl['dx'])
    lines.append(c.T('Médication : ', 'Current meds: ') + cl['med'])
    ty.add('medication')
    if c.chance(0.6):
        lines.append(c.T('Examens : ', 'Work-up: ') + cl['lab'])
        ty.add('lab_result')
    if c.chance(0.35):
        lines.append(c.T('Tél. patient : ', 'Patient phone: ') + p.phone)
        ty.add('patient_contact')
    prio = c.pick(['P2 (< 30 jours)', 'P3 (< 3 mois)', 'urgent', 'semi-urgent']) if c.fr else c.pick(['urgent', 'semi-urgent', 'routine (P4)'])
    body = [('p', c.greeting(dst)),
            ('p', c.typo(c.T('Je vous réfère cette patiente pour évaluation et prise en charge en %s (%s). '
                             'Nous ne disposons pas du plateau technique nécessaire en clinique privée.' %
                             (D.SPECIALTY[sp]['fr'], cl['proc']),
                             'I am referring this patient to your clinic for assessment and %s. We do not have the '
                             'required equipment in our private office.' % cl['proc']), c.rng.randint(0, 1))),
            ('list', lines, c.pick(['-', '*', '•'])),
            ('p', c.T('Priorité : ', 'Priority: ') + prio),
            ('p', c.thanks()), ('sig', c.sig(src))]
    if c.chance(0.3):
        soc = c.social()
        body.insert(3, ('p', c.T('Contexte social : ', 'Social: ') + soc))
        ty.add('social_information')
    subj = c.pick([c.T('Référence %s - %s' % (D.SPECIALTY[sp]['fr'], p.surname), 'Referral %s - %s' % (D.SPECIALTY[sp]['en'], p.surname)),
                   c.T('Demande de consultation', 'Consultation request'),
                   c.T('Réf. : %s' % p.rev, 'Ref: %s' % p.rev)])
    return dict(category='referral_private', frm=src['addr'], to=dst['addr'], subject=subj, blocks=body,
                types=ty, note='private clinic referral with NAM to hospital clinic')


def p_waitlist_xlsx(c):
    sp = c.pick(['oph', 'ent', 'dent'])
    sender = c.clerk('chu')
    dst = c.manager(0) if c.chance(0.5) else c.staff(sp, 'chu')
    n = c.rng.randint(4, 9)
    pats = [c.nam_patient() for _ in range(n)]
    head = c.T(['Nom', 'Prénom', 'NAM', 'DDN', 'Diagnostic', 'Intervention', 'Priorité', 'Date demande'],
               ['Last name', 'First name', 'RAMQ', 'DOB', 'Diagnosis', 'Procedure', 'Priority', 'Requested'])
    rows = []
    for p in pats:
        cl = c.clin(sp)
        rows.append([p.surname.upper(), p.given, p.nam, p.dob.isoformat(), cl['dx'], cl['proc'],
                     c.pick(['P1', 'P2', 'P3', 'P4']), c.earlier(20, 400).isoformat()])
    x = M.xlsx_bytes([(c.T('Liste attente', 'Wait list'), [head] + rows)])
    fname = c.T('liste_attente_%s_%s.xlsx' % (sp, c.today.strftime('%Y%m')), 'waitlist_%s_%s.xlsx' % (sp, c.today.strftime('%Y%m')))
    body = [('p', c.greeting(dst)),
            ('p', c.T('Ci-joint la liste d\'attente à jour pour %s (%d patients en attente de plus de 6 mois). '
                      'Pouvez-vous confirmer les priorités avant vendredi?' % (D.SPECIALTY[sp]['fr'], n),
                      'Attached is the updated %s wait list (%d patients waiting more than 6 months). Can you confirm the '
                      'priorities before Friday?' % (D.SPECIALTY[sp]['en'], n))),
            ('p', c.thanks()), ('sig', c.sig(sender))]
    return dict(category='waitlist_xlsx', frm=sender['addr'], to=dst['addr'],
                subject=c.T('Liste d\'attente %s - mise à jour' % D.SPECIALTY[sp]['fr'], 'Wait list update - %s' % D.SPECIALTY[sp]['en']),
                blocks=body, attachments=[(x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fname)],
                types=Types('patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'), note='XLSX wait list with NAMs')


def p_waitlist_body_table(c):
    sp = c.pick(['oph', 'ent', 'derm', 'dent', 'allg'])
    sender = c.nurse('chu')
    dst = c.staff(sp, 'chu')
    rows = []
    for _ in range(c.rng.randint(3, 7)):
        p = c.new_patient('qc')
        lab, num = c.mrn('chuvdc')
        cl = c.clin(sp)
        rows.append(['%s, %s' % (p.surname.upper(), p.given), num, cl['dx'], '%d %s' % (c.rng.randint(5, 60), c.T('sem.', 'wks'))])
    head = c.T(['Patient', 'MRN', 'Dx', 'Attente'], ['Patient', 'MRN', 'Dx', 'Waiting'])
    body = [('p', c.greeting(dst)),
            ('p', c.T('Voici les patients de la liste d\'attente qui pourraient être vus lors des plages libérées la semaine prochaine :',
                      'Here are the wait-list patients who could fill the cancelled slots next week:')),
            ('table', head, rows, c.pick(['pipe', 'pad', 'tab'])),
            ('p', c.T('Dites-moi lesquels convoquer.', 'Let me know who to book.')), ('sig', c.sig(sender))]
    return dict(category='waitlist_table', frm=sender['addr'], to=dst['addr'],
                subject=c.T('Plages libérées - liste d\'attente', 'Open slots - wait list candidates'), blocks=body,
                types=Types('patient_name', 'mrn', 'diagnosis'), note='surname-first roster with chart numbers and diagnoses')


def p_derm_photos(c):
    src = c.staff('derm', c.pick(['derm', 'chu']))
    dst = c.staff('derm', 'chu') if src['inst'] != 'chu' else c.staff('derm', 'derm')
    p = c.nam_patient() if c.chance(0.5) else c.new_patient('qc')
    cl = c.clin('derm')
    ty = Types('patient_name', 'diagnosis')
    site = c.pick(['dos', 'jambe_g', 'visage', 'aisselle', 'thorax']) if c.fr else c.pick(['back', 'left_leg', 'face', 'axilla', 'chest'])
    atts = []
    for i in range(c.rng.randint(1, 3)):
        img = M.png_bytes(64, 48, '%s-%d' % (c.tag, i))
        fn = '%s_%s_%s_%s_%d.png' % (p.surname, p.given[0], site, c.today.strftime('%Y%m%d'), i + 1)
        atts.append((img, 'image/png', fn))
    txt = c.T('Photos de %s prises ce matin (%s). Évolution de %s depuis la dernière visite — comparer avec les clichés de mars.'
              % (c.pname(p, c.pick(['title', 'full', 'titlesurname'])), site.replace('_', ' '), cl['dx']),
              'Photos of %s taken this morning (%s). Progression of %s since last visit - please compare with the March set.'
              % (c.pname(p, c.pick(['title', 'full'])), site.replace('_', ' '), cl['dx']))
    body = [('p', c.greeting(dst)), ('p', c.typo(txt, c.rng.randint(0, 2)))]
    if c.chance(0.5):
        body.append(('p', c.T('DDN %s' % c.dob(p), 'DOB %s' % c.dob(p))))
        ty.add('date_of_birth')
    if p.nam and c.chance(0.5):
        body.append(('p', 'NAM ' + c.nam(p)))
        ty.add('ramq_nam')
    body += [('p', c.thanks()), ('sig', c.sig(src, short=c.chance(0.4)))]
    return dict(category='derm_photos', frm=src['addr'], to=dst['addr'],
                subject=c.pick([c.T('Photos - %s' % p.surname, 'Photos - %s' % p.surname), c.T('photos suivi', 'follow-up pics'),
                                'Photos %s %s' % (p.given, p.surname)]),
                blocks=body, attachments=atts, types=ty, note='dermatology photos named after patient')


def _report_lines(c, p, cl, ids, inst_k, doctor):
    L = [_inst(c, inst_k), D.SPECIALTY[cl['spec']]['clinic_fr'] if c.fr else D.SPECIALTY[cl['spec']]['clinic_en'], '']
    L.append(c.T('Nom : ', 'Name: ') + p.rev)
    L += ids
    L.append(c.T('Date de naissance : ', 'Date of birth: ') + p.dob.isoformat())
    L.append(c.T('Date de la visite : ', 'Visit date: ') + c.today.isoformat())
    L += ['', c.T('Impression diagnostique : ', 'Impression: ') + cl['dx'],
          c.T('Résultats : ', 'Findings: ') + cl['lab'],
          c.T('Traitement : ', 'Treatment: ') + cl['med'],
          c.T('Plan : ', 'Plan: ') + cl['proc'] + c.T(', revoir dans %d semaines.' % c.rng.randint(2, 12), ', review in %d weeks.' % c.rng.randint(2, 12)),
          '', doctor['formal'] + ', ' + doctor['role']]
    return L


def p_consult_report_pdf(c):
    sp = c.pick(['oph', 'ent', 'derm', 'allg'])
    doc = c.staff(sp, 'chu')
    sender = c.clerk('chu') if c.chance(0.5) else doc
    ref = c.staff(sp, {'oph': 'vis', 'ent': 'orl', 'derm': 'derm', 'allg': 'allg'}[sp])
    p = c.nam_patient()
    cl = c.clin(sp)
    label, num = c.mrn('chuvdc')
    ids = ['NAM : ' + p.nam if c.fr else 'RAMQ: ' + p.nam, '%s : %s' % (label, num) if c.fr else '%s: %s' % (label, num)]
    pdf = M.pdf_bytes(c.T('Rapport de consultation', 'Consultation report'), _report_lines(c, p, cl, ids, 'chu', doc),
                      compress=c.chance(0.6), footer=c.T('Document confidentiel', 'Confidential'))
    fn = c.pick(['%s_%s_consult.pdf' % (p.surname, p.given), 'Rapport_%s_%s.pdf' % (c.today.strftime('%Y%m%d'), p.surname.upper()),
                 'consult_%s.pdf' % num])
    body = [('p', c.greeting(ref)),
            ('p', c.T('Vous trouverez ci-joint le rapport de consultation de votre patient(e) vu(e) le %s.' % c.d(c.today),
                      'Please find attached the consultation report for your patient seen on %s.' % c.d(c.today))),
            ('p', c.thanks()), ('sig', c.sig(sender))]
    return dict(category='consult_report_pdf', frm=sender['addr'], to=ref['addr'],
                subject=c.T('Rapport de consultation', 'Consultation report') + c.pick(['', ' - ' + p.surname, ' (%s)' % num]),
                blocks=body, attachments=[(pdf, 'application/pdf', fn)],
                types=Types('patient_name', 'ramq_nam', 'mrn', 'date_of_birth', 'diagnosis', 'lab_result', 'medication'),
                note='consultation report PDF with NAM and chart number')


def p_opnote_docx(c):
    surgeon = c.staff('dent', c.pick(['chu', 'hsr']))
    dst = c.staff('dent', 'dent')
    p = c.new_patient('qc') if c.chance(0.5) else c.nam_patient()
    cl = c.clin('dent')
    label, num = c.mrn('hsr' if surgeon['inst'] == 'hsr' else 'chuvdc')
    ty = Types('patient_name', 'mrn', 'diagnosis', 'medication', 'date_of_birth')
    paras = [c.T('Patient : %s   %s : %s   DDN : %s' % (p.full, label, num, p.dob.isoformat()),
                 'Patient: %s   %s: %s   DOB: %s' % (p.full, label, num, p.dob.isoformat()))]
    if p.nam:
        paras.append('NAM : %s' % p.nam)
        ty.add('ramq_nam')
    paras += [c.T('Diagnostic préopératoire : ', 'Pre-operative diagnosis: ') + cl['dx'],
              c.T('Intervention : ', 'Procedure: ') + cl['proc'],
              c.T('Anesthésie : locale avec sédation IV (midazolam 3 mg, fentanyl 50 µg).',
                  'Anaesthesia: local with IV sedation (midazolam 3 mg, fentanyl 50 mcg).'),
              c.T('Médication à domicile : ', 'Home medication: ') + cl['med'],
              c.T('Déroulement : sans complication. Hémostase satisfaisante. Sutures résorbables 4-0.',
                  'Uneventful. Good haemostasis. 4-0 resorbable sutures.'),
              c.T('Suivi : contrôle dans 7 à 10 jours chez le dentiste traitant.', 'Follow-up: review in 7-10 days with the referring dentist.')]
    doc = M.docx_bytes(c.T('Protocole opératoire', 'Operative note'), paras)
    fn = c.pick(['protocole_op_%s.docx' % p.surname, 'OpNote_%s_%s.docx' % (p.surname, c.today.strftime('%Y-%m-%d')), '%s.docx' % num])
    body = [('p', c.greeting(dst)),
            ('p', c.T('Voici le protocole opératoire pour le suivi. La patiente/le patient a bien toléré l\'intervention.',
                      'Here is the operative note for your follow-up. The patient tolerated the procedure well.')),
            ('sig', c.sig(surgeon))]
    return dict(category='opnote_docx', frm=surgeon['addr'], to=dst['addr'],
                subject=c.T('Protocole opératoire', 'Op note') + c.pick(['', ' - ' + p.surname, ' ' + cl['proc']]),
                blocks=body, attachments=[(doc, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fn)],
                types=ty, note='oral surgery operative note DOCX')


def p_allergy_results_reply(c):
    doc = c.staff('allg', c.pick(['chu', 'allg']))
    asker = c.staff('allg', 'allg' if doc['inst'] == 'chu' else 'chu')
    p = c.nam_patient() if c.chance(0.4) else c.new_patient('qc', age=(4, 70))
    cl = c.clin('allg')
    ty = Types('patient_name', 'diagnosis', 'lab_result')
    q = [('p', c.greeting(doc)),
         ('p', c.T('Aurais-tu les résultats de %s? On la/le revoit jeudi pour %s.' % (c.pname(p), cl['dx']),
                   'Do you have the results for %s? We see them Thursday re %s.' % (c.pname(p), cl['dx'])))]
    if c.chance(0.5):
        q.append(('p', c.T('DDN ', 'DOB ') + c.dob(p)))
        ty.add('date_of_birth')
    q.append(('sig', c.sig(asker, short=True)))
    new = [('p', c.T('Oui, voici : %s.' % cl['lab'], 'Yes: %s.' % cl['lab']))]
    if c.chance(0.6):
        new.append(('p', c.T('Je suggère de poursuivre %s.' % cl['med'], 'I suggest continuing %s.' % cl['med'])))
        ty.add('medication')
    new += [('sig', c.sig(doc, short=c.chance(0.5))), ('quote', c.quote_attr(asker['display'], c.earlier_dt()), q)]
    return dict(category='allergy_results_reply', frm=doc['addr'], to=asker['addr'],
                subject='RE: ' + c.pick([c.T('résultats ', 'results ') + p.surname, c.T('Résultats allergie', 'Allergy results'), p.full]),
                blocks=new, types=ty, reply=True, note='reply with results, patient named in quoted text')


def p_appt_ics(c):
    sp = c.pick(['oph', 'oph', 'derm', 'allg', 'ent'])
    org = c.clerk(c.pick(['chu', 'vis']))
    doc = c.staff(sp, 'chu')
    p = c.nam_patient()
    cl = c.clin(sp)
    ty = Types('patient_name', 'diagnosis')
    start = datetime.datetime.combine(c.later(3, 40), datetime.time(c.rng.randint(8, 15), c.pick([0, 15, 30, 45])))
    desc = c.T('Patient : %s\nDx : %s\nTx : %s' % (p.full, cl['dx'], cl['med']), 'Patient: %s\nDx: %s\nTx: %s' % (p.full, cl['dx'], cl['med']))
    ty.add('medication')
    if c.chance(0.6):
        desc += '\nNAM : ' + c.nam(p)
        ty.add('ramq_nam')
    if c.chance(0.4):
        desc += c.T('\nTél. : ', '\nPhone: ') + p.cell
        ty.add('patient_contact')
    ics = M.ics_bytes([dict(uid='%s@%s' % (c.tag, D.INST[org['inst']]['dom']), start=start,
                            end=start + datetime.timedelta(minutes=30),
                            summary='%s - %s' % (cl['proc'], p.rev), description=desc,
                            location=c.T('Salle %d, ' % c.rng.randint(1, 9), 'Room %d, ' % c.rng.randint(1, 9)) + _inst(c, 'chu'),
                            organizer=org['email'])])
    body = [('p', c.greeting(doc)),
            ('p', c.T('Rendez-vous ajouté à votre horaire (voir invitation).', 'Appointment added to your schedule (see invite).')),
            ('sig', c.sig(org, short=True))]
    return dict(category='appt_ics', frm=org['addr'], to=doc['addr'],
                subject=c.T('Invitation : ', 'Invitation: ') + cl['proc'] + ' ' + start.strftime('%Y-%m-%d %H:%M'),
                blocks=body, attachments=[(ics, 'text/calendar', 'invite.ics')], types=ty,
                note='calendar invite with patient name and diagnosis in event')


def p_transport_vcard(c):
    clerk = c.clerk('chu')
    p = c.nam_patient() if c.chance(0.5) else c.new_patient('qc', age=(60, 92))
    cl = c.clin(c.pick(['oph', 'oph', 'ent']))
    ty = Types('patient_name', 'patient_contact')
    street = p.address
    card = dict(fn=p.full, n=(p.surname, p.given), tel=p.phone, cell=p.cell if c.chance(0.5) else None,
                adr=(street, p.city.split(' (')[0], 'QC', p.city[-7:], 'Canada'))
    if c.chance(0.4):
        card['bday'] = p.dob.isoformat()
        ty.add('date_of_birth')
    if c.chance(0.5):
        card['note'] = c.T('Fauteuil roulant, accompagnateur requis', 'Wheelchair, escort required')
    vcf = M.vcf_bytes([card])
    d = c.later(2, 20)
    txt = c.T('Demande de transport adapté pour le %s, arrivée 8 h 30 à la clinique d\'ophtalmologie. %s ne peut pas conduire '
              'après %s.' % (c.d(d), c.pname(p, 'title'), cl['proc']),
              'Paratransit request for %s, arrival 8:30 at the eye clinic. %s cannot drive after %s.'
              % (c.d(d), c.pname(p, 'title'), cl['proc']))
    ty.add('diagnosis')
    body = [('p', c.greeting()), ('p', txt)]
    if c.chance(0.5):
        body.append(('p', c.social()))
        ty.add('social_information')
    body += [('p', c.T('Coordonnées dans la fiche ci-jointe.', 'Contact card attached.')), ('sig', c.sig(clerk))]
    return dict(category='transport_vcard', frm=clerk['addr'], to=c.generic_box('tadp', 'reservations', 'bookings'),
                subject=c.T('Transport adapté - ', 'Paratransit - ') + p.surname,
                blocks=body, attachments=[(vcf, 'text/vcard', '%s_%s.vcf' % (p.surname, p.given))], types=ty,
                note='paratransit booking with patient vCard')


def p_subject_only(c):
    sp = c.pick(['derm', 'ent', 'oph', 'allg'])
    a = c.staff(sp, 'chu')
    b = c.nurse('chu')
    p = c.new_patient('qc') if c.chance(0.6) else c.nam_patient()
    cl = c.clin(sp)
    subj = c.pick(['%s %s - %s' % (p.surname, p.given, cl['dx']), '%s : %s (%s)' % (p.full, cl['lab'], cl['dx']),
                   c.T('Rappeler %s (%s)' % (p.full, cl['dx']), 'Call back %s (%s)' % (p.full, cl['dx']))])
    ty = Types('patient_name', 'diagnosis')
    if cl['lab'] in subj:
        ty.add('lab_result')
    body = [('p', c.pick([c.T('Voir objet. Merci de la/le rappeler pour devancer le rdv.', 'See subject. Please call to move the appt up.'),
                          c.T('Voir objet svp', 'as per subject pls'), c.T('cf objet', 'FYI - see subject line')])),
            ('sig', c.sig(a, short=True))]
    return dict(category='subject_only', frm=a['addr'], to=b['addr'], subject=subj, blocks=body, types=ty,
                note='identifying and clinical content only in the Subject')


def p_disguised_nam(c):
    sp = c.pick(['oph', 'ent', 'derm', 'dent', 'allg'])
    a = c.clerk({'oph': 'vis', 'ent': 'orl', 'derm': 'derm', 'dent': 'dent', 'allg': 'allg'}[sp])
    b = c.clerk('chu')
    p = c.nam_patient()
    cl = c.clin(sp)
    style = c.pick(['spaced', 'dots', 'split', 'lower'])
    txt = c.T('Pour la demande de %s : la carte soleil de %s se lit %s (pas certain de la lecture, photocopie floue). '
              'Elle/il est sur la liste pour %s.' % (cl['proc'], c.pname(p, c.pick(['full', 'revplain'])), c.nam(p, style), cl['dx']),
              'For the %s request: %s\'s health card reads %s (photocopy is blurry). Patient is on the list for %s.'
              % (cl['proc'], c.pname(p, 'full'), c.nam(p, style), cl['dx']))
    body = [('p', c.greeting(b)), ('p', c.typo(txt, 1)), ('p', c.thanks()), ('sig', c.sig(a))]
    return dict(category='disguised_nam', frm=a['addr'], to=b['addr'], subject=c.T('carte RAMQ illisible', 'unreadable health card'),
                blocks=body, types=Types('patient_name', 'ramq_nam', 'diagnosis'), note='NAM written with spacing/punctuation')
