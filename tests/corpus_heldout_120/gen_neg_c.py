"""Negative templates, part C: policies, staff threads, vendor mail, vCards, inventory, accreditation, etc."""
import datetime

from gen_build import Doc, inner_eml
from gen_common import staff, signature, fmt_date, L, pick, ORG, OTHER_ORGS, Person, STAFF
from gen_clin import CAUSES, PD_SOLUTIONS, MEDS, MODALITY, t
from gen_tpl import greet, close, quote, forward_block, join
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_zip, make_vcard
from gen_neg_a import luhn_serial, nurses


def holiday_policy(rng, lang):
    d = Doc(rng, lang, "holiday_policy", False)
    mgr = staff(rng, "manager")
    d.sender, d.to = mgr, [(L(lang, "Équipe dialyse à domicile", "Home dialysis team"), f"equipe.ddom@{ORG['dom']}")]
    d.subject = L(lang, "Procédure révisée - dialyse hors domicile (vacances)", "Revised procedure - dialysis away from home (holidays)")
    d.body = join(greet(rng, lang), "",
                  L(lang, "La procédure pour les patients qui voyagent a été révisée :\n- Demande au moins 8 semaines avant le départ\n- Sérologies VHB/VHC/VIH de moins de 3 mois\n"
                          "- Livraison des solutions à l'hôtel via le fournisseur (délai 3 semaines)\n- Résumé clinique bilingue remis au patient",
                    "The travel procedure has been revised:\n- Request at least 8 weeks before departure\n- HBV/HCV/HIV serologies within 3 months\n"
                    "- Solution delivery to the hotel via the supplier (3 weeks' notice)\n- Bilingual clinical summary given to the patient"),
                  "", signature(rng, mgr, lang))
    d.note = "generic holiday-dialysis procedure"
    return d


def staff_reply_thread(rng, lang):
    d = Doc(rng, lang, "staff_thread", False)
    a, b = staff(rng, "nurse"), staff(rng, "manager")
    d.sender, d.to = b, [a]
    d.reply = True
    topic = rng.choice([("cellulaire de garde", "on-call cell phone", "Le cellulaire de garde ne se recharge plus, peut-on en commander un autre ?",
                         "The on-call phone won't charge anymore, can we order a new one?", "Commandé, arrive jeudi.", "Ordered, arriving Thursday."),
                        ("voiture de service", "fleet car", "La voiture de service 14 a un voyant moteur allumé. Je fais mes visites avec mon auto ?",
                         "Fleet car 14 has a check-engine light. Should I use my own car for visits?", "Oui, réclame le kilométrage (0,54 $/km).", "Yes, claim mileage ($0.54/km)."),
                        ("formation boutonnière", "buttonhole workshop", "Il reste des places pour l'atelier de ponction en boutonnière ?",
                         "Any spots left for the buttonhole workshop?", "Oui, je t'inscris.", "Yes, I'll register you."),
                        ("stationnement", "parking", "Ma vignette de stationnement expire fin du mois, à qui je m'adresse ?",
                         "My parking permit expires at month end, who do I contact?", "Sécurité, poste 2000.", "Security, ext. 2000.")])
    orig = join(greet(rng, lang, b.given), "", t(lang, topic[2:4]), "", a.given)
    d.subject = "RE: " + t(lang, topic[:2])
    d.body = join(t(lang, topic[4:6]), "", b.given, "", quote(rng, lang, a.addr(), d.date - datetime.timedelta(hours=rng.randint(1, 30)), orig))
    if rng.random() < 0.4:
        c = staff(rng, "clerk")
        d.cc = [c]
    d.note = "staff reply thread (logistics)"
    return d


def vendor_forward_eml(rng, lang):
    d = Doc(rng, lang, "vendor_forward", False)
    mgr, tech = staff(rng, "manager"), staff(rng, "tech")
    rep = Person(*STAFF["rep"][rng.randrange(2)], role="rep", domain=OTHER_ORGS["supplier"][1])
    d.sender, d.to = mgr, [tech]
    ibody = join(greet(rng, lang), "",
                 L(lang, f"La version 5.2 du logiciel des cycleurs corrige l'affichage du volume de drainage. Déploiement sur vos appareils (séries {luhn_serial(rng)} à {luhn_serial(rng)}) "
                         "lors du prochain entretien préventif.",
                   f"Cycler software 5.2 fixes the drain volume display. Roll-out on your devices (serials {luhn_serial(rng)} to {luhn_serial(rng)}) "
                   "at the next preventive maintenance."),
                 "", rep.full, OTHER_ORGS["supplier"][0])
    eml = inner_eml(rng, rep.addr(), [mgr.addr()], L(lang, "Mise à jour logicielle 5.2", "Software update 5.2"), d.date - datetime.timedelta(days=2), ibody, lang)
    if rng.random() < 0.6:
        d.attach("message/rfc822", eml, rng.choice([None, "mise_a_jour.eml", "update.eml"]))
        d.body = join(greet(rng, lang, tech.given), "", L(lang, "Pour ton information, peux-tu planifier avec eux ?", "FYI, can you schedule with them?"), "", mgr.given)
    else:
        d.body = join(L(lang, "Pour info.", "FYI."), "", forward_block(rng, lang, rep.addr(), d.date - datetime.timedelta(days=2), mgr.email,
                                                                         L(lang, "Mise à jour logicielle 5.2", "Software update 5.2"), ibody))
    d.subject = L(lang, "TR: Mise à jour logicielle 5.2", "FW: Software update 5.2")
    d.note = "forwarded vendor message"
    return d


def vcard_staff(rng, lang):
    d = Doc(rng, lang, "vcard_staff", False)
    mgr = staff(rng, "manager")
    d.sender, d.to = mgr, nurses(rng, 3)
    who = rng.choice([Person(*STAFF["rep"][rng.randrange(2)], role="rep", domain=OTHER_ORGS["supplier"][1]),
                      Person(*STAFF["watertech"][rng.randrange(2)], role="watertech", domain=OTHER_ORGS["water"][1]),
                      staff(rng, "sw")])
    title = ROLE = None
    org = next((o[0] for o in OTHER_ORGS.values() if o[1] == who.domain), ORG["fr"])
    vc = make_vcard(who.full, who.surname, who.given, org=org, title=L(lang, "Représentant(e)", "Representative") if who.role == "rep" else None,
                    tels=[("WORK", "418 555-01%02d" % rng.randint(50, 99)), ("CELL", "581 555-01%02d" % rng.randint(50, 99))], emails=[who.email])
    d.attach("text/vcard", vc, f"{who.full}.vcf")
    d.subject = L(lang, f"Coordonnées - {who.full}", f"Contact - {who.full}")
    d.body = join(greet(rng, lang), "", L(lang, f"Voici la fiche contact de {who.full}, notre nouvelle personne-ressource.", f"Here is {who.full}'s contact card, our new contact person."),
                  "", signature(rng, mgr, lang, 2))
    d.note = "vCard of a staff member / supplier rep"
    return d


def inventory_csv(rng, lang):
    d = Doc(rng, lang, "stock_inventory", False)
    clerk = staff(rng, "clerk")
    d.sender, d.to = clerk, [staff(rng, "manager")]
    rows = [L(lang, ["Produit", "Lot", "Péremption", "Qté en stock", "Seuil"], ["Product", "Lot", "Expiry", "On hand", "Reorder point"])]
    for s in PD_SOLUTIONS + [("héparine 1 000 U/mL", "heparin 1,000 U/mL"), ("aiguilles 15G", "15G needles"), ("bouchons d'isolement", "minicaps")]:
        rows.append([t(lang, s), f"{rng.choice('ABCDEFGHK')}{rng.randint(10, 99)}{rng.randint(1000, 9999)}", f"2026-{rng.randint(1, 12):02d}", rng.randint(0, 120), rng.randint(10, 40)])
    d.attach("text/csv", make_csv(rows, rng.choice([",", ";"])), L(lang, "inventaire_reserve.csv", "storeroom_stock.csv"), charset=rng.choice(["utf-8", "iso-8859-1", "windows-1252"]))
    d.subject = L(lang, "Inventaire réserve C-3.08", "Storeroom C-3.08 stock count")
    d.body = join(greet(rng, lang), "", L(lang, "Décompte de la réserve de la salle de formation. Icodextrine sous le seuil.", "Training-room storeroom count. Icodextrin below reorder point."),
                  "", signature(rng, clerk, lang, 2))
    d.note = "stock inventory CSV with lot numbers"
    return d


def policy_zip(rng, lang):
    d = Doc(rng, lang, "policy_zip", False)
    mgr = staff(rng, "manager")
    d.sender, d.to = mgr, nurses(rng, 4)
    docs = [(L(lang, "PRO-DDOM-012_peritonite.txt", "PRO-HD-012_peritonitis.txt"),
             L(lang, "Procédure : prise en charge de la péritonite en DP\n1. Prélever le liquide (décompte, Gram, culture)\n2. Antibiotiques IP empiriques selon l'ordonnance collective\n",
               "Procedure: PD peritonitis management\n1. Sample effluent (count, Gram, culture)\n2. Empiric IP antibiotics per standing order\n")),
            (L(lang, "PRO-DDOM-020_eau.txt", "PRO-HD-020_water.txt"),
             L(lang, "Procédure : contrôle du chlore total avant chaque traitement à domicile (< 0,1 mg/L).\n", "Procedure: total chlorine check before each home treatment (< 0.1 mg/L).\n"))]
    docs.append((L(lang, "ordonnance_collective_vierge.pdf", "standing_order_blank.pdf"),
                 make_pdf(L(lang, "Ordonnance collective - gabarit", "Standing order - template"), [L(lang, "Nom du patient : ______  Dossier : ______", "Patient name: ______  MRN: ______"),
                                                                                                   L(lang, "Vancomycine 2 g IP ☐  Céfazoline 1 g IP ☐", "Vancomycin 2 g IP [ ]  Cefazolin 1 g IP [ ]").replace("☐", "[ ]")])))
    d.attach("application/zip", make_zip(docs), L(lang, "procedures_2025.zip", "procedures_2025.zip"))
    d.subject = L(lang, "Procédures révisées 2025", "Revised procedures 2025")
    d.body = join(greet(rng, lang), "", L(lang, "Les procédures révisées sont dans le zip. Lecture obligatoire avant le 30.", "Revised procedures in the zip. Mandatory reading before the 30th."),
                  "", signature(rng, mgr, lang))
    d.note = "ZIP of procedures and blank standing order"
    return d


def accreditation(rng, lang):
    d = Doc(rng, lang, "accreditation", False)
    q = Person("Émilie", "Proulx", "F", "ext")
    d.sender, d.to = (L(lang, "Bureau qualité", "Quality Office"), f"qualite@{ORG['dom']}"), [staff(rng, "manager")]
    d.subject = L(lang, "Visite d'Agrément Canada - préparation", "Accreditation Canada visit - preparation")
    d.body = join(greet(rng, lang), "", L(lang, "Les visiteurs seront dans le secteur de dialyse à domicile le 22 octobre. Pratiques organisationnelles requises visées : "
                                                "bilan comparatif des médicaments, prévention des infections, formation sur les pompes.",
                                                "Surveyors will visit home dialysis on October 22. ROPs in scope: medication reconciliation, infection prevention, infusion pump training."),
                  L(lang, "Merci de vérifier qu'aucun document de patient ne traîne sur les bureaux.", "Please make sure no patient documents are left on desks."),
                  "", "Émilie Proulx", L(lang, "Conseillère qualité", "Quality advisor"))
    d.note = "accreditation preparation"
    return d


def student_placement(rng, lang):
    d = Doc(rng, lang, "student_placement", False)
    mgr = staff(rng, "manager")
    d.sender = (L(lang, "Coordination des stages", "Placement office"), f"stages@cegep-rivages.example")
    d.to = [mgr]
    studs = rng.sample([("Laurie", "Bégin"), ("Maëlle", "Tardif"), ("Jérémy", "Caouette"), ("Océane", "Vigneault"), ("Noah", "Fecteau"), ("Kim", "Ngo")], 3)
    d.subject = L(lang, "Stagiaires en soins infirmiers - automne", "Nursing students - fall placement")
    d.body = join(greet(rng, lang, mgr.given), "", L(lang, "Voici les étudiantes et étudiants assignés à votre secteur (stage de 3e année, 6 semaines) :",
                                                   "Here are the students assigned to your unit (3rd year, 6 weeks):"),
                  "\n".join(f"- {g} {s}" for g, s in studs), L(lang, "Enseignante : Mme Gagné-Lavoie.", "Instructor: Ms. Gagné-Lavoie."), "", L(lang, "Coordination des stages", "Placement office"))
    d.note = "student placement roster"
    return d


def staff_sick(rng, lang):
    d = Doc(rng, lang, "staff_sick_call", False)
    n, mgr = staff(rng, "nurse"), staff(rng, "manager")
    d.sender, d.to = n, [mgr]
    why = pick(rng, lang, ["J'ai une gastro depuis cette nuit", "Mon fils a de la fièvre, la garderie refuse de le prendre", "Je fais une migraine, je ne peux pas conduire",
                           "Mon médecin m'a mise en arrêt 2 semaines (entorse)"],
               ["I've had gastro since last night", "My son has a fever and daycare won't take him", "I have a migraine and can't drive",
                "My doctor put me off for 2 weeks (sprained ankle)"])
    d.subject = L(lang, "Absence aujourd'hui", "Off sick today")
    d.body = join(greet(rng, lang, mgr.given), "", why + L(lang, ", je ne rentrerai pas aujourd'hui. Mes deux visites à domicile de l'après-midi sont à reporter (liste dans le cartable).",
                                                          ", I won't be in today. My two afternoon home visits need rescheduling (list in the binder)."),
                  "", n.given)
    d.note = "staff sick call (staff health)"
    return d


def budget(rng, lang):
    d = Doc(rng, lang, "budget", False)
    mgr = staff(rng, "manager")
    d.sender = (L(lang, "Direction des finances", "Finance"), f"finances@{ORG['dom']}")
    d.to = [mgr]
    rows = [L(lang, ["Poste", "Budget", "Réel", "Écart"], ["Line", "Budget", "Actual", "Variance"])]
    for item in [("Solutions de dialyse", "Dialysis solutions"), ("Location cycleurs", "Cycler rental"), ("Remboursement électricité/eau", "Utility reimbursement"),
                 ("Heures supplémentaires", "Overtime"), ("Kilométrage", "Mileage")]:
        b = rng.randint(20, 900) * 1000
        r = int(b * rng.uniform(0.85, 1.15))
        rows.append([t(lang, item), b, r, r - b])
    d.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx([("P6", rows)]), L(lang, "suivi_budgetaire_P6.xlsx", "budget_tracking_P6.xlsx"))
    d.subject = L(lang, "Suivi budgétaire période 6", "Budget tracking period 6")
    d.body = join(greet(rng, lang), "", L(lang, "Dépassement de 8 % sur les solutions (hausse du nombre de patients en DP). Explication demandée d'ici vendredi.",
                                          "8% over on solutions (more PD patients). Please explain by Friday."), "", L(lang, "Direction des finances", "Finance"))
    d.note = "budget variance report"
    return d


def transplant_info_staff(rng, lang):
    d = Doc(rng, lang, "transplant_info_session", False)
    coord = Person(*STAFF["coord"][rng.randrange(2)], role="coord", domain=OTHER_ORGS["transplant"][1])
    d.sender, d.to = coord, [(L(lang, "Équipe dialyse à domicile", "Home dialysis team"), f"equipe.ddom@{ORG['dom']}")]
    d.subject = L(lang, "Séance d'information - critères de référence en greffe", "Info session - transplant referral criteria")
    d.body = join(greet(rng, lang), "", L(lang, "Nous présenterons les critères de référence mis à jour : DFGe < 15 mL/min ou dialyse, IMC < 40, absence de cancer actif depuis 2 à 5 ans selon le type, "
                                                "évaluation cardiaque si diabète ou > 50 ans.",
                                                "We'll present the updated referral criteria: eGFR < 15 or on dialysis, BMI < 40, no active cancer for 2-5 years by type, "
                                                "cardiac assessment if diabetic or over 50."),
                  L(lang, "Mardi 12 h, Teams. Aucune donnée de patient ne sera présentée.", "Tuesday noon, Teams. No patient data will be presented."), "", signature(rng, coord, lang, 1))
    d.note = "staff info session on transplant criteria"
    return d


def webinar(rng, lang):
    d = Doc(rng, lang, "webinar", False)
    d.sender = ("AquaPur Services techniques", f"info@{OTHER_ORGS['water'][1]}")
    d.to = [staff(rng, "tech")]
    d.subject = L(lang, "Webinaire : entretien des osmoseurs portatifs", "Webinar: portable RO maintenance")
    d.body = join(greet(rng, lang), "", L(lang, "Inscrivez-vous à notre webinaire gratuit du 14 novembre (13 h) : désinfection thermique, remplacement des préfiltres, tests de chlore.",
                                          "Register for our free webinar on November 14 (1 pm): heat disinfection, pre-filter replacement, chlorine testing."),
                  L(lang, "Conférencier : Frédéric Dionne, technicien principal.", "Speaker: Frédéric Dionne, senior technician."), "", "AquaPur")
    d.structure = rng.choice(["html", "alt"])
    d.note = "vendor webinar invitation"
    return d


def delivery_calendar(rng, lang):
    d = Doc(rng, lang, "delivery_calendar", False)
    d.sender = (L(lang, "Répartition NéphroLogis", "NephroLogis dispatch"), f"repartition@{OTHER_ORGS['supplier'][1]}")
    d.to = [staff(rng, "clerk"), staff(rng, "manager")]
    rows = [L(lang, ["Secteur", "Jour de livraison", "Nb d'arrêts (moy.)"], ["Sector", "Delivery day", "Stops (avg.)"])]
    for s in L(lang, ["Nord", "Sud", "Est", "Ouest", "Centre-ville"], ["North", "South", "East", "West", "Downtown"]):
        rows.append([s, rng.choice(L(lang, ["lundi", "mardi", "mercredi", "jeudi"], ["Monday", "Tuesday", "Wednesday", "Thursday"])), rng.randint(6, 18)])
    d.subject = L(lang, "Calendrier des livraisons - période des Fêtes", "Delivery calendar - holiday season")
    d.body = join(greet(rng, lang), "", L(lang, "Pendant les Fêtes, les livraisons du 25 décembre et du 1er janvier sont devancées de deux jours :", "Over the holidays, Dec 25 and Jan 1 deliveries move two days earlier:"),
                  "", "\n".join(" | ".join(str(x) for x in r) for r in rows), "", L(lang, "Répartition", "Dispatch"), OTHER_ORGS["supplier"][0])
    d.note = "delivery calendar by sector (aggregate)"
    return d


def patient_association(rng, lang):
    d = Doc(rng, lang, "patient_association", False)
    d.sender = (L(lang, "Association des personnes dialysées de l'Est", "Eastern Dialysis Patients' Association"), "info@apde.example")
    d.to = [staff(rng, "manager")]
    d.subject = L(lang, "Marche du rein 2025 - affiche", "Kidney Walk 2025 - poster")
    d.body = join(greet(rng, lang), "", L(lang, "Pourriez-vous afficher l'invitation à la Marche du rein (dimanche 8 juin, parc riverain) dans la salle d'attente ? "
                                                "Les fonds amassés financent le transport des patients vers leurs traitements.",
                                                "Could you post the Kidney Walk invitation (Sunday June 8, riverside park) in the waiting room? "
                                                "Funds raised support patients' transport to treatment."), "", L(lang, "Le conseil d'administration", "The board"))
    d.note = "patient association event (no patient data)"
    return d


def courier_tracking(rng, lang):
    d = Doc(rng, lang, "courier_tracking", False)
    d.sender = ("Expédix Courrier", "suivi@expedix.example")
    d.to = [staff(rng, "clerk")]
    trk = "".join(rng.choice("0123456789") for _ in range(12))
    d.subject = L(lang, f"Votre envoi {trk} a été livré", f"Your shipment {trk} was delivered")
    d.body = join(L(lang, f"Envoi : {trk}\nDestinataire : CHUTR - Dialyse à domicile, réception C-3\nSigné par : S. DUFRESNE\nPoids : 14,2 kg (3 colis)",
                        f"Shipment: {trk}\nConsignee: CHUTR - Home dialysis, C-3 receiving\nSigned by: S. DUFRESNE\nWeight: 14.2 kg (3 parcels)"), "",
                  L(lang, "Merci d'avoir choisi Expédix.", "Thank you for choosing Expédix."))
    d.note = "courier tracking notice"
    return d


def privacy_training(rng, lang):
    d = Doc(rng, lang, "privacy_training", False)
    d.sender = (L(lang, "Bureau de la protection des renseignements personnels", "Privacy Office"), f"vie.privee@{ORG['dom']}")
    d.to = [(L(lang, "Tout le personnel", "All staff"), f"tous@{ORG['dom']}")]
    d.subject = L(lang, "Rappel - confidentialité des courriels", "Reminder - e-mail confidentiality")
    d.body = join(greet(rng, lang), "",
                  L(lang, "N'inscrivez jamais le nom d'un patient, son NAM (ex. : ABCD 1234 5678) ni son numéro de dossier dans l'objet d'un courriel. "
                          "Utilisez le chiffrement pour tout envoi externe contenant un diagnostic ou des résultats de laboratoire.",
                    "Never put a patient's name, health card number (e.g. ABCD 1234 5678) or chart number in an e-mail subject. "
                    "Use encryption for any external message containing a diagnosis or lab results."),
                  L(lang, "Formation en ligne obligatoire d'ici le 31 mars (45 minutes).", "Mandatory online training by March 31 (45 minutes)."), "",
                  L(lang, "Bureau de la protection des renseignements personnels", "Privacy Office"))
    d.note = "privacy reminder mentioning identifier types, no patient"
    return d


TEMPLATES = [(holiday_policy, 3), (staff_reply_thread, 6), (vendor_forward_eml, 4), (vcard_staff, 4), (inventory_csv, 5),
             (policy_zip, 3), (accreditation, 4), (student_placement, 3), (staff_sick, 4), (budget, 4), (transplant_info_staff, 4),
             (webinar, 4), (delivery_calendar, 4), (patient_association, 3), (courier_tracking, 3), (privacy_training, 3)]
