"""French hard negatives, part A: HR, schedules, payroll, newsletters, committees, events, jobs."""
import datetime

from gen_common import ORG, EXT, fr_date, luhn_serial, slug
from gen_mime import Msg, Att
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcard
from gen_text import sig, staff_addr, greet, close, md, role_for

L = "fr"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _neg(cat, note, frm, to, subject, body, **kw):
    return Msg(L, cat, False, [], note, frm, to, subject, body, **kw)


def n_vacances(c):
    r = c.rng
    dt = c.date(r.randint(3, 5))
    mgr = c.pick("mgr")
    nurses = c.staff["nurse"] + c.staff["coord"]
    rows = [["Employé(e)", "Titre d'emploi", "Du", "Au", "Remplacement"]]
    for n in r.sample(nurses, 6):
        s = datetime.date(2024, r.randint(6, 8), r.randint(1, 20))
        rows.append([n.full, role_for(n, r.choice(["Inf. clinicienne", "Infirmière", "Inf. auxiliaire", "AIC"])), s.isoformat(),
                     (s + datetime.timedelta(days=r.choice([7, 14, 21]))).isoformat(), r.choice(["équipe volante", "TSO évité", "à confirmer"])])
    body = "\n".join([
        "Bonjour à toutes et à tous,", "",
        "Voici la version 2 du calendrier des vacances estivales de l'unité de greffe (7e Nord). "
        "Les demandes reçues après le 15 avril seront traitées selon l'ancienneté.", "",
        *["  %-22s %s → %s" % (x[0], x[2], x[3]) for x in rows[1:]], "",
        "Le tableau complet est joint. Merci de signaler toute erreur d'ici vendredi.", "",
        sig(mgr, L, "Chef d'unité, soins infirmiers")])
    atts = [Att("Vacances_ete_2024_7N_v2.xlsx", XLSX, make_xlsx([("Été 2024", rows)], author=mgr.full))] if r.random() < 0.6 else []
    return _neg("hr_schedule", "calendrier des vacances du personnel infirmier", staff_addr(mgr),
                [("Personnel 7N", "personnel7n@" + ORG["dom"])], "Vacances été 2024 — version 2", body, atts=atts, date=dt)


def n_garde(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    hems = c.staff["hemato"]
    month = r.choice(["juin", "juillet", "septembre", "octobre"])
    lines = []
    for wk in range(1, 5):
        h1, h2 = r.sample(hems, 2)
        lines.append("Semaine %d : %s (greffe) / %s (hémato générale, myélome et lymphome)" % (wk, md(h1, L), md(h2, L)))
    body = "\n".join([
        "Bonjour,", "", "Calendrier de garde du service d'hématologie pour %s :" % month, "", *lines, "",
        "Rappel : la garde de greffe inclut les consultations pour GVH et les appels du centre d'aphérèse. "
        "Les échanges doivent être approuvés par le chef de service.", "",
        sig(mgr, L, "Adjointe administrative, hématologie" if mgr.sex == "F" else "Adjoint administratif, hématologie")])
    atts = []
    if r.random() < 0.5:
        h = r.choice(hems)
        st = datetime.datetime(2024, 6, 3, 8, 0)
        atts.append(Att("garde.ics", "text/calendar", make_ics(
            "garde-%d@%s" % (r.randrange(10**6), ORG["dom"]), st, st + datetime.timedelta(days=7),
            "Garde greffe — %s" % md(h, L), "Garde de greffe (semaine complète)", "Service d'hématologie")))
    return _neg("oncall_schedule", "calendrier de garde des hématologues", staff_addr(mgr),
                [("Hématologues", "hematologues@" + ORG["dom"])], "Garde %s" % month, body, atts=atts, date=dt)


def n_paie(c):
    r = c.rng
    dt = c.date()
    hr = c.pick("hr")
    emp = r.choice(c.staff["nurse"] + c.staff["clerk"] + c.staff["bank"])
    matricule = luhn_serial(r, str(r.randint(1, 7)), 9)
    body = "\n".join([
        greet(L, r, emp.given), "",
        "Suite à votre demande, une correction sera appliquée sur la paie du %s :" % fr_date((dt + datetime.timedelta(days=9)).date()),
        "  Matricule : %s" % matricule,
        "  Prime de soir non versée (12 quarts) : %d,%02d $" % (r.randint(90, 240), r.randint(0, 99)),
        "  Prime de soins critiques (unité de greffe) : rétroactive au 1er avril",
        "", "Le relevé détaillé sera disponible dans le portail employé. Pour toute question : poste %s." % hr.ext,
        "", hr.full, "Service de la paie — Direction des ressources humaines"])
    return _neg("payroll", "correction de paie d'une employée (matricule valide Luhn)", staff_addr(hr),
                [staff_addr(emp)], "Correction de paie — primes", body, date=dt)


def n_infolettre(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    h1, h2, h3 = r.sample(c.staff["hemato"], 3)
    n1 = r.choice(c.staff["coord"])
    ng = r.randint(120, 170)
    allo = r.randint(55, 80)
    body = "\n".join([
        "L'ÉCHO DU 7e NORD — infolettre du %s" % ORG["fr_prog"], "Édition %s 2024" % r.choice(["du printemps", "d'été", "d'automne"]), "",
        "■ Bilan 2023 : %d greffes réalisées, dont %d allogreffes et %d autogreffes. Survie globale à 1 an : %d %%." % (
            ng, allo, ng - allo, r.randint(68, 82)),
        "■ Félicitations à %s, qui reçoit le prix d'excellence de la Société d'hématologie pour ses travaux sur la "
        "GVH chronique." % md(h1, L),
        "■ Bienvenue à %s, qui se joint à l'équipe du myélome et des lymphomes, et à %s, %s "
        "des donneurs apparentés." % (md(h2, L), n1.full, role_for(n1, "nouvelle infirmière coordonnatrice").replace(
            "nouvelle infirmier", "nouvel infirmier")),
        "■ %s donnera une conférence grand public sur la leucémie et le don de cellules souches le %s." % (
            md(h3, L), fr_date((dt + datetime.timedelta(days=20)).date())),
        "■ Rappel : collecte de sang à l'atrium le mois prochain. Objectif : 150 donneurs.", "",
        "Pour vous désabonner, répondez « retirer » à ce message.", "", ORG["fr_prog"], ORG["addr"], "Tél. : " + ORG["tel_bmt"]])
    return _neg("newsletter", "infolettre du programme de greffe avec statistiques agrégées", staff_addr(mgr),
                [("Liste — personnel hématologie", "liste-hemato@" + ORG["dom"])], "L'Écho du 7e Nord — infolettre", body,
                date=dt, hints={"struct": r.choice(["html", "alt"])})


def n_comite_transfusion(c):
    r = c.rng
    dt = c.date()
    sec = c.pick("clerk")
    pres = c.pick("hemato")
    bank = c.pick("bank")
    meet = (dt + datetime.timedelta(days=r.randint(7, 20))).date()
    body = "\n".join([
        "AVIS DE CONVOCATION", "Comité de médecine transfusionnelle", "%s, 12 h 00, salle B-2210 et Teams" % fr_date(meet), "",
        "Ordre du jour :",
        "1. Adoption du procès-verbal du %s" % fr_date((dt - datetime.timedelta(days=60)).date()),
        "2. Hémovigilance T%d : %d réactions déclarées (%d fébriles non hémolytiques, %d allergiques, 0 TRALI)" % (
            r.randint(1, 3), r.randint(8, 20), r.randint(3, 8), r.randint(2, 6)),
        "3. Taux de destruction des plaquettes : %s %% (cible < 5 %%)" % str(round(r.uniform(2, 7), 1)).replace(".", ","),
        "4. Irradiation des produits pour les greffés — révision de la politique (présenté par %s)" % bank.full,
        "5. Audit des demandes de plasma",
        "6. Varia", "",
        "Présidence : %s" % md(pres, L), "", sec.full, "Secrétariat du comité"])
    atts = []
    if r.random() < 0.5:
        st = datetime.datetime(meet.year, meet.month, meet.day, 12, 0)
        atts.append(Att("convocation.ics", "text/calendar",
                        make_ics("cmt-%d@%s" % (r.randrange(10**6), ORG["dom"]), st, st + datetime.timedelta(hours=1),
                                 "Comité de médecine transfusionnelle", "Ordre du jour en pièce jointe du courriel",
                                 "Salle B-2210", (sec.full, sec.email(ORG["dom"])))))
    return _neg("committee_notice", "convocation au comité de médecine transfusionnelle", staff_addr(sec),
                [("Membres CMT", "cmt@" + ORG["dom"])], "Convocation — Comité de médecine transfusionnelle", body,
                atts=atts, date=dt)


def n_congres(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    talks = [("Prise en charge de la GVH chronique réfractaire", r.choice(c.staff["hemato"])),
             ("Cyclophosphamide post-greffe : cinq ans d'expérience", r.choice(c.staff["hemato"])),
             ("La LMA FLT3 muté avant et après la greffe", r.choice(c.staff["hemato"])),
             ("Soins infirmiers et mucite : données probantes", r.choice(c.staff["coord"])),
             ("Réactivation du CMV : letermovir en prophylaxie", r.choice(c.staff["pharm"]))]
    ext = c.patient("fra")
    talks.append(("Conférence invitée : l'haplo-greffe en Europe", ext))
    def who(s):
        if s.kind == "coord":
            return s.full + ", inf. M. Sc."
        if s.kind == "pharm":
            return s.full + ", pharm."
        return ("Dr " if s.sex == "M" else "Dre ") + s.full
    lines = ["%s  %s — %s" % (h, t, who(s)) for (t, s), h in
             zip(talks, ["8 h 30", "9 h 15", "10 h 30", "11 h 15", "13 h 30", "14 h 15"])]
    pdf = make_pdf("Journée d'hématologie et de greffe 2024 — Programme", ["Auditorium Marcel-Vézina", ""] + lines +
                   ["", "Accréditation : 6 heures de développement professionnel."], author=mgr.full)
    body = "\n".join(["Bonjour,", "", "Le programme de la Journée d'hématologie et de greffe est joint. Inscription gratuite "
                      "pour le personnel avant le %s." % fr_date((dt + datetime.timedelta(days=14)).date()), "", *lines, "",
                      sig(mgr, L, "Coordonnatrice, enseignement" if mgr.sex == "F" else "Coordonnateur, enseignement")])
    return _neg("conference_programme", "programme de colloque avec conférenciers et sujets", staff_addr(mgr),
                [("Tout le personnel", "tous@" + ORG["dom"])], "Programme — Journée d'hématologie et de greffe", body,
                atts=[Att("Programme_journee_hemato_2024.pdf", "application/pdf", pdf)], date=dt)


def n_offre_emploi(c):
    r = c.rng
    dt = c.date()
    hr = c.pick("hr")
    post = r.choice([("Infirmière clinicienne ou infirmier clinicien — unité de greffe", "INF-2024-%03d"),
                     ("Technologiste médical(e) — laboratoire HLA", "TM-2024-%03d"),
                     ("Conseiller(ère) en soins — thérapie cellulaire", "CS-2024-%03d")])
    body = "\n".join([
        "AFFICHAGE INTERNE — %s" % (post[1] % r.randint(1, 300)), post[0], "",
        "Statut : temps complet permanent, 36,25 h/sem., rotation jour-soir",
        "Exigences : BAC en sciences infirmières ou DEC + expérience en hémato-oncologie; connaissance de la "
        "neutropénie fébrile, de la GVH et de l'administration de chimiothérapie un atout.",
        "Échelle salariale : %d,%02d $ à %d,%02d $ l'heure" % (r.randint(28, 32), r.randint(0, 99), r.randint(45, 52), r.randint(0, 99)),
        "", "Période d'affichage : du %s au %s." % (fr_date(dt.date()), fr_date((dt + datetime.timedelta(days=14)).date())),
        "Postulez via le portail carrière en joignant votre CV.", "", hr.full, "Dotation — Direction des ressources humaines"])
    return _neg("job_posting", "affichage de poste interne", staff_addr(hr), [("Tout le personnel", "tous@" + ORG["dom"])],
                "Affichage interne — %s" % post[0].split(" — ")[0], body, date=dt)


def n_entrevues(c):
    r = c.rng
    dt = c.date()
    hr = c.pick("hr")
    mgr = c.pick("mgr")
    cands = [c.patient("qc") for _ in range(3)]
    lines = ["%s  %s — %s" % (h, p.full, role_for(p, r.choice(["inf. clinicienne, 4 ans en oncologie", "infirmière, CHSLD, stage en greffe",
                                                                  "inf. clinicienne, soins intensifs", "retour au travail après congé parental"])))
             for h, p in zip(["9 h 00", "10 h 15", "13 h 30"], cands)]
    body = "\n".join([greet(L, r, mgr.given), "",
                      "Voici l'horaire des entrevues pour le poste d'infirmière coordonnatrice de greffe, %s (salle RH-3) :" % fr_date(
                          (dt + datetime.timedelta(days=5)).date()), "", *lines, "",
                      "Les CV sont dans le dossier partagé. Merci de ne pas les transférer.", "", hr.full])
    return _neg("hr_interviews", "horaire d'entrevues de candidats", staff_addr(hr), [staff_addr(mgr)],
                "Entrevues — coordonnatrice de greffe", body, date=dt)


def n_sante_travail(c):
    r = c.rng
    dt = c.date()
    emp = r.choice(c.staff["nurse"] + c.staff["bank"] + c.staff["hla"])
    nurse_st = c.patient("qc")
    kind = r.choice(["hbs", "tb", "fit"])
    if kind == "hbs":
        txt = ("Votre sérologie anti-HBs est de %d UI/L (seuil de protection 10 UI/L). Une dose de rappel du vaccin contre "
               "l'hépatite B est recommandée; présentez-vous au bureau de santé au travail." % r.randint(2, 9))
    elif kind == "tb":
        txt = ("Votre test cutané à la tuberculine (TCT) annuel, lu le %s, est négatif (0 mm). Aucune autre démarche requise."
               % fr_date(dt.date()))
    else:
        txt = "Votre essai d'ajustement du masque N95 (modèle 1870+) est réussi. Prochain essai dans 2 ans."
    body = "\n".join([greet(L, r, emp.given), "", txt, "", "%s, inf." % nurse_st.full,
                      "Bureau de santé et sécurité au travail", "Tél. : %s, poste 2250" % ORG["tel"]])
    return _neg("occupational_health", "santé au travail d'une employée (résultat personnel de l'employée)",
                ("Santé au travail", "sst@" + ORG["dom"]), [staff_addr(emp)], "Santé au travail — résultat", body, date=dt)


def n_naissance(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    col = r.choice(c.staff["coord"] + c.staff["nurse"] + c.staff["pharm"])
    baby = r.choice(["Léa", "Florence", "Arthur", "Noah", "Zoé", "Théo"])
    born = (dt - datetime.timedelta(days=r.randint(2, 6))).date()
    body = "\n".join(["Bonne nouvelle !", "",
                      ("Notre collègue %s a donné naissance à %s le %s à 4 h 12, %s kg. Maman et bébé se portent à merveille."
                       if col.sex == "F" else
                       "Notre collègue %s est papa ! Son bébé %s est né(e) le %s à 4 h 12, %s kg. Toute la famille va bien.") % (
                          col.full, baby, fr_date(born), str(round(r.uniform(2.9, 3.9), 2)).replace(".", ",")),
                      "Une carte circule au poste des infirmières; une collecte pour un cadeau est organisée jusqu'à vendredi.",
                      "", mgr.given])
    return _neg("staff_news", "annonce de naissance du bébé d'une collègue", staff_addr(mgr),
                [("Équipe 7N", "greffe7n@" + ORG["dom"])], "Bienvenue bébé %s !" % baby, body, date=dt)


def n_anniversaires(c):
    r = c.rng
    dt = c.date()
    mgr = c.pick("mgr")
    people = r.sample([p for l in c.staff.values() for p in l], 5)
    lines = ["  %s — %d %s" % (p.full, r.randint(1, 28), r.choice(["mai", "juin", "juillet"])) for p in people]
    body = "\n".join(["Bonjour l'équipe,", "", "Les anniversaires du mois — gâteau jeudi 15 h à la salle de repos :", "",
                      *lines, "", "Bonne fête à tous et à toutes !", mgr.given])
    return _neg("staff_news", "anniversaires du personnel", staff_addr(mgr), [("Équipe hémato", "liste-hemato@" + ORG["dom"])],
                "Anniversaires du mois 🎂", body, date=dt)


def n_conge(c):
    r = c.rng
    dt = c.date()
    emp = r.choice(c.staff["coord"] + c.staff["nurse"] + c.staff["hla"])
    mgr = c.pick("mgr")
    body = "\n".join([greet(L, r, mgr.given), "",
                      r.choice(["Je dois subir une chirurgie (genou) le %s; mon médecin prévoit un arrêt de 6 semaines. "
                                "Le certificat médical a été envoyé au bureau de santé." % fr_date((dt + datetime.timedelta(days=20)).date()),
                                "Je demande un congé sans solde du %s au %s pour raisons familiales." % (
                                    fr_date((dt + datetime.timedelta(days=30)).date()), fr_date((dt + datetime.timedelta(days=44)).date())),
                                "Je serai en retour progressif à partir de lundi (3 jours/semaine) selon le plan de la santé au travail."]),
                      "", "Mes dossiers de coordination seront transférés à %s." % r.choice(c.staff["coord"]).full, "", emp.given])
    return _neg("leave_request", "demande de congé d'une employée", staff_addr(emp), [staff_addr(mgr)], "Demande de congé", body, date=dt)


def n_bottin(c):
    r = c.rng
    dt = c.date()
    clerk = c.pick("clerk")
    fields = ["greffe allogénique, GVH", "myélome multiple, autogreffe", "LMA, SMD", "lymphomes, thérapie CAR-T",
              "aplasie médullaire, hémoglobinurie paroxystique nocturne", "LAL de l'adulte", "hémostase et thrombose"]
    lines = ["%s — %s — poste %s" % (md(h, L), f, h.ext) for h, f in zip(c.staff["hemato"], fields * 2)]
    body = "\n".join(["Bonjour,", "", "Mise à jour du bottin des hématologues (référez vos patients selon le champ d'expertise) :", "",
                      *lines, "", "Secrétariat de la clinique : %s — télécopieur : %s" % (ORG["tel_bmt"], ORG["fax_bmt"]),
                      ORG["addr"], "", clerk.full])
    atts = []
    if r.random() < 0.4:
        h = r.choice(c.staff["hemato"])
        atts.append(Att("%s.vcf" % slug(h.full), "text/vcard",
                        make_vcard(h.given, h.surname, ORG["fr_name"], "Hématologue", [("WORK", ORG["tel_bmt"])], h.email(ORG["dom"]),
                                   ("WORK", "3100, boulevard des Cèdres", "Montréal", "QC", "H2X 0A1", "Canada")), charset="utf-8"))
    return _neg("directory", "bottin des médecins avec champs d'expertise", staff_addr(clerk),
                [("Médecins référents", "referents@" + EXT["hrvb"][1])], "Bottin des hématologues — mise à jour", body, atts=atts, date=dt)


def n_collecte(c):
    r = c.rng
    dt = c.date()
    org1, org2 = r.sample(c.staff["coord"] + c.staff["nurse"] + c.staff["mgr"], 2)
    body = "\n".join(["Bonjour à tous,", "",
                      "La collecte de sang et la journée d'inscription au registre de donneurs de cellules souches auront lieu le %s, "
                      "de 9 h à 19 h, à l'atrium." % fr_date((dt + datetime.timedelta(days=r.randint(10, 30))).date()),
                      "L'an dernier, %d personnes ont donné et %d se sont inscrites au registre. Les 18 à 35 ans sont particulièrement "
                      "recherchés : un simple prélèvement de salive suffit." % (r.randint(90, 180), r.randint(30, 80)),
                      "", "Bénévoles recherchés pour l'accueil : écrivez à %s ou %s." % (org1.full, org2.full), "",
                      "Merci de faire circuler !"])
    return _neg("blood_drive", "annonce d'une collecte de sang et inscription au registre", staff_addr(org1),
                [("Tout le personnel", "tous@" + ORG["dom"])], "Collecte de sang et registre de donneurs", body, date=dt,
                hints={"struct": r.choice(["html", "alt", "plain"])})


def n_absence(c):
    r = c.rng
    dt = c.date()
    emp = r.choice([p for l in c.staff.values() for p in l])
    back = (dt + datetime.timedelta(days=r.randint(3, 15))).date()
    body = "\n".join(["Je suis absent(e) du bureau jusqu'au %s inclusivement, sans accès à mes courriels." % fr_date(back),
                      "Pour une urgence clinique concernant un patient greffé, contactez l'hématologue de garde au %s." % ORG["tel_bmt"],
                      "Pour les demandes de produits sanguins : banque de sang, %s." % ORG["tel_bank"], "",
                      "I am out of the office until %s." % back.isoformat(), "", emp.full])
    return _neg("auto_reply", "réponse automatique d'absence", staff_addr(emp),
                [("Hémadis Fournitures", "service@" + EXT["medsup"][1])], "Réponse automatique : absent(e)", body, date=dt,
                hints={"struct": "plain"})
