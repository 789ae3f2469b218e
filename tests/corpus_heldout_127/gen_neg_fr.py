"""Non-confidential (hard negative) messages written in French."""
import datetime as dt

import gen_attach as A
import gen_common as C
from gen_mime import table_html

DEPT = ("Imagerie médicale — tous", "imagerie.tous@" + C.ORG["domain"])
TECHS_L = ("Technologues imagerie", "technologues@" + C.ORG["domain"])
RADS_L = ("Radiologistes", "radiologistes@" + C.ORG["domain"])
MOD = ["TDM", "IRM", "Échographie", "Radiographie", "Mammographie", "Médecine nucléaire"]


def _mgr(c, i=0):
    return C.MANAGERS[i]


def _wrap_html(title, inner):
    return ('<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Segoe UI,Arial,sans-serif">\n%s\n</body></html>\n' % (title, inner))


def horaire_techno(c):
    r = c.r
    mgr = C.MANAGERS[1]
    monday = c.when(3, 12)
    monday -= dt.timedelta(days=monday.weekday())
    shifts = ["7 h 30-15 h 30", "11 h-19 h", "15 h 30-23 h 30", "23 h 30-7 h 30", "congé"]
    rows = []
    for t in C.TECHS[:r.randrange(7, 11)]:
        rows.append(["%s %s" % (t[0], t[1]), r.choice(MOD[:4])] + [r.choice(shifts) for _ in range(5)])
    absent = r.choice(C.TECHS)
    header = ["Technologue", "Secteur"] + ["%s %d" % (C.WEEKDAYS_FR[i][:3], (monday + dt.timedelta(days=i)).day) for i in range(5)]
    note = r.choice(["%s %s est en congé de maladie jusqu'au %s; ses quarts sont redistribués." % (absent[0], absent[1], C.fdate(monday + dt.timedelta(days=4), "fr", "short")),
                     "Rappel : les échanges de quarts doivent être approuvés par écrit.",
                     "Deux postes de soir en IRM restent à combler — avis aux intéressé(e)s."])
    text = "\n".join(["Bonjour à tous,", "", "Voici l'horaire de la semaine du %s." % C.fdate(monday, "fr"), note, "",
                      c.sig(mgr, "Coordonnateur technique")])
    spec = dict(frm=c.ad(mgr), to=[TECHS_L], subject="Horaire technologues — semaine du %s" % C.fdate(monday, "fr", "short"),
                text=text, note="weekly technologist schedule")
    if r.random() < 0.5:
        spec["attachments"] = [dict(data=A.make_xlsx([("Horaire", header, rows)], author="%s %s" % mgr[:2]),
                                    filename="horaire_%s.xlsx" % monday.isoformat(),
                                    ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    else:
        spec["html"] = _wrap_html("Horaire", "<p>Bonjour à tous,</p><p>Horaire de la semaine du %s.</p>%s<p>%s</p><p>%s %s</p>" % (
            C.fdate(monday, "fr"), table_html(header, rows), note, mgr[0], mgr[1]))
        spec["body"] = r.choice(["alt", "html"])
    return spec


def garde_radio(c):
    r = c.r
    sec = C.MANAGERS[2]
    month = c.when(10, 30)
    rads = list(C.RADIOLOGISTS)
    r.shuffle(rads)
    focus = {"neuroradiologie": "AVC, anévrismes, tumeurs cérébrales", "imagerie abdominale": "cancers digestifs, foie, pancréas",
             "imagerie musculosquelettique": "traumatologie sportive, sarcomes", "imagerie du sein": "dépistage et investigation du cancer du sein",
             "radiologie interventionnelle": "biopsies, drainages, embolisations", "imagerie pédiatrique": "maladies congénitales, maltraitance (consultation)",
             "imagerie thoracique": "cancer du poumon, maladies interstitielles", "imagerie cardiaque": "coronaropathie, cardiomyopathies"}
    lines = []
    d = month.replace(day=1)
    for i in range(7):
        rd = rads[i % len(rads)]
        lines.append("%s : %s (%s — %s)" % (C.fdate(d + dt.timedelta(days=i), "fr", "day"), C.dr(rd, "fr"), rd[3], focus[rd[3]]))
    text = "\n".join(["Bonjour,", "", "Garde des radiologistes, première semaine de %s :" % C.MONTHS_FR[d.month - 1], ""] + lines + [
        "", r.choice(["Pour les AVC en fenêtre thérapeutique, appeler directement la neuroradiologie au poste 2250.",
                      "Les demandes de biopsie urgente passent par le radiologiste interventionnel de garde.",
                      "Toute modification doit m'être transmise avant le 20 du mois."]), "", c.sig(sec, "Adjointe à la direction")])
    return dict(frm=c.ad(sec), to=[RADS_L], cc=[("Urgence — coordination", "urgence.coord@" + C.ORG["domain"])],
                subject="Liste de garde — %s %d" % (C.MONTHS_FR[d.month - 1], d.year), text=text,
                note="radiologist on-call list with subspecialties")


def penurie_contraste(c):
    r = c.r
    ph = ("Martine", "Lacroix", "F")
    prod = r.choice([("iohexol (Omnipaque 300 et 350)", "iodixanol (Visipaque 320)"), ("gadobutrol (Gadovist 1,0)", "acide gadotérique (Dotarem)"),
                     ("iopamidol (Isovue 370)", "iohexol 350")])
    lot = C.mod97_number(r, 11)
    text = "\n".join([
        "AVIS DE PÉNURIE — PRODUIT DE CONTRASTE", "",
        "Le fournisseur nous informe d'une rupture d'approvisionnement de %s prévue pour 6 à 8 semaines." % prod[0],
        "Mesures immédiates, en vigueur dès lundi :",
        "- réserver le produit aux indications urgentes (AVC, embolie pulmonaire, traumatisme, hémorragie digestive);",
        "- réduire la dose selon le poids (0,8 mL/kg, maximum 80 mL) lorsque le protocole le permet;",
        "- substitution par %s selon le protocole approuvé par le comité de pharmacologie;" % prod[1],
        "- reporter les examens électifs non urgents après discussion avec le radiologiste.", "",
        "Lot de remplacement reçu : %s (quantité limitée, ne pas transférer entre sites)." % lot, "",
        "Merci de votre collaboration.", "%s %s, pharmacienne\nDépartement de pharmacie, %s\nTél. %s, poste 2410" % (ph[0], ph[1], C.ORG["fr"], C.ORG["phone"])])
    return dict(frm=c.ad(ph), to=[DEPT, RADS_L], subject=r.choice(["Pénurie — %s" % prod[0].split(" (")[0], "IMPORTANT : rupture de produit de contraste",
                                                                    "Avis de pénurie de contraste"]),
                text=text, note="contrast media shortage notice")


def rappel_lot(c):
    r = c.r
    mgr = C.MANAGERS[1]
    lots = [C.luhn_number(r, 10) for _ in range(r.randrange(2, 5))]
    prod = r.choice(["seringues d'injecteur double tête InjectaFlow 200 mL", "tubulures patient basse pression Injectra 250 cm",
                     "gel d'échographie stérile SonoClear 20 g", "bobines de surface IRM FlexCoil 16 canaux"])
    text = "\n".join([
        "Bonjour,", "",
        "Avis de rappel volontaire du fabricant (classe II) concernant : %s." % prod,
        "Lots visés :"] + ["  - %s (péremption %s)" % (l, C.fdate(c.when(100, 400), "fr", "iso")) for l in lots] + [
        "",
        "Motif : possible défaut d'étanchéité du raccord pouvant entraîner une fuite. Aucun incident signalé chez nous.",
        "Action : retirer les lots visés des salles d'ici vendredi, les placer dans le bac identifié « RAPPEL » au magasin.",
        "Formulaire d'accusé de réception à retourner à l'approvisionnement.", "", c.sig(mgr, "Coordonnateur technique")])
    return dict(frm=c.ad(mgr), to=[TECHS_L], subject=r.choice(["Rappel de lots — %s" % prod.split(" ")[0], "Avis de rappel fabricant",
                                                               "URGENT : retrait de lots"]),
                text=text, note="manufacturer lot recall with lot numbers")


def infolettre(c):
    r = c.r
    ed = C.MANAGERS[2]
    t1, t2 = r.sample(C.TECHS, 2)
    rad = r.choice(C.RADIOLOGISTS)
    baby = r.choice(["Léo", "Rose", "Mila", "Arthur"])
    bd = c.date.date() - dt.timedelta(days=r.randrange(5, 40))
    items = [
        ("Départ à la retraite", "Après 34 ans parmi nous, M. Gaétan Tremblay, technologue en radiologie, prend sa retraite le %s. Un 5 à 7 aura lieu à la cafétéria." % C.fdate(c.when(10, 30), "fr", "short")),
        ("Naissance", "Félicitations à %s %s pour la naissance de %s, né%s le %s (3,4 kg)! Maman et bébé se portent bien." % (
            t1[0], t1[1], baby, "e" if baby in ("Rose", "Mila") else "", C.fdate(bd, "fr"))),
        ("Recherche", "%s présentera ses travaux sur %s lors de la journée scientifique du département." % (
            C.dr(rad, "fr"), r.choice(["le dépistage du cancer du sein chez les femmes à seins denses", "l'IRM de diffusion dans l'AVC aigu",
                                       "la biopsie hépatique chez les patients cirrhotiques", "la réduction de dose en TDM pédiatrique"]))),
        ("Nouvel appareil", "La nouvelle IRM 3 T du %s sera en fonction le %s. Formation obligatoire pour les technologues d'IRM." % (
            C.ORG["site2"], C.fdate(c.when(20, 60), "fr", "short"))),
        ("Anniversaires du mois", "Bonne fête à %s %s (le %d) et à Mme %s %s!" % (t2[0], t2[1], r.randrange(1, 29), C.CLERKS[0][0], C.CLERKS[0][1])),
    ]
    r.shuffle(items)
    items = items[:4]
    text = "L'Écho de l'imagerie — %s %d\n\n" % (C.MONTHS_FR[c.date.month - 1], c.date.year) + "\n\n".join(
        "%s\n%s" % (h.upper(), b) for h, b in items) + "\n\nPour proposer un texte : %s" % C.mail_of(*ed[:2], C.ORG["domain"])
    inner = "<h1 style=\"color:#00577a\">L'Écho de l'imagerie</h1>" + "".join(
        "<h3>%s</h3><p>%s</p>" % (h, b) for h, b in items) + "<hr><p style=\"font-size:9pt\">%s — %s<br>%s</p>" % (
        C.ORG["dept_fr"], C.ORG["fr"], C.ORG["addr_fr"])
    return dict(frm=c.ad(ed), to=[DEPT], subject="L'Écho de l'imagerie — %s" % C.MONTHS_FR[c.date.month - 1],
                text=text, html=_wrap_html("Infolettre", inner), body=r.choice(["alt", "html"]), note="department newsletter")


def offre_emploi(c):
    r = c.r
    hr = ("Sylvie-Anne", "Bergevin", "F")
    poste = r.choice(["Technologue en imagerie médicale — échographie", "Technologue en IRM (poste de soir)",
                      "Agent(e) administratif(ve) — centrale de rendez-vous", "Technologue en médecine nucléaire"])
    no = "IMG-%d-%03d" % (c.date.year, r.randrange(1, 200))
    text = "\n".join([
        "AFFICHAGE INTERNE ET EXTERNE — %s" % no, "", "Titre : %s" % poste,
        "Statut : %s" % r.choice(["temps complet permanent", "temps partiel (7/14)", "remplacement de 12 mois"]),
        "Site : %s" % r.choice([C.ORG["fr"], C.ORG["site2"]]),
        "Exigences : permis d'exercice de l'OTIMROEPMQ; expérience en %s un atout." % r.choice(["échographie vasculaire", "IRM cardiaque", "mammographie"]),
        "Échelle salariale : 28,52 $ à 46,92 $/h selon l'expérience.", "",
        "Les candidat(e)s intéressé(e)s doivent postuler avant le %s." % C.fdate(c.when(10, 25), "fr"), "",
        "Service des ressources humaines\n%s\n%s" % (C.ORG["fr"], C.ORG["addr_fr"])])
    return dict(frm=c.ad(hr), to=[DEPT], subject="Affichage %s — %s" % (no, poste), text=text, note="job posting")


def facture(c):
    r = c.r
    v = C.EXTERNAL["imagix"]
    acct = ("Comptes recevables", "comptes@" + v[1])
    inv = "F-%s" % C.luhn_number(r, 8)
    sn = C.luhn_number(r, 9)
    lines = [("Contrat de service annuel — TDM", 1, r.randrange(38000, 52000)),
             ("Remplacement tube RX (main-d'œuvre)", 1, r.randrange(4000, 9000)),
             ("Déplacement technicien", r.randrange(1, 4), 185)]
    lines = lines[:r.randrange(1, 4)]
    sub = sum(q * p for _, q, p in lines)
    tps, tvq = sub * 0.05, sub * 0.09975
    pdf = A.make_pdf("Facture %s" % inv, [
        "# %s — FACTURE" % v[0], "No de facture : %s" % inv, "Date : %s" % C.fdate(c.date.date(), "fr", "iso"),
        "Nom du client : %s, %s" % (C.ORG["fr"], C.ORG["dept_fr"]), "Adresse : %s" % C.ORG["addr_fr"],
        "Appareil : tomodensitomètre Aurion 128, no de série %s" % sn, ""] +
        ["%s  x%d  %.2f $" % (d, q, p) for d, q, p in lines] +
        ["", "Sous-total : %.2f $" % sub, "TPS : %.2f $" % tps, "TVQ : %.2f $" % tvq, "Total : %.2f $" % (sub + tps + tvq),
         "Modalités : net 30 jours"], author=v[0])
    text = "\n".join(["Bonjour,", "", "Veuillez trouver ci-joint la facture %s." % inv, "Merci de votre confiance.", "",
                      "Service à la clientèle\n%s\n%s" % (v[0], v[2])])
    return dict(frm=acct, to=[c.box("comptes.payables", "Comptes payables")], subject="Facture %s — %s" % (inv, v[0]), text=text,
                attachments=[dict(data=pdf, filename="Facture_%s.pdf" % inv, ctype="application/pdf")], note="vendor invoice")


def bon_commande(c):
    r = c.r
    buyer = ("Réjean", "Cadieux", "M")
    po = C.luhn_number(r, 10)
    items = [("Gadobutrol 1,0 mmol/mL, 15 mL", r.randrange(20, 80), 62.40), ("Iohexol 350, 100 mL", r.randrange(50, 200), 18.75),
             ("Seringue injecteur 200 mL", r.randrange(100, 400), 6.10), ("Gel échographie 5 L", r.randrange(5, 30), 24.00),
             ("Tablier plombé 0,5 mm Pb", r.randrange(1, 4), 489.00)]
    items = r.sample(items, r.randrange(3, 6))
    rows = [[d, q, "%.2f" % p, "%.2f" % (q * p)] for d, q, p in items]
    x = A.make_xlsx([("BC %s" % po, ["Description", "Quantité", "Prix unitaire", "Total"], rows)], author="%s %s" % buyer[:2])
    text = "\n".join(["Bonjour,", "", "Bon de commande no %s ci-joint. Livraison au quai de réception, porte 4." % po,
                      "Centre de coûts : 6150-IMG.", "", c.sig(buyer, "Acheteur, Service de l'approvisionnement")])
    return dict(frm=c.ad(buyer), to=[("Commandes", "commandes@" + C.EXTERNAL["nordpharma"][1])], subject="BC %s" % po, text=text,
                attachments=[dict(data=x, filename="BC_%s.xlsx" % po, ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
                note="purchase order")


def stats(c):
    r = c.r
    mgr = C.MANAGERS[0]
    q = r.choice(["T1", "T2", "T3", "T4"])
    rows = []
    for m in MOD:
        rows.append([m, r.randrange(900, 14000), "%d %%" % r.randrange(55, 98), "%d j" % r.randrange(3, 160)])
    extra = r.choice(["Taux de rappel en dépistage mammographique : %.1f %% (cible < 10 %%)." % r.uniform(5, 11),
                      "Résultats critiques communiqués en moins de 60 min : %d %%." % r.randrange(85, 99),
                      "Réactions au produit de contraste : %d sur %d injections (%.2f %%)." % (7, 9412, 7 / 94.12)])
    text = "\n".join(["Bonjour,", "", "Voici les indicateurs du %s (données agrégées, tous sites) :" % q, ""] +
                     ["%s : %s examens, %s dans les délais, attente médiane %s" % tuple(x) for x in rows] + ["", extra, "",
                                                                                                          c.sig(mgr, "Chef de service, imagerie médicale")])
    spec = dict(frm=c.ad(mgr), to=[c.box("direction.dsp", "Direction des services professionnels")], cc=[RADS_L],
                subject="Indicateurs %s — imagerie" % q, text=text, note="aggregate activity and wait-time statistics")
    if r.random() < 0.5:
        spec["html"] = _wrap_html("Indicateurs", "<p>Indicateurs du %s (données agrégées)</p>%s<p>%s</p>" % (
            q, table_html(["Modalité", "Examens", "Dans les délais", "Attente médiane"], rows), extra))
    return spec


def comite(c):
    r = c.r
    sec = C.MANAGERS[2]
    name, items = r.choice([
        ("Comité de radioprotection", ["Adoption du procès-verbal", "Niveaux de référence diagnostiques — TDM pédiatrique (données agrégées)",
                                       "Résultats de dosimétrie du personnel — T%d (sommaire)" % r.randrange(1, 5), "Inspection du blindage salle 3", "Divers"]),
        ("Comité qualité et sécurité", ["Suivi des déclarations d'incidents (tendances)", "Audit de la double identification",
                                        "Délais de communication des résultats critiques", "Varia"]),
        ("Comité de pharmacologie — volet imagerie", ["Protocole de prémédication : révision", "Pénurie d'iohexol : bilan", "Metformine et contraste : mise à jour"]),
    ])
    d = c.when(5, 25)
    text = "\n".join(["AVIS DE CONVOCATION", "", "%s" % name, "Date : %s, 12 h à 13 h" % C.fdate(d, "fr", "day"),
                      "Lieu : salle Jacques-Cartier (local B-214) et Teams", "", "Ordre du jour :"] +
                     ["%d. %s" % (i + 1, x) for i, x in enumerate(items)] + ["",
                      "Membres : %s, %s, M. %s, Mme %s." % (C.dr(C.RADIOLOGISTS[0], "fr"), C.dr(C.RADIOLOGISTS[4], "fr"),
                                                          " ".join(C.MANAGERS[3][:2]), " ".join(C.MANAGERS[0][:2])), "",
                      c.sig(sec, "Secrétaire du comité")])
    return dict(frm=c.ad(sec), to=[RADS_L, c.ad(C.MANAGERS[3])], subject="Convocation — %s — %s" % (name, C.fdate(d, "fr", "short")),
                text=text, note="committee meeting notice")


def formulaire_vierge(c):
    r = c.r
    nurse = c.who(C.NURSES)
    kind = r.choice(["irm", "contraste", "consentement"])
    if kind == "irm":
        title = "Questionnaire de sécurité IRM"
        qs = ["Avez-vous un stimulateur cardiaque ou un défibrillateur?  [ ] Oui  [ ] Non",
              "Avez-vous un implant cochléaire, une valve, un clip d'anévrisme?  [ ] Oui  [ ] Non",
              "Avez-vous déjà travaillé avec du métal (soudure, meulage)?  [ ] Oui  [ ] Non",
              "Êtes-vous enceinte ou possiblement enceinte?  [ ] Oui  [ ] Non", "Êtes-vous claustrophobe?  [ ] Oui  [ ] Non"]
    elif kind == "contraste":
        title = "Questionnaire préalable à l'injection de produit de contraste"
        qs = ["Allergie connue au produit de contraste?  [ ] Oui  [ ] Non", "Asthme, insuffisance rénale, diabète?  [ ] Oui  [ ] Non",
              "Prenez-vous de la metformine?  [ ] Oui  [ ] Non", "Créatinine (si requise) : ________ µmol/L   DFGe : ______"]
    else:
        title = "Consentement à une biopsie guidée par imagerie"
        qs = ["Procédure : ____________________________", "Risques expliqués : saignement, infection, douleur, pneumothorax (biopsie pulmonaire).",
              "Signature de l'usager : __________________   Témoin : __________________"]
    fields = ["Nom : ______________________   Prénom : ____________________", "Date de naissance : ____/____/______   Sexe : [ ] F  [ ] M",
              "NAM : __________________   No de dossier : ______________", "Téléphone : ______________"]
    paras = ["# " + title, "Version %d.%d — révisée %s" % (r.randrange(1, 5), r.randrange(0, 10), C.fdate(c.date.date() - dt.timedelta(days=90), "fr", "iso"))] + fields + [""] + qs
    if r.random() < 0.5:
        att = dict(data=A.make_docx(paras, author="%s %s" % nurse[:2], title=title), filename="%s.docx" % title.replace(" ", "_"),
                   ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    else:
        att = dict(data=A.make_pdf(title, paras, author=C.ORG["dept_fr"]), filename="%s_vierge.pdf" % C.slug(title).lower(), ctype="application/pdf")
    text = "\n".join(["Bonjour,", "", r.choice(["Voici la nouvelle version du formulaire (vierge) à imprimer pour l'accueil.",
                                               "Formulaire vierge mis à jour : merci de détruire les anciennes copies.",
                                               "Comme demandé, le gabarit vierge du formulaire."]), "", c.sig(nurse, "Conseillère en soins")])
    return dict(frm=c.ad(nurse), to=[c.box("accueil.imagerie", "Accueil imagerie")], subject="Formulaire — %s (nouvelle version)" % title,
                text=text, attachments=[att], note="blank form template")


def gabarit(c):
    r = c.r
    clerk = c.who(C.CLERKS)
    tpl = "\n".join([
        "«Prénom» «Nom»", "«Adresse»", "«Ville» (Québec) «CodePostal»", "",
        "Objet : rendez-vous de «Examen»", "",
        "Bonjour «Prénom»,",
        "Votre rendez-vous de «Examen» est prévu le «DateRDV» à «HeureRDV» au %s." % C.ORG["site2"],
        "Préparation : «Préparation».",
        "Présentez-vous 15 minutes à l'avance avec votre carte d'assurance maladie (NAM : «NAM»).",
        "Pour annuler : %s." % C.ORG["phone"]])
    text = "\n".join(["Bonjour %s," % clerk[0], "",
                      "Voici le gabarit de publipostage corrigé pour les lettres de convocation. Les champs entre « » sont remplis automatiquement par le SIR.",
                      "", "----- GABARIT -----", tpl, "----- FIN -----", "", "Merci de le tester avec la liste fictive avant lundi.", "",
                      c.sig(C.MANAGERS[2], "Adjointe à la direction")])
    spec = dict(frm=c.ad(C.MANAGERS[2]), to=[c.ad(clerk)], subject=r.choice(["Gabarit de convocation — version corrigée", "Publipostage : lettre de RDV"]),
                text=text, note="mail-merge template with placeholders")
    if r.random() < 0.5:
        spec["attachments"] = [dict(data=A.make_docx(tpl.split("\n"), author="CHRVE", title="Gabarit convocation"), filename="gabarit_convocation.docx",
                                    ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    return spec


def cas_enseignement(c):
    r = c.r
    rad = r.choice(C.RADIOLOGISTS)
    case = r.choice([
        ("Femme de 47 ans, masse palpable du sein droit depuis 2 mois.", "Échographie : masse hypoéchogène irrégulière de 18 mm, non parallèle.",
         "BI-RADS 5 — carcinome canalaire infiltrant à la biopsie."),
        ("Homme de 68 ans, hémoptysies, tabagisme 50 paquets-années.", "TDM : masse hilaire gauche avec atélectasie du LSG.",
         "Carcinome épidermoïde du poumon."),
        ("Enfant de 6 ans, boiterie et fièvre.", "IRM : collection sous-périostée du fémur distal.", "Ostéomyélite aiguë."),
        ("Homme de 35 ans, céphalée brutale.", "TDM : hyperdensité des citernes de la base.", "Hémorragie sous-arachnoïdienne anévrismale."),
    ])
    text = "\n".join(["CAS DE LA SEMAINE (anonymisé)", "", "Histoire : %s" % case[0], "Imagerie : %s" % case[1], "",
                      "Quel est votre diagnostic? Réponses à la réunion de jeudi, 7 h 30.", "", "Réponse (ne pas lire avant!) : %s" % case[2], "",
                      "Les images dépersonnalisées sont dans le dossier d'enseignement du PACS.", "", C.dr(rad, "fr"), "Responsable de l'enseignement"])
    return dict(frm=c.ad(rad), to=[c.box("residents.radiologie", "Résidents en radiologie")], subject="Cas de la semaine", text=text,
                note="de-identified teaching case")


def sante_travail(c):
    r = c.r
    sst = ("Hélène", "Rochon", "F")
    emp = r.choice(C.TECHS)
    kind = r.choice(["dosi", "preventif", "vaccin", "tb"])
    if kind == "dosi":
        body = ("Ta lecture de dosimètre du trimestre est de %.2f mSv (dose efficace), %s le niveau d'enquête de 0,5 mSv. "
                "Pourrais-tu vérifier que le dosimètre est bien porté sous le tablier?") % (r.uniform(0.1, 0.9), r.choice(["sous", "au-dessus de"]))
        subj = "Dosimétrie — lecture trimestrielle"
    elif kind == "preventif":
        body = ("Suite à ta déclaration de grossesse, ton affectation en radioscopie et en TDM est suspendue à compter du %s "
                "dans le cadre du programme de maternité sans danger. Tu seras réaffectée en échographie.") % C.fdate(c.when(2, 10), "fr")
        emp = r.choice([t for t in C.TECHS if t[2] == "F"])
        subj = "Réaffectation — maternité sans danger"
    elif kind == "vaccin":
        body = "Selon nos registres, ta vaccination contre l'influenza n'est pas à jour. Une clinique a lieu mardi au local A-110."
        subj = "Rappel vaccination du personnel"
    else:
        body = "Le résultat de ton test cutané à la tuberculine (embauche) est négatif (0 mm). Aucun suivi requis."
        subj = "Résultat — test TCT (santé au travail)"
    text = "\n".join(["Bonjour %s," % emp[0], "", body, "", "Confidentiel — santé et sécurité au travail", "",
                      "%s %s, infirmière\nService de santé et sécurité au travail\n%s\nTél. %s, poste 2600" % (sst[0], sst[1], C.ORG["fr"], C.ORG["phone"])])
    return dict(frm=c.ad(sst), to=[c.ad(emp)], subject=subj, text=text, note="employee occupational health message")


def ti(c):
    r = c.r
    it = ("Centre de services TI", "servicedesk@" + C.ORG["domain"])
    kind = r.choice(["pacs", "ris", "phish", "dict"])
    d = c.when(2, 14)
    if kind == "pacs":
        body = ["Une interruption planifiée du PACS aura lieu le %s de 22 h à 2 h (mise à niveau 8.4)." % C.fdate(d, "fr", "day"),
                "Pendant l'arrêt : consulter les images sur les consoles des modalités; les examens seront envoyés automatiquement au retour.",
                "Billet de changement : CHG%07d." % r.randrange(1000000, 9999999)]
        subj = "Interruption planifiée — PACS"
    elif kind == "ris":
        body = ["Le SIR (système d'information radiologique) passera à la version 11 le %s." % C.fdate(d, "fr", "day"),
                "Nouvelle fonction : rappel automatique des examens de dépistage. Formation de 30 min offerte (inscription sur l'intranet)."]
        subj = "Mise à jour du SIR"
    elif kind == "phish":
        body = ["Plusieurs employés ont reçu un courriel frauduleux « Votre boîte courriel est pleine ».",
                "Ne cliquez pas sur le lien. Signalez le message avec le bouton « Hameçonnage » dans Outlook.",
                "Le service TI ne vous demandera jamais votre mot de passe."]
        subj = "ALERTE — courriel d'hameçonnage"
    else:
        body = ["La reconnaissance vocale pour la dictée des rapports sera déployée en neuroradiologie le %s." % C.fdate(d, "fr", "short"),
                "Les micros seront installés lundi. Les profils vocaux doivent être créés avant le déploiement."]
        subj = "Déploiement — reconnaissance vocale"
    text = "\n".join(["Bonjour,", ""] + body + ["", "Centre de services TI — poste 5555", C.ORG["fr"]])
    return dict(frm=it, to=[DEPT], subject=subj, text=text, note="IT notice")


def installations(c):
    r = c.r
    fac = ("Stéphane", "Corriveau", "M")
    d = c.when(2, 20)
    body = r.choice([
        ["Des travaux de remplacement du système de climatisation de la salle TDM 2 auront lieu du %s au %s." % (
            C.fdate(d, "fr", "short"), C.fdate(d + dt.timedelta(days=4), "fr", "short")),
         "La salle sera fermée; les examens sont redistribués vers la salle 1 et le %s." % C.ORG["site2"]],
        ["Le stationnement P3 sera fermé le %s pour le déneigement complet. Utilisez le P1 ou le P5." % C.fdate(d, "fr", "day")],
        ["Inspection annuelle de la cage de Faraday de l'IRM 1 le %s à 7 h. Prévoir 2 h d'arrêt." % C.fdate(d, "fr", "day"),
         "Le physicien médical sera présent. Aucun patient ne doit être en salle."],
    ])
    text = "\n".join(["Bonjour,", ""] + body + ["", "Merci de votre compréhension.", c.sig(fac, "Service des installations matérielles")])
    return dict(frm=c.ad(fac), to=[DEPT], subject=r.choice(["Travaux — imagerie", "Avis des installations matérielles", "Fermeture temporaire"]),
                text=text, note="facilities notice")


def congres(c):
    r = c.r
    org = C.MANAGERS[2]
    d = c.when(30, 90)
    talks = [("8 h 30", C.dr(C.RADIOLOGISTS[3], "fr"), "Tomosynthèse et dépistage du cancer du sein : où en sommes-nous?"),
             ("9 h 15", C.dr(C.RADIOLOGISTS[0], "fr"), "Thrombectomie dans l'AVC : ce que le radiologiste doit savoir"),
             ("10 h 30", C.dr(C.RADIOLOGISTS[6], "fr"), "Nodules pulmonaires : nouvelles lignes directrices"),
             ("11 h 15", "M. %s %s, physicien" % C.MANAGERS[3][:2], "Réduction de dose en TDM pédiatrique"),
             ("13 h 30", C.dr(C.RADIOLOGISTS[4], "fr"), "Embolisation des fibromes utérins : indications et résultats"),
             ("14 h 15", "Mme %s %s, technologue" % C.TECHS[0][:2], "Positionnement en mammographie : trucs et astuces")]
    talks = r.sample(talks, r.randrange(4, 7))
    talks.sort(key=lambda x: (len(x[0]), x[0]))
    prog = ["# Journée scientifique de l'imagerie médicale", "%s — Auditorium du %s" % (C.fdate(d, "fr", "day"), C.ORG["site2"]), ""] + [
        "%s  %s — %s" % t for t in talks] + ["", "Inscription gratuite pour le personnel. 6 heures de formation reconnues."]
    text = "\n".join(["Bonjour à toutes et à tous,", "", "Le programme de la Journée scientifique est maintenant disponible.", ""] +
                     ["%s — %s : %s" % t for t in talks] + ["", c.sig(org, "Comité organisateur")])
    spec = dict(frm=c.ad(org), to=[DEPT], subject="Programme — Journée scientifique de l'imagerie", text=text, note="conference programme")
    if r.random() < 0.5:
        spec["attachments"] = [dict(data=A.make_pdf("Programme", prog, author="Comité organisateur"), filename="programme_journée_scientifique.pdf", ctype="application/pdf")]
    return spec


def paie(c):
    r = c.r
    pay = ("Service de la paie", "paie@" + C.ORG["domain"])
    body = r.choice([
        ["Les primes de soir et de fin de semaine de la période %d seront versées sur la paie du %s." % (r.randrange(1, 26), C.fdate(c.when(3, 14), "fr")),
         "Les heures supplémentaires non approuvées dans Logibec avant jeudi midi seront reportées."],
        ["Les relevés 1 et feuillets T4 sont disponibles dans le portail employé.",
         "Vérifiez votre adresse postale et votre NAS dans votre profil; toute correction doit être faite avant le 28 février."],
        ["Rappel : la rétroactivité de la convention collective (2,3 %) sera versée en deux paiements.",
         "Le détail par employé est accessible dans le portail, section « Talons de paie »."],
    ])
    text = "\n".join(["Bonjour,", ""] + body + ["", "Service de la paie — poste 2700", C.ORG["fr"]])
    return dict(frm=pay, to=[DEPT], subject=r.choice(["Paie — information", "Avis de la paie", "Relevés fiscaux"]), text=text, note="payroll notice")


def formation(c):
    r = c.r
    ed = c.who(C.NURSES)
    d = c.when(5, 30)
    text = "\n".join([
        "Bonjour,", "",
        "Formation obligatoire : prise en charge des réactions aux produits de contraste", "%s, 13 h à 15 h, salle B-214" % C.fdate(d, "fr", "day"), "",
        "Contenu :", "- reconnaître l'urticaire, le bronchospasme, l'anaphylaxie et la réaction vagale;",
        "- épinéphrine 0,3 mg IM (1 mg/mL) chez l'adulte, 0,01 mg/kg chez l'enfant;",
        "- diphenhydramine 25-50 mg IV, salbutamol en aérosol, soluté NS en bolus;",
        "- vérification mensuelle du chariot d'urgence.", "",
        "Inscription auprès de %s avant le %s." % (ed[0], C.fdate(d - dt.timedelta(days=3), "fr", "short")), "", c.sig(ed, "Conseillère en soins infirmiers")])
    return dict(frm=c.ad(ed), to=[TECHS_L], subject="Formation — réactions au contraste", text=text, note="staff training announcement with drug doses")


def protocole(c):
    r = c.r
    rad = C.RADIOLOGISTS[1]
    text = "\n".join([
        "PROTOCOLE DÉPARTEMENTAL — FONCTION RÉNALE ET PRODUITS DE CONTRASTE (révision %d)" % c.date.year, "",
        "1. Créatinine requise si : âge > 65 ans, diabète, IRC connue, néphrectomie, metformine.",
        "2. DFGe ≥ 30 : injection standard. DFGe < 30 : discussion avec le radiologiste, hydratation IV (NS 1 mL/kg/h 6 h avant et après).",
        "3. Metformine : cesser 48 h après l'injection si DFGe < 30 ou IRA; reprise après contrôle de la créatinine.",
        "4. Gadolinium : agents du groupe II seulement si DFGe < 30.",
        "5. Prémédication (allergie antérieure) : prednisone 50 mg PO 13 h, 7 h et 1 h avant + diphenhydramine 50 mg 1 h avant.", "",
        "Ce protocole remplace la version 2022. Commentaires à %s d'ici la fin du mois." % C.dr(rad, "fr")])
    return dict(frm=c.ad(rad), to=[RADS_L, TECHS_L], subject="Protocole fonction rénale / contraste — version révisée", text=text,
                note="departmental protocol on renal function and contrast")


def qa_fantome(c):
    r = c.r
    phys = C.MANAGERS[3]
    unit = r.choice(["IRM 1 (1,5 T)", "IRM 2 (3 T)", "TDM 1", "Mammographe salle 5"])
    sn = C.luhn_number(r, 10)
    rows = [("Uniformité", "%.1f %%" % r.uniform(88, 97), "> 87,5 %"), ("Rapport signal/bruit", "%d" % r.randrange(90, 180), "> 80"),
            ("Distorsion géométrique", "%.1f mm" % r.uniform(0.2, 1.8), "< 2 mm"), ("Résolution haut contraste", "1,0 mm", "≤ 1,0 mm")]
    text = "\n".join(["Bonjour,", "", "Contrôle de qualité hebdomadaire (fantôme ACR) — %s, no de série %s :" % (unit, sn), ""] +
                     ["%s : %s (tolérance %s)" % x for x in rows] + ["", r.choice(["Tous les paramètres sont conformes.",
                                                                                    "Uniformité limite : à surveiller la semaine prochaine."]), "",
                                                                      c.sig(phys, "Physicien médical")])
    return dict(frm=c.ad(phys), to=[c.ad(C.MANAGERS[1])], subject="CQ fantôme — %s" % unit, text=text, note="phantom quality-control results")


def inventaire(c):
    r = c.r
    mgr = C.MANAGERS[1]
    rows = []
    for i in range(r.randrange(5, 9)):
        rows.append([r.choice(["Sonde convexe C5-1", "Sonde linéaire L12-5", "Sonde endocavitaire", "Sonde phased array S4-1"]),
                     "Écho salle %d" % r.randrange(1, 6), C.luhn_number(r, 9), "ACT-%s" % C.luhn_number(r, 6),
                     r.choice(["OK", "OK", "Câble usé", "Élément mort — réparer"])])
    header = ["Équipement", "Emplacement", "No de série", "Actif", "État"]
    x = A.make_xlsx([("Inventaire", header, rows)], author="%s %s" % mgr[:2])
    text = "\n".join(["Bonjour,", "", "Inventaire annuel des sondes d'échographie ci-joint (numéros de série et d'actif).",
                      "Deux sondes doivent être envoyées en réparation chez le fabricant.", "", c.sig(mgr, "Coordonnateur technique")])
    return dict(frm=c.ad(mgr), to=[c.box("genie.biomedical", "Génie biomédical")], subject="Inventaire des sondes %d" % c.date.year, text=text,
                attachments=[dict(data=x, filename="inventaire_sondes_%d.xlsx" % c.date.year,
                                  ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
                note="equipment inventory with serial numbers")


def conges(c):
    r = c.r
    emp = r.choice(C.TECHS + C.CLERKS)
    mgr = C.MANAGERS[0]
    d = c.when(20, 90)
    text = "\n".join(["Bonjour %s," % emp[0], "",
                      r.choice(["Ta demande de vacances du %s au %s est approuvée." % (C.fdate(d, "fr", "short"), C.fdate(d + dt.timedelta(days=13), "fr", "short")),
                                "Je ne peux pas approuver la semaine du %s : trois technologues de l'IRM sont déjà absents." % C.fdate(d, "fr", "short"),
                                "Ton congé de perfectionnement pour le congrès est accepté; les frais d'inscription seront remboursés sur pièces justificatives."]),
                      "", mgr[0]])
    return dict(frm=c.ad(mgr), to=[c.ad(emp)], subject=r.choice(["Demande de congé", "RE: vacances d'été", "Congé approuvé"]), text=text,
                note="leave request answer")


def candidat(c):
    r = c.r
    hr = ("Sylvie-Anne", "Bergevin", "F")
    cand = r.choice([("Mélissa", "Aubertin"), ("Jérémie", "Colpron"), ("Anaïs", "Berthiaume")])
    d = c.when(3, 12)
    cv = A.make_docx(["# %s %s" % cand, "%d, rue des Peupliers, Granby (Québec)" % r.randrange(10, 500), "Cellulaire : %s" % C.phone(r),
                      "# Formation", "DEC en technologie de radiodiagnostic (2019)", "# Expérience",
                      "Technologue, Clinique radiologique Montval (2019-2025)", "# Compétences", "TDM, radiographie, IRM 1,5 T"],
                     author="%s %s" % cand, title="CV")
    text = "\n".join(["Bonjour Francine,", "",
                      "Entrevue prévue avec %s %s le %s à %s pour le poste de technologue (affichage IMG-%d-041). CV ci-joint." % (
                          cand[0], cand[1], C.fdate(d, "fr", "day"), c.hhmm(9, 15), c.date.year),
                      "Comité : toi, Richard et moi.", "", "%s %s\nConseillère en acquisition de talents" % hr[:2]])
    return dict(frm=c.ad(hr), to=[c.ad(C.MANAGERS[0])], subject="Entrevue — poste de technologue", text=text,
                attachments=[dict(data=cv, filename="CV_%s_%s.docx" % (cand[1], cand[0]),
                                  ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
                note="job candidate interview with CV")


def recherche(c):
    r = c.r
    rad = r.choice(C.RADIOLOGISTS)
    text = "\n".join([
        "Bonjour,", "",
        "Le comité d'éthique a approuvé le projet « %s » (no %d-%03d)." % (
            r.choice(["IRM abrégée pour le dépistage du cancer du sein chez les femmes à seins denses",
                      "TDM à faible dose pour la colique néphrétique", "Élastographie hépatique et stéatose"]), c.date.year, r.randrange(1, 300)),
        "Critères d'inclusion : adultes de 40 à 74 ans, examen prescrit pour l'indication visée. Exclusion : grossesse, DFGe < 30.",
        "Recrutement prévu : 240 participant(e)s sur 18 mois. Aucune donnée nominative ne sera transmise hors de l'établissement.",
        "Les technologues recevront une courte formation sur le protocole d'acquisition.", "", C.dr(rad, "fr"), "Chercheur(e) principal(e)"])
    return dict(frm=c.ad(rad), to=[DEPT], subject="Nouveau projet de recherche approuvé", text=text, note="research protocol announcement")


def sondage(c):
    r = c.r
    q = C.MANAGERS[0]
    n = r.randrange(300, 900)
    text = "\n".join(["Bonjour,", "",
                      "Résultats du sondage de satisfaction de la clientèle (%d répondants) :" % n,
                      "- accueil courtois : %d %%" % r.randrange(85, 99),
                      "- temps d'attente jugé acceptable : %d %%" % r.randrange(50, 80),
                      "- explications claires sur la préparation à jeun : %d %%" % r.randrange(70, 95), "",
                      "Commentaire fréquent : difficulté à joindre la centrale de rendez-vous.", "", c.sig(q, "Chef de service, imagerie médicale")])
    return dict(frm=c.ad(q), to=[DEPT], subject="Sondage de satisfaction — résultats", text=text, note="aggregate patient satisfaction survey")


TEMPLATES = [
    (horaire_techno, 4, "schedule"), (garde_radio, 4, "oncall_list"), (penurie_contraste, 4, "drug_shortage"),
    (rappel_lot, 3, "recall_notice"), (infolettre, 4, "newsletter"), (offre_emploi, 3, "job_posting"), (facture, 4, "invoice"),
    (bon_commande, 3, "purchase_order"), (stats, 4, "statistics"), (comite, 4, "committee"), (formulaire_vierge, 4, "blank_form"),
    (gabarit, 3, "mail_merge"), (cas_enseignement, 4, "teaching_case"), (sante_travail, 4, "occupational_health"), (ti, 4, "it_notice"),
    (installations, 3, "facilities"), (congres, 4, "conference"), (paie, 3, "payroll"), (formation, 4, "training"),
    (protocole, 3, "protocol"), (qa_fantome, 3, "quality_control"), (inventaire, 4, "inventory"), (conges, 3, "leave"),
    (candidat, 3, "candidate"), (recherche, 2, "research"), (sondage, 2, "survey"),
]
