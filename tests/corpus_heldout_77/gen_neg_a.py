"""Negative templates, part A: HR, schedules, procurement, invoices, recalls, IT.
No patient is identifiable in any of these messages."""
import datetime as dt

from stdnum import iban as std_iban
from stdnum.be import ogm_vcs, vat as be_vat

import gen_common as G
import gen_files as F
from gen_mime import Att, Mail

NO = []


def me(c, role=None):
    s = G.staff(c.rng, role, avoid=getattr(c, "last_staff", None))
    c.last_staff = s
    return s, (G.disp(s), G.staff_addr(s, c.rng.randrange(3)))


def team(c, n, role=None):
    pool = [s for s in G.STAFF if (role is None or (s[2].startswith("Dr") if role == "Dr" else role in s[3]))
            and s != getattr(c, "last_staff", None)]
    return [(G.disp(s), G.staff_addr(s, c.rng.randrange(3))) for s in c.rng.sample(pool, min(n, len(pool)))]


def all_staff(c):
    return (f"Personnel {G.ORG['short']}", f"tout-le-personnel@{G.ORG['domain']}")


# ------------------------------------------------------------------ numbers that look sensitive but are not
def be_vat_num(c):
    while True:
        body = "0" + str(c.rng.randrange(200000000, 999999999))[:7]
        num = body + "%02d" % (97 - int(body) % 97)
        if be_vat.is_valid(num):
            return f"BE {num[:4]}.{num[4:7]}.{num[7:]}"


def be_iban(c):
    acct = f"{c.rng.randrange(1, 99):03d}{c.rng.randrange(0, 9999999):07d}"
    acct += "%02d" % ((int(acct) % 97) or 97)
    cd = std_iban.calc_check_digits("BE00" + acct)
    n = f"BE{cd}{acct}"
    assert std_iban.is_valid(n)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def ogm(c):
    base = f"{c.rng.randrange(0, 10 ** 10):010d}"
    n = base + ogm_vcs.calc_check_digits(base + "00")
    return f"+++{n[:3]}/{n[3:7]}/{n[7:]}+++"


def serial_passing_niss(c):
    return G.make_fake_checksum_serial11(c.rng)


def inami_doc(c):
    return f"1-{c.rng.randrange(10000, 99999)}-{c.rng.randrange(10, 99)}-{c.rng.randrange(100, 999)}"


def dr(c, spec=None):
    pool = [s for s in G.STAFF if s[2]]
    s = c.pick(pool)
    return s


# ------------------------------------------------------------------ N: leave request / approval
def hr_leave(c):
    lang = c.pick(["fr", "fr", "en"])
    s, frm = me(c, "ressources humaines")
    emp, to = me(c)
    when = c.when()
    d1 = c.later(when, 10, 60)
    d2 = d1 + dt.timedelta(days=c.rng.randrange(3, 20))
    kind = c.pick(["congés annuels", "congé de maternité", "congé parental (1/5e temps)", "récupération d'heures", "congé pour soins palliatifs d'un proche", "crédit-temps"])
    if lang == "fr":
        body = [f"Bonjour {emp[0]},", "", f"Votre demande de {kind} du {G.fdate(d1)} au {G.fdate(d2)} a été {c.pick(['approuvée', 'validée par votre chef de service', 'enregistrée dans le logiciel de planning'])}.",
                c.pick(["Pensez à mettre à jour votre message d'absence.", "Le solde restant est de 11 jours.", "Merci de prévenir l'équipe de garde.", ""]),
                G.signature(s, c.rng)]
        subj = c.pick(["Votre demande de congé", f"Congé {G.fdate(d1)} - {G.fdate(d2)}", "Confirmation absence"])
    else:
        body = [f"Hi {emp[0]},", "", f"Your leave request ({c.pick(['annual leave', 'parental leave', 'study leave'])}) from {G.fdate(d1, 'en')} to {G.fdate(d2, 'en')} is approved.",
                "Please update your out-of-office.", G.signature(s, c.rng, "en")]
        subj = "Leave request approved"
    return Mail("hr_leave", lang, NO, "staff leave approval", frm, [to], subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: on-call roster spreadsheet
def oncall_roster(c):
    s, frm = me(c, "Dr")
    when = c.when()
    month = c.later(when, 15, 40).replace(day=1)
    rows = [["Date", "Jour", "Garde médecine interne", "GSM", "Garde chirurgie", "GSM", "Back-up cardiologie"]]
    drs = [x for x in G.STAFF if x[2]]
    for i in range(28):
        d = month + dt.timedelta(days=i)
        a, b, k = c.rng.sample(drs, 3)
        rows.append([d.strftime("%d/%m/%Y"), G.JOURS[d.weekday()], f"Dr {a[1]}", f"0475 555-01{c.rng.randrange(100):02d}",
                     f"Dr {b[1]}", f"0476 555-01{c.rng.randrange(100):02d}", f"Dr {k[1]}"])
    data = F.xlsx([(f"Gardes {G.MOIS[month.month - 1]}", rows)])
    body = c.pick(["Bonjour à tous,\n\nVoici le tableau des gardes du mois prochain. Les échanges sont à signaler au secrétariat avant le 20.\n",
                   "Tableau de garde en annexe (version 2, corrigée pour le week-end de Pâques).\n",
                   "Hi all,\n\nOn-call schedule attached. Swaps must be approved by the department head.\n"])
    lang = "en" if body.startswith("Hi") else "fr"
    subj = "On-call schedule" if lang == "en" else c.pick([f"Gardes {G.MOIS[month.month - 1]} {month.year}", "Tableau de garde", "TR: tableau de garde v2"])
    return Mail("oncall_roster", lang, NO, "physician on-call roster with staff mobile numbers", frm,
                [(f"Médecins {G.ORG['short']}", f"medecins@{G.ORG['domain']}")], subj,
                body + G.signature(s, c.rng, lang),
                attachments=[Att(f"gardes_{month:%Y_%m}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)], date=when)


# ------------------------------------------------------------------ N: occupational health for staff (not patients)
def occupational_health(c):
    lang = c.pick(["fr", "fr", "en"])
    s = ("Service de médecine du travail", f"medecine.travail@{G.ORG['domain']}")
    when = c.when()
    kind = c.pick(["vaccin", "aes", "visite", "campagne", "reprise"])
    if lang == "fr":
        if kind == "vaccin":
            body = ["Chères et chers collègues,", "", "La campagne de vaccination contre la grippe saisonnière pour le personnel débute le "
                    f"{G.fdate(c.later(when, 3, 15), 'fr', 1)}.", "Permanences : lundi et jeudi de 7 h 30 à 9 h, local 0.14 (Sainte-Adèle) et salle B2 (Val de Sambre).",
                    "Le vaccin est gratuit. Les membres du personnel immunodéprimés peuvent prendre rendez-vous individuellement.", "", "Le service de médecine du travail"]
            subj = "Campagne de vaccination grippe - personnel"
        elif kind == "aes":
            body = ["Rappel de la procédure en cas d'accident d'exposition au sang (AES) :", "1. Laver, désinfecter (Dakin, 5 min).",
                    "2. Se présenter aux urgences dans l'heure : bilan sérologique de la personne exposée et de la source (avec son accord).",
                    "3. Déclarer l'accident de travail via le formulaire RH-AT-04.", "La prophylaxie post-exposition VIH doit idéalement débuter dans les 4 heures.",
                    "", "Médecine du travail - poste 5520"]
            subj = "Rappel : procédure AES"
        elif kind == "visite":
            emp = c.pick([x for x in G.STAFF if not x[2]])
            body = [f"Bonjour {emp[0]} {emp[1]},", "", f"Vous êtes convoqué(e) à l'examen médical périodique le {G.fdate(c.later(when, 5, 25), 'fr', 1)} à {c.rng.randrange(8, 15)} h.",
                    "Merci d'apporter votre carnet de vaccination (hépatite B).", "En cas d'empêchement, prévenez-nous 48 h à l'avance.", "", "Médecine du travail"]
            subj = "Convocation - surveillance de santé du personnel"
        elif kind == "reprise":
            emp = c.pick([x for x in G.STAFF if not x[2]])
            body = [f"Bonjour {emp[0]} {emp[1]},", "", "Suite à votre période d'incapacité de travail, une visite de pré-reprise est fixée le "
                    f"{G.fdate(c.later(when, 3, 15), 'fr', 1)} à {c.rng.randrange(8, 15)} h.", "Nous examinerons ensemble un éventuel aménagement de poste "
                    "(port de charges limité, horaire adapté). Cette visite est confidentielle : aucune information médicale n'est transmise à votre hiérarchie.",
                    "", "Médecine du travail - poste 5520"]
            subj = "Visite de pré-reprise du travail"
        else:
            body = ["Bonjour,", "", "Résultats de la campagne de vaccination du personnel : taux de couverture global 46 % (objectif 60 %).",
                    "Par service : urgences 61 %, USI 58 %, gériatrie 39 %, administration 33 %.", "Merci aux équipes pour leur participation.", "", "Médecine du travail"]
            subj = "Couverture vaccinale du personnel"
    else:
        body = ["Dear colleagues,", "", "Reminder: all staff working in clinical areas must have documented hepatitis B immunity and a TB screening on file.",
                "Drop-in clinic Tuesdays 8-10 am, room 0.14.", "", "Occupational Health"]
        subj = "Occupational health reminder"
    return Mail("occupational_health", lang, NO, "occupational health notice addressed to staff", s, [all_staff(c)], subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: payroll / HR info
def payroll(c):
    s, frm = me(c, "ressources humaines")
    when = c.when()
    body = c.pick([
        "Bonjour,\n\nLes fiches de paie de ce mois seront disponibles sur le portail RH à partir du 28. Suite à l'indexation, les barèmes IFIC ont été adaptés (+2 %).\n",
        "Bonjour à tous,\n\nLa prime de fin d'année sera versée avec le salaire de décembre. Les chèques-repas passent à 8 EUR à partir du 1er janvier.\n",
        "Rappel : les prestations irrégulières (nuits, week-ends) du mois doivent être validées dans le logiciel de planning avant le 5.\n",
    ])
    if c.chance(0.4):
        body += f"\nVotre matricule figure en haut à droite de la fiche (format P-{c.rng.randrange(10000, 99999)}).\n"
    return Mail("payroll", "fr", NO, "payroll notice to staff", frm, [all_staff(c)], c.pick(["Paie", "Information salaires", "Prestations irrégulières"]),
                body + G.signature(s, c.rng), date=when)


# ------------------------------------------------------------------ N: job posting
def job_posting(c):
    lang = c.pick(["fr", "fr", "en"])
    s, frm = me(c, "ressources humaines")
    when = c.when()
    job = c.pick([("Infirmier(ère) en soins intensifs", "ICU registered nurse"), ("Médecin urgentiste (H/F/X)", "Emergency physician"),
                  ("Technologue de laboratoire médical", "Medical laboratory technologist"), ("Assistant(e) social(e) - oncologie", "Oncology social worker"),
                  ("Pharmacien(ne) hospitalier(ère)", "Hospital pharmacist")])
    if lang == "fr":
        body = [f"OFFRE D'EMPLOI - {job[0]}", "", f"Le {G.ORG['name']} recrute pour son site de {c.pick(G.ORG['sites'])[1]} un(e) {job[0].lower()}.",
                "Profil : diplôme reconnu (visa / agrément), expérience souhaitée en milieu hospitalier, bilinguisme FR/NL ou FR/EN est un atout.",
                "Nous offrons : CDI temps plein, barème IFIC, chèques-repas, formation continue, possibilité d'échange avec nos partenaires du Québec.",
                f"Candidatures avant le {G.fdate(c.later(when, 15, 40))} : jobs@{G.ORG['domain']} (réf. {c.rng.randrange(100, 999)}/{when:%y})"]
        subj = f"Offre d'emploi : {job[0]}"
    else:
        body = [f"JOB OPENING - {job[1]}", "", f"{G.ORG['name']} (Brussels/Wallonia) is hiring. Quebec-trained applicants welcome: we support licence recognition.",
                "Full-time permanent contract, relocation support.", f"Apply by {G.fdate(c.later(when, 15, 40), 'en')} to jobs@{G.ORG['domain']}."]
        subj = f"Job opening: {job[1]}"
    html = "<html><body>" + "".join(f"<p>{l}</p>" for l in body if l) + "</body></html>"
    return Mail("job_posting", lang, NO, "job posting", frm, [c.pick([all_staff(c), ("Réseau Québec-Belgique RH", "rh-partenaires@chuestuaire.example")])],
                subj, "\n".join(body), html=html, date=when)


# ------------------------------------------------------------------ N: physician directory (doctors with the diseases they treat)
def physician_directory(c):
    lang = c.pick(["fr", "en"])
    s, frm = me(c, "secrétariat")
    when = c.when()
    entries = [("Dr Julien Hermanus", "maladies inflammatoires de l'intestin (Crohn, RCH)", "IBD (Crohn's, ulcerative colitis)"),
               ("Dr Nadia El Amrani", "BPCO, asthme sévère, apnées du sommeil", "COPD, severe asthma, sleep apnea"),
               ("Dr Sophie Lemaire", "insuffisance cardiaque, fibrillation auriculaire", "heart failure, atrial fibrillation"),
               ("Dr Thomas Vandenberghe", "insuffisance rénale chronique, hémodialyse, greffe", "CKD, dialysis, transplant"),
               ("Dr Grégoire Closset", "cancers digestifs et lymphomes", "GI cancers and lymphoma"),
               ("Dr Anne-Sophie Lardinois", "diabète de l'enfant, bronchiolite, asthme pédiatrique", "paediatric diabetes and asthma")]
    pick = c.rng.sample(entries, 4)
    if lang == "fr":
        body = ["Chers confrères,", "", "Voici la mise à jour de notre annuaire des consultations spécialisées :", ""] + \
               [f"- {n} : {d} - consultation le {c.pick(G.JOURS[:5])}, {c.pick(G.ORG['sites'])[0]} ({c.pick(G.ORG['sites'])[3]})" for n, d, _ in pick] + \
               ["", "Prise de rendez-vous via le call center ou la plateforme en ligne."]
        subj = "Annuaire des consultations spécialisées"
    else:
        body = ["Dear colleagues in Quebec,", "", "For your referrals, our specialist clinics:", ""] + [f"- {n}: {e}" for n, _, e in pick] + ["", "Referrals through the partnership desk."]
        subj = "Specialist clinics directory"
    return Mail("physician_directory", lang, NO, "directory of physicians with the conditions they treat", frm,
                [("Médecins généralistes - zone Charleroi", "mg-charleroi@cercle-mg.example") if lang == "fr" else ("Partner physicians", "partners@vmgh.example")],
                subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: supplier invoice
def supplier_invoice(c):
    when = c.when()
    sup = c.pick([("MediSupply Benelux SA", "facturation@medisupply.example"), ("OrthoImplants SRL", "invoices@orthoimplants.example"),
                  ("LabReagents Europe", "ar@labreagents.example"), ("Pharma-Distribution Wallonie", "compta@pharmadist.example")])
    inv = f"F{when:%y}-{c.rng.randrange(10000, 99999)}"
    lines_ = [(c.pick(["Cathéter IV 20G (boîte de 50)", "Gants nitrile M (x200)", "Kit de perfusion", "Réactif troponine hs (kit 200 tests)",
                      "Prothèse de hanche - tige cimentée", "Poches de nutrition parentérale"]), c.rng.randrange(1, 40), c.rng.randrange(5, 900)) for _ in range(c.rng.randrange(2, 6))]
    total = sum(q * p for _, q, p in lines_)
    doc = [f"Facture n° {inv}", f"Date : {G.fdate(when.date())}", f"Client : {G.ORG['name']} - service Achats", f"TVA client : {be_vat_num(c)}", ""] + \
          [f"{d} - qté {q} x {p},00 EUR = {q * p},00 EUR" for d, q, p in lines_] + \
          ["", f"Total HTVA : {total},00 EUR", f"TVA 6 % : {total * 6 // 100},00 EUR", f"À payer sur {be_iban(c)} avec la communication structurée {ogm(c)}",
           f"Bon de commande : PO-{c.rng.randrange(400000, 499999)}"]
    pdfb = F.pdf(f"FACTURE {inv}", doc, header=[sup[0], be_vat_num(c)], seed=c.rng.randrange(99))
    body = c.pick([f"Madame, Monsieur,\n\nVeuillez trouver ci-joint notre facture {inv}.\n\nCordialement,\nService comptabilité\n{sup[0]}\n",
                   f"Bonjour,\n\nfacture en pièce jointe - échéance 30 jours fin de mois.\n\n{sup[0]}\n"])
    return Mail("supplier_invoice", "fr", NO, "supplier invoice with VAT, IBAN and structured communication", sup,
                [("Comptabilité fournisseurs", f"factures@{G.ORG['domain']}")], f"Facture {inv}", body,
                attachments=[Att(f"Facture_{inv}.pdf", "application/pdf", pdfb)], date=when)


# ------------------------------------------------------------------ N: purchase order / asset list
def purchase_order(c):
    s, frm = me(c, "achats")
    when = c.when()
    rows = [["Réf. article", "Désignation", "Qté", "N° série", "N° inventaire", "Centre de coût"]]
    for i in range(c.rng.randrange(3, 9)):
        rows.append([f"REF-{c.rng.randrange(10000, 99999)}", c.pick(["Pompe volumétrique", "Pousse-seringue", "Moniteur multiparamétrique", "Lit électrique",
                                                                     "Tensiomètre automatique", "Oxymètre de pouls"]), 1,
                     serial_passing_niss(c) if c.chance(0.5) else f"SN{c.rng.randrange(10 ** 9, 10 ** 10)}", f"INV-{c.rng.randrange(100000, 999999)}",
                     c.pick(["4B - médecine interne", "USI", "Urgences", "Pédiatrie"])])
    data = F.xlsx([("Commande", rows)])
    po = f"PO-{c.rng.randrange(400000, 499999)}"
    body = [f"Bonjour,", "", f"Veuillez trouver en annexe le bon de commande {po}.", "Livraison au quai B, site Val de Sambre, entre 7 h et 14 h.",
            "Merci d'indiquer le numéro de commande sur la facture.", G.signature(s, c.rng)]
    sup = c.pick([("MediSupply Benelux SA", "orders@medisupply.example"), ("BioMed Devices", "sales@biomed-devices.example")])
    return Mail("purchase_order", "fr", NO, "purchase order with serial and asset numbers (some serials pass a checksum)", frm, [sup],
                f"Bon de commande {po}", "\n".join(body),
                attachments=[Att(f"{po}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)], date=when)


# ------------------------------------------------------------------ N: field safety notice / recall
def device_recall(c):
    lang = c.pick(["fr", "en"])
    when = c.when()
    sup = c.pick([("InfuTech Medical - Vigilance", "vigilance@infutech.example"), ("CardioLine Europe", "fsca@cardioline.example")])
    dev = c.pick([("pompe à perfusion InfuSafe 300", "InfuSafe 300 infusion pump"), ("défibrillateur externe AutoShock", "AutoShock AED"),
                  ("glucomètre GlucoPro", "GlucoPro blood glucose meter")])
    serials = [serial_passing_niss(c) if c.chance(0.6) else f"{c.rng.randrange(10 ** 10, 10 ** 11)}" for _ in range(c.rng.randrange(3, 7))]
    lots = [f"LOT {c.pick(['A', 'B', 'K'])}{c.rng.randrange(1000, 9999)}-{c.rng.randrange(10, 99)}" for _ in range(2)]
    if lang == "fr":
        body = ["AVIS DE SÉCURITÉ URGENT - ACTION CORRECTIVE DE SÉCURITÉ", "", f"Produit : {dev[0]}", "Lots concernés : " + ", ".join(lots),
                "Numéros de série installés dans votre établissement :"] + [f"  - {x}" for x in serials] + ["",
                "Problème : risque de sous-perfusion en cas d'occlusion en amont non détectée." if "pompe" in dev[0] else "Problème : défaut possible de la batterie.",
                "Aucun incident patient n'a été rapporté à ce jour.", "Action : mise à jour logicielle par notre technicien ; merci de retourner le formulaire d'accusé de réception.",
                "", "Ce courrier a été communiqué à l'AFMPS."]
        subj = f"FSN - {dev[0]}"
    else:
        body = ["URGENT FIELD SAFETY NOTICE", "", f"Product: {dev[1]}", "Affected lots: " + ", ".join(lots), "Serial numbers at your facility:"] + [f"  - {x}" for x in serials] + \
               ["", "No patient injury has been reported.", "Please complete the acknowledgement form."]
        subj = f"Field Safety Notice - {dev[1]}"
    return Mail("device_recall", lang, NO, "device field safety notice listing lot and serial numbers", sup,
                [("Matériovigilance", f"materiovigilance@{G.ORG['domain']}")], subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: drug shortage
def drug_shortage(c):
    s, frm = me(c, "pharmacie")
    when = c.when()
    d = c.pick([("amoxicilline-clavulanate IV 1 g/200 mg", "céfuroxime 1,5 g IV 3x/j ou ceftriaxone 2 g/j selon l'indication"),
                ("furosémide 20 mg/2 mL ampoules", "bumétanide 1 mg IV (1 mg ≈ 40 mg de furosémide)"),
                ("lévothyroxine 25 µg comprimés", "utiliser les comprimés de 50 µg sécables"),
                ("insuline NPH stylo", "insuline glargine, conversion 80 % de la dose totale de NPH"),
                ("salbutamol solution pour nébulisation", "aérosol-doseur + chambre d'inhalation, 4 à 8 bouffées")])
    lang = c.pick(["fr", "fr", "en"])
    if lang == "fr":
        body = ["Chers collègues,", "", f"Rupture de stock annoncée par le fournisseur pour {d[0]} (durée estimée : {c.rng.randrange(3, 12)} semaines).",
                f"Alternative proposée par le comité médico-pharmaceutique : {d[1]}.", "Les prescriptions en cours seront adaptées par la pharmacie ; merci de ne pas constituer de stocks dans les unités.",
                G.signature(s, c.rng)]
        subj = c.pick([f"Rupture : {d[0]}", "Pénurie de médicament - alternative", "Info pharmacie - indisponibilité"])
    else:
        body = ["Dear colleagues,", "", f"Supply disruption: {d[0]} unavailable for about {c.rng.randrange(3, 12)} weeks.", f"Suggested alternative: {d[1]}.", G.signature(s, c.rng, "en")]
        subj = "Drug shortage notice"
    return Mail("drug_shortage", lang, NO, "drug shortage notice with alternative dosing", frm, [(f"Prescripteurs {G.ORG['short']}", f"prescripteurs@{G.ORG['domain']}")],
                subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: IT maintenance of the EHR
def it_maintenance(c):
    s, frm = me(c, "informatique")
    when = c.when()
    d = c.later(when, 2, 10)
    lang = c.pick(["fr", "fr", "en"])
    sysn = c.pick(["dossier patient informatisé (DPI)", "PACS / imagerie", "logiciel de laboratoire", "serveur eHealthBox", "prescription électronique"])
    if lang == "fr":
        body = ["Bonjour à toutes et à tous,", "", f"Une maintenance du {sysn} aura lieu dans la nuit du {G.fdate(d, 'fr', 1)}, de 23 h à 3 h.",
                "Pendant ce créneau, les dossiers patients seront accessibles en lecture seule. Les procédures dégradées (formulaires papier de prescription, "
                "étiquettes pré-imprimées) sont disponibles dans chaque unité.", "Les résultats de laboratoire seront communiqués par téléphone pour les valeurs critiques.",
                f"Helpdesk : poste 4444 ou helpdesk@{G.ORG['domain']}", G.signature(s, c.rng)]
        subj = c.pick([f"Maintenance {sysn.split(' (')[0]} - {G.fdate(d)}", "Interruption programmée", "[IT] Maintenance planifiée"])
    else:
        body = ["Hello all,", "", f"Planned downtime of the {c.pick(['EHR', 'PACS', 'lab system'])} on {G.fdate(d, 'en')}, 11 pm to 3 am.", "Downtime procedures are in the red binder on every unit.",
                G.signature(s, c.rng, "en")]
        subj = "[IT] Planned downtime"
    html = "<html><body style='font-family:Arial'>" + "".join(f"<p>{l}</p>" for l in body if l) + "</body></html>"
    return Mail("it_notice", lang, NO, "IT maintenance notice about the patient record system", frm, [all_staff(c)], subj, "\n".join(body), html=html, date=when)


# ------------------------------------------------------------------ N: eHealth certificate / NISS validation rules
def it_ehealth(c):
    s, frm = me(c, "informatique")
    when = c.when()
    variants = [
        ("Certificat eHealth - renouvellement",
         ["Bonjour,", "", f"Le certificat eHealth de l'institution ({G.ORG['short']}, n° INAMI 7-10-{c.rng.randrange(10000, 99999)}-{c.rng.randrange(10, 99)}) expire le "
          f"{G.fdate(c.later(when, 10, 30))}.", "Le renouvellement sera effectué par le service informatique ; l'eHealthBox sera indisponible environ 30 minutes.",
          "Aucune action n'est requise de votre part."]),
        ("[IT] Contrôle du NISS à l'admission",
         ["Bonjour,", "", "Suite aux rejets de facturation, une règle de contrôle est ajoutée dans le DPI : le NISS saisi à l'admission est désormais vérifié "
          "(format AA.MM.JJ-SSS.CC, clé modulo 97). En cas de patient sans NISS (touriste, patient français ou québécois), utilisez le champ "
          "« identifiant étranger » et joignez la copie de la carte européenne ou de la carte d'assurance maladie.", "Exemple de saisie : 00.00.00-000.00 n'est plus accepté."]),
        ("eHealthBox - quota",
         ["Bonjour,", "", "La boîte eHealthBox du service de néphrologie est pleine (quota 1,5 Go). Merci d'archiver les messages traités de plus de 6 mois.",
          "Rappel : les exports ZIP de l'eHealthBox contiennent des données patients et ne doivent jamais être envoyés en dehors de la messagerie sécurisée."]),
    ]
    subj, body = c.pick(variants)
    return Mail("it_ehealth", "fr", NO, "IT notice on eHealth services / identifier validation rules, no patient", frm,
                [all_staff(c)], subj, "\n".join(body) + G.signature(s, c.rng), date=when)


# ------------------------------------------------------------------ N: phishing warning
def it_phishing(c):
    s, frm = me(c, "informatique")
    when = c.when()
    lang = c.pick(["fr", "en"])
    if lang == "fr":
        body = ["ALERTE SÉCURITÉ", "", "Plusieurs collaborateurs ont reçu un e-mail prétendant venir de « eHealth - Renouvellement de votre accès » avec un lien vers une page de connexion.",
                "Ne cliquez pas. Ne communiquez jamais votre mot de passe ou votre code itsme.", "Si vous avez cliqué, changez immédiatement votre mot de passe et prévenez le helpdesk (poste 4444).",
                G.signature(s, c.rng)]
        subj = "[ALERTE] Tentative d'hameçonnage en cours"
    else:
        body = ["SECURITY ALERT", "", "A phishing campaign impersonating our payroll portal is ongoing. Do not click the link 'View your payslip'.", G.signature(s, c.rng, "en")]
        subj = "[SECURITY] Phishing campaign"
    return Mail("it_phishing", lang, NO, "phishing warning", frm, [all_staff(c)], subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: new account / access
def it_account(c):
    s, frm = me(c, "informatique")
    new = c.pick([x for x in G.STAFF if x[2]] + [("Mathilde", "Ronsse", "", "infirmière"), ("Kevin", "Mbuyi", "", "brancardier")])
    when = c.when()
    body = [f"Bonjour {new[0]},", "", f"Votre compte a été créé. Identifiant : {G.strip_accents(new[0][0] + new[1]).lower()[:8]} - matricule {c.rng.randrange(100000, 999999)}.",
            "Le mot de passe provisoire vous sera communiqué par SMS. Votre carte badge est à retirer à l'accueil du site Porte de Hal.",
            "Les accès au DPI sont limités aux unités dans lesquelles vous travaillez (principe du besoin d'en connaître).", G.signature(s, c.rng)]
    return Mail("it_account", "fr", NO, "new staff account notice", frm, [(G.disp(new), G.staff_addr(new))], "Création de votre compte", "\n".join(body), date=when)


# ------------------------------------------------------------------ N: facilities
def facilities(c):
    lang = c.pick(["fr", "fr", "en"])
    frm = ("Service technique", f"technique@{G.ORG['domain']}")
    when = c.when()
    site = c.pick(G.ORG["sites"])
    if lang == "fr":
        body = c.pick([f"Les ascenseurs B3 et B4 du {site[0]} seront à l'arrêt le {G.fdate(c.later(when, 2, 9), 'fr', 1)} pour maintenance. Les transports de patients alités passeront par l'ascenseur de service C1.",
                       f"Travaux de réfection du parking P2 ({site[0]}) à partir du {G.fdate(c.later(when, 2, 9), 'fr', 1)}. Le personnel est prié d'utiliser le parking relais.",
                       f"Coupure d'eau chaude au bloc opératoire ({site[0]}) mardi de 6 h à 8 h. Les programmes opératoires ont été décalés.",
                       "Menu de la cafétéria cette semaine : lundi waterzooi, mardi boulets liégeois, mercredi végétarien, jeudi poisson, vendredi frites-fricadelles."])
        subj = c.pick(["Info service technique", "Travaux", "Info pratique"])
    else:
        body = f"Heating maintenance at {site[0]} on {G.fdate(c.later(when, 2, 9), 'en')}; portable heaters available from logistics."
        subj = "Facilities notice"
    return Mail("facilities", lang, NO, "facilities notice", frm, [all_staff(c)], subj, body + "\n\nService technique - poste 3300\n", date=when)


# ------------------------------------------------------------------ N: tender / public procurement
def tender(c):
    s, frm = me(c, "achats")
    when = c.when()
    obj = c.pick(["stents coronaires actifs", "pompes à perfusion volumétriques", "réactifs d'hématologie", "prestations de transport non urgent de patients", "lits de soins intensifs"])
    ref = f"GHSM/{when:%Y}/{c.rng.randrange(10, 99)}"
    body = [G.greeting(c.rng, "fr", None, "external"), "", f"Le marché public {ref} relatif à la fourniture de {obj} est publié sur la plateforme e-Procurement.",
            f"Date limite de dépôt des offres : {G.fdate(c.later(when, 20, 45))} à 11 h.", "Critères d'attribution : prix (40 %), qualité technique (40 %), service après-vente (20 %).",
            "Les questions sont à poser exclusivement via la plateforme.", G.signature(s, c.rng)]
    doc = F.docx(f"Cahier spécial des charges {ref}", [f"Objet : fourniture de {obj}", "## Clauses administratives", "Procédure ouverte, marché à bordereau de prix.",
                                                           "## Clauses techniques", "Conformité au règlement (UE) 2017/745 ; marquage CE ; formation des utilisateurs incluse."])
    return Mail("tender", "fr", NO, "public tender notice with specification document", frm,
                [("Fournisseurs enregistrés", "fournisseurs@eprocurement-liste.example")], f"Marché {ref} - {obj}", "\n".join(body),
                attachments=[Att(f"CSC_{ref.replace('/', '_')}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc)], date=when)
