"""Positive templates, part A: booking, MRI screening, mammography recalls, reports."""
import datetime as dt

import gen_attach as A
import gen_clinical as K
import gen_common as C
import gen_tpl as T
from gen_tpl import S

E = K.EXAM_BY_KEY


def exam_for(ctx, p, keys):
    ok = []
    for k in keys:
        if k in ('us_pelvis', 'mammo') and p.sex != 'F':
            continue
        if k == 'mri_prostate' and p.sex != 'M':
            continue
        ok.append(E[k])
    return ctx.pick(ok)


def p_booking(ctx):
    """Referral from a clinic asking the booking office for an exam."""
    fr = ctx.fr
    ref = ctx.ext_md()
    kind = ctx.pick(['nam', 'nam', 'qc']) if fr else ctx.pick(['en', 'nam', 'on'])
    p = ctx.patient(kind)
    exam = exam_for(ctx, p, ['mri_brain', 'mri_lspine', 'mri_knee', 'ct_abdo', 'us_abdo', 'us_thyroid',
                             'us_pelvis', 'mri_prostate', 'us_doppler'])
    place = ctx.pick(['body', 'body', 'pdf'])
    safe = place == 'pdf'
    L = []
    L.append(('Nom' if fr else 'Name', ctx.name(p, ctx.pick(['sur_first', 'full', 'upper', 'title_full']))))
    L.append(('DDN' if fr else 'DOB', ctx.dob(p) + '   ' + ctx.sex(p)))
    if p.nam:
        L.append(('NAM' if fr else 'RAMQ no.', ctx.nam(p, safe=safe)))
    elif kind == 'on':
        L.append(('Carte santé Ontario' if fr else 'Ontario HCN', ctx.ohip(p, safe=safe)))
    else:
        L.append(('No dossier HRVC' if fr else 'HRVC chart #', ctx.mrn(p, safe=safe)))
    if ctx.chance(0.6):
        L.append(('Tél. (domicile)' if fr else 'Phone (home)', ctx.phone(p)))
    L.append(('Examen demandé' if fr else 'Exam requested', T.exam_name(ctx, exam)))
    L.append(('Indication', T.indication(ctx, exam)))
    if exam['contrast'] == 'iodine' and ctx.chance(0.6):
        lab = K.lab_values(ctx.rng, ctx.lang)
        med = ctx.pick(K.OTHER_MEDS_FR[:2] if fr else K.OTHER_MEDS_EN[:2])
        ctx.add('medication', 'lab_result')
        L.append(('Médication' if fr else 'Meds', med))
        L.append(('Fonction rénale' if fr else 'Renal function', '%s, %s (%s)' % (lab['creat'], lab['egfr'], ctx.fdate(ctx.past_day(3, 20), 'iso'))))
    prio = ctx.pick(['P2 (10 jours)', 'P3 (28 jours)', 'P4 (3 mois)']) if fr else ctx.pick(['P2 (within 10 days)', 'P3 (28 days)', 'routine'])
    L.append(('Priorité' if fr else 'Priority', prio))
    to = [T.box(ctx, 'booking')]
    if place == 'body':
        fields = T.kv_text(ctx, L)
        if fr:
            intro = ctx.pick(['Pourriez-vous svp fixer un rendez-vous pour ce patient :',
                              'Voici une demande d\'examen pour ma patiente, la requête papier suit par télécopieur.',
                              'Je vous transmets une demande de rendez-vous :'])
            outro = ctx.pick(['Merci de confirmer la date directement au patient.', 'Merci de m\'aviser si la liste d\'attente dépasse la priorité.'])
        else:
            intro = ctx.pick(['Could you please book the following exam:', 'Please schedule my patient for imaging, requisition to follow by fax.'])
            outro = ctx.pick(['Please confirm the date with the patient directly.', 'Let us know if the wait exceeds the priority.'])
        text = '%s\n\n%s\n\n%s\n\n%s\n\n%s\n' % (ctx.greet(), intro, fields, outro, ctx.sig(ref))
        atts = []
        subj_name = ctx.chance(0.4)
    else:
        blocks = [('h', 'REQUÊTE D\'EXAMEN EN IMAGERIE' if fr else 'DIAGNOSTIC IMAGING REQUISITION'),
                  ('small', ref.org), ('kv', L),
                  ('p', ('Médecin requérant : ' if fr else 'Ordering physician: ') + ref.titled(ctx.lang) + ('  Signature : ____________' if fr else '  Signature: ____________'))]
        pdf = A.make_pdf('Requete' if fr else 'Requisition', blocks, author=ref.org)
        fn = ctx.pick(['requete_imagerie_%s.pdf', 'REQ_%s.pdf', '%s_requisition.pdf'])
        fn = fn % (T.fname_name(ctx, p) if ctx.chance(0.6) else ctx.date.strftime('%Y%m%d_%H%M'))
        atts = [A.att(fn, ctx.pick([A.CT_PDF, A.CT_PDF, 'application/octet-stream']), data=pdf)]
        text = '%s\n\n%s\n\n%s\n' % (ctx.greet(), ctx.t('Requête ci-jointe pour %s. Merci !' % T.exam_name(ctx, exam, True),
                                                        'Requisition attached for %s. Thanks!' % T.exam_name(ctx, exam, True)), ctx.sig(ref))
        subj_name = False
    subj = ctx.t('Demande de rendez-vous - %s' % T.exam_name(ctx, exam, True), 'Booking request - %s' % T.exam_name(ctx, exam, True))
    if subj_name:
        subj += ' - ' + ctx.name(p, ctx.pick(['sur_first_mixed', 'upper', 'initials']))
    return ctx.spec('referral', ctx.t('demande de rendez-vous en imagerie', 'imaging booking request from clinic'),
                    T.disp(ctx, ref), to, subj, text=text, attachments=atts)


def p_mri_screening(ctx):
    """MRI safety screening questionnaire escalated to the radiologist."""
    fr = ctx.fr
    tech, rad = S('tech_mri'), S(ctx.pick(['rad_neuro', 'rad_msk', 'rad_body']))
    p = ctx.patient(ctx.pick(['nam', 'qc', 'en']))
    exam = exam_for(ctx, p, ['mri_brain', 'mri_lspine', 'mri_knee', 'mri_prostate'])
    imp_i = ctx.rng.randrange(len(K.IMPLANTS_FR))
    implant = (K.IMPLANTS_FR if fr else K.IMPLANTS_EN)[imp_i]
    ctx.add('diagnosis')
    when = ctx.day(1, 10)
    fmt = ctx.pick(['docx', 'pdf', 'inline'])
    safe = fmt != 'inline'
    rows = [('Nom / Name', ctx.name(p, ctx.pick(['sur_first', 'full', 'upper']))),
            ('Date de naissance' if fr else 'Date of birth', ctx.dob(p)),
            ('Sexe' if fr else 'Sex', p.sex)]
    rows.append(('NAM', ctx.nam(p, safe=safe)) if p.nam else ('No dossier' if fr else 'MRN', ctx.mrn(p, safe=safe)))
    rows.append(('Poids' if fr else 'Weight', '%d kg' % ctx.rng.randint(48, 128)))
    rows.append(('Examen' if fr else 'Exam', '%s - %s %s' % (T.exam_name(ctx, exam), ctx.fday(when), ctx.hm())))
    yes, no = ('Oui', 'Non') if fr else ('Yes', 'No')
    q = [('Stimulateur cardiaque / défibrillateur ?' if fr else 'Pacemaker / ICD?', yes if imp_i in (0,) else no),
         ('Implant, clip, neurostimulateur, valve ?' if fr else 'Implant, clip, stimulator, valve?', yes + ' : ' + implant if imp_i else no),
         ('Fragment métallique (yeux) ?' if fr else 'Metal fragments (eyes)?', yes if imp_i == 3 else no),
         ('Claustrophobie ?' if fr else 'Claustrophobia?', ctx.pick([yes, no]))]
    if p.sex == 'F' and ctx.age(p) < 55:
        q.append(('Enceinte ou possibilité ?' if fr else 'Pregnant or possibly?', no))
    if ctx.chance(0.5):
        lab = K.lab_values(ctx.rng, ctx.lang)
        ctx.add('lab_result')
        q.append(('Insuffisance rénale / DFGe' if fr else 'Renal impairment / eGFR', lab['egfr']))
    rows += q
    if fr:
        ask = ctx.pick(['Peux-tu valider avant qu\'on la/le convoque ?', 'On procède ou on annule ? Le patient a apporté sa carte d\'implant.',
                        'Je n\'ai pas trouvé la fiche du fabricant, ton avis svp.'])
        intro = 'Questionnaire de sécurité IRM rempli au téléphone ce matin. Point à valider : %s.' % implant
    else:
        ask = ctx.pick(['Can you clear this before we book?', 'OK to proceed? Patient brought the implant card.',
                        'Could not find the manufacturer sheet, your call.'])
        intro = 'MRI safety screening completed by phone this morning. Flag: %s.' % implant
    atts = []
    if fmt == 'inline':
        body_rows = '\n'.join('%s %s' % (k if k.endswith('?') else k + (' :' if fr else ':'), v) for k, v in rows)
        text = '%s\n\n%s\n\n%s\n\n%s\n\n%s\n' % (ctx.greet(rad), intro, body_rows, ask, ctx.sig(tech))
    else:
        title = 'Questionnaire de sécurité IRM' if fr else 'MRI Safety Screening Questionnaire'
        fname = ctx.pick(['questionnaire_IRM_%s', 'MRI_screening_%s', 'Securite_IRM_%s'])
        tag = T.fname_name(ctx, p, upper=ctx.chance(0.5)) if ctx.chance(0.5) else when.strftime('%Y-%m-%d')
        if fmt == 'docx':
            data = A.make_docx(title, [C.ORG_FR if fr else C.ORG_EN], ctx.date, table=[list(r) for r in rows],
                               after_table=[('Rempli par : ' if fr else 'Completed by: ') + tech.full()])
            atts = [A.att(fname % tag + '.docx', A.CT_DOCX, data=data)]
        else:
            data = A.make_pdf(title, [('h', title), ('kv', rows), ('small', ('Rempli par ' if fr else 'Completed by ') + tech.full())])
            atts = [A.att(fname % tag + '.pdf', A.CT_PDF, data=data)]
        text = '%s\n\n%s\n%s\n\n%s\n' % (ctx.greet(rad), intro, ask, ctx.sig(tech))
    subj = ctx.t('Sécurité IRM - validation requise', 'MRI safety - clearance needed')
    if ctx.chance(0.4):
        subj += ' (%s)' % ctx.name(p, ctx.pick(['initial_sur_first', 'sur_first_mixed']))
    return ctx.spec('mri_screening', ctx.t('questionnaire de sécurité IRM à valider', 'MRI safety screening escalation'),
                    T.disp(ctx, tech), [T.disp(ctx, rad)], subj, text=text, attachments=atts,
                    cc=[T.box(ctx, 'mri')] if ctx.chance(0.5) else None)


def p_mammo_recall(ctx):
    """Screening mammography recall: letter to patient, or a list to the clinic."""
    fr = ctx.fr
    clerk, rad = S('clerk_mammo'), S('rad_breast')
    variant = ctx.pick(['letter', 'list', 'gp'])
    exam = E['mammo']
    if variant == 'list':
        n = ctx.rng.randint(4, 7)
        pats = [ctx.patient(ctx.pick(['nam', 'qc', 'en']), age=(50, 74), sex='F') for _ in range(n)]
        head = ['Nom', 'DDN / sexe', 'NAM / dossier', 'Résultat', 'Rappel prévu', 'Tél.'] if fr else ['Name', 'DOB / sex', 'RAMQ / MRN', 'Result', 'Recall booked', 'Phone']
        rows = [head]
        for p in pats:
            ident = ctx.nam(p, safe=True) if p.nam else ctx.mrn(p, safe=True)
            rows.append([ctx.name(p, ctx.pick(['sur_first', 'sur_first_mixed'])), ctx.dob(p) + ' ' + p.sex, ident,
                         ctx.pick(['BI-RADS 0 - asymétrie focale', 'BI-RADS 0 - microcalcifications', 'BI-RADS 4A - masse 9 mm', 'BI-RADS 0 - distorsion'] if fr else
                                  ['BI-RADS 0 - focal asymmetry', 'BI-RADS 0 - calcifications', 'BI-RADS 4A - 9 mm mass', 'BI-RADS 0 - distortion']),
                         '%s %s' % (ctx.fdate(ctx.day(3, 15), 'iso'), ctx.hm()), ctx.phone(p)])
        ctx.add('lab_result', 'diagnosis', 'date_of_birth')
        data = A.make_xlsx([('Rappels' if fr else 'Recalls', rows), ('Notes', [['Ne pas transmettre hors HRVC' if fr else 'Internal use only']])], ctx.date)
        fn = ctx.pick(['rappels_depistage_%s.xlsx', 'recalls_%s.xlsx']) % ctx.date.strftime('%Y-%m-%d')
        text = ctx.t('%s\n\nVoici la liste des rappels (examens complémentaires) de la semaine. Les patientes ont été jointes sauf celles surlignées.\n\n%s\n',
                     '%s\n\nAttached is this week\'s recall list (additional views). All reached except those highlighted.\n\n%s\n') % (ctx.greet(), ctx.sig(clerk))
        return ctx.spec('recall_list', ctx.t('liste de rappels en dépistage du sein', 'breast screening recall list'),
                        T.disp(ctx, clerk), [T.disp(ctx, rad), T.box(ctx, 'breast')], ctx.t('Rappels dépistage - semaine du %s', 'Screening recalls - week of %s') % ctx.fdate(ctx.date.date(), 'iso'),
                        text=text, attachments=[A.att(fn, A.CT_XLSX, data=data)])
    if variant == 'letter':
        p = ctx.patient('qc' if fr else 'en', age=(50, 74), sex='F')
    else:
        p = ctx.patient(ctx.pick(['nam', 'qc']) if fr else ctx.pick(['en', 'nam']), age=(50, 74), sex='F')
    f = T.finding(ctx, exam, 0 if ctx.chance(0.7) else 1).rstrip('.')
    when = ctx.day(5, 20)
    if variant == 'letter':
        addr = ctx.address(p, oneline=False)
        nm = ctx.name(p, 'title_full')
        if fr:
            letter = ('%s\n%s\n\nObjet : Mammographie de dépistage du %s\n\n%s,\n\nVotre mammographie de dépistage nécessite des examens complémentaires '
                      '(%s). Cela ne signifie pas que vous avez un cancer ; la majorité des rappels se révèlent normaux.\n\n'
                      'Un rendez-vous a été fixé le %s à %s au Centre de dépistage, 2e étage.\n\n%s\n%s') % (
                nm, addr, ctx.fdate(ctx.past_day(5, 15), 'long'), 'Madame', f, ctx.fday(when), ctx.hm(), rad.titled('fr'), 'Radiologiste')
        else:
            letter = ('%s\n%s\n\nRe: Screening mammogram of %s\n\nDear %s,\n\nYour screening mammogram needs additional imaging (%s). '
                      'This does not mean you have cancer; most recalls turn out normal.\n\nAn appointment is booked on %s at %s at the Breast Screening Centre, 2nd floor.\n\n%s\nRadiologist') % (
                nm, addr, ctx.fdate(ctx.past_day(5, 15), 'long'), nm.split(' ', 1)[0] + ' ' + p.surname, f, ctx.fday(when), ctx.hm(), rad.titled('en'))
        pdf = A.make_pdf('Lettre de rappel' if fr else 'Recall letter', [('small', C.ORG_FR + ' - ' + C.ORG_ADDR), ('p', letter)])
        fn = ctx.pick(['lettre_rappel_%s.pdf', 'rappel_%s.pdf']) if fr else ctx.pick(['recall_letter_%s.pdf', 'Recall_%s.pdf'])
        fn = fn % T.fname_name(ctx, p, upper=ctx.chance(0.5))
        text = ctx.t('%s\n\nLettre de rappel à poster aujourd\'hui (la patiente n\'a pas répondu à deux appels). Enveloppe confidentielle svp.\n\n%s\n',
                     '%s\n\nRecall letter to mail today (no answer after two calls). Confidential envelope please.\n\n%s\n') % (ctx.greet(), ctx.sig(clerk))
        to = [(ctx.t('Courrier - Imagerie', 'Imaging mailroom'), 'courrier.imagerie@' + T.D)]
        return ctx.spec('recall_letter', ctx.t('lettre de rappel en mammographie', 'mammography recall letter'),
                        T.disp(ctx, clerk), to, ctx.t('Lettre de rappel à poster', 'Recall letter to mail'), text=text,
                        attachments=[A.att(fn, A.CT_PDF, data=pdf)])
    ref = ctx.ext_md()
    if p.nam:
        ident = ctx.t('NAM ', 'RAMQ ') + ctx.nam(p) + ', ' + ctx.sex(p)
    else:
        ident = ctx.t('dossier ', 'MRN ') + ctx.mrn(p)
    if fr:
        text = ('%s\n\nPour votre information, votre patiente %s (%s, DDN %s) a été rappelée suite à sa mammographie de dépistage : %s\n'
                'Clichés complémentaires + écho prévus le %s. Nous vous ferons suivre le rapport.\n\n%s\n') % (
            ctx.greet(ref), ctx.name(p, ctx.pick(['title_full', 'full'])), ident, ctx.dob(p), f, ctx.fday(when), ctx.sig(rad))
    else:
        text = ('%s\n\nFYI, your patient %s (%s, DOB %s) has been recalled after her screening mammogram: %s\n'
                'Diagnostic views and ultrasound booked for %s. The report will follow.\n\n%s\n') % (
            ctx.greet(ref), ctx.name(p, ctx.pick(['title_full', 'full'])), ident, ctx.dob(p), f, ctx.fday(when), ctx.sig(rad))
    return ctx.spec('recall_notice', ctx.t('avis de rappel au médecin de famille', 'recall notice to family physician'),
                    T.disp(ctx, rad), [T.disp(ctx, ref)], ctx.t('Rappel en dépistage - votre patiente', 'Screening recall - your patient'), text=text)


def p_report(ctx):
    """A CT/US/MRI report sent or forwarded to the referring physician."""
    fr = ctx.fr
    rad = S(ctx.pick(['rad_body', 'rad_neuro', 'rad_chest', 'rad_msk']))
    ref = ctx.ext_md()
    p = ctx.patient(ctx.pick(['nam', 'qc', 'qc']) if fr else ctx.pick(['en', 'nam', 'on']))
    exam = exam_for(ctx, p, ['ct_abdo', 'ct_chest', 'ct_head', 'us_abdo', 'us_pelvis', 'us_doppler', 'us_thyroid',
                             'mri_brain', 'mri_lspine', 'mri_prostate', 'dexa'])
    how = ctx.pick(['inline', 'pdf', 'pdf_named'])
    id_kind = 'both' if p.nam and ctx.chance(0.5) else ('nam' if p.nam else 'mrn')
    if how == 'inline':
        rep, _ = T.report_text(ctx, p, exam, rad, id_kind=id_kind, safe=False, ref=ref)
        if p.kind == 'on' and ctx.chance(0.7):
            rep = rep.replace('\n\n', '\nOHIP: %s\n\n' % ctx.ohip(p), 1)
        intro = ctx.t('Voici le rapport demandé ; le résultat justifie un suivi rapproché.',
                      'Please find the report below; the result warrants close follow-up.')
        text = '%s\n\n%s\n\n%s\n\n%s\n' % (ctx.greet(ref), intro, rep, ctx.sig(rad))
        atts = []
    else:
        pdf = T.report_pdf(ctx, p, exam, rad, id_kind=id_kind, ref=ref)
        if how == 'pdf_named':
            fn = '%s_%s_%s.pdf' % (T.exam_name(ctx, exam, True).replace(' ', '_').replace('/', '-'), T.fname_name(ctx, p), ctx.date.strftime('%Y%m%d'))
        else:
            fn = ctx.pick(['rapport_%s.pdf', 'report_%s.pdf']) % T.accession(ctx)
        atts = [A.att(fn, A.CT_PDF, data=pdf)]
        text = '%s\n\n%s\n\n%s\n' % (ctx.greet(ref), ctx.t('Rapport ci-joint. Résultat significatif, je vous ai aussi laissé un message.',
                                                              'Report attached. Significant result; I also left you a voicemail.'), ctx.sig(rad))
    subj = ctx.t('Rapport %s', 'Report %s') % T.exam_name(ctx, exam, True)
    if ctx.chance(0.35):
        subj = ctx.t('Résultat - ', 'Result - ') + ctx.name(p, ctx.pick(['upper', 'sur_first_mixed', 'initials'])) + ' - ' + T.exam_name(ctx, exam, True)
    return ctx.spec('report', ctx.t('rapport d\'imagerie au médecin référent', 'imaging report to referring physician'),
                    T.disp(ctx, rad), [T.disp(ctx, ref)], subj, text=text, attachments=atts)


def p_critical(ctx):
    """Critical result communication, documented by e-mail."""
    fr = ctx.fr
    rad = S(ctx.pick(['rad_chest', 'rad_neuro', 'rad_body']))
    p = ctx.patient(ctx.pick(['qc', 'nam']) if fr else ctx.pick(['en', 'nam']))
    exam = E[ctx.pick(['ct_chest', 'ct_head', 'us_doppler'])]
    f = T.finding(ctx, exam, 0)
    nm = ctx.name(p, ctx.pick(['title_sur', 'initials', 'upper', 'sur_first']))
    ident = ctx.mrn(p)
    t = ('%02d h %02d' if fr else '%02d:%02d') % (ctx.rng.randint(8, 22), ctx.rng.randint(0, 59))
    extra = ''
    if exam['key'] == 'ct_head':
        ac = ctx.pick(K.ANTICOAG)
        ctx.add('medication')
        extra = ctx.t('Patient sous %s - renversement à discuter.' % ac['fr'], 'Patient on %s - reversal to be discussed.' % ac['en'])
    if p.nam:
        extra += ctx.t(' NAM %s, DDN %s, %s.', ' RAMQ %s, DOB %s, %s.') % (ctx.nam(p), ctx.dob(p), ctx.sex(p))
    if fr:
        text = ('Résultat critique communiqué\n\nPatient : %s - dossier %s\nExamen : %s (%s)\nRésultat : %s\n%s\n\n'
                'Communiqué verbalement à l\'urgentologue de garde à %s, lecture confirmée.\n\n%s\n') % (
            nm, ident, T.exam_name(ctx, exam), ctx.fdate(ctx.date.date(), 'iso'), f, extra, t, ctx.sig(rad))
    else:
        text = ('Critical result communicated\n\nPatient: %s - MRN %s\nExam: %s (%s)\nResult: %s\n%s\n\n'
                'Called to the ED physician on duty at %s, read-back confirmed.\n\n%s\n') % (
            nm, ident, T.exam_name(ctx, exam), ctx.fdate(ctx.date.date(), 'iso'), f, extra, t, ctx.sig(rad))
    subj = ctx.t('RÉSULTAT CRITIQUE - %s', 'CRITICAL RESULT - %s') % T.exam_name(ctx, exam, True)
    return ctx.spec('critical_result', ctx.t('communication d\'un résultat critique', 'critical result notification'),
                    T.disp(ctx, rad), [T.box(ctx, 'urgence')], subj, text=text,
                    cc=[T.box(ctx, 'quality')] if ctx.chance(0.3) else None)
