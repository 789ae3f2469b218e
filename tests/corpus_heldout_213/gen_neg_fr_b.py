"""Negative (non-confidential) French messages, part B: inventory, IT, facilities,
statistics, teaching cases, blank forms, shortages, research, staff news, candidates."""
import datetime

from gen_common import ORG_FR, date_fr, shift, pick, MONTHS_FR, ascii_fold
from gen_ids import luhn_serial, isbt_din
from gen_attach import make_pdf, make_docx
from gen_tpl import (spec, att_pdf, att_docx, att_xlsx, att_csv, att_zip, att_vcf, att_eml, list_addr, ext_addr, dt)


def inventaire(w, k):
    rng = w.rng
    tm = w.staff("tm_chef")
    groups = ["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"]
    lines = [f"{g:<4} CG {rng.randint(2, 6) if g == 'O-' else rng.randint(8, 40):>3}   PC {rng.randint(0, 25):>3}"
             for g in groups]
    exp = [f"{isbt_din(rng)}  {pick(rng, groups)}  exp. {date_fr(shift(w.today, rng.randint(1, 3)), 1)}" for _ in range(rng.randint(3, 6))]
    text = (f"Bonjour,\n\nInventaire de {pick(rng, ['7 h', '15 h', '23 h'])} — {tm.hospital['fr']} :\n\n" + "\n".join(lines) +
            f"\n\nPlaquettes : {rng.randint(1, 6)} doses (dont 1 irradiée). Cryo : {rng.randint(10, 40)}.\n\n"
            "Unités qui expirent d'ici 72 h (à transférer au CHMV si non utilisées) :\n" + "\n".join(exp) +
            f"\n\nO négatif sous le seuil d'alerte : commande d'urgence passée à {w.supplier}.\n\n" + tm.signature("fr", rng, short=True))
    return spec("inventory", "fr", tm.addr(), [list_addr("banquedesang.reseau", "Banques de sang du réseau")],
                pick(rng, ["Inventaire produits sanguins", "Inventaire BDS + unités à expiration", "État des stocks"]),
                text=text, note="blood product inventory with unit numbers")


def ti_sil(w, k):
    rng = w.rng
    ti = w.staff("ti")
    d = shift(w.today, rng.randint(2, 10))
    v = k % 3
    if v == 0:
        text = (f"Bonjour,\n\nUn arrêt planifié du système d'information de laboratoire (SIL) aura lieu le {date_fr(d, 2)} "
                "de 1 h à 4 h pour l'application du correctif 8.4.2.\n\nPendant l'arrêt, la banque de sang fonctionnera en mode "
                "dégradé : requêtes papier, étiquettes manuscrites et registre de délivrance papier. Les procédures "
                "BDS-PR-031 et BDS-PR-032 sont dans le cartable rouge.\n\n" + ti.signature("fr", rng))
        subj = "Arrêt planifié du SIL"
    elif v == 1:
        text = ("Bonjour,\n\nNous avons reçu plusieurs courriels frauduleux demandant de « valider votre boîte aux lettres ». "
                "Ne cliquez pas sur le lien. Le service des TI ne vous demandera jamais votre mot de passe.\n\n"
                f"Pour signaler un courriel suspect : {ti.hospital['area']} 555-01{rng.randint(10, 99)} ou securite.ti@trois-rivages.example.\n\n"
                + ti.signature("fr", rng))
        subj = "Avertissement : hameçonnage en cours"
    else:
        text = (f"Bonjour,\n\nLe remplacement des postes de la banque de sang est prévu le {date_fr(d, 2)}.\n"
                f"Postes visés : BDS-{rng.randint(100, 199)}, BDS-{rng.randint(200, 299)}, BDS-{rng.randint(300, 399)}\n"
                f"No de série du nouveau lecteur de codes-barres : {luhn_serial(rng, 12)}\n\n"
                "Les tests de validation de l'interface avec l'analyseur se feront avec le patient fictif habituel "
                "(dossier de test du SIL). Merci de libérer un poste à la fois.\n\n" + ti.signature("fr", rng))
        subj = "Remplacement des postes - banque de sang"
    return spec("it_notice", "fr", ti.addr(), [list_addr("laboratoires.tous", "Laboratoires")], subj, text=text,
                note="IT notice for laboratory staff")


def installations(w, k):
    rng = w.rng
    inst = w.staff("inst")
    tm = w.staff("tm_chef", hospital=inst.hospital)
    serial = luhn_serial(rng, 10)
    v = k % 2
    if v == 0:
        text = (f"Bonjour {tm.given},\n\nL'alarme du réfrigérateur de produits sanguins no 2 (no de série {serial}, "
                f"actif {luhn_serial(rng, 9)}) a sonné à {rng.randint(1, 5)} h {rng.randint(10, 59)} : "
                f"température montée à {str(rng.randint(60, 75) / 10).replace('.', ',')} °C pendant {rng.randint(8, 25)} minutes (porte mal fermée).\n\n"
                "Le technicien a vérifié le joint d'étanchéité; aucune défaillance du compresseur. Enregistrement de "
                "température joint à votre registre.\n\n" + inst.signature("fr", rng))
        subj = "Alarme réfrigérateur BDS no 2"
    else:
        d = shift(w.today, rng.randint(2, 8))
        text = (f"Bonjour,\n\nEssai de la génératrice d'urgence le {date_fr(d, 2)} à 6 h. Coupure de 10 à 30 secondes "
                "sur les prises normales; les congélateurs à plasma sont sur prises rouges (alimentation d'urgence). "
                "Aucune intervention requise.\n\n" + inst.signature("fr", rng))
        subj = "Essai génératrice - laboratoires"
    return spec("facilities", "fr", inst.addr(), [tm.addr()], subj, text=text, note="facilities notice for blood bank equipment")


def stats(w, k):
    rng = w.rng
    gest = w.staff("gest")
    rows = [["Installation", "CG transfusés", "PC transfusés", "Plaquettes", "IgIV (g)", "Réactions déclarées", "Unités périmées"]]
    for h in w.hospitals:
        rows.append([h["fr"], rng.randint(300, 1800), rng.randint(40, 400), rng.randint(20, 300), rng.randint(2000, 12000),
                     rng.randint(2, 25), rng.randint(0, 30)])
    m = MONTHS_FR[(w.today.month - 2) % 12]
    text = (f"Bonjour,\n\nVoici les indicateurs d'utilisation des produits sanguins pour {m}. "
            f"Le taux de péremption des CG est de {rng.randint(5, 25) / 10} %, sous la cible de 3 %.\n\n"
            "Aucune donnée nominative n'est incluse. Présentation au comité de médecine transfusionnelle le mois prochain.\n\n"
            + gest.signature("fr", rng))
    return spec("statistics", "fr", gest.addr(), [list_addr("direction.laboratoires")], f"Indicateurs BDS - {m}",
                text=text, atts=[att_xlsx(f"indicateurs_{m}.xlsx", [("Indicateurs", rows)], author=gest.full)],
                note="monthly aggregate blood usage indicators")


def cas_enseignement(w, k):
    rng = w.rng
    hem = w.staff("hemato")
    a = rng.randint(25, 80)
    cas = pick(rng, [
        f"Une femme de {a} ans, G3P2, groupe O Rh négatif, présente un dépistage positif à 28 semaines. "
        "L'identification montre un anti-D avec un titre de 1:32. A-t-elle reçu de l'Ig anti-D? Quelle surveillance proposer?",
        f"Un homme de {a} ans, drépanocytaire, développe 8 jours après une transfusion une douleur diffuse, un ictère et une Hb "
        "plus basse qu'avant la transfusion. TDA positif. Quel est votre diagnostic différentiel?",
        f"Un patient de {a} ans reçoit du plasma et présente en 2 h une détresse respiratoire avec infiltrats bilatéraux, "
        "TA normale, BNP normal. TACO ou TRALI?"])
    text = (f"Bonjour aux résident(e)s,\n\nCas de la semaine (dé-identifié) pour la discussion de jeudi :\n\n{cas}\n\n"
            "Réponses à m'envoyer avant mercredi midi. Références : guide canadien de médecine transfusionnelle, chapitre 10.\n\n"
            + hem.signature("fr", rng))
    return spec("teaching_case", "fr", hem.addr(), [list_addr("residents.hemato", "Résidents hématologie")],
                pick(rng, ["Cas de la semaine - immunohématologie", "Cas clinique pour jeudi"]), text=text,
                note="de-identified teaching case")


def formulaire(w, k):
    rng = w.rng
    cst = w.staff("cst")
    if k % 2 == 0:
        paras = ["Nom du patient : ______________________   Prénom : ______________",
                 "NAM : ____ ____ ____     Date de naissance : ____/____/______",
                 "No de dossier : __________   Unité de soins : ________",
                 "## Produit en cause", "No d'unité (DIN) : ____________________   Type : □ CG □ PC □ Plaq. □ Cryo",
                 "## Signes et symptômes", "□ Fièvre   □ Frissons   □ Urticaire   □ Dyspnée   □ Hypotension   □ Douleur lombaire",
                 "## Déclarant", "Nom : ______________   Signature : ______________   Date : __________"]
        att = att_docx("Formulaire_declaration_RT_vierge.docx", "Déclaration de réaction transfusionnelle (vierge)",
                       paras, author=cst.full)
        text = ("Bonjour,\n\nLa nouvelle version du formulaire de déclaration de réaction transfusionnelle (rév. "
                f"{w.today.year}-{rng.randint(1, 9):02d}) est jointe. Merci de détruire les anciennes copies papier des unités.\n\n"
                + cst.signature("fr", rng))
        subj = "Nouveau formulaire de déclaration RT"
    else:
        tpl = ("«Civilité» «Prénom» «Nom»\n«Adresse»\n«Ville» (Québec) «Code_postal»\n\n"
               "Objet : présence d'anticorps irréguliers\n\n«Civilité»,\n\nLors de votre séjour à «Installation», "
               "nos analyses ont révélé la présence de l'anticorps «Anticorps». Veuillez conserver la carte ci-jointe.\n")
        att = att_docx("Gabarit_lettre_anticorps.docx", "Gabarit — lettre d'anticorps (publipostage)",
                       tpl.split("\n"), author=cst.full)
        text = ("Bonjour,\n\nVoici le gabarit de publipostage corrigé pour les lettres d'anticorps (les champs « » "
                "se remplissent à partir de l'extraction du SIL). Ne pas modifier les noms de champs.\n\n" + cst.signature("fr", rng))
        subj = "Gabarit lettre anticorps - version corrigée"
    return spec("blank_form", "fr", cst.addr(), [list_addr("chefs.unites", "Chefs d'unités")], subj, text=text,
                atts=[att], note="blank form or mail-merge template")


def penurie(w, k):
    rng = w.rng
    ph = w.staff("pharm")
    v = k % 2
    if v == 0:
        prod = pick(rng, ["immunoglobulines IV (Privigen 10 %)", "concentré de fibrinogène (RiaSTAP)", "albumine 25 %"])
        text = (f"Bonjour,\n\nAvis de pénurie : {prod}. L'approvisionnement est limité jusqu'à nouvel ordre.\n\n"
                "Mesures : toute nouvelle ordonnance doit être approuvée par l'hématologue de garde; les indications "
                "de priorité 1 (p. ex. PTI avec saignement, syndrome de Guillain-Barré) sont maintenues.\n\n" + ph.signature("fr", rng))
        subj = f"Pénurie - {prod.split(' (')[0]}"
    else:
        lots = [luhn_serial(rng, 8) for _ in range(rng.randint(2, 4))]
        text = ("Bonjour,\n\nRappel volontaire du fabricant (niveau II) visant les lots suivants d'albumine 5 % 250 mL :\n"
                + "\n".join(f"  Lot {l}  exp. {date_fr(shift(w.today, rng.randint(100, 500)), 3)}" for l in lots) +
                "\n\nMettre en quarantaine et retourner à la pharmacie. Aucun effet indésirable rapporté à ce jour.\n\n" + ph.signature("fr", rng))
        subj = "Rappel de lots - albumine 5 %"
    return spec("shortage_recall", "fr", ph.addr(), [list_addr("prescripteurs", "Prescripteurs")], subj, text=text,
                note="drug shortage or lot recall notice")


def recherche(w, k):
    rng = w.rng
    pi = w.staff("hemato")
    coord = w.staff("inf_pbm")
    text = (f"Bonjour,\n\nLe comité d'éthique de la recherche a approuvé le protocole « TRI-FER : fer intraveineux préopératoire "
            "versus soins usuels en arthroplastie » (CÉR-2025-" + str(rng.randint(100, 999)) + ").\n\n"
            f"Chercheur principal : {pi.dr('fr')}\nCoordination : {coord.full}\n"
            f"Critères d'inclusion : adultes, Hb 100-129 g/L, ferritine < 100 µg/L, chirurgie dans 3 à 8 semaines.\n"
            f"Objectif de recrutement : {rng.randint(120, 300)} participants sur 2 ans.\n\n"
            "Le protocole et le formulaire de consentement (version vierge) sont joints. Aucun participant n'est encore recruté.\n\n"
            + coord.signature("fr", rng))
    pdf = att_pdf("Protocole_TRI-FER_v2.pdf", "Protocole TRI-FER — version 2.0",
                  ["## Résumé", "Essai randomisé pragmatique, ouvert, deux bras.", "## Population",
                   "Adultes en attente d'arthroplastie avec anémie ferriprive.", "## Issue principale",
                   "Proportion de patients transfusés à J30."], author=pi.full)
    return spec("research_protocol", "fr", coord.addr(), [list_addr("orthopedie", "Orthopédie"), pi.addr()],
                "Approbation éthique - étude TRI-FER", text=text, atts=[pdf], note="research protocol approval without participants")


def nouvelles_equipe(w, k):
    rng = w.rng
    chef = w.staff("tm_chef")
    col = w.staff("tm", sex="F", hospital=chef.hospital)
    v = k % 2
    if v == 0:
        bd = shift(w.today, -rng.randint(1, 6))
        bebe = pick(rng, ["Léonie", "Mila", "Arthur", "Noah", "Florence"])
        text = (f"Bonjour l'équipe,\n\nGrande nouvelle : {col.given} {col.surname} a accouché de {bebe} le {date_fr(bd, 2)}, "
                f"{rng.randint(28, 41) / 10:.1f} kg, tout le monde se porte bien! Une carte circule à la réception de la "
                "banque de sang pour ceux qui veulent signer.\n\n" + chef.given)
        subj = f"Bienvenue {bebe}!"
    else:
        mois = MONTHS_FR[w.today.month % 12]
        lst = [w.staff("tm", hospital=chef.hospital) for _ in range(3)]
        text = (f"Bonjour à tous,\n\nLes anniversaires de {mois} : " +
                ", ".join(f"{p.full} ({rng.randint(1, 28)} {mois})" for p in lst) +
                ". Gâteau vendredi à 14 h 30 à la salle de pause (apportez votre tasse).\n\n" + chef.given)
        subj = f"Anniversaires de {mois}"
    return spec("staff_news", "fr", chef.addr(), [list_addr("equipe.bds", "Équipe BDS")], subj, text=text,
                note="staff social news")


def candidature(w, k):
    rng = w.rng
    rh = w.staff("rh")
    chef = w.staff("tm_chef")
    cand = w.staff("tm")
    paras = [f"{cand.full}", f"{rng.randint(10, 999)}, {pick(rng, ['rue des Lilas', 'avenue Royale', 'rue du Moulin'])}, Mont-Vallier",
             f"Cellulaire : 450 555-01{rng.randint(10, 99)}", "## Formation", "DEC en technologie d'analyses biomédicales (2019)",
             "## Expérience", "Technologiste médical(e), hématologie et banque de sang, 2019-aujourd'hui",
             "## Compétences", "Identification d'anticorps, épreuves croisées, gestion des inventaires, ISO 15189"]
    text = (f"Bonjour {chef.given},\n\nVoici la candidature de {cand.full} pour le poste de soir affiché (no {w.today.year}-{rng.randint(100, 999)}). "
            "Seriez-vous disponible pour une entrevue la semaine prochaine?\n\n" + rh.signature("fr", rng))
    atts = [att_docx(f"CV_{cand.surname}_{cand.given}.docx", "Curriculum vitae", paras, author=cand.full)]
    if k % 2 == 1:
        atts.append(att_vcf(f"{cand.full}.vcf", family=cand.surname, given=cand.given,
                            tel=f"450 555-01{rng.randint(10, 99)}", email=ascii_fold(cand.given).lower() + ".candidat@courriel.example",
                            note="Candidat(e) - poste TM soir"))
    return spec("job_candidate", "fr", rh.addr(), [chef.addr()], f"Candidature - poste TM soir", text=text, atts=atts,
                note="job candidate CV forwarded to manager")
