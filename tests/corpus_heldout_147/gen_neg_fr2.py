"""Non-confidential (hard negative) messages in French, part 2."""
import datetime as dt
import html as H

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx, make_zip
from gen_common import (ADDR, CISSS, CISSS_DOM, CLINICS, DOM, ORG_FR, STAFF, fmt_date, luhn_serial,
                        signature, staff_display, staff_email)
from gen_ctx import today, Ctx, Rec, spec
from gen_neg_fr import JOURS, _all, _d

L = "fr"


def n_commande(ctx: Ctx):
    rng = ctx.rng
    buyer = ctx.staff("acheteur")
    tech = ctx.staff("technologue", "assistante")
    bc = f"BC-{rng.randrange(40000, 49999)}"
    items = rng.sample([("Électrodes Holter pédiatriques (boîte de 50)", "EH-50P", 38.5),
                        ("Électrodes ECG adulte (caisse 1 000)", "ECG-1000", 112.0),
                        ("Piles AA lithium (paquet 24)", "PIL-AA24", 41.9),
                        ("Câble patient 5 dérivations", "CP-5D", 186.0),
                        ("Bandes élastiques d'exercice (assorties)", "BEX-ASS", 64.0),
                        ("Gel d'échographie 5 L", "GEL-5L", 27.4)], 3)
    rows = [(desc, code, q, f"{p:.2f}") for (desc, code, p), q in zip(items, [rng.randrange(2, 20) for _ in items])]
    text = (f"Bonjour,\n\nBon de commande {bc} approuvé (centre de coûts 6172 – Holter/ECG) :\n\n" +
            "\n".join(f"- {a} [{b}] x {c} @ {d} $" for a, b, c, d in rows) +
            f"\n\nLivraison : quai de réception, {ORG_FR}, à l'attention de {staff_display(tech, False)}, "
            f"local 1.210.\n\n{staff_display(buyer, False)}\nService des approvisionnements, {CISSS}\n"
            "Tél. : 450-555-0192")
    return spec("purchase_order", L, f"Bon de commande {bc}", ctx.mb(buyer),
                [("Fournitures MédiQuébec", "commandes@mediquebec-fournitures.example")], text, Rec(L),
                "purchase order for ECG and Holter supplies", cc=[ctx.mb(tech)])


def n_inventaire(ctx: Ctx):
    rng = ctx.rng
    tech = ctx.staff("technologue", "technicien")
    boss = ctx.staff("chef", "assistante")
    rows = [("Appareil", "Modèle", "No de série", "No d'actif", "Localisation", "Dernière calibration", "État")]
    for _ in range(rng.randrange(8, 14)):
        kind = ctx.pick([("Enregistreur Holter", "HoltoRec 3"), ("Programmateur", "Cardionyx CP-9"),
                         ("Moniteur domicile", "VigiCœur Home"), ("Tapis roulant", "CardioTrek 700"),
                         ("Ergocycle", "Velo-Med E5"), ("Échographe portatif", "SonoLite 2")])
        rows.append((kind[0], kind[1], luhn_serial(rng, 9, ctx.pick("2345679")), f"A-{rng.randrange(10000, 99999)}",
                     ctx.pick(["Holter 1.214", "Dispositifs 2.031", "Gymnase réadapt.", "Écho 1.118"]),
                     fmt_date(_d(rng, -300, -10), "iso"), ctx.pick(["OK", "OK", "OK", "À réparer", "Prêté"])))
    text = (f"Bonjour {boss[0]},\n\nVoici l'inventaire annuel des appareils (numéros de série vérifiés sur place). "
            "Deux enregistreurs sont à envoyer en réparation.\n\n" + signature(tech, "holter", L))
    if ctx.chance(0.5):
        att = [{"kind": "xlsx", "filename": "inventaire_équipements_2024.xlsx", "data": make_xlsx([("Inventaire", rows)])}]
    else:
        att = [{"kind": "csv", "filename": "inventaire_appareils_2024.csv", "data": make_csv(rows, ";"),
                "charset": "windows-1252"}]
    return spec("inventory", L, "Inventaire annuel des appareils", ctx.mb(tech), [ctx.mb(boss)], text, Rec(L),
                "equipment inventory with serial and asset numbers", attachments=att)


def n_ti(ctx: Ctx):
    rng = ctx.rng
    ti = ("Centre de services TI", f"servicedesk@{CISSS_DOM}")
    v = ctx.pick([0, 1, 2, 3])
    if v == 0:
        day = _d(rng, 2, 10)
        text = (f"Avis de maintenance\n\nLa plateforme de télésurveillance VigiCœur sera indisponible le "
                f"{fmt_date(day, 'long_fr')} de 22 h à 2 h (mise à niveau 5.3). Les transmissions reçues pendant "
                "la fenêtre seront traitées au redémarrage. Aucune action requise de votre part.\n\n"
                f"Billet de changement : CHG{rng.randrange(100000, 999999)}")
        subj = "Maintenance planifiée – VigiCœur"
    elif v == 1:
        text = ("Bonjour,\n\nNous observons une campagne d'hameçonnage imitant le service de paie (« Votre relevé "
                "T4 est disponible »). Ne cliquez pas sur le lien et signalez le courriel avec le bouton "
                "« Signaler ». Le CISSS ne vous demandera jamais votre mot de passe par courriel.\n\n"
                "Sécurité de l'information")
        subj = "ALERTE – Hameçonnage en cours"
    elif v == 2:
        emp = ctx.staff()
        text = (f"Bonjour {emp[0]},\n\nVotre demande {ctx.pick(['INC', 'REQ'])}{rng.randrange(1000000, 9999999)} "
                "(accès au dossier clinique informatisé pour la clinique IC) a été complétée. Votre compte "
                f"{staff_email(emp).split('@')[0]} a maintenant le profil « Infirmière – cardiologie ». "
                "Déconnectez-vous et reconnectez-vous pour appliquer les droits.\n\nCentre de services TI")
        subj = "Demande complétée – accès DCI"
        return spec("it_notice", L, subj, ti, [ctx.mb(emp)], text, Rec(L), "IT ticket completion")
    else:
        text = ("Bonjour,\n\nLes imprimantes de l'étage 4 Nord (IMP-4N-01 et IMP-4N-02) seront remplacées "
                "mardi. Les files d'impression seront migrées automatiquement; les étiquettes de bracelets "
                "continueront de sortir sur IMP-4N-ETQ.\n\nCentre de services TI")
        subj = "Remplacement des imprimantes 4 Nord"
    return spec("it_notice", L, subj, ti, [_all()], text, Rec(L), "IT service notice")


def n_batiment(ctx: Ctx):
    rng = ctx.rng
    fac = ("Services techniques", f"services.techniques@{DOM}")
    v = ctx.pick([
        ("Travaux – gymnase de réadaptation", "Le plancher du gymnase de réadaptation cardiaque sera refait du "
         "{a} au {b}. Les séances de groupe auront lieu à la salle polyvalente du 1er étage (local 1.402)."),
        ("Coupure de ventilation – Pavillon Lacasse-Dion", "Une coupure de ventilation est prévue le {a} de 6 h à 9 h "
         "pour le remplacement d'un moteur. Les salles d'électrophysiologie ne seront pas touchées."),
        ("Stationnement P3 fermé", "Le stationnement P3 sera fermé du {a} au {b} pour le déneigement et le "
         "marquage. Les employés détenteurs de vignette P3 peuvent utiliser le P5."),
    ])
    a = _d(rng, 3, 15)
    b = a + dt.timedelta(days=rng.randrange(2, 8))
    text = ("Bonjour,\n\n" + v[1].format(a=fmt_date(a, "long_fr"), b=fmt_date(b, "long_fr")) +
            f"\n\nMerci de votre compréhension.\n\nServices techniques – {ORG_FR}\nPoste 4410")
    return spec("facilities", L, v[0], fac, [_all("Tout le personnel")], text, Rec(L), "facilities notice")


def n_stats(ctx: Ctx):
    rng = ctx.rng
    an = ctx.staff("analyste", "coordonnatrice")
    boss = ctx.staff("chef")
    months = ["juin", "juillet", "août", "septembre", "octobre"]
    rows = [("Mois", "Porteurs suivis", "Transmissions", "Alertes rouges", "Alertes jaunes", "Délai médian (h)",
             "Réadmissions IC 30 j (%)")]
    for m in months:
        rows.append((m, rng.randrange(1450, 1530), rng.randrange(2100, 2900), rng.randrange(12, 40),
                     rng.randrange(90, 180), round(rng.uniform(3, 16), 1), round(rng.uniform(11, 21), 1)))
    text = ("Bonjour,\n\nTableau de bord mensuel (données agrégées, aucune donnée nominative). Les alertes rouges "
            "sont surtout des épisodes de FA et des chocs appropriés; le délai médian de réponse respecte la "
            "cible de 24 h.\n\n" + "\n".join(" | ".join(str(c) for c in r) for r in rows) +
            "\n\n" + signature(an, "device", L))
    att = []
    if ctx.chance(0.5):
        att = [{"kind": "csv", "filename": "tableau_bord_dispositifs.csv", "data": make_csv(rows)}]
    return spec("statistics", L, "Tableau de bord – télésurveillance", ctx.mb(an), [ctx.mb(boss)], text, Rec(L),
                "aggregate remote-monitoring and readmission statistics", attachments=att)


def n_cas(ctx: Ctx):
    rng = ctx.rng
    res = ctx.staff("résident")
    age = rng.randrange(48, 86)
    cas = ctx.pick([
        f"Homme de {age} ans, cardiomyopathie ischémique, FEVG 20 %, porteur d'un CRT-D. Consulte pour 3 chocs en "
        "1 h. K+ 3,1. Quelle est votre prise en charge initiale? Quels réglages vérifier à l'interrogation?",
        f"Femme de {age} ans, dyspnée progressive, syndrome du canal carpien bilatéral, voltage bas à l'ECG et "
        "HVG à l'écho. Quel diagnostic évoquer et quels examens demander?",
        f"Patient de {age} ans, stimulateur DDD implanté il y a 8 ans, se présente avec fièvre et érythème de la "
        "loge. Hémocultures 2/2 positives à S. aureus. Conduite à tenir?",
    ])
    text = (f"Bonjour à tous,\n\nCas pour le club de lecture de jeudi (cas fictif inspiré de la littérature) :\n\n"
            f"{cas}\n\nArticle de référence : lignes directrices SCC 2024 sur l'insuffisance cardiaque.\n\n{res[0]}")
    return spec("teaching_case", L, "Club de lecture – cas de la semaine", ctx.mb(res), [_all("Résidents et externes")],
                text, Rec(L), "de-identified teaching case")


def n_formulaire(ctx: Ctx):
    agent = ctx.staff("agente", "secrétaire", "coordonnatrice")
    fields = ["Nom du patient : ______________________", "Prénom : ______________________",
              "Date de naissance (AAAA-MM-JJ) : ____________", "Sexe : [ ] F  [ ] M",
              "NAM : ____ ____ ____   Exp. : ____", "Adresse : ____________________________",
              "Téléphone : (___) ___-____", "Diagnostic / motif de référence : _____________",
              "Médication actuelle : ______________________", "Médecin référent : _______________"]
    title = ctx.pick(["Demande de consultation – Clinique d'insuffisance cardiaque",
                      "Référence – Programme de réadaptation cardiaque",
                      "Demande de suivi – Clinique des dispositifs"])
    kind = ctx.pick(["pdf", "docx"])
    data = make_pdf(title, fields) if kind == "pdf" else make_docx(title, fields)
    text = ("Bonjour,\n\nVoici la nouvelle version (v. 2024-10) du formulaire de référence, à utiliser dès "
            "maintenant. Les anciennes versions seront refusées à compter du 1er janvier.\n\n" + signature(agent, "ic", L))
    return spec("blank_form", L, "Nouveau formulaire de référence", ctx.mb(agent),
                [("GMF du territoire", f"gmf-liste@{CISSS_DOM}")], text, Rec(L), "blank referral form",
                attachments=[{"kind": kind, "filename": f"formulaire_reference_v2024-10.{kind}", "data": data}])


def n_gabarit(ctx: Ctx):
    agent = ctx.staff("agente", "coordonnatrice")
    tpl = ("Bonjour «Titre» «Nom»,\n\nNous vous rappelons votre rendez-vous à la «Clinique» le «Date_RV» à "
           "«Heure_RV».\nNAM : «NAM»  –  Date de naissance : «DDN»\n\nSi vous devez annuler, appelez au 450-555-0142.\n\n"
           f"{CLINICS['ic'][0]}\n{ORG_FR}")
    text = ("Bonjour Yannick,\n\nPeux-tu intégrer ce gabarit de publipostage dans le système de rappels? Les "
            "champs entre chevrons viennent de l'extraction de l'agenda.\n\n---- gabarit ----\n" + tpl +
            "\n---- fin ----\n\nMerci!\n" + agent[0])
    return spec("mailmerge_template", L, "Gabarit de rappel de rendez-vous", ctx.mb(agent),
                [ctx.mb([s for s in STAFF if s[1] == "Lalonde"][0])], text, Rec(L),
                "mail-merge appointment reminder template")


def n_penurie(ctx: Ctx):
    rng = ctx.rng
    ph = ctx.staff("pharmacienne")
    drug = ctx.pick([("furosémide injectable 10 mg/mL (fioles de 4 mL)", "utiliser les fioles de 2 mL ou le "
                      "bumétanide IV selon le tableau d'équivalence"),
                     ("digoxine 0,0625 mg comprimés", "substituer par 0,125 mg un jour sur deux après validation"),
                     ("dobutamine prémélangée 500 mg/250 mL", "préparer à partir des fioles 12,5 mg/mL")])
    text = (f"AVIS DE PÉNURIE\n\nProduit : {drug[0]}\nDurée prévue : {rng.randrange(3, 12)} semaines\n"
            f"Conduite : {drug[1]}.\n\nLe Département de pharmacie communiquera toute mise à jour.\n\n" +
            signature(ph, "unit", L))
    return spec("drug_shortage", L, f"Avis de pénurie – {drug[0].split(' ')[0]}", ctx.mb(ph), [_all()], text, Rec(L),
                "drug shortage notice")


def n_rappel(ctx: Ctx):
    rng = ctx.rng
    dm = ("Gestion des dispositifs médicaux", f"dispositifs.medicaux@{CISSS_DOM}")
    lo = luhn_serial(rng, 9, "3")
    hi = str(int(lo) + rng.randrange(20000, 90000))
    model = ctx.pick(["sonde de défibrillation Veltrano Helix-ICD modèle 6947B",
                      "stimulateur Stimtek Pulsa DR MRI (firmware 2.1)", "moniteur domicile VigiCœur Home v3"])
    text = (f"Avis de sécurité du fabricant – {model}\n\nNuméros de série touchés : {lo} à {hi}.\n"
            "Risque : fracture du conducteur pouvant entraîner du bruit et des chocs inappropriés (taux estimé "
            "0,3 %/an).\nRecommandation : aucune explantation prophylactique; activer l'alerte d'impédance et "
            "revoir les porteurs en clinique d'ici 90 jours.\n\nLa clinique des dispositifs produira la liste "
            "des porteurs dans le système de suivi interne; ne pas la diffuser par courriel.\n\n"
            "Gestion des dispositifs médicaux")
    return spec("recall", L, f"Avis de sécurité – {model.split(' ')[0]} {model.split(' ')[1]}", dm,
                [("Clinique des dispositifs", f"dispositifs@{DOM}")], text, Rec(L),
                "manufacturer safety advisory with serial range")


def n_protocole(ctx: Ctx):
    rng = ctx.rng
    coord = ctx.staff("coordonnatrice")
    pi = ctx.staff("cardiologue")
    text = (f"Bonjour,\n\nLe comité d'éthique a approuvé le protocole HF-REMOTE-QC (version 3.0, "
            f"{fmt_date(_d(rng, -20, -5), 'long_fr')}).\n\n"
            "Titre : Télésurveillance multiparamétrique chez les patients avec IC à FEVG réduite porteurs de CRT-D\n"
            "Devis : essai randomisé pragmatique, 2 bras, 240 participants\n"
            "Critères d'inclusion : FEVG ≤ 35 %, hospitalisation pour IC dans les 12 derniers mois, âge ≥ 18 ans\n"
            "Critère principal : jours vivants hors de l'hôpital à 12 mois\n\n"
            f"Chercheur principal : {staff_display(pi)}. Le recrutement débutera en janvier.\n\n" +
            signature(coord, "ic", L))
    return spec("research_protocol", L, "Approbation éthique – HF-REMOTE-QC", ctx.mb(coord),
                [_all("Équipe de recherche cardiologie")], text, Rec(L), "research protocol approval, no participants")


def n_naissance(ctx: Ctx):
    rng = ctx.rng
    emp = ctx.staff("infirmière", "kinésiologue", "technologue", "pharmacienne", "nutritionniste")
    bday = _d(rng, -6, -1)
    baby = ctx.pick(["Léa", "Mila", "Arthur", "Noah", "Rosalie"])
    text = (f"Bonne nouvelle! {emp[0]} {emp[1]} a donné naissance à la petite {baby} le {fmt_date(bday, 'long_fr')} "
            f"à 3 h 42, {rng.randrange(29, 41) / 10} kg. Maman et bébé se portent à merveille.\n\n"
            "Une carte circule au poste des infirmières du 4 Nord pour ceux qui veulent signer!")
    if baby in ("Arthur", "Noah"):
        text = text.replace("à la petite", "au petit")
    return spec("staff_announcement", L, "Naissance dans l'équipe!", ctx.mb(ctx.staff("assistante")),
                [_all()], text, Rec(L), "staff baby announcement with birth date")


def n_anniversaires(ctx: Ctx):
    rng = ctx.rng
    soc = ctx.staff("agente", "secrétaire")
    people = rng.sample(STAFF, 5)
    mois = ctx.pick([(11, "novembre"), (12, "décembre")])
    lines = [f"- {p[0]} {p[1]} ({p[4]}) : {rng.randrange(1, 29)} {mois[1]}" for p in people]
    text = (f"Les anniversaires de {mois[1]} du département de cardiologie :\n\n" + "\n".join(lines) +
            "\n\nGâteau à la salle du personnel le dernier vendredi du mois à 14 h 30!\n\nLe comité social")
    return spec("staff_announcement", L, f"Anniversaires de {mois[1]}", ctx.mb(soc), [_all()], text, Rec(L),
                "staff birthdays of the month")


def n_horaire_readapt(ctx: Ctx):
    rng = ctx.rng
    kin = ctx.staff("kinésiologue", "physiothérapeute")
    themes = rng.sample(["Comprendre l'insuffisance cardiaque", "Alimentation faible en sodium",
                         "Gestion du stress", "Vos médicaments cardiaques", "Reprise de la sexualité",
                         "Cessation tabagique", "Activité physique à la maison"], 4)
    text = ("Bonjour l'équipe,\n\nVoici l'horaire des cours d'éducation de groupe de la cohorte d'hiver :\n\n" +
            "\n".join(f"{JOURS[i % 5].capitalize()} 10 h 30 – {t} (anim. : {ctx.pick(STAFF)[0]})"
                      for i, t in enumerate(themes)) +
            "\n\nLes groupes d'exercice restent lundi-mercredi-vendredi 9 h et mardi-jeudi 13 h. Maximum 14 "
            "participants par groupe.\n\n" + signature(kin, "rehab", L))
    return spec("rehab_schedule", L, "Horaire – éducation de groupe, cohorte d'hiver", ctx.mb(kin),
                [("Équipe réadaptation", f"readaptation@{DOM}")], text, Rec(L), "rehab group class schedule")


def n_representant(ctx: Ctx):
    rng = ctx.rng
    rep = ctx.pick([("Véronique Lamarre", "Stimtek"), ("Jean-Philippe Drolet", "Cardionyx")])
    tech = ctx.staff("technologue en électrophysiologie", "infirmière")
    day = _d(rng, 4, 20)
    vc = make_vcard(rep[0], rep[0].split(" ")[1], rep[0].split(" ")[0], tel="1-800-555-0198",
                    email=f"{rep[0].split(' ')[0][0].lower()}{rep[0].split(' ')[1].lower()}@{rep[1].lower()}.example",
                    org=f"{rep[1]} – représentante clinique")
    text = (f"Bonjour,\n\nJe serai sur place le {fmt_date(day, 'long_fr')} pour la formation sur le nouveau "
            f"programmateur {rep[1]} et la mise à jour du logiciel. Prévoir 45 minutes par groupe.\n\n"
            f"Au plaisir,\n{rep[0]}\n{rep[1]} – Spécialiste clinique\nCell. : 514-555-0197")
    return spec("vendor_visit", L, f"Formation programmateur {rep[1]}", (rep[0], f"clinique@{rep[1].lower()}.example"),
                [ctx.mb(tech)], text, Rec(L), "vendor representative visit with contact card",
                attachments=[{"kind": "vcf", "filename": "contact_representant.vcf", "data": vc}])
