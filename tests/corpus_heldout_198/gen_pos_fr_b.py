"""French positives, part B: attached messages, names hidden in Subject or file
name, foreign identifiers, social situations, terse notes."""
import datetime

import gen_attach as A
import gen_common as C
import gen_vocab as V
from gen_build import gmail_attrib, inner_message, quote
from gen_pos_fr_a import bye, hello, room

X = C.EXTERNAL


# 14 ----------------------------------------------------------------------
def t_eml_attached(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("chef de service")
    org, prec, lab, dx = ctx.pick(V.ORG_FR[:5])
    inner_txt = ("Bonjour,\n\nRésultat positif à signaler au service de PCI :\n\n%s — dossier %s — %s\n"
                 "Prélèvement du %s : %s\n\nLe médecin traitant a été avisé.\n\nLaboratoire régional de "
                 "microbiologie\n" % (p.name(ctx.pick(["upper_first", "sur_first"])), p.mrn(ctx.pick(["plain", "pad"])),
                                      ctx.pick(C.UNITS), C.short_fr(ctx.days(1)), lab))
    inner = inner_message(ctx, X["labo"], (C.ORG_FR + " – PCI", "pci@" + C.DOM),
                          "Résultat à signaler – %s" % org, inner_txt, charset=ctx.pick(["utf-8", "iso-8859-1"]))
    text = ("%s\n\nJe te transfère le courriel du labo (en pièce jointe). Peux-tu t'assurer que l'isolement "
            "%s est en place et faire le suivi des contacts ?\n\n%s" % (hello(ctx), prec, bye(ctx, s)))
    return {"category": "forward_eml", "from": s.addr(), "to": [ctx.staff_role("infirmière en PCI").addr()],
            "subject": "TR: Résultat à signaler – %s" % org, "text": text,
            "attachments": [{"ctype": "message/rfc822", "data": inner,
                             "filename": ctx.pick(["Résultat à signaler.eml", "resultat_labo.eml"])}],
            "types": ["lab_result", "diagnosis"], "note": "lab result forwarded as attached message"}


# 15 ----------------------------------------------------------------------
def t_subject_only(ctx):
    r = ctx.rng
    p = ctx.patient()
    s, aic = ctx.staff_role("infirmière en PCI"), ctx.staff_role("assistante")
    rm = room(ctx)
    subj = ctx.pick(["%s %s – toxine +, isolement fait" % (p.name("title_sur"), rm),
                     "%s (%s) : C. diff positif" % (p.name("upper_first"), rm),
                     "Re: %s – PCR C. diff" % p.name("full")])
    text = ("%s\n\nIsolement contact renforcé installé, affiche posée. %s débutée ce matin.\n"
            "Peux-tu aviser la famille : blouse + gants à l'entrée, lavage des mains à l'eau et au savon "
            "(la solution hydroalcoolique ne suffit pas pour les spores).\n\n%s" % (
                hello(ctx, aic), ctx.pick(["Vanco PO", "Fidaxomicine", "La vancomycine orale"]), bye(ctx, s)))
    return {"category": "isolation", "from": s.addr(), "to": [aic.addr()], "subject": subj, "text": text,
            "types": ["lab_result", "medication", "diagnosis"], "note": "patient named only in the Subject"}


# 16 ----------------------------------------------------------------------
def t_filename_only(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("conseiller")
    org = ctx.pick(["EPC", "ERV", "SARM"])
    res = {"EPC": "Entérobactérie productrice de carbapénémase (NDM-1) DÉTECTÉE",
           "ERV": "Enterococcus faecium résistant à la vancomycine (vanA) DÉTECTÉ",
           "SARM": "Staphylococcus aureus résistant à la méthicilline ISOLÉ"}[org]
    pdf = A.pdf("Rapport de microbiologie – dépistage %s" % org,
                ["Prélèvement : écouvillon rectal", "Reçu le : %s" % ctx.days(2).isoformat(),
                 "Résultat : %s" % res, "", "Commentaire : aviser le service de PCI. Précautions contact requises."],
                author="Laboratoire régional")
    fname = ctx.pick(["%s_depistage_%s.pdf" % (p.name("file"), org), "Depistage %s - %s.pdf" % (org, p.name("full"))])
    text = ("Résultat ci-joint, positif. On maintient l'isolement jusqu'à nouvel ordre et on ajoute "
            "l'usager à la liste des porteurs.\n\n%s" % s.signature(r))
    return {"category": "lab_result", "from": s.addr(), "to": [ctx.staff_role("infirmière-chef").addr()],
            "subject": "Dépistage %s – résultat" % org, "text": text,
            "attachments": [{"ctype": "application/pdf", "data": pdf, "filename": fname,
                             "fname_style": ctx.pick(["auto", "2231"])}],
            "types": ["lab_result"], "note": "patient named only in attachment file name"}


# 17 ----------------------------------------------------------------------
def t_nir_france(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("microbiologiste")
    adm = ctx.days(r.randrange(10, 25))
    text = ("Madame, Monsieur,\n\nNous vous informons du rapatriement prévu le %s de %s, née le %s "
            "(NIR %s), hospitalisée dans notre établissement depuis le %s.\n\nSur le plan infectieux :\n"
            "- colite à Clostridioides difficile, souche 027, traitée par %s, 2e épisode ;\n"
            "- portage digestif d'EPC de type OXA-48 (dépistage rectal du %s).\n\nNous recommandons des "
            "précautions complémentaires contact à l'admission et un dépistage hebdomadaire. Le résumé de "
            "séjour suivra par la voie habituelle.\n\nConfraternellement,\n\n%s" % (
                C.fr_date(ctx.later(r.randrange(2, 6))), p.name("title_full"), p.dob_str("fr_long"),
                p.nir(ctx.pick(["plain", "space", "dot"])), C.fr_date(adm), ctx.pick(V.CDIFF_TX_FR[2:4]),
                C.short_fr(ctx.days(r.randrange(3, 9))), s.signature(r)))
    if p.sex == "M":
        text = text.replace(", née le", ", né le").replace("hospitalisée", "hospitalisé")
    return {"category": "repatriation", "from": s.addr(), "to": [X["france"]],
            "subject": "Rapatriement – statut infectieux (EPC, C. difficile)", "text": text,
            "types": ["diagnosis", "lab_result", "medication"], "note": "repatriation notice to French hospital"}


# 18 ----------------------------------------------------------------------
def t_niss_belgium(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("médecin de santé publique")
    text = ("Bonjour,\n\nUn ressortissant belge a été exposé à un cas de rougeole à notre urgence le %s "
            "(salle d'attente, environ 3 heures).\n\nIdentité : %s\nNé(e) le : %s\nNISS : %s\nAdresse de "
            "séjour au Québec : %s\nTéléphone : %s\n\nSérologie IgG rougeole : NÉGATIVE. Immunoglobulines "
            "administrées le %s (dans les 6 jours post-exposition). Il retourne en Belgique le %s; "
            "merci d'assurer la surveillance des symptômes jusqu'au %s.\n\n%s" % (
                C.short_fr(ctx.days(4)), p.name(ctx.pick(["upper_first", "full"])), p.dob_str("dmy"),
                p.niss(ctx.pick(["plain", "dot", "dash", "fw"])), p.address(), p.phone(),
                C.short_fr(ctx.days(1)), C.short_fr(ctx.later(3)), C.short_fr(ctx.later(17)), bye(ctx, s)))
    return {"category": "exposure", "from": s.addr(), "to": [X["belgium"]],
            "subject": "Exposition à la rougeole – ressortissant belge", "text": text,
            "types": ["lab_result", "medication"], "note": "measles exposure follow-up to Belgian hospital"}


# 19 ----------------------------------------------------------------------
def t_social_tb(ctx):
    r = ctx.rng
    p = ctx.patient(born=(1958, 1996))
    s, ts = ctx.staff_role("conseiller"), ctx.staff_role("travailleuse sociale")
    text = ("%s\n\nPour %s (NAS %s, dossier %s) : tuberculose pulmonaire active, en isolement "
            "aériennes-contact depuis le %s, traitement RIPE (rifampicine, isoniazide, pyrazinamide, "
            "éthambutol) bien toléré.\n\nIl est sans domicile fixe depuis l'automne (dormait au refuge "
            "Le Phare, qui ne peut pas le reprendre tant qu'il est contagieux) et reçoit des prestations "
            "d'aide sociale. Pour le congé il faut : une chambre individuelle, le traitement sous observation "
            "directe (TOD) 5 jours/7 avec le CLSC, et une aide pour la carte d'assurance maladie perdue.\n\n"
            "Peux-tu voir avec la maison d'hébergement et l'agent d'aide sociale ?\n\n%s" % (
                hello(ctx, ts), p.name(ctx.pick(["title_full", "full"])), p.sin(ctx.pick(["plain", "space", "dash"])),
                p.mrn(), C.short_fr(ctx.days(r.randrange(5, 15))), bye(ctx, s)))
    if p.sex == "F":
        text = text.replace("Il est sans", "Elle est sans").replace("le reprendre", "la reprendre").replace(
            "qu'il est contagieux", "qu'elle est contagieuse")
    return {"category": "social", "from": s.addr(), "to": [ts.addr()],
            "subject": "Congé complexe – TB, hébergement", "text": text,
            "types": ["diagnosis", "medication", "social_information"],
            "note": "homeless TB patient discharge planning with SIN"}


# 20 ----------------------------------------------------------------------
def t_rx_fidaxo(ctx):
    r = ctx.rng
    p = ctx.nam_patient()
    s = ctx.staff_role("pharmacienne")
    text = ("Bonjour,\n\nOrdonnance de départ pour :\n%s — DDN %s — Sexe %s\nNAM : %s\nAdresse de livraison : %s\n"
            "Tél. : %s\n\nRx : fidaxomicine (Dificid) 200 mg, 1 co PO BID x 10 jours (20 co). Indication : "
            "2e récidive d'infection à C. difficile. Demande de mesure du patient d'exception envoyée à la "
            "RAMQ le %s, numéro de demande en pièce jointe à suivre.\nCesser le %s (IPP non indiqué).\n\n%s" % (
                p.name(ctx.pick(["upper_first", "full"])), p.dob_str(ctx.pick(["iso", "ymd_slash", "dmy_dash"])),
                p.sex_str(), p.nam_str(ctx.pick(["plain", "space", "fw", "lower"])), p.address(), p.phone(),
                C.short_fr(ctx.days(1)), ctx.pick(V.PPI_FR), bye(ctx, s)))
    return {"category": "prescription", "from": s.addr(), "to": [X["pharm"]],
            "subject": "Ordonnance – fidaxomicine – livraison", "text": text,
            "types": ["medication", "diagnosis"], "note": "discharge prescription to community pharmacy"}


# 21 ----------------------------------------------------------------------
def t_lower_note(ctx):
    r = ctx.rng
    a, b = ctx.patient(), ctx.patient()
    s = ctx.staff_role("infirmière en PCI")
    unit = ctx.pick(["7o", "5o", "4n", "3e", "6e"])
    text = ("salut\n%s %s lit %d influenza A +, gouttelettes-contact, tamiflu commencé\n"
            "%s %s-%d en attente du taan, isoler préventivement svp\n"
            "aussi 2 employés en arrêt, je t'en reparle\nk.\n" % (
                a.name(ctx.pick(["lower", "lower_sur_first"])), unit, r.randrange(1, 30),
                b.name(ctx.pick(["lower", "lower_sur_first"])), unit, r.randrange(1, 30)))
    return {"category": "quick_note", "from": s.addr(), "to": [ctx.staff_role("chef de service").addr()],
            "subject": "flu %s" % unit, "text": text, "form": "plain", "charset": ctx.pick(["us-ascii", "utf-8"]),
            "types": ["lab_result", "medication", "diagnosis"], "note": "terse lower-case influenza note"}


# 22 ----------------------------------------------------------------------
def t_minutes_initials(ctx):
    r = ctx.rng
    s = ctx.staff_role("agente")
    unit = ctx.pick(C.UNITS[:7])
    cases = []
    for _ in range(r.randrange(3, 6)):
        p = ctx.patient()
        cases.append("  - %s (dossier %s) – début %s – %s" % (
            p.name("initial_sur"), p.mrn(ctx.pick(["plain", "dash"])), C.short_fr(ctx.days(r.randrange(1, 8))),
            ctx.pick(["TAAN norovirus +", "selles non prélevées", "TAAN norovirus +, résolu", "vomissements, en attente"])))
    text = ("Compte rendu – cellule d'éclosion norovirus, %s\nDate : %s\nPrésents : M. Ferland, Mme Dallaire, "
            "Mme Aubin, M. Beauchemin, Dre Belhumeur\n\n1. Cas usagers\n%s\n\n2. Cas employés : 3 (retirés du "
            "travail 48 h après fin des symptômes)\n\n3. Mesures : unité fermée aux admissions, repas en chambre, "
            "désinfection au peroxyde accéléré 2x/jour.\n\n4. Prochaine cellule : %s 9 h.\n\n%s\n" % (
                unit, C.fr_date(ctx.date.date()), "\n".join(cases), C.short_fr(ctx.later(2)), s.signature(r)))
    return {"category": "minutes", "from": s.addr(), "to": [("Cellule éclosion", "cellule-eclosion@" + C.DOM)],
            "subject": "CR cellule d'éclosion %s – %s" % (unit, C.short_fr(ctx.date.date())), "text": text,
            "types": ["lab_result", "diagnosis"], "note": "outbreak meeting minutes listing cases by initials"}


# 23 ----------------------------------------------------------------------
def t_dpj_scabies(ctx):
    r = ctx.rng
    p = ctx.patient(child=True)
    s, ts = ctx.staff_role("infirmière en PCI"), ctx.staff_role("travailleuse sociale")
    text = ("%s\n\n%s, %d ans (DDN %s), hospitalisé%s en pédiatrie : gale confirmée (grattage cutané "
            "positif). L'enfant est placé%s en famille d'accueil sous la responsabilité de la DPJ depuis %s.\n\n"
            "Il faut traiter toute la famille d'accueil en même temps (perméthrine 5 %%, 2 applications à "
            "7 jours) et laver la literie à l'eau chaude. Peux-tu joindre l'intervenante DPJ pour organiser "
            "ça avant le congé ? L'enfant est en précautions contact jusqu'à 24 h après le 1er traitement.\n\n%s" % (
                hello(ctx, ts), p.name("full"), p.age(),
                p.dob_str(ctx.pick(["iso", "dmy"])), "e" if p.sex == "F" else "", "e" if p.sex == "F" else "",
                ctx.pick(["l'été dernier", "2 ans", "le printemps"]), bye(ctx, s)))
    return {"category": "social", "from": s.addr(), "to": [ts.addr()],
            "subject": "Gale – enfant suivi DPJ – famille d'accueil", "text": text,
            "types": ["diagnosis", "lab_result", "medication", "social_information"],
            "note": "scabies in child under youth protection"}


# 24 ----------------------------------------------------------------------
def t_given_only(ctx):
    r = ctx.rng
    p = ctx.patient(sex="F")
    s, nurse = ctx.staff_role("infirmière en PCI"), ctx.staff_role("infirmière-chef")
    rm = room(ctx)
    with_mrn = r.random() < 0.5
    extra = " (dossier %s)" % p.mrn("space") if with_mrn else ""
    when = ctx.date - datetime.timedelta(hours=r.randrange(1, 6))
    orig = "Des nouvelles pour la dame au %s ? La famille demande si elle peut sortir de la chambre." % rm
    text = ("Pour %s au %s%s : 2e dépistage EPC de contrôle négatif aussi, mais comme elle a eu du "
            "pip-tazo cette semaine on garde les précautions contact jusqu'au 3e négatif (prélèvement "
            "demain matin). Elle peut marcher dans le corridor avec blouse, après hygiène des mains.\n\n%s\n\n%s\n%s\n" % (
                p.giv(), rm, extra, s.given, gmail_attrib("fr", nurse.addr(), when), quote(orig)))
    return {"category": "reply", "from": s.addr(), "to": [nurse.addr()], "subject": "RE: ch. %s" % rm,
            "text": text, "reply": True, "types": ["lab_result", "medication", "diagnosis"],
            "note": "reply naming patient by given name and room"}


# 25 ----------------------------------------------------------------------
def t_ohip_fr(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("conseiller")
    text = ("%s\n\nAdmission demain sur %s d'un usager transféré de l'Ontario (Lakeview Regional) :\n"
            "%s, né(e) le %s\nCarte santé de l'Ontario : %s\nConnu porteur d'EPC (NDM-1, E. coli) depuis %d, "
            "dernier dépistage positif le %s. A aussi reçu %s là-bas.\n\nChambre privée avec toilette dédiée "
            "obligatoire, précautions contact renforcées, dépistage à l'admission (rectal + urine). "
            "Ne pas le placer en chambre partagée même temporairement à l'urgence.\n\n%s" % (
                hello(ctx), ctx.pick(C.UNITS[:7]), p.name(ctx.pick(["upper_first", "title_full"])),
                p.dob_str(ctx.pick(["iso", "fr_long"])),
                p.ohip(ctx.pick(["plain", "space", "dash", "fw"]), vc=ctx.pick(["", "AB", "KT", "ZX"])),
                ctx.date.year - r.randrange(1, 4), C.short_fr(ctx.days(r.randrange(5, 20))),
                ctx.pick(["du méropénem", "de la colistine", "de la ceftazidime-avibactam"]), bye(ctx, s)))
    if p.sex == "F":
        text = text.replace("Ne pas le placer", "Ne pas la placer").replace(", né(e) le", ", née le")
    else:
        text = text.replace(", né(e) le", ", né le")
    return {"category": "admission", "from": s.addr(), "to": [ctx.staff_role("infirmière-chef").addr()],
            "subject": "Admission transfert Ontario – porteur EPC", "text": text,
            "types": ["diagnosis", "lab_result", "medication"], "note": "incoming transfer from Ontario with CPE"}


# 26 ----------------------------------------------------------------------
def t_stewardship_mrn(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("pharmacienne")
    text = ("Dr Béland,\n\nDossier %s (%s) : DACD confirmée hier (PCR +, %s). L'usager est toujours sous %s "
            "et %s.\nSuggestions de l'antibiogouvernance :\n1) cesser la %s si l'infection urinaire est "
            "traitée (J7 complété) ;\n2) cesser l'IPP ;\n3) %s.\n\nÀ discuter à la tournée.\n\n%s" % (
                p.mrn(ctx.pick(["plain", "space", "pad", "dot"])), room(ctx), ctx.pick(V.LABS_FR),
                ctx.pick(V.ABX_FR), ctx.pick(V.PPI_FR), ctx.pick(["ceftriaxone", "ciprofloxacine"]),
                ctx.pick(V.CDIFF_TX_FR[:3]), s.signature(r)))
    return {"category": "stewardship", "from": s.addr(), "to": [ctx.staff_role("interniste").addr()],
            "subject": ctx.pick(["Antibiogouvernance – DACD", "Suggestions antibiogouvernance – C. difficile"]),
            "text": text, "types": ["diagnosis", "medication", "lab_result"],
            "note": "stewardship advice identified by chart number only"}


