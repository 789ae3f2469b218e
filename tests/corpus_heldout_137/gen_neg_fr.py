"""French hard negatives, part 1: HR, schedules, payroll, newsletters, committees, conferences, jobs."""
import datetime

from gen_common import (Msg, ORG_DOMAIN, SITE_ADDR, SITE_PHONE, ext, fr_date, staff, luhn_serial)
from gen_docs import att, docx, ics, pdf, xlsx

ALL = "tous.sroa@" + ORG_DOMAIN
EXTRA_STAFF_FR = ["Geneviève Desmarais", "Luc Lafontaine", "Marie-Pier Quintal", "Stéphane Arsenault", "Nancy Belzile",
                  "Jérôme Chiasson", "Caroline Villeneuve", "Vincent Drolet", "Maude Sauvé", "Benoît Lavallée"]


def _m(c, cat, note, subj, body, frm, to, **kw):
    return Msg(lang="fr", category=cat, note=note, types=set(), subject=subj, body=body, frm=frm, to=to, **kw)


# ---------------------------------------------------------------- HR: leave
def conges(c):
    r = c.r
    chief = staff("chief")
    who = r.sample(EXTRA_STAFF_FR, 4) + [staff("aud").given + " " + staff("aud").surname]
    d0 = c.workday(10, 40)
    lines = [f"- {w} : du {fr_date(d0 + datetime.timedelta(days=7 * k))} au {fr_date(d0 + datetime.timedelta(days=7 * k + r.randint(4, 13)))}"
             for k, w in enumerate(who)]
    variant = c.pick(["fetes", "ete", "relache"])
    head = {"fetes": "Voici les congés approuvés pour les prochaines semaines.",
            "ete": "Les demandes de congé sont maintenant approuvées; voici le calendrier mis à jour.",
            "relache": "Petit rappel des absences prévues au cours des prochaines semaines."}[variant]
    body = (f"Bonjour à tous,\n\n{head}\n\n" + "\n".join(lines) +
            "\n\nLa couverture de la clinique de dysphagie sera assurée en alternance; la liste de garde suivra. "
            "Toute modification doit passer par moi et par Sophie pour le système de paie.\n\nMerci!\n\n" + chief.sig("fr"))
    return _m(c, "hr_leave", "calendrier de congés du personnel", c.pick(["Congés approuvés", "Calendrier des vacances", "Absences prévues"]),
              body, chief.addr(), [("Équipe SROA", ALL)])


# ---------------------------------------------------------------- schedule XLSX
def horaire(c):
    r = c.r
    chief = staff("chief")
    names = [s.given + " " + s.surname for s in (staff("slp_dys"), staff("slp_voice"), staff("slp_school"), staff("aud"),
                                                staff("aud2"), staff("ci"), staff("tech"))]
    days = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]
    rows = [["Professionnel"] + days]
    for n in names:
        rows.append([n] + [c.pick(["Clinique", "Clinique", "Unités", "Télétravail", "Dysphagie 4e", "PEA", "Formation", "—"]) for _ in days])
    d = c.workday(5, 20)
    data = xlsx([("Semaine", rows)], author=chief.surname)
    body = (f"Bonjour,\n\nCi-joint l'horaire de la semaine du {fr_date(d)}. Les blocs « Unités » sont pour les consultations "
            f"aux étages (dysphagie); les blocs PEA sont réservés au local B-214.\n\nKarine")
    return _m(c, "staff_schedule", "horaire hebdomadaire du personnel en XLSX", f"Horaire semaine du {fr_date(d, 'slash')}",
              body, chief.addr(), [("Équipe SROA", ALL)], atts=[att(f"horaire_{d:%Y%m%d}.xlsx", "xlsx", data)])


# ---------------------------------------------------------------- payroll
def paie(c):
    r = c.r
    hr = staff("hr")
    d = c.workday(3, 12)
    body, subj = c.pick([
        (f"Bonjour,\n\nLa date limite pour saisir les heures supplémentaires et les primes de garde de la période 18 est le "
         f"{fr_date(d)} à midi. Les feuilles de temps reçues après cette date seront payées à la période suivante.\n\n"
         "Rappel : les heures de formation IDDSI sont à coder 047.\n\n" + hr.sig("fr"), "Paie — date limite"),
        (f"Bonjour,\n\nÀ compter de la paie du {fr_date(d)}, les relevés de paie seront disponibles uniquement dans le portail employé. "
         "Votre numéro d'employé et votre date de naissance seront demandés à la première connexion.\n\n" + hr.sig("fr"), "Relevés de paie"),
        (f"Bonjour,\n\nUne erreur de calcul de la prime de soir a touché une dizaine d'employés de l'audiologie. La correction sera "
         f"versée le {fr_date(d)}. Aucune action n'est requise de votre part.\n\n" + hr.sig("fr"), "Correction de paie"),
    ])
    return _m(c, "payroll", "avis de paie aux employés", subj,
              body, hr.addr(), [("Personnel SROA", ALL)])


# ---------------------------------------------------------------- newsletter (HTML)
def bulletin(c):
    r = c.r
    num = r.randint(12, 48)
    items = c.r.sample([
        ("Nouvelle clinique de la voix", "Mme Amélie Vachon, orthophoniste, offre désormais le programme LSVT LOUD aux personnes atteintes de la maladie de Parkinson. Les références passent par le guichet d'accès."),
        ("Implant cochléaire chez l'aîné", "La Dre Nadia Haddad présentera le 12 du mois prochain les résultats de notre programme chez les 75 ans et plus : presbyacousie sévère, démence et qualité de vie."),
        ("IDDSI : c'est parti", "Depuis lundi, toutes les unités utilisent la nomenclature IDDSI pour les textures. Merci à Julie Beaulieu et au service alimentaire pour la formation."),
        ("Bienvenue!", "Nous accueillons Priya Raman, audiologiste, qui se joint à l'équipe des PEA et du dépistage néonatal."),
        ("Semaine de l'audition", "Kiosque de dépistage pour le personnel à la cafétéria : venez tester vos oreilles (et vos bouchons)."),
        ("Dr Étienne Lévesque", "Notre ORL consultant sera en congé sabbatique; le Dr Kevin Okafor reprend la clinique des acouphènes et des otites chroniques."),
        ("Le saviez-vous?", "Un enfant sur dix présente un trouble développemental du langage. Nos orthophonistes scolaires ont vu 412 élèves l'an dernier."),
    ], 4)
    html = (f"<table width=\"640\" style=\"font-family:Arial\"><tr><td style=\"background:#1d4f73;color:white;padding:12px\">"
            f"<h2>L'Écho du SROA — no {num}</h2></td></tr>\n"
            + "\n".join(f"<tr><td style=\"padding:8px\"><h3>{t}</h3><p>{b}</p></td></tr>" for t, b in items)
            + f"\n<tr><td style=\"font-size:9pt;color:#666\">{SITE_ADDR} — {SITE_PHONE}<br>Pour vous désabonner, répondez « retrait ».</td></tr></table>")
    text = f"L'Écho du SROA — no {num}\n\n" + "\n\n".join(f"{t}\n{b}" for t, b in items) + f"\n\n{SITE_ADDR} — {SITE_PHONE}"
    return _m(c, "newsletter", "bulletin interne du service", f"L'Écho du SROA — no {num}", text,
              ("Communications SROA", "communications@" + ORG_DOMAIN), [("Équipe SROA", ALL)], html=html,
              fmt=c.pick(["html", "alt"]))


# ---------------------------------------------------------------- committee notice (+ICS)
def comite(c):
    r = c.r
    adj = staff("adj")
    name, ordre = c.pick([
        ("Comité dysphagie interdisciplinaire", ["Adoption du procès-verbal", "Suivi IDDSI : audit des plateaux",
                                                  "Taux de pneumonies d'aspiration (données agrégées T2)", "Varia"]),
        ("Comité de prévention des infections — cliniques", ["Nettoyage des sondes de nasofibroscope", "Rappel de lots — embouts",
                                                             "Audit d'hygiène des mains", "Varia"]),
        ("Comité du programme d'implant cochléaire", ["Budget des processeurs de remplacement", "Délais d'attente pour l'activation",
                                                      "Présentation du Dr Lévesque sur la méningite et l'ossification cochléaire", "Varia"]),
        ("Comité qualité et sécurité", ["Déclarations d'incidents du trimestre (agrégées)", "Identification des usagers aux cabines audiométriques",
                                        "Plan de contingence en cas de panne du dossier clinique", "Varia"])])
    d = c.workday(5, 25)
    start = datetime.datetime(d.year, d.month, d.day, 12, 0)
    body = (f"Bonjour,\n\nLa prochaine rencontre du {name} aura lieu le {fr_date(d, 'day')} de 12 h à 13 h, salle B-301 et Teams.\n\n"
            "Ordre du jour :\n" + "\n".join(f"{k + 1}. {o}" for k, o in enumerate(ordre)) + "\n\nMerci de confirmer votre présence.\n\n" + adj.sig("fr"))
    atts = []
    if r.random() < 0.5:
        atts.append(att("rencontre.ics", "ics", ics(f"comite-{d:%Y%m%d}@{ORG_DOMAIN}", start, start + datetime.timedelta(hours=1), name,
                                                     "Ordre du jour : " + "; ".join(ordre), "Salle B-301 / Teams", adj.addr(),
                                                     [staff("chief").addr(), staff("slp_dys").addr()], stamp=c.now)))
    return _m(c, "committee_notice", "convocation à un comité", f"Convocation — {name}", body, adj.addr(),
              [("Membres du comité", "comite@" + ORG_DOMAIN)], atts=atts)


# ---------------------------------------------------------------- conference programme (PDF)
def congres(c):
    r = c.r
    assoc = ext("assoc")
    d = c.days(40, 120)
    talks = r.sample([
        "Dre Nadia Haddad — Implant cochléaire chez la personne âgée : au-delà de la presbyacousie",
        "Julie Beaulieu, orthophoniste — Dysphagie post-AVC : la VFS est-elle toujours nécessaire?",
        "Dr Samuel Turcotte — SLA bulbaire et décisions alimentaires",
        "Amélie Vachon — Nodules vocaux chez l'enseignante : 10 ans de données",
        "Pre Hélène Lafontaine — Trouble développemental du langage et bilinguisme",
        "Dr Kevin Okafor — Surdité brusque : corticoïdes oraux ou intratympaniques?",
        "Mathieu Côté — Acouphènes et hyperacousie : l'approche de groupe",
        "Table ronde — Pénurie de baryum : adapter nos protocoles",
    ], 5)
    lines = [f"Congrès annuel — {assoc[0]}", f"{fr_date(d)} — Centre des congrès de Port-Aubin", "", "# Programme"]
    t = 8
    for k, talk in enumerate(talks):
        lines.append(f"{t + k}h30 — {talk}")
    lines += ["", "Inscription : 275 $ membres, 350 $ non-membres. 6 heures de formation continue reconnues."]
    body = (f"Bonjour,\n\nLe programme préliminaire du congrès est joint. Les inscriptions hâtives se terminent le "
            f"{fr_date(d - datetime.timedelta(days=30))}.\n\nAu plaisir de vous y voir!\n\nLe comité scientifique\n{assoc[0]}")
    return _m(c, "conference_programme", "programme de congrès avec conférenciers", "Congrès annuel — programme préliminaire",
              body, ("Comité scientifique", "congres@" + assoc[1]), [("Membres", "membres@" + assoc[1])],
              atts=[att("programme_congres.pdf", "pdf", pdf("Programme préliminaire", lines))])


# ---------------------------------------------------------------- job posting
def poste(c):
    r = c.r
    hr = staff("hr")
    job = c.pick([("Orthophoniste — clinique de dysphagie", "évaluation clinique et instrumentale de la déglutition (VFS, FEES)"),
                  ("Audiologiste — programme d'implant cochléaire", "réglage, suivi et évaluation des candidats à l'implant"),
                  ("Orthophoniste — petite enfance (CPE et écoles)", "dépistage, évaluation et intervention en langage"),
                  ("Technicien(ne) en électrophysiologie médicale", "PEA, OEA et VNG"),
                  ("Agent(e) administratif(ve) classe 2", "accueil, prise de rendez-vous et gestion des listes d'attente")])
    body = (f"AFFICHAGE INTERNE ET EXTERNE — no {r.randint(2024100, 2024999)}\n\nTitre : {job[0]}\nStatut : "
            f"{c.pick(['temps complet permanent', 'temps partiel (7/10)', 'remplacement 12 mois'])}\n"
            f"Port d'attache : {SITE_ADDR}\n\nDescription : {job[1]}.\n\nExigences : diplôme reconnu, membre en règle de l'ordre "
            f"professionnel; bilinguisme un atout.\nSalaire : selon l'échelle du réseau ({r.randint(29, 33)},{r.randint(10, 99)} $ à {r.randint(45, 54)},{r.randint(10, 99)} $/h).\n\n"
            f"Date limite : {fr_date(c.days(14, 30))}. Faire parvenir votre CV à {hr.email}.\n\n{hr.sig('fr')}")
    return _m(c, "job_posting", "affichage de poste", f"Affichage — {job[0]}", body, hr.addr(), [("Personnel SROA", ALL)])


# ---------------------------------------------------------------- colleague's baby / birthdays
def naissance(c):
    r = c.r
    chief = staff("chief")
    who = c.pick(EXTRA_STAFF_FR)
    baby = c.pick(["Léonie", "Arthur", "Charlie", "Margot", "Édouard"])
    d = c.ago(1, 10)
    if r.random() < 0.6:
        body = (f"Bonjour l'équipe,\n\nBelle nouvelle : {who} est devenu{'e' if who.split()[0][-1] == 'e' else ''} parent! "
                f"{baby} est né{'e' if baby in ('Léonie', 'Charlie', 'Margot') else ''} le {fr_date(d)} à 3 h 12, {r.randint(2900, 4100)} g, "
                "et tout le monde se porte bien.\n\nUne carte circule à l'accueil pour ceux qui veulent signer.\n\nKarine")
        subj = f"Bienvenue à {baby}!"
    else:
        b = [f"{w} — {r.randint(1, 28)} {c.pick(['mars', 'avril', 'mai'])}" for w in r.sample(EXTRA_STAFF_FR, 3)]
        body = ("Bonjour,\n\nOn souligne les anniversaires du trimestre jeudi à 15 h à la salle du personnel (gâteau sans noix, "
                "promis) :\n\n" + "\n".join(b) + "\n\nLe comité social")
        subj = "Anniversaires du trimestre"
    return _m(c, "staff_social", "nouvelle sociale du personnel", subj, body, chief.addr(), [("Équipe SROA", ALL)])


# ---------------------------------------------------------------- staff occupational health
def sst(c):
    r = c.r
    hr = staff("hr")
    v = c.pick(["grippe", "bruit", "retour"])
    if v == "grippe":
        body = (f"Bonjour,\n\nLa clinique de vaccination antigrippale pour le personnel aura lieu les {fr_date(c.workday(5, 10), 'day')} et "
                f"{fr_date(c.workday(11, 16), 'day')}, local A-012, de 8 h à 16 h. Apportez votre carte d'employé.\n\n"
                "Santé et sécurité au travail")
        subj = "Vaccination antigrippale du personnel"
    elif v == "bruit":
        body = ("Bonjour,\n\nLes techniciens de l'atelier d'entretien et du service alimentaire exposés au bruit doivent passer leur "
                "audiogramme de dépistage annuel. Les plages sont affichées sur l'intranet. Les résultats individuels sont remis au "
                "travailleur seulement.\n\nSanté et sécurité au travail")
        subj = "Dépistage auditif annuel — travailleurs exposés au bruit"
    else:
        who = c.pick(EXTRA_STAFF_FR)
        body = (f"Bonjour Karine,\n\n{who} effectuera un retour progressif à compter du {fr_date(c.workday(3, 12))} : 3 jours/semaine "
                "pendant 4 semaines, sans tâches de transfert de patients. Merci d'ajuster l'horaire.\n\n" + hr.sig("fr"))
        subj = "Retour progressif au travail"
    return _m(c, "occupational_health", "santé au travail du personnel", subj, body, hr.addr(),
              [staff("chief").addr()] if v == "retour" else [("Personnel SROA", ALL)])


# ---------------------------------------------------------------- student placements
def stagiaires(c):
    r = c.r
    univ = ext("univ")
    names = r.sample(["Laurence Dion", "Florence Hamel", "Olivia Bastien", "Noémie Fréchette", "William Caza", "Raphaëlle Morissette"], 3)
    sups = [staff("slp_dys"), staff("slp_school"), staff("aud")]
    lines = [f"- {n} ({c.pick(['M1', 'M2'])}) avec {s.given} {s.surname}, du {fr_date(c.days(20, 40))} pour 8 semaines" for n, s in zip(names, sups)]
    body = ("Bonjour,\n\nVoici la répartition des stages de la session d'hiver :\n\n" + "\n".join(lines) +
            "\n\nLes étudiantes doivent avoir complété la formation sur la confidentialité et l'attestation de vaccination avant "
            "le premier jour.\n\nCoordination des stages\n" + univ[0])
    return _m(c, "student_placement", "répartition des stagiaires", "Stages — session d'hiver", body,
              ("Coordination des stages", "stages@" + univ[1]), [staff("chief").addr()])
