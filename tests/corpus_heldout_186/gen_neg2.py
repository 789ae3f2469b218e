"""Negative scenarios, part 2: statistics, newsletters, committees, conferences, postings, invoices, recalls."""
import gen_common as C
import gen_docs as D
from stdnum import ean, luhn
from gen_neg1 import luhn_serial, matricule
from gen_scen import SST_BOX_EN, SST_BOX_FR, html_doc, html_table, p_html, spec, text_table


def gtin13(r):
    body = "0" + "".join(r.choice("0123456789") for _ in range(11))
    return body + ean.calc_check_digit(body)


def all_staff(ctx):
    return ("Tout le personnel", "tout.le.personnel@" + C.ORG_DOMAIN) if ctx.fr else ("All staff", "all-staff@" + C.ORG_DOMAIN)


def aggregate_stats(ctx):
    r = ctx.rng
    adv = ctx.staff(role=ctx.L("conseiller en prévention SST", "OHS Prevention Advisor"))
    dg = ctx.staff(role=ctx.L("directrice des ressources humaines", "Director of Human Resources"))
    cats = ctx.L(["Troubles musculosquelettiques", "Exposition sang/liquides", "Violence (usagers)", "Chutes", "Lésions psychologiques"],
                 ["Musculoskeletal disorders", "Blood/body fluid exposure", "Violence (patients)", "Falls", "Psychological injuries"])
    rows = [[ctx.L("Catégorie", "Category"), "T1", "T2", "T3", ctx.L("Jours perdus", "Days lost")]]
    for c in cats:
        rows.append([c, r.randint(4, 60), r.randint(4, 60), r.randint(4, 60), r.randint(20, 900)])
    cost = r.randint(180, 900) * 1000
    q = r.choice(["T3 2024-2025", "T2 2024-2025"]) if ctx.fr else r.choice(["Q3 2024-25", "Q2 2024-25"])
    if ctx.fr:
        intro = ("Bonjour,\n\nTableau de bord SST %s. Le taux de fréquence des lésions est de %.1f par 200 000 heures travaillées; "
                 "les coûts d'indemnisation imputés par la CNESST totalisent %s $. Aucune donnée nominative n'est incluse.") % (
            q, r.uniform(3, 9), format(cost, ",").replace(",", " "))
    else:
        intro = ("Hello,\n\nOHS dashboard %s. Injury frequency rate is %.1f per 200,000 hours worked; "
                 "compensation costs charged by CNESST total $%s. No personal data is included.") % (q, r.uniform(3, 9), format(cost, ","))
    outro = ctx.sig(adv)
    html = html_doc(p_html(intro), html_table(rows), p_html(outro))
    text = intro + "\n\n" + text_table(rows) + "\n\n" + outro
    atts = []
    if r.random() < 0.5:
        atts.append({"filename": ctx.L("tableau_bord_SST.xlsx", "OHS_dashboard.xlsx"), "ctype": D.CT["xlsx"],
                     "data": D.xlsx([("Lesions", rows), (ctx.L("Par unité", "By unit"), [[u, r.randint(0, 14)] for u in ctx.L(C.UNITS_FR, C.UNITS_EN)])])})
    return spec(ctx, "aggregate_stats", ctx.L("tableau de bord SST agrégé", "aggregate OHS dashboard"),
                adv, [dg], ctx.L("Tableau de bord SST - %s", "OHS dashboard - %s") % q, text, html=html, attachments=atts)


def vaccination_coverage(ctx):
    r = ctx.rng
    nurse = ctx.staff()
    rows = [[ctx.L("Unité", "Unit"), ctx.L("Effectif", "Staff"), ctx.L("Vaccinés", "Vaccinated"), "%"]]
    for u in ctx.L(C.UNITS_FR, C.UNITS_EN)[:8]:
        n = r.randint(25, 140)
        v = r.randint(n // 3, n)
        rows.append([u, n, v, "%d %%" % round(100 * v / n) if ctx.fr else "%d%%" % round(100 * v / n)])
    if ctx.fr:
        subj = "Couverture vaccinale influenza et COVID - semaine %d" % r.randint(44, 52)
        body = ("Bonjour,\n\nVoici la couverture vaccinale du personnel par unité. L'objectif ministériel est de 80 %%. "
                "Bravo à l'équipe de l'hémodialyse et à Mme Pilon, infirmière-chef, pour la clinique de nuit!\n\n%s\n\n%s") % (text_table(rows), ctx.sig(nurse))
    else:
        subj = "Flu and COVID vaccine coverage - week %d" % r.randint(44, 52)
        body = ("Hello,\n\nHere is staff vaccine coverage by unit. The ministry target is 80%%. "
                "Kudos to the haemodialysis team and to Ms. Pilon, head nurse, for the night clinic!\n\n%s\n\n%s") % (text_table(rows), ctx.sig(nurse))
    return spec(ctx, "vaccination_coverage", ctx.L("couverture vaccinale du personnel par unité", "staff vaccine coverage by unit"),
                nurse, [all_staff(ctx)], subj, body)


def newsletter(ctx):
    r = ctx.rng
    ed = ctx.staff(role=ctx.L("conseillère en communication", "Communications Advisor"))
    d1, d2, d3 = ctx.people.staff(), ctx.people.staff(), ctx.people.staff()
    if ctx.fr:
        subj = "Bulletin SST – %s" % r.choice(["novembre", "décembre", "janvier", "février", "mars"])
        text = ("BULLETIN SANTÉ ET SÉCURITÉ AU TRAVAIL\n\n"
                "1. Bienvenue %s, médecin responsable en santé au travail, avec une expertise en maladies infectieuses "
                "et en tuberculose latente. Arrivée en remplacement %s, qui prend sa retraite après 22 ans.\n\n"
                "2. Piqûres d'aiguille : 37 expositions déclarées cette année, dont 60 %% lors de la disposition. Utilisez les "
                "contenants jaunes et activez le dispositif de sécurité!\n\n"
                "3. Hépatite B : tout le personnel exposé au sang doit avoir un anti-HBs documenté. %s, "
                "tient une clinique sans rendez-vous le mardi.\n\n"
                "4. Prévention des TMS : formation PDSB le 14 et le 28 — inscription sur l'intranet.\n\n"
                "5. Santé psychologique : le PAE offre 6 séances gratuites. 1 800 555-0188.\n\n%s\n%s") % (
            ("à la Dre " if d1["sex"] == "F" else "au Dr ") + C.full(d1), ("de la Dre " if d2["sex"] == "F" else "du Dr ") + C.full(d2),
            ("Mme " if d3["sex"] == "F" else "M. ") + C.full(d3) + (", infirmière" if d3["sex"] == "F" else ", infirmier"),
            C.full(ed), ed["role"])
    else:
        subj = "OHS Newsletter - %s" % r.choice(["November", "December", "January", "February", "March"])
        text = ("OCCUPATIONAL HEALTH AND SAFETY NEWSLETTER\n\n"
                "1. Welcome to Dr. %s, Occupational Health physician lead, with a background in infectious diseases "
                "and latent tuberculosis. Taking over from Dr. %s, who retires after 22 years.\n\n"
                "2. Needlesticks: 37 exposures reported this year, 60%% during disposal. Use the yellow "
                "containers and activate the safety device!\n\n"
                "3. Hepatitis B: all staff exposed to blood need a documented anti-HBs. %s, RN, "
                "runs a walk-in clinic on Tuesdays.\n\n"
                "4. MSD prevention: safe patient handling training on the 14th and 28th - register on the intranet.\n\n"
                "5. Mental health: the EAP offers 6 free sessions. 1 800 555-0188.\n\n%s\n%s") % (
            C.full(d1), C.full(d2), ("Ms. " if d3["sex"] == "F" else "Mr. ") + C.full(d3), C.full(ed), ed["role"])
    return spec(ctx, "newsletter", ctx.L("bulletin SST au personnel", "OHS staff newsletter"), ed, [all_staff(ctx)], subj, text,
                html=None if r.random() < 0.4 else html_doc("<h2>%s</h2>" % subj, p_html(text)))


def committee_notice(ctx):
    r = ctx.rng
    sec = ctx.staff(role=ctx.L("secrétaire du comité paritaire SST", "Secretary, Joint OHS Committee"))
    d = ctx.day(-r.randint(5, 15))
    pres = ctx.people.staff()
    agenda = ctx.L(["Adoption de l'ordre du jour", "Suivi des accidents du trimestre (données agrégées)", "Programme de prévention : risques biologiques",
                    "Rapport du sous-comité violence", "Inspection des salles de bain ergonomiques", "Varia"],
                   ["Adoption of agenda", "Quarterly accident follow-up (aggregate data)", "Prevention programme: biological hazards",
                    "Violence sub-committee report", "Ergonomic bathroom inspection", "Other business"])
    text = ctx.L("Bonjour aux membres du comité paritaire,\n\nLa prochaine rencontre aura lieu le %s à 13 h 30, salle du conseil (B-301) et sur Teams.\n\nOrdre du jour :\n%s\n\nPrésidence : %s\n\n%s",
                 "Dear Joint OHS Committee members,\n\nThe next meeting is on %s at 1:30 pm, board room (B-301) and on Teams.\n\nAgenda:\n%s\n\nChair: %s\n\n%s") % (
        d.strftime("%Y-%m-%d"), "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda)),
        ctx.L("Mme " if pres["sex"] == "F" else "M. ", "Ms. " if pres["sex"] == "F" else "Mr. ") + C.full(pres), ctx.sig(sec))
    atts = []
    if r.random() < 0.6:
        start = d.strftime("%Y%m%d") + "T133000"
        atts.append({"filename": "reunion.ics" if ctx.fr else "meeting.ics", "ctype": D.CT["ics"], "charset": "utf-8",
                     "text": D.ics("cps-%d@chvo.example" % ctx.index, start, d.strftime("%Y%m%d") + "T153000",
                                   ctx.L("Comité paritaire SST", "Joint OHS Committee"), ctx.L("Ordre du jour en pièce jointe", "Agenda attached"),
                                   "B-301", (C.full(sec), sec["email"]))})
    return spec(ctx, "committee_notice", ctx.L("convocation du comité paritaire SST", "joint OHS committee notice"),
                sec, [("Comité paritaire SST" if ctx.fr else "Joint OHS Committee", "cps@" + C.ORG_DOMAIN)],
                ctx.L("Convocation - comité paritaire SST du %s", "Notice - Joint OHS Committee %s") % d.strftime("%Y-%m-%d"), text, attachments=atts)


def conference_programme(ctx):
    r = ctx.rng
    org = ctx.staff(role=ctx.L("coordonnatrice de la formation", "Education Coordinator"))
    sp = [ctx.people.staff() for _ in range(5)]
    topics = ctx.L(["Tuberculose latente chez les travailleurs de la santé", "Prophylaxie post-exposition au VIH : mise à jour 2025",
                    "Retour au travail après un trouble musculosquelettique", "Violence en psychiatrie : prévention",
                    "Vaccination contre la coqueluche chez les travailleuses enceintes"],
                   ["Latent tuberculosis in healthcare workers", "HIV post-exposure prophylaxis: 2025 update",
                    "Return to work after a musculoskeletal disorder", "Violence in psychiatry: prevention",
                    "Pertussis vaccination in pregnant healthcare workers"])
    lines = []
    for i, (s, t) in enumerate(zip(sp, topics)):
        lines.append("%02d:%02d  %s — %s %s" % (8 + i, 30, t, ("Dre" if s["sex"] == "F" else "Dr") if ctx.fr else "Dr.", C.full(s)))
    prog = D.pdf(ctx.L("Journée régionale de santé au travail 2025", "Regional Occupational Health Day 2025"),
                 [ctx.L("Programme", "Programme"), ""] + lines + ["", ctx.L("Lieu : Auberge du Lac-aux-Hérons. Inscription 95 $.", "Venue: Lac-aux-Hérons Inn. Registration $95.")])
    text = ctx.L("Bonjour,\n\nLe programme de la Journée régionale de santé au travail est disponible (pièce jointe). Accréditation : 6 h de formation.\n\n%s\n\n%s",
                 "Hello,\n\nThe programme for the Regional Occupational Health Day is out (attached). Accreditation: 6 h CME.\n\n%s\n\n%s") % (
        "\n".join(lines), ctx.sig(org))
    return spec(ctx, "conference_programme", ctx.L("programme de congrès en santé au travail", "occupational health conference programme"),
                org, [all_staff(ctx)], ctx.L("Programme - Journée régionale de santé au travail", "Programme - Regional Occupational Health Day"),
                text, attachments=[{"filename": ctx.L("programme_journee_SST.pdf", "OH_day_programme.pdf"), "ctype": D.CT["pdf"], "data": prog}])


def job_posting(ctx):
    r = ctx.rng
    hr = ctx.staff(role=ctx.L("conseillère en acquisition de talents", "Talent Acquisition Advisor"))
    post = r.choice([("infirmière clinicienne en santé au travail", "Occupational Health Nurse (BScN)"),
                     ("ergonome", "Ergonomist"), ("agent(e) de gestion de l'invalidité", "Disability Management Officer")])
    no = "%s-%04d" % (ctx.day(0).strftime("%Y"), r.randint(100, 9999))
    if ctx.fr:
        subj = "Affichage %s - %s" % (no, post[0])
        text = ("AFFICHAGE DE POSTE %s\n\nTitre : %s\nService : Santé et sécurité au travail\nStatut : temps complet permanent, jour\n"
                "Échelle salariale : 32,98 $ à 54,39 $/h\n\nResponsabilités : suivi des dossiers d'accident et de maladie professionnelle, "
                "vaccination du personnel, gestion des expositions au sang, collaboration avec la CNESST et les gestionnaires.\n\n"
                "Exigences : BAC en sciences infirmières, 2 ans d'expérience, connaissance de la LATMP.\n\n"
                "Postuler avant le %s : emplois@%s\n\n%s") % (no, post[0], ctx.dstr(-14), C.ORG_DOMAIN, ctx.sig(hr))
    else:
        subj = "Posting %s - %s" % (no, post[1])
        text = ("JOB POSTING %s\n\nTitle: %s\nDepartment: Occupational Health and Safety\nStatus: full-time permanent, days\n"
                "Pay scale: $32.98 to $54.39/h\n\nDuties: follow-up of workplace accident and occupational disease files, "
                "staff immunization, blood exposure management, liaison with CNESST and managers.\n\n"
                "Requirements: BScN, 2 years' experience, knowledge of workers' compensation law.\n\n"
                "Apply by %s: jobs@%s\n\n%s") % (no, post[1], ctx.dstr(-14), C.ORG_DOMAIN, ctx.sig(hr))
    return spec(ctx, "job_posting", ctx.L("affichage de poste en SST", "OHS job posting"), hr, [all_staff(ctx)], subj, text)


def invoice_vaccine(ctx):
    r = ctx.rng
    buyer = ctx.staff(role=ctx.L("acheteuse, approvisionnement", "Buyer, Procurement"))
    vend = ("Pharma Boréale - Facturation", "factures@pharmaboreale.example")
    inv = "FB-%06d" % r.randint(10000, 999999)
    items = [[ctx.L("Article", "Item"), "GTIN", ctx.L("Lot", "Lot"), ctx.L("Exp.", "Exp."), ctx.L("Qté", "Qty"), ctx.L("Prix", "Price")]]
    total = 0.0
    for v in r.sample(C.STAFF_MEDS + ["Tubersol 5 UT/0,1 mL", "Adacel-Polio"], 4):
        q = r.randint(10, 200)
        pr = round(r.uniform(8, 160), 2)
        total += q * pr
        items.append([v, gtin13(r), "%s%d" % (r.choice(["U", "N", "AHB", "T"]), r.randint(10000, 99999)), "2026-%02d" % r.randint(1, 12), q, "%.2f" % pr])
    lines = ["%s %s" % (ctx.L("Facture", "Invoice"), inv), ctx.L("Client : ", "Customer: ") + C.ORG_FR + " - SST",
             ctx.L("Adresse de livraison : ", "Ship to: ") + C.ORG_ADDR, ctx.L("Bon de commande : ", "PO: ") + "PO-%07d" % r.randint(1000000, 9999999), ""]
    lines += [" | ".join(str(c) for c in row) for row in items]
    lines += ["", ctx.L("Total avant taxes : %.2f $", "Subtotal: $%.2f") % total, ctx.L("Conditions : net 30 jours", "Terms: net 30")]
    fmt = r.choice(["pdf", "xlsx"])
    data = D.pdf(ctx.L("Facture", "Invoice"), lines) if fmt == "pdf" else D.xlsx([("Facture" if ctx.fr else "Invoice", [[l] for l in lines[:5]] + items)])
    text = ctx.L("Bonjour,\n\nVeuillez trouver ci-joint la facture %s pour la livraison du %s (vaccins et produits biologiques, chaîne de froid respectée).\n\nService à la clientèle : 1 800 555-0155\nDistribution Pharma Boréale",
                 "Hello,\n\nPlease find attached invoice %s for the delivery of %s (vaccines and biologics, cold chain maintained).\n\nCustomer service: 1 800 555-0155\nDistribution Pharma Boréale") % (inv, ctx.dstr(3))
    return spec(ctx, "invoice", ctx.L("facture de vaccins avec lots et GTIN", "vaccine invoice with lots and GTINs"),
                vend, [buyer], ctx.L("Facture %s", "Invoice %s") % inv, text,
                attachments=[{"filename": "%s.%s" % (inv, fmt), "ctype": D.CT[fmt], "data": data}])


def purchase_order(ctx):
    r = ctx.rng
    adv = ctx.staff(role=ctx.L("conseiller en ergonomie", "Ergonomics Advisor"))
    buyer = ctx.staff(role=ctx.L("acheteur, approvisionnement", "Buyer, Procurement"))
    po = "PO-%07d" % r.randint(1000000, 9999999)
    items = ctx.L([("Lève-personne sur rail Likorall 243", 2, 8950.00), ("Toile de transfert universelle, taille L", 12, 189.50),
                   ("Chaise ergonomique ajustable", 6, 612.00), ("Planche de transfert Beasy", 4, 295.00)],
                  [("Likorall 243 ceiling lift", 2, 8950.00), ("Universal transfer sling, size L", 12, 189.50),
                   ("Adjustable ergonomic chair", 6, 612.00), ("Beasy transfer board", 4, 295.00)])
    sel = r.sample(items, 3)
    rows = [[ctx.L("Description", "Description"), ctx.L("Qté", "Qty"), ctx.L("Prix unitaire", "Unit price"), ctx.L("No d'actif", "Asset no.")]]
    for d, q, p in sel:
        rows.append([d, q, "%.2f" % p, "AC-" + luhn_serial(r, 8)])
    text = ctx.L("Bonjour %s,\n\nVoici la demande d'achat pour le projet de réduction des TMS (fonds CNESST prévention). Centre de coût 7110-SST.\n\n%s\n\nLivraison : quai de réception, %s\n\n%s",
                 "Hi %s,\n\nHere is the purchase request for the MSD-reduction project (CNESST prevention fund). Cost centre 7110-OHS.\n\n%s\n\nDelivery: receiving dock, %s\n\n%s") % (
        buyer["given"], text_table(rows), C.ORG_ADDR, ctx.sig(adv))
    return spec(ctx, "purchase_order", ctx.L("demande d'achat d'équipement ergonomique", "ergonomic equipment purchase request"),
                adv, [buyer], ctx.L("Demande d'achat %s - équipements PDSB", "Purchase request %s - patient handling equipment") % po, text)


def recall_notice(ctx):
    r = ctx.rng
    pharm = ctx.staff(role=ctx.L("pharmacienne, gestion des produits", "Pharmacist, product management"))
    lots = ["%s%05d" % (r.choice(["SN", "LT", "K"]), r.randint(10000, 99999)) for _ in range(3)]
    prod = ctx.pick(["seringues de sécurité 3 mL SafetyGlide (dispositif de protection qui ne s'active pas)",
                     "aiguilles à ailettes BD Vacutainer Push Button", "vaccin Engerix-B 20 mcg (écart de température au transport)"],
                    ["SafetyGlide 3 mL safety syringes (shield fails to engage)", "BD Vacutainer Push Button winged needles",
                     "Engerix-B 20 mcg vaccine (temperature excursion in transit)"])
    text = ctx.L("AVIS DE RAPPEL - NIVEAU II\n\nProduit : %s\nLots visés : %s\nGTIN : %s\n\nMesures : retirer immédiatement les unités des lots visés, les placer en quarantaine "
                 "et aviser la pharmacie (poste 2250). Aucun risque pour les usagers vaccinés n'a été identifié. Les piqûres accidentelles liées au "
                 "produit doivent être déclarées à la SST comme d'habitude.\n\n%s",
                 "RECALL NOTICE - TYPE II\n\nProduct: %s\nAffected lots: %s\nGTIN: %s\n\nAction: immediately remove units from the affected lots, quarantine them "
                 "and notify pharmacy (ext. 2250). No risk to vaccinated patients has been identified. Needlesticks related to the "
                 "product must be reported to Occupational Health as usual.\n\n%s") % (prod, ", ".join(lots), gtin13(r), ctx.sig(pharm))
    return spec(ctx, "recall_notice", ctx.L("avis de rappel de lots", "lot recall notice"), pharm, [all_staff(ctx)],
                ctx.L("RAPPEL - %s", "RECALL - %s") % prod.split(" (")[0], text)


def drug_shortage(ctx):
    r = ctx.rng
    pharm = ctx.staff(role=ctx.L("pharmacien, approvisionnement", "Pharmacist, supply"))
    nurse = ctx.staff()
    if ctx.fr:
        subj = "Pénurie de Tubersol - passage temporaire à Aplisol"
        text = ("Bonjour,\n\nLe fabricant annonce une rupture de Tubersol (tuberculine PPD 5 UT/0,1 mL) jusqu'à la fin avril. "
                "La SST utilisera Aplisol pour les TCT préembauche et le suivi des contacts. Les deux produits ne sont pas interchangeables "
                "pour un TCT en deux étapes : compléter la 2e étape avec le même produit.\n\nStock actuel : 34 fioles (lot C5%04d).\n\n%s") % (
            r.randint(1000, 9999), ctx.sig(pharm))
    else:
        subj = "Tubersol shortage - temporary switch to Aplisol"
        text = ("Hello,\n\nThe manufacturer reports a Tubersol (tuberculin PPD 5 TU/0.1 mL) stock-out until end of April. "
                "Occupational Health will use Aplisol for pre-employment TSTs and contact follow-up. The two products are not interchangeable "
                "within a two-step TST: complete step 2 with the same product.\n\nCurrent stock: 34 vials (lot C5%04d).\n\n%s") % (
            r.randint(1000, 9999), ctx.sig(pharm))
    return spec(ctx, "drug_shortage", ctx.L("avis de pénurie de tuberculine", "tuberculin shortage notice"), pharm, [nurse, SST_BOX_FR if ctx.fr else SST_BOX_EN], subj, text)


SCENARIOS = [aggregate_stats, vaccination_coverage, newsletter, committee_notice, conference_programme, job_posting,
             invoice_vaccine, purchase_order, recall_notice, drug_shortage]
