"""Positive templates, part C: leaks carried by structure (subject, file name,
calendar, vCard, spreadsheets, ZIP, quoted history) and foreign identifiers."""
import datetime as dt

import gen_common as C
import gen_data as D
import gen_files as F
import gen_ids as I
import gen_mime as M
from gen_pos_a import _spec, nam_label, _colon, oat

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- 21 subject-only leak
def subject_only(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented(lang)
    frm = C.st(rng.choice(["Restrepo", "Lavoie", "Brisebois", "Goldberg"]))
    to = C.st(rng.choice(["Vachon", "Haddad", "Lavoie", "Benali"]))
    nm = I.name(rng, p, lang, rng.choice(["full", "surname_first", "lower", "title", "initial"]))
    if lang == "fr":
        subj, t = rng.choice([
            (f"{nm} – syphilis latente tardive, Bicillin #2 jeudi", {"diagnosis", "medication"}),
            (f"RDV Sublocade – {nm}", {"medication"}),
            (f"{nm} PrEP renouvellement + chlamydia +", {"medication", "diagnosis"}),
            (f"{nm} : méthadone 90 mg, doses manquées x4", {"medication"}),
            (f"Abcès bras – {nm} – à voir demain", {"diagnosis"}),
            (f"{nm} / VHC ARN détectable post-tx", {"diagnosis", "lab_result"}),
        ])
        body = rng.choice(["Voir le dossier, merci.", "Peux-tu " + I.e(p, 'le', 'la') + " rappeler?", "Ok pour toi?", "Voir objet.",
                           "Merci de confirmer.", "", "Je m'en occupe demain sinon."])
    else:
        subj, t = rng.choice([
            (f"{nm} - late latent syphilis, Bicillin #2 Thursday", {"diagnosis", "medication"}),
            (f"Sublocade appt – {nm}", {"medication"}),
            (f"{nm} PrEP refill + chlamydia positive", {"medication", "diagnosis"}),
            (f"{nm}: methadone 90 mg, missed 4 doses", {"medication"}),
            (f"{nm} / HCV RNA detectable after tx", {"diagnosis", "lab_result"}),
        ])
        body = rng.choice(["See chart, thanks.", "Can you call them back?", "OK with you?", "See subject.", "",
                           "I'll handle it tomorrow otherwise."])
    body = (body + "\n\n" + C.signature(rng, frm, lang)).strip()
    return _spec("subject_only", lang, subj, frm.who(lang), [to.who(lang)], body, {"patient_name"} | t,
                 "leak only in the Subject line")


# ---------------------------------------------------------------- 22 file-name-only leak
def filename_only(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented(lang)
    frm = C.st(rng.choice(["Restrepo", "Nolet", "Kaba"]))
    to = C.st(rng.choice(["Haddad", "Vachon", "Goldberg"]))
    d = I.past_day(rng, 1, 10)
    stem, t = rng.choice([
        (f"VIH_CV_{p['surname']}_{p['given']}_{d:%Y-%m-%d}", {"diagnosis", "lab_result"}),
        (f"{p['surname']} {p['given']} - résultat syphilis positif" if lang == "fr" else f"{p['surname']} {p['given']} - syphilis positive", {"diagnosis", "lab_result"}),
        (f"Ordonnance_methadone_{p['surname']}{p['given'][0]}", {"medication"}),
        (f"{p['given']}_{p['surname']}_abces_photo" if lang == "fr" else f"{p['given']}_{p['surname']}_abscess_photo", {"diagnosis"}),
        (f"PrEP_{p['surname']}-{p['given']}_renouvellement", {"medication"}),
    ])
    if "photo" in stem or rng.random() < 0.5:
        name, ctype, data = stem + rng.choice([".png", ".PNG"]), "image/png", F.make_png(seed=rng.randrange(200))
    else:
        name, ctype, data = stem + ".pdf", "application/pdf", F.make_pdf(
            "Document numérisé", ["Page 1 / 1", "Numérisé par : MFP-2e-étage", f"{d.isoformat()} 10:14"])
    body = (rng.choice(["Ci-joint.", "Voici le document demandé.", "Scan en pièce jointe.", "Voir PJ."]) if lang == "fr"
            else rng.choice(["Attached.", "Here's the document you asked for.", "Scan attached.", "See attachment."]))
    body += "\n\n" + C.signature(rng, frm, lang)
    subj = rng.choice(["Document", "Scan", "PJ", "Numérisation"] if lang == "fr" else ["Document", "Scan", "attachment"])
    return _spec("filename_only", lang, subj, frm.who(lang), [to.who(lang)], body, {"patient_name"} | t,
                 "leak only in the attachment file name",
                 atts=[{"name": name, "ctype": ctype, "data": data}])


# ---------------------------------------------------------------- 23 ICS appointment
def ics_appointment(ctx, lang):
    rng = ctx.rng
    holder = rng.random() < 0.4
    p = ctx.people.holder("adult") if holder else ctx.people.invented(lang)
    frm = C.st(rng.choice(["Restrepo", "Ducharme"]))
    to = C.st(rng.choice(["Lavoie", "Goldberg", "Raman"]))
    day = I.future_day(rng, 2, 20)
    start = dt.datetime(day.year, day.month, day.day, rng.choice([8, 9, 10, 13, 14]), rng.choice([0, 30]))
    end = start + dt.timedelta(minutes=30)
    types = {"patient_name"}
    nams = []
    if lang == "fr":
        what, t = rng.choice([("Injection Sublocade 300 mg", {"medication"}), ("FibroScan – suivi VHC", {"diagnosis"}),
                              ("Début Epclusa + enseignement", {"medication"}), ("Traitement syphilis (Bicillin)", {"diagnosis", "medication"}),
                              ("Induction buprénorphine", {"medication"})])
        desc = f"Patient{I.e(p, '', 'e')} : {p['given']} {p['surname']}\nTél. : {p['phone']}"
    else:
        what, t = rng.choice([("Sublocade 300 mg injection", {"medication"}), ("FibroScan - HCV follow-up", {"diagnosis"}),
                              ("Start Epclusa + teaching", {"medication"}), ("Syphilis treatment (Bicillin)", {"diagnosis", "medication"})])
        desc = f"Patient: {p['given']} {p['surname']}\nPhone: {p['phone']}"
    types |= t | {"patient_contact"}
    if holder:
        desc += f"\n{_colon(nam_label(rng, lang))} {I.disguise_nam(rng, p['nam'], allow_fancy=False)}"
        types.add("ramq_nam")
        nams = [p["nam"]]
    summary = f"{what} – {p['surname']}, {p['given']}"
    ics = F.make_ics(f"{rng.randrange(10**9)}@{D.ORG_DOMAIN}", start, end, summary, desc,
                     location=("Salle 2, " if lang == "fr" else "Room 2, ") + D.ORG_FR, organizer=(frm.full, frm.addr),
                     attendees=[(to.full, to.addr)])
    body = (f"{rng.choice(['Invitation : ', 'RDV ajouté à ton agenda : ', ''])}{what}\n{I.fmt_day(day, 'fr')} {start:%H:%M}\n\n{frm.given}"
            if lang == "fr" else f"{rng.choice(['Invitation: ', 'Added to your calendar: ', ''])}{what}\n{I.fmt_day(day, 'en')} {start:%H:%M}\n\n{frm.given}")
    subj = ("Invitation : " if lang == "fr" else "Invitation: ") + what + rng.choice(["", f" ({p['surname']})"])
    s = _spec("ics_appointment", lang, subj, frm.who(lang), [to.who(lang)], body, types,
              "calendar invitation for a care appointment naming the patient",
              atts=[{"name": "invite.ics", "ctype": "text/calendar; method=REQUEST", "data": ics, "cte": "base64"}])
    s["nams"] = nams
    return s


# ---------------------------------------------------------------- 24 vCard
def vcard(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented(lang)
    frm = C.st(rng.choice(["Lacasse", "Kaba", "Diallo", "Fitzgerald"]))
    to = C.st(rng.choice(["Lavoie", "Benali", "Brisebois"]))
    med, dose = oat(rng, lang)
    note = (f"Client SCS. TAO {med} {dose} à la {D.PHARM[0][0]}. Hébergé au Refuge Clair-Matin. Contact d'urgence : sa mère."
            if lang == "fr" else f"SCS client. OAT {med} {dose} at {D.PHARM[3][0]}. Staying at Refuge Clair-Matin.")
    vcf = F.make_vcf(p["given"], p["surname"], tel=p["phone"], email=p["email"] if rng.random() < 0.5 else None,
                     adr=p["address"] if rng.random() < 0.4 else None, note=note)
    body = (f"{C.greet(rng, lang, to.given)}\n\n" + (rng.choice(["Voici le contact de la personne dont je te parlais.", "Sa fiche contact, pour le rappel."])
            if lang == "fr" else rng.choice(["Here's the contact for the person I mentioned.", "Contact card for the callback."]))
            + f"\n\n{frm.given}")
    return _spec("vcard", lang, "Contact" if rng.random() < 0.5 else ("Fiche contact" if lang == "fr" else "Contact card"),
                 frm.who(lang), [to.who(lang)], body,
                 {"patient_name", "patient_contact", "medication", "social_information"},
                 "vCard of a client with OAT and shelter note",
                 atts=[{"name": f"{p['given']} {p['surname']}.vcf", "ctype": "text/vcard", "data": vcf}])


# ---------------------------------------------------------------- 25 CSV export
def _cohort(ctx, lang, n_hold, n_inv):
    rng = ctx.rng
    people = [ctx.people.holder("adult") for _ in range(n_hold)] + [ctx.people.invented(lang) for _ in range(n_inv)]
    rng.shuffle(people)
    return people


def csv_export(ctx, lang):
    rng = ctx.rng
    people = _cohort(ctx, lang, rng.randrange(2, 5), rng.randrange(3, 7))
    frm = C.st(rng.choice(["Côté", "Restrepo", "Nolet"]))
    to = C.st(rng.choice(["Goldberg", "Haddad", "Ducharme"]))
    kind = rng.choice(["prep", "vhc"])
    if lang == "fr":
        hdr = ["Nom", "Prénom", "NAM", "DDN", "Dernier VIH", "Créatinine", "Prochaine visite"] if kind == "prep" else \
            ["Nom", "Prénom", "NAM", "DDN", "ARN VHC", "Génotype", "Traitement"]
    else:
        hdr = ["Last name", "First name", "RAMQ", "DOB", "Last HIV test", "Creatinine", "Next visit"] if kind == "prep" else \
            ["Last name", "First name", "RAMQ", "DOB", "HCV RNA", "Genotype", "Treatment"]
    rows = [hdr]
    nams = []
    for p in people:
        nam = p["nam"] or ""
        if nam:
            nams.append(nam)
        if kind == "prep":
            rows.append([p["surname"], p["given"], nam, p["dob"].isoformat(), I.past_day(rng, 10, 90).isoformat(),
                         rng.randrange(60, 120), I.future_day(rng, 5, 90).isoformat()])
        else:
            rows.append([p["surname"], p["given"], nam, p["dob"].isoformat(),
                         rng.choice(["1,2E6", "non détecté", "45 000", "3,8E5"]), rng.choice(["1a", "3a", "2", "1b"]),
                         rng.choice(["Epclusa sem. 4", "Maviret terminé", "à débuter", "RVS12 ok"])])
    enc = rng.choice(["utf-8", "cp1252"])
    data = F.make_csv(rows, delimiter=rng.choice([";", ","]), encoding=enc, bom=(enc == "utf-8" and rng.random() < 0.5))
    fname = rng.choice([f"export_{kind}_{D.REF_DATE:%Y-%m}.csv", f"liste_{kind}.csv", f"{kind.upper()}_cohorte.csv"])
    body = (f"{C.greet(rng, lang, to.given)}\n\n" + (f"Voici l'extraction demandée ({len(people)} personnes)." if lang == "fr"
            else f"Here is the export you asked for ({len(people)} people).") + f"\n\n{C.signature(rng, frm, lang)}")
    types = {"patient_name", "ramq_nam", "date_of_birth", "lab_result", "medication" if kind == "prep" else "diagnosis"}
    if kind == "vhc":
        types.add("medication")
    s = _spec("csv_export", lang, rng.choice(["Extraction", "Export liste", "Liste à jour"] if lang == "fr" else ["Export", "Updated list"]),
              frm.who(lang), [to.who(lang)], body, types, "CSV export of a PrEP/HCV cohort with NAMs",
              atts=[{"name": fname, "ctype": "text/csv", "data": data}])
    s["nams"] = nams
    return s


# ---------------------------------------------------------------- 26 XLSX roster
def xlsx_roster(ctx, lang):
    rng = ctx.rng
    people = _cohort(ctx, lang, rng.randrange(2, 4), rng.randrange(4, 8))
    frm = C.st(rng.choice(["Lavoie", "Ducharme", "Côté"]))
    to = C.st(rng.choice(["Charbonneau", "Vachon", "Dumont"]))
    hdr = (["Dossier", "Nom", "NAM", "Molécule", "Dose (mg)", "Pharmacie", "Dernier dépistage urinaire"] if lang == "fr"
           else ["Chart", "Name", "RAMQ", "Drug", "Dose (mg)", "Pharmacy", "Last UDS"])
    rows = [hdr]
    nams = []
    for p in people:
        med, dose = oat(rng, lang)
        rows.append([p["mrn"], f"{p['surname'].upper()}, {p['given']}", p["nam"] or "", med.split(" ")[0],
                     int(dose.split(" ")[0]), rng.choice(D.PHARM)[0],
                     rng.choice(["fentanyl +", "négatif" if lang == "fr" else "negative", "méthamph. +" if lang == "fr" else "meth +", "cocaïne +" if lang == "fr" else "cocaine +"])])
        if p["nam"]:
            nams.append(p["nam"])
    data = F.make_xlsx([("TAO" if lang == "fr" else "OAT", rows),
                        ("Notes", [["Mise à jour" if lang == "fr" else "Updated", D.REF_DATE.isoformat()]])])
    fname = rng.choice(["Liste_TAO_mars.xlsx", "liste patients TAO.xlsx", "OAT_roster.xlsx", "Suivi_doses_2025.xlsx"])
    body = (f"{C.greet(rng, lang, to.given)}\n\n" + (rng.choice(["Liste à jour des patients TAO, en pièce jointe.", "Voici le fichier pour la réunion de jeudi."])
            if lang == "fr" else rng.choice(["Updated OAT list attached.", "File for Thursday's meeting."])) + f"\n\n{C.signature(rng, frm, lang)}")
    s = _spec("xlsx_roster", lang, rng.choice(["Liste TAO", "Fichier suivi doses"] if lang == "fr" else ["OAT list", "Dose tracking file"]),
              frm.who(lang), [to.who(lang)], body,
              {"patient_name", "ramq_nam", "mrn", "medication", "lab_result"}, "XLSX roster of OAT patients",
              atts=[{"name": fname, "ctype": XLSX, "data": data}])
    s["nams"] = nams
    return s


# ---------------------------------------------------------------- 27 ZIP bundle
def zip_bundle(ctx, lang):
    rng = ctx.rng
    p = ctx.people.holder("adult")
    others = [ctx.people.invented(lang) for _ in range(3)]
    frm = C.st("Nolet")
    to = ("Archives – CLSC", "archives@clsc-plateau.example")
    med, dose = oat(rng, lang)
    lines = [f"{'Nom' if lang == 'fr' else 'Name'} : {p['surname']}, {p['given']}", f"NAM : {p['nam']}",
             f"{'DDN' if lang == 'fr' else 'DOB'} : {p['dob'].isoformat()}",
             f"TAO : {med} {dose}", ("Diagnostics : TUO sévère; VHC traité (RVS 2024)" if lang == "fr"
                                     else "Diagnoses: severe OUD; HCV treated (SVR 2024)")]
    pdf = F.make_pdf("Sommaire de transfert" if lang == "fr" else "Transfer summary", lines, header=D.ORG_FR)
    csvrows = [["nom", "prenom", "dossier", "motif"]] + [[o["surname"], o["given"], o["mrn"],
                                                         rng.choice(["TAO", "PrEP", "VHC", "ITSS"])] for o in others]
    members = [(f"transfert/{p['surname']}_{p['given']}.pdf", pdf), ("transfert/liste.csv", F.make_csv(csvrows))]
    data = F.make_zip(members)
    body = (f"{C.greet(rng, lang)}\n\n" + ("Transfert de dossiers suite au déménagement des usagers (mot de passe envoyé par texto)."
            if lang == "fr" else "Records transfer for clients who moved (password sent by text).") + f"\n\n{C.signature(rng, frm, lang)}")
    s = _spec("zip_bundle", lang, "Transfert de dossiers" if lang == "fr" else "Records transfer", frm.who(lang), [to], body,
              {"patient_name", "ramq_nam", "date_of_birth", "medication", "diagnosis", "mrn"},
              "ZIP with transfer summary PDF and CSV list",
              atts=[{"name": rng.choice(["transfert_dossiers.zip", "dossiers.zip", "transfer.zip"]), "ctype": "application/zip", "data": data}])
    s["nams"] = [p["nam"]]
    return s


# ---------------------------------------------------------------- 28 quoted reply
def quoted_reply(ctx, lang):
    rng = ctx.rng
    holder = rng.random() < 0.5
    p = ctx.people.holder("adult") if holder else ctx.people.invented(lang)
    a = C.st(rng.choice(["Lavoie", "Goldberg", "Haddad", "Vachon"]))
    b = C.st(rng.choice(["Restrepo", "Ducharme", "Raman", "Benali"]))
    types = {"patient_name"}
    nams = []
    idl = ""
    if holder:
        idl = f"{_colon(nam_label(rng, lang))} {I.disguise_nam(rng, p['nam'])}\n"
        types.add("ramq_nam")
        nams = [p["nam"]]
    if rng.random() < 0.5:
        idl += (f"DDN : {I.fmt_date(rng, p['dob'], lang)}\n" if lang == "fr" else f"DOB: {I.fmt_date(rng, p['dob'], lang)}\n")
        types.add("date_of_birth")
    if lang == "fr":
        req, t = rng.choice([
            ("Pourrais-tu booker un FibroScan pour {n}? VHC chronique, ARN 2,1 x 10^6, on veut débuter le traitement.", {"diagnosis", "lab_result"}),
            ("Peux-tu organiser un transport adapté pour {n} mardi? {p} doit venir pour sa Sublocade et n'a plus de domicile depuis la fermeture du campement.", {"medication", "social_information"}),
            ("{n} a manqué son RDV de suivi syphilis (RPR de contrôle). Peux-tu relancer?", {"diagnosis"}),
            ("Merci de mettre {n} sur la liste d'attente iOAT (hydromorphone injectable), échec méthadone et bup.", {"medication", "diagnosis"}),
        ])
        prev = f"Bonjour,\n\n{req.format(n=I.name(rng, p, 'fr'), p=I.e(p, 'il', 'elle'))}\n{idl}\nMerci!\n{a.given}"
        top = rng.choice(["C'est fait, merci!", "Ok parfait, je m'en occupe.", "Oui, c'est booké pour le 25.", "👍 fait"])
        subj = rng.choice(["RE: demande", "RE: petite demande", "RÉP : RDV", "RE: suivi"])
    else:
        req, t = rng.choice([
            ("Could you book a FibroScan for {n}? Chronic HCV, RNA 2.1 x 10^6, want to start treatment.", {"diagnosis", "lab_result"}),
            ("Can you set up a transport for {n} Tuesday? Needs to come for Sublocade and has been homeless since the camp was cleared.", {"medication", "social_information"}),
            ("{n} missed the syphilis follow-up (repeat RPR). Can you reach out?", {"diagnosis"}),
        ])
        prev = f"Hi,\n\n{req.format(n=I.name(rng, p, 'en'))}\n{idl}\nThanks!\n{a.given}"
        top = rng.choice(["Done, thanks!", "OK, on it.", "Booked for the 25th.", "👍 done"])
        subj = rng.choice(["RE: request", "RE: quick ask", "Re: booking"])
    types |= t
    body = C.reply_body(rng, top + "\n\n" + b.given, prev, f"{a.full} <{a.addr}>", subj.split(": ", 1)[-1].split(" : ", 1)[-1], lang)
    s = _spec("quoted_reply", lang, subj, b.who(lang), [a.who(lang)], body, types,
              "bland reply whose quoted history carries the patient details", reply_to_id=f"q{rng.randrange(10**7)}")
    s["nams"] = nams
    return s


# ---------------------------------------------------------------- 29 Ontario health number
def ontario_patient(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented(lang)
    num, vc = I.make_ohip(rng)
    ph = C.st("O'Brien" if lang == "en" else "Charbonneau")
    doc = C.st(rng.choice(["Vachon", "Lemieux"]))
    med, dose = oat(rng, lang)
    types = {"patient_name", "ca_health_number", "medication", "date_of_birth"}
    if lang == "fr":
        subj = rng.choice(["Patient de l'Ontario – dépannage TAO", "Dose de dépannage – carte OHIP"])
        body = (f"{C.greet(rng, 'fr', doc.short('fr'))}\n\nJ'ai au comptoir {I.name(rng, p, 'fr')}, résident{I.e(p, '', 'e')} d'Ottawa, "
                f"de passage à Montréal (funérailles). Carte Santé Ontario : {I.fmt_ohip(rng, num, vc)}, DDN {p['dob'].isoformat()}.\n"
                f"Sa pharmacie à Ottawa confirme {med} {dose}, dernière dose hier. Pourriez-vous autoriser 3 doses de dépannage?\n\n"
                f"{C.signature(rng, ph, 'fr')}")
    else:
        subj = rng.choice(["Ontario patient – bridging OAT", "Bridge doses – OHIP card", "Visitor from Ottawa needs dosing"])
        body = (f"{C.greet(rng, 'en', doc.short('en'))}\n\nI have {I.name(rng, p, 'en')} at the counter, lives in Ottawa, in "
                f"Montreal for a funeral. OHIP {I.fmt_ohip(rng, num, vc)}, DOB {I.fmt_date(rng, p['dob'], 'en')}.\n"
                f"Home pharmacy confirms {med} {dose}, last dose yesterday. Can you authorize 3 bridging doses?\n\n"
                f"{C.signature(rng, ph, 'en')}")
    s = _spec("ontario_patient", lang, subj, ph.who(lang), [doc.who(lang)], body, types,
              "Ontario health number with OAT bridging request")
    s["ids"] = {"ca_health_number": [num]}
    return s


# ---------------------------------------------------------------- 30 French tourist (NIR)
def french_tourist(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented("fr", min_age=20, max_age=45)
    num = I.make_nir(rng, p["dob"], p["sex"])
    doc = C.st(rng.choice(["Haddad", "Goldberg"]))
    to = C.st(rng.choice(["Restrepo", "Tessier"]))
    types = {"patient_name", "fr_nir", "medication", "lab_result"}
    if lang == "fr":
        subj = rng.choice(["PPE – touriste française, facturation", "Facturation hors Québec – PPE", "Patient France – PPE"])
        body = (f"{C.greet(rng, 'fr', to.given)}\n\nPour la facturation (convention France-Québec) : {I.name(rng, p, 'fr')}, "
                f"NIR {I.fmt_nir(rng, num)}, vu{I.e(p, '', 'e')} hier pour une PPE après exposition sexuelle. "
                f"Bilan initial : VIH nég., créatinine {rng.randrange(60, 100)}. Prescription : ténofovir/emtricitabine + "
                f"dolutégravir x 28 jours. {I.e(p, 'Il', 'Elle')} repart à Lyon le {I.fmt_date(rng, I.future_day(rng, 3, 10), 'fr', 'long')}.\n\n"
                f"{C.signature(rng, doc, 'fr')}")
    else:
        subj = rng.choice(["PEP – French visitor, billing", "Out-of-country billing – PEP"])
        body = (f"{C.greet(rng, 'en', to.given)}\n\nFor billing: {I.name(rng, p, 'en')}, French social security number (NIR) "
                f"{I.fmt_nir(rng, num)}, seen yesterday for PEP after a sexual exposure. Baseline HIV negative, creatinine "
                f"{rng.randrange(60, 100)}. Rx: TDF/FTC + dolutegravir x 28 days. Flies back to Lyon next week.\n\n{C.signature(rng, doc, 'en')}")
    s = _spec("french_tourist", lang, subj, doc.who(lang), [to.who(lang)], body, types,
              "French visitor's NIR with PEP prescription")
    s["ids"] = {"fr_nir": [num]}
    return s


# ---------------------------------------------------------------- 31 Belgian student (NISS)
def belgian_student(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented("fr", min_age=19, max_age=29)
    num = I.make_niss(rng, p["dob"], p["sex"])
    nurse = C.st(rng.choice(["Beaulieu", "Goldberg"]))
    to = C.st(rng.choice(["Restrepo", "Haddad"]))
    types = {"patient_name", "be_niss", "date_of_birth"}
    if lang == "fr":
        what, t = rng.choice([("début de PrEP (Truvada générique) ; bilan VIH/ITSS négatif", {"medication", "lab_result"}),
                              ("syphilis primaire (chancre), Bicillin 2,4 M UI donnée", {"diagnosis", "medication"})])
        body = (f"{C.greet(rng, 'fr', to.given)}\n\nÉtudiant{I.e(p, '', 'e')} en échange (UQAM), assurance belge (mutualité) : "
                f"{p['given']} {p['surname']}, né{I.e(p, '', 'e')} le {I.fmt_date(rng, p['dob'], 'fr', 'long')}, "
                f"NISS {I.fmt_niss(rng, num)}.\nVisite d'aujourd'hui : {what}.\nPeux-tu préparer le reçu détaillé pour sa mutuelle?\n\n"
                f"{C.signature(rng, nurse, 'fr')}")
        subj = rng.choice(["Reçu pour mutuelle belge", "Étudiant belge – facture", "Facturation étudiant étranger"])
    else:
        what, t = rng.choice([("PrEP start; HIV/STI baseline negative", {"medication", "lab_result"}),
                              ("primary syphilis, Bicillin 2.4 MU given", {"diagnosis", "medication"})])
        body = (f"{C.greet(rng, 'en', to.given)}\n\nExchange student (Concordia) with Belgian insurance: {p['given']} {p['surname']}, "
                f"DOB {I.fmt_date(rng, p['dob'], 'en')}, national number {I.fmt_niss(rng, num)}.\nToday's visit: {what}.\n"
                f"Can you prepare the itemized receipt for the mutual insurer?\n\n{C.signature(rng, nurse, 'en')}")
        subj = rng.choice(["Receipt for Belgian insurer", "Belgian student – invoice"])
    s = _spec("belgian_student", lang, subj, nurse.who(lang), [to.who(lang)], body, types | t,
              "Belgian NISS with STI/PrEP visit")
    s["ids"] = {"be_niss": [num]}
    return s


# ---------------------------------------------------------------- 32 MRN only
def mrn_only(ctx, lang):
    rng = ctx.rng
    mrns = [I.make_mrn(rng, rng.choice(["H7", "dash"])) for _ in range(rng.randrange(1, 4))]
    frm = C.st(rng.choice(["Zerrouki", "Nolet", "Nguyen"]))
    to = C.st(rng.choice(["Haddad", "Goldberg"]))
    if lang == "fr":
        items = [f"Dossier {m} : {rng.choice(['RPR 1:64, TPPA + → syphilis non traitée', 'TAAN gonorrhée + (gorge), souche résistante à la céfixime', 'ARN VHC détectable 12 sem. post-tx (rechute?)', 'CV VIH 12 400, arrêt du TAR?'])}"
                 for m in mrns]
        body = f"{C.greet(rng, 'fr', to.short('fr'))}\n\nRésultats critiques à traiter :\n" + "\n".join(items) + \
            f"\n\nMerci de confirmer la prise en charge.\n{C.signature(rng, frm, 'fr')}"
        subj = rng.choice(["Résultats critiques", "Résultats à traiter", "Labo – à traiter"])
    else:
        items = [f"Chart {m}: {rng.choice(['RPR 1:64, TPPA + = untreated syphilis', 'Pharyngeal gonorrhea NAAT +, cefixime-resistant', 'HCV RNA detectable 12 wk post-tx (relapse?)', 'HIV VL 12,400 - off ART?'])}"
                 for m in mrns]
        body = f"{C.greet(rng, 'en', to.short('en'))}\n\nCritical results to action:\n" + "\n".join(items) + \
            f"\n\nPlease confirm follow-up.\n{C.signature(rng, frm, 'en')}"
        subj = rng.choice(["Critical results", "Results to action"])
    return _spec("mrn_only", lang, subj, frm.who(lang), [to.who(lang)], body, {"mrn", "diagnosis", "lab_result"},
                 "chart numbers with results, no names")


# ---------------------------------------------------------------- 33 RAMQ exception drug form
def exception_med_form(ctx, lang):
    rng = ctx.rng
    p = ctx.people.holder("adult")
    doc = C.st(rng.choice(["Raman", "Vachon", "Haddad"]))
    to = C.st("Tessier")
    geno = rng.choice(["1a", "3a", "2"])
    lines = [f"Nom de la personne assurée : {p['surname']}, {p['given']}", f"NAM : {p['nam']}",
             f"Date de naissance : {p['dob'].isoformat()}  Sexe : {p['sex']}",
             "Médicament demandé : sofosbuvir/velpatasvir 400/100 mg (Epclusa)",
             f"Indication : hépatite C chronique, génotype {geno}", f"ARN VHC : {rng.randrange(100, 9000)} 000 UI/mL",
             f"Fibrose : {rng.choice(['F0-F1', 'F2', 'F3', 'F4'])}", "Durée : 12 semaines",
             f"Prescripteur : {doc.titled('fr')}"]
    pdf = F.make_pdf("Demande d'autorisation – médicament d'exception", lines, header="Formulaire 3000-xx (copie)")
    body = (f"{C.greet(rng, 'fr', to.given)}\n\n{rng.choice(['Voici la demande d’autorisation remplie.', 'Formulaire complété ci-joint, peux-tu le transmettre?'])} "
            f"Pour {I.name(rng, p, 'fr', rng.choice(['full', 'title']))}.\n\n{C.signature(rng, doc, 'fr')}")
    s = _spec("exception_med_form", lang, rng.choice(["Médicament d'exception – Epclusa", "Demande RAMQ VHC"]), doc.who(lang),
              [to.who(lang)], body, {"patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication", "lab_result"},
              "completed RAMQ exception-drug form PDF",
              atts=[{"name": rng.choice(["demande_exception.pdf", f"Epclusa_{p['surname']}.pdf"]), "ctype": "application/pdf", "data": pdf}])
    s["nams"] = [p["nam"]]
    return s


# ---------------------------------------------------------------- 34 call-back list
def callback_list(ctx, lang):
    rng = ctx.rng
    pts = [ctx.people.invented(lang) for _ in range(rng.randrange(3, 6))]
    frm = C.st(rng.choice(["Goldberg", "Nguyen", "Beaulieu"]))
    to = C.st(rng.choice(["Restrepo", "Diallo", "Lavoie"]))
    res_fr = ["chlamydia +", "gonorrhée +", "syphilis (RPR 1:16)", "VHC Ac +", "chlamydia + (rectal)"]
    res_en = ["chlamydia +", "gonorrhea +", "syphilis (RPR 1:16)", "HCV Ab +", "rectal chlamydia +"]
    rows = [(I.name(rng, q, lang, rng.choice(["full", "surname_first", "lower"])), q["phone"],
             rng.choice(res_fr if lang == "fr" else res_en)) for q in pts]
    hdr = ["Nom", "Téléphone", "Résultat"] if lang == "fr" else ["Name", "Phone", "Result"]
    intro = ("Liste des rappels à faire aujourd'hui (résultats positifs, RDV de traitement à offrir) :" if lang == "fr"
             else "Call-backs for today (positive results, offer a treatment visit):")
    text = f"{C.greet(rng, lang, to.given)}\n\n{intro}\n\n" + "\n".join(f"{a} | {b} | {c}" for a, b, c in rows) + \
        f"\n\n{C.signature(rng, frm, lang)}"
    html = None
    if rng.random() < 0.5:
        html = (f"<html><body><p>{M.html_escape(C.greet(rng, lang, to.given))}</p><p>{M.html_escape(intro)}</p>"
                + M.html_table(rows, hdr, entities=rng.random() < 0.5) + f"<p>{M.html_escape(frm.given)}</p></body></html>\n")
    return _spec("callback_list", lang, rng.choice(["Rappels du jour", "À rappeler", "Liste rappels ITSS"] if lang == "fr"
                                                   else ["Today's call-backs", "Call-back list"]),
                 frm.who(lang), [to.who(lang)], text, {"patient_name", "patient_contact", "diagnosis", "lab_result"},
                 "call-back list of positive STI results with phones", html=html)
