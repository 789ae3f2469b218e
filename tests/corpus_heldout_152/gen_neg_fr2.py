"""Negative (non-confidential) messages in French, part 2: blank forms, templates,
shortages, recalls, research, training, staff health, candidates, vehicles,
family programme, meetings, contact cards, accreditation, service notes."""
import datetime

import gen_attach as A
import gen_common as G
from gen_compose import Mail, inner_message
from gen_neg_fr1 import doc, list_addr, staff


def formulaire_vierge(c):
    clerk = c.team(c.pick(["clerk", "clerk2"]))
    kind = c.pick(["garde", "consult", "consentement"])
    if kind == "garde":
        title = "Demande d'évaluation psychiatrique — garde préventive (P-38.001)"
        items = [("kv", [("Nom de l'usager", "________________________"), ("Date de naissance (AAAA-MM-JJ)", "____-__-__"),
                         ("NAM", "____ ____ ____"), ("N° de dossier", "__________"), ("Adresse", "______________________________")]),
                 ("h", "Motifs (danger grave et immédiat)"), ("p", "[ ] pour lui-même   [ ] pour autrui   Description : ____________________"),
                 ("h", "Diagnostic provisoire"), ("p", "__________________________________"),
                 ("small", "Formulaire SM-114 (rév. 2025-01). Ne pas transmettre par courriel une fois rempli.")]
    elif kind == "consult":
        title = "Demande de consultation — psychiatrie externe (formulaire vierge)"
        items = [("kv", [("Nom, prénom", ""), ("DDN", ""), ("NAM", ""), ("Téléphone", ""), ("Médecin référent", "")]),
                 ("h", "Motif de consultation / diagnostic"), ("p", " "), ("h", "Médication actuelle"), ("p", " "),
                 ("p", "Priorité : [ ] A (7 j)  [ ] B (30 j)  [ ] C (60 j)  [ ] D (90 j)")]
    else:
        title = "Autorisation de communiquer des renseignements contenus au dossier"
        items = [("p", "Je soussigné(e) ____________________, né(e) le ____________, NAM ______________, autorise "
                       "le CIUSSS du Val-des-Outardes à communiquer à : ____________________"),
                 ("p", "les renseignements suivants : [ ] résumé de dossier [ ] diagnostic [ ] médication [ ] autre : ______"),
                 ("p", "Signature : ____________________   Date : ____________")]
    kind_f = c.pick(["pdf", "docx", "zip"])
    if kind_f == "zip":
        c.attach("zipmembers", "formulaires_vierges_2025.zip",
                 [("formulaire_vierge.pdf", A.make_pdf(title, items)), ("formulaire_vierge.docx", A.make_docx(title, items)),
                  ("LISEZMOI.txt", "Formulaires vierges - ne pas retourner remplis par courriel.\r\n".encode("utf-8"))])
    else:
        fn = c.pick(["formulaire_vierge", "SM-114_gabarit", "formulaire_à_jour"]) + "." + kind_f
        c.attach(kind_f, fn, A.make_pdf(title, items) if kind_f == "pdf" else A.make_docx(title, items))
    body = [("p", "Bonjour,"),
            ("p", "Voici la version à jour du formulaire. Merci de détruire les anciennes copies imprimées et d'utiliser "
                  "uniquement celle-ci à partir de lundi."),
            c.sig(clerk)]
    return Mail("blank_form", "blank form template, no patient data", clerk, [list_addr("Équipe SM adulte", "sm.adulte")],
                c.pick(["Nouveau formulaire (vierge)", "Formulaire mis à jour", "Gabarit de formulaire - version 2025"]), body)


def publipostage(c):
    clerk = c.team("clerk")
    tmpl = [("p", "Gabarit de lettre de rappel — clinique d'injection (publipostage)"),
            ("lines", ["«Prénom» «Nom»", "«Adresse»", "«Ville» (Québec) «Code_postal»", "", "Objet : Rappel de votre rendez-vous"]),
            ("p", "Bonjour «Prénom»,"),
            ("p", "Nous vous rappelons votre rendez-vous du «Date_RDV» à «Heure_RDV» à la clinique d'injection du pavillon Fleury. "
                  "Si vous ne pouvez pas vous présenter, veuillez nous appeler au 819-555-0140."),
            ("p", "Veuillez apporter votre carte d'assurance maladie."),
            ("lines", ["L'équipe de la clinique d'injection", G.ORG_FR])]
    body = [("p", "Bonjour Julie,"),
            ("p", "Voici le gabarit corrigé pour les lettres de rappel (champs de fusion entre chevrons). Je lancerai la fusion "
                  "depuis le système de rendez-vous, rien de nominatif dans ce courriel."),
            ("quote", "fwd", ["---- Gabarit ----"], tmpl), c.sig(clerk)]
    if c.chance(0.5):
        c.attach("docx", "Gabarit_rappel_injection.docx", A.make_docx("Rappel de rendez-vous", [("p", x[1]) if x[0] == "p" else ("p", " / ".join(x[1])) for x in tmpl]))
    return Mail("mail_merge_template", "mail-merge reminder letter template", clerk, [c.team("inf1")],
                c.pick(["Gabarit lettre de rappel", "Publipostage - rappels injection"]), body)


def rupture(c):
    ph = c.team("pharm")
    drug = c.pick([("Modecate (décanoate de fluphénazine) 25 mg/mL", "décanoate d'halopéridol"),
                   ("Fluanxol Dépôt (décanoate de flupenthixol) 20 mg/mL", "décanoate de zuclopenthixol (si disponible) ou halopéridol LA"),
                   ("lithium 300 mg (Carbolith)", "Lithane 150 mg en double dose"),
                   ("clozapine 100 mg (Clozaril)", "clozapine générique 100 mg (interchangeable)")])
    body = [("p", "AVIS DE RUPTURE D'APPROVISIONNEMENT"),
            ("p", f"Produit : {drug[0]}. Durée prévue : {c.pick(['6 à 8 semaines', 'indéterminée', 'jusqu’à la fin du mois'])}. "
                  f"Le fabricant invoque un problème de production."),
            ("p", f"Alternative proposée par le comité de pharmacologie : {drug[1]}. Les prescripteurs sont invités à réviser "
                  "les ordonnances à renouveler au cours des 4 prochaines semaines. La pharmacie communiquera avec chaque équipe."),
            ("p", "Aucune action requise pour les usagers déjà servis ce mois-ci."), c.sig(ph)]
    return Mail("drug_shortage", "drug shortage notice", ph, [list_addr("Prescripteurs SMD", "prescripteurs.smd")],
                "Rupture d'approvisionnement - " + drug[0].split(" (")[0], body)


def rappel(c):
    ph = c.team("pharm")
    lots = [c.pick(["K", "P", "R"]) + G.make_luhn_serial(c.rng, 8) for _ in range(c.rng.randint(2, 4))]
    body = [("p", "RAPPEL DE PRODUIT — Niveau II"),
            ("p", f"Produit : {c.pick(['Aiguilles de sécurité 21G x 1,5 po', 'Seringues préremplies de chlorure de sodium 0,9 % 10 mL', 'Tampons alcoolisés 70 %'])}. "
                  "Motif : défaut de stérilité possible sur certains lots."),
            ("lines", ["Lots visés :"] + ["- " + x for x in lots]),
            ("p", "Retirez les produits visés et retournez-les au magasin central. Aucun effet indésirable n'a été rapporté."),
            c.sig(ph)]
    return Mail("recall", "product recall with lot numbers", ph, [list_addr("Chefs d'unité", "chefs.unite")],
                "Rappel de produit - lots visés", body)


def protocole(c):
    chercheur = doc(c)
    title = c.pick(["Essai pragmatique : injection mensuelle vs trimestrielle de palipéridone après un premier épisode",
                    "Étude observationnelle sur les équipes mobiles de crise et les visites à l'urgence",
                    "Programme de psychoéducation pour les proches : étude pilote randomisée"])
    body = [("p", "Bonjour,"),
            ("p", f"Le comité d'éthique de la recherche a approuvé le protocole « {title} » (CÉR-2025-{c.rng.randint(100, 999)})."),
            ("lines", ["Critères d'inclusion : 18-45 ans; diagnostic de schizophrénie ou trouble schizoaffectif (DSM-5-TR); suivi actif.",
                       "Critères d'exclusion : grossesse; trouble neurocognitif; garde en établissement en cours.",
                       f"Recrutement visé : {c.rng.randint(60, 240)} participants sur 24 mois.",
                       "Aucun participant recruté à ce jour."]),
            ("p", "Les cliniciens intéressés à référer peuvent me contacter. Le formulaire de consentement est joint."),
            c.sig(chercheur)]
    c.attach("pdf", c.pick(["Protocole_résumé.pdf", "Résumé du protocole et formulaire de consentement.pdf"]), A.make_pdf(title, [("p", x) for x in body[2][1]], author=chercheur.name))
    return Mail("research_protocol", "research protocol approval without participants", chercheur, [list_addr("Psychiatres HSA", "psychiatres")],
                "Nouvelle étude approuvée - recrutement", body)


def formation(c):
    org = c.team(c.pick(["coord", "mgr", "comm"]))
    course = c.pick([("Oméga - approche de pacification en situation d'agressivité", "2 jours"),
                     ("Intervenir auprès de la personne suicidaire (formation de sentinelles)", "1 jour"),
                     ("Administration de la naloxone et surdoses", "3 heures"),
                     ("Loi P-38.001 : rôles et responsabilités", "3 heures")])
    dates = [c.in_days(c.rng.randint(5, 30)) for _ in range(3)]
    body = [("p", "Bonjour à tous,"),
            ("p", f"Inscriptions ouvertes : « {course[0]} » ({course[1]}). Formatrice : {staff(c).name}, conseillère clinique."),
            ("lines", ["Dates offertes :"] + [f"- {G.fmt_date(d, 'fr', True)}, 8 h 30" for d in sorted(dates)]),
            ("p", "Inscription obligatoire pour le personnel de l'EMIC et de l'unité 4B. Remplacement assuré par la liste de rappel."),
            c.sig(org)]
    return Mail("training", "staff training registration", org, [list_addr("Personnel SMD", "personnel.smd")],
                "Formation : " + course[0].split(" (")[0].split(" - ")[0], body)


def sante_travail(c):
    sst = staff(c, "", "conseillère en santé et sécurité du travail")
    emp = staff(c)
    kind = c.pick(["vaccin", "ajustement", "ergonomie"])
    if kind == "vaccin":
        txt = [("p", "Bonjour,"),
               ("p", "La clinique de vaccination du personnel (influenza et COVID-19) aura lieu au pavillon Fleury les mardis de "
                     "novembre, 7 h 30 à 15 h 30. Apportez votre carte d'employé."),
               ("p", "Les employés de l'EMIC peuvent se présenter sans rendez-vous.")]
        to = [list_addr("Personnel SMD", "personnel.smd")]
        subj = "Vaccination du personnel"
    elif kind == "ajustement":
        txt = [("p", c.hello(emp)),
               ("p", "Suite à votre retour progressif, votre horaire adapté est confirmé : 3 jours/semaine pour 4 semaines, sans "
                     "interventions de crise à domicile. Le billet médical a été reçu par le bureau de santé."),
               ("p", "N'hésitez pas à me joindre pour toute question.")]
        to = [emp, c.team("mgr")]
        subj = "Retour progressif - horaire adapté"
    else:
        txt = [("p", "Bonjour,"),
               ("p", "Suite à la déclaration d'événement (agression verbale lors d'une intervention à domicile, aucun blessé), "
                     "une rencontre de débriefing est offerte à l'équipe EMIC jeudi 14 h. Le PAE reste disponible 24/7 : 1-800-555-0123."),
               ("p", "Rappel : les déclarations SST doivent être faites dans les 24 h.")]
        to = [list_addr("Équipe EMIC", "emic")]
        subj = "Débriefing d'équipe et PAE"
    txt.append(c.sig(sst))
    return Mail("occupational_health", "staff occupational health and safety mail", sst, to, subj, txt)


def candidats(c):
    rh = c.team("hr")
    rows = []
    t = datetime.datetime(2025, 1, 1, 9, 0)
    for _ in range(c.rng.randint(3, 5)):
        s = staff(c)
        rows.append([t.strftime("%H h %M"), s.name, c.pick(["Inf. clinicienne", "TS", "Psychologue"]), c.pick(["Teams", "en personne"])])
        t += datetime.timedelta(minutes=45)
    day = c.in_days(c.rng.randint(3, 9))
    body = [("p", c.hello(c.team("mgr"))),
            ("p", f"Voici l'horaire des entrevues du {G.fmt_date(day, 'fr', True)} pour le poste à l'EMIC. Les CV sont dans le dossier partagé RH."),
            ("table", ["Heure", "Candidat(e)", "Titre", "Mode"], rows),
            ("p", "Comité de sélection : vous, Alain Fiset et moi."), c.sig(rh)]
    return Mail("hr_candidates", "job interview schedule with candidates", rh, [c.team("mgr"), c.team("coord")],
                "Entrevues - poste EMIC", body)


def vehicule(c):
    coord = c.team("coord")
    vin = G.make_vin(c.rng)
    body = [("p", "Bonjour,"),
            ("p", f"Le véhicule d'intervention n° 3 (Toyota RAV4 hybride, plaque F{c.rng.randint(10, 99)} {c.pick(['KLM', 'RTX', 'BHW'])}, "
                  f"NIV {vin}) sera au garage pour l'entretien des 40 000 km mardi."),
            ("p", "L'équipe de soir utilisera le véhicule de remplacement (clé au poste de sécurité). Remplissez le registre de kilométrage."),
            c.sig(coord)]
    return Mail("vehicle", "crisis team vehicle maintenance", coord, [list_addr("Équipe EMIC", "emic")],
                "Véhicule 3 au garage mardi", body)


def familles_groupe(c):
    fam = c.team("fam")
    dates = sorted(c.in_days(k * 5 + c.rng.randint(1, 3)) for k in range(4))
    topics = ["Comprendre la psychose et la schizophrénie", "Les troubles de l'humeur : bipolarité et dépression",
              "La Loi P-38 et l'ordonnance de traitement : ce que les proches doivent savoir", "Prendre soin de soi comme proche aidant"]
    rows = [[G.fmt_date(d, "fr", True), "18 h 30", t, c.pick([doc(c).titled(), staff(c).name + ", TS", "Le Phare des familles"])]
            for d, t in zip(dates, topics)]
    body = [("p", "Bonjour,"),
            ("p", "Voici l'horaire de la prochaine série de rencontres psychoéducatives pour les familles et proches. "
                  "Vous pouvez remettre le dépliant aux familles rencontrées."),
            ("table", ["Date", "Heure", "Thème", "Animation"], rows),
            ("p", "Inscription : 819-555-0145 (Le Phare des familles)."), c.sig(fam)]
    if c.chance(0.5):
        c.attach("pdf", "Dépliant_rencontres_familles.pdf", A.make_pdf("Rencontres pour les proches", [("table", ["Date", "Heure", "Thème", "Animation"], rows)]))
    return Mail("family_program", "family psychoeducation programme schedule", fam, [list_addr("Équipe SM adulte", "sm.adulte")],
                "Rencontres pour les familles - nouvelle série", body)


def reunion_ics(c):
    mgr = c.team(c.pick(["mgr", "coord"]))
    day = c.in_days(c.rng.randint(2, 10))
    start = datetime.datetime(day.year, day.month, day.day, c.pick([8, 12, 13]), 30)
    subj = c.pick(["Réunion d'équipe EMIC", "Comité de gestion SMD", "Rencontre - réorganisation des horaires HJ"])
    ics = A.make_ics(f"{c.rng.getrandbits(48):012x}@{G.DOM}", start, start + datetime.timedelta(hours=1), subj,
                     "Salle 3.02, pavillon Fleury / Teams", "Ordre du jour : suivi budgétaire, horaires d'été, projet de ligne de crise 24/7.",
                     (mgr.name, mgr.addr), [(c.team("coord").name, c.team("coord").addr), (c.team("qual").name, c.team("qual").addr)],
                     datetime.datetime(c.dt.year, c.dt.month, c.dt.day, 14, 0, 0))
    c.attach("ics", "invitation.ics", ics)
    body = [("p", "Bonjour,"), ("p", f"Invitation : {subj}. Ordre du jour dans l'invitation."), c.sig(mgr)]
    return Mail("meeting_invite", "staff meeting calendar invitation", mgr, [c.team("coord"), c.team("qual")], "Invitation : " + subj, body)


def vcard_staff(c):
    comm = c.team("mgr")
    s = staff(c, "", "coordonnatrice clinique, hôpital de jour")
    vc = A.make_vcard(s.given, s.surname, org=G.ORG_FR, title="Coordonnatrice clinique, hôpital de jour",
                      tel_work="819-555-0146 poste 5210", email=s.addr)
    c.attach("vcf", f"{s.given} {s.surname}.vcf", vc)
    body = [("p", "Bonjour à tous,"),
            ("p", f"Je vous annonce l'arrivée de {s.name} à titre de coordonnatrice clinique de l'hôpital de jour. "
                  "Ses coordonnées sont jointes."), c.sig(comm)]
    return Mail("staff_contact", "new staff member contact card", comm, [list_addr("Équipe SM adulte", "sm.adulte")],
                "Nouvelle coordonnatrice clinique - HJ", body)


def agrement(c):
    q = c.team("qual")
    rows = [["Consentement signé au dossier", f"{c.rng.randint(82, 99)} %"], ["Plan de sécurité documenté (EMIC)", f"{c.rng.randint(70, 96)} %"],
            ["Bilan comparatif des médicaments", f"{c.rng.randint(60, 92)} %"], ["Suivi post-crise < 72 h", f"{c.rng.randint(65, 90)} %"]]
    body = [("p", "Bonjour,"),
            ("p", f"Résultats de l'audit de dossiers préparatoire à la visite d'Agrément (échantillon de {c.rng.randint(40, 80)} dossiers, données agrégées) :"),
            ("table", ["Critère", "Conformité"], rows),
            ("p", "Un plan d'amélioration sera présenté au comité qualité."), c.sig(q)]
    return Mail("accreditation_audit", "aggregate chart audit results for accreditation", q, [c.team("mgr")],
                "Audit de dossiers - résultats agrégés", body)


def note_service(c):
    mgr = c.team("mgr")
    body = [("p", "NOTE DE SERVICE"),
            ("p", c.pick(["Objet : révision de la procédure de garde préventive. À compter du 1er mars, l'évaluation par l'EMIC "
                          "précède tout transport vers l'urgence lorsque la situation le permet. Le formulaire SM-114 révisé est "
                          "obligatoire.",
                          "Objet : transmission des renseignements cliniques. Rappel : aucun renseignement nominatif ne doit être "
                          "transmis par courriel externe non chiffré. Utilisez la plateforme sécurisée.",
                          "Objet : horaire des Fêtes. La clinique d'injection sera ouverte les 23, 27 et 30 décembre; l'hôpital de jour "
                          "sera fermé du 24 décembre au 2 janvier."])),
            c.sig(mgr)]
    if c.chance(0.5):
        raw = inner_message(c, mgr, [list_addr("Personnel SMD", "personnel.smd")], "Note de service", body, c.earlier(3))
        c.attach_eml(raw, c.pick(["Note de service.eml", None]))
        fwd = c.team(c.pick(["coord", "clerk"]))
        body = [("p", "Bonjour,"), ("p", "Je vous retransmets la note de service de la direction (en pièce jointe) pour ceux qui ne l'ont pas reçue."),
                ("lines", [fwd.given])]
        return Mail("service_note", "service note forwarded as attached message", fwd, [list_addr("Équipe EMIC", "emic")], "TR: Note de service", body)
    return Mail("service_note", "service note to staff", mgr, [list_addr("Personnel SMD", "personnel.smd")], "Note de service", body)


def reply_garde(c):
    a = doc(c)
    b = c.team(c.pick(["psy1", "psy2", "psy3"]))
    d = c.in_days(c.rng.randint(6, 20))
    when = c.earlier(c.rng.randint(0, 1))
    qsubj = c.pick(["Échange de garde", "Garde du " + G.fmt_date(d, "fr"), "Besoin d'un remplaçant - garde"])
    q = [("p", "Bonjour,"),
         ("p", f"Je cherche quelqu'un pour prendre ma garde de l'urgence psychiatrique le {G.fmt_date(d, 'fr', True)} "
               f"(mariage familial). Je peux reprendre une fin de semaine en échange."),
         ("lines", [a.given])]
    style = c.pick([">", "outlook"])
    body = [("p", c.pick(["Je peux la prendre. Je t'envoie mes disponibilités pour l'échange.",
                          "Ok pour moi si tu prends mon samedi 12. J'avise la secrétaire du département.",
                          "Désolée, je suis en congrès ce jour-là. Essaie avec les gérontopsychiatres?"])),
            ("lines", [b.given]),
            ("quote", style, c.quote_head(a.name, a.addr, when, style, "Psychiatres HSA", qsubj), q)]
    c.reply = c.msgid("orig")
    return Mail("oncall_swap", "reply about an on-call swap between psychiatrists", b, [a],
                ("RE: " if style == "outlook" else "Re: ") + qsubj, body)


NEG_FR2 = [
    (formulaire_vierge, 3), (publipostage, 3), (rupture, 3), (rappel, 2), (protocole, 3), (formation, 3),
    (sante_travail, 3), (candidats, 2), (vehicule, 2), (familles_groupe, 3), (reunion_ics, 3), (vcard_staff, 2),
    (agrement, 2), (note_service, 2), (reply_garde, 2),
]
