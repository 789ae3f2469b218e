# -*- coding: utf-8 -*-
"""Positive templates, part 3: letters, bundles, quoted chains, patient correspondence."""
import datetime

import cg_data as D
import cg_ids as I
import cg_mime as M
from cg_common import Types
from cg_pos1 import _inst, _report_lines
from cg_pos2 import _inner_msg


def p_school_allergy_letter(c):
    doc = c.staff('allg', c.pick(['chu', 'allg']))
    young = [p for p in c._nam_pool if c.today.year - p.dob.year <= 17]
    p = c.pick(young) if young and c.chance(0.7) else c.new_patient('qc', age=(5, 16))
    c._fill_contact(p, 'qc')
    cl = c.clin('allg', c.pick([0, 4]))
    parent = c.pick(['Julie', 'Marc-Antoine', 'Sandra', 'Éric']) + ' ' + p.surname
    ty = Types('patient_name', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact')
    paras = [c.T('À qui de droit,', 'To whom it may concern,'),
             c.T('%s, né(e) le %s, est suivi(e) à notre clinique pour %s.' % (p.full, c.d(p.dob, 'long'), cl['dx']),
                 '%s, born %s, is followed at our clinic for %s.' % (p.full, c.d(p.dob, 'long'), cl['dx'])),
             c.T('Il/elle doit avoir en tout temps : %s. En cas de réaction, administrer l\'auto-injecteur et composer le 911.' % cl['med'],
                 'The child must carry at all times: %s. In case of reaction, use the auto-injector and call 911.' % cl['med']),
             c.T('Parent à joindre : %s, %s' % (parent, p.cell), 'Parent contact: %s, %s' % (parent, p.cell))]
    if c.chance(0.5):
        data = M.pdf_bytes(c.T('Lettre pour le milieu scolaire', 'Letter for school'), paras + ['', doc['formal']])
        att = (data, 'application/pdf', 'lettre_ecole_%s.pdf' % p.given.lower())
    else:
        data = M.docx_bytes(c.T('Lettre pour le milieu scolaire', 'Letter for school'), paras + [doc['formal']])
        att = (data, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'school_letter_%s.docx' % p.surname)
    body = [('p', c.T('Bonjour %s,', 'Hello %s,') % parent.split(' ')[0]), ('p', c.T('Voici la lettre demandée pour l\'école de %s.' % p.given,
                                           'Here is the letter requested for %s\'s school.' % p.given)), ('sig', c.sig(doc))]
    to = '%s <%s>' % (parent, p.email)
    return dict(category='school_allergy_letter', frm=doc['addr'], to=to, subject=c.T('Lettre école', 'School letter'), blocks=body,
                attachments=[att], types=ty, note='allergy letter for a child with parent contact')


def p_results_callback_csv(c):
    nurse = c.nurse('allg') if c.chance(0.5) else c.nurse('chu')
    dst = c.clerk('chu')
    rows = [c.T(['Nom', 'NAM', 'Tel', 'Resultat', 'Action'], ['Name', 'RAMQ', 'Phone', 'Result', 'Action'])]
    for _ in range(c.rng.randint(3, 8)):
        p = c.nam_patient()
        cl = c.clin(c.pick(['allg', 'derm']))
        rows.append(['%s %s' % (p.surname, p.given), p.nam, p.phone, cl['lab'], c.pick([c.T('rappeler', 'call back'), c.T('rdv 2 sem', 'appt 2 wks'), 'OK'])])
    data = M.csv_bytes(rows, delimiter=c.pick([';', ',', '\t']), encoding=c.pick(['utf-8', 'windows-1252']))
    body = [('p', c.greeting(dst)), ('p', c.T('Liste des résultats à communiquer. Merci!', 'Results to communicate. Thanks!')),
            ('sig', c.sig(nurse, short=True))]
    return dict(category='results_callback_csv', frm=nurse['addr'], to=dst['addr'], subject=c.T('rappels résultats', 'results callbacks'),
                blocks=body, attachments=[(data, 'text/csv', 'rappels_%s.csv' % c.today.strftime('%m%d'))],
                types=Types('patient_name', 'ramq_nam', 'lab_result', 'patient_contact'), note='CSV of lab results with phones')


def p_pathology_fwd(c):
    derm = c.staff('derm', 'chu')
    priv = c.staff('derm', 'derm')
    p = c.new_patient('qc')
    cl = c.clin('derm', c.pick([0, 4]))
    label, num = c.mrn('chuvdc')
    inner = [('p', c.T('RAPPORT DE PATHOLOGIE  S24-%05d' % c.rng.randint(1000, 99999), 'PATHOLOGY REPORT  S24-%05d' % c.rng.randint(1000, 99999))),
             ('pre', '%s\n%s: %s\n%s\n%s' % (p.rev, label, num, c.T('DDN : ', 'DOB: ') + p.dob.isoformat(), cl['lab'])),
             ('p', c.T('Conclusion : ', 'Conclusion: ') + cl['dx'])]
    hdr = [c.T('De : ', 'From: ') + 'Pathologie <pathologie@chuvdc.example>', c.T('Objet : ', 'Subject: ') + 'S24 ' + p.surname]
    body = [('p', c.greeting(priv)), ('p', c.T('Résultat pour ta patiente, je la revois pour la réexcision.',
                                               'Result for your patient; I will see them for the re-excision.')),
            ('fwd', hdr, inner), ('sig', c.sig(derm))]
    return dict(category='pathology_fwd', frm=derm['addr'], to=priv['addr'], subject=c.T('TR: ', 'FW: ') + 'S24 ' + p.surname,
                blocks=body, types=Types('patient_name', 'mrn', 'date_of_birth', 'lab_result', 'diagnosis'),
                note='forwarded pathology report')


def p_noshow_social(c):
    clerk = c.clerk(c.pick(['chu', 'hsr']))
    mgr = c.manager(0)
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        p = c.new_patient('qc')
        rows.append([p.rev, c.d(c.earlier(1, 20), 'iso'), c.social()])
    body = [('p', c.greeting(mgr)),
            ('p', c.T('Absences du mois avec la raison notée au dossier (pour la révision des règles de radiation) :',
                      'This month\'s no-shows with the reason noted in the file (for the discharge-policy review):')),
            ('table', c.T(['Patient', 'Date', 'Raison'], ['Patient', 'Date', 'Reason']), rows, c.pick(['pipe', 'pad'])),
            ('sig', c.sig(clerk))]
    return dict(category='noshow_social', frm=clerk['addr'], to=mgr['addr'], subject=c.T('Absences - raisons', 'No-shows - reasons'),
                blocks=body, types=Types('patient_name', 'social_information'), note='no-show list with social reasons')


def p_telederm_related(c):
    gp = c._person_dict('Bruno', 'Lachapelle', 'M', 'clsc', ('médecin de famille', 'family physician'), doctor=True)
    derm = c.staff('derm', 'chu')
    p = c.nam_patient() if c.chance(0.5) else c.new_patient('qc')
    cl = c.clin('derm')
    ty = Types('patient_name', 'diagnosis')
    img = M.png_bytes(80, 60, c.tag + 'tele')
    body = [('p', c.greeting(derm)),
            ('p', c.T('Télé-dermatologie : %s, %d ans, lésion évolutive. Je soupçonne %s. Photo ci-dessous.'
                      % (c.pname(p), p.age(c.today), cl['dx']),
                      'Teledermatology: %s, %d y/o, changing lesion. I suspect %s. Photo below.' % (c.pname(p), p.age(c.today), cl['dx'])))]
    if p.nam:
        body.append(('p', 'NAM ' + c.nam(p)))
        ty.add('ramq_nam')
    body.append(('sig', c.sig(gp)))
    cid = 'img%s@clsc-troisponts.example' % c.tag
    htm = M.render_html(body, c.lang).replace('</div></body>', '<p><img src="cid:%s" width="320"></p></div></body>' % cid)
    return dict(category='telederm_related', frm=gp['addr'], to=derm['addr'], subject=c.T('Télé-derm - avis', 'Tele-derm - opinion'),
                blocks=body, html=htm, mode='related', inline_images=[(img, cid, 'lesion.png')], types=ty,
                note='teledermatology request with inline photo')


def p_audiogram_report(c):
    aud = c._person_dict('Hélène', 'Fréchette', 'F', 'orl', ('audiologiste', 'audiologist'))
    ent = c.staff('ent', c.pick(['chu', 'lake']))
    p = c.new_patient('qc', age=(40, 90)) if c.chance(0.5) else c.nam_patient()
    cl = c.clin('ent', 0)
    ids = ['NAM : ' + p.nam] if p.nam else []
    ty = Types('patient_name', 'date_of_birth', 'diagnosis', 'lab_result', 'medication')
    if p.nam:
        ty.add('ramq_nam')
    lines = _report_lines(c, p, cl, ids, 'orl', aud)
    lines += ['', c.T('Seuils (dB HL) OD : 250 Hz 30, 500 Hz 40, 1k 55, 2k 65, 4k 75', 'Thresholds (dB HL) R: 250 Hz 30, 500 Hz 40, 1k 55, 2k 65, 4k 75'),
              c.T('Discrimination : 64 % OD, 92 % OG', 'Word recognition: 64% R, 92% L')]
    pdf = M.pdf_bytes(c.T('Évaluation audiologique', 'Audiological evaluation'), lines, compress=c.chance(0.5))
    body = [('p', c.greeting(ent)), ('p', c.T('Évaluation audiologique ci-jointe, asymétrie à investiguer.',
                                              'Audiology report attached; asymmetry needs work-up.')), ('sig', c.sig(aud))]
    return dict(category='audiogram_report', frm=aud['addr'], to=ent['addr'], subject=c.T('Audiogramme', 'Audiogram') + ' ' + p.surname,
                blocks=body, attachments=[(pdf, 'application/pdf', 'audio_%s_%s.pdf' % (p.surname, c.today.strftime('%Y%m%d')))],
                types=ty, note='audiology report PDF')


def p_dental_xray_request(c):
    dent = c.staff('dent', 'dent')
    dst = c.generic_box('chu', 'radiologie.dentaire', 'dental.imaging')
    p = c.new_patient('qc', sex='F', age=(20, 40))
    cl = c.clin('dent', 0)
    ty = Types('patient_name', 'date_of_birth', 'diagnosis')
    txt = c.T('Panoramique + CBCT demandés pour %s (DDN %s). Indication : %s. Attention : enceinte de %d semaines — '
              'tablier plombé et report du CBCT si possible.' % (c.pname(p), c.dob(p), cl['dx'], c.rng.randint(8, 20)),
              'Panoramic + CBCT requested for %s (DOB %s). Indication: %s. Note: %d weeks pregnant - lead apron, defer CBCT if possible.'
              % (c.pname(p), c.dob(p), cl['dx'], c.rng.randint(8, 20)))
    body = [('p', c.greeting()), ('p', txt), ('sig', c.sig(dent))]
    if c.chance(0.4):
        body.insert(2, ('p', c.T('Tél. cellulaire : ', 'Cell: ') + p.cell))
        ty.add('patient_contact')
    return dict(category='dental_xray_request', frm=dent['addr'], to=dst, subject=c.T('Demande imagerie dentaire', 'Dental imaging request'),
                blocks=body, types=ty, note='imaging request with pregnancy status')


def p_zip_bundle(c):
    sp = c.pick(['oph', 'ent', 'derm'])
    sender = c.clerk('chu')
    dst = c.staff(sp, {'oph': 'vis', 'ent': 'orl', 'derm': 'derm'}[sp])
    p = c.nam_patient()
    cl = c.clin(sp)
    label, num = c.mrn('chuvdc')
    pdf = M.pdf_bytes(c.T('Résumé de dossier', 'Chart summary'), _report_lines(c, p, cl, ['NAM : ' + p.nam, '%s : %s' % (label, num)], 'chu',
                                                                               c.staff(sp, 'chu')))
    csvb = M.csv_bytes([['date', 'test', 'valeur'], [c.earlier(10, 90).isoformat(), cl['lab'].split(',')[0], 'voir rapport']])
    files = [('%s_%s/resume.pdf' % (p.surname, p.given[0]), pdf), ('%s_%s/labos.csv' % (p.surname, p.given[0]), csvb)]
    if c.chance(0.5):
        files.append(('%s_%s/photo1.png' % (p.surname, p.given[0]), M.png_bytes(40, 30, c.tag)))
    z = M.zip_bytes(files)
    body = [('p', c.greeting(dst)), ('p', c.T('Dossier complet en pièce jointe (zip) tel que demandé.', 'Full file attached (zip) as requested.')),
            ('p', c.T('Mot de passe envoyé séparément.', 'Password sent separately.') if c.chance(0.3) else c.thanks()),
            ('sig', c.sig(sender))]
    return dict(category='zip_bundle', frm=sender['addr'], to=dst['addr'], subject=c.T('Dossier demandé', 'Requested records'),
                blocks=body, attachments=[(z, 'application/zip', 'dossier_%s.zip' % num)],
                types=Types('patient_name', 'ramq_nam', 'mrn', 'date_of_birth', 'diagnosis', 'lab_result', 'medication'),
                note='ZIP with chart summary PDF and CSV')


def p_waitlist_reply_quote(c):
    sp = c.pick(['oph', 'ent', 'dent'])
    doc = c.staff(sp, 'chu')
    clerk = c.clerk('chu')
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        p = c.nam_patient()
        rows.append('%s - %s - %s' % (p.rev, c.nam(p), c.clin(sp)['proc']))
    q = [('p', c.greeting(doc)), ('p', c.T('Pouvons-nous devancer ces patients au bloc du %s?' % c.d(c.later(5, 20)),
                                           'Can we move these patients up to the OR day on %s?' % c.d(c.later(5, 20)))),
         ('list', rows), ('sig', [clerk['name']])]
    new = [('p', c.pick([c.T('Oui pour les deux premiers.', 'Yes for the first two.'), 'OK', c.T('D\'accord, go.', 'Fine by me.')])),
           ('p', doc['given']), ('quote', c.quote_attr(clerk['display'], c.earlier_dt()), q)]
    return dict(category='waitlist_reply_quote', frm=doc['addr'], to=clerk['addr'], subject='RE: ' + c.T('bloc opératoire', 'OR slots'),
                blocks=new, types=Types('patient_name', 'ramq_nam', 'diagnosis'), reply=True,
                note='short reply; patients only in quoted text')


def p_filename_only(c):
    sp = c.pick(['derm', 'oph', 'ent', 'dent'])
    a = c.clerk(c.pick(['derm', 'vis', 'orl', 'dent']))
    b = c.clerk('chu')
    p = c.new_patient('qc')
    dxshort = {'derm': c.pick(['melanome', 'psoriasis', 'CBC']), 'oph': c.pick(['glaucome', 'DMLA', 'cataracte']),
               'ent': c.pick(['cholesteatome', 'surdite', 'apnee']), 'dent': c.pick(['ONM', 'kyste', 'dents_sagesse'])}[sp]
    pdf = M.pdf_bytes(c.T('Document numérisé', 'Scanned document'), [c.T('Page 1 de 1', 'Page 1 of 1'), '[image]'])
    fn = '%s_%s_%s_%s.pdf' % (p.surname.upper(), p.given, dxshort, c.today.strftime('%Y%m%d'))
    body = [('p', c.pick(['ci-joint', c.T('Voir pièce jointe.', 'See attachment.'), c.T('Document numérisé.', 'Scanned document.')])),
            ('sig', c.sig(a, short=True))]
    return dict(category='filename_only', frm=a['addr'], to=b['addr'], subject=c.T('Numérisation', 'Scan'), blocks=body,
                attachments=[(pdf, 'application/pdf', fn)], types=Types('patient_name', 'diagnosis'),
                note='identity and diagnosis only in attachment file name')


def p_patient_email_reply(c):
    sp = c.pick(['oph', 'derm', 'allg', 'ent', 'dent'])
    clerk = c.clerk({'oph': 'vis', 'derm': 'derm', 'allg': 'allg', 'ent': 'orl', 'dent': 'dent'}[sp])
    p = c.new_patient('qc') if c.chance(0.5) else c.nam_patient()
    cl = c.clin(sp)
    paddr = '%s <%s>' % (p.full, p.email)
    q = [('p', c.typo(c.T('Bonjour, je voulais savoir si je dois continuer %s avant mon rendez-vous pour %s. Merci, %s'
                          % (cl['med'].split(',')[0], cl['proc'], p.full),
                          'Hello, should I keep taking %s before my appointment for the %s? Thanks, %s'
                          % (cl['med'].split(',')[0], cl['proc'], p.full)), 1))]
    new = [('p', c.T('Bonjour %s %s,' % (p.title('fr'), p.surname), 'Hello %s %s,' % (p.title('en'), p.surname))),
           ('p', c.T('Le médecin confirme : poursuivez votre traitement. Votre rendez-vous est maintenu le %s à 10 h.' % c.d(c.later(3, 30)),
                     'The doctor confirms you should continue your treatment. Your appointment on %s at 10:00 is confirmed.' % c.d(c.later(3, 30)))),
           ('sig', c.sig(clerk)), ('quote', c.quote_attr(paddr, c.earlier_dt()), q)]
    return dict(category='patient_email_reply', frm=clerk['addr'], to=paddr, subject='RE: ' + c.T('question traitement', 'medication question'),
                blocks=new, types=Types('patient_name', 'medication', 'patient_contact', 'diagnosis'), reply=True,
                note='reply to patient e-mail quoting their question')


def p_waitlist_priority_social(c):
    sp = c.pick(['oph', 'dent', 'ent'])
    nurse = c.nurse('chu')
    doc = c.staff(sp, 'chu')
    p = c.nam_patient()
    cl = c.clin(sp)
    txt = c.T('Pouvons-nous remonter %s (NAM %s) sur la liste pour %s? %s, et la situation à domicile se dégrade : %s.'
              % (c.pname(p, 'revplain'), c.nam(p), cl['proc'], cl['dx'], c.social()),
              'Could we move %s (RAMQ %s) up the list for the %s? %s, and the home situation is deteriorating: %s.'
              % (c.pname(p, 'revplain'), c.nam(p), cl['proc'], cl['dx'], c.social()))
    body = [('p', c.greeting(doc)), ('p', c.typo(txt, c.rng.randint(0, 1))), ('p', c.thanks()), ('sig', c.sig(nurse))]
    return dict(category='waitlist_priority', frm=nurse['addr'], to=doc['addr'], subject=c.T('Priorisation liste d\'attente', 'Wait list priority'),
                blocks=body, types=Types('patient_name', 'ramq_nam', 'diagnosis', 'social_information'),
                note='priority request with social context')


def p_clinic_fax_cover_pdf(c):
    sender = c.clerk(c.pick(['vis', 'orl', 'dent']))
    dst = c.generic_box('chu', 'centrale.rdv', 'central.booking')
    p = c.nam_patient()
    sp = {'vis': 'oph', 'orl': 'ent', 'dent': 'dent'}[sender['inst']]
    cl = c.clin(sp)
    lines = [c.T('BORDEREAU DE TÉLÉCOPIE', 'FAX COVER SHEET'), c.T('À : Centrale de rendez-vous', 'To: Central booking'),
             c.T('De : ', 'From: ') + _inst(c, sender['inst']), c.T('Pages : 3', 'Pages: 3'), '',
             c.T('Objet : demande de consultation %s' % D.SPECIALTY[sp]['fr'], 'Re: %s consultation request' % D.SPECIALTY[sp]['en']),
             c.T('Patient : %s  NAM %s  DDN %s' % (p.full, p.nam, p.dob.isoformat()), 'Patient: %s  RAMQ %s  DOB %s' % (p.full, p.nam, p.dob.isoformat())),
             c.T('Raison : ', 'Reason: ') + cl['dx'], c.T('Tél. domicile : ', 'Home phone: ') + p.phone]
    pdf = M.pdf_bytes(c.T('Télécopie', 'Fax'), lines, compress=c.chance(0.5))
    body = [('p', c.T('Envoi numérique de la télécopie ci-jointe (télécopieur hors service).', 'Sending the attached fax by e-mail (fax machine down).')),
            ('sig', c.sig(sender))]
    return dict(category='fax_cover_pdf', frm=sender['addr'], to=dst, subject=c.T('Télécopie', 'Fax') + ' %s' % c.today.strftime('%Y-%m-%d'),
                blocks=body, attachments=[(pdf, 'application/pdf', 'fax_%s.pdf' % c.today.strftime('%Y%m%d%H%M'))],
                types=Types('patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'patient_contact'), note='fax cover PDF with patient data')


def p_ontario_postop_alt(c):
    c.lang, c.fr = 'en', False
    src = c.staff('ent', 'lake')
    mgr = c._person_dict('Tammy', 'Greer', 'F', 'lake', ('clerk', 'clerk'))
    p = c.new_patient('on')
    num, vc = p.ids['ohip']
    cl = c.clin('ent', c.pick([1, 2, 3]))
    body = [('p', 'Tammy,'),
            ('p', 'Please book post-op for %s, HCN %s, DOB %s, after %s on %s. Dx %s. Discharged on %s.'
                  % (c.pname(p, 'rev'), I.ohip_fmt(num, vc, c.pick(['dash', 'space', 'plain'])), c.dob(p, 'mdy'), cl['proc'],
                     c.d(c.earlier(1, 5), 'long'), cl['dx'], cl['med'])),
            ('p', 'Patient prefers calls on cell %s.' % p.cell), ('sig', c.sig(src, short=True))]
    return dict(category='ontario_postop', frm=src['addr'], to=mgr['addr'], subject='post-op booking %s' % p.surname, blocks=body,
                mode='alt', types=Types('patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact'),
                note='Ontario post-op booking with HCN', force_lang='en')
