"""Positive templates, part A: referrals, prenatal screening results, bookings, lab reports, rosters."""
import datetime as dt

import gen_data as D
import gen_ids as I
import gen_text as T
import gen_attach as A
from gen_build import L, attach, finish, ga, clin_cond


def p_referral(ctx, lang):
    F = T.Findings()
    doc = T.external(ctx, lang, "gmf", "gmf2", "obs", "cisss", "ont")
    dest = T.staff(ctx, "administrative", "booking")
    gen = T.staff(ctx, "medical geneticist")
    sex = ctx.pick("FM")
    p = ctx.patient(lang, kind=ctx.pick(["adult", "senior"]), sex=sex)
    c = ctx.pick([x for x in D.CONDITIONS if x["adult"] and x["k"] not in ("cf", "fxs")])
    fam_fr = ctx.pick([f"mère décédée à 52 ans d'un cancer de l'ovaire ; une sœur porteuse d'un variant {c['gene']}",
                       f"père et oncle paternel atteints ({c['fr']}) ; un cousin testé positif pour {c['gene']}",
                       f"frère diagnostiqué à 44 ans ; variant familial {c['gene']} connu (rapport non disponible)"])
    fam_en = ctx.pick([f"mother died at 52 of ovarian cancer; one sister carries a {c['gene']} variant",
                       f"father and paternal uncle affected ({c['en']}); a cousin tested positive for {c['gene']}",
                       f"brother diagnosed at 44; known familial {c['gene']} variant (report not available)"])
    pers_fr = ctx.pick(["carcinome canalaire infiltrant du sein gauche à 41 ans, traité (tumorectomie + RT)",
                        "adénocarcinome du côlon droit à 47 ans (hémicolectomie en 2022)",
                        "asymptomatique, souhaite un test prédictif",
                        "dyslipidémie sévère découverte au bilan annuel ; xanthomes tendineux",
                        "palpitations et syncope à l'effort ; ECG anormal"])
    pers_en = ctx.pick(["left breast invasive ductal carcinoma at 41, treated (lumpectomy + RT)",
                        "right colon adenocarcinoma at 47 (hemicolectomy 2022)",
                        "asymptomatic, requesting predictive testing",
                        "severe dyslipidaemia found on annual bloodwork; tendon xanthomas",
                        "palpitations and exertional syncope; abnormal ECG"])
    F.add("diagnosis")
    extra = ("phone",) if ctx.chance(0.4) else ()
    idb = T.ident(ctx, p, lang, F, extra=extra)
    meds = ""
    if ctx.chance(0.3):
        F.add("social_information")
        pers_fr += ctx.pick(["; vit seul(e), prestataire de l'aide sociale, difficulté à payer le transport",
                             "; proche aidant(e) de son conjoint, épuisement, suivi au CLSC"])
        pers_en += ctx.pick(["; lives alone on income assistance, cannot afford transport",
                             "; caregiver for spouse, burnout, followed by the CLSC"])
    if c["med_fr"] and ctx.chance(0.6):
        F.add("medication")
        meds = L(lang, f"\nMédication actuelle : {c['med_fr']}, {ctx.pick(['ramipril 5 mg', 'Synthroid 0,1 mg', 'citalopram 20 mg'])}.",
                 f"\nCurrent meds: {c['med_en']}, {ctx.pick(['ramipril 5 mg', 'Synthroid 0.1 mg', 'citalopram 20 mg'])}.")
    subj = ctx.pick(L(lang, ["Référence en génétique médicale", f"Référence — {p['surname']}",
                             "Demande de consultation génétique", "Réf. génétique (urgent ?)"],
                          ["Referral to medical genetics", f"Genetics referral - {p['surname']}",
                           "Consult request: genetics", "New referral"]))
    if lang == "fr":
        body = (f"{T.greet(ctx, dest, lang)}\n\nJe vous adresse la personne suivante pour évaluation en génétique "
                f"({c['fr']}) :\n\n{idb}\n\nAntécédents personnels : {pers_fr}.\nHistoire familiale : {fam_fr}.{meds}\n\n"
                f"Pourriez-vous l'orienter vers {T.title_name(gen, lang)} ? Le formulaire AH-702 suit par télécopieur.\n\nMerci,"
                + T.sig(ctx, doc, lang))
    else:
        body = (f"{T.greet(ctx, dest, lang)}\n\nPlease see the following patient for genetic assessment ({c['en']}):\n\n"
                f"{idb}\n\nPersonal history: {pers_en}.\nFamily history: {fam_en}.{meds}\n\n"
                f"Could this be triaged to {T.title_name(gen, lang)}? Requisition to follow by fax.\n\nThanks,"
                + T.sig(ctx, doc, lang))
    spec = T.new_spec(ctx, lang, T.addr(doc, lang), [T.addr(dest, lang)], subj, category="referral",
                      note=L(lang, "référence en génétique", "genetics referral"))
    if ctx.chance(0.35):
        pdf = A.make_pdf(L(lang, "Demande de consultation — génétique", "Consultation request — genetics"),
                         [idb.replace("\n", " ; "), "", L(lang, f"Motif : {c['fr']}", f"Reason: {c['en']}"),
                          L(lang, f"Histoire familiale : {fam_fr}", f"Family history: {fam_en}")],
                         author=f"{doc['given']} {doc['surname']}", compress=ctx.chance(0.5))
        attach(ctx, spec, L(lang, "demande_consultation.pdf", "consult_request.pdf"), pdf)
    return finish(ctx, spec, body, F=F)


def p_nipt(ctx, lang):
    F = T.Findings()
    nurse = T.staff(ctx, "clinical nurse", "genetic counsellor")
    obs = T.external(ctx, lang, "obs", "gmf", "gmf2")
    p = ctx.patient(lang, kind="prenatal")
    f = ctx.pick(D.PRENATAL_FINDINGS)
    F.add("lab_result", "diagnosis")
    idb = T.ident(ctx, p, lang, F, style=ctx.pick(["fields", "line"]))
    when = ctx.when()
    rdv = ctx.future_day(when, 2, 9)
    grav = ctx.pick(D.GRAVIDA)
    if lang == "fr":
        subj = ctx.pick(["DPNI à risque élevé — rappel SVP", f"Résultat DPNI anormal - {p['surname'].upper()}",
                         "Résultat anormal dépistage prénatal", "URGENT dépistage prénatal"])
        body = (f"{T.greet(ctx, obs, lang)}\n\nRésultat reçu ce matin pour votre patiente :\n\n{idb}\n"
                f"{grav}, {ga(ctx, 10, 15, lang)} au prélèvement\n\n{f['nipt_fr']}\n\n"
                f"Il s'agit d'un test de dépistage ; un diagnostic par {ctx.pick(['amniocentèse', 'choriocentèse (BVC)'])} est "
                f"recommandé. Nous lui avons réservé une plage le {I.fmt_day(rdv, lang)} à "
                f"{ctx.pick(['8 h 30', '10 h', '13 h 15'])} en clinique de médecine fœto-maternelle, avec rencontre "
                f"préalable en conseil génétique.\n\nPouvez-vous l'aviser d'ici demain ou préférez-vous que nous l'appelions ?"
                + T.sig(ctx, nurse, lang))
    else:
        subj = ctx.pick(["High-risk NIPT - please call back", f"Abnormal NIPT - {p['surname']}",
                         "Prenatal screen result (abnormal)", "URGENT: prenatal screening"])
        body = (f"{T.greet(ctx, obs, lang)}\n\nResult came in this morning for your patient:\n\n{idb}\n"
                f"{grav}, {ga(ctx, 10, 15, lang)} at draw\n\n{f['nipt_en']}\n\n"
                f"This is a screening test; diagnostic {ctx.pick(['amniocentesis', 'CVS'])} is recommended. We have held "
                f"a slot on {I.fmt_day(rdv, lang)} at {ctx.pick(['8:30', '10:00', '1:15 pm'])} in MFM clinic with genetic "
                f"counselling beforehand.\n\nWill you tell her or would you like us to call her directly?"
                + T.sig(ctx, nurse, lang))
    cc = [T.addr(T.staff(ctx, "genetic counsellor"), lang)]
    if ctx.chance(0.4):
        later = when + dt.timedelta(minutes=ctx.rng.randrange(20, 300))
        rep = ctx.pick(L(lang, ["Merci, je l'appelle ce soir et je vous confirme pour l'amnio.",
                                "Je l'ai jointe. Elle accepte le RDV ; elle viendra avec son conjoint.",
                                "Pouvez-vous l'appeler vous-mêmes ? Je suis en congé jusqu'à lundi."],
                             ["Thanks, I'll call her tonight and confirm the amnio.",
                              "Reached her. She accepts the slot; partner will come too.",
                              "Could you call her directly? I'm away until Monday."]))
        body2 = rep + T.sig(ctx, obs, lang, "mobile") + T.quote_reply(ctx, body, nurse, when, lang, to=obs, subject=subj)
        spec = T.new_spec(ctx, lang, T.addr(obs, lang), [T.addr(nurse, lang)], "RE: " + subj, when=later, cc=cc,
                          category="nipt_result", note=L(lang, "réponse citant un résultat DPNI anormal",
                                                          "reply quoting an abnormal NIPT result"))
        spec["in_reply_to"] = ctx.msgid(D.DOM)
        return finish(ctx, spec, body2, F=F)
    spec = T.new_spec(ctx, lang, T.addr(nurse, lang), [T.addr(obs, lang)], subj, when=when,
                      cc=cc, category="nipt_result",
                      note=L(lang, "résultat DPNI anormal", "abnormal NIPT result"))
    spec["importance"] = ctx.chance(0.5)
    return finish(ctx, spec, body, F=F)


def p_serum(ctx, lang):
    F = T.Findings()
    nurse = T.staff(ctx, "clinical nurse")
    doc = T.external(ctx, lang, "gmf", "gmf2", "obs")
    p = ctx.patient(lang, kind="prenatal")
    F.add("lab_result", "diagnosis")
    ri = ctx.rng.randrange(len(D.SERUM_FR))
    res = L(lang, D.SERUM_FR, D.SERUM_EN)[ri]
    galo, gahi = [(15, 17), (15, 18), (12, 13), (16, 18)][ri]
    gaw = ga(ctx, galo, gahi, lang)
    if ri == 2:
        us = L(lang, D.US_FR, D.US_EN)[1]
    else:
        us = ctx.pick(L(lang, ["écho de datation normale ; écho morphologique prévue à 20 SA",
                               "écho 12 SA sans particularité ; morpho à planifier"],
                            ["dating scan normal; anatomy scan booked at 20 weeks",
                             "12-week scan unremarkable; anatomy scan to book"]))
    nm = I.name_form(ctx, p, ctx.pick(["sur_first", "upper_sur", "full"]), lang)
    F.add("patient_name")
    dob_s = I.fmt_date(p["dob"], ctx.pick(["iso", "dmy"]), lang)
    if p.get("nam"):
        F.holders.append(p)
        F.add("ramq_nam", "date_of_birth")
        F.ids.append(("nam", p["nam"]))
        idcell = T.nam_text(ctx, p)
        sexcell = T.sex_token(ctx, p, lang)
        rows = [L(lang, ["Patiente", "DDN", "Sexe", "NAM", "Âge gest.", "Résultat"], ["Patient", "DOB", "Sex", "RAMQ", "GA", "Result"]),
                [nm, dob_s, sexcell, idcell, gaw, res]]
    else:
        F.add("mrn", "date_of_birth")
        rows = [L(lang, ["Patiente", "DDN", "Dossier", "Âge gest.", "Résultat"], ["Patient", "DOB", "MRN", "GA", "Result"]),
                [nm, dob_s, p["mrn"], gaw, res]]
    meds = ""
    if ctx.chance(0.5):
        F.add("medication")
        meds = L(lang, f"Elle prend déjà {ctx.pick(D.PREG_MEDS_FR)}.", f"She is already on {ctx.pick(D.PREG_MEDS_EN)}.")
    if lang == "fr":
        subj = ctx.pick(["Dépistage prénatal — résultat à risque", "Résultat dépistage intégré", "Dépistage T21 : à rappeler"])
        body = (f"{T.greet(ctx, doc, lang)}\n\nVoici le résultat du dépistage prénatal de votre patiente :\n\n[[TABLE]]\n\n"
                f"Échographie : {us}.\n{meds}\n\nUn rendez-vous en conseil génétique lui sera offert ; le DPNI est couvert "
                f"par le programme dans ce contexte.\n\nCordialement," + T.sig(ctx, nurse, lang))
    else:
        subj = ctx.pick(["Prenatal screening - increased risk", "Integrated screen result", "T21 screen: needs call back"])
        body = (f"{T.greet(ctx, doc, lang)}\n\nPrenatal screening result for your patient:\n\n[[TABLE]]\n\n"
                f"Ultrasound: {us}.\n{meds}\n\nWe will offer her genetic counselling; NIPT is covered by the program in "
                f"this situation.\n\nRegards," + T.sig(ctx, nurse, lang))
    spec = T.new_spec(ctx, lang, T.addr(nurse, lang), [T.addr(doc, lang)], subj, category="prenatal_screen",
                      note=L(lang, "résultat de dépistage prénatal", "prenatal screening result"))
    return finish(ctx, spec, body, tables={"[[TABLE]]": rows}, form=ctx.pick(["html", "alt", "plain"]), F=F)


def p_booking(ctx, lang):
    F = T.Findings()
    clerk = T.staff(ctx, "booking", "administrative")
    mfm = T.staff(ctx, "maternal-fetal")
    p = ctx.patient(lang, kind="prenatal", nam=False)
    pi = ctx.rng.randrange(3)
    proc = L(lang, ["Amniocentèse", "Choriocentèse (BVC)", "Échographie ciblée + amniocentèse"],
             ["Amniocentesis", "CVS", "Targeted ultrasound + amniocentesis"])[pi]
    gawk = ga(ctx, 11, 14, lang) if pi == 1 else ga(ctx, 15, 19, lang)
    ind = ctx.pick(L(lang, ["DPNI risque élevé T21", "CN 3,8 mm", "parents porteurs FK (CFTR)", "antécédent de T18",
                            "mère porteuse prémutation FMR1"],
                         ["high-risk NIPT T21", "NT 3.8 mm", "both parents CF carriers", "previous T18 pregnancy",
                          "mother FMR1 premutation carrier"]))
    F.add("diagnosis", "patient_name", "mrn")
    if any(k in ind for k in ("NIPT", "DPNI", "NT ", "CN ")):
        F.add("lab_result")
    when = ctx.when()
    day = ctx.future_day(when, 3, 14)
    hour = ctx.pick([8, 9, 10, 13, 14])
    minute = ctx.pick([0, 30])
    start = dt.datetime(day.year, day.month, day.day, hour, minute)
    hh = L(lang, f"{hour} h {minute:02d}" if minute else f"{hour} h", f"{hour}:{minute:02d}")
    nm = I.name_form(ctx, p, ctx.pick(["upper_sur", "sur_first", "full"]), lang)
    summary = f"{proc} — {nm} ({L(lang, 'dossier', 'MRN')} {p['mrn']})"
    desc = L(lang, f"Indication : {ind}. {gawk}. Consentement signé. Groupe Rh à vérifier.",
             f"Indication: {ind}. {gawk}. Consent signed. Check Rh status.")
    if ctx.chance(0.4):
        F.add("medication")
        desc += L(lang, " Rh négatif : WinRho 300 mcg après l'intervention.", " Rh negative: give WinRho 300 mcg post-procedure.")
    ics = A.make_ics(f"{ctx.hexid(16)}@{D.DOM}", start, start + dt.timedelta(minutes=45), summary, desc,
                     L(lang, "Clinique MFM, salle 4-112", "MFM clinic, room 4-112"),
                     (f"{clerk['given']} {clerk['surname']}", clerk["email"]),
                     [(f"{mfm['given']} {mfm['surname']}", mfm["email"])],
                     stamp=when.replace(tzinfo=None))
    if lang == "fr":
        subj = ctx.pick([f"Invitation : {proc}", "Plage MFM réservée", f"RDV {proc.lower()} — {I.fmt_day(day, lang)}"])
        body = (f"{T.greet(ctx, mfm, lang)}\n\nJ'ai réservé la plage de {hh} le {I.fmt_day(day, lang)}"
                + ctx.pick([f" pour {nm}.", " (voir invitation ci-jointe)."]) +
                "\nLa patiente a confirmé par téléphone. Interprète non requis.\n\nMerci" + T.sig(ctx, clerk, lang))
    else:
        subj = ctx.pick([f"Invitation: {proc}", "MFM slot booked", f"Appt {proc.lower()} - {I.fmt_day(day, lang)}"])
        body = (f"{T.greet(ctx, mfm, lang)}\n\nI booked the {hh} slot on {I.fmt_day(day, lang)}"
                + ctx.pick([f" for {nm}.", " (see invite attached)."]) +
                "\nPatient confirmed by phone. No interpreter needed.\n\nThanks" + T.sig(ctx, clerk, lang))
    spec = T.new_spec(ctx, lang, T.addr(clerk, lang), [T.addr(mfm, lang)], subj, when=when, category="booking",
                      note=L(lang, "réservation d'intervention prénatale", "prenatal procedure booking"))
    attach(ctx, spec, "invite.ics", ics, ctype="text/calendar")
    return finish(ctx, spec, body, F=F)


def p_karyotype(ctx, lang):
    F = T.Findings()
    lab = T.staff(ctx, "cytogeneticist", "technologist", "laboratory")
    gen = T.staff(ctx, "medical geneticist", "maternal-fetal")
    prenatal = ctx.chance(0.6)
    p = ctx.patient(lang, kind="prenatal" if prenatal else ctx.pick(["child", "adult"]))
    f = ctx.pick(D.PRENATAL_FINDINGS)
    F.add("lab_result", "diagnosis")
    test = ctx.pick(L(lang, ["Caryotype", "Hybridation génomique comparative (CGH-array)", "QF-PCR + caryotype"],
                         ["Karyotype", "Chromosomal microarray", "QF-PCR + karyotype"]))
    sample = (L(lang, "liquide amniotique", "amniotic fluid") if prenatal
              else L(lang, "sang périphérique", "peripheral blood"))
    idb = T.ident(ctx, p, lang, F, style="fields", mrn=True)
    rep = [L(lang, "# Identification", "# Identification")] + idb.split("\n") + [
        "", L(lang, "# Prélèvement", "# Specimen"), L(lang, f"Type : {sample}", f"Type: {sample}"),
        L(lang, f"Reçu le : {I.fmt_date(ctx.when().date(), 'iso')}", f"Received: {I.fmt_date(ctx.when().date(), 'iso')}"),
        "", L(lang, "# Résultat", "# Result"), f"{test} : {f['kar_fr'] if lang == 'fr' else f['kar_en']}",
        L(lang, f"Interprétation : résultat compatible avec une {f['fr']}.", f"Interpretation: consistent with {f['en']}."),
        "", L(lang, "Validé par : Dre P. Raman, cytogénéticienne", "Signed out by: Dr. P. Raman, cytogeneticist")]
    pdf = A.make_pdf(L(lang, "Laboratoire de cytogénétique — Rapport", "Cytogenetics Laboratory — Report"), rep,
                     author="LIMS", compress=ctx.chance(0.5), header=f"{D.ORG_FR} — {D.DOM}")
    fname = ctx.pick([f"Rapport_{p['surname'].upper()}_{p['given']}.pdf", f"cyto_{p['mrn'].replace(' ', '')}.pdf",
                      f"{test.split()[0]}_{p['surname']}.pdf", "rapport.pdf"])
    if lang == "fr":
        subj = ctx.pick(["Rapport cytogénétique", "Résultat caryotype - à signer", f"{test} — résultat final"])
        body = (f"{T.greet(ctx, gen, lang)}\n\nRapport final ci-joint. Résultat anormal ; "
                f"{ctx.pick(['la patiente a rendez-vous lundi', 'à communiquer en personne SVP', 'le MFM est au courant'])}."
                + T.sig(ctx, lab, lang))
    else:
        subj = ctx.pick(["Cytogenetics report", "Karyotype result - for signature", f"{test} - final"])
        body = (f"{T.greet(ctx, gen, lang)}\n\nFinal report attached. Abnormal result; "
                f"{ctx.pick(['patient is booked Monday', 'please disclose in person', 'MFM is aware'])}."
                + T.sig(ctx, lab, lang))
    spec = T.new_spec(ctx, lang, T.addr(lab, lang), [T.addr(gen, lang)], subj, category="karyotype",
                      note=L(lang, "rapport de cytogénétique en pièce jointe", "cytogenetics report attached"))
    attach(ctx, spec, fname, pdf)
    return finish(ctx, spec, body, form=ctx.pick(["plain", "alt"]), F=F)


def p_carrier(ctx, lang):
    F = T.Findings()
    gc = T.staff(ctx, "genetic counsellor")
    doc = T.external(ctx, lang, "gmf", "gmf2", "obs")
    mom = ctx.patient(lang, kind="prenatal")
    dad = ctx.patient(lang, kind="partner", sex="M")
    c = ctx.pick([x for x in D.CONDITIONS if x["k"] in ("cf", "tyr", "arsacs", "sma", "mcad")])
    F.add("lab_result", "diagnosis")
    id1 = T.ident(ctx, mom, lang, F, style=ctx.pick(["line", "paren"]))
    id2 = T.ident(ctx, dad, lang, F, style=ctx.pick(["line", "paren"]))
    if lang == "fr":
        paras = [f"Objet : dépistage de porteurs — {c['fr']}",
                 f"Madame : {id1}", f"Conjoint : {id2}",
                 f"Résultat (Madame) : {c['gene']} — variant pathogène à l'état hétérozygote (porteuse).",
                 f"Résultat (conjoint) : {c['gene']} — même statut de porteur.",
                 "Risque pour chaque grossesse : 1 sur 4 d'un enfant atteint. Un diagnostic prénatal a été offert "
                 "(choriocentèse vers 11-13 SA). Le couple réfléchit et nous rappellera.",
                 f"{gc['given']} {gc['surname']}, conseiller(ère) en génétique"]
        subj = ctx.pick(["Résultats — dépistage de porteurs (couple)", "Lettre de résultats porteurs", "Porteurs : lettre au médecin"])
        body = (f"{T.greet(ctx, doc, lang)}\n\nVous trouverez ci-joint la lettre de résultats pour le couple que vous "
                f"nous avez adressé. En bref : les deux sont porteurs ({c['fr']}).\n\nBonne journée" + T.sig(ctx, gc, lang))
    else:
        paras = [f"Re: carrier screening - {c['en']}", f"Patient: {id1}", f"Partner: {id2}",
                 f"Result (patient): {c['gene']} pathogenic variant, heterozygous (carrier).",
                 f"Result (partner): {c['gene']} - also a carrier.",
                 "Risk for each pregnancy: 1 in 4 of an affected child. Prenatal diagnosis offered (CVS at 11-13 weeks). "
                 "The couple is considering options and will call back.",
                 f"{gc['given']} {gc['surname']}, genetic counsellor"]
        subj = ctx.pick(["Results - couple carrier screening", "Carrier results letter", "Carrier screen: letter to MD"])
        body = (f"{T.greet(ctx, doc, lang)}\n\nAttached is the results letter for the couple you referred. In short: "
                f"both are carriers ({c['en']}).\n\nBest" + T.sig(ctx, gc, lang))
    docx = A.make_docx(L(lang, "Lettre de résultats", "Results letter"), paras, author=f"{gc['given']} {gc['surname']}")
    spec = T.new_spec(ctx, lang, T.addr(gc, lang), [T.addr(doc, lang)], subj, category="carrier_result",
                      note=L(lang, "résultats de dépistage de porteurs du couple", "couple carrier screening results"))
    attach(ctx, spec, ctx.pick([L(lang, "Lettre_résultats_porteurs.docx", "carrier_results_letter.docx"),
                                f"{mom['surname']}_{dad['surname']}_porteurs.docx"]), docx)
    return finish(ctx, spec, body, F=F)


def p_newborn(ctx, lang):
    F = T.Findings()
    bio = T.staff(ctx, "biochemist", "metabolic")
    ped = T.staff(ctx, "metabolic", "medical geneticist", exclude=(bio["surname"],))
    baby = ctx.patient(lang, kind="newborn", nam=False)
    mom_given = ctx.pick(D.PAT_GIV_FR_F if lang == "fr" else D.PAT_GIV_EN_F)
    c = ctx.pick([x for x in D.CONDITIONS if x["k"] in ("pku", "tyr", "mcad")])
    F.add("patient_name", "date_of_birth", "lab_result", "diagnosis", "patient_contact")
    tel = baby["phone"]
    soc = ""
    if ctx.chance(0.35):
        F.add("social_information")
        soc = " " + ctx.pick(L(lang, ["Mère de 17 ans hébergée en centre jeunesse ; intervenante DPJ au dossier.",
                                      "Famille sans logement fixe (refuge), passer par l'intervenante du CLSC si pas de réponse."],
                                   ["Mother is 17 and lives in a youth centre; child protection worker involved.",
                                    "Family has no fixed address (shelter); go through the CLSC worker if no answer."]))
    born = I.fmt_date(baby["dob"], ctx.pick(["iso", "dmy", "long"]), lang)
    if ctx.chance(0.6):
        F.add("medication")
        plan = L(lang, f"Plan : {c['med_fr']} dès confirmation.", f"Plan: {c['med_en']} once confirmed.")
    else:
        plan = L(lang, "Plan : prélèvements de confirmation aujourd'hui.", "Plan: confirmatory samples today.")
    if lang == "fr":
        subj = ctx.pick(["Dépistage néonatal positif — URGENT", f"DN positif : bébé {baby['surname']}",
                         "Appel famille à faire aujourd'hui"])
        body = (f"{ped['given']},\n\nDépistage sanguin néonatal positif :\n"
                f"Bébé {ctx.pick(['garçon', 'fille'])} {baby['surname'].upper()} (prénom : {baby['given']}), né(e) le {born}, "
                f"mère {mom_given} {baby['surname']}\n{c['res_fr']}\nSuspicion de {c['fr']}.\n\n"
                f"Parents joignables au {tel}.{soc} {plan}\nPeux-tu les appeler avant 16 h ? Sinon je le fais."
                + T.sig(ctx, bio, lang))
    else:
        subj = ctx.pick(["Positive newborn screen - URGENT", f"NBS positive: baby {baby['surname']}",
                         "Family call needed today"])
        body = (f"{ped['given']},\n\nPositive newborn blood spot:\n"
                f"Baby {ctx.pick(['boy', 'girl'])} {baby['surname'].upper()} ({baby['given']}), born {born}, "
                f"mother {mom_given} {baby['surname']}\n{c['res_en']}\nSuspected {c['en']}.\n\n"
                f"Parents reachable at {tel}.{soc} {plan}\nCan you call them before 4 pm? Otherwise I will."
                + T.sig(ctx, bio, lang))
    spec = T.new_spec(ctx, lang, T.addr(bio, lang), [T.addr(ped, lang)], subj, category="newborn_screen",
                      note=L(lang, "dépistage néonatal positif", "positive newborn screen"))
    spec["importance"] = True
    return finish(ctx, spec, body, form=ctx.pick(["plain", "plain", "alt"]), F=F)


def p_clinic_list(ctx, lang):
    F = T.Findings()
    clerk = T.staff(ctx, "administrative", "booking")
    gcs = [T.staff(ctx, "genetic counsellor") for _ in range(2)]
    when = ctx.when()
    day = ctx.future_day(when, 1, 4)
    n = ctx.rng.randrange(4, 8)
    rows = [L(lang, ["Heure", "Patient(e)", "Dossier", "Indication", "Cons."], ["Time", "Patient", "MRN", "Indication", "GC"])]
    F.add("patient_name", "mrn", "diagnosis")
    inds = {
        "prenatal": L(lang, ["DPNI haut risque T21", "FK porteurs — conseil prénatal", "écho : hygroma", "CN 3,6 mm",
                             "consanguinité (cousins germains)", "porteuse prémutation FMR1, 11 SA"],
                      ["high-risk NIPT T21", "CF carriers - prenatal counselling", "US: cystic hygroma", "NT 3.6 mm",
                       "consanguinity (first cousins)", "FMR1 premutation carrier, 11 wks"]),
        "adult": L(lang, ["porteuse BRCA2 — conseil prétest", "HD test prédictif (2e visite)", "Lynch — divulgation",
                          "Marfan ? (grand, ectopie cristallin)", "HF familiale, LDL 7,1"],
                   ["BRCA2 carrier - pretest", "HD predictive (visit 2)", "Lynch - disclosure",
                    "?Marfan (tall, lens dislocation)", "familial hypercholesterolaemia, LDL 7.1"]),
        "child": L(lang, ["retard global + dysmorphie", "X fragile, sœur atteinte", "NF1 ? (6 taches café-au-lait)",
                          "suivi PCU", "hypotonie, CK 12 000"],
                   ["GDD + dysmorphism", "fragile X, affected sister", "?NF1 (6 cafe-au-lait macules)",
                    "PKU follow-up", "hypotonia, CK 12,000"]),
    }
    for i in range(n):
        kind = ctx.pick(["prenatal", "adult", "child"])
        p = ctx.patient(lang, kind=kind, nam=False)
        nm = I.name_form(ctx, p, ctx.pick(["upper_sur", "sur_first", "initials", "full", "lower"]), lang)
        t = f"{8 + i}:{ctx.pick(['00', '30'])}" if lang == "en" else f"{8 + i} h {ctx.pick(['00', '30'])}"
        rows.append([t, nm, p["mrn"], ctx.pick(inds[kind]), gcs[i % 2]["given"][0] + gcs[i % 2]["surname"][0]])
    if ctx.chance(0.5):
        spec_body = L(lang, f"Voici la liste de clinique du {I.fmt_day(day, lang)} (fichier joint). Deux plages libres en PM.",
                      f"Clinic list for {I.fmt_day(day, lang)} attached. Two open slots in the afternoon.")
        body = f"{L(lang, 'Bonjour à tous,', 'Hi all,')}\n\n{spec_body}" + T.sig(ctx, clerk, lang, "short")
        spec = T.new_spec(ctx, lang, T.addr(clerk, lang), [T.addr(g, lang) for g in gcs],
                          L(lang, f"Liste clinique génétique {day.isoformat()}", f"Genetics clinic list {day.isoformat()}"),
                          when=when, category="clinic_list", note=L(lang, "liste de clinique en XLSX", "clinic list as XLSX"))
        attach(ctx, spec, L(lang, f"liste_clinique_{day.isoformat()}.xlsx", f"clinic_list_{day.isoformat()}.xlsx"),
               A.make_xlsx([(L(lang, "Clinique", "Clinic"), rows)], author=f"{clerk['given']} {clerk['surname']}"))
        return finish(ctx, spec, body, F=F)
    body = (f"{L(lang, 'Bonjour à tous,', 'Hi all,')}\n\n"
            + L(lang, f"Liste du {I.fmt_day(day, lang)} :", f"List for {I.fmt_day(day, lang)}:")
            + "\n\n[[TABLE]]\n\n" + L(lang, "Merci de me signaler les changements.", "Let me know of any changes.")
            + T.sig(ctx, clerk, lang, "short"))
    spec = T.new_spec(ctx, lang, T.addr(clerk, lang), [T.addr(g, lang) for g in gcs],
                      L(lang, f"Clinique {I.fmt_day(day, lang)}", f"Clinic {I.fmt_day(day, lang)}"), when=when,
                      category="clinic_list", note=L(lang, "liste de clinique dans le corps", "clinic list in body"))
    return finish(ctx, spec, body, tables={"[[TABLE]]": rows}, form=ctx.pick(["html", "alt"]), F=F)


def p_signout(ctx, lang):
    F = T.Findings()
    r1 = T.staff(ctx, "resident")
    r2 = T.staff(ctx, "resident", "medical geneticist", exclude=(r1["surname"],))
    F.add("patient_name", "diagnosis")
    lines = []
    items_fr = [("4N-412", "post-partum J1, bb dysmorphique, suspicion T21 ; QF-PCR envoyé, rés. demain", ("lab_result",)),
                ("NICU-07", "hypotonie + hypoglycémies ; profil acylcarnitines C8 élevé, carnitine débutée", ("lab_result", "medication")),
                ("5S-520", "IMG à 21 SA pour T18 confirmée ; autopsie consentie ; soutien TS", ()),
                ("URG", "ado 15 ans, syncope, QTc 510 ; nadolol débuté, KCNQ1 en cours", ("lab_result", "medication")),
                ("4N-408", "G3P2 34 SA, polyhydramnios + pied bot ; amnio faite, micro-array pending", ()),
                ("PED-3", "tyrosinémie connue, SA 8,2 ; nitisinone ajustée à 1,5 mg/kg", ("lab_result", "medication"))]
    items_en = [("4N-412", "PPD1, dysmorphic baby, ?T21; QF-PCR sent, result tmrw", ("lab_result",)),
                ("NICU-07", "hypotonia + hypoglycaemia; acylcarnitines C8 high, started carnitine", ("lab_result", "medication")),
                ("5S-520", "TOP at 21 wks for confirmed T18; autopsy consented; SW support", ()),
                ("ER", "15 yo syncope, QTc 510; nadolol started, KCNQ1 pending", ("lab_result", "medication")),
                ("4N-408", "G3P2 34 wks, polyhydramnios + clubfoot; amnio done, microarray pending", ()),
                ("PED-3", "known tyrosinaemia, SA 8.2; nitisinone up to 1.5 mg/kg", ("lab_result", "medication"))]
    picks = ctx.rng.sample(range(len(items_fr)), ctx.rng.randrange(3, 5))
    lower = ctx.chance(0.5)
    for i in picks:
        room, txt, ty = L(lang, items_fr, items_en)[i]
        F.add(*ty)
        p = ctx.patient(lang, kind="adult", nam=False)
        nm = I.name_form(ctx, p, ctx.pick(["sur_first", "upper_sur2", "lower", "initials"]), lang)
        line = f"- {room} {nm} : {txt}" if lang == "fr" else f"- {room} {nm}: {txt}"
        lines.append(line.lower() if lower else line)
    if lang == "fr":
        body = (f"{r2['given']}, voici le sign-out consults génétique pour la nuit :\n\n" + "\n".join(lines) +
                "\n\nRien d'urgent à part le NICU. Pager 4410 si besoin.\n" + T.sig(ctx, r1, lang, "initials"))
        subj = ctx.pick(["sign-out génétique", "Sign out consults", "SO ce soir"])
    else:
        body = (f"{r2['given']}, genetics consult sign-out for tonight:\n\n" + "\n".join(lines) +
                "\n\nNothing urgent except NICU. Pager 4410 if needed.\n" + T.sig(ctx, r1, lang, "initials"))
        subj = ctx.pick(["genetics sign-out", "Sign out - consults", "SO tonight"])
    spec = T.new_spec(ctx, lang, T.addr(r1, lang), [T.addr(r2, lang)], subj, category="signout",
                      note=L(lang, "sign-out des consultations", "consult sign-out list"))
    return finish(ctx, spec, body, form="plain", F=F)


TEMPLATES = [
    (p_referral, 3), (p_nipt, 3), (p_serum, 2), (p_booking, 2), (p_karyotype, 3),
    (p_carrier, 2), (p_newborn, 2), (p_clinic_list, 2), (p_signout, 2),
]
