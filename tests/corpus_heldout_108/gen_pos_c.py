"""Positive templates, part C: patients' own mail, reminders, transport and
social work, youth protection, out-of-province / foreign identifiers (Ontario,
France, Belgium), SIN on disability forms."""
import datetime

import gen_clin as C
import gen_files as F
import gen_ids as I
import gen_people as P
from gen_core import Att, Mail
from gen_tpl import de, dob, earlier, fwd_block, join, la_patiente, letterhead, nam, ne, patiente, pname, pron, quote


# ------------------------------------------------------------------ 18 patient's own mail forwarded
def patient_mail_fwd(ctx, lang):
    r = ctx.r
    p = ctx.nam_patient(min_age=20) if r.random() < .4 else ctx.qc_patient()
    case = C.pick_case(r, r.choice(['pr', 'lupus', 'spa', 'goutte', 'osteo']), p=p)
    when = earlier(ctx, 1, 20)
    types = {'patient_name', 'medication', 'patient_contact'} | ({'ramq_nam'} if p.nam else set())
    if lang == 'fr':
        pm = r.choice([
            f'Bonjour, c\'est {p.given} {p.surname}. Depuis ma dernière perfusion {de(case["inf_drug"].split(" (")[0])} j\'ai des plaques '
            f'rouges qui piquent sur les bras et je suis très fatiguée. Est-ce que je devrais quand même venir jeudi? '
            f'Vous pouvez m\'appeler au {p.phone}, je suis là toute la journée.\nMerci\n{p.given}',
            f'bonjour,\nje ne serai pas capable de venir pour ma perfusion {de(case["inf_drug"].split(" (")[0])} la semaine prochaine, '
            f'mon auto est au garage et je n\'ai personne pour me conduire. avec ma maladie ({case["dx_fr"]}) ça va pas fort ces temps-ci. '
            f'rappelez moi svp au {p.phone}\n{p.given.lower()} {p.surname.lower()}',
            f'Bonjour Dre,\nJ\'ai oublié de prendre mon {case["med_fr"]} pendant 2 semaines (voyage). Mes doigts sont enflés. '
            f'Est-ce que je recommence à la même dose? Mon numéro : {p.phone}.\n{p.title("fr")} {p.surname}'])
        if p.nam:
            pm += r.choice([f'\nma carte soleil : {nam(r, p)}', f'\n(no d\'assurance maladie {nam(r, p)})', f' {nam(r, p, "lower")}'])
        if case['dx_fr'] in pm:
            types.add('diagnosis')
        q = fwd_block('fr', (p.full, p.email), when, f'Info CRPR <info@{P.CLINIC["domain"]}>', 'question', pm)
        body = join(ctx.hello('fr', r.choice(['Dre Bergeron', 'Priya', 'Dr Lavoie'])),
                    r.choice(['Message reçu sur la boîte info, je te le transfère.', 'Pouvez-vous rappeler la patiente?'
                              if p.sex == 'F' else 'Pouvez-vous rappeler le patient?', 'Pour suivi.']),
                    ctx.sig('marchand', 'fr'), q)
        subject = r.choice(['TR: question', 'TR: message d\'un(e) patient(e)', 'Fwd: question'])
    else:
        pm = (f'Hi, this is {p.given} {p.surname}. Since my last {C.drug_en(case["inf_drug"].split(" (")[0])} infusion I have an itchy '
              f'red rash on both arms and feel exhausted. Should I still come on Thursday? You can reach me at {p.phone}.\nThanks,\n{p.given}'
              + (f'\nRAMQ card {nam(r, p)}' if p.nam else ''))
        q = fwd_block('en', (p.full, p.email), when, f'CRPR Info <info@{P.CLINIC["domain"]}>', 'question about my infusion', pm)
        body = join(ctx.hello('en', 'Priya'), 'From the info mailbox, can you call back?', ctx.sig('marchand', 'en'), q)
        subject = 'Fwd: question about my infusion'
    return Mail('patient_message', lang, ctx.staff('marchand', lang), [ctx.staff(r.choice(['singh', 'bergeron']), lang)], subject, body,
                types=types, note='patient\'s own message (symptoms, drug, phone) forwarded internally')


# ------------------------------------------------------------------ 19 appointment reminder to the patient
def appt_reminder(ctx, lang):
    r = ctx.r
    p = ctx.qc_patient()
    case = C.pick_case(r, r.choice(['osteo', 'lupus', 'pr']), p=p)
    d = ctx.future(2, 14)
    drug = case['inf_drug'].split(' (')[0]
    if lang == 'fr':
        subject = r.choice(['Rappel de rendez-vous', f'Rappel – perfusion du {d.isoformat()}', 'Votre rendez-vous au CRPR'])
        body = join(f'Bonjour {p.title("fr")} {p.given} {p.surname},',
                    f'Nous vous rappelons votre rendez-vous pour votre perfusion {de(drug)} le {P.fr_date(d, True)} à {ctx.hour()}.',
                    r.choice(['N\'oubliez pas de faire votre prise de sang 48 h avant (créatinine, calcium).',
                              'Veuillez apporter votre carte d\'assurance maladie.', 'Prévoyez une collation.']),
                    'Pour annuler : 819 555-0147.', f'{P.CLINIC["fr"]}\nCe courriel est envoyé automatiquement.')
    else:
        subject = 'Appointment reminder'
        body = join(f'Dear {p.title("en")} {p.surname},', f'This is a reminder of your {C.drug_en(drug)} infusion on {P.en_date(d, True)} '
                    f'at {ctx.hour_en()}.', 'To cancel, call 819 555-0147.', P.CLINIC['en'])
    return Mail('appointment_reminder', lang, ('CRPR – Rendez-vous' if lang == 'fr' else 'CRPR Appointments',
                'no-reply@' + P.CLINIC['domain']), [(p.full, p.email)], subject, body,
                types={'patient_name', 'medication'}, mode=r.choice(['alt', 'html', 'plain']),
                note='automatic reminder to the patient naming the infusion drug')


# ------------------------------------------------------------------ 20 adapted transport booking
def transport(ctx, lang='fr'):
    r = ctx.r
    p = ctx.nam_patient(child=False) if r.random() < .55 else ctx.qc_patient()
    d = ctx.future(3, 20)
    types = {'patient_name', 'patient_contact'}
    ident = f'NAM {nam(r, p)}' if p.nam else f'DDN {dob(r, p, "fr")}'
    need = r.choice(['Fauteuil roulant, ne peut pas faire de transfert seul(e).',
                     'Vit seul(e), pas de famille disponible pour le conduire; revenu de solidarité sociale seulement.',
                     'Marchette; besoin d\'aide pour l\'escalier extérieur (3 marches).'])
    if 'seul(e), pas de famille' in need:
        types.add('social_information')
    types.add('ramq_nam' if p.nam else 'date_of_birth')
    drug = C.pick_case(r, r.choice(['pr', 'lupus', 'vasc']), p=p)['inf_drug'].split(' (')[0]
    body = join('Bonjour,', f'Demande de transport adapté pour {pname(r, p, "fr", "title_full")} ({ident}).',
                f'Adresse de départ : {p.addr}\nTéléphone : {p.phone}\nDestination : {P.CLINIC["fr"]}, {P.CLINIC["addr"]}\n'
                f'Date : {P.fr_date(d, True)}, arrivée {ctx.hour()} – retour vers 15 h 30 (perfusion {de(drug)}, environ 4 h).',
                need,
                ctx.sig('rivard', 'fr'))
    types.add('medication')
    return Mail('transport_request', 'fr', ctx.staff('rivard', 'fr'), [ctx.ext('transport', 'reservations')],
                r.choice(['Demande de transport adapté', f'Transport {d.isoformat()}', 'Réservation transport – perfusion']), body,
                types=types, note='adapted transport booking with home address, phone, mobility and social details')


# ------------------------------------------------------------------ 21 social work
def social(ctx, lang):
    r = ctx.r
    p = ctx.qc_patient()
    case = C.pick_case(r, r.choice(['pr', 'lupus', 'spa']), p=p)
    drug = case['sc'].split(' ')[0]
    types = {'patient_name', 'social_information', 'medication'}
    if lang == 'fr':
        sit = r.choice([
            f'a perdu son emploi en septembre et n\'a plus d\'assurance collective; {pron(p, "fr")} est maintenant à l\'aide sociale '
            f'et ne peut pas payer la franchise pour ses injections {de(drug)}.',
            f'vit présentement en maison d\'hébergement suite à de la violence conjugale; le frigo pour conserver ses seringues '
            f'{de(drug)} n\'est pas garanti.',
            f'a des arriérés de loyer et risque l\'éviction; {pron(p, "fr")} a sauté deux injections {de(drug)} faute de pouvoir payer.',
            f'est proche aidant{"e" if p.sex == "F" else ""} de sa mère atteinte d\'Alzheimer et manque ses rendez-vous; '
            f'{pron(p, "fr")} n\'a pas pris son {drug} depuis un mois.',
            f'est en situation d\'itinérance depuis novembre (refuge du centre-ville); impossible de conserver {drug} au froid.'])
        body = join(ctx.hello('fr', 'Karine'), f'Je te partage la situation de {pname(r, p, "fr", "title_full")} (dossier {p.mrn}) : '
                    f'{pron(p, "fr", "subj")} {sit}',
                    r.choice(['Peux-tu vérifier si le programme de soutien du fabricant peut couvrir la portion non remboursée? '
                              'Je fais une demande au fonds de dépannage de la Fondation de mon côté.',
                              'Est-ce qu\'on pourrait envisager une perfusion à la clinique plutôt que les injections à domicile?',
                              'On en discute à la rencontre interdisciplinaire jeudi?']), ctx.sig('rivard', 'fr'))
        subject = r.choice(['Situation financière – couverture du biologique', 'Cas à discuter', 'Besoin d\'aide pour la couverture',
                            'Situation sociale – suivi'])
    else:
        sit = r.choice([
            f'lost {pron(p, "en", "pos")} job in September and no longer has group insurance; now on social assistance and cannot '
            f'cover the deductible for {C.drug_en(drug)}.',
            f'is staying at a women\'s shelter after leaving an abusive partner and has no reliable fridge for {C.drug_en(drug)}.',
            f'has been couch-surfing since an eviction in December and missed the last two doses of {C.drug_en(drug)}.'])
        body = join(ctx.hello('en', 'Karine'), f'Quick heads-up on {pname(r, p, "en", "full")} (MRN {p.mrn}): {pron(p, "en", "subj")} {sit}',
                    'Could you check whether the manufacturer program can cover the gap?', ctx.sig('rivard', 'en'))
        subject = r.choice(['Coverage issue - biologic', 'Social situation - heads-up'])
    types.add('mrn')
    return Mail('social_work', lang, ctx.staff('rivard', lang), [ctx.staff('vezina', lang)], subject, body, types=types,
                note='social worker describes a named patient\'s financial / housing / violence situation')


# ------------------------------------------------------------------ 22 youth protection (JIA)
def dpj(ctx, lang='fr'):
    r = ctx.r
    p = ctx.nam_patient(child=True) if r.random() < .6 else ctx.qc_patient(child=True)
    ident = f'NAM {nam(r, p)}' if p.nam else f'dossier {p.mrn}'
    types = {'patient_name', 'social_information', 'diagnosis', 'medication', 'ramq_nam' if p.nam else 'mrn'}
    d = ctx.future(5, 30)
    body = join(ctx.hello('fr'), f'Suite à notre échange téléphonique : {p.given} {p.surname} ({ident}, {p.age(ctx.today)} ans), '
                f'suivi{"e" if p.sex == "F" else ""} pour une arthrite juvénile idiopathique polyarticulaire, est maintenant placé{"e" if p.sex == "F" else ""} '
                f'en famille d\'accueil (DPJ). Les perfusions de tocilizumab aux 4 semaines doivent se poursuivre.',
                f'La prochaine est prévue le {P.fr_date(d, True)}. La famille d\'accueil l\'accompagnera; la mère n\'a pas le droit '
                f'd\'être présente selon l\'ordonnance. Merci d\'aviser l\'accueil.', ctx.sig('rivard', 'fr'))
    return Mail('youth_protection', 'fr', ctx.staff('rivard', 'fr'), [ctx.staff('dube', 'fr'), ctx.staff('marchand', 'fr')],
                'Confidentiel – suivi DPJ', body, types=types, note='child with JIA placed by youth protection; infusion plan')


# ------------------------------------------------------------------ 23 Ontario patient
def ontario(ctx, lang):
    r = ctx.r
    p = ctx.on_patient()
    case = C.pick_case(r, r.choice(['pr', 'spa', 'lupus', 'osteo', 'goutte']), p=p)
    hn = I.fmt_on_hn(p.hn, p.hn_version if r.random() < .6 else None, r.choice(['dash', 'spaced', 'plain']))
    variant = r.choice(['referral', 'eap', 'csv'])
    types = {'patient_name', 'ca_health_number', 'diagnosis'}
    ids = {'ca_health_number': [p.hn]}
    if variant == 'referral' or lang == 'fr':
        gp = r.choice(['gp_kowalski', 'gp_richards'])
        g, s, t, org, dom, tel = P.EXTERNAL[gp]
        types |= {'date_of_birth', 'lab_result', 'medication'}
        if lang == 'fr':
            body = join('Bonjour,', f'Je vous réfère {pname(r, p, "fr", "full")}, DDN {dob(r, p, "fr")}, carte santé de l\'Ontario {hn}, '
                        f'qui habite maintenant Gatineau mais garde sa couverture ontarienne jusqu\'en mars. '
                        f'Diagnostic : {case["dx_fr"]}. {C.lab_str(case, "fr")}. Traitement : {case["med_fr"]}.',
                        f'Merci,\n{t} {g} {s}\n{org}')
            subject = 'Référence – patient(e) de l\'Ontario'
        else:
            body = join('Hello,', f'Referring {pname(r, p, "en", "full")}, DOB {dob(r, p, "en")}, OHIP {hn}, for {case["dx_en"]}.',
                        f'Labs: {C.lab_str(case, "en")}. On {case["med_en"]}. {pron(p, "en", "Subj")} is moving to the Mauricie '
                        f'for work and would like to continue care with you.', f'Thank you,\n{t} {g} {s}\n{org}\n{tel}')
            subject = r.choice([f'Referral - {p.surname}', 'Referral from Ottawa', 'Out-of-province referral'])
        return Mail('referral_ontario', lang, ctx.ext(gp), [('CRPR Intake', 'rendezvous@' + P.CLINIC['domain'])], subject, body,
                    types=types, ids=ids, note='Ontario referral with OHIP number')
    if variant == 'eap':
        drug = C.drug_en(case['inf_drug'].split(' (')[0])
        types |= {'medication', 'lab_result', 'date_of_birth'}
        lines = ['# Exceptional Access Program - Request', f'Patient: {p.surname.upper()}, {p.given}', f'Health number: {hn}',
                 f'Date of birth: {p.dob.isoformat()}', f'Address: {p.addr}', f'Diagnosis: {case["dx_en"]}', f'Drug: {drug}',
                 f'Clinical: {C.lab_str(case, "en")}', f'Prescriber: {P.staff_name("obrien", "en")}']
        types.add('patient_contact')
        body = join(ctx.hello('en', 'Kevin'), 'Here is the EAP request for your Ontario patient, please sign page 1 and I will fax it.',
                    ctx.sig('vezina', 'en'))
        return Mail('eap_request', 'en', ctx.staff('vezina', 'en'), [ctx.staff('obrien', 'en')], 'EAP request for signature', body,
                    types=types, ids=ids, atts=[Att(r.choice(['EAP_request.pdf', f'EAP_{p.surname}.pdf']), 'pdf',
                                                    F.make_pdf(lines, header=letterhead('en')))],
                    note='Ontario Exceptional Access request PDF with health number')
    rows = [['last_name', 'first_name', 'ohip', 'version', 'dob', 'diagnosis', 'next_visit']]
    for i in range(r.randint(3, 6)):
        q = p if i == 0 else ctx.on_patient()
        cs = case if i == 0 else C.pick_case(r, p=q)
        rows.append([q.surname, q.given, q.hn, q.hn_version, q.dob.isoformat(), cs['dx_en'], ctx.future(5, 60).isoformat()])
        ids['ca_health_number'].append(q.hn) if i else None
    types.add('date_of_birth')
    body = join(ctx.hello('en', 'Luc'), 'List of our Ontario-insured patients for the billing reconciliation (out-of-province claims).',
                ctx.sig('marchand', 'en'))
    return Mail('ontario_list', 'en', ctx.staff('marchand', 'en'), [ctx.staff('beaulieu', 'en')], 'Ontario patients - billing list',
                body, types=types, ids=ids, atts=[Att('ontario_patients.csv', 'csv', F.csv_text(rows))],
                note='CSV of Ontario-insured patients with health numbers and diagnoses')


# ------------------------------------------------------------------ 24 French patient (NIR)
def france(ctx, lang='fr'):
    r = ctx.r
    p = ctx.fr_patient()
    case = C.pick_case(r, r.choice(['pr', 'spa', 'lupus', 'vasc']), p=p)
    nir = I.fmt_nir(p.nir, r.choice(['spaced', 'plain', 'key', 'dots']))
    ids = {'fr_nir': [p.nir]}
    variant = r.choice(['transfer', 'cpam', 'patient'])
    doc = ctx.ext('fr_chu')
    if variant == 'transfer':
        body = join('Cher confrère,', f'Je vous adresse {pname(r, p, "fr", "title_full")}, {ne(p)} le {dob(r, p, "fr")} '
                    f'(n° de sécurité sociale {nir}), suivi{"e" if p.sex == "F" else ""} dans notre service depuis {r.randint(2012, 2022)} ({case["dx_fr"]}) '
                    f'et qui s\'installe à Trois-Rivières pour deux ans.',
                    f'Traitement actuel : {case["inf_drug"]} {case["inf_dose_fr"]}, dernière perfusion le {P.fr_date(ctx.past(10, 40))}. '
                    f'Dernier bilan : {C.lab_str(case, "fr")}.', 'Vous trouverez le compte rendu complet en pièce jointe.',
                    'Bien confraternellement,\nDr Pierre-Yves Lemarchand\nCHU Rhône-Sud – Rhumatologie')
        lines = ['# Compte rendu de consultation', f'{p.surname.upper()} {p.given} – né(e) le {p.dob.strftime("%d/%m/%Y")}',
                 f'NIR : {I.fmt_nir(p.nir)}', f'Diagnostic : {case["dx_fr"]}', f'Traitement : {case["inf_drug"]} {case["inf_dose_fr"]}']
        atts = [Att(r.choice(['CR_consultation.pdf', f'CR_{p.surname}.pdf']), 'pdf', F.make_pdf(lines, header=['CHU Rhône-Sud', 'Service de rhumatologie']))]
        return Mail('transfer_france', 'fr', doc, [ctx.staff(r.choice(['bergeron', 'lavoie']), 'fr')],
                    r.choice(['Relais de prise en charge', f'Patient{"e" if p.sex == "F" else ""} – transfert au Québec']), body,
                    types={'patient_name', 'fr_nir', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'}, ids=ids, atts=atts,
                    note='transfer of care from a French hospital with NIR')
    if variant == 'cpam':
        body = join(ctx.hello('fr'), f'{pname(r, p, "fr", "title_full")} nous demande une facture détaillée et un rapport médical '
                    f'pour le remboursement par sa caisse d\'assurance maladie en France (perfusion {de(case["inf_drug"])} reçue ici le '
                    f'{P.fr_date(ctx.past(5, 25))}).', f'N° de sécurité sociale indiqué par la patiente : {nir}.',
                    'Peux-tu préparer le rapport pour signature?', ctx.sig('marchand', 'fr'))
        return Mail('reimbursement_france', 'fr', ctx.staff('marchand', 'fr'), [ctx.staff('charbonneau', 'fr')],
                    'Remboursement France – rapport médical', body, types={'patient_name', 'fr_nir', 'medication'}, ids=ids,
                    note='French reimbursement request with NIR')
    pm = (f'Bonjour,\nSuite à mon rendez-vous, voici mon numéro de sécurité sociale comme demandé : {nir}. '
          f'Je suis {ne(p)} le {p.dob.strftime("%d/%m/%Y")}. Ma prochaine perfusion {de(case["inf_drug"].split(" (")[0])} '
          f'est-elle confirmée ?\nCordialement,\n{p.given} {p.surname.upper()}')
    body = join(ctx.hello('fr', 'Sophie'), 'Pour le dossier de facturation (hors Québec).', ctx.sig('singh', 'fr'),
                fwd_block('fr', (p.full, p.email), earlier(ctx), f'Priya Singh <{P.staff_addr("singh")}>', 'Mon numéro', pm))
    return Mail('patient_foreign_id', 'fr', ctx.staff('singh', 'fr'), [ctx.staff('marchand', 'fr')], 'TR: Mon numéro', body,
                types={'patient_name', 'fr_nir', 'date_of_birth', 'medication'}, ids=ids,
                note='patient\'s own mail with French NIR, forwarded')


# ------------------------------------------------------------------ 25 Belgian patient (NISS)
def belgium(ctx, lang='fr'):
    r = ctx.r
    p = ctx.be_patient()
    case = C.pick_case(r, r.choice(['pr', 'spa', 'osteo']), p=p)
    niss = I.fmt_niss(p.niss, r.choice(['official', 'plain', 'spaced']))
    ids = {'be_niss': [p.niss]}
    variant = r.choice(['chap4', 'report', 'mutual'])
    if variant == 'chap4':
        drug = case['sc'].split(' (')[0]
        body = join('Chère Consœur, Cher Confrère,', f'Pour la demande de remboursement chapitre IV {de(drug)} de notre patient{"e" if p.sex == "F" else ""} '
                    f'{pname(r, p, "fr", "title_full")} (NISS {niss}), traité{"e" if p.sex == "F" else ""} chez vous pendant son séjour au Québec, '
                    f'le médecin-conseil demande un rapport attestant l\'évolution clinique ({case["dx_fr"]}; {C.lab_str(case, "fr")}).',
                    'Pourriez-vous nous faire parvenir votre dernier rapport ?', 'Bien à vous,\nDr Anne-Sophie Verbruggen\nCHMS – Rhumatologie, Namur')
        return Mail('chapter_iv_belgium', 'fr', ctx.ext('be_chms'), [ctx.staff(r.choice(['bergeron', 'cote']), 'fr')],
                    'Demande de rapport – chapitre IV', body,
                    types={'patient_name', 'be_niss', 'diagnosis', 'medication', 'lab_result'}, ids=ids,
                    note='Belgian chapter IV reimbursement request with NISS')
    if variant == 'report':
        lines = ['# Rapport médical', f'Patient : {p.given} {p.surname}', f'NISS : {I.fmt_niss(p.niss)}',
                 f'Date de naissance : {p.dob.strftime("%d/%m/%Y")}', f'Diagnostic : {case["dx_fr"]}',
                 f'Traitement reçu au Québec : {case["inf_drug"]} {case["inf_dose_fr"]}', f'Évolution : {C.lab_str(case, "fr")}']
        body = join('Chère Consœur,', 'Voici le rapport demandé pour le médecin-conseil de la mutualité.',
                    ctx.bye('fr'), ctx.sig(r.choice(['bergeron', 'cote']), 'fr'))
        return Mail('report_belgium', 'fr', ctx.staff('charbonneau', 'fr'), [ctx.ext('be_chms')], 'RE: Demande de rapport – chapitre IV',
                    body, types={'patient_name', 'be_niss', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'}, ids=ids,
                    atts=[Att(r.choice(['rapport_medical.pdf', f'Rapport_{p.surname}.pdf']), 'pdf', F.make_pdf(lines, header=letterhead('fr')))],
                    reply=True, note='medical report PDF for a Belgian mutual with NISS')
    body = join('Madame, Monsieur,', f'Notre affilié{"e" if p.sex == "F" else ""} {p.surname.upper()} {p.given}, numéro national {niss}, '
                f'nous transmet une facture de votre centre pour des soins reçus le {P.fr_date(ctx.past(10, 60))} '
                f'({case["inf_drug"]}). Afin de traiter le remboursement, merci de nous confirmer le diagnostic et la nature des soins.',
                'Salutations distinguées,\nThierry Delvaux\nMutualité Entraide – Service médical')
    return Mail('mutual_belgium', 'fr', ctx.ext('be_mut'), [('Facturation CRPR', 'facturation@' + P.CLINIC['domain'])],
                'Demande d\'information – soins à l\'étranger', body, types={'patient_name', 'be_niss', 'medication'}, ids=ids,
                note='Belgian mutual asks about care given to its member, NISS')


# ------------------------------------------------------------------ 26 SIN on disability / tax-credit forms
def sin_disability(ctx, lang):
    r = ctx.r
    use_nam = r.random() < .5
    p = ctx.nam_patient(min_age=25) if use_nam else ctx.qc_patient()
    sin = ctx.give_sin(p)
    case = C.pick_case(r, r.choice(['pr', 'lupus', 'spa', 'vasc']), p=p)
    sin_s = I.fmt_sin(sin, r.choice(['spaced', 'plain', 'dash', 'spaced']))
    ids = {'ca_sin': [sin]}
    types = {'patient_name', 'ca_sin', 'diagnosis', 'date_of_birth'} | ({'ramq_nam'} if use_nam else set())
    if lang == 'fr':
        lines = ['# Déclaration du médecin traitant – assurance invalidité', f'Assuré(e) : {p.surname.upper()}, {p.given}',
                 f'NAS : {sin_s}', f'Date de naissance : {p.dob.isoformat()}'] + ([f'NAM : {p.nam}'] if use_nam else []) + \
                [f'Diagnostic : {case["dx_fr"]}', f'Limitations : incapacité à la préhension fine, station debout > 30 min impossible',
                 f'Arrêt de travail depuis le {ctx.past(30, 120).isoformat()}; retour prévu : indéterminé',
                 f'Médecin : {P.staff_name("lavoie", "fr")}']
        body = join(ctx.hello('fr'), f'Vous trouverez ci-joint la déclaration du médecin traitant pour votre assuré{"e" if p.sex == "F" else ""}, '
                    f'{pname(r, p, "fr", "title_full")}.', ctx.sig('charbonneau', 'fr'))
        subject = r.choice(['Déclaration du médecin – invalidité', 'Formulaire invalidité complété', f'Invalidité – {p.surname}'])
        to = [ctx.ext('ins_mutuel', 'invalidite')]
        fname = r.choice(['declaration_medecin.pdf', f'Invalidité_{p.surname}.pdf'])
    else:
        lines = ['# Disability Tax Credit - medical practitioner section (copy)', f'Patient: {p.given} {p.surname}',
                 f'SIN: {sin_s}', f'Date of birth: {p.dob.isoformat()}'] + ([f'RAMQ: {p.nam}'] if use_nam else []) + \
                [f'Impairment: {case["dx_en"]}',
                 'Markedly restricted in walking and dressing; impairment expected to last > 12 months.',
                 f'Practitioner: {P.staff_name("obrien", "en")}']
        body = join(ctx.hello('en'), f'Completed DTC medical section for {pname(r, p, "en", "full")} attached, as requested by the patient. '
                    'Please note SIN is on page 1.', ctx.sig('charbonneau', 'en'))
        subject = r.choice(['DTC form completed', 'Disability tax credit form'])
        to = [(p.full, p.email)]
        fname = 'DTC_form.pdf'
    return Mail('disability_form', lang, ctx.staff('charbonneau', lang), to, subject, body, types=types, ids=ids,
                atts=[Att(fname, 'pdf', F.make_pdf(lines, header=letterhead(lang)))], note='disability form with SIN and diagnosis')
