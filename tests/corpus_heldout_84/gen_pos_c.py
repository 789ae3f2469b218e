"""Positive builders, part C: vCards, ZIP exports, attached messages, social referrals, return
transport, lab follow-ups, medication reconciliation, CSV exports, DOCX consult notes."""
import datetime
import re

from gen_common import (ORGS, pick, chance, staff, address, phone_fmt, make_mrn, fmt_date, hhmm, TOWNS, sub_rng)
from gen_mime import Mail, Att, serialize
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_zip, make_vcf
from gen_text import (greet, close, signature, compose, case, vitals, call_no, time_at, quote, dec, CASES)
from gen_people import pname, nam_str, dob_str, age_str, sender, team, ascii_fn
import gen_pos_a


# ------------------------------------------------------------------ 21. vCard of a patient
def vcard_contact(ctx):
    L = ctx.T
    p = ctx.pool.invented(ctx.rng, 60, 95, when=ctx.day)
    me, frm = sender(ctx, 'spl')
    town, pc = pick(ctx.rng, TOWNS)
    street = '%d, %s' % (ctx.rng.randrange(10, 2000), pick(ctx.rng, ['rue des Érables', 'rang Saint-Joseph', 'avenue des Pins']))
    tel = phone_fmt(ctx.rng)
    prob = pick(ctx.rng, [L('insuffisance cardiaque - pesée quotidienne, furosémide ajusté', 'heart failure - daily weights, furosemide adjusted'),
                          L('MPOC - 3 appels 911 ce mois-ci', 'COPD - 3 calls to 911 this month'),
                          L('chutes à répétition, démence légère', 'repeated falls, mild dementia')])
    with_bday = ctx.chance(0.5)
    vcf = make_vcf(p.given, p.surname, tel=[('HOME', tel)], adr=(street, town, 'QC', pc),
                   note=L('Programme paramédic communautaire : ', 'Community paramedicine: ') + prob,
                   bday=p.dob if with_bday else None, version=pick(ctx.rng, ['3.0', '4.0']))
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    if with_bday:
        types.add('date_of_birth')
    if 'furos' in prob:
        types.add('medication')
    text = compose(ctx, greet(ctx), [L('Voici la fiche contact pour la visite à domicile de jeudi (programme PIC).',
                                       'Contact card for Thursday\'s home visit (community paramedicine).'),
                                     pick(ctx.rng, [L('La clé est dans la boîte à clés, code au dossier.', 'Key is in the lockbox, code in the chart.'), ''])],
                   signature(ctx, me, L('Paramédic en soins communautaires', 'Community paramedic'), 'spl'))
    fn = pick(ctx.rng, ['%s %s.vcf' % (p.given, p.surname), 'contact.vcf', 'visite_domicile.vcf'])
    m = Mail(ctx.lang, pick(ctx.rng, [L('Visite PIC jeudi', 'CP home visit Thursday'), L('Fiche contact', 'Contact card')]), frm,
             [team(ctx, 'spl', 'Équipe PIC', 'CP team', 'pic')], text,
             atts=[Att(fn, pick(ctx.rng, ['text/vcard', 'text/x-vcard']), text=vcf, charset='utf-8')], types=types,
             note='vCard of a community-paramedicine patient with home phone and problem')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 22. ZIP of audit exports
def zip_reports(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'spl')
    keys = pick(ctx.rng, [['opioid'], ['stemi'], ['anaph', 'hypo'], ['seizure']])
    rows = [[L('no_appel', 'call_no'), L('patient', 'patient'), L('age', 'age'), L('impression', 'impression'),
             L('medicament', 'medication'), L('dose_conforme', 'dose_compliant')]]
    first = None
    for i in range(ctx.rng.randrange(5, 11)):
        c = pick(ctx.rng, [x for x in CASES if x['key'] in keys])
        p = ctx.pool.invented(ctx.rng, *c['age'], when=ctx.day)
        first = first or p.surname
        rows.append([call_no(ctx), '%s %s' % (p.given, p.surname), p.age(ctx.day), c[ctx.lang]['dx'], c[ctx.lang]['meds'][0],
                     pick(ctx.rng, ['oui', 'non', 'oui']) if ctx.lang == 'fr' else pick(ctx.rng, ['yes', 'no', 'yes'])])
    csvtxt = make_csv(rows, delimiter=pick(ctx.rng, [',', ';']))
    summ = make_pdf(L('Audit de conformité - sommaire', 'Compliance audit - summary'),
                    [L('Dossiers revus : %d' % (len(rows) - 1), 'Charts reviewed: %d' % (len(rows) - 1)),
                     L('Conformité globale : %d %%' % ctx.rng.randrange(70, 99), 'Overall compliance: %d%%' % ctx.rng.randrange(70, 99))],
                    author=ORGS['spl'][0])
    z = make_zip([('audit/%s.csv' % L('dossiers_revus', 'charts_reviewed'), csvtxt.encode('utf-8')),
                  ('audit/%s.pdf' % L('sommaire', 'summary'), summ)])
    text = compose(ctx, greet(ctx), [L('Les fichiers de l\'audit du trimestre sont dans le zip (mot de passe envoyé séparément... finalement non, oublié).',
                                       'Quarter audit files in the zip (I meant to password-protect it, sorry).'),
                                     L('Merci de réviser avant le comité qualité.', 'Please review before the quality committee.')],
                   signature(ctx, me, L('Conseiller qualité', 'Quality advisor'), 'spl'))
    m = Mail(ctx.lang, L('Audit trimestriel - fichiers', 'Quarterly audit files'), frm,
             [team(ctx, 'spl', 'Direction médicale', 'Medical direction', 'direction.medicale')], text,
             atts=[Att(pick(ctx.rng, ['audit_T%d.zip' % ctx.rng.randrange(1, 5), 'export_audit.zip']), 'application/zip', data=z)],
             types={'patient_name', 'diagnosis', 'medication'}, note='ZIP with CSV of named patients in a QA audit')
    m.must = [first]
    return m


# ------------------------------------------------------------------ 23. forwarded original as message/rfc822
def attached_eml(ctx):
    L = ctx.T
    inner_builder = pick(ctx.rng, [gen_pos_a.transfer_request, gen_pos_a.info_sante_callback, gen_pos_a.poison_consult,
                                   gen_pos_a.dispatch_followup])
    inner = inner_builder(ctx)
    inner.date = ctx.when - datetime.timedelta(hours=ctx.rng.randrange(2, 50))
    raw = serialize(inner, sub_rng(ctx.idx, 'inner'))
    me, frm = sender(ctx, pick(ctx.rng, ['corti', 'hvn', 'is811']))
    other = staff(ctx.rng, exclude=[me])
    text = compose(ctx, greet(ctx, other[0]), [pick(ctx.rng, [L('Je te transfère le courriel original, à traiter.', 'Forwarding the original message for action.'),
                                                              L('Courriel reçu par erreur dans notre boîte, je te le fais suivre.', 'This landed in our shared inbox by mistake, forwarding.'),
                                                              L('Pour ton information.', 'FYI.')])],
                   signature(ctx, me, '', 'hvn', short=True))
    fn = (re.sub(r'[^A-Za-z0-9_-]+', '_', ascii_fn(inner.subject)).strip('_')[:40] or 'message') + '.eml' if ctx.chance(0.6) else 'message.eml'
    m = Mail(ctx.lang, L('TR: ', 'FW: ') + inner.subject, frm, [('%s %s' % other, '%s@%s' % (ascii_fn(other[1]).lower(), ORGS['hvn'][1]))],
             text, atts=[Att(fn, 'message/rfc822', eml=raw)], types=inner.types,
             note='original message attached as message/rfc822: ' + inner.note)
    m.must = inner.must
    return m


# ------------------------------------------------------------------ 24. social referral
def social_referral(ctx):
    L = ctx.T
    kind = ctx.rng.randrange(4)
    me, frm = sender(ctx, pick(ctx.rng, ['spl', 'hvn']))
    addr = address(ctx.rng)
    types = {'patient_name', 'social_information', 'patient_contact'}
    if kind == 0:
        p = ctx.pool.invented(ctx.rng, 78, 96, when=ctx.day)
        types.add('diagnosis')
        facts = L('vit seule dans un logement insalubre (accumulation importante, pas de chauffage au 2e étage), 4 appels pour chute en 6 semaines, refuse l\'hébergement',
                  'lives alone in unsanitary housing (severe hoarding, no heat upstairs), 4 fall calls in 6 weeks, refuses placement')
        to = ('Soutien à domicile - CLSC', 'sad@%s' % ORGS['ciss'][1])
    elif kind == 1:
        p = ctx.pool.invented(ctx.rng, 1, 9, when=ctx.day)
        facts = L('lors de l\'appel pour ingestion de méthadone, logement sans nourriture, parents intoxiqués; signalement fait à la DPJ (no %d)' % ctx.rng.randrange(100000, 999999),
                  'during the methadone ingestion call: no food in the home, parents intoxicated; report made to youth protection (ref %d)' % ctx.rng.randrange(100000, 999999))
        types.add('diagnosis')
        to = ('Travailleuse sociale urgence', 'ts.urgence@%s' % ORGS['hvn'][1])
    elif kind == 2:
        p = ctx.pool.invented(ctx.rng, 20, 55, when=ctx.day, sex='F')
        facts = L('ecchymoses multiples d\'âges différents, conjoint présent refusant de quitter la pièce; la patiente a confié des violences conjugales; ne pas rappeler au domicile',
                  'multiple bruises of different ages, partner refused to leave the room; patient disclosed intimate partner violence; do not call the home number')
        types.add('diagnosis')
        to = ('Intervenante violence conjugale', 'vc@%s' % ORGS['ciss'][1])
    else:
        p = ctx.pool.invented(ctx.rng, 30, 70, when=ctx.day)
        facts = L('en situation d\'itinérance depuis l\'éviction en janvier, prestataire d\'aide sociale, 11 transports cette année pour intoxication éthylique',
                  'homeless since January eviction, on income assistance, 11 transports this year for alcohol intoxication')
        types.add('diagnosis')
        to = ('Équipe de proximité', 'proximite@%s' % ORGS['ciss'][1])
    paras = [
        L('Référence suite à l\'appel %s.' % call_no(ctx), 'Referral following call %s.' % call_no(ctx)),
        L('Usager : %s, %s\nAdresse : %s\nSituation : %s.' % (pname(ctx, p), age_str(ctx, p), addr, facts),
          'Client: %s, %s\nAddress: %s\nSituation: %s.' % (pname(ctx, p), age_str(ctx, p), addr, facts)),
        L('Pouvez-vous évaluer et nous tenir au courant ? L\'équipe repasse souvent à cette adresse.',
          'Could you assess and keep us posted? Crews are called to this address often.'),
    ]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Paramédic - agent de liaison communautaire', 'Paramedic - community liaison'), 'spl'))
    m = Mail(ctx.lang, pick(ctx.rng, [L('Référence psychosociale', 'Psychosocial referral'), L('Situation préoccupante', 'Concerning situation'),
                                      L('Demande d\'intervention - confidentiel', 'Request for outreach - confidential')]),
             frm, [to], text, types=types, note='social referral about a named client (housing/youth protection/violence)')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 25. return transport booking
def return_transport(ctx):
    L = ctx.T
    use_nam = ctx.chance(0.5)
    p = ctx.pool.holder(ctx.rng, 45, 95, when=ctx.day) if use_nam else ctx.pool.invented(ctx.rng, 45, 92, when=ctx.day)
    me, frm = sender(ctx, pick(ctx.rng, ['hvn', 'chul']))
    addr = address(ctx.rng)
    tel = phone_fmt(ctx.rng)
    reason, role = pick(ctx.rng, [(L('hémodialyse (IRC terminale)', 'hemodialysis (end-stage renal disease)'), L('Agente de liaison, unité d\'hémodialyse', 'Unit clerk, dialysis')),
                                  (L('radiothérapie (néo du poumon)', 'radiation therapy (lung cancer)'), L('Agente administrative, radio-oncologie', 'Clerk, radiation oncology')),
                                  (L('retour post-coronarographie', 'return after coronary angiography'), L('Infirmière, salle d\'hémodynamie', 'RN, cath lab'))])
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    o2 = ctx.chance(0.5)
    if o2:
        types.add('medication')
    block = [
        L('Usager : %s (%s)' % (pname(ctx, p, pick(ctx.rng, [0, 1, 2])), age_str(ctx, p)), 'Patient: %s (%s)' % (pname(ctx, p, pick(ctx.rng, [0, 1, 2])), age_str(ctx, p))),
        L('Adresse de retour : %s' % addr, 'Return address: %s' % addr),
        L('Téléphone : %s' % tel, 'Phone: %s' % tel),
        L('Motif : %s' % reason, 'Reason: %s' % reason),
        L('Mobilité : %s' % pick(ctx.rng, ['fauteuil roulant', 'civière', 'marchette']), 'Mobility: %s' % pick(ctx.rng, ['wheelchair', 'stretcher', 'walker'])),
        L('Oxygène : 2 L/min', 'Oxygen: 2 L/min') if o2 else L('Oxygène : non', 'Oxygen: no'),
        L('Heure de sortie : %s' % time_at(ctx, -240), 'Ready at: %s' % time_at(ctx, -240)),
    ]
    if use_nam:
        block.insert(1, L('NAM : %s', pick(ctx.rng, ['RAMQ: %s', 'HCN: %s', 'NAM: %s', 'Health card: %s'])) % nam_str(ctx, p))
        types.add('ramq_nam')
    paras = [L('Demande de transport de retour (non urgent) :', 'Non-urgent return transport request:'), '\n'.join(block),
             pick(ctx.rng, [L('Le proche aidant ne sera pas à la maison avant 17 h, la porte arrière est déverrouillée.',
                              'Caregiver is not home until 5 pm; back door will be unlocked.'), ''])]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, role, 'hvn'))
    m = Mail(ctx.lang, pick(ctx.rng, [L('Transport retour %s', 'Return transport %s') % time_at(ctx, -240),
                                      L('Demande de transport non urgent', 'Non-urgent transport request')]),
             frm, [team(ctx, 'ambu', 'Répartition transports non urgents', 'Non-urgent transport desk', 'transports')], text,
             types=types, note='non-urgent return transport with address and reason')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 26. lab follow-up after transfer
def lab_followup(ctx):
    L = ctx.T
    p = ctx.pool.invented(ctx.rng, 30, 90, when=ctx.day)
    mrn = make_mrn(ctx.rng)
    me, frm = sender(ctx, 'hsc')
    res, act = pick(ctx.rng, [
        (L('hémocultures 2/2 positives à Staphylococcus aureus (SARM)', 'blood cultures 2/2 positive for MRSA'),
         L('vancomycine IV à débuter si pas déjà fait', 'start IV vancomycin if not already done')),
        (L('troponine de contrôle à 2 850 ng/L (vs 312 à l\'arrivée)', 'repeat troponin 2,850 ng/L (vs 312 on arrival)'),
         L('à transmettre à la cardiologie', 'please pass on to cardiology')),
        (L('culture d\'urine : E. coli BLSE', 'urine culture: ESBL E. coli'),
         L('ertapénem recommandé selon antibiogramme', 'ertapenem suggested per susceptibilities')),
        (L('test de grossesse sérique positif (bêta-hCG 1 840 UI/L)', 'serum pregnancy test positive (beta-hCG 1,840 IU/L)'),
         L('à considérer avant l\'imagerie', 'consider before imaging')),
    ])
    types = {'patient_name', 'mrn', 'lab_result'}
    if 'vanco' in act or 'ertap' in act:
        types.add('medication')
    paras = [
        L('Résultat reçu concernant %s (notre dossier %s), transféré%s hier soir chez vous :' % (pname(ctx, p), mrn, 'e' if p.sex == 'F' else ''),
          'Result came back after %s (our chart # %s) was transferred to you last night:' % (pname(ctx, p), mrn)),
        res[0].upper() + res[1:] + '.', act[0].upper() + act[1:] + '.',
        L('Le rapport officiel suivra par télécopieur.', 'The official report will follow by fax.'),
    ]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Infirmière, suivi des résultats', 'RN, results follow-up'), 'hsc'))
    m = Mail(ctx.lang, pick(ctx.rng, [L('Résultat critique - patient transféré', 'Critical result - transferred patient'),
                                      L('Suivi de résultat', 'Result follow-up')]),
             frm, [team(ctx, 'chul', 'Urgence CHU - AIC', 'CHU ED charge nurse', 'aic.urgence')], text, types=types,
             note='lab result on a transferred patient')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 27. medication reconciliation question
def med_reconciliation(ctx):
    L = ctx.T
    p = ctx.pool.invented(ctx.rng, 60, 95, when=ctx.day)
    me, frm = sender(ctx, 'chul')
    meds, dx = pick(ctx.rng, [(['apixaban 5 mg BID', 'métoprolol 50 mg BID', 'atorvastatine 40 mg die'], L('fibrillation auriculaire', 'atrial fibrillation')),
                              (['warfarine 3 mg die', 'digoxine 0,125 mg die', 'furosémide 40 mg die'], L('insuffisance cardiaque décompensée', 'decompensated heart failure')),
                              (['insuline glargine 22 U HS', 'metformine 1 g BID', 'ramipril 10 mg die'], L('hyperglycémie chez diabétique type 2', 'hyperglycemia, type 2 diabetes'))])
    if ctx.lang == 'en':
        meds = [x.replace('métoprolol', 'metoprolol').replace('atorvastatine', 'atorvastatin').replace('warfarine', 'warfarin')
                .replace('digoxine', 'digoxin').replace('furosémide', 'furosemide').replace('metformine', 'metformin')
                .replace('insuline', 'insulin').replace(' die', ' daily').replace('0,125', '0.125') for x in meds]
    paras = [
        L('Question pour le bilan comparatif des médicaments de %s (DDN %s), arrivé%s par ambulance en provenance de %s pour %s.' % (
            pname(ctx, p), dob_str(ctx, p), 'e' if p.sex == 'F' else '', ORGS['hsc'][0], dx),
          'Med rec question for %s (DOB %s), transferred by ambulance from %s for %s.' % (pname(ctx, p), dob_str(ctx, p), ORGS['hsc'][0], dx)),
        L('Les paramédics ont apporté les piluliers :\n- ' + '\n- '.join(meds), 'Paramedics brought the blister packs:\n- ' + '\n- '.join(meds)),
        L('Pouvez-vous confirmer l\'heure de la dernière dose de %s avant le départ ?' % meds[0].split()[0],
          'Could you confirm the time of the last %s dose before departure?' % meds[0].split()[0]),
    ]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Pharmacienne, urgence', 'ED pharmacist'), 'chul'))
    m = Mail(ctx.lang, pick(ctx.rng, [L('Bilan comparatif - question', 'Med rec question'), L('Médication patient transféré', 'Meds for transferred pt')]),
             frm, [team(ctx, 'hsc', 'Pharmacie', 'Pharmacy', 'pharmacie')], text,
             types={'patient_name', 'date_of_birth', 'medication', 'diagnosis'}, note='medication reconciliation for a transferred patient')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 28. CSV export of 811 callbacks
def csv_export(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'is811')
    rows = [[L('heure', 'time'), L('usager', 'caller'), L('telephone', 'phone'), L('motif', 'reason'), L('priorite', 'priority')]]
    reasons = [L('fièvre enfant 2 ans', 'fever, 2-year-old'), L('douleur abdominale', 'abdominal pain'), L('saignement post-partum', 'postpartum bleeding'),
               L('anxiété, idées noires', 'anxiety, dark thoughts'), L('éruption après antibiotique', 'rash after antibiotic'),
               L('vomissements, grossesse 9 sem.', 'vomiting, 9 weeks pregnant'), L('chute, anticoagulé', 'fall, on anticoagulant')]
    first = None
    for i in range(ctx.rng.randrange(6, 13)):
        reason = pick(ctx.rng, reasons)
        fem = ('partum' in reason or 'grossesse' in reason or 'pregnant' in reason)
        p = ctx.pool.invented(ctx.rng, 18, 45 if fem else 85, when=ctx.day, sex='F' if fem else None)
        first = first or p.surname
        rows.append([time_at(ctx, ctx.rng.randrange(10, 600)), '%s, %s' % (p.surname, p.given), phone_fmt(ctx.rng),
                     reason, ctx.rng.randrange(1, 5)])
    cs = pick(ctx.rng, ['utf-8', 'windows-1252'])
    csvtxt = make_csv(rows, delimiter=pick(ctx.rng, [';', ',']))
    fn = pick(ctx.rng, ['rappels_811_%s.csv', 'callbacks_%s.csv', 'export_file_attente_%s.csv']) % ctx.day.strftime('%Y-%m-%d')
    text = compose(ctx, greet(ctx), [L('Export de la file de rappels non complétés à la fin du quart, à reprendre par l\'équipe de nuit.',
                                       'Export of the callback queue not completed at end of shift, for the night team.')],
                   signature(ctx, me, L('Assistante infirmière-chef', 'Assistant head nurse'), 'is811'))
    m = Mail(ctx.lang, L('File de rappels - fin de quart', 'Callback queue - end of shift'), frm,
             [team(ctx, 'is811', 'Équipe de nuit 811', '811 night team', 'nuit')], text,
             atts=[Att(fn, 'text/csv', text=csvtxt, charset=cs)], types={'patient_name', 'patient_contact', 'diagnosis'},
             note='CSV export of 811 callback queue with names, phones and reasons')
    m.must = [first]
    return m


# ------------------------------------------------------------------ 29. teleconsultation note in DOCX
def docx_consult(ctx):
    L = ctx.T
    c, cl = case(ctx, ['stroke', 'seizure', 'stemi', 'tbi'])
    p = ctx.pool.holder(ctx.rng, *c['age'], when=ctx.day)
    me, frm = sender(ctx, 'chul')
    paras = [
        L('Patient : %s' % pname(ctx, p, 0), 'Patient: %s' % pname(ctx, p, 0)),
        L('DDN : %s   NAM : %s' % (p.dob.strftime('%Y-%m-%d'), nam_str(ctx, p)), 'DOB: %s   RAMQ: %s' % (p.dob.strftime('%Y-%m-%d'), nam_str(ctx, p))),
        '## ' + L('Histoire', 'History'), cl['cc'] + '.',
        '## ' + L('Examen (par vidéo)', 'Exam (video)'), vitals(ctx),
        '## ' + L('Résultats', 'Results'), ', '.join(cl['labs']),
        '## ' + L('Impression', 'Impression'), cl['dx'],
        '## ' + L('Recommandations', 'Recommendations'), '; '.join(cl['meds']) + L('; transfert au CHU Laurentin.', '; transfer to CHU Laurentin.'),
    ]
    d = make_docx(L('Note de téléconsultation', 'Teleconsultation note'), paras, author='%s %s' % me)
    fn = pick(ctx.rng, ['Note_teleconsult_%s.docx' % ctx.day.strftime('%Y%m%d'), 'consult_note.docx', 'Téléconsultation %s.docx' % cl['dest'].split()[0]])
    text = compose(ctx, greet(ctx), [L('Ma note de consultation à verser au dossier.', 'My consult note for the chart.')],
                   signature(ctx, me, L('Neurologue de garde', 'On-call neurologist') if c['key'] in ('stroke', 'seizure') else L('Médecin consultant', 'Consultant'), 'chul'))
    m = Mail(ctx.lang, pick(ctx.rng, [L('Note de consultation télé', 'Tele-consult note'), L('Consultation - note', 'Consult note')]), frm,
             [team(ctx, 'hsc', 'Urgence', 'Emergency', 'urgence')], text,
             atts=[Att(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=d)],
             types={'patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication', 'lab_result'},
             note='teleconsult note DOCX with NAM and clinical details')
    m.must = [p.surname]
    return m
