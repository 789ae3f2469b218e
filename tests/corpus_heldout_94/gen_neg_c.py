"""Negative templates, part C: attachments (blank forms, statistics, invoices,
recalls, inventories, calendars, vCards, reports, minutes)."""
import datetime as dt

from stdnum import luhn
from stdnum.ca import bn as ca_bn

import gen_common as C
import gen_compose as K
import gen_data as D
import gen_files as F
import gen_ids as I
from gen_neg_a import _spec, team

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def luhn9(rng, first=None):
    body = str(first or rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(7))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------- N23 blank form
def blank_form(ctx, lang):
    rng = ctx.rng
    frm = C.st(rng.choice(["Ducharme", "Côté", "Goldberg"]))
    kind = rng.choice(["prep", "tao", "echange", "consent_scs"])
    blank = "________________________"
    if lang == "fr":
        title = {"prep": "Formulaire d'évaluation initiale – PrEP", "tao": "Demande d'admission – traitement par agonistes opioïdes",
                 "echange": "Autorisation de communiquer des renseignements", "consent_scs": "Consentement – services de consommation supervisée"}[kind]
        paras = [f"Nom de l'usager : {blank}", f"Prénom : {blank}", f"NAM : {blank}   Exp. : ____/____",
                 "Date de naissance (AAAA-MM-JJ) : ____-____-____", f"Téléphone : {blank}",
                 {"prep": "Dernier test VIH : ____________  Créatinine : ________  Hépatite B (AgHBs) : ☐ nég ☐ pos",
                  "tao": "Substance(s) : ☐ fentanyl ☐ héroïne ☐ opioïdes Rx   Voie : ☐ IV ☐ inhalée ☐ orale",
                  "echange": "J'autorise ______________________ à communiquer avec ______________________ au sujet de : ______",
                  "consent_scs": "J'ai reçu l'information sur les règles du site et sur la naloxone. ☐ Oui"}[kind],
                 "Signature de l'usager : ______________________   Date : ____________",
                 f"Version {rng.randrange(2, 9)}.{rng.randrange(0, 9)} – {D.REF_DATE:%Y-%m}"]
        body = (f"{C.greet(rng, 'fr')}\n\n{rng.choice(['Voici la nouvelle version du formulaire (vierge) à utiliser dès lundi.', 'Le gabarit mis à jour est en pièce jointe. Merci de détruire les anciennes copies.', 'Formulaire vierge en PJ, à imprimer recto seulement.'])}\n\n"
                f"{C.signature(rng, frm, 'fr')}")
        subj = rng.choice([f"Formulaire vierge – {title}", "Nouveau gabarit de formulaire", "Mise à jour formulaire"])
    else:
        title = {"prep": "PrEP initial assessment form", "tao": "OAT intake form", "echange": "Consent to release information",
                 "consent_scs": "Supervised consumption services consent"}[kind]
        paras = [f"Client last name: {blank}", f"First name: {blank}", f"RAMQ no.: {blank}  Exp.: ____/____",
                 "Date of birth (YYYY-MM-DD): ____-____-____", f"Phone: {blank}",
                 "Last HIV test: ________  Creatinine: ______  HBsAg: ☐ neg ☐ pos" if kind == "prep" else "Substances: ☐ fentanyl ☐ heroin ☐ Rx opioids",
                 "Client signature: ______________________  Date: ________"]
        body = (f"{C.greet(rng, 'en')}\n\n{rng.choice(['New blank version of the form, to use from Monday.', 'Updated template attached; please shred the old copies.'])}\n\n"
                f"{C.signature(rng, frm, 'en')}")
        subj = rng.choice([f"Blank form – {title}", "Updated form template"])
    if rng.random() < 0.5:
        data, name, ctype = F.make_docx(title, paras), f"{title.split(' – ')[0].replace(' ', '_')[:40]}_vierge.docx" if lang == "fr" else "form_template.docx", DOCX
    else:
        data, name, ctype = F.make_pdf(title, paras, header=D.ORG_FR), ("formulaire_vierge.pdf" if lang == "fr" else "blank_form.pdf"), "application/pdf"
    return _spec("blank_form", lang, subj, frm.who(lang), [team(lang)], body, "blank form template attachment",
                 atts=[{"name": name, "ctype": ctype, "data": data}])


# ---------------------------------------------------------------- N24 stats XLSX
def stats_xlsx(ctx, lang):
    rng = ctx.rng
    frm = C.st("Côté")
    months = ["2024-10", "2024-11", "2024-12", "2025-01", "2025-02"]
    hdr = (["Mois", "Visites SCS", "Usagers uniques", "Surdoses", "Naloxone administrée", "Références TAO", "Dépistages VHC"]
           if lang == "fr" else ["Month", "SCS visits", "Unique clients", "Overdoses", "Naloxone given", "OAT referrals", "HCV tests"])
    rows = [hdr] + [[m, rng.randrange(2800, 5200), rng.randrange(300, 700), rng.randrange(8, 40), rng.randrange(4, 30),
                     rng.randrange(5, 25), rng.randrange(20, 90)] for m in months]
    data = F.make_xlsx([("Statistiques" if lang == "fr" else "Stats", rows)])
    body = (f"{C.greet(rng, lang)}\n\n" + ("Statistiques mensuelles du SCS (données agrégées) pour le rapport au ministère."
            if lang == "fr" else "Monthly SCS statistics (aggregate) for the ministry report.") + f"\n\n{C.signature(rng, frm, lang)}")
    return _spec("stats_xlsx", lang, "Statistiques SCS" if lang == "fr" else "SCS statistics", frm.who(lang),
                 [C.st("Dumont").who(lang)], body, "aggregate statistics XLSX",
                 atts=[{"name": rng.choice(["stats_SCS_T3.xlsx", "Statistiques mensuelles.xlsx", "SCS_stats.xlsx", "Statistiques_SCS_février.xlsx"]), "ctype": XLSX, "data": data}])


# ---------------------------------------------------------------- N25 stats CSV
def stats_csv(ctx, lang):
    rng = ctx.rng
    frm = C.st(rng.choice(["Côté", "Nguyen"]))
    rows = [["mois", "tests_CT_NG", "positifs_CT", "positifs_NG", "tests_syphilis", "positifs_syphilis", "nouvelles_PrEP"]
            if lang == "fr" else ["month", "ct_ng_tests", "ct_pos", "ng_pos", "syphilis_tests", "syphilis_pos", "new_prep"]]
    for m in ["2024-09", "2024-10", "2024-11", "2024-12", "2025-01", "2025-02"]:
        t = rng.randrange(300, 700)
        rows.append([m, t, rng.randrange(10, 50), rng.randrange(5, 30), rng.randrange(150, 400), rng.randrange(3, 20), rng.randrange(5, 40)])
    data = F.make_csv(rows, delimiter=rng.choice([",", ";"]))
    body = (f"{C.greet(rng, lang)}\n\n" + ("Données agrégées de positivité ITSS, 6 derniers mois. Aucune donnée nominative."
            if lang == "fr" else "Aggregate STI positivity, last 6 months. No identifying data.") + f"\n\n{C.signature(rng, frm, lang)}")
    return _spec("stats_csv", lang, "Positivité ITSS – données agrégées" if lang == "fr" else "STI positivity – aggregate",
                 frm.who(lang), [team(lang)], body, "aggregate STI statistics CSV",
                 atts=[{"name": rng.choice(["positivite_itss.csv", "positivité_ITSS_6mois.csv"]) if lang == "fr" else "sti_positivity.csv", "ctype": "text/csv", "data": data}])


# ---------------------------------------------------------------- N26 invoice
def invoice_pdf(ctx, lang):
    rng = ctx.rng
    sup = rng.choice([("Distributions MédiPlus inc.", "mediplus.example"), ("HarmRed Supply Co.", "harmred.example"),
                      ("Fournitures Santé Laval", "fsl.example")])
    bn = None
    while not bn:
        cand = luhn9(rng, 8)
        if ca_bn.is_valid(cand):
            bn = cand
    items = rng.sample([("Trousse naloxone nasale 4 mg (2 doses)", 48.50), ("Seringues 1 mL 28G, boîte de 100", 21.90),
                        ("Pipes en pyrex, paquet de 50", 34.00), ("Bandelettes de détection du fentanyl, 100", 95.00),
                        ("Condoms, caisse de 1000", 119.00), ("Contenants biorisques 5 L", 6.25), ("Tampons d'alcool, 200", 4.80)], 4)
    po = f"BC-{rng.randrange(2025000, 2025999)}"
    lines = [f"Facture no {rng.randrange(100000, 999999)}    Bon de commande : {po}", f"Date : {D.REF_DATE.isoformat()}",
             f"Client : {D.ORG_FR}, {D.ORG_ADDR}", ""]
    total = 0
    for desc, price in items:
        q = rng.randrange(2, 40)
        lot = f"LOT {rng.choice('ABCK')}{rng.randrange(10000, 99999)}"
        lines.append(f"{q:>4} x {desc:<45} {lot:<12} {q * price:>9.2f} $")
        total += q * price
    tps, tvq = total * 0.05, total * 0.09975
    lines += ["", f"Sous-total : {total:.2f} $", f"TPS ({bn} RT0001) : {tps:.2f} $", f"TVQ (1{rng.randrange(10**8, 10**9)} TQ0001) : {tvq:.2f} $",
              f"TOTAL : {total + tps + tvq:.2f} $", "Payable net 30 jours."]
    pdf = F.make_pdf("FACTURE" if lang == "fr" else "INVOICE", lines, header=sup[0])
    body = (f"{C.greet(rng, lang)}\n\n" + (f"Veuillez trouver ci-joint notre facture pour le bon de commande {po}."
            if lang == "fr" else f"Please find attached our invoice for PO {po}.") + f"\n\n{sup[0]}\ncomptes@{sup[1]}")
    return _spec("invoice_pdf", lang, f"Facture – {po}" if lang == "fr" else f"Invoice – {po}", (sup[0], f"comptes@{sup[1]}"),
                 [("Comptes payables", f"cp@{D.ORG_DOMAIN}")], body, "supplier invoice with lot and tax numbers",
                 atts=[{"name": f"Facture_{po}.pdf" if lang == "fr" else f"Invoice_{po}.pdf", "ctype": "application/pdf", "data": pdf}])


# ---------------------------------------------------------------- N27 supplier recall
def supplier_recall(ctx, lang):
    rng = ctx.rng
    ph = C.st("Tessier")
    lots = [f"{rng.choice(['NX', 'FT', 'SY'])}{rng.randrange(100000, 999999)}" for _ in range(rng.randrange(2, 5))]
    serials = [luhn9(rng) for _ in range(2)]
    k = rng.randrange(3)
    prod = ["trousses de naloxone nasale", "bandelettes de détection du fentanyl", "seringues 0,5 mL"][k] if lang == "fr" else \
        ["nasal naloxone kits", "fentanyl test strips", "0.5 mL syringes"][k]
    if lang == "fr":
        body = (f"Bonjour,\n\nAVIS DE RAPPEL VOLONTAIRE – {prod}\nLots visés : {', '.join(lots)}\n"
                f"Motif : {['défaut du vaporisateur (dose incomplète possible)', 'taux de faux négatifs élevé', 'emballage stérile compromis'][k]}.\n"
                f"Retirer immédiatement des inventaires et des sacs des travailleurs de rue. Les unités de remplacement arriveront "
                f"jeudi. Numéros de série des bacs d'entreposage concernés : {', '.join(serials)}.\n\nMerci.")
        subj = f"RAPPEL – {prod} – lots {lots[0]} et suivants"
    else:
        body = (f"Hello,\n\nVOLUNTARY RECALL – {prod}\nAffected lots: {', '.join(lots)}\nReason: "
                f"{['sprayer defect (possible incomplete dose)', 'high false-negative rate', 'sterile packaging compromised'][k]}.\n"
                f"Remove from stock and outreach bags now. Replacement Thursday. Storage bin serials: {', '.join(serials)}.")
        subj = f"RECALL – {prod} – lots {lots[0]} and others"
    body += "\n\n" + C.signature(rng, ph, lang)
    return _spec("supplier_recall", lang, subj, ph.who(lang), [team(lang)], body, "supplier recall with lot and serial numbers")


# ---------------------------------------------------------------- N28 asset inventory
def asset_inventory(ctx, lang):
    rng = ctx.rng
    it = C.st("Giguère")
    hdr = ["No d'actif", "Appareil", "No de série", "Local", "Responsable"] if lang == "fr" else ["Asset no.", "Device", "Serial", "Room", "Owner"]
    devs = ["Portable Dell Latitude", "Lecteur de glycémie", "Moniteur SpO2", "Réfrigérateur vaccins", "Imprimante HP",
            "FibroScan 530", "Défibrillateur DEA", "Tablette iPad"]
    rows = [hdr]
    for _ in range(rng.randrange(6, 11)):
        s = C.STAFF[rng.randrange(len(C.STAFF))]
        rows.append([luhn9(rng), rng.choice(devs), f"SN{rng.randrange(10**7, 10**8)}", f"{rng.randrange(1, 3)}{rng.randrange(10, 40)}", s.full])
    data = F.make_xlsx([("Inventaire" if lang == "fr" else "Inventory", rows)])
    body = (f"{C.greet(rng, lang)}\n\n" + ("Inventaire annuel des actifs – merci de vérifier les appareils à votre nom."
            if lang == "fr" else "Annual asset inventory - please check devices assigned to you.") + f"\n\n{C.signature(rng, it, lang)}")
    return _spec("asset_inventory", lang, "Inventaire des actifs 2025" if lang == "fr" else "Asset inventory 2025", it.who(lang),
                 [team(lang)], body, "asset inventory with Luhn-valid asset numbers",
                 atts=[{"name": "inventaire_actifs.xlsx" if lang == "fr" else "asset_inventory.xlsx", "ctype": XLSX, "data": data}])


# ---------------------------------------------------------------- N29 training invitation (ICS)
def training_ics(ctx, lang):
    rng = ctx.rng
    org = C.st(rng.choice(["Ducharme", "Lavoie", "Brisebois"]))
    d = I.future_day(rng, 5, 30)
    start = dt.datetime(d.year, d.month, d.day, rng.choice([9, 13]), 0)
    what = rng.choice(["Formation naloxone et RCR – personnel", "Formation : micro-induction buprénorphine",
                       "Atelier ITSS : prélèvements multisites"]) if lang == "fr" else rng.choice(
        ["Naloxone & CPR training – staff", "Training: buprenorphine micro-induction"])
    desc = ("Formation obligatoire pour le personnel du SCS. Apporter votre carte d'employé." if lang == "fr"
            else "Mandatory for SCS staff. Bring your staff ID.")
    ics = F.make_ics(f"{rng.randrange(10**9)}@{D.ORG_DOMAIN}", start, start + dt.timedelta(hours=3), what, desc,
                     location="Salle Papineau", organizer=(org.full, org.addr), attendees=[(team(lang)[0], team(lang)[1])])
    body = f"{what}\n{I.fmt_day(d, lang)} {start:%H:%M}\n\n{org.given}"
    return _spec("training_ics", lang, ("Invitation : " if lang == "fr" else "Invitation: ") + what, org.who(lang), [team(lang)], body,
                 "staff training calendar invitation",
                 atts=[{"name": "invite.ics", "ctype": "text/calendar; method=REQUEST", "data": ics, "cte": "base64"}])


# ---------------------------------------------------------------- N30 staff vCard
def staff_vcard(ctx, lang):
    rng = ctx.rng
    s = C.st(rng.choice(["Kaba", "Diallo", "Zerrouki", "Mitchell", "Charbonneau"]))
    frm = C.st(rng.choice(["Ducharme", "Restrepo"]))
    vcf = F.make_vcf(s.given, s.surname, tel=f"{D.ORG_PHONE} x{rng.randrange(2000, 2999)}", email=s.addr,
                     org=D.ORG_FR if s.domain == D.ORG_DOMAIN else s.domain, title=s.role_fr if lang == "fr" else s.role_en)
    body = (f"{C.greet(rng, lang)}\n\n" + (f"Coordonnées professionnelles de {s.full}, notre nouvelle personne-ressource."
            if lang == "fr" else f"Work contact details for {s.full}, our new contact person.") + f"\n\n{frm.given}")
    return _spec("staff_vcard", lang, "Nouvelle personne-ressource" if lang == "fr" else "New contact person", frm.who(lang),
                 [team(lang)], body, "vCard of a staff member",
                 atts=[{"name": f"{s.given} {s.surname}.vcf", "ctype": "text/vcard", "data": vcf}])


# ---------------------------------------------------------------- N31 annual report PDF
def annual_report_pdf(ctx, lang):
    rng = ctx.rng
    frm = C.st("Dumont")
    lines = [f"Personnes suivies en TAO : {rng.randrange(400, 900)}" if lang == "fr" else f"People on OAT: {rng.randrange(400, 900)}",
             f"Visites au SCS : {rng.randrange(30000, 60000)}" if lang == "fr" else f"SCS visits: {rng.randrange(30000, 60000)}",
             f"Surdoses renversées sur place : {rng.randrange(150, 400)} (aucun décès)" if lang == "fr" else f"On-site overdoses reversed: {rng.randrange(150, 400)} (no deaths)",
             f"Traitements VHC amorcés : {rng.randrange(40, 120)}; RVS12 : 96 %" if lang == "fr" else f"HCV treatments started: {rng.randrange(40, 120)}; SVR12 96%",
             f"Nouvelles PrEP : {rng.randrange(100, 300)}" if lang == "fr" else f"New PrEP starts: {rng.randrange(100, 300)}",
             "", "Équipe médicale : Dre A. Vachon (TAO), Dr K. Haddad (ITSS/VIH), Dre P. Raman (VHC, consultante)."]
    pdf = F.make_pdf("Rapport annuel 2024" if lang == "fr" else "Annual report 2024", lines, header=D.ORG_FR)
    body = (f"{C.greet(rng, lang)}\n\n" + ("Rapport annuel pour le bailleur de fonds, données agrégées seulement." if lang == "fr"
            else "Annual report for the funder, aggregate data only.") + f"\n\n{C.signature(rng, frm, lang)}")
    return _spec("annual_report_pdf", lang, "Rapport annuel 2024" if lang == "fr" else "Annual report 2024", frm.who(lang),
                 [("Fondation", "subventions@fondation-sante.example")], body, "aggregate annual report PDF",
                 atts=[{"name": rng.choice(["Rapport_annuel_2024.pdf", "Rapport annuel 2024 – version finale.pdf"]) if lang == "fr" else "Annual_report_2024.pdf", "ctype": "application/pdf", "data": pdf}])


# ---------------------------------------------------------------- N32 minutes DOCX
def minutes_docx(ctx, lang):
    rng = ctx.rng
    sec = C.st("Côté")
    present = ", ".join(s.full for s in rng.sample(C.STAFF, 6))
    if lang == "fr":
        paras = [f"Présences : {present}", f"1. Incidents T3 : {rng.randrange(20, 50)} surdoses au SCS, toutes renversées; 2 erreurs de "
                 f"distribution de doses à la pharmacie partenaire (sans conséquence).", "2. Ordonnance collective naloxone : adoptée.",
                 "3. Pénurie Bicillin : Dr Haddad présente le plan de priorisation.", "4. Prochaine rencontre : 15 mai."]
        title = "Procès-verbal – Comité qualité"
    else:
        paras = [f"Present: {present}", f"1. Q3 incidents: {rng.randrange(20, 50)} overdoses at the SCS, all reversed.",
                 "2. Naloxone standing order: adopted.", "3. Bicillin shortage: Dr. Haddad presented the prioritization plan."]
        title = "Minutes – Quality Committee"
    data = F.make_docx(title, paras)
    body = f"{C.greet(rng, lang)}\n\n" + ("Procès-verbal de la dernière rencontre." if lang == "fr" else "Minutes of the last meeting.") + \
        f"\n\n{C.signature(rng, sec, lang)}"
    return _spec("minutes_docx", lang, title, sec.who(lang), [team(lang)], body, "committee minutes DOCX",
                 atts=[{"name": rng.choice(["PV_comite_qualite.docx", "Procès-verbal comité qualité.docx"]) if lang == "fr" else "minutes.docx", "ctype": DOCX, "data": data}])


# ---------------------------------------------------------------- N33 staff certification list
def staff_cert_list(ctx, lang):
    rng = ctx.rng
    frm = C.st(rng.choice(["Rioux", "Ducharme"]))
    hdr = ["Employé", "Titre", "RCR expire le", "Formation naloxone", "Vaccin hép. B"] if lang == "fr" else \
        ["Employee", "Title", "CPR expires", "Naloxone training", "Hep B vaccine"]
    rows = [hdr] + [[s.full, s.role_fr if lang == "fr" else s.role_en, I.future_day(rng, 10, 400).isoformat(),
                     rng.choice(["à jour", "à refaire"] if lang == "fr" else ["current", "due"]),
                     rng.choice(["complété", "incomplet"] if lang == "fr" else ["complete", "incomplete"])]
                    for s in rng.sample(C.STAFF, 9)]
    data = F.make_xlsx([("Personnel" if lang == "fr" else "Staff", rows)])
    body = f"{C.greet(rng, lang)}\n\n" + ("Suivi des certifications du personnel – merci de mettre à jour." if lang == "fr"
                                         else "Staff certification tracking - please update.") + f"\n\n{C.signature(rng, frm, lang)}"
    return _spec("staff_cert_list", lang, "Certifications du personnel" if lang == "fr" else "Staff certifications", frm.who(lang),
                 [team(lang)], body, "staff certification spreadsheet",
                 atts=[{"name": "certifications_personnel.xlsx" if lang == "fr" else "staff_certs.xlsx", "ctype": XLSX, "data": data}])


# ---------------------------------------------------------------- N34 forwarded newsletter as .eml
def fwd_newsletter_eml(ctx, lang):
    rng = ctx.rng
    from gen_neg_b import newsletter
    inner = newsletter(ctx, lang)
    inner["mode"] = "plain"
    eml = K.inner_eml(rng, inner, ctx.stats)
    frm = C.st(rng.choice(["Vachon", "Haddad", "Ducharme"]))
    body = (rng.choice(["À lire, intéressant pour notre clientèle.", "Pour info – voir le bulletin joint."]) if lang == "fr"
            else rng.choice(["Worth a read.", "FYI - bulletin attached."])) + f"\n\n{frm.given}"
    return _spec("fwd_newsletter_eml", lang, ("TR: " if lang == "fr" else "Fwd: ") + inner["subject"], frm.who(lang), [team(lang)],
                 body, "newsletter forwarded as attached message", atts=[{"eml": eml, "name": None}])


# ---------------------------------------------------------------- N35 out of office
def ooo_autoreply(ctx, lang):
    rng = ctx.rng
    s = C.st(rng.choice(["Vachon", "Haddad", "Lavoie", "Benali", "Goldberg"]))
    d = I.future_day(rng, 3, 15)
    if lang == "fr":
        body = (f"Bonjour,\n\nJe suis absente/absent du bureau jusqu'au {I.fmt_date(rng, d, 'fr', 'long')}. Pour les urgences TAO "
                f"(doses, ordonnances), contactez le médecin de garde au {D.ORG_PHONE}. Pour le SCS : {D.SCS_PHONE}.\n\n{s.titled('fr')}")
        subj = "Réponse automatique : " + rng.choice(["Absence", "Question", "RE: suivi"])
    else:
        body = (f"Hello,\n\nI am out of the office until {I.fmt_date(rng, d, 'en', 'long')}. For urgent OAT issues (doses, prescriptions), "
                f"call the on-call physician at {D.ORG_PHONE}.\n\n{s.titled('en')}")
        subj = "Automatic reply: " + rng.choice(["Out of office", "Question", "RE: follow-up"])
    return _spec("ooo_autoreply", lang, subj, s.who(lang), [("", f"noreply@{D.HOSP_DOMAIN}")], body, "out-of-office auto-reply",
                 extra_headers=[("Auto-Submitted", "auto-replied")])


# ---------------------------------------------------------------- N36 employee's own sick note
def staff_medical_note(ctx, lang):
    rng = ctx.rng
    emp = C.st(rng.choice(["Restrepo", "Nolet", "Giguère", "Côté"]))
    mgr = C.st(rng.choice(["Dumont", "Rioux"]))
    if lang == "fr":
        body = (f"Bonjour,\n\nComme convenu, voici mon billet médical : arrêt de travail de deux semaines ({rng.choice(['entorse lombaire', 'chirurgie d’un jour', 'pneumonie'])}). "
                f"Retour prévu le {I.fmt_date(rng, I.future_day(rng, 12, 16), 'fr', 'long')}.\n\n{emp.given}")
        subj = "Billet médical – absence"
    else:
        body = (f"Hi,\n\nAs discussed, here's my doctor's note: two weeks off ({rng.choice(['lower back sprain', 'day surgery', 'pneumonia'])}). "
                f"Back on {I.fmt_date(rng, I.future_day(rng, 12, 16), 'en', 'long')}.\n\n{emp.given}")
        subj = "Doctor's note – absence"
    return _spec("staff_medical_note", lang, subj, emp.who(lang), [mgr.who(lang)], body, "employee's own sick note (staff HR)",
                 atts=[{"name": "billet_medical.png" if lang == "fr" else "doctor_note.png", "ctype": "image/png", "data": F.make_png(seed=rng.randrange(99))}])
