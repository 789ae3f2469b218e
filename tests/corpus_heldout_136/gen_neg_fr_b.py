"""French hard negatives, part B: purchasing, IT, facilities, notices, statistics, teaching, forms."""
import datetime

from gen_common import ORG, EXT, fr_date, luhn_serial, slug
from gen_mime import Msg, Att
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_zip
from gen_text import sig, staff_addr, greet, close, md, DX
from gen_neg_fr_a import _neg, XLSX, DOCX

L = "fr"


def n_facture(c):
    r = c.rng
    dt = c.date()
    nm, dom, tel = EXT[r.choice(["supplier", "medsup"])]
    ap = c.pick("clerk")
    no = "F-%d" % r.randint(240000, 249999)
    client = luhn_serial(r, "4", 9)
    rows = [["Article", "Description", "Lot", "Qté", "Prix unit.", "Total"]]
    items = [("CRY-750", "Sacs de congélation 750 mL", luhn_serial(r, "7", 10)),
             ("DMSO-10", "DMSO 10 % qualité clinique, 50 mL", luhn_serial(r, "3", 10)),
             ("LN2-230", "Azote liquide, livraison Dewar 230 L", luhn_serial(r, "5", 10)),
             ("TUB-OPT", "Trousses de tubulure d'aphérèse", luhn_serial(r, "8", 10))]
    total = 0
    for code, desc, lot in r.sample(items, 3):
        q = r.randint(2, 40)
        pu = r.randint(12, 480)
        total += q * pu
        rows.append([code, desc, lot, q, "%d,00 $" % pu, "%d,00 $" % (q * pu)])
    pdf = make_pdf("%s — Facture %s" % (nm, no), [
        "No client : %s" % client, "Date de facturation : %s" % fr_date(dt.date()),
        "Bon de commande : BC-%d" % r.randint(450000, 459999), "Expédié à : Laboratoire de thérapie cellulaire, %s" % ORG["fr_name"],
        ""], table=rows, footer="TPS 123456789 RT0001 — TVQ 1234567890 TQ0001 — Total avant taxes : %d,00 $" % total)
    body = "\n".join(["Bonjour,", "", "Veuillez trouver ci-joint la facture %s pour votre bon de commande. "
                      "Paiement net 30 jours." % no, "", "Comptes recevables", nm, "Tél. : %s" % tel])
    return _neg("invoice", "facture fournisseur avec numéros de lot (checksum valide)", ("Comptes recevables", "ar@" + dom),
                [staff_addr(ap)], "Facture %s" % no, body, atts=[Att("Facture_%s.pdf" % no, "application/pdf", pdf)], date=dt)


def n_bon_commande(c):
    r = c.rng
    dt = c.date()
    buyer = c.pick("clerk")
    nm, dom, tel = EXT["medsup"]
    serial = luhn_serial(r, str(r.randint(1, 7)), 9)
    body = "\n".join([
        "Bonjour,", "",
        "Bon de commande BC-%d :" % r.randint(450000, 459999),
        "  - 24 trousses de collecte CSP, réf. OPT-CSP-10",
        "  - 6 trousses d'échange plasmatique, réf. OPT-TPE-6",
        "  - Entretien préventif annuel du séparateur de cellules, no de série %s" % serial,
        "  - 2 poches de transfert 600 mL (lot %s)" % luhn_serial(r, "2", 10), "",
        "Livraison : quai 4, Laboratoire de thérapie cellulaire, avant le %s." % fr_date((dt + datetime.timedelta(days=10)).date()),
        "Centre de coût : 7421-HEMATO-GREFFE", "", buyer.full, "Approvisionnement", ORG["fr_name"], "Tél. : %s" % ORG["tel"]])
    return _neg("purchase_order", "bon de commande avec numéro de série valide Luhn", staff_addr(buyer),
                [("Service à la clientèle", "commandes@" + dom)], "Bon de commande — trousses d'aphérèse", body, date=dt)


def n_inventaire(c):
    r = c.rng
    dt = c.date()
    tech = c.pick("hla")
    rows = [["Réactif", "Fabricant", "Lot", "Péremption", "Qté", "Seuil"]]
    for name in ["Trousse SSO HLA-A", "Trousse SSO HLA-B", "Trousse NGS 11 loci", "Billes Single Antigen classe I",
                 "Billes Single Antigen classe II", "Tampon de lavage", "Contrôles positifs"]:
        rows.append([name, r.choice(["GenoTek", "ImmunoLab", "HLA-Pro"]), luhn_serial(r, str(r.randint(1, 9)), 9),
                     datetime.date(2025, r.randint(1, 12), 1).isoformat(), r.randint(0, 20), 4])
    body = "\n".join([greet(L, r), "", "Inventaire mensuel du laboratoire HLA en pièce jointe. À commander : "
                      "billes classe II (sous le seuil).", "", tech.given])
    att = Att("Inventaire_HLA_%s.xlsx" % dt.strftime("%Y-%m"), XLSX, make_xlsx([("Inventaire", rows)], author=tech.full)) \
        if r.random() < 0.6 else Att("inventaire_hla.csv", "text/csv", make_csv(rows, sep=";"), charset="iso-8859-1")
    return _neg("inventory", "inventaire des réactifs du laboratoire HLA", staff_addr(tech),
                [("Labo HLA", "labohla@" + ORG["dom"])], "Inventaire HLA — %s" % dt.strftime("%m/%Y"), body, atts=[att], date=dt)


def n_ti(c):
    r = c.rng
    dt = c.date()
    it = c.pick("it")
    kind = r.choice(["panne", "mdp", "hameçonnage"])
    if kind == "panne":
        subj = "Interruption planifiée — logiciel de gestion de la greffe"
        txt = ("Le logiciel de gestion des greffes et des produits cellulaires sera indisponible le %s de 22 h à 2 h pour la "
               "mise à niveau 8.4. Utilisez les formulaires papier de relève (procédure TI-URG-07)." % fr_date((dt + datetime.timedelta(days=4)).date()))
    elif kind == "mdp":
        subj = "Votre mot de passe expire dans 5 jours"
        txt = "Votre mot de passe réseau expire bientôt. Changez-le à partir du portail libre-service (jamais par courriel)."
    else:
        subj = "ALERTE — courriels frauduleux « résultats de laboratoire »"
        txt = ("Des courriels frauduleux imitant le laboratoire circulent avec une pièce jointe « Resultats_patient.html ». "
               "Ne cliquez pas. Transférez-les à securite@%s." % ORG["dom"])
    body = "\n".join(["Bonjour,", "", txt, "", "Centre de services TI — poste 5000", it.full, "Direction des ressources informationnelles"])
    return _neg("it_notice", "avis des technologies de l'information", staff_addr(it), [("Tous les utilisateurs", "tous@" + ORG["dom"])],
                subj, body, date=dt)


def n_installations(c):
    r = c.rng
    dt = c.date()
    fac = c.pick("fac")
    kind = r.choice(["hepa", "eau"])
    if kind == "hepa":
        txt = ("Le remplacement des filtres HEPA des chambres à pression positive 7N-01 à 7N-12 aura lieu le %s. Les chambres seront "
               "libérées deux à la fois; les comptes de particules seront refaits avant la réadmission (seuil ISO 7)." %
               fr_date((dt + datetime.timedelta(days=6)).date()))
    else:
        txt = ("Résultats de l'échantillonnage d'eau du 7e Nord (Legionella) : %d points sur %d sous le seuil de détection; le point "
               "7N-douche-04 à %d UFC/L, désinfection thermique et nouveau prélèvement prévus." % (r.randint(10, 14), 15, r.randint(50, 400)))
    body = "\n".join(["Bonjour,", "", txt, "", fac.full, "Services techniques — bâtiment B", "Tél. : %s, poste %s" % (ORG["tel"], fac.ext)])
    return _neg("facilities", "avis des services techniques (filtres / eau)", staff_addr(fac),
                [("Gestionnaires 7N", "gestion7n@" + ORG["dom"])], "Services techniques — 7e Nord", body, date=dt)


def n_penurie(c):
    r = c.rng
    dt = c.date()
    ph = c.pick("pharm")
    drug = r.choice([("globuline antithymocyte de lapin (Thymoglobuline) 25 mg", "réserver aux conditionnements avec donneur non apparenté"),
                     ("busulfan IV 60 mg/10 mL", "utiliser le busulfan oral selon l'ordonnance préimprimée OPI-GR-12"),
                     ("défibrotide 200 mg/2,5 mL", "autorisation du pharmacien de garde requise")])
    body = "\n".join(["AVIS DE PÉNURIE — Département de pharmacie", "",
                      "Produit : %s" % drug[0], "Durée estimée : %d semaines" % r.randint(3, 10),
                      "Mesure : %s." % drug[1], "Inventaire actuel : %d unités." % r.randint(6, 40), "",
                      "Pour toute question : %s, pharmacien(ne), %s." % (ph.full, ORG["tel_pharm"])])
    return _neg("drug_shortage", "avis de pénurie de médicament", staff_addr(ph), [("Prescripteurs hémato", "prescripteurs@" + ORG["dom"])],
                "Pénurie — %s" % drug[0].split(" (")[0].split(" IV")[0], body, date=dt)


def n_rappel(c):
    r = c.rng
    dt = c.date()
    bank = c.pick("bank")
    lots = [luhn_serial(r, str(r.randint(1, 9)), 10) for _ in range(3)]
    body = "\n".join(["RAPPEL DE PRODUIT — Avis du fournisseur", "",
                      "Produit : poches de transfert 1 000 mL avec filtre, réf. TB-1000F", "Lots visés : %s" % ", ".join(lots),
                      "Motif : risque de fuite au niveau de la soudure.", "",
                      "Mesure : retirer immédiatement les poches des lots visés et les placer en quarantaine (étagère rouge). "
                      "Aucun produit sanguin préparé avec ces poches n'a été signalé défectueux.", "", bank.full, "Banque de sang", "Tél. : " + ORG["tel_bank"]])
    return _neg("recall", "rappel de lots de poches de transfert", staff_addr(bank), [("Banque de sang", "banquedesang@" + ORG["dom"])],
                "RAPPEL — poches TB-1000F", body, date=dt)


def n_stats(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    rows = [["Mois", "Allogreffes", "Autogreffes", "Médiane prise NAN (j)", "Médiane prise plq (j)", "GVH aiguë II-IV (%)"]]
    for m in ["janvier", "février", "mars", "avril", "mai", "juin"]:
        rows.append([m, r.randint(3, 9), r.randint(4, 10), r.randint(14, 21), r.randint(15, 30), r.randint(15, 45)])
    body = "\n".join([greet(L, r), "", "Voici les indicateurs du premier semestre (données agrégées, aucun renseignement nominatif) :", "",
                      *["  %-10s allo %s / auto %s — NAN %s j, plq %s j, GVH %s %%" % tuple(x) for x in rows[1:]], "",
                      "À présenter au comité de direction du programme.", "", mgr.full])
    att = Att("indicateurs_S1_2024.csv", "text/csv", make_csv(rows, sep=";"), charset="windows-1252") if r.random() < 0.5 else \
        Att("Indicateurs_S1_2024.xlsx", XLSX, make_xlsx([("S1", rows)], author=mgr.full))
    return _neg("aggregate_statistics", "indicateurs agrégés du programme de greffe", staff_addr(mgr),
                [("Direction du programme", "direction-greffe@" + ORG["dom"])], "Indicateurs S1 2024", body, atts=[att], date=dt)


def n_cas(c):
    r = c.rng
    dt = c.date()
    hem = c.pick("hemato")
    age = r.randint(35, 68)
    body = "\n".join(["Bonjour à tous,", "", "Cas pour le club de lecture de jeudi (anonymisé) :", "",
                      "%s de %d ans, %s. Allogreffe d'un donneur non apparenté 9/10 après Flu/Bu2 + ATG. À J+45 : diarrhée 1,5 L/j, "
                      "bilirubine 52 µmol/L, éruption 30 %% SC. Réponse partielle aux corticostéroïdes à J+5." % (
                          r.choice(["Femme", "Homme"]), age, r.choice(DX[L])[0]),
                      "", "Questions : 1) Classification MAGIC ? 2) Ruxolitinib ou essai clinique ? 3) Prophylaxie anti-infectieuse ?",
                      "", "Lecture : article REACH2 (lien dans l'intranet).", "", md(hem, L)])
    return _neg("teaching_case", "cas clinique anonymisé pour l'enseignement", staff_addr(hem),
                [("Résidents hémato", "residents-hemato@" + ORG["dom"])], "Club de lecture — cas GVH", body, date=dt)


def n_formulaire(c):
    r = c.rng
    dt = c.date()
    bank = c.pick("bank")
    lines = ["Nom du patient : ______________________   Prénom : ________________",
             "NAM : ____ ____ ____      Date de naissance (AAAA-MM-JJ) : ____-__-__      Sexe : □ F  □ M",
             "No de dossier : __________   Unité / chambre : ______", "",
             "# Produits demandés", "□ Culot globulaire  □ Plaquettes  □ Plasma  □ Cryoprécipités",
             "□ Irradié   □ CMV sécuritaire   □ Lavé", "", "# Receveur de greffe", "□ Allogreffe  □ Autogreffe   Date J0 : ________",
             "Groupe donneur : ____   Groupe receveur : ____", "", "Signature du prescripteur : ____________________"]
    kind = r.choice(["pdf", "docx"])
    att = Att("Formulaire_demande_produits_sanguins_vierge.pdf", "application/pdf", make_pdf("Demande de produits sanguins — greffés", lines)) \
        if kind == "pdf" else Att("Formulaire_demande_PS_vierge.docx", DOCX, make_docx("Demande de produits sanguins — greffés", lines))
    body = "\n".join(["Bonjour,", "", "Voici la nouvelle version (rév. 2024-03) du formulaire de demande de produits sanguins pour les "
                      "receveurs de greffe. Merci de détruire les anciennes copies.", "", bank.full, "Banque de sang"])
    return _neg("blank_form", "formulaire vierge de demande de produits sanguins", staff_addr(bank),
                [("Unités de soins", "unites@" + ORG["dom"])], "Nouveau formulaire — produits sanguins greffés", body, atts=[att], date=dt)


def n_gabarit(c):
    r = c.rng
    dt = c.date()
    clerk = c.pick("clerk")
    tpl = "\n".join(["{{TITRE}} {{PRENOM}} {{NOM}}", "{{ADRESSE}}", "", "Objet : rendez-vous à la clinique de greffe", "",
                     "{{TITRE}} {{NOM}},", "", "Nous vous confirmons votre rendez-vous le {{DATE_RDV}} à {{HEURE}} à la clinique de greffe "
                     "(2e étage, pavillon B). Présentez-vous 30 minutes à l'avance pour vos prélèvements.",
                     "Apportez votre carte d'assurance maladie ({{NAM}}) et la liste de vos médicaments.", "",
                     "Secrétariat de la clinique de greffe — %s" % ORG["tel_bmt"]])
    body = "\n".join([greet(L, r), "", "Voici le gabarit de lettre de convocation à utiliser pour la fusion de publipostage. "
                      "Ne pas modifier les champs entre accolades.", "", "-----", tpl, "-----", "", clerk.given])
    atts = [Att("gabarit_convocation.docx", DOCX, make_docx("Gabarit — convocation clinique de greffe", tpl.split("\n")))] if r.random() < 0.5 else []
    return _neg("mail_merge_template", "gabarit de lettre de convocation (champs de fusion)", staff_addr(clerk),
                [("Secrétariat greffe", "secretariat-greffe@" + ORG["dom"])], "Gabarit de convocation", body, atts=atts, date=dt)


def n_protocole(c):
    r = c.rng
    dt = c.date()
    rc = c.pick("research")
    hem = c.pick("hemato")
    paras = ["# Titre", "Étude de phase II sur le cyclophosphamide post-greffe à dose réduite (25 mg/kg) chez les receveurs de "
             "donneurs non apparentés 9/10.", "# Critères d'inclusion", "Âge 18 à 70 ans; LMA, LAL ou SMD; indice HCT-CI ≤ 4.",
             "# Critères d'exclusion", "Greffe antérieure; FEVG < 45 %; infection non contrôlée.",
             "# Objectif principal", "Incidence cumulée de GVH aiguë grade II-IV à J+100.", "# Taille d'échantillon", "48 participants, 4 centres.",
             "Chercheur principal : %s" % md(hem, L)]
    body = "\n".join(["Bonjour,", "", "Le résumé du protocole GREFFE-PTCy-03 est joint pour le comité d'éthique de la recherche.",
                      "Aucun participant n'est encore recruté.", "", sig(rc, L, "Coordonnatrice de recherche" if rc.sex == "F" else "Coordonnateur de recherche")])
    return _neg("research_protocol", "résumé de protocole de recherche sans participant", staff_addr(rc),
                [("Comité d'éthique", "cer@" + ORG["dom"])], "Soumission CER — GREFFE-PTCy-03", body,
                atts=[Att("Resume_protocole_PTCy-03.docx", DOCX, make_docx("GREFFE-PTCy-03 — résumé", paras, author=rc.full))], date=dt)


def n_qualite(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    body = "\n".join(["Compte rendu — comité qualité du programme de greffe", "", "Présents : %s" % ", ".join(
        p.full for p in r.sample(c.staff["hemato"] + c.staff["coord"] + c.staff["mgr"], 5)), "",
        "1. Bactériémies sur cathéter central (CLABSI) : %s / 1 000 jours-cathéter (T%d), stable." % (str(round(r.uniform(0.8, 2.9), 1)).replace(".", ","), r.randint(1, 3)),
        "2. Audit d'hygiène des mains : conformité %d %%." % r.randint(78, 94),
        "3. Délai médian de la demande de recherche de donneur au J0 : %d jours." % r.randint(70, 120),
        "4. Préparation de la visite d'agrément FACT-JACIE : revue des procédures normalisées en cours.", "",
        "Prochaine rencontre : %s." % fr_date((dt + datetime.timedelta(days=42)).date()), "", mgr.full])
    return _neg("committee_minutes", "compte rendu du comité qualité (indicateurs agrégés)", staff_addr(mgr),
                [("Comité qualité greffe", "qualite-greffe@" + ORG["dom"])], "CR comité qualité — greffe", body, date=dt)


def n_etalonnage(c):
    r = c.rng
    dt = c.date()
    fac = c.pick("fac")
    eq = r.choice([("Congélateur à décroissance programmée", "CRF-2100"), ("Centrifugeuse réfrigérée", "RC-6"),
                   ("Irradiateur de produits sanguins", "IRR-X2"), ("Réservoir d'azote liquide", "LN-1500")])
    serial = luhn_serial(r, str(r.randint(1, 7)), 9)
    asset = luhn_serial(r, "6", 10)
    pdf = make_pdf("Certificat d'étalonnage", ["Équipement : %s, modèle %s" % eq, "No de série : %s" % serial, "No d'actif : %s" % asset,
                                               "Date : %s" % fr_date(dt.date()), "Résultat : conforme (écart max. 0,4 °C)",
                                               "Prochain étalonnage : %s" % fr_date((dt + datetime.timedelta(days=365)).date()),
                                               "Technicien : %s" % fac.full])
    body = "\n".join(["Bonjour,", "", "Certificat d'étalonnage ci-joint (no de série %s). À classer au registre des équipements." % serial,
                      "", fac.full, "Génie biomédical"])
    return _neg("calibration", "certificat d'étalonnage avec numéros de série", staff_addr(fac),
                [("Labo thérapie cellulaire", "ltc@" + ORG["dom"])], "Certificat d'étalonnage — %s" % eq[1], body,
                atts=[Att("Certificat_%s_%s.pdf" % (eq[1], serial), "application/pdf", pdf)], date=dt)


def n_sop(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    paras = ["Numéro : PNO-LTC-014, version 5", "# Objet", "Décrire la décongélation au chevet des produits de cellules souches cryopréservés.",
             "# Matériel", "Bain-marie à 37 °C, sacs de protection, thermomètre étalonné.",
             "# Étapes", "1. Vérifier l'identité du produit avec deux intervenants.", "2. Décongeler en 2 à 3 minutes.",
             "3. Infuser dans les 10 minutes (DMSO).", "# Surveillance", "Signes vitaux q 15 min; surveiller nausées, bradycardie, odeur d'ail."]
    body = "\n".join(["Bonjour,", "", "Nouvelle version de la PNO de décongélation jointe, en vigueur le %s. "
                      "Lecture obligatoire et signature du registre de formation." % fr_date((dt + datetime.timedelta(days=14)).date()), "", mgr.full])
    return _neg("procedure", "procédure normalisée (SOP) du laboratoire de thérapie cellulaire", staff_addr(mgr),
                [("Infirmières 7N", "personnel7n@" + ORG["dom"])], "PNO-LTC-014 v5 — décongélation", body,
                atts=[Att("PNO-LTC-014_v5_décongélation.docx", DOCX, make_docx("Décongélation des produits cellulaires", paras, author=mgr.full))], date=dt)


def n_ptc(c):
    r = c.rng
    dt = c.date()
    ph = c.pick("pharm")
    body = "\n".join(["Comité de pharmacologie — décisions de la réunion du %s" % fr_date((dt - datetime.timedelta(days=5)).date()), "",
                      "• Létermovir (Prevymis) : ajout à la liste locale pour la prophylaxie du CMV chez les receveurs R+ d'allogreffe, "
                      "J+0 à J+100 (prolongation à J+200 si GVH).",
                      "• Ruxolitinib : critères d'usage pour la GVH corticorésistante adoptés.",
                      "• Posaconazole comprimés : substitution automatique de la suspension.", "",
                      "Les ordonnances préimprimées seront mises à jour d'ici un mois.", "", ph.full, "Secrétaire du comité"])
    return _neg("pharmacy_committee", "décisions du comité de pharmacologie", staff_addr(ph), [("Médecins et pharmaciens", "cmdp@" + ORG["dom"])],
                "Décisions du comité de pharmacologie", body, date=dt)


def n_guide(c):
    r = c.rng
    dt = c.date()
    coord = c.pick("coord")
    pdf = make_pdf("Après votre greffe — guide pour les patients et leurs proches", [
        "# Fièvre", "Une température de 38,0 °C ou plus : appelez la ligne de greffe sans attendre (%s)." % ORG["tel_bmt"],
        "# Médicaments", "Prenez le tacrolimus à heure fixe; pas de pamplemousse. Ne commencez aucun produit naturel sans avis.",
        "# GVH", "Éruption cutanée, diarrhée, jaunisse : signalez-les rapidement.",
        "# Vie quotidienne", "Lavage des mains, pas de jardinage la première année, masque dans les foules."])
    body = "\n".join(["Bonjour,", "", "Voici le guide d'enseignement révisé, à remettre à chaque patient au congé.", "", coord.full])
    return _neg("patient_education", "guide générique d'enseignement au patient greffé", staff_addr(coord),
                [("Équipe greffe 7N", "greffe7n@" + ORG["dom"])], "Guide « Après votre greffe » révisé", body,
                atts=[Att("Guide_apres_greffe_2024.pdf", "application/pdf", pdf)], date=dt)


def n_tumorboard(c):
    r = c.rng
    dt = c.date()
    clerk = c.pick("clerk")
    meet = (dt + datetime.timedelta(days=r.randint(2, 8))).date()
    st = datetime.datetime(meet.year, meet.month, meet.day, 7, 30)
    cases = ["Cas %d : %s %d ans, %s — indication de greffe ?" % (i + 1, r.choice(["H", "F"]), r.randint(25, 70), r.choice(DX[L])[1])
             for i in range(3)]
    ics = make_ics("ctc-%d@%s" % (r.randrange(10**6), ORG["dom"]), st, st + datetime.timedelta(hours=1),
                   "Comité des thérapies cellulaires", "\n".join(cases) + "\nCas présentés de façon anonymisée.", "Salle A-1120",
                   (clerk.full, clerk.email(ORG["dom"])))
    body = "\n".join(["Bonjour,", "", "Invitation au comité des thérapies cellulaires. Les cas sont présentés de façon anonymisée :", "",
                      *cases, "", clerk.full])
    return _neg("committee_notice", "invitation au comité des thérapies cellulaires (cas anonymisés)", staff_addr(clerk),
                [("Comité TC", "comite-tc@" + ORG["dom"])], "Comité des thérapies cellulaires — %s" % meet.strftime("%d/%m"), body,
                atts=[Att("comite.ics", "text/calendar", ics)], date=dt)


def n_zip_politiques(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    z = make_zip([("POL-GR-001_admission_greffe.pdf", make_pdf("POL-GR-001 Admission en greffe", ["Politique institutionnelle."])),
                  ("POL-GR-002_isolement_protecteur.docx", make_docx("POL-GR-002 Isolement protecteur", ["Chambres à pression positive."])),
                  ("LISEZMOI.txt", "Politiques du programme de greffe — version 2024.\n".encode("utf-8"))])
    body = "\n".join(["Bonjour,", "", "Les politiques révisées du programme sont regroupées dans l'archive jointe pour la visite d'agrément.",
                      "", mgr.full])
    return _neg("policy_bundle", "archive ZIP de politiques institutionnelles", staff_addr(mgr),
                [("Direction du programme", "direction-greffe@" + ORG["dom"])], "Politiques révisées — agrément", body,
                atts=[Att("Politiques_greffe_2024.zip", "application/zip", z)], date=dt)


def n_fwd_ti(c):
    r = c.rng
    dt = c.date()
    it, mgr = c.pick("it"), c.pick("mgr")
    inner = Msg(L, "", False, [], "", staff_addr(it), [("Gestionnaires", "gestionnaires@" + ORG["dom"])],
                "Migration de la messagerie — calendrier", "\n".join([
                    "Bonjour,", "", "La migration des boîtes aux lettres du secteur hématologie aura lieu la fin de semaine du %s. "
                    "Aucune action requise; redémarrez votre poste lundi matin." % fr_date((dt + datetime.timedelta(days=10)).date()),
                    "", it.full, "Centre de services TI"]), date=dt - datetime.timedelta(days=1))
    body = "\n".join(["Pour information — voir le message joint des TI.", "", mgr.given])
    return _neg("it_notice", "avis TI transféré en pièce jointe .eml", staff_addr(mgr), [("Équipe 7N", "greffe7n@" + ORG["dom"])],
                "TR: Migration de la messagerie", body, atts=[Att("Migration messagerie.eml", "message/rfc822", msg=inner)], date=dt)
