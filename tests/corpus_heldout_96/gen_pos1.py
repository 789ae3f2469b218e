"""Positive builders, part 1: rosters, schedules, transport, labs, transplant, access,
dietitian and social work."""
import datetime as _dt

import gen_common as C
import gen_clin as K
import gen_files as F
import gen_mime as M
from gen_compose import compose, msg_date

ORDER = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "date_of_birth", "patient_name", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]


def T(*types):
    s = set(types)
    return [t for t in ORDER if t in s]


def who(s, lang):
    return (s.display(lang), s.email)


def pick_patient(rng, lang, inst, nam=None, amin=25, amax=90):
    prov = C.INST[inst]["prov"]
    if prov == "QC":
        use = (rng.random() < 0.75) if nam is None else nam
        if use:
            return C.nam_patient(rng, amin, amax, "QC", lang, inst)
        plang = "fr" if lang == "fr" or rng.random() < 0.4 else "en"
        return C.new_patient(rng, plang, "QC", amin, amax, inst)
    return C.new_patient(rng, lang, "ON", amin, amax, inst)


def id_line(rng, p, lang, style=None, with_mrn=True):
    """One line of identifiers; returns (text, types)."""
    bits, t = [], []
    if p.nam:
        lbl = rng.choice(["NAM", "RAMQ", "No RAMQ", "Carte soleil"] if lang == "fr" else
                         ["RAMQ", "Medicare (RAMQ)", "NAM", "Health ins. #"])
        bits.append(f"{lbl} : {C.fmt_nam(p.nam, rng.choice([0, 0, 1, 2, 3, 4, 6, 7, 8]))}"
                    if lang == "fr" else f"{lbl}: {C.fmt_nam(p.nam, rng.choice([0, 0, 1, 2, 5]))}")
        t.append("ramq_nam")
    if p.ohip:
        lbl = rng.choice(["Carte Santé", "No carte santé de l'Ontario", "NSO"] if lang == "fr"
                         else ["HCN", "OHIP", "Health card", "OHIP #"])
        bits.append(f"{lbl}: {C.fmt_ohip(p.ohip, p.ohip_vc, rng.choice([0, 1, 1, 2, 3, 4, 5]))}")
        t.append("ca_health_number")
    if with_mrn and p.mrn:
        lbl = rng.choice(["Dossier", "No dossier", "# dossier", "N° de dossier"] if lang == "fr"
                         else ["MRN", "Chart #", "Hosp #", "MRN"])
        bits.append(f"{lbl} {p.mrn}")
        t.append("mrn")
    sep = rng.choice([" | ", " — ", "; ", ", "])
    return sep.join(bits), t


def dob_str(rng, p, lang):
    return C.fmt_date(p.dob, lang, rng.choice([0, 1, 2]))


def result(category, lang, types, note, raw):
    return dict(category=category, lang=lang, types=T(*types), note=note, raw=raw)


# ------------------------------------------------------------------ 1 chair roster
def chair_roster(rng, lang):
    inst = C.pick_inst(rng, lang)
    prov = C.INST[inst]["prov"]
    chef = C.staff(rng, lang, "chef", inst)
    rns = [C.staff(rng, lang, "rn", inst) for _ in range(3)]
    monday = _dt.date(2025, rng.randint(2, 10), 1)
    monday += _dt.timedelta(days=(7 - monday.weekday()) % 7)
    n = rng.randint(9, 15)
    notes_fr = ["", "", "AgHBs+ – isolement", "Diabète – glycémie pré-HD", "FAV jeune, aiguilles 17G",
                "TIH – pas d'héparine, rinçage salin", "Transport adapté 6 h 15", "Interprète espagnol",
                "Hypotension fréquente – Na profilé", "Chute 12/03, surveillance", "Prégreffe – sérum mensuel",
                "Fer IV en cours", "Allergie pénicilline", "SARM colonisé – précautions contact"]
    notes_en = ["", "", "HBsAg+ – isolation", "Diabetic – pre-HD glucose", "New AVF, 17G needles",
                "HIT – no heparin, saline flushes", "Para-transit 0615 pickup", "Needs Tamil interpreter",
                "Frequent IDH – Na profiling", "Fall last week, monitor", "Tx list – monthly serum",
                "IV iron running", "Penicillin allergy", "MRSA colonized – contact precautions"]
    shift = rng.choice(C.SHIFTS[lang])
    head = (["Chaise", "Quart", "Patient", "NAM" if prov == "QC" else "No carte santé", "Dossier",
             "Accès", "Poids sec (kg)", "Particularités"] if lang == "fr" else
            ["Chair", "Shift", "Patient", "RAMQ" if prov == "QC" else "MRN", "Access",
             "Dry wt (kg)", "Notes"])
    rows = [head]
    has = set(["patient_name"])
    used = set()
    for i in range(n):
        p = pick_patient(rng, lang, inst)
        if p.full in used:
            continue
        used.add(p.full)
        acc = rng.choice(K.ACCESS[lang][:6])
        dw = f"{rng.uniform(48, 112):.1f}"
        note = rng.choice(notes_fr if lang == "fr" else notes_en)
        nm = rng.choice([f"{p.surname.upper()}, {p.given}", f"{p.surname}, {p.given}", f"{p.given} {p.surname}"])
        if lang == "fr":
            ident = C.fmt_nam(p.nam, 0) if p.nam else (C.fmt_ohip(p.ohip, p.ohip_vc, 0) if p.ohip else "")
            rows.append([str(i + 1), shift, nm, ident, p.mrn, acc, dw, note])
            if p.ohip:
                has.add("ca_health_number")
        else:
            ident = C.fmt_nam(p.nam, 0) if (prov == "QC" and p.nam) else p.mrn
            rows.append([str(i + 1), shift, nm, ident, acc, dw, note])
        if p.nam:
            has.add("ramq_nam")
        if lang == "fr" or prov == "ON" or not p.nam:
            has.add("mrn")
    diag_kw = ("AgHBs", "HBsAg", "Diab", "TIH", "HIT", "Hypotension", "IDH", "SARM", "MRSA", "Allergie",
               "allergy", "Chute", "Fall")
    if any(k in r[-1] for r in rows[1:] for k in diag_kw):
        has.add("diagnosis")
    if any("héparine" in r[-1] or "heparin" in r[-1] or "Fer IV" in r[-1] or "IV iron" in r[-1] for r in rows[1:]):
        has.add("medication")
    fname = rng.choice([f"Grille_chaises_HD_{monday.isoformat()}.xlsx", f"chaises semaine {monday:%d-%m}.xlsx",
                        f"Horaire_patients_{monday:%Y%m%d}.xlsx"] if lang == "fr" else
                       [f"Chair_assignments_wk_{monday:%b%d}.xlsx", f"HD_roster_{monday.isoformat()}.xlsx",
                        "chair map UPDATED.xlsx"])
    xl = F.make_xlsx([("Semaine" if lang == "fr" else "Week", rows)], author=chef.full)
    if lang == "fr":
        subj = rng.choice([f"Grille des chaises – semaine du {C.fmt_date(monday, 'fr', 1)}",
                           "Mise à jour grille patients HD", f"TR: grille {shift}"])
        body = (f"{C.greet(rng, 'fr')}\n\nVoici la grille des chaises pour la semaine du "
                f"{C.fmt_date(monday, 'fr', 1)} ({shift}). "
                + rng.choice(["Les changements sont en jaune.", "Deux nouveaux patients cette semaine.",
                              "Merci de vérifier les poids secs avec le néphrologue de garde.",
                              "SVP ne pas imprimer en double, le document reste sur le partagé."])
                + f"\n\n{C.closing(rng, 'fr')}\n{C.signature(rng, chef, 'fr')}")
    else:
        subj = rng.choice([f"Chair assignments – week of {C.fmt_date(monday, 'en', 1)}",
                           "Updated HD roster", f"FW: roster {shift}"])
        body = (f"{C.greet(rng, 'en')}\n\nAttached is the chair map for the week of "
                f"{C.fmt_date(monday, 'en', 1)} ({shift}). "
                + rng.choice(["Changes highlighted.", "Two new starts this week.",
                              "Please confirm dry weights with the nephrologist on call.",
                              "Do not print – it's on the shared drive too."])
                + f"\n\n{C.closing(rng, 'en')}\n{C.signature(rng, chef, 'en')}")
    raw = compose(rng, lang=lang, frm=who(chef, lang), to=[who(r, lang) for r in rns], subject=subj,
                  body=body, attachments=[dict(kind="xlsx", data=xl, filename=fname)])
    return result("chair_roster", lang, has, "dialysis chair roster spreadsheet with patients", raw)


# ------------------------------------------------------------------ 2 schedule change
def schedule_change(rng, lang):
    inst = C.pick_inst(rng, lang)
    clerk = C.staff(rng, lang, rng.choice(["clerk", "chef"]), inst)
    rn = C.staff(rng, lang, "rn", inst)
    p = pick_patient(rng, lang, inst)
    old, new = rng.sample(C.SHIFTS[lang], 2)
    chair = rng.randint(1, 24)
    start = _dt.date(2025, rng.randint(2, 11), rng.randint(1, 28))
    nm = C.name_variant(rng, p, lang, [0, 2, 3, 4, 5])
    reason_fr = [("retour au travail à temps partiel", []),
                 ("rendez-vous de chimiothérapie les mardis", ["diagnosis"]),
                 ("son conjoint ne peut plus le/la conduire le matin", ["social_information"]),
                 ("hypotensions répétées en fin de séance au quart du soir", ["diagnosis"]),
                 ("prise en charge par le CLSC pour les pansements de l'ulcère au pied", ["diagnosis"])]
    reason_en = [("going back to work part-time", []),
                 ("chemo appointments on Tuesdays", ["diagnosis"]),
                 ("spouse can no longer drive in the mornings", ["social_information"]),
                 ("repeated hypotension late in the evening run", ["diagnosis"]),
                 ("home care nurse visits for foot ulcer dressing", ["diagnosis"])]
    reason, rt = rng.choice(reason_fr if lang == "fr" else reason_en)
    types = ["patient_name"] + rt
    show_id = rng.random() < 0.5
    idt, it = id_line(rng, p, lang) if show_id else ("", [])
    types += it
    if lang == "fr":
        subj = rng.choice([f"Changement d'horaire – {nm}", f"Horaire {nm} à partir du {start:%d/%m}",
                           "Changement de quart"])
        body = (f"{C.greet(rng, 'fr', rn.given)}\n\nÀ partir du {C.fmt_date(start, 'fr', 1)}, {nm} passe du quart "
                f"{old} au quart {new}, chaise {chair}. Raison : {reason}.\n"
                + (f"{idt}\n" if idt else "")
                + rng.choice(["\nLe transport a été avisé.", "\nPeux-tu aviser le transport adapté?",
                              "\nJ'ai mis à jour le tableau blanc.", ""])
                + f"\n\n{C.closing(rng, 'fr')}\n{C.signature(rng, clerk, 'fr')}")
    else:
        subj = rng.choice([f"Schedule change – {nm}", f"{nm} moving to {new.split(' (')[0]}",
                           "shift change next week"])
        body = (f"{C.greet(rng, 'en', rn.given)}\n\nStarting {C.fmt_date(start, 'en', 1)}, {nm} moves from "
                f"{old} to {new}, chair {chair}. Reason: {reason}.\n"
                + (f"{idt}\n" if idt else "")
                + rng.choice(["\nTransportation has been notified.", "\nCan you let para-transit know?",
                              "\nWhiteboard updated.", ""])
                + f"\n\n{C.closing(rng, 'en')}\n{C.signature(rng, clerk, 'en')}")
    if "diagnosis" not in types and rng.random() < 0.6:
        body = body.replace(f"chaise {chair}.", f"chaise {chair} (hémodialyse, {rng.choice(K.CAUSES['fr'])}).") \
            .replace(f"chair {chair}.", f"chair {chair} (HD for {rng.choice(K.CAUSES['en'])}).")
        types.append("diagnosis")
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(clerk, lang), to=[who(rn, lang)], subject=subj, body=body)
    return result("schedule_change", lang, types, "dialysis shift change for a named patient", raw)


# ------------------------------------------------------------------ 3 transport request
def transport_request(rng, lang):
    inst = C.pick_inst(rng, lang)
    prov = C.INST[inst]["prov"]
    clerk = C.staff(rng, lang, rng.choice(["clerk", "sw", "rn"]), inst)
    p = pick_patient(rng, lang, inst, amin=40)
    sh = rng.choice(C.SHIFTS[lang])
    mob_fr = rng.choice(["fauteuil roulant manuel", "marchette", "autonome avec canne",
                         "fauteuil roulant motorisé, a besoin de la rampe"])
    mob_en = rng.choice(["manual wheelchair", "walker", "independent with cane",
                         "power wheelchair, needs ramp"])
    soc = rng.choice(K.SOCIAL[lang][:6] + [K.SOCIAL[lang][9]])
    idt, it = id_line(rng, p, lang, with_mrn=rng.random() < 0.4)
    types = ["patient_name", "patient_contact", "social_information", "date_of_birth"] + it
    company = (("Transport adapté – réservations", "reservations@ta-rivenord.example") if prov == "QC"
               else ("Service de transport adapté de Prescott-Russell", "reservations@tapr.example")) if lang == "fr" \
        else (("AccessRide – Bookings", "bookings@accessride.example") if prov == "ON"
              else ("Adapted Transit Montréal", "booking@atm-adapte.example"))
    if lang == "fr":
        subj = rng.choice(["Demande de transport – hémodialyse", f"Transport dialyse {p.surname}",
                           "Nouvelle inscription transport adapté – usager en dialyse"])
        body = (f"{C.greet(rng, 'fr')}\n\nNous demandons un transport régulier pour un usager qui débute "
                f"l'hémodialyse chez nous ({C.INST[inst]['name']}).\n\n"
                f"Nom : {p.surname.upper()}, {p.given}\nDate de naissance : {dob_str(rng, p, 'fr')}\n{idt}\n"
                f"Adresse : {p.address}\nTéléphone : {p.phone} (cell. {p.cell})\n"
                f"Horaire : {sh} – arrivée 15 min avant, retour environ 4 h 30 plus tard\n"
                f"Mobilité : {mob_fr}\nParticularités : {soc}\n\n"
                + rng.choice(["Le formulaire d'admissibilité signé par le médecin suit par télécopieur.",
                              "Merci de confirmer par retour de courriel.",
                              "C'est urgent, il/elle commence lundi."])
                + f"\n\n{C.closing(rng, 'fr')}\n{C.signature(rng, clerk, 'fr')}")
    else:
        subj = rng.choice(["Transport request – hemodialysis", f"Dialysis ride booking – {p.surname}",
                           "New client – standing order for dialysis"])
        body = (f"{C.greet(rng, 'en')}\n\nPlease set up a standing booking for a client starting "
                f"hemodialysis at {C.INST[inst]['name']}.\n\n"
                f"Name: {p.given} {p.surname}\nDOB: {dob_str(rng, p, 'en')}\n{idt}\n"
                f"Address: {p.address}\nPhone: {p.phone} / cell {p.cell}\n"
                f"Schedule: {sh} – drop-off 15 min early, pick-up approx. 4.5 h later\n"
                f"Mobility: {mob_en}\nOther: {soc}\n\n"
                + rng.choice(["Eligibility form signed by the physician to follow by fax.",
                              "Please confirm by reply.", "First run is Monday, sorry for the short notice."])
                + f"\n\n{C.closing(rng, 'en')}\n{C.signature(rng, clerk, 'en')}")
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(clerk, lang), to=[company], subject=subj, body=body)
    return result("transport_request", lang, types, "transport booking with address, phone and dialysis schedule", raw)


# ------------------------------------------------------------------ 4 lab trend
def lab_trend(rng, lang):
    inst = C.pick_inst(rng, lang)
    neph = C.staff(rng, lang, "neph", inst)
    rn = C.staff(rng, lang, rng.choice(["rn", "pharm"]), inst)
    p = pick_patient(rng, lang, inst, nam=rng.random() < 0.4)
    months = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct."] if lang == "fr" \
        else ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
    m0 = rng.randint(0, 7)
    panels = [K.lab_panel(rng, lang) for _ in range(3)]
    rows = [["Analyse" if lang == "fr" else "Test"] + [months[m0 + i] for i in range(3)] + ["Unité" if lang == "fr" else "Unit"]]
    for j in range(7):
        rows.append([panels[0][j][0]] + [pn[j][1] for pn in panels] + [panels[0][j][2]])
    med = rng.choice(K.MEDS[lang][:7])
    nm = C.name_variant(rng, p, lang, [0, 1, 2, 4, 5, 8])
    idt, it = id_line(rng, p, lang)
    types = ["patient_name", "lab_result", "medication"] + it
    table_txt = M.text_table(rows)
    if lang == "fr":
        subj = rng.choice([f"Bilan mensuel – {nm}", "Tendance Hb / fer", f"Labos {nm} – ajustement ASE"])
        body = (f"{C.greet(rng, 'fr', rn.given)}\n\nJ'ai revu les bilans des trois derniers mois pour {nm} ({idt}).\n\n"
                f"[[TABLE]]\n\n" + rng.choice(["L'Hb continue de baisser malgré la dose actuelle.",
                                               "Le phosphore reste élevé, on en a parlé avec la nutritionniste.",
                                               "La PTH monte, on va réévaluer dans 6 semaines."])
                + f" Je propose : {med}. On recontrôle au prochain bilan mensuel.\n\n"
                f"{C.closing(rng, 'fr')}\n{C.signature(rng, neph, 'fr')}")
    else:
        subj = rng.choice([f"Monthly bloods – {nm}", "Hb / iron trend", f"{nm} labs – ESA change"])
        body = (f"{C.greet(rng, 'en', rn.given)}\n\nReviewed the last three months for {nm} ({idt}).\n\n"
                f"[[TABLE]]\n\n" + rng.choice(["Hb keeps drifting down on the current dose.",
                                               "Phosphate still high despite diet teaching.",
                                               "PTH climbing, will reassess in 6 weeks."])
                + f" Plan: {med}. Recheck with next monthly bloods.\n\n"
                f"{C.closing(rng, 'en')}\n{C.signature(rng, neph, 'en')}")
    plain = body.replace("[[TABLE]]", table_txt)
    layout = rng.choice(["alt", "html", "plain"])
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(neph, lang), to=[who(rn, lang)], subject=subj,
                  body=plain if layout == "plain" else body, html_table=rows, layout=layout) \
        if layout != "alt" else _alt_with_table(rng, lang, neph, rn, subj, body, plain, rows)
    return result("lab_trend", lang, types, "three-month dialysis lab trend with dose change", raw)


def _alt_with_table(rng, lang, frm, to, subj, body, plain, rows):
    html_body = M.to_html(body, lang, rows, rng.randint(0, 1))
    return compose(rng, lang=lang, frm=who(frm, lang), to=[who(to, lang)], subject=subj,
                   body=plain, html_body=html_body, layout="alt")


# ------------------------------------------------------------------ 5 critical lab
def critical_lab(rng, lang):
    inst = C.pick_inst(rng, lang)
    rn = C.staff(rng, lang, rng.choice(["rn", "chef"]), inst)
    neph = C.staff(rng, lang, "neph", inst)
    p = pick_patient(rng, lang, inst, nam=False)
    dec = "," if lang == "fr" else "."
    k = f"{rng.uniform(6.5, 7.8):.1f}".replace(".", dec)
    chair = rng.randint(1, 20)
    nm = C.name_variant(rng, p, lang, [0, 1, 3, 4, 6])
    if lang == "fr":
        subj = rng.choice([f"URGENT – K {k} – {nm} (chaise {chair})", f"Valeur critique K+ {k} {nm}",
                           f"{nm} : potassium {k} ce matin"])
        body = rng.choice([
            f"Le labo vient d'appeler. ECG fait : ondes T pointues. On le/la branche en premier. Tu passes?\n\n{rn.given}",
            f"{neph.display('fr')}, le potassium pré-dialyse est à {k}. Bain à 1 K demandé? Pas d'ECG encore.\n\n{C.signature(rng, rn, 'fr', 0)}",
            f"Pour info – déjà avisé le néphrologue de garde. Kayexalate non donné.\n\n{rn.given}"])
    else:
        subj = rng.choice([f"URGENT – K {k} – {nm} (chair {chair})", f"Critical K+ {k} {nm}",
                           f"{nm}: potassium {k} this am"])
        body = rng.choice([
            f"Lab just called. ECG done: peaked T waves. Putting them on first. Can you come by?\n\n{rn.given}",
            f"Pre-dialysis potassium is {k}. OK for 1K bath? No ECG yet.\n\n{C.signature(rng, rn, 'en', 0)}",
            f"FYI – on-call nephrologist already paged. No Kayexalate given.\n\n{rn.given}"])
    types = ["patient_name", "lab_result"]
    if "Kayexalate" in body:
        types.append("medication")
    if "T pointues" in body or "peaked T" in body:
        types.append("diagnosis")
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(rn, lang), to=[who(neph, lang)], subject=subj, body=body,
                  importance="High", layout=rng.choice(["plain", "plain", "html"]))
    return result("critical_lab", lang, types, "critical potassium for a named patient, mostly in the subject", raw)


# ------------------------------------------------------------------ 6 transplant referral
def transplant_referral(rng, lang):
    inst = C.pick_inst(rng, lang)
    tx_inst = "chues" if C.INST[inst]["prov"] == "QC" and lang == "fr" else ("stb" if C.INST[inst]["prov"] == "ON" else "chues")
    neph = C.staff(rng, lang, "neph", inst)
    coord = C.staff(rng, lang, "tx", tx_inst)
    p = pick_patient(rng, lang, inst, amin=25, amax=72)
    cause = rng.choice(K.CAUSES[lang])
    comorb = rng.sample(K.COMORB[lang], 2)
    meds = rng.sample(K.MEDS[lang], 4)
    bg = K.blood_group(rng)
    start = _dt.date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))
    idt, it = id_line(rng, p, lang)
    types = ["patient_name", "date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact"] + it
    sero = K.SEROLOGY[lang](rng)
    pra = rng.choice([0, 0, 12, 35, 68, 97])
    if lang == "fr":
        title = "Demande d'évaluation prégreffe rénale"
        paras = [f"Patient(e) : {p.given} {p.surname}   Sexe : {p.sex}   Né(e) le : {dob_str(rng, p, 'fr')}",
                 idt, f"Adresse : {p.address}   Tél. : {p.phone}",
                 f"Cause de l'IRC : {cause}. Hémodialyse depuis le {C.fmt_date(start, 'fr', 1)} ({C.INST[inst]['short']}).",
                 "Antécédents : " + "; ".join(comorb) + ".",
                 "Médication : " + "; ".join(meds) + ".",
                 f"Groupe sanguin {bg}. PRA calculé {pra} %. {sero}.",
                 rng.choice(["Bon soutien familial, sa fille est intéressée à être donneuse.",
                             "Aucun donneur vivant identifié pour l'instant.",
                             "Non-fumeur depuis 2021. Bonne observance au traitement."]),
                 f"Merci de le/la convoquer en clinique prégreffe.\n\n{neph.display('fr')}, néphrologue – {C.INST[inst]['name']}"]
        subj = rng.choice([f"Référence prégreffe – {p.surname}, {p.given}", "Demande d'évaluation prégreffe",
                           "Nouvelle référence greffe rénale"])
        body = (f"{C.greet(rng, 'fr', coord.given)}\n\nVous trouverez ci-joint la demande d'évaluation "
                f"pour {C.title(p, 'fr')} {p.surname}. Les bilans complets suivent par OACIS/DSQ.\n\n"
                f"{C.closing(rng, 'fr')}\n{C.signature(rng, neph, 'fr')}")
        fname = rng.choice([f"Reference_pregreffe_{p.surname}.pdf", "Demande prégreffe.docx",
                            f"{p.surname}_{p.given}_prégreffe.pdf", "reference.pdf"])
    else:
        title = "Referral for kidney transplant assessment"
        paras = [f"Patient: {p.given} {p.surname}   Sex: {p.sex}   DOB: {dob_str(rng, p, 'en')}",
                 idt, f"Address: {p.address}   Tel: {p.phone}",
                 f"Cause of ESKD: {cause}. On hemodialysis since {C.fmt_date(start, 'en', 1)} ({C.INST[inst]['short']}).",
                 "PMHx: " + "; ".join(comorb) + ".",
                 "Medications: " + "; ".join(meds) + ".",
                 f"Blood group {bg}. cPRA {pra}%. {sero}.",
                 rng.choice(["Good family support; daughter interested in donating.",
                             "No living donor identified yet.",
                             "Quit smoking 2021. Adherent to dialysis."]),
                 f"Please book in pre-transplant clinic.\n\n{neph.display('en')}, Nephrology – {C.INST[inst]['name']}"]
        subj = rng.choice([f"Pre-transplant referral – {p.surname}, {p.given}", "Transplant assessment referral",
                           "New kidney tx referral"])
        body = (f"{C.greet(rng, 'en', coord.given)}\n\nPlease find attached the referral for "
                f"{C.title(p, 'en')} {p.surname}. Full bloodwork to follow.\n\n"
                f"{C.closing(rng, 'en')}\n{C.signature(rng, neph, 'en')}")
        fname = rng.choice([f"Tx_referral_{p.surname}.pdf", "Transplant referral.docx",
                            f"{p.surname}_{p.given}_referral.pdf", "referral.pdf"])
    paras = [C.gz(x, p.sex) for x in paras]
    if fname.endswith(".docx"):
        data = F.make_docx(title, paras, author=neph.full, header_text=C.INST[inst]["name"])
        kind = "docx"
    else:
        data = F.make_pdf(title, paras, compress=rng.random() < 0.5, author=neph.full,
                          footer=C.INST[inst]["addr"])
        kind = "pdf"
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(neph, lang), to=[who(coord, lang)], subject=subj, body=body,
                  attachments=[dict(kind=kind, data=data, filename=fname)])
    return result("transplant_referral", lang, types, "pre-transplant referral letter attached", raw)


# ------------------------------------------------------------------ 7 living donor
def living_donor(rng, lang):
    inst = "chues" if lang == "fr" else rng.choice(["stb", "wlh"])
    coord = C.staff(rng, lang, "donor", inst)
    team = [C.staff(rng, lang, r, inst) for r in ("neph", "surg", "sw")]
    prov = C.INST[inst]["prov"]
    rec = pick_patient(rng, lang, inst, amin=30, amax=70)
    donor = C.new_patient(rng, "fr" if lang == "fr" else "en", prov, 25, 65)
    donor.surname = rng.choice([rec.surname, donor.surname])
    rel_fr = rng.choice(["sœur", "conjointe", "amie de longue date", "fille", "cousine"] if donor.sex == "F"
                        else ["frère", "conjoint", "ami de longue date", "fils", "cousin"])
    rel_en = rng.choice(["sister", "wife", "long-time friend", "daughter", "cousin"] if donor.sex == "F"
                        else ["brother", "husband", "long-time friend", "son", "cousin"])
    gfr = rng.randint(78, 118)
    ct = _dt.date(2025, rng.randint(2, 11), rng.randint(1, 28))
    dec = "," if lang == "fr" else "."
    a1c = f"{rng.uniform(5.1, 6.3):.1f}".replace(".", dec)
    issue_fr = rng.choice(["TA ambulatoire limite (moy. 136/84)", "IMC 33, perte de poids demandée",
                           "microhématurie à recontrôler", "aucun problème identifié",
                           "anxiété importante, suivi psychosocial recommandé"])
    issue_en = rng.choice(["borderline ABPM (mean 136/84)", "BMI 33, weight loss requested",
                           "microscopic hematuria to repeat", "no issues identified",
                           "significant anxiety, psychosocial follow-up recommended"])
    types = ["patient_name", "lab_result", "date_of_birth", "diagnosis"]
    rec_id, it = id_line(rng, rec, lang, with_mrn=False) if rng.random() < 0.5 else ("", [])
    types += it
    if lang == "fr":
        subj = rng.choice([f"Donneur vivant – {donor.given} {donor.surname} pour {rec.surname}",
                           "Évaluation donneur – mise à jour", "Bilan donneur : résultats"])
        body = (f"{C.greet(rng, 'fr', 'à tous')}\n\nMise à jour pour le/la donneur(se) potentiel(le) "
                f"{donor.given} {donor.surname} (né(e) le {dob_str(rng, donor, 'fr')}), {rel_fr} de "
                f"{rec.given} {rec.surname}" + (f" ({rec_id})" if rec_id else "")
                + f", en attente de greffe pour {rng.choice(K.CAUSES['fr'])}.\n\n"
                f"- Groupe ABO compatible, épreuve croisée par cytométrie négative\n"
                f"- DFG mesuré (iohexol) : {gfr} mL/min/1,73 m²\n- HbA1c {a1c} %\n- Point à discuter : {issue_fr}\n"
                f"- Angio-TDM rénale prévue le {C.fmt_date(ct, 'fr', 1)}\n\n"
                f"On en discute au comité de jeudi.\n\n{C.signature(rng, coord, 'fr')}")
    else:
        subj = rng.choice([f"Living donor – {donor.given} {donor.surname} for {rec.surname}",
                           "Donor work-up update", "Donor results"])
        body = (f"{C.greet(rng, 'en', 'all')}\n\nUpdate on potential donor {donor.given} {donor.surname} "
                f"(DOB {dob_str(rng, donor, 'en')}), {rel_en} of {rec.given} {rec.surname}"
                + (f" ({rec_id})" if rec_id else "")
                + f", waitlisted for {rng.choice(K.CAUSES['en'])}.\n\n"
                f"- ABO compatible, flow crossmatch negative\n- Measured GFR (iohexol): {gfr} mL/min/1.73m2\n"
                f"- HbA1c {a1c}%\n- To discuss: {issue_en}\n- CT angiogram booked {C.fmt_date(ct, 'en', 1)}\n\n"
                f"We'll discuss at Thursday's selection meeting.\n\n{C.signature(rng, coord, 'en')}")
    raw = compose(rng, lang=lang, sex=donor.sex, frm=who(coord, lang), to=[who(s, lang) for s in team], subject=subj, body=body)
    return result("living_donor", lang, types, "living donor work-up results naming donor and recipient", raw)


# ------------------------------------------------------------------ 8 vascular access
def vascular_access(rng, lang):
    inst = C.pick_inst(rng, lang)
    nurse = C.staff(rng, lang, "access", inst)
    surg = C.staff(rng, lang, "surg", inst)
    p = pick_patient(rng, lang, inst)
    acc = rng.choice(K.ACCESS[lang][:4])
    qa = rng.randint(280, 520)
    qa0 = rng.randint(850, 1400)
    vp = rng.randint(190, 260)
    idt, it = id_line(rng, p, lang)
    nm = C.name_variant(rng, p, lang, [0, 1, 2, 4])
    types = ["patient_name", "diagnosis", "lab_result"] + it
    if lang == "fr":
        subj = rng.choice([f"Fistulographie demandée – {nm}", "Référence accès vasculaire",
                           f"FAV dysfonctionnelle {p.surname}"])
        body = (f"{C.greet(rng, 'fr', surg.display('fr'))}\n\nJe vous réfère {nm}, {idt}.\n\n"
                f"Accès : {acc}, créé en {rng.randint(2019, 2024)}.\n"
                f"Débit d'accès (dilution) : {qa} mL/min (vs {qa0} il y a 3 mois).\n"
                f"Pressions veineuses : {vp} mmHg à Qb 350. "
                + rng.choice(["Saignement prolongé post-ponction (> 20 min).", "Recirculation 18 %.",
                              "Bras œdématié, veines collatérales au thorax.", "Thrill diminué, souffle aigu."])
                + f"\nKt/V passé de 1,45 à {rng.uniform(1.0, 1.2):.2f}".replace(".", ",")
                + f".\n\nSuspicion de sténose de l'anastomose veineuse. Merci d'évaluer pour fistulographie ± angioplastie.\n\n"
                f"{C.signature(rng, nurse, 'fr')}")
    else:
        subj = rng.choice([f"Fistulogram request – {nm}", "Access referral", f"AVF dysfunction {p.surname}"])
        body = (f"{C.greet(rng, 'en', surg.display('en'))}\n\nReferring {nm}, {idt}.\n\n"
                f"Access: {acc}, created {rng.randint(2019, 2024)}.\nAccess flow (dilution): {qa} mL/min "
                f"(vs {qa0} three months ago).\nVenous pressures {vp} mmHg at Qb 350. "
                + rng.choice(["Prolonged bleeding post-needling (>20 min).", "Recirculation 18%.",
                              "Arm swollen, chest wall collaterals.", "Weak thrill, high-pitched bruit."])
                + f"\nKt/V down from 1.45 to {rng.uniform(1.0, 1.2):.2f}.\n\n"
                f"Suspect venous outflow stenosis – please assess for fistulogram +/- angioplasty.\n\n"
                f"{C.signature(rng, nurse, 'en')}")
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(nurse, lang), to=[who(surg, lang)], subject=subj, body=body)
    return result("vascular_access", lang, types, "vascular access referral with flow measurements", raw)


# ------------------------------------------------------------------ 9 dietitian note
def dietitian_note(rng, lang):
    inst = C.pick_inst(rng, lang)
    diet = C.staff(rng, lang, "diet", inst)
    to = C.staff(rng, lang, rng.choice(["neph", "rn"]), inst)
    p = pick_patient(rng, lang, inst, nam=rng.random() < 0.3)
    dec = "," if lang == "fr" else "."
    k = f"{rng.uniform(5.6, 6.6):.1f}".replace(".", dec)
    po4 = f"{rng.uniform(1.9, 2.7):.2f}".replace(".", dec)
    alb = rng.randint(27, 34)
    gain = f"{rng.uniform(2.8, 4.6):.1f}".replace(".", dec)
    nm = C.name_variant(rng, p, lang, [0, 2, 3, 5])
    social = rng.random() < 0.6
    types = ["patient_name", "lab_result", "medication"] + (["social_information"] if social else [])
    idt, it = (id_line(rng, p, lang) if rng.random() < 0.5 else ("", []))
    types += it
    if lang == "fr":
        subj = rng.choice([f"Suivi nutrition – {nm}", "Note nutritionniste – K et phosphore", f"RE: {nm} potassium"])
        body = (f"{C.greet(rng, 'fr', to.given)}\n\nJ'ai rencontré {nm} en dialyse ce matin" + (f" ({idt})" if idt else "") + ". "
                f"K pré-HD {k}, phosphore {po4}, albumine {alb} g/L, prise de poids interdialytique moyenne {gain} kg.\n\n"
                "Au rappel de 24 h : " + rng.choice(["jus d'orange tous les matins, bananes, pommes de terre non trempées.",
                                                    "beaucoup de mets préparés et de charcuteries (sodium ++).",
                                                    "sauté des repas, ne prend pas ses chélateurs quand il/elle mange à l'extérieur."])
                + f"\nJe suggère sévélamer 1600 mg aux repas au lieu de 800 mg, à confirmer avec vous.\n"
                + (("\n" + rng.choice(["Vit seul(e) avec un budget très serré (aide sociale); référé(e) à la banque alimentaire "
                                       "et à la popote roulante.", "Le conjoint fait l'épicerie mais ne lit pas le français; "
                                       "j'ai demandé un interprète pour la prochaine rencontre.",
                                       "Insécurité alimentaire importante depuis la perte d'emploi du conjoint."]) + "\n") if social else "")
                + f"\n{C.closing(rng, 'fr')}\n{C.signature(rng, diet, 'fr')}")
    else:
        subj = rng.choice([f"Nutrition follow-up – {nm}", "RD note – K and phos", f"RE: {nm} potassium"])
        body = (f"{C.greet(rng, 'en', to.given)}\n\nSaw {nm} on the unit this morning" + (f" ({idt})" if idt else "") + ". "
                f"Pre-HD K {k}, phos {po4}, albumin {alb} g/L, average IDWG {gain} kg.\n\n"
                "24-h recall: " + rng.choice(["orange juice every morning, bananas, potatoes not leached.",
                                              "lots of frozen dinners and deli meat (sodium++).",
                                              "skips meals, doesn't take binders when eating out."])
                + f"\nSuggest sevelamer 1600 mg with meals instead of 800 mg – please confirm.\n"
                + (("\n" + rng.choice(["Lives alone on a very tight budget (Ontario Works); referred to food bank and Meals on Wheels.",
                                       "Spouse does the shopping but doesn't read English; requested interpreter for next visit.",
                                       "Significant food insecurity since spouse lost their job."]) + "\n") if social else "")
                + f"\n{C.closing(rng, 'en')}\n{C.signature(rng, diet, 'en')}")
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(diet, lang), to=[who(to, lang)], subject=subj, body=body)
    return result("dietitian_note", lang, types, "renal dietitian note with K/phosphate and binder change", raw)


# ------------------------------------------------------------------ 10 social work
def social_work(rng, lang):
    inst = C.pick_inst(rng, lang)
    prov = C.INST[inst]["prov"]
    sw = C.staff(rng, lang, "sw", inst)
    p = pick_patient(rng, lang, inst, amin=30)
    with_sin = rng.random() < 0.75
    if with_sin:
        p.sin = C.make_sin(rng)
    if lang == "fr":
        dest = rng.choice([("Intervenante CLSC – SAD", "sad.clsc@cisss-exemple.example"),
                           ("Office municipal d'habitation – demandes", "demandes@omh-exemple.example"),
                           ("Bureau de Services Québec – aide financière", "dossiers@sq-aide.example")])
        issue = rng.choice(K.SOCIAL["fr"])
        subj = rng.choice([f"Demande de soutien – {p.given} {p.surname}", "Situation psychosociale – usager en dialyse",
                           "Référence CLSC urgente", "Logement adapté – demande prioritaire"])
        body = (f"{C.greet(rng, 'fr')}\n\nJe suis {'travailleuse sociale' if sw.sex == 'F' else 'travailleur social'} au programme de néphrologie de "
                f"{C.INST[inst]['name']}. Je vous écris au sujet de {C.title(p, 'fr')} {p.given} {p.surname} "
                f"({dob_str(rng, p, 'fr')}), en hémodialyse trois fois par semaine.\n\n"
                f"Situation : {issue}. "
                + rng.choice(["Ses absences en dialyse ont augmenté (3 séances manquées ce mois-ci).",
                              "Le revenu actuel ne couvre pas le loyer et les médicaments non assurés.",
                              "La famille demande une évaluation pour une ressource intermédiaire."])
                + f"\nAdresse : {p.address}\nTél. : {p.phone}\n"
                + (f"NAS (pour le dossier d'aide financière) : {C.fmt_sin(p.sin, rng.randint(0, 5))}\n" if with_sin else "")
                + (f"{C.fmt_nam(p.nam, 0)}\n" if p.nam and rng.random() < 0.5 else "")
                + f"\nPouvez-vous me rappeler pour coordonner? {C.closing(rng, 'fr')}\n{C.signature(rng, sw, 'fr')}")
    else:
        dest = rng.choice([("Community Care Access – Intake", "intake@hcca-example.example"),
                           ("Housing Help Centre", "apply@housinghelp.example"),
                           ("ODSP caseworker", "caseworker@odsp-office.example")])
        issue = rng.choice(K.SOCIAL["en"])
        subj = rng.choice([f"Support request – {p.given} {p.surname}", "Psychosocial concerns – dialysis client",
                           "Urgent referral", "Priority housing application"])
        body = (f"{C.greet(rng, 'en')}\n\nI'm the social worker with the kidney program at "
                f"{C.INST[inst]['name']}, writing about {p.given} {p.surname} "
                f"(DOB {dob_str(rng, p, 'en')}), who dialyzes three times a week.\n\n"
                f"Situation: {issue}. "
                + rng.choice(["Missed treatments are increasing (3 this month).",
                              "Current income doesn't cover rent plus uninsured medications.",
                              "Family is asking about long-term care placement."])
                + f"\nAddress: {p.address}\nPhone: {p.phone}\n"
                + (f"SIN (for the benefits application): {C.fmt_sin(p.sin, rng.randint(0, 5))}\n" if with_sin else "")
                + (f"Health card {C.fmt_ohip(p.ohip, p.ohip_vc, 0)}\n" if p.ohip and rng.random() < 0.5 else "")
                + (f"RAMQ {C.fmt_nam(p.nam, 0)}\n" if p.nam and rng.random() < 0.5 else "")
                + f"\nCould you call me to coordinate? {C.closing(rng, 'en')}\n{C.signature(rng, sw, 'en')}")
    types = ["patient_name", "date_of_birth", "social_information", "patient_contact"]
    if with_sin:
        types.append("ca_sin")
    if p.nam and C.fmt_nam(p.nam, 0) in body:
        types.append("ramq_nam")
    if p.ohip and "Health card" in body:
        types.append("ca_health_number")
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(sw, lang), to=[dest], subject=subj, body=body)
    return result("social_work", lang, types, "social worker referral with housing/income situation", raw)


BUILDERS = [(chair_roster, 4), (schedule_change, 4), (transport_request, 4), (lab_trend, 4),
            (critical_lab, 4), (transplant_referral, 4), (living_donor, 4), (vascular_access, 4),
            (dietitian_note, 4), (social_work, 4)]
