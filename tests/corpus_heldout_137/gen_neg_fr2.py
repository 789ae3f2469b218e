"""French hard negatives, part 2: purchasing, inventory, IT, facilities, statistics, teaching, forms, notices."""
import datetime

from gen_common import (Msg, ORG_DOMAIN, SITE_ADDR, SITE_PHONE, SITE_FAX, ext, fr_date, luhn_serial, staff)
from gen_docs import att, csv_bytes, docx, make_zip, pdf, vcard, xlsx
from gen_neg_fr import ALL, _m


def _serial(c, n=9):
    return luhn_serial(c.r, n)


# ---------------------------------------------------------------- invoice (PDF)
def facture(c):
    r = c.r
    v = c.pick(["vendor_aud", "vendor_sup", "vendor_ci"])
    vn = ext(v)
    gm = staff("gm")
    items = {"vendor_aud": [("Embouts auriculaires jetables 4 mm (boîte de 100)", 38.50), ("Piles 312 (carton de 60)", 27.90),
                            ("Sondes OEA — tubes de rechange", 112.00), ("Étalonnage annuel audiomètre clinique", 485.00)],
             "vendor_sup": [("Épaississant gomme xanthane 125 g", 14.75), ("Sulfate de baryum suspension 60 % p/v, 1,9 L", 96.40),
                            ("Abaisse-langues emballés (500)", 21.30), ("Gaines de nasofibroscope (boîte de 50)", 240.00)],
             "vendor_ci": [("Bobine d'antenne de rechange", 189.00), ("Câble de processeur 8 cm", 74.00), ("Batteries rechargeables (3)", 310.00)]}[v]
    chosen = r.sample(items, min(3, len(items)))
    lines = [f"{vn[0]}", "FACTURE", f"No facture : F-{r.randint(100000, 999999)}", f"Date : {fr_date(c.ago(1, 15), 'iso')}",
             f"No client : {r.randint(10000, 99999)}", "Facturer à : CISSS des Hautes-Rivières — Comptes payables",
             f"Livrer à : {SITE_ADDR}", f"Bon de commande : BC-{r.randint(450000, 459999)}", ""]
    total = 0
    for name, price in chosen:
        q = r.randint(1, 12)
        lot = f"LOT {r.choice('ABKMX')}{r.randint(2300, 2499)}-{_serial(c, 7)}"
        lines.append(f"{q} x {name} — {price:.2f} $ — {lot}")
        total += q * price
    tps, tvq = total * 0.05, total * 0.09975
    lines += ["", f"Sous-total : {total:.2f} $", f"TPS (no 8{r.randint(10000000, 99999999)} RT0001) : {tps:.2f} $",
              f"TVQ : {tvq:.2f} $", f"Total : {total + tps + tvq:.2f} $", "Modalités : net 30 jours"]
    body = (f"Bonjour,\n\nVeuillez trouver ci-jointe la facture pour la livraison du {fr_date(c.ago(1, 10))}.\n\n"
            f"Service à la clientèle\n{vn[0]}\n1 800 555-01{r.randint(10, 99)}")
    return _m(c, "invoice", "facture de fournisseur", f"Facture F-{lines[2].split(' : ')[1][2:]}", body,
              ("Comptes clients", "facturation@" + vn[1]), [gm.addr()],
              atts=[att(f"Facture_{lines[2].split(' : ')[1]}.pdf", "pdf", pdf("Facture", lines))])


# ---------------------------------------------------------------- purchase order
def bon_commande(c):
    r = c.r
    gm, chief = staff("gm"), staff("chief")
    po = f"BC-{r.randint(450000, 459999)}"
    rows = [["Article", "Code", "Qté", "Prix unitaire", "Centre de coûts"]]
    for name in r.sample(["Cabine audiométrique — joint de porte", "Tympanomètre portatif", "Casque TDH-39 de remplacement",
                          "Épaississant (caisse)", "Ordinateur portable pour les PEA", "Licence logicielle d'analyse vocale",
                          "Miroirs laryngés", "Jeux de cartes d'évaluation du langage"], 4):
        rows.append([name, f"{r.choice('ABCD')}{r.randint(1000, 9999)}", r.randint(1, 6), f"{r.randint(20, 2400)},00", f"7{r.randint(1000, 9999)}"])
    atts = []
    body = (f"Bonjour Karine,\n\nLe bon de commande {po} est prêt pour approbation (montant supérieur à 5 000 $). "
            "Le détail est joint.\n\n" + gm.sig("fr"))
    atts.append(att(f"{po}.xlsx", "xlsx", xlsx([("BC", rows)], author=gm.surname)))
    return _m(c, "purchase_order", "bon de commande pour approbation", f"Approbation requise — {po}", body, gm.addr(),
              [chief.addr()], atts=atts)


# ---------------------------------------------------------------- equipment inventory
def inventaire(c):
    r = c.r
    tech = staff("tech")
    rows = [["Appareil", "Modèle", "No de série", "No d'actif", "Local", "Dernier étalonnage"]]
    for k in range(r.randint(6, 10)):
        rows.append([c.pick(["Audiomètre", "Tympanomètre", "Système PEA", "Analyseur d'aides auditives", "Nasofibroscope", "Sonomètre"]),
                     f"{c.pick(['AC', 'TY', 'EP', 'HA', 'NF'])}-{r.randint(10, 99)}", _serial(c, c.pick([9, 10])),
                     f"A{r.randint(100000, 999999)}", f"B-{r.randint(100, 320)}", fr_date(c.ago(30, 360), "iso")])
    as_csv = r.random() < 0.5
    body = (f"Bonjour,\n\nVoici l'inventaire des équipements d'audiologie et d'orthophonie à jour pour l'étalonnage annuel. "
            f"Trois appareils sont à faire étalonner avant la fin du mois.\n\n{tech.sig('fr')}")
    if as_csv:
        a = att("inventaire_equipements.csv", "csv", csv_bytes(rows, sep=";", encoding="utf-8"))
    else:
        a = att("inventaire_equipements.xlsx", "xlsx", xlsx([("Inventaire", rows)], author=tech.surname))
    return _m(c, "inventory", "inventaire d'équipement avec numéros de série", "Inventaire des équipements — étalonnage",
              body, tech.addr(), [staff("chief").addr(), staff("gm").addr()], atts=[a])


# ---------------------------------------------------------------- IT
def ti(c):
    r = c.r
    it = staff(c.pick(["it", "it2"]))
    v = c.pick(["noah", "panne", "phishing", "mfa"])
    d = c.workday(2, 10)
    body, subj = {
        "noah": (f"Bonjour,\n\nLa mise à jour du logiciel de gestion des aides auditives (version 4.16) sera déployée le {fr_date(d)} entre 7 h et 8 h. "
                 "Fermez votre session la veille. Les modules d'appareillage seront indisponibles pendant environ 45 minutes.", "Mise à jour logiciel audiologie"),
        "panne": (f"Bonjour,\n\nInterruption planifiée du dossier clinique informatisé le {fr_date(d)} de 22 h à 2 h. Utilisez les formulaires papier "
                  "de contingence (armoire de l'accueil) et saisissez les notes au retour du système.", "Interruption planifiée — dossier clinique"),
        "phishing": ("Bonjour,\n\nUn courriel frauduleux intitulé « Résultats de votre audiogramme » circule présentement. Ne cliquez pas sur le lien "
                     "et transférez-le à securite@" + ORG_DOMAIN + ". Aucun résultat n'est jamais envoyé par ce moyen.", "Alerte hameçonnage"),
        "mfa": (f"Bonjour,\n\nL'authentification à deux facteurs devient obligatoire pour la messagerie à partir du {fr_date(d)}. "
                "Installez l'application d'authentification sur votre téléphone professionnel.", "Authentification à deux facteurs"),
    }[v]
    body += f"\n\nTicket : INC{r.randint(1000000, 9999999)}\n\n{it.sig('fr')}"
    return _m(c, "it_notice", "avis du soutien informatique", subj, body, it.addr(), [("Personnel SROA", ALL)])


# ---------------------------------------------------------------- facilities
def batiment(c):
    r = c.r
    adj = staff("adj")
    d = c.workday(2, 14)
    body, subj = c.pick([
        (f"Bonjour,\n\nDes travaux de ventilation auront lieu au pavillon B le {fr_date(d)}. Les cabines audiométriques B-210 à B-216 "
         "ne pourront pas être utilisées (bruit ambiant). Merci de déplacer vos évaluations.", "Travaux de ventilation — cabines audiométriques"),
        (f"Bonjour,\n\nLe stationnement P2 sera fermé le {fr_date(d)} pour le déneigement. Les usagers à mobilité réduite pourront "
         "utiliser le débarcadère de l'entrée principale.", "Fermeture du stationnement P2"),
        (f"Bonjour,\n\nLa porte de la cabine insonorisée B-214 ne ferme plus correctement. Le fournisseur viendra le {fr_date(d)}. "
         "En attendant, les mesures en champ libre ne sont pas fiables dans ce local.", "Cabine B-214 hors service"),
        (f"Bonjour,\n\nExercice d'évacuation incendie le {fr_date(d)} en avant-midi. Les cliniques continuent; accompagnez les usagers "
         "vers la sortie la plus proche et avisez ceux qui portent des aides auditives.", "Exercice d'évacuation"),
    ])
    body += f"\n\n{adj.sig('fr')}"
    return _m(c, "facilities", "avis des services techniques", subj, body, adj.addr(), [("Personnel SROA", ALL)])


# ---------------------------------------------------------------- aggregate statistics
def stats(c):
    r = c.r
    chief = staff("chief")
    v = c.pick(["dann", "attente", "dysphagie"])
    if v == "dann":
        n = r.randint(1800, 2600)
        ref = r.randint(30, 60)
        body = (f"Bonjour,\n\nBilan du dépistage auditif néonatal pour l'année : {n} nouveau-nés dépistés (taux de couverture "
                f"{r.randint(95, 99)},{r.randint(0, 9)} %), {ref} références en audiologie ({ref * 100 / n:.1f} %), "
                f"{r.randint(3, 8)} surdités permanentes confirmées dont {r.randint(1, 2)} bilatérales profondes.\n\nÂge médian au diagnostic : "
                f"{r.randint(7, 12)} semaines.")
        subj = "Bilan annuel — dépistage néonatal"
    elif v == "attente":
        rows = [("Orthophonie 0-5 ans", r.randint(80, 260), r.randint(120, 400)), ("Audiologie adulte", r.randint(40, 200), r.randint(60, 240)),
                ("Clinique de la voix", r.randint(10, 60), r.randint(30, 180)), ("Implant cochléaire (évaluation)", r.randint(5, 30), r.randint(90, 300))]
        body = ("Bonjour,\n\nVoici les délais d'attente au 31 du mois :\n\n" + "\n".join(f"{a} : {b} personnes, délai médian {d} jours" for a, b, d in rows)
                + "\n\nLes données sont agrégées et ne contiennent aucun renseignement nominatif.")
        subj = "Tableau de bord — listes d'attente"
    else:
        body = (f"Bonjour,\n\nAu dernier trimestre : {r.randint(180, 320)} consultations en dysphagie aux unités, {r.randint(40, 90)} VFS, "
                f"{r.randint(10, 40)} FEES. Taux de pneumonie d'aspiration chez les patients évalués : {r.randint(2, 6)},{r.randint(0, 9)} % "
                f"(contre {r.randint(7, 11)},{r.randint(0, 9)} % l'an dernier).")
        subj = "Statistiques trimestrielles — dysphagie"
    body += f"\n\n{chief.sig('fr')}"
    return _m(c, "aggregate_statistics", "statistiques agrégées", subj, body, chief.addr(),
              [("Direction des services multidisciplinaires", "dsm@" + ORG_DOMAIN)])


# ---------------------------------------------------------------- de-identified teaching case
def cas_enseignement(c):
    r = c.r
    slp = staff(c.pick(["slp_dys", "slp_voice", "aud"]))
    case = c.pick([
        f"Homme de {r.randint(68, 84)} ans, AVC sylvien gauche il y a 10 jours. Toux retardée aux liquides clairs. À la VFS : pénétration "
        "aux liquides minces (PAS 5), aspiration silencieuse au verre (PAS 8). Question : quelles stratégies compensatoires essayer?",
        f"Enseignante de {r.randint(28, 45)} ans, dysphonie depuis 6 mois. Stroboscopie : nodules bilatéraux. VHI-10 à 24. "
        "Discutez du plan de thérapie et des conseils d'hygiène vocale.",
        f"Enfant de {r.randint(3, 5)} ans, inintelligible pour les étrangers, processus de simplification multiples. Audition normale. "
        "Proposez des cibles d'intervention.",
        f"Femme de {r.randint(60, 75)} ans, surdité neurosensorielle asymétrique gauche (écart de 25 dB à 2-4 kHz). Quelle investigation "
        "recommandez-vous?",
    ])
    body = (f"Bonjour à tous,\n\nPour le club de lecture clinique de jeudi, voici le cas à préparer (dépersonnalisé) :\n\n{case}\n\n"
            f"Apportez vos références.\n\n{slp.given}")
    return _m(c, "teaching_case", "cas clinique dépersonnalisé pour l'enseignement", "Club clinique — cas de jeudi", body,
              slp.addr(), [("Équipe SROA", ALL)])


# ---------------------------------------------------------------- blank form / mail-merge template
def formulaire(c):
    r = c.r
    clerk = staff("clerk")
    if r.random() < 0.5:
        blocks = [("h", "Identification de l'usager"),
                  ("table", [["Nom :", "________________"], ["Prénom :", "________________"], ["Date de naissance (AAAA-MM-JJ) :", "____"],
                             ["NAM :", "____ ____ ____"], ["No de dossier :", "________"], ["Téléphone :", "(___) ___-____"]]),
                  ("h", "Motif de la demande"), ("p", "☐ Dysphagie  ☐ Voix  ☐ Audiologie  ☐ Implant cochléaire  ☐ Langage (0-5 ans)"),
                  ("p", "Signature du référent : ____________________   Date : __________")]
        a = att("Formulaire_demande_de_service_VIERGE.docx", "docx", docx("Demande de service — SROA", blocks))
        body = ("Bonjour,\n\nLa nouvelle version du formulaire de demande de service est jointe (gabarit vierge). Merci de détruire les "
                "anciennes copies papier.\n\n" + clerk.sig("fr"))
        subj = "Nouveau formulaire de demande de service"
    else:
        a = None
        body = ("Bonjour,\n\nVoici le modèle de lettre de convocation à utiliser dans le publipostage :\n\n---\n"
                "{{prenom}} {{nom}}\n{{adresse_ligne1}}\n{{ville}} {{code_postal}}\n\n"
                "Bonjour {{titre}} {{nom}},\n\nVous avez rendez-vous le {{date_rdv}} à {{heure_rdv}} avec {{professionnel}} "
                "au pavillon B. Merci d'apporter votre carte d'assurance maladie et la liste de vos médicaments.\n---\n\n" + clerk.sig("fr"))
        subj = "Modèle de publipostage — convocations"
    return _m(c, "blank_form", "formulaire vierge ou gabarit de publipostage", subj, body, clerk.addr(), [("Accueil SROA", "accueil@" + ORG_DOMAIN)],
              atts=[a] if a else [])


# ---------------------------------------------------------------- drug / product shortage
def penurie(c):
    r = c.r
    pharm = ("Département de pharmacie", "pharmacie@" + ORG_DOMAIN)
    prod = c.pick([("sulfate de baryum en suspension (produit de contraste pour VFS)", "Utiliser le format en poudre à reconstituer; protocole IDDSI ajusté ci-dessous."),
                   ("Ciprodex (ciprofloxacine/dexaméthasone) gouttes otiques", "Substitut : ofloxacine 0,3 % gouttes otiques, même posologie."),
                   ("épaississant à base de gomme xanthane, format 125 g", "Le format 2,5 kg reste disponible au magasin."),
                   ("prednisone 50 mg", "Utiliser les comprimés de 5 mg; aviser les patients du nombre de comprimés.")])
    body = (f"AVIS DE PÉNURIE\n\nProduit : {prod[0]}\nDurée prévue : {r.randint(3, 12)} semaines\n\n{prod[1]}\n\n"
            "Aucune action n'est requise pour les ordonnances déjà servies.\n\nDépartement de pharmacie")
    return _m(c, "shortage_notice", "avis de pénurie de produit", "Avis de pénurie — " + prod[0].split(" (")[0], body, pharm,
              [("Personnel clinique", ALL)])


# ---------------------------------------------------------------- recall
def rappel(c):
    r = c.r
    vn = ext(c.pick(["vendor_ci", "vendor_aud"]))
    lots = [_serial(c, 10) for _ in range(r.randint(3, 5))]
    body = (f"AVIS DE RAPPEL VOLONTAIRE — {vn[0]}\n\nProduit : {c.pick(['piles rechargeables de processeur', 'aimant de bobine (force 3)', 'chargeur de table modèle CH-2'])}\n"
            "Numéros de série touchés :\n" + "\n".join(f"  {l}" for l in lots) +
            f"\n\nRisque : surchauffe possible pendant la recharge. Aucun incident grave rapporté.\n"
            f"Action : retirer les unités de l'inventaire de la clinique et communiquer avec le service technique au 1 800 555-01{r.randint(10, 99)}.\n\n{vn[0]}")
    return _m(c, "recall_notice", "avis de rappel de produit avec numéros de série", "Rappel volontaire — numéros de série touchés",
              body, ("Affaires réglementaires", "rappels@" + vn[1]), [staff("ci").addr(), staff("gm").addr()])


# ---------------------------------------------------------------- research protocol
def recherche(c):
    r = c.r
    univ = ext("univ")
    title = c.pick(["Effet de la thérapie LSVT LOUD en téléréadaptation chez les personnes atteintes de Parkinson",
                    "Dépistage de la dysphagie post-AVC par les infirmières : étude de validité",
                    "Bénéfice de l'implant cochléaire chez les 80 ans et plus : étude de cohorte",
                    "Bilinguisme et trouble développemental du langage à 4 ans"])
    body = (f"Bonjour,\n\nLe comité d'éthique a approuvé le protocole « {title} » (no CER-{r.randint(2024, 2025)}-{r.randint(100, 999)}).\n\n"
            f"Critères d'inclusion : {c.pick(['adultes de 50 ans et plus', 'enfants de 4 ans', 'patients hospitalisés à J1-J3'])}. "
            f"Recrutement visé : {r.randint(30, 120)} participants sur 18 mois.\nLes cliniciens intéressés à référer peuvent remettre "
            "le dépliant d'information; aucune donnée nominative ne doit nous être transmise par courriel.\n\n"
            f"Pre Hélène Lafontaine\n{univ[0]}")
    return _m(c, "research_protocol", "protocole de recherche approuvé, sans participants", "Projet de recherche — approbation éthique",
              body, ("Hélène Lafontaine", "helene.lafontaine@" + univ[1]), [staff("chief").addr()])


# ---------------------------------------------------------------- vendor contact card
def vendor_vcard(c):
    r = c.r
    vn = ext(c.pick(["vendor_aud", "vendor_ci"]))
    rep, fem = c.pick([("Martine Gravel", True), ("Yves Sabourin", False)])
    card = vcard(rep, (rep.split()[1], rep.split()[0]), tel=[("WORK", f"450 555-01{r.randint(10, 99)}"), ("CELL", f"514 555-01{r.randint(10, 99)}")],
                 email=f"{rep.split()[0].lower()}.{rep.split()[1].lower()}@{vn[1]}", org=vn[0], title="Représentante territoriale" if fem else "Représentant territorial",
                 adr=("WORK", "400, boulevard Industriel, bureau 12", "Port-Aubin", "QC", "J0X 2T0"))
    body = (f"Bonjour,\n\nJe suis votre {'nouvelle' if fem else 'nouveau'} représentant{'e' if fem else ''} chez {vn[0]} pour le territoire des Hautes-Rivières. "
            "Ma carte est jointe; n'hésitez pas pour les commandes, les réparations ou les formations.\n\n" + rep + "\n" + vn[0])
    return _m(c, "vendor_contact", "carte de visite d'un représentant de fournisseur", ("Nouvelle représentante" if fem else "Nouveau représentant") + " — coordonnées", body,
              (rep, f"{rep.split()[0].lower()}.{rep.split()[1].lower()}@{vn[1]}"), [staff("gm").addr(), staff("chief").addr()],
              atts=[att(f"{rep}.vcf", "vcf", card)])


# ---------------------------------------------------------------- ZIP of blank forms
def zip_formulaires(c):
    members = []
    for title in ["Questionnaire de dépistage — dysphagie", "Consentement — enregistrement vidéo", "Grille d'observation en CPE"]:
        members.append((title.split(" — ")[0].replace(" ", "_") + "_vierge.pdf",
                        pdf(title, ["Nom de l'usager : ______________________", "Date de naissance : ____/____/______",
                                    "NAM : ____________", "", "Questions 1 à 10 : [ ] Oui  [ ] Non", "", "Signature : ______________"])))
    clerk = staff("clerk")
    body = "Bonjour,\n\nLes gabarits vierges révisés sont dans l'archive jointe. Merci de les imprimer au besoin seulement.\n\n" + clerk.sig("fr")
    return _m(c, "blank_forms_zip", "archive de formulaires vierges", "Gabarits révisés (vierges)", body, clerk.addr(),
              [("Équipe SROA", ALL)], atts=[att("gabarits_vierges.zip", "zip", make_zip(members))])


# ---------------------------------------------------------------- vendor newsletter forwarded as .eml
def eml_infolettre(c, render_inner):
    vn = ext("vendor_aud")
    chief = staff("chief")
    inner = Msg(lang="fr", category="inner", note="", types=set(), subject="Infolettre — nouveautés en audiologie",
                body=("Bonjour,\n\nDécouvrez notre nouvelle gamme d'embouts hypoallergéniques et notre webinaire sur la presbyacousie "
                      "animé par Mme Louise Quintal, audiologiste. Promotion de 15 % sur les piles jusqu'à la fin du mois.\n\n"
                      f"{vn[0]}\nPour vous désabonner, cliquez ici."),
                frm=(vn[0], "infolettre@" + vn[1]), to=[("Abonnés", "abonnes@" + vn[1])])
    body = "Pour info — le webinaire pourrait intéresser l'équipe adulte.\n\nKarine"
    return _m(c, "forwarded_newsletter", "infolettre d'un fournisseur transférée en .eml", "TR: Infolettre — nouveautés en audiologie",
              body, chief.addr(), [staff("aud").addr(), staff("aud2").addr()], atts=[att("Infolettre.eml", "eml", render_inner(inner))])
