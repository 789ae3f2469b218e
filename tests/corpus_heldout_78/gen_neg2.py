"""Negative templates, part 2: committees, job postings, IT, invoices, physician lists, services, pharmacy notices,
protocols, research, facilities, training, staff threads, public enquiries."""
import gen_attach as A
import gen_base as B
import gen_common as C
from gen_mime import Att
from gen_neg1 import _sig
from gen_pos2 import DOCX, XLSX

ALL_SAD = ("SAD", "sad-tous@" + C.ORG["ciusss"][1])


def short(s, n):
    """Cut at a word boundary, drop a trailing period or colon."""
    s = s.split(". ")[0].split(" : ")[0] if len(s) > n else s
    if len(s) > n:
        s = s[:n].rsplit(" ", 1)[0] + "..."
    return s.rstrip(".:;,")


# ---------------------------------------------------------------- N14 committee notices
def committee(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    chair = B.staff(ctx, lang, role="Conseillère en soins infirmiers" if fr else "Nursing practice advisor")
    members = [B.staff(ctx, lang) for _ in range(rng.randint(3, 6))]
    name = rng.choice(["Comité de prévention des chutes", "Comité des plaies", "Comité SP domicile", "Comité de la qualité SAD"] if fr else
                      ["Falls prevention committee", "Wound care committee", "Home palliative care committee", "Home care quality committee"])
    d = ctx.later(ctx.date(), 4, 21)
    agenda = (["Adoption de l'ordre du jour", "Suivi du taux de chutes (T2)", "Nouvelle grille Braden - implantation", "Trousse de détresse : révision du contenu",
               "Audit des piluliers (pharmacies partenaires)", "Varia"] if fr else
              ["Agenda", "Falls rate follow-up (Q2)", "Braden scale roll-out", "Distress kit contents review", "Blister pack audit (partner pharmacies)", "Other business"])
    items = rng.sample(agenda[1:-1], 3)
    text = "\n".join([B.greet(ctx, lang), "", (f"Prochaine rencontre du {name} : {C.fday(d, 'fr')}, 13 h 30, salle 2.14 et Teams." if fr else
                                               f"Next {name} meeting: {C.fday(d, 'en')}, 1:30 pm, room 2.14 and Teams."), "", ("Ordre du jour :" if fr else "Agenda:")] +
                     [f"{i + 1}. {x}" for i, x in enumerate([agenda[0]] + items + [agenda[-1]])] + ["", ("Membres : " if fr else "Members: ") + ", ".join(m.full for m in members), "", _sig(ctx, chair, lang)])
    atts = []
    if rng.random() < 0.4:
        ics = A.make_ics(f"{rng.randint(10**9, 10**10)}@ciusss-rivsaules.example", __import__("datetime").datetime(d.year, d.month, d.day, 13, 30),
                         __import__("datetime").datetime(d.year, d.month, d.day, 15, 0), name, "Ordre du jour en pièce jointe" if fr else "Agenda attached",
                         "Salle 2.14 / Teams", (chair.full, chair.email), [(m.full, m.email) for m in members])
        atts.append(Att("invitation.ics", "text/calendar", ics))
    return dict(cat="committee_notice", from_=B.pair(chair), to=[B.pair(m) for m in members], subject=f"{name} - {'convocation' if fr else 'notice'}", text=text,
                attachments=atts, note="committee notice and agenda")


# ---------------------------------------------------------------- N15 job posting
def job_posting(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    hr = B.staff(ctx, lang, org_key="ciusss", role="Conseillère en acquisition de talents" if fr else "Talent acquisition advisor")
    job = rng.choice([("Infirmière clinicienne - soutien à domicile", "Clinical nurse - home care"), ("Auxiliaire aux services de santé et sociaux", "Home support worker"),
                      ("Infirmière pivot en soins palliatifs", "Palliative care pivot nurse"), ("Ergothérapeute - SAD", "Occupational therapist - home care"),
                      ("Technicienne en pharmacie (pilulier)", "Pharmacy technician (blister packs)")])
    j = job[0] if fr else job[1]
    text = "\n".join([("AFFICHAGE INTERNE" if rng.random() < 0.5 else "AFFICHAGE EXTERNE") if fr else "JOB POSTING", "", j,
                      (f"Port d'attache : {rng.choice(C.TOWNS)} - poste permanent temps complet (35 h)" if fr else f"Base: {rng.choice(C.TOWNS)} - permanent full-time"),
                      (f"Échelle salariale : {rng.randint(26, 33)},{rng.randint(10, 99)} $ à {rng.randint(40, 54)},{rng.randint(10, 99)} $ / h" if fr else f"Pay: ${rng.randint(26, 33)}.{rng.randint(10, 99)} - ${rng.randint(40, 54)}.{rng.randint(10, 99)}/h"),
                      "", ("Exigences : permis de conduire valide, expérience en gériatrie ou en soins de plaies un atout, connaissance des soins palliatifs." if fr else
                           "Requirements: valid driver's licence; geriatrics or wound-care experience an asset; palliative care knowledge."),
                      (f"Date limite : {C.fdate(ctx.later(ctx.date(), 10, 25), lang, 'long')}" if fr else f"Deadline: {C.fdate(ctx.later(ctx.date(), 10, 25), lang, 'long')}"),
                      "", _sig(ctx, hr, lang)])
    atts = [Att("affichage.pdf" if fr else "posting.pdf", "application/pdf", A.make_pdf(j, text.split("\n")))] if rng.random() < 0.4 else []
    return dict(cat="job_posting", from_=B.pair(hr), to=[ALL_SAD], subject=("Affichage : " if fr else "Posting: ") + j, text=text, attachments=atts, note="job posting")


# ---------------------------------------------------------------- N16 IT notices
def it_notice(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    it = B.staff(ctx, lang, org_key="ciusss", role="Technicien en informatique" if fr else "IT technician")
    t = rng.choice(["tablet", "app", "vpn", "dsq", "phish", "nam"])
    body = {"tablet": (["Mise à jour des tablettes des équipes SAD ce jeudi soir (iOS 18.4 et application de notes au dossier).", "Branchez votre tablette au Wi-Fi avant de partir; aucune donnée ne sera perdue."],
                       ["Home care tablets will be updated Thursday night (iOS 18.4 and the charting app).", "Leave your tablet on Wi-Fi before leaving; no data will be lost."]),
            "app": (["La nouvelle version de l'application de planification des tournées est disponible. Nouveauté : calcul automatique du kilométrage.", "Formation de 30 minutes lundi à 12 h sur Teams."],
                    ["New version of the route planning app is live. New: automatic mileage.", "30-minute training Monday at noon on Teams."]),
            "vpn": (["Maintenance du VPN samedi de 22 h à 2 h. L'accès au dossier clinique informatisé sera impossible hors réseau.", "Les équipes de garde palliative utiliseront les formulaires papier."],
                    ["VPN maintenance Saturday 10 pm - 2 am; no remote access to the EHR.", "Palliative on-call teams should use paper forms."]),
            "dsq": (["Les accès au Dossier santé Québec (DSQ) des infirmières SAD seront renouvelés automatiquement le 1er du mois.", "Si votre carte d'accès expire, contactez le centre de services."],
                    ["Provincial health record access for home care nurses renews automatically on the 1st.", "If your access card expires, call the service desk."]),
            "nam": (["Le champ NAM du formulaire d'admission SAD valide maintenant le format (4 lettres + 8 chiffres, p. ex. ABCD 1234 5678).",
                     "Un NAM incomplet bloquera l'enregistrement; utilisez le bouton « Usager sans NAM » pour les usagers hors Québec."],
                    ["The health card (NAM) field on the home care intake form now validates the format (4 letters + 8 digits, e.g. ABCD 1234 5678).",
                     "An incomplete number blocks saving; use the 'No RAMQ number' button for out-of-province clients."]),
            "phish": (["Attention : courriels frauduleux se faisant passer pour la RAMQ et demandant vos identifiants.", "Ne cliquez sur aucun lien; transférez le message à securite@ciusss-rivsaules.example."],
                      ["Warning: phishing e-mails pretending to be RAMQ and asking for credentials.", "Don't click; forward to securite@ciusss-rivsaules.example."])}[t][0 if fr else 1]
    billet = f"{'Billet' if fr else 'Ticket'} INC{rng.randint(1000000, 9999999)}"
    text = "\n".join([B.greet(ctx, lang), ""] + body + ["", billet, "", _sig(ctx, it, lang)])
    return dict(cat="it_notice", from_=B.pair(it), to=[ALL_SAD], subject=("[TI] " if fr else "[IT] ") + short(body[0], 60), text=text, note=f"IT notice ({t})")


# ---------------------------------------------------------------- N17 invoices / purchase orders
def invoice(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    supplier = rng.choice([("Distribution Médi-Nord inc.", "medinord.example"), ("Grossiste PharmaPlus", "pharmaplus-grossiste.example"), ("Orthèses & Aides Lavallée", "oal.example")])
    rep = C.invent_staff(rng, lang)
    buyer = B.staff(ctx, lang, org_key=rng.choice(["ciusss", "ph1", "ph2"]), role="Agente d'approvisionnement" if fr else "Procurement officer")
    items = rng.sample([("Pansements alginate d'argent 10x10 (bte 10)", 84.5), ("Piluliers Dispill 7 jours (caisse 500)", 412.0), ("Gants nitrile M (caisse)", 96.0),
                        ("Seringues 1 mL (bte 100)", 22.4), ("Bas de compression classe 2", 58.0), ("Sangle lève-personne M", 189.0), ("Entretien ensacheuse pilulier", 650.0)], 3)
    rows = [["Article" if fr else "Item", "Qté" if fr else "Qty", "Prix unitaire" if fr else "Unit price", "Total"]]
    tot = 0.0
    for n, pr in items:
        q = rng.randint(1, 12)
        tot += q * pr
        rows.append([n, q, f"{pr:.2f}", f"{q * pr:.2f}"])
    rows.append(["TPS/TVQ" if fr else "GST/QST", "", "", f"{tot * 0.14975:.2f}"])
    rows.append(["Total", "", "", f"{tot * 1.14975:.2f}"])
    num = f"{rng.choice(['F', 'INV-', 'BC-'])}{rng.randint(100000, 999999)}"
    pdf = A.make_pdf(f"{'Facture' if fr else 'Invoice'} {num}", [supplier[0], f"{'Client' if fr else 'Customer'} : {buyer.org}", f"{'Bon de commande' if fr else 'PO'} : BC-{rng.randint(10000, 99999)}", ""], table=rows,
                     footer=f"TPS {rng.randint(10**8, 10**9)} RT0001 - TVQ {rng.randint(10**9, 10**10)} TQ0001")
    text = "\n".join([B.greet(ctx, lang, buyer), "", (f"Veuillez trouver ci-joint la facture {num}. Paiement net 30 jours." if fr else f"Please find invoice {num} attached. Net 30."), "",
                      rep.full, supplier[0], C.phone_fmt(rng, "514")])
    return dict(cat="invoice", from_=(rep.full, C.email_of(rep, supplier[1])), to=[B.pair(buyer)], subject=f"{'Facture' if fr else 'Invoice'} {num}", text=text,
                attachments=[Att(f"{num}.pdf", "application/pdf", pdf)], note="supplier invoice")


# ---------------------------------------------------------------- N18 physician directory / on-call list
def physician_list(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    a = B.staff(ctx, lang, role="Agente administrative" if fr else "Administrative officer")
    docs = [B.staff(ctx, lang, org_key=rng.choice(["gmf", "gmf2", "hosp"])) for _ in range(rng.randint(4, 7))]
    spec = (["gériatre - troubles neurocognitifs, chutes", "médecin de famille - soins palliatifs à domicile", "interniste - insuffisance cardiaque", "pneumologue - MPOC, oxygénothérapie",
             "dermatologue - plaies chroniques", "psychiatre gériatrique - dépression, délirium"] if fr else
            ["geriatrician - dementia, falls", "family physician - home palliative care", "internist - heart failure", "respirologist - COPD, home oxygen",
             "dermatologist - chronic wounds", "geriatric psychiatrist - depression, delirium"])
    lines = [f"{'Dre' if d.sex == 'F' else 'Dr'} {d.full} - {rng.choice(spec)} - {d.tel} (pagette {rng.randint(1000, 9999)})" for d in docs]
    text = "\n".join([B.greet(ctx, lang), "", ("Liste de garde médicale pour les soins palliatifs à domicile et ressources spécialisées :" if fr else
                                               "Physician on-call list for home palliative care and specialist resources:"), ""] + lines + ["", _sig(ctx, a, lang)])
    return dict(cat="physician_list", from_=B.pair(a), to=[ALL_SAD], subject="Liste de garde médicale" if fr else "Physician on-call list", text=text,
                note="physicians with the conditions they treat")


# ---------------------------------------------------------------- N19 meal & transport services (general)
def services(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    kind = rng.choice(["menu", "transport", "fees"])
    if kind == "menu":
        s = B.staff(ctx, lang, org_key="popote", role="Coordonnatrice" if fr else "Coordinator")
        menu = (["Lundi : pâté chinois, salade de chou", "Mardi : poulet à l'orange, riz", "Mercredi : soupe aux pois, sandwich jambon", "Jeudi : pâtes sauce à la viande", "Vendredi : poisson pané, purée"]
                if fr else ["Mon: shepherd's pie", "Tue: orange chicken, rice", "Wed: pea soup, ham sandwich", "Thu: pasta with meat sauce", "Fri: breaded fish, mashed potatoes"])
        body = [("Menu de la semaine prochaine. Versions disponibles : régulière, diabétique, hyposodée, texture purée." if fr else
                 "Next week's menu. Available: regular, diabetic, low-sodium, pureed."), ""] + menu
        subj = "Menu popote roulante" if fr else "Meals on Wheels menu"
    elif kind == "transport":
        s = B.staff(ctx, lang, org_key="transport", role="Répartitrice" if fr else "Dispatcher")
        body = [("Horaire des fêtes du transport adapté : aucun service le 25 décembre et le 1er janvier; les transports pour dialyse sont maintenus." if fr else
                 "Holiday paratransit schedule: no service Dec 25 and Jan 1; dialysis trips maintained."),
                ("Réservations au plus tard 48 h à l'avance." if fr else "Book at least 48 h in advance.")]
        subj = "Transport adapté - horaire des fêtes" if fr else "Paratransit holiday schedule"
    else:
        s = B.staff(ctx, lang, org_key="cab", role="Directrice générale" if fr else "Executive director")
        body = [(f"À compter du 1er avril, le repas de la popote passe à {rng.choice(['7,50', '8,00', '8,25'])} $ et l'accompagnement-transport à 0,50 $/km." if fr else
                 f"From April 1, meals cost ${rng.choice(['7.50', '8.00', '8.25'])} and medical escort $0.50/km."),
                ("Les usagers à faible revenu peuvent demander une exemption; formulaire disponible au bureau." if fr else "Low-income clients may request an exemption.")]
        subj = "Nouveaux tarifs" if fr else "New rates"
    text = "\n".join([B.greet(ctx, lang), ""] + body + ["", _sig(ctx, s, lang)])
    to = [B.pair(B.staff(ctx, lang)) for _ in range(rng.randint(1, 3))]
    return dict(cat="community_services", from_=B.pair(s), to=to, subject=subj, text=text, note=f"meal/transport service notice ({kind})")


# ---------------------------------------------------------------- N20 community pharmacy general notices
def pharmacy_general(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    ph = B.staff(ctx, lang, org_key=rng.choice(["ph1", "ph2", "ph3"]), role="Pharmacien propriétaire" if fr else "Pharmacist-owner")
    kind = rng.choice(["hours", "format", "delivery", "vaccine"])
    body = {"hours": (["Horaire des Fêtes : fermé le 25 décembre et le 1er janvier. Les piluliers de ces semaines seront livrés le 23 et le 30.",
                       "Pour les urgences palliatives, le pharmacien de garde est joignable au 819 555-0199."],
                      ["Holiday hours: closed Dec 25 and Jan 1. Blister packs for those weeks go out on the 23rd and 30th.", "Palliative emergencies: on-call pharmacist 819 555-0199."]),
            "format": (["Nous passons au nouveau format de pilulier à alvéoles détachables à partir de mars.", "Les infirmières du SAD recevront un échantillon de démonstration."],
                       ["We are switching to tear-off blister cards in March.", "Home care nurses will receive a demo sample."]),
            "delivery": (["Nouvelles journées de livraison : mardi (secteur Nord) et vendredi (secteur Sud).", "Les demandes de renouvellement doivent arriver 72 h à l'avance."],
                         ["New delivery days: Tuesday (North) and Friday (South).", "Refill requests need 72 h notice."]),
            "vaccine": (["Vaccination contre le zona et le VRS offerte aux 75 ans et plus, sur rendez-vous.", "Nous pouvons vacciner à domicile les usagers du SAD confinés (liste à transmettre par l'infirmière)."],
                        ["Shingles and RSV vaccines for 75+, by appointment.", "We can vaccinate homebound clients (nurse to send the list)."])}[kind][0 if fr else 1]
    text = "\n".join([B.greet(ctx, lang), ""] + body + ["", _sig(ctx, ph, lang)])
    to = [B.pair(B.staff(ctx, lang)) for _ in range(rng.randint(1, 2))]
    return dict(cat="pharmacy_notice", from_=B.pair(ph), to=to, subject=short(body[0], 55), text=text, note=f"community pharmacy notice ({kind})")


# ---------------------------------------------------------------- N21 protocols / policies
def protocol(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    a = B.staff(ctx, lang, role="Conseillère en soins infirmiers" if fr else "Nursing practice advisor")
    p = rng.choice(["kit", "falls", "wound", "insulin"])
    content = {"kit": (["Trousse de détresse en soins palliatifs à domicile - ordonnance collective", "Contenu : midazolam 5 mg SC x 2, hydromorphone selon dose de base, scopolamine 0,4 mg SC.",
                        "Indication : détresse respiratoire, hémorragie massive ou agitation terminale.", "La famille doit être formée à l'administration par la voie sous-cutanée."],
                       ["Home palliative distress kit - standing order", "Contents: midazolam 5 mg SC x2, hydromorphone per baseline dose, scopolamine 0.4 mg SC.",
                        "Indication: respiratory distress, massive bleeding or terminal agitation.", "Family must be taught SC administration."]),
               "falls": (["Protocole de prévention des chutes (révision 2025)", "Dépistage annuel chez tous les usagers de 65 ans et plus; Tinetti si chute dans les 12 derniers mois.",
                          "Révision des benzodiazépines et hypnotiques par le pharmacien communautaire.", "Référence en ergothérapie pour l'aménagement du domicile."],
                         ["Falls prevention protocol (2025 revision)", "Annual screening for all clients 65+; Tinetti if a fall in the past 12 months.",
                          "Benzodiazepine/hypnotic review by the community pharmacist.", "OT referral for home modifications."]),
               "wound": (["Algorithme de traitement des plaies de pression", "Stade 1-2 : mousse siliconée; stade 3-4 : alginate + consultation stomothérapie.",
                          "Réévaluation hebdomadaire avec mesures; photo au dossier selon la politique."],
                         ["Pressure injury treatment algorithm", "Stage 1-2: silicone foam; stage 3-4: alginate + NSWOC consult.", "Weekly reassessment with measurements."]),
               "insulin": (["Règle d'ajustement de l'insuline basale à domicile", "Augmenter de 2 unités si glycémie à jeun > 8 mmol/L trois jours de suite.",
                            "Hypoglycémie < 4 mmol/L : protocole 15-15 et aviser le médecin."],
                           ["Basal insulin titration at home", "Increase by 2 units if fasting glucose > 8 mmol/L three days in a row.", "Hypoglycaemia < 4 mmol/L: 15-15 rule, notify physician."])}[p][0 if fr else 1]
    mode = rng.choice(["inline", "pdf", "docx"])
    atts = []
    if mode == "pdf":
        atts.append(Att(rng.choice([C.fold(content[0])[:40].replace(" ", "_"), content[0]]) + ".pdf", "application/pdf", A.make_pdf(content[0], content[1:])))
    elif mode == "docx":
        atts.append(Att(C.fold(content[0])[:40].replace(" ", "_") + ".docx", DOCX, A.make_docx(content[0], content[1:], author=a.full)))
    body = [B.greet(ctx, lang), "", (f"Nouvelle version : {content[0]}." if fr else f"New version: {content[0]}.")]
    if mode == "inline":
        body += [""] + content[1:]
    else:
        body.append("Document en pièce jointe, en vigueur dès lundi." if fr else "Attached, effective Monday.")
    text = "\n".join(body + ["", _sig(ctx, a, lang)])
    return dict(cat="protocol", from_=B.pair(a), to=[ALL_SAD], subject=content[0], text=text, attachments=atts, note=f"clinical protocol ({p}, {mode})")


# ---------------------------------------------------------------- N22 research protocol
def research(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    pi = B.staff(ctx, lang, org_key="hosp", role="Chercheuse principale" if fr else "Principal investigator")
    title = rng.choice(["Effet d'un programme d'exercices à domicile sur les chutes chez les aînés fragiles", "Télésurveillance des plaies chroniques à domicile : étude pilote",
                        "Déprescription des benzodiazépines en pharmacie communautaire"] if fr else
                       ["Home exercise programme and falls in frail seniors", "Remote monitoring of chronic wounds at home: pilot", "Benzodiazepine deprescribing in community pharmacy"])
    text = "\n".join([B.greet(ctx, lang), "", (f"Le comité d'éthique a approuvé le projet « {title} » (CER-2025-{rng.randint(100, 999)})." if fr else f"The REB approved '{title}' (REB-2025-{rng.randint(100, 999)})."),
                      (f"Recrutement visé : {rng.randint(60, 240)} participants de 70 ans et plus, suivis par le SAD. Critères d'exclusion : soins palliatifs, démence sévère." if fr else
                       f"Target: {rng.randint(60, 240)} participants aged 70+, followed by home care. Exclusions: palliative care, severe dementia."),
                      ("Les infirmières pourront remettre le dépliant aux usagers admissibles; aucune donnée nominative ne doit nous être transmise sans consentement signé." if fr else
                       "Nurses may hand out the leaflet; no identifying data is to be sent without signed consent."), "", _sig(ctx, pi, lang)])
    atts = [Att("protocole_resume.pdf" if fr else "protocol_summary.pdf", "application/pdf", A.make_pdf(title[:80], text.split("\n")[2:5]))] if rng.random() < 0.5 else []
    return dict(cat="research_protocol", from_=B.pair(pi), to=[ALL_SAD], subject=("Projet de recherche : " if fr else "Research study: ") + short(title, 50), text=text, attachments=atts,
                note="research protocol, no participants")


# ---------------------------------------------------------------- N23 facilities and fleet
def facilities(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    f = B.staff(ctx, lang, org_key="fleet", role="Responsable du parc automobile" if fr else "Fleet manager")
    kind = rng.choice(["tires", "parking", "works", "fuel"])
    body = {"tires": ([f"Pose des pneus d'hiver des véhicules SAD : semaine du 3 novembre. Véhicules {', '.join(str(rng.randint(1, 30)) for _ in range(4))} le lundi.", "Laissez les clés au poste de sécurité."],
                      [f"Winter tyres for home care cars: week of Nov 3. Vehicles {', '.join(str(rng.randint(1, 30)) for _ in range(4))} on Monday.", "Leave keys at security."]),
            "parking": (["Le stationnement P3 sera fermé pour le déneigement mardi de 6 h à 10 h.", "Les voitures de service peuvent utiliser P1, rangée E."],
                        ["Lot P3 closed for snow removal Tuesday 6-10 am.", "Fleet cars may use P1, row E."]),
            "works": (["Travaux de climatisation au 2e étage du CLSC du Val-Boisé du 14 au 18 juillet.", "Le bureau SAD déménage temporairement à la salle 1.08."],
                      ["HVAC work on the 2nd floor of CLSC du Val-Boisé July 14-18.", "Home care office moves temporarily to room 1.08."]),
            "fuel": ([f"Nouvelles cartes d'essence : numéro de carte {C.gen_sin(rng)}{rng.randint(1000, 9999)} pour le véhicule {rng.randint(1, 30)}.", "NIP remis en personne."],
                     [f"New fuel cards: card number {C.gen_sin(rng)}{rng.randint(1000, 9999)} for vehicle {rng.randint(1, 30)}.", "PIN given in person."])}[kind][0 if fr else 1]
    text = "\n".join([B.greet(ctx, lang), ""] + body + ["", _sig(ctx, f, lang)])
    return dict(cat="facilities_fleet", from_=B.pair(f), to=[ALL_SAD], subject=short(body[0], 50), text=text, note=f"facilities / fleet ({kind})")


# ---------------------------------------------------------------- N24 training registrations
def training(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    a = B.staff(ctx, lang, role="Conseillère en soins infirmiers" if fr else "Nursing practice advisor")
    staff = [B.staff(ctx, lang) for _ in range(rng.randint(5, 10))]
    course = rng.choice(["PDSB - déplacements sécuritaires", "Soins de plaies complexes (niveau 2)", "Approche palliative intégrée", "Pompes SC CADD-Solis",
                         "Approche adaptée à la personne âgée (AAPA)"] if fr else ["Safe patient handling", "Complex wound care (level 2)", "Integrated palliative approach", "CADD-Solis SC pumps"])
    d = ctx.later(ctx.date(), 5, 30)
    rows = [["Nom" if fr else "Name", "Titre d'emploi" if fr else "Job title", "Matricule" if fr else "Employee #", "Groupe" if fr else "Group"]] + \
        [[s.full, s.role, rng.randint(100000, 999999), rng.choice("AB")] for s in staff]
    atts = [Att(rng.choice(["inscriptions.xlsx", f"Inscriptions - {course}.xlsx"]) if fr else "registrations.xlsx", XLSX, A.make_xlsx([("Inscriptions" if fr else "Registrations", rows)], author=a.full))] if rng.random() < 0.6 else []
    text = "\n".join([B.greet(ctx, lang), "", (f"Formation « {course} » le {C.fdate(d, 'fr', 'long')}, 8 h 30 à 16 h, salle multifonctionnelle." if fr else
                                               f"'{course}' training on {C.fdate(d, 'en', 'long')}, 8:30-4:00, multipurpose room."),
                      ("Personnes inscrites : " if fr else "Registered: ") + ", ".join(s.full for s in staff),
                      ("Apportez votre carte d'employé. Le dîner est fourni." if fr else "Bring your staff ID; lunch provided."), "", _sig(ctx, a, lang)])
    return dict(cat="training", from_=B.pair(a), to=[B.pair(s) for s in staff], subject=("Formation : " if fr else "Training: ") + course, text=text, attachments=atts,
                note="staff training registrations")


# ---------------------------------------------------------------- N25 staff thread with quoted history
def staff_thread(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    a, b = B.staff(ctx, lang), B.staff(ctx, lang)
    t0 = ctx.date()
    topic = rng.choice([("Il nous manque des pansements alginate et des tubulures dans la voiture 12. Tu peux commander?", "Commandé ce matin, livraison jeudi.",
                         "We're out of alginate dressings and pump tubing in car 12. Can you order?", "Ordered this morning, arriving Thursday."),
                        ("Est-ce que quelqu'un peut échanger sa garde palliative du 14 avec moi?", "Je peux prendre le 14 si tu prends mon 21.",
                         "Can anyone swap palliative on-call on the 14th?", "I'll take the 14th if you take my 21st."),
                        ("La glacière pour les vaccins à domicile est brisée, on utilise laquelle?", "Prends celle du point de service de Trois-Ponts.",
                         "The vaccine cooler for home visits is broken - which one do we use?", "Use the one at the Trois-Ponts site.")])
    orig = "\n".join([topic[0] if fr else topic[2], "", b.given])
    q = B.quote(orig, lang, B.pair(b), t0, rng)
    text = "\n".join([topic[1] if fr else topic[3], "", B.signature(ctx, a, lang, short=True), "", q])
    return dict(cat="staff_thread", from_=B.pair(a), to=[B.pair(b)], subject="RE: " + (topic[0] if fr else topic[2]).split("?")[0].split(". ")[0] + ("?" if "?" in (topic[0] if fr else topic[2]).split(". ")[0] else ""), text=text, note="staff reply thread, no patients")


# ---------------------------------------------------------------- N26 general public enquiry
def public_enquiry(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    citizen = C.invent_staff(rng, lang)
    sender = (citizen.full, C.email_of(citizen, rng.choice(C.PERSONAL_DOMAINS), rng.choice([0, 1, 2])))
    clerk = B.staff(ctx, lang, role="Agente administrative, accueil SAD" if fr else "Intake clerk, home care")
    q = rng.choice([("Bonjour, quels sont les critères pour s'inscrire à la popote roulante? Est-ce qu'il faut une référence du CLSC?",
                     "Hello, what are the criteria for Meals on Wheels? Do we need a CLSC referral?"),
                    ("Bonjour, offrez-vous des formations pour les proches aidants sur la maladie d'Alzheimer? Merci.",
                     "Hi, do you offer caregiver training on Alzheimer's disease? Thanks."),
                    ("Bonjour, je voudrais devenir bénévole pour l'accompagnement-transport. Qui dois-je contacter?",
                     "Hello, I'd like to volunteer as a medical escort driver. Who should I contact?")])
    ans = ("Bonjour, merci de votre message. Vous trouverez l'information dans le dépliant joint; vous pouvez aussi appeler l'accueil au 819 555-0100." if fr else
           "Hello, thanks for writing. The leaflet attached answers most questions; you can also call intake at 819 555-0100.")
    text = "\n".join([ans, "", B.signature(ctx, clerk, lang), "", B.quote(q[0 if fr else 1] + "\n" + citizen.full, lang, sender, ctx.date(), rng)])
    atts = [Att("depliant_services.pdf" if fr else "services_leaflet.pdf", "application/pdf",
                A.make_pdf("Services de soutien à domicile" if fr else "Home support services",
                           (["Soins infirmiers, aide à domicile, ergothérapie, popote roulante, transport adapté.", "Admissibilité : évaluation par le CLSC.", "Accueil : 819 555-0100"] if fr else
                            ["Nursing, home support, OT, Meals on Wheels, paratransit.", "Eligibility: CLSC assessment.", "Intake: 819 555-0100"])))]
    return dict(cat="public_enquiry", from_=B.pair(clerk), to=[sender], subject="RE: " + ("Information" if fr else "Question"), text=text, attachments=atts,
                note="general enquiry from the public, no health details")
