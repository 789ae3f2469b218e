"""Confidential messages in French (part 2): prescriptions, insurers, bookings, social work, forwards,
consult lists, records from France and Belgium, name only in Subject or file name."""
import datetime

import gen_attach as A
import gen_common as G
from gen_mime import Att, Spec, Transport
from gen_pos_fr import BASALS, BOLUS, GLP, ORALS, hba1c, ident

S, X = G.S, G.X


# ------------------------------------------------------------------ F10 prescription to pharmacy
def ordonnance(c):
    v = c.serial % 3
    doc = c.ch([S["vachon"], S["benslimane"], S["saintonge"], S["dallaire"]])
    ph = X["lanthier"]
    p = c.nam_patient(25, 90) if v != 2 else c.new_patient(30, 85)
    c.t("medication")
    rx = c.ch([
        [f"{c.ch(GLP)}", "Aiguilles BD Nano 4 mm, 1 boîte", "Renouvelable 6 mois"],
        [f"{c.ch(BASALS)} 100 u/mL stylo, {c.r(12, 40)} u s.c. HS, titrer selon protocole", f"{c.ch(BOLUS)} selon échelle",
         "Bandelettes Contour Next x 200", "Lancettes x 200"],
        ["Capteurs FreeStyle Libre 2 — 2 capteurs / 28 jours", "Glucagon nasal Baqsimi 3 mg x 2"],
        [f"{c.ch(ORALS)}", f"{c.ch(['Jardiance 10 mg DIE', 'Forxiga 10 mg DIE'])} – cesser gliclazide"]])
    if v == 0:
        blocks = ["Bonjour,", "Nouvelle ordonnance, original télécopié aussi.",
                  ("kv", ident(c, p, labels=c.r(0, 2)) + [("Adresse", c.addr(p))]),
                  ("list", rx), f"Prescripteur : {doc.titled()}, {doc.role_fr}", c.sig(doc, True)]
        return c.spec("prescription", "prescription sent to community pharmacy", doc, [ph],
                      c.ch(["Ordonnance", "Rx – nouvelle ordonnance", "Ordonnance – à préparer"]), blocks,
                      fmt=c.ch([None, "html", "plain"]))
    if v == 1:
        pdfb = A.pdf("Ordonnance", [("kv", ident(c, p, labels=1)), ("h", "Rx"), "\n".join(rx),
                                     ("kv", [("Prescripteur", doc.titled()), ("Date", c.today.isoformat())])],
                     compress=c.rng.random() < 0.5)
        blocks = [f"Bonjour {ph.given},", f"Voici l'ordonnance pour {c.nm(p, c.ch(['title_sur', 'initial']))}. "
                  "Elle passera la chercher demain après-midi.", c.sig(S["lamontagne"])]
        return c.spec("prescription", "prescription pdf sent to pharmacist", S["lamontagne"], [ph],
                      "Ordonnance", blocks,
                      atts=[Att(c.ch(["ordonnance.pdf", f"Rx_{p.surname}.pdf", "Ordonnance signée.pdf",
                                          "Ordonnance_à_préparer.pdf"]), "pdf", pdfb)])
    # pharmacist asks a question, reply quoted
    blocks = [f"Bonjour {ph.given},",
              c.ch(["Oui, on cesse le gliclazide depuis le début de l'insuline.",
                    "Exact : la dose est bien de 0,25 mg pour 4 semaines puis 0,5 mg."]),
              c.sig(doc, True),
              ("quote", [f"De : {ph.name} <{ph.email}>", f"Date : {c.day(c.today)}", "Objet : Question ordonnance"],
               [f"Bonjour, pour {c.nm(p, c.ch(['upper_comma', 'lower', 'title']))} (né{'e' if p.sex == 'F' else ''} le "
                f"{c.dob(p)}), l'ordonnance indique {rx[0]}. On continue le gliclazide 60 mg aussi? "
                "Son dossier chez nous mentionne deux hypos en janvier.", ph.name], False)]
    c.t("diagnosis")
    return c.spec("prescription", "physician answers pharmacist question on a prescription", doc, [ph],
                  "RE: Question ordonnance", blocks, reply=True)


# ------------------------------------------------------------------ F11 insurer
def assurance(c):
    v = c.serial % 2
    doc = c.ch([S["vachon"], S["benslimane"], S["gallagher"]])
    ins = ("Service des réclamations – Assurances Boréalis", "reclamations@borealis.example")
    p = c.new_patient(25, 62)
    cert = f"{c.ch(['BX', 'GRP'])}-{c.r(100000, 999999)}-{c.r(1, 4):02d}"
    c.t("diagnosis")
    if v == 0:
        c.t("lab_result")
        blocks = ["Madame, Monsieur,",
                  f"Demande d'autorisation préalable pour un système de surveillance du glucose en continu "
                  f"(Dexcom G7) pour {c.nm(p, 'title')}, certificat {cert}, né{'e' if p.sex == 'F' else ''} le "
                  f"{c.dob(p)}.",
                  f"Justification : diabète de type 1 depuis {c.r(5, 30)} ans, hypoglycémies non ressenties, "
                  f"{c.r(2, 6)} épisodes < 3,0 mmol/L par semaine malgré l'ajustement, HbA1c {hba1c(c, 6.9, 9)}.",
                  "Veuillez communiquer avec nous pour tout renseignement supplémentaire.", c.sig(doc)]
        return c.spec("insurer", "prior authorisation request for CGM coverage", doc, [ins],
                      c.ch(["Autorisation préalable – SGC", f"Certificat {cert} – demande d'autorisation"]),
                      blocks)
    c.t("social_information")
    kv = [("Nom de l'assuré", c.full(p)), ("Date de naissance", c.dob(p)), ("NAS", c.sin(p)),
          ("Certificat", cert), ("Diagnostic", c.ch(["DT1 avec hypoglycémies sévères récurrentes",
                                                     "DT2 avec neuropathie douloureuse des pieds", "Ulcère du pied diabétique"])),
          ("Arrêt de travail depuis", c.earlier(30, 120).isoformat()),
          ("Retour progressif prévu", c.later(20, 60).isoformat())]
    d = A.docx("Déclaration du médecin traitant – invalidité de courte durée", [("kv", kv),
               "Restrictions : pas de travail en hauteur ni de conduite de chariot élévateur jusqu'à stabilisation."])
    blocks = ["Bonjour,", "Ci-joint la déclaration du médecin traitant complétée pour votre dossier d'invalidité.",
              c.sig(S["lamontagne"])]
    return c.spec("insurer", "disability claim physician statement with SIN", S["lamontagne"], [ins],
                  c.ch(["Déclaration du médecin traitant", "Dossier invalidité – formulaire complété"]), blocks,
                  atts=[Att(c.ch(["Déclaration_médecin_traitant.docx", f"Invalidité_{p.surname}.docx"]), "docx", d)])


# ------------------------------------------------------------------ F12 booking, transport
def rdv(c):
    v = c.serial % 3
    clerk = c.ch([S["vezina"], S["ohara"], S["lamontagne"]])
    d = c.later(4, 25)
    h, m = c.ch([(8, 0), (8, 45), (9, 30), (10, 15), (13, 15), (14, 0), (15, 30)])
    if v == 0:
        p = c.new_patient(30, 85)
        c.t("diagnosis")
        what = c.ch(["Enseignement – début d'insuline", "Clinique du pied diabétique", "Suivi endocrinologie – thyroïde",
                     "Installation du capteur Libre", "Groupe prédiabète"])
        blocks = [f"Bonjour {c.nm(p, 'title')},",
                  f"Nous confirmons votre rendez-vous le {c.day(d)} à {c.hm(h, m)} : {what}.",
                  "Apportez votre glucomètre, vos stylos d'insuline et la liste de vos médicaments. "
                  "Prévoyez 90 minutes.", "Pour annuler, appelez au 819-555-0140 poste 2201.", c.sig(clerk)]
        ev = {"uid": f"rdv-{c.serial}@{G.DOMAIN}", "start": datetime.datetime(d.year, d.month, d.day, h, m),
              "end": datetime.datetime(d.year, d.month, d.day, h + 1, m),
              "summary": f"{what} – {G.name_as(p, 'full')}", "location": G.ORG_ADDR_FR}
        addr = (G.name_as(p, "full"), G.strip_accents(p.given + "." + p.surname).lower().replace(" ", "")
                + c.ch(["", "58", "_64"]) + "@" + c.ch(["courriel.example", "videotron-mail.example", "mailbox.example"]))
        return c.spec("appointment", "appointment confirmation to patient with calendar invite", clerk, [addr],
                      c.ch(["Confirmation de rendez-vous", "Votre rendez-vous au Centre", "Rappel de rendez-vous"]),
                      blocks, atts=[Att("rendez-vous.ics", "ics", A.ics([ev]), method="REQUEST")]
                      if c.rng.random() < 0.7 else ())
    if v == 1:
        p = c.nam_patient(65, 95)
        c.t("diagnosis")
        blocks = ["Bonjour,", "Demande de transport adapté :",
                  ("kv", ident(c, p, labels=c.r(0, 2)) + [
                      ("Adresse de départ", c.addr(p)), ("Téléphone", c.tel(p)),
                      ("Destination", G.ORG_ADDR_FR), ("Date", f"{c.day(d)} – arrivée {c.hm(h, m)}"),
                      ("Motif", c.ch(["clinique du pied diabétique – plaie au talon", "suivi endocrinologie (DT2, amputation orteil)",
                                      "enseignement insuline, malvoyance (rétinopathie)"])),
                      ("Besoins", c.ch(["fauteuil roulant", "marchette", "accompagnateur"]))]),
                  c.sig(clerk)]
        return c.spec("transport", "adapted transport request for patient to clinic", clerk,
                      [("Transport adapté Val-Brûlé", "reservations@tavb.example")],
                      c.ch(["Demande de transport adapté", "Transport – rendez-vous clinique"]), blocks)
    rows = []
    for i in range(c.r(5, 8)):
        p = c.new_patient(20, 85)
        rows.append([c.hm(8 + i, c.ch([0, 30])), c.nm(p, c.ch(["upper_comma", "comma"])), c.mrn(p, "plain"),
                     c.ch(["début insuline", "suivi DT2", "téléchargement pompe", "DG 28 sem", "nodule thyroïdien",
                           "hypoglycémies", "RAC augmenté"])])
    c.t("diagnosis", "medication")
    nurse = c.ch([S["quenneville"], S["aubut"]])
    blocks = [f"Bonjour {nurse.given},", f"Ton horaire de {c.day(d)} (salle 3) :",
              ("table", ["Heure", "Patient", "Dossier", "Motif"], rows), c.sig(clerk, True)]
    return c.spec("appointment", "nurse's patient appointment schedule for a day", clerk, [nurse],
                  c.ch(["Ton horaire", f"Horaire {c.day(d)}", "Liste de rendez-vous"]), blocks,
                  fmt=c.ch(["html", "alt", "plain"]))


# ------------------------------------------------------------------ F13 social situation
def social(c):
    v = c.serial % 3
    sw = S["drolet"]
    c.t("social_information")
    if v == 0:
        p = c.new_patient(25, 65)
        c.t("medication", "diagnosis")
        blocks = [f"Bonjour Maude,",
                  f"Je te réfère {c.nm(p, c.ch(['title', 'full']))} ({c.dob(p)}), DT1. "
                  f"{'Il' if p.sex == 'M' else 'Elle'} a perdu son emploi en {G.FR_MONTHS[c.r(0, 11)]} et "
                  f"n'a plus d'assurance collective; depuis, {'il' if p.sex == 'M' else 'elle'} rationne son insuline "
                  f"({c.ch(BOLUS)}) et a fait une acidocétose le mois dernier.",
                  f"Demande d'aide sociale en cours (NAS {c.sin(p)}), logement précaire (chambre louée). "
                  "Peux-tu voir pour l'inscription au régime public et une banque alimentaire?",
                  f"Tél. : {c.tel(p)}", c.sig(sw)]
        return c.spec("social", "social work referral about insulin rationing and income", sw, [X["rheault"]],
                      c.ch(["Référence – situation financière", "Réf. CLSC", "Demande de suivi psychosocial"]), blocks)
    if v == 1:
        p = c.nam_patient(12, 17)
        c.t("diagnosis", "lab_result")
        blocks = ["Dre Raghunathan,",
                  f"Suite à la 3e admission pour acidocétose de {c.nm(p, 'given')} (pH {c.dec(c.u(6.95, 7.2), 2)} "
                  "à l'arrivée), j'ai fait un signalement à la DPJ ce matin pour négligence. La mère dit ne pas "
                  "pouvoir superviser les injections avec ses quarts de nuit.",
                  ("kv", ident(c, p, labels=c.r(0, 2))),
                  "L'intervenante devrait me rappeler d'ici 48 h. Je te tiens au courant.", c.sig(sw, True)]
        return c.spec("social", "youth protection report after repeated ketoacidosis", sw, [S["raghunathan"]],
                      c.ch(["Signalement DPJ", "Confidentiel – signalement", "Suivi psychosocial"]), blocks)
    p = c.new_patient(30, 70, sex="F")
    c.t("diagnosis", "lab_result")
    who = c.nm(p, c.ch(["title_sur", "title", "initial", "full"]))
    if c.rng.random() < 0.5:
        who += f" (dossier {c.mrn(p)})"
    blocks = [f"{S['quenneville'].given},",
              f"Pour info avant ta rencontre avec {who} jeudi : elle m'a confié vivre de la violence conjugale. "
              "Elle est hébergée en maison d'aide depuis lundi, ne pas laisser de message au domicile. "
              f"Nouveau numéro sécuritaire : {c.tel(p)}.",
              f"Son diabète est déséquilibré (HbA1c {hba1c(c, 9, 12.5)}), elle a manqué ses deux derniers rendez-vous.",
              sw.given]
    return c.spec("social", "social worker note on domestic violence before visit", sw, [S["quenneville"]],
                  "Confidentiel", blocks, fmt="plain")


# ------------------------------------------------------------------ F14 forwarded patient mail
def transfert(c):
    v = c.serial % 3
    nurse = c.ch([S["quenneville"], S["aubut"], S["whitmore"]])
    doc = c.ch([S["vachon"], S["benslimane"]])
    p = c.new_patient(30, 80)
    pmail = G.strip_accents(p.given + p.surname).lower().replace(" ", "").replace("-", "") + \
        c.ch(["", str(p.dob.year), "_" + str(c.r(1, 99))]) + "@courriel.example"
    c.t("patient_name", "lab_result", "medication")
    pm = [f"Bonjour,",
          c.ch([f"Depuis que j'ai augmenté la {c.ch(BASALS)} à {c.r(20, 40)} unités, je fais des hypos le matin "
                f"(3,{c.r(0, 8)} ce matin à 6 h). Est-ce que je baisse?",
                f"Mes sucres sont toujours à 14-15 après le souper même avec la metformine. Mon pied droit "
                "est engourdi aussi.",
                f"J'ai reçu mon résultat d'HbA1c : {c.dec(c.u(8.5, 11))} %. Je suis découragé{'e' if p.sex == 'F' else ''}."]),
          f"Vous pouvez m'appeler au {c.tel(p)}.", "Merci", f"{p.given} {p.surname}"]
    c.names.append(p)
    if v == 0:
        blocks = [f"{doc.given}, peux-tu regarder? Je {'le' if p.sex == 'M' else 'la'} rappelle après ta réponse.", nurse.given,
                  ("fwd", ["-------- Message transféré --------", f"De : {p.given} {p.surname} <{pmail}>",
                           f"Date : {c.day(c.today)}", f"À : {nurse.email}", "Objet : glycémies"], pm)]
        return c.spec("forward", "nurse forwards patient message about glucose", nurse, [doc],
                      "TR: glycémies", blocks)
    if v == 1:
        inner = Spec("forward", "fr", True, "", (f"{p.given} {p.surname}", pmail), [nurse], "Question", pm)
        blocks = [f"Voir le courriel ci-joint {'du patient' if p.sex == 'M' else 'de la patiente'}. Je suis en congé demain, "
                  "peux-tu faire le suivi?", nurse.given]
        return c.spec("forward", "patient email attached as message for follow-up", nurse, [S["aubut"] if nurse is not S["aubut"] else S["quenneville"]],
                      "suivi svp", blocks, atts=[Att(c.ch(["Question.eml", "courriel patient.eml"]), "eml", inner=inner)])
    blocks = [f"Bonjour {p.given},", c.ch(["Oui, diminuez de 2 unités ce soir et notez vos glycémies cette semaine.",
                                          "Je vous réserve un rendez-vous mardi avec l'infirmière."]),
              nurse.name,
              ("quote", [f"Le {c.day(c.earlier(1, 3))}, {p.given} {p.surname} <{pmail}> a écrit :"], pm)]
    return c.spec("forward", "nurse reply to patient quoting glucose message", nurse,
                  [(f"{p.given} {p.surname}", pmail)], "RE: glycémies", blocks, reply=True)


# ------------------------------------------------------------------ F15 inpatient consult list / sign-out
def liste_garde(c):
    v = c.serial % 2
    doc = c.ch([S["vachon"], S["benslimane"], S["dallaire"]])
    doc2 = c.ch([x for x in (S["vachon"], S["benslimane"], S["dallaire"], S["gallagher"]) if x is not doc])
    rows = []
    probs = ["ACD résolue, passage s.c. fait, enseignement demain", "DT2 hyperglycémie sous corticos – ajuster NPH",
             "hypoglycémie sévère sur gliclazide + IRC", "DG 34 sem, insuline IV pendant induction",
             "hyperthyroïdie – méthimazole débuté", "hyponatrémie, SIADH probable", "pied diabétique, ostéomyélite – ATB",
             "insuffisance surrénalienne – hydrocortisone 20/10"]
    c.rng.shuffle(probs)
    for i in range(c.r(4, 6)):
        p = c.new_patient(25, 90) if c.rng.random() < 0.6 else c.nam_patient(25, 95)
        ch_ = f"{c.r(3, 6)}{c.ch(['N', 'S', 'E'])}-{c.r(1, 40):02d}"
        nmx = c.nm(p, c.ch(["upper_comma", "upper_first", "comma", "lower_rev", "initial_upper"]))
        rows.append([ch_, nmx, c.mrn(p, "plain"), probs[i % len(probs)]])
    c.t("diagnosis", "medication")
    if v == 0:
        blocks = [f"Salut {doc2.given},", "Liste de garde endo pour la fin de semaine :",
                  ("table", ["Ch.", "Patient", "Dossier", "Problème / plan"], rows),
                  "Bonne garde!", doc.given]
        return c.spec("signout", "weekend endocrinology consult sign-out list", doc, [doc2],
                      c.ch(["Liste de garde endo", "Sign-out fin de semaine", "Garde endo – liste"]), blocks,
                      fmt=c.ch([None, "plain", "html"]))
    x = A.xlsx([("Consultations", ["Chambre", "Patient", "No dossier", "Problème"], rows)])
    blocks = ["Bonjour,", "Liste des consultations actives en endocrinologie, mise à jour ce matin.", c.sig(doc, True)]
    return c.spec("signout", "active inpatient consult list spreadsheet", doc, [doc2, S["harbec"]],
                  "Consultations actives – endo", blocks,
                  atts=[Att(c.ch(["consults_endo.xlsx", f"liste_consultations_{c.today.isoformat()}.xlsx",
                                  "Liste – consultations actives.xlsx"]), "xlsx", x)])


# ------------------------------------------------------------------ F16 records from France / Belgium
def europe(c):
    v = c.serial % 2
    doc = c.ch([S["vachon"], S["dallaire"]])
    c.t("diagnosis", "medication", "lab_result")
    if v == 0:
        p = c.new_patient(24, 40, sex="F")
        frdoc = ("Dr Bastien Ferrand, diabétologue", "b.ferrand@chu-rhone-diabeto.example")
        blocks = ["Chère consœur,",
                  f"Je vous adresse les éléments du dossier de Madame {c.nm(p, 'upper_first')}, "
                  f"née le {c.dob(p, 'dmy')}, qui s'installe au Québec pour son post-doctorat.",
                  ("kv", [("N° de sécurité sociale", c.nir(p)),
                          ("Pathologie", "diabète de type 1 depuis 2009, sans complication"),
                          ("Traitement", f"pompe Medtrum, {c.ch(BOLUS)}; Tresiba en relais si panne"),
                          ("Dernière HbA1c", f"{c.dec(c.u(6.5, 8.5))} %"),
                          ("Fond d'œil", "normal (mars)")]),
                  "Je reste à votre disposition. Bien confraternellement,", "Dr Bastien Ferrand"]
        return c.spec("records", "transfer of diabetes record from France with social security number", frdoc, [doc],
                      "Transmission de dossier – patiente arrivant au Québec", blocks)
    p = c.new_patient(40, 75)
    bedoc = ("Dr An Peeters", "a.peeters@uzleuven-endo.example")
    kv = [("Patiënt / Patient", c.nm(p, "upper_first")), ("Né(e) le", c.dob(p, "dmy_dot")),
          ("NISS / INSZ", c.niss(p)),
          ("Diagnostic", "diabète de type 2, néphropathie (DFGe 44)"),
          ("Traitement", f"{c.ch(ORALS)}; {c.ch(GLP)}")]
    pdfb = A.pdf("Rapport de consultation – Endocrinologie", [("kv", kv), ("h", "Évolution"),
                 f"HbA1c {c.dec(c.u(7, 9.5))} %, RAC {c.r(30, 250)} mg/g. Déménagement prévu au Canada en juin."],
                 compress=c.rng.random() < 0.5)
    blocks = ["Bonjour,", f"Comme demandé par le patient, voici son dernier rapport de consultation.",
              "Met vriendelijke groeten / Cordialement,", "Dr An Peeters"]
    return c.spec("records", "Belgian consultation report with national number", bedoc, [doc],
                  "Rapport de consultation", blocks,
                  atts=[Att(c.ch(["rapport_consultation.pdf", f"consult_{p.surname}.pdf"]), "pdf", pdfb)])


# ------------------------------------------------------------------ F17 name only in Subject / file name
def discret(c):
    v = c.serial % 2
    doc = c.ch([S["vachon"], S["benslimane"], S["gallagher"]])
    p = c.new_patient(30, 85)
    if v == 0:
        c.t("lab_result")
        subj = c.ch([f"RE: {c.nm(p, 'title')} – HbA1c {hba1c(c, 9, 12.5)}",
                     f"{c.nm(p, 'upper_comma')} - TSH {c.dec(c.u(0.01, 0.08), 2)}, T4L {c.r(28, 55)}"])
        blocks = [c.ch(["Reçu, je la vois mardi.", "Merci, je l'appelle.", "OK, on devance son rendez-vous."]),
                  doc.given]
        return c.spec("subject_only", "short reply with the patient and result in the subject", doc,
                      [S["quenneville"]], subj, blocks, fmt="plain", reply=True)
    c.t("diagnosis", "patient_name")
    c.names.append(p)
    pdfb = A.pdf("Note de consultation – Endocrinologie",
                 [c.ch(["Motif : nodule thyroïdien de 2,4 cm, TI-RADS 4. Cytoponction recommandée.",
                        "Motif : hyperaldostéronisme primaire suspecté, rapport aldostérone/rénine élevé.",
                        "Motif : DT2 mal contrôlé, début d'insuline basale discuté, patient réticent."]),
                  "Plan : revoir dans 6 semaines."], compress=True)
    fn = c.ch([f"Consultation_{p.surname.upper()}_{p.given}_{c.today.isoformat()}.pdf",
               f"Note endo - {p.given} {p.surname}.pdf"])
    blocks = ["Bonjour,", "Ci-joint la note de consultation pour votre dossier.", c.sig(doc)]
    return c.spec("attachment_name", "consult note where the name is only in the file name", doc, [X["lemay"]],
                  c.ch(["Note de consultation", "Consultation endocrinologie"]), blocks,
                  atts=[Att(fn, "pdf", pdfb)])


# ------------------------------------------------------------------ F18 chart number only (no name)
def dossier_seul(c):
    v = c.serial % 2
    p = c.new_patient(30, 85)
    c.t("lab_result")
    if v == 0:
        lab = ("Laboratoire – HRVB", "labo.biochimie@" + G.HOSP_DOM)
        blocks = ["VALEUR CRITIQUE – avis au médecin traitant",
                  ("kv", [("No de dossier", c.mrn(p)), ("Prélèvement", f"{c.sdate(c.today)} {c.hm(c.r(7, 10), c.r(0, 59))}"),
                          ("Glucose", f"{c.dec(c.u(27, 38))} mmol/L (critique)"), ("Potassium", f"{c.dec(c.u(5.9, 6.6))} mmol/L"),
                          ("Créatinine", f"{c.r(180, 340)} µmol/L"),
                          ("Médecin", S["vachon"].titled())]),
                  "Résultat communiqué par téléphone à l'infirmière de la clinique. Merci de confirmer la prise en charge.",
                  "Biochimie – poste 4410"]
        return c.spec("lab_result", "critical lab value identified by chart number only", lab, [S["vachon"], S["quenneville"]],
                      c.ch(["Valeur critique", "AVIS – valeur critique glucose"]), blocks, fmt=c.ch(["plain", "html"]))
    blocks = [f"Annie,", f"Dossier {c.mrn(p)} : RAC {c.dec(c.u(30, 90))} mg/mmol et DFGe {c.r(28, 48)}, "
              "on veut ajuster son plan alimentaire (protéines) avant la visite du mois prochain. "
              "Peux-tu lui réserver 45 min?", S["dallaire"].given]
    return c.spec("lab_result", "kidney results by chart number for dietitian", S["dallaire"], [S["lacasse"]],
                  "RAC / DFGe – ajustement diète", blocks, fmt="plain")
