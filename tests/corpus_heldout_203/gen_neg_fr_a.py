"""Negative messages, French: staff, schedules, training, HR, committees, newsletters."""
import datetime

from gen_common import d_fr, day_fr, DOM, ORG_FR, CLINIC_ADDR_FR, EXT
from gen_docs import pdf_bytes, docx_bytes, xlsx_bytes, csv_bytes, ics_bytes
from gen_tpl import staff, ext_person, disp, sig, quote, spec, plus, at, earlier, reply_headers

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ALL_STAFF = ("Personnel 4 Nord", "personnel.4nord@" + DOM)


def _n(p):
    return "%s %s" % (p.given, p.surname)


def horaire(c, env):
    chef = staff(c, "fr", "chef")
    people = [staff(c, "fr", c.pick(["inf", "infc", "asi"])) for _ in range(c.randint(6, 10))]
    start = plus(env, 7 - env.date.weekday())
    days = [start + datetime.timedelta(days=i) for i in range(7)]
    rows = [[_n(p), p.role] + [c.pick(["J", "J", "S", "N", "—", "—", "F"]) for _ in days] for p in people]
    hdr = ["Employé(e)", "Titre"] + ["%s %d" % (["lun", "mar", "mer", "jeu", "ven", "sam", "dim"][d.weekday()], d.day) for d in days]
    body = ["Bonjour à tous,", "Voici l'horaire de la semaine du %s. J = jour, S = soir, N = nuit, F = formation (Oméga)." % d_fr(start, "long"),
            "Les échanges de quarts doivent être approuvés par l'ASI au moins 48 h d'avance.", sig(chef, c, "fr")]
    att = []
    if c.chance(0.5):
        att = [{"name": "horaire_4N_%s.xlsx" % d_fr(start, "iso"), "ctype": XLSX, "data": xlsx_bytes([("Horaire", hdr, rows)])}]
    else:
        body.insert(2, ("table", hdr, rows))
    return spec(c, "fr", "horaire", "horaire de l'équipe soignante", (disp(chef, c, "fr"), chef.email), [ALL_STAFF],
                c.pick(["Horaire semaine du %s" % d_fr(start, "iso"), "Horaire 4 Nord – publication", "Horaire des quarts"]), body, env.date,
                attachments=att)


def formation_omega(c, env):
    form = staff(c, "fr", "form", unit="Direction des ressources humaines")
    tr1, tr2 = staff(c, "fr", "infc"), staff(c, "fr", "secu")
    d1, d2 = plus(env, c.randint(8, 20)), plus(env, c.randint(21, 40))
    body = ["Bonjour,", "Les prochaines sessions de formation Oméga (intervention sécuritaire en situation d'agressivité) sont ouvertes à l'inscription :",
            ("table", ["Session", "Date", "Local", "Formateurs"],
             [["Oméga de base (2 jours)", "%s et %s" % (d_fr(d1, "iso"), d_fr(d1 + datetime.timedelta(days=1), "iso")), "Salle Champlain, 2e", "%s, %s" % (_n(tr1), _n(tr2))],
              ["Mise à jour Oméga (1 jour)", d_fr(d2, "iso"), "Pavillon Lavigne, L-010", _n(tr1)],
              ["Simulation code blanc", d_fr(d2 + datetime.timedelta(days=2), "iso"), "4 Sud", "%s et l'équipe de sécurité" % _n(tr2)]]),
            "La formation est obligatoire pour tout le personnel des unités de psychiatrie aux 3 ans. Les heures sont rémunérées (code de paie 071).",
            "Inscription auprès de votre ASI avant le %s." % d_fr(plus(env, 6), "long"), sig(form, c, "fr")]
    att = []
    if c.chance(0.4):
        s = at(env, (d1 - env.date.date()).days, 8, 30)
        att = [{"name": "Formation_Omega.ics", "ctype": "text/calendar", "method": "REQUEST", "charset": "UTF-8",
                "data": ics_bytes("omega-%s@%s" % (d_fr(d1, "iso"), DOM), s, s + datetime.timedelta(hours=7, minutes=30),
                                  "Formation Oméga de base", "Formation obligatoire – apporter une tenue confortable.", "Salle Champlain",
                                  (_n(form), form.email)), "cte": "base64"}]
    return spec(c, "fr", "formation_omega", "sessions de formation en sécurité", (disp(form, c, "fr"), form.email), [ALL_STAFF],
                c.pick(["Formation Oméga – inscriptions", "Formations obligatoires – psychiatrie", "Oméga : nouvelles dates"]), body, env.date, attachments=att)


def comite_controle(c, env):
    sec = staff(c, "fr", "coord")
    pres = staff(c, "fr", "psy")
    d = plus(env, c.randint(5, 20))
    items = ["Adoption de l'ordre du jour et du procès-verbal du %s" % d_fr(plus(env, -30), "iso"),
             "Statistiques du trimestre : isolement et contentions par unité (présentées par %s %s)" % (pres.title, pres.surname),
             "Révision du protocole d'application des mesures de contrôle (version 2025)",
             "Médication d'urgence en contexte d'agitation : mise à jour de l'algorithme (pharmacie)",
             "Retour sur l'audit de la tenue des formulaires",
             "Varia"]
    body = ["Bonjour,", "Vous êtes convoqué(e)s à la prochaine rencontre du Comité sur les mesures de contrôle :",
            "%s, de 12 h à 13 h 30, salle du conseil (3e étage) et Teams." % day_fr(d).capitalize(),
            ("pre", "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items))),
            "Présidence : %s %s %s, psychiatre." % (pres.title, pres.given, pres.surname), sig(sec, c, "fr")]
    return spec(c, "fr", "comite_controle", "convocation du comité sur les mesures de contrôle", (disp(sec, c, "fr"), sec.email),
                [("Comité mesures de contrôle", "comite.mc@" + DOM)], "Convocation – Comité mesures de contrôle %s" % d_fr(d, "iso"), body, env.date)


def infolettre(c, env):
    comm = staff(c, "fr", "coord", unit="Service des communications")
    dr1, dr2 = staff(c, "fr", "psy"), staff(c, "fr", "psy")
    emp = staff(c, "fr", "inf")
    baby = plus(env, -c.randint(3, 25))
    body = ["Infolettre du Département de psychiatrie – %s" % ("édition de " + ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][env.date.month - 1]),
            "Bienvenue à %s %s %s, psychiatre, qui se joint au programme premier épisode psychotique. Ses intérêts cliniques : "
            "schizophrénie débutante, psychoses induites par le cannabis et interventions familiales." % (dr1.title, dr1.given, dr1.surname),
            "%s %s %s a présenté au congrès de l'AMPQ ses travaux sur la clozapine dans la schizophrénie résistante; bravo!" % (dr2.title, dr2.given, dr2.surname),
            "Félicitations à %s (4 Nord) pour la naissance de sa fille %s le %s (3,4 kg). Maman et bébé se portent bien!" % (_n(emp), c.pick(["Rosalie", "Florence", "Alice", "Juliette"]), d_fr(baby, "long")),
            "Rappel : la campagne de vaccination antigrippale du personnel débute le %s à la cafétéria." % d_fr(plus(env, 10), "long"),
            "Statistique du mois : taux d'occupation moyen de 104 % à l'unité de soins aigus; 37 gardes préventives à l'urgence.",
            sig(comm, c, "fr")]
    return spec(c, "fr", "infolettre", "infolettre départementale", (disp(comm, c, "fr"), comm.email), [("Département de psychiatrie", "dept.psychiatrie@" + DOM)],
                c.pick(["Infolettre – Psychiatrie", "Les nouvelles du département", "Infolettre : bienvenue et félicitations"]), body, env.date,
                transport={"body": c.pick(["html", "alt"])})


def congres(c, env):
    org = staff(c, "fr", "coord", unit="Formation médicale continue")
    sp = [staff(c, "fr", "psy") for _ in range(5)]
    d = plus(env, c.randint(20, 90))
    topics = ["Évaluation de l'aptitude à subir son procès : pièges fréquents", "Le verdict de non-responsabilité criminelle et la Commission d'examen",
              "Agitation aiguë : loxapine, olanzapine ou halopéridol?", "Clozapine et neutropénie : nouvelles lignes directrices",
              "Autorisation de soins : ce que les tribunaux attendent du psychiatre", "Trouble lié aux stimulants et psychose"]
    rows = [["%02d h 00" % (8 + i), "%s %s %s" % (p.title, p.given, p.surname), t] for i, (p, t) in enumerate(zip(sp, c.sample(topics, 5)))]
    body = ["Chers collègues,", "Voici le programme de la Journée de psychiatrie légale du %s (accréditée, 6 heures de DPC) :" % d_fr(d, "long"),
            ("table", ["Heure", "Conférencier", "Sujet"], rows), "Inscription : 75 $ (résidents gratuits).", sig(org, c, "fr")]
    att = [{"name": "Programme_journee_psychiatrie_legale.pdf", "ctype": "application/pdf",
            "data": pdf_bytes("Journée de psychiatrie légale", ["%s – %s – %s" % tuple(r) for r in rows] + ["Lieu : amphithéâtre A, " + CLINIC_ADDR_FR])}] if c.chance(0.5) else []
    return spec(c, "fr", "congres", "programme de journée de formation", (disp(org, c, "fr"), org.email), [("Médecins – psychiatrie", "medecins.psy@" + DOM)],
                "Programme – Journée de psychiatrie légale", body, env.date, attachments=att)


def affichage_poste(c, env):
    rh = staff(c, "fr", "rh", unit="Direction des ressources humaines")
    no = "2025-%04d" % c.randint(100, 9999)
    body = ["AFFICHAGE INTERNE no %s" % no, "Titre : infirmière clinicienne / infirmier clinicien – Service de psychiatrie légale (Pavillon Lavigne)",
            "Statut : temps complet permanent, quart de jour et soir en rotation", "Échelle salariale : 31,85 $ à 56,36 $ l'heure + prime de psychiatrie légale",
            "Exigences : baccalauréat en sciences infirmières, membre de l'OIIQ, formation Oméga à jour (ou à compléter dans les 3 mois).",
            "Atouts : expérience auprès de personnes sous garde, connaissance de la Loi P-38.001 et du processus de la Commission d'examen.",
            "Période d'affichage : du %s au %s." % (d_fr(env.date.date(), "long"), d_fr(plus(env, 14), "long")), sig(rh, c, "fr")]
    return spec(c, "fr", "affichage_poste", "affichage de poste", (disp(rh, c, "fr"), rh.email), [("Tout le personnel", "tous@" + DOM)],
                "Affichage %s – infirmière clinicienne psychiatrie légale" % no, body, env.date)


def candidat(c, env):
    rh = staff(c, "fr", "rh", unit="Direction des ressources humaines")
    chef = staff(c, "fr", "chef")
    cand = c.staff("fr")
    d = plus(env, c.randint(3, 10))
    paras = ["%s %s" % (cand.given, cand.surname), "%s – %s – %s" % (c.address("fr"), c.phone_fmt(), "%s.%s@courriel.example" % (cand.given.lower()[:3], cand.surname.lower()[:5])),
             "# Expérience", "2019–2025 : infirmière, urgence psychiatrique, CISSS voisin", "2016–2019 : préposée aux bénéficiaires",
             "# Formation", "Baccalauréat en sciences infirmières (2019)", "Formation Oméga (2024), RCR (2025)"]
    att = [{"name": "CV_%s_%s.docx" % (cand.surname, cand.given), "ctype": DOCX, "data": docx_bytes("Curriculum vitae", paras)}]
    body = ["Bonjour %s," % chef.given, "Voici le CV d'une candidate pour le poste %s. Entrevue proposée %s à 10 h; pouvez-vous confirmer?" % ("2025-%04d" % c.randint(100, 9999), day_fr(d)),
            "Ses références ont été vérifiées.", sig(rh, c, "fr")]
    return spec(c, "fr", "candidat", "candidature transmise au gestionnaire", (disp(rh, c, "fr"), rh.email), [(disp(chef, c, "fr"), chef.email)],
                "Candidature – infirmière 4 Nord", body, env.date, attachments=att)


def conge_personnel(c, env):
    emp = staff(c, "fr", "inf")
    chef = staff(c, "fr", "chef")
    d = plus(env, c.randint(20, 60))
    v = c.randint(0, 1)
    if v == 0:
        txt = ["Bonjour %s," % chef.given, "Je souhaite confirmer mon congé parental à compter du %s. Notre bébé est né le %s; tout va bien." %
               (d_fr(d, "long"), d_fr(plus(env, -c.randint(2, 10)), "long")), "Je vous ferai parvenir le formulaire du RQAP. Merci!"]
    else:
        txt = ["Bonjour %s," % chef.given, "Je demande mes vacances du %s au %s inclusivement. %s accepte d'échanger mes deux nuits du 14." %
               (d_fr(d, "long"), d_fr(d + datetime.timedelta(days=13), "long"), _n(staff(c, "fr", "inf"))), "Merci de confirmer."]
    body = txt + [("sig", [_n(emp), "inf. – 4 Nord"])]
    if c.chance(0.5):
        body = ["Approuvé. Bonne fin de semaine!", ("sig", [chef.given]), quote(c, "fr", emp, earlier(env.date, c, (2, 30)), body)]
        frm, to = chef, emp
    else:
        frm, to = emp, chef
    return spec(c, "fr", "conge_personnel", "demande de congé d'une employée", (disp(frm, c, "fr"), frm.email), [(disp(to, c, "fr"), to.email)],
                c.pick(["Congé parental", "Demande de vacances", "Demande de congé"]), body, env.date)


def sante_travail(c, env):
    st = staff(c, "fr", "infc", unit="Santé et sécurité du travail")
    chef = staff(c, "fr", "chef")
    emp = staff(c, "fr", c.pick(["inf", "secu"]))
    body = ["Bonjour %s," % chef.given,
            "Suivi pour %s, blessé%s lors de l'intervention du %s (code blanc, 4 Sud) : entorse du poignet droit et contusion à l'épaule." %
            (_n(emp), "e" if emp.sex == "F" else "", d_fr(plus(env, -c.randint(5, 20)), "long")),
            "Le médecin traitant autorise une assignation temporaire à compter du %s : tâches administratives, pas d'intervention physique, 4 jours/semaine." % d_fr(plus(env, 3), "long"),
            "Le formulaire de réclamation CNESST a été transmis. Prochaine réévaluation médicale dans 3 semaines.", sig(st, c, "fr")]
    return spec(c, "fr", "sante_travail", "suivi en santé au travail d'un employé", (disp(st, c, "fr"), st.email), [(disp(chef, c, "fr"), chef.email)],
                c.pick(["Assignation temporaire – suivi", "Suivi SST – événement code blanc"]), body, env.date)


def paie(c, env):
    p = staff(c, "fr", "paie", unit="Service de la paie")
    emp = staff(c, "fr", "inf")
    body = ["Bonjour %s," % emp.given, "Suite à votre demande, la correction sera appliquée sur la paie du %s :" % d_fr(plus(env, 9), "long"),
            ("table", ["Élément", "Code", "Heures", "Montant"],
             [["Prime de soir", "P12", "22,5", "%d,%02d $" % (c.randint(40, 90), c.randint(0, 99))],
              ["Prime psychiatrie légale", "P31", "37,5", "%d,%02d $" % (c.randint(60, 150), c.randint(0, 99))],
              ["Formation Oméga (temps régulier)", "071", "7,5", "%d,%02d $" % (c.randint(200, 380), c.randint(0, 99))]]),
            "Matricule : %d. Votre relevé sera disponible dans le portail employé." % c.randint(100000, 999999), sig(p, c, "fr")]
    return spec(c, "fr", "paie", "correction de paie", (disp(p, c, "fr"), p.email), [(disp(emp, c, "fr"), emp.email)],
                c.pick(["Correction de paie", "Votre demande – primes", "Paie : ajustement"]), body, env.date)


def garde_medicale(c, env):
    ch = staff(c, "fr", "psy")
    docs = [staff(c, "fr", "psy") for _ in range(6)]
    start = plus(env, 10)
    rows = [[d_fr(start + datetime.timedelta(days=i), "iso"), "%s %s" % (docs[i % 6].title, docs[i % 6].surname),
             "%s %s" % (docs[(i + 2) % 6].title, docs[(i + 2) % 6].surname), c.pick(["urgence + unités", "psychiatrie légale (téléphone)"])] for i in range(10)]
    body = ["Bonjour,", "Voici le calendrier de garde du mois prochain. Toute modification doit être transmise au secrétariat.",
            ("table", ["Date", "Garde 1", "Garde 2", "Couverture"], rows), "Rappel : la garde en psychiatrie légale couvre les appels du greffe et de la Commission d'examen.",
            sig(ch, c, "fr")]
    return spec(c, "fr", "garde_medicale", "calendrier de garde des psychiatres", (disp(ch, c, "fr"), ch.email), [("Médecins – psychiatrie", "medecins.psy@" + DOM)],
                "Calendrier de garde", body, env.date)


def aide_juridique_info(c, env):
    av = ext_person(c, "fr", "aide_juridique", "avocate-coordonnatrice")
    law = [c.staff("fr") for _ in range(4)]
    body = ["Bonjour,", "Veuillez noter l'horaire des permanences de l'aide juridique pour les requêtes en garde en établissement entendues à la Cour du Québec :",
            ("table", ["Jour", "Avocat(e) de garde", "Téléphone"], [[j, "Me %s %s" % (l.given, l.surname), "819-555-01%02d" % c.randint(0, 99)]
                                                                    for j, l in zip(["lundi", "mardi", "mercredi", "jeudi"], law)]),
            "Les demandes de rencontre avec un client hospitalisé peuvent être faites directement auprès de l'avocat de garde.", sig(av, c, "fr")]
    return spec(c, "fr", "aide_juridique_info", "horaire des permanences d'aide juridique", (disp(av, c, "fr"), av.email),
                [("ASI psychiatrie", "asi.psychiatrie@" + DOM)], "Permanences – aide juridique", body, env.date)


def police_entente(c, env):
    coord = staff(c, "fr", "coord")
    pol = ext_person(c, "fr", "police", "lieutenante, responsable santé mentale")
    d = plus(env, c.randint(5, 20))
    body = ["Bonjour à tous,", "Compte rendu de la rencontre de suivi de l'entente de collaboration police-hôpital :",
            "- Transports en vertu de l'art. 8 au dernier trimestre : %d (vs %d l'an dernier)." % (c.randint(80, 160), c.randint(80, 160)),
            "- Temps d'attente moyen des policiers à l'urgence : %d minutes; objectif 30 minutes." % c.randint(35, 90),
            "- Nouvelle procédure d'avis de congé pour les personnes ayant fait l'objet d'une plainte (gabarit à venir).",
            "- Formation conjointe Oméga/policiers prévue %s." % day_fr(d),
            "Présents : %s, %s, et l'équipe de l'urgence psychiatrique." % ("%s %s" % (pol.given, pol.surname), "%s %s" % (coord.given, coord.surname)),
            sig(coord, c, "fr")]
    return spec(c, "fr", "police_entente", "compte rendu de rencontre police-hôpital", (disp(coord, c, "fr"), coord.email),
                [(disp(pol, c, "fr"), pol.email), ("Urgence psychiatrique", "urgence.psy@" + DOM)], "Compte rendu – entente police-hôpital", body, env.date)


TEMPLATES = [horaire, formation_omega, comite_controle, infolettre, congres, affichage_poste, candidat, conge_personnel,
             sante_travail, paie, garde_medicale, aide_juridique_info, police_entente]
