"""Positive templates, part 2: prescriptions, forms, garments, hand therapy, lists, threads."""
import unicodedata
from email.utils import format_datetime

from gen_attach import docx, ics, pdf, xlsx
from gen_common import (BURN_EN, BURN_FR, HAND_EN, HAND_FR, MRN_STYLES, NAM_STYLES, plain_name, signature,
                        staff_name)
from gen_ctx import tz_for
from gen_pos1 import _id_line, pdf_safe
from gen_vocab import (BREAST_DX, BREAST_PROC, BURN_DX, COMORB, GARMENTS, HAND_CASES, HAND_DX, HAND_PROC, OUTPT_MEDS,
                       LABS, MEDS, ROOMS, SOCIAL, WOUND_DX, L, il, ne, pick, when)

DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# --------------------------------------------------------------------------- 11
def pharmacy_rx(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(nam=r.random() < 0.7)
    doc = r.choice([0, 1, 2, 4])
    m.sender = ctx.staff_box(doc, lang)
    m.to = [ctx.ext("pharm") if lang == "fr" else ctx.ext("pharm_en")]
    nm = m.name(p, r.choice(["title", "full", "upper_comma"]))
    dob = m.dob(p, r.choice(["iso", "num", "long", "dash"]))
    ident = _id_line(ctx, m, p, allow_fw=False)
    meds = [m.med(L(lang, x[0], x[1])) for x in r.sample(OUTPT_MEDS, r.randrange(2, 5))]
    dx = m.dx(pick(r, BURN_DX + HAND_DX, lang))
    tel = m.phone(p) if r.random() < 0.5 else None
    if lang == "fr":
        lines = ["Patient : %s (%s le %s)" % (nm, ne(p), dob), ident, "Indication : %s" % dx, ""] + [
            "%d) %s" % (i + 1, x) for i, x in enumerate(meds)] + [
            "", "Renouvellements : 0", "Prescripteur : %s, permis 1-%05d" % (staff_name(doc, lang), 10000 + doc * 37)]
        if tel:
            lines.insert(2, "Tél. du patient : %s" % tel)
        m.subject = r.choice(["Ordonnance – congé des grands brûlés", "Ordonnance à exécuter", "Rx congé"])
        intro = "Bonjour,\n\nVoici l'ordonnance de congé de notre patient(e), original suivra par télécopieur."
    else:
        lines = ["Patient: %s (DOB %s)" % (nm, dob), ident, "Indication: %s" % dx, ""] + [
            "%d) %s" % (i + 1, x) for i, x in enumerate(meds)] + [
            "", "Refills: 0", "Prescriber: %s, licence 1-%05d" % (staff_name(doc, lang), 10000 + doc * 37)]
        if tel:
            lines.insert(2, "Patient phone: %s" % tel)
        m.subject = r.choice(["Prescription - burn unit discharge", "Rx to fill", "Discharge prescription"])
        intro = "Hello,\n\nPlease find our patient's discharge prescription; original to follow by fax."
    if r.random() < 0.5:
        m.attachments.append({"filename": L(lang, "ordonnance.pdf", "prescription.pdf"), "ctype": "application/pdf",
                              "data": pdf(L(lang, "Ordonnance", "Prescription"), lines)})
        m.text = intro + "\n\n" + signature(doc, lang) + "\n"
        m.note = L(lang, "ordonnance en PDF à une pharmacie", "prescription PDF to pharmacy")
    else:
        m.text = intro + "\n\n" + "\n".join(lines) + "\n\n" + signature(doc, lang) + "\n"
        m.note = L(lang, "ordonnance dans le corps à une pharmacie", "prescription in body to pharmacy")


# --------------------------------------------------------------------------- 12
def insurer_form(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(age=(20, 64), nam=r.random() < 0.5)
    target = r.choice(["insurer", "comp"])
    m.sender = ctx.staff_box(r.choice([10, 2, 1]), lang)
    m.to = [ctx.ext(target)]
    acc = ctx.day_before(15, 90)
    nm = m.name(p, r.choice(["upper_comma", "full"]))
    dob = m.dob(p, r.choice(["iso", "num"]))
    sin = m.sin(p, r.choice(["space", "dash", "plain", "dot"]))
    dx = m.dx(pick(r, HAND_DX + BURN_DX[3:6], lang))
    soc = m.soc(pick(r, SOCIAL[8:9], lang))
    claim = "R-%d-%05d" % (2024, r.randrange(10000, 99999))
    back = ctx.day_after(30, 120)
    if lang == "fr":
        title = "Attestation médicale – réclamation %s" % claim
        lines = ["Assuré(e) : %s" % nm, "Date de naissance : %s" % dob, "NAS : %s" % sin,
                 "Date de l'événement : %s" % acc.isoformat(), "Diagnostic : %s" % dx,
                 "Situation : %s" % soc, "Retour au travail prévu : %s (travaux légers)" % back.strftime("%Y-%m-%d"),
                 "Restrictions : pas d'usage de la main atteinte, port d'orthèse",
                 "Médecin : %s" % staff_name(2, lang)]
        m.subject = "Réclamation %s – attestation médicale" % claim
        m.text = ("Bonjour,\n\nVous trouverez ci-joint l'attestation médicale remplie pour la réclamation %s.\n"
                  "Pour toute question, communiquez avec la clinique.\n\n%s\n") % (claim, signature(10, lang))
    else:
        title = "Attending physician statement - claim %s" % claim
        lines = ["Claimant: %s" % nm, "Date of birth: %s" % dob, "SIN: %s" % sin,
                 "Date of injury: %s" % acc.isoformat(), "Diagnosis: %s" % dx, "Status: %s" % soc,
                 "Expected return to work: %s (modified duties)" % back.strftime("%Y-%m-%d"),
                 "Restrictions: no use of the injured hand, splint at all times",
                 "Physician: %s" % staff_name(2, lang)]
        m.subject = "Claim %s - physician statement" % claim
        m.text = ("Hello,\n\nPlease find attached the completed physician statement for claim %s.\n"
                  "Contact the clinic with any questions.\n\n%s\n") % (claim, signature(10, lang))
    if r.random() < 0.5:
        m.attachments.append({"filename": "%s_%s.docx" % (L(lang, "attestation", "statement"), claim),
                              "ctype": DOCX_CT, "data": docx(title, lines)})
    else:
        m.attachments.append({"filename": "%s_%s.pdf" % (L(lang, "attestation", "statement"), claim),
                              "ctype": "application/pdf", "data": pdf(title, lines)})
    m.note = L(lang, "attestation médicale à un assureur", "physician statement to insurer")


# --------------------------------------------------------------------------- 13
def garment_fitting(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(age=(3, 80))
    g = pick(r, GARMENTS, lang)
    d = ctx.day_after(3, 20)
    end = d.replace(hour=d.hour + 1)
    nm = m.name(p, r.choice(["title", "full", "title_sur", "surname_init"]))
    dx = m.dx(L(lang, "cicatrices hypertrophiques post-brûlure", "hypertrophic burn scars") + " " +
              r.choice([L(lang, "main D", "right hand"), L(lang, "avant-bras G", "left forearm"),
                        L(lang, "thorax", "chest"), L(lang, "visage", "face")]))
    tel = m.phone(p) if r.random() < 0.5 else None
    m.sender = ctx.staff_box(8, lang)
    m.to = [ctx.staff_box(13, lang), ctx.ext("garment")]
    summ = L(lang, "Essayage %s – %s" % (g, nm), "Fitting %s - %s" % (g, nm))
    desc = L(lang, "Patient(e) : %s. Dx : %s. Mesures prises le %s." % (nm, dx, ctx.now.strftime("%d/%m")),
             "Patient: %s. Dx: %s. Measured on %s." % (nm, dx, ctx.now.strftime("%b %d")))
    if tel:
        desc += L(lang, " Joindre au %s si retard." % tel, " Call %s if delayed." % tel)
    cal = ics("fit-%d@chubsr.example" % ctx.counter, d, end, summ, desc,
              L(lang, "Atelier des orthèses, local B-214", "Orthotics workshop, room B-214"),
              "fkerr@chubsr.example", ["jprovencher@chubsr.example", "atelier@compressa.example"])
    m.attachments.append({"filename": "invite.ics", "ctype": "text/calendar", "data": cal})
    m.subject = L(lang, "Invitation : essayage vêtement compressif %s" % when(d, lang),
                  "Invitation: pressure garment fitting %s" % when(d, lang))
    m.text = L(lang, "Bonjour Julie,\n\nJe t'envoie l'invitation pour l'essayage. Les mesures sont dans le dossier.\n\nFiona\n",
               "Hi Julie,\n\nSending the invite for the fitting. Measurements are in the chart.\n\nFiona\n")
    m.note = L(lang, "invitation d'essayage de vêtement compressif (ICS)", "pressure garment fitting invite (ICS)")


# --------------------------------------------------------------------------- 14
def hand_therapy_note(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(age=(16, 75))
    dxp, pp = r.choice(HAND_CASES[:5] + HAND_CASES[6:])
    dx = m.dx(L(lang, dxp[0], dxp[1]))
    proc = L(lang, pp[0], pp[1])
    wk = r.randrange(2, 12)
    m.sender = ctx.staff_box(8, lang)
    m.to = [ctx.staff_box(2, lang)]
    nm = m.name(p, r.choice(["title", "full", "given" if r.random() < 0.3 else "title_sur"]))
    mrn = m.mrn(p, r.choice(MRN_STYLES))
    rom = "MCP 0-%d°, IPP %d-%d°, IPD 0-%d°" % (r.randrange(60, 90), r.randrange(0, 25), r.randrange(60, 100), r.randrange(20, 70))
    if lang == "en":
        rom = rom.replace("IPP", "PIP").replace("IPD", "DIP")
    pain = m.med(pick(r, MEDS[4:5] + MEDS[11:12] + MEDS[1:2], lang))
    body = L(lang,
             ("Bonjour Dre Vachon,\n\nSuivi en thérapie de la main pour %s (%s), %d sem. post %s.\n"
              "Dx : %s.\nAmplitudes actives : %s. Œdème modéré, cicatrice adhérente.\n"
              "Orthèse dorsale de protection maintenue. Prend %s, douleur 4/10.\n"
              "%s\n\nFiona Kerr, erg.\n") ,
             ("Hi Dr. Vachon,\n\nHand therapy update for %s (%s), %d wk post %s.\n"
              "Dx: %s.\nActive ROM: %s. Moderate oedema, adherent scar.\n"
              "Dorsal blocking splint continued. Taking %s, pain 4/10.\n"
              "%s\n\nFiona Kerr, OT\n"))
    q = L(lang, "Question : peut-on débuter la mise en charge légère?", "Question: OK to start light loading?")
    m.text = body % (nm, mrn, wk, proc, dx, rom, pain, q)
    m.subject = r.choice([L(lang, "Thérapie de la main – suivi", "Hand therapy update"),
                          L(lang, "Suivi ergo main %d sem" % wk, "Hand OT %d wk follow-up" % wk)])
    if r.random() < 0.4:
        lines = [L(lang, "Note d'évolution – ergothérapie", "Progress note - OT"), "%s – %s" % (nm, mrn),
                 L(lang, "Amplitudes : ", "ROM: ") + rom, L(lang, "Plan : exercices de glissement tendineux 10x/h",
                                                           "Plan: tendon gliding exercises 10x/hour")]
        m.attachments.append({"filename": L(lang, "note_évolution_ergo.docx", "OT_note.docx"), "ctype": DOCX_CT,
                              "data": docx(lines[0], lines[1:])})
    m.note = L(lang, "suivi de thérapie de la main au chirurgien", "hand therapy update to surgeon")


# --------------------------------------------------------------------------- 15
def breast_waitlist(ctx, m):
    r, lang = ctx.rng, m.lang
    hdr = L(lang, ["Nom", "Prénom", "NAM", "DDN", "Diagnostic", "Intervention", "Inscription", "Priorité"],
            ["Surname", "Given name", "RAMQ", "DOB", "Diagnosis", "Procedure", "Listed", "Priority"])
    rows = [hdr]
    for _ in range(r.randrange(6, 11)):
        p = ctx.patient(nam=r.random() < 0.7, age=(30, 72), sex="F")
        rows.append([m.ev("patient_name", p.surname.upper()), p.given,
                     m.nam(p, r.choice(["plain", "space", "dash"])) if p.nam else "",
                     m.dob(p, "iso"), m.dx(pick(r, BREAST_DX, lang)), pick(r, BREAST_PROC, lang),
                     ctx.day_before(60, 700).isoformat(), r.choice(["P3", "P4", "P4", "P5"])])
    m.sender = ctx.staff_box(10, lang)
    m.to = [ctx.staff_box(16, lang), ctx.staff_box(14, lang)]
    fn = L(lang, "liste_attente_reconstruction_mammaire_%s.xlsx", "breast_reconstruction_waitlist_%s.xlsx") % ctx.now.strftime("%Y-%m")
    m.attachments.append({"filename": fn, "ctype": XLSX_CT,
                          "data": xlsx([(L(lang, "Liste", "List"), rows),
                                        (L(lang, "Notes", "Notes"), [[L(lang, "Mise à jour", "Updated"), ctx.now.strftime("%Y-%m-%d")]])])})
    m.subject = L(lang, "Liste d'attente – reconstruction mammaire (mise à jour)", "Breast reconstruction wait list - update")
    m.text = L(lang, "Bonjour,\n\nVoici la liste d'attente à jour pour la rencontre de jeudi. %d patientes dépassent 12 mois.\n\nMaude\n",
               "Hello,\n\nHere is the updated wait list for Thursday's meeting. %d patients are past 12 months.\n\nMaude\n") % r.randrange(2, 6)
    m.note = L(lang, "liste d'attente nominative en XLSX", "named wait list as XLSX")
    m.feat("roster")


# --------------------------------------------------------------------------- 16
def quick_note(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(nam=False)
    room = r.choice(ROOMS)
    m.sender = ctx.staff_box(r.choice([7, 6, 15]), lang, "plain")
    m.to = [ctx.staff_box(r.choice([4, 5]), lang, "plain")]
    nm = m.name(p, r.choice(["given", "lower", "title_sur"]))
    sym = m.dx(r.choice([L(lang, "fièvre 38,7", "fever 38.7"), L(lang, "greffe qui suinte et sent mauvais", "graft oozing and smelly"),
                         L(lang, "douleur 9/10 malgré l'hydromorphone", "pain 9/10 despite hydromorphone"),
                         L(lang, "désaturation à 88 %", "desaturating to 88%")]))
    m.subject = r.choice([L(lang, "ch. %s" % room, "rm %s" % room), L(lang, "svp passer", "can you come by"), "?"])
    m.text = L(lang, "Peux-tu passer voir %s en %s? %s. Merci!\n\n%s\nEnvoyé de mon iPhone\n",
               "Can you come see %s in %s? %s. Thx\n\n%s\nSent from my iPhone\n") % (nm, room, sym[0].upper() + sym[1:], m.sender[0].split()[0])
    m.note = L(lang, "note rapide entre collègues", "quick note between colleagues")


# --------------------------------------------------------------------------- 17
def inline_forward(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(age=(20, 80))
    mail = "%s.%s%d@courriel.example" % (p.given.lower()[:1], p.surname.lower().replace("'", "").replace(" ", ""), p.dob.year % 100)
    mail = "".join(c for c in unicodedata.normalize("NFD", mail) if ord(c) < 128)
    orig_date = ctx.now.replace(hour=max(ctx.now.hour - 3, 6))
    tel = m.phone(p)
    med = m.med(pick(r, MEDS[3:4] + MEDS[4:5] + MEDS[12:13], lang))
    sym = m.dx(L(lang, "le doigt est enflé et rouge, ça coule un peu jaune", "the finger is swollen and red and leaking yellow stuff"))
    fullname = m.name(p, "full")
    m.sender = ctx.staff_box(10, lang)
    m.to = [ctx.staff_box(6, lang)]
    if lang == "fr":
        m.subject = "TR: question suite à ma chirurgie"
        m.text = ("Isabelle, peux-tu la rappeler? Elle ne sait pas si elle doit venir à l'urgence.\n\nMaude\n\n"
                  "---------- Message transféré ----------\nDe : %s <%s>\nDate : %s\nÀ : clinique.plastie@chubsr.example\n"
                  "Objet : question suite à ma chirurgie\n\n"
                  "Bonjour, depuis hier %s. J'ai fini les %s dimanche. Est-ce normal? "
                  "Vous pouvez me rappeler au %s.\nMerci\n%s\n") % (
            fullname, mail, format_datetime(orig_date.replace(tzinfo=tz_for(orig_date))), sym, med, tel, p.given)
    else:
        m.subject = "Fwd: question after my surgery"
        m.text = ("Isabelle, could you call her back? She isn't sure whether to go to the ER.\n\nMaude\n\n"
                  "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nTo: plastics.clinic@chubsr.example\n"
                  "Subject: question after my surgery\n\n"
                  "Hi, since yesterday %s. I finished the %s on Sunday. Is that normal? "
                  "You can call me back at %s.\nThanks\n%s\n") % (
            fullname, mail, format_datetime(orig_date.replace(tzinfo=tz_for(orig_date))), sym, med, tel, p.given)
    m.note = L(lang, "transfert en ligne d'un courriel de patient", "inline forward of a patient e-mail")
    m.feat("inline_forward")


# --------------------------------------------------------------------------- 18
def quoted_reply(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient()
    a, b = 17, r.choice([0, 1, 2, 16])
    m.sender = ctx.staff_box(a, lang)
    m.to = [ctx.staff_box(b, lang)]
    prev = ctx.now.replace(hour=max(ctx.now.hour - 2, 7))
    nm = m.name(p, r.choice(["title", "upper_comma", "init"]))
    ident = _id_line(ctx, m, p)
    dx = m.dx(pick(r, HAND_DX + BURN_DX + BREAST_DX, lang))
    lab = m.lab(pick(r, LABS[6:7] + LABS[8:9] + LABS[12:13], lang)) if r.random() < 0.5 else None
    d = ctx.day_after(2, 10, hour=7)
    if lang == "fr":
        quoted = ["Bonjour Daniel,", "", "Peux-tu devancer %s (%s) au %s? %s, on ne peut pas attendre." % (
            nm, ident, when(d, lang, False), dx[0].upper() + dx[1:])]
        if lab:
            quoted.append("Dernier labo : %s, l'anesthésie est au courant." % lab)
        quoted += ["", staff_name(b, lang, False)]
        head = "Le %s, %s a écrit :" % (when(prev, lang), staff_name(b, lang, False))
        new = r.choice(["C'est fait, premier cas de la journée.", "Ok, je m'en occupe.", "Confirmé pour 7 h 45."])
        m.subject = "RE: Devancer chirurgie"
    else:
        quoted = ["Hi Daniel,", "", "Can you move %s (%s) up to %s? %s, can't wait." % (
            nm, ident, when(d, lang, False), dx[0].upper() + dx[1:])]
        if lab:
            quoted.append("Latest lab: %s, anaesthesia is aware." % lab)
        quoted += ["", staff_name(b, lang, False)]
        head = "On %s, %s wrote:" % (when(prev, lang), staff_name(b, lang, False))
        new = r.choice(["Done, first case of the day.", "OK, on it.", "Confirmed for 7:45."])
        m.subject = "RE: Move surgery up"
    m.text = "%s\n\n%s\n\n%s\n%s\n" % (new, plain_name(m.sender[0]), head, "\n".join("> " + x if x else ">" for x in quoted))
    m.extra_headers.append(("In-Reply-To", "<orig.%d@chubsr.example>" % ctx.counter))
    m.extra_headers.append(("References", "<orig.%d@chubsr.example>" % ctx.counter))
    m.note = L(lang, "réponse courte, infos patient dans le texte cité", "short reply, patient details in quoted text")
    m.feat("quoted_reply")


# --------------------------------------------------------------------------- 19
def social_work(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(age=(19, 85))
    m.sender = ctx.staff_box(11, lang)
    target = r.choice(["team", "rehab"])
    m.to = [ctx.staff_box(15, lang), ctx.staff_box(3, lang)] if target == "team" else [ctx.ext("rehab")]
    nm = m.name(p, r.choice(["title", "full", "upper_comma"]))
    soc = [m.soc(x) for x in dict.fromkeys(pick(r, SOCIAL[:2] + SOCIAL[3:8], lang) for _ in range(2))]
    dx = m.dx(pick(r, BURN_DX, lang))
    ident = _id_line(ctx, m, p) if r.random() < 0.6 else None
    if lang == "fr":
        m.subject = r.choice(["Situation sociale – congé à planifier", "Suivi TS", "Planification du congé – volet social"])
        m.text = ("Bonjour,\n\nMise à jour concernant %s%s, hospitalisé(e) pour %s.\n\n%s\n\n"
                  "Je recommande d'attendre la rencontre de famille de mardi avant de fixer la date du congé.\n\n%s\n") % (
            nm, " (%s)" % ident if ident else "", dx, "\n".join("- " + s[0].upper() + s[1:] for s in soc), signature(11, lang))
    else:
        m.subject = r.choice(["Social situation - discharge planning", "SW update", "Discharge planning - social"])
        m.text = ("Hello,\n\nUpdate regarding %s%s, admitted for %s.\n\n%s\n\n"
                  "I recommend we wait for Tuesday's family meeting before setting a discharge date.\n\n%s\n") % (
            nm, " (%s)" % ident if ident else "", dx, "\n".join("- " + s[0].upper() + s[1:] for s in soc), signature(11, lang))
    m.note = L(lang, "note du travailleur social", "social worker update")


# --------------------------------------------------------------------------- 20
def imaging_followup(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(age=(16, 80))
    m.sender = ctx.staff_box(r.choice([2, 4, 5]), lang)
    m.to = [ctx.staff_box(8, lang)] if r.random() < 0.5 else [ctx.staff_box(2, lang)]
    nm = m.name(p, r.choice(["upper_comma", "title_sur", "full"]))
    ident = _id_line(ctx, m, p)
    res = m.dx(r.choice([
        L(lang, "consolidation partielle de la fracture du 5e métacarpien, angulation 25°",
          "partial union of 5th metacarpal fracture, 25° angulation"),
        L(lang, "ostéomyélite de P3 probable", "probable osteomyelitis of P3"),
        L(lang, "corps étranger radio-opaque de 4 mm dans l'éminence thénar", "4 mm radio-opaque foreign body in thenar eminence"),
        L(lang, "subluxation dorsale IPP majeur D", "dorsal PIP subluxation, right middle finger")]))
    if lang == "fr":
        m.subject = r.choice(["RX main – résultat", "Imagerie de contrôle", "Résultat radiographie"])
        m.text = ("Bonjour,\n\nRX de contrôle de %s (%s) fait ce matin : %s.\n"
                  "On garde l'orthèse 2 semaines de plus, à revoir en clinique.\n\n%s\n") % (nm, ident, res, plain_name(m.sender[0]))
    else:
        m.subject = r.choice(["Hand X-ray result", "Follow-up imaging", "X-ray report"])
        m.text = ("Hi,\n\nFollow-up X-ray for %s (%s) done this morning: %s.\n"
                  "Keep the splint 2 more weeks, will review in clinic.\n\n%s\n") % (nm, ident, res, plain_name(m.sender[0]))
    m.note = L(lang, "suivi de radiographie de la main", "hand X-ray follow-up")
