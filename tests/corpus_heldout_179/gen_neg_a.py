"""Negative templates, part A: staff scheduling, HR, payroll, occupational health, hiring,
staff social news, resident rotations, staff threads."""
import datetime

from gen_attach import make_docx, make_ics, make_pdf, make_xlsx
from gen_common import (CLINIC_PHONES, EN_MONTHS, FR_MONTHS, RESIDENTS, STAFF, UROLOGISTS, fmt_date,
                        make_sin, fmt_sin, fold, workday_after)
from gen_ctx import addr_str, quote_gt, quote_outlook
from gen_mime import Att, html_table
from gen_ptools import spec

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

ALL_LIST = ("Tous - Urologie HSV", "urologie.tous@hsv-sante.example")
NURSES = ["champagne", "desrochers", "ferland", "theriault", "nguyen", "rioux"]

CANDIDATES = [("Mélissa", "Gauvreau"), ("Thomas", "Nakamura"), ("Roxanne", "Bédard"), ("Kofi", "Mensah"),
              ("Émilie", "Sauvé"), ("Jordan", "Whitfield"), ("Nathan", "Lévesque-Ortiz"), ("Aïcha", "Diallo"),
              ("Vincent", "Corriveau"), ("Laurence", "Aubin")]


def _monday(c):
    d = c.when.date()
    return d + datetime.timedelta(days=(7 - d.weekday()) % 7 or 7)


# ---------------------------------------------------------------------------
def n_or_schedule(c):
    L = c.L
    clerk = c.staff("picard")
    mon = _monday(c)
    rows = [[L("Jour", "Day"), L("Salle", "Room"), L("Chirurgien", "Surgeon"), L("Bloc", "Block"), L("Type", "Type")]]
    procs = [L("lithiase - URS/NLPC", "stones - URS/PCNL"), L("uro-oncologie (RTUV, néphrectomie)", "uro-oncology (TURBT, nephrectomy)"),
             L("HBP - RTUP / HoLEP", "BPH - TURP / HoLEP"), L("urologie fonctionnelle (bandelettes)", "functional urology (slings)"),
             L("LEC (lithotripteur)", "ESWL (lithotripter)")]
    for i in range(5):
        d = mon + datetime.timedelta(days=i)
        for room in c.rng.sample(["S7", "S8", "Litho"], 2):
            u = STAFF[c.ch(UROLOGISTS)]
            rows.append([fmt_date(d, "iso", c.lang), room, u.titled(c.lang), c.ch(["AM", "PM", L("journée", "full day")]), c.ch(procs)])
    text = "\n".join([c.hello(), "", L(f"Voici l'horaire des blocs d'urologie pour la semaine du {fmt_date(mon, 'long', 'fr')}.",
                                       f"Here is the urology OR block schedule for the week of {fmt_date(mon, 'long', 'en')}."),
                      L("Changement : le Dr Sethi échange son bloc du jeudi avec la Dre Dansereau (congrès).",
                        "Change: Dr. Sethi swaps his Thursday block with Dr. Dansereau (conference)."), "", c.sig(clerk, "bloc")])
    if c.chance(.5):
        att = Att(L(f"horaire_blocs_{fmt_date(mon, 'iso', 'fr')}.xlsx", f"or_blocks_{fmt_date(mon, 'iso', 'en')}.xlsx"),
                  make_xlsx([("Blocs", rows)], author=clerk.full()), XLSX)
        return spec(c, "schedule", L("horaire des blocs opératoires", "OR block schedule"), clerk.addr(), [ALL_LIST],
                    L("Horaire des blocs - semaine du ", "OR blocks - week of ") + fmt_date(mon, "iso", c.lang), text, atts=[att])
    html = "<html><head><meta charset=\"__CS__\"></head><body><p>" + text.split("\n\n")[0] + "</p>" + html_table(rows) + "</body></html>\n"
    return spec(c, "schedule", L("horaire des blocs opératoires", "OR block schedule"), clerk.addr(), [ALL_LIST],
                L("Horaire des blocs - semaine du ", "OR blocks - week of ") + fmt_date(mon, "iso", c.lang), text, html=html,
                body=c.ch(["alt", "html"]))


def n_oncall(c):
    L = c.L
    coord = c.staff("chartrand")
    m = (c.when.month % 12) + 1
    y = c.when.year + (1 if m == 1 else 0)
    rows = [[L("Date", "Date"), L("Urologue de garde", "Urologist on call"), L("Résident", "Resident"), L("Téléavertisseur", "Pager")]]
    d = datetime.date(y, m, 1)
    while d.month == m:
        u, r = STAFF[c.ch(UROLOGISTS)], STAFF[c.ch(RESIDENTS)]
        rows.append([fmt_date(d, "iso", c.lang), u.titled(c.lang), r.full(), f"450 555-01{c.rng.randrange(80, 99)}"])
        d += datetime.timedelta(days=c.ch([1, 2, 3]))
    month = FR_MONTHS[m - 1] if c.lang == "fr" else EN_MONTHS[m - 1]
    text = "\n".join([c.hello(), "", L(f"Voici le calendrier de garde d'urologie pour {month}. Les échanges doivent être approuvés par moi.",
                                       f"Here is the urology on-call calendar for {month}. Swaps must be approved by me."),
                      L("Rappel : la garde de lithotripsie d'urgence est couverte par l'urologue de garde.",
                        "Reminder: emergency lithotripsy is covered by the urologist on call."), "", c.sig(coord)])
    atts = []
    k = c.rng.randrange(3)
    if k == 0:
        atts.append(Att(L(f"garde_{month}.xlsx", f"oncall_{month}.xlsx"), make_xlsx([(month[:10], rows)], author=coord.full()), XLSX,
                        fname_style=c.ch(["plain", "2231"])))
    elif k == 1:
        st = datetime.datetime(y, m, 1, 8, 0)
        u = STAFF[c.ch(UROLOGISTS)]
        atts.append(Att("garde.ics", make_ics(f"garde-{c.idx}@hsv-sante.example", st, st + datetime.timedelta(hours=24),
                                               L("Garde urologie - ", "Urology call - ") + u.titled(c.lang), "HSV", "",
                                               organizer=(coord.full(), coord.email)), "text/calendar", fname_style="plain"))
        text += "\n\n" + "\n".join("  ".join(r) for r in rows[:8])
    else:
        text += "\n\n" + "\n".join("  ".join(r) for r in rows)
    return spec(c, "oncall", L("calendrier de garde des urologues", "urology on-call calendar"), coord.addr(), [ALL_LIST],
                L(f"Garde urologie - {month}", f"Urology on-call - {month}"), text, atts=atts)


def n_leave(c):
    L = c.L
    mgr = c.staff("stonge")
    emp = c.staff(c.ch(NURSES + ["haddad", "arsenault", "picard"]))
    d0 = c.future(20, 90)
    d1 = d0 + datetime.timedelta(days=c.ch([4, 11, 14]))
    k = c.rng.randrange(3)
    if k == 0:
        text = "\n".join([c.hello(emp.given), "", L(f"Ta demande de vacances du {fmt_date(d0, 'long', 'fr')} au {fmt_date(d1, 'long', 'fr')} est approuvée.",
                                                     f"Your vacation request from {fmt_date(d0, 'long', 'en')} to {fmt_date(d1, 'long', 'en')} is approved."),
                          L("Merci de l'inscrire dans Logibec.", "Please enter it in the scheduling system."), "", c.sig(mgr)])
        subj, frm, to, note = L("Vacances approuvées", "Vacation approved"), mgr, emp, L("approbation de vacances", "vacation approval")
    elif k == 1:
        sub = STAFF[c.ch([n for n in NURSES if STAFF[n] is not emp])].given
        text = "\n".join([c.hello(mgr.given), "", L(f"Je voudrais demander un congé sans solde du {fmt_date(d0, 'iso', 'fr')} au {fmt_date(d1, 'iso', 'fr')} "
                                                     f"(voyage familial). {sub} a accepté de me remplacer.",
                                                     f"I'd like to request unpaid leave from {fmt_date(d0, 'iso', 'en')} to {fmt_date(d1, 'iso', 'en')} "
                                                     f"(family trip). {sub} agreed to cover my shifts."), "", emp.given])
        subj, frm, to, note = L("Demande de congé", "Leave request"), emp, mgr, L("demande de congé d'une employée", "employee leave request")
    else:
        text = "\n".join([c.hello(), "", L(f"{emp.full()} sera en congé de maternité à partir du {fmt_date(d0, 'long', 'fr')}. "
                                           "Le poste sera affiché à l'interne la semaine prochaine.",
                                           f"{emp.full()} will be on maternity leave starting {fmt_date(d0, 'long', 'en')}. "
                                           "The position will be posted internally next week."), "", c.sig(mgr)])
        subj, frm, to, note = L("Remplacement - congé de maternité", "Coverage - maternity leave"), mgr, None, L("annonce de remplacement", "coverage announcement")
    return spec(c, "hr_leave", note, frm.addr(), [to.addr()] if to else [ALL_LIST], subj, text)


def n_payroll(c):
    L = c.L
    pay = c.staff("dufresne")
    emp = c.staff(c.ch(NURSES + ["haddad", "picard", "beaulieu"]))
    k = c.rng.randrange(4)
    end = c.past(2, 10)
    if k == 3:
        g, s = c.ch(CANDIDATES)
        dob = datetime.date(c.rng.randrange(1970, 2001), c.rng.randrange(1, 13), c.rng.randrange(1, 29))
        start = c.future(5, 20)
        text = "\n".join([c.hello(pay.given), "", L("Nouvelle embauche à saisir dans la paie :", "New hire to set up in payroll:"), "",
                          L("Nom : ", "Name: ") + f"{s}, {g}",
                          L("Date de naissance : ", "Date of birth: ") + fmt_date(dob, c.ch(["iso", "long"]), c.lang),
                          L("NAS : ", "SIN: ") + fmt_sin(make_sin(c.rng), c.ch(["space", "hyphen", "plain"])),
                          L("Poste : infirmière clinicienne, clinique de continence (échelon 4)", "Position: nurse clinician, continence clinic (step 4)"),
                          L("Entrée en fonction : ", "Start date: ") + fmt_date(start, "iso", c.lang),
                          L("Dépôt direct : formulaire signé au dossier d'employé.", "Direct deposit: signed form in the employee file."), "",
                          c.sig(c.staff("lachance"), "rh")])
        return spec(c, "payroll", L("dossier de nouvelle employée pour la paie", "new employee payroll set-up"), c.staff("lachance").addr(), [pay.addr()],
                    L("Nouvelle embauche - ", "New hire - ") + f"{g} {s}", text)
    if k == 0:
        text = "\n".join([c.hello(), "", L(f"La paie de la période se terminant le {fmt_date(end, 'long', 'fr')} sera déposée jeudi.",
                                           f"Pay for the period ending {fmt_date(end, 'long', 'en')} will be deposited Thursday."),
                          L("Les heures supplémentaires (code 082) et les primes de garde (code 114) doivent être saisies avant mardi midi.",
                            "Overtime (code 082) and on-call premiums (code 114) must be entered before Tuesday noon."),
                          L("Relevés 1 et T4 : disponibles dans le portail employé dès le 28 février.", "RL-1 and T4 slips: in the employee portal from Feb 28."),
                          "", c.sig(pay, "paie")])
        return spec(c, "payroll", L("avis de paie au service", "payroll notice"), pay.addr(), [ALL_LIST], L("Paie - rappel des échéances", "Payroll - deadlines"), text)
    if k == 1:
        sin = make_sin(c.rng)
        text = "\n".join([c.hello(emp.given), "", L("Correction de ton T4 2024 : le montant de la case 14 a été ajusté (rétroactivité).",
                                                     "Correction to your 2024 T4: box 14 adjusted (retroactive pay)."),
                          L(f"Employé(e) : {emp.full()} — matricule 20{c.rng.randrange(1000, 9999)} — NAS {fmt_sin(sin, c.ch(['space', 'hyphen']))}",
                            f"Employee: {emp.full()} - ID 20{c.rng.randrange(1000, 9999)} - SIN {fmt_sin(sin, c.ch(['space', 'hyphen']))}"),
                          L("Le feuillet modifié sera dans ton portail.", "The amended slip will be in your portal."), "", c.sig(pay, "paie")])
        return spec(c, "payroll", L("correction de T4 d'une employée", "employee T4 correction"), pay.addr(), [emp.addr()],
                    L("T4 modifié", "Amended T4"), text)
    rows = [[L("Matricule", "Employee ID"), L("Nom", "Name"), L("Heures rég.", "Reg. hours"), L("Heures supp.", "OT hours"), L("Prime garde", "On-call")]]
    for key in c.rng.sample(NURSES, 4):
        e = STAFF[key]
        rows.append([f"20{c.rng.randrange(1000, 9999)}", e.full(), "75.0", str(c.rng.choice([0, 3.5, 7.25, 11])), str(c.rng.choice([0, 1, 2]))])
    att = Att(L("feuille_temps.xlsx", "timesheet.xlsx"), make_xlsx([("Paie", rows)], author=c.staff("ferland").full()), XLSX)
    text = "\n".join([c.hello(pay.given), "", L("Feuilles de temps de la lithotripsie et de la cysto pour approbation.",
                                                 "Lithotripsy and cysto timesheets for approval."), "", c.staff("ferland").given])
    return spec(c, "payroll", L("feuilles de temps du personnel", "staff timesheets"), c.staff("ferland").addr(), [pay.addr()],
                L("Feuilles de temps", "Timesheets"), text, atts=[att])


def n_occ_health(c):
    L = c.L
    k = c.rng.randrange(3)
    sst = ("Santé et sécurité au travail", "sst@hsv-sante.example") if c.lang == "fr" else ("Occupational Health", "sst@hsv-sante.example")
    if k == 0:
        d = c.future(3, 15)
        text = "\n".join([c.hello(), "", L(f"La clinique de vaccination antigrippale pour le personnel aura lieu le {c.day(d)}, salle 1.220, de 7 h à 19 h.",
                                           f"The staff flu vaccine clinic is on {c.day(d)}, room 1.220, 7 am to 7 pm."),
                          L("Apportez votre carte d'employé. Aucun rendez-vous requis.", "Bring your employee badge. No appointment needed."),
                          "", L("Service de santé au travail — poste 4410", "Occupational health - ext. 4410")])
        return spec(c, "occ_health", L("clinique de vaccination du personnel", "staff flu clinic"), sst, [ALL_LIST],
                    L("Vaccination antigrippale du personnel", "Staff flu vaccination"), text, body=c.ch(["html", "alt"]))
    emp = c.staff(c.ch(NURSES))
    mgr = c.staff("stonge")
    if k == 1:
        d = c.future(5, 20)
        text = "\n".join([c.hello(mgr.given), "", L(f"{emp.full()} pourra reprendre le travail en retour progressif à compter du {fmt_date(d, 'long', 'fr')} "
                                                     "(3 jours/semaine, sans soulèvement de plus de 10 kg pendant 4 semaines) suite à sa chirurgie à l'épaule.",
                                                     f"{emp.full()} can start a graduated return on {fmt_date(d, 'long', 'en')} "
                                                     "(3 days/week, no lifting over 10 kg for 4 weeks) following shoulder surgery."),
                          L("Merci d'adapter l'horaire en conséquence.", "Please adjust the schedule accordingly."), "", L("Infirmière SST", "OH nurse")])
        return spec(c, "occ_health", L("retour progressif d'une employée", "employee graduated return to work"), sst, [mgr.addr()],
                    L("Retour progressif - ", "Graduated return - ") + emp.full(), text)
    text = "\n".join([c.hello(), "", L("Rappel : toute exposition à du sang ou liquide biologique (piqûre, éclaboussure en cysto) doit être déclarée "
                                       "dans l'heure au service de santé. Le formulaire AH-223 est sur l'intranet.",
                                       "Reminder: any blood or body-fluid exposure (needlestick, splash in cysto) must be reported within the hour "
                                       "to occupational health. Form AH-223 is on the intranet."), "", c.sig(c.staff("stonge"))])
    return spec(c, "occ_health", L("rappel de déclaration d'exposition", "exposure reporting reminder"), c.staff("stonge").addr(), [ALL_LIST],
                L("Rappel - expositions au sang", "Reminder - blood exposures"), text)


def n_candidates(c):
    L = c.L
    hr = c.staff("lachance")
    mgr = c.staff("stonge")
    cands = c.rng.sample(CANDIDATES, 3)
    d = c.future(3, 12)
    rows = [[L("Heure", "Time"), L("Candidat(e)", "Candidate"), L("Poste", "Position"), L("Courriel", "E-mail")]]
    for i, (g, s) in enumerate(cands):
        rows.append([f"{9 + i}:00", f"{g} {s}", L("Infirmière clinicienne - continence", "Nurse clinician - continence"),
                     f"{fold(g)[0]}{fold(s).replace(' ', '').replace('-', '')}@courriel.example"])
    text = "\n".join([c.hello(mgr.given), "", L(f"Voici l'horaire des entrevues du {c.day(d)} (salle 3.040) :", f"Interview schedule for {c.day(d)} (room 3.040):"), ""] +
                     ["  ".join(r) for r in rows] + ["", L("Les CV sont joints. Grille d'évaluation standard.", "CVs attached. Standard scoring grid."), "", c.sig(hr, "rh")])
    g, s = cands[0]
    cv = make_docx(f"{g} {s} - Curriculum vitae", [L("Infirmière clinicienne, B. Sc. inf.", "Nurse clinician, BScN"),
                                                   L("Expérience : 6 ans en chirurgie, 2 ans en urologie (clinique de continence)",
                                                     "Experience: 6 years surgery, 2 years urology (continence clinic)"),
                                                   L("Téléphone : 514 555-0188", "Phone: 514 555-0188")], author=f"{g} {s}")
    return spec(c, "hiring", L("horaire d'entrevues de candidats", "candidate interview schedule"), hr.addr(), [mgr.addr()],
                L("Entrevues - infirmière continence", "Interviews - continence nurse"), text,
                atts=[Att(f"CV_{s}_{g}.docx", cv, DOCX, fname_style=c.ch(["plain", "2231"]))])


def n_job_posting(c):
    L = c.L
    hr = c.staff("lachance")
    k = c.rng.randrange(3)
    post = [L("Infirmière clinicienne ou infirmier clinicien - clinique de continence et sondes", "Nurse clinician - continence and catheter clinic"),
            L("Agente ou agent administratif classe 2 - prise de rendez-vous urologie", "Administrative agent class 2 - urology booking"),
            L("Urologue - poste de membre actif (endo-urologie, lithiase)", "Urologist - active staff position (endourology, stone disease)")][k]
    body = "\n".join([L(f"AFFICHAGE INTERNE/EXTERNE no 2025-{c.rng.randrange(100, 999)}", f"INTERNAL/EXTERNAL POSTING #2025-{c.rng.randrange(100, 999)}"), "",
                      post, L("Service d'urologie - Hôpital Sainte-Vérène", "Department of Urology - Sainte-Vérène Hospital"), "",
                      L("Statut : temps complet permanent, jour", "Status: full-time permanent, days"),
                      L("Exigences : ", "Requirements: ") + [L("BAC en sciences infirmières, membre de l'OIIQ, 2 ans d'expérience", "BScN, OIIQ member, 2 years' experience"),
                                                            L("DEP en secrétariat, bilinguisme", "secretarial diploma, bilingual"),
                                                            L("certification du Collège royal en urologie, fellowship en endo-urologie un atout", "RCPSC urology certification, endourology fellowship an asset")][k],
                      L("Salaire : selon la convention collective (échelle 2025)", "Salary: per collective agreement (2025 scale)"),
                      L("Date limite : ", "Deadline: ") + fmt_date(c.future(10, 25), "long", c.lang), "",
                      L("Faire parvenir votre CV à emplois@hsv-sante.example", "Send your CV to emplois@hsv-sante.example")])
    return spec(c, "job_posting", L("affichage de poste", "job posting"), hr.addr(), [ALL_LIST], L("Affichage : ", "Posting: ") + post.split(" - ")[0], body,
                body=c.ch(["plain", "html", "alt"]))


def n_staff_social(c):
    L = c.L
    k = c.rng.randrange(3)
    frm = c.staff(c.ch(["asselin", "rioux", "ferland"]))
    if k == 0:
        who = c.staff(c.ch(NURSES + ["haddad", "boivin"]))
        bd = c.past(1, 6)
        baby = c.ch(["Léa", "Noah", "Florence", "Elliot", "Maëlle"])
        text = "\n".join([c.hello(), "", L(f"Bonne nouvelle : {who.given} est {'maman' if who.tfr == 'Mme' else 'papa'} ! La petite famille accueille {baby}, né(e) le {fmt_date(bd, 'long', 'fr')} à 3 h 12, 3,4 kg.",
                                           f"Great news: {who.given} is a new parent! Welcome to {baby}, born {fmt_date(bd, 'long', 'en')} at 3:12 am, 3.4 kg."),
                          L("Tout le monde va bien. Une carte circule au poste de la cysto.", "Everyone is doing well. A card is going around at the cysto desk."), "", frm.given])
        return spec(c, "staff_news", L("annonce de naissance chez une employée", "staff baby announcement"), frm.addr(), [ALL_LIST],
                    L(f"Bienvenue {baby} !", f"Welcome {baby}!"), text, body=c.ch(["html", "alt", "plain"]))
    if k == 1:
        d = c.future(5, 20)
        text = "\n".join([c.hello(), "", L(f"Après 34 ans de carrière, dont 20 à la lithotripsie, Mme Yolande Brassard prend sa retraite ! "
                                           f"5 à 7 le {c.day(d)} au Bistro du Moulin.",
                                           f"After 34 years, 20 of them in lithotripsy, Yolande Brassard is retiring! "
                                           f"Drinks on {c.day(d)} at Bistro du Moulin."),
                          L("Contribution pour le cadeau : 10 $ auprès de Julie.", "Gift contribution: $10 to Julie."), "", frm.given])
        return spec(c, "staff_news", L("fête de départ à la retraite", "retirement party"), frm.addr(), [ALL_LIST],
                    L("Départ à la retraite", "Retirement"), text)
    who = c.staff(c.ch(UROLOGISTS))
    text = "\n".join([c.hello(), "", L(f"C'est l'anniversaire du {who.titled('fr')} demain. Gâteau à 12 h 15 à la salle du personnel.",
                                       f"It's {who.titled('en')}'s birthday tomorrow. Cake at 12:15 in the staff room."), "", frm.given])
    return spec(c, "staff_news", L("anniversaire d'un collègue", "colleague's birthday"), frm.addr(), [ALL_LIST],
                L("Gâteau demain", "Cake tomorrow"), text)


def n_residents(c):
    L = c.L
    coord = c.staff("asselin")
    rows = [[L("Période", "Block"), L("Résident(e)", "Resident"), L("Stage", "Rotation"), L("Superviseur", "Supervisor")]]
    names = ["Hugo Brisebois (R3)", "Anne-Sophie Larivière (R2)", "Dre Yasmine Belkacem (R1)", "Dr Owen Farrell (R4)", "Clara Wei (externe)"]
    for i in range(1, 5):
        for n in c.rng.sample(names, 3):
            rows.append([f"P{i}", n, c.ch([L("Lithiase / LEC", "Stones / ESWL"), L("Uro-oncologie", "Uro-oncology"), L("Urologie pédiatrique (CHU)", "Paediatric urology"),
                                           L("Clinique de continence", "Continence clinic")]), STAFF[c.ch(UROLOGISTS)].titled(c.lang)])
    text = "\n".join([c.hello(), "", L("Ci-joint les stages des résidents pour les périodes 7 à 10.", "Attached are resident rotations for blocks 7 to 10."),
                      L("La réunion pédagogique a lieu le premier mercredi du mois à 7 h.", "Teaching rounds are the first Wednesday of each month at 7 am."), "", c.sig(coord)])
    if c.chance(.5):
        att = Att(L("stages_residents.pdf", "resident_rotations.pdf"), make_pdf(L("Stages - résidents en urologie", "Urology resident rotations"), [],
                                                                                  table=rows, author=coord.full()), "application/pdf")
    else:
        att = Att(L("stages_residents.xlsx", "resident_rotations.xlsx"), make_xlsx([("Stages", rows)], author=coord.full()), XLSX)
    return spec(c, "schedule", L("horaire des stages des résidents", "resident rotation schedule"), coord.addr(), [ALL_LIST],
                L("Stages des résidents P7-P10", "Resident rotations P7-P10"), text, atts=[att])


def n_thread(c):
    """Reply/forward chain about staffing (no patients)."""
    L = c.L
    a = c.staff(c.ch(["ferland", "rioux", "stonge"]))
    b = c.staff(c.ch(["haddad", "chartrand", "picard"]))
    when0 = c.earlier(1, 3)
    d = c.future(2, 14)
    orig = "\n".join([c.hello(a.given), "", L(f"Il manque une infirmière pour la liste de cysto du {c.day(d)} PM. Quelqu'un de la litho peut venir ?",
                                              f"We're short one nurse for the cysto list on {c.day(d)} PM. Can someone from litho come over?"), "", b.given])
    ans = c.ch([L("Oui, Julie peut faire 13 h-16 h. Je l'ajoute à l'horaire.", "Yes, Julie can do 1-4 pm. I'll add her to the schedule."),
                L("Non, on est déjà à court ce jour-là (formation laser).", "No, we're already short that day (laser training)."),
                L("Je vérifie avec l'équipe et je te reviens.", "Checking with the team, will get back to you.")])
    q = quote_gt(c.lang, b.full(), when0, orig) if c.chance(.5) else quote_outlook(c.lang, addr_str(b), addr_str(a), when0,
                                                                                         L("Personnel cysto", "Cysto staffing"), orig)
    text = "\n".join([ans, "", a.given, "", q])
    mid = f"<st.{c.idx}.{c.rng.randrange(10**6)}@hsv-sante.example>"
    return spec(c, "thread", L("fil de discussion sur la dotation", "staffing reply thread"), a.addr(), [b.addr()],
                L("RE: Personnel cysto", "RE: Cysto staffing"), text, headers=[("In-Reply-To", mid), ("References", mid)])
