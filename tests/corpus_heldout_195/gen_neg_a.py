"""Negative templates, part A: HR, schedules, payroll, postings, newsletters, committees, invoices."""
import datetime as dt

from stdnum import luhn

import gen_attach as A
import gen_common as G


def luhn_serial(c, n):
    body = c.pick("123456789") + "".join(c.pick("0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


_VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(c):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list("1FD" + "".join(c.pick(chars) for _ in range(5)) + "0" + "R" + c.pick("ABCD") + "".join(c.pick("0123456789") for _ in range(6)))
    tot = sum((int(ch) if ch.isdigit() else _VIN_VAL[ch]) * w for ch, w in zip(v, _VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def mgr_sig(c, p, role_fr, role_en):
    return c.sig(p, c.t(role_fr, role_en))


def base(c):
    return c.pick(G.BASES)


# ------------------------------------------------------------------ 1
def n_schedule(c):
    sup = c.staff()
    staff = [c.staff() for _ in range(c.rng.randrange(6, 11))]
    monday = c.today - dt.timedelta(days=c.today.weekday()) + dt.timedelta(days=7)
    days = [(monday + dt.timedelta(days=i)) for i in range(7)]
    head = [c.t("Paramédic", "Paramedic"), c.t("Unité", "Unit")] + [d.strftime("%d/%m") for d in days]
    codes = ["J 07-19", "N 19-07", "-", "-", "J 07-19", "FORM", "CONG", "N 19-07", "SG"]
    rows = [head] + [["%s %s" % (s["given"], s["surname"]), c.unit()] + [c.pick(codes) for _ in days] for s in staff]
    legend = c.t("Légende : J = jour, N = nuit, FORM = formation, CONG = congé, SG = sur garde",
                 "Legend: J = day, N = night, FORM = training, CONG = leave, SG = on call")
    subj = c.t("Horaire %s — semaine du %s", "%s schedule - week of %s") % (base(c), G.fmt_date(monday, "long", c.lang))
    kind = c.pick(["xlsx", "inline", "csv", "pdf"])
    intro = c.t("Bonjour à tous,\n\nVoici l'horaire de la semaine prochaine. Les échanges de quarts doivent être approuvés "
                "avant jeudi midi.", "Hi all,\n\nHere is next week's schedule. Shift swaps must be approved before Thursday noon.")
    sig = "\n\n%s\n%s\n" % (c.closing(), mgr_sig(c, sup, "chef d'opérations", "operations chief"))
    msg = {"cat": "schedule", "note": "weekly paramedic shift schedule", "subject": subj,
           "sender": c.who(sup), "to": [(c.t("Paramédics", "Paramedics") + " " + base(c), "equipe.base@" + G.ORG["domain"])]}
    if kind == "inline":
        msg["body"] = intro + "\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\n" + legend + sig
        msg["form"] = c.pick(["html", "alt"])
    elif kind == "xlsx":
        msg["body"] = intro + "\n" + legend + sig
        msg["attachments"] = [{"kind": "xlsx", "filename": "horaire_%s.xlsx" % monday.isoformat(), "data": A.make_xlsx([("horaire", rows)])}]
    elif kind == "csv":
        msg["body"] = intro + "\n" + legend + sig
        msg["attachments"] = [{"kind": "csv", "filename": "schedule_%s.csv" % monday.isoformat(), "data": A.make_csv(rows, ";")}]
    else:
        msg["body"] = intro + "\n" + legend + sig
        msg["attachments"] = [{"kind": "pdf", "filename": "horaire_%s.pdf" % monday.isoformat(),
                               "data": A.make_pdf(subj, [" | ".join(r) for r in rows] + ["", legend])}]
    return msg


# ------------------------------------------------------------------ 2
def n_leave(c):
    hr = c.staff()
    emp = c.staff()
    d1 = c.today + dt.timedelta(days=c.rng.randrange(20, 90))
    kind = c.pick(["vacances", "parental", "sans_solde", "refused"])
    d2 = d1 + dt.timedelta(days=c.rng.randrange(4, 21) if kind != "parental" else c.rng.randrange(240, 365))
    if c.fr:
        txt = {"vacances": "Ta demande de vacances du %s au %s est approuvée. Le remplacement sur l'unité %s sera assuré par la liste de rappel.",
               "parental": "Ton congé parental débutera le %s; le retour prévu est le %s. Les modalités RQAP sont dans le guide joint. Unité %s.",
               "sans_solde": "Le congé sans solde du %s au %s est accordé. L'unité %s sera comblée en temps supplémentaire.",
               "refused": "Malheureusement, la demande du %s au %s ne peut être accordée : le quota de la période est atteint pour l'unité %s."}[kind]
        body = "Bonjour %s,\n\n%s\n\nLe solde de ta banque de congés après cette période : %d h.\n\n%s\n%s\n" % (
            emp["given"], txt % (G.fmt_date(d1, "long", "fr"), G.fmt_date(d2, "long", "fr"), c.unit()), c.rng.randrange(8, 160),
            c.closing(), mgr_sig(c, hr, "conseillère, ressources humaines", "HR advisor"))
        subj = c.pick(["Demande de congé — réponse", "Congé %s" % G.fmt_date(d1, "iso")])
    else:
        txt = {"vacances": "Your vacation request from %s to %s is approved. Unit %s will be covered from the call-in list.",
               "parental": "Your parental leave starts on %s; expected return is %s. The benefits guide is attached. Unit %s.",
               "sans_solde": "Unpaid leave from %s to %s is granted. Unit %s will be filled with overtime.",
               "refused": "Unfortunately the request from %s to %s cannot be granted: the quota for unit %s is reached."}[kind]
        body = "Hi %s,\n\n%s\n\nYour leave bank balance after this period: %d h.\n\n%s\n%s\n" % (
            emp["given"], txt % (G.fmt_date(d1, "long", "en"), G.fmt_date(d2, "long", "en"), c.unit()), c.rng.randrange(8, 160),
            c.closing(), mgr_sig(c, hr, "conseillère, ressources humaines", "HR advisor"))
        subj = c.pick(["Leave request - answer", "Leave %s" % G.fmt_date(d1, "iso")])
    return {"cat": "leave", "note": "staff leave request answer", "subject": subj, "sender": c.who(hr),
            "to": [c.who(emp)], "body": body}


# ------------------------------------------------------------------ 3
def n_payroll(c):
    pay = c.staff()
    emp = c.staff()
    mat = "%05d" % c.rng.randrange(10000, 99999)
    per = c.rng.randrange(1, 26)
    rows = [[c.t("Code", "Code"), c.t("Description", "Description"), c.t("Heures", "Hours"), c.t("Montant", "Amount")],
            ["010", c.t("Heures régulières", "Regular hours"), "72,00", "2 614,32"],
            ["045", c.t("Prime de nuit", "Night premium"), "%d,00" % c.rng.randrange(12, 48), "%d,50" % c.rng.randrange(40, 190)],
            ["061", c.t("Temps supplémentaire 1,5", "Overtime x1.5"), "%d,00" % c.rng.randrange(2, 16), "%d,10" % c.rng.randrange(120, 900)],
            ["210", c.t("Cotisation syndicale", "Union dues"), "", "-%d,44" % c.rng.randrange(30, 60)]]
    if c.fr:
        body = "Bonjour %s,\n\nSuite à ta question sur la période de paie %d, voici le détail corrigé (matricule %s). La prime de nuit " \
               "du %s avait été omise; l'ajustement sera versé à la prochaine paie.\n\n%s\n\n%s\n%s\n" % (
                   emp["given"], per, mat, c.day(-10), "\n".join(" | ".join(r) for r in rows), c.closing(),
                   mgr_sig(c, pay, "technicienne en paie", "payroll technician"))
        subj = c.pick(["Paie %d — correction prime de nuit" % per, "Question sur ta paie"])
    else:
        body = "Hi %s,\n\nFollowing your question about pay period %d, here is the corrected detail (employee no. %s). The night " \
               "premium for %s had been missed; the adjustment will be on the next pay.\n\n%s\n\n%s\n%s\n" % (
                   emp["given"], per, mat, c.day(-10), "\n".join(" | ".join(r) for r in rows), c.closing(),
                   mgr_sig(c, pay, "technicienne en paie", "payroll technician"))
        subj = c.pick(["Pay %d - night premium correction" % per, "About your pay"])
    return {"cat": "payroll", "note": "payroll correction for an employee", "subject": subj, "sender": c.who(pay),
            "to": [c.who(emp)], "body": body, "form": c.pick(["plain", "alt", "html"])}


# ------------------------------------------------------------------ 4
def n_occ_health(c):
    nurse = c.staff(sex="F")
    emp = c.staff()
    mgr = c.staff()
    inj = c.pick([("entorse lombaire en soulevant une civière", "low back strain lifting a stretcher"),
                  ("tendinite à l'épaule droite", "right shoulder tendinitis"),
                  ("piqûre d'aiguille souillée, suivi sérologique en cours", "needlestick injury, serology follow-up ongoing"),
                  ("stress post-traumatique après une intervention difficile", "post-traumatic stress after a difficult call")])
    if c.fr:
        body = "Bonjour %s,\n\nRetour progressif de %s %s (matricule %05d) à compter du %s, suite à %s.\nRestrictions : pas de " \
               "soulèvement de plus de 10 kg pendant 3 semaines, assignation temporaire à la formation ou à la logistique.\n" \
               "Le suivi avec le médecin désigné est prévu le %s.\n\nMerci d'ajuster l'horaire.\n\n%s\n%s\n" % (
                   mgr["given"], emp["given"], emp["surname"], c.rng.randrange(10000, 99999), c.day(7), inj[0], c.day(21),
                   c.closing(), mgr_sig(c, nurse, "infirmière, santé et sécurité du travail", ""))
        subj = c.pick(["Retour progressif — employé de la %s" % base(c), "SST : assignation temporaire"])
    else:
        body = "Hi %s,\n\nGraduated return to work for %s %s (employee %05d) starting %s, following %s.\nRestrictions: no lifting " \
               "over 10 kg for 3 weeks, temporary assignment to training or logistics.\nFollow-up with the designated physician " \
               "on %s.\n\nPlease adjust the schedule.\n\n%s\n%s\n" % (
                   mgr["given"], emp["given"], emp["surname"], c.rng.randrange(10000, 99999), c.day(7), inj[1], c.day(21),
                   c.closing(), mgr_sig(c, nurse, "", "occupational health nurse"))
        subj = c.pick(["Graduated return - staff member", "OHS: temporary assignment"])
    return {"cat": "occupational_health", "note": "employee return-to-work restrictions", "subject": subj,
            "sender": c.who(nurse), "to": [c.who(mgr)], "body": body}


# ------------------------------------------------------------------ 5
def n_job_posting(c):
    hr = c.staff()
    num = "AFF-%d-%03d" % (c.today.year, c.rng.randrange(1, 300))
    role = c.pick([("Paramédic en soins avancés (PSA)", "Advanced care paramedic (ACP)"),
                   ("Répartiteur(trice) médical(e) d'urgence", "Emergency medical dispatcher"),
                   ("Coordonnateur(trice) clinique — paramédecine communautaire", "Clinical coordinator - community paramedicine"),
                   ("Mécanicien(ne) de flotte ambulancière", "Ambulance fleet mechanic")])
    if c.fr:
        body = "AFFICHAGE %s\n\nPoste : %s\nStatut : temps complet, %s\nLieu : %s\nÉchelle salariale : %d,%02d $ à %d,%02d $ l'heure\n\n" \
               "Exigences :\n- Inscription au registre national de la main-d'oeuvre\n- Certification RCR/DEA à jour, PHTLS un atout\n" \
               "- Permis de conduire classe 4A\n\nPostulez avant le %s en indiquant le numéro d'affichage.\n\n%s\n%s\n" % (
                   num, role[0], c.pick(["jour/soir/nuit en rotation", "horaire 7/7"]), base(c), c.rng.randrange(28, 34),
                   c.rng.randrange(0, 99), c.rng.randrange(38, 46), c.rng.randrange(0, 99), c.day(21), G.ORG["name_fr"], G.ORG["address"])
        subj = "Affichage %s — %s" % (num, role[0])
    else:
        body = "POSTING %s\n\nPosition: %s\nStatus: full time, %s\nLocation: %s\nPay scale: $%d.%02d to $%d.%02d per hour\n\n" \
               "Requirements:\n- Registered with the provincial paramedic registry\n- Current CPR/AED, PHTLS an asset\n" \
               "- Class 4A driver's licence\n\nApply before %s quoting the posting number.\n\n%s\n%s\n" % (
                   num, role[1], c.pick(["rotating day/evening/night", "7/7 schedule"]), base(c), c.rng.randrange(28, 34),
                   c.rng.randrange(0, 99), c.rng.randrange(38, 46), c.rng.randrange(0, 99), c.day(21), G.ORG["name_en"], G.ORG["address"])
        subj = "Posting %s - %s" % (num, role[1])
    return {"cat": "job_posting", "note": "internal job posting", "subject": subj, "sender": c.who(hr),
            "to": [(c.t("Tout le personnel", "All staff"), "tous@" + G.ORG["domain"])], "body": body,
            "form": c.pick(["plain", "html", "alt"])}


# ------------------------------------------------------------------ 6
def n_candidates(c):
    hr = c.staff()
    panel = [c.staff() for _ in range(2)]
    cands = [c.staff(domain="courriel.example") for _ in range(c.rng.randrange(3, 6))]
    day = c.today + dt.timedelta(days=c.rng.randrange(5, 15))
    rows = [[c.t("Heure", "Time"), c.t("Candidat(e)", "Candidate"), c.t("Poste", "Position"), c.t("Remarques", "Notes")]]
    for i, p in enumerate(cands):
        rows.append(["%d:%02d" % (9 + i, c.pick([0, 30])), "%s %s" % (p["given"], p["surname"]),
                     c.t("PSA temps complet", "ACP full time"), c.pick([c.t("références reçues", "references received"),
                                                                       c.t("test pratique à 14 h", "practical test 2 pm"),
                                                                       c.t("vient de l'Ontario", "coming from Ontario"), ""])])
    body = c.t("Bonjour,\n\nVoici l'horaire des entrevues du %s (salle 204, %s). Les CV sont dans le dossier partagé RH.\n\n%s\n\n%s\n%s\n",
               "Hello,\n\nHere is the interview schedule for %s (room 204, %s). CVs are in the HR shared folder.\n\n%s\n\n%s\n%s\n") % (
        G.fmt_date(day, "long", c.lang), base(c), "\n".join(" | ".join(r) for r in rows), c.closing(),
        mgr_sig(c, hr, "conseiller en acquisition de talents", "talent acquisition advisor"))
    msg = {"cat": "candidates", "note": "interview schedule for job candidates",
           "subject": c.t("Entrevues PSA — %s", "ACP interviews - %s") % G.fmt_date(day, "iso"),
           "sender": c.who(hr), "to": [c.who(p) for p in panel], "body": body}
    if c.chance(0.5):
        start = dt.datetime.combine(day, dt.time(9, 0))
        msg["attachments"] = [{"kind": "ics", "filename": "entrevues.ics", "data": A.make_ics(
            "int-%d@cptv.example" % c.idx, c.t("Entrevues PSA", "ACP interviews"), start, start + dt.timedelta(hours=6),
            c.t("Salle 204", "Room 204"), c.t("Comité de sélection", "Selection panel"), hr["addr"])}]
    return msg


# ------------------------------------------------------------------ 7
def n_newsletter(c):
    ed = c.staff()
    d1, d2, d3 = c.people.person(), c.people.person(), c.people.person()
    if c.fr:
        secs = ["L'ÉCHO DES TROIS-VALLÉES — bulletin no %d" % c.rng.randrange(20, 80), "",
                "Mot de la direction médicale",
                "Le Dr %s %s, directeur médical régional, rappelle que le nouveau protocole AVC (fenêtre de 24 h pour la "
                "thrombectomie) entre en vigueur le %s. Les patients avec suspicion d'occlusion de gros vaisseau seront "
                "dirigés directement vers le CHU du Mont-Clair." % (d1["given"], d1["surname"], c.day(20)), "",
                "Formation continue",
                "Dre %s %s, pneumologue, animera l'atelier « MPOC et ventilation non invasive » le %s." % (d2["given"], d2["surname"], c.day(30)), "",
                "Félicitations",
                "Bravo à %s %s pour ses 25 ans de service! Et bienvenue aux 7 nouvelles recrues de la cohorte d'automne." % (d3["given"], d3["surname"]), "",
                "En chiffres : %d appels ce mois-ci, dont %d pour douleur thoracique et %d surdoses." % (
                    c.rng.randrange(3000, 5200), c.rng.randrange(180, 400), c.rng.randrange(20, 90))]
        subj = "L'Écho des Trois-Vallées — %s" % G.MOIS[c.today.month - 1]
    else:
        secs = ["TROIS-VALLÉES ECHO - issue %d" % c.rng.randrange(20, 80), "",
                "From the medical director",
                "Dr. %s %s, regional medical director, reminds crews that the new stroke protocol (24-hour thrombectomy window) "
                "starts on %s. Suspected large vessel occlusions go straight to CHU du Mont-Clair." % (d1["given"], d1["surname"], c.day(20)), "",
                "Continuing education",
                "Dr. %s %s, respirologist, will run the workshop \"COPD and non-invasive ventilation\" on %s." % (d2["given"], d2["surname"], c.day(30)), "",
                "Kudos",
                "Congratulations to %s %s on 25 years of service! And welcome to the 7 new recruits of the fall cohort." % (d3["given"], d3["surname"]), "",
                "By the numbers: %d calls this month, %d for chest pain and %d overdoses." % (
                    c.rng.randrange(3000, 5200), c.rng.randrange(180, 400), c.rng.randrange(20, 90))]
        subj = "Trois-Vallées Echo - %s" % G.MONTHS[c.today.month - 1]
    msg = {"cat": "newsletter", "note": "internal newsletter", "subject": subj, "sender": c.who(ed),
           "to": [(c.t("Tout le personnel", "All staff"), "tous@" + G.ORG["domain"])],
           "body": "\n".join(secs) + "\n\n%s\n%s\n" % (G.ORG["address"], G.ORG["phone"]), "form": c.pick(["html", "alt", "alt"])}
    if c.chance(0.4):
        msg["attachments"] = [{"kind": "pdf", "filename": c.t("bulletin.pdf", "newsletter.pdf"), "data": A.make_pdf(secs[0], secs[2:])}]
    return msg


# ------------------------------------------------------------------ 8
def n_committee(c):
    sec = c.staff()
    chair = c.people.person()
    members = [c.staff() for _ in range(4)]
    day = c.today + dt.timedelta(days=c.rng.randrange(4, 20))
    if c.fr:
        agenda = ["1. Adoption de l'ordre du jour", "2. Suivi du procès-verbal du %s" % c.day(-30),
                  "3. Revue agrégée des arrêts cardiaques du trimestre (n = %d, RCS %d %%)" % (c.rng.randrange(30, 70), c.rng.randrange(18, 35)),
                  "4. Délais de prise en charge aux urgences — tendance", "5. Protocole hypoglycémie : retour d'expérience",
                  "6. Divers"]
        body = "Bonjour,\n\nVous êtes convoqués à la réunion du comité de qualité clinique le %s à 13 h 30 (salle Boréale, et Teams).\n" \
               "Présidence : Dre %s %s.\n\nOrdre du jour :\n%s\n\n%s\n%s\n" % (
                   G.fmt_date(day, "long", "fr"), chair["given"], chair["surname"], "\n".join(agenda), c.closing(),
                   mgr_sig(c, sec, "secrétaire de comité", ""))
        subj = "Convocation — comité de qualité clinique du %s" % G.fmt_date(day, "iso")
    else:
        agenda = ["1. Approval of the agenda", "2. Follow-up on minutes of %s" % c.day(-30),
                  "3. Aggregate review of quarterly cardiac arrests (n = %d, ROSC %d%%)" % (c.rng.randrange(30, 70), c.rng.randrange(18, 35)),
                  "4. ED offload delays - trend", "5. Hypoglycemia protocol: lessons learned", "6. Other business"]
        body = "Hello,\n\nYou are invited to the clinical quality committee on %s at 1:30 pm (Boréale room and Teams).\n" \
               "Chair: Dr. %s %s.\n\nAgenda:\n%s\n\n%s\n%s\n" % (
                   G.fmt_date(day, "long", "en"), chair["given"], chair["surname"], "\n".join(agenda), c.closing(),
                   mgr_sig(c, sec, "", "committee secretary"))
        subj = "Notice - clinical quality committee %s" % G.fmt_date(day, "iso")
    msg = {"cat": "committee_notice", "note": "clinical quality committee notice", "subject": subj, "sender": c.who(sec),
           "to": [c.who(m) for m in members], "body": body}
    if c.chance(0.5):
        start = dt.datetime.combine(day, dt.time(13, 30))
        msg["attachments"] = [{"kind": "ics", "filename": "comite.ics", "data": A.make_ics(
            "cq-%d@cptv.example" % c.idx, c.t("Comité de qualité clinique", "Clinical quality committee"), start,
            start + dt.timedelta(hours=2), c.t("Salle Boréale", "Boréale room"), c.t("Ordre du jour dans le courriel", "Agenda in e-mail"),
            sec["addr"])}]
    return msg


# ------------------------------------------------------------------ 9
def n_conference(c):
    org = c.staff()
    spk = [c.people.person() for _ in range(5)]
    topics_fr = ["Le STEMI en région éloignée : délais et fibrinolyse", "Sepsis préhospitalier : reconnaître tôt",
                 "Surdoses d'opioïdes : ce que le fentanyl a changé", "AVC : échelle LAMS et triage", "Santé mentale des paramédics"]
    topics_en = ["STEMI in remote areas: delays and fibrinolysis", "Prehospital sepsis: early recognition",
                 "Opioid overdoses: what fentanyl changed", "Stroke: LAMS scale and triage", "Paramedic mental health"]
    topics = topics_fr if c.fr else topics_en
    rows = []
    for i, (s, t) in enumerate(zip(spk, topics)):
        title = c.t("Dre" if s["sex"] == "F" else "Dr", "Dr.") if i < 3 else ("Mme" if s["sex"] == "F" else "M.") if c.fr else ("Ms." if s["sex"] == "F" else "Mr.")
        rows.append("%s | %s %s %s | %s" % ("%d h %02d" % (8 + i, c.pick([0, 30])) if c.fr else "%d:%02d" % (8 + i, c.pick([0, 30])),
                                           title, s["given"], s["surname"], t))
    head = c.t("Heure | Conférencier(ère) | Sujet", "Time | Speaker | Topic")
    body = c.t("Bonjour,\n\nVoici le programme du colloque régional de soins préhospitaliers (%s, Centre des congrès de Port-Hélène).\n\n%s\n%s\n\n"
               "Inscription : 95 $ (gratuit pour les membres). 6 heures de formation continue reconnues.\n\n%s\n%s\n",
               "Hello,\n\nHere is the programme of the regional prehospital care symposium (%s, Port-Hélène Convention Centre).\n\n%s\n%s\n\n"
               "Registration: $95 (free for members). 6 hours of continuing education credit.\n\n%s\n%s\n") % (
        c.day(40), head, "\n".join(rows), c.closing(), mgr_sig(c, org, "comité organisateur", "organizing committee"))
    msg = {"cat": "conference", "note": "regional symposium programme", "subject": c.t("Programme du colloque régional", "Regional symposium programme"),
           "sender": c.who(org), "to": [(c.t("Liste formation", "Training list"), "formation@" + G.ORG["domain"])], "body": body}
    if c.chance(0.5):
        msg["attachments"] = [{"kind": "docx", "filename": c.t("programme_colloque.docx", "symposium_programme.docx"),
                               "data": A.make_docx(c.t("Colloque régional", "Regional symposium"), [c.day(40)],
                                                   [r.split(" | ") for r in [head] + rows])}]
    return msg


# ------------------------------------------------------------------ 10
def n_invoice(c):
    acct = c.staff()
    vendor = c.pick([("Garage Mécanique Boréale inc.", "garageboreal.example"), ("Carrosserie Lac-Verdure", "carrosserielv.example"),
                     ("Oxygène Médical du Nord", "oxynord.example")])
    inv = "FAC-%06d" % c.rng.randrange(100000, 999999)
    unit = c.unit()
    v = vin(c)
    lines = [(c.t("Remplacement plaquettes de frein", "Brake pad replacement"), 412.80),
             (c.t("Vidange et inspection 10 000 km", "Oil change and 10,000 km inspection"), 189.00),
             (c.t("Main-d'oeuvre (3,5 h)", "Labour (3.5 h)"), 367.50)]
    sub = sum(x[1] for x in lines)
    tps, tvq = round(sub * 0.05, 2), round(sub * 0.09975, 2)
    rows = [[c.t("Description", "Description"), c.t("Montant", "Amount")]] + [[d, "%.2f" % a] for d, a in lines] + \
        [["TPS 5 %", "%.2f" % tps], ["TVQ 9,975 %", "%.2f" % tvq], [c.t("Total", "Total"), "%.2f" % (sub + tps + tvq)]]
    fields = [c.t("No de facture : ", "Invoice no.: ") + inv, c.t("Client : ", "Customer: ") + G.ORG["name_fr"],
              c.t("No client : ", "Customer no.: ") + "%06d" % c.rng.randrange(1000, 999999),
              c.t("Véhicule : unité ", "Vehicle: unit ") + unit + "  NIV/VIN : " + v,
              c.t("Odomètre : ", "Odometer: ") + "%d km" % c.rng.randrange(40000, 280000),
              "TPS/GST 81234 5678 RT0001 — TVQ/QST 1023456789 TQ0001"]
    pdf = A.make_pdf(vendor[0] + c.t(" — Facture", " - Invoice"), fields + [""] + [" | ".join(r) for r in rows])
    acc = c.staff(vendor[1])
    body = c.t("Bonjour,\n\nVeuillez trouver ci-jointe la facture %s pour l'unité %s. Paiement net 30 jours.\n\n%s\n%s\n%s\n",
               "Hello,\n\nPlease find attached invoice %s for unit %s. Payment net 30 days.\n\n%s\n%s\n%s\n") % (
        inv, unit, acc["display"], vendor[0], G.phone(c.rng))
    return {"cat": "invoice", "note": "fleet maintenance invoice", "subject": c.t("Facture %s", "Invoice %s") % inv,
            "sender": c.who(acc), "to": [c.who(acct)], "body": body,
            "attachments": [{"kind": "pdf", "filename": "%s.pdf" % inv, "data": pdf}]}


# ------------------------------------------------------------------ 11
def n_purchase_order(c):
    buyer = c.staff()
    sup = c.staff("medsupply-nord.example")
    po = "BC-%d-%05d" % (c.today.year, c.rng.randrange(10000, 99999))
    items = [(c.t("Électrodes de défibrillation adulte", "Adult defibrillation pads"), "11996-000%03d" % c.rng.randrange(100, 999), 40, 38.50),
             (c.t("Canules nasopharyngées assorties", "Assorted nasopharyngeal airways"), "NPA-%04d" % c.rng.randrange(1000, 9999), 20, 11.25),
             (c.t("Trousses de naloxone intranasale", "Intranasal naloxone kits"), "NX-%05d" % c.rng.randrange(10000, 99999), 60, 0.0),
             (c.t("Masques N95 taille M", "N95 masks size M"), "%s" % luhn_serial(c, 10), 400, 1.42)]
    rows = [[c.t("Article", "Item"), c.t("No catalogue", "Catalogue no."), c.t("Qté", "Qty"), c.t("Prix unitaire", "Unit price"),
             c.t("Lot exigé", "Required lot")]]
    for d, cat, q, pr in items:
        rows.append([d, cat, str(q), "%.2f" % pr, luhn_serial(c, 9)])
    body = c.t("Bonjour,\n\nVoici le bon de commande %s. Livraison à la %s, quai de réception. Merci d'indiquer les numéros de lot "
               "et dates de péremption sur le bordereau.\n\n%s\n\n%s\n%s\n",
               "Hello,\n\nHere is purchase order %s. Deliver to %s, receiving dock. Please show lot numbers and expiry dates on the "
               "packing slip.\n\n%s\n\n%s\n%s\n") % (po, base(c), "\n".join(" | ".join(r) for r in rows), c.closing(),
                                                     mgr_sig(c, buyer, "acheteur, approvisionnement", "purchasing agent"))
    msg = {"cat": "purchase_order", "note": "medical supplies purchase order", "subject": c.t("Bon de commande %s", "Purchase order %s") % po,
           "sender": c.who(buyer), "to": [c.who(sup)], "body": body}
    if c.chance(0.5):
        msg["attachments"] = [{"kind": "xlsx", "filename": "%s.xlsx" % po, "data": A.make_xlsx([("BC", rows)])}]
    return msg


# ------------------------------------------------------------------ 12
def n_inventory(c):
    tech = c.staff()
    mgr = c.staff()
    rows = [[c.t("Produit", "Product"), c.t("Lot", "Lot"), c.t("Péremption", "Expiry"), c.t("Quantité", "Quantity"), c.t("Unité", "Unit")]]
    for prod in ["Fentanyl 50 mcg/mL 2 mL", "Midazolam 5 mg/mL", "Épinéphrine 1 mg/mL", "Naloxone 0,4 mg/mL", "Salbutamol 5 mg/2,5 mL",
                 "Glucagon 1 mg", "AAS 80 mg croquable"]:
        rows.append([prod, "%s%05d" % (c.pick(["L", "B", "K"]), c.rng.randrange(10000, 99999)),
                     (c.today + dt.timedelta(days=c.rng.randrange(30, 700))).strftime("%Y-%m"), str(c.rng.randrange(0, 24)), c.unit()])
    body = c.t("Bonjour,\n\nDécompte mensuel des stupéfiants et médicaments de la %s. Écart : aucun. Deux ampoules de midazolam "
               "arrivent à échéance le mois prochain.\n\n%s\n%s\n",
               "Hello,\n\nMonthly count of controlled drugs and medications at %s. Discrepancy: none. Two midazolam ampoules "
               "expire next month.\n\n%s\n%s\n") % (base(c), c.closing(), mgr_sig(c, tech, "technicien, logistique clinique", "clinical logistics technician"))
    kind = c.pick(["xlsx", "csv", "inline"])
    msg = {"cat": "inventory", "note": "monthly drug inventory count", "subject": c.t("Décompte stupéfiants — %s", "Controlled drug count - %s") % c.day(0, "iso"),
           "sender": c.who(tech), "to": [c.who(mgr)], "body": body}
    if kind == "inline":
        msg["body"] = body + "\n" + "\n".join(" | ".join(r) for r in rows) + "\n"
    elif kind == "csv":
        msg["attachments"] = [{"kind": "csv", "filename": "inventaire.csv", "data": A.make_csv(rows)}]
    else:
        msg["attachments"] = [{"kind": "xlsx", "filename": "inventaire_%s.xlsx" % c.day(0, "iso"), "data": A.make_xlsx([("stock", rows)])}]
    return msg


# ------------------------------------------------------------------ 13
def n_it_notice(c):
    it = c.staff()
    kind = c.pick(["cad", "epcr", "phish", "password"])
    if c.fr:
        txt = {"cad": "Une maintenance du système de répartition assistée (CAD) aura lieu le %s de 2 h à 4 h. Les répartiteurs passeront "
                      "en mode papier (fiches de contingence dans le tiroir rouge).",
               "epcr": "La mise à jour 7.3 des tablettes de rapport électronique sera poussée le %s. Redémarrez la tablette à la fin de "
                       "votre quart. IMEI à signaler en cas d'échec : voir l'étiquette au dos.",
               "phish": "Des courriels frauduleux imitant la paie circulent depuis le %s. Ne cliquez pas sur « Confirmer votre dépôt direct ».",
               "password": "Les mots de passe du réseau expireront le %s. Le nouveau doit contenir 14 caractères."}[kind]
        body = "Bonjour,\n\n%s\n\nSoutien : poste 4357 ou soutien@%s\n\n%s\n%s\n" % (txt % c.day(c.rng.randrange(2, 10)), G.ORG["domain"],
                                                                                 c.closing(), mgr_sig(c, it, "technicien, TI", ""))
        subj = {"cad": "Maintenance CAD", "epcr": "Mise à jour tablettes RIP électronique", "phish": "ALERTE hameçonnage",
                "password": "Expiration des mots de passe"}[kind]
    else:
        txt = {"cad": "CAD maintenance is scheduled on %s from 2 to 4 am. Dispatchers will switch to paper (contingency cards in the red drawer).",
               "epcr": "The ePCR tablet update 7.3 will be pushed on %s. Restart the tablet at end of shift. Report IMEI if it fails: label on the back.",
               "phish": "Fraudulent e-mails imitating payroll have been circulating since %s. Do not click \"Confirm your direct deposit\".",
               "password": "Network passwords expire on %s. The new one must have 14 characters."}[kind]
        body = "Hello,\n\n%s\n\nSupport: ext. 4357 or soutien@%s\n\n%s\n%s\n" % (txt % c.day(c.rng.randrange(2, 10)), G.ORG["domain"],
                                                                             c.closing(), mgr_sig(c, it, "", "IT technician"))
        subj = {"cad": "CAD maintenance", "epcr": "ePCR tablet update", "phish": "PHISHING alert", "password": "Password expiry"}[kind]
    msg = {"cat": "it_notice", "note": "IT service notice", "subject": subj, "sender": c.who(it),
           "to": [(c.t("Tout le personnel", "All staff"), "tous@" + G.ORG["domain"])], "body": body}
    if kind == "epcr" and c.chance(0.7):
        rows = [["tablette", "unité", "IMEI"]]
        for u in G.UNITS[:5]:
            b = "35" + "".join(c.pick("0123456789") for _ in range(12))
            rows.append(["TAB-%s" % u, u, b + luhn.calc_check_digit(b)])
        msg["attachments"] = [{"kind": "csv", "filename": "tablettes.csv", "data": A.make_csv(rows)}]
    return msg


# ------------------------------------------------------------------ 14
def n_facilities(c):
    fac = c.staff()
    b = base(c)
    kind = c.pick(["heat", "door", "snow", "wash"])
    if c.fr:
        txt = {"heat": "Le chauffage radiant du garage de la %s sera en réparation le %s. Stationnez les unités à l'abri et branchez les chauffe-moteurs.",
               "door": "La porte de garage no 2 de la %s est bloquée depuis le %s. Utilisez la porte no 1; le technicien passe demain.",
               "snow": "Déneigement de la cour de la %s prévu la nuit du %s. Déplacez vos véhicules personnels avant 23 h.",
               "wash": "La station de lavage des civières de la %s sera hors service le %s (remplacement de la pompe)."}[kind]
        body = "Bonjour,\n\n%s\n\n%s\n%s\n" % (txt % (b, c.day(c.rng.randrange(1, 7))), c.closing(), mgr_sig(c, fac, "responsable des immeubles", ""))
        subj = c.pick(["Avis — %s" % b, "Travaux à la %s" % b])
    else:
        txt = {"heat": "Radiant heating in the %s garage will be repaired on %s. Park units inside and plug in block heaters.",
               "door": "Garage door #2 at %s has been stuck since %s. Use door #1; the technician comes tomorrow.",
               "snow": "Snow removal in the %s yard on the night of %s. Move personal vehicles before 11 pm.",
               "wash": "The stretcher wash station at %s will be out of service on %s (pump replacement)."}[kind]
        body = "Hello,\n\n%s\n\n%s\n%s\n" % (txt % (b, c.day(c.rng.randrange(1, 7))), c.closing(), mgr_sig(c, fac, "", "facilities manager"))
        subj = c.pick(["Notice - %s" % b, "Work at %s" % b])
    return {"cat": "facilities", "note": "facilities notice for an ambulance base", "subject": subj, "sender": c.who(fac),
            "to": [(b, "base@" + G.ORG["domain"])], "body": body}


# ------------------------------------------------------------------ 15
def n_stats(c):
    an = c.staff()
    dirg = c.staff()
    towns = G.TOWNS[:6]
    rows = [[c.t("Secteur", "Area"), c.t("Appels", "Calls"), c.t("P90 réponse (min)", "P90 response (min)"),
             "STEMI", c.t("AVC", "Stroke"), c.t("Surdoses", "Overdoses"), c.t("ACR", "Cardiac arrests")]]
    for t in towns:
        rows.append([t, str(c.rng.randrange(120, 1400)), "%.1f" % (c.rng.randrange(80, 260) / 10), str(c.rng.randrange(0, 30)),
                     str(c.rng.randrange(0, 40)), str(c.rng.randrange(0, 25)), str(c.rng.randrange(0, 12))])
    body = c.t("Bonjour,\n\nTableau de bord du mois de %s : les délais au 90e centile restent au-dessus de la cible dans deux secteurs "
               "ruraux. Aucune donnée nominative n'est incluse (cellules < 5 masquées dans la version publique).\n\n%s\n%s\n",
               "Hello,\n\nDashboard for %s: 90th percentile times remain above target in two rural areas. No identifying data is "
               "included (cells < 5 suppressed in the public version).\n\n%s\n%s\n") % (
        (G.MOIS if c.fr else G.MONTHS)[c.today.month - 2], c.closing(), mgr_sig(c, an, "analyste, performance", "performance analyst"))
    kind = c.pick(["xlsx", "csv", "inline", "pdf"])
    msg = {"cat": "statistics", "note": "monthly aggregate performance dashboard",
           "subject": c.t("Tableau de bord mensuel", "Monthly dashboard"), "sender": c.who(an), "to": [c.who(dirg)], "body": body}
    if kind == "inline":
        msg["body"] = body + "\n" + "\n".join(" | ".join(r) for r in rows) + "\n"
        msg["form"] = c.pick(["alt", "html"])
    elif kind == "csv":
        msg["attachments"] = [{"kind": "csv", "filename": "tableau_de_bord.csv", "data": A.make_csv(rows)}]
    elif kind == "pdf":
        msg["attachments"] = [{"kind": "pdf", "filename": "dashboard.pdf", "data": A.make_pdf(msg["subject"], [" | ".join(r) for r in rows])}]
    else:
        msg["attachments"] = [{"kind": "xlsx", "filename": "tableau_de_bord.xlsx", "data": A.make_xlsx([("mois", rows)])}]
    return msg


TEMPLATES_NA = [n_schedule, n_leave, n_payroll, n_occ_health, n_job_posting, n_candidates, n_newsletter, n_committee,
                n_conference, n_invoice, n_purchase_order, n_inventory, n_it_notice, n_facilities, n_stats]
