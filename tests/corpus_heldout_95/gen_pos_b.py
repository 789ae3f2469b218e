"""Positive scenarios, part B: subject / file-name leaks, forwarded and quoted mail, transport, ICS, vCard,
sign-out, labs, operative notes, pharmacy."""
import datetime as dt

from gen_attach import make_docx, make_ics, make_png, make_vcard
from gen_common import (gx, ANTIVEGF, ANTIVEGF_EN, GLAUCOMA_RX_EN, GLAUCOMA_RX_FR, d_lang, dob_str, dx_for, eye,
                        nam_disguise, name_variant, title, va, iop, strip_accents)
from gen_mime import Attachment, Mail, build, quote_block
from gen_pos_a import pick_patient
from gen_util import Types, bye, fwd_header, greet, hhmm, later, msg_dt, quote_intro, result, when, earlier


# --------------------------------------------------------------------------
# 8. Subject-only leak
# --------------------------------------------------------------------------

def subject_only(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.45, 8, 92)
    s = ctx.st(ctx.pick(["gosselin", "rioux", "morneau", "dionne", "ferland"]))
    r = ctx.st(ctx.pick(["charest", "dionne", "kim", "nadon", "gosselin"]))
    if r.key == s.key:
        r = ctx.st("bilodeau")
    date = msg_dt(ctx)
    dx = dx_for(ctx, p, lang)
    e = eye(ctx, lang)
    kind = ctx.randint(0, 3)
    if lang == "fr":
        if kind == 0:
            subj = "Annulation RDV %s — %s %s (%s)" % (e, title(p, "fr"), p.full, dx)
            t.add("patient_name", "diagnosis")
        elif kind == 1 and hold:
            subj = "NAM %s - résultats champ visuel à numériser (%s)" % (nam_disguise(ctx, p.nam, 0), dx)
            t.add("ramq_nam", "diagnosis")
        elif kind == 2:
            subj = "%s, %s — IVT %s reportée (%s), PIO %d" % (p.surname.upper(), p.given, e, dx, iop(ctx) + 10)
            t.add("patient_name", "lab_result", "diagnosis")
        else:
            subj = "RE: %s né%s le %s — %s" % (name_variant(ctx, p, "fr", ("full", "lower", "upper")),
                                               "e" if p.sex == "F" else "", d_lang(p.dob, "fr", 2), dx)
            t.add("patient_name", "date_of_birth", "diagnosis")
        body = ctx.pick([gx(p, "Voir objet. Peux-tu {la} replacer la semaine prochaine ?"), "Voir l'objet, merci de rappeler.",
                         "Pour ton info.", "Peux-tu t'en occuper ? Je suis en clinique tout l'après-midi.",
                         "Merci de mettre à jour l'horaire.", "Fait. Je ferme la demande."])
    else:
        if kind == 0:
            subj = "Cancelled appt %s — %s %s (%s)" % (e, title(p, "en"), p.full, dx)
            t.add("patient_name", "diagnosis")
        elif kind == 1 and hold:
            subj = "RAMQ %s - visual field results to scan (%s)" % (nam_disguise(ctx, p.nam, 0), dx)
            t.add("ramq_nam", "diagnosis")
        elif kind == 2:
            subj = "%s, %s — injection %s postponed (%s), IOP %d" % (p.surname.upper(), p.given, e, dx, iop(ctx) + 10)
            t.add("patient_name", "lab_result", "diagnosis")
        else:
            subj = "RE: %s DOB %s — %s" % (name_variant(ctx, p, "en", ("full", "lower", "upper")), d_lang(p.dob, "en", 1), dx)
            t.add("patient_name", "date_of_birth", "diagnosis")
        body = ctx.pick(["See subject. Can you rebook next week?", "Per subject line, please call back.", "FYI.",
                         "Can you take care of this? I'm in clinic all afternoon.", "Done, closing the request."])
    text = "%s\n\n%s\n\n%s" % (greet(ctx, lang, r.given) if ctx.chance(0.5) else "", body, s.signature(ctx, lang, ctx.pick([0, 3])))
    mail = Mail(s.addr_hdr(), [r.addr_hdr()], subj, text.lstrip("\n"), lang, date=date)
    return result("subject_only", mail, t, "identifying details only in the Subject line")


# --------------------------------------------------------------------------
# 9. File-name-only leak (image attachment without text)
# --------------------------------------------------------------------------

def filename_only(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.4, 20, 92)
    s = ctx.st(ctx.pick(["nadon", "kim", "ouimet", "drolet", "lapierre"]))
    r = ctx.st(ctx.pick(["vachon", "okafor", "benali", "frechette"]))
    date = msg_dt(ctx)
    sur = strip_accents(p.surname).replace(" ", "").replace("'", "")
    giv = strip_accents(p.given).replace(" ", "")
    kind = ctx.randint(0, 3)
    if kind == 0:
        fn = "Retino_%s_%s_%s.png" % (sur, giv, ctx.pick(["DMLA", "OMD", "RDNP", "OVCR"]) if lang == "fr"
                                      else ctx.pick(["AMD", "DME", "NPDR", "CRVO"]))
        t.add("patient_name", "diagnosis")
    elif kind == 1:
        fn = "OCT_%s %s_%s_%s.png" % (p.surname, p.given, p.dob.strftime("%Y-%m-%d"), ctx.pick(["glaucome", "RNFL"]) if lang == "fr" else "glaucoma")
        t.add("patient_name", "date_of_birth", "diagnosis")
    elif kind == 2 and hold:
        if lang == "fr":
            fn = "%s_%s_fond_oeil_OD.png" % (p.nam, ctx.pick(["retinopathie_diabetique", "DMLA"]))
        else:
            fn = "%s_fundus_OD_diabetic_retinopathy.png" % p.nam
        t.add("ramq_nam", "diagnosis")
    else:
        fn = "%s.%s-%s-%s.png" % (sur.lower(), giv.lower()[0], ctx.pick(["strabisme", "amblyopie", "keratocone"]) if lang == "fr"
                                  else ctx.pick(["strabismus", "amblyopia", "keratoconus"]), date.strftime("%Y%m%d"))
        t.add("patient_name", "diagnosis")
    imgs = [Attachment(fn, "image/png", make_png(48, 36, [ctx.randint(0, 40) for _ in range(17)]))]
    if ctx.chance(0.3):
        fn2 = fn.replace("OD", "OG") if "OD" in fn else fn.replace(".png", "_2.png")
        imgs.append(Attachment(fn2, "image/png", make_png(48, 36, [ctx.randint(0, 40) for _ in range(13)])))
    if lang == "fr":
        body = ctx.pick(["Ci-joint les images demandées.", "Voici les clichés, qu'en penses-tu ?", "Comme discuté au téléphone.",
                         "Images de ce matin. Merci de me revenir.", "Pour ton avis, pas urgent."])
    else:
        body = ctx.pick(["Images attached as requested.", "Here are the photos, what do you think?", "As discussed by phone.",
                         "Photos from this morning, let me know."])
    text = "%s\n\n%s\n\n%s" % (greet(ctx, lang, r.name(lang)), body, s.signature(ctx, lang, ctx.pick([0, 1, 3])))
    subj = ctx.pick(["Images", "Photos fond d'œil", "Clichés", "Avis svp", "OCT"]) if lang == "fr" else \
        ctx.pick(["Images", "Fundus photos", "Your opinion please", "OCT"])
    mail = Mail(s.addr_hdr(), [r.addr_hdr()], subj, text, lang, attachments=imgs, date=date)
    return result("filename_only", mail, t, "identity and condition only in the attachment file name")


# --------------------------------------------------------------------------
# 10. Patient's own mail forwarded
# --------------------------------------------------------------------------

def patient_mail_fwd(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.5, 30, 90)
    clerk = ctx.st(ctx.pick(["gosselin", "rioux", "morneau"]))
    nurse = ctx.st(ctx.pick(["dionne", "ferland"]))
    date = msg_dt(ctx)
    orig = date - dt.timedelta(hours=ctx.randint(2, 60))
    pmail = ctx.patient_email(p)
    drug = ctx.pick(GLAUCOMA_RX_FR if lang == "fr" else GLAUCOMA_RX_EN).split(" ")[0]
    appt = later(ctx, date, 3, 25)
    phone = ctx.phone()
    t.add("patient_name", "medication", "patient_contact")
    if lang == "fr":
        sym = ctx.pick(["j'ai les yeux rouges et ça brûle", "j'ai des palpitations et je suis essoufflée",
                        "ma vue est embrouillée le matin", "j'ai mal à la tête au-dessus de l'œil",
                        "mes paupières ont foncé"])
        pm = ["Bonjour,", "",
              "Depuis que j'ai commencé les gouttes %s, %s. Est-ce que je dois arrêter ? J'ai mon rendez-vous le %s "
              "avec le Dr Benali mais je trouve ça long." % (drug, sym, d_lang(appt, "fr", 0)),
              ctx.pick(["Je fais aussi de l'asthme, je ne sais pas si c'est lié.", "Je suis diabétique depuis 10 ans.",
                        "Mon mari dit que je devrais aller à l'urgence.", ""]),
              "", "Vous pouvez me rejoindre au %s." % phone, "", "Merci", p.full if ctx.chance(0.6) else p.given]
        if ctx.chance(0.4):
            pm.insert(-1, "DDN %s" % dob_str(ctx, p, "fr"))
            t.add("date_of_birth")
        if hold and ctx.chance(0.4):
            pm.insert(-1, "carte soleil %s" % nam_disguise(ctx, p.nam, ctx.pick([0, 1, 4])))
            t.add("ramq_nam")
        subj0 = ctx.pick(["Question gouttes", "effets secondaires ?", "rendez-vous", "Urgent svp"])
        top = [greet(ctx, lang, nurse.given), "", ctx.pick(["Peux-tu rappeler cette patiente ? Message reçu sur la boîte générale.",
                                                            "Pour toi, je ne sais pas quoi répondre.",
                                                            "Reçu ce matin, elle attend un retour."]), "",
               clerk.signature(ctx, lang, ctx.pick([0, 3])), ""]
    else:
        sym = ctx.pick(["my eyes are red and burning", "I feel short of breath", "my vision is blurry in the morning",
                        "I get headaches above the eye"])
        pm = ["Hello,", "", "Since I started the %s drops %s. Should I stop them? My appointment is on %s and that "
              "seems far away." % (drug, sym, d_lang(appt, "en", 0)), "",
              "You can reach me at %s." % phone, "", "Thanks", p.full]
        if ctx.chance(0.4):
            pm.insert(-1, "DOB %s" % dob_str(ctx, p, "en"))
            t.add("date_of_birth")
        subj0 = ctx.pick(["Question about drops", "side effects?", "appointment"])
        top = [greet(ctx, lang, nurse.given), "", "Can you call this patient back? Came into the general inbox.", "",
               clerk.signature(ctx, lang, ctx.pick([0, 3])), ""]
    t.add("diagnosis")  # symptoms / side effects described by the patient
    to0 = "info@hsl-sante.example"
    fw = fwd_header(ctx, lang, (p.full, pmail), orig, to0, subj0)
    text = "\n".join(top) + "\n" + fw + "\n" + "\n".join(pm)
    subj = ("TR: " if lang == "fr" and ctx.chance(0.6) else "Fwd: ") + subj0
    mail = Mail(clerk.addr_hdr(), [nurse.addr_hdr()], subj, text, lang, date=date)
    return result("patient_mail_fwd", mail, t, "patient's own e-mail forwarded inline")


# --------------------------------------------------------------------------
# 11. Short reply whose quoted history carries the details
# --------------------------------------------------------------------------

def reply_quoted(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.45, 50, 92)
    a = ctx.st(ctx.pick(["dionne", "lortie", "benali", "kim"]))
    b = ctx.st(ctx.pick(["gosselin", "charest", "rioux"]))
    date = msg_dt(ctx)
    orig = date - dt.timedelta(hours=ctx.randint(1, 30))
    mrn = ctx.mrn()
    proc_fr = ctx.pick(["capsulotomie YAG OG", "iridotomie périphérique laser ODG", "SLT OD",
                        "photocoagulation panrétinienne OD (RD proliférante)", "injection Ozurdex OG (OMD)"])
    proc_en = ctx.pick(["YAG capsulotomy OS", "laser peripheral iridotomy OU", "SLT OD",
                        "PRP OD for proliferative DR", "Ozurdex OS for DME"])
    slot = later(ctx, date, 2, 12)
    t.add("patient_name", "mrn", "diagnosis")
    if lang == "fr":
        q = [greet(ctx, lang, b.given), "",
             "Peux-tu céduler %s (dossier %s) pour %s d'ici deux semaines ?" % (name_variant(ctx, p, "fr"), mrn, proc_fr),
             gx(p, ctx.pick(["{Elle} est sous warfarine, INR à vérifier le matin même.", "Prévoir la dilatation 30 min avant.",
                             "Vit à Mont-Laurier, essayer de grouper avec son suivi.", "{patient} malentendant{e}, appeler la fille."])),
             "", a.given]
        if "warfarine" in q[3]:
            t.add("medication")
        if "malentendant" in q[3]:
            t.add("social_information")
        top = ctx.pick(["Parfait, c'est fait pour %s à %s." % (when(slot, "fr"), hhmm(ctx, "fr")),
                        gx(p, "OK, je {la} mets %s %s.") % (when(slot, "fr"), hhmm(ctx, "fr")),
                        "Réservé. Confirmation envoyée par la poste."])
        subj = "RE: " + ctx.pick(["Demande de laser", "Réservation", "À céduler svp", proc_fr.split(" ")[0]])
    else:
        q = [greet(ctx, lang, b.given), "",
             "Could you book %s (chart %s) for %s within two weeks?" % (name_variant(ctx, p, "en"), mrn, proc_en),
             ctx.pick(["On warfarin, check INR that morning.", "Dilate 30 minutes before.", "Lives far, try to group with follow-up."]),
             "", a.given]
        if "warfarin" in q[3]:
            t.add("medication")
        top = ctx.pick(["Done — %s at %s." % (when(slot, "en"), hhmm(ctx, "en")), "Booked, letter mailed to the patient."])
        subj = "RE: " + ctx.pick(["Laser request", "Booking", "Please book"])
    text = "%s\n\n%s\n\n%s\n%s" % (top, b.signature(ctx, lang, ctx.pick([0, 3])), quote_intro(ctx, lang, a.full, orig),
                                   quote_block("\n".join(q)))
    if ctx.chance(0.3):
        # deeper thread: an even shorter third message on top
        text = ("%s\n\n%s\n%s" % (ctx.pick(["Merci !", "Super, merci."]) if lang == "fr" else "Thanks!",
                                  quote_intro(ctx, lang, b.full, date - dt.timedelta(minutes=30)), quote_block(text)))
        sender, rcpt = a, b
    else:
        sender, rcpt = b, a
    mail = Mail(sender.addr_hdr(), [rcpt.addr_hdr()], subj, text, lang, date=date,
                in_reply_to="<%d.%d@hsl-sante.example>" % (ctx.randint(10 ** 8, 10 ** 9), ctx.randint(1, 999)))
    return result("reply_quoted", mail, t, "details only in quoted reply history")


# --------------------------------------------------------------------------
# 12. Transport booking
# --------------------------------------------------------------------------

def transport_booking(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.4, 60, 95)
    s = ctx.st(ctx.pick(["gosselin", "dionne", "lheureux", "rioux"]))
    date = msg_dt(ctx)
    day = later(ctx, date, 3, 20)
    addr = ctx.address()
    ph = ctx.phone()
    t.add("patient_name", "patient_contact", "diagnosis", "social_information")
    if lang == "fr":
        need = ctx.pick(["fauteuil roulant", "marchette, a besoin d'accompagnement jusqu'à la porte",
                         gx(p, "ne voit plus assez pour se déplacer seul{e}"), "aucun proche disponible"])
        subj = ctx.pick(["Demande de transport — %s" % d_lang(day, "fr", 1), "Transport adapté chirurgie cataracte",
                         "Bénévole chauffeur pour %s" % p.full])
        lines = [greet(ctx, lang), "", "Je voudrais réserver un transport pour la personne suivante :", "",
                 "Nom : %s" % name_variant(ctx, p, "fr", ("full", "upper", "lastfirst")), "Adresse : %s" % addr,
                 "Téléphone : %s" % ph,
                 "Rendez-vous : %s, arrivée %s, Hôpital Sainte-Lucie, bloc ambulatoire 2e étage" % (when(day, "fr"), hhmm(ctx, "fr", 6, 11)),
                 "Motif : chirurgie de cataracte %s, retour le jour même (œil caché)" % ctx.pick(["OD", "OG"]),
                 gx(p, "Particularités : %s ; vit seul{e}, %s.") % (need, ctx.pick(["revenu de la Sécurité de la vieillesse seulement",
                                                                              "n'a pas les moyens du taxi", "sa sœur habite à Québec"])),
                 "", bye(ctx, lang), s.signature(ctx, lang)]
        to = [("Transport adapté", "reservations@transport-adapte.example")]
    else:
        subj = ctx.pick(["Transport request — %s" % d_lang(day, "en", 1), "Volunteer driver needed"])
        lines = [greet(ctx, lang), "", "Please book a ride for:", "", "Name: %s" % name_variant(ctx, p, "en", ("full", "upper")),
                 "Address: %s" % addr, "Phone: %s" % ph,
                 "Appointment: %s, arrive %s, Sainte-Lucie Hospital day surgery" % (when(day, "en"), hhmm(ctx, "en", 6, 11)),
                 "Reason: cataract surgery, eye patched afterwards",
                 "Notes: uses a walker, lives alone, no family nearby.", "", bye(ctx, lang), s.signature(ctx, lang)]
        to = [("Volunteer transport", "rides@benevoles-laval.example")]
    if ctx.chance(0.3):
        lines.insert(5, ("DDN : %s" if lang == "fr" else "DOB: %s") % dob_str(ctx, p, lang))
        t.add("date_of_birth")
    mail = Mail(s.addr_hdr(), to, subj, "\n".join(lines), lang, date=date)
    return result("transport_booking", mail, t, "transport booking with patient address and surgery")


# --------------------------------------------------------------------------
# 13. Calendar invitation for a patient appointment (ICS)
# --------------------------------------------------------------------------

def ics_appointment(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.4, 5, 92)
    org = ctx.st(ctx.pick(["gosselin", "charest", "kim", "rioux"]))
    doc = ctx.st(ctx.pick(["vachon", "frechette", "okafor", "benali", "lortie"]))
    date = msg_dt(ctx)
    day = later(ctx, date, 2, 30)
    start = dt.datetime(day.year, day.month, day.day, ctx.randint(8, 15), ctx.pick([0, 15, 30, 45]))
    end = start + dt.timedelta(minutes=ctx.pick([15, 30, 45, 60]))
    mrn = ctx.mrn()
    nm = name_variant(ctx, p, lang, ("lastfirst", "initial", "full", "upper"))
    t.add("patient_name", "mrn")
    if doc.key == "frechette":
        what = ctx.pick(["Examen sous anesthésie", "Suivi strabisme", "Cycloplégie"]) if lang == "fr" else \
            ctx.pick(["Exam under anaesthesia", "Strabismus follow-up"])
    elif doc.key == "benali":
        what = "Suivi glaucome + CV" if lang == "fr" else "Glaucoma follow-up + VF"
    else:
        what = ctx.pick(["IVT aflibercept OG", "Injection faricimab OD", "Post-op J1 cataracte"]) if lang == "fr" else \
            ctx.pick(["IVT aflibercept OS", "Faricimab injection OD", "Post-op day 1 cataract"])
        if "aflibercept" in what or "faricimab" in what:
            t.add("medication")
    t.add("diagnosis")
    summary = "%s — %s (%s)" % (what, nm, mrn)
    if lang == "fr":
        desc = "Patient(e) : %s\nDossier : %s\n%s\nSalle %d, %s" % (p.full, mrn, ctx.pick(["Prévoir dilatation.", "Apporter ses gouttes.", "Accompagnateur requis."]),
                                                               ctx.randint(1, 9), doc.name("fr"))
        body = "%s\n\nInvitation pour le rendez-vous ci-dessous.\n\n%s" % (greet(ctx, lang, doc.name("fr")), org.signature(ctx, lang, 0))
        subj = ctx.pick(["Invitation : %s" % summary, "Rendez-vous %s" % d_lang(day, "fr", 1), "Invitation: %s @ %s" % (what, d_lang(day, "fr", 1))])
    else:
        desc = "Patient: %s\nChart: %s\nRoom %d, %s" % (p.full, mrn, ctx.randint(1, 9), doc.name("en"))
        body = "%s\n\nInvitation for the appointment below.\n\n%s" % (greet(ctx, lang, doc.name("en")), org.signature(ctx, lang, 0))
        subj = ctx.pick(["Invitation: %s" % summary, "Appointment %s" % d_lang(day, "en", 1)])
    if hold and ctx.chance(0.4):
        desc += "\nNAM : %s" % p.nam
        t.add("ramq_nam")
    ics = make_ics("%08x-%04x@hsl-sante.example" % (ctx.randint(0, 2 ** 32 - 1), ctx.randint(0, 65535)), start, end, summary, desc,
                   "Clinique d'ophtalmologie, 2e étage" if lang == "fr" else "Eye clinic, 2nd floor", (org.full, org.email),
                   [(doc.full, doc.email)])
    att = Attachment(ctx.pick(["invite.ics", "rendez-vous.ics" if lang == "fr" else "appointment.ics"]), "text/calendar", ics,
                     charset="utf-8", inline=ctx.chance(0.4))
    mail = Mail(org.addr_hdr(), [doc.addr_hdr()], subj, body, lang, attachments=[att], date=date)
    return result("ics_appointment", mail, t, "calendar invitation for a patient appointment")


# --------------------------------------------------------------------------
# 14. Patient vCard
# --------------------------------------------------------------------------

def vcard_patient(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.4, 40, 95)
    s = ctx.st(ctx.pick(["dionne", "gosselin", "lheureux", "bastien"]))
    r = ctx.st(ctx.pick(["ferland", "rioux", "bastien", "lheureux"]))
    if r.key == s.key:
        r = ctx.st("charest")
    date = msg_dt(ctx)
    ph = ctx.phone()
    t.add("patient_name", "patient_contact")
    note = None
    if ctx.chance(0.7):
        note = ctx.pick(["Malvoyante (DMLA) — appeler sa fille Julie au besoin", "Glaucome, ne lit pas les courriels",
                         "Suivi IVT q8s, préfère les RDV en avant-midi", "Sourd — texto seulement"]) if lang == "fr" else \
            ctx.pick(["Low vision (AMD) - call daughter if no answer", "Glaucoma; does not read e-mail", "Deaf - text only"])
        t.add("diagnosis") if any(k in note for k in ("DMLA", "AMD", "Glaucom", "IVT")) else None
        t.add("social_information") if any(k in note for k in ("fille", "daughter", "Sourd", "Deaf", "lit pas", "read")) else None
    bday = None
    if ctx.chance(0.5):
        bday = p.dob.strftime("%Y-%m-%d")
        t.add("date_of_birth")
    vc = make_vcard(p.given, p.surname, ("HOME,VOICE" if ctx.chance(0.5) else "CELL", ph), ctx.patient_email(p) if ctx.chance(0.5) else None,
                    ctx.address() if ctx.chance(0.6) else None, note, bday)
    if lang == "fr":
        body = "%s\n\nVoici les coordonnées à jour %s pour le suivi.\n\n%s" % (greet(ctx, lang, r.given), "de la patiente" if p.sex == "F" else "du patient", s.signature(ctx, lang, 0))
        subj = ctx.pick([gx(p, "Coordonnées {patient}"), "Nouvelles coordonnées", "vCard %s" % p.surname])
    else:
        body = "%s\n\nUpdated contact details for follow-up attached.\n\n%s" % (greet(ctx, lang, r.given), s.signature(ctx, lang, 0))
        subj = ctx.pick(["Patient contact", "Updated contact info"])
    att = Attachment("%s %s.vcf" % (p.given, p.surname) if ctx.chance(0.6) else "contact.vcf",
                     ctx.pick(["text/vcard", "text/x-vcard"]), vc, charset="utf-8")
    mail = Mail(s.addr_hdr(), [r.addr_hdr()], subj, body, lang, attachments=[att], date=date)
    return result("vcard_patient", mail, t, "patient contact card")


# --------------------------------------------------------------------------
# 15. On-call sign-out list
# --------------------------------------------------------------------------

def signout_list(ctx, lang):
    t = Types()
    a = ctx.st(ctx.pick(["hamelin", "raman"]))
    b = ctx.st("raman" if a.key == "hamelin" else "hamelin")
    date = msg_dt(ctx)
    n = ctx.randint(3, 6)
    items = []
    table = []
    for i in range(n):
        p, hold = pick_patient(ctx, 0.3, 20, 95)
        loc = ctx.pick(["Urg civière %d" % ctx.randint(1, 40), "Ch. %d-%d" % (ctx.randint(3, 8), ctx.randint(1, 40)),
                        "Consult USI", "Clinique externe"]) if lang == "fr" else \
            ctx.pick(["ER stretcher %d" % ctx.randint(1, 40), "Room %d-%d" % (ctx.randint(3, 8), ctx.randint(1, 40)), "ICU consult"])
        prob, todo = ctx.pick([
            ("endophtalmie post-cataracte OD J%d, vanco/ceftaz intravitréens faits" % ctx.randint(2, 9), "revoir AM, PIO %d" % iop(ctx)),
            ("DR macula-on OG", "NPO minuit, Dr Okafor opère demain"),
            ("abrasion cornéenne, porteur de LC", "tobramycine QID, revoir 48 h"),
            ("OACR OD il y a 6 h", "VS/CRP demandés, r/o artérite temporale"),
            ("hyphéma traumatique OG, PIO %d" % (iop(ctx) + 12), "tête de lit 30°, timolol, revoir PIO 22 h"),
            ("cellulite orbitaire", "CT fait, ceftriaxone IV, vérif. motilité q4h"),
        ]) if lang == "fr" else ctx.pick([
            ("post-cataract endophthalmitis OD day %d, intravitreal vanc/ceftaz done" % ctx.randint(2, 9), "recheck AM"),
            ("macula-on RD OS", "NPO after midnight, OR with Dr. Okafor"),
            ("corneal abrasion, contact lens wearer", "tobramycin qid, recheck 48 h"),
            ("CRAO OD 6 h ago", "ESR/CRP sent, r/o GCA"),
            ("traumatic hyphema OS, IOP %d" % (iop(ctx) + 12), "HOB 30, timolol, recheck IOP 22:00"),
        ])
        nm = "%s, %s." % (p.surname.upper(), p.given[0]) if ctx.chance(0.5) else "%s %s" % (p.given, p.surname)
        items.append("- %s — %s (%d a) — %s → %s" % (loc, nm, p.age(), prob, todo) if lang == "fr" else
                     "- %s — %s (%d y) — %s → %s" % (loc, nm, p.age(), prob, todo))
        table.append((loc, nm, str(p.age()), prob, todo))
    t.add("patient_name", "diagnosis")
    if any(k in it for it in items for k in ("vanco", "tobramycin", "timolol", "ceftriaxone")):
        t.add("medication")
    if any(k in it for it in items for k in ("PIO", "IOP", "VS/CRP", "ESR/CRP")):
        t.add("lab_result")
    if lang == "fr":
        subj = ctx.pick(["Sign-out garde ophtalmo %s" % d_lang(date, "fr", 1), "Liste de garde", "Passation de garde"])
        body = [greet(ctx, lang, b.given), "", "Voici la liste pour la nuit :", ""] + items + ["",
                ctx.pick(["Rien d'autre de pendant.", "Appelle-moi si la PIO de l'hyphéma monte.", "Bonne garde !"]), "", a.given]
    else:
        subj = ctx.pick(["Ophtho sign-out %s" % d_lang(date, "en", 1), "Handover list"])
        body = [greet(ctx, lang, b.given), "", "Sign-out for tonight:", ""] + items + ["", "Page me if needed.", "", a.given]
    mail = Mail(a.addr_hdr(), [b.addr_hdr()], subj, "\n".join(body), lang, date=date,
                importance="high" if ctx.chance(0.3) else None)
    return result("signout_list", mail, t, "resident on-call handover list")


# --------------------------------------------------------------------------
# 16. Lab follow-up
# --------------------------------------------------------------------------

def lab_followup(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.45, 50, 92)
    lab = ctx.st(ctx.pick(["dionne", "ferland", "theriault"]))
    doc = ctx.st(ctx.pick(["beauchemin", "vachon", "lortie"]))
    date = msg_dt(ctx)
    mrn = ctx.mrn()
    t.add("patient_name", "lab_result")
    kind = ctx.randint(0, 2)
    if lang == "fr":
        if kind == 0:
            res = ["VS : %d mm/h" % ctx.randint(45, 110), "CRP : %d mg/L" % ctx.randint(20, 140), "Plaquettes : %d x10^9/L" % ctx.randint(380, 620)]
            msg = gx(p, "Résultats critiques reçus pour %s (dossier %s), vu{e} pour perte visuelle OD brutale. Suspicion d'artérite à cellules géantes.") % (
                name_variant(ctx, p, "fr"), mrn)
            after = "Prednisone 60 mg débutée? Biopsie de l'artère temporale à céduler."
            t.add("diagnosis", "medication", "mrn")
        elif kind == 1:
            res = ["HbA1c : %.1f %%" % (ctx.randint(75, 125) / 10.0), "Glycémie à jeun : %.1f mmol/L" % (ctx.randint(70, 160) / 10.0),
                   "Créatinine : %d µmol/L" % ctx.randint(60, 180)]
            msg = "Bilan préopératoire de %s pour chirurgie de cataracte OD." % name_variant(ctx, p, "fr")
            after = "L'anesthésiste demande un avis avant de maintenir la date."
            t.add("diagnosis")
        else:
            res = ["Culture vitré : Staphylococcus epidermidis", "Sensible : vancomycine", "Résistant : oxacilline"]
            msg = "Résultat de la ponction de vitré de %s (dossier %s), endophtalmie post-IVT." % (name_variant(ctx, p, "fr"), mrn)
            after = "Le Dr Okafor est avisé."
            t.add("diagnosis", "mrn", "medication")
        subj = ctx.pick(["Résultats labo — %s" % p.surname, "Résultat critique", "Suivi bilan", "Labo %s" % mrn])
        body = [greet(ctx, lang, doc.name("fr")), "", msg, ""] + res + ["", after, "", bye(ctx, lang), lab.signature(ctx, lang)]
    else:
        if kind == 0:
            res = ["ESR: %d mm/h" % ctx.randint(45, 110), "CRP: %d mg/L" % ctx.randint(20, 140)]
            msg = "Critical results for %s (chart %s), seen for sudden vision loss OD. Suspected giant cell arteritis." % (
                name_variant(ctx, p, "en"), mrn)
            after = "Has prednisone been started? Temporal artery biopsy to be booked."
            t.add("diagnosis", "medication", "mrn")
        else:
            res = ["HbA1c: %.1f%%" % (ctx.randint(75, 125) / 10.0), "Fasting glucose: %.1f mmol/L" % (ctx.randint(70, 160) / 10.0)]
            msg = "Pre-op labs for %s, cataract surgery OD." % name_variant(ctx, p, "en")
            after = "Anaesthesia wants your opinion before confirming the date."
            t.add("diagnosis")
        subj = ctx.pick(["Lab results — %s" % p.surname, "Critical result", "Pre-op labs"])
        body = [greet(ctx, lang, doc.name("en")), "", msg, ""] + res + ["", after, "", bye(ctx, lang), lab.signature(ctx, lang)]
    if hold and ctx.chance(0.4):
        body.insert(3, ("NAM : %s" if lang == "fr" else "RAMQ %s") % nam_disguise(ctx, p.nam))
        t.add("ramq_nam")
    mail = Mail(lab.addr_hdr(), [doc.addr_hdr()], subj, "\n".join(body), lang, date=date)
    return result("lab_followup", mail, t, "laboratory results follow-up")


# --------------------------------------------------------------------------
# 17. Operative note (DOCX)
# --------------------------------------------------------------------------

def op_note_docx(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.5, 30, 92)
    surg = ctx.st(ctx.pick(["okafor", "lortie", "benali"]))
    sec = ctx.st(ctx.pick(["rioux", "gosselin"]))
    date = msg_dt(ctx)
    opd = earlier(ctx, date, 0, 5)
    mrn = ctx.mrn()
    t.add("patient_name", "mrn", "date_of_birth", "diagnosis", "medication")
    if lang == "fr":
        proc = {"okafor": ("Vitrectomie 23G + endolaser + tamponnement SF6 20 % OD", "Décollement de rétine rhegmatogène macula-off OD"),
                "lortie": ("Phacoémulsification + LIO SN60WF +21,0 D OG", "Cataracte nucléaire 3+ OG, rupture capsulaire postérieure"),
                "benali": ("Trabéculectomie + mitomycine C 0,2 mg/mL OD", "Glaucome primaire à angle ouvert non contrôlé OD")}[surg.key]
        paras = ["Patient(e) : %s" % "%s, %s" % (p.surname.upper(), p.given), "DDN : %s" % d_lang(p.dob, "fr", 1),
                 "Dossier : %s" % mrn, "Date de l'intervention : %s" % d_lang(opd, "fr", 1), "Chirurgien : %s" % surg.name("fr"),
                 "Diagnostic préopératoire : %s" % proc[1], "Intervention : %s" % proc[0],
                 "Anesthésie : bloc péribulbaire, lidocaïne 2 % + bupivacaïne 0,5 %",
                 "Déroulement : %s" % ctx.pick(["sans complication.", "rupture capsulaire, vitrectomie antérieure, LIO dans le sulcus.",
                                                 "hémorragie peropératoire contrôlée."]),
                 "Consignes : positionnement face vers le sol 5 jours ; prednisolone 1 % QID, moxifloxacine QID."]
        subj = ctx.pick(["Protocole opératoire %s" % p.surname, "Dictée bloc %s" % d_lang(opd, "fr", 1), "Protocole à signer"])
        body = "%s\n\nVoici le protocole opératoire transcrit, à réviser et signer.\n\n%s" % (greet(ctx, lang, surg.name("fr")), sec.signature(ctx, lang))
        title_ = "Protocole opératoire"
    else:
        proc = {"okafor": ("23G vitrectomy + endolaser + SF6 20% OD", "Macula-off rhegmatogenous retinal detachment OD"),
                "lortie": ("Phaco + IOL SN60WF +21.0 D OS", "Dense nuclear cataract OS"),
                "benali": ("Trabeculectomy with MMC 0.2 mg/mL OD", "Uncontrolled POAG OD")}[surg.key]
        paras = ["Patient: %s, %s" % (p.surname.upper(), p.given), "DOB: %s" % d_lang(p.dob, "en", 1), "Chart: %s" % mrn,
                 "Date of surgery: %s" % d_lang(opd, "en", 1), "Surgeon: %s" % surg.name("en"),
                 "Pre-op diagnosis: %s" % proc[1], "Procedure: %s" % proc[0],
                 "Anaesthesia: peribulbar block, lidocaine 2% + bupivacaine 0.5%",
                 "Post-op: prednisolone 1% qid, moxifloxacin qid."]
        subj = ctx.pick(["Op note %s" % p.surname, "Operative report to sign"])
        body = "%s\n\nTranscribed operative note attached for review and signature.\n\n%s" % (greet(ctx, lang, surg.name("en")), sec.signature(ctx, lang))
        title_ = "Operative report"
    if hold and ctx.chance(0.5):
        paras.insert(2, ("NAM : %s" if lang == "fr" else "RAMQ: %s") % p.nam)
        t.add("ramq_nam")
    d = make_docx(title_, paras, author=sec.full, header_text=surg.org_fr if lang == "fr" else surg.org_en)
    fn = ctx.pick(["Protocole_%s_%s.docx" % (strip_accents(p.surname), opd.strftime("%Y%m%d")), "Protocole opératoire %s.docx" % p.surname, "protocole.docx", "dictée_%s.docx" % mrn.replace(" ", "")]) \
        if lang == "fr" else ctx.pick(["OpNote_%s.docx" % strip_accents(p.surname), "op_note.docx"])
    mail = Mail(sec.addr_hdr(), [surg.addr_hdr()], subj, body, lang,
                attachments=[Attachment(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", d)], date=date)
    return result("op_note_docx", mail, t, "operative note in DOCX")


# --------------------------------------------------------------------------
# 18. Pharmacy question
# --------------------------------------------------------------------------

def pharmacy_question(ctx, lang):
    t = Types()
    p, hold = pick_patient(ctx, 0.45, 30, 92)
    ph = ctx.st(ctx.pick(["lacasse", "theriault"]))
    doc = ctx.st(ctx.pick(["benali", "vachon", "lortie", "whitfield"]))
    date = msg_dt(ctx)
    t.add("patient_name", "medication")
    if lang == "fr":
        q = ctx.pick([
            ("J'ai reçu une ordonnance de dorzolamide-timolol BID pour %s, mais son dossier indique de l'asthme sous salbutamol. "
             "Voulez-vous qu'on passe au dorzolamide seul ?", True),
            ("L'ordonnance de latanoprost pour %s est en rupture chez notre grossiste. Accepteriez-vous le travoprost 0,004 %% HS ?", False),
            ("%s demande un renouvellement de ses gouttes de prednisolone 1 %% après sa chirurgie de cataracte. La posologie est-elle "
             "toujours QID ou on diminue ?", True),
            ("%s prend de l'acétazolamide 250 mg QID depuis 3 semaines et se plaint de fourmillements. On continue ?", True),
        ])
        nm = name_variant(ctx, p, "fr")
        subj = ctx.pick(["Question ordonnance — %s" % nm, "Ordonnance à clarifier", "Rx %s" % p.surname, "Pharmacie : question"])
        body = [greet(ctx, lang, doc.name("fr")), "", q[0] % nm]
        if ctx.chance(0.5):
            body.append("DDN au dossier : %s." % dob_str(ctx, p, "fr"))
            t.add("date_of_birth")
        body += ["", "Merci de me répondre par courriel ou au %s." % ph.tel, "", ph.signature(ctx, lang)]
    else:
        q = ctx.pick([
            ("I received a prescription for dorzolamide-timolol bid for %s but the profile shows asthma on salbutamol. "
             "Switch to dorzolamide alone?", True),
            ("%s is asking for a refill of prednisolone 1%% after cataract surgery. Still qid or taper?", True),
        ])
        nm = name_variant(ctx, p, "en")
        subj = ctx.pick(["Rx question — %s" % nm, "Prescription clarification"])
        body = [greet(ctx, lang, doc.name("en")), "", q[0] % nm, "", "Please reply by e-mail or call %s." % ph.tel, "", ph.signature(ctx, lang)]
    if q[1]:
        t.add("diagnosis")
    if hold and ctx.chance(0.35):
        body.insert(3, ("NAM : %s" if lang == "fr" else "RAMQ: %s") % nam_disguise(ctx, p.nam))
        t.add("ramq_nam")
    mail = Mail(ph.addr_hdr(), [doc.addr_hdr()], subj, "\n".join(body), lang, date=date)
    return result("pharmacy_question", mail, t, "pharmacist question about a patient's prescription")


SCENARIOS = {
    "subject_only": subject_only,
    "filename_only": filename_only,
    "patient_mail_fwd": patient_mail_fwd,
    "reply_quoted": reply_quoted,
    "transport_booking": transport_booking,
    "ics_appointment": ics_appointment,
    "vcard_patient": vcard_patient,
    "signout_list": signout_list,
    "lab_followup": lab_followup,
    "op_note_docx": op_note_docx,
    "pharmacy_question": pharmacy_question,
}
