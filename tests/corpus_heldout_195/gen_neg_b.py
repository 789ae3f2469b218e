"""Negative templates, part B: teaching cases, blank forms, templates, notices, staff life, minutes."""
import datetime as dt

import gen_attach as A
import gen_common as G
from gen_compose import nested_message
from gen_neg_a import base, luhn_serial, mgr_sig, vin


# ------------------------------------------------------------------ 16
def n_teaching_case(c):
    ed = c.staff()
    case = c.pick([
        ("Homme de 67 ans, douleur rétrosternale depuis 40 minutes, diaphorèse. ECG : sus-décalage ST en DII, DIII, aVF. "
         "TA 96/60. Question : nitroglycérine ou pas?",
         "67-year-old man, retrosternal pain for 40 minutes, diaphoretic. ECG: ST elevation in II, III, aVF. BP 96/60. "
         "Question: nitroglycerin or not?"),
        ("Femme de 34 ans, enceinte de 35 semaines, céphalée et TA 172/110. Que suspectez-vous et quelle est la destination?",
         "34-year-old woman, 35 weeks pregnant, headache and BP 172/110. What do you suspect and where do you go?"),
        ("Adolescent de 16 ans trouvé inconscient lors d'une fête, pupilles en myosis, FR 6/min. Naloxone : dose et voie?",
         "16-year-old found unconscious at a party, pinpoint pupils, RR 6/min. Naloxone: dose and route?"),
        ("Homme de 81 ans sous apixaban, chute de sa hauteur, GCS 15, hématome frontal. Transport ou non?",
         "81-year-old man on apixaban, fall from standing, GCS 15, frontal hematoma. Transport or not?")])
    body = c.t("Bonjour,\n\nCas clinique du mois (dépersonnalisé, détails modifiés) :\n\n%s\n\nRéponses et discussion à la formation "
               "continue du %s. Les cas sont inspirés d'interventions réelles mais aucun élément ne permet d'identifier un patient.\n\n%s\n%s\n",
               "Hi all,\n\nCase of the month (de-identified, details changed):\n\n%s\n\nAnswers and discussion at the continuing education "
               "session on %s. Cases are inspired by real calls but nothing identifies a patient.\n\n%s\n%s\n") % (
        case[0] if c.fr else case[1], c.day(10), c.closing(), mgr_sig(c, ed, "coordonnateur, formation clinique", "clinical education coordinator"))
    msg = {"cat": "teaching_case", "note": "de-identified teaching case", "subject": c.t("Cas clinique du mois", "Case of the month"),
           "sender": c.who(ed), "to": [(c.t("Paramédics", "Paramedics"), "paramedics@" + G.ORG["domain"])], "body": body}
    if c.chance(0.35):
        msg["attachments"] = [{"kind": "pdf", "filename": c.t("cas_du_mois.pdf", "case_of_the_month.pdf"),
                               "data": A.make_pdf(msg["subject"], [case[0] if c.fr else case[1]])}]
    return msg


# ------------------------------------------------------------------ 17
def n_blank_form(c):
    adm = c.staff()
    fields_fr = ["Nom du patient : ______________________", "NAM : |_|_|_|_| |_|_|_|_| |_|_|_|_|", "Date de naissance : ____/____/______",
                 "Sexe : [ ] F  [ ] M", "No de dossier : ____________", "Diagnostic principal : ______________________",
                 "Médication / perfusions : ______________________", "Destination : ______________________",
                 "Niveau requis : [ ] PSP  [ ] PSA  [ ] infirmière", "Médecin référent : ____________  Poste : ______"]
    fields_en = ["Patient name: ______________________", "Health card no.: ____________", "Date of birth: ____/____/______",
                 "Sex: [ ] F  [ ] M", "Chart no.: ____________", "Main diagnosis: ______________________",
                 "Medication / infusions: ______________________", "Destination: ______________________",
                 "Level: [ ] PCP  [ ] ACP  [ ] nurse", "Sending physician: ____________  Ext.: ______"]
    fields = fields_fr if c.fr else fields_en
    title = c.t("Formulaire de demande de transfert interétablissements (vierge)", "Interfacility transfer request form (blank)")
    kind = c.pick(["docx", "pdf", "inline"])
    body = c.t("Bonjour,\n\nVoici la nouvelle version (rév. %s) du formulaire de demande de transfert. Merci de détruire les anciennes "
               "copies papier aux postes des infirmières.\n\n%s\n%s\n",
               "Hello,\n\nHere is the new version (rev. %s) of the transfer request form. Please discard old paper copies at the "
               "nursing stations.\n\n%s\n%s\n") % (c.day(0, "iso"), c.closing(), mgr_sig(c, adm, "agente, liaison hospitalière", "hospital liaison officer"))
    msg = {"cat": "blank_form", "note": "blank transfer request form", "subject": c.t("Nouveau formulaire de transfert", "New transfer form"),
           "sender": c.who(adm), "to": [("Coordination " + h["short"], "coordination@" + h["domain"]) for h in G.HOSPITALS[:2]], "body": body}
    if kind == "docx":
        msg["attachments"] = [{"kind": "docx", "filename": c.t("formulaire_transfert_vierge.docx", "transfer_form_blank.docx"),
                               "data": A.make_docx(title, fields)}]
    elif kind == "pdf":
        msg["attachments"] = [{"kind": "pdf", "filename": c.t("formulaire_transfert.pdf", "transfer_form.pdf"), "data": A.make_pdf(title, fields)}]
    else:
        msg["body"] = body + "\n" + title + "\n\n" + "\n".join(fields) + "\n"
    return msg


# ------------------------------------------------------------------ 18
def n_mail_merge(c):
    comm = c.staff()
    if c.fr:
        tpl = ["Objet : Votre expérience avec nos services ambulanciers", "",
               "Bonjour «Prénom» «Nom»,", "",
               "Le «Date_intervention», une équipe de la Corporation préhospitalière des Trois-Vallées vous a porté assistance. "
               "Nous aimerions connaître votre appréciation en répondant au sondage : «Lien_sondage».", "",
               "Champs de fusion disponibles : «Prénom», «Nom», «Adresse», «Date_intervention», «No_appel».", "",
               "Merci!", "Service à la clientèle — 819 555-0100"]
        body = "Bonjour,\n\nVoici le gabarit de publipostage pour le sondage de satisfaction (aucune donnée réelle n'est jointe; la fusion " \
               "sera faite par le fournisseur du sondage).\n\n---\n%s\n---\n\n%s\n%s\n" % ("\n".join(tpl), c.closing(),
                                                                                     mgr_sig(c, comm, "conseillère, communications", ""))
        subj = "Gabarit publipostage — sondage de satisfaction"
    else:
        tpl = ["Subject: Your experience with our ambulance service", "", "Dear {{first_name}} {{last_name}},", "",
               "On {{call_date}}, a Trois-Vallées Prehospital Corporation crew assisted you. Please tell us how we did: {{survey_link}}.",
               "", "Merge fields: {{first_name}}, {{last_name}}, {{address}}, {{call_date}}, {{call_no}}.", "",
               "Thank you!", "Customer service - 819 555-0100"]
        body = "Hello,\n\nHere is the mail-merge template for the satisfaction survey (no real data attached; the merge is done by the " \
               "survey vendor).\n\n---\n%s\n---\n\n%s\n%s\n" % ("\n".join(tpl), c.closing(), mgr_sig(c, comm, "", "communications advisor"))
        subj = "Mail-merge template - satisfaction survey"
    msg = {"cat": "mail_merge", "note": "mail-merge template with placeholders", "subject": subj, "sender": c.who(comm),
           "to": [c.who(c.staff())], "body": body}
    if c.chance(0.5):
        msg["attachments"] = [{"kind": "docx", "filename": c.t("gabarit_sondage.docx", "survey_template.docx"),
                               "data": A.make_docx(subj, tpl)}]
    return msg


# ------------------------------------------------------------------ 19
def n_drug_shortage(c):
    ph = c.staff()
    drug = c.pick([("épinéphrine 1 mg/mL, ampoules 1 mL", "epinephrine 1 mg/mL, 1 mL ampoules"),
                   ("salbutamol 5 mg/2,5 mL (nébules)", "salbutamol 5 mg/2.5 mL nebules"),
                   ("midazolam 5 mg/mL, fioles 2 mL", "midazolam 5 mg/mL, 2 mL vials"),
                   ("kétorolac 30 mg/mL", "ketorolac 30 mg/mL")])
    body = c.t("Bonjour,\n\nAvis de pénurie : %s. Rupture prévue jusqu'au %s selon le fournisseur (DIN %08d).\n\nMesures : utiliser les "
               "seringues préremplies en priorité; le protocole médical régional demeure inchangé. Aucune substitution sans "
               "autorisation de la direction médicale.\n\n%s\n%s\n",
               "Hello,\n\nShortage notice: %s. Supply disrupted until %s according to the supplier (DIN %08d).\n\nActions: use "
               "prefilled syringes first; the regional medical protocol is unchanged. No substitution without medical direction "
               "approval.\n\n%s\n%s\n") % (drug[0] if c.fr else drug[1], c.day(60), c.rng.randrange(2000000, 2999999), c.closing(),
                                           mgr_sig(c, ph, "pharmacien, direction médicale", "pharmacist, medical direction"))
    return {"cat": "drug_shortage", "note": "drug shortage notice", "subject": c.t("Avis de pénurie — ", "Shortage notice - ") + (drug[0] if c.fr else drug[1]),
            "sender": c.who(ph), "to": [(c.t("Tout le personnel clinique", "All clinical staff"), "clinique@" + G.ORG["domain"])],
            "body": body, "form": c.pick(["plain", "html", "alt"])}


# ------------------------------------------------------------------ 20
def n_recall(c):
    bio = c.staff()
    dev = c.pick([("civière motorisée Modèle 6500", "powered stretcher Model 6500"),
                  ("moniteur-défibrillateur série X-12", "monitor-defibrillator X-12 series"),
                  ("pompe volumétrique VP-30", "VP-30 volumetric pump")])
    serials = [luhn_serial(c, c.pick([9, 10])) for _ in range(c.rng.randrange(3, 7))]
    rows = [[c.t("Unité", "Unit"), c.t("No de série", "Serial no."), c.t("Lot", "Lot")]] + \
        [[c.unit(), s, "LOT %s" % luhn_serial(c, 8)] for s in serials]
    body = c.t("Bonjour,\n\nRappel du fabricant : %s — risque de défaillance du verrou. Les appareils suivants doivent être retirés "
               "et remplacés par les unités de prêt :\n\n%s\n\nMerci de confirmer le retrait avant le %s.\n\n%s\n%s\n",
               "Hello,\n\nManufacturer recall: %s - latch failure risk. The following devices must be pulled and replaced with "
               "loaner units:\n\n%s\n\nPlease confirm removal before %s.\n\n%s\n%s\n") % (
        dev[0] if c.fr else dev[1], "\n".join(" | ".join(r) for r in rows), c.day(5), c.closing(),
        mgr_sig(c, bio, "technicien en génie biomédical", "biomedical technician"))
    return {"cat": "recall", "note": "equipment recall with serial numbers", "subject": c.t("RAPPEL — ", "RECALL - ") + (dev[0] if c.fr else dev[1]),
            "sender": c.who(bio), "to": [(c.t("Chefs d'opérations", "Operations chiefs"), "operations@" + G.ORG["domain"])], "body": body}


# ------------------------------------------------------------------ 21
def n_research(c):
    pi = c.staff()
    irb = c.staff("ethique-tv.example")
    body = c.t("Bonjour,\n\nVoici le résumé du protocole « PRÉ-AVC » soumis au comité d'éthique :\n\n- Objectif : évaluer l'échelle LAMS "
               "pour le triage préhospitalier des AVC\n- Population : adultes de 18 ans et plus avec suspicion d'AVC, %d participants prévus\n"
               "- Données : extraites du RIP électronique, dépersonnalisées à la source (code d'étude seulement)\n- Durée : 18 mois\n\n"
               "Aucun participant n'a encore été recruté. Le formulaire de consentement sera joint à la version finale.\n\n%s\n%s\n",
               "Hello,\n\nHere is the summary of the PRE-STROKE protocol submitted to the ethics board:\n\n- Aim: evaluate the LAMS scale for "
               "prehospital stroke triage\n- Population: adults 18 and over with suspected stroke, %d planned participants\n"
               "- Data: extracted from the ePCR, de-identified at source (study code only)\n- Duration: 18 months\n\n"
               "No participant has been enrolled yet. The consent form will be attached to the final version.\n\n%s\n%s\n") % (
        c.rng.randrange(300, 900), c.closing(), mgr_sig(c, pi, "chercheur principal", "principal investigator"))
    msg = {"cat": "research_protocol", "note": "research protocol summary without participants",
           "subject": c.t("Protocole PRÉ-AVC — soumission", "PRE-STROKE protocol - submission"), "sender": c.who(pi), "to": [c.who(irb)], "body": body}
    if c.chance(0.4):
        msg["attachments"] = [{"kind": "docx", "filename": "protocole_pre-avc_v2.docx", "data": A.make_docx(
            c.t("Protocole PRÉ-AVC", "PRE-STROKE protocol"), [c.t("Version 2.0", "Version 2.0"), c.t("Critères d'inclusion : adultes, suspicion d'AVC.",
                                                                                                    "Inclusion: adults, suspected stroke.")])}]
    return msg


# ------------------------------------------------------------------ 22
def n_baby(c):
    soc = c.staff()
    parent = c.staff()
    baby = c.pick(["Léa", "Noah", "Florence", "Arthur", "Maëlle", "Théo"]) if c.fr else c.pick(["Olivia", "Liam", "Chloe", "Ethan"])
    born = c.today - dt.timedelta(days=c.rng.randrange(1, 6))
    body = c.t("Bonjour à tous,\n\nGrande nouvelle : notre collègue %s %s (%s) est devenu(e) parent! Le petit %s est né le %s à 4 h 12, "
               "%d,%d kg. Maman et bébé se portent bien.\n\nUne carte circule à la %s; contribution volontaire pour un cadeau.\n\n%s\n",
               "Hi everyone,\n\nBig news: our colleague %s %s (%s) just became a parent! Little %s was born on %s at 4:12 am, "
               "%d.%d kg. Mom and baby are doing well.\n\nA card is going around at %s; voluntary contribution for a gift.\n\n%s\n") % (
        parent["given"], parent["surname"], c.unit(), baby, G.fmt_date(born, c.pick(["long", "iso", "dmy"]), c.lang), c.rng.randrange(2, 4),
        c.rng.randrange(0, 9), base(c), soc["display"] + c.t(", comité social", ", social committee"))
    return {"cat": "baby_announcement", "note": "colleague's baby announcement", "subject": c.t("Bienvenue bébé %s!", "Welcome baby %s!") % baby,
            "sender": c.who(soc), "to": [(c.t("Tout le personnel", "All staff"), "tous@" + G.ORG["domain"])], "body": body,
            "form": c.pick(["html", "alt", "plain"])}


# ------------------------------------------------------------------ 23
def n_recognition(c):
    dg = c.staff()
    m1, m2, d1 = c.staff(), c.staff(), c.staff(G.DISPATCH["domain"])
    body = c.t("Bonjour,\n\nLe conseil d'administration souligne l'intervention de %s et %s (unité %s) et de la répartitrice %s lors "
               "d'un arrêt cardiaque survenu dans un aréna en %s. Grâce au DEA public et à une RCR de qualité, la personne a quitté "
               "l'hôpital sans séquelle. La famille a souhaité garder l'anonymat.\n\nMédaille de reconnaissance remise le %s.\n\n%s\n%s\n",
               "Hello,\n\nThe board recognizes %s and %s (unit %s) and dispatcher %s for a cardiac arrest in an arena in %s. Thanks to "
               "the public AED and high-quality CPR, the person left hospital with no deficit. The family wished to remain "
               "anonymous.\n\nRecognition medal presented on %s.\n\n%s\n%s\n") % (
        m1["display"], m2["display"], c.unit(), d1["display"], (G.MOIS if c.fr else G.MONTHS)[(c.today.month - 3) % 12],
        c.day(14), c.closing(), mgr_sig(c, dg, "directeur général", "chief executive officer"))
    return {"cat": "recognition", "note": "staff recognition for a resuscitation", "subject": c.t("Reconnaissance — sauvetage à l'aréna", "Recognition - arena save"),
            "sender": c.who(dg), "to": [(c.t("Tout le personnel", "All staff"), "tous@" + G.ORG["domain"])], "body": body}


# ------------------------------------------------------------------ 24
def n_vehicle(c):
    fleet = c.staff()
    unit = c.unit()
    v = vin(c)
    rows = [[c.t("Champ", "Field"), c.t("Valeur", "Value")], [c.t("Unité", "Unit"), unit], ["NIV / VIN", v],
            [c.t("Odomètre", "Odometer"), "%d km" % c.rng.randrange(50000, 300000)],
            [c.t("Moniteur (no série)", "Monitor (serial)"), luhn_serial(c, 9)],
            [c.t("Civière (no série)", "Stretcher (serial)"), luhn_serial(c, 10)],
            [c.t("Motif", "Reason"), c.pick([c.t("bruit de transmission", "transmission noise"), c.t("module arrière : climatisation", "patient compartment A/C"),
                                             c.t("accrochage mineur en reculant", "minor backing collision")])]]
    body = c.t("Bonjour,\n\nL'unité %s est hors service à compter de maintenant. Véhicule de remplacement : 9-9-01 (voir fiche).\n\n%s\n\n%s\n%s\n",
               "Hello,\n\nUnit %s is out of service as of now. Spare vehicle: 9-9-01 (see sheet).\n\n%s\n\n%s\n%s\n") % (
        unit, "\n".join(" | ".join(r) for r in rows), c.closing(), mgr_sig(c, fleet, "responsable de la flotte", "fleet manager"))
    return {"cat": "vehicle", "note": "ambulance out of service notice", "subject": c.t("Unité %s hors service", "Unit %s out of service") % unit,
            "sender": c.who(fleet), "to": [disp_list(c)], "body": body, "form": c.pick(["plain", "alt"])}


def disp_list(c):
    return ("Répartition CCS-TV" if c.fr else "CCS-TV Dispatch", "operations@" + G.DISPATCH["domain"])


# ------------------------------------------------------------------ 25
def n_training(c):
    ed = c.staff()
    staff = [c.staff() for _ in range(c.rng.randrange(5, 9))]
    course = c.pick(["ACLS", "PHTLS", "PALS", c.t("Recertification DEA/RCR", "CPR/AED recertification")])
    day = c.today + dt.timedelta(days=c.rng.randrange(7, 40))
    rows = [[c.t("Participant(e)", "Participant"), c.t("Base", "Base"), c.t("Expiration certif.", "Cert. expiry")]] + \
        [["%s %s" % (s["given"], s["surname"]), base(c), (c.today + dt.timedelta(days=c.rng.randrange(10, 200))).isoformat()] for s in staff]
    body = c.t("Bonjour,\n\nListe des inscrits au cours %s du %s (salle de formation, %s) :\n\n%s\n\nApportez votre carte d'accès.\n\n%s\n%s\n",
               "Hello,\n\nRegistered participants for %s on %s (training room, %s):\n\n%s\n\nBring your access card.\n\n%s\n%s\n") % (
        course, G.fmt_date(day, "long", c.lang), base(c), "\n".join(" | ".join(r) for r in rows), c.closing(),
        mgr_sig(c, ed, "formateur", "instructor"))
    msg = {"cat": "training", "note": "course registration list of staff", "subject": c.t("Cours %s — inscrits", "%s course - registrations") % course,
           "sender": c.who(ed), "to": [c.who(s) for s in staff[:3]], "body": body}
    if c.chance(0.5):
        start = dt.datetime.combine(day, dt.time(8, 0))
        msg["attachments"] = [{"kind": "ics", "filename": "cours.ics", "data": A.make_ics(
            "cours-%d@cptv.example" % c.idx, "%s" % course, start, start + dt.timedelta(hours=8), base(c), c.t("Cours obligatoire", "Mandatory course"), ed["addr"])}]
    return msg


# ------------------------------------------------------------------ 26
def n_protocol_update(c):
    md = c.staff()
    mem = [("PICT_2024_douleur_thoracique.txt" if c.fr else "PICT_2024_chest_pain.txt",
            c.t("Douleur thoracique : AAS 160 mg croqué sauf allergie; nitro si TA > 100. ECG 12D en moins de 10 min.\n",
                "Chest pain: ASA 160 mg chewed unless allergic; nitro if SBP > 100. 12-lead within 10 min.\n").encode("utf-8")),
           ("PICT_2024_hypoglycemie.txt",
            c.t("Hypoglycémie : glucagon 1 mg IM si pas d'accès IV; D10W 250 mL. Refus de transport possible si critères remplis.\n",
                "Hypoglycemia: glucagon 1 mg IM if no IV; D10W 250 mL. Refusal possible if criteria met.\n").encode("utf-8"))]
    body = c.t("Bonjour,\n\nLes protocoles d'intervention clinique révisés entrent en vigueur le %s. Principaux changements : ECG 12D "
               "obligatoire pour toute douleur thoracique chez les 30 ans et plus, naloxone intranasale en première intention. "
               "Les fiches sont dans l'archive jointe.\n\nDr %s, directeur médical\n",
               "Hello,\n\nThe revised clinical protocols take effect on %s. Main changes: 12-lead mandatory for any chest pain age 30 "
               "and over, intranasal naloxone as first line. Sheets are in the attached archive.\n\nDr. %s, medical director\n") % (
        c.day(14), md["surname"])
    return {"cat": "protocol_update", "note": "clinical protocol update with zip of sheets",
            "subject": c.t("Protocoles cliniques révisés", "Revised clinical protocols"), "sender": c.who(md),
            "to": [(c.t("Paramédics", "Paramedics"), "paramedics@" + G.ORG["domain"])], "body": body,
            "attachments": [{"kind": "zip", "filename": "protocoles_%d.zip" % c.today.year, "data": A.make_zip(mem)}]}


# ------------------------------------------------------------------ 27
def n_oncall(c):
    coord = c.staff()
    docs = [c.people.person() for _ in range(4)]
    specs = [("cardiologie — ligne STEMI", "cardiology - STEMI line"), ("neurologie — code AVC", "neurology - stroke code"),
             ("obstétrique", "obstetrics"), ("pédiatrie — intoxications", "paediatrics - poisoning")]
    rows = [c.t("Spécialité | Médecin de garde | Téléphone", "Specialty | On-call physician | Phone")]
    for d, s in zip(docs, specs):
        rows.append("%s | %s %s %s | %s" % (s[0] if c.fr else s[1], c.t("Dre" if d["sex"] == "F" else "Dr", "Dr."), d["given"],
                                          d["surname"], G.phone(c.rng, "514")))
    body = c.t("Bonjour,\n\nListe de garde des consultants pour la fin de semaine :\n\n%s\n\nLa carte de contact du médecin "
               "répondant en télémédecine est jointe.\n\n%s\n%s\n",
               "Hello,\n\nOn-call consultants for the weekend:\n\n%s\n\nThe contact card for the telemedicine physician is attached.\n\n%s\n%s\n") % (
        "\n".join(rows), c.closing(), c.sig(coord))
    d = docs[0]
    vcf = A.make_vcard("Dr %s %s" % (d["given"], d["surname"]), [d["surname"], d["given"], "", "Dr", ""],
                       org="CHU du Mont-Clair", title=c.t("Médecin répondant", "Online medical control"),
                       email="%s@chumc.example" % G.fold(d["surname"]).replace("'", ""))
    return {"cat": "oncall_directory", "note": "weekend on-call physician list", "subject": c.t("Garde des consultants — fin de semaine", "Weekend on-call consultants"),
            "sender": c.who(coord), "to": [disp_list(c)], "body": body, "form": c.pick(["plain", "alt"]),
            "attachments": [{"kind": "vcf", "filename": "medecin_repondant.vcf", "data": vcf}]}


# ------------------------------------------------------------------ 28
def n_birthdays(c):
    soc = c.staff()
    staff = [c.staff() for _ in range(c.rng.randrange(4, 8))]
    m = c.today.month
    rows = []
    for s in staff:
        d = dt.date(c.rng.randrange(1965, 2001), m, c.rng.randrange(1, 28))
        rows.append("%s %s — %s — %s" % (s["given"], s["surname"], base(c), G.fmt_date(d, c.pick(["long", "iso", "dmy"]), c.lang)))
    body = c.t("Bonjour,\n\nLes anniversaires du mois (employés ayant accepté de figurer sur la liste) :\n\n%s\n\nGâteau jeudi à 15 h à la "
               "salle des équipes!\n\n%s\n",
               "Hi,\n\nThis month's birthdays (staff who agreed to be listed):\n\n%s\n\nCake on Thursday at 3 pm in the crew room!\n\n%s\n") % (
        "\n".join(rows), soc["display"] + c.t(", comité social", ", social committee"))
    return {"cat": "birthdays", "note": "staff birthday list from social committee",
            "subject": c.t("Anniversaires de %s", "%s birthdays") % (G.MOIS if c.fr else G.MONTHS)[m - 1], "sender": c.who(soc),
            "to": [(c.t("Tout le personnel", "All staff"), "tous@" + G.ORG["domain"])], "body": body}


# ------------------------------------------------------------------ 29
def n_survey(c):
    hr = c.staff()
    rows = [[c.t("Énoncé", "Statement"), c.t("% d'accord", "% agree"), "n"],
            [c.t("Je me sens soutenu(e) après une intervention difficile", "I feel supported after a difficult call"), "%d" % c.rng.randrange(40, 80), "212"],
            [c.t("L'horaire me permet de concilier travail et famille", "My schedule allows work-life balance"), "%d" % c.rng.randrange(30, 70), "212"],
            [c.t("Les délais à l'urgence nuisent à mon travail", "ED delays hurt my work"), "%d" % c.rng.randrange(60, 95), "209"]]
    body = c.t("Bonjour,\n\nRésultats agrégés du sondage sur le climat de travail (taux de réponse %d %%). Aucun résultat n'est présenté "
               "pour les groupes de moins de 10 personnes.\n\n%s\n\n%s\n%s\n",
               "Hello,\n\nAggregate results of the workplace climate survey (response rate %d%%). No result is shown for groups under "
               "10 people.\n\n%s\n\n%s\n%s\n") % (c.rng.randrange(45, 75), "\n".join(" | ".join(r) for r in rows), c.closing(),
                                                   mgr_sig(c, hr, "conseillère, ressources humaines", "HR advisor"))
    msg = {"cat": "staff_survey", "note": "aggregate staff survey results", "subject": c.t("Sondage climat de travail — résultats", "Workplace climate survey - results"),
           "sender": c.who(hr), "to": [(c.t("Tout le personnel", "All staff"), "tous@" + G.ORG["domain"])], "body": body, "form": c.pick(["html", "alt"])}
    if c.chance(0.4):
        msg["attachments"] = [{"kind": "xlsx", "filename": "sondage_resultats.xlsx", "data": A.make_xlsx([("résultats", rows)])}]
    return msg


# ------------------------------------------------------------------ 30
def n_minutes(c):
    sec = c.staff()
    h = c.pick(G.HOSPITALS)
    hm = c.staff(h["domain"])
    att = [c.staff() for _ in range(3)]
    if c.fr:
        body = "Bonjour,\n\nCompte rendu — rencontre de liaison CPTV / %s du %s\nPrésents : %s, %s (chef d'urgence), %s\n\n" \
               "1. Délai moyen de prise en charge : %d min (médiane %d), en hausse de %d %% sur un an.\n" \
               "2. Projet de zone de débarquement avec infirmière dédiée : essai de 8 semaines à partir du %s.\n" \
               "3. Transferts interétablissements : rappel d'utiliser le nouveau formulaire (rév. 2024).\n\nProchaine rencontre : %s.\n\n%s\n" % (
                   h["short"], c.day(-2), ", ".join(a["display"] for a in att), hm["display"], sec["display"], c.rng.randrange(35, 80),
                   c.rng.randrange(25, 60), c.rng.randrange(5, 30), c.day(20), c.day(30), sec["display"])
        subj = "Compte rendu — liaison %s" % h["short"]
    else:
        body = "Hello,\n\nMinutes - CPTV / %s liaison meeting of %s\nPresent: %s, %s (ED manager), %s\n\n" \
               "1. Mean offload time: %d min (median %d), up %d%% year over year.\n" \
               "2. Offload zone with a dedicated nurse: 8-week trial from %s.\n" \
               "3. Interfacility transfers: reminder to use the new form (rev. 2024).\n\nNext meeting: %s.\n\n%s\n" % (
                   h["short"], c.day(-2), ", ".join(a["display"] for a in att), hm["display"], sec["display"], c.rng.randrange(35, 80),
                   c.rng.randrange(25, 60), c.rng.randrange(5, 30), c.day(20), c.day(30), sec["display"])
        subj = "Minutes - %s liaison" % h["short"]
    msg = {"cat": "meeting_minutes", "note": "hospital liaison meeting minutes, aggregate only", "subject": subj,
           "sender": c.who(sec), "to": [c.who(a) for a in att] + [c.who(hm)], "body": body}
    if c.chance(0.5):
        inner = {"subject": c.t("Invitation : rencontre de liaison", "Invitation: liaison meeting"), "sender": c.who(hm),
                 "to": [c.who(sec)], "when": c.when - dt.timedelta(days=9), "lang": c.lang,
                 "body": c.t("Bonjour,\n\nJe propose le %s à 10 h pour la rencontre de liaison, salle 3B.\n\n%s\n",
                             "Hello,\n\nI suggest %s at 10 am for the liaison meeting, room 3B.\n\n%s\n") % (c.day(-2), hm["display"])}
        msg["attachments"] = [{"kind": "eml", "filename": c.t("invitation.eml", "invitation.eml") if c.chance(0.5) else None,
                               "data": nested_message(inner, c.rng, "m%03d" % c.idx)}]
    return msg


TEMPLATES_NB = [n_teaching_case, n_blank_form, n_mail_merge, n_drug_shortage, n_recall, n_research, n_baby,
                n_recognition, n_vehicle, n_training, n_protocol_update, n_oncall, n_birthdays, n_survey, n_minutes]
