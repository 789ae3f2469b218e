"""Positive templates, part A: bloodwork, supplies, training, transplant, water treatment."""
import datetime

from gen_build import Doc
from gen_common import (staff, signature, show_nam, show_mrn, fmt_date, fmt_phone, L, pick, ORG, OTHER_ORGS,
                        Person, STAFF)
from gen_clin import CAUSES, COMORB, COMPLICATIONS, MEDS, PD_SOLUTIONS, MODALITY, lab_panel, adequacy, t
from gen_tpl import greet, close, quote, join
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcard


def idbits(d, P, rng, lang, nam=False, dob=False, mrn=False, sep=" | "):
    """Identification line; adds the matching finding types to d."""
    bits = []
    if nam:
        bits.append(("NAM : " if lang == "fr" else rng.choice(["RAMQ: ", "Health card (RAMQ) "])) + show_nam(rng, P.nam))
        d.t("ramq_nam")
    if dob:
        bits.append(("DDN : " if lang == "fr" else "DOB: ") + fmt_date(P.dob, lang, rng))
        d.t("date_of_birth")
    if mrn:
        bits.append(show_mrn(rng, P.mrn, lang))
        d.t("mrn")
    return sep.join(bits)


def nm(d, P, rng, lang, style=None):
    d.t("patient_name")
    return P.name(rng, lang, style)


# ---------------------------------------------------------------------------
def monthly_labs(rng, pool, lang):
    d = Doc(rng, lang, "monthly_labs", True)
    P = pool.any(rng, nam_ok=True)
    nurse, neph = staff(rng, "nurse"), staff(rng, "neph")
    d.sender, d.to = nurse, [neph]
    panel, raw = lab_panel(rng, lang)
    sel = rng.sample(panel, rng.randint(4, 8))
    name = nm(d, P, rng, lang)
    show_id = P.nam is not None and rng.random() < 0.5
    ids = idbits(d, P, rng, lang, nam=show_id, mrn=not show_id and rng.random() < 0.5)
    d.t("lab_result")
    lines = "\n".join(f"  {k} : {v}" if lang == "fr" else f"  {k}: {v}" for k, v in sel)
    mod = rng.choice(["PD", "APD", "HHD", "NHHD"])
    plan = []
    if raw["po4"] > 1.9:
        m = MEDS[3] if rng.random() < 0.6 else MEDS[5]
        plan.append(L(lang, f"Phosphate encore élevé malgré le {t(lang, m).split(' ')[0]}; on augmente ? {P.il.capitalize()} dit prendre ses capsules aux repas.",
                      f"Phosphate still high on {t(lang, m).split(' ')[0]} - increase? Says {P.he} takes them with meals."))
        d.t("medication")
    if raw["hb"] < 95:
        plan.append(L(lang, f"Hb à {raw['hb']} : je suggère d'augmenter la darbépoétine à 60 mcg aux 2 semaines.",
                      f"Hb {raw['hb']}: suggest increasing darbepoetin to 60 mcg q2 weeks."))
        d.t("medication")
    if raw["k"] > 5.8:
        plan.append(L(lang, "Potassium limite : revoir la diète avec la nutritionniste (bananes, pommes de terre...).",
                      "K is borderline - will review diet with the dietitian."))
    if not plan:
        plan.append(L(lang, "Rien d'alarmant, à revoir en clinique.", "Nothing alarming, will review at clinic."))
    subj = pick(rng, lang, ["Bilans mensuels", "Prises de sang du mois", "Résultats labo - {x}", "Bilan {m}"],
                ["Monthly bloods", "Monthly labs - {x}", "Bloodwork results", "Labs for review"])
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    d.subject = subj.format(x=P.name(rng, lang, "init_sur") if rng.random() < 0.5 else "", m=mois[d.date.month - 1]).rstrip(" -")
    if "{x}" in subj:
        d.t("patient_name")
    d.body = join(greet(rng, lang, neph.given),
                  "",
                  L(lang, f"Voici les résultats du bilan mensuel de {name} ({t(lang, MODALITY[mod])}) prélevé le {fmt_date(d.date.date() - datetime.timedelta(days=rng.randint(1, 4)), lang, rng)} :",
                    f"Here are the monthly bloods for {name} ({t(lang, MODALITY[mod])}), drawn {fmt_date(d.date.date() - datetime.timedelta(days=rng.randint(1, 4)), lang, rng)}:"),
                  ids if ids else None,
                  "", lines, "", adequacy(rng, lang, mod) if rng.random() < 0.5 else None, "",
                  "\n".join(plan), "", close(rng, lang), signature(rng, nurse, lang))
    d.note = "monthly bloodwork of one patient sent to nephrologist"
    return d


def lab_roster_xlsx(rng, pool, lang):
    d = Doc(rng, lang, "lab_roster_xlsx", True)
    nurse = staff(rng, "nurse")
    d.sender = nurse
    d.to = [staff(rng, "neph"), staff(rng, "neph")]
    d.cc = [staff(rng, "diet")]
    use_nam = rng.random() < 0.7
    pts = [pool.any(rng, nam_ok=True, need_nam=use_nam) for _ in range(rng.randint(6, 12))]
    hdr = (["Nom", "Prénom", "NAM" if use_nam else "Dossier", "Modalité", "Hb", "K", "PO4", "PTH", "Albumine", "Commentaire"]
           if lang == "fr" else ["Last name", "First name", "RAMQ" if use_nam else "MRN", "Modality", "Hb", "K", "PO4", "PTH",
                                  "Albumin", "Comment"])
    rows = [hdr]
    for P in pts:
        _, raw = lab_panel(rng, lang)
        com = ""
        if raw["k"] > 6:
            com = L(lang, "K élevé - rappeler", "high K - call back")
        elif raw["hb"] < 90:
            com = L(lang, "ajuster ASE", "adjust ESA")
        rows.append([P.surname, P.given, P.nam if use_nam else P.mrn, rng.choice(["DPA", "DPCA", "HDD", "HDN"]) if lang == "fr"
                     else rng.choice(["APD", "CAPD", "HHD", "NHHD"]), raw["hb"], raw["k"], raw["po4"], raw["pth"], raw["alb"], com])
    d.t("patient_name", "lab_result", "ramq_nam" if use_nam else "mrn")
    month = rng.choice([("janvier", "January"), ("février", "February"), ("avril", "April"), ("juin", "June"),
                        ("septembre", "September")])
    fn = L(lang, f"bilans_{month[0]}_2025_domicile.xlsx", f"home_dialysis_bloods_{month[1]}_2025.xlsx")
    xl = make_xlsx([(L(lang, "Bilans", "Bloods"), rows)], author=nurse.full)
    d.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xl, fn)
    d.subject = L(lang, f"Tableau des bilans - {month[0]}", f"Bloodwork table - {month[1]}")
    d.body = join(greet(rng, lang), "",
                  L(lang, "Ci-joint le tableau des bilans du mois pour la revue de jeudi. J'ai surligné les potassiums à rappeler.",
                    "Attached is this month's bloodwork table for Thursday's review. Potassiums to call back are flagged."),
                  L(lang, "Merci de m'indiquer les ajustements d'ASE et de chélateurs d'ici mercredi midi.",
                    "Please send me ESA / binder changes by Wednesday noon."),
                  "", close(rng, lang), signature(rng, nurse, lang))
    d.note = "spreadsheet of monthly bloodwork, several patients"
    return d


def critical_lab(rng, pool, lang):
    d = Doc(rng, lang, "critical_lab", True)
    P = pool.any(rng, nam_ok=True)
    labp = Person(*STAFF["ext"][rng.randrange(len(STAFF["ext"]))], role="ext", domain=OTHER_ORGS["lab"][1])
    nurse = staff(rng, "nurse")
    d.sender, d.to = labp, [nurse]
    d.cc = [("Garde néphrologie" if lang == "fr" else "Nephrology on call", f"garde.nephro@{ORG['dom']}")]
    k = round(rng.uniform(6.4, 7.4), 1)
    name = nm(d, P, rng, lang, rng.choice(["SUR_given", "sur_comma", "full"]))
    d.t("lab_result")
    ids = idbits(d, P, rng, lang, nam=P.nam is not None and rng.random() < 0.6, dob=rng.random() < 0.5,
                 mrn=rng.random() < 0.4)
    val = str(k).replace(".", ",") if lang == "fr" else str(k)
    if rng.random() < 0.5:
        d.subject = L(lang, f"VALEUR CRITIQUE - K+ {val} - {P.surname.upper()}", f"CRITICAL VALUE - K {val} - {P.surname.upper()}")
    else:
        d.subject = L(lang, "Valeur critique à communiquer", "Critical value notification")
    d.body = join(L(lang, "Valeur critique — communication obligatoire", "Critical result — mandatory notification"), "",
                  L(lang, f"Patient : {name}", f"Patient: {name}"), ids or None,
                  L(lang, f"Analyse : potassium sérique {val} mmol/L (hémolyse : non)", f"Test: serum potassium {val} mmol/L (haemolysis: none)"),
                  L(lang, "Prélèvement à domicile (programme HDD/DP)", "Home draw (home dialysis program)"),
                  L(lang, f"Tentative d'appel au {ORG['oncall']} sans réponse à {d.date.strftime('%H h %M')}.",
                    f"Phone attempt to {ORG['oncall']} unanswered at {d.date.strftime('%H:%M')}."),
                  "", L(lang, "Veuillez confirmer la réception par retour de courriel.", "Please confirm receipt by reply."),
                  signature(rng, labp, lang, 0))
    d.note = "critical potassium from lab"
    return d


def supply_delivery(rng, pool, lang):
    d = Doc(rng, lang, "supply_delivery", True)
    P = pool.any(rng, nam_ok=True)
    nurse = staff(rng, rng.choice(["nurse", "clerk"]))
    rep = Person(*STAFF["rep"][rng.randrange(2)], role="rep", domain=OTHER_ORGS["supplier"][1])
    d.sender, d.to = nurse, [("Commandes NéphroLogis" if lang == "fr" else "NephroLogis Orders", f"commandes@{OTHER_ORGS['supplier'][1]}")]
    if rng.random() < 0.5:
        d.cc = [rep]
    name = nm(d, P, rng, lang, rng.choice(["full", "title_full", "SUR_given", "sur_comma"]))
    d.t("patient_contact", "medication")
    sols = rng.sample(PD_SOLUTIONS, rng.randint(2, 3))
    qty = [rng.randint(8, 40) for _ in sols]
    items = "\n".join(f"- {q} {L(lang, 'boîtes', 'cases')} {t(lang, s)}" for q, s in zip(qty, sols))
    extra = L(lang, f"- {rng.randint(20, 35)} ensembles de tubulure pour cycleur\n- {rng.randint(1, 3)} boîtes de bouchons d'isolement",
              f"- {rng.randint(20, 35)} cycler tubing sets\n- {rng.randint(1, 3)} boxes of minicaps")
    phone = fmt_phone(rng, P.phone if rng.random() < 0.6 else P.cell)
    day = fmt_date(d.date.date() + datetime.timedelta(days=rng.randint(3, 9)), lang, rng, 1)
    access = pick(rng, lang, ["Entrée par le garage, sonner deux fois.", "Le patient est au 2e étage sans ascenseur, prévoir le diable.",
                              "Chien dans la cour, appeler avant d'arriver.", "Laisser les boîtes dans le sous-sol (porte de côté)."],
                  ["Use the side door, ring twice.", "Second floor walk-up, bring the dolly.", "Dog in the yard, call before arriving.",
                   "Leave the boxes in the basement (side door)."])
    d.subject = pick(rng, lang, ["Commande de livraison - {s}", "Livraison DP à domicile", "Modif. commande {s}"],
                     ["Delivery order - {s}", "Home PD delivery", "Order change {s}"]).format(s=P.surname)
    if P.surname in d.subject:
        d.t("patient_name")
    d.body = join(greet(rng, lang), "",
                  L(lang, f"Merci de livrer la commande suivante pour {name} le {day} :",
                    f"Please deliver the following to {name} on {day}:"),
                  "", items, extra, "",
                  L(lang, f"Adresse : {P.address()}", f"Address: {P.address()}"),
                  L(lang, f"Téléphone : {phone}", f"Phone: {phone}"),
                  access, "",
                  L(lang, "Prescription au dossier : " + t(lang, MODALITY[rng.choice(['APD', 'CAPD'])]) + ", volume total 10 L/nuit.",
                    "Current prescription: " + t(lang, MODALITY[rng.choice(['APD', 'CAPD'])]) + ", total volume 10 L/night."),
                  "", close(rng, lang), signature(rng, nurse, lang))
    d.note = "supply delivery order with home address"
    return d


def delivery_csv(rng, pool, lang):
    d = Doc(rng, lang, "delivery_csv", True)
    clerk = staff(rng, "clerk")
    d.sender = clerk
    d.to = [("Répartition NéphroLogis" if lang == "fr" else "NephroLogis dispatch", f"repartition@{OTHER_ORGS['supplier'][1]}")]
    pts = [pool.any(rng, nam_ok=True) for _ in range(rng.randint(5, 9))]
    hdr = (["Nom", "Adresse", "Ville", "Code postal", "Téléphone", "Produit principal", "Qté", "Remarque"] if lang == "fr"
           else ["Name", "Address", "Town", "Postal code", "Phone", "Main product", "Qty", "Note"])
    rows = [hdr]
    for k, P in enumerate(pts):
        rows.append([P.name(rng, lang, "sur_comma"), P.street, P.town, P.postal, P.phone,
                     t(lang, rng.choice(PD_SOLUTIONS)) if k == 0 or rng.random() < 0.75 else L(lang, "concentré acide 2K/2,5Ca", "acid concentrate 2K/2.5Ca"),
                     rng.randint(6, 40), rng.choice(["", "", L(lang, "appeler 30 min avant", "call 30 min ahead"),
                                                      L(lang, "fauteuil roulant - livrer au rdc", "wheelchair - ground floor")])])
    d.t("patient_name", "patient_contact", "medication")
    delim = rng.choice([",", ";"])
    csvtext = make_csv(rows, delim)
    fn = L(lang, f"tournee_livraison_secteur_{rng.choice(['nord', 'sud', 'est'])}.csv", f"delivery_route_{rng.choice(['north', 'south', 'east'])}.csv")
    d.attach("text/csv", csvtext, fn, charset=rng.choice(["utf-8", "windows-1252"]))
    d.subject = L(lang, "Tournée de livraison semaine prochaine", "Next week's delivery route")
    d.body = join(greet(rng, lang), "",
                  L(lang, "Voici l'export de la tournée. Deux nouveaux patients cette semaine, les autres sont inchangés.",
                    "Here is the route export. Two new patients this week, the others are unchanged."),
                  "", close(rng, lang), signature(rng, clerk, lang))
    d.note = "CSV delivery route with names and home addresses"
    return d


def training_booking(rng, pool, lang):
    d = Doc(rng, lang, "training_booking", True)
    P = pool.any(rng, nam_ok=True)
    nurse, mgr = staff(rng, "nurse"), staff(rng, "manager")
    d.sender = mgr
    d.to = [nurse, staff(rng, "nurse")]
    mod = rng.choice(["PD", "HHD", "NHHD", "APD"])
    cause = rng.choice(CAUSES)
    name = nm(d, P, rng, lang)
    d.t("diagnosis")
    start = d.date.date() + datetime.timedelta(days=rng.randint(7, 30))
    weeks = 3 if mod in ("PD", "APD") else rng.choice([6, 8])
    care = rng.choice([L(lang, f"{'Son conjoint' if P.sex == 'F' else 'Sa conjointe'} sera présent{'' if P.sex == 'F' else 'e'} à toutes les séances comme aidant{'' if P.sex == 'F' else 'e'}.", f"{P.his.capitalize()} spouse will attend all sessions as care partner."),
                       L(lang, f"Vit seul{P.e}; évaluer l'autonomie pour les ponctions.", "Lives alone; assess independence with cannulation."),
                       L(lang, "Vision diminuée (rétinopathie) : prévoir matériel à gros caractères.", "Reduced vision (retinopathy): large-print material."),
                       ""])
    if "rétino" in care or "retino" in care:
        pass
    d.subject = pick(rng, lang, ["Formation {m} - nouveau patient", "Début de formation le {s}", "Planification formation"],
                     ["{m} training - new patient", "Training starts {s}", "Training schedule"]).format(
        m=L(lang, "HDD" if "HD" in mod else "DP", "HHD" if "HD" in mod else "PD"), s=fmt_date(start, lang, rng, 1))
    ics = None
    if rng.random() < 0.5:
        st = datetime.datetime.combine(start, datetime.time(8, 30))
        ics = make_ics(f"{rng.getrandbits(48):012x}@chutr.example", L(lang, f"Formation {t(lang, MODALITY[mod])} - {P.full}",
                                                                       f"{t(lang, MODALITY[mod])} training - {P.full}"),
                       st, st + datetime.timedelta(hours=4), L(lang, "Salle de formation C-3.12", "Training room C-3.12"),
                       L(lang, f"Semaine 1 de {weeks}. IRC terminale sur {cause[0]}.", f"Week 1 of {weeks}. ESKD secondary to {cause[1]}."),
                       (mgr.full, mgr.email), [(nurse.full, nurse.email)])
        d.attach("text/calendar", ics, "invite.ics", params={"method": "REQUEST"}, disposition="attachment")
    d.body = join(greet(rng, lang, nurse.given), "",
                  L(lang, f"{name} débute sa formation en {t(lang, MODALITY[mod])} le {fmt_date(start, lang, rng)} ({weeks} semaines, lundi au jeudi, 8 h 30 à 12 h 30).",
                    f"{name} starts {t(lang, MODALITY[mod])} training on {fmt_date(start, lang, rng)} ({weeks} weeks, Mon-Thu, 8:30-12:30)."),
                  L(lang, f"Diagnostic : insuffisance rénale terminale secondaire à {cause[0]}.", f"Diagnosis: end-stage kidney disease secondary to {cause[1]}."),
                  care or None,
                  L(lang, f"{nurse.given}, tu seras la formatrice principale.", f"{nurse.given}, you will be the primary trainer."),
                  "", close(rng, lang), signature(rng, mgr, lang))
    d.note = "training booking with diagnosis"
    return d


def transplant_referral(rng, pool, lang):
    d = Doc(rng, lang, "transplant_referral", True)
    P = pool.nam_adult(rng)
    neph = staff(rng, "neph")
    coord = Person("Ariane", "Legault", "F", "coord", OTHER_ORGS["transplant"][1])
    d.sender, d.to = neph, [coord]
    d.cc = [staff(rng, "nurse")]
    cause, com = rng.choice(CAUSES), rng.sample(COMORB, 2)
    meds = rng.sample(MEDS[:14], 5)
    panel, raw = lab_panel(rng, lang)
    blood = rng.choice(["O+", "A+", "B+", "AB+", "O-", "A-"])
    lines = [L(lang, "Objet : demande d'évaluation pour transplantation rénale", "Re: referral for kidney transplant assessment"), None,
             L(lang, f"Patient{P.e} : {P.full}", f"Patient: {P.full}"),
             f"NAM : {show_nam(rng, P.nam, rng.choice(['plain', 'sp', 'dash']))}" if lang == "fr" else f"RAMQ: {show_nam(rng, P.nam, 'plain')}",
             L(lang, f"Date de naissance : {fmt_date(P.dob, lang, rng, 0)}   Sexe : {P.sex}", f"Date of birth: {fmt_date(P.dob, lang, rng, 0)}   Sex: {P.sex}"),
             L(lang, f"Adresse : {P.address()}", f"Address: {P.address()}"), None,
             L(lang, f"Maladie rénale : {cause[0]}. Dialyse à domicile ({t(lang, MODALITY['PD'])}) depuis {rng.randint(2016, 2024)}.",
               f"Kidney disease: {cause[1]}. On home dialysis ({t(lang, MODALITY['PD'])}) since {rng.randint(2016, 2024)}."),
             L(lang, f"Antécédents : {com[0][0]}; {com[1][0]}.", f"History: {com[0][1]}; {com[1][1]}."),
             L(lang, f"Groupe sanguin : {blood}", f"Blood group: {blood}"), None,
             L(lang, "Médication actuelle :", "Current medications:")] + [f"  - {t(lang, m)}" for m in meds] + [None,
             L(lang, "Derniers résultats :", "Latest results:")] + [f"  {k} {v}" for k, v in panel[:6]] + [None,
             L(lang, "Donneur vivant potentiel : " + rng.choice(["sœur", "conjoint", "fils", "aucun identifié"]),
               "Potential living donor: " + rng.choice(["sister", "spouse", "son", "none identified"])), None,
             L(lang, f"{neph.doctor(lang)}, néphrologue", f"{neph.doctor(lang)}, nephrologist")]
    pdf = make_pdf(L(lang, "Demande de consultation - transplantation", "Transplant referral"), lines,
                   compress=rng.random() < 0.6, letterhead=[ORG["hosp_fr"] if lang == "fr" else ORG["hosp_en"], ORG["fr"], ORG["addr"]])
    d.t("patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact")
    fn = rng.choice([f"referral_{P.surname}.pdf", f"Demande_greffe_{P.surname}_{P.given}.pdf", "demande_consultation.pdf",
                     f"reference_greffe_{d.date.strftime('%Y%m%d')}.pdf"])
    d.attach("application/pdf", pdf, fn)
    d.subject = pick(rng, lang, ["Référence en greffe rénale", "Nouvelle demande - bilan prégreffe", "Référence - {s}"],
                     ["Kidney transplant referral", "New referral - pre-transplant workup", "Referral - {s}"]).format(s=P.surname)
    d.body = join(greet(rng, lang, "Ariane"), "",
                  L(lang, f"Vous trouverez ci-joint une demande d'évaluation pour la liste de greffe. Patient{P.e} motivé{P.e}, bonne observance en dialyse à domicile.",
                    "Please find attached a referral for transplant listing assessment. Motivated, very adherent on home dialysis."),
                  L(lang, "Les sérologies et le groupe HLA ont été prélevés la semaine dernière.", "Serologies and HLA typing were drawn last week."),
                  "", close(rng, lang), signature(rng, neph, lang))
    d.note = "transplant referral letter PDF with NAM"
    return d


def transplant_workup_ics(rng, pool, lang):
    d = Doc(rng, lang, "transplant_workup_ics", True)
    P = pool.any(rng, nam_ok=True)
    coord = Person(*STAFF["coord"][rng.randrange(2)], role="coord", domain=OTHER_ORGS["transplant"][1])
    nurse = staff(rng, "nurse")
    d.sender, d.to = coord, [nurse]
    start = datetime.datetime.combine(d.date.date() + datetime.timedelta(days=rng.randint(10, 40)), datetime.time(rng.choice([8, 9, 13]), 0))
    exams = rng.sample([("échographie cardiaque", "echocardiogram"), ("épreuve d'effort au Persantin", "dipyridamole stress test"),
                        ("consultation en urologie", "urology consult"), ("tomodensitométrie abdominale", "abdominal CT"),
                        ("évaluation dentaire", "dental assessment"), ("consultation en psychiatrie", "psychiatry consult")], 3)
    desc = L(lang, "Bilan prégreffe rénale : " + ", ".join(e[0] for e in exams) + ". Patient" + P.e + " en dialyse péritonéale, à jeun pour l'échographie.",
             "Pre-transplant workup: " + ", ".join(e[1] for e in exams) + ". Patient on peritoneal dialysis, fasting for ultrasound.")
    pname = P.full if rng.random() < 0.5 else P.name(rng, lang, "SUR_given")
    d.t("patient_name", "diagnosis")
    mrn_txt = ""
    if rng.random() < 0.5:
        mrn_txt = " - " + show_mrn(rng, P.mrn, lang)
        d.t("mrn")
    ics = make_ics(f"{rng.getrandbits(48):012x}@hse.example", L(lang, f"Bilan prégreffe - {pname}", f"Pre-transplant workup - {pname}") + mrn_txt,
                   start, start + datetime.timedelta(hours=5), "Hôpital Sainte-Émérence, pavillon B, 2e étage", desc,
                   (coord.full, coord.email), [(nurse.full, nurse.email)])
    d.attach("text/calendar", ics, rng.choice(["invite.ics", "rendez-vous.ics", "meeting.ics"]), params={"method": "REQUEST"})
    d.subject = L(lang, "Invitation : journée de bilan prégreffe", "Invitation: pre-transplant workup day")
    d.body = join(greet(rng, lang, nurse.given), "",
                  L(lang, "Voici les rendez-vous regroupés. Pouvez-vous aviser le patient et ajuster sa dialyse la veille ?",
                    "Here are the grouped appointments. Could you let the patient know and adjust the dialysis the night before?"),
                  "", signature(rng, coord, lang))
    d.structure = rng.choice(["plain", "alt"])
    d.note = "calendar invitation for pre-transplant workup"
    return d


def water_tech_visit(rng, pool, lang):
    d = Doc(rng, lang, "water_tech_visit", True)
    P = pool.any(rng, nam_ok=True)
    tech = Person(*STAFF["watertech"][rng.randrange(2)], role="watertech", domain=OTHER_ORGS["water"][1])
    htech = staff(rng, "tech")
    d.sender, d.to = htech, [tech]
    d.cc = [staff(rng, "nurse")]
    name = nm(d, P, rng, lang, rng.choice(["title_full", "full", "sur_comma", "title_sur"]))
    d.t("patient_contact")
    day = fmt_date(d.date.date() + datetime.timedelta(days=rng.randint(2, 12)), lang, rng, 1)
    work = pick(rng, lang, ["installation du module d'osmose inverse et du préfiltre au charbon",
                            "remplacement de la membrane d'osmose et test de chlore total",
                            "visite de conformité : plomberie, drain et prise électrique dédiée 20 A",
                            "désinfection thermique et prélèvement pour culture et endotoxines"],
                ["installation of the RO unit and carbon pre-filter", "RO membrane replacement and total chlorine test",
                 "compliance visit: plumbing, drain and dedicated 20 A outlet",
                 "heat disinfection and sampling for culture and endotoxins"])
    ph = fmt_phone(rng, P.phone)
    diag = ""
    if rng.random() < 0.5:
        diag = L(lang, f" {P.il.capitalize()} commence l'hémodialyse nocturne à domicile dans 3 semaines, fistule fonctionnelle.",
                 " Starting nocturnal home haemodialysis in 3 weeks, fistula is working.")
        d.t("diagnosis")
    d.subject = pick(rng, lang, ["Visite technique à domicile - {d}", "Rendez-vous traitement d'eau {s}", "Installation HDD"],
                     ["Home technical visit - {d}", "Water treatment appointment {s}", "HHD install"]).format(d=day, s=P.surname)
    if P.surname in d.subject:
        d.t("patient_name")
    d.body = join(greet(rng, lang, tech.given), "",
                  L(lang, f"Peux-tu passer chez {name} le {day} en avant-midi pour {work} ?", f"Could you go to {name}'s home on {day} (AM) for {work}?"),
                  L(lang, f"Adresse : {P.address(rng.random() < 0.5)}", f"Address: {P.address(rng.random() < 0.5)}"),
                  L(lang, f"Tél. : {ph} (demander la conjointe si pas de réponse)", f"Phone: {ph} (ask for the spouse if no answer)") + diag,
                  "",
                  L(lang, "Dureté de l'eau municipale : 180 mg/L. Puits artésien ? Non.", "Municipal water hardness 180 mg/L. Well water? No."),
                  "", close(rng, lang), signature(rng, htech, lang))
    d.note = "water-treatment technician visit at patient's home"
    return d


def water_results(rng, pool, lang):
    d = Doc(rng, lang, "water_results", True)
    P = pool.any(rng, nam_ok=True)
    tech = Person(*STAFF["watertech"][rng.randrange(2)], role="watertech", domain=OTHER_ORGS["water"][1])
    d.sender, d.to = tech, [staff(rng, "tech"), staff(rng, "nurse")]
    cfu = rng.choice([12, 40, 160, 240])
    endo = rng.choice([0.03, 0.12, 0.4, 0.6])
    over = cfu >= 100 or endo >= 0.25
    d.t("patient_name", "patient_contact")
    rows = [L(lang, "Point de prélèvement", "Sample point") + " | " + L(lang, "Culture (UFC/mL)", "Culture (CFU/mL)") + " | " + L(lang, "Endotoxines (UE/mL)", "Endotoxin (EU/mL)"),
            f"{L(lang, 'Sortie osmoseur', 'RO outlet')} | {cfu} | {endo}",
            f"{L(lang, 'Dialysat', 'Dialysate')} | {max(1, cfu // 3)} | {endo / 2:.2f}"]
    lines = [L(lang, "Rapport d'analyse d'eau - hémodialyse à domicile", "Water analysis report - home haemodialysis"), None,
             L(lang, f"Domicile de : {P.full}", f"Home of: {P.full}"), L(lang, f"Adresse : {P.address()}", f"Address: {P.address()}"),
             L(lang, f"Date du prélèvement : {fmt_date(d.date.date() - datetime.timedelta(days=5), lang, rng, 0)}", f"Sample date: {fmt_date(d.date.date() - datetime.timedelta(days=5), lang, rng, 0)}"),
             None] + rows + [None, L(lang, "Conclusion : " + ("NON CONFORME - désinfection requise" if over else "conforme"),
                                       "Conclusion: " + ("OUT OF SPEC - disinfection required" if over else "within limits"))]
    pdf = make_pdf(L(lang, "Rapport eau HDD", "HHD water report"), lines, compress=True, letterhead=[OTHER_ORGS["water"][0]])
    d.attach("application/pdf", pdf, rng.choice(["rapport_eau.pdf", f"water_{d.date.strftime('%Y%m%d')}.pdf", f"culture_eau_{P.surname}.pdf"]))
    d.subject = L(lang, "Résultats culture d'eau" + (" - NON CONFORME" if over else ""), "Water culture results" + (" - ACTION LEVEL" if over else ""))
    d.body = join(greet(rng, lang), "",
                  L(lang, "Résultats en pièce jointe. " + ("Dépassement : on planifie une désinfection et on reprélève dans 1 semaine. Le patient peut dialyser d'ici là selon le néphrologue."
                                                           if over else "Tout est conforme."),
                    "Results attached. " + ("Above action level: disinfection scheduled and re-sample in 1 week." if over else "All within limits.")),
                  "", signature(rng, tech, lang))
    d.note = "home water culture report naming patient and address"
    return d


TEMPLATES = [(monthly_labs, 5), (lab_roster_xlsx, 4), (critical_lab, 4), (supply_delivery, 5), (delivery_csv, 3),
             (training_booking, 4), (transplant_referral, 5), (transplant_workup_ics, 3), (water_tech_visit, 4),
             (water_results, 2)]
