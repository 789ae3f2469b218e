"""Positive messages, part B: forms with SIN / OHIP / NISS / NIR, social work,
quick notes, forwards, replies, invitations, vCards, ZIP, attached messages."""
import datetime

import gen_common as C
import gen_docs as D
from gen_mime import Mail, eml_attachment
from gen_pos_a import close, greet, mk, sig, who


def clinical_lines(ctx, p, with_ids=True):
    """A few lines about one patient (name, ids, clinical facts)."""
    r = ctx.rng
    nm = ctx.baby_label(p) if p.kind == "neo" else ctx.name(p)
    out = []
    if p.holder is not None:
        out.append(ctx.nam_block(p.holder, role="patient"))
    elif p.kind == "neo" and p.parent["holder"] is not None:
        out.append(nm)
        out.append(ctx.nam_block(p.parent["holder"], role=p.parent["role"]))
    else:
        out.append(nm + (ctx.L(f", dossier {ctx.mrn(p)}", f", MRN {ctx.mrn(p)}") if with_ids else ""))
    if p.kind == "neo":
        out.append(ctx.L(f"{ctx.ga_text(p)}, PN {p.bw} g, {ctx.age_text(p)}.",
                         f"{ctx.ga_text(p)}, BW {p.bw} g, {ctx.age_text(p)}."))
    else:
        out.append(ctx.age_text(p).rstrip(".") + ".")
    out.append(ctx.dx(p) + ".")
    out.append(r.choice([lambda: ctx.lab(p), lambda: ctx.imaging(p)])() + ".")
    out.append(ctx.L("Rx : ", "Meds: ") + ctx.med(p) + ".")
    return out


def quote_header(ctx, person, when):
    r = ctx.rng
    if r.random() < 0.5:
        return ctx.L(f"Le {when.strftime('%Y-%m-%d')} à {when.strftime('%H:%M')}, {person.full} <{person.email}> a écrit :",
                     f"On {when.strftime('%a, %b %d, %Y at %I:%M %p')}, {person.full} <{person.email}> wrote:")
    return ctx.L(f"-----Message d'origine-----\nDe : {person.full} <{person.email}>\n"
                 f"Envoyé : {when.day} {C.MOIS[when.month - 1]} {when.year} {when.strftime('%H:%M')}\nÀ : {C.UNITS_FR['usin'].split()[0]}\nObjet : suivi",
                 f"-----Original Message-----\nFrom: {person.full} <{person.email}>\n"
                 f"Sent: {when.strftime('%B %d, %Y %I:%M %p')}\nTo: NICU\nSubject: follow-up")


# --------------------------------------------------------------------------- forms
def p_caregiver_form(ctx, env):
    r = ctx.rng
    p = ctx.child(nam=r.random() < 0.4) if r.random() < 0.6 else ctx.neonate(with_name=True)
    unit = "usin" if p.kind == "neo" else "sip"
    me = ctx.staff(unit, doctor=False)
    me.role = ctx.L("travailleuse sociale", "Social Worker")
    me.title = None
    par = p.parent
    sin = ctx.sin(allow_fw=r.random() < 0.3)
    pname = f"{par['given']} {par['surname']}" if r.random() < 0.5 else f"{par['surname'].upper()}, {par['given']}"
    ctx.types.add("patient_name")
    nm = ctx.name(p)
    weeks = r.randint(6, 26)
    rows = [
        ctx.L(f"Demandeur : {pname}", f"Claimant: {pname}"),
        ctx.L(f"NAS du demandeur : {sin}", f"Claimant SIN: {sin}"),
        ctx.L(f"Enfant : {nm}", f"Child: {nm}"),
    ]
    if p.holder is not None:
        rows.append(ctx.nam_block(p.holder, role="patient", allow_fw=False).replace("\n", "; "))
    else:
        rows.append(ctx.L(f"Date de naissance de l'enfant : {ctx.dob(p)}", f"Child's date of birth: {ctx.dob(p)}"))
    rows.append(ctx.L(f"Diagnostic : {ctx.dx(p)}", f"Diagnosis: {ctx.dx(p)}"))
    if r.random() < 0.4:
        rows.append(ctx.L(f"Situation familiale : {ctx.social()}", f"Family situation: {ctx.social()}"))
    rows.append(ctx.L(f"L'enfant est gravement malade et requiert la présence du parent pour environ {weeks} semaines.",
                      f"The child is critically ill and requires the parent's presence for about {weeks} weeks."))
    agency = ctx.L("Bureau fédéral des prestations aux proches aidants", "Federal Caregiving Benefits Office")
    fmt = r.choice(["body", "pdf", "body"])
    atts = []
    if fmt == "body":
        text = "\n".join([greet(ctx), "", ctx.L("Voici les renseignements pour le certificat médical (prestations pour proches aidants d'enfants) :",
                                                 "Below is the information for the medical certificate (caregiving benefits for children):"),
                          ""] + rows + ["", ctx.L("Le certificat signé suit par télécopieur.", "Signed certificate to follow by fax."),
                                        "", close(ctx), sig(ctx, me, unit)])
    else:
        pdf = D.make_pdf(ctx.L("Certificat médical – proche aidant d'enfant", "Medical certificate - caregiver of a child"),
                         rows, compress=r.random() < 0.5)
        fname = ctx.L(f"certificat_proche_aidant_{C.strip_accents(par['surname']).lower()}.pdf",
                      f"caregiver_certificate_{C.strip_accents(par['surname']).lower()}.pdf")
        atts.append(D.Attachment(fname, "application/pdf", pdf))
        text = "\n".join([greet(ctx), "", ctx.L("Ci-joint le certificat médical rempli, tel que demandé par la famille.",
                                                 "Attached is the completed medical certificate requested by the family."),
                          "", close(ctx), sig(ctx, me, unit)])
    subj = r.choice(ctx.L(["Certificat médical – prestations proche aidant", f"Dossier {par['surname']} – certificat"],
                          ["Medical certificate - caregiving benefits", f"{par['surname']} file - certificate"]))
    return mk(ctx, "form", ctx.L("formulaire de prestations avec NAS", "benefits form with SIN"), who(me),
              [(agency, "certificats@prestations-federales.example")], subj, text, attachments=atts)


def p_ontario(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.5
    p = ctx.neonate(with_name=r.random() < 0.6) if neo else ctx.child()
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit, doctor=True)
    hosp = r.choice([("Kingsmere General Hospital", "kingsmere-gh.example"),
                     ("Bytown Valley Children's Hospital", "bvch.example"),
                     ("Hôpital général de Rideau-Est", "hg-rideauest.example")])
    hcn = ctx.ohip(allow_fw=r.random() < 0.3)
    nm = ctx.baby_label(p) if neo else ctx.name(p)
    lines = [greet(ctx), "",
             ctx.L(f"Suite à notre appel, voici les renseignements pour le retour en Ontario de {nm}.",
                   f"Further to our call, here are the details for {nm}'s repatriation to Ontario."), "",
             ctx.L(f"Carte santé de l'Ontario : {hcn}", f"Ontario health card: {hcn}"),
             ctx.L(f"Date de naissance : {ctx.dob(p)}", f"DOB: {ctx.dob(p)}"),
             ctx.L(f"Dossier CHME : {ctx.mrn(p)}", f"Our MRN: {ctx.mrn(p)}"),
             ctx.L(f"Diagnostic principal : {ctx.dx(p)}", f"Primary diagnosis: {ctx.dx(p)}"),
             ctx.L(f"Traitement : {ctx.med(p)}", f"Treatment: {ctx.med(p)}")]
    if r.random() < 0.5:
        adr = ctx.address_personal()
        lines.append(ctx.L(f"Adresse de la famille : {r.randint(10, 900)} Sunnyside Road, Kingsmere (Ontario)",
                           f"Family address: {r.randint(10, 900)} Sunnyside Road, Kingsmere, ON"))
    lines += ["", ctx.L("Le transport est prévu jeudi matin si le lit est confirmé.",
                        "Transport is planned Thursday morning if the bed is confirmed."), "", close(ctx), sig(ctx, me, unit)]
    subj = r.choice(ctx.L(["Retour en Ontario – renseignements", "Transfert interprovincial"],
                          ["Repatriation to Ontario - details", "Interprovincial transfer", f"Transfer - {p.surname}"]))
    return mk(ctx, "transfer", ctx.L("transfert vers l'Ontario", "transfer to Ontario"), who(me),
              [(hosp[0], f"patientflow@{hosp[1]}")], subj, "\n".join(lines))


def p_belgian(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.5
    if neo:
        p = ctx.neonate(with_name=True)
        pdob = datetime.date(r.randint(1984, 1998), r.randint(1, 12), r.randint(1, 28))
        par = p.parent
        niss = ctx.niss(pdob, par["sex"], allow_fw=r.random() < 0.3)
        who_id = ctx.L(f"NISS de la mère ({par['given']} {par['surname']}, née le {C.fmt_date(r, pdob, 'fr')}) : {niss}",
                       f"Mother's NISS ({par['given']} {par['surname']}, born {C.fmt_date(r, pdob, 'en')}): {niss}")
        ctx.types.update({"date_of_birth", "patient_name"})
    else:
        p = ctx.child(min_age=1, max_age=15)
        niss = ctx.niss(p.dob, p.sex, allow_fw=r.random() < 0.3)
        who_id = ctx.L(f"Numéro de registre national (NISS) de l'enfant : {niss}", f"Child's Belgian national number (NISS): {niss}")
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit)
    me.role = ctx.L("agente administrative, admission", "Admitting clerk")
    me.title = None
    nm = ctx.name(p)
    lines = [greet(ctx), "",
             ctx.L(f"Nous soignons actuellement {nm}, de passage au Québec, et souhaitons obtenir une prise en charge.",
                   f"We are currently treating {nm}, visiting Quebec, and request confirmation of coverage."),
             "", who_id,
             ctx.L(f"Admission le {C.fmt_date(r, ctx.day(-r.randint(1, 9)), 'fr')} – {ctx.dx(p)}",
                   f"Admitted {C.fmt_date(r, ctx.day(-r.randint(1, 9)), 'en')} - {ctx.dx(p)}"),
             ctx.L(f"Séjour prévu aux soins intensifs : {r.randint(5, 21)} jours.", f"Expected ICU stay: {r.randint(5, 21)} days."),
             "", ctx.L("Merci de nous retourner l'attestation de couverture.", "Please send back the coverage certificate."),
             "", close(ctx), sig(ctx, me, unit)]
    subj = r.choice(ctx.L(["Demande de prise en charge – patient belge", "Attestation mutualité"],
                          ["Coverage request - Belgian patient", "Mutual insurance certificate"]))
    return mk(ctx, "form", ctx.L("demande de prise en charge avec NISS", "coverage request with NISS"), who(me),
              [("Mutualité Sainte-Ode", "international@mutualite-steode.example")], subj, "\n".join(lines))


def p_french(ctx, env):
    r = ctx.rng
    p = ctx.child(min_age=0.3, max_age=16)
    me = ctx.staff("sip")
    me.role = ctx.L("agent de facturation, patients internationaux", "International patients billing officer")
    me.title = None
    nir = ctx.nir(p.dob, p.sex, allow_fw=r.random() < 0.3)
    nm = ctx.name(p)
    body = [ctx.L(f"Assuré(e) : {nm}", f"Insured: {nm}"),
            ctx.L(f"N° de sécurité sociale (NIR) : {nir}", f"French social security no. (NIR): {nir}"),
            ctx.L(f"Date de naissance : {ctx.dob(p)}", f"Date of birth: {ctx.dob(p)}"),
            ctx.L(f"Motif d'hospitalisation : {ctx.dx(p)}", f"Reason for admission: {ctx.dx(p)}"),
            ctx.L(f"Actes : intubation, {ctx.med(p)}", f"Procedures: intubation, {ctx.med(p)}")]
    atts = []
    if r.random() < 0.5:
        x = D.make_xlsx([(ctx.L("Devis", "Estimate"),
                          [[ctx.L("Poste", "Item"), ctx.L("Montant", "Amount")],
                           [ctx.L("Nuitée SIP", "PICU day"), 4280.0], [ctx.L("Honoraires", "Fees"), 1150.0],
                           [ctx.L("Patient", "Patient"), nm], ["NIR", nir]])])
        atts.append(D.Attachment(ctx.L("devis_soins_SIP.xlsx", "PICU_estimate.xlsx"), D.CT_XLSX, x))
    text = "\n".join([greet(ctx), "", ctx.L("Veuillez trouver ci-dessous la demande d'entente préalable pour soins urgents à l'étranger.",
                                             "Please find below the prior-approval request for urgent care abroad."),
                      ""] + body + ["", close(ctx), sig(ctx, me, "sip")])
    subj = r.choice(ctx.L(["Entente préalable – soins urgents au Canada", "Demande de remboursement – assuré français"],
                          ["Prior approval - urgent care in Canada", "Reimbursement request - French insured"]))
    return mk(ctx, "form", ctx.L("demande à la caisse avec NIR", "insurer request with NIR"), who(me),
              [("Caisse primaire de Saint-Aubin", "soins.etranger@caisse-saintaubin.example")], subj, text, attachments=atts)


# --------------------------------------------------------------------------- social
def p_social(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.55
    p = ctx.neonate(with_name=r.random() < 0.5, nam_parent=r.random() < 0.4) if neo else ctx.child(nam=r.random() < 0.3)
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit)
    me.role = ctx.L("travailleuse sociale", "Social Worker")
    me.title = None
    nm = ctx.baby_label(p) if neo else ctx.name(p)
    ctx.types.add("social_information")
    facts = r.sample(ctx.L([
        "la mère est hébergée en maison d'hébergement pour femmes victimes de violence conjugale",
        "la famille a perdu son logement la semaine dernière (éviction) et dort chez une tante",
        "le père est sous ordonnance de non-contact depuis le 12 du mois",
        "les parents reçoivent l'aide sociale et n'ont pas de véhicule pour les visites",
        "un signalement à la DPJ a été retenu; évaluation en cours",
        "la mère est suivie en programme de maintien à la méthadone",
        "la grand-mère a la garde provisoire en vertu d'une ordonnance de la Chambre de la jeunesse",
    ], [
        "mum is staying at a shelter for women fleeing domestic violence",
        "the family was evicted last week and is staying with an aunt",
        "father has been under a no-contact order since the 12th",
        "parents are on social assistance and have no car for visits",
        "a youth protection report has been screened in; assessment ongoing",
        "mum is in an opioid agonist (methadone) program",
        "grandmother has interim custody under a youth court order",
    ]), 2)
    lines = [greet(ctx), "", ctx.L(f"Petit suivi concernant {nm} :", f"Quick update about {nm}:"), ""]
    if p.holder is not None:
        lines.append(ctx.nam_block(p.holder, role="patient"))
    elif p.kind == "neo" and p.parent["holder"] is not None:
        lines.append(ctx.nam_block(p.parent["holder"], role=p.parent["role"]))
    else:
        lines.append(ctx.L(f"(dossier {ctx.mrn(p)})", f"(MRN {ctx.mrn(p)})"))
    lines += [f"- {facts[0]};", f"- {facts[1]}."]
    if r.random() < 0.5:
        lines.append(ctx.L(f"- Sur le plan médical : {ctx.dx(p)}.", f"- Medically: {ctx.dx(p)}."))
    if r.random() < 0.4:
        adr = ctx.address_personal()
        lines.append(ctx.L(f"Nouvelle adresse temporaire : {adr[0]}, {adr[1]}", f"New temporary address: {adr[0]}, {adr[1]}"))
    lines += ["", r.choice(ctx.L(["Je serai à la rencontre de jeudi avec l'intervenante.", "Merci de ne pas transmettre d'information au père."],
                                 ["I'll attend Thursday's meeting with the caseworker.", "Please do not release information to the father."])),
              "", close(ctx), sig(ctx, me, unit)]
    to = r.choice([(ctx.L("Intervenante DPJ", "Youth protection worker"), "intervention.rn@dpj-hautesrives.example"),
                   (ctx.L("Équipe médicale", "Medical team"), f"medecins.{unit}@{C.DOM}"),
                   (ctx.L("CLSC – périnatalité", "CLSC perinatal"), "perinatalite@cisss-hautesrives.example")])
    subj = r.choice(ctx.L(["Suivi psychosocial", f"Situation familiale – {p.surname}", "Confidentiel – suivi TS"],
                          ["Psychosocial follow-up", f"Family situation - {p.surname}", "SW update"]))
    return mk(ctx, "social", ctx.L("suivi psychosocial", "psychosocial update"), who(me), [to], subj, "\n".join(lines))


def p_quicknote(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.5
    p = ctx.neonate(with_name=True) if neo else ctx.child()
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit)
    peer = ctx.staff(unit)
    bed = r.randint(1, 28)
    ctx.types.add("patient_name")
    g = p.given if r.random() < 0.6 else p.given.lower()
    variants = ctx.L([
        f"peux-tu passer voir {g} au {bed} quand tu as 2 min? {ctx.lab(p)}, je pense qu'il faut rappeler le fellow",
        f"{g} ({bed}) : {ctx.dx(p)} confirmé(e) ce matin. Maman au courant, papa pas encore. On en reparle à 13 h.",
        f"Rappel : {g} au lit {bed} a eu sa dose de {ctx.med(p)} à 6 h, la prochaine est due à 14 h.",
    ], [
        f"can you swing by {g} in {bed} when you get a sec? {ctx.lab(p)}, think we need to call the fellow",
        f"{g} ({bed}): {ctx.dx(p)} confirmed this AM. Mum knows, dad not yet. Let's talk at 1 pm.",
        f"Reminder: {g} in bed {bed} got {ctx.med(p)} at 06:00, next dose due 14:00.",
    ])
    idx = r.randrange(3)
    # re-derive types for the variant actually used
    ctx.types.discard("lab_result"), ctx.types.discard("diagnosis"), ctx.types.discard("medication")
    ctx.types.add(["lab_result", "diagnosis", "medication"][idx])
    text = variants[idx] + "\n\n" + me.given + ("\n" + sig(ctx, me, unit) if r.random() < 0.3 else "")
    subj = r.choice(ctx.L([f"{g} lit {bed}", f"{p.given} {p.surname[0]}.", "petite question"],
                          [f"{g} bed {bed}", f"{p.given} {p.surname[0]}.", "quick q"]))
    return mk(ctx, "note", ctx.L("note rapide entre collègues", "quick note between colleagues"), who(me), [who(peer)],
              subj, text)


def p_forward(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.5
    p = ctx.neonate(nam_parent=r.random() < 0.5) if neo else ctx.child(nam=r.random() < 0.5)
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit, doctor=True)
    orig = ctx.staff(unit)
    dest = ctx.staff(unit, doctor=True)
    ctx.flags.add("inline_forward")
    when = ctx.date - datetime.timedelta(hours=r.randint(2, 40))
    fwd_body = clinical_lines(ctx, p)
    top = r.choice(ctx.L(["Pour ton info avant la tournée.", "Tu peux regarder? Merci", "FYI – à discuter demain."],
                         ["FYI before rounds.", "Can you have a look? thx", "FYI - to discuss tomorrow."]))
    head = ctx.L(f"---------- Message transféré ---------\nDe : {orig.full} <{orig.email}>\n"
                 f"Date : {when.strftime('%Y-%m-%d %H:%M')}\nObjet : mise à jour\nÀ : {me.full} <{me.email}>",
                 f"---------- Forwarded message ---------\nFrom: {orig.full} <{orig.email}>\n"
                 f"Date: {when.strftime('%a, %b %d, %Y at %I:%M %p')}\nSubject: update\nTo: {me.full} <{me.email}>")
    text = "\n".join([top, "", me.given, "", head, ""] + fwd_body + ["", orig.given])
    subj = ctx.L("TR: mise à jour", "Fwd: update")
    return mk(ctx, "forward", ctx.L("transfert d'un message clinique", "forwarded clinical message"), who(me), [who(dest)],
              subj, text)


def p_reply(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.5
    p = ctx.neonate(with_name=True) if neo else ctx.child(nam=r.random() < 0.3)
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit, doctor=r.random() < 0.5)
    other = ctx.staff(unit)
    ctx.flags.add("quoted_reply")
    when = ctx.date - datetime.timedelta(hours=r.randint(1, 20))
    q = clinical_lines(ctx, p)
    q.insert(0, r.choice(ctx.L(["Bonjour, question pour le patient suivant :", "Peux-tu valider ceci ?"],
                               ["Hi, question about this patient:", "Can you double-check this?"])))
    quoted = "\n".join("> " + x for x in "\n".join(q).split("\n"))
    top = r.choice(ctx.L(["Oui, c'est beau, on garde le même plan.", "Je m'en occupe cet après-midi.",
                          "Non, on attend le résultat du contrôle avant de changer quoi que ce soit."],
                         ["Yes, looks good, same plan.", "I'll take care of it this afternoon.",
                          "No, let's wait for the repeat before changing anything."]))
    text = "\n".join([top, "", me.given, "", quote_header(ctx, other, when), quoted])
    subj = ctx.L("RE: question", "RE: question") if r.random() < 0.5 else ctx.L("RE: suivi", "RE: follow-up")
    irt = f"<{r.getrandbits(48):012x}.{r.randint(1000, 9999)}@{C.DOM}>"
    return mk(ctx, "reply", ctx.L("réponse avec message cité", "reply quoting clinical message"), who(me), [who(other)],
              subj, text, in_reply_to=irt)


# --------------------------------------------------------------------------- attachments
def p_ics(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.5
    p = ctx.neonate(with_name=True, nam_parent=r.random() < 0.3) if neo else ctx.child(nam=r.random() < 0.3)
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit)
    nm = ctx.name(p)
    start = datetime.datetime.combine(ctx.day(r.randint(1, 14)), datetime.time(r.choice([9, 10, 13, 14]), 0))
    end = start + datetime.timedelta(hours=1)
    dx = ctx.dx(p)
    kind = r.randint(0, 1)
    if kind == 0:
        summary = ctx.L(f"Rencontre famille – {nm}", f"Family meeting - {nm}")
        desc = ctx.L(f"Ordre du jour : pronostic ({dx}), plan de soins, soutien. Dossier {ctx.mrn(p)}.",
                     f"Agenda: prognosis ({dx}), care plan, support. MRN {ctx.mrn(p)}.")
        if r.random() < 0.4:
            desc += ctx.L(f" Contexte : {ctx.social()}; intervenante présente.", f" Context: {ctx.social()}; caseworker attending.")
    else:
        summary = ctx.L(f"RDV {ctx.appt()} – {nm}", f"Appt {ctx.appt()} - {nm}")
        desc = ctx.L(f"Suivi post-USIN. Motif : {dx}. Parent : {ctx.parent_name(p)}, {ctx.phone_personal()}",
                     f"Post-NICU follow-up. Reason: {dx}. Parent: {ctx.parent_name(p)}, {ctx.phone_personal()}")
    if p.holder is not None:
        desc += "\n" + ctx.nam_block(p.holder, role="patient")
    elif p.parent["holder"] is not None:
        desc += "\n" + ctx.nam_block(p.parent["holder"], role=p.parent["role"])
    uid = f"{r.getrandbits(64):016x}@{C.DOM}"
    attendees = [(ctx.staff(unit, doctor=True).full, f"medecins.{unit}@{C.DOM}")]
    ics = D.make_ics(uid, start, end, summary, desc, ctx.L("Salle des familles, 4e étage", "Family room, 4th floor"),
                     (me.full, me.email), attendees)
    text = "\n".join([r.choice(ctx.L(["Invitation ci-jointe.", "Voici l'invitation pour la rencontre."],
                                     ["Invitation attached.", "Here is the meeting invite."])), "", sig(ctx, me, unit)])
    att = D.Attachment("invite.ics", "text/calendar", ics, charset="utf-8")
    subj = ctx.L("Invitation : rencontre", "Invitation: meeting") if r.random() < 0.5 else summary
    return mk(ctx, "invite", ctx.L("invitation de calendrier", "calendar invitation"), who(me),
              [(None, f"medecins.{unit}@{C.DOM}")], subj, text, attachments=[att])


def p_vcard(ctx, env):
    r = ctx.rng
    neo = r.random() < 0.6
    p = ctx.neonate(with_name=True) if neo else ctx.child()
    unit = "usin" if neo else "sip"
    me = ctx.staff(unit)
    par = p.parent
    adr = ctx.address_personal()
    tel = ctx.phone_personal()
    nm = ctx.name(p)
    dx = ctx.dx(p)
    note = ctx.L(f"Parent de {nm} ({dx})", f"Parent of {nm} ({dx})")
    vcf = D.make_vcard(par["given"], par["surname"], tel=tel, adr=adr, note=note,
                       email=f"{C.strip_accents(par['given']).lower()}.{C.strip_accents(par['surname']).lower().replace(' ', '')}@courriel.example")
    text = "\n".join([greet(ctx), "", ctx.L(f"Coordonnées de la famille pour le suivi à domicile (voir fiche).",
                                             f"Family contact details for home follow-up (see card)."), "",
                      close(ctx), sig(ctx, me, unit)])
    fname = f"{C.strip_accents(par['given'])} {C.strip_accents(par['surname'])}.vcf"
    att = D.Attachment(fname, "text/vcard", vcf, charset="utf-8")
    subj = ctx.L("Coordonnées famille", "Family contact")
    return mk(ctx, "contact", ctx.L("fiche contact de la famille", "family contact card"), who(me),
              [(ctx.L("Infirmière de liaison", "Liaison nurse"), f"liaison@{C.DOM}")], subj, text, attachments=[att])


def p_zip(ctx, env):
    r = ctx.rng
    p = ctx.neonate(with_name=True) if r.random() < 0.5 else ctx.child()
    unit = "usin" if p.kind == "neo" else "sip"
    me = ctx.staff(unit)
    nm = ctx.name(p)
    pdf = D.make_pdf(ctx.L("Note de transfert", "Transfer note"),
                     [nm, ctx.L(f"DDN {ctx.dob(p)}", f"DOB {ctx.dob(p)}"), ctx.L(f"Dossier {p.mrn[1]}", f"MRN {p.mrn[1]}"),
                      ctx.dx(p), ctx.med(p)])
    ctx.types.add("mrn")
    rows = [[ctx.L("date", "date"), ctx.L("analyse", "test"), ctx.L("résultat", "result")]]
    for i in range(4):
        rows.append([(ctx.day(-i)).isoformat(), "panel", ctx.lab(p)])
    csv = D.make_csv(rows, sep=";" if ctx.lang == "fr" else ",")
    members = [(ctx.L("note_transfert.pdf", "transfer_note.pdf"), pdf),
               (ctx.L("resultats.csv", "results.csv"), csv.encode("utf-8"))]
    z = D.make_zip(members)
    text = "\n".join([greet(ctx), "", ctx.L("Documents de transfert en pièce jointe (zip).", "Transfer documents attached (zip)."),
                      "", close(ctx), sig(ctx, me, unit)])
    fname = ctx.L(f"transfert_{C.strip_accents(p.surname).lower()}.zip", f"transfer_docs_{p.mrn[0]}.zip")
    subj = ctx.L("Documents de transfert", "Transfer documents")
    return mk(ctx, "transfer", ctx.L("documents de transfert zippés", "zipped transfer documents"), who(me),
              [(None, f"admission@{r.choice(['hr-lacbrule.example', 'ch-pointeauxsaules.example'])}")], subj, text,
              attachments=[D.Attachment(fname, "application/zip", z)])


def p_eml(ctx, env):
    """Earlier clinical message forwarded as an attachment (message/rfc822)."""
    r = ctx.rng
    p = ctx.neonate(nam_parent=r.random() < 0.4) if r.random() < 0.5 else ctx.child(nam=r.random() < 0.4)
    unit = "usin" if p.kind == "neo" else "sip"
    me = ctx.staff(unit, doctor=True)
    orig = ctx.staff(unit)
    lines = [greet(ctx), ""] + clinical_lines(ctx, p) + ["", orig.given]
    inner_subj = ctx.L(f"Admission {p.surname}", f"Admission {p.surname}") if r.random() < 0.6 else ctx.L("admission cette nuit", "overnight admission")
    inner = Mail(ctx.lang, "inner", "", who(orig), [who(me)], inner_subj, text="\n".join(lines),
                 date=ctx.date - datetime.timedelta(days=1), force_form=r.choice(["plain", "alt"]))
    att = eml_attachment(env.builder, inner, env.msgid(), ctx.L("message d'origine.eml", "original message.eml"),
                         rfc2231=r.random() < 0.5)
    ctx.flags.add("attached_eml")
    text = "\n".join([r.choice(ctx.L(["Voir le message ci-joint, à inclure au dossier svp.", "Je te transfère le courriel d'hier."],
                                     ["See attached message, please file it.", "Forwarding yesterday's e-mail."])), "",
                      sig(ctx, me, unit)])
    return mk(ctx, "forward", ctx.L("message clinique joint en .eml", "clinical message attached as .eml"), who(me),
              [(ctx.L("Archives médicales", "Health records"), f"archives@{C.DOM}")],
              ctx.L("TR: message à verser au dossier", "Fwd: for the chart"), text, attachments=[att])


def p_subject_only(ctx, env):
    r = ctx.rng
    p = ctx.neonate() if r.random() < 0.6 else ctx.child()
    unit = "usin" if p.kind == "neo" else "sip"
    me = ctx.staff(unit, doctor=True)
    nm = ctx.baby_label(p) if p.kind == "neo" else ctx.name(p)
    subj = r.choice(ctx.L([f"RE: {nm} – écho", f"{nm}", f"TR: {nm} résultats"], [f"RE: {nm} - echo", f"{nm}", f"FW: {nm} results"]))
    body = r.choice([lambda: ctx.imaging(p), lambda: ctx.lab(p)])()
    text = "\n".join([ctx.L(f"Résultat : {body}.", f"Result: {body}."),
                      ctx.L(f"Plan : {ctx.med(p)}, contrôle dans 48 h.", f"Plan: {ctx.med(p)}, repeat in 48 h."),
                      "", me.given])
    return mk(ctx, "note", ctx.L("nom uniquement dans l'objet", "name only in subject"), who(me),
              [who(ctx.staff(unit, doctor=True))], subj, text)


def p_filename_only(ctx, env):
    r = ctx.rng
    p = ctx.neonate(with_name=True) if r.random() < 0.5 else ctx.child()
    unit = "usin" if p.kind == "neo" else "sip"
    me = ctx.staff(unit)
    ctx.types.add("patient_name")
    sur = C.strip_accents(p.surname).replace(" ", "").replace("'", "")
    g = C.strip_accents(p.given)
    kind = r.randint(0, 1)
    if kind == 0:
        content = [ctx.L("Rapport d'imagerie", "Imaging report"), ctx.imaging(p), ctx.L("Conclusion : à corréler.", "Conclusion: correlate clinically.")]
        fname = ctx.L(f"ETF_{sur}_{g}_{ctx.day().strftime('%Y%m%d')}.pdf", f"HUS_{sur}-{g}_{ctx.day().strftime('%Y%m%d')}.pdf")
        if r.random() < 0.5:
            fname = ctx.L(f"Rapport échographie {g} {sur}.pdf", f"Ultrasound report {g} {sur}.pdf")
        att = D.Attachment(fname, "application/pdf", D.make_pdf(content[0], content[1:]), rfc2231=r.random() < 0.5)
    else:
        rows = [["date", "test", ctx.L("valeur", "value")]] + [[ctx.day(-i).isoformat(), "lab", ctx.lab(p)] for i in range(3)]
        fname = ctx.L(f"résultats_{g.lower()}_{sur.lower()}.xlsx", f"labs_{sur.upper()}_{g}.xlsx")
        att = D.Attachment(fname, D.CT_XLSX, D.make_xlsx([("labs", rows)]), rfc2231=True)
    text = "\n".join([r.choice(ctx.L(["Ci-joint, comme demandé.", "Voici le document.", "Pièce jointe pour ton dossier."],
                                     ["Attached as requested.", "Here's the document.", "Attachment for your file."])),
                      "", sig(ctx, me, unit)])
    return mk(ctx, "attachment", ctx.L("nom uniquement dans le nom du fichier", "name only in file name"), who(me),
              [who(ctx.staff(unit, doctor=True))], ctx.L("document", "document"), text, attachments=[att])


def p_research(ctx, env):
    r = ctx.rng
    me = ctx.staff("usin")
    me.role = ctx.L("coordonnatrice de recherche, néonatalogie", "Research Coordinator, Neonatology")
    me.title = None
    rows = [[ctx.L("ID étude", "Study ID"), ctx.L("Nom", "Name"), ctx.L("DDN", "DOB"), ctx.L("AG", "GA"), ctx.L("Dx", "Dx"), ctx.L("Consentement", "Consent")]]
    for i in range(r.randint(3, 6)):
        p = ctx.neonate(with_name=True)
        rows.append([f"NEO-{r.randint(100, 999)}", ctx.name(p), ctx.dob(p, long_ok=False), f"{p.ga}+{p.gd}", ctx.dx(p),
                     ctx.L("signé", "signed")])
    mode = r.choice(["xlsx", "csv", "body"])
    atts = []
    intro = ctx.L("Voici la liste des participants recrutés ce mois-ci (étude caféine prolongée).",
                  "Here is this month's enrolment log (extended caffeine trial).")
    if mode == "body":
        text = "\n".join([greet(ctx), "", intro, ""] + [" | ".join(x) for x in rows] + ["", sig(ctx, me)])
    else:
        if mode == "xlsx":
            atts.append(D.Attachment(ctx.L("registre_recrutement.xlsx", "enrolment_log.xlsx"), D.CT_XLSX, D.make_xlsx([("log", rows)])))
        else:
            atts.append(D.Attachment(ctx.L("registre_recrutement.csv", "enrolment_log.csv"), "text/csv", D.make_csv(rows)))
        text = "\n".join([greet(ctx), "", intro + ctx.L(" (voir fichier)", " (see file)"), "", sig(ctx, me)])
    ctx.types.add("medication")  # caffeine trial arm named in the intro
    return mk(ctx, "research", ctx.L("registre de recrutement nominatif", "named enrolment log"), who(me),
              [(ctx.L("Chercheur principal", "Principal investigator"), f"pi.cafeine@{C.DOM}")],
              ctx.L("Recrutement – mise à jour", "Enrolment update"), text, attachments=atts)


def p_rsv_list(ctx, env):
    r = ctx.rng
    me = ctx.staff("usin")
    me.role = ctx.L("pharmacienne, USIN", "NICU Pharmacist")
    me.title = None
    drug = r.choice(["nirsevimab (Beyfortus)", "palivizumab (Synagis)"])
    ctx.types.add("medication")
    rows = [[ctx.L("Nom", "Name"), ctx.L("DDN", "DOB"), ctx.L("AG", "GA"), ctx.L("Indication", "Indication"), ctx.L("Tél.", "Phone")]]
    for i in range(r.randint(4, 7)):
        p = ctx.neonate(with_name=True)
        rows.append([ctx.name(p), ctx.dob(p, long_ok=False), f"{p.ga}+{p.gd}", ctx.dx(p), ctx.phone_personal()])
    csv = D.make_csv(rows, sep=";" if ctx.lang == "fr" else ",")
    text = "\n".join([greet(ctx), "", ctx.L(f"Liste des bébés admissibles au {drug} avant le congé, avec numéros des parents pour la relance.",
                                             f"List of babies eligible for {drug} before discharge, with parents' numbers for call-back."),
                      "", close(ctx), sig(ctx, me)])
    return mk(ctx, "census", ctx.L("liste de prophylaxie VRS", "RSV prophylaxis list"), who(me),
              [(ctx.L("Clinique de suivi", "Follow-up clinic"), f"csn@{C.DOM}")],
              ctx.L(f"Prophylaxie VRS – {drug}", f"RSV prophylaxis - {drug}"), text,
              attachments=[D.Attachment(ctx.L("liste_VRS.csv", "rsv_list.csv"), "text/csv", csv, charset=r.choice(["utf-8", "windows-1252"]))])


def p_milk(ctx, env):
    r = ctx.rng
    p = ctx.neonate(nam_parent=r.random() < 0.6)
    me = ctx.staff("usin")
    me.role = ctx.L("infirmière, biberonnerie / lait maternel", "Nurse, milk room")
    me.title = None
    baby = ctx.baby_label(p)
    ctx.types.add("lab_result")
    sero = r.choice(ctx.L(["AgHBs positif, charge virale en attente", "VIH négatif, syphilis négative, CMV IgG positif",
                           "dépistage urinaire positif aux opioïdes"],
                          ["HBsAg positive, viral load pending", "HIV neg, syphilis neg, CMV IgG positive",
                           "urine drug screen positive for opioids"]))
    lines = [greet(ctx), "", ctx.L(f"Concernant le lait maternel pour {baby} :", f"Re: breast milk for {baby}:")]
    if p.parent["holder"] is not None:
        lines.append(ctx.nam_block(p.parent["holder"], role=p.parent["role"]))
    else:
        lines.append(ctx.L(f"Mère : {ctx.parent_name(p, title=False)}", f"Mother: {ctx.parent_name(p, title=False)}"))
        ctx.types.add("patient_name")
    lines.append(ctx.L(f"Sérologies maternelles : {sero}.", f"Maternal serology: {sero}."))
    lines.append(ctx.L("Peut-on utiliser son lait ou passer au lait de banque (Héma-lait) en attendant l'avis de l'infectiologie ?",
                       "Can we use her milk, or switch to donor milk until ID weighs in?"))
    lines += ["", close(ctx), sig(ctx, me)]
    return mk(ctx, "lab", ctx.L("lait maternel et sérologies", "breast milk and serology"), who(me),
              [(ctx.L("Néonatalogiste de garde", "Neonatologist on call"), f"neo.garde@{C.DOM}")],
              ctx.L("Lait maternel – question", "Breast milk - question"), "\n".join(lines))


def p_bereavement(ctx, env):
    r = ctx.rng
    p = ctx.neonate(with_name=True) if r.random() < 0.6 else ctx.child()
    unit = "usin" if p.kind == "neo" else "sip"
    me = ctx.staff(unit)
    me.role = ctx.L("infirmière, soins palliatifs pédiatriques", "Paediatric palliative care nurse")
    me.title = None
    nm = ctx.name(p)
    adr = ctx.address_personal()
    dd = ctx.day(-r.randint(20, 60))
    lines = [greet(ctx), "",
             ctx.L(f"Comme convenu, voici la famille à qui envoyer la carte de condoléances et l'invitation au suivi de deuil.",
                   f"As agreed, here is the family to receive the condolence card and bereavement follow-up invitation."),
             "", ctx.L(f"Enfant : {nm}, décédé(e) le {C.fmt_date(r, dd, 'fr')} ({ctx.dx(p)})",
                       f"Child: {nm}, died {C.fmt_date(r, dd, 'en')} ({ctx.dx(p)})"),
             ctx.L(f"Parents : {ctx.parent_name(p)}", f"Parents: {ctx.parent_name(p)}"),
             f"{adr[0]}\n{adr[1]}", "",
             ctx.L("La maman a demandé qu'on n'appelle pas avant 10 h.", "Mum asked that we not call before 10 am."),
             "", close(ctx), sig(ctx, me, unit)]
    return mk(ctx, "social", ctx.L("suivi de deuil", "bereavement follow-up"), who(me),
              [(ctx.L("Secrétariat deuil", "Bereavement office"), f"deuil@{C.DOM}")],
              ctx.L("Suivi de deuil", "Bereavement follow-up"), "\n".join(lines))


def p_nas(ctx, env):
    r = ctx.rng
    p = ctx.neonate(with_name=r.random() < 0.5, nam_parent=r.random() < 0.5)
    p.ga = r.choice([36, 38, 39, 40])
    me = ctx.staff("usin")
    baby = ctx.baby_label(p)
    ctx.types.update({"diagnosis", "social_information", "medication", "lab_result"})
    rows = [["heure" if ctx.lang == "fr" else "time", "Finnegan", ctx.L("morphine (mg)", "morphine (mg)")]]
    for h in range(0, 24, 4):
        rows.append([f"{h:02d}:00", r.randint(4, 14), round(r.choice([0.02, 0.03, 0.04]), 2)])
    lines = [ctx.L(f"Scores de sevrage des dernières 24 h pour {baby} (mère sous méthadone, DPJ impliquée).",
                   f"Withdrawal scores over the last 24 h for {baby} (mum on methadone, CPS involved).")]
    if p.parent["holder"] is not None:
        lines.append(ctx.nam_block(p.parent["holder"], role=p.parent["role"]))
    lines += ["", ctx.L("Dx : syndrome de sevrage néonatal aux opioïdes", "Dx: neonatal opioid withdrawal syndrome"), "",
              sig(ctx, me)]
    csv = D.make_csv(rows)
    att = D.Attachment(ctx.L("scores_finnegan.csv", "finnegan_scores.csv"), "text/csv", csv)
    return mk(ctx, "lab", ctx.L("scores de sevrage néonatal", "neonatal withdrawal scores"), who(me),
              [(ctx.L("Néonatalogiste", "Neonatologist"), f"neo.garde@{C.DOM}")],
              ctx.L("Scores Finnegan 24 h", "Finnegan scores 24 h"), "\n".join(lines), attachments=[att])


POS_B = [
    (p_caregiver_form, 5), (p_ontario, 5), (p_belgian, 5), (p_french, 5), (p_social, 6), (p_quicknote, 4),
    (p_forward, 4), (p_reply, 4), (p_ics, 4), (p_vcard, 3), (p_zip, 3), (p_eml, 4), (p_subject_only, 3),
    (p_filename_only, 3), (p_research, 3), (p_rsv_list, 3), (p_milk, 3), (p_bereavement, 2), (p_nas, 3),
]
