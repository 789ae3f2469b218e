"""Positive templates, part A: referrals, consultation letters, infusion
scheduling (calendar, rosters, exports), handovers, day-hospital summaries,
wait lists and clinic-day tables."""
import datetime
import html as H

import gen_clin as C
import gen_files as F
import gen_people as P
from gen_core import Att, Mail
from gen_tpl import cap, de, dob, join, la_patiente, nam, ne, patiente, pname, pron, letterhead

HIST_FR = {
    'pr': ['arthralgies inflammatoires des MCP et IPP bilatérales depuis {n} mois, raideur matinale de plus d\'une heure',
           'synovites aux poignets et aux MTP, réponse partielle au méthotrexate'],
    'lupus': ['photosensibilité, ulcères buccaux et arthralgies; protéinurie nouvelle au dernier bilan',
              'fatigue importante, rash malaire et alopécie depuis {n} mois'],
    'goutte': ['{n} crises dans la dernière année malgré l\'allopurinol, tophus au coude gauche',
               'crise aiguë du genou droit, liquide articulaire avec cristaux d\'urate'],
    'osteo': ['fracture du poignet après une chute de sa hauteur, DMO récente très basse',
              'tassement vertébral L1 découvert fortuitement, perte de taille de 4 cm'],
    'spa': ['lombalgie inflammatoire depuis {n} ans, réveils nocturnes, uvéite antérieure l\'an dernier',
            'dactylite du 3e orteil et psoriasis du cuir chevelu'],
    'vasc': ['céphalées temporales, claudication de la mâchoire, VS élevée',
             'sinusite croûteuse récidivante, hématurie microscopique'],
    'other': ['sécheresse oculaire et buccale invalidante, parotidite',
              'faiblesse proximale progressive depuis {n} mois, éruption héliotrope'],
}
HIST_EN = {
    'pr': ['inflammatory pain in MCPs and PIPs bilaterally for {n} months, morning stiffness over an hour',
           'wrist and MTP synovitis, partial response to methotrexate'],
    'lupus': ['photosensitivity, oral ulcers and arthralgia; new proteinuria on last work-up',
              'marked fatigue, malar rash and hair loss for {n} months'],
    'goutte': ['{n} flares in the past year despite allopurinol, tophus on the left elbow',
               'acute right knee flare, urate crystals on aspiration'],
    'osteo': ['wrist fracture after a fall from standing height, recent BMD very low',
              'incidental L1 compression fracture, 4 cm height loss'],
    'spa': ['inflammatory back pain for {n} years, night waking, anterior uveitis last year',
            'dactylitis of the 3rd toe and scalp psoriasis'],
    'vasc': ['temporal headaches, jaw claudication, high ESR',
             'recurrent crusting sinusitis, microscopic haematuria'],
    'other': ['disabling dry eyes and mouth, parotitis',
              'progressive proximal weakness for {n} months, heliotrope rash'],
}


def hist(r, case, lang):
    src = HIST_FR if lang == 'fr' else HIST_EN
    return r.choice(src[case['cond']]).replace('{n}', str(r.randint(2, 9)))


# ------------------------------------------------------------------ 1 referral
def referral(ctx, lang):
    r = ctx.r
    p = ctx.nam_patient(child=False)
    case = C.pick_case(r, p=p)
    gp = r.choice(['gp_vaillancourt', 'gp_boisvert'])
    g, s, t, org, dom, tel = P.EXTERNAL[gp]
    sender = ctx.ext(gp)
    to = [('Centrale de rendez-vous CRPR' if lang == 'fr' else 'CRPR Intake', 'rendezvous@' + P.CLINIC['domain'])]
    types = {'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'lab_result', 'medication'}
    name = pname(r, p, lang)
    with_phone = r.random() < .5
    if lang == 'fr':
        subject = r.choice([f'Demande de consultation en rhumatologie – {name}', f'Référence rhumato {p.surname.upper()} {p.given}',
                            'Nouvelle demande de consultation (priorité B)', f'Consultation rhumatologie: {nam(r, p)}'])
        prio = r.choice(['B (30 jours)', 'C (3 mois)', 'A si possible', 'B'])
        body = join(ctx.hello('fr'),
                    f'Je vous adresse {name} ({ne(p)} le {dob(r, p, "fr")}, NAM {nam(r, p)}) pour évaluation, suspicion '
                    f'{de(case["dx_fr"])}.',
                    f'Histoire : {hist(r, case, "fr")}.\nBilan du {P.fr_date(ctx.past())} : {C.lab_str(case, "fr")}.\n'
                    f'Médication actuelle : {case["med_fr"]}.',
                    f'Priorité demandée : {prio}.' + (f'\n{pron(p, "fr", "Subj")} est joignable au {p.phone}.' if with_phone else ''),
                    ctx.bye('fr') + f'\n\n{t} {g} {s}\n{org}\nTél. {tel}')
    else:
        subject = r.choice([f'Rheumatology referral - {name}', f'Referral: {p.surname}, {p.given}', 'New referral (urgent)'])
        body = join(ctx.hello('en'),
                    f'I am referring {name} (DOB {dob(r, p, "en")}, RAMQ {nam(r, p)}) for assessment of suspected '
                    f'{case["dx_en"]}.',
                    f'History: {hist(r, case, "en")}.\nLabs ({P.en_date(ctx.past())}): {C.lab_str(case, "en")}.\n'
                    f'Current meds: {case["med_en"]}.',
                    (f'Best number to reach {pron(p, "en", "obj")}: {p.phone}.' if with_phone else ''),
                    ctx.bye('en') + f'\n\n{t} {g} {s}\n{org}\n{tel}')
    if with_phone:
        types.add('patient_contact')
    atts = []
    if r.random() < .4:
        lines = ['# ' + ('Demande de consultation – rhumatologie' if lang == 'fr' else 'Consultation request – rheumatology'),
                 f'{"Nom" if lang == "fr" else "Name"} : {p.surname.upper()}, {p.given}',
                 f'NAM : {p.nam}', f'{"Date de naissance" if lang == "fr" else "Date of birth"} : {p.dob.isoformat()}',
                 f'{"Sexe" if lang == "fr" else "Sex"} : {p.sex}',
                 f'{"Raison" if lang == "fr" else "Reason"} : {case["dx_fr"] if lang == "fr" else case["dx_en"]}',
                 f'{"Référent" if lang == "fr" else "Referring MD"} : {t} {g} {s}, {org}']
        fname = r.choice(['demande_consultation.pdf', f'Demande_{p.surname}.pdf', 'scan0042.pdf'])
        atts.append(Att(fname, 'pdf', F.make_pdf(lines, header=[org, f'Tél. {tel}'])))
    return Mail('referral', lang, sender, to, subject, body, types=types, atts=atts,
                note='GP referral with NAM, DOB, suspected diagnosis, labs')


# ------------------------------------------------------------------ 2 consultation letter (PDF only)
def consult_letter(ctx, lang):
    r = ctx.r
    use_nam = r.random() < .5
    p = ctx.nam_patient(child=False) if use_nam else ctx.qc_patient()
    case = C.pick_case(r, p=p)
    doc = r.choice(['bergeron', 'lavoie', 'haddad', 'obrien', 'cote'])
    gp = r.choice(['gp_vaillancourt', 'gp_boisvert'])
    g, s, t, org, dom, tel = P.EXTERNAL[gp]
    seen = ctx.past(3, 20)
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result', 'ramq_nam' if use_nam else 'mrn'}
    sv = C.score_val(r, case['score'])
    if lang == 'fr':
        lines = [f'Trois-Rivières, le {P.fr_date(ctx.today)}', '', f'{t} {g} {s}', org, '',
                 f'Objet : {p.title("fr")} {p.given} {p.surname.upper()} – DDN {p.dob.isoformat()} – '
                 + (f'NAM {p.nam}' if use_nam else f'dossier {p.mrn}'), '',
                 f'Chère consœur, cher confrère,' if r.random() < .5 else f'{t} {s},', '',
                 f'J\'ai vu votre {patiente(p)} le {P.fr_date(seen)} pour {hist(r, case, "fr")}.',
                 f'Bilan : {C.lab_str(case, "fr")}.' + (f' {case["score"]} à {C.num_fr(sv)}.' if sv else ''),
                 '# Impression', f'{cap(case["dx_fr"])}.',
                 '# Plan',
                 f'- Poursuivre {case["med_fr"]}.',
                 f'- Débuter {case["inf_drug"]} {case["inf_dose_fr"]} à l\'unité de perfusion après dépistage '
                 f'(QuantiFERON, sérologies hépatite B, radiographie pulmonaire).',
                 f'- Revoir dans {r.choice([6, 8, 12])} semaines avec bilan.', '',
                 'Merci de votre confiance.', '', P.staff_name(doc, 'fr') + ', rhumatologue']
        subject = r.choice(['Note de consultation', f'Consultation du {seen.isoformat()}', 'Rapport de consultation – rhumatologie',
                            'Votre demande de consultation'])
        body = join(ctx.hello('fr', f'{t} {s}'), f'Veuillez trouver ci-joint la note de consultation de votre {patiente(p)} '
                    f'vu{"e" if p.sex == "F" else ""} le {P.fr_date(seen)}.', ctx.bye('fr'), ctx.sig('charbonneau', 'fr'))
        fname = r.choice([f'Note_consultation_{seen.isoformat()}.pdf', f'consult_{seen.strftime("%Y%m%d")}.pdf', 'Lettre.pdf'])
    else:
        lines = [P.en_date(ctx.today), '', f'{t} {g} {s}', org, '',
                 f'RE: {p.given} {p.surname} - DOB {p.dob.isoformat()} - ' + (f'RAMQ {p.nam}' if use_nam else f'Chart {p.mrn}'), '',
                 f'Dear {t} {s},', '',
                 f'Thank you for asking me to see this pleasant {"woman" if p.sex == "F" else "man"}, seen on {P.en_date(seen)} '
                 f'for {hist(r, case, "en")}.',
                 f'Investigations: {C.lab_str(case, "en")}.' + (f' {case["score"]} {sv}.' if sv else ''),
                 '# Impression', f'{cap(case["dx_en"])}.', '# Plan',
                 f'- Continue {case["med_en"]}.',
                 f'- Start {C.drug_en(case["inf_drug"])} {case["inf_dose_en"]} in our infusion unit once screening is back '
                 f'(QuantiFERON, hepatitis B serology, chest X-ray).',
                 f'- Follow-up in {r.choice([6, 8, 12])} weeks with blood work.', '',
                 'Sincerely,', '', P.staff_name(doc, 'en') + ', Rheumatology']
        subject = r.choice(['Consultation note', f'Consult letter {seen.isoformat()}', 'Rheumatology consult report'])
        body = join(ctx.hello('en', f'{t} {s}'), f'Please find attached the consultation note for your patient seen on '
                    f'{P.en_date(seen)}.', ctx.bye('en'), ctx.sig('charbonneau', 'en'))
        fname = r.choice([f'Consult_{seen.isoformat()}.pdf', 'consult_letter.pdf'])
    pdf = F.make_pdf(lines, header=letterhead(lang), author=P.staff_name(doc, lang, False))
    return Mail('consult_letter', lang, ctx.staff('charbonneau', lang), [ctx.ext(gp)], subject, body, types=types,
                atts=[Att(fname, 'pdf', pdf) if r.random() < .75 else Att('documents.zip', 'zip', F.make_zip([(fname, pdf)]))],
                note='cover note; consultation letter in PDF identifies the patient')


# ------------------------------------------------------------------ 3 infusion booking (ICS)
def infusion_ics(ctx, lang):
    r = ctx.r
    p = ctx.qc_patient()
    case = C.pick_case(r, r.choice(['pr', 'lupus', 'spa', 'vasc', 'osteo']), p=p)
    d = ctx.future(3, 30)
    h = r.choice([8, 9, 10, 12, 13])
    start = datetime.datetime(d.year, d.month, d.day, h, r.choice([0, 30]))
    end = start + datetime.timedelta(hours=r.choice([1, 2, 3, 4]))
    drug = case['inf_drug'] if lang == 'fr' else C.drug_en(case['inf_drug'])
    kg = r.randint(52, 108)
    to_patient = r.random() < .45
    types = {'patient_name', 'medication'}
    if to_patient:
        if lang == 'fr':
            summary = f'Perfusion – {drug} ({P.CLINIC["short"]})'
            desc = (f'{p.title("fr")} {p.given} {p.surname}, votre perfusion {de(drug)} est confirmée. Présentez-vous 15 '
                    f'minutes à l\'avance à l\'unité de perfusion, 3e étage. Apportez la liste de vos médicaments.')
            body = join(f'Bonjour {p.title("fr")} {p.surname},',
                        f'Voici la confirmation de votre rendez-vous de perfusion ({drug}) le {P.fr_date(d, True)} à '
                        f'{start.strftime("%H h %M").replace(" 00", "")}. Prévoyez environ {int((end - start).seconds / 3600)} heure(s).',
                        'Si vous avez de la fièvre ou une infection en cours, appelez-nous avant de vous présenter.',
                        ctx.sig('marchand', 'fr'))
            subject = 'Confirmation de votre rendez-vous de perfusion'
        else:
            summary = f'Infusion - {drug} ({P.CLINIC["short"]})'
            desc = (f'{p.title("en")} {p.surname}, your {drug} infusion is confirmed. Please arrive 15 minutes early '
                    f'at the infusion unit, 3rd floor.')
            body = join(f'Dear {p.title("en")} {p.surname},',
                        f'This confirms your {drug} infusion on {P.en_date(d, True)} at {start.strftime("%I:%M %p").lstrip("0")}.',
                        'If you have a fever or an active infection, please call us before coming in.', ctx.sig('marchand', 'en'))
            subject = 'Your infusion appointment'
        to = [(p.full, p.email)]
        note = 'appointment confirmation to the patient with ICS (name + infusion drug)'
    else:
        types.add('mrn')
        if lang == 'fr':
            summary = f'PERF {p.surname.upper()} {p.given[0]}. – {drug}'
            desc = (f'Dossier {p.mrn}. Poids {kg} kg. Dose {case["inf_dose_fr"]}. '
                    + r.choice(['Prémédication : acétaminophène 650 mg, cétirizine 10 mg.', 'Réaction légère à la dernière perfusion, débit lent.',
                                '1re dose – surveillance 1 h post.']))
            body = join(ctx.hello('fr'), r.choice(['Ajouté à l\'horaire des chaises.', 'Voici le rendez-vous, chaise à confirmer.',
                                                   'Je vous envoie l\'invitation pour la perfusion.']), ctx.sig('marchand', 'fr'))
            subject = f'Invitation : {summary}'
        else:
            summary = f'INF {p.surname.upper()} {p.given[0]}. - {drug}'
            desc = f'Chart {p.mrn}. Weight {kg} kg. Dose {case["inf_dose_en"]}. First dose - observe 1 h after.'
            body = join(ctx.hello('en'), 'Booked in the chair schedule, see invite.', ctx.sig('marchand', 'en'))
            subject = f'Invitation: {summary}'
        to = [ctx.staff('dube', lang), ctx.staff(r.choice(['hebert', 'lemieux', 'proulx']), lang)]
        note = 'internal chair booking invitation naming the patient, chart number and drug'
    ics = F.make_ics(f'{ctx.idx}-{d.isoformat()}@{P.CLINIC["domain"]}', start, end, summary, desc,
                     'Unité de perfusion, 3e étage' if lang == 'fr' else 'Infusion unit, 3rd floor',
                     organizer=ctx.staff('marchand', lang), attendees=to)
    return Mail('infusion_booking', lang, ctx.staff('marchand', lang), to, subject, body, types=types,
                atts=[Att('invite.ics', 'ics', ics)], note=note)


# ------------------------------------------------------------------ 4 roster XLSX
def roster_xlsx(ctx, lang):
    r = ctx.r
    d = ctx.future(1, 3)
    rows = [['Chaise', 'Heure', 'Patient', 'Dossier', 'Médicament', 'Dose', 'Poids (kg)', 'Remarques']
            if lang == 'fr' else ['Chair', 'Time', 'Patient', 'MRN', 'Drug', 'Dose', 'Weight (kg)', 'Notes']]
    with_dx = r.random() < .5
    if with_dx:
        rows[0].insert(5, 'Dx')
    notes_fr = ['', '', '1re dose', 'réaction légère dernière fois – débit lent', 'vérifier ANC avant', 'accompagnée par sa fille',
                'transport adapté 15 h', 'QuantiFERON négatif reçu']
    notes_en = ['', '', 'first dose', 'mild reaction last time - slow rate', 'check ANC first', 'needs interpreter (Punjabi)']
    for i in range(r.randint(6, 11)):
        p = ctx.qc_patient()
        case = C.pick_case(r, r.choice(['pr', 'pr', 'lupus', 'spa', 'vasc', 'osteo', 'other']), p=p)
        drug = case['inf_drug'] if lang == 'fr' else C.drug_en(case['inf_drug'])
        kg = r.randint(48, 115)
        row = [0, f'{r.choice([8, 9, 10, 11, 12, 13, 14])}:{r.choice(["00", "30"])}',
               pname(r, p, lang, r.choice(['caps_first', 'sur_comma', 'full'])), p.mrn, drug,
               case['inf_dose_fr'] if lang == 'fr' else case['inf_dose_en'], kg,
               r.choice(notes_fr if lang == 'fr' else notes_en)]
        if with_dx:
            row.insert(5, case['dx_fr'] if lang == 'fr' else case['dx_en'])
        rows.append(row)
    body_rows = sorted(rows[1:], key=lambda row: [int(x) for x in row[1].split(':')])
    for n, row in enumerate(body_rows):
        row[0] = n % 8 + 1
    rows = rows[:1] + body_rows
    types = {'patient_name', 'mrn', 'medication'} | ({'diagnosis'} if with_dx else set())
    fname = (f'Horaire_perfusion_{d.isoformat()}.xlsx' if lang == 'fr' else f'Infusion_schedule_{d.isoformat()}.xlsx')
    data = F.make_xlsx([(d.isoformat(), rows)], author=P.staff_name('dube', lang, False))
    if lang == 'fr':
        subject = r.choice([f'Horaire perfusions {P.fr_date(d, True)}', 'Liste de demain', f'Perfusions – {d.isoformat()}'])
        body = join(ctx.hello('fr', 'l\'équipe'), r.choice(['Voici l\'horaire des chaises pour demain.', 'Liste ci-jointe, '
                    'quelques changements en après-midi.', 'Horaire final, merci de vérifier les doses avec la pharmacie.']),
                    ctx.bye('fr'), ctx.sig('dube', 'fr'))
    else:
        subject = f'Infusion schedule {d.isoformat()}'
        body = join(ctx.hello('en', 'team'), 'Attached is tomorrow\'s chair schedule.', ctx.bye('en'), ctx.sig('dube', 'en'))
    to = [ctx.staff(k, lang) for k in ['hebert', 'lemieux', 'proulx']] + [ctx.staff('menard', lang)]
    return Mail('infusion_roster', lang, ctx.staff('dube', lang), to, subject, body, types=types,
                atts=[Att(fname, 'xlsx', data)], note='XLSX chair roster: names, chart numbers, drugs')


# ------------------------------------------------------------------ 5 roster CSV (sometimes zipped)
def roster_csv(ctx, lang):
    r = ctx.r
    d = ctx.future(1, 5)
    hdr = (['date_rdv', 'heure', 'nom', 'prenom', 'ddn', 'no_dossier', 'medicament', 'dose_mg', 'chaise']
           if lang == 'fr' else ['appt_date', 'time', 'last_name', 'first_name', 'dob', 'mrn', 'drug', 'dose_mg', 'chair'])
    rows = [hdr]
    for i in range(r.randint(5, 14)):
        p = ctx.qc_patient()
        case = C.pick_case(r, r.choice(['pr', 'lupus', 'spa', 'vasc', 'osteo', 'goutte']), p=p)
        drug = case['inf_drug'].split(' (')[0]
        rows.append([d.isoformat(), f'{r.randint(8, 14)}:{r.choice(["00", "15", "30", "45"])}', p.surname, p.given,
                     p.dob.isoformat(), p.mrn, drug if lang == 'fr' else C.drug_en(drug), r.choice([400, 500, 600, 750, 1000, 5, 60, 8]),
                     r.randint(1, 8)])
    sep = ';' if lang == 'fr' else ','
    csv = F.csv_text(rows, sep)
    fname = f'export_perfusions_{d.strftime("%Y%m%d")}.csv' if lang == 'fr' else f'infusion_export_{d.strftime("%Y%m%d")}.csv'
    zipped = r.random() < .4
    if zipped:
        att = Att(fname.replace('.csv', '.zip'), 'zip', F.make_zip([(fname, csv.encode('cp1252' if lang == 'fr' else 'utf-8'))]))
    else:
        att = Att(fname, 'csv', csv, charset='windows-1252' if lang == 'fr' else 'utf-8')
    types = {'patient_name', 'date_of_birth', 'mrn', 'medication'}
    if lang == 'fr':
        subject = r.choice(['Export agenda perfusion', f'Export {d.isoformat()}', 'TR: export du système de rendez-vous'])
        body = join(ctx.hello('fr', 'Karine'), 'Comme demandé, l\'export des rendez-vous de perfusion pour la préparation des '
                    'doses' + (' (zippé, le fichier était bloqué).' if zipped else '.'), ctx.bye('fr'), ctx.sig('marchand', 'fr'))
        to = [ctx.staff('vezina', 'fr')]
    else:
        subject = 'Infusion booking export'
        body = join(ctx.hello('en', 'Marc-André'), 'Export for dose preparation attached.', ctx.sig('marchand', 'en'))
        to = [ctx.staff('menard', 'en')]
    return Mail('infusion_export', lang, ctx.staff('marchand', lang), to, subject, body, types=types, atts=[att],
                note='CSV export of infusion bookings (names, DOB, MRN, drug)' + (' inside ZIP' if zipped else ''))


# ------------------------------------------------------------------ 6 handover
def handover(ctx, lang):
    r = ctx.r
    items = []
    types = {'patient_name', 'medication'}
    author = r.choice(['hebert', 'lemieux', 'proulx'] if lang == 'fr' else ['hebert', 'proulx'])
    used = set()
    n_items = r.randint(3, 6) if lang == 'fr' else r.randint(3, 4)

    def pick(opts):
        k = r.choice([j for j in range(len(opts)) if j not in used] or list(range(len(opts))))
        used.add(k)
        return opts[k]

    for i in range(n_items):
        p = ctx.qc_patient()
        case = C.pick_case(r, r.choice(['pr', 'lupus', 'spa', 'vasc', 'osteo', 'goutte', 'other']), p=p)
        drug = case['inf_drug'].split(' (')[0]
        nm = pname(r, p, lang, r.choice(['title_sur', 'title_full', 'sur_first', 'full']))
        show_mrn = r.random() < .4
        if show_mrn:
            types.add('mrn')
        if lang == 'fr':
            ev = pick([
                f'réaction légère (prurit, rougeur au visage) à {r.randint(20, 60)} min → arrêt 15 min, diphenhydramine 25 mg IV, reprise à 50 % du débit. Stable au congé.',
                f'perfusion reportée : T° {r.choice(["38,1", "38,4", "37,9"])} et toux depuis 3 jours. Avisé Dre Bergeron, à recéduler.',
                f'TA {r.randint(150, 178)}/{r.randint(88, 102)} avant la perfusion, recontrôlée 138/84, perfusion faite sans problème.',
                'aucune particularité, prochain rendez-vous à booker.',
                f'{C.lab_str(case, "fr")} – en attente d\'avis avant la prochaine dose.',
                f'se plaint de douleurs articulaires accrues ({case["dx_fr"]}), veut parler au médecin.'])
            if 'avis' in ev or 'douleurs' in ev:
                types.add('lab_result' if 'attente' in ev else 'diagnosis')
            items.append(f'Ch. {i + 1} – {nm}' + (f' ({p.mrn})' if show_mrn else '') + f' – {drug} : {ev}')
        else:
            ev = pick([
                f'mild reaction (itch, flushing) at {r.randint(20, 60)} min - paused 15 min, diphenhydramine 25 mg IV, restarted at half rate. Fine at discharge.',
                'infusion postponed: temp 38.3 and cough x3 days. Dr. Bergeron aware, to rebook.',
                'uneventful, next appointment still to be booked.',
                f'{C.lab_str(case, "en")} - waiting for MD review before next dose.'])
            if 'waiting' in ev:
                types.add('lab_result')
            items.append(f'Chair {i + 1} - {nm}' + (f' ({p.mrn})' if show_mrn else '') + f' - {C.drug_en(drug)}: {ev}')
    rcpt = r.sample([x for x in ['hebert', 'lemieux', 'proulx', 'singh', 'dube'] if x != author], 2)
    if lang == 'fr':
        subject = r.choice(['Rapport de fin de journée – perfusion', 'Relève', f'Relève {P.fr_date(ctx.today)}', 'suivi pour demain'])
        body = join(ctx.hello('fr', P.STAFF[rcpt[0]][0]), 'Voici la relève de la journée :', '\n'.join(items),
                    r.choice(['Le frigo de la salle 2 a encore sonné vers 14 h, j\'ai avisé l\'entretien.', '', 'Bonne soirée!']),
                    ctx.sig(author, 'fr'))
    else:
        subject = r.choice(['End of day handover - infusion', 'Handover'])
        body = join(ctx.hello('en', P.STAFF[rcpt[0]][0]), 'Handover for today:', '\n'.join(items), ctx.sig(author, 'en'))
    return Mail('handover', lang, ctx.staff(author, lang),
                [ctx.staff(k, lang) for k in rcpt], subject, body,
                types=types, note='nurses\' end-of-day handover listing patients, drugs and reactions')


# ------------------------------------------------------------------ 7 day-hospital summary DOCX
def discharge_docx(ctx, lang):
    r = ctx.r
    use_nam = r.random() < .55
    p = ctx.nam_patient(child=False) if use_nam else ctx.qc_patient()
    case = C.pick_case(r, r.choice(['lupus', 'vasc', 'goutte', 'pr']), p=p)
    adm = ctx.past(1, 4)
    doc = r.choice(['bergeron', 'haddad', 'cote', 'obrien'])
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result', 'ramq_nam' if use_nam else 'mrn'}
    if lang == 'fr':
        blocks = [('h', 'Résumé de séjour – hôpital de jour de rhumatologie'),
                  ('table', [['Nom', f'{p.surname.upper()}, {p.given}'], ['Date de naissance', p.dob.isoformat()],
                             ['NAM' if use_nam else 'No de dossier', p.nam if use_nam else p.mrn],
                             ['Date(s)', f'{adm.isoformat()} au {(adm + datetime.timedelta(days=2)).isoformat()}'],
                             ['Médecin traitant', P.staff_name(doc, 'fr')]]),
                  ('h2', 'Diagnostic principal'), ('p', cap(case['dx_fr'])),
                  ('h2', 'Traitement reçu'), ('p', f'{case["inf_drug"]} {case["inf_dose_fr"]}; '
                                                  f'{r.choice(["bien toléré", "réaction légère à la 1re dose, résolue après ralentissement du débit"])}.'),
                  ('h2', 'Résultats pertinents'), ('p', C.lab_str(case, 'fr') + '.'),
                  ('h2', 'Médication au congé'), ('p', f'{case["med_fr"]}; {case["sc"]}.'),
                  ('h2', 'Suivi'), ('p', f'Clinique externe dans {r.randint(2, 6)} semaines; bilan sanguin 1 semaine avant.')]
        fname = r.choice([f'Resume_HJ_{p.mrn}.docx', f'Résumé séjour {p.surname}.docx', 'resume_sejour.docx'])
        subject = r.choice(['Résumé de séjour HJ', 'Résumé pour dossier', 'Résumé hôpital de jour – à signer'])
        body = join(ctx.hello('fr', P.STAFF[doc][0]), 'Ci-joint le résumé de séjour à réviser et signer.', ctx.sig('charbonneau', 'fr'))
    else:
        blocks = [('h', 'Day hospital discharge summary - Rheumatology'),
                  ('table', [['Name', f'{p.given} {p.surname}'], ['Date of birth', p.dob.isoformat()],
                             ['RAMQ' if use_nam else 'MRN', p.nam if use_nam else p.mrn],
                             ['Stay', f'{adm.isoformat()} to {(adm + datetime.timedelta(days=2)).isoformat()}'],
                             ['Attending', P.staff_name(doc, 'en')]]),
                  ('h2', 'Main diagnosis'), ('p', cap(case['dx_en'])),
                  ('h2', 'Treatment given'), ('p', f'{C.drug_en(case["inf_drug"])} {case["inf_dose_en"]}; well tolerated.'),
                  ('h2', 'Relevant results'), ('p', C.lab_str(case, 'en') + '.'),
                  ('h2', 'Discharge medication'), ('p', f'{case["med_en"]}.'),
                  ('h2', 'Follow-up'), ('p', f'Outpatient clinic in {r.randint(2, 6)} weeks.')]
        fname = r.choice([f'DC_summary_{p.mrn}.docx', 'discharge_summary.docx'])
        subject = 'Day hospital summary for signature'
        body = join(ctx.hello('en', P.STAFF[doc][0]), 'Summary attached for review and signature.', ctx.sig('charbonneau', 'en'))
    if p.surname in fname:
        types.add('patient_name')
    data = F.make_docx(blocks, author=P.staff_name('charbonneau', lang, False))
    return Mail('discharge_summary', lang, ctx.staff('charbonneau', lang), [ctx.staff(doc, lang)], subject, body, types=types,
                atts=[Att(fname, 'docx', data)], note='day-hospital discharge summary in DOCX')


# ------------------------------------------------------------------ 8 wait list XLSX with NAMs
def waitlist(ctx, lang):
    r = ctx.r
    rows = [['Reçue le', 'Nom', 'Prénom', 'NAM', 'DDN', 'Référent', 'Motif', 'Priorité']]
    for i in range(r.randint(4, 6)):
        p = ctx.nam_patient(child=False)
        case = C.pick_case(r, p=p)
        rows.append([ctx.past(3, 50).isoformat(), p.surname, p.given, p.nam, p.dob.isoformat(),
                     r.choice(['Dre Vaillancourt', 'Dr Boisvert', 'Urgence HRR', 'Dr Richards']), case['dx_fr'],
                     r.choice(['A', 'B', 'B', 'C', 'C', 'D'])])
    data = F.make_xlsx([('Liste attente', rows)], author='Sophie Marchand')
    subject = r.choice(['Liste d\'attente – nouvelles demandes à trier', 'Triage des références', 'Demandes en attente de priorisation'])
    body = join(ctx.hello('fr', 'Dre Côté'), f'Voici les {len(rows) - 1} demandes reçues qui n\'ont pas encore été priorisées. '
                'Pouvez-vous les regarder avant vendredi?', ctx.bye('fr'), ctx.sig('marchand', 'fr'))
    return Mail('waitlist', 'fr', ctx.staff('marchand', 'fr'), [ctx.staff('cote', 'fr')], subject, body,
                types={'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'},
                atts=[Att(r.choice(['liste_attente.xlsx', 'Références à trier.xlsx']), 'xlsx', data)],
                note='wait-list spreadsheet with NAMs, DOB and reasons for referral')


# ------------------------------------------------------------------ 9 HTML-only clinic day table
def clinic_day_html(ctx, lang):
    r = ctx.r
    d = ctx.future(1, 7)
    rows = []
    for i in range(r.randint(5, 8)):
        p = ctx.qc_patient(sex=r.choice('FFFM'), old=True)
        case = C.pick_case(r, 'osteo', p=p)
        t = round(r.uniform(-3.8, -2.1), 1)
        tx = r.choice(['dénosumab dû', 'acide zolédronique annuel', 'alendronate depuis 5 ans – congé thérapeutique?',
                       'tériparatide mois 14/24', 'romosozumab mois 6', 'naïve'])
        if lang == 'en':
            tx = C.drug_en(tx.replace('dû', 'due').replace('annuel', 'yearly').replace('depuis 5 ans – congé thérapeutique?',
                           'for 5 years - drug holiday?').replace('mois', 'month').replace('naïve', 'treatment-naive'))
        rows.append((f'{r.randint(8, 15)}:{r.choice(["00", "20", "40"])}', pname(r, p, lang, r.choice(['full', 'sur_comma', 'title_sur'])),
                     p.age(ctx.today), (str(t).replace('.', ',') if lang == 'fr' else str(t)), tx))
    rows.sort(key=lambda row: [int(x) for x in row[0].split(':')])
    hdr = ['Heure', 'Patient(e)', 'Âge', 'Dernier T-score', 'Traitement'] if lang == 'fr' else ['Time', 'Patient', 'Age', 'Last T-score', 'Treatment']
    trs = '\n'.join('<tr>' + ''.join(f'<td style="border:1px solid #999;padding:3px">{H.escape(str(c))}</td>' for c in row) + '</tr>'
                    for row in rows)
    title = (f'Clinique d\'ostéoporose – {P.fr_date(d, True)}' if lang == 'fr' else f'Osteoporosis clinic - {P.en_date(d, True)}')
    intro = ('Bonjour Dre Haddad,<br>Voici votre liste de demain. Les DMO manquantes ont été demandées.' if lang == 'fr'
             else 'Hi Dr. Haddad,<br>Here is tomorrow\'s list. Missing BMDs have been requested.')
    html = (f'<html><body style="font-family:Arial;font-size:10pt"><p>{intro}</p><h3>{H.escape(title)}</h3>\n'
            f'<table style="border-collapse:collapse">\n<tr>' + ''.join(f'<th style="border:1px solid #999">{h}</th>' for h in hdr) +
            f'</tr>\n{trs}\n</table><p>{H.escape(P.staff_name("charbonneau", lang, False))}<br>{P.CLINIC[lang]}</p></body></html>')
    return Mail('clinic_list', lang, ctx.staff('charbonneau', lang), [ctx.staff('haddad', lang)], title, html=html, mode='html',
                types={'patient_name', 'lab_result', 'medication', 'diagnosis'},
                note='HTML-only osteoporosis clinic list with T-scores and treatments')
