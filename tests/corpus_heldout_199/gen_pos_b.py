"""Positive templates, part B: interventional radiology, contrast, transport, worklists, PACS."""
import datetime as dt

import gen_attach as A
import gen_clinical as K
import gen_common as C
import gen_tpl as T
from gen_pos_a import E, exam_for
from gen_tpl import S


def p_ir_consult(ctx):
    """Request for an IR procedure with anticoagulation and labs, sometimes with the nurse's reply quoted."""
    fr = ctx.fr
    ref = ctx.ext_md()
    nurse, rad = S('nurse_ir'), S('rad_ir')
    p = ctx.patient(ctx.pick(['nam', 'qc']) if fr else ctx.pick(['en', 'nam']), age=(35, 92))
    proc = ctx.pick([x for x in K.IR_PROCS if x.get('sex', p.sex) == p.sex])
    ac = ctx.pick(K.ANTICOAG)
    lab = K.lab_values(ctx.rng, ctx.lang)
    ctx.add('diagnosis', 'medication', 'lab_result')
    nm = ctx.name(p, ctx.pick(['title_full', 'full', 'sur_first']))
    ident = ctx.nam(p) if p.nam else ctx.mrn(p)
    dob = ctx.dob(p)
    if fr:
        req = ('%s\n\nJ\'aimerais vous référer %s (%s : %s, DDN %s, %s) pour %s.\n'
               'Contexte : %s.\nMédication : %s, %s.\nBilan du %s : %s, %s, %s.\nAllergie : %s.\n\n%s\n') % (
            ctx.greet(rad), nm, 'NAM' if p.nam else 'dossier', ident, dob, ctx.sex(p), proc['fr'], proc['ind_fr'],
            ac['fr'], ctx.pick(K.OTHER_MEDS_FR), ctx.fdate(ctx.past_day(1, 7), 'dmy_slash'), lab['inr'], lab['plt'], lab['hb'],
            ctx.pick(['aucune connue', 'iode (urticaire 2019)', 'pénicilline']), ctx.sig(ref))
    else:
        req = ('%s\n\nI would like to refer %s (%s: %s, DOB %s, %s) for %s.\n'
               'Background: %s.\nMeds: %s, %s.\nLabs %s: %s, %s, %s.\nAllergies: %s.\n\n%s\n') % (
            ctx.greet(rad), nm, 'RAMQ' if p.nam else 'MRN', ident, dob, ctx.sex(p), proc['en'], proc['ind_en'],
            ac['en'], ctx.pick(K.OTHER_MEDS_EN), ctx.fdate(ctx.past_day(1, 7), 'iso'), lab['inr'], lab['plt'], lab['hb'],
            ctx.pick(['NKDA', 'iodinated contrast (hives 2019)', 'penicillin']), ctx.sig(ref))
    subj = ctx.t('Demande de consultation RI - %s', 'IR referral - %s') % (proc['fr'] if fr else proc['en'])
    if ctx.chance(0.5):
        when0 = T.earlier(ctx, 120, 2000)
        d = ctx.day(2, 12)
        reply = ctx.t('Bonjour,\n\nAccepté par %s. Procédure prévue le %s à %s. %s. Je joindrai la patiente pour les consignes (à jeun 6 h).\n\n%s\n',
                      'Hello,\n\nAccepted by %s. Booked for %s at %s. %s. I will call the patient with the instructions (NPO 6 h).\n\n%s\n') % (
            rad.titled(ctx.lang), ctx.fday(d), ctx.hm(), ac['hold_fr'].capitalize() if fr else ac['hold_en'].capitalize(), ctx.sig(nurse))
        text = reply + '\n' + ctx.quote(req, ref, when0, to=T.box(ctx, 'ir')[0], subject=subj)
        return ctx.spec('ir_referral', ctx.t('demande de consultation en radiologie d\'intervention, réponse', 'IR referral with reply'),
                        T.disp(ctx, nurse), [T.disp(ctx, ref)], T.reply_subject(ctx, subj), text=text,
                        cc=[T.disp(ctx, rad)], headers=T.thread_headers(ctx, when0))
    return ctx.spec('ir_referral', ctx.t('demande de consultation en radiologie d\'intervention', 'IR referral'),
                    T.disp(ctx, ref), [T.box(ctx, 'ir')], subj, text=req)


def p_ir_prep_call(ctx):
    """IR nurse's note after the pre-procedure phone call, with social context."""
    fr = ctx.fr
    nurse, rad = S(ctx.pick(['nurse_ir', 'nurse_ir2'])), S('rad_ir')
    sw = S('social_w')
    p = ctx.patient(ctx.pick(['qc', 'qc', 'nam']) if fr else ctx.pick(['en', 'en', 'nam']), age=(55, 92))
    proc = ctx.pick([x for x in K.IR_PROCS if x.get('sex', p.sex) == p.sex])
    ac = ctx.pick(K.ANTICOAG)
    ctx.add('medication', 'social_information', 'diagnosis')
    soc_fr = ['vit seule, sans réseau ; aucun accompagnateur pour le retour (sédation)',
              'hébergement temporaire en refuge depuis la perte du logement',
              'prestataire de l\'aide sociale, ne peut payer le taxi : demander un billet de transport',
              'violence conjugale rapportée par la fille ; ne laisser aucun message au domicile']
    soc_en = ['lives alone with no support; no escort for discharge after sedation',
              'staying at a shelter since losing the apartment',
              'on income assistance, cannot pay for a taxi - needs a transport voucher',
              'daughter reports a violent partner; do not leave messages at home']
    k = ctx.rng.randrange(len(soc_fr))
    nm = ctx.name(p, ctx.pick(['title_sur', 'title_full', 'full']) if not p.nam else 'title_full')
    ph = ctx.phone(p) if k != 3 else ctx.t('cellulaire personnel seulement : ', 'personal cell only: ') + ctx.phone(p)
    ident = ''
    if p.nam:
        ident = ctx.t(' (NAM %s, DDN %s, %s)', ' (RAMQ %s, DOB %s, %s)') % (ctx.nam(p), ctx.dob(p), ctx.sex(p))
    elif ctx.chance(0.6):
        ident = ctx.t(' (dossier %s)', ' (MRN %s)') % ctx.mrn(p)
    d = ctx.day(2, 9)
    if fr:
        text = ('%s\n\nAppel fait à %s%s au %s pour la %s du %s (%s).\n'
                '- Prend %s : %s, consignes bien comprises.\n- Situation : %s.\n- %s\n\n'
                'Nancy, peux-tu voir ce que tu peux faire d\'ici %s ?\n\n%s\n') % (
            ctx.greet(), nm, ident, ph, proc['fr'], ctx.fday(d), proc['ind_fr'], ac['fr'], ac['hold_fr'],
            soc_fr[k], ctx.pick(['À jeun dès minuit.', 'Bilan sanguin à faire la veille au CLSC.']), ctx.fday(d - dt.timedelta(days=1)), ctx.sig(nurse))
    else:
        text = ('%s\n\nCalled %s%s at %s about the %s on %s (%s).\n'
                '- On %s: %s, understood.\n- Social: %s.\n- %s\n\n'
                'Nancy, could you see what can be arranged before %s?\n\n%s\n') % (
            ctx.greet(), nm, ident, ph, proc['en'], ctx.fday(d), proc['ind_en'], ac['en'], ac['hold_en'],
            soc_en[k], ctx.pick(['NPO after midnight.', 'Bloodwork the day before at the CLSC.']), ctx.fday(d - dt.timedelta(days=1)), ctx.sig(nurse))
    subj = ctx.t('Préparation RI - besoin TS', 'IR prep - social work needed')
    return ctx.spec('ir_prep', ctx.t('note d\'appel préprocédure avec situation sociale', 'pre-procedure call note with social issue'),
                    T.disp(ctx, nurse), [T.disp(ctx, sw)], subj, text=text, cc=[T.disp(ctx, rad)])


def p_premed_rx(ctx):
    """Contrast-allergy premedication or MRI anxiolysis prescription sent to a community pharmacy."""
    fr = ctx.fr
    rad = S(ctx.pick(['rad_body', 'rad_neuro', 'rad_chest']))
    pharm = ctx.pick([('Pharmacie Duval & Fils', 'ordonnances@pharmacie-duval.example'),
                      ('Pharmacie du Lac-Mirabelle', 'rx@pharmalac.example'),
                      ('Hollowbrook Pharmacy', 'fax@hollowbrook-pharmacy.example')])
    p = ctx.patient(ctx.pick(['qc', 'nam']) if fr else ctx.pick(['en', 'nam', 'on']))
    kind = ctx.pick(['premed', 'sedation'])
    ctx.add('medication', 'diagnosis')
    exam = exam_for(ctx, p, ['ct_abdo', 'ct_chest']) if kind == 'premed' else exam_for(ctx, p, ['mri_brain', 'mri_lspine', 'mri_knee'])
    when = ctx.day(3, 14)
    rows = [(ctx.t('Patient', 'Patient'), ctx.name(p, ctx.pick(['sur_first', 'full', 'upper']))),
            (ctx.t('Date de naissance', 'Date of birth'), ctx.dob(p)), (ctx.t('Sexe', 'Sex'), p.sex),
            (ctx.t('Adresse', 'Address'), ctx.address(p)), (ctx.t('Téléphone', 'Phone'), ctx.phone(p))]
    if p.nam:
        rows.insert(3, ('NAM', ctx.nam(p, safe=True)))
    elif p.kind == 'on':
        rows.insert(3, ('OHIP', ctx.ohip(p, safe=True)))
    if kind == 'premed':
        rx = K.PREMED_FR if fr else K.PREMED_EN
        why = ctx.t('Antécédent de réaction au contraste iodé (urticaire généralisée et bronchospasme, %d).',
                    'Previous reaction to iodinated contrast (generalised hives and bronchospasm, %d).') % (ctx.date.year - ctx.rng.randint(1, 6))
    else:
        rx = ctx.pick(K.SEDATION_FR if fr else K.SEDATION_EN) + ctx.t(' - 2 comprimés, aucun renouvellement', ' - 2 tablets, no refill')
        why = ctx.t('Claustrophobie sévère, examen interrompu à deux reprises.', 'Severe claustrophobia, scan aborted twice.')
    rows.append(('Rx', rx))
    rows.append((ctx.t('Motif', 'Reason'), why))
    rows.append((ctx.t('Examen prévu', 'Scheduled exam'), '%s - %s' % (T.exam_name(ctx, exam), ctx.fdate(when, 'iso'))))
    rows.append((ctx.t('Prescripteur', 'Prescriber'), '%s, %s %d' % (rad.titled(ctx.lang), ctx.t('permis', 'licence'), 10000 + ctx.rng.randint(0, 89999))))
    if ctx.chance(0.5):
        pdf = A.make_pdf(ctx.t('Ordonnance', 'Prescription'), [('h', ctx.t('ORDONNANCE', 'PRESCRIPTION')), ('small', C.ORG_FR + ' - ' + C.DEPT_FR), ('kv', rows)])
        fn = ctx.pick(['ordonnance_%s.pdf', 'Rx_%s.pdf']) % (T.fname_name(ctx, p) if ctx.chance(0.5) else ctx.date.strftime('%Y%m%d%H%M'))
        atts = [A.att(fn, A.CT_PDF, data=pdf)]
        text = ctx.t('Bonjour,\n\nVeuillez trouver ci-jointe une ordonnance pour un(e) patient(e) de votre pharmacie. L\'original suit par la poste.\n\n%s\n',
                     'Hello,\n\nPlease find attached a prescription for one of your patients. Original to follow by mail.\n\n%s\n') % ctx.sig(rad)
    else:
        atts = []
        text = ctx.t('Bonjour,\n\nOrdonnance transmise par courriel sécurisé :\n\n%s\n\n%s\n', 'Hello,\n\nPrescription sent by secure e-mail:\n\n%s\n\n%s\n') % (T.kv_text(ctx, rows), ctx.sig(rad))
    return ctx.spec('prescription', ctx.t('ordonnance à une pharmacie communautaire', 'prescription to community pharmacy'),
                    T.disp(ctx, rad), [pharm], ctx.t('Ordonnance - examen d\'imagerie', 'Prescription - imaging exam'), text=text, attachments=atts)


def p_transport(ctx):
    """Transport booking for a patient coming from a ward or a long-term care home."""
    fr = ctx.fr
    clerk = S('clerk_book')
    p = ctx.patient(ctx.pick(['qc', 'nam']) if fr else ctx.pick(['en', 'nam']), age=(70, 98))
    exam = exam_for(ctx, p, ['ct_head', 'ct_abdo', 'us_doppler', 'us_abdo'])
    when = ctx.day(1, 5)
    home = ctx.pick(['CHSLD des Saules', 'Résidence Le Boisé', 'unité 4 Nord', 'unité de gériatrie 6B']) if fr else \
        ctx.pick(['Maplewood LTC', 'Willow Court Residence', 'ward 4 North', 'geriatrics 6B'])
    room = ctx.rng.randint(101, 540)
    needs = ctx.pick([ctx.t('civière, O2 2 L/min', 'stretcher, O2 2 L/min'), ctx.t('fauteuil roulant, accompagnateur (démence)', 'wheelchair, escort needed (dementia)'),
                      ctx.t('civière, isolement contact (C. difficile)', 'stretcher, contact isolation (C. difficile)'),
                      ctx.t('civière, contention, risque de chute', 'stretcher, restraints, fall risk')])
    ctx.add('diagnosis')
    nm = ctx.name(p, ctx.pick(['upper', 'sur_first', 'title_full']))
    idl = ''
    if p.nam:
        idl = ctx.t('NAM : %s   DDN : %s   %s\n', 'RAMQ: %s   DOB: %s   %s\n') % (ctx.nam(p), ctx.dob(p), ctx.sex(p))
    elif ctx.chance(0.5):
        idl = ctx.t('Dossier : %s\n', 'MRN: %s\n') % ctx.mrn(p)
    else:
        idl = ctx.t('DDN : %s\n', 'DOB: %s\n') % ctx.dob(p)
    t_exam = dt.datetime(2000, 1, 1, ctx.rng.randint(8, 15), ctx.pick([0, 15, 30, 45]))
    t_back = (t_exam + dt.timedelta(minutes=ctx.pick([60, 90, 120]))).strftime('%H:%M')
    t_exam = t_exam.strftime('%H:%M')
    if fr:
        text = ('Bonjour,\n\nSVP réserver un transport pour :\n\n%s\n%sProvenance : %s, ch. %d\nExamen : %s (%s) le %s à %s\n'
                'Besoins : %s\nRetour prévu vers %s\n\n%s\n') % (nm, idl, home, room, T.exam_name(ctx, exam), T.indication(ctx, exam),
                                                               ctx.fday(when), t_exam, needs, t_back, ctx.sig(clerk))
    else:
        text = ('Hello,\n\nPlease book transport for:\n\n%s\n%sFrom: %s, room %d\nExam: %s (%s) on %s at %s\n'
                'Needs: %s\nReturn around %s\n\n%s\n') % (nm, idl, home, room, T.exam_name(ctx, exam), T.indication(ctx, exam),
                                                       ctx.fday(when), t_exam, needs, t_back, ctx.sig(clerk))
    body = None
    if ctx.chance(0.3):
        body = 'html'
    return ctx.spec('transport_request', ctx.t('demande de transport pour examen', 'transport booking for exam'),
                    T.disp(ctx, clerk), [T.box(ctx, 'transport')], ctx.t('Transport - %s %s', 'Transport - %s %s') % (T.exam_name(ctx, exam, True), ctx.fdate(when, 'iso')),
                    text=text, body=body)


def p_worklist(ctx):
    """Daily MRI / IR / CT worklist with several patients (table in body or spreadsheet)."""
    fr = ctx.fr
    tech = S(ctx.pick(['tech_chief', 'tech_mri', 'tech_ir']))
    n = ctx.rng.randint(4, 8)
    pats = [ctx.patient(ctx.pick(['qc', 'nam', 'en']) if fr else ctx.pick(['en', 'nam', 'qc'])) for _ in range(n)]
    head = ctx.t('Heure|Patient|Dossier|DDN / sexe|Examen|Indication|Notes', 'Time|Patient|MRN|DOB / sex|Exam|Indication|Notes').split('|')
    rows = [head]
    t = dt.datetime(2000, 1, 1, 7, 30)
    where = ctx.pick(['xlsx', 'table', 'csv'])
    safe = where != 'table'
    for p in pats:
        exam = exam_for(ctx, p, ['mri_brain', 'mri_lspine', 'mri_knee', 'mri_prostate', 'ct_abdo', 'ct_chest', 'us_abdo'])
        notes = ctx.pick(['', '', ctx.t('interprète arabe', 'interpreter (Mandarin)'), ctx.t('Ativan 1 mg SL', 'Ativan 1 mg SL'),
                          ctx.t('allergie iode - prémédiqué', 'iodine allergy - premedicated'), ctx.t('DFGe 34', 'eGFR 34'),
                          ctx.t('pacemaker conditionnel', 'MR-conditional pacemaker')])
        if 'Ativan' in notes or 'prém' in notes or 'premed' in notes:
            ctx.add('medication')
        if 'DFGe' in notes or 'eGFR' in notes:
            ctx.add('lab_result')
        ident = ctx.mrn(p, safe=safe)
        dob = ctx.dob(p) + ' ' + p.sex
        if p.nam:
            ident += ' / ' + ctx.nam(p, safe=safe)
        rows.append([t.strftime('%H:%M'), ctx.name(p, ctx.pick(['sur_first', 'sur_first_mixed', 'upper'])), ident, dob,
                     T.exam_name(ctx, exam, True), T.indication(ctx, exam), notes])
        t += dt.timedelta(minutes=ctx.pick([30, 45, 60]))
    day = ctx.fdate(ctx.day(1, 1), 'iso')
    atts = []
    if where == 'table':
        table = '\n'.join(' | '.join(r) for r in rows)
        text = ctx.t('%s\n\nListe de demain (%s) :\n\n%s\n\nMerci de vérifier les prémédications.\n\n%s\n',
                     '%s\n\nTomorrow\'s list (%s):\n\n%s\n\nPlease double-check premeds.\n\n%s\n') % (ctx.greet(), day, table, ctx.sig(tech))
        body = ctx.pick(['html', 'alt', None])
    else:
        if where == 'xlsx':
            atts = [A.att('%s_%s.xlsx' % (ctx.t('liste_IRM', 'MRI_list'), day), A.CT_XLSX, data=A.make_xlsx([(day, rows)], ctx.date))]
        else:
            atts = [A.att('%s_%s.csv' % (ctx.t('horaire_TDM', 'CT_schedule'), day.replace('-', '')), 'text/csv',
                          text=A.make_csv(rows, delimiter=';' if fr else ','), charset=ctx.pick(['utf-8', 'windows-1252']))]
        text = ctx.t('%s\n\nCi-joint la liste pour demain. Deux ajouts de l\'urgence en fin de journée.\n\n%s\n',
                     '%s\n\nAttached is tomorrow\'s list. Two ED add-ons at the end of the day.\n\n%s\n') % (ctx.greet(), ctx.sig(tech))
        body = None
    return ctx.spec('worklist', ctx.t('liste de travail quotidienne avec patients', 'daily worklist with patients'),
                    T.disp(ctx, tech), [T.box(ctx, 'all_tech'), T.box(ctx, 'rads')], ctx.t('Liste du %s', 'Worklist %s') % day,
                    text=text, attachments=atts, body=body)


def p_protocol_q(ctx):
    """Technologist asks a radiologist how to protocol a specific patient; radiologist answers on top."""
    fr = ctx.fr
    tech, rad = S(ctx.pick(['tech_ct', 'tech_mri'])), S(ctx.pick(['rad_body', 'rad_chest', 'rad_neuro']))
    p = ctx.patient(ctx.pick(['qc', 'qc', 'nam']) if fr else ctx.pick(['en', 'en', 'nam']))
    lab = K.lab_values(ctx.rng, ctx.lang)
    exam = E[ctx.pick(['ct_abdo', 'ct_chest'])] if tech.key == 'tech_ct' else E['mri_brain']
    ctx.add('lab_result', 'medication', 'diagnosis')
    nm = ctx.name(p, ctx.pick(['title_sur', 'title_full', 'initials', 'lower']))
    ident = ctx.mrn(p)
    extra = ''
    if p.nam:
        extra = ctx.t(' NAM %s, DDN %s, %s.', ' RAMQ %s, DOB %s, %s.') % (ctx.nam(p), ctx.dob(p), ctx.sex(p))
    med = ctx.pick(K.OTHER_MEDS_FR[:2] if fr else K.OTHER_MEDS_EN[:2])
    if fr:
        q = ('%s\n\n%s (dossier %s) est ici pour : %s (%s).%s\n%s le %s, diabétique sous %s.\n'
             'On injecte quand même ? Si oui, protocole réduit ?\n\n%s\n') % (
            ctx.greet(rad), nm, ident, T.exam_name(ctx, exam), T.indication(ctx, exam), extra, lab['egfr'],
            ctx.fdate(ctx.past_day(2, 25), 'dmy_slash'), med, tech.given)
        a = ctx.pick(['Oui, on injecte : bénéfice > risque. Hydratation IV 250 mL, cesser la metformine 48 h et créat de contrôle.',
                      'Non, fais-la sans contraste et ajoute une écho rénale. Je l\'inscris au rapport.',
                      'Demi-dose de gado, pas de répétition avant 6 semaines.'])
    else:
        q = ('%s\n\n%s (MRN %s) is here for %s (%s).%s\n%s on %s, diabetic on %s.\n'
             'Do we still give contrast? Reduced protocol?\n\n%s\n') % (
            ctx.greet(rad), nm, ident, T.exam_name(ctx, exam), T.indication(ctx, exam), extra, lab['egfr'],
            ctx.fdate(ctx.past_day(2, 25), 'iso'), med, tech.given)
        a = ctx.pick(['Yes, give contrast: benefit outweighs risk. IV hydration 250 mL, hold metformin 48 h, repeat creatinine.',
                      'No, do it non-contrast and add a renal ultrasound. I will note it in the report.',
                      'Half-dose gadolinium, no repeat within 6 weeks.'])
    subj = ctx.t('Question protocole - %s', 'Protocol question - %s') % T.exam_name(ctx, exam, True)
    if ctx.chance(0.5):
        when0 = T.earlier(ctx, 5, 40)
        text = '%s\n\n%s\n\n%s' % (a, rad.given if ctx.chance(0.5) else rad.titled(ctx.lang), ctx.quote(q, tech, when0, to=rad.full(), subject=subj))
        return ctx.spec('protocol_question', ctx.t('question de protocole et réponse', 'protocol question with answer'),
                        T.disp(ctx, rad), [T.disp(ctx, tech)], T.reply_subject(ctx, subj), text=text, headers=T.thread_headers(ctx, when0))
    return ctx.spec('protocol_question', ctx.t('question de protocole pour un patient', 'protocol question about a patient'),
                    T.disp(ctx, tech), [T.disp(ctx, rad)], subj, text=q, body=ctx.pick(['plain', 'alt', None]))


def p_pacs_fix(ctx):
    """PACS/RIS correction request: study filed under the wrong patient."""
    fr = ctx.fr
    tech, pacs = S(ctx.pick(['tech_us', 'tech_ct', 'tech_chief'])), S('pacs_admin')
    a = ctx.patient(ctx.pick(['qc', 'en']))
    b = ctx.patient(ctx.pick(['qc', 'en', 'nam']))
    exam = exam_for(ctx, a, ['us_pelvis', 'us_abdo', 'ct_head', 'us_thyroid', 'mri_knee'])
    acc = T.accession(ctx)
    f = T.finding(ctx, exam)
    if fr:
        text = ('%s\n\nL\'examen « %s » (accès %s, fait le %s) de %s, dossier %s, a été envoyé dans le PACS sous %s, dossier %s'
                '%s.\nLe rapport préliminaire (« %s ») est donc visible dans le mauvais dossier.\n'
                'Peux-tu déplacer l\'étude et bloquer le rapport ? Billet ouvert au centre de services.\n\n%s\n') % (
            ctx.greet(pacs), T.exam_name(ctx, exam), acc, ctx.fdate(ctx.past_day(0, 3), 'iso'),
            ctx.name(a, ctx.pick(['upper', 'sur_first'])), ctx.mrn(a), ctx.name(b, ctx.pick(['upper', 'sur_first'])), ctx.mrn(b),
            (' (NAM %s, DDN %s, %s)' % (ctx.nam(b), ctx.dob(b), ctx.sex(b))) if b.nam else '', f, ctx.sig(tech))
    else:
        text = ('%s\n\nThe %s (accession %s, done %s) for %s, MRN %s, was sent to PACS under %s, MRN %s'
                '%s.\nThe preliminary report ("%s") now shows in the wrong chart.\n'
                'Can you move the study and lock the report? Ticket opened with the service desk.\n\n%s\n') % (
            ctx.greet(pacs), T.exam_name(ctx, exam), acc, ctx.fdate(ctx.past_day(0, 3), 'iso'),
            ctx.name(a, ctx.pick(['upper', 'sur_first'])), ctx.mrn(a), ctx.name(b, ctx.pick(['upper', 'sur_first'])), ctx.mrn(b),
            (' (RAMQ %s, DOB %s, %s)' % (ctx.nam(b), ctx.dob(b), ctx.sex(b))) if b.nam else '', f, ctx.sig(tech))
    return ctx.spec('pacs_correction', ctx.t('correction PACS, examen dans le mauvais dossier', 'PACS correction, study in wrong chart'),
                    T.disp(ctx, tech), [T.disp(ctx, pacs)], ctx.t('URGENT - étude mal associée %s', 'URGENT - misfiled study %s') % acc,
                    text=text, cc=[T.box(ctx, 'pacs')])


def p_ir_discharge(ctx):
    """Post-procedure summary to the family physician (DOCX or PDF)."""
    fr = ctx.fr
    rad, nurse = S('rad_ir'), S('nurse_ir2')
    ref = ctx.ext_md()
    p = ctx.patient(ctx.pick(['qc', 'nam']) if fr else ctx.pick(['en', 'nam', 'on']), age=(35, 92))
    proc = ctx.pick([x for x in K.IR_PROCS if x.get('sex', p.sex) == p.sex])
    ac = ctx.pick(K.ANTICOAG)
    ctx.add('diagnosis', 'medication')
    title = ctx.t('Résumé de séjour - Radiologie d\'intervention', 'Discharge summary - Interventional Radiology')
    fields = [(ctx.t('Patient', 'Patient'), ctx.name(p, ctx.pick(['sur_first', 'upper', 'full']))),
              (ctx.t('DDN', 'DOB'), ctx.dob(p) + '  ' + ctx.sex(p)), (ctx.t('Dossier', 'MRN'), ctx.mrn(p, safe=True))]
    if p.nam:
        fields.append(('NAM', ctx.nam(p, safe=True)))
    if p.kind == 'on':
        fields.append(('OHIP', ctx.ohip(p, safe=True)))
    d = ctx.past_day(1, 4)
    paras = [ctx.t('Intervention : %s le %s.', 'Procedure: %s on %s.') % (proc['fr'] if fr else proc['en'], ctx.fdate(d, 'iso')),
             ctx.t('Indication : %s.', 'Indication: %s.') % (proc['ind_fr'] if fr else proc['ind_en']),
             ctx.pick([ctx.t('Déroulement sans complication. Sédation : midazolam 2 mg, fentanyl 75 mcg.', 'Uncomplicated. Sedation: midazolam 2 mg, fentanyl 75 mcg.'),
                       ctx.t('Petit hématome au point de ponction, surveillé, stable.', 'Small puncture-site haematoma, observed, stable.')]),
             ctx.t('Reprendre %s le %s.', 'Resume %s on %s.') % (ac['fr'] if fr else ac['en'], ctx.fdate(d + dt.timedelta(days=2), 'iso')),
             ctx.t('Suivi : clinique RI dans 4 semaines ; résultats de pathologie au médecin traitant.', 'Follow-up: IR clinic in 4 weeks; pathology to the family physician.')]
    if ctx.chance(0.5):
        data = A.make_docx(title, [T.kv_text(ctx, fields)] + paras, ctx.date, author=rad.full())
        att = A.att(ctx.pick(['resume_RI_%s.docx', 'IR_summary_%s.docx']) % (T.fname_name(ctx, p) if ctx.chance(0.5) else d.strftime('%Y%m%d')), A.CT_DOCX, data=data)
    else:
        data = A.make_pdf(title, [('h', title), ('kv', fields), ('p', '\n'.join(paras)), ('small', rad.titled(ctx.lang))])
        att = A.att(ctx.pick(['resume_RI_%s.pdf', 'IR_summary_%s.pdf']) % d.strftime('%Y%m%d'), A.CT_PDF, data=data)
    text = ctx.t('%s\n\nVeuillez trouver le résumé de l\'intervention pratiquée chez votre patient(e).\n\n%s\n',
                 '%s\n\nPlease find the summary of the procedure performed on your patient.\n\n%s\n') % (ctx.greet(ref), ctx.sig(nurse))
    return ctx.spec('discharge_summary', ctx.t('résumé post-intervention au médecin traitant', 'post-procedure summary to family physician'),
                    T.disp(ctx, nurse), [T.disp(ctx, ref)], title, text=text, attachments=[att])


def p_signout(ctx):
    """IR on-call sign-out roster: room, name, problem."""
    fr = ctx.fr
    rad1, rad2 = S('rad_ir'), S(ctx.pick(['rad_body', 'rad_chest']))
    n = ctx.rng.randint(3, 6)
    lines = []
    ctx.add('diagnosis')
    items_fr = ['drain pelvien, débit 40 mL/24 h, retirer si < 10', 'néphrostomie D, hématurie légère, Hb à recontrôler',
                'PICC posé ce matin, Rx de contrôle OK', 'biopsie hépatique, surveillance TA q1h x 4', 'angioplastie de fistule de dialyse, thrill présent',
                'paracentèse 5 L, albumine donnée', 'cathéter de drainage biliaire, fièvre 38,6 - hémocultures faites']
    items_en = ['pelvic drain, output 40 mL/24 h, pull if < 10', 'R nephrostomy, mild haematuria, recheck Hb',
                'PICC this morning, check film OK', 'liver biopsy, BP q1h x 4', 'dialysis fistula angioplasty, good thrill',
                'paracentesis 5 L, albumin given', 'biliary drain, T 38.6 - blood cultures sent']
    items = items_fr if fr else items_en
    for k in range(n):
        p = ctx.patient(ctx.pick(['qc', 'en']))
        item = items[(k + ctx.rng.randint(0, 6)) % len(items)]
        if 'albumin' in item:
            ctx.add('medication')
        lines.append('%s %d - %s - %s' % (ctx.t('Ch.', 'Rm'), ctx.rng.randint(201, 720), ctx.name(p, ctx.pick(['initial_sur_first', 'title_sur', 'upper', 'sur_first'])),
                                          item))
    text = ctx.t('%s\n\nPassation de garde RI :\n\n%s\n\nRien d\'autre en attente. Bonne garde !\n\n%s\n',
                 '%s\n\nIR sign-out:\n\n%s\n\nNothing else pending. Good luck tonight!\n\n%s\n') % (ctx.greet(rad2), '\n'.join(lines), rad1.given)
    return ctx.spec('signout', ctx.t('passation de garde en radiologie d\'intervention', 'IR on-call sign-out list'),
                    T.disp(ctx, rad1), [T.disp(ctx, rad2)], ctx.t('Passation RI %s', 'IR sign-out %s') % ctx.fdate(ctx.date.date(), 'iso'),
                    text=text, body=ctx.pick(['plain', 'plain', 'html']))
