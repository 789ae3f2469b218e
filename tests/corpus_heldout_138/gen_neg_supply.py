"""Negative templates, part 3: shortages, recalls, invoices, purchase orders, inventories, blank forms, templates."""
import datetime as _dt

from stdnum import luhn

import gen_common as G
import gen_attach as A
from gen_pos_util import L, greet, thanks, sig_block
from gen_neg_admin import NS, EMP, ename


def _f(c, days):
    return (c.now + _dt.timedelta(days=days)).date()


def luhn_serial(r, ndig):
    body = str(r.randrange(1, 10)) + "".join(str(r.randrange(10)) for _ in range(ndig - 2))
    return body + luhn.calc_check_digit(body)


def mod97_ref(r, ndig=10):
    """Belgian structured communication (OGM/VCS): 10 digits + 2 check digits (mod 97)."""
    base = r.randrange(10 ** (ndig - 1), 10 ** ndig)
    chk = base % 97 or 97
    s = f"{base:010d}{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def lot(r):
    return r.choice(["U", "T", "S", "AHAVB", "X"]) + str(r.randrange(1000, 99999)) + r.choice(["AA", "AB", "", "BA"])


def drug_shortage(c, lang):
    r = c.rng
    n = NS(c, lang, "shortage", L(lang, "avis de pénurie de médicament", "drug shortage notice"))
    drug = r.choice([("pénicilline G benzathine (Bicillin L-A)", "benzathine penicillin G (Bicillin L-A)",
                      "réserver aux cas de syphilis infectieuse et aux femmes enceintes; doxycycline 14 jours comme alternative",
                      "reserve for infectious syphilis and pregnancy; doxycycline 14 days as alternative"),
                     ("pipéracilline-tazobactam 4,5 g", "piperacillin-tazobactam 4.5 g",
                      "utiliser la perfusion prolongée et privilégier céfépime + métronidazole lorsque possible",
                      "use extended infusion and prefer cefepime + metronidazole when possible"),
                     ("vaccin typhoïde injectable (Typhim Vi)", "injectable typhoid vaccine (Typhim Vi)",
                      "offrir Vivotif oral aux voyageurs admissibles", "offer oral Vivotif to eligible travellers"),
                     ("Dukoral", "Dukoral", "ne plus l'offrir pour la diarrhée du voyageur (indication hors choléra)",
                      "stop offering it for travellers' diarrhea (non-cholera indication)")])
    lots = ", ".join(lot(r) for _ in range(r.randrange(1, 4)))
    if lang == "fr":
        subj = f"Pénurie : {drug[0]}"
        b = [greet(r, lang, None), f"Le fournisseur nous avise d'une rupture d'approvisionnement de {drug[0]} jusqu'à "
                                   f"{G.MOIS[_f(c, 60).month - 1]} au moins. Lots restants en pharmacie : {lots}.",
             f"Recommandation du comité : {drug[2]}.", "Aucune mesure n'est requise pour les patients déjà traités."]
    else:
        subj = f"Shortage: {drug[1]}"
        b = [greet(r, lang, None), f"The supplier reports a shortage of {drug[1]} until at least {G.MONTHS[_f(c, 60).month - 1]}. "
                                   f"Remaining lots in pharmacy: {lots}.", f"Committee recommendation: {drug[3]}.",
             "No action needed for patients already treated."]
    b.append(sig_block("asp" if lang == "fr" else "asp_en", lang, r))
    return n.spec(subj, G.staff_addr("asp" if lang == "fr" else "asp_en"), [("Prescripteurs", "prescripteurs@" + G.ORG["dom"])], b)


def recall(c, lang):
    r = c.rng
    n = NS(c, lang, "recall", L(lang, "rappel de lots (fournisseur)", "product lot recall"))
    prod = r.choice([("seringues de rinçage 10 mL", "10 mL flush syringes"), ("tubulures pour pompe élastomérique", "elastomeric pump tubing"),
                     ("flacons d'hémoculture aérobies", "aerobic blood culture bottles"), ("aiguilles de sécurité 25G", "25G safety needles")])
    rows = [[lot(r), luhn_serial(r, 10), _f(c, r.randrange(100, 600)).isoformat(), r.randrange(2, 40)] for _ in range(r.randrange(2, 6))]
    head = L(lang, ["Lot", "Code article (GTIN partiel)", "Expiration", "Boîtes en stock"], ["Lot", "Item code (partial GTIN)", "Expiry", "Boxes on hand"])
    v = G.VENDORS[r.choice(["medsup", "pump"])]
    b = [greet(r, lang, None),
         L(lang, f"{v[0]} procède au rappel volontaire de certains lots de {prod[0]} (défaut d'étanchéité). Retirez les lots "
                 "suivants et communiquez avec l'approvisionnement pour le retour :",
           f"{v[0]} is voluntarily recalling some lots of {prod[1]} (seal defect). Remove the following lots and contact "
           "procurement for return:"),
         ("table", head, rows), L(lang, "Aucun incident patient rapporté à ce jour.", "No patient incidents reported to date."),
         sig_block("buyer", lang, r, G.PHONE_MAIN)]
    return n.spec(L(lang, f"RAPPEL - {prod[0]}", f"RECALL - {prod[1]}"), G.staff_addr("buyer"),
                  [("Chefs d'unité", "chefs-unite@" + G.ORG["dom"])], b, importance=True)


def invoice(c, lang):
    r = c.rng
    n = NS(c, lang, "invoice", L(lang, "facture de fournisseur", "supplier invoice"))
    be = r.random() < 0.3
    vk = "be_vendor" if be else r.choice(["vacc", "medsup", "pump"])
    v = G.VENDORS[vk]
    inv = f"{'F' if lang == 'fr' else 'INV'}-{r.randrange(100000, 999999)}"
    items = r.sample([("Twinrix 1 mL, boîte de 10", 612.40), ("Typhim Vi, boîte de 10", 389.00), ("Ixiaro 0,5 mL", 161.25),
                      ("YF-Vax 5 doses", 498.90), ("Pompe élastomérique 250 mL 24 h", 48.75), ("Dukoral, boîte de 2", 71.30),
                      ("Trousse PICC 4 Fr", 212.00), ("Glacière de transport validée", 95.00)], r.randrange(2, 5))
    rows = []
    total = 0
    for desc, price in items:
        q = r.randrange(1, 12)
        total += q * price
        rows.append([desc, q, f"{price:.2f}", f"{q * price:.2f}"])
    kv = [(L(lang, "Facture n°", "Invoice no."), inv), (L(lang, "Date", "Date"), c.now.date().isoformat()),
          (L(lang, "No client", "Customer no."), f"{r.randrange(10000, 99999)}"),
          (L(lang, "Bon de commande", "PO no."), f"BC-{r.randrange(40000, 49999)}"),
          (L(lang, "Livrer à", "Ship to"), f"{G.ORG['fr']} - Pharmacie, {G.ORG['addr_fr']}"),
          (L(lang, "Total (avant taxes)", "Total (before tax)"), f"{total:.2f} {'EUR' if be else '$'}")]
    if be:
        kv.append(("Communication structurée", mod97_ref(r)))
        kv.append(("N° d'entreprise", f"BE 0{r.randrange(400, 899)}.{r.randrange(100, 999)}.{r.randrange(100, 999)}"))
    lines = [("kv", k, x) for k, x in kv] + [("rule",)] + [f"{a}  x{q}  {p}  = {t}" for a, q, p, t in rows]
    att = A.A_pdf(f"{inv}.pdf", A.pdf(f"{v[0]} - {L(lang, 'Facture', 'Invoice')}", lines, author=v[0], subtitle=f"{v[1]}  {v[2]}"))
    b = [greet(r, lang, None), L(lang, f"Veuillez trouver ci-joint la facture {inv}. Paiement net 30 jours.",
                                 f"Please find attached invoice {inv}. Payment terms net 30."),
         ("sig", [v[0], L(lang, "Comptes clients", "Accounts receivable"), v[2]])]
    return n.spec(L(lang, f"Facture {inv}", f"Invoice {inv}"), (v[0], v[1]), [("Comptes fournisseurs", "comptes-fournisseurs@" + G.ORG["dom"])],
                  b, attachments=[att])


def purchase_order(c, lang):
    r = c.rng
    n = NS(c, lang, "purchase_order", L(lang, "bon de commande avec numéros de série", "purchase order with serial numbers"))
    po = f"BC-{r.randrange(40000, 49999)}"
    rows = []
    for _ in range(r.randrange(2, 6)):
        rows.append([r.choice([L(lang, "Pompe volumétrique", "Volumetric pump"), L(lang, "Réfrigérateur à vaccins 14 pi³", "Vaccine fridge 14 cu ft"),
                               L(lang, "Enregistreur de température", "Temperature logger"), L(lang, "Échographe portatif (PICC)", "Portable ultrasound (PICC)")]),
                     luhn_serial(r, 9), f"ACT-{luhn_serial(r, 10)}", r.randrange(1, 4)])
    head = L(lang, ["Article", "N° de série", "N° d'actif", "Qté"], ["Item", "Serial no.", "Asset tag", "Qty"])
    b = [greet(r, lang, None), L(lang, f"Bon de commande {po} approuvé. Merci d'enregistrer les numéros de série et d'actif ci-dessous "
                                       "à la réception :", f"PO {po} approved. Please record the serial and asset numbers below on receipt:"),
         ("table", head, rows), sig_block("buyer", lang, r, G.PHONE_MAIN)]
    atts = []
    if r.random() < 0.5:
        atts.append(A.A_xlsx(f"{po}.xlsx", A.xlsx([(po, head, rows)])))
    return n.spec(L(lang, f"Bon de commande {po}", f"Purchase order {po}"), G.staff_addr("buyer"),
                  [G.staff_addr("mgr"), ("Génie biomédical", "biomed@" + G.ORG["dom"])], b, attachments=atts)


def inventory(c, lang):
    r = c.rng
    n = NS(c, lang, "inventory", L(lang, "inventaire du réfrigérateur à vaccins", "vaccine fridge inventory"))
    vac = ["Twinrix", "Havrix 1440", "Engerix-B", "Typhim Vi", "Vivotif", "Ixiaro", "YF-Vax", "Menveo", "Imovax Rage", "Adacel", "Priorix", "Shingrix"]
    rows = [[v, lot(r), _f(c, r.randrange(30, 700)).isoformat(), r.randrange(0, 60), r.choice(["A1", "A2", "B1", "B2", "C1"])] for v in r.sample(vac, r.randrange(6, 12))]
    head = L(lang, ["Produit", "Lot", "Expiration", "Doses", "Tablette"], ["Product", "Lot", "Expiry", "Doses", "Shelf"])
    b = [greet(r, lang, None), L(lang, "Inventaire mensuel du réfrigérateur de la salle 3 (relevé ce matin, température 4,6 °C).",
                                 "Monthly inventory of the room 3 fridge (counted this morning, temperature 4.6 °C)."),
         L(lang, "À commander : Ixiaro et Typhim Vi (moins de 10 doses).", "To order: Ixiaro and Typhim Vi (under 10 doses)."),
         sig_block("tnurse" if lang == "fr" else "tnurse_en", lang, r, G.PHONE_TRAVEL)]
    att = A.A_xlsx(L(lang, f"inventaire_vaccins_{c.now:%Y-%m}.xlsx", f"vaccine_inventory_{c.now:%Y-%m}.xlsx"),
                   A.xlsx([(L(lang, "Inventaire", "Inventory"), head, rows)])) if r.random() < 0.6 else \
        A.A_csv(L(lang, "inventaire_vaccins.csv", "vaccine_inventory.csv"), A.csv_text(head, rows, ";"))
    return n.spec(L(lang, "Inventaire vaccins - salle 3", "Vaccine inventory - room 3"),
                  G.staff_addr("tnurse" if lang == "fr" else "tnurse_en"), [G.staff_addr("buyer"), G.staff_addr("nurse_mgr")], b, attachments=[att])


def blank_form(c, lang):
    r = c.rng
    n = NS(c, lang, "blank_form", L(lang, "formulaire vierge", "blank form"))
    k = r.randrange(3)
    if k == 0:
        title = L(lang, "Déclaration MADO - formulaire à remplir", "Notifiable disease report - blank form")
        fields = [L(lang, "Nom, prénom du patient", "Patient name"), L(lang, "Date de naissance (AAAA-MM-JJ)", "Date of birth (YYYY-MM-DD)"),
                  L(lang, "NAM", "RAMQ no."), L(lang, "Adresse", "Address"), L(lang, "Téléphone", "Phone"), L(lang, "Maladie", "Disease"),
                  L(lang, "Date de début", "Onset date"), L(lang, "Médecin déclarant", "Reporting physician")]
    elif k == 1:
        title = L(lang, "Référence TIVAD - gabarit", "OPAT referral - template")
        fields = [L(lang, "Nom de l'usager", "Client name"), L(lang, "DDN", "DOB"), L(lang, "NAM", "Health card"),
                  L(lang, "Antibiotique / dose / fréquence", "Antibiotic / dose / frequency"), L(lang, "Accès veineux", "Venous access"),
                  L(lang, "Date de fin prévue", "Planned end date"), L(lang, "Bilans", "Labs")]
    else:
        title = L(lang, "Questionnaire prévoyage", "Pre-travel questionnaire")
        fields = [L(lang, "Nom", "Name"), L(lang, "Date de naissance", "Date of birth"), L(lang, "Destinations et dates", "Destinations and dates"),
                  L(lang, "Allergies", "Allergies"), L(lang, "Médicaments", "Medications"), L(lang, "Grossesse? oui / non", "Pregnant? yes / no")]
    kind = r.choice(["pdf", "docx"])
    if kind == "pdf":
        att = A.A_pdf(G.strip_accents(title.split(" - ")[0]).replace(" ", "_") + ".pdf",
                      A.pdf(title, [("kv", f + " :", "_" * 40) for f in fields], subtitle=G.ORG[lang]))
    else:
        att = A.A_docx(G.strip_accents(title.split(" - ")[0]).replace(" ", "_") + ".docx",
                       A.docx(title, [f"{f} : ________________________" for f in fields]))
    b = [greet(r, lang, None), L(lang, "Voici la version à jour du formulaire (vierge). Remplacez les anciennes copies dans le classeur.",
                                 "Here is the updated (blank) form. Please replace old copies in the binder."), sig_block("secr", lang, r)]
    return n.spec(L(lang, f"Formulaire à jour : {title}", f"Updated form: {title}"), G.staff_addr("secr"),
                  [("Équipe infectio", "equipe-infectio@" + G.ORG["dom"])], b, attachments=[att])


def mailmerge_template(c, lang):
    r = c.rng
    n = NS(c, lang, "template", L(lang, "gabarit de publipostage", "mail-merge template"))
    if lang == "fr":
        tpl = ("Bonjour {{Prénom}} {{Nom}},\n\nNous vous rappelons votre rendez-vous à la Clinique santé-voyage le {{Date}} à "
               "{{Heure}} pour {{Vaccin}}.\nVotre numéro de dossier : {{NoDossier}}.\nApportez votre carnet de vaccination.\n\n"
               f"Pour annuler : {G.PHONE_TRAVEL}.")
        b = [greet(r, lang, None), "Voici le nouveau gabarit de rappel par courriel à intégrer dans le système de rendez-vous. "
                                   "Les champs entre accolades seront remplis automatiquement.", ("pre", tpl),
             "Exemple de rendu : « Bonjour Prénom Nom, ... le 2025-01-01 à 09:00 ».", sig_block("clerk", lang, r, G.PHONE_TRAVEL)]
        subj = "Gabarit - rappel de rendez-vous"
    else:
        tpl = ("Hello {{FirstName}} {{LastName}},\n\nThis is a reminder of your Travel Health Clinic appointment on {{Date}} at "
               "{{Time}} for {{Vaccine}}.\nYour chart number: {{ChartNo}}.\nPlease bring your vaccination record.\n\n"
               f"To cancel: {G.PHONE_TRAVEL}.")
        b = [greet(r, lang, None), "Here is the new e-mail reminder template for the booking system. Fields in braces are filled "
                                   "automatically.", ("pre", tpl), "Sample output: 'Hello FirstName LastName, ... on 2025-01-01 at 09:00'.",
             sig_block("clerk", lang, r, G.PHONE_TRAVEL)]
        subj = "Template - appointment reminder"
    return n.spec(subj, G.staff_addr("clerk"), [G.staff_addr("it")], b)


def courier_shipment(c, lang):
    r = c.rng
    n = NS(c, lang, "shipment", L(lang, "envoi d'échantillons au laboratoire provincial", "specimen shipment manifest"))
    trk = "".join(str(r.randrange(10)) for _ in range(12))
    rows = [[L(lang, x[0], x[1]), r.randrange(1, 12)] for x in [("Sérologies arbovirus", "Arbovirus serology"),
                                                                 ("Souches pour typage (SARM)", "MRSA isolates for typing"),
                                                                 ("Cultures mycobactéries", "Mycobacterial cultures"),
                                                                 ("Confirmation VIH", "HIV confirmation")]]
    b = [greet(r, lang, None), L(lang, f"Envoi de ce jour, glacière UN3373, suivi Purolator {trk}. Contenu :",
                                 f"Today's shipment, UN3373 cooler, Purolator tracking {trk}. Contents:"),
         ("table", L(lang, ["Type", "Nombre de tubes"], ["Type", "Number of tubes"]), rows),
         L(lang, "Les requêtes sont dans la pochette. Merci de confirmer la réception.", "Requisitions are in the pouch. Please confirm receipt."),
         sig_block("labchief", lang, r, G.PHONE_LAB)]
    return n.spec(L(lang, f"Envoi LSP - {c.now:%Y-%m-%d}", f"Provincial lab shipment - {c.now:%Y-%m-%d}"),
                  G.staff_addr("labchief"), [G.ext_addr("lspq")], b)


def vendor_vcard(c, lang):
    r = c.rng
    n = NS(c, lang, "vendor", L(lang, "coordonnées d'un représentant (vCard)", "sales representative contact card"))
    rep = r.choice([("Patrice", "Lemelin"), ("Dana", "Whitaker"), ("Isabeau", "Fréchette")])
    v = G.VENDORS[r.choice(["vacc", "pump", "medsup"])]
    card = A.vcard(f"{rep[0]} {rep[1]}", (rep[1], rep[0]), tels=[("WORK", v[2]), ("CELL", "514-555-01" + str(r.randrange(10, 30)))],
                   email=f"{rep[0][0].lower()}.{G.strip_accents(rep[1]).lower()}@{v[1].split('@')[1]}", org=v[0],
                   title=L(lang, "Représentant(e) - territoire Ouest", "Sales representative - West territory"))
    b = [greet(r, lang, None), L(lang, f"Voici les coordonnées de la nouvelle représentante de {v[0]} pour les commandes de vaccins et "
                                       "de pompes. Rencontre prévue mardi 10 h.", f"Contact card for the new {v[0]} representative "
                                                                                  "(vaccines and pumps). Meeting Tuesday 10 am."),
         sig_block("buyer", lang, r, G.PHONE_MAIN)]
    return n.spec(L(lang, f"Représentant {v[0]}", f"{v[0]} representative"), G.staff_addr("buyer"), [G.staff_addr("mgr")], b,
                  attachments=[A.A_vcf(f"{rep[0]}_{G.strip_accents(rep[1])}.vcf", card)])


def policy_zip(c, lang):
    r = c.rng
    n = NS(c, lang, "policy", L(lang, "politiques et procédures (ZIP)", "policies and procedures (ZIP)"))
    docs = [(L(lang, "PCI-012_isolement_aerien.pdf", "IPC-012_airborne_isolation.pdf"),
             A.pdf(L(lang, "PCI-012 Isolement aérien", "IPC-012 Airborne isolation"),
                   [L(lang, "Indications : tuberculose pulmonaire suspectée ou confirmée, rougeole, varicelle.",
                      "Indications: suspected or confirmed pulmonary TB, measles, varicella."),
                    L(lang, "Chambre à pression négative; N95 ajusté pour tout le personnel.", "Negative-pressure room; fit-tested N95 for all staff.")])),
            (L(lang, "TIVAD-003_surveillance.docx", "OPAT-003_monitoring.docx"),
             A.docx(L(lang, "TIVAD-003 Surveillance des bilans", "OPAT-003 Lab monitoring"),
                    [L(lang, "Vancomycine : creux avant la 4e dose puis hebdomadaire.", "Vancomycin: trough before the 4th dose then weekly."),
                     L(lang, "Daptomycine : CK hebdomadaire.", "Daptomycin: weekly CK.")])),
            (L(lang, "liste_documents.csv", "document_list.csv"),
             A.csv_text(["Code", L(lang, "Titre", "Title"), L(lang, "Révision", "Revision")],
                        [["PCI-012", L(lang, "Isolement aérien", "Airborne isolation"), "2025-01"],
                         ["TIVAD-003" if lang == "fr" else "OPAT-003", L(lang, "Surveillance", "Monitoring"), "2024-11"]]).encode("utf-8"))]
    z = A.make_zip(docs)
    b = [greet(r, lang, None), L(lang, "Les politiques révisées sont dans le ZIP joint, pour lecture avant la réunion d'équipe.",
                                 "Revised policies are in the attached ZIP, please read before the team meeting."), sig_block("ipc", lang, r)]
    return n.spec(L(lang, "Politiques révisées PCI/TIVAD", "Revised IPC/OPAT policies"), G.staff_addr("ipc"),
                  [("Équipe infectio", "equipe-infectio@" + G.ORG["dom"])], b,
                  attachments=[A.A_zip(L(lang, "politiques_2025.zip", "policies_2025.zip"), z)])


def fax_cover(c, lang):
    r = c.rng
    n = NS(c, lang, "fax_template", L(lang, "page couverture de télécopie vierge", "blank fax cover sheet"))
    lines = [("kv", L(lang, "Destinataire :", "To:"), "_" * 30), ("kv", L(lang, "Télécopieur :", "Fax:"), "_" * 30),
             ("kv", L(lang, "Expéditeur :", "From:"), G.ORG["svc_fr"] if lang == "fr" else G.ORG["svc_en"]),
             ("kv", L(lang, "Téléphone :", "Phone:"), G.PHONE_ID), ("kv", L(lang, "Télécopieur :", "Fax:"), G.FAX_ID),
             ("kv", L(lang, "Nombre de pages :", "Pages:"), "____"), ("rule",),
             L(lang, "AVIS DE CONFIDENTIALITÉ : ce document peut contenir des renseignements confidentiels. Si vous l'avez reçu "
                     "par erreur, veuillez nous en aviser et le détruire.",
               "CONFIDENTIALITY NOTICE: this document may contain confidential information. If received in error, please notify "
               "us and destroy it.")]
    att = A.A_pdf(L(lang, "page_couverture_fax.pdf", "fax_cover.pdf"), A.pdf(L(lang, "Télécopie", "Fax"), lines, subtitle=G.ORG[lang]))
    b = [greet(r, lang, None), L(lang, "Nouvelle page couverture de télécopie avec le numéro à jour du service.",
                                 "New fax cover sheet with the department's updated number."), sig_block("secr", lang, r)]
    return n.spec(L(lang, "Page couverture fax - mise à jour", "Fax cover sheet - update"), G.staff_addr("secr"),
                  [("Secrétariat", "secretariat@" + G.ORG["dom"])], b, attachments=[att])


TEMPLATES = {
    "drug_shortage": drug_shortage, "recall": recall, "invoice": invoice, "purchase_order": purchase_order,
    "inventory": inventory, "blank_form": blank_form, "mailmerge_template": mailmerge_template,
    "courier_shipment": courier_shipment, "vendor_vcard": vendor_vcard, "policy_zip": policy_zip, "fax_cover": fax_cover,
}
