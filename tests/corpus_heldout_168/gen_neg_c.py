"""Negative templates, part C: forms, templates, supply, invoices, IT, facilities."""
import datetime

import gen_attach as A
import gen_common as C
import gen_transport as T
from gen_mime import Forward, Pre, Quote, Table
from gen_pos_a import att_csv, att_docx, att_pdf, att_vcf, att_xlsx, att_zip

S = C.STAFF
ALL = ("Équipe MI-VIH", "equipe.mi@hsaubin.example")


def _lot(c):
    return f"{c.choice('ABCDEFHKLMNPRT')}{c.rng.randint(10, 99)}{c.choice('ABCDEFHK')}{c.rng.randint(100, 999)}"


# ---- n28. mail-merge template ------------------------------------------------------------
def mailmerge(c):
    if c.lang == "fr":
        tpl = ("Bonjour «Prénom» «Nom»,\n\nNous vous rappelons votre rendez-vous à la clinique VIH/ITSS le «Date_RDV» à «Heure». "
               "Apportez votre carte d'assurance maladie («NAM») et votre liste de médicaments.\n\nPour annuler : 514-555-0100.")
        subj = "Gabarit de rappel de rendez-vous – à valider"
        body = ["Bonjour Lucie,", "Voici le gabarit de fusion pour les rappels automatisés. Les champs entre « » seront remplis par le système :",
                Pre(tpl), "Peux-tu valider avant l'envoi de lundi ?", C.signature(S["mercier"], "fr")]
        to = c.who("poulin")
    else:
        tpl = ("Dear {{first_name}} {{last_name}},\n\nThis is a reminder of your appointment at the HIV/STBBI clinic on {{date}} at {{time}}. "
               "Please bring your health card ({{health_card_no}}) and medication list.\n\nTo cancel: 514-555-0100.")
        subj = "Appointment reminder template - please review"
        body = ["Hi Lucie,", "Here is the merge template for automated reminders. Fields in braces are filled by the system:",
                Pre(tpl), "Can you check it before Monday's send?", C.signature(S["mercier"], "en")]
        to = c.who("poulin")
    return c.spec("template", subj, c.who("mercier"), [to], body, c.L("gabarit de publipostage vierge", "blank mail-merge template"))


# ---- n29. blank form ------------------------------------------------------------------------
def blank_form(c):
    L = c.lang == "fr"
    lines = ([c.L("Nom du patient : ______________________   Prénom : ________________", "Patient surname: ____________________   Given name: ______________"),
              c.L("Date de naissance : ____/____/______   Sexe : □ F  □ M", "Date of birth: ____/____/______   Sex: [ ] F  [ ] M"),
              c.L("NAM : ____ ____ ____    No de dossier : ____________", "Health card no.: ____ ____ ____    MRN: ____________"),
              c.L("Diagnostic : _____________________________________", "Diagnosis: ______________________________________"),
              c.L("Antibiotique / dose / fréquence : ______________________", "Antibiotic / dose / frequency: ______________________"),
              c.L("Accès veineux : □ PICC  □ Midline  □ Port-a-cath", "Vascular access: [ ] PICC  [ ] Midline  [ ] Port"),
              c.L("Signature du médecin : ____________________  Permis : ______", "Physician signature: ____________________  Licence: ______")])
    title = c.L("Formulaire de demande ATIVAD (version 2025-01)", "OPAT referral form (version 2025-01)")
    if c.rng.random() < 0.5:
        att = att_pdf(c.L("Formulaire_ATIVAD_vierge.pdf", "OPAT_form_blank.pdf"), title, lines, compress=c.rng.random() < 0.5)
    else:
        att = att_docx(c.L("Formulaire_ATIVAD_vierge.docx", "OPAT_form_blank.docx"), title, lines)
    subj = c.L("Nouveau formulaire ATIVAD vierge", "New blank OPAT referral form")
    body = [c.L("Bonjour,", "Hello,"), c.L("Le formulaire a été mis à jour (ajout du champ « accès veineux »). Merci de détruire les anciennes copies.",
                                          "The form has been updated (new 'vascular access' field). Please discard old copies."),
            C.signature(S["hebert"], c.lang)]
    return c.spec("blank_form", subj, c.who("hebert"), [ALL], body, c.L("formulaire vierge", "blank form"), atts=[att])


# ---- n30. drug shortage -------------------------------------------------------------------
def shortage(c):
    drug = c.choice([("pénicilline G benzathine (Bicillin L-A)", "benzathine penicillin G (Bicillin L-A)", "doxycycline 100 mg PO bid x 14 j", "doxycycline 100 mg PO bid x 14 d"),
                     ("céfazoline 1 g fiole", "cefazolin 1 g vial", "céfazoline 2 g en sac prémélangé", "premixed cefazolin 2 g bags"),
                     ("pipéracilline-tazobactam 4,5 g", "piperacillin-tazobactam 4.5 g", "céfépime + métronidazole selon l'indication", "cefepime + metronidazole per indication")])
    din = f"0{c.rng.randint(2000000, 2499999)}"
    if c.lang == "fr":
        subj = f"Rupture d'approvisionnement – {drug[0]}"
        body = ["Avis du département de pharmacie", f"Produit : {drug[0]} (DIN {din}). Retour prévu : {c.rng.randint(3, 10)} semaines.",
                f"Alternative : {drug[2]}. Réserver le stock restant aux indications prioritaires.", C.signature(S["lavoie"], "fr")]
    else:
        subj = f"Drug shortage - {drug[1]}"
        body = ["Pharmacy department notice", f"Product: {drug[1]} (DIN {din}). Expected return: {c.rng.randint(3, 10)} weeks.",
                f"Alternative: {drug[3]}. Reserve remaining stock for priority indications.", C.signature(S["lavoie"], "en")]
    return c.spec("drug_shortage", subj, c.who("lavoie"), [("Corps médical", "medecins@hsaubin.example")], body,
                  c.L("avis de rupture de médicament", "drug shortage notice"), importance=True)


# ---- n31. product recall with checksum-valid lots ------------------------------------------
def recall(c):
    prod = c.choice([("flacons d'hémoculture aérobies", "aerobic blood culture bottles"), ("pompes élastomériques 100 mL/24 h", "elastomeric pumps 100 mL/24 h"),
                     ("trousses d'insertion PICC 4 Fr", "4 Fr PICC insertion kits")])
    lots = [C.luhn_serial(c.rng, 9) for _ in range(c.rng.randint(2, 4))]
    rows = [[l, f"2026-{c.rng.randint(1, 12):02d}", str(c.rng.randint(10, 400))] for l in lots]
    subj = c.L(f"RAPPEL – {prod[0]}", f"RECALL - {prod[1]}")
    body = [c.L("Bonjour,", "Hello,"), c.L(f"Le fabricant rappelle les lots suivants de {prod[0]} (risque de fuite) :",
                                          f"The manufacturer is recalling these lots of {prod[1]} (leak risk):"),
            Table([c.L("No de lot", "Lot no."), c.L("Expiration", "Expiry"), c.L("Qté en stock", "Qty in stock")], rows),
            c.L("Mettre en quarantaine et aviser l'approvisionnement.", "Quarantine and notify procurement."), C.signature(S["dionne"], c.lang)]
    return c.spec("recall", subj, c.who("dionne"), [ALL], body, c.L("rappel de produit avec numéros de lot", "product recall with lot numbers"),
                  importance=True)


# ---- n32. formulary decision ------------------------------------------------------------------
def formulary(c):
    if c.lang == "fr":
        subj = "Décision du comité de pharmacologie – dalbavancine"
        body = ["Bonjour,", "La dalbavancine est ajoutée au formulaire avec les critères suivants : infection à Gram positif nécessitant "
                "≥ 2 semaines d'ATB IV, ATIVAD non sécuritaire ou impossible, approbation par un infectiologue.",
                "Coût : environ 3 400 $ par traitement. Les demandes passent par la pharmacienne PRA.", C.signature(S["beaulieu"], "fr")]
    else:
        subj = "P&T decision - dalbavancin"
        body = ["Hello,", "Dalbavancin is added to the formulary with criteria: Gram-positive infection needing >= 2 weeks IV therapy, "
                "OPAT unsafe or impossible, ID approval.", "Cost: about $3,400 per course. Requests go through the ASP pharmacist.",
                C.signature(S["beaulieu"], "en")]
    return c.spec("formulary", subj, c.who("beaulieu"), [("Corps médical", "medecins@hsaubin.example")], body, c.L("décision de formulaire", "formulary decision"))


# ---- n33. supplier invoice ---------------------------------------------------------------------
def invoice(c):
    no = f"F-{c.rng.randint(200000, 299999)}"
    po = f"BC-{c.rng.randint(40000, 49999)}"
    items = [(c.L("Pompe élastomérique 250 mL", "Elastomeric pump 250 mL"), c.rng.randint(20, 120), 38.5),
             (c.L("Trousse de pansement PICC", "PICC dressing kit"), c.rng.randint(50, 300), 6.2),
             (c.L("Service de préparation stérile", "Sterile compounding service"), c.rng.randint(10, 60), 22.0)]
    lines = [f"{c.L('Facture no', 'Invoice no.')} : {no}", f"{c.L('No de client', 'Customer no.')} : HSA-{c.rng.randint(1000, 9999)}",
             f"{c.L('Bon de commande', 'PO')} : {po}", f"{c.L('Date', 'Date')} : {c.day(-6, -1).isoformat()}", ""]
    total = 0
    for d, q, p in items:
        total += q * p
        lines.append(f"{d}   {q} x {p:.2f} $ = {q * p:.2f} $")
    lines += ["", f"{c.L('Total avant taxes', 'Subtotal')} : {total:.2f} $", "TPS 5 % / TVQ 9,975 %",
              c.L("Paiement : 30 jours net. Perfuso Soins à domicile, 2200 rue des Artisans, Laval, 450-555-0181",
                  "Terms: net 30. Perfuso Home Care, 2200 rue des Artisans, Laval, 450-555-0181")]
    att = att_pdf(f"{no}.pdf", c.L("FACTURE", "INVOICE"), lines, compress=c.rng.random() < 0.5)
    subj = c.L(f"Facture {no} – {po}", f"Invoice {no} - {po}")
    body = [c.L("Bonjour,", "Hello,"), c.L("Veuillez trouver ci-jointe notre facture du mois.", "Please find attached this month's invoice."),
            "Comptes clients / Accounts receivable\nPerfuso Soins à domicile\n450-555-0181"]
    return c.spec("invoice", subj, ("Perfuso – Comptes clients", "comptes@perfuso.example"), [c.who("dionne")], body,
                  c.L("facture de fournisseur", "supplier invoice"), atts=[att])


# ---- n34. purchase order ------------------------------------------------------------------------
def purchase_order(c):
    po = f"BC-{c.rng.randint(40000, 49999)}"
    rows = [[c.L("Article", "Item"), c.L("Code", "Code"), c.L("Qté", "Qty"), c.L("Prix", "Price")]]
    for art in [c.L("Trousse PICC 5 Fr double lumière", "PICC kit 5 Fr double lumen"), c.L("Bouchons antiseptiques", "Antiseptic caps"),
                c.L("Seringues NaCl 0,9 % 10 mL", "NaCl 0.9% 10 mL syringes")]:
        rows.append([art, f"{c.rng.randint(100000, 999999)}", c.rng.randint(10, 500), round(c.rng.uniform(0.3, 90), 2)])
    att = att_xlsx(f"{po}.xlsx", [(po, rows)])
    subj = c.L(f"Bon de commande {po}", f"Purchase order {po}")
    body = [c.L("Bonjour,", "Hello,"), c.L("Bon de commande ci-joint. Livraison : quai 3, pavillon A.", "PO attached. Deliver to dock 3, Pavilion A."),
            C.signature(S["dionne"], c.lang)]
    return c.spec("purchase_order", subj, c.who("dionne"), [("MediSupply – commandes", "commandes@medisupply.example")], body,
                  c.L("bon de commande", "purchase order"), atts=[att])


# ---- n35. antiretroviral inventory -------------------------------------------------------------
def inventory(c):
    drugs = ["Biktarvy", "Dovato", "Descovy", "Emtricitabine/TDF (générique)", "Cabenuva 600/900", "Epclusa"]
    rows = [[c.L("Produit", "Product"), "DIN", c.L("Lot", "Lot"), c.L("Expiration", "Expiry"), c.L("Qté", "Qty")]]
    for d in drugs:
        rows.append([d, f"0{c.rng.randint(2400000, 2499999)}", _lot(c), f"2026-{c.rng.randint(1, 12):02d}", c.rng.randint(0, 90)])
    att = att_xlsx(c.L("Inventaire_ARV.xlsx", "ARV_inventory.xlsx"), [(c.L("Inventaire", "Inventory"), rows)]) if c.rng.random() < 0.6 else \
        att_csv(c.L("inventaire_arv.csv", "arv_inventory.csv"), rows, ";" if c.lang == "fr" else ",")
    subj = c.L("Inventaire mensuel – antirétroviraux", "Monthly inventory - antiretrovirals")
    body = [c.L("Bonjour,", "Hi,"), c.L("Inventaire de fin de mois de la pharmacie de la clinique VIH. Cabenuva bas, commande passée.",
                                       "End-of-month HIV clinic pharmacy inventory. Cabenuva low, order placed."), C.signature(S["patel"], c.lang)]
    return c.spec("inventory", subj, c.who("patel"), [c.who("lavoie")], body, c.L("inventaire de médicaments", "drug inventory"), atts=[att])


# ---- n36. equipment serials -------------------------------------------------------------------
def equipment(c):
    eq = [c.L("Enceinte de sécurité biologique classe II", "Class II biosafety cabinet"), c.L("Incubateur à hémocultures", "Blood culture incubator"),
          c.L("Réfrigérateur à vaccins", "Vaccine fridge"), c.L("Spectromètre MALDI-TOF", "MALDI-TOF spectrometer")]
    rows = []
    for e in c.rng.sample(eq, 3):
        sn = C.luhn_serial(c.rng, c.choice([9, 10]))
        sn_fmt = c.choice([sn, " ".join([sn[:3], sn[3:6], sn[6:]]), "-".join([sn[:4], sn[4:7], sn[7:]])])
        rows.append([e, sn_fmt, f"HSA-{c.rng.randint(10000, 99999)}", c.day(7, 60).isoformat()])
    hdr = [c.L("Équipement", "Equipment"), c.L("No de série", "Serial no."), c.L("Étiquette d'actif", "Asset tag"), c.L("Certification", "Certification")]
    subj = c.L("Certification annuelle des équipements – microbiologie", "Annual equipment certification - microbiology")
    body = [c.L("Bonjour,", "Hello,"), c.L("Le technicien de Certi-Bio passera aux dates suivantes :", "The Certi-Bio technician will come on:"),
            Table(hdr, rows), c.L("Prévoir l'arrêt des appareils 2 h.", "Plan 2 h downtime per device."), C.signature(S["charbonneau"], c.lang)]
    return c.spec("equipment", subj, c.who("charbonneau"), [c.who("cote")], body, c.L("numéros de série d'équipements", "equipment serial numbers"))


# ---- n37. IT mail -----------------------------------------------------------------------------
def it_mail(c):
    k = c.rng.randrange(3)
    d = c.day(3, 20)
    if k == 0:
        subj = c.L(f"Arrêt planifié du dossier clinique DossierPlus – {d.isoformat()}", f"Planned DossierPlus EHR downtime - {d.isoformat()}")
        txt = c.L("De 01 h à 04 h. Utiliser les formulaires papier de contingence ; les résultats de laboratoire seront imprimés dans les unités.",
                  "From 01:00 to 04:00. Use paper downtime forms; lab results will print on the units.")
    elif k == 1:
        subj = c.L("Alerte hameçonnage – faux courriel « mise à jour de la paie »", "Phishing alert - fake 'payroll update' email")
        txt = c.L("Ne cliquez pas sur le lien. Signalez le courriel avec le bouton « Signaler ». Nous ne demandons jamais votre mot de passe.",
                  "Do not click the link. Report the message with the 'Report' button. We never ask for your password.")
    else:
        subj = c.L("Nouveau serveur de télécopie – clinique MI", "New fax server - ID clinic")
        txt = c.L("Le numéro 514-555-0199 est conservé. Les télécopies entrantes arriveront dans la boîte partagée clinique.mi.",
                  "Number 514-555-0199 is kept. Incoming faxes will land in the clinique.mi shared mailbox.")
    body = [c.L("Bonjour,", "Hello,"), txt, c.L("Centre de services TI – poste 4357", "IT Service Desk - ext. 4357"), "Derek Wong"]
    return c.spec("it", subj, c.who("wong"), [("Tout le personnel", "tous@hsaubin.example")], body, c.L("avis informatique", "IT notice"),
                  fmt=c.choice(["html", "plain", "alt"]))


# ---- n38. facilities ---------------------------------------------------------------------------
def facilities(c):
    rooms = ", ".join(f"C-3{c.rng.randint(10, 40)}" for _ in range(3))
    if c.lang == "fr":
        subj = "Entretien des chambres à pression négative"
        body = ["Bonjour,", f"Vérification annuelle des chambres à pression négative {rooms} mardi de 8 h à 12 h. "
                "Aucune admission en isolement aérien dans ces chambres pendant les travaux.", "Service des installations matérielles – poste 2200"]
    else:
        subj = "Negative-pressure room maintenance"
        body = ["Hello,", f"Annual check of negative-pressure rooms {rooms} on Tuesday 8:00-12:00. No airborne isolation admissions "
                "to these rooms during the work.", "Facilities - ext. 2200"]
    return c.spec("facilities", subj, ("Installations matérielles", "installations@hsaubin.example"), [c.who("levesque"), c.who("cote")], body,
                  c.L("avis des installations", "facilities notice"))


# ---- n39. clinic contact change (signature-heavy) -------------------------------------------
def contact_change(c):
    subj = c.L("Nouvelles coordonnées de la clinique VIH/ITSS", "New contact details - HIV/STBBI clinic")
    body = [c.L("Bonjour,", "Hello,"), c.L("À partir du 1er avril, la clinique déménage au pavillon C, 3e étage :",
                                          "From April 1 the clinic moves to Pavilion C, 3rd floor:"),
            C.CLINIC_SIG_FR if c.lang == "fr" else C.CLINIC_SIG_EN,
            c.L("Ligne des rendez-vous : 514-555-0100 ; infirmière de garde : 514-555-0108.", "Appointments: 514-555-0100; nurse line: 514-555-0108."),
            C.signature(S["mercier"], c.lang)]
    return c.spec("contact_update", subj, c.who("mercier"), [("Partenaires de la communauté", "partenaires@hsaubin.example")], body,
                  c.L("changement de coordonnées de la clinique", "clinic contact change"))


# ---- n40. expense claim --------------------------------------------------------------------------
def expense(c):
    who = c.choice(["vachon", "beaulieu", "dube", "levesque"])
    amt = c.rng.randint(300, 1900)
    subj = c.L("Réclamation de frais – congrès AMMI Canada", "Expense claim - AMMI Canada conference")
    body = [c.L("Bonjour,", "Hello,"),
            c.L(f"Réclamant : {S[who].name}\nCentre de coûts : 7120-MI\nMontant : {amt},00 $ (inscription, hôtel 2 nuits, train)\n"
                "Pièces justificatives numérisées en pièce jointe.",
                f"Claimant: {S[who].name}\nCost centre: 7120-MI\nAmount: ${amt}.00 (registration, 2 hotel nights, train)\nReceipts scanned and attached."),
            C.signature(S[who], c.lang)]
    att = att_pdf(c.L("recus.pdf", "receipts.pdf"), c.L("Reçus", "Receipts"),
                  [f"VIA Rail {c.rng.randint(80, 200)}.00", f"Hotel {c.rng.randint(180, 300)}.00 x 2", f"AMMI {c.rng.randint(300, 700)}.00"], compress=True)
    return c.spec("expense", subj, c.who(who), [("Comptes à payer", "cap@hsaubin.example")], body, c.L("réclamation de frais d'un employé", "staff expense claim"), atts=[att])


# ---- n41. programme budget ----------------------------------------------------------------------
def budget(c):
    rows = [[c.L("Poste", "Line"), "2024-25", "2025-26"]]
    for l in [c.L("Salaires infirmières ATIVAD", "OPAT nursing salaries"), c.L("Antibiotiques", "Antibiotics"), c.L("Pompes et fournitures", "Pumps and supplies"),
              c.L("Transport", "Transport"), c.L("Formation", "Training")]:
        v = c.rng.randint(20000, 600000)
        rows.append([l, v, int(v * c.rng.uniform(0.95, 1.12))])
    att = att_xlsx(c.L("Budget_ATIVAD.xlsx", "OPAT_budget.xlsx"), [("Budget", rows)])
    subj = c.L("Budget ATIVAD 2025-2026 – ébauche", "OPAT budget 2025-2026 - draft")
    body = [c.L("Bonjour Stéphane,", "Hi Stéphane,"), c.L("Voici l'ébauche du budget pour validation.", "Draft budget attached for review."), C.signature(S["tremblay"], c.lang)]
    return c.spec("budget", subj, c.who("tremblay"), [c.who("cote")], body, c.L("budget de programme", "programme budget"), atts=[att])


# ---- n42. vendor contact card ---------------------------------------------------------------------
def vendor_vcard(c):
    rep = c.choice([("Guylaine", "Ostiguy"), ("Brandon", "Keller"), ("Mélanie", "Rinfret")])
    vcf = att_vcf(f"{rep[0]}_{rep[1]}.vcf", given=rep[0], surname=rep[1], tel=("WORK", f"514-555-01{c.rng.randint(50, 99)}"),
                  org="MediSupply Canada", title=c.L("Représentante, soins de perfusion", "Infusion account manager"),
                  email=f"{rep[0].lower()}.{rep[1].lower()}@medisupply.example")
    subj = c.L("Coordonnées – nouvelle représentante MediSupply", "Contact - your new MediSupply rep")
    body = [c.L("Bonjour,", "Hello,"), c.L(f"{rep[0]} {rep[1]} est votre nouvelle représentante pour les pompes élastomériques. Sa fiche est jointe.",
                                          f"{rep[0]} {rep[1]} is your new account manager for elastomeric pumps. Contact card attached."),
            "MediSupply Canada – 1-800-555-0123"]
    return c.spec("vendor", subj, ("MediSupply Canada", "info@medisupply.example"), [c.who("dionne")], body,
                  c.L("fiche contact de fournisseur", "vendor contact card"), atts=[vcf])


# ---- n43. room booking reply with quote ---------------------------------------------------------
def room_booking(c):
    d = c.day(2, 20)
    q = c.earlier(1, 6)
    if c.lang == "fr":
        orig = [f"Bonjour, est-ce que la salle C-310 est libre le {d.isoformat()} de 12 h à 13 h pour la réunion PRA ?", "Julie"]
        body = ["Oui, c'est réservé à ton nom. Le projecteur est réparé.", "Lucie",
                Quote(f"Le {q.day} {C.MOIS[q.month - 1]} à {q.hour:02d}:{q.minute:02d}, Julie Beaulieu a écrit :", orig)]
        subj = "RE: réservation salle C-310"
    else:
        orig = [f"Hi, is room C-310 free on {d.isoformat()} 12-1 for the ASP meeting?", "Julie"]
        body = ["Yes, booked under your name. The projector is fixed.", "Lucie", Quote(f"On {C.MONTHS[q.month - 1]} {q.day}, at {q.hour:02d}:{q.minute:02d}, Julie Beaulieu wrote:", orig)]
        subj = "RE: booking room C-310"
    return c.spec("room_booking", subj, c.who("poulin"), [c.who("beaulieu")], body, c.L("réservation de salle", "room booking reply"),
                  in_reply_to=f"<salle.{c.k}@hsaubin.example>")


# ---- n44. ZIP of policies ---------------------------------------------------------------------
def policies_zip(c):
    docs = [(c.L("PCI-012_precautions_additionnelles.pdf", "IPC-012_additional_precautions.pdf"),
             A.make_pdf(c.L("Précautions additionnelles", "Additional precautions"), [c.L("Version 4 – approuvée par le comité PCI.", "Version 4 - approved by the IPC committee."),
                                                                                         c.L("Contact, gouttelettes, aérien : voir tableau 2.", "Contact, droplet, airborne: see table 2.")])),
            (c.L("PHA-031_ATIVAD.docx", "PHA-031_OPAT.docx"), A.make_docx(c.L("Procédure ATIVAD", "OPAT procedure"),
                                                                          [c.L("Responsabilités de l'infirmière ATIVAD.", "OPAT nurse responsibilities."),
                                                                           c.L("Bilans hebdomadaires selon l'antibiotique.", "Weekly labs by antibiotic.")]))]
    att = att_zip(c.L("Politiques_PCI_2025.zip", "IPC_policies_2025.zip"), docs)
    subj = c.L("Politiques et procédures révisées", "Revised policies and procedures")
    body = [c.L("Bonjour,", "Hello,"), c.L("Les documents révisés sont dans l'archive jointe et sur l'intranet.", "Revised documents are in the attached archive and on the intranet."),
            C.signature(S["gosselin"], c.lang)]
    return c.spec("policies", subj, c.who("gosselin"), [ALL], body, c.L("archive de politiques", "policy archive"), atts=[att])


# ---- n45. forwarded committee notice as .eml ------------------------------------------------------
def eml_committee(c):
    d = c.day(3, 25)
    inner_blocks = [c.L(f"Rappel : la réunion du sous-comité PRA du {d.isoformat()} est déplacée à 8 h.",
                        f"Reminder: the ASP subcommittee meeting on {d.isoformat()} moves to 8:00."),
                    c.L("Présentation des données de consommation du T3 par Mme Beaulieu.", "Q3 usage data presented by Ms. Beaulieu."),
                    "Maryse Ferland"]
    ispec = dict(lang=c.lang, subject=c.L("Sous-comité PRA – changement d'heure", "ASP subcommittee - time change"),
                 **{"from": ("Maryse Ferland", "mferland@hsaubin.example")}, to=[("Sous-comité PRA", "souscomite.pra@hsaubin.example")],
                 blocks=inner_blocks, fmt="plain", charset="utf-8", cte="quoted-printable")
    data = T.build_inner(ispec, c.rng, c.k * 100 + 9)
    subj = c.L("TR: Sous-comité PRA – changement d'heure", "FW: ASP subcommittee - time change")
    body = [c.L("Pour info, voir le message joint.", "FYI, see attached message."), S["dufour"].given]
    return c.spec("forward_eml", subj, c.who("dufour"), [c.who("vachon")], body, c.L("avis de comité transféré en .eml", "committee notice forwarded as .eml"),
                  atts=[dict(kind="eml", name="message.eml", data=data)])
