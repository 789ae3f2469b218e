"""Negative scenarios, part 1: staff schedules, HR, payroll, occupational
health, candidates, postings, staff news, directories."""
import datetime as dt

import gen_attach as A
from gen_common import MOIS, MONTHS, fmt_date
from gen_text import DISCLAIMER_EN, DISCLAIMER_FR

XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

CAND_SUR = ["Bellefeuille", "Lanthier", "Gravel", "Paquin", "Rivest", "Tessier",
            "Morneau", "Labonté", "O'Brien", "Mbeki", "Sabourin", "Lemay",
            "Vachon", "Grenier", "Houle", "Aubry", "Ricard", "Duchesne"]


def cand_name(r):
    from gen_common import STAFF_GIVEN_F, STAFF_GIVEN_M
    g = r.choice(STAFF_GIVEN_F + STAFF_GIVEN_M)
    return f"{g} {r.choice(CAND_SUR)}"


def dr(st, lang):
    return st.titled(lang)


def short_dr(st, lang):
    if lang == "fr":
        return ("Dre " if st.sex == "F" else "Dr ") + st.surname
    return "Dr. " + st.surname


SPECIALTY_FR = ["chirurgie colorectale et maladies inflammatoires de l'intestin",
                "chirurgie hépatobiliaire (cholécystite, lithiase du cholédoque)",
                "chirurgie de la paroi abdominale et hernies complexes",
                "chirurgie endocrinienne (thyroïde, parathyroïdes)",
                "chirurgie bariatrique et reflux gastro-œsophagien",
                "chirurgie du sein et mélanome",
                "traumatologie et soins aigus chirurgicaux"]
SPECIALTY_EN = ["colorectal surgery and inflammatory bowel disease",
                "hepatobiliary surgery (cholecystitis, bile duct stones)",
                "abdominal wall surgery and complex hernias",
                "endocrine surgery (thyroid, parathyroid)",
                "bariatric surgery and reflux disease",
                "breast surgery and melanoma",
                "trauma and acute care surgery"]


# ------------------------------------------------------------------ 1
def or_staffing(c, lang):
    r = c.rng
    mgr = c.f.staff("manager")
    nurses = c.f.staff_list("or_nurse", 6)
    sx = c.f.staff_list("surgeon", 5)
    fr = lang == "fr"
    monday = c.today - dt.timedelta(days=c.today.weekday()) + dt.timedelta(days=7)
    rows = []
    for i in range(r.randrange(4, 7)):
        d = monday + dt.timedelta(days=r.randrange(0, 5))
        s = sx[i % len(sx)]
        rows.append([fmt_date(d, "iso"), f"{'Salle' if fr else 'OR'} {i + 1}", short_dr(s, lang),
                     nurses[i % 6].full, nurses[(i + 2) % 6].full,
                     r.choice(["7 h 45–15 h 45", "7 h 45–17 h", "8 h–16 h"]) if fr else
                     r.choice(["7:45-15:45", "7:45-17:00", "8:00-16:00"])])
    head = (["Date", "Salle", "Chirurgien", "Circulante", "Instrumentiste", "Horaire"] if fr else
            ["Date", "Room", "Surgeon", "Circulating", "Scrub", "Hours"])
    if fr:
        txt = [c.hello(lang), f"Voici les affectations du bloc pour la semaine du {c.d(monday, lang, 'long')}.",
               r.choice(["La salle 7 reste fermée (ventilation).", "Julie remplace en salle 3 mardi.",
                         "Merci de me signaler tout échange d'ici jeudi midi."])]
        subj = f"Affectations bloc — semaine du {fmt_date(monday, 'iso')}"
    else:
        txt = [c.hello(lang), f"Here are OR assignments for the week of {c.d(monday, lang, 'long')}.",
               r.choice(["Room 7 stays closed (ventilation).", "Cover needed in OR 3 on Tuesday.",
                         "Let me know about any swaps by Thursday noon."])]
        subj = f"OR assignments - week of {fmt_date(monday, 'iso')}"
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:]))]
    atts = []
    if r.random() < 0.45:
        atts.append(dict(kind="xlsx", fn=("Affectations_" if fr else "Assignments_") + monday.strftime("%Y%m%d") + ".xlsx",
                         ct=XLSX_CT, data=A.xlsx([("Bloc" if fr else "OR", head, rows)])))
    else:
        blocks.append(("table", head, rows))
    blocks += [("p", c.bye(lang)), ("sig", c.sig(mgr, lang))]
    spec = c.spec(lang, mgr, [("Équipe bloc" if fr else "OR team", "bloc.equipe@chdr.example")], subj, blocks, atts=atts)
    return dict(spec=spec, cat="or_staffing", note="weekly OR staff assignments")


# ------------------------------------------------------------------ 2
def oncall(c, lang):
    r = c.rng
    ans = c.f.staff_list("anesth", 5)
    sec = c.f.staff("secretary")
    fr = lang == "fr"
    m = c.today.month % 12 + 1
    y = 2025
    rows = []
    for d in range(1, 15):
        day_ = dt.date(y, m, d)
        a = ans[d % 5]
        b = ans[(d + 2) % 5]
        rows.append([fmt_date(day_, "iso"), ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"][day_.weekday()]
                     if fr else day_.strftime("%a"), short_dr(a, lang), short_dr(b, lang)])
    head = ["Date", "Jour" if fr else "Day", "Garde" if fr else "On call", "Relève" if fr else "Backup"]
    ics = None
    if r.random() < 0.35:
        st = dt.datetime(y, m, 1, 7, 30)
        ics = A.ics(f"{c.tag}-garde@chdr.example", c.when.replace(tzinfo=None), st, st + dt.timedelta(hours=1),
                    "Réunion horaire de garde" if fr else "On-call schedule meeting",
                    "Révision de l'horaire et des échanges" if fr else "Schedule review and swaps",
                    "Salle de conférence B-110", (sec.full, sec.addr), [(a.full, a.addr) for a in ans[:3]]).decode()
    if fr:
        txt = [c.hello(lang), f"Horaire de garde en anesthésiologie pour la première quinzaine de {MOIS[m - 1]}.",
               "Les échanges doivent être approuvés par le chef de département."]
        subj = f"Horaire de garde anesthésie — {MOIS[m - 1]} {y}"
    else:
        txt = [c.hello(lang), f"Anesthesia on-call schedule for the first half of {MONTHS[m - 1]}.",
               "Swaps must be approved by the department head."]
        subj = f"Anesthesia on-call - {MONTHS[m - 1]} {y}"
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:])), ("table", head, rows), ("sig", c.sig(sec, lang))]
    atts = [dict(kind="ics", fn="reunion_garde.ics" if fr else "oncall_meeting.ics", ct="text/calendar", text=ics)] if ics else []
    spec = c.spec(lang, sec, [(a.full, a.addr) for a in ans], subj, blocks, atts=atts)
    return dict(spec=spec, cat="oncall_schedule", note="anaesthesia on-call roster")


# ------------------------------------------------------------------ 3
def leave(c, lang):
    r = c.rng
    n = c.f.staff(r.choice(["or_nurse", "preop_nurse", "booking"]))
    mgr = c.f.staff("manager")
    fr = lang == "fr"
    a = c.later(15, 60)
    b = a + dt.timedelta(days=r.choice([4, 7, 11, 14]))
    kind = r.randrange(3)
    if fr:
        req = [c.hello(lang, mgr), [f"J'aimerais prendre mes vacances du {c.d(a, lang, 'long')} au {c.d(b, lang, 'long')}.",
                                    f"Je demande un congé sans solde du {c.d(a, lang, 'iso')} au {c.d(b, lang, 'iso')} (déménagement).",
                                    f"Je souhaite utiliser 3 jours de banque de temps à partir du {c.d(a, lang, 'long')}."][kind],
               "Catherine a accepté de me remplacer pour les appels J+1." if r.random() < 0.5 else "Merci de me confirmer.",
               n.given]
        rep = [c.hello(lang, n), r.choice(["Approuvé, c'est inscrit dans Logibec.",
                                           "Ok pour moi, mais il faudra trouver quelqu'un pour le mardi.",
                                           "Approuvé. Pense à remplir le formulaire RH-12."])]
        subj = "RE: Demande de congé"
    else:
        req = [c.hello(lang, mgr), [f"I'd like to take vacation from {c.d(a, lang, 'long')} to {c.d(b, lang, 'long')}.",
                                    f"Requesting unpaid leave {c.d(a, lang, 'iso')} to {c.d(b, lang, 'iso')} (moving).",
                                    f"I'd like to use 3 banked days starting {c.d(a, lang, 'long')}."][kind],
               "Catherine agreed to cover the POD1 calls." if r.random() < 0.5 else "Please confirm.", n.given]
        rep = [c.hello(lang, n), r.choice(["Approved, it's in the scheduling system.",
                                           "Fine with me, but we need someone for the Tuesday.",
                                           "Approved. Please fill in form HR-12."])]
        subj = "RE: Leave request"
    when = c.dt_before(300, 5000)
    qh = c.quote_header(n, when, lang)
    qb = [("p", req[0]), ("p", "\n".join(req[1:3])), ("sig_plain", req[3])]
    quoted = ("quote", qh, qb) if qh else ("outlook", c.outlook_header(n, mgr, when, subj[4:], lang), qb)
    blocks = [("p", rep[0]), ("p", rep[1]), ("sig", c.sig(mgr, lang)), quoted]
    spec = c.spec(lang, mgr, [n], subj, blocks, in_reply_to=c.msgid.replace("@", ".lv@"))
    return dict(spec=spec, cat="hr_leave", note="staff leave request and approval")


# ------------------------------------------------------------------ 4
def occ_health(c, lang):
    r = c.rng
    sst = ("Santé et sécurité au travail" if lang == "fr" else "Occupational Health", "sst@chdr.example")
    emp = c.f.staff(r.choice(["or_nurse", "preop_nurse", "resident", "followup_nurse"]))
    fr = lang == "fr"
    k = r.randrange(4)
    if fr:
        body = [
            ["Votre test cutané à la tuberculine (TCT 2 étapes) effectué le " + c.d(c.earlier(3, 10), lang, "iso") +
             " est négatif (0 mm). Aucun suivi requis.", "Votre carnet vaccinal est à jour (hépatite B : anti-HBs > 10 UI/L)."],
            ["Votre essai d'ajustement (fit test) N95 est prévu le " + c.d(c.later(3, 20), lang, "long") + " à 10 h, local A-012.",
             "Modèle actuel : 3M 1870+. Merci de ne pas manger ni fumer 30 min avant."],
            ["Suite à votre consultation en santé au travail, un retour progressif est autorisé à compter du " +
             c.d(c.later(2, 10), lang, "long") + " : 4 h/jour la première semaine, sans soulever plus de 10 kg.",
             "Votre gestionnaire a été avisé des restrictions seulement (aucun diagnostic transmis)."],
            ["Rappel : la campagne de vaccination antigrippale pour le personnel se termine vendredi.",
             "Cliniques sans rendez-vous au 2e étage, 7 h à 15 h."]][k]
        subj = ["Résultat TCT — santé au travail", "Fit test N95 — convocation", "Retour au travail progressif",
                "Vaccination antigrippale — personnel"][k]
        hi = f"Bonjour {emp.given},"
    else:
        body = [
            ["Your tuberculin skin test (2-step TST) done on " + c.d(c.earlier(3, 10), lang, "iso") +
             " is negative (0 mm). No follow-up needed.", "Your immunization record is up to date (hep B anti-HBs > 10 IU/L)."],
            ["Your N95 fit test is booked on " + c.d(c.later(3, 20), lang, "long") + " at 10 am, room A-012.",
             "Current model: 3M 1870+. Please do not eat or smoke 30 min before."],
            ["Following your occupational health visit, a graduated return is authorized from " +
             c.d(c.later(2, 10), lang, "long") + ": 4 h/day the first week, no lifting over 10 kg.",
             "Your manager was informed of the restrictions only (no diagnosis shared)."],
            ["Reminder: the staff flu vaccination campaign ends Friday.",
             "Walk-in clinics on the 2nd floor, 7 am to 3 pm."]][k]
        subj = ["TST result - occupational health", "N95 fit test - appointment", "Graduated return to work",
                "Flu vaccination - staff"][k]
        hi = f"Hello {emp.given},"
    blocks = [("p", hi), ("p", "\n".join(body)),
              ("sig_plain", ("Infirmière en santé au travail\nPoste 4020 — 819-555-0140" if fr else
                             "Occupational health nurse\nExt. 4020 - 819-555-0140"))]
    to = [emp] if k != 3 else [("Tout le personnel" if fr else "All staff", "tous@chdr.example")]
    spec = c.spec(lang, sst, to, subj, blocks)
    return dict(spec=spec, cat="occupational_health", note="employee occupational health message")


# ------------------------------------------------------------------ 5
def payroll(c, lang):
    r = c.rng
    pay = ("Service de la paie" if lang == "fr" else "Payroll", "paie@chdr.example")
    emp = c.f.staff(r.choice(["or_nurse", "booking", "secretary", "preop_nurse"]))
    fr = lang == "fr"
    eno = f"{r.randrange(100000, 999999)}"
    per = r.randrange(1, 26)
    amt = f"{r.randrange(80, 900)},{r.randrange(10, 99)}" if fr else f"{r.randrange(80, 900)}.{r.randrange(10, 99)}"
    if fr:
        L = [f"Bonjour {emp.given},", f"Suite à votre demande (no employé {eno}), nous avons vérifié la période de paie {per}.",
             r.choice([f"La prime de soir et le temps supplémentaire du bloc (7,5 h à taux et demi) n'avaient pas été saisis; "
                       f"un ajustement de {amt} $ sera versé à la prochaine paie.",
                       f"La prime de disponibilité (garde bloc) a été versée en double; une récupération de {amt} $ sera étalée sur 3 paies.",
                       "Votre changement de dépôt direct sera effectif à la période suivante."]),
             "Votre relevé est disponible dans le portail employé."]
        subj = f"Paie — période {per}"
    else:
        L = [f"Hello {emp.given},", f"Following your request (employee no. {eno}), we reviewed pay period {per}.",
             r.choice([f"Evening premium and OR overtime (7.5 h at time and a half) were missing; an adjustment of ${amt} "
                       f"will be paid on the next cheque.",
                       f"The on-call premium was paid twice; a recovery of ${amt} will be spread over 3 pays.",
                       "Your direct-deposit change will take effect next period."]),
             "Your statement is available on the employee portal."]
        subj = f"Payroll - period {per}"
    blocks = [("p", L[0]), ("p", "\n".join(L[1:])), ("p", c.bye(lang)),
              ("sig_plain", ("Service de la paie — poste 2210" if fr else "Payroll - ext. 2210"))]
    atts = []
    if r.random() < 0.3:
        atts.append(dict(kind="pdf", fn=f"Releve_paie_{eno}_P{per}.pdf" if fr else f"Pay_statement_{eno}_P{per}.pdf",
                         ct="application/pdf",
                         data=A.pdf("Relevé de paie" if fr else "Pay statement",
                                    [f"{'Employé' if fr else 'Employee'}: {emp.full} ({eno})",
                                     f"{'Période' if fr else 'Period'}: {per}",
                                     ("Heures régulières : 75,00" if fr else "Regular hours: 75.00"),
                                     ("Temps supplémentaire : 7,50" if fr else "Overtime: 7.50"),
                                     f"Ajustement / Adjustment: {amt}"], compress=True)))
    spec = c.spec(lang, pay, [emp], subj, blocks, atts=atts)
    return dict(spec=spec, cat="payroll", note="payroll adjustment for an employee")


# ------------------------------------------------------------------ 6
def candidates(c, lang):
    r = c.rng
    hr = c.f.staff("hr")
    mgr = c.f.staff("manager")
    fr = lang == "fr"
    rows = []
    for _ in range(r.randrange(3, 6)):
        d = c.later(3, 12)
        rows.append([cand_name(r), r.choice(["inf. clinicienne, 6 ans bloc", "inf., 2 ans chirurgie d'un jour",
                                             "agente adm., 10 ans planification", "inf. aux., 4 ans SDO"] if fr else
                                            ["BScN, 6 yrs OR", "RN, 2 yrs day surgery", "admin agent, 10 yrs scheduling",
                                             "LPN, 4 yrs PACU"]),
                     fmt_date(d, "iso"), r.choice(["9 h", "10 h 30", "13 h 30"] if fr else ["9:00", "10:30", "13:30"])])
    head = (["Candidat(e)", "Profil", "Date", "Heure"] if fr else ["Candidate", "Profile", "Date", "Time"])
    post = r.choice(["infirmière clinicienne — clinique préopératoire", "agente de planification — bloc opératoire"]
                    if fr else ["clinical nurse - pre-op clinic", "OR booking agent"])
    if fr:
        txt = [c.hello(lang, mgr), f"Voici les entrevues pour le poste {post} (affichage 2025-{r.randrange(10, 99)}).",
               "Les CV sont dans le dossier partagé RH; grille d'évaluation jointe."]
        subj = f"Entrevues — {post}"
    else:
        txt = [c.hello(lang, mgr), f"Interview schedule for the {post} position (posting 2025-{r.randrange(10, 99)}).",
               "CVs are in the HR shared folder; scoring grid attached."]
        subj = f"Interviews - {post}"
    grid = A.docx("Grille d'entrevue" if fr else "Interview grid",
                  ["Critères : expérience (30), communication (20), mises en situation (40), références (10)." if fr else
                   "Criteria: experience (30), communication (20), scenarios (40), references (10)."],
                  (["Critère", "Note"] if fr else ["Criterion", "Score"],
                   [["Expérience" if fr else "Experience", "/30"], ["Communication", "/20"],
                    ["Mises en situation" if fr else "Scenarios", "/40"], ["Références" if fr else "References", "/10"]]))
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:])), ("table", head, rows), ("sig", c.sig(hr, lang))]
    spec = c.spec(lang, hr, [mgr], subj, blocks,
                  atts=[dict(kind="docx", fn="Grille_entrevue.docx" if fr else "Interview_grid.docx", ct=DOCX_CT, data=grid)])
    return dict(spec=spec, cat="job_candidates", note="interview schedule for job candidates")


# ------------------------------------------------------------------ 7
def staff_social(c, lang):
    r = c.rng
    st = c.f.staff(r.choice(["or_nurse", "booking", "preop_nurse", "anesth", "surgeon"]))
    sender = c.f.staff("manager")
    fr = lang == "fr"
    k = r.randrange(3)
    bd = c.earlier(2, 9)
    baby = r.choice(["Léa", "Noah", "Florence", "Arthur", "Maya", "Elliot"])
    ret_d = c.later(10, 30)
    if fr:
        txt = [[f"Bonne nouvelle : {st.full} est devenu{'e' if st.sex == 'F' else ''} parent ! Petit{'e' if baby in ('Léa', 'Florence', 'Maya') else ''} "
                f"{baby} est né{'e' if baby in ('Léa', 'Florence', 'Maya') else ''} le {c.d(bd, lang, 'long')} (3,4 kg). Maman et bébé vont bien.",
                "Une carte circule au poste du bloc si vous voulez signer."],
               [f"Après 31 ans au bloc opératoire, {st.titled('fr')} prend sa retraite.",
                f"5 à 7 le {c.d(ret_d, lang, 'long')} à la cafétéria, contribution suggérée 10 $ pour le cadeau."],
               [f"C'est l'anniversaire de {st.given} demain ({st.given} est né{'e' if st.sex == 'F' else ''} le {bd.day} {MOIS[bd.month - 1]} 1984 — on ne dira pas l'âge !).",
                "Gâteau au poste de la clinique préop à 14 h."]][k]
        subj = ["Bienvenue bébé !", "Départ à la retraite", "Anniversaire 🎂" if r.random() < 0.5 else "Anniversaire"][k]
    else:
        txt = [[f"Great news: {st.full} is a parent! Baby {baby} was born on {c.d(bd, lang, 'long')} (3.4 kg). Everyone is doing well.",
                "A card is going around the OR desk if you want to sign."],
               [f"After 31 years in the OR, {st.titled('en')} is retiring.",
                f"Farewell get-together on {c.d(ret_d, lang, 'long')} in the cafeteria, $10 suggested for the gift."],
               [f"It's {st.given}'s birthday tomorrow (born {MONTHS[bd.month - 1]} {bd.day}, 1984 - we won't tell!).",
                "Cake at the pre-op clinic desk at 2 pm."]][k]
        subj = ["Welcome baby!", "Retirement", "Birthday 🎂" if r.random() < 0.5 else "Birthday"][k]
    blocks = [("p", c.hello(lang)), ("p", "\n".join(txt)), ("sig", c.sig(sender, lang, short=True))]
    spec = c.spec(lang, sender, [("Équipe chirurgie" if fr else "Surgery team", "chirurgie.equipe@chdr.example")], subj, blocks)
    return dict(spec=spec, cat="staff_social", note="staff social announcement (baby, retirement, birthday)")


# ------------------------------------------------------------------ 8
def job_posting(c, lang):
    r = c.rng
    hr = c.f.staff("hr")
    fr = lang == "fr"
    no = f"CHDR-{r.randrange(2025000, 2025999)}"
    if fr:
        post = r.choice([("Infirmière clinicienne / infirmier clinicien — Clinique préopératoire", "Temps complet, jour, 35 h/sem."),
                         ("Agente / agent de planification chirurgicale", "Temps complet, jour"),
                         ("Inhalothérapeute — Bloc opératoire et SDR", "Temps partiel, 7/14"),
                         ("Anesthésiologiste (poste PEM)", "Plan d'effectifs médicaux 2025")])
        L = [f"Affichage {no}", post[0], post[1],
             "Fonctions : évaluation préopératoire, enseignement, coordination avec l'anesthésie et le bloc.",
             "Exigences : membre en règle de l'ordre professionnel; 2 ans d'expérience en chirurgie un atout.",
             f"Salaire : selon l'échelle en vigueur ({r.randrange(30, 36)},{r.randrange(10, 99)} $ à {r.randrange(48, 56)},{r.randrange(10, 99)} $/h).",
             f"Date limite : {c.d(c.later(10, 25), lang, 'long')}. Postuler via le portail carrières."]
        subj = f"Affichage de poste {no}"
    else:
        post = r.choice([("Clinical Nurse - Pre-operative Clinic", "Full time, days, 35 h/week"),
                         ("Surgical Booking Agent", "Full time, days"),
                         ("Respiratory Therapist - OR and PACU", "Part time, 7/14"),
                         ("Anesthesiologist (medical staffing plan)", "2025 medical staffing plan")])
        L = [f"Posting {no}", post[0], post[1],
             "Duties: pre-operative assessment, teaching, coordination with anesthesia and the OR.",
             "Requirements: member in good standing of the professional order; 2 years in surgery an asset.",
             f"Salary: per current scale (${r.randrange(30, 36)}.{r.randrange(10, 99)} to ${r.randrange(48, 56)}.{r.randrange(10, 99)}/h).",
             f"Deadline: {c.d(c.later(10, 25), lang, 'long')}. Apply through the careers portal."]
        subj = f"Job posting {no}"
    blocks = [("p", "\n".join(L[:3])), ("p", "\n".join(L[3:])), ("sig", c.sig(hr, lang))]
    atts = []
    if r.random() < 0.4:
        atts.append(dict(kind="pdf", fn=f"Affichage_{no}.pdf" if fr else f"Posting_{no}.pdf", ct="application/pdf",
                         data=A.pdf(post[0], L, compress=r.random() < 0.5)))
    spec = c.spec(lang, hr, [("Tout le personnel" if fr else "All staff", "tous@chdr.example")], subj, blocks, atts=atts)
    return dict(spec=spec, cat="job_posting", note="internal job posting")


# ------------------------------------------------------------------ 9
def resident_schedule(c, lang):
    r = c.rng
    res = c.f.staff_list("resident", 5)
    sx = c.f.staff_list("surgeon", 4)
    sec = c.f.staff("secretary")
    fr = lang == "fr"
    rows = []
    for i, rr in enumerate(res):
        rows.append([rr.full, r.choice(["R1", "R2", "R3", "R4", "R5"]),
                     r.choice(["Bloc — " + short_dr(sx[i % 4], lang), "Étage" if fr else "Ward", "Clinique externe" if fr else "Clinic",
                               "Consultations urgence" if fr else "ED consults"]),
                     r.choice(["lun-mer", "mar-jeu", "sem. complète"] if fr else ["Mon-Wed", "Tue-Thu", "full week"])])
    head = (["Résident(e)", "Niveau", "Affectation", "Jours"] if fr else ["Resident", "Level", "Assignment", "Days"])
    txt = ("Horaire des résidents pour la période " + str(r.randrange(7, 13)) + ". Rappel : journée académique jeudi AM."
           if fr else f"Resident schedule for block {r.randrange(7, 13)}. Reminder: academic half-day Thursday AM.")
    blocks = [("p", c.hello(lang)), ("p", txt), ("table", head, rows), ("sig", c.sig(sec, lang))]
    spec = c.spec(lang, sec, [(x.full, x.addr) for x in res], "Horaire résidents" if fr else "Resident schedule", blocks)
    return dict(spec=spec, cat="resident_schedule", note="resident rotation schedule")


# ------------------------------------------------------------------ 10
def credentialing(c, lang):
    r = c.rng
    sx = c.f.staff("surgeon")
    dsp = ("Direction des services professionnels" if lang == "fr" else "Professional Services", "dsp@chdr.example")
    fr = lang == "fr"
    lic = f"{r.randrange(1, 9)}-{r.randrange(10000, 99999)}"
    exp = c.later(20, 60)
    if fr:
        L = [f"Bonjour {dr(sx, 'fr')},", f"Le renouvellement de vos privilèges en chirurgie générale arrive à échéance le {c.d(exp, lang, 'long')}.",
             "Documents requis : CV à jour, preuve d'assurance responsabilité (ACPM), attestation de formation continue, "
             f"numéro de permis CMQ ({lic}) et liste des interventions des 2 dernières années (sommaire, sans données nominatives).",
             "Le comité d'examen des titres se réunit le mois prochain."]
        subj = "Renouvellement des privilèges"
    else:
        L = [f"Dear {dr(sx, 'en')},", f"Your general surgery privileges are due for renewal on {c.d(exp, lang, 'long')}.",
             "Required: updated CV, proof of CMPA coverage, CPD attestation, "
             f"CMQ licence number ({lic}) and a summary of procedures for the last 2 years (counts only, no patient data).",
             "The credentials committee meets next month."]
        subj = "Privileges renewal"
    blocks = [("p", L[0]), ("p", "\n".join(L[1:])), ("p", c.bye(lang)),
              ("sig_plain", ("Adjointe à la DSP — poste 2005" if fr else "Assistant to the DPS - ext. 2005"))]
    spec = c.spec(lang, dsp, [sx], subj, blocks)
    return dict(spec=spec, cat="credentialing", note="surgeon privileges renewal request")


# ------------------------------------------------------------------ 11
def expense(c, lang):
    r = c.rng
    st = c.f.staff(r.choice(["surgeon", "anesth", "preop_nurse", "manager"]))
    fin = ("Comptes à payer" if lang == "fr" else "Accounts payable", "comptesapayer@chdr.example")
    fr = lang == "fr"
    conf = r.choice(["Congrès de l'Association québécoise de chirurgie", "Canadian Surgery Forum",
                     "Colloque en soins périopératoires"])
    rows = [["Inscription" if fr else "Registration", f"{r.randrange(450, 900)}.00"],
            ["Hôtel (3 nuits)" if fr else "Hotel (3 nights)", f"{r.randrange(480, 780)}.{r.randrange(10, 99)}"],
            ["Kilométrage" if fr else "Mileage", f"{r.randrange(90, 400)}.{r.randrange(10, 99)}"],
            ["Repas" if fr else "Meals", f"{r.randrange(60, 180)}.00"]]
    txt = ([c.hello(lang), f"Ci-joint ma réclamation de dépenses pour le {conf}. Centre de coûts 6512-0-{r.randrange(100, 999)}.",
            "Les reçus originaux sont dans l'enveloppe interne."] if fr else
           [c.hello(lang), f"Attached is my expense claim for the {conf}. Cost centre 6512-0-{r.randrange(100, 999)}.",
            "Original receipts are in the interoffice envelope."])
    data = A.xlsx([("Dépenses" if fr else "Expenses", ["Poste" if fr else "Item", "Montant" if fr else "Amount"], rows)])
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:])), ("sig", c.sig(st, lang))]
    spec = c.spec(lang, st, [fin], "Réclamation de dépenses" if fr else "Expense claim", blocks,
                  atts=[dict(kind="xlsx", fn=("Depenses_" if fr else "Expenses_") + st.surname.replace("'", "") + ".xlsx",
                             ct=XLSX_CT, data=data)])
    return dict(spec=spec, cat="expense_claim", note="conference expense claim")


# ------------------------------------------------------------------ 12
def directory(c, lang):
    r = c.rng
    sec = c.f.staff("secretary")
    fr = lang == "fr"
    people = c.f.staff_list("preop_nurse", 3) + c.f.staff_list("booking", 2) + c.f.staff_list("anesth", 2)
    rows = [[p.full, p.role.replace("_", " "), f"819-555-01{r.randrange(100):02d}", str(r.randrange(2000, 7999)),
             p.addr] for p in people]
    head = (["Nom", "Rôle", "Téléphone", "Poste", "Courriel"] if fr else ["Name", "Role", "Phone", "Ext.", "E-mail"])
    kind = r.choice(["csv", "vcf", "body"])
    atts = []
    blocks = [("p", c.hello(lang)), ("p", "Mise à jour de la liste téléphonique du secteur chirurgie." if fr else
                                     "Updated phone list for the surgery sector.")]
    if kind == "csv":
        atts.append(dict(kind="csv", fn="liste_telephonique.csv" if fr else "phone_list.csv", ct="text/csv",
                         text=A.csv_bytes(head, rows, delim=";").decode("utf-8")))
    elif kind == "vcf":
        newp = people[0]
        blocks = [("p", c.hello(lang)), ("p", (f"Bienvenue à {newp.full} qui se joint à l'équipe de la clinique préop ! "
                                               "Sa fiche de contact est jointe.") if fr else
                                              (f"Welcome to {newp.full} who joins the pre-op clinic team! "
                                               "Contact card attached."))]
        vc = A.vcard(newp.full, (newp.surname, newp.given), tels=[("WORK", rows[0][2])], email=newp.addr,
                     org="CHDR", title="Infirmière clinicienne" if fr else "Clinical nurse")
        atts.append(dict(kind="vcf", fn=newp.full.replace(" ", "_") + ".vcf", ct="text/vcard", text=vc.decode()))
    else:
        blocks.append(("table", head, rows))
    blocks.append(("sig", c.sig(sec, lang)))
    spec = c.spec(lang, sec, [("Secteur chirurgie" if fr else "Surgery sector", "chirurgie.secteur@chdr.example")],
                  "Liste téléphonique" if fr else "Phone list", blocks, atts=atts)
    return dict(spec=spec, cat="staff_directory", note="staff phone list / contact card")
