# -*- coding: utf-8 -*-
"""Negative (non-confidential) templates, part B: IT, facilities, statistics,
teaching cases, blank forms, templates, shortages, recalls, research, social
notes, directories, invitations, protocols, threads, archives."""
import datetime as dt
import html as _h

import gen_common as C
import gen_docs as D
from gen_ctx import A
from gen_mime import Mail, serialize

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _dist(x):
    return (x.t("Personnel — Mère-enfant", "Mother-child staff"), "personnel-mereenfant@" + C.DOM)


# ---------------------------------------------------------------- N13 IT
def n_it(x):
    it = [s for s in C.STAFF if "IT" in s[4]][0]
    kind = x.pick(["migration", "mfa", "phish", "printer"])
    d = x.days(x.rng.randrange(3, 15))
    if kind == "migration":
        text = x.t("Bonjour,\n\nLa mise à niveau du dossier obstétrical électronique aura lieu dans la nuit du %s, de 2 h à 4 h. "
                   "Pendant l'interruption, utilisez les formulaires papier (partogramme, feuille de surveillance fœtale) "
                   "rangés au poste. Billet de service no INC%07d.\n",
                   "Hello,\n\nThe electronic obstetric record upgrade will take place overnight on %s, 2-4 am. "
                   "During the outage use the paper forms (partogram, fetal monitoring sheet) at the nursing station. "
                   "Ticket INC%07d.\n") % (x.date(d), x.rng.randrange(10 ** 6, 10 ** 7))
        subj = x.t("Interruption planifiée — dossier obstétrical", "Planned outage - obstetric record")
    elif kind == "mfa":
        text = x.t("À compter du %s, l'authentification multifacteur sera obligatoire pour le webmail et le VPN. "
                   "Installez l'application d'authentification et présentez-vous au comptoir TI (local B-012) "
                   "avec votre carte d'employé.\n",
                   "Starting %s, multi-factor authentication is mandatory for webmail and VPN. Install the authenticator app "
                   "and come to the IT counter (room B-012) with your staff ID.\n") % x.date(d)
        subj = x.t("Authentification multifacteur obligatoire", "Mandatory multi-factor authentication")
    elif kind == "phish":
        text = x.t("Attention : un courriel frauduleux intitulé « Résultats de laboratoire en attente » circule. "
                   "Il provient d'une adresse externe et demande vos identifiants. Ne cliquez pas ; transférez-le "
                   "à securite@%s.\n",
                   "Warning: a fraudulent e-mail titled 'Pending lab results' is circulating. It comes from an external "
                   "address and asks for your credentials. Do not click; forward it to securite@%s.\n") % C.DOM
        subj = x.t("Alerte hameçonnage", "Phishing alert")
    else:
        text = x.t("L'imprimante d'étiquettes du poste de l'unité des naissances (PRT-UN-03, no série %s) est remplacée "
                   "demain matin. Utilisez PRT-UN-04 d'ici là.\n",
                   "The label printer at the birthing unit station (PRT-UN-03, S/N %s) will be replaced tomorrow morning. "
                   "Use PRT-UN-04 in the meantime.\n") % C.luhn_serial(x.rng, 12)
        subj = x.t("Remplacement d'imprimante", "Printer replacement")
    return x.mail(category="it", note=x.t("avis informatique", "IT notice"), frm=x.who(it), to=[_dist(x)],
                  subject=subj, text=text + "\n" + x.sig(it))


# ---------------------------------------------------------------- N14 facilities
def n_facilities(x):
    fac = [s for s in C.STAFF if "facilities" in s[4]][0]
    d = x.days(x.rng.randrange(2, 12))
    kind = x.pick(["water", "elevator", "hvac", "parking"])
    msg = {"water": x.t("Coupure d'eau chaude au 3e étage (unité des naissances et postnatal) le %s de 13 h à 15 h. "
                        "Les bains thérapeutiques seront indisponibles.", "Hot-water shutdown on the 3rd floor (birthing and "
                        "postnatal units) on %s, 1-3 pm. Birthing tubs will be unavailable."),
           "elevator": x.t("L'ascenseur no 2 sera hors service le %s pour inspection annuelle. Utilisez l'ascenseur no 4 "
                           "pour les transferts en civière.", "Elevator 2 will be out of service on %s for annual inspection. "
                           "Use elevator 4 for stretcher transfers."),
           "hvac": x.t("Travaux de ventilation dans les salles d'accouchement 5 à 8 le %s. Les salles seront fermées "
                       "par rotation.", "Ventilation work in delivery rooms 5-8 on %s. Rooms will close in rotation."),
           "parking": x.t("Le stationnement P2 sera repeint le %s ; les vignettes du personnel sont acceptées au P3.",
                          "Parking lot P2 will be repainted on %s; staff permits are accepted in P3.")}[kind] % x.date(d)
    text = msg + "\n\n" + x.t("Services techniques — poste 2100 / urgence 450-555-0199", "Facilities — ext. 2100 / emergency 450-555-0199") \
        + "\n\n" + x.sig(fac)
    return x.mail(category="facilities", note=x.t("avis des services techniques", "facilities notice"),
                  frm=x.who(fac), to=[_dist(x)], subject=x.t("Avis de travaux", "Maintenance notice"), text=text)


# ---------------------------------------------------------------- N15 aggregate statistics
def n_stats(x):
    qa = x.role("mgr", "edu")
    months = [x.t(m, e) for m, e in zip(C.MOIS, C.MONTH)][:6]
    rows = [[x.t("Mois", "Month"), x.t("Naissances", "Births"), x.t("Césariennes %", "C-section %"), "HPP %" if x.fr else "PPH %",
             x.t("Allaitement exclusif %", "Exclusive BF %"), x.t("Dépistage SGB %", "GBS screened %")]]
    for m in months:
        rows.append([m, x.rng.randrange(95, 160), round(x.rng.uniform(19, 29), 1), round(x.rng.uniform(2.5, 6.0), 1),
                     round(x.rng.uniform(60, 80), 1), round(x.rng.uniform(92, 99.5), 1)])
    body = "\n".join(" | ".join(str(v) for v in r) for r in rows)
    text = x.t("Bonjour,\n\nIndicateurs du semestre (données agrégées, aucune donnée nominative) :\n\n%s\n\n"
               "Le tableau complet est joint.\n\n%s\n",
               "Hello,\n\nSemester indicators (aggregate data only, no identifiers):\n\n%s\n\nFull table attached.\n\n%s\n") % (body, x.sig(qa))
    data = D.xlsx_file(x.t("Indicateurs", "Indicators"), rows)
    html = ("<html><body><p>%s</p><table border=1>" % _h.escape(x.t("Indicateurs du semestre", "Semester indicators"))
            + "".join("<tr>" + "".join("<td>%s</td>" % _h.escape(str(v)) for v in r) + "</tr>" for r in rows)
            + "</table><p>%s</p></body></html>" % _h.escape(C.dr(qa, x.lang)))
    return x.mail(category="statistics", note=x.t("statistiques agrégées", "aggregate statistics"),
                  frm=x.who(qa), to=[(x.t("Comité de direction", "Management committee"), "direction@" + C.DOM)],
                  subject=x.t("Indicateurs périnatalité", "Perinatal indicators"), text=text, html=html,
                  atts=[A(x.t("indicateurs.xlsx", "indicators.xlsx"), XLSX, data)] if x.rng.random() < .6 else [])


# ---------------------------------------------------------------- N16 de-identified teaching case
def n_teaching(x):
    ed = x.role("ob", "ped")
    age = x.rng.randrange(22, 41)
    case = x.pick([
        ("Une femme de %d ans, G2P1, se présente à 34+2 SA pour céphalée et phosphènes. TA 162/104, protéinurie 3+, "
         "plaquettes 88, ALT 140.\n\n1. Quel est votre diagnostic ?\n2. Quelle est la dose de charge de sulfate de magnésium ?\n"
         "3. Quand planifier l'accouchement ?",
         "A %d-year-old G2P1 presents at 34+2 weeks with headache and visual disturbances. BP 162/104, 3+ proteinuria, "
         "platelets 88, ALT 140.\n\n1. What is your diagnosis?\n2. What is the magnesium sulfate loading dose?\n"
         "3. When should delivery be planned?"),
        ("Une primipare de %d ans accouche par voie vaginale après un travail de 19 h. Vingt minutes plus tard, les "
         "saignements atteignent 900 mL ; l'utérus est mou.\n\n1. Quelles sont les 4 causes à évaluer ?\n"
         "2. Quels utérotoniques, dans quel ordre ?\n3. Quand appeler l'anesthésie ?",
         "A %d-year-old primip delivers vaginally after a 19-hour labour. Twenty minutes later blood loss reaches 900 mL "
         "and the uterus is boggy.\n\n1. Which 4 causes do you assess?\n2. Which uterotonics, in what order?\n"
         "3. When do you call anaesthesia?"),
        ("Un nouveau-né à terme, allaité, de mère âgée de %d ans, a une bilirubine de 290 µmol/L à 60 h de vie.\n\n"
         "1. Où se situe-t-il sur la courbe ?\n2. Photothérapie : oui ou non ?\n3. Quel suivi après le congé ?",
         "A breastfed term newborn (mother aged %d) has a bilirubin of 290 umol/L at 60 hours.\n\n"
         "1. Where does this fall on the nomogram?\n2. Phototherapy or not?\n3. What follow-up after discharge?")])
    if x.fr:
        text = ("Cas clinique de la semaine (dépersonnalisé)\n\n" + case[0] % age +
                "\n\nRéponses vendredi à la réunion des résidents.\n\n%s\n") % x.sig(ed)
        subj = "Cas clinique de la semaine"
    else:
        text = ("Case of the week (de-identified)\n\n" + case[1] % age +
                "\n\nAnswers Friday at resident rounds.\n\n%s\n") % x.sig(ed)
        subj = "Case of the week"
    return x.mail(category="teaching_case", note=x.t("cas d'enseignement dépersonnalisé", "de-identified teaching case"),
                  frm=x.who(ed), to=[(x.t("Résidents obst-gyn", "OB-GYN residents"), "residents-obgyn@" + C.DOM)],
                  subject=subj, text=text)


# ---------------------------------------------------------------- N17 blank form (PDF)
def n_blank_form(x):
    sec = x.role("clerk", "ibclc")
    lines = [x.t("DEMANDE DE CONSULTATION — ALLAITEMENT", "LACTATION CONSULTATION REQUEST"), "",
             x.t("Nom de la mère : ______________________  Prénom : ______________", "Mother's name: ______________________  Given: ______________"),
             x.t("NAM : ____ ____ ____    DDN : ____/____/______", "Health no.: ____ ____ ____    DOB: ____/____/______"),
             x.t("Nom du bébé : ______________________  Date de naissance : __________", "Baby's name: ______________________  Date of birth: __________"),
             x.t("Motif : [ ] crevasses  [ ] faible production  [ ] perte de poids > 10 %  [ ] ankyloglossie",
                 "Reason: [ ] cracked nipples  [ ] low supply  [ ] weight loss > 10%  [ ] tongue-tie"),
             x.t("Médication actuelle : ______________________________", "Current medication: ______________________________"),
             x.t("Téléphone de la patiente : (____) ____-______", "Patient phone: (____) ____-______"),
             "", x.t("Télécopier au 450-555-0145 ou envoyer à allaitement@", "Fax to 450-555-0145 or e-mail lactation@") + C.DOM]
    data = D.pdf(x.t("Formulaire", "Form"), lines)
    text = x.t("Bonjour,\n\nVoici la version vierge mise à jour du formulaire de demande de consultation en allaitement "
               "(rév. %s). Merci de détruire les anciennes copies.\n\n%s\n",
               "Hi,\n\nHere is the updated blank lactation consultation request form (rev. %s). Please discard old copies.\n\n%s\n") % (
        x.today.strftime("%Y-%m"), x.sig(sec))
    return x.mail(category="blank_form", note=x.t("formulaire vierge", "blank form"), frm=x.who(sec), to=[_dist(x)],
                  subject=x.t("Formulaire vierge — consultation allaitement", "Blank form - lactation consult"), text=text,
                  atts=[A(x.t("formulaire_allaitement_vierge.pdf", "lactation_form_blank.pdf"), "application/pdf", data)])


# ---------------------------------------------------------------- N18 mail-merge template
def n_template(x):
    sec = x.role("clerk")
    tpl = x.t("Bonjour {{titre}} {{prenom}} {{nom}},\n\nVotre rendez-vous de suivi de grossesse est prévu le {{date_rdv}} à {{heure}} "
              "avec {{professionnel}}.\nNAM : {{nam}} — Date de naissance : {{ddn}}\nMerci d'apporter votre carte.\n",
              "Dear {{title}} {{first_name}} {{last_name}},\n\nYour prenatal visit is booked on {{appt_date}} at {{time}} "
              "with {{clinician}}.\nHealth no.: {{health_no}} — DOB: {{dob}}\nPlease bring your card.\n")
    text = x.t("Bonjour,\n\nVoici le gabarit de publipostage révisé pour les rappels de rendez-vous. Les champs entre "
               "accolades sont remplis automatiquement par l'agenda.\n\n----- GABARIT -----\n%s----- FIN -----\n\n%s\n",
               "Hi,\n\nHere is the revised mail-merge template for appointment reminders. Fields in braces are filled "
               "in by the scheduling system.\n\n----- TEMPLATE -----\n%s----- END -----\n\n%s\n") % (tpl, x.sig(sec))
    atts = []
    if x.rng.random() < .5:
        atts = [A(x.t("gabarit_rappel.docx", "reminder_template.docx"), DOCX,
                  D.docx_file(x.t("Gabarit de rappel", "Reminder template"), tpl.split("\n")))]
    return x.mail(category="template", note=x.t("gabarit de publipostage", "mail-merge template"),
                  frm=x.who(sec), to=[x.who(x.role("mgr"))], subject=x.t("Gabarit de rappel révisé", "Revised reminder template"),
                  text=text, atts=atts)


# ---------------------------------------------------------------- N19 drug shortage
def n_shortage(x):
    ph = x.pick([s for s in C.STAFF if "pharm" in s[3]])
    drug = x.pick([("Diclectin (doxylamine-pyridoxine)", "Diclectin (doxylamine-pyridoxine)",
                    "doxylamine seule + pyridoxine 25 mg", "doxylamine alone + pyridoxine 25 mg"),
                   ("Carboprost (Hemabate)", "Carboprost (Hemabate)", "misoprostol 800 µg IR", "misoprostol 800 mcg PR"),
                   ("Rhophylac 300 µg", "Rhophylac 300 mcg", "WinRho SDF 300 µg", "WinRho SDF 300 mcg"),
                   ("dompéridone 10 mg", "domperidone 10 mg", "aucune ; prioriser les tétées et l'expression", "none; prioritise feeds and expression")])
    text = x.t("AVIS DE PÉNURIE\n\nProduit : %s\nDurée prévue : %d semaines\nAlternative proposée : %s\n"
               "Les ordonnances en cours seront converties par la pharmacie. Aucune action requise pour les patientes déjà servies.\n\n%s\n",
               "SHORTAGE NOTICE\n\nProduct: %s\nExpected duration: %d weeks\nSuggested alternative: %s\n"
               "Active orders will be converted by pharmacy. No action needed for patients already dispensed.\n\n%s\n") % (
        drug[0] if x.fr else drug[1], x.rng.randrange(2, 12), drug[2] if x.fr else drug[3], x.sig(ph))
    return x.mail(category="drug_shortage", note=x.t("avis de pénurie de médicament", "drug shortage notice"),
                  frm=x.who(ph), to=[_dist(x)], subject=x.t("Pénurie — ", "Shortage - ") + (drug[0] if x.fr else drug[1]), text=text)


# ---------------------------------------------------------------- N20 recall
def n_recall(x):
    bio = x.role("bio", "pharm")
    lot = C.luhn_serial(x.rng, 9)
    lot_fmt = x.pick([lot, lot[:3] + " " + lot[3:6] + " " + lot[6:], lot[:4] + "-" + lot[4:]])
    prod = x.pick([x.t("capteurs de tocodynamomètre", "tocodynamometer transducers"),
                   x.t("trousses de tire-lait à usage unique", "single-use breast pump kits"),
                   x.t("sondes de Doppler fœtal", "fetal Doppler probes"),
                   x.t("tubes de prélèvement néonatal (bilirubine)", "neonatal collection tubes (bilirubin)")])
    text = x.t("RAPPEL DE PRODUIT — classe II\n\nProduit : %s\nLot : %s (fabrication %s)\nMotif : défaut d'étanchéité signalé par le fabricant.\n"
               "Action : retirer les unités de ce lot des salles et les déposer au magasin central avant le %s.\n\n%s\n",
               "PRODUCT RECALL - class II\n\nProduct: %s\nLot: %s (manufactured %s)\nReason: seal defect reported by the manufacturer.\n"
               "Action: remove units from this lot from all rooms and return them to central stores before %s.\n\n%s\n") % (
        prod, lot_fmt, x.days(-x.rng.randrange(60, 300)).strftime("%Y-%m"), x.date(x.days(5)), x.sig(bio))
    return x.mail(category="recall", note=x.t("rappel de lot de matériel", "device lot recall"), frm=x.who(bio), to=[_dist(x)],
                  subject=x.t("Rappel de lot %s", "Lot recall %s") % lot_fmt, text=text)


# ---------------------------------------------------------------- N21 research protocol
def n_research(x):
    pi = x.role("ob", "ped")
    text = x.t("Bonjour,\n\nLe CER a approuvé le protocole ALLAITE-2 (no CER-%d-%03d) : essai randomisé à double insu "
               "dompéridone vs placebo chez les mères d'enfants prématurés (< 34 SA) ayant une production insuffisante.\n"
               "Critères d'inclusion : mère ≥ 18 ans, expression du lait ≥ 7 jours, volume < 300 mL/24 h.\n"
               "Exclusion : QTc > 450 ms, prise de médicaments interagissant avec le CYP3A4.\n"
               "Recrutement : 120 participantes sur 18 mois. Aucune donnée nominative ne doit être transmise par courriel.\n\n%s\n",
               "Hello,\n\nThe REB has approved the ALLAITE-2 protocol (REB-%d-%03d): a double-blind randomised trial of "
               "domperidone vs placebo in mothers of preterm infants (<34 wks) with low milk supply.\n"
               "Inclusion: mother >= 18, expressing >= 7 days, volume < 300 mL/24 h.\n"
               "Exclusion: QTc > 450 ms, CYP3A4-interacting drugs.\nRecruitment: 120 participants over 18 months. "
               "No identifiable data may be sent by e-mail.\n\n%s\n") % (x.today.year, x.rng.randrange(1, 999), x.sig(pi))
    return x.mail(category="research_protocol", note=x.t("protocole de recherche sans participantes", "research protocol without participants"),
                  frm=x.who(pi), to=[_dist(x)], subject=x.t("Protocole ALLAITE-2 approuvé", "ALLAITE-2 protocol approved"), text=text)


# ---------------------------------------------------------------- N22 colleague's baby
def n_baby(x):
    soc = x.staff()
    col = x.pick([s for s in C.STAFF if s[2] == "F"])
    bname = x.pick(["Léa", "Arthur", "Juliette", "Félix", "Mila", "Thomas"])
    bd = x.days(-x.rng.randrange(1, 10))
    text = x.t("Bonne nouvelle !\n\nNotre collègue %s (%s) a donné naissance à %s le %s, %d g. La maman et le bébé vont très bien.\n"
               "Une carte circule au poste 3 Nord pour qui veut signer ; collecte pour un cadeau jusqu'à vendredi.\n\n"
               "Le comité social\n",
               "Good news!\n\nOur colleague %s (%s) welcomed %s on %s, %d g. Mom and baby are doing great.\n"
               "A card is at the 3 North desk for signatures; gift collection until Friday.\n\nThe social committee\n") % (
        col[0] + " " + col[1], col[3] if x.fr else col[4], bname, x.date(bd), x.rng.randrange(2900, 4100, 10))
    return x.mail(category="social_committee", note=x.t("annonce de naissance du bébé d'une collègue", "colleague's baby announcement"),
                  frm=x.who(soc), to=[_dist(x)], subject=x.t("Bienvenue bébé %s !", "Welcome baby %s!") % bname, text=text)


# ---------------------------------------------------------------- N23 staff birthdays
def n_birthdays(x):
    soc = x.staff()
    month = x.today.month % 12 + 1
    people = x.rng.sample(C.STAFF, 5)
    lines = ["- %s %s : %d %s" % (p[0], p[1], x.rng.randrange(1, 29), C.MOIS[month - 1]) if x.fr else
             "- %s %s: %s %d" % (p[0], p[1], C.MONTH[month - 1], x.rng.randrange(1, 29)) for p in people]
    text = x.t("Bonjour à tous,\n\nLes anniversaires du mois de %s :\n%s\n\nGâteau au salon du personnel le premier vendredi du mois !\n",
               "Hi everyone,\n\n%s birthdays:\n%s\n\nCake in the staff lounge on the first Friday of the month!\n") % (
        (C.MOIS if x.fr else C.MONTH)[month - 1], "\n".join(lines))
    return x.mail(category="social_committee", note=x.t("anniversaires du personnel", "staff birthdays"), frm=x.who(soc),
                  to=[_dist(x)], subject=x.t("Anniversaires du mois", "Birthdays this month"), text=text)


# ---------------------------------------------------------------- N24 physician directory
def n_directory(x):
    sec = x.role("clerk")
    docs = [s for s in C.STAFF if any(k in s[4] for k in ("obstetric", "maternal", "paediatrician", "anaesth", "family"))]
    focus = {"Brissette": x.t("grossesses gémellaires, placenta prævia", "twin pregnancies, placenta praevia"),
             "Mensah": x.t("diabète gestationnel, obésité en grossesse", "gestational diabetes, obesity in pregnancy"),
             "Khoury": x.t("prééclampsie, lupus, RCIU", "pre-eclampsia, lupus, FGR"),
             "Chartrand": x.t("ictère néonatal, hypoglycémie néonatale", "neonatal jaundice, neonatal hypoglycaemia"),
             "Okafor": x.t("analgésie péridurale, césariennes", "epidural analgesia, caesareans"),
             "Raman-Kwan": x.t("suivi de grossesse à bas risque, dépression post-partum", "low-risk prenatal care, postpartum depression"),
             "Stewart": x.t("AVAC, version céphalique externe", "VBAC, external cephalic version")}
    lines = ["%s — %s — %s" % (C.dr(d, x.lang), focus.get(d[1], d[3] if x.fr else d[4]), x.pick(C.CLINIC_PHONE)) for d in docs]
    text = x.t("Bottin à jour des médecins du département (cliniques et intérêts) :\n\n%s\n\n%s\n",
               "Updated department physician directory (clinics and interests):\n\n%s\n\n%s\n") % ("\n".join(lines), x.sig(sec))
    return x.mail(category="directory", note=x.t("bottin des médecins et leurs domaines", "physician directory with clinical interests"),
                  frm=x.who(sec), to=[_dist(x)], subject=x.t("Bottin médical — mise à jour", "Physician directory - update"), text=text)


# ---------------------------------------------------------------- N25 meeting invitation (ICS)
def n_meeting(x):
    org = x.role("mgr", "edu")
    d0 = x.days(x.rng.randrange(3, 20))
    while d0.weekday() > 4:
        d0 += dt.timedelta(days=1)
    when = dt.datetime.combine(d0, dt.time(x.pick([8, 12, 14]), 0))
    topic = x.pick([x.t("Réunion d'équipe — unité des naissances", "Birthing unit team meeting"),
                    x.t("Simulation HPP — salle 6", "PPH simulation - room 6"),
                    x.t("Comité allaitement (IAB)", "Baby-Friendly committee")])
    ical = D.ics("mtg-%d@%s" % (x.rng.randrange(10 ** 6), C.DOM), when, 60, topic, x.t("Salle 2-114 / Teams", "Room 2-114 / Teams"),
                 x.t("Ordre du jour à venir. Café offert.", "Agenda to follow. Coffee provided."), C.email_of(org[0], org[1]))
    text = x.t("Vous êtes invité(e) : %s, %s.\n\n%s\n", "You are invited: %s, %s.\n\n%s\n") % (
        topic, C.day_fr(when.date()) if x.fr else C.day_en(when.date()), x.sig(org, False))
    return x.mail(category="meeting", note=x.t("invitation à une réunion (ICS)", "meeting invitation (ICS)"),
                  frm=x.who(org), to=[_dist(x)], subject=topic, text=text,
                  atts=[A("invite.ics", "text/calendar", ical, charset="utf-8", cte=x.pick(["quoted-printable", "base64", "8bit"]))])


# ---------------------------------------------------------------- N26 vCard (vendor / new colleague)
def n_vcard(x):
    buyer = x.role("buy")
    rep = x.pick([("Marco", "Bellini", "Représentant, Medeco Fournitures", "Sales rep, Medeco Supplies", "medeco-fournitures.example"),
                  ("Julie", "Ferland", "Conseillère clinique, OrderPoint Medical", "Clinical advisor, OrderPoint Medical", "orderpoint-medical.example")])
    vc = D.vcard(rep[0], rep[1], tel="514-555-01%02d" % x.rng.randrange(100), email=C.email_of(rep[0], rep[1], rep[4]),
                 org=rep[3].split(", ")[1], title=rep[2].split(",")[0] if x.fr else rep[3].split(",")[0])
    text = x.t("Bonjour,\n\nJe vous transmets les coordonnées de notre nouvelle personne-ressource pour les tire-lait et moniteurs.\n\n%s\n",
               "Hello,\n\nSharing the contact details of our new account rep for breast pumps and monitors.\n\n%s\n") % x.sig(buyer)
    return x.mail(category="vendor_contact", note=x.t("carte de contact d'un fournisseur", "vendor contact card"),
                  frm=x.who(buyer), to=[_dist(x)], subject=x.t("Nouvelle personne-ressource fournisseur", "New vendor contact"),
                  text=text, atts=[A("%s_%s.vcf" % (rep[0], rep[1]), "text/vcard", vc, charset="utf-8", cte=x.pick(["7bit", "base64", "quoted-printable"]))])


# ---------------------------------------------------------------- N27 training
def n_training(x):
    ed = [s for s in C.STAFF if "formation" in s[3]][0]
    course = x.pick([x.t("PRN — Programme de réanimation néonatale (8e éd.)", "NRP — Neonatal Resuscitation Program (8th ed.)"),
                     x.t("ALARM — urgences obstétricales", "ALARM — obstetric emergencies"),
                     x.t("Surveillance fœtale intrapartum (SFSO)", "Intrapartum fetal surveillance (FHS)")])
    ds = sorted(x.days(x.rng.randrange(10, 90)) for _ in range(3))
    dates = ", ".join((C.day_fr(d) if x.fr else C.day_en(d)) for d in ds)
    text = x.t("Formation : %s\nDates : %s\nDurée : 7 h, dîner fourni\nInscription dans le portail avant le %s. "
               "Priorité au personnel de l'unité des naissances.\n\n%s\n",
               "Course: %s\nDates: %s\nLength: 7 h, lunch provided\nRegister in the portal before %s. "
               "Birthing unit staff have priority.\n\n%s\n") % (course, dates, x.date(x.days(8)), x.sig(ed))
    return x.mail(category="training", note=x.t("annonce de formation", "training announcement"), frm=x.who(ed), to=[_dist(x)],
                  subject=x.t("Inscriptions — ", "Registration - ") + course.split(" — ")[0], text=text)


# ---------------------------------------------------------------- N28 protocol update
def n_protocol(x):
    chief = x.role("ob", "mgr")
    if x.rng.random() < .5:
        which = x.pick([
            (x.t("Protocole HPP révisé", "Revised PPH protocol"),
             x.t("Bonjour,\n\nLe protocole d'hémorragie post-partum est révisé :\n- acide tranexamique 1 g IV dès 500 mL (AVS) ou 1 000 mL (césarienne) ;\n"
                 "- carboprost 250 µg IM q15 min, max 8 doses ;\n- code HPP au poste 3333 si perte > 1 500 mL.\n"
                 "Entrée en vigueur le %s.\n\n%s\n",
                 "Hello,\n\nThe postpartum haemorrhage protocol has been revised:\n- tranexamic acid 1 g IV at 500 mL (vaginal) or 1000 mL (caesarean);\n"
                 "- carboprost 250 mcg IM q15 min, max 8 doses;\n- call the PPH code at 3333 if loss > 1500 mL.\n"
                 "Effective %s.\n\n%s\n")),
            (x.t("Ordonnance collective — ictère néonatal", "Standing order - neonatal jaundice"),
             x.t("Bonjour,\n\nL'ordonnance collective de dépistage de l'ictère est mise à jour : bilirubinomètre transcutané "
                 "à 24-72 h pour tous les nouveau-nés ; bilirubine sérique si la mesure dépasse le 75e percentile.\n"
                 "Entrée en vigueur le %s.\n\n%s\n",
                 "Hello,\n\nThe jaundice screening standing order is updated: transcutaneous bilirubin at 24-72 h for all "
                 "newborns; serum bilirubin if above the 75th centile.\nEffective %s.\n\n%s\n"))])
        return x.mail(category="protocol", note=x.t("révision de protocole clinique", "clinical protocol revision"),
                      frm=x.who(chief), to=[_dist(x)], subject=which[0], text=which[1] % (x.date(x.days(10)), x.sig(chief)))
    text = x.t("Bonjour,\n\nLe protocole de déclenchement du travail est révisé (version 2025-%02d) :\n"
               "- misoprostol 25 µg PO/IV q2h (max 6 doses) si Bishop < 6 ;\n- ballonnet de Foley en externe pour les AVAC ;\n"
               "- oxytocine : départ 2 mU/min, augmentation de 2 mU/min q30 min.\n"
               "Le document complet est sur l'intranet. Entrée en vigueur le %s.\n\n%s\n",
               "Hello,\n\nThe induction of labour protocol has been revised (version 2025-%02d):\n"
               "- misoprostol 25 mcg PO q2h (max 6 doses) if Bishop < 6;\n- outpatient Foley balloon for TOLAC;\n"
               "- oxytocin: start 2 mU/min, increase by 2 mU/min q30 min.\n"
               "Full document on the intranet. Effective %s.\n\n%s\n") % (x.rng.randrange(1, 12), x.date(x.days(10)), x.sig(chief))
    return x.mail(category="protocol", note=x.t("révision de protocole clinique", "clinical protocol revision"),
                  frm=x.who(chief), to=[_dist(x)], subject=x.t("Protocole de déclenchement révisé", "Revised induction protocol"), text=text)


# ---------------------------------------------------------------- N29 patient education leaflet
def n_leaflet(x):
    com = x.role("com")
    topic = x.pick([(x.t("L'ictère chez le nouveau-né", "Jaundice in newborns"),
                     x.t("La jaunisse touche 6 bébés sur 10. Consultez si votre bébé boit mal ou si la couleur jaune atteint le ventre.",
                         "Jaundice affects 6 in 10 babies. See a nurse if your baby feeds poorly or the yellow colour reaches the belly.")),
                    (x.t("Les premiers jours d'allaitement", "The first days of breastfeeding"),
                     x.t("Offrez le sein 8 à 12 fois par 24 h. Des couches mouillées (6+ au jour 6) sont un bon signe.",
                         "Offer the breast 8-12 times in 24 h. Wet diapers (6+ by day 6) are a good sign.")),
                    (x.t("Le baby blues et la dépression post-partum", "Baby blues and postpartum depression"),
                     x.t("Le baby blues dure moins de 2 semaines. Au-delà, parlez-en à votre infirmière ou appelez Info-Santé 811.",
                         "The baby blues last under 2 weeks. Beyond that, talk to your nurse or call 811."))])
    data = D.pdf(topic[0], [topic[1], "", x.t("Pour joindre la clinique : ", "Clinic: ") + x.pick(C.CLINIC_PHONE)])
    text = x.t("Bonjour,\n\nVoici l'épreuve finale du dépliant « %s » pour impression (5 000 exemplaires). Merci de confirmer.\n\n%s\n",
               "Hi,\n\nFinal proof of the '%s' leaflet for printing (5,000 copies). Please confirm.\n\n%s\n") % (topic[0], x.sig(com))
    return x.mail(category="patient_education", note=x.t("dépliant d'information générique", "generic patient leaflet"),
                  frm=x.who(com), to=[("Imprimerie", "prod@imprimerie-rive.example")], subject=x.t("Épreuve dépliant", "Leaflet proof"),
                  text=text, atts=[A(x.t("depliant_epreuve.pdf", "leaflet_proof.pdf"), "application/pdf", data)])


# ---------------------------------------------------------------- N30 reply / forward thread (HR, supplies)
def n_thread(x):
    a, b = x.staff(2)
    od = x.now - dt.timedelta(hours=x.rng.randrange(2, 48))
    if x.pick(["reply", "fwd"]) == "reply":
        q = x.t("Bonjour %s,\nEst-ce qu'on a encore des sondes de Doppler fœtal de rechange ? Le Doppler de la salle 4 "
                "affiche une erreur de batterie (no actif %s).\nMerci\n%s", "Hi %s,\nDo we still have spare fetal Doppler "
                "probes? The room 4 Doppler shows a battery error (asset %s).\nThanks\n%s") % (a[0], C.luhn_serial(x.rng, 8), b[0])
        head = x.t("Le %s, %s a écrit :", "On %s, %s wrote:") % (od.strftime("%Y-%m-%d %H:%M"), C.dr(b, x.lang))
        text = x.t("Oui, deux dans l'armoire du génie biomédical. Je t'en monte une.\n\n%s\n\n%s\n%s\n",
                   "Yes, two in the biomed cabinet. I'll bring one up.\n\n%s\n\n%s\n%s\n") % (
            a[0], head, "\n".join("> " + l for l in q.split("\n")))
        subj = "RE: " + x.t("sonde Doppler", "Doppler probe")
    else:
        inner = x.t("Rappel : la date limite pour soumettre les demandes de vacances d'été est le %s. "
                    "Les demandes sont accordées par ancienneté.", "Reminder: the deadline for summer vacation requests is %s. "
                    "Requests are granted by seniority.") % x.date(x.days(12))
        text = x.t("Pour info.\n\n---------- Message transféré ----------\nDe : %s\nDate : %s\nObjet : Vacances d'été\n\n%s\n",
                   "FYI.\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: Summer vacation\n\n%s\n") % (
            C.dr(b, x.lang), od.strftime("%d/%m/%Y"), inner)
        subj = x.t("TR: Vacances d'été", "Fwd: Summer vacation")
    return x.mail(category="thread", note=x.t("fil de discussion interne", "internal thread"), frm=x.who(a), to=[x.who(b)],
                  subject=subj, text=text)


# ---------------------------------------------------------------- N31 ZIP of templates / policies
def n_zip(x):
    q = x.role("mgr", "ibclc")
    members = [(x.t("politique_allaitement.pdf", "breastfeeding_policy.pdf"),
                D.pdf(x.t("Politique d'allaitement", "Breastfeeding policy"), [x.t("Les 10 conditions de l'IAB s'appliquent.", "The 10 BFI steps apply.")])),
               (x.t("gabarit_note_evolution.docx", "progress_note_template.docx"),
                D.docx_file(x.t("Note d'évolution", "Progress note"), [x.t("Nom : ______  Dossier : ______", "Name: ______  MRN: ______"),
                                                                         x.t("Évaluation : ______", "Assessment: ______")])),
               ("LISEZMOI.txt" if x.fr else "README.txt", x.t("Documents approuvés par le comité le %s.\n", "Documents approved by the committee on %s.\n").encode("utf-8") % x.date(x.days(-3)).encode("utf-8"))]
    data = D.zip_file(members)
    text = x.t("Bonjour,\n\nVoici l'archive des documents approuvés pour l'audit IAB. Aucune donnée de patiente.\n\n%s\n",
               "Hello,\n\nArchive of approved documents for the BFI audit. No patient data.\n\n%s\n") % x.sig(q)
    return x.mail(category="archive", note=x.t("archive de politiques et gabarits", "archive of policies and templates"),
                  frm=x.who(q), to=[_dist(x)], subject=x.t("Documents IAB", "BFI documents"), text=text,
                  atts=[A(x.t("documents_IAB.zip", "BFI_documents.zip"), "application/zip", data)])


# ---------------------------------------------------------------- N32 forwarded vendor notice as .eml
def n_attached_eml(x, seed=0):
    a = x.role("buy")
    inner_txt = x.t("Bonjour,\n\nNotre entrepôt sera fermé du 23 décembre au 2 janvier. Les commandes passées après le 18 décembre "
                    "seront livrées en janvier.\n\nService à la clientèle — OrderPoint Medical\n1-800-555-0142\n",
                    "Hello,\n\nOur warehouse will be closed from December 23 to January 2. Orders placed after December 18 "
                    "will ship in January.\n\nCustomer service — OrderPoint Medical\n1-800-555-0142\n")
    inner = Mail(lang=x.lang, category="inner", note="", frm=("OrderPoint Medical", "service@orderpoint-medical.example"),
                 to=[x.who(a)], subject=x.t("Fermeture des fêtes", "Holiday closure"), text=inner_txt,
                 opts={"charset": "utf-8", "cte": x.pick(["quoted-printable", "base64"])})
    raw = serialize(inner, 0, x.now - dt.timedelta(days=2), "<%d.vendor@orderpoint-medical.example>" % x.rng.randrange(10 ** 9),
                    seed).decode("ascii")
    text = x.t("Pour planifier les commandes de décembre.\n\n%s\n", "For planning December orders.\n\n%s\n") % x.sig(a, False)
    return x.mail(category="forward_attached", note=x.t("avis fournisseur transféré en pièce jointe", "vendor notice forwarded as attachment"),
                  frm=x.who(a), to=[_dist(x)], subject=x.t("TR: Fermeture des fêtes", "Fw: Holiday closure"), text=text,
                  atts=[A("notice.eml", "message/rfc822", raw)])


# ---------------------------------------------------------------- N33 quality audit (aggregate)
def n_audit(x):
    qa = x.role("mgr", "edu")
    units = [x.t("Unité des naissances", "Birthing unit"), x.t("Post-partum", "Postpartum"), x.t("Pouponnière", "Nursery"),
             x.t("Clinique prénatale", "Prenatal clinic")]
    lines = ["%s : %d %% (%d observations)" % (u, x.rng.randrange(71, 98), x.rng.randrange(40, 140)) for u in units]
    text = x.t("Audit d'hygiène des mains — %s\n\n%s\n\nCible ministérielle : 80 %%. Merci à toutes les équipes.\n\n%s\n",
               "Hand hygiene audit — %s\n\n%s\n\nProvincial target: 80%%. Thanks to all teams.\n\n%s\n") % (
        x.date(x.today), "\n".join(lines), x.sig(qa))
    return x.mail(category="statistics", note=x.t("résultats d'audit agrégés", "aggregate audit results"), frm=x.who(qa),
                  to=[_dist(x)], subject=x.t("Audit hygiène des mains", "Hand hygiene audit"), text=text)


# ---------------------------------------------------------------- N34 student placements
def n_students(x):
    ed = x.role("mw", "edu")
    studs = x.rng.sample([("Camélia", "Rousseau"), ("Ève", "Lanctôt"), ("Hugo", "Métivier"), ("Priyanka", "Das"), ("Olivier", "Sabourin")], 3)
    lines = ["- %s %s : %s, %s" % (s[0], s[1], x.pick([x.t("unité des naissances", "birthing unit"), x.t("post-partum", "postpartum"),
                                                       x.t("maison de naissance", "birth centre")]), x.date(x.days(x.rng.randrange(5, 40))))
             for s in studs]
    text = x.t("Bonjour,\n\nVoici les stagiaires en pratique sage-femme de la prochaine rotation :\n%s\n\n"
               "Merci de les accueillir et de signer leurs grilles d'évaluation.\n\n%s\n",
               "Hello,\n\nMidwifery students for the next rotation:\n%s\n\nPlease welcome them and sign their evaluation grids.\n\n%s\n") % (
        "\n".join(lines), x.sig(ed))
    return x.mail(category="schedule", note=x.t("calendrier de stages", "student placement schedule"), frm=x.who(ed), to=[_dist(x)],
                  subject=x.t("Stagiaires — prochaine rotation", "Students - next rotation"), text=text)


# ---------------------------------------------------------------- N35 mileage reimbursement
def n_mileage(x):
    fin = [s for s in C.STAFF if "finance" in s[4]][0]
    emp = x.pick([s for s in C.STAFF if "postnat" in s[4] or "midwife" in s[4]])
    km = x.rng.randrange(180, 900)
    text = x.t("Bonjour %s,\n\nVotre réclamation de kilométrage pour les visites postnatales à domicile du mois (%d km à 0,58 $) "
               "est approuvée : %s $. Versement sur la paie du %s.\n\n%s\n",
               "Hi %s,\n\nYour mileage claim for this month's postnatal home visits (%d km at $0.58) is approved: $%s. "
               "Paid on the %s payroll.\n\n%s\n") % (emp[0], km, ("%.2f" % (km * .58)).replace(".", "," if x.fr else "."),
                                           x.date(x.days(9)), x.sig(fin))
    return x.mail(category="expense", note=x.t("remboursement de kilométrage", "mileage reimbursement"), frm=x.who(fin),
                  to=[x.who(emp)], subject=x.t("Kilométrage approuvé", "Mileage approved"), text=text)


# ---------------------------------------------------------------- N36 equipment service report
def n_service(x):
    bio = x.role("bio")
    sn = C.luhn_serial(x.rng, 10)
    asset = C.luhn_serial(x.rng, 9)
    dev = x.pick([x.t("Moniteur fœtal Série 50", "Series 50 fetal monitor"), x.t("Incubateur de transport", "Transport incubator"),
                  x.t("Réchauffeur radiant", "Radiant warmer"), x.t("Bilirubinomètre transcutané", "Transcutaneous bilirubinometer")])
    lines = [x.t("Rapport d'entretien", "Service report"), "%s: %s" % (x.t("Appareil", "Device"), dev),
             "%s: %s" % (x.t("No de série", "Serial no."), sn), "%s: %s" % (x.t("No d'actif", "Asset no."), asset),
             x.t("Travaux : calibration, remplacement de la batterie, test de sécurité électrique conforme.",
                 "Work: calibration, battery replacement, electrical safety test passed."),
             x.t("Prochain entretien : ", "Next service: ") + x.date(x.days(365))]
    text = "\n".join(lines) + "\n\n" + x.sig(bio) + "\n"
    return x.mail(category="equipment", note=x.t("rapport d'entretien d'équipement", "equipment service report"), frm=x.who(bio),
                  to=[x.who(x.role("mgr"))], subject=x.t("Entretien %s (no série %s)", "Service %s (S/N %s)") % (dev, sn), text=text,
                  structure=x.pick(["plain", "html", "alt"]))


TEMPLATES = {
    "it": n_it, "facilities": n_facilities, "stats": n_stats, "teaching": n_teaching, "blank_form": n_blank_form,
    "template": n_template, "shortage": n_shortage, "recall": n_recall, "research": n_research, "baby": n_baby,
    "birthdays": n_birthdays, "directory": n_directory, "meeting": n_meeting, "vcard": n_vcard, "training": n_training,
    "protocol": n_protocol, "leaflet": n_leaflet, "thread": n_thread, "zip": n_zip, "attached_eml": n_attached_eml,
    "audit": n_audit, "students": n_students, "mileage": n_mileage, "service": n_service,
}
