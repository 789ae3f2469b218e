"""Negative templates, part A: staff matters (schedules, leave, payroll, occupational health, HR, training, on-call)."""
import datetime as _dt

from stdnum import ean, luhn

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_clin import addr_of

ALL_STAFF = ("Personnel — ophtalmologie", "ophtalmo-tous@chve.example")
ALL_STAFF_EN = ("Ophthalmology - all staff", "ophtalmo-tous@chve.example")


class NB:
    """Negative message builder (no findings by construction)."""

    def __init__(self, ctx, lang, cat, note):
        self.ctx, self.rng, self.lang, self.cat, self.note = ctx, ctx.rng, lang, cat, note
        self.attachments = []

    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def att(self, a):
        self.attachments.append(a)

    def all_staff(self):
        return ALL_STAFF if self.lang == "fr" else ALL_STAFF_EN

    def spec(self, frm, to, subject, blocks, cc=None, **kw):
        d = {"cat": self.cat, "lang": self.lang, "note": self.note, "types": [], "from": frm, "to": to,
             "cc": cc or [], "subject": subject, "blocks": blocks, "attachments": self.attachments,
             "patients": [], "ids": []}
        d.update(kw)
        return d


# ---------------------------------------------------------------- checksum-valid look-alikes
def luhn_serial(rng, n):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
    s = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(s)
    return s


def gtin13(rng):
    body = "0" + "".join(str(rng.randint(0, 9)) for _ in range(11))
    s = body + ean.calc_check_digit(body)
    assert ean.is_valid(s)
    return s


def md_with_sub(s, lang):
    return f"{C.staff_name(s, lang)} ({s['sub'][0] if lang == 'fr' else s['sub'][1]})"


# ---------------------------------------------------------------- clinic schedule
def clinic_schedule(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "clinic_schedule", "weekly clinic schedule with physicians and subspecialties")
    mgr = ctx.person("manager")
    mds = [s for s in ctx.staff if s["role"] == "ophtalmo"]
    monday = K.future_day(r) - _dt.timedelta(days=0)
    monday -= _dt.timedelta(days=monday.weekday())
    rows = []
    clinics = [b.L("Clinique d'injections (DMLA / OMD)", "Injection clinic (AMD / DME)"), b.L("Glaucome", "Glaucoma"), b.L("Bloc — cataractes", "OR - cataracts"),
               b.L("Rétine chirurgicale", "Surgical retina"), b.L("Urgences ophtalmo", "Eye emergency"), b.L("Pédiatrie / strabisme", "Paediatrics / strabismus"),
               b.L("Uvéite", "Uveitis"), b.L("Neuro-ophtalmo", "Neuro-ophthalmology")]
    for i in range(5):
        d = monday + _dt.timedelta(days=i)
        for half in ("AM", "PM"):
            if r.random() < 0.75:
                rows.append([C.fmt_day(d, lang), half, r.choice(clinics), C.staff_name(r.choice(mds), lang), r.choice(["C-310", "C-312", "C-318", b.L("Bloc 4", "OR 4"), "C-322"])])
    header = b.L(["Jour", "", "Clinique", "Médecin", "Local"], ["Day", "", "Clinic", "Physician", "Room"])
    blocks = [("p", C.greet(r, lang, group=True)),
              ("p", b.L(f"Voici l'horaire de la semaine du {C.fmt_day(monday, lang, False)}. Rappel : {md_with_sub(r.choice(mds), lang)} est absent(e) jeudi, ses patients de rétine sont redistribués.",
                        f"Here is the schedule for the week of {C.fmt_day(monday, lang, False)}. Reminder: {md_with_sub(r.choice(mds), lang)} is away Thursday; their retina patients are being redistributed."))]
    if r.random() < 0.5:
        b.att({"kind": "xlsx", "filename": b.L("horaire_cliniques.xlsx", "clinic_schedule.xlsx"), "data": A.make_xlsx([(b.L("Semaine", "Week"), [header] + rows)], C.staff_name(mgr, lang, False))})
        blocks.append(("p", b.L("Horaire complet en pièce jointe.", "Full schedule attached.")))
    else:
        blocks.append(("table", header, rows))
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(mgr, lang, r))]
    return b.spec(addr_of(mgr, lang), [b.all_staff()], b.L("Horaire des cliniques — semaine du ", "Clinic schedule - week of ") + monday.isoformat(), blocks)


# ---------------------------------------------------------------- leave
def leave_request(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "leave_request", "staff leave request and approval")
    emp = ctx.person(r.choice(["tech", "nurse", "clerk", "orthoptist"]))
    mgr = ctx.person("manager")
    d1 = K.future_day(r, span=90)
    d2 = d1 + _dt.timedelta(days=r.choice([2, 4, 7, 11]))
    why = r.choice([b.L("vacances", "vacation"), b.L("un rendez-vous personnel", "a personal appointment"), b.L("le mariage de ma sœur", "my sister's wedding"),
                    b.L("congé de paternité/maternité — retour prévu en septembre", "parental leave - back in September")])
    cover = ctx.person(emp["role"], exclude=(emp,))
    task = {"tech": ("les OCT du matin", "the morning OCTs"), "nurse": ("la clinique d'injections", "the injection clinic"),
            "clerk": ("l'accueil", "the front desk"), "orthoptist": ("la clinique de strabisme", "the strabismus clinic")}[emp["role"]]
    req = b.L(f"Est-ce que je pourrais prendre congé du {C.fmt_day(d1, lang)} au {C.fmt_day(d2, lang)} pour {why}? {C.staff_name(cover, lang, False)} a accepté de couvrir {task[0]}.",
              f"Could I take leave from {C.fmt_day(d1, lang)} to {C.fmt_day(d2, lang)} for {why}? {C.staff_name(cover, lang, False)} agreed to cover {task[1]}.")
    reply = r.choice([b.L("Approuvé, c'est inscrit dans l'horaire.", "Approved, it's in the schedule."), b.L("OK pour moi, fais la demande dans Logibec svp.", "Fine by me, please submit it in the HR portal."),
                      b.L("Je dois vérifier la couverture de la clinique d'injections, je te reviens demain.", "I need to check injection-clinic coverage, will get back to you tomorrow.")])
    if r.random() < 0.5:
        when = C.fmt_day(d1 - _dt.timedelta(days=r.randint(10, 30)), lang)
        blocks = [("p", reply), ("sig", C.staff_name(mgr, lang, False)),
                  ("quote", b.L(f"Le {when}, {C.staff_name(emp, lang, False)} a écrit :", f"On {when}, {C.staff_name(emp, lang, False)} wrote:"),
                   [("p", C.greet(r, lang, mgr["given"])), ("p", req), ("p", C.closing(r, lang)), ("sig", C.staff_name(emp, lang, False))])]
        return b.spec(addr_of(mgr, lang), [addr_of(emp, lang)], b.L("RE: Demande de congé", "RE: Leave request"), blocks)
    blocks = [("p", C.greet(r, lang, mgr["given"])), ("p", req), ("p", C.closing(r, lang)), ("sig", C.signature(emp, lang, r))]
    return b.spec(addr_of(emp, lang), [addr_of(mgr, lang)], b.L("Demande de congé", "Leave request"), blocks)


# ---------------------------------------------------------------- payroll
def payroll(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "payroll", "payroll notice to staff")
    hr = ctx.person("hr")
    kind = r.choice(["ot", "slip", "correction"])
    if kind == "ot":
        rows = [[C.staff_name(s, lang, False), f"{r.randint(100000, 199999)}", f"{r.randint(3, 14)},{r.choice(['0', '5'])} h", b.L("clinique d'injections du samedi", "Saturday injection clinic")]
                for s in C.pick(r, [x for x in ctx.staff if x["role"] in ("nurse", "tech", "clerk")], r.randint(3, 6))]
        blocks = [("p", C.greet(r, lang, group=True)), ("p", b.L("Heures supplémentaires à approuver pour la période 6 :", "Overtime to approve for pay period 6:")),
                  ("table", b.L(["Employé(e)", "Matricule", "Heures", "Motif"], ["Employee", "Employee #", "Hours", "Reason"]), rows)]
        subj = b.L("Heures supplémentaires — période 6", "Overtime - pay period 6")
    elif kind == "slip":
        blocks = [("p", C.greet(r, lang, group=True)), ("p", b.L("Vos relevés 1 et feuillets T4 sont disponibles dans le portail employé. Les dates de naissance et NAS ne sont jamais envoyés par courriel; en cas d'erreur, communiquez avec le service de la paie au poste 4410.",
                                                     "Your T4 and RL-1 slips are available in the employee portal. Birth dates and SINs are never sent by e-mail; if something is wrong, contact payroll at ext. 4410."))]
        subj = b.L("Relevés fiscaux 2024 disponibles", "2024 tax slips available")
    else:
        emp = ctx.person(r.choice(["nurse", "tech"]))
        blocks = [("p", C.greet(r, lang, emp["given"])), ("p", b.L(f"Une erreur de prime de soir a été corrigée sur votre paie du 14 mars (matricule {r.randint(100000, 199999)}). Le montant de 86,40 $ sera versé à la prochaine paie.",
                                                                f"An evening-premium error was corrected on your March 14 pay (employee # {r.randint(100000, 199999)}). The $86.40 will be paid on the next cheque."))]
        subj = b.L("Correction de paie", "Pay correction")
        blocks += [("p", C.closing(r, lang)), ("sig", C.signature(hr, lang, r))]
        return b.spec(addr_of(hr, lang), [addr_of(emp, lang)], subj, blocks)
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(hr, lang, r))]
    return b.spec(addr_of(hr, lang), [b.all_staff()], subj, blocks)


# ---------------------------------------------------------------- occupational health (staff)
def occ_health(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "occupational_health", "employee occupational-health or prevention notice")
    hr = ctx.person(r.choice(["hr", "manager"]))
    emp = ctx.person(r.choice(["nurse", "tech", "clerk"]))
    kind = r.choice(["rtw", "fit", "vacc", "ergo"])
    if kind == "rtw":
        t = b.L(f"{C.staff_name(emp, lang, False)} ({C.role_label(emp, 'fr')}) reprend en retour progressif lundi, 3 jours/semaine, selon la recommandation du service de santé au travail. Merci d'éviter de l'affecter seul{'e' if emp['sex'] == 'F' else ''} au triage pour les 4 premières semaines.",
                f"{C.staff_name(emp, lang, False)} ({C.role_label(emp, 'en')}) returns on a graduated schedule Monday, 3 days/week, per occupational health. Please don't assign them alone to triage for the first 4 weeks.")
        subj = b.L("Retour progressif — équipe", "Graduated return - team")
        to = [addr_of(ctx.person("manager", exclude=(hr,)), lang)]
    elif kind == "fit":
        t = b.L("Les tests d'ajustement N95 pour le personnel de la clinique d'ophtalmologie auront lieu le 18 mars, salle B-110. Inscription obligatoire.",
                "N95 fit testing for eye-clinic staff is on March 18, room B-110. Sign-up is mandatory.")
        subj = b.L("Tests d'ajustement N95", "N95 fit testing")
        to = [b.all_staff()]
    elif kind == "vacc":
        t = b.L("La campagne de vaccination antigrippale du personnel passe à la clinique d'ophtalmologie mardi de 11 h à 14 h. Apportez votre carte d'employé.",
                "Staff flu vaccination will be at the eye clinic Tuesday 11:00-14:00. Bring your staff ID.")
        subj = b.L("Vaccination du personnel", "Staff vaccination")
        to = [b.all_staff()]
    else:
        t = b.L(f"Suite à la déclaration d'incident de {C.staff_name(emp, lang, False)} (éclaboussure de bétadine à l'œil, sans séquelle), une évaluation ergonomique du poste d'injection 2 est prévue. Rappel : lunettes de protection obligatoires.",
                f"Following {C.staff_name(emp, lang, False)}'s incident report (povidone splash to the eye, no lasting effect), an ergonomic review of injection station 2 is planned. Reminder: eye protection is mandatory.")
        subj = b.L("Suivi d'incident — prévention", "Incident follow-up - prevention")
        to = [addr_of(ctx.person("manager", exclude=(hr,)), lang)]
    blocks = [("p", C.greet(r, lang, group=True)), ("p", t), ("p", C.closing(r, lang)), ("sig", C.signature(hr, lang, r))]
    return b.spec(addr_of(hr, lang), to, subj, blocks)


# ---------------------------------------------------------------- staff social
def staff_social(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "staff_social", "staff social announcement (birth, retirement, birthdays)")
    s = ctx.person(r.choice(["clerk", "manager", "nurse"]))
    kind = r.choice(["baby", "retire", "bday"])
    if kind == "baby":
        par = ctx.person(r.choice(["nurse", "tech", "ophtalmo", "resident"]))
        bd = _dt.date(2025, r.randint(1, 4), r.randint(1, 28))
        baby, bsex = r.choice([("Léa", "F"), ("Théo", "M"), ("Zoé", "F"), ("Nathan", "M"), ("Rosalie", "F"), ("Émile", "M")])
        fpar = par["sex"] == "F"
        kg = str(r.randint(28, 41) / 10)
        t = b.L(f"Bonne nouvelle! {C.staff_name(par, lang)} est devenu{'e' if fpar else ''} {'maman' if fpar else 'papa'} : {baby} est né{'e' if bsex == 'F' else ''} le {C.fmt_day(bd, lang, False)} {bd.year} ({bd.isoformat()}), {kg.replace('.', ',')} kg. Tout le monde va bien. Une carte circule au poste des infirmières.",
                f"Great news! {C.staff_name(par, lang)} is a parent: {baby} was born on {C.MONTHS[bd.month - 1]} {bd.day}, {bd.year}, {kg} kg. Everyone is doing well. A card is going around at the nursing station.")
        subj = b.L("Bienvenue bébé!", "Welcome baby!")
    elif kind == "retire":
        md = ctx.person("ophtalmo")
        t = b.L(f"Après 32 ans à traiter le glaucome et la cataracte chez nous, {C.staff_name(md, lang)} prend sa retraite. 5 à 7 le vendredi 28 mars au Bistro des Érables. Contribution au cadeau : 10 $.",
                f"After 32 years treating glaucoma and cataract here, {C.staff_name(md, lang)} is retiring. Drinks Friday March 28 at the Bistro des Érables. Gift contribution: $10.")
        subj = b.L("Départ à la retraite", "Retirement celebration")
    else:
        rows = [[C.staff_name(x, lang, False), C.fmt_day(_dt.date(2025, r.randint(3, 4), r.randint(1, 28)), lang, False)] for x in C.pick(r, ctx.staff, 4)]
        t = b.L("Les anniversaires du mois (gâteau jeudi au salon du personnel) :", "This month's birthdays (cake Thursday in the staff lounge):")
        blocks = [("p", C.greet(r, lang, group=True)), ("p", t), ("table", None, rows), ("p", C.closing(r, lang)), ("sig", C.signature(s, lang, r))]
        return b.spec(addr_of(s, lang), [b.all_staff()], b.L("Anniversaires du mois 🎂", "Birthdays this month 🎂"), blocks)
    blocks = [("p", C.greet(r, lang, group=True)), ("p", t), ("p", C.closing(r, lang)), ("sig", C.signature(s, lang, r))]
    return b.spec(addr_of(s, lang), [b.all_staff()], subj, blocks)


# ---------------------------------------------------------------- job candidates
def hr_candidate(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "hr_candidate", "interview scheduling for job candidates")
    hr = ctx.person("hr")
    mgr = ctx.person("manager")
    cands = []
    for i in range(r.randint(2, 4)):
        sx = r.choice("FM")
        cands.append((r.choice(C.GIVEN_F if sx == "F" else C.GIVEN_M), r.choice(C.STAFF_SURNAMES)))
    poste = r.choice([b.L("orthoptiste", "orthoptist"), b.L("technicien(ne) en ophtalmologie", "ophthalmic technician"), b.L("infirmière — clinique d'injections", "injection-clinic nurse")])
    rows = [[f"{g} {s}", C.fmt_day(K.future_day(r), lang), K.hhmm(r, lang)] for g, s in cands]
    blocks = [("p", C.greet(r, lang, mgr["given"])), ("p", b.L(f"Voici les entrevues pour le poste d'{poste} :", f"Here are the interviews for the {poste} position:")),
              ("table", b.L(["Candidat(e)", "Date", "Heure"], ["Candidate", "Date", "Time"]), rows)]
    if r.random() < 0.5:
        g, s = cands[0]
        cv = [f"{g} {s}", f"{r.randint(10, 900)}, rue des Lilas, Beaubassin (Québec)", f"Tél. : 450 555-01{r.randint(0, 99):02d}",
              b.L("Formation : DEC en techniques d'orthèses visuelles; certificat en orthoptique", "Education: ophthalmic technician diploma; orthoptics certificate"),
              b.L("Expérience : 4 ans en clinique privée (OCT, champs visuels, biométrie)", "Experience: 4 years in private practice (OCT, visual fields, biometry)")]
        b.att({"kind": "docx", "filename": f"CV_{C.strip_accents(s)}_{C.strip_accents(g)}.docx", "data": A.make_docx("Curriculum vitae", cv, author=f"{g} {s}")})
        blocks.append(("p", b.L("Le CV de la première candidature est joint.", "The first candidate's CV is attached.")))
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(hr, lang, r))]
    return b.spec(addr_of(hr, lang), [addr_of(mgr, lang)], b.L("Entrevues — ", "Interviews - ") + poste, blocks)


# ---------------------------------------------------------------- training
def training(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "training", "staff training session notice")
    org = ctx.person(r.choice(["manager", "nurse", "tech"]))
    topic = r.choice([b.L("nouvelle version du logiciel de revue OCT", "new OCT review software release"), b.L("technique aseptique pour les injections intravitréennes", "aseptic technique for intravitreal injections"),
                      b.L("recertification RCR", "CPR recertification"), b.L("périmétrie : réduire les faux positifs", "perimetry: reducing false positives"),
                      b.L("gestion des urgences : occlusion de l'artère centrale de la rétine", "managing central retinal artery occlusion in triage")])
    d = K.future_day(r)
    att = [C.staff_name(x, lang, False) for x in C.pick(r, [s for s in ctx.staff if s["role"] in ("nurse", "tech", "orthoptist", "resident")], r.randint(4, 8))]
    blocks = [("p", C.greet(r, lang, group=True)),
              ("p", b.L(f"Formation « {topic} » le {C.fmt_day(d, lang)}, 12 h à 13 h, salle C-301 (dîner fourni). Animée par {C.staff_name(ctx.person('ophtalmo'), lang)}.",
                        f"Training session \"{topic}\" on {C.fmt_day(d, lang)}, 12:00-13:00, room C-301 (lunch provided). Presented by {C.staff_name(ctx.person('ophtalmo'), lang)}.")),
              ("p", b.L("Inscrits à ce jour :", "Registered so far:")), ("list", att), ("p", C.closing(r, lang)), ("sig", C.signature(org, lang, r))]
    if r.random() < 0.4:
        b.att({"kind": "ics", "filename": "formation.ics" if lang == "fr" else "training.ics", "method": "REQUEST",
               "text": A.make_ics(f"training-{d.isoformat()}@chve.example", _dt.datetime(d.year, d.month, d.day, 12), _dt.datetime(d.year, d.month, d.day, 13),
                                  b.L("Formation : ", "Training: ") + topic, b.L("Dîner fourni", "Lunch provided"), "C-301", addr_of(org, lang), [b.all_staff()])})
    return b.spec(addr_of(org, lang), [b.all_staff()], b.L("Formation — ", "Training - ") + topic, blocks)


# ---------------------------------------------------------------- on-call roster
def oncall_roster(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "oncall_roster", "physician on-call roster")
    mgr = ctx.person(r.choice(["manager", "clerk"]))
    mds = [s for s in ctx.staff if s["role"] in ("ophtalmo",)]
    res = [s for s in ctx.staff if s["role"] == "resident"]
    start = _dt.date(2025, r.randint(3, 5), 1)
    rows = []
    for i in range(r.randint(7, 14)):
        d = start + _dt.timedelta(days=i)
        rows.append([C.fmt_day(d, lang), C.staff_name(r.choice(res), lang), C.staff_name(r.choice(mds), lang), f"450 555-01{r.randint(30, 69)}"])
    header = b.L(["Date", "Résident(e)", "Patron(ne)", "Téléavertisseur"], ["Date", "Resident", "Staff", "Pager"])
    blocks = [("p", C.greet(r, lang, group=True)), ("p", b.L("Calendrier de garde ophtalmologie (urgences, décollements, traumas) :", "Ophthalmology on-call roster (ER, detachments, trauma):")),
              ("table", header, rows), ("p", b.L("Échanges de garde : aviser la centrale au plus tard 48 h avant.", "Swaps: notify switchboard at least 48 h ahead.")),
              ("sig", C.signature(mgr, lang, r))]
    if r.random() < 0.4:
        b.att({"kind": "csv", "filename": "garde.csv" if lang == "fr" else "oncall.csv", "text": A.make_csv([header] + rows, ";")})
    return b.spec(addr_of(mgr, lang), [b.all_staff()], b.L("Garde — ", "On-call - ") + (C.MOIS if lang == "fr" else C.MONTHS)[start.month - 1], blocks)
