"""Positive (confidential) builders, part A: referrals, consults, lists, bookings,
lab follow-ups, agreements, pharmacy, patients' mail, quoted replies, subject and
file-name leaks."""
import datetime as _dt

import gen_common as C
from gen_attach import make_docx, make_ics, make_pdf
from gen_base import Types, fdate, fwd_block, html_page, html_table, id_line, p_html, quote, reply_header, text_table
from gen_mime import Att

INTAKE = ("Accueil – Centre Boréal", "accueil@" + C.CLINIC_DOMAIN)
INTAKE_EN = ("Referrals - Boreal Pain Centre", "referrals@" + C.CLINIC_DOMAIN)


def _dx(rng, lang, pool=None):
    d = rng.choice(pool or C.DX)
    return d[0] if lang == "fr" else d[1]


def _med(rng, lang, pool=None):
    m = rng.choice(pool or C.MEDS)
    return m[0] if lang == "fr" else m[1]


def _lang(rng, p_fr=0.6):
    return "fr" if rng.random() < p_fr else "en"


def _letterhead(lang):
    return [C.CLINIC_FR if lang == "fr" else C.CLINIC_EN, C.CLINIC_ADDR,
            (f"Tél. {C.CLINIC_TEL}  Téléc. {C.CLINIC_FAX}" if lang == "fr" else f"Tel {C.CLINIC_TEL}  Fax {C.CLINIC_FAX}")]


# ---------------------------------------------------------------------------
def referral_famdoc(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    t = Types()
    p, holder = ctx.patient(0.7)
    show_nam = holder and rng.random() < 0.85
    doc = C.famdoc(rng)
    dx = _dx(rng, lang)
    med = _med(rng, lang)
    adj = _med(rng, lang, C.ADJ)
    t.add("diagnosis", "medication")
    ident = id_line(rng, p, lang, t, show_nam=show_nam, show_dob=True)
    years = rng.randint(2, 9)
    if lang == "fr":
        sub = rng.choice(["Demande de consultation – clinique de la douleur", "Référence douleur chronique",
                          f"Consultation douleur : {p.title_fr()} {p.surname}", "Demande de consultation"])
        if "Consultation douleur" in sub:
            t.add("patient_name")
        lines = [C.greet(rng, "fr"), "",
                 rng.choice([f"Je vous adresse {'ma patiente' if p.sex == 'F' else 'mon patient'} : {ident}, pour évaluation et prise en charge.",
                             f"Merci de bien vouloir évaluer {ident}.",
                             f"Demande de consultation pour : {ident}"]), "",
                 f"Motif : {dx}, évolution depuis environ {years} ans, peu de réponse à la physiothérapie et aux AINS.",
                 f"Médication actuelle : {med} ; {adj}.",
                 rng.choice(["Antécédents : HTA, dyslipidémie, trouble anxieux traité.",
                             "Antécédents : diabète type 2, apnée du sommeil (CPAP), obésité.",
                             "Antécédents : dépression majeure en rémission partielle, tabagisme actif.",
                             "ATCD : hypothyroïdie, cholécystectomie 2015."])]
        if rng.random() < 0.35:
            lines.append("Bilan récent : " + rng.choice(C.LABS_MISC)[0] + ".")
            t.add("lab_result")
        if rng.random() < 0.5:
            lines.append(rng.choice(["La patiente" if p.sex == "F" else "Le patient", "Cette personne"]) + " est en arrêt de travail depuis "
                         + str(rng.randint(3, 18)) + " mois et la situation financière devient difficile.")
            t.add("social_information")
        lines += ["", rng.choice(["J'aimerais votre avis pour une approche interventionnelle et un plan de diminution des opioïdes.",
                                  "Je souhaiterais une évaluation pour infiltration ou radiofréquence, ainsi que l'accès au programme interdisciplinaire.",
                                  "Les doses d'opioïdes augmentent malgré peu de gain fonctionnel ; un avis pour sevrage serait apprécié."])]
        if rng.random() < 0.45:
            lines.append(f"On peut joindre {'la patiente' if p.sex == 'F' else 'le patient'} au {C.phone_styled(rng)} (cellulaire).")
            t.add("patient_contact")
        lines += ["", C.closing(rng, "fr"), f"{doc['title']} {doc['full']}", doc["clinic"], f"Téléc. : {doc['fax']}"]
    else:
        sub = rng.choice(["Referral - chronic pain clinic", "New referral for pain assessment", f"Referral: {p.title_en()} {p.surname}",
                          "Pain clinic consult request"])
        if "Referral:" in sub:
            t.add("patient_name")
        lines = [C.greet(rng, "en"), "",
                 rng.choice([f"I would appreciate your assessment of {ident}.",
                             f"Referring {ident} for pain management.",
                             f"Patient: {ident}"]), "",
                 f"Reason: {dx}, ongoing for about {years} years despite physiotherapy and NSAIDs.",
                 f"Current medication: {med}; {adj}.",
                 rng.choice(["PMH: hypertension, GERD, generalized anxiety disorder.",
                             "PMH: type 2 diabetes, OSA on CPAP.",
                             "Past history: depression, active smoker, remote alcohol use disorder (in remission)."])]
        if rng.random() < 0.35:
            lines.append("Recent labs: " + rng.choice(C.LABS_MISC)[1] + ".")
            t.add("lab_result")
        if rng.random() < 0.4:
            lines.append("Currently off work on short-term disability; finances are strained.")
            t.add("social_information")
        lines += ["", rng.choice(["Would appreciate an opinion on interventional options and an opioid taper plan.",
                                  "Please consider for the interdisciplinary programme.",
                                  "Opioid doses have crept up without functional gain - your input would be welcome."])]
        if rng.random() < 0.4:
            lines.append(f"Best contact number for the patient: {C.phone_styled(rng)}.")
            t.add("patient_contact")
        lines += ["", C.closing(rng, "en"), f"Dr. {doc['full']}", doc["clinic"], f"Fax: {doc['fax']}"]
    body = "\n".join(lines)
    atts = []
    if rng.random() < 0.3:
        pdf = make_pdf("Demande de consultation" if lang == "fr" else "Consultation request",
                       ["# " + ("DEMANDE DE CONSULTATION – DOULEUR CHRONIQUE" if lang == "fr" else "CONSULTATION REQUEST - CHRONIC PAIN"),
                        "", ident, "", (f"Diagnostic : {dx}" if lang == "fr" else f"Diagnosis: {dx}"),
                        (f"Médication : {med}; {adj}" if lang == "fr" else f"Medication: {med}; {adj}"), "",
                        f"{doc['title']} {doc['full']} – {doc['clinic']}"],
                       letterhead=[doc["clinic"]], author=doc["full"])
        atts.append(Att(rng.choice(["demande_consultation.pdf", "referral.pdf", "DC_douleur.pdf", "scan0042.pdf"]), "application/pdf", pdf))
    return dict(cat="referral", lang=lang, types=t, note="family-physician referral with patient identity and pain history",
                spec=dict(frm=(f"{doc['title']} {doc['full']}", doc["email"]), to=[INTAKE if lang == "fr" else INTAKE_EN],
                          subject=sub, text=body, attachments=atts))


# ---------------------------------------------------------------------------
def consult_reply_pdf(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types()
    p, holder = ctx.patient(0.65)
    show_nam = holder and rng.random() < 0.8
    doc = C.famdoc(rng)
    md = ctx.staff("lavoie", "bergeron", "haddad", "patel")
    proc, dxt = C.proc_dx(rng)
    dx = dxt[0] if lang == "fr" else dxt[1]
    dx2 = _dx(rng, lang)
    med = _med(rng, lang)
    adj = _med(rng, lang, C.ADJ)
    seen = C.msg_date(rng).date()
    lab = rng.choice(C.LABS_MISC) if rng.random() < 0.4 else None
    mrn = C.make_mrn(rng, rng.choice([1, 3, 4]))
    tt = Types()
    ident = id_line(rng, p, lang, tt, show_nam=show_nam, show_dob=True, mrn=mrn, sep="\n")
    if lang == "fr":
        pdf_lines = ["# NOTE DE CONSULTATION – CLINIQUE DE LA DOULEUR", "", ident, f"Vu{'e' if p.sex == 'F' else ''} le : {C.date_fr(seen, 2)}",
                     f"Médecin référent : {doc['title']} {doc['full']}", "",
                     "# Raison de consultation", f"{dx}.", "",
                     "# Histoire", f"Douleur évoluant depuis {rng.randint(2, 12)} ans, cotée {rng.randint(6, 9)}/10 en moyenne, aggravée par la station debout et la marche.",
                     f"Médication actuelle : {med}; {adj}. Dose équivalente morphine orale estimée à {rng.choice([60, 90, 120, 150, 180])} mg/j.",
                     *(["Bilan : " + lab[0]] if lab else []),
                     "", "# Examen", "Lasègue négatif, palpation facettaire douloureuse, force et sensibilité préservées.", "",
                     "# Impression", f"1. {dx}", f"2. {dx2}" if dx2 != dx else "2. Trouble du sommeil secondaire.", "",
                     "# Plan", f"- {proc[0][0].upper() + proc[0][1:]} prévu d'ici 4 à 6 semaines.",
                     f"- Diminution progressive des opioïdes : réduction de 10 % toutes les 2 semaines.",
                     "- Référence au programme d'autogestion (physiothérapie, psychologie).", "",
                     f"{md.title} {md.full}, {md.role_fr}"]
        body = "\n".join([f"Bonjour {doc['title']} {doc['surname']},", "",
                          rng.choice(["Vous trouverez ci-joint ma note de consultation.",
                                      "Ci-joint la note de consultation de votre patient(e), vu(e) cette semaine.",
                                      "Voici notre évaluation, en pièce jointe."]), "",
                          C.closing(rng, "fr"), "", C.sig(rng, md, "fr")])
    else:
        pdf_lines = ["# CONSULTATION NOTE - PAIN CLINIC", "", ident, f"Seen: {C.date_en(seen, 1)}",
                     f"Referring physician: Dr. {doc['full']}", "", "# Reason for referral", f"{dx}.", "",
                     "# History", f"Pain for {rng.randint(2, 12)} years, average {rng.randint(6, 9)}/10, worse with standing and walking.",
                     f"Current medication: {med}; {adj}. Estimated MED {rng.choice([60, 90, 120, 150, 180])} mg/day.",
                     *(["Labs: " + lab[1]] if lab else []), "",
                     "# Impression", f"1. {dx}", f"2. {dx2}" if dx2 != dx else "2. Secondary insomnia.", "",
                     "# Plan", f"- {proc[1][0].upper() + proc[1][1:]} within 4-6 weeks.", "- Slow opioid taper, 10% every 2 weeks.",
                     "- Referral to the self-management programme (physio, psychology).", "",
                     f"Dr. {md.full}, {md.role_en}"]
        body = "\n".join([f"Dear Dr. {doc['surname']},", "",
                          rng.choice(["Please find attached my consultation note.", "Attached is our assessment of your patient.",
                                      "Consult note attached - thank you for the referral."]), "",
                          C.closing(rng, "en"), "", C.sig(rng, md, "en")])
    for k in tt.list():
        t.add(k)
    t.add("diagnosis", "medication")
    if lab:
        t.add("lab_result")
    in_body = rng.random() < 0.4
    subject = rng.choice(["Note de consultation", "Consultation – douleur chronique", "Votre demande de consultation"]) if lang == "fr" else \
        rng.choice(["Consultation note", "Pain clinic consult", "Re: Referral"])
    if in_body:
        subject += f" – {p.surname.upper()}, {p.given}" if lang == "fr" else f" - {p.surname}, {p.given}"
        t.add("patient_name")
    fname = rng.choice([f"consult_{seen.isoformat()}.pdf", "note_consultation.pdf", f"Consult_{p.surname}_{p.given}.pdf",
                        f"CONSULT-{mrn}.pdf"]).replace(" ", "_")
    pdf = make_pdf("Consultation", pdf_lines, letterhead=_letterhead(lang), author=md.full,
                   footer=("Document confidentiel" if lang == "fr" else "Confidential"))
    return dict(cat="consult_reply", lang=lang, types=t, note="consultation note to referring physician as PDF attachment",
                spec=dict(frm=ctx.pair(md), to=[(f"{doc['title']} {doc['full']}", doc["email"])], subject=subject, text=body,
                          attachments=[Att(fname, "application/pdf", pdf)]))


# ---------------------------------------------------------------------------
def procedure_list(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.7)
    t = Types("patient_name", "diagnosis")
    coord = ctx.staff("turcotte", "giroux", "lachance")
    day = C.future_day(rng, C.msg_date(rng), 1, 4)
    n = rng.randint(4, 7)
    with_nam = rng.random() < 0.4
    with_mrn = rng.random() < 0.7
    hdr = ["Heure", "Salle", "Patient", "Dossier" if with_mrn else "DDN", "Intervention", "Indication", "Remarques"] if lang == "fr" else \
        ["Time", "Room", "Patient", "MRN" if with_mrn else "DOB", "Procedure", "Indication", "Notes"]
    if with_nam:
        hdr.insert(3, "NAM")
    rows = [hdr]
    hour = 8
    for i in range(n):
        p, holder = ctx.patient(0.7 if with_nam else 0.3)
        proc, dxt = C.proc_dx(rng)
        dx = dxt[0] if lang == "fr" else dxt[1]
        rem = rng.choice(["", "", "accompagnateur requis" if lang == "fr" else "needs driver", "allergie iode" if lang == "fr" else "contrast allergy",
                          ("Eliquis cessé x 3 j" if lang == "fr" else "apixaban held x3 days"), "diabétique – glycémie AM" if lang == "fr" else "diabetic - check BG",
                          "INR 1,1 ce matin" if lang == "fr" else "INR 1.1 this am"])
        if "INR" in rem:
            t.add("lab_result")
        if "Eliquis" in rem or "apixaban" in rem:
            t.add("medication")
        nm = rng.choice([f"{p.surname.upper()}, {p.given}", f"{p.given} {p.surname}", f"{p.surname} {p.given[0]}."])
        row = [f"{hour:02d}:{rng.choice(['00', '30'])}", rng.choice(["Salle 1", "Salle 2", "Fluoro"]), nm]
        if with_nam:
            if holder:
                row.append(C.fmt_nam(p.nam, rng.choice([0, 0, 1])))
                t.add("ramq_nam")
            else:
                row.append("—" if lang == "fr" else "n/a")
        if with_mrn:
            row.append(C.make_mrn(rng, 1))
            t.add("mrn")
        else:
            row.append(p.dob.isoformat())
            t.add("date_of_birth")
        row += [proc[0] if lang == "fr" else proc[1], dx, rem]
        rows.append(row)
        hour += 1
    if lang == "fr":
        sub = rng.choice([f"Liste salle d'intervention – {C.day_fr(day)}", f"Programme bloc {day.isoformat()}", "Liste de demain (version finale)"])
        intro = rng.choice(["Voici la liste finale pour", "Liste confirmée pour", "Programme de la salle d'intervention"]) + f" {C.day_fr(day)} :"
        outro = rng.choice(["Merci de me signaler tout changement avant 15 h.", "Dr Haddad sera en fluoro à partir de 10 h.",
                            "Rappel : jeûne de 6 h pour les patients sous sédation."])
    else:
        sub = rng.choice([f"Procedure list - {C.day_en(day)}", f"Fluoro list {day.isoformat()}", "Tomorrow's list (final)"])
        intro = f"Final list for {C.day_en(day)}:"
        outro = rng.choice(["Let me know of any changes before 3 pm.", "Sedation cases: NPO 6 h reminder."])
    text = "\n".join([C.greet(rng, lang), "", intro, "", text_table(rows), "", outro, "", C.sig(rng, coord, lang, short=rng.random() < 0.5)])
    html = html_page([p_html(C.greet(rng, lang)), p_html(intro), html_table(rows, rng), p_html(outro), p_html(C.sig(rng, coord, lang))], rng)
    mode = rng.choice(["html", "alt", "plain"])
    to = [ctx.pair(C.STAFF[k]) for k in ("lavoie", "haddad", "lachance")[: rng.randint(1, 3)]]
    return dict(cat="procedure_list", lang=lang, types=t, note="daily procedure-room list with patients, indications and identifiers",
                spec=dict(frm=ctx.pair(coord), to=to, subject=sub, text=text, html=html, mode=mode))


# ---------------------------------------------------------------------------
def oncall_handover(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.5)
    t = Types("patient_name", "diagnosis", "medication")
    a, b = rng.sample([C.STAFF[k] for k in ("lavoie", "bergeron", "haddad", "patel", "chen")], 2)
    items = []
    n_items = rng.randint(3, 5)
    order = rng.sample(range(6), n_items)
    for i in range(n_items):
        p, holder = ctx.patient(0.3)
        age = C.age_on(p.dob, _dt.date(2024, 6, 1))
        where = rng.choice([f"{rng.randint(3, 7)}{rng.randint(10, 40)}-{rng.choice('AB')}",
                            ("urgence civière " if lang == "fr" else "ED stretcher ") + str(rng.randint(1, 30)),
                            "externe" if lang == "fr" else "outpatient"])
        if lang == "fr":
            what = ([
                f"perfusion de kétamine jour {rng.randint(1, 4)}/5 pour {_dx(rng, 'fr')} — surveiller hallucinations, TA",
                f"pompe intrathécale (morphine {rng.choice(['2', '3,5', '4'])} mg/j) — alarme réservoir bas, remplissage prévu",
                f"sevrage hydromorphone en cours, {_med(rng, 'fr', C.ADJ)}, appelle souvent la nuit",
                f"cathéter péri-nerveux fémoral, ropivacaïne 0,2 % 8 mL/h, à retirer demain",
                f"consultation en attente à l'urgence : {_dx(rng, 'fr')}, a reçu morphine 5 mg SC x2",
                f"méthadone analgésique, QTc 492 ms ce matin — ECG de contrôle demain, ne pas augmenter"])[order[i]]
            if "pour " not in what and "urgence :" not in what:
                what = _dx(rng, "fr").split(" (")[0] + " ; " + what
            nm = rng.choice([f"{p.given} {p.surname}", f"{p.surname.upper()} {p.given}", f"{p.title_fr()} {p.surname}"])
            items.append(f"- {where} : {nm}, {age} ans — {what}")
            if "QTc" in what:
                t.add("lab_result")
        else:
            what = ([
                f"ketamine infusion day {rng.randint(1, 4)}/5 for {_dx(rng, 'en')} - watch for dysphoria, BP",
                f"intrathecal pump (morphine {rng.choice(['2', '3.5', '4'])} mg/day) - low reservoir alarm, refill booked",
                f"hydromorphone taper in progress, on {_med(rng, 'en', C.ADJ)}, tends to call overnight",
                f"femoral perineural catheter, ropivacaine 0.2% 8 mL/h, remove tomorrow",
                f"pending ED consult: {_dx(rng, 'en')}, received morphine 5 mg SC x2",
                f"on analgesic methadone, QTc 492 ms this am - repeat ECG tomorrow, do not uptitrate"])[order[i]]
            if " for " not in what and "consult:" not in what:
                what = _dx(rng, "en").split(" (")[0] + "; " + what
            nm = rng.choice([f"{p.given} {p.surname}", f"{p.surname}, {p.given}", f"{p.title_en()} {p.surname}"])
            items.append(f"- {where}: {nm}, {age}y - {what}")
            if "QTc" in what:
                t.add("lab_result")
    if lang == "fr":
        sub = rng.choice(["Garde fin de semaine – liste", "Transfert de garde", "Handover garde douleur"])
        text = "\n".join([f"Salut {b.given},", "", "Voici la liste pour la garde :", ""] + items +
                         ["", rng.choice(["Rien d'autre de pressant. Bonne garde !", "Appelle-moi au besoin.", "Bonne fin de semaine."]), "", a.given])
    else:
        sub = rng.choice(["Weekend on-call handover", "Sign-out - pain service", "Handover list"])
        text = "\n".join([f"Hi {b.given},", "", "Sign-out for tonight:", ""] + items +
                         ["", rng.choice(["Nothing else pressing.", "Page me if needed.", "Have a quiet one!"]), "", a.given])
    return dict(cat="oncall_handover", lang=lang, types=t, note="on-call sign-out list of patients with treatments",
                spec=dict(frm=ctx.pair(a), to=[ctx.pair(b)], subject=sub, text=text))


# ---------------------------------------------------------------------------
def booking_ics(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types("patient_name", "diagnosis")
    sec = ctx.staff("giroux", "turcotte")
    md = ctx.staff("lavoie", "haddad", "bergeron")
    p, holder = ctx.patient(0.55)
    proc, dxt = C.proc_dx(rng)
    dx = dxt[0] if lang == "fr" else dxt[1]
    sent = C.msg_date(rng)
    day = C.future_day(rng, sent, 5, 30)
    start = _dt.datetime(day.year, day.month, day.day, rng.randint(8, 14), rng.choice([0, 15, 30, 45]))
    end = start + _dt.timedelta(minutes=rng.choice([30, 45, 60, 120]))
    mrn = C.make_mrn(rng, rng.choice([1, 4]))
    desc_parts = []
    if lang == "fr":
        summary = rng.choice([f"{proc[2]} – {p.surname}, {p.given}", f"{proc[0]} – {p.title_fr()} {p.surname}", f"RDV {p.given} {p.surname} ({proc[2]})"])
        desc_parts.append(f"Indication : {dx}")
        desc_parts.append(f"Dossier : {mrn}")
        t.add("mrn")
        if holder and rng.random() < 0.6:
            desc_parts.append(f"NAM : {C.fmt_nam(p.nam, C.nam_style(rng))}")
            t.add("ramq_nam")
        if rng.random() < 0.5:
            ac = rng.choice(C.ANTICOAG)
            desc_parts.append(f"Cesser {ac[0].split(' ')[0]} {ac[2]} jours avant")
            t.add("medication")
        if rng.random() < 0.5:
            desc_parts.append(f"Tél. patient{'e' if p.sex == 'F' else ''} : {C.phone_styled(rng)}")
            t.add("patient_contact")
        desc_parts.append("Accompagnateur obligatoire (sédation)")
        text = "\n".join([f"Bonjour {md.title} {md.surname},", "",
                          rng.choice(["Je vous envoie l'invitation pour la plage réservée.", "Plage réservée, voir l'invitation jointe.",
                                      "Rendez-vous confirmé avec le patient, invitation ci-jointe."]), "",
                          C.closing(rng, "fr"), C.sig(rng, sec, "fr", short=True)])
        sub = rng.choice(["Invitation : plage salle d'intervention", f"Réservation {C.day_fr(day)}", "Rendez-vous confirmé"])
    else:
        summary = rng.choice([f"{proc[2]} - {p.surname}, {p.given}", f"{proc[1]} - {p.title_en()} {p.surname}", f"{p.given} {p.surname} ({proc[2]})"])
        desc_parts.append(f"Indication: {dx}")
        desc_parts.append(f"MRN: {mrn}")
        t.add("mrn")
        if holder and rng.random() < 0.6:
            desc_parts.append(f"RAMQ: {C.fmt_nam(p.nam, C.nam_style(rng))}")
            t.add("ramq_nam")
        if rng.random() < 0.5:
            ac = rng.choice(C.ANTICOAG)
            desc_parts.append(f"Hold {ac[1].split(' ')[0]} {ac[2]} days prior")
            t.add("medication")
        if rng.random() < 0.5:
            desc_parts.append(f"Patient phone: {C.phone_styled(rng)}")
            t.add("patient_contact")
        desc_parts.append("Driver required (sedation)")
        text = "\n".join([f"Hi Dr. {md.surname},", "", rng.choice(["Invite for the booked slot attached.", "Booked - see calendar invite.",
                                                                      "Confirmed with the patient, invite attached."]), "",
                          C.closing(rng, "en"), C.sig(rng, sec, "en", short=True)])
        sub = rng.choice(["Invitation: procedure room slot", f"Booking {C.day_en(day)}", "Appointment confirmed"])
    ics = make_ics(ctx.msgid(), start, end, summary, "\n".join(desc_parts), location="Salle 2 – fluoroscopie",
                   organizer=(sec.full, sec.email), attendees=[(md.full, md.email)])
    att = Att(rng.choice(["invite.ics", "rendez-vous.ics", "meeting.ics"]), "text/calendar; method=REQUEST", ics)
    return dict(cat="booking_ics", lang=lang, types=t, note="calendar invitation naming the patient, procedure and indication",
                spec=dict(frm=ctx.pair(sec), to=[ctx.pair(md)], subject=sub, text=text, attachments=[att]))


# ---------------------------------------------------------------------------
def transport_request(ctx):
    rng = ctx.rng
    lang = "fr" if rng.random() < 0.8 else "en"
    t = Types("patient_name", "patient_contact", "diagnosis")
    sec = ctx.staff("giroux", "turcotte", "bilodeau")
    p, holder = ctx.patient(0.5)
    street, city = C.address(rng)
    sent = C.msg_date(rng)
    day = C.future_day(rng, sent, 4, 20)
    proc, dxt = C.proc_dx(rng, [x for x in C.PROCS if x[2] in ("LIDO", "KET", "TFESI", "RFA", "SGB")])
    dx = dxt[0] if lang == "fr" else dxt[1]
    tel = C.phone_styled(rng)
    show_nam = holder and rng.random() < 0.7
    if lang == "fr":
        text = "\n".join([C.greet(rng, "fr"), "",
                          "Nous demandons un transport aller-retour pour :", "",
                          f"Nom : {p.surname.upper()}, {p.given}",
                          *( [f"NAM : {C.fmt_nam(p.nam, C.nam_style(rng))}"] if show_nam else []),
                          f"Adresse : {street}, {city}", f"Téléphone : {tel}",
                          f"Date : {C.day_fr(day)} {day.year}, arrivée 7 h 45 – retour vers 12 h 30",
                          f"Motif : {proc[0]} ({dx})",
                          rng.choice(["Mobilité : fauteuil roulant manuel, transfert avec aide d'une personne.",
                                      "Mobilité : marchette, ne peut conduire après la procédure (sédation).",
                                      "Ne peut pas prendre le transport en commun en raison de la douleur."]), "",
                          C.closing(rng, "fr"), C.sig(rng, sec, "fr")])
        sub = rng.choice(["Demande de transport adapté", "Transport – rendez-vous clinique de la douleur", f"Transport {day.isoformat()}"])
        to = [("Transport adapté – réservations", "reservations@transport-adapte-laval.example")]
    else:
        text = "\n".join([C.greet(rng, "en"), "", "Please arrange a return trip for:", "",
                          f"Name: {p.given} {p.surname}", *( [f"RAMQ: {C.fmt_nam(p.nam, C.nam_style(rng))}"] if show_nam else []),
                          f"Address: {street}, {city}", f"Phone: {tel}",
                          f"Date: {C.day_en(day)}, {day.year}, arrive 7:45, return ~12:30",
                          f"Reason: {proc[1]} ({dx})", "Cannot drive after the procedure (sedation).", "",
                          C.closing(rng, "en"), C.sig(rng, sec, "en")])
        sub = rng.choice(["Paratransit request", f"Transport booking {day.isoformat()}"])
        to = [("Paratransit bookings", "bookings@paratransit-nord.example")]
    if show_nam:
        t.add("ramq_nam")
    return dict(cat="transport_request", lang=lang, types=t, note="transport request with patient address, phone and procedure",
                spec=dict(frm=ctx.pair(sec), to=to, subject=sub, text=text))


# ---------------------------------------------------------------------------
def uds_followup(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types("patient_name", "lab_result", "medication")
    nurse = ctx.staff("dube", "lachance", "vachon")
    md = ctx.staff("lavoie", "patel", "bergeron")
    p, holder = ctx.patient(0.6)
    show_nam = holder and rng.random() < 0.75
    mrn = C.make_mrn(rng) if rng.random() < 0.6 else None
    uds = rng.choice(C.LABS_UDS)
    med = _med(rng, lang)
    ident = id_line(rng, p, lang, t, show_nam=show_nam, show_dob=rng.random() < 0.5, mrn=mrn)
    if lang == "fr":
        sub = rng.choice(["Résultat dépistage urinaire", "RDU à revoir", "Dépistage urinaire – discordance"])
        lines = [f"Bonjour {md.title} {md.surname},", "", f"Résultat reçu ce matin pour {ident} :", "", uds[0], "",
                 f"Médication prescrite : {med}.",
                 rng.choice(["Souhaitez-vous que je le/la convoque avant le prochain renouvellement ?",
                             "Je propose de revoir l'entente de traitement à la prochaine visite.",
                             "Doit-on suspendre le renouvellement en attendant votre évaluation ?"]), "",
                 C.sig(rng, nurse, "fr")]
    else:
        sub = rng.choice(["UDS result", "Urine drug screen - please review", "UDS discrepancy"])
        lines = [f"Hi Dr. {md.surname},", "", f"Result back this morning for {ident}:", "", uds[1], "",
                 f"Prescribed: {med}.",
                 rng.choice(["Do you want me to book a visit before the next refill?", "Suggest reviewing the treatment agreement at next visit.",
                             "Should we hold the renewal until you see them?"]), "", C.sig(rng, nurse, "en")]
    return dict(cat="lab_followup", lang=lang, types=t, note="urine drug screen result with patient identity and opioid",
                spec=dict(frm=ctx.pair(nurse), to=[ctx.pair(md)], subject=sub, text="\n".join(lines)))


# ---------------------------------------------------------------------------
def opioid_agreement_docx(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.7)
    t = Types("patient_name", "medication", "date_of_birth", "diagnosis")
    md = ctx.staff("lavoie", "patel", "bergeron")
    nurse = ctx.staff("dube", "vachon")
    p, holder = ctx.patient(0.75)
    show_nam = holder
    ph = rng.choice(C.PHARMACIES)
    drug = rng.choice(C.MEDS[:5])
    dx = _dx(rng, lang)
    dose0 = rng.choice([24, 32, 40, 48])
    steps = [dose0 - i * rng.choice([2, 4]) for i in range(5)]
    tbl = [["Semaine" if lang == "fr" else "Week", "Dose quotidienne totale (mg)" if lang == "fr" else "Total daily dose (mg)"]]
    for i, s in enumerate(steps):
        tbl.append([f"{i * 2 + 1}-{i * 2 + 2}", str(s)])
    dob = C.date_fr(p.dob, 0)
    if lang == "fr":
        paras = ["# Entente de traitement et de diminution des opioïdes",
                 f"Nom du patient : {p.given} {p.surname}", f"Date de naissance : {dob}"]
        if show_nam:
            paras.append(f"NAM : {C.fmt_nam(p.nam, 0)}")
            t.add("ramq_nam")
        paras += [f"Diagnostic : {dx}", f"Médicament visé : {drug[0]}",
                  f"Pharmacie désignée : {ph[0]} ({ph[2]})", "",
                  "## Engagements",
                  "Je m'engage à obtenir mes opioïdes d'un seul prescripteur et d'une seule pharmacie.",
                  "J'accepte les dépistages urinaires aléatoires et de conserver ma trousse de naloxone à la maison.",
                  "Je comprends que la dose sera diminuée selon le calendrier ci-dessous.",
                  "## Calendrier de diminution"]
        paras2 = ["", f"Signature du patient : {p.given} {p.surname}", f"Médecin : {md.title} {md.full}",
                  f"Date : {C.date_fr(C.msg_date(rng).date(), 2)}"]
        body = "\n".join([C.greet(rng, "fr", nurse.given), "",
                          rng.choice(["Voici l'entente signée hier, à numériser au dossier.", "Ci-joint l'entente d'opioïdes signée.",
                                      "Entente signée ce matin, copie envoyée à la pharmacie."]), "",
                          C.sig(rng, md, "fr", short=True)])
        sub = rng.choice(["Entente signée", "Entente opioïdes – à numériser", "Copie entente de traitement"])
        fname = rng.choice([f"Entente_opioïdes_{p.surname}.docx", "Entente_signée.docx", f"entente_{p.surname.lower()}_{p.given.lower()}.docx"])
    else:
        paras = ["# Opioid treatment and tapering agreement", f"Patient: {p.given} {p.surname}", f"Date of birth: {dob}"]
        if show_nam:
            paras.append(f"RAMQ: {C.fmt_nam(p.nam, 0)}")
            t.add("ramq_nam")
        paras += [f"Diagnosis: {dx}", f"Medication: {drug[1]}", f"Designated pharmacy: {ph[0]} ({ph[2]})", "",
                  "## I agree to", "Obtain opioids from one prescriber and one pharmacy only.",
                  "Random urine drug screens; keep my naloxone kit at home.", "Follow the taper schedule below.",
                  "## Taper schedule"]
        paras2 = ["", f"Patient signature: {p.given} {p.surname}", f"Physician: Dr. {md.full}"]
        body = "\n".join([C.greet(rng, "en", nurse.given), "", rng.choice(["Signed agreement attached - please scan to the chart.",
                                                                            "Here's the signed opioid agreement."]), "",
                          C.sig(rng, md, "en", short=True)])
        sub = rng.choice(["Signed agreement", "Opioid agreement - to scan"])
        fname = rng.choice([f"Opioid_agreement_{p.surname}.docx", "agreement_signed.docx"])
    if p.surname.lower() in fname.lower():
        pass
    doc = make_docx(paras + paras2, title="Entente" if lang == "fr" else "Agreement", author=md.full, table=tbl, table_after=len(paras) - 1)
    return dict(cat="opioid_agreement", lang=lang, types=t, note="signed opioid tapering agreement (DOCX) with identity and taper schedule",
                spec=dict(frm=ctx.pair(md), to=[ctx.pair(nurse)], subject=sub, text=body,
                          attachments=[Att(fname, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc)]))


# ---------------------------------------------------------------------------
def pharmacy_question(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.7)
    t = Types("patient_name", "medication")
    ph = rng.choice(C.PHARMACIES)
    pharmacist = rng.choice([("Marc-André", "Hébert"), ("Sophie", "Dion"), ("Kevin", "Nguyen"), ("Laura", "Ferreira")])
    md = ctx.staff("lavoie", "patel", "bergeron", "haddad")
    p, holder = ctx.patient(0.6)
    med = _med(rng, lang)
    other = _med(rng, lang)
    show_dob = rng.random() < 0.7
    if show_dob:
        t.add("date_of_birth")
    d = fdate(rng, p.dob, lang)
    nam_txt = ""
    if holder and rng.random() < 0.6:
        nam_txt = (" – NAM " if lang == "fr" else " - RAMQ ") + C.fmt_nam(p.nam, C.nam_style(rng))
        t.add("ramq_nam")
    frm = (f"{pharmacist[0]} {pharmacist[1]}, pharm.", f"{C.strip_accents(pharmacist[0]).lower().replace('-', '')}@{ph[1]}")
    if lang == "fr":
        sub = rng.choice(["Question – ordonnance d'opioïde", "Renouvellement hâtif ?", f"Ordonnance {p.surname}"])
        if p.surname in sub:
            pass
        q = rng.choice([
            f"Le DSQ indique une ordonnance de {other} par un autre prescripteur (urgence) il y a 6 jours. Souhaitez-vous que nous servions quand même ?",
            f"{'La patiente' if p.sex == 'F' else 'Le patient'} demande un renouvellement 9 jours avant la date prévue ; {'elle' if p.sex == 'F' else 'il'} dit avoir perdu ses comprimés.",
            "Pouvez-vous confirmer la posologie ? L'ordonnance reçue par télécopieur est partiellement illisible.",
            "Nous n'avons plus de stock de la teneur prescrite ; pouvons-nous substituer par deux comprimés de la teneur inférieure ?"])
        lines = [f"Bonjour {md.title} {md.surname},", "",
                 f"Nous avons reçu une ordonnance de {med} pour {p.name_variant(rng, 'fr')}" + (f" (DDN {d})" if show_dob else "") + nam_txt + ".",
                 q, "", "Merci de nous rappeler au " + ph[2] + " ou de répondre à ce courriel.", "",
                 f"{pharmacist[0]} {pharmacist[1]}, pharmacien(ne)", ph[0]]
    else:
        sub = rng.choice(["Question re: opioid prescription", "Early refill request?", "Rx clarification"])
        q = rng.choice([
            f"Provincial drug profile shows {other} from another prescriber (ED) 6 days ago. Do you still want us to dispense?",
            "Patient is asking for a refill 9 days early, says the tablets were lost.",
            "Could you confirm the dose? The faxed prescription is partly illegible."])
        lines = [f"Hello Dr. {md.surname},", "", f"We received a prescription for {med} for {p.name_variant(rng, 'en')}" + (f" (DOB {d})" if show_dob else "") + nam_txt + ".",
                 q, "", f"Please call us at {ph[2]} or reply to this e-mail.", "", f"{pharmacist[0]} {pharmacist[1]}, RPh", ph[0]]
    body = "\n".join(lines)
    in_reply = None
    if rng.random() < 0.4:
        # clinic pharmacist replies, quoting
        hv = C.STAFF["vachon"]
        when = C.msg_date(rng)
        rep = (rng.choice(["Bonjour,\n\nNe pas servir avant la date prévue. Le Dr/la Dre rappellera le patient.\n\nHugo",
                           "Bonjour,\n\nOui, substitution acceptée. Merci de l'appel.\n\nHugo Vachon, pharm."]) if lang == "fr" else
               rng.choice(["Hi,\n\nPlease do not dispense early. We'll contact the patient.\n\nHugo", "Substitution is fine, thanks.\n\nHugo Vachon, pharmacist"]))
        body = rep + "\n\n" + reply_header(rng, lang, frm, when) + "\n" + quote(body)
        return dict(cat="pharmacy_question", lang=lang, types=t, note="pharmacy question about a patient's opioid, answered with quote",
                    spec=dict(frm=ctx.pair(hv), to=[frm], subject=("RE: " if lang == "fr" else "Re: ") + sub, text=body,
                              in_reply_to=ctx.msgid(ph[1])))
    return dict(cat="pharmacy_question", lang=lang, types=t, note="community pharmacist question about a patient's opioid prescription",
                spec=dict(frm=frm, to=[ctx.pair(md)], subject=sub, text=body))


# ---------------------------------------------------------------------------
def prescription_fax(ctx):
    rng = ctx.rng
    lang = "fr" if rng.random() < 0.75 else "en"
    t = Types("patient_name", "medication", "date_of_birth", "patient_contact")
    md = ctx.staff("lavoie", "patel")
    p, holder = ctx.patient(0.7)
    ph = rng.choice(C.PHARMACIES)
    street, city = C.address(rng)
    drug = rng.choice([("Méthadone 45 mg PO DIE, service quotidien observé", "Methadone 45 mg PO daily, witnessed daily dispensing"),
                       ("Buprénorphine-naloxone 8/2 mg SL DIE, service hebdomadaire", "Buprenorphine-naloxone 8/2 mg SL daily, weekly dispensing"),
                       ("Hydromorphone 2 mg PO q6h PRN, max 4 co/jour, 28 jours, 0 renouvellement", "Hydromorphone 2 mg PO q6h PRN, max 4/day, 28 days, no refills"),
                       ("Tapentadol LA 50 mg PO BID x 14 jours puis cesser", "Tapentadol ER 50 mg PO BID x 14 days then stop")])
    nx = rng.random() < 0.5
    lines = ["# ORDONNANCE" if lang == "fr" else "# PRESCRIPTION", "",
             (f"Patient : {p.given} {p.surname}" if lang == "fr" else f"Patient: {p.given} {p.surname}"),
             (f"Date de naissance : {C.date_fr(p.dob, 1)}" if lang == "fr" else f"Date of birth: {C.date_en(p.dob, 1)}"),
             (f"Adresse : {street}, {city}" if lang == "fr" else f"Address: {street}, {city}")]
    if holder and rng.random() < 0.8:
        lines.append(f"NAM : {C.fmt_nam(p.nam, 0)}" if lang == "fr" else f"RAMQ: {C.fmt_nam(p.nam, 0)}")
        t.add("ramq_nam")
    lines += ["", "Rx :", drug[0] if lang == "fr" else drug[1]]
    if nx:
        lines.append("Naloxone 4 mg vaporisateur nasal, 1 trousse" if lang == "fr" else "Naloxone 4 mg nasal spray, 1 kit")
    lines += ["", f"{md.title} {md.full} – permis {rng.randint(10000, 99999)}", C.CLINIC_FR, f"Tél. {C.CLINIC_TEL}"]
    pdf = make_pdf("Ordonnance", lines, letterhead=_letterhead(lang), author=md.full)
    text = "\n".join([C.greet(rng, lang), "",
                      (rng.choice(["Ordonnance originale ci-jointe, l'original suit par la poste.", "Voici l'ordonnance pour votre client.",
                                   "Ordonnance jointe. Merci de confirmer la réception."]) if lang == "fr"
                       else rng.choice(["Prescription attached, original to follow.", "Rx attached, please confirm receipt."])), "",
                      C.sig(rng, md, lang)])
    fname = rng.choice(["ordonnance.pdf", "Rx.pdf", f"ordonnance_{p.surname}.pdf", "FAX_0001.pdf"])
    return dict(cat="prescription", lang=lang, types=t, note="opioid/OAT prescription PDF sent to community pharmacy",
                spec=dict(frm=ctx.pair(md), to=[(ph[0], "ordonnances@" + ph[1])], subject=rng.choice(["Ordonnance", "Rx", "Ordonnance – télécopie"]),
                          text=text, attachments=[Att(fname, "application/pdf", pdf)]))


# ---------------------------------------------------------------------------
def patient_mail_forwarded(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.65)
    t = Types("patient_name")
    sec = ctx.staff("giroux", "turcotte")
    nurse = ctx.staff("dube", "lemieux", "kowalski", "plante")
    p, holder = ctx.patient(0.4)
    pmail = C.personal_email(rng, p)
    when = C.msg_date(rng)
    proc = rng.choice(C.PROCS)
    if lang == "fr":
        orig_sub = rng.choice(["question", "douleur", "rdv", "Besoin d'aide svp", "mes médicaments"])
        worries = rng.choice([
            (f"depuis mon injection de la semaine passée ({proc[2]}) j'ai plus mal qu'avant, surtout la nuit. Je prends mes "
             f"{_med(rng, 'fr', C.MEDS[:3]).split(' ')[0]} aux 3 heures au lieu de 4", ("medication", "diagnosis")),
            ("il me reste juste 3 comprimés de Lyrica et la pharmacie dit qu'il faut une nouvelle prescription", ("medication",)),
            ("ma fibromyalgie est vraiment pire depuis que j'ai perdu ma job et j'arrive plus à dormir", ("diagnosis", "social_information")),
            ("mon propriétaire veut me mettre dehors et je peux pas me concentrer sur les exercices de physio", ("social_information",)),
        ])
        for x in worries[1]:
            t.add(x)
        orig = "\n".join([rng.choice(["Bonjour", "Bonjour madame", "Allo"]), "",
                          f"C'est {p.given} {p.surname}, " + worries[0] + ".",
                          rng.choice(["Est-ce que quelqu'un peut me rappeler ?", "Je sais pas quoi faire.", "Merci de me répondre vite."]),
                          ""] + ([f"mon cell : {C.phone_styled(rng)}"] if rng.random() < 0.6 else []) + ["", p.given])
        if "mon cell" in orig:
            t.add("patient_contact")
        fw = fwd_block(rng, "fr", (p.full, pmail), INTAKE, when, orig_sub, orig)
        body = "\n".join([C.greet(rng, "fr", nurse.given), "",
                          rng.choice(["Peux-tu regarder ce courriel reçu ce matin ?", "Pour suivi svp.", "Reçu à la boîte générale, je te le transfère."]),
                          "", C.sig(rng, sec, "fr", short=True), "", fw])
        sub = "TR: " + orig_sub
    else:
        orig_sub = rng.choice(["question", "pain after injection", "refill", "need help"])
        worries = rng.choice([
            ("since the injection last week my back pain is worse than before and I'm taking the hydromorphone more often", ("medication", "diagnosis")),
            ("I only have 3 pregabalin left and the pharmacy says they need a new script", ("medication",)),
            ("my fibro has been so much worse since I lost my job and I can't sleep", ("diagnosis", "social_information")),
        ])
        for x in worries[1]:
            t.add(x)
        orig = "\n".join(["Hi,", "", f"This is {p.given} {p.surname}, " + worries[0] + ".", "Could someone call me back?", ""] +
                         ([f"cell: {C.phone_styled(rng)}"] if rng.random() < 0.6 else []) + ["", p.given])
        if "cell:" in orig:
            t.add("patient_contact")
        fw = fwd_block(rng, "en", (p.full, pmail), INTAKE_EN, when, orig_sub, orig)
        body = "\n".join([C.greet(rng, "en", nurse.given), "", rng.choice(["Can you look at this one?", "FYI - came in to the general inbox.",
                                                                             "For follow-up please."]), "", C.sig(rng, sec, "en", short=True), "", fw])
        sub = "Fw: " + orig_sub
    return dict(cat="patient_mail_fwd", lang=lang, types=t, note="patient's own e-mail forwarded internally",
                spec=dict(frm=ctx.pair(sec), to=[ctx.pair(nurse)], subject=sub, text=body))


# ---------------------------------------------------------------------------
def reply_quoted(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types("patient_name", "diagnosis")
    a = ctx.staff("lemieux", "kowalski", "plante", "bilodeau", "paradis")
    b = ctx.staff("lavoie", "bergeron", "patel", "dube")
    p, holder = ctx.patient(0.35)
    when1 = C.msg_date(rng)
    if lang == "fr":
        orig = "\n".join([f"Bonjour {a.given},", "",
                          f"Pourrais-tu voir {p.name_variant(rng, 'fr')} en priorité ? " +
                          rng.choice([f"Diagnostic de {_dx(rng, 'fr')}, très kinésiophobe, déconditionnement important.",
                                      f"Fibromyalgie avec score FIQR à {rng.randint(55, 85)}, idées noires passives au dernier suivi.",
                                      f"SDRC depuis la fracture, allodynie marquée, ne tolère pas le toucher."]),
                          rng.choice(["", "Elle vit seule depuis sa séparation." if p.sex == "F" else "Il vit seul depuis sa séparation."]),
                          "", "Merci !", b.given])
        if "séparation" in orig:
            t.add("social_information")
        new = rng.choice(["Oui, je peux la/le voir jeudi à 10 h.", "C'est noté, je l'ajoute à ma liste.", "Parfait, on commence la semaine prochaine.",
                          "Ok pour moi."])
        body = new + "\n\n" + C.sig(rng, a, "fr", short=True) + "\n\n" + reply_header(rng, "fr", (b.full, b.email), when1) + "\n" + quote(orig)
        sub = "RE: " + rng.choice(["Priorité", "Nouvelle référence interne", "Suivi svp", "Demande de prise en charge"])
    else:
        orig = "\n".join([f"Hi {a.given},", "",
                          f"Could you see {p.name_variant(rng, 'en')} soon? " +
                          rng.choice([f"Dx {_dx(rng, 'en')}, very fear-avoidant, deconditioned.",
                                      f"Fibromyalgia, FIQR {rng.randint(55, 85)}, passive suicidal ideation at last visit.",
                                      "CRPS since the wrist fracture, marked allodynia."]),
                          "", "Thanks!", b.given])
        new = rng.choice(["Sure, I can see them Thursday at 10.", "Noted - added to my list.", "OK, we'll start next week."])
        body = new + "\n\n" + C.sig(rng, a, "en", short=True) + "\n\n" + reply_header(rng, "en", (b.full, b.email), when1) + "\n" + quote(orig)
        sub = "Re: " + rng.choice(["Priority", "Internal referral", "Follow-up please"])
    return dict(cat="reply_quoted", lang=lang, types=t, note="short reply; patient details only in the quoted history",
                spec=dict(frm=ctx.pair(a), to=[ctx.pair(b)], subject=sub, text=body, in_reply_to=ctx.msgid()))


# ---------------------------------------------------------------------------
def subject_only(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types("patient_name", "diagnosis")
    a = ctx.staff("giroux", "turcotte", "dube", "lachance")
    b = ctx.staff("lavoie", "haddad", "bergeron", "turcotte")
    p, holder = ctx.patient(0.5)
    proc = rng.choice(C.PROCS)
    if lang == "fr":
        sub = rng.choice([f"{p.title_fr()} {p.given} {p.surname} – {proc[0]} reporté",
                          f"RE: {p.surname.upper()} {p.given} – {_dx(rng, 'fr')}",
                          f"Annulation {proc[2]} {p.given} {p.surname} (névralgie)",
                          f"{p.surname}, {p.given} / {_dx(rng, 'fr')} / rappel"])
        body = rng.choice(["Voir objet. Merci de libérer la plage.", "C'est fait.", "Ok, je m'en occupe.", "Merci de rappeler la personne pour une nouvelle date.",
                           "Reçu, merci."])
    else:
        sub = rng.choice([f"{p.title_en()} {p.given} {p.surname} - {proc[1]} postponed",
                          f"Re: {p.surname}, {p.given} - {_dx(rng, 'en')}",
                          f"Cancel {proc[2]} {p.given} {p.surname} (neuralgia)"])
        body = rng.choice(["See subject. Please free up the slot.", "Done.", "OK, will do.", "Thanks - please call to rebook."])
    body += "\n\n" + C.sig(rng, a, lang, short=True)
    return dict(cat="subject_leak", lang=lang, types=t, note="patient name and condition in the Subject only",
                spec=dict(frm=ctx.pair(a), to=[ctx.pair(b)], subject=sub, text=body))


# ---------------------------------------------------------------------------
def filename_only(ctx):
    rng = ctx.rng
    lang = _lang(rng, 0.6)
    t = Types()
    a = ctx.staff("giroux", "turcotte", "beaulieu")
    b = ctx.staff("lemieux", "lavoie", "bergeron", "kowalski")
    p, holder = ctx.patient(0.55)
    kind = rng.randint(0, 3)
    dxw = rng.choice(["fibromyalgie", "lombalgie", "SDRC", "sevrage_opioides", "nevralgie_occipitale"]) if lang == "fr" else \
        rng.choice(["fibromyalgia", "low_back_pain", "CRPS", "opioid_taper", "occipital_neuralgia"])
    if kind == 0:
        fname = f"{p.surname.upper()}_{p.given}_{p.dob.isoformat()}_{dxw}.pdf"
        t.add("patient_name", "date_of_birth", "diagnosis")
    elif kind == 1 and holder:
        fname = f"{p.nam}_{dxw}_eval.pdf"
        t.add("ramq_nam", "diagnosis")
    elif kind == 2:
        fname = f"Éval psy – {p.given} {p.surname} ({dxw}).pdf" if lang == "fr" else f"Psych eval - {p.given} {p.surname} ({dxw}).pdf"
        t.add("patient_name", "diagnosis")
    else:
        fname = f"{p.surname}-{p.given[0]}_DDN{p.dob.strftime('%Y%m%d')}_{dxw}.pdf"
        t.add("patient_name", "date_of_birth", "diagnosis")
    pdf = make_pdf("scan", ["", "", "Document numérisé – 3 pages" if lang == "fr" else "Scanned document - 3 pages", "",
                            "Numériseur MFP-3 (2e étage) – " + C.CLINIC_FR], compress=True)
    body = rng.choice(["Voir pièce jointe.", "Ci-joint, pour le dossier.", "Numérisation demandée."]) if lang == "fr" else \
        rng.choice(["See attached.", "Attached for the file.", "Scan as requested."])
    body += "\n\n" + C.sig(rng, a, lang, short=True)
    return dict(cat="filename_leak", lang=lang, types=t, note="identity and condition only in the attachment file name",
                spec=dict(frm=ctx.pair(a), to=[ctx.pair(b)], subject=rng.choice(["Numérisation", "Document", "Scan", "PJ"]), text=body,
                          attachments=[Att(fname, "application/pdf", pdf)]))


BUILDERS_A = {
    "referral_famdoc": (referral_famdoc, 7),
    "consult_reply_pdf": (consult_reply_pdf, 5),
    "procedure_list": (procedure_list, 5),
    "oncall_handover": (oncall_handover, 3),
    "booking_ics": (booking_ics, 5),
    "transport_request": (transport_request, 3),
    "uds_followup": (uds_followup, 4),
    "opioid_agreement_docx": (opioid_agreement_docx, 4),
    "pharmacy_question": (pharmacy_question, 5),
    "prescription_fax": (prescription_fax, 3),
    "patient_mail_forwarded": (patient_mail_forwarded, 5),
    "reply_quoted": (reply_quoted, 4),
    "subject_only": (subject_only, 4),
    "filename_only": (filename_only, 4),
}
