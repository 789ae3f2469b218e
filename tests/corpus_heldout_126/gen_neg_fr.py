"""Non-confidential (hard negative) messages in French, part 1: HR, schedules, payroll, newsletters..."""
import datetime

import gen_attach as A
import gen_common as G
from gen_mime import Att, table_html
from gen_tpl import new_doc, quoted, shared, who
from stdnum import ean, luhn

L = "fr"
NOTE_STAFF = ["turcotte", "perreault", "campbell", "dufour", "proulx", "drouin", "paradis", "charbonneau"]


def sig(R, key, short=False):
    return G.signature(key, L, R, short)


def hello(R, name=None):
    if name:
        return R.choice([f"Bonjour {name},", f"Salut {name},", f"{name},"])
    return R.choice(["Bonjour,", "Bonjour à tous,", "Bonjour à toutes et à tous,", "Allo l'équipe,"])


def luhn_serial(R, n=9):
    body = "".join(str(R.randrange(10)) for _ in range(n - 1))
    if body[0] == "0":
        body = "4" + body[1:]
    return body + luhn.calc_check_digit(body)


def gtin(R):
    body = "0" + "".join(str(R.randrange(10)) for _ in range(11))
    return body + ean.calc_check_digit(body)


def lot(R):
    return f"{R.choice(['24', '25'])}{R.choice('ABCDEFGHKMT')}{R.randrange(100, 999)}"


def d_after(ctx, lo=3, hi=60):
    """A weekday some days after this message's date (the date is fixed on first use, then used by neg())."""
    if getattr(ctx, "cur", None) is None:
        ctx.cur = G.msg_datetime(ctx.rng)
    return G.next_weekday(ctx.cur.date(), ctx.rng, lo, hi)


def neg(ctx, cat, note, frm, to, subj, text, **kw):
    if getattr(ctx, "cur", None) is not None and "date" not in kw:
        kw["date"] = ctx.cur
    ctx.cur = None
    return new_doc(ctx, L, cat, note, False, [], frm, to, subj, text, **kw)


# ---------------------------------------------------------------- 1. leave requests / approvals

def n_conge(ctx):
    R = ctx.rng
    k = R.choice(NOTE_STAFF)
    s = G.staff(k)
    d1 = d_after(ctx)
    d2 = d1 + datetime.timedelta(days=R.choice([4, 11, 18]))
    v = R.randrange(3)
    if v == 0:
        text = (f"{hello(R, 'Sébastien')}\n\nJe souhaiterais prendre mes vacances du {G.fmt_date(d1, 'long', L)} au "
                f"{G.fmt_date(d2, 'long', L)} inclusivement. {R.choice(['Lucie a accepté de me remplacer au fauteuil 3.', 'Ma banque devrait être suffisante.', 'Dis-moi si ça cause problème avec la liste du bloc.'])}\n\n"
                f"Merci\n{s['given']}\n")
        return neg(ctx, "hr_leave", "demande de vacances d'une employée", who(k), [who("rioux")], "Demande de vacances", text)
    if v == 1:
        text = (f"{hello(R, s['given'])}\n\nTa demande de congé du {G.fmt_date(d1, 'iso', L)} au {G.fmt_date(d2, 'iso', L)} est approuvée. "
                f"Elle est saisie dans Logibec.\n\n{sig(R, 'rioux')}\n")
        return neg(ctx, "hr_leave", "approbation d'un congé", who("rioux"), [who(k)], "RE: Demande de congé", text)
    text = (f"{hello(R)}\n\nPour information, {s['title']} {s['name']} sera en congé de maternité à compter du "
            f"{G.fmt_date(d1, 'long', L)}. {R.choice(['Son remplacement est assuré par une candidate de la liste de rappel.', 'Les dossiers en cours seront redistribués lundi.'])} "
            f"On lui souhaite le meilleur !\n\n{sig(R, 'rioux')}\n")
    return neg(ctx, "hr_leave", "annonce d'un congé de maternité d'une employée", who("rioux"), [shared("tous")],
               "Congé de maternité - remplacement", text)


# ---------------------------------------------------------------- 2. on-call schedule

def n_garde(ctx):
    R = ctx.rng
    month = R.choice([3, 4, 5, 6])
    surgeons = ["Dre Vachon", "Dr Bergeron", "Dr Fraser"]
    rows = [["Semaine du", "Garde chirurgie buccale", "Dentisterie hospitalière", "Remarque"]]
    d = datetime.date(2025, month, 1)
    while d.weekday() != 0:
        d += datetime.timedelta(days=1)
    for i in range(4):
        rows.append([d.isoformat(), R.choice(surgeons), R.choice(["Dre Lévesque", "Dr Desjardins"]),
                     R.choice(["", "", "congrès ACDQ le jeudi", "échange avec Dr Bergeron le 12", "férié lundi"])])
        d += datetime.timedelta(days=7)
    intro = f"{hello(R)}\n\nVoici l'horaire de garde de {G.MOIS[month - 1]} 2025. Les échanges doivent passer par moi."
    outro = f"\n\n{sig(R, 'rioux')}\n"
    ctx.cur = G.before(datetime.date(2025, month, 1), R, 5, 20)
    if R.random() < 0.5:
        blob = A.make_xlsx([(G.MOIS[month - 1], rows)], author="Sébastien Rioux")
        return neg(ctx, "schedule", "horaire de garde des dentistes et chirurgiens", who("rioux"), [shared("tous")],
                   f"Horaire de garde - {G.MOIS[month - 1]}", intro + " (fichier joint)" + outro,
                   atts=[Att(f"Garde_{G.MOIS[month - 1]}_2025.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", blob)])
    html = "<p>" + intro.replace("\n\n", "</p><p>") + "</p>" + table_html(rows) + "<p>" + outro.strip().replace("\n", "<br>") + "</p>"
    ctx.cur = G.before(datetime.date(2025, month, 1), R, 5, 20)
    return neg(ctx, "schedule", "horaire de garde des dentistes et chirurgiens", who("rioux"), [shared("tous")],
               f"Horaire de garde {G.MOIS[month - 1]} 2025", intro + "\n\n" + "\n".join(" | ".join(r) for r in rows) + outro,
               html=html, prefer={"body": R.choice(["html", "alt"])})


# ---------------------------------------------------------------- 3. payroll

def n_paie(ctx):
    R = ctx.rng
    k = R.choice(NOTE_STAFF)
    s = G.staff(k)
    mat = R.randrange(100000, 999999)
    v = R.randrange(3)
    if v == 0:
        text = (f"{hello(R, s['given'])}\n\nUne correction a été faite à ta feuille de temps de la période 2025-{R.randint(3, 12):02d} "
                f"(matricule {mat}) : {R.choice(['7,25 h de temps supplémentaire', 'prime de soir', 'une journée de maladie'])} ajoutée. "
                f"Le montant apparaîtra sur la paie du {G.fmt_date(d_after(ctx), 'long', L)}.\n\n{sig(R, 'marchand')}\n")
        subj = "Correction feuille de temps"
    elif v == 1:
        text = (f"{hello(R)}\n\nLes relevés de paie de la période {R.randint(5, 14)} sont disponibles dans le portail employé. "
                f"Rappel : la date limite pour les réclamations de kilométrage est le {G.fmt_date(d_after(ctx), 'long', L)}.\n\n{sig(R, 'marchand')}\n")
        subj = "Relevés de paie disponibles"
    else:
        text = (f"{hello(R, 'Linda')}\n\nJe n'ai pas reçu la prime de disponibilité pour la fin de semaine de garde du "
                f"{G.fmt_date(d_after(ctx), 'long', L)}. Matricule {mat}. Pouvez-vous vérifier ?\n\nMerci\n{s['name']}\n")
        subj = "Prime de garde manquante"
        return neg(ctx, "payroll", "question de paie d'une employée", who(k), [who("marchand")],
               R.choice([subj, "Prime manquante sur ma paie", "Question - paie"]), text)
    return neg(ctx, "payroll", "message du service de la paie", who("marchand"), [who(k)] if v == 0 else [shared("tous")], subj, text)


# ---------------------------------------------------------------- 4. newsletter (HTML) with staff news

def n_infolettre(ctx):
    R = ctx.rng
    baby = R.choice(["Rosalie", "Éloi", "Charlotte", "Arthur"])
    bd = datetime.date(2025, R.randint(1, 4), R.randint(1, 28))
    items = [
        ("Bienvenue", "Bienvenue à la Dre Karine Lévesque, dentiste en dentisterie hospitalière, qui s'intéresse particulièrement "
                      "aux patients atteints d'hémophilie et aux greffés rénaux."),
        ("Naissance", f"Félicitations à Lucie Perreault, assistante dentaire, pour la naissance de {baby}, né{'e' if baby in ('Rosalie', 'Charlotte') else ''} "
                      f"le {G.fmt_date(bd, 'long', L)} ({G.fr_num(round(R.uniform(2.9, 4.1), 2))} kg) !"),
        ("Prix", "Le Dr Mathieu Bergeron a reçu le prix d'enseignement de la Faculté pour son cours sur l'ostéonécrose des maxillaires."),
        ("Programme scolaire", "L'équipe de Mme Chantal Dufour a visité 31 écoles cet automne; merci aux hygiénistes !"),
        ("Rappel", "La clinique de prothèses des CHSLD reprend ses activités au CHSLD Boisjoli à compter du 3 mars."),
        ("Départ", "M. Patrick Labelle, denturologiste, prendra sa retraite en juin après 27 ans au service des aînés."),
    ]
    chosen = R.sample(items, 4)
    num = R.randint(12, 40)
    text = f"L'Écho dentaire — no {num}\n\n" + "\n\n".join(f"{t.upper()}\n{b}" for t, b in chosen) + \
        f"\n\n--\nÉquipe des communications, {G.ORG_FR}\nPour vous désabonner, répondez « retrait ».\n"
    html = (f"<h2 style='color:#1b5e8a'>L'Écho dentaire — no {num}</h2>\n" +
            "\n".join(f"<h3>{t}</h3><p>{b}</p>" for t, b in chosen) +
            f"<hr><p style='font-size:9pt'>Équipe des communications, {G.ORG_FR}</p>")
    return neg(ctx, "newsletter", "infolettre interne du service", shared("comm"), [shared("tous")],
               f"L'Écho dentaire no {num}", text, html=html, prefer={"body": R.choice(["html", "alt", "alt"])})


# ---------------------------------------------------------------- 5. committee notice

def n_comite(ctx):
    R = ctx.rng
    com = R.choice([("comité de prévention et de contrôle des infections", "Dre Vachon"),
                    ("comité d'évaluation de l'acte du CMDP", "Dr Haddad"),
                    ("comité de gestion des risques", "M. Rioux"),
                    ("comité des usagers", "Mme Bernier")])
    d = d_after(ctx)
    points = R.sample([
        "Adoption du procès-verbal du 12 février",
        "Taux d'infections du site opératoire en chirurgie buccale : 1,8 % (T3) vs 2,4 % (T2)",
        "Révision du protocole d'antibioprophylaxie chez les porteurs de valve (présenté par la Dre Lévesque)",
        "Ostéonécrose des maxillaires : bilan des 14 cas déclarés en 2024 (données agrégées)",
        "Déclarations d'incidents/accidents : 6 (aucune conséquence grave)",
        "Audit hygiène des mains : 87 % de conformité",
        "Varia",
    ], 5)
    points = sorted(points, key=lambda x: (x == "Varia", x != "Adoption du procès-verbal du 12 février"))
    text = (f"{hello(R)}\n\nVous êtes convoqués à la prochaine réunion du {com[0]}, présidée par {com[1]}, le "
            f"{G.day_fr(d)} à {R.choice(['12 h', '7 h 30', '16 h'])}, salle {R.choice(['B-214', 'A-101', 'Teams'])}.\n\n"
            "Ordre du jour :\n" + "\n".join(f"{i + 1}. {pt}" for i, pt in enumerate(points)) +
            f"\n\nMerci de confirmer votre présence.\n\n--\n{shared('cmdp')[0]}\n{G.HOSP_FR}\n")
    return neg(ctx, "committee", "convocation à un comité avec ordre du jour", shared("cmdp"), [shared("tous")],
               f"Convocation - {com[0]}", text)


# ---------------------------------------------------------------- 6. conference programme

def n_colloque(ctx):
    R = ctx.rng
    talks = [
        ("8 h 45", "Dre Mélanie Dionne", "Radiothérapie tête et cou et ostéoradionécrose : prévention"),
        ("9 h 30", "Dr Nicolas Villeneuve", "Anticoagulants oraux directs et chirurgie dentaire"),
        ("10 h 30", "Dre Hélène Vachon", "Ostéonécrose des maxillaires liée aux antirésorptifs : mise à jour 2025"),
        ("11 h 15", "Dre Anne-Marie Lemieux", "Carie précoce de l'enfance : portrait régional"),
        ("13 h 30", "Dr Farid Haddad", "Anesthésie générale chez les patients avec trouble du spectre de l'autisme"),
        ("14 h 15", "M. Patrick Labelle", "Prothèses en CHSLD : dysphagie et dénutrition"),
    ]
    sel = sorted(R.sample(talks, 4), key=lambda t: int(t[0].split(" ")[0]))
    d = d_after(ctx, 20, 80)
    lines = [f"{t} — {who_} : {title}" for t, who_, title in sel]
    text = (f"{hello(R)}\n\nLe programme de la Journée dentaire de la Haute-Rivière ({G.fmt_date(d, 'long', L)}, auditorium) est "
            f"maintenant disponible :\n\n" + "\n".join(lines) +
            "\n\nInscription gratuite pour le personnel; 6 heures de formation continue reconnues.\n\n" + sig(R, "lemieux"))
    atts = []
    if R.random() < 0.5:
        atts = [Att("Programme_Journee_dentaire_2025.pdf", "application/pdf",
                    A.make_pdf("Journée dentaire de la Haute-Rivière 2025", lines + ["", "Lieu : auditorium, pavillon A",
                                                                                    f"Renseignements : {G.TEL}, poste 4410"],
                               compress=R.random() < 0.5))]
    return neg(ctx, "conference", "programme d'une journée de formation", who("lemieux"), [shared("tous")],
               R.choice(["Programme - Journée dentaire 2025", "Journée dentaire : inscriptions ouvertes", "Programme de la Journée dentaire"]), text, atts=atts)


# ---------------------------------------------------------------- 7. job posting

def n_affichage(ctx):
    R = ctx.rng
    job = R.choice([("Hygiéniste dentaire", "programme de santé dentaire scolaire", "HD-2025-"),
                    ("Assistante dentaire / assistant dentaire", "bloc opératoire, chirurgie buccale", "AD-2025-"),
                    ("Dentiste généraliste", "dentisterie hospitalière (patients médicalement complexes)", "DG-2025-"),
                    ("Agent(e) administratif(ve), classe 2", "prise de rendez-vous et pré-autorisations", "AA-2025-")])
    num = f"{job[2]}{R.randrange(10, 99)}"
    text = (f"AFFICHAGE INTERNE/EXTERNE — {num}\n\nTitre : {job[0]}\nSecteur : {job[1]}\nStatut : "
            f"{R.choice(['temps complet permanent', 'temps partiel (7/14)', 'remplacement 12 mois'])}\n"
            f"Exigences : {R.choice(['membre en règle de l’OHDQ', 'DEP en assistance dentaire', 'permis d’exercice de l’ODQ', 'DEC en bureautique'])}; "
            "connaissance de l'anglais un atout.\nSalaire : selon la convention collective en vigueur.\n"
            f"Date limite : {G.fmt_date(d_after(ctx), 'long', L)}\n\nPostuler par courriel à rh@{G.DOMAIN} en indiquant le numéro d'affichage.\n\n"
            f"--\n{shared('rh')[0]}\n{G.ORG_FR}\n")
    return neg(ctx, "job_posting", "affichage de poste", shared("rh"), [shared("tous")], f"Affichage {num} - {job[0]}", text)


# ---------------------------------------------------------------- 8. supplier invoice (PDF)

def n_facture(ctx):
    R = ctx.rng
    num = f"FDB-{R.randrange(100000, 999999)}"
    items = R.sample([("Articaïne 4 % épi 1:100 000, bte 50", 68.50), ("Fraises chirurgicales carbure #8, pqt 10", 42.00),
                      ("Sutures Vicryl 4-0 FS-2, bte 36", 185.40), ("Gants nitrile M, bte 200", 21.95),
                      ("Chlorhexidine 0,12 % 473 mL", 6.80), ("Éponges hémostatiques, bte 10", 59.00),
                      ("Empreinte alginate 500 g", 14.25), ("Résine à prothèse, 1 kg", 112.00)], 4)
    lines = [f"Facture : {num}", f"Date : {G.fmt_date(d_after(ctx), 'iso', L)}", "No client : 40018",
             f"Client : {G.HOSP_FR} - Service de médecine dentaire", f"Livrer à : {G.ADDR_FR}",
             f"Bon de commande : PO-{R.randrange(40000, 49999)}", ""]
    tot = 0
    for d, p in items:
        q = R.randint(1, 12)
        tot += q * p
        lines.append(f"{q} x {d} @ {G.fr_num(f'{p:.2f}')} $ = {G.fr_num(f'{q * p:.2f}')} $")
    lines += ["", f"Sous-total : {G.fr_num(f'{tot:.2f}')} $", f"TPS : {G.fr_num(f'{tot * 0.05:.2f}')} $",
              f"TVQ : {G.fr_num(f'{tot * 0.09975:.2f}')} $", "Modalités : net 30 jours"]
    pdf = A.make_pdf("Fournitures Dentaires Boréal inc. - FACTURE", lines, compress=R.random() < 0.5)
    text = (f"{hello(R)}\n\nVeuillez trouver ci-jointe la facture {num}.\n\nService à la clientèle\nFournitures Dentaires Boréal inc.\n"
            "1-888-555-0177\n")
    return neg(ctx, "invoice", "facture d'un fournisseur", ("Fournitures Dentaires Boréal", "facturation@fdboreal.example"),
               [shared("appro")], f"Facture {num}", text, atts=[Att(f"{num}.pdf", "application/pdf", pdf)])


# ---------------------------------------------------------------- 9. purchase order (XLSX) with lots and GTINs

def n_commande(ctx):
    R = ctx.rng
    po = f"PO-{R.randrange(40000, 49999)}"
    rows = [["Article", "Description", "GTIN", "Qté", "Prix unitaire"]]
    for desc in R.sample(["Lidocaïne 2 % épi 1:100 000", "Articaïne 4 %", "Sutures chromiques 3-0", "Aiguilles 27G courtes",
                          "Blocs de morsure pédiatriques", "Vernis fluoré 5 % NaF", "Brosses à dents enfant"], 4):
        rows.append([str(R.randrange(10000, 99999)), desc, gtin(R), R.randint(2, 40), round(R.uniform(3, 120), 2)])
    blob = A.make_xlsx([("Commande", rows)], author="Jean-François Nolet")
    text = (f"{hello(R, 'Isabelle')}\n\nLe bon de commande {po} a été émis au fournisseur. Livraison prévue le "
            f"{G.fmt_date(d_after(ctx), 'long', L)}.\n\n{sig(R, 'nolet')}\n")
    return neg(ctx, "purchase_order", "bon de commande de fournitures", who("nolet"), [who("charbonneau")],
               f"Bon de commande {po}", text,
               atts=[Att(f"{po}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", blob)])


# ---------------------------------------------------------------- 10. equipment inventory with checksum-valid serials

def n_inventaire(ctx):
    R = ctx.rng
    rows = [["Actif", "Équipement", "No de série", "Local", "Dernier entretien"]]
    for eq in R.sample(["Fauteuil dentaire A-dec 500", "Autoclave Statim 5000", "Appareil panoramique", "Compresseur",
                        "Lampe à polymériser", "Moteur d'implantologie", "Aspirateur chirurgical", "Détartreur ultrasonique"], 5):
        s = luhn_serial(R)
        rows.append([f"HHR-{R.randrange(10000, 99999)}", eq, f"{s[:3]} {s[3:6]} {s[6:]}" if R.random() < 0.5 else s,
                     f"{R.choice(['B', 'C'])}-{R.randrange(100, 299)}", G.fmt_date(datetime.date(2024, R.randint(1, 12), R.randint(1, 28)), "iso", L)])
    text = (f"{hello(R, 'Marc-André')}\n\nVoici l'inventaire des équipements de la clinique dentaire pour la vérification annuelle:\n\n"
            + "\n".join("  ".join(r) for r in rows) + f"\n\n{sig(R, 'charbonneau')}\n")
    return neg(ctx, "inventory", "inventaire d'équipements avec numéros de série", who("charbonneau"), [who("veilleux")],
               R.choice(["Inventaire équipements 2025", "Vérification annuelle - équipements", "Liste des actifs clinique dentaire"]), text)


# ---------------------------------------------------------------- 11. IT

def n_ti(ctx):
    R = ctx.rng
    v = R.randrange(4)
    d = d_after(ctx)
    if v == 0:
        text = (f"{hello(R)}\n\nLa migration des boîtes aux lettres vers la nouvelle plateforme aura lieu le {G.day_fr(d)} entre 18 h et 23 h. "
                "Aucune action n'est requise de votre part; redémarrez Outlook le lendemain.\n\nBillet de référence : "
                f"INC{R.randrange(1000000, 9999999)}\n\n--\n{shared('it')[0]}\npostes 5555 / {G.TEL}\n")
        subj = "Migration de la messagerie"
    elif v == 1:
        text = (f"{hello(R, 'Kevin')}\n\nLe logiciel d'imagerie dentaire plante à l'ouverture sur le poste HHR-DEN-{R.randrange(10, 40)} "
                f"(salle 2). Message : « Erreur 0x{R.randrange(16**4, 16**5):X} - capteur non détecté ». Les autres postes fonctionnent.\n\n"
                f"{sig(R, 'perreault', short=True)}\n")
        subj = "Capteur radiographique - erreur"
        return neg(ctx, "it", "signalement d'un problème informatique", who("perreault"), [who("walsh"), shared("it")], subj, text)
    elif v == 2:
        text = (f"{hello(R)}\n\nVotre mot de passe expire dans 5 jours. Pour le changer : Ctrl+Alt+Suppr > Modifier le mot de passe.\n"
                "Le Centre de services TI ne vous demandera jamais votre mot de passe par courriel.\n\n--\n" + shared("it")[0] + "\n")
        subj = "Avis : expiration de votre mot de passe"
    else:
        text = (f"{hello(R)}\n\nUne mise à jour du dossier patient électronique (version 8.{R.randint(1, 9)}.{R.randint(0, 20)}) sera installée "
                f"le {G.fmt_date(d, 'long', L)}. Interruption prévue de 6 h à 6 h 30. Les formulaires de consultation seront "
                "temporairement disponibles en version papier.\n\n--\n" + shared("it")[0] + "\n")
        subj = "Mise à jour DPE - interruption"
    return neg(ctx, "it", "avis du service informatique", shared("it"), [shared("tous")], subj, text)


# ---------------------------------------------------------------- 12. facilities / sterilisation logs

def n_batiment(ctx):
    R = ctx.rng
    v = R.randrange(3)
    d = d_after(ctx)
    if v == 0:
        text = (f"{hello(R)}\n\nEntretien préventif du compresseur et de la pompe à vide de la clinique dentaire le {G.day_fr(d)} de "
                "7 h à 10 h. Les fauteuils 1 à 4 ne seront pas fonctionnels.\n\n" + sig(R, "veilleux"))
        subj = "Entretien compresseur - clinique dentaire"
    elif v == 1:
        ser = luhn_serial(R, 10)
        text = (f"{hello(R, 'Isabelle')}\n\nRésultats des tests biologiques de l'autoclave (no de série {ser}) pour la semaine du "
                f"{G.fmt_date(d, 'iso', L)} : lundi négatif, mercredi négatif, vendredi négatif. Test Bowie-Dick conforme. "
                f"Lot d'indicateurs {lot(R)}.\n\n{sig(R, 'perreault', short=True)}\n")
        subj = "Tests biologiques autoclave"
        return neg(ctx, "facilities", "résultats de tests de stérilisation d'un autoclave", who("perreault"), [who("charbonneau")], subj, text)
    else:
        text = (f"{hello(R)}\n\nCoupure d'eau au 2e étage du pavillon B le {G.fmt_date(d, 'long', L)} entre 13 h et 15 h "
                "(remplacement d'une valve). Prévoir de ne pas céduler de chirurgie pendant cette période.\n\n" + sig(R, "veilleux"))
        subj = "Coupure d'eau - pavillon B"
    return neg(ctx, "facilities", "avis des services techniques", who("veilleux"), [shared("tous")], subj, text)


# ---------------------------------------------------------------- 13. aggregate statistics

def n_stats(ctx):
    R = ctx.rng
    v = R.randrange(2)
    if v == 0:
        schools = ["du Ruisseau", "Saint-Onésime", "des Monts", "La Source", "des Érables", "Sainte-Aurélie"]
        rows = [["école", "élèves dépistés", "carie active (%)", "références urgentes", "scellants posés"]]
        for s in schools:
            n = R.randint(80, 420)
            rows.append([s, n, G.fr_num(round(R.uniform(8, 31), 1)), R.randint(0, 14), R.randint(10, 160)])
        csvb = A.make_csv(rows, delimiter=";", encoding=R.choice(["utf-8", "cp1252"]))
        text = (f"{hello(R)}\n\nEn pièce jointe, les statistiques du programme scolaire pour 2024-2025 (données agrégées par école). "
                f"Au total : {sum(r[1] for r in rows[1:])} élèves dépistés; la prévalence de carie active est stable.\n\n{sig(R, 'bernier')}\n")
        cs = 'text/csv; charset="utf-8"' if b"\xc3" in csvb else 'text/csv; charset="windows-1252"'
        return neg(ctx, "stats", "statistiques agrégées du programme scolaire", who("bernier"), [who("lemieux"), shared("sdp")],
                   "Statistiques programme scolaire 2024-2025", text, atts=[Att("stats_scolaire_2024-2025.csv", cs, csvb)])
    text = (f"{hello(R)}\n\nTableau de bord du T{R.randint(1, 4)} :\n- Liste d'attente chirurgie sous AG : {R.randint(110, 190)} usagers "
            f"(délai médian {G.fr_num(round(R.uniform(5, 11), 1))} mois)\n- Consultations dentisterie hospitalière : {R.randint(300, 600)}\n"
            f"- Cas d'ostéonécrose suivis : {R.randint(8, 25)}\n- Taux d'annulation le jour même : {G.fr_num(round(R.uniform(3, 9), 1))} %\n\n"
            f"{sig(R, 'rioux')}\n")
    return neg(ctx, "stats", "tableau de bord trimestriel agrégé", who("rioux"), [who("vachon"), shared("tous")],
               "Tableau de bord trimestriel", text)
