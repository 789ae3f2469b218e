"""French hard negatives, part B: housekeeping, blank forms, templates, teaching,
research, staff life, calendar / vCard / ZIP / attached messages."""
import datetime

import gen_attach as A
import gen_common as C
from gen_build import inner_message, text_table
from gen_neg_fr_a import ALL_PCI, DOCX, GEST, XLSX, sig_full
from gen_pos_fr_a import bye, hello

X = C.EXTERNAL


# n18 ---------------------------------------------------------------------
def n_hs_desinfection(ctx):
    r = ctx.rng
    s = ctx.staff_role("infirmière en PCI")
    rm = "%d-%s" % (r.randrange(201, 840), r.choice("ABCD"))
    text = ("%s\n\nDemande de désinfection terminale au sporicide (chlore 5000 ppm) pour la chambre %s, "
            "départ prévu vers 11 h. Inclure les rideaux séparateurs, la chaise d'aisance et le lève-personne. "
            "Ensuite UV-C si le robot est disponible.\n\nAffiche « Précautions contact renforcées » à retirer "
            "seulement après la désinfection.\n\n%s" % (hello(ctx), rm, bye(ctx, s)))
    return {"category": "housekeeping", "from": s.addr(), "to": [ctx.staff_role("hygiène et salubrité").addr()],
            "subject": "Désinfection terminale %s" % rm, "text": text,
            "note": "terminal cleaning request for a room"}


# n19 ---------------------------------------------------------------------
def n_gabarit_liste(ctx):
    r = ctx.rng
    s = ctx.staff_role("conseiller")
    hdr = ["Chambre-lit", "Nom", "Prénom", "No dossier", "Date de naissance", "Début symptômes",
           "Symptômes", "Prélèvement (date)", "Résultat", "Isolement levé"]
    x = A.xlsx([("Liste linéaire", [hdr] + [[""] * len(hdr) for _ in range(3)]),
                ("Instructions", [["Étape", "Consigne"], ["1", "Une ligne par usager symptomatique"],
                                  ["2", "Transmettre à la PCI chaque jour avant 10 h"]])], author=s.full)
    text = ("%s\n\nVoici le gabarit de liste linéaire à utiliser pour toute éclosion de gastro-entérite ou de "
            "DACD. Merci de ne plus utiliser l'ancienne version papier.\n\n%s" % (hello(ctx), bye(ctx, s)))
    return {"category": "template", "from": s.addr(), "to": [GEST], "subject": "Gabarit – liste linéaire d'éclosion",
            "text": text, "attachments": [{"ctype": XLSX, "data": x, "filename": "Gabarit_liste_lineaire_v3.xlsx"}],
            "note": "blank outbreak line list template"}


# n20 ---------------------------------------------------------------------
def n_mado_vierge(ctx):
    r = ctx.rng
    s = ctx.staff_role("agente")
    pdf = A.pdf("Déclaration MADO – formulaire (vierge)",
                ["Nom de l'usager : ______________________", "Prénom : ______________________",
                 "Date de naissance (AAAA-MM-JJ) : ____-__-__    Sexe : [ ] F  [ ] M",
                 "NAM : ____ ____ ____", "Adresse : __________________________________",
                 "Maladie : ______________________", "Résultat de laboratoire : ______________________",
                 "", "Déclarant : ______________________  Téléphone : ______________"], author="DSP")
    text = ("Bonjour,\n\nÀ la demande de plusieurs médecins, voici le formulaire de déclaration MADO vierge en "
            "format PDF. Le formulaire rempli doit être envoyé par télécopieur sécurisé, jamais par courriel.\n\n%s" % bye(ctx, s))
    return {"category": "blank_form", "from": s.addr(), "to": [("Médecins – HSA", "medecins-hsa@" + C.DOM)],
            "subject": "Formulaire MADO vierge", "text": text,
            "attachments": [{"ctype": "application/pdf", "data": pdf, "filename": "MADO_formulaire_vierge.pdf"}],
            "note": "blank reportable disease form"}


# n21 ---------------------------------------------------------------------
def n_publipostage(ctx):
    r = ctx.rng
    s = ctx.staff_role("conseiller")
    paras = ["«DATE_LETTRE»", "", "«TITRE» «PRENOM_USAGER» «NOM_USAGER»", "«ADRESSE_1»", "«VILLE» (Québec) «CODE_POSTAL»",
             "", "Objet : exposition à une bactérie multirésistante",
             "«TITRE»,", "Lors de votre séjour du «DATE_DEBUT» au «DATE_FIN», vous avez partagé une chambre avec un "
             "usager porteur d'une bactérie multirésistante («MICROORGANISME»). Un dépistage est recommandé.",
             "Veuillez communiquer avec la clinique de PCI au 450-555-0100, poste 4412.", "", "Le service de PCI"]
    d = A.docx("Lettre type – exposition BMR", paras, author=s.full)
    text = ("%s\n\nVoici le modèle de lettre de publipostage pour les usagers exposés (champs de fusion entre « »). "
            "La liste de fusion est dans le dossier sécurisé, pas en pièce jointe.\n\n%s" % (hello(ctx), bye(ctx, s)))
    return {"category": "template", "from": s.addr(), "to": [ctx.staff_role("agente").addr()],
            "subject": "Modèle de lettre – usagers exposés (publipostage)", "text": text,
            "attachments": [{"ctype": DOCX, "data": d, "filename": "Modele_lettre_exposition_BMR.docx"}],
            "note": "mail-merge letter template with placeholders"}


# n22 ---------------------------------------------------------------------
def n_cas_enseignement(ctx):
    r = ctx.rng
    s = ctx.staff_role("microbiologiste")
    text = ("Bonjour aux résidents,\n\nCas pour la présentation de jeudi (dénominalisé) :\n\nFemme de %d ans, "
            "hébergée en CHSLD, admise pour pneumonie traitée par ceftriaxone. Au jour 5 : 7 selles liquides/24 h, "
            "GB 24, créatinine 1,6 fois la valeur de base. PCR C. difficile positive.\n\nQuestions :\n1. Critères de "
            "sévérité ?\n2. Traitement de premier épisode selon les lignes directrices ?\n3. Précautions à mettre en "
            "place et durée ?\n4. Rôle du bezlotoxumab ?\n\n%s" % (r.randrange(72, 91), s.signature(r)))
    return {"category": "teaching", "from": s.addr(), "to": [("Résidents médecine interne", "residents-mi@" + C.DOM)],
            "subject": "Cas clinique – jeudi", "text": text, "note": "de-identified teaching case"}


# n23 ---------------------------------------------------------------------
def n_protocole(ctx):
    r = ctx.rng
    s = ctx.staff_role("microbiologiste")
    d = A.docx("Protocole DEPIST-CD v%d.%d" % (r.randrange(1, 4), r.randrange(0, 9)),
               ["## Objectif", "Évaluer l'effet du dépistage universel du portage de C. difficile à l'admission sur "
                "l'incidence de DACD nosocomiale.",
                "## Devis", "Essai par grappes (12 unités), randomisation par unité, 18 mois.",
                "## Critères d'inclusion", "Tout usager admis ≥ 48 h sur une unité participante.",
                "## Analyse", "Régression de Poisson, taux par 10 000 jours-présence.",
                "## Éthique", "Dispense de consentement individuel demandée au CER (risque minimal)."],
               author=s.full)
    text = ("Bonjour,\n\nVoici la version révisée du protocole pour le comité d'éthique de la recherche. Les "
            "commentaires du comité scientifique sont intégrés.\n\n%s" % bye(ctx, s))
    return {"category": "research", "from": s.addr(), "to": [("CER", "cer@" + C.DOM)],
            "subject": "Protocole DEPIST-CD – version révisée", "text": text,
            "attachments": [{"ctype": DOCX, "data": d, "filename": "Protocole_DEPIST-CD.docx"}],
            "note": "research protocol without participants"}


# n24 ---------------------------------------------------------------------
def n_naissance(ctx):
    r = ctx.rng
    s = ctx.staff_role("agente")
    born = ctx.days(r.randrange(1, 5))
    text = ("Bonjour l'équipe !\n\nGrande nouvelle : notre collègue Karine est maman ! La petite %s est née le %s "
            "à %d h %02d, %d,%d kg. Maman et bébé se portent très bien.\n\nOn fait une collecte pour un cadeau "
            "(enveloppe au bureau 2.114 jusqu'à vendredi).\n\n%s" % (
                ctx.pick(["Léa", "Rosalie", "Alice", "Maëlle"]), C.fr_date(born), r.randrange(0, 24), r.randrange(60),
                r.randrange(2, 4), r.randrange(0, 10), s.given))
    return {"category": "staff_news", "from": s.addr(), "to": [ALL_PCI], "subject": "Bébé ! 🎉" if r.random() < 0.5 else "Naissance",
            "text": text, "note": "colleague's baby birth announcement"}


# n25 ---------------------------------------------------------------------
def n_inventaire(ctx):
    r = ctx.rng
    s = ctx.staff_role("hygiène et salubrité")
    rows = [["Article", "Format", "Lot", "Péremption", "Stock", "Seuil"]]
    for a in ["Masque N95 3M 1870+", "Masque N95 3M 1860S", "Blouse jaune niveau 2", "Écran facial",
              "Lingettes peroxyde accéléré", "Lingettes chlore 5000 ppm"]:
        rows.append([a, ctx.pick(["boîte 20", "caisse 120", "cont. 160"]), C.luhn_number(r, 10),
                     ctx.later(r.randrange(100, 900)).isoformat(), r.randrange(10, 400), 50])
    text = "%s\n\nInventaire EPI au %s :\n\n%s\n\n%s" % (hello(ctx), C.fr_date(ctx.date.date()), text_table(rows), bye(ctx, s))
    return {"category": "inventory", "from": s.addr(), "to": [ALL_PCI], "subject": "Inventaire EPI",
            "text": text, "note": "PPE inventory with lot numbers"}


# n26 ---------------------------------------------------------------------
def n_fit_test(ctx):
    r = ctx.rng
    s = ctx.staff_role("santé et sécurité")
    d = ctx.later(r.randrange(3, 10))
    rows = [["Heure", "Employé", "Service", "Modèle actuel"]]
    for h, n, sv in [("8 h 00", "Amélie Tessier", "3 Est"), ("8 h 20", "Julien Beauchemin", "H&S"),
                     ("8 h 40", "Véronique Aubin", "4 Sud"), ("9 h 00", "Olivier Desrosiers", "Microbiologie")]:
        rows.append([h, n, sv, ctx.pick(["1870+", "1860S", "aucun"])])
    text = ("Bonjour,\n\nEssais d'ajustement N95 le %s, local 1.210 :\n\n%s\n\nNe pas manger ni fumer 30 minutes "
            "avant le test. Les employés barbus doivent être rasés.\n\n%s" % (C.fr_date(d), text_table(rows), sig_full(ctx, s)))
    return {"category": "schedule", "from": s.addr(), "to": [GEST], "subject": "Essais d'ajustement N95 – %s" % C.short_fr(d),
            "text": text, "note": "N95 fit test schedule for staff"}


# n27 ---------------------------------------------------------------------
def n_procedure(ctx):
    r = ctx.rng
    s = ctx.staff_role("chef de service")
    text = ("Bonjour,\n\nLa procédure PCI-%03d « Précautions contact renforcées – DACD » est mise à jour :\n\n"
            "- Tout usager avec diarrhée (≥ 3 selles liquides/24 h) sans autre cause : isolement préventif dès le "
            "prélèvement, sans attendre le résultat.\n- Levée des précautions : 48 h sans diarrhée ET désinfection "
            "terminale.\n- Pas de test de contrôle (PCR) après traitement.\n- Hygiène des mains eau + savon à la "
            "sortie de la chambre.\n\nLa procédure complète est sur l'intranet. Merci de la diffuser à vos équipes.\n\n%s" % (
                r.randrange(1, 200), sig_full(ctx, s)))
    return {"category": "policy", "from": s.addr(), "to": [GEST], "subject": "Mise à jour – procédure DACD",
            "text": text, "note": "updated C. difficile isolation procedure"}


# n28 ---------------------------------------------------------------------
def n_ics_comite(ctx):
    r = ctx.rng
    s = ctx.staff_role("chef de service")
    start = datetime.datetime.combine(ctx.later(r.randrange(3, 12)), datetime.time(r.choice([9, 13, 14]), 0))
    cal = A.ics("cellule-%d@%s" % (ctx.idx, C.DOM), start, 60, "Debriefing éclosion norovirus – %s" % ctx.pick(C.UNITS[:7]),
                "Retour sur la gestion de l'éclosion : communications, approvisionnement en EPI, fermeture de l'unité, "
                "hygiène et salubrité. Aucune donnée nominative.", "Teams / salle 3.104", s.addr(),
                [p.addr() for p in ctx.staff_list[:4]])
    text = "Bonjour,\n\nInvitation au debriefing de l'éclosion.\n\n%s" % s.signature(r)
    return {"category": "meeting", "from": s.addr(), "to": [p.addr() for p in ctx.staff_list[:4]],
            "subject": "Invitation : debriefing éclosion", "text": text,
            "attachments": [{"ctype": "text/calendar", "data": cal, "filename": "invitation.ics",
                             "params": "; method=REQUEST", "charset": "utf-8"}],
            "note": "meeting invite for outbreak debrief"}


# n29 ---------------------------------------------------------------------
def n_vcard_employee(ctx):
    r = ctx.rng
    s = ctx.staff_role("chef de service")
    card = A.vcard("Mélanie", "Corbeil-Asselin", org=C.ORG_FR, title="Infirmière clinicienne en PCI",
                   tel="450-555-0100 poste 4419", tel_type="WORK", email="melanie.corbeil-asselin@" + C.DOM)
    text = ("Bonjour à tous,\n\nJe vous présente Mélanie Corbeil-Asselin, qui se joint à l'équipe PCI lundi. Elle "
            "arrive de l'urgence et sera responsable des unités de médecine. Sa fiche contact est jointe.\n\n%s" % bye(ctx, s))
    return {"category": "staff_news", "from": s.addr(), "to": [GEST], "subject": "Nouvelle conseillère en PCI",
            "text": text, "attachments": [{"ctype": "text/vcard", "data": card, "filename": "Melanie_Corbeil-Asselin.vcf",
                                           "charset": "utf-8"}],
            "note": "new staff member introduction with vCard"}


# n30 ---------------------------------------------------------------------
def n_zip_agrement(ctx):
    r = ctx.rng
    s = ctx.staff_role("conseiller")
    mem = []
    for t in ["Précautions additionnelles", "Gestion des éclosions", "Hygiène des mains", "DACD"]:
        mem.append(("PCI_%s.pdf" % t.replace(" ", "_").replace("é", "e"),
                    A.pdf("Procédure – %s" % t, ["Version %d, adoptée par le CPCI." % r.randrange(2, 8),
                                                  "Portée : tous les sites du CISSS.", "Révision aux 3 ans."], author=s.full)))
    z = A.zipped(mem)
    text = ("%s\n\nComme demandé pour la visite d'Agrément, voici les procédures PCI en vigueur (zip).\n\n%s" % (
        hello(ctx), bye(ctx, s)))
    return {"category": "accreditation", "from": s.addr(), "to": [("Qualité et agrément", "qualite@" + C.DOM)],
            "subject": "Agrément – procédures PCI", "text": text,
            "attachments": [{"ctype": "application/zip", "data": z, "filename": "Procedures_PCI.zip"}],
            "note": "policy documents zipped for accreditation"}


# n31 ---------------------------------------------------------------------
def n_legionella(ctx):
    r = ctx.rng
    s = ctx.staff_role("technicien en bâtiment")
    rows = [["Point d'échantillonnage", "Date", "Legionella spp. (UFC/L)", "Action"]]
    for p in ["Douche ch. 512", "Robinet salle d'hydrothérapie", "Tour de refroidissement TR-2", "Chauffe-eau CE-4"]:
        v = ctx.pick([0, 0, 50, 1200])
        rows.append([p, ctx.days(r.randrange(3, 10)).isoformat(), v, "choc thermique" if v >= 1000 else "—"])
    text = ("%s\n\nRésultats de l'échantillonnage Legionella du réseau d'eau :\n\n%s\n\n%s" % (
        hello(ctx), text_table(rows), bye(ctx, s)))
    return {"category": "environmental", "from": s.addr(), "to": [ALL_PCI], "subject": "Échantillonnage Legionella – résultats",
            "text": text, "note": "environmental water sampling results"}


# n32 ---------------------------------------------------------------------
def n_stats_dsp(ctx):
    r = ctx.rng
    s = ctx.staff_role("agente")
    text = ("Bonjour,\n\nDonnées de surveillance hebdomadaire (semaine %s) – %s :\n\n- DACD nosocomiales : %d\n"
            "- Bactériémies à SARM : %d\n- Nouveaux porteurs ERV : %d\n- Nouveaux porteurs EPC : %d\n"
            "- Éclosions actives : %d (influenza A : %d unité(s))\n\nAucune donnée nominative n'est transmise.\n\n%s" % (
                ctx.date.strftime("%V"), C.ORG_FR, r.randrange(0, 6), r.randrange(0, 2), r.randrange(0, 5),
                r.randrange(0, 2), r.randrange(0, 3), r.randrange(0, 2), bye(ctx, s)))
    return {"category": "statistics", "from": s.addr(), "to": [X["dsp"]], "subject": "Surveillance hebdo – semaine %s" % ctx.date.strftime("%V"),
            "text": text, "note": "weekly aggregate surveillance counts to public health"}


# n33 ---------------------------------------------------------------------
def n_employes_grippe(ctx):
    r = ctx.rng
    s = ctx.staff_role("santé et sécurité")
    rows = [["Employé", "Titre d'emploi", "Unité", "Motif", "Retour prévu"]]
    for n, t in [("Sophie Lachapelle", "inf. PCI"), ("Patrick Nolin", "tech. bâtiment"),
                 ("Amélie Tessier", "ASI"), ("Lucie Pratte", "agente adm.")]:
        rows.append([n, t, ctx.pick(C.UNITS[:7]), ctx.pick(["influenza A (TAAN +)", "SAG", "COVID-19"]),
                     C.short_fr(ctx.later(r.randrange(1, 6)))])
    text = ("%s\n\nListe des employés retirés du travail cette semaine (santé au travail – confidentiel RH) :\n\n%s\n\n"
            "Merci de prévoir le remplacement.\n\n%s" % (hello(ctx), text_table(rows), sig_full(ctx, s)))
    return {"category": "occupational_health", "from": s.addr(), "to": [ctx.staff_role("chef de service").addr()],
            "subject": "Absences employés – éclosion", "text": text,
            "note": "staff absences for illness (occupational health)"}


# n34 ---------------------------------------------------------------------
def n_eml_cr(ctx):
    r = ctx.rng
    s = ctx.staff_role("chef de service")
    inner_txt = ("Bonjour,\n\nCompte rendu du comité de gestion des risques : le projet de chambres individuelles "
                 "au 4 Nord est approuvé (financement 2025-2026). Le service de PCI sera consulté pour les plans "
                 "(lavabos dédiés, antichambres).\n\nDirection des services techniques\n")
    inner = inner_message(ctx, ("Direction des services techniques", "dst@" + C.DOM), ("Mathieu Ferland", "mathieu.ferland@" + C.DOM),
                          "Projet chambres individuelles 4 Nord", inner_txt)
    text = "Pour info, voir le message ci-joint. On en parle à la réunion d'équipe.\n\n%s" % s.signature(r)
    return {"category": "forward_eml", "from": s.addr(), "to": [ALL_PCI], "subject": "TR: Projet chambres individuelles 4 Nord",
            "text": text, "attachments": [{"ctype": "message/rfc822", "data": inner, "filename": "Projet 4 Nord.eml"}],
            "note": "facilities project forwarded as attached message"}


# n35 ---------------------------------------------------------------------
def n_facture_belge(ctx):
    r = ctx.rng
    ref = C.mod97_ref(r)
    text = ("Madame, Monsieur,\n\nVeuillez trouver ci-dessous notre facture n° %d/%04d relative à la maintenance "
            "annuelle de vos deux robots de désinfection UV-C (n° de série %s et %s).\n\nMontant : %d,00 EUR HTVA\n"
            "Communication structurée : %s\nIBAN : BE71 0961 2345 6769 – BIC : GKCCBEBB\n\nCordialement,\n"
            "UVéa Systems SRL – service facturation\nRue de la Station 14, 7000 Mons (Belgique)\n" % (
                ctx.date.year, r.randrange(1, 9999), C.luhn_number(r, 10), C.luhn_number(r, 10),
                r.randrange(1800, 6000), ref))
    return {"category": "invoice", "from": ("UVéa Systems – facturation", "facturation@uvea-systems.example"),
            "to": [ctx.staff_role("approvisionnements").addr()], "subject": "Facture maintenance UV-C",
            "text": text, "note": "Belgian supplier invoice with structured reference"}
