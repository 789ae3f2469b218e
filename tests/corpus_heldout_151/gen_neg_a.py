"""Negative messages, part A: people and communication (schedules, HR, payroll, newsletters,
committees, conferences, postings, staff health, celebrations, training, minutes)."""
import datetime

from stdnum import luhn, ean
from gen_common import STAFF, EXTERNAL, CLINIC_FR, CLINIC_EN, ORG_FR, ORG_EN, ADDR_FR, ADDR_EN, TEL, FAX, dfmt, day_phrase
from gen_mime import att
from gen_docs import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf, make_zip

REG = []
ALL = ("Équipe clinique d'allergie", "equipe.allergie@hsal.example")
ALL_EN = ("Allergy clinic team", "equipe.allergie@hsal.example")
DOCS = ["vachon", "benali", "raman", "lafreniere"]


def reg(n):
    def deco(fn):
        REG.append((fn, n, "none"))
        return fn
    return deco


# ---------------------------------------------------------------- hard-looking numbers
def luhn_digits(rng, n, first=None):
    body = (str(first) if first is not None else str(rng.randint(1, 9))) + "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def sin_like(rng):
    d = luhn_digits(rng, 9, rng.randint(1, 7))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def gtin(rng):
    body = "0" + "".join(str(rng.randint(0, 9)) for _ in range(11))
    return body + ean.calc_check_digit(body)


def bn(rng):  # GST/QST style business number: 9 Luhn-valid digits + program account
    d = luhn_digits(rng, 9)
    return f"{d} RT0001", f"{luhn_digits(rng, 10)} TQ0001"


SPEAKERS = [("Jonathan", "Kessler", "M"), ("Marie-Pier", "Lanctôt", "F"), ("Samir", "Haddouche", "M"),
            ("Ingrid", "Solberg", "F"), ("Thomas", "Vancauwenberghe", "M"), ("Kenji", "Morisaki", "M"),
            ("Annie", "Beauchemin", "F"), ("Rachel", "Oyelaran", "F")]
CANDIDATES = [("Laurence", "Pépin"), ("Mohamed", "Aït-Kaci"), ("Véronique", "Lussier"), ("Jade", "Tessier"),
              ("Félicia", "Dagenais"), ("Arnaud", "Clermont")]


def dr(c, key):
    return STAFF[key].titled(c.lang)


@reg(6)
def on_call_schedule(c):
    frm = STAFF[c.pick(["bergevin", "trepanier", "vachon"])]
    month = (c.dt.date().replace(day=1) + datetime.timedelta(days=35)).replace(day=1)
    rows = [[c.L("Semaine du", "Week of"), c.L("Garde allergie/immunologie", "Allergy/immunology on call"),
             c.L("Garde pédiatrique", "Paediatric on call"), c.L("Clinique IgIV", "IVIG clinic")]]
    d = month
    for _ in range(5):
        rows.append([d.isoformat(), STAFF[c.pick(["vachon", "benali", "raman"])].full, STAFF["lafreniere"].full,
                     STAFF[c.pick(["raman", "benali"])].full])
        d += datetime.timedelta(days=7)
    mname = dfmt(month, "long", c.lang).split(" ", 1)[1] if c.fr() else dfmt(month, "long", "en").split(" ")[0]
    text = c.L(f"Bonjour à tous,\n\nVoici l'horaire de garde de {mname}. Les échanges doivent m'être signalés avant le 20. "
               "Rappel : la garde d'immunologie couvre aussi les réactions aux perfusions d'IgIV de l'hôpital de jour "
               "et les appels de la banque de sang.\n",
               f"Hello all,\n\nHere is the on-call schedule for {mname}. Please send any swaps before the 20th. "
               "Reminder: the immunology call also covers day-hospital IVIG infusion reactions and blood bank calls.\n") + c.sig(frm)
    kind = c.pick(["xlsx", "csv", "inline", "xlsx"])
    atts = []
    if kind == "xlsx":
        atts.append(att("xlsx", c.L(f"garde_{month:%Y-%m}.xlsx", f"oncall_{month:%Y-%m}.xlsx"), make_xlsx([(c.L("Garde", "On call"), rows)], c.dt)))
    elif kind == "csv":
        atts.append(att("csv", f"garde_{month:%Y_%m}.csv", make_csv(rows, ";"), charset=c.pick(["utf-8", "windows-1252"])))
    else:
        text += "\n" + "\n".join(" | ".join(r) for r in rows) + "\n"
    return c.finish("schedule", c.L("horaire de garde des médecins", "physician on-call schedule"), frm, [ALL], c.L(f"Horaire de garde — {mname}", f"On-call schedule - {mname}"), text, atts=atts)


@reg(5)
def leave_request(c):
    who = STAFF[c.pick(["quirion", "stemarie", "lariviere", "audet", "bergevin", "okafor"])]
    mgr = STAFF["trepanier"]
    start = c.dt.date() + datetime.timedelta(days=c.rng.randint(20, 90))
    end = start + datetime.timedelta(days=c.rng.randint(4, 14))
    kind = c.pick(["vac", "sick", "approve", "training"])
    if kind == "vac":
        subj = c.L("Demande de vacances", "Vacation request")
        text = c.L(f"Bonjour Normand,\n\nJe souhaiterais prendre mes vacances du {dfmt(start, 'long', 'fr')} au {dfmt(end, 'long', 'fr')}. "
                   "Josianne a accepté de couvrir les injections d'immunothérapie du mardi. Le formulaire est dans Logibec.\n\nMerci!",
                   f"Hi Normand,\n\nI would like to take vacation from {dfmt(start, 'long', 'en')} to {dfmt(end, 'long', 'en')}. "
                   "Josianne agreed to cover Tuesday immunotherapy injections. The form is in Logibec.\n\nThanks!") + c.sig(who, short=True)
        frm, to = who, [mgr]
    elif kind == "sick":
        subj = c.L("Absence aujourd'hui", "Off sick today")
        text = c.L("Bonjour,\n\nJe suis malade (gastro) et ne pourrai pas entrer aujourd'hui ni probablement demain. "
                   "Mes TPO de ce matin devront être déplacés — Francine, peux-tu appeler les familles? Billet médical à suivre.\n",
                   "Hi,\n\nI'm sick (stomach bug) and won't be in today, probably not tomorrow either. "
                   "This morning's food challenges will need to be moved — Francine, could you call the families? Medical note to follow.\n") + c.sig(who, short=True)
        frm, to = who, [mgr, STAFF["audet"]]
    elif kind == "approve":
        subj = c.L("RE: Demande de congé — approuvée", "RE: Leave request - approved")
        text = c.L(f"Bonjour {who.given},\n\nTa demande de congé sans solde du {dfmt(start, 'long', 'fr')} au {dfmt(end, 'long', 'fr')} "
                   "est approuvée. Marie-Soleil aux RH va t'envoyer la confirmation et l'impact sur tes avantages sociaux.\n",
                   f"Hi {who.given},\n\nYour unpaid leave from {dfmt(start, 'long', 'en')} to {dfmt(end, 'long', 'en')} is approved. "
                   "Marie-Soleil in HR will send the confirmation and the impact on your benefits.\n") + c.sig(mgr)
        frm, to = mgr, [who]
    else:
        subj = c.L("Congé de formation", "Education leave")
        text = c.L(f"Bonjour,\n\nJe demande deux jours de congé de formation ({dfmt(start, 'long', 'fr')}) pour le congrès "
                   "de l'Association des infirmières en allergie. Frais d'inscription : 425 $.\n",
                   f"Hello,\n\nRequesting two days of education leave ({dfmt(start, 'long', 'en')}) for the Allergy Nurses "
                   "Association meeting. Registration: $425.\n") + c.sig(who)
        frm, to = who, [mgr]
    return c.finish("hr_leave", c.L("demande de congé d'une employée", "staff leave request"), frm, to, subj, text)


@reg(5)
def payroll_notice(c):
    hr = STAFF["ayotte"]
    who = STAFF[c.pick(["quirion", "stemarie", "lariviere", "audet", "bergevin", "dufresne", "okafor"])]
    emp = luhn_digits(c.rng, 9, c.rng.randint(1, 7))
    kind = c.pick(["t4", "error", "deposit", "retro"])
    if kind == "t4":
        subj = c.L("Relevé 1 et T4 disponibles", "RL-1 and T4 slips available")
        text = c.L("Bonjour,\n\nVos relevés fiscaux (Relevé 1 et T4) sont disponibles dans le portail employé. "
                   "Pour toute question, indiquez votre matricule (9 chiffres) dans l'objet.\n",
                   "Hello,\n\nYour tax slips (RL-1 and T4) are available in the employee portal. For questions, "
                   "put your 9-digit employee number in the subject line.\n") + c.sig(hr)
        to = [ALL]
    elif kind == "error":
        subj = c.L(f"Correction de paie — matricule {emp[:3]} {emp[3:6]} {emp[6:]}", f"Pay correction - employee {emp[:3]} {emp[3:6]} {emp[6:]}")
        text = c.L(f"Bonjour {who.given},\n\nLa prime de soir de la période 14 (12 h) n'avait pas été payée. "
                   f"La correction de 38,40 $ apparaîtra sur le dépôt du {dfmt(c.dt.date() + datetime.timedelta(days=9), 'long', 'fr')}.\n",
                   f"Hi {who.given},\n\nThe evening premium for pay period 14 (12 h) was missed. The $38.40 correction "
                   f"will appear on the {dfmt(c.dt.date() + datetime.timedelta(days=9), 'long', 'en')} deposit.\n") + c.sig(hr)
        to = [who]
    elif kind == "deposit":
        subj = c.L("Changement de compte bancaire", "Direct deposit change")
        text = c.L(f"Bonjour,\n\nMerci {who.given}, ton nouveau compte pour le dépôt direct est enregistré (transit 0{c.rng.randint(1000, 9999)}). "
                   "Le changement prend effet à la prochaine paie.\n",
                   f"Hello,\n\nThanks {who.given}, your new direct deposit account is on file (transit 0{c.rng.randint(1000, 9999)}). "
                   "Effective next pay.\n") + c.sig(hr)
        to = [who]
    else:
        subj = c.L("Rétroactivité — convention collective", "Retroactive pay - collective agreement")
        text = c.L("Bonjour à tous,\n\nLes montants rétroactifs (2,8 % au 1er avril) seront versés en deux paies. "
                   "Le tableau par échelon est joint.\n", "Hello all,\n\nRetroactive amounts (2.8% as of April 1) "
                   "will be paid over two pay periods. The step table is attached.\n") + c.sig(hr)
        to = [ALL]
    atts = []
    if kind == "retro":
        rows = [[c.L("Titre d'emploi", "Job title"), c.L("Échelon", "Step"), c.L("Taux 2024", "2024 rate"), c.L("Taux 2025", "2025 rate")]]
        for t in c.L(["Infirmière clinicienne", "Infirmière", "Agente administrative", "Inhalothérapeute"],
                     ["Clinical nurse", "Nurse", "Administrative officer", "Respiratory therapist"]):
            for s in (1, 5, 9):
                r = round(c.rng.uniform(24, 52), 2)
                rows.append([t, s, r, round(r * 1.028, 2)])
        atts.append(att("xlsx", "retro_2025.xlsx", make_xlsx([("Taux", rows)], c.dt, creator=hr.full)))
    return c.finish("payroll", c.L("avis de paie aux employés", "payroll notice to staff"), hr, to, subj, text, atts=atts)


@reg(6)
def newsletter(c):
    frm = ("Communications HSAL", "communications@hsal.example")
    sp = c.pick(SPEAKERS)
    n_ofc = c.rng.randint(280, 460)
    pct = c.rng.randint(91, 98)
    doc1, doc2 = STAFF["raman"], STAFF["lafreniere"]
    if c.fr():
        items = [("Prix d'excellence", f"{doc1.titled('fr')}, immunologue clinique, a reçu le prix d'excellence en enseignement pour son "
                  "travail auprès des personnes atteintes de déficits immunitaires primaires."),
                 ("Un programme qui grandit", f"Le programme de retrait des étiquettes d'allergie à la pénicilline a réalisé {n_ofc} tests "
                  f"de provocation l'an dernier; {pct} % des patients ont pu recevoir de nouveau une pénicilline."),
                 ("Bienvenue", f"Bienvenue à {STAFF['okafor'].full}, inhalothérapeute, qui se joint au laboratoire de fonction respiratoire."),
                 ("Conférence midi", f"{'La Dre' if sp[2] == 'F' else 'Le Dr'} {sp[0]} {sp[1]} présentera « Allergie alimentaire chez l'enfant : "
                  "quand introduire l'arachide? » le jeudi 12 h, salle Morency.")]
        subj = c.pick(["Infolettre de la Direction des services professionnels", "L'Écho du pavillon Brassard — édition d'automne",
                       "Infolettre HSAL — nouvelles de vos équipes"])
        intro = "Chères et chers collègues,"
    else:
        items = [("Teaching award", f"{doc1.titled('en')}, clinical immunologist, received the teaching excellence award for her work "
                  "with people living with primary immunodeficiencies."),
                 ("A growing program", f"The penicillin allergy delabelling program completed {n_ofc} oral challenges last year; "
                  f"{pct}% of patients could take a penicillin again."),
                 ("Welcome", f"Welcome to {STAFF['okafor'].full}, respiratory therapist, joining the pulmonary function lab."),
                 ("Lunch talk", f"Dr. {sp[0]} {sp[1]} will present 'Food allergy in children: when to introduce peanut?' "
                  "Thursday at noon, Morency room.")]
        subj = c.pick(["Professional Services newsletter", "Brassard Pavilion Echo - fall edition", "HSAL newsletter - team news"])
        intro = "Dear colleagues,"
    c.rng.shuffle(items)
    html = ("<html><body style='font-family:Georgia,serif;max-width:640px'>\n<h2>" + subj + "</h2>\n<p>" + intro + "</p>\n"
            + "\n".join(f"<h3>{h}</h3>\n<p>{b}</p>" for h, b in items)
            + "\n<p style='font-size:9pt;color:#666'>" + c.L("Pour vous désabonner, répondez « retrait ».",
                                                               "To unsubscribe, reply 'remove'.") + "</p>\n</body></html>\n")
    text = intro + "\n\n" + "\n\n".join(f"{h}\n{b}" for h, b in items) + "\n"
    return c.finish("newsletter", c.L("infolettre interne", "internal newsletter"), frm, [("Tout le personnel", "tous@hsal.example")],
                    subj, text, html=html, html_only=c.chance(0.5))


@reg(5)
def committee_notice(c):
    frm = STAFF[c.pick(["dufresne", "trepanier", "vachon"])]
    w = c.when(c.rng.randint(5, 20), 12)
    topics_fr = ["Protocole de désensibilisation à l'aspirine (maladie respiratoire exacerbée par l'AAS)",
                 "Ordonnance collective : épinéphrine en cas d'anaphylaxie — mise à jour", "Critères d'utilisation des IgIV : rapport trimestriel",
                 "Retrait des étiquettes d'allergie à la pénicilline : indicateurs", "Substitution Privigen / Gamunex-C pendant la rupture",
                 "Révision du formulaire de consentement aux tests de provocation"]
    topics_en = ["Aspirin desensitization protocol (AERD)", "Standing order: epinephrine for anaphylaxis - update",
                 "IVIG utilization criteria: quarterly report", "Penicillin allergy delabelling: indicators",
                 "Privigen / Gamunex-C substitution during the shortage", "Revision of the challenge consent form"]
    topics = topics_fr if c.fr() else topics_en
    picked = c.rng.sample(topics, 4)
    members = [dr(c, "vachon"), dr(c, "raman"), c.L("Mme ", "Ms. ") + STAFF["dufresne"].full, c.L("M. ", "Mr. ") + STAFF["trepanier"].full,
               c.L("Mme ", "Ms. ") + STAFF["laberge"].full]
    text = (c.L(f"Bonjour,\n\nLa prochaine réunion du comité de pharmacologie — volet immunologie aura lieu {c.wfmt(w)}, salle 3.114 "
                "et sur Teams.\n\nOrdre du jour :\n", f"Hello,\n\nThe next Pharmacy & Therapeutics committee (immunology) meeting is "
                f"{c.wfmt(w)}, room 3.114 and on Teams.\n\nAgenda:\n")
            + "\n".join(f"{i}. {t}" for i, t in enumerate(picked, 1))
            + c.L("\n\nMembres convoqués : ", "\n\nMembers: ") + ", ".join(members) + "\n") + c.sig(frm)
    atts = []
    if c.chance(0.5):
        atts.append(att("ics", "reunion.ics" if c.fr() else "meeting.ics",
                        make_ics(f"cpt-{c.idx}@hsal.example", w, w + datetime.timedelta(hours=1),
                                 c.L("Comité de pharmacologie — immunologie", "P&T committee - immunology"), "Salle 3.114 / Teams",
                                 " ; ".join(picked), frm.addr(), [STAFF["vachon"].addr(), STAFF["raman"].addr()], c.dt),
                        params={"method": "REQUEST"}))
    return c.finish("committee", c.L("convocation de comité", "committee meeting notice"), frm, [ALL], c.L("Convocation — comité de pharmacologie", "Notice - P&T committee"), text, atts=atts)


@reg(6)
def conference_programme(c):
    frm = ("Journée d'allergie HSAL", "journee.allergie@hsal.example")
    sps = c.rng.sample(SPEAKERS, 5)
    topics = c.L(["Anaphylaxie : ce qui a changé dans les lignes directrices", "Immunothérapie orale aux arachides chez le tout-petit",
                  "Déficit immunitaire commun variable : diagnostic et IgIV", "Allergie à la pénicilline : délabelliser en première ligne",
                  "Urticaire chronique : omalizumab et au-delà", "Angioedème héréditaire : prophylaxie à long terme",
                  "Mastocytose : quand y penser?"],
                 ["Anaphylaxis: what changed in the guidelines", "Peanut oral immunotherapy in toddlers",
                  "Common variable immunodeficiency: diagnosis and IVIG", "Penicillin allergy: delabelling in primary care",
                  "Chronic urticaria: omalizumab and beyond", "Hereditary angioedema: long-term prophylaxis", "Mastocytosis: when to think of it"])
    tps = c.rng.sample(topics, 5)
    day = c.when(c.rng.randint(40, 120), 8).date()
    lines = [c.L(f"Date : {dfmt(day, 'long', 'fr')} — Auditorium Lacasse", f"Date: {dfmt(day, 'long', 'en')} — Lacasse Auditorium"), ""]
    t = datetime.datetime(day.year, day.month, day.day, 8, 30)
    for (g, s, sx), tp in zip(sps, tps):
        title = c.L("Dre " if sx == "F" else "Dr ", "Dr. ")
        lines.append(f"{t:%H:%M}  {tp} — {title}{g} {s}")
        t += datetime.timedelta(minutes=50)
    lines += ["", c.L("Activité reconnue : 6 heures de formation (section 1).", "Accredited: 6 hours (Section 1)."),
              c.L("Inscription : 90 $ médecins, 40 $ infirmières et pharmaciens, gratuit pour les résidents.",
                  "Registration: $90 physicians, $40 nurses and pharmacists, free for residents.")]
    pdf = make_pdf(c.L("Journée annuelle d'allergie et d'immunologie clinique", "Annual Allergy & Clinical Immunology Day"), lines, c.dt, author="HSAL")
    text = c.L("Bonjour,\n\nLe programme de la Journée annuelle est joint. Places limitées.\n\n", "Hello,\n\nThe Annual Day programme is attached. Seats are limited.\n\n") + "\n".join(lines[2:7]) + "\n"
    atts = [att("pdf", c.L("programme_journee_allergie.pdf", "allergy_day_programme.pdf"), pdf)]
    return c.finish("conference", c.L("programme de colloque", "conference programme"), frm, [("Liste DPC", "dpc-liste@hsal.example")],
                    c.L("Programme — Journée d'allergie et d'immunologie", "Programme - Allergy & Immunology Day"), text, atts=atts)


@reg(5)
def job_posting(c):
    frm = ("Recrutement HSAL", "recrutement@hsal.example")
    post = c.pick([("Infirmière clinicienne ou infirmier clinicien — immunothérapie et tests de provocation",
                    "Clinical nurse — immunotherapy and challenge testing"),
                   ("Agente administrative ou agent administratif — classe 2, clinique d'allergie", "Administrative officer — class 2, allergy clinic"),
                   ("Pharmacienne ou pharmacien — programme des immunoglobulines", "Pharmacist — immunoglobulin program"),
                   ("Inhalothérapeute — laboratoire de fonction respiratoire", "Respiratory therapist — pulmonary function lab")])
    num = f"{c.dt.year}-{c.rng.randint(1000, 9999)}"
    text = c.L(f"AFFICHAGE INTERNE/EXTERNE no {num}\n\n{post[0]}\nPoste permanent temps complet (35 h/sem), jour.\n\n"
               "Responsabilités : administrer l'immunothérapie sous-cutanée, surveiller les tests de provocation orale "
               "(aliments et médicaments), reconnaître et traiter l'anaphylaxie, enseigner l'usage des auto-injecteurs.\n"
               "Exigences : permis de l'OIIQ, 2 ans d'expérience, RCR à jour. Atout : expérience en pédiatrie.\n"
               f"Salaire : selon la convention collective ({c.num(c.rng.uniform(29, 34), 2)} $ à {c.num(c.rng.uniform(48, 54), 2)} $/h).\n\n"
               f"Faire parvenir votre CV avant le {dfmt(c.dt.date() + datetime.timedelta(days=21), 'long', 'fr')}.\n",
               f"INTERNAL/EXTERNAL POSTING #{num}\n\n{post[1]}\nPermanent full-time (35 h/wk), days.\n\n"
               "Duties: administer subcutaneous immunotherapy, monitor oral food and drug challenges, recognise and treat "
               "anaphylaxis, teach auto-injector use.\nRequirements: licence in good standing, 2 years experience, current CPR. "
               f"Asset: paediatrics.\nSalary: per collective agreement (${c.rng.uniform(29, 34):.2f} to ${c.rng.uniform(48, 54):.2f}/h).\n\n"
               f"Send your CV before {dfmt(c.dt.date() + datetime.timedelta(days=21), 'long', 'en')}.\n")
    atts = []
    if c.chance(0.4):
        atts.append(att("pdf", f"affichage_{num}.pdf", make_pdf(post[0] if c.fr() else post[1], text.split("\n"), c.dt, author="Recrutement")))
    return c.finish("job_posting", c.L("offre d'emploi", "job posting"), frm, [("Tout le personnel", "tous@hsal.example")],
                    c.L(f"Affichage {num} — ", f"Posting {num} - ") + (post[0] if c.fr() else post[1]).split(" — ")[0], text, atts=atts)


@reg(4)
def candidate_interviews(c):
    frm = STAFF["ayotte"]
    mgr = STAFF["trepanier"]
    cands = c.rng.sample(CANDIDATES, 3)
    day = c.when(c.rng.randint(4, 14), 9)
    lines = []
    t = day
    for g, s in cands:
        lines.append(f"{t:%H:%M} — {g} {s}" + c.pick(["", c.L(" (infirmière, 4 ans en pédiatrie)", " (nurse, 4 yrs paediatrics)"),
                                                       c.L(" (candidat interne)", " (internal candidate)")]))
        t += datetime.timedelta(minutes=45)
    text = c.L(f"Bonjour Normand,\n\nVoici l'horaire des entrevues du {dfmt(day.date(), 'long', 'fr')}, salle 3.120 :\n\n",
               f"Hi Normand,\n\nInterview schedule for {dfmt(day.date(), 'long', 'en')}, room 3.120:\n\n") + "\n".join(lines) + c.L(
        "\n\nLes CV et la grille d'évaluation sont dans le dossier partagé RH. Josianne Quirion siège au comité.\n",
        "\n\nCVs and the scoring grid are in the HR shared folder. Josianne Quirion sits on the panel.\n") + c.sig(frm)
    atts = [att("ics", "entrevues.ics", make_ics(f"int-{c.idx}@hsal.example", day, t, c.L("Entrevues — poste infirmière clinicienne", "Interviews - clinical nurse position"),
                                                 "Salle 3.120", "\\n".join(lines), frm.addr(), [mgr.addr(), STAFF["quirion"].addr()], c.dt),
                params={"method": "REQUEST"})] if c.chance(0.6) else []
    return c.finish("hr_interviews", c.L("horaire d'entrevues de candidats", "candidate interview schedule"), frm, [mgr], c.L("Entrevues", "Interviews"), text, atts=atts)


@reg(5)
def staff_health(c):
    sst = ("Santé et sécurité au travail", "sst@hsal.example")
    who = STAFF[c.pick(["stemarie", "quirion", "lariviere", "okafor", "audet"])]
    kind = c.pick(["tb", "flu", "fit", "latex", "return"])
    if kind == "tb":
        subj = c.L("Résultat — test cutané à la tuberculine (TCT) annuel", "Result - annual tuberculin skin test")
        text = c.L(f"Bonjour {who.given},\n\nVotre TCT annuel lu le {dfmt(c.dt.date(), 'long', 'fr')} est négatif (0 mm). "
                   "Aucun suivi requis. Prochain dépistage dans 12 mois.\n", f"Hi {who.given},\n\nYour annual TST read on "
                   f"{dfmt(c.dt.date(), 'long', 'en')} is negative (0 mm). No follow-up needed. Next screening in 12 months.\n")
        to = [who]
    elif kind == "flu":
        subj = c.L("Vaccination antigrippale du personnel", "Staff flu vaccination")
        text = c.L("Bonjour à tous,\n\nLa clinique de vaccination du personnel (influenza et COVID-19) sera au 1er étage du pavillon "
                   "Brassard du 14 au 25 octobre, 7 h à 16 h. Apportez votre carte d'employé. Taux de vaccination de l'unité l'an "
                   f"dernier : {c.rng.randint(58, 81)} %.\n", "Hello all,\n\nThe staff vaccination clinic (influenza and COVID-19) "
                   "will be on the 1st floor of Brassard Pavilion Oct 14-25, 7 am to 4 pm. Bring your badge. Unit vaccination "
                   f"rate last year: {c.rng.randint(58, 81)}%.\n")
        to = [ALL]
    elif kind == "fit":
        subj = c.L("Rendez-vous — essai d'ajustement N95", "Appointment - N95 fit test")
        text = c.L(f"Bonjour {who.given},\n\nVotre essai d'ajustement N95 est prévu le {c.wfmt(c.when(5))}, local SST 1.040. "
                   "Ne pas manger ni fumer 30 minutes avant.\n", f"Hi {who.given},\n\nYour N95 fit test is on "
                   f"{c.wfmt(c.when(5))}, OHS room 1.040. No food or smoking 30 minutes before.\n")
        to = [who]
    elif kind == "latex":
        subj = c.L("Mesure d'accommodement — gants sans latex", "Accommodation - latex-free gloves")
        text = c.L(f"Bonjour Normand,\n\nSuite à l'évaluation en santé au travail, {who.full} doit travailler avec des gants de nitrile "
                   "uniquement (allergie au latex confirmée). Merci de retirer les boîtes de latex des salles 3.101 à 3.108. "
                   "Le bon de commande est fait.\n", f"Hi Normand,\n\nFollowing the occupational health assessment, {who.full} must "
                   "use nitrile gloves only (confirmed latex allergy). Please remove latex boxes from rooms 3.101-3.108. "
                   "Purchase order done.\n")
        to = [STAFF["trepanier"]]
    else:
        subj = c.L("Retour progressif au travail", "Gradual return to work")
        text = c.L(f"Bonjour Normand,\n\n{who.full} reprendra le travail en retour progressif à compter du "
                   f"{dfmt(c.dt.date() + datetime.timedelta(days=7), 'long', 'fr')} : 3 jours/semaine pendant 4 semaines, "
                   "tâches sans soulèvement. Les détails médicaux restent à la SST.\n",
                   f"Hi Normand,\n\n{who.full} will start a gradual return on {dfmt(c.dt.date() + datetime.timedelta(days=7), 'long', 'en')}: "
                   "3 days/week for 4 weeks, no lifting. Medical details remain with OHS.\n")
        to = [STAFF["trepanier"]]
    return c.finish("occupational_health", c.L("santé au travail d'un employé", "staff occupational health"), sst, to, subj,
                    text + c.sig(STAFF["ayotte"], conf=False).replace(STAFF["ayotte"].full, "Équipe SST" if c.fr() else "OHS team"))


@reg(4)
def birthday_baby(c):
    kind = c.pick(["birthdays", "baby"])
    frm = STAFF[c.pick(["bergevin", "audet", "laberge"])]
    if kind == "birthdays":
        ppl = c.rng.sample(["quirion", "stemarie", "lariviere", "dufresne", "okafor", "audet", "ayotte"], 3)
        month = c.dt.month
        lines = []
        for k in ppl:
            y = c.rng.randint(1968, 1998)
            d = datetime.date(y, month, c.rng.randint(1, 28))
            lines.append(f"- {STAFF[k].full} : {dfmt(d, 'long', c.lang)}" if c.fr() else f"- {STAFF[k].full}: {dfmt(d, 'long', 'en')}")
        text = c.L("Bonjour la gang,\n\nLes fêtés du mois (le gâteau — sans noix, évidemment! — jeudi 15 h à la salle du personnel) :\n\n",
                   "Hi everyone,\n\nThis month's birthdays (cake — nut-free, of course! — Thursday 3 pm in the staff room):\n\n") + "\n".join(lines) + "\n"
        subj = c.L("Anniversaires du mois 🎂", "Birthdays this month 🎂")
    else:
        k = c.pick(["benali", "lafreniere", "quirion", "dufresne"])
        baby = c.pick([("Léonie", "F"), ("Elliot", "M"), ("Maëlle", "F"), ("Raphaël", "M")])
        born = c.dt.date() - datetime.timedelta(days=c.rng.randint(1, 6))
        w = c.rng.uniform(2.9, 4.1)
        text = c.L(f"Bonne nouvelle!\n\n{STAFF[k].full} nous annonce la naissance de {baby[0]}, né{'e' if baby[1] == 'F' else ''} le "
                   f"{dfmt(born, 'long', 'fr')} à {c.rng.randint(1, 23)} h {c.rng.randint(0, 59):02d}, {c.num(w, 2)} kg. "
                   "Maman et bébé se portent bien. Une carte circule au poste des infirmières.\n",
                   f"Great news!\n\n{STAFF[k].full} announces the birth of {baby[0]}, born {dfmt(born, 'long', 'en')}, "
                   f"{w:.2f} kg. Mom and baby are doing well. A card is going around at the nursing station.\n")
        subj = c.L("Naissance dans l'équipe! 👶", "A new baby on the team! 👶")
    return c.finish("social_staff", c.L("annonce sociale du personnel", "staff social announcement"), frm, [ALL], subj, text + c.sig(frm, short=True))


@reg(5)
def training_session(c):
    frm = STAFF[c.pick(["quirion", "laberge", "lafreniere"])]
    w = c.when(c.rng.randint(7, 30), 13)
    topic = c.pick([("Simulation : anaphylaxie en salle d'injection", "Simulation: anaphylaxis in the injection room"),
                    ("Auto-injecteurs : les nouveaux dispositifs (Emerade, Allerject)", "Auto-injectors: the new devices (Emerade, Allerject)"),
                    ("Perfusions d'IgIV : débits, réactions et documentation", "IVIG infusions: rates, reactions and charting"),
                    ("Tests de provocation aux médicaments : rôle infirmier", "Drug challenges: the nursing role")])
    text = c.L(f"Bonjour,\n\nFormation obligatoire « {topic[0]} » {c.wfmt(w)}, salle de simulation 2.015 (durée 2 h). "
               "Deux groupes de 8. Inscription sur la feuille au poste avant vendredi. Les heures sont rémunérées.\n\n"
               "Objectifs : reconnaître une réaction systémique, épinéphrine IM dans les 5 minutes, positionnement, "
               "documentation et déclaration (AH-223).\n",
               f"Hello,\n\nMandatory training '{topic[1]}' {c.wfmt(w)}, simulation room 2.015 (2 h). Two groups of 8. "
               "Sign up at the desk before Friday. Hours are paid.\n\nObjectives: recognise a systemic reaction, IM "
               "epinephrine within 5 minutes, positioning, charting and incident reporting (AH-223).\n") + c.sig(frm)
    atts = []
    if c.chance(0.5):
        atts.append(att("ics", "formation.ics", make_ics(f"trn-{c.idx}@hsal.example", w, w + datetime.timedelta(hours=2),
                                                         topic[0] if c.fr() else topic[1], "Salle 2.015", "", frm.addr(),
                                                         [ALL], c.dt), params={"method": "REQUEST"}))
    return c.finish("training", c.L("formation du personnel", "staff training notice"), frm, [ALL], c.L("Formation : ", "Training: ") + (topic[0] if c.fr() else topic[1]), text, atts=atts)


@reg(5)
def team_minutes(c):
    frm = STAFF[c.pick(["laberge", "trepanier", "bergevin"])]
    d = c.dt.date() - datetime.timedelta(days=c.rng.randint(1, 5))
    items = c.L([f"Délai d'attente P3 : {c.rng.randint(9, 16)} mois; ajout d'une plage de TPO le mercredi (Dr Lafrenière).",
                 "Frigo des extraits : deux alarmes de température en octobre; Services techniques avisés.",
                 "Nouveau formulaire de référence pour les allergies à la pénicilline : diffusion aux GMF en janvier.",
                 f"IgIV : consommation de {c.rng.randint(1800, 2600)} g ce trimestre, dans la cible.",
                 "Rappel : double vérification des fioles d'immunothérapie avant chaque injection.",
                 "Départ à la retraite de Francine Audet en juin — affichage à venir."],
                [f"P3 wait time: {c.rng.randint(9, 16)} months; extra Wednesday OFC slot (Dr. Lafrenière).",
                 "Extract fridge: two temperature alarms in October; Facilities notified.",
                 "New penicillin allergy referral form: rollout to FMGs in January.",
                 f"IVIG: {c.rng.randint(1800, 2600)} g used this quarter, on target.",
                 "Reminder: double-check immunotherapy vials before every injection.",
                 "Francine Audet retiring in June - posting to come."])
    picked = c.rng.sample(items, 4)
    body = [c.L(f"Compte rendu — réunion d'équipe du {dfmt(d, 'long', 'fr')}", f"Minutes — team meeting of {dfmt(d, 'long', 'en')}"),
            c.L("Présents : ", "Present: ") + ", ".join(STAFF[k].full for k in ["vachon", "benali", "quirion", "stemarie", "laberge"])] + \
           [f"{i}. {t}" for i, t in enumerate(picked, 1)]
    if c.chance(0.6):
        atts = [att("docx", c.L(f"CR_equipe_{d:%Y%m%d}.docx", f"team_minutes_{d:%Y%m%d}.docx"),
                    make_docx(body[0], body[1:], c.dt, author=frm.full))]
        text = c.L("Bonjour,\n\nLe compte rendu de la réunion est joint. Corrections d'ici vendredi svp.\n",
                   "Hello,\n\nMinutes attached. Corrections by Friday please.\n") + c.sig(frm)
    else:
        atts = []
        text = "\n".join(body) + "\n" + c.sig(frm)
    return c.finish("minutes", c.L("compte rendu de réunion d'équipe", "team meeting minutes"), frm, [ALL], c.L("Compte rendu — réunion d'équipe", "Team meeting minutes"), text, atts=atts)


@reg(4)
def resident_schedule(c):
    frm = STAFF["vachon"]
    res = [("Mathieu", "Desrochers"), ("Nour", "El-Amrani"), ("Charlotte", "Boivin-Leclerc"), ("Dev", "Prakash")]
    start = (c.dt.date().replace(day=1) + datetime.timedelta(days=40)).replace(day=1)
    rows = [[c.L("Résident(e)", "Resident"), c.L("Niveau", "Level"), c.L("Période", "Block"), c.L("Milieu", "Site")]]
    for (g, s) in res:
        rows.append([f"{g} {s}", c.pick(["R1", "R2", "R4", "R5"]), start.isoformat(),
                     c.pick([c.L("Clinique d'allergie adulte", "Adult allergy clinic"), c.L("Immunodéficiences / IgIV", "Immunodeficiency / IVIG"),
                             c.L("Allergie pédiatrique", "Paediatric allergy"), c.L("Consultations internes", "Inpatient consults")])])
    text = c.L("Bonjour,\n\nRépartition des résidents pour la prochaine période. Les évaluations de fin de stage (CanMEDS) "
               "doivent être remplies dans les 14 jours.\n\n", "Hello,\n\nResident assignments for the next block. End-of-rotation "
               "evaluations (CanMEDS) are due within 14 days.\n\n") + "\n".join(" | ".join(r) for r in rows) + "\n" + c.sig(frm)
    return c.finish("teaching_admin", c.L("horaire des résidents", "resident rotation schedule"), frm, [ALL], c.L("Résidents — prochaine période", "Residents - next block"), text)


@reg(4)
def directory_update(c):
    frm = STAFF["bergevin"]
    newp = STAFF[c.pick(["okafor", "dufresne", "lariviere"])]
    ext = c.rng.randint(4100, 4199)
    text = c.L(f"Bonjour,\n\nMise à jour du bottin de la clinique :\n- Ligne des rendez-vous : {TEL} poste 1\n- Hôpital de jour IgIV : 819 555-0146\n"
               f"- Tests de provocation : 819 555-0147\n- {newp.full} ({newp.role_fr}) : poste {ext}\n- Télécopieur : {FAX}\n\n"
               "La fiche contact est jointe.\n", f"Hello,\n\nClinic directory update:\n- Appointments line: {TEL} ext. 1\n"
               f"- IVIG day hospital: 819 555-0146\n- Challenge unit: 819 555-0147\n- {newp.full} ({newp.role_en}): ext. {ext}\n"
               f"- Fax: {FAX}\n\nContact card attached.\n") + c.sig(frm)
    v = make_vcf(newp.given, newp.surname, tels=[("WORK", f"{TEL} x{ext}")], email=newp.email, org=ORG_FR,
                 title=newp.role_fr if c.fr() else newp.role_en)
    return c.finish("directory", c.L("mise à jour du bottin téléphonique", "phone directory update"), frm, [ALL],
                    c.L("Bottin — nouveaux numéros", "Directory - new numbers"), text,
                    atts=[att("vcf", f"{newp.given}_{newp.surname}.vcf".replace(" ", "_"), v, charset="utf-8")])


@reg(3)
def social_committee(c):
    frm = ("Comité social", "comite.social@hsal.example")
    w = c.when(c.rng.randint(10, 30), 17)
    text = c.L(f"Bonjour à toutes et à tous,\n\nLe souper des fêtes de la clinique aura lieu {c.wfmt(w)} au Bistro du Quai. "
               "Coût : 35 $ (vin non inclus). Menu sans arachides ni noix — on est une clinique d'allergie après tout! "
               "Indiquez toute restriction alimentaire à Sophie avant le 1er.\n", f"Hello everyone,\n\nThe clinic holiday dinner is "
               f"{c.wfmt(w)} at Bistro du Quai. Cost: $35 (wine extra). Peanut- and nut-free menu — we are an allergy clinic after all! "
               "Send any dietary restrictions to Sophie before the 1st.\n")
    return c.finish("social_staff", c.L("invitation du comité social", "social committee invitation"), frm, [ALL],
                    c.L("Souper des fêtes 🎉", "Holiday dinner 🎉"), text)
