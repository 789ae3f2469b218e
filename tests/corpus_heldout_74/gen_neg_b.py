"""Negative templates, part B: clinical vocabulary without an identifiable patient."""
import datetime

import gen_files as F
import gen_people as P
from gen_common import (greet, closing, sig, staff_addr, doc_addr, doc_name, quote_block, email_of, spec_name, pick_spec,
                        DIAG, MEDS, PROC, diag, med)
from gen_mime import html_table
from gen_neg_a import neg, ALL_STAFF, ALL_STAFF_EN


def n_newsletter(c, lang):
    r = c.rng
    when = c.when()
    topic = r.choice([('Mars, mois de la sensibilisation au cancer colorectal', 'March is Colorectal Cancer Awareness Month',
                       "Le dépistage par test immunochimique (RSOSi) est offert aux 50-74 ans. En 2024, notre clinique a réalisé 2 314 coloscopies, dont 38 % à la suite d'un RSOSi positif.",
                       'FIT screening is offered to people aged 50-74. In 2024 our clinic performed 2,314 colonoscopies, 38% following a positive FIT.'),
                      ('Journée mondiale du diabète', 'World Diabetes Day',
                       "Un adulte québécois sur dix vit avec le diabète. Notre clinique d'endocrinologie suit plus de 1 900 personnes; l'HbA1c cible est généralement de 7 % ou moins.",
                       'One in ten adults in Quebec lives with diabetes. Our endocrinology clinic follows more than 1,900 people; the usual HbA1c target is 7% or less.'),
                      ('Semaine de la santé auditive', 'Hearing Health Week',
                       "La surdité brusque est une urgence : toute personne qui perd l'audition d'une oreille en moins de 72 h doit être vue en ORL dans les 48 h.",
                       'Sudden hearing loss is an emergency: anyone who loses hearing in one ear within 72 h should be seen by ENT within 48 h.')])
    edito = c.doc()
    if lang == 'fr':
        body = (f"INFOLETTRE DEUX-RIVES — {P.MOIS[when.month - 1]} {when.year}\n\n== {topic[0]} ==\n{topic[2]}\n\n== Le mot de {doc_name(edito, 'fr')} ==\n"
                f"« Nous rappelons que les demandes de consultation doivent passer par le CRDS. Les délais en {spec_name(edito[3], 'fr')} "
                f"ont diminué de 12 % ce trimestre. »\n\n== Bienvenue ==\nNous accueillons {c.staff()[0]} à la réception du 3e étage.\n\n"
                f"Pour vous désabonner : infolettre@{P.CLINIC['dom']}")
        subj = f"Infolettre — {topic[0]}"
    else:
        body = (f"DEUX-RIVES NEWSLETTER - {P.MONTHS[when.month - 1]} {when.year}\n\n== {topic[1]} ==\n{topic[3]}\n\n== A word from {doc_name(edito, 'en')} ==\n"
                f"\"Consultation requests must go through the CRDS. Wait times in {spec_name(edito[3], 'en')} dropped 12% this quarter.\"\n\n"
                f"== Welcome ==\n{c.staff()[0]} joins the 3rd floor front desk.\n\nUnsubscribe: newsletter@{P.CLINIC['dom']}")
        subj = f"Newsletter - {topic[1]}"
    return neg(c, lang, 'newsletter', 'newsletter about a disease with aggregate figures', ('Communications', f"communications@{P.CLINIC['dom']}"),
               [('Tout le personnel', f"tous@{P.CLINIC['dom']}")], subj, body, date=when)


def n_physician_roster(c, lang):
    r = c.rng
    when = c.when()
    mgr = c.manager()
    docs = r.sample(P.PHYSICIANS, 6)
    lines = []
    for d in docs:
        dx = ', '.join(x[0 if lang == 'fr' else 1] for x in r.sample(DIAG[d[3]], 2))
        lines.append(f"- {doc_name(d, lang)} ({spec_name(d[3], lang)}) : {dx}" if lang == 'fr' else f"- {doc_name(d, lang)} ({spec_name(d[3], lang)}): {dx}")
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nPour orienter correctement les demandes reçues du CRDS, voici la répartition des clientèles par médecin à partir du "
                f"{P.dlong(P.workday_after(r, when.date(), 3, 20), 'fr')} :\n\n" + '\n'.join(lines) +
                f"\n\nLes demandes de priorité A sont toujours attribuées au médecin de garde.\n\n{closing('fr', r)}\n{sig(mgr, 'fr', r)}")
        subj = 'Répartition des clientèles par médecin'
    else:
        body = (f"{greet('en', r)}\n\nTo route CRDS requests correctly, here is which physician takes which conditions starting next month:\n\n" + '\n'.join(lines) +
                f"\n\nPriority A requests still go to the physician on call.\n\n{closing('en', r)}\n{sig(mgr, 'en', r)}")
        subj = 'Which physician sees what - routing'
    return neg(c, lang, 'physician_roster', 'physicians listed with the conditions they treat', staff_addr(mgr), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN],
               subj, body, date=when)


def n_oncall(c, lang):
    r = c.rng
    when = c.when()
    mgr = c.manager()
    monday = when.date() + datetime.timedelta(days=(7 - when.weekday()))
    rows = [['Date', 'Gastro', 'Cardio', 'Neuro', 'Ortho'] if lang == 'fr' else ['Date', 'GI', 'Cardiology', 'Neurology', 'Orthopedics']]
    for i in range(7):
        d = monday + datetime.timedelta(days=i)
        rows.append([d.isoformat()] + [doc_name(c.doc(s), lang, True) + f" ({P.phone(r, '450')})" for s in ['gastro', 'cardio', 'neuro', 'ortho']])
    html = ('<html><body><p>' + (f"Garde de la semaine du {P.dlong(monday, 'fr')} — téléavertisseurs à jour." if lang == 'fr' else
                                 f"On-call for the week of {P.dlong(monday, 'en')} - pagers updated.") + '</p>' + html_table(rows) + '</body></html>\n')
    text = '\n'.join(' | '.join(x) for x in rows)
    subj = f"Garde {monday:%d/%m}" if lang == 'fr' else f"On-call {monday:%m/%d}"
    return neg(c, lang, 'oncall_schedule', 'physician on-call schedule with pager numbers', staff_addr(mgr), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN],
               subj, text, date=when, html=html)


def n_conference(c, lang):
    r = c.rng
    when = c.when()
    d = P.workday_after(r, when.date(), 20, 90)
    talks = []
    for doc in r.sample(P.PHYSICIANS, 5):
        dx = DIAG[doc[3]][r.randrange(len(DIAG[doc[3]]))]
        talks.append((doc_name(doc, lang), (f"{dx[0][0].upper()}{dx[0][1:]} : nouveautés {d.year}" if lang == 'fr' else f"{dx[1][0].upper()}{dx[1][1:]}: what's new in {d.year}")))
    lines = ['# Programme' if lang == 'fr' else '# Programme', f"{P.dlong(d, lang, True)} — Hôpital régional Saint-Aubin, auditorium", '']
    h = 8
    for who, t in talks:
        lines.append(f"{h:02d}:30  {t} — {who}")
        h += 1
    lines += ['', 'Crédits de formation : 5 h (section 1)' if lang == 'fr' else 'CME credits: 5 h (section 1)',
              'Inscription : formation@hrsa.example' if lang == 'fr' else 'Registration: formation@hrsa.example']
    pdfb = F.pdf('Journée scientifique régionale' if lang == 'fr' else 'Regional scientific day', lines, compress=r.random() < .5)
    body = ((f"{greet('fr', r)}\n\nVoici le programme de la journée scientifique. Les secrétaires peuvent assister à la conférence sur le CRDS en après-midi.\n\n"
             f"Comité de formation") if lang == 'fr' else
            (f"{greet('en', r)}\n\nAttached is the programme for the scientific day. Clerical staff are welcome at the afternoon CRDS session.\n\nEducation committee"))
    subj = 'Programme — journée scientifique régionale' if lang == 'fr' else 'Programme - regional scientific day'
    return neg(c, lang, 'conference_programme', 'conference programme: speakers and disease topics (PDF)', ('Comité de formation', f"formation@{P.HOSPITALS[0][1]}"),
               [('Médecins et personnel', f"tous@{P.CLINIC['dom']}")], subj, body, date=when, attachments=[dict(data=pdfb, filename='programme.pdf')])


def n_waitlist_stats(c, lang):
    r = c.rng
    when = c.when()
    mgr = c.manager()
    rows = [['Spécialité', 'A', 'B', 'C', 'D', 'E', 'Total', '% hors délai'] if lang == 'fr' else ['Specialty', 'A', 'B', 'C', 'D', 'E', 'Total', '% overdue']]
    for s in [x[0] for x in P.SPECIALTIES]:
        v = [r.randint(0, 5), r.randint(3, 40), r.randint(10, 120), r.randint(20, 200), r.randint(10, 300)]
        rows.append([spec_name(s, lang)] + v + [sum(v), f"{r.randint(5, 60)} %"])
    att = []
    if r.random() < .6:
        att.append(dict(data=F.xlsx([('Délais' if lang == 'fr' else 'Wait times', rows)]), filename=f"tableau_bord_{when:%Y_%m}.xlsx"))
        text = ((f"{greet('fr', r)}\n\nTableau de bord mensuel de la liste d'attente (données agrégées, aucun renseignement nominatif).\n\n{sig(mgr, 'fr', r)}") if lang == 'fr'
                else (f"{greet('en', r)}\n\nMonthly wait-list dashboard (aggregate data, no identifying information).\n\n{sig(mgr, 'en', r)}"))
        html = None
    else:
        text = '\n'.join('\t'.join(str(x) for x in row) for row in rows)
        html = '<html><body>' + html_table(rows) + f'<p>{mgr[0]} {mgr[1]}</p></body></html>\n'
    subj = f"Tableau de bord LA — {P.MOIS[when.month - 1]}" if lang == 'fr' else f"Wait-list dashboard - {P.MONTHS[when.month - 1]}"
    return neg(c, lang, 'waitlist_stats', 'aggregate wait-list statistics by specialty and priority', staff_addr(mgr),
               [('Direction', f"direction@{P.CLINIC['dom']}")], subj, text, date=when, attachments=att, html=html)


def n_blank_form(c, lang):
    r = c.rng
    when = c.when()
    s = c.staff()
    kind = r.choice(['consult', 'insurance', 'interp'])
    if kind == 'consult':
        lines = ['# Formulaire de demande de consultation — version 2025', "Nom de l'usager : ______________________", 'Prénom : ______________________',
                 'NAM : __ __ __ __  __ __ __ __  __ __ __ __', 'Date de naissance (AAAA-MM-JJ) : ____-__-__', 'Téléphone : (___) ___-____',
                 'Raison de consultation : ______________________________', 'Priorité : [ ] A (3 j)  [ ] B (10 j)  [ ] C (28 j)  [ ] D (3 mois)  [ ] E (12 mois)',
                 'Signature du médecin référent : ____________  No de permis : _____']
        fn = 'formulaire_consultation_VIERGE.pdf'
    elif kind == 'insurance':
        lines = ['# Attending Physician Statement (blank)', 'Patient name: ______________', 'Date of birth: __________', 'SIN (optional): ___ ___ ___',
                 'Diagnosis: ______________', 'Date unable to work: ________', 'Expected return: ________', 'Medications: ______________']
        fn = 'APS_blank.pdf'
    else:
        lines = ["# Demande d'interprète — gabarit", 'Usager : ____________  No de dossier : ________', 'Langue : ____________',
                 'Date / heure : ____________', 'Clinique : ____________', 'Remarques : ____________']
        fn = 'gabarit_interprete.pdf'
    pdfb = F.pdf('Formulaire vierge' if lang == 'fr' else 'Blank form', lines)
    body = ((f"{greet('fr', r)}\n\nVoici la nouvelle version du formulaire (vierge) à utiliser à partir de maintenant. Jetez les anciennes copies.\n\n{sig(s, 'fr', r)}")
            if lang == 'fr' else (f"{greet('en', r)}\n\nHere's the new (blank) version of the form to use from now on. Please recycle the old copies.\n\n{sig(s, 'en', r)}"))
    subj = 'Nouveau formulaire — version vierge' if lang == 'fr' else 'New form - blank version'
    return neg(c, lang, 'blank_form', 'blank form with empty identifier fields', staff_addr(s), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, body,
               date=when, attachments=[dict(data=pdfb, filename=fn)])


def n_reminder_template(c, lang):
    r = c.rng
    when = c.when()
    s = c.staff()
    if lang == 'fr':
        tpl = ("Bonjour {{prenom}} {{nom}},\n\nRappel : rendez-vous le {{date_rdv}} à {{heure}} avec {{medecin}} ({{clinique}}).\n"
               "Si vous devez annuler, appelez au 450-555-0142.\n\nPréparation : {{consignes}}")
        body = (f"{greet('fr', r)}\n\nVoici le gabarit de rappel par texto/courriel corrigé (le champ {{{{consignes}}}} est maintenant facultatif). "
                f"À valider avant l'envoi au fournisseur :\n\n---\n{tpl}\n---\n\n{s[0]}")
        subj = 'Gabarit de rappel — validation'
    else:
        tpl = ("Hello {{first_name}} {{last_name}},\n\nReminder: appointment on {{appt_date}} at {{time}} with {{physician}} ({{clinic}}).\n"
               "To cancel, call 450-555-0142.\n\nPreparation: {{instructions}}")
        body = (f"{greet('en', r)}\n\nHere is the corrected SMS/e-mail reminder template ({{{{instructions}}}} is now optional). "
                f"Please approve before it goes to the vendor:\n\n---\n{tpl}\n---\n\n{s[0]}")
        subj = 'Reminder template - approval'
    return neg(c, lang, 'reminder_template', 'appointment reminder template with placeholders only', staff_addr(s), [staff_addr(c.manager())], subj, body, date=when)


def n_teaching_case(c, lang):
    r = c.rng
    when = c.when()
    spec = r.choice(['gastro', 'cardio', 'neuro', 'endo', 'rhumato'])
    doc = c.doc(spec)
    age = r.randint(24, 82)
    dx = diag(spec, r, lang)
    m = med(spec, r, lang)
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nCas pour la séance d'enseignement de jeudi (dénominalisé) :\n\n"
                f"Une personne de {age} ans se présente avec {r.choice(['fatigue et perte de poids', 'douleur et gonflement', 'épisodes répétés'])} depuis 3 mois. "
                f"Antécédents : HTA, tabagisme ancien. Bilan initial : hémoglobine basse, CRP élevée. Diagnostic retenu : {dx}. Traitement amorcé : {m}.\n\n"
                f"Questions : 1) Quel est le diagnostic différentiel? 2) Quelle priorité CRDS auriez-vous attribuée?\n\n{doc_name(doc, 'fr')}")
        subj = 'Cas clinique — séance de jeudi'
    else:
        body = (f"{greet('en', r)}\n\nCase for Thursday's teaching session (de-identified):\n\n"
                f"A {age}-year-old presents with {r.choice(['fatigue and weight loss', 'pain and swelling', 'recurrent episodes'])} for 3 months. "
                f"History: hypertension, ex-smoker. Initial work-up: low hemoglobin, raised CRP. Final diagnosis: {dx}. Started on {m}.\n\n"
                f"Questions: 1) Differential? 2) Which CRDS priority would you have assigned?\n\n{doc_name(doc, 'en')}")
        subj = "Teaching case - Thursday session"
    return neg(c, lang, 'teaching_case', 'de-identified teaching case (age only, no identifiers)', doc_addr(doc),
               [('Résidents', f"residents@{P.CLINIC['dom']}")], subj, body, date=when)


def n_crds_procedure(c, lang):
    r = c.rng
    when = c.when()
    coord = ('Joanne', 'Fleury', 'coordonnatrice CRDS', 'CRDS coordinator')
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nRappel des délais cibles par priorité clinique :\nA — 3 jours\nB — 10 jours\nC — 28 jours\nD — 3 mois\nE — 12 mois\n\n"
                f"Toute demande incomplète (NAM manquant, raison illisible, signature absente) est retournée au référent dans les 48 h. "
                f"Les demandes reçues par télécopieur doivent être saisies le jour même.\n\n{sig(coord, 'fr', r, org=P.CRDS['short'], phone=P.CRDS['phone'])}")
        subj = 'CRDS — rappel des délais et demandes incomplètes'
    else:
        body = (f"{greet('en', r)}\n\nReminder of target times by clinical priority:\nA - 3 days\nB - 10 days\nC - 28 days\nD - 3 months\nE - 12 months\n\n"
                f"Incomplete requests (missing health number, unreadable reason, no signature) go back to the referring physician within 48 h. "
                f"Faxed requests must be entered the same day.\n\n{sig(coord, 'en', r, org=P.CRDS['short'], phone=P.CRDS['phone'])}")
        subj = 'CRDS - target times and incomplete requests'
    return neg(c, lang, 'crds_procedure', 'CRDS procedure reminder (priority codes)', staff_addr(coord, P.CRDS['dom']),
               [('Cliniques participantes', f"cliniques@{P.CRDS['dom']}")], subj, body, date=when)


def n_reception_procedure(c, lang):
    r = c.rng
    when = c.when()
    coord = [s for s in P.STAFF if s[3] == 'front desk coordinator'][0]
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nRappel de la procédure d'accueil :\n1. Demander la carte d'assurance maladie et vérifier la date d'expiration.\n"
                f"2. Le NAM comporte 4 lettres et 8 chiffres (ex. : XXXX 0000 0000) — ne jamais l'écrire sur un post-it.\n"
                f"3. Confirmer l'adresse et le téléphone sans les lire à voix haute.\n4. Si la carte est expirée, remettre le dépliant de la RAMQ.\n"
                f"5. Les usagers hors Québec paient sur place (reçu à remettre).\n\n{sig(coord, 'fr', r)}")
        subj = 'Procédure d\'accueil — rappel'
    else:
        body = (f"{greet('en', r)}\n\nFront desk check-in reminder:\n1. Ask for the health card and check the expiry date.\n"
                f"2. A RAMQ number is 4 letters + 8 digits (e.g. XXXX 0000 0000) - never write it on a sticky note.\n"
                f"3. Confirm address and phone without reading them out loud.\n4. Expired card: give the RAMQ leaflet.\n"
                f"5. Out-of-province patients pay on site (give a receipt).\n\n{sig(coord, 'en', r)}")
        subj = 'Check-in procedure - reminder'
    return neg(c, lang, 'reception_procedure', 'front desk procedure describing identifier formats', staff_addr(coord),
               [('Réception', f"reception@{P.CLINIC['dom']}")], subj, body, date=when)


def n_interpreter_procedure(c, lang):
    r = c.rng
    when = c.when()
    bri = ('Coordination BRI', f"coordination@{P.INTERP[1]}")
    langs = ', '.join(r.sample(list(P.LANG_EN.keys() if lang == 'fr' else P.LANG_EN.values()), 6))
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nÀ compter du 1er du mois, les demandes d'interprètes se font uniquement via le formulaire web. "
                f"Délai minimal : 72 h ouvrables (48 h pour la LSQ). Langues les plus demandées ce trimestre : {langs}.\n"
                f"Les annulations de moins de 24 h sont facturées 2 h.\n\nTarif horaire 2025 : 68 $ (présentiel), 52 $ (vidéo).\n\n{P.INTERP[0]}\n{P.INTERP[2]}")
        subj = 'Nouvelle procédure de demande d\'interprètes'
    else:
        body = (f"{greet('en', r)}\n\nFrom the 1st of the month, interpreter requests go through the web form only. Minimum notice: 72 business hours "
                f"(48 h for sign language). Most requested languages this quarter: {langs}.\nCancellations under 24 h are billed 2 h.\n\n"
                f"2025 hourly rate: $68 (on site), $52 (video).\n\n{P.INTERP[0]}\n{P.INTERP[2]}")
        subj = 'New interpreter request procedure'
    return neg(c, lang, 'interpreter_procedure', 'interpreter bank procedure and rates', bri, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, body, date=when)


def n_fee_policy(c, lang):
    r = c.rng
    when = c.when()
    mgr = c.manager()
    rows = [['Document', 'Tarif' if lang == 'fr' else 'Fee'],
            ['Billet médical simple' if lang == 'fr' else 'Simple sick note', '20 $' if lang == 'fr' else '$20'],
            ["Formulaire d'assurance invalidité" if lang == 'fr' else 'Disability insurance form', '60 $' if lang == 'fr' else '$60'],
            ['Copie de dossier (par page)' if lang == 'fr' else 'Chart copy (per page)', '0,50 $' if lang == 'fr' else '$0.50'],
            ['Formulaire SAAQ / CNESST' if lang == 'fr' else 'SAAQ / CNESST form', 'gratuit' if lang == 'fr' else 'free']]
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nNouveaux tarifs des documents non assurés en vigueur le {P.dlong(P.workday_after(r, when.date(), 5, 30), 'fr')}. "
                f"Aucun billet médical rétroactif ne peut être émis sans consultation. Les formulaires d'assurance sont remplis en 10 jours ouvrables.\n\n"
                + '\n'.join(f"{a} : {b}" for a, b in rows[1:]) + f"\n\n{sig(mgr, 'fr', r)}")
        subj = 'Tarifs — billets et formulaires'
    else:
        body = (f"{greet('en', r)}\n\nNew fees for uninsured documents take effect next month. No back-dated sick note without a visit. "
                f"Insurance forms take 10 business days.\n\n" + '\n'.join(f"{a}: {b}" for a, b in rows[1:]) + f"\n\n{sig(mgr, 'en', r)}")
        subj = 'Fees - sick notes and forms'
    return neg(c, lang, 'fee_policy', 'fee schedule for sick notes and insurance forms', staff_addr(mgr), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN],
               subj, body, date=when, html=('<html><body><p>' + body.split('\n\n')[1] + '</p>' + html_table(rows) + '</body></html>\n') if r.random() < .5 else None)


def n_satisfaction(c, lang):
    r = c.rng
    when = c.when()
    mgr = c.manager()
    n = r.randint(300, 900)
    cm_fr = ['« Réceptionniste très gentille malgré l\'attente. »', '« Trop long au téléphone pour déplacer un rendez-vous. »',
             '« Merci au Dr qui a pris le temps de m\'expliquer. »', '« Le stationnement est un cauchemar. »']
    cm_en = ['"Very kind receptionist despite the wait."', '"Too long on hold to reschedule."', '"Thanks to the doctor who took time to explain."',
             '"Parking is a nightmare."']
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nRésultats du sondage de satisfaction ({n} répondants, anonyme) :\n- Accueil : {r.randint(82, 96)} % satisfaits\n"
                f"- Délai au téléphone : {r.randint(40, 70)} % satisfaits\n- Clarté des consignes de préparation (coloscopie) : {r.randint(70, 90)} %\n\n"
                f"Commentaires choisis :\n" + '\n'.join(r.sample(cm_fr, 3)) + f"\n\n{sig(mgr, 'fr', r)}")
        subj = 'Sondage de satisfaction — résultats'
    else:
        body = (f"{greet('en', r)}\n\nPatient satisfaction survey ({n} respondents, anonymous):\n- Front desk: {r.randint(82, 96)}% satisfied\n"
                f"- Phone wait: {r.randint(40, 70)}% satisfied\n- Clarity of prep instructions (colonoscopy): {r.randint(70, 90)}%\n\n"
                f"Selected comments:\n" + '\n'.join(r.sample(cm_en, 3)) + f"\n\n{sig(mgr, 'en', r)}")
        subj = 'Satisfaction survey - results'
    return neg(c, lang, 'satisfaction_survey', 'anonymous aggregated satisfaction survey', staff_addr(mgr), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, body, date=when)


def n_research(c, lang):
    r = c.rng
    when = c.when()
    spec = r.choice(['gastro', 'neuro', 'rhumato', 'cardio'])
    doc = c.doc(spec)
    dx = DIAG[spec][0]
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nL'étude DR-{when.year}-{r.randint(10, 99)} ({dx[0]}) est approuvée par le CER. Critères d'inclusion : 18 à 75 ans, "
                f"diagnostic confirmé depuis plus de 6 mois, aucun traitement biologique antérieur. Exclusion : grossesse, DFGe < 30.\n"
                f"Les secrétaires remettent le dépliant aux personnes admissibles; aucun nom ne doit nous être transmis par courriel — "
                f"l'équipe de recherche communique avec les personnes intéressées qui ont signé le formulaire de consentement à être contactées.\n\n"
                f"{doc_name(doc, 'fr')}, chercheur(e) principal(e)")
        subj = f"Étude DR-{when.year} — recrutement"
    else:
        body = (f"{greet('en', r)}\n\nStudy DR-{when.year}-{r.randint(10, 99)} ({dx[1]}) is REB-approved. Inclusion: age 18-75, diagnosis confirmed "
                f"more than 6 months ago, no prior biologic. Exclusion: pregnancy, eGFR < 30.\nClerical staff hand out the leaflet to eligible people; "
                f"no names are to be sent to us by e-mail - the research team contacts those who signed the consent-to-contact form.\n\n"
                f"{doc_name(doc, 'en')}, principal investigator")
        subj = f"Study DR-{when.year} - recruitment"
    return neg(c, lang, 'research_protocol', 'research recruitment criteria without participants', doc_addr(doc),
               [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, body, date=when)


def n_doctor_absence(c, lang):
    r = c.rng
    when = c.when()
    doc = c.doc()
    mgr = c.manager()
    d0 = P.workday_after(r, when.date(), 2, 10)
    n = r.randint(14, 60)
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\n{doc_name(doc, 'fr')} sera absent(e) du {P.dlong(d0, 'fr')} au {P.dlong(d0 + datetime.timedelta(days=4), 'fr')} "
                f"(congrès). {n} rendez-vous sont à déplacer, dont {r.randint(2, 8)} {PROC[doc[3]][0]}s. La liste est dans le DME, onglet « À replacer ». "
                f"Priorisez les B et C.\n\n{closing('fr', r)}\n{sig(mgr, 'fr', r)}")
        subj = f"Absence {doc_name(doc, 'fr', True)} — rendez-vous à déplacer"
    else:
        body = (f"{greet('en', r)}\n\n{doc_name(doc, 'en')} will be away {P.dlong(d0, 'en')} to {P.dlong(d0 + datetime.timedelta(days=4), 'en')} (conference). "
                f"{n} appointments need to be moved, including {r.randint(2, 8)} {PROC[doc[3]][1]}s. The list is in the EMR under 'To rebook'. "
                f"Prioritize B and C.\n\n{closing('en', r)}\n{sig(mgr, 'en', r)}")
        subj = f"{doc_name(doc, 'en', True)} away - appointments to move"
    return neg(c, lang, 'doctor_absence', 'physician absence, count of appointments to move, no names', staff_addr(mgr),
               [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, body, date=when)
