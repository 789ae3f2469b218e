"""Positive templates, part 1: referrals, consults, dressings, grafts, lists, booking."""
import html as H

from gen_attach import docx, pdf, xlsx, csv_text
from gen_common import (BURN_EN, BURN_FR, DEPT_EN, DEPT_FR, HAND_EN, HAND_FR, MRN_STYLES,
                        NAM_STYLES, ORG_EN, ORG_FR, plain_name, signature, staff_name)
from gen_vocab import (BREAST_CASES, BREAST_DX, BURN_DX, COMORB, DRESSINGS, GRAFT_PROC, HAND_CASES, HAND_DX, HAND_PROC,
                       BREAST_PROC, LABS, MEDS, ROOMS, SOCIAL, WOUND_DX, L, he, his, il, ne, pick,
                       when)


def pdf_safe(style_list):
    return [s for s in style_list if s != "fw"]


def _id_line(ctx, m, p, allow_fw=True):
    """Render the identifier(s) of a patient as a short phrase; records types."""
    r = ctx.rng
    lang = m.lang
    styles = NAM_STYLES if allow_fw else pdf_safe(NAM_STYLES)
    mstyles = MRN_STYLES if allow_fw else pdf_safe(MRN_STYLES)
    bits = []
    if p.nam and r.random() < 0.9:
        bits.append("NAM " + m.nam(p, r.choice(styles)) if lang == "fr" or r.random() < 0.5
                    else "RAMQ " + m.nam(p, r.choice(styles)))
    if r.random() < 0.55 or not bits:
        lab = r.choice(["dossier", "no dossier", "# dossier", "MRN"]) if lang == "fr" else r.choice(["MRN", "chart", "chart #", "MRN"])
        bits.append(lab + " " + m.mrn(p, r.choice(mstyles)))
    return ", ".join(bits)


# --------------------------------------------------------------------------- 1
def referral(ctx, m):
    r, lang = ctx.rng, m.lang
    area = r.choice(["hand", "burn", "breast", "wound"])
    sex = "F" if area == "breast" else None
    p = ctx.patient(age=(25, 85) if area != "burn" else (18, 80), sex=sex)
    pool = {"hand": HAND_DX, "burn": BURN_DX, "breast": BREAST_DX, "wound": WOUND_DX}[area]
    dx = m.dx(pick(r, pool, lang))
    med1, med2 = m.med(pick(r, MEDS, lang)), m.med(pick(r, MEDS, lang))
    como = m.dx(pick(r, COMORB, lang))
    doc = r.choice([("Dre Lucie Charest", "lcharest@gmf-herons.example"),
                    ("Dr Marc-Antoine Loiselle", "maloiselle@gmf-herons.example"),
                    ("Dr. Aaron Whitcombe", "awhitcombe@riverside-fhc.example")])
    m.sender = doc
    m.to = [ctx.staff_box(10, lang)]
    nm = m.name(p, r.choice(["title", "full", "upper_comma"]))
    dob = m.dob(p, r.choice(["iso", "num", "long"]))
    ids = _id_line(ctx, m, p, allow_fw=False)
    if lang == "fr":
        lines = ["Patient(e) : %s" % nm, "Date de naissance : %s" % dob, "Identifiants : %s" % ids,
                 "Motif de la demande : %s" % dx, "Antécédents : %s" % como,
                 "Médication : %s ; %s" % (med1, med2),
                 "Priorité : %s" % r.choice(["B (moins de 10 jours)", "C (moins de 28 jours)", "D (moins de 3 mois)"]),
                 "Médecin référent : %s, GMF des Hérons" % doc[0]]
        spec = {"hand": "chirurgie de la main", "burn": "chirurgie plastique (séquelles de brûlure)",
                "breast": "reconstruction mammaire", "wound": "chirurgie plastique (plaies complexes)"}[area]
        intro = "Bonjour,\n\nVeuillez trouver ci-joint une demande de consultation en %s." % spec
        m.subject = r.choice(["Demande de consultation – plastie", "Référence – " + spec,
                              "Consultation plastie – priorité", "Réf. plastie / " + p.surname.upper()])
        if p.surname.upper() in m.subject:
            m.ev("patient_name", p.surname.upper())
    else:
        lines = ["Patient: %s" % nm, "DOB: %s" % dob, "Identifiers: %s" % ids,
                 "Reason for referral: %s" % dx, "Past history: %s" % como,
                 "Medications: %s; %s" % (med1, med2),
                 "Priority: %s" % r.choice(["B (within 10 days)", "C (within 28 days)", "D (within 3 months)"]),
                 "Referring physician: %s" % doc[0]]
        spec = {"hand": "the hand clinic", "burn": "plastic surgery (burn sequelae)",
                "breast": "the breast reconstruction clinic", "wound": "plastic surgery (complex wounds)"}[area]
        intro = "Hello,\n\nPlease find attached a referral to %s." % spec
        m.subject = r.choice(["Referral - plastic surgery", "New referral - " + spec,
                              "Consult request", "Referral: " + p.surname])
        if p.surname in m.subject:
            m.ev("patient_name", p.surname)
    if r.random() < 0.55:
        fn = L(lang, "demande_consultation_%s.pdf", "referral_%s.pdf") % ctx.now.strftime("%Y%m%d")
        m.attachments.append({"filename": fn, "ctype": "application/pdf",
                              "data": pdf(L(lang, "Demande de consultation", "Referral"), lines)})
        m.text = intro + "\n\n" + L(lang, "Merci et bonne journée.", "Thank you.") + "\n\n" + doc[0] + "\n"
        m.note = L(lang, "demande de consultation en PDF", "referral letter as PDF")
    else:
        m.text = intro.replace(L(lang, "ci-joint une", "attached a"), L(lang, "ci-dessous une", "below a")) + \
            "\n\n" + "\n".join(lines) + "\n\n" + doc[0] + "\n"
        m.note = L(lang, "demande de consultation dans le corps", "referral in body")


# --------------------------------------------------------------------------- 2
def consult_reply(ctx, m):
    r, lang = ctx.rng, m.lang
    area = r.choice(["hand", "burn", "wound"])
    p = ctx.patient()
    if area == "hand":
        dxp, pp = r.choice(HAND_CASES)
    else:
        dxp, pp = r.choice(BURN_DX if area == "burn" else WOUND_DX), r.choice(GRAFT_PROC)
    proc = L(lang, pp[0], pp[1])
    surgeon = r.choice([0, 1, 2, 16])
    m.sender = ctx.staff_box(surgeon, lang)
    m.to = [r.choice([("Dre Lucie Charest", "lcharest@gmf-herons.example"),
                      ("Dr Vincent Ratté", "vratte@gmf-herons.example")])]
    m.cc = [ctx.staff_box(10, lang)]
    nm = m.name(p, r.choice(["title", "title_sur", "full"]))
    dx = m.dx(L(lang, dxp[0], dxp[1]))
    rx = m.med(pick(r, MEDS, lang))
    ids = _id_line(ctx, m, p)
    d = ctx.day_after(7, 40)
    if lang == "fr":
        m.subject = r.choice(["Réponse de consultation", "Consultation plastie – suivi",
                              "RE: Demande de consultation"])
        m.text = (
            "Chère collègue,\n\nMerci de m'avoir adressé %s (%s). Je l'ai %s en clinique aujourd'hui.\n\n"
            "Impression : %s.\n\nPlan :\n- %s prévue le %s\n- %s\n- Cesser le tabac au moins 4 semaines avant\n\n"
            "Je vous tiendrai au courant.\n\n%s\n") % (
            nm, ids, "vue" if p.sex == "F" else "vu", dx, proc[0].upper() + proc[1:], when(d, lang, False), rx,
            signature(surgeon, lang))
    else:
        m.subject = r.choice(["Consultation note", "Plastics consult - follow-up", "RE: Referral"])
        m.text = (
            "Dear colleague,\n\nThank you for referring %s (%s). I saw %s in clinic today.\n\n"
            "Impression: %s.\n\nPlan:\n- %s booked for %s\n- %s\n- Smoking cessation for at least 4 weeks before surgery\n\n"
            "I will keep you posted.\n\n%s\n") % (
            nm, ids, "her" if p.sex == "F" else "him", dx, proc[0].upper() + proc[1:], when(d, lang, False), rx,
            signature(surgeon, lang))
    m.note = L(lang, "réponse de consultation au médecin référent", "consult reply to referring physician")


# --------------------------------------------------------------------------- 3
def dressing_followup(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient()
    m.sender = ctx.staff_box(6, lang)
    m.to = [ctx.ext("clsc")]
    nm = m.name(p, r.choice(["title", "upper_comma", "full"]))
    adr = m.addr(p)
    tel = m.phone(p)
    wound = m.dx(pick(r, BURN_DX + WOUND_DX, lang))
    dress = pick(r, DRESSINGS, lang)
    freq = r.choice([L(lang, "aux 2 jours", "every 2 days"), L(lang, "3 fois par semaine", "3 times a week"),
                     L(lang, "die", "daily")])
    start = ctx.day_after(1, 4)
    extra = ""
    if r.random() < 0.5:
        lab = m.lab(pick(r, LABS[4:6], lang))
        extra = "\n%s%s." % (lab[0].upper(), lab[1:])
    if lang == "fr":
        m.subject = r.choice(["Suivi de pansements à domicile", "Demande de soins de plaie – congé 7e Nord",
                              "Pansements – reprise CLSC"])
        m.text = (
            "Bonjour,\n\nNous demandons la reprise des soins de plaie à domicile pour :\n\n%s\n%s\nTél. : %s\n\n"
            "Plaie : %s.%s\nPansement : %s, à changer %s. Début : %s.\n"
            "Analgésie 30 min avant le pansement au besoin.\n\n"
            "Merci de nous aviser si signes d'infection (rougeur, écoulement, fièvre).\n\n%s\n") % (
            nm, adr, tel, wound, extra, dress, freq, when(start, lang, False), signature(6, lang, BURN_FR))
    else:
        m.subject = r.choice(["Home dressing follow-up", "Wound care referral on discharge", "Dressings - home care"])
        m.text = (
            "Hello,\n\nPlease resume home wound care for:\n\n%s\n%s\nPhone: %s\n\n"
            "Wound: %s.%s\nDressing: %s, to be changed %s. Start: %s.\n"
            "Pre-medicate 30 minutes before dressing change as needed.\n\n"
            "Please let us know of any sign of infection (redness, drainage, fever).\n\n%s\n") % (
            nm, adr, tel, wound, extra, dress, freq, when(start, lang, False), signature(6, lang, BURN_EN))
    m.note = L(lang, "demande de soins de plaie au CLSC", "home wound care request")


# --------------------------------------------------------------------------- 4
def graft_check(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(nam=False)
    res = r.choice([4, 5])
    m.sender = ctx.staff_box(res, lang)
    m.to = [ctx.staff_box(r.choice([0, 1]), lang), ctx.staff_box(6, lang)]
    nm = m.name(p, r.choice(["init", "surname_init", "title_sur", "lower"]))
    mrn = m.mrn(p, r.choice(MRN_STYLES))
    proc = pick(r, GRAFT_PROC, lang)
    take = r.choice([60, 75, 85, 95, 100])
    room = r.choice(ROOMS)
    lab = m.lab(pick(r, LABS, lang))
    lab = "%s\n%s" % (L(lang, "Rappel dx : ", "Dx: ") + m.dx(pick(r, BURN_DX, lang)), lab)
    if lang == "fr":
        m.subject = r.choice(["Greffe J%d – ch. %s" % (res, room), "Levée de pansement post-greffe",
                              "Prise de greffe %s" % room])
        m.text = (
            "Salut,\n\nLevée du premier pansement ce matin pour %s (%s), ch. %s.\n"
            "%s : prise ~%d %%. %s\n"
            "Site donneur propre, Xeroform laissé en place.\n%s\n\n"
            "On continue le plan, je repasse demain.\n\n%s\n") % (
            nm, mrn, room, proc[0].upper() + proc[1:], take,
            "Petite zone de perte à l'aisselle, probablement hématome." if take < 90 else "Belle adhérence partout.",
            lab, staff_name(res, lang, False))
    else:
        m.subject = r.choice(["POD%d graft check - rm %s" % (res, room), "Graft take-down", "Graft take %s" % room])
        m.text = (
            "Hi,\n\nFirst dressing takedown this morning for %s (%s), room %s.\n"
            "%s: ~%d%% take. %s\n"
            "Donor site clean, Xeroform left in place.\n%s\n\n"
            "Continue current plan, I'll check again tomorrow.\n\n%s\n") % (
            nm, mrn, room, proc[0].upper() + proc[1:], take,
            "Small area of loss in the axilla, probably haematoma." if take < 90 else "Nice adherence throughout.",
            lab, staff_name(res, lang, False))
    m.note = L(lang, "suivi de greffe entre collègues", "graft check between colleagues")


# --------------------------------------------------------------------------- 5
def _todo(r, m, lang):
    k = r.randrange(4)
    if k == 0:
        return m.lab(pick(r, LABS, lang))
    if k == 1:
        return m.med(pick(r, MEDS, lang))
    return [L(lang, "bain + pansement", "tubbing + dressing"), L(lang, "nutrition", "dietitian")][k - 2]


def census(ctx, m):
    r, lang = ctx.rng, m.lang
    n = r.randrange(5, 9)
    rooms = sorted(r.sample(ROOMS, n))
    hdr = L(lang, ["Ch.", "Nom", "Dossier", "Dx / SCT", "J post-op", "À faire"],
            ["Rm", "Name", "MRN", "Dx / TBSA", "POD", "To do"])
    with_nam = r.random() < 0.4
    if with_nam:
        hdr.insert(3, "NAM")
    rows = [hdr]
    for room in rooms:
        p = ctx.patient(nam=with_nam and r.random() < 0.6)
        row = [room, m.name(p, r.choice(["upper_comma", "upper_comma", "surname_init"])),
               m.mrn(p, r.choice(["plain", "pref"])), m.dx(pick(r, BURN_DX + WOUND_DX, lang)),
               str(r.randrange(0, 21)),
               _todo(r, m, lang)]
        if with_nam:
            row.insert(3, m.nam(p, "plain") if p.nam else "")
        rows.append(row)
    m.sender = ctx.staff_box(15, lang)
    m.to = [ctx.staff_box(i, lang) for i in (0, 1, 3, 4)]
    date = ctx.now.strftime("%Y-%m-%d")
    fmt = r.choice(["xlsx", "csv", "html"])
    if fmt == "xlsx":
        m.attachments.append({"filename": L(lang, "recensement_7N_%s.xlsx", "census_7N_%s.xlsx") % date,
                              "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              "data": xlsx([("7N", rows)])})
        m.text = L(lang, "Bonjour,\n\nRecensement du 7e Nord en pièce jointe pour la tournée.\n\nAnnie\n",
                   "Hi all,\n\n7 North census attached for rounds.\n\nAnnie\n")
    elif fmt == "csv":
        m.attachments.append({"filename": L(lang, "liste_patients_7N.csv", "patient_list_7N.csv"),
                              "ctype": "text/csv", "data": csv_text(rows, r.choice([",", ";"]))})
        m.text = L(lang, "Liste exportée du DME ce matin (CSV).\n\nA. Beauregard\n",
                   "List exported from the EMR this morning (CSV).\n\nA. Beauregard\n")
    else:
        cells = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % H.escape(c) for c in row) for row in rows)
        m.html = ("<html><head><meta charset=\"{CHARSET}\"></head><body><p>%s</p>"
                  "<table border=\"1\" cellpadding=\"3\">\n%s\n</table><p>%s</p></body></html>") % (
            L(lang, "Recensement 7e Nord – %s" % date, "7 North census - %s" % date), cells,
            L(lang, "Annie Beauregard, infirmière-chef", "Annie Beauregard, nurse manager"))
    m.subject = L(lang, "Recensement 7N %s" % date, "7N census %s" % date)
    m.note = L(lang, "recensement de l'unité des brûlés", "burn unit census") + " (%s)" % fmt
    m.feat("roster")


# --------------------------------------------------------------------------- 6
def signout(ctx, m):
    r, lang = ctx.rng, m.lang
    res = r.choice([4, 5])
    other = 5 if res == 4 else 4
    m.sender = ctx.staff_box(res, lang)
    m.to = [ctx.staff_box(other, lang)]
    lines = []
    for room in sorted(r.sample(ROOMS, r.randrange(3, 7))):
        p = ctx.patient(nam=False)
        nm = m.name(p, r.choice(["upper", "surname_init", "lower", "title_sur"]))
        bits = [m.dx(pick(r, BURN_DX + HAND_DX + WOUND_DX, lang))]
        if r.random() < 0.6:
            bits.append(m.lab(pick(r, LABS, lang)))
        if r.random() < 0.5:
            bits.append(m.med(pick(r, MEDS, lang)))
        lines.append("%s  %s - %s" % (room, nm, "; ".join(bits)))
    if lang == "fr":
        m.subject = r.choice(["Passation de garde", "Sign-out plastie ce soir", "Liste de garde – brûlés"])
        m.text = ("Salut,\n\nVoici la passation pour cette nuit :\n\n%s\n\n"
                  "Rien d'autre, la garde devrait être calme. Appelle-moi au besoin.\n\n%s\n") % (
            "\n".join(lines), staff_name(res, lang, False).split()[0])
    else:
        m.subject = r.choice(["Sign-out tonight", "Plastics sign-out", "Burn sign-out list"])
        m.text = ("Hey,\n\nSign-out for tonight:\n\n%s\n\n"
                  "Should be quiet otherwise. Page me if needed.\n\n%s\n") % (
            "\n".join(lines), staff_name(res, lang, False).split()[0])
    m.note = L(lang, "passation de garde (liste chambre/nom/problème)", "sign-out roster (room/name/problem)")
    m.feat("roster")


# --------------------------------------------------------------------------- 7
def or_booking(ctx, m):
    r, lang = ctx.rng, m.lang
    area = r.choice(["hand", "burn", "breast"])
    p = ctx.patient(age=(25, 75) if area == "breast" else (18, 85), sex="F" if area == "breast" else None,
                    nam=r.random() < 0.65)
    if area == "burn":
        dxp, pp = r.choice(BURN_DX), r.choice(GRAFT_PROC)
    else:
        dxp, pp = r.choice(HAND_CASES if area == "hand" else BREAST_CASES)
    proc = L(lang, pp[0], pp[1])
    dx = m.dx(L(lang, dxp[0], dxp[1]))
    surgeon = {"hand": 2, "burn": 1, "breast": 16}[area]
    m.sender = ctx.staff_box(10, lang)
    m.to = [ctx.staff_box(17, lang)]
    d = ctx.day_after(5, 45, hour=8)
    nm = m.name(p, r.choice(["upper_comma", "full", "title"]))
    dob = m.dob(p, r.choice(["iso", "num"]))
    ids = _id_line(ctx, m, p)
    anticoag = m.med(pick(r, MEDS[9:10] + MEDS[5:6], lang))
    dur = {"hand": r.choice([60, 90, 120]), "burn": r.choice([120, 180, 240]), "breast": r.choice([240, 420, 480])}[area]
    if lang == "fr":
        m.subject = r.choice(["Réservation bloc – %s" % when(d, lang, False), "Demande de salle op", "Ajout au programme opératoire"])
        m.text = ("Bonjour Daniel,\n\nPouvez-vous ajouter au programme du %s (salle 6, %s) :\n\n"
                  "%s – %s – %s\nIntervention : %s (%d min)\nDiagnostic : %s\n"
                  "Anesthésie générale. Anticoagulant : %s, à cesser 48 h avant.\n\nMerci!\n\n%s\n") % (
            when(d, lang, False), staff_name(surgeon, lang), nm, dob, ids, proc, dur, dx, anticoag,
            signature(10, lang))
    else:
        m.subject = r.choice(["OR booking - %s" % when(d, lang, False), "OR request", "Add-on to OR list"])
        m.text = ("Hi Daniel,\n\nCould you add the following to the %s list (OR 6, %s):\n\n"
                  "%s - %s - %s\nProcedure: %s (%d min)\nDiagnosis: %s\n"
                  "General anaesthetic. Anticoagulant: %s, hold 48 h prior.\n\nThanks!\n\n%s\n") % (
            when(d, lang, False), staff_name(surgeon, lang), nm, dob, ids, proc, dur, dx, anticoag,
            signature(10, lang))
    m.note = L(lang, "demande de réservation au bloc opératoire", "OR booking request")


# --------------------------------------------------------------------------- 8
def transport_request(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(age=(60, 92))
    m.sender = ctx.staff_box(r.choice([10, 6]), lang)
    m.to = [ctx.ext("transport")]
    d = ctx.day_after(2, 14)
    nm = m.name(p, r.choice(["title", "upper_comma"]))
    adr = m.addr(p)
    tel = m.phone(p)
    why = m.dx(pick(r, BURN_DX[:2] + WOUND_DX, lang))
    mob = r.choice([L(lang, "fauteuil roulant", "wheelchair"), L(lang, "civière", "stretcher"),
                    L(lang, "marchette", "walker")])
    if lang == "fr":
        m.subject = "Transport adapté – rendez-vous %s" % when(d, lang, False)
        m.text = ("Bonjour,\n\nMerci de réserver un transport aller-retour :\n\n"
                  "Usager : %s\nAdresse de départ : %s\nTéléphone : %s\nMobilité : %s\n"
                  "Rendez-vous : %s, clinique des plaies, 3e étage, porte B\nMotif : changement de pansement (%s)\n\n"
                  "Prévoir environ 90 minutes sur place.\n\n%s\n") % (
            nm, adr, tel, mob, when(d, lang), why, signature(int(m.sender[1].startswith("irioux")) and 6 or 10, lang))
    else:
        m.subject = "Adapted transport - appointment %s" % when(d, lang, False)
        m.text = ("Hello,\n\nPlease book a return trip:\n\n"
                  "Client: %s\nPick-up address: %s\nPhone: %s\nMobility: %s\n"
                  "Appointment: %s, wound clinic, 3rd floor, door B\nReason: dressing change (%s)\n\n"
                  "Allow about 90 minutes on site.\n\n%s\n") % (
            nm, adr, tel, mob, when(d, lang), why, signature(10, lang))
    m.note = L(lang, "demande de transport pour rendez-vous de soins", "transport booking for care appointment")


# --------------------------------------------------------------------------- 9
def lab_followup(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient()
    m.sender = ctx.staff_box(r.choice([4, 5, 12]), lang)
    m.to = [ctx.staff_box(r.choice([0, 1, 3]), lang)]
    nm = m.name(p, r.choice(["full", "title_sur", "upper", "given" if r.random() < 0.2 else "init"]))
    ids = _id_line(ctx, m, p)
    l1 = m.lab(pick(r, LABS[4:6] + LABS[13:], lang))
    l2 = m.lab(pick(r, LABS[:4], lang))
    old = m.med(pick(r, MEDS[2:4], lang))
    new = m.med(pick(r, MEDS[7:8] + MEDS[15:16] + MEDS[12:13], lang))
    if lang == "fr":
        m.subject = r.choice(["Résultat de culture", "Labo – à revoir", "Culture positive – ajustement ATB"])
        m.text = ("Bonjour,\n\nPour %s (%s) :\n%s\n%s\n\n"
                  "Je propose de cesser %s et de débuter %s. Dosage de vanco avant la 4e dose.\n"
                  "Est-ce que ça te convient?\n\n%s\n") % (nm, ids, l1, l2, old, new, plain_name(m.sender[0]))
    else:
        m.subject = r.choice(["Culture result", "Labs to review", "Positive culture - antibiotic change"])
        m.text = ("Hi,\n\nRe %s (%s):\n%s\n%s\n\n"
                  "I suggest stopping %s and starting %s. Vanco trough before the 4th dose.\n"
                  "OK with you?\n\n%s\n") % (nm, ids, l1, l2, old, new, plain_name(m.sender[0]))
    m.note = L(lang, "suivi de résultats de laboratoire", "lab result follow-up")


# --------------------------------------------------------------------------- 10
def discharge_summary(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(nam=r.random() < 0.6)
    surgeon = r.choice([0, 1, 3])
    m.sender = ctx.staff_box(r.choice([4, 5]), lang)
    m.to = [ctx.ext("gmf")] if lang == "fr" else [("Dr. Aaron Whitcombe", "awhitcombe@riverside-fhc.example")]
    adm = ctx.day_before(12, 40)
    nm = m.name(p, "upper_comma")
    dob = m.dob(p, r.choice(["iso", "num", "long"]))
    ids = _id_line(ctx, m, p, allow_fw=False)
    dx = m.dx(pick(r, BURN_DX, lang))
    proc = pick(r, GRAFT_PROC, lang)
    meds = [m.med(pick(r, MEDS, lang)) for _ in range(3)]
    lab = m.lab(pick(r, LABS, lang))
    if lang == "fr":
        title = "Résumé de départ – %s" % BURN_FR
        lines = ["Nom : %s" % nm, "Date de naissance : %s" % dob, ids,
                 "Admission : %s   Départ : %s" % (adm.isoformat(), ctx.now.strftime("%Y-%m-%d")),
                 "Diagnostic principal : %s" % dx, "Intervention : %s" % proc,
                 "Évolution : prise de greffe satisfaisante; %s au jour 6, traité." % lab,
                 "Médication au départ :"] + ["  - " + x for x in meds] + [
                 "Suivi : clinique externe des brûlés dans 2 semaines; vêtements compressifs à prévoir.",
                 "Médecin traitant : %s" % staff_name(surgeon, lang)]
        m.text = "Bonjour,\n\nCi-joint le résumé de départ de votre patient(e).\n\n%s\n" % signature(
            int(m.sender[1].startswith("mnguyen")) and 5 or 4, lang, BURN_FR)
        m.subject = "Résumé de départ"
        fn = "résumé_départ_%s.%s"
    else:
        title = "Discharge summary - %s" % BURN_EN
        lines = ["Name: %s" % nm, "DOB: %s" % dob, ids,
                 "Admitted: %s   Discharged: %s" % (adm.isoformat(), ctx.now.strftime("%Y-%m-%d")),
                 "Principal diagnosis: %s" % dx, "Procedure: %s" % proc,
                 "Course: good graft take; %s on day 6, treated." % lab, "Discharge medications:"] + [
                 "  - " + x for x in meds] + [
                 "Follow-up: burn clinic in 2 weeks; pressure garments to be fitted.",
                 "Attending: %s" % staff_name(surgeon, lang)]
        m.text = "Hello,\n\nPlease find attached the discharge summary for your patient.\n\n%s\n" % signature(4, lang, BURN_EN)
        m.subject = "Discharge summary"
        fn = "discharge_summary_%s.%s"
    kind = r.choice(["pdf", "docx"])
    stamp = ctx.now.strftime("%Y%m%d")
    if kind == "pdf":
        m.attachments.append({"filename": fn % (stamp, "pdf"), "ctype": "application/pdf", "data": pdf(title, lines)})
    else:
        m.attachments.append({"filename": fn % (stamp, "docx"),
                              "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                              "data": docx(title, lines)})
    m.note = L(lang, "résumé de départ en pièce jointe", "discharge summary attached") + " (%s)" % kind
