"""Non-confidential (hard negative) messages written in French."""
import datetime

import gen_clinical as K
import gen_common as C
import gen_tpl as T


def garde(ctx):
    chef = ctx.staff("manager")
    docs = [ctx.staff("anes") for _ in range(6)] + [ctx.staff("algo") for _ in range(3)]
    start = ctx.today + datetime.timedelta(days=(7 - ctx.today.weekday()) % 7 + 7)
    rows = [["Semaine du", "Garde anesthésie HSA", "Garde HPS", "Douleur aiguë (APS)"]]
    for w in range(4):
        d = start + datetime.timedelta(days=7 * w)
        rows.append([d.isoformat(), ctx.dr(ctx.pick(docs[:6])), ctx.dr(ctx.pick(docs[:6])), ctx.dr(ctx.pick(docs[6:]))])
    text = (f"Bonjour à tous,\n\nVoici l'horaire de garde des quatre prochaines semaines. Les échanges doivent "
            f"être approuvés par moi au moins 72 h à l'avance.\n\n{C.table_text(rows)}\n\n{ctx.sig(chef, 'preop')}")
    html = C.text_to_html("Bonjour à tous,\n\nVoici l'horaire de garde des quatre prochaines semaines. Les échanges "
                          "doivent être approuvés par moi au moins 72 h à l'avance.",
                          extra_after=C.table_html(rows) + "<pre>" + C.esc(ctx.sig(chef, 'preop')) + "</pre>")
    T.mail(ctx, chef, [T.shared_box(ctx, "anesthesie.md", "Anesthésiologistes HR", "Anaesthesia group")],
           ctx.pick(["Horaire de garde – prochain bloc", "Garde anesthésie : 4 semaines", "Horaire de garde"]),
           text, html=html if ctx.chance(0.6) else None)
    if ctx.chance(0.3):
        T.att_xlsx(ctx, "Horaire de garde – été.xlsx", [("Garde", rows)], author=chef.full)
    return ctx.finish("schedule", "on-call schedule for anaesthesiologists")


def conges(ctx):
    hr = ctx.staff("manager")
    emp = ctx.staff("nurse")
    d1 = T.appt(ctx, 20, 90).date()
    d2 = d1 + datetime.timedelta(days=ctx.pick([4, 9, 11]))
    text = (f"Bonjour {emp.given},\n\nTa demande de congé du {C.fmt_date(d1, 'long_fr')} au "
            f"{C.fmt_date(d2, 'long_fr')} est approuvée. {ctx.pick(['Pense à remettre ta feuille de temps.', 'Le remplacement à la CPO sera assuré par l’équipe volante.', 'Il te reste 6 jours de vacances à planifier avant le 30 avril.'])}"
            f"\n\nBonnes vacances!\n\n{ctx.sig(hr, 'preop')}")
    T.mail(ctx, hr, [emp], ctx.pick(["Congé approuvé", "RE: Demande de vacances", "Vacances – confirmation"]), text)
    if "RE:" in ctx.msg.subject:
        ctx.msg.text += T.quoted_block(ctx, (emp.full, emp.email()), (hr.full, hr.email()), "Demande de vacances",
                                       f"Bonjour,\nJe souhaiterais prendre congé du {C.fmt_date(d1, 'iso')} au "
                                       f"{C.fmt_date(d2, 'iso')}.\nMerci\n{emp.given}", days_before=3)
    return ctx.finish("hr", "leave approval for an employee")


def paie(ctx):
    hr = ctx.staff("hr")
    text = (f"Bonjour à tous,\n\nLes relevés 1 et feuillets T4 de l'année 2024 sont disponibles dans le portail "
            f"employé (section Mes documents). Votre numéro d'employé à 6 chiffres et votre mot de passe habituel "
            f"sont requis.\n\nRappel : la rétroactivité salariale prévue à la convention collective "
            f"(2,8 % au 1er avril) sera versée sur la paie du {C.fmt_date(T.appt(ctx).date(), 'long_fr')}.\n\n"
            f"Pour toute question : paie@{C.DOMAIN}, poste 4410.\n\n{ctx.sig(hr, 'preop')}")
    T.mail(ctx, hr, [T.shared_box(ctx, "tous.employes", "Tous les employés – RSHR", "All staff")],
           ctx.pick(["Relevés fiscaux disponibles", "Paie : rétroactivité et relevés 1", "Avis de la paie"]), text)
    return ctx.finish("payroll", "payroll notice about tax slips")


def infolettre(ctx):
    comm = ctx.staff("coord")
    d1, d2, d3 = ctx.staff("algo"), ctx.staff("anes"), ctx.staff("physio")
    items = [
        (f"{ctx.dr(d1)} se joint à l'équipe", f"{ctx.dr(d1)}, spécialiste de la névralgie du trijumeau et du SDRC, "
         f"commencera ses cliniques le lundi. Bienvenue!"),
        ("Fibromyalgie : nouveau groupe d'éducation", f"Animé par {d3.full}, physiothérapeute, le groupe de 8 "
         f"semaines accueille les patients atteints de fibromyalgie référés par la clinique."),
        ("Chiffres du trimestre", "1 284 visites, 312 nouvelles consultations, délai médian de 214 jours pour une "
         "priorité P4 (–9 %)."),
        (f"Bravo à {ctx.dr(d2)}", f"{ctx.dr(d2)} a reçu le prix d'enseignement des résidents pour son atelier sur "
         f"l'échographie des blocs périphériques."),
    ]
    text = "INFOLETTRE — Clinique de la douleur chronique\n\n" + "\n\n".join(f"■ {a}\n{b}" for a, b in items) + \
        f"\n\nPour vous désabonner, répondez « STOP ».\n\n{ctx.sig(comm, 'pain')}"
    html = ("<html><body style=\"font-family:Georgia,serif\"><h2>Infolettre — Clinique de la douleur chronique</h2>"
            + "".join(f"<h3>{C.esc(a)}</h3><p>{C.esc(b)}</p>" for a, b in items)
            + f"<hr><p style=\"font-size:9pt\">{C.esc(C.HOSPITALS[0][0])} · {C.esc(C.HOSPITALS[0][2])}</p></body></html>")
    T.mail(ctx, comm, [T.shared_box(ctx, "douleur.equipe", "Équipe douleur", "Pain team")],
           ctx.pick(["Infolettre – printemps 2025", "Nouvelles de la clinique", "L'Écho de la douleur – no 14"]),
           text, html=html)
    return ctx.finish("newsletter", "clinic newsletter with staff and disease topics")


def comite(ctx):
    pharm = ctx.staff("pharm")
    members = [ctx.staff("anes"), ctx.staff("algo"), ctx.staff("nurse"), ctx.staff("manager")]
    points = ["Adoption du procès-verbal du 14 février",
              "Protocole de perfusion de kétamine à faible dose : révision",
              "Suivi de la distribution de naloxone au congé (taux : 41 %)",
              "Retrait de la mépéridine du formulaire",
              f"Présentation de {ctx.dr(members[1])} : usage des opioïdes après arthroplastie",
              "Varia"]
    text = (f"Bonjour,\n\nVoici l'ordre du jour du comité de pharmacologie et de thérapeutique de jeudi, 12 h, "
            f"salle 2-104 (Teams disponible).\n\nMembres convoqués : "
            + ", ".join(f"{m.honorific('fr')} {m.full}" if m.role not in ("anes", "algo") else ctx.dr(m)
                        for m in members)
            + "\n\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(points, 1))
            + f"\n\n{ctx.sig(pharm, 'pain')}")
    T.mail(ctx, pharm, members, ctx.pick(["Ordre du jour – CPT", "Comité de pharmacologie : convocation"]), text)
    if ctx.chance(0.4):
        T.att_docx(ctx, "ODJ_comité_pharmaco.docx", [("h", "Comité de pharmacologie et de thérapeutique"),
                                         ("bullets", points)], author=pharm.full)
    return ctx.finish("committee", "pharmacy and therapeutics committee agenda")


def congres(ctx):
    org = ctx.staff("coord")
    sp = [ctx.staff("algo"), ctx.staff("anes"), ctx.staff("psy"), ctx.staff("physiat")]
    prog = [["Heure", "Conférencier", "Sujet"],
            ["8 h 30", ctx.dr(sp[0]), "SDRC : ce qui a changé depuis les critères de Budapest"],
            ["9 h 15", ctx.dr(sp[1]), "Blocs du plan du muscle érecteur du rachis"],
            ["10 h 30", sp[2].full + ", psychologue", "Catastrophisation et douleur chronique"],
            ["11 h 15", ctx.dr(sp[3]), "Lombalgie : retour au travail"],
            ["13 h 30", "Table ronde", "Déprescription des opioïdes en première ligne"]]
    text = (f"Bonjour,\n\nLe 9e colloque régional sur la douleur aura lieu le {C.fmt_date(T.appt(ctx, 30, 80).date(), 'long_fr')} "
            f"à l'auditorium du {C.HOSPITALS[2][0]} ({C.HOSPITALS[2][1]}).\n\n{C.table_text(prog)}\n\nInscription gratuite pour le "
            f"personnel du réseau; 6 heures de formation reconnues.\n\n{ctx.sig(org, 'pain')}")
    T.mail(ctx, org, [T.shared_box(ctx, "tous.medecins", "Médecins du réseau", "All physicians")],
           ctx.pick(["Colloque régional sur la douleur – programme", "Programme du colloque", "Save the date – colloque"]),
           text)
    if ctx.chance(0.6):
        T.att_pdf(ctx, ctx.pick(["programme_colloque.pdf", "Programme – colloque régional.pdf"]), [("h", "9e colloque régional sur la douleur"), ("table", prog)])
    return ctx.finish("conference", "regional pain symposium programme")


def affichage(ctx):
    hr = ctx.staff("hr")
    text = (f"AFFICHAGE INTERNE — Poste no {ctx.rng.randrange(2025000, 2025999)}\n\nTitre : infirmière clinicienne / "
            f"infirmier clinicien — Clinique préopératoire\nStatut : temps complet permanent, jour\nSalaire : selon "
            f"l'échelle (31,45 $ à 54,46 $/h)\n\nResponsabilités : évaluation préopératoire, enseignement au patient, "
            f"coordination des bilans, suivi des consignes d'anticoagulation.\nExigences : BSc inf., 2 ans "
            f"d'expérience en chirurgie ou soins critiques, bilinguisme un atout.\n\nPostulez avant le "
            f"{C.fmt_date(T.appt(ctx, 10, 20).date(), 'long_fr')} : emplois@{C.DOMAIN}\n\n{ctx.sig(hr, 'preop')}")
    T.mail(ctx, hr, [T.shared_box(ctx, "affichages", "Affichages internes", "Internal postings")],
           ctx.pick(["Affichage – infirmière clinicienne CPO", "Offre d'emploi : CPO"]), text)
    return ctx.finish("job_posting", "internal job posting")


def facture(ctx):
    buyer = ctx.staff("buyer")
    vendor, vdom = ctx.pick([("MédiSource Québec inc.", "medisource-quebec.example"),
                             ("NeuroTek Canada ltée", "neurotek-canada.example"),
                             ("Fournitures chirurgicales Laval inc.", "fournitures-chirurgicales-laval.example")])
    items = [["Article", "Description", "Lot", "No de série", "Qté", "Prix"]]
    total = 0.0
    for desc in ctx.rng.sample(["Canule RF 20G 100 mm 10 mm pointe active", "Électrode de stimulation test 8 contacts",
                                "Trousse de bloc nerveux échoguidé", "Aiguille Tuohy 18G", "Générateur RF — entretien"], 3):
        qty = ctx.rng.randrange(1, 20)
        price = ctx.rng.randrange(40, 900) + 0.5
        total += qty * price
        items.append([f"{ctx.rng.randrange(10000, 99999)}", desc, f"L{ctx.rng.randrange(100000, 999999)}",
                      C.luhn_serial(ctx.rng, 10), str(qty), f"{qty * price:,.2f} $".replace(",", " ")])
    inv = f"F-{ctx.rng.randrange(100000, 999999)}"
    kv = [("Facture", inv), ("Client", "Clinique de la douleur — HSA"), ("Bon de commande", f"BC{ctx.rng.randrange(10**6, 10**7)}"),
          ("No fournisseur", C.luhn_serial(ctx.rng, 9)), ("Total", f"{total * 1.14975:,.2f} $ (taxes incl.)")]
    text = (f"Bonjour,\n\nVeuillez trouver ci-jointe la facture {inv}. Paiement net 30 jours.\n\n"
            f"Service à la clientèle\n{vendor}\n1-800-555-01{ctx.rng.randrange(100):02d}")
    T.mail(ctx, ("Facturation " + vendor, "facturation@" + vdom), [buyer],
           f"Facture {inv}", text)
    T.att_pdf(ctx, f"Facture_{inv}.pdf", [("h", vendor), ("kv", kv), ("table", items)])
    return ctx.finish("invoice", "vendor invoice with lot and serial numbers")


def inventaire(ctx):
    tech = ctx.staff("nurse")
    mgr = ctx.staff("manager")
    rows = [["Actif", "Modèle", "No de série", "Emplacement", "Dernier entretien", "Statut"]]
    for i in range(ctx.rng.randrange(8, 15)):
        rows.append([f"GBM-{ctx.rng.randrange(10000, 99999)}", ctx.pick(["Pompe ACP CADD-Solis", "Pompe volumétrique",
                                                                       "Échographe portable", "Générateur RF 4 canaux"]),
                     C.luhn_serial(ctx.rng, ctx.pick([9, 10, 12])), ctx.pick(["CPO", "Salle 2", "Clinique douleur", "SSPI"]),
                     (ctx.today - datetime.timedelta(days=ctx.rng.randrange(10, 400))).isoformat(),
                     ctx.pick(["OK", "OK", "À calibrer", "Hors service"])])
    text = (f"{T.hello(ctx, mgr)}\n\nInventaire des équipements à jour en pièce jointe; trois appareils sont dus "
            f"pour l'entretien préventif du génie biomédical.\n\n{ctx.sig(tech, 'pain', short=True)}")
    T.mail(ctx, tech, [mgr], ctx.pick(["Inventaire équipements", "Inventaire pompes et échographes"]), text)
    if ctx.chance(0.5):
        T.att_xlsx(ctx, "inventaire_équipements.xlsx", [("Inventaire", rows)], author=tech.full)
    else:
        T.att_csv(ctx, "inventaire.csv", rows)
    return ctx.finish("inventory", "equipment inventory with serial numbers")


def ti(ctx):
    it = ctx.staff("it")
    kind = ctx.pick(["migration", "phishing", "mdp"])
    if kind == "migration":
        subj = "Interruption du DME – samedi 2 h à 6 h"
        body = ("Le dossier médical électronique sera indisponible samedi de 2 h à 6 h pour la mise à niveau. "
                "Utilisez les formulaires papier de relève (armoire rouge). Les résultats de laboratoire seront "
                "imprimés dans chaque unité.")
    elif kind == "phishing":
        subj = "ALERTE : courriel frauduleux « Votre boîte est pleine »"
        body = ("Un courriel frauduleux circule, prétendant provenir du Service informatique. Ne cliquez pas sur le "
                "lien et ne saisissez jamais votre mot de passe. Transférez-le à securite@" + C.DOMAIN + ".")
    else:
        subj = "Votre mot de passe expire dans 5 jours"
        body = ("Votre mot de passe réseau expirera bientôt. Changez-le depuis un poste du réseau (Ctrl+Alt+Suppr) "
                "ou via le portail. Minimum 14 caractères.")
    T.mail(ctx, it, [T.shared_box(ctx, "tous.employes", "Tous les employés", "All staff")], subj,
           f"Bonjour,\n\n{body}\n\nCentre de services TI — poste 5555\n{it.full}, {ctx.role_title('it', it)}")
    return ctx.finish("it", "IT notice")


def installations(ctx):
    fm = ctx.staff("coord")
    subj, body = ctx.pick([
        ("Ascenseur B hors service", "L'ascenseur B (aile des cliniques externes) sera hors service du 3 au 7 mars. "
         "Les patients en fauteuil roulant doivent être dirigés vers l'ascenseur A."),
        ("Coupure d'eau chaude – 2e étage", "Une coupure d'eau chaude est prévue mardi de 13 h à 16 h au 2e étage "
         "(clinique de la douleur et CPO)."),
        ("Stationnement P3 : travaux", "Le stationnement P3 sera fermé pour le marquage. Les employés peuvent "
         "utiliser le P5 sans frais.")])
    T.mail(ctx, fm, [T.shared_box(ctx, "hsa.tous", "HSA – tous", "HSA all staff")], subj,
           f"Bonjour,\n\n{body}\n\nMerci de votre compréhension.\n\n{ctx.sig(fm, 'pain')}")
    return ctx.finish("facilities", "facilities notice")


def stats(ctx):
    coord = ctx.staff("coord")
    mgr = ctx.staff("manager")
    months = ["janv.", "févr.", "mars", "avr."]
    rows = [["Mois", "Visites CPO", "Annulations J-1", "Taux d'annulation", "Délai médian (j)"]]
    for mth in months:
        v = ctx.rng.randrange(380, 520)
        a = ctx.rng.randrange(8, 40)
        rows.append([mth, v, a, f"{100 * a / v:.1f} %".replace(".", ","), ctx.rng.randrange(12, 40)])
    text = (f"{T.hello(ctx, mgr)}\n\nIndicateurs de la CPO pour le comité de direction :\n\n{C.table_text(rows)}\n\n"
            f"Principales causes d'annulation : bilan incomplet (38 %), anticoagulant non cessé (21 %), "
            f"patient malade (17 %).\n\n{ctx.sig(coord, 'preop')}")
    T.mail(ctx, coord, [mgr], ctx.pick(["Indicateurs CPO", "Statistiques mensuelles", "Tableau de bord – CPO"]), text)
    if ctx.chance(0.5):
        T.att_xlsx(ctx, ctx.pick(["indicateurs_CPO.xlsx", "Indicateurs CPO – 1er trimestre.xlsx"]), [("Indicateurs", rows)], author=coord.full)
    return ctx.finish("statistics", "aggregate pre-op clinic indicators")


def cas_clinique(ctx):
    anes = ctx.staff("anes")
    age = ctx.rng.randrange(45, 85)
    sexe = ctx.pick(["Femme", "Homme"])
    ctx.cur_sex = "F" if sexe == "Femme" else "M"
    text = (f"Bonjour aux résidents,\n\nCas pour la réunion académique de vendredi (dénominalisé) :\n\n"
            f"{sexe} de {age} ans, {ctx.pick(K.COMORB)[0]}, {ctx.pick(K.COMORB)[0]}, prévu{'e' if sexe == 'Femme' else ''} pour "
            f"{ctx.pick_sexed(K.PREOP_SURG)[0]}. Prend {ctx.pick(K.PREOP_MEDS)[0]}. Hb 104, créat. 131.\n\n"
            f"Questions :\n1. Quel bilan cardiaque?\n2. Quelle gestion de l'anticoagulation?\n3. Anesthésie "
            f"régionale ou générale?\n\nPréparez-vous à en discuter.\n\n{ctx.dr(anes)}")
    T.mail(ctx, anes, [T.shared_box(ctx, "residents.anesth", "Résidents en anesthésie", "Anaesthesia residents")],
           ctx.pick(["Cas clinique – réunion académique", "Cas de vendredi", "Cas à préparer"]), text)
    return ctx.finish("teaching", "de-identified teaching case")


def formulaire(ctx):
    coord = ctx.staff("coord")
    blocks = [("h", "Demande de consultation — Clinique de la douleur chronique"),
              ("kv", [("Nom du patient :", "______________________"), ("Date de naissance :", "____ / __ / __"),
                      ("NAM :", "____ ____ ____"), ("Téléphone :", "(___) ___-____"), ("Diagnostic :", "______________")]),
              "Priorité : P1 ☐  P2 ☐  P3 ☐  P4 ☐",
              "Joindre : imagerie récente, liste de médicaments, notes de physiothérapie.",
              "Télécopier au 819-555-0147 ou envoyer à douleur.rdv@" + C.DOMAIN]
    text = (f"Bonjour,\n\nÀ la demande de plusieurs GMF, voici la version 2025 du formulaire de demande de "
            f"consultation (à remplir et à nous renvoyer). Les anciennes versions ne seront plus acceptées dès le "
            f"1er mai.\n\n{ctx.sig(coord, 'pain')}")
    T.mail(ctx, coord, [T.shared_box(ctx, "gmf.partenaires", "GMF partenaires", "Partner clinics")],
           ctx.pick(["Nouveau formulaire de consultation", "Formulaire 2025 – demande de consultation"]), text)
    if ctx.chance(0.5):
        T.att_pdf(ctx, "formulaire_consultation_2025.pdf", blocks)
    else:
        T.att_docx(ctx, "Formulaire consultation douleur (vierge).docx", blocks, author=coord.full)
    return ctx.finish("blank_form", "blank referral form")


def gabarit(ctx):
    coord = ctx.staff("coord")
    clerk = ctx.staff("clerk")
    tpl = ("Bonjour {{PRENOM}} {{NOM}},\n\nNous vous rappelons votre rendez-vous à la clinique préopératoire le "
           "{{DATE_RDV}} à {{HEURE}}.\nApportez vos médicaments dans leur contenant d'origine et votre carte "
           "d'assurance maladie ({{NAM}}).\nSi vous prenez un anticoagulant, suivez les consignes reçues.\n\n"
           "Pour annuler : 819-555-0163.")
    text = (f"{T.hello(ctx, clerk)}\n\nVoici le gabarit de publipostage révisé pour les rappels automatisés. "
            f"Ne pas modifier les champs entre accolades.\n\n-----\n{tpl}\n-----\n\n{ctx.sig(coord, 'preop', short=True)}")
    T.mail(ctx, coord, [clerk], ctx.pick(["Gabarit de rappel révisé", "Publipostage – nouveau texte"]), text)
    return ctx.finish("template", "mail-merge reminder template")


def penurie(ctx):
    ph = ctx.staff("pharm")
    drug = ctx.pick(["bupivacaïne hyperbare 0,75 % (Marcaine Spinal)", "hydromorphone 10 mg/mL", "ropivacaïne 0,5 % 30 mL",
                     "kétamine 50 mg/mL"])
    text = (f"AVIS DE PÉNURIE\n\nProduit : {drug}\nDurée prévue : 6 à 8 semaines\nLots disponibles : "
            f"{ctx.rng.randrange(100000, 999999)}, {ctx.rng.randrange(100000, 999999)}\n\nMesures : réserver aux "
            f"indications prioritaires; alternative proposée par la pharmacie. Les protocoles de la CPO et de la "
            f"clinique de la douleur sont ajustés en conséquence.\n\n{ctx.sig(ph, 'pain')}")
    T.mail(ctx, ph, [T.shared_box(ctx, "tous.medecins", "Médecins du réseau", "All physicians")],
           f"Pénurie : {drug.split(' (')[0]}", text)
    return ctx.finish("drug_shortage", "drug shortage notice")


def rappel(ctx):
    ph = ctx.staff("buyer")
    lot = f"{ctx.rng.randrange(10, 99)}{ctx.pick('ABCDK')}{ctx.rng.randrange(1000, 9999)}"
    text = (f"RAPPEL VOLONTAIRE DE PRODUIT (classe II)\n\nProduit : trousse de cathéter épidural 19G\nNo de "
            f"catalogue : EPK-{ctx.rng.randrange(1000, 9999)}\nLots visés : {lot}, {lot[:-1]}{(int(lot[-1]) + 1) % 10}\n"
            f"Code d'article GTIN : {C.luhn_serial(ctx.rng, 14)}\n\nProblème : possible séparation de l'embout. "
            f"Retirer les trousses des lots visés et les retourner au magasin central.\n\n{ph.full}\n"
            f"{ctx.role_title('buyer', ph)}, Approvisionnement")
    T.mail(ctx, ph, [T.shared_box(ctx, "chefs.unites", "Chefs d'unité", "Unit managers")],
           ctx.pick(["Rappel de produit – cathéters épiduraux", "RAPPEL : trousses épidurales"]), text)
    return ctx.finish("recall", "product recall with lot numbers")


def sst(ctx):
    hr = ctx.staff("hr")
    mgr = ctx.staff("manager")
    emp = ctx.staff("nurse")
    text = (f"{T.hello(ctx, mgr)}\n\nSuivi du dossier de santé et sécurité de {emp.full} ({ctx.role_title('nurse', emp)}) : "
            f"suite à son entorse lombaire au travail du 12 février, le médecin traitant autorise un retour progressif "
            f"à 3 jours/semaine sans manipulation de patients pour 4 semaines. Merci d'adapter son horaire à la CPO.\n\n"
            f"{ctx.sig(hr, 'preop')}")
    T.mail(ctx, hr, [mgr], ctx.pick(["Retour progressif – employée", "SST : assignation temporaire",
                                     "Retour au travail"]), text)
    return ctx.finish("hr", "employee occupational-health return to work")


def naissance(ctx):
    coord = ctx.staff("coord")
    col = ctx.staff("anes")
    bb = ctx.pick(["Léonie", "Arthur", "Florence", "Émile", "Rose"])
    bd = ctx.today - datetime.timedelta(days=ctx.rng.randrange(1, 6))
    text = (f"Bonjour tout le monde!\n\nC'est avec joie que nous annonçons la naissance de {bb}, "
            f"{ctx.pick(['fille', 'fils'])} de {ctx.dr(col)}, née/né le {C.fmt_date(bd, 'long_fr')} à 3 h 12 "
            f"(3,4 kg). Maman et bébé se portent à merveille.\n\nUne carte circule au secrétariat de la CPO.\n\n"
            f"{coord.given}")
    T.mail(ctx, coord, [T.shared_box(ctx, "cpo.equipe", "Équipe CPO", "PAC team")],
           ctx.pick(["Bienvenue bébé!", "Une naissance dans l'équipe", "Bonne nouvelle!"]), text)
    return ctx.finish("social", "staff baby announcement with birth date")


def candidat(ctx):
    hr = ctx.staff("hr")
    chef = ctx.staff("manager")
    cand_g = ctx.pick(C.STAFF_GIVEN_F + C.STAFF_GIVEN_M)
    cand_s = ctx.pick(C.STAFF_SURNAMES)
    tel = C.phone(ctx.rng)
    d = T.appt(ctx, 3, 12)
    text = (f"{T.hello(ctx, chef)}\n\nEntrevue confirmée avec {cand_g} {cand_s}, candidate/candidat au poste "
            f"d'infirmière clinicienne CPO, le {T.appt_str(ctx, d)}. CV ci-joint. Numéro de la personne candidate : "
            f"{tel}.\n\n{ctx.sig(hr, 'preop')}")
    T.mail(ctx, hr, [chef], ctx.pick(["Entrevue – poste CPO", "Candidature : entrevue confirmée"]), text)
    T.att_docx(ctx, f"CV_{T.safe_fn(cand_s)}.docx",
               [("h", f"{cand_g} {cand_s}"), f"{tel} · {C.strip_accents(cand_g).lower()}@courriel.example",
                ("h", "Expérience", 2), "2019-2025 : infirmière, chirurgie d'un jour, Centre hospitalier de Val-des-Cèdres",
                "2017-2019 : infirmière, soins intensifs", ("h", "Formation", 2), "B. Sc. inf., 2017"],
               author=hr.full)
    return ctx.finish("hr", "job candidate interview with CV")


TEMPLATES = [
    (garde, 4), (conges, 4), (paie, 3), (infolettre, 4), (comite, 4), (congres, 5), (affichage, 3), (facture, 5),
    (inventaire, 4), (ti, 4), (installations, 3), (stats, 5), (cas_clinique, 5), (formulaire, 4), (gabarit, 4),
    (penurie, 4), (rappel, 4), (sst, 4), (naissance, 3), (candidat, 3),
]
