"""Positive (confidential) messages, part B: forwarded patient mail, lists,
lab follow-ups, spreadsheets, discharge summaries, prescriptions, social."""
import datetime

import gen_attach as A
import gen_ids as I
import gen_text as T
from gen_ctx import Mail
from gen_pos_a import name_fact, parent_of, pron, use_nam


# ---------------------------------------------------------------------------
def patient_forward(c):
    lang = c.lang(0.6)
    child_case = c.chance(0.5)
    p = c.patient("child" if child_case else "adult", lang)
    if child_case:
        wg, ws, wsex = parent_of(c, p, lang)
        writer = I.Person(ws, wg, p.dob, wsex)
    else:
        writer = p
    wmail = c.personal_email(writer)
    ph = c.phone()
    clerk = c.staff("unit clerk", "clinical coordinator")
    nurse = c.staff("clinical nurse", "immunotherapy nurse", "nurse")
    inst = c.inst()
    m = Mail(lang, "patient_mail_fwd", "patient's own e-mail forwarded to the nurse (symptoms, medication, phone)")
    m.frm = c.addr(clerk, inst)
    m.to = [c.addr(nurse, inst)]
    m.types |= {"patient_name", "diagnosis", "medication", "patient_contact"}
    m.facts += [p.surname]
    sent = c.day(-5, -1)
    food_fr, food_en, _ = c.pick(T.FOOD)
    if lang == "fr":
        who_sub = p.given if child_case else "moi"
        if child_case:
            intro = f"Bonjour,\n\nC'est {wg} {ws}, {'la mère' if wsex == 'F' else 'le père'} de {p.given} {p.surname}."
            subj_fr = p.given
            e_il = "elle" if p.sex == "F" else "il"
            sympt = c.pick([f"Hier soir, {p.given} a fait de l'urticaire partout après avoir mangé du houmous (sésame?).",
                            f"Depuis 3 jours, {e_il} a des plaques rouges qui démangent et les lèvres enflées le matin.",
                            "Nous avons dû utiliser l'EpiPen samedi après une bouchée de biscuit aux noix."])
        else:
            intro = f"Bonjour,\n\nIci {p.full}."
            sympt = c.pick(["Hier soir, j'ai fait de l'urticaire partout après avoir mangé du houmous (sésame?).",
                            "Depuis 3 jours, je fais des plaques rouges qui démangent et j'ai les lèvres enflées le matin.",
                            "J'ai dû utiliser mon EpiPen samedi après une bouchée de biscuit aux noix."])
        med = c.pick(["On prend de l'Aerius (desloratadine) mais ça aide peu.",
                      "J'ai donné 2 Reactine et ça s'est calmé." if child_case else "J'ai pris 2 Reactine et ça s'est calmé.",
                      "Il nous reste seulement un auto-injecteur, pouvez-vous renouveler la prescription?"])
        pt = f"{intro}\n{sympt}\n{med}\nPouvez-vous me rappeler au {ph}? Je suis disponible après 15 h.\n\nMerci beaucoup\n{writer.given}"
        fwd = T.forward_block("fr", f"{writer.full} <{wmail}>", c.fdate(sent, "fr", "long") + " 21:47",
                              c.pick(["Question", "réaction", f"Urgent {who_sub}", "renouvellement"]), pt)
        top = c.pick(["Peux-tu rappeler la famille? Merci.", "Pour toi, je crois. Je l'ai mis sur la liste de rappels.",
                      "Message reçu dans la boîte générale.", ""])
        m.subject = "TR: " + c.pick(["Question", "réaction", "renouvellement", f"message de {writer.given} {writer.surname}"])
    else:
        pt = (f"Hi,\n\nThis is {wg} {ws}, {p.given} {p.surname}'s {'mom' if wsex == 'F' else 'dad'}"
              if child_case else f"Hello,\n\nThis is {p.full}") + ".\n" + \
            c.pick([f"Last night {p.given if child_case else 'I'} broke out in hives all over after eating hummus (sesame?).",
                    f"For 3 days {'they have' if child_case else 'I have'} had itchy welts and swollen lips in the morning.",
                    "We had to use the EpiPen on Saturday after one bite of a cookie with nuts."]) + "\n" + \
            c.pick(["We're giving Aerius (desloratadine) but it's not helping much.",
                    "I took 2 Reactine and it settled.",
                    "We only have one auto-injector left, can you renew the prescription?"]) + \
            f"\nCould someone call me at {ph}? I'm free after 3 pm.\n\nThanks so much\n{writer.given}"
        fwd = T.forward_block("en", f"{writer.full} <{wmail}>", c.fdate(sent, "en", "long") + " 9:47 PM",
                              c.pick(["Question", "reaction", "refill please", "urgent"]), pt)
        top = c.pick(["Can you call the family back? Thanks.", "For you I think - added to the callback list.",
                      "Came into the general mailbox.", ""])
        m.subject = "Fwd: " + c.pick(["Question", "reaction", "refill please", f"message from {writer.full}"])
    m.text = (top + "\n\n" if top else "") + fwd
    return m


# ---------------------------------------------------------------------------
def signout(c):
    lang = c.lang(0.55)
    doc = c.staff("immunology resident", "allergy fellow", "paediatrics resident")
    nxt = c.staff("immunology resident", "allergy fellow", "allergist")
    inst = c.inst()
    n = c.rng.randint(3, 6)
    m = Mail(lang, "signout", "on-call sign-out list with room, patient name and problem")
    m.frm = c.addr(doc, inst)
    m.to = [c.addr(nxt, inst)]
    m.types |= {"patient_name", "diagnosis", "medication"}
    with_mrn = c.chance(0.5)
    if with_mrn:
        m.types.add("mrn")
    rows = []
    problems_fr = ["anaphylaxie arachide J1 – surveiller réaction biphasique, EpiPen Jr au congé",
                   "angio-œdème héréditaire – icatibant 30 mg SC donné à 02 h, réévaluer",
                   "DRESS à la carbamazépine – prednisone 1 mg/kg, bilan hépatique AM",
                   "réaction à la perfusion IgIV (frissons) – ralentir le débit, Benadryl PRN",
                   "urticaire aiguë post-amoxicilline – cétirizine 20 mg BID",
                   "SEIPA au riz – réhydratation IV, ondansétron",
                   "désensibilisation ceftriaxone en cours – étape 9/12",
                   "anaphylaxie au venin de guêpe – observer 12 h, référer pour ITV"]
    problems_en = ["peanut anaphylaxis day 1 - watch for biphasic reaction, EpiPen Jr at discharge",
                   "HAE attack - icatibant 30 mg SC given at 0200, reassess",
                   "DRESS from carbamazepine - prednisone 1 mg/kg, LFTs in AM",
                   "IVIG infusion reaction (rigors) - slow rate, Benadryl PRN",
                   "acute urticaria post amoxicillin - cetirizine 20 mg BID",
                   "FPIES to rice - IV fluids, ondansetron",
                   "ceftriaxone desensitisation in progress - step 9/12",
                   "wasp venom anaphylaxis - observe 12 h, refer for VIT"]
    probs = problems_fr if lang == "fr" else problems_en
    chosen = c.rng.sample(range(len(probs)), n)
    for i in chosen:
        p = c.patient("child" if i in (0, 5) else c.pick(["adult", "senior"]), lang)
        m.facts.append(p.surname)
        bed = f"{c.rng.randint(3, 9)}{c.pick('ABCDE')}-{c.rng.randint(1, 30):02d}"
        who = c.pick([p.upper_rev, p.rev, f"{p.surname} {p.given[0]}.", p.full])
        mrn = c.mrn("plain7") if with_mrn else ""
        if with_mrn:
            m.facts.append(mrn)
        rows.append((bed, who, mrn, probs[i]))
    as_html = c.chance(0.4)
    head = ("Bonjour, voici la liste de garde pour ce soir :" if lang == "fr" else "Hi, sign-out for tonight:")
    tail = ("Rien d'autre à signaler. Bonne garde!" if lang == "fr" else "Nothing else pending. Good luck tonight!")
    m.subject = c.pick(["Liste de garde immuno", "Sign-out", "Garde – liste des patients", "Handover " + c.fdate(c.today, lang, "iso")]) \
        if lang == "fr" else c.pick(["Immunology sign-out", "Sign-out", "Handover list", "Tonight's list"])
    if as_html:
        hdr = ["Lit", "Patient", "Dossier", "Problème / à faire"] if lang == "fr" else ["Bed", "Patient", "MRN", "Issue / to do"]
        tab = [hdr] + [list(r) for r in rows]
        if not with_mrn:
            tab = [[x for j, x in enumerate(r) if j != 2] for r in tab]
        m.html = ("<html><body style=\"font-family:Calibri\"><p>" + head + "</p>" + T.html_table(tab) +
                  f"<p>{tail}</p><p>{doc[0]}</p></body></html>")
        m.text = head + "\n\n" + T.text_table(tab) + "\n\n" + tail + "\n" + doc[0]
        m.form = c.pick(["html", "alt"])
    else:
        lines = [head, ""]
        for bed, who, mrn, prob in rows:
            lines.append(f"{bed}  {who}{' (' + mrn + ')' if mrn else ''} – {prob}" if lang == "fr"
                         else f"{bed}  {who}{' (' + mrn + ')' if mrn else ''} - {prob}")
        lines += ["", tail, "", doc[0]]
        m.text = "\n".join(lines)
        m.form = "plain"
    return m


# ---------------------------------------------------------------------------
def lab_followup(c):
    lang = c.lang()
    use_h = c.chance(0.35)
    p = c.holder("notchild") if use_h else c.patient(c.pick(["adult", "senior", "child"]), lang)
    tech = c.staff("lab technologist", "immunology resident", "allergy fellow", "clinical nurse")
    doc = c.staff("allergist", "immunologist")
    inst = c.inst()
    m = Mail(lang, "lab_followup", "abnormal immunology lab result requiring follow-up")
    m.frm = c.addr(tech, inst)
    m.to = [c.addr(doc, inst)]
    m.types |= {"patient_name", "lab_result", "diagnosis"}
    m.facts += [p.surname]
    if use_h:
        nam = use_nam(c, m, p)
        id_fr, id_en, mrn = f"NAM {nam}", f"RAMQ {nam}", nam
    else:
        mrn = c.mrn()
        m.types.add("mrn")
        m.facts.append(mrn)
        id_fr, id_en = f"dossier {mrn}", f"MRN {mrn}"
    v = c.rng.randrange(4)
    fr_num = lambda x: str(x).replace(".", ",")
    if v == 0:
        val = round(c.rng.uniform(11.5, 48), 1); base = round(c.rng.uniform(3, 9), 1)
        fr = f"Tryptase sérique à {fr_num(val)} µg/L (valeur de base {fr_num(base)} µg/L) – compatible avec une anaphylaxie; mastocytose à éliminer si la base reste > 8."
        en = f"Serum tryptase {val} µg/L (baseline {base} µg/L) - consistent with anaphylaxis; rule out mastocytosis if baseline stays > 8."
    elif v == 1:
        val = round(c.rng.uniform(2.1, 4.9), 1)
        fr = f"IgG creux à {fr_num(val)} g/L malgré IgIV 0,4 g/kg – DICV connu; augmenter la dose ou rapprocher les perfusions?"
        en = f"IgG trough {val} g/L despite IVIG 0.4 g/kg - known CVID; increase dose or shorten interval?"
        m.types.add("medication")
    elif v == 2:
        val = c.rng.randint(12, 38); c4 = round(c.rng.uniform(0.02, 0.08), 2)
        fr = f"C1-INH fonctionnel {val} % (N > 67 %), C4 {fr_num(c4)} g/L – compatible avec un angio-œdème héréditaire type 1."
        en = f"Functional C1-INH {val}% (N > 67%), C4 {c4} g/L - consistent with hereditary angioedema type 1."
    else:
        val = c.rng.randint(480, 3200); eos = round(c.rng.uniform(0.9, 3.1), 1)
        fr = f"IgE totales {val} kU/L, éosinophiles {fr_num(eos)} x 10^9/L – ABPA à considérer avec l'asthme sévère."
        en = f"Total IgE {val} kU/L, eosinophils {eos} x10^9/L - consider ABPA given severe asthma."
    who_fr = c.pick([f"{p.title('fr')} {p.surname}", p.full, p.upper_rev, p.initials_surname])
    who_en = c.pick([f"{p.title('en')} {p.surname}", p.full, p.upper_rev, p.initials_surname])
    if lang == "fr":
        m.subject = c.pick(["Résultat anormal – à revoir", f"Résultat labo {p.surname}", "Valeur critique immunologie",
                            f"Suivi de résultat – {id_fr}"])
        m.text = "\n".join([T.greeting(c.rng, "fr", (doc[0], doc[1])), "",
                            f"Pour {who_fr} ({id_fr}) :", fr, "",
                            c.pick(["Le patient a un rendez-vous dans 3 semaines, voulez-vous devancer?",
                                    "Pouvez-vous confirmer la conduite?", "Je l'ai ajouté à votre liste de résultats à signer."]),
                            "", T.signoff(c.rng, "fr"), c.sig(tech, inst, "fr")])
    else:
        m.subject = c.pick(["Abnormal result - please review", f"Lab result {p.surname}", "Immunology critical value",
                            f"Result follow-up {id_en}"])
        m.text = "\n".join([T.greeting(c.rng, "en", (doc[0], doc[1])), "",
                            f"Re {who_en} ({id_en}):", en, "",
                            c.pick(["Next appointment is in 3 weeks - do you want it moved up?", "Please advise.",
                                    "Added to your results-to-sign list."]),
                            "", T.signoff(c.rng, "en"), c.sig(tech, inst, "en")])
    return m


# ---------------------------------------------------------------------------
def roster_xlsx(c):
    lang = c.lang()
    nurse = c.staff("clinical nurse", "clinical coordinator", "immunotherapy nurse")
    inst = c.inst()
    day = c.workday(2, 20)
    n = c.rng.randint(4, 8)
    m = Mail(lang, "roster_xlsx", "oral food challenge day roster in a spreadsheet")
    m.frm = c.addr(nurse, inst)
    m.to = [("Équipe TPO" if lang == "fr" else "OFC team", f"tpo.equipe@{inst[2]}")]
    m.types |= {"patient_name", "date_of_birth", "diagnosis"}
    use_nam_col = c.chance(0.5)
    hdr = (["Heure", "Nom", "Prénom", "DDN", "NAM" if use_nam_col else "Dossier", "Aliment", "Protocole", "Remarques"]
           if lang == "fr" else ["Time", "Surname", "Given name", "DOB", "RAMQ" if use_nam_col else "MRN", "Food", "Protocol", "Notes"])
    rows = [hdr]
    seen = set()
    for i in range(n):
        if use_nam_col:
            p = c.holder("child" if c.chance(0.7) else None)
            while p.nam in seen:
                p = c.holder()
            seen.add(p.nam)
            ident = use_nam(c, m, p, c.pick(["plain", "plain", "space"]))
        else:
            p = c.patient(c.pick(["child", "child", "adult"]), lang)
            ident = c.mrn("plain7")
            m.types.add("mrn")
            m.facts.append(ident)
        m.facts.append(p.surname)
        food_fr, food_en, _ = c.pick(T.FOOD)
        note = c.pick(["asthme – salbutamol avant" if lang == "fr" else "asthma - pre salbutamol", "", "",
                       "EpiPen Jr apporté" if lang == "fr" else "bring EpiPen Jr",
                       "ITO maintenance 300 mg" if lang == "fr" else "OIT maintenance 300 mg"])
        if note and ("EpiPen" in note or "salbutamol" in note or "300 mg" in note):
            m.types.add("medication")
        rows.append([f"{8 + i // 2}:{'00' if i % 2 == 0 else '30'}", p.surname, p.given, p.dob.isoformat(), ident,
                     food_fr if lang == "fr" else food_en, c.pick(["5 paliers", "3 paliers", "cuit"]) if lang == "fr"
                     else c.pick(["5-step", "3-step", "baked"]), note])
    xlsx = A.make_xlsx([("TPO" if lang == "fr" else "OFC", rows)], author=f"{nurse[0]} {nurse[1]}")
    fn = (f"TPO_{day.isoformat()}.xlsx" if lang == "fr" else f"OFC_list_{day.isoformat()}.xlsx")
    m.attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn)
    if lang == "fr":
        m.subject = c.pick([f"Liste TPO {T.fday(day, 'fr')}", "Horaire des tests de provocation", "Liste – journée TPO"])
        m.text = f"{T.greeting(c.rng, 'fr')}\n\nVoici la liste des patients pour la journée de tests de provocation du {T.fday(day, 'fr')}.\n" \
                 f"{c.pick(['Merci de préparer les doses la veille.', 'Salle 2 réservée de 8 h à 16 h.', ''])}\n\n{c.sig(nurse, inst, 'fr')}"
    else:
        m.subject = c.pick([f"OFC list {T.fday(day, 'en')}", "Food challenge schedule", "OFC day roster"])
        m.text = f"{T.greeting(c.rng, 'en')}\n\nAttached is the patient list for the food challenge day on {T.fday(day, 'en')}.\n" \
                 f"{c.pick(['Please prep doses the day before.', 'Room 2 booked 8-4.', ''])}\n\n{c.sig(nurse, inst, 'en')}"
    return m


# ---------------------------------------------------------------------------
def csv_export(c):
    lang = c.lang()
    analyst = c.staff("clinical coordinator", "health records technician", "research coordinator", "unit clerk")
    inst = c.inst()
    m = Mail(lang, "csv_export", "CSV export of the immunoglobulin / OIT registry with identifiers")
    m.frm = c.addr(analyst, inst)
    m.to = [c.addr(c.staff("department head", "manager", "immunologist"), inst)]
    m.types |= {"patient_name", "diagnosis", "medication"}
    n = c.rng.randint(5, 10)
    ivig = c.chance(0.5)
    ident_kind = c.pick(["nam", "mrn", "nam"])
    if ivig:
        hdr = ["nom", "prenom", "nam" if ident_kind == "nam" else "no_dossier", "diagnostic", "produit", "dose_g", "intervalle_sem", "igg_creux"] \
            if lang == "fr" else ["last_name", "first_name", "ramq" if ident_kind == "nam" else "mrn", "diagnosis", "product", "dose_g", "interval_wk", "igg_trough"]
        m.types.add("lab_result")
    else:
        hdr = ["nom", "prenom", "nam" if ident_kind == "nam" else "no_dossier", "allergene", "dose_entretien_mg", "date_debut", "reactions"] \
            if lang == "fr" else ["last_name", "first_name", "ramq" if ident_kind == "nam" else "mrn", "allergen", "maintenance_mg", "start_date", "reactions"]
    rows = [hdr]
    seen = set()
    for _ in range(n):
        if ident_kind == "nam":
            p = c.holder("notchild" if ivig else "child")
            while p.nam in seen:
                p = c.holder("notchild" if ivig else None)
            seen.add(p.nam)
            ident = use_nam(c, m, p, "plain")
        else:
            p = c.patient(c.pick(["adult", "senior"]) if ivig else "child", lang)
            ident = c.mrn("plain7")
            m.types.add("mrn")
            m.facts.append(ident)
        m.facts.append(p.surname)
        if ivig:
            dx = c.pick(["DICV", "XLA", "hypogamma sec.", "CVID"] if lang == "fr" else ["CVID", "XLA", "secondary hypogamma", "SAD"])
            rows.append([p.surname, p.given, ident, dx, c.pick(T.IG_PRODUCTS), c.pick([20, 25, 30, 40, 45]), c.pick([3, 4, 4, 1]),
                         f"{c.rng.uniform(5, 11):.1f}"])
        else:
            food = c.pick(T.FOOD[:6])
            rows.append([p.surname, p.given, ident, food[0] if lang == "fr" else food[1], c.pick([300, 300, 600, 1000]),
                         c.day(-700, -30).isoformat(), c.rng.randint(0, 4)])
    delim = ";" if lang == "fr" else ","
    enc = c.pick(["utf-8", "windows-1252", "utf-8"])
    data = A.make_csv(rows, delimiter=delim, encoding=enc, bom=(enc == "utf-8" and c.chance(0.5)))
    fname = (("registre_IgIV" if ivig else "registre_ITO") if lang == "fr" else ("ivig_registry" if ivig else "oit_registry")) \
        + f"_{c.today.strftime('%Y%m')}.csv"
    zipped = c.chance(0.35)
    if zipped:
        z = A.make_zip([(fname, data)])
        m.attach(z, "application/zip", fname.replace(".csv", ".zip"))
    else:
        m.attach(data, f"text/csv; charset={enc}", fname, style="rfc2231")
    if lang == "fr":
        m.subject = c.pick(["Extraction mensuelle du registre", "Export registre – " + c.today.strftime("%Y-%m"), "Données demandées"])
        m.text = f"Bonjour,\n\nVoici l'extraction demandée ({n} patients actifs){' en fichier compressé' if zipped else ''}.\n\n{c.sig(analyst, inst, 'fr')}"
    else:
        m.subject = c.pick(["Monthly registry extract", "Registry export " + c.today.strftime("%Y-%m"), "Data you asked for"])
        m.text = f"Hi,\n\nHere is the extract you requested ({n} active patients){', zipped' if zipped else ''}.\n\n{c.sig(analyst, inst, 'en')}"
    return m


# ---------------------------------------------------------------------------
def discharge_docx(c):
    lang = c.lang()
    use_h = c.chance(0.4)
    p = c.holder() if use_h else c.patient(c.pick(["child", "adult", "senior"]), lang)
    doc = c.staff("immunology resident", "paediatrics resident", "allergy fellow")
    inst = c.inst()
    mrn = c.mrn()
    adm = c.day(-20, -4)
    dis = adm + datetime.timedelta(days=c.rng.randint(1, 3))
    tryp = round(c.rng.uniform(12, 40), 1)
    food_fr, food_en, _ = c.pick(T.FOOD)
    ai_fr, ai_en = T.autoinj_for(p, c.rng)
    m = Mail(lang, "discharge_summary", "discharge summary after anaphylaxis admission as DOCX")
    m.frm = c.addr(doc, inst)
    m.to = [("GMF" if lang == "fr" else "Family health team", f"reception@gmf-{c.rng.randint(1, 40)}.example")]
    m.types |= {"patient_name", "mrn", "date_of_birth", "diagnosis", "medication", "lab_result"}
    m.facts += [p.surname, mrn]
    f = lambda x: str(x).replace(".", ",") if lang == "fr" else str(x)
    if lang == "fr":
        paras = [f"Nom : {p.upper_rev}", f"Dossier : {mrn}    DDN : {p.dob.isoformat()}",
                 f"Admission : {adm.isoformat()}    Congé : {dis.isoformat()}", "## Diagnostic principal",
                 f"Anaphylaxie (grade 3) secondaire à l'ingestion {T.de_fr(food_fr)}.", "## Évolution",
                 f"Épinéphrine IM x 2 à l'urgence, puis observation aux soins intermédiaires. Tryptase à 1 h : {f(tryp)} µg/L. "
                 "Aucune réaction biphasique.", "## Médicaments au congé",
                 f"{ai_fr} x 2; cétirizine 10 mg DIE x 5 jours; prednisone 40 mg DIE x 3 jours.",
                 "## Suivi", "Clinique d'allergie dans 4 à 6 semaines (demande faite). Plan d'action remis et enseignement fait."]
        title = "Résumé de départ"
        fn = c.pick([f"Resume_depart_{p.surname}.docx", "résumé de départ.docx", f"RD_{mrn.replace(' ', '')}.docx"])
        m.subject = c.pick(["Résumé de départ", f"Congé – {p.surname}", "Résumé d'hospitalisation pour suivi"])
        m.text = f"Bonjour,\n\nCi-joint le résumé de départ pour suivi en première ligne.\n\n{c.sig(doc, inst, 'fr')}"
    else:
        paras = [f"Name: {p.upper_rev}", f"MRN: {mrn}    DOB: {p.dob.isoformat()}",
                 f"Admitted: {adm.isoformat()}    Discharged: {dis.isoformat()}", "## Most responsible diagnosis",
                 f"Anaphylaxis (grade 3) after ingestion of {food_en}.", "## Course",
                 f"IM epinephrine x2 in ED, then step-down unit observation. Tryptase at 1 h: {tryp} µg/L. No biphasic reaction.",
                 "## Discharge medications", f"{ai_en} x2; cetirizine 10 mg daily x5 days; prednisone 40 mg daily x3 days.",
                 "## Follow-up", "Allergy clinic in 4-6 weeks (referral sent). Action plan and teaching done."]
        title = "Discharge Summary"
        fn = c.pick([f"Discharge_summary_{p.surname}.docx", "discharge summary.docx", f"DS_{mrn.replace(' ', '')}.docx"])
        m.subject = c.pick(["Discharge summary", f"Discharge - {p.surname}", "Hospital summary for follow-up"])
        m.text = f"Hello,\n\nPlease find attached the discharge summary for primary care follow-up.\n\n{c.sig(doc, inst, 'en')}"
    if use_h:
        paras.insert(2, ("NAM : " if lang == "fr" else "RAMQ: ") + use_nam(c, m, p, c.pick(["plain", "space"])))
    docx = A.make_docx(title, paras, author=f"{doc[0]} {doc[1]}", header_text=inst[0] if lang == "fr" else inst[1])
    m.attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn)
    return m


# ---------------------------------------------------------------------------
def rx_pharmacy(c):
    lang = c.lang()
    p = c.holder(c.pick(["child", "adult", "senior", None]))
    doc = c.staff("allergist", "immunologist", "paediatric allergist")
    inst = c.inst()
    pharmacy = c.pick(["Pharmacie Dubois et Lacasse", "Pharmacie du Carrefour", "Pharmacie Hamel-Tran", "Riverside Pharmacy"])
    m = Mail(lang, "prescription", "prescription / pharmacy exchange with NAM")
    m.frm = c.addr(doc, inst)
    m.to = [(pharmacy, f"ordonnances@{I.ascii_fold(pharmacy.split()[-1]).lower()}-pharma.example")]
    nam = use_nam(c, m, p)
    m.types |= {"medication"}
    with_name = c.chance(0.7)
    with_dob = c.chance(0.6)
    if with_name:
        name_fact(m, p)
    if with_dob:
        m.types.add("date_of_birth")
    v = c.rng.randrange(4)
    child = p.dob.year >= 2011
    if lang == "fr":
        meds = [f"{'EpiPen Jr 0,15 mg' if child else 'EpiPen 0,3 mg'} – 2 auto-injecteurs, renouveler x 3",
                "Omalizumab (Xolair) 300 mg SC toutes les 4 semaines – urticaire chronique spontanée",
                "Icatibant 30 mg/3 mL SC PRN crise d'angio-œdème héréditaire – 2 seringues",
                "IgSC Hizentra 20 % : 8 g SC chaque semaine – DICV"][v]
        ident = (f"{p.full}, " if with_name else "") + (f"né(e) le {p.dob.isoformat()}, " if with_dob else "") + f"NAM {nam}"
        m.subject = c.pick(["Ordonnance", "Renouvellement", "Ordonnance – suivi", "Question – couverture RAMQ"]) + \
            (f" – {p.surname}" if with_name and c.chance(0.5) else "")
        m.text = "\n".join([T.greeting(c.rng, "fr"), "", f"Patient : {ident}", "", f"Rx : {meds}", "",
                            c.pick(["Merci de confirmer la réception.", "Le patient passera demain.",
                                    "Médicament d'exception : formulaire envoyé à la RAMQ."]), "", c.sig(doc, inst, "fr")])
    else:
        meds = [f"{'EpiPen Jr 0.15 mg' if child else 'EpiPen 0.3 mg'} - 2 auto-injectors, refills x3",
                "Omalizumab (Xolair) 300 mg SC every 4 weeks - chronic spontaneous urticaria",
                "Icatibant 30 mg/3 mL SC PRN for HAE attacks - 2 syringes",
                "SCIG Hizentra 20%: 8 g SC weekly - CVID"][v]
        ident = (f"{p.full}, " if with_name else "") + (f"DOB {p.dob.isoformat()}, " if with_dob else "") + f"RAMQ {nam}"
        m.subject = c.pick(["Prescription", "Refill", "Rx follow-up", "Coverage question"]) + \
            (f" - {p.surname}" if with_name and c.chance(0.5) else "")
        m.text = "\n".join([T.greeting(c.rng, "en"), "", f"Patient: {ident}", "", f"Rx: {meds}", "",
                            c.pick(["Please confirm receipt.", "Patient will pick up tomorrow.",
                                    "Exception drug form sent to RAMQ."]), "", c.sig(doc, inst, "en")])
    if v > 0:
        m.types.add("diagnosis")
    return m


# ---------------------------------------------------------------------------
def transport_social(c):
    lang = c.lang(0.65)
    p = c.patient(c.pick(["adult", "senior"]), lang)
    sw = c.staff("social worker", "clinical nurse", "clinical coordinator")
    inst = c.inst()
    street, city, pc = c.home_address()
    ph = c.phone()
    d = c.workday(3, 25)
    m = Mail(lang, "transport_social", "transport request for infusion with home address and social situation")
    m.frm = c.addr(sw, inst)
    m.to = [("Transport adapté" if lang == "fr" else "Para-transit", f"reservations@transport-{I.ascii_fold(city).lower().replace(' ', '')}.example")]
    m.types |= {"patient_name", "patient_contact", "social_information", "medication"}
    m.facts += [p.surname]
    soc_fr = c.pick(["vit seule, sans voiture, prestataire de l'aide sociale",
                     "hébergée temporairement en maison d'hébergement (violence conjugale) – adresse à ne pas divulguer",
                     "en attente d'un logement social, réside chez sa sœur",
                     "proche aidant de son conjoint, revenu limité (supplément de revenu garanti)"])
    soc_en = c.pick(["lives alone, no car, on social assistance",
                     "temporarily at a women's shelter (intimate partner violence) - do not disclose address",
                     "waiting for social housing, staying with a sister",
                     "caregiver for spouse, limited income (GIS)"])
    if lang == "fr":
        m.subject = c.pick(["Demande de transport – perfusion IgIV", f"Transport {p.surname} {d.isoformat()}", "Transport adapté – demande"])
        m.text = "\n".join([T.greeting(c.rng, "fr"), "",
                            "Pourriez-vous organiser un transport aller-retour pour :",
                            f"{p.title('fr')} {p.full}", f"{street}, {city} (Québec) {pc}", f"Tél. : {ph}", "",
                            f"Rendez-vous : {T.fday(d, 'fr')}, 8 h 30 à l'hôpital de jour (perfusion d'immunoglobulines IV, durée 4 h).",
                            f"Situation : {soc_fr}.", "", T.signoff(c.rng, "fr"), c.sig(sw, inst, "fr")])
    else:
        m.subject = c.pick(["Transport request - IVIG infusion", f"Transport {p.surname} {d.isoformat()}", "Para-transit booking"])
        m.text = "\n".join([T.greeting(c.rng, "en"), "",
                            "Could you arrange a return trip for:", f"{p.title('en')} {p.full}", f"{street}, {city}, QC {pc}",
                            f"Phone: {ph}", "",
                            f"Appointment: {T.fday(d, 'en')}, 8:30 a.m. at the day hospital (IV immunoglobulin infusion, about 4 h).",
                            f"Situation: {soc_en}.", "", T.signoff(c.rng, "en"), c.sig(sw, inst, "en")])
    return m


# ---------------------------------------------------------------------------
def youth_protection(c):
    lang = c.lang(0.7)
    use_holder = c.chance(0.5)
    child = c.holder("child") if use_holder else c.patient("child", lang)
    sw = c.staff("social worker")
    inst = c.inst()
    food_fr, food_en, _ = c.pick(T.FOOD)
    m = Mail(lang, "youth_protection", "youth-protection placement of a child with anaphylaxis")
    m.frm = c.addr(sw, inst)
    m.to = [("Intervenante DPJ" if lang == "fr" else "Child protection worker", f"intervention.jeunesse@dpj-region{c.rng.randint(1, 16)}.example")]
    name_fact(m, child)
    m.types |= {"social_information", "diagnosis", "medication", "date_of_birth"}
    nam = use_nam(c, m, child) if use_holder and c.chance(0.6) else None
    ai_short = T.autoinj_for(child, c.rng)[0].rsplit(" ", 2)[0]
    if lang == "fr":
        m.subject = c.pick(["Placement – besoins médicaux", "Famille d'accueil – formation EpiPen", "Suivi DPJ – allergie sévère"])
        m.text = "\n".join([T.greeting(c.rng, "fr"), "",
                            f"Concernant {child.full} (DDN {child.dob.isoformat()}{', NAM ' + nam if nam else ''}), placé{'e' if child.sex == 'F' else ''} "
                            "en famille d'accueil depuis la semaine dernière en vertu de la LPJ :",
                            f"- allergie sévère {T.a_fr(food_fr)} avec antécédent d'anaphylaxie;",
                            f"- la famille d'accueil doit recevoir une formation sur l'{ai_short} avant la fin de semaine;",
                            "- les contacts supervisés avec la mère sont maintenus (mardi et jeudi).",
                            "", "Pouvons-nous planifier la formation à la clinique jeudi?", "", c.sig(sw, inst, "fr")])
    else:
        m.subject = c.pick(["Placement - medical needs", "Foster family - EpiPen training", "Child protection follow-up - severe allergy"])
        m.text = "\n".join([T.greeting(c.rng, "en"), "",
                            f"Regarding {child.full} (DOB {child.dob.isoformat()}{', RAMQ ' + nam if nam else ''}), placed in foster care last week under the YPA:",
                            f"- severe {food_en} allergy with previous anaphylaxis;",
                            f"- the foster family needs {ai_short} training before the weekend;",
                            "- supervised visits with mother continue (Tue/Thu).",
                            "", "Can we schedule the training at the clinic on Thursday?", "", c.sig(sw, inst, "en")])
    return m
