"""Non-confidential (hard negative) messages in French, part 2."""
import datetime as dt

from gen_docs import pdf, docx, xlsx, csv_text, ics, vcard, zip_of
from gen_kit import me, ext, shared, dr, quote, attribution
from gen_mime import Att, Mail, text_table
from gen_people import sig, staff_name, STAFF, HOSP_FR, ORG_FR, ADDR_CLINIC, PH_CLINIC, PH_AUDIO, DOM
from gen_util import fmt_date, day_label, luhn_serial, MOIS, phone

from gen_neg_fr import neg, PHYS


def n_sante_travail(c):
    key = c.r.choice(["lemieux", "stewart", "ferreira", "kowalski"])
    g = STAFF[key][0]
    d = c.later(3, 20)
    kind = c.r.choice([
        ("Programme de conservation de l'ouïe — ton dépistage annuel",
         "Dans le cadre du programme de conservation de l'ouïe des employés exposés au bruit (atelier mécanique, "
         "chaufferie), ton audiogramme de dépistage annuel est prévu le %s à %s au bureau de santé au travail. "
         "Merci de ne pas être exposé%s au bruit dans les 14 heures précédentes." % (
             day_label(d, "fr"), c.hour(), "" if STAFF[key][2] == "M" else "e")),
        ("Essai d'ajustement N95",
         "Ton essai d'ajustement du masque N95 (obligatoire aux 2 ans) est prévu le %s à %s. Merci de ne pas "
         "manger ni fumer 30 minutes avant." % (day_label(d, "fr"), c.hour())),
        ("Retour progressif au travail",
         "Suite à ton billet médical, le plan de retour progressif débute le %s : 3 jours/semaine pendant 2 semaines. "
         "Ton gestionnaire a été avisé%s des horaires seulement." % (day_label(d, "fr"), "e")),
        ("Déclaration d'accident de travail — suivi",
         "Nous avons bien reçu ta déclaration d'événement (piqûre d'aiguille en clinique le %s). Les prises de sang "
         "de suivi sont à faire à 6 semaines et 3 mois au bureau de santé." % fmt_date(c.earlier(2, 8), "long", "fr"))])
    txt = "Bonjour %s,\n\n%s\n\nSanté et sécurité au travail\n%s — poste 4480" % (g, kind[1], ORG_FR)
    return neg(c, "occupational_health", "employee occupational health notice", ("Santé au travail", "sst@%s" % DOM),
               [me(key, "fr")], kind[0], txt)


def n_paie(c):
    key = c.r.choice(["dionne", "rioux", "bisson", "kowalski", "turcotte", "lemieux"])
    txt = ("Bonjour %s,\n\nSuite à ta demande, une correction sera appliquée sur la paie du %s :\n\n"
           "  Matricule : %06d\n  Heures supplémentaires (%s) : %.1f h à taux et demi\n  Prime de soir : %d h\n"
           "  Rétroactivité (échelon %d) : %.2f $\n\nLe relevé révisé sera disponible dans le portail employé.\n\n%s") % (
        STAFF[key][0], fmt_date(c.later(3, 14), "long", "fr"), c.r.randint(100000, 999999),
        fmt_date(c.earlier(7, 30), "long", "fr"), c.r.randint(3, 16) / 2, c.r.randint(0, 16), c.r.randint(4, 12),
        c.r.randint(5000, 90000) / 100, sig("vezina", "fr", rich=False))
    return neg(c, "payroll", "payroll correction for an employee", me("vezina", "fr"), [me(key, "fr")],
               c.r.choice(["Correction de paie", "Ta demande de correction — paie", "Paie : ajustement"]), txt)


def n_candidature(c):
    cand = c.r.choice([("Laurie-Anne Bastien", "orthophoniste"), ("Mathieu Giguère", "audiologiste"),
                       ("Elsa Hamelin", "infirmière clinicienne"), ("Jonathan Larivière", "agent administratif")])
    tel = phone(c.r, "819")
    d = c.later(3, 12)
    txt = ("Bonjour Annie,\n\nJe te transfère la candidature de %s (%s, finissant%s 2025) pour le poste affiché. "
           "Disponible en entrevue le %s à %s. Coordonnées : %s, %s.\n\nSon CV mentionne un stage à la clinique de la "
           "voix du CHU et un intérêt pour la dysphagie en oncologie.\n\n%s") % (
        cand[0], cand[1], "e" if cand[1].endswith("e") else "", day_label(d, "fr"), c.hour(), tel,
        cand[0].lower().replace(" ", ".").replace("é", "e") + "@courriel.example", sig("beaulieu", "fr"))
    cv = docx("Curriculum vitæ — %s" % cand[0], [("h", "Formation"), ("p", "Maîtrise professionnelle, Université Laval, 2025"),
                                                 ("h", "Expérience"), ("p", "Stages : CHU (voix), CISSS voisin (audiologie pédiatrique)"),
                                                 ("h", "Coordonnées"), ("p", "Tél. %s" % tel)], author="candidat")
    return neg(c, "candidate", "job candidate application forwarded", me("beaulieu", "fr"), [me("labrecque", "fr")],
               "Candidature — poste %s" % cand[1], txt,
               atts=[Att("CV_%s.docx" % cand[0].replace(" ", "_"),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=cv)])


def n_protocole(c):
    study = c.r.choice([
        ("ACOU-REG", "Thérapie sonore et TCC de groupe pour les acouphènes chroniques : essai randomisé",
         "Adultes 18-75 ans, acouphène > 6 mois, THI ≥ 38", "60 participants"),
        ("VOIX-ENS", "Prévention des troubles de la voix chez les enseignants : étude pilote",
         "Enseignants du primaire en poste, sans lésion laryngée connue", "40 participants"),
        ("IC-65+", "Résultats de l'implant cochléaire après 65 ans : cohorte prospective",
         "Adultes ≥ 65 ans candidats à l'IC unilatéral", "80 participants")])
    txt = ("Bonjour,\n\nLe comité d'éthique de la recherche a approuvé le protocole %s (« %s »).\n\n"
           "Critères d'inclusion : %s.\nTaille visée : %s. Recrutement à partir du %s.\n"
           "Chercheur principal : %s. Coordonnatrice : Marie-Ève Tanguay, poste 4470.\n\n"
           "Aucune donnée nominative ne doit être transmise par courriel ; utiliser les codes d'étude.\n\n%s") % (
        study[0], study[1], study[2], study[3], fmt_date(c.later(10, 40), "long", "fr"),
        dr(c.r.choice(["haddad", "raman", "lacasse"]), "fr"), sig("murphy", "fr"))
    atts = []
    if c.idx % 2 == 0:
        atts = [Att("Synopsis_%s.pdf" % study[0], "application/pdf",
                    data=pdf("Synopsis — %s" % study[0], [("p", study[1]), ("h", "Population"), ("p", study[2]),
                                                          ("h", "Taille"), ("p", study[3])]))]
    return neg(c, "research", "research protocol notice without participants", me("murphy", "fr"), [shared("all", "fr")],
               "Protocole %s approuvé" % study[0], txt, atts=atts)


def n_formation(c):
    d = c.later(7, 40)
    f = c.r.choice(["Réanimation (RCR/BLS) — recertification", "Prise en charge des voies aériennes difficiles",
                    "Soins de trachéostomie pour le personnel des unités", "Utilisation du nouveau vidéonasofibroscope",
                    "Communication avec les usagers malentendants"])
    txt = ("Bonjour,\n\nUne formation « %s » est offerte le %s de 13 h à 16 h, salle 1.210. Formatrice : %s.\n"
           "Inscription dans le portail de formation avant le %s. Les heures sont rémunérées.\n\n%s") % (
        f, day_label(d, "fr", True), staff_name(c.r.choice(["kowalski", "turcotte", "diallo"]), "fr"),
        fmt_date(d - dt.timedelta(days=5), "long", "fr"), sig("labrecque", "fr"))
    atts = []
    if c.idx % 2:
        atts = [Att("formation.ics", "text/calendar", text=ics(
            "%s-form@%s" % (d.strftime("%Y%m%d"), DOM), d.strftime("%Y%m%d") + "T130000", d.strftime("%Y%m%d") + "T160000",
            f, "Formation pour le personnel", "Salle 1.210", ("Annie Labrecque", me("labrecque", "fr")[1])),
            charset="utf-8", cte="quoted-printable")]
    return neg(c, "training", "staff training announcement", me("labrecque", "fr"), [shared("all", "fr")],
               "Formation : %s" % f, txt, atts=atts)


def n_social(c):
    kind = c.idx % 3
    if kind == 0:
        keys = c.r.sample(["dionne", "rioux", "bisson", "kowalski", "turcotte", "lemieux", "proulx"], 3)
        lines = ["%s — %d %s" % (staff_name(k, "fr"), c.r.randint(1, 28), MOIS[c.today.month % 12]) for k in keys]
        txt = ("Bonjour l'équipe,\n\nLes anniversaires du mois prochain :\n\n%s\n\nGâteau le dernier vendredi du mois "
               "à la salle du personnel. Contribution volontaire : 3 $.\n\nCatherine") % "\n".join(lines)
        subj = "Anniversaires du mois 🎂"
    elif kind == 1:
        txt = ("Bonjour à tous,\n\nVous êtes invités au 5 à 7 soulignant le départ à la retraite de Mme Huguette "
               "Bérubé, après 31 ans au secrétariat de l'ORL, le %s au Bistro des Deux-Rives.\n\nCarte et cadeau : voir "
               "Nadia au secrétariat.\n\nCatherine") % day_label(c.later(7, 30), "fr", True)
        subj = "5 à 7 — départ de Huguette"
    else:
        txt = ("Bonjour,\n\nLa collecte de sang annuelle d'Héma-Québec aura lieu dans le hall le %s. Le service d'ORL "
               "relève le défi : objectif 25 donneurs !\n\nCatherine") % day_label(c.later(7, 30), "fr", True)
        subj = "Défi collecte de sang"
    return neg(c, "social", "staff social announcement", me("plante", "fr"), [shared("all", "fr")], subj, txt)


def n_pv_comite(c):
    scopes = [("NF-%s" % luhn_serial(c.r, 7), "nasofibroscope 3,7 mm"), ("LS-%s" % luhn_serial(c.r, 7), "laryngoscope rigide 70°"),
              ("NF-%s" % luhn_serial(c.r, 7), "nasofibroscope 2,6 mm (pédiatrique)")]
    txt = ("Procès-verbal — Comité de retraitement des dispositifs médicaux (volet ORL)\n%s\n\n"
           "Présents : %s, %s, %s, Graham Stewart (génie biomédical)\n\n"
           "1. Traçabilité des endoscopes : les nasofibroscopes suivants ont dépassé le délai de 7 jours sans "
           "retraitement et ont été retraités :\n%s\n\n2. Résultats de l'audit : conformité 94 %% (cible 95 %%).\n"
           "3. Achat de gaines stériles jetables : en attente du budget.\n4. Prochaine réunion : %s.\n\n"
           "Rédigé par : Tom Murphy") % (
        day_label(c.today, "fr", True), dr("vachon", "fr"), staff_name("kowalski", "fr"), staff_name("labrecque", "fr"),
        "\n".join("  - %s (%s)" % s for s in scopes), fmt_date(c.later(30, 60), "long", "fr"))
    return neg(c, "minutes", "committee minutes about scope reprocessing", me("murphy", "fr"),
               [me("vachon", "fr"), me("kowalski", "fr"), me("labrecque", "fr"), me("stewart", "fr")],
               "PV — comité retraitement %s" % c.today.strftime("%Y-%m"), txt)


def n_depliant(c):
    which = c.r.choice([
        ("Conseils après une amygdalectomie", ["La douleur est souvent plus forte entre le 5e et le 8e jour.",
                                               "Buvez beaucoup d'eau ; mangez des aliments mous et froids.",
                                               "Un saignement de plus d'une cuillère à soupe : présentez-vous à l'urgence.",
                                               "Prenez l'acétaminophène et l'ibuprofène tel que prescrit."]),
        ("Soins après une chirurgie des sinus", ["Irrigations salines 2 fois par jour dès le lendemain.",
                                                 "Évitez de vous moucher fort pendant 7 jours.",
                                                 "Un léger écoulement sanguin est normal les premiers jours."]),
        ("Vivre avec des acouphènes", ["Évitez le silence complet : utilisez un bruit de fond.",
                                       "Protégez vos oreilles des bruits forts.",
                                       "Parlez-en à votre audiologiste : des thérapies existent."])])
    blocks = [("p", l) for l in which[1]] + [("sp", 1), ("p", "%s — %s — %s" % (HOSP_FR, ADDR_CLINIC, PH_CLINIC))]
    data = pdf(which[0], blocks, compress=True)
    txt = ("Bonjour Rachel,\n\nVoici la version révisée du dépliant « %s » approuvée par le comité des documents "
           "destinés aux usagers. Peux-tu en faire imprimer 500 ?\n\n%s") % (which[0], sig("plante", "fr", rich=False))
    return neg(c, "patient_leaflet", "generic patient education leaflet", me("plante", "fr"), [me("kowalski", "fr")],
               "Dépliant révisé : %s" % which[0], txt, atts=[Att("%s.pdf" % which[0].replace(" ", "_"), "application/pdf",
                                                                  data=data, rfc2231=True)])


def n_reunion_ics(c):
    d = c.later(5, 25)
    topic = c.r.choice(["Réunion de service ORL-audiologie", "Rencontre d'équipe — programme implant cochléaire",
                        "Planification estivale du bloc opératoire"])
    cal = ics("%s-%d-reu@%s" % (d.strftime("%Y%m%d"), c.idx, DOM), d.strftime("%Y%m%d") + "T120000",
              d.strftime("%Y%m%d") + "T130000", topic,
              "Ordre du jour : 1. Vacances d'été 2. Nouveaux locaux 3. Varia\nDîner fourni.", "Salle 3.02",
              ("Annie Labrecque", me("labrecque", "fr")[1]),
              [(staff_name(k, "fr", title=False), me(k, "fr")[1]) for k in ["charest", "vachon", "dionne", "rioux"]])
    return neg(c, "meeting", "staff meeting invitation", me("labrecque", "fr"), [shared("all", "fr")],
               "Invitation : %s" % topic, "Bonjour,\n\nVoir l'invitation jointe.\n\nAnnie",
               atts=[Att("reunion.ics", "text/calendar", text=cal, charset="utf-8", cte="8bit")])


def n_vcard_rep(c):
    rep = c.r.choice([("Dominique Savoie", "Cochléa Médical Canada", "Représentante, implants auditifs"),
                      ("Patrice Lalonde", "AudioTech Solutions", "Conseiller technique"),
                      ("Ariane Boily", "Endoscopie Nord", "Représentante territoriale")])
    tel = phone(c.r, "514")
    card = vcard(rep[0], "%s;%s;;;" % (rep[0].split(" ")[1], rep[0].split(" ")[0]), tel=None, cell=tel,
                 email="%s@%s.example" % (rep[0].split(" ")[0].lower(), rep[1].split(" ")[0].lower().replace("é", "e")),
                 org=rep[1], title=rep[2])
    txt = ("Bonjour Graham,\n\nJe te transmets les coordonnées de %s (%s) pour la démonstration du %s. "
           "Sa fiche est jointe.\n\n%s") % (rep[0], rep[1], day_label(c.later(5, 20), "fr"), sig("labrecque", "fr", rich=False))
    return neg(c, "vendor", "vendor representative contact card", me("labrecque", "fr"), [me("stewart", "fr")],
               "Coordonnées — %s" % rep[1], txt, atts=[Att("%s.vcf" % rep[0].replace(" ", "_"), "text/vcard", text=card,
                                                          charset="utf-8", cte="quoted-printable")])


def n_echange_garde(c):
    a_, b_ = c.r.sample(PHYS[:4], 2)
    d = c.later(10, 40)
    t1 = c.now - dt.timedelta(hours=c.r.randint(3, 20))
    orig = ("Salut,\n\nPourrais-tu prendre ma garde du %s ? J'ai un congrès à Montréal (Association d'ORL). Je "
            "te redonne celle du %s en échange.\n\n%s") % (day_label(d, "fr"), day_label(d + dt.timedelta(days=14), "fr"),
                                                       STAFF[a_][0])
    txt = ("Pas de problème, c'est noté. J'avise Annie pour l'horaire.\n\n%s\n\n%s\n%s") % (
        STAFF[b_][0], attribution(c, staff_name(a_, "fr"), t1, "fr"), quote(orig))
    return neg(c, "schedule", "on-call swap between physicians, quoted reply", me(b_, "fr"), [me(a_, "fr")],
               "RE: échange de garde", txt, cc=[me("labrecque", "fr")], reply="<garde.%d@%s>" % (c.idx, DOM))


def n_rapport_annuel(c):
    rows = [["Indicateur", str(c.today.year - 2), str(c.today.year - 1)],
            ["Implants cochléaires (adultes)", c.r.randint(18, 30), c.r.randint(22, 36)],
            ["Implants cochléaires (enfants)", c.r.randint(4, 10), c.r.randint(5, 12)],
            ["Aides auditives ajustées", c.r.randint(800, 1200), c.r.randint(900, 1400)],
            ["Dépistages néonatals référés", c.r.randint(40, 80), c.r.randint(40, 80)],
            ["Délai moyen évaluation (jours)", c.r.randint(60, 120), c.r.randint(40, 110)]]
    data = xlsx([("Indicateurs", rows)], author="Qualité")
    zipped = c.idx % 2 == 0
    txt = ("Bonjour,\n\nCi-joint les indicateurs annuels du programme d'audiologie (données agrégées, aucune donnée "
           "nominative) pour le rapport de gestion.\n\n%s") % sig("murphy", "fr")
    if zipped:
        z = zip_of([("indicateurs_audiologie.xlsx", data), ("notes_methodo.txt",
                                                            "Sources : système de rendez-vous ; extraction du %s.\n".encode("utf-8") %
                                                            fmt_date(c.today, "iso", "fr").encode())])
        att = Att("rapport_annuel_audiologie.zip", "application/zip", data=z)
    else:
        att = Att("indicateurs_audiologie.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data)
    return neg(c, "statistics", "annual aggregate indicators", me("murphy", "fr"), [me("charest", "fr"), me("labrecque", "fr")],
               "Indicateurs annuels — audiologie", txt, atts=[att])
