"""More hard negatives: satisfaction surveys, nursing protocols, cold-chain
shipment notices with checksum-valid logger serials, chart audits with
aggregate results only, product-information updates, staff incident reports."""
import gen_common as C
import gen_docs as D
import gen_tpl as T


def survey_fr(r, c):
    n = r.randint(120, 320)
    rows = [["Accueil", "%d %%" % r.randint(88, 99)], ["Temps d'attente", "%d %%" % r.randint(55, 80)],
            ["Information sur le traitement", "%d %%" % r.randint(85, 98)], ["Confort des fauteuils", "%d %%" % r.randint(70, 92)],
            ["Stationnement", "%d %%" % r.randint(30, 60)]]
    comments = r.sample(["« Le personnel est chaleureux et rassurant. »", "« Trop d'attente avant que la pharmacie envoie le médicament. »",
                         "« Le stationnement coûte trop cher pour une perfusion de 4 heures. »", "« Merci à l'infirmière du fauteuil 3! »",
                         "« On devrait avoir le Wi-Fi. »"], 3)
    body = ("%s\n\nRésultats du sondage de satisfaction de la clinique de perfusion (T%d) : %d répondants, taux de réponse %d %%.\n\n%s\n\n"
            "Commentaires (anonymisés) :\n%s\n\n%s"
            % (T.greet(r, "fr"), r.randint(1, 4), n, r.randint(35, 70), T.text_table(["Dimension", "Satisfaits"], rows),
               "\n".join("- " + x for x in comments), C.signature(r, "bergeron")))
    atts = []
    if r.random() < 0.5:
        atts.append({"kind": "xlsx", "data": D.xlsx([("Sondage", ["Dimension", "Satisfaits"], rows)], "Sondage", "Qualité"),
                     "filename": "sondage_CPB.xlsx"})
    return T.spec("survey", "aggregate patient satisfaction survey with anonymous comments", "Sondage de satisfaction — résultats",
                  T.who("bergeron"), [("Équipe CPB", "equipe.cpb@" + C.ORG_DOMAIN)], body, attachments=atts, mode=r.choice(["plain", "alt"]))


def protocol_fr(r, c):
    drug = r.choice([("rituximab", "Débit initial 50 mg/h; augmenter de 50 mg/h aux 30 min jusqu'à 400 mg/h. Perfusions suivantes : 100 mg/h, "
                                   "augmenter de 100 mg/h aux 30 min."),
                     ("infliximab", "Perfuser sur 2 h (1 h possible après 3 perfusions sans réaction). Filtre 0,2 µm obligatoire."),
                     ("tocilizumab", "Diluer dans 100 mL de NaCl 0,9 %; perfuser sur 60 minutes. Vérifier neutrophiles et ALT avant."),
                     ("belimumab", "Diluer dans 250 mL de NaCl 0,9 %; perfuser sur 60 minutes. Surveiller 1 h après les 2 premières doses.")])
    blocks = [("title", "Protocole infirmier — administration de %s IV" % drug[0]), ("h", "Prémédication"),
              ("p", "Acétaminophène 650 mg PO, cétirizine 10 mg PO ± méthylprednisolone 100 mg IV selon l'ordonnance."),
              ("h", "Administration"), ("p", drug[1]),
              ("h", "Surveillance"), ("p", "Signes vitaux avant, aux 30 min pendant la première heure, puis à la fin. Réaction grade 1 : ralentir de 50 %. "
                                         "Grade 2 ou plus : cesser et aviser le médecin."),
              ("small", "Approuvé par le comité de pharmacologie — version %d" % r.randint(2, 6))]
    nurse = r.choice(["arsenault", "kowalski"])
    kind = r.choice(["pdf", "docx"])
    data = D.pdf(blocks, blocks[0][1], C.staff_name(nurse, title=False), compress=r.random() < 0.5) if kind == "pdf" else \
        D.docx(blocks, blocks[0][1], C.staff_name(nurse, title=False))
    body = ("%s\n\nVoici le protocole révisé pour %s. Merci d'en prendre connaissance avant lundi et de signer la feuille de "
            "lecture au poste.\n\n%s" % (T.greet(r, "fr"), drug[0], C.signature(r, nurse)))
    return T.spec("protocol", "nursing infusion protocol without patient data", "Protocole révisé — %s IV" % drug[0], T.who(nurse),
                  [("Équipe CPB", "equipe.cpb@" + C.ORG_DOMAIN)], body,
                  attachments=[{"kind": kind, "data": data, "filename": r.choice(["Protocole_%s_IV.%s" % (drug[0], kind),
                                                                                  "Protocole infirmier – %s IV (révisé).%s" % (drug[0], kind)])}])


def staff_incident_fr(r, c):
    emp = r.choice(["dube", "obrien", "arsenault", "cote"])
    d = T.past(r, c.when, 1, 10)
    txt = r.choice(["%s s'est infligé une entorse lombaire en déplaçant un fauteuil de perfusion le %s. La déclaration d'accident "
                    "du travail est complétée; arrêt de 2 semaines puis travaux légers.",
                    "%s a reçu une éclaboussure de méthotrexate au visage lors de la préparation le %s. Rinçage oculaire fait, "
                    "aucune séquelle; rappel du port de la visière.",
                    "%s a glissé dans le corridor mouillé le %s (contusion au genou). Arrêt de 3 jours."])
    return T.spec("occupational_health", "staff workplace incident report", "Déclaration d'événement — personnel",
                  ("Santé et sécurité au travail", "sst@" + C.ORG_DOMAIN), [T.who("bergeron")],
                  "Bonjour,\n\n%s\n\nNo d'événement : SST-%d-%04d\n\nBureau de santé et sécurité au travail\nPoste 2600"
                  % (txt % (C.staff_name(emp), C.long_date_fr(d)), c.when.year, r.randint(1, 9999)))


def cold_chain_en(r, c):
    prod = r.choice(["Actemra 400 mg/20 mL", "Inflectra 100 mg", "Orencia 250 mg", "Benlysta 400 mg", "Saphnelo 300 mg"])
    qty = r.randint(6, 40)
    logger = C.luhn_serial(r, 10)
    if r.random() < 0.3:
        logger = C.fullwidth(logger)
    lot = r.choice(["", "LOT "]) + C.luhn_serial(r, 9)
    body = ("Advance shipping notice\n\nPO: PO-%06d\nProduct: %s x %d\nLot: %s   Expiry: %s\nTemperature logger S/N: %s\n"
            "Ship date: %s   Carrier: ColdLine Express, waybill %s\n\nOn receipt, stop the logger and confirm 2-8 C throughout. "
            "Excursions must be reported within 24 h.\n\nCustomer Service\nNorthway Medical Supply\n1-800-555-0144"
            % (r.randint(100000, 999999), prod, qty, lot, T.future(r, c.when, 200, 600).isoformat(), logger, C.short_date_en(c.when.date()),
               C.luhn_serial(r, 12)))
    return T.spec("shipment", "cold-chain shipment notice with lot and logger serial numbers", "ASN - %s" % prod,
                  ("Northway Customer Service", "asn@" + C.EXT["supplier2"][1]), [T.who(r.choice(C.PHARMS), "en")], body)


def audit_en(r, c):
    n = r.randint(40, 60)
    ok = n - r.randint(2, 7)
    body = ("%s\n\nResults of the Q%d chart audit (pre-biologic screening documentation), %d charts sampled at random:\n\n"
            "- TB screening documented: %d/%d\n- Hepatitis B serology documented: %d/%d\n- Vaccination review documented: %d/%d\n\n"
            "No patient identifiers are included in this summary; the audit list is on the secure quality drive. Please remind residents "
            "to use the screening order set.\n\n%s"
            % (T.greet(r, "en"), r.randint(1, 4), n, ok, n, n - r.randint(0, 3), n, n - r.randint(5, 15), n, C.signature(r, "bergeron", "en")))
    return T.spec("audit", "chart audit with aggregate results only", "Chart audit results - screening", T.who("bergeron", "en"),
                  [("Rheumatology MDs", "md.rheum@" + C.ORG_DOMAIN), ("Rheumatology Residents", "residents.rheum@" + C.ORG_DOMAIN)],
                  body, mode=r.choice(["plain", "alt"]))


def drug_info_en(r, c):
    upd = r.choice([("tocilizumab SC", "A new 162 mg autoinjector replaces the prefilled syringe. GCA dosing remains 162 mg weekly with a "
                     "glucocorticoid taper; RA dosing 162 mg every other week (< 100 kg)."),
                    ("anifrolumab", "Updated monograph: 300 mg IV every 4 weeks over 30 minutes; herpes zoster reported more often than placebo."),
                    ("avacopan", "Take 30 mg twice daily with food; monitor liver tests every 4 weeks for 6 months.")])
    body = ("Dear Healthcare Professional,\n\nImportant product information - %s\n\n%s\n\nFor medical information call 1-800-555-0177.\n\n"
            "Medical Information Department\n%s" % (upd[0], upd[1], C.EXT["pharmaco"][0]))
    return T.spec("product_information", "product information update without patient data", "Product information update - %s" % upd[0],
                  ("Medical Information", "medinfo@" + C.EXT["pharmaco"][1]), [T.who(r.choice(C.PHYS), "en")], body,
                  mode=r.choice(["html", "alt"]))


TEMPLATES_FR = [survey_fr, protocol_fr, staff_incident_fr]
TEMPLATES_EN = [cold_chain_en, audit_en, drug_info_en]
