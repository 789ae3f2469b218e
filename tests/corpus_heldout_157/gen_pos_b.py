"""Positive templates, part B: repatriation paperwork, social work, forms, odd placements."""
import datetime

from gen_attach import docx_att, eml_att, ics_att, pdf_att, vcf_att, xlsx_att, zip_att, make_pdf, make_csv
from gen_clin import (census_pick, REPAT, SCENARIOS, UNITS, addr_of, choose_patient, closing, contact, dob_s, greet,
                      ident, inst, mrn_str, nam_str, new_spec, org, pname, sig, when_str)
from gen_common import (BE_SURNAMES, DOM, FR_SURNAMES, d_en, d_fr, fmt_name, fmt_niss, fmt_nir, fmt_ohip,
                        fmt_sin, home_address, make_niss, make_nir, make_ohip, make_sin, phone_styled,
                        strip_accents)
from gen_pos_a import request_text


def p_insurer_oop(ctx, lang, when):
    """Travel-assistance insurer: Belgian (NISS) or French (NIR) visitor, in French; Ontario in English."""
    r = ctx.rng
    scen = r.pick([s for s in SCENARIOS if s['key'] in ('stemi', 'nstemi', 'trauma', 'pe', 'gibleed', 'stroke', 'dissection')])
    spec = new_spec('insurer_repatriation', lang, "travel insurer repatriation request for visitor")
    if lang == 'fr':
        ctx.foreign = getattr(ctx, 'foreign', 0) + 1
        country = 'be' if ctx.foreign % 2 else 'fr'
        p = ctx.people.patient(sex=scen['sex'], age=r.randint(*scen['ages']), pool=BE_SURNAMES if country == 'be' else FR_SURNAMES)
        if country == 'be':
            v = make_niss(r, p.dob, p.sex)
            ids = fmt_niss(v, r.pick(['plain', 'official', 'space', 'dash']))
            spec.add('be_niss')
            spec.ids.append(('be_niss', ids))
            iname, idom = inst('be_ins')
            idlabel = "NISS"
        else:
            v = make_nir(r, p.dob, p.sex)
            ids = fmt_nir(v, r.pick(['plain', 'space', 'dots', 'key']))
            spec.add('fr_nir')
            spec.ids.append(('fr_nir', ids))
            iname, idom = inst('fr_ins')
            idlabel = "N° de sécurité sociale"
        nm = pname(spec, p, r, 'fr', r.pick(['upper', 'last_first', 'title_full']))
        dob = dob_s(spec, p, r, 'fr')
        spec.add('diagnosis', 'medication')
        case = "DOS-%d" % r.randint(100000, 999999)
        spec.sender = addr_of(ctx.manager)
        spec.to = [("Plateau médical - " + iname, "plateau@" + idom)]
        spec.subject = "Votre dossier %s - rapatriement sanitaire" % case
        spec.text = ("Madame, Monsieur,\n\nSuite à votre appel, voici les renseignements médicaux demandés pour "
                     "organiser le rapatriement de votre assuré(e) :\n\nNom : %s\nDate de naissance : %s\n%s : %s\n"
                     "Admission : %s, %s\nDiagnostic : %s\nTraitement : %s\nÉtat actuel : %s\n"
                     "Aptitude au vol commercial : %s\n\nNotre médecin traitant est disponible pour un échange de "
                     "médecin à médecin. Les frais d'hospitalisation non-résident seront facturés directement à votre "
                     "organisme.\n\nCordialement,\n%s\n" % (
                         nm, dob, idlabel, ids, d_fr(when.date() - datetime.timedelta(days=r.randint(2, 9))), org('fr'),
                         scen['fr'], scen['mfr'], r.pick(["stable, ambulant", "stable, O2 2 L", "en réadaptation"]),
                         r.pick(["oui avec escorte médicale, civière", "non pour 10 jours", "oui, siège + oxygène"]),
                         sig(ctx, ctx.manager, 'fr', "Gestionnaire, trajectoire patient", "")))
        if r.chance(0.5):
            spec.attachments.append(pdf_att("Rapport_medical_%s.pdf" % case, "Rapport médical - assistance rapatriement",
                                            ["Assuré : %s" % nm, "Né(e) le : %s" % dob, "%s : %s" % (idlabel, ids),
                                             "Diagnostic : %s" % scen['fr'], "Résultats : %s" % scen['lfr']], header=org('fr')))
            spec.add('lab_result')
    else:
        p = ctx.people.patient(sex=scen['sex'], age=r.randint(*scen['ages']))
        v = make_ohip(r)
        vc = r.pick(["", "AB", "KT", "XY"])
        ids = fmt_ohip(v, r.pick(['plain', 'space', 'dash', 'slash', 'wide']), vc or None)
        spec.add('ca_health_number', 'diagnosis')
        spec.ids.append(('ca_health_number', ids.split(' ' + vc)[0] if vc else ids))
        iname, idom = inst('ins')
        nm = pname(spec, p, r, 'en', r.pick(['full', 'last_first', 'title_full']))
        case = "BA-%d" % r.randint(100000, 999999)
        spec.sender = addr_of(ctx.manager)
        spec.to = [("Medical assistance - " + iname, "assistance@" + idom)]
        spec.subject = "Claim %s - out-of-province patient, repatriation to Ontario" % case
        dob = dob_s(spec, p, r, 'en') if r.chance(0.6) else None
        spec.text = ("Hello,\n\nAs requested, details for your insured, currently admitted here:\n\nName: %s\n%s"
                     "Ontario Health Number: %s\nDiagnosis: %s\nCourse: %s\nFit to fly: %s\n\n"
                     "Please confirm the repatriation plan (%s) and the guarantee of payment; our finance office "
                     "will invoice the out-of-province rate.\n\n%s\n%s\n" % (
                         nm, ("DOB: %s\n" % dob) if dob else "", ids, scen['en'],
                         r.pick(["stable after treatment", "improving, ambulating", "stable, walking with a cane"]),
                         r.pick(["yes with medical escort", "not for 7 days", "yes, seated with escort"]),
                         r.pick(["air ambulance to " + inst('ken')[0], "commercial flight with nurse escort"]),
                         closing('en', r), sig(ctx, ctx.manager, 'en', "", "Patient flow manager")))
    return spec


def p_ohip_repat(ctx, lang, when):
    r = ctx.rng
    rp = r.pick(REPAT)
    p = ctx.people.patient(age=r.randint(30, 88))
    kname, kdom = inst('ken')
    spec = new_spec('ohip_repatriation', lang, "repatriation of Ontario resident to home hospital")
    v = make_ohip(r)
    ids = fmt_ohip(v, r.pick(['plain', 'space', 'dash', 'wide']))
    spec.ids.append(('ca_health_number', ids))
    spec.add('ca_health_number', 'diagnosis', 'medication')
    nm = pname(spec, p, r, lang, r.pick(['full', 'upper', 'last_first_mixed', 'initial']))
    dob = dob_s(spec, p, r, lang)
    spec.sender = addr_of(ctx.flow)
    spec.to = [("Patient Flow - " + kname, "patientflow@" + kdom)]
    if lang == 'en':
        spec.subject = ("Repatriation request - your resident" + r.pick(["", " (urgent)", " - bed needed"]))
        spec.text = ("Hello,\n\nWe have one of your residents who is ready to return closer to home:\n\n%s, DOB %s\n"
                     "OHIP %s\nStatus: %s\nCurrent meds: %s\n\nCould you confirm a bed? We can arrange "
                     "transport on our side (ground or air ambulance).\n\n%s\n%s\n"
                     % (nm, dob, ids, rp['en'], rp['men'], closing('en', r), sig(ctx, ctx.flow, 'en', "", "Bed management coordinator")))
    else:
        spec.subject = "Demande de rapatriement vers l'Ontario - %s" % kname
        spec.text = ("Bonjour,\n\nNous avons une usagère/un usager ontarien prêt pour un retour dans son milieu :\n\n"
                     "%s, née/né le %s\nNo santé Ontario : %s\nÉtat : %s\nMédication : %s\n\nPouvez-vous nous confirmer un "
                     "lit? Le transport serait organisé de notre côté.\n\n%s\n%s\n"
                     % (nm, dob, ids, rp['fr'], rp['mfr'], closing('fr', r), sig(ctx, ctx.flow, 'fr', "Coordonnatrice, gestion des lits", "")))
    return spec


def p_social(ctx, lang, when):
    r = ctx.rng
    p = choose_patient(ctx, None, holder=r.chance(0.35))
    spec = new_spec('social_work', lang, "social worker note on discharge barrier")
    spec.sender = addr_of(ctx.sw)
    spec.to = [addr_of(ctx.flow), addr_of(ctx.manager)]
    kind = r.pick(['housing', 'income', 'violence', 'caregiver'])
    spec.add('social_information')
    nm = ident(spec, p, r, lang, layout='inline', mrn=r.chance(0.5), dob=r.chance(0.5))
    dx = census_pick(spec, r, 12)
    spec.add('diagnosis')
    tel = ""
    if r.chance(0.35):
        tel = "\n" + contact(spec, p, r, lang, addr=r.chance(0.6))
    if lang == 'fr':
        sit = {'housing': "a perdu son logement (éviction en décembre), dormait dans son auto depuis 2 semaines; "
                          "démarches en cours avec l'OMH pour un logement d'urgence",
               'income': "n'a aucun revenu depuis la fin de son assurance-emploi; demande d'aide financière de dernier "
                         "recours faite ce matin, il ne peut pas payer ses médicaments",
               'violence': "a dévoilé de la violence conjugale; retour au domicile non sécuritaire, maison "
                           "d'hébergement contactée, ne pas divulguer sa présence à l'hôpital",
               'caregiver': "proche aidante principale (conjoint) hospitalisé lui aussi; personne à domicile, "
                            "demande d'hébergement temporaire en cours"}[kind]
        spec.subject = ("NSA - obstacle au congé" + r.pick([" (social)", "", " - suivi TS"]))
        spec.text = ("%s\n\nPour le caucus : %s, hospitalisé(e) pour %s, est médicalement prêt(e) au congé mais %s.\n"
                     "Date de congé probable repoussée d'au moins 5 jours. Je vous tiens au courant.%s\n\n%s\n%s\n"
                     % (greet('fr', r), nm, dx[0], sit, tel, closing('fr', r), sig(ctx, ctx.sw, 'fr', "Travailleuse sociale", "")))
    else:
        sit = {'housing': "lost housing (evicted in December) and had been sleeping in a car for 2 weeks; working with "
                          "the housing office on an emergency unit",
               'income': "has had no income since EI ran out; last-resort financial assistance application filed this "
                         "morning, cannot afford medications",
               'violence': "disclosed intimate partner violence; return home is unsafe, shelter contacted, do not "
                           "disclose presence in hospital",
               'caregiver': "main caregiver (spouse) is also admitted; nobody at home, temporary placement request in progress"}[kind]
        spec.subject = ("ALC - discharge barrier" + r.pick([" (social)", "", " - SW follow-up"]))
        spec.text = ("%s\n\nFor the huddle: %s, admitted for %s, is medically ready for discharge but %s.\n"
                     "Expected discharge pushed back at least 5 days. Will keep you posted.%s\n\n%s\n%s\n"
                     % (greet('en', r), nm, dx[1], sit, tel, closing('en', r), sig(ctx, ctx.sw, 'en', "", "Social worker")))
    return spec


def p_youth_protection(ctx, lang, when):
    r = ctx.rng
    scen = r.pick([s for s in SCENARIOS if s['key'] in ('peds_sepsis', 'dka')])
    p = choose_patient(ctx, scen, holder=r.chance(0.5))
    dname, ddom = inst('peds')
    spec = new_spec('youth_protection', lang, "child transfer with youth protection involvement")
    spec.sender = addr_of(ctx.sw)
    spec.to = [("Service social - " + dname, "servicesocial@" + ddom)]
    spec.cc = [addr_of(ctx.flow)]
    idb = ident(spec, p, r, lang, layout='block')
    spec.add('social_information', 'diagnosis')
    worker = ctx.staff()
    if lang == 'fr':
        spec.subject = "Enfant transféré cette nuit - signalement DPJ retenu"
        spec.text = ("%s\n\nL'enfant suivant vous a été transféré cette nuit pour %s :\n%s\n\n"
                     "Un signalement a été retenu par la DPJ (intervenante : %s, %s). La mère n'a pas le droit de "
                     "visite non supervisée. Le père est l'accompagnateur autorisé. Merci d'en informer l'équipe.\n\n%s\n%s\n"
                     % (greet('fr', r), scen['fr'], idb, worker.full, inst('dpj')[0], closing('fr', r),
                        sig(ctx, ctx.sw, 'fr', "Travailleuse sociale, urgence", "")))
    else:
        spec.subject = "Child transferred overnight - youth protection report retained"
        spec.text = ("%s\n\nThe following child was transferred to you overnight for %s:\n%s\n\n"
                     "A report was retained by youth protection (worker: %s). Mother is not allowed unsupervised "
                     "visits; father is the authorised escort. Please let the team know.\n\n%s\n%s\n"
                     % (greet('en', r), scen['en'], idb, worker.full, closing('en', r), sig(ctx, ctx.sw, 'en', "", "ED social worker")))
    return spec


def p_sin_form(ctx, lang, when):
    r = ctx.rng
    p = choose_patient(ctx, None, holder=r.chance(0.4))
    spec = new_spec('agency_form', lang, "benefit or insurer form with social insurance number")
    v = make_sin(r)
    s = fmt_sin(v, r.pick(['plain', 'space', 'dash', 'dots', 'wide']))
    spec.ids.append(('ca_sin', s))
    spec.add('ca_sin', 'diagnosis')
    nm = pname(spec, p, r, lang, r.pick(['last_first', 'full', 'upper']))
    dob = dob_s(spec, p, r, lang)
    nam = ("\nNAM : %s  Sexe : %s" % (nam_str(spec, p, r), p.sex)) if p.nam else ""
    addr = contact(spec, p, r, lang, tel=r.chance(0.5))
    agency = r.pick(['aide', 'ins'])
    aname, adom = inst(agency)
    spec.sender = addr_of(ctx.sw)
    spec.to = [(aname, "formulaires@" + adom)]
    dx = census_pick(spec, r, 12)
    if agency == 'aide':
        spec.add('social_information')
    rows_fr = ["Nom du requérant : %s" % nm, "Date de naissance : %s%s" % (dob, nam), "NAS : %s" % s, addr,
               "Diagnostic / incapacité : %s, hospitalisé(e) depuis le %s" % (dx[0], d_fr(when.date() - datetime.timedelta(days=12))),
               "Durée prévue de l'incapacité : 3 mois",
               "Situation : %s" % ("sans revenu, vit seul(e), loyer impayé" if agency == 'aide' else "arrêt de travail, réclamation invalidité courte durée")]
    rows_en = ["Applicant: %s" % nm, "Date of birth: %s%s" % (dob, nam.replace("NAM", "RAMQ").replace("Sexe", "Sex")), "SIN: %s" % s, addr,
               "Diagnosis / disability: %s, admitted since %s" % (dx[1], d_en(when.date() - datetime.timedelta(days=12))),
               "Expected duration: 3 months",
               "Situation: %s" % ("no income, lives alone, rent unpaid" if agency == 'aide' else "off work, short-term disability claim")]
    rows = rows_fr if lang == 'fr' else rows_en
    if agency == 'ins' and r.chance(0.5):
        spec.add('social_information')
    mode = r.pick(['docx', 'pdf', 'body'])
    if lang == 'fr':
        spec.subject = "Formulaire - %s" % ("demande d'aide financière de dernier recours" if agency == 'aide' else "attestation d'invalidité")
        intro = "%s\n\nVoici le formulaire complété pour notre usager(ère), avec son consentement signé au dossier." % greet('fr', r)
    else:
        spec.subject = "Form - %s" % ("last-resort financial assistance" if agency == 'aide' else "disability certificate")
        intro = "%s\n\nCompleted form for our patient, with signed consent on file." % greet('en', r)
    sg = sig(ctx, ctx.sw, lang, "Travailleuse sociale", "Social worker")
    if mode == 'docx':
        spec.attachments.append(docx_att("formulaire_%s.docx" % strip_accents(p.surname).lower() if lang == 'fr' else
                                         "form_%s.docx" % strip_accents(p.surname).lower(),
                                         "Formulaire" if lang == 'fr' else "Form", rows))
        spec.names.append(strip_accents(p.surname).lower())
        spec.text = "%s\n\n%s\n%s\n" % (intro, closing(lang, r), sg)
    elif mode == 'pdf':
        spec.attachments.append(pdf_att("F-%d.pdf" % r.randint(1000, 9999), "Formulaire" if lang == 'fr' else "Form",
                                        "\n".join(rows).split("\n")))
        spec.text = "%s\n\n%s\n%s\n" % (intro, closing(lang, r), sg)
    else:
        spec.text = "%s\n\n%s\n\n%s\n%s\n" % (intro, "\n".join(rows), closing(lang, r), sg)
    return spec


def p_ics_followup(ctx, lang, when):
    r = ctx.rng
    rp = r.pick(REPAT)
    p = choose_patient(ctx, None, holder=False)
    tname, tdom = inst(r.pick(['chu', 'card', 'neuro']))
    spec = new_spec('followup_appointment', lang, "calendar invite for follow-up at tertiary centre")
    spec.sender = addr_of(ctx.agent)
    spec.to = [addr_of(ctx.flow), ("Transport HRVA", "transport@" + DOM)]
    start = datetime.datetime.combine(when.date() + datetime.timedelta(days=r.randint(7, 30)),
                                      datetime.time(r.pick([8, 9, 10, 13]), r.pick([0, 30])))
    nm = pname(spec, p, r, lang, r.pick(['full', 'upper', 'initial', 'last_first']))
    spec.add('diagnosis')
    mr = mrn_str(spec, p, r) if r.chance(0.5) else None
    if lang == 'fr':
        summ = "Suivi %s - %s" % (tname, nm)
        desc = "Usager : %s%s\nMotif : suivi %s\nTransport adapté à réserver, départ 6 h 30." % (nm, (" / dossier " + mr) if mr else "", rp['fr'])
        spec.subject = "Invitation : %s" % summ
        spec.text = "%s\n\nRendez-vous de suivi ajouté au calendrier du transport.\n\n%s\n" % (greet('fr', r), desc)
    else:
        summ = "Follow-up %s - %s" % (tname, nm)
        desc = "Patient: %s%s\nReason: follow-up %s\nAccessible transport to book, leave 06:30." % (nm, (" / MRN " + mr) if mr else "", rp['en'])
        spec.subject = "Invitation: %s" % summ
        spec.text = "%s\n\nFollow-up appointment added to the transport calendar.\n\n%s\n" % (greet('en', r), desc)
    spec.attachments.append(ics_att("invite.ics", "fu-%d@%s" % (r.randint(10000, 99999), DOM), start,
                                    start + datetime.timedelta(minutes=45), summ, tname, desc, addr_of(ctx.agent),
                                    [addr_of(ctx.flow)]))
    return spec


def p_vcard_contact(ctx, lang, when):
    r = ctx.rng
    p = choose_patient(ctx, None, holder=False)
    spec = new_spec('patient_contact_card', lang, "patient contact card for transport team")
    spec.sender = addr_of(ctx.agent)
    spec.to = [("Transport HRVA", "transport@" + DOM)]
    p.phone = phone_styled(r)
    p.address = home_address(r)
    spec.add('patient_contact', 'patient_name')
    spec.names.append(p.surname)
    dx = census_pick(spec, r)
    note = dx[0 if lang == 'fr' else 1]
    spec.add('diagnosis')
    bday = None
    if r.chance(0.5):
        bday = p.dob.isoformat()
        spec.add('date_of_birth')
    parts = p.address.split(", ")
    spec.attachments.append(vcf_att("%s_%s.vcf" % (strip_accents(p.given), strip_accents(p.surname)),
                                    "%s %s" % (p.given, p.surname), "%s;%s;;;" % (p.surname, p.given),
                                    tels=[("HOME", p.phone)], adr=("HOME", "%s;%s;QC;;Canada" % (parts[0] + " " + parts[1], parts[2].split(" (")[0])),
                                    note=("Congé %s - %s" if lang == 'fr' else "Discharge %s - %s") % (when.strftime("%d/%m"), note),
                                    bday=bday))
    if lang == 'fr':
        spec.subject = "Coordonnées pour le retour à domicile de demain"
        spec.text = ("Salut,\n\nJe t'envoie la fiche contact de l'usager qui rentre chez lui demain en transport adapté "
                     "(congé après %s). Appelez-le la veille, il est sourd d'une oreille.\n\n%s\n" % (note, ctx.agent.given))
    else:
        spec.subject = "Contact details for tomorrow's ride home"
        spec.text = ("Hi,\n\nContact card for the patient going home tomorrow by accessible transport (discharge after %s). "
                     "Call the evening before, hard of hearing on one side.\n\n%s\n" % (note, ctx.agent.given))
    return spec


def p_fwd_thread(ctx, lang, when):
    r = ctx.rng
    scen = r.pick(SCENARIOS)
    p = choose_patient(ctx, scen)
    doc = ctx.ed_doc()
    spec = new_spec('forwarded_thread', lang, "inline-forwarded transfer discussion")
    spec.sender = addr_of(ctx.manager)
    spec.to = [addr_of(ctx.director)]
    inner = request_text(ctx, spec, p, scen, lang, doc, when - datetime.timedelta(hours=20), form=False)
    refused = r.pick(inst(scen['dest'])[0:1])
    if lang == 'fr':
        spec.subject = "TR: Refus de transfert - %s" % refused
        spec.text = ("%s,\n\nPour info avant la rencontre avec le CCT. Troisième refus ce mois-ci pour manque de lits "
                     "au %s; le patient est resté 19 h à notre urgence.\n\n%s\n\n"
                     "---------- Message transféré ----------\nDe : %s <%s>\nDate : %s\nObjet : Demande de transfert\n"
                     "À : demandes@%s\n\n%s\n\n%s\n" % (ctx.director.given, refused, ctx.manager.given, doc.full,
                                                        doc.email(), when_str(when - datetime.timedelta(hours=20), 'fr'),
                                                        inst('cct')[1], inner, doc.full))
    else:
        spec.subject = "FW: Transfer declined - %s" % refused
        spec.text = ("%s,\n\nFYI before the meeting with the TCC. Third refusal this month for lack of beds at %s; "
                     "the patient stayed 19 h in our ED.\n\n%s\n\n---------- Forwarded message ----------\n"
                     "From: %s <%s>\nDate: %s\nSubject: Transfer request\nTo: demandes@%s\n\n%s\n\n%s\n"
                     % (ctx.director.given, refused, ctx.manager.given, doc.full, doc.email(),
                        when_str(when - datetime.timedelta(hours=20), 'en'), inst('cct')[1], inner, doc.full))
    return spec


def p_eml_incident(ctx, lang, when):
    r = ctx.rng
    scen = r.pick(SCENARIOS)
    p = choose_patient(ctx, scen)
    doc = ctx.ed_doc()
    spec = new_spec('incident_review', lang, "incident review with original transfer request attached as .eml")
    inner = new_spec('transfer_request', lang, "")
    inner.sender = addr_of(doc)
    inner.to = [("CCT", "demandes@" + inst('cct')[1])]
    inner.subject = "Demande de transfert" if lang == 'fr' else "Transfer request"
    inner.text = request_text(ctx, inner, p, scen, lang, doc, when - datetime.timedelta(days=3)) + "\n"
    spec.types |= inner.types
    spec.ids += inner.ids
    spec.holders += inner.holders
    spec.names += inner.names
    spec.sender = addr_of(ctx.manager)
    spec.to = [("Gestion des risques" if lang == 'fr' else "Risk management", "risques@" + DOM)]
    iw = when - datetime.timedelta(days=3)
    iid = "<req.%d@%s>" % (r.randint(100000, 999999), DOM)
    spec.attachments.append(eml_att("demande_originale.eml" if lang == 'fr' else "original_request.eml", inner, iw, iid))
    if lang == 'fr':
        spec.subject = "Déclaration AH-223 - délai de transfert de 9 h"
        spec.text = ("Bonjour,\n\nEn complément de la déclaration d'incident AH-223 : délai de 9 h entre l'acceptation "
                     "et le départ faute d'équipe d'escorte. Je joins la demande originale telle qu'envoyée au CCT.\n\n%s\n"
                     % sig(ctx, ctx.manager, 'fr', "Gestionnaire, trajectoire patient", ""))
    else:
        spec.subject = "Incident report AH-223 - 9 h transfer delay"
        spec.text = ("Hello,\n\nFurther to incident report AH-223: 9 h delay between acceptance and departure for lack of "
                     "escort staff. Original request as sent to the TCC is attached.\n\n%s\n"
                     % sig(ctx, ctx.manager, 'en', "", "Patient flow manager"))
    return spec


def p_subject_only(ctx, lang, when):
    r = ctx.rng
    p = choose_patient(ctx, None, holder=False)
    spec = new_spec('bed_assignment', lang, "bed assignment, patient named only in subject")
    spec.sender = addr_of(ctx.flow)
    spec.to = [("Urgence HRVA", "urgence@" + DOM)]
    nm = pname(spec, p, r, lang, r.pick(['surname_first', 'title', 'upper', 'lower', 'initial']))
    bed = "%s-%02d" % (r.pick(UNITS[:5]), r.randint(1, 40))
    spec.add('medication', 'diagnosis')
    if lang == 'fr':
        spec.subject = r.pick(["RE: lit pour %s", "Lit confirmé - %s", "%s -> %s" % ("%s", bed)]) % nm
        spec.text = ("Confirmé, %s est libre et nettoyé. Il/elle peut monter après la dose d'%s de 14 h. "
                     "L'unité est avisée pour l'isolement gouttelettes (influenza A).\n\n%s\n"
                     % (bed, r.pick(["héparine", "Tazocin", "oseltamivir", "insuline"]), ctx.flow.given))
    else:
        spec.subject = r.pick(["RE: bed for %s", "Bed confirmed - %s", "%s -> %s" % ("%s", bed)]) % nm
        spec.text = ("Confirmed, %s is clean and free. Patient can go up after the 14:00 %s dose. "
                     "Unit is aware of droplet precautions (influenza A).\n\n%s\n"
                     % (bed, r.pick(["heparin", "pip-tazo", "oseltamivir", "insulin"]), ctx.flow.given))
    return spec


def p_filename_only(ctx, lang, when):
    r = ctx.rng
    scen = r.pick([s for s in SCENARIOS if s['key'] in ('stemi', 'nstemi', 'pe')])
    p = choose_patient(ctx, scen, holder=False)
    doc = ctx.ed_doc()
    dname, ddom = inst(scen['dest'])
    spec = new_spec('ecg_share', lang, "ECG sent for transfer, patient named only in file name")
    spec.sender = addr_of(doc)
    spec.to = [("Hémodynamicien de garde" if lang == 'fr' else "On-call interventional cardiology", "hemo@" + ddom)]
    sur = strip_accents(p.surname).upper().replace(' ', '')
    fn = r.pick(["ECG_%s_%s.pdf" % (sur, p.given[0]), "%s %s - ECG 12D.pdf" % (p.surname, p.given),
                 "ecg-%s-%s.pdf" % (strip_accents(p.surname).lower(), when.strftime("%H%M"))])
    spec.names.append(fn.split('.')[0])
    spec.add('patient_name', 'lab_result', 'diagnosis')
    if lang == 'fr':
        lines = ["ECG 12 dérivations - %s" % when.strftime("%Y-%m-%d %H:%M"), "Rythme sinusal 58/min",
                 "Sus-décalage ST 3 mm DII, DIII, aVF; miroir en DI, aVL", "QTc 438 ms"]
        spec.subject = "ECG pour le transfert en cours"
        spec.text = "ECG ci-joint pour le patient dont on vient de parler au téléphone. Douleur depuis 50 min.\n\n%s\n" % doc.dr('fr')
    else:
        lines = ["12-lead ECG - %s" % when.strftime("%Y-%m-%d %H:%M"), "Sinus rhythm 58/min",
                 "ST elevation 3 mm II, III, aVF; reciprocal I, aVL", "QTc 438 ms"]
        spec.subject = "ECG for the transfer we just discussed"
        spec.text = "ECG attached for the patient we just spoke about. Pain for 50 min.\n\n%s\n" % doc.dr('en')
    spec.attachments.append(pdf_att(fn, "ECG", lines))
    return spec


def p_zip_packet(ctx, lang, when):
    r = ctx.rng
    scen = r.pick(SCENARIOS)
    p = choose_patient(ctx, scen)
    doc = ctx.ed_doc()
    dname, ddom = inst(scen['dest'])
    spec = new_spec('transfer_packet', lang, "zipped transfer packet with request and lab table")
    body = request_text(ctx, spec, p, scen, lang, doc, when)
    labs = [["Test", "Valeur" if lang == 'fr' else "Value", "Heure" if lang == 'fr' else "Time"]]
    for t, lo, hi in [("Hb", 70, 150), ("GB", 3, 25), ("Plaq", 60, 400), ("Na", 124, 146), ("K", 3, 6), ("Creat", 50, 400)]:
        labs.append([t, "%d" % r.randint(lo, hi) if hi > 10 else "%.1f" % r.uniform(lo, hi), when.strftime("%H:%M")])
    csv_rows = [["Dossier" if lang == 'fr' else "MRN", p.mrn]] + labs
    spec.ids.append(('mrn', p.mrn))
    spec.add('mrn', 'lab_result')
    members = [("demande_transfert.pdf" if lang == 'fr' else "transfer_request.pdf",
                make_pdf("Demande de transfert" if lang == 'fr' else "Transfer request", body.split("\n"))),
               ("labos.csv" if lang == 'fr' else "labs.csv", make_csv(csv_rows))]
    spec.attachments.append(zip_att("dossier_transfert_%s.zip" % when.strftime("%Y%m%d") if lang == 'fr'
                                    else "transfer_packet_%s.zip" % when.strftime("%Y%m%d"), members))
    spec.sender = addr_of(ctx.flow)
    spec.to = [("Admission - " + dname, "admission@" + ddom)]
    if lang == 'fr':
        spec.subject = "Dossier de transfert (CCT accepté)"
        spec.text = "%s\n\nComme convenu, le dossier de transfert compressé (demande + labos).\n\n%s\n%s\n" % (
            greet('fr', r), closing('fr', r), sig(ctx, ctx.flow, 'fr', "Coordonnatrice, gestion des lits", ""))
    else:
        spec.subject = "Transfer packet (accepted by TCC)"
        spec.text = "%s\n\nAs agreed, zipped transfer packet (request + labs).\n\n%s\n%s\n" % (
            greet('en', r), closing('en', r), sig(ctx, ctx.flow, 'en', "", "Bed management coordinator"))
    return spec


def p_alc_list(ctx, lang, when):
    r = ctx.rng
    spec = new_spec('alc_list', lang, "alternate level of care list awaiting placement")
    spec.sender = addr_of(ctx.manager)
    spec.to = [("Mécanisme d'accès à l'hébergement" if lang == 'fr' else "LTC access office", "hebergement@" + inst('clsc')[1])]
    hdr = (["Nom", "DDN", "Unité", "Jours NSA", "Orientation", "Situation sociale"] if lang == 'fr'
           else ["Name", "DOB", "Unit", "ALC days", "Destination", "Social situation"])
    rows = []
    soc_fr = ["vit seule, aucun proche", "conjoint en CHSLD", "curatelle publique en cours", "logement non adapté, 3e étage",
              "fils aidant épuisé", "refuse RPA"]
    soc_en = ["lives alone, no family", "spouse in LTC", "public curatorship pending", "unsuitable housing, 3rd floor walk-up",
              "son caregiver burnt out", "refuses seniors' residence"]
    for i in range(r.randint(5, 9)):
        p = choose_patient(ctx, None, holder=r.chance(0.2))
        if p.age < 60 and not p.nam:
            p.dob = p.dob.replace(year=p.dob.year - 25)
        nm = pname(spec, p, r, lang, r.pick(['last_first', 'surname_first', 'upper']))
        k = r.randrange(len(soc_fr))
        row = [nm, p.dob.isoformat(), r.pick(UNITS[:5] + ["Gériatrie"]), str(r.randint(3, 140)),
               r.pick(["CHSLD", "RI", "RPA", "SAPA domicile"]), soc_fr[k] if lang == 'fr' else soc_en[k]]
        if p.nam:
            row.append("NAM %s (%s)" % (nam_str(spec, p, r), p.sex))
        rows.append(row)
    spec.add('date_of_birth', 'social_information')
    if lang == 'fr':
        spec.subject = "Liste NSA hebdomadaire - %s" % when.strftime("%d/%m")
        spec.text = "%s\n\nListe NSA à jour en pièce jointe (%d usagers). Trois sont prioritaires pour le comité de mardi.\n\n%s\n" % (
            greet('fr', r), len(rows), sig(ctx, ctx.manager, 'fr', "Gestionnaire, trajectoire patient", ""))
        fn = "NSA_%s.xlsx" % when.strftime("%Y-%m-%d")
    else:
        spec.subject = "Weekly ALC list - %s" % when.strftime("%m/%d")
        spec.text = "%s\n\nUpdated ALC list attached (%d patients). Three are priority for Tuesday's committee.\n\n%s\n" % (
            greet('en', r), len(rows), sig(ctx, ctx.manager, 'en', "", "Patient flow manager"))
        fn = "ALC_%s.xlsx" % when.strftime("%Y-%m-%d")
    spec.attachments.append(xlsx_att(fn, [("NSA" if lang == 'fr' else "ALC", [hdr] + rows)]))
    return spec


def p_isolation(ctx, lang, when):
    r = ctx.rng
    p = choose_patient(ctx, None, holder=False)
    ipc = ctx.staff('F')
    spec = new_spec('isolation_notice', lang, "infection control notice for bed placement")
    spec.sender = addr_of(ipc)
    spec.to = [addr_of(ctx.flow), addr_of(ctx.flow2)]
    nm = pname(spec, p, r, lang)
    mr = mrn_str(spec, p, r)
    spec.add('lab_result', 'diagnosis')
    bug = r.pick([("TAAN influenza A positif", "influenza A PCR positive"), ("TAAN COVID-19 positif", "COVID-19 PCR positive"),
                  ("toxine C. difficile positive", "C. difficile toxin positive"), ("dépistage EPC positif", "CPE screen positive")])
    if lang == 'fr':
        spec.subject = "Isolement requis - %s" % mr
        spec.text = ("Bonjour,\n\n%s (dossier %s), actuellement en civière C%02d : %s ce matin. Chambre privée "
                     "obligatoire, pas de cohorte. Merci d'en tenir compte pour l'attribution du lit.\n\n%s\n"
                     % (nm, mr, r.randint(1, 38), bug[0], sig(ctx, ipc, 'fr', "Conseillère en prévention des infections", "")))
    else:
        spec.subject = "Isolation required - %s" % mr
        spec.text = ("Hello,\n\n%s (MRN %s), currently on stretcher C%02d: %s this morning. Private room required, no "
                     "cohorting. Please take into account for bed assignment.\n\n%s\n"
                     % (nm, mr, r.randint(1, 38), bug[1], sig(ctx, ipc, 'en', "", "Infection prevention advisor")))
    return spec


def p_escalation(ctx, lang, when):
    r = ctx.rng
    p = choose_patient(ctx, None)
    if p.age < 70 and not p.nam:
        p.dob = p.dob.replace(year=1938 + r.randint(0, 10))
    spec = new_spec('boarding_escalation', lang, "escalation of a long ED boarder to director")
    spec.sender = addr_of(ctx.flow2)
    spec.to = [addr_of(ctx.director)]
    spec.cc = [addr_of(ctx.manager)]
    nm = ident(spec, p, r, lang, layout='inline', mrn=r.chance(0.5), dob=r.chance(0.4))
    hrs = r.randint(48, 80)
    spec.add('diagnosis')
    if lang == 'fr':
        spec.subject = "Escalade - usager %d h sur civière" % hrs
        spec.text = ("%s,\n\n%s est sur civière depuis %d h. %d ans, delirium hypoactif, a chuté hier à l'urgence. "
                     "Attend un lit en gériatrie; aucune place avant jeudi. Je demande l'ouverture d'un lit de "
                     "débordement au 4N ce soir.\n\n%s\n" % (ctx.director.given, nm, hrs, p.age, ctx.flow2.full))
    else:
        spec.subject = "Escalation - patient %d h on stretcher" % hrs
        spec.text = ("%s,\n\n%s has been on a stretcher for %d h. %d y.o., hypoactive delirium, fell in the ED "
                     "yesterday. Waiting for geriatrics; no bed before Thursday. I am asking to open a surge bed on 4N "
                     "tonight.\n\n%s\n" % (ctx.director.given, nm, hrs, p.age, ctx.flow2.full))
    return spec


def p_psych(ctx, lang, when):
    r = ctx.rng
    p = choose_patient(ctx, None, age=r.randint(18, 60), holder=r.chance(0.35))
    spec = new_spec('psych_transfer', lang, "mental health transfer under preventive detention")
    dst = ctx.staff()
    spec.sender = addr_of(ctx.flow)
    spec.to = [(dst.full, dst.email(inst('chu')[1]))]
    idb = ident(spec, p, r, lang, layout='block')
    spec.add('diagnosis', 'social_information', 'medication')
    if lang == 'fr':
        spec.subject = "Transfert psychiatrie - garde préventive"
        spec.text = ("%s\n\nDemande de lit en psychiatrie (aucun lit chez nous) :\n%s\n\nAmené(e) par les policiers "
                     "après des menaces envers sa conjointe; garde préventive en vigueur jusqu'au %s. Psychose "
                     "probable, a reçu olanzapine 10 mg IM et lorazépam 2 mg. Ne pas aviser la conjointe de la "
                     "destination (ordonnance de non-contact).\n\n%s\n%s\n" % (
                         greet('fr', r), idb, d_fr(when.date() + datetime.timedelta(days=3)), closing('fr', r),
                         sig(ctx, ctx.flow, 'fr', "Coordonnatrice, gestion des lits", "")))
    else:
        spec.subject = "Psychiatry transfer - preventive detention"
        spec.text = ("%s\n\nRequesting a psychiatry bed (none available here):\n%s\n\nBrought in by police after threats "
                     "to partner; preventive detention valid until %s. Probable psychosis, given olanzapine 10 mg IM and "
                     "lorazepam 2 mg. Do not disclose destination to the partner (no-contact order).\n\n%s\n%s\n" % (
                         greet('en', r), idb, d_en(when.date() + datetime.timedelta(days=3)), closing('en', r),
                         sig(ctx, ctx.flow, 'en', "", "Bed management coordinator")))
    return spec


def p_neonatal(ctx, lang, when):
    r = ctx.rng
    mom = ctx.people.patient(sex='F', age=r.randint(20, 40))
    dname, ddom = inst('chu')
    spec = new_spec('neonatal_transfer', lang, "newborn transfer to tertiary NICU")
    spec.sender = addr_of(ctx.flow)
    spec.to = [("Néonatalogie - " + dname, "neonat@" + ddom)]
    born = when - datetime.timedelta(hours=r.randint(1, 10))
    ga = "%d+%d" % (r.randint(29, 34), r.randint(0, 6))
    w = r.randint(1150, 2300)
    spec.add('patient_name', 'date_of_birth', 'diagnosis', 'lab_result', 'medication')
    mr = mrn_str(spec, mom, r)
    if lang == 'fr':
        baby = ("Bb %s %s" % (r.pick(["garçon", "fille"]), mom.surname) if r.chance(0.5)
                else "Bébé %s de %s" % (r.pick(["garçon", "fille"]), fmt_name(mom, 'full')))
        spec.names.append(mom.surname)
        spec.subject = "Transfert néonatal - %s" % baby
        spec.text = ("%s\n\n%s, né(e) le %s à %02d h %02d, %s semaines, %d g. Apgar 5-7-8. Détresse respiratoire, "
                     "CPAP 6 FiO2 0,40; gaz : pH 7,21 pCO2 62. Reçu surfactant (poractant 200 mg/kg) et ampicilline + "
                     "gentamicine. Mère (dossier %s) : RPM 26 h, SGB positif.\nÉquipe de transport néonatal demandée.\n\n%s\n"
                     % (greet('fr', r), baby, d_fr(born.date()), born.hour, born.minute, ga, w, mr,
                        sig(ctx, ctx.flow, 'fr', "Coordonnatrice, gestion des lits", "")))
    else:
        baby = ("Baby %s %s" % (r.pick(["boy", "girl"]), mom.surname) if r.chance(0.5)
                else "Infant %s of %s" % (r.pick(["boy", "girl"]), fmt_name(mom, 'full')))
        spec.names.append(mom.surname)
        spec.subject = "Neonatal transfer - %s" % baby
        spec.text = ("%s\n\n%s, born %s at %02d:%02d, %s weeks, %d g. Apgars 5-7-8. Respiratory distress, CPAP 6 FiO2 "
                     "0.40; gas pH 7.21 pCO2 62. Given surfactant (poractant 200 mg/kg), ampicillin + gentamicin. "
                     "Mother (MRN %s): PROM 26 h, GBS positive.\nNeonatal transport team requested.\n\n%s\n"
                     % (greet('en', r), baby, d_en(born.date()), born.hour, born.minute, ga, w, mr,
                        sig(ctx, ctx.flow, 'en', "", "Bed management coordinator")))
    return spec


def p_mrn_only(ctx, lang, when):
    r = ctx.rng
    p = choose_patient(ctx, None, holder=False)
    spec = new_spec('quick_note', lang, "quick note identified by chart number only")
    doc = ctx.ed_doc()
    spec.sender = addr_of(ctx.flow2)
    spec.to = [addr_of(doc)]
    mr = mrn_str(spec, p, r)
    spec.add('lab_result')
    v = r.pick([("K 6,8 au contrôle de 16 h", "K 6.8 on the 16:00 recheck"), ("Hb 71 (était 84)", "Hb 71 (was 84)"),
                ("lactate 4,6", "lactate 4.6"), ("tropo 2e dosage 388", "2nd troponin 388"), ("INR 4,9", "INR 4.9")])
    if lang == 'fr':
        spec.subject = "Dossier %s - avant le départ" % mr
        spec.text = "Salut, le labo vient d'appeler pour le %s : %s. L'ambulance est prévue à 17 h, tu veux le réévaluer avant?\n%s\n" % (
            mr, v[0], ctx.flow2.given)
    else:
        spec.subject = "Chart %s - before departure" % mr
        spec.text = "Hi, lab just called for %s: %s. Ambulance is booked for 17:00, do you want to reassess first?\n%s\n" % (
            mr, v[1], ctx.flow2.given)
    return spec


def p_pharmacy_rx(ctx, lang, when):
    r = ctx.rng
    rp = r.pick(REPAT)
    p = choose_patient(ctx, None)
    doc = ctx.staff()
    phn, phdom = inst(r.pick(['pharm', 'pharm2']))
    spec = new_spec('pharmacy_rx', lang, "discharge prescription sent to community pharmacy")
    spec.sender = addr_of(doc)
    spec.to = [(phn, "ordonnances@" + phdom)]
    idb = ident(spec, p, r, lang, layout='block', mrn=False, dob=True)
    spec.add('medication', 'diagnosis')
    tel = contact(spec, p, r, lang, addr=r.chance(0.4)) if r.chance(0.6) else ""
    meds = (rp['mfr'] if lang == 'fr' else rp['men']).split(", ")
    if lang == 'fr':
        spec.subject = ("Ordonnance de départ" + r.pick([" - retour du CHU", " - congé aujourd'hui", ""]))
        rx = "\n".join("%d) %s  - %s" % (i + 1, m, r.pick(["30 jours", "renouv. x2", "qté 60", "selon ordonnance"])) for i, m in enumerate(meds))
        body = ("%s\n\nOrdonnance pour l'usager qui rentre à domicile (%s) :\n\n%s\n%s\n\nRx :\n%s\n\n"
                "Merci de préparer en dispill.\n%s\n" % (greet('fr', r), rp['fr'], idb, tel, rx, sig(ctx, doc, 'fr', "Médecin, médecine interne", "")))
    else:
        spec.subject = ("Discharge prescription" + r.pick([" - back from tertiary", " - going home today", ""]))
        rx = "\n".join("%d) %s  - %s" % (i + 1, m, r.pick(["30 days", "refill x2", "qty 60", "as directed"])) for i, m in enumerate(meds))
        body = ("%s\n\nPrescription for the patient going home (%s):\n\n%s\n%s\n\nRx:\n%s\n\nPlease blister-pack.\n%s\n"
                % (greet('en', r), rp['en'], idb, tel, rx, sig(ctx, doc, 'en', "", "Internal medicine")))
    if r.chance(0.4):
        spec.attachments.append(pdf_att("ordonnance.pdf" if lang == 'fr' else "prescription.pdf",
                                        "Ordonnance" if lang == 'fr' else "Prescription", body.split("\n")))
        spec.text = ("Ordonnance en pièce jointe, l'original suit par télécopieur.\n" if lang == 'fr'
                     else "Prescription attached, original to follow by fax.\n")
    else:
        spec.text = body
    return spec


def _foreign_id(ctx, spec, p, r, country):
    if country == 'be':
        v = make_niss(r, p.dob, p.sex)
        s = fmt_niss(v, r.pick(['plain', 'official', 'space', 'dash']))
        spec.add('be_niss')
        spec.ids.append(('be_niss', s))
        return "NISS", s
    v = make_nir(r, p.dob, p.sex)
    s = fmt_nir(v, r.pick(['plain', 'space', 'dots', 'key']))
    spec.add('fr_nir')
    spec.ids.append(('fr_nir', s))
    return "NIR", s


def p_foreign_visitor(ctx, lang, when):
    """Belgian or French visitor admitted or transferred: non-resident admission file."""
    r = ctx.rng
    ctx.foreign = getattr(ctx, 'foreign', 0) + 1
    country = 'be' if ctx.foreign % 2 else 'fr'
    scen = r.pick([s for s in SCENARIOS if s['key'] in ('trauma', 'stemi', 'burn', 'pe', 'gibleed', 'sah')])
    p = ctx.people.patient(sex=scen['sex'], age=r.randint(*scen['ages']),
                           pool=BE_SURNAMES if country == 'be' else FR_SURNAMES)
    spec = new_spec('nonresident_admission', lang, "non-resident visitor admission and transfer file")
    label, ids = _foreign_id(ctx, spec, p, r, country)
    nm = pname(spec, p, r, lang, r.pick(['upper', 'last_first', 'full', 'surname_first']))
    dob = dob_s(spec, p, r, lang)
    mr = mrn_str(spec, p, r)
    spec.add('diagnosis')
    fin = ctx.staff('F')
    spec.sender = addr_of(ctx.flow)
    spec.to = [addr_of(fin)]
    spec.cc = [("Admission HRVA", "admission@" + DOM)]
    ins = inst('be_ins' if country == 'be' else 'fr_ins')[0]
    dname = inst(scen['dest'])[0]
    if lang == 'fr':
        spec.subject = "Usager non-résident (%s) - transfert vers %s" % ("Belgique" if country == 'be' else "France", dname)
        lines = ["Nom : %s" % nm, "Date de naissance : %s" % dob, "%s : %s" % (label, ids), "No de dossier HRVA : %s" % mr,
                 "Assureur voyage : %s" % ins, "Motif : %s" % scen['fr'],
                 "Adresse au Québec : chalet loué, %s" % r.pick(["Lac-Brûlé", "Sainte-Odile-des-Monts"])]
        spec.text = ("%s\n\nPour l'ouverture du dossier non-résident : touriste %s arrivé(e) cette nuit, transféré(e) ce "
                     "matin vers %s.\n\n%s\n\nPas de carte RAMQ, donc facturation à l'assureur; la garantie de paiement est "
                     "demandée.\n\n%s\n%s\n" % (greet('fr', r, fin.given), "belge" if country == 'be' else "français(e)", dname,
                                                "\n".join(lines), closing('fr', r), sig(ctx, ctx.flow, 'fr', "Coordonnatrice, gestion des lits", "")))
    else:
        spec.subject = "Non-resident patient (%s) - transfer to %s" % ("Belgium" if country == 'be' else "France", dname)
        lines = ["Name: %s" % nm, "Date of birth: %s" % dob, "%s: %s" % (label, ids), "HRVA MRN: %s" % mr,
                 "Travel insurer: %s" % ins, "Reason: %s" % scen['en'],
                 "Local address: rented cottage, %s" % r.pick(["Lac-Brûlé", "Sainte-Odile-des-Monts"])]
        spec.text = ("%s\n\nFor the non-resident file: %s tourist who arrived overnight and was transferred this morning "
                     "to %s.\n\n%s\n\nNo RAMQ card, so billing goes to the insurer; guarantee of payment requested.\n\n%s\n%s\n"
                     % (greet('en', r, fin.given), "Belgian" if country == 'be' else "French", dname, "\n".join(lines),
                        closing('en', r), sig(ctx, ctx.flow, 'en', "", "Bed management coordinator")))
    if r.chance(0.4):
        spec.attachments.append(docx_att("Fiche_non_resident.docx" if lang == 'fr' else "Non_resident_sheet.docx",
                                         "Fiche non-résident" if lang == 'fr' else "Non-resident sheet", lines))
    return spec
