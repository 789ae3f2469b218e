"""Positive scenarios, part C: threads (forward, reply, attached message), calendar and vCard,
out-of-province and foreign identifiers, names hidden in subject or file name, bundles, rosters."""
import datetime

import gen_attach as A
import gen_data as D
import gen_ids as I
import gen_mime as M
import gen_pos_a as PA
import gen_pos_b as PB
from gen_ctx import (cap, dx_for, contact, diag, greet, ident, ident_cells, labs, marker, reg_drugs, reg_name,
                     regimen_for, sig, supportive, thanks)

MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]


def quote_intro(dt, who, lang, style):
    if style == "gt":
        if lang == "fr":
            return "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (JOURS_ABR[dt.weekday()], dt.day, MOIS_ABR[dt.month - 1], dt.year,
                                                                     dt.hour, dt.minute, who[0], who[1])
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (dt.strftime("%a"), dt.strftime("%b"), dt.day, dt.year,
                                                                   (dt.hour - 1) % 12 + 1, dt.minute, "PM" if dt.hour >= 12 else "AM", who[0], who[1])
    return None


def outlook_headers(inner, dt, lang):
    to = "; ".join(n for n, a in inner.to)
    if lang == "fr":
        return [("De :", "%s <%s>" % inner.sender), ("Envoyé :", "%s %d %s %d %02d:%02d" % (I.JOURS[dt.weekday()], dt.day, I.MOIS[dt.month - 1], dt.year, dt.hour, dt.minute)),
                ("À :", to), ("Objet :", inner.subject)]
    return [("From:", "%s <%s>" % inner.sender), ("Sent:", "%s, %s %d, %d %d:%02d %s" % (I.DAYS[dt.weekday()], I.MONTHS[dt.month - 1], dt.day, dt.year,
                                                                                       (dt.hour - 1) % 12 + 1, dt.minute, "PM" if dt.hour >= 12 else "AM")),
            ("To:", to), ("Subject:", inner.subject)]


INNER = [PA.p_symptom_call, PB.p_lab_followup, PB.p_imaging, PA.p_referral, PA.p_dose_adjust, PB.p_pivot, PB.p_social,
         PA.p_radonc_plan, PB.p_transport]
INNER_INTERNAL = INNER[:6] + [PA.p_radonc_plan]


def _signer(who):
    return M.Sig([who[0].split()[0]]) if "." in who[1].split("@")[0] else M.Sig([who[0]])


def _absorb(m, inner):
    m.types |= inner.types
    m.ids += inner.ids
    m.nam_holders += inner.nam_holders
    m.atts += inner.atts


def p_forward(ctx, lang):
    fr = lang == "fr"
    inner = ctx.choice(INNER_INTERNAL)(ctx, lang)
    fwd_by = inner.to[0]
    dest = ctx.st(ctx.choice(["ipo", "hemonc", "nurse", "sw", "pharm"]))
    m = ctx.mail(lang, "forward", fwd_by, [dest])
    dt = ctx.earlier(40, 60 * 30)
    if fr:
        m.subject = ctx.choice(["TR: ", "TR : ", "Fwd: "]) + inner.subject
        note = ctx.choice(["Pour ton info.", "Peux-tu t'en occuper? Je suis en clinique tout l'après-midi.", "Voir plus bas, on en parle au caucus demain?",
                           "FYI - je serai absente jeudi, merci de prendre le relais."])
        marker = ctx.choice(["-------- Message transféré --------", "---------- Message transféré ---------", "----- Message d'origine -----"])
        heads = [("De :", "%s <%s>" % inner.sender), ("Date :", "%s %d %s %d %02d:%02d" % (I.JOURS[dt.weekday()], dt.day, I.MOIS[dt.month - 1], dt.year, dt.hour, dt.minute)),
                 ("Objet :", inner.subject), ("À :", ", ".join("%s <%s>" % t for t in inner.to))]
    else:
        m.subject = ctx.choice(["Fwd: ", "FW: ", "Fw: "]) + inner.subject
        note = ctx.choice(["FYI.", "Can you take this one? I'm in clinic all afternoon.", "See below - discuss at huddle tomorrow?",
                           "FYI - I'm off Thursday, please pick this up."])
        marker = ctx.choice(["---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:"])
        heads = [("From:", "%s <%s>" % inner.sender), ("Date:", dt.strftime("%a, %b %d, %Y at %I:%M %p")), ("Subject:", inner.subject),
                 ("To:", ", ".join("%s <%s>" % t for t in inner.to))]
    m.add(greet(ctx, lang, dest.given) if ctx.chance(0.5) else None, note, M.Sig([fwd_by[0].split()[0]]), M.Fwd(marker, heads, inner.blocks))
    m.blocks = [b for b in m.blocks if b is not None]
    _absorb(m, inner)
    m.note = "forwarded clinical message with short cover note"
    return m


def p_reply(ctx, lang):
    fr = lang == "fr"
    inner = ctx.choice(INNER)(ctx, lang)
    replier = inner.to[0]
    m = ctx.mail(lang, "reply", replier, [inner.sender], cc=inner.cc)
    dt = ctx.earlier(15, 60 * 20)
    m.subject = (ctx.choice(["RE: ", "Re: ", "RE : "]) if fr else ctx.choice(["RE: ", "Re: "])) + inner.subject
    m.in_reply_to = ctx.msgid("irt", ctx.serial)
    if fr:
        top = ctx.choice(["C'est noté, merci.", "Oui c'est beau pour moi.", "Ok je m'en occupe cet après-midi.", "Parfait, je lui ai parlé ce matin, %s est au courant." % ctx.choice(["il", "elle"]),
                          "Merci, je vais ajuster l'ordonnance."])
    else:
        top = ctx.choice(["Noted, thanks.", "Sounds good.", "OK, I'll take care of it this afternoon.", "Already spoke with them this morning.",
                          "Thanks - I'll adjust the order."])
    style = ctx.choice(["gt", "outlook", "outlook"])
    if style == "gt":
        q = M.Quote(quote_intro(dt, inner.sender, lang, "gt"), inner.blocks)
    else:
        q = M.Quote(None, inner.blocks, headers=outlook_headers(inner, dt, lang))
    m.add(top, _signer(replier), q)
    _absorb(m, inner)
    m.note = "short reply above quoted clinical message"
    return m


def p_attached_eml(ctx, lang):
    fr = lang == "fr"
    inner = ctx.choice(INNER[:6])(ctx, lang)
    fwd_by = inner.to[0]
    dest = ctx.st(ctx.choice(["manager", "ipo", "hemonc", "quality"]))
    m = ctx.mail(lang, "attached_message", fwd_by, [dest])
    m.subject = ("TR: " if fr else "FW: ") + inner.subject if ctx.chance(0.5) else (
        "Courriel reçu hier soir" if fr else "E-mail from last night")
    m.add(greet(ctx, lang, dest.given),
          ctx.choice(["Voir le courriel ci-joint. Je ne suis pas certaine que ce soit à nous de gérer ça, ton avis?",
                      "Je te transfère le message original en pièce jointe pour le dossier."]) if fr else
          ctx.choice(["See the attached e-mail. Not sure this one is ours to handle, thoughts?",
                      "Forwarding the original as an attachment for the file."]),
          M.Sig([fwd_by[0].split()[0]]))
    inner.msgid = ctx.msgid("inner", ctx.serial)
    inner.date = ctx.earlier(60, 60 * 20)
    fn = (inner.subject[:40].strip().replace("/", "-").replace(":", "") + ".eml") if ctx.chance(0.6) else None
    m.inner.append((inner, fn))
    m.types |= inner.types
    m.ids += inner.ids
    m.nam_holders += inner.nam_holders
    m.note = "clinical e-mail forwarded as attached message"
    return m


def p_ics(ctx, lang):
    fr = lang == "fr"
    sender = ctx.st(ctx.choice(["clerk", "ipo", "radonc"]))
    p = ctx.patient(lang)
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    day = ctx.future(2, 10)
    h = ctx.rng.randrange(8, 14)
    start = datetime.datetime(day.year, day.month, day.day, h, ctx.choice([0, 30]))
    end = start + datetime.timedelta(minutes=ctx.choice([30, 60, 90, 180]))
    kind = ctx.rng.randrange(3)
    m = ctx.mail(lang, "appointment_ics", sender, [ctx.st("nurse"), ctx.st("pharm")] if kind == 0 else [ctx.st("hemonc")])
    m.types |= {"patient_name", "diagnosis"}
    short_name = p.name(ctx.choice(["title_sur", "upper_first", "full"]), lang)
    if fr:
        summ = ["Enseignement pré-chimio - %s" % short_name, "Consultation initiale - %s" % short_name, "Rencontre famille - %s" % short_name][kind]
        desc_lines = ["%s - %s" % (diag(dx, lang), reg_name(reg, lang)), "Salle d'enseignement 2e étage"]
    else:
        summ = ["Pre-chemo teaching - %s" % short_name, "New consult - %s" % short_name, "Family meeting - %s" % short_name][kind]
        desc_lines = ["%s - %s" % (diag(dx, lang), reg_name(reg, lang)), "Teaching room, 2nd floor"]
    m.types.add("medication")
    if p.nam or ctx.chance(0.5):
        name, idtxt = ident(ctx, m, p, lang, layout="pipe")
        desc_lines.insert(0, idtxt)
    if kind == 2:
        soc = ctx.rng.randrange(len(D.SOCIAL_FR))
        desc_lines.append((D.SOCIAL_FR if fr else D.SOCIAL_EN)[soc])
        m.types.add("social_information")
    cal = A.ics("%s-%d@%s" % (day.strftime("%Y%m%d"), ctx.serial, D.DOMAIN), summ, start, end,
                "Centre de jour d'oncologie, local B-214" if fr else "Oncology day centre, room B-214", "\n".join(desc_lines),
                (sender.full, sender.email), [(t[0], t[1]) for t in m.to], stamp=ctx.now.replace(tzinfo=None))
    m.subject = summ if ctx.chance(0.6) else (("Invitation : " if fr else "Invitation: ") + summ)
    if ctx.chance(0.5):
        m.calendar = cal
        m.add(summ, "\n".join(desc_lines))
        m.hints["body"] = ctx.choice(["alt", "plain_cal"])
    else:
        m.add(greet(ctx, lang), "Invitation ci-jointe." if fr else "Invite attached.", sig(ctx, sender, lang, short=True))
        m.atts.append(M.Att(cal, "text/calendar", "invite.ics", charset="utf-8", cte=ctx.choice(["base64", "quoted-printable", "8bit"])))
        m.subject = summ
    m.note = "calendar invitation naming a patient"
    return m


def p_vcard(ctx, lang):
    fr = lang == "fr"
    ipo = ctx.st("ipo")
    clsc = D.PARTNERS["clsc"]
    p = ctx.patient(lang, "inv")
    dx = ctx.choice([d for d in D.DIAGNOSES if "FOLFOX" in d[4] or "FOLFIRINOX" in d[4] or "FLOT" in d[4]])
    key, reg = regimen_for(ctx, dx)
    m = ctx.mail(lang, "vcard", ipo, [("Soins à domicile" if fr else "Home care", "sad@" + clsc[2])])
    m.types |= {"patient_name", "patient_contact", "date_of_birth", "medication", "diagnosis"}
    m.ids.append(("patient_contact", p.phone.split("-")[-1]))
    m.ids.append(("patient_contact", p.address.split(",")[0]))
    day = ctx.future(2, 4)
    note = ("Infuseur 5-FU 46 h à débrancher le %s vers 13h. PICC bras G." if fr else "5-FU 46 h pump disconnect on %s around 1 pm. PICC left arm.") % I.short_day(day, lang)
    card = A.vcard("%s %s" % (p.given, p.surname), p.surname, p.given, tel=p.phone, adr=p.address, bday=p.dob, note=note)
    if fr:
        m.subject = ctx.choice(["Débranchement infuseur", "Demande SAD - débranchement 5-FU", "Nouvelle demande de suivi à domicile"])
        m.add(greet(ctx, lang), "Demande de débranchement d'infuseur à domicile pour un%s %s traité%s pour %s (%s). Coordonnées dans la fiche jointe." % (
            p.agree("", "e"), p.agree("patient", "patiente"), p.agree("", "e"), diag(dx, lang), reg_name(reg, lang)), thanks(ctx, lang), sig(ctx, ipo, lang))
    else:
        m.subject = ctx.choice(["Pump disconnect", "Home care request - 5-FU disconnect", "New home follow-up request"])
        m.add(greet(ctx, lang), "Requesting a home pump disconnect for a patient treated for %s (%s). Contact details in the attached card." % (diag(dx, lang), reg_name(reg, lang)),
              thanks(ctx, lang), sig(ctx, ipo, lang))
    m.atts.append(M.Att(card, "text/vcard", "%s_%s.vcf" % (p.surname, p.given), charset="utf-8",
                        cte=ctx.choice(["base64", "quoted-printable", "8bit"]), fn_mode=ctx.choice(["auto", "rfc2231", "rfc2047"])))
    m.note = "home-care request with patient vCard"
    return m


def p_ontario(ctx, lang):
    fr = lang == "fr"
    p = ctx.pf.ontario(lang)
    num, ver = p.ohip
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    on = D.PARTNERS["ontario"]
    onc = ctx.st("hemonc")
    ext = ("Dr. Ruth Abernethy-Cole" if ctx.chance(0.5) else "Dr. Samuel Okonkwo-Reyes", "oncology.intake@" + on[2])
    incoming = ctx.chance(0.5)
    m = ctx.mail(lang, "out_of_province", ext if incoming else onc, [onc] if incoming else [ext])
    hcn = I.fmt_ohip(num, ver, ctx.choice(["plain", "spaced", "hyphen", "dotted", "wide"]))
    m.types |= {"patient_name", "ca_health_number", "date_of_birth", "diagnosis", "medication"}
    m.ids.append(("ca_health_number", num))
    dob = I.fmt_date(p.dob, ctx.choice(["iso", "long", "dmy"]), lang)
    nm = p.name(ctx.choice(["full", "upper_comma", "title_full"]), lang)
    if fr:
        m.subject = ctx.choice(["Transfert de soins - patient ontarien", "Patient(e) de l'Ontario - poursuite du traitement", "Carte santé Ontario - %s" % p.surname])
        m.add(greet(ctx, lang), "%s, %s, %s en Ontario (carte santé %s), poursuivra %s chez %s. Diagnostic : %s." % (
            nm, "née le " + dob if p.sex == "F" else "né le " + dob, p.agree("domicilié", "domiciliée"), hcn, reg_name(reg, lang),
            "vous" if incoming else "nous", diag(dx, lang)),
              "Dernier cycle reçu le %s. Les formulaires de facturation interprovinciale sont à compléter par l'admission." % I.fmt_date(ctx.past(7, 20), "long", lang))
    else:
        m.subject = ctx.choice(["Transfer of care - Ontario resident", "Ontario patient - continuing treatment", "OHIP patient %s" % p.surname])
        m.add(greet(ctx, lang), "%s, DOB %s, Ontario resident (health card %s), will continue %s %s. Diagnosis: %s." % (
            nm, dob, hcn, reg_name(reg, lang), "with you" if incoming else "with us", diag(dx, lang)),
              "Last cycle given %s. Interprovincial billing forms to be completed by admitting." % I.fmt_date(ctx.past(7, 20), "long", lang))
    if ctx.chance(0.5):
        phone = contact(ctx, m, p, lang, "phone")
        m.add(("Tél. : %s" if fr else "Phone: %s") % phone)
    m.add(thanks(ctx, lang), M.Sig([ext[0], on[1], "Tel: 613-555-0188"]) if incoming else sig(ctx, onc, lang))
    m.note = "interprovincial transfer with Ontario health number"
    return m


def p_belgian(ctx, lang):
    fr = lang == "fr"
    p = ctx.pf.belgian(lang)
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    be = D.PARTNERS["belgium"]
    onc = ctx.st("hemonc")
    ext = ("Dr Geert Vandenbroucke" if ctx.chance(0.5) else "Dr Isabelle Delvaux-Moens", "oncologie@" + be[2])
    m = ctx.mail(lang, "foreign_patient", ext, [onc], cc=[ctx.st("ipo")])
    niss = I.fmt_niss(p.niss, ctx.choice(["official", "plain", "spaced", "slash"]))
    m.types |= {"patient_name", "be_niss", "date_of_birth", "diagnosis", "medication"}
    m.ids.append(("be_niss", p.niss))
    nm = p.name(ctx.choice(["upper_first", "title_full", "upper_comma"]), lang)
    dob = p.dob.strftime("%d/%m/%Y")
    cbc, _, _ = labs(ctx, lang, "cbc")
    m.types.add("lab_result")
    if fr:
        m.subject = ctx.choice(["Continuité des soins - patiente belge en séjour au Québec" if p.sex == "F" else "Continuité des soins - patient belge en séjour au Québec",
                                "Demande de prise en charge temporaire", "%s - suite du traitement" % p.surname.upper()])
        m.add("Chère Consœur, cher Confrère," if ctx.chance(0.5) else "Bonjour,",
              "%s (né%s le %s, NISS %s) séjourne chez sa famille dans votre région jusqu'en janvier. %s est suivi%s chez nous pour %s et reçoit %s (C%d fait le %s)." % (
                  nm, p.agree("", "e"), dob, niss, p.agree("Il", "Elle"), p.agree("", "e"), diag(dx, lang), reg_name(reg, lang), ctx.rng.randrange(2, 6),
                  I.fmt_date(ctx.past(8, 15), "dmy", lang)),
              "Dernière biologie : %s. Pourriez-vous assurer les deux prochains cycles? Je vous joins le dernier compte rendu." % cbc,
              "Bien confraternellement,", M.Sig([ext[0], "Service d'oncologie médicale", be[0], "Tél. +32 4 555 01 77"]))
    else:
        m.subject = ctx.choice(["Continuity of care - Belgian patient visiting Quebec", "Request for temporary care", "%s - continuing treatment" % p.surname.upper()])
        m.add("Dear colleague,", "%s (born %s, NISS %s) is staying with family in your area until January. Followed here for %s, receiving %s (cycle %d given %s)." % (
            nm, dob, niss, diag(dx, lang), reg_name(reg, lang), ctx.rng.randrange(2, 6), I.fmt_date(ctx.past(8, 15), "dmy", lang)),
              "Latest labs: %s. Could you give the next two cycles? Last clinic letter attached." % cbc, "Kind regards,",
              M.Sig([ext[0], "Medical Oncology", be[1], "Tel. +32 4 555 01 77"]))
    if ctx.chance(0.6):
        m.atts.append(M.Att(A.pdf("Compte rendu de consultation" if fr else "Clinic letter",
                                  ["Patient : %s - NISS %s" % (p.name("upper_first", lang), I.fmt_niss(p.niss, "official")), diag(dx, lang), reg_name(reg, lang)]),
                            "application/pdf", "CR_consultation_%s.pdf" % p.surname.replace(" ", "")))
    m.note = "Belgian oncologist asks for temporary treatment continuity"
    return m


def p_french(ctx, lang):
    fr = lang == "fr"
    p = ctx.pf.french(lang)
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    fra = D.PARTNERS["france"]
    onc = ctx.st("hemonc")
    ext = ("Dr Hélène Marchetti" if ctx.chance(0.5) else "Dr Olivier Fauconnier", "onco.secretariat@" + fra[2])
    outgoing = ctx.chance(0.5)
    m = ctx.mail(lang, "foreign_patient", onc if outgoing else ext, [ext] if outgoing else [onc])
    nir = I.fmt_nir(p.nir, ctx.choice(["spaced", "plain", "dotted", "key"]))
    m.types |= {"patient_name", "fr_nir", "diagnosis", "medication"}
    m.ids.append(("fr_nir", p.nir))
    nm = p.name(ctx.choice(["upper_first", "title_full", "sur_comma"]), lang)
    if fr:
        m.subject = ctx.choice(["Retour en France - relais de prise en charge", "Patient%s suivi%s au Québec - ALD" % (p.agree("", "e"), p.agree("", "e")), "Relais %s" % p.surname])
        m.add("Cher confrère," if ctx.chance(0.5) else "Bonjour,",
              "%s, n° de sécurité sociale %s, rentre en France le %s. %s a reçu chez nous %s pour %s ; dernière administration le %s." % (
                  nm, nir, I.fmt_date(ctx.future(5, 20), "long", lang), p.agree("Il", "Elle"), reg_name(reg, lang), diag(dx, lang), I.fmt_date(ctx.past(3, 12), "long", lang)),
              "Merci de %s revoir dans les 3 semaines pour la suite. L'ALD 30 est en cours de renouvellement selon %s." % (p.agree("le", "la"), p.agree("lui", "elle")),
              thanks(ctx, lang))
    else:
        m.subject = ctx.choice(["Return to France - handover of care", "Patient treated in Quebec - French coverage", "Handover %s" % p.surname])
        m.add("Dear colleague,", "%s, French social security number %s, returns to France on %s. Received %s here for %s; last dose %s." % (
            nm, nir, I.fmt_date(ctx.future(5, 20), "long", lang), reg_name(reg, lang), diag(dx, lang), I.fmt_date(ctx.past(3, 12), "long", lang)),
              "Please see %s within 3 weeks to continue treatment." % p.obj(lang), thanks(ctx, lang))
    m.add(sig(ctx, onc, lang) if outgoing else M.Sig([ext[0], "Oncologie médicale", fra[0], "Tél. 02 55 50 01 63"]))
    m.note = "handover of care for a patient covered in France"
    return m


def p_subject_only(ctx, lang):
    fr = lang == "fr"
    a, b = ctx.two("hemonc") if ctx.chance(0.4) else (ctx.st("nurse"), ctx.st("hemonc"))
    p = ctx.patient(lang, "inv")
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    cbc, anc, plt = labs(ctx, lang, "cbc", low=True)
    m = ctx.mail(lang, "subject_name", a, [b])
    nm = p.name(ctx.choice(["title_sur", "upper_first", "lower", "initial_sur", "sur_comma"]), lang)
    m.types |= {"patient_name", "lab_result", "medication"}
    if fr:
        m.subject = ctx.choice(["%s - on reporte le C%d?" % (nm, ctx.rng.randrange(2, 7)), "%s / FSC" % nm, "Re: %s" % nm, "%s fauteuil %d" % (nm, ctx.rng.randrange(1, 18))])
        m.add(ctx.choice(["FSC ce matin : %s." % cbc, "Labos : %s." % cbc]),
              "Je propose de reporter %s d'une semaine%s. Tu veux %s voir quand même?" % (reg_name(reg, lang), " et de baisser la dose" if ctx.chance(0.5) else "",
                                                                                            p.agree("le", "la")),
              M.Sig([a.given]))
    else:
        m.subject = ctx.choice(["%s - hold C%d?" % (nm, ctx.rng.randrange(2, 7)), "%s / CBC" % nm, "Re: %s" % nm, "%s chair %d" % (nm, ctx.rng.randrange(1, 18))])
        m.add(ctx.choice(["CBC this am: %s." % cbc, "Labs: %s." % cbc]),
              "Suggest holding %s a week%s. Still want to see %s?" % (reg_name(reg, lang), " and reducing the dose" if ctx.chance(0.5) else "", p.obj(lang)),
              M.Sig([a.given]))
    m.note = "patient named only in the subject line"
    return m


def p_filename_only(ctx, lang):
    fr = lang == "fr"
    sender = ctx.st(ctx.choice(["clerk", "resident", "ipo"]))
    p = ctx.patient(lang, "inv")
    dx = dx_for(ctx, p)
    m = ctx.mail(lang, "filename_name", sender, [ctx.st("hemonc")])
    kind = ctx.choice(["TEP", "TDM", "Patho"])
    date = ctx.past(1, 10)
    sur = p.surname.upper() if ctx.chance(0.6) else p.surname
    fn = "%s_%s_%s_%s" % (kind, sur.replace(" ", "-"), p.given, date.isoformat())
    m.types |= {"patient_name", "diagnosis"}
    if fr:
        m.subject = ctx.choice(["Rapport demandé", "Rapport reçu du %s" % D.PARTNERS["surgery"][0].split(",")[0], "Document pour ta clinique de jeudi"])
        m.add(greet(ctx, lang), ctx.choice(["Voici le rapport que tu m'as demandé.", "Reçu par télécopieur ce matin, je le numérise pour toi.", "Ci-joint."]),
              sig(ctx, sender, lang, short=True))
        blocks = ["Examen : %s" % {"TEP": "TEP-TDM au FDG", "TDM": "TDM thoraco-abdomino-pelvienne", "Patho": "Biopsie"}[kind],
                  "Indication : %s, bilan d'extension." % diag(dx, lang),
                  "Conclusion : %s" % ctx.choice(["progression ganglionnaire médiastinale et nouvelles lésions hépatiques.", "pas d'évidence de maladie résiduelle.",
                                                  "lésion compatible avec récidive locale, corrélation histologique suggérée."])]
    else:
        m.subject = ctx.choice(["Report you asked for", "Outside report received", "Document for your Thursday clinic"])
        m.add(greet(ctx, lang), ctx.choice(["Here's the report you asked for.", "Came in by fax this morning, scanned it for you.", "Attached."]),
              sig(ctx, sender, lang, short=True))
        blocks = ["Exam: %s" % {"TEP": "FDG PET-CT", "TDM": "CT chest/abdomen/pelvis", "Patho": "Biopsy"}[kind],
                  "Indication: %s, staging." % diag(dx, lang),
                  "Impression: %s" % ctx.choice(["mediastinal nodal progression and new liver lesions.", "no evidence of residual disease.",
                                                 "findings compatible with local recurrence, tissue correlation suggested."])]
    if ctx.chance(0.5):
        m.atts.append(M.Att(A.pdf("Rapport" if fr else "Report", blocks), "application/pdf", fn + ".pdf", fn_mode=ctx.choice(["auto", "rfc2231", "both"])))
    else:
        m.atts.append(M.Att(A.docx("Rapport" if fr else "Report", blocks, when=ctx.now), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            fn + ".docx", fn_mode=ctx.choice(["auto", "rfc2231", "rfc2047"])))
    m.note = "patient named only in the attachment file name"
    return m


def p_zip(ctx, lang):
    fr = lang == "fr"
    onc = ctx.st("hemonc")
    uni = D.PARTNERS["univ"]
    p = ctx.patient(lang)
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    m = ctx.mail(lang, "second_opinion_zip", onc, [("Dr. Adaeze Whitcombe" if not fr else "Dre Solange Imbeault-Ricard", "deuxieme.avis@" + uni[2])])
    cells = ident_cells(ctx, m, p, lang, pdf=True)
    m.types |= {"diagnosis", "lab_result", "medication"}
    lab_rows = [["Date", "Test", "Valeur" if fr else "Value"]]
    for k in range(4):
        d = ctx.past(3 + 14 * k, 10 + 14 * k)
        cbc, anc, plt = labs(ctx, lang, "cbc")
        lab_rows.append([d.isoformat(), "FSC" if fr else "CBC", cbc])
    summary = A.pdf("Résumé clinique" if fr else "Clinical summary",
                    [("Nom : %s   DDN : %s   Sexe : %s\nNAM : %s   Dossier : %s" if fr else "Name: %s   DOB: %s   Sex: %s\nRAMQ: %s   MRN: %s") % cells,
                     ("Diagnostic : " if fr else "Diagnosis: ") + diag(dx, lang),
                     ("Traitements reçus : " if fr else "Treatment received: ") + reg_name(reg, lang) + " x %d cycles" % ctx.rng.randrange(3, 9)])
    members = [("resume_clinique.pdf" if fr else "clinical_summary.pdf", summary), ("labos.csv" if fr else "labs.csv", A.csv_text(lab_rows).encode("utf-8"))]
    z = A.zip_bundle(members)
    zn = "%s_%s_2e_avis.zip" % (p.surname.upper(), p.given) if ctx.chance(0.5) else "dossier_deuxieme_avis.zip"
    if not fr:
        zn = zn.replace("2e_avis", "second_opinion").replace("dossier_deuxieme_avis", "second_opinion_package")
    if fr:
        m.subject = ctx.choice(["Demande de 2e avis", "Deuxième opinion - %s" % dx[3], "2e avis : dossier joint"])
        m.add(greet(ctx, lang), "Je souhaiterais avoir votre avis sur une %s de %d ans avec %s. Résumé et labos dans le fichier zip (mot de passe envoyé séparément par texto)." % (
            p.agree("patient", "patiente"), I.age_at(p.dob, ctx.now.date()), diag(dx, lang)), thanks(ctx, lang), sig(ctx, onc, lang))
    else:
        m.subject = ctx.choice(["Second opinion request", "Second opinion - %s" % D.SITE_EN[dx[3]], "2nd opinion: package attached"])
        m.add(greet(ctx, lang), "I'd value your opinion on a %d-year-old with %s. Summary and labs in the zip (password sent separately by text)." % (
            I.age_at(p.dob, ctx.now.date()), diag(dx, lang)), thanks(ctx, lang), sig(ctx, onc, lang))
    m.atts.append(M.Att(z, "application/zip", zn))
    m.note = "second-opinion package in a zip"
    return m


def p_palliative(ctx, lang):
    fr = lang == "fr"
    ipo = ctx.st(ctx.choice(["ipo", "hemonc", "sw"]))
    dest = D.PARTNERS[ctx.choice(["palliative", "clsc"])]
    p = ctx.patient(lang)
    dx = dx_for(ctx, p)
    m = ctx.mail(lang, "palliative_referral", ipo, [(dest[0] if fr else dest[1], "admission@" + dest[2])])
    name, idtxt = ident(ctx, m, p, lang, layout=ctx.choice(["fields", "inline"]))
    addr = contact(ctx, m, p, lang, "address")
    ph = contact(ctx, m, p, lang, "phone")
    i = ctx.rng.randrange(len(D.SOCIAL_FR))
    m.types |= {"diagnosis", "medication", "social_information"}
    pps = ctx.choice([30, 40, 50])
    if fr:
        m.subject = ctx.choice(["Demande d'admission soins palliatifs", "Référence SPAD", "Demande urgente - fin de vie à domicile"])
        m.add(greet(ctx, lang), "Demande pour :", idtxt, "Adresse : %s\nTél. : %s" % (addr, ph),
              "%s, arrêt des traitements actifs le %s. PPS %d %%. Hydromorphone 2 mg SC q4h + entredoses, métoclopramide, dexaméthasone 4 mg DIE." % (
                  cap(diag(dx, lang)), I.fmt_date(ctx.past(2, 15), "long", lang), pps),
              "Contexte : %s. Niveau de soins : D (confort)." % D.SOCIAL_FR[i], thanks(ctx, lang), sig(ctx, ipo, lang))
    else:
        m.subject = ctx.choice(["Palliative care admission request", "Home palliative care referral", "Urgent - end of life at home"])
        m.add(greet(ctx, lang), "Request for:", idtxt, "Address: %s\nPhone: %s" % (addr, ph),
              "%s, active treatment stopped %s. PPS %d%%. Hydromorphone 2 mg SC q4h + breakthrough, metoclopramide, dexamethasone 4 mg daily." % (
                  diag(dx, lang)[0].upper() + diag(dx, lang)[1:], I.fmt_date(ctx.past(2, 15), "long", lang), pps),
              "Context: %s. Goals of care: D (comfort)." % D.SOCIAL_EN[i], thanks(ctx, lang), sig(ctx, ipo, lang))
    m.note = "palliative care referral"
    return m


def p_trial(ctx, lang):
    fr = lang == "fr"
    rc = ctx.st("research")
    onc = ctx.st("hemonc")
    m = ctx.mail(lang, "trial_screening", rc, [onc])
    code = "ONC-%s-%03d" % (ctx.choice(["LUNG", "GI", "BRST", "HEME"]), ctx.rng.randrange(100, 999))
    rows = [["Patient", "Dossier" if fr else "MRN", "Dx", "Critère à vérifier" if fr else "Criterion to check"]]
    crit_fr = ["ECOG à confirmer", "DFGe 48 (seuil 50)", "métas cérébrales traitées?", "ALT 2,8 x LSN", "OK - à approcher"]
    crit_en = ["confirm ECOG", "eGFR 48 (cutoff 50)", "treated brain mets?", "ALT 2.8 x ULN", "OK - to approach"]
    lab_seen = False
    for _ in range(ctx.rng.randrange(2, 5)):
        p = ctx.patient(lang, "inv")
        dx = dx_for(ctx, p)
        c = ctx.rng.randrange(5)
        lab_seen |= c in (1, 3)
        rows.append([p.name(ctx.choice(["initials_sur", "initial_sur", "upper_first"]), lang), I.fmt_mrn(p.mrn, ctx.choice(["plain", "h"])), diag(dx, lang),
                     (crit_fr if fr else crit_en)[c]])
        m.ids.append(("mrn", p.mrn))
    m.types |= {"patient_name", "mrn", "diagnosis"}
    if lab_seen:
        m.types.add("lab_result")
    if fr:
        m.subject = "Présélection étude %s - semaine du %s" % (code, I.fmt_date(ctx.now.date(), "dmy", lang))
        m.add(greet(ctx, lang, onc.doc_short(lang)), "Voici les patients de ta clinique de jeudi potentiellement éligibles à %s :" % code, M.Table(rows),
              "Peux-tu me dire lesquels je peux approcher pour le consentement?", sig(ctx, rc, lang))
    else:
        m.subject = "Pre-screening %s - week of %s" % (code, I.fmt_date(ctx.now.date(), "iso", lang))
        m.add(greet(ctx, lang, onc.doc_short(lang)), "Patients from your Thursday clinic who may be eligible for %s:" % code, M.Table(rows),
              "Let me know who I can approach for consent.", sig(ctx, rc, lang))
    m.note = "clinical trial pre-screening list with identified patients"
    return m


def p_quicknote(ctx, lang):
    fr = lang == "fr"
    a = ctx.st(ctx.choice(["nurse", "pharm", "ipo"]))
    b = ctx.st(ctx.choice(["hemonc", "resident"]))
    p = ctx.patient(lang, "inv")
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    drug = ctx.choice(reg_drugs(reg, lang))
    sym = ctx.choice(D.SYMPTOMS)
    nm = p.name(ctx.choice(["lower", "lower_sur_first", "upper_first", "initial_sur"]), lang)
    m = ctx.mail(lang, "quick_note", a, [b])
    m.types |= {"patient_name", "medication", "diagnosis"}
    chair = ctx.rng.randrange(1, 18)
    if fr:
        m.subject = ctx.choice(["fauteuil %d" % chair, "vite svp", "question", "%s" % nm])
        txt = ctx.choice(["peux-tu passer voir %s au fauteuil %d? %s, post %s. merci" % (nm, chair, sym[0], drug),
                          "%s (fauteuil %d) : %s depuis le dernier %s. on donne quand même?" % (nm, chair, sym[0], drug),
                          "allo, %s dit avoir %s. tu veux qu'on arrête le %s en cours?" % (nm, sym[0], drug)])
    else:
        m.subject = ctx.choice(["chair %d" % chair, "quick q", "asap pls", "%s" % nm])
        txt = ctx.choice(["can you pop by chair %d to see %s? %s after %s. thx" % (chair, nm, sym[1], drug),
                          "%s (chair %d): %s since last %s. still give today?" % (nm, chair, sym[1], drug),
                          "hey, %s reports %s. want us to stop the %s running now?" % (nm, sym[1], drug)])
    m.add(txt)
    if ctx.chance(0.5):
        m.add(ctx.choice(["Envoyé de mon iPhone", "Envoyé de mon appareil mobile"]) if fr else ctx.choice(["Sent from my iPhone", "Sent from my mobile"]))
    m.hints["body"] = "plain"
    m.note = "hurried note between colleagues about a patient in a chair"
    return m


def p_roster(ctx, lang):
    fr = lang == "fr"
    res = ctx.st("resident")
    onc = ctx.st("hemonc")
    m = ctx.mail(lang, "signout_roster", res, [onc] + [r for r in ctx.staff["resident"] if r is not res])
    lines = []
    labseen = False
    for _ in range(ctx.rng.randrange(4, 8)):
        p = ctx.patient(lang, "inv")
        dx = dx_for(ctx, p)
        key, reg = regimen_for(ctx, dx)
        room = "%d%s" % (ctx.rng.randrange(401, 440), ctx.choice(["", "", "-A", "-B"]))
        prob_fr = ["NF fébrile J%d %s, pip-tazo, hémocs nég à 48 h" % (ctx.rng.randrange(7, 12), reg_name(reg, lang).split(" ")[0]),
                   "hypercalcémie, zolédronate donné hier, Ca 2,9 -> 2,6", "douleur, rotation opioïde vers hydromorphone",
                   "SLT surveillance, allopurinol + hydratation", "EP sous énoxaparine, congé demain si stable"]
        prob_en = ["febrile neutropenia D%d %s, pip-tazo, cultures neg at 48 h" % (ctx.rng.randrange(7, 12), reg_name(reg, lang).split(" ")[0]),
                   "hypercalcemia, zoledronate yesterday, Ca 2.9 -> 2.6", "pain, opioid rotation to hydromorphone",
                   "TLS watch, allopurinol + fluids", "PE on enoxaparin, d/c tomorrow if stable"]
        k = ctx.rng.randrange(5)
        labseen |= k == 1
        lines.append("%s - %s - %s - %s" % (room, p.name(ctx.choice(["upper_first", "upper_comma", "sur_comma"]), lang), dx[3] if fr else D.SITE_EN[dx[3]],
                                            (prob_fr if fr else prob_en)[k]))
    m.types |= {"patient_name", "diagnosis", "medication"}
    if labseen:
        m.types.add("lab_result")
    if fr:
        m.subject = ctx.choice(["Liste de garde oncologie", "Passation de garde - %s" % I.fmt_date(ctx.now.date(), "dmy", lang), "Patients hospitalisés onco - signout"])
        m.add("Liste pour la garde de fin de semaine :", M.Pre("\n".join(lines)), "Rien d'autre à signaler. Bonne garde!", M.Sig([res.given]))
    else:
        m.subject = ctx.choice(["Oncology sign-out list", "Sign-out %s" % I.fmt_date(ctx.now.date(), "iso", lang), "Onc inpatients - signout"])
        m.add("List for the weekend:", M.Pre("\n".join(lines)), "Nothing else pending. Have a quiet one!", M.Sig([res.given]))
    m.note = "inpatient sign-out roster (room, name, problem)"
    return m


SCENARIOS = [p_forward, p_reply, p_attached_eml, p_ics, p_vcard, p_ontario, p_belgian, p_french, p_subject_only,
             p_filename_only, p_zip, p_palliative, p_trial, p_quicknote, p_roster]
