"""Positive templates, part C: spreadsheets, CSV/ZIP exports, calendar invitations,
vCards, file-name leaks, DOCX summaries, attached .eml, foreign and federal
identifiers, research and teaching leaks, school certificates, appointment mail."""
import datetime

from gen_common import (EXT_ORGS, HOSP, HOSP_ADDR, HOSP_DOMAIN, age_text, closing, dec, dept_name,
                        dr, e_, fmt_date, fmt_mrn, fmt_nam, fmt_niss, fmt_nir, fmt_ohip, fmt_sin, gen_niss,
                        gen_ohip, gen_sin, greet, pron, signature)
from gen_files import (att_csv, att_docx, att_eml, att_ics, att_pdf, att_vcf, att_xlsx, att_zip, make_csv,
                       make_docx, make_ics, make_pdf, make_vcf, make_xlsx, make_zip)
from gen_mime import Mail
from gen_pos_a import born, dept_pair, ext_pair, mk, mrn_style, nam_style, nm, staff_pair
from gen_text import DX, LAB, MED, L, earlier, fw_, pick, re_


def _mix_kids(ctx, n, y0, y1, n_hold, pool=None):
    kids = []
    for i in range(n):
        kids.append(ctx.kid(y0, y1, holder=i < n_hold, holder_pool=pool))
    ctx.rng.shuffle(kids)
    return kids


def p_clinic_roster_xlsx(ctx, lang):
    d = ctx.msg_date()
    dept = ctx.choice(['endo', 'neuro', 'gi', 'dev'])
    clerk = ctx.staff(dept, 'sec', 'F')
    fr = lang == 'fr'
    n_hold = ctx.randint(0, 2)
    kids = _mix_kids(ctx, ctx.randint(8, 13), 2008, 2022, n_hold)
    day = ctx.future(d, 1, 4)
    key = {'dev': 'tsa'}.get(dept, dept)
    hdr = (['Heure', 'Nom', 'Prénom', 'DDN', 'No dossier', 'NAM', 'Motif', 'Médecin'] if fr else
           ['Time', 'Last name', 'First name', 'DOB', 'MRN', 'Health card', 'Reason', 'Physician'])
    mds = [ctx.staff(dept, dept if dept != 'dev' else 'dev') for _ in range(2)]
    rows = [hdr]
    date_cells = ctx.chance(0.5)
    for i, k in enumerate(kids):
        reason = L(ctx.choice(DX[key]), lang) if ctx.chance(0.7) else ('Suivi' if fr else 'Follow-up')
        rows.append([f'{8 + i // 2:02d}:{"00" if i % 2 == 0 else "30"}', k.surname, k.given,
                     k.dob if date_cells else fmt_date(k.dob, lang, 0), k.mrn, k.nam or '', reason,
                     dr(ctx.choice(mds), lang)])
    types = {'patient_name', 'date_of_birth', 'mrn', 'diagnosis'}
    if n_hold:
        types.add('ramq_nam')
    sheets = [('Liste' if fr else 'List', rows)]
    if ctx.chance(0.4):
        sheets.append(('Notes', [['Note'], ['Salle 3 fermée' if fr else 'Room 3 closed'], ['Interprète 10 h' if fr else 'Interpreter 10 am']]))
    fn = ctx.choice([f'Clinique_{dept}_{day.isoformat()}.xlsx', f'liste_{day:%d%m}.xlsx',
                     (f'Horaire clinique {dept_name(dept, lang)} {day:%d-%m}.xlsx' if fr else f'Clinic list {day:%b %d}.xlsx')])
    if fr:
        subj = ctx.choice([f'Liste de clinique – {fmt_date(day, "fr", 2)}', 'Clinique de demain', 'Horaire clinique (mis à jour)'])
        text = (f"{greet(ctx, 'fr')}\n\nVoici la liste pour la clinique du {fmt_date(day, 'fr', 2)}. "
                f"{ctx.choice(['Deux ajouts en après-midi.', 'Les dossiers papier sont sur le chariot.', 'Attention, une annulation à 9 h.'])}\n\n"
                f"{closing(ctx, 'fr')}\n{clerk.given}")
    else:
        subj = ctx.choice([f'Clinic list – {fmt_date(day, "en", 1)}', "Tomorrow's clinic", 'Clinic schedule (updated)'])
        text = (f"{greet(ctx, 'en')}\n\nHere is the list for the {fmt_date(day, 'en', 1)} clinic. "
                f"{ctx.choice(['Two add-ons in the afternoon.', 'Paper charts are on the cart.', 'Note one cancellation at 9.'])}\n\n"
                f"{closing(ctx, 'en')}\n{clerk.given}")
    return mk(ctx, lang, 'clinic_roster_xlsx', 'clinic roster spreadsheet (names, DOB, chart, NAM, reason); clean body',
              staff_pair(clerk), [dept_pair(dept, lang)], subj, text, types,
              atts=[att_xlsx(fn, make_xlsx(sheets))], date=d)


def p_waitlist_csv(ctx, lang):
    d = ctx.msg_date()
    coord = ctx.staff('tsa', 'coord', 'F')
    mgr = ctx.staff('tsa', 'mgr')
    fr = lang == 'fr'
    n_hold = ctx.randint(1, 3)
    kids = _mix_kids(ctx, ctx.randint(10, 16), 2018, 2023, n_hold,
                     pool=[h for h in ctx.kid_holders if h.dob.year >= 2010])
    hdr = (['No dossier', 'Nom', 'Prénom', 'Date naissance', 'NAM', 'Date référence', 'Motif', 'Priorité', 'Notes'] if fr else
           ['MRN', 'Last name', 'First name', 'Birth date', 'RAMQ', 'Referral date', 'Reason', 'Priority', 'Notes'])
    rows = [hdr]
    social = False
    for k in kids:
        note = ''
        if ctx.chance(0.2):
            note = ctx.choice(['DPJ impliquée', 'famille en hébergement d\'urgence', 'parent sous curatelle'] if fr else
                              ['DYP involved', 'family in emergency shelter', 'parent under guardianship'])
            social = True
        rows.append([k.mrn, k.surname, k.given, fmt_date(k.dob, lang, 0), k.nam or '',
                     fmt_date(earlier(ctx, d, 500, 9000).date(), lang, 0), L(ctx.choice(DX['dev'] + DX['tsa']), lang),
                     ctx.choice(['P1', 'P2', 'P3', 'P3']), note])
    types = {'patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'ramq_nam'}
    if social:
        types.add('social_information')
    delim = ';' if fr and ctx.chance(0.7) else ','
    enc = ctx.choice(['utf-8', 'cp1252']) if fr else 'utf-8'
    csv_te = make_csv(rows, delimiter=delim, encoding=enc, bom=(enc == 'utf-8' and ctx.chance(0.4)))
    csv_name = f'liste_attente_TSA_{d:%Y%m%d}.csv' if fr else f'ASD_waitlist_{d:%Y%m%d}.csv'
    if ctx.chance(0.5):
        data = csv_te[0].encode(csv_te[1])
        att = att_zip(ctx.choice(['export.zip', csv_name.replace('.csv', '.zip')]), make_zip([(csv_name, data)]))
    else:
        att = att_csv(csv_name, csv_te)
    if fr:
        subj = ctx.choice(['Extraction liste d\'attente', 'Liste d\'attente TSA – pour le comité', 'export liste'])
        text = (f"{greet(ctx, 'fr', mgr.given)}\n\nComme demandé, l'extraction de la liste d'attente en date d'aujourd'hui. "
                f"{len(kids)} enfants en attente de plus de 12 mois.\n\n{closing(ctx, 'fr')}\n\n{signature(ctx, coord, 'fr')}")
    else:
        subj = ctx.choice(['Waitlist export', 'ASD waitlist – for the committee', 'list export'])
        text = (f"{greet(ctx, 'en', mgr.given)}\n\nAs requested, the waitlist export as of today. "
                f"{len(kids)} children waiting over 12 months.\n\n{closing(ctx, 'en')}\n\n{signature(ctx, coord, 'en')}")
    return mk(ctx, lang, 'waitlist_export', 'waitlist CSV (sometimes zipped) with names, DOB, NAM, reasons',
              staff_pair(coord), [staff_pair(mgr)], subj, text, types, atts=[att], date=d)


def p_ics_appt(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2012, 2021, holder=ctx.chance(0.3))
    fr = lang == 'fr'
    sec = ctx.staff('neuro', 'sec', 'F')
    tech = ctx.staff('neuro', 'tech')
    when = datetime.datetime.combine(ctx.future(d, 3, 30), datetime.time(ctx.randint(7, 14), ctx.choice([0, 30])))
    kind = ctx.choice([('EEG privation de sommeil', 'Sleep-deprived EEG', 'épilepsie-absences', 'absence epilepsy'),
                       ('IRM cérébrale sous sédation', 'Brain MRI under sedation', 'épilepsie focale', 'focal epilepsy'),
                       ('Test de stimulation GH', 'GH stimulation test', 'petite taille, déficit en GH suspecté', 'short stature, suspected GH deficiency'),
                       ('Gastroscopie + biopsies', 'Upper endoscopy + biopsies', 'maladie cœliaque probable', 'probable coeliac disease')])
    to_parent = ctx.chance(0.4)
    summ = f"{kind[0] if fr else kind[1]} – {k.surname.upper()} {k.given}" if ctx.chance(0.6) else f"{kind[0] if fr else kind[1]} ({k.given} {k.surname})"
    desc = (f"Dossier {k.mrn}\nIndication : {kind[2]}\n" if fr else f"MRN {k.mrn}\nIndication: {kind[3]}\n")
    types = {'patient_name', 'diagnosis', 'mrn'}
    if k.nam:
        types.add('ramq_nam')
        desc += f"NAM {k.nam}\n"
    if ctx.chance(0.4):
        types.add('date_of_birth')
        desc += (f"DDN {fmt_date(k.dob, 'fr', 0)}\n" if fr else f"DOB {fmt_date(k.dob, 'en', 0)}\n")
    desc += ("Garder l'enfant éveillé après minuit. Arriver 30 min avant." if fr else "Keep the child awake after midnight. Arrive 30 min early.")
    att_to = [(k.guardian.full, k.guardian.email)] if to_parent else [(tech.full, tech.email)]
    ics = make_ics(f'{ctx.randint(10**8, 10**9)}@{HOSP_DOMAIN}', when, when + datetime.timedelta(minutes=90),
                   summ, desc, 'HESA – Neurophysiologie, local 3.214' if fr else 'HESA – Neurophysiology, room 3.214',
                   organizer=(sec.full, sec.email), attendees=att_to,
                   stamp=d.astimezone(datetime.timezone.utc).replace(tzinfo=None))
    if fr:
        subj = ctx.choice([f'Invitation : {summ}', f'Rendez-vous : {kind[0]}', 'Rendez-vous confirmé'])
        text = ("Bonjour,\n\nVoici la confirmation du rendez-vous. Merci d'accepter l'invitation.\n\n" + sec.given)
    else:
        subj = ctx.choice([f'Invitation: {summ}', f'Appointment: {kind[1]}', 'Appointment confirmed'])
        text = ("Hello,\n\nPlease find the appointment confirmation. Kindly accept the invitation.\n\n" + sec.given)
    return mk(ctx, lang, 'ics_appointment', 'calendar invitation naming the child, indication and chart in ICS',
              staff_pair(sec), att_to, subj, text, types,
              atts=[att_ics(ctx.choice(['invite.ics', 'rendez-vous.ics' if fr else 'appointment.ics']), ics)], date=d)


def p_vcard_parent(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2016, 2022)
    par = k.guardian
    coord = ctx.staff(ctx.choice(['tsa', 'dev', 'home']), 'coord', 'F')
    fr = lang == 'fr'
    dxl = L(ctx.choice(DX['tsa'] + DX['dev']), lang)
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    note = (f"{'Mère' if par.sex == 'F' else 'Père'} de {k.given} {k.surname} – {dxl}. Préfère les textos. "
            if fr else f"{'Mother' if par.sex == 'F' else 'Father'} of {k.given} {k.surname} – {dxl}. Prefers texts. ")
    if ctx.chance(0.4):
        note += ("Garde partagée, ne pas contacter l'autre parent." if fr else "Shared custody, do not contact the other parent.")
        types.add('social_information')
    bday = None
    if ctx.chance(0.3):
        types.add('date_of_birth')
        note += (f" Enfant né{e_(k, 'fr')} le {fmt_date(k.dob, 'fr', 0)}." if fr else f" Child born {fmt_date(k.dob, 'en', 0)}.")
    vcf = make_vcf(par.given, par.surname, phones=[('CELL', k.phone)], emails=[par.email],
                   adr=(k.street, k.city, k.postal), note=note, bday=bday)
    if fr:
        subj = ctx.choice(['Coordonnées du parent', f'Contact – famille {k.surname}', 'Nouvelle adresse famille'])
        text = (f"{greet(ctx, 'fr')}\n\nVoici la fiche contact à jour, merci de mettre le dossier à jour. "
                f"La famille a déménagé le mois dernier.\n\n{closing(ctx, 'fr')}\n{coord.given}")
    else:
        subj = ctx.choice(['Parent contact details', f'Contact – {k.surname} family', 'Family new address'])
        text = (f"{greet(ctx, 'en')}\n\nHere is the updated contact card, please update the chart. "
                f"The family moved last month.\n\n{closing(ctx, 'en')}\n{coord.given}")
    return mk(ctx, lang, 'vcard_parent', "parent's vCard with home address and a note naming the child and diagnosis",
              staff_pair(coord), [dept_pair(coord.dept, lang)], subj, text, types,
              atts=[att_vcf(f'{par.given} {par.surname}.vcf', vcf)], date=d)


def p_filename_leak(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2010, 2022)
    fr = lang == 'fr'
    who = ctx.staff(ctx.choice(['neuro', 'gi', 'tsa', 'endo']), 'sec', 'F')
    types = {'patient_name', 'diagnosis'}
    v = ctx.cycle('filename_variant', [0, 1, 2, 3, 4])
    if v == 0:
        fn = f'{k.surname}_{k.given}_EEG_epilepsie_absences.pdf' if fr else f'{k.surname}_{k.given}_EEG_absence_epilepsy.pdf'
    elif v == 1:
        fn = (f'Rapport TSA - {k.given} {k.surname} ({k.dob.isoformat()}).pdf' if fr else f'ASD report - {k.given} {k.surname} ({k.dob.isoformat()}).pdf')
        types.add('date_of_birth')
    elif v == 2:
        fn = f'{k.surname.upper()} {k.given} – résultat tTG positif.pdf' if fr else f'{k.surname.upper()} {k.given} – positive tTG result.pdf'
        types.add('lab_result')
    elif v == 3:
        fn = f'{k.given.lower()}.{k.surname.lower()}_diabete_type1_plan_ecole.docx' if fr else f'{k.given.lower()}.{k.surname.lower()}_T1D_school_plan.docx'
    else:
        fn = f'{k.mrn}_{k.surname}_Crohn_coloscopie.pdf'
        types.add('mrn')
    if fn.endswith('.pdf'):
        data = make_pdf('Document numérisé' if fr else 'Scanned document',
                        [f"{'Numérisé le' if fr else 'Scanned on'} {d:%Y-%m-%d %H:%M} – WorkCentre 7845 – {ctx.randint(1, 6)} page(s)"],
                        header=HOSP[lang], compress=ctx.chance(0.5))
        att = att_pdf(fn, data)
    else:
        att = att_docx(fn, make_docx('Plan d\'intervention' if fr else 'School plan', ['(voir version signée)' if fr else '(see signed copy)']))
    if fr:
        subj = ctx.choice(['Document demandé', 'Pièce jointe', 'Numérisation', 'TR: document'])
        text = ctx.choice(['Bonjour,\n\nCi-joint le document demandé.\n\nMerci', f"Voici.\n\n{who.given}", 'Bonjour, voir pièce jointe. Bonne journée'])
    else:
        subj = ctx.choice(['Requested document', 'Attachment', 'Scan', 'FW: document'])
        text = ctx.choice(['Hi,\n\nAttached as requested.\n\nThanks', f"Here you go.\n\n{who.given}", 'Hello, see attachment. Have a good day'])
    return mk(ctx, lang, 'filename_leak', 'identity and diagnosis only in the attachment file name',
              staff_pair(who), [(ctx.staff('x').full, f'archives@{HOSP_DOMAIN}')], subj, text, types, atts=[att], date=d)


def p_discharge_docx(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2008, 2021, holder=ctx.chance(0.45))
    fr = lang == 'fr'
    dept = ctx.choice(['gi', 'neuro', 'endo'])
    md = ctx.staff(dept, dept)
    gp = ctx.staff('gmf', 'md')
    adm = earlier(ctx, d, 120, 400).date()
    dis = earlier(ctx, d, 12, 60).date()
    dxl = L(ctx.choice(DX[dept]), lang)
    medl = L(ctx.choice(MED[dept]), lang)
    labl = L(ctx.choice(LAB[dept]), lang)
    rows = [['Nom' if fr else 'Name', f'{k.surname.upper()}, {k.given}'],
            ['Date de naissance' if fr else 'Date of birth', fmt_date(k.dob, lang, 0)],
            ['No de dossier' if fr else 'Chart no.', k.mrn],
            ['Admission', fmt_date(adm, lang, 0)], ['Congé' if fr else 'Discharge', fmt_date(dis, lang, 0)]]
    types = {'patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication', 'lab_result'}
    if k.nam:
        rows.insert(2, ['NAM', fmt_nam(k.nam, 0)])
        types.add('ramq_nam')
    blocks = [('table', rows), ('h', 'Diagnostic principal' if fr else 'Principal diagnosis'), dxl,
              ('h', 'Évolution' if fr else 'Hospital course'),
              (f"Admis{e_(k, 'fr')} pour exacerbation. {labl}. Amélioration clinique après ajustement du traitement." if fr else
               f"Admitted for an exacerbation. {labl}. Clinical improvement after treatment adjustment."),
              ('h', 'Médication au congé' if fr else 'Discharge medication'), medl,
              ('h', 'Suivi' if fr else 'Follow-up'),
              (f"Clinique externe dans 4 semaines avec {dr(md, 'fr')}." if fr else f"Outpatient clinic in 4 weeks with {dr(md, 'en')}.")]
    doc = make_docx('Résumé de départ' if fr else 'Discharge summary', blocks, header_text=HOSP[lang])
    fn = ctx.choice(['Resume_depart.docx' if fr else 'Discharge_summary.docx', f'RD_{k.mrn}.docx', f'congé {k.surname}.docx' if fr else f'discharge {k.surname}.docx'])
    if fr:
        subj = ctx.choice(['Résumé de départ', 'Congé – résumé pour suivi', 'Votre patient – congé HESA'])
        text = f"{greet(ctx, 'fr', dr(gp, 'fr'))}\n\nCi-joint le résumé de départ de votre patient{e_(k, 'fr')} pour le suivi en première ligne.\n\n{closing(ctx, 'fr')}\n\n{signature(ctx, md, 'fr')}"
    else:
        subj = ctx.choice(['Discharge summary', 'Discharge – summary for follow-up', 'Your patient – HESA discharge'])
        text = f"{greet(ctx, 'en', dr(gp, 'en'))}\n\nAttached is the discharge summary for primary care follow-up.\n\n{closing(ctx, 'en')}\n\n{signature(ctx, md, 'en')}"
    return mk(ctx, lang, 'discharge_docx', 'discharge summary in DOCX (identity, diagnosis, meds, labs)',
              staff_pair(md), [ext_pair(gp, 'gmf3rives.example')], subj, text, types, atts=[att_docx(fn, doc)], date=d)


def p_attached_eml(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2011, 2021, holder=ctx.chance(0.35))
    par = k.guardian
    fr = lang == 'fr'
    dept = ctx.choice(['dev', 'neuro', 'gi'])
    nurse = ctx.staff(dept, 'nurse', 'F')
    md = ctx.staff(dept, dept)
    t0 = earlier(ctx, d, 2, 40)
    types = {'patient_name', 'diagnosis'}
    extra = ''
    if k.nam and ctx.chance(0.8):
        types.add('ramq_nam')
        extra = (f"\nSon numéro d'assurance maladie : {fmt_nam(k.nam, nam_style(ctx))}" if fr else f"\nHealth card number: {fmt_nam(k.nam, nam_style(ctx))}")
    sit = ''
    if ctx.chance(0.5):
        types.add('social_information')
        sit = (" Depuis la séparation, l'autre parent refuse de donner les médicaments pendant ses fins de semaine de garde, et on vit chez ma mère en attendant un logement."
               if fr else " Since the separation the other parent won't give the meds on their weekends, and we're staying at my mother's until we find an apartment.")
    med = ''
    if ctx.chance(0.6):
        types.add('medication')
        med = L(ctx.choice(MED['neuro' if dept == 'neuro' else 'gi']), lang)
        med = (f" {pron(k, 'fr')[0].capitalize()} prend {med}." if fr else f" {pron(k, 'en')[0].capitalize()} takes {med}.")
    dxl = L(ctx.choice(DX['tsa' if dept == 'dev' else dept]), lang)
    if fr:
        isub = ctx.choice([f'{k.given} – inquiétudes', 'Besoin d\'aide svp', f'Suivi de {k.given} {k.surname}'])
        itext = (f"Bonjour,\n\nJe vous écris pour {k.given} {k.surname}, suivi{e_(k, 'fr')} pour {dxl}.{med} "
                 f"Ça ne va pas bien à l'école, l'enseignante parle de {pron(k, 'fr')[1]} retirer de la classe.{sit}{extra}\n\nMerci de me répondre,\n{par.full}")
        outer = f"{greet(ctx, 'fr', dr(md, 'fr'))}\n\nJe te transfère le courriel {'de la mère' if par.sex == 'F' else 'du père'} reçu ce matin (en pièce jointe). On en parle à la réunion?\n\n{nurse.given}"
        subj = fw_(lang, isub, ctx)
    else:
        isub = ctx.choice([f'{k.given} – concerns', 'Need help please', f'Follow-up for {k.given} {k.surname}'])
        itext = (f"Hello,\n\nI'm writing about {k.given} {k.surname}, followed for {dxl}.{med} "
                 f"School is going badly, the teacher is talking about removing {pron(k, 'en')[1]} from class.{sit}{extra}\n\nPlease reply,\n{par.full}")
        outer = f"{greet(ctx, 'en', dr(md, 'en'))}\n\nForwarding the parent's e-mail from this morning (attached). Shall we discuss at the meeting?\n\n{nurse.given}"
        subj = fw_(lang, isub, ctx)
    inner = Mail(subject=isub, sender=(par.full, par.email), to=[dept_pair(dept, lang)],
                 text=itext, date=t0, lang=lang)
    return mk(ctx, lang, 'attached_eml', "parent's message forwarded as an attached .eml (message/rfc822)",
              staff_pair(nurse), [staff_pair(md)], subj, outer, types,
              atts=[att_eml(ctx.choice([f'{isub}.eml', 'message.eml', 'courriel parent.eml' if fr else 'parent email.eml']), inner)], date=d)


def p_belgian_niss(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2012, 2020)
    niss = gen_niss(ctx, k.dob, k.sex)
    org, dom = EXT_ORGS['be']
    gi = ctx.staff('gi', 'gi')
    fr = lang == 'fr'
    types = {'be_niss', 'patient_name', 'date_of_birth', 'diagnosis', 'lab_result', 'medication'}
    ns = fmt_niss(niss, ctx.randint(0, 3))
    docr = ctx.staff('be').surname
    if fr:
        subj = ctx.choice([f'Transfert de dossier – {k.given} {k.surname.upper()}', 'Relais mucoviscidose – famille qui émigre au Québec'])
        text = (f"Chère Consœur, cher Confrère,\n\nNous suivons depuis la naissance {k.given} {k.surname.upper()}, né{e_(k, 'fr')} le {fmt_date(k.dob, 'fr', 1)}, "
                f"numéro de registre national {ns}, pour une mucoviscidose (F508del homozygote) avec insuffisance pancréatique.\n"
                f"Test de la sueur : chlorures {ctx.randint(85, 110)} mmol/L. Élastase fécale < 15 µg/g.\n"
                f"Traitement : Creon 10 000, 3 gélules par repas; vitamines ADEK; elexacaftor/tezacaftor/ivacaftor depuis 2024.\n"
                f"La famille s'installe à Laval en {ctx.choice(['juillet', 'août', 'septembre'])}. Le dossier complet vous parviendra par la poste.\n\n"
                f"Avec nos salutations confraternelles,\nDr {docr}\nCentre de référence mucoviscidose\n{org}\nTél. +32 2 555 01 {ctx.randint(10, 99)}")
    else:
        subj = ctx.choice([f'Transfer of care – {k.given} {k.surname.upper()}', 'CF handover – family emigrating to Quebec'])
        text = (f"Dear colleague,\n\nWe have followed {k.given} {k.surname.upper()}, born {fmt_date(k.dob, 'en', 1)}, "
                f"Belgian national number {ns}, since birth for cystic fibrosis (F508del homozygous) with pancreatic insufficiency.\n"
                f"Sweat chloride {ctx.randint(85, 110)} mmol/L. Faecal elastase < 15 µg/g.\n"
                f"Treatment: Creon 10,000, 3 capsules per meal; ADEK vitamins; elexacaftor/tezacaftor/ivacaftor since 2024.\n"
                f"The family moves to Laval in {ctx.choice(['July', 'August', 'September'])}. The full file will follow by post.\n\n"
                f"Kind regards,\nDr {docr}\nCF reference centre\n{org}\nTel. +32 2 555 01 {ctx.randint(10, 99)}")
    return mk(ctx, lang, 'belgian_transfer_niss', 'Belgian hospital transfers a CF child; Belgian national number',
              (f'Dr {docr}', f'mucoviscidose@{dom}'), [staff_pair(gi)], subj, text, types, date=d)


def p_ontario_ohip(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2011, 2021)
    k.city, k.postal = ctx.choice([('Ottawa', 'K1S 5B6'), ('Orléans', 'K1C 2R8'), ('Hawkesbury', 'K6A 1A1'), ('Cornwall', 'K6H 3N7')])
    k.phone = ctx.phone('613')
    n, vc = gen_ohip(ctx)
    org, dom = EXT_ORGS['ont']
    neuro = ctx.staff(ctx.choice(['neuro', 'dev']), 'neuro')
    ref = ctx.staff('ont', 'md')
    fr = lang == 'fr'
    types = {'ca_health_number', 'patient_name', 'date_of_birth', 'diagnosis', 'patient_contact'}
    hn = fmt_ohip(n, vc, ctx.randint(0, 3))
    dxl = L(ctx.choice(DX['neuro'] + DX['dev']), lang)
    addr = f"{k.street.split(', ')[0]} {ctx.choice(['Bank St', 'Montreal Rd', 'Main St', 'Rideau St'])}, {k.city}, ON {k.postal}"
    if fr:
        subj = ctx.choice(['Référence interprovinciale – neurologie', f'Référence – {k.given} {k.surname}'])
        text = (f"Bonjour,\n\nNous référons {k.given} {k.surname} ({born(k, 'fr', fmt_date(k.dob, 'fr', 0))}), carte santé de l'Ontario {hn}, "
                f"pour une deuxième opinion : {dxl}. La famille préfère un suivi en français.\n"
                f"Adresse : {addr}. Tél. : {k.phone}.\n"
                f"Le formulaire d'entente interprovinciale est joint au dossier papier.\n\n{closing(ctx, 'fr')}\n{dr(ref, 'fr')}\n{org}")
    else:
        subj = ctx.choice(['Interprovincial referral – neurology', f'Referral – {k.given} {k.surname}'])
        text = (f"Hello,\n\nWe are referring {k.given} {k.surname} ({born(k, 'en', fmt_date(k.dob, 'en', 0))}), Ontario health card {hn}, "
                f"for a second opinion: {dxl}. The family would prefer follow-up in French.\n"
                f"Address: {addr}. Phone: {k.phone}.\n"
                f"The reciprocal billing form is in the paper chart.\n\n{closing(ctx, 'en')}\n{dr(ref, 'en')}\n{org}")
    return mk(ctx, lang, 'ontario_referral_ohip', 'Ontario referral with Ontario health number, address and diagnosis',
              (dr(ref, 'en'), f'referrals@{dom}'), [staff_pair(neuro)], subj, text, types, date=d)


def p_sin_support(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2014, 2022)
    par = k.guardian
    sin = gen_sin(ctx)
    sw = ctx.staff('sw', 'sw', 'F')
    fr = lang == 'fr'
    types = {'ca_sin', 'patient_name', 'diagnosis', 'social_information', 'date_of_birth'}
    dxl = L(ctx.choice(DX['tsa'] + DX['neuro'][2:3] + DX['gi'][4:5]), lang)
    s = fmt_sin(sin, ctx.randint(0, 4))
    in_pdf = ctx.chance(0.5)
    body_lines_fr = [f"Enfant : {k.given} {k.surname}, {born(k, 'fr', fmt_date(k.dob, 'fr', 0))}",
                     f"Parent demandeur : {par.full}, NAS {s}",
                     f"Diagnostic : {dxl}",
                     "Revenu familial : prestations d'aide sociale depuis la perte d'emploi du parent; loyer en retard de 2 mois."]
    body_lines_en = [f"Child: {k.given} {k.surname}, {born(k, 'en', fmt_date(k.dob, 'en', 0))}",
                     f"Applicant parent: {par.full}, SIN {s}",
                     f"Diagnosis: {dxl}",
                     "Family income: social assistance since the parent lost their job; rent 2 months overdue."]
    lines = body_lines_fr if fr else body_lines_en
    atts = []
    if in_pdf:
        atts = [att_pdf('Demande_SEHNSE.pdf' if fr else 'Supplement_application.pdf',
                        make_pdf('Supplément pour enfant handicapé – attestation' if fr else 'Disabled-child supplement – attestation',
                                 lines, header=HOSP[lang] + ' – ' + dept_name('sw', lang), compress=ctx.chance(0.5)))]
        inner = ''
    else:
        inner = '\n'.join(lines) + '\n\n'
    if fr:
        subj = ctx.choice(['Demande de supplément – dossier famille', 'Attestation pour Retraite Québec', 'Aide financière – formulaire'])
        text = (f"{greet(ctx, 'fr')}\n\n{'Voici les renseignements pour la demande :' if inner else 'Ci-joint la demande complétée avec la famille.'}\n\n{inner}"
                f"{'La mère' if par.sex == 'F' else 'Le père'} a signé l'autorisation de communication. {closing(ctx, 'fr')}\n\n{signature(ctx, sw, 'fr')}")
    else:
        subj = ctx.choice(['Supplement application – family file', 'Attestation for the benefits office', 'Financial aid form'])
        text = (f"{greet(ctx, 'en')}\n\n{'Here is the information for the application:' if inner else 'Attached is the application completed with the family.'}\n\n{inner}"
                f"The parent signed the release. {closing(ctx, 'en')}\n\n{signature(ctx, sw, 'en')}")
    return mk(ctx, lang, 'income_support_sin', "income-support application: parent's SIN, child's diagnosis, family finances",
              staff_pair(sw), [('Programme de soutien aux familles', 'soutien.familles@gouv-programmes.example')], subj, text, types,
              atts=atts, date=d)


def p_research_list_leak(ctx, lang):
    d = ctx.msg_date()
    coord = ctx.staff('res', 'coord', 'F')
    pi = ctx.staff('res', 'neuro')
    fr = lang == 'fr'
    kids = [ctx.kid(2013, 2020, holder=(i == 0 and ctx.chance(0.4)),
                    holder_pool=[h for h in ctx.kid_holders if h.dob.year >= 2008]) for i in range(ctx.randint(5, 9))]
    study = ctx.choice(['TDAH-SOMMEIL', 'EPI-KIDS', 'NEURO-PREM', 'GUT-ASD'])
    lines = []
    types = {'patient_name', 'date_of_birth', 'diagnosis'}
    for i, k in enumerate(kids):
        extra = f' ({k.nam})' if k.nam else ''
        if k.nam:
            types.add('ramq_nam')
        lines.append(f"{study}-{i + 101:03d}\t{k.given} {k.surname}{extra}\t{fmt_date(k.dob, lang, 0)}\t{L(ctx.choice(DX['neuro'] + DX['tsa']), lang)}")
    if fr:
        subj = ctx.choice([f'{study} – participants recrutés', 'Table de correspondance', 'Liste de recrutement'])
        text = (f"{greet(ctx, 'fr', pi.given)}\n\nVoici la table de correspondance des participants recrutés à ce jour (code, nom, DDN, diagnostic) :\n\n"
                + '\n'.join(lines) + f"\n\nJe mets à jour le fichier maître ce soir.\n\n{coord.given}")
    else:
        subj = ctx.choice([f'{study} – enrolled participants', 'Key file', 'Recruitment list'])
        text = (f"{greet(ctx, 'en', pi.given)}\n\nHere is the key linking study codes to participants enrolled so far (code, name, DOB, diagnosis):\n\n"
                + '\n'.join(lines) + f"\n\nI'll update the master file tonight.\n\n{coord.given}")
    return mk(ctx, lang, 'research_key_leak', 'research coordinator sends the re-identification key (names, DOB, diagnosis)',
              staff_pair(coord), [staff_pair(pi)], subj, text, types, date=d)


def p_teaching_case_leak(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2010, 2021)
    res = ctx.staff('teach', 'res')
    fr = lang == 'fr'
    dept = ctx.choice(['neuro', 'gi', 'endo'])
    types = {'patient_name', 'mrn', 'diagnosis', 'lab_result'}
    dxl = L(ctx.choice(DX[dept]), lang)
    labl = L(ctx.choice(LAB[dept]), lang)
    if fr:
        subj = ctx.choice(['Présentation de cas – tournée de jeudi', 'Cas clinique pour la réunion scientifique', 'diapos cas'])
        text = (f"Bonjour à tous,\n\nVoici le résumé du cas que je présenterai jeudi à la tournée :\n\n"
                f"{k.given} {k.surname} (dossier {fmt_mrn(k.mrn, mrn_style(ctx))}), {age_text(k.dob, d.date(), 'fr')}, consulte pour "
                f"{ctx.choice(['perte de poids et douleurs abdominales', 'épisodes de perte de contact', 'polyurie-polydipsie', 'retard de croissance'])}.\n"
                f"Bilan : {labl}.\nDiagnostic final : {dxl}.\n\nQuestions pour la discussion : délai diagnostique, rôle du pédiatre de première ligne.\n\n{res.given}, R2")
    else:
        subj = ctx.choice(["Case presentation – Thursday rounds", 'Clinical case for academic half-day', 'case slides'])
        text = (f"Hi all,\n\nHere is the summary of the case I'll present at Thursday rounds:\n\n"
                f"{k.given} {k.surname} (MRN {fmt_mrn(k.mrn, mrn_style(ctx))}), {age_text(k.dob, d.date(), 'en')}, presenting with "
                f"{ctx.choice(['weight loss and abdominal pain', 'episodes of unresponsiveness', 'polyuria and polydipsia', 'poor growth'])}.\n"
                f"Work-up: {labl}.\nFinal diagnosis: {dxl}.\n\nDiscussion points: diagnostic delay, role of the primary care paediatrician.\n\n{res.given}, PGY2")
    return mk(ctx, lang, 'teaching_case_not_anonymised', 'teaching-rounds case that was not anonymised (name and chart)',
              staff_pair(res), [('Enseignement pédiatrie', f'enseignement@{HOSP_DOMAIN}')], subj, text, types, date=d)


def p_school_certificate(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2010, 2018, holder=ctx.chance(0.3))
    dept = ctx.choice(['gi', 'endo', 'neuro'])
    md = ctx.staff(dept, dept)
    fr = lang == 'fr'
    types = {'patient_name', 'date_of_birth', 'diagnosis'}
    acc = {'gi': (("maladie de Crohn", "accès libre aux toilettes et possibilité de sortir de classe sans justification"),
                  ("Crohn's disease", "free access to washrooms and leaving class without explanation")),
           'endo': (("diabète de type 1", "collations et glycémies en classe, accès au cellulaire pour la pompe à insuline"),
                    ("type 1 diabetes", "snacks and glucose checks in class, phone access for the insulin pump")),
           'neuro': (("épilepsie", "pas de natation sans surveillance individuelle, temps supplémentaire aux examens"),
                     ("epilepsy", "no swimming without one-to-one supervision, extra time for exams"))}[dept]
    a = acc[0 if fr else 1]
    lines = [(f"Je soussigné{e_(md, 'fr')}, {dr(md, 'fr')}, atteste que {k.given} {k.surname}, "
              f"{born(k, 'fr', fmt_date(k.dob, 'fr', 2))}, est suivi{e_(k, 'fr')} à notre clinique pour {a[0]}." if fr else
              f"I, {dr(md, 'en')}, certify that {k.given} {k.surname}, born {fmt_date(k.dob, 'en', 2)}, is followed at our clinic for {a[0]}."),
             (f"Mesures requises : {a[1]}." if fr else f"Required accommodations: {a[1]}."),
             '', f"{dr(md, lang)} – {fmt_date(d.date(), lang, 2)}"]
    if k.nam:
        types.add('ramq_nam')
        lines.insert(1, f"NAM : {fmt_nam(k.nam, 0)}")
    pdf = make_pdf('Attestation médicale' if fr else 'Medical certificate', lines, header=HOSP[lang] + ' – ' + dept_name(dept, lang),
                   footer=HOSP_ADDR[lang], compress=ctx.chance(0.5))
    par = k.guardian
    if fr:
        subj = ctx.choice(['Billet médical pour l\'école', 'Attestation demandée', f'Attestation – {k.given}'])
        text = f"Bonjour {'Madame' if par.sex == 'F' else 'Monsieur'},\n\nTel que demandé, voici l'attestation pour l'école. Vous pouvez l'imprimer ou la transférer à la direction.\n\n{closing(ctx, 'fr')}\n\n{signature(ctx, md, 'fr')}"
    else:
        subj = ctx.choice(['Medical note for school', 'Requested certificate', f'Certificate – {k.given}'])
        text = f"Hello {par.given},\n\nAs requested, here is the certificate for the school. You can print it or forward it to the principal.\n\n{closing(ctx, 'en')}\n\n{signature(ctx, md, 'en')}"
    return mk(ctx, lang, 'school_certificate', 'medical certificate PDF for school with diagnosis and accommodations',
              staff_pair(md), [(par.full, par.email)], subj, text, types,
              atts=[att_pdf(ctx.choice(['attestation.pdf', f'Attestation_{k.surname}.pdf', 'billet_ecole.pdf' if fr else 'school_note.pdf']), pdf)], date=d)


def p_appt_confirm_parent(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2010, 2020, holder=ctx.chance(0.3))
    par = k.guardian
    fr = lang == 'fr'
    sec = ctx.staff('endo', 'sec', 'F')
    when = ctx.future(d, 5, 40)
    types = {'patient_name', 'mrn', 'diagnosis'}
    test = ctx.choice([('test de stimulation de l\'hormone de croissance (petite taille)', 'growth hormone stimulation test (short stature)'),
                       ('hyperglycémie provoquée par voie orale (prédiabète)', 'oral glucose tolerance test (prediabetes)'),
                       ('test LHRH (puberté précoce)', 'GnRH stimulation test (precocious puberty)')])
    mrn = fmt_mrn(k.mrn, mrn_style(ctx))
    idl = ''
    if k.nam and ctx.chance(0.7):
        types.add('ramq_nam')
        idl = (f"\nApportez la carte d'assurance maladie ({fmt_nam(k.nam, nam_style(ctx))})." if fr else
               f"\nBring the health card ({fmt_nam(k.nam, nam_style(ctx))}).")
    if fr:
        subj = ctx.choice([f'Confirmation de rendez-vous – {k.given} {k.surname}', 'Rendez-vous endocrinologie', f'RV du {fmt_date(when, "fr", 1)}'])
        text = (f"Bonjour {'Madame' if par.sex == 'F' else 'Monsieur'} {par.surname},\n\n"
                f"Nous confirmons le rendez-vous de {k.given} (dossier {mrn}) le {fmt_date(when, 'fr', 2)} à 7 h 45, "
                f"à l'unité de jour d'endocrinologie (4e étage, bloc C), pour un {test[0]}.\n"
                f"{k.given} doit être à jeun depuis minuit (eau permise). Prévoyez la matinée complète.{idl}\n\n"
                f"Pour annuler : 514-555-01{ctx.randint(10, 99)}.\n\n{closing(ctx, 'fr')}\n{sec.full}\n{dept_name('endo', 'fr')}")
    else:
        subj = ctx.choice([f'Appointment confirmation – {k.given} {k.surname}', 'Endocrinology appointment', f'Appt {fmt_date(when, "en", 0)}'])
        text = (f"Dear {'Ms.' if par.sex == 'F' else 'Mr.'} {par.surname},\n\n"
                f"We confirm {k.given}'s appointment (MRN {mrn}) on {fmt_date(when, 'en', 1)} at 7:45 am "
                f"at the endocrine day unit (4th floor, block C) for a {test[1]}.\n"
                f"{k.given} must fast from midnight (water allowed). Plan for the whole morning.{idl}\n\n"
                f"To cancel: 514-555-01{ctx.randint(10, 99)}.\n\n{closing(ctx, 'en')}\n{sec.full}\n{dept_name('endo', 'en')}")
    return mk(ctx, lang, 'appointment_confirmation', 'appointment confirmation to parent with chart number and test indication',
              staff_pair(sec), [(par.full, par.email)], subj, text, types, date=d)


TEMPLATES = [
    (p_clinic_roster_xlsx, 4), (p_waitlist_csv, 3), (p_ics_appt, 3), (p_vcard_parent, 3), (p_filename_leak, 4),
    (p_discharge_docx, 3), (p_attached_eml, 4), (p_belgian_niss, 3), (p_ontario_ohip, 3), (p_sin_support, 3),
    (p_research_list_leak, 2), (p_teaching_case_leak, 3), (p_school_certificate, 3), (p_appt_confirm_parent, 3),
]
