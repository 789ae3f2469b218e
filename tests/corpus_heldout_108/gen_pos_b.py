"""Positive templates, part B: pharmacy liaison, insurer prior authorisation,
RAMQ exception drugs, patient-support programmes, prescriptions, specialty
pharmacy delivery and Subject-only leaks."""
import datetime

import gen_clin as C
import gen_files as F
import gen_people as P
from gen_core import Att, Mail, inner_eml
from gen_tpl import de, dob, earlier, fwd_block, join, la_patiente, letterhead, nam, ne, patiente, pname, pron, quote


# ------------------------------------------------------------------ 10 pharmacy questions
def pharm_question(ctx, lang):
    r = ctx.r
    kind = r.choice(['mtx_interaction', 'gout_switch', 'prolia_due', 'hcq_renew', 'weight'] if lang == 'fr'
                    else ['mtx_interaction', 'weight', 'gout_switch'])
    ph = r.choice(['ph_allard', 'ph_doucet'])
    g, s, t, org, dom, tel = P.EXTERNAL[ph]
    types = {'patient_name', 'medication'}
    if kind == 'gout_switch':
        p = ctx.nam_patient(min_age=35)
        egfr = r.randint(24, 44)
        types |= {'ramq_nam', 'lab_result', 'diagnosis', 'date_of_birth'}
        if lang == 'fr':
            subject = r.choice([f'Changement de traitement – {pname(r, p, "fr", "sur_comma")}', 'Modification ordonnance goutte'])
            body = join(ctx.hello('fr', g), f'Pour votre {patiente(p)} {pname(r, p, "fr", "title_full")} ({ne(p)} le {dob(r, p, "fr")}, '
                        f'NAM {nam(r, p)}) : la Dre Haddad cesse l\'allopurinol 300 mg (DFGe {egfr} mL/min, éruption cutanée '
                        f'depuis 10 jours) et débute le fébuxostat 40 mg die. Colchicine 0,6 mg die à poursuivre 3 mois '
                        f'pour sa goutte tophacée.', 'L\'ordonnance signée part par télécopieur ce matin.',
                        ctx.bye('fr'), ctx.sig('vezina', 'fr'))
        else:
            subject = f'Med change - {pname(r, p, "en", "sur_comma")}'
            body = join(ctx.hello('en', g), f'Re {pname(r, p, "en", "full")} (DOB {dob(r, p, "en")}, RAMQ {nam(r, p)}): Dr. Haddad is '
                        f'stopping allopurinol 300 mg (eGFR {egfr}, new rash) and starting febuxostat 40 mg daily for tophaceous gout. '
                        f'Continue colchicine 0.6 mg daily for 3 months.', 'Signed prescription is being faxed.', ctx.sig('vezina', 'en'))
        return Mail('pharmacy_liaison', lang, ctx.staff('vezina', lang), [ctx.ext(ph)], subject, body, types=types,
                    note='liaison pharmacist tells community pharmacy of a gout treatment change (NAM, eGFR)')
    p = ctx.qc_patient()
    if kind == 'mtx_interaction':
        types |= {'date_of_birth', 'diagnosis'}
        if lang == 'fr':
            subject = r.choice(['Question – méthotrexate', f'Interaction MTX / Septra – {p.surname}', 'Vérification ordonnance'])
            body = join(ctx.hello('fr'), f'Nous avons reçu pour {pname(r, p, "fr", "title_full")} (DDN {dob(r, p, "fr")}) une '
                        f'ordonnance de méthotrexate 25 mg s.c. 1 fois/semaine signée par le Dr Lavoie. {pron(p, "fr", "Subj")} '
                        f'a aussi reçu hier du triméthoprime-sulfaméthoxazole DS bid x 10 jours de la clinique sans rendez-vous '
                        f'pour une cystite.', 'Pouvez-vous valider avec le Dr Lavoie si on suspend le MTX cette semaine?',
                        f'Merci,\n{g} {s}, pharm.\n{org}\n{tel}')
        else:
            subject = 'Methotrexate question'
            body = join(ctx.hello('en'), f'We received a methotrexate 25 mg SC weekly prescription for {pname(r, p, "en", "full")} '
                        f'(DOB {dob(r, p, "en")}). {pron(p, "en", "Subj")} was also started on TMP-SMX DS BID by a walk-in clinic '
                        f'for a UTI.', 'Could you check with Dr. Lavoie whether to hold the MTX this week?',
                        f'Thanks,\n{g} {s}, RPh\n{org}\n{tel}')
        return Mail('pharmacy_question', lang, ctx.ext(ph), [ctx.staff('vezina', lang)], subject, body, types=types,
                    note='community pharmacist asks about MTX interaction for a named patient')
    if kind == 'prolia_due':
        last = ctx.past(170, 200)
        types.add('diagnosis')
        subject = r.choice([f'Prolia – {pname(r, p, "fr", "title_sur")}', 'Dose de Prolia due?'])
        body = join(ctx.hello('fr'), f'{pname(r, p, "fr", "title_full")} a eu sa dernière injection de dénosumab (Prolia) le '
                    f'{P.fr_date(last)}. La dose est due mais nous n\'avons pas de trace de la DMO de contrôle pour son ostéoporose. '
                    f'Est-ce qu\'on la donne à la pharmacie ou à votre clinique?', f'{g} {s}, pharm.\n{org}')
        return Mail('pharmacy_question', 'fr', ctx.ext(ph), [ctx.staff('vezina', 'fr')], subject, body, types=types,
                    note='community pharmacy asks about a named patient\'s denosumab dose')
    if kind == 'hcq_renew':
        types.add('diagnosis')
        subject = 'Renouvellement Plaquenil'
        body = join(ctx.hello('fr', 'Karine'), f'Demande de renouvellement pour {pname(r, p, "fr", "sur_first")} : hydroxychloroquine '
                    f'200 mg bid (lupus). Dernier examen ophtalmo au dossier : {r.randint(2019, 2022)}. On renouvelle 1 mois '
                    f'en attendant?', f'{g}\n{org} – {tel}')
        return Mail('pharmacy_question', 'fr', ctx.ext(ph), [ctx.staff('vezina', 'fr')], subject, body, types=types,
                    note='renewal request naming patient, hydroxychloroquine and lupus')
    # weight for dose
    case = C.pick_case(r, 'pr', p=p)
    kg = r.randint(55, 112)
    types.add('mrn')
    if lang == 'fr':
        subject = 'Poids à jour pour préparation'
        body = join(ctx.hello('fr', 'Marc-André'), f'Pour la préparation de l\'infliximab de demain : {pname(r, p, "fr", "caps_first")} '
                    f'(dossier {p.mrn}) pèse maintenant {kg} kg (pesée d\'aujourd\'hui). Dose à 5 mg/kg = {kg * 5} mg, '
                    f'arrondir à {round(kg * 5 / 100) * 100} mg.', ctx.sig('hebert', 'fr'))
        return Mail('pharmacy_dose', 'fr', ctx.staff('hebert', 'fr'), [ctx.staff('menard', 'fr')], subject, body, types=types,
                    note='nurse sends pharmacy a named patient\'s weight and infliximab dose')
    subject = 'Updated weight for infliximab prep'
    body = join(ctx.hello('en', 'Marc-André'), f'{pname(r, p, "en", "caps_first")} (MRN {p.mrn}) weighed {kg} kg today. '
                f'Infliximab 5 mg/kg = {kg * 5} mg, please round to {round(kg * 5 / 100) * 100} mg.', ctx.sig('singh', 'en'))
    return Mail('pharmacy_dose', 'en', ctx.staff('singh', 'en'), [ctx.staff('menard', 'en')], subject, body, types=types,
                note='nurse sends pharmacy a named patient\'s weight and dose')


# ------------------------------------------------------------------ 11 prior authorisation to a private insurer
def pa_private(ctx, lang):
    r = ctx.r
    ins = r.choice(['ins_boreale', 'ins_mutuel'] if lang == 'fr' else ['ins_sunatlas', 'ins_sunatlas', 'ins_mutuel'])
    use_nam = r.random() < .5
    p = ctx.nam_patient(child=False) if use_nam else ctx.qc_patient()
    case = C.pick_case(r, r.choice(['pr', 'spa', 'lupus', 'osteo']), p=p, biologic=True)
    cert = f'{r.choice(["BOR", "SAB", "ML"])}-{r.randint(1000000, 9999999)}-0{r.randint(1, 3)}'
    group = r.randint(10000, 99999)
    sv = C.score_val(r, case['score'])
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'} | ({'ramq_nam'} if use_nam else set())
    drug = case['inf_drug'] if r.random() < .6 else case['sc']
    if lang == 'fr':
        failed = r.choice(['méthotrexate 25 mg/sem x 6 mois (inefficace), leflunomide (hépatotoxicité)',
                           'AINS x 2 à dose maximale sur 3 mois', 'hydroxychloroquine + prednisone, échec de sevrage',
                           'alendronate x 3 ans avec nouvelle fracture'])
        lines = ['# Demande d\'autorisation préalable – médicament de spécialité', f'Assureur : {P.EXTERNAL[ins][3]}',
                 f'Adhérent(e) : {p.surname.upper()}, {p.given}', f'Date de naissance : {p.dob.isoformat()}',
                 f'No de certificat : {cert}   Groupe : {group}'] + ([f'NAM : {p.nam}'] if use_nam else []) + \
                [f'Diagnostic : {case["dx_fr"]}', f'Médicament demandé : {drug}', f'Traitements antérieurs : {failed}',
                 f'Résultats : {C.lab_str(case, "fr")}' + (f'; {case["score"]} {C.num_fr(sv)}' if sv else ''),
                 f'Prescripteur : {P.staff_name("lavoie", "fr")}, rhumatologue, permis 1-{r.randint(10000, 99999)}']
        subject = r.choice([f'Demande d\'autorisation préalable – {drug.split(" (")[0]}', f'AP {cert} – {p.surname}',
                            'Formulaire d\'autorisation préalable'])
        body = join(ctx.hello('fr'), f'Vous trouverez ci-joint la demande d\'autorisation préalable pour votre adhérent{"e" if p.sex == "F" else ""}, '
                    f'{pname(r, p, "fr", "title_full")}, certificat {cert}.',
                    r.choice(['Les notes cliniques suivent par télécopieur.', 'Merci de nous faire parvenir la décision par courriel.',
                              'Le dossier est urgent : poussée active malgré le traitement actuel.']),
                    ctx.bye('fr'), ctx.sig('vezina', 'fr'))
        fname = r.choice([f'AP_{drug.split(" ")[0]}_{p.surname}.pdf', 'Formulaire_AP.pdf', f'Demande_AP_{cert}.pdf'])
    else:
        failed = r.choice(['methotrexate 25 mg/week x 6 months (inadequate response), leflunomide (liver enzymes)',
                           'two NSAIDs at full dose for 3 months', 'alendronate x 3 years with a new fracture'])
        lines = ['# Special authorization request - specialty drug', f'Insurer: {P.EXTERNAL[ins][3]}',
                 f'Plan member: {p.given} {p.surname}', f'Date of birth: {p.dob.isoformat()}',
                 f'Certificate: {cert}   Group: {group}'] + ([f'RAMQ: {p.nam}'] if use_nam else []) + \
                [f'Diagnosis: {case["dx_en"]}', f'Drug requested: {C.drug_en(drug)}', f'Previous therapy: {failed}',
                 f'Results: {C.lab_str(case, "en")}' + (f'; {case["score"]} {sv}' if sv else ''),
                 f'Prescriber: {P.staff_name("obrien", "en")}, Rheumatology']
        subject = r.choice([f'Special authorization - {p.surname}, {p.given[0]}.', 'Prior authorization request', f'PA request cert. {cert}'])
        body = join(ctx.hello('en'), f'Please find attached a special authorization request for {pname(r, p, "en", "full")}, '
                    f'certificate {cert}.', 'Chart notes available on request.', ctx.bye('en'), ctx.sig('vezina', 'en'))
        fname = r.choice([f'SA_request_{p.surname}.pdf', 'special_authorization.pdf'])
    pdf = F.make_pdf(lines, header=letterhead(lang))
    return Mail('prior_auth', lang, ctx.staff('vezina', lang), [ctx.ext(ins, 'autorisations' if lang == 'fr' else 'drugclaims')],
                subject, body, types=types, atts=[Att(fname, 'pdf', pdf)],
                note='prior-authorisation request to a private insurer with filled form')


# ------------------------------------------------------------------ 12 RAMQ exception drug form
def ramq_exception(ctx, lang='fr'):
    r = ctx.r
    p = ctx.nam_patient(child=False)
    case = C.pick_case(r, r.choice(['pr', 'spa', 'osteo', 'goutte']), p=p)
    code = f'{r.choice(["RA", "RS", "OS", "AS"])}{r.randint(100, 299)}'
    drug = case['inf_drug'].split(' (')[0] if r.random() < .5 else case['sc'].split(' (')[0]
    lines = ['# Demande d\'autorisation – médicament d\'exception', f'Nom : {p.surname.upper()}', f'Prénom : {p.given}',
             f'NAM : {nam(r, p, r.choice(["plain", "spaced"]))}', f'Date de naissance : {p.dob.isoformat()}   Sexe : {p.sex}',
             f'Médicament : {drug}   Code d\'indication : {code}', f'Diagnostic : {case["dx_fr"]}',
             f'Justification : {C.lab_str(case, "fr")}; échec ou intolérance à {case["med_fr"]}.',
             f'Médecin : {P.staff_name("bergeron", "fr")}', '', 'Signature : ______________________']
    pdf = F.make_pdf(lines, header=letterhead('fr'))
    variant = r.choice(['sign', 'psp', 'resend'])
    if variant == 'sign':
        subject = r.choice(['Formulaire méd. d\'exception à signer', f'À signer – {drug}', 'Signature SVP'])
        body = join(ctx.hello('fr', 'Dre Bergeron'), f'Le formulaire de médicament d\'exception pour {pname(r, p, "fr", "initial")} '
                    f'({drug}, code {code}) est prêt. Pouvez-vous le signer aujourd\'hui? La RAMQ a refusé la première version '
                    f'faute de DAS28.', ctx.sig('vezina', 'fr'))
        to = [ctx.staff('bergeron', 'fr')]
        sender = ctx.staff('vezina', 'fr')
    elif variant == 'psp':
        subject = f'Formulaire RAMQ – {drug}'
        body = join(ctx.hello('fr', 'Audrey'), 'Voici le formulaire signé pour l\'inscription au programme. Le patient a été avisé '
                    'que l\'approbation prend environ 10 jours ouvrables.', ctx.sig('vezina', 'fr'))
        to = [ctx.ext('psp_bioconnect')]
        sender = ctx.staff('vezina', 'fr')
    else:
        subject = 'RE: formulaire manquant'
        body = join('Rebonjour,', 'Je vous le renvoie, il manquait la page 2.', ctx.sig('marchand', 'fr'))
        to = [ctx.ext('psp_bioconnect')]
        sender = ctx.staff('marchand', 'fr')
    fname = r.choice([f'Med_exception_{p.surname}_{p.given}.pdf', 'formulaire_exception.pdf', f'RAMQ_{code}.pdf'])
    types = {'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'}
    return Mail('ramq_exception', 'fr', sender, to, subject, body, types=types, atts=[Att(fname, 'pdf', pdf)],
                reply=variant == 'resend', note='RAMQ exception-drug authorisation form (PDF) with NAM')


# ------------------------------------------------------------------ 13 insurer decision forwarded
def insurer_reply_fwd(ctx, lang):
    r = ctx.r
    ins = r.choice(['ins_boreale', 'ins_mutuel'] if lang == 'fr' else ['ins_sunatlas'])
    p = ctx.qc_patient()
    case = C.pick_case(r, r.choice(['pr', 'spa', 'lupus']), p=p, biologic=True)
    drug = case['inf_drug'].split(' (')[0]
    approved = r.random() < .55
    ref = f'{r.randint(2024000000, 2024999999)}'
    d1 = ctx.today
    d2 = d1 + datetime.timedelta(days=365)
    when = earlier(ctx, 3, 30)
    ins_who = ctx.ext(ins, 'autorisations' if lang == 'fr' else 'drugclaims')
    if lang == 'fr':
        if approved:
            dec = (f'Nous vous informons que la demande d\'autorisation préalable concernant {pname(r, p, "fr", "title_full")} '
                   f'(dossier de réclamation {ref}) pour le médicament {drug} est APPROUVÉE pour la période du '
                   f'{d1.isoformat()} au {d2.isoformat()}, pour le traitement {de(case["dx_fr"])}.')
        else:
            dec = (f'Après analyse, la demande concernant {pname(r, p, "fr", "title_full")} (dossier {ref}) pour {drug} est REFUSÉE. '
                   f'Les critères exigent l\'échec documenté de deux agents de rémission conventionnels, dont le méthotrexate '
                   f'à dose optimale pendant au moins 3 mois. Vous pouvez soumettre une demande de révision.')
        ins_text = join('Bonjour,', dec, f'{P.EXTERNAL[ins][0]} {P.EXTERNAL[ins][1]}\n{P.EXTERNAL[ins][3]}')
        ins_subject = f'Décision – demande {ref}'
        mine = r.choice(['Bonne nouvelle, c\'est approuvé. On peut booker la 1re perfusion.' if approved else
                         'Refus… Il faudrait documenter la dose de MTX (25 mg s.c. depuis 5 mois). Je prépare la révision?',
                         'Pour info.', 'Voir ci-dessous, à mettre au dossier SVP.'])
        subject = f'TR: {ins_subject}'
    else:
        if approved:
            dec = (f'The special authorization request for {pname(r, p, "en", "full")} (claim file {ref}) for {C.drug_en(drug)} has been '
                   f'APPROVED from {d1.isoformat()} to {d2.isoformat()} for {case["dx_en"]}.')
        else:
            dec = (f'The request for {pname(r, p, "en", "full")} (file {ref}) for {C.drug_en(drug)} has been DECLINED. Coverage requires '
                   f'documented failure of two conventional DMARDs including methotrexate for at least 3 months. An appeal may be submitted.')
        ins_text = join('Hello,', dec, 'Clinical Review Team')
        ins_subject = f'Decision - file {ref}'
        mine = 'FYI - see below.' if approved else 'Declined - can we pull the MTX history for an appeal?'
        subject = f'FW: {ins_subject}'
    rcpt = r.choice(['singh', 'dube'])
    as_eml = r.random() < .35
    atts = []
    if as_eml:
        inner = Mail('x', lang, ins_who, [('Pharmacie de liaison CRPR' if lang == 'fr' else 'CRPR Liaison Pharmacy',
                                           'pharmacie@' + P.CLINIC['domain'])], ins_subject, ins_text)
        inner.date = when
        atts.append(Att(f'{ins_subject}.eml', 'eml', inner_eml(inner, r, ctx.idx * 100 + 2)))
        mine = mine.replace('ci-dessous', 'ci-joint').replace('see below', 'see attached')
        body = join(ctx.hello(lang, P.STAFF[rcpt][0]), mine, ctx.sig('vezina', lang))
    else:
        q = quote(r, lang, ins_who, when, 'Pharmacie de liaison CRPR' if lang == 'fr' else 'CRPR Liaison Pharmacy', ins_subject,
                  ins_text, 'outlook')
        body = join(ctx.hello(lang, P.STAFF[rcpt][0]), mine, ctx.sig('vezina', lang), q)
    types = {'patient_name', 'medication'} | ({'diagnosis'} if approved else set())
    return Mail('insurer_decision', lang, ctx.staff('vezina', lang), [ctx.staff(rcpt, lang)], subject, body, types=types, atts=atts,
                note='insurer PA decision forwarded ' + ('as attached message' if as_eml else 'with quoted history'))


# ------------------------------------------------------------------ 14 patient-support programme enrolment (vCard)
def psp_enrol(ctx, lang):
    r = ctx.r
    p = ctx.qc_patient()
    case = C.pick_case(r, r.choice(['pr', 'spa', 'osteo', 'lupus']), p=p, biologic=True)
    drug = case['inf_drug'].split(' (')[0]
    note = (f'Inscription programme {drug} – {case["dx_fr"]} – début prévu {ctx.future(7, 30).isoformat()}' if lang == 'fr'
            else f'Enrolment {C.drug_en(drug)} - {case["dx_en"]} - planned start {ctx.future(7, 30).isoformat()}')
    vcf = F.make_vcard(p.given, p.surname, tel=p.phone, email=p.email, adr=p.addr, note=note, bday=p.dob.isoformat())
    fname = f'{p.given} {p.surname}.vcf'
    if lang == 'fr':
        subject = r.choice(['Nouvelle inscription – programme de soutien', f'Inscription {drug}', 'Nouveau patient pour le PSP'])
        body = join(ctx.hello('fr', 'Audrey'), f'Nouvelle inscription pour le programme ({drug}). La fiche contact est jointe; '
                    f'le consentement signé suivra par télécopieur. {pron(p, "fr", "Subj")} préfère être appelé{"e" if p.sex == "F" else ""} '
                    f'en fin de journée.', ctx.bye('fr'), ctx.sig('singh', 'fr'))
    else:
        subject = 'New patient enrolment - support program'
        body = join(ctx.hello('en', 'Audrey'), f'New enrolment for {C.drug_en(drug)}; contact card attached, signed consent to follow by fax.',
                    ctx.sig('singh', 'en'))
    return Mail('psp_enrolment', lang, ctx.staff('singh', lang), [ctx.ext('psp_bioconnect')], subject, body,
                types={'patient_name', 'patient_contact', 'date_of_birth', 'medication', 'diagnosis'},
                atts=[Att(fname, 'vcf', vcf)], note='vCard of the patient for a support-programme enrolment')


# ------------------------------------------------------------------ 15 prescription PDF
def prescription_pdf(ctx, lang):
    r = ctx.r
    use_nam = r.random() < .5
    p = ctx.nam_patient(child=False) if use_nam else ctx.qc_patient()
    case = C.pick_case(r, p=p)
    doc = r.choice(['bergeron', 'lavoie', 'haddad', 'cote'])
    ph = r.choice(['ph_allard', 'ph_doucet'])
    meds = [case['med_fr'], case['sc']] if lang == 'fr' else [case['med_en'], C.drug_en(case['sc'])]
    lines = ['# ' + ('Ordonnance' if lang == 'fr' else 'Prescription'),
             f'{"Patient(e)" if lang == "fr" else "Patient"} : {p.given} {p.surname}',
             f'{"Date de naissance" if lang == "fr" else "DOB"} : {p.dob.isoformat()}',
             f'{"Adresse" if lang == "fr" else "Address"} : {p.addr}'] + ([f'NAM : {p.nam}'] if use_nam else []) + [''] + \
            [f'Rx {i + 1}: {m}   {"Qté" if lang == "fr" else "Qty"}: {r.choice(["1 mois", "3 mois", "4 seringues"]) if lang == "fr" else r.choice(["1 month", "3 months"])}   '
             f'{"Renouv." if lang == "fr" else "Refills"}: {r.randint(0, 5)}' for i, m in enumerate(meds)] + \
            ['', f'{P.staff_name(doc, lang)} – {"permis" if lang == "fr" else "licence"} 1-{r.randint(10000, 99999)}',
             f'{"Date" if lang == "fr" else "Date"} : {ctx.today.isoformat()}']
    pdf = F.make_pdf(lines, header=letterhead(lang))
    types = {'patient_name', 'date_of_birth', 'medication', 'patient_contact'} | ({'ramq_nam'} if use_nam else set())
    if lang == 'fr':
        subject = r.choice(['Ordonnance', 'Rx', 'Ordonnance – renouvellement', f'Ordonnance {p.surname}'])
        body = join(ctx.hello('fr'), 'Ordonnance ci-jointe, l\'original suit par la poste.', ctx.sig('charbonneau', 'fr'))
    else:
        subject = r.choice(['Prescription', 'Rx renewal'])
        body = join(ctx.hello('en'), 'Prescription attached.', ctx.sig('charbonneau', 'en'))
    if p.surname in subject:
        types.add('patient_name')
    fname = r.choice(['ordonnance.pdf' if lang == 'fr' else 'prescription.pdf', f'Rx_{ctx.today.strftime("%Y%m%d")}.pdf'])
    return Mail('prescription', lang, ctx.staff('charbonneau', lang), [ctx.ext(ph)], subject, body, types=types,
                atts=[Att(fname, 'pdf', pdf)], note='prescription PDF sent to a community pharmacy')


# ------------------------------------------------------------------ 16 specialty pharmacy delivery
def specialty_delivery(ctx, lang='fr'):
    r = ctx.r
    p = ctx.qc_patient()
    case = C.pick_case(r, r.choice(['pr', 'spa', 'lupus']), p=p)
    d = ctx.future(2, 10)
    subject = r.choice(['Livraison à domicile – coordination', f'Livraison {case["sc"].split(" ")[0]}', 'Adresse de livraison'])
    body = join(ctx.hello('fr', 'Kim'), f'Pour la livraison {de(case["sc"])} de {pname(r, p, "fr", "title_full")} : '
                f'nouvelle adresse depuis le mois dernier, {p.addr}. Livraison souhaitée le {P.fr_date(d, True)} après 16 h; '
                f'cellulaire {p.phone}. Garder au frigo dès réception.',
                r.choice(['', f'{pron(p, "fr", "Subj")} n\'a pas de voiture, merci de ne pas lui demander de passer au comptoir.']),
                ctx.sig('vezina', 'fr'))
    return Mail('specialty_pharmacy', 'fr', ctx.staff('vezina', 'fr'), [ctx.ext('ph_spec')], subject, body,
                types={'patient_name', 'patient_contact', 'medication'}, note='home delivery of a biologic: name, address, cell')


# ------------------------------------------------------------------ 17 Subject-only leaks
def subject_only(ctx, lang):
    r = ctx.r
    p = ctx.qc_patient()
    case = C.pick_case(r, p=p)
    drug = case['inf_drug'].split(' (')[0]
    if lang == 'fr':
        opts = [
            (f'Refus AP {drug} – {pname(r, p, "fr", "sur_comma")}', 'On en parle au caucus demain.', {'medication'}),
            (f'{pname(r, p, "fr", "lower")} – QuantiFERON positif', 'Voir note au dossier. Pas de biologique avant traitement de la TB latente.', {'lab_result'}),
            (f'RE: {pname(r, p, "fr", "title_sur")} réaction à la perfusion {de(drug)}', 'Ok, merci pour le suivi.', {'medication'}),
            (f'Annulation perfusion – {pname(r, p, "fr", "title_sur")} (zona)', 'Fait.', {'diagnosis'}),
            (f'{pname(r, p, "fr", "caps")} {case["dx_fr"]}', 'Peux-tu me rappeler?', {'diagnosis'}),
        ]
    else:
        opts = [
            (f'{pname(r, p, "en", "initial")} - {case["dx_en"]} flare, earlier slot?', 'Can you squeeze this one in this week?', {'diagnosis'}),
            (f'RE: {pname(r, p, "en", "sur_comma")} - {C.drug_en(drug)} declined', 'Noted, thanks.', {'medication'}),
            (f'FW: {pname(r, p, "en", "full")} urate 612', 'See below.', {'lab_result'}),
        ]
    subject, text, extra = r.choice(opts)
    if lang == 'en' and 'See below' in text:
        text = 'Please call back re result.'
    sender = r.choice(['singh', 'vezina', 'dube', 'marchand'])
    to = r.choice(['bergeron', 'lavoie', 'haddad', 'cote', 'obrien'])
    body = join(text, ctx.sig(sender, lang) if r.random() < .6 else '')
    return Mail('subject_leak', lang, ctx.staff(sender, lang), [ctx.staff(to, lang)], subject, body,
                types={'patient_name'} | extra, reply=subject.startswith('RE'), note='patient named with clinical detail in Subject only')
