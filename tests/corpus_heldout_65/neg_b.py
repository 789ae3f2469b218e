# -*- coding: utf-8 -*-
"""Negative templates, part B: policies, jobs, training, aggregates, resources, logistics threads."""
import datetime

import common as C
import tplutil as U


def _nm(c):
    return f"{c.rng.choice(C.STAFF_GIV)} {c.rng.choice(C.STAFF_SURN)}"


def policy_update(c):
    rng = c.rng
    d = c.staff('malt', org='ciusss')
    topic = rng.randrange(3)
    if topic == 0:
        subj = c.L("Politique de lutte contre la maltraitance - révision", "Policy to counter elder mistreatment - revision")
        pts = c.L(["Tout employé doit signaler sans délai une situation de maltraitance soupçonnée envers une personne "
                   "hébergée en CHSLD.", "Le signalement se fait au commissaire aux plaintes ou à la coordonnatrice.",
                   "Aucune mesure de représailles contre un déclarant de bonne foi."],
                  ["All staff must report without delay any suspected mistreatment of a person living in a CHSLD.",
                   "Reports go to the complaints commissioner or the coordinator.",
                   "No reprisals against anyone reporting in good faith."])
    elif topic == 1:
        subj = c.L("Régimes de protection : rappel des nouvelles dispositions", "Protection regimes: reminder of new provisions")
        pts = c.L(["La tutelle est désormais modulable selon les besoins de la personne.",
                   "La mesure d'assistance permet de désigner un assistant sans régime de protection.",
                   "L'évaluation psychosociale doit dater de moins de 6 mois au dépôt."],
                  ["Tutorship can now be tailored to the person's needs.",
                   "The assistance measure allows naming an assistant without a protection regime.",
                   "The psychosocial assessment must be less than 6 months old when filed."])
    else:
        subj = c.L("Contentions et mesures de contrôle - protocole", "Restraints and control measures - protocol")
        pts = c.L(["Toute contention doit être précédée de mesures de remplacement documentées.",
                   "Le consentement du représentant est requis en situation planifiée.",
                   "Révision de la pertinence à chaque quart."],
                  ["Any restraint must be preceded by documented alternative measures.",
                   "Consent of the representative is required in planned situations.",
                   "Reassess relevance every shift."])
    body = U.join(C.greeting(rng, c.lang), c.L("Principaux changements :", "Main changes:"), U.bullets(rng, pts),
                  c.L("La version intégrale est sur l'intranet.", "The full version is on the intranet."), d.sig())
    return dict(from_=d.pair, to=[("Tous", f"tous@{C.ORGS['ciusss']['dom']}")], subject=subj, text=body,
                note='policy update, generic')


def job_posting(c):
    rng = c.rng
    rh = c.staff('rh', org='ciusss')
    job = c.pick([("Travailleur(se) social(e) - hébergement", "Social worker - long-term care"),
                  ("Préposé(e) aux bénéficiaires - nuit", "Patient care attendant - nights"),
                  ("Infirmier(ère) clinicien(ne) - SAD", "Clinical nurse - home care"),
                  ("Technicien(ne) en loisirs", "Recreation technician")])
    num = f"{c.date.year}-{rng.randrange(1000, 9999)}"
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Affichage no {num} : {job}, poste permanent temps complet, {c.orgname}.",
                      f"Posting #{num}: {job}, permanent full-time, {c.orgname}."),
                  U.bullets(rng, c.L(["Exigence : membre de l'ordre professionnel (le cas échéant)",
                                      "Connaissance de l'approche milieu de vie et des SCPD, un atout",
                                      f"Échelle salariale : {rng.randrange(24, 32)},{rng.randrange(10, 99)} $ à {rng.randrange(40, 52)},{rng.randrange(10, 99)} $/h"],
                                     ["Requirement: member of the professional order (if applicable)",
                                      "Knowledge of the living-environment approach and BPSD an asset",
                                      f"Pay scale: ${rng.randrange(24, 32)}.{rng.randrange(10, 99)} to ${rng.randrange(40, 52)}.{rng.randrange(10, 99)}/h"])),
                  c.L("Date limite : 2 semaines après l'affichage.", "Deadline: 2 weeks after posting."), rh.sig())
    return dict(from_=rh.pair, to=[("Affichages", f"affichages@{C.ORGS['ciusss']['dom']}")],
                subject=c.L("Affichage de poste - ", "Job posting - ") + job, text=body,
                mode=rng.choice(['plain', 'alt', 'html']), note='job posting')


def training(c):
    rng = c.rng
    form = c.staff(rng.choice(['prev', 'csi', 'rh']))
    t = c.pick([("PDSB - principes de déplacement sécuritaire des bénéficiaires", "Safe patient handling (PDSB)"),
                ("Approche relationnelle de soins et SCPD", "Relational care approach and BPSD"),
                ("Prévention et contrôle des infections : EPI", "Infection prevention: PPE"),
                ("Repérer la maltraitance financière", "Spotting financial abuse")])
    when = c.later(7, 30, hour=rng.choice([8, 13]))
    att = U.ics('formation.ics', rng, uid=f"{rng.getrandbits(64):016x}@{c.dom}", summary=t, start=when,
                end=when + datetime.timedelta(hours=3), location=c.L("Salle de formation B-110", "Training room B-110"),
                organizer=(form.full, form.addr), description=c.L("Formation obligatoire - présence notée.",
                                                                  "Mandatory training - attendance recorded."))
    body = U.join(C.greeting(rng, c.lang), c.L(f"Formation « {t} » le {c.fday(when)}. Inscription auprès de votre chef d'unité.",
                                                f"Training '{t}' on {c.fday(when)}. Register with your unit manager."),
                  form.sig())
    return dict(from_=form.pair, to=[("Personnel soignant", f"soins@{c.dom}")], subject=c.L("Formation : ", "Training: ") + t,
                text=body, attachments=[att] if c.chance(0.6) else [], note='staff training notice')


def outbreak_aggregate(c):
    rng = c.rng
    prev = c.staff('prev')
    units = rng.sample(['2 Nord', '3 Est', '1 Sud', 'Lilas', 'Prothétique', '4e Ouest'], rng.randrange(1, 4))
    r, e = rng.randrange(3, 22), rng.randrange(1, 9)
    bug = c.pick([("COVID-19", "COVID-19"), ("influenza A", "influenza A"), ("gastro-entérite (norovirus présumé)",
                                                                              "gastroenteritis (presumed norovirus)")])
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Éclosion de {bug} en cours sur : {', '.join(units)}. Cumul : {r} résidents et {e} employés touchés.",
                      f"{bug} outbreak ongoing on: {', '.join(units)}. Total: {r} residents and {e} staff affected."),
                  U.bullets(rng, c.L(["Visites limitées à 1 proche aidant par résident", "Repas en chambre",
                                      "Port du masque et de la blouse pour tous les soins"],
                                     ["Visits limited to 1 caregiver per resident", "Meals served in rooms",
                                      "Mask and gown for all care"])), prev.sig())
    return dict(from_=prev.pair, to=[("Gestionnaires", f"gestionnaires@{c.dom}")],
                subject=c.L("Éclosion - mise à jour", "Outbreak update"), text=body, note='outbreak aggregates')


def housing_resources(c):
    rng = c.rng
    ts = c.staff(rng.choice(['ts', 'ts_m']), org='clsc')
    res = [(C.EXT_ORGS['omh'][0], C.EXT_ORGS['omh'][2]),
           (c.L("Résidence Les Jardins du Coteau (RPA, 120 unités)", "Les Jardins du Coteau (seniors' residence, 120 units)"),
            C.phone(rng, '819')),
           (c.L("Coopérative d'habitation Les Tilleuls", "Les Tilleuls Housing Co-op"), C.phone(rng, '819')),
           (C.EXT_ORGS['ligne'][0], C.EXT_ORGS['ligne'][2]),
           (c.L("Programme de supplément au loyer (PSL)", "Rent supplement program"), C.phone(rng, '450'))]
    body = U.join(C.greeting(rng, c.lang),
                  c.L("Comme demandé au caucus, voici la liste des ressources logement pour aînés du territoire :",
                      "As requested at the huddle, here is the list of seniors' housing resources in the territory:"),
                  '\n'.join(f"- {n} : {t}" if c.lang == 'fr' else f"- {n}: {t}" for n, t in res),
                  c.L("Les délais d'attente HLM sont d'environ 18 mois pour un 3 ½.",
                      "Waiting time for low-rent housing is about 18 months for a one-bedroom."), ts.sig())
    return dict(from_=ts.pair, to=[("Équipe psychosociale", f"psychosocial@{C.ORGS['clsc']['dom']}")],
                subject=c.L("Ressources logement aînés", "Seniors' housing resources"), text=body,
                note='generic housing resources')


def info_session(c):
    rng = c.rng
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    org = C.EXT_ORGS['notaire'][0]
    when = c.later(7, 30, hour=19)
    body = U.join(c.L("Chères familles,", "Dear families,"),
                  c.L(f"Séance d'information gratuite : « Mandat de protection, procuration et testament : ce qu'il faut "
                      f"savoir » le {c.fday(when)} à 19 h, animée par {org}.",
                      f"Free information session: 'Protection mandates, power of attorney and wills: what you need to know' "
                      f"on {c.fday(when)} at 7 pm, presented by {org}."),
                  c.L("Places limitées, réservez à la réception.", "Limited seating, book at reception."), ts.sig())
    return dict(from_=ts.pair, to=[("Familles", f"familles@{c.dom}")], subject=c.L("Séance d'information - mandats",
                                                                                   "Info session - mandates"),
                text=body, mode=rng.choice(['html', 'alt']), note='info session for families')


def management_minutes(c):
    rng = c.rng
    dirc = c.staff('dir')
    occ = rng.randrange(92, 100)
    nsa = rng.randrange(8, 45)
    paras = c.L([f"Taux d'occupation : {occ} %", f"Usagers NSA en attente d'hébergement au centre hospitalier : {nsa}",
                 f"Délai moyen d'accès : {rng.randrange(40, 190)} jours",
                 "Budget : dépassement de 3 % en heures supplémentaires (PAB)",
                 "Recrutement : 6 PAB embauchés, 2 postes de TS vacants"],
                [f"Occupancy: {occ}%", f"ALC patients awaiting placement at the hospital: {nsa}",
                 f"Average access delay: {rng.randrange(40, 190)} days", "Budget: 3% overrun on overtime (PCAs)",
                 "Recruitment: 6 PCAs hired, 2 SW positions vacant"])
    att = U.docx(c.L("PV_comite_direction.docx", "management_minutes.docx"), c.L("Procès-verbal - comité de direction",
                                                                                 "Minutes - management committee"),
                 ['- ' + p for p in paras], author=dirc.full)
    body = U.join(C.greeting(rng, c.lang), c.L("PV de la rencontre de gestion en pièce jointe.",
                                                "Minutes of the management meeting attached."), dirc.sig(short=True))
    return dict(from_=dirc.pair, to=[("Comité de direction", f"codir@{c.dom}")], subject=c.L("PV comité de direction",
                                                                                              "Management minutes"),
                text=body, attachments=[att], note='management minutes with aggregates')


def cafeteria_parking(c):
    rng = c.rng
    a = c.staff('agente')
    k = rng.randrange(2)
    if k == 0:
        subj = c.L("Stationnement - vignettes 2025", "Parking - 2025 permits")
        txt = c.L(f"Les vignettes de stationnement sont disponibles au bureau B-012. Tarif employé : {rng.randrange(20, 45)} $/mois. "
                  "Les familles des résidents en fin de vie bénéficient de la gratuité (voir le poste infirmier).",
                  f"Parking permits are available at office B-012. Staff rate: ${rng.randrange(20, 45)}/month. Families "
                  "of residents at end of life park for free (ask at the nursing station).")
    else:
        subj = c.L("Cafétéria - menu de la semaine", "Cafeteria - weekly menu")
        txt = c.L("Lundi : pâté chinois; mardi : poulet au beurre; mercredi : végé; jeudi : pâtes; vendredi : poisson. "
                  "Options sans gluten sur demande.", "Monday: shepherd's pie; Tuesday: butter chicken; Wednesday: veggie; "
                  "Thursday: pasta; Friday: fish. Gluten-free options on request.")
    return dict(from_=a.pair, to=[("Tous", f"tous@{c.dom}")], subject=subj, text=U.join(C.greeting(rng, c.lang), txt, a.sig()),
                note='cafeteria/parking notice')


def formulary_update(c):
    rng = c.rng
    ph = c.staff('pharm', org='hopital')
    items = c.L([f"Quétiapine : usage hors indication pour SCPD - réévaluation obligatoire après 12 semaines",
                 "Rivastigmine timbre : ajout au formulaire (démence d'Alzheimer légère à modérée)",
                 "Zopiclone : retiré de la liste des médicaments d'usage courant en CHSLD",
                 f"DIN {rng.randrange(2200000, 2499999):08d} remplace l'ancien format de mémantine 10 mg"],
                ["Quetiapine: off-label use for BPSD - mandatory reassessment after 12 weeks",
                 "Rivastigmine patch: added to formulary (mild to moderate Alzheimer's dementia)",
                 "Zopiclone: removed from LTC standard ward stock",
                 f"DIN {rng.randrange(2200000, 2499999):08d} replaces the former memantine 10 mg product"])
    body = U.join(C.greeting(rng, c.lang), c.L("Décisions du comité de pharmacologie :", "P&T committee decisions:"),
                  U.bullets(rng, items), ph.sig())
    return dict(from_=ph.pair, to=[("Médecins et infirmières", f"md-inf@{c.dom}")], subject=c.L("Formulaire - modifications",
                                                                                                 "Formulary changes"),
                text=body, note='formulary changes, no patient')


def equipment_loan(c):
    rng = c.rng
    a = c.staff('csi')
    b = c.staff('csi')
    tag = C.luhn_serial(rng, 9)
    orig = U.join(C.greeting(rng, c.lang, a.giv),
                  c.L(f"Pourrais-tu nous prêter votre matelas à air (actif {tag}) jusqu'à vendredi? Le nôtre est en réparation.",
                      f"Could you lend us your air mattress (asset {tag}) until Friday? Ours is being repaired."),
                  b.sig(short=True))
    new = U.join(rng.choice([c.L("Oui, passe le prendre au 3 Est après 14 h.", "Sure, pick it up on 3 East after 2 pm."),
                             c.L("Pas de problème, je le fais descendre par le préposé.", "No problem, I'll have an attendant bring it down.")]),
                 a.sig(short=True))
    subj = c.L("Prêt matelas thérapeutique", "Therapeutic mattress loan")
    return dict(from_=a.pair, to=[b.pair], subject=C.reply_subject(rng, c.lang, subj),
                text=C.compose_reply(rng, c.lang, new, orig, b.full, b.addr, c.earlier(1, 20), a.full, subj),
                in_reply_to=True, note='equipment loan between units, asset number')


def staff_vcard(c):
    rng = c.rng
    rh = c.staff('csi')
    new = c.staff(rng.choice(['ts', 'ts_m', 'nutr', 'ergo']))
    card = U.vcf(U.safe_fn(c.rng, f"{new.giv}_{new.sur}.vcf"), rng, fn=new.full, n=f"{new.sur};{new.giv};;;", org=c.orgname,
                 title=new.role_txt(), tels=[('WORK', C.ORGS[c.org]['tel'] + f" x{rng.randrange(2000, 7999)}")],
                 email=new.addr)
    body = U.join(C.greeting(rng, c.lang), c.L(f"Bienvenue à {new.full}, qui se joint à l'équipe comme {new.role_txt()}. "
                                                "Sa fiche contact est jointe.", f"Welcome to {new.full}, joining the team as "
                                                f"{new.role_txt()}. Contact card attached."), rh.sig(short=True))
    return dict(from_=rh.pair, to=[("Équipe", f"equipe@{c.dom}")], subject=c.L("Bienvenue ", "Welcome ") + new.giv,
                text=body, attachments=[card], note='staff vCard')


def policies_zip(c):
    rng = c.rng
    q = c.staff('dir')
    docs = c.L(["Procédure - prévention des chutes", "Procédure - gestion des SCPD", "Procédure - fin de vie en CHSLD"],
               ["Procedure - falls prevention", "Procedure - BPSD management", "Procedure - end of life in LTC"])
    files = []
    for d in docs:
        files.append((U.safe_fn(c.rng, d) + '.pdf', U.pdf('x.pdf', d, [c.L("Objectif : uniformiser les pratiques.", "Purpose: standardise practice."),
                                                                  c.L("Champ d'application : toutes les unités.", "Scope: all units.")],
                                                   author=q.full)['data']))
    att = U.zipf(c.L("procedures_hebergement.zip", "ltc_procedures.zip"), files)
    body = U.join(C.greeting(rng, c.lang), c.L("Les procédures révisées sont dans le zip ci-joint.",
                                                "The revised procedures are in the attached zip."), q.sig())
    return dict(from_=q.pair, to=[("Chefs d'unité", f"chefs-unite@{c.dom}")], subject=c.L("Procédures révisées", "Revised procedures"),
                text=body, attachments=[att], note='zip of procedures')


def room_booking(c):
    rng = c.rng
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    ag = c.staff('agente')
    when = c.later(1, 10)
    orig = U.join(C.greeting(rng, c.lang, ag.giv),
                  c.L(f"Peux-tu réserver la salle 2.14 le {c.fday(when)} de {when:%H}h à {when.hour + 1}h pour une rencontre "
                      "de famille? On sera 6 avec le médecin. Besoin du téléphone-conférence.",
                      f"Could you book room 2.14 on {c.fday(when)} from {when:%H}:00 to {when.hour + 1}:00 for a family "
                      "meeting? We'll be 6 with the physician. Need the conference phone."), ts.sig(short=True))
    new = U.join(rng.choice([c.L("C'est réservé. Code de la conférence : 555 0143 #.", "Booked. Conference code: 555 0143 #."),
                             c.L("La 2.14 est prise, je t'ai mis dans la 3.05.", "2.14 is taken, I put you in 3.05.")]),
                 ag.sig(short=True))
    subj = c.L("Réservation salle", "Room booking")
    return dict(from_=ag.pair, to=[ts.pair], subject=C.reply_subject(rng, c.lang, subj),
                text=C.compose_reply(rng, c.lang, new, orig, ts.full, ts.addr, c.earlier(1, 30), ag.full, subj),
                in_reply_to=True, note='room booking for unnamed family meeting')


def intern_schedule(c):
    rng = c.rng
    sup = c.staff(rng.choice(['ts', 'ts_m']))
    st = f"{rng.choice(C.STAFF_GIV_F)} {rng.choice(C.STAFF_SURN)}"
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"{st}, stagiaire en travail social (université), sera avec nous du lundi au mercredi jusqu'en avril. "
                      "Supervision : mercredi 13 h. Elle observera les rencontres d'accueil et le comité d'admission "
                      "(sans accès au DCI pour l'instant).", f"{st}, social work intern, will be with us Monday to "
                      "Wednesday until April. Supervision: Wednesday 1 pm. She will observe intake meetings and the "
                      "admissions committee (no EHR access for now)."), sup.sig())
    return dict(from_=sup.pair, to=[("Équipe psychosociale", f"psychosocial@{c.dom}")], subject=c.L("Stagiaire TS", "SW intern"),
                text=body, note='intern schedule')


def accreditation(c):
    rng = c.rng
    q = c.staff('dir')
    when = c.later(20, 60)
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Visite d'agrément prévue la semaine du {c.fdate(when)}. Les visiteurs pourront consulter des dossiers "
                      "au hasard : assurez-vous que les PTI, les bilans comparatifs des médicaments et les formulaires de "
                      "niveau de soins sont complets.", f"Accreditation survey scheduled for the week of {c.fdate(when)}. "
                      "Surveyors may review random charts: make sure care plans, medication reconciliations and "
                      "goals-of-care forms are complete."),
                  U.bullets(rng, c.L(["Pratiques organisationnelles requises : identification des usagers (2 identifiants)",
                                      "Prévention des chutes", "Hygiène des mains (taux actuel 78 %)"],
                                     ["Required organizational practices: client identification (2 identifiers)",
                                      "Falls prevention", "Hand hygiene (current rate 78%)"])), q.sig())
    return dict(from_=q.pair, to=[("Gestionnaires", f"gestionnaires@{c.dom}")], subject=c.L("Visite d'agrément", "Accreditation survey"),
                text=body, mode=rng.choice(['plain', 'alt']), note='accreditation notice')


def research_ethics(c):
    rng = c.rng
    cer = ("Comité d'éthique de la recherche", f"cer@{C.ORGS['ciusss']['dom']}")
    pi = c.staff('ger', org='hopital')
    proj = f"{c.date.year}-{rng.randrange(100, 999)}"
    body = U.join(c.L(f"Dr {pi.sur},", f"Dr. {pi.sur},"),
                  c.L(f"Le projet MP-{proj} « Effet d'un programme de marche sur les chutes en CHSLD » est approuvé. "
                      f"Échantillon prévu : {rng.randrange(60, 240)} résidents; seules des données dépersonnalisées "
                      "seront extraites (code d'étude).", f"Project MP-{proj} 'Effect of a walking programme on falls in "
                      f"LTC' is approved. Planned sample: {rng.randrange(60, 240)} residents; only de-identified data "
                      "will be extracted (study code)."), c.L("Rapport annuel exigé.", "Annual report required."),
                  "CER / REB")
    return dict(from_=cer, to=[pi.pair], subject=c.L("Approbation éthique MP-", "Ethics approval MP-") + proj, text=body,
                note='ethics approval, aggregate')


def bed_availability(c):
    rng = c.rng
    acc = c.staff('acces', org='ciusss')
    rows = [[c.L("Installation", "Facility"), c.L("Lits libres", "Free beds"), c.L("Type", "Type"), c.L("En attente", "Waiting")]]
    for k in ['erables', 'staubin', 'lavande', 'maplewood']:
        rows.append([C.ORGS[k][c.lang], rng.randrange(0, 4), rng.choice([c.L('régulier', 'regular'), c.L('prothétique', 'secure'),
                                                                          c.L('temporaire', 'respite')]), rng.randrange(5, 40)])
    atts = []
    if c.chance(0.4):
        atts.append(U.csv(f"lits_{c.date:%Y%m%d}.csv", rows, rng))
        table = c.L("Voir le fichier CSV joint.", "See attached CSV.")
    else:
        table = U.table_text(rows)
    body = U.join(C.greeting(rng, c.lang), c.L("État des lits en hébergement ce matin :", "LTC bed status this morning:"),
                  table, acc.sig(short=True))
    return dict(from_=acc.pair, to=[("Mécanisme d'accès", f"acces@{C.ORGS['ciusss']['dom']}")],
                subject=c.L("Lits disponibles", "Bed availability") + f" {c.date:%Y-%m-%d}", text=body,
                attachments=atts, mode=rng.choice(['alt', 'html', 'plain']), note='bed availability aggregates')


def staff_vaccination(c):
    rng = c.rng
    prev = c.staff('prev')
    rate = rng.randrange(38, 81)
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Taux de vaccination antigrippale du personnel : {rate} %. Cliniques mobiles sur les unités "
                      "mardi et jeudi. Les résidents sont vaccinés selon le consentement de leur représentant.",
                      f"Staff flu vaccination rate: {rate}%. Mobile clinics on units Tuesday and Thursday. Residents are "
                      "vaccinated according to their representative's consent."), prev.sig())
    atts = []
    if c.chance(0.6):
        rows = [[c.L("Unité", "Unit"), c.L("Employés", "Staff"), c.L("Vaccinés", "Vaccinated"), "%"]]
        for u in ['2 Nord', '3 Est', '1 Sud', 'Lilas', c.L('Nuit - volante', 'Night float')]:
            n = rng.randrange(20, 60)
            v = rng.randrange(8, n)
            rows.append([u, n, v, f"{100 * v / n:.0f}"])
        atts.append(U.csv(c.L("vaccination_personnel.csv", "staff_vaccination.csv"), rows, rng))
    return dict(from_=prev.pair, to=[("Tous", f"tous@{c.dom}")], subject=c.L("Vaccination antigrippale", "Flu vaccination"),
                text=body, attachments=atts, note='staff vaccination aggregate')


def vendor_forward_eml(c):
    rng = c.rng
    ap = c.staff('approv', org='ciusss')
    csi = c.staff('csi')
    vendor = rng.choice([("Fournitures Médicales Boréal", 'fmboreal.example'), ("Soins Continus Distribution", 'scdist.example')])
    rep = (f"{rng.choice(C.STAFF_GIV)} {rng.choice(C.STAFF_SURN)}", None)
    rep = (rep[0], C.email_addr(*rep[0].split(' ', 1), vendor[1]))
    order = C.luhn_serial(rng, 10)
    inner = U.join(c.L("Bonjour,", "Hello,"),
                   c.L(f"Votre commande {order} (culottes d'incontinence, crème barrière) est retardée de 10 jours en raison "
                       "d'une rupture chez le fabricant. Un produit équivalent peut être proposé.",
                       f"Your order {order} (incontinence briefs, barrier cream) is delayed by 10 days due to a manufacturer "
                       "backorder. An equivalent product can be offered."),
                   f"{rep[0]}\n{vendor[0]}\n{C.phone(rng, '514')}")
    att = U.eml(c, c.L("Retard de livraison.eml", "Delivery delay.eml"), rep, [ap.pair],
                c.L(f"Retard commande {order}", f"Order {order} delayed"), inner, c.earlier(3, 48))
    body = U.join(C.greeting(rng, c.lang, csi.giv),
                  c.L("Pour info, voir le courriel du fournisseur ci-joint. Je vous propose de puiser dans la réserve du 3 Est "
                      "d'ici là.", "FYI, see the vendor's e-mail attached. I suggest borrowing from 3 East's stock until then."),
                  ap.sig(short=True))
    return dict(from_=ap.pair, to=[csi.pair], subject=C.fwd_subject(rng, c.lang, c.L("Retard de livraison", "Delivery delay")),
                text=body, attachments=[att], note='vendor e-mail forwarded as attachment')


def foundation(c):
    rng = c.rng
    f = ("Fondation " + c.orgname, f"fondation@{c.dom}")
    goal = rng.randrange(20, 120) * 1000
    body = U.join(c.L("Bonjour,", "Hello,"),
                  c.L(f"La Fondation lance sa campagne annuelle : objectif {goal:,} $ pour l'achat de 10 lits électriques et "
                      "d'un bain thérapeutique. Reçus fiscaux émis pour tout don de 20 $ et plus.".replace(',', ' '),
                      f"The Foundation is launching its annual campaign: goal ${goal:,} to buy 10 electric beds and a "
                      "therapeutic bath. Tax receipts for donations of $20 or more."),
                  c.L(f"No d'organisme de bienfaisance : {C.luhn_serial(rng, 9)} RR0001",
                      f"Charitable registration no.: {C.luhn_serial(rng, 9)} RR0001"))
    return dict(from_=f, to=[("Donateurs", "donateurs@listes.example")], subject=c.L("Campagne annuelle", "Annual campaign"),
                text=body, mode=rng.choice(['html', 'alt']), note='foundation fundraising, charity number')


def drug_shortage(c):
    rng = c.rng
    ph = c.staff('pharm', org='hopital')
    drug = c.pick([("lorazépam 0,5 mg SL", "lorazepam 0.5 mg SL"), ("quétiapine 25 mg", "quetiapine 25 mg"),
                   ("furosémide injectable", "furosemide injection")])
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Rupture d'approvisionnement : {drug} (DIN {rng.randrange(2000000, 2499999):08d}) jusqu'à nouvel ordre. "
                      "Substitution automatique autorisée par le comité; aucune action requise pour les ordonnances en cours.",
                      f"Supply shortage: {drug} (DIN {rng.randrange(2000000, 2499999):08d}) until further notice. Automatic "
                      "substitution approved by the committee; no action needed for current orders."), ph.sig())
    return dict(from_=ph.pair, to=[("Unités de soins", f"unites@{c.dom}")], subject=c.L("Rupture - ", "Shortage - ") + drug,
                text=body, note='drug shortage notice')


def abuse_awareness(c):
    rng = c.rng
    m = c.staff('malt', org='ciusss')
    n = rng.randrange(40, 160)
    body = U.join(C.greeting(rng, c.lang),
                  c.L(f"Le 15 juin, Journée mondiale de sensibilisation à la maltraitance des aînés. L'an dernier, {n} "
                      "signalements ont été traités sur notre territoire, dont 41 % de nature financière. Kiosque à "
                      "l'entrée principale; portez le ruban mauve!", f"June 15 is World Elder Abuse Awareness Day. Last "
                      f"year {n} reports were handled in our territory, 41% of them financial. Booth at the main "
                      "entrance; wear the purple ribbon!"),
                  c.L(f"Ligne d'aide : {C.EXT_ORGS['ligne'][2]}", f"Help line: {C.EXT_ORGS['ligne'][2]}"), m.sig())
    return dict(from_=m.pair, to=[("Tous", f"tous@{C.ORGS['ciusss']['dom']}")], subject=c.L("15 juin - ruban mauve",
                                                                                             "June 15 - purple ribbon"),
                text=body, mode=rng.choice(['html', 'alt', 'plain']), note='awareness campaign with aggregates')


def letter_template(c):
    rng = c.rng
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    tpl = c.L("Madame, Monsieur,\n\nNous vous informons que [NOM DU RÉSIDENT] sera transféré(e) à l'unité [UNITÉ] le [DATE]. "
              "Une rencontre est prévue le [DATE RENCONTRE] afin de discuter du plan d'intervention.\n\n"
              "Veuillez agréer nos salutations distinguées.\n\n[NOM DE L'INTERVENANT]",
              "Dear Sir or Madam,\n\nPlease note that [RESIDENT NAME] will be moved to unit [UNIT] on [DATE]. A meeting "
              "is scheduled on [MEETING DATE] to discuss the care plan.\n\nSincerely,\n\n[WORKER NAME]")
    att = U.docx(c.L("gabarit_lettre_transfert.docx", "transfer_letter_template.docx"), c.L("Gabarit - lettre de transfert",
                                                                                          "Template - transfer letter"),
                 tpl.split('\n\n'), author=ts.full)
    body = U.join(C.greeting(rng, c.lang), c.L("Voici le gabarit de lettre à utiliser pour les transferts d'unité.",
                                                "Here is the letter template for unit transfers."), ts.sig(short=True))
    return dict(from_=ts.pair, to=[("Équipe psychosociale", f"psychosocial@{c.dom}")], subject=c.L("Gabarit lettre", "Letter template"),
                text=body, attachments=[att], note='letter template with placeholders')


NEG_B = [
    ('policy_update', policy_update),
    ('job_posting', job_posting),
    ('training_notice', training),
    ('outbreak_update', outbreak_aggregate),
    ('housing_resources', housing_resources),
    ('info_session', info_session),
    ('management_minutes', management_minutes),
    ('cafeteria_parking', cafeteria_parking),
    ('formulary_update', formulary_update),
    ('equipment_loan', equipment_loan),
    ('staff_vcard', staff_vcard),
    ('procedures_zip', policies_zip),
    ('room_booking', room_booking),
    ('intern_schedule', intern_schedule),
    ('accreditation', accreditation),
    ('research_ethics', research_ethics),
    ('bed_availability', bed_availability),
    ('staff_vaccination', staff_vaccination),
    ('foundation_campaign', foundation),
    ('drug_shortage', drug_shortage),
    ('abuse_awareness', abuse_awareness),
    ('letter_template', letter_template),
    ('vendor_forward_eml', vendor_forward_eml),
]
