"""Positive (confidential) templates, part A: lists, bookings, referrals."""
import datetime

from gen_clinical import (ARTHRO_DX, DXK, FRACT_DX, INJECT, LABS, MEDS, SOCIAL, SPORT_DX,
                          dx_text, proc_text)
from gen_files import make_csv, make_docx, make_pdf, make_xlsx
from gen_ids import (DOMAIN, HOSP_EN, HOSP_FR, HOSP_SHORT, fmt_date, fmt_mrn,
                     fmt_nam, fmt_ohip, phone)
from gen_mime import Attachment, Mail

LETTERHEAD_FR = [HOSP_FR, "Service d'orthopédie et clinique de fractures",
                 "1200, boul. de la Rivière, Val-des-Pins (Québec) J8Y 2T4 – Tél. (819) 555-0100"]
LETTERHEAD_EN = [HOSP_EN, "Department of Orthopaedics & Fracture Clinic",
                 "1200 boul. de la Rivière, Val-des-Pins, QC J8Y 2T4 – Tel. (819) 555-0100"]


def R(cat, mail, types, note, ids=None):
    return dict(cat=cat, mail=mail, types=sorted(set(types)), note=note, ids=ids or {})


def lh(c):
    return LETTERHEAD_FR if c.lang == "fr" else LETTERHEAD_EN


def pname(c, p, style=None):
    s = c.rng.randrange(8) if style is None else style
    t = p.title(c.lang)
    return [f"{t} {p.given} {p.surname}", f"{p.surname.upper()}, {p.given}",
            f"{p.surname.lower()} {p.given.lower()}", f"{p.given[0]}. {p.surname}",
            f"{p.surname} {p.given}", f"{p.given} {p.surname}",
            f"{t} {p.surname} ({p.given})", f"{p.surname.upper()} {p.given.upper()}"][s % 8]


def side(c):
    return c.rng.randrange(2)


def pick_dx(c, pool):
    return c.rng.choice(pool)


# ---------------------------------------------------------------- P1
def p_cast_list(c):
    r, L = c.rng, c.L
    nurse = c.s("fracture")
    tech = c.s("fracture", exclude=(nurse,))
    withnam = r.random() < 0.65
    rows = []
    header = L("Heure | Patient | Diagnostic | Sem. | À faire | " + ("NAM" if withnam else "Dossier"),
               "Time | Patient | Diagnosis | Wk | To do | " + ("RAMQ" if withnam else "Chart"))
    todo_fr = ["retrait plâtre + RX", "RX contrôle", "changement plâtre", "attelle amovible", "réévaluation, physio?"]
    todo_en = ["cast off + X-ray", "check X-ray", "cast change", "removable splint", "reassess, physio?"]
    types = {"patient_name", "diagnosis"}
    t = datetime.datetime.combine(c.day(1), datetime.time(8, 0))
    for i in range(r.randrange(5, 9)):
        p = c.reg.holder() if (withnam or r.random() < 0.5) else c.reg.invented("qc")
        dk = pick_dx(c, FRACT_DX[:8])
        ident = fmt_nam(p.nam, r.randrange(4)) if withnam else fmt_mrn(p.mrn, r.randrange(3))
        rows.append(f"{t.strftime('%H:%M')} | {pname(c, p, r.choice([1, 4, 7]))} | {dx_text(dk, c.lang, side(c))} | "
                    f"{r.randrange(2, 9)} | {(todo_fr if c.lang == 'fr' else todo_en)[r.randrange(5)]} | {ident}")
        t += datetime.timedelta(minutes=r.choice([15, 15, 20, 30]))
    types.add("ramq_nam" if withnam else "mrn")
    d = fmt_date(c.day(1), c.lang, 1)
    body = (f"{c.greet(tech)}\n\n" +
            L(f"Voici la liste de la clinique de plâtre pour demain ({d}), salle 2. Le Dr {c.s('ortho').surname} supervise en avant-midi.",
              f"Here is tomorrow's cast clinic list ({d}), room 2. Dr. {c.s('ortho').surname} is supervising in the morning.") +
            "\n\n" + header + "\n" + "\n".join(rows) + "\n\n" +
            L("Prévoir la scie et les attelles de poignet en petite taille. Deux patients sont en retard sur leur RX, je les ai mis en premier.",
              "Please have the cast saw ready and small wrist splints. Two patients are overdue for X-rays so I put them first.") +
            f"\n\n{c.close()}\n{c.sig(nurse)}")
    subj = L(f"Liste clinique plâtre – {d}", f"Cast clinic list – {d}")
    m = Mail(c.lang, subj, c.addr(nurse), [c.addr(tech)], body, when=c.when)
    return R("cast_clinic_list", m, types, "cast clinic roster in body, table of patients with fracture and id")


# ---------------------------------------------------------------- P2
def p_cast_xlsx(c):
    r, L = c.rng, c.L
    nurse = c.s("fracture")
    to = c.s("imaging")
    hdr = L(["Heure", "Nom", "Prénom", "Date de naissance", "NAM", "Diagnostic", "Sem. post-fx", "Action"],
            ["Time", "Surname", "Given name", "DOB", "RAMQ no.", "Diagnosis", "Wk post-fx", "Action"])
    rows = [hdr]
    t = datetime.datetime.combine(c.day(2), datetime.time(13, 0))
    for i in range(r.randrange(6, 11)):
        p = c.reg.holder()
        dk = pick_dx(c, FRACT_DX)
        rows.append([t.strftime("%H:%M"), p.surname, p.given, p.dob.isoformat(), p.nam,
                     dx_text(dk, c.lang, side(c)), r.randrange(1, 10),
                     L(r.choice(["RX puis retrait", "RX 2 vues", "plâtre fermé", "botte"]),
                       r.choice(["X-ray then removal", "2-view X-ray", "close cast", "boot"]))])
        t += datetime.timedelta(minutes=20)
    data = make_xlsx([(L("Clinique PM", "PM clinic"), rows)], author=nurse.full)
    fn = L(f"clinique_fractures_{c.day(2).isoformat()}.xlsx", f"fracture_clinic_{c.day(2).isoformat()}.xlsx")
    body = (f"{c.greet(to)}\n\n" +
            L("Ci-joint la liste de l'après-midi pour que l'imagerie puisse préparer les requêtes. Merci de nous appeler si un patient arrive sans requête.",
              "Attached is the afternoon list so imaging can prepare the requisitions. Please call us if someone shows up without one.") +
            f"\n\n{c.close()}\n{c.sig(nurse)}")
    m = Mail(c.lang, L("Liste PM clinique de fractures", "PM fracture clinic list"), c.addr(nurse), [c.addr(to)], body,
             attachments=[Attachment(fn, data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")], when=c.when)
    return R("cast_clinic_xlsx", m, ["patient_name", "date_of_birth", "ramq_nam", "diagnosis"],
             "XLSX fracture-clinic list with names, DOB, NAM, diagnoses; neutral body")


# ---------------------------------------------------------------- P3
def p_or_booking(c):
    r, L = c.rng, c.L
    surgeon = c.s("ortho")
    clerk = [x for x in c.staff if x.role_en == "OR booking clerk"][0]
    p = c.reg.holder()
    dk = r.choice(["hipoa", "kneeoa", "cuff", "bankart"])
    sd = side(c)
    med = r.choice([MEDS[11], MEDS[13], MEDS[12], MEDS[9]])
    usenam = r.random() < 0.75
    idline = (L("NAM : ", "RAMQ: ") + fmt_nam(p.nam, r.randrange(8))) if usenam else (L("No dossier : ", "Chart #: ") + fmt_mrn(p.mrn, r.randrange(6)))
    dob = fmt_date(p.dob, c.lang, r.randrange(4))
    date = fmt_date(c.day(r.randrange(20, 60)), c.lang, 1)
    body = (f"{c.greet(clerk)}\n\n" +
            L(f"Svp réserver le cas suivant dans mon bloc du {date} :",
              f"Please book the following case in my block on {date}:") + "\n\n" +
            L(f"Patient : {pname(c, p, r.choice([0, 1, 6]))}\nDDN : {dob}\n{idline}\n"
              f"Diagnostic : {dx_text(dk, 'fr', sd)}\nIntervention : {proc_text(dk, 'fr')} (côté {['droit', 'gauche'][sd]})\n"
              f"Durée prévue : {r.choice([90, 120, 150])} min\nAnesthésie : {r.choice(['rachianesthésie', 'générale + bloc interscalénique', 'rachi + sédation'])}\n"
              f"Particularités : prend {med[0]}, à cesser selon protocole; allergie {r.choice(['pénicilline (rash)', 'aucune connue', 'sulfa'])}",
              f"Patient: {pname(c, p, r.choice([0, 1, 6]))}\nDOB: {dob}\n{idline}\n"
              f"Diagnosis: {dx_text(dk, 'en', sd)}\nProcedure: {['right', 'left'][sd]} {proc_text(dk, 'en')}\n"
              f"Expected duration: {r.choice([90, 120, 150])} min\nAnaesthesia: {r.choice(['spinal', 'GA + interscalene block', 'spinal + sedation'])}\n"
              f"Notes: on {med[1]}, hold per protocol; allergy {r.choice(['penicillin (rash)', 'NKDA', 'sulfa'])}") +
            "\n\n" + L("La clinique préop peut la/le voir la semaine précédente. Implants OrthoNova habituels.",
                        "Pre-op clinic can see the patient the week before. Usual OrthoNova implants.") +
            f"\n\n{c.close()}\n{c.sig(surgeon)}")
    subj = L(f"Réservation bloc {date} – {proc_text(dk, 'fr').split('(')[0].strip()}",
             f"OR booking {date} – {proc_text(dk, 'en').split('(')[0].strip()}")
    m = Mail(c.lang, subj, c.addr(surgeon), [c.addr(clerk)], body, when=c.when)
    types = ["patient_name", "date_of_birth", "diagnosis", "medication", "ramq_nam" if usenam else "mrn"]
    return R("or_booking_request", m, types, "surgeon books arthroplasty/shoulder case with id, DOB, meds")


# ---------------------------------------------------------------- P4
def p_or_csv(c):
    r, L = c.rng, c.L
    coord = [x for x in c.staff if x.role_en == "OR coordinator"][0]
    to = c.s("ortho")
    rows = [L(["date", "salle", "chirurgien", "patient", "no_dossier", "dx_preop", "intervention", "duree_min"],
              ["date", "room", "surgeon", "patient", "mrn", "preop_dx", "procedure", "duration_min"])]
    for i in range(r.randrange(6, 12)):
        p = c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc")
        dk = r.choice(ARTHRO_DX + ["ankle", "hipfx", "plateau"])
        sg = c.s("ortho")
        rows.append([c.day(7 + i // 4).isoformat(), f"{r.choice(['B3', 'B4', 'B7'])}", sg.surname,
                     f"{p.surname}, {p.given}", p.mrn, dx_text(dk, c.lang, side(c)), proc_text(dk, c.lang), r.choice([60, 90, 120, 150])])
    sep = r.choice([",", ";"])
    data = make_csv(rows, sep=sep)
    fn = L(f"export_programme_operatoire_sem{r.randrange(5, 20)}.csv", f"or_schedule_export_wk{r.randrange(5, 20)}.csv")
    body = (f"{c.greet(to)}\n\n" +
            L("Voici l'extraction du programme opératoire de la semaine prochaine (SIMB). Vérifiez vos cas svp avant jeudi midi.",
              "Here is next week's OR schedule export. Please check your cases before Thursday noon.") +
            f"\n\n{c.close()}\n{c.sig(coord)}")
    m = Mail(c.lang, L("Programme opératoire semaine prochaine", "Next week's OR schedule"),
             c.addr(coord), [c.addr(to)], body,
             attachments=[Attachment(fn, data, "text/csv", charset=r.choice(["utf-8", "windows-1252"]))], when=c.when)
    return R("or_schedule_csv", m, ["patient_name", "mrn", "diagnosis"], "CSV export of OR schedule with patient names, charts, procedures")


# ---------------------------------------------------------------- P5
def p_physio_referral(c):
    r, L = c.rng, c.L
    surgeon = c.s("ortho")
    p = c.reg.holder() if r.random() < 0.6 else c.reg.invented("qc")
    dk = r.choice(["acl", "cuff", "kneeoa", "hipoa", "ankle", "menisc", "bankart"])
    sd = side(c)
    opd = fmt_date(c.day(-r.randrange(3, 15)), c.lang, r.randrange(4))
    wb = L(r.choice(["MEPC (mise en charge partielle 50 %) x 6 semaines", "MEC selon tolérance", "pas d'abduction active x 6 sem."]),
           r.choice(["PWB 50% x 6 weeks", "WBAT", "no active abduction x 6 weeks"]))
    withphone = r.random() < 0.5
    withnam = p.nam is not None and r.random() < 0.4
    lines = L([f"Nom : {pname(c, p, 1)}", f"Dossier : {fmt_mrn(p.mrn, 3)}",
               f"Chirurgie : {proc_text(dk, 'fr')} ({['droit', 'gauche'][sd]}) le {opd}",
               f"Diagnostic : {dx_text(dk, 'fr', sd)}", f"Consignes : {wb}",
               "Objectifs : amplitude, renforcement progressif, retour aux AVQ"],
              [f"Name: {pname(c, p, 1)}", f"Chart: {fmt_mrn(p.mrn, 3)}",
               f"Surgery: {proc_text(dk, 'en')} ({['right', 'left'][sd]}) on {opd}",
               f"Diagnosis: {dx_text(dk, 'en', sd)}", f"Restrictions: {wb}",
               "Goals: ROM, progressive strengthening, return to ADLs"])
    if withphone:
        lines.append(L(f"Téléphone du patient : {p.phone}", f"Patient phone: {p.phone}"))
    if withnam:
        lines.insert(2, L(f"NAM : {fmt_nam(p.nam, r.randrange(8))}", f"RAMQ: {fmt_nam(p.nam, r.randrange(8))}"))
    types = {"patient_name", "mrn", "diagnosis"} | ({"patient_contact"} if withphone else set()) | ({"ramq_nam"} if withnam else set())
    physio = c.ext("physio", "referrals" if c.lang == "en" else "references")
    atts = []
    if r.random() < 0.5:
        pdf = make_pdf(L("Requête en physiothérapie post-opératoire", "Post-operative physiotherapy referral"),
                       lines + ["", L("Signature : ", "Signature: ") + surgeon.name(c.lang)], letterhead=lh(c))
        fn = L(f"requete_physio_{p.surname}.pdf", f"physio_referral_{p.surname}.pdf")
        atts.append(Attachment(fn, pdf, "application/pdf"))
        body = (f"{c.greet()}\n\n" + L("Veuillez trouver ci-joint une requête post-op. Le patient devrait vous appeler cette semaine pour un premier rendez-vous.",
                                       "Please find attached a post-op referral. The patient should call you this week to book a first visit.") +
                f"\n\n{c.close()}\n{c.sig(surgeon)}")
    else:
        body = (f"{c.greet()}\n\n" + L("Référence en physiothérapie :", "Physiotherapy referral:") + "\n\n" + "\n".join(lines) +
                "\n\n" + L("Merci de m'envoyer un compte rendu à 6 semaines.", "Please send me a progress note at 6 weeks.") +
                f"\n\n{c.close()}\n{c.sig(surgeon)}")
    m = Mail(c.lang, L("Référence physio post-op", "Post-op physio referral"), c.addr(surgeon), [physio], body,
             attachments=atts, when=c.when)
    return R("physio_referral", m, types, "post-op physiotherapy referral with name, chart, procedure")


# ---------------------------------------------------------------- P6
def p_xray_followup(c):
    r, L = c.rng, c.L
    rad = [x for x in c.staff if x.role_en == "radiologist"][0]
    surgeon = c.s("ortho")
    p = c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc")
    dk = r.choice(FRACT_DX)
    sd = side(c)
    bad = r.random() < 0.5
    finding = L(("Déplacement secondaire de 8 mm avec bascule dorsale de 25°, perte de réduction." if bad else
                 "Cal osseux en formation, alignement maintenu, pas de déplacement secondaire."),
                ("Secondary displacement of 8 mm with 25° dorsal tilt; loss of reduction." if bad else
                 "Callus formation, alignment maintained, no secondary displacement."))
    body = (f"{c.greet(surgeon)}\n\n" +
            L(f"RX de contrôle ce matin pour {pname(c, p, r.choice([0, 5, 6]))} (dossier {fmt_mrn(p.mrn, r.randrange(6))}), {dx_text(dk, 'fr', sd)} :",
              f"Follow-up X-ray this morning for {pname(c, p, r.choice([0, 5, 6]))} (chart {fmt_mrn(p.mrn, r.randrange(6))}), {dx_text(dk, 'en', sd)}:") +
            f"\n\n{finding}\n\n" +
            (L("Je vous suggère de la/le revoir cette semaine, une reprise chirurgicale pourrait être indiquée.",
               "I'd suggest seeing the patient this week; revision fixation may be indicated.") if bad else
             L("Rapport final dans le PACS.", "Final report is in PACS.")) +
            f"\n\n{c.sig(rad)}")
    subj = L("RX contrôle – " + ("perte de réduction" if bad else "évolution favorable"),
             "Follow-up X-ray – " + ("loss of reduction" if bad else "healing well"))
    m = Mail(c.lang, subj, c.addr(rad), [c.addr(surgeon)], body, when=c.when)
    return R("xray_followup", m, ["patient_name", "mrn", "diagnosis"], "radiologist reports follow-up X-ray finding for named patient")


# ---------------------------------------------------------------- P7
def p_injection(c):
    r, L = c.rng, c.L
    doc = c.s("physiatry")
    sec = c.s("sport")
    p = c.reg.holder()
    dk = r.choice(["capsulite", "epicond", "kneeoa", "lombaire", "hipoa", "fasciite"])
    sd = side(c)
    inj = r.choice(INJECT)
    diabetic = r.random() < 0.5
    d = fmt_date(c.day(r.randrange(5, 30)), c.lang, 1)
    body = (f"{c.greet(sec)}\n\n" +
            L(f"Pouvez-vous céduler {pname(c, p, r.choice([0, 6]))} pour une infiltration le {d} en fin de journée (échoguidée, salle 4) ?\n\n"
              f"Indication : {dx_text(dk, 'fr', sd)}\nProduit : {inj[0]}\n",
              f"Can you book {pname(c, p, r.choice([0, 6]))} for an injection on {d}, late afternoon (ultrasound-guided, room 4)?\n\n"
              f"Indication: {dx_text(dk, 'en', sd)}\nAgent: {inj[1]}\n") +
            (L("Attention : diabétique, dernière HbA1c 8,6 %. Lui demander de surveiller ses glycémies 48 h après.\n",
               "Note: diabetic, last HbA1c 8.6%. Ask the patient to monitor glucose for 48 h afterwards.\n") if diabetic else "") +
            L(f"\nSon numéro est au dossier ({fmt_nam(p.nam, 1)}).", f"\nContact info is in the chart ({fmt_nam(p.nam, 1)}).") +
            f"\n\n{c.close()}\n{c.sig(doc)}")
    types = ["patient_name", "diagnosis", "medication", "ramq_nam"] + (["lab_result"] if diabetic else [])
    m = Mail(c.lang, L("Infiltration à céduler", "Injection to book"), c.addr(doc), [c.addr(sec)], body, when=c.when)
    return R("injection_booking", m, types, "physiatrist asks to book injection; agent, indication, NAM")


# ---------------------------------------------------------------- P8
TEAMS = ["team", "soccer", "cegep", "ski"]


def p_rtp_note(c):
    r, L = c.rng, c.L
    tdoc = [x for x in c.staff if x.role_en == "team physician"][0]
    p = c.reg.invented("qc", lo=2003, hi=2010) if r.random() < 0.5 else c.reg.holder()
    team = r.choice(TEAMS)
    dk = r.choice(SPORT_DX)
    sd = side(c)
    stage = r.randrange(2, 6)
    coach = c.ext(team, "entraineur" if c.lang == "fr" else "coach")
    jersey = r.randrange(2, 99)
    body = (f"{c.greet()}\n\n" +
            L(f"Mise à jour pour {pname(c, p, r.choice([5, 3, 4]))} (#{jersey}) : {dx_text(dk, 'fr', sd)} subie le {fmt_date(c.day(-r.randrange(10, 40)), 'fr', 1)}.\n\n"
              f"Étape {stage}/6 du protocole. " + ("Autorisé(e) aux entraînements sans contact cette semaine; pas de match avant réévaluation le " if stage < 5 else "Autorisé(e) au contact complet; retour au match possible le ") +
              f"{fmt_date(c.day(r.randrange(4, 12)), 'fr', 1)}.\n\nMerci de ne pas le/la faire jouer d'ici là même s'il/elle dit se sentir bien.",
              f"Update on {pname(c, p, r.choice([5, 3, 4]))} (#{jersey}): {dx_text(dk, 'en', sd)} sustained on {fmt_date(c.day(-r.randrange(10, 40)), 'en', 1)}.\n\n"
              f"Stage {stage}/6 of the protocol. " + ("Cleared for non-contact practice this week; no games until reassessment on " if stage < 5 else "Cleared for full contact; may return to games on ") +
              f"{fmt_date(c.day(r.randrange(4, 12)), 'en', 1)}.\n\nPlease don't play them before then even if they say they feel fine.") +
            f"\n\n{c.close()}\n{c.sig(tdoc)}")
    subj = L(f"Retour au jeu – #{jersey}", f"Return to play – #{jersey}")
    m = Mail(c.lang, subj, c.addr(tdoc), [coach], body, when=c.when)
    return R("return_to_play_note", m, ["patient_name", "diagnosis"], "team physician's return-to-play update to coach")


# ---------------------------------------------------------------- P9
def p_rtp_pdf(c):
    r, L = c.rng, c.L
    tdoc = c.s("sport")
    roll = r.random()
    p = c.reg.holder() if roll < 0.4 else c.reg.invented("en" if roll > 0.7 else "qc", lo=2002, hi=2011)
    dk = r.choice(["concussion", "acl", "hamstring", "highankle", "bankart"])
    sd = side(c)
    team = r.choice(TEAMS)
    lines = L([f"Athlète : {p.given} {p.surname}", f"Date de naissance : {fmt_date(p.dob, 'fr', 0)}",
               f"Équipe : {c.ext(team)[0]}", f"Blessure : {dx_text(dk, 'fr', sd)}",
               f"Date de la blessure : {fmt_date(c.day(-r.randrange(14, 90)), 'fr', 0)}", "",
] + ([f"Carte Santé Ontario : {fmt_ohip(p.ohip[0], p.ohip[1], r.randrange(4))}"] if p.ohip else []) + [
               "## Décision", r.choice(["Retour complet autorisé.", "Retour progressif autorisé, sans contact 2 semaines.",
                                        "Non autorisé – réévaluation dans 10 jours."]),
               "", f"Médecin : {tdoc.name('fr')}"],
              [f"Athlete: {p.given} {p.surname}", f"Date of birth: {fmt_date(p.dob, 'en', 0)}",
               f"Team: {c.ext(team)[0]}", f"Injury: {dx_text(dk, 'en', sd)}",
               f"Date of injury: {fmt_date(c.day(-r.randrange(14, 90)), 'en', 0)}", "",
] + ([f"Ontario health card: {fmt_ohip(p.ohip[0], p.ohip[1], r.randrange(4))}"] if p.ohip else []) + [
               "## Decision", r.choice(["Full return cleared.", "Graduated return, no contact for 2 weeks.",
                                        "Not cleared – reassess in 10 days."]),
               "", f"Physician: {tdoc.name('en')}"])
    pdf = make_pdf(L("Formulaire de retour au jeu", "Return-to-play clearance"), lines, letterhead=lh(c),
                   footer=L("Clinique de médecine du sport – CHRHR", "Sports Medicine Clinic – CHRHR"))
    fn = r.choice([L("retour_au_jeu.pdf", "RTP_clearance.pdf"), f"RTP_{r.randrange(2, 99)}.pdf"])
    to = c.ext(team, "therapeute" if c.lang == "fr" else "trainer")
    body = (f"{c.greet()}\n\n" + L("Formulaire signé ci-joint. Une copie est au dossier.", "Signed form attached. A copy is on file.") +
            f"\n\n{c.sig(tdoc)}")
    m = Mail(c.lang, L("Formulaire RTP signé", "Signed RTP form"), c.addr(tdoc), [to], body,
             attachments=[Attachment(fn, pdf, "application/pdf")], when=c.when)
    return R("return_to_play_pdf", m, ["patient_name", "date_of_birth", "diagnosis"] + (["ca_health_number"] if p.ohip else []),
             "signed return-to-play PDF with athlete identity and injury", ids={"ca_health_number": [p.ohip[0]]} if p.ohip else None)


# ---------------------------------------------------------------- P10
def p_orthotics(c):
    r, L = c.rng, c.L
    phys = c.s("physiatry")
    p = c.reg.holder()
    dk = r.choice(["amput", "fasciite", "vertebral", "acl", "ankle"])
    sd = side(c)
    dev = {"amput": L("prothèse tibiale avec emboîture TSB et pied en carbone", "transtibial prosthesis, TSB socket, carbon foot"),
           "fasciite": L("orthèses plantaires moulées", "custom moulded foot orthoses"),
           "vertebral": L("corset TLSO sur mesure", "custom TLSO brace"),
           "acl": L("orthèse de genou fonctionnelle (LCA)", "functional ACL knee brace"),
           "ankle": L("botte de marche pneumatique", "pneumatic walking boot")}[dk]
    withnam = r.random() < 0.75
    social = r.random() < 0.4
    soc = L("\nNote : " + SOCIAL[2][0] + " ; merci de vérifier les programmes d'aide avant de commander.",
            "\nNote: " + SOCIAL[2][1] + "; please check funding programs before ordering.") if social else ""
    body = (f"{c.greet()}\n\n" +
            L(f"Demande d'appareillage pour {pname(c, p, r.choice([0, 1]))}" + (f", NAM {fmt_nam(p.nam, r.randrange(8))}" if withnam else "") +
              f".\nDiagnostic : {dx_text(dk, 'fr', sd)}\nAppareil : {dev}\nTéléphone (domicile) : {p.phone}\n\n"
              "Le patient est admissible au programme d'appareils de la RAMQ. Merci de le contacter directement pour la prise de mesures." + soc,
              f"Device request for {pname(c, p, r.choice([0, 1]))}" + (f", RAMQ {fmt_nam(p.nam, r.randrange(8))}" if withnam else "") +
              f".\nDiagnosis: {dx_text(dk, 'en', sd)}\nDevice: {dev}\nHome phone: {p.phone}\n\n"
              "Eligible for the RAMQ devices program. Please contact the patient directly for casting/measurements." + soc) +
            f"\n\n{c.close()}\n{c.sig(phys)}")
    types = ["patient_name", "diagnosis", "patient_contact"] + (["ramq_nam"] if withnam else []) + (["social_information"] if social else [])
    m = Mail(c.lang, L("Demande orthèse/prothèse", "Orthotic/prosthetic request"), c.addr(phys), [c.ext("op")], body, when=c.when)
    return R("orthotics_request", m, types, "device request to orthotist with patient phone and diagnosis")


# ---------------------------------------------------------------- P11
def p_bone_density(c):
    r, L = c.rng, c.L
    doc = c.s("physiatry")
    gp = c.ext(r.choice(["gp", "gp2"]), "dre.lemay" if c.lang == "fr" else "intake")
    p = c.reg.holder()
    tl = round(-1.0 - r.random() * 2.4, 1)
    tf = round(-1.2 - r.random() * 2.0, 1)
    med = r.choice([MEDS[6], MEDS[7]])
    fr_ = lambda x: str(x).replace(".", ",")
    withnam = r.random() < 0.5
    nm = (L(", NAM ", ", RAMQ ") + fmt_nam(p.nam, r.randrange(8))) if withnam else ""
    body = (f"{c.greet()}\n\n" +
            L(f"Résultat de l'ostéodensitométrie de {pname(c, p, r.choice([0, 4]))} (née/né le {fmt_date(p.dob, 'fr', 1)}{nm}) :\n"
              f"- Colonne L1-L4 : T-score {fr_(tl)}\n- Col fémoral : T-score {fr_(tf)}\n- 25-OH vitamine D 42 nmol/L\n\n"
              f"Compte tenu de la fracture du poignet l'an dernier, je recommande {med[0]} avec calcium et vitamine D. DMO de contrôle dans 2 ans.",
              f"Bone density results for {pname(c, p, r.choice([0, 4]))} (DOB {fmt_date(p.dob, 'en', 1)}{nm}):\n"
              f"- Lumbar spine L1-L4: T-score {tl}\n- Femoral neck: T-score {tf}\n- 25-OH vitamin D 42 nmol/L\n\n"
              f"Given last year's wrist fracture I recommend {med[1]} with calcium and vitamin D. Repeat DXA in 2 years.") +
            f"\n\n{c.close()}\n{c.sig(doc)}")
    subj = L("Ostéodensitométrie – résultats", "DXA results")
    m = Mail(c.lang, subj, c.addr(doc), [gp], body, when=c.when)
    return R("bone_density_result", m, ["patient_name", "date_of_birth", "lab_result", "medication", "diagnosis"] + (["ramq_nam"] if withnam else []),
             "DXA T-scores and treatment sent to family physician")


# ---------------------------------------------------------------- P12
def p_discharge_docx(c):
    r, L = c.rng, c.L
    res = [x for x in c.staff if "resident" in x.role_en][r.randrange(2)]
    gp = c.ext(r.choice(["gp", "gp2"]))
    p = c.reg.holder()
    dk = r.choice(["hipfx", "neck", "hipoa", "kneeoa", "plateau"])
    sd = side(c)
    meds = r.sample(MEDS[:10], 3)
    lab = r.sample(LABS[:4], 2)
    usenam = r.random() < 0.7
    social = r.random() < 0.35
    soc = [L("## Situation sociale", "## Social situation"), L(SOCIAL[0][0], SOCIAL[0][1]) + L("; CLSC avisé.", "; home-care team notified.")] if social else []
    paras = L([f"Patient : {p.surname.upper()}, {p.given}", f"Date de naissance : {fmt_date(p.dob, 'fr', 0)}",
               (f"NAM : {fmt_nam(p.nam, 0)}" if usenam else f"Dossier : {fmt_mrn(p.mrn, 0)}"),
               f"Admission : {fmt_date(c.day(-6), 'fr', 1)}   Congé : {fmt_date(c.day(0), 'fr', 1)}",
               "## Diagnostic", dx_text(dk, "fr", sd),
               "## Intervention", f"{proc_text(dk, 'fr')} le {fmt_date(c.day(-5), 'fr', 1)}, sans complication peropératoire.",
               "## Évolution", f"Anémie postopératoire ({lab[0][0]}), {lab[1][0]}. Mobilisation avec marchette au jour 1."] + soc + [
               "## Médication au congé"] + [f"- {m[0]}" for m in meds] +
              ["## Suivi", "Clinique d'orthopédie dans 6 semaines avec RX. Physiothérapie à domicile demandée."],
              [f"Patient: {p.surname.upper()}, {p.given}", f"Date of birth: {fmt_date(p.dob, 'en', 0)}",
               (f"RAMQ: {fmt_nam(p.nam, 0)}" if usenam else f"Chart: {fmt_mrn(p.mrn, 0)}"),
               f"Admitted: {fmt_date(c.day(-6), 'en', 1)}   Discharged: {fmt_date(c.day(0), 'en', 1)}",
               "## Diagnosis", dx_text(dk, "en", sd),
               "## Procedure", f"{proc_text(dk, 'en')} on {fmt_date(c.day(-5), 'en', 1)}, uneventful.",
               "## Course", f"Post-op anaemia ({lab[0][1]}), {lab[1][1]}. Mobilised with walker on day 1."] + soc + [
               "## Discharge medications"] + [f"- {m[1]}" for m in meds] +
              ["## Follow-up", "Orthopaedic clinic in 6 weeks with X-ray. Home physiotherapy requested."])
    data = make_docx(L("Résumé de congé – Orthopédie", "Discharge summary – Orthopaedics"), paras, author=res.full,
                     header_text=HOSP_FR if c.lang == "fr" else HOSP_EN)
    fn = r.choice([L("resume_conge.docx", "discharge_summary.docx"), f"{L('Resume', 'DC')}_{c.day(0).strftime('%Y%m%d')}.docx"])
    body = (f"{c.greet()}\n\n" + L("Veuillez trouver ci-joint le résumé de congé de votre patient(e).",
                                   "Please find attached the discharge summary for your patient.") + f"\n\n{c.sig(res)}")
    m = Mail(c.lang, L("Résumé de congé", "Discharge summary"), c.addr(res), [gp], body,
             attachments=[Attachment(fn, data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")], when=c.when)
    return R("discharge_summary_docx", m, ["patient_name", "date_of_birth", "diagnosis", "medication", "lab_result",
                                            "ramq_nam" if usenam else "mrn"] + (["social_information"] if social else []), "DOCX discharge summary attached")


# ---------------------------------------------------------------- P13
def p_consult_reply(c):
    r, L = c.rng, c.L
    surgeon = c.s("ortho")
    gpname = r.choice(["Dre Annick Lemay", "Dr Hugo Sasseville", "Dr. Ian Prescott", "Dre Salma Benali"])
    gp = c.ext(r.choice(["gp", "gp2"]), "dossiers")
    p = c.reg.holder() if r.random() < 0.6 else c.reg.invented("qc")
    dk = r.choice(["kneeoa", "hipoa", "cuff", "menisc", "capsulite", "epicond"])
    sd = side(c)
    med = r.choice(MEDS[2:6])
    ref_date = c.when - datetime.timedelta(days=r.randrange(20, 60))
    withnam = p.nam is not None and r.random() < 0.5
    nm = (L(", NAM ", ", RAMQ ") + fmt_nam(p.nam, r.randrange(8))) if withnam else ""
    quoted = L(f"Bonjour,\nJe vous réfère {pname(c, p, 0)}, DDN {fmt_date(p.dob, 'fr', 0)}{nm}, pour douleur chronique ({dx_text(dk, 'fr', sd)} à l'imagerie). "
               f"Échec de {med[0]} et de la physio. Merci de votre évaluation.\n{gpname}",
               f"Hello,\nI am referring {pname(c, p, 0)}, DOB {fmt_date(p.dob, 'en', 0)}{nm}, for chronic pain ({dx_text(dk, 'en', sd)} on imaging). "
               f"Failed {med[1]} and physio. Thank you for seeing them.\n{gpname}")
    quoted = "\n".join("> " + l for l in quoted.split("\n"))
    body = (f"{c.greet()}\n\n" +
            L(f"Merci pour la référence. Vu en clinique aujourd'hui. L'examen confirme le diagnostic; nous avons discuté des options et "
              f"{r.choice(['le patient souhaite aller de l’avant avec la chirurgie', 'nous tenterons une infiltration d’abord', 'nous poursuivons le traitement conservateur 3 mois'])}. "
              "Je vous tiens au courant.",
              f"Thank you for the referral. Seen in clinic today. Examination confirms the diagnosis; we discussed options and "
              f"{r.choice(['the patient wishes to proceed with surgery', 'we will try an injection first', 'we continue conservative care for 3 months'])}. "
              "I will keep you posted.") +
            f"\n\n{c.sig(surgeon)}\n\n" +
            L(f"Le {fmt_date(ref_date.date(), 'fr', 1)}, {gpname} <{gp[1]}> a écrit :", f"On {fmt_date(ref_date.date(), 'en', 1)}, {gpname} <{gp[1]}> wrote:") +
            f"\n{quoted}\n")
    m = Mail(c.lang, L("RE: Référence orthopédie", "RE: Orthopaedic referral"), c.addr(surgeon), [gp], body, when=c.when,
             reply_to_id=f"<ref{r.randrange(10**6)}@{gp[1].split('@')[1]}>")
    return R("consult_reply", m, ["patient_name", "date_of_birth", "diagnosis", "medication"] + (["ramq_nam"] if withnam else []),
             "consultation reply with quoted referral containing patient identity")


# ---------------------------------------------------------------- P14
def p_signout(c):
    r, L = c.rng, c.L
    res1, res2 = [x for x in c.staff if "resident" in x.role_en]
    if r.random() < 0.5:
        res1, res2 = res2, res1
    rows = []
    types = {"patient_name", "diagnosis"}
    for i in range(r.randrange(4, 8)):
        p = c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc")
        dk = r.choice(FRACT_DX + ["hipoa", "kneeoa"])
        room = f"{r.choice([3, 4, 5])}{r.randrange(10, 40)}-{r.choice('AB')}"
        todo = L(r.choice(["Hb ce soir, transfuser si < 70", "NPO minuit, bloc demain AM", "RX postop à vérifier",
                            "douleur mal contrôlée, revoir analgésie", "attente CHSLD", "drain à retirer"]),
                 r.choice(["Hb tonight, transfuse if < 70", "NPO midnight, OR tomorrow AM", "check post-op X-ray",
                           "pain poorly controlled, review analgesia", "awaiting long-term care bed", "remove drain"]))
        if "Hb" in todo:
            types.add("lab_result")
            todo += L(" (Hb 76 ce matin)", " (Hb 76 this morning)")
        rows.append(f"{room} | {pname(c, p, r.choice([1, 4, 3]))} | {dx_text(dk, c.lang, side(c))} | {todo}")
    hdr = L("Ch/lit | Patient | Problème | À faire", "Room | Patient | Problem | To do")
    body = (f"{c.greet(res2)}\n\n" + L("Liste de passation de garde pour ce soir :", "Sign-out for tonight:") + "\n\n" +
            hdr + "\n" + "\n".join(rows) + "\n\n" +
            L("Urgence : 2 consultations en attente (pas encore vues). Pagette 4471.", "ER: 2 consults pending (not seen yet). Pager 4471.") +
            f"\n\n{c.sig(res1)}")
    m = Mail(c.lang, L("Passation de garde ortho", "Ortho sign-out"), c.addr(res1), [c.addr(res2)], body, when=c.when)
    return R("signout_list", m, types, "resident handover list with rooms, names, problems")


# ---------------------------------------------------------------- P15
def p_subject_only(c):
    r, L = c.rng, c.L
    a = c.s("ortho")
    b = c.s("fracture")
    p = c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc")
    dk = r.choice(FRACT_DX + SPORT_DX)
    subj = r.choice([
        L(f"{pname(c, p, 1)} – {dx_text(dk, 'fr', side(c))}", f"{pname(c, p, 1)} – {dx_text(dk, 'en', side(c))}"),
        L(f"TR: {p.surname} {p.given} / {dx_text(dk, 'fr')}, à revoir", f"FW: {p.surname} {p.given} / {dx_text(dk, 'en')}, needs review"),
        L(f"RE: {pname(c, p, 0)} - plâtre ({dx_text(dk, 'fr')})", f"RE: {pname(c, p, 0)} - cast ({dx_text(dk, 'en')})"),
    ])
    body = r.choice([L("Vu, c'est beau. Merci.", "Seen, all good. Thanks."),
                     L("Je m'en occupe demain matin.", "I'll take care of it tomorrow morning."),
                     L("Ok pour moi, tu peux la/le rappeler.", "OK with me, you can call them back."),
                     L("Voir mon message précédent.", "See my previous message.")])
    body += f"\n\n{c.sig(a)}"
    m = Mail(c.lang, subj, c.addr(a), [c.addr(b)], body, when=c.when)
    return R("subject_only_leak", m, ["patient_name", "diagnosis"], "patient name and diagnosis only in Subject")


# ---------------------------------------------------------------- P16
def tiny_png(rng, w=64, h=48):
    import struct
    import zlib
    g = rng.randrange(180, 240)
    raw = b"".join(b"\x00" + bytes([g, g, g]) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def p_filename_only(c):
    r, L = c.rng, c.L
    a = c.s("imaging")
    b = c.s("ortho")
    p = c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc")
    dk = r.choice(FRACT_DX + ["acl", "cuff"])
    short = {"radius": "fx_radius_distal", "scaph": "fx_scaphoide", "ankle": "fx_bimalleolaire", "hipfx": "fx_hanche",
             "neck": "fx_col_femoral", "humerus": "fx_humerus", "clav": "fx_clavicule", "meta5": "fx_Jones",
             "plateau": "fx_plateau_tibial", "acl": "rupture_LCA", "cuff": "dechirure_coiffe"}[dk]
    if c.lang == "en":
        short = {"radius": "distal_radius_fx", "scaph": "scaphoid_fx", "ankle": "bimalleolar_fx", "hipfx": "hip_fx",
                 "neck": "fem_neck_fx", "humerus": "prox_humerus_fx", "clav": "clavicle_fx", "meta5": "Jones_fx",
                 "plateau": "tib_plateau_fx", "acl": "ACL_tear", "cuff": "RC_tear"}[dk]
    fn = r.choice([f"{p.surname}_{p.given}_{short}.png", f"{short}_{p.surname}-{p.given}.png",
                   f"{p.surname.upper()} {p.given} - {short.replace('_', ' ')}.png"])
    body = r.choice([L("Voici l'image demandée (capture PACS).", "Here's the image you asked for (PACS screenshot)."),
                     L("Pour la présentation de demain.", "For tomorrow's rounds."),
                     L("Capture d'écran ci-jointe.", "Screenshot attached.")]) + f"\n\n{c.sig(a)}"
    m = Mail(c.lang, L("Image", "Image") if r.random() < 0.5 else L("capture", "screenshot"), c.addr(a), [c.addr(b)], body,
             attachments=[Attachment(fn, tiny_png(r), "image/png")], when=c.when)
    return R("filename_only_leak", m, ["patient_name", "diagnosis"], "patient name and diagnosis only in attachment file name")
