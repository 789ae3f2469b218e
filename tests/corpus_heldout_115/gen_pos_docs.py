"""Positive templates, part 2: attachments (XLSX, CSV, PDF, DOCX, ICS, vCard, ZIP, scans, .eml)."""
import datetime as dt

from gen_common import full, fdate, fday, age_on, fmt_nam, ORGS, strip_accents
from gen_clin import DX, LABOUR, PP, NB, MED, LAB, ga, ga_str, gp, edd_from, L, dx_with
from gen_text import compose, quote, forward_block
from gen_tpl import pos, addr, generic_box, pname, pnam, pdob, personal_email, rel_date, disp
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf, make_zip, make_png
from gen_pos_clin import mother, id_line
import gen_pos_clin


def _slug(s):
    return strip_accents(s).replace(" ", "_").replace("'", "")


# ---------------------------------------------------------------- P14 home-visit roster XLSX
def p_roster_xlsx(w, lang):
    s = pos(w, "liste_visites_xlsx" if lang == "fr" else "visit_list_xlsx", lang,
            "weekly postnatal home-visit roster as spreadsheet")
    sender = w.staff_pick(w.pick(["adm", "coord", "inf"]))
    hdr = (["Nom mère", "Adresse", "Téléphone", "Naissance bébé", "Infirmière", "Remarques"] if lang == "fr"
           else ["Mother", "Address", "Phone", "Baby born", "Nurse", "Notes"])
    rows = [hdr]
    s.t("patient_name", "patient_contact", "date_of_birth")
    notes_fr = ["", "ictère à surveiller", "SIPPE", "allaitement difficile", "DPJ impliquée", "1er bébé", "jumeaux", "césarienne"]
    notes_en = ["", "watch jaundice", "SIPPE family", "breastfeeding issues", "youth protection involved", "first baby", "twins", "C-section"]
    used = set()
    for i in range(w.r.randint(5, 11)):
        p = mother(w, lang, 0.1, used)
        k = w.r.randrange(len(notes_fr))
        if k in (1, 3, 7):
            s.t("diagnosis")
        if k in (2, 4):
            s.t("social_information")
        nm = f"{p['surname']}, {p['given']}"
        if p.get("nam"):
            nm += " (" + pnam(w, p, s, 0) + ")"
        rows.append([nm, w.address(lang), w.phone(), fdate(rel_date(s["date"], -w.r.randint(1, 4)), lang, 0),
                     w.staff_pick("inf")["given"], notes_fr[k] if lang == "fr" else notes_en[k]])
    data = make_xlsx([("Visites" if lang == "fr" else "Visits", rows)], s["date"], full(sender))
    wk = s["date"].isocalendar()[1]
    s["attachments"].append({"name": w.pick([f"visites_postnatales_sem{wk}.xlsx", f"Liste visites {wk}.xlsx", "VAD_semaine.xlsx"])
                             if lang == "fr" else f"home_visits_week{wk}.xlsx",
                             "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data": data})
    body = ("Voici la liste des visites postnatales de la semaine. Merci de confirmer vos disponibilités."
            if lang == "fr" else "Here is this week's postnatal home-visit list. Please confirm your availability.")
    s["frm"], s["to"] = addr(w, sender), [generic_box("all_peri")]
    s["subject"] = w.pick(["Visites postnatales semaine " + str(wk), "Liste VAD", "Horaire des visites"]) if lang == "fr" \
        else w.pick([f"Home visits week {wk}", "Visit list"])
    s["text"] = compose(w, lang, sender, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- P15 CSV export with NAM
def p_csv_export(w, lang):
    s = pos(w, "export_csv" if lang == "fr" else "csv_export", lang, "CSV export of prenatal follow-ups with NAM and DOB")
    sender = w.staff_pick(w.pick(["tech", "adm", "coord"]))
    to = w.staff_pick("chef")
    sep = w.pick([",", ";"])
    rows = [["nam", "nom", "prenom", "ddn", "dpa", "facteurs_risque"] if lang == "fr"
            else ["ramq", "last_name", "first_name", "dob", "edd", "risk_factors"]]
    s.t("ramq_nam", "patient_name", "date_of_birth")
    used = set()
    for i in range(w.r.randint(6, 14)):
        p = mother(w, lang, 0.5, used)
        dpa = rel_date(s["date"], w.r.randint(10, 200))
        rf = L(w.pick(DX), lang) if w.chance(0.6) else ""
        if rf:
            s.t("diagnosis")
        rows.append([p["nam"] or "", p["surname"], p["given"], p["dob"].isoformat(), dpa.isoformat(), rf])
    if not any(r[0] for r in rows[1:]):
        p = w.nam_holder(lambda q: q["sex"] == "F" and 1980 <= q["dob"].year <= 2007 and q["nam"] not in used)
        rows.append([p["nam"], p["surname"], p["given"], p["dob"].isoformat(), rel_date(s["date"], 90).isoformat(), ""])
    enc = w.pick(["utf-8", "utf-8", "windows-1252"])
    data = make_csv(rows, sep, enc, bom=(enc == "utf-8" and w.chance(0.5)), crlf=w.chance(0.6))
    s["attachments"].append({"name": w.pick(["export_suivis.csv", f"extraction_DCI_{s['date']:%Y%m%d}.csv", "clientele_active.csv"]),
                             "ctype": "text/csv", "data": data, "charset": enc})
    body = ("Tel que demandé, l'extraction de la clientèle active en suivi prénatal. À ne pas transférer à l'externe."
            if lang == "fr" else "As requested, the extract of active prenatal clients. Please do not forward externally.")
    s["frm"], s["to"] = addr(w, sender), [addr(w, to)]
    s["subject"] = w.pick(["Extraction DCI", "Export demandé", "Liste clientèle active"]) if lang == "fr" else w.pick(["DCI extract", "Requested export"])
    s["text"] = compose(w, lang, sender, body, to=to)
    return s.finish()


# ---------------------------------------------------------------- P16 discharge summary PDF
def p_discharge_pdf(w, lang):
    s = pos(w, "resume_conge_pdf" if lang == "fr" else "discharge_summary_pdf", lang,
            "hospital discharge summary (mother and baby) sent to CLSC as PDF")
    sender = w.pick([w.staff_pick("adm"), w.staff_pick("ob")])
    p = mother(w, lang, 0.45)
    born = rel_date(s["date"], -w.r.randint(1, 3))
    s.t("patient_name", "date_of_birth", "mrn", "diagnosis", "patient_contact")
    mrn = w.mrn(w.pick([0, 2, 5]))
    rows = [["Mère" if lang == "fr" else "Mother", full(p)],
            ["DDN" if lang == "fr" else "DOB", fdate(p["dob"], lang, 0)],
            ["No dossier" if lang == "fr" else "MRN", mrn]]
    if p.get("nam"):
        rows.append(["NAM", pnam(w, p, s, 1)])
    rows += [["Adresse" if lang == "fr" else "Address", w.address(lang)],
             ["Téléphone" if lang == "fr" else "Phone", w.phone()],
             ["Accouchement" if lang == "fr" else "Delivery", fdate(born, lang, 0) + " - " +
              w.pick(["AVS", "césarienne", "ventouse"] if lang == "fr" else ["SVD", "C-section", "vacuum"])],
             ["Complications", L(w.pick(LABOUR), lang)]]
    if w.chance(0.7):
        s.t("medication")
        rows.append(["Médication au congé" if lang == "fr" else "Discharge meds", L(w.pick(MED), lang)])
    bb = [["Bébé" if lang == "fr" else "Baby", w.pick(["Garçon", "Fille"] if lang == "fr" else ["Boy", "Girl"]) + " " + p["surname"]],
          ["Poids naissance" if lang == "fr" else "Birth weight", f"{w.r.randint(2600, 4300)} g"],
          ["Particularités" if lang == "fr" else "Notes", L(w.pick(NB), lang)]]
    title = "Résumé de congé - Obstétrique" if lang == "fr" else "Discharge summary - Obstetrics"
    org = ORGS["hosp"] if w.chance(0.7) else ORGS["hosp_en"]
    pdf = make_pdf(title, [("h1", org[lang]), ("h", title), ("t", rows), ("s", 10), ("t", bb),
                           ("p", "Suivi CLSC demandé dans les 72 h." if lang == "fr" else "CLSC follow-up requested within 72 h.")])
    fname = w.pick([f"resume_conge_{mrn.replace(' ', '')}.pdf", "Resume_conge.pdf", f"AvisDeNaissance_{s['date']:%Y%m%d}.pdf",
                    f"Résumé de congé obstétrique – {p['surname']} {p['given']}.pdf"])
    s["attachments"].append({"name": fname, "ctype": "application/pdf", "data": pdf})
    body = (w.pick(["Avis de congé et résumé en pièce jointe pour suivi postnatal.", "Voir le document ci-joint. Merci d'assurer la visite à domicile.",
                    "Ci-joint le résumé de congé."]) if lang == "fr"
            else w.pick(["Discharge notice and summary attached for postnatal follow-up.", "See attached, please arrange the home visit."]))
    s["frm"], s["to"] = addr(w, sender), [generic_box("clsc_peri")]
    s["subject"] = w.pick(["Avis de congé", "Congé obstétrique - suivi CLSC", "Résumé de congé", "Avis de naissance"]) if lang == "fr" \
        else w.pick(["Discharge notice", "OB discharge - CLSC follow-up"])
    s["text"] = compose(w, lang, sender, body)
    return s.finish()


# ---------------------------------------------------------------- P17 DOCX consult letter
def p_docx_letter(w, lang):
    s = pos(w, "lettre_docx" if lang == "fr" else "letter_docx", lang, "consultation letter as Word document")
    ob, sf = w.staff_pick("ob"), w.staff_pick("sf")
    p = mother(w, lang, 0.4)
    dx, med, _ = dx_with(w)
    while med is None:
        dx, med, _ = dx_with(w)
    s.t("patient_name", "diagnosis", "medication")
    idl = id_line(w, p, lang, s, 0.8, True, 0.5)
    if lang == "fr":
        blocks = [("h", "Lettre de consultation - obstétrique"),
                  ("p", f"Objet : {full(p)} - {idl}"),
                  ("p", f"Chère collègue,\n\nMerci de m'avoir adressé votre cliente, {gp(w)}, pour {L(dx, lang)}. "
                        f"À l'examen, TA {w.r.randint(118, 158)}/{w.r.randint(70, 104)}. Je recommande {L(med, lang)} "
                        "et une échographie de contrôle dans deux semaines."),
                  ("p", "Veuillez agréer mes salutations distinguées.")]
    else:
        blocks = [("h", "Consultation letter - obstetrics"),
                  ("p", f"Re: {full(p)} - {idl}"),
                  ("p", f"Dear colleague,\n\nThank you for referring your client, {gp(w)}, for {L(dx, lang)}. "
                        f"On exam, BP {w.r.randint(118, 158)}/{w.r.randint(70, 104)}. I recommend {L(med, lang)} "
                        "and a follow-up scan in two weeks."),
                  ("p", "Kind regards.")]
    data = make_docx(blocks, s["date"], full(ob), "Consultation")
    s["attachments"].append({"name": w.pick(["Lettre_consultation.docx", f"consult_{w.r.randint(100, 999)}.docx", "lettre.docx",
                                             f"Lettre de consultation – {full(p)}.docx"]),
                             "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "data": data})
    body = ("Vous trouverez ma lettre de consultation en pièce jointe." if lang == "fr" else "Please find my consultation letter attached.")
    s["frm"], s["to"] = addr(w, ob), [addr(w, sf)]
    s["subject"] = w.pick(["Lettre de consultation", "Consultation - suivi", "Réponse à votre demande"]) if lang == "fr" \
        else w.pick(["Consultation letter", "Re: your referral"])
    s["text"] = compose(w, lang, ob, body, to=sf)
    return s.finish()


# ---------------------------------------------------------------- P18 ICS appointment
def p_ics(w, lang):
    s = pos(w, "invitation_rdv" if lang == "fr" else "appointment_invite", lang,
            "calendar invitation for a named client's care appointment")
    sf = w.staff_pick("sf")
    other = w.pick([w.staff_pick("ibclc"), w.staff_pick("sf"), w.staff_pick("ob")])
    p = mother(w, lang, 0.2)
    s.t("patient_name", "diagnosis")
    wk, d = ga(w)
    dx = L(w.pick(DX), lang)
    start = dt.datetime.combine(rel_date(s["date"], w.r.randint(2, 20)), dt.time(w.r.choice([9, 10, 13, 14, 15]), w.r.choice([0, 30])))
    end = start + dt.timedelta(minutes=w.pick([30, 45, 60]))
    if lang == "fr":
        summ = w.pick([f"Suivi prénatal {wk} sem - {full(p)}", f"{p['surname']} {p['given']} - rencontre conjointe",
                       f"RV {full(p)} ({dx})"])
        desc = f"Cliente {gp(w)}, {ga_str(wk, d, lang, r=w.r)}. Motif : {dx}. Apporter le dossier papier."
        loc = w.pick(["Maison de naissance - salle 2", "HRSA clinique externe obstétrique, local B-214", "Domicile de la cliente"])
    else:
        summ = w.pick([f"Prenatal visit {wk} wks - {full(p)}", f"{full(p)} - joint visit", f"Appt {full(p)} ({dx})"])
        desc = f"Client {gp(w)}, {ga_str(wk, d, lang, r=w.r)}. Reason: {dx}. Bring paper chart."
        loc = w.pick(["Birthing centre - room 2", "Lakeview OB clinic, B-214", "Client's home"])
    if "Domicile" in loc or "home" in loc:
        s.t("patient_contact")
        loc += " : " + w.address(lang)
    ics = make_ics(f"{w.r.getrandbits(64):016x}@{sf['org']['domain']}", start, end, summ, desc, loc,
                   (full(sf), sf["email"]), [(full(other), other["email"])], s["date"].astimezone(dt.timezone.utc))
    if w.chance(0.5):
        s["calendar"] = ics
        s["body"] = "alt"
    else:
        s["attachments"].append({"name": "invite.ics" if w.chance(0.6) else "rendez-vous.ics", "ctype": "text/calendar", "data": ics})
    body = (f"Invitation : {summ}\nQuand : {fday(start, lang)} {start:%H:%M}\nOù : {loc}" if lang == "fr"
            else f"Invitation: {summ}\nWhen: {fday(start, lang)} {start:%H:%M}\nWhere: {loc}")
    s["frm"], s["to"] = addr(w, sf), [addr(w, other)]
    s["subject"] = ("Invitation : " if lang == "fr" else "Invitation: ") + summ
    s["text"] = body + "\n"
    return s.finish()


# ---------------------------------------------------------------- P19 vCard of a client
def p_vcard(w, lang):
    s = pos(w, "vcard_cliente" if lang == "fr" else "client_vcard", lang, "client's vCard with home address and pregnancy notes")
    sf, sf2 = w.staff_pick("sf"), w.staff_pick("sf")
    p = mother(w, lang, 0.2)
    s.t("patient_name", "patient_contact")
    dpa = rel_date(s["date"], w.r.randint(3, 40))
    note = (f"DPA {dpa.isoformat()}, {gp(w)}. Accouchement à domicile prévu." if lang == "fr"
            else f"EDD {dpa.isoformat()}, {gp(w)}. Planned home birth.")
    if w.chance(0.6):
        s.t("lab_result")
        note += " SGB positif." if lang == "fr" else " GBS positive."
    if w.chance(0.5):
        note += (" Code de la porte : " if lang == "fr" else " Door code: ") + str(w.r.randint(1000, 9999))
    bday = None
    if w.chance(0.4):
        s.t("date_of_birth")
        bday = p["dob"].isoformat()
    vcf = make_vcf(p["given"], p["surname"], tels=[("CELL", w.phone()), ("HOME", w.phone())], email=personal_email(w, p),
                   adr=("HOME", w.address(lang).replace(",", "\\,")), note=note, bday=bday)
    s["attachments"].append({"name": f"{_slug(full(p))}.vcf", "ctype": "text/vcard", "data": vcf})
    body = (w.pick(["Je te transfère la fiche de ma cliente pour la garde de ce soir.", "Coordonnées de la cliente, au cas où elle t'appelle cette nuit."])
            if lang == "fr" else w.pick(["Forwarding my client's contact card for tonight's call.", "Client contact in case she calls overnight."]))
    s["frm"], s["to"] = addr(w, sf), [addr(w, sf2)]
    s["subject"] = w.pick(["Fiche cliente", "Coordonnées pour la garde", "Contact"]) if lang == "fr" else w.pick(["Client card", "Contact for call"])
    s["text"] = compose(w, lang, sf, body, to=sf2, sig_style=w.pick([1, 4]))
    return s.finish()


# ---------------------------------------------------------------- P20 ZIP of transfer documents
def p_zip(w, lang):
    s = pos(w, "zip_dossier" if lang == "fr" else "zip_records", lang, "ZIP archive with transfer documents of a client")
    sender = w.staff_pick(w.pick(["adm", "sf"]))
    p = mother(w, lang, 0.5)
    dx = w.pick(DX)
    s.t("patient_name", "diagnosis")
    blocks = [("h", "Formulaire de transfert" if lang == "fr" else "Transfer form"),
              ("p", f"Cliente : {full(p)}" if lang == "fr" else f"Client: {full(p)}"),
              ("p", ("Motif : " if lang == "fr" else "Reason: ") + L(dx, lang))]
    if p.get("nam"):
        blocks.insert(2, ("p", "NAM : " + pnam(w, p, s, 0)))
    pdf = make_pdf("Transfert", blocks)
    s.t("lab_result")
    labrows = [["analyse", "resultat", "date"] if lang == "fr" else ["test", "result", "date"]]
    tests = [("Hb", f"{w.r.randint(88, 128)} g/L"), ("Plaquettes" if lang == "fr" else "Platelets", f"{w.r.randint(90, 310)} x10^9/L"),
             ("Ferritine" if lang == "fr" else "Ferritin", f"{w.r.randint(5, 60)} ug/L"), ("TSH", f"{w.r.randint(5, 70) / 10} mU/L"),
             ("Glycémie à jeun" if lang == "fr" else "Fasting glucose", f"{w.r.randint(42, 62) / 10} mmol/L"),
             ("SGB" if lang == "fr" else "GBS", w.pick(["positif", "négatif"] if lang == "fr" else ["positive", "negative"]))]
    for t, v in w.sample(tests, 4):
        labrows.append([t, v, rel_date(s["date"], -w.r.randint(1, 40)).isoformat()])
    csvb = make_csv(labrows)
    files = [(f"transfert_{_slug(p['surname'])}.pdf", pdf), ("labos.csv", csvb)]
    if w.chance(0.5):
        files.append(("README.txt", ("Documents pour le transfert de soins." if lang == "fr" else "Documents for transfer of care.").encode("utf-8")))
    data = make_zip(files, s["date"])
    s["attachments"].append({"name": w.pick(["documents_transfert.zip", "dossier.zip", f"transfert_{s['date']:%Y%m%d}.zip"]),
                             "ctype": "application/zip", "data": data})
    body = ("Les documents demandés sont dans le fichier compressé." if lang == "fr" else "The requested documents are in the zip file.")
    s["frm"], s["to"] = addr(w, sender), [generic_box("obs" if w.chance(0.5) else "archives")]
    s["subject"] = w.pick(["Documents de transfert", "Dossier demandé", "Envoi de documents"]) if lang == "fr" else w.pick(["Transfer documents", "Requested records"])
    s["text"] = compose(w, lang, sender, body)
    return s.finish()


# ---------------------------------------------------------------- P21 leak in the file name only
def p_filename_only(w, lang):
    s = pos(w, "nom_fichier" if lang == "fr" else "filename_leak", lang,
            "only the attachment file name identifies the client and her condition")
    sender = w.staff_pick(w.pick(["sf", "adm", "inf"]))
    to = w.staff_pick(w.pick(["sf", "ob"]))
    p = mother(w, lang, 0.15)
    s.t("patient_name", "diagnosis")
    cond = w.pick([("RCIU", "IUGR"), ("placenta-praevia", "placenta-praevia"), ("preeclampsie", "preeclampsia"),
                   ("siege", "breech"), ("DG-insuline", "GDM-insulin"), ("HPP", "PPH"), ("mastite", "mastitis")])
    c = cond[0] if lang == "fr" else cond[1]
    style = w.r.randrange(4)
    sur, giv = p["surname"], p["given"]
    if style == 0:
        fn = f"Echo_T3_{sur}-{giv}_{c}.png"
    elif style == 1:
        fn = f"{sur.upper()}_{giv}_{c}_{s['date']:%Y-%m-%d}.png"
    elif style == 2:
        fn = f"scan {giv} {sur} - {c}.png"
    else:
        fn = f"{c}_{sur}_{giv[0]}.png"
    if w.chance(0.3):
        fn = fn.replace(".png", ".jpg")
    data = make_png(80, 60, w.r.randrange(100))
    s["attachments"].append({"name": fn, "ctype": "image/png" if fn.endswith("png") else "image/jpeg", "data": data})
    body = w.pick(["Ci-joint.", "Voir la pièce jointe, merci.", "Le scan demandé.", "Pour ton dossier."]) if lang == "fr" \
        else w.pick(["Attached.", "See attachment, thanks.", "The scan you asked for."])
    s["frm"], s["to"] = addr(w, sender), [addr(w, to)]
    s["subject"] = w.pick(["Scan", "Document", "Pièce jointe", "Tel que demandé", "(sans objet)"]) if lang == "fr" \
        else w.pick(["Scan", "Document", "As requested", "FW:"])
    s["text"] = body + "\n\n" + sender["given"] + "\n"
    return s.finish()


# ---------------------------------------------------------------- P22 "statistics" workbook with a detail sheet
def p_stats_with_detail(w, lang):
    s = pos(w, "stats_avec_detail" if lang == "fr" else "stats_with_detail", lang,
            "monthly statistics workbook whose second sheet lists individual clients")
    sender = w.staff_pick(w.pick(["tech", "coord"]))
    to = w.staff_pick("chef")
    m = s["date"].month
    summary = [["Indicateur", "Valeur"] if lang == "fr" else ["Indicator", "Value"],
               ["Naissances MDN" if lang == "fr" else "Births at centre", w.r.randint(18, 40)],
               ["Naissances à domicile" if lang == "fr" else "Home births", w.r.randint(2, 9)],
               ["Transferts intrapartum" if lang == "fr" else "Intrapartum transfers", w.r.randint(2, 8)],
               ["Allaitement exclusif J10 (%)" if lang == "fr" else "Exclusive BF day 10 (%)", w.r.randint(70, 92)]]
    detail = [["Dossier", "Nom", "Motif transfert", "Issue"] if lang == "fr" else ["Chart", "Name", "Transfer reason", "Outcome"]]
    s.t("patient_name", "diagnosis", "mrn")
    used = set()
    for _ in range(summary[3][1]):
        p = mother(w, lang, 0.1, used)
        nm = f"{p['surname']}, {p['given']}"
        if p.get("nam"):
            nm += " " + pnam(w, p, s, 0)
        detail.append([w.mrn(3), nm, L(w.pick(LABOUR), lang), w.pick(["AVS", "Césarienne", "Ventouse"] if lang == "fr" else ["SVD", "C-section", "Vacuum"])])
    data = make_xlsx([("Sommaire" if lang == "fr" else "Summary", summary), ("Détail transferts" if lang == "fr" else "Transfer detail", detail)],
                     s["date"], full(sender))
    s["attachments"].append({"name": f"stats_{s['date']:%Y_%m}.xlsx",
                             "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data": data})
    body = ("Voici les statistiques du mois. L'onglet détail est pour la revue des transferts au comité." if lang == "fr"
            else "Monthly stats attached. The detail tab is for the transfer review at committee.")
    s["frm"], s["to"] = addr(w, sender), [addr(w, to)]
    s["subject"] = w.pick(["Statistiques mensuelles", f"Stats {m:02d}/2025", "Indicateurs du mois"]) if lang == "fr" else w.pick(["Monthly statistics", f"Stats {m:02d}/2025"])
    s["text"] = compose(w, lang, sender, body, to=to)
    return s.finish()


# ---------------------------------------------------------------- P23 message forwarded as .eml attachment
def p_eml_forward(w, lang):
    inner_fn = w.pick([gen_pos_clin.p_transfer_request, gen_pos_clin.p_lactation, gen_pos_clin.p_home_visit,
                       gen_pos_clin.p_pharmacy, gen_pos_clin.p_rh, gen_pos_clin.p_booking])
    inner = inner_fn(w, lang)
    s = pos(w, "transfert_eml" if lang == "fr" else "forwarded_eml", lang,
            "clinical message forwarded as attached .eml (" + inner["cat"] + ")")
    s.t(*inner["types"])
    fw = w.staff_pick(w.pick(["chef", "coord", "sf"]))
    to = w.staff_pick(w.pick(["sf", "inf", "adm"]))
    inner["date"] = s["date"] - dt.timedelta(hours=w.r.randint(2, 50))
    inner["filename"] = w.pick([None, "message.eml", (inner["subject"][:40].replace("/", "-") + ".eml")])
    inner["crlf"] = False
    s["forward"] = inner
    body = w.pick(["Pour suivi, voir le courriel ci-joint.", "FYI - peux-tu t'en occuper?", "Je te transfère, merci de prendre en charge."]) \
        if lang == "fr" else w.pick(["For follow-up, see attached.", "FYI - can you take this?", "Forwarding for action."])
    s["frm"], s["to"] = addr(w, fw), [addr(w, to)]
    s["subject"] = ("TR: " if lang == "fr" else "FW: ") + inner["subject"]
    s["text"] = compose(w, lang, fw, body, to=to, sig_style=w.pick([1, 2, 3]))
    return s.finish()
