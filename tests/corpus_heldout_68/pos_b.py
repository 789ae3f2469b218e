# -*- coding: utf-8 -*-
"""Positive templates, part B: complaints, patient relations, risk, privacy."""
import datetime
import html

import common as C
import mime
from spec import mk, att, g, slug

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def _unit(ctx):
    return ctx.pick(ctx.L(['l\'urgence', 'l\'unité de médecine 4 Nord', 'l\'unité de chirurgie 3 Sud',
                           'l\'unité de courte durée gériatrique', 'la psychiatrie (6e)', 'le CHSLD annexe'],
                          ['the emergency department', 'medicine unit 4 North', 'surgery 3 South',
                           'the geriatric unit', 'inpatient psychiatry (6th floor)', 'the long-term care wing']))


# --------------------------------------------------------------------------- 19
def p_complaint_ack(ctx):
    com = ctx.staff(ctx.pick(['commissioner', 'deputy_commissioner']))
    p = ctx.any_patient(30, 98, (60, 25, 15, 0, 0))
    types = {'patient_name', 'diagnosis'}
    by_family = ctx.chance(0.5)
    fam_g = ctx.pick(['Isabelle', 'François', 'Nathalie', 'Gary', 'Lucie'])
    fam = (fam_g + ' ' + p.surname, '%s.%s@%s' % (C.strip_accents(fam_g).lower(), C.strip_accents(p.surname).lower().replace("'", ''),
                                                  ctx.pick(C.EXT_ORGS['personal'])))
    dk = ctx.pick_diag(p, ['fracture_hanche', 'ulcere', 'pneumonie', 'sepsis', 'fracture_poignet', 'avc'])
    no = '%d-%04d' % (ctx.date.year, ctx.rng.randrange(1, 2000))
    when = ctx.pdate(5, 60)
    unit = _unit(ctx)
    if ctx.lang == 'fr':
        who = g(p, 'votre père, M. ', 'votre mère, Mme ') + p.full if by_family else 'vous'
        body = [ctx.greet(fam[0] if by_family else ctx.pname(p, 'title'), formal=True), '',
                ctx.t('Nous accusons réception de votre plainte du %s concernant les soins reçus par %s à %s. '
                      'Vous y dénoncez notamment le délai de prise en charge %s et le manque d\'information '
                      'donnée à la famille.' % (ctx.d(when, 'long'), who, unit, ctx.dediag(dk))),
                ctx.t('Votre dossier de plainte porte le numéro %s. Nous vous transmettrons nos conclusions dans '
                      'un délai de 45 jours.' % no),
                '', ctx.t('Vous pouvez être assisté(e) par le centre d\'assistance et d\'accompagnement aux plaintes de votre région.'),
                '', ctx.sig(com, 'commissioner')]
        subj = ctx.pick(['Accusé de réception - plainte %s' % no, 'Votre plainte du %s' % ctx.d(when, 'iso'),
                         'Plainte %s - %s' % (no, p.surname)])
    else:
        who = ('your %s, %s' % (g(p, 'father', 'mother'), p.full)) if by_family else 'you'
        body = [ctx.greet(fam[0] if by_family else ctx.pname(p, 'title'), formal=True), '',
                ctx.t('We acknowledge receipt of your complaint of %s about the care received by %s in %s, in '
                      'particular the delay in treating %s and the lack of information given to the family.'
                      % (ctx.d(when, 'long'), who, unit, ctx.undiag(dk))),
                ctx.t('Your complaint file number is %s. You will receive our conclusions within 45 days.' % no),
                '', ctx.sig(com, 'commissioner')]
        subj = ctx.pick(['Acknowledgement - complaint %s' % no, 'Your complaint of %s' % ctx.d(when, 'iso')])
    if ctx.chance(0.7):
        ids = ctx.idbits(p, types, ('natid', 'mrn'), 0.75)
        if ids:
            body.insert(4, ctx.L('Usager : ', 'Patient: ') + p.full + ' (' + ', '.join(ids) + ')')
    to = [fam] if by_family else [(p.full, p.email)]
    if not by_family:
        types.add('patient_contact')
    if by_family and ctx.chance(0.5):
        types.add('social_information')
        body.insert(3, ctx.L('Nous avons bien noté que vous agissez à titre de mandataire en vertu d\'un mandat de '
                             'protection homologué.', 'We note that you act under a homologated protection mandate '
                             '(power of attorney for personal care).'))
    return mk(ctx, 'complaint_ack', com, to, subj, text='\n'.join(body), types=types,
              note='commissioner acknowledges complaint about named patient\'s care', tokens=[p.surname])


# --------------------------------------------------------------------------- 20
def p_complaint_manager(ctx):
    com = ctx.staff(ctx.pick(['commissioner', 'deputy_commissioner']))
    mgr = ctx.staff('nurse_manager')
    p = ctx.any_patient(20, 95)
    types = {'patient_name', 'diagnosis'}
    ids = []
    if ctx.chance(0.7):
        ids.append(ctx.mrn_label() + ' ' + p.mrn)
        types.add('mrn')
    if ctx.chance(0.65):
        nid = ctx.natid(p, types)
        if nid:
            ids.append(nid)
    dk = ctx.pick_diag(p, ['infarctus', 'avc', 'sepsis', 'appendicite', 'embolie', 'ulcere'])
    when = ctx.pdate(10, 60)
    med = ''
    if ctx.chance(0.5):
        med = ctx.med()
        types.add('medication')
    no = '%d-%04d' % (ctx.date.year, ctx.rng.randrange(1, 2000))
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(mgr.given), '',
                          ctx.t('J\'ai reçu une plainte (%s) concernant %s%s, %s dans votre unité le %s.' % (
                              no, ctx.pname(p), (' (' + ', '.join(ids) + ')') if ids else '',
                              g(p, 'admis', 'admise'), ctx.d(when))),
                          ctx.t('%s allègue avoir attendu plus de 14 heures sur civière avant d\'être %s, alors qu\'un '
                                'diagnostic %s a finalement été confirmé.%s' % (
                                    g(p, 'L\'usager', 'L\'usagère'), g(p, 'évalué', 'évaluée'), C.de(ctx.diag(dk)),
                                    (' ' + g(p, 'Il', 'Elle') + ' mentionne aussi une dose de ' + med +
                                     ' administrée en retard.') if med else '')),
                          '', ctx.t('Pourrais-tu me transmettre ta version des faits et les mesures prises d\'ici le %s?'
                                    % ctx.d(ctx.date + datetime.timedelta(days=10))),
                          '', ctx.thanks(), com.given])
        subj = ctx.pick(['Plainte %s - demande de version des faits' % no, 'Plainte %s' % no,
                         'Confidentiel : plainte concernant ton unité'])
    else:
        text = '\n'.join([ctx.greet(mgr.given), '',
                          ctx.t('I received a complaint (%s) about %s%s, admitted to your unit on %s.' % (
                              no, ctx.pname(p), (' (' + ', '.join(ids) + ')') if ids else '', ctx.d(when))),
                          ctx.t('The patient alleges a wait of over 14 hours on a stretcher before assessment; %s was '
                                'eventually confirmed.%s' % (ctx.diag(dk), (' Also mentions a late dose of ' + med + '.') if med else '')),
                          '', ctx.t('Could you send me your account of events and any actions taken by %s?'
                                    % ctx.d(ctx.date + datetime.timedelta(days=10))),
                          '', ctx.thanks(), com.given])
        subj = ctx.pick(['Complaint %s - request for your account' % no, 'Complaint %s' % no])
    return mk(ctx, 'complaint_to_manager', com, [mgr], subj, text=text, types=types,
              note='commissioner asks manager for version of facts on named patient', tokens=[p.surname])


# --------------------------------------------------------------------------- 21
def p_complaint_conclusions(ctx):
    com = ctx.staff('commissioner')
    p = ctx.patient(ctx.pick(['nam', 'qc']), 25, 95)
    types = {'patient_name', 'diagnosis', 'patient_contact'}
    no = '%d-%04d' % (ctx.date.year, ctx.rng.randrange(1, 2000))
    dk = ctx.pick_diag(p, ['ulcere', 'fracture_hanche', 'embolie', 'sepsis', 'pneumonie'])
    med = ctx.med(ctx.pick([0, 5, 10, 15]))
    types.add('medication')
    if ctx.lang == 'fr':
        items = [ctx.d(ctx.date, 'long'), '', p.full, ctx.addr_block(p), '',
                 'Objet : Conclusions — dossier de plainte %s' % no, '', '%s,' % ctx.title(p, False),
                 ('h', 'Résumé de la plainte'),
                 'Lors de votre hospitalisation à %s, vous avez développé %s. Vous déplorez également que le %s '
                 'prescrit pour la douleur vous ait été refusé à plusieurs reprises.' % (_unit(ctx), ctx.undiag(dk), med),
                 ('h', 'Conclusions'),
                 'Après examen du dossier et rencontre des intervenants, nous concluons que la plainte est fondée en '
                 'partie. Des recommandations ont été formulées à la direction des soins infirmiers.',
                 '', 'Si vous êtes en désaccord, vous pouvez vous adresser au Protecteur du citoyen.', '', com.full, com.role]
        text = '\n'.join([ctx.greet(ctx.pname(p, 'title'), formal=True), '',
                          ctx.t('Vous trouverez ci-joint nos conclusions relatives à votre plainte. Une copie papier suit par la poste.'),
                          '', ctx.sig(com, 'commissioner')])
        subj = ctx.pick(['Conclusions - plainte %s' % no, 'Votre plainte %s : conclusions' % no])
    else:
        items = [ctx.d(ctx.date, 'long'), '', p.full, ctx.addr_block(p), '', 'Re: Conclusions - complaint file %s' % no, '',
                 'Dear %s %s,' % (ctx.title(p), p.surname), ('h', 'Summary of complaint'),
                 'During your stay in %s you developed %s. You also report that %s ordered for pain was repeatedly '
                 'withheld.' % (_unit(ctx), ctx.undiag(dk), med),
                 ('h', 'Conclusions'),
                 'After reviewing the chart and meeting staff, we find the complaint partly substantiated. '
                 'Recommendations were made to the Nursing Directorate.', '', 'If you disagree you may contact the '
                 'provincial ombudsman.', '', com.full, com.role]
        text = '\n'.join([ctx.greet(ctx.pname(p, 'title'), formal=True), '',
                          'Please find attached our conclusions regarding your complaint. A paper copy follows by mail.',
                          '', ctx.sig(com, 'commissioner')])
        subj = ctx.pick(['Conclusions - complaint %s' % no, 'Your complaint %s: conclusions' % no])
    if ctx.chance(0.6):
        a = att(DOCX, mime.make_docx(ctx.L('Conclusions de la commissaire', 'Commissioner\'s conclusions'), items, author=com.full),
                ctx.L('conclusions_%s.docx', 'conclusions_%s.docx') % no)
    else:
        a = att('application/pdf', mime.make_pdf(ctx.L('Conclusions', 'Conclusions'), items, author=com.full,
                                                 compress=ctx.chance(0.5)), 'Conclusions_%s_%s.pdf' % (no, slug(p.surname)))
    return mk(ctx, 'complaint_conclusions', com, [(p.full, p.email)], subj, text=text, atts=[a], types=types,
              note='conclusions letter attached (patient address, diagnosis, medication)', tokens=[p.surname])


# --------------------------------------------------------------------------- 22
def p_relations_calllog(ctx):
    off = ctx.staff('relations_officer')
    mgr = ctx.staff()
    types = {'patient_name', 'patient_contact', 'social_information', 'diagnosis'}
    head = ctx.L(['Date', 'Appelant', 'Lien', 'Usager', 'Téléphone', 'Sujet', 'Suivi'],
                 ['Date', 'Caller', 'Relationship', 'Patient', 'Phone', 'Issue', 'Follow-up'])
    rows = [head]
    first = None
    for i in range(ctx.rng.randrange(5, 10)):
        p = ctx.patient(ctx.pick(['nam', 'qc', 'qc']), 18, 98)
        first = first or p
        rel = ctx.pick(ctx.L(['lui-même', 'fille', 'fils', 'conjoint(e)', 'voisin'], ['self', 'daughter', 'son', 'spouse', 'neighbour']))
        issue = ctx.pick(ctx.L([
            'perte de prothèses dentaires en CHSLD', 'attente chirurgie - ' + ctx.diag('lombalgie'),
            'congé jugé prématuré, vit seul(e) sans aide', 'facture d\'ambulance, sans revenu',
            'conflit familial sur le niveau de soins (' + ctx.diag('demence') + ')',
            'refus d\'accès au dossier de son fils', 'repas non adaptés (' + ctx.diag('diabete') + ')'],
            ['lost dentures in LTC', 'waiting for surgery - ' + ctx.diag('lombalgie'),
             'discharged too early, lives alone without help', 'ambulance bill, no income',
             'family conflict over level of care (' + ctx.diag('demence') + ')',
             'meals not adapted (' + ctx.diag('diabete') + ')']))
        if i == 0:
            issue = ctx.L('congé jugé prématuré, vit seul(e); suivi ', 'discharged early, lives alone; f/u ') + ctx.diag()
        rows.append([ctx.d(ctx.pdate(1, 20), 'iso'), rel, rel, p.rev, p.phone, issue,
                     ctx.pick(ctx.L(['rappel fait', 'à rappeler', 'transféré au commissariat', 'fermé'],
                                    ['called back', 'to call back', 'sent to commissioner', 'closed']))])
    for r in rows[1:]:
        r[1] = ctx.pick(['', 'M. ', 'Mme ']) + ctx.pick(C.QC_SURNAMES) if r[2] not in ('lui-même', 'self') else r[3]
    text = '\n'.join([ctx.greet(mgr.given), '',
                      ctx.t(ctx.L('Voici l\'extraction des appels de la semaine pour le comité de suivi. Trois dossiers '
                                  'restent ouverts.', 'Attached is this week\'s call log export for the follow-up '
                                  'meeting. Three files remain open.')), '', ctx.thanks(), off.given])
    subj = ctx.pick(ctx.L(['Appels relations clientèle - semaine %d', 'Journal des appels S%d'],
                          ['Patient relations calls - week %d', 'Call log wk %d'])) % ctx.date.isocalendar()[1]
    if ctx.chance(0.5):
        a = att(XLSX, mime.make_xlsx([(ctx.L('Appels', 'Calls'), rows)], author=off.full),
                ctx.L('appels_relations_clientele.xlsx', 'patient_relations_calls.xlsx'))
    else:
        a = att('text/csv', mime.make_csv(rows, sep=';' if ctx.lang == 'fr' else ',',
                                          encoding=ctx.pick(['utf-8', 'cp1252', 'utf-8-sig']), crlf=ctx.chance(0.5)),
                ctx.L('journal_appels.csv', 'call_log.csv'))
    return mk(ctx, 'relations_call_log', off, [mgr], subj, text=text, atts=[a], types=types,
              note='patient relations call log export: names, phone numbers, social and medical issues',
              tokens=[first.surname])


# --------------------------------------------------------------------------- 23
def p_relations_ics(ctx):
    off = ctx.staff(ctx.pick(['relations_officer', 'commissioner']))
    doc = ctx.doctor()
    p = ctx.patient(ctx.pick(['nam', 'qc']), 40, 98)
    types = {'patient_name', 'diagnosis', 'social_information'}
    start = datetime.datetime.combine(ctx.date + datetime.timedelta(days=ctx.rng.randrange(2, 12)),
                                      datetime.time(ctx.rng.randrange(9, 16), ctx.pick([0, 30])))
    dk = ctx.pick_diag(p, ['cancer_sein', 'demence', 'insuf_renale', 'avc'])
    if ctx.lang == 'fr':
        summ = ctx.pick(['Rencontre famille %s - plainte' % p.surname, 'Rencontre avec la famille de %s' % ctx.pname(p, 'title')])
        desc = ('Rencontre avec les enfants de %s (%s) au sujet de la plainte sur le niveau de soins. %s est en soins '
                'palliatifs pour %s. Les enfants sont en désaccord entre eux; la fille aînée détient la procuration. '
                'Présence du %s%s souhaitée.' % (p.full, ctx.mrn_label() + ' ' + p.mrn, g(p, 'Le patient', 'La patiente'),
                                                 ctx.diag(dk), doc.dr, doc.surname))
        text = '\n'.join([ctx.greet(), '', 'Invitation ci-jointe pour la rencontre avec la famille %s.' % p.surname, '',
                          ctx.thanks(), off.given])
        loc = 'Salle 2.410 (Relations avec la clientèle)'
    else:
        summ = ctx.pick(['Family meeting %s - complaint' % p.surname, 'Meeting with %s family' % p.surname])
        desc = ('Meeting with the children of %s (%s) regarding the complaint on goals of care. The patient is '
                'receiving palliative care for %s. The siblings disagree; the eldest daughter holds the power of '
                'attorney. %s%s to attend.' % (p.full, 'MRN ' + p.mrn, ctx.diag(dk), doc.dr, doc.surname))
        text = '\n'.join([ctx.greet(), '', 'Calendar invite attached for the %s family meeting.' % p.surname, '',
                          ctx.thanks(), off.given])
        loc = 'Room 2.410 (Patient Relations)'
    types.add('mrn')
    ics = mime.make_ics('%s@%s' % (''.join(ctx.rng.choice('0123456789abcdef') for _ in range(24)), ctx.hosp['domain']),
                        summ, desc, start, start + datetime.timedelta(hours=1), loc, (off.full, off.email),
                        [(doc.full, doc.email)])
    a = att('text/calendar; method=REQUEST', ics, 'invite.ics', charset='utf-8', cte=ctx.pick(['base64', '7bit', 'quoted-printable']))
    return mk(ctx, 'relations_meeting_invite', off, [doc], summ, text=text, atts=[a], types=types, mode='plain',
              note='calendar invite; description names palliative patient and family conflict', tokens=[p.mrn])


# --------------------------------------------------------------------------- 24
def p_relations_vcard(ctx):
    off = ctx.staff('relations_officer')
    col = ctx.staff('relations_officer')
    p = ctx.patient(ctx.pick(['nam', 'qc']), 18, 90)
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    dk = ctx.pick_diag(p, ['psychose', 'depression', 'epilepsie', 'insuf_renale'])
    note = ctx.L('Plaignant(e) - suivi(e) pour %s; préfère être %s le soir; ne pas laisser de message sur la boîte vocale '
                 '(conjoint non informé).' % (ctx.diag(dk), 'rejoint'),
                 'Complainant - followed for %s; prefers evening calls; do not leave voicemail (spouse not aware).' % ctx.diag(dk))
    types.add('social_information')
    bday = None
    if ctx.chance(0.5):
        bday = p.dob.isoformat()
        types.add('date_of_birth')
    vcf = mime.make_vcf(p.given, p.surname, tel=('HOME', p.phone), email_addr=p.email,
                        adr=(p.street, p.town, p.prov, p.postal, 'Canada'), note=note, bday=bday)
    text = '\n'.join([ctx.greet(col.given), '',
                      ctx.t(ctx.L('Je pars en vacances demain; voici la fiche de contact de %s pour le suivi de son '
                                  'dossier. Lis bien la note avant d\'appeler.' % ctx.pname(p, 'title'),
                                  'I am off from tomorrow - contact card for %s attached for follow-up. Please read '
                                  'the note before calling.' % ctx.pname(p, 'title'))), '', ctx.thanks(), off.given])
    subj = ctx.pick(ctx.L(['Fiche contact - suivi %s' % p.surname, 'Contact à rappeler'],
                          ['Contact card - %s follow-up' % p.surname, 'Callback contact']))
    a = att('text/vcard', vcf, '%s.vcf' % slug(p.full), charset='utf-8', cte=ctx.pick(['base64', 'quoted-printable', '7bit']))
    return mk(ctx, 'relations_vcard', off, [col], subj, text=text, atts=[a], types=types,
              note='vCard of complainant with home contact and note on diagnosis', tokens=[p.surname])


# --------------------------------------------------------------------------- 25
def p_incident_report(ctx):
    nurse = ctx.staff('nurse_manager')
    risk = ctx.staff('risk_advisor')
    p = ctx.any_patient(60, 99, (55, 30, 10, 3, 2))
    types = {'patient_name', 'diagnosis', 'medication'}
    kind = ctx.pick(['fall', 'med', 'wrongpt'])
    room = '%d%02d' % (ctx.rng.randrange(2, 8), ctx.rng.randrange(1, 40))
    when = ctx.pdate(0, 4)
    med = ctx.med(ctx.pick([0, 5, 4, 13, 15]))
    if ctx.lang == 'fr':
        if kind == 'fall':
            evt = ('Chute de %s (ch. %s, %d ans) trouvé%s au sol à 03 h 10 près du lit. Sous %s HS. Douleur à la '
                   'hanche, radiographie : %s.' % (ctx.pname(p), room, p.age, g(p, '', 'e'), med, ctx.diag('fracture_hanche')))
        elif kind == 'med':
            evt = ('Erreur de médicament : %s (ch. %s) a reçu %s au lieu de la dose prescrite (10 fois la dose). '
                   'Somnolence, naloxone administrée, transfert aux soins intensifs. Antécédent : %s.' % (
                       ctx.pname(p), room, med, ctx.diag(ctx.pick(['insuf_renale', 'mpoc']))))
        else:
            evt = ('Erreur d\'identification : les prélèvements de %s (ch. %s) ont été étiquetés au nom d\'un autre '
                   'usager; %s administré sur la base d\'un résultat erroné. Diagnostic : %s.' % (
                       ctx.pname(p), room, med, ctx.diag('diabete')))
        lines = ['Déclaration d\'incident/accident (AH-223) — saisie provisoire', '',
                 'Date/heure : %s 03:10' % when.isoformat(), 'Lieu : %s' % _unit(ctx),
                 'Usager : %s' % p.rev]
        if ctx.chance(0.7):
            lines.append('No dossier : %s' % p.mrn)
            types.add('mrn')
        if ctx.chance(0.6):
            nid = ctx.natid(p, types)
            if nid:
                lines.append(nid)
        if ctx.chance(0.5):
            lines.append('DDN : %s' % p.dob.isoformat())
            types.add('date_of_birth')
        lines += ['Gravité : %s' % ctx.pick(['E1', 'E2', 'F', 'G']), '', 'Description :', ctx.t(evt, 0.4), '',
                  'Mesures : famille avisée, médecin de garde avisé, surveillance aux 15 min.', '', nurse.full, nurse.role]
        subj = ctx.pick(['AH-223 - %s ch. %s' % (ctx.pick(['chute', 'erreur médicament', 'incident']), room),
                         'Déclaration incident %s' % when.isoformat(), 'Incident grave unité - à analyser'])
    else:
        if kind == 'fall':
            evt = ('Fall: %s (room %s, age %d) found on floor at 03:10 beside the bed. On %s at bedtime. Hip pain; '
                   'x-ray shows %s.' % (ctx.pname(p), room, p.age, med, ctx.diag('fracture_hanche')))
        elif kind == 'med':
            evt = ('Medication error: %s (room %s) received %s instead of the ordered dose (tenfold). Drowsy, naloxone '
                   'given, transferred to ICU. History of %s.' % (ctx.pname(p), room, med, ctx.diag(ctx.pick(['insuf_renale', 'mpoc']))))
        else:
            evt = ('Wrong-patient labelling: specimens of %s (room %s) were labelled with another patient\'s name; %s '
                   'given based on the wrong result. Diagnosis: %s.' % (ctx.pname(p), room, med, ctx.diag('diabete')))
        lines = ['Incident/accident report (AH-223) - preliminary entry', '', 'Date/time: %s 03:10' % when.isoformat(),
                 'Location: %s' % _unit(ctx), 'Patient: %s' % p.rev]
        if ctx.chance(0.7):
            lines.append('MRN: %s' % p.mrn)
            types.add('mrn')
        if ctx.chance(0.6):
            nid = ctx.natid(p, types)
            if nid:
                lines.append(nid)
        if ctx.chance(0.5):
            lines.append('DOB: %s' % p.dob.isoformat())
            types.add('date_of_birth')
        lines += ['Severity: %s' % ctx.pick(['E1', 'E2', 'F', 'G']), '', 'Description:', ctx.t(evt, 0.4), '',
                  'Actions: family notified, on-call physician notified, q15min checks.', '', nurse.full, nurse.role]
        subj = ctx.pick(['AH-223 - %s room %s' % (ctx.pick(['fall', 'med error', 'incident']), room),
                         'Incident report %s' % when.isoformat()])
    atts = []
    text = '\n'.join(lines)
    if ctx.chance(0.35):
        pdf = mime.make_pdf(lines[0], lines[2:], author=nurse.full, compress=ctx.chance(0.5))
        atts.append(att('application/pdf', pdf, 'AH223_%s_%s.pdf' % (when.isoformat(), room)))
        text = '\n'.join([ctx.greet(risk.given), '', ctx.L('Déclaration en pièce jointe; la famille a été rencontrée.',
                                                            'Report attached; the family has been met.'), '', nurse.given])
    return mk(ctx, 'incident_report', nurse, [risk], subj, text=text, atts=atts, types=types,
              note='incident/accident declaration naming patient (fall / medication / identification error)',
              tokens=[p.surname])


# --------------------------------------------------------------------------- 26
def p_disclosure(ctx):
    risk = ctx.staff('risk_advisor')
    doc = ctx.doctor()
    p = ctx.any_patient(30, 95)
    types = {'patient_name', 'medication', 'diagnosis'}
    med = ctx.med(ctx.pick([0, 1, 6, 9, 16]))
    lab = ''
    if ctx.chance(0.6):
        lab = ctx.lab()
        types.add('lab_result')
    evd = ctx.pdate(2, 20)
    dk2 = ctx.pick(['insuf_renale', 'embolie', 'avc'])
    fam = ctx.pick(ctx.L(['sa fille', 'son fils', 'son conjoint', 'sa sœur'], ['daughter', 'son', 'spouse', 'sister']))
    pid = ''
    if ctx.chance(0.7):
        bits = ctx.idbits(p, types, ('natid', 'mrn'), 0.7)
        pid = (' (' + ', '.join(bits) + ')') if bits else ''
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(doc.dr + doc.surname), '',
                          ctx.t('Suivi de l\'événement sentinelle du %s : %s a reçu %s en double dose. %s'
                                'L\'usager%s présente maintenant %s.' % (
                                    ctx.d(evd), ctx.pname(p) + pid, med,
                                    ('Résultat de contrôle : ' + lab + '. ') if lab else '', g(p, '', 'e'),
                                    ctx.undiag(dk2))),
                          ctx.t('La divulgation a été faite à %s et à %s hier en présence de la chef d\'unité. '
                                'Il reste à documenter la divulgation au dossier (formulaire de divulgation) et '
                                'à planifier la rencontre de suivi.' % (ctx.pname(p, 'title'), fam)),
                          '', ctx.thanks(), '', ctx.sig(risk, 'risk')])
        subj = ctx.pick(['Divulgation - événement du %s' % ctx.d(evd, 'iso'), 'Suivi divulgation %s' % p.surname])
    else:
        text = '\n'.join([ctx.greet(doc.dr + doc.surname), '',
                          ctx.t('Follow-up on the sentinel event of %s: %s received a double dose of %s. %sThe patient '
                                'now has %s.' % (ctx.d(evd), ctx.pname(p) + pid, med,
                                                 ('Follow-up result: ' + lab + '. ') if lab else '',
                                                 ctx.undiag(dk2))),
                          ctx.t('Disclosure was made to the patient and %s yesterday with the unit manager present. '
                                'Please document it in the chart and book the follow-up meeting.' % fam),
                          '', ctx.thanks(), '', ctx.sig(risk, 'risk')])
        subj = ctx.pick(['Disclosure - event of %s' % ctx.d(evd, 'iso'), 'Disclosure follow-up %s' % p.surname])
    return mk(ctx, 'disclosure_followup', risk, [doc], subj, text=text, types=types,
              note='risk advisor on disclosure of medication error to named patient', tokens=[p.surname])


# --------------------------------------------------------------------------- 27
def p_rca(ctx):
    qd = ctx.staff('quality_director')
    risk = ctx.staff('risk_advisor')
    p = ctx.any_patient(20, 95)
    types = {'patient_name', 'diagnosis', 'medication', 'lab_result'}
    idk = []
    if ctx.chance(0.7):
        idk.append((ctx.L('Dossier :', 'MRN:'), p.mrn))
        types.add('mrn')
    if ctx.chance(0.8):
        nid = ctx.natid(p, types, label=False)
        if nid:
            idk.append((ctx.L('No ass. maladie :', 'Health no.:'), nid))
    if ctx.chance(0.5):
        idk.append((ctx.L('Date de naissance :', 'Date of birth:'), p.dob.isoformat()))
        types.add('date_of_birth')
    dk = ctx.pick_diag(p, ['sepsis', 'embolie', 'infarctus'])
    t0 = ctx.pdate(20, 90)
    med = ctx.med(ctx.pick([1, 6, 9, 16]))
    lab = ctx.lab()
    rows = [[ctx.L('Heure', 'Time'), ctx.L('Événement', 'Event')],
            ['08:05', ctx.L('Arrivée à l\'urgence, triage P3', 'ED arrival, triage CTAS 3')],
            ['11:40', ctx.L('Résultat critique non communiqué : ', 'Critical result not called: ') + lab],
            ['14:20', ctx.L('Administration de ', 'Given ') + med],
            ['19:55', ctx.L('Détérioration; diagnostic de ', 'Deterioration; diagnosis of ') + ctx.diag(dk)],
            ['21:10', ctx.L('Transfert aux soins intensifs', 'Transfer to ICU')]]
    items = [('kv', [(ctx.L('Usager :', 'Patient:'), p.full)] + idk + [(ctx.L('Date de l\'événement :', 'Event date:'), t0.isoformat())]),
             ('h', ctx.L('Chronologie', 'Timeline')), ('table', rows),
             ('h', ctx.L('Causes contributives', 'Contributing factors')),
             ctx.L('Absence de procédure de communication des résultats critiques la fin de semaine; surcharge de travail.',
                   'No weekend critical-result call procedure; workload.')]
    title = ctx.L('Analyse des causes racines — ébauche', 'Root cause analysis - draft')
    if ctx.chance(0.6):
        a = att(DOCX, mime.make_docx(title, items, author=risk.full), ctx.L('ACR_ebauche_v2.docx', 'RCA_draft_v2.docx'))
    else:
        a = att('application/pdf', mime.make_pdf(title, items, author=risk.full, compress=ctx.chance(0.5)),
                ctx.L('ACR_%s.pdf', 'RCA_%s.pdf') % t0.isoformat())
    text = '\n'.join([ctx.greet(qd.given), '',
                      ctx.t(ctx.L('Voici l\'ébauche de l\'analyse des causes racines pour l\'événement du %s. À discuter '
                                  'au comité de gestion des risques de jeudi.' % ctx.d(t0),
                                  'Attached is the RCA draft for the %s event, for Thursday\'s risk management '
                                  'committee.' % ctx.d(t0))), '', ctx.thanks(), '', ctx.sig(risk, 'risk')])
    subj = ctx.pick(ctx.L(['ACR - ébauche pour comité', 'Analyse causes racines événement %s' % t0.isoformat()],
                          ['RCA draft for committee', 'Root cause analysis - event %s' % t0.isoformat()]))
    return mk(ctx, 'rca_draft', risk, [qd], subj, text=text, atts=[a], types=types,
              note='root cause analysis draft with identified patient timeline', tokens=[p.surname])


# --------------------------------------------------------------------------- 28
def p_breach_fax(ctx):
    po = ctx.staff('privacy_officer')
    dirg = ctx.staff()
    types = {'patient_name', 'lab_result'}
    n = ctx.rng.randrange(1, 4)
    pts = [ctx.any_patient(18, 95, (65, 20, 9, 3, 3)) for _ in range(n)]
    lines = []
    for p in pts:
        bits = [ctx.pname(p, ctx.pick(['rev', 'full']))]
        if ctx.chance(0.85) and (p.nam or p.origin != 'qc'):
            bits.append(ctx.natid(p, types, label=ctx.chance(0.5)))
        elif ctx.chance(0.5):
            bits.append(p.mrn)
            types.add('mrn')
        if ctx.chance(0.4):
            bits.append(ctx.L('DDN ', 'DOB ') + p.dob.isoformat())
            types.add('date_of_birth')
        bits.append(ctx.lab())
        lines.append('- ' + ' - '.join(bits))
    dest = ctx.pick(ctx.L(['une pharmacie communautaire', 'un concessionnaire automobile', 'un cabinet de dentiste'],
                          ['a community pharmacy', 'a car dealership', 'a dental office']))
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(dirg.given), '',
                          ctx.t('Incident de confidentialité déclaré ce matin : une télécopie de résultats de laboratoire a '
                                'été transmise par erreur à %s (erreur de composition du numéro). Usagers touchés :' % dest),
                          ''] + lines + ['',
                          ctx.t('Le destinataire a confirmé la destruction par écrit. Évaluation du risque de préjudice '
                                'sérieux en cours; inscription au registre des incidents faite.'),
                          '', ctx.sig(po, 'privacy')])
        subj = ctx.pick(['Incident de confidentialité - télécopie erronée', 'Bris de confidentialité - fax labo',
                         'Registre incidents : télécopie %s' % ctx.date.isoformat()])
    else:
        text = '\n'.join([ctx.greet(dirg.given), '',
                          ctx.t('Privacy incident reported this morning: a fax of lab results was sent in error to %s '
                                '(misdialled number). Patients affected:' % dest), ''] + lines + ['',
                          ctx.t('The recipient confirmed destruction in writing. Risk-of-harm assessment under way; '
                                'entered in the incident register.'), '', ctx.sig(po, 'privacy')])
        subj = ctx.pick(['Privacy incident - misdirected fax', 'Breach - lab fax sent to wrong number'])
    return mk(ctx, 'breach_misdirected_fax', po, [dirg], subj, text=text, types=types, importance='high',
              note='privacy breach: misdirected fax, affected patients listed with results', tokens=[pts[0].surname])


# --------------------------------------------------------------------------- 29
def p_breach_snooping(ctx):
    po = ctx.staff('privacy_officer')
    hr = ctx.staff()
    p = ctx.patient(ctx.pick(['nam', 'qc']), 18, 70)
    emp = ctx.staff()
    types = {'patient_name', 'mrn', 'social_information', 'diagnosis'}
    dk = ctx.pick_diag(p, ['grossesse', 'vih', 'depression', 'surdose'])
    rows = [[ctx.L('Horodatage', 'Timestamp'), ctx.L('Utilisateur', 'User'), ctx.L('Usager consulté', 'Patient viewed'),
             ctx.L('Dossier', 'MRN'), ctx.L('Module', 'Module')]]
    for k in range(ctx.rng.randrange(4, 9)):
        ts = datetime.datetime.combine(ctx.pdate(5, 60), datetime.time(ctx.rng.randrange(0, 24), ctx.rng.randrange(60)))
        rows.append([ts.strftime('%Y-%m-%d %H:%M'), emp.email.split('@')[0], p.rev, p.mrn,
                     ctx.pick(ctx.L(['Notes évolutives', 'Résultats labo', 'Sommaire', 'Notes TS'],
                                    ['Progress notes', 'Lab results', 'Summary', 'Social work notes']))])
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(hr.given), '',
                          ctx.t('L\'audit proactif des accès a relevé %d consultations du dossier de %s (ex-%s de '
                                'l\'employé·e %s, en processus de séparation) sans lien avec ses fonctions. Les consultations '
                                'portent notamment sur l\'épisode %s.' % (
                                    len(rows) - 1, p.full, g(p, 'conjoint', 'conjointe'), emp.full, C.de(ctx.diag(dk)))),
                          ctx.t('Extraction jointe. Rencontre disciplinaire à planifier avec les RH et le syndicat.'),
                          '', ctx.sig(po, 'privacy')])
        subj = ctx.pick(['Audit des accès - consultation non autorisée', 'Accès inappropriés au dossier - suivi RH'])
    else:
        text = '\n'.join([ctx.greet(hr.given), '',
                          ctx.t('The proactive access audit found %d views of the chart of %s (former %s of employee '
                                '%s, currently separating) with no work-related reason, including the %s episode.' % (
                                    len(rows) - 1, p.full, g(p, 'husband', 'wife'), emp.full, ctx.diag(dk))),
                          'Extract attached. Please book the disciplinary meeting with HR and the union.',
                          '', ctx.sig(po, 'privacy')])
        subj = ctx.pick(['Access audit - unauthorized viewing', 'Snooping case - HR follow-up'])
    if ctx.chance(0.5):
        a = att(XLSX, mime.make_xlsx([('Audit', rows)], author=po.full), 'audit_acces_%s.xlsx' % ctx.date.isoformat())
    else:
        a = att('text/csv', mime.make_csv(rows, encoding=ctx.pick(['utf-8', 'cp1252'])), 'audit_log_export.csv')
    return mk(ctx, 'breach_snooping', po, [hr], subj, text=text, atts=[a], types=types,
              note='access audit: employee snooped ex-spouse\'s chart; patient named with sensitive episode',
              tokens=[p.mrn])


# --------------------------------------------------------------------------- 30
def p_breach_letter(ctx):
    po = ctx.staff('privacy_officer')
    sec = ctx.staff('secretary')
    p = ctx.any_patient(18, 95, (70, 15, 15, 0, 0))
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    exposed = []
    nid = ctx.natid(p, types, label=False)
    if nid:
        exposed.append(ctx.L('votre numéro d\'assurance maladie (%s)', 'your health insurance number (%s)') % nid)
    exposed.append(ctx.L('la raison de votre consultation (%s)', 'the reason for your visit (%s)') % ctx.diag())
    evt = ctx.pick(ctx.L(['le vol d\'un ordinateur portable non chiffré', 'l\'envoi d\'un courriel au mauvais destinataire',
                          'la perte d\'une clé USB'], ['the theft of an unencrypted laptop', 'an e-mail sent to the wrong recipient',
                                                       'the loss of a USB key']))
    if ctx.lang == 'fr':
        items = [ctx.d(ctx.date, 'long'), '', ctx.pname(p, 'title'), ctx.addr_block(p), '',
                 'Objet : Avis d\'incident de confidentialité', '', '%s,' % ctx.title(p, False),
                 'Nous vous informons qu\'un incident survenu le %s, soit %s, a pu exposer les renseignements suivants vous '
                 'concernant : votre nom, %s.' % (ctx.d(ctx.pdate(5, 30), 'long'), evt, ', '.join(exposed)),
                 'Nous avons pris les mesures nécessaires et avisé la Commission. Pour toute question : %s.' % po.hosp['tel'],
                 '', po.full, po.role]
        text = '\n'.join([ctx.greet(sec.given), '', ctx.t('Peux-tu imprimer et poster la lettre ci-jointe en recommandé? '
                                                            'Merci de garder une copie pour le registre.'), '', po.given])
        subj = ctx.pick(['Lettre avis incident - envoi recommandé', 'Avis aux personnes concernées (%s)' % p.surname])
    else:
        items = [ctx.d(ctx.date, 'long'), '', ctx.pname(p, 'title'), ctx.addr_block(p), '', 'Re: Notice of privacy breach', '',
                 'Dear %s %s,' % (ctx.title(p), p.surname),
                 'We are writing to inform you that an incident on %s, namely %s, may have exposed the following '
                 'information about you: your name, %s.' % (ctx.d(ctx.pdate(5, 30), 'long'), evt, ', '.join(exposed)),
                 'We have taken corrective measures and notified the Commission. Questions: %s.' % po.hosp['tel'], '',
                 po.full, po.role]
        text = '\n'.join([ctx.greet(sec.given), '', ctx.t('Could you print and send the attached letter by registered mail '
                                                            'and keep a copy for the register?'), '', po.given])
        subj = ctx.pick(['Breach notice letter - registered mail', 'Notification letter (%s)' % p.surname])
    if ctx.chance(0.5):
        a = att(DOCX, mime.make_docx(ctx.L('Avis d\'incident', 'Breach notice'), items, author=po.full),
                ctx.L('avis_incident_%s.docx', 'breach_notice_%s.docx') % slug(p.surname))
    else:
        a = att('application/pdf', mime.make_pdf(ctx.L('Avis d\'incident de confidentialité', 'Notice of privacy breach'),
                                                 items, author=po.full, compress=ctx.chance(0.5)),
                ctx.L('avis_%s.pdf', 'notice_%s.pdf') % slug(p.surname))
    return mk(ctx, 'breach_notice_letter', po, [sec], subj, text=text, atts=[a], types=types,
              note='breach notification letter to patient (address, exposed data)', tokens=[p.surname])


# --------------------------------------------------------------------------- 31
def p_litigation_hold(ctx):
    legal = ctx.staff('legal')
    chief = ctx.staff('archivist_chief')
    p = ctx.patient(ctx.pick(['nam', 'qc']), 20, 90)
    types = {'patient_name', 'diagnosis', 'social_information'}
    ids = []
    if ctx.chance(0.6):
        ids.append(ctx.L('DDN ', 'DOB ') + ctx.d(p.dob))
        types.add('date_of_birth')
    if ctx.chance(0.6):
        ids.append(ctx.mrn_label() + ' ' + p.mrn)
        types.add('mrn')
    if ctx.chance(0.65):
        nid = ctx.natid(p, types)
        if nid:
            ids.append(nid)
    dk = ctx.pick_diag(p, ['sepsis', 'appendicite', 'avc', 'ulcere'])
    amt = ctx.pick(['350 000', '1,2 M', '780 000']) if ctx.lang == 'fr' else ctx.pick(['350,000', '1.2 M', '780,000'])
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(chief.given), '',
                          ctx.t('Nous avons reçu une mise en demeure au nom de %s%s, qui réclame %s $ à l\'établissement '
                                'pour un retard de diagnostic (%s) lors de sa visite du %s.' % (
                                    ctx.pname(p), (' (' + ', '.join(ids) + ')') if ids else '', amt, ctx.diag(dk),
                                    ctx.d(ctx.pdate(100, 500)))),
                          ctx.t('Merci de placer le dossier sous conservation légale : aucune modification, aucun '
                                'élagage, conservation des journaux d\'accès et des enregistrements téléphoniques.'),
                          '', ctx.sig(legal)])
        subj = ctx.pick(['Conservation légale - dossier %s' % p.surname, 'Mise en demeure - gel du dossier'])
    else:
        text = '\n'.join([ctx.greet(chief.given), '',
                          ctx.t('We received a demand letter on behalf of %s%s claiming $%s from the hospital for a missed '
                                '%s at the visit of %s.' % (ctx.pname(p), (' (' + ', '.join(ids) + ')') if ids else '',
                                                            amt, ctx.diag(dk), ctx.d(ctx.pdate(100, 500)))),
                          ctx.t('Please place the chart on legal hold: no amendments or purging; keep audit logs and '
                                'call recordings.'), '', ctx.sig(legal)])
        subj = ctx.pick(['Legal hold - %s chart' % p.surname, 'Demand letter - records freeze'])
    return mk(ctx, 'litigation_hold', legal, [chief], subj, text=text, types=types,
              note='legal hold on chart after demand letter by named patient', tokens=[p.surname])


# --------------------------------------------------------------------------- 32
def p_quick_internal(ctx):
    a = ctx.staff()
    b = ctx.staff(ctx.pick(['archivist', 'roi_clerk']))
    p = ctx.any_patient(18, 95)
    types = {'patient_name'}
    nm = ctx.pick(['%s %s.' % (p.surname, p.given[0]), '%s, %s' % (p.surname, p.given), p.surname.lower() + ' ' + p.given.lower(),
                   ctx.pname(p, 'title')])
    ref = []
    if ctx.chance(0.6):
        ref.append(ctx.d(p.dob, ctx.pick(['iso', 'slash'])))
        types.add('date_of_birth')
    if ctx.chance(0.7) and (p.nam or p.origin != 'qc'):
        ref.append(ctx.natid(p, types, label=ctx.chance(0.4)))
    extra = ctx.pick(ctx.L(['c\'est pour la SAAQ (accident)', 'c\'est pour son dossier de psy',
                            'il manque la consult de ' + ctx.pick(['cardio', 'onco', 'psychiatrie']),
                            'sa fille dit qu\'elle est en CHSLD maintenant'],
                           ['it\'s for the SAAQ (car accident)', 'it\'s for the psych file',
                            'the ' + ctx.pick(['cardio', 'onco', 'psych']) + ' consult is missing',
                            'her daughter says she is in LTC now']))
    if 'SAAQ' in extra or 'CHSLD' in extra or 'LTC' in extra:
        types.add('social_information')
    else:
        types.add('diagnosis')
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.pick(['Salut', 'Allo', 'Hey']) + ' ' + b.given + ',', '',
                          ctx.t('peux-tu checker si le consentement de %s%s est numérisé? %s' % (
                              nm, (' (' + ' / '.join(ref) + ')') if ref else '', extra), 0.6),
                          '', 'merci!', a.given])
        subj = ctx.pick(['consentement?', 'question dossier', 'vite de meme', '(sans objet)', 'dossier ' + p.surname])
    else:
        text = '\n'.join([ctx.pick(['Hi', 'Hey']) + ' ' + b.given + ',', '',
                          ctx.t('can you check if the consent for %s%s was scanned? %s' % (
                              nm, (' (' + ' / '.join(ref) + ')') if ref else '', extra), 0.6),
                          '', 'thx', a.given])
        subj = ctx.pick(['consent?', 'quick q', 'chart question', 'chart ' + p.surname])
    return mk(ctx, 'quick_internal', a, [b], subj, text=text, types=types, mode='plain',
              note='short internal note naming patient with DOB/NAM and context', tokens=[p.surname])


# --------------------------------------------------------------------------- 33
def p_zip_records(ctx):
    clerk = ctx.staff('roi_clerk')
    law = ctx.ext_person('law_fr' if ctx.lang == 'fr' else 'law_en')
    p = ctx.patient(ctx.pick(['nam', 'qc']), 18, 90)
    types = {'patient_name', 'mrn', 'diagnosis', 'lab_result'}
    dk = ctx.pick_diag(p, ['commotion', 'whiplash', 'fracture_poignet', 'lombalgie'])
    base = slug(p.surname) + '_' + slug(p.given)
    note_pdf = mime.make_pdf(ctx.L('Note d\'urgence', 'Emergency note'),
                             [('kv', [(ctx.L('Usager :', 'Patient:'), p.full), (ctx.L('Dossier :', 'MRN:'), p.mrn)]),
                              ctx.L('Impression diagnostique : %s. Congé avec analgésie.' % ctx.diag(dk),
                                    'Impression: %s. Discharged with analgesia.' % ctx.diag(dk))], compress=ctx.chance(0.5))
    lab_pdf = mime.make_pdf(ctx.L('Résultats de laboratoire', 'Laboratory results'),
                            [('kv', [(ctx.L('Usager :', 'Patient:'), p.full), (ctx.L('Dossier :', 'MRN:'), p.mrn)]),
                             ('table', [[ctx.L('Analyse', 'Test'), ctx.L('Résultat', 'Result')]] +
                              [[x.split(' ', 1)[0], x.split(' ', 1)[1]] for x in [ctx.lab(), ctx.lab()]])],
                            compress=ctx.chance(0.5))
    z = mime.make_zip([('%s/%s_note_urgence.pdf' % (base, base) if ctx.lang == 'fr' else '%s/%s_ED_note.pdf' % (base, base), note_pdf),
                       ('%s/%s_labo.pdf' % (base, base), lab_pdf)])
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet('Me ' + law.surname, formal=True), '',
                          ctx.t('Tel que demandé, voici les documents du dossier de votre client%s en fichier compressé. '
                                'Le mot de passe vous sera communiqué par téléphone.' % g(p, '', 'e')),
                          '', ctx.sig(clerk, 'roi')])
        subj = ctx.pick(['Documents demandés', 'Envoi dossier - v/réf. %d' % ctx.rng.randrange(1000, 9999)])
    else:
        text = '\n'.join([ctx.greet(law.full, formal=True), '',
                          ctx.t('As requested, the records for your client are attached as a compressed file. The '
                                'password will be given by phone.'), '', ctx.sig(clerk, 'roi')])
        subj = ctx.pick(['Requested records', 'Records release - your ref %d' % ctx.rng.randrange(1000, 9999)])
    a = att('application/zip', z, '%s.zip' % base)
    return mk(ctx, 'records_zip', clerk, [law], subj, text=text, atts=[a], types=types,
              note='ZIP of chart PDFs named after patient (ED note, labs)', tokens=[p.mrn, p.surname])


# --------------------------------------------------------------------------- 34
def p_transport(ctx):
    off = ctx.staff('relations_officer')
    p = ctx.patient(ctx.pick(['nam', 'qc']), 40, 95)
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    taxi = ctx.pick(['Taxi Adapté Belle-Anse', 'Transport Accès-Mobilité', 'Coop Taxi Val-Brûlé'])
    taxi_mail = 'reservation@%s.example' % slug(taxi).lower().replace('_', '-')
    when = datetime.datetime.combine(ctx.date + datetime.timedelta(days=ctx.rng.randrange(2, 10)),
                                     datetime.time(ctx.rng.randrange(8, 15), ctx.pick([0, 15, 30])))
    cond = ctx.pick(ctx.L(['se déplace en fauteuil roulant (amputation MID)', 'oxygène portatif (MPOC)',
                           'malvoyant(e), a besoin d\'accompagnement', 'hémiplégie suite à un AVC'],
                          ['wheelchair user (below-knee amputation)', 'portable oxygen (COPD)',
                           'visually impaired, needs escort', 'hemiplegia after a stroke']))
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(formal=True), '',
                          ctx.t('Nous souhaitons réserver un transport adapté aller-retour pour la personne suivante, '
                                'convoquée à une rencontre de médiation à l\'hôpital :'), '',
                          'Nom : %s' % ctx.pname(p, ctx.pick(['full', 'title'])),
                          'Adresse : %s' % ctx.addr_block(p, True),
                          'Téléphone : %s' % p.phone,
                          'Date : %s, arrivée %s' % (ctx.d(when.date(), 'long'), when.strftime('%H h %M')),
                          'Particularités : %s' % cond, '',
                          'Facturation au Commissariat aux plaintes (bon de commande à suivre).', '', ctx.sig(off, 'relations')])
        subj = ctx.pick(['Réservation transport adapté %s' % ctx.d(when.date(), 'iso'), 'Transport - rencontre du %s' % ctx.d(when.date())])
    else:
        text = '\n'.join([ctx.greet(formal=True), '',
                          'We would like to book a return accessible ride for the following person, invited to a '
                          'mediation meeting at the hospital:', '',
                          'Name: %s' % ctx.pname(p, ctx.pick(['full', 'title'])),
                          'Address: %s' % ctx.addr_block(p, True),
                          'Phone: %s' % p.phone,
                          'Date: %s, arrival %s' % (ctx.d(when.date(), 'long'), when.strftime('%H:%M')),
                          'Notes: %s' % cond, '', 'Billing to the Complaints Office (PO to follow).', '', ctx.sig(off, 'relations')])
        subj = ctx.pick(['Ride booking %s' % ctx.d(when.date(), 'iso'), 'Accessible transport request'])
    return mk(ctx, 'transport_booking', off, [(taxi, taxi_mail)], subj, text=text, types=types,
              note='accessible transport booking with patient home address, phone and condition', tokens=[p.surname])


# --------------------------------------------------------------------------- 35
def p_webform_complaint(ctx):
    p = ctx.any_patient(18, 90, (60, 20, 10, 5, 5))
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    fields = [(ctx.L('Nom', 'Name'), p.full), (ctx.L('Courriel', 'Email'), p.email), (ctx.L('Téléphone', 'Phone'), p.phone)]
    if ctx.chance(0.6):
        fields.append((ctx.L('Date de naissance', 'Date of birth'), p.dob.isoformat()))
        types.add('date_of_birth')
    if ctx.chance(0.6):
        nid = ctx.natid(p, types, label=False)
        if nid:
            fields.append((ctx.L('Numéro d\'assurance maladie', 'Health insurance number'), nid))
    dk = ctx.pick_diag(p, ['cancer_sein', 'depression', 'fracture_hanche', 'avc', 'mpoc'])
    msg = ctx.L('Je suis suivi%s pour %s et mon rendez-vous a été annulé trois fois. Personne ne '
                'me rappelle. Je vis seul%s et je n\'ai pas de voiture.' % (g(p, '', 'e'), ctx.diag(dk), g(p, '', 'e')),
                'I am followed for %s and my appointment was cancelled three times. Nobody calls back. I live alone '
                'and have no car.' % ctx.diag(dk))
    types.add('social_information')
    fields.append((ctx.L('Objet de la plainte', 'Complaint'), msg))
    rows = ''.join('<tr><td style="font-weight:bold;padding:4px;background:#eef">%s</td><td style="padding:4px">%s</td></tr>\n'
                   % (html.escape(k), html.escape(v)) for k, v in fields)
    h = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n<body style="font-family:Arial">\n'
         '<h2>%s</h2>\n<p>%s</p>\n<table border="0" cellspacing="0">\n%s</table>\n<p style="color:#888;font-size:9pt">%s</p>\n'
         '</body></html>\n') % (
        ctx.L('Formulaire de plainte', 'Complaint form'), ctx.L('Nouvelle plainte reçue via le site Web', 'New complaint submitted online'),
        ctx.L('Soumis le ', 'Submitted on ') + ctx.date.isoformat(), rows,
        ctx.L('Message généré automatiquement - ne pas répondre.', 'Automated message - do not reply.'))
    frm = (ctx.L('Formulaire Web', 'Web Forms'), 'no-reply@' + ctx.hosp['domain'])
    subj = ctx.L('[Plainte en ligne] Nouvelle soumission #%d', '[Online complaint] New submission #%d') % ctx.rng.randrange(1000, 99999)
    return mk(ctx, 'webform_complaint', frm, [(None, ctx.dept_addr('commissioner'))], subj, html=h, types=types,
              note='HTML-only web-form complaint with patient contact details and condition', tokens=[p.surname],
              wrappable=False)


# --------------------------------------------------------------------------- 36
def p_family_complaint(ctx):
    p = ctx.patient(ctx.pick(['nam', 'qc']), 70, 100)
    fam_g = ctx.pick(['Sylvie', 'Pierre', 'Johanne', 'Kevin', 'Diane'])
    fam = (fam_g + ' ' + ctx.pick([p.surname, 'Lavoie', 'Bouffard']), '%s%d@%s' % (C.strip_accents(fam_g).lower(),
                                                                                   ctx.rng.randrange(10, 99), ctx.pick(C.EXT_ORGS['personal'])))
    types = {'patient_name', 'diagnosis', 'social_information'}
    room = '%d%02d' % (ctx.rng.randrange(1, 5), ctx.rng.randrange(1, 30))
    if ctx.lang == 'fr':
        text = '\n'.join(['Bonjour,', '',
                          ctx.t('Je vous écris au sujet de %s %s, chambre %s. %s est atteint%s de %s et ne peut plus '
                                'parler pour %s-même. Depuis deux semaines, je la trouve souvent souillée et sans son '
                                'dentier au repas.' % (g(p, 'mon père', 'ma mère'), p.full, room, g(p, 'Il', 'Elle'),
                                                        g(p, '', 'e'), ctx.diag('demence'), g(p, 'lui', 'elle')), 0.6)
                          .replace('je la trouve', 'je ' + g(p, 'le', 'la') + ' trouve'),
                          ctx.t('Mon frère et moi ne nous parlons plus et il refuse que je sois informée, mais c\'est moi '
                                'qui ai la procuration. Je demande une rencontre.', 0.5),
                          '', fam[0]])
        subj = ctx.pick(['Plainte - soins de ma mère' if p.sex == 'F' else 'Plainte - soins de mon père',
                         'chambre %s' % room, 'SVP me rappeler'])
    else:
        text = '\n'.join(['Hello,', '',
                          ctx.t('I am writing about my %s, %s, room %s. %s has %s and can no longer speak for %sself. '
                                'For two weeks I have often found %s soiled and without dentures at meals.' % (
                                    g(p, 'father', 'mother'), p.full, room, g(p, 'He', 'She'), ctx.diag('demence'),
                                    g(p, 'him', 'her'), g(p, 'him', 'her')), 0.6),
                          ctx.t('My brother and I no longer speak and he does not want me informed, but I hold the power '
                                'of attorney. I am asking for a meeting.', 0.5), '', fam[0]])
        subj = ctx.pick(['Complaint - care of my %s' % g(p, 'father', 'mother'), 'room %s' % room, 'Please call me back'])
    return mk(ctx, 'family_complaint', fam, [(None, ctx.dept_addr(ctx.pick(['relations', 'commissioner'])))], subj,
              text=text, types=types, note='family member complains about named resident with dementia',
              tokens=[p.surname])


TEMPLATES = [
    (p_complaint_ack, ('fr', 'en')),
    (p_complaint_manager, ('fr', 'en')),
    (p_complaint_conclusions, ('fr', 'en')),
    (p_relations_calllog, ('fr', 'en')),
    (p_relations_ics, ('fr', 'en')),
    (p_relations_vcard, ('fr', 'en')),
    (p_incident_report, ('fr', 'en')),
    (p_disclosure, ('fr', 'en')),
    (p_rca, ('fr', 'en')),
    (p_breach_fax, ('fr', 'en')),
    (p_breach_snooping, ('fr', 'en')),
    (p_breach_letter, ('fr', 'en')),
    (p_litigation_hold, ('fr', 'en')),
    (p_quick_internal, ('fr', 'en')),
    (p_zip_records, ('fr', 'en')),
    (p_transport, ('fr', 'en')),
    (p_webform_complaint, ('fr', 'en')),
    (p_family_complaint, ('fr', 'en')),
]
