# -*- coding: utf-8 -*-
"""Negative templates, part A: staff, HR, volunteers, facilities, IT, procurement, committees, teaching."""
import datetime

import common as C
import tplutil as U


def _names(c, n):
    return [f"{c.rng.choice(C.STAFF_GIV)} {c.rng.choice(C.STAFF_SURN)}" for _ in range(n)]


def staff_schedule(c):
    rng = c.rng
    csi = c.staff('csi')
    names = _names(c, rng.randrange(6, 11))
    start = c.later(3, 10)
    start -= datetime.timedelta(days=start.weekday())
    days = [start + datetime.timedelta(days=i) for i in range(5)]
    head = [c.L("Employé(e)", "Employee"), c.L("Matricule", "Emp. no")] + \
        [(C.DAYS_FR if c.lang == 'fr' else C.DAYS_EN)[d.weekday()][:3] + f" {d.day:02d}" for d in days]
    rows = [head]
    for n in names:
        rows.append([n, C.luhn_serial(rng, 7)] +
                    [rng.choice(['J', 'S', 'N', '-', 'J', c.L('CM', 'SL'), c.L('FÉR', 'HOL')]) for _ in days])
    as_xlsx = c.chance(0.5)
    atts = []
    if as_xlsx:
        atts.append(U.xlsx(c.L(f"horaire_{csi.sur}_{days[0]:%Y%m%d}.xlsx", f"schedule_{days[0]:%Y%m%d}.xlsx"),
                           [(c.L("Horaire", "Schedule"), rows)], author=csi.full))
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Voici l'horaire de la semaine du {c.fdate(days[0])} pour le {rng.choice(['2 Nord', '3 Est', '1 Sud'])}. "
                      "J = jour, S = soir, N = nuit.", f"Here is the schedule for the week of {c.fdate(days[0])}. "
                      "D = day, E = evening, N = night (J/S/N in the grid)."),
                  '' if as_xlsx else U.table_text(rows),
                  c.L("Il manque encore une PAB de soir jeudi; les volontaires pour du temps supplémentaire, "
                      "écrivez-moi.", "We are still short one PCA Thursday evening; overtime volunteers please e-mail me."),
                  csi.sig())
    to = [(n, C.email_addr(*n.split(' ', 1), c.dom)) for n in names[:5]]
    return dict(from_=csi.pair, to=to, subject=c.L("Horaire semaine", "Weekly schedule") + f" {days[0]:%d/%m}",
                text=body, attachments=atts, note='staff schedule with employee numbers')


def staff_leave(c):
    rng = c.rng
    emp = c.staff(rng.choice(['ts', 'inf', 'pab', 'ergo', 'inf_aux']))
    mgr = c.staff(rng.choice(['csi', 'dir']))
    d1 = c.later(20, 60)
    d2 = d1 + datetime.timedelta(days=rng.randrange(4, 15))
    orig = U.join(C.greeting(rng, c.lang, mgr.giv),
                  c.L(f"Je souhaiterais prendre mes vacances du {c.fdate(d1)} au {c.fdate(d2)}. Mes dossiers seront "
                      "couverts par ma collègue.", f"I'd like to take vacation from {c.fdate(d1)} to {c.fdate(d2)}. "
                      "My caseload will be covered by my colleague."), emp.sig(short=True))
    new = U.join(rng.choice([c.L("Approuvé. Bonnes vacances!", "Approved. Enjoy!"),
                             c.L("OK pour moi, je l'inscris dans Logibec.", "Fine with me, I'll enter it in the system."),
                             c.L("Accepté sauf le dernier vendredi (formation obligatoire).",
                                 "Approved except the last Friday (mandatory training).")]), mgr.sig(short=True))
    subj = c.L("Demande de vacances", "Vacation request")
    text = C.compose_reply(rng, c.lang, new, orig, emp.full, emp.addr, c.earlier(5, 60), mgr.full, subj)
    return dict(from_=mgr.pair, to=[emp.pair], subject=C.reply_subject(rng, c.lang, subj), text=text,
                in_reply_to=True, note='staff vacation approval')


def occupational_health(c):
    rng = c.rng
    sst = c.staff('sst', org='ciusss')
    mgr = c.staff('csi')
    emp = f"{rng.choice(C.STAFF_GIV)} {rng.choice(C.STAFF_SURN)}"
    cond = c.pick([("entorse lombaire survenue lors d'un transfert au lève-personne", "lumbar sprain during a lift transfer"),
                   ("tendinite de l'épaule droite", "right shoulder tendinitis"),
                   ("chirurgie du genou (arthroscopie)", "knee surgery (arthroscopy)"),
                   ("morsure d'un usager à l'avant-bras, suivi sérologique en cours",
                    "bitten on the forearm by a resident, serology follow-up ongoing")])
    body = U.join(C.greeting(rng, c.lang, mgr.giv),
                  c.L(f"Retour progressif au travail pour {emp} (matricule {C.luhn_serial(rng, 6)}) suite à : {cond}.",
                      f"Gradual return to work for {emp} (employee no. {C.luhn_serial(rng, 6)}) following: {cond}."),
                  U.bullets(rng, [c.L("Semaines 1-2 : 3 jours/sem., tâches légères (pas de transferts)",
                                      "Weeks 1-2: 3 days/week, light duties (no transfers)"),
                                  c.L("Semaines 3-4 : 4 jours/sem.", "Weeks 3-4: 4 days/week"),
                                  c.L("Réévaluation par le médecin désigné le ", "Reassessment by designated physician on ")
                                  + c.fdate(c.later(25, 35))]),
                  c.L(f"Dossier SST no {rng.randrange(100000, 999999)} - réclamation acceptée.",
                      f"OHS file no. {rng.randrange(100000, 999999)} - claim accepted."),
                  c.L("Merci de garder cette information confidentielle (RH).", "Please keep this HR information confidential."),
                  sst.sig())
    return dict(from_=sst.pair, to=[mgr.pair], subject=c.L("Retour progressif - ", "Gradual RTW - ") + emp,
                text=body, note='employee occupational health (HR)')


def volunteer_schedule(c):
    rng = c.rng
    coord = c.staff('benev')
    vols = _names(c, rng.randrange(5, 9))
    acts = c.L(["Bingo", "Zoothérapie", "Chorale", "Messe", "Café-causerie", "Visite amicale", "Manucure"],
               ["Bingo", "Pet therapy", "Choir", "Mass", "Coffee chat", "Friendly visit", "Manicure"])
    rows = [[c.L("Jour", "Day"), c.L("Activité", "Activity"), c.L("Bénévole", "Volunteer"), c.L("Cellulaire", "Cell")]]
    for i, v in enumerate(vols):
        rows.append([C.DAYS_FR[i % 5] if c.lang == 'fr' else C.DAYS_EN[i % 5], rng.choice(acts), v, C.phone(rng)])
    mode_xlsx = c.chance(0.35)
    atts = [U.xlsx(c.L("benevoles_horaire.xlsx", "volunteer_schedule.xlsx"), [("Horaire", rows)], author=coord.full)] \
        if mode_xlsx else []
    body = U.join(c.L("Bonjour chers bénévoles,", "Dear volunteers,"),
                  c.L("Voici l'horaire des activités du mois. Rappel : lavage des mains à l'entrée de chaque unité et "
                      "port du masque si vous avez des symptômes.", "Here is this month's activity schedule. Reminder: "
                      "hand hygiene when entering each unit and wear a mask if you have symptoms."),
                  '' if mode_xlsx else U.table_text(rows),
                  c.L("Merci pour votre générosité!", "Thank you for your generosity!"), coord.sig())
    to = [(v, C.email_addr(*v.split(' ', 1), 'benevoles.example')) for v in vols]
    return dict(from_=coord.pair, to=to[:3], cc=to[3:], subject=c.L("Horaire des bénévoles", "Volunteer schedule"),
                text=body, attachments=atts, note='volunteer schedule with volunteer phones')


def volunteer_recruitment(c):
    rng = c.rng
    coord = c.staff('benev')
    body = U.join(c.L("Bonjour,", "Hello,"),
                  c.L(f"{c.orgname} recherche des bénévoles pour l'accompagnement en fin de vie, les repas (aide à "
                      "l'alimentation des résidents ayant une dysphagie, après formation) et les sorties estivales.",
                      f"{c.orgname} is looking for volunteers for end-of-life companionship, mealtime help (feeding "
                      "assistance for residents with dysphagia, after training) and summer outings."),
                  U.bullets(rng, [c.L("Vérification des antécédents judiciaires requise", "Police check required"),
                                  c.L("Formation de 6 h sur la maladie d'Alzheimer et l'approche relationnelle",
                                      "6-hour training on Alzheimer's disease and relational care"),
                                  c.L("Engagement minimum : 2 h par semaine", "Minimum commitment: 2 h per week")]),
                  c.L(f"Info : {C.ORGS[c.org]['tel']}, poste {rng.randrange(2000, 7999)}",
                      f"Info: {C.ORGS[c.org]['tel']} ext. {rng.randrange(2000, 7999)}"), coord.sig())
    return dict(from_=coord.pair, to=[("Liste communautaire", "communautaire@listes.example")],
                subject=c.L("Devenez bénévole!", "Become a volunteer!"), text=body, mode=rng.choice(['html', 'alt']),
                note='volunteer recruitment')


def facilities_maintenance(c):
    rng = c.rng
    bat = c.staff('bat')
    kind = rng.randrange(4)
    when = c.later(1, 10, hour=rng.choice([6, 7, 22]))
    if kind == 0:
        subj = c.L("Test de la génératrice d'urgence", "Emergency generator test")
        txt = c.L(f"Test mensuel de la génératrice le {c.fdate(when)} à {when:%H} h. Coupure de 30 secondes sur le "
                  "réseau normal; les concentrateurs d'O2 et matelas thérapeutiques sont sur le réseau d'urgence (prises rouges).",
                  f"Monthly generator test on {c.fdate(when)} at {when:%H}:00. 30-second outage on normal power; oxygen "
                  "concentrators and therapeutic mattresses are on emergency power (red outlets).")
    elif kind == 1:
        subj = c.L("Ascenseur no 2 hors service", "Elevator 2 out of service")
        txt = c.L(f"L'ascenseur no 2 (no de série {C.luhn_serial(rng, 9)}) sera hors service le {c.fdate(when)} "
                  "pour inspection annuelle. Utiliser l'ascenseur de service pour les civières.",
                  f"Elevator 2 (serial {C.luhn_serial(rng, 9)}) will be out of service on {c.fdate(when)} for the "
                  "annual inspection. Use the service elevator for stretchers.")
    elif kind == 2:
        subj = c.L("Température eau chaude - légionelle", "Hot water temperature - Legionella")
        temps = [f"{rng.choice(['2 Nord', '3 Est', '1 Sud', 'Cuisine'])}: {rng.randrange(49, 61)} °C" for _ in range(4)]
        txt = c.L("Relevés de température de la semaine (cible ≥ 55 °C au réservoir, 43 °C max aux robinets des bains) :\n",
                  "This week's temperature readings (target ≥ 55 °C at tank, 43 °C max at bath taps):\n") + '\n'.join(temps)
    else:
        subj = c.L("Travaux - fenêtres aile B", "Window replacement - wing B")
        txt = c.L(f"Remplacement des fenêtres de l'aile B à partir du {c.fdate(when)}. Bruit entre 8 h et 16 h. "
                  "Les résidents pourront être déplacés au salon pendant les travaux dans leur chambre.",
                  f"Window replacement in wing B starting {c.fdate(when)}. Noise 8 am-4 pm. Residents can be moved to "
                  "the lounge while work is done in their room.")
    body = U.join(C.greeting(rng, c.lang), txt, c.L(f"Bon de travail no {rng.randrange(2400000, 2499999)}",
                                                    f"Work order #{rng.randrange(2400000, 2499999)}"), bat.sig())
    return dict(from_=bat.pair, to=[("Tous - " + c.orgname, f"tous@{c.dom}")], subject=subj, text=body,
                note='facilities notice')


def it_notice(c):
    rng = c.rng
    si = c.staff('si', org='ciusss')
    kind = rng.randrange(3)
    when = c.later(1, 8, hour=rng.choice([0, 1, 22]))
    if kind == 0:
        subj = c.L("Arrêt planifié du dossier clinique informatisé", "Planned EHR downtime")
        txt = c.L(f"Le DCI sera indisponible le {c.fdate(when)} de {when:%H}h à {(when.hour + 3) % 24}h. Utiliser les "
                  "formulaires papier de contingence (FADM, notes d'évolution) et les saisir au retour.",
                  f"The EHR will be unavailable on {c.fdate(when)} from {when:%H}:00 to {(when.hour + 3) % 24}:00. "
                  "Use paper downtime forms (MAR, progress notes) and enter them afterwards.")
    elif kind == 1:
        subj = c.L("ALERTE hameçonnage", "PHISHING alert")
        txt = c.L("Un courriel frauduleux « Mise à jour de votre dossier RAMQ » circule. Ne cliquez pas sur le lien. "
                  "Transférez-le à securite@ciusss-rah.example puis supprimez-le.",
                  "A fraudulent e-mail 'Update your RAMQ file' is circulating. Do not click the link. Forward it to "
                  "securite@ciusss-rah.example and delete it.")
    else:
        subj = c.L("Billet fermé", "Ticket resolved") + f" INC{rng.randrange(1000000, 1999999)}"
        txt = c.L(f"Votre demande concernant l'imprimante du poste infirmier (actif {C.luhn_serial(rng, 8)}) est "
                  "résolue: remplacement de l'unité de fusion.", f"Your request about the nursing station printer "
                  f"(asset {C.luhn_serial(rng, 8)}) is resolved: fuser unit replaced.")
    body = U.join(C.greeting(rng, c.lang), txt, si.sig())
    return dict(from_=si.pair, to=[("Utilisateurs", f"utilisateurs@{C.ORGS['ciusss']['dom']}")], subject=subj,
                text=body, mode=rng.choice(['plain', 'html', 'alt']), note='IT notice')


def asset_inventory(c):
    rng = c.rng
    bat = c.staff(rng.choice(['bat', 'approv']))
    items = c.L(["Lève-personne plafonnier", "Lit électrique", "Matelas thérapeutique", "Fauteuil gériatrique",
                 "Pompe volumétrique", "Concentrateur O2", "Bain thérapeutique"],
                ["Ceiling lift", "Electric bed", "Therapeutic mattress", "Geriatric chair", "Infusion pump",
                 "O2 concentrator", "Therapeutic bath"])
    rows = [[c.L("Équipement", "Equipment"), c.L("No série", "Serial"), c.L("No actif", "Asset tag"), c.L("Local", "Location"),
             c.L("Dernier entretien", "Last service")]]
    for _ in range(rng.randrange(8, 15)):
        rows.append([rng.choice(items), C.luhn_serial(rng, rng.choice([9, 10])), 'A-' + C.luhn_serial(rng, 6),
                     f"{rng.randrange(1, 5)}{rng.randrange(0, 4)}{rng.randrange(1, 10)}",
                     (c.date - datetime.timedelta(days=rng.randrange(10, 300))).strftime('%Y-%m-%d')])
    att = U.xlsx(c.L("inventaire_equipements.xlsx", "equipment_inventory.xlsx"), [("Inventaire", rows)], author=bat.full)
    body = U.join(C.greeting(rng, c.lang), c.L("Inventaire à jour des équipements biomédicaux pour l'audit.",
                                                "Updated biomedical equipment inventory for the audit."),
                  c.L("Les numéros de série ont été validés avec le fournisseur.", "Serial numbers were validated with the vendor."),
                  bat.sig())
    return dict(from_=bat.pair, to=[c.staff('dir').pair], subject=c.L("Inventaire équipements", "Equipment inventory"),
                text=body, attachments=[att], note='asset inventory, serials pass Luhn')


def purchase_order(c):
    rng = c.rng
    ap = c.staff('approv', org='ciusss')
    vendor = rng.choice([("Fournitures Médicales Boréal", 'fmboreal.example'), ("Soins Continus Distribution", 'scdist.example')])
    po = C.luhn_serial(rng, 10)
    prods = c.L([("Culottes d'incontinence taille M", 'cs'), ("Crème barrière zinc 100 g", 'un'),
                 ("Gants nitrile M", 'bt'), ("Épaississant alimentaire 225 g", 'un'), ("Bandelettes glycémie", 'bt')],
                [("Incontinence briefs size M", 'cs'), ("Zinc barrier cream 100 g", 'ea'), ("Nitrile gloves M", 'bx'),
                 ("Food thickener 225 g", 'ea'), ("Glucose test strips", 'bx')])
    rows = [[c.L("Article", "Item"), c.L("Qté", "Qty"), c.L("Unité", "Unit"), c.L("Prix", "Price"), "Lot"]]
    total = 0
    for name, unit in rng.sample(prods, rng.randrange(3, 6)):
        q, pr = rng.randrange(2, 40), rng.randrange(5, 120) + rng.choice([0, .5, .99])
        total += q * pr
        rows.append([name, q, unit, f"{pr:.2f}", f"{rng.randrange(22, 26)}{rng.choice('ABCDEFGH')}{rng.randrange(1000, 9999)}"])
    att = U.pdf(f"BC_{po}.pdf", c.L(f"Bon de commande {po}", f"Purchase order {po}"),
                [f"{vendor[0]}", c.L(f"Livrer à : {c.orgname} - quai de réception", f"Ship to: {c.orgname} - receiving dock"),
                 c.L(f"Total : {total:,.2f} $", f"Total: ${total:,.2f}")], table=rows, author=ap.full)
    body = U.join(C.greeting(rng, c.lang), c.L(f"Veuillez trouver ci-joint le bon de commande {po}.",
                                                f"Please find attached PO {po}."), ap.sig())
    return dict(from_=ap.pair, to=[("Service client", f"commandes@{vendor[1]}")], subject=c.L("Bon de commande ", "PO ") + po,
                text=body, attachments=[att], note='purchase order with lot numbers')


def product_recall(c):
    rng = c.rng
    prev = c.staff(rng.choice(['approv', 'pharm']))
    lots = [f"{rng.choice(['LT', 'L', ''])}{rng.randrange(23, 26)}{rng.randrange(100000, 999999)}" for _ in range(rng.randrange(2, 5))]
    prod = c.pick([("bandelettes de glycémie GlucoSure", "GlucoSure glucose test strips"),
                   ("sondes d'alimentation entérale 12 Fr", "12 Fr enteral feeding tubes"),
                   ("épaississant en poudre ThickWell", "ThickWell powdered thickener")])
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Rappel volontaire du fabricant : {prod}, lots suivants :", f"Voluntary manufacturer recall: {prod}, lots:"),
                  U.bullets(rng, lots),
                  c.L("Retirez ces lots des chariots et retournez-les au magasin. Aucun incident rapporté à ce jour.",
                      "Remove these lots from carts and return them to stores. No incidents reported to date."), prev.sig())
    return dict(from_=prev.pair, to=[("Chefs d'unité", f"chefs-unite@{c.dom}")],
                subject=c.L("RAPPEL DE PRODUIT - ", "PRODUCT RECALL - ") + prod, text=body, importance='High',
                note='product recall with lot numbers')


def newsletter(c):
    rng = c.rng
    com = ("Communications", f"communications@{C.ORGS['ciusss']['dom']}")
    n = rng.randrange(12, 60)
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<h1>{c.L("L’Écho des Érables", "The Maple Echo")} - {c.L("no", "issue")} {rng.randrange(20, 90)}</h1>'
            f'<h2>{c.L("Semaine de la prévention des chutes", "Falls prevention week")}</h2>'
            f'<p>{c.L(f"Cette année, nos unités ont réduit de {n} % les chutes avec blessures grâce au programme de mobilisation.", f"This year our units reduced injurious falls by {n}% thanks to the mobility programme.")}</p>'
            f'<h2>{c.L("Bienvenue aux nouveaux employés", "Welcome new staff")}</h2><ul>'
            + ''.join(f'<li>{x}</li>' for x in _names(c, 4)) +
            f'</ul><h2>{c.L("Conférence", "Lecture")}</h2><p>{c.L("La Dre", "Dr.")} {rng.choice(C.STAFF_GIV_F)} '
            f'{rng.choice(C.STAFF_SURN)}, {c.L("gériatre, parlera du délirium et de la maladie de Parkinson", "geriatrician, will speak about delirium and Parkinson’s disease")}.</p>'
            f'<p style="font-size:9pt">{c.L("Pour vous désabonner, répondez STOP.", "To unsubscribe, reply STOP.")}</p></body></html>')
    return dict(from_=com, to=[("Personnel", f"personnel@{C.ORGS['ciusss']['dom']}")],
                subject=c.L("Infolettre - ", "Newsletter - ") + f"{C.MONTHS_FR[c.date.month - 1] if c.lang == 'fr' else C.MONTHS_EN[c.date.month - 1]} {c.date.year}",
                html=html, mode='html', note='newsletter with aggregate stat')


def committee_notice(c):
    rng = c.rng
    sec = c.staff('agente', org='ciusss')
    when = c.later(5, 20)
    comm = c.pick([("comité d'admission et d'orientation en hébergement", "admissions and placement committee"),
                   ("comité de vigilance et de la qualité", "vigilance and quality committee"),
                   ("comité d'éthique clinique", "clinical ethics committee"),
                   ("table de concertation - maltraitance envers les aînés", "elder abuse coordination table")])
    agenda = c.L(["Ouverture et adoption de l'ordre du jour", "Adoption du procès-verbal",
                  f"Présentation de {rng.randrange(3, 9)} dossiers (documents nominatifs remis en séance seulement)",
                  "Suivi des indicateurs (délais d'accès, lits NSA)", "Varia"],
                 ["Opening and adoption of agenda", "Approval of minutes",
                  f"Review of {rng.randrange(3, 9)} files (named documents handed out in session only)",
                  "Indicators follow-up (access delays, ALC beds)", "Other business"])
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Vous êtes convoqué(e)s à la réunion du {comm}, le {c.fday(when)} à {when:%H} h {when:%M}, salle 3.20 "
                      "ou par Teams.", f"You are invited to the {comm} meeting on {c.fday(when)} at {when:%H:%M}, room 3.20 "
                      "or on Teams."),
                  c.L("Ordre du jour :", "Agenda:") + '\n' + U.bullets(rng, agenda, style=3), sec.sig())
    atts = []
    if c.chance(0.4):
        atts.append(U.ics('reunion.ics', rng, uid=f"{rng.getrandbits(64):016x}@{c.dom}", summary=comm, start=when,
                          end=when + datetime.timedelta(hours=2), location='Salle 3.20 / Teams',
                          organizer=(sec.full, sec.addr)))
    return dict(from_=sec.pair, to=[("Membres du comité", f"comite@{C.ORGS['ciusss']['dom']}")],
                subject=c.L("Convocation - ", "Meeting notice - ") + comm, text=body, attachments=atts,
                note='committee notice, no patient detail')


def residents_committee(c):
    rng = c.rng
    loisirs = c.staff('loisirs')
    pres = f"{rng.choice(C.PAT_GIV_F + C.PAT_GIV_M)} {rng.choice(C.STAFF_SURN)}"
    when = c.later(5, 25)
    body = U.join(c.L("Chers résidents et familles,", "Dear residents and families,"),
                  c.L(f"Le comité des résidents vous invite à son assemblée générale annuelle le {c.fday(when)} à 14 h, à la "
                      f"salle communautaire. Au programme : bilan de l'année, menu d'automne, élection. Présidence : {pres}.",
                      f"The residents' committee invites you to its annual general meeting on {c.fday(when)} at 2 pm in "
                      f"the community room. Agenda: year in review, fall menu, elections. Chair: {pres}."),
                  c.L("Café et biscuits servis. Les plaintes individuelles peuvent être adressées au commissaire aux plaintes.",
                      "Coffee and cookies served. Individual complaints may be addressed to the complaints commissioner."),
                  loisirs.sig())
    return dict(from_=loisirs.pair, to=[("Familles", f"familles@{c.dom}")], subject=c.L("AGA du comité des résidents",
                                                                                           "Residents' committee AGM"),
                text=body, mode=rng.choice(['plain', 'alt', 'html']), note='residents committee notice')


def aggregate_stats(c):
    rng = c.rng
    qual = c.staff('dir')
    units = ['2 Nord', '3 Est', '1 Sud', 'Lilas', 'Prothétique']
    rows = [[c.L("Unité", "Unit"), c.L("Jours-présence", "Resident-days"), c.L("Chutes", "Falls"),
             c.L("Chutes avec blessure", "Injurious falls"), c.L("Signalements maltraitance", "Abuse reports"),
             c.L("Contentions", "Restraints"), c.L("Antipsychotiques (%)", "Antipsychotics (%)")]]
    for u in units:
        rows.append([u, rng.randrange(2400, 3100), rng.randrange(4, 30), rng.randrange(0, 5), rng.randrange(0, 4),
                     rng.randrange(0, 6), rng.randrange(12, 38)])
    att = U.xlsx(c.L(f"indicateurs_T{rng.randrange(1, 5)}_{c.date.year}.xlsx", f"indicators_Q{rng.randrange(1, 5)}_{c.date.year}.xlsx"),
                 [(c.L("Indicateurs", "Indicators"), rows)], author=qual.full)
    tot = sum(r[2] for r in rows[1:])
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Voici les indicateurs du trimestre. Total de {tot} chutes; le taux d'usage d'antipsychotiques "
                      "demeure au-dessus de la cible de 20 % sur deux unités.",
                      f"Here are the quarterly indicators. {tot} falls in total; antipsychotic use remains above the 20% "
                      "target on two units."), qual.sig())
    return dict(from_=qual.pair, to=[("Gestionnaires", f"gestionnaires@{c.dom}")], subject=c.L("Indicateurs qualité",
                                                                                                "Quality indicators"),
                text=body, attachments=[att], note='aggregate statistics')


def teaching_case(c):
    rng = c.rng
    ger = c.staff('ger', org='hopital')
    age = rng.randrange(78, 96)
    letter = rng.choice('ABCDGLMR')
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Pour la réunion scientifique de jeudi, voici le cas (anonymisé) : Mme {letter}., {age} ans, TNCM modéré, "
                      "admise pour délirium hypoactif. Rx : quétiapine 25 mg HS, oxybutynine, zopiclone. Na 128. "
                      "Questions : 1) charge anticholinergique? 2) place du dépistage CAM?",
                      f"For Thursday's grand rounds, here is the (anonymised) case: Mrs. {letter}., {age}, moderate dementia, "
                      "admitted for hypoactive delirium. Meds: quetiapine 25 mg HS, oxybutynin, zopiclone. Na 128. "
                      "Questions: 1) anticholinergic burden? 2) role of CAM screening?"),
                  c.L("Aucune donnée identificatoire; merci de ne pas tenter de retrouver la patiente.",
                      "No identifying data; please do not try to identify the patient."), ger.sig())
    atts = []
    if c.chance(0.4):
        atts.append(U.pdf(c.L("cas_clinique_delirium.pdf", "case_delirium.pdf"), c.L("Cas clinique - délirium", "Teaching case - delirium"),
                          [c.L(f"Mme {letter}., {age} ans", f"Mrs. {letter}., {age}"), c.L("Objectifs d'apprentissage", "Learning objectives"),
                           c.L("- Reconnaître le délirium hypoactif\n- Réviser la médication", "- Recognise hypoactive delirium\n- Review medications")],
                          author=ger.full))
    return dict(from_=ger.pair, to=[("Résidents gériatrie", f"residents-geriatrie@{C.ORGS['hopital']['dom']}")],
                subject=c.L("Cas clinique - réunion scientifique", "Teaching case - grand rounds"), text=body,
                attachments=atts, note='anonymised teaching case')


def conference_speaker(c):
    rng = c.rng
    org = c.staff('agente', org='ciusss')
    spk = []
    for t in rng.sample(TOPICS[c.lang], 3):
        fem = rng.random() < 0.6
        ttl = rng.choice(STAFF_TITLES[c.lang][0 if fem else 1])
        spk.append((f"{ttl} {rng.choice(C.STAFF_GIV_F if fem else C.STAFF_GIV_M)} {rng.choice(C.STAFF_SURN)}", t))
    when = c.later(10, 40, hour=8)
    prog = '\n'.join(f"{8 + i}h30 - {s} : {t}" if c.lang == 'fr' else f"{8 + i}:30 - {s}: {t}" for i, (s, t) in enumerate(spk))
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Journée régionale de gériatrie - {c.fday(when)}, amphithéâtre de l'HRAH.",
                      f"Regional geriatrics day - {c.fday(when)}, HRAH auditorium."),
                  c.L("Programme :", "Programme:") + '\n' + prog,
                  c.L("Inscription obligatoire avant le 15. Unités de formation accréditées.",
                      "Registration required by the 15th. Accredited CME credits."), org.sig())
    return dict(from_=org.pair, to=[("Professionnels", f"pros@{C.ORGS['ciusss']['dom']}")],
                subject=c.L("Journée régionale de gériatrie", "Regional geriatrics day"), text=body,
                mode=rng.choice(['alt', 'html', 'plain']), note='conference program, speakers and topics')


STAFF_TITLES = {'fr': (['Dre', 'Mme'], ['Dr', 'M.']), 'en': (['Dr.', 'Ms.'], ['Dr.', 'Mr.'])}
TOPICS = {'fr': ["Délirium post-opératoire chez la personne âgée", "Déprescription des antipsychotiques en CHSLD",
                 "Maladie de Parkinson : complications tardives", "Soins palliatifs et démence avancée",
                 "Aptitude et régimes de protection : rôle du médecin", "Dysphagie et pneumonie d'aspiration",
                 "Maltraitance financière : reconnaître les signes"],
          'en': ["Post-operative delirium in older adults", "Deprescribing antipsychotics in LTC",
                 "Parkinson's disease: late complications", "Palliative care in advanced dementia",
                 "Capacity and protection regimes: the physician's role", "Dysphagia and aspiration pneumonia",
                 "Financial abuse: recognising the signs"]}


def physician_directory(c):
    rng = c.rng
    ag = c.staff('agente', org='hopital')
    specs = c.L(["gériatrie (démence, chutes, délirium)", "psychogériatrie (SCPD, dépression)", "néphrologie (IRC, dialyse)",
                 "pneumologie (MPOC)", "neurologie (Parkinson, SLA)", "soins palliatifs"],
                ["geriatrics (dementia, falls, delirium)", "psychogeriatrics (BPSD, depression)", "nephrology (CKD, dialysis)",
                 "respirology (COPD)", "neurology (Parkinson's, ALS)", "palliative care"])
    rows = [[c.L("Médecin", "Physician"), c.L("Spécialité", "Specialty"), c.L("Clinique", "Clinic"), c.L("Tél.", "Phone")]]
    for s in specs:
        rows.append([f"Dr {rng.choice(C.STAFF_GIV)} {rng.choice(C.STAFF_SURN)}", s, c.L("Cliniques externes ", "Outpatient ")
                     + rng.choice(['A', 'B', 'C']), f"{C.ORGS['hopital']['tel']} p. {rng.randrange(2000, 7999)}"])
    body = U.join(C.greeting(rng, c.lang), c.L("Bottin à jour des médecins consultants pour les CHSLD du territoire :",
                                                "Updated directory of consultants for the territory's LTC homes:"),
                  U.table_text(rows), ag.sig())
    return dict(from_=ag.pair, to=[("Chefs d'unité", f"chefs-unite@{c.dom}")], subject=c.L("Bottin des consultants",
                                                                                             "Consultant directory"),
                text=body, mode=rng.choice(['alt', 'plain']), note='physician directory with specialties')


def blank_form(c):
    rng = c.rng
    malt = c.staff('malt', org='ciusss')
    kind = rng.randrange(2)
    if kind == 0:
        title = c.L("Formulaire de signalement - maltraitance envers une personne aînée",
                    "Reporting form - mistreatment of an older adult")
        fields = c.L(["Nom de l'usager : ______________________", "NAM : ____ ____ ____", "Date de naissance : __/__/____",
                      "Adresse : _____________________________", "Type de maltraitance : [ ] physique [ ] psychologique "
                      "[ ] financière [ ] négligence [ ] organisationnelle", "Description des faits : ___________________",
                      "Signature du déclarant : _____________"],
                     ["Client name: ______________________", "RAMQ no.: ____ ____ ____", "Date of birth: __/__/____",
                      "Address: _____________________________", "Type: [ ] physical [ ] psychological [ ] financial "
                      "[ ] neglect [ ] organizational", "Description: ___________________", "Reporter signature: ____________"])
    else:
        title = c.L("Demande d'hébergement - formulaire vierge", "LTC application - blank form")
        fields = c.L(["Nom : ________  Prénom : ________", "No dossier : ________", "Profil ISO-SMAF : ___",
                      "Diagnostics principaux : __________", "Représentant légal : [ ] aucun [ ] mandataire [ ] tuteur [ ] curateur"],
                     ["Surname: ________  Given name: ________", "Chart no.: ________", "ISO-SMAF profile: ___",
                      "Main diagnoses: __________", "Legal representative: [ ] none [ ] mandatary [ ] tutor [ ] curator"])
    if c.chance(0.5):
        att = U.docx(U.safe_fn(c.rng, title[:40]) + '.docx', title, fields, author=malt.full)
    else:
        att = U.pdf(U.safe_fn(c.rng, title[:40]) + '.pdf', title, fields, author=malt.full)
    body = U.join(C.greeting(rng, c.lang), c.L("Voici la nouvelle version du formulaire (vierge) à utiliser dès maintenant. "
                                                "L'ancienne version doit être détruite.",
                                                "Here is the new (blank) version of the form, effective now. Please discard "
                                                "the old version."), malt.sig())
    return dict(from_=malt.pair, to=[("Intervenants", f"intervenants@{C.ORGS['ciusss']['dom']}")],
                subject=c.L("Nouveau formulaire", "New form") + ' - ' + title[:30], text=body, attachments=[att],
                note='blank form')


NEG_A = [
    ('staff_schedule', staff_schedule),
    ('staff_leave', staff_leave),
    ('occupational_health', occupational_health),
    ('volunteer_schedule', volunteer_schedule),
    ('volunteer_recruitment', volunteer_recruitment),
    ('facilities_notice', facilities_maintenance),
    ('it_notice', it_notice),
    ('asset_inventory', asset_inventory),
    ('purchase_order', purchase_order),
    ('product_recall', product_recall),
    ('newsletter', newsletter),
    ('committee_notice', committee_notice),
    ('residents_committee', residents_committee),
    ('quality_indicators', aggregate_stats),
    ('teaching_case', teaching_case),
    ('conference_program', conference_speaker),
    ('physician_directory', physician_directory),
    ('blank_form', blank_form),
]
