"""Negative templates, part A: staff, HR, schedules, payroll, training."""
import datetime

from gen_common import frn, signature, NEG_PEOPLE, STAFF, CLINIC_PHONES, ORG_FR, ORG_EN, CONF_FOOTER_FR, CONF_FOOTER_EN
from gen_ctx import att
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics

NEURO_DOCS = ["brassard", "benali", "lussier", "ashworth", "rao", "lowell", "mehta", "quintal"]
FOCUS = {"brassard": ("AVC / ICT", "stroke / TIA"), "benali": ("épilepsie", "epilepsy"), "lussier": ("SEP", "MS"),
         "ashworth": ("EMG / neuromusculaire", "EMG / neuromuscular"), "rao": ("EEG", "EEG"), "lowell": ("céphalées, AVC", "headache, stroke"),
         "mehta": ("mouvements anormaux", "movement disorders"), "quintal": ("épilepsie", "epilepsy")}


def _neg(ctx):
    return ctx.choice(NEG_PEOPLE)


def staff_schedule(ctx):
    start = ctx.future(3, 20)
    start -= datetime.timedelta(days=start.weekday())
    rows = []
    for k in range(5):
        d = start + datetime.timedelta(days=k)
        doc = ctx.choice(NEURO_DOCS)
        rows.append((d.isoformat(), ctx.staff(doc), FOCUS[doc][0 if ctx.lang == "fr" else 1],
                     ctx.choice(["Véronique Cyr", "Tommy Lavigne"]), ctx.choice(["Karine Aubin", "Nadia Ferland", "Fiona McAllister"])))
    header = ctx.L(["Date", "Neurologue de garde", "Clinique", "Technologue EEG", "Infirmière"],
                   ["Date", "Neurologist on call", "Clinic", "EEG technologist", "Nurse"])
    blocks = [ctx.L(f"Bonjour à tous,\nVoici l'horaire de garde de la semaine du {ctx.dlong(start)}. Les échanges doivent être approuvés par Marie-Claude.",
                    f"Hi all,\nHere is the on-call schedule for the week of {ctx.dlong(start)}. Swaps must be approved by Marie-Claude."),
              ("table", header, rows),
              ctx.L("Rappel : la clinique d'ICT du vendredi après-midi est annulée (réunion de service).",
                    "Reminder: Friday afternoon TIA clinic is cancelled (department meeting)."),
              ("sig", signature("fontaine", ctx.lang, "neuro"))]
    atts = []
    if ctx.rng.random() < 0.4:
        atts.append(att("xlsx", ctx.L(f"garde_{start.isoformat()}.xlsx", f"oncall_{start.isoformat()}.xlsx"),
                        make_xlsx([("Garde", header, rows)], author="M.-C. Fontaine")))
    return dict(category="staff_schedule", note=ctx.L("horaire de garde du personnel", "staff on-call schedule"),
                frm=ctx.saddr("fontaine"), to=[(ctx.L("Neurologie - tous", "Neurology - all"), "neuro-tous@hrbl.example")],
                subject=ctx.L(f"Horaire de garde — semaine du {start.isoformat()}", f"On-call schedule - week of {start.isoformat()}"),
                blocks=blocks, attachments=atts, mode=ctx.choice(["alt", "html"]))


def leave_request(ctx):
    who = ctx.choice(["cyr", "lavigne", "giguere", "aubin", "ferland", "berube", "mcallister"])
    d1 = ctx.future(20, 90)
    d2 = d1 + datetime.timedelta(days=ctx.rng.randint(4, 14))
    reason = ctx.choice([("vacances annuelles", "annual vacation"), ("congé sans solde (déménagement)", "unpaid leave (moving)"),
                         ("congé parental", "parental leave"), ("formation à l'extérieur", "external training")])
    orig = [ctx.L(f"Bonjour Marie-Claude,\nJe souhaiterais prendre {reason[0]} du {d1.isoformat()} au {d2.isoformat()}. "
                  "Véronique a accepté de couvrir mes EEG du matin.", f"Hi Marie-Claude,\nI'd like to take {reason[1]} from {d1.isoformat()} "
                  f"to {d2.isoformat()}. Coverage for the morning EEGs is arranged."),
            ctx.L(f"Merci,\n{STAFF[who][2]}", f"Thanks,\n{STAFF[who][2]}")]
    when = ctx.earlier(3, 48)
    blocks = [ctx.L("Approuvé. J'ajuste l'horaire dans le système.", "Approved. I'll update the schedule in the system."),
              ("sig", signature("fontaine", ctx.lang, "neuro", short=True)),
              ("quote", ctx.quote_intro(ctx.staff(who, False), f"{STAFF[who][6]}@hrbl.example", when), orig)]
    return dict(category="leave_request", note=ctx.L("demande de congé approuvée", "approved leave request"),
                frm=ctx.saddr("fontaine"), to=[ctx.saddr(who)], subject=ctx.L("RE: demande de congé", "RE: leave request"),
                blocks=blocks, in_reply_to=ctx.msgid(when))


def payroll(ctx):
    who = ctx.choice(["cyr", "lavigne", "giguere", "aubin", "ferland", "berube"])
    mat = ctx.rng.randint(100000, 999999)
    per = ctx.rng.randint(1, 26)
    amt = ctx.rng.randint(120, 860) + ctx.rng.randint(0, 99) / 100
    blocks = [ctx.L(f"Bonjour {STAFF[who][2]},", f"Hello {STAFF[who][2]},"),
              ctx.L(f"Suite à votre demande (matricule {mat}), la prime de garde de la période {per:02d} n'avait pas été saisie. "
                    f"Un ajustement de {amt:.2f} $ apparaîtra sur la paie du {ctx.future(5, 15).isoformat()}.",
                    f"Following your request (employee no. {mat}), the on-call premium for pay period {per:02d} had not been entered. "
                    f"An adjustment of ${amt:.2f} will appear on the {ctx.future(5, 15).isoformat()} pay."),
              ("table", ctx.L(["Code", "Description", "Heures", "Montant"], ["Code", "Description", "Hours", "Amount"]),
               [("PG-14", ctx.L("Prime de garde", "On-call premium"), f"{ctx.rng.randint(8, 40)}", f"{amt:.2f}"),
                ("TS-02", ctx.L("Temps supplémentaire 1,5", "Overtime 1.5x"), "0", "0.00")]),
              ("sig", signature("paradis", ctx.lang, "neuro"))]
    return dict(category="payroll", note=ctx.L("ajustement de paie d'un employé", "employee pay adjustment"),
                frm=ctx.saddr("paradis"), to=[ctx.saddr(who)], subject=ctx.L(f"Ajustement paie — période {per:02d}", f"Pay adjustment - period {per:02d}"),
                blocks=blocks, mode=ctx.choice(["plain", "alt"]))


def occ_health(ctx):
    who = ctx.choice(["cyr", "lavigne", "giguere", "aubin", "ferland", "castonguay", "mcallister"])
    kind = ctx.choice([
        ("Résultat de votre test cutané à la tuberculine (TCT 2 étapes) : 0 mm, négatif. Aucun suivi requis.",
         "Your two-step tuberculin skin test result: 0 mm, negative. No follow-up needed."),
        ("Votre ajustement de masque N95 (3M 1870+, taille régulière) est réussi. Prochain essai dans 2 ans.",
         "Your N95 fit test (3M 1870+, regular) passed. Next test due in 2 years."),
        ("Votre sérologie hépatite B post-vaccinale (anti-HBs) est de 145 UI/L : immunité confirmée.",
         "Your post-vaccination hepatitis B serology (anti-HBs) is 145 IU/L: immunity confirmed."),
        ("Vaccin antigrippal administré le {d} (lot FL4521B). Merci de votre participation!",
         "Flu vaccine given on {d} (lot FL4521B). Thanks for taking part!"),
    ])
    d = ctx.past(2, 20).isoformat()
    blocks = [ctx.L(f"Bonjour {STAFF[who][2]},", f"Hi {STAFF[who][2]},"),
              (kind[0] if ctx.lang == "fr" else kind[1]).format(d=d),
              ctx.L("Ce résultat est versé à votre dossier de santé au travail uniquement.",
                    "This result is filed in your occupational health record only."),
              ctx.L("Service de santé et sécurité au travail\nPoste 5120", "Occupational Health and Safety\nExt. 5120")]
    return dict(category="occ_health", note=ctx.L("résultat de santé au travail d'un employé", "employee occupational health result"),
                frm=(ctx.L("Santé au travail", "Occupational Health"), "sante.travail@hrbl.example"), to=[ctx.saddr(who)],
                subject=ctx.L("Santé au travail — résultat", "Occupational health - result"), blocks=blocks)


def job_posting(ctx):
    job = ctx.choice([("Technologue en électrophysiologie médicale (EEG/EMG)", "Medical electrophysiology technologist (EEG/EMG)"),
                      ("Infirmière clinicienne — clinique de perfusion SEP", "Clinical nurse - MS infusion clinic"),
                      ("Agent(e) administratif(ve) — prise de rendez-vous neurologie", "Administrative officer - neurology bookings"),
                      ("Infirmière pivot — prévention de l'AVC", "Nurse navigator - stroke prevention")])
    num = f"NEU-{ctx.date.year}-{ctx.rng.randint(10, 99)}"
    blocks = [ctx.L(f"AFFICHAGE INTERNE ET EXTERNE — {num}", f"INTERNAL AND EXTERNAL POSTING - {num}"),
              ctx.L(f"Titre : {job[0]}\nStatut : temps complet permanent, jour\nÉchelle salariale : 28,55 $ à 46,02 $ / h",
                    f"Title: {job[1]}\nStatus: full-time permanent, days\nSalary scale: $28.55 to $46.02 / h"),
              ctx.L("Le Service de neurologie regroupe la clinique de prévention de l'AVC, la clinique d'épilepsie, les laboratoires "
                    "d'EEG et d'EMG et la clinique de perfusion pour la sclérose en plaques.",
                    "The Department of Neurology includes the stroke prevention clinic, the epilepsy clinic, the EEG and EMG labs "
                    "and the MS infusion clinic."),
              ctx.L("Exigences : DEC ou BAC pertinent, membre en règle de l'ordre professionnel, bilinguisme un atout.",
                    "Requirements: relevant diploma, member in good standing of the professional order, bilingualism an asset."),
              ctx.L(f"Faire parvenir votre CV avant le {ctx.future(10, 25).isoformat()} à recrutement@hrbl.example.",
                    f"Send your CV before {ctx.future(10, 25).isoformat()} to recrutement@hrbl.example."),
              ("sig", signature("rheaume", ctx.lang, "neuro"))]
    return dict(category="job_posting", note=ctx.L("affichage de poste", "job posting"),
                frm=ctx.saddr("rheaume"), to=[(ctx.L("Personnel HRBL", "HRBL staff"), "tous@hrbl.example")],
                subject=ctx.L(f"Affichage {num} — {job[0]}", f"Posting {num} - {job[1]}"), blocks=blocks, mode=ctx.choice(["html", "alt", "plain"]))


def candidate(ctx):
    c1, c2 = ctx.rng.sample(NEG_PEOPLE[6:], 2)
    d = ctx.future(3, 12)
    rows = [("09:00", f"{c1[1]} {c1[2]}", ctx.L("Technologue EEG", "EEG technologist")),
            ("10:30", f"{c2[1]} {c2[2]}", ctx.L("Technologue EEG", "EEG technologist"))]
    blocks = [ctx.L("Bonjour Dre Rao,", "Hi Dr. Rao,"),
              ctx.L(f"Voici l'horaire des entrevues du {ctx.dday(d)} (salle C-4005). Le CV de la première candidate est joint; "
                    "merci de ne pas le transférer.", f"Here is the interview schedule for {ctx.dday(d)} (room C-4005). The first "
                    "candidate's CV is attached; please do not forward."),
              ("table", ctx.L(["Heure", "Candidat(e)", "Poste"], ["Time", "Candidate", "Position"]), rows),
              ("sig", signature("rheaume", ctx.lang, "neuro"))]
    cv = [f"{c1[1]} {c1[2]}", f"{ctx.rng.randint(10, 999)}, rue des Lilas, Saint-Aurèle (Québec)  -  (819) 555-01{ctx.rng.randint(70, 99)}",
          "## " + ctx.L("Expérience", "Experience"),
          ctx.L("2019-2025 Technologue EEG, Centre hospitalier du Nord (EEG de routine, vidéo-EEG, monitorage peropératoire)",
                "2019-2025 EEG technologist, Northern Hospital Centre (routine EEG, video-EEG, intraoperative monitoring)"),
          "## " + ctx.L("Formation", "Education"), ctx.L("DEC en électrophysiologie médicale, 2019", "Diploma in medical electrophysiology, 2019"),
          ctx.L("Certification CSCN (EEG), 2022", "CSCN certification (EEG), 2022")]
    return dict(category="candidate", note=ctx.L("horaire d'entrevues et CV de candidate", "interview schedule and candidate CV"),
                frm=ctx.saddr("rheaume"), to=[ctx.saddr("rao")], subject=ctx.L("Entrevues — technologue EEG", "Interviews - EEG technologist"),
                blocks=blocks, attachments=[att("docx", f"CV_{c1[2]}.docx", make_docx(ctx.L("Curriculum vitae", "Curriculum vitae"), cv, author=c1[2]))])


def baby_announcement(ctx):
    who = ctx.choice(["lavigne", "castonguay", "tanaka", "paradis"])
    baby = ctx.choice(["Léa", "Arthur", "Maëlle", "Noah", "Florence", "Édouard"])
    d = ctx.past(1, 6)
    w = ctx.rng.randint(29, 41) / 10
    blocks = [ctx.L(f"Bonne nouvelle! {STAFF[who][2]} et sa conjointe ont accueilli {baby} le {ctx.dlong(d)} à 4 h 12, {frn(w)} kg. "
                    "Maman et bébé se portent à merveille.", f"Great news! {STAFF[who][2]} and his partner welcomed {baby} on "
                    f"{ctx.dlong(d)} at 4:12 a.m., {w:.1f} kg. Mom and baby are doing great."),
              ctx.L("Une carte circule au secrétariat de neurologie jusqu'à vendredi, et une collecte pour un cadeau (boîte au C-4001).",
                    "A card is going around the neurology office until Friday, plus a gift collection (box in C-4001)."),
              ctx.L("Le comité social", "The social committee")]
    return dict(category="baby_announcement", note=ctx.L("annonce de naissance du bébé d'un collègue", "colleague's baby announcement"),
                frm=ctx.saddr("berube"), to=[(ctx.L("Neurologie - tous", "Neurology - all"), "neuro-tous@hrbl.example")],
                subject=ctx.L(f"Bienvenue à {baby}!", f"Welcome, {baby}!"), blocks=blocks, mode=ctx.choice(["html", "alt"]))


def retirement_farewell(ctx):
    who = ctx.choice(["quintal", "ashworth", "benali"])
    yrs = ctx.rng.randint(25, 36)
    d = ctx.future(10, 30)
    blocks = [ctx.L(f"Chers collègues,\nAprès {yrs} ans au service des patients atteints d'{FOCUS[who][0]} et de maladies neurologiques, "
                    f"{ctx.staff(who)} prendra sa retraite le {ctx.dlong(d)}.",
                    f"Dear colleagues,\nAfter {yrs} years caring for people with {FOCUS[who][1]} and other neurological diseases, "
                    f"{ctx.staff(who)} will retire on {ctx.dlong(d)}."),
              ctx.L(f"{ctx.staff(who)} a fondé notre programme de vidéo-EEG, formé plus de 60 résidents et présidé le comité "
                    "de pharmacologie pendant dix ans.", f"{ctx.staff(who)} founded our video-EEG programme, trained more than 60 "
                    "residents and chaired the pharmacy committee for ten years."),
              ctx.L(f"Un 5 à 7 aura lieu le {ctx.dday(d)} à l'Atrium. Confirmez votre présence à Josiane Bérubé.",
                    f"A reception will be held on {ctx.dday(d)} at 5 p.m. in the Atrium. RSVP to Josiane Bérubé."),
              ("sig", signature("fontaine", ctx.lang, "neuro"))]
    return dict(category="retirement_farewell", note=ctx.L("annonce de retraite d'un médecin", "physician retirement announcement"),
                frm=ctx.saddr("fontaine"), to=[(ctx.L("Neurosciences - tous", "Neurosciences - all"), "neurosciences@hrbl.example")],
                subject=ctx.L(f"Départ à la retraite — {ctx.staff(who)}", f"Retirement - {ctx.staff(who)}"), blocks=blocks)


def social_committee(ctx):
    m = ctx.future(10, 40)
    keys = ctx.rng.sample(["cyr", "lavigne", "giguere", "aubin", "ferland", "berube", "tanaka", "dunn", "kerr", "paradis"], 4)
    rows = [(f"{STAFF[k][2]} {STAFF[k][3]}", f"{ctx.rng.randint(1, 28)} {ctx.L(['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m.month - 1], ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m.month - 1])}")
            for k in keys]
    blocks = [ctx.L("Bonjour tout le monde!", "Hi everyone!"),
              ctx.L("Les anniversaires du mois prochain — gâteau le dernier jeudi à 15 h dans la salle du personnel :",
                    "Next month's birthdays - cake on the last Thursday at 3 p.m. in the staff lounge:"),
              ("table", ctx.L(["Employé(e)", "Date"], ["Staff member", "Date"]), rows),
              ctx.L("Rappel : la cotisation au club social (2 $ par paie) finance aussi le party de Noël.",
                    "Reminder: the social club fee ($2 per pay) also funds the holiday party."),
              ctx.L("Josiane, pour le comité social", "Josiane, for the social committee")]
    return dict(category="social_committee", note=ctx.L("anniversaires du personnel", "staff birthdays"),
                frm=ctx.saddr("berube"), to=[(ctx.L("Neurologie - tous", "Neurology - all"), "neuro-tous@hrbl.example")],
                subject=ctx.L("Anniversaires du mois 🎂", "Birthdays this month 🎂"), blocks=blocks, mode=ctx.choice(["html", "alt"]))


def training(ctx):
    t = ctx.choice([("Recertification RCR/BLS", "BLS recertification", "Centre de simulation, B-120"),
                    ("Formation pompe volumétrique Alaris — perfusions d'anticorps monoclonaux", "Alaris pump training - monoclonal antibody infusions", "C-4210"),
                    ("Révision ABCD2 et triage des ICT pour le personnel infirmier", "ABCD2 and TIA triage refresher for nursing staff", "C-4005"),
                    ("Préparation à l'examen de certification en EEG", "EEG certification exam preparation", "Laboratoire EEG")])
    d = ctx.future(5, 30)
    hr, h, m = ctx.hour()
    start = datetime.datetime(d.year, d.month, d.day, h, m)
    ics = make_ics(f"training-{ctx.idx}@hrbl.example", t[0] if ctx.lang == "fr" else t[1], start, start + datetime.timedelta(hours=2), t[2],
                   ctx.L("Formation obligatoire. Inscription auprès de la coordonnatrice.", "Mandatory training. Register with the coordinator."),
                   organizer=(ctx.staff("kerr", False), "alison.kerr@hrbl.example"))
    blocks = [ctx.L(f"Bonjour,\nFormation : {t[0]}\nDate : {ctx.dday(d)} à {hr}\nLieu : {t[2]}",
                    f"Hello,\nTraining: {t[1]}\nDate: {ctx.dday(d)} at {hr}\nLocation: {t[2]}"),
              ctx.L("Les heures sont rémunérées (code FOR-01). Places limitées à 12 participants.",
                    "Hours are paid (code FOR-01). Limited to 12 participants."),
              ("sig", signature("kerr", ctx.lang, "neuro"))]
    return dict(category="training", note=ctx.L("invitation à une formation du personnel", "staff training invitation"),
                frm=ctx.saddr("kerr"), to=[(ctx.L("Personnel neurologie", "Neurology staff"), "neuro-tous@hrbl.example")],
                subject=ctx.L(f"Formation — {t[0]}", f"Training - {t[1]}"), blocks=blocks,
                attachments=[att("ics", "formation.ics" if ctx.lang == "fr" else "training.ics", ics)] if ctx.rng.random() < 0.6 else [])


def resident_orientation(ctx):
    d = ctx.future(5, 25)
    res = ctx.rng.sample(NEG_PEOPLE, 2)
    rows = [(ctx.L("Sem. 1", "Wk 1"), ctx.L("Clinique de prévention de l'AVC", "Stroke prevention clinic"), ctx.staff("brassard")),
            (ctx.L("Sem. 2", "Wk 2"), ctx.L("Laboratoire d'EEG", "EEG lab"), ctx.staff("rao")),
            (ctx.L("Sem. 3", "Wk 3"), ctx.L("EMG", "EMG"), ctx.staff("ashworth")),
            (ctx.L("Sem. 4", "Wk 4"), ctx.L("Clinique SEP et perfusion", "MS and infusion clinic"), ctx.staff("lussier"))]
    blocks = [ctx.L(f"Bienvenue à {res[1][1]} {res[1][2]} et {res[0][1]} {res[0][2]}, résidents en neurologie à partir du {ctx.dlong(d)}!",
                    f"Welcome to {res[1][1]} {res[1][2]} and {res[0][1]} {res[0][2]}, neurology residents starting {ctx.dlong(d)}!"),
              ctx.L("Calendrier du bloc d'externat :", "Block schedule:"), ("table", ctx.L(["Semaine", "Stage", "Superviseur"], ["Week", "Rotation", "Supervisor"]), rows),
              ctx.L("Cartes d'accès : sécurité, niveau 1, avec une pièce d'identité. Formation DME le premier lundi à 8 h.",
                    "Access cards: security desk, level 1, bring photo ID. EMR training on the first Monday at 8 a.m."),
              ("sig", signature("kerr", ctx.lang, "neuro"))]
    return dict(category="resident_orientation", note=ctx.L("accueil des nouveaux résidents", "new resident orientation"),
                frm=ctx.saddr("kerr"), to=[(ctx.L("Résidents neuro", "Neuro residents"), "residents.neuro@hrbl.example")],
                cc=[ctx.saddr("quintal")], subject=ctx.L("Accueil — résidents en neurologie", "Orientation - neurology residents"), blocks=blocks)


TEMPLATES = [
    ("staff_schedule", staff_schedule, 7),
    ("leave_request", leave_request, 5),
    ("payroll", payroll, 5),
    ("occ_health", occ_health, 5),
    ("job_posting", job_posting, 5),
    ("candidate", candidate, 5),
    ("baby_announcement", baby_announcement, 4),
    ("retirement_farewell", retirement_farewell, 4),
    ("social_committee", social_committee, 4),
    ("training", training, 5),
    ("resident_orientation", resident_orientation, 4),
]
