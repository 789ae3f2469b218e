"""Negative templates, part A: patient-flow work without any identifiable patient."""
import datetime

from gen_attach import csv_att, pdf_att, xlsx_att
from gen_clin import UNITS, addr_of, greet, inst, new_spec, sig
from gen_common import DOM, FLOW_EN, FLOW_FR, ORG_PHONE, d_en, d_fr


def n_overcap_stats(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('occupancy_stats', lang, "aggregate ED occupancy statistics")
    spec.sender = addr_of(ctx.manager)
    spec.to = [("Comité de direction" if lang == 'fr' else "Executive committee", "codir@" + DOM)]
    days = [when.date() - datetime.timedelta(days=i) for i in range(7, 0, -1)]
    hdr = (["Date", "Taux occupation urgence (%)", "Civières > 24 h", "Civières > 48 h", "DMS civière (h)", "Transferts sortants"]
           if lang == 'fr' else ["Date", "ED occupancy (%)", "Stretchers > 24 h", "Stretchers > 48 h", "Mean stay (h)", "Outbound transfers"])
    rows = [[d.isoformat(), r.randint(96, 182), r.randint(3, 19), r.randint(0, 8), round(r.uniform(11, 27), 1), r.randint(1, 9)]
            for d in days]
    mean = sum(x[1] for x in rows) / 7.0
    if lang == 'fr':
        spec.subject = "Indicateurs de la semaine - urgence et gestion des lits"
        spec.text = ("%s\n\nTaux moyen d'occupation de l'urgence : %.0f %%. %d transferts interétablissements, dont %d "
                     "aéromédicaux. Le détail est dans le fichier joint (données agrégées, aucune donnée nominative).\n\n%s\n"
                     % (greet('fr', r, "à tous"), mean, sum(x[5] for x in rows), r.randint(0, 4),
                        sig(ctx, ctx.manager, 'fr', "Gestionnaire, trajectoire patient", "")))
    else:
        spec.subject = "Weekly indicators - ED and bed management"
        spec.text = ("%s\n\nMean ED occupancy: %.0f%%. %d interfacility transfers, %d by air. Details in the attached "
                     "file (aggregate data only).\n\n%s\n" % (greet('en', r), mean, sum(x[5] for x in rows), r.randint(0, 4),
                                                              sig(ctx, ctx.manager, 'en', "", "Patient flow manager")))
    if r.chance(0.5):
        spec.attachments.append(xlsx_att("indicateurs_S%02d.xlsx" % r.randint(1, 12), [("Semaine", [hdr] + rows)]))
    else:
        spec.attachments.append(csv_att("indicators_week.csv" if lang == 'en' else "indicateurs_semaine.csv",
                                        [hdr] + [[str(c) for c in x] for x in rows], delim=';' if lang == 'fr' else ','))
    return spec


def n_huddle_agenda(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('huddle_summary', lang, "bed-flow huddle summary with counts only")
    spec.sender = addr_of(ctx.manager)
    spec.to = [("Chefs d'unité" if lang == 'fr' else "Unit managers", "chefs-unites@" + DOM)]
    lines = []
    for u in r.sample(UNITS, 6):
        if lang == 'fr':
            lines.append("%s : %d lits libres, %d congés prévus, %d NSA, %d isolement" % (u, r.randint(0, 3), r.randint(0, 5), r.randint(0, 4), r.randint(0, 3)))
        else:
            lines.append("%s: %d free beds, %d planned discharges, %d ALC, %d isolation" % (u, r.randint(0, 3), r.randint(0, 5), r.randint(0, 4), r.randint(0, 3)))
    if lang == 'fr':
        spec.subject = "Caucus de %d h - résumé%s" % (r.pick([9, 13, 17]), r.pick(["", " (sans données nominatives)", " - état des lits"]))
        spec.text = ("%s\n\nRésumé du caucus :\n%s\n\nUrgence : %d civières occupées, %d en attente de lit. "
                     "Rappel : les congés avant 11 h restent notre priorité. Merci aux équipes du 4N pour hier.\n\n%s\n"
                     % (greet('fr', r, "à tous"), "\n".join(lines), r.randint(24, 40), r.randint(6, 18),
                        sig(ctx, ctx.manager, 'fr', "Gestionnaire, trajectoire patient", "")))
    else:
        spec.subject = "%02d:00 huddle - summary%s" % (r.pick([9, 13, 17]), r.pick(["", " (no patient data)", " - bed status"]))
        spec.text = ("%s\n\nHuddle summary:\n%s\n\nED: %d stretchers occupied, %d waiting for a bed. Reminder: "
                     "discharges before 11:00 remain the priority. Thanks to the 4N team for yesterday.\n\n%s\n"
                     % (greet('en', r), "\n".join(lines), r.randint(24, 40), r.randint(6, 18),
                        sig(ctx, ctx.manager, 'en', "", "Patient flow manager")))
    return spec


def n_transfer_kpi(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('transfer_kpi', lang, "monthly transfer volumes by destination")
    spec.sender = addr_of(ctx.flow)
    spec.to = [addr_of(ctx.manager), addr_of(ctx.director)]
    dests = ['chu', 'card', 'neuro', 'peds', 'cusr', 'burn']
    rows = []
    for k in dests:
        n = r.randint(2, 48)
        rows.append((inst(k)[0], n, r.randint(35, 240), r.randint(0, min(n, 6))))
    cell = "<td style='padding:2px 8px;border:1px solid #bbb'>%s</td>"
    trs = "\n".join("<tr>%s</tr>" % "".join(cell % c for c in row) for row in rows)
    if lang == 'fr':
        hdr = ["Destination", "Transferts", "Délai médian acceptation-départ (min)", "Refus"]
        spec.subject = "Bilan mensuel des transferts - %s" % r.pick(["décembre", "janvier", "novembre"])
        intro = "Voici le bilan mensuel des transferts sortants. Le délai médian s'améliore pour l'hémodynamie."
    else:
        hdr = ["Destination", "Transfers", "Median acceptance-to-departure (min)", "Declined"]
        spec.subject = "Monthly transfer report - %s" % r.pick(["December", "January", "November"])
        intro = "Monthly outbound transfer report. Median delay is improving for the cath lab."
    th = "".join("<th style='padding:2px 8px;border:1px solid #bbb;background:#e8eef7'>%s</th>" % h for h in hdr)
    spec.html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                 "<p>%s</p>\n<p>%s</p>\n<table style='border-collapse:collapse'>\n<tr>%s</tr>\n%s\n</table>\n"
                 "<p>%s<br>%s<br>%s</p></body></html>\n" % (greet(lang, r), intro, th, trs, ctx.flow.full,
                                                            FLOW_FR if lang == 'fr' else FLOW_EN, ORG_PHONE))
    spec.prefer = r.pick(['html', 'alt'])
    return spec


def n_teaching_case(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('teaching_case', lang, "de-identified case for morbidity and mortality rounds")
    presenter = ctx.staff()
    spec.sender = addr_of(presenter)
    spec.to = [("Médecins - urgence" if lang == 'fr' else "ED physicians", "md-urgence@" + DOM)]
    case = r.pick([
        ("Un homme de 67 ans se présente avec une douleur thoracique de 2 h; STEMI inférieur. Délai porte-à-ballon de 190 min "
         "en raison d'un avion-ambulance indisponible (météo). Discussion : thrombolyse d'emblée?",
         "A 67-year-old man presents with 2 h of chest pain; inferior STEMI. Door-to-balloon 190 min because the air "
         "ambulance was grounded (weather). Discussion: should we have thrombolysed up front?"),
        ("Une femme de 81 ans sous apixaban chute; HSD de 9 mm. Refusée par deux centres, garde 30 h à l'urgence. "
         "Discussion : critères de transfert en neurochirurgie et rôle de l'andexanet.",
         "An 81-year-old woman on apixaban falls; 9 mm SDH. Declined by two centres, boarded 30 h. Discussion: "
         "neurosurgical transfer criteria and the role of andexanet."),
        ("Enfant de 3 ans, choc septique, transfert retardé de 4 h faute d'équipe pédiatrique. Leçons : préparer les "
         "perfusions en mL/h avant l'arrivée de l'équipe.",
         "A 3-year-old in septic shock; transfer delayed 4 h for lack of a paediatric team. Lessons: prepare infusions "
         "in mL/h before the team arrives."),
    ])
    if lang == 'fr':
        spec.subject = "Rencontre M&M du %s - cas anonymisé" % d_fr(when.date() + datetime.timedelta(days=7))
        spec.text = ("%s\n\nCas présenté à la prochaine rencontre de morbidité-mortalité (données dépersonnalisées) :\n\n"
                     "%s\n\nPrésentation : %s. Midi, salle B-214, lunch fourni.\n\n%s\n"
                     % (greet('fr', r, "à tous"), case[0], presenter.dr('fr'), sig(ctx, presenter, 'fr', "Responsable qualité, urgence", "")))
    else:
        spec.subject = "M&M rounds %s - de-identified case" % d_en(when.date() + datetime.timedelta(days=7))
        spec.text = ("%s\n\nCase for next morbidity & mortality rounds (de-identified):\n\n%s\n\nPresenter: %s. Noon, "
                     "room B-214, lunch provided.\n\n%s\n" % (greet('en', r), case[1], presenter.dr('en'),
                                                             sig(ctx, presenter, 'en', "", "ED quality lead")))
    return spec


def n_oncall(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('oncall_roster', lang, "on-call specialists and the conditions they accept")
    spec.sender = addr_of(ctx.agent)
    spec.to = [("Urgence - tous" if lang == 'fr' else "ED - all staff", "urgence@" + DOM), addr_of(ctx.flow)]
    items = [("cardiologie - STEMI, NSTEMI instables, tamponnade", "cardiology - STEMI, unstable NSTEMI, tamponade", 'card'),
             ("neurologie vasculaire - AVC aigu, thrombectomie", "stroke neurology - acute stroke, thrombectomy", 'neuro'),
             ("chirurgie vasculaire - anévrisme rompu, ischémie aiguë", "vascular surgery - ruptured aneurysm, acute limb ischemia", 'chu'),
             ("néphrologie - dialyse urgente, hyperkaliémie réfractaire", "nephrology - urgent dialysis, refractory hyperkalaemia", 'cusr'),
             ("pédiatrie - sepsis, acidocétose", "paediatrics - sepsis, DKA", 'peds'),
             ("grands brûlés - brûlures > 20 % SCT", "burns - > 20% TBSA", 'burn')]
    lines = []
    for fr, en, k in items:
        d = ctx.staff()
        lines.append("%s : %s (%s), téléavertisseur %d" % (fr, d.dr('fr'), inst(k)[0], r.randint(1000, 9999)) if lang == 'fr'
                     else "%s: %s (%s), pager %d" % (en, d.dr('en'), inst(k)[0], r.randint(1000, 9999)))
    wk = when.date()
    if lang == 'fr':
        spec.subject = "Garde des centres receveurs - semaine du %s" % d_fr(wk)
        spec.text = "%s\n\nGarde des spécialistes pour les transferts cette semaine :\n\n%s\n\nPassez toujours par le CCT pour ouvrir la demande.\n\n%s\n" % (
            greet('fr', r), "\n".join(lines), sig(ctx, ctx.agent, 'fr', "Agente administrative, trajectoire", ""))
    else:
        spec.subject = "Receiving centre on-call - week of %s" % d_en(wk)
        spec.text = "%s\n\nSpecialist on-call for transfers this week:\n\n%s\n\nAlways open the request through the TCC.\n\n%s\n" % (
            greet('en', r), "\n".join(lines), sig(ctx, ctx.agent, 'en', "", "Admin agent, patient flow"))
    return spec


def n_air_ops(ctx, lang, when):
    r = ctx.rng
    aname, adom = inst('air')
    ops = ctx.staff()
    spec = new_spec('air_ops_notice', lang, "air ambulance fleet availability notice")
    spec.sender = (ops.full, ops.email(adom))
    spec.to = [("Centres hospitaliers desservis" if lang == 'fr' else "Served hospitals", "partenaires@" + adom)]
    spec.cc = [addr_of(ctx.flow)]
    reg = "C-G%s" % "".join(r.pick("ABCDEFGHKLMNPRSTVWXZ") for _ in range(3))
    start = when + datetime.timedelta(days=r.randint(1, 5))
    if lang == 'fr':
        spec.subject = "Avis opérationnel - appareil %s hors service" % reg
        spec.text = ("%s\n\nL'appareil %s (Challenger 604 configuration médicale) sera en inspection du %s au %s. "
                     "Capacité réduite à un appareil pour les missions de priorité 1. Les missions non urgentes "
                     "(rapatriements) pourraient être reportées de 24 à 48 h. Piste de Val-des-Aulnes (CVA9) : "
                     "déneigement prioritaire confirmé.\n\n%s\n" % (greet('fr', r), reg, d_fr(start.date()),
                                                                     d_fr(start.date() + datetime.timedelta(days=4)),
                                                                     sig(ctx, ops, 'fr', "Répartiteur chef", "", 'air')))
    else:
        spec.subject = "Operational notice - aircraft %s out of service" % reg
        spec.text = ("%s\n\nAircraft %s (Challenger 604 medical configuration) will be in inspection from %s to %s. "
                     "Capacity reduced to one aircraft for priority 1 missions. Non-urgent missions (repatriations) may "
                     "be delayed 24-48 h. Val-des-Aulnes strip (CVA9): priority snow clearing confirmed.\n\n%s\n"
                     % (greet('en', r), reg, d_en(start.date()), d_en(start.date() + datetime.timedelta(days=4)),
                        sig(ctx, ops, 'en', "", "Chief dispatcher", 'air')))
    return spec


def n_amb_contract(ctx, lang, when):
    r = ctx.rng
    aname, adom = inst(r.pick(['amb', 'amb2']))
    rep = ctx.staff()
    spec = new_spec('ambulance_service_report', lang, "ambulance service performance report, aggregate")
    spec.sender = (rep.full, rep.email(adom))
    spec.to = [addr_of(ctx.manager)]
    if lang == 'fr':
        spec.subject = "Rapport trimestriel - transports interétablissements"
        spec.text = ("%s\n\nPour le trimestre : %d transports interétablissements, délai moyen de prise en charge %d min "
                     "(cible 30), %d transports avec infirmière d'escorte, %d annulations. Deux véhicules neufs "
                     "(unités 4417 et 4420) entrent en service le mois prochain.\n\n%s\n"
                     % (greet('fr', r), r.randint(180, 420), r.randint(22, 48), r.randint(30, 90), r.randint(5, 30),
                        sig(ctx, rep, 'fr', "Directeur des opérations", "", 'amb')))
    else:
        spec.subject = "Quarterly report - interfacility transports"
        spec.text = ("%s\n\nThis quarter: %d interfacility transports, mean pick-up delay %d min (target 30), %d with "
                     "escort nurse, %d cancellations. Two new units (4417 and 4420) enter service next month.\n\n%s\n"
                     % (greet('en', r), r.randint(180, 420), r.randint(22, 48), r.randint(30, 90), r.randint(5, 30),
                        sig(ctx, rep, 'en', "", "Operations director", 'amb')))
    return spec


def n_capacity_bulletin(ctx, lang, when):
    r = ctx.rng
    cname, cdom = inst('cct')
    spec = new_spec('regional_capacity', lang, "regional critical-care bed availability bulletin")
    spec.sender = ("CCT - bulletin", "bulletin@" + cdom)
    spec.to = [("Gestion des lits - établissements" if lang == 'fr' else "Bed management - facilities", "gestionlits@" + cdom)]
    rows = []
    for k in ['chu', 'card', 'neuro', 'peds', 'cusr', 'burn']:
        rows.append((inst(k)[0], r.randint(0, 4), r.randint(0, 3), r.pick(["vert", "jaune", "rouge"]) if lang == 'fr' else r.pick(["green", "yellow", "red"])))
    if lang == 'fr':
        spec.subject = "Bulletin de capacité régionale - %s %02d h" % (when.strftime("%d/%m"), when.hour)
        body = "\n".join("%-45s USI libres : %d  Lits monitorés : %d  Statut : %s" % row for row in rows)
        spec.text = "Bulletin automatisé - ne pas répondre.\n\n%s\n\nMise à jour aux 4 heures.\n" % body
    else:
        spec.subject = "Regional capacity bulletin - %s %02d:00" % (when.strftime("%m/%d"), when.hour)
        body = "\n".join("%-45s ICU free: %d  Monitored: %d  Status: %s" % row for row in rows)
        spec.text = "Automated bulletin - do not reply.\n\n%s\n\nUpdated every 4 hours.\n" % body
    return spec


def n_agreement_minutes(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('partnership_minutes', lang, "minutes of meeting with tertiary centre on transfer agreement")
    spec.sender = addr_of(ctx.manager)
    partner = ctx.staff()
    tname, tdom = inst(r.pick(['chu', 'card', 'neuro']))
    spec.to = [(partner.full, partner.email(tdom)), addr_of(ctx.director)]
    if lang == 'fr':
        spec.subject = "Compte rendu - entente de corridor de service avec %s" % tname
        spec.text = ("%s\n\nPrésents : %s, %s, %s (%s).\n\n1. Rapatriement : engagement de réponse en 4 h, y compris "
                     "la fin de semaine.\n2. Lits réservés : 2 lits de médecine pour les rapatriements les lundis.\n"
                     "3. Indicateur : %% de rapatriements en moins de 24 h (cible 80 %%).\n4. Prochaine rencontre : %s.\n\n%s\n"
                     % (greet('fr', r), ctx.manager.full, ctx.director.full, partner.full, tname,
                        d_fr(when.date() + datetime.timedelta(days=42)), sig(ctx, ctx.manager, 'fr', "Gestionnaire, trajectoire patient", "")))
    else:
        spec.subject = "Minutes - service corridor agreement with %s" % tname
        spec.text = ("%s\n\nPresent: %s, %s, %s (%s).\n\n1. Repatriation: answer within 4 h including weekends.\n"
                     "2. Reserved beds: 2 medicine beds for repatriations on Mondays.\n3. Indicator: %% of "
                     "repatriations within 24 h (target 80%%).\n4. Next meeting: %s.\n\n%s\n"
                     % (greet('en', r), ctx.manager.full, ctx.director.full, partner.full, tname,
                        d_en(when.date() + datetime.timedelta(days=42)), sig(ctx, ctx.manager, 'en', "", "Patient flow manager")))
    return spec


def n_conference(ctx, lang, when):
    r = ctx.rng
    aname, adom = inst('assoc')
    spec = new_spec('conference_programme', lang, "conference programme with speakers and topics")
    spec.sender = ("Colloque AQGL", "colloque@" + adom)
    spec.to = [addr_of(ctx.flow)]
    talks = [("Le patient NSA : sortir de l'impasse", "ALC patients: breaking the deadlock"),
             ("Transport aéromédical du patient intubé", "Air transport of the intubated patient"),
             ("Prédire les congés grâce à l'IA", "Predicting discharges with AI"),
             ("AVC : le corridor de thrombectomie en région", "Stroke: the rural thrombectomy corridor"),
             ("Sepsis pédiatrique : stabiliser avant de transférer", "Paediatric sepsis: stabilise before transfer")]
    lines = []
    for i, (fr, en) in enumerate(r.sample(talks, 4)):
        sp = ctx.staff()
        h = 9 + i
        if lang == 'fr':
            lines.append("%02d h 00 - %s - %s, %s" % (h, fr, ("Mme " if sp.sex == 'F' else "M. ") + sp.full if r.chance(0.5) else sp.dr('fr'),
                                                        inst(r.pick(['chu', 'card', 'cusr', 'air']))[0]))
        else:
            lines.append("%02d:00 - %s - %s, %s" % (h, en, sp.dr('en') if r.chance(0.5) else ("Ms. " if sp.sex == 'F' else "Mr. ") + sp.full,
                                                     inst(r.pick(['chu', 'card', 'cusr', 'air']))[0]))
    d = when.date() + datetime.timedelta(days=r.randint(30, 80))
    if lang == 'fr':
        spec.subject = "Programme - Colloque annuel de la gestion des lits, %s" % d_fr(d)
        body = "Colloque annuel - %s, Centre des congrès de Val-des-Aulnes\n\n%s\n\nInscription : 275 $ (membres 190 $)." % (d_fr(d), "\n".join(lines))
    else:
        spec.subject = "Programme - Annual bed management symposium, %s" % d_en(d)
        body = "Annual symposium - %s, Val-des-Aulnes Convention Centre\n\n%s\n\nRegistration: $275 (members $190)." % (d_en(d), "\n".join(lines))
    spec.text = body + "\n"
    spec.prefer = r.pick(['html', 'alt', None])
    if r.chance(0.4):
        spec.attachments.append(pdf_att("programme_colloque.pdf" if lang == 'fr' else "symposium_programme.pdf",
                                        "Colloque AQGL" if lang == 'fr' else "AQGL symposium", body.split("\n")))
    return spec


def n_surge_plan(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('surge_plan', lang, "surge plan activation notice without patient data")
    spec.sender = addr_of(ctx.director)
    spec.to = [("Gestionnaires" if lang == 'fr' else "Managers", "gestionnaires@" + DOM)]
    lvl = r.randint(2, 4)
    if lang == 'fr':
        spec.subject = "Plan de surcapacité - niveau %d activé" % lvl
        spec.text = ("%s\n\nLe plan de surcapacité est au niveau %d depuis %02d h. Mesures :\n- ouverture de 6 lits de "
                     "débordement (3N et salle de réveil)\n- report des chirurgies électives avec hospitalisation\n"
                     "- caucus aux 4 heures (9 h, 13 h, 17 h, 21 h)\n- renforts infirmiers sur appel\n\nAucune donnée "
                     "nominative ne doit circuler par courriel; utilisez FluxLits.\n\n%s\n"
                     % (greet('fr', r, "à tous"), lvl, when.hour, sig(ctx, ctx.director, 'fr', "Directeur des services hospitaliers", "")))
    else:
        spec.subject = "Surge plan - level %d activated" % lvl
        spec.text = ("%s\n\nSurge plan at level %d since %02d:00. Measures:\n- 6 surge beds opened (3N and PACU)\n"
                     "- elective surgeries requiring admission postponed\n- huddles every 4 hours (9, 13, 17, 21)\n"
                     "- nursing reinforcements on call\n\nNo patient-identifying data by e-mail; use FluxLits.\n\n%s\n"
                     % (greet('en', r), lvl, when.hour, sig(ctx, ctx.director, 'en', "", "Director of hospital services")))
    return spec
