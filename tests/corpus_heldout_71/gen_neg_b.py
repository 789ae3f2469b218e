"""Negative templates, part B: education, rosters, calendars, vCards, inventories, forwards, ZIPs."""
import datetime

import gen_attach as A
from gen_clin import *
from gen_common import (DEPTS, ORG, ROLES, SITES, dr, fmt_date, greet, make_luhn_serial, signature,
                        staff_name)
from gen_mime import html_table, make_dt, text_table
from gen_neg_a import allstaff, team
from gen_spec import earlier, ext_addr, forward_block, quoted, spec


# 24 -----------------------------------------------------------------------
def n_patient_education(ctx, k):
    lang = 'fr' if k == 1 else 'en'
    nurse = ctx.person(roles=['nurse_ac', 'rt', 'dietitian', 'nurse_hf'])
    if lang == 'fr':
        txt = ['Vivre avec la warfarine', '',
               '- Prenez votre dose à la même heure chaque jour.',
               '- Gardez une consommation stable de légumes verts (vitamine K).',
               '- Évitez l’alcool en grande quantité et les produits naturels sans avis.',
               '- Signes de saignement : selles noires, urine rouge, ecchymoses importantes - appelez la clinique.',
               '- Votre RNI cible est habituellement entre 2,0 et 3,0.']
        body = 'Bonjour,\n\nVoici le nouveau dépliant pour les usagers, validé par le comité d’éducation. ' \
               'Merci de l’imprimer en couleur.\n\n%s' % signature(ctx, nurse, 'fr')
        subj = 'Dépliant usagers - warfarine'
        fn = 'dépliant_warfarine.pdf'
    else:
        txt = ctx.choice([['Caring for your CPAP', '', '- Wash the mask daily with mild soap.',
                           '- Replace the filter monthly and the mask every 6 months.',
                           '- Use distilled water in the humidifier.',
                           '- Call the sleep lab if you have mask leaks or dry mouth.'],
                          ['Heart failure: daily weights', '', '- Weigh yourself every morning after voiding.',
                           '- Call the HF clinic if you gain more than 2 kg in 3 days.',
                           '- Limit salt to 2 g per day and fluids as advised.',
                           '- Bring your medication list to every visit.']])
        body = 'Hi all,\n\nThe updated patient handout is attached (plain-language reviewed). Please replace the ' \
               'stock in the waiting rooms.\n\n%s' % signature(ctx, nurse)
        subj = 'Updated patient handout: %s' % txt[0]
        fn = txt[0].replace(' ', '_').replace(':', '') + '.pdf'
    atts = [A.att(fn, A.CT_PDF, data=A.make_pdf(txt[0], txt[2:], compress=ctx.chance(0.5)))]
    return spec(ctx, 'patient_education', lang, [], 'generic patient education handout', nurse,
                allstaff(ctx, ctx.choice(['ac', 'sleep', 'hf'])), subj, body, attachments=atts)


# 25 -----------------------------------------------------------------------
def n_staff_leave_fr(ctx, k):
    mgr = ctx.person('manager')
    who = ctx.person(roles=['nurse_hf', 'nurse_ac', 'sleeptech', 'pfttech'])
    repl = ctx.person(roles=['nurse_hf', 'nurse_ac', 'sleeptech', 'pfttech'])
    body = 'Bonjour à tous,\n\nJe vous informe que %s sera en congé %s à compter du %s. %s assurera le remplacement ' \
           'et les suivis de la clinique seront redistribués. Merci de votre collaboration.\n\n%s' % (
               staff_name(who, False), ctx.choice(['de maternité', 'parental', 'sans solde', 'de perfectionnement']),
               fmt_date(ctx, ctx.date(), 'fr', 'long'), staff_name(repl, False), signature(ctx, mgr, 'fr'))
    return spec(ctx, 'staff_leave', 'fr', [], 'staff leave announcement', mgr, allstaff(ctx, ctx.choice(['ac', 'sleep', 'pft'])),
                'Congé et remplacement', body)


# 26 -----------------------------------------------------------------------
def n_rehab_classes(ctx, k):
    kin = ctx.person('kin')
    rows = [['Day', 'Time', 'Class', 'Lead']]
    for d in ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']:
        s = ctx.person(roles=['kin', 'dietitian', 'nurse_hf', 'pharmacist'])
        rows.append([d, ctx.choice(['09:00', '10:30', '13:00']),
                     ctx.choice(['Circuit training', 'Heart-healthy eating', 'Understanding your heart medications',
                                 'Stress and sleep', 'Aquafit', 'Return to work after a heart attack']),
                     staff_name(s, False)])
    html = '<p>Hi team,</p><p>Here is the spring education and exercise schedule for cardiac rehab:</p>%s' \
           '<p>Room 114, Lakeshore site. Groups are capped at 14.</p><p>%s</p>' % (html_table(rows), kin['given'])
    text = 'Hi team,\n\nSpring schedule:\n\n%s\n\n%s' % (text_table(rows), kin['given'])
    return spec(ctx, 'rehab_schedule', 'en', [], 'cardiac rehab class schedule (staff leads)', kin,
                allstaff(ctx, 'rehab'), 'Rehab class schedule - spring', text, html=html)


# 27 -----------------------------------------------------------------------
def n_ics_meeting(ctx, k):
    org = ctx.person(roles=['manager', 'cardiologist'])
    att = team(ctx, 4, ['nurse_hf', 'cardiologist', 'pharmacist', 'fellow'])
    d = ctx.date()
    st = datetime.datetime(d.year, d.month, d.day, ctx.choice([7, 12, 16]), 0)
    kind = ctx.choice(['HF clinic huddle', 'Cardiology M&M', 'Sleep lab QA meeting', 'Anticoag protocol working group'])
    desc = {'Cardiology M&M': 'Case 1: 70s F, post-TAVI stroke day 2 - timing of anticoagulation. Case 2: missed '
                              'STEMI on ECG read-out, system issues. Cases are de-identified; no names in slides.',
            'HF clinic huddle': 'Agenda: no-show rates, IV iron chair availability, new GDMT titration order set.',
            'Sleep lab QA meeting': 'Inter-scorer reliability results (kappa 0.81), new AASM rule changes.',
            'Anticoag protocol working group': 'Review draft bridging protocol and INR point-of-care QC logs.'}[kind]
    ics = A.make_ics('%x@%s' % (ctx.rng.getrandbits(48), ORG['dom']), st, st + datetime.timedelta(hours=1), kind, desc,
                     'Conference room 3B / Teams', (staff_name(org, False), org['email']),
                     [(staff_name(a, False), a['email']) for a in att])
    return spec(ctx, 'staff_meeting_ics', 'en', [], 'meeting invitation, de-identified agenda', org, att, kind,
                '%s\n\n%s' % (kind, desc),
                attachments=[A.att('meeting.ics', 'text/calendar', text=ics, ctype_params=['method=REQUEST'])])


# 28 -----------------------------------------------------------------------
def n_vcard_staff(ctx, k):
    mgr = ctx.person('manager')
    new = ctx.person(roles=['respirologist', 'cardiologist', 'np'])
    site = new['site']
    vcf = A.make_vcf(new['given'], new['surname'], org=ORG['name'], title=ROLES[new['role']][0],
                     tels=[('WORK', '%s ext. %s' % (new['phone'], new['ext'])), ('FAX', '%s-555-0177' % site['area'])],
                     emails=[('WORK', new['email'])],
                     adr=('WORK', site['addr'].split(',')[0], site['city'], site['prov'], site['addr'].split(' ')[-2] + ' ' +
                          site['addr'].split(' ')[-1], 'Canada'),
                     note='Clinic days Mon/Wed; special interest: %s' % ctx.choice(
                         ['pulmonary hypertension', 'heart failure', 'sleep-disordered breathing', 'COPD']))
    body = '%s\n\nPlease welcome %s, who joins us this month. Contact card attached; clinic referrals through central ' \
           'intake as usual.\n\n%s' % (ctx.choice(['Hi everyone,', 'Hello all,']), staff_name(new), signature(ctx, mgr))
    return spec(ctx, 'vcard_staff', 'en', [], 'new physician contact card (work details)', mgr, allstaff(ctx, 'cardio'),
                'Welcome %s' % staff_name(new), body,
                attachments=[A.att('%s %s.vcf' % (new['given'], new['surname']), 'text/vcard', text=vcf)])


# 29 -----------------------------------------------------------------------
def n_xlsx_inventory(ctx, k):
    bme = ctx.person(roles=['manager', 'it'])
    rows = [['Asset tag', 'Serial', 'Device', 'Location', 'Last PM']]
    for i in range(ctx.randint(8, 15)):
        rows.append(['A%s' % make_luhn_serial(ctx.rng, 7), make_luhn_serial(ctx.rng, ctx.choice([9, 10, 11])),
                     ctx.choice(['Holter recorder', 'Spirometer', 'Body box', 'PSG amplifier', 'Treadmill', 'Defibrillator',
                                 'Pulse oximeter']),
                     ctx.choice(['Sleep lab rm 3', 'PFT lab', 'Rehab gym', 'HF clinic', 'Echo lab']),
                     ctx.date(datetime.date(2024, 1, 1), 400).isoformat()])
    xl = A.make_xlsx([('Inventory', rows)])
    body = '%s\n\nAnnual equipment inventory for cardiorespiratory services attached. Please confirm the locations ' \
           'of the highlighted devices; serials must match the label on the back of the unit.\n\n%s' % (
               greet(ctx, ctx.person('manager')), signature(ctx, bme))
    return spec(ctx, 'equipment_inventory', 'en', [], 'equipment inventory with asset tags and serials', bme,
                ctx.person('manager'), 'Equipment inventory %d' % 2025, body,
                attachments=[A.att('inventory_cardioresp.xlsx', A.CT_XLSX, data=xl)])


# 30 -----------------------------------------------------------------------
def n_csv_volumes(ctx, k):
    mgr = ctx.person('manager')
    rows = [['month', 'site', 'spirometry', 'full_pft', 'methacholine', 'psg', 'holter']]
    for m in ['2024-10', '2024-11', '2024-12', '2025-01']:
        for s in SITES:
            rows.append([m, s['key'].upper(), ctx.randint(50, 400), ctx.randint(20, 150), ctx.randint(0, 30),
                         ctx.randint(0, 120), ctx.randint(10, 200)])
    body = 'Hi,\n\nVolumes by site for the budget exercise (counts only).\n\n%s' % signature(ctx, mgr, style='short')
    return spec(ctx, 'volume_stats', 'en', [], 'CSV of monthly test volumes per site', mgr,
                ('Finance - clinical', 'finance-clinical@' + ORG['dom']), 'Volumes Q3-Q4', body,
                attachments=[A.att('volumes.csv', 'text/csv', text=A.make_csv(rows))])


# 31 -----------------------------------------------------------------------
def n_quality_aggregate(ctx, k):
    q = ctx.person('manager')
    rows = [['Unit', 'Falls', 'Med errors', 'Pressure injuries', 'Hand hygiene %']]
    for u in ['CCU', '6 West (cardiology)', '5 North (respirology)', 'Cardiac surgery step-down']:
        rows.append([u, ctx.randint(0, 9), ctx.randint(0, 12), ctx.randint(0, 4), ctx.randint(72, 97)])
    body = 'Quality & patient safety dashboard, %s\n\n%s\n\nTwo medication events involved IV heparin nomogram ' \
           'miscalculations; the working group will review. No sentinel events this period.\n\n%s' % (
               ctx.choice(['Q3', 'Q4', 'January']), text_table(rows), signature(ctx, q))
    return spec(ctx, 'quality_dashboard', 'en', [], 'aggregate quality and safety indicators', q,
                ('Nursing leadership', 'nursing-leads@' + ORG['dom']), 'Quality dashboard', body,
                body_mode=ctx.choice(['plain', 'alt']))


# 32 -----------------------------------------------------------------------
def n_sleep_roster_fr(ctx, k):
    coord = ctx.person(roles=['manager', 'sleeptech'])
    techs = team(ctx, 5, ['sleeptech', 'rt'])
    rows = [['Technologue', 'Lun', 'Mar', 'Mer', 'Jeu', 'Ven']]
    for t in techs:
        rows.append([staff_name(t, False)] + [ctx.choice(['N', 'N', '-', 'J', 'F']) for _ in range(5)])
    body = 'Bonjour,\n\nHoraire des technologues du laboratoire du sommeil pour la semaine prochaine ' \
           '(N = nuit 20 h-6 h, J = jour, F = férié).\n\n%s\n\nMerci de signaler toute absence au poste 4471.\n\n%s' % (
               text_table(rows), signature(ctx, coord, 'fr', dept='sleep'))
    return spec(ctx, 'tech_roster', 'fr', [], 'sleep technologist roster', coord, allstaff(ctx, 'sleep'),
                'Horaire labo du sommeil', body)


# 33 -----------------------------------------------------------------------
def n_accreditation(ctx, k):
    q = ctx.person('manager')
    body = '%s\n\nAccreditation surveyors will visit the week of %s. Required organizational practices to review ' \
           'with your teams:\n- Medication reconciliation at transitions\n- Two patient identifiers before any ' \
           'procedure or test\n- Anticoagulant therapy safety (standardised protocols, patient education)\n' \
           '- Falls prevention\n\nTracer interviews may happen in the PFT lab and cardiac rehab gym.\n\n%s' % (
               ctx.choice(['Dear managers,', 'Hello all,']), fmt_date(ctx, ctx.date(), style='long'), signature(ctx, q))
    return spec(ctx, 'accreditation', 'en', [], 'accreditation preparation memo', q,
                ('Managers', 'managers@' + ORG['dom']), 'Accreditation visit - ROP reminders', body)


# 34 -----------------------------------------------------------------------
def n_vendor_meeting(ctx, k):
    rep = ext_addr(ctx, 'Jordan Kellerman (CardioLink Remote)', 'jordan.kellerman', 'cardiolink.example')
    md = ctx.person(roles=['cardiologist', 'nurse_hf'])
    body = '%s\n\nThanks for your time yesterday. As discussed, the CardioLink remote-monitoring portal supports ' \
           'ICDs and CRT-Ds from all three manufacturers. Device serial numbers follow the format ABC123456S; ' \
           'alerts for AF burden, thoracic impedance and shock delivery can be routed to the HF nurse pool.\n\n' \
           'Next step: a 30-minute demo for the device clinic on %s. Pricing is per enrolled device per year.\n\n' \
           'Best,\nJordan Kellerman\nClinical Account Manager, CardioLink Remote\n438-555-0163' % (
               greet(ctx, md), fmt_date(ctx, ctx.date(), style='long'))
    return spec(ctx, 'vendor_followup', 'en', [], 'vendor follow-up about remote monitoring product', rep, md,
                'Follow-up: remote monitoring demo', body)


# 35 -----------------------------------------------------------------------
def n_foundation_newsletter_fr(ctx, k):
    fnd = ('Fondation Cœur-Poumon de l’Ouest', 'bulletin@fondation-coeurpoumon.example')
    topic = ctx.choice(['l’hypertension artérielle, le tueur silencieux', 'la fibrillation auriculaire et l’AVC',
                        'l’apnée du sommeil chez la femme', 'bien respirer avec la MPOC'])
    html = '<html><body><h1>Bulletin de la Fondation</h1><h2>Ce mois-ci : %s</h2><p>Près d’un adulte sur quatre est ' \
           'touché. Faites mesurer votre pression en pharmacie et parlez-en à votre médecin.</p><p>Marche du cœur : ' \
           'inscrivez votre équipe!</p><p><a href="https://fondation-coeurpoumon.example/desabonnement">Se désabonner</a>' \
           '</p></body></html>' % topic
    return spec(ctx, 'foundation_newsletter', 'fr', [], 'foundation newsletter (public health topic)', fnd,
                ('Abonnés', 'abonnes@fondation-coeurpoumon.example'), 'Bulletin : %s' % topic,
                'Bulletin de la Fondation - %s' % topic, html=html, body_mode='html')


# 36 -----------------------------------------------------------------------
def n_staff_return_to_work(ctx, k):
    oh = ctx.person('hr')
    mgr = ctx.person('manager')
    emp = ctx.person(roles=['rt', 'nurse_hf', 'kin', 'sleeptech'])
    body = '%s\n\nThis is to confirm that %s (employee) returns on %s after sick leave, with modified duties for four ' \
           'weeks following %s: no lifting over 10 kg, no night shifts. Medical details are kept by Occupational Health; ' \
           'please do not ask the employee about them.\n\n%s' % (
               greet(ctx, mgr), staff_name(emp, False), fmt_date(ctx, ctx.date(), style='long'),
               ctx.choice(['knee surgery', 'a back injury', 'a wrist fracture']), signature(ctx, oh, dept='hr'))
    return spec(ctx, 'return_to_work', 'en', [], 'employee return-to-work with modified duties (occupational health)',
                oh, mgr, 'Return to work - modified duties', body)


# 37 -----------------------------------------------------------------------
def n_ecg_training_fr(ctx, k):
    edu = ctx.person(roles=['nurse_hf', 'manager'])
    body = 'Bonjour,\n\nFormation « Lecture de l’ECG pour infirmières » : %s, 8 h 30 à 12 h, salle 2.14.\n' \
           'Au programme : rythmes sinusaux, FA et flutter, blocs AV, signes d’ischémie, QT long et médicaments.\n' \
           'Places limitées à 20. Inscription dans l’intranet (code FOR-ECG-%d).\n\n%s' % (
               fmt_date(ctx, ctx.date(), 'fr', 'long'), ctx.randint(100, 999), signature(ctx, edu, 'fr'))
    return spec(ctx, 'education', 'fr', [], 'ECG training session for nurses', edu,
                ('Soins infirmiers', 'soins-infirmiers@' + ORG['dom']), 'Formation ECG - inscription', body)


# 38 -----------------------------------------------------------------------
def n_heart_walk(ctx, k):
    s = ctx.person()
    body = '%s\n\nOur team "Beats & Breaths" is registered for the Heart Walk on %s. We have raised $%d so far toward ' \
           'our $5,000 goal for the pulmonary rehab equipment fund. Join us - family and pets welcome!\n\n%s' % (
               ctx.choice(['Hi everyone!', 'Hello colleagues,']), fmt_date(ctx, ctx.date(), style='long'),
               ctx.randint(800, 4200), signature(ctx, s, style='short'))
    return spec(ctx, 'fundraising', 'en', [], 'staff fundraising walk', s, ('All staff', 'all-staff@' + ORG['dom']),
                'Heart Walk 2025 - join our team!', body, body_mode=ctx.choice(['plain', 'html', 'alt']))


# 39 -----------------------------------------------------------------------
def n_lab_reference_change(ctx, k):
    lab = ('Clinical Biochemistry', 'biochem@' + ORG['dom'])
    body = 'LABORATORY NOTICE\n\nEffective %s the core lab switches to a new high-sensitivity troponin I assay.\n' \
           '- 99th percentile URL: females 16 ng/L, males 34 ng/L\n- Values < 5 ng/L reported as "<5"\n' \
           '- Delta of >= 6 ng/L at 2 h is significant\n\nNT-proBNP age-adjusted cut-offs are unchanged (450/900/1800 ng/L). ' \
           'INR reports will now include the ISI of the reagent lot.\n\nQuestions: ext. 4410.' % fmt_date(ctx, ctx.date(), style='long')
    return spec(ctx, 'lab_notice', 'en', [], 'lab assay change notice with reference ranges', lab,
                ('Medical staff', 'medstaff@' + ORG['dom']), 'New hs-troponin assay and reference ranges', body)


# 40 -----------------------------------------------------------------------
def n_ohip_billing(ctx, k):
    mgr = ctx.person('manager')
    md = ctx.person(roles=['respirologist', 'cardiologist'])
    body = '%s\n\nReminder of the OHIP Schedule of Benefits changes for the Ontario sites: level 1 PSG technical and ' \
           'professional components are billed separately; home sleep apnea testing is not insured. For RAMQ patients ' \
           'seen at Cornwall or Hawkesbury, use the interprovincial reciprocal billing form - do not put the health ' \
           'number in the email subject when you send questions to billing.\n\nTotal rejected claims last quarter: %d ' \
           '(mostly expired version codes).\n\n%s' % (greet(ctx, md), ctx.randint(12, 80), signature(ctx, mgr))
    return spec(ctx, 'billing_guidance', 'en', [], 'billing rules reminder, no patient', mgr, md,
                'OHIP / reciprocal billing reminders', body)


# 41 -----------------------------------------------------------------------
def n_phone_list_fr(ctx, k):
    clerk = ctx.person('clerk')
    rows = [['Service', 'Site', 'Téléphone', 'Télécopieur']]
    for d in ['hf', 'ac', 'rehab', 'sleep', 'pft', 'csurg']:
        s = ctx.choice(SITES)
        rows.append([DEPTS[d][1], s['name'], '%s-555-01%02d' % (s['area'], ctx.randint(0, 99)),
                     '%s-555-01%02d' % (s['area'], ctx.randint(0, 99))])
    body = 'Bonjour,\n\nVoici la liste téléphonique à jour des cliniques cardiorespiratoires. Merci de l’afficher ' \
           'au poste.\n\n%s\n\n%s' % (text_table(rows), signature(ctx, clerk, 'fr'))
    return spec(ctx, 'phone_list', 'fr', [], 'clinic phone list', clerk, ('Tous les postes', 'postes@' + ORG['dom']),
                'Liste téléphonique - cliniques', body, html=None if k % 2 else
                '<p>Bonjour,</p><p>Liste téléphonique à jour :</p>%s<p>%s</p>' % (html_table(rows), clerk['given']))


# 42 -----------------------------------------------------------------------
def n_quoted_staff_thread(ctx, k):
    a, b = ctx.person('pfttech'), ctx.person('respirologist')
    t0 = make_dt(ctx)
    orig = '%s\n\nCould we open two more methacholine challenge slots on Wednesday afternoons? The wait is now %d ' \
           'weeks. I can cover if %s stays until 17:00.\n\n%s' % (
               greet(ctx, b), ctx.randint(6, 14), staff_name(ctx.person('pfttech'), False), a['given'])
    mid = 'Fine with me, as long as the body box calibration is done first. Who approves the overtime?\n\n%s' % b['given']
    top = 'Approved for April - I will adjust the schedule.\n\n%s' % signature(ctx, ctx.person('manager'), style='short')
    subj = 'Methacholine slots'
    body = top + '\n\n' + quoted(ctx, 'en', (staff_name(b), b['email']), earlier(t0, 2),
                                 mid + '\n\n' + quoted(ctx, 'en', (staff_name(a, False), a['email']), earlier(t0, 20), orig, subj),
                                 subj)
    return spec(ctx, 'staff_thread', 'en', [], 'reply chain about lab scheduling, staff only', ctx.person('manager'),
                [a, b], 'RE: RE: ' + subj, body, reply=True)


# 43 -----------------------------------------------------------------------
def n_eml_policy_fwd(ctx, k):
    dirn = ctx.person('manager')
    fwdr = ctx.person(roles=['nurse_ac', 'pharmacist', 'manager'])
    policy = 'Policy ANT-014 (revised)\n\nPerioperative management of anticoagulants.\n\n' \
             '1. Warfarin: stop 5 days before; bridge only mechanical mitral valves or recent VTE (< 3 months).\n' \
             '2. Apixaban/rivaroxaban: hold 2 days (high bleeding risk) or 1 day (low).\n' \
             '3. Dabigatran: adjust to creatinine clearance.\n4. Resume 24-72 h after haemostasis.\n\n' \
             'Approved by the Medical Advisory Committee.'
    inner = spec(ctx, 'inner', 'en', [], '', dirn, ('Clinical staff', 'clinical@' + ORG['dom']),
                 'Revised policy ANT-014 - perioperative anticoagulation', policy)
    body = '%s\n\nForwarding the revised policy below for our clinic binder. Please read and sign the attestation.\n\n%s' % (
        ctx.choice(['Hi team,', 'Hello,']), signature(ctx, fwdr))
    return spec(ctx, 'policy_forward', 'en', [], 'policy memo forwarded as attached message', fwdr,
                allstaff(ctx, 'ac'), 'Fw: Revised policy ANT-014', body,
                attachments=[A.att('Revised policy ANT-014.eml', 'message/rfc822', msg=inner)])


# 44 -----------------------------------------------------------------------
def n_zip_templates(ctx, k):
    mgr = ctx.person('manager')
    d1 = A.make_docx('Cardiac Rehab Intake Template', ['Participant name: ____________', 'Health card no.: ____________',
                                                       'Referral diagnosis: [ ] MI [ ] CABG [ ] HF [ ] valve',
                                                       'Resting HR ____  BP ____/____', '6MWT distance ____ m'])
    x1 = A.make_xlsx([('Exercise log', [['Week', 'Session', 'Mode', 'Duration (min)', 'RPE', 'HR peak']] +
                       [[w, s, '', '', '', ''] for w in range(1, 4) for s in (1, 2)])])
    z = A.make_zip([('templates/intake_template.docx', d1), ('templates/exercise_log.xlsx', x1),
                    ('templates/README.txt', 'Blank templates - do not save patient data in this folder.\n')])
    body = '%s\n\nThe blank intake and exercise-log templates for the new cohort are zipped here.\n\n%s' % (
        ctx.choice(['Hi all,', 'Team,']), signature(ctx, mgr, dept='rehab'))
    return spec(ctx, 'blank_templates_zip', 'en', [], 'ZIP of blank templates', mgr, allstaff(ctx, 'rehab'),
                'Rehab templates (blank)', body, attachments=[A.att('rehab_templates.zip', A.CT_ZIP, data=z)])


# 45 -----------------------------------------------------------------------
def n_guideline_pdf(ctx, k):
    lang = 'fr' if k == 2 else 'en'
    md = ctx.person(roles=['cardiologist', 'pharmacist', 'nurse_hf'])
    if lang == 'fr':
        lines = ['Algorithme de titration - IC à FE réduite', '',
                 '1. Débuter simultanément ARNI, bêtabloquant, ARM et iSGLT2 si TA et K+ le permettent.',
                 '2. Titrer aux 2 semaines : sacubitril/valsartan 24/26 -> 49/51 -> 97/103 mg BID.',
                 '3. Bisoprolol 1,25 -> 2,5 -> 5 -> 10 mg DIE selon FC et TA.',
                 '4. Vérifier créatinine et K+ 1-2 semaines après chaque changement.']
        body = 'Bonjour,\n\nVoici l’aide-mémoire (sans données patients) pour la clinique.\n\n%s' % signature(ctx, md, 'fr')
        subj = 'Aide-mémoire titration IC'
        fn = 'algorithme_titration_IC.pdf'
    else:
        lines = ['GDMT titration algorithm - HFrEF', '',
                 '1. Start ARNI, beta-blocker, MRA and SGLT2i early if BP and potassium allow.',
                 '2. Titrate every 2 weeks: sacubitril/valsartan 24/26 -> 49/51 -> 97/103 mg BID.',
                 '3. Bisoprolol 1.25 -> 2.5 -> 5 -> 10 mg daily as HR/BP allow.',
                 '4. Check creatinine and K+ 1-2 weeks after each change; accept creatinine rise < 30%.']
        body = 'Hi,\n\nPocket card for the clinic attached (guideline summary, no patient data).\n\n%s' % signature(ctx, md)
        subj = 'GDMT pocket card'
        fn = 'GDMT_pocket_card.pdf'
    return spec(ctx, 'guideline_summary', lang, [], 'guideline summary PDF with doses, no patient', md,
                allstaff(ctx, 'hf'), subj, body,
                attachments=[A.att(fn, A.CT_PDF, data=A.make_pdf(lines[0], lines[2:], compress=ctx.chance(0.5)))])


TEMPLATES = [n_patient_education, n_staff_leave_fr, n_rehab_classes, n_ics_meeting, n_vcard_staff,
             n_xlsx_inventory, n_csv_volumes, n_quality_aggregate, n_sleep_roster_fr, n_accreditation,
             n_vendor_meeting, n_foundation_newsletter_fr, n_staff_return_to_work, n_ecg_training_fr,
             n_heart_walk, n_lab_reference_change, n_ohip_billing, n_phone_list_fr, n_quoted_staff_thread,
             n_eml_policy_fwd, n_zip_templates, n_guideline_pdf]
