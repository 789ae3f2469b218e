"""French positives, part A: line lists, isolation notes, MADO, transfers, replies."""
import datetime

import gen_attach as A
import gen_common as C
import gen_vocab as V
from gen_build import forward_header, gmail_attrib, html_table, outlook_header, quote

X = C.EXTERNAL


def hello(ctx, who=None):
    g = who.given if who else None
    return ctx.pick(["Bonjour %s," % g if g else "Bonjour,", "Salut %s," % g if g else "Salut,",
                     "Bonjour %s," % g if g else "Bonjour à tous,", "Allô %s," % g if g else "Allô,"])


def bye(ctx, s):
    return ctx.pick(["Merci!", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci et bonne fin de journée,"]) + "\n\n" + s.signature(ctx.rng)


def room(ctx):
    r = ctx.rng
    return "%d-%s" % (r.randrange(201, 840), r.choice("ABCD"))


# 1 -----------------------------------------------------------------------
def t_linelist_xlsx(ctx):
    r = ctx.rng
    unit = ctx.pick(C.UNITS[:7])
    s, chef = ctx.staff_role("infirmière en PCI"), ctx.staff_role("infirmière-chef")
    rows = [["Chambre-lit", "Nom", "Prénom", "No dossier", "Début sympt.", "Résultat labo",
             "Acquisition", "Traitement", "Isolement levé"]]
    n = r.randrange(4, 8)
    for _ in range(n):
        p = ctx.patient()
        onset = ctx.days(r.randrange(1, 16))
        rows.append([room(ctx), p.sur(upper=True), p.giv(), p.mrn(ctx.pick(["plain", "pad"])),
                     onset.isoformat(), ctx.pick(["PCR tcdB +", "GDH+/toxine+", "GDH+/toxine-/PCR+"]),
                     ctx.pick(["nosocomiale", "nosocomiale", "communautaire", "indéterminée"]),
                     ctx.pick(["vanco PO", "fidaxomicine", "vanco PO", "aucun (colonisé ?)"]),
                     ctx.pick(["non", "non", "oui – %s" % ctx.days(r.randrange(0, 3)).isoformat()])])
    fname = "Liste_lineaire_DACD_%s_%s.xlsx" % (unit.replace(" ", ""), ctx.date.strftime("%Y-%m-%d"))
    data = A.xlsx([("Cas DACD", rows), ("Légende", [["Code", "Signification"], ["GDH", "glutamate déshydrogénase"],
                                                    ["DACD", "diarrhée associée au C. difficile"]])],
                  author=s.full)
    text = ("%s\n\nCi-joint la liste linéaire à jour pour l'éclosion de C. difficile sur %s : %d cas "
            "au total, dont %d nouveaux depuis notre dernière cellule. Les cas sont tous en précautions "
            "contact renforcées.\n\nRappel : désinfection biquotidienne au chlore 5000 ppm des surfaces "
            "high-touch, et lavage des mains eau + savon au sortir des chambres.\n\nOn fait le point "
            "jeudi 10 h.\n\n%s" % (hello(ctx, chef), unit, n, r.randrange(1, 3), bye(ctx, s)))
    return {"category": "linelist", "from": s.addr(), "to": [chef.addr()],
            "cc": [ctx.staff_role("chef de service").addr()],
            "subject": "Éclosion DACD %s – liste linéaire %s" % (unit, C.short_fr(ctx.date.date())),
            "text": text, "attachments": [{"ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                            "data": data, "filename": fname}],
            "types": ["diagnosis", "lab_result", "medication"],
            "note": "C. difficile outbreak line list in XLSX attachment"}


# 2 -----------------------------------------------------------------------
def t_isolation_note(ctx):
    r = ctx.rng
    p = ctx.patient()
    s, aic = ctx.staff_role("infirmière en PCI"), ctx.staff_role("assistante")
    org, prec, lab, dx = ctx.pick(V.ORG_FR[:2])
    style = ctx.pick(["title_full", "upper_first", "sur_comma", "title_sur"])
    rm = room(ctx)
    text = ("%s\n\nLe labo vient d'appeler : %s (%s, dossier %s) a un résultat positif.\n%s "
            "(prélèvement d'hier %dh).\nClinique : %s.\n\n"
            "- Précautions %s dès maintenant, affiche sur la porte.\n"
            "- Toilette dédiée / chaise d'aisance identifiée.\n"
            "- Désinfection quotidienne au sporicide + désinfection terminale au départ (demande faite à H&S).\n"
            "- %s\n- %s\n\n%s" % (
                hello(ctx, aic), p.name(style), rm, p.mrn(ctx.pick(["plain", "space", "dash", "dot"])),
                lab, r.randrange(8, 22), ctx.pick(V.SYMPT_FR), prec,
                "Dr Béland a débuté : " + ctx.pick(V.CDIFF_TX_FR),
                "Réviser le " + ctx.pick(V.PPI_FR) + " et la " + ctx.pick(V.ABX_FR) + " avec l'équipe.",
                bye(ctx, s)))
    return {"category": "isolation", "from": s.addr(), "to": [aic.addr()],
            "subject": ctx.pick(["Isolement ch. %s – %s +" % (rm, org), "URGENT : précautions %s" % rm,
                                 "Nouveau cas %s – %s" % (org, rm)]),
            "text": text, "importance": r.random() < 0.4,
            "types": ["diagnosis", "lab_result", "medication"],
            "note": "new positive result, isolation instructions to unit"}


# 3 -----------------------------------------------------------------------
MADO_FR = [("Légionellose", "Antigène urinaire Legionella pneumophila sg1 : POSITIF",
            "pneumonie, tour de refroidissement près du domicile ?", "de base (pratiques de base)"),
           ("Infection invasive à streptocoque du groupe A", "Hémoculture 2/2 : S. pyogenes",
            "fasciite nécrosante jambe gauche, débridement au bloc", "gouttelettes-contact 24 h"),
           ("Tuberculose pulmonaire", "Frottis BAAR 3+, TAAN M. tuberculosis complex détecté",
            "toux 3 mois, perte de poids 8 kg", "aériennes-contact"),
           ("Shigellose", "Coproculture : Shigella sonnei", "diarrhée sanglante, retour de voyage",
            "contact renforcées"),
           ("Infection invasive à méningocoque", "LCR : N. meningitidis sérogroupe B",
            "méningite, chimioprophylaxie des contacts en cours", "gouttelettes 24 h")]


def t_mado_nam(ctx):
    r = ctx.rng
    p = ctx.nam_patient()
    s = ctx.staff_role("microbiologiste")
    dsp = X["dsp"]
    dis, lab, clin, prec = ctx.pick(MADO_FR)
    fields = [("Nom", p.sur(upper=True)), ("Prénom", p.giv()),
              ("Date de naissance", p.dob_str(ctx.pick(["iso", "dmy", "fr_long"]))),
              ("Sexe", p.sex_str()), ("NAM", p.nam_str(ctx.pick(["plain", "space", "dash"]))),
              ("Adresse", p.address()), ("Téléphone", p.phone()),
              ("Maladie", dis), ("Date début des symptômes", ctx.days(r.randrange(3, 20)).isoformat()),
              ("Résultat", lab), ("Renseignements cliniques", clin),
              ("Déclarant", "Dre Nadia Belhumeur, microbiologiste-infectiologue")]
    atts = []
    if r.random() < 0.5:
        body_fields = "Voir le formulaire AS-770 ci-joint (déclaration MADO)."
        pdf = A.pdf("Déclaration de maladie à déclaration obligatoire (MADO)",
                    ["%s : %s" % kv for kv in fields] + ["", "Transmis par le service de PCI, %s" % C.ORG_FR],
                    author=s.full)
        atts.append({"ctype": "application/pdf", "data": pdf,
                     "filename": ctx.pick(["MADO_%s.pdf" % ctx.date.strftime("%Y%m%d"), "AS-770_déclaration.pdf"])})
    else:
        body_fields = "\n".join("%s : %s" % kv for kv in fields)
    text = ("Bonjour,\n\nNous vous déclarons le cas suivant (%s), usager hospitalisé à l'%s.\n\n%s\n\n"
            "Précautions en place : %s. Les contacts hospitaliers sont en cours d'identification; "
            "nous vous transmettrons la liste.\n\n%s" % (
                dis.lower(), ctx.pick(C.HOSP_FR), body_fields, prec, bye(ctx, s)))
    return {"category": "mado", "from": s.addr(), "to": [dsp], "subject": "Déclaration MADO – %s" % dis,
            "text": text, "attachments": atts, "types": ["diagnosis", "lab_result"],
            "note": "reportable disease notification to public health"}


# 4 -----------------------------------------------------------------------
def t_transfer_chsld(ctx):
    r = ctx.rng
    p = ctx.nam_patient()
    s = ctx.staff_role("conseiller")
    org, prec, lab, dx = ctx.pick([V.ORG_FR[2], V.ORG_FR[3], V.ORG_FR[4], V.ORG_FR[0]])
    d_out = ctx.later(r.randrange(1, 4))
    paras = ["## Identification",
             "Usager : %s" % p.name("upper_first"),
             "Date de naissance : %s     Sexe : %s" % (p.dob_str("iso"), p.sex_str()),
             "NAM : %s" % p.nam_str(ctx.pick(["plain", "space"])),
             "## Statut infectieux",
             "%s – %s." % (dx, lab),
             "Précautions recommandées au CHSLD : %s. Chambre privée avec toilette dédiée si possible." % prec,
             "## Traitements en cours"]
    if org == "C. difficile":
        paras += [ctx.pick(V.CDIFF_TX_FR), "Dernier épisode de diarrhée : %s." % C.fr_date(ctx.days(r.randrange(2, 6)))]
    elif org == "SARM":
        paras += [V.OTHER_TX_FR[3] + " (terminée le %s)." % C.fr_date(ctx.days(r.randrange(1, 5)))]
    else:
        paras += ["Aucun traitement pour la colonisation. Dépistage hebdomadaire recommandé."]
    data = A.docx("Résumé PCI – transfert en CHSLD", paras, author=s.full)
    fname = ctx.pick(["Resume_PCI_transfert.docx", "Transfert_%s_PCI.docx" % p.name("file")])
    text = ("%s\n\n%s sera transféré%s chez vous le %s (départ prévu vers 10 h). Vous trouverez "
            "ci-joint le résumé PCI : %s, précautions %s à maintenir à l'arrivée.\n\nN'hésitez pas si "
            "vous avez des questions sur le matériel dédié ou l'entretien de la chambre.\n\n%s" % (
                hello(ctx), p.name("title_full"), "e" if p.sex == "F" else "", C.fr_date(d_out),
                dx, prec, bye(ctx, s)))
    return {"category": "transfer", "from": s.addr(), "to": [X["chsld"]],
            "subject": "Transfert %s – statut infectieux" % C.short_fr(d_out),
            "text": text, "attachments": [{"ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                            "data": data, "filename": fname}],
            "types": ["diagnosis", "lab_result", "medication"],
            "note": "transfer to long-term care with carrier status"}


# 5 -----------------------------------------------------------------------
def t_reply_lift(ctx):
    r = ctx.rng
    p = ctx.patient()
    s, nurse = ctx.staff_role("infirmière en PCI"), ctx.staff_role("infirmière-chef")
    rm = room(ctx)
    when = ctx.date - datetime.timedelta(hours=r.randrange(2, 20))
    orig_subj = "Levée d'isolement ch. %s ?" % rm
    orig = ("Bonjour,\nEst-ce qu'on peut lever l'isolement de la chambre %s ? %s n'a plus de diarrhée "
            "depuis vendredi et on manque de chambres privées.\nMerci\n%s" % (
                rm, p.name(ctx.pick(["sur_first", "title_sur"])), nurse.full))
    neg = r.random() < 0.5
    ans = ("%s\n\nPour %s (dossier %s) : " % (hello(ctx, nurse), p.name("sur_first"), p.mrn(ctx.pick(["plain", "slash"]))))
    if neg:
        ans += ("dernière selle formée le %s, donc plus de 48 h sans diarrhée. Vous pouvez cesser les "
                "précautions contact renforcées, mais il faut d'abord la désinfection terminale au sporicide "
                "(incluant les rideaux). Pas de test de contrôle : on ne refait pas de PCR C. difficile.\n" %
                C.short_fr(ctx.days(3)))
        types = ["diagnosis"]
    else:
        ans += ("attention, il est aussi connu porteur ERV (dépistage positif le %s). On maintient les "
                "précautions contact même après la fin de la DACD. Vanco PO à poursuivre jusqu'au %s.\n" %
                (C.short_fr(ctx.days(r.randrange(10, 40))), C.short_fr(ctx.later(4))))
        types = ["diagnosis", "lab_result", "medication"]
    if r.random() < 0.5:
        text = ans + "\n" + bye(ctx, s) + "\n\n" + outlook_header("fr", nurse.addr(), s.addr(), when, orig_subj) + "\n" + orig
    else:
        text = ans + "\n" + bye(ctx, s) + "\n\n" + gmail_attrib("fr", nurse.addr(), when) + "\n" + quote(orig)
    return {"category": "reply", "from": s.addr(), "to": [nurse.addr()], "subject": "RE: " + orig_subj,
            "text": text, "reply": True, "types": types,
            "note": "reply about lifting isolation with quoted question"}


# 6 -----------------------------------------------------------------------
def t_census_html(ctx):
    r = ctx.rng
    unit = ctx.pick(C.UNITS)
    s = ctx.staff_role("PCI")
    rows = [["Lit", "Usager", "No dossier", "Micro-organisme", "Précautions", "Depuis", "Réévaluation"]]
    for _ in range(r.randrange(5, 9)):
        p = ctx.patient()
        org, prec, lab, dx = ctx.pick(V.ORG_FR)
        rows.append([room(ctx), p.name(ctx.pick(["upper_first", "upper_first", "sur_comma"])),
                     p.mrn(ctx.pick(["plain", "dash"])), org, prec.split(" (")[0],
                     C.short_fr(ctx.days(r.randrange(1, 30))), ctx.pick(["48 h sans diarrhée", "3 dépistages nég.",
                                                                         "J+5 sympt.", "—", "au congé"])])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head><body>\n"
            "<p>Bonjour,</p>\n<p>Voici la liste des usagers en isolement sur <b>%s</b> en date de ce matin "
            "(%s). Merci de vérifier l'affichage aux portes.</p>\n%s\n<p>%s</p>\n</body></html>\n" % (
                unit, C.fr_date(ctx.date.date()), html_table(rows),
                s.signature(r).replace("\n", "<br>\n")))
    return {"category": "census", "from": s.addr(), "to": [ctx.staff_role("chef").addr()],
            "subject": "Liste des isolements – %s – %s" % (unit, C.short_fr(ctx.date.date())),
            "html": html, "text": None, "form": "html",
            "types": ["diagnosis", "lab_result"],
            "note": "isolation census table in HTML body"}


# 7 -----------------------------------------------------------------------
def t_contact_tracing(ctx):
    r = ctx.rng
    idx = ctx.patient()
    s = ctx.staff_role("conseiller")
    unit = ctx.pick(C.UNITS[:7])
    lines = []
    for _ in range(r.randrange(3, 6)):
        c = ctx.patient()
        lines.append("- %s, congé le %s, tél. %s — TCT à faire à 8 semaines" % (
            c.name(ctx.pick(["full", "sur_comma", "title_full"])), C.short_fr(ctx.days(r.randrange(2, 20))), c.phone()))
    text = ("%s\n\nSuite au diagnostic de tuberculose pulmonaire contagieuse chez %s (frottis BAAR positif, "
            "séjour en chambre semi-privée sur %s du %s au %s avant l'isolement aériennes), voici les "
            "voisins de chambre exposés, déjà retournés à domicile. Il faut les joindre pour le dépistage "
            "(TCT de base puis à 8 semaines) :\n\n%s\n\nLa santé publique est avisée. Merci de ne pas laisser "
            "le diagnostic du cas index dans les messages vocaux.\n\n%s" % (
                hello(ctx), idx.name(ctx.pick(["title_full", "full"])), unit,
                C.short_fr(ctx.days(20)), C.short_fr(ctx.days(9)), "\n".join(lines), bye(ctx, s)))
    return {"category": "contact_tracing", "from": s.addr(), "to": [ctx.staff_role("agente").addr()],
            "subject": "Contacts TB – %s – appels à faire" % unit, "text": text,
            "types": ["diagnosis", "lab_result"], "note": "tuberculosis exposure contact list with phones"}


# 8 -----------------------------------------------------------------------
def t_exposure_letter(ctx):
    r = ctx.rng
    use_nam = r.random() < 0.3
    p = ctx.nam_patient() if use_nam else ctx.patient()
    s, ag = ctx.staff_role("conseiller"), ctx.staff_role("agente")
    org = ctx.pick(["ERV", "SARM", "EPC"])
    street, city, pc = p.address_parts()
    paras = [C.fr_date(ctx.date.date()), "", p.name("title_full"), street, "%s (Québec) %s" % (city, pc), "",
             "Objet : résultat de votre dépistage"]
    if use_nam:
        paras.append("Date de naissance : %s — Sexe : %s — NAM : %s" % (p.dob_str("dmy"), p.sex_str(), p.nam_str("space")))
    paras += ["%s," % ("Madame" if p.sex == "F" else "Monsieur"),
              "Lors de votre séjour à l'%s, un dépistage a été effectué le %s. Le résultat montre que vous "
              "êtes porteur de la bactérie %s. Il ne s'agit pas d'une infection et aucun traitement n'est "
              "nécessaire." % (ctx.pick(C.HOSP_FR), C.fr_date(ctx.days(r.randrange(5, 25))), org),
              "Lors de vos prochaines visites à l'hôpital, veuillez présenter cette lettre à l'accueil afin "
              "que des précautions de contact soient mises en place.",
              "Pour toute question : service de PCI, %s, poste 4412." % C.CLINIC_PHONE,
              "", s.full, s.role]
    data = A.docx("Lettre à l'usager – dépistage %s" % org, paras, author=s.full)
    fname = ctx.pick(["Lettre_porteur_%s_%s.docx" % (org, p.name("file")), "lettre_depistage_%s.docx" % org.lower()])
    text = ("%s\n\nPeux-tu poster la lettre ci-jointe aujourd'hui (enveloppe confidentielle) ? C'est pour "
            "l'usager porteur %s qu'on n'a pas réussi à joindre par téléphone.\n\n%s" % (
                hello(ctx, ag), org, bye(ctx, s)))
    return {"category": "letter", "from": s.addr(), "to": [ag.addr()],
            "subject": "Lettre à poster – porteur %s" % org, "text": text,
            "attachments": [{"ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             "data": data, "filename": fname}],
            "types": ["lab_result", "diagnosis"], "note": "carrier result letter to patient in DOCX"}


# 9 -----------------------------------------------------------------------
def t_transport(ctx):
    r = ctx.rng
    use_nam = r.random() < 0.45
    p = ctx.nam_patient() if use_nam else ctx.patient()
    s = ctx.staff_role("assistante")
    when = ctx.later(r.randrange(1, 3))
    dest = ctx.pick(["hémodialyse – Centre de dialyse Rivière-Clairval", "clinique externe de gastro-entérologie",
                     "imagerie (TDM abdominale) au Pavillon Rivière-Clairval", "domicile"])
    idline = "DDN : %s" % p.dob_str(ctx.pick(["iso", "dmy", "ymd_slash"]))
    if use_nam:
        idline += " | Sexe : %s | NAM : %s" % (p.sex_str(), p.nam_str(ctx.pick(["plain", "dot", "slash"])))
    text = ("Bonjour,\n\nDemande de transport pour le %s à %d h 30 :\n\nUsager : %s\n%s\nDépart : %s, "
            "%s\nDestination : %s\nMobilité : civière, %s\n\nIMPORTANT – PCI : usager en précautions contact "
            "renforcées (%s). Blouse et gants pour le personnel, désinfection de la civière au sporicide "
            "après le transport.\n\n%s" % (
                C.fr_date(when), r.randrange(6, 10), p.name(ctx.pick(["upper_first", "title_full", "full"])),
                idline, ctx.pick(C.HOSP_FR), room(ctx), dest, ctx.pick(["1 préposé", "oxygène 2 L"]),
                ctx.pick(["C. difficile en traitement", "DACD, vanco PO jour 4", "diarrhée à C. difficile"]),
                bye(ctx, s)))
    return {"category": "transport", "from": s.addr(), "to": [X["ambulance"]],
            "subject": "Demande de transport %s – précautions contact" % C.short_fr(when), "text": text,
            "types": ["diagnosis"], "note": "patient transport booking with isolation precautions"}


# 10 ----------------------------------------------------------------------
def t_lab_forward(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("microbiologiste")
    tech = ctx.staff_role("technicien en microbiologie")
    org, prec, lab, dx = ctx.pick([V.ORG_FR[4], V.ORG_FR[3], V.ORG_FR[0]])
    when = ctx.date - datetime.timedelta(hours=r.randrange(1, 5))
    fwd = ("Usager : %s\nNo dossier : %s\nUnité : %s\nPrélèvement : %s du %s\nRésultat : %s\n"
           "Résultat communiqué à l'unité par téléphone à %s.\n%s" % (
               p.name(ctx.pick(["upper_first", "sur_initial"])), p.mrn(ctx.pick(["space", "dot", "pad", "fw"])),
               ctx.pick(C.UNITS), ctx.pick(["écouvillon rectal", "selles"]), C.short_fr(ctx.days(1)), lab,
               when.strftime("%H:%M"), tech.full))
    text = ("%s\n\nFYI – résultat critique ci-dessous. Isolement immédiat à confirmer, et dépistage des "
            "voisins de chambre des 7 derniers jours. Je m'occupe d'aviser le médecin traitant.\n\n%s\n\n%s\n%s" % (
                hello(ctx), bye(ctx, s),
                forward_header("fr", tech.addr(), s.addr(), when, "Résultat critique – %s" % org), fwd))
    return {"category": "lab_forward", "from": s.addr(),
            "to": [ctx.staff_role("infirmière en PCI").addr(), ctx.staff_role("chef de service").addr()],
            "subject": "TR: Résultat critique – %s" % org, "text": text,
            "types": ["lab_result", "diagnosis"], "note": "forwarded critical microbiology result"}


# 11 ----------------------------------------------------------------------
def t_ics_family(ctx):
    r = ctx.rng
    p = ctx.patient()
    s = ctx.staff_role("infirmière en PCI")
    start = datetime.datetime.combine(ctx.later(r.randrange(1, 6)), datetime.time(r.choice([10, 13, 14]), 0))
    rm = room(ctx)
    summary = "Rencontre famille – %s (ch. %s) – isolement prolongé" % (p.name(ctx.pick(["title_full", "full"])), rm)
    desc = ("Ordre du jour : explication des précautions contact renforcées (DACD récidivante, 3e épisode), "
            "visites de la famille, possibilité de greffe de microbiote fécal (GMF) discutée par Dr Béland. "
            "Traitement actuel : %s." % ctx.pick(V.CDIFF_TX_FR[2:]))
    cal = A.ics("pci-%d-%s@%s" % (ctx.idx, start.strftime("%Y%m%d"), C.DOM), start, 45, summary, desc,
                "Salle de réunion 4e étage, %s" % ctx.pick(C.HOSP_FR), s.addr(),
                [ctx.staff_role("infirmière-chef").addr(), ctx.staff_role("interniste").addr()])
    text = ("Bonjour,\n\nJe vous invite à la rencontre avec la famille (voir invitation). La fille a demandé "
            "qu'on explique à nouveau pourquoi les visiteurs doivent porter blouse et gants.\n\n%s" % bye(ctx, s))
    return {"category": "meeting", "from": s.addr(),
            "to": [ctx.staff_role("infirmière-chef").addr(), ctx.staff_role("interniste").addr()],
            "subject": "Invitation : rencontre famille – ch. %s" % rm, "text": text,
            "attachments": [{"ctype": "text/calendar", "data": cal, "filename": "invite.ics",
                             "params": "; method=REQUEST", "charset": "utf-8"}],
            "types": ["diagnosis", "medication"], "note": "calendar invite for family meeting on isolation"}


# 12 ----------------------------------------------------------------------
def t_vcard_callback(ctx):
    r = ctx.rng
    p = ctx.patient()
    s, ag = ctx.staff_role("infirmière en PCI"), ctx.staff_role("agente")
    street, city, pc = p.address_parts()
    card = A.vcard(p.giv(), p.sur(), tel=p.phone(), adr=(street, city, pc),
                   note="Usager congédié – rappel PCI")
    text = ("%s\n\nPeux-tu rappeler cet usager (fiche contact jointe) ? Son dépistage SARM de contrôle "
            "revient positif (nez) après la décolonisation. Il faut lui expliquer de refaire la mupirocine "
            "nasale BID x 5 jours + lavages à la chlorhexidine 2 %%, ordonnance envoyée à sa pharmacie. "
            "Il a congé depuis le %s.\n\n%s" % (hello(ctx, ag), C.short_fr(ctx.days(r.randrange(2, 9))), bye(ctx, s)))
    return {"category": "callback", "from": s.addr(), "to": [ag.addr()],
            "subject": "Rappel usager – dépistage SARM", "text": text,
            "attachments": [{"ctype": "text/vcard", "data": card,
                             "filename": "%s %s.vcf" % (p.given, p.surname), "charset": "utf-8"}],
            "types": ["lab_result", "medication", "diagnosis"], "note": "vCard of discharged MRSA carrier to call back"}


# 13 ----------------------------------------------------------------------
def t_zip_screening(ctx):
    r = ctx.rng
    s = ctx.staff_role("technicien en microbiologie")
    members = []
    new = 0
    for unit in r.sample(C.UNITS[:7], 2):
        rows = [["unite", "lit", "nom", "prenom", "dossier", "date_prelevement", "ERV"]]
        for _ in range(r.randrange(4, 8)):
            p = ctx.patient()
            res = ctx.pick(["NÉGATIF", "NÉGATIF", "NÉGATIF", "POSITIF"])
            new += res == "POSITIF"
            rows.append([unit, room(ctx), p.sur(), p.giv(), p.mrn(), ctx.days(2).isoformat(), res])
        members.append(("depistage_ERV_%s.csv" % unit.replace(" ", "_"),
                        A.csv_text(rows, delimiter=";").encode(ctx.pick(["utf-8", "cp1252"]))))
    z = A.zipped(members)
    text = ("Bonjour,\n\nVoici les résultats du dépistage ERV hebdomadaire (semaine %s). %d nouveau(x) "
            "positif(s) à isoler.\n\n%s\nMicrobiologie – %s" % (ctx.date.strftime("%V"), new, s.given, C.ORG_FR))
    return {"category": "screening", "from": s.addr(), "to": [ctx.staff_role("PCI").addr()],
            "subject": "Dépistages ERV semaine %s" % ctx.date.strftime("%V"), "text": text,
            "attachments": [{"ctype": "application/zip", "data": z,
                             "filename": "depistages_ERV_sem%s.zip" % ctx.date.strftime("%V")}],
            "types": ["lab_result"], "note": "weekly VRE screening results zipped CSV"}
