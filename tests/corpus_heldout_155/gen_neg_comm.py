"""Negative templates: newsletters, committees, conferences, statistics, teaching, research, blank forms."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx
from gen_common import CHSLDS, DOM, STAFF, fdate, fday
from gen_tpl import EXT_MD, box, bye, future, hello, past, pick_staff, sig, who

XLSX_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
ALL = lambda L: ("Tous les employés SAPA" if L == 'fr' else "All SAPA staff", f"tous.sapa@{DOM}")


def newsletter(d, pool):
    """HTML newsletter with staff titles near disease words."""
    r, L = d.rng, d.lang
    a, b = r.sample([s for s in STAFF if s.md], 2)
    nurse = pick_staff(r, 'memoire', md=False)
    d.category = 'newsletter'
    d.sender = ("L'Écho SAPA" if L == 'fr' else "SAPA Echo", f"infolettre@{DOM}")
    d.to = [ALL(L)]
    d.hints['fmt'] = r.pick(['html', 'alt', 'alt'])
    no = r.randrange(20, 80)
    if L == 'fr':
        d.subject = f"L'Écho SAPA no {no} - Mois de la sensibilisation à la maladie d'Alzheimer"
        d.blocks = [f"L'Écho SAPA - numéro {no}",
                    f"Janvier est le Mois de la sensibilisation à la maladie d'Alzheimer. {a.titled(L)}, {a.role(L)}, nous rappelle que "
                    "plus de 150 000 Québécois vivent avec un trouble neurocognitif majeur et que le diagnostic précoce permet "
                    "de mieux planifier les soins.",
                    f"Bravo à Mme {nurse.name()}, infirmière clinicienne, qui a reçu le prix Reconnaissance pour son projet "
                    "de dépistage du délirium à l'urgence.",
                    f"La clinique des chutes de {b.titled(L)} a réduit de 18 % le délai d'attente cette année.",
                    ('list', ["Conférence midi : la dysphagie en CHSLD - 12 h, salle Laurier",
                              "Nouvelle trousse d'accueil pour les proches aidants",
                              "Rappel : vaccination antigrippale du personnel"]),
                    "Pour vous désabonner, écrivez à infolettre@" + DOM]
    else:
        d.subject = f"SAPA Echo #{no} - Alzheimer Awareness Month"
        d.blocks = [f"SAPA Echo - issue {no}",
                    f"January is Alzheimer Awareness Month. {a.titled(L)}, {a.role(L)}, reminds us that over 150,000 Quebecers live "
                    "with major neurocognitive disorder and that early diagnosis allows better care planning.",
                    f"Congratulations to Ms. {nurse.name()}, clinical nurse, winner of the Recognition Award for her ED delirium "
                    "screening project.", f"{b.titled(L)}'s falls clinic cut waiting time by 18% this year.",
                    ('list', ["Lunch talk: dysphagia in long-term care - noon, Laurier room",
                              "New welcome kit for caregivers", "Reminder: staff flu vaccination"]),
                    "To unsubscribe, write to infolettre@" + DOM]
    d.note = 'internal newsletter'


def committee_notice(d, pool):
    """Committee notice (falls prevention, pharmacology, residents' committee) with aggregate figures."""
    r, L = d.rng, d.lang
    chair = pick_staff(r, r.pick(['chutes', 'hjg', 'chsld']))
    d.category = 'committee'
    d.sender = who(chair)
    d.to = [("Comité de prévention des chutes" if L == 'fr' else "Falls prevention committee", f"comite.chutes@{DOM}")]
    day = future(d, 5, 25)
    falls = r.randrange(40, 120)
    if L == 'fr':
        d.subject = f"Convocation - comité de prévention des chutes, {fdate(day, L)}"
        d.blocks = [hello(r, L), f"Vous êtes convoqués à la prochaine réunion du comité, présidée par {chair.titled(L)}, le {fday(day, L)} à 13 h 30.",
                    f"Au dernier trimestre : {falls} chutes déclarées en CHSLD (AH-223), dont {r.randrange(2, 9)} avec fracture; "
                    f"taux de {r.randrange(4, 9)},{r.randrange(0, 9)} chutes / 1000 jours-présence.",
                    ('list', ["Revue des rapports AH-223 (données agrégées)", "Projet de capteurs de lit au 2e étage",
                              "Audit de contention", "Formation PAB"]), bye(r, L), sig(r, chair, L)]
    else:
        d.subject = f"Notice - falls prevention committee, {fdate(day, L)}"
        d.blocks = [hello(r, L), f"The next committee meeting, chaired by {chair.titled(L)}, is on {fday(day, L)} at 1:30 p.m.",
                    f"Last quarter: {falls} falls reported in long-term care (AH-223), {r.randrange(2, 9)} with fracture; "
                    f"rate {r.randrange(4, 9)}.{r.randrange(0, 9)} falls / 1000 resident-days.",
                    ('list', ["Review of AH-223 reports (aggregate data)", "Bed sensor project, 2nd floor", "Restraint audit",
                              "Attendant training"]), bye(r, L), sig(r, chair, L)]
    d.note = 'committee meeting notice with aggregate falls data'


def conference(d, pool):
    """Conference programme: speakers with their topics (PDF or HTML)."""
    r, L = d.rng, d.lang
    mds = r.sample([s for s in STAFF if s.md], 3)
    ext = r.sample(EXT_MD, 2)
    d.category = 'conference'
    d.sender = ("Journées de gériatrie des Trois-Rivages", f"journees.geriatrie@{DOM}")
    d.to = [("Médecins et professionnels" if L == 'fr' else "Physicians and professionals", f"medecins.sapa@{DOM}")]
    day = future(d, 30, 90)
    t = ['Dre' if s.sex == 'F' else 'Dr' for s in mds] if L == 'fr' else ['Dr.'] * 3
    if L == 'fr':
        prog = [["8 h 30", f"{mds[0].titled(L)}", "Nouveaux anti-amyloïdes : qui traiter?"],
                ["9 h 30", f"{mds[1].titled(L)}", "Chutes et hypotension orthostatique : approche pratique"],
                ["10 h 45", f"Dre {ext[0][0]} {ext[0][1]}" if ext[0][2] == 'F' else f"Dr {ext[0][0]} {ext[0][1]}", "Déprescription des benzodiazépines"],
                ["13 h 00", f"{mds[2].titled(L)}", "Délirium postopératoire chez la personne âgée fragile"],
                ["14 h 15", f"M. {ext[1][0]} {ext[1][1]}" if ext[1][2] == 'M' else f"Mme {ext[1][0]} {ext[1][1]}", "Proches aidants : prévenir l'épuisement"]]
        d.subject = f"Programme - Journées de gériatrie, {fdate(day, L)}"
        d.blocks = [hello(r, L), f"Voici le programme des Journées de gériatrie du {fdate(day, L)} (Hôtel du Lac, Saint-Aubin). "
                    "Activité reconnue : 6 h de formation continue (FMOQ).", ('table', ["Heure", "Conférencier", "Sujet"], prog),
                    "Inscription : 150 $ (gratuit pour les résidents).", "Comité scientifique"]
    else:
        prog = [["8:30", f"{mds[0].titled(L)}", "New anti-amyloid therapies: whom to treat?"],
                ["9:30", f"{mds[1].titled(L)}", "Falls and orthostatic hypotension: a practical approach"],
                ["10:45", f"Dr. {ext[0][0]} {ext[0][1]}", "Deprescribing benzodiazepines"],
                ["13:00", f"{mds[2].titled(L)}", "Post-operative delirium in frail older adults"],
                ["14:15", f"{'Mr.' if ext[1][2] == 'M' else 'Ms.'} {ext[1][0]} {ext[1][1]}", "Caregivers: preventing burnout"]]
        d.subject = f"Programme - Geriatrics Days, {fdate(day, L)}"
        d.blocks = [hello(r, L), f"Here is the programme for the Geriatrics Days on {fdate(day, L)} (Hôtel du Lac, Saint-Aubin). "
                    "Accredited for 6 hours of CME.", ('table', ["Time", "Speaker", "Topic"], prog),
                    "Registration: $150 (free for residents).", "Scientific committee"]
    if r.chance(0.5):
        d.attachments.append(('application/pdf', 'programme_journees_geriatrie.pdf' if L == 'fr' else 'geriatrics_days_programme.pdf',
                              make_pdf("Journées de gériatrie" if L == 'fr' else "Geriatrics Days", [d.blocks[1], ('table', d.blocks[2][1], d.blocks[2][2])],
                                       "Comité scientifique", compress=r.chance(0.5), lang=L)))
    d.note = 'conference programme with speakers and topics'


def support_group(d, pool):
    """Public caregiver support group announcement."""
    r, L = d.rng, d.lang
    sw = pick_staff(r, r.pick(['memoire', 'sad']), md=False)
    d.category = 'public_event'
    d.sender = who(sw)
    d.to = [("Partenaires communautaires" if L == 'fr' else "Community partners", f"partenaires@{DOM}")]
    day = future(d, 7, 30)
    if L == 'fr':
        d.subject = "Groupe de soutien pour proches aidants - session d'automne"
        d.blocks = [hello(r, L), f"Le groupe de soutien pour les proches aidants de personnes vivant avec la maladie d'Alzheimer "
                    f"reprend le {fday(day, L)}, 8 rencontres, les mardis de 13 h 30 à 15 h, CLSC du Vieux-Moulin.",
                    f"Animation : {sw.name()}, {sw.role(L)}, en collaboration avec la Société Alzheimer des Trois-Rivages.",
                    "Thèmes : comprendre la maladie, communiquer autrement, le deuil blanc, les ressources de répit.",
                    "Merci de diffuser l'affiche jointe dans vos milieux. Inscription au 450-555-0167.", sig(r, sw, L)]
    else:
        d.subject = "Caregiver support group - fall session"
        d.blocks = [hello(r, L), f"The support group for caregivers of people living with Alzheimer's disease resumes on {fday(day, L)}: "
                    "8 sessions, Tuesdays 1:30-3 p.m., CLSC du Vieux-Moulin.",
                    f"Facilitated by {sw.name()}, {sw.role(L)}, with the Alzheimer Society of Trois-Rivages.",
                    "Topics: understanding the disease, communicating differently, anticipatory grief, respite resources.",
                    "Please share the attached poster. Registration at 450-555-0167.", sig(r, sw, L)]
    d.attachments.append(('application/pdf', 'affiche_groupe_soutien.pdf' if L == 'fr' else 'support_group_poster.pdf',
                          make_pdf("Groupe de soutien - proches aidants" if L == 'fr' else "Caregiver support group",
                                   [d.blocks[1], d.blocks[3], "450-555-0167"], sw.name(), lang=L)))
    d.note = 'public caregiver support group announcement'


def stats_report(d, pool):
    """Aggregate statistics: waiting lists, MoCA referrals, falls — XLSX or table."""
    r, L = d.rng, d.lang
    plan = [s for s in STAFF if s.role_en == 'planning officer'][0]
    d.category = 'statistics'
    d.sender = who(plan)
    d.to = [("Comité de direction SAPA" if L == 'fr' else "SAPA management committee", f"codir.sapa@{DOM}")]
    rows = []
    for site in CHSLDS:
        rows.append([site, r.randrange(8, 60), r.randrange(40, 320), f"{r.randrange(85, 100)} %", r.randrange(0, 9)])
    head = ["Installation", "Usagers en attente", "Délai moyen (jours)", "Taux d'occupation", "Lits fermés"] if L == 'fr' else \
        ["Site", "Clients waiting", "Mean wait (days)", "Occupancy", "Closed beds"]
    period = f"P{r.randrange(1, 13)}"
    tot = sum(x[1] for x in rows)
    if L == 'fr':
        d.subject = f"Tableau de bord hébergement - {period} {d.when.year}"
        d.blocks = [hello(r, L), f"Voici le tableau de bord de la période {period}. Total : {tot} usagers en attente d'hébergement "
                    f"(profils Iso-SMAF 10 à 14), dont {r.randrange(10, 30)} % en NSA à l'hôpital.",
                    f"Clinique de mémoire : {r.randrange(80, 160)} nouvelles références, délai médian {r.randrange(60, 200)} jours; "
                    f"MoCA moyen à l'évaluation initiale : {r.randrange(18, 23)},{r.randrange(0, 9)}/30.",
                    bye(r, L), sig(r, plan, L)]
    else:
        d.subject = f"Long-term care dashboard - {period} {d.when.year}"
        d.blocks = [hello(r, L), f"Here is the dashboard for period {period}. Total: {tot} clients waiting for long-term care "
                    f"(Iso-SMAF profiles 10-14), {r.randrange(10, 30)}% of them ALC in hospital.",
                    f"Memory clinic: {r.randrange(80, 160)} new referrals, median wait {r.randrange(60, 200)} days; mean MoCA at "
                    f"first visit {r.randrange(18, 23)}.{r.randrange(0, 9)}/30.", bye(r, L), sig(r, plan, L)]
    if r.chance(0.6):
        d.attachments.append((XLSX_CT, f"tableau_de_bord_{period}.xlsx" if L == 'fr' else f"dashboard_{period}.xlsx",
                              make_xlsx([("Hébergement" if L == 'fr' else "LTC", head, rows)], plan.name())))
    else:
        d.blocks.insert(2, ('table', head, rows))
    d.note = 'aggregate waiting list statistics'


def teaching_case(d, pool):
    """De-identified teaching case for residents."""
    r, L = d.rng, d.lang
    ger = pick_staff(r, md=True)
    d.category = 'teaching'
    d.sender = who(ger)
    d.to = [("Résidents en gériatrie" if L == 'fr' else "Geriatrics residents", f"residents.geriatrie@{DOM}")]
    age = r.randrange(78, 93)
    if L == 'fr':
        d.subject = "Cas clinique pour la réunion académique de jeudi"
        d.blocks = [hello(r, L), "Voici le cas (dénominalisé) que nous discuterons jeudi :",
                    f"Femme de {age} ans, veuve, vivant seule. Consulte pour chutes répétées et confusion fluctuante depuis 3 semaines. "
                    "Rx : lorazépam 1 mg HS, oxybutynine, amlodipine. TA couché 148/82, debout 112/70. MoCA 17/30. Na 129.",
                    ('list', ["Quel est votre diagnostic différentiel?", "Quels médicaments déprescrire en priorité?",
                              "Quelle évaluation de la conduite automobile proposer?"]),
                    "Lecture : lignes directrices AGS Beers 2023.", ger.titled(L)]
    else:
        d.subject = "Teaching case for Thursday's academic half-day"
        d.blocks = [hello(r, L), "Here is the (de-identified) case for Thursday:",
                    f"{age}-year-old widowed woman living alone. Presents with recurrent falls and fluctuating confusion for 3 weeks. "
                    "Meds: lorazepam 1 mg qHS, oxybutynin, amlodipine. BP lying 148/82, standing 112/70. MoCA 17/30. Na 129.",
                    ('list', ["What is your differential?", "Which drugs would you deprescribe first?",
                              "What driving assessment would you propose?"]), "Reading: AGS Beers Criteria 2023.", ger.titled(L)]
    d.note = 'de-identified teaching case'


def research_protocol(d, pool):
    """Research protocol summary without participant identities."""
    r, L = d.rng, d.lang
    pi = pick_staff(r, md=True)
    d.category = 'research'
    d.sender = who(pi)
    d.to = [("Comité d'éthique de la recherche" if L == 'fr' else "Research Ethics Board", f"cer@{DOM}")]
    code = f"TR-{d.when.year}-{r.randrange(10, 99)}"
    if L == 'fr':
        d.subject = f"Projet {code} - soumission au CER"
        d.blocks = [hello(r, L), f"Vous trouverez ci-joint le protocole du projet {code} « Exercice multimodal et prévention des chutes "
                    "chez les aînés avec TNC léger » (chercheur principal : " + pi.titled(L) + ").",
                    ('kv', [("Participants visés", "120"), ("Critères d'inclusion", "70 ans et plus, TNC léger, ≥ 1 chute dans l'année"),
                            ("Critères d'exclusion", "démence modérée à sévère, incapacité à marcher 10 m"),
                            ("Durée", "24 mois")]), "Le formulaire de consentement et la lettre de recrutement sont joints.",
                    bye(r, L), sig(r, pi, L)]
        title = f"Protocole {code}"
    else:
        d.subject = f"Project {code} - REB submission"
        d.blocks = [hello(r, L), f"Please find attached the protocol for project {code} \"Multimodal exercise and fall prevention in "
                    f"older adults with MCI\" (principal investigator: {pi.titled(L)}).",
                    ('kv', [("Target enrolment", "120"), ("Inclusion criteria", "aged 70+, MCI, >= 1 fall in the past year"),
                            ("Exclusion criteria", "moderate to severe dementia, unable to walk 10 m"), ("Duration", "24 months")]),
                    "The consent form and recruitment letter are attached.", bye(r, L), sig(r, pi, L)]
        title = f"Protocol {code}"
    d.attachments.append((DOCX_CT, f"{code}_protocole.docx" if L == 'fr' else f"{code}_protocol.docx",
                          make_docx(title, [d.blocks[1], d.blocks[2], ('h', "Consentement" if L == 'fr' else "Consent"),
                                            "Nom du participant : ____________  Signature : ____________" if L == 'fr'
                                            else "Participant name: ____________  Signature: ____________"], pi.name())))
    d.note = 'research protocol submission, no participants'


def blank_form(d, pool):
    """Blank admission / referral form sent to partners."""
    r, L = d.rng, d.lang
    clerk = pick_staff(r, r.pick(['mah', 'memoire', 'chutes']), md=False)
    d.category = 'blank_form'
    d.sender = who(clerk)
    d.to = [("GMF du territoire" if L == 'fr' else "Area family medicine groups", f"gmf.territoire@{DOM}")]
    if L == 'fr':
        form = [('kv', [("Nom de l'usager", "______________________"), ("Date de naissance", "AAAA-MM-JJ"),
                        ("NAM", "____ ____ ____"), ("No de dossier", "__________"), ("Adresse", "______________________"),
                        ("Téléphone", "(___) ___-____")]),
                ('h', "Motif de référence"), "[ ] Troubles cognitifs   [ ] Chutes   [ ] Perte d'autonomie   [ ] Autre : ______",
                ('h', "Médication actuelle"), "______________________________________", "Signature du médecin : ____________  Permis : _______"]
        title = "Formulaire de référence - services gériatriques"
        d.subject = "Nouveau formulaire de référence - services gériatriques"
        d.blocks = [hello(r, L), "Le formulaire de référence a été mis à jour. Merci d'utiliser uniquement cette version à partir du 1er du mois; "
                    "les anciennes versions seront retournées.", f"Télécopieur du guichet : {box(clerk.service, L)[0]}, 450-555-0172.",
                    bye(r, L), sig(r, clerk, L)]
    else:
        form = [('kv', [("Patient name", "______________________"), ("Date of birth", "YYYY-MM-DD"), ("RAMQ no.", "____ ____ ____"),
                        ("Chart no.", "__________"), ("Address", "______________________"), ("Phone", "(___) ___-____")]),
                ('h', "Reason for referral"), "[ ] Cognitive problems   [ ] Falls   [ ] Loss of autonomy   [ ] Other: ______",
                ('h', "Current medications"), "______________________________________", "Physician signature: ____________  Licence: _______"]
        title = "Referral form - geriatric services"
        d.subject = "New referral form - geriatric services"
        d.blocks = [hello(r, L), "The referral form has been updated. Please use only this version from the 1st of the month; "
                    "older versions will be returned.", "Access desk fax: 450-555-0172.", bye(r, L), sig(r, clerk, L)]
    if r.chance(0.5):
        d.attachments.append(('application/pdf', 'formulaire_reference_vierge.pdf' if L == 'fr' else 'referral_form_blank.pdf',
                              make_pdf(title, form, clerk.name(), compress=r.chance(0.5), lang=L)))
    else:
        d.attachments.append((DOCX_CT, 'formulaire_reference.docx' if L == 'fr' else 'referral_form.docx', make_docx(title, form, clerk.name())))
    d.note = 'blank referral form'


def mail_merge(d, pool):
    """Mail-merge template for appointment letters (placeholders only)."""
    r, L = d.rng, d.lang
    clerk = pick_staff(r, r.pick(['memoire', 'chutes', 'hjg']), md=False)
    it = pick_staff(r, 'admin', md=False)
    d.category = 'template'
    d.sender = who(clerk)
    d.to = [who(it)]
    if L == 'fr':
        tpl = ("Bonjour «Titre» «Prénom» «Nom»,\n\nNous vous confirmons votre rendez-vous à la «Service» le «Date_RV» à «Heure_RV».\n"
               "Dossier : «No_dossier»   NAM : «NAM»\nVeuillez apporter la liste de vos médicaments et être accompagné(e) d'un proche.\n\n"
               "Pour annuler : 450-555-0142")
        d.subject = "Gabarit de lettre de convocation - fusion"
        d.blocks = [hello(r, L, it.given), "Voici le gabarit corrigé pour la fusion de courrier. Les champs doivent correspondre aux colonnes de l'extraction.",
                    ('pre', tpl), "Peux-tu l'intégrer au module de rendez-vous?", bye(r, L), sig(r, clerk, L)]
    else:
        tpl = ("Dear {{title}} {{first_name}} {{last_name}},\n\nThis confirms your appointment at the {{service}} on {{appt_date}} at {{appt_time}}.\n"
               "Chart: {{chart_no}}   RAMQ: {{ramq}}\nPlease bring your medication list and a family member.\n\nTo cancel: 450-555-0142")
        d.subject = "Appointment letter template - mail merge"
        d.blocks = [hello(r, L, it.given), "Here is the corrected mail-merge template. Fields must match the extract columns.",
                    ('pre', tpl), "Can you load it into the appointment module?", bye(r, L), sig(r, clerk, L)]
    if r.chance(0.5):
        d.attachments.append((DOCX_CT, 'gabarit_convocation.docx' if L == 'fr' else 'appointment_template.docx',
                              make_docx("Gabarit" if L == 'fr' else "Template", [tpl], clerk.name())))
    d.note = 'mail-merge appointment template'


def referral_guide(d, pool):
    """Guide for referring physicians: criteria by clinic, physicians named with what they treat."""
    r, L = d.rng, d.lang
    chief = pick_staff(r, 'memoire', md=True)
    others = [s for s in STAFF if s.md and s is not chief][:2]
    d.category = 'guide'
    d.sender = who(chief)
    d.to = [("Médecins référents du territoire" if L == 'fr' else "Area referring physicians", f"referents@{DOM}")]
    if L == 'fr':
        d.subject = "Services gériatriques : critères de référence 2025"
        d.blocks = ["Chères et chers collègues,", "Voici un rappel des critères de référence aux services gériatriques :",
                    ('table', ["Service", "Responsable", "Clientèle"],
                     [["Clinique de mémoire", chief.titled(L), "troubles cognitifs atypiques, début < 65 ans, Lewy, DFT"],
                      ["Clinique des chutes", others[0].titled(L), "≥ 2 chutes/an, chute avec blessure, peur de tomber"],
                      ["Hôpital de jour", others[1].titled(L), "réadaptation post-AVC ou post-fracture, polypharmacie"]]),
                    "Joindre au besoin le MoCA, la liste de médicaments et le bilan de base (FSC, B12, TSH, ions, créatinine).",
                    bye(r, L), sig(r, chief, L)]
    else:
        d.subject = "Geriatric services: 2025 referral criteria"
        d.blocks = ["Dear colleagues,", "A reminder of referral criteria for geriatric services:",
                    ('table', ["Service", "Lead", "Population"],
                     [["Memory clinic", chief.titled(L), "atypical cognitive disorders, onset < 65, Lewy, FTD"],
                      ["Falls clinic", others[0].titled(L), ">= 2 falls/yr, injurious fall, fear of falling"],
                      ["Day hospital", others[1].titled(L), "post-stroke or post-fracture rehab, polypharmacy"]]),
                    "Please attach the MoCA, medication list and baseline labs (CBC, B12, TSH, electrolytes, creatinine) if available.",
                    bye(r, L), sig(r, chief, L)]
    d.note = 'referral criteria guide for physicians'


def satisfaction(d, pool):
    """Aggregate satisfaction survey results."""
    r, L = d.rng, d.lang
    q = pick_staff(r, 'admin', md=False)
    d.category = 'statistics'
    d.sender = ("Qualité et performance" if L == 'fr' else "Quality and performance", f"qualite@{DOM}")
    d.to = [("Gestionnaires SAPA" if L == 'fr' else "SAPA managers", f"gestionnaires.sapa@{DOM}")]
    n = r.randrange(120, 400)
    head = ["Énoncé", "Satisfaits (%)"] if L == 'fr' else ["Item", "Satisfied (%)"]
    items = (["Accueil", "Délai pour obtenir un rendez-vous", "Information sur le diagnostic", "Soutien aux proches aidants", "Propreté"]
             if L == 'fr' else ["Reception", "Time to get an appointment", "Information about diagnosis", "Caregiver support", "Cleanliness"])
    rows = [[it, r.randrange(62, 98)] for it in items]
    if L == 'fr':
        d.subject = "Résultats du sondage de satisfaction - services gériatriques ambulatoires"
        d.blocks = [hello(r, L), f"{n} questionnaires reçus (taux de réponse {r.randrange(30, 60)} %). Résultats agrégés :",
                    ('table', head, rows), "Aucun commentaire nominatif n'est transmis. Rapport complet sur l'intranet.", sig(r, q, L)]
    else:
        d.subject = "Satisfaction survey results - ambulatory geriatric services"
        d.blocks = [hello(r, L), f"{n} questionnaires received (response rate {r.randrange(30, 60)}%). Aggregate results:",
                    ('table', head, rows), "No named comments are shared. Full report on the intranet.", sig(r, q, L)]
    if r.chance(0.4):
        d.attachments.append(('text/csv', 'sondage_agrege.csv' if L == 'fr' else 'survey_aggregate.csv',
                              make_csv(head, rows, delim=';' if L == 'fr' else ',')))
    d.note = 'aggregate satisfaction survey results'


def accreditation(d, pool):
    """Accreditation / quality visit preparation notice."""
    r, L = d.rng, d.lang
    boss = [s for s in STAFF if s.role_en == 'SAPA service manager'][0]
    d.category = 'quality'
    d.sender = who(boss)
    d.to = [ALL(L)]
    day = future(d, 20, 60)
    if L == 'fr':
        d.subject = f"Visite d'Agrément Canada - {fdate(day, L)}"
        d.blocks = [hello(r, L), f"Les visiteurs d'Agrément Canada seront dans nos installations à partir du {fday(day, L)}.",
                    ('list', ["Double identification de l'usager avant chaque soin (nom + date de naissance)",
                              "Bilan comparatif des médicaments à l'admission et au congé",
                              "Prévention des chutes : évaluation du risque à l'admission",
                              "Hygiène des mains : audits en cours"]),
                    "Des affiches sont disponibles auprès de votre gestionnaire.", bye(r, L), sig(r, boss, L)]
    else:
        d.subject = f"Accreditation Canada visit - {fdate(day, L)}"
        d.blocks = [hello(r, L), f"Accreditation Canada surveyors will be on site starting {fday(day, L)}.",
                    ('list', ["Two patient identifiers before every care (name + date of birth)",
                              "Medication reconciliation at admission and discharge",
                              "Falls prevention: risk assessment at admission", "Hand hygiene: audits underway"]),
                    "Posters are available from your manager.", bye(r, L), sig(r, boss, L)]
    d.note = 'accreditation visit reminder'


def volunteers(d, pool):
    """Volunteer programme in long-term care."""
    r, L = d.rng, d.lang
    org = pick_staff(r, 'chsld', md=False)
    d.category = 'volunteers'
    d.sender = who(org)
    d.to = [("Bénévoles CHSLD" if L == 'fr' else "CHSLD volunteers", f"benevoles@{DOM}")]
    if L == 'fr':
        d.subject = "Bénévoles recherchés - activités de musique en CHSLD"
        d.blocks = [hello(r, L), "Nous cherchons des bénévoles pour les après-midis musicaux au CHSLD des Érables (mardis 14 h). "
                    "La musique aide beaucoup les résidents atteints de démence à réduire l'agitation.",
                    f"Vérification des antécédents judiciaires requise. Info : {org.name()}, 450-555-0181 poste 4410.", sig(r, org, L)]
    else:
        d.subject = "Volunteers wanted - music afternoons in long-term care"
        d.blocks = [hello(r, L), "We are looking for volunteers for music afternoons at CHSLD des Érables (Tuesdays 2 p.m.). "
                    "Music really helps residents living with dementia reduce agitation.",
                    f"Police check required. Info: {org.name()}, 450-555-0181 ext. 4410.", sig(r, org, L)]
    d.note = 'volunteer recruitment notice'
