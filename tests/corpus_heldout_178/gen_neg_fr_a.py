"""French hard negatives, part A: staff schedules, newsletters, shortages,
recalls, invoices, purchase orders, inventories, blank forms, mail-merge
templates, aggregate statistics, de-identified teaching cases."""
import datetime

import gen_clin as K
import gen_common as C
import gen_docs as D
import gen_tpl as T


def schedule(r, c):
    mgr = r.choice(["bergeron", "charest"])
    start = T.future(r, c.when, 3, 10)
    start -= datetime.timedelta(days=start.weekday())
    nurses = ["Mélanie Dubé", "Kevin O'Brien", "Julie Arsenault", "Sandra Kowalski", "Annick Perreault", "Rosalie Vigneault"]
    days = ["Lun", "Mar", "Mer", "Jeu", "Ven"]
    rows = []
    for n in r.sample(nurses, 5):
        rows.append([n] + [r.choice(["J 7h-15h", "J 7h-15h", "S 11h-19h", "—", "Formation", "Congé"]) for _ in days])
    header = ["Infirmière"] + ["%s %d" % (d, (start + datetime.timedelta(days=i)).day) for i, d in enumerate(days)]
    note = r.choice(["Mme Perreault remplace Mélanie mardi et mercredi.", "Kevin est en formation RCR jeudi AM.",
                     "Rappel : la clinique de perfusion ferme à 17 h le vendredi.",
                     "Les demandes de congé pour les Fêtes doivent être remises avant le 15."])
    intro = "Bonjour à toutes et à tous,\n\nVoici l'horaire de la clinique de perfusion pour la semaine du %s.\n%s" % (C.long_date_fr(start), note)
    sig = C.signature(r, mgr)
    if r.random() < 0.5:
        att = {"kind": "xlsx", "data": D.xlsx([("Horaire", header, rows)], "Horaire CPB", C.staff_name(mgr, title=False)),
               "filename": r.choice(["Horaire_CPB_sem_%s.xlsx" % start.isoformat(), "Horaire CPB – semaine du %d %s.xlsx" % (start.day, C.MOIS[start.month - 1])])}
        return T.spec("schedule", "nursing schedule for the infusion clinic", "Horaire CPB — semaine du %s" % C.short_date_fr(start),
                      T.who(mgr), [("Équipe CPB", "equipe.cpb@" + C.ORG_DOMAIN)], intro + "\n\n" + sig, attachments=[att])
    html = T.html_doc(T.paras_html(intro) + T.html_table(header, rows) + T.paras_html(sig))
    return T.spec("schedule", "nursing schedule table in message body", "Horaire de la semaine", T.who(mgr),
                  [("Équipe CPB", "equipe.cpb@" + C.ORG_DOMAIN)], intro + "\n\n" + T.text_table(header, rows) + "\n\n" + sig,
                  html=html, mode=r.choice(["html", "alt"]))


def newsletter(r, c):
    items = [
        "Félicitations à la Dre Isabelle Vézina, dont l'étude sur la néphrite lupique a été acceptée au congrès annuel.",
        "Bienvenue au Dr Ian Stewart, résident R4, qui se joint à la clinique des vascularites jusqu'en juin.",
        "La Dre Anne-Marie Beaulieu donnera une conférence midi sur l'artérite à cellules géantes et l'échographie des temporales.",
        "Le Dr Karim Haddad a été nommé responsable de la clinique de polyarthrite rhumatoïde précoce.",
        "Mme Mélanie Dubé, infirmière à la clinique de perfusion, célèbre 20 ans de service. Bravo!",
        "Nouveau : ordonnance collective pour l'infiltration de corticostéroïdes au genou, en vigueur le 1er du mois.",
        "La transition vers les biosimilaires de l'infliximab est complétée à 92 % dans notre clinique.",
        "M. Marc-André Villeneuve, pharmacien, rappelle que les fioles de tocilizumab doivent être conservées entre 2 et 8 °C.",
        "Journée mondiale du lupus : kiosque d'information dans le hall principal le 10 mai.",
        "La Dre Priya Raman présentera les nouvelles lignes directrices sur la goutte au comité du DRMG.",
    ]
    chosen = r.sample(items, r.randint(4, 6))
    title = r.choice(["L'Info-Rhumato", "Le Rhumato-Express", "Nouvelles du service de rhumatologie"])
    num = r.randint(12, 48)
    text = "%s — numéro %d\n\n%s\n\nPour soumettre une nouvelle : communications.rhumato@%s\n%s" % (
        title, num, "\n\n".join("• " + x for x in chosen), C.ORG_DOMAIN, C.ORG_ADDR)
    html = T.html_doc('<h2 style="color:#2a4d8f">%s <small>no %d</small></h2>\n' % (T.esc(title), num)
                      + "\n".join("<p>&#8226; %s</p>" % T.esc(x) for x in chosen)
                      + '<hr><p style="font-size:9pt">%s — %s</p>' % (T.esc(C.SERVICE_FR), T.esc(C.ORG_ADDR)))
    return T.spec("newsletter", "service newsletter naming physicians and staff", "%s — no %d" % (title, num),
                  ("Communications rhumatologie", "communications.rhumato@" + C.ORG_DOMAIN),
                  [("Personnel rhumatologie", "tous.rhumato@" + C.ORG_DOMAIN)], text, html=html, mode=r.choice(["html", "alt", "alt"]))


def shortage(r, c):
    drug = r.choice([("méthylprednisolone acétate (Depo-Medrol) 40 mg/mL, fiole 1 mL", "triamcinolone acétonide 40 mg/mL"),
                     ("acide folique 5 mg comprimés", "acide folique 1 mg x 5"),
                     ("hydroxychloroquine 200 mg (certains génériques)", "autre fabricant disponible au grossiste"),
                     ("méthotrexate injectable 25 mg/mL, fiole 2 mL", "seringues préremplies de méthotrexate")])
    fw = r.random() < 0.5
    lots = ["%s%s" % (r.choice(["L", "LOT ", "A", "MX"]), (C.fullwidth if fw else str)(C.luhn_serial(r, r.choice([8, 9, 10]))))
            for _ in range(r.randint(2, 4))]
    ph = r.choice(C.PHARMS)
    body = ("AVIS DE PÉNURIE — %s\n\nLe fournisseur nous informe d'une rupture d'approvisionnement prévue jusqu'au %s.\n"
            "Lots restants en inventaire : %s.\nSolution de rechange proposée : %s.\n\nAucune action requise pour les patients "
            "déjà servis. Veuillez prioriser les infiltrations urgentes.\n\n%s"
            % (drug[0], C.long_date_fr(T.future(r, c.when, 20, 90)), ", ".join(lots), drug[1], C.signature(r, ph)))
    return T.spec("shortage", "drug shortage notice with lot numbers", r.choice(["Avis de pénurie : %s" % drug[0].split(" (")[0].split(",")[0],
                  "Rupture — %s" % drug[0].split(",")[0], "Pénurie médicament"]), T.who(ph),
                  [("Médecins rhumatologie", "md.rhumato@" + C.ORG_DOMAIN), ("Infirmières CPB", "equipe.cpb@" + C.ORG_DOMAIN)], body)


def recall(r, c):
    dev = r.choice([("pompes volumétriques Infusia VP7", "défaut du capteur d'occlusion"),
                    ("pousse-seringues Medsys S40", "alarme de fin de perfusion intermittente"),
                    ("tubulures avec filtre 0,2 µm réf. 4411-F", "fuite possible au raccord Luer")])
    fw = r.random() < 0.6  # serials pasted from the manufacturer's portal (full-width digits)
    rows = [[(C.fullwidth if fw else str)(C.luhn_serial(r, 9)), "ACT-%05d" % r.randint(10000, 99999), r.choice(["CPB fauteuil 1", "CPB fauteuil 4", "Urgence",
            "Médecine 5e", "Réserve biomédical"])] for _ in range(r.randint(3, 6))]
    body = ("Bonjour,\n\nLe fabricant émet un avis de rappel volontaire (classe II) visant les %s : %s.\n\n"
            "Appareils visés dans notre établissement :\n%s\n\nMerci de retirer ces appareils et de communiquer avec le génie biomédical "
            "au poste 2277. Aucun incident patient n'a été rapporté chez nous.\n\nGénie biomédical\n%s"
            % (dev[0], dev[1], T.text_table(["No de série", "Actif", "Emplacement"], rows), C.ORG_ADDR))
    atts = []
    if r.random() < 0.4:
        atts.append({"kind": "pdf", "data": D.pdf([("title", "Avis de rappel — " + dev[0]), ("p", dev[1]),
                                                   ("table", ["No de série", "Actif", "Emplacement"], rows)], "Avis de rappel", "Génie biomédical"),
                     "filename": r.choice(["Avis_rappel_%s.pdf" % T.slug(dev[0].split()[1]), "Avis de rappel – %s.pdf" % dev[0]])})
    return T.spec("recall", "device recall listing checksum-valid serial numbers", "RAPPEL — %s" % dev[0],
                  ("Génie biomédical", "genie.biomedical@" + C.ORG_DOMAIN), [("Gestionnaires", "gestionnaires@" + C.ORG_DOMAIN)],
                  body, attachments=atts)


def invoice(r, c):
    sup = r.choice(["supplier", "supplier2"])
    num = "F-%d-%05d" % (c.when.year, r.randint(10000, 99999))
    items = r.sample([("Gel échographique stérile 20 g (bte 48)", 38.50), ("Aiguilles 22G x 1,5 po (bte 100)", 14.20),
                      ("Seringues 10 mL Luer-lock (bte 100)", 22.75), ("Champs stériles fenêtrés", 61.00),
                      ("Tubulures de perfusion avec filtre 0,2 µm", 189.00), ("Pansements transparents 6x7 cm", 47.90),
                      ("Contenants objets pointus 5 L", 9.80)], r.randint(3, 5))
    rows = []
    tot = 0
    for d, p in items:
        q = r.randint(1, 12)
        rows.append([d, str(q), "%.2f $" % p, "%.2f $" % (p * q)])
        tot += p * q
    fields = [("No de facture", num), ("Date", c.when.date().isoformat()), ("No de client", "%06d" % r.randint(100000, 999999)),
              ("Bon de commande", "BC-%06d" % r.randint(100000, 999999)), ("Livrer à", "Clinique de rhumatologie, " + C.ORG_ADDR),
              ("Conditions", "Net 30 jours")]
    blocks = [("title", C.EXT[sup][0] + " — Facture"), ("kv", fields), ("table", ["Description", "Qté", "Prix", "Total"], rows),
              ("kv", [("Sous-total", "%.2f $" % tot), ("TPS (5 %)", "%.2f $" % (tot * 0.05)), ("TVQ (9,975 %)", "%.2f $" % (tot * 0.09975)),
                      ("Total", "%.2f $" % (tot * 1.14975))])]
    body = ("Bonjour,\n\nVeuillez trouver ci-jointe la facture %s. Pour toute question, communiquez avec le service à la clientèle "
            "au 1 800 555-0144.\n\nComptes recevables\n%s" % (num, C.EXT[sup][0]))
    return T.spec("invoice", "supplier invoice with labelled fields", "Facture %s" % num, ("Comptes recevables", "facturation@" + C.EXT[sup][1]),
                  [T.who("charest")], body, attachments=[{"kind": "pdf", "data": D.pdf(blocks, "Facture " + num, C.EXT[sup][0], compress=r.random() < 0.5),
                                                          "filename": "Facture_%s.pdf" % num}])


def purchase_order(r, c):
    po = "BC-%06d" % r.randint(100000, 999999)
    items = r.sample([("Fauteuil de perfusion inclinable", 1, 3450.00), ("Pied à perfusion 4 roues", 4, 129.00),
                      ("Réfrigérateur pharmaceutique 2-8 °C", 1, 5890.00), ("Enregistreur de température USB", 3, 79.00),
                      ("Sonde linéaire pour échographe", 1, 7200.00), ("Chariot de procédure", 1, 640.00)], r.randint(2, 4))
    rows = [[d, q, "%.2f" % p, "%.2f" % (p * q)] for d, q, p in items]
    mgr = "bergeron"
    text = ("Bonjour,\n\nVoici le bon de commande %s pour la clinique de rhumatologie (centre de coûts 6-%04d).\n\n%s\n\n"
            "Adresse de livraison : quai de réception, %s\nApprobation : %s, %s\n\n%s"
            % (po, r.randint(1000, 9999), T.text_table(["Article", "Qté", "Prix unitaire", "Total"], rows), C.ORG_ADDR,
               C.staff_name(mgr), C.staff_role(mgr), C.signature(r, "charest")))
    atts = []
    if r.random() < 0.5:
        atts.append({"kind": "xlsx", "data": D.xlsx([("BC", ["Article", "Qté", "Prix unitaire", "Total"], rows)], po, "Approvisionnement"),
                     "filename": "%s.xlsx" % po})
    return T.spec("purchase_order", "purchase order for clinic equipment", "Bon de commande %s" % po, T.who("charest"),
                  [("Approvisionnement", "approvisionnement@" + C.ORG_DOMAIN)], text, attachments=atts)


def inventory(r, c):
    prods = [("Inflectra 100 mg", "infliximab"), ("Renflexis 100 mg", "infliximab"), ("Actemra 200 mg/10 mL", "tocilizumab"),
             ("Truxima 500 mg/50 mL", "rituximab"), ("Orencia 250 mg", "abatacept"), ("Benlysta 400 mg", "belimumab"),
             ("Kenalog-40 1 mL", "triamcinolone"), ("Solu-Medrol 125 mg", "méthylprednisolone")]
    rows = []
    for name, gen in r.sample(prods, r.randint(5, 8)):
        lot = r.choice(["%s%s" % (gen[:3].upper(), C.luhn_serial(r, 7)), C.luhn_serial(r, 9),
                        "%s %s" % (gen[:4].upper(), T_digits(r))])
        rows.append([name, lot, (T.future(r, c.when, 60, 500)).isoformat(), r.randint(0, 40), r.choice(["Frigo A", "Frigo B", "Armoire 3"])])
    header = ["Produit", "Lot", "Péremption", "Quantité", "Emplacement"]
    ph = r.choice(C.PHARMS)
    body = ("%s\n\nInventaire mensuel des biologiques et produits d'infiltration en pièce jointe. Trois fioles de %s arrivent à "
            "péremption dans moins de 60 jours — à utiliser en priorité.\nTempérature des frigos conforme (min 2,9 °C / max 6,8 °C).\n\n%s"
            % (T.greet(r, "fr"), rows[0][0], C.signature(r, ph)))
    if r.random() < 0.5:
        att = {"kind": "xlsx", "data": D.xlsx([("Inventaire", header, rows)], "Inventaire", C.staff_name(ph, title=False)),
               "filename": r.choice(["Inventaire_biologiques_%s.xlsx" % c.when.strftime("%Y-%m"),
                                     "Inventaire des biologiques – %s %d.xlsx" % (C.MOIS[c.when.month - 1], c.when.year)])}
    else:
        att = {"kind": "csv", "data": D.csv_bytes(header, rows, delimiter=";", encoding="cp1252"), "charset": "windows-1252",
               "filename": "inventaire_%s.csv" % c.when.strftime("%Y%m")}
    return T.spec("inventory", "monthly biologics inventory with lot numbers", "Inventaire %s %d" % (C.MOIS[c.when.month - 1], c.when.year),
                  T.who(ph), [T.who("bergeron"), T.who("dube")], body, attachments=[att])


def T_digits(r):
    # four-digit year-month block + four digits: looks like an identifier but is a lot code
    return "%02d%02d %04d" % (r.randint(22, 25), r.randint(1, 12), r.randint(0, 9999))


def blank_form(r, c):
    kind = r.choice(["exception", "infiltration", "perfusion"])
    if kind == "exception":
        title = "Demande d'autorisation — médicament d'exception (gabarit)"
        fields = [("Nom de la personne assurée", "________________"), ("Prénom", "________________"),
                  ("Date de naissance (AAAA-MM-JJ)", "____-__-__"), ("NAM", "____ ____ ____"), ("Diagnostic", "________________"),
                  ("Médicament demandé", "________________"), ("Signature du prescripteur", "________________")]
    elif kind == "infiltration":
        title = "Consentement — infiltration articulaire"
        fields = [("Nom du patient", ""), ("No de dossier", ""), ("Articulation", "☐ genou ☐ épaule ☐ autre : ____"),
                  ("Produit", "☐ Kenalog ☐ Depo-Medrol"), ("Allergies", ""), ("Signature", "")]
    else:
        title = "Ordonnance préimprimée — perfusion d'infliximab"
        fields = [("Nom / Prénom", "[ ]"), ("Dossier", "[ ]"), ("Poids (kg)", "[ ]"), ("Dose", "☐ 3 mg/kg ☐ 5 mg/kg ☐ ____"),
                  ("Prémédication", "☐ acétaminophène 650 mg ☐ cétirizine 10 mg"), ("Prescripteur", "[ ]")]
    blocks = [("title", title), ("kv", fields), ("small", "Version %d.%d — révisé par le comité des ordonnances" % (r.randint(1, 4), r.randint(0, 9)))]
    kindf = r.choice(["pdf", "docx"])
    data = D.pdf(blocks, title, "Comité des ordonnances") if kindf == "pdf" else D.docx(blocks, title, "Comité des ordonnances")
    body = ("Bonjour,\n\nVoici la nouvelle version du formulaire « %s ». Veuillez détruire les anciennes copies papier. "
            "Le formulaire vierge est aussi disponible dans l'intranet.\n\n%s" % (title, C.signature(r, "charest")))
    return T.spec("blank_form", "blank form template, no patient data", "Nouveau formulaire : %s" % title.split(" (")[0].split(" — ")[0],
                  T.who("charest"), [("Personnel rhumatologie", "tous.rhumato@" + C.ORG_DOMAIN)], body,
                  attachments=[{"kind": kindf, "data": data, "filename": r.choice(["%s_VIERGE.%s" % (T.slug(title)[:40], kindf),
                                                                                   "Formulaire vierge – %s.%s" % (title.split(" (")[0][:45], kindf)])}])


def mail_merge(r, c):
    clerk = r.choice(C.CLERKS)
    tpl = r.choice([
        "Bonjour {{prenom}} {{nom}},\n\nCeci est un rappel de votre rendez-vous à la {{clinique}} le {{date_rdv}} à {{heure}}.\n"
        "Veuillez vous présenter 15 minutes à l'avance avec votre carte d'assurance maladie.\nPour annuler : 450 555-0111.\n",
        "Madame, Monsieur «NOM_FAMILLE»,\n\nVotre perfusion de «MEDICAMENT» est prévue le «DATE». Prévoyez environ «DUREE» heures.\n"
        "N'oubliez pas de faire vos prises de sang («ANALYSES») 48 h avant.\n",
        "<<Titre>> <<Prenom>> <<Nom>>\nDate de naissance : <<DDN>>\nNAM : <<NAM>>\n\nVous êtes invité(e) à la séance d'information sur "
        "l'autogestion de l'arthrite le <<Date>>.\n"])
    body = ("%s\n\nPeux-tu valider le gabarit de publipostage ci-dessous avant qu'on l'importe dans le système de rappels? "
            "Les champs entre accolades/chevrons seront remplis automatiquement.\n\n---------\n%s---------\n\n%s"
            % (T.greet(r, "fr", T.first("bergeron")), tpl, C.signature(r, clerk)))
    return T.spec("mail_merge", "mail-merge reminder template with placeholders", r.choice(["Gabarit de rappel — à valider",
                  "Publipostage rappels RV", "Texte du rappel automatisé"]), T.who(clerk), [T.who("bergeron")], body)


def statistics(r, c):
    q = r.randint(1, 4)
    rows = [[b, r.randint(40, 420), "%.1f" % r.uniform(1, 9), "%d %%" % r.randint(2, 14)] for b in
            ["infliximab (biosimilaires)", "tocilizumab", "rituximab", "abatacept", "belimumab", "golimumab IV"]]
    header = ["Agent", "Perfusions", "Attente moy. (sem.)", "Annulations"]
    extra = ("Nouveaux patients : %d (dont %d ACG, %d LED, %d PR précoce). Délai médian P2 : %d jours. "
             "Infiltrations : %d." % (r.randint(80, 160), r.randint(6, 20), r.randint(4, 15), r.randint(20, 60), r.randint(18, 60), r.randint(150, 400)))
    body = ("%s\n\nTableau de bord du T%d : %s\n\n%s\n\nSource : extraction DME, données agrégées, aucune donnée nominative.\n\n%s"
            % (T.greet(r, "fr"), q, extra, T.text_table(header, rows), C.signature(r, "bergeron")))
    atts = []
    if r.random() < 0.5:
        atts.append({"kind": "xlsx", "data": D.xlsx([("T%d" % q, header, rows)], "Tableau de bord", "Qualité"), "filename": "TDB_rhumato_T%d.xlsx" % q})
    return T.spec("statistics", "aggregate quarterly activity statistics", "Tableau de bord rhumatologie — T%d" % q, T.who("bergeron"),
                  [("Médecins rhumatologie", "md.rhumato@" + C.ORG_DOMAIN)], body, attachments=atts, mode=r.choice(["plain", "alt"]))


def teaching_case(r, c):
    case = r.choice([
        "Femme de 34 ans, sans antécédent, qui consulte pour arthralgies des mains, éruption malaire et fatigue. ANA 1:1280 moucheté, "
        "anti-ADNdb 240 UI/mL, C3 bas. Protéinurie 1,2 g/j.\nQuestions : 1) Quelle est la prochaine étape? 2) Quel traitement d'induction?",
        "Homme de 72 ans, céphalée temporale droite depuis 3 semaines, claudication de la mâchoire, VS 92. "
        "Questions : 1) Faut-il attendre la biopsie avant la prednisone? 2) Place du tocilizumab?",
        "Femme de 58 ans, PR séropositive sous méthotrexate 25 mg, ALT à 3 x la normale. Questions : 1) Causes? 2) Conduite?",
        "Homme de 45 ans, sinusite réfractaire, nodules pulmonaires excavés, hématurie. c-ANCA positif. Questions : classification et induction?"])
    md = r.choice(C.PHYS)
    body = ("Bonjour les résidents,\n\nCas pour le club de lecture de jeudi (cas fictif/anonymisé) :\n\n%s\n\n"
            "Lecture suggérée : recommandations EULAR les plus récentes.\n\n%s" % (case, C.signature(r, md)))
    return T.spec("teaching_case", "de-identified teaching case for residents", r.choice(["Cas clinique — club de lecture", "Cas pour jeudi",
                  "Enseignement : cas anonymisé"]), T.who(md), [("Résidents rhumatologie", "residents.rhumato@" + C.ORG_DOMAIN)],
                  body)


TEMPLATES = [schedule, newsletter, shortage, recall, invoice, purchase_order, inventory, blank_form, mail_merge, statistics, teaching_case]
