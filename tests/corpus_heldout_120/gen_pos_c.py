"""Positive templates, part C: consults, vCards, transport, exports, other provinces/countries, youth, HTML lists..."""
import datetime
import html as _html

from gen_build import Doc, inner_eml
from gen_common import (staff, signature, show_nam, show_mrn, show_ohip, show_niss, show_nir, fmt_date, fmt_phone, L,
                        pick, ORG, OTHER_ORGS, Person, STAFF)
from gen_clin import (CAUSES, PEDS_CAUSES, COMORB, COMPLICATIONS, MEDS, PD_SOLUTIONS, MODALITY, lab_panel, adequacy, t)
from gen_tpl import greet, close, quote, outlook_block, join
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_zip, make_vcard, make_ics
from gen_pos_a import idbits, nm


def consult_reply(rng, pool, lang):
    d = Doc(rng, lang, "consult_reply", True)
    P = pool.any(rng, nam_ok=True, need_nam=rng.random() < 0.6)
    neph = staff(rng, "neph")
    gp = Person(*STAFF["gp"][rng.randrange(3)], role="gp", domain=OTHER_ORGS["gmf"][1])
    d.sender, d.to = neph, [gp]
    cause, com = rng.choice(CAUSES), rng.choice(COMORB)
    d.t("patient_name", "diagnosis")
    ids = idbits(d, P, rng, lang, nam=P.nam is not None, dob=rng.random() < 0.7)
    panel, raw = lab_panel(rng, lang)
    d.t("lab_result", "medication")
    d.subject = pick(rng, lang, ["Réponse à votre consultation", "Consultation néphrologie - suivi", "RE: demande de consultation"],
                     ["Consult reply", "Nephrology consultation - follow-up", "RE: consultation request"])
    d.body = join(f"{L(lang, 'Chère collègue,' if gp.sex == 'F' else 'Cher collègue,', 'Dear colleague,')}", "",
                  L(lang, f"J'ai revu {P.name(rng, lang, 'title_full')} ({ids}) en clinique de prédialyse.",
                    f"I saw {P.name(rng, lang, 'title_full')} ({ids}) in the pre-dialysis clinic."),
                  L(lang, f"IRC stade 5 sur {cause[0]}, DFGe {rng.randint(6, 11)} mL/min. Antécédent de {com[0]}.",
                    f"CKD stage 5 from {cause[1]}, eGFR {rng.randint(6, 11)} mL/min. History of {com[1]}."),
                  L(lang, f"Hb {raw['hb']} g/L, K {str(raw['k']).replace('.', ',')}, PTH {str(raw['pth']).replace('.', ',')}.",
                    f"Hb {raw['hb']} g/L, K {raw['k']}, PTH {raw['pth']}."),
                  L(lang, f"Choix de modalité : dialyse péritonéale à domicile. Pose de cathéter prévue. J'ajoute {t(lang, MEDS[6])}.",
                    f"Modality choice: home peritoneal dialysis. Catheter insertion planned. Adding {t(lang, MEDS[6])}."),
                  L(lang, "Merci de cesser l'ibuprofène.", "Please stop ibuprofen."), "",
                  L(lang, "Confraternellement,", "Kind regards,"), signature(rng, neph, lang, 1))
    d.note = "consultation reply to family physician"
    return d


def vcard_newpatient(rng, pool, lang):
    d = Doc(rng, lang, "vcard_patient", True)
    P = pool.any(rng, nam_ok=True)
    nurse = staff(rng, "nurse")
    d.sender = nurse
    d.to = [(L(lang, "Service à la clientèle NéphroLogis", "NephroLogis Customer Care"), f"clients@{OTHER_ORGS['supplier'][1]}")]
    note = L(lang, f"Nouveau patient DPA - début {fmt_date(d.date.date() + datetime.timedelta(days=10), lang, rng, 0)}",
             f"New APD patient - start {fmt_date(d.date.date() + datetime.timedelta(days=10), lang, rng, 0)}")
    bday = P.dob.isoformat() if rng.random() < 0.5 else None
    vc = make_vcard(P.full, P.surname, P.given, tels=[("HOME", P.phone), ("CELL", P.cell)], emails=[P.email],
                    adr=(P.street, P.town, P.postal), note=note, bday=bday)
    d.t("patient_name", "patient_contact", "diagnosis")
    if bday:
        d.t("date_of_birth")
    d.attach(rng.choice(["text/vcard", "text/x-vcard"]), vc, f"{P.given} {P.surname}.vcf", charset="utf-8")
    d.subject = L(lang, "Ouverture de dossier - nouveau patient DP", "New PD patient - account set-up")
    d.body = join(greet(rng, lang), "",
                  L(lang, "Merci d'ouvrir un dossier de livraison pour ce nouveau patient en dialyse péritonéale automatisée (fiche contact ci-jointe). "
                          "Première livraison avant la fin de la formation.",
                    "Please open a delivery account for this new automated PD patient (contact card attached). First delivery before training ends."),
                  L(lang, "Prescription : 4 x 2,5 L dextrose 1,5 %, dernier remplissage icodextrine 2 L.",
                    "Prescription: 4 x 2.5 L dextrose 1.5%, last fill icodextrin 2 L."), "", close(rng, lang), signature(rng, nurse, lang))
    d.t("medication")
    d.note = "vCard of a new patient sent to supplier"
    return d


def transport_request(rng, pool, lang):
    d = Doc(rng, lang, "transport_request", True)
    P = pool.any(rng, nam_ok=True)
    clerk = staff(rng, "clerk")
    d.sender = clerk
    d.to = [Person(*STAFF["transport"][0], role="transport", domain=OTHER_ORGS["transport"][1])]
    day = d.date.date() + datetime.timedelta(days=rng.randint(2, 14))
    reason = rng.choice([("fistulographie (sténose suspectée)", "fistulogram (suspected stenosis)"),
                         ("pose de cathéter de dialyse péritonéale", "PD catheter insertion"),
                         ("test d'équilibration péritonéale (PET)", "peritoneal equilibration test (PET)"),
                         ("clinique de néphrologie - suivi post-péritonite", "nephrology clinic - post-peritonitis follow-up")])
    d.t("patient_name", "patient_contact", "diagnosis")
    mob = pick(rng, lang, ["fauteuil roulant", "marchette", "autonome", "oxygène portatif 2 L"], ["wheelchair", "walker", "independent", "portable O2 2 L"])
    ids = idbits(d, P, rng, lang, dob=rng.random() < 0.5, nam=P.nam is not None and rng.random() < 0.4)
    d.subject = L(lang, f"Demande de transport - {fmt_date(day, lang, rng, 0)}", f"Transport request - {fmt_date(day, lang, rng, 0)}")
    d.body = join(greet(rng, lang), "",
                  L(lang, "Demande de transport adapté :", "Adapted transport request:"),
                  L(lang, f"Usager : {P.name(rng, lang, rng.choice(['full', 'SUR_given']))}", f"Client: {P.name(rng, lang, rng.choice(['full', 'SUR_given']))}"),
                  ids or None,
                  L(lang, f"Prise en charge : {P.address()}", f"Pick-up: {P.address()}"),
                  L(lang, f"Téléphone : {fmt_phone(rng, P.phone)}", f"Phone: {fmt_phone(rng, P.phone)}"),
                  L(lang, f"Destination : {ORG['hosp_fr']}, radiologie d'intervention", f"Destination: {ORG['hosp_en']}, interventional radiology"),
                  L(lang, f"Rendez-vous : {fmt_date(day, lang, rng, 1)} à {rng.choice(['8 h', '9 h 30', '13 h'])} — {reason[0]}",
                    f"Appointment: {fmt_date(day, lang, rng, 1)} at {rng.choice(['8:00', '9:30', '13:00'])} — {reason[1]}"),
                  L(lang, f"Mobilité : {mob}", f"Mobility: {mob}"), "", close(rng, lang), signature(rng, clerk, lang, 1))
    d.note = "adapted transport booking for a procedure"
    return d


def zip_export(rng, pool, lang):
    d = Doc(rng, lang, "zip_export", True)
    nurse = staff(rng, "nurse")
    d.sender, d.to = nurse, [staff(rng, "neph")]
    use_nam = rng.random() < 0.5
    pts = [pool.any(rng, nam_ok=True, need_nam=use_nam) for _ in range(rng.randint(5, 10))]
    hdr = ["patient", "nam" if use_nam else "dossier", "modalite", "ktv", "d/p_creat_4h", "transport", "uf_ml"] if lang == "fr" else \
        ["patient", "ramq" if use_nam else "mrn", "modality", "ktv", "d_p_creat_4h", "transport_type", "uf_ml"]
    rows = [hdr]
    for P in pts:
        dp = round(rng.uniform(0.5, 0.9), 2)
        tt = ("élevé" if dp > 0.81 else "moyen-élevé" if dp > 0.65 else "moyen-bas") if lang == "fr" else \
            ("high" if dp > 0.81 else "high-average" if dp > 0.65 else "low-average")
        rows.append([P.name(rng, lang, "sur_comma"), P.nam if use_nam else P.mrn, rng.choice(["APD", "CAPD"]),
                     round(rng.uniform(1.5, 2.4), 2), dp, tt, rng.randint(150, 900)])
    d.t("patient_name", "lab_result", "ramq_nam" if use_nam else "mrn")
    members = [(L(lang, "resultats_PET_T2.csv", "PET_results_Q2.csv"), make_csv(rows))]
    if rng.random() < 0.5:
        members.append(("LISEZMOI.txt" if lang == "fr" else "README.txt",
                        L(lang, "Export du système clinique, ne pas diffuser hors programme.\n", "Export from the clinical system, internal use.\n")))
    z = make_zip(members)
    d.attach("application/zip", z, L(lang, "export_PET.zip", "PET_export.zip"))
    d.subject = L(lang, "Export PET / adéquation", "PET / adequacy export")
    d.body = join(greet(rng, lang), "", L(lang, "Voici l'export zippé pour la réunion d'adéquation.", "Zipped export for the adequacy meeting."), "",
                  signature(rng, nurse, lang, 2))
    d.note = "ZIP with CSV of PET/adequacy per patient"
    return d


def eml_attached(rng, pool, lang):
    d = Doc(rng, lang, "eml_attached", True)
    P = pool.any(rng, nam_ok=True)
    a, b, c = staff(rng, "nurse"), staff(rng, "neph"), staff(rng, "manager")
    d.sender, d.to = c, [b]
    comp = rng.choice(COMPLICATIONS)
    inner_ids = ""
    if P.nam and rng.random() < 0.5:
        inner_ids = " (" + ("NAM " if lang == "fr" else "RAMQ ") + show_nam(rng, P.nam, rng.choice(["plain", "sp", "dots"])) + ")"
        d.t("ramq_nam")
    ibody = join(greet(rng, lang), "",
                 L(lang, f"Incident lors de la visite à domicile chez {P.full}{inner_ids} : {t(lang, comp)}, transfert à l'urgence en ambulance.",
                   f"Incident during the home visit at {P.full}'s{inner_ids}: {t(lang, comp)}, transferred to ED by ambulance."),
                 L(lang, "Rapport AH-223 rempli.", "Incident report filed."), "", a.given)
    d.t("patient_name", "diagnosis")
    eml = inner_eml(rng, a.addr(), [c.addr()], L(lang, "Incident visite à domicile", "Home visit incident"),
                    d.date - datetime.timedelta(days=1), ibody, lang)
    d.attach("message/rfc822", eml, rng.choice([None, "incident.eml", "Incident visite.eml"]))
    d.subject = L(lang, "TR: Incident visite à domicile", "FW: Home visit incident")
    d.body = join(greet(rng, lang, b.given), "", L(lang, "Pour ton information avant la revue des incidents de mardi.",
                                                   "FYI before Tuesday's incident review."), "", signature(rng, c, lang))
    d.note = "attached .eml about an incident involving a named patient"
    return d


def ontario_transfer(rng, pool, lang):
    d = Doc(rng, "en", "ontario_transfer", True)
    lang = "en"
    d.lang = "en"
    P = pool.ontarian(rng)
    ext = Person("Andrea", "Kowalski", "F", "ext", OTHER_ORGS["ontario"][1])
    nurse = staff(rng, "nurse")
    d.sender, d.to = ext, [nurse]
    d.t("patient_name", "ca_health_number", "diagnosis", "medication")
    dob = rng.random() < 0.6
    if dob:
        d.t("date_of_birth")
    body = join(f"Hi {nurse.given},", "",
                f"As discussed, {P.full} is relocating to your area next month and will transfer to your home PD program.",
                f"OHIP: {show_ohip(rng, P.ohip)}" + (f"   DOB: {fmt_date(P.dob, 'en', rng, 0)}" if dob else ""),
                f"Current prescription: APD 5 cycles x 2 L dextrose 1.5%, last fill icodextrin 2 L; {t('en', rng.choice(MEDS))}.",
                f"Primary renal diagnosis: {rng.choice(CAUSES)[1]}. One peritonitis episode in 2024 (S. epidermidis), resolved.",
                "I will fax the full transfer package; please let me know where to send the cycler.", "",
                "Thanks,", "Andrea Kowalski, RN", "Lakeshore Regional Health Centre - Home Dialysis", "Tel. 613 555-0119")
    if rng.random() < 0.4:
        lines = [l for l in body.split("\n")]
        if any(ord(ch) > 255 for ch in body):
            d.body = body
        else:
            pdf = make_pdf("Transfer of care - home peritoneal dialysis", lines[2:9], compress=True,
                           letterhead=[OTHER_ORGS["ontario"][0]])
            d.attach("application/pdf", pdf, "transfer_of_care.pdf")
            d.body = f"Hi {nurse.given},\n\nTransfer summary attached.\n\nAndrea\n"
    else:
        d.body = body
    d.subject = rng.choice(["Transfer of care - home PD", f"Transfer - {P.surname}", "Incoming patient from Ontario"])
    if P.surname in d.subject:
        pass
    d.note = "transfer from Ontario with OHIP number"
    return d


def belgian_holiday(rng, pool, lang):
    d = Doc(rng, lang, "holiday_dialysis_be", True)
    P = pool.belgian(rng)
    ext = Person("Wouter", "Peeters", "M", "ext", OTHER_ORGS["belgium"][1])
    nurse = staff(rng, "nurse")
    d.sender, d.to = ext, [nurse]
    d.t("patient_name", "be_niss", "diagnosis", "date_of_birth")
    arr = d.date.date() + datetime.timedelta(days=rng.randint(30, 80))
    d.body = join(greet(rng, lang, nurse.given) if lang == "fr" else f"Dear {nurse.given},", "",
                  L(lang, f"Notre patient{P.e} {P.full}, né{P.e} le {fmt_date(P.dob, 'fr', rng, 2)}, séjournera au Québec du {fmt_date(arr, 'fr', rng, 1)} pour trois semaines.",
                    f"Our patient {P.full}, born {fmt_date(P.dob, 'en', rng, 0)}, will be visiting Quebec from {fmt_date(arr, 'en', rng, 1)} for three weeks."),
                  L(lang, f"Numéro de registre national (NISS) : {show_niss(rng, P.niss)}", f"National register number (NISS): {show_niss(rng, P.niss)}"),
                  L(lang, f"{P.il.capitalize()} est en dialyse péritonéale (DPCA) pour {rng.choice(CAUSES)[0]}. Pourriez-vous assurer le suivi et la livraison des poches sur place ?",
                    f"{P.he.capitalize()} is on CAPD for {rng.choice(CAUSES)[1]}. Could you provide follow-up and local bag delivery?"),
                  L(lang, "Sérologies VHB/VHC/VIH négatives datant de moins de 3 mois, jointes au dossier.", "HBV/HCV/HIV serologies negative within 3 months."),
                  "", L(lang, "Bien à vous,", "Kind regards,"), "Wouter Peeters", OTHER_ORGS["belgium"][0], "+32 4 555 01 77")
    d.subject = L(lang, "Dialyse de vacances - demande d'accueil", "Holiday dialysis request")
    d.note = "Belgian holiday-dialysis request with NISS"
    return d


def french_holiday(rng, pool, lang):
    lang = "fr"
    d = Doc(rng, lang, "holiday_dialysis_fr", True)
    P = pool.french(rng)
    ext = Person("Claire", "Moreau-Vidal", "F", "ext", OTHER_ORGS["france"][1])
    nurse = staff(rng, "nurse")
    d.sender, d.to = ext, [nurse]
    d.t("patient_name", "fr_nir", "diagnosis", "medication")
    d.body = join("Bonjour,", "",
                  f"Je me permets de vous contacter pour {P.name(rng, 'fr', 'title_full')}, hémodialysé{P.e} à domicile chez nous (NxStage, 6 séances/semaine), "
                  f"qui rendra visite à sa fille à Lévis cet été.",
                  f"N° de sécurité sociale : {show_nir(rng, P.nir)}",
                  f"Traitement : {t('fr', rng.choice(MEDS))}, {t('fr', rng.choice(MEDS))}. Abord : fistule radio-céphalique gauche.",
                  f"Néphropathie initiale : {rng.choice(CAUSES)[0]}.",
                  "Serait-il possible d'organiser des séances en centre ou un prêt de matériel ?", "",
                  "Bien cordialement,", "Claire Moreau-Vidal, cadre de santé", OTHER_ORGS["france"][0], "Tél. +33 2 55 50 01 42")
    d.subject = "Demande de prise en charge - dialyse vacances"
    d.note = "French holiday-dialysis request with NIR"
    return d


def youth_protection(rng, pool, lang):
    d = Doc(rng, lang, "youth_protection", True)
    P = pool.child(rng)
    sw = staff(rng, "sw")
    d.sender = sw
    d.to = [staff(rng, "neph"), staff(rng, "nurse")]
    cause = rng.choice(PEDS_CAUSES)
    d.t("patient_name", "social_information", "diagnosis")
    ids = idbits(d, P, rng, lang, nam=rng.random() < 0.6, dob=rng.random() < 0.6)
    d.subject = pick(rng, lang, ["Signalement DPJ - suivi", "Confidentiel - situation familiale", "Rencontre DPJ jeudi"],
                     ["Youth protection report - follow-up", "Confidential - family situation", "Youth protection meeting Thursday"])
    d.body = join(greet(rng, lang), "",
                  L(lang, f"Suite aux nombreuses séances de dialyse péritonéale non faites à la maison, j'ai fait un signalement à la DPJ pour {P.name(rng, lang, 'full')} "
                          f"({P.age_ref} ans, {cause[0]}).",
                    f"Following many missed home PD sessions, I filed a youth protection report for {P.name(rng, lang, 'full')} "
                    f"({P.age_ref} y/o, {cause[1]})."),
                  ids or None,
                  L(lang, "La mère est seule avec trois enfants et a perdu son emploi; le père n'a plus de contacts. L'intervenante de la DPJ veut nous rencontrer jeudi 14 h.",
                    "Mother is alone with three children and lost her job; no contact with father. The caseworker wants to meet us Thursday 2 pm."),
                  L(lang, "Merci de documenter chaque séance manquée et les bilans (dernier K à 6,1).", "Please document each missed session and bloodwork (last K 6.1)."),
                  "", close(rng, lang), signature(rng, sw, lang, 3))
    d.t("lab_result")
    d.note = "paediatric PD patient, youth protection report"
    return d


def violence_safety(rng, pool, lang):
    d = Doc(rng, lang, "home_safety", True)
    P = pool.any(rng, nam_ok=True)
    nurse, mgr = staff(rng, "nurse"), staff(rng, "manager")
    d.sender, d.to, d.cc = nurse, [mgr], [staff(rng, "sw")]
    d.t("patient_name", "social_information", "patient_contact")
    d.subject = L(lang, "Sécurité visites à domicile - à discuter", "Home visit safety - to discuss")
    f = P.sex == "F"
    partner = L(lang, "le conjoint" if f else "la conjointe", "the partner")
    pr = L(lang, "elle" if f else "il", "she" if f else "he")
    obj = L(lang, "la" if f else "le", "her" if f else "him")
    vict = L(lang, "lui" if f else "elle", "him" if f else "her")
    adj = "agressif" if f else "agressive"
    d.body = join(greet(rng, lang, mgr.given), "",
                  L(lang, f"Lors de ma visite chez {P.name(rng, lang, 'title_full')} ({P.address()}), {partner} était {adj} verbalement et {pr} m'a confié avoir peur de {vict}. "
                          "Des ecchymoses aux avant-bras.",
                    f"During my visit at {P.name(rng, lang, 'title_full')}'s home ({P.address()}), the partner was verbally aggressive and {pr} told me {pr} is afraid of {vict}. "
                    "Bruises on the forearms."),
                  L(lang, f"Je propose que les visites se fassent à deux et que la travailleuse sociale {obj} contacte sur son cellulaire seulement : " + fmt_phone(rng, P.cell) + ".",
                    f"I suggest visits be done in pairs and that the social worker only contacts {obj} on the cell: " + fmt_phone(rng, P.cell) + "."),
                  "", signature(rng, nurse, lang, 2))
    d.note = "home visit safety concern, suspected domestic violence"
    return d


def html_clinic_list(rng, pool, lang):
    d = Doc(rng, lang, "clinic_list_html", True)
    clerk = staff(rng, "clerk")
    d.sender, d.to = clerk, [staff(rng, "neph"), staff(rng, "nurse"), staff(rng, "diet")]
    show_nam_col = rng.random() < 0.4
    pts = [pool.any(rng, nam_ok=True, need_nam=show_nam_col) for _ in range(rng.randint(5, 9))]
    rows = []
    hrs = ["08:30", "09:00", "09:30", "10:00", "10:30", "11:00", "13:00", "13:30", "14:00"]
    for h, P in zip(hrs, pts):
        reason = rng.choice([("suivi DP", "PD follow-up"), ("post-péritonite", "post-peritonitis"), ("PET", "PET test"),
                             ("revue anémie", "anaemia review"), ("prégreffe", "pre-transplant"), ("ponction fistule", "fistula cannulation check")])
        rows.append((h, P.name(rng, lang, "SUR_given"), P.nam if show_nam_col else P.mrn, t(lang, reason)))
    d.t("patient_name", "diagnosis", "ramq_nam" if show_nam_col else "mrn")
    th = L(lang, ["Heure", "Patient", "NAM" if show_nam_col else "Dossier", "Motif"], ["Time", "Patient", "RAMQ" if show_nam_col else "MRN", "Reason"])
    table = "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">\n<tr>" + "".join(f"<th>{x}</th>" for x in th) + "</tr>\n" + \
        "\n".join("<tr>" + "".join(f"<td>{_html.escape(str(x))}</td>" for x in r) + "</tr>" for r in rows) + "\n</table>"
    intro = L(lang, "Bonjour, voici la liste de la clinique de dialyse à domicile de demain.", "Hello, here is tomorrow's home dialysis clinic list.")
    d.html = f"<html><body style=\"font-family:Calibri\">\n<p>{intro}</p>\n{table}\n<p>{clerk.full}<br>{ORG['fr'] if lang == 'fr' else ORG['en']}</p>\n</body></html>\n"
    d.body = intro + "\n\n" + "\n".join("  ".join(str(x) for x in r) for r in rows) + "\n\n" + clerk.full + "\n"
    d.structure = rng.choice(["html", "html", "alt"])
    d.subject = L(lang, "Liste clinique de demain", "Tomorrow's clinic list")
    d.note = "HTML clinic list"
    return d


def hepb_vaccine(rng, pool, lang):
    d = Doc(rng, lang, "hepb_vaccine", True)
    P = pool.any(rng, nam_ok=True)
    nurse = staff(rng, "nurse")
    d.sender, d.to = nurse, [Person("Émilie", "Proulx", "F", "ext", OTHER_ORGS["clsc"][1])]
    titre = rng.choice(["< 10", "4", "8", "< 2"])
    d.t("patient_name", "lab_result", "medication")
    ids = idbits(d, P, rng, lang, nam=P.nam is not None and rng.random() < 0.7, dob=rng.random() < 0.5)
    d.subject = L(lang, "Vaccination hépatite B - rappel", "Hepatitis B vaccine - booster")
    d.body = join(greet(rng, lang, "Émilie"), "",
                  L(lang, f"{P.name(rng, lang, 'title_full')} ({ids}) a un anti-HBs à {titre} UI/L après la série initiale. "
                          "Pouvez-vous administrer une série de rappel Recombivax 40 mcg (0, 1, 6 mois) au CLSC ?",
                    f"{P.name(rng, lang, 'title_full')} ({ids}) has an anti-HBs of {titre} IU/L after the primary series. "
                    "Could the CLSC give a booster series of 40 mcg (0, 1, 6 months)?"),
                  "", close(rng, lang), signature(rng, nurse, lang))
    d.note = "hepatitis B titre and vaccination request"
    return d


def withdrawal_palliative(rng, pool, lang):
    d = Doc(rng, lang, "palliative", True)
    P = pool.any(rng, nam_ok=True)
    neph = staff(rng, "neph")
    d.sender, d.to = neph, [staff(rng, "nurse"), staff(rng, "sw")]
    d.t("patient_name", "diagnosis")
    d.subject = pick(rng, lang, ["Rencontre familiale - niveau de soins", "Arrêt de dialyse - {s}"], ["Family meeting - goals of care", "Dialysis withdrawal - {s}"]).format(s=P.surname)
    d.body = join(greet(rng, lang), "",
                  L(lang, f"{P.name(rng, lang, 'title_sur')} m'a dit hier qu'{P.il} souhaite cesser l'hémodialyse à domicile. Cancer pulmonaire métastatique diagnostiqué en mai, "
                          "perte d'autonomie. Niveau de soins C signé.",
                    f"{P.name(rng, lang, 'title_sur')} told me yesterday {P.he} wants to stop home haemodialysis. Metastatic lung cancer diagnosed in May, "
                    "loss of autonomy. Level of care C signed."),
                  L(lang, "Rencontre avec la famille vendredi 10 h; j'ai avisé l'équipe de soins palliatifs à domicile.",
                    "Family meeting Friday 10 am; home palliative team notified."),
                  "", signature(rng, neph, lang, 2))
    d.note = "dialysis withdrawal, palliative care"
    return d


def access_imaging(rng, pool, lang):
    d = Doc(rng, lang, "access_imaging", True)
    P = pool.any(rng, nam_ok=True)
    nurse = staff(rng, "nurse")
    d.sender, d.to = nurse, [(L(lang, "Radiologie d'intervention - rendez-vous", "Interventional radiology bookings"), f"rdv.radio@{ORG['dom']}")]
    d.t("patient_name", "diagnosis", "mrn")
    d.subject = L(lang, "Demande fistulographie semi-urgente", "Semi-urgent fistulogram request")
    d.body = join(greet(rng, lang), "",
                  L(lang, f"Patient : {P.name(rng, lang, 'SUR_given')}, {show_mrn(rng, P.mrn, lang)}", f"Patient: {P.name(rng, lang, 'SUR_given')}, {show_mrn(rng, P.mrn, lang)}"),
                  L(lang, "Hémodialyse nocturne à domicile. Pressions veineuses à 250 mmHg, saignements prolongés après retrait des aiguilles. Sténose soupçonnée.",
                    "Nocturnal home HD. Venous pressures 250 mmHg, prolonged bleeding after needle removal. Suspected stenosis."),
                  L(lang, "Allergie : iode (urticaire) - prémédication requise.", "Allergy: contrast (hives) - premedication required."),
                  "", close(rng, lang), signature(rng, nurse, lang, 1))
    d.note = "fistulogram booking"
    return d


def patient_appointment_letter(rng, pool, lang):
    d = Doc(rng, lang, "patient_letter", True)
    P = pool.any(rng, nam_ok=True)
    nurse = staff(rng, "nurse")
    d.sender, d.to = nurse, [(P.full, P.email)]
    day = d.date.date() + datetime.timedelta(days=rng.randint(3, 20))
    d.t("patient_name", "patient_contact", "medication", "lab_result")
    d.subject = L(lang, "Votre rendez-vous et changement de médicament", "Your appointment and a medication change")
    d.body = join(L(lang, f"Bonjour {P.name(rng, lang, 'title_sur')},", f"Dear {P.name(rng, lang, 'title_sur')},"), "",
                  L(lang, f"Votre phosphore est encore élevé ({rng.choice(['2,1', '2,3', '1,98'])} mmol/L). Le Dr a augmenté le sevelamer à 3 comprimés à chaque repas.",
                    f"Your phosphate is still high ({rng.choice(['2.1', '2.3', '1.98'])} mmol/L). The doctor increased sevelamer to 3 tablets with each meal."),
                  L(lang, f"Votre prochain rendez-vous en clinique est le {fmt_date(day, lang, rng, 1)} à 10 h. Apportez votre cahier de dialyse.",
                    f"Your next clinic appointment is {fmt_date(day, lang, rng, 1)} at 10 am. Please bring your dialysis log."),
                  "", close(rng, lang), signature(rng, nurse, lang, 1))
    d.note = "e-mail to a patient at personal address"
    return d


def interpreter(rng, pool, lang):
    d = Doc(rng, lang, "interpreter", True)
    P = pool.invented_one(rng)
    clerk = staff(rng, "clerk")
    d.sender, d.to = clerk, [(L(lang, "Banque d'interprètes", "Interpreter bank"), "interpretes@bir.example")]
    langue = rng.choice([("arabe", "Arabic"), ("vietnamien", "Vietnamese"), ("portugais", "Portuguese"), ("wolof", "Wolof")])
    d.t("patient_name", "diagnosis")
    d.subject = L(lang, "Demande d'interprète", "Interpreter request")
    d.body = join(greet(rng, lang), "",
                  L(lang, f"Interprète {langue[0]} requis pour {P.full} le mardi 9 h à la salle de formation C-3.12 : enseignement dialyse péritonéale "
                          "(nouveau diagnostic d'insuffisance rénale terminale).",
                    f"{langue[1]} interpreter needed for {P.full} Tuesday 9 am, training room C-3.12: peritoneal dialysis teaching "
                    "(newly diagnosed end-stage kidney disease)."),
                  L(lang, "Durée : 3 heures.", "Duration: 3 hours."), "", signature(rng, clerk, lang, 1))
    d.note = "interpreter booking with diagnosis"
    return d


def dietitian(rng, pool, lang):
    d = Doc(rng, lang, "dietitian", True)
    P = pool.any(rng, nam_ok=True)
    diet = staff(rng, "diet")
    d.sender, d.to = diet, [staff(rng, "nurse")]
    panel, raw = lab_panel(rng, lang)
    d.t("patient_name", "lab_result")
    d.subject = L(lang, "Suivi nutrition", "Nutrition follow-up") + (f" - {P.surname}" if rng.random() < 0.5 else "")
    d.body = join(greet(rng, lang), "",
                  L(lang, f"Vu {P.name(rng, lang, 'init_sur')} au téléphone. Albumine {raw['alb']} g/L, phosphate {str(raw['po4']).replace('.', ',')} mmol/L. "
                          "Mange beaucoup de plats préparés (fromage, charcuterie).",
                    f"Spoke with {P.name(rng, lang, 'init_sur')}. Albumin {raw['alb']} g/L, phosphate {raw['po4']} mmol/L. Eats a lot of processed food."),
                  L(lang, "Ajout de suppléments protéinés (Nepro 1/jour). Reprise dans 1 mois.", "Added protein supplement (1/day). Review in 1 month."),
                  "", signature(rng, diet, lang))
    d.t("medication")
    d.note = "dietitian follow-up with lab values"
    return d


TEMPLATES = [(consult_reply, 3), (vcard_newpatient, 3), (transport_request, 3), (zip_export, 3), (eml_attached, 3),
             (ontario_transfer, 3), (belgian_holiday, 2), (french_holiday, 2), (youth_protection, 3), (violence_safety, 2),
             (html_clinic_list, 3), (hepb_vaccine, 2), (withdrawal_palliative, 2), (access_imaging, 2),
             (patient_appointment_letter, 2), (interpreter, 1), (dietitian, 2)]
