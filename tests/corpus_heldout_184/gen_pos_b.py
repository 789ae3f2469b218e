"""Positive templates, part B: prescriptions, forms, transport, social work, threads, subject/file-name only."""
import datetime as dt

import gen_data as D
import gen_ids as I
import gen_text as T
import gen_attach as A
from gen_build import L, attach, finish, ga, clin_cond


def p_prescription(ctx, lang):
    F = T.Findings()
    md = T.staff(ctx, "medical geneticist", "metabolic", "maternal-fetal")
    ph = T.external(ctx, lang, "pharm", "pharm2")
    kind = ctx.pick(["prenatal", "child", "adult"])
    p = ctx.patient(lang, kind=kind)
    if kind == "prenatal":
        dx, meds = ctx.pick(L(lang, [
            ("grossesse — antécédent d'anomalie du tube neural", ["acide folique 5 mg DIE"]),
            ("grossesse — risque de prééclampsie (PAPP-A basse)", ["AAS 162 mg HS jusqu'à 36 SA", "acide folique 1 mg DIE"]),
            ("nausées et vomissements de grossesse", ["Diclectin 10 mg/10 mg, 2 co HS + 1 co AM"]),
            ("hypothyroïdie, grossesse de 10 SA", ["lévothyroxine 88 mcg DIE (augmentée de 75 mcg)"]),
        ], [
            ("pregnancy - previous neural tube defect", ["folic acid 5 mg daily"]),
            ("pregnancy - preeclampsia risk (low PAPP-A)", ["ASA 162 mg qhs until 36 wks", "folic acid 1 mg daily"]),
            ("nausea and vomiting of pregnancy", ["Diclectin 10 mg/10 mg, 2 tabs qhs + 1 tab am"]),
            ("hypothyroidism, 10 weeks pregnant", ["levothyroxine 88 mcg daily (up from 75 mcg)"]),
        ]))
    else:
        c = ctx.pick([x for x in D.CONDITIONS if x["med_fr"] and x["adult"] == (kind == "adult")])
        meds = [c["med_fr"] if lang == "fr" else c["med_en"]]
        dx = c["fr"] if lang == "fr" else c["en"]
    F.add("medication", "diagnosis")
    extra = ctx.pick([("address",), ("phone",), ()])
    idb = T.ident(ctx, p, lang, F, style=ctx.pick(["fields", "line"]), extra=extra)
    ren = ctx.pick([1, 2, 3, 5, 11])
    rx = "\n".join(f"  {i + 1}. {m}" + L(lang, f" — qté 30 j, {ren} renouvellement(s)", f" - 30 days, {ren} refill(s)")
                   for i, m in enumerate(meds))
    if lang == "fr":
        subj = ctx.pick(["Ordonnance", "Ordonnance — envoi sécurisé", "Rx pour votre pharmacie", "Renouvellement"])
        body = (f"{T.greet(ctx, ph, lang)}\n\nVoici l'ordonnance pour :\n{idb}\n\nDiagnostic : {dx}\n\n{rx}\n\n"
                f"L'original signé suit par télécopieur. Merci de confirmer la disponibilité"
                f"{' (produit d’accès spécial)' if 'Orfadin' in ''.join(meds) or 'Kuvan' in ''.join(meds) else ''}."
                + T.sig(ctx, md, lang))
    else:
        subj = ctx.pick(["Prescription", "Rx - secure send", "Prescription for your pharmacy", "Renewal"])
        body = (f"{T.greet(ctx, ph, lang)}\n\nPrescription for:\n{idb}\n\nDiagnosis: {dx}\n\n{rx}\n\n"
                f"Signed original to follow by fax. Please confirm you can stock it." + T.sig(ctx, md, lang))
    spec = T.new_spec(ctx, lang, T.addr(md, lang), [T.addr(ph, lang)], subj, category="prescription",
                      note=L(lang, "ordonnance à la pharmacie", "prescription to pharmacy"))
    if ctx.chance(0.4):
        pdf = A.make_pdf(L(lang, "Ordonnance", "Prescription"), idb.split("\n") + ["", dx, ""] + [m for m in meds],
                         author=f"{md['given']} {md['surname']}", compress=ctx.chance(0.5))
        attach(ctx, spec, L(lang, f"ordonnance_{p['surname']}.pdf", f"rx_{p['surname']}.pdf"), pdf)
    return finish(ctx, spec, body, F=F)


def p_insurer(ctx, lang):
    F = T.Findings()
    gc = T.staff(ctx, "medical geneticist", "genetic counsellor", "administrative")
    ins = T.external(ctx, lang, "ins", "ins2", "cisss")
    p = ctx.patient(lang, kind="adult")
    c = ctx.pick([x for x in D.CONDITIONS if x["adult"]])
    F.add("diagnosis", "lab_result")
    idb = T.ident(ctx, p, lang, F, style="fields", extra=("sin",) + (("address",) if ctx.chance(0.5) else ()))
    purpose = ctx.pick(L(lang, ["Demande de prestations d'invalidité de longue durée", "Assurance salaire — attestation médicale",
                                "Prestations de compassion (assurance-emploi) — proche aidant"],
                            ["Long-term disability claim", "Salary insurance - medical certificate",
                             "EI compassionate care benefits - caregiver"]))
    lines = [purpose, ""] + idb.split("\n") + [
        "", L(lang, f"Diagnostic : {c['fr']}", f"Diagnosis: {c['en']}"),
        L(lang, f"Résultat du test génétique : {c['res_fr']}", f"Genetic test result: {c['res_en']}"),
        L(lang, "Limitations fonctionnelles : voir note jointe.", "Functional limitations: see attached note.")]
    if lang == "fr":
        subj = ctx.pick(["Formulaire assureur complété", f"Dossier {ctx.rng.randrange(100000, 999999)} — formulaire médical",
                         "Réponse à votre demande de renseignements"])
        body = (f"{T.greet(ctx, ins, lang)}\n\nComme demandé, vous trouverez le formulaire complété et signé, avec le "
                f"consentement de la personne assurée (art. 9 de la Loi sur la non-discrimination génétique respecté).\n\n"
                f"Cordialement" + T.sig(ctx, gc, lang))
    else:
        subj = ctx.pick(["Completed insurer form", f"Claim {ctx.rng.randrange(100000, 999999)} - medical form",
                         "Your request for information"])
        body = (f"{T.greet(ctx, ins, lang)}\n\nAs requested, please find the completed and signed form, sent with the "
                f"member's written consent.\n\nRegards" + T.sig(ctx, gc, lang))
    spec = T.new_spec(ctx, lang, T.addr(gc, lang), [T.addr(ins, lang)], subj, category="insurer_form",
                      note=L(lang, "formulaire d'assureur avec NAS", "insurer form with SIN"))
    if ctx.chance(0.5):
        data = A.make_pdf(purpose, lines, author=f"{gc['given']} {gc['surname']}", compress=ctx.chance(0.5))
        attach(ctx, spec, ctx.pick([L(lang, "formulaire_assureur.pdf", "insurer_form.pdf"), f"Formulaire_{p['surname']}.pdf"]), data)
    else:
        data = A.make_docx(purpose, lines, author=f"{gc['given']} {gc['surname']}")
        attach(ctx, spec, ctx.pick([L(lang, "formulaire_complété.docx", "completed_form.docx"), f"form_{p['surname']}.docx"]), data)
    return finish(ctx, spec, body, F=F)


def p_transport(ctx, lang):
    F = T.Findings()
    clerk = T.staff(ctx, "booking", "administrative", "social worker")
    tr = T.external(ctx, lang, "transport")
    p = ctx.patient(lang, kind=ctx.pick(["prenatal", "senior", "child"]))
    F.add("patient_contact", "diagnosis")
    idb = T.ident(ctx, p, lang, F, style="fields", extra=("address", "phone"), mrn=False)
    when = ctx.when()
    day = ctx.future_day(when, 2, 12)
    need = ctx.pick(L(lang, ["fauteuil roulant (ataxie, ARSACS)", "grossesse 30 SA, alitement partiel",
                             "enfant avec trachéostomie (amyotrophie spinale), accompagné d'un parent",
                             "déficience visuelle, maladie de Huntington débutante"],
                         ["wheelchair (ataxia, ARSACS)", "30 wks pregnant, partial bed rest",
                          "child with tracheostomy (SMA), one parent escorting", "visually impaired, early Huntington disease"]))
    if ctx.chance(0.45):
        F.add("social_information")
        need += ctx.pick(L(lang, [" ; vit seule, sans voiture ; prestataire de l'aide sociale (frais couverts)",
                                  " ; hébergée temporairement en maison d'aide (adresse confidentielle, ne pas divulguer)"],
                               [" ; lives alone, no car; on income assistance (fees covered)",
                                " ; temporarily at a women's shelter (confidential address, do not disclose)"]))
    if lang == "fr":
        subj = ctx.pick(["Demande de transport adapté", "Transport — RDV génétique", "Transport aller-retour"])
        body = (f"{T.greet(ctx, tr, lang)}\n\nMerci d'organiser un transport aller-retour pour :\n\n{idb}\n\n"
                f"RDV : {I.fmt_day(day, lang)}, 9 h 45, clinique de génétique (pavillon Sainte-Marthe, 4e)\n"
                f"Besoins : {need}\nRetour prévu vers 12 h." + T.sig(ctx, clerk, lang))
    else:
        subj = ctx.pick(["Adapted transport request", "Transport - genetics appt", "Return transport"])
        body = (f"{T.greet(ctx, tr, lang)}\n\nPlease arrange return transport for:\n\n{idb}\n\n"
                f"Appointment: {I.fmt_day(day, lang)}, 9:45, genetics clinic (Sainte-Marthe pavilion, 4th floor)\n"
                f"Needs: {need}\nPickup for return around noon." + T.sig(ctx, clerk, lang))
    spec = T.new_spec(ctx, lang, T.addr(clerk, lang), [T.addr(tr, lang)], subj, when=when, category="transport",
                      note=L(lang, "demande de transport pour un rendez-vous", "transport request for an appointment"))
    return finish(ctx, spec, body, F=F)


def p_social(ctx, lang):
    F = T.Findings()
    sw = T.staff(ctx, "social worker")
    gc = T.staff(ctx, "genetic counsellor", "maternal-fetal")
    p = ctx.patient(lang, kind="prenatal")
    soc = ctx.pick(L(lang, D.SOCIAL_FR, D.SOCIAL_EN))
    F.add("social_information", "diagnosis", "lab_result")
    nm = I.name_form(ctx, p, ctx.pick(["title", "full", "title"]), lang)
    F.add("patient_name")
    idpart = ""
    if ctx.chance(0.45):
        idpart = "\n" + T.ident(ctx, p, lang, F, style=ctx.pick(["line", "fields"]), extra=("sin",)) + L(
            lang, "\nNous avons rempli ensemble la demande d'aide financière de dernier recours (NAS ci-dessus).",
            "\nWe completed her income assistance application together (SIN above).")
    elif p.get("nam") or ctx.chance(0.4):
        idpart = "\n" + T.ident(ctx, p, lang, F, style="line")
    given_only = p["given"]
    if lang == "fr":
        subj = ctx.pick([f"{nm} — suivi psychosocial", "Suivi TS — patiente DPNI", "Note TS confidentielle"])
        body = (f"{T.greet(ctx, gc, lang)}\n\nJ'ai rencontré {nm} hier après sa consultation (DPNI à risque élevé, "
                f"amnio prévue).{idpart}\n\nContexte : {soc}. {given_only} dit ne pas vouloir que le conjoint soit "
                f"informé du résultat. Elle accepte un suivi hebdomadaire et une référence au CLSC.\n\n"
                f"Si elle appelle pour l'amnio, merci de passer par son cellulaire seulement." + T.sig(ctx, sw, lang))
    else:
        subj = ctx.pick([f"{nm} - psychosocial follow-up", "SW follow-up - NIPT patient", "Confidential SW note"])
        body = (f"{T.greet(ctx, gc, lang)}\n\nI met {nm} yesterday after her appointment (high-risk NIPT, "
                f"amnio planned).{idpart}\n\nContext: {soc}. {given_only} does not want her partner told about the "
                f"result. She agreed to weekly follow-up and a referral to the CLSC.\n\n"
                f"If she calls about the amnio, please use her cell only." + T.sig(ctx, sw, lang))
    spec = T.new_spec(ctx, lang, T.addr(sw, lang), [T.addr(gc, lang)], subj, category="social_work",
                      note=L(lang, "note de travail social", "social work note"))
    return finish(ctx, spec, body, F=F)


def p_forward(ctx, lang):
    F = T.Findings()
    gen = T.staff(ctx, "medical geneticist")
    gc = T.staff(ctx, "genetic counsellor")
    lab = dict(given=L(lang, "Service", "Client"), surname=L(lang, "Résultats", "Services"),
               email=f"resultats@{D.EXT_DOMAINS['lab_ref']}")
    p = ctx.patient(lang, kind="adult")
    c = ctx.pick([x for x in D.CONDITIONS if x["adult"]])
    F.add("lab_result", "diagnosis")
    idb = T.ident(ctx, p, lang, F, style=ctx.pick(["fields", "line"]))
    when = ctx.when()
    t0 = T.earlier(ctx, when, 2, 60)
    inner_subj = L(lang, f"Résultat disponible — panel {c['gene']}", f"Result available - {c['gene']} panel")
    inner = L(lang, f"Bonjour,\n\nLe rapport suivant est disponible :\n\n{idb}\nAnalyse : séquençage panel ({c['gene']})\n"
                    f"Résultat : {c['res_fr']}\n\nLaboratoire de référence moléculaire",
              f"Hello,\n\nThe following report is now available:\n\n{idb}\nTest: panel sequencing ({c['gene']})\n"
              f"Result: {c['res_en']}\n\nMolecular Reference Laboratory")
    note = ctx.pick(L(lang, ["Peux-tu planifier la divulgation ? Dépistage en cascade à prévoir pour la fratrie.",
                             "FYI — positif. Je vois la personne jeudi, peux-tu préparer les lettres familiales ?",
                             "Celui-là est pour toi, je suis en congé la semaine prochaine."],
                         ["Can you book the disclosure? Cascade testing for siblings to plan.",
                          "FYI - positive. Seeing the patient Thursday, can you prep the family letters?",
                          "This one's yours, I'm off next week."]))
    body = note + T.sig(ctx, gen, lang, ctx.pick(["initials", "short"])) + T.forward_block(ctx, inner, lab, t0, inner_subj, gen, lang)
    spec = T.new_spec(ctx, lang, T.addr(gen, lang), [T.addr(gc, lang)], L(lang, "TR: ", "Fwd: ") + inner_subj,
                      when=when, category="forward", note=L(lang, "résultat transféré en ligne", "inline-forwarded result"))
    return finish(ctx, spec, body, F=F)


def p_reply(ctx, lang):
    F = T.Findings()
    a = T.staff(ctx, "genetic counsellor", "clinical nurse")
    b = T.staff(ctx, "medical geneticist", "maternal-fetal")
    p = ctx.patient(lang, kind="prenatal", nam=False)
    f = ctx.pick(D.PRENATAL_FINDINGS)
    F.add("patient_name", "diagnosis", "lab_result")
    sur = p["surname"]
    nm = I.name_form(ctx, p, ctx.pick(["title_sur", "title", "upper_sur"]), lang)
    when = ctx.when()
    t0 = T.earlier(ctx, when, 1, 20)
    orig_subj = L(lang, f"{nm} — résultat amnio", f"{nm} - amnio result")
    if lang == "fr":
        q = (f"Salut {b['given']},\n\nL'amnio de {nm} ({ga(ctx, 15, 18, lang)}) revient : {f['kar_fr']}, donc {f['fr']} "
             f"confirmée. Elle attend notre appel. Tu veux la voir avec moi demain ?\n\n{a['given']}")
        r = ctx.pick([f"Oui, 13 h. Appelle-la ce soir pour fixer ; {p['given']} préfère qu'on la rejoigne après 17 h.",
                      "Ok pour demain. Prévois du temps : elle envisage une IMG. Avise la TS SVP.",
                      "Je suis en salle toute la journée ; vois-la avec Anne (R3), je passerai à la fin."])
    else:
        q = (f"Hi {b['given']},\n\n{nm}'s amnio ({ga(ctx, 15, 18, lang)}) is back: {f['kar_en']}, so {f['en']} "
             f"confirmed. She's waiting for our call. Want to see her with me tomorrow?\n\n{a['given']}")
        r = ctx.pick([f"Yes, 1 pm. Call her tonight to confirm; {p['given']} prefers after 5.",
                      "OK for tomorrow. Book extra time: she is considering termination. Please loop in SW.",
                      "I'm in procedures all day; see her with Anne (R3), I'll come by at the end."])
    body = r + T.sig(ctx, b, lang, "initials") + T.quote_reply(ctx, q, a, t0, lang, to=b, subject=orig_subj)
    spec = T.new_spec(ctx, lang, T.addr(b, lang), [T.addr(a, lang)], L(lang, "RE: ", "RE: ") + orig_subj, when=when,
                      category="reply", note=L(lang, "réponse avec texte cité", "reply with quoted text"))
    spec["in_reply_to"] = ctx.msgid(D.DOM)
    return finish(ctx, spec, body, F=F)


def p_subject_only(ctx, lang):
    """The patient's name appears only in the Subject."""
    F = T.Findings()
    a = T.staff(ctx, "medical geneticist", "genetic counsellor")
    b = T.staff(ctx, "genetic counsellor", "clinical nurse", "administrative", exclude=(a["surname"],))
    p = ctx.patient(lang, kind="adult", nam=False)
    c = ctx.pick([x for x in D.CONDITIONS if x["adult"]])
    F.add("patient_name", "lab_result", "diagnosis")
    nm = I.name_form(ctx, p, ctx.pick(["upper_sur", "sur_first", "full", "initials", "lower"]), lang)
    subj = ctx.pick([f"{nm} — {c['gene']}", f"{nm}", f"re {nm}", f"{c['gene']} {nm}"])
    if lang == "fr":
        body = ctx.pick([f"{c['res_fr']}.\nRésultat à remettre en personne ; RDV à fixer d'ici 2 semaines.",
                         f"Positive. {c['res_fr']}. Diagnostic de {c['fr']} confirmé. Je m'occupe de la lettre.",
                         f"Rappel : résultat {c['gene']} anormal en attente de divulgation ({c['fr']})."])
    else:
        body = ctx.pick([f"{c['res_en']}.\nDisclose in person; book within 2 weeks.",
                         f"Positive. {c['res_en']}. Confirms {c['en']}. I'll do the letter.",
                         f"Reminder: abnormal {c['gene']} result pending disclosure ({c['en']})."])
    body += T.sig(ctx, a, lang, "initials")
    spec = T.new_spec(ctx, lang, T.addr(a, lang), [T.addr(b, lang)], subj, category="quick_note",
                      note=L(lang, "nom seulement dans l'objet", "name only in the subject"))
    if ctx.chance(0.3):
        spec["transport"]["force_subj_2047"] = True
    return finish(ctx, spec, body, form="plain", F=F)


def p_filename_only(ctx, lang):
    """The patient's name appears only in the attachment's file name."""
    F = T.Findings()
    lab = T.staff(ctx, "laboratory", "technologist", "cytogeneticist")
    gen = T.staff(ctx, "medical geneticist", "genetic counsellor")
    p = ctx.patient(lang, kind=ctx.pick(["adult", "child"]), nam=False)
    c = ctx.pick(D.CONDITIONS)
    F.add("patient_name", "lab_result", "diagnosis")
    fname = ctx.pick([f"{p['surname'].upper()}_{p['given']}_{c['gene']}.pdf",
                      f"Résultat {p['given']} {p['surname']}.pdf" if lang == "fr" else f"Result {p['given']} {p['surname']}.pdf",
                      f"{p['surname']}, {p['given']} - rapport.pdf" if lang == "fr" else f"{p['surname']}, {p['given']} - report.pdf"])
    rep = [L(lang, f"Analyse : {c['gene']}", f"Test: {c['gene']}"), L(lang, f"Résultat : {c['res_fr']}", f"Result: {c['res_en']}"),
           L(lang, f"Conclusion : compatible avec {c['fr']}.", f"Conclusion: consistent with {c['en']}.")]
    pdf = A.make_pdf(L(lang, "Rapport de laboratoire", "Laboratory report"), rep, author="LIMS", compress=ctx.chance(0.5))
    body = L(lang, ctx.pick(["Voir pièce jointe. Résultat positif, à revoir avec toi.", "Ci-joint, anormal.",
                             "Rapport en PJ — le variant est confirmé."]),
             ctx.pick(["See attached. Positive, let's review.", "Attached, abnormal.", "Report attached - variant confirmed."]))
    body += T.sig(ctx, lab, lang, ctx.pick(["short", "initials"]))
    spec = T.new_spec(ctx, lang, T.addr(lab, lang), [T.addr(gen, lang)],
                      L(lang, ctx.pick(["Rapport", "Résultat", "PJ"]), ctx.pick(["Report", "Result", "Attachment"])),
                      category="lab_report", note=L(lang, "nom seulement dans le nom du fichier joint",
                                                    "name only in the attachment file name"))
    attach(ctx, spec, fname, pdf)
    return finish(ctx, spec, body, form="plain", F=F)


def p_ontario(ctx, lang):
    F = T.Findings()
    doc = T.external(ctx, "en", "ont", "ont_lab") if lang == "en" else dict(
        t_fr="Dre", t_en="Dr.", given="Sophie", surname="Laframboise", role_fr="médecin de famille, Hawkesbury",
        role_en="family physician", ext=None, email=f"sophie.laframboise@{D.EXT_DOMAINS['ont']}", internal=False)
    intake = T.staff(ctx, "administrative", "booking", "genetic counsellor")
    p = ctx.patient(lang, kind=ctx.pick(["prenatal", "adult", "child"]), origin="on")
    c = ctx.pick(D.CONDITIONS)
    F.add("diagnosis")
    extra = ("ohn",) + (("address",) if ctx.chance(0.5) else ()) + (("phone",) if ctx.chance(0.4) else ())
    idb = T.ident(ctx, p, lang, F, style=ctx.pick(["fields", "line", "pipe"]), extra=extra, mrn=False)
    if ctx.chance(0.5):
        F.add("lab_result")
        res = L(lang, f"\nRésultat antérieur : {c['res_fr']}", f"\nPrior result: {c['res_en']}")
    else:
        res = ""
    if lang == "fr":
        subj = ctx.pick(["Référence interprovinciale — génétique", "Patiente de l'Ontario : demande de consultation",
                         "Référence (OHIP)"])
        body = (f"{T.greet(ctx, intake, lang)}\n\nJe vous réfère cette personne de l'Est ontarien, qui préfère être "
                f"suivie en français chez vous :\n\n{idb}\n\nMotif : {c['fr']}.{res}\n\nLa facturation se fera "
                f"par entente réciproque (carte santé de l'Ontario valide).\n\nMerci" + T.sig(ctx, doc, lang))
    else:
        subj = ctx.pick(["Out-of-province referral - genetics", "Ontario patient: consult request", "Referral (OHIP)"])
        body = (f"{T.greet(ctx, intake, lang)}\n\nReferring this patient from Eastern Ontario; our genetics wait is 14 "
                f"months and the patient lives near the border:\n\n{idb}\n\nReason: {c['en']}.{res}\n\nBilling under the "
                f"reciprocal agreement (valid Ontario health card).\n\nThanks" + T.sig(ctx, doc, lang))
    spec = T.new_spec(ctx, lang, T.addr(doc, lang), [T.addr(intake, lang)], subj, category="referral",
                      note=L(lang, "référence de l'Ontario avec carte santé", "Ontario referral with health number"))
    return finish(ctx, spec, body, F=F)


TEMPLATES = [
    (p_prescription, 3), (p_insurer, 2), (p_transport, 2), (p_social, 3), (p_forward, 3),
    (p_reply, 3), (p_subject_only, 2), (p_filename_only, 2), (p_ontario, 2),
]
