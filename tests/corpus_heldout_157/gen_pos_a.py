"""Positive templates, part A: transfer requests, coordination centre, transport."""
import datetime

from gen_attach import csv_att, docx_att, ics_att, pdf_att, xlsx_att
from gen_clin import (census_pick, BARRIERS, SCENARIOS, SOCIAL_BARRIERS, UNITS, addr_of, choose_patient, closing,
                      contact, greet, ident, inst, mrn_str, new_spec, org, pname, quote, sig,
                      when_str)
from gen_common import DOM, d_fr, d_en, fmt_name, strip_accents


def _dest(scen, lang):
    name, dom = inst(scen['dest'])
    spec_fr = {'card': "hémodynamie", 'neuro': "neurologie vasculaire / neurochirurgie", 'chu': "soins intensifs",
               'peds': "soins intensifs pédiatriques", 'burn': "grands brûlés", 'cusr': "néphrologie"}[scen['dest']]
    spec_en = {'card': "cath lab", 'neuro': "stroke / neurosurgery", 'chu': "ICU", 'peds': "PICU",
               'burn': "burn unit", 'cusr': "nephrology"}[scen['dest']]
    return name, dom, spec_fr if lang == 'fr' else spec_en


def request_text(ctx, spec, p, scen, lang, doc, when, form=True):
    r = ctx.rng
    dname, ddom, dspec = _dest(scen, lang)
    idb = ident(spec, p, r, lang, layout='block' if form else r.pick(['inline', 'line']))
    spec.add('diagnosis', 'medication', 'lab_result')
    iso = r.pick(["aucun", "SARM connu", "ERV dépisté", "aucun"]) if lang == 'fr' else \
        r.pick(["none", "known MRSA", "VRE screen positive", "none"])
    if form:
        if lang == 'fr':
            return "\n".join([
                "DEMANDE DE TRANSFERT INTERÉTABLISSEMENT",
                "Établissement demandeur : %s (urgence)" % org(lang),
                "Destination souhaitée : %s - %s" % (dname, dspec),
                "Priorité : %s" % r.pick(["1 - immédiate", "1 - immédiate", "2 - urgente < 4 h"]),
                "", idb, "Âge : %d ans" % p.age, "",
                "Diagnostic : %s" % scen['fr'],
                "Signes vitaux : %s" % scen['vit'],
                "Résultats : %s" % scen['lfr'],
                "Traitement reçu : %s" % scen['mfr'],
                "Isolement : %s" % iso,
                "Médecin référent : %s, urgence, poste %d" % (doc.dr('fr'), r.randint(2200, 2299)),
                "Heure de la demande : %02d h %02d" % (when.hour, when.minute)])
        return "\n".join([
            "INTERFACILITY TRANSFER REQUEST",
            "Sending facility: %s (ED)" % org(lang),
            "Requested destination: %s - %s" % (dname, dspec),
            "Priority: %s" % r.pick(["1 - immediate", "2 - urgent < 4 h"]),
            "", idb, "Age: %d" % p.age, "",
            "Diagnosis: %s" % scen['en'], "Vitals: %s" % scen['vit'],
            "Results: %s" % scen['len'], "Treatment given: %s" % scen['men'],
            "Isolation: %s" % iso,
            "Referring MD: %s, Emergency, ext. %d" % (doc.dr('en'), r.randint(2200, 2299)),
            "Time of request: %02d:%02d" % (when.hour, when.minute)])
    if lang == 'fr':
        return ("On a ici %s, %d ans, qui se présente pour %s. %s. Labos : %s. "
                "Reçu : %s. Isolement : %s.\nOn aurait besoin d'un lit en %s le plus rapidement possible."
                % (idb, p.age, scen['fr'], scen['vit'], scen['lfr'], scen['mfr'], iso, dspec))
    return ("We have %s, %d y.o., presenting with %s. %s. Labs: %s. Given: %s. Isolation: %s.\n"
            "Requesting a %s bed as soon as possible." % (idb, p.age, scen['en'], scen['vit'], scen['len'],
                                                          scen['men'], iso, dspec))


def p_transfer_request(ctx, lang, when):
    r = ctx.rng
    scen = r.pick(SCENARIOS)
    p = choose_patient(ctx, scen)
    doc = ctx.ed_doc()
    spec = new_spec('transfer_request', lang, "ED transfer request to coordination centre")
    cname, cdom = inst('cct')
    spec.sender = addr_of(doc)
    spec.to = [("Centre de coordination des transferts" if lang == 'fr' else "Transfer Coordination Centre",
                "demandes@" + cdom)]
    spec.cc = [addr_of(ctx.flow)]
    as_pdf = r.chance(0.3)
    short = scen['fr' if lang == 'fr' else 'en'].split(',')[0].split(':')[0]
    subj_name = r.chance(0.35)
    if subj_name:
        sn = pname(spec, p, r, lang, r.pick(['initial_rev', 'upper', 'last_first_mixed']))
        spec.subject = ("Demande de transfert - %s - %s" if lang == 'fr' else "Transfer request - %s - %s") % (short, sn)
    else:
        spec.subject = ("URGENT demande de transfert : %s" if lang == 'fr' else "URGENT transfer request: %s") % short
    spec.add('diagnosis')
    body = request_text(ctx, spec, p, scen, lang, doc, when, form=not as_pdf or r.chance(0.5))
    if as_pdf:
        fn = ("Demande_transfert_%s.pdf" if lang == 'fr' else "Transfer_request_%s.pdf") % strip_accents(p.surname).upper()
        spec.names.append(p.surname)
        spec.attachments.append(pdf_att(fn, "Demande de transfert" if lang == 'fr' else "Transfer request",
                                        body.split("\n"), header=org(lang)))
        text = ("%s\n\nCi-joint la demande de transfert. Le patient est instable, SVP rappeler l'urgence dès "
                "que vous avez un centre receveur.\n\n%s\n\n%s" if lang == 'fr' else
                "%s\n\nTransfer request attached. Patient is unstable, please call the ED back as soon as "
                "you have an accepting centre.\n\n%s\n\n%s") % (greet(lang, r), closing(lang, r),
                                                                sig(ctx, doc, lang, "Urgentologue", "Emergency physician"))
    else:
        text = "%s\n\n%s\n\n%s\n\n%s" % (greet(lang, r), body, closing(lang, r),
                                         sig(ctx, doc, lang, "Urgentologue", "Emergency physician"))
    spec.text = text
    return spec


def p_cct_reply(ctx, lang, when):
    r = ctx.rng
    scen = r.pick(SCENARIOS)
    p = choose_patient(ctx, scen)
    doc = ctx.ed_doc()
    acc = ctx.staff()
    dname, ddom, dspec = _dest(scen, lang)
    spec = new_spec('cct_reply', lang, "coordination centre acceptance relayed with quoted request")
    num = "CCT-2025-%05d" % r.randint(100, 9999)
    req = request_text(ctx, spec, p, scen, lang, doc, when - datetime.timedelta(minutes=40), form=r.chance(0.6))
    eta = when + datetime.timedelta(minutes=r.randint(60, 180))
    spec.sender = addr_of(ctx.flow)
    spec.to = [addr_of(doc), ("Urgence HRVA", "urgence@" + DOM)]
    if lang == 'fr':
        spec.subject = "RE: Demande de transfert %s - ACCEPTÉ" % num
        top = ("%s\n\nLe CCT confirme : transfert accepté par %s (%s), %s. Dossier %s.\n"
               "Lit assigné : %s. Transport : %s, départ prévu vers %02d h %02d.\n"
               "Svp envoyer copie des imageries via le PACS régional et la feuille d'administration des médicaments.\n\n"
               "%s\n%s\n\n-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : Centre de coordination des transferts\n"
               "Objet : Demande de transfert\n\n" % (
                   greet(lang, r, doc.given), acc.dr('fr'), dspec, dname, num,
                   r.pick(["USI lit 6", "salle d'hémo 2 puis UCC", "unité 7B lit 14", "civière 3 à l'urgence"]),
                   r.pick(["ambulance avec infirmière d'escorte", "avion-ambulance Aéro-Médic Nord", "ambulance régulière"]),
                   eta.hour, eta.minute, closing(lang, r), ctx.flow.full, doc.full, when_str(when, 'fr')))
    else:
        spec.subject = "RE: Transfer request %s - ACCEPTED" % num
        top = ("%s\n\nTCC confirms: transfer accepted by %s (%s), %s. File %s.\n"
               "Bed: %s. Transport: %s, expected departure around %02d:%02d.\n"
               "Please push imaging through the regional PACS and send the MAR.\n\n%s\n%s\n\n"
               "-----Original Message-----\nFrom: %s\nSent: %s\nTo: Transfer Coordination Centre\n"
               "Subject: Transfer request\n\n" % (
                   greet(lang, r, doc.given), acc.dr('en'), dspec, dname, num,
                   r.pick(["ICU bed 6", "cath lab 2 then CCU", "ward 7B bed 14"]),
                   r.pick(["ground ambulance with escort RN", "Aero-Medic North fixed wing", "regular ambulance"]),
                   eta.hour, eta.minute, closing(lang, r), ctx.flow.full, doc.full, when_str(when, 'en')))
    spec.text = top + quote(req) + "\n"
    spec.in_reply = True
    return spec


def p_air_evac(ctx, lang, when):
    r = ctx.rng
    scen = r.pick([s for s in SCENARIOS if s['key'] in ('trauma', 'burn', 'sah', 'dissection', 'peds_sepsis', 'pe', 'stemi')])
    p = choose_patient(ctx, scen)
    aname, adom = inst('air')
    spec = new_spec('air_evac', lang, "air ambulance mission request")
    spec.sender = addr_of(ctx.flow)
    spec.to = [("Répartition Aéro-Médic Nord" if lang == 'fr' else "Aero-Medic North dispatch", "missions@" + adom)]
    weight = r.randint(14, 32) if p.age < 12 else r.randint(52, 128)
    dname, ddom, dspec = _dest(scen, lang)
    idl = ident(spec, p, r, lang, layout=r.pick(['block', 'line']))
    spec.add('diagnosis', 'medication')
    dep = when + datetime.timedelta(minutes=r.randint(90, 240))
    lab_in = r.chance(0.5)
    if lang == 'fr':
        lines = ["Mission demandée : %s -> %s (%s)" % (org('fr'), dname, dspec),
                 "Aéroport de départ : Val-des-Aulnes (CVA9), transfert ambulance hôpital-aéroport à organiser",
                 "Heure souhaitée : %02d h %02d" % (dep.hour, dep.minute), "", idl,
                 "Poids : %d kg" % weight, "Diagnostic : %s" % scen['fr'],
                 "Perfusions en cours : %s" % scen['mfr'],
                 "Ventilation : %s" % r.pick(["intubé, VAC FiO2 0,5", "O2 lunette 3 L", "AA", "BiPAP 12/6"]),
                 "Accompagnateur : %s" % r.pick(["inhalothérapeute", "infirmière de l'urgence", "aucun", "mère (enfant)"])]
        if lab_in:
            lines.append("Derniers résultats : %s" % scen['lfr'])
            spec.add('lab_result')
        spec.subject = "Demande de mission aéromédicale - %s" % r.pick(["priorité 1", "P1", "urgent", "priorité 2"])
        intro = "%s\n\nVoici la demande pour le patient accepté par le CCT. Confirmez-nous l'heure d'arrivée de l'équipage." % greet('fr', r)
    else:
        lines = ["Mission: %s -> %s (%s)" % (org('en'), dname, dspec),
                 "Departure airport: Val-des-Aulnes (CVA9), road transfer hospital-airport to be arranged",
                 "Requested time: %02d:%02d" % (dep.hour, dep.minute), "", idl,
                 "Weight: %d kg" % weight, "Diagnosis: %s" % scen['en'],
                 "Infusions running: %s" % scen['men'],
                 "Airway: %s" % r.pick(["intubated, AC FiO2 0.5", "NP 3 L", "room air", "BiPAP 12/6"]),
                 "Escort: %s" % r.pick(["RT", "ED nurse", "none", "mother (child)"])]
        if lab_in:
            lines.append("Latest results: %s" % scen['len'])
            spec.add('lab_result')
        spec.subject = "Air ambulance mission request - %s" % r.pick(["priority 1", "P1", "urgent", "priority 2"])
        intro = "%s\n\nRequest for the patient accepted by the TCC. Please confirm crew ETA." % greet('en', r)
    if r.chance(0.45):
        fn = ("Fiche_mission_%s.pdf" if lang == 'fr' else "Mission_sheet_%s.pdf") % when.strftime("%Y%m%d_%H%M")
        spec.attachments.append(pdf_att(fn, "Fiche de mission aéromédicale" if lang == 'fr' else "Air medical mission sheet",
                                        lines, header=org(lang)))
        body = intro + ("\n\nFiche de mission en pièce jointe." if lang == 'fr' else "\n\nMission sheet attached.")
    else:
        body = intro + "\n\n" + "\n".join(lines)
    spec.text = "%s\n\n%s\n%s\n" % (body, closing(lang, r), sig(ctx, ctx.flow, lang, "Coordonnatrice, gestion des lits",
                                                                 "Bed management coordinator"))
    return spec


def p_ambulance_booking(ctx, lang, when):
    r = ctx.rng
    p = choose_patient(ctx, None, holder=False)
    aname, adom = inst(r.pick(['amb', 'amb2']))
    spec = new_spec('ambulance_booking', lang, "ground ambulance booking for appointment")
    spec.sender = addr_of(ctx.agent)
    spec.to = [("Répartition" if lang == 'fr' else "Dispatch", "repartition@" + adom)]
    appt = datetime.datetime.combine(when.date() + datetime.timedelta(days=r.randint(1, 9)),
                                     datetime.time(r.pick([8, 9, 10, 13, 14]), r.pick([0, 15, 30])))
    dname, ddom = inst(r.pick(['chu', 'card', 'cusr', 'neuro']))
    proc_fr, proc_en = r.pick([("coronarographie", "coronary angiogram"), ("IRM cérébrale sous sédation", "brain MRI under sedation"),
                               ("TEP-scan", "PET scan"), ("consultation en chirurgie vasculaire", "vascular surgery clinic"),
                               ("séance de radiothérapie", "radiotherapy session"), ("biopsie hépatique", "liver biopsy")])
    room = "%s-%d" % (r.pick(UNITS[:5]), r.randint(1, 40))
    nm = pname(spec, p, r, lang)
    mrs = mrn_str(spec, p, r) if r.chance(0.6) else None
    iso = r.chance(0.3)
    if iso:
        spec.add('diagnosis')
    ox = r.chance(0.4)
    if ox:
        spec.add('medication')
    if lang == 'fr':
        lines = ["Patient : %s%s" % (nm, (" - dossier %s" % mrs) if mrs else ""),
                 "Chambre : %s" % room,
                 "Destination : %s, %s" % (dname, proc_fr),
                 "Rendez-vous : %s" % when_str(appt, 'fr'),
                 "Mobilité : %s" % r.pick(["civière", "fauteuil roulant", "civière, ne peut s'asseoir"]),
                 "Oxygène : %s" % ("2 L/min lunette" if ox else "non"),
                 "Isolement : %s" % ("contact - C. difficile" if iso else "aucun"),
                 "Retour : %s" % r.pick(["oui, même journée", "non", "à confirmer"])]
        spec.subject = "Réservation transport ambulancier %s" % appt.strftime("%d/%m")
        intro = "%s\n\nSvp réserver le transport suivant :" % greet('fr', r)
    else:
        lines = ["Patient: %s%s" % (nm, (" - MRN %s" % mrs) if mrs else ""),
                 "Room: %s" % room, "Destination: %s, %s" % (dname, proc_en),
                 "Appointment: %s" % when_str(appt, 'en'),
                 "Mobility: %s" % r.pick(["stretcher", "wheelchair", "stretcher, cannot sit"]),
                 "Oxygen: %s" % ("2 L/min NP" if ox else "no"),
                 "Isolation: %s" % ("contact - C. difficile" if iso else "none"),
                 "Return trip: %s" % r.pick(["yes, same day", "no", "tbc"])]
        spec.subject = "Ambulance booking %s" % appt.strftime("%m/%d")
        intro = "%s\n\nPlease book the following transport:" % greet('en', r)
    if r.chance(0.4):
        uid = "amb-%d@%s" % (r.randint(10000, 99999), DOM)
        summ = ("Transport ambulancier - %s" if lang == 'fr' else "Ambulance transport - %s") % nm
        spec.attachments.append(ics_att("rendez-vous.ics" if lang == 'fr' else "appointment.ics", uid,
                                        appt - datetime.timedelta(minutes=75), appt + datetime.timedelta(hours=2),
                                        summ, dname, "\n".join(lines), addr_of(ctx.agent)))
    spec.text = "%s\n\n%s\n\n%s\n%s\n" % (intro, "\n".join(lines), closing(lang, r),
                                          sig(ctx, ctx.agent, lang, "Agente administrative, trajectoire", "Admin agent, patient flow"))
    return spec


def p_repatriation(ctx, lang, when):
    r = ctx.rng
    rp = r.pick(__import__('gen_clin').REPAT)
    p = choose_patient(ctx, None, holder=r.chance(0.5))
    tname, tdom = inst(r.pick(['chu', 'card', 'neuro', 'cusr']))
    liaison = ctx.staff('F')
    spec = new_spec('repatriation', lang, "acceptance of repatriation to home hospital")
    spec.sender = addr_of(ctx.flow)
    spec.to = [(liaison.full, liaison.email(tdom))]
    spec.cc = [("Admission HRVA", "admission@" + DOM)]
    idb = ident(spec, p, r, lang, layout='block')
    spec.add('diagnosis', 'medication')
    bed = "%s-%d" % (r.pick(UNITS[:5]), r.randint(1, 40))
    arr = when.date() + datetime.timedelta(days=r.randint(0, 2))
    if lang == 'fr':
        req = ("Bonjour,\n\nNous demandons le rapatriement de votre usager :\n%s\n\nÉtat : %s\nMédication : %s\n"
               "Congé médical de notre côté dès que possible. Nous n'avons plus de civières disponibles.\n\n%s\n"
               "Infirmière de liaison, %s" % (idb, rp['fr'], rp['mfr'], liaison.full, tname))
        spec.subject = "RE: Demande de rapatriement - %s" % r.pick(["accepté", "lit disponible", "confirmé"])
        top = ("Bonjour %s,\n\nC'est accepté, nous avons un lit au %s pour le %s. Le Dr %s de garde en médecine "
               "est avisé. Merci de faxer la feuille sommaire et le profil pharmaceutique avant le départ, et de "
               "réserver le transport de votre côté.\n\n%s\n%s\n\n" % (
                   liaison.given, bed, d_fr(arr), ctx.staff().surname, closing('fr', r),
                   sig(ctx, ctx.flow, 'fr', "Coordonnatrice, gestion des lits", "")))
        spec.text = top + "Le %s, %s a écrit :\n" % (when_str(when - datetime.timedelta(hours=3), 'fr'), liaison.full) + quote(req) + "\n"
    else:
        req = ("Hello,\n\nWe are requesting repatriation of your patient:\n%s\n\nStatus: %s\nMedication: %s\n"
               "Medically cleared on our side. We are over capacity in the ED.\n\n%s\nLiaison nurse, %s"
               % (idb, rp['en'], rp['men'], liaison.full, tname))
        spec.subject = "RE: Repatriation request - %s" % r.pick(["accepted", "bed available", "confirmed"])
        top = ("Hi %s,\n\nAccepted - we have a bed on %s for %s. Dr. %s (medicine on call) is aware. Please fax "
               "the discharge summary and pharmacy profile before departure and book transport on your end.\n\n%s\n%s\n\n"
               % (liaison.given, bed, d_en(arr), ctx.staff().surname, closing('en', r),
                  sig(ctx, ctx.flow, 'en', "", "Bed management coordinator")))
        spec.text = top + "On %s, %s wrote:\n" % (when_str(when - datetime.timedelta(hours=3), 'en'), liaison.full) + quote(req) + "\n"
    return spec


def p_huddle_census(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('huddle_census', lang, "bed-flow huddle minutes with patient roster")
    spec.sender = addr_of(ctx.manager)
    spec.to = [("Chefs d'unité" if lang == 'fr' else "Unit managers", "chefs-unites@" + DOM)]
    spec.cc = [addr_of(ctx.flow)]
    rows = []
    n = r.randint(4, 8)
    header = (["Ch.", "Patient", "Problème", "Obstacle au congé", "DPD"] if lang == 'fr'
              else ["Room", "Patient", "Problem", "Discharge barrier", "EDD"])
    for i in range(n):
        p = choose_patient(ctx, None, holder=False)
        prob = census_pick(spec, r)
        bi = r.randrange(len(BARRIERS))
        if bi in SOCIAL_BARRIERS:
            spec.add('social_information')
        nm = pname(spec, p, r, lang, r.pick(['surname_first', 'last_first', 'initial', 'upper', 'title']))
        rows.append(["%s-%02d" % (r.pick(UNITS[:5]), r.randint(1, 40)), nm, prob[0 if lang == 'fr' else 1],
                     BARRIERS[bi][0 if lang == 'fr' else 1],
                     (when.date() + datetime.timedelta(days=r.randint(0, 6))).strftime("%d/%m")])
    spec.add('diagnosis')
    stats = ((("Occupation : %d %% | Civières à l'urgence : %d | Patients > 24 h : %d | Congés prévus : %d")
              if lang == 'fr' else ("Occupancy: %d%% | ED stretchers: %d | Patients > 24 h: %d | Planned discharges: %d"))
             % (r.randint(104, 131), r.randint(18, 34), r.randint(4, 15), r.randint(6, 20)))
    mode = r.pick(['html', 'text', 'xlsx'])
    if lang == 'fr':
        spec.subject = "Caucus de flux %s - compte rendu" % when.strftime("%d/%m %Hh%M")
        intro = "%s\n\nCompte rendu du caucus de %02d h %02d.\n%s\n\nPatients ciblés :" % (greet('fr', r, "à tous"), when.hour, when.minute, stats)
        outro = "Prochain caucus à 13 h 30. Merci de mettre à jour les DPD dans FluxLits."
    else:
        spec.subject = "Bed flow huddle %s - notes" % when.strftime("%m/%d %H:%M")
        intro = "%s\n\nNotes from the %02d:%02d huddle.\n%s\n\nTargeted patients:" % (greet('en', r), when.hour, when.minute, stats)
        outro = "Next huddle at 13:30. Please update EDDs in FluxLits."
    sg = sig(ctx, ctx.manager, lang, "Gestionnaire, trajectoire patient", "Patient flow manager")
    if mode == 'xlsx':
        spec.attachments.append(xlsx_att(("caucus_%s.xlsx" if lang == 'fr' else "huddle_%s.xlsx") % when.strftime("%Y%m%d"),
                                         [("Caucus" if lang == 'fr' else "Huddle", [header] + rows)]))
        spec.text = "%s\n(voir fichier joint)\n\n%s\n\n%s\n" % (intro, outro, sg) if lang == 'fr' else \
            "%s\n(see attached file)\n\n%s\n\n%s\n" % (intro, outro, sg)
    elif mode == 'html':
        th = "".join("<th style='border:1px solid #999;padding:3px'>%s</th>" % h for h in header)
        trs = "\n".join("<tr>%s</tr>" % "".join("<td style='border:1px solid #999;padding:3px'>%s</td>" % c for c in row) for row in rows)
        spec.html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                     "<p>%s</p>\n<table style='border-collapse:collapse'>\n<tr>%s</tr>\n%s\n</table>\n<p>%s</p><pre>%s</pre></body></html>\n"
                     % (intro.replace("\n", "<br>\n"), th, trs, outro, sg))
        spec.prefer = r.pick(['html', 'alt'])
    else:
        body = "\n".join(" | ".join(row) for row in rows)
        spec.text = "%s\n%s\n\n%s\n\n%s\n" % (intro, body, outro, sg)
    return spec


def p_boarding_list(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('boarding_list', lang, "overcapacity report with list of ED boarders")
    spec.sender = addr_of(ctx.flow2)
    spec.to = [addr_of(ctx.director), addr_of(ctx.manager)]
    header = (["Civière", "Nom", "Dossier", "Âge", "Diagnostic", "Heures sur civière", "Lit demandé"] if lang == 'fr'
              else ["Stretcher", "Name", "MRN", "Age", "Diagnosis", "Hours on stretcher", "Bed requested"])
    rows = []
    for i in range(r.randint(5, 11)):
        p = choose_patient(ctx, None, holder=False)
        dx = census_pick(spec, r)[0 if lang == 'fr' else 1]
        rows.append(["C%02d" % r.randint(1, 38), pname(spec, p, r, lang, r.pick(['last_first', 'last_first_mixed', 'upper'])),
                     mrn_str(spec, p, r), str(p.age), dx, str(r.randint(24, 96)),
                     r.pick(["Médecine", "Gériatrie", "USI", "Chirurgie", "Psychiatrie"]) if lang == 'fr'
                     else r.pick(["Medicine", "Geriatrics", "ICU", "Surgery", "Psychiatry"])])
    spec.add('diagnosis')
    occ = r.randint(135, 188)
    if lang == 'fr':
        spec.subject = "Rapport de débordement - urgence à %d %% - %s" % (occ, when.strftime("%d/%m"))
        txt = ("Bonsoir,\n\nL'urgence est à %d %% d'occupation (%d patients pour 32 civières). Plan de "
               "surcapacité niveau %d activé à %02d h %02d. Liste des patients de plus de 24 h en pièce jointe.\n"
               "Demande : ouvrir les 4 lits de débordement au 3N et devancer les congés.\n\n%s\n"
               % (occ, int(32 * occ / 100), r.randint(2, 3), when.hour, when.minute,
                  sig(ctx, ctx.flow2, 'fr', "Coordonnateur de soirée, gestion des lits", "")))
        fn = "patients_plus_24h_%s.csv" % when.strftime("%Y%m%d")
    else:
        spec.subject = "Overcapacity report - ED at %d%% - %s" % (occ, when.strftime("%m/%d"))
        txt = ("Good evening,\n\nThe ED is at %d%% occupancy (%d patients for 32 stretchers). Surge plan level %d "
               "activated at %02d:%02d. List of patients over 24 h attached.\nAsk: open the 4 surge beds on 3N "
               "and pull discharges forward.\n\n%s\n" % (occ, int(32 * occ / 100), r.randint(2, 3), when.hour, when.minute,
                                                          sig(ctx, ctx.flow2, 'en', "", "Evening bed coordinator")))
        fn = "patients_over_24h_%s.csv" % when.strftime("%Y%m%d")
    if r.chance(0.5):
        spec.attachments.append(csv_att(fn, [header] + rows, delim=';' if lang == 'fr' else ','))
    else:
        spec.attachments.append(xlsx_att(fn.replace('.csv', '.xlsx'), [("ED", [header] + rows)]))
    spec.text = txt
    return spec


def p_discharge_summary(ctx, lang, when):
    r = ctx.rng
    rp = r.pick(__import__('gen_clin').REPAT)
    p = choose_patient(ctx, None)
    doc = ctx.staff()
    hname, hdom = inst(r.pick(['sel', 'rao', 'clsc', 'chsld']))
    spec = new_spec('transfer_summary', lang, "interfacility transfer summary PDF to home facility")
    spec.sender = addr_of(ctx.agent)
    spec.to = [("Archives / admission", "admission@" + hdom)]
    adm = when.date() - datetime.timedelta(days=r.randint(3, 20))
    idb = ident(spec, p, r, lang, layout='block', mrn=True)
    spec.add('diagnosis', 'medication')
    lab = r.chance(0.6)
    if lang == 'fr':
        lines = ["## Identification"] + idb.split("\n") + [
            "## Séjour", "Admission : %s   Départ : %s" % (d_fr(adm), d_fr(when.date())),
            "Diagnostic principal : %s" % rp['fr'],
            "Antécédents : %s" % r.pick(["HTA, DB2, dyslipidémie", "MPOC, tabagisme actif", "FA, IRC stade 3", "aucun significatif"]),
            "## Médication au départ"] + rp['mfr'].split(", ") + ["## Suivi",
            "Revoir en clinique externe dans 4 à 6 semaines. Transport par ambulance vers %s." % hname,
            "Médecin traitant : %s" % doc.dr('fr')]
        if lab:
            lines.insert(-3, "Derniers labos : Hb %d, créat %d, K %.1f" % (r.randint(88, 140), r.randint(60, 180), r.uniform(3.4, 5.1)))
        title = "Résumé de transfert interétablissement"
        spec.subject = "Résumé de transfert - départ %s" % when.strftime("%d/%m")
        body = ("%s\n\nVeuillez trouver ci-joint le résumé de transfert de l'usager qui vous arrive aujourd'hui. "
                "Le profil pharmaceutique suit par fax.\n\n%s\n%s\n" % (greet('fr', r), closing('fr', r),
                                                                       sig(ctx, ctx.agent, 'fr', "Agente administrative", "")))
    else:
        lines = ["## Identification"] + idb.split("\n") + [
            "## Stay", "Admitted: %s   Departure: %s" % (d_en(adm), d_en(when.date())),
            "Principal diagnosis: %s" % rp['en'],
            "History: %s" % r.pick(["HTN, T2DM, dyslipidaemia", "COPD, active smoker", "AF, CKD 3", "nil significant"]),
            "## Discharge medication"] + rp['men'].split(", ") + ["## Follow-up",
            "Outpatient clinic in 4-6 weeks. Ambulance transport to %s." % hname,
            "Attending: %s" % doc.dr('en')]
        if lab:
            lines.insert(-3, "Last labs: Hb %d, creat %d, K %.1f" % (r.randint(88, 140), r.randint(60, 180), r.uniform(3.4, 5.1)))
        title = "Interfacility transfer summary"
        spec.subject = "Transfer summary - leaving %s" % when.strftime("%m/%d")
        body = ("%s\n\nPlease find attached the transfer summary for the patient arriving today. Pharmacy profile "
                "to follow by fax.\n\n%s\n%s\n" % (greet('en', r), closing('en', r), sig(ctx, ctx.agent, 'en', "", "Admin agent")))
    if lab:
        spec.add('lab_result')
    fn_style = r.pick(['name', 'plain', 'accent'])
    if fn_style == 'name':
        fn = "%s_%s_resume_transfert.pdf" % (strip_accents(p.surname).upper(), strip_accents(p.given)) if lang == 'fr' \
            else "%s_%s_transfer_summary.pdf" % (strip_accents(p.surname).upper(), strip_accents(p.given))
        spec.names.append(strip_accents(p.surname).upper())
    elif fn_style == 'accent':
        fn = ("Résumé transfert %s.pdf" if lang == 'fr' else "Transfer summary %s.pdf") % p.surname
    else:
        fn = "RT-%s.pdf" % when.strftime("%Y%m%d-%H%M")
    spec.attachments.append(pdf_att(fn, title, lines, header=org(lang)))
    if r.chance(0.3):
        spec.attachments.append(docx_att(("Note_infirmiere.docx" if lang == 'fr' else "Nursing_note.docx"),
                                         "Note infirmière de transfert" if lang == 'fr' else "Nursing transfer note",
                                         [("Usager : %s" if lang == 'fr' else "Patient: %s") % fmt_name(p, 'last_first', lang),
                                          ("Dernière dose : %s" if lang == 'fr' else "Last dose: %s") % (rp['mfr'] if lang == 'fr' else rp['men']).split(", ")[0],
                                          ("Autonome pour AVQ avec aide technique." if lang == 'fr' else "Independent ADLs with walker.")]))
        spec.names.append(fmt_name(p, 'last_first', lang))
    spec.text = body
    return spec


def p_consult_phone(ctx, lang, when):
    r = ctx.rng
    p = choose_patient(ctx, None, holder=False)
    doc = ctx.ed_doc()
    cons = ctx.staff()
    spec = new_spec('consult_note', lang, "telephone consult advice forwarded to ED physician")
    spec.sender = addr_of(ctx.flow)
    spec.to = [addr_of(doc)]
    sdh = r.randint(5, 14)
    nm = pname(spec, p, r, lang, r.pick(['title', 'initial', 'full', 'lower']))
    spec.add('diagnosis', 'medication', 'lab_result')
    mr = mrn_str(spec, p, r)
    if lang == 'fr':
        spec.subject = "Avis neurochirurgie - dossier %s" % mr
        spec.text = ("%s\n\nRetour d'appel du %s (neurochirurgie, %s) à %02d h %02d concernant %s :\n"
                     "- HSD aigu %d mm sans effet de masse significatif\n- pas d'indication chirurgicale pour l'instant\n"
                     "- cesser l'apixaban, vitamine K non requise, INR 1,2\n- scan de contrôle dans 24 h, appeler si GCS baisse\n"
                     "- pas de transfert; garder en observation chez nous\n\nJe l'ai noté au dossier. %s\n%s\n"
                     % (greet('fr', r, doc.given), cons.dr('fr'), inst('neuro')[0], when.hour, when.minute, nm, sdh,
                        closing('fr', r), sig(ctx, ctx.flow, 'fr', "Coordonnatrice, gestion des lits", "")))
    else:
        spec.subject = "Neurosurgery advice - chart %s" % mr
        spec.text = ("%s\n\nCall back from %s (neurosurgery, %s) at %02d:%02d re %s:\n"
                     "- acute SDH %d mm, no significant mass effect\n- no surgical indication for now\n"
                     "- hold apixaban, no vitamin K needed, INR 1.2\n- repeat CT in 24 h, call if GCS drops\n"
                     "- no transfer; keep for observation here\n\nDocumented in the chart. %s\n%s\n"
                     % (greet('en', r, doc.given), cons.dr('en'), inst('neuro')[0], when.hour, when.minute, nm, sdh,
                        closing('en', r), sig(ctx, ctx.flow, 'en', "", "Bed management coordinator")))
    return spec


def p_lab_followup(ctx, lang, when):
    r = ctx.rng
    p = choose_patient(ctx, None)
    tname, tdom = inst(r.pick(['chu', 'card', 'cusr', 'neuro']))
    micro = ctx.staff()
    spec = new_spec('lab_followup', lang, "culture result after transfer notified to receiving centre")
    spec.sender = addr_of(micro)
    spec.to = [("Prévention des infections" if lang == 'fr' else "Infection prevention", "pci@" + tdom)]
    spec.cc = [addr_of(ctx.flow)]
    org_fr, org_en = r.pick([("SARM", "MRSA"), ("ERV", "VRE"), ("Klebsiella pneumoniae productrice de carbapénémase (EPC)", "carbapenemase-producing Klebsiella (CPE)"),
                             ("C. difficile toxine positive", "C. difficile toxin positive"), ("Candida auris", "Candida auris")])
    idt = ident(spec, p, r, lang, layout=r.pick(['inline', 'block']))
    spec.add('lab_result')
    dt = when.date() - datetime.timedelta(days=r.randint(1, 4))
    if lang == 'fr':
        spec.subject = "Résultat positif - usager transféré chez vous le %s" % dt.strftime("%d/%m")
        spec.text = ("%s\n\nPour votre information, un prélèvement fait chez nous avant le transfert revient positif :\n\n"
                     "%s\nPrélèvement : %s du %s\nRésultat : %s\n\nL'usager n'était pas en isolement pendant le transport. "
                     "Merci d'aviser l'unité qui l'a reçu.\n\n%s\n%s\n"
                     % (greet('fr', r), idt, r.pick(["écouvillon rectal", "hémoculture", "dépistage nasal", "selles"]),
                        d_fr(dt), org_fr, closing('fr', r), sig(ctx, micro, 'fr', "Infirmière en prévention des infections", "")))
    else:
        spec.subject = "Positive result - patient transferred to you on %s" % dt.strftime("%m/%d")
        spec.text = ("%s\n\nFYI a specimen collected here before transfer came back positive:\n\n%s\nSpecimen: %s, %s\n"
                     "Result: %s\n\nThe patient was not on isolation during transport. Please notify the receiving unit.\n\n%s\n%s\n"
                     % (greet('en', r), idt, r.pick(["rectal swab", "blood culture", "nasal screen", "stool"]), d_en(dt), org_en,
                        closing('en', r), sig(ctx, micro, 'en', "", "Infection prevention nurse")))
    return spec


def p_imaging(ctx, lang, when):
    r = ctx.rng
    p = choose_patient(ctx, None)
    doc = ctx.ed_doc()
    tname, tdom = inst(r.pick(['neuro', 'chu']))
    spec = new_spec('imaging_share', lang, "imaging pushed to tertiary centre for transfer decision")
    spec.sender = addr_of(doc)
    spec.to = [("Neuroradiologie de garde" if lang == 'fr' else "On-call neuroradiology", "neurorad@" + tdom)]
    idt = ident(spec, p, r, lang, layout='line')
    spec.add('diagnosis', 'lab_result')
    find_fr, find_en = r.pick([("hémorragie intraparenchymateuse pariétale droite 32 mL", "right parietal intraparenchymal haemorrhage 32 mL"),
                               ("occlusion de la basilaire à l'angio-CT", "basilar occlusion on CTA"),
                               ("fracture C2 type II déplacée", "displaced type II C2 fracture"),
                               ("hématome épidural temporal 14 mm avec déviation 6 mm", "temporal epidural haematoma 14 mm with 6 mm shift")])
    acc = "A%d" % r.randint(1000000, 9999999)
    if lang == 'fr':
        spec.subject = "Images envoyées PACS - accession %s" % acc
        spec.text = ("%s\n\nImages envoyées via le PACS régional (accession %s) :\n%s\n\nLecture préliminaire : %s.\n"
                     "Pouvez-vous regarder rapidement et rappeler l'urgence pour la décision de transfert?\n\n%s\n%s\n"
                     % (greet('fr', r), acc, idt, find_fr, closing('fr', r), sig(ctx, doc, 'fr', "Urgentologue", "")))
    else:
        spec.subject = "Images pushed to PACS - accession %s" % acc
        spec.text = ("%s\n\nImages pushed through regional PACS (accession %s):\n%s\n\nPrelim read: %s.\n"
                     "Could you have a quick look and call the ED back re transfer?\n\n%s\n%s\n"
                     % (greet('en', r), acc, idt, find_en, closing('en', r), sig(ctx, doc, 'en', "", "Emergency physician")))
    return spec


def p_sign_out(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('sign_out', lang, "night coordinator sign-out of pending transfers")
    spec.sender = addr_of(ctx.flow2)
    spec.to = [addr_of(ctx.flow), ("Coordination de nuit" if lang == 'fr' else "Night coordination", "coordo-nuit@" + DOM)]
    lines = []
    for i in range(r.randint(3, 6)):
        scen = r.pick(SCENARIOS)
        p = choose_patient(ctx, scen, holder=False)
        nm = pname(spec, p, r, lang, r.pick(['upper', 'initial', 'surname_first', 'lower', 'given', 'title']))
        st = r.pick(["attend rappel CCT", "accepté, attend avion", "refusé CHU, on réessaie à 7 h", "ambulance réservée 06 h 30"]) if lang == 'fr' \
            else r.pick(["awaiting TCC callback", "accepted, waiting for plane", "declined by CHU, retry at 07:00", "ambulance booked 06:30"])
        dx = scen['fr' if lang == 'fr' else 'en'].split(',')[0]
        lines.append("- C%02d %s, %d%s, %s : %s" % (r.randint(1, 38), nm, p.age, "a" if lang == 'fr' else "y", dx, st))
    spec.add('diagnosis')
    if lang == 'fr':
        spec.subject = "Passation de garde - transferts en cours %s" % when.strftime("%d/%m")
        spec.text = ("Salut,\n\nVoici où on en est pour les transferts :\n%s\n\nLits libres : 3N-12, 4S-07 (isolement). "
                     "Rien au 5N.\nBonne nuit!\n%s\n" % ("\n".join(lines), ctx.flow2.given))
    else:
        spec.subject = "Sign-out - pending transfers %s" % when.strftime("%m/%d")
        spec.text = ("Hi,\n\nWhere we are with transfers:\n%s\n\nFree beds: 3N-12, 4S-07 (isolation). Nothing on 5N.\n"
                     "Good night!\n%s\n" % ("\n".join(lines), ctx.flow2.given))
    return spec
