"""Negative templates: staff matters (schedules, leave, payroll, occupational health, hiring, social)."""
import datetime

from gen_attach import make_docx, make_ics, make_pdf, make_xlsx
from gen_common import DOM, STAFF, fdate, fday
from gen_tpl import box, bye, future, hello, past, pick_staff, sig, who

XLSX_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def _list(name_fr, name_en, L):
    return (name_fr if L == 'fr' else name_en, f"{'liste' if L == 'fr' else 'list'}.{name_en.lower().replace(' ', '')}@{DOM}")


def schedule(d, pool):
    """Nursing / clinic schedule with staff names (spreadsheet or table)."""
    r, L = d.rng, d.lang
    boss = pick_staff(r, r.pick(['hjg', 'chsld', 'memoire']), md=False)
    d.category = 'schedule'
    d.sender = who(boss)
    d.to = [_list("Équipe HJG", "GDH team", L)]
    days = ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven'] if L == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']
    staff = r.sample([s for s in STAFF if not s.md], 7)
    codes = ['J', 'J', 'S', 'N', 'C', 'F', 'J'] if L == 'fr' else ['D', 'D', 'E', 'N', 'O', 'H', 'D']
    rows = [[s.name(), s.role(L)] + [r.pick(codes) for _ in days] for s in staff]
    head = ["Employé(e)" if L == 'fr' else "Employee", "Titre" if L == 'fr' else "Title"] + days
    start = future(d, 7, 20)
    if L == 'fr':
        d.subject = f"Horaire période {r.randrange(1, 13)} - à partir du {fdate(start, L)}"
        d.blocks = [hello(r, L), "Voici l'horaire de la prochaine période. J = jour, S = soir, N = nuit, C = congé, F = férié.",
                    "Les échanges doivent être approuvés par l'assistante-infirmière-chef avant jeudi midi.", bye(r, L), sig(r, boss, L)]
    else:
        d.subject = f"Schedule period {r.randrange(1, 13)} - starting {fdate(start, L)}"
        d.blocks = [hello(r, L), "Here is the schedule for the next period. D = day, E = evening, N = night, O = off, H = holiday.",
                    "Shift swaps must be approved by the assistant head nurse before Thursday noon.", bye(r, L), sig(r, boss, L)]
    if r.chance(0.6):
        d.attachments.append((XLSX_CT, f"horaire_P{start:%m}.xlsx" if L == 'fr' else f"schedule_P{start:%m}.xlsx",
                              make_xlsx([("Horaire" if L == 'fr' else "Schedule", head, rows)], boss.name())))
    else:
        d.blocks.insert(2, ('table', head, rows))
    d.note = 'staff schedule'


def leave_request(d, pool):
    """Vacation / leave request and approval thread."""
    r, L = d.rng, d.lang
    emp = pick_staff(r, md=False)
    boss = pick_staff(r, 'admin', md=False, exclude=(emp,))
    d.category = 'leave'
    d.sender = who(boss)
    d.to = [who(emp)]
    d.reply = True
    a, b = future(d, 20, 60), None
    b = a + datetime.timedelta(days=r.randrange(4, 15))
    if L == 'fr':
        d.subject = "RE: Demande de vacances"
        d.blocks = [f"Bonjour {emp.given}, c'est approuvé. N'oublie pas de l'inscrire dans Logibec.", boss.given,
                    ('quote', f"Le {fdate(past(d, 1, 4), L)}, {emp.name()} a écrit :",
                     [f"Bonjour, je voudrais prendre mes vacances du {fdate(a, L)} au {fdate(b, L)} inclusivement. "
                      "Ma collègue a accepté de couvrir la clinique du mardi.", "Merci!", emp.given])]
    else:
        d.subject = "RE: Vacation request"
        d.blocks = [f"Hi {emp.given}, approved. Please enter it in Logibec.", boss.given,
                    ('quote', f"On {fdate(past(d, 1, 4), L)}, {emp.name()} wrote:",
                     [f"Hello, I'd like to take vacation from {fdate(a, L)} to {fdate(b, L)} inclusive. "
                      "My colleague agreed to cover Tuesday clinic.", "Thanks!", emp.given])]
    d.note = 'vacation request approved'


def payroll(d, pool):
    """Payroll correction notice for an employee (employee number, hours)."""
    r, L = d.rng, d.lang
    emp = pick_staff(r, md=False)
    pay = ("Service de la paie" if L == 'fr' else "Payroll", f"paie@{DOM}")
    d.category = 'payroll'
    d.sender = pay
    d.to = [who(emp)]
    num = r.randrange(100000, 999999)
    hours = r.pick(['7,25', '14,5', '3,75']) if L == 'fr' else r.pick(['7.25', '14.5', '3.75'])
    if L == 'fr':
        d.subject = f"Correction de paie - matricule {num}"
        d.blocks = [f"Bonjour {emp.name()},", f"Suite à votre demande, {hours} h de temps supplémentaire (période {r.randrange(1, 26)}) "
                    "seront versées sur la paie du 27. Le prime de soir a aussi été corrigée.",
                    ('kv', [("Matricule", str(num)), ("Centre d'activité", f"{r.randrange(6000, 7999)} - {box(emp.service, L)[0]}"),
                            ("Montant brut", f"{r.randrange(180, 640)},{r.randrange(10, 99)} $")]),
                    "Service de la paie - Direction des ressources financières", "Poste 2210"]
    else:
        d.subject = f"Pay correction - employee {num}"
        d.blocks = [f"Hello {emp.name()},", f"Further to your request, {hours} h of overtime (period {r.randrange(1, 26)}) will be paid "
                    "on the 27th. The evening premium was also corrected.",
                    ('kv', [("Employee no.", str(num)), ("Cost centre", f"{r.randrange(6000, 7999)} - {box(emp.service, L)[0]}"),
                            ("Gross amount", f"${r.randrange(180, 640)}.{r.randrange(10, 99)}")]),
                    "Payroll - Finance Directorate", "Ext. 2210"]
    d.note = 'payroll correction for an employee'


def occ_health(d, pool):
    """Employee occupational health: gradual return to work (staff, not patient)."""
    r, L = d.rng, d.lang
    emp = pick_staff(r, md=False)
    boss = pick_staff(r, emp.service, exclude=(emp,))
    d.category = 'occupational_health'
    d.sender = ("Santé et sécurité au travail" if L == 'fr' else "Occupational Health and Safety", f"sst@{DOM}")
    d.to = [who(boss)]
    start = future(d, 3, 12)
    if L == 'fr':
        d.subject = f"Retour progressif - {emp.name()}"
        d.blocks = [hello(r, L), f"{emp.name()} ({emp.role(L)}) reprendra le travail le {fday(start, L)} en retour progressif "
                    "suite à son entorse lombaire (accident du travail, dossier CNESST).",
                    ('list', ["Semaines 1-2 : 3 jours de 4 h", "Semaines 3-4 : 4 jours de 6 h",
                              "Pas de transfert d'usager ni de levée de plus de 10 kg jusqu'à nouvel ordre"]),
                    "Merci d'adapter l'horaire en conséquence.", "Conseillère SST"]
    else:
        d.subject = f"Gradual return to work - {emp.name()}"
        d.blocks = [hello(r, L), f"{emp.name()} ({emp.role(L)}) will return on {fday(start, L)} on a gradual return after a "
                    "low-back sprain (workplace injury, CNESST file).",
                    ('list', ["Weeks 1-2: 3 days of 4 h", "Weeks 3-4: 4 days of 6 h",
                              "No patient transfers or lifting over 10 kg until further notice"]),
                    "Please adjust the schedule accordingly.", "OHS advisor"]
    d.note = 'employee gradual return to work'


def job_posting(d, pool):
    """Internal job posting."""
    r, L = d.rng, d.lang
    hr = [s for s in STAFF if s.role_en == 'HR advisor'][0]
    d.category = 'job_posting'
    d.sender = ("Dotation - Ressources humaines" if L == 'fr' else "Staffing - Human Resources", f"dotation@{DOM}")
    d.to = [("Tous les employés SAPA" if L == 'fr' else "All SAPA staff", f"tous.sapa@{DOM}")]
    post = r.pick([("Infirmière clinicienne / infirmier clinicien - Clinique de mémoire", "Clinical nurse - Memory Clinic"),
                   ("Ergothérapeute - Hôpital de jour gériatrique", "Occupational therapist - Geriatric Day Hospital"),
                   ("Agent(e) administratif(ve) classe 2 - MAH", "Administrative officer class 2 - MAH"),
                   ("Kinésiologue - Clinique des chutes", "Kinesiologist - Falls Clinic"),
                   ("Préposé(e) aux bénéficiaires - CHSLD des Érables", "Patient care attendant - CHSLD des Érables")])
    num = f"SAPA-{d.when:%y}-{r.randrange(100, 999)}"
    if L == 'fr':
        d.subject = f"Affichage interne {num} : {post[0]}"
        d.blocks = [f"Affichage {num}", ('kv', [("Poste", post[0]), ("Statut", r.pick(["temps complet permanent", "temps partiel 7/14", "remplacement 12 mois"])),
                                               ("Échelle salariale", f"{r.randrange(24, 31)},{r.randrange(10, 99)} $ à {r.randrange(38, 52)},{r.randrange(10, 99)} $ / h"),
                                               ("Fin de l'affichage", fdate(future(d, 10, 20), L))]),
                    "Exigences : membre en règle de l'ordre professionnel, expérience en gériatrie un atout, connaissance de "
                    "l'approche adaptée à la personne âgée.",
                    f"Pour postuler : Espace RH, ou écrire à {hr.name()}, conseiller RH, poste 2231."]
    else:
        d.subject = f"Internal posting {num}: {post[1]}"
        d.blocks = [f"Posting {num}", ('kv', [("Position", post[1]), ("Status", r.pick(["full-time permanent", "part-time 7/14", "12-month replacement"])),
                                             ("Pay scale", f"${r.randrange(24, 31)}.{r.randrange(10, 99)} to ${r.randrange(38, 52)}.{r.randrange(10, 99)}/h"),
                                             ("Closing date", fdate(future(d, 10, 20), L))]),
                    "Requirements: member in good standing of the professional order; geriatric experience an asset; knowledge "
                    "of the senior-friendly approach.", f"Apply via HR Space or write to {hr.name()}, HR advisor, ext. 2231."]
    d.note = 'internal job posting'


def candidate(d, pool):
    """Hiring committee exchange about job candidates (not patients)."""
    r, L = d.rng, d.lang
    hr = [s for s in STAFF if s.role_en == 'HR advisor'][0]
    boss = pick_staff(r, r.pick(['memoire', 'hjg', 'chutes']), md=False)
    d.category = 'hiring'
    d.sender = who(hr)
    d.to = [who(boss)]
    cands = r.sample([("Laurence", "Cyr"), ("Mohamed", "Zerrouki"), ("Jessica", "Lamarre"), ("Thomas", "Bergevin"),
                      ("Noémie", "Pinard"), ("Kevin", "Duchesne")], 3)
    rows = [[f"{g} {s}", f"{r.randrange(2, 15)} {'ans' if L == 'fr' else 'yrs'}", r.pick(["CHUM", "CISSS voisin", "agence", "GMF"]),
             fdate(future(d, 3, 10), L, 'iso')] for g, s in cands]
    head = ["Candidat(e)", "Expérience", "Milieu actuel", "Entrevue"] if L == 'fr' else ["Candidate", "Experience", "Current employer", "Interview"]
    if L == 'fr':
        d.subject = "Entrevues - poste d'infirmière clinicienne"
        d.blocks = [hello(r, L, boss.given), "Voici les candidatures retenues pour les entrevues. Les CV sont dans le dossier partagé RH.",
                    ('table', head, rows), "Grille d'évaluation jointe. Merci de confirmer vos disponibilités.", bye(r, L), sig(r, hr, L)]
    else:
        d.subject = "Interviews - clinical nurse position"
        d.blocks = [hello(r, L, boss.given), "Here are the shortlisted candidates. CVs are in the HR shared folder.",
                    ('table', head, rows), "Evaluation grid attached. Please confirm your availability.", bye(r, L), sig(r, hr, L)]
    d.attachments.append((DOCX_CT, 'grille_entrevue.docx' if L == 'fr' else 'interview_grid.docx',
                          make_docx("Grille d'entrevue" if L == 'fr' else "Interview grid",
                                    [('table', ["Critère" if L == 'fr' else "Criterion", "Pondération" if L == 'fr' else "Weight", "Note" if L == 'fr' else "Score"],
                                      [["Connaissances cliniques en gériatrie" if L == 'fr' else "Geriatric clinical knowledge", "30 %", ""],
                                       ["Communication avec les familles" if L == 'fr' else "Communication with families", "25 %", ""],
                                       ["Travail interdisciplinaire" if L == 'fr' else "Interdisciplinary work", "25 %", ""],
                                       ["Gestion des priorités" if L == 'fr' else "Priority management", "20 %", ""]])], hr.name())))
    d.note = 'hiring committee candidates list'


def baby_news(d, pool):
    """Congratulations on a colleague's baby, with the baby's birth date and weight."""
    r, L = d.rng, d.lang
    sender = pick_staff(r, md=False)
    mom = pick_staff(r, md=False, exclude=(sender,))
    baby = r.pick(["Léa", "Florence", "Jacob", "Arthur", "Maëlle", "Noah"])
    bd = past(d, 2, 10)
    d.category = 'staff_social'
    d.sender = who(sender)
    d.to = [_list("Équipe clinique de mémoire", "Memory clinic team", L)]
    if L == 'fr':
        d.subject = f"Bienvenue à {baby}!"
        d.blocks = [hello(r, L), f"Bonne nouvelle : {mom.name()} a accouché de {baby}, né(e) le {fdate(bd, L)} à {r.randrange(1, 12)} h {r.randrange(10, 59)}, "
                    f"{r.pick(['3,2', '3,6', '2,9', '4,1'])} kg. Maman et bébé vont très bien!",
                    "On fait une collecte pour un cadeau, l'enveloppe est au poste des infirmières jusqu'à vendredi.", sender.given]
    else:
        d.subject = f"Welcome {baby}!"
        d.blocks = [hello(r, L), f"Great news: {mom.name()} gave birth to {baby}, born {fdate(bd, L)} at {r.randrange(1, 12)}:{r.randrange(10, 59)}, "
                    f"{r.pick(['3.2', '3.6', '2.9', '4.1'])} kg. Mom and baby are doing great!",
                    "We're collecting for a gift; the envelope is at the nursing station until Friday.", sender.given]
    d.note = "colleague's baby announcement"


def birthdays(d, pool):
    """Monthly staff birthday list (staff birth dates)."""
    r, L = d.rng, d.lang
    org = pick_staff(r, 'admin', md=False)
    d.category = 'staff_social'
    d.sender = who(org)
    d.to = [("Tous SAPA" if L == 'fr' else "All SAPA", f"tous.sapa@{DOM}")]
    mo = d.when.month % 12 + 1
    people = r.sample(STAFF, 5)
    rows = [[s.name(), box(s.service, L)[0], f"{r.randrange(1, 29)} {['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'][mo - 1]}" if L == 'fr'
             else f"{['January','February','March','April','May','June','July','August','September','October','November','December'][mo - 1]} {r.randrange(1, 29)}"] for s in people]
    if L == 'fr':
        d.subject = "Les fêtés du mois prochain 🎂"
        d.blocks = [hello(r, L), "Voici les anniversaires du mois prochain. Le gâteau sera servi le dernier jeudi à 14 h 30, salle 2.010.",
                    ('table', ["Nom", "Service", "Date"], rows), org.given]
    else:
        d.subject = "Next month's birthdays 🎂"
        d.blocks = [hello(r, L), "Here are next month's birthdays. Cake on the last Thursday at 2:30 p.m., room 2.010.",
                    ('table', ["Name", "Service", "Date"], rows), org.given]
    d.note = 'staff birthday list'


def retirement(d, pool):
    """Retirement party invitation for a physician (named with the diseases they treat)."""
    r, L = d.rng, d.lang
    doc = pick_staff(r, md=True)
    org = pick_staff(r, doc.service, md=False)
    d.category = 'staff_social'
    d.sender = who(org)
    d.to = [("Personnel SAPA" if L == 'fr' else "SAPA staff", f"tous.sapa@{DOM}")]
    day = future(d, 10, 30)
    if L == 'fr':
        d.subject = f"5 à 7 - départ à la retraite de {doc.titled(L)}"
        d.blocks = [hello(r, L), f"Après 31 ans au service des aînés, {doc.titled(L)}, {doc.role(L)}, prend sa retraite. "
                    "Pionnier(ère) de la clinique de mémoire et des soins aux personnes atteintes de la maladie d'Alzheimer, "
                    "de Parkinson et de démence à corps de Lewy, il/elle a formé des dizaines de résidents.",
                    f"Rendez-vous le {fday(day, L)} à 17 h au Bistro du Moulin. Contribution de 20 $ pour le cadeau.", bye(r, L), sig(r, org, L)]
    else:
        d.subject = f"Farewell party - {doc.titled(L)} retires"
        d.blocks = [hello(r, L), f"After 31 years serving older adults, {doc.titled(L)}, {doc.role(L)}, is retiring. A pioneer of "
                    "the memory clinic and of care for people with Alzheimer's, Parkinson's and Lewy body dementia, they trained "
                    "dozens of residents.", f"Join us {fday(day, L)} at 5 p.m. at Bistro du Moulin. $20 toward the gift.", bye(r, L), sig(r, org, L)]
    d.note = 'retirement party invitation'


def training(d, pool):
    """Mandatory training session (PDSB, senior-friendly approach), with ICS."""
    r, L = d.rng, d.lang
    org = pick_staff(r, 'admin', md=False)
    trainer = pick_staff(r, r.pick(['hjg', 'chutes', 'memoire']))
    d.category = 'training'
    d.sender = ("Formation continue SAPA" if L == 'fr' else "SAPA Continuing Education", f"formation.sapa@{DOM}")
    d.to = [("Personnel clinique SAPA" if L == 'fr' else "SAPA clinical staff", f"clinique.sapa@{DOM}")]
    topic = r.pick([("Approche adaptée à la personne âgée (AAPA)", "Senior-friendly approach (AAPA)"),
                    ("Prévention du délirium chez la personne hospitalisée", "Delirium prevention in hospitalized older adults"),
                    ("SCPD : interventions non pharmacologiques", "BPSD: non-pharmacological interventions"),
                    ("PDSB - principes de déplacement sécuritaire", "Safe patient handling (PDSB)")])
    day = future(d, 10, 40)
    start = datetime.datetime(day.year, day.month, day.day, 13, 0)
    if L == 'fr':
        d.subject = f"Formation obligatoire : {topic[0]}"
        d.blocks = [hello(r, L), f"Une formation « {topic[0]} » sera donnée par {trainer.titled(L)} ({trainer.role(L)}) "
                    f"le {fday(day, L)} de 13 h à 16 h, salle Laurier.",
                    "Inscription dans l'ENA avant le 15. Les heures sont rémunérées (code 0452).", bye(r, L), "Formation continue SAPA"]
    else:
        d.subject = f"Mandatory training: {topic[1]}"
        d.blocks = [hello(r, L), f"A session on \"{topic[1]}\" will be given by {trainer.titled(L)} ({trainer.role(L)}) on {fday(day, L)} "
                    "from 1 to 4 p.m., Laurier room.", "Register in ENA before the 15th. Hours are paid (code 0452).", bye(r, L),
                    "SAPA Continuing Education"]
    if r.chance(0.6):
        ics = make_ics(f"form-{d.when:%Y%m%d}-{r.randrange(10 ** 5):05d}@{DOM}", topic[0] if L == 'fr' else topic[1],
                       "Formation obligatoire" if L == 'fr' else "Mandatory training", "Pavillon Laurier, salle Laurier",
                       start, start + datetime.timedelta(hours=3), (org.name(), org.email), [],
                       d.when.astimezone(datetime.timezone.utc).replace(tzinfo=None))
        d.attachments.append(('text/calendar', 'formation.ics' if L == 'fr' else 'training.ics', ics.encode('utf-8')))
    d.note = 'mandatory training notice'


def on_call(d, pool):
    """Physician on-call schedule for geriatrics."""
    r, L = d.rng, d.lang
    sec = pick_staff(r, 'admin', md=False)
    mds = [s for s in STAFF if s.md]
    d.category = 'on_call'
    d.sender = who(sec)
    d.to = [("Urgence - assistantes" if L == 'fr' else "ED clerks", f"urgence.assist@{DOM}"), box('ucdg', L)]
    start = future(d, 2, 10)
    rows = []
    for i in range(7):
        day = start + datetime.timedelta(days=i)
        doc = r.pick(mds)
        rows.append([fday(day, L), doc.titled(L), f"{r.pick(['450', '514'])}-555-01{r.randrange(0, 100):02d}"])
    if L == 'fr':
        d.subject = f"Garde en gériatrie - semaine du {fdate(start, L)}"
        d.blocks = [hello(r, L), "Voici la liste de garde en gériatrie (consultations urgence et UCDG). Téléavertisseurs ci-dessous.",
                    ('table', ["Jour", "Médecin de garde", "Téléavertisseur"], rows), sig(r, sec, L)]
    else:
        d.subject = f"Geriatrics on call - week of {fdate(start, L)}"
        d.blocks = [hello(r, L), "Here is the geriatrics on-call list (ED consults and UCDG). Pagers below.",
                    ('table', ["Day", "On-call physician", "Pager"], rows), sig(r, sec, L)]
    d.note = 'physician on-call list'


def staff_meeting(d, pool):
    """Team meeting agenda (ordre du jour)."""
    r, L = d.rng, d.lang
    boss = pick_staff(r, 'admin', md=False)
    d.category = 'meeting_agenda'
    d.sender = who(boss)
    d.to = [("Chefs de service SAPA" if L == 'fr' else "SAPA service heads", f"chefs.sapa@{DOM}")]
    day = future(d, 3, 10)
    if L == 'fr':
        d.subject = f"Ordre du jour - rencontre des gestionnaires SAPA du {fdate(day, L)}"
        d.blocks = [hello(r, L), ('list', ["Adoption du compte rendu précédent", "Suivi des listes d'attente MAH (tableau de bord)",
                                          "Plan d'action maltraitance 2025", "Recrutement PAB - état de situation",
                                          "Visite d'Agrément Canada : préparation", "Varia"]),
                    "Teams : lien dans l'invitation.", bye(r, L), sig(r, boss, L)]
    else:
        d.subject = f"Agenda - SAPA managers meeting {fdate(day, L)}"
        d.blocks = [hello(r, L), ('list', ["Approval of previous minutes", "MAH waiting list follow-up (dashboard)",
                                          "2025 elder abuse action plan", "Attendant recruitment - status",
                                          "Accreditation Canada visit: preparation", "Other business"]),
                    "Teams link in the invitation.", bye(r, L), sig(r, boss, L)]
    d.note = 'managers meeting agenda'


def benefits(d, pool):
    """Group insurance enrolment confirmation for an employee (staff and dependant birth dates)."""
    r, L = d.rng, d.lang
    emp = pick_staff(r, md=False)
    d.category = 'benefits'
    d.sender = ("Avantages sociaux" if L == 'fr' else "Employee Benefits", f"avantages.sociaux@{DOM}")
    d.to = [who(emp)]
    edob = datetime.date(r.randrange(1972, 1998), r.randrange(1, 13), r.randrange(1, 29))
    kid = datetime.date(r.randrange(2012, 2024), r.randrange(1, 13), r.randrange(1, 29))
    if L == 'fr':
        d.subject = "Confirmation d'adhésion - assurance collective"
        d.blocks = [f"Bonjour {emp.name()},", "Votre adhésion au régime d'assurance collective est confirmée.",
                    ('kv', [("Employé(e)", emp.name()), ("Date de naissance", fdate(edob, L, 'iso')), ("Protection", "familiale"),
                            ("Personne à charge", f"enfant, né(e) le {fdate(kid, L, 'iso')}"),
                            ("Entrée en vigueur", fdate(future(d, 10, 30), L))]),
                    "Les cartes de l'assureur vous seront postées. Service des avantages sociaux, poste 2240."]
    else:
        d.subject = "Enrolment confirmation - group insurance"
        d.blocks = [f"Hello {emp.name()},", "Your group insurance enrolment is confirmed.",
                    ('kv', [("Employee", emp.name()), ("Date of birth", fdate(edob, L, 'iso')), ("Coverage", "family"),
                            ("Dependant", f"child, born {fdate(kid, L, 'iso')}"), ("Effective", fdate(future(d, 10, 30), L))]),
                    "Insurer cards will be mailed to you. Employee Benefits, ext. 2240."]
    d.note = 'employee group insurance enrolment'
