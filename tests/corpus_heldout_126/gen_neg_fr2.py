"""Non-confidential (hard negative) messages in French, part 2."""
import datetime

import gen_attach as A
import gen_common as G
from gen_mime import Att, EmlAtt
from gen_neg_fr import L, NOTE_STAFF, d_after, gtin, hello, lot, luhn_serial, neg, sig
from gen_tpl import earlier, forwarded, new_doc, quoted, shared, who


# ---------------------------------------------------------------- 14. de-identified teaching case

def n_cas(ctx):
    R = ctx.rng
    cases = [
        (f"Homme de {R.randint(60, 78)} ans, myélome multiple, acide zolédronique IV depuis 3 ans. Exposition osseuse linguale "
         "de 9 mm en région 46-47 depuis 10 semaines, sans douleur. CTX sérique 110 pg/mL.",
         "Quel stade ? Quelle prise en charge proposez-vous ?"),
        (f"Femme de {R.randint(30, 50)} ans, enceinte de 28 semaines, cellulite d'origine dentaire (36). Allergie à la pénicilline.",
         "Quel antibiotique ? Peut-on extraire maintenant ?"),
        (f"Enfant de {R.randint(4, 7)} ans, TSA non verbal, carie précoce sévère. Deux échecs de traitement au fauteuil.",
         "Indications de l'anesthésie générale et préparation de la famille."),
        (f"Homme de {R.randint(55, 70)} ans, valve mécanique, INR 2,8 le matin, extraction de 3 molaires prévue.",
         "Faut-il interrompre la warfarine ? Quelles mesures d'hémostase locale ?"),
    ]
    c = R.choice(cases)
    au = R.choice(["vachon", "bergeron"])
    text = (f"{hello(R)}\n\nCas clinique pour la réunion d'enseignement des résidents de {G.day_fr(d_after(ctx))} "
            f"(cas anonymisé) :\n\n{c[0]}\n\nQuestions : {c[1]}\n\n{sig(R, au)}\n")
    return neg(ctx, "teaching_case", "cas clinique anonymisé pour l'enseignement", who(au),
               [("Résidents - chirurgie buccale", "residents.cbmf@" + G.DOMAIN)], R.choice(["Cas de la semaine", "Cas clinique - enseignement", "Réunion des résidents : cas"]), text)


# ---------------------------------------------------------------- 15. blank form

def n_formulaire(ctx):
    R = ctx.rng
    fields = ["Nom de l'usager : ______________________", "Prénom : ______________________",
              "Date de naissance (AAAA-MM-JJ) : ____-__-__", "No d'assurance maladie (NAM) : ____ ____ ____",
              "No de dossier : __________", "Diagnostic / motif de consultation : ______________________",
              "Médication actuelle : ______________________", "Allergies : ______________________",
              "Médecin référent : ______________________   No de permis : _______", "Signature : ______________"]
    title = R.choice(["Demande de consultation - dentisterie hospitalière (version 2025-03)",
                      "Formulaire de consentement - chirurgie sous anesthésie générale (vierge)"])
    if R.random() < 0.5:
        att = Att("Formulaire_consultation_dentaire_v2025-03.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  A.make_docx(title, fields, author="Sébastien Rioux"))
    else:
        att = Att("formulaire_vierge.pdf", "application/pdf", A.make_pdf(title, fields, compress=R.random() < 0.5))
    text = (f"{hello(R)}\n\nVoici la nouvelle version du formulaire ({title.split(' (')[0]}). Merci de détruire les anciennes copies "
            "et d'utiliser uniquement celle-ci à partir de lundi.\n\n" + sig(R, "rioux"))
    return neg(ctx, "blank_form", "formulaire vierge", who("rioux"), [shared("tous"), who("bissonnette"), who("arsenault")],
               R.choice(["Nouveau formulaire de consultation", "Formulaire mis à jour", "Nouvelle version du formulaire"]), text, atts=[att])


# ---------------------------------------------------------------- 16. mail-merge template

def n_gabarit(ctx):
    R = ctx.rng
    ph = R.choice([("«Prénom»", "«Nom»", "«Date_RV»", "«Heure_RV»"), ("{{prenom}}", "{{nom}}", "{{date_rdv}}", "{{heure}}"),
                   ("[PRÉNOM]", "[NOM]", "[DATE]", "[HEURE]")])
    tpl = (f"Bonjour {ph[0]} {ph[1]},\n\nNous vous rappelons votre rendez-vous à la clinique dentaire de {G.HOSP_FR} le {ph[2]} "
           f"à {ph[3]}. Présentez-vous 15 minutes à l'avance avec votre carte d'assurance maladie et la liste de vos médicaments.\n"
           f"Pour annuler : {G.TEL}, poste 4410.\n")
    text = (f"{hello(R, 'Nancy')}\n\nVoici le gabarit corrigé pour les rappels automatiques (publipostage). Les champs entre "
            f"délimiteurs sont remplis par le système :\n\n-----\n{tpl}-----\n\n{sig(R, 'rioux', short=True)}\n")
    return neg(ctx, "template", "gabarit de publipostage pour rappels", who("rioux"), [who("proulx")], R.choice(["Gabarit rappel RV", "Gabarit publipostage - rappels", "Correction du gabarit de rappel"]), text)


# ---------------------------------------------------------------- 17. drug shortage

def n_rupture(ctx):
    R = ctx.rng
    drug = R.choice([("articaïne 4 % avec épinéphrine 1:100 000", "lidocaïne 2 % avec épinéphrine 1:100 000"),
                     ("amoxicilline 500 mg capsules", "amoxicilline 250 mg (2 caps)"),
                     ("chlorhexidine 0,12 % 473 mL", "format 1,89 L à reconditionner"),
                     ("acide tranexamique injectable 100 mg/mL", "comprimés 500 mg écrasés en rince-bouche")])
    text = (f"{hello(R)}\n\nAVIS DE RUPTURE D'APPROVISIONNEMENT\n\nProduit : {drug[0]}\nDurée estimée : {R.randint(3, 12)} semaines\n"
            f"Solution de rechange : {drug[1]}\nLot(s) touché(s) : {lot(R)}, {lot(R)}\n\nMerci d'ajuster vos ordonnances en conséquence.\n\n"
            + sig(R, "patel"))
    return neg(ctx, "shortage", "avis de rupture de médicament", who("patel"), [shared("tous")],
               f"Rupture : {drug[0].split(' ')[0]}", text)


# ---------------------------------------------------------------- 18. product recall

def n_rappel(ctx):
    R = ctx.rng
    prod = R.choice(["sutures Vicryl 4-0 FS-2", "fraises chirurgicales Lindemann", "implants de 4,1 x 10 mm", "gants nitrile taille M"])
    lots = [lot(R) for _ in range(3)]
    text = (f"{hello(R)}\n\nRappel volontaire du fabricant — {prod}.\nLots : {', '.join(lots)}\nGTIN : {gtin(R)}\n"
            f"Motif : {R.choice(['emballage stérile possiblement compromis', 'défaut de fabrication', 'étiquetage erroné'])}.\n\n"
            "Veuillez retirer les boîtes visées et les retourner à l'approvisionnement. Aucun incident n'a été signalé chez nous.\n\n"
            + sig(R, "nolet"))
    return neg(ctx, "recall", "rappel de produit par numéros de lot", who("nolet"), [shared("tous")], f"RAPPEL - {prod}", text)


# ---------------------------------------------------------------- 19. research protocol without participants

def n_recherche(ctx):
    R = ctx.rng
    text = (f"{hello(R)}\n\nLe comité d'éthique a approuvé le protocole HHR-{R.randint(2024, 2025)}-{R.randrange(100, 999)} : "
            f"« Photobiomodulation pour la prévention de l'ostéonécrose après extraction chez les patients sous antirésorptifs ».\n\n"
            "Critères d'inclusion : adultes sous dénosumab ou bisphosphonate IV nécessitant au moins une extraction.\n"
            "Critères d'exclusion : radiothérapie tête et cou, grossesse.\nObjectif de recrutement : 60 participants sur 24 mois.\n\n"
            f"Les cliniciens intéressés à référer sont invités à une présentation le {G.fmt_date(d_after(ctx), 'long', L)}.\n\n"
            + sig(R, "vachon"))
    return neg(ctx, "research", "annonce d'un protocole de recherche sans participant", who("vachon"), [shared("tous")],
               R.choice(["Nouveau projet de recherche - ONM", "Protocole approuvé par le CÉR", "Recherche : photobiomodulation et ONM"]), text)


# ---------------------------------------------------------------- 20. staff occupational health

def n_sante_travail(ctx):
    R = ctx.rng
    k = R.choice(NOTE_STAFF)
    s = G.staff(k)
    v = R.randrange(2)
    if v == 0:
        text = (f"{hello(R, 'Sébastien')}\n\n{s['title']} {s['name']} sera en retour progressif à compter du {G.fmt_date(d_after(ctx), 'long', L)} "
                f"(3 jours/semaine pendant 4 semaines) à la suite de son {R.choice(['absence pour une tendinite à l’épaule', 'arrêt pour une chirurgie au genou', 'congé de maladie'])}. "
                "Éviter les longues chirurgies au fauteuil pour le moment.\n\n" + sig(R, "giguere"))
        subj = "Retour progressif"
        to = [who("rioux")]
    else:
        text = (f"{hello(R)}\n\nLa clinique de vaccination du personnel (hépatite B, influenza) aura lieu le {G.day_fr(d_after(ctx))} au local "
                "A-012. Les sérologies anti-HBs de contrôle sont offertes aux nouvelles employées et nouveaux employés.\n\n"
                "Santé et sécurité au travail\n" + G.ORG_FR + "\n")
        subj = "Vaccination du personnel"
        to = [shared("tous")]
    return neg(ctx, "occupational_health", "santé au travail du personnel", who("giguere"), to, subj, text)


# ---------------------------------------------------------------- 21. training

def n_formation(ctx):
    R = ctx.rng
    f = R.choice(["RCR/DEA niveau C", "Prise en charge de l'urgence médicale au fauteuil", "Prévention des infections - retraitement",
                  "Utilisation du lève-personne"])
    d = d_after(ctx)
    text = (f"{hello(R)}\n\nFormation obligatoire : {f}\nDate : {G.day_fr(d)}, {R.choice(['8 h à 12 h', '13 h à 16 h'])}\n"
            f"Lieu : salle {R.choice(['B-214', 'C-110'])}\nFormatrice : {R.choice(['Mme Valérie Drouin, inf.', 'Mme Isabelle Charbonneau'])}\n\n"
            f"Inscription auprès de votre gestionnaire avant le {G.fmt_date(d - datetime.timedelta(days=7), 'long', L)}.\n\n" + sig(R, "giguere"))
    return neg(ctx, "training", "invitation à une formation du personnel", who("giguere"), [shared("tous")], f"Formation : {f}", text)


# ---------------------------------------------------------------- 22. internal memo

def n_note_service(ctx):
    R = ctx.rng
    v = R.randrange(2)
    if v == 0:
        text = (f"{hello(R)}\n\nRAPPEL : ne transmettez jamais de renseignements d'usagers (nom, NAM, date de naissance, diagnostic) "
                "par courriel non chiffré à l'externe. Utilisez la télécopie sécurisée ou la plateforme de transfert.\n"
                "Les références des GMF doivent arriver par le formulaire standard.\n\n" + sig(R, "rioux"))
        subj = "Rappel - confidentialité des courriels"
    else:
        text = (f"{hello(R)}\n\nÀ compter du {G.fmt_date(d_after(ctx), 'long', L)}, les demandes de pré-autorisation aux assureurs seront "
                "centralisées par Mme Stéphanie Paradis. Délai de traitement visé : 5 jours ouvrables.\n\n" + sig(R, "rioux"))
        subj = "Note de service - pré-autorisations"
    return neg(ctx, "memo", "note de service interne", who("rioux"), [shared("tous")], subj, text)


# ---------------------------------------------------------------- 23. job candidate

def n_candidature(ctx):
    R = ctx.rng
    cand = R.choice([("Mme", "Aurélie", "Tanguay"), ("M.", "Vincent", "Ménard"), ("Mme", "Sarah-Maude", "Gendron"), ("M.", "Julien", "Rochon")])
    text = (f"{hello(R, 'Dre Vachon')}\n\nVoici la candidature de {cand[0]} {cand[1]} {cand[2]} pour le poste de dentiste en dentisterie "
            "hospitalière (affichage DG-2025-14). Résidence multidisciplinaire complétée en 2024, intérêt marqué pour les patients "
            f"ayant des besoins particuliers. Entrevue proposée le {G.day_fr(d_after(ctx))}.\n\n" + sig(R, "giguere"))
    cv = A.make_pdf(f"Curriculum vitae - {cand[1]} {cand[2]}", ["DMD, Université de Montréal (2023)",
                                                               "Résidence multidisciplinaire en médecine dentaire (2024)",
                                                               "Expérience : clinique mobile en CHSLD, 2022-2024",
                                                               f"Courriel : {G.ascii_fold(cand[1]).lower()}.{G.ascii_fold(cand[2]).lower()}@courriel.example"],
                    compress=R.random() < 0.5)
    return neg(ctx, "candidate", "candidature à un poste", who("giguere"), [who("vachon")], f"Candidature - {cand[1]} {cand[2]}", text,
               atts=[Att(f"CV_{cand[2]}.pdf", "application/pdf", cv)])


# ---------------------------------------------------------------- 24. meeting invite (ICS) or supplier vCard

def n_reunion(ctx):
    R = ctx.rng
    if R.random() < 0.6:
        d = d_after(ctx)
        st = datetime.datetime(d.year, d.month, d.day, 12, 0)
        ics = A.make_ics(f"reunion-{d.isoformat()}@{G.DOMAIN}", "Réunion de service - médecine dentaire", st,
                         st + datetime.timedelta(hours=1), "Ordre du jour : budget 2025-2026, horaire d'été, nouveaux fauteuils.",
                         "Salle B-214 / Teams", (G.staff("rioux")["name"], G.staff("rioux")["email"]),
                         [(G.staff(k)["name"], G.staff(k)["email"]) for k in ("vachon", "bergeron", "levesque")])
        text = f"{hello(R)}\n\nInvitation à la réunion de service.\n\n{sig(R, 'rioux', short=True)}\n"
        return neg(ctx, "meeting", "invitation à une réunion de service", who("rioux"), [shared("tous")],
                   "Réunion de service", text, atts=[Att("invite.ics", 'text/calendar; charset="utf-8"; method=REQUEST', ics, cte="base64")])
    vcf = A.make_vcard("Maxime", "Desrosiers", tel=[("WORK", "1-888-555-0177"), ("CELL", "819-555-0188")],
                       email="maxime.desrosiers@fdboreal.example", org="Fournitures Dentaires Boréal inc.",
                       title="Représentant - chirurgie buccale")
    text = (f"{hello(R, 'Isabelle')}\n\nVoici les coordonnées du nouveau représentant de Boréal pour les instruments de chirurgie.\n\n"
            f"{sig(R, 'nolet', short=True)}\n")
    return neg(ctx, "contact", "carte de visite d'un représentant fournisseur", who("nolet"), [who("charbonneau")],
               "Nouveau représentant Boréal", text, atts=[Att("Maxime Desrosiers.vcf", 'text/vcard; charset="utf-8"', vcf)])


# ---------------------------------------------------------------- 25. social / farewell

def n_social(ctx):
    R = ctx.rng
    d = d_after(ctx)
    au = R.choice(["perreault", "turcotte"])
    text = (f"{hello(R)}\n\nPour souligner le départ à la retraite de M. Patrick Labelle, un 5 à 7 aura lieu le {G.day_fr(d)} au "
            "café du pavillon A. Une carte circule à la clinique; contribution suggérée pour le cadeau : 10 $.\n\n"
            f"{sig(R, au, short=True)}\n")
    return neg(ctx, "social", "invitation à un 5 à 7 de départ", who(au), [shared("tous")],
               "5 à 7 - retraite de Patrick", text)


# ---------------------------------------------------------------- 26. admin thread (reply / forward / attached .eml)

def n_thread(ctx):
    R = ctx.rng
    odt = G.msg_datetime(R)
    dt = odt + datetime.timedelta(hours=R.randint(1, 30))
    v = R.randrange(3)
    orig = (f"Bonjour Sébastien,\n\nEst-ce qu'on peut avoir la salle 6 le mardi matin en mai pour la liste de la Dre Vachon ? "
            f"Le bloc propose d'échanger avec l'ORL.\n\nIsabelle")
    if v == 0:
        text = ("Oui, c'est confirmé avec la coordination du bloc, à partir du 6 mai.\n\nSébastien" +
                quoted(orig, L, R.choice(["gt", "outlook"]), who("charbonneau"), odt, who("rioux"), "Salle 6 en mai") + "\n")
        return neg(ctx, "reply", "réponse sur la planification d'une salle", who("rioux"), [who("charbonneau")], "RE: Salle 6 en mai",
                   text, date=dt, in_reply_to=ctx.msgid())
    if v == 1:
        text = (f"{hello(R, 'Hélène')}\n\nPour info, voir ci-dessous.\n\nSébastien" +
                forwarded(orig, L, who("charbonneau"), odt, who("rioux"), "Salle 6 en mai") + "\n")
        return neg(ctx, "forward", "transfert d'un échange de planification", who("rioux"), [who("vachon")], "TR: Salle 6 en mai",
                   text, date=dt)
    inner = new_doc(ctx, L, "inner", "", False, [], shared("appro"), [shared("tous")], "Budget d'équipement 2025-2026",
                    "Bonjour,\n\nLes demandes d'équipement pour 2025-2026 doivent être déposées avant le 15 mars dans le "
                    "formulaire budgétaire. Seuil d'immobilisation : 5 000 $.\n\nApprovisionnement\n", date=odt)
    text = f"{hello(R, 'Hélène')}\n\nJe te transfère l'avis en pièce jointe; on pourrait demander le 2e appareil panoramique.\n\nSébastien\n"
    return neg(ctx, "forward", "avis budgétaire transféré en pièce jointe", who("rioux"), [who("vachon")],
               "TR: Budget d'équipement 2025-2026", text, date=dt, atts=[EmlAtt(inner, "Budget équipement.eml")])
