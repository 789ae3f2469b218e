"""Non-confidential (hard negative) messages written in French."""
import datetime

from stdnum import luhn

import gen_clin as K
import gen_common as C
from gen_mime import Att, Mail

S = C.staff_addr
D = C.EXT_DOMAINS
NURSES = ["bellavance", "ferland", "trudel", "tanguay"]
MDS = ["vachon", "lachapelle", "okafor", "ahmadi", "zhang"]
EXTRA_STAFF = ["Annie Beaudoin", "Kevin Lemay", "Sophie Gendron", "Josianne Fréchette", "Marie-Pier Lacroix",
               "Yannick Dumas", "Nathalie Bernier", "Rosalie Cormier", "Hugo Labbé", "Chloé Marchand"]
SPEAKERS = [("Dre", "Sophie Arcand", "CHU de Québec-Laval (fictif)"), ("Dr", "Paul-Émile Drolet", "Université de Sherbrooke (fictif)"),
            ("Dre", "Rebecca Lau", "Hôpital général juif (fictif)"), ("Dr", "Karim Benali", "CHUM (fictif)"),
            ("Dre", "Inès Vasseur", "Institut de rhumatologie de Montréal (fictif)")]


def luhn_serial(r, n):
    body = "".join(r.choice("0123456789") for _ in range(n - 1))
    if body[0] == "0":
        body = "7" + body[1:]
    return body + luhn.calc_check_digit(body)


def sig(key, r):
    return C.signature(key, "fr", r)


def key_of(addr):
    return addr[1].split("@")[0].split(".")[-1]


# ------------------------------------------------------------------ horaire

def horaire(r, P, dt):
    start = C.future(dt, r, 7, 20)
    start -= datetime.timedelta(days=start.weekday())
    names = [C.staff_name(k, "fr", False) for k in NURSES] + r.sample(EXTRA_STAFF, 3)
    rows = []
    for n in names:
        rows.append([n] + [r.choice(["J 7h30-15h30", "J 8h-16h", "S 15h30-23h30", "Congé", "Formation", "J 7h30-15h30"])
                           for _ in range(5)])
    hdr = ["Employé(e)"] + [f"{C.weekday_fr(start + datetime.timedelta(days=i))[:3]}. {(start + datetime.timedelta(days=i)).day}"
                            for i in range(5)]
    blocks = ["Bonjour à toutes et à tous,", "",
              f"Voici l'horaire du CPB pour la semaine du {C.fmt_date(start, 'fr', 'long')}.",
              r.choice(["Merci de m'aviser de tout échange avant jeudi midi.",
                        "Deux postes de soir restent à combler; les intéressées peuvent m'écrire.",
                        "Rappel : les échanges doivent être approuvés par la chef d'unité."])]
    atts = []
    if r.random() < 0.5:
        atts.append(Att("xlsx", f"horaire_CPB_{start.isoformat()}.xlsx", sheets=[("Semaine", hdr, rows)]))
    else:
        blocks += ["", ("table", hdr, rows)]
    blocks += [""] + sig("tanguay", r)
    return Mail("fr", "schedule", "weekly staff schedule for the infusion centre", S("tanguay"),
                [("Équipe CPB", f"cpb-infirmieres@{C.DOM}")], f"Horaire CPB - semaine du {start.day} {C.FR_MONTHS[start.month - 1]}",
                blocks, atts=atts)


# ------------------------------------------------------------------ congés

def conges(r, P, dt):
    who = r.choice(NURSES + ["carrier", "asselin", "nolet"])
    name = C.staff_name(who, "fr", False)
    d1 = C.future(dt, r, 20, 120)
    d2 = d1 + datetime.timedelta(days=r.choice([4, 11, 14, 18]))
    kind = r.choice(["vacances", "congé parental", "congé sans solde", "congé de perfectionnement"])
    blocks = [f"Bonjour {name.split()[0]},", "",
              f"Ta demande de {kind} du {C.fmt_date(d1, 'fr', 'long')} au {C.fmt_date(d2, 'fr', 'long')} est approuvée.",
              r.choice(["Le remplacement sera assuré par l'équipe volante.",
                        "Merci de compléter le formulaire dans Logibec avant la fin de la période de paie.",
                        f"{C.staff_name('tanguay', 'fr', False)} assurera la coordination des perfusions pendant ton absence."])]
    if kind == "congé parental":
        bd = dt.date() - datetime.timedelta(days=r.randint(3, 30))
        blocks.append(f"Félicitations encore pour la naissance de ta fille le {C.fmt_date(bd, 'fr', 'long')}!")
    blocks += ["", "Bonne journée,", "", C.staff_name("quirion", "fr", False), "Chef de service, médecine spécialisée"]
    return Mail("fr", "leave", "staff leave approval", S("quirion"), [S(who)], f"Approbation - {kind}", blocks,
                cc=[S("soucy")])


# ------------------------------------------------------------------ paie

def paie(r, P, dt):
    who = r.choice(NURSES + ["asselin", "carrier"])
    mat = f"{r.randint(1, 9)}{r.randint(0, 999999):06d}"
    per = r.randint(1, 26)
    amt = K.num(r.uniform(85, 640), "fr", 2)
    blocks = ["Bonjour,", "",
              f"Suite à votre réclamation, une correction sera appliquée à la période de paie {per} (matricule {mat}).",
              ("table", ["Code", "Description", "Heures", "Montant"],
               [["041", "Prime de soir", K.num(r.uniform(4, 24), "fr", 2), amt + " $"],
                ["117", "Temps supplémentaire 1,5", K.num(r.uniform(1, 8), "fr", 2), K.num(r.uniform(60, 400), "fr", 2) + " $"]]),
              "", "Le montant apparaîtra sur le relevé de dépôt du " + C.fmt_date(C.future(dt, r, 5, 14), "fr", "long") + ".",
              ""] + sig("guay", r)
    return Mail("fr", "payroll", "payroll correction for an employee", S("guay"), [S(who)],
                r.choice(["Correction de paie", f"Réclamation paie - période {per}", "Votre relevé de paie"]), blocks)


# ------------------------------------------------------------------ santé au travail

def sante_travail(r, P, dt):
    v = r.randint(0, 2)
    if v == 0:
        blocks = ["Bonjour,", "", "La campagne de vaccination antigrippale des employés débute lundi.",
                  "Cliniques sans rendez-vous : salle 2-114, de 7 h à 15 h, du lundi au jeudi.",
                  "Les employés qui ont déjà reçu leur vaccin ailleurs doivent remettre leur preuve au bureau de santé.",
                  "", "Service de santé et sécurité au travail"]
        subj = "Vaccination antigrippale - employés"
    elif v == 1:
        nm = r.choice(EXTRA_STAFF)
        blocks = ["Bonjour,", "", f"Mme {nm} effectuera un retour progressif au travail à compter du "
                  f"{C.fmt_date(C.future(dt, r, 3, 15), 'fr', 'long')}, à raison de 3 jours par semaine, selon l'avis de son médecin traitant.",
                  "Aucune restriction de tâches n'est requise au CPB, sauf éviter le soulèvement de charges > 10 kg.",
                  "Merci d'adapter l'horaire en conséquence.", "", "Bureau de santé - RSHC"]
        subj = "Retour progressif - employée CPB"
    else:
        blocks = ["Bonjour,", "", "Les tests d'ajustement N95 annuels auront lieu au CPB le "
                  f"{C.fmt_date(C.future(dt, r, 3, 15), 'fr', 'long')}.",
                  "Liste des employés à tester :", ("table", ["Nom", "Titre d'emploi", "Plage"],
                                                     [[C.staff_name(k, "fr", False), "Infirmier(ère)", f"{8 + i} h"] for i, k in enumerate(NURSES)]),
                  "", "Prévention et contrôle des infections"]
        subj = "Tests d'ajustement N95"
    return Mail("fr", "occupational_health", "staff occupational health notice", (f"Santé au travail RSHC", f"sante.travail@{C.DOM}"),
                [("Gestionnaires médecine spécialisée", f"gestionnaires-medspec@{C.DOM}")], subj, blocks)


# ------------------------------------------------------------------ infolettre

def infolettre(r, P, dt):
    md = r.choice(MDS)
    nurse = r.choice(NURSES)
    baby = dt.date() - datetime.timedelta(days=r.randint(5, 40))
    n_inf = r.randint(380, 620)
    blocks = [("h", f"L'Écho du CPB - {C.FR_MONTHS[dt.month - 1]} {dt.year}"), "",
              ("h", "Bienvenue"),
              f"{C.staff_name(md, 'fr')} se joint à l'équipe de rhumatologie. {'Elle' if md in C.STAFF_FEMALE else 'Il'} s'intéresse particulièrement au lupus, "
              "aux vascularites à ANCA et à l'artérite à cellules géantes.",
              ("h", "En chiffres"),
              f"{n_inf} perfusions ce mois-ci, dont {r.randint(30, 45)} % d'infliximab biosimilaire. Taux de réactions perfusionnelles : "
              f"{K.num(r.uniform(0.4, 1.6), 'fr')} %.",
              ("h", "Félicitations"),
              f"À {C.staff_name(nurse, 'fr', False)} pour la naissance de son garçon le {C.fmt_date(baby, 'fr', 'long')} (3,4 kg)!",
              f"À M. {C.staff_name('asselin', 'fr', False)} pour ses 20 ans de service.",
              ("h", "À venir"),
              "Formation sur la nouvelle pompe volumétrique : mardis midi en salle 2-114.",
              "", "Pour vous désabonner, répondez « désabonner »."]
    return Mail("fr", "newsletter", "clinic staff newsletter", ("Communications RSHC", f"communications@{C.DOM}"),
                [("Personnel - médecine spécialisée", f"personnel-medspec@{C.DOM}")],
                f"L'Écho du CPB - {C.FR_MONTHS[dt.month - 1]}", blocks, body_mode=r.choice(["html", "alt"]))


# ------------------------------------------------------------------ comité

def comite(r, P, dt):
    d = C.future(dt, r, 5, 25)
    md = r.choice(MDS)
    items = ["Adoption de l'ordre du jour et du procès-verbal",
             f"Révision du protocole de tocilizumab dans l'artérite à cellules géantes - {C.staff_name(md, 'fr')}",
             "Transition aux biosimilaires du rituximab : bilan à 6 mois (données agrégées)",
             f"Ajout au formulaire : pegloticase (goutte réfractaire) - {C.staff_name('nolet', 'fr', False)}, pharmacienne",
             "Pénurie de méthylprednisolone 500 mg : suivi", "Varia"]
    blocks = ["Bonjour,", "", f"La prochaine réunion du comité de pharmacologie aura lieu le {C.weekday_fr(d)} "
              f"{C.fmt_date(d, 'fr', 'long')} à 12 h, salle du conseil (Teams disponible).", "", ("h", "Ordre du jour")] + \
        [f"{i + 1}. {x}" for i, x in enumerate(items)] + ["", "Les documents suivront vendredi.", "",
                                                          "Secrétariat du comité de pharmacologie"]
    atts = []
    if r.random() < 0.4:
        atts.append(Att("docx", "Ordre du jour CP.docx", title="Comité de pharmacologie - ordre du jour", blocks=items))
    if r.random() < 0.6:
        st = datetime.datetime.combine(d, datetime.time(12, 0))
        atts.append(Att("ics", "reunion_CP.ics", uid=f"cp-{d.isoformat()}@{C.DOM}", start=st, end=st + datetime.timedelta(hours=1),
                        summary="Comité de pharmacologie", location="Salle du conseil, Hôpital Saint-Aurèle / Teams",
                        description="Ordre du jour : " + "; ".join(items[:3]), organizer=("Comité de pharmacologie", f"comite.pharmaco@{C.DOM}"),
                        attendees=[S("nolet"), S(md)]))
    return Mail("fr", "committee", "pharmacy and therapeutics committee notice", ("Comité de pharmacologie", f"comite.pharmaco@{C.DOM}"),
                [("Membres CP", f"cp-membres@{C.DOM}")], f"Convocation - comité de pharmacologie du {d.day} {C.FR_MONTHS[d.month - 1]}",
                blocks, atts=atts)


# ------------------------------------------------------------------ colloque

def colloque(r, P, dt):
    d = C.future(dt, r, 30, 90)
    sp = r.sample(SPEAKERS, 4)
    topics = r.sample(["Arthrite psoriasique : nouveautés thérapeutiques", "Lupus et grossesse",
                       "Biosimilaires : deux ans après la transition", "Artérite à cellules géantes : épargne cortisonique",
                       "Goutte réfractaire et pegloticase", "Ostéoporose cortisonique : qui traiter?",
                       "Infections sous biologiques : dépistage TB et VHB"], 4)
    rows = [[f"{8 + i}h30", f"{s[0]} {s[1]} ({s[2]})", t] for i, (s, t) in enumerate(zip(sp, topics))]
    blocks = ["Bonjour,", "", f"Vous êtes invités à la Journée régionale de rhumatologie du {C.fmt_date(d, 'fr', 'long')}, "
              "Auditorium de l'Hôpital Saint-Aurèle.", "", ("table", ["Heure", "Conférencier(ère)", "Sujet"], rows), "",
              "Activité reconnue : 6 heures de développement professionnel (Section 1).", "Inscription gratuite avant le 1er du mois.",
              "", "Comité scientifique"]
    atts = []
    if r.random() < 0.5:
        atts.append(Att("pdf", "Programme_journee_rhumatologie.pdf", title="Journée régionale de rhumatologie",
                        blocks=[("table", ["Heure", "Conférencier(ère)", "Sujet"], rows)]))
    return Mail("fr", "conference", "regional rheumatology day programme", ("Développement professionnel", f"dpc@{C.DOM}"),
                [("Médecins et professionnels", f"tous-medspec@{C.DOM}")], "Programme - Journée régionale de rhumatologie",
                blocks, atts=atts, body_mode=r.choice(["html", "alt", "plain"]))


# ------------------------------------------------------------------ affichage de poste

def affichage(r, P, dt):
    no = f"RSHC-{dt.year}-{r.randint(1000, 9999)}"
    title = r.choice(["Infirmière clinicienne / infirmier clinicien - Centre de perfusion",
                      "Agente administrative / agent administratif classe 2 - rhumatologie",
                      "Pharmacienne / pharmacien - secteur oncologie et biologiques"])
    blocks = [("h", f"Affichage {no}"), title, "", "Statut : temps complet permanent, 35 h/semaine, jour",
              "Lieu : Hôpital Saint-Aurèle, 2e étage", f"Échelle salariale : {r.randint(28, 34)},{r.randint(10, 99)} $ à "
              f"{r.randint(48, 56)},{r.randint(10, 99)} $ / heure",
              "Exigences : permis d'exercice valide; expérience en administration de médicaments biologiques un atout.",
              f"Période d'affichage : jusqu'au {C.fmt_date(C.future(dt, r, 10, 20), 'fr', 'long')}.",
              "", "Postulez via le portail emplois du RSHC. Seules les personnes retenues seront contactées."]
    return Mail("fr", "job_posting", "internal job posting", ("Dotation RSHC", f"dotation@{C.DOM}"),
                [("Tout le personnel", f"tous@{C.DOM}")], f"Affichage de poste - {title.split(' - ')[0]}", blocks,
                body_mode=r.choice(["html", "plain", "alt"]))


# ------------------------------------------------------------------ facture

def facture(r, P, dt):
    inv = f"F-{r.randint(100000, 999999)}"
    serials = [luhn_serial(r, r.choice([9, 10])) for _ in range(r.randint(2, 4))]
    rows = [[f"Entretien préventif pompe volumétrique, no série {s[:3]} {s[3:6]} {s[6:]}", "1", "145,00 $"] for s in serials]
    rows.append(["Déplacement technicien", "1", "85,00 $"])
    tps = luhn_serial(r, 9)
    body = [("table", ["Description", "Qté", "Montant"], rows), "",
            f"No TPS : {tps} RT0001   No TVQ : {r.randint(1000000000, 1999999999)} TQ0001",
            "Conditions : net 30 jours", f"Bon de commande : BC-{r.randint(40000, 49999)}"]
    fn = f"Facture_{inv}.pdf"
    blocks = ["Bonjour,", "", f"Veuillez trouver ci-joint la facture {inv} pour l'entretien des pompes du centre de perfusion.",
              "", "Service à la clientèle", "Pompes Alto inc.", "Tél. 450 555-0166"]
    return Mail("fr", "invoice", "vendor invoice for infusion pump maintenance", ("Pompes Alto - facturation", f"facturation@{D['vendor2']}"),
                [S("robitaille")], f"Facture {inv}", blocks,
                atts=[Att("pdf", fn, title=f"FACTURE {inv}", blocks=body)] if r.random() < 0.7 else [],
                )


# ------------------------------------------------------------------ bon de commande

def bon_commande(r, P, dt):
    po = f"BC-{r.randint(40000, 49999)}"
    items = r.sample([("Tubulure avec filtre 0,2 µm (infliximab)", "boîte de 50"), ("Sac NaCl 0,9 % 250 mL", "caisse de 30"),
                      ("Cathéter IV 22G", "boîte de 50"), ("Pansement transparent 6 x 7 cm", "boîte de 100"),
                      ("Seringue 10 mL luer-lock", "boîte de 100"), ("Gants nitrile M", "caisse de 1000")], 4)
    rows = [[f"{r.randint(100000, 999999)}", a, b, str(r.randint(2, 12)), f"LOT {luhn_serial(r, 8)}"] for a, b in items]
    blocks = ["Bonjour,", "", f"Voici le bon de commande {po} pour le centre de perfusion.",
              ("table", ["Code", "Article", "Format", "Qté", "Lot demandé"], rows), "",
              "Livraison : quai de réception, Hôpital Saint-Aurèle, " + C.CLINIC_ADDR, ""] + sig("robitaille", r)
    atts = [Att("csv", f"{po}.csv", header=["code", "article", "format", "qte", "lot"], rows=rows)] if r.random() < 0.4 else []
    return Mail("fr", "purchase_order", "purchase order for infusion supplies", S("robitaille"),
                [("Commandes MedInfusion", f"commandes@{D['vendor1']}")], f"Bon de commande {po}", blocks, atts=atts)


# ------------------------------------------------------------------ inventaire

def inventaire(r, P, dt):
    prods = ["Inflectra 100 mg", "Renflexis 100 mg", "Actemra 400 mg/20 mL", "Orencia 250 mg", "Truxima 500 mg",
             "Benlysta 400 mg", "Aclasta 5 mg/100 mL", "Simponi I.V. 50 mg/4 mL"]
    rows = []
    for p in r.sample(prods, 6):
        exp = C.future(dt, r, 60, 500)
        rows.append([p, f"{r.choice('ABCDEFHKM')}{luhn_serial(r, 7)}", exp.isoformat(), r.randint(2, 40),
                     r.choice(["Frigo 1", "Frigo 2", "Frigo 2 - tablette du bas"])])
    hdr = ["Produit", "Lot", "Expiration", "Quantité", "Emplacement"]
    blocks = ["Bonjour,", "", "Inventaire du " + C.fmt_date(dt.date(), "fr", "long") + " des réfrigérateurs du CPB.",
              f"Température minimale/maximale : 2,{r.randint(1, 9)} °C / 6,{r.randint(1, 9)} °C, aucune excursion.", ""]
    atts = []
    if r.random() < 0.6:
        atts.append(Att("xlsx", f"inventaire_frigo_{dt.date().isoformat()}.xlsx", sheets=[("Inventaire", hdr, rows)]))
    else:
        blocks.append(("table", hdr, rows))
    blocks += [""] + sig("nolet", r)
    return Mail("fr", "inventory", "refrigerated biologic stock inventory", S("nolet"), [S("tanguay"), S("robitaille")],
                "Inventaire frigos CPB", blocks, atts=atts)


# ------------------------------------------------------------------ TI

def ti(r, P, dt):
    v = r.randint(0, 2)
    d = C.future(dt, r, 2, 10)
    if v == 0:
        blocks = ["Bonjour,", "", f"Une mise à jour du dossier clinique informatisé aura lieu le {C.fmt_date(d, 'fr', 'long')} "
                  "de 22 h à 2 h. Le module de prescription des perfusions sera inaccessible.",
                  "Procédure dégradée : utiliser les feuilles d'ordonnance papier (formulaire AH-CPB-12).", ""]
        subj = "Interruption planifiée - DCI"
    elif v == 1:
        blocks = ["Bonjour,", "", "Nous avons détecté une campagne d'hameçonnage se faisant passer pour la RAMQ.",
                  "Ne cliquez sur aucun lien et ne saisissez jamais vos identifiants. Transférez le courriel à securite@" + C.DOM + ".", ""]
        subj = "ALERTE - courriels frauduleux"
    else:
        blocks = ["Bonjour,", "", f"Billet #{r.randint(200000, 299999)} : remplacement de l'imprimante du poste infirmier du CPB.",
                  f"Nouvelle file d'impression : \\\\IMP-SA-2E-{r.randint(10, 99)}. Numéro d'actif : {luhn_serial(r, 9)}.",
                  "Veuillez redémarrer vos postes pour recevoir le nouveau pilote.", ""]
        subj = "Nouvelle imprimante CPB"
    blocks += sig("bolduc", r)
    return Mail("fr", "it", "IT notice", S("bolduc"), [("Personnel CPB", f"cpb-tous@{C.DOM}")], subj, blocks)


# ------------------------------------------------------------------ bâtiment

def batiment(r, P, dt):
    d = C.future(dt, r, 2, 15)
    what = r.choice(["l'ascenseur B sera hors service pour entretien",
                     "l'eau chaude sera coupée au 2e étage de 6 h à 9 h",
                     "le stationnement P2 sera fermé pour le marquage des lignes",
                     "des travaux de peinture auront lieu dans la salle d'attente du CPB"])
    blocks = ["Bonjour,", "", f"Veuillez noter que le {C.fmt_date(d, 'fr', 'long')}, {what}.",
              "Merci de prévoir l'accueil des patients en fauteuil roulant par l'ascenseur A.", "",
              "Services techniques - Hôpital Saint-Aurèle", f"Poste 2{r.randint(100, 999)}"]
    return Mail("fr", "facilities", "facilities maintenance notice", ("Services techniques", f"services.techniques@{C.DOM}"),
                [("Personnel Hôpital Saint-Aurèle", f"tous-hsa@{C.DOM}")], "Avis - travaux", blocks,
                body_mode=r.choice(["plain", "html"]))


# ------------------------------------------------------------------ statistiques

def statistiques(r, P, dt):
    rows = []
    for d in ["Infliximab (biosimilaires)", "Tocilizumab", "Rituximab", "Abatacept", "Bélimumab", "Acide zolédronique", "Autres"]:
        rows.append([d, r.randint(10, 240), r.randint(0, 4), K.num(r.uniform(1.8, 4.2), "fr")])
    hdr = ["Molécule", "Perfusions", "Réactions", "Durée moyenne (h)"]
    q = (dt.month - 1) // 3 + 1
    blocks = ["Bonjour,", "", f"Voici les statistiques du T{q} {dt.year} du centre de perfusion (données agrégées).",
              f"Délai moyen entre l'ordonnance et la 1re perfusion : {r.randint(6, 19)} jours.",
              f"Taux d'occupation des chaises : {r.randint(71, 96)} %.", ""]
    atts = []
    k = r.randint(0, 2)
    if k == 0:
        atts.append(Att("xlsx", f"stats_CPB_T{q}.xlsx", sheets=[("T" + str(q), hdr, rows)]))
    elif k == 1:
        atts.append(Att("csv", f"stats_cpb_t{q}.csv", header=hdr, rows=rows, delimiter=";"))
    else:
        blocks.append(("table", hdr, rows))
    blocks += [""] + sig("quirion", r)
    return Mail("fr", "statistics", "aggregate infusion centre statistics", S("quirion"),
                [("Direction des services professionnels", f"dsp@{C.DOM}")], f"Statistiques CPB - T{q}", blocks, atts=atts)


# ------------------------------------------------------------------ cas d'enseignement

def cas_enseignement(r, P, dt):
    age = r.randint(28, 78)
    md = r.choice(MDS)
    dx = r.choice(["gca", "sle", "gpa", "ra"])
    blocks = [("h", "Club de lecture / cas clinique (dépersonnalisé)"), "",
              f"Une femme de {age} ans se présente avec {r.choice(['céphalée et claudication de la mâchoire', 'polyarthrite et rash photosensible', 'hémoptysies et insuffisance rénale', 'synovites des mains depuis 3 mois'])}.",
              "Labos : " + ", ".join(K.labs(r, "fr", ["crp", "esr", "hb", "creat"], abnormal={"crp", "esr"})) + ".",
              "Questions :", f"1. Quel est votre diagnostic différentiel? (réponse : {K.dx_name(dx, 'fr')})",
              "2. Quel traitement d'induction proposez-vous?",
              f"3. Quand envisager {K.drug_name(r, K.infusion_drug(r, dx), 'fr', 0)}?",
              "", "Toute donnée permettant d'identifier la patiente a été retirée.", "",
              C.staff_name(md, "fr"), "Responsable de l'enseignement"]
    return Mail("fr", "teaching_case", "de-identified teaching case for residents", S(md),
                [("Résidents rhumatologie", f"residents-rhumato@{C.DOM}")], "Cas clinique pour jeudi", blocks)


# ------------------------------------------------------------------ formulaire vierge / gabarit

def formulaire_vierge(r, P, dt):
    v = r.randint(0, 1)
    if v == 0:
        kind = r.choice(["docx", "docx", "pdf"])
        form = [("table", None, [["Nom du patient", "________________________"], ["NAM", "____ ____ ____"],
                                 ["Date de naissance", "AAAA-MM-JJ"], ["Sexe", "F / M / X"], ["No de dossier", "__________"],
                                 ["Poids (kg)", "______"], ["Médicament / dose", "________________________"],
                                 ["Prémédication", "☐ acétaminophène  ☐ cétirizine  ☐ hydrocortisone"]]),
                "", "Signature du prescripteur : _______________   Permis : ________"]
        blocks = ["Bonjour,", "", "Voici la nouvelle version du formulaire d'ordonnance de perfusion (AH-CPB-12, rév. 2025).",
                  "Merci de détruire les anciennes copies papier.", ""] + sig("nolet", r)
        return Mail("fr", "blank_form", "blank infusion order form", S("nolet"), [("Médecins rhumatologie", f"md-rhumato@{C.DOM}")],
                    "Nouveau formulaire d'ordonnance de perfusion", blocks,
                    atts=[Att(kind, r.choice(["AH-CPB-12_ordonnance_perfusion.", "Formulaire_vierge_CPB."]) + kind,
                              title="Ordonnance de perfusion - CPB", blocks=form)])
    tpl = ["Bonjour «Prénom» «Nom»,", "", "Votre prochain rendez-vous au Centre de perfusion est le «Date_RDV» à «Heure_RDV».",
           "Présentez-vous 15 minutes à l'avance avec votre carte d'assurance maladie.",
           "Pour annuler : " + C.CLINIC_TEL + ".", "", "Clinique de rhumatologie - CPB"]
    blocks = ["Bonjour Sylvain,", "", "Voici le gabarit de publipostage révisé pour les rappels de rendez-vous. Les champs sont "
              "entre guillemets; ne pas modifier les noms de champs.", "", ("quote", tpl), ""] + sig("carrier", r)
    return Mail("fr", "template", "mail-merge appointment reminder template", S("carrier"), [S("asselin")],
                "Gabarit - rappel de rendez-vous", blocks)


# ------------------------------------------------------------------ pénurie / rappel

def penurie(r, P, dt):
    if r.random() < 0.5:
        prod = r.choice(["méthylprednisolone 500 mg (Solu-Medrol)", "hydrocortisone 100 mg (Solu-Cortef)", "diphenhydramine injectable"])
        blocks = ["Bonjour,", "", f"AVIS DE PÉNURIE : {prod}.",
                  f"Date de retour prévue : {C.fmt_date(C.future(dt, r, 20, 80), 'fr', 'long')}.",
                  "Alternatives : voir tableau de substitution du département de pharmacie.",
                  "Aucune action requise pour les patients déjà cédulés.", ""] + sig("nolet", r)
        return Mail("fr", "shortage", "drug shortage notice", S("nolet"), [("Prescripteurs", f"prescripteurs@{C.DOM}")],
                    "Avis de pénurie", blocks)
    lots = [f"{r.choice('ABCKM')}{luhn_serial(r, 6)}" for _ in range(3)]
    blocks = ["Bonjour,", "", "RAPPEL DE LOTS - tubulures de perfusion avec filtre en ligne.",
              "Lots visés : " + ", ".join(lots) + ".", "Retirer immédiatement les boîtes et les retourner à l'approvisionnement.",
              "Aucun incident signalé au RSHC à ce jour.", ""] + sig("robitaille", r)
    return Mail("fr", "recall", "device lot recall", S("robitaille"), [("Unités de soins", f"unites@{C.DOM}")],
                "Rappel de lots - tubulures", blocks)


# ------------------------------------------------------------------ recherche

def recherche(r, P, dt):
    code = f"RSHC-RHU-{dt.year}-{r.randint(10, 99)}"
    blocks = ["Bonjour,", "", f"Le protocole {code} a été approuvé par le comité d'éthique de la recherche.",
              r.choice(["Titre : Espacement des doses d'infliximab biosimilaire chez les patients en rémission (étude pragmatique).",
                        "Titre : Registre régional des réactions perfusionnelles aux biologiques.",
                        "Titre : Tocilizumab et sevrage cortisonique dans l'ACG - cohorte observationnelle."]),
              "Critères d'inclusion : adultes 18 ans et plus, diagnostic confirmé, traitement stable depuis 6 mois.",
              f"Chercheur principal : {C.staff_name(r.choice(MDS), 'fr')}. Coordination : {C.staff_name('delisle', 'fr', False)}.",
              "Le recrutement débutera le mois prochain; aucun participant n'est encore inscrit.", ""] + sig("delisle", r)
    k = r.randint(0, 2)
    atts = []
    if k == 0:
        atts = [Att("pdf", f"Synopsis_{code}.pdf", title=f"Synopsis du protocole {code}", blocks=blocks[2:6])]
    elif k == 1:
        atts = [Att("zip", f"{code}_documents.zip", members=[
            Att("pdf", "Synopsis.pdf", title=f"Synopsis du protocole {code}", blocks=blocks[2:6]),
            Att("docx", "Formulaire_consentement_VIERGE.docx", title="Formulaire d'information et de consentement",
                blocks=["Nom du participant : ____________________", "Date de naissance : ____ / ____ / ______",
                        "Signature : ____________________   Date : __________"]),
            Att("csv", "journal_selection_VIDE.csv", header=["no_sequentiel", "date_selection", "admissible", "raison"], rows=[])])]
    return Mail("fr", "research", "research protocol approval without participants", S("delisle"),
                [("Équipe rhumatologie", f"rhumato-equipe@{C.DOM}")], f"Approbation CÉR - {code}", blocks, atts=atts)


TEMPLATES = [
    (horaire, 5), (conges, 5), (paie, 5), (sante_travail, 5), (infolettre, 5), (comite, 5), (colloque, 5),
    (affichage, 5), (facture, 5), (bon_commande, 5), (inventaire, 5), (ti, 5), (batiment, 5), (statistiques, 5),
    (cas_enseignement, 5), (formulaire_vierge, 5), (penurie, 5), (recherche, 5),
]
