# -*- coding: utf-8 -*-
"""Positive templates, part A: family meetings, protection, abuse, housing, admissions, clinical."""
import datetime

import common as C
import tplutil as U


def family_meeting(c):
    rng = c.rng
    p = c.patient()
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    md = c.staff('md')
    csi = c.staff('csi')
    kin, rel = c.kin(p)
    when = c.earlier(20, 140)
    nm = c.name(p)
    dxs = c.dx(2)
    lvl = c.level()
    soc = c.social()
    points = [
        c.L(f"Présents : {kin} ({rel}), Dr {md.sur}, {csi.full} (CSI), {ts.full} (TS)",
            f"Present: {kin} ({rel}), Dr. {md.sur}, {csi.full} (unit manager), {ts.full} (SW)"),
        c.L(f"Rappel des diagnostics : {dxs[0]}; {dxs[1]}", f"Diagnoses reviewed: {dxs[0]}; {dxs[1]}"),
        c.L(f"Niveau d'intervention médicale discuté et confirmé : {lvl}",
            f"Goals of care discussed and confirmed: {lvl}"),
        c.L(f"Situation sociale : {soc}", f"Social situation: {soc}"),
    ]
    if c.chance(0.5):
        m = c.med()
        points.append(c.L(f"La famille questionne l'arrêt de {m}; Dr {md.sur} réévaluera.",
                          f"Family asked about stopping {m}; Dr. {md.sur} will reassess."))
    if c.chance(0.4):
        points.append(c.L("Prochaine rencontre dans 3 mois ou avant si changement de l'état.",
                          "Next meeting in 3 months or sooner if condition changes."))
    subj_opts = [c.L(f"CR rencontre famille - {nm}", f"Family meeting notes - {nm}"),
                 c.L(f"Rencontre interdisciplinaire / famille {p.surname}", f"IDT/family meeting {p.surname}"),
                 c.L(f"Suivi rencontre du {c.fdate(when)}", f"Follow-up: meeting of {c.fdate(when)}")]
    subject = rng.choice(subj_opts)
    intro = c.L(f"Voici le résumé de la rencontre tenue le {c.fdate(when)} concernant {nm}, ch. {p.room} ({p.unit}).",
                f"Here is the summary of the meeting held on {c.fdate(when)} about {nm}, room {p.room} ({p.unit}).")
    atts = []
    if c.chance(0.35):
        fn = U.safe_fn(c.rng, c.L(f"CR_rencontre_famille_{p.surname}_{when:%Y%m%d}.docx",
                           f"family_meeting_{p.surname}_{when:%Y%m%d}.docx"))
        atts.append(U.docx(fn, c.L("Compte rendu - rencontre famille", "Family meeting minutes"),
                           [c.L(f"Usager : {c.full(p)}", f"Resident: {c.full(p)}"),
                            c.L(f"Date : {c.fdate(when)}", f"Date: {c.fdate(when)}")] + ['- ' + x for x in points],
                           author=ts.full))
        body = U.join(C.greeting(rng, c.lang), intro,
                      c.L("Le compte rendu complet est en pièce jointe. Merci de le verser au dossier.",
                          "The full minutes are attached. Please file them in the chart."),
                      C.closing(rng, c.lang), ts.sig())
    else:
        body = U.join(C.greeting(rng, c.lang), intro, U.bullets(rng, points), C.closing(rng, c.lang), ts.sig())
    return dict(from_=ts.pair, to=[md.pair, csi.pair], subject=subject, text=c.typo(body), attachments=atts,
                note='family meeting summary')


def family_meeting_ics(c):
    rng = c.rng
    p = c.patient()
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    md = c.staff(rng.choice(['md', 'ger', 'csi']))
    kin, rel = c.kin(p)
    start = c.later(2, 12)
    end = start + datetime.timedelta(minutes=rng.choice([45, 60, 90]))
    who = c.name(p, rng.choice([1, 3, 4]))
    k = rng.randrange(3)
    if k == 0:
        d = c.dx()
        reason = c.L(f"discuter de l'hébergement permanent ({d})", f"discuss permanent placement ({d})")
    elif k == 1:
        d = c.dx()
        reason = c.L(f"révision du niveau de soins - {d}", f"goals-of-care review - {d}")
    else:
        reason = c.soc("plan d'intervention suite au signalement de maltraitance",
                       "agree on a care plan following an elder-abuse report")
    summary = c.L(f"Rencontre famille - {who}", f"Family meeting - {who}")
    desc = c.L(f"Rencontre avec {kin} ({rel}) pour {reason}.\nSalle 2.14, apporter le dossier.",
               f"Meeting with {kin} ({rel}) to {reason}.\nRoom 2.14, bring the chart.")
    att = U.ics('invite.ics', rng, uid=f"{rng.getrandbits(64):016x}@{c.dom}", summary=summary, start=start, end=end,
                description=desc, location=c.L('Salle de réunion 2.14', 'Meeting room 2.14'),
                organizer=(ts.full, ts.addr), attendees=[md.pair, c.staff('inf').pair])
    body = U.join(C.greeting(rng, c.lang),
                  c.L("Invitation pour la rencontre de famille, voir le fichier joint.",
                      "Invitation for the family meeting, see attached."), ts.sig(short=True))
    return dict(from_=ts.pair, to=[md.pair], subject=summary, text=body, attachments=[att],
                note='calendar invite naming resident and reason')


def guardianship_eval(c):
    rng = c.rng
    p = c.patient(nam=True)
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    org, dom, tel = C.EXT_ORGS['oppm']
    agent = (f"{rng.choice(C.STAFF_GIV)} {rng.choice(C.STAFF_SURN)}", None)
    agent = (agent[0], C.email_addr(*agent[0].split(' ', 1), dom))
    nm = c.full(p, title=True)
    kin, rel = c.kin(p)
    regime = c.pick([("ouverture d'une tutelle aux biens et à la personne", "tutorship to property and person"),
                     ("ouverture d'une tutelle aux biens", "tutorship to property"),
                     ("homologation d'un mandat de protection", "homologation of a protection mandate")])
    c.types.add('social_information')
    dx = c.dx()
    lab = c.lab() if c.chance(0.5) else None
    paras = [
        c.L(f"Nom : {nm}", f"Name: {nm}"),
        c.L(f"Date de naissance : {c.dob(p)}", f"Date of birth: {c.dob(p)}"),
        f"NAM / RAMQ : {c.nam(p)}",
        c.L(f"Milieu de vie : {c.orgname}, chambre {p.room}", f"Living setting: {c.orgname}, room {p.room}"),
        c.L(f"Régime demandé : {regime}", f"Requested regime: {regime}"),
        c.L(f"Diagnostic : {dx}" + (f" ({lab})" if lab else ''), f"Diagnosis: {dx}" + (f" ({lab})" if lab else '')),
        c.L(f"Contexte : {c.social()}. {kin} ({rel}) souhaite être nommé(e) tuteur/tutrice.",
            f"Context: {c.social()}. {kin} ({rel}) wishes to be appointed tutor."),
    ]
    fn = U.safe_fn(c.rng, c.L(f"Evaluation_psychosociale_{p.surname}_{p.given}.pdf", f"Psychosocial_assessment_{p.surname}.pdf"))
    att = U.pdf(fn, c.L("Évaluation psychosociale - régime de protection", "Psychosocial assessment - protection regime"),
                paras, author=ts.full, footer=c.L("Document confidentiel", "Confidential"))
    body_variants = [
        U.join(C.greeting(rng, c.lang, agent[0].split()[0]),
               c.L(f"Vous trouverez ci-joint l'évaluation psychosociale de {nm} dans le cadre de la demande "
                   f"d'{regime}. L'évaluation médicale suivra d'ici deux semaines.",
                   f"Please find attached the psychosocial assessment for {nm} in support of the application for "
                   f"{regime}. The medical assessment will follow within two weeks."),
               C.closing(rng, c.lang), ts.sig(disclaimer=True)),
        U.join(C.greeting(rng, c.lang),
               c.L("Tel que convenu au téléphone, voici le document pour le dossier de votre agent.",
                   "As agreed on the phone, here is the document for your officer's file."),
               c.L("Je reste disponible.", "I remain available."), ts.sig()),
    ]
    subject = rng.choice([c.L(f"Évaluation psychosociale - {p.surname.upper()}", f"Psychosocial assessment - {p.surname.upper()}"),
                          c.L("Demande d'ouverture de régime de protection", "Protection regime application"),
                          c.L("Documents - dossier protection", "Documents - protection file")])
    return dict(from_=ts.pair, to=[agent], subject=subject, text=rng.choice(body_variants), attachments=[att],
                note='psychosocial assessment for protection regime (PDF)')


def mandate_homologation(c):
    rng = c.rng
    p = c.patient()
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    org, dom, tel = C.EXT_ORGS['notaire']
    ng, ns = rng.choice(['Sophie', 'Marc-André', 'Line', 'Hugo']), rng.choice(['Archambault', 'Vézina'])
    notary = (f"Me {ng} {ns}", C.email_addr(ng, ns, dom))
    kin, rel = c.kin(p)
    nm = c.name(p, rng.choice([0, 1, 7]))
    lab = c.lab() if c.chance(0.6) else None
    orig_dt = c.earlier(24, 200)
    orig = U.join(c.L("Bonjour,", "Hello,"),
                  c.L(f"Nous représentons {kin}, mandataire désigné(e) dans le mandat de protection de {nm}. "
                      "Pourriez-vous nous confirmer si l'évaluation médicale et psychosociale a été complétée?",
                      f"We act for {kin}, the mandatary named in {nm}'s protection mandate. Could you confirm "
                      "whether the medical and psychosocial assessments have been completed?"),
                  f"{notary[0]}\n{org}\n{tel}")
    c.types.add('social_information')
    new = U.join(C.greeting(rng, c.lang, notary[0]),
                 c.L(f"Oui, les deux évaluations sont complétées. Le Dr {c.staff('ger').sur} conclut à une inaptitude "
                     f"totale et permanente ({c.dx()}" + (f", {lab}" if lab else '') + ").",
                     f"Yes, both assessments are complete. Dr. {c.staff('ger').sur} concludes to total and permanent "
                     f"incapacity ({c.dx()}" + (f", {lab}" if lab else '') + ")."),
                 c.L("Je vous les transmets par courrier recommandé cette semaine.",
                     "I will send them by registered mail this week."),
                 C.closing(rng, c.lang), ts.sig())
    subj = c.L(f"Mandat de protection - {nm}", f"Protection mandate - {nm}")
    text = C.compose_reply(rng, c.lang, new, orig, notary[0], notary[1], orig_dt, ts.full, subj)
    return dict(from_=ts.pair, to=[notary], subject=C.reply_subject(rng, c.lang, subj), text=c.typo(text),
                in_reply_to=True, note='reply to notary re mandate homologation, incapacity')


def abuse_report(c):
    rng = c.rng
    p = c.patient()
    src = c.staff(rng.choice(['ts', 'inf', 'ts_m', 'csi']))
    coord = c.staff('malt', org='ciusss')
    nm = c.full(p, title=c.chance(0.6))
    abuse = c.pick([
        ("financière : retraits répétés au guichet avec la carte de l'usagère par un proche",
         "financial: repeated ATM withdrawals with the resident's card by a relative"),
        ("psychologique : propos dénigrants et menaces d'abandon par le fils lors des visites",
         "psychological: belittling remarks and threats of abandonment by the son during visits"),
        ("physique : ecchymoses aux avant-bras constatées après une sortie dans la famille",
         "physical: bruises on both forearms noted after a home visit with family"),
        ("négligence : usager retrouvé souillé, sans nourriture, au domicile, par l'auxiliaire du SAD",
         "neglect: client found soiled and without food at home by the home-care aide"),
        ("organisationnelle : retards répétés de changement de culotte d'incontinence (> 6 h)",
         "organizational: repeated delays in incontinence care (> 6 h)"),
    ])
    c.types.add('social_information')
    items = [c.L(f"Personne aînée : {nm}", f"Older adult: {nm}"),
             c.L(f"Âge : {c.age_txt(p)}", f"Age: {c.age_txt(p)}")]
    if c.chance(0.5):
        items.append(c.L(f"Adresse : {c.address(p)}", f"Address: {c.address(p)}"))
    else:
        items.append(c.L(f"Milieu : {c.orgname}, ch. {p.room}", f"Setting: {c.orgname}, room {p.room}"))
    items.append(c.L(f"Type de maltraitance soupçonnée : {abuse}", f"Suspected abuse type: {abuse}"))
    if c.chance(0.6):
        items.append(c.L(f"Condition : {c.dx()}, aptitude à consentir douteuse",
                         f"Condition: {c.dx()}, capacity to consent doubtful"))
    items.append(c.L("Consentement de l'usager au signalement : non obtenu (inapte)",
                     "Client consent to report: not obtained (incapable)") if c.chance(0.5) else
                 c.L("Usager informé et consentant", "Client informed and consenting"))
    body = U.join(C.greeting(rng, c.lang),
                  c.L("Je vous transmets un signalement en vertu de la politique de lutte contre la maltraitance.",
                      "I am forwarding a report under our policy to counter mistreatment of older adults."),
                  U.bullets(rng, items),
                  c.L("Merci de m'indiquer les prochaines étapes (processus d'intervention concerté?).",
                      "Please advise next steps (coordinated intervention process?)."),
                  src.sig())
    subject = rng.choice([c.L("Signalement maltraitance - URGENT", "Elder abuse report - URGENT"),
                          c.L(f"Signalement - {p.surname}", f"Abuse report - {p.surname}"),
                          c.L("Signalement (confidentiel)", "Report (confidential)")])
    atts = []
    if c.chance(0.3):
        atts.append(U.docx(U.safe_fn(c.rng, f"signalement_{p.surname}.docx"), c.L("Formulaire de signalement", "Report form"),
                           items, author=src.full))
    return dict(from_=src.pair, to=[coord.pair], subject=subject, text=c.typo(body), attachments=atts,
                importance='High' if c.chance(0.4) else None, note='elder abuse report with victim identity')


def abuse_followup(c):
    rng = c.rng
    p = c.patient()
    coord = c.staff('malt', org='ciusss')
    ts = c.staff(rng.choice(['ts', 'ts_m']))
    nm = c.name(p)
    orig_dt = c.earlier(30, 300)
    soc = c.social()
    orig = U.join(c.L(f"Bonjour {coord.giv},", f"Hi {coord.giv},"),
                  c.L(f"Nouvelle information concernant {nm} : {soc}. La voisine a rappelé hier.",
                      f"New information regarding {nm}: {soc}. The neighbour called again yesterday."),
                  ts.giv)
    new = U.join(C.greeting(rng, c.lang, ts.giv),
                  rng.choice([c.L("Merci. On ouvre un processus d'intervention concerté; je contacte la police demain matin.",
                                  "Thanks. We are opening a coordinated intervention; I will contact police tomorrow morning."),
                              c.L("Bien reçu, je mets à jour le registre des signalements et je t'appelle.",
                                  "Received, I'm updating the report registry and will call you."),
                              c.L("ok merci, on en parle au comité jeudi", "ok thx, let's discuss at Thursday's committee")]),
                  coord.sig(short=True))
    subj = c.L("Suivi signalement", "Report follow-up") + rng.choice(['', f" {p.surname}", ' #' + str(rng.randrange(1000, 9999))])
    text = C.compose_reply(rng, c.lang, new, orig, ts.full, ts.addr, orig_dt, coord.full, subj)
    return dict(from_=coord.pair, to=[ts.pair], subject=C.reply_subject(rng, c.lang, subj), text=text,
                in_reply_to=True, note='abuse follow-up; details in quoted text')


def housing_application(c):
    rng = c.rng
    p = c.patient(old=c.chance(0.7))
    ts = c.staff(rng.choice(['ts', 'ts_m']), org='clsc')
    org, dom, tel = C.EXT_ORGS['omh']
    agent = ("Service des demandes", f"demandes@{dom}")
    nm = c.full(p, title=c.chance(0.4))
    rows = [c.L(f"Requérant(e) : {nm}", f"Applicant: {nm}")]
    if c.chance(0.7):
        rows.append(c.L(f"Date de naissance : {c.dob(p)}", f"Date of birth: {c.dob(p)}"))
    rows.append(c.L(f"Adresse actuelle : {c.address(p)}", f"Current address: {c.address(p)}"))
    if c.chance(0.6):
        rows.append(c.L(f"Téléphone : {c.tel(p)}", f"Phone: {c.tel(p)}"))
    if c.chance(0.45):
        rows.append(c.L(f"NAS : {c.sin(p)}", f"SIN: {c.sin(p)}"))
    inc = rng.randrange(14200, 23900)
    rows.append(c.soc(f"Revenu annuel : {inc:,} $ (PSV + SRG)".replace(',', ' '), f"Annual income: ${inc:,} (OAS + GIS)"))
    rows.append(c.L(f"Motif : {c.social()}", f"Reason: {c.social()}"))
    if c.chance(0.5):
        rows.append(c.L(f"Besoins particuliers : logement adapté (fauteuil roulant), {c.dx()}",
                        f"Special needs: wheelchair-accessible unit, {c.dx()}"))
    atts = []
    intro = c.L("Demande de logement à loyer modique - priorité pour motifs de santé et sécurité.",
                "Low-rent housing application - priority on health and safety grounds.")
    if c.chance(0.5):
        atts.append(U.pdf(U.safe_fn(c.rng, c.L(f"demande_HLM_{p.surname}.pdf", f"housing_application_{p.surname}.pdf")),
                          c.L("Demande de logement - attestation du CLSC", "Housing application - CLSC attestation"),
                          rows, author=ts.full))
        body = U.join(C.greeting(rng, c.lang), intro,
                      c.L(f"Formulaire et attestation en pièce jointe pour {nm}.", f"Form and attestation attached for {nm}."),
                      C.closing(rng, c.lang), ts.sig())
    else:
        body = U.join(C.greeting(rng, c.lang), intro, '\n'.join(rows), C.closing(rng, c.lang), ts.sig())
    subject = rng.choice([c.L("Demande HLM - priorité", "Housing application - priority"),
                          c.L(f"Demande de logement {p.surname}", f"Housing request {p.surname}"),
                          c.L("Dossier logement social", "Social housing file")])
    return dict(from_=ts.pair, to=[agent], subject=subject, text=body, attachments=atts,
                note='social housing application with applicant details')


def admission_case(c):
    rng = c.rng
    p = c.patient(nam=c.chance(0.7))
    liaison = c.staff('acces', org='ciusss')
    csi = c.staff('csi')
    smaf = rng.randrange(8, 14)
    items = [c.L(f"Nom : {c.roster(p)}", f"Name: {c.roster(p)}")]
    if p.nam and c.chance(0.85):
        items.append(f"NAM : {c.nam(p)}")
    items.append(c.L(f"DDN : {c.dob(p)}", f"DOB: {c.dob(p)}"))
    items.append(c.L(f"Provenance : {C.ORGS['hopital']['fr']} (NSA depuis {rng.randrange(12, 95)} jours)",
                     f"Coming from: {C.ORGS['hopital']['en']} (ALC for {rng.randrange(12, 95)} days)"))
    items.append(c.clin(f"Profil ISO-SMAF : {smaf}", f"ISO-SMAF profile: {smaf}"))
    items.append(c.L("Diagnostics : ", "Diagnoses: ") + '; '.join(c.dx(2)))
    if c.chance(0.6):
        items.append(c.L("Rx : ", "Meds: ") + ', '.join(c.med(3)))
    if c.chance(0.6):
        items.append(c.L("Enjeux : ", "Issues: ") + c.scpd())
    if c.chance(0.5):
        items.append(c.L("Social : ", "Social: ") + c.social())
    paras = items + [c.L("Orientation recommandée : CHSLD - unité prothétique", "Recommended: CHSLD - secure unit")]
    kind = rng.randrange(3)
    atts = []
    if kind == 0:
        atts.append(U.docx(U.safe_fn(c.rng, f"comite_admission_{p.surname}.docx"),
                           c.L("Présentation au comité d'admission", "Admissions committee presentation"), paras,
                           author=liaison.full))
        body = U.join(C.greeting(rng, c.lang), c.L("Dossier pour le comité de jeudi en pièce jointe.",
                                                    "File for Thursday's committee attached."), liaison.sig())
    elif kind == 1:
        atts.append(U.pdf(U.safe_fn(c.rng, f"OEMC_{p.surname}_{p.given}.pdf"),
                          c.L("Outil d'évaluation multiclientèle - résumé", "Multi-client assessment tool - summary"),
                          paras, author=liaison.full))
        body = U.join(C.greeting(rng, c.lang, csi.giv),
                      c.L(f"Voici le résumé OEMC pour {c.name(p, 1)}, candidat(e) pour le lit qui se libère au {p.unit}.",
                          f"Here is the assessment summary for {c.name(p, 1)}, candidate for the bed opening on {p.unit}."),
                      liaison.sig())
    else:
        body = U.join(C.greeting(rng, c.lang), c.L("Candidat proposé pour le prochain lit disponible :",
                                                    "Proposed candidate for next available bed:"),
                      '\n'.join(paras), c.L("Réponse svp d'ici vendredi.", "Please reply by Friday."), liaison.sig())
    subject = rng.choice([c.L("Comité d'admission - nouveau dossier", "Admissions committee - new file"),
                          c.L(f"Candidat lit {p.unit}", f"Bed candidate {p.unit}"),
                          c.L("Mécanisme d'accès - proposition", "Access mechanism - proposal")])
    return dict(from_=liaison.pair, to=[csi.pair], subject=subject, text=body, attachments=atts,
                note='admissions committee case presentation')


def admission_waitlist(c):
    rng = c.rng
    liaison = c.staff('acces', org='ciusss')
    dirc = c.staff('dir')
    n = rng.randrange(5, 10)
    head = c.L(["Nom", "Prénom", "NAM", "DDN", "Provenance", "SMAF", "Diagnostic principal", "Priorité"],
               ["Surname", "Given name", "RAMQ", "DOB", "From", "SMAF", "Main diagnosis", "Priority"])
    rows = [head]
    seen = set()
    for _ in range(n):
        p = c.patient(nam=True)
        if p.nam in seen:
            continue
        seen.add(p.nam)
        c.types.update(['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'])
        rows.append([p.surname.upper(), p.given, p.nam, p.dob.isoformat(),
                     rng.choice(['HRAH 4N', 'HRAH 6S', c.L('Domicile', 'Home'), 'RPA', 'RI']),
                     rng.randrange(7, 14), c.pick(C.DX), rng.choice(['1', '2', '2', '3'])])
    sheets = [(c.L('Liste attente', 'Waitlist'), rows),
              (c.L('Sommaire', 'Summary'), [[c.L('Total', 'Total'), len(rows) - 1],
                                             [c.L('Mise à jour', 'Updated'), c.date.date().isoformat()]])]
    att = U.xlsx(c.L(f"liste_attente_hebergement_{c.date:%Y-%m-%d}.xlsx", f"ltc_waitlist_{c.date:%Y-%m-%d}.xlsx"),
                 sheets, author=liaison.full)
    body = U.join(C.greeting(rng, c.lang),
                  c.L("Ci-joint la liste d'attente à jour pour le comité d'admission.",
                      "Attached is the updated waitlist for the admissions committee."),
                  c.L("Attention : fichier nominatif, ne pas transférer.", "Note: file contains names, do not forward.")
                  if c.chance(0.5) else '', liaison.sig())
    return dict(from_=liaison.pair, to=[dirc.pair, c.staff('csi').pair], subject=c.L(
        "Liste d'attente hébergement - mise à jour", "LTC waitlist - update"), text=body, attachments=[att],
        note='nominative waitlist spreadsheet')


def hospital_transfer(c):
    rng = c.rng
    p = c.patient()
    inf = c.staff('inf', org='hopital')
    csi = c.staff('csi')
    lines = [c.L("RÉSUMÉ DE TRANSFERT", "TRANSFER SUMMARY"),
             c.L(f"Usager : {c.roster(p)}   Dossier : {c.mrn(p)}", f"Patient: {c.roster(p)}   MRN: {c.mrn(p)}")]
    if c.chance(0.5):
        lines.append(c.L(f"DDN : {c.dob(p)}", f"DOB: {c.dob(p)}"))
    lines.append(c.L(f"Raison de l'hospitalisation : {c.dx()}", f"Reason for admission: {c.dx()}"))
    lines.append(c.L("Antécédents : ", "History: ") + ', '.join(c.dx(2)))
    lines.append(c.L("Médication au départ :", "Discharge medications:"))
    lines += ['  - ' + m for m in c.med(rng.randrange(3, 6))]
    lines.append(c.L("Derniers labos : ", "Latest labs: ") + ', '.join(c.lab(2)))
    if c.chance(0.5):
        lines.append(c.clin("Isolement contact : dépistage SARM positif (narines, J-3)",
                            "Contact isolation: MRSA screen positive (nares, D-3)", kind='lab_result'))
    when = c.later(1, 3)
    body = U.join(C.greeting(rng, c.lang, csi.giv),
                  c.L(f"Transfert prévu le {c.fdate(when)} en avant-midi vers votre unité.",
                      f"Transfer planned on {c.fdate(when)} in the morning to your unit."),
                  '\n'.join(lines), inf.sig())
    subject = rng.choice([c.L("Transfert HRAH -> CHSLD", "Transfer hospital -> LTC"),
                          c.L(f"Transfert {p.surname} - résumé", f"Transfer {p.surname} - summary")])
    return dict(from_=inf.pair, to=[csi.pair], subject=subject, text=body, note='hospital to CHSLD transfer summary')


def nursing_update(c):
    rng = c.rng
    p = c.patient()
    inf = c.staff(rng.choice(['inf', 'inf_aux']))
    md = c.staff('md')
    nm = c.name(p, rng.choice([0, 1, 2, 6]))
    evt = rng.choice([
        c.L(f"Chute cette nuit vers 3 h, trouvé(e) au sol près du lit. Douleur hanche gauche, raccourcissement du MI.",
            f"Fall overnight around 3 am, found on the floor by the bed. Left hip pain, limb shortening."),
        c.L(f"Augmentation des SCPD : {c.scpd()}.", f"Increase in BPSD: {c.scpd()}."),
        c.L(f"Plaie sacrée se détériore, mesure 4 x 3 cm, fond fibrineux.", "Sacral wound worsening, 4 x 3 cm, sloughy bed."),
        c.L(f"Désaturation 86 % AA, T 38,4, toux grasse.", f"Desaturation 86% RA, T 38.4, productive cough."),
    ])
    c.types.add('diagnosis')
    extra = []
    if c.chance(0.6):
        extra.append(c.L(f"A reçu {c.med()} à 22 h.", f"Received {c.med()} at 10 pm."))
    if c.chance(0.4):
        extra.append(c.L(f"Labo ce matin : {c.lab()}.", f"Labs this morning: {c.lab()}."))
    body = U.join(C.greeting(rng, c.lang, 'Dr ' + md.sur),
                  c.L(f"Pour info, {nm} (ch. {p.room}) :", f"FYI, {nm} (room {p.room}):"),
                  evt + (' ' + ' '.join(extra) if extra else ''),
                  c.L("PTI ajusté. Pouvez-vous passer l'évaluer?", "Care plan updated. Could you come and assess?"),
                  inf.sig())
    subject = rng.choice([c.L(f"{p.room} - {p.surname}", f"{p.room} - {p.surname}"),
                          c.L("Changement état ch. " + p.room, "Change in condition rm " + p.room),
                          c.L("Suivi PTI", "Care plan follow-up")])
    return dict(from_=inf.pair, to=[md.pair], subject=subject, text=c.typo(body, 0.4),
                note='nursing update on resident condition')


def pharmacy_review(c):
    rng = c.rng
    p = c.patient()
    ph = c.staff('pharm')
    md = c.staff(rng.choice(['md', 'ger']))
    nm = c.name(p, rng.choice([0, 3, 4]))
    if p.nam and c.chance(0.3):
        nm += f" (NAM {c.nam(p)})"
    meds = c.med(rng.randrange(3, 6))
    labs = c.lab(2)
    rows = [[c.L("Médicament", "Drug"), c.L("Recommandation", "Recommendation")]]
    for m in meds:
        rows.append([m, rng.choice([c.L("cesser", "stop"), c.L("poursuivre", "continue"), c.L("diminuer de 50 %", "reduce by 50%"),
                                    c.L("réévaluer dans 4 sem.", "reassess in 4 wks")])])
    body = U.join(C.greeting(rng, c.lang, 'Dr ' + md.sur),
                  c.L(f"Révision de la médication de {nm} dans le cadre de la déprescription ({c.dx()}).",
                      f"Medication review for {nm} as part of deprescribing ({c.dx()})."),
                  c.L("Labos récents : ", "Recent labs: ") + '; '.join(labs),
                  U.table_text(rows),
                  c.L("Merci de contresigner si vous êtes d'accord.", "Please co-sign if you agree."), ph.sig())
    return dict(from_=ph.pair, to=[md.pair], subject=c.L("Révision Rx - " + p.surname, "Med review - " + p.surname),
                text=body, mode=rng.choice(['alt', 'html', 'plain']), note='pharmacist medication review')


def lab_forward(c):
    rng = c.rng
    p = c.patient()
    inf = c.staff('inf')
    md = c.staff('md')
    lab_sender = ("Laboratoire HRAH", f"labo-resultats@{C.ORGS['hopital']['dom']}")
    ldt = c.earlier(2, 30)
    labs = c.lab(rng.randrange(2, 4))
    orig = U.join(c.L("RÉSULTATS DE LABORATOIRE - VALEURS CRITIQUES", "LABORATORY RESULTS - CRITICAL VALUES"),
                  c.L(f"Patient : {c.roster(p)}\nNo dossier : {c.mrn(p)}\nPrélevé le : {ldt:%Y-%m-%d %H:%M}",
                      f"Patient: {c.roster(p)}\nMRN: {c.mrn(p)}\nCollected: {ldt:%Y-%m-%d %H:%M}"),
                  '\n'.join(labs))
    new = U.join(C.greeting(rng, c.lang, 'Dr ' + md.sur),
                 rng.choice([c.L("Voir résultats ci-dessous, on ajuste quoi?", "See results below, what should we adjust?"),
                             c.L("Valeur critique reçue, j'ai gardé la dose de ce soir en suspens.",
                                 "Critical value received, I held tonight's dose.")]), inf.sig(short=True))
    subj = c.L("Résultats critiques", "Critical results")
    text = new + '\n\n' + C.forward_header(rng, c.lang, lab_sender[0], lab_sender[1], ldt + datetime.timedelta(hours=3),
                                           inf.addr, subj) + '\n\n' + orig
    return dict(from_=inf.pair, to=[md.pair], subject=C.fwd_subject(rng, c.lang, subj), text=text,
                note='forwarded critical lab results')


def transport_booking(c):
    rng = c.rng
    p = c.patient()
    agt = c.staff('agente')
    org, dom, tel = C.EXT_ORGS['transport']
    when = c.later(3, 20, hour=rng.choice([8, 9, 13]))
    nm = c.full(p, title=c.chance(0.5))
    dest = c.pick([("Clinique d'hémodialyse HRAH", "HRAH dialysis unit"), ("Ophtalmologie - injection intravitréenne",
                                                                            "Ophthalmology - intravitreal injection"),
                   ("Clinique mémoire, 3e étage", "Memory clinic, 3rd floor"), ("Radio-oncologie", "Radiation oncology")])
    c.types.add('diagnosis')
    items = [c.L(f"Client : {nm}", f"Client: {nm}"),
             c.L(f"Adresse de départ : {c.address(p)}", f"Pick-up address: {c.address(p)}"),
             c.L(f"Téléphone : {c.tel(p)}", f"Phone: {c.tel(p)}"),
             c.L(f"Destination : {dest}", f"Destination: {dest}"),
             c.L(f"Date/heure RDV : {c.fdate(when)} {when:%H:%M}", f"Appointment: {c.fdate(when)} {when:%H:%M}"),
             c.L(f"Mobilité : {rng.choice(['fauteuil roulant', 'marchette', 'civière'])}",
                 f"Mobility: {rng.choice(['wheelchair', 'walker', 'stretcher'])}")]
    if p.nam and c.chance(0.3):
        items.insert(1, c.L(f"NAM (facturation) : {c.nam(p)}", f"RAMQ no. (billing): {c.nam(p)}"))
    if c.chance(0.4):
        items.append(c.L(f"Note : {c.dx()}, accompagnement requis", f"Note: {c.dx()}, escort required"))
    body = U.join(C.greeting(rng, c.lang), c.L("Demande de transport adapté :", "Paratransit booking request:"),
                  '\n'.join(items), C.closing(rng, c.lang), agt.sig())
    return dict(from_=agt.pair, to=[("Réservations", f"reservation@{dom}")],
                subject=c.L("Réservation transport - ", "Transport booking - ") + p.surname, text=body,
                note='transport booking with client address and phone')


def home_care_referral(c):
    rng = c.rng
    p = c.patient()
    ts = c.staff(rng.choice(['ts', 'ts_m']), org='hopital')
    dest = c.staff('inf', org='clsc')
    nm = c.name(p, rng.choice([0, 2, 3]))
    items = [c.L(f"Usager : {nm}", f"Client: {nm}"), c.L(f"DDN : {c.dob(p)}", f"DOB: {c.dob(p)}") if c.chance(0.6) else None,
             c.L(f"Adresse : {c.address(p)}", f"Address: {c.address(p)}"),
             c.L(f"Tél. : {c.tel(p)}", f"Tel.: {c.tel(p)}") if c.chance(0.7) else None,
             c.L(f"Diagnostic : {c.dx()}", f"Diagnosis: {c.dx()}"),
             c.L(f"Situation : {c.social()}", f"Situation: {c.social()}"),
             c.L("Besoins : soins d'hygiène 3x/sem, surveillance Rx, répit proche aidant",
                 "Needs: personal care 3x/week, medication monitoring, caregiver respite")]
    items = [i for i in items if i]
    if c.chance(0.5):
        items.append(c.L(f"Dossier HRAH : {c.mrn(p)}", f"HRAH MRN: {c.mrn(p)}"))
    elif p.nam and c.chance(0.5):
        items.append(f"NAM : {c.nam(p)}")
    body = U.join(C.greeting(rng, c.lang), c.L("Référence au SAD en vue du congé prévu jeudi.",
                                                "Home-care referral ahead of Thursday's discharge."),
                  U.bullets(rng, items), ts.sig())
    return dict(from_=ts.pair, to=[dest.pair], subject=c.L("Référence SAD", "Home care referral") +
                rng.choice(['', ' - ' + p.surname, ' (congé jeudi)' if c.lang == 'fr' else ' (d/c Thursday)']),
                text=c.typo(body), note='home-care referral with address')


POS_A = [
    ('family_meeting', family_meeting),
    ('family_meeting_invite', family_meeting_ics),
    ('guardianship_assessment', guardianship_eval),
    ('protection_mandate', mandate_homologation),
    ('abuse_report', abuse_report),
    ('abuse_followup', abuse_followup),
    ('housing_application', housing_application),
    ('admission_case', admission_case),
    ('admission_waitlist', admission_waitlist),
    ('hospital_transfer', hospital_transfer),
    ('nursing_update', nursing_update),
    ('pharmacy_review', pharmacy_review),
    ('lab_forward', lab_forward),
    ('transport_booking', transport_booking),
    ('home_care_referral', home_care_referral),
]
