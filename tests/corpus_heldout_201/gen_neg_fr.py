"""Negative (non-confidential, hard) templates, French."""
import datetime

from stdnum import luhn

import gen_attach as A
from gen_common import (ADDR_CHSLD, CISSS, DOM, DOM_CISSS, DOM_VENDOR, ORG_FR, UNITS_FR, fmt_date, short_day)
from gen_helpers import addr, greet, group, intro_line, mk, quote, sig, thanks

L = "fr"


def luhn_serial(ctx, n):
    body = str(ctx.num(1, 9)) + "".join(str(ctx.num(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def _shift_rows(ctx, n):
    rows = [["Employé(e)", "Titre", "Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"]]
    for _ in range(n):
        s = ctx.staff()
        rows.append(["%s, %s" % (s.sur.upper(), s.giv) if ctx.chance(0.5) else "%s %s." % (s.sur, s.giv[0]),
                     ctx.pick(["PAB", "inf.", "inf. aux.", "ASI"])] +
                    [ctx.pick(["J", "S", "N", "—", "—", "J", "C", "F"]) for _ in range(7)])
    return rows


def horaire(ctx):
    chef = ctx.staff("F")
    unit = ctx.pick(UNITS_FR)
    rows = _shift_rows(ctx, ctx.num(6, 10))
    per = ctx.num(1, 13)
    d0 = ctx.date().date()
    body = [greet(ctx, L, "à tous"),
            "Voici l'horaire du %s pour la période %d (du %s au %s). J = 7h-15h, S = 15h-23h, N = 23h-7h, C = congé, F = férié."
            % (unit, per, short_day(d0, L), short_day(d0 + datetime.timedelta(days=27), L)),
            "Les échanges de quarts doivent être approuvés par l'ASI avant le jeudi midi. Il manque encore une PAB de nuit "
            "le samedi – les volontaires sont les bienvenus (temps supplémentaire autorisé)."]
    atts = []
    if ctx.chance(0.5):
        atts.append(A.xlsx(ctx.pick(["horaire_P%d.xlsx" % per, "Horaire %s.xlsx" % unit]), [("Horaire", rows)]))
    else:
        body.append({"table": rows, "style": ctx.pick(["pad", "pipe", "tab"])})
    body += [thanks(ctx, L), sig(ctx, chef, L, "infirmière-chef")]
    return mk(ctx, L, "horaire", addr(chef), [group("Personnel " + unit, "personnel.unite")],
              ctx.pick(["Horaire période %d" % per, "Horaire – " + unit, "Nouvel horaire + quarts à combler"]),
              body, note="horaire de travail du personnel de l'unité", atts=atts)


def conge(ctx):
    emp = ctx.staff()
    rh = ctx.staff("F")
    kind = ctx.pick(["vacances", "maternité", "maladie", "sans solde", "préretraite"])
    d1 = ctx.date().date()
    d2 = d1 + datetime.timedelta(days=ctx.num(7, 120))
    body = [greet(ctx, L, "%s %s" % (emp.t_fr(), emp.sur)),
            "Votre demande de congé (%s) du %s au %s est %s." % (kind, fmt_date(ctx, d1, L, "long"), fmt_date(ctx, d2, L, "long"),
                                                                ctx.pick(["approuvée", "approuvée sous réserve du remplacement", "refusée faute de remplaçant"]))]
    if kind == "maladie":
        body.append("Un certificat médical est requis pour toute absence de plus de 3 jours ; il doit être transmis au "
                    "Bureau de santé du personnel et non à votre gestionnaire.")
    if kind == "maternité":
        body.append("Date prévue d'accouchement inscrite au dossier RH : %s. Le RQAP doit être demandé par vous-même." %
                    fmt_date(ctx, d1 + datetime.timedelta(days=14), L))
    if ctx.chance(0.4):
        body.append("Matricule : %d – Date de naissance de l'employé(e) : %s (pour le calcul de l'admissibilité au RREGOP)." %
                    (ctx.num(10000, 99999), fmt_date(ctx, datetime.date(ctx.num(1965, 1998), ctx.num(1, 12), ctx.num(1, 28)), L)))
    body += [thanks(ctx, L), sig(ctx, rh, L, "conseillère en gestion des ressources humaines", unit=False)]
    return mk(ctx, L, "conge", addr(rh, DOM_CISSS), [addr(emp)],
              ctx.pick(["Demande de congé – réponse", "Votre congé %s" % kind, "Approbation de congé"]), body,
              note="réponse RH à une demande de congé d'un employé")


def paie(ctx):
    pay = ctx.staff("F")
    emp = ctx.staff()
    body = [greet(ctx, L, emp.giv),
            "Suite à votre demande concernant la paie du %s : les primes de soir (%d h) et de fin de semaine n'avaient pas été "
            "saisies. La correction apparaîtra sur la paie suivante, montant brut de %d,%02d $."
            % (short_day(ctx.date(), L), ctx.num(8, 40), ctx.num(80, 600), ctx.num(0, 99)),
            "Numéro d'employé : %d\nCentre d'activité : %d\nCode de paie : %s" % (ctx.num(100000, 999999), ctx.num(6000, 7999),
                                                                              ctx.pick(["REG", "PRSOIR", "TS15", "FÉRIÉ"])),
            thanks(ctx, L), sig(ctx, pay, L, "technicienne en administration – Service de la paie", unit=False)]
    if ctx.chance(0.4):
        body.append(quote(intro_line(ctx, L, emp.full, ctx.date()),
                             ["Bonjour, il me manque des heures sur ma dernière paie, pouvez-vous vérifier ?", emp.giv]))
    return mk(ctx, L, "paie", addr(pay, DOM_CISSS), [addr(emp)], ctx.pick(["RE: Paie", "Correction de paie", "Primes non payées"]),
              body, note="correction de paie d'un employé")


def sst(ctx):
    emp = ctx.staff()
    chef = ctx.staff("F")
    sst_ = ctx.staff("F")
    inj = ctx.pick(["entorse lombaire", "tendinite à l'épaule droite", "coupure à la main (bris de verre)",
                    "contusion au genou", "exposition au sang (piqûre d'aiguille souillée)"])
    body = [greet(ctx, L),
            "Déclaration d'accident de travail : %s %s, %s au %s, a subi une %s le %s lors d'un déplacement avec le lève-personne."
            % (emp.t_fr(), emp.full, ctx.pick(["PAB", "inf. aux.", "préposé(e)"]), ctx.pick(UNITS_FR), inj, short_day(ctx.date(), L)),
            "Arrêt de travail prévu : %d jours. Formulaire CNESST rempli ; assignation temporaire possible selon l'avis du "
            "médecin traitant de l'employé(e)." % ctx.num(3, 30),
            "Rappel : le lève-personne no d'actif %s est retiré du service pour inspection." % luhn_serial(ctx, 9),
            sig(ctx, sst_, L, "conseillère en santé et sécurité du travail", unit=False)]
    atts = []
    if ctx.chance(0.4):
        atts.append(A.pdf("declaration_evenement_employe.pdf", "Déclaration d'événement – employé",
                          ["Employé(e) : " + emp.full, "Lésion : " + inj, "Témoin : " + chef.full, "Équipement : lève-personne"]))
    return mk(ctx, L, "sst", addr(sst_, DOM_CISSS), [addr(chef)], cc=[addr(emp)],
              subject=ctx.pick(["Accident de travail – " + ctx.pick(UNITS_FR), "SST : déclaration", "CNESST – suivi"]),
              body=body, note="accident de travail d'un employé (santé au travail)", atts=atts)


def infolettre(ctx):
    com = ctx.staff("F")
    md = ctx.physician()
    p1, p2 = ctx.staff("F"), ctx.staff()
    body = ["L'Écho des Quatre-Vents – infolettre no %d" % ctx.num(20, 80),
            "Bienvenue à %s %s, omnipraticien(ne), qui se joint à l'équipe médicale. %s a un intérêt particulier pour "
            "la maladie d'Alzheimer, le délirium et les soins palliatifs." % (md.t_fr, md.full, "Elle" if md.sex == "F" else "Il"),
            "Félicitations à %s %s, préposée au 2e Est, qui célèbre 30 ans de service, et à %s %s, nouveau chef du "
            "service alimentaire." % (p1.t_fr(), p1.full, p2.t_fr(), p2.full),
            "Semaine des proches aidants : café-rencontre le jeudi 14h au salon bleu, conférence sur le deuil blanc.",
            "Prévention des infections : la campagne de vaccination contre l'influenza débute lundi ; taux de vaccination "
            "des résidents l'an dernier : 87 %.",
            "Menu spécial de la cabane à sucre le %s – textures adaptées disponibles." % short_day(ctx.date(), L),
            sig(ctx, com, L, "agente de communication", unit=False)]
    return mk(ctx, L, "infolettre", addr(com, DOM_CISSS), [group("Tout le personnel", "tous")],
              ctx.pick(["L'Écho des Quatre-Vents", "Infolettre – " + short_day(ctx.date(), L), "Nouvelles du CHSLD"]),
              body, note="infolettre de l'établissement", mode=ctx.pick(["html", "alt"]))


def comite(ctx):
    sec = ctx.staff("F")
    pres = ctx.staff()
    name = ctx.pick(["Comité milieu de vie", "Comité des usagers", "Comité de gestion des risques", "CII – comité exécutif"])
    start = ctx.date().replace(tzinfo=None, minute=0, second=0) + datetime.timedelta(days=ctx.num(5, 20))
    agenda = ["1. Adoption de l'ordre du jour", "2. Suivi du plan d'action – chutes (taux : %.1f/1000 jours-présence)" % (ctx.num(30, 90) / 10),
              "3. Présentation de la Dre Proulx : prévention du délirium", "4. Sondage satisfaction des familles (n = %d)" % ctx.num(40, 120),
              "5. Varia"]
    body = [greet(ctx, L, "aux membres du " + name),
            "La prochaine rencontre aura lieu le %s à %s, salle du conseil (et Teams). Présidence : %s %s." % (
                fmt_date(ctx, start.date(), L, "long"), start.strftime("%Hh%M"), pres.t_fr(), pres.full),
            "Ordre du jour :\n" + "\n".join(agenda), thanks(ctx, L), sig(ctx, sec, L, "secrétaire de comité", unit=False)]
    atts = [A.ics("convocation.ics", "%08x@%s" % (ctx.rng.getrandbits(32), DOM), start, start + datetime.timedelta(hours=2),
                  name, "Salle du conseil", "Ordre du jour joint. Quorum requis.", (sec.full, sec.email()),
                  datetime.datetime(2024, 9, 1, 9, 0, 0))] if ctx.chance(0.6) else []
    return mk(ctx, L, "comite", addr(sec), [group(name, "comite")], "Convocation – " + name, body,
              note="convocation à une réunion de comité", atts=atts)


def colloque(ctx):
    org = ctx.staff("F")
    talks = [("Dre Sylvie Hébert", "gériatre", "Le délirium chez la personne âgée hébergée"),
             ("Dr Karim Haddad", "cardiologue", "Insuffisance cardiaque en CHSLD : quand désescalader ?"),
             ("Mme Hélène Cormier", "inf. clinicienne", "Prévention des plaies de pression"),
             ("Dr Olivier Massicotte", "médecin en soins palliatifs", "Aide médicale à mourir et démence : état des lieux"),
             ("Mme Priya Patel", "pharmacienne", "Déprescription des antipsychotiques"),
             ("M. Tomasz Kowalski", "ergothérapeute", "Contentions et mesures alternatives")]
    chosen = ctx.rng.sample(talks, 4)
    prog = ["%dh%02d – %s, %s : « %s »" % (9 + i, ctx.pick([0, 30]), n, t, s) for i, (n, t, s) in enumerate(chosen)]
    body = [greet(ctx, L),
            "Le %de colloque régional en soins de longue durée aura lieu le %s au Centre des congrès de Saint-Aurèle." % (
                ctx.num(5, 15), fmt_date(ctx, ctx.date().date(), L, "long")),
            "Programme :\n" + "\n".join(prog), "Inscription : 95 $ (repas inclus). 6 heures de formation reconnues par l'OIIQ.",
            sig(ctx, org, L, "conseillère à la formation", unit=False)]
    atts = [A.pdf("programme_colloque.pdf", "Colloque régional – soins de longue durée", prog)] if ctx.chance(0.5) else []
    return mk(ctx, L, "colloque", addr(org, DOM_CISSS), [group("Personnel clinique", "clinique", DOM_CISSS)],
              ctx.pick(["Colloque SLD – programme", "Invitation : colloque régional", "Programme du colloque"]), body,
              note="programme de colloque avec conférenciers et sujets", atts=atts)


def poste(ctx):
    rh = ctx.staff("F")
    job = ctx.pick([("préposé(e) aux bénéficiaires", "DEP en assistance à la personne en établissement de santé"),
                    ("infirmier(ère) auxiliaire", "membre de l'OIIAQ"), ("nutritionniste", "membre de l'OPDQ"),
                    ("technicien(ne) en loisirs", "DEC en techniques d'intervention en loisir")])
    body = ["AFFICHAGE INTERNE/EXTERNE – no %d-%03d" % (ctx.num(2024, 2025), ctx.num(1, 400)),
            "Titre d'emploi : %s – %s, %s" % (job[0], ORG_FR, ctx.pick(["temps complet, soir", "temps partiel, nuit", "liste de rappel"])),
            "Exigences : %s. Expérience auprès d'une clientèle atteinte de troubles neurocognitifs, un atout." % job[1],
            "Salaire : selon la convention collective, de %d,%02d $ à %d,%02d $ l'heure." % (ctx.num(22, 28), ctx.num(0, 99), ctx.num(29, 40), ctx.num(0, 99)),
            "Faire parvenir votre CV avant le %s à recrutement@%s." % (short_day(ctx.date(), L), DOM_CISSS),
            sig(ctx, rh, L, "agente de dotation", unit=False)]
    return mk(ctx, L, "poste", addr(rh, DOM_CISSS), [group("Affichages", "affichages", DOM_CISSS)],
              "Affichage – " + job[0], body, note="affichage de poste", mode=ctx.pick([None, "html"]))


def facture(ctx):
    v = ctx.pick(DOM_VENDOR[:3])
    rep = ctx.staff()
    buyer = ctx.staff("F")
    items = [("Mepilex Border Sacrum 16x20", "MB-282", "lot 23K%04d" % ctx.num(0, 9999)),
             ("Culottes d'incontinence M", "TN-4410", "lot %s" % luhn_serial(ctx, 10)),
             ("Gants nitrile M (boîte 100)", "GN-100", "lot G%d" % ctx.num(10000, 99999)),
             ("Épaississant Thicken Up 125 g", "TU-125", "lot TU%d" % ctx.num(1000, 9999)),
             ("Seringue 3 mL", "BD-3", "lot %d" % ctx.num(1000000, 9999999))]
    picked = ctx.rng.sample(items, 3)
    rows = [["Article", "Code", "Lot", "Qté", "Prix"]] + [[a, c, l, str(ctx.num(2, 40)), "%d,%02d $" % (ctx.num(10, 500), ctx.num(0, 99))]
                                                        for a, c, l in picked]
    inv = "F-%d-%05d" % (ctx.num(2024, 2025), ctx.num(0, 99999))
    lines = ["Facture no : " + inv, "Client : %s – no client %06d" % (ORG_FR, ctx.num(0, 999999)),
             "Adresse de livraison : " + ADDR_CHSLD, "Bon de commande : BC-%d" % ctx.num(400000, 499999),
             "Date : " + ctx.date().strftime("%Y-%m-%d"), "Modalités : net 30 jours"] + ["  ".join(r) for r in rows]
    body = [greet(ctx, L), "Veuillez trouver ci-jointe la facture %s pour la livraison du %s." % (inv, short_day(ctx.date(), L)),
            thanks(ctx, L), "%s\nReprésentant – %s\nTél. : %s" % (rep.full, v.split(".")[0], ctx.phone("514"))]
    return mk(ctx, L, "facture", (rep.full, rep.email(v)), [addr(buyer, DOM_CISSS)], "Facture " + inv, body,
              note="facture d'un fournisseur de fournitures", atts=[A.pdf("Facture_%s.pdf" % inv, "FACTURE", lines, author=v)])


def inventaire(ctx):
    ph = ctx.staff("F")
    drugs = [("Naloxone 0,4 mg/mL", "02148099"), ("Épinéphrine 1 mg/mL", "00578657"), ("Glucagon 1 mg", "02243297"),
             ("Midazolam 5 mg/mL", "02240285"), ("Furosémide 10 mg/mL", "00527033"), ("Salbutamol 100 mcg", "02232570"),
             ("Nitroglycérine SL 0,4 mg", "02231441")]
    rows = [["Médicament", "DIN", "Lot", "Expiration", "Qté", "Chariot"]]
    for n, din in drugs:
        rows.append([n, din, "%s%d" % (ctx.pick(["K", "L", "P", "X"]), ctx.num(10000, 99999)),
                     "%d-%02d" % (ctx.num(2025, 2027), ctx.num(1, 12)), ctx.num(1, 6), ctx.pick(UNITS_FR)])
    body = [greet(ctx, L),
            "Inventaire mensuel des chariots d'urgence complété. Deux produits expirent d'ici 60 jours (surlignés). "
            "Aucune utilisation de naloxone ce mois-ci.",
            "Fichier joint.", sig(ctx, ph, L, "assistante-technique en pharmacie", unit=False)]
    return mk(ctx, L, "inventaire", addr(ph, DOM_CISSS), [group("Pharmacie", "pharmacie")],
              ctx.pick(["Inventaire chariots d'urgence", "Inventaire mensuel – " + short_day(ctx.date(), L)]), body,
              note="inventaire des chariots d'urgence", atts=[A.xlsx("inventaire_chariots.xlsx", [("Inventaire", rows)])])


def ti(ctx):
    tech = ctx.staff()
    text, subj = ctx.pick([
        ("Une interruption du FADM électronique est prévue le %s de 1h à 4h. Imprimez les FADM papier de "
         "relève avant minuit." % short_day(ctx.date(), L), "[TI] Interruption planifiée du FADM électronique"),
        ("Votre mot de passe réseau expirera dans 5 jours. Ne communiquez jamais votre mot de passe par courriel.",
         "[TI] Expiration du mot de passe"),
        ("Le poste de travail du poste infirmier 2e Est (no d'actif %s, série %s) sera remplacé jeudi." % (
            luhn_serial(ctx, 9), luhn_serial(ctx, 10)), "Remplacement de poste – 2e Est"),
        ("Hameçonnage : un courriel intitulé « Votre dépôt de paie est suspendu » circule. Ne cliquez pas sur le lien "
         "et transférez-le à securite@%s." % DOM_CISSS, "[TI] Alerte hameçonnage")])
    body = [greet(ctx, L, "à tous"), text, "Billet de service : INC%07d" % ctx.num(0, 9999999),
            "Centre de services TI – %s\nTél. : %s" % (CISSS, ctx.phone("450"))]
    return mk(ctx, L, "ti", addr(tech, DOM_CISSS), [group("Utilisateurs CHSLD", "utilisateurs")], subj, body,
              note="avis informatique")


def installations(ctx):
    tech = ctx.staff("M")
    text, subj = ctx.pick([
        ("Essai de la génératrice d'urgence mardi 10h (durée 30 min). Les ascenseurs seront hors service pendant l'essai.",
         "Essai de la génératrice"),
        ("L'ascenseur no 2 (série %s) est en panne ; le technicien d'Ascenseurs Rive viendra demain." % luhn_serial(ctx, 10),
         "Ascenseur no 2 hors service"),
        ("Travaux de réfection de la toiture de l'aile B : bruit prévu de 7h à 15h pour 2 semaines.", "Travaux – toiture aile B"),
        ("Coupure d'eau chaude au 3e Nord jeudi de 13h à 15h pour le remplacement d'une valve.", "Coupure d'eau chaude 3e Nord")])
    body = [greet(ctx, L), text,
            "Équipement : %s – no de série %s" % (ctx.pick(["Génératrice Cummins 500 kW", "Chaudière no 1", "Lève-personne plafonnier"]),
                                                  luhn_serial(ctx, 9)),
            "Merci de votre compréhension,", "%s\nService des installations matérielles\n%s" % (tech.full, ctx.phone("450"))]
    return mk(ctx, L, "installations", addr(tech, DOM_CISSS), [group("Tout le personnel", "tous")], subj, body,
              note="avis des installations matérielles")


def stats(ctx):
    q = ctx.staff("F")
    rows = [["Unité", "Chutes", "Chutes avec blessure", "Plaies stade 2+", "Taux chutes /1000 j-p"]]
    for u in UNITS_FR:
        rows.append([u, ctx.num(2, 20), ctx.num(0, 4), ctx.num(0, 6), "%.1f" % (ctx.num(20, 120) / 10)])
    body = [greet(ctx, L),
            "Voici les indicateurs du trimestre pour le comité de gestion des risques. Les chutes ont diminué de %d %% "
            "sur l'unité prothétique depuis l'implantation des tapis sonores." % ctx.num(5, 30),
            {"table": rows, "style": ctx.pick(["pad", "pipe"])}, sig(ctx, q, L, "conseillère qualité et gestion des risques", unit=False)]
    atts = [A.csv_att("indicateurs_T%d.csv" % ctx.num(1, 4), rows, sep=";")] if ctx.chance(0.5) else []
    return mk(ctx, L, "statistiques", addr(q, DOM_CISSS), [group("Comité gestion des risques", "cgr")],
              ctx.pick(["Indicateurs trimestriels", "Tableau de bord – chutes et plaies"]), body,
              note="statistiques agrégées de chutes et de plaies", atts=atts)


def cas_clinique(ctx):
    ed = ctx.staff("F")
    age = ctx.num(78, 96)
    body = [greet(ctx, L, "aux participants"),
            "Pour la formation de jeudi, voici la vignette clinique (cas fictif inspiré de la pratique, sans identification) :",
            "Une résidente de %d ans, atteinte d'un trouble neurocognitif majeur, présente depuis 48 h de l'agitation le soir, "
            "une baisse de l'appétit et une incontinence nouvelle. Elle reçoit du donépézil et de la quétiapine. "
            "Signes vitaux : T 37,9, FC 98. Quelles sont vos hypothèses ? Quelles évaluations feriez-vous ?" % age,
            "Lecture préalable : guide de pratique sur le délirium (INESSS).", sig(ctx, ed, L, "conseillère en soins infirmiers", unit=False)]
    return mk(ctx, L, "formation", addr(ed, DOM_CISSS), [group("Inscrits formation", "formation")],
              ctx.pick(["Vignette clinique – formation délirium", "Cas pour jeudi", "Formation : étude de cas"]), body,
              note="vignette clinique anonymisée pour la formation")


def formulaire_vierge(ctx):
    agent = ctx.staff("F")
    fields = ["Nom du résident : ______________________", "NAM : __________________  Date de naissance : ____/____/______",
              "Chambre : ______   Unité : ______________", "Date et heure de l'événement : ______________",
              "Description : ____________________________________________", "Conséquences : [ ] aucune  [ ] mineure  [ ] majeure",
              "Signature du déclarant : ____________________"]
    kind = ctx.pick(["docx", "pdf"])
    title = ctx.pick(["Rapport de déclaration d'incident ou d'accident (AH-223) – gabarit",
                      "Formulaire d'admission – vierge", "Autorisation de sortie – formulaire"])
    att = A.docx("formulaire_vierge.docx", title, fields) if kind == "docx" else A.pdf("formulaire_vierge.pdf", title, fields)
    body = [greet(ctx, L), "Voici la nouvelle version du formulaire à utiliser à partir du 1er du mois. Les anciennes versions "
            "doivent être retirées des postes.", sig(ctx, agent, L, "agente administrative", unit=False)]
    return mk(ctx, L, "formulaire", addr(agent), [group("ASI", "asi")], ctx.pick(["Nouveau formulaire", "Formulaire – nouvelle version"]),
              body, note="formulaire vierge", atts=[att])


def gabarit(ctx):
    dir_ = ctx.staff("F")
    body = [greet(ctx, L),
            "Voici le gabarit de lettre pour l'envoi aux familles (fusion de courrier) :",
            "Madame, Monsieur «NOM_PROCHE»,\n\nNous vous informons que la rencontre annuelle du plan d'intervention de votre proche, "
            "«PRENOM_RESIDENT» «NOM_RESIDENT» (chambre «CHAMBRE»), aura lieu le «DATE_RENCONTRE».\n"
            "Merci de confirmer votre présence au «TEL_UNITE».",
            "Ne pas modifier les champs entre guillemets.", sig(ctx, dir_, L, "adjointe à la direction", unit=False)]
    return mk(ctx, L, "gabarit", addr(dir_), [group("Secrétariat", "secretariat")],
              ctx.pick(["Gabarit – lettre aux familles", "Fusion de courrier PII"]), body, note="gabarit de publipostage")


def penurie(ctx):
    ph = ctx.staff("F")
    text, subj = ctx.pick([
        ("Avis de pénurie : l'halopéridol injectable 5 mg/mL est en rupture chez le grossiste jusqu'au %s. "
         "Solution de rechange : loxapine 25 mg/mL selon l'ordonnance collective." % short_day(ctx.date(), L),
         "Avis de pénurie – halopéridol injectable"),
        ("Rappel de produit (Santé Canada, type II) : gants nitrile lot %s et %s – retirer des unités." % (
            luhn_serial(ctx, 10), luhn_serial(ctx, 10)), "Rappel de produit – gants nitrile"),
        ("Rupture de Ensure Plus vanille : substituer par Boost Plus jusqu'à nouvel ordre.", "Rupture d'approvisionnement – suppléments"),
        ("Rappel volontaire du fabricant : pompes à gavage modèle EN-200, séries %s à %s. Vérifier les numéros de série "
         "sur les unités." % (luhn_serial(ctx, 9), luhn_serial(ctx, 9)), "Rappel – pompes à gavage")])
    body = [greet(ctx, L), text, "Aucune action requise pour les résidents déjà servis.",
            sig(ctx, ph, L, "pharmacienne-chef", unit=False)]
    return mk(ctx, L, "penurie", addr(ph, DOM_CISSS), [group("Tous les CHSLD", "chsld", DOM_CISSS)], subj, body,
              note="avis de pénurie ou de rappel")


def bebe(ctx):
    a = ctx.staff("F")
    col = ctx.staff("F")
    b = ctx.date().date() - datetime.timedelta(days=ctx.num(1, 5))
    kind = ctx.chance(0.6)
    if kind:
        body = [greet(ctx, L, "toute l'équipe"),
                "Bonne nouvelle ! Notre collègue %s a donné naissance à un petit %s le %s à 3h12, %d,%d kg. Maman et bébé vont "
                "bien, malgré une césarienne." % (col.full, ctx.pick(["Léo", "Éloïse", "Noah", "Florence"]), fmt_date(ctx, b, L),
                                                   ctx.num(2, 4), ctx.num(0, 9)),
                "Une carte circule au poste du 2e Est pour ceux qui veulent signer.", a.giv]
        subj = "Bienvenue bébé !"
    else:
        body = [greet(ctx, L),
                "Après 32 ans au CHSLD, %s %s prend sa retraite ! 5 à 7 le %s au salon du personnel. Elle a traversé la "
                "pandémie, deux éclosions de gastro et trois directeurs..." % (col.t_fr(), col.full, short_day(ctx.date(), L)),
                "Contribution pour le cadeau : 10 $ auprès de %s." % a.full]
        subj = "Party de retraite"
    return mk(ctx, L, "social_equipe", addr(a), [group("Équipe", "equipe")], subj, body,
              note="nouvelle sociale entre collègues", mode=ctx.pick([None, "html"]))
