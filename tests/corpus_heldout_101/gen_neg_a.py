"""Non-confidential messages, part A: staff matters (HR, schedules, payroll,
occupational health, training), job postings, IT and facilities."""
import datetime

import gen_common as G
import gen_docs as D
from gen_build import Att, Mail

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _all(c, n=None):
    return [(c.fr("Équipe MI", "ID team"), "equipe-mi@" + c.rng.choice(G.INSTITUTIONS)[3])]


# ------------------------------------------------------------------ leave
def hr_leave(c):
    emp = c.staff(role_idx=c.pick(4, 5, 7, 8))
    mgr = c.staff(role_idx=11, inst=emp.inst)
    a, b = c.future(15, 60), None
    b = a + datetime.timedelta(days=c.rng.randint(4, 18))
    kind = c.rng.randint(0, 2)
    if c.lang == "fr":
        if kind == 0:
            text = "%s\n\nJe souhaiterais prendre mes vacances du %s au %s inclusivement. %s s'est proposé(e) pour couvrir la clinique du mardi.\n\n%s\n%s" % (
                c.greet(mgr.given), c.date(a), c.date(b), c.staff().given, c.bye(), c.sig(emp))
            subj = "Demande de vacances"
        elif kind == 1:
            text = "%s\n\nTa demande de congé du %s au %s est approuvée. N'oublie pas de l'inscrire dans Logibec.\n\n%s" % (
                c.greet(emp.given), c.date(a), c.date(b), c.sig(mgr))
            subj = "RE: Demande de congé - approuvée"
        else:
            text = "%s\n\nPetit rappel : les demandes de vacances d'été doivent être remises avant le %s. Le tirage se fait par ancienneté.\n\n%s" % (
                c.greet(), c.date(c.future(5, 20)), c.sig(mgr))
            subj = "Rappel - vacances d'été"
    else:
        if kind == 0:
            text = "%s\n\nI'd like to take vacation from %s to %s inclusive. %s offered to cover Tuesday clinic.\n\n%s\n%s" % (
                c.greet(mgr.given), c.date(a), c.date(b), c.staff().given, c.bye(), c.sig(emp))
            subj = "Vacation request"
        elif kind == 1:
            text = "%s\n\nYour leave from %s to %s is approved. Please enter it in the scheduling system.\n\n%s" % (
                c.greet(emp.given), c.date(a), c.date(b), c.sig(mgr))
            subj = "RE: Leave request - approved"
        else:
            text = "%s\n\nReminder: summer vacation requests are due by %s. Slots are assigned by seniority.\n\n%s" % (
                c.greet(), c.date(c.future(5, 20)), c.sig(mgr))
            subj = "Reminder - summer vacation"
    return "hr_leave", Mail(c.lang, subj, c.sender(emp if kind == 0 else mgr), [(mgr.full, mgr.email)] if kind == 0 else [(emp.full, emp.email)],
                            text=text, date=c.now, reply=subj.startswith("RE")), "staff leave request / approval"


# ------------------------------------------------------------------ on-call schedule
def oncall_schedule(c):
    chief = c.staff(role_idx=11)
    docs = [c.staff(physician=True, inst=chief.inst) for _ in range(6)]
    start = c.future(5, 25)
    start -= datetime.timedelta(days=start.weekday())
    rows = []
    for w in range(c.rng.randint(4, 8)):
        d = start + datetime.timedelta(days=7 * w)
        a, b = c.rng.sample(docs, 2)
        rows.append([d.isoformat(), a.full, b.full, "4%03d" % c.rng.randint(0, 999)])
    head = [c.fr("Semaine du", "Week of"), c.fr("Garde MI", "ID on call"), c.fr("Consultations externes", "Outpatient consults"), c.fr("Pagette", "Pager")]
    use_xlsx = c.rng.random() < 0.5
    intro = c.fr("Voici l'horaire de garde en maladies infectieuses pour les prochaines semaines. Les échanges doivent m'être signalés.",
                 "Here is the ID on-call schedule for the coming weeks. Please let me know of any swaps.")
    if use_xlsx:
        x = D.make_xlsx([(c.fr("Garde", "On call"), head, rows)], creator=chief.full)
        text = "%s\n\n%s\n\n%s" % (c.greet(), intro, c.sig(chief))
        atts = [Att(c.fr("horaire_garde_MI.xlsx", "ID_oncall.xlsx"), XLSX, data=x)]
    else:
        table = "\n".join("%-12s %-24s %-24s %s" % tuple(r) for r in rows)
        text = "%s\n\n%s\n\n%-12s %-24s %-24s %s\n%s\n\n%s" % (c.greet(), intro, *head, table, c.sig(chief))
        atts = []
    subj = c.fr("Horaire de garde MI - %s", "ID on-call schedule - %s") % c.date(start, 1)
    return "oncall_schedule", Mail(c.lang, subj, c.sender(chief), _all(c), text=text, date=c.now, attachments=atts), \
        "physicians' on-call schedule"


# ------------------------------------------------------------------ occupational health (staff)
def occ_health(c):
    sst = c.staff(role_idx=c.pick(8, 10))
    emp = c.staff(role_idx=c.pick(4, 5, 7, 12))
    kind = c.rng.randint(0, 4)
    fr = c.lang == "fr"
    if kind == 0:
        text = c.fr("%s\n\nVotre test cutané à la tuberculine (TCT) annuel de dépistage en milieu de travail a été lu aujourd'hui : 0 mm, négatif. Aucune autre démarche requise; prochain dépistage dans 12 mois.\n\nSanté et sécurité au travail\n%s",
                    "%s\n\nYour annual workplace TB skin test was read today: 0 mm, negative. Nothing further is needed; next screening in 12 months.\n\nOccupational Health & Safety\n%s") % (c.greet(emp.given), c.sig(sst))
        subj = c.fr("Votre dépistage TB annuel (employé)", "Your annual employee TB screening")
        to = [(emp.full, emp.email)]
        note = "employee's own occupational TB screening"
    elif kind == 1:
        text = c.fr("%s\n\nSuite à l'exposition professionnelle (piqûre d'aiguille) déclarée le %s, votre suivi sérologique à 6 semaines est prévu le %s au bureau de santé. Le formulaire de déclaration d'accident doit être complété d'ici vendredi.\n\n%s",
                    "%s\n\nFollowing the needlestick exposure you reported on %s, your 6-week serology follow-up is booked on %s at Employee Health. Please complete the incident form by Friday.\n\n%s") % (
            c.greet(emp.given), c.date(c.past(30, 45)), c.date(c.future(2, 10)), c.sig(sst))
        subj = c.fr("Suivi exposition professionnelle - employé", "Employee exposure follow-up")
        to = [(emp.full, emp.email)]
        note = "employee's own occupational exposure follow-up"
    elif kind == 2:
        text = c.fr("%s\n\nLes essais d'ajustement N95 (fit test) auront lieu les %s et %s, local B-214, de 8 h à 15 h. Tous les employés des unités MI, urgence et pneumologie doivent être testés aux 2 ans.\n\n%s",
                    "%s\n\nN95 fit testing will take place on %s and %s, room B-214, 8 am to 3 pm. All staff on ID, ED and respirology units must be re-tested every 2 years.\n\n%s") % (
            c.greet(), c.date(c.future(5, 12)), c.date(c.future(13, 20)), c.sig(sst))
        subj = c.fr("Fit test N95 - dates", "N95 fit testing - dates")
        to = _all(c)
        note = "N95 fit-testing notice"
    elif kind == 3:
        text = c.fr("%s\n\nRappel : la mise à jour du statut vaccinal (rougeole, hépatite B, coqueluche) est obligatoire pour tout le personnel soignant. Présentez votre carnet au bureau de santé avant le %s.\n\n%s",
                    "%s\n\nReminder: measles, hepatitis B and pertussis immunization status must be up to date for all clinical staff. Bring your record to Employee Health before %s.\n\n%s") % (
            c.greet(), c.date(c.future(10, 30)), c.sig(sst))
        subj = c.fr("Statut vaccinal du personnel", "Staff immunization status")
        to = _all(c)
        note = "staff immunization reminder"
    else:
        text = c.fr("%s\n\nVotre retour au travail est autorisé à compter du %s après votre arrêt pour influenza. Merci de porter le masque jusqu'à la fin de la semaine.\n\n%s",
                    "%s\n\nYou are cleared to return to work on %s after your influenza sick leave. Please wear a mask until the end of the week.\n\n%s") % (
            c.greet(emp.given), c.date(c.future(1, 4)), c.sig(sst))
        subj = c.fr("Retour au travail", "Return to work")
        to = [(emp.full, emp.email)]
        note = "employee return-to-work clearance"
    return "occ_health", Mail(c.lang, subj, c.sender(sst), to, text=text, date=c.now), note


# ------------------------------------------------------------------ staff flu campaign
def flu_campaign(c):
    sst = c.staff(role_idx=10)
    units = ["5N", "6S", "7E", c.fr("Urgence", "ED"), c.fr("USI", "ICU"), c.fr("Clinique voyage", "Travel clinic"), c.fr("Hémato-onco", "Heme-onc")]
    rows = [[u, c.rng.randint(20, 80), "%d %%" % c.rng.randint(35, 92)] for u in units]
    fr = c.lang == "fr"
    table = "\n".join("%-16s %4d   %s" % tuple(r) for r in rows)
    text = c.fr("%s\n\nCampagne de vaccination antigrippale du personnel : couverture par unité au %s.\n\nUnité            Employés  Couverture\n%s\n\nLa clinique mobile passera sur les unités sous 60 %% la semaine prochaine.\n\n%s",
                "%s\n\nStaff influenza vaccination campaign: coverage by unit as of %s.\n\nUnit             Staff     Coverage\n%s\n\nThe mobile clinic will visit units below 60%% next week.\n\n%s") % (
        c.greet(), c.date(c.now.date()), table, c.sig(sst))
    return "flu_campaign", Mail(c.lang, c.fr("Vaccination antigrippale - couverture du personnel", "Flu shot campaign - staff coverage"),
                                c.sender(sst), _all(c), text=text, date=c.now), "aggregate staff flu vaccine coverage"


# ------------------------------------------------------------------ job posting
def job_posting(c):
    hr = c.staff(role_idx=7)
    inst = hr.inst
    job = c.rng.choice([
        ("Infirmière ou infirmier clinicien(ne) - clinique santé-voyage", "Clinical nurse - travel health clinic",
         "vaccination, counselling pré-voyage, prophylaxie antipaludique", "vaccination, pre-travel counselling, malaria prophylaxis"),
        ("Pharmacien(ne) - programme d'antibiogouvernance", "Pharmacist - antimicrobial stewardship program",
         "revue prospective, audit et rétroaction, formation", "prospective audit and feedback, education"),
        ("Infectiologue - poste à temps plein", "Infectious diseases physician - full-time",
         "consultations, clinique VIH et hépatites, clinique TB", "consults, HIV and hepatitis clinic, TB clinic"),
        ("Agente ou agent administratif - clinique MI", "Medical office assistant - ID clinic",
         "prise de rendez-vous, accueil, numérisation", "booking, reception, scanning"),
    ])
    fr = c.lang == "fr"
    title = job[0] if fr else job[1]
    tasks = job[2] if fr else job[3]
    text = c.fr("AFFICHAGE DE POSTE\n\n%s\n%s\n\nPrincipales tâches : %s.\nExigences : permis d'exercice en règle; bilinguisme un atout.\nHoraire : jour, 35 h/sem.\nDate limite : %s\n\nPostuler : carrieres@%s (réf. %s-%d)\n",
                "JOB POSTING\n\n%s\n%s\n\nMain duties: %s.\nRequirements: valid licence; bilingualism an asset.\nSchedule: days, 35 h/week.\nDeadline: %s\n\nApply: careers@%s (ref. %s-%d)\n") % (
        title, inst[1] if fr else inst[2], tasks, c.date(c.future(10, 30)), inst[3], inst[0], c.rng.randint(1000, 9999))
    atts = []
    if c.rng.random() < 0.4:
        atts.append(Att(c.fr("affichage.pdf", "posting.pdf"), "application/pdf",
                        data=D.make_pdf(text.split("\n"), title=title, compress=True)))
    return "job_posting", Mail(c.lang, c.fr("Affichage : ", "Posting: ") + title, c.sender(hr),
                               [(c.fr("Tout le personnel", "All staff"), "tous@" + inst[3])], text=text, date=c.now,
                               attachments=atts), "job posting"


# ------------------------------------------------------------------ IT notices
def it_notice(c):
    inst = c.rng.choice(G.INSTITUTIONS)
    it = G.Staff(c.rng.choice(G.STAFF_GIVEN), c.rng.choice(G.STAFF_SURNAMES), "technicien(ne) TI", "IT analyst", inst, False)
    kind = c.rng.randint(0, 4)
    d = c.future(2, 14)
    if kind == 0:
        subj = c.fr("Interruption planifiée du DME - %s", "Planned EMR downtime - %s") % c.date(d, 1)
        body = c.fr("Le dossier médical électronique sera indisponible de 23 h à 3 h pour une mise à jour. Utilisez les formulaires papier de relève (ordonnances, notes d'évolution) et saisissez-les au retour du système.",
                    "The electronic medical record will be unavailable from 11 pm to 3 am for an upgrade. Use the downtime paper forms (orders, progress notes) and enter them once the system is back.")
    elif kind == 1:
        subj = c.fr("ALERTE hameçonnage", "PHISHING alert")
        body = c.fr("Un courriel frauduleux intitulé « Résultats de laboratoire à consulter » circule. Ne cliquez pas sur le lien et ne saisissez jamais votre mot de passe. Signalez-le au centre de services.",
                    "A fraudulent e-mail titled \"Lab results to review\" is circulating. Do not click the link and never enter your password. Report it to the service desk.")
    elif kind == 2:
        subj = c.fr("Votre mot de passe expire dans 5 jours", "Your password expires in 5 days")
        body = c.fr("Pour le changer : Ctrl+Alt+Suppr > Modifier le mot de passe. Il doit contenir 14 caractères.",
                    "To change it: Ctrl+Alt+Del > Change a password. It must be 14 characters long.")
    elif kind == 3:
        subj = c.fr("Nouveau : courriel sécurisé pour l'envoi de renseignements cliniques", "New: secure e-mail for sending clinical information")
        body = c.fr("À compter du %s, tout envoi de renseignements de santé à l'externe doit passer par la messagerie sécurisée ([SÉCURISÉ] dans l'objet). Formation de 20 minutes disponible sur l'intranet." % c.date(d),
                    "Starting %s, any health information sent outside the organization must go through secure messaging ([SECURE] in the subject). A 20-minute training is on the intranet." % c.date(d))
    else:
        subj = c.fr("Remplacement des imprimantes - clinique MI", "Printer replacement - ID clinic")
        body = c.fr("Les imprimantes du 3e étage (no de série %s et %s) seront remplacées le %s. Les files d'impression seront migrées automatiquement." % (
            G.gen_ohn(c.rng), G.gen_sin(c.rng), c.date(d)),
            "The 3rd-floor printers (serial %s and %s) will be replaced on %s. Print queues will migrate automatically." % (
            G.gen_ohn(c.rng), G.gen_sin(c.rng), c.date(d)))
    text = "%s\n\n%s\n\n%s\n%s" % (c.greet(), body, c.fr("Centre de services TI", "IT Service Desk"), c.fr("poste 4357", "ext. 4357"))
    return "it_notice", Mail(c.lang, subj, (c.fr("Centre de services TI", "IT Service Desk"), "servicedesk@" + inst[3]),
                             [(c.fr("Tous les utilisateurs", "All users"), "tous@" + inst[3])], text=text, date=c.now), "IT notice"


# ------------------------------------------------------------------ facilities
def facilities(c):
    inst = c.rng.choice(G.INSTITUTIONS)
    tech = G.Staff(c.rng.choice(G.STAFF_GIVEN), c.rng.choice(G.STAFF_SURNAMES), "technicien(ne) en bâtiment", "facilities technician", inst, False)
    kind = c.rng.randint(0, 3)
    d = c.future(2, 20)
    if kind == 0:
        subj = c.fr("Entretien des chambres à pression négative 6S-04 à 6S-08", "Maintenance of negative-pressure rooms 6S-04 to 6S-08")
        body = c.fr("La certification annuelle de la ventilation aura lieu le %s. Les chambres ne pourront pas recevoir de patients en isolement aérien de 7 h à 16 h. Prévoir 7E-12 comme chambre de relève." % c.date(d),
                    "Annual ventilation certification is on %s. The rooms cannot take airborne-isolation patients from 7 am to 4 pm. Use 7E-12 as backup." % c.date(d))
    elif kind == 1:
        subj = c.fr("Alarme réfrigérateur à vaccins - clinique voyage", "Vaccine fridge alarm - travel clinic")
        body = c.fr("L'alarme du réfrigérateur no %s s'est déclenchée cette nuit (9,1 °C pendant 40 min). Les vaccins sont en quarantaine; la pharmacie évaluera la stabilité avec le fabricant." % G.gen_sin(c.rng),
                    "Fridge #%s alarmed overnight (9.1 °C for 40 min). Vaccines are quarantined; pharmacy will assess stability with the manufacturer." % G.gen_sin(c.rng))
    elif kind == 2:
        subj = c.fr("Stationnement P2 fermé", "P2 parking closed")
        body = c.fr("Le stationnement P2 sera fermé du %s pour réfection. Utilisez le P4; navette aux 15 minutes." % c.date(d),
                    "P2 parking will be closed from %s for repairs. Please use P4; shuttle every 15 minutes." % c.date(d))
    else:
        subj = c.fr("Coupure d'eau - aile B", "Water shut-off - wing B")
        body = c.fr("Coupure d'eau le %s de 6 h à 9 h (aile B, étages 3 à 6). Les lavabos de la clinique VIH seront hors service; utiliser la solution hydroalcoolique." % c.date(d),
                    "Water will be off on %s from 6 to 9 am (wing B, floors 3-6). HIV clinic sinks will be out of service; use alcohol-based hand rub." % c.date(d))
    text = "%s\n\n%s\n\n%s" % (c.greet(), body, G.signature(c.rng, tech, c.lang))
    return "facilities", Mail(c.lang, subj, c.sender(tech), [(c.fr("Gestionnaires", "Managers"), "gestionnaires@" + inst[3])],
                              text=text, date=c.now), "facilities notice"


# ------------------------------------------------------------------ conference travel (staff)
def staff_travel(c):
    emp = c.staff(physician=c.rng.random() < 0.5)
    adm = c.staff(role_idx=7, inst=emp.inst)
    city = c.pick("Vancouver", "Halifax", "Boston", "Lyon", "Toronto")
    d = c.future(20, 60)
    text = c.fr("%s\n\nVoici ta confirmation pour le congrès de l'AMMI à %s : vol aller le %s (AC 8%03d), hôtel réservé 3 nuits, inscription payée. Garde tes reçus pour le remboursement (formulaire F-112).\n\n%s",
                "%s\n\nHere is your confirmation for the AMMI conference in %s: outbound flight on %s (AC 8%03d), hotel booked for 3 nights, registration paid. Keep your receipts for reimbursement (form F-112).\n\n%s") % (
        c.greet(emp.given), city, c.date(d), c.rng.randint(0, 999), c.sig(adm))
    return "staff_travel", Mail(c.lang, c.fr("Confirmation de voyage - congrès", "Travel confirmation - conference"),
                                c.sender(adm), [(emp.full, emp.email)], text=text, date=c.now), "staff conference travel"


# ------------------------------------------------------------------ payroll
def payroll(c):
    pay = c.staff(role_idx=7)
    d = c.future(1, 6)
    kind = c.rng.randint(0, 2)
    if kind == 0:
        body = c.fr("Les feuilles de temps de la période %d doivent être approuvées avant le %s midi. Les heures supplémentaires de garde doivent être justifiées." % (c.rng.randint(1, 26), c.date(d)),
                    "Timesheets for pay period %d must be approved by %s noon. On-call overtime must be justified." % (c.rng.randint(1, 26), c.date(d)))
        subj = c.fr("Feuilles de temps - rappel", "Timesheets - reminder")
    elif kind == 1:
        body = c.fr("Vos relevés 1 et T4 sont disponibles dans le portail employé. Pour toute question : paie@%s." % pay.inst[3],
                    "Your T4 and RL-1 slips are available in the employee portal. Questions: payroll@%s." % pay.inst[3])
        subj = c.fr("Relevés fiscaux disponibles", "Tax slips available")
    else:
        body = c.fr("La prime de rétention pour le personnel infirmier de la clinique MI sera versée le %s." % c.date(d),
                    "The retention bonus for ID clinic nursing staff will be paid on %s." % c.date(d))
        subj = c.fr("Prime de rétention", "Retention bonus")
    text = "%s\n\n%s\n\n%s" % (c.greet(), body, c.fr("Service de la paie", "Payroll"))
    return "payroll", Mail(c.lang, subj, (c.fr("Service de la paie", "Payroll"), "paie@" + pay.inst[3]),
                           [(c.fr("Personnel", "Staff"), "personnel@" + pay.inst[3])], text=text, date=c.now), "payroll notice"


# ------------------------------------------------------------------ training
def training(c):
    ipc = c.staff(role_idx=c.pick(10, 6, 11))
    topic = c.rng.choice([
        ("Hygiène des mains et pratiques de base", "Hand hygiene and routine practices"),
        ("Précautions aériennes : TB, rougeole, varicelle", "Airborne precautions: TB, measles, varicella"),
        ("Nouvelle ordonnance collective PPE/PrEP", "New PEP/PrEP medical directive"),
        ("Antibiothérapie : passage IV-PO", "IV-to-PO antibiotic switch"),
        ("Vaccination en santé-voyage : mises à jour 2025", "Travel vaccines: 2025 updates"),
    ])
    d = c.future(5, 30)
    text = c.fr("%s\n\nFormation : %s\nDate : %s, 12 h à 13 h (dîner fourni)\nLieu : amphithéâtre A et Teams\nCrédits : 1 h de formation continue\n\nInscription sur l'intranet.\n\n%s",
                "%s\n\nTraining: %s\nDate: %s, noon to 1 pm (lunch provided)\nWhere: Auditorium A and Teams\nCredits: 1 hour CME\n\nRegister on the intranet.\n\n%s") % (
        c.greet(), topic[0] if c.lang == "fr" else topic[1], c.date(d), c.sig(ipc))
    return "training", Mail(c.lang, c.fr("Formation : ", "Training: ") + (topic[0] if c.lang == "fr" else topic[1]),
                            c.sender(ipc), _all(c), text=text, date=c.now), "staff training announcement"


# ------------------------------------------------------------------ staff vCard
def staff_vcard(c):
    new = c.staff()
    mgr = c.staff(role_idx=11, inst=new.inst)
    inst = new.inst
    vcf = D.make_vcard(new.given, new.surname, tel="%s-555-01%02d" % (inst[5], c.rng.randint(0, 99)),
                       adr=("%d, boulevard de l'Hôpital" % c.rng.randint(100, 3000), "%s (Québec)" % inst[4]),
                       mail=new.email, org=inst[1] if c.lang == "fr" else inst[2], title=new.role_fr if c.lang == "fr" else new.role_en)
    text = c.fr("%s\n\nVeuillez souhaiter la bienvenue à %s, qui se joint à l'équipe comme %s. Ses coordonnées sont en pièce jointe.\n\n%s",
                "%s\n\nPlease welcome %s, who joins the team as %s. Contact details attached.\n\n%s") % (
        c.greet(), new.full, new.role_fr if c.lang == "fr" else new.role_en, c.sig(mgr))
    return "staff_vcard", Mail(c.lang, c.fr("Bienvenue à ", "Welcome ") + new.full, c.sender(mgr), _all(c), text=text, date=c.now,
                               attachments=[Att("%s %s.vcf" % (new.given, new.surname), "text/vcard", text=vcf, charset="utf-8")]), \
        "welcome note with a staff member's vCard"


# ------------------------------------------------------------------ meeting invitation (ICS)
def meeting_ics(c):
    org = c.staff(role_idx=c.pick(11, 6, 10))
    att = [c.staff(inst=org.inst) for _ in range(c.rng.randint(2, 5))]
    what = c.rng.choice([("Comité d'antibiogouvernance", "Antimicrobial Stewardship Committee"),
                         ("Comité de prévention des infections", "Infection Prevention Committee"),
                         ("Réunion d'équipe clinique VIH", "HIV clinic team meeting"),
                         ("Journal club MI", "ID journal club")])
    d = c.future(3, 25)
    start = datetime.datetime(d.year, d.month, d.day, c.rng.choice([7, 12, 16]), 30)
    title = what[0] if c.lang == "fr" else what[1]
    desc = c.fr("Ordre du jour : 1. Adoption du PV 2. Consommation d'antibiotiques (DDD/1000 jours-présence) 3. Varia\nLien Teams dans l'invitation.",
                "Agenda: 1. Minutes 2. Antibiotic use (DDD/1000 patient-days) 3. Other business\nTeams link in the invite.")
    ics = D.make_ics("%08x-mtg@%s" % (c.rng.getrandbits(32), org.inst[3]), start, start + datetime.timedelta(hours=1), title, desc,
                     c.fr("Salle 3-112 / Teams", "Room 3-112 / Teams"), (org.full, org.email), [(a.full, a.email) for a in att])
    text = "%s\n\n%s" % (desc, c.sig(org))
    alt = c.rng.random() < 0.5
    return "meeting_ics", Mail(c.lang, title, c.sender(org), [(a.full, a.email) for a in att], text=text, date=c.now,
                               alt_ics=ics if alt else None,
                               attachments=[] if alt else [Att("invite.ics", "text/calendar", text=ics, charset="utf-8", params=["method=REQUEST"])]), \
        "committee meeting invitation"


# ------------------------------------------------------------------ residents' rotation
def rotation(c):
    coord = c.staff(role_idx=11)
    res = [c.staff(role_idx=3, inst=coord.inst) for _ in range(c.rng.randint(3, 6))]
    start = c.future(5, 40)
    lines = []
    for i, r in enumerate(res):
        d = start + datetime.timedelta(days=28 * i)
        lines.append("%s  %s - %s" % (r.full.ljust(26), c.date(d, 0), c.pick(c.fr("consultations MI", "ID consults"), c.fr("clinique VIH", "HIV clinic"),
                                                                             c.fr("clinique voyage", "travel clinic"), c.fr("microbiologie", "microbiology"))))
    text = c.fr("%s\n\nRotations des résidents en maladies infectieuses :\n\n%s\n\nMerci d'accueillir les résidents à 8 h le premier jour, bureau 4-220.\n\n%s",
                "%s\n\nResident rotations in infectious diseases:\n\n%s\n\nPlease welcome residents at 8 am on day one, office 4-220.\n\n%s") % (
        c.greet(), "\n".join(lines), c.sig(coord))
    return "rotation", Mail(c.lang, c.fr("Rotations résidents MI", "ID resident rotations"), c.sender(coord), _all(c), text=text, date=c.now), \
        "resident rotation schedule"


# ------------------------------------------------------------------ retirement
def retirement(c):
    chief = c.staff(role_idx=11)
    ret = c.staff(role_idx=0, inst=chief.inst)
    fr = c.lang == "fr"
    who = ret.title_fr() if fr else ret.title_en()
    text = c.fr("%s\n\nAprès 32 ans de pratique, %s prendra sa retraite le %s. Pionnier(ère) de la clinique VIH dans les années 90, il/elle a aussi mis sur pied notre clinique de tuberculose et formé des générations de résidents.\n\nUn 5 à 7 aura lieu à la cafétéria. Une carte circule au secrétariat.\n\n%s",
                "%s\n\nAfter 32 years of practice, %s will retire on %s. A pioneer of our HIV clinic in the 90s, they also founded our TB clinic and trained generations of residents.\n\nA reception will be held in the cafeteria. A card is circulating at the front desk.\n\n%s") % (
        c.greet(), who, c.date(c.future(20, 60)), c.sig(chief))
    return "retirement", Mail(c.lang, c.fr("Départ à la retraite de ", "Retirement of ") + who, c.sender(chief), _all(c), text=text, date=c.now), \
        "retirement announcement of an ID physician"


# ------------------------------------------------------------------ staff deployment vaccines (occupational)
def deployment_vaccines(c):
    sst = c.staff(role_idx=c.pick(5, 10), inst=G.INSTITUTIONS[4])
    team = [c.staff() for _ in range(c.rng.randint(3, 5))]
    country = c.pick(c.fr("Haïti", "Haiti"), "RDC" if c.lang == "fr" else "DRC", c.fr("Soudan du Sud", "South Sudan"))
    rows = "\n".join("- %s : %s" % (t.full, c.pick(c.fr("à jour", "up to date"), c.fr("fièvre jaune à recevoir", "yellow fever needed"),
                                                   c.fr("rage pré-exposition en cours", "rabies pre-exposure in progress"))) for t in team)
    text = c.fr("%s\n\nMission humanitaire en %s (départ du personnel le %s). Statut vaccinal des membres de l'équipe de déploiement (santé au travail) :\n%s\n\nLes RDV restants sont à prendre à la clinique voyage avant le %s.\n\n%s",
                "%s\n\nHumanitarian mission to %s (staff departure %s). Immunization status of deployment team members (occupational health):\n%s\n\nRemaining appointments to be booked at the travel clinic before %s.\n\n%s") % (
        c.greet(), country, c.date(c.future(30, 60)), rows, c.date(c.future(10, 25)), c.sig(sst))
    return "deployment_vaccines", Mail(c.lang, c.fr("Déploiement - vaccins du personnel", "Deployment - staff vaccines"), c.sender(sst),
                                       [(t.full, t.email) for t in team], text=text, date=c.now), \
        "staff deployment immunization status (occupational health)"


# ------------------------------------------------------------------ shift swap
def shift_swap(c):
    a = c.staff(role_idx=c.pick(4, 5, 8))
    b = c.staff(role_idx=c.pick(4, 5, 8), inst=a.inst)
    d1, d2 = c.future(3, 12), c.future(13, 25)
    text = c.fr("Salut %s,\n\nSerais-tu d'accord pour échanger ton quart du %s contre mon quart du %s? J'ai un rendez-vous personnel.\n\nMerci!\n%s",
                "Hi %s,\n\nWould you swap your %s shift for my %s shift? I have a personal appointment.\n\nThanks!\n%s") % (
        b.given, c.date(d1), c.date(d2), a.given)
    return "shift_swap", Mail(c.lang, c.fr("Échange de quart?", "Shift swap?"), c.sender(a), [(b.full, b.email)], text=text, date=c.now,
                              body_mode="plain"), "shift swap between colleagues"


BUILDERS = [
    (hr_leave, 4), (oncall_schedule, 5), (occ_health, 5), (flu_campaign, 3), (job_posting, 4),
    (it_notice, 6), (facilities, 5), (staff_travel, 3), (payroll, 4), (training, 4), (staff_vcard, 3),
    (meeting_ics, 4), (rotation, 3), (retirement, 2), (deployment_vaccines, 2), (shift_swap, 3),
]
