"""Positive scenarios, part 1: OR booking, pre-op clinic, anaesthesia,
wait lists, post-op calls."""
import gen_attach as A
from gen_posbase import (dob, ident_lines, mrn, nam, nm, pick, sexl,
                         surname_file, tel)
from gen_text import (DAYSURG, HOLD_EN, HOLD_FR, INPATIENT, P, comorbs, labs, med_list,
                      med_name, proc_for)


def _hold(c, m, lang, surg):
    import datetime as dt
    days = c.rng.choice([2, 3, 5])
    last = surg - dt.timedelta(days=days + 1)
    tpl = (HOLD_FR if lang == "fr" else HOLD_EN).get(m[2])
    if not tpl:
        return "poursuivre" if lang == "fr" else "continue"
    return tpl.format(d=days, x=c.d(last, lang, "iso"))


# ------------------------------------------------------------------ 1
def or_booking(c, lang):
    r = c.rng
    p = pick(c, 0.4)
    sec = c.f.staff("secretary")
    bk = c.f.staff("booking")
    sx = c.f.staff("surgeon")
    pr = proc_for(r, p)
    proc, dx = P(pr, lang)
    c.types.add("diagnosis")
    surg = c.later(10, 70)
    prio = r.choice(["P2", "P3", "P3", "P4"])
    room = r.randrange(1, 9)
    meds = med_list(r, 2)
    anticoag = [m for m in meds if m[2] in ("anticoag", "antiplat", "sglt2", "glp1")]
    fr = lang == "fr"
    L = ident_lines(c, p, lang, mrn_p=0.85)
    if fr:
        L += [f"Intervention : {proc}", f"Diagnostic : {dx}",
              f"Durée prévue : {pr[5]} min (+ 30 min roulement)",
              f"Priorité : {prio} — décision opératoire le {c.d(c.earlier(20, 200), lang, 'iso')}",
              "Séjour : " + r.choice(["chirurgie d'un jour", "admission 1 nuit", "admission 2-3 jours"]),
              f"Date souhaitée : {c.day(surg, lang)} (bloc de {sx.titled('fr')}, salle {room})"]
        if anticoag:
            m = anticoag[0]
            c.types.add("medication")
            L.append(f"Anticoagulant / antiplaquettaire : {med_name(m, lang, r)} {m[3]} — {_hold(c, m, lang, surg)}")
        L.append(r.choice(["Allergies : aucune connue", "Allergies : pénicilline (urticaire)",
                           "Allergie : latex", "Allergies : sulfa"]))
    else:
        L += [f"Procedure: {proc}", f"Diagnosis: {dx}",
              f"Estimated duration: {pr[5]} min (+30 turnover)",
              f"Priority: {prio}, decision to treat {c.d(c.earlier(20, 200), lang, 'iso')}",
              f"Stay: {r.choice(['day surgery', 'overnight admission', '2-3 day admission'])}",
              f"Requested date: {c.day(surg, lang)} ({sx.titled('en')}'s block, OR {room})"]
        if anticoag:
            m = anticoag[0]
            c.types.add("medication")
            L.append(f"Anticoagulant/antiplatelet: {med_name(m, lang, r)} {m[4]}, {_hold(c, m, lang, surg)}")
        L.append(r.choice(["Allergies: NKDA", "Allergies: penicillin (hives)",
                           "Allergy: latex", "Allergies: sulfa"]))
    form = "\n".join(L)
    as_att = r.random() < 0.45
    blocks = [("p", c.hello(lang, bk))]
    if fr:
        intro = (f"Pourriez-vous réserver une plage pour {'la patiente' if p.sex == 'F' else 'le patient'} suivant{'e' if p.sex == 'F' else ''} "
                 f"de {sx.titled('fr')} ?")
        tail = r.choice(["Le consentement est signé et la demande de clinique préop est partie hier.",
                         "Le questionnaire préop a été envoyé à l'infirmière.",
                         "Merci de me confirmer la date pour que je puisse aviser la famille."])
    else:
        intro = f"Could you please book the following patient for {sx.titled('en')}?"
        tail = r.choice(["Consent is signed and the pre-op clinic referral went out yesterday.",
                         "Pre-op questionnaire has been sent to the clinic nurse.",
                         "Please confirm the date so I can call the family."])
    atts = []
    if as_att:
        fn_core = surname_file(p, r)
        if fr:
            blocks.append(("p", "Ci-joint la demande de réservation de salle d'opération.\n" + tail))
            fn = f"Demande_bloc_{fn_core}.pdf" if r.random() < 0.6 else f"Réservation_SOP_{fn_core}.docx"
        else:
            blocks.append(("p", "Attached is the OR booking request.\n" + tail))
            fn = f"OR_booking_{fn_core}.pdf" if r.random() < 0.6 else f"OR_request_{fn_core}.docx"
        title = "Demande de réservation — bloc opératoire" if fr else "Operating room booking request"
        if fn.endswith(".pdf"):
            data = A.pdf(title, L, compress=r.random() < 0.5,
                         header="CHDR — Chirurgie générale")
            atts.append(dict(kind="pdf", fn=fn, ct="application/pdf", data=data))
        else:
            data = A.docx(title, L)
            atts.append(dict(kind="docx", fn=fn, data=data,
                             ct="application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    else:
        blocks.append(("p", intro))
        blocks.append(("pre" if r.random() < 0.3 else "p", form))
        blocks.append(("p", tail))
    blocks.append(("p", c.bye(lang)))
    blocks.append(("sig", c.sig(sec, lang)))
    sn = p.surname.upper() if r.random() < 0.5 else p.surname
    subj = r.choice([
        f"Réservation bloc – {sn} – {proc.split(' ')[0]}" if fr else f"OR booking - {sn} - {proc.split(' (')[0]}",
        f"Demande de salle {c.day(surg, lang)}" if fr else f"Booking request for {c.day(surg, lang)}",
        f"{sx.surname} / {'réservation' if fr else 'booking'} {prio}",
    ])
    if sn in subj:
        c.types.add("patient_name")
    spec = c.spec(lang, sec, [bk], subj, blocks, cc=[sx] if r.random() < 0.6 else None,
                  atts=atts)
    return dict(spec=spec, cat="or_booking",
                note="OR booking request for a patient" + (" (form attached)" if as_att else ""))


# ------------------------------------------------------------------ 2
def preop_clinic(c, lang):
    r = c.rng
    p = pick(c, 0.6, min_age=30)
    nurse = c.f.staff("preop_nurse")
    an = c.f.staff("anesth")
    pr = proc_for(r, p)
    proc, dx = P(pr, lang)
    surg = c.later(5, 40)
    fr = lang == "fr"
    c.types.update({"diagnosis", "medication", "lab_result"})
    cm = comorbs(r, lang, r.randrange(2, 5))
    meds = med_list(r, r.randrange(3, 6))
    lb = labs(r, lang, r.randrange(4, 7))
    L = ident_lines(c, p, lang, mrn_p=0.9)
    if fr:
        L.append(f"Chirurgie : {proc} ({dx}) — {c.day(surg, lang)}")
        L.append("ATCD : " + ", ".join(cm))
        L.append("Médication :")
        L += [f"  - {med_name(m, lang, r)} {m[3]} → {_hold(c, m, lang, surg)}" for m in meds]
        L.append("Labos du " + c.d(c.earlier(1, 10), lang, "iso") + " : " + ", ".join(lb))
        L.append(r.choice(["ECG : RSN, pas de changement", "ECG : FA à réponse contrôlée",
                           "ECG : BBD connu", "ECG : non fait (< 50 ans, pas d'ATCD)"]))
        if r.random() < 0.25:
            c.types.add("social_information")
            L.append("Situation sociale : " + r.choice(["vit seul(e), sans proche aidant pour la première nuit",
                                                        "hébergé(e) en maison d'hébergement depuis janvier",
                                                        "proche aidant(e) de son conjoint atteint d'Alzheimer, répit à organiser"]))
        L.append(f"STOP-BANG {r.randrange(2, 8)}/8, IMC {r.randrange(22, 47)}, "
                 f"capacité fonctionnelle {r.choice(['> 4 MET', '< 4 MET (essoufflée à 1 étage)', 'limitée par arthrose'])}")
        ask = r.choice(["Pouvez-vous la voir en consultation avant la chirurgie ?",
                        "Est-ce que je peux procéder ou vous préférez une consultation en anesthésie ?",
                        "J'aimerais votre avis pour la gestion de l'anticoagulation et des hypoglycémiants."])
        head = f"Évaluation faite aujourd'hui à la clinique préopératoire ({'téléphonique' if r.random() < 0.4 else 'en présentiel'})."
    else:
        L.append(f"Surgery: {proc} ({dx}), {c.day(surg, lang)}")
        L.append("PMHx: " + ", ".join(cm))
        L.append("Meds:")
        L += [f"  - {med_name(m, lang, r)} {m[4]} -> {_hold(c, m, lang, surg)}" for m in meds]
        L.append("Labs " + c.d(c.earlier(1, 10), lang, "iso") + ": " + ", ".join(lb))
        L.append(r.choice(["ECG: NSR, unchanged", "ECG: rate-controlled AF",
                           "ECG: known RBBB", "ECG: not done (<50, no hx)"]))
        if r.random() < 0.25:
            c.types.add("social_information")
            L.append("Social: " + r.choice(["lives alone, no one available for the first night",
                                            "staying at a women's shelter since January",
                                            "main caregiver for spouse with Alzheimer's, respite to arrange"]))
        L.append(f"STOP-BANG {r.randrange(2, 8)}/8, BMI {r.randrange(22, 47)}, "
                 f"functional capacity {r.choice(['>4 METs', '<4 METs (SOB after one flight)', 'limited by OA'])}")
        ask = r.choice(["Could you see this patient in consult before surgery?",
                        "OK to proceed, or would you like a formal anesthesia consult?",
                        "Would appreciate your input on anticoagulation and diabetic meds."])
        head = f"Pre-op assessment done today ({'by phone' if r.random() < 0.4 else 'in clinic'})."
    blocks = [("p", c.hello(lang, an)), ("p", head)]
    atts = []
    if r.random() < 0.35:
        fn = ("Questionnaire_preop_" if fr else "Preop_assessment_") + surname_file(p, r) + ".docx"
        atts.append(dict(kind="docx", fn=fn, data=A.docx(
            "Évaluation préopératoire" if fr else "Pre-operative assessment", L),
            ct="application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        blocks.append(("p", ("Le résumé complet est en pièce jointe. " if fr else
                             "Full summary attached. ") + ask))
    else:
        blocks.append(("pre" if r.random() < 0.25 else "p", "\n".join(L)))
        blocks.append(("p", ask))
    blocks.append(("p", c.bye(lang)))
    blocks.append(("sig", c.sig(nurse, lang)))
    subj = r.choice([
        (f"Éval. préop — {nm(c, p, lang, full_only=True)} — chx {c.d(surg, lang, 'iso')}" if fr
         else f"Pre-op assessment: {nm(c, p, lang, full_only=True)}, surgery {c.d(surg, lang, 'iso')}"),
        ("Clinique préop — demande d'avis anesthésie" if fr else "Pre-op clinic - anesthesia input needed"),
        (f"Préop {c.day(surg, lang)} – question Rx" if fr else f"Pre-op {c.day(surg, lang)} - meds question"),
    ])
    spec = c.spec(lang, nurse, [an], subj, blocks, atts=atts)
    return dict(spec=spec, cat="preop_clinic", note="pre-op clinic nursing assessment sent to anaesthesia")


# ------------------------------------------------------------------ 3
def anesth_consult(c, lang):
    r = c.rng
    p = pick(c, 0.4, min_age=35)
    nurse = c.f.staff("preop_nurse")
    an = c.f.staff("anesth")
    pr = proc_for(r, p)
    proc, dx = P(pr, lang)
    surg = c.later(4, 30)
    fr = lang == "fr"
    c.types.update({"diagnosis", "medication"})
    asa = r.choice(["II", "III", "III", "IV"])
    glp = r.random() < 0.5
    if fr:
        req = [c.hello(lang, an),
               f"Demande de consultation en anesthésie pour {nm(c, p, lang)}"
               + (f" (dossier {mrn(c, p)})" if r.random() < 0.8 else "")
               + f", {p.age()} ans, prévu{'e' if p.sex == 'F' else ''} pour {proc} le {c.day(surg, lang)}.",
               "Raison : " + r.choice(["apnée du sommeil sévère non traitée, IMC 43",
                                       "ATCD d'intubation difficile (Cormack IV en 2019)",
                                       "sténose aortique modérée à l'écho 2023",
                                       "hyperthermie maligne chez un frère"]) + ".",
               ]
        if p.holder:
            req.append(f"DDN {dob(c, p, lang)}, NAM {nam(c, p)}, {sexl(c, p, lang)}.")
        reply = [f"Vu{'e' if p.sex == 'F' else ''} ce matin. ASA {asa}.",
                 r.choice(["Plan : AG avec vidéolaryngoscope, extubation éveillée, lit de soins intermédiaires la première nuit.",
                           "Plan : rachianesthésie si possible, sinon AG. Pas de contre-indication à la chirurgie d'un jour.",
                           "Plan : AG, CPAP en salle de réveil, éviter les opioïdes longue action."]),
                 (f"Cesser {med_name(('sémaglutide', 'Ozempic', 'glp1', '', ''), lang, r)} 7 jours avant, diète liquide 24 h avant." if glp else
                  f"Poursuivre {med_name(('bisoprolol', 'Monocor', 'bb', '', ''), lang, r)} le matin de la chirurgie."),
                 r.choice(["Ok pour procéder à la date prévue.", "Je préfère qu'on reporte de 2 semaines, le temps d'avoir l'écho.",
                           "Ok, mais prévoir une salle avec le chariot d'intubation difficile."])]
    else:
        req = [c.hello(lang, an),
               f"Requesting an anesthesia consult for {nm(c, p, lang)}"
               + (f" (MRN {mrn(c, p)})" if r.random() < 0.8 else "")
               + f", {p.age()}{'F' if p.sex == 'F' else 'M'}, booked for {proc} on {c.day(surg, lang)}.",
               "Reason: " + r.choice(["severe untreated OSA, BMI 43",
                                      "previous difficult intubation (Cormack IV, 2019)",
                                      "moderate aortic stenosis on 2023 echo",
                                      "brother had malignant hyperthermia"]) + ".",
               ]
        if p.holder:
            req.append(f"DOB {dob(c, p, lang)}, RAMQ {nam(c, p)}, {sexl(c, p, lang)}.")
        reply = [f"Saw the patient this morning. ASA {asa}.",
                 r.choice(["Plan: GA with videolaryngoscope, awake extubation, step-down bed first night.",
                           "Plan: spinal if feasible, otherwise GA. Fine for day surgery.",
                           "Plan: GA, CPAP in PACU, avoid long-acting opioids."]),
                 ("Hold semaglutide (Ozempic) for 7 days, clear fluids for 24 h before." if glp else
                  "Continue bisoprolol the morning of surgery."),
                 r.choice(["OK to proceed as scheduled.", "I'd rather postpone two weeks until we have the echo.",
                           "OK, but please book a room with the difficult airway cart."])]
    c.types.add("diagnosis")
    when = c.dt_before(600, 4000)
    qh = c.quote_header(nurse, when, lang)
    subj0 = ("Consultation anesthésie – " if fr else "Anesthesia consult - ") + r.choice(
        [p.surname, c.day(surg, lang)])
    if p.surname in subj0:
        c.types.add("patient_name")
    req_blocks = [("p", "\n".join(req[:1])), ("p", "\n".join(req[1:])), ("sig", c.sig(nurse, lang, short=True))]
    if qh:
        quoted = ("quote", qh, req_blocks)
    else:
        quoted = ("outlook", c.outlook_header(nurse, an, when, subj0, lang), req_blocks)
    blocks = [("p", c.hello(lang, nurse)), ("p", "\n".join(reply)), ("p", c.bye(lang)),
              ("sig", c.sig(an, lang)), quoted]
    spec = c.spec(lang, an, [nurse], ("RE: " if r.random() < 0.7 else "TR: " if fr else "Re: ") + subj0,
                  blocks, in_reply_to=c.msgid.replace("@", ".q@"))
    return dict(spec=spec, cat="anesth_consult", note="anaesthesia consult reply quoting the request")


# ------------------------------------------------------------------ 4
def waitlist(c, lang):
    r = c.rng
    sx = c.f.staff("surgeon")
    mgr = c.f.staff("manager")
    bk = c.f.staff("booking")
    fr = lang == "fr"
    use_holders = r.random() < 0.5
    rows = []
    c.types.update({"patient_name", "diagnosis", "date_of_birth"})
    n = r.randrange(4, 6) if use_holders else r.randrange(6, 12)
    seen = set()
    for _ in range(n):
        p = pick(c, True if use_holders else False, min_age=19)
        if id(p) in seen:
            continue
        seen.add(id(p))
        pr = proc_for(r, p, onco=False)
        proc, dx = P(pr, lang)
        added = c.earlier(200, 520)
        days = (c.today - added).days
        if use_holders:
            rows.append([nm(c, p, lang, "upper_comma"), nam(c, p, "plain"), p.sex,
                         dob(c, p, lang, "iso"), dx, proc, r.choice(["P3", "P4", "P5"]),
                         added.isoformat(), days])
        else:
            rows.append([mrn(c, p, "plain"), nm(c, p, lang, r.choice(["upper_comma", "sur_first"])),
                         dob(c, p, lang, "iso"), dx, r.choice(["P3", "P4", "P5"]),
                         added.isoformat(), days])
    if use_holders:
        head = (["Nom", "NAM", "Sexe", "DDN", "Diagnostic", "Intervention", "Priorité", "Inscription", "Jours"]
                if fr else ["Name", "RAMQ", "Sex", "DOB", "Diagnosis", "Procedure", "Priority", "Added", "Days"])
    else:
        head = (["Dossier", "Nom", "DDN", "Diagnostic", "Priorité", "Inscription", "Jours"]
                if fr else ["MRN", "Name", "DOB", "Diagnosis", "Priority", "Added", "Days"])
    rows.sort(key=lambda x: -x[-1])
    kind = r.choice(["xlsx", "xlsx", "csv", "body"])
    if fr:
        txt = [c.hello(lang, mgr),
               f"Voici l'extraction de la liste d'attente de {sx.titled('fr')} pour les patients inscrits depuis plus de 365 jours "
               f"(en date du {c.d(c.today, lang, 'iso')}).",
               r.choice(["Trois d'entre eux ont refusé une date en janvier; je l'ai noté dans SIC.",
                         "À valider avant le comité d'accès de jeudi.",
                         "Peux-tu vérifier lesquels peuvent être transférés au Centre ambulatoire ?"])]
    else:
        txt = [c.hello(lang, mgr),
               f"Here is the wait-list extract for {sx.titled('en')}: patients waiting more than 365 days "
               f"(as of {c.d(c.today, lang, 'iso')}).",
               r.choice(["Three of them declined a January date, noted in the booking system.",
                         "To review before Thursday's access committee.",
                         "Can you check which ones could move to the ambulatory centre?"])]
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:]))]
    atts = []
    base = ("Liste_attente_" if fr else "Waitlist_") + sx.surname.replace("'", "") + "_" + c.today.strftime("%Y%m%d")
    if kind == "xlsx":
        atts.append(dict(kind="xlsx", fn=base + ".xlsx", data=A.xlsx([(("> 365 j" if fr else "> 365 d"), head, rows)]),
                         ct="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    elif kind == "csv":
        atts.append(dict(kind="csv", fn=base + ".csv", ct="text/csv",
                         text=A.csv_bytes(head, rows, delim=";" if fr else ",").decode("utf-8")))
    else:
        blocks.append(("table", head, rows))
    blocks += [("p", c.bye(lang)), ("sig", c.sig(bk, lang))]
    subj = (f"Liste d'attente > 1 an — {sx.titled('fr')}" if fr else f"Wait list > 1 year - {sx.titled('en')}")
    spec = c.spec(lang, bk, [mgr], subj, blocks, cc=[sx], atts=atts)
    return dict(spec=spec, cat="waitlist", note="surgical wait-list extract with patient rows")


# ------------------------------------------------------------------ 5
def postop_call(c, lang):
    r = c.rng
    p = pick(c, 0.3)
    fn_ = c.f.staff("followup_nurse")
    sx = c.f.staff("surgeon")
    pr = proc_for(r, p, keys=DAYSURG)
    proc, dx = P(pr, lang)
    fr = lang == "fr"
    c.types.update({"diagnosis", "medication"})
    opday = c.earlier(1, 3)
    hm = f"{r.randrange(8, 12)}h{r.choice(['05', '20', '40', '55'])}"
    pain = r.randrange(3, 9)
    problem = r.randrange(4)
    if fr:
        prob = ["douleur mal contrôlée malgré l'hydromorphone 1 mg q4h PRN (prend toutes les doses)",
                "rougeur de 3 cm autour de l'incision ombilicale, T° 38,2 hier soir",
                "nausées/vomissements, n'a rien gardé depuis 18 h, pas de gaz",
                "saignement qui a traversé le pansement deux fois ce matin"][problem]
        body = [f"Appel J+{(c.today - opday).days} fait à {hm} au {tel(c, p, r.choice(['phone', 'cell']))} "
                f"({r.choice(['cellulaire', 'maison', 'conjoint'])}).",
                f"{nm(c, p, lang)} — {proc} le {c.d(opday, lang, 'iso')}"
                + (f", dossier {mrn(c, p)}" if r.random() < 0.5 else "") + ".",
                f"Problème : {prob}. Douleur {pain}/10.",
                r.choice(["Afébrile, mange léger, urine bien.", "Pas de dyspnée ni douleur thoracique.",
                          "Prend acétaminophène 1 g QID et célécoxib 100 mg BID en plus."]),
                r.choice(["Je lui ai dit de se présenter à l'urgence si ça empire.",
                          "Peux-tu " + ("la" if p.sex == "F" else "le") + " rappeler ou me dire si on ajuste l'analgésie ?",
                          "J'ai proposé une visite à la clinique demain 8 h, à confirmer."])]
        if p.holder:
            body.insert(2, f"DDN {dob(c, p, lang)} · NAM {nam(c, p)} · {sexl(c, p, lang)}")
        subj = r.choice([f"Suivi post-op J+{(c.today - opday).days} — {p.surname}",
                         "Appel suivi post-op — à rappeler", f"Suivi téléphonique {c.d(c.today, lang, 'iso')}"])
    else:
        prob = ["pain poorly controlled on hydromorphone 1 mg q4h PRN (taking every dose)",
                "3 cm redness around the umbilical incision, T 38.2 last night",
                "nausea/vomiting, nothing kept down since 6 pm, no flatus",
                "bleeding through the dressing twice this morning"][problem]
        body = [f"POD{(c.today - opday).days} call at {hm.replace('h', ':')} to {tel(c, p, r.choice(['phone', 'cell']))} "
                f"({r.choice(['cell', 'home', 'spouse'])}).",
                f"{nm(c, p, lang)}: {proc} on {c.d(opday, lang, 'iso')}"
                + (f", MRN {mrn(c, p)}" if r.random() < 0.5 else "") + ".",
                f"Issue: {prob}. Pain {pain}/10.",
                r.choice(["Afebrile, eating lightly, voiding.", "No SOB or chest pain.",
                          "Also on acetaminophen 1 g QID and celecoxib 100 mg BID."]),
                r.choice(["Told them to go to the ED if worse.",
                          "Could you call back or let me know if we adjust analgesia?",
                          "Offered a clinic visit tomorrow 8 am, to be confirmed."])]
        if p.holder:
            body.insert(2, f"DOB {dob(c, p, lang)} / RAMQ {nam(c, p)} / {sexl(c, p, lang)}")
        subj = r.choice([f"POD{(c.today - opday).days} call - {p.surname}",
                         "Post-op call - needs callback", f"Phone follow-up {c.d(c.today, lang, 'iso')}"])
    if p.surname in subj:
        c.types.add("patient_name")
    blocks = [("p", c.hello(lang, sx)), ("p", "\n".join(body)), ("p", c.bye(lang)), ("sig", c.sig(fn_, lang))]
    spec = c.spec(lang, fn_, [sx], subj, blocks)
    return dict(spec=spec, cat="postop_call", note="post-op telephone follow-up note with issue")


# ------------------------------------------------------------------ 6
def postop_call_list(c, lang):
    r = c.rng
    unit = c.f.staff("or_nurse")
    fns = c.f.staff_list("followup_nurse", 2)
    fr = lang == "fr"
    c.types.update({"patient_name", "patient_contact", "diagnosis"})
    opday = c.earlier(1, 1)
    rows = []
    for _ in range(r.randrange(5, 10)):
        p = c.f.patient()
        pr = proc_for(r, p, keys=DAYSURG)
        proc, dx = P(pr, lang)
        note = r.choice(["", "", "diabétique — vérifier glycémies" if fr else "diabetic - check sugars",
                         "malentendant, appeler la fille" if fr else "hard of hearing, call daughter",
                         "sous Eliquis, reprise J+2" if fr else "on Eliquis, restart POD2",
                         "rachi, a uriné avant départ" if fr else "spinal, voided before discharge"])
        if "Eliquis" in note:
            c.types.add("medication")
        st = c.f.staff("surgeon")
        doc = (("Dre " if st.sex == "F" else "Dr ") if fr else "Dr. ") + st.surname
        rows.append([nm(c, p, lang, r.choice(["upper_comma", "sur_first", "full"])), tel(c, p),
                     proc, doc, note])
    head = (["Patient", "Téléphone", "Chirurgie", "Chirurgien", "Remarques"] if fr
            else ["Patient", "Phone", "Surgery", "Surgeon", "Notes"])
    kind = r.choice(["csv", "xlsx", "body", "body"])
    if fr:
        txt = f"Liste des appels J+1 pour les patients opérés en chirurgie d'un jour le {c.day(opday, lang)}."
    else:
        txt = f"POD1 call list for day-surgery patients operated on {c.day(opday, lang)}."
    blocks = [("p", c.hello(lang)), ("p", txt)]
    atts = []
    fn = ("Appels_J1_" if fr else "POD1_calls_") + opday.strftime("%Y-%m-%d")
    if kind == "csv":
        atts.append(dict(kind="csv", fn=fn + ".csv", ct="text/csv",
                         text=A.csv_bytes(head, rows, delim=";" if fr else ",").decode("utf-8")))
    elif kind == "xlsx":
        atts.append(dict(kind="xlsx", fn=fn + ".xlsx", data=A.xlsx([("J+1" if fr else "POD1", head, rows)]),
                         ct="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    else:
        blocks.append(("table", head, rows))
    blocks += [("p", c.bye(lang)), ("sig", c.sig(unit, lang))]
    subj = (f"Appels J+1 — {c.d(c.today, lang, 'iso')}" if fr else f"POD1 calls - {c.d(c.today, lang, 'iso')}")
    spec = c.spec(lang, unit, fns, subj, blocks, atts=atts)
    return dict(spec=spec, cat="postop_call_list", note="day-surgery POD1 call list with phones")


# ------------------------------------------------------------------ 7
def census(c, lang):
    r = c.rng
    res = c.f.staff_list("resident", 2)
    fr = lang == "fr"
    c.types.update({"patient_name", "diagnosis", "lab_result"})
    rows = []
    for _ in range(r.randrange(6, 11)):
        p = c.f.patient(min_age=22)
        pr = proc_for(r, p, keys=INPATIENT)
        proc, dx = P(pr, lang)
        pod = r.randrange(0, 6)
        lb = labs(r, lang, 1)[0]
        if fr:
            todo = r.choice([f"suivre {lb}", "mobiliser, retirer sonde", "TDM si fièvre", "congé demain si tolère diète",
                             f"{lb} — répéter AM", "iléus, TNG en place", "antibio IV (pip-tazo) J3"])
            prob = f"J{pod} {proc.split(' (')[0]}" if pod else dx
        else:
            todo = r.choice([f"f/u {lb}", "mobilize, d/c Foley", "CT if febrile", "d/c tomorrow if tolerating diet",
                             f"{lb} - repeat AM", "ileus, NG in situ", "IV pip-tazo day 3"])
            prob = f"POD{pod} {proc.split(' (')[0]}" if pod else dx
        if "pip-tazo" in todo:
            c.types.add("medication")
        rows.append([f"{r.randrange(3, 6)}{r.choice('ABCD')}-{r.randrange(1, 30):02d}",
                     nm(c, p, lang, r.choice(["sur_init", "upper_first", "sur_comma_init", "init_sur", "sur_first"])),
                     f"{p.age()}{p.sex}", prob, todo])
    head = (["Lit", "Patient", "Âge", "Problème", "À faire"] if fr else ["Bed", "Patient", "Age", "Problem", "To do"])
    blocks = [("p", (f"Liste de garde chirurgie générale — {c.d(c.today, lang, 'long')}" if fr else
                     f"General surgery sign-out — {c.d(c.today, lang, 'long')}"))]
    atts = []
    if r.random() < 0.35:
        fn = ("Liste_garde_" if fr else "Signout_") + c.today.strftime("%d%m%Y") + ".docx"
        atts.append(dict(kind="docx", fn=fn, data=A.docx("Liste de garde" if fr else "Sign-out list", [], (head, rows)),
                         ct="application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        blocks.append(("p", "Liste en pièce jointe. Rien de majeur cette nuit." if fr else
                            "List attached. Quiet night so far."))
    else:
        blocks.append(("table", head, rows))
        blocks.append(("p", r.choice(["Consults en attente : 2 à l'urgence (douleur FID, occlusion ?)",
                                      "Pas de consult en attente."]) if fr else
                       r.choice(["Pending consults: 2 in ED (RLQ pain, ?SBO)", "No pending consults."])))
    blocks.append(("sig", c.sig(res[0], lang, short=True)))
    subj = r.choice(["Liste de garde", "Sign-out chx", "Liste patients étage 5"] if fr else
                    ["Sign-out list", "Surgery census", "Handover - 5th floor"])
    spec = c.spec(lang, res[0], [res[1]], subj, blocks, atts=atts, body=r.choice([None, "plain"]))
    return dict(spec=spec, cat="census", note="on-call surgical sign-out list (roster lines)")
