"""Negative (not confidential) templates, French-Canadian: hard negatives."""
import datetime

import gen_pools as P
import gen_tplkit as K
from gen_common import Doc, Table, ascii_fold, email_local


def _all(c):
    return c.pick([("Équipe SINPA", f"sinpa.equipe@{P.DOM}"), ("Tout le personnel – SINPA", f"sinpa.tous@{P.DOM}"),
                   ("Interprètes", f"interpretes.liste@{P.DOM}")])


def _lang(c, key=None):
    return P.LANG_FR[key or c.pick(list(P.LANG_FR))]


def horaire(c):
    mgr = c.staff("mgr")
    week = c.later(3, 10)
    monday = week - datetime.timedelta(days=week.weekday())
    recs = K.staff_pick(c, "interp", c.rng.randint(5, 8))
    rows = []
    for r in recs:
        d = monday + datetime.timedelta(days=c.rng.randint(0, 4))
        rows.append([f"{r[0]} {r[1]}", P.LANG_FR[r[3]], f"{P.DAYS_FR[d.weekday()]} {d.day}",
                     c.pick(["8 h – 16 h", "12 h – 20 h", "garde soir", "VRI 9 h – 17 h", "congé"]),
                     c.pick(["", "clinique externe", "urgence", "Maison Tasialuk", "formation"])])
    header = ["Interprète", "Langue", "Jour", "Quart", "Affectation"]
    body = [c.hello(), f"Voici l'horaire des interprètes pour la semaine du {monday.day} {P.MONTHS_FR[monday.month - 1]}.",
            c.pick(["Les échanges de quart doivent être approuvés avant vendredi midi.",
                    "Rappel : la garde de soir se fait à partir du cellulaire de service 418-555-0190."])]
    atts = []
    if c.chance(0.5):
        body.append(Table(header, rows))
    else:
        atts.append(K.xlsx(f"Horaire_interpretes_{monday.strftime('%Y-%m-%d')}.xlsx", [("Horaire", [header] + rows)], author=mgr.name))
        body.append("Horaire en pièce jointe.")
    body += [c.bye(), c.sig(mgr)]
    if c.chance(0.35):
        asker = c.staff("interp")
        body = [c.pick(["Échange accepté, l'horaire est corrigé.", "OK pour moi, j'ai mis l'horaire à jour."]), mgr.given,
                c.quote(asker, c.earlier(5, 30), "Échange de quart",
                        [c.hello(mgr.given), f"Est-ce que je peux échanger mon quart de {P.DAYS_FR[week.weekday()]} avec "
                         f"{c.pick(P.STAFF['interp'])[0]} ? J'ai un rendez-vous chez le dentiste.", asker.given])]
        return Doc("schedule", "fr", "RE: Échange de quart", c.addr(mgr), [c.addr(asker)], body, note="échange de quart entre interprètes")
    return Doc("schedule", "fr", c.pick([f"Horaire des interprètes – semaine du {monday.strftime('%d/%m')}", "Horaire semaine prochaine",
                                         "Horaire interprètes + garde"]), c.addr(mgr), [_all(c)], body, atts=atts,
               note="horaire hebdomadaire des interprètes")


def paie(c):
    adm = c.staff("admin")
    it = c.staff("interp")
    mat = c.rng.randint(100000, 199999)
    per = c.rng.randint(1, 26)
    body = [c.hello(it.given),
            c.pick([f"Suite à votre feuille de temps de la période {per}, il manque l'approbation pour 6,5 h de temps supplémentaire.",
                    f"La correction de paie pour la période {per} sera versée le {c.when(c.later(5, 12), False)}.",
                    f"Votre prime de disponibilité (garde) n'a pas été saisie pour la période {per}; c'est corrigé."]),
            K.kv(c, [("Matricule", str(mat)), ("Période", str(per)), ("Heures régulières", "70,00"),
                     ("Heures supplémentaires", c.pick(["6,50", "3,00", "11,25"])), ("Prime de garde", c.pick(["oui", "non"])),
                     ("Centre de coûts", f"{c.rng.randint(6000, 6999)}-{c.rng.randint(10, 99)}")]),
            c.pick(["Merci de faire signer votre gestionnaire.", "Aucune action requise de votre part.", "Questions : poste 2240."]),
            c.sig(adm)]
    return Doc("payroll", "fr", c.pick([f"Feuille de temps – période {per}", "Correction de paie", "Prime de garde"]),
               c.addr(adm), [c.addr(it)], body, cc=[c.addr(c.staff("mgr"))] if c.chance(0.5) else [], note="correction de paie d'une employée")


def conge_sante(c):
    it = c.staff(c.pick(["interp", "nav"]))
    mgr = c.staff("mgr")
    back = c.later(5, 20)
    kind = c.pick(["arret", "vaccin", "retour"])
    if kind == "arret":
        body = [c.hello(mgr.given),
                c.pick(["Je ne pourrai pas rentrer cette semaine, mon médecin m'a diagnostiqué une pneumonie et m'a mise sous antibiotiques.",
                        "Je dois m'absenter : mon médecin soupçonne une hernie discale, j'ai une IRM jeudi.",
                        "Petite mise à jour : ma pression est encore trop haute, le médecin ajuste mon ramipril et m'arrête 2 semaines."]),
                f"Retour prévu le {c.when(back, False)}. Le billet médical suit par courriel interne.", it.given]
        subj = c.pick(["Absence maladie", "Arrêt de travail", "Absente cette semaine"])
    elif kind == "vaccin":
        hs = c.staff("nurse")
        body = [c.hello(it.given), "Suivi du bureau de santé et sécurité au travail :",
                K.kv(c, [("Employée", it.name), ("Titre anti-HBs", c.pick(["< 10 UI/L (non immune)", "8 UI/L", "124 UI/L (immune)"])),
                         ("TCT (tuberculine)", c.pick(["0 mm – négatif", "12 mm – à investiguer (radiographie pulmonaire prévue)"])),
                         ("Action", "rappel vaccinal à planifier avant le prochain séjour en communauté")]),
                "Ces renseignements concernent votre dossier d'employée et ne sont pas versés à votre dossier d'usager.", c.sig(hs)]
        it, mgr = hs, it
        subj = "Santé au travail – suivi immunisation"
    else:
        body = [c.hello(it.given), f"Comme convenu avec l'assureur, votre retour progressif débutera le {c.when(back, False)} : "
                "3 jours/semaine pendant 4 semaines, sans garde de soir.",
                c.pick(["Le rapport du médecin désigné confirme la capacité à reprendre les tâches d'interprétation.",
                        "Les limitations (pas de port de charges) seront respectées pour l'accompagnement à l'aéroport."]),
                c.sig(mgr)]
        it, mgr = mgr, it
        subj = c.pick(["Retour progressif", "Plan de retour au travail"])
    return Doc("staff_health", "fr", subj, c.addr(it), [c.addr(mgr)], body, note="absence ou santé au travail d'une employée")


def infolettre(c):
    comm = c.staff("mgr")
    newcomer = c.pick(P.STAFF["interp"])
    md = c.pick(P.STAFF["md"])
    nav = c.pick(P.STAFF["nav"])
    baby = c.pick(["Aiyana", "Noah", "Léa-Rose", "Tomas", "Kinew"])
    bd = c.date - datetime.timedelta(days=c.rng.randint(10, 40))
    n_req = c.rng.randint(280, 460)
    blocks = [f"Infolettre SINPA – {P.MONTHS_FR[c.date.month - 1]} {c.date.year}",
              f"Bienvenue à {('Mme' if newcomer[2] == 'F' else 'M.')} {newcomer[0]} {newcomer[1]}, qui se joint à l'équipe comme interprète en {P.LANG_FR[newcomer[3]]}.",
              f"Midi-conférence : {'Dre' if md[2] == 'F' else 'Dr'} {md[0]} {md[1]} ({md[3]}) présentera « " +
              c.pick(["Le diabète de type 2 dans les communautés cries : nouvelles approches", "La tuberculose au Nunavik : où en sommes-nous ?",
                      "Annoncer un cancer avec un interprète", "L'insuffisance rénale et la dialyse loin de chez soi"]) +
              f" » le {c.when(c.later(5, 20))}, salle Aurore.",
              f"Félicitations à {nav[0]} {nav[1]} pour la naissance de {c.pick(['sa fille', 'son fils'])} {baby}, né(e) le {bd.day} {P.MONTHS_FR[bd.month - 1]} {bd.year} (3,4 kg) !",
              f"En chiffres : {n_req} demandes d'interprétation ce mois-ci, dont {c.rng.randint(40, 60)} % en inuktitut; délai moyen de réponse {c.rng.randint(2, 6)} h.",
              c.pick(["Rappel : la formation obligatoire sur la sécurisation culturelle doit être complétée d'ici le 31 mars.",
                      "La salle de purification (2e étage) est de nouveau disponible après les travaux de ventilation."]),
              c.sig(comm, full=True)]
    return Doc("newsletter", "fr", c.pick([f"Infolettre SINPA – {P.MONTHS_FR[c.date.month - 1]}", "Nouvelles de l'équipe", "Infolettre du mois"]),
               c.addr(comm), [_all(c)], blocks, prefer=c.pick(["html", "alt"]), note="infolettre interne du service")


def colloque(c):
    org = c.staff("mgr")
    day = c.later(20, 60)
    mds = c.sample(P.STAFF["md"], 4)
    topics = ["Diabète gestationnel chez les femmes inuites : enjeux de suivi", "Tuberculose : l'observance à distance",
              "Interprétariat et consentement libre et éclairé", "Hémodialyse loin de la communauté : le point de vue des familles",
              "Santé mentale et sécurisation culturelle", "Cancer du poumon : annoncer un diagnostic en langue autochtone"]
    tl = c.sample(topics, 4)
    lines = [("h", f"Colloque régional – Soins, langues et cultures – {day.day} {P.MONTHS_FR[day.month - 1]} {day.year}")]
    h = 8
    for m, t in zip(mds, tl):
        lines.append(f"{h} h 30 – {('Dre' if m[2] == 'F' else 'Dr')} {m[0]} {m[1]}, {m[3]} : {t}")
        h += 1
    lines += ["12 h 00 – Dîner (bannique et soupe offerts)", "13 h 00 – Table ronde des interprètes et navigateurs",
              "Inscription : 75 $ (gratuit pour les interprètes communautaires)", "Lieu : Centre des congrès de Pointe-Aurore, 200, rue du Port"]
    body = [c.hello(), "Le programme du colloque est maintenant disponible (PDF ci-joint).",
            c.pick(["Les places sont limitées à 120 personnes.", "Les conférences seront interprétées en inuktitut et en cri."]),
            c.sig(org)]
    att = K.pdf("Programme_colloque.pdf", "Programme du colloque", lines, author=org.name, compress=c.chance(0.5))
    return Doc("conference", "fr", c.pick(["Programme du colloque", "Colloque Soins, langues et cultures – programme", "Invitation au colloque"]),
               c.addr(org), [_all(c)], body, atts=[att], note="programme de colloque avec conférenciers")


def affichage(c):
    rh = c.staff("admin")
    lang = c.pick(["inuktitut", "cri", "innu", "atikamekw"])
    num = f"SINPA-{c.date.year}-{c.rng.randint(10, 99):03d}"
    role = c.pick([f"Interprète médical(e) – {P.LANG_FR[lang]}", f"Navigateur(trice) autochtone ({P.LANG_FR[lang]})"])
    body = [f"AFFICHAGE {num}", role,
            "Statut : temps complet, 35 h/semaine, quart de jour avec garde de soir en rotation",
            f"Salaire : {c.rng.randint(23, 26)},{c.rng.randint(10, 99)} $ à {c.rng.randint(31, 34)},{c.rng.randint(10, 99)} $ l'heure",
            "Exigences : maîtrise du " + P.LANG_FR[lang] + " et du français ou de l'anglais; connaissance de la terminologie médicale (diabète, cancer, dialyse, santé mentale) un atout.",
            f"Date limite : {c.when(c.later(10, 25), False)}. Faire parvenir votre CV à {rh.email}.",
            c.sig(rh)]
    return Doc("job_posting", "fr", f"Affichage de poste – {role}", c.addr(rh), [_all(c)], body,
               prefer=c.pick(["html", None]), note="affichage de poste")


def comite(c):
    mgr = c.staff("mgr")
    start = c.later(5, 20).replace(hour=13, minute=30)
    members = K.staff_pick(c, "nav", 2) + K.staff_pick(c, "interp", 2)
    ordre = ["Adoption du compte rendu", "Suivi des plaintes (données agrégées du trimestre)",
             "Révision du lexique médical inuktitut", "Projet de salle de purification", "Varia"]
    body = [c.hello(), f"Le comité de sécurisation culturelle se réunira le {c.when(start)}, salle 4-210 et sur Teams.",
            "Ordre du jour :\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(ordre)),
            "Membres : " + ", ".join(f"{m[0]} {m[1]}" for m in members) + ", " + mgr.name + " (présidence)", c.sig(mgr)]
    if c.chance(0.35):
        fw_to = c.staff("nav")
        body = [c.pick([f"{fw_to.given}, tu remplaces Rosalie à ce comité, voici la convocation.", "Pour information."]), mgr.given,
                c.fwd(mgr, "Équipe SINPA", c.earlier(24, 120), "Convocation – comité de sécurisation culturelle", body[:-1])]
        return Doc("committee", "fr", "TR: Convocation – comité de sécurisation culturelle", c.addr(mgr), [c.addr(fw_to)], body,
                   note="convocation de comité transférée")
    att = K.ics(c, "invitation.ics", start, 90, "Comité de sécurisation culturelle", "Ordre du jour dans le courriel.",
                "Salle 4-210 / Teams", (mgr.name, mgr.email), [(f"{m[0]} {m[1]}", f"{email_local(m[0], m[1])}@{P.DOM}") for m in members])
    return Doc("committee", "fr", c.pick(["Convocation – comité de sécurisation culturelle", "Comité SINPA – ordre du jour"]),
               c.addr(mgr), [_all(c)], body, atts=[att] if c.chance(0.6) else [], note="convocation de comité")


def stats(c):
    mgr = c.staff("mgr")
    months = P.MONTHS_FR[:max(3, c.date.month)]
    langs = ["inuktitut", "cri", "innu", "atikamekw", "oji-cri"]
    rows = [["Langue"] + [m[:4] + "." for m in months[-3:]] + ["Taux d'absence (%)"]]
    for l in langs:
        rows.append([P.LANG_FR[l]] + [c.rng.randint(12, 190) for _ in range(3)] + [round(c.rng.uniform(4, 19), 1)])
    body = [c.hello(), "Voici les statistiques d'utilisation du service pour le dernier trimestre (données agrégées, aucune donnée nominative).",
            c.pick(["On observe une hausse des demandes en oncologie et en néphrologie.",
                     "Le taux de rendez-vous manqués est plus élevé chez les usagers sans escorte."])]
    atts = []
    if c.chance(0.5):
        body.append(Table(rows[0], rows[1:]))
    else:
        atts.append(K.xlsx("Statistiques_trimestre.xlsx", [("Demandes", rows),
                                                             ("Par clinique", [["Clinique", "Demandes"], ["Néphrologie", c.rng.randint(50, 140)],
                                                                               ["Oncologie", c.rng.randint(40, 120)], ["Obstétrique", c.rng.randint(60, 150)],
                                                                               ["Psychiatrie", c.rng.randint(10, 50)]])], author=mgr.name))
        body.append("Tableau détaillé en pièce jointe.")
    body += [c.sig(mgr)]
    return Doc("statistics", "fr", c.pick(["Statistiques trimestrielles", "Données d'utilisation – interprétariat", "Tableau de bord SINPA"]),
               c.addr(mgr), [("Direction des services multidisciplinaires", f"dsm@{P.DOM}")], body, atts=atts, note="statistiques agrégées")


def facture(c):
    ag = P.AGENCY
    num = f"F-{c.date.year}-{c.rng.randint(1000, 9999)}"
    po = f"45{c.rng.randint(10000000, 99999999)}"
    lines = [f"Facture no : {num}", f"Date : {c.date.strftime('%Y-%m-%d')}", f"Bon de commande : {po}",
             f"Client : {P.ORG_FR} – {P.SERVICE_FR}", "Numéro de client : " + str(c.rng.randint(1000, 9999)),
             ("h", "Détail")]
    tot = 0
    for l in c.sample(["inuktitut", "cri", "innu", "atikamekw"], 3):
        h = c.rng.randint(6, 40)
        rate = c.pick([62, 68, 75])
        tot += h * rate
        lines.append(f"Interprétation {P.LANG_FR[l]} – {h} h x {rate},00 $ = {h * rate:,.2f} $".replace(",", " "))
    tps, tvq = tot * 0.05, tot * 0.09975
    lines += [f"Sous-total : {tot:,.2f} $".replace(",", " "), f"TPS (no {c.rng.randint(100000000, 999999999)} RT0001) : {tps:.2f} $",
              f"TVQ (no {c.rng.randint(1000000000, 9999999999)} TQ0001) : {tvq:.2f} $", f"Total : {tot + tps + tvq:.2f} $",
              "Paiement net 30 jours – dépôt direct, transit 00123, institution 815"]
    body = [c.hello(), f"Veuillez trouver ci-jointe notre facture {num} pour les services rendus en {P.MONTHS_FR[(c.date.month - 2) % 12]}.",
            c.bye(), f"Comptabilité\n{ag[0]}\n1450, rue Principale, Pointe-Aurore\nTél. : 418-555-0177"]
    att = K.pdf(f"Facture_{num}.pdf", f"{ag[0]} – Facture", lines, author=ag[0], compress=c.chance(0.5))
    if c.chance(0.4):
        num2 = f"F-{c.date.year}-{c.rng.randint(1000, 9999)}"
        att2 = K.pdf(f"Facture_{num2}.pdf", f"{ag[0]} – Facture", [x.replace(num, num2) if isinstance(x, str) else x for x in lines],
                     author=ag[0], compress=True)
        att = K.zipped(f"Factures_{P.MONTHS_FR[(c.date.month - 2) % 12]}.zip", [att, att2])
        body[1] = "Veuillez trouver ci-jointes nos factures du mois (archive ZIP)."
    return Doc("invoice", "fr", f"Facture {num}", ("Comptabilité " + ag[0], f"comptabilite@{ag[1]}"),
               [("Comptes fournisseurs", f"comptes.fournisseurs@{P.DOM}")], body, atts=[att], note="facture d'une agence d'interprètes")


def bon_commande(c):
    adm = c.staff("admin")
    po = f"BC-{c.rng.randint(200000, 299999)}"
    items = [("Tablette VRI 10 po avec support", c.rng.randint(4, 12), 689.00), ("Casque d'écoute USB, annulation de bruit", c.rng.randint(10, 30), 84.50),
             ("Haut-parleur de conférence", c.rng.randint(2, 6), 229.99), ("Chariot mobile pour interprétation vidéo", c.rng.randint(1, 4), 1150.00)]
    items = c.sample(items, 3)
    rows = [["Article", "Qté", "Prix unitaire", "No de série (1er lot)"]]
    for it, q, pu in items:
        rows.append([it, q, f"{pu:.2f} $", K.luhn_serial(c)])
    body = [c.hello(), f"Bon de commande {po} approuvé. Merci de confirmer la date de livraison.", Table(rows[0], rows[1:]),
            f"Livrer à : {P.HOSP_FR}, quai de réception, {P.HOSP_ADDR}", c.sig(adm, full=True)]
    return Doc("purchase_order", "fr", f"Bon de commande {po}", c.addr(adm), [("Ventes", "ventes@audiotech-nord.example")], body,
               note="bon de commande d'équipement")


def inventaire(c):
    it = c.staff("it")
    rows = [["Étiquette d'actif", "Équipement", "No de série", "Emplacement", "État"]]
    for i in range(c.rng.randint(6, 12)):
        rows.append([f"ACT-{K.luhn_serial(c, 10, (4, 3, 3), '-')}", c.pick(["Tablette VRI", "Casque USB", "Téléphone double combiné", "Chariot vidéo"]),
                     K.luhn_serial(c, 9, (3, 3, 3), c.pick([" ", "-", ""])),
                     c.pick(["Clinique externe 2B", "Urgence", "Maison Tasialuk", "Pavillon Kawapit", "Bureau SINPA"]),
                     c.pick(["OK", "OK", "à réparer", "perdu"])])
    body = [c.hello(), "Inventaire annuel des équipements d'interprétation ci-joint. Merci de valider les emplacements.", c.sig(it)]
    att = c.pick([K.csv("inventaire_equipements.csv", rows), K.xlsx("Inventaire_SINPA.xlsx", [("Inventaire", rows)], author=it.name)])
    return Doc("inventory", "fr", c.pick(["Inventaire des équipements", "Inventaire annuel – validation"]), c.addr(it), [_all(c)], body,
               atts=[att], note="inventaire d'équipement avec numéros de série")


def informatique(c):
    it = c.staff("it")
    kind = c.pick(["maint", "phish", "mdp"])
    if kind == "maint":
        d = c.later(2, 9)
        body = [c.hello(), f"La plateforme d'interprétation vidéo InterpréLien sera en maintenance le {c.when(d, False)} de 22 h à 2 h.",
                "Pendant cette période, utilisez la ligne téléphonique de relève 1-800-555-0147 (code de conférence 4471#).",
                c.sig(it)]
        subj = "Maintenance planifiée – InterpréLien"
    elif kind == "phish":
        body = [c.hello(), "Plusieurs employés ont reçu un faux courriel « Votre boîte aux lettres est pleine ». Ne cliquez pas sur le lien.",
                "En cas de doute, transférez le message à securite.ti@" + P.DOM + ".", c.sig(it)]
        subj = "Alerte hameçonnage"
    else:
        body = [c.hello(), "Rappel : votre mot de passe réseau expire dans 5 jours. Changez-le depuis un poste du CSSS (Ctrl-Alt-Suppr).",
                "Le nouveau mot de passe doit contenir 14 caractères.", c.sig(it)]
        subj = "Expiration du mot de passe"
    return Doc("it", "fr", subj, c.addr(it), [_all(c)], body, note="avis informatique")


def immeubles(c):
    fac = ("Service des installations matérielles", f"installations@{P.DOM}")
    h = K.home(c)
    body = [c.hello(), c.pick([
        f"Des tests du système d'alarme incendie auront lieu à {h[0]} ({h[2]}) le {c.when(c.later(2, 8), False)} entre 9 h et 11 h.",
        "Les travaux de ventilation de la salle de purification (local 2-114) sont terminés; les cérémonies peuvent reprendre.",
        "Le stationnement P3 sera fermé pour le déneigement cette nuit. Les navettes vers l'aéroport partiront de l'entrée principale.",
    ]), "Merci de votre collaboration.", "Service des installations matérielles\nPoste 2900"]
    return Doc("facilities", "fr", c.pick(["Avis – installations", "Travaux et entretien", "Test d'alarme incendie"]), fac, [_all(c)], body,
               prefer=c.pick(["plain", "html"]), note="avis des installations matérielles")


def cas_enseignement(c):
    case = c.case()
    it = c.staff("mgr")
    age = c.rng.randint(30, 80)
    body = [c.hello(), "Pour la formation continue des interprètes de jeudi, voici le cas (fictif et dépersonnalisé) :",
            f"Personne de {age} ans d'une communauté côtière, hospitalisée pour {case['dx'][0]}. "
            f"Traitement proposé : {case['proc'][0]}. Médication habituelle : {case['meds'][0][0]}. "
            f"Résultat récent : {case['labs'][0][0]}.",
            "Questions : 1) Comment rendre les termes techniques sans équivalent ? 2) Que faire si la famille répond à la place de la personne ?",
            c.sig(it)]
    return Doc("teaching_case", "fr", c.pick(["Cas pour la formation de jeudi", "Formation continue – cas clinique", "Vignette clinique (dépersonnalisée)"]),
               c.addr(it), [("Interprètes", f"interpretes.liste@{P.DOM}")], body, note="cas d'enseignement sans identité")


def formulaire_vierge(c):
    adm = c.staff(c.pick(["admin", "mgr"]))
    kind = c.pick(["form", "merge"])
    if kind == "form":
        paras = ["Nom de l'usager : ______________________", "No de dossier : __________   NAM : ____ ____ ____",
                 "Date de naissance : ____/____/______", "Langue : □ inuktitut □ cri □ innu □ atikamekw □ autre : ______",
                 "Rendez-vous : date ______ heure ______ clinique ______", "Motif (sans détails cliniques inutiles) : ______________",
                 "Signature du demandeur : ______________"]
        att = K.docx("Formulaire_demande_interprete_v3.docx", "Demande d'interprète (formulaire vierge)", paras, author=adm.name)
        body = [c.hello(), "Voici la nouvelle version du formulaire de demande d'interprète (v3). Merci de détruire les anciennes copies.", c.sig(adm)]
    else:
        paras = ["Bonjour «Prénom» «Nom»,", "Votre rendez-vous en «Clinique» est prévu le «Date» à «Heure».",
                 "Un(e) interprète en «Langue» vous accompagnera. Votre vol part de «Communauté» le «Date_vol».",
                 "Pour toute question : 418-555-0150."]
        att = K.docx("Gabarit_lettre_rendez-vous.docx", "Gabarit – lettre de convocation", paras, author=adm.name)
        body = [c.hello(), "Gabarit de publipostage pour les lettres de convocation. Les champs «…» se remplissent depuis la liste Excel.", c.sig(adm)]
    return Doc("blank_form", "fr", c.pick(["Formulaire mis à jour", "Nouveau gabarit", "Formulaire vierge – demande d'interprète"]),
               c.addr(adm), [_all(c)], body, atts=[att], note="formulaire vierge ou gabarit de publipostage")


def rupture(c):
    ph = c.staff("pharm")
    drug = c.pick([("rifampicine 300 mg, capsules", "rifabutine selon avis de la microbiologie"),
                   ("insuline NPH (fiole 10 mL)", "cartouches NPH équivalentes"),
                   ("isoniazide 100 mg, comprimés", "isoniazide 300 mg fractionné"),
                   ("bandelettes de glycémie ContourNext", "bandelettes Accu-Chek Guide")])
    body = [c.hello(), f"Avis de rupture d'approvisionnement : {drug[0]} (lots {K.lot(c)} et {K.lot(c)}).",
            f"Solution de remplacement : {drug[1]}. Durée estimée : {c.rng.randint(3, 10)} semaines.",
            "Les dispensaires en communauté ont été avisés; aucune action requise pour les interprètes sinon d'en informer les usagers au besoin.",
            c.sig(ph, full=True)]
    return Doc("drug_shortage", "fr", f"Rupture d'approvisionnement – {drug[0].split(',')[0]}", c.addr(ph), [_all(c)], body,
               note="avis de rupture de médicament")


def protocole(c):
    md = c.staff("md")
    num = f"CER-{c.date.year}-{c.rng.randint(100, 199)}"
    body = [c.hello(), f"Le protocole {num} « Effet de l'interprétariat professionnel sur les réadmissions des usagers autochtones » a été approuvé par le comité d'éthique.",
            "Critères d'inclusion : adultes hospitalisés, langue première autochtone, séjour > 48 h. Exclusion : transfert vers un autre établissement.",
            "Le recrutement débutera le mois prochain; aucun renseignement nominatif ne sera transmis au SINPA.",
            c.sig(md, full=True)]
    att = K.pdf(f"Protocole_{num}.pdf", f"Protocole de recherche {num}",
                ["Objectif : comparer le taux de réadmission à 30 jours selon la présence d'un interprète professionnel.",
                 "Devis : cohorte prospective, 2 sites.", "Taille d'échantillon visée : 240 participants.",
                 "Analyse : régression logistique ajustée pour l'âge, le diagnostic principal et la distance."], author=md.name)
    return Doc("research", "fr", c.pick(["Protocole de recherche approuvé", f"Projet {num}"]), c.addr(md), [_all(c)], body,
               atts=[att] if c.chance(0.6) else [], note="protocole de recherche sans participants")


def candidature(c):
    rh = c.staff("admin")
    mgr = c.staff("mgr")
    given = c.pick(["Mélodie", "Samuel", "Tania", "Jimmy", "Rachelle"])
    sur = c.pick(["Grégoire", "Qavvik", "Bacon-Nolet", "Kawish", "Morissette"])
    dob = datetime.date(c.rng.randint(1975, 2001), c.rng.randint(1, 12), c.rng.randint(1, 28))
    paras = [("h", f"{given} {sur}"), f"{c.rng.randint(10, 900)}, rue des Pins, Pointe-Aurore (Québec) G0G 9Z{c.rng.randint(1, 9)}",
             f"Cellulaire : 418-555-01{c.rng.randint(10, 99)}", f"Date de naissance : {dob.strftime('%Y-%m-%d')}",
             ("h", "Expérience"), "2019-2024 : interprète communautaire, Conseil de bande (accompagnement médical)",
             "2016-2019 : préposée à l'accueil, dispensaire", ("h", "Langues"), "Cri de l'Est (langue maternelle), français, anglais"]
    att = K.docx(K.fname("CV", given, sur, ext="docx"), "Curriculum vitae", paras, author=f"{given} {sur}")
    body = [c.hello(mgr.given), f"Voici la candidature de {given} {sur} pour l'affichage d'interprète. Entrevue possible la semaine prochaine ?",
            c.sig(rh)]
    return Doc("candidate", "fr", f"Candidature – poste d'interprète – {given} {sur}", c.addr(rh), [c.addr(mgr)], body, atts=[att],
               note="candidature transmise aux RH")


def glossaire(c):
    it = c.staff("interp")
    terms = c.sample(["diabète", "insuline", "dialyse", "chimiothérapie", "tuberculose", "dépression", "hypertension",
                      "consentement", "anesthésie", "biopsie", "prééclampsie", "AVC"], 6)
    rows = [["Terme français", "Définition simple", "Statut"]] + [[t, c.pick(["à valider", "validé par le comité", "nouvelle proposition"]),
                                                                   c.pick(["v2", "v3"])] for t in terms]
    body = [c.hello(), f"Voici la mise à jour du lexique médical en {P.LANG_FR[it.extra[0]]} discutée au comité linguistique.",
            Table(rows[0], rows[1:]), "Vos commentaires avant vendredi svp.", c.sig(it)]
    return Doc("glossary", "fr", c.pick(["Lexique médical – mise à jour", "Comité linguistique – termes à valider"]), c.addr(it),
               [("Interprètes", f"interpretes.liste@{P.DOM}")], body, note="lexique de termes médicaux")


def carte_contact(c):
    mgr = c.staff("mgr")
    it = c.staff("interp")
    body = [c.hello(), f"Voici la carte de contact de {it.name}, notre nouvelle ressource en {P.LANG_FR[it.extra[0]]}. "
            "Pour les demandes, passez toujours par la centrale (poste 2200); le cellulaire de garde est réservé aux urgences.", c.sig(mgr)]
    att = K.vcf(K.fname(it.given, it.surname, ext="vcf"), given=it.given, surname=it.surname, org=P.ORG_FR + " – SINPA",
                title=f"Interprète – {P.LANG_FR[it.extra[0]]}", tel=[("WORK", it.phone), ("CELL", "418-555-0190")],
                email=it.email, note="Disponible lun-ven 8 h - 16 h; garde en rotation")
    return Doc("contact_card", "fr", c.pick(["Coordonnées – nouvelle ressource", "Carte de contact interprète"]), c.addr(mgr), [_all(c)],
               body, atts=[att], note="carte de contact d'une employée")


TEMPLATES = [carte_contact, horaire, paie, conge_sante, infolettre, colloque, affichage, comite, stats, facture, bon_commande, inventaire,
             informatique, immeubles, cas_enseignement, formulaire_vierge, rupture, protocole, candidature, glossaire]
