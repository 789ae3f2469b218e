"""Hard negatives in French: staff, committees, money, equipment, templates, aggregate data."""
import datetime as _dt

from stdnum import luhn

import gen_attach as A
import gen_common as C
import gen_helpers as H


def luhn_serial(rng, n=9):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def neg(ctx, cat, note):
    return H.spec(ctx, cat, note)


def avis_cer(ctx):
    r = ctx.rng
    sp = neg(ctx, "avis_cer", "research ethics board meeting notice and agenda")
    sp["from"] = ("Jean-François Bédard", C.addr_of("Jean-François", "Bédard"))
    H.add_to(sp, ("Membres du CÉR", "cer-membres@rive-boreale.example"))
    d = ctx.day(r.randint(5, 15))
    rows = [["2024-118", "Dre Hélène Vachon", "Lymphome folliculaire en rechute – anticorps bispécifique", "Nouveau projet"],
            ["2023-077", "Dr Rémi Gosselin", "MPOC sévère – triple association (NFC-0341)", "Amendement 3"],
            ["2022-041", "Dre Marie-Claude Tessier", "Diabète de type 2 et IRC (TLM-505)", "Renouvellement annuel"],
            ["2024-130", "Dr Olivier Provencher", "IC à FE préservée – registre prospectif", "Nouveau projet"],
            ["2021-019", "Dr Samuel Lacasse", "Thromboprophylaxie après PTG (HEM-760)", "Rapport de fin"]]
    r.shuffle(rows)
    rows = rows[:r.randint(3, 5)]
    sp["subject"] = r.choice([f"Convocation – réunion du CÉR du {C.fmt_date(d, 'fr')}", "Ordre du jour CÉR plénier",
                              "CÉR : documents de la prochaine réunion"])
    sp["blocks"] = ["Bonjour à tous les membres,",
                    f"La prochaine réunion plénière du Comité d'éthique de la recherche aura lieu le {C.fmt_date(d, 'fr')} "
                    "à 12 h, salle du conseil (pavillon A, 2e étage) et sur Teams.",
                    ("table", ["No CÉR", "Chercheur(se)", "Titre abrégé", "Objet"], rows),
                    "Les documents sont disponibles dans Nagano. Le quorum est requis; merci de confirmer votre présence "
                    "à Mme Julie St-Onge.",
                    ("sig", C.signature({"display": "Jean-François Bédard", "title": "", "role": "conseiller en éthique, CÉR"},
                                        "fr", r), False)]
    if ctx.chance(0.4):
        sp["attachments"].append(A.att_pdf("Ordre_du_jour_CER.pdf", "Ordre du jour – CÉR plénier",
                                           [("table", ["No", "Chercheur", "Projet", "Objet"], rows)], ctx.chance(0.5), "CÉR"))
    return sp


def stats_recrutement(ctx):
    r = ctx.rng
    sp = neg(ctx, "stats_recrutement", "aggregate recruitment figures per study")
    st = C.staff(r, "fr", "gestionnaire")
    H.sender(sp, st)
    H.add_to(sp, ("Chercheurs URC", "chercheurs-urc@rive-boreale.example"))
    rows = []
    for key in ["cardio", "pneumo", "onco", "endo", "hem"]:
        goal = r.randint(12, 40)
        rows.append([H.AREA[key]["proto"], H.AREA[key]["dx"][0], str(goal), str(r.randint(2, goal)),
                     str(r.randint(0, 9)), str(r.randint(0, 3))])
    month = C.MONTHS_FR[ctx.when.month - 1]
    sp["subject"] = r.choice([f"Tableau de bord recrutement – {month}", "Statistiques de recrutement à jour",
                              f"Recrutement URC {ctx.when.year}"])
    hdr = ["Protocole", "Population", "Cible", "Randomisés", "Échecs sélection", "EIG"]
    sp["blocks"] = ["Bonjour,",
                    f"Voici le portrait du recrutement au 1er {month}. Deux études sont sous la cible et le promoteur de "
                    "TLM-505 nous demande un plan de rattrapage.",
                    ("table", hdr, rows),
                    "Les chiffres excluent les participants du site satellite de Val-des-Pins (données en attente).",
                    ("sig", C.signature(st, "fr", r), False)]
    if ctx.chance(0.5):
        sp["attachments"].append(A.att_xlsx(f"recrutement_{ctx.when.strftime('%Y_%m')}.xlsx", [("Sommaire", hdr, rows)],
                                            st["display"]))
    return sp


def infolettre(ctx):
    r = ctx.rng
    sp = neg(ctx, "infolettre", "research centre newsletter with staff news")
    sp["from"] = ("Communications – Centre de recherche", "communications.recherche@rive-boreale.example")
    H.add_to(sp, ("Personnel du centre de recherche", "tous-recherche@rive-boreale.example"))
    items = [
        "Félicitations à la Dre Hélène Vachon, qui reçoit une subvention de 1,2 M$ pour ses travaux sur le lymphome "
        "folliculaire réfractaire.",
        "Le Dr Rémi Gosselin présentera les résultats intermédiaires de l'étude NFC-0341 sur la MPOC au congrès de "
        "l'Association pulmonaire en mai.",
        "Bienvenue à Mme Valérie Perron, nouvelle assistante de recherche à l'URC de l'Hôpital Sainte-Émilie.",
        "Après 31 ans de service, M. Luc Arsenault prend sa retraite. Un 5 à 7 aura lieu le jeudi 20 juin à la cafétéria.",
        "La Dre Marie-Claude Tessier a été nommée à la présidence du comité scientifique du Réseau diabète Québec.",
        "Rappel : la Journée de la recherche clinique aura lieu le 17 octobre; soumission des résumés jusqu'au 15 août.",
        "Le laboratoire de biobanque déménage au sous-sol du pavillon B; les congélateurs -80 °C seront hors service "
        "48 h.",
    ]
    r.shuffle(items)
    sp["subject"] = r.choice(["L'Écho de la recherche – édition de " + C.MONTHS_FR[ctx.when.month - 1],
                              "Infolettre du centre de recherche", "Nouvelles de l'URC"])
    sp["blocks"] = ["L'Écho de la recherche"] + items[:r.randint(4, 6)] + [
        "Pour vous désabonner, écrivez à communications.recherche@rive-boreale.example."]
    sp["force"] = {"structure": r.choice(["html", "alt"])}
    return sp


def offre_emploi(ctx):
    r = ctx.rng
    sp = neg(ctx, "offre_emploi", "internal job posting for a research position")
    sp["from"] = ("Ressources humaines – recrutement", "rh.recrutement@rive-boreale.example")
    H.add_to(sp, ("Liste de diffusion – soins infirmiers", "si-tous@rive-boreale.example"))
    poste = r.choice(["Infirmière ou infirmier de recherche clinique", "Coordonnatrice ou coordonnateur de recherche",
                      "Assistante ou assistant de recherche – oncologie"])
    sp["subject"] = f"Affichage interne : {poste} (URC-{r.randint(2024001, 2024199)})"
    sp["blocks"] = [f"Affichage interne – {poste}",
                    "Statut : temps complet, poste permanent, 35 h/semaine. Port d'attache : Hôpital Sainte-Émilie, "
                    "pavillon B.",
                    "Responsabilités : coordination d'essais cliniques de phase II-III en oncologie, cardiologie et "
                    "pneumologie; obtention du consentement; saisie dans les cahiers d'observation électroniques; "
                    "déclaration des évènements indésirables; préparation des visites de monitorage.",
                    "Exigences : membre de l'OIIQ (pour le poste infirmier); certification BPC (ICH E6 R2) à jour; "
                    "bilinguisme français-anglais.",
                    "Échelle salariale : 29,94 $ à 51,89 $ l'heure selon l'expérience.",
                    "Pour postuler : transmettre votre CV à rh.recrutement@rive-boreale.example avant le "
                    f"{C.fmt_date(ctx.day(14), 'fr')}. Renseignements : 819 555-0100, poste 2210."]
    return sp


def facture_promoteur(ctx):
    r = ctx.rng
    sp = neg(ctx, "facture_promoteur", "invoice to sponsor for per-visit fees")
    st = ("Peter Vandermeer", C.addr_of("Peter", "Vandermeer"))
    sp["from"] = st
    H.add_to(sp, ("Comptes payables VelaPharm", "ap@velapharm.example"))
    key = r.choice(["cardio", "endo", "pneumo"])
    proto = H.AREA[key]["proto"]
    inv = f"URC-{ctx.when.year}-{r.randint(100, 999)}"
    vend = luhn_serial(r, 9)
    rows = [["Visite de sélection", str(r.randint(2, 8)), "620,00"], ["Visite de randomisation", str(r.randint(2, 6)), "1 150,00"],
            ["Visite de suivi", str(r.randint(5, 20)), "480,00"], ["Frais de pharmacie (mensuel)", "1", "350,00"],
            ["Échec de sélection", str(r.randint(1, 5)), "310,00"]]
    sp["subject"] = r.choice([f"Facture {inv} – {proto}", f"Facturation trimestrielle {proto}", f"Facture {inv}"])
    blocks = [("kv", [("No de facture", inv), ("No de fournisseur", C.fmt_digits(vend, [3, 3, 3], r, False)),
                      ("Protocole", proto), ("Période", f"{C.MONTHS_FR[(ctx.when.month - 2) % 12]} {ctx.when.year}"),
                      ("TPS", "123456789 RT0001"), ("TVQ", "1234567890 TQ0001")]),
              ("table", ["Description", "Qté", "Prix unitaire $"], rows),
              "Paiement par virement à 45 jours. Référence bancaire sur demande."]
    sp["attachments"].append(A.att_pdf(f"Facture_{inv}.pdf", f"Facture {inv}", blocks, ctx.chance(0.5), "Finances recherche"))
    sp["blocks"] = ["Bonjour,", f"Veuillez trouver ci-jointe la facture {inv} pour les activités du protocole {proto}.",
                    "Merci d'indiquer le numéro de facture sur votre paiement.",
                    "Peter Vandermeer\nAgent de finances – recherche\nTél. 819 555-0100, poste 2288"]
    return sp


def bon_commande(ctx):
    r = ctx.rng
    sp = neg(ctx, "bon_commande", "purchase order for lab equipment with serial numbers")
    st = C.staff(r, "fr", "gestionnaire")
    H.sender(sp, st)
    H.add_to(sp, ("Approvisionnement", "approvisionnement@rive-boreale.example"))
    po = f"BC-{r.randint(400000, 499999)}"
    items = [["Congélateur -80 °C 700 L", "ThermoPolar TP-700", C.fmt_digits(luhn_serial(r, 9), [3, 3, 3], r, False), "14 890,00"],
             ["Centrifugeuse réfrigérée", "Rotana 4R", luhn_serial(r, 10), "9 420,00"],
             ["Enregistreur de température", "LogTag TX-2", C.fmt_digits(luhn_serial(r, 9), [3, 3, 3], r, False), "189,00"],
             ["Chaise de prélèvement", "Phlebo-Comfort 2", f"SN {luhn_serial(r, 11)}", "1 260,00"]]
    r.shuffle(items)
    items = items[:r.randint(2, 4)]
    hdr = ["Article", "Modèle", "No de série", "Montant $"]
    sp["subject"] = r.choice([f"Bon de commande {po} – équipement URC", f"Réception {po} : numéros de série",
                              "Commande congélateur et centrifugeuse"])
    sp["blocks"] = ["Bonjour,",
                    f"Voici les numéros de série pour l'inscription au registre des actifs (BC {po}, centre de coût 7720-RECH).",
                    ("table", hdr, items),
                    "Les étiquettes d'actifs (AC-0049xx) ont été posées par le génie biomédical.",
                    ("sig", C.signature(st, "fr", r), False)]
    if ctx.chance(0.4):
        sp["attachments"].append(A.att_csv(f"{po}_series.csv", hdr, items, "windows-1252", "quoted-printable", ";"))
    return sp


def ti_redcap(ctx):
    r = ctx.rng
    sp = neg(ctx, "avis_ti", "IT maintenance notice for the research data platform")
    sp["from"] = ("Soutien informatique – recherche", "ti.recherche@rive-boreale.example")
    H.add_to(sp, ("Utilisateurs REDCap", "redcap-users@rive-boreale.example"))
    d = ctx.day(r.randint(2, 9))
    kind = r.choice(["redcap", "phishing", "vpn"])
    if kind == "redcap":
        sp["subject"] = f"Interruption planifiée REDCap – {C.fmt_date(d, 'fr')}"
        sp["blocks"] = ["Bonjour,", f"La plateforme REDCap sera indisponible le {C.fmt_date(d, 'fr')} de 18 h à 22 h pour "
                        "la mise à niveau vers la version 14.5.", "Les enquêtes programmées seront envoyées après la "
                        "maintenance. Aucune donnée ne sera perdue.", "Luc Arsenault, technicien informatique\nPoste 2301"]
    elif kind == "phishing":
        sp["subject"] = "ALERTE : courriel frauduleux « Mise à jour de votre dossier de paie »"
        sp["blocks"] = ["Bonjour,", "Plusieurs employés ont reçu un courriel prétendant provenir du service de la paie et "
                        "demandant de confirmer votre NAS et vos informations bancaires. Ne cliquez pas sur le lien.",
                        "Le service de la paie ne vous demandera jamais votre numéro d'assurance sociale par courriel.",
                        "Signalez tout courriel suspect à securite@rive-boreale.example."]
    else:
        sp["subject"] = "Nouveau client VPN obligatoire pour l'accès à distance"
        sp["blocks"] = ["Bonjour,", f"À compter du {C.fmt_date(d, 'fr')}, l'accès aux dossiers partagés de l'URC à "
                        "distance nécessitera le nouveau client VPN et l'authentification à deux facteurs.",
                        "Procédure en pièce jointe.", "Soutien informatique – poste 2300"]
        sp["attachments"].append(A.att_pdf("Procedure_VPN.pdf", "Installation du client VPN",
                                           ["1. Télécharger le client depuis le portail.", "2. Enregistrer le jeton.",
                                            "3. Se connecter avec son identifiant réseau."], ctx.chance(0.5), "TI"))
    return sp


def horaire_equipe(ctx):
    r = ctx.rng
    sp = neg(ctx, "horaire_equipe", "team schedule and vacation roster")
    st = C.staff(r, "fr", "gestionnaire")
    H.sender(sp, st)
    H.add_to(sp, ("Équipe URC", "urc-equipe@rive-boreale.example"))
    staff = ["Isabelle Lussier", "Karine Dion", "Mathieu Trudel", "Sophie Carrier", "Nadia Benali", "Valérie Perron"]
    days = ["lun.", "mar.", "mer.", "jeu.", "ven."]
    rows = [[s] + [r.choice(["7h30-15h30", "8h-16h", "Congé", "9h-17h", "Formation", "Télétravail"]) for _ in days]
            for s in staff]
    sp["subject"] = r.choice(["Horaire de la semaine prochaine", "Horaire d'été et vacances", "Horaire URC – mise à jour"])
    sp["blocks"] = ["Bonjour l'équipe,", "Voici l'horaire. Karine est en congé de maladie jusqu'au 14; Sophie la remplace pour "
                    "les visites de l'étude VLP-2207.", ("table", ["Employé(e)"] + days, rows),
                    "Les demandes de vacances pour la période des Fêtes doivent être faites avant le 1er novembre.",
                    ("sig", C.signature(st, "fr", r), False)]
    if ctx.chance(0.5):
        sp["attachments"].append(A.att_xlsx("horaire_URC.xlsx", [("Semaine", ["Employé(e)"] + days, rows)], st["display"]))
    return sp


def sante_travail(ctx):
    r = ctx.rng
    sp = neg(ctx, "sante_securite_travail", "occupational-health follow-up of an employee")
    sp["from"] = ("Santé et sécurité au travail", "sst@rive-boreale.example")
    g, s = r.choice([("Karine", "Dion"), ("Sophie", "Carrier"), ("Nadia", "Benali"), ("Valérie", "Perron")])
    mgr = C.staff(r, "fr", "gestionnaire")
    H.add_to(sp, mgr)
    kind = r.choice(["piqure", "retour", "vaccin"])
    if kind == "piqure":
        sp["subject"] = f"Déclaration d'accident de travail – {g} {s}"
        sp["blocks"] = ["Bonjour,", f"Nous avons reçu la déclaration de {g} {s} (infirmière de recherche) pour une piqûre "
                        f"accidentelle survenue le {C.fmt_date(ctx.day(-2), 'fr')} lors d'un prélèvement.",
                        "Le protocole d'exposition au sang a été appliqué. Sérologies de contrôle de l'employée à 6 semaines "
                        "et 3 mois. Aucun arrêt de travail.", "Merci de compléter la section gestionnaire du formulaire "
                        "ADR avant vendredi.", "Service SST – poste 2150"]
    elif kind == "retour":
        sp["subject"] = f"Retour progressif – {g} {s}"
        sp["blocks"] = ["Bonjour,", f"{g} {s} reprendra le travail en retour progressif à compter du "
                        f"{C.fmt_date(ctx.day(7), 'fr')} (3 jours/semaine pendant 4 semaines), selon le certificat de son "
                        "médecin traitant à la suite de sa chirurgie lombaire.",
                        "Aucune manipulation de charges de plus de 10 kg. Merci d'adapter l'horaire.", "Service SST"]
    else:
        sp["subject"] = "Campagne de vaccination du personnel – URC"
        sp["blocks"] = ["Bonjour,", "La clinique de vaccination du personnel (influenza et COVID-19) sera à l'URC le "
                        f"{C.fmt_date(ctx.day(5), 'fr')} de 9 h à 15 h. {g} {s} a accepté d'agir comme vaccinatrice pair.",
                        "Les employés qui ont une contre-indication peuvent consulter l'infirmière SST en toute "
                        "confidentialité.", "Service SST"]
    return sp


def naissance(ctx):
    r = ctx.rng
    sp = neg(ctx, "annonce_naissance", "staff baby announcement")
    s1 = C.staff(r, "fr", "agente")
    H.sender(sp, s1)
    H.add_to(sp, ("Équipe URC", "urc-equipe@rive-boreale.example"))
    g, s = r.choice([("Isabelle", "Lussier"), ("Mathieu", "Trudel"), ("Émilie", "Brassard"), ("Catherine", "Gingras")])
    bb = r.choice(["Léa", "Florence", "Charlie", "Arthur", "Mila", "Édouard"])
    d = ctx.day(-r.randint(1, 4))
    sp["subject"] = r.choice([f"Bienvenue à {bb}!", "Bonne nouvelle dans l'équipe!", "Naissance dans l'équipe"])
    sp["blocks"] = ["Bonjour tout le monde,",
                    f"{g} {s} nous annonce la naissance de {bb}, né(e) le {C.fmt_date(d, 'fr')} à {r.randint(1, 23)} h "
                    f"{r.randint(10, 59)}, {r.choice(['3,1', '3,45', '2,9', '3,8'])} kg. Maman et bébé se portent bien!",
                    "Une carte circule au secrétariat jusqu'à vendredi si vous voulez signer.",
                    s1["given"]]
    sp["force"] = {"structure": r.choice(["html", "alt", "plain"])}
    return sp


def gabarit(ctx):
    r = ctx.rng
    sp = neg(ctx, "gabarit_vierge", "blank screening-log and consent templates")
    st = C.staff(r, "fr", "coordonna")
    H.sender(sp, st)
    H.add_to(sp, ("Équipe URC", "urc-equipe@rive-boreale.example"))
    kind = r.choice(["registre", "fci", "both"])
    hdr = ["Nom", "Prénom", "Date de naissance", "Sexe", "NAM", "No dossier", "Critères I/E", "Statut"]
    if kind in ("registre", "both"):
        sp["attachments"].append(A.att_xlsx("GABARIT_registre_preselection_v3.xlsx",
                                            [("Registre", hdr, [["", "", "AAAA-MM-JJ", "F/M", "XXXX 0000 0000", "", "", ""]])],
                                            st["display"]))
    if kind in ("fci", "both"):
        sp["attachments"].append(A.att_docx("Gabarit_FCI_v5.docx", "Formulaire d'information et de consentement",
                                            [("kv", [("Titre du projet", "[titre]"), ("Chercheur principal", "[nom du chercheur]"),
                                                     ("Nom du participant", "«NOM_PARTICIPANT»"),
                                                     ("Date de naissance", "«DDN»"), ("NAM", "«NAM»")]),
                                             "Vous êtes invité(e) à participer à un projet de recherche. ...",
                                             "Signature du participant : ____________  Date : ________"], st["display"]))
    sp["subject"] = r.choice(["Nouveaux gabarits (registre de présélection, FCI)", "Gabarits à jour – à utiliser dès lundi",
                              "Modèles de documents URC"])
    sp["blocks"] = ["Bonjour,", "Voici les gabarits révisés suite à l'audit interne. Les champs entre guillemets « » sont "
                    "remplis par publipostage; ne pas modifier les en-têtes.",
                    "Rappel : les registres complétés ne doivent jamais être envoyés par courriel à l'externe.",
                    ("sig", C.signature(st, "fr", r), False)]
    return sp


def rupture(ctx):
    r = ctx.rng
    sp = neg(ctx, "avis_rupture", "drug shortage or recall notice with lot numbers")
    sp["from"] = ("Département de pharmacie", "pharmacie.avis@rive-boreale.example")
    H.add_to(sp, ("Prescripteurs et infirmières", "avis-pharmacie@rive-boreale.example"))
    drug = r.choice([("salbutamol 100 mcg aérosol", "lévosalbutamol ou terbutaline Turbuhaler"),
                     ("furosémide 10 mg/mL injectable", "bumétanide injectable"),
                     ("pantoprazole IV 40 mg", "ésoméprazole IV")])
    lots = [f"{r.choice('ABCDEFGHK')}{r.randint(10000, 99999)}" for _ in range(3)]
    kind = r.choice(["rupture", "rappel"])
    if kind == "rupture":
        sp["subject"] = f"Avis de rupture : {drug[0]}"
        sp["blocks"] = ["Avis aux prescripteurs", f"Le fournisseur nous avise d'une rupture de {drug[0]} prévue jusqu'à la fin "
                        f"de {C.MONTHS_FR[(ctx.when.month + 1) % 12]}.", f"Alternative proposée : {drug[1]}. Les patients "
                        "des études cliniques doivent continuer à recevoir le produit fourni par le promoteur.",
                        "Département de pharmacie – poste 2400"]
    else:
        sp["subject"] = f"Rappel de lots – {drug[0]}"
        sp["blocks"] = ["Avis de rappel (niveau II)", f"Santé Canada annonce le rappel des lots {', '.join(lots)} de "
                        f"{drug[0]} (défaut d'étanchéité).", "Veuillez retourner les unités de ces lots à la pharmacie. "
                        "Aucune action n'est requise auprès des patients.", "Département de pharmacie"]
    return sp


def cas_enseignement(ctx):
    r = ctx.rng
    sp = neg(ctx, "cas_enseignement", "de-identified teaching case for journal club")
    pi = H.pi_of(ctx, r.choice(["onco", "cardio", "endo"]))
    H.sender(sp, pi)
    H.add_to(sp, ("Résidents et équipe de recherche", "club-lecture@rive-boreale.example"))
    case = r.choice([
        "Une femme de 67 ans, ex-fumeuse, consulte pour une toux persistante. La TDM montre une masse du LSD de 4 cm. "
        "La biopsie confirme un adénocarcinome avec mutation KRAS G12C. Quelles options en 2e ligne?",
        "Un homme de 72 ans avec IC à FE préservée est hospitalisé pour une décompensation. NT-proBNP 3 800. "
        "Quel est le niveau de preuve pour les iSGLT2 dans cette population?",
        "Une femme de 58 ans avec diabète de type 2 et DFGe 38 présente une HbA1c à 9,1 % sous metformine. "
        "Discussion : choix du prochain agent selon les lignes directrices 2024."])
    sp["subject"] = r.choice(["Club de lecture – cas de jeudi", "Cas clinique pour la discussion", "Cas pour les résidents"])
    sp["blocks"] = ["Bonjour à tous,", "Voici le cas (dépersonnalisé) pour le club de lecture de jeudi midi :", case,
                    "Article à lire : voir le lien dans l'invitation Teams.", ("sig", C.signature(pi, "fr", r), False)]
    return sp


def rappel_bpc(ctx):
    r = ctx.rng
    sp = neg(ctx, "rappel_formation_bpc", "GCP certification expiry reminder for staff")
    st = C.staff(r, "fr", "gestionnaire")
    H.sender(sp, st)
    H.add_to(sp, ("Équipe URC", "urc-equipe@rive-boreale.example"))
    rows = []
    for g, s, _, role in r.sample(C.STAFF_FR, 6):
        rows.append([f"{g} {s}", role, _dt.date(2024 + r.randint(0, 1), r.randint(1, 12), r.randint(1, 28)).isoformat()])
    sp["subject"] = "Rappel : certification BPC et TCPS 2 à renouveler"
    sp["blocks"] = ["Bonjour,", "Les certifications suivantes arrivent à échéance. Le promoteur exige un certificat valide "
                    "pour tout membre inscrit au registre de délégation.", ("table", ["Nom", "Fonction", "Échéance"], rows),
                    "Formation en ligne gratuite via le portail CITI Canada (environ 4 h).",
                    ("sig", C.signature(st, "fr", r), False)]
    return sp


def amendement(ctx):
    r = ctx.rng
    key = r.choice(["endo", "cardio", "onco"])
    a = H.AREA[key]
    sp = neg(ctx, "amendement_protocole", "protocol amendment summary without participants")
    st = C.staff(r, "fr", "coordonna")
    H.sender(sp, st)
    H.add_to(sp, ("Chercheurs URC", "chercheurs-urc@rive-boreale.example"))
    sp["subject"] = f"Amendement {r.randint(2, 5)} au protocole {a['proto']} – résumé des changements"
    chg = {"endo": ["Critère d'inclusion 4 : DFGe ≥ 25 (au lieu de ≥ 30) mL/min/1,73 m2.",
                    "Ajout d'un dosage de la lipase aux visites 3 et 6.",
                    "Exclusion des patients ayant reçu un agoniste GLP-1 dans les 90 jours (au lieu de 180)."],
           "cardio": ["FEVG ≥ 45 % (au lieu de ≥ 50 %).", "NT-proBNP ≥ 200 ng/L en rythme sinusal, ≥ 600 en FA.",
                      "Visite téléphonique ajoutée à la semaine 2."],
           "onco": ["Ajout d'une cohorte d'expansion en association avec le pembrolizumab.",
                    "Surveillance hépatique hebdomadaire pendant les 8 premières semaines.",
                    "Modification du schéma de réduction de dose (960 → 720 → 480 mg)."]}[key]
    sp["blocks"] = ["Bonjour,", f"Le promoteur a soumis l'amendement pour {a['proto']} ({a['dx'][0]}). Principaux changements :",
                    "\n".join(f"- {c}" for c in chg), "Le FCI devra être révisé (v6.0) et approuvé par le CÉR avant "
                    "re-consentement des participants actifs.", ("sig", C.signature(st, "fr", r), False)]
    if ctx.chance(0.4):
        sp["attachments"].append(A.att_pdf(f"{a['proto']}_resume_amendement.pdf", f"Résumé de l'amendement – {a['proto']}",
                                           chg, ctx.chance(0.5), "VelaPharm"))
    return sp


def excursion(ctx):
    r = ctx.rng
    sp = neg(ctx, "excursion_temperature", "temperature excursion report for study drug storage")
    st = C.staff(r, "fr", "pharm")
    H.sender(sp, st)
    H.add_to(sp, ("Sabrina Mercier", "sabrina.mercier@northfield-cro.example"))
    fr = luhn_serial(r, 10)
    kits = [f"K{r.randint(100000, 999999)}" for _ in range(r.randint(3, 6))]
    sp["subject"] = r.choice(["Excursion de température – réfrigérateur pharmacie recherche",
                              f"Excursion T° – kits {H.AREA[r.choice(['cardio', 'endo'])]['proto']}"])
    sp["blocks"] = ["Bonjour,", f"Une excursion a été détectée la nuit dernière sur le réfrigérateur no de série {fr} "
                    f"(enregistreur {C.fmt_digits(luhn_serial(r, 9), [3, 3, 3], r, False)}) : max 11,4 °C pendant 47 min.",
                    f"Kits en quarantaine : {', '.join(kits)} (lot {r.choice('ABCD')}{r.randint(1000, 9999)}, exp. "
                    f"{ctx.day(300).isoformat()}).", "Merci de confirmer si les kits peuvent être utilisés. Le rapport "
                    "de l'enregistreur est joint.", ("sig", C.signature(st, "fr", r), False)]
    log = [[f"{ctx.day(-1).isoformat()} {h:02d}:{m:02d}", f"{t:.1f}"] for h, m, t in
           [(1, 0, 4.8), (1, 30, 7.9), (2, 0, 10.6), (2, 15, 11.4), (2, 45, 6.2), (3, 0, 4.9)]]
    sp["attachments"].append(A.att_csv(f"logger_{fr}.csv", ["horodatage", "temp_C"], log, "us-ascii", "7bit"))
    return sp


def affiche_recrutement(ctx):
    r = ctx.rng
    key = r.choice(["pneumo", "endo", "cardio"])
    sp = neg(ctx, "affiche_recrutement", "draft public recruitment ad for a study")
    st = C.staff(r, "fr", "coordonna")
    H.sender(sp, st)
    H.add_to(sp, ("Communications – Centre de recherche", "communications.recherche@rive-boreale.example"))
    txt = {"pneumo": "Vous avez la MPOC et vous essoufflez au moindre effort? Vous avez 40 ans ou plus?",
           "endo": "Vous vivez avec le diabète de type 2 et une maladie rénale? Vous avez entre 18 et 80 ans?",
           "cardio": "Vous avez de l'insuffisance cardiaque et vous êtes souvent fatigué(e)?"}[key]
    sp["subject"] = "Texte de l'affiche de recrutement – à approuver"
    sp["blocks"] = ["Bonjour,", "Voici le texte approuvé par le CÉR pour l'affiche et la publication Facebook :",
                    ("pre", f"{txt}\nVous pourriez participer à une étude de recherche clinique.\n"
                            f"Compensation financière pour vos déplacements.\n"
                            f"Renseignements : Unité de recherche clinique, 819 555-0100, poste 4321\n"
                            f"urc@rive-boreale.example – Hôpital Sainte-Émilie, 800 boul. des Forges, Trois-Lacs"),
                    ("sig", C.signature(st, "fr", r), False)]
    return sp


def releve_paie(ctx):
    r = ctx.rng
    sp = neg(ctx, "avis_paie", "payroll notice to staff")
    sp["from"] = ("Service de la paie", "paie@rive-boreale.example")
    H.add_to(sp, ("Tout le personnel", "tous@rive-boreale.example"))
    kind = r.choice(["releve", "retro", "depot"])
    if kind == "releve":
        sp["subject"] = "Vos relevés 1 et T4 sont disponibles dans Logibec"
        sp["blocks"] = ["Bonjour,", "Vos feuillets fiscaux (Relevé 1 et T4) sont disponibles dans le portail employé.",
                        "Si votre numéro d'assurance sociale ou votre adresse a changé, mettez à jour votre dossier "
                        "(formulaire RH-114). Ne transmettez jamais votre NAS par courriel.", "Service de la paie"]
    elif kind == "retro":
        sp["subject"] = "Versement de la rétroactivité salariale"
        sp["blocks"] = ["Bonjour,", f"La rétroactivité prévue à la convention collective sera versée sur la paie du "
                        f"{C.fmt_date(ctx.day(10), 'fr')}.", "Les montants figureront sur un talon distinct.",
                        "Service de la paie – poste 2100"]
    else:
        sp["subject"] = "Changement de date de dépôt – congé férié"
        sp["blocks"] = ["Bonjour,", f"En raison du congé férié, le dépôt de la paie sera devancé au "
                        f"{C.fmt_date(ctx.day(3), 'fr')}.", "Service de la paie"]
    return sp


def journee_recherche(ctx):
    r = ctx.rng
    sp = neg(ctx, "programme_journee_recherche", "research day programme with speakers and topics")
    sp["from"] = ("Comité organisateur – Journée de la recherche", "journee.recherche@rive-boreale.example")
    H.add_to(sp, ("Tous – recherche", "tous-recherche@rive-boreale.example"))
    d = ctx.day(r.randint(10, 30))
    rows = [["8 h 30", "Dre Hélène Vachon", "Les anticorps bispécifiques dans le lymphome : où en sommes-nous?"],
            ["9 h 15", "Dr Rémi Gosselin", "MPOC : la triple thérapie change-t-elle le pronostic?"],
            ["10 h 30", "Dre Marie-Claude Tessier", "Diabète de type 2 et rein : nouvelles cibles"],
            ["11 h 15", "Dr Olivier Provencher", "Insuffisance cardiaque à FE préservée chez la personne âgée"],
            ["13 h 30", "Isabelle Lussier", "Consentement éclairé : leçons de l'audit 2023"]]
    sp["subject"] = f"Programme – Journée de la recherche clinique ({C.fmt_date(d, 'fr')})"
    sp["blocks"] = ["Bonjour,", f"Voici le programme de la Journée de la recherche clinique du {C.fmt_date(d, 'fr')}, "
                    "amphithéâtre du pavillon A.", ("table", ["Heure", "Conférencier(ère)", "Sujet"], rows),
                    "Inscription obligatoire (gratuit, dîner fourni). Crédits de formation reconnus."]
    if ctx.chance(0.6):
        start = _dt.datetime.combine(d, _dt.time(8, 30))
        sp["attachments"].append(A.att_ics("journee_recherche.ics", A.ics(
            f"{C.hexid(r, 16)}@{C.DOM}", "Journée de la recherche clinique", start, start + _dt.timedelta(hours=8),
            "Amphithéâtre, pavillon A", "Programme joint au courriel", ("Comité organisateur", "journee.recherche@rive-boreale.example"),
            _dt.datetime(ctx.when.year, ctx.when.month, ctx.when.day, 12, 0, 0)), r.choice(["7bit", "quoted-printable", "8bit"])))
    return sp


def susar(ctx):
    r = ctx.rng
    key = r.choice(["cardio", "onco", "endo", "hem"])
    a = H.AREA[key]
    sp = neg(ctx, "avis_susar", "sponsor SUSAR notification with coded subject from another site")
    sp["from"] = ("Sabrina Mercier", "sabrina.mercier@velapharm.example")
    H.add_to(sp, H.pi_of(ctx, key))
    H.add_cc(sp, H.URC_BOX)
    code = f"{r.choice(['112', '205', '318', '402'])}-{r.randint(1, 80):04d}"
    sp["subject"] = f"Avis de SUSAR – {a['proto']} – rapport {r.randint(10000, 99999)}"
    sp["blocks"] = ["Madame, Monsieur l'investigateur,",
                    f"Conformément à la réglementation, nous vous informons d'une réaction indésirable grave et inattendue "
                    f"survenue chez un participant d'un autre site (sujet {code}, {r.choice(['femme', 'homme'])}, "
                    f"{r.choice(['60-69', '70-79', '50-59'])} ans) de l'étude {a['proto']} : {r.choice(a['ae'])[0]}.",
                    "L'évaluation du promoteur : lien de causalité possible. Aucune modification du protocole n'est requise "
                    "pour le moment. Merci de transmettre cet avis à votre CÉR selon ses exigences.",
                    "Pharmacovigilance, VelaPharm Canada"]
    return sp


TEMPLATES = [avis_cer, stats_recrutement, infolettre, offre_emploi, facture_promoteur, bon_commande, ti_redcap,
             horaire_equipe, sante_travail, naissance, gabarit, rupture, cas_enseignement, rappel_bpc, amendement,
             excursion, affiche_recrutement, releve_paie, journee_recherche, susar]
