"""Positive builders, part 2: consult replies, discharge summaries, pharmacy, handover,
calendar, vCard, subject-only, file-name-only, patient mail, quoted history."""
import datetime as _dt

import gen_common as C
import gen_clin as K
import gen_files as F
import gen_mime as M
from gen_compose import compose, msg_date
from gen_pos1 import T, who, pick_patient, id_line, dob_str, result


def _quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def _hdr_block(lang, frm, to, date, subj, style):
    if lang == "fr":
        if style == 0:
            return (f"De : {frm}\nEnvoyé : {date}\nÀ : {to}\nObjet : {subj}")
        return f"Le {date}, {frm} a écrit :"
    if style == 0:
        return f"From: {frm}\nSent: {date}\nTo: {to}\nSubject: {subj}"
    return f"On {date}, {frm} wrote:"


# ------------------------------------------------------------------ 11 consult reply
def consult_reply(rng, lang):
    inst = C.pick_inst(rng, lang)
    neph = C.staff(rng, lang, "neph", inst)
    gp = (("Dre " if rng.random() < 0.5 else "Dr ") + f"{rng.choice(C.STAFF_GIV_FR)} {rng.choice(C.STAFF_SUR_FR)}",
          "md.gmf@gmf-exemple.example") if lang == "fr" else \
        (f"Dr. {rng.choice(C.STAFF_GIV_EN)} {rng.choice(C.STAFF_SUR_EN)}", "office@fht-example.example")
    p = pick_patient(rng, lang, inst, amin=35)
    egfr = rng.randint(11, 24)
    acr = rng.randint(30, 310)
    cause = rng.choice(K.CAUSES[lang])
    idt, it = id_line(rng, p, lang, with_mrn=rng.random() < 0.5)
    types = ["patient_name", "date_of_birth", "diagnosis", "lab_result", "medication"] + it
    dec = "," if lang == "fr" else "."
    k = f"{rng.uniform(4.8, 5.9):.1f}".replace(".", dec)
    if lang == "fr":
        subj = rng.choice([f"Réponse consultation néphrologie – {p.surname} {p.given}",
                           "Consultation IRC – réponse", f"RE: Demande de consultation {p.surname}"])
        body = (f"{C.greet(rng, 'fr', gp[0])}\n\nMerci pour la référence de {C.title(p, 'fr')} {p.given} {p.surname}, "
                f"né(e) le {dob_str(rng, p, 'fr')} ({idt}), vu(e) en clinique le {rng.randint(2, 27)} "
                f"{rng.choice(['mars', 'avril', 'mai', 'juin', 'septembre'])}.\n\n"
                f"Impression : IRC stade 5 non dialysée, probablement sur {cause}. DFGe {egfr}, RAC {acr} mg/mmol, "
                f"K {k}, bicarbonate {rng.randint(16, 22)}.\n\n"
                "Recommandations :\n"
                "1. Cesser la metformine; ajuster les doses selon la fonction rénale.\n"
                f"2. Débuter {rng.choice(['bicarbonate de sodium 650 mg BID', 'furosémide 40 mg DIE', 'darbépoétine 20 mcg q 2 sem'])}.\n"
                "3. Inscription à la clinique de prédialyse (enseignement sur les modalités, DP vs HD).\n"
                "4. Référence en chirurgie vasculaire pour création de FAV.\n"
                "5. Bilan prégreffe à amorcer si le/la patient(e) est intéressé(e).\n\n"
                f"Je le/la revois dans 6 semaines avec bilan.\n\n{C.signature(rng, neph, 'fr', 0)}")
    else:
        subj = rng.choice([f"Nephrology consult reply – {p.surname}, {p.given}", "CKD consult – reply",
                           f"RE: referral {p.surname}"])
        body = (f"{C.greet(rng, 'en', gp[0])}\n\nThank you for referring {p.given} {p.surname}, "
                f"DOB {dob_str(rng, p, 'en')} ({idt}), seen in clinic on "
                f"{rng.choice(['March', 'April', 'May', 'June', 'September'])} {rng.randint(2, 27)}.\n\n"
                f"Impression: CKD G5 not yet on dialysis, likely {cause}. eGFR {egfr}, ACR {acr} mg/mmol, "
                f"K {k}, bicarb {rng.randint(16, 22)}.\n\n"
                "Recommendations:\n1. Stop metformin; renally dose other meds.\n"
                f"2. Start {rng.choice(['sodium bicarbonate 650 mg BID', 'furosemide 40 mg daily', 'darbepoetin 20 mcg q2wk'])}.\n"
                "3. Enrol in multi-care kidney clinic (modality education, PD vs HD).\n"
                "4. Vascular surgery referral for AVF creation.\n"
                "5. Start transplant work-up if interested.\n\n"
                f"Will see again in 6 weeks with bloodwork.\n\n{C.signature(rng, neph, 'en', 0)}")
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(neph, lang), to=[gp], subject=subj, body=body)
    return result("consult_reply", lang, types, "nephrology consultation reply to family physician", raw)


# ------------------------------------------------------------------ 12 discharge summary
def discharge_summary(rng, lang):
    inst = C.pick_inst(rng, lang)
    res = C.staff(rng, lang, "res", inst)
    unit = C.staff(rng, lang, "chef", rng.choice(["cdle", "thsd", inst]) if lang == "en" else "cdle")
    if lang == "en" and unit.inst == "cdle":
        unit.inst = "thsd"
    p = pick_patient(rng, lang, inst)
    adm = _dt.date(2025, rng.randint(1, 10), rng.randint(1, 18))
    dc = adm + _dt.timedelta(days=rng.randint(3, 14))
    acute = rng.choice(K.ACUTE[lang][:6])
    meds = rng.sample(K.MEDS[lang], 5)
    idt, it = id_line(rng, p, lang)
    labs = K.lab_panel(rng, lang)[:5]
    lab_s = ", ".join(f"{a} {b} {c}".strip() for a, b, c in labs)
    types = ["patient_name", "date_of_birth", "diagnosis", "medication", "lab_result"] + it
    if lang == "fr":
        title = "Résumé de dossier – congé"
        paras = [f"{C.INST[inst]['name']} – {C.INST[inst]['unit']}",
                 f"Nom : {p.surname.upper()} {p.given}    DDN : {dob_str(rng, p, 'fr')}    Sexe : {p.sex}", idt,
                 f"Admission : {C.fmt_date(adm, 'fr', 0)}    Congé : {C.fmt_date(dc, 'fr', 0)}",
                 f"Diagnostic principal : {acute}.",
                 f"Diagnostics secondaires : {rng.choice(K.CAUSES['fr'])}; " + "; ".join(rng.sample(K.COMORB['fr'], 2)) + ".",
                 "Évolution : " + rng.choice(["Hémocultures positives x2, cathéter retiré et remplacé par un CVC tunnellisé le jour 4.",
                                              "Ultrafiltration intensive sur 3 séances, retour au poids sec.",
                                              "Thrombectomie de la FAV en radiologie, reprise de la dialyse par la FAV le jour 2."]),
                 f"Labos au congé : {lab_s}.",
                 "Médication au congé : " + "; ".join(meds) + ".",
                 f"Suivi : retour à l'unité satellite au quart habituel; néphrologue traitant dans 2 semaines.",
                 f"Rédigé par {res.display('fr')}, {'résidente' if res.sex == 'F' else 'résident'} en néphrologie."]
        fname = rng.choice(["Resume_conge.pdf", f"Sommaire_{p.surname}.pdf", "congé hémodialyse.pdf",
                            f"RDC_{dc:%Y%m%d}.pdf"])
        subj = rng.choice(["Congé – retour en dialyse satellite", f"Résumé de congé {p.surname}",
                           "Sommaire d'hospitalisation pour votre unité"])
        body = (f"{C.greet(rng, 'fr', unit.given)}\n\nVotre patient(e) a eu son congé "
                f"{rng.choice(['hier', 'ce matin', 'en fin de semaine'])}. Le résumé est en pièce jointe. "
                + rng.choice(["Les antibiotiques se poursuivent post-HD jusqu'au " + C.fmt_date(dc + _dt.timedelta(days=14), 'fr', 1) + ".",
                              "Attention : nouveau poids sec.", "Merci de faire les hémocultures de contrôle au prochain traitement."])
                + f"\n\n{C.closing(rng, 'fr')}\n{C.signature(rng, res, 'fr')}")
    else:
        title = "Discharge Summary"
        paras = [f"{C.INST[inst]['name']} – {C.INST[inst]['unit']}",
                 f"Name: {p.surname.upper()}, {p.given}    DOB: {dob_str(rng, p, 'en')}    Sex: {p.sex}", idt,
                 f"Admitted: {C.fmt_date(adm, 'en', 0)}    Discharged: {C.fmt_date(dc, 'en', 0)}",
                 f"Most responsible diagnosis: {acute}.",
                 f"Other: {rng.choice(K.CAUSES['en'])}; " + "; ".join(rng.sample(K.COMORB['en'], 2)) + ".",
                 "Course: " + rng.choice(["Blood cultures positive x2; line pulled, tunneled CVC placed day 4.",
                                          "Aggressive UF over 3 runs, back to dry weight.",
                                          "IR thrombectomy of AVF, dialyzing through fistula from day 2."]),
                 f"Discharge labs: {lab_s}.", "Discharge meds: " + "; ".join(meds) + ".",
                 "Follow-up: back to satellite unit on usual shift; nephrologist in 2 weeks.",
                 f"Dictated by {res.display('en')}, nephrology resident."]
        fname = rng.choice(["DC_summary.pdf", f"Discharge_{p.surname}.pdf", "discharge summary.pdf",
                            f"DS_{dc:%Y%m%d}.pdf"])
        subj = rng.choice(["Discharge – back to satellite", f"DC summary {p.surname}", "Discharge summary for your unit"])
        body = (f"{C.greet(rng, 'en', unit.given)}\n\nYour patient went home {rng.choice(['yesterday', 'this morning', 'on the weekend'])}. "
                "Summary attached. " + rng.choice(["Antibiotics continue post-HD for 2 more weeks.",
                                                   "Note the new dry weight.", "Please redraw blood cultures next run."])
                + f"\n\n{C.closing(rng, 'en')}\n{C.signature(rng, res, 'en')}")
    paras = [C.gz(x, p.sex) for x in paras]
    pdf = F.make_pdf(title, paras, compress=rng.random() < 0.5, author=res.full)
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(res, lang), to=[who(unit, lang)], subject=subj, body=body,
                  attachments=[dict(kind="pdf", data=pdf, filename=fname)])
    return result("discharge_summary", lang, types, "discharge summary PDF for a dialysis patient", raw)


# ------------------------------------------------------------------ 13 pharmacy question
def pharmacy_question(rng, lang):
    inst = C.pick_inst(rng, lang)
    ph = C.staff(rng, lang, "pharm", inst)
    neph = C.staff(rng, lang, "neph", inst)
    p = pick_patient(rng, lang, inst)
    dec = "," if lang == "fr" else "."
    tac = f"{rng.uniform(11.5, 17.9):.1f}".replace(".", dec)
    vanco = f"{rng.uniform(9.0, 26.0):.1f}".replace(".", dec)
    nm = C.name_variant(rng, p, lang, [0, 1, 2, 4, 5])
    idt, it = id_line(rng, p, lang)
    types = ["patient_name", "medication", "lab_result"] + it
    scen = rng.randint(0, 2)
    if lang == "fr":
        txt = [f"Le creux de tacrolimus de {nm} est à {tac} µg/L (cible 5-8). Il/elle a débuté la clarithromycine "
               "à la clinique sans rendez-vous mardi. On suspend une dose et on diminue à 3 mg DIE? Créatinine stable à 141.",
               f"Vancocinémie pré-HD de {nm} : {vanco} mg/L. Je propose de donner 750 mg post-HD aujourd'hui au lieu de 1 g. "
               "Hémocultures de contrôle négatives depuis 72 h.",
               f"{nm} a reçu du naproxène à l'urgence pour sa goutte. Avec DFGe 19 et K 5,8 ce matin, je l'ai cessé et "
               "remplacé par colchicine 0,3 mg 2x/sem? Prednisone 20 mg aussi possible."][scen]
        subj = rng.choice([f"Question pharmaco – {nm}", "Interaction tacrolimus", "Dosage vanco post-HD",
                           f"{nm} – ajustement"])
        body = (f"{C.greet(rng, 'fr', neph.display('fr'))}\n\n{txt}\n\n{idt}\n\nMerci de me confirmer.\n{C.signature(rng, ph, 'fr')}")
    else:
        txt = [f"{nm}'s tacrolimus trough is {tac} ug/L (target 5-8). Started clarithromycin at a walk-in on Tuesday. "
               "Hold one dose and drop to 3 mg daily? Creatinine stable at 141.",
               f"Pre-HD vanco level for {nm}: {vanco} mg/L. Suggest 750 mg post-HD today instead of 1 g. "
               "Surveillance cultures negative x72h.",
               f"{nm} got naproxen in the ED for gout. With eGFR 19 and K 5.8 this am I stopped it; "
               "colchicine 0.3 mg twice weekly instead? Prednisone 20 mg is an option too."][scen]
        subj = rng.choice([f"Pharmacy question – {nm}", "Tacrolimus interaction", "Post-HD vanco dosing",
                           f"{nm} – dose adjustment"])
        body = (f"{C.greet(rng, 'en', neph.display('en'))}\n\n{txt}\n\n{idt}\n\nPlease confirm.\n{C.signature(rng, ph, 'en')}")
    if scen == 2:
        types.append("diagnosis")
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(ph, lang), to=[who(neph, lang)], subject=subj, body=body)
    return result("pharmacy_question", lang, types, "pharmacist question with drug level", raw)


# ------------------------------------------------------------------ 14 sign-out list
def signout_list(rng, lang):
    inst = C.pick_inst(rng, lang)
    res = C.staff(rng, lang, "res", inst)
    nxt = C.staff(rng, lang, "res", inst)
    n = rng.randint(5, 9)
    rows = [["Ch." if lang == "fr" else "Rm", "Patient", "Dx", "Plan"]]
    types = {"patient_name", "diagnosis"}
    plans_fr = ["HD demain AM, UF 3 L", "K 6,1 → refaire à 22 h", "vanco post-HD, hémocs J3 à suivre",
                "biopsie rénale J+1, surveiller Hb", "tacro creux demain 6 h", "attend place CHSLD",
                "DP: CAPD 4 échanges, culture liquide en cours", "cesser héparine si plaquettes < 100"]
    plans_en = ["HD tomorrow am, UF 3 L", "K 6.1 -> repeat at 2200", "vanco post-HD, f/u day 3 cultures",
                "renal bx POD1, watch Hb", "tac trough 0600", "awaiting LTC bed",
                "PD: CAPD x4, fluid culture pending", "stop heparin if plt < 100"]
    used = set()
    for i in range(n):
        p = pick_patient(rng, lang, inst, nam=False)
        if p.full in used:
            continue
        used.add(p.full)
        room = f"{rng.randint(3, 9)}{rng.randint(0, 4)}{rng.randint(1, 9)}-{rng.choice('ABCD')}"
        nm = rng.choice([f"{p.surname} {p.given[0]}.", f"{p.surname.upper()}", f"{p.surname}, {p.given}",
                         f"{p.given} {p.surname}"])
        rows.append([room, nm, rng.choice(K.ACUTE[lang] + K.CAUSES[lang][:3]),
                     rng.choice(plans_fr if lang == "fr" else plans_en)])
    plans = " ".join(r[3] for r in rows[1:])
    if any(k in plans for k in ("K 6", "Hb", "tac", "plaquettes", "plt", "culture", "hémocs")):
        types.add("lab_result")
    if any(k in plans for k in ("vanco", "héparine", "heparin", "tac")):
        types.add("medication")
    tab = M.text_table(rows, "  ")
    if lang == "fr":
        subj = rng.choice(["Liste de garde néphro", "Sign-out néphro fin de semaine", "Passation de garde 7e"])
        body = (f"{C.greet(rng, 'fr', nxt.given)}\n\nVoici la liste pour ce soir. Rien d'instable à part la "
                f"{rows[1][0]}.\n\n[[TABLE]]\n\nBonne garde!\n{res.given}")
    else:
        subj = rng.choice(["Neph sign-out", "Weekend handover – nephrology", "Sign out 7N"])
        body = (f"{C.greet(rng, 'en', nxt.given)}\n\nList for tonight. Nothing unstable except {rows[1][0]}.\n\n"
                f"[[TABLE]]\n\nGood luck!\n{res.given}")
    layout = rng.choice(["plain", "alt", "html"])
    plain = body.replace("[[TABLE]]", tab)
    html_body = M.to_html(body, lang, rows, 1)
    raw = compose(rng, lang=lang, frm=who(res, lang), to=[who(nxt, lang)], subject=subj,
                  body=plain, html_body=html_body, layout=layout)
    return result("signout_list", lang, types, "ward handover list with rooms, names and problems", raw)


# ------------------------------------------------------------------ 15 calendar invite
def calendar_invite(rng, lang):
    inst = C.pick_inst(rng, lang)
    org = C.staff(rng, lang, rng.choice(["tx", "access", "sw", "clerk"]), inst)
    att = [C.staff(rng, lang, r, inst) for r in ("neph", "sw", "rn")]
    p = pick_patient(rng, lang, inst, nam=rng.random() < 0.35)
    day = _dt.datetime(2025, rng.randint(2, 11), rng.randint(1, 28), rng.choice([8, 9, 10, 13, 14]), rng.choice([0, 30]))
    scen = rng.randint(0, 2)
    nm = C.name_variant(rng, p, lang, [0, 1, 3, 4])
    if lang == "fr":
        summ = [f"Bilan prégreffe – {nm} – écho cardiaque + consult chirurgie",
                f"Rencontre familiale {nm} – arrêt de dialyse / soins palliatifs",
                f"Création FAV bras G – {nm} (IRC stade 5)"][scen]
        desc = [f"Arrivée 7 h 30 à jeun. Groupe sanguin et HLA à prélever. Patient(e) en HD LMV, avertir l'unité.",
                "Famille présente (fille et fils). Interprète demandé. Discuter niveau de soins et arrêt progressif.",
                "Cartographie veineuse faite. Cesser apixaban 48 h avant. Pas de ponction veineuse au bras G."][scen]
        loc = ["Clinique prégreffe, 2e étage", rng.choice(["Salle 3.214", "Salle de rencontre des familles, 7e"]),
               "Bloc opératoire ambulatoire"][scen]
        subj = f"Invitation : {summ}"
        body = rng.choice(["Voir invitation.", "Merci d'accepter l'invitation.", ""]) + f"\n\n{org.given}"
    else:
        summ = [f"Pre-tx workup – {nm} – echo + surgery consult",
                f"Family meeting {nm} – dialysis withdrawal / palliative",
                f"L arm AVF creation – {nm} (CKD 5)"][scen]
        desc = ["Arrive 0730 fasting. Draw ABO and HLA. Pt dialyzes MWF – tell the unit.",
                "Daughter and son attending. Interpreter booked. Discuss goals of care and stopping dialysis.",
                "Vein mapping done. Hold apixaban 48h prior. No blood draws L arm."][scen]
        loc = ["Pre-transplant clinic, 2nd floor", rng.choice(["Room 3-214", "Family room, 7th floor"]), "Day surgery OR"][scen]
        subj = f"Invitation: {summ}"
        body = rng.choice(["See invite.", "Please accept.", ""]) + f"\n\n{org.given}"
    idt, it = ("", [])
    if rng.random() < 0.5:
        idt, it = id_line(rng, p, lang)
        desc += "\n" + idt
    summ, desc = C.gz(summ, p.sex), C.gz(desc, p.sex)
    ics = F.make_ics(f"{rng.getrandbits(64):016X}@{C.INST[inst]['dom']}", day, day + _dt.timedelta(hours=1),
                     summ, desc, loc, (org.full, org.email), [(a.full, a.email) for a in att])
    types = ["patient_name", "diagnosis"] + it
    if scen == 2:
        types.append("medication")
    if scen == 1:
        types.append("social_information")
    if rng.random() < 0.5:
        raw = compose(rng, lang=lang, sex=p.sex, frm=who(org, lang), to=[who(a, lang) for a in att], subject=subj,
                      body=body + "\n\n" + summ, layout="alt", alt_calendar=ics)
    else:
        raw = compose(rng, lang=lang, sex=p.sex, frm=who(org, lang), to=[who(a, lang) for a in att], subject=subj,
                      body=body, attachments=[dict(kind="ics", data=ics.encode("utf-8"), filename="invite.ics",
                                                   method=True)])
    return result("calendar_invite", lang, types, "calendar invitation naming a patient and procedure", raw)


# ------------------------------------------------------------------ 16 vCard
def vcard_contact(rng, lang):
    inst = C.pick_inst(rng, lang)
    pd = C.staff(rng, lang, rng.choice(["pd", "clerk"]), inst)
    p = pick_patient(rng, lang, inst, nam=rng.random() < 0.3)
    note = rng.choice(["Dialyse péritonéale (DPA nocturne) – livraison des sacs le 2e mardi du mois. "
                       "Chien dans la maison, sonner 2 fois.",
                       "Hémodialyse à domicile depuis 2024 – technicien pour entretien osmoseur.",
                       "HD LMV – transport adapté; malentendant(e), privilégier texto."] if lang == "fr" else
                      ["PD (nocturnal APD) – supply delivery 2nd Tuesday. Dog in house, ring twice.",
                       "Home HD since 2024 – tech for RO unit maintenance.",
                       "HD MWF – para-transit; hard of hearing, text preferred."])
    note = (f"IRC terminale ({rng.choice(K.CAUSES['fr'])}). " if lang == "fr"
            else f"ESKD ({rng.choice(K.CAUSES['en'])}). ") + note
    bday = p.dob.isoformat() if rng.random() < 0.5 else None
    note = C.gz(note, p.sex)
    vcf = F.make_vcard(p.given, p.surname, tel=[("HOME", p.phone), ("CELL", p.cell)], email=p.email,
                       adr=p.address, note=note, bday=bday, version=rng.choice(["3.0", "4.0"]))
    types = ["patient_name", "patient_contact", "diagnosis"] + (["date_of_birth"] if bday else [])
    vendor = (("Service à la clientèle – fournitures DP", "livraisons@fournidialyse.example") if lang == "fr"
              else ("Home Therapies Customer Care", "deliveries@homedialysis-supply.example"))
    if lang == "fr":
        subj = rng.choice(["Coordonnées – nouveau patient à domicile", "Fiche contact", f"Contact {p.surname}"])
        body = f"{C.greet(rng, 'fr')}\n\nCi-joint la fiche contact pour la première livraison.\n\n{C.signature(rng, pd, 'fr')}"
    else:
        subj = rng.choice(["Contact card – new home patient", "Contact info", f"Contact {p.surname}"])
        body = f"{C.greet(rng, 'en')}\n\nContact card attached for the first delivery.\n\n{C.signature(rng, pd, 'en')}"
    fn = rng.choice([f"{p.given} {p.surname}.vcf", f"{p.surname}_{p.given}.vcf", "contact.vcf"])
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(pd, lang), to=[vendor], subject=subj, body=body,
                  attachments=[dict(kind="vcf", data=vcf.encode("utf-8"), filename=fn,
                                    ctype=rng.choice(["text/vcard", "text/x-vcard"]))])
    return result("vcard_contact", lang, types, "patient vCard with home dialysis note", raw)


# ------------------------------------------------------------------ 17 subject-only
def subject_only(rng, lang):
    inst = C.pick_inst(rng, lang)
    a = C.staff(rng, lang, rng.choice(["rn", "chef", "neph", "access"]), inst)
    b = C.staff(rng, lang, rng.choice(["rn", "neph", "clerk"]), inst)
    p = pick_patient(rng, lang, inst, nam=False)
    dec = "," if lang == "fr" else "."
    nm = C.name_variant(rng, p, lang, [1, 3, 4, 5, 6, 8])
    opts_fr = [(f"{nm} – hémocultures + à S. aureus", ["diagnosis", "lab_result"]),
               (f"RE: {nm} Hb {rng.randint(61, 74)} – transfusion?", ["lab_result"]),
               (f"{nm} : FAV thrombosée, IR demain 8h?", ["diagnosis"]),
               (f"TR: {nm} refuse la dialyse depuis 2 séances", ["social_information"]),
               (f"{nm} – tacro " + f"{rng.uniform(14, 19):.1f}".replace(".", dec) + " !!", ["lab_result", "medication"])]
    opts_en = [(f"{nm} – blood cx + S. aureus", ["diagnosis", "lab_result"]),
               (f"RE: {nm} Hb {rng.randint(61, 74)} - transfuse?", ["lab_result"]),
               (f"{nm}: clotted AVF, IR tomorrow 0800?", ["diagnosis"]),
               (f"FW: {nm} refusing dialysis x2 runs", ["social_information"]),
               (f"{nm} - tac level {rng.uniform(14, 19):.1f} !!", ["lab_result", "medication"])]
    subj, t = rng.choice(opts_fr if lang == "fr" else opts_en)
    body = rng.choice(["Ok, je m'en occupe.", "Vu. Je rappelle la famille cet après-midi.", "Oui, c'est booké.",
                       "On en parle à la réunion?", "Merci, noté.", "👍 fait"] if lang == "fr" else
                      ["OK, on it.", "Seen. Will call the family this afternoon.", "Yes, booked.",
                       "Discuss at rounds?", "Thanks, noted.", "done 👍"])
    body += "\n\n" + C.signature(rng, b, lang, rng.choice([2, 4, 0]))
    raw = compose(rng, lang=lang, frm=who(b, lang), to=[who(a, lang)], subject=subj, body=body,
                  in_reply_to=f"<{rng.getrandbits(40):010x}@{C.INST[inst]['dom']}>")
    return result("subject_only", lang, ["patient_name"] + t, "patient name and clinical detail only in the Subject", raw)


# ------------------------------------------------------------------ 18 file-name-only
def filename_only(rng, lang):
    inst = C.pick_inst(rng, lang)
    a = C.staff(rng, lang, rng.choice(["access", "tx", "neph", "clerk"]), inst)
    b = C.staff(rng, lang, rng.choice(["surg", "neph", "clerk"]), inst)
    p = pick_patient(rng, lang, inst, nam=rng.random() < 0.4)
    d = msg_date(rng)
    types = ["patient_name", "diagnosis"]
    if lang == "fr":
        base = rng.choice([f"{p.surname}_{p.given}_FAV_thrombosée_{d:%Y-%m-%d}",
                           f"Écho-Doppler FAV – {p.surname} {p.given}",
                           f"Biopsie greffon {p.surname} {p.given[0]} – rejet aigu",
                           f"{p.surname.upper()} {p.given} péritonite DP"])
        body = rng.choice(["Ci-joint.", "Voici le document demandé.", "Comme discuté au téléphone.",
                           "Pour ton dossier."]) + "\n\n" + C.signature(rng, a, "fr", rng.choice([0, 2, 4]))
        subj = rng.choice(["Document", "TR: document", "Pièce jointe", "Suite à notre appel"])
        blank = ["Requête – imagerie vasculaire", ["Nom : ____________________", "No dossier : __________",
                                                   "Indication : ____________________", "Signature du médecin : __________"]]
    else:
        base = rng.choice([f"{p.surname}_{p.given}_clotted_AVF_{d:%Y-%m-%d}",
                           f"AVF Doppler – {p.surname} {p.given}",
                           f"Graft biopsy {p.surname} {p.given[0]} – acute rejection",
                           f"{p.surname.upper()} {p.given} PD peritonitis"])
        body = rng.choice(["See attached.", "Here's the document you asked for.", "As discussed on the phone.",
                           "For your file."]) + "\n\n" + C.signature(rng, a, "en", rng.choice([0, 2, 4]))
        subj = rng.choice(["Document", "FW: document", "Attachment", "Following our call"])
        blank = ["Requisition – vascular imaging", ["Name: ____________________", "MRN: __________",
                                                    "Indication: ____________________", "Physician signature: __________"]]
    if p.nam and rng.random() < 0.7:
        base = f"{p.nam}_" + base
        types.append("ramq_nam")
    ext = rng.choice(["pdf", "docx"])
    data = F.make_pdf(blank[0], blank[1]) if ext == "pdf" else F.make_docx(blank[0], blank[1])
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(a, lang), to=[who(b, lang)], subject=subj, body=body,
                  attachments=[dict(kind=ext, data=data, filename=f"{base}.{ext}",
                                    fn_mode=rng.choice(["2231", "2047", "2231cont"]))])
    return result("filename_only", lang, types, "identity and diagnosis only in the attachment file name", raw)


# ------------------------------------------------------------------ 19 patient mail forwarded
def patient_mail(rng, lang):
    inst = C.pick_inst(rng, lang)
    clerk = C.staff(rng, lang, "clerk", inst)
    chef = C.staff(rng, lang, rng.choice(["chef", "rn", "sw"]), inst)
    p = pick_patient(rng, lang, inst, nam=rng.random() < 0.3)
    sent = msg_date(rng)
    d = sent - _dt.timedelta(hours=rng.randint(2, 40))
    types = ["patient_name", "patient_contact"]
    if lang == "fr":
        scen = rng.randint(0, 2)
        pm = [f"bonjour,\nje voudrais savoir si c possible de faire ma dialyse a Gaspé du 12 au 26 juillet, ma fille "
              f"se marie la bas. je suis au quart du lundi mercredi vendredi matin. mon néphrologue est d'accord je "
              f"pense. est ce que vous pouvez envoyer mes papiers? mon numero c'est {p.cell}\nmerci beaucoup\n{p.given} {p.surname}",
              f"Bonjour,\nDepuis la dernière dialyse j'ai le bras de ma fistule enflé et ça chauffe un peu. "
              f"Est-ce que je dois aller à l'urgence ou attendre jeudi? J'ai pas de fièvre.\n"
              f"{p.given} {p.surname}\n{p.phone}",
              f"Allo,\nJe ne pourrai pas venir mardi, je n'ai plus de transport (mon fils a perdu son char) et "
              f"le taxi coûte trop cher avec mon chèque d'aide sociale. Est-ce que la travailleuse sociale peut m'appeler?\n"
              f"{p.given} {p.surname} – {p.cell}"][scen]
        types += [["social_information"], ["diagnosis"], ["social_information"]][scen]
        if scen == 0:
            types.append("diagnosis")
            pm = pm.replace("ma dialyse", "ma dialyse (insuffisance rénale)")
        fwd = (f"---------- Message transféré ---------\nDe : {p.given} {p.surname} <{p.email}>\n"
               f"Date : {C.fmt_date(d.date(), 'fr', 1)}\nObjet : {['dialyse vacances', 'mon bras', 'mardi'][scen]}\n"
               f"À : <dialyse@{C.INST[inst]['dom']}>\n\n{pm}")
        body = (f"{C.greet(rng, 'fr', chef.given)}\n\n" + rng.choice(["Peux-tu regarder ça?", "Reçu dans la boîte de l'unité.",
                                                                     "Je te transfère, c'est pour toi je pense."])
                + f"\n\n{C.signature(rng, clerk, 'fr', 2)}\n\n{fwd}")
        subj = f"TR: {['dialyse vacances', 'mon bras', 'mardi'][scen]}"
    else:
        scen = rng.randint(0, 2)
        pm = [f"Hi there,\nIs it possible to get dialysis in Halifax July 12-26? My daughter is getting married. "
              f"I'm on the Mon/Wed/Fri morning shift for my kidney failure. Can you send my info over? You can reach me at {p.cell}\n"
              f"Thanks so much\n{p.given} {p.surname}",
              f"Hello,\nSince my last treatment my fistula arm is swollen and warm. Should I go to emergency or wait "
              f"till Thursday? No fever.\n{p.given} {p.surname}\n{p.phone}",
              f"Hi,\nI can't make it Tuesday, I have no ride anymore (my son's car died) and a cab is too much on my "
              f"ODSP cheque. Can the social worker call me?\n{p.given} {p.surname} - {p.cell}"][scen]
        types += [["diagnosis", "social_information"], ["diagnosis"], ["social_information"]][scen]
        fwd = (f"---------- Forwarded message ---------\nFrom: {p.given} {p.surname} <{p.email}>\n"
               f"Date: {C.fmt_date(d.date(), 'en', 1)}\nSubject: {['vacation dialysis', 'my arm', 'tuesday'][scen]}\n"
               f"To: <dialysis@{C.INST[inst]['dom']}>\n\n{pm}")
        body = (f"{C.greet(rng, 'en', chef.given)}\n\n" + rng.choice(["Can you take a look?", "Came into the unit inbox.",
                                                                     "Forwarding, I think this is yours."])
                + f"\n\n{C.signature(rng, clerk, 'en', 2)}\n\n{fwd}")
        subj = f"Fwd: {['vacation dialysis', 'my arm', 'tuesday'][scen]}"
    idt, it = ("", [])
    if rng.random() < 0.4:
        idt, it = id_line(rng, p, lang)
        body = body.replace("\n\n---------- ", f"\n({idt})\n\n---------- ", 1)
    types += it
    raw = compose(rng, lang=lang, frm=who(clerk, lang), to=[who(chef, lang)], subject=subj, body=body, date=sent)
    return result("patient_mail", lang, types, "patient's own e-mail forwarded inline by a clerk", raw)


# ------------------------------------------------------------------ 20 quoted history
def quoted_history(rng, lang):
    inst = C.pick_inst(rng, lang)
    a, b, c = (C.staff(rng, lang, r, inst) for r in ("rn", "neph", "clerk"))
    p = pick_patient(rng, lang, inst)
    d1 = msg_date(rng, 1, 9)
    d2 = d1 + _dt.timedelta(hours=rng.randint(2, 30))
    idt, it = id_line(rng, p, lang)
    dec = "," if lang == "fr" else "."
    hb = rng.randint(68, 84)
    types = ["patient_name", "lab_result", "medication", "diagnosis"] + it
    if lang == "fr":
        m1 = (f"Bonjour {b.display('fr')},\n\n{C.title(p, 'fr')} {p.given} {p.surname} ({idt}) a une Hb à {hb} ce matin "
              f"avec méléna rapporté depuis 2 jours. Sous apixaban pour FA. TA 98/54 en début de séance.\n"
              f"On transfuse 1 culot en dialyse?\n\n{a.given}")
        m2 = (f"Oui 1 culot, cesser apixaban, je demande une gastro en externe urgente. Ferritine?\n\n{b.display('fr')}")
        m3 = rng.choice(["Parfait, merci. Je booke la gastro.", "Ok c'est noté, je fais le suivi.",
                         "Reçu. Le rendez-vous est mardi 10 h."])
        subj = rng.choice(["RE: RE: question", "RE: RE: Hb basse ce matin", "RE: RE: unité 2"])
        body = (f"{m3}\n\n{c.given}\n\n" + _quote(_hdr_block('fr', b.display('fr'), c.full, d2.strftime('%d/%m/%Y %H:%M'), 'RE: ' + subj[8:], rng.randint(0, 1))
                                                  + "\n\n" + m2 + "\n\n" + _quote(_hdr_block('fr', a.full, b.display('fr'), d1.strftime('%d/%m/%Y %H:%M'), subj[8:], rng.randint(0, 1)) + "\n\n" + m1)))
    else:
        m1 = (f"Hi {b.display('en')},\n\n{p.given} {p.surname} ({idt}) has Hb {hb} this am with melena x2 days. "
              f"On apixaban for AFib. BP 98/54 at start of run.\nTransfuse 1 unit on dialysis?\n\n{a.given}")
        m2 = f"Yes 1 unit, hold apixaban, I'll request urgent outpatient GI. Ferritin?\n\n{b.display('en')}"
        m3 = rng.choice(["Perfect, thanks. Booking GI.", "OK noted, I'll follow up.", "Got it. Appointment is Tuesday 10:00."])
        subj = rng.choice(["RE: RE: question", "RE: RE: low Hb this am", "RE: RE: unit 2"])
        body = (f"{m3}\n\n{c.given}\n\n" + _quote(_hdr_block('en', b.display('en'), c.full, d2.strftime('%Y-%m-%d %H:%M'), 'RE: ' + subj[8:], rng.randint(0, 1))
                                                  + "\n\n" + m2 + "\n\n" + _quote(_hdr_block('en', a.full, b.display('en'), d1.strftime('%Y-%m-%d %H:%M'), subj[8:], rng.randint(0, 1)) + "\n\n" + m1)))
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(c, lang), to=[who(a, lang)], cc=[who(b, lang)], subject=subj, body=body,
                  in_reply_to=f"<{rng.getrandbits(48):012x}@{C.INST[inst]['dom']}>", date=d2 + _dt.timedelta(hours=1))
    return result("quoted_history", lang, types, "short reply; PHI only in the quoted thread", raw)


BUILDERS = [(consult_reply, 4), (discharge_summary, 4), (pharmacy_question, 4), (signout_list, 4),
            (calendar_invite, 4), (vcard_contact, 3), (subject_only, 4), (filename_only, 4),
            (patient_mail, 4), (quoted_history, 4)]
