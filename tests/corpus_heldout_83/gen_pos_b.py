"""Positive (confidential) builders, part B: contact cards, subject/file-name leaks, replies, forwards,
foreign identifiers, youth protection, rosters, nuclear medicine, incidents."""
import datetime as _dt

from gen_common import (T, HOSP, HOSP_EN, CLINIC, CLINIC_EN, HDOM, CDOM, CHU, CHUDOM, GMF, GMFDOM,
                        HOSP_ADDR, CLINIC_ADDR, fdate, fday, fmt_nam, fmt_name, fmt_sin, fmt_ohip, fmt_niss,
                        fmt_nir, sig, strip_accents)
from gen_clinical import FINDINGS, MEDS
from gen_mime import (make_pdf, make_docx, make_xlsx, csv_text, make_ics, make_vcf, make_zip, make_png,
                      make_scan_pdf, render)
from gen_util import greet, close, body, spec, who, quote, outlook_quote, sdate
from gen_pos_a import finding, report_block, NAM_STYLES


# ---------------------------------------------------------------- P20 vCard of a patient
def p_vcard(ctx, lang, i):
    p = ctx.patient(lang, sex="F", age_range=(45, 75))
    clerk, nurse = ctx.st("clerk"), ctx.st("nurse")
    d = ctx.when()
    ph, ph2 = ctx.phone(), ctx.phone()
    addr = ctx.address()
    note = T(lang, "Suivi BI-RADS 4 – biopsie à planifier. Préfère être appelée après 16 h sur le cellulaire. Très anxieuse.",
             "BI-RADS 4 follow-up – biopsy to schedule. Prefers calls after 4 p.m. on her cell. Very anxious.")
    vcf = make_vcf(p.given, p.surname, tels=[("HOME", ph), ("CELL", ph2)], emails=[ctx.email_personal(p)],
                   adr=addr.replace(",", ";", 1), note=note)
    types = {"patient_name", "patient_contact", "diagnosis"}
    paras = [T(lang, f"Je te transfère la fiche de {fmt_name(p, 'title_full', lang)} pour le rappel de la biopsie.",
               f"Forwarding {fmt_name(p, 'title_full', lang)}'s contact card for the biopsy call-back."),
             T(lang, "Elle a appelé deux fois aujourd'hui, voir la note dans la fiche.", "She called twice today, see the note in the card.")]
    txt = body(ctx, lang, clerk, paras, short_sig=True, greeting=greet(ctx, lang, nurse.given))
    s = spec(ctx, lang, "vcard_patient", "patient vCard with phones, address and follow-up note", who(clerk, lang), [(nurse.full, nurse.addr())],
             T(lang, "Coordonnées patiente – rappel biopsie", "Patient contact – biopsy call-back"), txt,
             atts=[dict(filename=f"{strip_accents(p.given)} {strip_accents(p.surname)}.vcf", ctype="text/vcard", data=vcf)], date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P21 subject-only leak
def p_subject_only(ctx, lang, i):
    f = finding(ctx, keys=["dissection", "stroke", "nodule", "ms", "sdh", "appendicitis"])
    p = ctx.patient(lang)
    rad, md = ctx.st("radiologist"), ctx.st("md")
    d = ctx.when()
    nm = fmt_name(p, ["upper_last", "last_first", "lower"][i % 3], lang)
    short = {"dissection": T(lang, "? dissection aortique", "? aortic dissection"), "stroke": T(lang, "AVC M1 G", "L M1 stroke"),
             "nodule": T(lang, "nodule LSD suspect", "suspicious RUL nodule"), "ms": T(lang, "SEP probable", "probable MS"),
             "sdh": T(lang, "HSD aigu", "acute SDH"), "appendicitis": T(lang, "appendicite", "appendicitis")}[f[0]]
    subj = ctx.choice([f"{f[1]} – {nm} – {short}", f"{nm} : {short}", f"RE: {nm} ({short})"])
    paras = [ctx.choice(T(lang, ["Voir mon appel. Images au PACS.", "Rapport préliminaire fait, finalisé ce soir.", "Ok pour moi, je regarde ça."],
                              ["See my call. Images in PACS.", "Preliminary done, final tonight.", "OK, looking at it now."]))]
    txt = body(ctx, lang, rad, paras, short_sig=True, footer=False)
    s = spec(ctx, lang, "subject_only", "patient name and diagnosis only in Subject", who(rad, lang), [(md.dr(lang), md.addr())], subj, txt, date=d)
    s["types"] = {"patient_name", "diagnosis"}
    return s


# ---------------------------------------------------------------- P22 file-name-only leak
def p_filename_only(ctx, lang, i):
    f = finding(ctx, keys=["meniscus", "birads5", "nodule", "hernia", "pirads"])
    sex = "F" if f[0] == "birads5" else ("M" if f[0] == "pirads" else None)
    p = ctx.patient(lang, sex=sex)
    tech = ctx.st("tech")
    md = ctx.st("md")
    d = ctx.when()
    tag = {"meniscus": T(lang, "dechirure_menisque", "meniscal_tear"), "birads5": "BIRADS5_sein_G" if lang == "fr" else "BIRADS5_left_breast",
           "nodule": T(lang, "nodule_suspect_LSD", "suspicious_RUL_nodule"), "hernia": T(lang, "hernie_L4L5", "L4L5_herniation"),
           "pirads": "PIRADS4"}[f[0]]
    types = {"patient_name", "diagnosis"}
    variant = i % 3
    if variant == 0:
        fn = f"{p.surname}_{p.given}_{tag}.png"
        att = dict(filename=fn, ctype="image/png", data=make_png(48, 32, i + 3), disposition=ctx.choice(["attachment", "inline"]))
    elif variant == 1:
        mrn = ctx.mrn()
        types.add("mrn")
        fn = f"{mrn}_{strip_accents(p.surname).upper()}_{tag}.pdf"
        att = dict(filename=fn, ctype="application/pdf", data=make_scan_pdf(i, compress=True))
    else:
        fn = f"{fmt_name(p, 'initial')} - {tag.replace('_', ' ')}.pdf"
        att = dict(filename=fn, ctype="application/pdf", data=make_scan_pdf(i + 7, compress=False))
    paras = [ctx.choice(T(lang, ["Ci-joint comme discuté.", "Voici l'image clé pour ta présentation.", "Document numérisé."],
                              ["Attached as discussed.", "Here's the key image for your talk.", "Scanned document."]))]
    txt = body(ctx, lang, tech, paras, short_sig=True, footer=False, greeting="")
    s = spec(ctx, lang, "filename_only", "identity and finding only in attachment file name", who(tech, lang), [(md.dr(lang), md.addr())],
             ctx.choice(T(lang, ["Document", "Image", "(sans objet)"], ["Document", "Image", "(no subject)"])), txt, atts=[att], date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P23 patient's own mail forwarded
def p_patient_fwd(ctx, lang, i):
    p = ctx.patient(lang, sex="F" if i % 3 == 2 else None, age_range=(25, 80) if i % 3 != 2 else (70, 90))
    clerk, nurse = ctx.st("clerk"), ctx.st("nurse")
    d = ctx.when()
    ap = ctx.future(d, 3, 20)
    ph = ctx.phone()
    pm = ctx.email_personal(p)
    types = {"patient_name", "patient_contact"}
    k = i % 3
    if k == 0:
        msg = T(lang, f"Bonjour, j'ai une IRM le {fdate(ap, 'fr')} et je suis très claustrophobe (trouble panique, suivi avec mon médecin). Il m'a prescrit de l'Ativan 1 mg. Est-ce que je peux le prendre avant et qui va conduire? Je n'ai pas d'auto. Mon numéro est le {ph}.\n{p.full}",
                    f"Hello, I have an MRI on {fdate(ap, 'en')} and I am very claustrophobic (panic disorder, followed by my doctor). He prescribed Ativan 1 mg. Can I take it before, and who will drive me? I don't have a car. My number is {ph}.\n{p.full}")
        types |= {"medication", "diagnosis"}
    elif k == 1:
        msg = T(lang, f"Bonjour,\nJe dois passer un scan avec contraste pour mes reins. Je prends du Xarelto et de la metformine, est-ce que je dois arrêter? Aussi j'ai fait une réaction au contraste en 2019 (urticaire). Appelez-moi au {ph} svp.\nMerci\n{p.given} {p.surname.upper()}",
                    f"Hi,\nI have to get a contrast scan for my kidneys. I take Xarelto and metformin, do I need to stop? Also I had a reaction to contrast in 2019 (hives). Please call me at {ph}.\nThanks\n{p.given} {p.surname.upper()}")
        types |= {"medication", "diagnosis"}
    else:
        msg = T(lang, f"Allô, ma mère {p.given} {p.surname} a son examen au sein le {fdate(ap, 'fr')}. Elle est en fauteuil roulant depuis son AVC et ne parle presque plus. Je vais l'accompagner. Notre adresse : {ctx.address()} si vous envoyez des papiers. Tél. {ph}.",
                    f"Hi, my mother {p.given} {p.surname} has her breast exam on {fdate(ap, 'en')}. She has been in a wheelchair since her stroke and barely speaks. I will come with her. Our address is {ctx.address()} if you mail documents. Phone {ph}.")
        types |= {"diagnosis"}
    paras = [T(lang, "Message reçu dans la boîte de la centrale, je te le transfère pour suivi clinique.", "Message received in the booking mailbox, forwarding for clinical follow-up."),
             outlook_quote(lang, f"{p.full if k != 2 else 'famille'} <{pm}>", "rdv.imagerie@" + HDOM, sdate(d - _dt.timedelta(hours=5), lang),
                           T(lang, "Question pour mon examen", "Question about my exam"), msg)]
    txt = body(ctx, lang, clerk, paras, short_sig=True, footer=False, greeting=greet(ctx, lang, nurse.given))
    s = spec(ctx, lang, "patient_mail_fwd", "patient's own message forwarded with meds/condition and phone", who(clerk, lang), [(nurse.full, nurse.addr())],
             T(lang, "TR: Question pour mon examen", "FW: Question about my exam"), txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P24 short reply over quoted history
def p_reply_quoted(ctx, lang, i):
    p = ctx.patient(lang)
    md, clerk = ctx.st("md"), ctx.st("clerk")
    d = ctx.when()
    f = finding(ctx, keys=["nodule", "gallstones", "ovary", "hernia", "dvt"])
    mrn = ctx.mrn()
    orig = T(lang, f"Bonjour,\nPourriez-vous devancer l'examen de {fmt_name(p, 'full', lang)} (dossier {mrn}, DDN {fdate(p.dob, 'fr', 'iso')})? {f[2]} demandée en P4 mais la situation a changé : {f[7].lower()}, et perte de 6 kg en 2 mois. Je le mettrais en P2.\nMerci\n{md.dr('fr')}",
             f"Hello,\nCould you move up the exam for {fmt_name(p, 'full', lang)} (MRN {mrn}, DOB {fdate(p.dob, 'en', 'iso')})? {f[3]} was requested as P4 but things changed: {f[8].lower()}, and a 6 kg weight loss in 2 months. I would make it P2.\nThanks\n{md.dr('en')}")
    top = ctx.choice(T(lang, ["C'est fait, nouvelle date envoyée à la patiente.", "Parfait, c'est noté. Merci!", "Devancé au jeudi 9 h 15."],
                            ["Done, new date sent to the patient.", "Perfect, noted. Thanks!", "Moved up to Thursday 9:15."]))
    txt = top + "\n\n" + sig(clerk, lang, short=True) + "\n\n" + quote(orig, lang, md.dr(lang), sdate(d - _dt.timedelta(days=1), lang)) + "\n"
    s = spec(ctx, lang, "reply_quoted", "one-line reply, patient details in quoted history", who(clerk, lang), [(md.dr(lang), md.addr(GMFDOM))],
             T(lang, "RE: Devancer un examen", "RE: Move up an exam"), txt, date=d,
             in_reply_to=f"<{ctx.randint(10**7, 10**8)}.{d.strftime('%Y%m%d')}@{GMFDOM}>")
    s["types"] = {"patient_name", "mrn", "date_of_birth", "diagnosis"}
    return s


# ---------------------------------------------------------------- P25 forwarded as attached .eml
def p_attached_eml(ctx, lang, i):
    p = ctx.nam_person(age=(20, 90))
    md, clerk, rad = ctx.st("md"), ctx.st("clerk"), ctx.st("radiologist")
    d = ctx.when()
    f = finding(ctx, keys=["hernia", "ms", "gallstones", "meniscus", "liver"])
    inner_txt = T(lang, f"Bonjour,\nDemande de consultation en imagerie pour {fmt_name(p, 'title_full', lang)}, né(e) le {fdate(p.dob, 'fr')}, NAM {fmt_nam(p.nam, ctx.choice(NAM_STYLES))}.\n{f[2]} svp. Contexte : {f[7]}.\nMerci,\n{md.dr('fr')}\n{GMF}",
                  f"Hello,\nImaging consult request for {fmt_name(p, 'title_full', lang)}, born {fdate(p.dob, 'en')}, RAMQ {fmt_nam(p.nam, ctx.choice(NAM_STYLES))}.\n{f[3]} please. Context: {f[8]}.\nThanks,\n{md.dr('en')}\n{GMF}")
    inner = spec(ctx, lang, "", "", (md.dr(lang), md.addr(GMFDOM)), [(T(lang, "Centrale de rendez-vous", "Central booking"), "rdv.imagerie@" + HDOM)],
                 T(lang, "Demande de consultation", "Consult request"), inner_txt, date=d - _dt.timedelta(days=2))
    raw = render(ctx.rng, inner, crlf=False)
    paras = [T(lang, "Peux-tu valider la priorité? Courriel original en pièce jointe.", "Can you triage this? Original e-mail attached.")]
    txt = body(ctx, lang, clerk, paras, short_sig=True, greeting=greet(ctx, lang, rad.drs(lang)))
    ctype = "message/rfc822" if i != 2 else "application/octet-stream"
    s = spec(ctx, lang, "attached_eml", f"referral with NAM inside attached e-mail ({ctype})", who(clerk, lang), [(rad.dr(lang), rad.addr())],
             T(lang, "TR: Demande de consultation", "FW: Consult request"), txt,
             atts=[dict(filename=T(lang, "Demande de consultation.eml", "Consult request.eml"), ctype=ctype, data=raw)], date=d)
    s["types"] = {"patient_name", "date_of_birth", "ramq_nam", "diagnosis"}
    return s


# ---------------------------------------------------------------- P26 ZIP bundle of reports
def p_zip(ctx, lang, i):
    rec = ctx.st("clerk")
    d = ctx.when()
    files, idx = [], [["fichier", "nom", "ddn", "dossier", "examen"]]
    types = {"patient_name", "date_of_birth", "mrn", "diagnosis"}
    use_nam = i != 1
    if use_nam:
        types.add("ramq_nam")
    rad, ref = ctx.st("radiologist"), ctx.st("md")
    for k in range(ctx.randint(2, 4)):
        f = finding(ctx, critical=False)
        sex = "F" if f[0] in ("birads5", "ovary") else ("M" if f[0] in ("pirads", "bonemets") else None)
        p = ctx.nam_person(sex=sex, age=(20, 95)) if use_nam and k == 0 else ctx.patient(lang, sex=sex)
        mrn = ctx.mrn()
        lines, _ = report_block(ctx, lang, p, f, rad, ref, d.date() - _dt.timedelta(days=ctx.randint(5, 60)), mrn=mrn,
                                nam_style="plain" if p.nam else None)
        fn = f"{mrn}_{strip_accents(p.surname)}.pdf" if ctx.chance(0.5) else f"rapport_{k + 1}.pdf"
        files.append((fn, make_pdf(T(lang, "Rapport d'imagerie", "Imaging report"), lines, compress=ctx.chance(0.5))))
        idx.append([fn, fmt_name(p, "last_first"), p.dob.isoformat(), mrn, T(lang, f[2], f[3])])
    files.append(("index.csv", csv_text(idx, ";")))
    data = make_zip(files)
    paras = [T(lang, f"Tel que convenu pour la revue au {CHU}, voici les rapports (archive). Mot de passe envoyé par texto.",
               f"As agreed for the review at {CHU}, here are the reports (archive). Password sent by text."),
             T(lang, "Note : l'archive n'est finalement pas chiffrée, notre outil ne le permet pas.", "Note: the archive ended up unencrypted, our tool does not support it.")]
    txt = body(ctx, lang, rec, paras)
    s = spec(ctx, lang, "zip_reports", "ZIP of report PDFs plus index CSV", who(rec, lang), [(T(lang, "Archives médicales CHU", "CHU medical records"), "archives@" + CHUDOM)],
             T(lang, "Rapports pour revue", "Reports for review"), txt,
             atts=[dict(filename=f"rapports_{d.strftime('%Y%m%d')}.zip", ctype=ctx.choice(["application/zip", "application/x-zip-compressed"]), data=data)], date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P27 Ontario patient
def p_ohip(ctx, lang, i):
    p = ctx.patient("en" if i != 1 else lang, age_range=(20, 85))
    clerk = ctx.st("clerk")
    d = ctx.when()
    f = finding(ctx, keys=["appendicitis", "ptx", "meniscus", "dvt", "gallstones"])
    hn = ctx.ohip()
    hn_s = fmt_ohip(hn, ctx.choice(["plain", "dash", "spaced", "novc"]), ctx.choice(["AB", "KT", "XJ", "MN"]))
    types = {"patient_name", "ca_health_number", "date_of_birth", "diagnosis"}
    paras = [T(lang, "Patient hors province vu à l'urgence, à facturer via l'entente interprovinciale :",
               "Out-of-province patient seen in the ER, to be billed under the reciprocal agreement:"),
             T(lang, f"Nom : {fmt_name(p, 'upper_last', lang)}\nDDN : {fdate(p.dob, 'fr', 'iso')}\nCarte santé Ontario : {hn_s}\nExamen : {f[2]} – {fdate(d.date(), 'fr', 'iso')}\nDiagnostic : {f[4]}",
               f"Name: {fmt_name(p, 'upper_last', lang)}\nDOB: {fdate(p.dob, 'en', 'iso')}\nOntario health card: {hn_s}\nExam: {f[3]} – {fdate(d.date(), 'en', 'iso')}\nDiagnosis: {f[5]}"),
             T(lang, "L'adresse à Ottawa est au dossier. Merci de compléter le formulaire de réclamation.", "The Ottawa address is in the chart. Please complete the claim form.")]
    txt = body(ctx, lang, clerk, paras)
    s = spec(ctx, lang, "ohip_patient", "Ontario health number for out-of-province billing", who(clerk, lang), [(T(lang, "Facturation", "Billing"), "facturation@" + HDOM)],
             T(lang, "Facturation hors Québec – Ontario", "Out-of-province billing – Ontario"), txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P28 French NIR
def p_nir(ctx, lang, i):
    p = ctx.patient("fr", age_range=(19, 70))
    clerk = ctx.st("clerk")
    d = ctx.when()
    nir = ctx.nir(p.dob, p.sex)
    f = finding(ctx, keys=["meniscus", "ptx", "appendicitis"])
    types = {"patient_name", "fr_nir", "diagnosis"}
    paras = [T(lang, f"Ressortissant(e) français(e) (PVT), couvert(e) par l'entente de sécurité sociale France-Québec. Formulaire SE 401-Q-104 reçu.",
               f"French national (working holiday), covered by the France–Québec social security agreement. Form SE 401-Q-104 received."),
             T(lang, f"{fmt_name(p, 'upper_last', lang)} – n° de sécurité sociale (NIR) : {fmt_nir(nir, ctx.choice(['plain', 'spaced', 'key']))}\nExamen : {f[2]} ; conclusion : {f[4]}",
               f"{fmt_name(p, 'upper_last', lang)} – French social security no. (NIR): {fmt_nir(nir, ctx.choice(['plain', 'spaced', 'key']))}\nExam: {f[3]}; impression: {f[5]}"),
             T(lang, f"{'La patiente' if p.sex == 'F' else 'Le patient'} demande une copie du rapport pour sa CPAM.",
               f"The patient asks for a copy of the report for {'her' if p.sex == 'F' else 'his'} French insurer.")]
    txt = body(ctx, lang, clerk, paras)
    s = spec(ctx, lang, "fr_nir_patient", "French patient with NIR and imaging diagnosis", who(clerk, lang), [(T(lang, "Admission", "Admitting"), "admission@" + HDOM)],
             T(lang, "Patient France – entente France-Québec", "French patient – France/Québec agreement"), txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P29 Belgian NISS
def p_niss(ctx, lang, i):
    p = ctx.patient("fr", sex="F", age_range=(22, 75))
    clerk = ctx.st("clerk")
    d = ctx.when()
    niss = ctx.niss(p.dob, p.sex)
    f = finding(ctx, keys=["dvt", "gallstones", "hernia"])
    types = {"patient_name", "be_niss", "date_of_birth", "diagnosis"}
    paras = [T(lang, "Touriste belge, facture à établir au tarif non-résident (la mutuelle remboursera).",
               "Belgian tourist, to be invoiced at the non-resident rate (her mutual insurer will reimburse)."),
             T(lang, f"{fmt_name(p, 'full', lang)}, née le {fdate(p.dob, 'fr', 'dots')}\nNISS : {fmt_niss(niss, ctx.choice(['std', 'plain', 'spaced']))}\n{f[2]} : {f[4]}",
               f"{fmt_name(p, 'full', lang)}, born {fdate(p.dob, 'en', 'dots')}\nNISS: {fmt_niss(niss, ctx.choice(['std', 'plain', 'spaced']))}\n{f[3]}: {f[5]}")]
    txt = body(ctx, lang, clerk, paras)
    s = spec(ctx, lang, "be_niss_patient", "Belgian patient with NISS", who(clerk, lang), [(T(lang, "Facturation", "Billing"), "facturation@" + HDOM)],
             T(lang, "Patiente belge – facturation", "Belgian patient – invoice"), txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P30 SIN on insurance / CNESST forms
def p_sin(ctx, lang, i):
    p = ctx.patient(lang, age_range=(22, 64))
    clerk = ctx.st("clerk")
    d = ctx.when()
    sin = ctx.sin()
    sin_s = fmt_sin(sin, ctx.choice(["plain", "spaced", "dash", "dots", "fullwidth"]))
    inj = ctx.choice(T(lang, ["déchirure transfixiante du sus-épineux droit", "entorse grave du genou avec rupture du LCA", "hernie discale L5-S1"],
                            ["full-thickness right supraspinatus tear", "severe knee sprain with ACL rupture", "L5-S1 disc herniation"]))
    types = {"patient_name", "ca_sin", "date_of_birth", "diagnosis"}
    k = i % 3
    if k == 0:
        paras = [T(lang, "Dossier CNESST – travailleur accidenté. Rapport d'IRM à joindre à la réclamation :",
                   "Workers' compensation (CNESST) file – injured worker. MRI report to attach to the claim:"),
                 T(lang, f"Travailleur : {fmt_name(p, 'upper_last', lang)}\nDDN : {fdate(p.dob, 'fr', 'iso')}\nNAS : {sin_s}\nNo réclamation CNESST : {ctx.randint(10**8, 10**9 - 1)}\nIRM : {inj}",
                   f"Worker: {fmt_name(p, 'upper_last', lang)}\nDOB: {fdate(p.dob, 'en', 'iso')}\nSIN: {sin_s}\nCNESST claim no.: {ctx.randint(10**8, 10**9 - 1)}\nMRI: {inj}")]
        to = (T(lang, "CNESST – Direction régionale", "CNESST regional office"), "reclamations@cnesst-region.example")
    elif k == 1:
        paras = [T(lang, "Formulaire d'invalidité de l'assureur rempli (section médicale par le radiologue). Données :",
                   "Insurer's disability form completed (medical section by the radiologist). Details:"),
                 T(lang, f"Assuré : {p.full}\nNé(e) le : {fdate(p.dob, 'fr')}\nNAS : {sin_s}\nConstat : {inj}",
                   f"Insured: {p.full}\nBorn: {fdate(p.dob, 'en')}\nSIN: {sin_s}\nFinding: {inj}")]
        to = (T(lang, "Assurances Boréalis – réclamations", "Borealis Insurance – claims"), "reclamations@borealis-assurance.example")
    else:
        pdf_sin = sin_s if not any(ord(c) > 0xFF00 for c in sin_s) else fmt_sin(sin, "spaced")
        pdf = make_pdf(T(lang, "Demande de remboursement – examen en clinique privée", "Reimbursement claim – private clinic exam"),
                       [T(lang, f"Nom : {p.full}", f"Name: {p.full}"), T(lang, f"Date de naissance : {fdate(p.dob, 'fr', 'iso')}", f"Date of birth: {fdate(p.dob, 'en', 'iso')}"),
                        T(lang, f"NAS : {pdf_sin}", f"SIN: {pdf_sin}"), T(lang, f"Examen : IRM – {inj}", f"Exam: MRI – {inj}"),
                        T(lang, "Montant : 725,00 $", "Amount: $725.00")], compress=False)
        paras = [T(lang, "Votre formulaire de réclamation rempli est en pièce jointe, à transmettre à votre assureur.",
                   "Your completed claim form is attached, to be sent to your insurer.")]
        to = (p.full, ctx.email_personal(p))
        s = spec(ctx, lang, "sin_form", "insurer claim form with SIN in PDF", who(clerk, lang, CDOM), [to],
                 T(lang, "Formulaire de réclamation", "Claim form"),
                 body(ctx, lang, clerk, paras, org="clinic", greeting=T(lang, f"Bonjour {fmt_name(p, 'title', lang)},", f"Dear {fmt_name(p, 'title', lang)},")),
                 atts=[dict(filename=T(lang, "reclamation_assurance.pdf", "insurance_claim.pdf"), ctype="application/pdf", data=pdf)], date=d)
        s["types"] = types
        return s
    txt = body(ctx, lang, clerk, paras, org="clinic")
    s = spec(ctx, lang, "sin_form", "SIN with imaging finding for compensation/insurance", who(clerk, lang, CDOM), [to],
             T(lang, "Réclamation – rapport d'IRM", "Claim – MRI report"), txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P31 youth protection
def p_dpj(ctx, lang, i):
    use_nam = i == 0
    p = ctx.nam_person(age=(4, 7)) if use_nam else ctx.patient(lang, age_range=(0, 1))
    rad = ctx.st("radiologist")
    d = ctx.when()
    if not use_nam:
        p.dob = d.date() - _dt.timedelta(days=ctx.randint(60, 300))
    types = {"patient_name", "date_of_birth", "diagnosis", "social_information"}
    if use_nam:
        fnd = T(lang, "fracture spiroïde de la diaphyse humérale gauche et fracture consolidée de la clavicule droite, discordantes avec l'histoire rapportée",
                "spiral fracture of the left humeral shaft and a healed right clavicle fracture, inconsistent with the reported history")
    else:
        fnd = T(lang, "fractures costales postérieures bilatérales d'âges différents et lésion métaphysaire classique du tibia distal",
                "bilateral posterior rib fractures of different ages and a classic metaphyseal lesion of the distal tibia")
    ss = ctx.st("md")
    paras = [T(lang, f"Série squelettique complétée pour {fmt_name(p, 'full', lang)} (DDN {fdate(p.dob, 'fr', 'iso')}) : {fnd}.",
               f"Skeletal survey completed for {fmt_name(p, 'full', lang)} (DOB {fdate(p.dob, 'en', 'iso')}): {fnd}."),
             T(lang, "Un signalement à la DPJ a été fait par l'équipe de pédiatrie ce matin; l'intervenante demande une copie du rapport. La mère est hébergée en maison d'aide depuis la semaine dernière.",
               "A report to youth protection (DPJ) was made by the paediatric team this morning; the caseworker requests a copy of the report. The mother has been staying at a women's shelter since last week."),
             T(lang, "Série de contrôle à 2 semaines recommandée.", "Follow-up survey in 2 weeks recommended.")]
    if use_nam:
        paras.insert(1, "NAM : " + fmt_nam(p.nam, ctx.choice(["plain", "spaced"])))
        types.add("ramq_nam")
    txt = body(ctx, lang, rad, paras, greeting=greet(ctx, lang, ss.drs(lang)))
    s = spec(ctx, lang, "dpj_survey", "child skeletal survey with youth-protection report", who(rad, lang), [(ss.dr(lang), ss.addr())],
             T(lang, "Série squelettique – signalement DPJ", "Skeletal survey – youth protection report"), txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P32 resident sign-out list
def p_signout(ctx, lang, i):
    res = ctx.st("radiologist")
    d = ctx.when()
    items = []
    for k in range(ctx.randint(4, 7)):
        f = finding(ctx)
        p = ctx.patient(lang)
        nm = fmt_name(p, ctx.choice(["lower", "last_first", "upper_last", "initial", "lower"]), lang)
        st = ctx.choice(T(lang, ["prélim. fait, à finaliser", "à relire avec le patron", "appel fait au MD de garde", "compar. CHU en attente"],
                              ["prelim done, to finalize", "review with staff", "called on-call MD", "awaiting CHU priors"]))
        items.append(f"{k + 1}. {nm} – {ctx.mrn()} – {f[1]} – {T(lang, f[4], f[5]).split(';')[0].split(',')[0].rstrip('.')} – {st}")
    paras = [T(lang, "Liste de passation (garde de nuit) :", "Overnight handover list:"), "\n".join(items),
             T(lang, "Rien d'autre en suspens. Bonne journée!", "Nothing else pending. Have a good day!")]
    txt = body(ctx, lang, res, paras, short_sig=True, footer=False, greeting=greet(ctx, lang))
    s = spec(ctx, lang, "signout_list", "radiology overnight handover roster with patients", who(res, lang),
             [(T(lang, "Résidents radiologie", "Radiology residents"), "residents.radio@" + HDOM)],
             T(lang, f"Passation {fdate(d.date(), 'fr', 'slash')}", f"Handover {fdate(d.date(), 'en', 'iso')}"), txt, date=d)
    s["types"] = {"patient_name", "mrn", "diagnosis"}
    return s


# ---------------------------------------------------------------- P33 transport request
def p_transport(ctx, lang, i):
    clerk = ctx.st("clerk")
    d = ctx.when()
    rows = []
    for k in range(ctx.randint(1, 3)):
        p = ctx.patient(lang, age_range=(40, 95))
        iso = ctx.choice(T(lang, ["isolement contact (SARM)", "isolement gouttelettes (influenza)", "C. difficile – contact+", "aucun isolement"],
                              ["contact isolation (MRSA)", "droplet isolation (influenza)", "C. difficile – contact+", "no isolation"]))
        rows.append(T(lang, f"- {fmt_name(p, ctx.choice(['title', 'title_full', 'upper_last']), lang)}, ch. {ctx.randint(201, 640)}-{ctx.randint(1, 2)}, {ctx.choice(['TDM', 'échographie', 'IRM'])} à {ctx.hhmm('fr')}, {iso}, O2 {ctx.randint(1, 4)} L, civière",
                      f"- {fmt_name(p, ctx.choice(['title', 'title_full', 'upper_last']), lang)}, room {ctx.randint(201, 640)}-{ctx.randint(1, 2)}, {ctx.choice(['CT', 'ultrasound', 'MRI'])} at {ctx.hhmm('en')}, {iso}, O2 {ctx.randint(1, 4)} L, stretcher"))
    paras = [T(lang, "Demandes de transport pour l'imagerie :", "Transport requests to imaging:"), "\n".join(rows)]
    txt = body(ctx, lang, clerk, paras, short_sig=True, footer=False)
    s = spec(ctx, lang, "transport_request", "porter requests with names, rooms, isolation status", who(clerk, lang),
             [(T(lang, "Brancarderie", "Porters"), "brancarderie@" + HDOM)], T(lang, "Transports imagerie", "Imaging transports"), txt, date=d)
    s["types"] = {"patient_name", "diagnosis"}
    return s


# ---------------------------------------------------------------- P34 private clinic invoice to patient
def p_invoice_patient(ctx, lang, i):
    p = ctx.patient(lang)
    clerk = ctx.st("clerk")
    d = ctx.when()
    addr = ctx.address()
    exam, price = ctx.choice([(T(lang, "IRM de l'épaule droite", "MRI right shoulder"), 695), (T(lang, "IRM lombaire", "MRI lumbar spine"), 750),
                              (T(lang, "Échographie mammaire", "Breast ultrasound"), 240)])
    inv = f"BM-F{ctx.randint(100000, 999999)}"
    L = [CLINIC, CLINIC_ADDR, "", T(lang, f"Facture no {inv}", f"Invoice no. {inv}"), fdate(d.date(), lang), "",
         T(lang, "Facturé à :", "Bill to:"), p.full, addr, "",
         T(lang, f"Examen : {exam}", f"Exam: {exam}"), T(lang, f"Montant : {price},00 $", f"Amount: ${price}.00"),
         T(lang, "TPS/TVQ : exonéré (service de santé)", "GST/QST: exempt (health service)"), T(lang, "Payé – carte de débit", "Paid – debit card")]
    pdf = make_pdf(T(lang, "Facture / reçu", "Invoice / receipt"), L, compress=ctx.chance(0.5))
    txt = body(ctx, lang, clerk, [T(lang, "Voici votre reçu pour vos assurances.", "Here is your receipt for your insurance.")], org="clinic",
               greeting=T(lang, f"Bonjour {p.title(lang)} {p.surname},", f"Dear {p.title(lang)} {p.surname},"))
    s = spec(ctx, lang, "patient_invoice", "private-clinic receipt with patient name, address and exam", who(clerk, lang, CDOM), [(p.full, ctx.email_personal(p))],
             T(lang, f"Reçu – {inv}", f"Receipt – {inv}"), txt,
             atts=[dict(filename=f"recu_{inv}.pdf" if lang == "fr" else f"receipt_{inv}.pdf", ctype="application/pdf", data=pdf)], date=d)
    s["types"] = {"patient_name", "patient_contact"}
    return s


# ---------------------------------------------------------------- P35 nuclear medicine
def p_nucmed(ctx, lang, i):
    tech = ctx.st("tech")
    md = ctx.st("md")
    d = ctx.when()
    k = i % 4
    if k == 0:
        p = ctx.patient(lang, sex="F", age_range=(30, 55))
        types = {"patient_name", "diagnosis", "medication"}
        paras = [T(lang, f"{fmt_name(p, 'title_full', lang)} recevra 3,7 GBq d'iode 131 le {fdate(ctx.future(d, 5, 15), 'fr')} (ablation post-thyroïdectomie, carcinome papillaire). Lévothyroxine cessée depuis 4 semaines; diète pauvre en iode en cours.",
                   f"{fmt_name(p, 'title_full', lang)} will receive 3.7 GBq of I-131 on {fdate(ctx.future(d, 5, 15), 'en')} (post-thyroidectomy ablation, papillary carcinoma). Levothyroxine stopped 4 weeks ago; low-iodine diet under way."),
                 T(lang, "Radioprotection au retour : chambre seule 7 jours, pas de contact rapproché avec ses deux jeunes enfants; elle vit seule avec eux, un membre de la famille les gardera.",
                   "Radiation precautions at home: separate bedroom for 7 days, no close contact with her two young children; she lives alone with them, a relative will look after them.")]
        types.add("social_information")
        subj = T(lang, "Iode 131 – consignes et logistique", "I-131 therapy – instructions and logistics")
    elif k == 1:
        p = ctx.patient(lang, age_range=(45, 80))
        g = f"{ctx.randint(112, 168) / 10:.1f}"
        types = {"patient_name", "lab_result", "diagnosis", "medication"}
        paras = [T(lang, f"TEP-TDM annulée ce matin pour {fmt_name(p, 'upper_last', lang)} : glycémie capillaire {g.replace('.', ',')} mmol/L (seuil 11). Diabète type 2 sous insuline, a pris son déjeuner.",
                   f"PET-CT cancelled this morning for {fmt_name(p, 'upper_last', lang)}: capillary glucose {g} mmol/L (cut-off 11). Type 2 diabetic on insulin, had breakfast."),
                 T(lang, "Peut-on ajuster l'insuline pour la reprise jeudi (premier rendez-vous de la journée, à jeun 6 h)?",
                   "Can insulin be adjusted for the rescheduled scan Thursday (first slot, NPO 6 h)?")]
        subj = T(lang, "TEP annulée – glycémie élevée", "PET cancelled – high glucose")
    elif k == 2:
        p = ctx.patient(lang, age_range=(50, 85))
        types = {"patient_name", "medication", "diagnosis"}
        mrn = ctx.mrn()
        types.add("mrn")
        paras = [T(lang, f"Scintigraphie de perfusion myocardique (dipyridamole) pour {fmt_name(p, 'last_first', lang)}, dossier {mrn}, angine stable.",
                   f"Myocardial perfusion scan (dipyridamole) for {fmt_name(p, 'last_first', lang)}, MRN {mrn}, stable angina."),
                 T(lang, "Cesser le métoprolol 48 h avant et aucune caféine 24 h avant. Le patient prend aussi de la théophylline : à cesser 48 h, sinon on passe au régadénoson.",
                   "Hold metoprolol 48 h before and no caffeine for 24 h. The patient is also on theophylline: hold 48 h, otherwise we'll switch to regadenoson.")]
        subj = T(lang, "Perfusion myocardique – préparation", "Myocardial perfusion – preparation")
    else:
        p = ctx.nam_person(sex="M", age=(55, 95))
        types = {"patient_name", "diagnosis", "ramq_nam", "date_of_birth"}
        paras = [T(lang, f"Scintigraphie osseuse de {p.full} ({fdate(p.dob, 'fr', 'iso')}, NAM {fmt_nam(p.nam, ctx.choice(NAM_STYLES))}) : foyers multiples compatibles avec des métastases (néo prostate connu).",
                   f"Bone scan for {p.full} ({fdate(p.dob, 'en', 'iso')}, RAMQ {fmt_nam(p.nam, ctx.choice(NAM_STYLES))}): multiple foci consistent with metastases (known prostate cancer)."),
                 T(lang, "L'urologue souhaite la comparaison avec la TEP-PSMA du CHU.", "Urology wants comparison with the CHU PSMA PET.")]
        subj = T(lang, "Scinti osseuse – comparaison demandée", "Bone scan – comparison requested")
    txt = body(ctx, lang, tech, paras, greeting=greet(ctx, lang, md.drs(lang)))
    s = spec(ctx, lang, "nuclear_medicine", "nuclear medicine patient-specific mail", (tech.full + T(lang, ", médecine nucléaire", ", nuclear medicine"), tech.addr()),
             [(md.dr(lang), md.addr())], subj, txt, date=d)
    s["types"] = types
    return s


# ---------------------------------------------------------------- P36 social situation
def p_social(ctx, lang, i):
    p = ctx.patient(lang, sex="MF"[i % 2], age_range=(25, 70))
    sw, clerk = ctx.st("nurse"), ctx.st("clerk")
    d = ctx.when()
    ap = ctx.future(d, 3, 15)
    k = i % 2
    if k == 0:
        t = T(lang, f"{fmt_name(p, 'full', lang)} n'a pas de domicile fixe (hébergé au refuge Le Phare) et pas de téléphone. Pour son IRM du {fdate(ap, 'fr')}, passez par la travailleuse sociale de l'urgence, qui lui remettra la convocation. Il reçoit l'aide sociale; le transport sera payé par le CISSS.",
              f"{fmt_name(p, 'full', lang)} has no fixed address (staying at Le Phare shelter) and no phone. For the MRI on {fdate(ap, 'en')}, go through the ER social worker, who will give him the notice. He is on income assistance; transport will be covered by the CISSS.")
    else:
        t = T(lang, f"Pour {fmt_name(p, 'title_full', lang)} (échographie le {fdate(ap, 'fr')}) : interprète en dari requis, réfugiée arrivée en septembre, programme fédéral de santé intérimaire (pas de carte RAMQ). Ne pas laisser de message au conjoint : contexte de violence conjugale, contacter seulement via l'intervenante du CLSC.",
              f"For {fmt_name(p, 'title_full', lang)} (ultrasound on {fdate(ap, 'en')}): Dari interpreter required, refugee arrived in September, Interim Federal Health Program (no RAMQ card). Do not leave messages with the husband: domestic violence situation, contact only through the CLSC worker.")
    txt = body(ctx, lang, sw, [t], greeting=greet(ctx, lang, clerk.given))
    s = spec(ctx, lang, "social_situation", "patient's social situation for booking", who(sw, lang), [(clerk.full, clerk.addr())],
             T(lang, "Rendez-vous – situation particulière", "Appointment – special circumstances"), txt, date=d)
    s["types"] = {"patient_name", "social_information"}
    return s


# ---------------------------------------------------------------- P37 pregnancy test
def p_bhcg(ctx, lang, i):
    p = ctx.patient(lang, sex="F", age_range=(18, 44))
    tech, rad = ctx.st("tech"), ctx.st("radiologist")
    d = ctx.when()
    val = ctx.randint(120, 4800)
    paras = [T(lang, f"β-hCG sérique positive ce matin ({val} UI/L) pour {fmt_name(p, ctx.choice(['title_full', 'upper_last']), lang)}, prévue en TDM abdominale avec contraste à 13 h pour douleur abdominale.",
               f"Serum beta-hCG positive this morning ({val} IU/L) for {fmt_name(p, ctx.choice(['title_full', 'upper_last']), lang)}, booked for contrast CT abdomen at 1 p.m. for abdominal pain."),
             T(lang, "Elle n'était pas au courant. Je propose une échographie d'abord (grossesse ectopique à éliminer). D'accord?",
               "She was not aware. I suggest ultrasound first (rule out ectopic pregnancy). Agree?")]
    txt = body(ctx, lang, tech, paras, short_sig=True)
    s = spec(ctx, lang, "pregnancy_test", "positive beta-hCG before CT", who(tech, lang), [(rad.dr(lang), rad.addr())],
             T(lang, "TDM 13 h – β-hCG positive", "CT 1 pm – positive hCG"), txt, date=d)
    s["types"] = {"patient_name", "lab_result"}
    return s


# ---------------------------------------------------------------- P38 incident report (extravasation)
def p_incident(ctx, lang, i):
    p = ctx.patient(lang, age_range=(30, 90))
    tech, mgr = ctx.st("tech"), ctx.st("manager")
    d = ctx.when()
    mrn = ctx.mrn()
    vol = ctx.randint(30, 90)
    L = [T(lang, "Rapport de déclaration d'incident/accident (AH-223)", "Incident/accident report (AH-223)"),
         T(lang, f"Usager : {fmt_name(p, 'upper_last', lang)} – dossier {mrn}", f"Patient: {fmt_name(p, 'upper_last', lang)} – MRN {mrn}"),
         T(lang, f"Événement : extravasation d'environ {vol} mL d'iohexol 350 au pli du coude gauche lors d'une TDM thoracique (injecteur 4 mL/s).",
           f"Event: extravasation of about {vol} mL of iohexol 350 at the left antecubital fossa during a chest CT (injector 4 mL/s)."),
         T(lang, "Conséquences : œdème et douleur, pas de phlyctène; membre surélevé, compresses froides, évaluation par le radiologue; suivi téléphonique à 24 h.",
           "Outcome: swelling and pain, no blistering; limb elevated, cold packs, radiologist assessment; phone follow-up at 24 h."),
         T(lang, "Divulgation faite à l'usager.", "Disclosure made to the patient.")]
    atts, paras = [], [T(lang, "Déclaration complétée, pour ton suivi.", "Report completed, for your follow-up.")]
    if i % 2 == 0:
        atts.append(dict(filename="AH-223.docx", ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         data=make_docx(L[0], L[1:], author=tech.full)))
    else:
        paras.append("\n".join(L))
    txt = body(ctx, lang, tech, paras, short_sig=True)
    s = spec(ctx, lang, "incident_report", "incident report of contrast extravasation for named patient", who(tech, lang), [(mgr.full, mgr.addr())],
             T(lang, "AH-223 – extravasation TDM", "AH-223 – CT extravasation"), txt, atts=atts, date=d)
    s["types"] = {"patient_name", "mrn", "diagnosis"}
    return s


BUILDERS = [(p_vcard, 2), (p_subject_only, 3), (p_filename_only, 3), (p_patient_fwd, 3), (p_reply_quoted, 3),
            (p_attached_eml, 3), (p_zip, 3), (p_ohip, 3), (p_nir, 2), (p_niss, 2), (p_sin, 3), (p_dpj, 2),
            (p_signout, 3), (p_transport, 3), (p_invoice_patient, 2), (p_nucmed, 4), (p_social, 2), (p_bhcg, 2),
            (p_incident, 2)]
