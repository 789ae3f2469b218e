"""Non-confidential (hard negative) messages in French, part 1."""
import datetime as dt
import html as H

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_common import (ADDR, CISSS, CISSS_DOM, CLINICS, DOM, ORG_FR, STAFF, fmt_date, luhn_serial,
                        signature, staff_display, staff_email)
from gen_ctx import today, Ctx, Rec, spec

L = "fr"
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _d(rng, lo, hi):
    return today() + dt.timedelta(days=rng.randrange(lo, hi))


def _all(name="Équipe cardiologie"):
    return (name, f"cardiologie-tous@{DOM}")


def n_garde(ctx: Ctx):
    rng = ctx.rng
    chef = ctx.staff("chef")
    mds = [s for s in STAFF if s[3] and s[4] in ("cardiologue", "électrophysiologiste", "interniste")]
    start = _d(rng, 3, 20)
    start -= dt.timedelta(days=start.weekday())
    rows = [("Date", "Jour", "Garde cardiologie", "Garde EP / dispositifs", "Unité coronarienne")]
    for i in range(14):
        day = start + dt.timedelta(days=i)
        rows.append((fmt_date(day, "iso"), JOURS[day.weekday()], staff_display(ctx.pick(mds)),
                     staff_display(ctx.pick(mds)), staff_display(ctx.pick(mds))))
    note = ctx.pick(["Dr Desjardins échange son 2e week-end avec la Dre Ramanathan (congrès).",
                     "La Dre Charbonneau couvre aussi la clinique d'amylose le jeudi.",
                     "Rappel : la garde EP inclut les alertes rouges de télésurveillance de 17 h à 8 h."])
    text = (f"Bonjour à tous,\n\nVoici l'horaire de garde du {fmt_date(start, 'long_fr')} au "
            f"{fmt_date(start + dt.timedelta(days=13), 'long_fr')}.\n\n{note}\n\n"
            "Merci de me signaler tout échange avant vendredi midi.\n\n" + signature(chef, "unit", L))
    att = []
    if ctx.chance(0.6):
        att = [{"kind": "xlsx", "filename": f"garde_cardio_{start.strftime('%Y%m%d')}.xlsx",
                "data": make_xlsx([("Garde", rows)])}]
    else:
        text += "\n\n" + "\n".join(" | ".join(r) for r in rows)
    return spec("schedule", L, f"Horaire de garde – semaine du {fmt_date(start, 'dmy')}", ctx.mb(chef),
                [_all("Cardiologues")], text, Rec(L), "on-call schedule for cardiologists", attachments=att)


def n_conge(ctx: Ctx):
    rng = ctx.rng
    emp = ctx.staff("infirmière", "kinésiologue", "technologue", "secrétaire", "agente")
    boss = ctx.staff("chef", "assistante")
    a = _d(rng, 20, 90)
    b = a + dt.timedelta(days=rng.randrange(3, 15))
    motif = ctx.pick(["vacances", "congé sans solde", "congé de perfectionnement (cours d'EP à Montréal)",
                      "congé parental à temps partiel"])
    text = (f"Bonjour {boss[0]},\n\nJe souhaiterais prendre un {motif} du {fmt_date(a, 'long_fr')} au "
            f"{fmt_date(b, 'long_fr')} inclusivement. {ctx.pick(['Nadia a accepté de me remplacer à la clinique IC.', 'Les cliniques de dispositifs de ces journées pourraient être déplacées au mercredi.', 'Mes heures accumulées devraient couvrir la période.'])}\n\n"
            f"Merci de me confirmer,\n{emp[0]}")
    quoted = ctx.chance(0.5)
    if quoted:
        text = (f"Accordé, bonnes vacances! Je mets à jour l'horaire.\n\n{boss[0]}\n\n"
                f"De : {emp[0]} {emp[1]}\nEnvoyé : {fmt_date(today(), 'long_fr')}\nObjet : Demande de congé\n\n> " +
                text.replace("\n", "\n> "))
        return spec("leave", L, "RE: Demande de congé", ctx.mb(boss), [ctx.mb(emp)], text, Rec(L),
                    "approved leave request", in_reply_to=DOM)
    return spec("leave", L, "Demande de congé", ctx.mb(emp), [ctx.mb(boss)], text, Rec(L), "staff leave request")


def n_paie(ctx: Ctx):
    rng = ctx.rng
    emp = ctx.staff()
    pay = ("Service de la paie", f"paie@{CISSS_DOM}")
    matricule = luhn_serial(rng, 7, "4")
    per = ctx.pick(["période 18", "période 21", "période 23"])
    text = (f"Bonjour,\n\nSur mon relevé de paie de la {per}, les primes de soir (6 quarts) et la prime de "
            "soins critiques n'apparaissent pas. Mes heures ont pourtant été approuvées dans Logibec.\n\n"
            f"Matricule : {matricule}\nNAS (4 derniers chiffres) : ***-***-{rng.randrange(100, 999)}\n"
            f"Centre d'activité : 6170 – Clinique des dispositifs\n\n"
            f"Merci de vérifier,\n{staff_display(emp, False)}\n{emp[4].capitalize()}, poste {rng.randrange(2000, 2999)}")
    return spec("payroll", L, f"Primes manquantes – {per}", ctx.mb(emp), [pay], text, Rec(L),
                "employee payroll question")


def n_sante_travail(ctx: Ctx):
    rng = ctx.rng
    sst = ("Santé et sécurité au travail", f"sst@{CISSS_DOM}")
    boss = ctx.staff("chef", "assistante")
    v = ctx.pick([0, 1, 2])
    if v == 0:
        text = ("Bonjour,\n\nLa campagne de vaccination antigrippale du personnel se tiendra au local 2.114 "
                f"du {fmt_date(_d(rng, 2, 6), 'long_fr')} au {fmt_date(_d(rng, 10, 14), 'long_fr')}, de 7 h à 16 h. "
                "Aucun rendez-vous requis, apportez votre carte d'employé. Les employés ayant une allergie "
                "aux œufs ou des antécédents de Guillain-Barré doivent consulter l'infirmière en santé au travail.\n\n"
                "Santé et sécurité au travail")
        return spec("occupational_health", L, "Vaccination antigrippale du personnel", sst, [_all()], text, Rec(L),
                    "staff flu vaccination campaign")
    emp = ctx.staff("infirmière", "technologue", "kinésiologue")
    if v == 1:
        text = (f"Bonjour {boss[0]},\n\nNous vous confirmons le retour progressif de {emp[0]} {emp[1]} à compter "
                f"du {fmt_date(_d(rng, 3, 15), 'long_fr')} : 3 jours/semaine pour 4 semaines, sans soulèvement de "
                "charges de plus de 10 kg (suivi de son entorse lombaire). Merci d'adapter ses affectations à la "
                "réadaptation cardiaque en conséquence.\n\nSanté et sécurité au travail")
        return spec("occupational_health", L, "Retour progressif – employé(e)", sst, [ctx.mb(boss)], text, Rec(L),
                    "staff return-to-work arrangement")
    text = (f"Bonjour {emp[0]},\n\nVotre test de dépistage de la tuberculose (TCT) du "
            f"{fmt_date(_d(rng, -10, -3), 'long_fr')} est négatif (0 mm). Aucun suivi requis. Votre preuve de "
            "vaccination rougeole est aussi au dossier.\n\nInfirmière en santé au travail")
    return spec("occupational_health", L, "Résultat – dépistage à l'embauche", sst, [ctx.mb(emp)], text, Rec(L),
                "employee pre-employment screening result")


def n_affichage(ctx: Ctx):
    rng = ctx.rng
    rh = ("Ressources humaines – dotation", f"dotation@{CISSS_DOM}")
    poste = ctx.pick([("Infirmière clinicienne / infirmier clinicien", "Clinique des stimulateurs et défibrillateurs"),
                      ("Kinésiologue", "Programme de réadaptation cardiaque"),
                      ("Technologue en électrophysiologie médicale", "Laboratoire Holter et ECG"),
                      ("Infirmière praticienne spécialisée en soins aux adultes", "Clinique d'insuffisance cardiaque")])
    no = f"{rng.randrange(2024, 2025)}-{rng.randrange(1000, 9999)}"
    paras = [f"Affichage no {no}", f"Titre d'emploi : {poste[0]}", f"Service : {poste[1]}, {ORG_FR}",
             f"Statut : {ctx.pick(['temps complet permanent', 'temps partiel 8/14', 'remplacement 12 mois'])}, jour",
             "Exigences : membre en règle de son ordre professionnel; expérience en cardiologie un atout; "
             "connaissance de la télésurveillance des dispositifs implantables souhaitée.",
             f"Échelle salariale : {rng.randrange(28, 34)},{rng.randrange(10, 99)} $ à {rng.randrange(46, 56)},{rng.randrange(10, 99)} $ / heure",
             f"Date limite : {fmt_date(_d(rng, 10, 25), 'long_fr')}"]
    doc = make_docx(f"Affichage {no}", paras)
    text = (f"Bonjour,\n\nUn nouveau poste est affiché : {poste[0]} – {poste[1]}. Description complète ci-jointe. "
            "Les candidatures se font via le portail carrières.\n\nRessources humaines\n" + CISSS)
    return spec("job_posting", L, f"Affichage de poste – {poste[0].split(' /')[0]}", rh, [_all()], text, Rec(L),
                "internal job posting", attachments=[{"kind": "docx", "filename": f"affichage_{no}.docx", "data": doc}])


def n_infolettre(ctx: Ctx):
    rng = ctx.rng
    comm = ("Communications – HRSAM", f"communications@{DOM}")
    items = ctx.rng.sample([
        ("Bienvenue à la Dre Priya Ramanathan", "La Dre Ramanathan, spécialisée dans le traitement de l'amylose "
         "cardiaque et des cardiomyopathies infiltratives, se joint à l'équipe de la clinique IC."),
        ("La réadaptation cardiaque fête ses 20 ans", "Plus de 4 000 personnes ayant subi un infarctus ou un "
         "pontage ont suivi le programme depuis 2004. Merci à Étienne Lussier et à toute l'équipe!"),
        ("Télésurveillance : cap des 1 500 porteurs", "La clinique des dispositifs suit maintenant 1 512 porteurs de "
         "stimulateur ou de défibrillateur à distance. Le taux de transmissions réussies atteint 96 %."),
        ("Prix reconnaissance", "Mme Nadia Beauchemin, infirmière clinicienne, reçoit le prix Florence régional pour "
         "son projet d'enseignement sur l'insuffisance cardiaque."),
        ("Nouveau pavillon", "Les travaux du Pavillon Lacasse-Dion avancent : le laboratoire d'échographie y "
         "déménagera au printemps."),
        ("Semaine du cœur", "Kiosque de prise de tension artérielle pour le personnel le 14 février à la cafétéria."),
    ], 4)
    text = "INFOLETTRE CARDIO – " + ctx.pick(["automne", "décembre", "hiver"]) + " 2024\n\n" + "\n\n".join(
        f"■ {t}\n{b}" for t, b in items) + "\n\nPour vous désabonner, écrivez à communications@" + DOM
    html = ("<html><body style='font-family:Georgia;max-width:640px'><h2 style='color:#a00'>Infolettre Cardio</h2>" +
            "".join(f"<h3>{H.escape(t)}</h3><p>{H.escape(b)}</p>" for t, b in items) +
            f"<hr><p style='font-size:9pt'>{H.escape(ORG_FR)} – {H.escape(ADDR)}<br>Pour vous désabonner : "
            f"communications@{DOM}</p></body></html>\n")
    att = []
    if ctx.chance(0.35):
        att = [{"kind": "pdf", "filename": "Infolettre_Cardio_décembre.pdf",
                "data": make_pdf("Infolettre Cardio", [f"{t} — {b}" for t, b in items])}]
    return spec("newsletter", L, "Infolettre Cardio", comm, [_all("Personnel – cardiologie")], text, Rec(L),
                "department newsletter", html=html, layout=ctx.pick(["html", "alt"]), attachments=att)


def n_comite(ctx: Ctx):
    rng = ctx.rng
    sec = ctx.staff("secrétaire", "coordonnatrice")
    com = ctx.pick([("Comité de pharmacologie", "Ajout de la vériciguat au formulaire; révision de l'ordonnance "
                     "collective sur l'ajustement des diurétiques; pénurie de dobutamine."),
                    ("Comité qualité – cardiologie", "Taux de réadmission à 30 jours (T2); audit des délais de "
                     "réponse aux alertes rouges; déclarations d'incidents AH-223 (données agrégées)."),
                    ("Rencontre morbidité-mortalité", "Deux cas anonymisés seront présentés : tamponnade après "
                     "extraction de sonde et retard diagnostique d'une endocardite sur stimulateur."),
                    ("Comité de télésurveillance", "Nouveaux seuils d'alerte de congestion; couverture des "
                     "alertes la fin de semaine; contrat avec le fournisseur de la plateforme.")])
    day = _d(rng, 5, 25)
    start = dt.datetime.combine(day, dt.time(12, 0))
    text = (f"Bonjour,\n\nVous êtes convoqué(e)s à la prochaine réunion du {com[0].lower()} le "
            f"{JOURS[day.weekday()]} {fmt_date(day, 'long_fr')} de 12 h à 13 h, salle B-310 ou Teams.\n\n"
            f"Ordre du jour : {com[1]}\n\nMerci de confirmer votre présence.\n\n" + signature(sec, "unit", L))
    ics = make_ics(f"comite-{day.isoformat()}@{DOM}", start, start + dt.timedelta(hours=1), com[0],
                   com[1], "Salle B-310 / Teams", staff_email(sec))
    att = [{"kind": "ics", "filename": "reunion.ics", "data": ics, "ctype_params": ['method="REQUEST"']}] \
        if ctx.chance(0.6) else []
    return spec("committee_notice", L, f"Convocation – {com[0]}", ctx.mb(sec), [_all("Membres du comité")], text,
                Rec(L), "committee meeting notice", attachments=att)


def n_congres(ctx: Ctx):
    rng = ctx.rng
    org = ("Journée scientifique de cardiologie", f"journee.cardio@{CISSS_DOM}")
    prog = [("8 h 30", "Dr Mathieu Desjardins", "Nouveautés 2024 dans le traitement de l'insuffisance cardiaque"),
            ("9 h 15", "Dre Priya Ramanathan", "Amylose cardiaque : quand y penser?"),
            ("10 h 30", "Dr Olivier Marchand", "Sondes de défibrillateur : extraction ou abandon?"),
            ("11 h 15", "Étienne Lussier, kinésiologue", "Réadaptation cardiaque chez le patient fragile"),
            ("13 h 30", "Dre Isabelle Charbonneau", "iSGLT2 : au-delà du diabète"),
            ("14 h 15", "Julie Rivard, pharmacienne", "Interactions médicamenteuses de l'amiodarone")]
    prog = sorted(rng.sample(prog, 5), key=lambda x: (len(x[0]), x[0]))
    day = _d(rng, 20, 60)
    text = (f"Journée scientifique régionale de cardiologie – {fmt_date(day, 'long_fr')}\nAuditorium, {ORG_FR}\n\n" +
            "\n".join(f"{h:<8} {who} – « {t} »" for h, who, t in prog) +
            "\n\n6 heures de formation accréditées. Inscription gratuite pour le personnel du CISSS.")
    att = []
    if ctx.chance(0.5):
        att = [{"kind": "pdf", "filename": "programme_journee_cardio.pdf",
                "data": make_pdf("Programme – Journée scientifique", [f"{h}  {w} : {t}" for h, w, t in prog])}]
    return spec("conference_programme", L, "Programme – Journée scientifique de cardiologie", org, [_all()], text,
                Rec(L), "regional cardiology conference programme", attachments=att)


def n_facture(ctx: Ctx):
    rng = ctx.rng
    vend = ctx.pick([("Cardionyx Canada ltée", "facturation@cardionyx.example"),
                     ("Stimtek Médical inc.", "comptes.recevables@stimtek.example")])
    buyer = ctx.staff("acheteur")
    inv = f"FAC-{rng.randrange(100000, 999999)}"
    lines = []
    total = 0
    for _ in range(rng.randrange(2, 5)):
        item = ctx.pick([("Stimulateur double chambre Pulsa DR MRI", 4850), ("Sonde auriculaire 52 cm", 690),
                         ("DCI Sentra VR", 14200), ("Moniteur domicile VigiCœur", 310), ("Aimant de test", 24)])
        q = rng.randrange(1, 4)
        sn = luhn_serial(rng, 9, ctx.pick("2345"))
        lot = f"L{rng.randrange(10, 99)}{ctx.pick('ABCDEFGH')}{rng.randrange(1000, 9999)}"
        lines.append((item[0], q, f"{item[1]:.2f}", f"{q * item[1]:.2f}", sn, lot))
        total += q * item[1]
    pdf_lines = [f"Facture : {inv}", f"Date : {fmt_date(_d(rng, -10, 0), 'iso')}", f"No client : {rng.randrange(10000, 99999)}",
                 f"Facturé à : {ORG_FR}, Service des approvisionnements", ADDR, f"Bon de commande : BC-{rng.randrange(40000, 49999)}", ""]
    pdf_lines += [f"{a} | qté {b} | {c} $ | {d} $ | No série {e} | Lot {f}" for a, b, c, d, e, f in lines]
    pdf_lines += ["", f"Sous-total : {total:.2f} $", f"TPS : {total * 0.05:.2f} $", f"TVQ : {total * 0.09975:.2f} $",
                  f"Total : {total * 1.14975:.2f} $", "Conditions : net 30 jours"]
    text = (f"Bonjour,\n\nVeuillez trouver ci-joint la facture {inv} pour les dispositifs livrés en consignation "
            "à la clinique des stimulateurs.\n\nService à la clientèle\n" + vend[0] + "\nTél. : 1-800-555-0199")
    return spec("invoice", L, f"Facture {inv}", vend, [ctx.mb(buyer)], text, Rec(L),
                "vendor invoice with device serial and lot numbers",
                attachments=[{"kind": "pdf", "filename": f"{inv}.pdf", "data": make_pdf("FACTURE", pdf_lines)}])
