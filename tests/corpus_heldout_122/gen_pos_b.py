"""Positive builders, part B: foreign identifiers, leaks in odd places, lists, calendar, vCard."""
import datetime

import gen_attach as A
from gen_build import inner_eml
from gen_clin import (COMORB, MEDS, NARCO_MEDS, MASKS, osa, fr_num, psg_values)
from gen_common import (fmt_nam, fmt_mrn, fmt_sin, fmt_ohn, fmt_niss, fmt_nir, make_sin, make_ohn,
                        make_niss, make_nir, dob_str, d_fr, d_en, name_variant, HOSP, HOSP_EN,
                        CLINIC, CLINIC_EN, VENDORS, CLINIC_ADDR, CLINIC_PHONE, strip_accents)
from gen_ctx import order_types, quote, fwd_block, outlook_quote
from gen_pos_a import _fn_name, _fn_name_acc


# 16 -------------------------------------------------------------------------
def ics_booking(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 2 == 0 else "en"
    p = ctx.pools.patient()
    dt = ctx.when()
    day = ctx.later(dt, 4, 30)
    kind = k % 3
    if kind == 0:
        st = datetime.datetime(day.year, day.month, day.day, 20, 30)
        en = st + datetime.timedelta(hours=11)
        summ = (f"Titrage PPC - {p.surname}, {p.given}" if lang == "fr" else f"CPAP titration - {p.given} {p.surname}")
        desc = (f"Dossier {p.mrn}. SAHOS sévère (IAH {r.randrange(30, 70)}). Masque facial L. Patient anxieux."
                if lang == "fr" else
                f"MRN {p.mrn}. Severe OSA (AHI {r.randrange(30, 70)}). Full face mask L. Anxious patient.")
        T = ["patient_name", "mrn", "diagnosis", "lab_result"]
    elif kind == 1:
        st = datetime.datetime(day.year, day.month, day.day, 8, 0)
        en = st + datetime.timedelta(hours=9)
        summ = (f"TILE - {p.full}" if lang == "fr" else f"MSLT - {p.full}")
        desc = ("Suspicion de narcolepsie. Cesser la venlafaxine 2 semaines avant (avisé)." if lang == "fr" else
                "Suspected narcolepsy. Venlafaxine held 2 weeks prior (patient informed).")
        T = ["patient_name", "diagnosis", "medication"]
    else:
        st = datetime.datetime(day.year, day.month, day.day, 10, 30)
        en = st + datetime.timedelta(minutes=45)
        summ = (f"Installation O2 à domicile - {p.title_fr()} {p.surname}" if lang == "fr" else
                f"Home O2 set-up - {p.title_en()} {p.surname}")
        desc = (f"Adresse : {p.address}. Tél. {p.phone}. Concentrateur 2 L/min, MPOC." if lang == "fr" else
                f"Address: {p.address}. Phone {p.phone}. Concentrator 2 L/min, COPD.")
        T = ["patient_name", "patient_contact", "diagnosis"]
    org = ctx.frm("bilodeau") if kind < 2 else ctx.frm("paradis")
    att = [ctx.frm("giroux"), ctx.frm("vachon")] if kind < 2 else [ctx.frm("sauve")]
    loc = "Labo du sommeil, ch. 2" if lang == "fr" else "Sleep lab, room 2"
    if kind == 2:
        loc = p.address
    ics = A.make_ics(f"{ctx.tag}-{p.mrn}@{org[1].split('@')[1]}", summ, st, en, loc, desc, org, att)
    body = ([ctx.greet("fr"), "", "Invitation pour le rendez-vous en titre.", "", ctx.sig("bilodeau", "fr")]
            if lang == "fr" else [ctx.greet("en"), "", "Calendar invite for the booking below.", "",
                                  ctx.sig("bilodeau", "en")])
    atts = [dict(kind="text", text=ics, ctype="text/calendar", filename="invite.ics",
                 params="; method=REQUEST", disp="attachment", cte="quoted-printable" if ctx.chance(0.5) else "base64",
                 charset="utf-8")]
    return dict(cat="calendar_booking", lang=lang, types=order_types(T),
                note="calendar invitation naming patient and indication", subject=summ,
                **{"from": org}, to=att, date=dt, text="\n".join(body), atts=atts)


# 17 -------------------------------------------------------------------------
def waitlist_csv(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 2 else "en"
    dt = ctx.when()
    head = (["No dossier", "Nom", "Prénom", "DDN", "Date référence", "Priorité", "Examen", "Motif"] if lang == "fr"
            else ["MRN", "Last name", "First name", "DOB", "Referral date", "Priority", "Test", "Reason"])
    rows = [head]
    motifs_fr = ["SAHOS suspecté", "somnolence - conducteur classe 1", "narcolepsie?", "insomnie chronique",
                 "TCSP suspecté", "impatiences", "hypoventilation - obésité", "contrôle sous OAM"]
    motifs_en = ["suspected OSA", "sleepiness - commercial driver", "narcolepsy?", "chronic insomnia",
                 "suspected RBD", "RLS", "obesity hypoventilation", "follow-up on oral appliance"]
    for _ in range(r.randrange(6, 12)):
        p = ctx.pools.patient()
        j = r.randrange(len(motifs_fr))
        rows.append([p.mrn, p.surname, p.given, p.dob.strftime("%Y-%m-%d"),
                     ctx.earlier(dt, 10, 300).strftime("%Y-%m-%d"), ctx.pick(["A", "B", "B", "C", "C"]),
                     ctx.pick(["PSG", "HSAT", "PSG+TILE", "titrage"]), (motifs_fr if lang == "fr" else motifs_en)[j]])
    delim = ";" if lang == "fr" else ","
    csvt = A.make_csv(rows, delimiter=delim)
    fn = (f"liste_attente_PSG_{dt.strftime('%Y%m%d')}.csv" if lang == "fr" else
          f"sleep_waitlist_{dt.strftime('%Y%m%d')}.csv")
    body = ([ctx.greet("fr"), "", "Extraction de la liste d'attente pour la rencontre de priorisation de jeudi.",
             "", ctx.sig("doucet", "fr")] if lang == "fr" else
            [ctx.greet("en"), "", "Waitlist export for Thursday's triage meeting.", "", ctx.sig("doucet", "en")])
    T = ["mrn", "patient_name", "date_of_birth", "diagnosis"]
    cs = ctx.pick(["utf-8", "windows-1252", "iso-8859-1"])
    return dict(cat="waitlist_csv", lang=lang, types=order_types(T),
                note="waitlist CSV export with chart numbers and DOB", subject=(
                    "Liste d'attente - priorisation" if lang == "fr" else "Waitlist for triage"),
                **{"from": ctx.frm("doucet")}, to=[ctx.frm("vachon"), ctx.frm("okafor"), ctx.frm("desrosiers")],
                date=dt, text="\n".join(body),
                atts=[dict(kind="text", text=csvt, ctype="text/csv", filename=fn, charset=cs)])


# 18 -------------------------------------------------------------------------
def vcard_patient(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 2 == 0 else "en"
    p = ctx.pools.patient()
    dt = ctx.when()
    note = ctx.pick(["SAHOS sévère - PPC 12 cmH2O - masque facial M",
                     "Oxygène 2 L/min - MPOC - fumeur actif?",
                     "Narcolepsie - oxybate de sodium - appeler après 14 h"])
    T = ["patient_name", "patient_contact", "diagnosis"]
    if "oxybate" in note:
        T.append("medication")
    if k % 2 == 1:
        note = None
        T = ["patient_name", "patient_contact"]
    vcf = A.make_vcf(p.given, p.surname, tel=p.phone, email=p.email, adr=p.address, note=note)
    vend = ctx.pick(["somnoplus", "oxyvie"])
    body = ([ctx.greet("fr"), "", "Voici les coordonnées du patient dont on a parlé au téléphone.", "",
             ctx.sig("lemieux", "fr")] if lang == "fr" else
            [ctx.greet("en"), "", "Contact card for the patient we discussed - new CPAP set-up, please call to book "
             "the home visit.", "", ctx.sig("lemieux", "en")])
    return dict(cat="vcard_patient", lang=lang, types=order_types(T),
                note="vCard of patient with home contact and clinical note", subject=(
                    "Coordonnées patient" if lang == "fr" else "Patient contact"),
                **{"from": ctx.frm("lemieux")}, to=[("Coordination", f"coordination@{VENDORS[vend][1]}")],
                date=dt, text="\n".join(body),
                atts=[dict(kind="text", text=vcf, ctype="text/vcard", filename=f"{p.given} {p.surname}.vcf",
                           charset="utf-8")])


# 19 -------------------------------------------------------------------------
def patient_mail(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 1 else "en"
    p = ctx.pools.patient()
    dt = ctx.when()
    rt = ctx.pick(["lemieux", "boivin", "frechette"])
    T = ["patient_name", "diagnosis", "patient_contact"]
    if lang == "fr":
        pm = ctx.pick([
            "Bonjour,\n\nDepuis qu'on a changé mon masque je me réveille avec les yeux rouges et ça siffle toute la "
            "nuit. Ma femme dort dans le salon. Je suis encore fatigué le jour et je cogne des clous au travail. "
            "Est-ce que quelqu'un peut me rappeler?",
            "Bonjour madame,\n\nJe n'arrive plus à dormir avec l'appareil, j'ai le nez bouché tout le temps et des "
            "saignements de nez. Le médecin de famille m'a donné du Flonase mais ça ne change rien. Je l'enlève vers "
            "2 h du matin.",
            "Allo,\n\nje voulais savoir si c'est normal que mon appareil indique 25 événements par heure depuis une "
            "semaine? Avant c'était 3. J'ai pris 10 livres depuis Noël."])
        if "Flonase" in pm:
            T.append("medication")
        if "événements" in pm:
            T.append("lab_result")
        sig = f"{p.full}\n{p.phone}" if ctx.chance(0.6) else f"{p.given}\ncell : {p.phone}"
        body = [ctx.greet("fr", rt), "", ctx.pick(["Message d'un de tes patients ci-dessous.",
                                                   "Peux-tu le rappeler? Merci.", "Pour suivi SVP."]),
                "", ctx.first("rousseau"), "",
                fwd_block("fr", f"{p.full} <{p.email}>", "Clinique du sommeil <clinique.sommeil@cisss-deuxrives.example>",
                          d_fr(dt.date(), 3), "mon masque", pm + "\n\n" + sig)]
        subj = ctx.pick(["TR: mon masque", "Tr: mon masque", "TR: Message patient"])
    else:
        pm = ("Hi,\n\nMy CPAP keeps showing a mask fit error and I wake up with a dry mouth and headache. "
              "I have been using it maybe 3 hours a night. I also noticed my oxygen watch shows 84% at night. "
              "Can someone call me back?")
        T.append("lab_result")
        body = [ctx.greet("en", rt), "", "Patient email below, could you call back?", "", ctx.first("rousseau"), "",
                fwd_block("en", f"{p.given} {p.surname} <{p.email}>", "Sleep clinic", d_en(dt.date(), 3),
                          "CPAP problem", pm + f"\n\n{p.given} {p.surname}\n{p.phone}")]
        subj = "Fwd: CPAP problem"
    return dict(cat="patient_mail_forward", lang=lang, types=order_types(T),
                note="patient's own e-mail forwarded to therapist", subject=subj,
                **{"from": ctx.frm("rousseau")}, to=[ctx.frm(rt)], date=dt, text="\n".join(body))


# 20 -------------------------------------------------------------------------
def disability_sin(ctx, k):
    r = ctx.rng
    lang = "en" if k % 2 == 0 else "fr"
    p = ctx.pools.patient(ymin=1965, ymax=1998)
    sin = make_sin(r)
    dt = ctx.when()
    md = ctx.pick(["desrosiers", "vachon"])
    s = fmt_sin(sin, r.randrange(4))
    T = ["ca_sin", "patient_name", "diagnosis", "medication"]
    if lang == "en":
        lines = ["## Attending Physician Statement - Short-term disability",
                 f"Claimant: {p.full}", f"SIN: {s}", f"Date of birth: {d_en(p.dob, 1)}", f"Employer: Transports Lebel inc.",
                 "", f"Diagnosis: narcolepsy type 1 with cataplexy (G47.411)",
                 "Restrictions: no driving, no work at heights, no night shifts.",
                 f"Treatment: {r.choice(NARCO_MEDS)[1]}; scheduled naps.",
                 "Expected return: graduated, in 8 weeks."]
        T.append("date_of_birth")
        body = [ctx.greet("en"), "", "Completed statement attached for the claim below.", "",
                f"Claimant: {p.full} / SIN {s}", "", ctx.sig(md, "en")]
        subj = "Attending physician statement"
        fn = f"APS_{_fn_name(p, r)}.pdf"
        title = "Great Northern Life - Group Disability"
    else:
        lines = ["## Déclaration du médecin traitant - invalidité",
                 f"Nom de l'assuré : {p.full}", f"NAS : {s}",
                 "Diagnostic : SAHOS sévère avec somnolence diurne résiduelle malgré PPC",
                 "Traitement : PPC 11 cmH2O, modafinil 100 mg le matin",
                 "Limitations : pas de conduite de véhicule lourd jusqu'à réévaluation"]
        body = [ctx.greet("fr"), "", "Formulaire complété en pièce jointe.", "", ctx.sig(md, "fr")]
        subj = "Déclaration du médecin traitant"
        fn = f"Declaration_medecin_{_fn_name(p, r)}.pdf"
        title = "Assurance collective - invalidité"
    pdf = A.make_pdf(title, lines, author=ctx.who(md, lang, False), compress=ctx.chance(0.5))
    return dict(cat="disability_form_sin", lang=lang, types=order_types(T),
                note="insurance disability form with SIN", subject=subj, **{"from": ctx.frm(md)},
                to=[("Claims", "claims@greatnorthernlife.example")], date=dt, text="\n".join(body),
                atts=[dict(kind="pdf", data=pdf, filename=fn)])


# 21 -------------------------------------------------------------------------
def ontario_patient(ctx, k):
    r = ctx.rng
    p = ctx.pools.patient()
    num, vc = make_ohn(r)
    dt = ctx.when()
    lang = "en" if k % 3 != 2 else "fr"
    h = fmt_ohn(num, vc, r.randrange(4))
    sfr, sen, iah = osa(r)
    T = ["ca_health_number", "patient_name", "date_of_birth", "diagnosis", "lab_result"]
    if lang == "en":
        body = [ctx.greet("en", "vachon"), "",
                f"Re: {p.full}, DOB {dob_str(p.dob, 'en', r)}, OHIP {h}", "",
                f"Thank you for seeing this patient from our Ottawa practice. Home sleep test showed REI {iah}/h "
                f"({sen}). She also has {r.choice(COMORB)[1]}. She lives in Gatineau part of the week but remains "
                "an Ontario resident, so please bill out-of-province." if p.sex == "F" else
                f"Thank you for seeing this patient from our Ottawa practice. Home sleep test showed REI {iah}/h "
                f"({sen}). He also has {r.choice(COMORB)[1]}. He works in Gatineau but remains an Ontario resident.",
                "", ctx.sig("whitfield", "en")]
        subj = ctx.pick(["Referral - Ontario resident", f"Referral {p.surname}", "Sleep referral (OHIP patient)"])
        frm, to = ctx.frm("whitfield"), [ctx.frm("vachon")]
    else:
        body = [ctx.greet("fr"), "",
                f"Usager hors province : {p.full}, né{'e' if p.sex == 'F' else ''} le {d_fr(p.dob, 0)}, "
                f"carte Santé Ontario {h}.",
                f"PSG faite le {d_fr(ctx.earlier(dt), 0)}, IAH {fr_num(iah)}/h (SAHOS {sfr}). "
                "Merci de préparer la facturation RAMQ hors Québec.", "", ctx.sig("bilodeau", "fr")]
        subj = "Facturation hors province"
        frm, to = ctx.frm("bilodeau"), [("Facturation", f"facturation@cisss-deuxrives.example")]
    return dict(cat="ontario_patient", lang=lang, types=order_types(T),
                note="Ontario health number with sleep test result", subject=subj, **{"from": frm},
                to=to, date=dt, text="\n".join(body))


# 22 -------------------------------------------------------------------------
def belgian_patient(ctx, k):
    r = ctx.rng
    p = ctx.pools.patient(ymin=1970, ymax=2001)
    niss = make_niss(r, p.dob, p.sex)
    dt = ctx.when()
    sfr, sen, iah = osa(r)
    T = ["be_niss", "patient_name", "diagnosis", "lab_result"]
    body = [ctx.pick(["Chère consoeur, cher confrère,", "Bonjour Docteur,", "Madame, Monsieur,"]), "",
            f"Je me permets de vous adresser {p.title_fr()} {p.full} (NISS {fmt_niss(niss, r.randrange(3))}), "
            "qui s'installe au Québec pour deux ans dans le cadre d'un échange professionnel.",
            f"Une polysomnographie réalisée à Liège a montré un IAH de {fr_num(iah)}/h avec une SpO2 minimale de "
            f"{r.randrange(70, 88)} % (SAHOS {sfr}). {'Elle' if p.sex == 'F' else 'Il'} est sous PPC à "
            f"{r.randrange(8, 13)} cmH2O avec une bonne tolérance.",
            "Pourriez-vous assurer le suivi et le renouvellement du matériel?", "",
            "Bien confraternellement,", "Dr Laurent Verhaegen", "Centre du sommeil - Clinique Saint-Lambert (Liège)",
            "+32 4 555 01 88"]
    return dict(cat="belgian_patient", lang="fr", types=order_types(T),
                note="letter from Belgium with NISS and PSG result", subject=ctx.pick(
                    ["Transfert de suivi - SAHOS", f"Patient {p.surname} - suivi au Québec", "Relais de prise en charge"]),
                **{"from": ("Dr Laurent Verhaegen", "l.verhaegen@cslambert-liege.example")},
                to=[ctx.frm("vachon")], date=dt, text="\n".join(body))


# 23 -------------------------------------------------------------------------
def french_patient(ctx, k):
    r = ctx.rng
    p = ctx.pools.patient(ymin=1960, ymax=2000)
    nir = make_nir(r, p.dob, p.sex)
    dt = ctx.when()
    T = ["fr_nir", "patient_name", "diagnosis", "medication"]
    drug = r.choice(NARCO_MEDS)
    body = [ctx.greet("fr", "desrosiers"), "",
            f"Dans le cadre de l'entente Québec-France, {p.title_fr()} {p.full} (NIR {fmt_nir(nir, r.randrange(3))}) "
            "demande la prise en charge de son traitement pendant son séjour de travail temporaire.",
            f"Diagnostic établi à Lyon en 2021 : narcolepsie de type 1. Traitement actuel : {drug[0]}.",
            "Le formulaire SE 401-Q-104 sera transmis par la caisse primaire.", "",
            ctx.sig("kaminski", "fr")]
    return dict(cat="french_patient", lang="fr", types=order_types(T),
                note="French NIR with narcolepsy treatment", subject=ctx.pick(
                    ["Entente Québec-France - prise en charge", "Patient français - narcolepsie"]),
                **{"from": ctx.frm("kaminski")}, to=[ctx.frm("desrosiers")], cc=[ctx.frm("bilodeau")],
                date=dt, text="\n".join(body))


# 24 -------------------------------------------------------------------------
def subject_only(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 2 == 0 else "en"
    p = ctx.pools.patient()
    dt = ctx.when()
    a, b = ctx.pick([("vachon", "bilodeau"), ("okafor", "rousseau"), ("desrosiers", "bilodeau"),
                     ("lemieux", "doucet")])
    if lang == "fr":
        subj = ctx.pick([f"RE: {p.surname}, {p.given} - SAHOS sévère, PSG à devancer",
                         f"{p.given} {p.surname} narcolepsie - rdv à déplacer",
                         f"TR: {p.surname.upper()} {p.given} / désaturation 78 % - oxymétrie",
                         f"{p.surname} {p.given} - refus PPC, SAAQ avisée?"])
        body = ctx.pick(["C'est fait, merci.", "Ok, je m'en occupe demain matin.", "Vu. On en parle jeudi.",
                         "Parfait merci!\n\n" + ctx.first(a)])
    else:
        subj = ctx.pick([f"RE: {p.surname}, {p.given} - severe OSA, move PSG up",
                         f"{p.given} {p.surname} - RBD on clonazepam, follow-up",
                         f"Re: {p.surname} {p.given[0]}. - nocturnal oximetry 79% nadir"])
        body = ctx.pick(["Done, thanks.", "OK will do.", "Noted.", "Thanks - booked.\n" + ctx.first(a)])
    T = ["patient_name", "diagnosis"]
    if "78 %" in subj or "79%" in subj:
        T.append("lab_result")
    if "clonazepam" in subj:
        T.append("medication")
    return dict(cat="subject_only_leak", lang=lang, types=order_types(T),
                note="identifying detail only in Subject line", subject=subj, **{"from": ctx.frm(a)},
                to=[ctx.frm(b)], date=dt, text=body + "\n", mode=ctx.pick(["plain", "plain", "html"]))


# 25 -------------------------------------------------------------------------
def filename_only(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 2 else "en"
    p = ctx.pools.patient()
    dt = ctx.when()
    a = ctx.pick(["giroux", "lambert", "sandhu"])
    b = ctx.pick(["vachon", "okafor", "desrosiers"])
    if lang == "fr":
        fn = ctx.pick([f"Hypnogramme_{_fn_name_acc(p, r)}_SAHOS_sévère.pdf",
                       f"{p.surname} {p.given} - narcolepsie - TILE graphiques.pdf",
                       f"Oxymétrie nocturne {p.given} {p.surname} (MPOC).pdf"])
        body = ctx.pick(["Voici.", "Ci-joint comme demandé.", "Les graphiques demandés.", "Bonne lecture!"])
        subj = ctx.pick(["Graphiques", "PJ demandée", "Pour ta présentation", "Tracés"])
    else:
        fn = ctx.pick([f"Hypnogram_{_fn_name(p, r)}_severe_OSA.pdf",
                       f"{p.surname}_{p.given}_narcolepsy_MSLT_graphs.pdf"])
        body = ctx.pick(["Here you go.", "Attached as requested.", "See attached."])
        subj = ctx.pick(["Graphs", "Requested file", "Tracings"])
    pdf = A.make_pdf("graph", [], graphics=True, compress=ctx.chance(0.5))
    T = ["patient_name", "diagnosis"]
    return dict(cat="filename_only_leak", lang=lang, types=order_types(T),
                note="patient name and diagnosis only in attachment file name", subject=subj,
                **{"from": ctx.frm(a)}, to=[ctx.frm(b)], date=dt,
                text=body + "\n\n" + ctx.first(a) + "\n", atts=[dict(kind="pdf", data=pdf, filename=fn)])


# 26 -------------------------------------------------------------------------
def reply_quoted(ctx, k):
    r = ctx.rng
    lang = "en" if k % 2 == 0 else "fr"
    p = ctx.pools.patient()
    dt = ctx.when()
    a, b = "vachon", ctx.pick(["bilodeau", "rousseau", "doucet"])
    sfr, sen, iah = osa(r)
    mrn = fmt_mrn(p.mrn, r.randrange(5))
    T = ["patient_name", "mrn", "diagnosis", "lab_result"]
    prev_date = ctx.earlier(dt, 1, 3)
    if lang == "en":
        orig = (f"Hi {ctx.first(b)},\n\nCan you book {p.full} (MRN {mrn}) for a split-night as soon as possible? "
                f"HSAT showed REI {iah}/h with nadir {r.randrange(66, 80)}%, and {'she' if p.sex == 'F' else 'he'} "
                "drives a school bus.\n\nThanks,\nHélène")
        reply = ctx.pick(["Booked for the 14th. I'll let the patient know.",
                          "Sure - next available is in 3 weeks unless someone cancels; I put them on the list.",
                          "Done. Letter sent."])
        text = reply + "\n\n" + ctx.first(b) + "\n\n" + quote(
            orig, f"On {d_en(prev_date, 3)}, {ctx.who(a, 'en')} <{ctx.addr(a)}> wrote:")
        subj = "Re: urgent split-night"
    else:
        orig = (f"Bonjour {ctx.first(b)},\n\nPeux-tu convoquer {p.title_fr()} {p.surname} (dossier {mrn}) pour un titrage "
                f"rapidement? IAH {fr_num(iah)}/h, SpO2 min {r.randrange(66, 80)} %. Travaille de nuit comme "
                "préposé, très somnolent.\n\nMerci\nHélène")
        reply = ctx.pick(["C'est fait, le 14 à 20 h 30.", "Je l'ai appelé, il préfère attendre après ses vacances.",
                          "Convocation envoyée ce matin."])
        text = reply + "\n\n" + ctx.first(b) + "\n\n" + outlook_quote(
            "fr", f"{ctx.who(a, 'fr')}", ctx.who(b, "fr"), d_fr(prev_date, 0) + " 08:12", "titrage urgent", orig)
        subj = ctx.pick(["RE: titrage urgent", "RE : titrage urgent"])
    return dict(cat="reply_quoted_history", lang=lang, types=order_types(T),
                note="short reply; patient details only in quoted history", subject=subj,
                **{"from": ctx.frm(b)}, to=[ctx.frm(a)], date=dt, text=text,
                in_reply_to=f"{ctx.tag}.orig@cisss-deuxrives.example")


# 27 -------------------------------------------------------------------------
def inline_forward(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 1 else "en"
    p = ctx.pools.patient(ymin=1940, ymax=1990)
    dt = ctx.when()
    T = ["patient_name", "diagnosis", "medication"]
    if lang == "fr":
        orig = (f"Bonjour,\n\nJ'ai vu {p.full} à l'urgence cette nuit : hypercapnie (PaCO2 68) sur SAHOS connu "
                f"non traité et prise d'hydromorphone. Mis sous BiPAP 14/8, amélioration. "
                "Pouvez-vous le voir en priorité à la clinique du sommeil après son congé?\n\n"
                "Dr Alexis Morneau, urgentologue")
        T.append("lab_result")
        text = (ctx.pick(["Pour ton info, voir ci-dessous. Je l'ai mis en priorité A.",
                          "Karine, peux-tu organiser le prêt de BiPAP?"]) + "\n\n" + ctx.first("vachon") + "\n\n" +
                fwd_block("fr", "Alexis Morneau <alexis.morneau@cisss-deuxrives.example>",
                          ctx.who("vachon", "fr"), d_fr(dt.date(), 3) + " 03:47", "patient hypercapnique", orig))
        subj = ctx.pick(["TR: patient hypercapnique", "Fw: patient hypercapnique"])
    else:
        orig = (f"Hi,\n\n{p.given} {p.surname} was admitted overnight with hypercapnic respiratory failure "
                f"(pH 7.29, PaCO2 66) - known untreated OSA, on gabapentin and oxycodone. Started NIV 14/8.\n"
                "Could your team arrange a BiPAP titration before discharge?\n\nDr. Alexis Morneau")
        T.append("lab_result")
        text = ("FYI - see below. Karine, can you look into a loaner BiPAP?\n\n" + ctx.first("vachon") + "\n\n" +
                fwd_block("en", "Alexis Morneau", ctx.who("vachon", "en"), d_en(dt.date(), 0), "hypercapnic patient", orig))
        subj = "FW: hypercapnic patient"
    return dict(cat="inline_forward", lang=lang, types=order_types(T),
                note="inline-forwarded ER note with blood gas", subject=subj, **{"from": ctx.frm("vachon")},
                to=[ctx.frm("lemieux")], date=dt, text=text)


# 28 -------------------------------------------------------------------------
def attached_eml(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 2 == 0 else "en"
    dt = ctx.when()
    use_nam = k % 3 == 0
    p = ctx.pools.nam_patient(want_child=False) if use_nam else ctx.pools.patient()
    T = ["patient_name", "diagnosis"]
    if lang == "fr":
        ib = [f"Bonjour,", "",
              f"Référence pour {p.full}" + (f", NAM {fmt_nam(p.nam, r.choice([0, 1, 3]))}" if use_nam else "") +
              f", né{'e' if p.sex == 'F' else ''} le {d_fr(p.dob, 0)}.",
              "Somnolence diurne importante, ronflements, HTA résistante sous 3 agents (amlodipine, ramipril, "
              "hydrochlorothiazide).", "", ctx.sig("beauchemin", "fr")]
        T += ["date_of_birth", "medication"]
        isub = "Référence clinique du sommeil"
        outer = [ctx.greet("fr", "doucet"), "", ctx.pick([
            "Je te joins le courriel original de la Dre Beauchemin, la référence n'est jamais arrivée dans notre "
            "système.", "Voir le message joint, à ajouter à la liste d'attente."]), "", ctx.sig("bilodeau", "fr")]
        subj = "Référence perdue - voir message joint"
    else:
        ib = ["Hello,", "", f"Referral for {p.full}" + (f", RAMQ {fmt_nam(p.nam, r.choice([0, 1]))}" if use_nam else "") +
              f", DOB {d_en(p.dob, 1)}.",
              "Excessive daytime sleepiness, witnessed apnoeas, resistant hypertension on three agents.", "",
              ctx.sig("beauchemin", "en")]
        T += ["date_of_birth"]
        isub = "Sleep clinic referral"
        outer = [ctx.greet("en", "doucet"), "", "Original referral attached - it never reached the e-referral queue.",
                 "", ctx.sig("bilodeau", "en")]
        subj = "Lost referral - see attached message"
    if use_nam:
        T.append("ramq_nam")
    spec = dict(lang=lang, **{"from": ctx.frm("beauchemin")}, to=[ctx.frm("bilodeau")], subject=isub,
                text="\n".join(ib), date=datetime.datetime.combine(ctx.earlier(dt, 10, 40), datetime.time(14, 3)))
    data = inner_eml(spec, r, ctx.tag + "-inner")
    return dict(cat="attached_eml", lang=lang, types=order_types(T),
                note="referral inside attached message/rfc822", subject=subj, **{"from": ctx.frm("bilodeau")},
                to=[ctx.frm("doucet")], date=dt, text="\n".join(outer),
                atts=[dict(kind="eml", data=data, filename=ctx.pick([isub + ".eml", None, "message.eml"]))])


# 29 -------------------------------------------------------------------------
def zip_reports(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 2 == 0 else "en"
    dt = ctx.when()
    files = []
    for _ in range(r.randrange(2, 4)):
        p = ctx.pools.patient()
        sfr, sen, iah = osa(r)
        v = psg_values(r, iah)
        lines = [f"Patient : {p.full}" if lang == "fr" else f"Patient: {p.full}",
                 f"Dossier : {p.mrn}" if lang == "fr" else f"MRN: {p.mrn}",
                 (f"IAH {fr_num(iah)}/h, SpO2 min {v['nadir']} %, efficacité {v['eff']} %" if lang == "fr" else
                  f"AHI {iah}/h, SpO2 nadir {v['nadir']}%, efficiency {v['eff']}%"),
                 (f"Conclusion : SAHOS {sfr}" if lang == "fr" else f"Conclusion: {sen} OSA")]
        pdf = A.make_pdf("Rapport de polysomnographie" if lang == "fr" else "Polysomnography report", lines,
                         compress=True, header=HOSP)
        files.append((f"PSG_{strip_accents(p.surname)}_{p.mrn}.pdf", pdf))
    z = A.make_zip(files)
    body = ([ctx.greet("fr"), "", "Voici les rapports signés de la semaine pour numérisation au dossier.", "",
             ctx.sig("rousseau", "fr")] if lang == "fr" else
            [ctx.greet("en"), "", "Signed PSG reports for this week, for scanning into the chart.", "",
             ctx.sig("rousseau", "en")])
    T = ["patient_name", "mrn", "lab_result", "diagnosis"]
    return dict(cat="zip_reports", lang=lang, types=order_types(T),
                note="ZIP of signed PSG reports", subject=(
                    "Rapports signés - numérisation" if lang == "fr" else "Signed reports for scanning"),
                **{"from": ctx.frm("rousseau")}, to=[("Archives médicales", "archives@cisss-deuxrives.example")],
                date=dt, text="\n".join(body),
                atts=[dict(kind="zip", data=z, filename=f"rapports_PSG_{dt.strftime('%Y-%m-%d')}.zip")])


# 30 -------------------------------------------------------------------------
def lab_followup(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 2 == 0 else "en"
    p = ctx.pools.patient()
    dt = ctx.when()
    fer = r.randrange(9, 48)
    T = ["patient_name", "lab_result", "diagnosis", "medication"]
    nm = name_variant(p, lang, r)
    if lang == "fr":
        body = [ctx.greet("fr", "vachon"), "",
                f"Résultats reçus pour {nm} : ferritine {fer} µg/L, saturation de la transferrine {r.randrange(9, 20)} %, "
                f"Hb {r.randrange(108, 134)} g/L.",
                "Dans le contexte du syndrome des jambes sans repos, je suggère fer oral (sulfate ferreux 300 mg "
                "un jour sur deux) et contrôle dans 3 mois. On arrête le pramipexole?", "",
                ctx.sig("nolin", "fr")]
        subj = ctx.pick(["Résultats ferritine", f"Labos {p.surname}", "Suivi labo - impatiences"])
    else:
        body = [ctx.greet("en", "vachon"), "",
                f"Labs back for {nm}: ferritin {fer} ug/L, TSAT {r.randrange(9, 20)}%, Hb {r.randrange(108, 134)}.",
                "Given the restless legs symptoms I'd start ferrous sulfate 300 mg every other day and "
                "recheck in 3 months. Continue gabapentin 300 mg HS for now.", "", ctx.sig("nolin", "en")]
        subj = ctx.pick(["Ferritin result", f"Labs - {p.surname}"])
    return dict(cat="lab_followup", lang=lang, types=order_types(T),
                note="ferritin follow-up for restless legs", subject=subj, **{"from": ctx.frm("nolin")},
                to=[ctx.frm("vachon")], date=dt, text="\n".join(body))


# 31 -------------------------------------------------------------------------
def pediatric(ctx, k):
    r = ctx.rng
    p = ctx.pools.nam_patient(want_child=True)
    dt = ctx.when()
    nam = fmt_nam(p.nam, r.choice([0, 1, 2, 4, 6]))
    iaho = round(r.uniform(3, 18), 1)
    T = ["ramq_nam", "patient_name", "date_of_birth", "diagnosis", "lab_result"]
    social = k % 2 == 0
    body = [ctx.greet("fr", "rahimi"), "",
            f"PSG pédiatrique de {p.full} ({d_fr(p.dob, 1)}, NAM {nam}) :",
            f"IAHO {fr_num(iaho)}/h, SpO2 min {r.randrange(80, 91)} %, ronflement {r.randrange(30, 80)} % du temps total de sommeil.",
            "Hypertrophie amygdalienne grade 3 à l'examen. Je propose une référence en ORL pour "
            "adéno-amygdalectomie."]
    if social:
        body += ["", "Note : la famille est suivie par la DPJ (négligence), l'enfant est hébergé chez sa grand-mère "
                 "depuis janvier. Les convocations doivent être envoyées à la grand-mère et à l'intervenante, "
                 "Mme Lucie Marceau (DPJ), pas à la mère."]
        T.append("social_information")
    body += ["", ctx.sig("sandhu", "fr")]
    return dict(cat="pediatric_psg", lang="fr", types=order_types(T),
                note="paediatric PSG result" + (" with youth protection context" if social else ""),
                subject=ctx.pick(["PSG pédiatrique - résultats", f"PSG {p.given} {p.surname}", "Résultat PSG enfant"]),
                **{"from": ctx.frm("sandhu")}, to=[ctx.frm("rahimi")], date=dt, text="\n".join(body))


# 32 -------------------------------------------------------------------------
def social_work(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 2 else "en"
    p = ctx.pools.patient()
    dt = ctx.when()
    T = ["patient_name", "social_information", "diagnosis"]
    if lang == "fr":
        body = [ctx.greet("fr", "lemieux"), "",
                f"Suite à notre discussion concernant {name_variant(p, 'fr', r, ['title', 'full', 'rev'])} : "
                "il est prestataire de l'aide sociale (programme d'objectif emploi), vit en chambre dans une maison "
                "de chambres et n'a pas les moyens d'acheter la PPC prescrite pour son SAHOS sévère."
                if p.sex == "M" else
                f"Suite à notre discussion concernant {name_variant(p, 'fr', r, ['title', 'full', 'rev'])} : "
                "elle a quitté le domicile conjugal (violence conjugale), est hébergée en maison d'aide et n'a "
                "plus accès à son appareil de PPC resté chez l'ex-conjoint.",
                "", "J'ai fait une demande au fonds de dépannage de la Fondation; réponse d'ici 2 semaines. "
                "En attendant, est-ce possible de prêter un appareil du parc de la clinique?", "",
                ctx.sig("hamel", "fr")]
        subj = ctx.pick(["Situation sociale - prêt PPC", "Demande de prêt d'appareil", "Suivi social"])
    else:
        body = [ctx.greet("en", "lemieux"), "",
                f"Re {p.full}: recently evicted, currently couch-surfing and on income assistance. Cannot afford "
                "the CPAP copay or a mask replacement. Severe OSA per Dr. Okafor.", "",
                "Applied to the foundation's emergency fund. Could the clinic lend a unit meanwhile?", "",
                ctx.sig("hamel", "en")]
        subj = "CPAP loan - social situation"
    return dict(cat="social_work", lang=lang, types=order_types(T),
                note="social worker note on housing/income and CPAP access", subject=subj,
                **{"from": ctx.frm("hamel")}, to=[ctx.frm("lemieux")], cc=[ctx.frm("arsenault")] if ctx.chance(0.5) else [],
                date=dt, text="\n".join(body))


# 33 -------------------------------------------------------------------------
def discharge_summary(ctx, k):
    r = ctx.rng
    lang = "en" if k % 2 == 0 else "fr"
    p = ctx.pools.patient(ymin=1940, ymax=1980)
    dt = ctx.when()
    mrn = fmt_mrn(p.mrn, r.randrange(5))
    T = ["patient_name", "mrn", "diagnosis", "medication", "lab_result"]
    if lang == "en":
        paras = [f"Patient: {p.full}    MRN: {mrn}", f"Admitted: {d_en(ctx.earlier(dt, 6, 15), 1)}   "
                 f"Discharged: {d_en(dt.date(), 1)}", "## Diagnoses",
                 "1. Acute-on-chronic hypercapnic respiratory failure", "2. Obesity hypoventilation syndrome (BMI 47)",
                 "3. Severe OSA", "## Investigations",
                 f"ABG on admission pH 7.27, PaCO2 74, HCO3 34. Discharge ABG on NIV: pH 7.39, PaCO2 51.",
                 "## Discharge medications", "furosemide 40 mg daily; metformin 1 g BID; tiotropium 18 mcg daily",
                 "## Follow-up", "Home BiPAP ST 18/8, rate 12, with O2 1 L/min bleed. Sleep clinic in 4 weeks."]
        title = "Discharge Summary"
        body = [ctx.greet("en", "lemieux"), "", "Discharge summary attached for the home BiPAP set-up.", "",
                ctx.sig("okafor", "en")]
        subj = ctx.pick(["Discharge summary - home BiPAP", "Discharge - NIV set-up needed"])
    else:
        paras = [f"Usager : {p.rev}   Dossier : {mrn}", f"Congé : {d_fr(dt.date(), 0)}", "## Diagnostics",
                 "1. Insuffisance respiratoire hypercapnique", "2. Syndrome obésité-hypoventilation",
                 "3. SAHOS sévère", "## Examens", "Gaz à l'admission : pH 7,28, PaCO2 71. Au congé : pH 7,38, PaCO2 52.",
                 "## Médicaments au congé", "furosémide 40 mg DIE; empagliflozine 10 mg DIE",
                 "## Suivi", "BiPAP ST 18/8 à domicile. Clinique du sommeil dans 1 mois."]
        title = "Résumé de congé"
        body = [ctx.greet("fr", "lemieux"), "", "Résumé de congé ci-joint pour l'installation de la BiPAP.", "",
                ctx.sig("okafor", "fr")]
        subj = ctx.pick(["Résumé de congé - BiPAP", "Congé - installation VNI"])
    doc = A.make_docx(title, paras, author=ctx.who("okafor", lang, False))
    return dict(cat="discharge_summary", lang=lang, types=order_types(T),
                note="discharge summary DOCX with ABG and meds", subject=subj, **{"from": ctx.frm("okafor")},
                to=[ctx.frm("lemieux")], date=dt, text="\n".join(body),
                atts=[dict(kind="docx", data=doc, filename=ctx.pick(
                    [f"Resume_conge_{_fn_name(p, r)}.docx", f"{title}_{p.mrn}.docx"]))])


# 34 -------------------------------------------------------------------------
def pharmacy_question(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 2 == 0 else "en"
    p = ctx.pools.patient(ymin=1940, ymax=1965)
    dt = ctx.when()
    T = ["patient_name", "date_of_birth", "medication", "diagnosis"]
    if lang == "fr":
        body = [ctx.greet("fr", "vachon"), "",
                f"Concernant {p.full}, né{'e' if p.sex == 'F' else ''} le {d_fr(p.dob, 2)} : vous avez prescrit "
                "clonazépam 0,5 mg HS pour un trouble comportemental en sommeil paradoxal. Le patient reçoit aussi "
                "de l'hydromorphone et a un SAHOS non traité. Souhaitez-vous plutôt essayer la mélatonine 6 mg?",
                "", ctx.sig("robitaille", "fr")]
        subj = "Question - clonazépam et TCSP"
    else:
        body = [ctx.greet("en", "vachon"), "",
                f"Re: {p.full}, DOB {d_en(p.dob, 1)}. Clonazepam 0.5 mg HS was ordered for REM sleep behaviour "
                "disorder, but the patient is also on oxycodone and has untreated OSA. Would melatonin 6 mg be an "
                "acceptable alternative?", "", ctx.sig("robitaille", "en")]
        subj = "Clonazepam question"
    return dict(cat="pharmacy_question", lang=lang, types=order_types(T),
                note="pharmacist query about clonazepam for RBD", subject=subj,
                **{"from": ctx.frm("robitaille")}, to=[ctx.frm("vachon")], date=dt, text="\n".join(body))


# 35 -------------------------------------------------------------------------
def prescription_pdf(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 2 else "en"
    p = ctx.pools.nam_patient(want_child=False)
    dt = ctx.when()
    md = ctx.pick(["desrosiers", "vachon"])
    drug = r.choice(NARCO_MEDS)
    nam = fmt_nam(p.nam, r.choice([0, 1]))
    lines = ([f"Patient : {p.full}", f"DDN : {d_fr(p.dob, 1)}", f"NAM : {nam}", "",
              f"Rx : {drug[0]}", "Qté : 30 jours, renouvellements : 5",
              "Indication : narcolepsie (code RAMQ NE-12)", "", f"{ctx.who(md, 'fr')}"] if lang == "fr" else
             [f"Patient: {p.full}", f"DOB: {d_en(p.dob, 1)}", f"RAMQ: {nam}", "", f"Rx: {drug[1]}",
              "Qty: 30 days, refills x5", "Indication: narcolepsy", "", ctx.who(md, "en")])
    pdf = A.make_pdf("Ordonnance" if lang == "fr" else "Prescription", lines, author=ctx.who(md, lang, False),
                     compress=ctx.chance(0.5), header=HOSP if lang == "fr" else HOSP_EN)
    body = ([ctx.greet("fr"), "", "Ordonnance ci-jointe, original suivra par la poste.", "", ctx.sig(md, "fr")]
            if lang == "fr" else [ctx.greet("en"), "", "Prescription attached.", "", ctx.sig(md, "en")])
    T = ["ramq_nam", "patient_name", "date_of_birth", "medication", "diagnosis"]
    return dict(cat="prescription_pdf", lang=lang, types=order_types(T),
                note="prescription PDF with NAM to pharmacy", subject=ctx.pick(["Ordonnance", "Rx", "Prescription"]),
                **{"from": ctx.frm(md)}, to=[ctx.frm("laroche")], date=dt, text="\n".join(body),
                atts=[dict(kind="pdf", data=pdf, filename=ctx.pick(["ordonnance.pdf", "Rx.pdf",
                                                                     f"Rx_{strip_accents(p.surname)}.pdf"]))])


# 36 -------------------------------------------------------------------------
def reminder_html(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 2 else "en"
    p = ctx.pools.patient()
    dt = ctx.when()
    day = ctx.later(dt, 5, 30)
    T = ["patient_name", "patient_contact", "diagnosis"]
    if lang == "fr":
        html = (f"<html><body style=\"font-family:Segoe UI\">\n<p>{p.title_fr()} {p.full}<br>{p.address}</p>\n"
                f"<p>Bonjour,</p>\n<p>Nous vous confirmons votre rendez-vous au laboratoire du sommeil le "
                f"<b>{d_fr(day, 3)} à 20 h 30</b> pour une polysomnographie (évaluation d'apnée du sommeil).</p>\n"
                "<ul><li>Apportez vos médicaments et votre pyjama.</li><li>Évitez la caféine après midi.</li>"
                "<li>Cheveux propres, sans produit.</li></ul>\n"
                f"<p>Pour annuler : {CLINIC_PHONE}.</p>\n<p>{CLINIC}<br>{HOSP}</p>\n</body></html>\n")
        subj = ctx.pick(["Confirmation de rendez-vous - laboratoire du sommeil", "Votre rendez-vous au labo du sommeil"])
    else:
        html = (f"<html><body>\n<p>{p.title_en()} {p.full}<br>{p.address}</p>\n<p>This confirms your overnight "
                f"sleep study on <b>{d_en(day, 3)} at 8:30 pm</b> (assessment for sleep apnea).</p>\n"
                f"<p>To cancel call {CLINIC_PHONE}.</p>\n<p>{CLINIC_EN}, {HOSP_EN}</p>\n</body></html>\n")
        subj = "Sleep study appointment confirmation"
    return dict(cat="appointment_reminder_html", lang=lang, types=order_types(T),
                note="HTML-only appointment letter to patient with home address", subject=subj,
                **{"from": ("Clinique du sommeil", "clinique.sommeil@cisss-deuxrives.example")},
                to=[(p.full, p.email)], date=dt, text=None, html=html, mode="html")


# 37 -------------------------------------------------------------------------
def ohip_billing(ctx, k):
    r = ctx.rng
    p = ctx.pools.patient()
    num, vc = make_ohn(r)
    dt = ctx.when()
    rows = [["Date", "Patient", "No carte", "Code", "Diagnostic", "Montant", "Motif du refus"],
            [d_fr(ctx.earlier(dt, 30, 90), 1), p.rev, fmt_ohn(num, vc, 2), "08423", "G47.33 apnée obstructive",
             "412,50", "version de carte expirée"]]
    for _ in range(r.randrange(1, 3)):
        q = ctx.pools.patient()
        n2, v2 = make_ohn(r)
        rows.append([d_fr(ctx.earlier(dt, 30, 90), 1), q.rev, fmt_ohn(n2, v2, 2), "08420",
                     ctx.pick(["G47.33 apnée obstructive", "G47.4 narcolepsie", "G47.0 insomnie"]), "238,00",
                     ctx.pick(["date de naissance ne concorde pas", "couverture terminée"])])
    x = A.make_xlsx([("Refus", rows)], author="Facturation")
    body = [ctx.greet("fr"), "", "Voici les réclamations hors province refusées ce mois-ci. Pouvez-vous obtenir les "
            "numéros de version à jour auprès des patients?", "", "Danielle Pagé", "Facturation, " + "CISSS des Deux-Rives"]
    T = ["ca_health_number", "patient_name", "diagnosis"]
    return dict(cat="ohip_billing_xlsx", lang="fr", types=order_types(T),
                note="rejected out-of-province claims with Ontario numbers", subject="Refus RAMQ hors province",
                **{"from": ("Danielle Pagé", "danielle.page@cisss-deuxrives.example")}, to=[ctx.frm("bilodeau")],
                date=dt, text="\n".join(body),
                atts=[dict(kind="xlsx", data=x, filename=f"refus_hors_province_{dt.strftime('%Y%m')}.xlsx")])


# 38 -------------------------------------------------------------------------
def vendor_invoice_patient(ctx, k):
    r = ctx.rng
    p = ctx.pools.patient(ymin=1930, ymax=1960)
    dt = ctx.when()
    lang = "fr"
    lines = ["## Oxyvie Soins respiratoires - Facture", f"Facture no : OXV-{r.randrange(100000, 999999)}",
             f"Client : {p.full}", f"Adresse de service : {p.address}", f"Tél. : {p.phone}",
             "Programme : oxygénothérapie à domicile (MPOC)", "",
             "Location concentrateur 5 L - 1 mois ........ 189,00 $",
             "Cylindres portatifs E x 6 ................. 72,00 $",
             "Lunette nasale + tubulure 7 m ............. 14,50 $", "Total ....................................... 275,50 $"]
    pdf = A.make_pdf("Facture", lines, compress=True)
    body = [ctx.greet("fr", "archambault"), "", "Facture du mois pour le client en titre, couvert par le programme "
            "régional.", "", ctx.sig("sauve", "fr")]
    T = ["patient_name", "patient_contact", "diagnosis"]
    return dict(cat="vendor_invoice_patient", lang=lang, types=order_types(T),
                note="vendor invoice naming an oxygen patient with address", subject=f"Facture - {p.surname} {p.given}",
                **{"from": ctx.frm("sauve")}, to=[ctx.frm("archambault")], date=dt, text="\n".join(body),
                atts=[dict(kind="pdf", data=pdf, filename=f"Facture_OXV_{dt.strftime('%Y%m')}.pdf")])


# 39 -------------------------------------------------------------------------
def incident_report(ctx, k):
    r = ctx.rng
    p = ctx.pools.patient(ymin=1935, ymax=1960)
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    T = ["patient_name", "mrn", "diagnosis"]
    if lang == "fr":
        body = [ctx.greet("fr", "doucet"), "",
                f"Déclaration AH-223 faite pour {p.full} (dossier {fmt_mrn(p.mrn, 1)}) : chute vers 3 h 15 en se "
                "rendant à la toilette, électrodes en place, pas de perte de conscience. Patient connu Parkinson "
                "et hypotension orthostatique. Évalué par le résident de garde, radiographie du poignet négative.",
                "", ctx.sig("kerr", "fr")]
        subj = "Chute au labo cette nuit"
    else:
        body = [ctx.greet("en", "doucet"), "",
                f"Incident report filed for {p.full} (MRN {fmt_mrn(p.mrn, 0)}): fell at ~03:15 on the way to the "
                "bathroom, known Parkinson's with orthostatic hypotension. Seen by resident, wrist X-ray negative.",
                "", ctx.sig("kerr", "en")]
        subj = "Fall in the sleep lab overnight"
    return dict(cat="incident_report", lang=lang, types=order_types(T),
                note="incident report on a named patient's fall", subject=subj, **{"from": ctx.frm("kerr")},
                to=[ctx.frm("doucet")], cc=[ctx.frm("arsenault")], date=dt, text="\n".join(body))


# 40 -------------------------------------------------------------------------
def research_candidates(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lines = [ctx.greet("en", "okafor"), "", "Potential candidates for the positional therapy study from last month's "
             "HSATs (supine-predominant, REI 15-30):", ""]
    for _ in range(r.randrange(4, 7)):
        p = ctx.pools.patient()
        lines.append(f"- {p.given} {p.surname} - REI {round(r.uniform(15, 30), 1)}, supine {round(r.uniform(30, 55), 1)}, "
                     f"age {p.age()}")
    lines += ["", "I have not contacted anyone yet. Let me know who to approach.", "", ctx.sig("frechette", "en")]
    T = ["patient_name", "lab_result", "diagnosis"]
    return dict(cat="research_candidates", lang="en", types=order_types(T),
                note="named list of study candidates with REI values", subject="Positional study - candidates",
                **{"from": ctx.frm("frechette")}, to=[ctx.frm("okafor")], date=dt, text="\n".join(lines))


# 41 -------------------------------------------------------------------------
def mrn_roster(ctx, k):
    r = ctx.rng
    lang = "en" if k % 2 == 0 else "fr"
    dt = ctx.when()
    lines = [("Oximetry results to review:" if lang == "en" else "Oxymétries nocturnes à réviser :"), ""]
    for _ in range(r.randrange(4, 7)):
        p = ctx.pools.patient()
        t88 = r.randrange(2, 60)
        lines.append(f"{p.given[0]}.{p.surname[0]}. - {fmt_mrn(p.mrn, r.randrange(5))} - "
                     + (f"T88 {t88}%, nadir {r.randrange(72, 87)}% - {ctx.pick(['COPD', 'ILD', 'COPD+OSA?'])}"
                        if lang == "en" else
                        f"T88 {t88} %, nadir {r.randrange(72, 87)} % - {ctx.pick(['MPOC', 'MPI', 'MPOC+SAHOS?'])}"))
    lines += ["", ctx.sig("paradis", lang)]
    T = ["mrn", "lab_result", "diagnosis"]
    return dict(cat="mrn_roster", lang=lang, types=order_types(T),
                note="chart numbers with initials and oximetry values", subject=(
                    "Oximetries to review" if lang == "en" else "Oxymétries à réviser"),
                **{"from": ctx.frm("paradis")}, to=[ctx.frm("okafor")], date=dt, text="\n".join(lines))


# 42 -------------------------------------------------------------------------
def lowercase_note(ctx, k):
    r = ctx.rng
    p = ctx.pools.patient()
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    if lang == "fr":
        txt = ctx.pick([
            f"salut, {p.surname.lower()} {p.given.lower()} annule son titrage de ce soir, elle a la covid. je la remets dans 2 sem?",
            f"{p.given.lower()} {p.surname.lower()} a appelé, son appareil fait un bruit de moteur et elle a de la misère a respirer avec. peux tu la rappeler au {p.phone}",
            f"fyi {p.given.lower()} {p.surname.lower()} en ch 3 a fait une crise d'épilepsie a 2h, dr de garde avisé"])
        T = ["patient_name", "diagnosis"] + (["patient_contact"] if "rappeler" in txt else [])
    else:
        txt = ctx.pick([
            f"hey - {p.given.lower()} {p.surname.lower()} cancelled tonight's titration, has covid. rebook in 2 wks?",
            f"fyi {p.surname.lower()}, {p.given.lower()} in rm 3 had a seizure at 2am, resident aware"])
        T = ["patient_name", "diagnosis"]
    a = ctx.pick(["kerr", "giroux", "bilodeau"])
    return dict(cat="lowercase_quick_note", lang=lang, types=order_types(T),
                note="terse lower-case note naming a patient", subject=(ctx.pick(["", "ce soir", "fyi", "titrage"]) or "(sans objet)") if lang == "fr" else (
                    ctx.pick(["", "tonight", "fyi"]) or "(no subject)"),
                **{"from": ctx.frm(a)}, to=[ctx.frm("doucet")], date=dt, text=txt + "\n", mode="plain")


# 43 -------------------------------------------------------------------------
def docx_letter(ctx, k):
    r = ctx.rng
    p = ctx.pools.patient()
    dt = ctx.when()
    sfr, sen, iah = osa(r)
    paras = [f"{HOSP} - {CLINIC}", CLINIC_ADDR, "", d_fr(dt.date(), 0), "",
             f"{p.title_fr()} {p.full}", p.address, "",
             f"Objet : résultats de votre test du sommeil", "",
             f"{'Madame' if p.sex == 'F' else 'Monsieur'},",
             f"Votre test d'apnée à domicile montre un indice de {fr_num(iah)} événements par heure, ce qui correspond "
             f"à une apnée du sommeil de niveau {sfr}. Nous vous recommandons un traitement par PPC. "
             "Vous recevrez un appel de l'inhalothérapeute pour planifier l'essai.",
             "", "Veuillez agréer nos salutations distinguées.", ctx.who("vachon", "fr")]
    doc = A.make_docx("Lettre au patient", paras, author=ctx.who("rousseau", "fr", False))
    body = [ctx.greet("fr", "vachon"), "", "Lettre à signer, je l'envoie demain par la poste.", "",
            ctx.sig("rousseau", "fr")]
    T = ["patient_name", "patient_contact", "lab_result", "diagnosis"]
    return dict(cat="docx_patient_letter", lang="fr", types=order_types(T),
                note="result letter to patient in DOCX", subject="Lettre à signer",
                **{"from": ctx.frm("rousseau")}, to=[ctx.frm("vachon")], date=dt, text="\n".join(body),
                atts=[dict(kind="docx", data=doc, filename=f"Lettre_{_fn_name(p, r)}.docx")])


BUILDERS_B = [
    (ics_booking, 4), (waitlist_csv, 3), (vcard_patient, 2), (patient_mail, 4), (disability_sin, 3),
    (ontario_patient, 3), (belgian_patient, 3), (french_patient, 3), (subject_only, 4), (filename_only, 3),
    (reply_quoted, 4), (inline_forward, 3), (attached_eml, 3), (zip_reports, 2), (lab_followup, 2),
    (pediatric, 3), (social_work, 3), (discharge_summary, 2), (pharmacy_question, 2), (prescription_pdf, 3),
    (reminder_html, 3), (ohip_billing, 1), (vendor_invoice_patient, 2), (incident_report, 2),
    (research_candidates, 1), (mrn_roster, 2), (lowercase_note, 2), (docx_letter, 2),
]
