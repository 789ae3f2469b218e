"""Positive templates, part A: referrals, injection lists, cataract wait list, OCT, visual fields."""
import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_clin import B, addr_of

INTAKE = ("Centrale des références — ophtalmologie", "references.ophtalmo@chve.example")
INTAKE_EN = ("Ophthalmology referral intake", "references.ophtalmo@chve.example")
RETINA_BOX = ("Clinique de rétine", "retine.injections@chve.example")
IMAGING_BOX = ("Imagerie ophtalmique", "imagerie.ophtalmo@chve.example")
WAITLIST_BOX = ("Liste d'attente chirurgicale", "listeattente.chir@chve.example")


# --------------------------------------------------------------------------- referral
def referral(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "referral", "optometrist referral to ophthalmology")
    opt = ctx.person("optom")
    scen = r.choice(["glaucoma", "cataract", "amd", "dr", "rd", "kcn"])
    p = b.pat(use_nam=(r.random() < 0.55), min_age=(14 if scen == "kcn" else 45))
    in_pdf = r.random() < 0.35
    allow_fw = not in_pdf
    ident = b.ident_line(p, allow_fw=allow_fw)
    findings = []
    if scen == "glaucoma":
        reason = b.L("suspicion de glaucome", "glaucoma suspect")
        findings = [K.iop(r, lang), K.cd(r, lang), K.rnfl(r, lang)]
        b.t("diagnosis", "lab_result")
        urg = b.L("semi-urgent (< 3 mois)", "semi-urgent (< 3 months)")
    elif scen == "cataract":
        reason = K.cat_dx(r, lang) + " " + K.eye(r, lang)
        findings = [K.va(r, lang), b.L("éblouissement important, conduite de nuit difficile", "significant glare, struggling to drive at night")]
        b.t("diagnosis", "lab_result")
        urg = b.L("électif", "routine")
    elif scen == "amd":
        reason = b.L("métamorphopsies récentes, suspicion de DMLA néovasculaire", "new metamorphopsia, suspected wet AMD")
        findings = [K.va(r, lang), b.L("hémorragie maculaire à l'OCT", "subretinal haemorrhage on OCT"), K.oct_line(r, lang)]
        b.t("diagnosis", "lab_result")
        urg = b.L("URGENT — à voir d'ici 1 semaine svp", "URGENT - please see within a week")
    elif scen == "dr":
        reason = b.L("rétinopathie diabétique non proliférante sévère", "severe non-proliferative diabetic retinopathy")
        findings = [K.va(r, lang), b.L(f"HbA1c {str(r.randint(78, 112) / 10).replace('.', ',')} % selon {'la patiente' if p['sex'] == 'F' else 'le patient'}", f"HbA1c {r.randint(78, 112) / 10}% per patient")]
        b.t("diagnosis", "lab_result")
        urg = b.L("d'ici 4 à 6 semaines", "within 4-6 weeks")
    elif scen == "rd":
        reason = b.L("flashs et corps flottants depuis 2 jours, voile inférieur OD", "flashes and floaters x 2 days, inferior curtain OD")
        findings = [b.L("déchirure en fer à cheval en supérotemporal au fond d'œil dilaté", "horseshoe tear superotemporal on dilated exam")]
        b.t("diagnosis")
        urg = b.L("URGENT aujourd'hui — j'ai appelé le résident de garde", "URGENT today - I called the on-call resident")
    else:
        reason = b.L("kératocône évolutif, candidat au cross-linking", "progressive keratoconus, cross-linking candidate")
        findings = [b.L(f"Kmax {r.randint(49, 58)},{r.randint(0, 9)} D (+1,4 D en 8 mois)", f"Kmax {r.randint(49, 58)}.{r.randint(0, 9)} D (+1.4 D in 8 months)")]
        b.t("diagnosis", "lab_result")
        urg = b.L("d'ici 3 mois", "within 3 months")
    meds = None
    if r.random() < 0.5:
        meds = K.gl_drug(r, lang) if scen == "glaucoma" else r.choice(["metformine 500 mg BID, ramipril", "apixaban 5 mg BID", "larmes artificielles"]) if lang == "fr" else r.choice(["metformin 500 mg BID, ramipril", "apixaban 5 mg BID", "artificial tears prn"])
        b.t("medication")
    phone = b.phone(p) if r.random() < 0.4 else None

    subj_opts = [b.L("Référence ophtalmologie", "Ophthalmology referral"),
                 b.L(f"Réf. — {reason}", f"Referral - {reason}"),
                 b.L("Nouvelle référence", "New referral") + (" — URGENT" if "URGENT" in urg else "")]
    subject = r.choice(subj_opts)
    body_lines = [C.greet(r, lang)]
    if in_pdf:
        b.att({"kind": "pdf", "filename": r.choice([b.L("reference_ophtalmo.pdf", "ophtho_referral.pdf"), "REF-" + p["mrn"][-4:] + ".pdf"]),
               "data": A.make_pdf(b.L("Formulaire de référence — ophtalmologie", "Ophthalmology referral form"),
                                  [b.L("Patient : ", "Patient: ") + ident, b.L("Motif : ", "Reason: ") + reason]
                                  + [b.L("Examen : ", "Exam: ") + "; ".join(findings)]
                                  + ([b.L("Médication : ", "Medications: ") + meds] if meds else [])
                                  + ([b.L("Téléphone (domicile) : ", "Home phone: ") + phone] if phone else [])
                                  + [b.L("Priorité : ", "Priority: ") + urg, "", C.staff_name(opt, lang) + " — " + opt["org"][0]],
                                  author=C.staff_name(opt, lang, False), compress=r.random() < 0.5)})
        body = b.L(f"Vous trouverez ci-joint une référence ({urg}). Merci de confirmer la réception.",
                   f"Please find attached a referral ({urg}). Kindly confirm receipt.")
        blocks = [("p", body_lines[0]), ("p", body)]
    else:
        if lang == "fr":
            txt = r.choice([f"Je vous réfère {ident} pour {reason}.", f"Merci de voir en consultation : {ident}.\nMotif : {reason}."])
        else:
            txt = r.choice([f"I am referring {ident} for {reason}.", f"Please see the following patient: {ident}.\nReason: {reason}."])
        blocks = [("p", body_lines[0]), ("p", txt),
                  ("list", findings + ([b.L("Rx actuelle : ", "Current meds: ") + meds] if meds else []))]
        extra = b.L(f"Priorité : {urg}.", f"Priority: {urg}.")
        if phone:
            extra += b.L(f" On peut {b.le(p)} joindre au {phone} (domicile).", f" Best reached at home, {phone}.")
        blocks.append(("p", extra))
    blocks.append(("p", C.closing(r, lang)))
    blocks.append(("sig", C.signature(opt, lang, r)))
    return b.spec(addr_of(opt, lang), [INTAKE if lang == "fr" else INTAKE_EN], subject, blocks)


# --------------------------------------------------------------------------- injection roster
def ivi_list(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "injection_list", "retina clinic intravitreal injection roster")
    nurse = ctx.person("nurse")
    md = ctx.person("ophtalmo")
    day = K.future_day(r)
    n = r.randint(5, 9)
    mode = r.choice(["body", "body", "xlsx", "csv"])
    header = b.L(["Heure", "Patient", "Dossier", "Œil", "Agent", "Intervalle", "Remarque"],
                 ["Time", "Patient", "MRN", "Eye", "Drug", "Interval", "Note"])
    rows = []
    for i in range(n):
        p = b.pat(use_nam=False, min_age=55)
        notes = ["", "", K.ret_dx(r, lang, abbrev=True), b.L("1re injection", "1st injection"),
                 b.L(f"PIO {r.randint(28, 36)} après la dernière IVT", f"IOP {r.randint(28, 36)} after last IVI"), b.L("allergie bétadine → chlorhex", "povidone allergy -> chlorhex"),
                 b.L("anticoagulé", "on anticoagulant")]
        k = r.randrange(len(notes))
        note = notes[k]
        if k == 4:
            b.t("lab_result")
        rows.append([K.hhmm(r, lang), b.name(p, style=r.choice(["SUR_given", "title_sur", "sur_init", "given_sur"])),
                     b.mrn_bare(p), K.eye(r, lang), K.ret_drug(r, lang), K.interval(r, lang), note])
    rows.sort(key=lambda x: (len(x[0]), x[0]))
    b.t("medication", "diagnosis")
    dx_note = b.L(f"Indications : surtout {K.ret_dx(r, lang)} et {K.ret_dx(r, lang)}.",
                  f"Indications mostly {K.ret_dx(r, lang)} / {K.ret_dx(r, lang)}.")
    subject = r.choice([b.L(f"Liste IVT {C.fmt_day(day, lang)}", f"IVI list {C.fmt_day(day, lang)}"),
                        b.L(f"Injections — {C.fmt_day(day, lang, False)} (Dr {md['surname']})", f"Injection clinic {C.fmt_day(day, lang, False)} - Dr. {md['surname']}"),
                        b.L("Horaire clinique d'injections", "Injection clinic schedule")])
    blocks = [("p", C.greet(r, lang, md["given"]))]
    if mode == "body":
        blocks.append(("p", b.L(f"Voici la liste pour {C.fmt_day(day, lang)}, salle 4 :", f"Here is the list for {C.fmt_day(day, lang)}, room 4:")))
        blocks.append(("table", header, rows))
    else:
        fn = b.L(f"IVT_{day.isoformat()}", f"IVI_{day.isoformat()}")
        if mode == "xlsx":
            b.att({"kind": "xlsx", "filename": fn + ".xlsx", "data": A.make_xlsx([(b.L("Injections", "Injections"), [header] + rows)], C.staff_name(nurse, lang, False))})
        else:
            b.att({"kind": "csv", "filename": fn + ".csv", "text": A.make_csv([header] + rows, r.choice([",", ";"]))})
        blocks.append(("p", b.L("Liste ci-jointe. Les Vabysmo ont été reçus hier, frigo 2.", "List attached. The Vabysmo vials came in yesterday, fridge 2.")))
    blocks.append(("p", dx_note))
    blocks.append(("p", C.closing(r, lang)))
    blocks.append(("sig", C.signature(nurse, lang, r, "retina")))
    return b.spec(addr_of(nurse, lang), [addr_of(md, lang)], subject, blocks, cc=[RETINA_BOX])


# --------------------------------------------------------------------------- cataract wait list
def cataract_waitlist(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "cataract_waitlist", "cataract surgery wait list extract")
    clerk = ctx.person("clerk")
    mgr = ctx.person("manager")
    n = r.randint(5, 10)
    header = b.L(["Nom", "DDN", "Sexe", "NAM / dossier", "Œil", "Diagnostic", "Priorité", "Inscrit le", "Remarques"],
                 ["Name", "DOB", "Sex", "RAMQ / MRN", "Eye", "Diagnosis", "Priority", "Listed", "Notes"])
    rows = []
    for i in range(n):
        p = b.pat(use_nam=(r.random() < 0.6), min_age=55)
        risk = r.choice(K.CAT_RISK)
        if risk[2]:
            b.t("medication")
        if risk[3]:
            b.t("lab_result")
        listed = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        rows.append(b.ident_row(p, allow_fw=False) + [K.eye(r, lang, both=False), K.cat_dx(r, lang), r.choice(["P2", "P3", "P3", "P4"]), listed,
                                                      risk[0] if lang == "fr" else risk[1]])
    b.t("diagnosis")
    mode = r.choice(["xlsx", "xlsx", "csv", "docx"])
    fn = b.L(r.choice(["liste_attente_cataracte", "LA_cataracte_hors_delai", "cataracte_P3_P4"]),
             r.choice(["cataract_waitlist", "cataract_over_target", "waitlist_P3_P4"]))
    if mode == "xlsx":
        b.att({"kind": "xlsx", "filename": fn + ".xlsx", "data": A.make_xlsx([(b.L("Liste", "List"), [header] + rows)], C.staff_name(clerk, lang, False))})
    elif mode == "csv":
        b.att({"kind": "csv", "filename": fn + ".csv", "text": A.make_csv([header] + rows, ";"), "charset": "windows-1252"})
    else:
        b.att({"kind": "docx", "filename": fn + ".docx",
               "data": A.make_docx(b.L("Liste d'attente — cataracte", "Cataract wait list"),
                                   [b.L("Patients hors délai (> 6 mois)", "Patients past target (> 6 months)")], (header, rows),
                                   author=C.staff_name(clerk, lang, False))})
    subject = r.choice([b.L("Liste d'attente cataracte — mise à jour", "Cataract wait list - update"),
                        b.L("Patients hors délai cataracte", "Cataract patients over wait target"),
                        b.L("TR: extraction liste d'attente", "FW: wait list extract")])
    blocks = [("p", C.greet(r, lang, mgr["given"])),
              ("p", b.L(f"Ci-joint l'extraction des {n} patients à relancer pour les plages libérées en {r.choice(C.MOIS[2:6])}. "
                        "J'ai ajouté une colonne pour les anticoagulants, à valider avec l'anesthésie.",
                        f"Attached are the {n} patients to call for the freed-up OR slots in {r.choice(C.MONTHS[2:6])}. "
                        "I added a column for anticoagulants, to be checked with anaesthesia.")),
              ("p", C.closing(r, lang)), ("sig", C.signature(clerk, lang, r, "cataract"))]
    return b.spec(addr_of(clerk, lang), [addr_of(mgr, lang)], subject, blocks, cc=[WAITLIST_BOX])


# --------------------------------------------------------------------------- OCT result
def oct_result(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "oct_result", "OCT result flagged to retina specialist")
    tech = ctx.person("tech")
    md = ctx.person("ophtalmo")
    p = b.pat(use_nam=(r.random() < 0.4), min_age=55)
    dx = K.ret_dx(r, lang)
    b.t("diagnosis", "lab_result")
    o = K.oct_line(r, lang)
    v = K.va(r, lang)
    drug = K.ret_drug(r, lang)
    b.t("medication")
    pdf = r.random() < 0.45
    who = b.ident_line(p, allow_fw=not pdf) if (p["is_nam"] or r.random() < 0.5) else b.name(p) + " (" + b.mrn(p, allow_fw=not pdf) + ")"
    if lang == "fr":
        txt = r.choice([f"{who} — suivi {dx} sous {drug}. {o}. {v}. Augmentation du liquide, je crois qu'il faudrait rapprocher l'injection. Tu veux que je {b.le(p)} mette sur la liste de jeudi?",
                        f"Pour info : {who}, OCT fait ce matin.\n{o}\n{v}\nTraitement actuel : {drug} {K.interval(r, lang)}. Dx : {dx}."])
    else:
        txt = r.choice([f"{who} - {dx} on {drug}. {o}. {v}. More fluid than last time, I think we should shorten the interval. Want me to add them to Thursday's list?",
                        f"FYI: {who}, OCT done this morning.\n{o}\n{v}\nCurrent treatment: {drug} {K.interval(r, lang)}. Dx: {dx}."])
    blocks = [("p", C.greet(r, lang, md["given"]))]
    if pdf:
        fn = r.choice([f"OCT_{p['surname']}_{p['given'][0]}.pdf", f"OCT_macula_{p['mrn']}.pdf", "rapport_OCT.pdf" if lang == "fr" else "OCT_report.pdf"])
        if p["surname"] in fn:
            b.t("patient_name")
        b.att({"kind": "pdf", "filename": fn,
               "data": A.make_pdf(b.L("Rapport OCT maculaire", "Macular OCT report"),
                                  [b.L("Patient : ", "Patient: ") + who, o, v, b.L("Diagnostic : ", "Diagnosis: ") + dx, b.L("Traitement : ", "Treatment: ") + drug],
                                  author=C.staff_name(tech, lang, False), compress=r.random() < 0.5)})
        blocks.append(("p", b.L("Rapport en pièce jointe. ", "Report attached. ") + txt))
    else:
        blocks.append(("p", txt))
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(tech, lang, r, "imaging"))]
    subject = r.choice([b.L("OCT — liquide en hausse", "OCT - fluid up"), b.L("Résultat OCT", "OCT result"),
                        b.L("OCT à réviser svp", "OCT to review pls")])
    return b.spec(addr_of(tech, lang), [addr_of(md, lang)], subject, blocks)


# --------------------------------------------------------------------------- VF / OCT booking
def vf_booking(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "vf_booking", "request to book visual fields and OCT")
    md = ctx.person("ophtalmo")
    clerk = ctx.person("clerk")
    n = r.randint(1, 5)
    rows = []
    for i in range(n):
        p = b.pat(use_nam=(r.random() < 0.35), min_age=40)
        test = r.choice([b.L("CV 24-2 + OCT NFO", "HVF 24-2 + OCT RNFL"), b.L("CV 10-2", "HVF 10-2"), b.L("OCT papille + CV 24-2 SITA-Fast", "OCT ONH + 24-2 SITA-Fast"),
                         b.L("OCT macula + photos", "macular OCT + photos")])
        dx = K.gl_dx(r, lang)
        when = r.choice([b.L("avant le RV du ", "before f/u on ") + C.fmt_day(K.future_day(r), lang, False), b.L("d'ici 3 mois", "within 3 months"), b.L("dans 6 mois", "in 6 months")])
        if p["is_nam"]:
            ident = b.ident_line(p, allow_fw=False, with_mrn=False)
        else:
            ident = b.name(p) + " " + b.mrn(p, allow_fw=False)
        rows.append([ident, dx, test, when])
    b.t("diagnosis")
    day = K.future_day(r)
    use_ics = n == 1 and r.random() < 0.6
    blocks = [("p", C.greet(r, lang, clerk["given"]))]
    if n == 1:
        ident, dx, test, when = rows[0]
        blocks.append(("p", b.L(f"Pourrais-tu céduler {test} pour {ident} ({dx}), {when}? Merci de lui envoyer la convocation.",
                                f"Could you book {test} for {ident} ({dx}), {when}? Please send the appointment letter.")))
        if r.random() < 0.5:
            blocks.append(("p", b.L(f"Dernier examen : {K.iop(r, lang)}, {K.vf(r, lang)}. On ajoute {K.gl_drug(r, lang)}.",
                                    f"Last visit: {K.iop(r, lang)}, {K.vf(r, lang)}. Adding {K.gl_drug(r, lang)}.")))
            b.t("lab_result", "medication")
        if use_ics:
            p = b.patients[-1]
            start = C._dt.datetime(day.year, day.month, day.day, r.randint(8, 14), r.choice([0, 15, 30, 45]))
            summ = b.L("CV 24-2 / OCT — ", "VF 24-2 / OCT - ") + C.pname(r, p, lang, "SUR_given")
            b.att({"kind": "ics", "filename": "invitation.ics", "method": "REQUEST",
                   "text": A.make_ics(f"vf-{p['mrn']}@chve.example", start, start + C._dt.timedelta(minutes=45), summ,
                                      b.L(f"Suivi {dx}. {test}.", f"Follow-up {dx}. {test}."), b.L("Imagerie ophtalmo, salle C-318", "Ophthalmic imaging, room C-318"),
                                      addr_of(clerk, lang), [IMAGING_BOX])})
    else:
        blocks.append(("p", b.L("Voici les patients de ma clinique de glaucome d'hier à céduler en imagerie :",
                                "Patients from yesterday's glaucoma clinic to book in imaging:")))
        blocks.append(("table", b.L(["Patient", "Dx", "Examen", "Quand"], ["Patient", "Dx", "Test", "When"]), rows))
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(md, lang, r, "glaucoma"))]
    subject = r.choice([b.L("Demande CV/OCT", "VF/OCT booking request"), b.L("À céduler — imagerie", "To book - imaging"),
                        b.L("Champs visuels à planifier", "Visual fields to schedule")])
    return b.spec(addr_of(md, lang), [addr_of(clerk, lang)], subject, blocks, cc=[IMAGING_BOX] if r.random() < 0.5 else None)
