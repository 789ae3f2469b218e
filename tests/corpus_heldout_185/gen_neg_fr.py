"""Non-confidential (hard negative) messages in French."""
import datetime

import gen_attach as A
import gen_common as C
from gen_ctx import day
from gen_mime import Att, Mail, Quote, Table, Pre

L = "fr"


def _s(r):
    return r.choice(["Bonjour,", "Bonjour à tous,", "Bonjour à toutes et à tous,", "Chers collègues,", "Allo l'équipe,"])


def _mod97_lot(r):
    base = "%09d" % r.randint(100000000, 999999999)
    return base + "%02d" % (97 - int(base) % 97)


def collecte(c):
    r = c.rng
    com = c.staff(role="manager")
    d = c.soon(7, 40)
    lieu = r.choice(["Salle municipale de Sainte-Brigitte-du-Lac", "Aréna de Val-des-Ormes", "Cégep des Ormes, agora",
                     "Centre communautaire de Pointe-aux-Cèdres"])
    blocks = [_s(r),
              "Une collecte de sang se tiendra le %s de 13 h 30 à 20 h à la %s, sous la présidence d'honneur de %s." % (
                  C.fmt_date(d, L), lieu, r.choice(["M. Réal Thibodeau, maire", "Mme Danielle Carrier, directrice du cégep", "Dre Véronique Desjardins, hématologue"])),
              "Objectif : %d donneurs. Les employés peuvent s'absenter 1 h sur le temps de travail avec l'accord de leur gestionnaire." % r.randint(80, 180),
              "Rappel des critères : 18 ans et plus, 50 kg et plus, en bonne santé. Info : %s" % C.clinic_phone(r, False),
              c.sig(com)]
    return c.mail("blood_drive", "blood donor clinic announcement", c.pair(com), [c.org_box("tous", "Tout le personnel")],
                  r.choice(["Collecte de sang le %s" % C.fmt_date(d, L, True), "Donnez du sang - collecte", "Invitation : collecte de sang"]), blocks)


def inventaire(c):
    r = c.rng
    tech = c.staff(role="tech")
    rows = []
    for g in ["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"]:
        cible = r.randint(6, 40)
        rows.append([g, str(r.randint(max(0, cible - 12), cible + 8)), str(cible), str(r.randint(0, 6))])
    plq = r.randint(2, 9)
    blocks = [_s(r), "Niveaux d'inventaire de la banque de sang ce matin 7 h :",
              Table(["Groupe", "CGR en stock", "Cible", "Expirent < 72 h"], rows),
              "Plaquettes : %d pools / %d aphérèses. Plasma : suffisant. Cryo : %d." % (plq, r.randint(1, 5), r.randint(10, 40)),
              r.choice(["O négatif sous la cible : commande urgente faite au fournisseur.", "Aucune action requise.",
                        "Merci de limiter l'usage du O- aux femmes en âge de procréer et aux urgences."]),
              c.sig(tech)]
    atts = []
    if r.random() < 0.4:
        units = [[C.fmt_din(*C.new_din(r, "W0417")), r.choice(["CGR O-", "CGR O+", "CGR A+"]), (c.soon(1, 3)).isoformat(), r.choice(["Frigo 1", "Frigo 2"])] for _ in range(8)]
        atts.append(Att("unites_a_expirer.csv", "text/csv", text=A.csv_text(["DIN", "Produit", "Expiration", "Emplacement"], units),
                        charset=r.choice(["utf-8", "windows-1252"])))
    return c.mail("inventory", "blood bank daily inventory levels", c.pair(tech),
                  [c.org_box("hemato-md", "Hématologues"), c.org_box("chefs-unite", "Chefs d'unité")],
                  r.choice(["Inventaire banque de sang", "Niveaux de stock - CGR", "Inventaire %s" % C.fmt_date(c.past(0, 0), L, True)]), blocks, atts=atts)


def rappel_lot(c):
    r = c.rng
    mgr = c.staff(role="manager")
    prod = r.choice(["trousses de prélèvement pour aphérèse", "cartes gel ABO/Rh", "filtres déleucocytants de chevet",
                     "sacs de transfert 600 mL", "réactif anti-D monoclonal"])
    lots = [_mod97_lot(r) for _ in range(r.randint(2, 4))]
    blocks = [_s(r),
              "Avis de retrait du fabricant (classe II) visant les %s, lots suivants :" % prod,
              Pre("\n".join("  Lot %s   exp. %s" % (l, (day(r, start=(2025, 1, 1))).isoformat()) for l in lots)),
              "Veuillez vérifier vos inventaires, mettre en quarantaine et retourner au magasin central avant vendredi. Aucun impact clinique signalé à ce jour.",
              c.sig(mgr)]
    return c.mail("recall", "manufacturer lot recall notice", c.pair(mgr), [c.org_box("laboratoires", "Laboratoires")],
                  r.choice(["Avis de retrait - lots", "RAPPEL : %s" % prod, "Retrait produit - action requise"]), blocks)


def penurie(c):
    r = c.rng
    ph = c.staff(role="pharm")
    drug, crit = r.choice([
        ("immunoglobulines IV (Gamunex 10 %)", "PTI avec saignement actif, déficit immunitaire primaire, syndrome de Guillain-Barré"),
        ("fer saccharose (Venofer)", "anémie ferriprive préopératoire, intolérance documentée au fer oral, grossesse au 3e trimestre"),
        ("héparine 25 000 U/250 mL", "perfusions en soins intensifs et circulation extracorporelle; utiliser l'énoxaparine ailleurs"),
        ("concentré de complexe prothrombinique (Octaplex)", "renversement urgent des antivitamines K avec saignement majeur"),
        ("acide tranexamique injectable", "traumatologie, chirurgie cardiaque et hémorragie post-partum")])
    blocks = [_s(r),
              "Le fournisseur nous informe d'une pénurie de %s jusqu'à %s." % (drug, r.choice(["la fin du mois", "nouvel ordre", "la mi-%s" % C.MOIS[r.randint(0, 11)]])),
              "Mesures temporaires : priorisation selon les critères du comité (%s), substitution par une autre marque lorsque possible." % crit,
              "Les demandes non prioritaires seront révisées par %s." % C.dr(L, "Karine", "Dion", "F"),
              c.sig(ph)]
    return c.mail("drug_shortage", "drug shortage notice with prioritisation", c.pair(ph), [c.org_box("prescripteurs", "Prescripteurs")],
                  "Pénurie - " + drug.split(" (")[0], blocks)


def comite(c):
    r = c.rng
    chief = c.staff(role="chief")
    d = c.soon(7, 30)
    items = ["Adoption du procès-verbal", "Audit de traçabilité T%d (taux %.1f %%)" % (r.randint(1, 4), r.uniform(97.5, 99.9)),
             "Révision de la politique de transfusion massive - Dr Éric Poulin",
             "Utilisation des IgIV : rapport trimestriel - Mme Josiane Perreault, pharmacienne",
             "Incidents déclarés (données agrégées)", "Varia"]
    ics = A.ics_text("comite-%08x@chrvo.example" % r.getrandbits(32), datetime.datetime(d.year, d.month, d.day, 12, 0),
                     datetime.datetime(d.year, d.month, d.day, 13, 30), "Comité de médecine transfusionnelle",
                     "Salle 3B-120 / Teams", "Ordre du jour joint au courriel", (c.who(chief, True), chief["addr"]), method="REQUEST")
    blocks = ["Mesdames, Messieurs,", "Vous êtes convoqués à la réunion du comité de médecine transfusionnelle le %s, de midi à 13 h 30." % C.fmt_date(d, L),
              "Ordre du jour :", Pre("\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items))), c.sig(chief)]
    return c.mail("committee_notice", "transfusion committee meeting notice with agenda", c.pair(chief),
                  [c.org_box("comite-mt", "Comité de médecine transfusionnelle")],
                  r.choice(["Convocation - comité de médecine transfusionnelle", "CMT : ordre du jour"]), blocks,
                  atts=[Att("convocation.ics", "text/calendar", text=ics)] if r.random() < 0.6 else None)


def stats_hv(c):
    r = c.rng
    hv = c.staff(role="hv")
    q = r.randint(1, 4)
    rows = [["RFNH", str(r.randint(5, 20))], ["Réaction allergique mineure", str(r.randint(3, 15))],
            ["TACO", str(r.randint(0, 6))], ["TRALI", str(r.randint(0, 2))], ["Erreur d'identification (quasi-incident)", str(r.randint(2, 12))],
            ["Réaction hémolytique retardée", str(r.randint(0, 3))]]
    tot = r.randint(5200, 9800)
    blocks = [_s(r), "Bilan d'hémovigilance du T%d : %d produits transfusés, taux global de déclaration %.2f pour 1000." % (q, tot, r.uniform(3, 9)),
              Table(["Type d'événement", "Nombre"], rows),
              "Aucun décès imputable. Les données sont agrégées et ne permettent pas l'identification des usagers.", c.sig(hv)]
    atts = []
    if r.random() < 0.5:
        data = A.pdf("Bilan d'hémovigilance - T%d" % q, [("table", ["Type d'événement", "Nombre"], rows),
                                                        "Produits transfusés : %d" % tot], header=C.ORG_FR["name"])
        atts.append(Att("bilan_hemovigilance_T%d.pdf" % q, "application/pdf", data=data))
    return c.mail("statistics", "quarterly aggregate haemovigilance statistics", c.pair(hv), [c.org_box("comite-mt", "CMT")],
                  "Bilan hémovigilance T%d" % q, blocks, atts=atts)


def horaire_garde(c):
    r = c.rng
    adj = c.staff(role="clerk")
    md = [C.dr(L, g, s, x) for g, s, x in r.sample(C.staff_names(L, "hemato"), 5)]
    d0 = c.soon(3, 10)
    rows = [[(d0 + datetime.timedelta(days=7 * i)).isoformat(), md[i % 5], md[(i + 2) % 5], r.choice(["", "", "congrès ASH", "vacances"])] for i in range(8)]
    data = A.xlsx_file([("Garde", ["Semaine du", "Hémato de garde", "Banque de sang", "Note"], rows)], author=c.who(adj))
    blocks = [_s(r), "Voici l'horaire de garde d'hématologie et de médecine transfusionnelle pour les 2 prochains mois.",
              r.choice(["Les échanges doivent être approuvés par le chef de service.", "Dre Lemieux sera en congé de maladie jusqu'au 15; remplacement par Dr Beaulieu."]),
              c.sig(adj)]
    return c.mail("on_call_schedule", "physician on-call schedule (XLSX)", c.pair(adj), [c.org_box("hemato-md", "Hématologues")],
                  r.choice(["Horaire de garde", "Garde hémato - mise à jour"]), blocks,
                  atts=[Att("horaire_garde.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data)])


def sante_travail(c):
    r = c.rng
    hr = c.staff(role="hr")
    emp = c.staff(role="tech")
    mgr = c.staff(role="manager")
    blocks = [_s(r).replace(" à tous", ""),
              r.choice(["Suivi en santé au travail : %s (technologiste, banque de sang) a eu une exposition accidentelle au sang lundi (piqûre d'aiguille). Le protocole post-exposition est en cours; retour au poste sans restriction." % c.who(emp),
                        "%s sera en arrêt de travail pour une chirurgie du genou jusqu'au %s. Son remplacement à l'horaire de soir est à prévoir." % (c.who(emp), C.fmt_date(c.soon(14, 60), L)),
                        "Rappel : %s doit compléter sa vaccination hépatite B (3e dose) avant le %s, selon le dossier de santé au travail." % (c.who(emp), C.fmt_date(c.soon(14, 60), L))]),
              "Merci de traiter cette information avec discrétion.", c.sig(hr)]
    return c.mail("employee_health", "employee occupational-health notice (staff, not patient)", c.pair(hr), [c.pair(mgr)],
                  r.choice(["Santé et sécurité au travail - suivi", "Absence employé", "SST - suivi"]), blocks)


def paie(c):
    r = c.rng
    hr = c.staff(role="hr")
    emp = c.staff(role="tech")
    blocks = ["Bonjour %s," % emp["given"],
              "Suite à votre demande, la prime de soir et la prime de fin de semaine de la période %d ont été corrigées." % r.randint(1, 26),
              Table(["Élément", "Montant"], [["Prime de soir (%d h)" % r.randint(8, 40), "%.2f $" % r.uniform(20, 160)],
                                           ["Prime FDS", "%.2f $" % r.uniform(30, 120)], ["Rétroactif", "%.2f $" % r.uniform(10, 400)]]),
              "Matricule : %06d. Le montant apparaîtra sur le relevé du %s." % (r.randint(100000, 999999), C.fmt_date(c.soon(3, 14), L)),
              c.sig(hr)]
    return c.mail("payroll", "payroll correction to an employee", c.pair(hr), [c.pair(emp)],
                  r.choice(["Correction de paie", "Votre relevé de paie", "Prime de soir - correction"]), blocks)


def offre_emploi(c):
    r = c.rng
    hr = c.staff(role="hr")
    poste = r.choice(["Technologiste médical(e) - banque de sang", "Infirmier(ère) clinicien(ne) - hématologie-oncologie",
                      "Conseiller(ère) en hémovigilance", "Assistant(e)-chef technologiste"])
    blocks = [_s(r), "Affichage interne et externe : %s (poste permanent, temps complet, quart de %s)." % (poste, r.choice(["jour", "soir", "nuit"])),
              "Exigences : DEC en technologie d'analyses biomédicales ou baccalauréat pertinent; membre de l'ordre professionnel; expérience en immunohématologie un atout.",
              ("Salaire selon l'échelle du réseau : %.2f $ à %.2f $ l'heure." % (r.uniform(26, 29), r.uniform(42, 48))).replace(".", ",", 2).replace("heure,", "heure."),
              "Date limite : %s. Envoyer CV à recrutement@%s." % (C.fmt_date(c.soon(10, 30), L), C.ORG_FR["domain"]), c.sig(hr)]
    return c.mail("job_posting", "job posting", c.pair(hr), [c.org_box("tous", "Tout le personnel")], "Affichage - " + poste, blocks)


def facture(c):
    r = c.rng
    vend = ("Service à la clientèle", "facturation@" + C.DOMAINS_EXT["vendor"])
    mgr = c.staff(role="manager")
    items = r.sample([("Cartes gel ABO/Rh/K (boîte de 288)", 412.0), ("Réactif anti-A monoclonal 10 mL", 96.5),
                      ("Cellules-tests RAI 3 x 10 mL", 188.0), ("Panel d'identification 11 cellules", 264.0),
                      ("Diluant LISS 500 mL", 42.75), ("Contrôle de qualité immunohématologie", 310.0)], 4)
    rows = [[n, str(q), "%.2f" % p, "%.2f" % (q * p), _mod97_lot(r)] for (n, p), q in zip(items, [r.randint(1, 12) for _ in items])]
    tot = sum(float(x[3]) for x in rows)
    inv = "F-%06d" % r.randint(0, 999999)
    lines = ["Facture n° %s   Date : %s" % (inv, C.fmt_date(c.past(0, 3), L)), "Client n° %05d" % r.randint(0, 99999),
             "Facturer à : %s, Comptes fournisseurs, %s" % (C.ORG_FR["name"], C.ORG_FR["addr"]),
             "Livrer à : Banque de sang, local 1-240", "Bon de commande : PO-%07d" % r.randint(0, 9999999),
             ("table", ["Article", "Qté", "Prix unit.", "Total", "Lot"], rows),
             "Sous-total : %.2f $   TPS : %.2f $   TVQ : %.2f $" % (tot, tot * 0.05, tot * 0.09975),
             "Conditions : net 30 jours. BioRéactifs Nord inc., 88 rue de l'Industrie, Laval (Québec) H7X 0A0, tél. 450 555-0142"]
    data = A.pdf("BioRéactifs Nord - Facture", lines)
    blocks = [_s(r).replace(" à tous", ""), "Veuillez trouver ci-joint la facture %s pour votre commande." % inv, "Service à la clientèle\nBioRéactifs Nord inc.\n450 555-0142"]
    return c.mail("invoice", "supplier invoice for blood bank reagents", vend, [c.pair(mgr)],
                  "Facture %s" % inv, blocks, atts=[Att("Facture_%s.pdf" % inv, "application/pdf", data=data)])


def informatique(c):
    r = c.rng
    it = c.staff(role="it")
    d = c.soon(3, 20)
    sysn = r.choice(["SIL (système d'information de laboratoire)", "logiciel de banque de sang", "interface avec le fournisseur de sang",
                     "serveur d'impression des étiquettes"])
    blocks = [_s(r), "Une interruption planifiée du %s aura lieu le %s de 1 h à 4 h pour une mise à jour de version." % (sysn, C.fmt_date(d, L)),
              "Pendant l'arrêt, appliquer la procédure dégradée PR-BS-014 (requêtes papier, registre manuel des unités émises).",
              r.choice(["Aucun mot de passe ne vous sera demandé par courriel : signalez toute demande suspecte.",
                        "Les postes seront redémarrés automatiquement à 4 h 15."]),
              c.sig(it)]
    return c.mail("it_notice", "planned IT downtime notice", c.pair(it), [c.org_box("laboratoires", "Laboratoires")],
                  r.choice(["Arrêt planifié - %s" % sysn.split(" (")[0], "Interruption de service le %s" % C.fmt_date(d, L, True)]), blocks)


def installations(c):
    r = c.rng
    fac = ("Services techniques", "services.techniques@" + C.ORG_FR["domain"])
    eq = r.choice(["réfrigérateur à sang n° 2", "congélateur à plasma -30 °C", "agitateur à plaquettes", "incubateur à cartes gel"])
    sn = C.luhn_serial(r, 9)
    asset = C.luhn_serial(r, 10)
    blocks = [_s(r), "Alarme de température sur le %s (n° de série %s, actif %s) cette nuit à %dh%02d; température maximale %.1f °C pendant %d min." % (
        eq, r.choice([sn, "%s %s %s" % (sn[:3], sn[3:6], sn[6:])]), asset, r.randint(0, 5), r.randint(0, 59), r.uniform(6.2, 9.5), r.randint(8, 40)),
              "Le contenu a été transféré dans l'appareil de relève. Le technicien du fabricant passe demain matin.",
              "Les produits touchés sont en quarantaine en attendant l'évaluation de la directrice médicale.",
              "Services techniques - poste %d" % r.randint(2000, 2999)]
    return c.mail("facilities", "equipment temperature alarm notice", fac, [c.org_box("banquedesang", "Banque de sang")],
                  r.choice(["Alarme température - banque de sang", "Bris d'équipement", "Alarme %s" % eq]), blocks)


def cas_enseignement(c):
    r = c.rng
    doc = c.staff(role="hemato")
    case = r.choice([
        "Femme de 34 ans, G2P1, RAI positive anti-D à 28 semaines, sans immunoglobuline anti-D reçue lors de la première grossesse. Quelle est la conduite?",
        "Homme de 67 ans, lymphocytose à 22 x10^9/L découverte fortuitement, adénopathies cervicales. Quels examens demander en premier?",
        "Adolescent de 15 ans, épistaxis récidivantes, TCA allongé, plaquettes normales. Diagnostic différentiel?",
        "Femme de 52 ans, Hb 74 g/L, VGM 68 fL, ferritine basse, sous IPP depuis 5 ans. Fer oral ou IV?",
    ])
    blocks = [_s(r), "Cas clinique de la semaine pour la formation des résidents (anonymisé) :", case,
              "Réponses en ligne avant jeudi; discussion à la réunion de 7 h 30.", c.sig(doc)]
    atts = []
    if r.random() < 0.4:
        data = A.docx_file("Cas clinique - formation", [case, "Questions :", "1. Démarche diagnostique", "2. Traitement", "3. Suivi"], author=c.who(doc))
        atts.append(Att("cas_clinique_semaine.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data))
    return c.mail("teaching_case", "de-identified teaching case", c.pair(doc), [c.org_box("residents", "Résidents")],
                  r.choice(["Cas de la semaine", "Club de lecture - cas clinique", "Formation : cas anonymisé"]), blocks, atts=atts)


def formulaire_vierge(c):
    r = c.rng
    hv = c.staff(role="hv")
    kind = r.choice(["consent", "merge"])
    if kind == "consent":
        paras = ["Nom de l'usager : ________________________", "NAM : ____ ____ ____   Date de naissance : __ / __ / ____",
                 "No de dossier : ____________", "Je consens à recevoir des produits sanguins. Les risques, bénéfices et alternatives m'ont été expliqués.",
                 "Signature de l'usager : ____________________   Date : __________",
                 "Médecin : ____________________   Témoin : ____________________"]
        data = A.docx_file("Consentement à la transfusion (formulaire AH-600)", paras, author="Hémovigilance")
        atts = [Att("AH-600_consentement_vierge.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data)]
        blocks = [_s(r), "Nouvelle version du formulaire de consentement à la transfusion, à utiliser dès le 1er du mois. Les anciennes versions doivent être détruites.", c.sig(hv)]
        subj = "Nouveau formulaire de consentement AH-600"
    else:
        tpl = ("Bonjour «Prénom» «Nom»,\n\nNous vous rappelons votre rendez-vous à la clinique d'hématologie le «Date_RDV» à «Heure».\n"
               "Présentez-vous au 3e étage avec votre carte d'assurance maladie («NAM»).\n\nClinique d'hématologie, %s" % C.clinic_phone(r, False))
        blocks = [_s(r), "Voici le gabarit de lettre de rappel pour le publipostage, à valider avant l'envoi de lundi :", Pre(tpl),
                  "Les champs entre chevrons proviennent de l'extraction du système de rendez-vous.", c.sig(hv)]
        atts = []
        subj = "Gabarit lettre de rappel - publipostage"
    return c.mail("blank_form", "blank form or mail-merge template", c.pair(hv), [c.org_box("cliniques", "Cliniques externes")],
                  subj, blocks, atts=atts)


def bulletin(c):
    r = c.rng
    com = ("Communications CHRVO", "communications@" + C.ORG_FR["domain"])
    blocks = ["Le Sang-Neuf - bulletin du service d'hématologie, édition %s" % C.MOIS[r.randint(0, 11)],
              "Félicitations à %s, qui reçoit le prix d'excellence de l'Association des hématologues pour ses travaux sur la drépanocytose et la thrombose." % C.dr(L, "Nadia", "Lemieux", "F"),
              "%s prend sa retraite après 32 ans à la banque de sang : une fête aura lieu le %s à la cafétéria." % (r.choice(["M. Benoît Lévesque", "Mme Sophie Rioux"]), C.fmt_date(c.soon(7, 30), L)),
              "Bienvenue à %s, nouvel hématologue spécialisé en myélome et en greffe de cellules souches." % C.dr(L, "Guillaume", "Vachon", "M"),
              "Chiffre du mois : %d unités de CGR transfusées, %.1f %% de retour au fournisseur." % (r.randint(600, 900), r.uniform(0.5, 2.5)),
              "Pour nous joindre : communications@%s - %s" % (C.ORG_FR["domain"], C.clinic_phone(r, False))]
    return c.mail("newsletter", "department newsletter", com, [c.org_box("tous", "Tout le personnel")],
                  "Le Sang-Neuf - bulletin", blocks, form=r.choice(["html", "alt"]))


def naissance(c):
    r = c.rng
    col = c.staff(role="tech")
    mgr = c.staff(role="manager")
    bd = c.past(1, 6)
    baby = r.choice(["Léa", "Félix", "Rose", "Arthur", "Maëlle"])
    blocks = [_s(r), "Belle nouvelle : %s (technologiste de soir) a donné naissance à %s le %s à 3 h 12, %s kg. Maman et bébé se portent bien!" % (
        c.who(col), baby, C.fmt_date(bd, L), r.choice(["3,2", "3,6", "2,9"])),
              "Une carte circule au labo pour ceux qui veulent signer; cotisation pour le cadeau auprès de %s." % mgr["given"],
              c.sig(mgr)]
    return c.mail("staff_news", "staff baby announcement", c.pair(mgr), [c.org_box("laboratoires", "Laboratoires")],
                  r.choice(["Bienvenue %s!" % baby, "Naissance au labo", "Bonne nouvelle"]), blocks)


def congres(c):
    r = c.rng
    org = ("Comité scientifique", "programme@" + C.DOMAINS_EXT["congress"])
    rows = [["8 h 30", "Thérapie génique de l'hémophilie B : où en sommes-nous?", C.dr(L, "Marc-André", "Côté", "M")],
            ["9 h 15", "PTI réfractaire : nouvelles cibles", C.dr(L, "Caroline", "Lachance", "F")],
            ["10 h 30", "Transfusion massive en traumatologie", C.dr(L, "Mathieu", "Fontaine", "M")],
            ["11 h 15", "Drépanocytose chez l'adulte : transition des soins", C.dr(L, "Annie", "Villeneuve", "F")],
            ["13 h 30", "Atelier : identification d'anticorps difficiles", "Mme Chantal Dubé, T.M."]]
    r.shuffle(rows)
    d = c.soon(40, 120)
    blocks = [_s(r), "Programme préliminaire des Journées d'hématologie et de médecine transfusionnelle, %s, Centre des congrès des Ormes." % C.fmt_date(d, L),
              Table(["Heure", "Conférence", "Conférencier"], rows),
              "Inscription avant le %s : 275 $ (résidents : 75 $). Accréditation : %d heures de formation." % (C.fmt_date(d - datetime.timedelta(days=21), L), r.randint(5, 7))]
    atts = []
    if r.random() < 0.5:
        atts.append(Att("programme_journees.pdf", "application/pdf",
                        data=A.pdf("Journées d'hématologie - programme", [("table", ["Heure", "Conférence", "Conférencier"], rows)])))
    return c.mail("conference", "conference programme with speakers and topics", org, [c.org_box("hemato-md", "Hématologues")],
                  "Programme - Journées d'hématologie", blocks, atts=atts)


def protocole(c):
    r = c.rng
    doc = c.staff(role="hemato")
    study = r.choice(["FER-IV-PRÉOP", "PLAQ-SEUIL", "TXA-HÉMO", "ÉPARGNE-SANG"])
    blocks = [_s(r), "Le comité d'éthique a approuvé le protocole %s (version %d.%d). Résumé :" % (study, r.randint(1, 3), r.randint(0, 9)),
              Pre("Devis : essai randomisé multicentrique, n = %d\nPopulation : adultes avec anémie ferriprive préopératoire\nIntervention : fer IV vs fer oral\nCritère principal : transfusion à 30 jours\nAucune donnée nominative ne sera transmise au promoteur." % r.randint(120, 600)),
              "Les assistantes de recherche commenceront le recrutement le mois prochain. Questions : %s." % doc["addr"], c.sig(doc)]
    return c.mail("research_protocol", "research protocol summary without participant data", c.pair(doc), [c.org_box("recherche", "Centre de recherche")],
                  "Protocole %s approuvé" % study, blocks)


def candidats(c):
    r = c.rng
    hr = c.staff(role="hr")
    mgr = c.staff(role="manager")
    cands = r.sample([("Émilie", "Gagné-Roy"), ("Kevin", "Nguyen"), ("Sarah-Maude", "Lavallée"), ("Yacine", "Bensaïd"), ("Olivia", "Castonguay")], 3)
    rows = [["%s %s" % g, r.choice(["lundi 10 h", "mardi 14 h", "mercredi 9 h"]), r.choice(["T.M., 4 ans d'expérience", "finissante, stage en banque de sang", "T.M., expérience en microbiologie"])] for g in cands]
    blocks = [_s(r).replace(" à tous", ""), "Voici les candidats retenus pour les entrevues du poste de technologiste en banque de sang :",
              Table(["Candidat(e)", "Entrevue", "Profil"], rows), "Les CV sont dans le dossier partagé RH.", c.sig(hr)]
    return c.mail("hr_candidates", "job candidates interview schedule", c.pair(hr), [c.pair(mgr)],
                  "Entrevues - technologiste banque de sang", blocks)


def repertoire(c):
    r = c.rng
    clerk = c.staff(role="clerk")
    rows = [[C.dr(L, "Nadia", "Lemieux", "F"), "Hémostase, thrombose, hémophilie", "mardi, jeudi"],
            [C.dr(L, "Guillaume", "Vachon", "M"), "Myélome, amyloïdose", "lundi"],
            [C.dr(L, "Véronique", "Desjardins", "F"), "Drépanocytose, thalassémie", "mercredi"],
            [C.dr(L, "Stéphane", "Beaulieu", "M"), "Leucémies, SMD, greffe", "vendredi"],
            [C.dr(L, "Karine", "Dion", "F"), "PTI, anémies hémolytiques", "jeudi"]]
    blocks = ["Bonjour aux GMF du territoire,", "Pour faciliter l'orientation des références, voici la répartition des cliniques d'hématologie :",
              Table(["Hématologue", "Champs d'intérêt", "Jours de clinique"], rows),
              "Les références doivent passer par le CRDS avec le formulaire provincial. Urgences : %s." % C.clinic_phone(r), c.sig(clerk)]
    return c.mail("physician_directory", "referral guide listing haematologists and their diseases", c.pair(clerk),
                  [c.box("clinic", "gmf", "GMF Rivière-Noire")], "Guide de référence en hématologie", blocks)


def fwd_vcard_rep(c):
    r = c.rng
    mgr = c.staff(role="manager")
    tech = c.staff(role="tech")
    vc = A.vcard_text("Patrice", "Lagacé", tel="450 555-01%02d" % r.randint(0, 99), tel_type="WORK",
                      adr="88 rue de l'Industrie, Laval (Québec) H7X 0A0", email_addr="p.lagace@" + C.DOMAINS_EXT["vendor"],
                      org="BioRéactifs Nord inc.", title="Représentant technique, immunohématologie")
    blocks = [_s(r).replace(" à tous", ""), "Voici les coordonnées du représentant pour le problème de lecteur de cartes gel (n° de série %s)." % C.luhn_serial(r, 9),
              "Il passera jeudi pour la maintenance préventive.", c.sig(mgr)]
    return c.mail("vendor_contact", "vendor representative contact card", c.pair(mgr), [c.pair(tech)],
                  "Coordonnées du représentant", blocks, atts=[Att("Patrice Lagacé.vcf", "text/vcard", text=vc)])


def audit_zip(c):
    r = c.rng
    mgr = c.staff(role="manager")
    pol = A.pdf("Politique PR-BS-001 - Identification des échantillons prétransfusionnels",
                ["Objet : définir les exigences d'identification.", "Deux identifiants uniques sont requis : nom complet et numéro de dossier ou NAM.",
                 "Toute divergence entraîne le rejet de l'échantillon.", "Révision : aux 2 ans."])
    stats = A.csv_text(["Mois", "Échantillons reçus", "Rejetés", "Taux"],
                       [[C.MOIS[i], str(n), str(k), "%.2f %%" % (100.0 * k / n)] for i, (n, k) in
                        enumerate((r.randint(900, 1400), r.randint(3, 20)) for _ in range(6))])
    data = A.zip_file([("PR-BS-001.pdf", pol), ("rejets_echantillons.csv", stats.encode("utf-8"))])
    blocks = [_s(r), "Documents pour la visite d'agrément : politique d'identification et statistiques de rejet des échantillons (agrégées).", c.sig(mgr)]
    return c.mail("accreditation_docs", "accreditation documents: policy and aggregate rejection rates (ZIP)", c.pair(mgr),
                  [c.org_box("qualite", "Qualité")], "Agrément - documents banque de sang", blocks,
                  atts=[Att("agrement_banque_de_sang.zip", "application/zip", data=data)])


def fwd_eml_newsletter(c):
    r = c.rng
    a = c.staff(role="hemato")
    b = c.staff(role="resident")
    inner = Mail(L, "inner", "", ("Société d'hématologie", "nouvelles@" + C.DOMAINS_EXT["congress"]), [c.pair(a)],
                 "Nouvelles lignes directrices sur le PTI",
                 ["Chers membres,", "Les nouvelles lignes directrices sur la prise en charge du PTI chez l'adulte sont publiées. Principaux changements : seuils de traitement, place du romiplostim et de l'eltrombopag, vaccination avant splénectomie.",
                  "Webinaire de présentation par %s le mois prochain." % C.dr(L, "Caroline", "Lachance", "F")])
    blocks = ["À lire pour le club de lecture de jeudi.", c.sig(a)]
    return c.mail("forwarded_newsletter", "forwarded society newsletter as attached message", c.pair(a), [c.pair(b)],
                  "TR: Nouvelles lignes directrices sur le PTI", blocks,
                  atts=[Att("Nouvelles lignes directrices.eml", "message/rfc822", msg=inner)])


TEMPLATES = [collecte, inventaire, rappel_lot, penurie, comite, stats_hv, horaire_garde, sante_travail, paie,
             offre_emploi, facture, informatique, installations, cas_enseignement, formulaire_vierge, bulletin,
             naissance, congres, protocole, candidats, repertoire, fwd_vcard_rep, audit_zip, fwd_eml_newsletter]
