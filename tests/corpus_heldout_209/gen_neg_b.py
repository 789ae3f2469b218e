"""Negative templates, part B: inventories, IT, facilities, aggregate statistics, teaching cases,
blank forms, mail-merge templates, drug shortages, recalls, physician on-call lists."""
import datetime

import gen_docs as D
from gen_common import org_addr, org_name, org_phone, sig
from gen_neg_a import gtin13, luhn10, sin_like
from gen_tpl import A, M, O, T, ago, ahead, att, hello, html_table, short_d, short_dt, text_table, thanks


# ---------------------------------------------------------------- N11
def inventory(c):
    tech = c.w.staff(c.pick(["technicien de flotte", "chef d'équipe"]), c.lang)
    mgr = c.w.staff("gestionnaire des opérations", c.lang)
    drugs = T(c, ["Épinéphrine 1 mg/mL", "Naloxone 4 mg IN", "Salbutamol 5 mg/2,5 mL", "AAS 80 mg croquable",
                  "Nitroglycérine 0,4 mg vaporisateur", "Glucagon 1 mg", "Dextrose 50 %", "Kétamine 50 mg/mL",
                  "Midazolam 5 mg/mL", "Fentanyl 50 mcg/mL"],
              ["Epinephrine 1 mg/mL", "Naloxone 4 mg IN", "Salbutamol 5 mg/2.5 mL", "ASA 80 mg chewable",
               "Nitroglycerin 0.4 mg spray", "Glucagon 1 mg", "Dextrose 50%", "Ketamine 50 mg/mL",
               "Midazolam 5 mg/mL", "Fentanyl 50 mcg/mL"])
    rows = [[T(c, "Unité", "Unit"), T(c, "Produit", "Product"), T(c, "Lot", "Lot"), "GTIN",
             T(c, "Péremption", "Expiry"), T(c, "Qté", "Qty")]]
    for _ in range(c.rng.randint(8, 14)):
        exp = ahead(c, days=c.rng.randint(-10, 400)).date()
        rows.append(["%d%02d" % (c.pick([71, 72, 81]), c.rng.randint(1, 30)), c.pick(drugs),
                     "%s%d" % (c.pick(["L", "B", "24", "25"]), c.rng.randrange(10000, 99999)), gtin13(c.rng),
                     exp.isoformat(), str(c.rng.randint(1, 12))])
    xl = D.make_xlsx([(T(c, "Inventaire", "Inventory"), rows)], author=tech.plain)
    text = "\n".join([hello(c, mgr), "",
                      T(c, "Inventaire mensuel des médicaments et fournitures des unités. Les produits expirés "
                           "(surlignés) ont été retirés et retournés à la pharmacie.",
                        "Monthly unit drug and supply inventory. Expired products (highlighted) were pulled and "
                        "returned to pharmacy."), "", sig(tech, c.lang)])
    return M(c, "inventory", T(c, "inventaire des médicaments des ambulances", "ambulance drug inventory"),
             A(tech), [A(mgr)], T(c, "Inventaire mensuel – %s", "Monthly inventory - %s") % c.when.strftime("%Y-%m"),
             text, atts=[att("xlsx", T(c, "inventaire_%s.xlsx", "inventory_%s.xlsx") % c.when.strftime("%Y%m"), xl)])


# ---------------------------------------------------------------- N12
def it_notice(c):
    it = c.w.staff("analyste TI", c.lang)
    start = ahead(c, days=c.rng.randint(2, 9)).replace(hour=c.pick([1, 2, 23]), minute=0)
    kind = c.rng.randint(0, 2)
    if kind == 0:
        subj = T(c, "Interruption planifiée du système RAO", "Planned CAD outage")
        body = T(c, "Le système de répartition assistée par ordinateur (RAO) sera interrompu le %s pendant environ 90 minutes "
                    "(mise à jour 8.4). Les répartiteurs utiliseront les cartes d'appel papier; les tablettes ePCR "
                    "resteront fonctionnelles en mode hors ligne." % short_dt(c, start),
                 "The computer-aided dispatch (CAD) system will be down on %s for about 90 minutes (version 8.4 "
                 "update). Dispatchers will use paper call cards; ePCR tablets will work offline." % short_dt(c, start))
    elif kind == 1:
        subj = T(c, "ALERTE hameçonnage – faux courriel « facture ambulance »", "PHISHING alert - fake 'ambulance invoice' email")
        body = T(c, "Plusieurs employés ont reçu un courriel frauduleux demandant de « valider votre NAS pour la paie ». "
                    "Ne cliquez pas sur le lien. Le service de paie ne demande jamais votre NAS par courriel. "
                    "Transférez le message à securite@rsdr.example.",
                 "Several staff received a fraudulent email asking to 'validate your SIN for payroll'. Do not click "
                 "the link. Payroll never asks for your SIN by email. Forward it to security@rsdr.example.")
    else:
        subj = T(c, "Réinitialisation des mots de passe – tablettes ePCR", "Password reset - ePCR tablets")
        body = T(c, "À compter du %s, les mots de passe des tablettes ePCR devront comporter 14 caractères. "
                    "Le soutien sera au poste 1 de 7 h à 9 h pour vous aider." % short_d(c, start),
                 "Starting %s, ePCR tablet passwords must be 14 characters. Support will be at station 1 from "
                 "07:00 to 09:00 to help." % short_d(c, start))
    text = "\n".join([hello(c), "", body, "", T(c, "Centre de services TI – poste 5555", "IT service desk - ext. 5555"),
                      sig(it, c.lang)])
    return M(c, "it_notice", T(c, "avis informatique", "IT notice"), A(it),
             [(T(c, "Utilisateurs préhospitaliers", "Prehospital users"), "utilisateurs@rsdr.example")], subj, text)


# ---------------------------------------------------------------- N13
def facilities(c):
    fac = c.w.staff("gestionnaire des opérations", c.lang)
    d = ahead(c, days=c.rng.randint(1, 8))
    what = c.pick(T(c, ["La porte de garage n° 3 du poste central sera remplacée",
                        "La salle de décontamination sera fermée pour travaux de ventilation",
                        "Le déneigement de l'héliport de l'HRSA sera effectué",
                        "La borne de recharge des véhicules de supervision sera installée"],
                    ["Garage door 3 at the central station will be replaced",
                     "The decontamination room will be closed for ventilation work",
                     "The HRSA helipad will be cleared of snow",
                     "The charging station for supervisor vehicles will be installed"]))
    text = "\n".join([hello(c), "",
                      T(c, "%s le %s entre 8 h et 15 h. Merci d'utiliser l'entrée arrière et de stationner les unités "
                           "en réserve dans la cour ouest." % (what, short_d(c, d)),
                        "%s on %s between 08:00 and 15:00. Please use the back entrance and park spare units in the "
                        "west yard." % (what, short_d(c, d))),
                      "", T(c, "Services techniques", "Facilities"), org_addr("abe"), org_phone("abe"), sig(fac, c.lang)])
    return M(c, "facilities", T(c, "avis des services techniques", "facilities notice"), A(fac),
             [(T(c, "Poste central – tous", "Central station - all"), "poste.central@ambboreal.example")],
             T(c, "Travaux – %s", "Works - %s") % short_d(c, d), text)


# ---------------------------------------------------------------- N14
def stats(c):
    an = c.w.staff(c.pick(["conseiller qualité", "coordonnateur des transferts"]), c.lang)
    md = c.w.staff("directeur médical", c.lang)
    cats = T(c, ["STEMI", "AVC (thrombectomie)", "Traumatologie majeure", "Sepsis / soins intensifs", "Obstétrique",
                 "Pédiatrie", "Psychiatrie", "Dialyse urgente"],
             ["STEMI", "Stroke (EVT)", "Major trauma", "Sepsis / ICU", "Obstetrics", "Paediatrics", "Psychiatry",
              "Urgent dialysis"])
    rows = [[T(c, "Catégorie", "Category"), T(c, "Transferts", "Transfers"), T(c, "Délai médian (min)", "Median time (min)"),
             T(c, "90e centile (min)", "90th pct (min)"), T(c, "Refus", "Declined")]]
    for k in cats:
        med = c.rng.randint(25, 140)
        rows.append([k, str(c.rng.randint(4, 80)), str(med), str(med + c.rng.randint(15, 90)), str(c.rng.randint(0, 6))])
    q = c.pick(["T3", "T4", "T1"] if c.lang == "fr" else ["Q3", "Q4", "Q1"])
    intro = T(c, "Bonjour,\n\nVoici les statistiques agrégées des transferts interétablissements pour le %s. Aucun "
                 "cas n'est identifiable (cellules < 5 regroupées au besoin)." % q,
              "Hello,\n\nAggregate interfacility transfer statistics for %s. No case is identifiable (cells < 5 "
              "merged where needed)." % q)
    form = c.rng.randint(0, 2)
    if form == 0:
        return M(c, "statistics", T(c, "statistiques agrégées de transferts", "aggregate transfer statistics"), A(an), [A(md)],
                 T(c, "Statistiques CCT %s", "CCT statistics %s") % q, intro + "\n\n" + text_table(rows[0], rows[1:]) + "\n\n" + sig(an, c.lang),
                 html=html_table(rows[0], rows[1:], intro, sig(an, c.lang)))
    if form == 1:
        data = D.make_csv(rows, delimiter=";", encoding="utf-8")
        a = att("csv", "stats_%s.csv" % q, data, charset="utf-8")
    else:
        a = att("xlsx", "stats_%s.xlsx" % q, D.make_xlsx([(q, rows)], author=an.plain))
    return M(c, "statistics", T(c, "statistiques agrégées de transferts", "aggregate transfer statistics"), A(an), [A(md)],
             T(c, "Statistiques CCT %s", "CCT statistics %s") % q, intro + "\n\n" + sig(an, c.lang), atts=[a])


# ---------------------------------------------------------------- N15
def teaching_case(c):
    ed = c.w.staff(c.pick(["coordonnatrice formation", "directeur médical"]), c.lang)
    case = c.rng.randint(0, 2)
    age = c.rng.randint(55, 84)
    if case == 0:
        body = T(c, "Homme de %d ans, douleur thoracique depuis 30 minutes. ECG : sus-décalage ST en DII, DIII, aVF. "
                    "TA 88/54 après une nitroglycérine. Questions : 1) quelle dérivation droite faire? 2) pourquoi la "
                    "nitro est-elle à éviter? 3) quel centre d'hémodynamie viser?" % age,
                 "Man, %d, chest pain for 30 minutes. ECG: ST elevation II, III, aVF. BP 88/54 after one "
                 "nitroglycerin. Questions: 1) which right-sided lead? 2) why avoid nitro? 3) which PCI centre?" % age)
    elif case == 1:
        body = T(c, "Femme de %d ans sous apixaban, chute de sa hauteur, GCS 14, vomissements. Discussion : "
                    "critères de détournement vers le centre de traumatologie et gestion de l'anticoagulation." % age,
                 "Woman, %d, on apixaban, ground-level fall, GCS 14, vomiting. Discussion: trauma bypass criteria and "
                 "anticoagulation management." % age)
    else:
        body = T(c, "Adolescent de 16 ans, glycémie 29 mmol/L, pH 7,08, respiration de Kussmaul. Quels liquides "
                    "pendant un transport de 2 h? Quand débuter l'insuline?",
                 "16-year-old, glucose 29 mmol/L, pH 7.08, Kussmaul breathing. Which fluids during a 2-hour "
                 "transport? When to start insulin?")
    text = "\n".join([hello(c), "",
                      T(c, "Cas du mois (fictif / anonymisé) pour la formation continue :", "Case of the month (fictional / de-identified) for CE:"),
                      "", body, "",
                      T(c, "Réponses lors de la capsule du %s." % short_d(c, ahead(c, days=14)),
                        "Answers at the %s teaching session." % short_d(c, ahead(c, days=14))), "", sig(ed, c.lang)])
    atts = []
    if c.rng.random() < 0.4:
        atts.append(att("docx", T(c, "cas_du_mois.docx", "case_of_the_month.docx"),
                        D.make_docx([("h", T(c, "Cas du mois", "Case of the month")), ("p", body)], author=ed.plain)))
    return M(c, "teaching_case", T(c, "cas clinique anonymisé pour formation", "de-identified teaching case"), A(ed),
             [(T(c, "Paramédics", "Paramedics"), "paramedics@rsdr.example")],
             T(c, "Cas du mois – formation continue", "Case of the month - CE"), text, atts=atts)


# ---------------------------------------------------------------- N16
def blank_form(c):
    coord = c.w.staff("coordonnat", c.lang, org="cct")
    fields = T(c, ["Nom du patient", "Date de naissance", "NAM", "No de dossier", "Diagnostic", "Signes vitaux",
                   "Médication en cours", "Allergies", "Établissement receveur", "Médecin accepteur", "Niveau de transport"],
               ["Patient name", "Date of birth", "Health card #", "Chart #", "Diagnosis", "Vital signs",
                "Current medications", "Allergies", "Receiving facility", "Accepting physician", "Transport level"])
    rows = [[T(c, "Champ", "Field"), T(c, "À remplir", "To complete")]] + [[f, "____________________"] for f in fields]
    kind = c.pick(["docx", "pdf"])
    title = T(c, "Formulaire de demande de transfert interétablissement – version 3 (VIERGE)",
              "Interfacility transfer request form - version 3 (BLANK)")
    if kind == "docx":
        data = D.make_docx([("h", title), ("table", rows)], author=coord.plain)
    else:
        data = D.make_pdf([("h", title), ("table", rows)], title="CCT-F3")
    text = "\n".join([hello(c), "",
                      T(c, "Nouvelle version du formulaire de transfert (vierge) en pièce jointe. Elle remplace la version 2 "
                           "dès le %s. Ne pas envoyer de formulaire rempli par courriel non chiffré." % short_d(c, ahead(c, days=7)),
                        "New version of the (blank) transfer form attached. It replaces version 2 on %s. Do not send "
                        "completed forms by unencrypted email." % short_d(c, ahead(c, days=7))),
                      "", sig(coord, c.lang)])
    return M(c, "blank_form", T(c, "formulaire de transfert vierge", "blank transfer form"), A(coord),
             [(T(c, "Urgences du réseau", "Network EDs"), "urgences@rsdr.example")],
             T(c, "Formulaire de transfert v3 (vierge)", "Transfer form v3 (blank)"), text,
             atts=[att(kind, "CCT-F3_%s.%s" % (T(c, "vierge", "blank"), kind), data)])


# ---------------------------------------------------------------- N17
def mail_merge(c):
    clerk = c.w.staff(c.pick(["commis aux transports", "agente administrative"]), c.lang)
    tpl = T(c, "Bonjour {{TITRE}} {{NOM_PATIENT}},\n\nVotre transport pour votre rendez-vous du {{DATE_RDV}} à "
               "{{HEURE_RDV}} est confirmé. Le véhicule se présentera à {{ADRESSE_PRISE_EN_CHARGE}} environ 60 minutes "
               "avant.\n\nEn cas d'annulation, composez le 418 555-0165.\n\nTransport médical Saint-Aurèle",
            "Dear {{TITLE}} {{PATIENT_NAME}},\n\nYour transport for your appointment on {{APPT_DATE}} at {{APPT_TIME}} "
            "is confirmed. The vehicle will arrive at {{PICKUP_ADDRESS}} about 60 minutes before.\n\nTo cancel, call "
            "418 555-0165.\n\nSaint-Aurèle Medical Transport")
    text = "\n".join([hello(c), "",
                      T(c, "Voici le gabarit de publipostage révisé pour les confirmations de transport. Les champs entre "
                           "accolades sont remplis automatiquement par le système de réservation.",
                        "Here is the revised mail-merge template for transport confirmations. Fields in braces are "
                        "filled automatically by the booking system."),
                      "", "-----", tpl, "-----", "", sig(clerk, c.lang)])
    atts = []
    if c.rng.random() < 0.5:
        atts.append(att("txt", T(c, "gabarit_confirmation.txt", "confirmation_template.txt"), tpl.encode("utf-8"), charset="utf-8"))
    return M(c, "mail_merge", T(c, "gabarit de publipostage", "mail-merge template"), A(clerk),
             [(T(c, "Équipe réservation", "Booking team"), "reservations@tmsa.example")],
             T(c, "Gabarit – confirmation de transport", "Template - transport confirmation"), text, atts=atts)


# ---------------------------------------------------------------- N18
def drug_shortage(c):
    ph = c.w.staff("pharmacienne", c.lang)
    drug = c.pick(T(c, ["kétamine 50 mg/mL (fiole 10 mL)", "épinéphrine 1 mg/mL (ampoule)", "salbutamol 5 mg/2,5 mL (nébule)",
                        "naloxone 0,4 mg/mL"],
                    ["ketamine 50 mg/mL (10 mL vial)", "epinephrine 1 mg/mL (ampoule)", "salbutamol 5 mg/2.5 mL (nebule)",
                     "naloxone 0.4 mg/mL"]))
    until = ahead(c, days=c.rng.randint(20, 70))
    text = "\n".join([hello(c), "",
                      T(c, "Rupture d'approvisionnement : %s, jusqu'au %s environ selon le fabricant." % (drug, short_d(c, until)),
                        "Supply disruption: %s, until about %s per the manufacturer." % (drug, short_d(c, until))),
                      T(c, "Solution de rechange approuvée par la direction médicale : utiliser le format seringue "
                           "préremplie (même concentration). Ne pas diluer. Les protocoles cliniques ne changent pas.",
                        "Alternative approved by the medical director: use the prefilled syringe format (same "
                        "concentration). Do not dilute. Clinical protocols are unchanged."),
                      "", sig(ph, c.lang)])
    return M(c, "drug_shortage", T(c, "avis de rupture de médicament", "drug shortage notice"), A(ph),
             [(T(c, "Services préhospitaliers", "Prehospital services"), "prehospitalier@rsdr.example")],
             T(c, "Rupture – %s", "Shortage - %s") % drug.split(" (")[0], text)


# ---------------------------------------------------------------- N19
def recall(c):
    vname, vdom, vphone = c.pick([("CardioVue Systems", "cardiovue.example", "1 866 555-0173"),
                                  ("MédiFourni Québec inc.", "medifourni.example", "1 888 555-0171")])
    qa = c.w.staff(c.pick(["technicien de flotte", "conseiller qualité"]), c.lang)
    lots = ["%s-%d" % (c.pick(["2407", "2409", "2411"]), c.rng.randrange(100, 999)) for _ in range(3)]
    serials = [luhn10(c.rng) for _ in range(c.rng.randint(2, 4))]
    text = "\n".join([T(c, "AVIS DE RAPPEL VOLONTAIRE – %s" % vname, "VOLUNTARY RECALL NOTICE - %s" % vname), "",
                      T(c, "Produit : électrodes de défibrillation adulte, modèle QP-22", "Product: adult defibrillation pads, model QP-22"),
                      T(c, "Lots visés : ", "Affected lots: ") + ", ".join(lots),
                      T(c, "Motif : adhérence insuffisante du gel conducteur à basse température.",
                        "Reason: insufficient gel adhesion at low temperature."), "",
                      T(c, "Moniteurs de notre réseau ayant reçu ces lots (n° de série) : ", "Network monitors that received these lots (serial no.): ")
                      + ", ".join(serials), "",
                      T(c, "Retirez les produits des unités et communiquez avec le fabricant au %s." % vphone,
                        "Remove the products from units and contact the manufacturer at %s." % vphone),
                      "", sig(qa, c.lang)])
    return M(c, "recall", T(c, "rappel d'électrodes avec lots et séries", "pad recall with lots and serials"), A(qa),
             [(T(c, "Chefs d'équipe", "Team leads"), "chefs.equipe@ambboreal.example")],
             T(c, "RAPPEL – électrodes QP-22 (lots %s)", "RECALL - QP-22 pads (lots %s)") % ", ".join(lots), text)


# ---------------------------------------------------------------- N20
def oncall(c):
    coord = c.w.staff("coordonnat", c.lang, org="cct")
    specs = T(c, [("Cardiologie d'intervention (STEMI)", "intensiviste"), ("Neurologie vasculaire (AVC, thrombectomie)", "urgentologue"),
                  ("Traumatologie", "urgentologue"), ("Soins intensifs", "intensiviste"), ("Néonatalogie", "intensiviste")],
              [("Interventional cardiology (STEMI)", "intensiviste"), ("Stroke neurology (EVT)", "urgentologue"),
               ("Trauma", "urgentologue"), ("Critical care", "intensiviste"), ("Neonatology", "intensiviste")])
    rows = []
    for sp, role in specs:
        doc = c.w.staff(role, c.lang)
        rows.append([sp, doc.full, "514 555-01%02d" % c.rng.randrange(100)])
    wk = ahead(c, days=(4 - c.when.weekday()) % 7)
    hdr = [T(c, "Spécialité", "Specialty"), T(c, "Médecin de garde", "On-call physician"), T(c, "Téléavertisseur", "Pager")]
    intro = T(c, "Bonjour,\n\nGardes de la fin de semaine du %s au CUSML pour les transferts :" % short_d(c, wk),
              "Hello,\n\nWeekend on-call at Mont-Lazare for transfers, starting %s:" % short_d(c, wk))
    text = intro + "\n\n" + text_table(hdr, rows) + "\n\n" + sig(coord, c.lang)
    return M(c, "oncall", T(c, "liste de garde des médecins par spécialité", "physician on-call list by specialty"), A(coord),
             [(T(c, "Urgences du réseau", "Network EDs"), "urgences@rsdr.example")],
             T(c, "Gardes fin de semaine – CUSML", "Weekend on-call - Mont-Lazare"), text,
             html=html_table(hdr, rows, intro, sig(coord, c.lang)) if c.rng.random() < 0.5 else None)
