"""Negative templates, part A: research operations without participant identities."""
import datetime as dt

from stdnum import luhn

import gen_attach as A
import gen_data as D
from gen_common import quote, AREA_SAE
from gen_mime import Mail


def luhn_serial(rng, n=9):
    base = "".join(str(rng.randrange(10)) for _ in range(n - 1))
    if base[0] == "0":
        base = "4" + base[1:]
    return base + luhn.calc_check_digit(base)


def spaced(s):
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def sae_deidentified(c):
    t = c.trial(c.pick(["cardio", "onco", "neuro", "endo", "nephro"]))
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    pv = D.EXTERNAL[2] if t["sponsor"] == 1 else D.EXTERNAL[c.pick([0, 4])]
    sid = c.subj_id(t)
    fr, en = c.pick(AREA_SAE[t["area"]])
    ev = fr if c.lang == "fr" else en
    age = c.rng.randrange(45, 84)
    sex = c.pick(["F", "M"])
    onset = c.past(1, 6)
    lines = [c.L("DÉCLARATION D'ÉVÉNEMENT INDÉSIRABLE GRAVE - RAPPORT INITIAL", "SERIOUS ADVERSE EVENT - INITIAL REPORT"),
             f"{c.L('Protocole', 'Protocol')}: {t['proto']}    {c.L('Site', 'Site')}: 014 (CHUSV)",
             f"{c.L('No participant', 'Subject no.')}: {sid}    {c.L('Âge', 'Age')}: {age}    {c.L('Sexe', 'Sex')}: {sex}",
             c.L("Initiales : non transmises (exigence locale)", "Initials: not provided (local requirement)"),
             f"{c.L('Événement', 'Event')}: {ev}    {c.L('Début', 'Onset')}: {onset.isoformat()}",
             f"{c.L('Critère de gravité', 'Seriousness')}: {c.L('hospitalisation', 'hospitalisation')}",
             f"{c.L('Relation au produit (investigateur)', 'Causality (investigator)')}: {c.pick([c.L('possible', 'possible'), c.L('peu probable', 'unlikely')])}",
             f"{c.L('Mesure prise', 'Action taken')}: {c.L('produit interrompu', 'drug interrupted')}"]
    att = A.pdf(f"SAE_{t['proto']}_{sid}_initial.pdf", "SAE", lines) if c.rng.random() < 0.6 else None
    if c.lang == "fr":
        subj = f"EIG initial - {t['proto']} - participant {sid}"
        body = (f"Bonjour,\n\nRapport initial d'EIG pour le participant {sid} ({age} ans, {sex}) : {ev}, début le "
                f"{c.d(onset, 2)}, hospitalisation en cours. Le produit est interrompu. Aucune donnée nominative n'est "
                f"transmise conformément à l'entente de site.\n\n{c.bye()}\n\n{D.signature(coord, 'fr', c.rng)}")
    else:
        subj = f"Initial SAE - {t['proto']} - subject {sid}"
        body = (f"Hello,\n\nInitial SAE report for subject {sid} ({age} y, {sex}): {ev}, onset {c.d(onset, 2)}, "
                f"currently hospitalised. Study drug interrupted. No identifying data is sent per the site "
                f"agreement.\n\n{c.bye()}\n\n{D.signature(coord, 'en', c.rng)}")
    m = Mail(c.lang, "sae", D.staff_addr(coord), [D.ext_addr(pv)], subj, body, attachments=[att] if att else [])
    return "sae_coded", m, "coded SAE report with subject number only"


def monitor_visit_plan(c):
    t = c.trial()
    mon = D.EXTERNAL[c.pick([0, 3, 4])]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    day = c.future(5, 25)
    sids = sorted({c.subj_id(t) for _ in range(c.rng.randrange(3, 7))})
    start = dt.datetime.combine(day, dt.time(9, 0))
    att = A.ics("visite_monitorage.ics" if c.lang == "fr" else "monitoring_visit.ics", f"mv-{c.idx}@{mon[4]}", start,
                start + dt.timedelta(hours=7), f"{c.L('Visite de monitorage', 'Monitoring visit')} {t['proto']}",
                c.L("CHUSV, salle de conférence R-301", "CHUSV, conference room R-301"),
                c.L("VSD participants: ", "SDV subjects: ") + ", ".join(sids), D.ext_addr(mon), [D.staff_addr(coord)])
    if c.lang == "fr":
        subj = f"Confirmation visite de monitorage {t['proto']} - {c.d(day, 0)}"
        body = (f"Bonjour {coord[0]},\n\nJe confirme ma visite du {c.d(day, 2)}, de 9 h à 16 h. Je prévois la VSD pour "
                f"les participants {', '.join(sids)}, la revue du cartable réglementaire et la comptabilité du produit.\n\n"
                f"Merci de réserver un poste avec accès en lecture au DCI.\n\n{mon[0]} {mon[1]}\n{mon[5]}, {mon[3]}\n"
                f"Tél. 514 555-01{c.rng.randrange(10, 99)}")
    else:
        subj = f"Monitoring visit confirmation {t['proto']} - {c.d(day, 0)}"
        body = (f"Hi {coord[0]},\n\nConfirming my visit on {c.d(day, 2)}, 9:00-16:00. Planned: SDV for subjects "
                f"{', '.join(sids)}, regulatory binder review and IP accountability.\n\nPlease book a workstation with "
                f"read-only EHR access.\n\n{mon[0]} {mon[1]}\n{mon[5]}, {mon[3]}\nTel. 514 555-01{c.rng.randrange(10, 99)}")
    m = Mail(c.lang, "monitor", D.ext_addr(mon), [D.staff_addr(coord)], subj, body, attachments=[att])
    return "monitoring_visit", m, "monitoring visit confirmation with subject numbers only"


def protocol_amendment(c):
    t = c.trial()
    reg = D.STAFF[12]
    eo = D.STAFF[7]
    pi = c.pi(t)
    ver = c.pick(["5.0", "3.0", "2.1", "6.0"])
    if c.lang == "fr":
        subj = f"Soumission modification {t['cer']} - protocole v{ver}"
        body = (f"Bonjour {eo[0]},\n\nVeuillez trouver dans Nagano la demande de modification pour le projet {t['cer']} "
                f"« {t['code']} : étude de phase III chez des adultes atteints de {t['dx_fr']} » (chercheuse/chercheur "
                f"principal(e) : Dr {pi[0]} {pi[1]}, {pi[3]}).\n\nPrincipaux changements :\n- ajout d'un critère "
                f"d'exclusion (DFGe < 20 mL/min)\n- suivi téléphonique à S30\n- FIC v{ver} avec nouvelle section sur "
                f"le risque de pneumonite\n\n{c.bye()}\n\n{D.signature(reg, 'fr', c.rng)}")
    else:
        subj = f"Amendment submission {t['cer']} - protocol v{ver}"
        body = (f"Hi {eo[0]},\n\nThe amendment request for project {t['cer']} \"{t['code']}: a phase III study in adults "
                f"with {t['dx_en']}\" (PI: Dr {pi[0]} {pi[1]}, {pi[4]}) is now in Nagano.\n\nMain changes:\n"
                f"- new exclusion criterion (eGFR < 20 mL/min)\n- phone follow-up at W30\n- ICF v{ver} with a new "
                f"section on pneumonitis risk\n\n{c.bye()}\n\n{D.signature(reg, 'en', c.rng)}")
    m = Mail(c.lang, "ethics", D.staff_addr(reg), [D.staff_addr(eo)], subj, body)
    return "protocol_amendment", m, "protocol amendment submitted to ethics board"


def ethics_approval(c):
    t = c.trial()
    eo = D.STAFF[7]
    pi = c.pi(t)
    day = c.past(0, 5)
    lines = [D.ORG["cer_fr"] if c.lang == "fr" else D.ORG["cer_en"], D.ORG["street"] + ", " + D.ORG["city"], "",
             f"{c.L('Date', 'Date')}: {day.isoformat()}", f"Dr {pi[0]} {pi[1]}, {pi[3] if c.lang == 'fr' else pi[4]}", "",
             f"{c.L('Objet', 'Re')}: {t['cer']} - {t['code']} ({t['proto']})",
             c.L(f"Le CÉR a approuvé le renouvellement annuel de l'étude portant sur {t['dx_fr']}. "
                 f"L'approbation est valide jusqu'au {day.replace(year=day.year + 1).isoformat()}.",
                 f"The REB approved the annual renewal of the study in {t['dx_en']}. Approval is valid until "
                 f"{day.replace(year=day.year + 1).isoformat()}."),
             c.L("Documents approuvés : protocole v4.0, FIC v4.0 (FR/EN), affiche de recrutement v2.",
                 "Approved documents: protocol v4.0, ICF v4.0 (FR/EN), recruitment poster v2."),
             "", c.L("Présidence du CÉR", "REB Chair")]
    att = A.pdf(f"{t['cer']}_approbation.pdf" if c.lang == "fr" else f"{t['cer']}_approval.pdf", c.L("Approbation", "Approval"), lines)
    subj = c.L(f"Approbation - renouvellement {t['cer']}", f"Approval - continuing review {t['cer']}")
    body = c.L(f"Dr {pi[1]},\n\nVeuillez trouver ci-joint la lettre d'approbation du renouvellement.\n\n{D.signature(eo, 'fr', c.rng)}",
               f"Dr {pi[1]},\n\nPlease find attached the approval letter for the continuing review.\n\n{D.signature(eo, 'en', c.rng)}")
    m = Mail(c.lang, "ethics", D.staff_addr(eo), [D.doc_addr(pi)], subj, body, attachments=[att])
    return "ethics_approval", m, "ethics approval letter for a protocol"


def ethics_meeting_notice(c):
    eo = D.STAFF[7]
    day = c.future(4, 20)
    items = []
    for t in c.rng.sample(D.TRIALS, 4):
        pi = c.pi(t)
        items.append(c.L(f"{t['cer']} - {t['code']} ({t['dx_fr']}) - Dr {pi[1]} - {c.pick(['nouveau projet', 'modification', 'renouvellement'])}",
                         f"{t['cer']} - {t['code']} ({t['dx_en']}) - Dr {pi[1]} - {c.pick(['new project', 'amendment', 'renewal'])}"))
    text = "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items))
    if c.lang == "fr":
        subj = f"Ordre du jour - CÉR plénier du {c.d(day, 2)}"
        body = (f"Mesdames, Messieurs les membres,\n\nLa prochaine réunion plénière du CÉR aura lieu le {c.d(day, 2)} "
                f"à 12 h, salle Marie-de-l'Incarnation et sur Teams.\n\nProjets à l'ordre du jour :\n{text}\n\n"
                f"Représentante du public : Mme Lorraine Gaudreault. Quorum requis : 5 membres.\n\n{D.signature(eo, 'fr', c.rng)}")
    else:
        subj = f"Agenda - full board REB meeting {c.d(day, 2)}"
        body = (f"Dear members,\n\nThe next full board meeting is on {c.d(day, 2)} at noon, Marie-de-l'Incarnation room "
                f"and on Teams.\n\nProjects on the agenda:\n{text}\n\nCommunity member: Ms. Lorraine Gaudreault. "
                f"Quorum: 5 members.\n\n{D.signature(eo, 'en', c.rng)}")
    m = Mail(c.lang, "committee", D.staff_addr(eo), [("CÉR membres", f"cer-membres@{D.ORG['dom']}")], subj, body)
    return "ethics_agenda", m, "ethics board meeting agenda"


def enrolment_stats(c):
    dm = D.STAFF[5]
    jf = D.STAFF[9]
    rows = [c.L(["Étude", "Cible", "Présélectionnés", "Échecs", "Randomisés", "Retraits"],
                ["Study", "Target", "Screened", "Screen fails", "Randomized", "Withdrawn"])]
    for t in D.TRIALS:
        tgt = c.rng.randrange(12, 60)
        scr = c.rng.randrange(5, 80)
        fail = c.rng.randrange(0, scr // 2 + 1)
        rows.append([t["code"], tgt, scr, fail, scr - fail, c.rng.randrange(0, 4)])
    use_x = c.rng.random() < 0.5
    if use_x:
        att = [A.xlsx(c.L("recrutement_BRC_trimestre.xlsx", "CRO_enrolment_quarter.xlsx"), [(c.L("T1", "Q1"), rows)])]
        text = c.L("Tableau ci-joint.", "Table attached.")
    else:
        att = []
        text = "\n".join(" | ".join(str(x) for x in r) for r in rows)
    body = c.L(f"Bonjour Jean-François,\n\nSommaire du recrutement au {c.d(c.date.date(), 2)} (données agrégées, "
               f"toutes études du BRC) :\n\n{text}\n\nLe taux d'échec à la présélection reste élevé en néphrologie "
               f"(critère de potassium).\n\n{dm[0]}",
               f"Hi Jean-François,\n\nEnrolment summary as of {c.d(c.date.date(), 2)} (aggregate, all CRO studies):\n\n"
               f"{text}\n\nScreen-fail rate remains high in nephrology (potassium criterion).\n\n{dm[0]}")
    subj = c.L("Sommaire du recrutement - trimestre", "Enrolment summary - quarter")
    m = Mail(c.lang, "statistics", D.staff_addr(dm), [D.staff_addr(jf)], subj, body, attachments=att)
    return "enrolment_stats", m, "aggregate enrolment statistics"


def ip_shipment(c):
    t = c.trial()
    pharm = D.STAFF[3]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2]])
    n = c.rng.randrange(3, 7)
    kits = [str(c.rng.randrange(100000, 999999)) for _ in range(n)]
    lot = f"L{c.rng.randrange(10, 99)}{c.pick('ABCDEFGH')}{c.rng.randrange(1000, 9999)}"
    logger = luhn_serial(c.rng, 9)
    rows = [c.L(["No trousse", "Lot", "Péremption", "État"], ["Kit no.", "Lot", "Expiry", "Condition"])]
    for k in kits:
        rows.append([k, lot, f"{c.date.year + 1}-{c.rng.randrange(1, 13):02d}", c.L("conforme", "OK")])
    text = "\n".join(" | ".join(r) for r in rows)
    if c.lang == "fr":
        subj = f"Réception produit de recherche {t['proto']} - envoi {c.rng.randrange(10000, 99999)}"
        body = (f"Bonjour,\n\nEnvoi reçu ce matin à la pharmacie de recherche, {n} trousses de {t['drug']}.\n\n{text}\n\n"
                f"Enregistreur de température no de série {spaced(logger)} : aucune excursion (2,1-7,4 °C). "
                f"Réception confirmée dans l'IWRS.\n\n{D.signature(pharm, 'fr', c.rng)}")
    else:
        subj = f"IP receipt {t['proto']} - shipment {c.rng.randrange(10000, 99999)}"
        body = (f"Hello,\n\nShipment received this morning at the research pharmacy, {n} kits of {t.get('drug_en', t['drug'])}.\n\n{text}\n\n"
                f"Temperature logger S/N {spaced(logger)}: no excursion (2.1-7.4 °C). Receipt confirmed in IWRS.\n\n"
                f"{D.signature(pharm, 'en', c.rng)}")
    m = Mail(c.lang, "pharmacy", D.staff_addr(pharm), [D.staff_addr(coord), (D.SPONSORS[0]['name'], f"supply@{D.SPONSORS[0]['dom']}")], subj, body)
    return "ip_receipt", m, "investigational product receipt with kit and serial numbers"


def temperature_excursion(c):
    pharm = D.STAFF[3]
    t = c.trial()
    fridge = f"RF-{c.rng.randrange(1, 9)}"
    asset = luhn_serial(c.rng, 10)
    lo = c.rng.randrange(8, 14)
    if c.lang == "fr":
        subj = f"Excursion de température - réfrigérateur {fridge} - produits en quarantaine"
        body = (f"Bonjour,\n\nLe réfrigérateur {fridge} (actif no {asset}) a atteint {lo},2 °C pendant 47 minutes cette nuit "
                f"(panne de courant au pavillon B). Toutes les trousses {t['proto']} ont été mises en quarantaine en attendant "
                f"l'évaluation du promoteur. Rapport d'excursion envoyé avec la courbe du Testo.\n\n{D.signature(pharm, 'fr', c.rng)}")
    else:
        subj = f"Temperature excursion - fridge {fridge} - product quarantined"
        body = (f"Hello,\n\nFridge {fridge} (asset #{asset}) reached {lo}.2 °C for 47 minutes overnight (power failure "
                f"in pavilion B). All {t['proto']} kits are quarantined pending sponsor assessment. Excursion report "
                f"sent with the logger curve.\n\n{D.signature(pharm, 'en', c.rng)}")
    m = Mail(c.lang, "pharmacy", D.staff_addr(pharm), [D.ext_addr(D.sponsor_contact(t))], subj, body)
    return "temp_excursion", m, "fridge temperature excursion report"


def lab_kit_inventory(c):
    tech = D.STAFF[13]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    rows = [c.L(["Étude", "Type de trousse", "Lot", "Péremption", "Qté", "No série glacière"],
                ["Study", "Kit type", "Lot", "Expiry", "Qty", "Cooler S/N"])]
    for t in c.rng.sample(D.TRIALS, 4):
        rows.append([t["proto"], c.pick(["V1 screening", "V3", "PK", "Biomarker", "Unscheduled"]),
                     f"{c.rng.randrange(100000, 999999)}", f"{c.date.year}-{c.rng.randrange(1, 13):02d}-28",
                     c.rng.randrange(0, 25), luhn_serial(c.rng, 9)])
    att = A.xlsx(c.L("inventaire_trousses_labo.xlsx", "lab_kit_inventory.xlsx"), [(c.L("Inventaire", "Inventory"), rows)])
    body = c.L(f"{coord[0]},\n\nInventaire des trousses de laboratoire central ci-joint. Deux lots expirent à la fin du "
               f"mois - à commander.\n\n{D.signature(tech, 'fr', c.rng)}",
               f"{coord[0]},\n\nCentral lab kit inventory attached. Two lots expire at month end - please reorder.\n\n"
               f"{D.signature(tech, 'en', c.rng)}")
    subj = c.L("Inventaire trousses labo central", "Central lab kit inventory")
    m = Mail(c.lang, "inventory", D.staff_addr(tech), [D.staff_addr(coord)], subj, body, attachments=[att])
    return "kit_inventory", m, "lab kit inventory with lots and serials"


def sponsor_invoice(c):
    t = c.trial(c.pick(["cardio", "onco", "neuro", "nephro"]))
    fin = D.STAFF[10]
    sp = D.SPONSORS[t["sponsor"]]
    inv = f"BRC-{c.date.year}-{c.rng.randrange(100, 999)}"
    rows = [c.L(["Description", "Qté", "Prix unitaire", "Total"], ["Description", "Qty", "Unit price", "Total"])]
    total = 0
    for desc, price in [(c.L("Frais de démarrage", "Start-up fee"), 8500), (c.L("Visites participants (014-003 V4, 014-007 V2)", "Subject visits (014-003 V4, 014-007 V2)"), 1240),
                        (c.L("Frais de pharmacie", "Pharmacy fees"), 650), (c.L("Frais CÉR", "REB fee"), 2500)]:
        q = c.rng.randrange(1, 4)
        rows.append([desc, q, f"{price:,} $".replace(",", " "), f"{q * price:,} $".replace(",", " ")])
        total += q * price
    lines = [f"{c.L('FACTURE', 'INVOICE')} {inv}", D.ORG["name_fr"], D.ORG["street"], D.ORG["city"],
             f"{c.L('Client', 'Bill to')}: {sp['name']}", f"{c.L('Projet', 'Project')}: {t['proto']} / {t['cer']}",
             f"TPS/GST: 81234 5678 RT0001   TVQ/QST: 1234567890 TQ0001",
             f"{c.L('Date de naissance', 'Date of birth')}: s.o. / n/a",
             f"Total: {total:,} $".replace(",", " ")]
    att = A.pdf(f"{inv}.pdf", c.L("Facture", "Invoice"), lines, table=rows)
    body = c.L(f"Bonjour,\n\nVeuillez trouver ci-joint la facture {inv} pour l'étude {t['proto']}. Paiement à 45 jours.\n\n{D.signature(fin, 'fr', c.rng)}",
               f"Hello,\n\nPlease find attached invoice {inv} for study {t['proto']}. Net 45.\n\n{D.signature(fin, 'en', c.rng)}")
    subj = c.L(f"Facture {inv} - {t['proto']}", f"Invoice {inv} - {t['proto']}")
    m = Mail(c.lang, "invoice", D.staff_addr(fin), [(sp["name"], f"ap@{sp['dom']}")], subj, body, attachments=[att])
    return "sponsor_invoice", m, "invoice to sponsor"


def sample_manifest(c):
    t = c.trial()
    tech = D.STAFF[13]
    lab = D.EXTERNAL[5]
    rows = [["sample_id", "subject", "visit", "matrix", "tube_barcode", "collected"]]
    for _ in range(c.rng.randrange(5, 10)):
        rows.append([f"{t['proto'][:3]}-{c.rng.randrange(100000, 999999)}", c.subj_id(t), c.pick(["V1", "V3", "V6"]),
                     c.pick(["serum", "plasma EDTA", "PAXgene"]), luhn_serial(c.rng, 10), c.past(1, 10).isoformat()])
    att = A.csv(f"manifest_{t['proto']}_{c.date:%Y%m%d}.csv", rows)
    body = c.L(f"Bonjour {lab[0]},\n\nEnvoi sur glace sèche aujourd'hui via Purolator, manifeste ci-joint (échantillons codés). "
               f"No de suivi 3318 0{c.rng.randrange(100000, 999999)}.\n\n{D.signature(tech, 'fr', c.rng)}",
               f"Hi {lab[0]},\n\nShipping on dry ice today via Purolator, manifest attached (coded samples). Tracking "
               f"3318 0{c.rng.randrange(100000, 999999)}.\n\n{D.signature(tech, 'en', c.rng)}")
    subj = c.L(f"Envoi échantillons {t['proto']}", f"Sample shipment {t['proto']}")
    m = Mail(c.lang, "shipment", D.staff_addr(tech), [D.ext_addr(lab)], subj, body, attachments=[att])
    return "sample_manifest", m, "coded sample shipment manifest"


def continuing_review(c):
    t = c.trial()
    reg = D.STAFF[12]
    pi = c.pi(t)
    n = c.rng.randrange(6, 40)
    sae = c.rng.randrange(0, 6)
    if c.lang == "fr":
        subj = f"Rapport annuel {t['cer']} - à signer"
        body = (f"Dr {pi[1]},\n\nLe rapport de suivi annuel de {t['code']} est prêt pour votre signature. En résumé : "
                f"{n} participants recrutés au site, {sae} EIG déclarés (aucun inattendu), {c.rng.randrange(0, 3)} retraits, "
                f"aucune plainte. La date limite au CÉR est le {c.d(c.future(5, 20), 2)}.\n\n{D.signature(reg, 'fr', c.rng)}")
    else:
        subj = f"Annual report {t['cer']} - signature needed"
        body = (f"Dr {pi[1]},\n\nThe {t['code']} annual continuing review is ready for your signature. Summary: {n} "
                f"participants enrolled at site, {sae} SAEs reported (none unexpected), {c.rng.randrange(0, 3)} "
                f"withdrawals, no complaints. Due to the REB by {c.d(c.future(5, 20), 2)}.\n\n{D.signature(reg, 'en', c.rng)}")
    m = Mail(c.lang, "ethics", D.staff_addr(reg), [D.doc_addr(pi)], subj, body)
    return "continuing_review", m, "annual ethics report with aggregate counts"


def dsmb_summary(c):
    t = c.trial(c.pick(["cardio", "onco", "neuro", "nephro"]))
    sp = D.sponsor_contact(t)
    pi = c.pi(t)
    rows = [c.L(["Événement", "Bras A", "Bras B"], ["Event", "Arm A", "Arm B"])]
    for fr, en in AREA_SAE[t["area"]]:
        rows.append([fr if c.lang == "fr" else en, str(c.rng.randrange(0, 12)), str(c.rng.randrange(0, 12))])
    text = "\n".join(" | ".join(r) for r in rows)
    body = c.L(f"Chers investigateurs,\n\nLe comité de surveillance des données (DSMB) s'est réuni le {c.d(c.past(3, 10), 2)} "
               f"et recommande la poursuite de {t['proto']} sans modification. Données globales, tous sites (en aveugle) :\n\n"
               f"{text}\n\n{sp[0]} {sp[1]}\n{sp[5]}, {sp[3]}",
               f"Dear investigators,\n\nThe DSMB met on {c.d(c.past(3, 10), 2)} and recommends that {t['proto']} continue "
               f"unchanged. Pooled blinded data, all sites:\n\n{text}\n\n{sp[0]} {sp[1]}\n{sp[5]}, {sp[3]}")
    subj = c.L(f"Recommandation DSMB - {t['proto']}", f"DSMB recommendation - {t['proto']}")
    m = Mail(c.lang, "safety", D.ext_addr(sp), [D.doc_addr(pi)], subj, body)
    return "dsmb_letter", m, "pooled DSMB safety summary"


def feasibility(c):
    sp = D.EXTERNAL[c.pick([1, 3])]
    pi = D.DOCTORS[c.pick([0, 1, 3, 5])]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2]])
    n1, n2 = c.rng.randrange(80, 400), c.rng.randrange(5, 40)
    q = c.L(f"Combien de patients atteints de la maladie visée voyez-vous par année ? Combien pourriez-vous recruter en 12 mois ?",
            "How many patients with the target condition do you see per year? How many could you enrol in 12 months?")
    if c.lang == "fr":
        subj = "RE: Questionnaire de faisabilité - nouvelle étude"
        body = (f"Bonjour {sp[0]},\n\nRéponses de Dr {pi[1]} ({pi[3]}) : environ {n1} patients suivis par année à la "
                f"clinique, estimation de {n2} participants recrutés en 12 mois. Deux coordonnatrices disponibles, "
                f"congélateur -80 °C sur place.\n\n{coord[0]}\n\n" + quote(q, f"{sp[0]} {sp[1]}", c.d(c.past(2, 9), 2), "fr"))
    else:
        subj = "RE: Feasibility questionnaire - new study"
        body = (f"Hi {sp[0]},\n\nAnswers from Dr {pi[1]} ({pi[4]}): about {n1} patients seen per year in clinic, estimated "
                f"{n2} participants in 12 months. Two coordinators available, -80 °C freezer on site.\n\n{coord[0]}\n\n"
                + quote(q, f"{sp[0]} {sp[1]}", c.d(c.past(2, 9), 2), "en"))
    m = Mail(c.lang, "feasibility", D.staff_addr(coord), [D.ext_addr(sp)], subj, body)
    return "feasibility", m, "feasibility answers with aggregate numbers"


def monitor_regulatory_query(c):
    mon = D.EXTERNAL[c.pick([0, 3, 4])]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    t = c.trial()
    who = c.rng.choice(D.STAFF[:3] + [D.STAFF[14]])
    if c.lang == "fr":
        subj = f"Suivi de visite {t['proto']} - points réglementaires"
        body = (f"Bonjour {coord[0]},\n\nPoints ouverts après la visite :\n1. Registre de délégation : signature de "
                f"{who[0]} {who[1]} manquante pour la tâche 7 (évaluation des EI).\n2. Certificat BPC de Dr {c.pi(t)[1]} "
                f"expiré depuis le {c.d(c.past(10, 60), 2)}.\n3. Normales de laboratoire 2025 à classer.\n"
                f"4. CV non daté de {c.pick(['Isabelle Arsenault', 'Amira Benali'])}.\n\nMerci de régler d'ici la prochaine visite.\n\n{mon[0]} {mon[1]}")
    else:
        subj = f"Visit follow-up {t['proto']} - regulatory items"
        body = (f"Hi {coord[0]},\n\nOpen items after the visit:\n1. Delegation log: {who[0]} {who[1]}'s signature missing "
                f"for task 7 (AE assessment).\n2. Dr {c.pi(t)[1]}'s GCP certificate expired on {c.d(c.past(10, 60), 2)}.\n"
                f"3. 2025 lab normal ranges to be filed.\n4. Undated CV for {c.pick(['Isabelle Arsenault', 'Amira Benali'])}.\n\n"
                f"Please resolve before the next visit.\n\n{mon[0]} {mon[1]}")
    m = Mail(c.lang, "monitor", D.ext_addr(mon), [D.staff_addr(coord)], subj, body)
    return "monitor_followup", m, "monitor follow-up letter on regulatory binder"


def siv_invite(c):
    t = c.trial()
    sp = D.sponsor_contact(t)
    day = c.future(10, 30)
    start = dt.datetime.combine(day, dt.time(13, 0))
    att_list = [D.doc_addr(c.pi(t))] + [D.staff_addr(s) for s in c.rng.sample(D.STAFF[:4], 3)]
    att = A.ics("SIV.ics", f"siv-{c.idx}@{sp[4]}", start, start + dt.timedelta(hours=3),
                f"SIV {t['proto']} - {t['code']}", c.L("Salle R-301 + Teams", "Room R-301 + Teams"),
                c.L(f"Visite d'initiation de site pour {t['code']} ({t['dx_fr']}). Ordre du jour: protocole, IWRS, CRFé, pharmacie.",
                    f"Site initiation visit for {t['code']} ({t['dx_en']}). Agenda: protocol, IWRS, eCRF, pharmacy."),
                D.ext_addr(sp), att_list)
    body = c.L(f"Bonjour à tous,\n\nInvitation à la visite d'initiation de {t['code']}. Prévoir 3 h.\n\n{sp[0]} {sp[1]}\n{sp[5]}\n{sp[3]}",
               f"Hello all,\n\nInvitation to the {t['code']} site initiation visit. Please plan 3 hours.\n\n{sp[0]} {sp[1]}\n{sp[5]}\n{sp[3]}")
    subj = c.L(f"Invitation : SIV {t['proto']}", f"Invitation: SIV {t['proto']}")
    m = Mail(c.lang, "calendar", D.ext_addr(sp), att_list, subj, body, attachments=[att])
    return "siv_invite", m, "site initiation visit invitation"


def recruitment_poster(c):
    t = c.trial(c.pick(["endo", "cardio", "neuro", "nephro"]))
    comms = ("Service des communications", "Communications office", f"communications@{D.ORG['dom']}")
    reg = D.STAFF[12]
    if c.lang == "fr":
        subj = f"Affiche de recrutement {t['code']} - texte pour mise en page"
        body = (f"Bonjour,\n\nVoici le texte approuvé par le CÉR pour l'affiche :\n\n"
                f"VOUS AVEZ REÇU UN DIAGNOSTIC DE {t['dx_fr'].upper()} ?\nVous avez 18 ans ou plus ?\n"
                f"Le CHUSV recrute des participants pour une étude clinique de 12 mois.\nCompensation pour les "
                f"déplacements. Renseignements : 418 555-0150 ou recherche@{D.ORG['dom']}\n\n"
                f"Merci de ne rien changer au texte (version CÉR v2).\n\n{D.signature(reg, 'fr', c.rng)}")
    else:
        subj = f"{t['code']} recruitment poster - text for layout"
        body = (f"Hello,\n\nHere is the REB-approved text for the poster:\n\nHAVE YOU BEEN DIAGNOSED WITH "
                f"{t['dx_en'].upper()}?\nAre you 18 or older?\nCHUSV is looking for volunteers for a 12-month clinical "
                f"study.\nTravel compensation provided. Information: 418 555-0150 or research@{D.ORG['dom']}\n\n"
                f"Please don't change the wording (REB version 2).\n\n{D.signature(reg, 'en', c.rng)}")
    m = Mail(c.lang, "communications", D.staff_addr(reg), [(c.L(comms[0], comms[1]), comms[2])], subj, body)
    return "recruitment_poster", m, "approved recruitment poster text"


TEMPLATES = [sae_deidentified, monitor_visit_plan, protocol_amendment, ethics_approval, ethics_meeting_notice,
             enrolment_stats, ip_shipment, temperature_excursion, lab_kit_inventory, sponsor_invoice, sample_manifest,
             continuing_review, dsmb_summary, feasibility, monitor_regulatory_query, siv_invite, recruitment_poster]
