"""Negative templates, part C: invoices, purchasing, inventory, IT, facilities, notices, forms, templates."""
import datetime as _dt

import gen_data as D
import gen_mime as M
from gen_common import Att, addr_of, bullets, fwd_header, when_txt
from gen_neg_a import guest, everyone, DOCX_T, XLSX_T


def serial9(c):
    s = D.luhn_digits(c.rng, 9, first=c.rng.choice([1, 2, 4, 5, 7]))
    return c.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def serial10(c):
    s = D.luhn_digits(c.rng, 10)
    return c.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:7]} {s[7:]}"])


def n_invoice(c):
    fr = c.lang == "fr"
    v = D.EXTERNAL["vendor" if fr else "vendor_en"]
    acct = c.staff(c.pick(["admin", "coord"]))
    inv = f"{c.t('FAC', 'INV')}-{c.rng.randint(10000, 99999)}"
    items = [(c.t("Entretien préventif tapis roulant T-900", "Preventive maintenance, T-900 treadmill"), serial9(c), 485.00),
             (c.t("Calibration ergocycle E-200", "Calibration, E-200 ergometer"), serial9(c), 210.00),
             (c.t("Remplacement capteur SpO2", "SpO2 sensor replacement"), serial10(c), 96.50)]
    sub = sum(i[2] for i in items)
    tps, tvq = round(sub * 0.05, 2), round(sub * 0.09975, 2)
    lines = [f"{c.t('Facture', 'Invoice')} {inv}", f"{c.t('Client', 'Customer')}: {D.ORG_FR} - {c.t('Réadaptation cardiaque', 'Cardiac rehab')}",
             f"{c.t('No de client', 'Customer no.')}: {c.rng.randint(100000, 999999)}", f"{c.t('Date', 'Date')}: {c.today.isoformat()}", ""]
    lines += [f"{d} - {c.t('N° de série', 'S/N')} {s} - {p:.2f} $" for d, s, p in items]
    lines += ["", f"{c.t('Sous-total', 'Subtotal')}: {sub:.2f} $", f"TPS/GST: {tps:.2f} $", f"TVQ/QST: {tvq:.2f} $",
              f"Total: {sub + tps + tvq:.2f} $", f"{v[0]} - {v[2]}"]
    pdf = M.make_pdf(f"{c.t('Facture', 'Invoice')} {inv}", lines, author=v[0])
    subj = c.t(f"Facture {inv} - entretien équipements réadaptation", f"Invoice {inv} - rehab equipment maintenance")
    body = c.t(f"Bonjour,\n\nVeuillez trouver ci-joint la facture {inv}. Paiement net 30 jours.\n\nComptes recevables\n{v[0]}\n{v[2]}",
               f"Hello,\n\nPlease find attached invoice {inv}. Payment terms net 30.\n\nAccounts receivable\n{v[0]}\n{v[2]}")
    return "invoice", "equipment maintenance invoice with serial numbers", M.compose(
        c, (v[0], f"comptes@{v[1]}"), addr_of(acct), subj, body, atts=[Att(f"{inv}.pdf", "application/pdf", pdf)])


def n_purchase_order(c):
    fr = c.lang == "fr"
    buyer = c.staff(c.pick(["admin", "coord"]))
    v = D.EXTERNAL["vendor_en" if not fr else "vendor"]
    po = f"BC{c.rng.randint(4500000, 4599999)}"
    head = [c.t("Article", "Item"), c.t("Description", "Description"), c.t("Lot", "Lot"), c.t("Qté", "Qty"), c.t("Prix unit.", "Unit price")]
    rows = [head,
            [f"{c.rng.randint(10000, 99999)}", c.t("Électrodes ECG adultes (bte 50)", "Adult ECG electrodes (box of 50)"), f"LOT {c.rng.randint(2300, 2499)}-{c.rng.randint(100, 999)}", 40, 18.25],
            [f"{c.rng.randint(10000, 99999)}", c.t("Brassards TA grand adulte", "Large adult BP cuffs"), f"LOT {c.rng.randint(2300, 2499)}-{c.rng.randint(100, 999)}", 12, 34.90],
            [f"{c.rng.randint(10000, 99999)}", c.t("Pèse-personnes connectés (télésurveillance)", "Connected scales (telemonitoring)"), serial9(c), 24, 129.00]]
    xl = M.make_xlsx([(po, rows)])
    subj = c.t(f"Bon de commande {po}", f"Purchase order {po}")
    body = c.t(f"Bonjour,\n\nVoici le bon de commande {po} pour la clinique IC. Livraison au quai B, {D.SITES['HRSB']['addr']}.\n\n",
               f"Hello,\n\nPlease find purchase order {po} for the HF clinic. Deliver to dock B, {D.SITES['WMH']['addr']}.\n\n") + c.sig(buyer)
    return "purchase_order", "purchase order with lot numbers", M.compose(c, addr_of(buyer), (v[0], f"commandes@{v[1]}"), subj, body,
                                                                          atts=[Att(f"{po}.xlsx", XLSX_T, xl)])


def n_inventory(c):
    fr = c.lang == "fr"
    tech = (c.t("Génie biomédical", "Biomedical engineering"), f"gbm@{D.DOM}")
    head = [c.t("No d'actif", "Asset no."), c.t("Équipement", "Equipment"), c.t("N° de série", "Serial no."), c.t("Local", "Room"),
            c.t("Prochain entretien", "Next service")]
    eq = [("Défibrillateur DEA", "AED"), ("Tapis roulant", "Treadmill"), ("Ergocycle", "Cycle ergometer"), ("Moniteur télémétrie", "Telemetry monitor"),
          ("Électrocardiographe", "ECG machine"), ("Échographe portable", "Portable ultrasound")]
    rows = [head] + [[f"HB-{c.rng.randint(100000, 999999)}", c.t(*c.pick(eq)), serial9(c) if c.chance(0.6) else serial10(c),
                      c.pick(["G-012", "G-014", "3.118", "3.120", "B-114"]),
                      (c.today + _dt.timedelta(days=c.rng.randint(10, 300))).isoformat()] for _ in range(c.rng.randint(6, 10))]
    kind = c.pick(["xlsx", "csv"])
    att = Att(c.t("inventaire_equipements.xlsx", "equipment_inventory.xlsx"), XLSX_T, M.make_xlsx([("Inventaire", rows)])) if kind == "xlsx" else \
        Att(c.t("inventaire.csv", "inventory.csv"), "text/csv", M.make_csv(rows, sep=";" if fr else ","), charset="utf-8")
    subj = c.t("Inventaire annuel - équipements clinique IC / réadaptation", "Annual inventory - HF clinic / rehab equipment")
    body = c.t("Bonjour,\n\nMerci de valider l'inventaire ci-joint et de signaler tout équipement manquant ou déplacé d'ici vendredi.\n\nGénie biomédical, poste 2600",
               "Hello,\n\nPlease validate the attached inventory and flag any missing or moved equipment by Friday.\n\nBiomedical engineering, ext. 2600")
    return "inventory", "equipment asset inventory", M.compose(c, tech, everyone(c), subj, body, atts=[att])


def n_it(c):
    fr = c.lang == "fr"
    it = (c.t("Centre de services TI", "IT service desk"), f"servicedesk@{D.DOM}")
    kind = c.rng.randint(0, 2)
    d, w = c.future(2, 14)
    if kind == 0:
        subj = c.t("Interruption planifiée - dossier patient électronique", "Planned downtime - electronic health record")
        body = c.t(f"Bonjour,\n\nLe DPE et le module de télésurveillance seront indisponibles le {w} pour 4 heures (mise à jour de sécurité). "
                   f"Utilisez les formulaires papier de procédure dégradée (armoire du poste de la clinique IC). Billet : INC{c.rng.randint(1000000, 9999999)}.\n\nCentre de services TI, poste 5555",
                   f"Hello,\n\nThe EHR and telemonitoring module will be unavailable on {w} for 4 hours (security update). "
                   f"Use the downtime paper forms (HF clinic desk cabinet). Ticket: INC{c.rng.randint(1000000, 9999999)}.\n\nIT service desk, ext. 5555")
    elif kind == 1:
        subj = c.t("ALERTE : courriel d'hameçonnage en circulation", "ALERT: phishing e-mail circulating")
        body = c.t("Bonjour,\n\nUn faux courriel « Votre boîte aux lettres est pleine » circule. Ne cliquez pas sur le lien et ne fournissez jamais votre mot de passe. "
                   "Transférez-le en pièce jointe à securite@cisss-hb.example.\n\nSécurité de l'information",
                   "Hello,\n\nA fake \"Your mailbox is full\" e-mail is circulating. Do not click the link and never give your password. "
                   "Forward it as an attachment to security@cisss-hb.example.\n\nInformation security")
    else:
        e = c.staff()
        subj = c.t(f"Billet RITM{c.rng.randint(100000, 999999)} - accès réinitialisé", f"Ticket RITM{c.rng.randint(100000, 999999)} - access reset")
        body = c.t(f"Bonjour {e.given},\n\nVotre mot de passe a été réinitialisé et votre accès au poste partagé de la salle d'épreuve d'effort est rétabli. "
                   f"Numéro d'actif du poste : HB-{c.rng.randint(100000, 999999)}, série {serial10(c)}.\n\nCentre de services TI",
                   f"Hi {e.given},\n\nYour password was reset and your access to the shared exercise-test room workstation is restored. "
                   f"Workstation asset: HB-{c.rng.randint(100000, 999999)}, serial {serial10(c)}.\n\nIT service desk")
    return "it", "IT notice", M.compose(c, it, everyone(c), subj, body)


def n_facilities(c):
    fr = c.lang == "fr"
    fac = (c.t("Services techniques", "Facilities"), f"services.techniques@{D.DOM}")
    d, w = c.future(2, 20, hour=False)
    kind = c.rng.randint(0, 1)
    if kind == 0:
        subj = c.t("Fermeture du gymnase de réadaptation - ventilation", "Rehab gym closure - ventilation work")
        body = c.t(f"Bonjour,\n\nDes travaux sur l'unité de ventilation obligent la fermeture du gymnase G-012 le {w}. Les séances de groupe seront déplacées "
                   f"à la salle polyvalente du 2e étage. L'ascenseur 3 sera hors service de 7 h à 11 h.\n\nServices techniques, {D.SITES['HRSB']['phone']} poste 2400",
                   f"Hello,\n\nVentilation work requires closing rehab gym G-012 on {w}. Group sessions move to the 2nd-floor multipurpose room. "
                   f"Elevator 3 will be out of service 7-11 a.m.\n\nFacilities, {D.SITES['WMH']['phone']} ext. 2400")
    else:
        subj = c.t("Stationnement - nouvelles vignettes employés", "Parking - new staff permits")
        body = c.t(f"Bonjour,\n\nLes vignettes de stationnement {c.today.year + 1} sont disponibles au bureau de sécurité à compter du {w}. "
                   f"Rappel : les places près de l'entrée du Pavillon Lestage sont réservées aux usagers de la réadaptation cardiaque.\n\nSécurité et stationnement",
                   f"Hello,\n\n{c.today.year + 1} parking permits are available at the security office from {w}. "
                   f"Reminder: spots near the Lestage Pavilion entrance are reserved for cardiac rehab clients.\n\nSecurity and parking")
    return "facilities", "facilities notice", M.compose(c, fac, everyone(c), subj, body)


def n_shortage(c):
    fr = c.lang == "fr"
    ph = c.staff("pharm")
    drug = c.pick([("furosémide injectable 10 mg/mL", "furosemide injection 10 mg/mL"), ("métolazone 2,5 mg co.", "metolazone 2.5 mg tab"),
                   ("digoxine 0,0625 mg co.", "digoxin 0.0625 mg tab"), ("nitroglycérine vaporisateur 0,4 mg", "nitroglycerin spray 0.4 mg")])
    lot = f"{c.rng.choice('ABCHK')}{c.rng.randint(10, 99)}{c.rng.randint(1000, 9999)}"
    d, w = c.future(20, 60, hour=False)
    if fr:
        subj = f"Rupture d'approvisionnement : {drug[0]}"
        body = (f"Bonjour,\n\nLe fournisseur nous avise d'une rupture de {drug[0]} jusqu'au {w} environ (dernier lot reçu : {lot}).\n"
                f"Mesures : réserver aux unités de soins; en clinique externe, privilégier le bumétanide ou la voie orale selon l'ordonnance collective.\n\n" + c.sig(ph))
    else:
        subj = f"Drug shortage: {drug[1]}"
        body = (f"Hello,\n\nThe supplier reports a shortage of {drug[1]} until about {w} (last lot received: {lot}).\n"
                f"Measures: reserve for inpatient units; in outpatient clinics use bumetanide or oral route per collective order.\n\n" + c.sig(ph))
    return "shortage", "drug shortage notice", M.compose(c, addr_of(ph), everyone(c), subj, body)


def n_recall(c):
    fr = c.lang == "fr"
    gbm = (c.t("Génie biomédical", "Biomedical engineering"), f"gbm@{D.DOM}")
    model = f"{c.pick(['CRT-D', 'ICD', 'DR'])}-{c.rng.randint(1000, 9999)}"
    s1, s2 = D.luhn_digits(c.rng, 9), D.luhn_digits(c.rng, 9)
    lo, hi = sorted([s1, s2])
    if fr:
        subj = f"Avis de rappel de Santé Canada - sondes {model}"
        body = (f"Bonjour,\n\nSanté Canada publie un rappel de type II touchant le modèle {model} (numéros de série {lo} à {hi}). "
                f"La clinique de cardiostimulation communiquera avec les porteurs concernés; aucune action n'est requise au gymnase.\n"
                f"Le fabricant recommande une surveillance à distance aux 3 mois.\n\nGénie biomédical")
    else:
        subj = f"Health Canada recall notice - {model} leads"
        body = (f"Hello,\n\nHealth Canada issued a Type II recall for model {model} (serial numbers {lo} to {hi}). "
                f"The device clinic will contact affected carriers; no action needed in the rehab gym.\n"
                f"The manufacturer recommends remote monitoring every 3 months.\n\nBiomedical engineering")
    return "recall", "device recall notice with serial range", M.compose(c, gbm, everyone(c), subj, body)


def n_lab_qc(c):
    fr = c.lang == "fr"
    lab = (c.t("Laboratoire de biochimie", "Biochemistry laboratory"), f"labo.biochimie@{D.DOM}")
    d, w = c.future(5, 30, hour=False)
    lot = f"{c.rng.randint(100000, 999999)}"
    if fr:
        subj = "Changement de réactif NT-proBNP - nouvelles valeurs de référence"
        body = (f"Bonjour,\n\nÀ compter du {w}, le dosage du NT-proBNP se fera sur la nouvelle plateforme (lot de réactif {lot}). "
                f"Seuils d'exclusion de l'IC aiguë : < 300 ng/L; valeurs selon l'âge : > 450 (< 50 ans), > 900 (50-75 ans), > 1800 (> 75 ans). "
                f"Un biais moyen de +6 % a été observé lors de la validation sur 112 échantillons.\n\nLaboratoire de biochimie, poste 2700")
    else:
        subj = "NT-proBNP reagent change - new reference values"
        body = (f"Hello,\n\nStarting {w}, NT-proBNP will run on the new platform (reagent lot {lot}). "
                f"Rule-out threshold for acute HF: < 300 pg/mL; age cut-offs: > 450 (< 50 y), > 900 (50-75 y), > 1800 (> 75 y). "
                f"Validation on 112 samples showed a mean bias of +6%.\n\nBiochemistry laboratory, ext. 2700")
    return "lab_notice", "laboratory assay change notice", M.compose(c, lab, everyone(c), subj, body)


def n_blank_form(c):
    fr = c.lang == "fr"
    coord = c.staff(c.pick(["coord", "admin"]))
    rows = [[c.t("Nom de l'usager", "Patient name"), "________________________"],
            [c.t("Date de naissance (AAAA-MM-JJ)", "Date of birth (YYYY-MM-DD)"), "____-__-__"],
            [c.t("NAM", "RAMQ no."), "____ ____ ____"], [c.t("Sexe", "Sex"), "F ☐   M ☐   X ☐"],
            [c.t("No de dossier", "MRN"), "__________"], [c.t("Diagnostic / motif", "Diagnosis / reason"), ""],
            [c.t("FEVG (%) et date de l'écho", "LVEF (%) and echo date"), ""], [c.t("Médication actuelle", "Current medications"), ""],
            [c.t("Médecin référent", "Referring physician"), ""]]
    docx = M.make_docx([("h", c.t("Formulaire de référence - clinique d'insuffisance cardiaque", "Referral form - Heart Function Clinic")),
                        ("table", rows), ("p", c.t(f"Télécopier au {D.SITES['HRSB']['fax']}", f"Fax to {D.SITES['WMH']['fax']}"))])
    subj = c.t("Formulaire de référence à jour (version vierge)", "Updated referral form (blank)")
    body = c.t("Bonjour,\n\nVoici la nouvelle version du formulaire de référence à distribuer aux GMF. Merci de détruire les anciennes copies.\n\n",
               "Hello,\n\nHere is the new blank referral form for the family medicine groups. Please discard old copies.\n\n") + c.sig(coord)
    return "blank_form", "blank referral form", M.compose(c, addr_of(coord), everyone(c), subj, body,
                                                          atts=[Att(c.t("formulaire_référence_IC_vierge.docx", "HF_referral_form_blank.docx"), DOCX_T, docx, rfc2231=True)])


def n_mailmerge(c):
    fr = c.lang == "fr"
    adm = c.staff("admin")
    co = c.staff("coord")
    if fr:
        tpl = ("Bonjour «Titre» «Prénom» «Nom»,\n\nNous vous rappelons votre rendez-vous à la clinique d'insuffisance cardiaque le «Date_RV» à «Heure_RV».\n"
               "Veuillez apporter votre carte d'assurance maladie (NAM : «NAM»), votre carnet de poids et tous vos médicaments.\n"
               "Pour annuler : 450-555-0100, poste 3100.\n\nClinique d'insuffisance cardiaque")
        subj = "Gabarit lettre de rappel RV - à valider"
        body = f"Bonjour {co.given},\n\nVoici le gabarit de publipostage pour les rappels. Les champs entre « » seront remplis par le système.\n\n---\n{tpl}\n---\n\n{adm.full}"
    else:
        tpl = ("Dear {{title}} {{first_name}} {{last_name}},\n\nThis is a reminder of your Heart Function Clinic appointment on {{appt_date}} at {{appt_time}}.\n"
               "Please bring your health insurance card (RAMQ: {{ramq}}), your weight log and all your medications.\n"
               "To cancel: 450-555-0160 ext. 3100.\n\nHeart Function Clinic")
        subj = "Appointment reminder template - please review"
        body = f"Hi {co.given},\n\nHere is the mail-merge template for reminders. Fields in braces are filled by the system.\n\n---\n{tpl}\n---\n\n{adm.full}"
    atts = []
    if c.chance(0.5):
        atts.append(Att(c.t("gabarit_rappel.docx", "reminder_template.docx"), DOCX_T, M.make_docx([("p", p) for p in tpl.split("\n") if p])))
    return "template", "mail-merge reminder template", M.compose(c, addr_of(adm), addr_of(co), subj, body, atts=atts)


def n_vendor_vcard(c):
    fr = c.lang == "fr"
    v = D.EXTERNAL["vendor" if fr else "vendor_en"]
    sex, g, s = c.pick([("F", "Caroline", "Desmeules"), ("M", "Greg", "Halvorsen"), ("F", "Nadine", "Bourget"), ("M", "Stuart", "Pike")])
    to = c.staff(c.pick(["chef", "kin", "coord"]))
    tel = f"{v[2]}"
    vcf = M.make_vcf(g, s, tel=f"514-555-01{c.rng.randint(10, 99)}", org=v[0], title=c.t("Représentant(e) des ventes", "Sales representative"),
                     email=f"{D.fold(g)}.{D.fold(s)}@{v[1]}")
    if fr:
        subj = "Démonstration - nouveaux ergocycles"
        body = (f"Bonjour {to.title('fr')} {to.surname},\n\nSuite à notre conversation, je peux faire une démonstration de l'ergocycle à assistance électrique "
                f"pour les personnes avec insuffisance cardiaque avancée. Mes coordonnées sont jointes.\n\n{g} {s}\n{v[0]}\n1450, rue Industrielle, Saint-Jérôme (Québec)\n{tel}")
    else:
        subj = "Demo - new cycle ergometers"
        body = (f"Dear {to.title('en')} {to.surname},\n\nFurther to our call, I can demonstrate the assisted cycle ergometer designed for people with advanced heart failure. "
                f"My contact card is attached.\n\n{g} {s}\n{v[0]}\n2200 Argentia Road, Mississauga, ON\n{tel}")
    return "vendor", "vendor demo offer with contact card", M.compose(c, (f"{g} {s}", f"{D.fold(g)}.{D.fold(s)}@{v[1]}"), addr_of(to), subj, body,
                                                                      atts=[Att(f"{g}_{s}.vcf", "text/vcard", vcf, charset="utf-8")])


def n_policy_zip(c):
    fr = c.lang == "fr"
    q = c.staff(c.pick(["coord", "chef", "pharm"]))
    oc = M.make_pdf(c.t("Ordonnance collective OC-CARD-014", "Collective order OC-CARD-014"),
                    [c.t("Ajustement des diurétiques par l'infirmière clinicienne en IC", "Diuretic adjustment by the HF clinical nurse"),
                     c.t("Clientèle visée : usagers inscrits à la clinique d'IC ayant une ordonnance individuelle de diurétique.", "Target: HF clinic clients with an individual diuretic order."),
                     c.t("Si prise de poids > 2 kg en 2 jours : doubler la dose de furosémide x 3 jours et aviser le médecin.", "If weight gain > 2 kg in 2 days: double furosemide dose x 3 days and notify physician."),
                     c.t("Contre-indications : K < 3,5 mmol/L, créatinine en hausse de plus de 30 %.", "Contraindications: K < 3.5 mmol/L, creatinine up more than 30%.")])
    proto = M.make_docx([("h", c.t("Protocole - épreuve d'effort en réadaptation", "Protocol - exercise testing in rehab")),
                         ("p", c.t("Critères d'arrêt : sus-décalage ST > 1 mm, TAS en baisse > 10 mmHg, arythmie ventriculaire soutenue.",
                                   "Stop criteria: ST elevation > 1 mm, SBP drop > 10 mmHg, sustained ventricular arrhythmia."))])
    z = M.make_zip([(c.t("OC-CARD-014_diuretiques.pdf", "OC-CARD-014_diuretics.pdf"), oc),
                    (c.t("protocole_épreuve_effort.docx", "exercise_test_protocol.docx"), proto)])
    subj = c.t("Politiques et protocoles révisés - cardiologie", "Revised policies and protocols - cardiology")
    body = c.t("Bonjour,\n\nLes documents révisés sont dans l'archive jointe. Ils entrent en vigueur le 1er du mois prochain.\n\n",
               "Hello,\n\nRevised documents are in the attached archive. They take effect on the 1st of next month.\n\n") + c.sig(q)
    return "policy", "revised clinical policies archive", M.compose(c, addr_of(q), everyone(c), subj, body,
                                                                    atts=[Att(c.t("politiques_cardio.zip", "cardio_policies.zip"), "application/zip", z)])


def n_fwd_admin_eml(c):
    fr = c.lang == "fr"
    a, b = c.staff(c.pick(["chef", "coord"])), c.staff(c.pick(["admin", "coord", "cardio"]))
    fin = (c.t("Direction des finances", "Finance"), f"finances@{D.DOM}")
    if fr:
        inner_txt = ("Bonjour,\n\nLe budget de fonctionnement de la réadaptation cardiaque pour la prochaine année est reconduit, avec une hausse de 2,1 % "
                     "pour les fournitures. Le remplacement des deux tapis roulants est approuvé au PCFI (maintien des actifs).\n\nDirection des finances")
        subj_i = "Budget réadaptation cardiaque - décision"
        body = f"{b.given},\n\nPour ton information, voir la décision des finances ci-jointe. On en parle à la réunion d'équipe.\n\n{a.given}"
        subj = "TR: Budget réadaptation cardiaque - décision"
    else:
        inner_txt = ("Hello,\n\nThe cardiac rehab operating budget for next year is renewed, with a 2.1% increase for supplies. "
                     "Replacement of the two treadmills is approved under the capital asset plan.\n\nFinance")
        subj_i = "Cardiac rehab budget - decision"
        body = f"{b.given},\n\nFYI, see Finance's decision attached. Let's discuss at the team meeting.\n\n{a.given}"
        subj = "FW: Cardiac rehab budget - decision"
    inner = M.inner_message(c, fin, addr_of(a), subj_i, inner_txt)
    return "forward_admin", "forwarded budget decision as attached message", M.compose(
        c, addr_of(a), addr_of(b), subj, body, atts=[Att(c.t("budget.eml", "budget.eml"), "message/rfc822", inner)])


TEMPLATES = [n_invoice, n_purchase_order, n_inventory, n_it, n_facilities, n_shortage, n_recall, n_lab_qc,
             n_blank_form, n_mailmerge, n_vendor_vcard, n_policy_zip, n_fwd_admin_eml]
