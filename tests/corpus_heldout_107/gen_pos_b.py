"""Positive templates, part B: quoted history, subject-only and file-name-only leaks, calendar
invitations, vCards, attached .eml, ZIPs, DOCX letters, social work, SIN forms, Ontario patients."""
import datetime as dt
import struct
import zlib

from gen_attach import (CSV, DOCX, ICS, PDF, VCF, ZIP, att, make_csv, make_docx, make_ics, make_pdf, make_vcf,
                        make_zip)
from gen_clinical import drug, dx, lab, social, symptom, test
from gen_common import (DOM, EXTERNAL, NAM_STYLES, ONTARIO_PATIENTS, age_on, dr, ext, ext_addr, fmt_date, fmt_day,
                        fmt_mrn, fmt_nam, fmt_ohip, fmt_phone, fmt_sin, gen_ohip, gen_sin, pname, staff, staff_addr,
                        strip_accents, title, gx, cap)
from gen_compose import body, forward_block, hospital, later, new_mail, quote, reply_subject, unit_name
from gen_pos_a import EEG_INBOX, NEURO_INBOX, future_day, id_block, when

UNIT_DOC = {"epi": "vhebert", "sp": "khaddad", "park": "ilachance", "head": "tvaillancourt", "emg": "anguyen",
            "rehab": "sdesrosiers", "eeg": "rkowalski"}


def tiny_png(seed_byte=0):
    """A 16x16 grey PNG (stand-in for a scanned page), stdlib only."""
    raw = b"".join(b"\x00" + bytes((200 + seed_byte + x) % 256 for x in range(16)) for _ in range(16))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- 12 leak only in quoted history
def reply_quoted(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["epi", "sp", "park", "head", "rehab"])
    a = staff(UNIT_DOC[unit])
    b = staff(rng.choice(["lchartrand", "crousseau", "meprovencher", "jmercier", "nbenali", "mferreira"]))
    p = ctx.patient(nam=rng.random() < 0.35, age=(3, 90) if unit in ("epi", "head", "eeg") else (19, 88))
    T = {"diagnosis"}
    ident = id_block(ctx, p, lang, name=rng.choice(["title", "full", "upper_first", "initial"]), dob=rng.random() < 0.5,
                     mrn=rng.random() < 0.5, types=T)
    if lang == "fr":
        q = [f"Peux-tu devancer le suivi de {ident}? {cap(symptom(rng, unit, lang))}.",
             f"{gx(p, 'Elle', 'Il')} est sous {drug(rng, unit, lang)}; je veux {gx(p, 'la', 'le')} voir d'ici 2 semaines."]
        subj = rng.choice(["Devancer un suivi", "Suivi à devancer SVP", "RV"])
        r = rng.choice(["C'est fait, RV donné pour mardi prochain 9 h.", "Ok, je m'en occupe.", "Fait. Elle a confirmé par téléphone.", "Reçu, merci."])
    else:
        q = [f"Can you move up the follow-up for {ident}? {cap(symptom(rng, unit, lang))}.",
             f"On {drug(rng, unit, lang)}; I'd like to see them within 2 weeks."]
        subj = rng.choice(["Move up follow-up", "Follow-up - earlier please", "Appt"])
        r = rng.choice(["Done, booked for next Tuesday 9 am.", "OK, on it.", "Done, confirmed by phone.", "Got it, thanks."])
    T.add("medication")
    prev = new_mail(ctx, lang, subj, staff_addr(a), [staff_addr(b)], body(rng, lang, None, q, a, name=b[0], sig_short=True),
                    date=ctx.now - dt.timedelta(hours=rng.randint(2, 50)))
    text = body(rng, lang, "", [r], b, sig_short=True) + "\n\n" + quote(rng, lang, prev)
    mail = new_mail(ctx, lang, reply_subject(rng, lang, subj), staff_addr(b), [staff_addr(a)], text, in_reply_to=prev["msgid"])
    mail.update(types=T, note="short reply; identifiers and clinical details only in quoted history")
    return mail


# --------------------------------------------------------------------------- 13 subject-only leak
def subject_only(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["epi", "sp", "park", "head", "emg"])
    a = staff(rng.choice(["lchartrand", "crousseau", "poneill", "meprovencher"]))
    b = staff(UNIT_DOC[unit])
    p = ctx.patient(nam=rng.random() < 0.3, age=(3, 90))
    T = set()
    style = rng.randint(0, 4)
    who = pname(p, rng.choice(["title_sur", "upper_first", "full", "sur_initial", "lower"]), lang)
    T.add("patient_name")
    d = dx(rng, unit, lang)
    if style == 0:
        subj = f"{who} – {d}" if lang == "fr" else f"{who} - {d}"
        T.add("diagnosis")
    elif style == 1:
        subj = (f"RE: {who} ({fmt_mrn(p['mrn'], rng, lang).strip('()')}) - IRM annulée" if lang == "fr"
                else f"RE: {who} ({fmt_mrn(p['mrn'], rng, lang).strip('()')}) - MRI cancelled")
        T.add("mrn")
    elif style == 2:
        m = drug(rng, unit, lang).split(" ")[0]
        subj = f"{who} - {'augmenter' if lang == 'fr' else 'increase'} {m}?"
        T.add("medication")
    elif style == 3 and p.get("nam"):
        subj = f"{fmt_nam(p['nam'], rng.choice(['plain', 'spaced', 'dots']))} {who} — {d}"
        T |= {"ramq_nam", "diagnosis"}
    else:
        subj = f"{who} {'DDN' if lang == 'fr' else 'DOB'} {fmt_date(p['dob'], lang, rng=rng)} - {test(rng, unit, lang)}"
        T.add("date_of_birth")
    if rng.random() < 0.5:
        subj = reply_subject(rng, lang, subj)
    text = rng.choice(["Vu, merci.", "Ok", "Je regarde ça demain.", "Voir ci-dessous.", "Merci, c'est noté.", ""] if lang == "fr"
                      else ["Seen, thanks.", "OK", "Will look tomorrow.", "See below.", "Noted.", ""])
    text = (text + "\n\n" + rng.choice([a[0], f"{a[0][0]}.", ""])).strip() + "\n"
    mail = new_mail(ctx, lang, subj, staff_addr(a), [staff_addr(b)], text)
    mail.update(types=T, note="identifying clinical detail only in the Subject")
    return mail


# --------------------------------------------------------------------------- 14 file-name-only leak
def filename_only(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["eeg", "emg", "sp", "epi"])
    a = staff(rng.choice(["kdufresne", "sbelisle", "lchartrand", "mferreira"]))
    b = staff(rng.choice(["rkowalski", "anguyen", "khaddad", "vhebert", "crousseau"]))
    p = ctx.patient(nam=rng.random() < 0.2)
    T = {"patient_name"}
    sur = p["surname"]
    g = p["given"]
    kind = rng.randint(0, 3)
    if kind == 0:
        fn = f"EEG_{sur.upper()}_{g}_{p['dob'].isoformat()}.pdf"
        T.add("date_of_birth")
    elif kind == 1:
        tag = rng.choice(["SLA", "SEP", "myasthenie", "epilepsie", "Parkinson"] if lang == "fr" else ["ALS", "MS", "myasthenia", "epilepsy", "Parkinson"])
        fn = f"{rng.choice(['Rapport', 'Resultats', 'Report'])}_{tag}_{sur} {g}.pdf"
        T.add("diagnosis")
    elif kind == 2:
        fn = f"{sur}, {g} - {rng.choice(['EMG', 'IRM', 'PL'])} {rng.choice(['mai', 'juin', 'sept'] if lang == 'fr' else ['May', 'June', 'Sept'])} 2025 ({'doss' if lang == 'fr' else 'MRN'} {p['mrn']}).pdf"
        T.add("mrn")
    else:
        fn = f"Numérisation_{strip_accents(sur)}_{g}_ordonnance_{drug(rng, 'epi', 'fr').split(' ')[0]}.png"
        T.add("medication")
    if fn.endswith(".png"):
        data, ct = tiny_png(rng.randint(0, 40)), "image/png"
    else:
        data = make_pdf("Document numérisé" if lang == "fr" else "Scanned document",
                        ["Page 1 / 1", "(image)"], header=[hospital(lang)])
        ct = PDF
    text = rng.choice(["Ci-joint.", "Voir pièce jointe.", "Le document numérisé ce matin.", "Pour ton dossier.", "Tel que discuté."]
                      if lang == "fr" else ["Attached.", "See attachment.", "Scanned this morning.", "For your file.", "As discussed."])
    text += "\n\n" + rng.choice([a[0], f"{a[0]} {a[1]}"]) + "\n"
    mail = new_mail(ctx, lang, rng.choice(["Document", "Numérisation", "Scan", "Pièce jointe", "Rapport"] if lang == "fr"
                                          else ["Document", "Scan", "Attachment", "Report"]),
                    staff_addr(a), [staff_addr(b)], text, attachments=[att(data, ct, fn)])
    mail.update(types=T, note="identifier and clinical hint only in the attachment's file name")
    return mail


# --------------------------------------------------------------------------- 15 calendar invitation
def ics_invite(ctx, lang):
    rng = ctx.rng
    kind = rng.choice(["pl", "family", "botox", "vEEG"])
    org = staff({"pl": "lchartrand", "family": "alamarre", "botox": "lchartrand", "vEEG": "meprovencher"}[kind])
    doc = staff({"pl": rng.choice(["tvaillancourt", "khaddad"]), "family": "sdesrosiers", "botox": "tvaillancourt", "vEEG": "vhebert"}[kind])
    p = ctx.patient(nam=rng.random() < 0.2)
    T = {"patient_name", "diagnosis"}
    who = pname(p, rng.choice(["title", "upper_first", "full"]), lang)
    d = future_day(ctx, lo=2, hi=30)
    h = rng.choice([8, 9, 10, 13, 14])
    start = dt.datetime(d.year, d.month, d.day, h, 0)
    end = start + dt.timedelta(minutes=rng.choice([30, 60, 90]))
    mrn = fmt_mrn(p["mrn"], rng, lang)
    if rng.random() < 0.6:
        T.add("mrn")
        tag = f" ({mrn.strip('()')})"
    else:
        tag = ""
    if lang == "fr":
        summ = {"pl": f"PL – {who}{tag}", "family": f"Rencontre familiale – {who}{tag}",
                "botox": f"Botox 155 U – {who}{tag}", "vEEG": f"Admission vidéo-EEG – {who}{tag}"}[kind]
        desc = {"pl": f"Ponction lombaire avec pression d'ouverture. Suspicion : {dx(rng, 'head', lang)}.",
                "family": f"Planification du congé. {dx(rng, 'rehab', lang)}. {cap(social(rng, lang, p))}.",
                "botox": "Injection onabotulinumtoxinA (31 sites), migraine chronique. Journal des céphalées à apporter.",
                "vEEG": f"Bilan préchirurgical : {dx(rng, 'epi', lang)}. Sevrage progressif du {drug(rng, 'epi', lang).split(' ')[0]}."}[kind]
        loc = {"pl": "Salle de procédures 4.112", "family": "Salle de réunion 4N", "botox": "Clinique de céphalées, local 4.120",
               "vEEG": "Unité de vidéo-EEG, chambre 4N-430"}[kind]
    else:
        summ = {"pl": f"LP - {who}{tag}", "family": f"Family meeting - {who}{tag}", "botox": f"Botox 155 U - {who}{tag}",
                "vEEG": f"Video-EEG admission - {who}{tag}"}[kind]
        desc = {"pl": f"Lumbar puncture with opening pressure. Query {dx(rng, 'head', lang)}.",
                "family": f"Discharge planning. {dx(rng, 'rehab', lang)}. {cap(social(rng, lang, p))}.",
                "botox": "OnabotulinumtoxinA injection (31 sites), chronic migraine. Bring headache diary.",
                "vEEG": f"Pre-surgical work-up: {dx(rng, 'epi', lang)}. Taper {drug(rng, 'epi', lang).split(' ')[0]}."}[kind]
        loc = {"pl": "Procedure room 4.112", "family": "4N meeting room", "botox": "Headache clinic, room 4.120",
               "vEEG": "Video-EEG unit, room 4N-430"}[kind]
    if kind == "family":
        T.add("social_information")
    if kind in ("vEEG", "botox"):
        T.add("medication")
    ics = make_ics(f"{rng.getrandbits(64):016x}@{DOM}", start, end, summ, desc, loc, staff_addr(org),
                   [staff_addr(doc)])
    text = rng.choice([f"{summ}\n{fmt_day(d, lang)} {h} h" if lang == "fr" else f"{summ}\n{fmt_day(d, lang)} {h}:00",
                       "Invitation" if lang == "en" else "Invitation à une réunion"])
    mail = new_mail(ctx, lang, summ if rng.random() < 0.7 else ("Invitation" if lang == "en" else "Invitation : rencontre"),
                    staff_addr(org), [staff_addr(doc)], text + "\n",
                    attachments=[att(ics, ICS, "invite.ics", method="REQUEST")])
    mail.update(types=T, note="calendar invitation (ICS) for a patient procedure/meeting")
    return mail


# --------------------------------------------------------------------------- 16 vCard
def vcard(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["jmercier", "nbenali", "alamarre", "meprovencher"]))
    clsc = ("Soutien à domicile – CLSC des Rivières", "sad.rivieres@clsc-rivieres.example")
    p = ctx.patient(nam=False, age=(40, 90))
    unit = {"jmercier": "sp", "nbenali": "park", "alamarre": "rehab", "meprovencher": "epi"}[a[6]]
    T = {"patient_name", "patient_contact"}
    street, rest = p["address"].split(", ", 1)[0] + ", " + p["address"].split(", ")[1], p["address"].split(", ")[2]
    town = rest.split(" (")[0]
    postal = rest.split(") ")[1]
    note = ""
    if rng.random() < 0.6:
        note = (f"Suivi {unit_name(unit, 'fr').lower()} – {dx(rng, unit, 'fr')}" if lang == "fr"
                else f"Followed at {unit_name(unit, 'en')} - {dx(rng, unit, 'en')}")
        T.add("diagnosis")
    bday = p["dob"] if rng.random() < 0.5 else None
    if bday:
        T.add("date_of_birth")
    vcf = make_vcf(p["given"], p["surname"], phones=[("HOME", p["phone"]), ("CELL", p["phone"][:-2] + f"{(int(p['phone'][-2:]) + 7) % 100:02d}")],
                   emails=[p["email"]], adr=(street, town, "QC", postal), note=note, bday=bday)
    if lang == "fr":
        paras = [rng.choice(["Voici les coordonnées de la patiente pour la visite à domicile.",
                             "Nouvelle demande de SAD, coordonnées en pièce jointe (vcf).",
                             "Tel que convenu au téléphone, la fiche contact est jointe."]),
                 rng.choice([f"Elle reçoit {drug(rng, unit, lang)} et aura besoin d'aide pour la prise.", "Une évaluation de l'autonomie (OEMC) serait appréciée.", None])]
        subj = rng.choice(["Demande SAD", "Coordonnées – nouvelle cliente", "Référence CLSC"])
    else:
        paras = [rng.choice(["Contact card for the home visit is attached.", "New home-care request, contact details attached (vcf)."]),
                 rng.choice([f"On {drug(rng, unit, lang)}, will need help with administration.", None])]
        subj = rng.choice(["Home care request", "Contact details - new client", "CLSC referral"])
    if paras[1] and any(k in paras[1] for k in ("reçoit", "On ")):
        T.add("medication")
    text = body(rng, lang, None, paras, a)
    fn = rng.choice([f"{p['given']} {p['surname']}.vcf", "contact.vcf", f"{strip_accents(p['surname'])}.vcf"])
    mail = new_mail(ctx, lang, subj, staff_addr(a), [clsc], text, attachments=[att(vcf, VCF, fn)])
    mail.update(types=T, note="patient vCard with home address/phone for home care")
    return mail


# --------------------------------------------------------------------------- 17 attached .eml
def attached_eml(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["epi", "sp", "park", "emg", "rehab"])
    a = staff(UNIT_DOC[unit])
    b = staff(rng.choice(["poneill", "echarbonneau", "meprovencher", "fpatel"]))
    c = staff(rng.choice(["hdumais", "dlefebvre", "lchartrand"]))
    p = ctx.patient(nam=rng.random() < 0.4)
    T = {"diagnosis"}
    ident = id_block(ctx, p, lang, name=rng.choice(["title", "full", "upper_first"]), dob=rng.random() < 0.6,
                     mrn=rng.random() < 0.5, types=T)
    if lang == "fr":
        inner_paras = [f"Suite à la visite de {ident} : {dx(rng, unit, lang)}.",
                       f"{cap(symptom(rng, unit, lang))}. {cap(lab(rng, unit, lang))}.",
                       "On en discute à la réunion multidisciplinaire."]
        cover = rng.choice(["Je te transfère le courriel en pièce jointe pour la réunion de jeudi.",
                            "Voir le message ci-joint, peux-tu ajouter à l'ordre du jour?", "FYI"])
        isubj = rng.choice(["Cas pour la réunion", "Discussion de cas", "À discuter"])
    else:
        inner_paras = [f"Following the visit of {ident}: {dx(rng, unit, lang)}.",
                       f"{cap(symptom(rng, unit, lang))}. {cap(lab(rng, unit, lang))}.",
                       "Let's discuss at the multidisciplinary meeting."]
        cover = rng.choice(["Forwarding the e-mail as an attachment for Thursday.", "See attached message, can you add it to the agenda?", "FYI"])
        isubj = rng.choice(["Case for the meeting", "Case discussion", "To discuss"])
    T.add("lab_result")
    inner = new_mail(ctx, lang, isubj, staff_addr(a), [staff_addr(b)], body(rng, lang, None, inner_paras, a, name=b[0]),
                     date=ctx.now - dt.timedelta(days=rng.randint(1, 6)))
    inner["eml_name"] = rng.choice([f"{isubj}.eml", None, "message.eml"])
    mail = new_mail(ctx, lang, reply_subject(rng, lang, isubj, fwd=True), staff_addr(b), [staff_addr(c)],
                    body(rng, lang, None, [cover], b, name=c[0], sig_short=True), inner=[inner])
    mail.update(types=T, note="clinical e-mail forwarded as message/rfc822 attachment")
    return mail


# --------------------------------------------------------------------------- 18 ZIP of reports
def zip_reports(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["kdufresne", "sbelisle", "lchartrand"]))
    b = staff(rng.choice(["rkowalski", "anguyen", "crousseau"]))
    lab_ = "EEG" if a[6] == "kdufresne" or rng.random() < 0.5 else "EMG"
    unit = "epi" if lab_ == "EEG" else "emg"
    files, index = [], [["fichier" if lang == "fr" else "file", "nom" if lang == "fr" else "name", "dossier" if lang == "fr" else "mrn",
                         "conclusion"]]
    T = {"patient_name", "mrn", "diagnosis"}
    for i in range(rng.randint(2, 4)):
        p = ctx.patient()
        concl = dx(rng, unit, lang)
        fn = f"{lab_}_{p['mrn']}.pdf"
        files.append((fn, make_pdf(f"Rapport {lab_}" if lang == "fr" else f"{lab_} report",
                                   [f"{'Patient' if lang == 'en' else 'Usager'}: {pname(p, 'upper_first')}",
                                    f"{'Dossier' if lang == 'fr' else 'MRN'}: {p['mrn']}",
                                    f"{'Indication' if lang == 'fr' else 'Indication'}: {symptom(rng, unit, lang)}",
                                    f"Conclusion: {concl}"], header=[hospital(lang)])))
        index.append([fn, pname(p, "upper_first"), p["mrn"], concl])
    files.append(("index.csv", make_csv(index)))
    z = make_zip(files)
    text = body(rng, lang, None, [rng.choice([f"Rapports {lab_} signés de la semaine en pièce jointe (zip).",
                                               f"Voici le lot de rapports {lab_} à transcrire."]) if lang == "fr"
                                  else rng.choice([f"Signed {lab_} reports for the week attached (zip).", f"Batch of {lab_} reports to transcribe."])],
                a, name=b[0], sig_short=True)
    fn = rng.choice([f"rapports_{lab_.lower()}_semaine.zip", f"{lab_}_batch.zip", "lot_rapports.zip"])
    mail = new_mail(ctx, lang, rng.choice([f"Rapports {lab_}", f"Lot {lab_}"] if lang == "fr" else [f"{lab_} reports", f"{lab_} batch"]),
                    staff_addr(a), [staff_addr(b)], text, attachments=[att(z, ZIP, fn)])
    mail.update(types=T, note="ZIP of identified test reports with CSV index")
    return mail


# --------------------------------------------------------------------------- 19 DOCX letter
def docx_letter(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["epi", "sp", "head", "park", "rehab"])
    doc = staff(UNIT_DOC[unit])
    sec = staff(rng.choice(["lchartrand", "crousseau"]))
    p = ctx.patient(nam=rng.random() < 0.4)
    T = {"patient_name", "diagnosis"}
    d = dx(rng, unit, lang)
    kind = rng.choice(["employer", "school", "gp"])
    if lang == "fr":
        title_ = {"employer": "Attestation médicale", "school": "Lettre – mesures d'adaptation", "gp": "Lettre de consultation"}[kind]
        paras = [f"Objet : {pname(p, 'title', lang)} (DDN {p['dob'].isoformat()})",
                 {"employer": f"J'atteste que {pname(p, 'title', lang)} est {gx(p, 'suivie', 'suivi')} à notre clinique pour {d}. Un retour progressif au travail est recommandé, sans travail de nuit ni conduite de véhicule.",
                  "school": f"{pname(p, 'full')} est {gx(p, 'suivie', 'suivi')} pour {d}. Nous recommandons du temps supplémentaire aux examens et un local calme.",
                  "gp": f"{gx(p, 'Votre patiente a été revue', 'Votre patient a été revu')} ce jour. Diagnostic : {d}. Traitement : {drug(rng, unit, lang)}."}[kind],
                 f"{dr(doc, lang)}, {doc[3]}"]
        mail_paras = [rng.choice(["Voici la lettre à faire signer par le médecin.", "Lettre prête, en pièce jointe (Word).", "Version finale de la lettre."])]
    else:
        title_ = {"employer": "Medical certificate", "school": "Accommodation letter", "gp": "Consultation letter"}[kind]
        paras = [f"Re: {pname(p, 'title', lang)} (DOB {p['dob'].isoformat()})",
                 {"employer": f"This is to certify that {pname(p, 'title', lang)} is followed in our clinic for {d}. A gradual return to work is recommended, with no night shifts or driving.",
                  "school": f"{pname(p, 'full')} is followed for {d}. We recommend extra time for exams and a quiet room.",
                  "gp": f"Your patient was reviewed today. Diagnosis: {d}. Treatment: {drug(rng, unit, lang)}."}[kind],
                 f"{dr(doc, lang)}, {doc[4]}"]
        mail_paras = [rng.choice(["Here is the letter for the doctor's signature.", "Letter ready, attached (Word).", "Final version of the letter."])]
    T.add("date_of_birth")
    if p.get("nam"):
        paras.insert(1, f"NAM : {fmt_nam(p['nam'], rng.choice(['plain', 'spaced']))}")
        T.add("ramq_nam")
    if kind == "gp":
        T.add("medication")
    docx = make_docx(title_, paras, header_lines=[hospital(lang), unit_name(unit, lang)])
    fn = rng.choice([f"Lettre_{strip_accents(p['surname'])}.docx" if lang == "fr" else f"Letter_{strip_accents(p['surname'])}.docx",
                     f"{title_}.docx", "lettre_finale.docx"])
    if strip_accents(p["surname"]) in fn:
        pass
    mail = new_mail(ctx, lang, rng.choice([title_, f"{title_} – à signer", "Lettre" if lang == "fr" else "Letter"]),
                    staff_addr(sec), [staff_addr(doc)], body(rng, lang, None, mail_paras, sec, name=doc[0], sig_short=True),
                    attachments=[att(docx, DOCX, fn)])
    mail.update(types=T, note="DOCX letter about an identified patient")
    return mail


# --------------------------------------------------------------------------- 20 social work
def social_work(ctx, lang):
    rng = ctx.rng
    ts = staff("alamarre")
    dest = rng.choice([("Accueil psychosocial – CLSC des Rivières", "accueil.psychosocial@clsc-rivieres.example"),
                       ("Intervenante DPJ – réception", "reception.dpj@cisss-demo.example"),
                       ("Office municipal d'habitation", "demandes@omh-valboise.example"),
                       (f"{staff('gdorval')[0]} {staff('gdorval')[1]}", f"gdorval@{DOM}")])
    child = "dpj" in dest[1]
    if child:
        from gen_common import CHILDREN
        p = ctx.patient(pool=CHILDREN, age=(4, 15))
    else:
        p = ctx.patient(nam=rng.random() < 0.3)
    T = {"patient_name", "social_information"}
    ident = id_block(ctx, p, lang, name=rng.choice(["title", "full", "upper_first"]) if not child else "full",
                     dob=rng.random() < 0.6 or child, mrn=rng.random() < 0.3, types=T)
    unit = "epi" if child else rng.choice(["rehab", "sp", "park", "epi"])
    s1 = social(rng, lang, p)
    if child:
        s1 = ("signalement retenu par la DPJ, négligence sur le plan de la santé (doses manquées répétées)" if lang == "fr"
              else "youth protection report retained, medical neglect (repeated missed doses)")
    if lang == "fr":
        subj = rng.choice(["Demande de service", "Situation psychosociale – suivi", "Référence TS", "Signalement – suivi"])
        paras = [f"Je vous contacte au sujet de {ident}, {rng.choice([gx(p, 'hospitalisée', 'hospitalisé'), gx(p, 'suivie', 'suivi')])} pour {dx(rng, unit, lang)}.",
                 f"Situation : {s1}.",
                 rng.choice(["Le congé est prévu vendredi; il faudrait un suivi rapide.", "La famille n'est pas au courant, merci de la discrétion.",
                             f"On peut {gx(p, 'la', 'le')} joindre au {fmt_phone(p['phone'], rng)}."])]
    else:
        subj = rng.choice(["Service request", "Psychosocial situation - follow-up", "SW referral"])
        paras = [f"I'm reaching out about {ident}, admitted/followed for {dx(rng, unit, lang)}.",
                 f"Situation: {s1}.",
                 rng.choice(["Discharge planned Friday; a prompt follow-up is needed.", "Family is not aware, please be discreet.",
                             f"Can be reached at {fmt_phone(p['phone'], rng)}."])]
    T.add("diagnosis")
    if p["phone"][-4:] in paras[2]:
        T.add("patient_contact")
    mail = new_mail(ctx, lang, subj, staff_addr(ts), [dest], body(rng, lang, None, paras, ts))
    mail.update(types=T, note="social worker referral with social situation")
    return mail


# --------------------------------------------------------------------------- 21 SIN on disability / insurance form
def sin_disability(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["sp", "epi", "park", "rehab", "emg"])
    doc = staff(UNIT_DOC[unit])
    sec = staff(rng.choice(["lchartrand", "crousseau"]))
    p = ctx.patient(nam=rng.random() < 0.3)
    sin = gen_sin(rng)
    T = {"ca_sin", "patient_name", "diagnosis"}
    insurer = rng.choice([("Assurances Boréale – Invalidité", "invalidite@assur-boreale.example"),
                          ("Retraite Québec fictive – Rapports médicaux", "rapports@rq-demo.example"),
                          ("Service Canada (démo) – AE maladie", "ae-maladie@sc-demo.example")])
    d = dx(rng, unit, lang)
    sin_s = fmt_sin(sin, rng.randint(0, 4))
    if lang == "fr":
        lines = [f"Nom : {pname(p, 'upper_first')}", f"NAS : {sin_s}", f"Date de naissance : {p['dob'].isoformat()}",
                 f"Diagnostic : {d}", f"Limitations : {symptom(rng, unit, lang)}", f"Début de l'incapacité : {fmt_date(ctx.now.date() - dt.timedelta(days=90), 'fr', 1)}",
                 f"Médecin traitant : {dr(doc, 'fr')}"]
        subj = rng.choice(["Formulaire d'invalidité complété", "Rapport médical – demande de prestations", "Dossier invalidité"])
        in_body = rng.random() < 0.5
        paras = [rng.choice(["Veuillez trouver ci-joint le rapport médical complété et signé.", "Voici le formulaire rempli par le médecin."]),
                 f"Assuré(e) : {pname(p, 'full')}, NAS {sin_s}." if in_body else f"Assuré(e) : {pname(p, 'full')}.",
                 "Le relevé d'honoraires suivra par la poste."]
    else:
        lines = [f"Name: {pname(p, 'upper_first')}", f"SIN: {sin_s}", f"Date of birth: {p['dob'].isoformat()}", f"Diagnosis: {d}",
                 f"Restrictions: {symptom(rng, unit, lang)}", f"Onset of disability: {fmt_date(ctx.now.date() - dt.timedelta(days=90), 'en', 2)}",
                 f"Attending physician: {dr(doc, 'en')}"]
        subj = rng.choice(["Completed disability form", "Attending physician statement", "Disability claim"])
        in_body = rng.random() < 0.5
        paras = [rng.choice(["Please find the completed and signed attending physician statement attached.", "Form completed by the physician."]),
                 f"Claimant: {pname(p, 'full')}, SIN {sin_s}." if in_body else f"Claimant: {pname(p, 'full')}.",
                 "Our invoice will follow by mail."]
    T.add("date_of_birth")
    pdf = make_pdf("Rapport médical / Attending physician statement", lines, header=[hospital(lang)])
    mail = new_mail(ctx, lang, subj, staff_addr(sec), [insurer], body(rng, lang, None, paras, sec),
                    attachments=[att(pdf, PDF, rng.choice(["rapport_medical.pdf", "APS_form.pdf", f"formulaire_{sin[-3:]}.pdf"]))])
    mail.update(types=T, note="disability/insurance form with patient SIN", sin=sin)
    return mail


# --------------------------------------------------------------------------- 22 Ontario patient (OHIP)
def ontario_patient(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(pool=ONTARIO_PATIENTS)
    p["address"] = f"{rng.randint(10, 900)} {rng.choice(['Maple Crescent', 'Riverside Drive', 'King Street East', 'Concession Road 4'])}, Kingsbury, ON K0B {rng.randint(1, 9)}C{rng.randint(1, 9)}"
    hcn = gen_ohip(rng)
    ver = rng.choice(["", "AB", "KX", "ZT"])
    hs = fmt_ohip(hcn, rng.randint(0, 2), ver)
    T = {"ca_health_number", "patient_name"}
    unit = rng.choice(["epi", "sp", "head", "emg"])
    kind = rng.randint(0, 2)
    if kind == 0:
        er = ext("Whitfield")
        frm, to = ext_addr(er), [NEURO_INBOX]
        subj = rng.choice(["Transfer request - neurology", "Interfacility transfer", "Out-of-province referral"])
        paras = [f"We would like to transfer {pname(p, 'title', 'en')}, DOB {p['dob'].isoformat()}, OHIP {hs}, to your service.",
                 f"Presentation: {symptom(rng, unit, 'en')}. Working diagnosis: {dx(rng, unit, 'en')}.",
                 f"Given {drug(rng, unit, 'en')} in the ED."]
        T |= {"date_of_birth", "diagnosis", "medication"}
        text = body(rng, "en", None, paras, er)
        lang = "en"
    elif kind == 1:
        a = staff(rng.choice(["crousseau", "dlefebvre"]))
        frm, to = staff_addr(a), [("Facturation hors province", f"facturation.horsprovince@{DOM}")]
        subj = rng.choice(["Patient hors province – Ontario", "Facturation RAMQ/OHIP – usager ontarien"] if lang == "fr"
                          else ["Out-of-province patient - Ontario", "Billing - Ontario resident"])
        if lang == "fr":
            paras = [f"Usager ontarien vu à la clinique le {fmt_date(ctx.now.date(), 'fr', 2)} :",
                     f"{pname(p, 'upper_first')}\nDDN : {p['dob'].isoformat()}\nCarte Santé Ontario : {hs}\nAdresse : {p['address']}",
                     f"Services : EEG + consultation ({dx(rng, unit, lang)})."]
        else:
            paras = [f"Ontario resident seen in clinic on {fmt_date(ctx.now.date(), 'en', 2)}:",
                     f"{pname(p, 'upper_first')}\nDOB: {p['dob'].isoformat()}\nOntario health card: {hs}\nAddress: {p['address']}",
                     f"Services: EEG + consultation ({dx(rng, unit, lang)})."]
        T |= {"date_of_birth", "diagnosis", "patient_contact"}
        text = body(rng, lang, None, paras, a)
    else:
        doc = staff(UNIT_DOC[unit])
        fam = ext("Clarke")
        frm, to = staff_addr(doc), [ext_addr(fam)]
        subj = rng.choice(["Consultation follow-up", "Your patient seen in Quebec"])
        paras = [f"Re: {pname(p, 'full')} (HCN {hs})",
                 f"Seen today for {symptom(rng, unit, 'en')}. Impression: {dx(rng, unit, 'en')}.",
                 f"Started {drug(rng, unit, 'en')}; please monitor {lab(rng, unit, 'en').split(' ')[0]} in 4 weeks."]
        T |= {"diagnosis", "medication"}
        text = body(rng, "en", None, paras, doc, name=f"Dr. {fam[1]}")
        lang = "en"
    mail = new_mail(ctx, lang, subj, frm, to, text)
    mail.update(types=T, note="Ontario resident identified by OHIP health number", hcn=hcn, lang=lang)
    return mail
