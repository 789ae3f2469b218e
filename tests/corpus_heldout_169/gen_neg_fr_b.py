"""French negatives, part B: invoices, inventories, recalls, shortages, IT, facilities, statistics,
teaching cases, blank forms, templates, research protocols, forwarded notices."""
import datetime as dt

from gen_attach import make_csv, make_docx, make_pdf, make_vcard, make_xlsx, make_zip
from gen_build import Att, Spec, staff_addr
from gen_common import ORG_ADDR, ORG_DOMAIN, ORG_FR, PARTNERS, ascii_slug, d_fr, d_short_fr, signature
from gen_helpers import hello, thanks
from gen_neg_common import device_serial, gst_qst, lot, luhn_serial, org_addr, staff_names

ALL = ("Tout le personnel — cardiologie", org_addr("cardio-tous"))


def invoice(w, now):
    r = w.rng
    vname, vdom = PARTNERS["vendor1"]
    buyer = w.pick_staff("purch")
    rep = w.patient("fr", age=(30, 55))
    gst, qst = gst_qst(r)
    inv = f"F-{now.year}-{r.randint(10000, 99999)}"
    items = []
    for _ in range(r.randint(2, 5)):
        it = r.choice([("Stimulateur double chambre VLS-DR", 4890.00), ("DCI simple chambre PRX-VR", 14200.00),
                       ("Sonde auriculaire à fixation active 52 cm", 710.00), ("Moniteur cardiaque implantable", 2350.00),
                       ("CRT-D PRX-HF", 21800.00)])
        items.append((it[0], device_serial(r), lot(r), it[1]))
    sub = sum(i[3] for i in items)
    lines = [f"{vname} — 455, rue de l'Industrie, Lac-Vernier (Québec)  Tél. 450-555-0181", "",
             f"Facture : {inv}        Date : {d_fr(now.date(), 2)}", f"Client : {ORG_FR}, service d'électrophysiologie",
             f"Bon de commande : PO-{r.randint(400000, 499999)}", "", "Article | N° de série | Lot | Prix"]
    lines += [f"{a} | {b} | {c} | {d:,.2f} $".replace(",", " ") for a, b, c, d in items]
    lines += ["", f"Sous-total : {sub:,.2f} $".replace(",", " "), f"TPS ({gst}) : {sub * 0.05:,.2f} $".replace(",", " "),
              f"TVQ ({qst}) : {sub * 0.09975:,.2f} $".replace(",", " "), "Conditions : net 30 jours"]
    pdf = make_pdf(f"Facture {inv}", lines, author=vname)
    text = f"""Bonjour {buyer.given},

Vous trouverez ci-joint la facture {inv} pour les dispositifs de consignation utilisés en {r.choice(['décembre', 'janvier', 'novembre'])}.
Numéros de série (pour votre registre d'inventaire) : {', '.join(i[1] for i in items)}.

Merci,
{rep.given} {rep.surname}
Représentant{'e' if rep.sex == 'F' else ''} aux ventes, {vname}
Cell. 450-555-01{r.randint(10, 99)}
"""
    return Spec("neg", "invoice", "fr", f"Facture {inv}", text, (f"{rep.given} {rep.surname}", f"{ascii_slug(rep.given)[0].lower()}{ascii_slug(rep.surname).lower()}@{vdom}"),
                [staff_addr(buyer)], note="facture de dispositifs avec numéros de série",
                attachments=[Att("pdf", f"{inv}.pdf", pdf)])


def purchase_order(w, now):
    r = w.rng
    buyer = w.pick_staff("purch")
    vname, vdom = PARTNERS["vendor3"]
    po = f"PO-{r.randint(400000, 499999)}"
    rows = [["Ligne", "Code produit", "Description", "Qté", "Prix unitaire", "Centre de coûts"]]
    for i in range(1, r.randint(4, 8)):
        rows.append([i, f"HL-{r.randint(10000, 99999)}", r.choice(["Électrodes ECG adulte (boîte de 600)", "Gel à ultrasons 5 L",
                                                                  "Couvre-sonde ETO stérile", "Papier ECG thermique", "Brassards TA adulte large",
                                                                  "Introducteur radial 6F", "Guide coronaire 0,014"]),
                     r.randint(2, 40), round(r.uniform(8, 420), 2), r.choice(["7301-Écho", "7305-Hémo", "7310-Clinique IC"])])
    x = make_xlsx([("Commande", rows)], author=buyer.full)
    text = f"""Bonjour,

Veuillez traiter le bon de commande {po} ci-joint. Livraison au quai de réception du pavillon B, {ORG_ADDR}.
Contact sur place : magasin central, 819-555-0131.

{signature(buyer, 'fr')}
"""
    return Spec("neg", "purchase_order", "fr", f"Bon de commande {po}", text, staff_addr(buyer), [("Service à la clientèle", f"commandes@{vdom}")],
                note="bon de commande de fournitures", attachments=[Att("xlsx", f"{po}.xlsx", x)])


def inventory(w, now):
    r = w.rng
    s = w.pick_staff("device")
    m = w.pick_staff("manager")
    rows = [["Modèle", "Type", "N° de série", "Lot", "Date d'expiration", "Emplacement"]]
    for _ in range(r.randint(8, 14)):
        rows.append([r.choice(["VLS-DR", "VLS-SR", "PRX-VR", "PRX-DR", "PRX-HF", "ILR-2"]), r.choice(["Stimulateur", "DCI", "CRT-D", "Moniteur"]),
                     device_serial(r), lot(r), (now.date() + dt.timedelta(days=r.randint(40, 700))).isoformat(),
                     r.choice(["Armoire EP-1", "Armoire EP-2", "Salle 3"])])
    x = make_xlsx([("Consignation", rows)], author=s.full)
    text = f"""Bonjour {m.given},

Inventaire de consignation au {d_fr(now.date())} ci-joint. {r.choice(['Deux DCI expirent dans moins de 60 jours, le représentant viendra les échanger.', 'Aucun écart avec le registre du fournisseur.', 'Il manque un moniteur implantable, probablement utilisé jeudi sans feuille de traçabilité.'])}

{signature(s, 'fr', short=True)}
"""
    return Spec("neg", "inventory", "fr", "Inventaire de consignation — électrophysiologie", text, staff_addr(s), [staff_addr(m)],
                note="inventaire de dispositifs en consignation avec numéros de série",
                attachments=[Att("xlsx", f"inventaire_consignation_{now.strftime('%Y%m')}.xlsx", x)])


def recall(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    vname, _ = PARTNERS["vendor2"]
    serials = [device_serial(r, "PRX") for _ in range(r.randint(3, 6))]
    text = f"""Bonjour à tous,

Avis de sécurité de {vname} reçu ce matin ({d_fr(now.date())}) : risque d'épuisement prématuré de la batterie pour certains DCI PRX-VR et PRX-DR fabriqués entre mars et juin {now.year - 2}.

Lots visés : {', '.join(lot(r) for _ in range(3))}
Numéros de série en stock à retirer immédiatement : {', '.join(serials)}

La clinique de stimulateurs produira la liste des porteurs et la transmettra aux cardiologues traitants par la voie sécurisée habituelle — ne pas la diffuser par courriel.
Aucune explantation préventive n'est recommandée à ce stade; le fabricant propose une reprogrammation lors du prochain suivi.

{signature(m, 'fr')}
"""
    return Spec("neg", "recall", "fr", f"Avis de sécurité — {vname} PRX", text, staff_addr(m), [ALL, ("Clinique de stimulateurs", org_addr("stimulateurs"))],
                note="avis de rappel de dispositifs (lots et séries)")


def shortage(w, now):
    r = w.rng
    ph = w.pick_staff("pharm")
    drug = r.choice([("digoxine injectable 0,25 mg/mL", "utiliser l'amiodarone IV ou le diltiazem IV selon l'indication"),
                     ("milrinone 1 mg/mL", "réserver aux patients en choc cardiogénique; dobutamine en alternative"),
                     ("nitroglycérine sublinguale en vaporisateur", "comprimés SL 0,3 mg disponibles"),
                     ("métoprolol injectable", "réserver à l'unité coronarienne")])
    text = f"""Bonjour,

Avis de rupture d'approvisionnement : {drug[0]}.
Durée estimée : {r.choice(['4 à 6 semaines', 'jusqu’à la fin du trimestre', 'indéterminée'])}.
Conduite : {drug[1]}.

Les ordonnances pré-imprimées seront mises à jour. Questions : pharmacie, poste {ph.ext}.

{signature(ph, 'fr')}
"""
    return Spec("neg", "drug_shortage", "fr", f"Pénurie — {drug[0]}", text, staff_addr(ph), [ALL], note="avis de pénurie de médicament")


def it_notice(w, now):
    r = w.rng
    it = w.pick_staff("it")
    d = w.future(now.date(), 1, 10)
    kind = r.choice([
        ("Interruption PACS cardiologie", f"Le PACS de cardiologie et le logiciel de lecture d'écho seront indisponibles le {d_short_fr(d)} de 22 h à 2 h (mise à jour). Les examens seront mis en file et transférés au redémarrage."),
        ("Changement de mot de passe obligatoire", "Votre mot de passe réseau expire dans 5 jours. Changez-le via le portail libre-service. Aucun employé des TI ne vous demandera votre mot de passe par courriel."),
        ("Tentative d'hameçonnage", "Un courriel frauduleux intitulé « Résultats de laboratoire en attente » circule. Ne cliquez pas sur le lien et signalez-le avec le bouton « Signaler »."),
        ("Nouveaux postes de lecture ECG", f"Les postes de lecture ECG de la clinique externe seront remplacés le {d_short_fr(d)}. Enregistrez vos fichiers locaux sur le lecteur réseau (H:) d'ici là."),
    ])
    text = f"""{kind[1]}

Billet de référence : INC{r.randint(1000000, 9999999)}
Centre de services TI : poste 4357 (HELP), 819-555-0199

{signature(it, 'fr')}
"""
    return Spec("neg", "it", "fr", kind[0], text, ("Centre de services TI", org_addr("ti")), [ALL], note="avis des technologies de l'information")


def facilities(w, now):
    r = w.rng
    f = w.pick_staff("facil")
    d = w.future(now.date(), 1, 14)
    kind = r.choice([
        ("Ascenseur B2 hors service", f"L'ascenseur B2 sera hors service du {d_short_fr(d)} au {d_short_fr(d + dt.timedelta(days=3))}. Les civières vers l'hémodynamie passeront par l'ascenseur B1."),
        ("Climatisation — salle d'hémodynamie 2", f"Travaux sur l'unité de traitement d'air de la salle 2 le {d_short_fr(d)} dès 6 h. Température à surveiller; aucun cas avant 10 h."),
        ("Exercice d'évacuation", f"Exercice d'incendie au pavillon B le {d_short_fr(d)} vers 10 h. Les patients en examen ne seront pas évacués; le personnel désigné se rend au point de ralliement."),
        ("Stationnement P3", f"Le stationnement P3 sera fermé le {d_short_fr(d)} (déneigement). Utilisez P1 ou P4."),
    ])
    text = f"""{kind[1]}

Pour toute urgence : services techniques, poste 2222.
{signature(f, 'fr', short=True)}
"""
    return Spec("neg", "facilities", "fr", kind[0], text, ("Services techniques", org_addr("services.techniques")), [ALL], note="avis des services techniques")


def stats(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    months = ["oct.", "nov.", "déc.", "janv."]
    rows = [["Indicateur"] + months]
    for ind in ["ETT réalisées", "ETO réalisées", "Écho de stress", "Délai médian ETT élective (jours)", "Patients en attente > 90 j",
                "Interrogations de stimulateurs", "Transmissions télésuivi", "Nouveaux patients clinique IC", "Réadmissions IC 30 j (%)"]:
        rows.append([ind] + [r.randint(5, 900) if "%" not in ind else round(r.uniform(12, 22), 1) for _ in months])
    x = make_xlsx([("Tableau de bord", rows)], author=m.full)
    text = f"""Bonjour,

Tableau de bord mensuel des activités (données agrégées, aucune donnée nominative).
Faits saillants : {r.choice(['le délai ETT élective a baissé de 12 jours', 'hausse de 18 % des transmissions de télésuivi', 'les réadmissions IC restent au-dessus de la cible de 15 %'])}.

{signature(m, 'fr')}
"""
    return Spec("neg", "statistics", "fr", f"Tableau de bord — cardiologie {months[-1]}", text, staff_addr(m), [("Comité de direction", org_addr("direction-cardio"))],
                note="statistiques mensuelles agrégées", attachments=[Att("xlsx", "tableau_de_bord.xlsx", x)])


TEACH_FR = [
    ("{sexe} de {age} ans, connu pour HTA et diabète, se présente pour dyspnée NYHA III progressive depuis 3 mois.\n"
     "ECG : rythme sinusal, BBG, QRS 158 ms. ETT : FEVG 25 %, IM modérée fonctionnelle. NT-proBNP 6 400 ng/L.\n"
     "Sous traitement optimal depuis 4 mois (sacubitril/valsartan, bisoprolol, spironolactone, dapagliflozine).",
     ["Quelles sont les indications de resynchronisation?", "Place du DCI en prévention primaire dans ce contexte?",
      "Quand référer pour évaluation de thérapies avancées?"]),
    ("Femme de 34 ans, deux semaines après un accouchement, consulte pour orthopnée et œdème des membres inférieurs.\n"
     "ETT : VG dilaté, FEVG 30 %. Coronaires non évaluées.",
     ["Diagnostic différentiel?", "Place de la bromocriptine?", "Contraception et grossesses futures : quels conseils?"]),
    ("{sexe} de {age} ans, douleur rétrosternale depuis 2 h, sus-décalage ST en DII, DIII, aVF, BAV complet à 38/min.\n"
     "TA 84/50. Aucun antécédent connu.",
     ["Prise en charge initiale?", "Indication de stimulation temporaire?", "Atteinte du VD : quels signes rechercher?"]),
]


def teaching_case(w, now):
    r = w.rng
    d = w.pick_staff("cardio")
    vignette, qs = r.choice(TEACH_FR)
    vignette = vignette.format(sexe=r.choice(["Homme", "Femme"]), age=r.randint(52, 84))
    text = f"""Bonjour aux résidents,

Cas du mois (dépersonnalisé) pour la présentation de {r.choice(['jeudi', 'mardi midi', 'la tournée de vendredi'])} :

{vignette}

Questions :
""" + "\n".join(f"{i}. {q}" for i, q in enumerate(qs, 1)) + f"""

Aucune information permettant d'identifier la personne ne doit être ajoutée aux diapositives.

{d.title} {d.full}
{'Directrice' if d.sex == 'F' else 'Directeur'} du programme de résidence
"""
    return Spec("neg", "teaching", "fr", r.choice(["Cas du mois — résidents", "Cas clinique pour la formation", "Club de cas — cardiologie"]),
                text, staff_addr(d), [("Résidents cardiologie", org_addr("residents"))],
                note="cas clinique d'enseignement dépersonnalisé")


def blank_form(w, now):
    r = w.rng
    c = w.pick_staff("clerk")
    paras = ["Nom du patient : ______________________    Prénom : ____________________",
             "Date de naissance (AAAA-MM-JJ) : ____________    Sexe : □ F □ M",
             "NAM : ______________________    Exp. : ________    No de dossier : __________",
             "Adresse : _____________________________________________",
             "Téléphone : ____________________",
             "## Motif de consultation", "□ Insuffisance cardiaque   □ FA / arythmie   □ Valvulopathie   □ Syncope   □ Autre : ________",
             "## Médication actuelle", "____________________________________________",
             "## Médecin référent", "Nom : ______________  No de permis : ________  Signature : __________"]
    docx = make_docx("Demande de consultation en cardiologie — formulaire", paras, author="ICVB")
    text = f"""Bonjour,

Voici la nouvelle version du formulaire de demande de consultation (version {now.year}-{r.randint(1, 9):02d}). Merci de retirer les anciennes copies des cliniques.
Les formulaires incomplets (sans NAM ou sans motif) seront retournés au référent.

{signature(c, 'fr')}
"""
    return Spec("neg", "blank_form", "fr", "Nouveau formulaire de demande de consultation", text, staff_addr(c),
                [("Cliniques partenaires", "secretariat@gmf4v.example")], note="formulaire vierge de demande de consultation",
                attachments=[Att("docx", "Formulaire_demande_consultation_cardio.docx", docx)])


MERGE_FR = [
    ("écho de stress", "Votre examen aura lieu le «Date_RV» à «Heure_RV» au laboratoire d'échocardiographie (pavillon B, 2e étage).\n"
     "Veuillez cesser votre bêtabloquant 48 heures avant l'examen, sauf avis contraire de votre médecin."),
    ("suivi de stimulateur", "Votre vérification de stimulateur cardiaque ou de défibrillateur aura lieu le «Date_RV» à «Heure_RV» à la clinique de stimulateurs.\n"
     "Apportez votre carte de porteur et votre télémoniteur si vous en avez un."),
    ("réadaptation cardiaque", "Votre première séance de réadaptation cardiaque aura lieu le «Date_RV» à «Heure_RV» au gymnase du pavillon C.\n"
     "Portez des vêtements confortables et des espadrilles."),
]


def mail_merge(w, now):
    r = w.rng
    c = w.pick_staff("clerk")
    what, body = r.choice(MERGE_FR)
    text = f"""Bonjour,

Voici le gabarit de lettre de convocation ({what}) à charger dans le publipostage. Les champs entre « » sont remplis automatiquement.

-----
«Titre» «Prénom» «Nom»
«Adresse»
«Ville» («Province») «Code_postal»

Objet : Votre rendez-vous — {what}

«Titre» «Nom»,

{body}
Apportez votre carte d'assurance maladie et la liste de vos médicaments.

Pour annuler : 819-555-0120.
-----

{signature(c, 'fr')}
"""
    return Spec("neg", "template", "fr", f"Gabarit — convocation {what}", text, staff_addr(c), [("Centrale de rendez-vous", org_addr("rdv.cardio"))],
                note="gabarit de publipostage vide")


def research(w, now):
    r = w.rng
    rc = w.pick_staff("research")
    pi = w.pick_staff("cardio")
    crit = r.choice(["Critères d'inclusion : IC à FEVG ≤ 40 %, NYHA II-III, hospitalisation pour IC dans les 12 derniers mois, ferritine < 100 µg/L.\nCritères d'exclusion : DFGe < 20, transfusion dans les 30 jours, grossesse.", "Critères d'inclusion : 65 ans et plus, congé récent après SCA, accès à une tablette ou un ordinateur.\nCritères d'exclusion : angine instable, incapacité à marcher 6 minutes.", "Critères d'inclusion : FA paroxystique documentée, CHA2DS2-VASc ≥ 2, porteur d'une montre intelligente.\nCritères d'exclusion : anticoagulation contre-indiquée."])
    text = f"""Bonjour,

L'étude {r.choice(['CARDI-FER', 'TITRE-IC', 'REHAB-VIRT'])} (protocole v{r.randint(2, 5)}.0, approuvé par le CER le {d_fr(now.date() - dt.timedelta(days=r.randint(20, 90)))}) commence le recrutement.

Chercheur principal : {pi.title} {pi.full}
{crit}
Objectif : {r.randint(120, 400)} participants sur 2 ans.

Si vous identifiez un patient admissible, remplissez la fiche de pré-sélection (sans nom) et déposez-la dans la boîte de l'équipe de recherche; nous communiquerons avec le médecin traitant.

{signature(rc, 'fr')}
"""
    return Spec("neg", "research", "fr", "Début du recrutement — étude en insuffisance cardiaque", text, staff_addr(rc), [ALL],
                note="annonce de protocole de recherche sans participants")


def vendor_card(w, now):
    r = w.rng
    vname, vdom = PARTNERS["vendor2"]
    rep = w.patient("fr", age=(28, 55))
    m = w.pick_staff("manager")
    vcf = make_vcard(rep.given, rep.surname, cell=f"514-555-01{r.randint(10, 99)}", email=f"{ascii_slug(rep.given).lower()}.{ascii_slug(rep.surname).lower()}@{vdom}",
                     org=vname, title="Spécialiste clinique, rythmologie")
    text = f"""Bonjour {m.given},

Je suis la nouvelle personne-ressource pour le soutien technique en salle (programmation, suivi des implantations) sur votre territoire. Ma fiche est jointe.
Je serai présent{'e' if rep.sex == 'F' else ''} aux implantations du mardi et du jeudi à partir du {d_fr(w.future(now.date(), 3, 14))}.

{rep.given} {rep.surname}
{vname}
"""
    return Spec("neg", "vendor", "fr", "Nouvelle personne-ressource — soutien technique", text,
                (f"{rep.given} {rep.surname}", f"{ascii_slug(rep.given).lower()}.{ascii_slug(rep.surname).lower()}@{vdom}"),
                [staff_addr(m)], note="fiche contact d'un représentant fournisseur",
                attachments=[Att("vcf", f"{rep.given}_{rep.surname}.vcf", vcf)])


def policy_zip(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    docs = []
    for title, lines in [("Procédure — préparation à la coronarographie", ["1. Vérifier l'allergie à l'iode.", "2. Créatinine < 30 jours.", "3. Cesser AOD selon le tableau."]),
                         ("Procédure — aimant sur stimulateur en chirurgie", ["Aviser la clinique de stimulateurs 48 h avant.", "Aimant disponible au bloc 3."]),
                         ("Politique — protection des renseignements personnels", ["Ne jamais transmettre de NAM ou de nom de patient par courriel non chiffré.", "Utiliser la messagerie sécurisée."])]:
        docs.append((title.split(" — ")[1].replace(" ", "_") + ".pdf", make_pdf(title, lines, author="Qualité")))
    z = make_zip(docs)
    text = f"""Bonjour,

Les procédures révisées par le comité qualité sont regroupées dans l'archive jointe. Elles entrent en vigueur le {d_fr(w.future(now.date(), 7, 21))}.

{signature(m, 'fr')}
"""
    return Spec("neg", "policy", "fr", "Procédures révisées — comité qualité", text, staff_addr(m), [ALL],
                note="archive de procédures et politiques", attachments=[Att("zip", "procedures_revisees.zip", z)])


def forwarded_notice(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    src = w.pick_staff("comm")
    d = w.future(now.date(), 5, 20)
    inner = Spec("neg", "notice", "fr", "Visite d'agrément — rappel", f"""Bonjour,

La visite d'Agrément aura lieu du {d_fr(d)} au {d_fr(d + dt.timedelta(days=3))}. Les visiteurs pourraient passer à la clinique d'insuffisance cardiaque et au laboratoire d'écho.
Rappels : double identification des patients, hygiène des mains, bilan comparatif des médicaments.

{signature(src, 'fr')}""", staff_addr(src), [ALL])
    inner.date = now - dt.timedelta(days=r.randint(1, 4))
    text = f"""Pour info — voir le message ci-joint. On fera une revue rapide au caucus de mardi.

{m.given}
"""
    return Spec("neg", "forward", "fr", "TR: Visite d'agrément — rappel", text, staff_addr(m), [("Équipe clinique IC", org_addr("clinique.ic"))],
                note="avis d'agrément transféré en pièce jointe .eml", attachments=[Att("eml", "Visite_agrement.eml", inner)])


def privacy_reminder(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    text = f"""Bonjour à tous,

Petit rappel à la suite d'un incident dans un autre service : aucun nom de patient, NAM, date de naissance ou numéro de dossier ne doit figurer dans l'objet ou le corps d'un courriel envoyé à l'extérieur de l'Institut.
Pour les transferts vers les pharmacies, les GMF et les assureurs, utilisez la messagerie sécurisée ou le télécopieur.

Exemple de ce qu'il ne faut PAS écrire : « Nom : ______ , NAM : ______ , diagnostic : ______ ».

Merci de votre collaboration,
{signature(m, 'fr')}
"""
    return Spec("neg", "policy", "fr", "Rappel — confidentialité des courriels", text, staff_addr(m), [ALL], note="rappel de politique de confidentialité")


def rehab_classes(w, now):
    r = w.rng
    k = w.pick_staff("kin")
    kins = staff_names(w, "kin", 3)
    text = f"""Bonjour,

Horaire des groupes de réadaptation cardiaque — session d'hiver :

Lundi et mercredi 9 h — Groupe A (entraînement aérobie) — {kins[0].given} {kins[0].surname}
Lundi et mercredi 13 h — Groupe B (post-chirurgie) — {kins[1 % len(kins)].given} {kins[1 % len(kins)].surname}
Mardi et jeudi 10 h — Groupe C (insuffisance cardiaque) — {kins[2 % len(kins)].given} {kins[2 % len(kins)].surname}
Vendredi 11 h — Atelier d'enseignement : alimentation faible en sel (nutritionniste)

Capacité : 12 participants par groupe. {r.randint(4, 15)} places encore disponibles au total.

{signature(k, 'fr')}
"""
    return Spec("neg", "schedule", "fr", "Horaire des groupes — réadaptation cardiaque", text, staff_addr(k), [ALL],
                note="horaire des groupes de réadaptation sans participants")


def cath_blocks(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    docs = staff_names(w, "cardio", 6)
    days = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]
    lines = []
    for d in days:
        a, b = r.sample(docs, 2)
        lines.append(f"{d:9s} Salle 1 : {a.title} {a.surname} ({r.choice(['coronaires', 'CTO', 'structurel'])})   Salle 2 : {b.title} {b.surname} ({r.choice(['coronaires', 'EP', 'implantations'])})")
    text = f"""Bonjour,

Répartition des blocs opératoires de l'hémodynamie à compter du {d_fr(w.future(now.date(), 7, 21))} :

""" + "\n".join(lines) + f"""

Les demandes de changement passent par moi.
{signature(m, 'fr')}
"""
    return Spec("neg", "schedule", "fr", "Répartition des blocs — hémodynamie", text, staff_addr(m), [("Cardiologues", org_addr("cardiologues"))],
                note="répartition des blocs de salle par médecin")


TEMPLATES = [invoice, purchase_order, inventory, recall, shortage, it_notice, facilities, stats, teaching_case, blank_form,
             mail_merge, research, vendor_card, policy_zip, forwarded_notice, privacy_reminder, rehab_classes, cath_blocks]
