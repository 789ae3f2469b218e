"""Positive templates, part 3: quick notes, threads, forwards, nested mail, ZIP, vCard, social work, edge placements."""
import email.utils

import gen_attach as A
import gen_common as C
import gen_mime as M
from gen_ctx import Rec
from gen_mime import Attachment
from gen_pos_base import EXT, INTERNAL, fx, greet, header_line, id_block, labs, med, quote, sign, social, thanks

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def p_quick_note(ctx, lang, when):
    r = ctx.rng
    p = ctx.patient()
    variant = r.choice(["compartment", "cast", "cancel"])
    pool = {"compartment": C.COMPARTMENT_SCEN, "cast": C.CAST_SCEN, "cancel": C.ELECTIVE_SCEN}[variant]
    k, s = fx(ctx, r.choice(sorted(pool)))
    a, b = r.sample(["houle", "ouimet", "vezina", "iyer", "gravel", "labelle", "cyr", "murphy"], 2)
    rec = Rec(lang, "quick_note", "quick note between colleagues about a patient" if lang == "en" else "note rapide entre collègues", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(a)
    rec.to = [C.staff_addr(b)]
    rec.name(p)
    nm = r.choice([p.full.lower(), "%s. %s" % (p.given[0], p.surname), "%s %s" % (C.title_for(p, lang), p.surname),
                   p.surname.upper(), "%s %s" % (p.given, p.surname)])
    extra = ""
    if variant == "compartment" and r.random() < 0.5:
        extra = " " + labs(ctx, lang, rec) + "."
    if variant != "cancel" and r.random() < 0.35:
        extra += ((" %s a reçu %%s à l'urg." % ("Elle" if p.sex == "F" else "Il")) if lang == "fr" else " Got %s in ED.") % med(ctx, lang, rec, 1, ("opioid", "acet"))[0]
    first = C.STAFF[a][0]
    if lang == "fr":
        rec.subject = r.choice({"compartment": ["urgent — à voir", "urg civière", nm],
                                "cast": ["re plâtre", "plâtre trop serré", nm],
                                "cancel": ["annulation", "vite fait", nm]}[variant])
        rec.body = {
            "compartment": "Salut, peux-tu passer voir %s à l'urg civière %d ? %s ; je soupçonne un syndrome du compartiment, douleur à l'étirement passif.%s\nMerci\n%s" % (
                nm, r.randint(1, 30), s[0][0].upper() + s[0][1:], extra, first),
            "cast": "%s revient demain en salle de plâtre : plâtre trop serré, orteils/doigts bleutés hier soir selon la famille. Dx %s.%s Tu peux %s prendre en premier ?\n\n%s" % (
                nm, s[0], extra, "la" if p.sex == "F" else "le", first),
            "cancel": "Pour info, %s a annulé sa %s prévue jeudi (%s), veut en rediscuter. Je %s rappelle ?\n\n-- %s" % (nm, s[2], s[0], "la" if p.sex == "F" else "le", first)}[variant]
    else:
        rec.subject = r.choice({"compartment": ["pls see in ED", "urgent - ED", nm],
                                "cast": ["re cast", "cast too tight", nm],
                                "cancel": ["cancellation", "quick one", nm]}[variant])
        rec.body = {
            "compartment": "Hey, can you see %s in ED stretcher %d? %s; worried about compartment syndrome, pain on passive stretch.%s\nThx\n%s" % (
                nm, r.randint(1, 30), s[1][0].upper() + s[1][1:], extra, first),
            "cast": "%s is back tomorrow in the cast room: cast too tight, dusky fingers/toes last night per family. Dx %s.%s Can you take them first?\n\n%s" % (
                nm, s[1], extra, first),
            "cancel": "FYI %s cancelled the %s booked Thursday (%s), wants to discuss again. Shall I call back?\n\n-- %s" % (nm, s[3], s[1], first)}[variant]
    rec.structure = r.choice(["plain", "plain", "html", "alt"])
    return rec


def _inner_message(ctx, lang, when, p, rec):
    """A message about patient p; returns (from, to, subject, body)."""
    r = ctx.rng
    k, s = fx(ctx)
    src = r.choice(["gravel", "houle", "vezina", "castonguay", "demers", "pare"])
    idb = id_block(ctx, rec, p, lang)
    rec.t("diagnosis")
    if lang == "fr":
        subj = r.choice(["Suivi %s" % s[6], "Question sur un patient de la clinique", "Rendez-vous à devancer"])
        body = "%s\n\n%s\n\n%s. %s Pouvez-vous devancer le rendez-vous au %s ?\n\n%s" % (
            greet(ctx, lang), idb, s[0][0].upper() + s[0][1:],
            r.choice(["Douleur en augmentation depuis 48 h.", "Le plâtre est fendu.", "Le plâtre est mouillé et ramolli."] if k in C.CAST_SCEN
                     else ["Douleur en augmentation depuis 48 h.", "Fièvre à 38,6 hier soir.", "Écoulement à la plaie depuis hier."] if k not in C.NONOP_SCEN
                     else ["Douleur en augmentation depuis 48 h.", "Nouvel engourdissement depuis hier.", "Ne tolère pas l'orthèse."]),
            C.fmt_date(ctx.future(when, 1, 6), "fr"), C.STAFF[src][0])
    else:
        subj = r.choice(["Follow-up %s" % C.REGION_EN[s[6]], "Question about a clinic patient", "Move appointment up?"])
        body = "%s\n\n%s\n\n%s. %s Can we move the appointment to %s?\n\n%s" % (
            greet(ctx, lang), idb, s[1][0].upper() + s[1][1:],
            r.choice(["Pain worse over 48 h.", "Cast is cracked.", "Cast got wet and is soft."] if k in C.CAST_SCEN
                     else ["Pain worse over 48 h.", "Fever 38.6 last night.", "Wound draining since yesterday."] if k not in C.NONOP_SCEN
                     else ["Pain worse over 48 h.", "New numbness since yesterday.", "Not tolerating the brace."]),
            C.fmt_date(ctx.future(when, 1, 6), "en"), C.STAFF[src][0])
    return C.staff_addr(src), subj, body


def p_reply_thread(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.35)
    rec = Rec(lang, "reply", "reply with patient details in quoted text" if lang == "en" else "réponse avec détails du patient dans le texte cité", True)
    (fn, fa), subj, inner = _inner_message(ctx, lang, when, p, rec)
    me = r.choice([x for x in ["pare", "gravel", "iyer", "lafrance", "vezina"] if C.staff_addr(x)[1] != fa])
    rec.frm = C.staff_addr(me)
    rec.to = [(fn, fa)]
    rec.subject = ("RE: " if r.random() < 0.6 else "Re: ") + subj
    prev = when.replace(hour=max(7, when.hour - 2))
    rec.extra_headers = [("In-Reply-To", "<prev.%s@%s>" % (p.mrn, C.DOM)), ("References", "<prev.%s@%s>" % (p.mrn, C.DOM))]
    top = r.choice(["C'est fait, déplacé au %s. Je l'ai avisé(e) par téléphone." % C.fmt_date(ctx.future(when, 1, 5), "fr"),
                    "Ok pour moi.", "Vu. On en parle à la tournée demain."]) if lang == "fr" else \
        r.choice(["Done, moved to %s. Called them to confirm." % C.fmt_date(ctx.future(when, 1, 5), "en"), "OK with me.",
                  "Seen. Let's discuss at rounds tomorrow."])
    if r.random() < 0.5:
        intro = ("Le %s, %s a écrit :" % (email.utils.format_datetime(prev), fn)) if lang == "fr" else \
            ("On %s, %s wrote:" % (email.utils.format_datetime(prev), fn))
        rec.body = "%s\n\n%s\n\n%s\n%s" % (top, sign(ctx, me, lang, True), intro, quote(inner))
    else:
        rec.body = "%s\n\n%s\n\n%s\n%s\n\n%s" % (top, sign(ctx, me, lang, True), "_" * 32,
                                                header_line(lang, fn, fa, prev, subj, C.STAFF[me][0] + " " + C.STAFF[me][1]), inner)
    return rec


def p_forward_inline(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.35)
    rec = Rec(lang, "forward", "forwarded message about a patient" if lang == "en" else "message transféré concernant un patient", True)
    (fn, fa), subj, inner = _inner_message(ctx, lang, when, p, rec)
    me = r.choice([x for x in ["pare", "lalonde", "whitfield", "boisvert"] if C.staff_addr(x)[1] != fa])
    dest = r.choice(["cyr", "labelle", "castonguay", "benali", "okoye"])
    rec.frm = C.staff_addr(me)
    rec.to = [C.staff_addr(dest)]
    rec.subject = r.choice(["TR: ", "Fwd: ", "FW: "]) + subj
    prev = when.replace(hour=max(7, when.hour - 3))
    if lang == "fr":
        top = r.choice(["Peux-tu t'en occuper ? Merci", "Pour suite à donner.", "FYI — voir plus bas."])
        hdr = "---------- Message transféré ----------\n" + header_line(lang, fn, fa, prev, subj, C.STAFF[me][0] + " " + C.STAFF[me][1])
    else:
        top = r.choice(["Can you take care of this? Thanks", "For follow-up.", "FYI - see below."])
        hdr = "---------- Forwarded message ----------\n" + header_line(lang, fn, fa, prev, subj, C.STAFF[me][0] + " " + C.STAFF[me][1])
    rec.body = "%s\n\n%s\n\n%s\n\n%s" % (top, C.STAFF[me][0], hdr, inner)
    return rec


def p_attached_eml(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.4)
    rec = Rec(lang, "attached_message", "patient message forwarded as attachment" if lang == "en" else "courriel patient transféré en pièce jointe", True)
    (fn, fa), subj, inner = _inner_message(ctx, lang, when, p, rec)
    me = r.choice([x for x in ["pare", "gravel", "whitfield"] if C.staff_addr(x)[1] != fa])
    rec.frm = C.staff_addr(me)
    rec.to = [C.staff_addr(r.choice(["vezina", "iyer", "trudel", "okoye"]))]
    rec.subject = ("TR: " if lang == "fr" else "Fwd: ") + subj
    rec.body = (r.choice(["Voir le courriel ci-joint.", "Je te transfère le message original en pièce jointe.", "Pour ton info (pièce jointe)."])
                if lang == "fr" else r.choice(["See the attached email.", "Forwarding the original as an attachment.", "FYI (attached)."])) + \
        "\n\n" + sign(ctx, me, lang, True)
    prev = when.replace(hour=max(7, when.hour - 1))
    inner_mail = {"frm": (fn, fa), "to": [C.staff_addr(me)], "subject": subj, "date": prev,
                  "msgid": "<inner.%s.%d@%s>" % (p.mrn, r.randint(1000, 9999), C.DOM), "body": inner}
    tr = M.Transport(structure=r.choice(["plain", "alt"]), charset="utf-8", cte=r.choice(["8bit", "quoted-printable", "base64"]))
    raw = M.build(inner_mail, tr, "inner%s" % p.mrn)
    fname = r.choice(["%s.eml" % subj[:40].replace("/", "-"), "message.eml", "original.eml"])
    rec.attachments.append(Attachment(fname, "message/rfc822", raw))
    return rec


def p_zip_docs(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.5)
    k, s = fx(ctx, r.choice(["infection", "plateau", "col", "coiffe", "epaule", "tibia"]))
    src = r.choice(["archives", "pare", "houle"])
    rec = Rec(lang, "zip_records", "zipped consult and imaging reports" if lang == "en" else "archive ZIP de rapports de consultation et d'imagerie", True)
    rec.t("diagnosis", "date_of_birth", "mrn")
    rec.frm = INTERNAL["archives"] if src == "archives" else C.staff_addr(src)
    rec.to = [EXT[r.choice(["gp1", "gp2", "insurer", "lakeshore"])]]
    rec.name(p)
    if p.nam:
        rec.nam(p)
    fr = lang == "fr"
    consult = ["Patient(e) : %s, %s" % (p.surname.upper(), p.given) if fr else "Patient: %s, %s" % (p.surname.upper(), p.given),
               ("DDN : %s  Sexe : %s" if fr else "DOB: %s  Sex: %s") % (p.dob.isoformat(), p.sex),
               ("Dossier : %s" if fr else "MRN: %s") % p.mrn]
    if p.nam:
        consult.append("NAM : %s" % p.nam if fr else "RAMQ: %s" % p.nam)
    consult += ["", ("Impression : %s." if fr else "Impression: %s.") % (s[0] if fr else s[1]),
                ("Plan : %s." if fr else "Plan: %s.") % (s[2] if fr else s[3])]
    imaging = ["%s — %s" % (p.full, p.mrn), "",
               ("Radiographie %s : " if fr else "X-ray %s: ") % s[6] + (s[0] if fr else s[1]) + ".",
               "Tomodensitométrie : extension articulaire, pas d'atteinte vasculaire." if fr else "CT: intra-articular extension, no vascular injury."]
    extra = []
    if r.random() < 0.5:
        extra.append(("bilan.csv", A.make_csv([["date", "test", "resultat" if fr else "result"],
                                                [when.date().isoformat(), "CRP", "%d mg/L" % r.randint(20, 190)],
                                                [when.date().isoformat(), "Hb", "%d g/L" % r.randint(85, 130)]])))
        rec.t("lab_result")
    z = A.make_zip([("consultation_%s.docx" % p.mrn, A.make_docx("Consultation orthopédie" if fr else "Orthopaedic consultation", consult)),
                    ("imagerie_%s.pdf" % p.mrn if fr else "imaging_%s.pdf" % p.mrn, A.make_pdf("Imagerie" if fr else "Imaging", imaging))] + extra)
    zname = r.choice(["dossier_%s.zip" % p.mrn, "documents.zip", "%s_%s.zip" % (p.surname, p.given)])
    rec.attachments.append(Attachment(zname, "application/zip", z))
    rec.subject = r.choice(["Copie de dossier demandée", "Documents demandés (autorisation reçue)", "Transmission de rapports"]) if fr else \
        r.choice(["Requested chart copy", "Records (consent on file)", "Reports as requested"])
    rec.body = ("%s\n\nSuite à l'autorisation signée, voici les documents demandés.\n\n%s"
                if fr else "%s\n\nFurther to the signed authorisation, here are the requested documents.\n\n%s") % (greet(ctx, lang), sign(ctx, src, lang) if src != "archives" else
                                          ("Archives médicales — Hôpital Saint-Aubin" if fr else "Health Records - Saint-Aubin Hospital"))
    return rec


def p_vcard(ctx, lang, when):
    r = ctx.rng
    p = ctx.patient(age=(20, 90))
    k, s = fx(ctx)
    src = r.choice(["pare", "gravel", "castonguay"])
    dest = r.choice(["demers", "benali", "okoye", "clarke"])
    rec = Rec(lang, "contact_card", "patient contact card shared for callback" if lang == "en" else "fiche contact d'un patient à rappeler", True)
    rec.t("diagnosis", "patient_contact")
    rec.frm = C.staff_addr(src)
    rec.to = [C.staff_addr(dest)]
    rec.name(p)
    adr = "%s" % p.address.replace(",", "")
    v = A.make_vcf(p.full, [p.surname, p.given, "", "", ""], tel=("CELL", p.phone), adr=adr,
                   note=("Patient(e) — orthopédie" if lang == "fr" else "Orthopaedic patient"))
    rec.attachments.append(Attachment("%s %s.vcf" % (p.given, p.surname), "text/vcard; charset=utf-8", v, rfc2231=r.random() < 0.5))
    if lang == "fr":
        rec.subject = r.choice(["Patient(e) à rappeler", "Coordonnées pour l'évaluation", "Rappel SVP"])
        rec.body = "%s\n\nPeux-tu rappeler cette personne (fiche jointe) ? %s, veut savoir si l'ergo peut se faire à domicile. Préfère le cellulaire après 16 h.\n\n%s" % (
            greet(ctx, lang), s[0][0].upper() + s[0][1:], sign(ctx, src, lang, True))
    else:
        rec.subject = r.choice(["Patient callback", "Contact details for the assessment", "Please call back"])
        rec.body = "%s\n\nCould you call this patient back (card attached)? %s, asking whether therapy can be done at home. Prefers cell after 4 pm.\n\n%s" % (
            greet(ctx, lang), s[1][0].upper() + s[1][1:], sign(ctx, src, lang, True))
    return rec


def p_social_work(ctx, lang, when):
    r = ctx.rng
    idx = r.choice([1, 2, 3, 4, 6])
    child = idx == 3
    p = ctx.qc_patient(0.5, age=(2, 12)) if child else ctx.qc_patient(0.3, age=(22, 80))
    k, s = fx(ctx, "supracond" if child else r.choice(["radius", "cheville", "humerus", "col", "clavicule"]))
    src = r.choice(["okoye", "rao" if child else "berube", "gravel"])
    rec = Rec(lang, "social_work", "social work note about an orthopaedic patient" if lang == "en" else "note du service social, patient en orthopédie", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(src)
    rec.to = [INTERNAL["social"]] if src != "okoye" else [C.staff_addr(r.choice(["rao", "vezina", "berube"]))]
    idb = id_block(ctx, rec, p, lang, dob=True)
    soc = social(ctx, lang, rec, idx)
    if lang == "fr":
        rec.subject = r.choice(["Situation sociale — confidentiel", "Suivi TS", "Demande de consultation service social"])
        rec.body = "\n".join([greet(ctx, lang), "", idb, "", "Dx : %s." % s[0], "Situation : %s." % soc,
                              r.choice(["Merci de ne pas divulguer l'adresse actuelle.", "Rencontre prévue demain 10 h.",
                                        "Dossier ouvert à la DPJ, intervenante au dossier avisée." if child else "Demande de logement d'urgence en cours."]),
                              "", sign(ctx, src, lang)])
    else:
        rec.subject = r.choice(["Social situation - confidential", "SW follow-up", "Social work consult request"])
        rec.body = "\n".join([greet(ctx, lang), "", idb, "", "Dx: %s." % s[1], "Situation: %s." % soc,
                              r.choice(["Please do not disclose the current address.", "Meeting planned tomorrow 10 am.",
                                        "DPJ worker assigned and informed." if child else "Emergency housing application in progress."]),
                              "", sign(ctx, src, lang)])
    return rec


def p_subject_only(ctx, lang, when):
    r = ctx.rng
    p = ctx.patient()
    k, s = fx(ctx, r.choice(sorted(C.CAST_SCEN | {"tibia", "humerus", "clavicule", "plateau"})))
    src = r.choice(["houle", "ouimet", "gravel", "pare"])
    rec = Rec(lang, "subject_name", "patient named only in the subject line" if lang == "en" else "patient nommé seulement dans l'objet", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(src)
    rec.to = [C.staff_addr(r.choice(["vezina", "iyer", "lafrance", "boisvert"]))]
    rec.name(p)
    nm = r.choice(["%s, %s" % (p.surname.upper(), p.given), p.full, "%s %s" % (C.title_for(p, lang), p.surname), p.full.lower()])
    if lang == "fr":
        rec.subject = r.choice(["%s — radios de contrôle" % nm, "%s" % nm, "Re: %s / plâtre" % nm])
        rec.body = "Radios de contrôle faites ce matin : %s, %s. Je propose %s. Ok pour toi ?\n\n%s" % (
            s[0], r.choice(["alignement maintenu", "léger déplacement secondaire", "consolidation visible"]), s[2], sign(ctx, src, lang, True))
    else:
        rec.subject = r.choice(["%s - check x-rays" % nm, "%s" % nm, "Re: %s / cast" % nm])
        rec.body = "Check films done this morning: %s, %s. I suggest %s. OK with you?\n\n%s" % (
            s[1], r.choice(["alignment maintained", "slight loss of reduction", "callus forming"]), s[3], sign(ctx, src, lang, True))
    return rec


def p_filename_only(ctx, lang, when):
    r = ctx.rng
    p = ctx.patient()
    k, s = fx(ctx)
    src = r.choice(["pare", "lalonde", "houle"])
    rec = Rec(lang, "filename_name", "patient named only in the attachment file name" if lang == "en" else "patient nommé seulement dans le nom du fichier joint", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(src)
    rec.to = [EXT[r.choice(["gp1", "gp2", "physio_ext"])]]
    rec.name(p)
    fname = r.choice(["%s_%s_consult_ortho.pdf" % (p.surname, p.given),
                      ("%s %s - note de suivi.docx" if lang == "fr" else "%s %s - follow-up note.docx") % (p.given, p.surname),
                      "%s-%s.pdf" % (p.surname.upper(), p.given[0])])
    generic = ["Voir le rapport de consultation." if lang == "fr" else "See consultation report.", "",
               C.ORG_FR if lang == "fr" else C.ORG_EN]
    if fname.endswith(".pdf"):
        rec.attachments.append(Attachment(fname, "application/pdf", A.make_pdf("Note" if lang == "fr" else "Note", generic), rfc2231=True))
    else:
        rec.attachments.append(Attachment(fname, DOCX, A.make_docx("Note de suivi" if lang == "fr" else "Follow-up note", generic), rfc2231=True))
    if lang == "fr":
        rec.subject = r.choice(["Note de consultation", "Rapport de suivi", "Suivi orthopédique"])
        rec.body = "%s\n\nCi-joint la note. En résumé : %s, traitée par %s ; revoir en physio dès que possible.\n\n%s" % (
            greet(ctx, lang), s[0], s[2], sign(ctx, src, lang))
    else:
        rec.subject = r.choice(["Consult note", "Follow-up report", "Orthopaedic follow-up"])
        rec.body = "%s\n\nNote attached. In short: %s, treated with %s; please start physio as soon as possible.\n\n%s" % (
            greet(ctx, lang), s[1], s[3], sign(ctx, src, lang))
    return rec


def p_mrn_only(ctx, lang, when):
    r = ctx.rng
    p = ctx.patient()
    k, s = fx(ctx, r.choice(["tibia", "infection", "plateau", "col"]))
    src = r.choice(["houle", "ouimet", "brault"])
    rec = Rec(lang, "chart_number", "chart number with diagnosis, no name" if lang == "en" else "numéro de dossier avec diagnostic, sans nom", True)
    rec.t("mrn", "diagnosis", "medication")
    rec.frm = C.staff_addr(src)
    rec.to = [C.staff_addr(r.choice(["brault", "berube", "vezina"]))]
    m = C.fmt_mrn(r, p.mrn)
    meds = med(ctx, lang, rec, 1, ("abx",))
    if lang == "fr":
        rec.subject = r.choice(["Dossier %s — ATB" % m, "Ajustement ATB, dossier %s" % m, "Question pharmacie"])
        rec.body = "Pour le dossier %s (ch. %d) : %s. Hémocultures : S. aureus, antibiogramme à suivre. On continue %s ? Clairance à %d mL/min.\n\n%s" % (
            m, r.randint(601, 640), s[0], meds[0], r.randint(35, 90), sign(ctx, src, lang, True))
    else:
        rec.subject = r.choice(["Chart %s - antibiotics" % m, "Abx adjustment, MRN %s" % m, "Pharmacy question"])
        rec.body = "Re chart %s (room %d): %s. Blood cultures: S. aureus, sensitivities pending. Continue %s? CrCl %d mL/min.\n\n%s" % (
            m, r.randint(601, 640), s[1], meds[0], r.randint(35, 90), sign(ctx, src, lang, True))
    rec.t("lab_result")
    return rec
