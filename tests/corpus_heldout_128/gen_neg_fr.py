"""French-Canadian negative templates (hard negatives)."""
import datetime as dt

import gen_attach as A
import gen_build as B
import gen_common as C
import gen_neg_common as N


def horaire(c):
    days = ["lun", "mar", "mer", "jeu", "ven"]
    rows = [["Employé·e"] + days]
    for g, s in c.rng.sample(N.NEG_STAFF, 6):
        rows.append(["%s %s" % (g, s)] + [c.choice(["J", "J", "S", "—", "PrEP", "ITSS", "HTx"]) for _ in days])
    rows.append(["Dre Vachon-Ruel"] + [c.choice(["HTx", "HTx", "—", "admin"]) for _ in days])
    rows.append(["Dr Okafor"] + [c.choice(["ITSS", "PrEP", "—", "garde"]) for _ in days])
    sem = c.future(c.now.date(), 3, 10)
    intro = ("Bonjour l'équipe,\n\nVoici l'horaire de la semaine du %s. Légende : J = jour, S = soir, "
             "PrEP = clinique PrEP, ITSS = sans-RV dépistage, HTx = clinique d'hormonothérapie." % C.fmt_date(sem, "long", "fr"))
    text = intro + "\n\n" + B.table_text(rows) + "\n\nÉchanges de quarts : me prévenir avant jeudi.\n" + B.sig(c, "quesnel", "fr")
    atts = []
    if c.chance(0.4):
        atts.append(A.att_xlsx("horaire_%s.xlsx" % sem.strftime("%Y-%m-%d"), [("Horaire", rows)]))
    return B.make("schedule", "fr", "horaire hebdomadaire du personnel", B.addr("quesnel"),
                  [("Équipe clinique", "equipe@" + C.ORG_DOMAIN)], "Horaire semaine du " + C.fmt_date(sem, "iso"),
                  text, html=B.paras_html(intro) + B.table_html(rows) if not atts and c.chance(0.5) else None,
                  attachments=atts)


def conges(c):
    who = N.staff_name(c)
    d1 = c.future(c.now.date(), 20, 120)
    d2 = d1 + dt.timedelta(days=c.randint(3, 14))
    motif = c.choice(["vacances annuelles", "congé parental (naissance prévue)", "congé sans solde",
                      "formation (colloque en santé sexuelle)"])
    body = ("Bonjour Mireille,\n\nJe souhaite demander un congé du %s au %s (%s). "
            "%s a accepté de couvrir mes plages de la clinique PrEP.\n\nMerci de me confirmer,\n%s"
            % (C.fmt_date(d1, "long", "fr"), C.fmt_date(d2, "long", "fr"), motif, N.staff_name(c), who))
    return B.make("leave_request", "fr", "demande de congé d'un membre du personnel", (who, "employe%d@%s" % (
        c.randint(10, 99), C.ORG_DOMAIN)), [B.addr("quesnel")], "Demande de congé", body)


def paie(c):
    per = c.randint(1, 26)
    body = ("Bonjour à toutes et à tous,\n\nLa paie de la période %d sera déposée le %s. Rappels :\n"
            "- Les feuilles de temps doivent être approuvées avant mardi midi.\n"
            "- Nouveaux employé·e·s : le formulaire TD1 / TP-1015.3 doit contenir votre NAS et votre date de naissance; "
            "le remettre en main propre, jamais par courriel.\n"
            "- Prime de soir : 2,15 $/h; prime de fin de semaine : 4 %%.\n\nEwa Ostrowski\nPaie et avantages sociaux"
            % (per, C.fmt_date(c.future(c.now.date(), 2, 12), "long", "fr")))
    return B.make("payroll", "fr", "rappel de paie au personnel", B.addr("ostrowski"),
                  [("Tout le personnel", "tous@" + C.ORG_DOMAIN)], "Paie – période %d" % per, body)


def sante_travail(c):
    who = N.staff_name(c)
    kind = c.choice([
        ("Test cutané à la tuberculine (TCT) annuel",
         "Ton TCT annuel est dû. Lecture 48-72 h après l'injection. Les résultats restent au dossier de santé au travail."),
        ("Vaccination antigrippale du personnel",
         "La clinique de vaccination du personnel aura lieu mardi et mercredi de 12 h à 14 h, salle 4. "
         "Apporte ta carte de vaccination."),
        ("Essai d'ajustement N95",
         "Ton essai d'ajustement N95 (fit test) est à refaire avant le 31. Modèle actuel : 3M 1870+."),
        ("Retour progressif au travail",
         "Suite au billet de ton médecin, le retour progressif commence lundi : 3 jours/semaine pendant 4 semaines."),
    ])
    body = "Bonjour %s,\n\n%s\n\nSanté et sécurité au travail\n%s" % (who.split()[0], kind[1], C.ORG_FR)
    return B.make("occupational_health", "fr", "santé au travail d'un membre du personnel",
                  ("Santé au travail", "sst@" + C.ORG_DOMAIN), [(who, "employe%d@%s" % (c.randint(10, 99), C.ORG_DOMAIN))],
                  kind[0], body)


def infolettre(c):
    sp = c.rng.sample(N.SPEAKERS, 2)
    bday = N.staff_name(c)
    bd = dt.date(2025, c.randint(1, 12), c.randint(1, 28))
    items = [
        "Bienvenue à %s %s %s, qui se joint à l'équipe et donnera la prochaine conférence-midi : « %s »."
        % (sp[0][0], sp[0][2], sp[0][3], sp[0][4].capitalize()),
        "Dre Hélène Vachon-Ruel, qui traite la dysphorie de genre et suit des personnes sous hormonothérapie "
        "depuis quinze ans, présentera les nouvelles lignes directrices à la réunion d'équipe.",
        "Nouveau : la clinique sans rendez-vous de dépistage ITSS (chlamydia, gonorrhée, syphilis, VIH) ouvre aussi le jeudi soir.",
        "Joyeux anniversaire à %s (%s)!" % (bday, C.fmt_date(bd, "long", "fr").rsplit(" ", 1)[0]),
        "Statistiques du mois : %d consultations PrEP, %d nouveaux suivis hormonaux." % (c.randint(80, 200), c.randint(10, 40)),
    ]
    c.rng.shuffle(items)
    text = "INFOLETTRE MÉRIDIENNE – %s\n\n" % C.MONTHS_FR[c.now.month - 1].capitalize() + "\n\n".join("• " + i for i in items)
    html = "<h2>Infolettre Méridienne</h2>" + "".join("<p>%s</p>" % i for i in items) + \
        "<p style='font-size:8pt'>%s · %s · %s</p>" % (C.ORG_FR, C.ORG_ADDR, C.ORG_TEL)
    return B.make("newsletter", "fr", "infolettre interne avec nouvelles de l'équipe", B.addr("quesnel"),
                  [("Tout le personnel", "tous@" + C.ORG_DOMAIN)], "Infolettre – " + C.MONTHS_FR[c.now.month - 1],
                  text, html=html)


def comite(c):
    d = c.future(c.now.date(), 5, 25)
    pts = c.rng.sample([
        "Adoption du procès-verbal", "Ordonnance collective – traitement de la chlamydia et de la gonorrhée (révision)",
        "Protocole PrEP sur demande (2-1-1)", "Rupture de Bicillin L-A : plan de contingence",
        "Ajout du cabotégravir injectable au formulaire", "Audit des délais de rappel des résultats positifs",
        "Politique sur l'envoi de renseignements cliniques par courriel", "Divers",
    ], 5)
    body = ("AVIS DE CONVOCATION\nComité de pharmacologie et des soins infirmiers\n%s, 12 h 15, salle Ormeaux (Teams en parallèle)\n\n"
            "Ordre du jour :\n%s\n\nMembres : Dr Samuel Okafor (président), Dre Hélène Vachon-Ruel, Maude Lacasse-Bérubé, "
            "M. Philippe Tran (pharmacien invité).\n\nKarim Belhadj, secrétaire"
            % (C.fmt_date(d, "long", "fr"), "\n".join("%d. %s" % (i + 1, p) for i, p in enumerate(pts))))
    return B.make("committee_notice", "fr", "avis de convocation d'un comité", B.addr("belhadj"),
                  [("Comité pharmaco", "comite.pharmaco@" + C.ORG_DOMAIN)], "Convocation – comité de pharmacologie", body)


def colloque(c):
    sp = c.rng.sample(N.SPEAKERS, 4)
    d = c.future(c.now.date(), 30, 90)
    rows = [["Heure", "Conférence", "Conférencier·ère"]]
    h = 9
    for s in sp:
        rows.append(["%d h 00" % h, s[4].capitalize(), "%s %s %s" % (s[0], s[2], s[3])])
        h += 1
    text = ("Programme préliminaire — Journée régionale en santé trans et sexuelle\n%s, Centre des congrès (fictif)\n\n"
            % C.fmt_date(d, "long", "fr") + B.table_text(rows) +
            "\n\nInscription : 85 $ (gratuit pour les étudiant·e·s). Crédits de formation : 6 h.")
    atts = [A.att_pdf("Programme_journee_regionale.pdf", "Programme – Journée régionale", [("table", rows)],
                      author="Comité scientifique")] if c.chance(0.6) else []
    return B.make("conference", "fr", "programme de colloque avec conférenciers et sujets",
                  ("Comité scientifique", "colloque@sante-trans-region.example"), [B.addr(c.choice(["vachon", "okafor", "lacasse"]))],
                  "Programme – Journée régionale", text, attachments=atts)


def offre_emploi(c):
    poste = c.choice(["Infirmier·ère clinicien·ne – santé sexuelle (ITSS/PrEP)", "Travailleur·se social·e – 4 jours/sem",
                      "Agent·e administratif·ve – accueil", "Médecin de famille – hormonothérapie (1 j/sem)"])
    body = ("OFFRE D'EMPLOI\n%s\n\nLa Clinique Méridienne offre des soins d'affirmation de genre, le dépistage et le "
            "traitement des ITSS, la PrEP et du soutien psychosocial.\n\nResponsabilités : évaluation, counselling, "
            "suivi des résultats, collaboration interprofessionnelle.\nExigences : membre en règle de l'ordre "
            "professionnel; expérience auprès des communautés LGBTQ+ un atout.\nSalaire selon l'échelle en vigueur.\n\n"
            "Envoyez votre CV à rh@%s avant le %s.\n%s\n%s" % (poste, C.ORG_DOMAIN,
                                                             C.fmt_date(c.future(c.now.date(), 10, 30), "long", "fr"),
                                                             C.ORG_ADDR, C.ORG_TEL))
    return B.make("job_posting", "fr", "offre d'emploi", ("Ressources humaines", "rh@" + C.ORG_DOMAIN),
                  [("Liste de diffusion emplois", "emplois@reseau-communautaire.example")], "Offre d'emploi : " + poste, body)


def facture(c):
    no = "F-%d-%05d" % (c.now.year, c.randint(1, 99999))
    items = [("Condoms externes (boîte de 144)", c.randint(2, 10), 38.50),
             ("Lubrifiant à base d'eau 5 mL (500)", c.randint(1, 4), 62.00),
             ("Trousses de test rapide VIH (20)", c.randint(1, 5), 210.00),
             ("Écouvillons TAAN multi-sites (100)", c.randint(1, 3), 145.00)]
    rows = [["Article", "Qté", "Prix unitaire", "Total"]]
    tot = 0
    for n, q, p in items:
        rows.append([n, str(q), "%.2f $" % p, "%.2f $" % (q * p)])
        tot += q * p
    serial = N.luhn_serial(c.rng)
    blocks = ["Facture no %s   Date : %s" % (no, C.fmt_date(c.now.date(), "iso")),
              "Client : Clinique Méridienne   No client : %d" % c.randint(10000, 99999),
              "Adresse de livraison : %s" % C.ORG_ADDR, "Téléphone : %s" % C.ORG_TEL, ("table", rows),
              "Sous-total : %.2f $   TPS : %.2f $   TVQ : %.2f $" % (tot, tot * 0.05, tot * 0.09975),
              "No d'enregistrement (série) : %s" % N.grouped(serial)]
    att = A.att_pdf("Facture_%s.pdf" % no, "Facture", blocks, author="Distributions MedProtec")
    body = ("Bonjour,\n\nVeuillez trouver ci-jointe la facture %s. Paiement net 30 jours.\n\nDistributions MedProtec "
            "(fictif)\nComptes à recevoir\n450-555-0112" % no)
    return B.make("invoice", "fr", "facture de fournisseur", ("MedProtec – Comptes", "ar@medprotec.example"),
                  [("Comptabilité", "compta@" + C.ORG_DOMAIN)], "Facture " + no, body, attachments=[att])


def bon_commande(c):
    no = "BC-%05d" % c.randint(1, 99999)
    rows = [["Code", "Description", "DIN", "Lot demandé", "Qté"],
            ["ECH-01", "Ceftriaxone 250 mg fiole", N.din(c), N.lot(c), str(c.randint(10, 50))],
            ["ECH-07", "Pénicilline G benzathine 2,4 M UI", N.din(c), N.lot(c), str(c.randint(5, 30))],
            ["ECH-12", "Doxycycline 100 mg (100 co)", N.din(c), N.lot(c), str(c.randint(2, 10))],
            ["ECH-19", "Seringues 1 mL + aiguilles 25G", "—", N.lot(c), str(c.randint(200, 800))]]
    att = A.att_xlsx("%s.xlsx" % no, [("Bon de commande", rows)]) if c.chance(0.6) else \
        A.att_csv("%s.csv" % no, rows, charset=c.choice(["windows-1252", "iso-8859-1", "utf-8"]),
                  cte=c.choice(["quoted-printable", "base64", "8bit"]))
    body = ("Bonjour Philippe,\n\nBon de commande %s ci-joint pour la réserve de la clinique. Livraison souhaitée avant "
            "vendredi.\n\nMerci,\n%s" % (no, B.sig(c, "belhadj", "fr")))
    return B.make("purchase_order", "fr", "bon de commande de médicaments en réserve", B.addr("belhadj"),
                  [B.addr("tran")], "Bon de commande " + no, body, attachments=[att])


def inventaire(c):
    rows = [["Article", "Lot", "Expiration", "No série appareil", "Qté"]]
    for item in ["Tests rapides VIH INSTI", "Tests rapides syphilis", "Analyseur point-of-care", "Réfrigérateur vaccins",
                 "Trousses auto-prélèvement", "Centrifugeuse"]:
        serial = N.grouped(N.luhn_serial(c.rng), (3, 3, 3)) if "appareil" in item or item in (
            "Analyseur point-of-care", "Réfrigérateur vaccins", "Centrifugeuse") else ""
        rows.append([item, N.lot(c), C.fmt_date(c.future(c.now.date(), 60, 700), "iso"), serial, str(c.randint(0, 300))])
    asset = N.luhn_serial(c.rng, 10)
    text = ("Inventaire trimestriel complété. Rien sous le seuil sauf les tests syphilis.\n"
            "Étiquette d'actif du nouveau réfrigérateur : %s (à ajouter au registre).\n\nKarim" % N.grouped(asset, (4, 3, 3), "-"))
    att = A.att_csv("inventaire_%s.csv" % c.now.strftime("%Y%m"), rows, charset=c.choice(["utf-8", "windows-1252"]),
                    cte=c.choice(["base64", "quoted-printable"]))
    return B.make("inventory", "fr", "inventaire avec lots et numéros de série", B.addr("belhadj"),
                  [B.addr("quesnel")], "Inventaire T%d" % ((c.now.month - 1) // 3 + 1), text, attachments=[att])


def ti(c):
    kind = c.choice([
        ("Maintenance du DME – samedi", "Le DME sera indisponible samedi de 22 h à 2 h pour la mise à niveau 4.3. "
         "Les champs « NAM » et « Date de naissance » de la fiche patient seront réorganisés; aucune donnée n'est modifiée."),
        ("Alerte hameçonnage", "Nous recevons des courriels frauduleux se présentant comme « Résultats de laboratoire – "
         "action requise ». Ne cliquez pas sur le lien; transférez le message à soutien.ti@%s." % C.ORG_DOMAIN),
        ("Expiration des mots de passe", "Votre mot de passe expire dans 5 jours. Utilisez le portail libre-service. "
         "Rappel : l'authentification multifacteur est obligatoire à partir du 1er avril."),
        ("Remplacement des imprimantes", "Les imprimantes des salles 2 et 5 seront remplacées mardi. Numéros de série "
         "des nouveaux appareils : %s et %s." % (N.grouped(N.luhn_serial(c.rng)), N.grouped(N.luhn_serial(c.rng)))),
    ])
    body = "Bonjour,\n\n%s\n\nMerci,\nThomas Abadie\nSoutien informatique – poste 233" % kind[1]
    return B.make("it_notice", "fr", "avis du soutien informatique", B.addr("abadie"),
                  [("Tout le personnel", "tous@" + C.ORG_DOMAIN)], kind[0], body)


def immeuble(c):
    kind = c.choice([
        ("Ascenseur hors service", "L'ascenseur côté est sera hors service du %s au %s. Les personnes à mobilité réduite "
         "peuvent utiliser l'entrée arrière (rampe)."),
        ("Coupure d'eau", "Coupure d'eau chaude le %s entre 7 h et 11 h pour des travaux de plomberie au 3e étage. "
         "Les toilettes resteront fonctionnelles jusqu'au %s."),
        ("Déneigement du stationnement", "Le stationnement sera déneigé le %s dès 5 h; merci de déplacer vos véhicules "
         "avant 19 h la veille. Reprise normale le %s."),
    ])
    d1 = c.future(c.now.date(), 2, 15)
    body = "Bonjour,\n\n%s\n\nGestion immobilière Les Ormeaux (fictif)\n514-555-0155" % (kind[1] % (
        C.fmt_date(d1, "long", "fr"), C.fmt_date(d1 + dt.timedelta(days=1), "long", "fr")))
    return B.make("facilities", "fr", "avis de la gestion de l'immeuble", ("Gestion Les Ormeaux", "gestion@ormeaux-immo.example"),
                  [("Locataires 4410", "locataires4410@ormeaux-immo.example")], kind[0], body)


def statistiques(c):
    rows = [["Indicateur", "T1", "T2", "T3", "T4"]]
    for ind in ["Dépistages (ITSS)", "Chlamydia positifs", "Gonorrhée positifs", "Syphilis (nouveaux cas)",
                "Nouveaux diagnostics VIH", "Personnes sous PrEP (actives)", "Suivis hormonaux actifs",
                "Lettres pour chirurgie produites"]:
        rows.append([ind] + [str(c.randint(0, 600 if "Dépistages" in ind else 120)) for _ in range(4)])
    text = ("Bonjour,\n\nVoici les statistiques agrégées de l'année pour le rapport annuel. Aucune donnée nominative; "
            "les cellules < 5 seront masquées dans la version publique.\n\n" + B.table_text(rows) + "\n\nMireille")
    atts = [A.att_xlsx("stats_annuelles.xlsx", [("Stats", rows)])] if c.chance(0.5) else []
    return B.make("statistics", "fr", "statistiques agrégées annuelles", B.addr("quesnel"),
                  [("Conseil d'administration", "ca@" + C.ORG_DOMAIN)], "Statistiques annuelles – version préliminaire",
                  text, attachments=atts)


def cas_enseignement(c):
    age = c.randint(19, 64)
    case = c.choice([
        "Personne de %d ans, assignée homme à la naissance, sous estradiol transdermique et spironolactone depuis 2 ans. "
        "K+ 5,4 mmol/L au contrôle. Question : quelle conduite?",
        "Personne de %d ans, sous testostérone depuis 4 ans, Ht 0,55, fumeuse. Question : facteurs contributifs et options?",
        "Personne de %d ans, ulcère génital indolore, RPR 1:64. Question : stade, traitement et suivi sérologique?",
    ]) % age
    body = ("Bonjour aux résident·e·s,\n\nCas pour la discussion de jeudi (cas fictif, entièrement dé-identifié) :\n\n%s\n\n"
            "Lecture suggérée : lignes directrices de la clinique, section 4.\n\nDr Samuel Okafor" % case)
    return B.make("teaching_case", "fr", "cas clinique d'enseignement dé-identifié", B.addr("okafor"),
                  [("Résident·e·s", "residents@" + C.ORG_DOMAIN)], "Cas clinique – jeudi", body)


def formulaire_vierge(c):
    blocks = ["Nom : ______________________   Prénom d'usage : ______________",
              "NAM : ____ ____ ____     Date de naissance : ____/____/______",
              "Adresse : ______________________________________________",
              "Téléphone : ________________   Peut-on laisser un message?  ☐ oui  ☐ non",
              ("h", "Motif de la demande"), "☐ Hormonothérapie   ☐ PrEP   ☐ Dépistage ITSS   ☐ Lettre / attestation",
              "Signature : ______________________   Date : ______________"]
    blocks = [b.replace("☐", "[ ]") if isinstance(b, str) else b for b in blocks]
    att = A.att_docx("Formulaire_inscription_vierge.docx", "Formulaire d'inscription", blocks) if c.chance(0.5) else \
        A.att_pdf("Formulaire_inscription_vierge.pdf", "Formulaire d'inscription", blocks)
    body = ("Bonjour,\n\nVoici la version révisée du formulaire d'inscription (vierge) à imprimer pour l'accueil. "
            "Ajout du champ « prénom d'usage ».\n\nNoémie")
    return B.make("blank_form", "fr", "formulaire d'inscription vierge", B.addr("castonguay"),
                  [("Accueil", "accueil@" + C.ORG_DOMAIN)], "Formulaire d'inscription – version révisée", body,
                  attachments=[att])


def gabarit(c):
    body = ("Bonjour,\n\nVoici le gabarit de publipostage pour les rappels de dépistage :\n\n"
            "-----\nBonjour {{prenom_usage}},\n\nSelon notre dossier, votre dernier dépistage ITSS date du {{date_dernier_test}}. "
            "Nous vous invitons à prendre rendez-vous au %s.\nNAM à apporter : {{nam}}\n\nL'équipe Méridienne\n-----\n\n"
            "Les champs entre accolades sont remplis automatiquement. Merci de relire avant l'envoi de masse.\n\nKarim"
            % C.ORG_TEL)
    return B.make("template", "fr", "gabarit de publipostage avec champs de fusion", B.addr("belhadj"),
                  [B.addr("castonguay")], "Gabarit rappel dépistage", body)


def rupture(c):
    drug = c.choice([("Bicillin L-A (pénicilline G benzathine)", "fin avril"), ("Estradot 100 mcg", "mi-mai"),
                     ("Depo-Testosterone 100 mg/mL, fiole 10 mL", "juin"), ("Truvada générique (certains fabricants)", "mars")])
    body = ("AVIS DE RUPTURE D'APPROVISIONNEMENT\n\nProduit : %s\nDIN : %s\nRetour prévu : %s\n\n"
            "Alternatives suggérées : consulter la pharmacie. Pour les patient·e·s déjà sous traitement, "
            "prévoir une ordonnance de remplacement.\n\nPhilippe Tran, pharmacien" % (drug[0], N.din(c), drug[1]))
    return B.make("drug_shortage", "fr", "avis de rupture d'approvisionnement", B.addr("tran"),
                  [("Prescripteur·rice·s", "prescripteurs@" + C.ORG_DOMAIN)], "Rupture : " + drug[0].split(" (")[0], body)


def rappel_lot(c):
    prod = c.choice(["Condoms Protecto Ultra", "Tests rapides syphilis QuickTrep", "Aiguilles 25G x 5/8 po"])
    lots = ", ".join(N.lot(c) for _ in range(3))
    body = ("RAPPEL VOLONTAIRE – %s\n\nLots visés : %s\nNuméro de série des boîtes : %s\n"
            "Motif : défaut d'emballage pouvant compromettre la stérilité/intégrité.\n"
            "Action : retirer les produits, les mettre en quarantaine et communiquer avec le fournisseur.\n\n"
            "Distributions MedProtec (fictif)" % (prod, lots, N.grouped(N.luhn_serial(c.rng))))
    return B.make("recall", "fr", "rappel de lots d'un produit", ("MedProtec – Qualité", "qualite@medprotec.example"),
                  [("Clients", "clients@medprotec.example")], "Rappel – " + prod, body)


def protocole(c):
    body = ("Bonjour,\n\nLe comité d'éthique (fictif) a approuvé le protocole « Observance de la PrEP sur demande chez les "
            "personnes trans et non binaires ». Résumé :\n- Devis : cohorte prospective, 200 participant·e·s\n"
            "- Critères : 18 ans et plus, PrEP depuis 3 mois ou moins\n- Mesures : questionnaires, taux de ténofovir "
            "capillaire, incidence des ITSS\n\nAucun recrutement avant la formation du personnel le %s.\n\nDre Priya Raman"
            % C.fmt_date(c.future(c.now.date(), 10, 40), "long", "fr"))
    return B.make("research_protocol", "fr", "résumé de protocole de recherche sans participants", B.addr("raman"),
                  [("Équipe clinique", "equipe@" + C.ORG_DOMAIN)], "Protocole approuvé – PrEP sur demande", body)


def bebe(c):
    who = N.staff_name(c)
    d = c.now.date() - dt.timedelta(days=c.randint(1, 6))
    prenom = c.choice(["Romy", "Élio", "Maëlle", "Arthur", "Noor"])
    body = ("Bonjour tout le monde!\n\nC'est avec joie qu'on vous annonce la naissance de %s, né·e le %s à 4 h 12, "
            "%s kg. Tout le monde va bien! %s sera de retour en septembre.\n\nUne carte circule à l'accueil.\n\nMireille"
            % (prenom, C.fmt_date(d, "long", "fr"), c.choice(["3,2", "3,6", "2,9", "4,1"]), who))
    return B.make("staff_news", "fr", "annonce de naissance du bébé d'un membre du personnel", B.addr("quesnel"),
                  [("Tout le personnel", "tous@" + C.ORG_DOMAIN)], "Bienvenue bébé " + prenom + "!", body)


def reunion_ics(c):
    start = dt.datetime.combine(c.future(c.now.date(), 3, 20), dt.time(12, 0))
    ics = A.att_ics("reunion.ics", uid="reunion-%d@%s" % (c.randint(1000, 9999), C.ORG_DOMAIN), start=start,
                    end=start + dt.timedelta(hours=1), summary="Réunion d'équipe – révision de l'ordonnance collective PrEP",
                    location="Salle Ormeaux / Teams", description="Ordre du jour à venir. Dîner fourni.",
                    organizer=("Mireille Quesnel", B.addr("quesnel")[1]),
                    attendees=[("Équipe clinique", "equipe@" + C.ORG_DOMAIN)])
    body = "Bonjour,\n\nInvitation à la réunion d'équipe mensuelle.\n\nMireille"
    return B.make("meeting_invite", "fr", "invitation à une réunion d'équipe", B.addr("quesnel"),
                  [("Équipe clinique", "equipe@" + C.ORG_DOMAIN)], "Réunion d'équipe", body, attachments=[ics])


def carte_contact(c):
    vcf = A.att_vcf("Annika_Lindqvist.vcf", fn="Annika Lindqvist", family="Lindqvist", given="Annika",
                    tel="514-555-0186", email="ordonnances@pharm-parclafrance.example", org="Pharmacie du Parc-Lafrance",
                    title="Pharmacienne propriétaire")
    body = ("Bonjour,\n\nNouvelle pharmacie partenaire pour la PrEP et les hormones. Je vous transmets la fiche contact "
            "de la pharmacienne responsable.\n\nKarim")
    return B.make("vendor_contact", "fr", "fiche contact d'une pharmacienne partenaire", B.addr("belhadj"),
                  [("Équipe clinique", "equipe@" + C.ORG_DOMAIN)], "Nouvelle pharmacie partenaire", body, attachments=[vcf])


def fil_horaire(c):
    who = N.staff_name(c)
    before = c.now - dt.timedelta(hours=c.randint(2, 30))
    orig = ("Bonjour Mireille,\n\nEst-ce que je peux échanger mon soir de jeudi (clinique ITSS) avec le jour de vendredi "
            "de %s? On s'est entendues.\n\nMerci\n%s" % (N.staff_name(c), who))
    body = ("Oui, c'est approuvé. Je mets l'horaire à jour.\n\nMireille\n\n" + B.reply_header("fr", who, before) + "\n"
            + B.quote(orig))
    return B.make("reply", "fr", "réponse au sujet d'un échange de quart", B.addr("quesnel"),
                  [(who, "employe%d@%s" % (c.randint(10, 99), C.ORG_DOMAIN))], "RE: échange de quart", body)


NEG_FR = [horaire, conges, paie, sante_travail, infolettre, comite, colloque, offre_emploi, facture, bon_commande,
          inventaire, ti, immeuble, statistiques, cas_enseignement, formulaire_vierge, gabarit, rupture, rappel_lot,
          protocole, bebe, reunion_ics, carte_contact, fil_horaire]
