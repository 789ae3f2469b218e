"""French hard negatives: the administrative mail of a radiation-oncology
department (staff, payroll, newsletters, committees, vendors, IT, facilities,
aggregate statistics, teaching material, blank forms and templates)."""
import datetime as dt

import gen_data as D
import gen_docs as G
import gen_ids as I
from gen_ctx import slug
from gen_mime import Att, Quote, Table
from gen_neg_common import EXTRA_PEOPLE, SPEAKERS, VENDORS, luhn9, serial

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _att(c, p, subj):
    a = c.attrib(sname(p), p["email"], c.past(48, 200))
    return a + subj if a.endswith(": ") else a


def sname(p):
    return f"{p['given']} {p['surname']}"


# 1 ------------------------------------------------------------------------------
def horaire_tro(c):
    chef = c.person(D.STAFF, 15) if c.chance(0.3) else c.person(D.STAFF, 16)
    d = c.later(3, 8)
    while d.weekday() != 0:
        d += dt.timedelta(days=1)
    tros = [s for s in D.STAFF if "technologue" in s[3]]
    rows = []
    for u in D.UNITS[:4]:
        a, b = c.rng.sample(tros, 2)
        rows.append((u, f"{a[0]} {a[1][0]}.", f"{b[0]} {b[1][0]}.", c.pick(["", "CQ 7 h", "formation SGRT", "entretien jeudi AM"])))
    mds = [c.dr(dict(given=m[0], surname=m[1], sex=m[2]), short=True) for m in c.rng.sample(D.PHYSICIANS[:7], 3)]
    body = [c.pick(["Bonjour à tous,", "Bonjour l'équipe,"]),
            f"Voici l'horaire des technologues pour la semaine du {c.day(d)}.",
            Table(["Appareil", "AM", "PM", "Note"], rows),
            f"Cliniques médicales : {mds[0]} (sein) lundi et mercredi, {mds[1]} (ORL) mardi, "
            f"{mds[2]} (prostate et SBRT poumon) jeudi.",
            c.pick(["Les échanges doivent être approuvés par moi avant vendredi midi.",
                    "Merci de signer la feuille de présence au poste 2.", "Bonne semaine!"])]
    return c.mail("staff_schedule", "therapist weekly schedule by treatment unit", c.who(chef),
                  [("Technologues radio-oncologie", "tro.radioonc@" + D.DOMAIN)],
                  c.pick([f"Horaire semaine du {d.isoformat()}", "Horaire des technologues", "Horaire TRO - version finale"]),
                  body, sig=c.sig(chef))


# 2 ------------------------------------------------------------------------------
def conge(c):
    emp = c.staff()
    boss = c.person(D.STAFF, 15)
    d1 = c.later(20, 60)
    d2 = I.next_weekday(d1, c.rng.randint(4, 14))
    if c.chance(0.5):
        body = [f"Bonjour {boss['given']},",
                f"J'aimerais déposer une demande de vacances du {c.date(d1, 'long')} au {c.date(d2, 'long')} "
                f"inclusivement ({c.rng.randint(5, 10)} jours ouvrables). "
                + c.pick(["J'ai vérifié avec ma collègue, elle peut me remplacer au TrueBeam 1.",
                          "Il me reste 14 jours dans ma banque.", "C'est pour le mariage de ma sœur en Gaspésie."]),
                "Merci de me confirmer.", emp["given"]]
        subj = "Demande de vacances"
        snd, to = emp, boss
    else:
        body = [f"Bonjour {emp['given']},",
                f"Ta demande de congé du {c.date(d1, 'dmy')} au {c.date(d2, 'dmy')} est approuvée. "
                "Elle a été saisie dans Logibec par l'agente administrative.",
                Quote(_att(c, emp, "Demande de congé"),
                      [f"Bonjour {boss['given']}, je voudrais prendre congé du {c.date(d1, 'dmy')} au "
                       f"{c.date(d2, 'dmy')}. Merci!"]), ]
        subj = "RE: Demande de congé"
        snd, to = boss, emp
    return c.mail("leave_request", "staff vacation request or approval", c.who(snd), [c.who(to)], subj, body,
                  sig=c.sig(snd) if snd is boss else None)


# 3 ------------------------------------------------------------------------------
def paie(c):
    paie = c.person(D.STAFF, 25)
    emp = c.person(D.STAFF, c.pick([i for i in range(len(D.STAFF)) if i != 25]))
    num = "%07d" % c.rng.randrange(1000000, 9999999)
    per = c.rng.randint(1, 26)
    body = [f"Bonjour {emp['given']},",
            f"Suite à votre courriel, nous avons vérifié votre talon de paie de la période {per} "
            f"(matricule {num}).",
            c.pick(["La prime de soir (4,25 $/h) n'avait pas été appliquée pour les quarts du 3 et du 4. "
                    "La correction paraîtra sur la paie du prochain jeudi.",
                    "Les 7,5 heures de formation SGRT ont été payées à taux simple, ce qui est conforme à la "
                    "convention collective (article 19.04).",
                    "Le changement d'échelon (échelon 9) prend effet à la date anniversaire; la rétroactivité "
                    "sera versée en deux paiements."]),
            "Pour toute autre question, vous pouvez joindre le Service de la paie au poste 2215."]
    return c.mail("payroll", "payroll correction reply to an employee", c.who(paie), [c.who(emp)],
                  c.pick([f"Talon de paie - période {per}", "RE: Erreur sur ma paie", "Correction de paie"]),
                  body, sig=c.sig(paie))


# 4 ------------------------------------------------------------------------------
def infolettre(c):
    comm = c.person(D.STAFF, 21)
    newmd = c.person(D.PHYSICIANS, c.pick([4, 5, 6]))
    tro = c.staff(["technologue"])
    phys = c.staff(["physicien"])
    n = c.rng.randint(210, 340)
    body = [f"L'Écho du bunker — Infolettre du {D.DEPT_FR}, {I.MOIS[c.today.month - 1]} {c.today.year}",
            f"Bienvenue à {c.dr(newmd)} ! {c.dr(newmd, short=True)} se joint à l'équipe comme radio-oncologue. "
            f"{c.pick(['Sa pratique est consacrée aux cancers du poumon et aux métastases cérébrales', 'Elle/Il traitera principalement les cancers gynécologiques et la curiethérapie', 'Sa clinique portera sur les cancers de la prostate et la SBRT'])}."
            .replace("Elle/Il", "Elle" if newmd["sex"] == "F" else "Il"),
            f"Bravo à {sname(tro)}, technologue, qui a obtenu sa certification en radiothérapie guidée par la "
            f"surface. Merci aussi à {sname(phys)} pour la mise en service du nouveau module de radiochirurgie.",
            f"En chiffres : {n} nouveaux patients ce trimestre, dont {c.rng.randint(40, 70)} traitements "
            f"stéréotaxiques. Délai médian consultation-traitement : {c.rng.randint(12, 20)} jours.",
            c.pick(["Rappel : la collecte pour la Fondation (vente de garage) aura lieu le 14 juin.",
                    "Rappel : la journée portes ouvertes pour les familles aura lieu samedi.",
                    "Rappel : la formation sur la prévention des chutes est obligatoire pour tous."])]
    return c.mail("newsletter", "department newsletter", c.who(comm), [("Tout le personnel RO", "personnel.ro@" + D.DOMAIN)],
                  f"Infolettre radio-oncologie - {I.MOIS[c.today.month - 1]}", body,
                  prefs={"mode": c.pick(["html", "alt"])}, sig=c.sig(comm))


# 5 ------------------------------------------------------------------------------
def comite(c):
    qual = c.person(D.STAFF, 24)
    d = c.later(5, 20)
    kind = c.pick(["tumeurs", "qualite", "radioprotection"])
    if kind == "tumeurs":
        items = ["Les cas doivent être soumis dans le formulaire électronique avant mardi 16 h.",
                 "Maximum de 8 cas par réunion; les cas urgents peuvent être ajoutés par le président.",
                 f"Président : {c.dr(c.person(D.OTHER_MDS, 1))} ; radio-oncologue de garde : {c.dr(c.md())}."]
        subj = f"Comité des tumeurs ORL - {c.day(d)}"
    elif kind == "qualite":
        items = ["1. Adoption du procès-verbal du 12 février", f"2. Déclarations d'incidents/accidents : "
                 f"{c.rng.randint(3, 11)} déclarations ce trimestre (aucune avec conséquence)",
                 "3. Révision de la procédure de vérification d'identité au poste de traitement",
                 "4. Indicateurs : taux de reprise de plans, délais de dosimétrie", "5. Varia"]
        subj = f"Convocation - Comité d'amélioration de la qualité en RO, {c.date(d, 'long')}"
    else:
        items = ["1. Rapport annuel du responsable de la radioprotection",
                 "2. Résultats des relevés de rayonnement autour du bunker 4",
                 "3. Renouvellement du permis de la CCSN", "4. Formation du nouveau personnel"]
        subj = "Comité de radioprotection - ordre du jour"
    body = [c.pick(["Bonjour à tous,", "Mesdames, Messieurs,"]),
            f"Vous êtes convoqués à la prochaine réunion le {c.day(d)} à 12 h, salle Marguerite-Aubin "
            "(niveau 2) et sur Teams.", "\n".join(items), "Le dîner sera servi."]
    return c.mail("committee_notice", "committee meeting notice and agenda", c.who(qual),
                  [("Membres du comité", "comite.ro@" + D.DOMAIN)], subj, body, sig=c.sig(qual))


# 6 ------------------------------------------------------------------------------
def congres(c):
    comm = c.person(D.STAFF, 21)
    d = c.later(20, 60)
    talks = [("8 h 30", "Radiothérapie stéréotaxique des métastases cérébrales : où en sommes-nous ?"),
             ("9 h 15", "Hypofractionnement dans le cancer du sein : 5 fractions pour toutes ?"),
             ("10 h 30", "Radiodermite : prévention et soins fondés sur les données probantes"),
             ("11 h 15", "Curiethérapie HDR du col utérin : expérience régionale"),
             ("13 h 30", "IRM-linac et radiothérapie adaptative"),
             ("14 h 15", "Transport et hébergement : l'accès aux soins en région")]
    speakers = list(SPEAKERS)
    c.rng.shuffle(speakers)
    rows = [(t, f"{sp[0]} {sp[1]} ({sp[2]})", title) for (t, title), sp in zip(talks, speakers)]
    body = [c.pick(["Bonjour,", "Chers collègues,"]),
            f"Voici le programme de la 12e Journée scientifique de radio-oncologie de Val-Sainte-Claire, le "
            f"{c.day(d)}, à l'Auditorium Marguerite-Aubin. 6 heures de formation accréditées.",
            Table(["Heure", "Conférencier", "Sujet"], rows),
            "Inscription gratuite pour le personnel avant le 30 du mois."]
    atts = []
    if c.chance(0.5):
        atts.append(Att("Programme_journee_scientifique.pdf", "application/pdf",
                        G.pdf_doc("12e Journée scientifique de radio-oncologie", [("table", ["Heure", "Conférencier", "Sujet"], rows)])))
    return c.mail("conference_programme", "scientific day programme with speakers and topics", c.who(comm),
                  [("Personnel médical et professionnel", "professionnels@" + D.DOMAIN)],
                  "Programme - Journée scientifique de radio-oncologie", body, attachments=atts, sig=c.sig(comm))


# 7 ------------------------------------------------------------------------------
def offre_emploi(c):
    rh = c.person(D.STAFF, 19)
    job = c.pick([("Dosimétriste", "technologue en radio-oncologie avec spécialisation en dosimétrie"),
                  ("Technologue en radio-oncologie", "membre de l'OTIMROEPMQ"),
                  ("Physicien(ne) médical(e)", "Ph. D. ou M. Sc. en physique médicale, certifié(e) CCPM"),
                  ("Infirmier(ère) clinicien(ne) en radio-oncologie", "membre de l'OIIQ, 2 ans d'expérience en oncologie")])
    num = f"RO-{c.today.year}-{c.rng.randint(100, 999)}"
    body = [f"AFFICHAGE INTERNE ET EXTERNE — {job[0]} — Poste permanent temps complet (no {num})",
            f"{D.ORG_FR}, {D.DEPT_FR}",
            f"Exigences : {job[1]}. Connaissance des systèmes de planification et d'OncoSuite un atout. Bilinguisme souhaité.",
            "Échelle salariale selon la nomenclature du réseau; prime de rétention en région éloignée.",
            f"Faire parvenir votre CV avant le {c.date(c.later(10, 20), 'long')} à {rh['email']}.",
            "Nous souscrivons à un programme d'accès à l'égalité en emploi."]
    return c.mail("job_posting", "job posting", c.who(rh), [("Liste de diffusion - Affichages", "affichages@" + D.DOMAIN)],
                  f"Affichage {num} - {job[0]}", body, sig=c.sig(rh))


# 8 ------------------------------------------------------------------------------
def facture(c):
    v = c.pick(VENDORS[:2])
    buyer = c.person(D.STAFF, 20)
    inv = f"F-{c.rng.randint(100000, 999999)}"
    po = f"BC{c.rng.randint(2400000, 2499999)}"
    items = c.pick([[("Masque thermoplastique tête-cou-épaules 5 points", 40, 38.50),
                     ("Bolus gel 1 cm 30x30", 10, 112.00), ("Cale-genoux Kneefix", 4, 89.95)],
                    [("Contrat de service annuel TrueBeam - 2e versement", 1, 48250.00),
                     ("Pièce : module MLC (no série " + serial(c.rng, "SN") + ")", 1, 7420.00)],
                    [("Vac-Lok 70x100 cm", 12, 214.00), ("Planche sein inclinable", 1, 3890.00)]])
    rows, tot = [], 0
    for d, q, pu in items:
        rows.append((d, q, f"{pu:,.2f} $".replace(",", " ").replace(".", ","), f"{q * pu:,.2f} $".replace(",", " ").replace(".", ",")))
        tot += q * pu
    tps, tvq = tot * 0.05, tot * 0.09975
    kv = [("Facture no", inv), ("Date", c.today.isoformat()), ("Bon de commande", po),
          ("Client", f"{D.ORG_FR} - {D.DEPT_FR}"), ("No TPS", f"{luhn9(c.rng)} RT0001"),
          ("No TVQ", f"{c.rng.randint(1000000000, 1999999999)} TQ0001")]
    pdf = G.pdf_doc(f"FACTURE - {v[0]}", [("kv", kv), ("table", ["Description", "Qté", "Prix unitaire", "Montant"], rows),
                                          f"Sous-total : {tot:.2f} $   TPS : {tps:.2f} $   TVQ : {tvq:.2f} $   Total : {tot + tps + tvq:.2f} $",
                                          "Paiement net 30 jours."])
    body = [c.pick(["Bonjour,", "Bonjour Monsieur,"]),
            f"Veuillez trouver ci-jointe la facture {inv} en lien avec votre bon de commande {po}.",
            f"Montant total : {tot + tps + tvq:,.2f} $".replace(",", " ").replace(".", ","),
            f"Service à la clientèle\n{v[0]}\n{v[2]}"]
    return c.mail("invoice", "vendor invoice", (v[0], v[1]), [c.who(buyer), c.box("approv")],
                  f"Facture {inv} - {po}", body, attachments=[Att(f"Facture_{inv}.pdf", "application/pdf", pdf)])


# 9 ------------------------------------------------------------------------------
def bon_commande(c):
    buyer = c.person(D.STAFF, 20)
    nurse = c.staff(["infirmière"])
    v = VENDORS[2]
    po = f"BC{c.rng.randint(2400000, 2499999)}"
    rows = [("Mepilex Lite 10x10 cm", "boîte de 5", c.rng.randint(10, 30)),
            ("Sulfadiazine d'argent 1 % (Flamazine) 500 g", "pot", c.rng.randint(4, 12)),
            ("Hydrocortisone 1 % crème 30 g", "tube", c.rng.randint(20, 60)),
            ("Glaxal base 450 g", "pot", c.rng.randint(10, 40)),
            ("Lidocaïne visqueuse 2 % 100 mL", "flacon", c.rng.randint(10, 30))]
    body = [c.pick([f"Bonjour {v[0]},", "Bonjour,"]),
            f"Voici notre commande {po} pour le poste de soins de radio-oncologie (centre de coût 7420-310) :",
            Table(["Produit", "Format", "Quantité"], rows),
            f"Livraison : {D.ORG_FR}, quai de réception, {D.ORG_ADDR_FR}. Attention : {sname(nurse)}.",
            "Merci de confirmer les délais, la sulfadiazine était en rupture le mois dernier."]
    return c.mail("purchase_order", "purchase order for dressings and skin creams", c.who(buyer),
                  [(v[0], v[1])], f"Commande {po} - radio-oncologie", body, cc=[c.who(nurse)], sig=c.sig(buyer))


# 10 -----------------------------------------------------------------------------
def inventaire(c):
    nurse = c.staff(["infirmière", "coordonnatrice"])
    prods = ["Mepilex Lite 10x10", "Mepitel One 8x10", "Flamazine 1 % 50 g", "Hydrocortisone 1 % 30 g",
             "Glaxal base 450 g", "Lidocaïne visqueuse 2 %", "Bolus gel 0,5 cm", "Masques ORL 5 pts",
             "Gants nitrile M", "Solution saline 0,9 % 1 L"]
    rows = []
    for pr in prods:
        exp = dt.date(2025 + c.rng.randint(0, 2), c.rng.randint(1, 12), 1)
        rows.append((pr, f"LOT {luhn9(c.rng)}", exp.isoformat(), c.rng.randint(0, 60), c.rng.randint(10, 30)))
    header = ["Produit", "Lot", "Expiration", "En stock", "Seuil"]
    low = [r[0] for r in rows if r[3] < r[4]]
    body = [c.pick(["Bonjour,", "Allo,"]),
            f"Inventaire du poste de soins fait ce matin. Produits sous le seuil : {', '.join(low) or 'aucun'}.",
            "Le fichier complet est joint. Merci de passer la commande avant jeudi."]
    return c.mail("inventory", "supplies inventory with lot numbers", c.who(nurse), [c.box("approv")],
                  c.pick(["Inventaire poste de soins RO", "Inventaire mensuel"]), body,
                  attachments=[Att(f"inventaire_{c.today.isoformat()}.xlsx", XLSX, G.xlsx_doc([("Inventaire", header, rows)]))],
                  sig=c.sig(nurse))


# 11 -----------------------------------------------------------------------------
def ti_panne(c):
    ti = c.person(D.STAFF, 17)
    d = c.later(2, 10)
    ticket = f"INC{c.rng.randint(1000000, 9999999)}"
    kind = c.pick(["maj", "mdp", "hame"])
    if kind == "maj":
        body = [f"AVIS — Arrêt planifié d'OncoSuite (gestion oncologique) le {c.day(d)} de 18 h à 23 h",
                "La mise à jour 17.1 sera installée sur les serveurs de planification et de traitement. "
                "Les postes de traitement fonctionneront en mode hors ligne; imprimez les listes de patients "
                "du lendemain avant 17 h 30.",
                f"Billet de référence : {ticket}. Soutien TI : poste 4357."]
        subj = f"Arrêt planifié OncoSuite - {c.date(d, 'iso')}"
    elif kind == "mdp":
        body = ["Votre mot de passe réseau expirera dans 5 jours.",
                "Pour le modifier, appuyez sur Ctrl+Alt+Suppr puis « Modifier un mot de passe ». "
                "Le Soutien TI ne vous demandera JAMAIS votre mot de passe par courriel.",
                f"Si vous avez reçu un courriel suspect, transférez-le à securite@{D.DOMAIN} (billet {ticket})."]
        subj = "Expiration de votre mot de passe"
    else:
        body = [f"À partir du {c.day(d)}, l'authentification multifacteur sera obligatoire pour l'accès à "
                "distance au dossier clinique et à OncoSuite.",
                "Installez l'application d'authentification sur votre cellulaire professionnel. "
                "Des séances d'aide auront lieu à la bibliothèque médicale de 12 h à 13 h.",
                f"Questions : poste 4357, billet {ticket}."]
        subj = "Authentification multifacteur - accès à distance"
    return c.mail("it_notice", "IT notice", c.who(ti), [("Tous les utilisateurs RO", "utilisateurs.ro@" + D.DOMAIN)],
                  subj, body, sig=c.sig(ti))


# 12 -----------------------------------------------------------------------------
def installations(c):
    st = c.box("install")
    d = c.later(2, 12)
    body = c.pick([
        [f"Entretien du système de ventilation du bunker 3 (Linac 3) le {c.day(d)} de 6 h à 14 h.",
         "L'appareil sera hors service; les rendez-vous sont déplacés sur le TrueBeam 2 par l'équipe de "
         "planification. Aucun impact sur les autres bunkers."],
        [f"Fermeture du stationnement P3 (niveau -2) du {c.day(d)} au vendredi suivant pour réfection.",
         "Les patients en radiothérapie pourront utiliser les 12 places réservées du P1, près de l'entrée B. "
         "Les vignettes gratuites restent valides."],
        [f"Interruption d'eau chaude au niveau -1 le {c.day(d)} entre 9 h et 11 h.",
         "Les éviers des salles de traitement ne seront pas disponibles; des lingettes seront fournies."],
        [f"L'ascenseur 4 (accès direct à la radio-oncologie) sera hors service le {c.day(d)}.",
         "Prévoir l'ascenseur 2 pour les civières; un préposé sera en poste à l'entrée B."]])
    return c.mail("facilities_notice", "facilities notice", st, [("Personnel RO", "personnel.ro@" + D.DOMAIN)],
                  c.pick(["Avis des services techniques", "Travaux - niveau -1", "AVIS : interruption de service"]),
                  body + [f"Services techniques — poste 2000\n{D.ORG_ADDR_FR}"])


# 13 -----------------------------------------------------------------------------
def stats(c):
    mgr = c.person(D.STAFF, 15)
    q = c.pick(["T1", "T2", "T3", "T4"])
    sites = ["Sein", "Prostate", "Poumon", "ORL", "Digestif", "Gynécologie", "SNC", "Palliatif (os)", "Peau"]
    rows = []
    mean = [16, 20, 22, 33, 25, 25, 28, 3, 8]
    for s, mf in zip(sites, mean):
        n = c.rng.randint(12, 90)
        rows.append((s, n, int(n * mf * c.rng.uniform(0.85, 1.1)), f"{c.rng.randint(78, 99)} %", c.rng.randint(8, 25)))
    header = ["Site", "Nouveaux patients", "Fractions", "% traités dans les 28 jours", "Délai médian (j)"]
    body = [c.pick(["Bonjour à tous,", "Bonjour,"]),
            f"Voici les statistiques d'activité du {q} {c.today.year}. Total : {sum(r[1] for r in rows)} "
            f"nouveaux patients et {sum(r[2] for r in rows)} fractions.",
            "Le délai pour les cas palliatifs est au-dessus de la cible de 7 jours; on en discute au comité.",
            Table(header, rows) if c.chance(0.5) else "Tableau détaillé en pièce jointe."]
    atts = [] if isinstance(body[-1], Table) else [Att(f"stats_RO_{q}_{c.today.year}.xlsx", XLSX,
                                                       G.xlsx_doc([(q, header, rows)]))]
    return c.mail("aggregate_stats", "quarterly aggregate activity statistics", c.who(mgr),
                  [("Gestionnaires oncologie", "gestion.onco@" + D.DOMAIN)],
                  f"Statistiques RO - {q} {c.today.year}", body, attachments=atts, sig=c.sig(mgr))


# 14 -----------------------------------------------------------------------------
def cas_enseignement(c):
    md = c.md()
    case = c.pick([
        ("Homme de 67 ans, ex-fumeur, adénocarcinome de la prostate Gleason 4+4, APS 22, cT3a. "
         "Question : durée de l'hormonothérapie et inclusion des aires ganglionnaires pelviennes ?"),
        ("Femme de 54 ans, carcinome canalaire infiltrant du sein gauche pT2N1, post-tumorectomie. "
         "Question : irradiation de la chaîne mammaire interne, et quelles contraintes cardiaques ?"),
        ("Homme de 71 ans, carcinome épidermoïde de l'amygdale p16+, cT2N2. "
         "Question : désescalade de dose ? Rôle du cisplatine chez un patient avec clairance à 48 mL/min ?"),
        ("Femme de 80 ans, métastase osseuse douloureuse T10 sans atteinte neurologique. "
         "Question : 8 Gy en 1 fraction ou 20 Gy en 5 ? Quand penser à la SBRT ?")])
    body = [c.pick(["Bonjour aux résidents,", "Bonjour à tous,"]),
            f"Pour la tournée d'enseignement de jeudi, voici le cas dépersonnalisé que nous discuterons :",
            case, "Préparez vos contours sur le jeu de données d'enseignement (CAS-ENS-04) dans le système de "
            "planification. Aucune donnée nominative n'est incluse.", "Bonne préparation !"]
    return c.mail("teaching_case", "de-identified teaching case for residents", c.who(md),
                  [("Résidents radio-oncologie", "residents.ro@" + D.DOMAIN)],
                  c.pick(["Cas pour la tournée de jeudi", "Enseignement - cas clinique", "Tournée des résidents"]),
                  body, sig=c.sig(md, md=True))


# 15 -----------------------------------------------------------------------------
def formulaire_vierge(c):
    clerk = c.staff(["agente"])
    kv = [("Nom du patient", "________________________"), ("Date de naissance (AAAA-MM-JJ)", "____-__-__"),
          ("NAM", "____ ____ ____"), ("No de dossier", "__________"), ("Adresse", "______________________________"),
          ("Téléphone", "(___) ___-____"), ("Mobilité", "☐ autonome  ☐ marchette  ☐ fauteuil roulant"),
          ("Période de traitement", "du ________ au ________"), ("Signature du demandeur", "________________")]
    kind = c.pick(["pdf", "docx"])
    title = "Formulaire de demande de transport - patients en radiothérapie"
    if kind == "pdf":
        att = Att("Formulaire_transport_RO_vierge.pdf", "application/pdf", G.pdf_doc(title, [("kv", kv)], header=D.DEPT_FR))
    else:
        att = Att("Formulaire transport RO (vierge).docx", DOCX, G.docx_doc(title, [("kv", kv)]))
    body = [c.pick(["Bonjour,", "Bonjour à toutes,"]),
            "Voici la nouvelle version du formulaire de demande de transport (version 2025-03). "
            "Merci de détruire les anciennes copies et d'utiliser celle-ci à partir de lundi.",
            "Le formulaire rempli doit être télécopié ou déposé dans la boîte Transport des patients."]
    return c.mail("blank_form", "blank transport request form", c.who(clerk),
                  [c.box("nurse"), c.box("rdv")], "Nouveau formulaire de transport (vierge)", body,
                  attachments=[att], sig=c.sig(clerk))


# 16 -----------------------------------------------------------------------------
def publipostage(c):
    clerk = c.staff(["agente", "secrétaire"])
    tmpl = ("Madame, Monsieur «NOM_PATIENT»,\n\nVotre rendez-vous de «TYPE_RDV» est prévu le «DATE_RDV» "
            "à «HEURE_RDV» au Centre de cancérologie Marguerite-Aubin, entrée B, niveau -1.\n"
            "Veuillez apporter votre carte d'assurance maladie («NAM») et la liste de vos médicaments.\n"
            "Pour une simulation de la prostate, buvez 500 mL d'eau 45 minutes avant.\n\n"
            "Pour annuler : 450-555-0100, poste 2300.")
    body = [c.pick(["Bonjour,", "Bonjour l'équipe,"]),
            "Voici le gabarit de publipostage corrigé pour les lettres de rendez-vous. Les champs entre "
            "chevrons sont remplis automatiquement à partir d'OncoSuite :", tmpl,
            "Merci de ne pas modifier les noms de champs."]
    atts = [Att("gabarit_lettre_rdv.docx", DOCX, G.docx_doc("Lettre de rendez-vous - gabarit", tmpl.split("\n")))] \
        if c.chance(0.5) else []
    return c.mail("mail_merge_template", "mail-merge appointment letter template", c.who(clerk), [c.box("admin")],
                  "Gabarit lettre de rendez-vous (publipostage)", body, attachments=atts, sig=c.sig(clerk))


# 17 -----------------------------------------------------------------------------
def penurie(c):
    ph = c.person(D.STAFF, 14)
    drug = c.pick([("lidocaïne visqueuse 2 %", "préparation magistrale de lidocaïne 2 % en suspension"),
                   ("sulfadiazine d'argent 1 % (Flamazine)", "pansements à l'argent (Mepilex Ag) selon l'algorithme"),
                   ("ondansétron 8 mg comprimés", "ondansétron ODT 8 mg ou granisétron 1 mg"),
                   ("dexaméthasone 4 mg comprimés", "comprimés de 0,5 mg (8 co) en attendant")])
    body = [f"AVIS DE PÉNURIE — {drug[0]}",
            f"Le fournisseur nous informe d'une rupture d'approvisionnement jusqu'à la fin du mois. "
            f"Solution de rechange recommandée : {drug[1]}.",
            "Les ordonnances en cours seront ajustées par la pharmacie; aucune action n'est requise pour les "
            "patients déjà servis.",
            f"{sname(ph)}, pharmacien — Pharmacie oncologie, poste 2240"]
    return c.mail("drug_shortage", "drug shortage notice", c.who(ph), [("Prescripteurs et infirmières RO", "cliniciens.ro@" + D.DOMAIN)],
                  f"Pénurie : {drug[0]}", body)


# 18 -----------------------------------------------------------------------------
def rappel_produit(c):
    qual = c.person(D.STAFF, 24)
    lots = [luhn9(c.rng) for _ in range(c.rng.randint(2, 4))]
    prod = c.pick(["Bolus gel réutilisable 1 cm", "Masque thermoplastique tête-cou 5 points",
                   "Cale-genoux Kneefix", "Planche d'immobilisation sein"])
    body = [f"RAPPEL DE PRODUIT — {prod}",
            f"Le fabricant rappelle les lots suivants en raison d'un défaut de moulage : {', '.join(lots)}.",
            "Vérifiez vos stocks et mettez en quarantaine les produits visés (étiquette rouge). "
            "Le rappel ne concerne pas les traitements déjà effectués.",
            f"Retour : Approvisionnement, numéro d'autorisation RMA-{c.rng.randint(10000, 99999)}."]
    return c.mail("product_recall", "product recall with lot numbers", c.who(qual),
                  [("Technologues radio-oncologie", "tro.radioonc@" + D.DOMAIN), c.box("approv")],
                  f"Rappel - {prod}", body, sig=c.sig(qual))


# 19 -----------------------------------------------------------------------------
def protocole(c):
    md = c.md()
    body = [c.pick(["Bonjour à tous,", "Chers collègues,"]),
            "Le comité d'éthique a approuvé le protocole RO-2025-03 « Hypofractionnement modéré vs ultra-"
            "hypofractionnement dans le cancer de la prostate de risque intermédiaire ».",
            "Critères d'inclusion : adénocarcinome de la prostate ISUP 2-3, APS < 20, cT1-T2, âge ≥ 18 ans. "
            "Exclusion : antécédent de radiothérapie pelvienne, maladie inflammatoire de l'intestin.",
            "Bras A : 60 Gy / 20 fractions ; bras B : 36,25 Gy / 5 fractions. Objectif de recrutement : 120 patients "
            "sur 3 ans.",
            f"Chercheur principal : {c.dr(md)}. Coordonnatrice de recherche : poste 2290. Le protocole complet "
            "est sur l'intranet."]
    return c.mail("research_protocol", "research protocol approval without participants", c.who(md),
                  [("Radio-oncologues", "md.radioonc@" + D.DOMAIN)], "Nouveau protocole ouvert : RO-2025-03", body,
                  sig=c.sig(md, md=True))


# 20 -----------------------------------------------------------------------------
def dosimetrie_personnel(c):
    rp = c.staff(["physicien"])
    staff = c.rng.sample([s for s in D.STAFF if "technologue" in s[3] or "physicien" in s[3] or "dosim" in s[3]], 6)
    rows = [(f"{s[1].upper()}, {s[0]}", f"TLD-{c.rng.randint(10000, 99999)}",
             f"{c.rng.randint(0, 35) / 100:.2f}".replace(".", ","),
             f"{c.rng.randint(0, 120) / 100:.2f}".replace(".", ",")) for s in staff]
    body = [c.pick(["Bonjour,", "Bonjour à tous,"]),
            f"Les résultats des dosimètres du personnel pour le {c.pick(['1er', '2e', '3e', '4e'])} trimestre sont "
            "arrivés. Toutes les doses sont sous le niveau d'enquête (1 mSv/trimestre).",
            Table(["Employé", "Dosimètre", "Dose corps entier (mSv)", "Cumulatif annuel (mSv)"], rows),
            "Rappel : le dosimètre se porte à la poitrine et ne doit jamais rester dans le bunker."]
    return c.mail("staff_dosimetry", "staff occupational radiation dose report", c.who(rp),
                  [("Personnel sous surveillance", "dosimetrie.personnel@" + D.DOMAIN)],
                  "Résultats dosimètres du personnel", body, sig=c.sig(rp))


# 21 -----------------------------------------------------------------------------
def sante_travail(c):
    rh = c.person(D.STAFF, 19)
    emp = c.staff(["technologue", "infirmière", "agente"])
    boss = c.person(D.STAFF, 15)
    d = c.later(3, 10)
    body = [f"Bonjour {boss['given']},",
            f"Suite à l'évaluation du Service de santé et sécurité au travail, {sname(emp)} ({emp['role']}) "
            f"fera un retour progressif à partir du {c.day(d)}.",
            c.pick(["Restrictions : aucune manipulation de charges de plus de 10 kg ni de transfert de patients "
                    "pendant 4 semaines (suivi de sa blessure à l'épaule).",
                    "Horaire : 3 jours par semaine pour 2 semaines, puis 4 jours. Pas de quart de soir.",
                    "Restriction temporaire : pas de travail en salle de curiethérapie (grossesse déclarée)."]),
            "Merci d'ajuster l'horaire en conséquence. Le dossier demeure confidentiel au SST."]
    return c.mail("occupational_health", "staff return-to-work arrangement", c.who(rh), [c.who(boss)],
                  "Retour progressif - employé(e) RO", body, sig=c.sig(rh))


# 22 -----------------------------------------------------------------------------
def naissance(c):
    col = c.staff()
    baby, bsex = c.pick([("Léa", "F"), ("Mathis", "M"), ("Florence", "F"), ("Arthur", "M"), ("Rosalie", "F"), ("Noah", "M")])
    bd = c.earlier(2, 10)
    body = [c.pick(["Bonne nouvelle !", "Bonjour à tous,"]),
            f"{sname(col)} est l'heureux/se parent de {baby}, {'née' if bsex == 'F' else 'né'} le {c.date(bd, 'long')} à 3 h 12, "
            f"{str(c.rng.randint(28, 41) / 10).replace('.', ',')} kg. Maman et bébé se portent très bien.".replace(
                "l'heureux/se parent", "l'heureuse maman" if col["sex"] == "F" else "l'heureux papa"),
            "Une carte circule au poste de coordination pour ceux qui veulent signer. Une collecte pour un "
            "cadeau est organisée jusqu'à vendredi.",
            c.pick(["On a hâte de voir des photos!", "Félicitations!"])]
    return c.mail("staff_announcement", "colleague's baby announcement", c.who(c.staff()),
                  [("Personnel RO", "personnel.ro@" + D.DOMAIN)], f"Bienvenue à {baby}!", body)


# 23 -----------------------------------------------------------------------------
def candidats(c):
    rh = c.person(D.STAFF, 19)
    d = c.later(3, 10)
    rows = []
    h = 9
    for g, sn, _sx in c.rng.sample(EXTRA_PEOPLE, c.rng.randint(3, 5)):
        p = dict(given=g, surname=sn)
        rows.append((f"{h} h", f"{p['given']} {p['surname']}", c.pick(["Externe", "Interne", "Stagiaire finissant(e)"])))
        h += 1
    body = [c.pick(["Bonjour,", "Bonjour aux membres du comité de sélection,"]),
            f"Voici l'horaire des entrevues pour le poste de technologue en radio-oncologie le {c.day(d)}, salle 2.114 :",
            Table(["Heure", "Candidat(e)", "Provenance"], rows),
            "Les CV sont dans le dossier partagé RH > Sélection > RO-2025. Merci de garder ces informations confidentielles."]
    return c.mail("interview_schedule", "job candidate interview schedule", c.who(rh),
                  [c.who(c.person(D.STAFF, 15)), c.who(c.md())], "Entrevues - technologue RO", body, sig=c.sig(rh))


# 24 -----------------------------------------------------------------------------
def cq_physique(c):
    phys = c.staff(["physicien"])
    rows = []
    for u in D.UNITS[:5]:
        rows.append((u, serial(c.rng, "SN"), f"{c.rng.uniform(-1.5, 1.5):+.1f} %",
                     f"{c.rng.uniform(0.2, 1.4):.1f} %", c.pick(["Conforme", "Conforme", "Conforme", "Ajusté"])))
    header = ["Appareil", "No de série", "Écart débit", "Symétrie", "Statut"]
    pdf = G.pdf_doc(f"Contrôle de qualité mensuel - {I.MOIS[c.today.month - 1]} {c.today.year}",
                    [("table", header, rows), "Tolérance débit : ± 2 %. Tous les appareils sont cliniquement utilisables."])
    body = [c.pick(["Bonjour,", "Bonjour à tous,"]),
            "Le rapport de CQ mensuel des accélérateurs est joint. Le débit du Linac 3 a été ajusté (+1,2 %) après "
            "le remplacement de la chambre moniteur.", "Aucune action requise de la part des technologues."]
    return c.mail("physics_qa_report", "monthly linac QA report with serial numbers", c.who(phys),
                  [c.box("phys"), ("Technologues radio-oncologie", "tro.radioonc@" + D.DOMAIN)],
                  "Rapport CQ mensuel accélérateurs", body,
                  attachments=[Att(f"CQ_mensuel_{c.today.strftime('%Y-%m')}.pdf", "application/pdf", pdf)], sig=c.sig(phys))


# 25 -----------------------------------------------------------------------------
def absence(c):
    p = c.staff() if c.chance(0.6) else c.md()
    d = c.later(3, 15)
    body = [f"Je suis absent(e) du bureau jusqu'au {c.day(d)} inclusivement, sans accès à mes courriels.",
            f"Pour une urgence clinique, veuillez communiquer avec le radio-oncologue de garde par la "
            f"téléphoniste au {D.MAIN_PHONE}. Pour les rendez-vous : poste 2300.",
            f"{D.DEPT_FR} — {D.CENTRE_FR}\n{D.ORG_ADDR_FR}"]
    body[0] = body[0].replace("absent(e)", "absente" if p["sex"] == "F" else "absent")
    return c.mail("out_of_office", "automatic out-of-office reply", c.who(p),
                  [(c.pick(["Transport adapté MRC des Saules", "Pharmacie Lamarre & Fils"]), "info@partenaire-vsc.example")],
                  "Réponse automatique : " + c.pick(["Demande de transport", "RE: commande", "Rendez-vous"]), body)


NEG_FR = [(horaire_tro, 4), (conge, 4), (paie, 4), (infolettre, 4), (comite, 4), (congres, 4), (offre_emploi, 4),
          (facture, 4), (bon_commande, 3), (inventaire, 3), (ti_panne, 4), (installations, 4), (stats, 4),
          (cas_enseignement, 4), (formulaire_vierge, 3), (publipostage, 3), (penurie, 4), (rappel_produit, 4),
          (protocole, 3), (dosimetrie_personnel, 4), (sante_travail, 3), (naissance, 3), (candidats, 3),
          (cq_physique, 3), (absence, 3)]
