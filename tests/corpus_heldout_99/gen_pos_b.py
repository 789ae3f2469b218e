"""Positive templates B: lists, spreadsheets, calendar, vCard, patients' mail, leaks, results, social."""
import datetime

from gen_common import fmt_nam
from gen_files import ics_bytes, vcf_bytes, png_bytes
from gen_world import (DX_ORAL, DX_MED, MEDS, RX_DENT, PROCS, PATHO, TEETH, TEETH_3M, pick, pick_lab, pick_pair, pick_dxmed)
from gen_tpl import (fsafe, lazy, mk, sig, hello, bye, att, pdf_att, docx_att, xlsx_att, csv_att, re_, fw_, earlier,
                     quoted, appt, appt_str, filesafe, pt, il, short_date)


# ------------------------------------------------------------------ P12 handover / sign-out list
def p_handover(w, ctx):
    rng = ctx.rng
    res = w.s('resident')
    res2 = [r for r in w.staff['resident'] if r is not res][0]
    rows = []
    n = rng.randrange(3, 7)
    for i in range(n):
        p = w.holder_or_patient(ctx.lang, 0.35, min_age=17, max_age=90)
        room = '%d%02d-%s' % (rng.choice([3, 4, 5]), rng.randrange(1, 40), rng.choice('ABCD'))
        dx = ctx.dx(pick(rng, DX_ORAL[5:7] + DX_ORAL[10:11] + DX_ORAL[15:16] + DX_ORAL[17:18], ctx.lang))
        todo = lazy(rng, lambda: ctx.med(pick(rng, RX_DENT[:2], ctx.lang)), lambda: ctx.lab(pick_lab(rng, ctx.lang)),
                    lambda: ctx.fr('CT facial demain AM', 'facial CT tomorrow AM'), lambda: ctx.fr('NPO minuit', 'NPO after midnight'))
        rows.append([room, ctx.name(p, rng.choice([1, 2, 7])), ctx.mrn(p), dx, todo])
    hdr = [ctx.fr('Chambre', 'Room'), ctx.fr('Nom', 'Name'), ctx.fr('Dossier', 'MRN'), 'Dx', ctx.fr('À faire', 'To do')]
    if ctx.lang == 'fr':
        subj = rng.choice(['Liste de garde CBMF %s' % short_date(ctx.date, 'fr'), 'Sign-out ce soir', 'Garde - patients hospitalisés'])
        body = [hello(ctx, res2.given), 'Voici la liste pour cette nuit :', ('table', hdr, rows),
                'Pager si la cellulite en %s se détériore.' % rows[0][0], sig(ctx, res)]
    else:
        subj = rng.choice(['OMFS sign-out %s' % short_date(ctx.date, 'en'), 'Sign-out tonight', 'Inpatient list'])
        body = [hello(ctx, res2.given), 'Tonight\'s list:', ('table', hdr, rows),
                'Page me if anything changes in %s.' % rows[0][0], sig(ctx, res)]
    return mk(ctx, 'handover', 'resident sign-out list with rooms, names and MRNs', res, [res2], subj, body,
              body_form=rng.choice(['html', 'alt', 'plain']))


# ------------------------------------------------------------------ P13 OR list spreadsheet
def p_or_list(w, ctx):
    rng = ctx.rng
    sec = w.s('omfs_sec')
    dest = [w.s('nurse'), w.s('anesth')]
    d = appt(ctx, 2, 8)
    rows = []
    for i in range(rng.randrange(4, 9)):
        p = w.holder_or_patient(ctx.lang, 0.5, min_age=15, max_age=85)
        rows.append(['%02d:%02d' % (7 + i, rng.choice([30, 45, 0])), ctx.name(p, rng.choice([1, 7, 2])),
                     ctx.dob(p, 0), ctx.mrn(p), pick(rng, PROCS, ctx.lang), 'ASA %d' % rng.randrange(1, 4),
                     ctx.dx(pick_dxmed(rng, ctx.lang, p)) if rng.random() < 0.5 else '',
                     rng.choice(['', 'PCN', 'latex', 'sulfa', 'NKDA'])])
    hdr = [ctx.fr('Heure', 'Time'), ctx.fr('Patient', 'Patient'), ctx.fr('DDN', 'DOB'), ctx.fr('Dossier', 'MRN'),
           ctx.fr('Intervention', 'Procedure'), 'ASA', ctx.fr('Antécédents', 'History'), 'Allergies']
    fn = rng.choice(['Bloc_CBMF_%s.xlsx', 'OR_list_%s.xlsx', 'programme_operatoire_%s.xlsx']) % d.strftime('%Y-%m-%d')
    if ctx.lang == 'fr':
        subj = rng.choice(['Programme opératoire du %s' % short_date(d, 'fr'), 'Liste du bloc', 'Bloc CBMF - salle 6'])
        body = [hello(ctx), 'Voici le programme de la salle 6 pour le %s. Merci de confirmer le matériel.' % short_date(d, 'fr'),
                bye(ctx), sig(ctx, sec)]
    else:
        subj = rng.choice(['OR schedule %s' % short_date(d, 'en'), 'OR list', 'OMFS room 6'])
        body = [hello(ctx), 'Attached is the room 6 list for %s. Please confirm the equipment.' % short_date(d, 'en'),
                bye(ctx), sig(ctx, sec)]
    return mk(ctx, 'or_list_xlsx', 'OR schedule spreadsheet with patients', sec, dest, subj, body,
              atts=[xlsx_att(fn, [(ctx.fr('Salle 6', 'Room 6'), [hdr] + rows)], sec.full)])


# ------------------------------------------------------------------ P14 hygiene day export (CSV)
def p_hygiene_csv(w, ctx):
    rng = ctx.rng
    hyg = w.s('hyg')
    mgr = w.s(rng.choice(['mgr', 'recep']))
    d = appt(ctx, 1, 5)
    rows = [[ctx.fr('heure', 'time'), ctx.fr('nom', 'name'), ctx.fr('telephone', 'phone'), ctx.fr('type', 'type'),
             ctx.fr('notes', 'notes')]]
    for i in range(rng.randrange(5, 10)):
        p = w.holder_or_patient(ctx.lang, 0.4)
        note = lazy(rng, lambda: ctx.dx(ctx.fr('parodontite stade III - maintenance 3 mois', 'stage III perio - 3-month recall')),
                    lambda: ctx.med(ctx.fr('prémédication amoxicilline 2 g (prothèse valvulaire)', 'premed amoxicillin 2 g (valve)')),
                    lambda: ctx.dx(ctx.fr('diabétique, vérifier glycémie', 'diabetic, check glucose')), lambda: '', lambda: '')
        rows.append(['%02d:%s' % (8 + i, rng.choice(['00', '50'])), ctx.name(p, rng.choice([0, 1, 2])), ctx.phone(p),
                     rng.choice(['DET+EX', 'SRP Q1-Q2', 'RECALL', 'NP']), note])
    fn = rng.choice(['export_agenda_%s.csv', 'hygiene_%s.csv', 'horaire_hyg_%s.csv']) % d.strftime('%Y%m%d')
    if ctx.lang == 'fr':
        subj = rng.choice(['Horaire de demain', 'Export agenda hygiène', 'Liste à confirmer'])
        body = [hello(ctx, mgr.given), 'Peux-tu appeler pour confirmer ces rendez-vous? Export de l\'agenda ci-joint.',
                bye(ctx), sig(ctx, hyg)]
    else:
        subj = rng.choice(['Tomorrow\'s schedule', 'Hygiene agenda export', 'Confirmations needed'])
        body = [hello(ctx, mgr.given), 'Could you call to confirm these? Agenda export attached.', bye(ctx), sig(ctx, hyg)]
    return mk(ctx, 'hygiene_csv', 'hygiene agenda CSV with patient names and phones', hyg, [mgr], subj, body,
              atts=[csv_att(fn, rows, rng)])


# ------------------------------------------------------------------ P15 surgery booked (ICS)
def p_surgery_ics(w, ctx):
    rng = ctx.rng
    sec = w.s('omfs_sec')
    surg = w.s('omfs')
    p = w.holder_or_patient(ctx.lang, 0.6, min_age=15, max_age=80)
    d = appt(ctx, 3, 25)
    dx_txt, proc = pick_pair(rng, ctx.lang)
    name = ctx.name(p, rng.choice([0, 1, 2]))
    desc = [ctx.fr('Patient : ', 'Patient: ') + name]
    if p.nam:
        desc.append('NAM: ' + ctx.nam(p, 0))
    desc.append(ctx.fr('Intervention : ', 'Procedure: ') + proc)
    if rng.random() < 0.6:
        desc.append(ctx.fr('Note : ', 'Note: ') + ctx.med(pick(rng, MEDS[:2] + MEDS[5:6], ctx.lang)) +
                    ctx.fr(' - arrêt 48 h avant selon hématologie', ' - hold 48 h before per haematology'))
    else:
        desc.append(ctx.dx(dx_txt))
    summary = rng.choice(['%s - %s' % (proc, p.surname), ctx.fr('Chx ', 'Surgery ') + name, 'CBMF: ' + name])
    ics = ics_bytes('%d-%s@hr-hautesrivieres.example' % (rng.randrange(10 ** 8), fsafe(ctx, p.surname)), d,
                    d + datetime.timedelta(minutes=rng.choice([45, 60, 90])), summary, '\n'.join(desc),
                    ctx.fr('Salle de chirurgie mineure 3', 'Minor procedure room 3'), (sec.full, sec.email),
                    [(surg.title(ctx.lang), surg.email)])
    body = [ctx.fr('Rendez-vous ajouté à votre agenda.', 'Appointment added to your calendar.'), '\n'.join(desc), sig(ctx, sec)]
    subj = (ctx.fr('Invitation : ', 'Invitation: ')) + summary + ' @ ' + appt_str(d, ctx.lang, 1)
    if rng.random() < 0.5:
        return mk(ctx, 'surgery_ics', 'calendar invitation for a named surgery', sec, [surg], subj, body, calendar=ics,
                  body_form='alt')
    return mk(ctx, 'surgery_ics', 'calendar invitation file for a named surgery', sec, [surg], subj, body,
              atts=[att('invite.ics', 'text/calendar', ics)])


# ------------------------------------------------------------------ P16 patient vCard
def p_vcard(w, ctx):
    rng = ctx.rng
    rec = w.s('recep')
    sec = w.s('omfs_sec')
    p = w.holder_or_patient(ctx.lang, 0.4)
    name = ctx.name(p, 0)
    phone = ctx.phone(p)
    adr = ctx.addr(p) if rng.random() < 0.6 else None
    note = ctx.dx(ctx.fr(rng.choice(['Phobie dentaire sévère - sédation IV requise', 'Kyste mandibulaire, référée par Dre',
                                     'Malentendante - préfère texto']),
                         rng.choice(['Severe dental phobia - IV sedation', 'Mandibular cyst, referred', 'Hard of hearing - prefers text'])))
    if p.nam and rng.random() < 0.5:
        note += ' / NAM ' + ctx.nam(p, 0)
    vcf = vcf_bytes(p.given, p.surname, tel=[('CELL', phone)], adr=adr, note=note,
                    bday=ctx.dob(p, 0) if rng.random() < 0.5 else None)
    if ctx.lang == 'fr':
        subj = rng.choice(['Coordonnées patient', 'Contact - %s' % p.surname, 'Fiche contact'])
        body = [hello(ctx), 'Voici la fiche contact de la personne dont je vous ai parlé au téléphone, pour la prise de rendez-vous en chirurgie.',
                bye(ctx), sig(ctx, rec)]
    else:
        subj = rng.choice(['Patient contact', 'Contact card - %s' % p.surname, 'vCard'])
        body = [hello(ctx), 'Contact card for the patient I mentioned on the phone, for the surgical booking.', bye(ctx), sig(ctx, rec)]
    return mk(ctx, 'patient_vcard', 'vCard of a patient with home phone and care note', rec, [sec], subj, body,
              atts=[att('%s.vcf' % fsafe(ctx, name), 'text/vcard', vcf)])


# ------------------------------------------------------------------ P17 patient's own mail forwarded
def p_patient_mail(w, ctx):
    rng = ctx.rng
    rec = w.s(rng.choice(['recep', 'mgr']))
    dent = w.s('dentist')
    p = w.holder_or_patient(ctx.lang, 0.4, min_age=20, max_age=80)
    pmail = ('%s.%s%d@courriel.example' % (p.given[0], fsafe(ctx, p.surname), rng.randrange(10, 99))).lower()
    sent = earlier(ctx, 3, 48)
    kind = rng.randrange(3)
    if ctx.lang == 'fr':
        if kind == 0:
            txt = ['Bonjour,', ctx.dx('J\'ai encore mal à la dent en bas à droite depuis le plombage, ça m\'empêche de dormir '
                                     'et j\'ai la joue enflée ce matin.') + ' Est-ce que je peux avoir un rendez-vous cette semaine?',
                   'Merci\n%s\n%s' % (p.given, ctx.phone(p))]
            if p.nam and rng.random() < 0.6:
                txt.insert(2, 'Mon numéro d\'assurance maladie est le %s si vous en avez besoin.' % ctx.nam(p, 1))
        elif kind == 1:
            txt = ['Bonjour,', 'Je dois annuler mon rendez-vous pour la couronne. ' +
                   ctx.social('J\'ai perdu mon emploi le mois dernier et je n\'ai plus d\'assurance; je suis maintenant sur l\'aide sociale.') +
                   ' Est-ce qu\'il y aurait moyen de faire un plan de paiement?', p.full]
        else:
            txt = ['Bonjour Docteur,', 'Mon médecin a changé ma médication : je prends maintenant ' +
                   ctx.med('apixaban 5 mg deux fois par jour') + '. Est-ce un problème pour l\'extraction de la semaine prochaine?',
                   'Merci\n' + p.full]
        subj0 = ['mal de dent', 'annulation', 'Question'][kind]
        intro = rng.choice(['Voir message ci-dessous de ', 'Message reçu via le site web de '])
        body = [hello(ctx, dent.short('fr')), intro + ctx.name(p, rng.choice([0, 3])) + '. Que veux-tu que je réponde?',
                sig(ctx, rec),
                ('fwd', [('De', '%s <%s>' % (p.full, pmail)), ('Date', sent.strftime('%Y-%m-%d %H:%M')), ('Objet', subj0)], txt)]
    else:
        if kind == 0:
            txt = ['Hi,', ctx.dx('My tooth on the lower right still hurts since the filling, I can\'t sleep and my cheek is '
                                 'swollen this morning.') + ' Could I get an appointment this week?',
                   'Thanks\n%s\n%s' % (p.given, ctx.phone(p))]
            if p.nam and rng.random() < 0.6:
                txt.insert(2, 'My health card number is %s in case you need it.' % ctx.nam(p, 1))
        elif kind == 1:
            txt = ['Hello,', 'I need to cancel my crown appointment. ' +
                   ctx.social('I lost my job last month and no longer have insurance; I am on social assistance now.') +
                   ' Is a payment plan possible?', p.full]
        else:
            txt = ['Hello Doctor,', 'My doctor changed my medication, I now take ' + ctx.med('apixaban 5 mg twice a day') +
                   '. Is this a problem for next week\'s extraction?', 'Thank you\n' + p.full]
        subj0 = ['toothache', 'cancellation', 'Question'][kind]
        body = [hello(ctx, dent.short('en')), 'See below from ' + ctx.name(p, rng.choice([0, 3])) + '. How should I answer?',
                sig(ctx, rec),
                ('fwd', [('From', '%s <%s>' % (p.full, pmail)), ('Date', sent.strftime('%Y-%m-%d %H:%M')), ('Subject', subj0)], txt)]
    ctx.add('patient_name')
    subj = fw_(ctx, subj0)
    return mk(ctx, 'patient_mail_fwd', 'patient\'s own e-mail forwarded to dentist', rec, [dent], subj, body)


# ------------------------------------------------------------------ P18 subject-only leak
def p_subject_leak(w, ctx):
    rng = ctx.rng
    a = w.s(rng.choice(['dentist', 'omfs', 'resident']))
    b = w.s(rng.choice(['omfs', 'omfs_sec', 'dentist']))
    p = w.holder_or_patient(ctx.lang, 0.5)
    name = ctx.name(p, rng.choice([0, 1, 2, 4, 5, 7]))
    dx = ctx.dx(pick_pair(rng, ctx.lang)[0] if rng.random() < 0.7 else pick(rng, DX_ORAL[5:7] + DX_ORAL[9:11], ctx.lang))
    if p.nam and rng.random() < 0.5:
        subj = '%s (%s) - %s' % (name, ctx.nam(p), dx)
    elif rng.random() < 0.3:
        subj = '%s - %s - %s' % (name, dx, ctx.fr('urgent', 'urgent'))
    else:
        subj = rng.choice(['%s : %s', '%s (%s)', '[%s] %s']) % (name, dx) if rng.random() < 0.5 else \
            rng.choice(['%s : %s', '%s / %s']) % (dx, name)
    body = [rng.choice([ctx.fr('Peux-tu me rappeler pour celle-ci?', 'Can you call me about this one?'),
                        ctx.fr('Voir plus haut. Merci', 'See subject. Thanks'), ctx.fr('Dispo demain?', 'Any room tomorrow?'),
                        ctx.fr('On en parle au caucus.', 'Let\'s discuss at huddle.')]), sig(ctx, a)]
    return mk(ctx, 'subject_leak', 'identity and diagnosis only in Subject', a, [b], subj, body,
              body_form=rng.choice(['plain', 'html', None]))


# ------------------------------------------------------------------ P19 file-name-only leak
def p_filename_leak(w, ctx):
    rng = ctx.rng
    a = w.s(rng.choice(['dentist', 'assist', 'hyg']))
    b = w.s(rng.choice(['omfs', 'omfs_sec', 'ortho', 'labtech']))
    p = w.holder_or_patient(ctx.lang, 0.6)
    ctx.add('patient_name')
    ctx.people.append(p)
    style = rng.randrange(4)
    dxw = ctx.fr(rng.choice(['kyste', 'lesion_langue', 'fracture_mandibule', 'MRONJ', 'implant_echec']),
                 rng.choice(['cyst', 'tongue_lesion', 'mandible_fracture', 'MRONJ', 'failed_implant']))
    ctx.add('diagnosis')
    if style == 0:
        fn = 'Pano_%s_%s_%s.png' % (fsafe(ctx, p.surname), fsafe(ctx, p.given), p.dob.isoformat())
        ctx.add('date_of_birth')
    elif style == 1:
        fn = '%s %s - %s.png' % (p.surname.upper(), p.given, dxw.replace('_', ' '))
    elif style == 2:
        fn = 'CBCT_%s-%s_%s.png' % (p.surname, p.given, dxw)
    else:
        fn = '%s_%s_%s.png' % (dxw, p.surname.lower(), p.dob.strftime('%Y%m%d'))
        ctx.add('date_of_birth')
    body = [rng.choice([ctx.fr('Voici l\'image demandée.', 'Here is the image you asked for.'),
                        ctx.fr('Ci-joint.', 'Attached.'), ctx.fr('Comme discuté.', 'As discussed.'), '']), sig(ctx, a)]
    body = [b_ for b_ in body if b_]
    subj = rng.choice([ctx.fr('Radiographie', 'X-ray'), ctx.fr('Image', 'Image'), 'pano', ctx.fr('Pour ton avis', 'For your opinion')])
    return mk(ctx, 'filename_leak', 'identity and problem only in attachment file name', a, [b], subj, body,
              atts=[att(fn, 'image/png', png_bytes(rng))])


# ------------------------------------------------------------------ P20 biopsy result
def p_biopsy(w, ctx):
    rng = ctx.rng
    surg = w.s('omfs')
    dest = w.s(rng.choice(['dentist', 'md', 'resident']))
    p = w.holder_or_patient(ctx.lang, 0.5, min_age=30, max_age=90)
    res = ctx.lab(pick(rng, PATHO, ctx.lang))
    ctx.add('diagnosis')
    name = ctx.name(p)
    site = ctx.fr(rng.choice(['bord latéral de la langue', 'plancher buccal', 'gencive mandibulaire', 'muqueuse jugale']),
                  rng.choice(['lateral tongue', 'floor of mouth', 'mandibular gingiva', 'buccal mucosa']))
    if p.nam and rng.random() < 0.6:
        idl = 'NAM ' + ctx.nam(p)
    else:
        idl = ctx.fr('Dossier ', 'MRN ') + ctx.mrn(p) if rng.random() < 0.6 else ''
    if ctx.lang == 'fr':
        subj = rng.choice(['Résultat de biopsie', 'Patho - %s' % name, 'Résultat patho %s' % site])
        body = [hello(ctx, dest.short('fr')),
                'Le résultat de la biopsie du %s de %s %s est revenu : %s.' % (site, name, '(%s)' % idl if idl else '', res),
                rng.choice(['Je la présente au comité des tumeurs jeudi.', 'Je lui ai annoncé par téléphone; suivi dans 2 semaines.',
                            'Excision complète recommandée.']), bye(ctx), sig(ctx, surg)]
    else:
        subj = rng.choice(['Biopsy result', 'Path - %s' % name, 'Pathology %s' % site])
        body = [hello(ctx, dest.short('en')),
                'Biopsy of the %s for %s %s came back: %s.' % (site, name, '(%s)' % idl if idl else '', res),
                rng.choice(['Will present at tumour board Thursday.', 'Discussed by phone; follow-up in 2 weeks.',
                            'Complete excision recommended.']), bye(ctx), sig(ctx, surg)]
    return mk(ctx, 'biopsy_result', 'oral biopsy pathology result for named patient', surg, [dest], subj, body)


# ------------------------------------------------------------------ P21 pre-op labs
def p_preop_labs(w, ctx):
    rng = ctx.rng
    nurse = w.s(rng.choice(['nurse', 'resident']))
    surg = w.s('omfs')
    p = w.holder_or_patient(ctx.lang, 0.5, min_age=45, max_age=90)
    name = ctx.name(p)
    labs = [ctx.lab(pick_lab(rng, ctx.lang)) for _ in range(rng.randrange(1, 4))]
    med = ctx.med(pick(rng, MEDS[:2] + MEDS[5:6] + MEDS[6:7] + MEDS[9:10], ctx.lang))
    d = appt(ctx, 1, 6)
    if ctx.lang == 'fr':
        subj = rng.choice(['Labos pré-op', 'Bilan pré-op - %s' % name, 'INR ce matin'])
        body = [hello(ctx, surg.short('fr')),
                'Résultats pour %s, prévu%s %s : %s.' % (name, 'e' if p.sex == 'F' else '', appt_str(d, 'fr'), ', '.join(labs)),
                'Sous %s. On maintient ou on reporte?' % med, sig(ctx, nurse)]
    else:
        subj = rng.choice(['Pre-op labs', 'Pre-op bloodwork - %s' % name, 'INR this morning'])
        body = [hello(ctx, surg.short('en')),
                'Results for %s, booked %s: %s.' % (name, appt_str(d, 'en'), ', '.join(labs)),
                'On %s. Proceed or postpone?' % med, sig(ctx, nurse)]
    if p.nam and rng.random() < 0.5:
        body.insert(2, 'NAM : ' + ctx.nam(p))
    elif rng.random() < 0.4:
        body.insert(2, ctx.fr('Dossier : ', 'MRN: ') + ctx.mrn(p))
    return mk(ctx, 'preop_labs', 'pre-operative lab values for named patient', nurse, [surg], subj, body)


# ------------------------------------------------------------------ P22 youth protection report (DPJ)
def p_dpj(w, ctx):
    rng = ctx.rng
    dent = w.s(rng.choice(['dentist', 'hyg']))
    dpj = w.s('dpj')
    p = w.holder_where(lambda h: h.dob.year >= 2010)
    if p.dob.year < 2010:
        p = w.patient('fr', min_age=4, max_age=13)
    name = ctx.name(p, rng.choice([0, 1]))
    ids = [ctx.dob(p)]
    if p.nam:
        ids.append('NAM ' + ctx.nam(p))
    dx = ctx.dx(rng.choice(['carie rampante sur 9 dents avec 2 abcès', 'fracture de l\'incisive 11 et ecchymoses à la mâchoire',
                            'douleur chronique non traitée, plusieurs abcès dentaires']))
    soc = ctx.social(rng.choice(['4 rendez-vous manqués, parents injoignables, l\'enfant dit ne pas manger le soir',
                                 'l\'enfant explique les ecchymoses par « papa était fâché »',
                                 'la mère dit vivre en refuge depuis 2 semaines et ne pas pouvoir payer les soins']))
    subj = rng.choice(['Signalement - enfant suivi à notre clinique', 'Signalement DPJ', 'Situation préoccupante - %s' % p.surname])
    body = [hello(ctx), 'Je fais un signalement concernant %s (%s).' % (name, ', '.join(ids)),
            'Constat clinique : %s. Contexte : %s.' % (dx, soc),
            'Parent : ' + ctx.phone(p) + '. Je suis disponible pour en discuter.',
            bye(ctx), sig(ctx, dent)]
    return mk(ctx, 'dpj_report', 'youth-protection report about a child patient', dent, [dpj], subj, body)


# ------------------------------------------------------------------ P23 facial fracture, domestic violence
def p_violence(w, ctx):
    rng = ctx.rng
    res = w.s(rng.choice(['resident', 'omfs']))
    sw = w.s('sw')
    p = w.holder_or_patient(ctx.lang, 0.4, min_age=19, max_age=60)
    name = ctx.name(p)
    dx = ctx.dx(pick(rng, DX_ORAL[6:7], ctx.lang) + ctx.fr(' et fracture du zygoma gauche', ' and left zygoma fracture'))
    soc = ctx.social(ctx.fr('divulgue de la violence conjugale, ne veut pas retourner à domicile; demande hébergement en maison d\'aide',
                            'discloses intimate partner violence, does not want to go home; asking for a shelter placement'))
    room = '%d%02d' % (rng.choice([3, 4]), rng.randrange(1, 40))
    if ctx.lang == 'fr':
        subj = rng.choice(['Consultation service social - ch. %s' % room, 'Besoin TS urgent', 'Patiente CBMF - sécurité'])
        body = [hello(ctx, sw.given), '%s (dossier %s), ch. %s, admis%s pour %s.' % (name, ctx.mrn(p), room, 'e' if p.sex == 'F' else '', dx),
                '%s %s. Pouvez-vous la rencontrer avant la chirurgie de demain?' % (il(ctx, p), soc) +
                (' NAM : %s.' % ctx.nam(p) if p.nam else ''), sig(ctx, res)]
    else:
        subj = rng.choice(['Social work consult - room %s' % room, 'Urgent SW needed', 'OMFS inpatient - safety concern'])
        body = [hello(ctx, sw.given), '%s (MRN %s), room %s, admitted with %s.' % (name, ctx.mrn(p), room, dx),
                'The patient %s. Could you see them before tomorrow\'s surgery?' % soc, sig(ctx, res)]
    return mk(ctx, 'violence_sw', 'facial fracture with disclosed intimate partner violence', res, [sw], subj, body)


# ------------------------------------------------------------------ P24 social assistance dental coverage
def p_welfare(w, ctx):
    rng = ctx.rng
    rec = w.s(rng.choice(['mgr', 'recep', 'dentist']))
    dent = w.s('dentist')
    p = w.holder_where(lambda h: h.dob.year < 1990)
    name = ctx.name(p, rng.choice([0, 1, 3]))
    subj = rng.choice(['Couverture RAMQ - prestataire', 'Carnet de réclamation - %s' % p.surname, 'Prothèses et aide sociale'])
    body = [hello(ctx, dent.short('fr')),
            '%s (NAM %s) est %s depuis %s; son carnet de réclamation est valide ce mois-ci.' % (
                name, ctx.nam(p), ctx.social('prestataire de l\'aide sociale (programme de solidarité sociale)'),
                rng.choice(['2021', '2019', 'l\'an dernier'])),
            'Pour les prothèses complètes (%s), il faut l\'autorisation préalable. Je prépare la demande?' % ctx.dx('édentation complète'),
            bye(ctx), sig(ctx, rec)]
    return mk(ctx, 'welfare_coverage', 'social assistance recipient dental coverage', rec, [dent], subj, body)


# ------------------------------------------------------------------ P25 discharge summary
def p_discharge(w, ctx):
    rng = ctx.rng
    res = w.s('resident')
    dest = w.s(rng.choice(['md', 'dentist']))
    p = w.holder_or_patient(ctx.lang, 0.5, min_age=18, max_age=80)
    name = ctx.name(p, 0)
    dx_fr, dx_en, pr_fr, pr_en = rng.choice([
        ('fracture de l\'angle mandibulaire droit', 'right mandibular angle fracture',
         'réduction ouverte et fixation interne', 'open reduction and internal fixation'),
        ('cellulite sous-mandibulaire d\'origine dentaire', 'odontogenic submandibular cellulitis',
         'incision et drainage extra-oral, extraction de la 47', 'extraoral incision and drainage, extraction of 47'),
        ('améloblastome de la branche montante droite', 'ameloblastoma of the right ramus',
         'mandibulectomie segmentaire et reconstruction par lambeau de péroné', 'segmental mandibulectomy with fibula flap'),
        ('fracture bilatérale de la mandibule (parasymphyse et condyle)', 'bilateral mandible fracture (parasymphysis and condyle)',
         'réduction ouverte, plaques et blocage intermaxillaire', 'open reduction, plating and maxillomandibular fixation')])
    dx = ctx.dx(ctx.fr(dx_fr, dx_en))
    proc = ctx.fr(pr_fr, pr_en)
    meds = [ctx.med(pick(rng, RX_DENT[:7], ctx.lang)) for _ in range(2)]
    adm = earlier(ctx, 72, 200)
    blocks = [('h', ctx.fr('Identification', 'Identification')), '%s\n%s %s\n%s %s' % (
        name, ctx.fr('Né(e) le', 'DOB'), ctx.dob(p), ctx.fr('Dossier', 'MRN'), ctx.mrn(p))]
    if p.nam:
        blocks.append('NAM ' + ctx.nam(p))
    blocks += [('h', ctx.fr('Diagnostic', 'Diagnosis')), dx, ('h', ctx.fr('Intervention', 'Procedure')), proc,
               ('h', ctx.fr('Médication au congé', 'Discharge medications')), '\n'.join(meds),
               ('h', ctx.fr('Suivi', 'Follow-up')), ctx.fr('Clinique externe CBMF dans 1 semaine. Diète liquide 6 semaines.',
                                                          'OMFS clinic in 1 week. Liquid diet for 6 weeks.')]
    fname = ctx.fr('Resume_de_sejour_', 'Discharge_summary_') + rng.choice([fsafe(ctx, p.surname), ctx.mrn(p).replace(' ', '')])
    if rng.random() < 0.5:
        a = docx_att(fname + '.docx', ctx.fr('Résumé de séjour', 'Discharge summary'), blocks, res.full)
    else:
        a = pdf_att(fname + '.pdf', ctx.fr('Résumé de séjour', 'Discharge summary'), blocks, res.full)
    body = [hello(ctx, dest.short(ctx.lang)),
            ctx.fr('Ci-joint le résumé de séjour de votre patient, admis le %s.' % adm.strftime('%Y-%m-%d'),
                   'Please find attached the discharge summary for your patient, admitted %s.' % adm.strftime('%Y-%m-%d')),
            bye(ctx), sig(ctx, res)]
    subj = rng.choice([ctx.fr('Résumé de séjour', 'Discharge summary'), ctx.fr('Congé CBMF', 'OMFS discharge')])
    return mk(ctx, 'discharge_summary', 'discharge summary attached (DOCX/PDF)', res, [dest], subj, body, atts=[a])
