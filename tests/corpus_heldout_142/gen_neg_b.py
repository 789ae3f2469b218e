"""Negative templates, part B: statistics, forms, purchasing, IT, fleet, protocols."""
import datetime

from stdnum import luhn

from gen_base import closing, coti, ccs, greet, hosp_staff, sig, spbo, Who, unit_no, call_no
from gen_common import HOSP, HOSP_BY, ORG, COTI, CCS, dr, fmt_date, day_phrase, phone, staff
from gen_docs import make_csv, make_docx, make_ics, make_pdf, make_xlsx, make_zip
from gen_mime import Att, Msg
from gen_neg_a import DOCX, XLSX, _d

VENDORS = [("Équipements Médicaux Nordiques inc.", "emn.example"), ("MedRescue Supply Co.", "medrescue.example"),
           ("Oxy-Boréal ltée", "oxyboreal.example"), ("Carrosserie Urgence Plus", "urgenceplus.example")]


def luhn_serial(C, n):
    body = str(C.rng.randint(1, 9)) + "".join(str(C.rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def vin(C):
    trans = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list("1FD" + "".join(C.rng.choice(chars) for _ in range(5)) + "0" + C.rng.choice("PRS") + C.rng.choice("DEF") +
             "".join(C.rng.choice("0123456789") for _ in range(6)))
    tot = sum((int(c) if c.isdigit() else trans[c]) * w for c, w in zip(v, weights))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


# N15 aggregate statistics --------------------------------------------------------
def n_stats(C):
    q = spbo(C, "qual")
    dirw = spbo(C, "dir")
    month = C.pick(range(1, 13))
    fr = C.lang == "fr"
    head = [C.fr("Motif", "Category"), C.fr("Transferts", "Transfers"), C.fr("Délai médian (min)", "Median delay (min)"), "P90"]
    cats = C.fr(["STEMI", "AVC (thrombectomie)", "Traumatologie", "Pédiatrie / néonatal", "Psychiatrie", "Retours CH d'origine", "Dialyse / rendez-vous"],
                ["STEMI", "Stroke (thrombectomy)", "Trauma", "Paediatric / neonatal", "Psychiatry", "Repatriations", "Dialysis / appointments"])
    rows = [head]
    for c in cats:
        med = C.rng.randint(12, 95)
        rows.append([c, C.rng.randint(4, 180), med, med + C.rng.randint(15, 110)])
    txt = "\n".join("%-28s %5s %8s %6s" % tuple(r) for r in rows)
    body = "\n".join([greet(C, dirw), "", C.fr("Statistiques agrégées des transferts interétablissements pour %s :" % ("le mois de " + ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][month - 1]),
                                               "Aggregate interfacility transfer statistics for %s:" % ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]),
                      "", txt, "",
                      C.fr("Temps de réponse P90 urbain : %d min %02d s; rural : %d min. Taux de ROSC à l'arrivée : %d %%." % (C.rng.randint(8, 11), C.rng.randint(0, 59), C.rng.randint(16, 24), C.rng.randint(18, 31)),
                           "Urban P90 response time: %d min %02d s; rural: %d min. ROSC on arrival: %d%%." % (C.rng.randint(8, 11), C.rng.randint(0, 59), C.rng.randint(16, 24), C.rng.randint(18, 31))),
                      "", sig(C, q)])
    kind = C.pick(["none", "csv", "xlsx"])
    atts = []
    if kind == "csv":
        atts.append(Att(C.fr("stats_transferts_%02d.csv" % month, "transfer_stats_%02d.csv" % month), "text/csv", make_csv(rows)))
    elif kind == "xlsx":
        atts.append(Att(C.fr("tableau_de_bord_%02d.xlsx" % month, "dashboard_%02d.xlsx" % month), XLSX, make_xlsx([("Stats", rows)])))
    m = Msg(q.pair(), [dirw.pair()], C.fr("Tableau de bord mensuel - transferts", "Monthly dashboard - transfers"), body, attachments=atts)
    return m, "aggregate_stats", C.fr("statistiques agrégées", "aggregate statistics")


# N16 de-identified teaching case ----------------------------------------------------
def n_teaching(C):
    dm = spbo(C, "dm")
    age = C.rng.randint(45, 85)
    sx = C.pick(["F", "M"])
    fr = C.lang == "fr"
    case = C.pick([
        (C.fr("%s de %d ans, DRS depuis 30 min, diaphorèse. ECG : sus-décalage inférieur. TA 92/60." % ("Femme" if sx == "F" else "Homme", age),
              "%d-year-old %s, chest pain for 30 min, diaphoretic. ECG: inferior ST elevation. BP 92/60." % (age, "woman" if sx == "F" else "man")),
         C.fr("Questions : nitro ou pas? Quel centre? Quel délai acceptable pour la thrombolyse?", "Questions: nitro or not? Which centre? Acceptable delay for lysis?")),
        (C.fr("%s de %d ans, aphasie soudaine, dernier vu normal il y a 90 min, glycémie 6,1." % ("Femme" if sx == "F" else "Homme", age),
              "%d-year-old %s, sudden aphasia, last seen normal 90 min ago, glucose 6.1." % (age, "woman" if sx == "F" else "man")),
         C.fr("Questions : échelle de détection, choix de destination, pré-notification.", "Questions: screening scale, destination, pre-notification.")),
        (C.fr("Enfant de 4 ans, convulsion depuis 8 minutes, fièvre 39,6.", "4-year-old child, seizing for 8 minutes, fever 39.6."),
         C.fr("Questions : midazolam IN, dose, voie, surveillance.", "Questions: IN midazolam, dose, route, monitoring.")),
    ])
    body = "\n".join([greet(C), "", C.fr("Cas clinique du mois (dénominalisé, détails modifiés à des fins pédagogiques) :",
                                         "Case of the month (de-identified, details altered for teaching):"), "", case[0], "", case[1], "",
                      C.fr("Réponses et discussion à la rencontre clinique de jeudi.", "Answers and discussion at Thursday's rounds."), "", sig(C, dm)])
    m = Msg(dm.pair(), [("Paramédics", "paramedics@" + ORG["dom"])], C.fr("Cas clinique du mois", "Case of the month"), body)
    return m, "teaching_case", C.fr("cas clinique dénominalisé", "de-identified teaching case")


# N17 blank form -------------------------------------------------------------------------
def n_blank_form(C):
    co = coti(C)
    fields = C.fr(["Nom de l'usager : ______________________", "Date de naissance : ____/____/______", "NAM : ____________",
                   "No de dossier : __________", "Diagnostic principal : ______________________", "Médication en cours : ______________________",
                   "Niveau de soins :  A  B  C  D", "Accompagnement :  aucun  infirmière  inhalothérapeute", "Médecin receveur : ______________",
                   "Signature du médecin référent : ______________"],
                  ["Patient name: ______________________", "Date of birth: ____/____/______", "Health card no.: ____________",
                   "Chart no.: __________", "Primary diagnosis: ______________________", "Current medications: ______________________",
                   "Level of care:  A  B  C  D", "Escort:  none  RN  RT", "Accepting physician: ______________",
                   "Referring physician signature: ______________"])
    title = C.fr("Formulaire de demande de transfert interétablissement (version %d.%d)" % (C.rng.randint(3, 6), C.rng.randint(0, 9)),
                 "Interfacility transfer request form (version %d.%d)" % (C.rng.randint(3, 6), C.rng.randint(0, 9)))
    if C.rng.random() < 0.5:
        att = Att(C.fr("formulaire_transfert_vierge.docx", "transfer_form_blank.docx"), DOCX, make_docx(title, fields))
    else:
        att = Att(C.fr("formulaire_transfert_vierge.pdf", "transfer_form_blank.pdf"), "application/pdf", make_pdf(title, fields))
    body = C.fr("\n".join([greet(C), "", "Nouvelle version du formulaire de demande de transfert, à utiliser dès lundi. "
                           "Les champs NAM et niveau de soins sont désormais obligatoires.", "", closing(C), sig(C, co)]),
                "\n".join([greet(C), "", "New version of the transfer request form, to be used from Monday. "
                           "Health card number and level of care are now mandatory.", "", closing(C), sig(C, co)]))
    m = Msg(co.pair(), [("Urgences régionales", "urgences@" + HOSP_BY["hrvc"]["dom"])], C.fr("Nouveau formulaire de transfert", "New transfer form"), body, attachments=[att])
    return m, "blank_form", C.fr("formulaire vierge", "blank form")


# N18 mail-merge template ----------------------------------------------------------------
def n_mailmerge(C):
    adm = spbo(C, "adm")
    it = spbo(C, "it")
    tpl = C.fr("Bonjour «Prénom» «Nom»,\n\nVotre transport pour votre rendez-vous du «DateRDV» à «Heure» en «Service» est confirmé. "
               "L'équipe se présentera à «Adresse» environ 45 minutes avant.\n\nPour annuler : 819 555-0142.\n\nLe Service des transports",
               "Dear {{FirstName}} {{LastName}},\n\nYour transport to your {{ApptDate}} {{Time}} appointment at {{Department}} is confirmed. "
               "The crew will arrive at {{Address}} about 45 minutes before.\n\nTo cancel: 819 555-0142.\n\nTransport Office")
    body = "\n".join([greet(C, it), "", C.fr("Voici le gabarit de confirmation à intégrer dans le module d'envoi automatique. "
                                             "Les champs de fusion viennent de la table RDV_TRANSPORT.", "Here is the confirmation template for the auto-send module. "
                                             "Merge fields come from the APPT_TRANSPORT table."), "", "-----", tpl, "-----", "", closing(C), sig(C, adm, short=True)])
    m = Msg(adm.pair(), [it.pair()], C.fr("Gabarit - confirmation de transport", "Template - transport confirmation"), body)
    return m, "template", C.fr("gabarit de publipostage", "mail-merge template")


# N19 invoice with serial numbers -------------------------------------------------------
def n_invoice(C):
    vname, vdom = C.pick(VENDORS)
    fin = spbo(C, "fin")
    rep = Who(staff(C.rng, C.lang), "fin", {"fr": vname, "en": vname, "tel": phone(C.rng, "450")}, vdom, C.lang)
    inv = "INV-%06d" % C.rng.randint(100000, 999999)
    lines = []
    for _ in range(C.rng.randint(2, 4)):
        item = C.pick(C.fr(["Réparation civière motorisée (vérin hydraulique)", "Moniteur-défibrillateur - entretien préventif", "Pousse-seringue - étalonnage",
                            "Chaise d'évacuation - remplacement des chenilles"],
                           ["Powered stretcher repair (hydraulic actuator)", "Monitor/defibrillator - preventive maintenance", "Syringe pump - calibration",
                            "Stair chair - track replacement"]))
        sn = luhn_serial(C, 9)
        sn_txt = C.pick([sn, "%s %s %s" % (sn[:3], sn[3:6], sn[6:]), "%s-%s-%s" % (sn[:3], sn[3:6], sn[6:])])
        lines.append((item, sn_txt, "%d.%02d" % (C.rng.randint(120, 2400), C.rng.randint(0, 99))))
    tot = sum(float(x[2]) for x in lines)
    txt = [C.fr("Facture : ", "Invoice: ") + inv, C.fr("Client : ", "Customer: ") + ORG["fr" if C.lang == "fr" else "en"] + C.fr(" (no client 40-2217)", " (account 40-2217)"),
           C.fr("Bon de commande : ", "PO: ") + "BC-%05d" % C.rng.randint(10000, 99999), ""]
    for it, sn, amt in lines:
        txt.append("%s  |  %s %s  |  %s $" % (it, C.fr("No de série", "S/N"), sn, amt))
    txt += ["", C.fr("Sous-total : %.2f $   TPS : %.2f $   TVQ : %.2f $" % (tot, tot * 0.05, tot * 0.09975),
                     "Subtotal: $%.2f   GST: $%.2f   QST: $%.2f" % (tot, tot * 0.05, tot * 0.09975)),
            C.fr("Payable net 30 jours.", "Net 30 days.")]
    body = "\n".join([greet(C, fin), "", C.fr("Veuillez trouver ci-joint notre facture %s." % inv, "Please find attached invoice %s." % inv), "",
                      closing(C), rep.name, vname, "Tél. " + rep.org["tel"]])
    if C.rng.random() < 0.3:
        body = "\n".join([greet(C, fin), ""] + txt + ["", closing(C), rep.name, vname])
        atts = []
    else:
        atts = [Att("%s.pdf" % inv, "application/pdf", make_pdf(C.fr("FACTURE", "INVOICE"), txt, header=vname))]
    m = Msg(rep.pair(), [fin.pair()], C.fr("Facture %s" % inv, "Invoice %s" % inv), body, attachments=atts)
    return m, "invoice", C.fr("facture fournisseur avec numéros de série", "vendor invoice with serial numbers")


# N20 purchase order ---------------------------------------------------------------------
def n_po(C):
    fin = spbo(C, "fin")
    vname, vdom = C.pick(VENDORS)
    rep = Who(staff(C.rng, C.lang), "fin", {"fr": vname, "en": vname, "tel": phone(C.rng, "514")}, vdom, C.lang)
    po = "BC-%05d" % C.rng.randint(10000, 99999)
    items = C.pick([C.fr(["Électrodes de défibrillation adulte (boîte de 10)", "Électrodes pédiatriques", "Canules nasopharyngées assorties"],
                         ["Adult defibrillation pads (box of 10)", "Paediatric pads", "Assorted nasopharyngeal airways"]),
                    C.fr(["Bouteilles d'oxygène D (location)", "Masques à haute concentration", "Lunettes nasales"],
                         ["D oxygen cylinders (rental)", "Non-rebreather masks", "Nasal cannulas"])])
    rows = [[C.fr("Article", "Item"), C.fr("Qté", "Qty"), C.fr("Prix unitaire", "Unit price"), C.fr("Lot exigé", "Lot required")]]
    for it in items:
        rows.append([it, C.rng.randint(5, 200), "%.2f" % (C.rng.randint(150, 9000) / 100), "LOT %s" % luhn_serial(C, 8)])
    txt = "\n".join(" | ".join(str(c) for c in r) for r in rows)
    body = "\n".join([greet(C, rep), "", C.fr("Voici le bon de commande %s. Livraison à la base de Val-des-Cèdres, quai 2." % po,
                                              "Here is purchase order %s. Deliver to the Val-des-Cèdres base, dock 2." % po), "", txt, "",
                      C.fr("Merci d'indiquer le numéro de BC sur la facture.", "Please quote the PO number on the invoice."), "", sig(C, fin)])
    atts = [Att("%s.xlsx" % po, XLSX, make_xlsx([(po, rows)]))] if C.rng.random() < 0.5 else []
    m = Msg(fin.pair(), [rep.pair()], C.fr("Bon de commande %s" % po, "Purchase order %s" % po), body, attachments=atts)
    return m, "purchase_order", C.fr("bon de commande", "purchase order")


# N21 inventory of med kits -------------------------------------------------------------
def n_inventory(C):
    sup = spbo(C, "sup")
    dm = spbo(C, "dm")
    meds = C.fr(["Épinéphrine 1 mg/mL", "Naloxone 0,4 mg/mL", "AAS 80 mg croquable", "Nitroglycérine 0,4 mg vaporisateur", "Salbutamol 5 mg/2,5 mL",
                 "Glucagon 1 mg", "Midazolam 5 mg/mL", "Fentanyl 50 mcg/mL"],
                ["Epinephrine 1 mg/mL", "Naloxone 0.4 mg/mL", "ASA 81 mg chewable", "Nitroglycerin 0.4 mg spray", "Salbutamol 5 mg/2.5 mL",
                 "Glucagon 1 mg", "Midazolam 5 mg/mL", "Fentanyl 50 mcg/mL"])
    rows = [[C.fr("Produit", "Product"), C.fr("Lot", "Lot"), C.fr("Expiration", "Expiry"), C.fr("Qté unité ", "Qty unit ") + unit_no(C), C.fr("Seuil", "Par")]]
    for mname in meds:
        rows.append([mname, "%s%s" % (C.pick(["A", "B", "K", "P"]), luhn_serial(C, 7)),
                     (C.today + datetime.timedelta(days=C.rng.randint(20, 700))).strftime("%Y-%m"), C.rng.randint(0, 12), C.rng.randint(2, 6)])
    kind = C.pick(["csv", "xlsx"])
    att = Att(C.fr("inventaire_medicaments.csv", "med_inventory.csv"), "text/csv", make_csv(rows, ";")) if kind == "csv" else \
        Att(C.fr("inventaire_medicaments.xlsx", "med_inventory.xlsx"), XLSX, make_xlsx([("Inventaire", rows)]))
    body = C.fr("\n".join([greet(C, dm), "", "Inventaire mensuel des trousses de médicaments. Trois produits sous le seuil (voir colonne Qté); "
                           "le lot d'épinéphrine expire dans moins de 60 jours.", "", closing(C), sig(C, sup)]),
                "\n".join([greet(C, dm), "", "Monthly drug kit inventory. Three products below par (see Qty column); the epinephrine lot "
                           "expires within 60 days.", "", closing(C), sig(C, sup)]))
    m = Msg(sup.pair(), [dm.pair()], C.fr("Inventaire trousses - ", "Kit inventory - ") + fmt_date(C.today, C.lang, style=0), body, attachments=[att])
    return m, "inventory", C.fr("inventaire de médicaments avec lots", "drug inventory with lot numbers")


# N22 IT mail -------------------------------------------------------------------------
def n_it(C):
    it = spbo(C, "it")
    kind = C.rng.randint(0, 3)
    d = _d(C, C.rng.randint(1, 8))
    if kind == 0:
        subj = C.fr("Maintenance RAO - interruption planifiée", "CAD maintenance - planned outage")
        txt = C.fr("Le système de répartition assistée par ordinateur (RAO) sera en mode dégradé le %s de 02 h à 03 h 30. "
                   "Procédure papier (cartes d'appel) en vigueur au CCS. Les tablettes des véhicules ne recevront pas les affectations." % day_phrase(d, "fr"),
                   "The computer-aided dispatch (CAD) system will be degraded on %s from 02:00 to 03:30. Paper call cards in effect at the "
                   "communication centre. Vehicle tablets will not receive assignments." % day_phrase(d, "en"))
    elif kind == 1:
        subj = C.fr("Mise à jour des tablettes RIP électronique v5.2", "ePCR tablet update v5.2")
        txt = C.fr("La version 5.2 du rapport d'intervention électronique sera poussée cette nuit. Nouveautés : champs obligatoires pour "
                   "l'échelle de douleur, synchronisation plus rapide. Redémarrez la tablette au début du quart.",
                   "Version 5.2 of the ePCR will be pushed tonight. New: mandatory pain scale fields, faster sync. Restart the tablet at "
                   "the start of your shift.")
    elif kind == 2:
        subj = C.fr("Hameçonnage - ne cliquez pas", "Phishing alert - do not click")
        txt = C.fr("Un courriel frauduleux « Votre boîte est pleine » circule. Ne cliquez pas sur le lien. Signalez-le avec le bouton "
                   "« Signaler » d'Outlook.", "A fake 'Your mailbox is full' e-mail is circulating. Do not click the link. Report it with "
                   "Outlook's Report button.")
    else:
        subj = C.fr("Réinitialisation des mots de passe", "Password reset")
        txt = C.fr("Les mots de passe du réseau expirent le %s. Nouveau minimum : 14 caractères. Le soutien est joignable au poste 2300." % fmt_date(d, "fr", style=2),
                   "Network passwords expire on %s. New minimum: 14 characters. Support is at ext. 2300." % fmt_date(d, "en", style=1))
    body = "\n".join([greet(C), "", txt, "", sig(C, it)])
    m = Msg(it.pair(), [("Tous les utilisateurs" if C.lang == "fr" else "All users", "tous@" + ORG["dom"])], subj, body)
    return m, "it_notice", C.fr("avis informatique", "IT notice")


# N23 facilities -----------------------------------------------------------------------
def n_facilities(C):
    s = spbo(C, C.pick(["sup", "fleet"]))
    txt = C.pick(C.fr(["La porte de garage no 3 de la base Rivière-Noire est hors service; sortie des véhicules par la porte 1 jusqu'à la réparation jeudi.",
                       "Déneigement : stationnement arrière fermé de 22 h à 4 h cette nuit. Déplacez vos véhicules personnels.",
                       "Le système de ventilation de la salle de décontamination sera remplacé la semaine prochaine; utilisez la salle de la base VDC.",
                       "Coupure d'eau chaude demain de 9 h à 12 h (remplacement du chauffe-eau)."],
                      ["Garage door 3 at the Rivière-Noire base is out of service; vehicles exit through door 1 until Thursday's repair.",
                       "Snow removal: back parking closed 10 p.m. to 4 a.m. tonight. Move your personal vehicles.",
                       "The decontamination room ventilation will be replaced next week; use the VDC base room.",
                       "Hot water shut-off tomorrow 9 a.m. to noon (water heater replacement)."]))
    m = Msg(s.pair(), [("Base" if C.lang == "fr" else "Base staff", "base-vdc@" + ORG["dom"])], C.fr("Avis - installations", "Notice - facilities"),
            "\n".join([greet(C), "", txt, "", closing(C), sig(C, s, short=True)]))
    return m, "facilities", C.fr("avis d'installations", "facilities notice")


# N24 drug shortage ------------------------------------------------------------------
def n_shortage(C):
    dm = spbo(C, "dm")
    drug = C.pick([("épinéphrine 1 mg/mL (ampoules 1 mL)", "epinephrine 1 mg/mL (1 mL ampoules)", "seringues préremplies 0,1 mg/mL", "0.1 mg/mL prefilled syringes"),
                   ("naloxone 0,4 mg/mL", "naloxone 0.4 mg/mL", "naloxone intranasale 4 mg", "intranasal naloxone 4 mg"),
                   ("salbutamol en nébules 5 mg", "salbutamol 5 mg nebules", "salbutamol en aérosol-doseur avec chambre", "salbutamol MDI with spacer")])
    body = C.fr("\n".join([greet(C), "", "Pénurie nationale de %s annoncée par le fournisseur jusqu'à la fin du trimestre." % drug[0],
                           "Substitution autorisée : %s, selon la même indication. Aucun changement de protocole pour l'instant." % drug[2],
                           "Merci de ne pas constituer de réserves personnelles dans les véhicules.", "", sig(C, dm)]),
                "\n".join([greet(C), "", "National shortage of %s announced by the supplier until the end of the quarter." % drug[1],
                           "Authorised substitute: %s, same indication. No protocol change for now." % drug[3],
                           "Please don't stockpile in the vehicles.", "", sig(C, dm)]))
    m = Msg(dm.pair(), [("Paramédics", "paramedics@" + ORG["dom"])], C.fr("Pénurie - ", "Shortage - ") + C.fr(drug[0], drug[1]), body)
    return m, "drug_shortage", C.fr("avis de pénurie de médicament", "drug shortage notice")


# N25 equipment recall ----------------------------------------------------------------
def n_recall(C):
    fleet = spbo(C, "fleet")
    serials = [luhn_serial(C, 10) for _ in range(C.rng.randint(3, 6))]
    model = C.pick(["PowerLift 650", "RescueCot XT", "StairTrac 2", "CardioLink M4"])
    body = C.fr("\n".join([greet(C), "", "Avis de rappel du fabricant pour le modèle %s (risque de défaillance du mécanisme de verrouillage)." % model,
                           "Numéros de série visés dans notre parc :"] + ["  - " + s for s in serials] +
                          ["", "Retirer de service dès le retour à la base et étiqueter « hors service - rappel ». Le technicien passe mardi.", "", sig(C, fleet)]),
                "\n".join([greet(C), "", "Manufacturer recall for model %s (risk of locking mechanism failure)." % model,
                           "Affected serial numbers in our fleet:"] + ["  - " + s for s in serials] +
                          ["", "Remove from service on return to base and tag 'out of service - recall'. Technician visiting Tuesday.", "", sig(C, fleet)]))
    m = Msg(fleet.pair(), [("Superviseurs" if C.lang == "fr" else "Supervisors", "superviseurs@" + ORG["dom"])], C.fr("RAPPEL - %s" % model, "RECALL - %s" % model), body)
    return m, "recall", C.fr("rappel d'équipement", "equipment recall")


# N26 research protocol ----------------------------------------------------------------
def n_research(C):
    dm = spbo(C, "dm")
    pi = staff(C.rng, C.lang)
    studies = [
        (("Étude PRÉ-TNK : thrombolyse préhospitalière du STEMI en région éloignée", "PRE-TNK study: prehospital lysis for STEMI in remote regions"),
         ("adultes avec STEMI à plus de 90 min d'un centre d'ICP (critères d'inclusion en annexe)",
          "adults with STEMI more than 90 min from a PCI centre (inclusion criteria in appendix)"),
         ("mortalité à 30 jours; issues secondaires : saignements majeurs, délais", "30-day mortality; secondary: major bleeding, delays")),
        (("Étude KID-IN : midazolam intranasal vs intramusculaire chez l'enfant en convulsion",
          "KID-IN study: intranasal vs intramuscular midazolam for paediatric seizures"),
         ("enfants de 6 mois à 14 ans en convulsion depuis plus de 5 minutes", "children 6 months to 14 years seizing for more than 5 minutes"),
         ("arrêt des convulsions à 10 minutes; issues secondaires : dépression respiratoire, récidive",
          "seizure cessation at 10 minutes; secondary: respiratory depression, recurrence"))]
    st = C.pick(studies)
    title = C.fr(*st[0])
    sections = C.fr(["Investigateur principal : %s" % dr(pi, "fr"), "Devis : essai pragmatique par grappes, 24 mois",
                     "Population : " + st[1][0],
                     "Consentement : différé, selon l'approbation du comité d'éthique de la recherche",
                     "Issue principale : " + st[2][0],
                     "Données : extraites du RIP électronique, dénominalisées à la source"],
                    ["Principal investigator: %s" % dr(pi, "en"), "Design: pragmatic cluster trial, 24 months",
                     "Population: " + st[1][1],
                     "Consent: deferred, as approved by the research ethics board",
                     "Primary outcome: " + st[2][1],
                     "Data: extracted from the ePCR, de-identified at source"])
    body = "\n".join([greet(C), "", C.fr("Le protocole final de l'étude est joint pour information avant la séance de formation des équipes.",
                                         "The final study protocol is attached for information ahead of crew training."), "", sig(C, dm)])
    att = Att(C.fr("protocole_etude_v3.pdf", "study_protocol_v3.pdf"), "application/pdf", make_pdf(title, sections))
    if C.rng.random() < 0.4:
        att = Att(C.fr("protocole_etude_v3.zip", "study_protocol_v3.zip"), "application/zip",
                  make_zip([("protocole.pdf", make_pdf(title, sections)), ("LISEZMOI.txt", "\r\n".join(sections).encode("utf-8"))]))
    m = Msg(dm.pair(), [("Paramédics SA", "psa@" + ORG["dom"])], title, body, attachments=[att])
    return m, "research_protocol", C.fr("protocole de recherche", "research protocol")


# N27 fleet maintenance (VIN with check digit) -------------------------------------------
def n_fleet(C):
    fleet = spbo(C, "fleet")
    sup = spbo(C, "sup")
    rows = []
    for _ in range(C.rng.randint(2, 4)):
        rows.append("%s  VIN %s  %s" % (unit_no(C), vin(C), C.pick(C.fr(["freins avant", "vidange + inspection SAAQ", "module d'éclairage d'urgence", "climatisation cabine patient"],
                                                                          ["front brakes", "oil change + annual inspection", "emergency lighting module", "patient compartment A/C"]))))
    body = "\n".join([greet(C, sup), "", C.fr("Véhicules au garage cette semaine :", "Vehicles in the shop this week:"), ""] + rows +
                     ["", C.fr("Le véhicule de relève 13-99 est disponible à la base VDC.", "Spare unit 13-99 is available at the VDC base."), "", sig(C, fleet)])
    m = Msg(fleet.pair(), [sup.pair()], C.fr("Entretien du parc - semaine %d" % C.today.isocalendar()[1], "Fleet maintenance - week %d" % C.today.isocalendar()[1]), body)
    return m, "fleet", C.fr("entretien des véhicules", "fleet maintenance")


# N28 protocol update ----------------------------------------------------------------
def n_protocol(C):
    dm = spbo(C, "dm")
    co = coti(C)
    body = C.fr("\n".join([greet(C), "", "Mise à jour du protocole de transfert interétablissement (en vigueur le %s) :" % fmt_date(_d(C, 14), "fr", style=2),
                           "- Tout patient sous norépinéphrine > 0,1 mcg/kg/min : TSI avec infirmière obligatoire.",
                           "- STEMI : départ vers l'ICMA sans attendre la confirmation du lit si le délai prévu est < 120 min.",
                           "- Pédiatrie < 2 ans en détresse respiratoire : équipe pédiatrique du CME.",
                           "- Patients sous héparine ou insuline en perfusion : pompe volumétrique du centre référent.",
                           "", "Le document complet est sur l'intranet.", "", sig(C, dm)]),
                "\n".join([greet(C), "", "Interfacility transfer protocol update (effective %s):" % fmt_date(_d(C, 14), "en", style=1),
                           "- Any patient on norepinephrine > 0.1 mcg/kg/min: critical care transfer with RN.",
                           "- STEMI: leave for Mont-Aubert without waiting for bed confirmation if expected delay < 120 min.",
                           "- Children < 2 in respiratory distress: CME paediatric team.",
                           "- Patients on heparin or insulin infusions: referring centre's volumetric pump.",
                           "", "Full document on the intranet.", "", sig(C, dm)]))
    m = Msg(dm.pair(), [co.pair(), ("Urgences", "urgences@" + HOSP_BY["hrvc"]["dom"])], C.fr("Protocole de transfert - mise à jour", "Transfer protocol - update"), body)
    return m, "protocol_update", C.fr("mise à jour de protocole", "protocol update")


# N29 aggregate bed capacity (HTML table) ----------------------------------------------
def n_bed_capacity(C):
    co = coti(C)
    head = [C.fr("Établissement", "Facility"), C.fr("USI libres", "ICU free"), C.fr("USC libres", "Step-down free"), C.fr("Médecine", "Medicine"),
            C.fr("Civières urgence occupées", "ED stretchers occupied"), C.fr("Taux", "Rate")]
    rows = []
    for h in HOSP[:6]:
        occ, cap = C.rng.randint(14, 52), C.rng.randint(20, 36)
        rows.append([h["fr" if C.lang == "fr" else "en"], C.rng.randint(0, 4), C.rng.randint(0, 6), C.rng.randint(0, 15),
                     "%d/%d" % (occ, cap), "%d %%" % round(100 * occ / cap)])
    th = "".join("<th>%s</th>" % x for x in head)
    trs = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows)
    intro = C.fr("Portrait de la capacité régionale à %02dh00. Niveau d'alerte : %s." % (C.rng.randint(6, 20), C.pick(["vert", "jaune", "orange"])),
                 "Regional capacity snapshot at %02d:00. Alert level: %s." % (C.rng.randint(6, 20), C.pick(["green", "yellow", "orange"])))
    g, sg = greet(C), sig(C, co)
    html = "<p>%s</p>\n<p>%s</p>\n<table border=\"1\" cellpadding=\"3\">\n<tr>%s</tr>\n%s\n</table>\n<p>%s</p>" % (
        g, intro, th, trs, sg.replace("\n", "<br>\n"))
    plain = "\n".join([g, "", intro, "", " | ".join(head)] + [" | ".join(str(c) for c in r) for r in rows] + ["", sg])
    m = Msg(co.pair(), [("Gestionnaires de lits", "lits@" + COTI["dom"])], C.fr("Capacité régionale - ", "Regional capacity - ") + fmt_date(C.today, C.lang, style=0), plain, html=html)
    return m, "bed_capacity", C.fr("capacité régionale agrégée", "aggregate regional capacity")


# N30 dispatcher QA (staff performance, aggregate) ---------------------------------------
def n_dispatch_qa(C):
    q = spbo(C, "qual")
    chef = Who(staff(C.rng, C.lang), "sup", CCS, CCS["dom"], C.lang)
    rows = [[C.fr("Répartiteur", "Dispatcher"), C.fr("Appels revus", "Calls reviewed"), C.fr("Conformité MPDS", "MPDS compliance"), C.fr("Délai moyen de codification", "Mean time to code")]]
    for _ in range(C.rng.randint(5, 8)):
        d = staff(C.rng, C.lang)
        rows.append(["%s %s" % (d.given, d.surname), C.rng.randint(10, 30), "%d %%" % C.rng.randint(82, 99), "%d s" % C.rng.randint(48, 110)])
    body = "\n".join([greet(C, chef), "", C.fr("Résultats trimestriels d'assurance qualité des répartiteurs (échantillon aléatoire de 25 appels par personne) :",
                                               "Quarterly dispatcher QA results (random sample of 25 calls each):"), ""] +
                     [" | ".join(str(c) for c in r) for r in rows] +
                     ["", C.fr("Les rétroactions individuelles seront faites en rencontre privée. Cible de conformité : 90 %.",
                               "Individual feedback will be given privately. Compliance target: 90%."), "", sig(C, q)])
    m = Msg(q.pair(), [chef.pair()], C.fr("AQ répartition - trimestre", "Dispatch QA - quarter"), body)
    return m, "dispatch_qa", C.fr("résultats AQ des répartiteurs", "dispatcher QA results")


# N31 press release (no identities) -----------------------------------------------------
def n_press(C):
    comms = spbo(C, "comms")
    body = C.pick(C.fr(["COMMUNIQUÉ - Pour diffusion immédiate\n\nSauvetage en forêt près du Lac-Plamondon : une randonneuse dans la cinquantaine, "
                        "blessée à la cheville, a été évacuée hier soir par les paramédics du SPBO et les pompiers en véhicule tout-terrain. "
                        "Elle a été transportée à l'hôpital dans un état stable. Le SPBO rappelle d'aviser un proche de son itinéraire.",
                        "COMMUNIQUÉ - Pour diffusion immédiate\n\nLe SPBO a réalisé 14 212 interventions en 2024, dont 2 961 transferts interétablissements. "
                        "Le temps de réponse médian en milieu urbain est de 8 min 40 s. Deux nouvelles ambulances entreront en service au printemps."],
                       ["NEWS RELEASE - For immediate release\n\nForest rescue near Lac-Plamondon: a hiker in her fifties with an ankle injury was evacuated "
                        "last night by SPBO paramedics and firefighters using an ATV. She was taken to hospital in stable condition. SPBO reminds "
                        "hikers to leave their route with someone.",
                        "NEWS RELEASE - For immediate release\n\nSPBO handled 14,212 calls in 2024, including 2,961 interfacility transfers. Median urban "
                        "response time was 8 min 40 s. Two new ambulances will enter service in the spring."]))
    body += "\n\n-30-\n\n" + C.fr("Renseignements : ", "Media: ") + "%s, %s" % (comms.name, ORG["tel"])
    m = Msg(comms.pair(), [("Médias régionaux" if C.lang == "fr" else "Regional media", "medias@liste.example")], C.fr("Communiqué SPBO", "SPBO news release"), body)
    return m, "press_release", C.fr("communiqué de presse", "news release")


# N32 automatic acknowledgement, no patient data ----------------------------------------
def n_ack(C):
    co = coti(C)
    ref = "T-%d-%05d" % (C.today.year, C.rng.randint(10000, 99999))
    body = C.fr("Votre demande de transfert %s a été reçue par le COTI à %02dh%02d.\n\nUne coordonnatrice vous rappellera dans les 15 minutes "
                "au numéro indiqué dans la demande. Pour une urgence vitale, utilisez la ligne rouge : %s.\n\nCeci est un message automatique, "
                "ne pas répondre." % (ref, C.rng.randint(0, 23), C.rng.randint(0, 59), COTI["tel"]),
                "Your transfer request %s was received by COTI at %02d:%02d.\n\nA coordinator will call you back within 15 minutes at the number "
                "given in the request. For a life-threatening emergency use the red line: %s.\n\nThis is an automatic message, do not reply."
                % (ref, C.rng.randint(0, 23), C.rng.randint(0, 59), COTI["tel"]))
    m = Msg(("COTI - " + C.fr("ne pas répondre", "no reply"), "ne-pas-repondre@" + COTI["dom"]), [hosp_staff(C, None, "liaison").pair()],
            C.fr("Accusé de réception - demande %s" % ref, "Acknowledgement - request %s" % ref), body)
    return m, "acknowledgement", C.fr("accusé de réception automatique", "automatic acknowledgement")


# N33 equipment exchange between hospitals (asset tags) -----------------------------------
def n_equipment(C):
    sup = spbo(C, "sup")
    h = hosp_staff(C, C.pick(["chub", "icma", "hrvc"]), "adm")
    tags = ["%s %s %s" % (C.pick(["CIVR", "POMP", "MONI", "MATL"]), "".join(str(C.rng.randint(0, 9)) for _ in range(4)),
                          "".join(str(C.rng.randint(0, 9)) for _ in range(4))) for _ in range(C.rng.randint(2, 5))]
    body = "\n".join([greet(C, h), "", C.fr("Voici les équipements laissés chez vous lors des transferts de la semaine (étiquettes d'inventaire) :",
                                            "Here is the equipment left at your site during this week's transfers (asset tags):"), ""] +
                     ["  " + t for t in tags] + ["", C.fr("Pouvez-vous les retourner avec le prochain véhicule ou nous appeler au %s?" % ORG["tel"],
                                                         "Could you send them back with the next unit or call us at %s?" % ORG["tel"]), "", closing(C), sig(C, sup)])
    m = Msg(sup.pair(), [h.pair()], C.fr("Retour d'équipements - civières et pompes", "Equipment return - stretchers and pumps"), body)
    return m, "equipment_exchange", C.fr("retour d'équipements entre établissements", "equipment return between sites")


# N34 coordination committee minutes ---------------------------------------------------
def n_minutes(C):
    co = coti(C)
    ppl = [staff(C.rng, C.lang) for _ in range(5)]
    txt = C.fr(["Compte rendu - Table de coordination des transferts, %s" % fmt_date(C.today, "fr", style=2),
                "Présents : " + ", ".join("%s %s" % (p.given, p.surname) for p in ppl),
                "1. Délais de décharge : moyenne de 41 min au CHU (cible 30). Action : trajectoire de décharge rapide.",
                "2. Refus de lits : 12 refus ce mois-ci, surtout en USI (7).",
                "3. Transferts pédiatriques : 9, tous via l'équipe du CME.",
                "4. Prochaine rencontre : dans un mois."],
               ["Minutes - Transfer Coordination Table, %s" % fmt_date(C.today, "en", style=1),
                "Present: " + ", ".join("%s %s" % (p.given, p.surname) for p in ppl),
                "1. Offload delays: mean 41 min at the CHU (target 30). Action: fast offload pathway.",
                "2. Bed refusals: 12 this month, mostly ICU (7).",
                "3. Paediatric transfers: 9, all via the CME team.",
                "4. Next meeting: in one month."])
    atts = [Att(C.fr("compte_rendu.docx", "minutes.docx"), DOCX, make_docx(txt[0], txt[1:]))] if C.rng.random() < 0.6 else []
    body = "\n".join([greet(C), ""] + (txt if not atts else [C.fr("Compte rendu en pièce jointe.", "Minutes attached.")]) + ["", sig(C, co)])
    m = Msg(co.pair(), [("Table de coordination" if C.lang == "fr" else "Coordination table", "table-transferts@" + COTI["dom"])],
            C.fr("Compte rendu - table de coordination", "Minutes - coordination table"), body, attachments=atts)
    return m, "meeting_minutes", C.fr("compte rendu de réunion", "meeting minutes")


# N35 radio test ----------------------------------------------------------------------
def n_radio(C):
    c = Who(staff(C.rng, C.lang), "sup", CCS, CCS["dom"], C.lang)
    d = _d(C, C.rng.randint(1, 10))
    body = C.fr("\n".join([greet(C), "", "Essai du réseau radio régional le %s à 10 h. Chaque unité doit répondre à l'appel de groupe sur le canal 4. "
                           "Les unités sans réponse seront rappelées sur cellulaire." % day_phrase(d, "fr"), "", sig(C, Who(c.p, "rmu", CCS, CCS["dom"], C.lang))]),
                "\n".join([greet(C), "", "Regional radio network test on %s at 10:00. Each unit must answer the group call on channel 4. "
                           "Units that do not respond will be called on cell." % day_phrase(d, "en"), "", sig(C, Who(c.p, "rmu", CCS, CCS["dom"], C.lang))]))
    m = Msg(c.pair(), [("Superviseurs" if C.lang == "fr" else "Supervisors", "superviseurs@" + ORG["dom"])], C.fr("Essai radio", "Radio test"), body)
    return m, "radio_test", C.fr("essai radio", "radio test")


# N36 community CPR course ------------------------------------------------------------
def n_cpr(C):
    comms = spbo(C, "comms")
    d = _d(C, C.rng.randint(10, 40))
    body = C.fr("\n".join([greet(C), "", "Cours gratuit de RCR et DEA pour la population le %s, 18 h 30, centre communautaire de Saint-Aubin-du-Lac. "
                           "Places limitées à 24 personnes; inscription au %s." % (day_phrase(d, "fr"), ORG["tel"]),
                           "Donné par nos paramédics bénévoles. Les mannequins sont fournis.", "", sig(C, comms)]),
                "\n".join([greet(C), "", "Free public CPR and AED course on %s, 6:30 p.m., Saint-Aubin-du-Lac community centre. "
                           "Limited to 24 people; register at %s." % (day_phrase(d, "en"), ORG["tel"]),
                           "Taught by volunteer paramedics. Manikins provided.", "", sig(C, comms)]))
    m = Msg(comms.pair(), [("Municipalités", "municipalites@liste.example")], C.fr("Cours de RCR gratuit", "Free CPR course"), body)
    return m, "community", C.fr("cours de RCR pour la population", "public CPR course")
