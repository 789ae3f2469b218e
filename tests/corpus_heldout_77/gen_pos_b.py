"""Positive templates, part B: patients' mail, quoted history, subject/file-name leaks,
calendar, vCard, social work, Canadian identifiers."""
import datetime as dt

import gen_common as G
import gen_files as F
from gen_clinical import CASES, INTERPRETER_LANGS, SOCIAL, SOCIAL_EN, SOCIAL_FR, social_ok
from gen_ctx import Types, gx
from gen_mime import Att, Mail
from gen_pos_a import cap, case, me, name_variant, partner, team


# ------------------------------------------------------------------ P: patient's own mail forwarded
def patient_mail_forwarded(c):
    T = Types()
    lang = c.pick(["fr", "fr", "en"])
    p = (c.be() if c.chance(0.6) else c.fr()) if lang == "fr" else c.pick([c.qc, c.on, c.be])()
    k = case(c, p)
    s, frm = me(c, "secrétariat")
    s2, to = me(c, "Dr")
    when = c.when()
    pmail = G.email_of(p.given, p.surname, c.pick(["mailbox.example", "courriel.example", "webmail.example"]), c.rng.randrange(3))
    sent = when - dt.timedelta(hours=c.rng.randrange(2, 40))
    T.add("patient_name", "patient_contact")
    if lang == "fr":
        msg = [c.pick(["Bonjour Docteur,", "Bonjour,", "Madame, Monsieur,"]), "",
               c.pick([f"Je me permets de vous écrire car depuis mon hospitalisation pour {k['dx_fr']} " + c.pick(["je suis toujours très fatigué(e)", "j'ai encore de la fièvre le soir", "j'ai des vertiges depuis le nouveau traitement", "la douleur n'est pas passée", "je dors très mal"]) + ".",
                       f"Je devais avoir mon rendez-vous de contrôle ({k['proc_fr']}) la semaine prochaine mais je n'ai reçu aucune convocation.",
                       f"Suite à ma sortie, la pharmacie me dit que l'ordonnance pour {k['meds'][0]} n'est pas valable."]),
               c.pick(["Pouvez-vous me rappeler ?", "Merci de me dire ce que je dois faire.", "Est-ce normal ?"]),
               f"Mon numéro : {p.phone}", "", c.pick(["Bien à vous", "Merci d'avance", "Cordialement"]), p.full()]
        fw = [c.pick(["Bonjour Docteur,", f"{s2[0]},", "Bonjour,"]), "",
              c.pick(["Message reçu sur la boîte du secrétariat, je vous le transmets.", "Pour info / suite à donner ?",
                      "Cette patiente a appelé deux fois aussi." if p.sex == "F" else "Ce patient a appelé deux fois aussi."]),
              G.signature(s, c.rng), "", "-------- Message transféré --------",
              f"De : {p.full()} <{pmail}>", f"Date : {G.fdate(sent.date(), 'fr', 1)} {sent:%H:%M}",
              f"À : secretariat.{c.pick(['cardio', 'onco', 'pneumo', 'medint'])}@{G.ORG['domain']}",
              f"Objet : {c.pick(['Question', 'rendez-vous', 'suite hospitalisation', 'urgent'])}", ""] + msg
        subj = c.pick(["TR: Question", "Fwd: rendez-vous", f"TR: message de {p.tsur()}", "TR: suite hospitalisation"])
    else:
        msg = ["Hello,", "", c.pick([f"Since I was discharged with {k['dx_en']} I " + c.pick(["still feel exhausted", "keep getting fevers at night", "feel dizzy since the new medication", "still have a lot of pain"]) + ".",
                                     f"I was supposed to have my {k['proc_en']} next week but haven't heard anything.",
                                     f"The pharmacy won't fill my prescription for {k['meds_en'][0]}."]),
               "Could someone call me back?", f"My cell: {p.phone}", "", "Thank you,", p.full()]
        fw = ["FYI - from the clinic inbox.", G.signature(s, c.rng, "en"), "", "---------- Forwarded message ---------",
              f"From: {p.full()} <{pmail}>", f"Date: {G.fdate(sent.date(), 'en')}", "Subject: question", ""] + msg
        subj = c.pick(["Fwd: question", "FW: patient message", f"Fwd: message from {p.full()}"])
    joined = " ".join(msg)
    if k["dx_fr"] in joined or k["dx_en"] in joined:
        T.add("diagnosis")
    if k["meds"][0] in joined or k["meds_en"][0] in joined:
        T.add("medication")
    return Mail("patient_mail_fwd", lang, T.out(), "patient's own e-mail forwarded inline with phone and health complaint",
                frm, [to], subj, "\n".join(fw), date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: innocuous reply on top of a quoted history
def quoted_history(c):
    T = Types()
    lang = c.pick(["fr", "fr", "en"])
    p = c.be() if lang == "fr" else c.pick([c.qc, c.be])()
    k = case(c, p)
    s, frm = me(c)
    s2, to = me(c)
    when = c.when()
    top = c.pick(["OK pour moi.", "Merci, c'est noté.", "Vu, je m'en occupe demain.", "Parfait 👍", "Bien reçu."] if lang == "fr"
                 else ["Sounds good.", "Thanks, noted.", "Will do.", "OK 👍", "Got it, thanks!"])
    d1 = when - dt.timedelta(hours=c.rng.randrange(1, 20))
    d0 = d1 - dt.timedelta(hours=c.rng.randrange(1, 30))
    T.add("patient_name", "diagnosis")
    if lang == "fr":
        q1 = [f"De : {G.disp(s2)}", f"Envoyé : {G.JOURS[d1.weekday()]} {G.fdate(d1.date(), 'fr', 1)} {d1:%H:%M}", f"À : {G.disp(s)}",
              "Objet : RE: lit demain", "", f"Peux-tu garder un lit pour {c.pick([p.tfull(), p.upper_first(), p.comma()])} ? "
              f"{'Elle' if p.sex == 'F' else 'Il'} revient pour {k['proc_fr']}."]
        q0 = [f"De : {G.disp(s)}", f"Envoyé : {G.fdate(d0.date(), 'fr', 1)} {d0:%H:%M}", "Objet : lit demain", "",
              f"Rappel : {k['dx_fr']}, sous {k['meds'][0]}."]
        T.add("medication")
        if c.chance(0.5):
            q0.append(f"Dernier bilan : {', '.join(k['labs_fr'][:2])}.")
            T.add("lab_result")
        body = [top, "", G.signature(s, c.rng).strip(), "", "-----Message d'origine-----"] + q1 + ["", "-----Message d'origine-----"] + q0
        subj = "RE: RE: lit demain"
    else:
        q1 = [f"On {G.fdate(d1.date(), 'en')} at {d1:%H:%M}, {G.disp(s2)} wrote:", "> Can you hold a bed for "
              f"{c.pick([p.tfull('en'), p.comma(), p.lower()])}? Coming back for {k['proc_en']}.",
              ">", f"> > On {G.fdate(d0.date(), 'en')}, {G.disp(s)} wrote:", f"> > Reminder: {k['dx_en']}, on {k['meds_en'][0]}."]
        T.add("medication")
        body = [top, "", G.signature(s, c.rng, "en").strip(), ""] + q1
        subj = "Re: bed tomorrow"
    html = ""
    if c.chance(0.4):
        import html as H
        html = "<html><body><div>" + H.escape(top) + "</div><br><div style='border-left:2px solid #ccc;padding-left:6px'>" + \
               "<br>".join(H.escape(x) for x in body[2:]) + "</div></body></html>"
    return Mail("reply_quoted", lang, T.out(), "short reply whose quoted history names a patient with condition and treatment",
                frm, [to], subj, "\n".join(body), html=html, date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: subject-only leak
def subject_only(c):
    T = Types()
    lang = c.pick(["fr", "fr", "en"])
    p = c.be() if c.chance(0.7) else c.fr()
    k = case(c, p)
    s, frm = me(c)
    s2, to = me(c)
    when = c.when()
    T.add("patient_name")
    if lang == "fr":
        subj = c.pick([f"{p.tsur()} {p.given} - {k['dx_fr']}", f"{p.upper_first()} : résultat biopsie à annoncer",
                       f"Annulation RDV {p.comma()} ({k['proc_fr']})", f"URGENT {p.lower()} - {k['dx_fr'].split(' ')[0]}",
                       f"{p.initials()} {G.fdate(p.dob)} - {k['dx_fr']}"])
        body = c.pick(["Vu.", "Merci de prévenir la famille.", "Peux-tu me rappeler ?", "", "Cf. dossier.", "Merci !"])
        body += "\n" + G.signature(s, c.rng)
    else:
        subj = c.pick([f"{p.full()} - {k['dx_en']}", f"{p.comma()}: biopsy result to disclose", f"Cancel appt {p.tsur('en')} ({k['proc_en']})"])
        body = c.pick(["See chart.", "Please call family.", "", "Thanks"]) + "\n" + G.signature(s, c.rng, "en")
    if G.fdate(p.dob) in subj:
        T.add("date_of_birth")
    T.add("diagnosis")
    return Mail("subject_only", lang, T.out(), "only the Subject line carries the patient's name and condition",
                frm, [to], subj, body, date=when, ids=T.ids, mode=c.pick(["plain", "plain", "auto"]),
                html="<p>" + body.replace("\n", "<br>") + "</p>" if c.chance(0.3) else "")


# ------------------------------------------------------------------ P: file-name-only leak
def filename_only(c):
    T = Types()
    lang = c.pick(["fr", "fr", "en"])
    p = c.be() if c.chance(0.6) else c.fr()
    k = case(c, p)
    s, frm = me(c)
    s2, to = me(c)
    when = c.when()
    exam = c.pick(["echo_cardiaque", "IRM_cerebrale", "scanner_thorax", "ECG", "biopsie_mammaire", "EMG", "coloscopie"])
    sur = G.strip_accents(p.surname).replace(" ", "")
    T.add("patient_name")
    fn = c.pick([f"{exam}_{sur.upper()}_{p.given}.png", f"{exam} {p.surname} {p.given} {p.dob:%d-%m-%Y}.pdf",
                 f"{sur}_{p.given[0]}_{exam}_{when:%Y%m%d}.pdf", f"{p.upper_first()} - {k['dx_fr']}.pdf",
                 f"scan {p.lower()} {exam}.png"])
    if p.dob.strftime("%d-%m-%Y") in fn:
        T.add("date_of_birth")
    if k["dx_fr"] in fn:
        T.add("diagnosis")
    if fn.endswith(".png"):
        att = Att(fn, "image/png", F.png(64, 48, c.rng.randrange(1, 10 ** 6)))
    else:
        att = Att(fn, "application/pdf", F.scanned_pdf(c.rng.randrange(10 ** 6)))
    body = c.pick(["Ci-joint.", "Voir PJ.", "Comme demandé.", "", "Scan du secrétariat."] if lang == "fr" else
                  ["Here you go.", "Scan attached, original in the mailbox.", "", "As requested."]) + "\n" + G.signature(s, c.rng, lang)
    subj = c.pick(["scan", "document", "PJ", "TR:", "examen"] if lang == "fr" else ["scan", "Scan from MFP-3F", "document", "FW:"])
    return Mail("filename_only", lang, T.out(), "only the attachment's file name identifies the patient and exam/diagnosis",
                frm, [to], subj, body, attachments=[att], date=when, ids=T.ids)


# ------------------------------------------------------------------ P: calendar invitation
def ics_appointment(c):
    T = Types()
    lang = c.pick(["fr", "fr", "en"])
    p = c.be() if lang == "fr" else c.pick([c.be, c.qc])()
    k = case(c, p)
    s, frm = me(c, "Dr")
    others = team(c, c.rng.randrange(1, 4))
    when = c.when()
    start = dt.datetime.combine(c.later(when, 1, 20), dt.time(c.rng.randrange(8, 17), c.pick([0, 15, 30, 45])))
    end = start + dt.timedelta(minutes=c.pick([20, 30, 45, 60]))
    T.add("patient_name", "diagnosis")
    if lang == "fr":
        summ = c.pick([f"Consultation pré-op - {p.tsur()} ({k['proc_fr']})", f"RCP : {p.upper_first()} - {k['dx_fr']}",
                       f"Annonce diagnostic {p.full()}"])
        desc = f"Patient(e) : {p.full()}, {p.born()} le {G.fdate(p.dob)}\nMotif : {k['dx_fr']}\nPrévoir interprète : non"
        loc = f"{c.pick(G.ORG['sites'])[0]}, local {c.rng.randrange(100, 500)}"
        body = c.pick(["Invitation ci-jointe.", "Merci d'accepter l'invitation.", "Créneau réservé, voir agenda."])
    else:
        summ = c.pick([f"Pre-op visit - {p.full()} ({k['proc_en']})", f"Family meeting re {p.tsur('en')}", f"Tumour board: {p.comma()}"])
        desc = f"Patient: {p.full()}, DOB {G.fdate(p.dob, 'en', 1)}\nReason: {k['dx_en']}"
        loc = "Clinic room " + str(c.rng.randrange(100, 500))
        body = c.pick(["Invite attached.", "Please accept.", "Booked - see calendar."])
    desc = desc.replace("Patient(e)", "Patiente" if p.sex == "F" else "Patient")
    T.add("date_of_birth")
    ics = F.ics(summ, start, end, loc, desc, (G.disp(s), frm[1]), others, uid=f"{c.rng.randrange(10 ** 12)}@{G.ORG['domain']}")
    atts = [Att("invite.ics", "text/calendar", ics, cte=c.pick(["base64", "quoted-printable", "7bit" if ics.isascii() else "8bit"]))]
    return Mail("calendar_invite", lang, T.out(), "calendar invitation whose summary/description identify a patient and condition",
                frm, others, summ, body + "\n" + G.signature(s, c.rng, lang), attachments=atts, date=when, ids=T.ids)


# ------------------------------------------------------------------ P: vCard of a patient
def vcard_patient(c):
    T = Types()
    p = c.be()
    s, frm = me(c, c.pick(["service social", "coordination"]))
    s2, to = me(c)
    when = c.when()
    age = G.age_at(p.dob, dt.date(2025, 6, 1))
    soc = gx(c.pick([t for t, who, _ in SOCIAL["fr"] if social_ok(who, age, p.sex) and "domicile fixe" not in t and "séjour irrégulier" not in t]), p.sex)
    note = c.pick([f"Patiente diabétique insulino-traitée. {soc}." if p.sex == "F" else f"Patient diabétique insulino-traité. {soc}.",
                   f"Contact pour retour à domicile. {soc}.", f"Hémodialysé(e) LMV. Fille : 0475 555-01{c.rng.randrange(100):02d}."])
    note = note.replace("Hémodialysé(e)", "Hémodialysée" if p.sex == "F" else "Hémodialysé")
    T.add("patient_name", "patient_contact")
    if "diabétique" in note or "dialys" in note:
        T.add("diagnosis")
    if soc in note:
        T.add("social_information")
    bday = p.dob.isoformat() if c.chance(0.5) else ""
    if bday:
        T.add("date_of_birth")
    vc = F.vcard(p.full(), [p.surname, p.given, "", p.title(), ""], tels=[("CELL", p.phone)], adr=p.address, note=note, bday=bday)
    body = c.pick(["Coordonnées de la patiente en pièce jointe pour le suivi." if p.sex == "F" else "Coordonnées du patient en pièce jointe pour le suivi.",
                   "Fiche contact ci-jointe.", "vcf ci-joint"]) + "\n" + G.signature(s, c.rng)
    fn = c.pick([f"{p.full()}.vcf", "contact.vcf", f"{G.strip_accents(p.surname)}.vcf"])
    return Mail("vcard_patient", "fr", T.out(), "vCard of a patient with phone, address and care/social notes",
                frm, [to], c.pick(["Contact", f"Coordonnées {p.tsur()}", "vcard"]), body,
                attachments=[Att(fn, "text/vcard", vc)], date=when, ids=T.ids)


# ------------------------------------------------------------------ P: social worker mail
def social_work(c):
    T = Types()
    lang = c.pick(["fr", "fr", "fr", "en"])
    soc, who, dest = c.pick(SOCIAL[lang])
    if who == "child":
        mk = dict(min_year=2009, max_year=2022)
    elif who == "old":
        mk = dict(min_year=1930, max_year=1958)
    else:
        mk = dict(min_year=1950, max_year=2005)
    if who == "adultF":
        mk["sex"] = "F"
    p = c.be(**mk) if lang == "fr" else c.pick([c.qc, c.be])(**mk)
    soc = gx(soc, p.sex)
    s, frm = me(c, "service social")
    if lang == "en":
        dest = ("Social Services - Ville-Marie General", "social.services@vmgh.example")
    when = c.when()
    T.add("patient_name", "social_information")
    if lang == "fr":
        lines = [G.greeting(c.rng, "fr", None, "external"), "", f"Je vous contacte au sujet de {c.pick([p.full(), p.upper_first()] if who == 'child' else [p.tfull(), p.upper_first(), p.initials()])}, "
                 f"{c.pick(['hospitalisée', 'suivie']) if p.sex == 'F' else c.pick(['hospitalisé', 'suivi'])} dans notre service depuis le {G.fdate(c.later(when, -15, -1))}.",
                 f"Situation : {soc}."]
        if c.chance(0.5):
            if "domicile fixe" in soc or "maison d'accueil" in soc:
                lines.append(f"{'Elle' if p.sex == 'F' else 'Il'} est {p.born()} le {G.fdate(p.dob)}.")
                T.add("date_of_birth")
            else:
                lines.append(f"{'Elle' if p.sex == 'F' else 'Il'} est {p.born()} le {G.fdate(p.dob)} et réside {p.address}.")
                T.add("date_of_birth", "patient_contact")
        if c.chance(0.4):
            if p.niss:
                lines.append(f"NISS : {G.fmt_niss(p.niss, c.rng.randrange(7))}")
                T.idn("be_niss", p.niss)
        lines += ["Pourriez-vous nous recontacter avant la sortie prévue ?", G.signature(s, c.rng)]
        subj = c.pick(["Situation sociale - demande de relais", f"Sortie {p.tsur()}", "Signalement / demande de rendez-vous"])
    else:
        lines = ["Hello,", "", f"I'm the social worker following {p.full() if who == 'child' else c.pick([p.tfull('en'), p.full()])}, admitted on {G.fdate(c.later(when, -15, -1), 'en')}.",
                 f"Situation: {soc}.", "Could we set up a call before discharge?", G.signature(s, c.rng, "en")]
        subj = c.pick(["Discharge planning - social situation", f"Re: {p.full()}"])
    return Mail("social_work", lang, T.out(), "social worker mail about a patient's social situation",
                frm, [dest], subj, "\n".join(l for l in lines if l is not None), date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: oncology multidisciplinary meeting list
def mdt_xlsx(c):
    T = Types()
    s, frm = me(c, "oncologie")
    when = c.when()
    rows = [["Heure", "Patient", "DDN", "N° dossier", "Diagnostic", "Question posée", "Médecin référent"]]
    for i in range(c.rng.randrange(5, 11)):
        p = c.be(min_year=1935, max_year=1992) if c.chance(0.8) else c.fr(min_year=1935, max_year=1992)
        dx = c.pick(["CBNPC LSD stade IIIA", "ADK pancréas céphalique", "mélanome nodulaire dos pT3b", "carcinome épidermoïde amygdale",
                     "ADK sigmoïde pT3N1", "LNH B diffus"] + (["carcinome canalaire infiltrant sein G", "ADK endomètre FIGO IB"] * 2 if p.sex == "F"
                                                            else ["ADK prostatique Gleason 4+3", "séminome testiculaire"] * 2))
        rows.append([f"{8 + i // 3}:{(i % 3) * 20:02d}", p.upper_first(), p.dob.strftime("%d/%m/%Y"), p.mrn, dx,
                     c.pick(["chimio adjuvante ?", "RT ?", "chirurgie ?", "inclusion essai ?", "soins de support"]), G.disp(G.staff(c.rng, "Dr"))])
    T.add("patient_name", "date_of_birth", "mrn", "diagnosis")
    data = F.xlsx([("COM", rows)])
    fn = c.pick([f"COM_{when:%Y%m%d}.xlsx", "liste COM.xlsx", f"Concertation oncologique {G.fdate(when.date(), 'fr', 3)}.xlsx"])
    body = c.pick(["Bonjour à tous,\n\nVoici la liste des dossiers de la COM de jeudi.\n", "Liste COM en annexe, merci de compléter vos questions.\n"]) + G.signature(s, c.rng)
    others = team(c, c.rng.randrange(2, 5), "Dr")
    return Mail("mdt_list", "fr", T.out(), "multidisciplinary oncology meeting list spreadsheet", frm, others,
                c.pick(["COM jeudi", "Liste COM", "Concertation oncologique multidisciplinaire"]), body,
                attachments=[Att(fn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)], date=when, ids=T.ids)


# ------------------------------------------------------------------ P: appointment reminders / lost to follow-up
def recall_list(c):
    T = Types()
    s, frm = me(c, "secrétariat")
    s2, to = me(c, "secrétariat")
    when = c.when()
    fmt = c.pick(["csv", "inline", "html"])
    rows = [["Nom", "Prénom", "Téléphone", "Consultation", "Dernier RDV", "Remarque"]]
    for i in range(c.rng.randrange(5, 12)):
        p = c.be()
        rows.append([p.surname, p.given, p.phone, c.pick(["diabétologie", "suivi post-infarctus", "hépatologie (VHC)", "mémoire", "VIH - consultation",
                                                          "oncologie - surveillance", "psychiatrie"]),
                     G.fdate(c.later(when, -200, -60)), c.pick(["2 appels sans réponse", "a déménagé ?", "à reconvoquer", "", "courrier renvoyé"])])
    T.add("patient_name", "patient_contact", "diagnosis")
    intro = c.pick(["Liste des patients perdus de vue à rappeler cette semaine", "Rappels de rendez-vous à effectuer",
                    "Patients à reconvoquer (consultations annulées pendant la grève)"])
    atts, html = [], ""
    if fmt == "csv":
        atts = [Att(c.pick(["a_rappeler.csv", f"rappels_{when:%Y%m%d}.csv"]), "text/csv", F.csv_text(rows, ";"), charset="windows-1252")]
        body = f"Bonjour {s2[0]},\n\n{intro} en annexe.\n" + G.signature(s, c.rng)
    elif fmt == "inline":
        body = f"Bonjour {s2[0]},\n\n{intro} :\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n" + G.signature(s, c.rng)
    else:
        body = f"Bonjour {s2[0]},\n\n{intro} (voir tableau).\n"
        html = f"<html><body><p>Bonjour {s2[0]},</p><p>{intro} :</p><table border='1' cellpadding='3'>" + "".join(
            "<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows) + "</table><p>Merci !</p></body></html>"
    return Mail("recall_list", "fr", T.out(), "list of patients to call back with phone numbers and clinic type",
                frm, [to], c.pick(["Rappels patients", "Perdus de vue", "À rappeler"]), body, html=html,
                mode="html" if fmt == "html" and c.chance(0.5) else "auto", attachments=atts, date=when, ids=T.ids)


# ------------------------------------------------------------------ P: pathology report to a French clinic
def pathology_report(c):
    T = Types()
    p = c.fr(min_year=1935, max_year=1990)
    s, frm = me(c, "anatomie")
    key = c.pick(["c3f", "stremi", "chram"])
    ps, to = partner(c, key)
    when = c.when()
    res = c.pick([("exérèse cutanée dorsale", "mélanome à extension superficielle, Breslow 1,2 mm"),
                  ("polypectomie colique", "adénome tubuleux en dysplasie de haut grade"),
                  ("biopsie mammaire droite", "carcinome canalaire infiltrant grade II, RE+ RP+ HER2-") if p.sex == "F" else
                  ("biopsie prostatique", "adénocarcinome Gleason 3+4 = 7 sur 4/12 carottes")])
    T.add("patient_name", "diagnosis")
    ipp = f"IPP {p.mrn}"
    lines = [G.greeting(c.rng, "fr", f"{ps[2]} {ps[1]}" if ps[2] else ps[0], "peer" if ps[2] else "external"), "",
             f"Résultat anatomopathologique pour {c.pick([p.tfull(), p.upper_first()])} ({ipp}) : {res[0]} - {res[1]}."]
    T.add("mrn")
    if c.chance(0.6):
        lines.append(f"NIR : {G.fmt_nir(p.nir, c.rng.randrange(5))}")
        T.idn("fr_nir", p.nir)
    lines += ["Compte rendu signé transmis par courrier sécurisé.", G.signature(s, c.rng)]
    return Mail("pathology_result", "fr", T.out(), "pathology result for a French patient sent to the referring clinic",
                frm, [to], c.pick(["Résultat anapath", f"Anapath {p.surname}", "CR anatomopathologie"]), "\n".join(lines),
                date=when, ids=T.ids)


# ------------------------------------------------------------------ P: imaging with chart number + birth date only
def imaging_mrn_only(c):
    T = Types()
    lang = c.pick(["fr", "en"])
    p = c.be()
    s, frm = me(c, "Dr")
    s2, to = me(c, "Dr")
    when = c.when()
    f = c.pick([("IRM lombaire", "hernie discale L4-L5 paramédiane gauche conflictuelle", "MRI lumbar spine", "left paracentral L4-L5 disc herniation"),
                ("CT thorax", "nodule spiculé de 18 mm du LSD, suspect", "CT chest", "18 mm spiculated RUL nodule, suspicious"),
                ("échographie abdominale", "lésion hépatique de 3 cm évoquant une métastase", "abdominal ultrasound", "3 cm liver lesion suggestive of metastasis")])
    T.add("mrn", "date_of_birth", "diagnosis")
    mrn = c.pick([p.mrn, " ".join([p.mrn[:1], p.mrn[1:4], p.mrn[4:]]), f"{p.mrn[:3]}.{p.mrn[3:]}"])
    if lang == "fr":
        body = [G.greeting(c.rng, "fr"), "", f"{f[0]} du {G.fdate(when.date())} - dossier {mrn}, {p.born()} le {G.fdate(p.dob, 'fr', 2)} :",
                f"conclusion : {f[1]}.", "Merci de convoquer rapidement.", G.signature(s, c.rng)]
        subj = c.pick([f"Résultat {f[0]} dossier {mrn}", "Résultat imagerie", "À voir svp"])
    else:
        body = ["Hi,", "", f"{f[2]} today - MRN {mrn}, DOB {G.fdate(p.dob, 'en', 1)}:", f"impression: {f[3]}.", "Please arrange follow-up.",
                G.signature(s, c.rng, "en")]
        subj = c.pick([f"{f[2]} result MRN {mrn}", "Imaging result", "FYI"])
    return Mail("imaging_mrn", lang, T.out(), "imaging result identified only by chart number and birth date",
                frm, [to], subj, "\n".join(body), date=when, ids=T.ids)


# ------------------------------------------------------------------ P: Ontario patient (health number)
def ontario_patient(c):
    T = Types()
    p = c.on(min_year=1940, max_year=2000)
    k = case(c, p)
    ps, frm = partner(c, "vmgh")
    s = G.doc_for(c.rng, k["spec"])
    to = (G.disp(s), G.staff_addr(s, c.rng.randrange(3)))
    when = c.when()
    T.idn("ca_health_number", p.ohn)
    T.add("patient_name", "diagnosis")
    hn = G.fmt_ohn(p.ohn, c.rng.randrange(4), c.pick(["AB", "KL", "XY", "MT"]))
    lines = [G.greeting(c.rng, "en", s[1], "peer"), "",
             f"I'm writing about {c.pick([p.tfull('en'), p.full(), p.comma()])} (Ontario health card {hn}), an Ottawa resident "
             f"we treated for {k['dx_en']} before {'she' if p.sex == 'F' else 'he'} moved to Brussels for work.",
             f"{cap(k['hx_en'])} at presentation. Current meds: {', '.join(k['meds_en'])}."]
    T.add("medication")
    if c.chance(0.5):
        lines.append(f"DOB {G.fdate(p.dob, 'en', 1)}; cell {p.phone}.")
        T.add("date_of_birth", "patient_contact")
    lines += ["Could your team take over follow-up? Records can be sent through our release-of-information office.",
              G.closing(c.rng, "en", "peer"), f"{ps[2]} {ps[0]} {ps[1]}".strip(), G.PARTNERS["vmgh"][0]]
    return Mail("ontario_patient", "en", T.out(), "Canadian partner hands over an Ontario-insured patient",
                frm, [to], c.pick(["Transfer of care", f"Patient moving to Brussels - {p.surname}", "Follow-up request"]),
                "\n".join(lines), date=when, tz="-05:00", ids=T.ids)


# ------------------------------------------------------------------ P: disability insurance form with SIN
def sin_form(c):
    T = Types()
    lang = c.pick(["fr", "en"])
    p = c.nam(adult=True) if c.chance(0.5) else c.qc(max_year=2000)
    p.sin = G.make_sin(c.rng)
    k = case(c, p)
    s, frm = me(c, "Dr")
    ins = c.pick(G.INSURERS)
    when = c.when()
    T.idn("ca_sin", p.sin)
    T.add("patient_name", "diagnosis", "date_of_birth")
    sin = G.fmt_sin(p.sin, c.rng.randrange(4))
    title = "Attestation d'invalidité - assurance collective" if lang == "fr" else "Attending physician statement - disability"
    lab_ins = "Nom de l'assuré" if lang == "fr" else "Insured"
    doc = [f"{lab_ins} : {p.upper_first()}",
           f"{'NAS' if lang == 'fr' else 'SIN'} : {sin}", f"{'Date de naissance' if lang == 'fr' else 'Date of birth'} : {p.dob.isoformat()}"]
    if p.nam:
        doc.append(f"NAM : {G.fmt_nam(p.nam, c.rng.randrange(6))}")
        T.idn("ramq_nam", p.nam)
    doc += ["", f"{'Diagnostic' if lang == 'fr' else 'Diagnosis'} : {k['dx_fr'] if lang == 'fr' else k['dx_en']}",
            f"{'Arrêt de travail du' if lang == 'fr' else 'Off work from'} {G.fdate(c.later(when, -40, -10), lang)} "
            f"{'au' if lang == 'fr' else 'to'} {G.fdate(c.later(when, 10, 60), lang)}",
            f"{'Traitement' if lang == 'fr' else 'Treatment'} : {', '.join(k['meds'] if lang == 'fr' else k['meds_en'])}"]
    T.add("medication")
    use_docx = c.chance(0.5)
    if use_docx:
        att = Att(c.pick(["formulaire_invalidite.docx", f"APS_{G.strip_accents(p.surname)}.docx"]),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", F.docx(title, doc))
    else:
        att = Att(c.pick(["attestation.pdf", f"APS_{G.strip_accents(p.surname)}.pdf"]), "application/pdf", F.pdf(title, doc, seed=c.rng.randrange(99)))
    body = (c.pick(["Madame, Monsieur,\n\nVeuillez trouver ci-joint le formulaire complété pour votre assuré(e).\n",
                    "Bonjour,\n\nFormulaire rempli en annexe, à la demande du patient.\n"]) if lang == "fr" else
            c.pick(["Hello,\n\nCompleted form attached at the patient's request.\n", "Please find the attending physician statement attached.\n"]))
    body += G.signature(s, c.rng, lang)
    return Mail("insurance_form_sin", lang, T.out(), "disability insurance form with SIN for a Quebec patient",
                frm, [(ins[0], f"invalidite@{ins[1]}")], c.pick([title, "Formulaire assurance" if lang == "fr" else "Insurance form"]),
                body, attachments=[att], date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: interpreter booking
def interpreter_booking(c):
    T = Types()
    p = c.be()
    k = case(c, p)
    s, frm = me(c, "médiation")
    when = c.when()
    d = c.later(when, 2, 15)
    lng = c.pick(INTERPRETER_LANGS)
    T.add("patient_name", "diagnosis")
    lines = [G.greeting(c.rng, "fr", None, "external"), "", f"Pourriez-vous prévoir un interprète en {lng} le {G.fdate(d, 'fr', 1)} à {c.rng.randrange(8, 17)} h 30 ?",
             f"Consultation de {k['spec']} pour {c.pick([p.tfull(), p.upper_first()])} - {c.pick(['annonce du diagnostic', 'explication du traitement', 'consentement opératoire'])}"
             f" ({k['dx_fr']}).", ]
    if c.chance(0.5):
        lines.append(f"La famille peut être jointe au {p.phone}.")
        T.add("patient_contact")
    lines.append(G.signature(s, c.rng))
    return Mail("interpreter_booking", "fr", T.out(), "interpreter booking naming the patient and the reason for consultation",
                frm, [("Service d'interprétariat social", "planning@interpretes-sociaux.example")],
                c.pick(["Demande d'interprète", f"Interprète {lng.split()[0]} {G.fdate(d)}"]), "\n".join(lines), date=when, ids=T.ids)


# ------------------------------------------------------------------ P: holiday dialysis request
def dialysis_holiday(c):
    T = Types()
    p = c.be(min_year=1940, max_year=1995)
    s, frm = me(c, "néphrologie")
    key = c.pick(["chue", "c3f", "stremi", "cisss"])
    pname, pdom, pcity, _, _ = G.PARTNERS[key]
    ps, to = partner(c, key)
    when = c.when()
    d1 = c.later(when, 20, 60)
    d2 = d1 + dt.timedelta(days=c.pick([7, 14, 21]))
    k = [x for x in CASES if "hémodialyse" in x["dx_fr"]][0]
    T.add("patient_name", "date_of_birth", "diagnosis", "lab_result", "medication")
    doc = [f"Nom : {p.upper_first()}", f"Né(e) le : {G.fdate(p.dob)}".replace("Né(e)", "Née" if p.sex == "F" else "Né"),
           f"NISS : {G.fmt_niss(p.niss, c.rng.randrange(4))}",
           f"Néphropathie initiale : {c.pick(['néphropathie diabétique', 'polykystose rénale', 'glomérulonéphrite à IgA', 'néphroangiosclérose'])}",
           f"Accès : FAV radio-céphalique gauche ; séance 4 h, débit 300 mL/min, poids sec {c.rng.randrange(52, 95)} kg",
           "Sérologies (< 3 mois) : " + ", ".join(k["labs_fr"][2:]), "Traitement : " + ", ".join(k["meds"])]
    T.idn("be_niss", p.niss)
    body = [G.greeting(c.rng, "fr", f"{ps[2]} {ps[1]}" if ps[2] else ps[0], "peer" if ps[2] else "external"), "",
            f"Nous sollicitons une place de dialyse vacances à {pcity} du {G.fdate(d1)} au {G.fdate(d2)} pour {p.tfull()}.",
            "Le dossier de dialyse est joint (PDF).", G.signature(s, c.rng)]
    att = Att(c.pick(["dossier_dialyse_vacances.pdf", f"Dialyse vacances {p.surname}.pdf"]), "application/pdf",
              F.pdf("Demande de dialyse de vacances", doc, seed=c.rng.randrange(99)))
    return Mail("holiday_dialysis", "fr", T.out(), "holiday dialysis request with serologies, NISS and treatment", frm, [to],
                c.pick(["Dialyse vacances", f"Demande de place - {G.fdate(d1)}", "Demande dialyse de vacances"]), "\n".join(body),
                attachments=[att], date=when, ids=T.ids)
