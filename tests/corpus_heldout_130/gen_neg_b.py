"""Negative templates, part B: shortages, recalls, statistics, teaching cases, newsletters, committees,
conferences, blank forms, templates, invoices, purchase orders, inventories, research, policies."""
import datetime as _dt

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx, make_zip
from gen_clin import L
from gen_common import ORG, OTHER_DOMS, STAFF, fmt_date, signature
from gen_mime import html_table, text_to_html
from gen_msg import add_days, inner_message, pharm_from
from gen_neg_a import luhn_serial


def shortage_notice(m, c):
    rng, lang = m.rng, m.lang
    sup = ("Distripharm - Avis clients" if lang == "fr" else "Distripharm - Customer notices",
           "avis@" + OTHER_DOMS["wholesale"])
    m.sender = sup
    m.to = [(ORG["pharm_fr"] if lang == "fr" else ORG["pharm_en"], "achats.pharmacie@" + ORG["dom"])]
    prod = rng.choice([("Coumadin (warfarine) 1 mg, 100 co", "Coumadin (warfarin) 1 mg, 100 tabs", "02007959"),
                       ("warfarine 2,5 mg (Taro), 100 co", "warfarin 2.5 mg (Taro), 100 tabs", "02242926"),
                       ("Fragmin 5000 UI seringues, 10", "Fragmin 5000 IU syringes, 10", "02132621"),
                       ("héparine 5000 U/mL, fiole 1 mL", "heparin 5000 U/mL, 1 mL vial", "00453811")])
    d = add_days(m.date, rng.randint(20, 70))
    if lang == "fr":
        m.subject = "AVIS DE RUPTURE - %s (DIN %s)" % (prod[0], prod[2])
        m.body = ("Avis de rupture d'approvisionnement\n\nProduit : %s\nDIN : %s\nDate de retour prévue : %s\n"
                  "Cause : retard de fabrication.\nAlternatives : autres teneurs disponibles ; consulter votre "
                  "pharmacien pour les combinaisons de comprimés.\nAllocation : 2 unités/semaine par client.\n\n"
                  "Service à la clientèle Distripharm - 1 800 555-0133" % (prod[0], prod[2], fmt_date(d, "long", "fr")))
    else:
        m.subject = "SHORTAGE NOTICE - %s (DIN %s)" % (prod[1], prod[2])
        m.body = ("Supply shortage notice\n\nProduct: %s\nDIN: %s\nExpected return: %s\nReason: manufacturing delay.\n"
                  "Alternatives: other strengths available; tablet combinations can be used.\nAllocation: 2 units/"
                  "week per customer.\n\nDistripharm customer service - 1 800 555-0133"
                  % (prod[1], prod[2], fmt_date(d, "long", "en")))
    m.mode = rng.choice(["plain", "html", "alt"])
    m.note = L(m, "avis de rupture d'un fournisseur", "supplier shortage notice")


def shortage_internal(m, c):
    rng, lang = m.rng, m.lang
    m.sender = pharm_from(lang)
    m.to = [("Prescripteurs" if lang == "fr" else "Prescribers", "prescripteurs@" + ORG["dom"])]
    m.subject = L(m, "Info-rupture : énoxaparine 300 mg/3 mL (fiole multidose)",
                  "Shortage bulletin: enoxaparin 300 mg/3 mL (multidose vial)")
    m.body = L(m, "Aux prescripteurs,\n\nEn raison d'une rupture, les fioles multidoses d'énoxaparine sont réservées "
                  "aux soins intensifs. Utiliser les seringues préremplies (40, 60, 80, 100 mg) ou la daltéparine "
                  "selon le tableau d'équivalence joint. Aucun changement pour les patients déjà en cours de "
                  "traitement.\n\nDr Hélène Desjardins, hématologue, et le comité de pharmacologie\n\n%s",
               "To prescribers,\n\nDue to a shortage, enoxaparin multidose vials are reserved for the ICU. Use "
               "prefilled syringes (40, 60, 80, 100 mg) or dalteparin per the attached equivalence table. No change "
               "for patients already on treatment.\n\nDr. Hélène Desjardins, hematologist, and the P&T committee"
               "\n\n%s") % signature(STAFF[8], lang, "pharm")
    rows = [["Énoxaparine" if lang == "fr" else "Enoxaparin", "Daltéparine" if lang == "fr" else "Dalteparin"],
            ["40 mg die", "5000 UI die"], ["1 mg/kg BID", "100 UI/kg BID"], ["1,5 mg/kg die" if lang == "fr"
                                                                          else "1.5 mg/kg daily", "200 UI/kg die"]]
    m.attach("application/pdf", make_pdf(L(m, "Équivalences HBPM", "LMWH equivalences"), [], rows),
             "equivalences_HBPM.pdf")
    m.note = L(m, "bulletin interne de rupture", "internal shortage bulletin")


def recall_notice(m, c):
    rng, lang = m.rng, m.lang
    m.sender = ("Rappels - Distripharm", "rappels@" + OTHER_DOMS["wholesale"])
    m.to = [("Pharmacie", "achats.pharmacie@" + ORG["dom"])]
    lots = ["%s%d" % (rng.choice(["F", "K", "W"]), rng.randint(100000, 999999)) for _ in range(3)]
    m.subject = L(m, "RAPPEL Type II - seringues d'énoxaparine, lots %s" % ", ".join(lots),
                  "Type II RECALL - enoxaparin syringes, lots %s" % ", ".join(lots))
    m.body = L(m, "Rappel volontaire au niveau du détaillant.\nMotif : dispositif de sécurité de l'aiguille "
                  "pouvant ne pas s'activer.\nLots touchés : %s (exp. 2026-08).\nAction : mettre en quarantaine et "
                  "retourner avec le formulaire joint. Les patients n'ont pas à être contactés.\n\nAffaires "
                  "réglementaires", "Voluntary recall to the retail level.\nReason: needle safety device may not "
                  "activate.\nAffected lots: %s (exp. 2026-08).\nAction: quarantine and return with the attached form. "
                  "Patients need not be contacted.\n\nRegulatory Affairs") % ", ".join(lots)
    rows = [["Lot", "Quantité retournée" if lang == "fr" else "Quantity returned", "Signature"]] + \
        [[x, "", ""] for x in lots]
    m.attach("text/csv", make_csv(rows), "formulaire_retour.csv", charset="iso-8859-1", cte="quoted-printable")
    m.note = L(m, "avis de rappel de lots", "lot recall notice")


def stats(m, c):
    rng, lang = m.rng, m.lang
    st = STAFF[16]
    m.from_staff(st)
    m.to = [("Comité de direction" if lang == "fr" else "Management committee", "direction@" + ORG["dom"])]
    months = ["2025-%02d" % i for i in range(1, 7)]
    rows = [["Mois" if lang == "fr" else "Month", "Patients actifs" if lang == "fr" else "Active patients",
             "RNI" if lang == "fr" else "INRs", "TTR (%)", "RNI > 5" if lang == "fr" else "INR > 5",
             "Transitions AOD" if lang == "fr" else "DOAC switches"]]
    for mo in months:
        rows.append([mo, rng.randint(380, 460), rng.randint(900, 1300), round(rng.uniform(62, 74), 1),
                     rng.randint(3, 14), rng.randint(4, 19)])
    m.subject = L(m, "Indicateurs clinique d'anticoagulation - S1 2025", "Anticoagulation clinic indicators - H1 2025")
    intro = L(m, "Bonjour,\n\nVoici les indicateurs du premier semestre. Le TTR moyen demeure au-dessus de la cible "
                 "de 65 %.", "Hello,\n\nHere are the first-half indicators. Mean TTR remains above the 65% target.")
    m.body = intro + "\n\n" + "\n".join("\t".join(str(x) for x in r) for r in rows) + "\n\n" + signature(st, lang)
    if rng.random() < 0.5:
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([("Indicateurs" if lang == "fr" else "Indicators", rows)]), "indicateurs_S1_2025.xlsx")
    else:
        m.html = text_to_html(intro).replace("</body>", html_table(rows[1:], rows[0]) + "</body>")
        m.mode = "alt"
    m.note = L(m, "statistiques agrégées de la clinique", "aggregate clinic statistics")


def teaching_case(m, c):
    rng, lang = m.rng, m.lang
    st = c.pharmacist()
    m.from_staff(st)
    m.to = [("Résidents en pharmacie" if lang == "fr" else "Pharmacy residents", "residents@" + ORG["dom"])]
    age = rng.randint(62, 88)
    inr = rng.choice(["6,8", "7,4", "9,1"] if lang == "fr" else ["6.8", "7.4", "9.1"])
    if lang == "fr":
        m.subject = "Cas clinique de la semaine (dépersonnalisé)"
        m.body = ("Bonjour,\n\nCas de la semaine, données modifiées :\nFemme de %d ans, FA, warfarine 5 mg die depuis "
                  "6 ans, RNI stable 2-3. Reçoit fluconazole 150 mg x 1 pour candidose puis une 2e dose 3 jours plus "
                  "tard. RNI à J5 : %s, pas de saignement.\n\nQuestions :\n1. Mécanisme de l'interaction ?\n2. Prise "
                  "en charge selon les lignes directrices ?\n3. Comment prévenir ?\n\nRéponses jeudi en club de "
                  "lecture.\n%s" % (age, inr, signature(st, lang)))
    else:
        m.subject = "Teaching case of the week (de-identified)"
        m.body = ("Hello,\n\nThis week's case, details altered:\n%d-year-old woman, AF, warfarin 5 mg daily for 6 "
                  "years, INR stable 2-3. Given fluconazole 150 mg x 1 for candidiasis, then a second dose 3 days "
                  "later. INR on day 5: %s, no bleeding.\n\nQuestions:\n1. Mechanism of the interaction?\n2. "
                  "Management per guidelines?\n3. Prevention?\n\nAnswers Thursday at journal club.\n%s"
                  % (age, inr, signature(st, lang)))
    m.note = L(m, "cas clinique dépersonnalisé", "de-identified teaching case")


def newsletter(m, c):
    rng, lang = m.rng, m.lang
    m.sender = ("Info-Pharmacie %s" % ORG["short"], "infolettre@" + ORG["dom"])
    m.to = [("Abonnés" if lang == "fr" else "Subscribers", "infolettre-abonnes@" + ORG["dom"])]
    no = rng.randint(20, 60)
    if lang == "fr":
        m.subject = "Info-Pharmacie n° %d - AOD et insuffisance rénale, nouvelle équipe" % no
        paras = ["Dans ce numéro",
                 "La Dre Hélène Desjardins, hématologue, nous présente les nouvelles recommandations sur la "
                 "thromboembolie veineuse associée au cancer.",
                 "Le Dr François Gosselin, cardiologue, répond à vos questions sur la fibrillation auriculaire et "
                 "le choix de l'AOD chez la personne âgée.",
                 "Bienvenue à Mme Annie Lemieux, pharmacienne, qui se joint à la clinique d'anticoagulation, et à "
                 "M. Patrick Beaulieu, technicien.",
                 "Rappel : le taux de RNI dans la cible a atteint 71 % ce trimestre. Bravo à l'équipe !"]
    else:
        m.subject = "Pharmacy News #%d - DOACs in renal impairment, new team members" % no
        paras = ["In this issue",
                 "Dr. Hélène Desjardins, hematologist, reviews new guidance on cancer-associated venous "
                 "thromboembolism.",
                 "Dr. François Gosselin, cardiologist, answers your questions on atrial fibrillation and DOAC choice "
                 "in older adults.",
                 "Welcome to Ms. Annie Lemieux, pharmacist, joining the anticoagulation clinic, and to Mr. Patrick "
                 "Beaulieu, technician.",
                 "Reminder: INR time in range reached 71% this quarter. Well done, team!"]
    m.body = "\n\n".join(paras) + "\n\n" + L(m, "Pour vous désabonner, répondez « STOP ».", "To unsubscribe, reply STOP.")
    m.html = ("<html><body><h1>%s</h1>%s<hr><small>%s</small></body></html>" %
              (m.subject, "".join("<p>%s</p>" % p for p in paras), ORG["addr"]))
    m.mode = rng.choice(["html", "alt"])
    m.note = L(m, "infolettre de la pharmacie", "pharmacy newsletter")


def committee(m, c):
    rng, lang = m.rng, m.lang
    sec = STAFF[23]
    m.from_staff(sec)
    m.to = [("Comité de pharmacologie" if lang == "fr" else "P&T Committee", "cp@" + ORG["dom"])]
    d = add_days(m.date, rng.randint(5, 15))
    items = L(m, ["Adoption du procès-verbal", "Ajout de l'édoxaban à la liste locale - Dr Gosselin",
                  "Protocole de réversion du dabigatran (idarucizumab) - Dre Desjardins",
                  "Ruptures : warfarine 1 mg, énoxaparine multidose", "Divers"],
              ["Approval of minutes", "Adding edoxaban to the local formulary - Dr Gosselin",
               "Dabigatran reversal protocol (idarucizumab) - Dr Desjardins",
               "Shortages: warfarin 1 mg, multidose enoxaparin", "Other business"])
    m.subject = L(m, "Convocation - Comité de pharmacologie du %s" % fmt_date(d, "long", "fr"),
                  "Notice - P&T Committee meeting %s" % fmt_date(d, "long", "en"))
    m.body = L(m, "Mesdames, Messieurs,\n\nVous êtes convoqués à la réunion du comité, salle du conseil, 12h.\n\n"
                  "Ordre du jour :\n%s\n\n%s", "Dear members,\n\nYou are invited to the committee meeting, board "
                  "room, noon.\n\nAgenda:\n%s\n\n%s") % ("\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items)),
                                                        signature(sec, lang, "pharm"))
    if rng.random() < 0.5:
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 make_docx(L(m, "Ordre du jour", "Agenda"), items), "ordre_du_jour.docx")
    m.note = L(m, "convocation du comité de pharmacologie", "P&T committee notice")


def conference(m, c):
    rng, lang = m.rng, m.lang
    m.sender = ("APES régionale", "congres@" + OTHER_DOMS["assoc"])
    m.to = [("Membres", "membres@" + OTHER_DOMS["assoc"])]
    rows = [[L(m, "Heure", "Time"), L(m, "Conférence", "Talk"), L(m, "Conférencier(ère)", "Speaker")],
            ["08:30", L(m, "Anticoagulation et cancer", "Anticoagulation and cancer"), "Dre Hélène Desjardins"],
            ["09:30", L(m, "AOD chez l'insuffisant rénal", "DOACs in renal failure"), "Pr Thomas Vermeulen (Louvain)"],
            ["10:45", L(m, "Relais périopératoire : quand s'abstenir", "Perioperative bridging: when not to"),
             "Dr Philippe Perreault"],
            ["13:00", L(m, "Valves mécaniques et grossesse", "Mechanical valves and pregnancy"), "Dr Owen Fitzgerald"],
            ["14:15", L(m, "Atelier : interactions avec la warfarine", "Workshop: warfarin interactions"),
             "Emily Harrington, pharm."]]
    d = _dt.date(2025, rng.choice([10, 11]), rng.randint(1, 28))
    m.subject = L(m, "Programme - Journée thrombose %s" % d.year, "Programme - Thrombosis Day %s" % d.year)
    m.body = L(m, "Le programme de la Journée thrombose du %s est en ligne. Inscription avant le 15 septembre. "
                  "6 UFC.", "The Thrombosis Day programme for %s is online. Register before September 15. 6 CEUs.") % \
        fmt_date(d, "long", lang)
    m.attach("application/pdf", make_pdf(m.subject, [], rows), "programme_%d.pdf" % d.year)
    m.note = L(m, "programme de conférence", "conference programme")


def blank_form(m, c):
    rng, lang = m.rng, m.lang
    a = c.any_staff()
    m.from_staff(a)
    m.to = [("GMF du Plateau", "secretariat@" + OTHER_DOMS["gmf"])]
    if lang == "fr":
        title = "Demande de consultation - Clinique d'anticoagulation"
        paras = ["Nom du patient : ______________________   Prénom : ________________",
                 "NAM : ____ ____ ____    Date de naissance : AAAA-MM-JJ    Sexe : F / M",
                 "Téléphone : (___) ___-____", "Indication : [ ] FA  [ ] TVP/EP  [ ] Valve mécanique  [ ] Autre",
                 "Anticoagulant actuel : ______________   RNI cible : ______",
                 "Médecin référent : __________________  Signature : __________",
                 "Télécopier au %s" % ORG["fax_clinic"]]
        m.subject = "Formulaire de demande de consultation (version 2025)"
        m.body = ("Bonjour,\n\nVoici la nouvelle version du formulaire à utiliser pour nous référer des patients. "
                  "Les anciennes versions ne seront plus acceptées après le 1er septembre.\n\n%s" % signature(a, lang))
    else:
        title = "Referral form - Anticoagulation Clinic"
        paras = ["Patient last name: ______________________   First name: ________________",
                 "Health card no.: ____ ____ ____    Date of birth: YYYY-MM-DD    Sex: F / M",
                 "Phone: (___) ___-____", "Indication: [ ] AF  [ ] DVT/PE  [ ] Mechanical valve  [ ] Other",
                 "Current anticoagulant: ______________   Target INR: ______",
                 "Referring physician: __________________  Signature: __________",
                 "Fax to %s" % ORG["fax_clinic"]]
        m.subject = "Referral form (2025 version)"
        m.body = ("Hello,\n\nHere is the new referral form. Older versions will not be accepted after September 1."
                  "\n\n%s" % signature(a, lang))
    if rng.random() < 0.5:
        m.attach("application/pdf", make_pdf(title, paras), "formulaire_reference_2025.pdf")
    else:
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(title, paras),
                 "formulaire_référence_2025.docx")
    m.note = L(m, "formulaire de référence vierge", "blank referral form")


def mailmerge(m, c):
    rng, lang = m.rng, m.lang
    a = c.any_staff()
    m.from_staff(a)
    m.to_staff(c.pharmacist())
    if lang == "fr":
        tpl = ("«TITRE» «PRENOM» «NOM»\n«ADRESSE»\n«VILLE» «CODE_POSTAL»\n\nObjet : votre suivi d'anticoagulation\n\n"
               "«TITRE»,\n\nVotre RNI du «DATE_RNI» était de «VALEUR_RNI». Votre nouvelle dose de warfarine est : "
               "«POSOLOGIE». Prochain prélèvement : «DATE_PROCHAIN».\n\nClinique d'anticoagulation")
        m.subject = "Modèle de lettre - fusion de publipostage à valider"
        m.body = "Peux-tu valider le texte du modèle avant qu'on le charge dans le logiciel ?\n\n" + tpl + \
            "\n\n" + a[0]
    else:
        tpl = ("{{title}} {{first_name}} {{last_name}}\n{{address}}\n{{city}} {{postal_code}}\n\nRe: your "
               "anticoagulation follow-up\n\nDear {{title}} {{last_name}},\n\nYour INR on {{inr_date}} was "
               "{{inr_value}}. Your new warfarin dose is: {{dose}}. Next test: {{next_date}}.\n\nAnticoagulation Clinic")
        m.subject = "Letter template - mail merge to review"
        m.body = "Can you check the template wording before we load it into the system?\n\n" + tpl + "\n\n" + a[0]
    if rng.random() < 0.5:
        m.attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 make_docx(L(m, "Modèle", "Template"), tpl.split("\n\n")), "modele_lettre_RNI.docx")
    m.note = L(m, "modèle de publipostage", "mail-merge template")


def invoice(m, c):
    rng, lang = m.rng, m.lang
    m.sender = ("Médipro - Facturation" if lang == "fr" else "Medipro - Billing", "facturation@" + OTHER_DOMS["supplier"])
    m.to = [("Comptes à payer", "comptes.payer@" + ORG["dom"])]
    inv = "F-%07d" % rng.randint(0, 9999999)
    client = luhn_serial(rng, 9)
    rows = [[L(m, "Article", "Item"), L(m, "Lot", "Lot"), L(m, "Qté", "Qty"), L(m, "Prix", "Price")]]
    tot = 0.0
    for it in rng.sample([("Bandelettes CoaguChek XS PT, 48", 189.0), ("Lancettes Safe-T-Pro, 200", 42.5),
                          ("Solution de contrôle PT, 4 x 1 mL", 96.0), ("Lecteur CoaguChek INRange", 699.0),
                          ("Contenants pour objets pointus 1,4 L", 3.8)], 3):
        q = rng.randint(1, 12)
        tot += q * it[1]
        rows.append([it[0], "%d%s" % (rng.randint(10000000, 99999999), rng.choice("ABCD")), q, "%.2f" % it[1]])
    paras = [L(m, "Facture n° %s" % inv, "Invoice no. %s" % inv),
             L(m, "N° de client : %s" % client, "Customer no.: %s" % client),
             L(m, "Date : %s   Échéance : 30 jours", "Date: %s   Terms: net 30") % fmt_date(m.date, "iso"),
             L(m, "Facturer à : %s, Comptes à payer, %s", "Bill to: %s, Accounts payable, %s") % (ORG["hosp_fr"],
                                                                                                 ORG["addr"]),
             "Total : %.2f $ + taxes" % tot]
    m.attach("application/pdf", make_pdf("Médipro", paras, rows), "%s.pdf" % inv)
    m.subject = L(m, "Facture %s" % inv, "Invoice %s" % inv)
    m.body = L(m, "Bonjour,\n\nVeuillez trouver ci-jointe la facture %s.\n\nMédipro inc., 1 800 555-0134",
               "Hello,\n\nPlease find attached invoice %s.\n\nMedipro Inc., 1 800 555-0134") % inv
    m.note = L(m, "facture de fournisseur", "supplier invoice")


def purchase_order(m, c):
    rng, lang = m.rng, m.lang
    buyer = STAFF[22]
    m.from_staff(buyer)
    m.to = [("Médipro - commandes", "commandes@" + OTHER_DOMS["supplier"])]
    po = "BC-%d" % rng.randint(400000, 499999)
    serials = [luhn_serial(rng, 9) for _ in range(3)]
    rows = [["Ligne", "Description", "N° de série" if lang == "fr" else "Serial no.", "Qté"]]
    for i, s in enumerate(serials):
        rows.append([i + 1, "CoaguChek INRange", "%s %s %s" % (s[:3], s[3:6], s[6:]), 1])
    m.subject = L(m, "Bon de commande %s" % po, "Purchase order %s" % po)
    m.body = L(m, "Bonjour,\n\nVoici le bon de commande %s pour le remplacement de trois lecteurs (contrat 2025-17). "
                  "Les numéros de série des appareils retournés sont indiqués.\n\n%s",
               "Hello,\n\nAttached is PO %s for the replacement of three meters (contract 2025-17). Serial numbers of "
               "returned devices are listed.\n\n%s") % (po, signature(buyer, lang, "pharm"))
    m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx([(po, rows)]),
             "%s.xlsx" % po)
    m.note = L(m, "bon de commande avec numéros de série", "purchase order with serial numbers")


def inventory(m, c):
    rng, lang = m.rng, m.lang
    tech = STAFF[10]
    m.from_staff(tech)
    m.to_staff(STAFF[8])
    rows = [["DIN", L(m, "Produit", "Product"), "Lot", "Exp.", L(m, "Quantité", "Quantity")]]
    for din, p in [("02242924", "warfarine 1 mg"), ("02242926", "warfarine 2,5 mg"), ("02377233", "apixaban 5 mg"),
                   ("02316986", "rivaroxaban 20 mg"), ("02312441", "dabigatran 150 mg"), ("02012472", "énoxaparine 40 mg"),
                   ("02231016", "tinzaparine 10 000 UI"), ("00782505", "phytonadione 10 mg/mL")]:
        rows.append([din, p, "%s%d" % (rng.choice("ABKLX"), rng.randint(100000, 999999)),
                     "2026-%02d" % rng.randint(1, 12), rng.randint(0, 400)])
    m.subject = L(m, "Inventaire mensuel anticoagulants", "Monthly anticoagulant inventory")
    m.body = L(m, "Inventaire du %s ci-joint. Quantités faibles en phytonadione.\n\n%s",
               "Inventory as of %s attached. Low on phytonadione.\n\n%s") % (fmt_date(m.date, "iso"),
                                                                             signature(tech, lang, "pharm"))
    if rng.random() < 0.5:
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([("Inventaire", rows)]), "inventaire_%s.xlsx" % fmt_date(m.date, "compact"))
    else:
        m.attach("text/csv", make_csv(rows, ";"), "inventaire.csv", charset="windows-1252", cte="quoted-printable")
    m.note = L(m, "inventaire des anticoagulants", "anticoagulant inventory")


def research(m, c):
    rng, lang = m.rng, m.lang
    m.sender = ("Comité d'éthique de la recherche" if lang == "fr" else "Research Ethics Board", "cer@" + ORG["dom"])
    m.to = [("Emily Harrington", "emily.harrington@" + ORG["dom"])]
    no = "CER-2025-%03d" % rng.randint(1, 300)
    m.subject = L(m, "Approbation finale - projet %s" % no, "Final approval - project %s" % no)
    m.body = L(m, "Madame,\n\nLe projet « Adhésion aux AOD après le congé : étude observationnelle » (%s) est approuvé. "
                  "Recrutement prévu : 240 participants ; critères : FA ou TEV, âge >= 18 ans. Les données seront "
                  "codées ; la clé de codage demeure au centre.\n\nComité d'éthique de la recherche",
               "Dear Ms. Harrington,\n\nThe project 'DOAC adherence after discharge: an observational study' (%s) is "
               "approved. Planned enrolment: 240 participants; criteria: AF or VTE, age >= 18. Data will be coded; "
               "the coding key stays on site.\n\nResearch Ethics Board") % no
    m.note = L(m, "approbation éthique d'un protocole", "ethics approval of a protocol")


def policy(m, c):
    rng, lang = m.rng, m.lang
    st = STAFF[8]
    m.from_staff(st)
    m.to = [("Équipe anticoag", "equipe.anticoag@" + ORG["dom"])]
    rows = [[L(m, "RNI", "INR"), L(m, "Ajustement hebdomadaire", "Weekly adjustment")],
            ["< 1,5" if lang == "fr" else "< 1.5", "+10-20 %"], ["1,5-1,9" if lang == "fr" else "1.5-1.9", "+5-10 %"],
            ["2,0-3,0" if lang == "fr" else "2.0-3.0", L(m, "aucun", "none")],
            ["3,1-4,0" if lang == "fr" else "3.1-4.0", "-5-10 %"],
            ["4,1-4,9" if lang == "fr" else "4.1-4.9", L(m, "omettre 1 dose, -10 %", "hold 1 dose, -10%")],
            [">= 5", L(m, "voir protocole de vitamine K", "see vitamin K protocol")]]
    m.subject = L(m, "Ordonnance collective warfarine - version 4.0 en vigueur", "Warfarin collective order - v4.0 in effect")
    m.body = L(m, "Bonjour,\n\nLa version 4.0 est en vigueur lundi. Principal changement : nomogramme ci-dessous.\n\n",
               "Hello,\n\nVersion 4.0 takes effect Monday. Main change: nomogram below.\n\n") + \
        "\n".join("%-12s %s" % (r[0], r[1]) for r in rows) + "\n\n" + signature(st, lang, "pharm")
    m.note = L(m, "mise à jour du protocole de dosage", "dosing protocol update")


def incidents(m, c):
    rng, lang = m.rng, m.lang
    q = STAFF[26]
    m.from_staff(q)
    m.to = [("Comité de gestion des risques" if lang == "fr" else "Risk management committee",
             "risques@" + ORG["dom"])]
    a, b, cc = rng.randint(2, 6), rng.randint(1, 4), rng.randint(0, 2)
    m.subject = L(m, "Bilan trimestriel des incidents - médication anticoagulante",
                  "Quarterly incident summary - anticoagulant medication")
    m.body = L(m, "Bonjour,\n\nT2 : %d erreurs de transcription de dose, %d omissions de RNI au congé, %d "
                  "événements avec conséquence mineure. Aucune conséquence grave. Action : double vérification au "
                  "congé depuis mai.\n\n%s", "Hello,\n\nQ2: %d dose transcription errors, %d missed discharge INRs, "
                  "%d events with minor harm. No serious harm. Action: independent double check at discharge since "
                  "May.\n\n%s") % (a, b, cc, signature(q, lang))
    m.note = L(m, "bilan agrégé des incidents", "aggregate incident summary")


def price_change(m, c):
    rng, lang = m.rng, m.lang
    m.sender = ("Distripharm - Service aux établissements", "etablissements@" + OTHER_DOMS["wholesale"])
    m.to = [("Achats pharmacie", "achats.pharmacie@" + ORG["dom"])]
    m.subject = L(m, "Modification de prix - HBPM au 1er juillet", "Price change - LMWH effective July 1")
    rows = [["DIN", L(m, "Produit", "Product"), L(m, "Ancien prix", "Old price"), L(m, "Nouveau prix", "New price")],
            ["02012472", "Lovenox 40 mg x 10", "61,20 $", "63,45 $"], ["02132621", "Fragmin 5000 UI x 10", "48,90 $",
                                                                       "50,10 $"]]
    m.body = L(m, "Madame, Monsieur,\n\nVeuillez noter les modifications suivantes selon l'entente d'achat "
                  "regroupé 2024-2027.\n\n", "Dear customer,\n\nPlease note the following changes under group "
                  "purchasing agreement 2024-2027.\n\n") + "\n".join(" | ".join(r) for r in rows) + \
        "\n\nDistripharm, 1 800 555-0133"
    m.note = L(m, "avis de modification de prix", "price change notice")


def forms_zip(m, c):
    rng, lang = m.rng, m.lang
    a = STAFF[16]
    m.from_staff(a)
    m.to = [("CLSC - soutien à domicile", "sad@" + OTHER_DOMS["clsc"])]
    f1 = make_pdf(L(m, "Feuille de route RNI à domicile (vierge)", "Home INR route sheet (blank)"),
                  [L(m, "Date : ______  Infirmière : ______", "Date: ______  Nurse: ______")],
                  [[L(m, "Usager", "Client"), "RNI", L(m, "Dose", "Dose"), L(m, "Remarque", "Comment")]] + [["", "", "", ""]] * 8)
    f2 = make_csv([[L(m, "nom", "name"), "nam", "rni", "date"]])
    m.attach("application/zip", make_zip([("feuille_route_vierge.pdf", f1), ("gabarit_import.csv", f2.encode())]),
             "gabarits_2025.zip")
    m.subject = L(m, "Gabarits 2025 (vierges)", "2025 templates (blank)")
    m.body = L(m, "Bonjour,\n\nVoici les gabarits vierges pour la tournée et l'importation des résultats.\n\n%s",
               "Hi,\n\nHere are the blank templates for rounds and results import.\n\n%s") % signature(a, lang)
    m.note = L(m, "archive ZIP de gabarits vierges", "ZIP of blank templates")


def forwarded_newsletter(m, c):
    rng, lang = m.rng, m.lang
    a = c.pharmacist()
    m.from_staff(a)
    m.to = [("Équipe anticoag", "equipe.anticoag@" + ORG["dom"])]
    inner = L(m, "Webinaire : gestion des saignements sous AOD\nConférencière : Dre Ana Ruiz, urgentologue\n"
                 "Date : 18 septembre, 12h\nInscription gratuite pour les membres.",
              "Webinar: managing bleeding on DOACs\nSpeaker: Dr Ana Ruiz, emergency physician\nDate: September 18, "
              "noon\nFree for members.")
    raw = inner_message(m.seed, m.key, ("APES régionale", "infos@" + OTHER_DOMS["assoc"]),
                        ("Membres", "membres@" + OTHER_DOMS["assoc"]), L(m, "Webinaire - saignements sous AOD",
                                                                         "Webinar - bleeding on DOACs"),
                        (m.date.year, m.date.month, m.date.day, 7, 30), inner)
    m.attach_eml(raw, rng.choice([None, "webinaire.eml"]))
    m.subject = L(m, "TR: Webinaire - saignements sous AOD", "FW: Webinar - bleeding on DOACs")
    m.body = L(m, "Intéressant pour la formation continue, qui veut y aller ?\n%s", "Worth it for CE, who's in?\n%s") \
        % a[0]
    m.note = L(m, "infolettre transférée en pièce jointe", "forwarded newsletter as attachment")


def audit_csv(m, c):
    rng, lang = m.rng, m.lang
    a = STAFF[0]
    m.from_staff(a)
    m.to = [("Comité qualité", "qualite@" + ORG["dom"])]
    rows = [["unite", "dossiers_audites", "bcm_complet", "rni_avant_conge", "conformite_pct"]]
    for u in ["4N", "4S", "5N", "6B", "UCC", "Urgence"]:
        n = rng.randint(10, 30)
        k = rng.randint(n // 2, n)
        rows.append([u, n, k, rng.randint(n // 2, n), round(100.0 * k / n, 1)])
    m.attach("text/csv", make_csv(rows), "audit_BCM_T2.csv", charset="us-ascii", cte="7bit")
    m.subject = L(m, "Audit BCM au congé - T2", "Discharge med rec audit - Q2")
    m.body = L(m, "Résultats agrégés de l'audit (aucune donnée nominative).\n\n%s",
               "Aggregate audit results (no identifying data).\n\n%s") % signature(a, lang, "pharm")
    m.note = L(m, "résultats agrégés d'audit", "aggregate audit results")


def drug_info(m, c):
    rng, lang = m.rng, m.lang
    a, b = c.pharmacist(), c.nurse()
    m.from_staff(a)
    m.to_staff(b)
    q = L(m, "Est-ce qu'on peut écraser l'apixaban et le rivaroxaban pour les tubes de gavage ?",
          "Can apixaban and rivaroxaban be crushed for feeding tubes?")
    m.subject = L(m, "RE: question générale - AOD écrasés", "RE: general question - crushed DOACs")
    m.body = L(m, "Oui pour les deux (rivaroxaban 15-20 mg à donner avec un gavage). Dabigatran : NON, ne jamais "
                  "ouvrir les capsules. Je l'ajoute au guide.\n\n%s\n\n> %s",
               "Yes for both (give rivaroxaban 15-20 mg with feeds). Dabigatran: NO, never open the capsules. I'll "
               "add it to the guide.\n\n%s\n\n> %s") % (signature(a, lang), q)
    m.note = L(m, "question générale d'information sur les médicaments", "general drug information question")


def directory(m, c):
    rng, lang = m.rng, m.lang
    a = STAFF[23]
    m.from_staff(a)
    m.to = [("Secrétariats", "secretariats@" + ORG["dom"])]
    rows = [[L(m, "Médecin", "Physician"), L(m, "Spécialité", "Specialty"), L(m, "Clinique", "Clinic"),
             L(m, "Poste", "Ext.")],
            ["Dre Hélène Desjardins", L(m, "hématologie - thrombose, TIH", "hematology - thrombosis, HIT"),
             L(m, "mardi", "Tuesday"), "2231"],
            ["Dr Owen Fitzgerald", L(m, "hématologie - hémophilie, thrombophilie", "hematology - haemophilia, "
                                                                              "thrombophilia"),
             L(m, "jeudi", "Thursday"), "2232"],
            ["Dr François Gosselin", L(m, "cardiologie - fibrillation auriculaire", "cardiology - atrial fibrillation"),
             L(m, "lundi", "Monday"), "2240"],
            ["Dr Wei Chen", L(m, "gastro-entérologie - saignements digestifs", "gastroenterology - GI bleeding"),
             L(m, "mercredi", "Wednesday"), "2255"]]
    m.subject = L(m, "Bottin des spécialistes - mise à jour", "Specialist directory - update")
    intro = L(m, "Bonjour,\n\nVoici la liste à jour des spécialistes et de leurs plages de consultation.",
              "Hello,\n\nHere is the updated list of specialists and their clinic days.")
    m.body = intro + "\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\n" + signature(a, lang)
    m.html = text_to_html(intro).replace("</body>", html_table(rows[1:], rows[0]) + "</body>")
    m.mode = rng.choice(["html", "alt"])
    m.note = L(m, "bottin des médecins et de leurs spécialités", "physician directory with specialties")


TEMPLATES = [("shortage", shortage_notice), ("shortage_bulletin", shortage_internal), ("recall", recall_notice),
             ("stats", stats), ("teaching_case", teaching_case), ("newsletter", newsletter),
             ("committee", committee), ("conference", conference), ("blank_form", blank_form),
             ("mailmerge", mailmerge), ("invoice", invoice), ("purchase_order", purchase_order),
             ("inventory", inventory), ("research", research), ("policy", policy), ("incidents", incidents),
             ("price_change", price_change), ("forms_zip", forms_zip), ("fwd_newsletter", forwarded_newsletter),
             ("audit", audit_csv), ("drug_info", drug_info), ("directory", directory)]
