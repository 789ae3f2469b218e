"""Positive templates C: out-of-province / foreign identifiers, quoted replies, .eml, ZIP, rosters."""
import datetime

from gen_files import zip_bytes, pdf_bytes, xlsx_bytes, docx_bytes, png_bytes, csv_bytes
from gen_world import (DX_ORAL, DX_MED, MEDS, RX_DENT, PROCS, PATHO, TEETH, TEETH_3M, pick, pick_lab, pick_pair, pick_dxmed)
from gen_tpl import (fsafe, lazy, mk, sig, hello, bye, att, pdf_att, docx_att, xlsx_att, csv_att, re_, fw_, earlier,
                     quoted, appt, appt_str, filesafe, pt, il, short_date, tz_for)


# ------------------------------------------------------------------ P26 MRONJ
def p_mronj(w, ctx):
    rng = ctx.rng
    surg = w.s('omfs')
    md = w.s(rng.choice(['md', 'onco']))
    p = w.holder_where(lambda h: h.dob.year < 1965) if rng.random() < 0.6 else w.patient(ctx.lang, min_age=55, max_age=88)
    name = ctx.name(p)
    med = ctx.med(pick(rng, MEDS[2:5], ctx.lang))
    dx = ctx.dx(pick(rng, DX_ORAL[5:6], ctx.lang))
    lab = ctx.lab(pick_lab(rng, ctx.lang)) if rng.random() < 0.5 else None
    if ctx.lang == 'fr':
        subj = rng.choice(['Ostéonécrose - %s' % name, 'Votre patiente sous antirésorptif' if p.sex == 'F' else 'Votre patient sous antirésorptif',
                           'MRONJ - suivi'])
        body = [hello(ctx, md.short('fr')), 'J\'ai revu %s aujourd\'hui : %s, os exposé de 8 mm en lingual de la 37.' % (name, dx),
                'Médication : %s. Je suggère de discuter avec l\'équipe traitante d\'un congé thérapeutique.' % med]
        if lab:
            body.append('Dernier résultat : %s.' % lab)
        body += ['Rinçage chlorhexidine et suivi aux 4 semaines.', bye(ctx), sig(ctx, surg)]
    else:
        subj = rng.choice(['MRONJ - %s' % name, 'Your patient on antiresorptive therapy', 'MRONJ follow-up'])
        body = [hello(ctx, md.short('en')), 'I saw %s today: %s, 8 mm of exposed bone lingual to 37.' % (name, dx),
                'Current therapy: %s. Please discuss a drug holiday with the treating team.' % med]
        if lab:
            body.append('Latest result: %s.' % lab)
        body += ['Chlorhexidine rinses and review every 4 weeks.', bye(ctx), sig(ctx, surg)]
    if p.nam and rng.random() < 0.7:
        body.insert(2, 'NAM : ' + ctx.nam(p))
    return mk(ctx, 'mronj', 'medication-related osteonecrosis follow-up', surg, [md], subj, body)


# ------------------------------------------------------------------ P27 Ontario patient (OHN)
def p_ontario(w, ctx):
    rng = ctx.rng
    md = w.s('ontmd')
    dent = w.s('gat')
    p = w.patient('en', min_age=20, max_age=85)
    name = ctx.name(p)
    ohn = ctx.ohn(p)
    dx = ctx.dx(pick_pair(rng, ctx.lang)[0])
    med = ctx.med(pick(rng, MEDS, 'en')) if rng.random() < 0.7 else None
    if ctx.lang == 'fr':
        subj = rng.choice(['Patient de l\'Ontario - %s' % name, 'Référence interprovinciale'])
        body = [hello(ctx), 'Nous vous adressons %s, résident de l\'Ontario (carte santé %s), pour %s.' % (name, ohn, dx)]
        if med:
            body.append('Médication : %s.' % med)
        body += ['Date de naissance : %s.' % ctx.dob(p), bye(ctx), sig(ctx, md)]
    else:
        subj = rng.choice(['Referral - %s' % name, 'Ontario patient referral', 'Dental referral across the river'])
        body = [hello(ctx, dent.short('en')), 'I am referring %s (OHIP %s, DOB %s) for %s.' % (name, ohn, ctx.dob(p), dx)]
        if med:
            body.append('Current medications: %s.' % med)
        body += ['Contact: %s.' % ctx.phone(p), bye(ctx), sig(ctx, md)]
    atts = []
    if rng.random() < 0.4:
        atts.append(pdf_att('referral_%s.pdf' % fsafe(ctx, p.surname), 'Referral',
                            ['Patient: ' + name, 'Health card: ' + ohn, 'Reason: ' + dx], md.full))
    return mk(ctx, 'ontario_referral', 'Ontario patient with health card number', md, [dent], subj, body, atts=atts)


# ------------------------------------------------------------------ P28 Belgian student (NISS)
def p_belgian(w, ctx):
    rng = ctx.rng
    rec = w.s(rng.choice(['recep', 'mgr']))
    be = w.s('be')
    p = w.patient('fr', min_age=19, max_age=30, kind='be')
    name = ctx.name(p)
    niss = ctx.niss(p)
    t = rng.choice(TEETH_3M)
    dx = ctx.dx(pick(rng, DX_ORAL[:1] + DX_ORAL[2:3] + DX_ORAL[13:14], ctx.lang, t=t))
    rows = [['Code', 'Acte', 'Montant'], ['01202', 'Examen d\'urgence', '95,00 $'], ['71201', 'Extraction %s' % t, '210,00 $'],
            ['02111', 'Radiographie périapicale', '28,00 $']]
    if ctx.lang == 'fr':
        subj = rng.choice(['Demande de remboursement - soins à l\'étranger', 'Étudiante en échange' if p.sex == 'F' else 'Étudiant en échange',
                           'Facture soins dentaires Canada - NISS %s' % niss])
        body = [hello(ctx), 'Votre affilié%s %s (NISS %s), en échange universitaire au Québec, a été traité%s en urgence à notre clinique le %s pour %s.'
                % ('e' if p.sex == 'F' else '', name, niss, 'e' if p.sex == 'F' else '', earlier(ctx, 48, 300).strftime('%d/%m/%Y'), dx),
                'Vous trouverez ci-joint la facture détaillée pour le remboursement.', bye(ctx), sig(ctx, rec)]
    else:
        subj = rng.choice(['Reimbursement request - care abroad', 'Exchange student treatment'])
        body = [hello(ctx), 'Your member %s (NISS %s), an exchange student in Quebec, was seen urgently on %s for %s.'
                % (name, niss, earlier(ctx, 48, 300).strftime('%d/%m/%Y'), dx),
                'Itemised invoice attached for reimbursement.', bye(ctx), sig(ctx, rec)]
    inv = pdf_att('Facture_%s.pdf' % fsafe(ctx, p.surname), 'Facture / Invoice',
                  [name, 'NISS: ' + niss, ('table', rows[0], rows[1:])])
    return mk(ctx, 'belgian_niss', 'Belgian member care abroad with NISS', rec, [be], subj, body, atts=[inv])


# ------------------------------------------------------------------ P29 French patient (NIR)
def p_french(w, ctx):
    rng = ctx.rng
    dent = w.s(rng.choice(['dentist', 'recep']))
    mut = w.s('frm')
    p = w.patient('fr', min_age=25, max_age=75, kind='fr')
    name = ctx.name(p)
    nir = ctx.nir(p)
    t = rng.choice(TEETH)
    dfr, den, pfr, pen = rng.choice([
        ('abcès périapical sur la {t}', 'periapical abscess on {t}', 'traitement de canal de la {t}', 'root canal treatment on {t}'),
        ('fracture coronaire de la {t} (cuspide linguale)', 'crown fracture of {t} (lingual cusp)', 'couronne zircone sur la {t}', 'zirconia crown on {t}'),
        ('fracture verticale de la racine de la {t}', 'vertical root fracture of {t}', 'extraction de la {t} et implant différé', 'extraction of {t} and delayed implant')])
    dx = ctx.dx(ctx.fr(dfr, den).format(t=t))
    proc = ctx.fr(pfr, pen).format(t=t)
    if ctx.lang == 'fr':
        subj = rng.choice(['Prise en charge soins dentaires au Canada', 'Devis - %s' % name, 'Remboursement : assuré %s' % nir])
        body = [hello(ctx), 'Nous soignons actuellement %s, assuré%s sous le numéro de sécurité sociale %s, né%s le %s.'
                % (name, 'e' if p.sex == 'F' else '', nir, 'e' if p.sex == 'F' else '', ctx.dob(p, 2)),
                'Diagnostic : %s. Traitement proposé : %s. Pourriez-vous confirmer la prise en charge?' % (dx, proc),
                bye(ctx), sig(ctx, dent)]
    else:
        subj = rng.choice(['Coverage for dental care in Canada', 'Estimate - %s' % name])
        body = [hello(ctx), 'We are treating %s, French social security number %s, born %s.' % (name, nir, ctx.dob(p, 2)),
                'Diagnosis: %s. Proposed: %s. Can you confirm coverage?' % (dx, proc), bye(ctx), sig(ctx, dent)]
    atts = []
    if rng.random() < 0.5:
        atts.append(docx_att('Devis_%s.docx' % fsafe(ctx, p.surname), 'Devis de traitement',
                             ['Assuré : ' + name, 'NIR : ' + nir, 'Acte : ' + proc]))
    return mk(ctx, 'french_nir', 'French insured patient with NIR', dent, [mut], subj, body, atts=atts)


# ------------------------------------------------------------------ P30 short reply, info only in quoted history
def p_quoted_reply(w, ctx):
    rng = ctx.rng
    a = w.s(rng.choice(['omfs_sec', 'recep']))
    b = w.s(rng.choice(['dentist', 'omfs', 'hyg']))
    p = w.holder_or_patient(ctx.lang, 0.5)
    name = ctx.name(p)
    d = appt(ctx, 2, 15)
    dx = ctx.dx(pick_pair(rng, ctx.lang)[0])
    inner = [ctx.fr('Bonjour, pouvez-vous trouver une place pour %s cette semaine? %s. ' % (name, dx),
                    'Hi, can you squeeze %s in this week? %s. ' % (name, dx)) +
             (ctx.fr('NAM %s.', 'RAMQ %s.') % ctx.nam(p) if p.nam and rng.random() < 0.8 else
              ctx.fr('Joignable au %s.', 'Reachable at %s.') % ctx.phone(p)), b.short(ctx.lang)]
    subj0 = rng.choice([ctx.fr('Place cette semaine?', 'Room this week?'), ctx.fr('Urgence', 'Urgent'), 'RDV'])
    reply = rng.choice([ctx.fr('OK pour %s.' % appt_str(d, 'fr'), 'OK for %s.' % appt_str(d, 'en')),
                        ctx.fr('C\'est fait, confirmé%s.', 'Done, booked%s.') % (' ' + appt_str(d, ctx.lang, 1)),
                        ctx.fr('Je lui ai laissé un message.', 'Left a message.')])
    body = [reply, sig(ctx, a), quoted(ctx, b, a, earlier(ctx, 1, 30), subj0, inner)]
    return mk(ctx, 'quoted_reply', 'one-line reply; patient details only in quoted history', a, [b], re_(ctx, subj0), body,
              body_form=rng.choice([None, 'plain', 'html']))


# ------------------------------------------------------------------ P31 forward as attachment (message/rfc822)
def p_eml_forward(w, ctx):
    rng = ctx.rng
    fwd = w.s(rng.choice(['omfs', 'dentist', 'mgr']))
    dest = w.s(rng.choice(['omfs_sec', 'sw', 'resident', 'recep']))
    orig_from = w.s(rng.choice(['md', 'dentist', 'pharm']))
    p = w.holder_or_patient(ctx.lang, 0.5)
    name = ctx.name(p)
    dx = ctx.dx(pick_pair(rng, ctx.lang)[0] if rng.random() < 0.5 else pick_dxmed(rng, ctx.lang, p))
    inner_blocks = [hello(ctx), ctx.fr('Concernant %s, DDN %s : %s.' % (name, ctx.dob(p), dx),
                                       'Regarding %s, DOB %s: %s.' % (name, ctx.dob(p), dx))]
    if rng.random() < 0.5:
        inner_blocks.append(ctx.fr('Médication : ', 'Medications: ') + ctx.med(pick(rng, MEDS, ctx.lang)))
    if p.nam and rng.random() < 0.75:
        inner_blocks.append('NAM: ' + ctx.nam(p))
    inner_blocks += [bye(ctx), sig(ctx, orig_from)]
    dt = earlier(ctx, 24, 200)
    inner_subj = rng.choice([ctx.fr('Référence', 'Referral'), ctx.fr('Patient commun', 'Shared patient'), name])
    inner = dict(frm=orig_from.addr(ctx.lang), to=[fwd.addr(ctx.lang)], cc=[], subject=inner_subj, lang=ctx.lang,
                 date=dt.astimezone(tz_for(dt)) if dt.tzinfo else dt, msgid='<%d.%d@%s>' % (rng.randrange(10 ** 9), rng.randrange(10 ** 6), w.org(orig_from.org).domain),
                 blocks=inner_blocks, attachments=[])
    body = [rng.choice([ctx.fr('Pour suivi, voir le courriel joint.', 'For follow-up, see attached e-mail.'),
                        ctx.fr('FYI - peux-tu t\'en occuper?', 'FYI - can you handle?'),
                        ctx.fr('Transféré comme pièce jointe.', 'Forwarded as attachment.')]), sig(ctx, fwd)]
    fn = rng.choice([None, inner_subj + '.eml', 'message.eml'])
    return mk(ctx, 'eml_forward', 'forwarded message/rfc822 carrying patient details', fwd, [dest], fw_(ctx, inner_subj), body,
              atts=[dict(eml=inner, filename=fn)])


# ------------------------------------------------------------------ P32 ZIP dossier
def p_zip(w, ctx):
    rng = ctx.rng
    a = w.s(rng.choice(['dentist', 'recep']))
    b = w.s(rng.choice(['omfs', 'omfs_sec']))
    p = w.holder_or_patient(ctx.lang, 0.6)
    name = ctx.name(p, 0)
    dx = ctx.dx(pick_pair(rng, ctx.lang)[0])
    lines = [ctx.fr('Patient : ', 'Patient: ') + name, ctx.fr('DDN : ', 'DOB: ') + ctx.dob(p, 0)]
    if p.nam:
        lines.append('NAM : ' + ctx.nam(p, 0))
    lines += [ctx.fr('Motif : ', 'Reason: ') + dx, _hist(ctx, p)]
    files = [('referral.pdf' if ctx.lang == 'en' else 'reference.pdf',
              pdf_bytes(ctx.fr('Référence', 'Referral'), lines, author=a.full))]
    perio = [['Dent', 'PD MV', 'PD V', 'PD DV', 'BOP']] + [[t, rng.randrange(2, 8), rng.randrange(2, 8), rng.randrange(2, 8),
                                                         rng.choice(['oui', 'non'])] for t in rng.sample(['16', '17', '26', '27', '36', '37', '46', '47'], 5)]
    files.append(('charting.xlsx', xlsx_bytes([('Perio', [['Patient', name]] + perio)], a.full)))
    files.append(('pano.png', png_bytes(rng)))
    rng.shuffle(files)
    zname = rng.choice(['dossier_%s.zip' % fsafe(ctx, p.surname), 'documents.zip', 'ref_%d.zip' % rng.randrange(1000, 9999)])
    body = [hello(ctx), ctx.fr('Dossier complet ci-joint (zip).', 'Full file attached (zip).'), bye(ctx), sig(ctx, a)]
    return mk(ctx, 'zip_dossier', 'ZIP with referral PDF, perio chart XLSX and image', a, [b],
              rng.choice([ctx.fr('Dossier', 'File'), ctx.fr('Documents demandés', 'Requested documents')]), body,
              atts=[att(zname, 'application/zip', zip_bytes(files))])


def _hist(ctx, p):
    rng = ctx.rng
    return ctx.fr('Antécédents : ', 'History: ') + ctx.dx(pick_dxmed(rng, ctx.lang, p)) + '; ' + ctx.med(pick(rng, MEDS, ctx.lang))


# ------------------------------------------------------------------ P33 chart number only
def p_mrn_only(w, ctx):
    rng = ctx.rng
    a = w.s(rng.choice(['resident', 'nurse', 'omfs']))
    b = w.s(rng.choice(['omfs', 'anesth', 'resident']))
    p = w.patient(ctx.lang)
    m = ctx.mrn(p)
    disguise = rng.randrange(3)
    if disguise == 1:
        m = m.replace(' ', '')
        m = ' '.join(m[i:i + 2] for i in range(0, len(m), 2))
    elif disguise == 2:
        from gen_common import fullwidth
        m = fullwidth(m)
    ctx.rec('mrn', m)
    dx = ctx.dx(pick(rng, DX_ORAL[5:7] + DX_ORAL[10:11] + DX_ORAL[15:16], ctx.lang))
    lab = ctx.lab(pick_lab(rng, ctx.lang))
    if ctx.lang == 'fr':
        subj = rng.choice(['Dossier %s' % m, 'Question pour demain', 'Lit %d' % rng.randrange(1, 30)])
        body = [hello(ctx), 'Pour le dossier %s : %s. %s ce matin.' % (m, dx, lab), 'On garde l\'antibio IV?', sig(ctx, a)]
    else:
        subj = rng.choice(['Chart %s' % m, 'Question for tomorrow', 'Bed %d' % rng.randrange(1, 30)])
        body = [hello(ctx), 'Re chart %s: %s. %s this morning.' % (m, dx, lab), 'Keep IV antibiotics?', sig(ctx, a)]
    return mk(ctx, 'mrn_only', 'patient identified only by (disguised) chart number', a, [b], subj, body)


# ------------------------------------------------------------------ P34 perio recall list
def p_recall_list(w, ctx):
    rng = ctx.rng
    hyg = w.s('hyg')
    rec = w.s('recep')
    rows = []
    for i in range(rng.randrange(5, 11)):
        p = w.holder_or_patient(ctx.lang, 0.4)
        rows.append([ctx.name(p, rng.choice([1, 2, 7])), ctx.phone(p),
                     earlier(ctx, 24 * 100, 24 * 300).strftime('%Y-%m-%d'),
                     lazy(rng, lambda: ctx.dx(ctx.fr('parodontite stade III', 'stage III periodontitis')),
                          lambda: ctx.dx(ctx.fr('péri-implantite', 'peri-implantitis')),
                          lambda: ctx.dx(ctx.fr('diabète - maintenance 3 mois', 'diabetic - 3-month recall')), lambda: 'maintenance')])
    hdr = [ctx.fr('Nom', 'Name'), ctx.fr('Téléphone', 'Phone'), ctx.fr('Dernière visite', 'Last visit'), ctx.fr('Note', 'Note')]
    body = [hello(ctx, rec.given),
            ctx.fr('Voici les patients en retard pour leur maintenance parodontale. Peux-tu les rappeler cette semaine?',
                   'These perio maintenance patients are overdue. Could you call them this week?')]
    atts = []
    if rng.random() < 0.5:
        body.append(('table', hdr, rows))
    else:
        atts.append(xlsx_att(ctx.fr('rappels_paro.xlsx', 'perio_recall.xlsx'), [('Recall', [hdr] + rows)], hyg.full))
    body += [bye(ctx), sig(ctx, hyg)]
    return mk(ctx, 'recall_list', 'perio recall list with names, phones and conditions', hyg, [rec],
              ctx.fr('Rappels paro en retard', 'Overdue perio recalls'), body, atts=atts)


# ------------------------------------------------------------------ P35 orthodontist / orthognathic coordination
def p_ortho(w, ctx):
    rng = ctx.rng
    o = w.s('ortho')
    surg = w.s('omfs')
    p = w.holder_where(lambda h: 1995 <= h.dob.year <= 2009) if rng.random() < 0.6 else w.patient(ctx.lang, min_age=16, max_age=30)
    name = ctx.name(p)
    dx = ctx.dx(ctx.fr(rng.choice(['classe III squelettique avec latérognathie', 'rétrognathie mandibulaire, béance antérieure']),
                       rng.choice(['skeletal class III with mandibular asymmetry', 'mandibular retrognathia with anterior open bite'])))
    if ctx.lang == 'fr':
        subj = rng.choice(['Chirurgie orthognathique - %s' % name, 'Décompensation terminée', 'Planification 3D'])
        body = [hello(ctx, surg.short('fr')), 'La décompensation de %s est terminée (%s).' % (name, dx),
                'On peut planifier la chirurgie pour l\'automne. ' + ctx.fr('Âge : %d ans.' % p.age(ctx.date.date()), ''),
                bye(ctx), sig(ctx, o)]
    else:
        subj = rng.choice(['Orthognathic case - %s' % name, 'Decompensation complete', '3D planning'])
        body = [hello(ctx, surg.short('en')), 'Pre-surgical orthodontics for %s are complete (%s).' % (name, dx),
                'We can plan surgery for the fall.', bye(ctx), sig(ctx, o)]
    if p.nam and rng.random() < 0.8:
        body.insert(2, 'NAM ' + ctx.nam(p))
    return mk(ctx, 'ortho_coordination', 'orthodontist and surgeon coordinate orthognathic case', o, [surg], subj, body)


# ------------------------------------------------------------------ P36 long-term care residents
def p_chsld(w, ctx):
    rng = ctx.rng
    nurse = w.s('chsld')
    dent = w.s(rng.choice(['dentist', 'hyg']))
    rows = []
    for i in range(rng.randrange(3, 7)):
        p = w.holder_where(lambda h: h.dob.year < 1950) if rng.random() < 0.6 else w.patient('fr', min_age=75, max_age=98)
        row = [str(100 + rng.randrange(1, 60)), ctx.name(p, rng.choice([1, 3, 6]))]
        row.append(ctx.nam(p, 0) if p.nam else '')
        row.append(rng.choice([ctx.dx(ctx.fr('dentier inférieur brisé, Alzheimer', 'broken lower denture, Alzheimer')),
                               ctx.dx(ctx.fr('douleur à la mastication, dysphagie', 'pain when chewing, dysphagia')),
                               ctx.dx(ctx.fr('perte de poids, prothèse mal ajustée', 'weight loss, ill-fitting denture'))]))
        rows.append(row)
    hdr = [ctx.fr('Chambre', 'Room'), ctx.fr('Résident', 'Resident'), 'NAM', ctx.fr('Problème', 'Problem')]
    body = [hello(ctx), ctx.fr('Voici les résidents à voir lors de votre passage mardi :', 'Residents to see on your Tuesday visit:'),
            ('table', hdr, rows), bye(ctx), sig(ctx, nurse)]
    return mk(ctx, 'ltc_residents', 'long-term care residents needing dental visits', nurse, [dent],
              ctx.fr('Visite dentaire mobile', 'Mobile dental visit'), body, body_form=rng.choice(['html', 'alt']))


# ------------------------------------------------------------------ P37 school screening referral
def p_school(w, ctx):
    rng = ctx.rng
    ph = w.s('pubhealth')
    dent = w.s('dentist')
    p = w.holder_where(lambda h: h.dob.year >= 2011)
    name = ctx.name(p, 0)
    body = [hello(ctx),
            'Lors du dépistage à l\'école primaire, nous avons vu %s (né%s le %s, NAM %s).' % (
                name, 'e' if p.sex == 'F' else '', ctx.dob(p, 1), ctx.nam(p)),
            'Besoins urgents : %s.' % ctx.dx(rng.choice(['caries multiples et abcès sur la 75', 'fracture de la 11 non traitée', 'douleur à la 36, cellulite débutante'])),
            ctx.social(rng.choice(['La famille est nouvellement arrivée et n\'a pas de médecin.', 'La mère est monoparentale et sans emploi.',
                                   'Famille hébergée temporairement chez des proches.'])) + ' Parent joignable au %s.' % ctx.phone(p),
            bye(ctx), sig(ctx, ph)]
    return mk(ctx, 'school_screening', 'school screening referral of a child with social context', ph, [dent],
              rng.choice(['Référence dépistage scolaire', 'Enfant à voir rapidement', 'Dépistage - suivi']), body)


# ------------------------------------------------------------------ P38 sedation questionnaire (DOCX)
def p_sedation_form(w, ctx):
    rng = ctx.rng
    rec = w.s('recep')
    an = w.s(rng.choice(['anesth', 'omfs']))
    p = w.holder_or_patient(ctx.lang, 0.5, min_age=18, max_age=80)
    name = ctx.name(p, 0)
    rows = [[ctx.fr('Nom', 'Name'), name], [ctx.fr('Date de naissance', 'Date of birth'), ctx.dob(p, 0)],
            [ctx.fr('Poids', 'Weight'), '%d kg' % rng.randrange(50, 130)],
            [ctx.fr('Conditions', 'Conditions'), ctx.dx(pick_dxmed(rng, ctx.lang, p))],
            [ctx.fr('Médicaments', 'Medications'), ctx.med(pick(rng, MEDS, ctx.lang))],
            [ctx.fr('Dernier repas', 'Last meal'), ctx.fr('minuit', 'midnight')]]
    if p.nam:
        rows.insert(1, ['NAM', ctx.nam(p, 0)])
    a = docx_att(ctx.fr('Questionnaire_sedation_%s.docx', 'Sedation_questionnaire_%s.docx') % fsafe(ctx, p.surname),
                 ctx.fr('Questionnaire pré-sédation', 'Pre-sedation questionnaire'), [('table', ['', ''], rows)], rec.full)
    body = [hello(ctx, an.short(ctx.lang)), ctx.fr('Questionnaire rempli par le patient, pour révision avant la sédation.',
                                                  'Questionnaire completed by the patient for your review before sedation.'),
            bye(ctx), sig(ctx, rec)]
    return mk(ctx, 'sedation_form', 'completed pre-sedation health questionnaire', rec, [an],
              ctx.fr('Questionnaire sédation', 'Sedation questionnaire'), body, atts=[a])


# ------------------------------------------------------------------ P39 quick internal chat-like note (lower-case names)
def p_lowercase(w, ctx):
    rng = ctx.rng
    a = w.s(rng.choice(['assist', 'hyg', 'recep']))
    b = w.s(rng.choice(['dentist', 'omfs']))
    ps = [w.holder_or_patient(ctx.lang, 0.4) for _ in range(rng.randrange(1, 3))]
    lines = []
    for p in ps:
        n = ctx.name(p, rng.choice([5, 5, 4]))
        lines.append(lazy(
            rng,
            lambda: ctx.fr('%s a annulé, son inr est à %s' % (n, ctx.lab(('%.1f' % rng.uniform(3.6, 5.2)).replace('.', ','))),
                           '%s cancelled, inr is %s' % (n, ctx.lab('%.1f' % rng.uniform(3.6, 5.2)))),
            lambda: ctx.fr('%s veut son rx de %s renouvelé' % (n, ctx.med('clindamycine')),
                           '%s wants the %s renewed' % (n, ctx.med('clindamycin'))),
            lambda: ctx.fr('%s a encore de l\'enflure, je lui ai dit de venir à 15h' % n,
                           '%s still swollen, told her to come at 3' % n if p.sex == 'F' else '%s still swollen, told him to come at 3' % n)))
    if any('enflure' in l or 'swollen' in l for l in lines):
        ctx.add('diagnosis')
    body = ['\n'.join(lines), a.given.lower()]
    return mk(ctx, 'quick_note', 'terse lower-case internal note naming patients', a, [b],
              rng.choice(['fyi', 'msg', 'appels', 'calls', '']), body, body_form='plain')


# ------------------------------------------------------------------ P40 tumour board list (PDF)
def p_tumour_board(w, ctx):
    rng = ctx.rng
    surg = w.s('omfs')
    dest = [w.s('onco'), w.s('resident')]
    rows = []
    for i in range(rng.randrange(3, 6)):
        p = w.holder_or_patient(ctx.lang, 0.4, min_age=40, max_age=90)
        rows.append([ctx.name(p, 1), ctx.mrn(p), str(p.age(ctx.date.date())),
                     ctx.dx(ctx.fr(rng.choice(['CE langue cT2N0', 'CE plancher cT3N1', 'CE gencive cT4aN0', 'améloblastome récidivant']),
                                   rng.choice(['SCC tongue cT2N0', 'SCC FOM cT3N1', 'SCC gingiva cT4aN0', 'recurrent ameloblastoma']))),
                     rng.choice([ctx.fr('décision chirurgie', 'surgery decision'), ctx.fr('revoir IRM', 'review MRI'), 'PET-CT'])])
    hdr = [ctx.fr('Nom', 'Name'), ctx.fr('Dossier', 'MRN'), ctx.fr('Âge', 'Age'), 'Dx', ctx.fr('Question', 'Question')]
    d = appt(ctx, 1, 6)
    a = pdf_att('tumor_board_%s.pdf' % d.strftime('%Y%m%d'), ctx.fr('Comité des tumeurs tête et cou', 'Head and neck tumour board'),
                [ctx.fr('Réunion du ', 'Meeting of ') + d.strftime('%Y-%m-%d'), ('table', hdr, rows)], surg.full)
    body = [hello(ctx), ctx.fr('Liste des cas pour le comité de jeudi ci-jointe.', 'Attached: cases for Thursday\'s board.'),
            bye(ctx), sig(ctx, surg)]
    return mk(ctx, 'tumour_board', 'tumour board case list PDF', surg, dest, ctx.fr('Comité des tumeurs', 'Tumour board'), body, atts=[a])


# ------------------------------------------------------------------ P41 work-accident claim (SIN or Ontario HN)
def p_work_accident(w, ctx):
    rng = ctx.rng
    dent = w.s(rng.choice(['dentist', 'mgr', 'gat']))
    p = w.patient(ctx.lang, min_age=20, max_age=64)
    name = ctx.name(p)
    t1, t2 = rng.sample(['11', '12', '21', '22'], 2)
    dx = ctx.dx(ctx.fr('fracture coronaire des %s et %s suite à un accident de travail (chute d\'échafaudage)' % (t1, t2),
                       'crown fractures of %s and %s from a workplace accident (fall from scaffolding)' % (t1, t2)))
    if ctx.lang == 'fr':
        ins = ('Agente CNESST', 'reclamations@indemnisation-travail.example')
        subj = rng.choice(['Rapport dentaire - accident du travail', 'Lésion professionnelle - %s' % name])
        body = [hello(ctx), 'Rapport pour le travailleur %s, NAS %s, date de l\'événement %s.' % (
            name, ctx.sin(p), earlier(ctx, 100, 600).strftime('%Y-%m-%d')),
            'Diagnostic : %s. Traitement : restaurations temporaires, couronnes à prévoir.' % dx, bye(ctx), sig(ctx, dent)]
    else:
        ins = ('Claims Intake', 'claims@workplace-insurance.example')
        idl = ('SIN %s' % ctx.sin(p)) if rng.random() < 0.5 else ('Ontario health number %s' % ctx.ohn(p))
        subj = rng.choice(['Dental report - workplace injury', 'Work injury claim - %s' % name])
        body = [hello(ctx), 'Report for worker %s, %s, date of injury %s.' % (name, idl, earlier(ctx, 100, 600).strftime('%Y-%m-%d')),
                'Diagnosis: %s. Treatment: provisional restorations, crowns to follow.' % dx, bye(ctx), sig(ctx, dent)]
    return mk(ctx, 'work_accident', 'work-accident dental report with SIN / health number', dent, [ins], subj, body)


# ------------------------------------------------------------------ P42 implant failure
def p_implant_fail(w, ctx):
    rng = ctx.rng
    dent = w.s('dentist')
    surg = w.s('omfs')
    p = w.holder_or_patient(ctx.lang, 0.5, min_age=35, max_age=80)
    t = rng.choice(['36', '46', '14', '25', '24'])
    name = ctx.name(p)
    dx = ctx.dx(pick(rng, DX_ORAL[14:15], ctx.lang, t=t))
    risk = ctx.dx(ctx.fr(rng.choice(['fumeur 1 paquet/jour', 'diabète de type 2 (HbA1c non contrôlée)', 'bruxisme nocturne']),
                         rng.choice(['smoker, 1 pack/day', 'type 2 diabetes, uncontrolled', 'nocturnal bruxism'])))
    old = [quoted(ctx, surg, dent, earlier(ctx, 200, 2000), ctx.fr('Implant %s' % t, 'Implant %s' % t),
                  [ctx.fr('Implant posé sans complication, stabilité primaire 35 Ncm.', 'Implant placed uneventfully, 35 Ncm primary stability.')])]
    body = [hello(ctx, surg.short(ctx.lang)),
            ctx.fr('Je revois %s : %s, perte osseuse de 4 mm à la radio. Facteurs : %s.' % (name, dx, risk),
                   'I saw %s again: %s, 4 mm bone loss on the radiograph. Risk factors: %s.' % (name, dx, risk)),
            ctx.fr('Peux-tu le/la revoir? Je crains qu\'il faille déposer l\'implant.', 'Could you review? I suspect the implant will need removal.'),
            sig(ctx, dent)] + old
    return mk(ctx, 'implant_failure', 'failing implant with risk factors, quoted history', dent, [surg],
              re_(ctx, ctx.fr('Implant %s' % t, 'Implant %s' % t)), body)


# ------------------------------------------------------------------ P43 cleft team
def p_cleft(w, ctx):
    rng = ctx.rng
    sw = w.s('sw')
    team = [w.s('omfs'), w.s('ortho')]
    p = w.holder_where(lambda h: h.dob.year >= 2010)
    name = ctx.name(p)
    body = [hello(ctx, 'équipe'),
            'Pour la rencontre de l\'équipe fente labio-palatine : %s, %d ans (NAM %s), %s.' % (
                name, p.age(ctx.date.date()), ctx.nam(p), ctx.dx('fente labio-palatine unilatérale gauche, greffe alvéolaire prévue')),
            ctx.social(rng.choice(['Famille monoparentale, la mère n\'a pas de voiture : transport adapté à organiser.',
                                   'Les parents sont en processus de séparation, garde partagée; envoyer les convocations aux deux adresses.',
                                   'Famille suivie par le CLSC pour insécurité alimentaire.'])),
            bye(ctx), sig(ctx, sw)]
    return mk(ctx, 'cleft_team', 'cleft team coordination with family social context', sw, team,
              rng.choice(['Équipe FLP - rencontre', 'Fente palatine - %s' % p.surname, 'Ordre du jour équipe FLP']), body)


# ------------------------------------------------------------------ P44 transport booking
def p_transport(w, ctx):
    rng = ctx.rng
    sec = w.s('omfs_sec')
    p = w.holder_where(lambda h: h.dob.year < 1950) if rng.random() < 0.6 else w.patient('fr', min_age=70, max_age=95)
    d = appt(ctx, 2, 14)
    name = ctx.name(p, rng.choice([0, 1]))
    lines = ['Usager : %s' % name, 'Date de naissance : %s' % ctx.dob(p), 'Adresse de prise en charge : %s' % ctx.addr(p),
             'Rendez-vous : %s, CBMF pavillon B' % appt_str(d, 'fr'),
             'Motif : %s' % ctx.dx(rng.choice(['biopsie, lésion suspecte du palais', 'extractions multiples sous anesthésie locale'])),
             'Mobilité : fauteuil roulant, oxygène 2 L']
    if p.nam:
        lines.insert(2, 'NAM : ' + ctx.nam(p))
    body = [hello(ctx), 'Demande de transport adapté :', '\n'.join(lines), bye(ctx), sig(ctx, sec)]
    dest = ('Centrale de transport', 'transport@transport-adapte.example')
    return mk(ctx, 'transport_request', 'adapted transport booking with home address', sec, [dest],
              rng.choice(['Demande de transport', 'Transport adapté - %s' % short_date(d, 'fr')]), body)


# ------------------------------------------------------------------ P45 interpreter request
def p_interpreter(w, ctx):
    rng = ctx.rng
    sec = w.s('omfs_sec')
    p = w.patient('en', min_age=25, max_age=80)
    d = appt(ctx, 3, 20)
    lang_needed = rng.choice(['Arabic', 'Dari', 'Tigrinya', 'Spanish', 'Mandarin'])
    name = ctx.name(p)
    body = [hello(ctx), 'We need a %s interpreter for %s on %s (%s).' % (
        lang_needed, name, appt_str(d, 'en'), ctx.dx(rng.choice(['biopsy of a palatal lesion', 'pre-op consult for jaw cyst', 'follow-up of mandible fracture']))),
        ctx.social(rng.choice(['The patient is a refugee claimant covered by the federal health program.',
                               'The patient arrived last month and lives in a temporary shelter.'])) +
        ' Best contact: %s.' % ctx.phone(p), bye(ctx), sig(ctx, sec)]
    return mk(ctx, 'interpreter_request', 'interpreter booking with appointment and social status', sec,
              [('Interpretation Bank', 'booking@interpretes-regionaux.example')], 'Interpreter request - %s' % short_date(d, 'en'), body)
