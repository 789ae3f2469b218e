"""Positive messages, part A: drug allergy, food allergy, anaphylaxis, immunotherapy."""
import datetime

from gen_common import STAFF, EXTERNAL, CLINIC_FR, CLINIC_EN, ORG_FR, TEL_OFC, dfmt
from gen_tpl import DRUGS, HISTORY, FOODS, EXTRACTS, AUTOINJ, a_fr, a_food
from gen_mime import att
from gen_docs import make_pdf, make_docx, make_xlsx, make_ics, make_csv

BOX = ("Clinique d'allergie HSAL", "allergie.immunologie@hsal.example")
BOX_EN = ("HSAL Allergy Clinic", "allergie.immunologie@hsal.example")
REG = []


def reg(n, kind):
    def deco(fn):
        REG.append((fn, n, kind))
        return fn
    return deco


COMORB = [("HTA, dyslipidémie", "hypertension, dyslipidaemia", ["ramipril 5 mg die", "atorvastatine 20 mg"],
           ["ramipril 5 mg daily", "atorvastatin 20 mg"]),
          ("DB2, IRC stade 3", "type 2 diabetes, CKD stage 3", ["metformine 500 mg bid", "empagliflozine 10 mg"],
           ["metformin 500 mg bid", "empagliflozin 10 mg"]),
          ("FA, prothèse valvulaire mécanique", "AF, mechanical valve", ["warfarine selon RNI", "bisoprolol 5 mg"],
           ["warfarin per INR", "bisoprolol 5 mg"]),
          ("asthme léger, rhinite saisonnière", "mild asthma, seasonal rhinitis", ["Symbicort 200/6 PRN", "fluticasone nasal"],
           ["Symbicort 200/6 PRN", "fluticasone nasal spray"]),
          ("MPOC, ostéoporose", "COPD, osteoporosis", ["Trelegy 1 inh. die", "alendronate 70 mg/sem"],
           ["Trelegy 1 inh daily", "alendronate 70 mg weekly"]),
          ("endocardite ancienne, valve aortique biologique", "remote endocarditis, bioprosthetic aortic valve",
           ["AAS 81 mg"], ["ASA 81 mg"])]


def pdrug(c):
    d = c.pick(DRUGS[:6] if c.chance(0.7) else DRUGS)
    return d[0] if c.fr() else d[1], d


@reg(4, "adult")
def referral_drug(c):
    p = c.patient(c.pick(["adult", "elder"]))
    drug, d = pdrug(c)
    hist = c.pick(HISTORY)
    age = c.rng.randint(3, 12)
    hist = (hist[0] if c.fr() else hist[1]).format(age=age)
    cm = c.pick(COMORB)
    gp = EXTERNAL["marchand"]
    reason = c.pick([("chirurgie de la hanche prévue dans 6 semaines", "hip surgery planned in 6 weeks"),
                     ("infections urinaires récidivantes, options limitées", "recurrent UTIs, limited options"),
                     ("prophylaxie d'endocardite requise", "needs endocarditis prophylaxis"),
                     ("syphilis latente à traiter — pénicilline G benzathine préférable",
                      "latent syphilis to treat — benzathine penicillin G preferred")])
    c.t("diagnosis", "medication")
    in_pdf = c.chance(0.4)
    idl = c.ident_lines(p, pdf=in_pdf)
    body_id = [] if in_pdf else idl
    if c.chance(0.35):
        ph = c.m(p.phone)
        c.t("patient_contact")
        body_id = body_id + [c.L(f"Tél. (domicile) : {ph}", f"Home phone: {ph}")]
    sub_name = ""
    if c.fr():
        lines = ["Bonjour,", "",
                 f"Je vous adresse {'ce patient' if p.sex == 'M' else 'cette patiente'} pour évaluation d'une allergie {a_fr(drug)}"
                 + (" (voir la demande de consultation ci-jointe)." if in_pdf else "."), ""] + body_id + [
                 "", f"Histoire : {hist}.", f"Antécédents : {cm[0]}.", f"Médication : {', '.join(cm[2])}.",
                 f"Motif de priorité : {reason[0]}.", "",
                 "Merci de votre collaboration."]
        subj = c.pick(["Demande de consultation — allergie médicamenteuse", "Réf. allergie " + a_fr(drug.split(' (')[0]),
                       "Consultation allergie (priorité B)"])
    else:
        lines = ["Hello,", "",
                 f"I am referring this patient for assessment of a reported {drug} allergy"
                 + (" (consult request attached)." if in_pdf else "."), ""] + body_id + [
                 "", f"History: {hist}.", f"PMH: {cm[1]}.", f"Meds: {', '.join(cm[3])}.",
                 f"Priority: {reason[1]}.", "", "Thank you."]
        subj = c.pick(["Referral - drug allergy assessment", "Allergy referral: " + drug.split(' (')[0],
                       "New consult request (priority B)"])
    if c.chance(0.3):
        nm = c.name(p, "upper_first")
        subj += " — " + nm
    text = "\n".join(lines) + c.sig(gp)
    atts = []
    if in_pdf:
        pdf_lines = [c.L("DEMANDE DE CONSULTATION — SERVICE D'ALLERGIE", "CONSULTATION REQUEST — ALLERGY"), ""]
        pdf_lines += idl
        pdf_lines += ["", (("Raison : allergie rapportée " + a_fr(d[0])) if c.fr() else ("Reason: reported allergy to " + d[1])),
                      c.L("Histoire : ", "History: ") + hist,
                      c.L("Médicaments : ", "Medications: ") + ", ".join(cm[2] if c.fr() else cm[3]),
                      c.L("Priorité : B (moins de 28 jours)", "Priority: B (within 28 days)"),
                      "", c.L("Médecin référent : ", "Referring MD: ") + gp.titled(c.lang) + ", GMF des Trois-Pins"]
        fn = c.pick(["demande_consultation.pdf", "Referral_allergy.pdf", f"consult_{c.dt:%Y%m%d}.pdf"])
        atts.append(att("pdf", fn, make_pdf(c.L("Demande de consultation", "Consultation request"), pdf_lines, c.dt,
                                            author=gp.full)))
    return c.finish("referral", c.L("référence du GMF pour allergie médicamenteuse", "GP referral for drug allergy"),
                    gp, [BOX], subj, text, atts=atts)


@reg(5, "adult")
def consult_delabel(c):
    p = c.patient(c.pick(["adult", "elder", "young"]))
    doc = STAFF[c.pick(["vachon", "benali", "desrochers"])]
    gp = EXTERNAL["marchand"]
    d = c.pick([x for x in DRUGS if x[2] == "pen"])
    seen = c.dt.date() - datetime.timedelta(days=c.rng.randint(1, 9))
    c.t("diagnosis", "medication", "lab_result")
    chal = c.pick(["amoxicilline 500 mg", "amoxicilline 250 mg puis 250 mg", "céphalexine 500 mg"]) if c.fr() else \
        c.pick(["amoxicillin 500 mg", "amoxicillin 250 mg then 250 mg", "cephalexin 500 mg"])
    if c.fr():
        letter = [f"Objet : consultation en allergie du {dfmt(seen, 'long', 'fr')}", ""] + c.ident_lines(p, pdf=True) + [
            "", "Cher collègue,", "",
            f"Merci de nous avoir adressé {c.g(p, 'votre patient', 'votre patiente')} pour une allergie rapportée {a_fr(d[0])}.",
            "Tests cutanés (prick et intradermiques) : PPL négatif, MDM négatif, amoxicilline 20 mg/mL négatif. "
            "Contrôle histamine 6 mm, salin 0 mm.",
            f"Test de provocation orale : {chal}, observation de 60 minutes, aucune réaction objective ni subjective.",
            "", "Conclusion : allergie aux pénicillines EXCLUE. L'étiquette d'allergie a été retirée du dossier "
            "hospitalier et du DSQ. Toutes les bêta-lactamines peuvent être utilisées.",
            "", "Bien à vous,", doc.titled("fr")]
        body = c.pick([f"Bonjour, voici la lettre de consultation pour {c.g(p, 'votre patient', 'votre patiente')}. Bonne journée.",
                       "Bonjour,\n\nCi-joint notre lettre suite au test de provocation. L'allergie a été retirée du profil.\n\nCordialement,"])
        subj = c.pick(["Lettre de consultation — délabellisation pénicilline", "Résultat évaluation allergie",
                       "Consultation allergie : retrait d'étiquette"])
    else:
        letter = [f"Re: allergy consultation of {dfmt(seen, 'long', 'en')}", ""] + c.ident_lines(p, pdf=True) + [
            "", "Dear colleague,", "",
            f"Thank you for referring this patient for a reported {d[1]} allergy.",
            "Skin testing (prick and intradermal): PPL negative, MDM negative, amoxicillin 20 mg/mL negative. "
            "Histamine control 6 mm, saline 0 mm.",
            f"Oral challenge: {chal}, observed 60 minutes, no objective or subjective reaction.",
            "", "Impression: penicillin allergy RULED OUT. The allergy label was removed from the hospital chart "
            "and the provincial record. All beta-lactams may be used.",
            "", "Kind regards,", doc.titled("en")]
        body = c.pick(["Hello, please find attached the consult letter for your patient.",
                       "Hi,\n\nAttached is our letter following the oral challenge. Label removed.\n\nBest,"])
        subj = c.pick(["Consult letter - penicillin delabelling", "Allergy assessment result",
                       "Allergy consult: label removed"])
    kind = c.pick(["pdf", "docx"])
    title = c.L("Lettre de consultation — Allergie", "Consultation letter — Allergy")
    if kind == "pdf":
        a = att("pdf", c.pick(["lettre_consult.pdf", f"consult_{p.mrn}.pdf", "Allergy_consult.pdf"]),
                make_pdf(title, letter, c.dt, author=doc.full, header=[ORG_FR + " — " + (CLINIC_FR if c.fr() else CLINIC_EN)]))
    else:
        a = att("docx", c.pick(["lettre_consultation.docx", f"Consult_{c.dt:%Y-%m-%d}.docx"]),
                make_docx(title, letter, c.dt, author=doc.full))
    return c.finish("consult", c.L("lettre de consultation, retrait d'allergie", "consult letter, allergy delabelled"),
                    doc, [gp], subj, body + "\n" + c.sig(doc), atts=[a])


@reg(4, "any")
def pharmacy_delabel(c):
    p = c.patient("any")
    ph = EXTERNAL["pharm"]
    who = STAFF[c.pick(["dufresne", "quirion", "benali"])]
    drug, d = pdrug(c)
    c.t("medication", "diagnosis", "lab_result")
    td = c.dt.date() - datetime.timedelta(days=c.rng.randint(0, 4))
    if c.fr():
        text = "\n".join([c.greet(ph), "",
                          f"Pouvez-vous mettre à jour le profil de {c.name(p)} ({c.L('DDN', 'DOB')} {c.dob(p)}, {c.sexw(p)})"
                          + (f", NAM {c.nam(p)}" if p.nam else "") + " ?",
                          f"Le test de provocation {a_fr(d[0])} fait le {dfmt(td, 'long', 'fr')} est négatif : "
                          "l'allergie peut être RETIRÉE du dossier pharmaceutique.",
                          c.pick(["Aucune autre allergie connue.", "Garder l'intolérance à la codéine (nausées).",
                                  "Conserver l'allergie au sulfa (non testée)."]), "",
                          "Merci!"]) + c.sig(who)
        subj = c.pick(["Retrait d'allergie au dossier", "Mise à jour du profil — allergie retirée", "Profil allergies"])
    else:
        text = "\n".join([c.greet(ph), "",
                          f"Could you please update the profile for {c.name(p)} (DOB {c.dob(p)}, {c.sexw(p)})"
                          + (f", RAMQ {c.nam(p)}" if p.nam else "") + "?",
                          f"Oral challenge to {d[1]} on {dfmt(td, 'long', 'en')} was negative: "
                          "the allergy can be REMOVED from the pharmacy file.",
                          c.pick(["No other known allergies.", "Keep the codeine intolerance (nausea).",
                                  "Keep the sulfa allergy (not tested)."]), "", "Thanks!"]) + c.sig(who)
        subj = c.pick(["Allergy label removal", "Profile update - allergy removed", "Allergy profile"])
    return c.finish("pharmacy_update", c.L("avis à la pharmacie, allergie retirée", "pharmacy notice, allergy removed"),
                    who, [ph], subj, text)


@reg(4, "any")
def skin_test_results(c):
    p = c.patient(c.pick(["adult", "young", "child"]))
    doc = STAFF[c.pick(["benali", "lafreniere", "vachon"])]
    nurse = STAFF["quirion"]
    c.t("lab_result", "diagnosis")
    allergens = [("Histamine", 6), ("Salin / Saline", 0), ("D. pteronyssinus", 0), ("D. farinae", 0),
                 ("Chat / Cat", 0), ("Chien / Dog", 0), ("Bouleau / Birch", 0), ("Graminées / Grass", 0),
                 ("Herbe à poux / Ragweed", 0), ("Alternaria", 0)]
    rows = []
    for a, v in allergens:
        if a not in ("Histamine", "Salin / Saline") and c.chance(0.4):
            v = c.rng.choice([3, 4, 5, 7, 9, 12])
        rows.append((a, v))
    pos = [a for a, v in rows[2:] if v >= 3]
    concl = (c.L("Sensibilisation à : ", "Sensitized to: ") + ", ".join(pos)) if pos else c.L("Aucune sensibilisation", "No sensitization")
    dx = c.L("Rhinoconjonctivite allergique persistante modérée", "Moderate persistent allergic rhinoconjunctivitis")
    head = [c.L("Allergène", "Allergen"), c.L("Papule (mm)", "Wheal (mm)")]
    bits = [c.name(p)]
    if not p.nam or c.chance(0.5):
        bits.append(c.L("dossier ", "chart ") + c.mrn(p))
    if p.nam:
        bits += [f"{c.dob(p)} ({c.sexw(p)})", f"NAM {c.nam(p)}"]
    idtxt = " — ".join(bits)
    if c.chance(0.5):
        html = ("<html><body style='font-family:Arial;font-size:10pt'>"
                f"<p>{c.greet(nurse, True)}</p><p>{c.L('Résultats des tests cutanés de ce matin', 'Skin prick results from this morning')} :"
                f"<br><b>{idtxt}</b></p>\n<table border='1' cellpadding='3' style='border-collapse:collapse'>\n"
                f"<tr><th>{head[0]}</th><th>{head[1]}</th></tr>\n"
                + "\n".join(f"<tr><td>{a}</td><td>{v}</td></tr>" for a, v in rows)
                + f"\n</table>\n<p>{concl}.<br>Dx : {dx}.</p><p>"
                + c.L("On peut commencer l'immunothérapie sous-cutanée si la patiente est d'accord.",
                      "We can start SCIT if the patient agrees.") + f"</p><p>{doc.titled(c.lang)}</p></body></html>\n")
        text = (f"{c.greet(nurse, True)}\n\n{idtxt}\n" + "\n".join(f"{a}: {v} mm" for a, v in rows)
                + f"\n\n{concl}.\nDx: {dx}.\n\n{doc.titled(c.lang)}\n")
        atts = []
    else:
        html = None
        text = (f"{c.greet(nurse, True)}\n\n" + c.L("Tableau des tests cutanés en pièce jointe pour ", "Skin test table attached for ")
                + f"{idtxt}.\n{concl}. Dx : {dx}.\n" + c.sig(doc, short=True))
        atts = [att("docx", c.pick(["tests_cutanes.docx", "SPT_results.docx"]),
                    make_docx(c.L("Tests cutanés — aéroallergènes", "Skin prick tests — aeroallergens"),
                              [idtxt, concl + ".", "Dx : " + dx], c.dt, table=[head] + [[a, str(v)] for a, v in rows],
                              author=doc.full))]
    subj = c.pick([c.L("Résultats tests cutanés", "SPT results"), c.L("Prick tests ce matin", "Prick tests this AM"),
                   c.L("Tests aéroallergènes — plan ITSC", "Aeroallergen tests - SCIT plan")])
    return c.finish("skin_tests", c.L("résultats de tests cutanés", "skin test results"), doc, [nurse], subj, text,
                    html=html, atts=atts)


def parent_email(c, p):
    g, s = p.parent
    dom = c.pick(["courriel-maison.example", "boiteperso.example", "reseaufamille.example"])
    return (f"{g} {s}", f"{g.lower().replace('é', 'e').replace('è', 'e').replace('ï', 'i').replace(' ', '')}."
                        f"{s.lower().replace(' ', '').replace('é', 'e').replace('è', 'e').replace('ô', 'o').replace(chr(39), '')}"
                        f"{c.rng.randint(70, 99)}@{dom}")


@reg(5, "child")
def ofc_booking(c):
    p = c.patient("child", nam=False)
    nurse = STAFF["stemarie"]
    food = c.pick(FOODS)
    f = food[0] if c.fr() else food[1]
    w = c.when(c.rng.randint(10, 40), 8)
    parent = parent_email(c, p)
    c.t("diagnosis", "medication")
    ph = c.m(p.cell)
    c.t("patient_contact")
    nm = c.name(p, c.pick(["full", "upper_first", "sur_first", "lower"]))
    if c.fr():
        text = "\n".join([f"Bonjour {parent[0].split()[0]},", "",
                          f"Le test de provocation orale (TPO) {a_food(f)} de {nm} "
                          f"({c.g(p, 'né', 'née')} le {c.dob(p)}) est prévu le {c.wfmt(w)}, clinique d'allergie, 3e étage du pavillon Brassard.",
                          "", "À préparer :",
                          "- cesser les antihistaminiques (cétirizine, Aerius, Benadryl) 5 jours avant;",
                          "- un déjeuner léger est permis;",
                          f"- apporter l'aliment ({f}) dans son emballage d'origine et l'auto-injecteur d'épinéphrine;",
                          "- prévoir la journée complète (dernière dose puis 2 h d'observation).", "",
                          f"Si votre enfant est malade (fièvre, asthme non contrôlé), appelez-nous au {TEL_OFC}. "
                          f"Nous vous appellerons la veille au {ph} pour confirmer.", "", "Merci,"]) + c.sig(nurse)
        subj = c.pick(["Confirmation — test de provocation orale", "Rendez-vous TPO", "TPO " + f.split(' (')[0]])
    else:
        text = "\n".join([f"Hello {parent[0].split()[0]},", "",
                          f"{nm}'s oral food challenge (OFC) to {f} (DOB {c.dob(p)}) is booked for {c.wfmt(w)}, "
                          "Allergy Clinic, Brassard Pavilion 3rd floor.", "", "Please:",
                          "- stop antihistamines (cetirizine, Aerius, Benadryl) 5 days before;",
                          "- a light breakfast is fine;",
                          f"- bring the food ({f}) in its original packaging and the epinephrine auto-injector;",
                          "- plan for the whole day (last dose plus 2 h observation).", "",
                          f"If your child is sick (fever, uncontrolled asthma) call {TEL_OFC}. "
                          f"We will call you the day before at {ph} to confirm.", "", "Thanks,"]) + c.sig(nurse)
        subj = c.pick(["Confirmation - oral food challenge", "OFC appointment", "Food challenge booking"])
    atts = []
    if c.chance(0.8):
        summ = c.L(f"TPO {f} — {p.given} {p.surname}", f"OFC {f} — {p.given} {p.surname}")
        c.m(f"{p.given} {p.surname}")
        atts.append(att("ics", "invitation.ics", make_ics(f"ofc-{c.idx}-{p.mrn}@hsal.example", w,
                                                          w + datetime.timedelta(hours=5), summ,
                                                          "Clinique d'allergie, pavillon Brassard 3e", c.L(
                                                              "Cesser antihistaminiques 5 jours avant.",
                                                              "Stop antihistamines 5 days before."),
                                                          nurse.addr(), [parent], c.dt), params={"method": "REQUEST"}))
    return c.finish("ofc_booking", c.L("confirmation de test de provocation orale", "oral food challenge booking"),
                    nurse, [parent], subj, text, atts=atts)


@reg(4, "child")
def ofc_result(c):
    p = c.patient("child")
    doc = STAFF["lafreniere"]
    ped = EXTERNAL["marchand"]
    food = c.pick(FOODS[:3] + FOODS[5:7])
    steps = [1, 3, 10, 30, 100, 300, 1000]
    stop = c.rng.randint(3, 6)
    cum = sum(steps[:stop + 1])
    wt = c.rng.randint(14, 38)
    epi = "0,15" if wt < 25 else "0,3"
    c.t("diagnosis", "medication", "lab_result")
    nm = c.name(p)
    if c.fr():
        text = "\n".join([c.greet(ped), "",
                          f"Résumé du TPO {food[0]} de {nm} ({c.dob(p)}" + (f", NAM {c.nam(p)}, {c.sexw(p)}" if p.nam else f", dossier {c.mrn(p)}") + ") :",
                          f"- doses de 1-3-10-30-100-300-1000 mg de protéines q20 min; réaction à la dose de {steps[stop]} mg "
                          f"(cumulatif {cum} mg) : urticaire au visage, toux, vomissement x1;",
                          f"- épinéphrine IM {epi} mg à la cuisse, cétirizine 5 mg; résolution en 25 min, observation 3 h;",
                          f"- poids {wt} kg. IgE spécifique préalable : {c.num(c.rng.uniform(0.8, 14), 2)} kUA/L.", "",
                          f"Diagnostic : allergie IgE-médiée {a_food(food[0])} confirmée. Éviction stricte, "
                          f"{'EpiPen Jr 0,15 mg' if wt < 25 else 'EpiPen 0,3 mg'} x2, plan d'urgence remis aux parents.",
                          "", "Au plaisir,"]) + c.sig(doc)
        subj = c.pick(["TPO positif — résumé", "Résultat test de provocation", f"TPO {food[0]} : réaction"])
    else:
        epi = epi.replace(",", ".")
        text = "\n".join([c.greet(ped), "",
                          f"Summary of {nm}'s {food[1]} OFC ({c.dob(p)}" + (f", RAMQ {c.nam(p)}, {c.sexw(p)}" if p.nam else f", chart {c.mrn(p)}") + "):",
                          f"- 1-3-10-30-100-300-1000 mg protein q20 min; reacted at the {steps[stop]} mg step "
                          f"(cumulative {cum} mg): facial hives, cough, vomiting x1;",
                          f"- IM epinephrine {epi} mg anterolateral thigh, cetirizine 5 mg; resolved in 25 min, observed 3 h;",
                          f"- weight {wt} kg. Prior specific IgE: {c.rng.uniform(0.8, 14):.2f} kUA/L.", "",
                          f"Diagnosis: confirmed IgE-mediated {food[1]} allergy. Strict avoidance, "
                          f"{'EpiPen Jr 0.15 mg' if wt < 25 else 'EpiPen 0.3 mg'} x2, action plan given to parents.",
                          "", "Best regards,"]) + c.sig(doc)
        subj = c.pick(["Positive OFC - summary", "Food challenge result", f"OFC {food[1]}: reaction"])
    return c.finish("ofc_result", c.L("résultat de test de provocation orale", "oral food challenge result"),
                    doc, [ped], subj, text)


@reg(4, "adult")
def scit_reaction(c):
    p = c.patient(c.pick(["adult", "young"]))
    nurse = STAFF["quirion"]
    doc = STAFF[c.pick(["benali", "vachon"])]
    ex = c.pick(EXTRACTS)
    vol = c.pick([0.3, 0.4, 0.5])
    t = c.dt.replace(hour=c.rng.randint(9, 15), minute=c.rng.randint(0, 59))
    c.t("diagnosis", "medication")
    tag = c.pick(["mrn_only", "name_mrn", "name_mrn"])
    who = c.mrn(p) if tag == "mrn_only" and not p.nam else f"{c.name(p)} ({c.mrn(p)})"
    if p.nam:
        who += f", {c.dob(p)}, {c.sexw(p)}, NAM {c.nam(p)}"
    if c.fr():
        text = "\n".join([c.greet(doc), "",
                          f"Réaction systémique aujourd'hui chez {who}.",
                          f"Extrait : {ex[0]}, fiole 1:1 (entretien), {c.num(vol)} mL à {t:%H h %M}.",
                          f"À +15 min : prurit palmaire, urticaire thoracique, sibilances légères; TA {c.rng.randint(96, 118)}/{c.rng.randint(58, 72)}, SpO2 95 %.",
                          "Épinéphrine 0,3 mg IM à +18 min, salbutamol 4 inh., cétirizine 20 mg. Résolution complète en 40 min.",
                          "Réaction grade 2 (OMA). Observé 2 h, congé avec son EpiPen.", "",
                          "Pour la prochaine dose : je propose de redescendre à 0,1 mL et de remonter selon protocole. D'accord?"]) + c.sig(nurse, short=True)
        subj = c.pick(["Réaction systémique ITSC", "Réaction post-injection — à revoir", "ITSC : réaction grade 2"])
    else:
        text = "\n".join([c.greet(doc), "",
                          f"Systemic reaction today for {who}.",
                          f"Extract: {ex[1]}, 1:1 vial (maintenance), {vol} mL at {t:%H:%M}.",
                          f"At +15 min: palmar itch, chest hives, mild wheeze; BP {c.rng.randint(96, 118)}/{c.rng.randint(58, 72)}, SpO2 95%.",
                          "Epinephrine 0.3 mg IM at +18 min, salbutamol 4 puffs, cetirizine 20 mg. Fully resolved in 40 min.",
                          "WAO grade 2. Observed 2 h, discharged with own EpiPen.", "",
                          "Next dose: suggest dropping to 0.1 mL and rebuilding per protocol. OK with you?"]) + c.sig(nurse, short=True)
        subj = c.pick(["SCIT systemic reaction", "Post-injection reaction - please review", "SCIT: grade 2 reaction"])
    return c.finish("scit_reaction", c.L("réaction à l'immunothérapie", "immunotherapy reaction report"),
                    nurse, [doc], subj, text)


@reg(3, "multi")
def scit_log(c):
    nurse = STAFF["quirion"]
    clsc = EXTERNAL["clsc"]
    clsc_nurse = ("Infirmières CLSC Haute-Rivière", "soins.courants@clsc-hauteriviere.example")
    pats = [c.patient(c.pick(["adult", "young"]), nam=c.chance(0.5)) for _ in range(c.rng.randint(3, 5))]
    c.t("diagnosis", "medication")
    head = [c.L("Nom", "Name"), c.L("DDN", "DOB"), c.L("Sexe", "Sex"), "NAM / dossier", c.L("Extrait", "Extract"),
            c.L("Fiole", "Vial"), c.L("Dernière dose (mL)", "Last dose (mL)"), c.L("Date", "Date"),
            c.L("Prochaine", "Next due"), c.L("Réactions", "Reactions")]
    rows = [head]
    for p in pats:
        ex = c.pick(EXTRACTS)
        last = c.dt.date() - datetime.timedelta(days=c.rng.randint(3, 25))
        ident = c.nam(p, "plain") if p.nam else c.mrn(p, "plain")
        rows.append([c.name(p, c.pick(["sur_first", "upper_first", "full"])), c.dob(p, "iso"), p.sex, ident,
                     ex[0] if c.fr() else ex[1], "1:1", c.pick([0.5, 0.5, 0.4, 0.3]), last.isoformat(),
                     (last + datetime.timedelta(days=28)).isoformat(),
                     c.pick([c.L("aucune", "none"), c.L("locale 35 mm", "local 35 mm"), c.L("aucune", "none")])])
    kind = c.pick(["xlsx", "csv", "xlsx"])
    if kind == "xlsx":
        a = att("xlsx", c.pick(["transfert_ITSC_CLSC.xlsx", "SCIT_schedule.xlsx"]),
                make_xlsx([(c.L("Injections", "Injections"), rows)], c.dt, creator=nurse.full))
    else:
        a = att("csv", c.pick(["transfert_itsc.csv", "scit_transfer.csv"]),
                make_csv([[str(x) for x in r] for r in rows], delimiter=";" if c.fr() else ","),
                charset=c.pick(["utf-8", "windows-1252"]))
    text = c.L(
        f"Bonjour,\n\nComme convenu avec {clsc.given}, voici les {len(pats)} patients qui poursuivront leurs injections "
        "d'immunothérapie au CLSC à partir du mois prochain. Les fioles partent par courrier interne jeudi.\n"
        "Protocole : observation 30 min, EpiPen disponible, reporter la dose si asthme instable ou fièvre.\n\nMerci!",
        f"Hello,\n\nAs agreed with {clsc.given}, here are the {len(pats)} patients who will continue their "
        "immunotherapy injections at the CLSC starting next month. Vials go out by internal mail Thursday.\n"
        "Protocol: 30-min observation, EpiPen on hand, hold the dose if asthma unstable or fever.\n\nThanks!") + c.sig(nurse)
    subj = c.pick([c.L("Transfert des injections d'immunothérapie", "Transfer of immunotherapy injections"),
                   c.L("Liste ITSC — CLSC", "SCIT list - CLSC")])
    return c.finish("scit_transfer", c.L("liste de patients en immunothérapie transférés", "SCIT patient transfer list"),
                    nurse, [clsc_nurse], subj, text, atts=[a], cc=[clsc])


@reg(4, "any")
def anaphylaxis_followup(c):
    p = c.patient(c.pick(["adult", "young", "elder", "child"]))
    er = EXTERNAL["ouimet"]
    trig = c.pick([("piqûre de guêpe", "wasp sting"), ("noix de cajou", "cashew"), ("crevettes", "shrimp"),
                   ("céfazoline en préopératoire", "preoperative cefazolin"), ("inconnu (idiopathique?)", "unknown (idiopathic?)"),
                   ("exercice après repas de blé", "exercise after a wheat meal")])
    ed = c.dt.date() - datetime.timedelta(days=c.rng.randint(1, 6))
    tr = c.rng.uniform(9, 34)
    ai = c.pick(AUTOINJ)
    c.t("diagnosis", "medication", "lab_result")
    idl = c.ident_lines(p, with_mrn=True)
    if c.fr():
        text = "\n".join([c.greet(), "", f"Demande de suivi rapide en allergie pour anaphylaxie vue à l'urgence le {dfmt(ed, 'long', 'fr')}.", ""]
                         + idl + ["",
                         f"Déclencheur présumé : {trig[0]}.",
                         f"Présentation : urticaire diffuse, dyspnée, TA {c.rng.randint(70, 88)}/{c.rng.randint(38, 52)}, lipothymie.",
                         "Tx : épinéphrine 0,5 mg IM x2, NS 2 L, méthylprednisolone 125 mg IV, diphenhydramine 50 mg IV.",
                         f"Tryptase à 2 h : {c.num(tr)} µg/L (basale à prévoir).",
                         f"Congé après 12 h d'observation avec {ai[0]} x2 et enseignement.", "",
                         "Merci de " + c.g(p, "le", "la") + " convoquer."]) + c.sig(er)
        subj = c.pick(["Suivi anaphylaxie — urgence", "Référence urgente : anaphylaxie", "Anaphylaxie, demande de RV"])
    else:
        text = "\n".join([c.greet(), "", f"Requesting a prompt allergy follow-up for anaphylaxis seen in the ED on {dfmt(ed, 'long', 'en')}.", ""]
                         + idl + ["",
                         f"Suspected trigger: {trig[1]}.",
                         f"Presentation: diffuse hives, dyspnoea, BP {c.rng.randint(70, 88)}/{c.rng.randint(38, 52)}, near-syncope.",
                         "Tx: epinephrine 0.5 mg IM x2, NS 2 L, methylprednisolone 125 mg IV, diphenhydramine 50 mg IV.",
                         f"Tryptase at 2 h: {tr:.1f} ug/L (baseline pending).",
                         f"Discharged after 12 h observation with {ai[1]} x2 and teaching.", "",
                         "Please book."]) + c.sig(er)
        subj = c.pick(["Anaphylaxis follow-up - ED", "Urgent referral: anaphylaxis", "Anaphylaxis, appt request"])
    return c.finish("anaphylaxis_followup", c.L("demande de suivi après anaphylaxie", "post-anaphylaxis follow-up request"),
                    er, [BOX], subj, text, cc=[STAFF["audet"]])


@reg(4, "any")
def epinephrine_rx(c):
    p = c.patient(c.pick(["child", "adult", "child"]))
    doc = STAFF[c.pick(["lafreniere", "benali", "vachon"])]
    ph = EXTERNAL["pharm"]
    age = p.age(c.dt.date())
    wt = c.rng.randint(48, 105) if age >= 18 else c.rng.randint(35, 75) if age >= 12 else max(11, 2 * age + 8 + c.rng.randint(-3, 4))
    ai = AUTOINJ[1] if wt < 25 else c.pick([AUTOINJ[0], AUTOINJ[2]])
    c.t("medication", "diagnosis", "patient_contact")
    adr = c.m(p.address if c.fr() else p.address_en)
    nm = c.name(p)
    dob = c.dob(p)
    dx = c.pick([("allergie aux arachides", "peanut allergy"), ("allergie au venin d'hyménoptères", "hymenoptera venom allergy"),
                 ("anaphylaxie au sésame", "sesame anaphylaxis"), ("allergie aux noix", "tree nut allergy")])
    extra = (f"\nNAM : {c.nam(p)}  {c.sexw(p)}" if p.nam and c.fr() else f"\nRAMQ: {c.nam(p)}  {c.sexw(p)}" if p.nam else "")
    if c.fr():
        text = (f"ORDONNANCE — transmise par courriel sécurisé\n\nPatient : {nm}\nDDN : {dob}{extra}\nAdresse : {adr}\n"
                f"Poids : {wt} kg\nDx : {dx[0]}\n\nRx :\n1) {ai[0]} — 2 auto-injecteurs, inj. IM PRN anaphylaxie, "
                "répéter après 5-15 min PRN. Renouv. x 3\n2) Cétirizine 10 mg/5 mL — " +
                ("2,5 mL" if wt < 25 else "10 mg") + " PO die PRN. Renouv. x 3\n\n" + doc.titled("fr") +
                f"\nPermis {c.rng.randint(10000, 99999)}-{c.rng.randint(0, 9)}\n")
        subj = c.pick(["Ordonnance épinéphrine", "Rx auto-injecteur", "Ordonnance — " + ai[0].split(' ')[0]])
    else:
        text = (f"PRESCRIPTION — sent by secure e-mail\n\nPatient: {nm}\nDOB: {dob}{extra}\nAddress: {adr}\n"
                f"Weight: {wt} kg\nDx: {dx[1]}\n\nRx:\n1) {ai[1]} — 2 auto-injectors, IM PRN anaphylaxis, "
                "may repeat in 5-15 min. Refills x3\n2) Cetirizine 10 mg/5 mL — " +
                ("2.5 mL" if wt < 25 else "10 mg") + " PO daily PRN. Refills x3\n\n" + doc.titled("en") +
                f"\nLicence {c.rng.randint(10000, 99999)}-{c.rng.randint(0, 9)}\n")
        subj = c.pick(["Epinephrine prescription", "Rx auto-injector", "Prescription - " + ai[1].split(' ')[0]])
    return c.finish("prescription", c.L("ordonnance d'épinéphrine à la pharmacie", "epinephrine prescription to pharmacy"),
                    doc, [ph], subj, text)


@reg(4, "child")
def sige_results(c):
    p = c.patient(c.pick(["child", "child", "young"]))
    doc = STAFF[c.pick(["lafreniere", "desrochers"])]
    nurse = STAFF["stemarie"]
    c.t("lab_result", "diagnosis", "patient_contact")
    vals = [(c.L("Arachide", "Peanut"), c.rng.uniform(3.5, 22)), ("Ara h 2", c.rng.uniform(2.1, 15)),
            (c.L("Noix de cajou", "Cashew"), c.rng.uniform(0.12, 0.95)), ("Ana o 3", c.rng.uniform(0.1, 0.35)),
            (c.L("Sésame", "Sesame"), c.rng.uniform(0.1, 1.2))]
    igt = c.rng.randint(80, 1900)
    parent = p.parent
    ph = c.m(p.cell)
    nm = c.name(p, c.pick(["full", "lower", "sur_first", "titled"]) if not p.nam else None)
    lines = [f"{a} : {c.num(v, 2)} kUA/L" if c.fr() else f"{a}: {v:.2f} kUA/L" for a, v in vals]
    if c.fr():
        text = "\n".join([f"Salut {nurse.given},", "",
                          f"Les IgE sont sortis pour {nm}" + (f" ({c.dob(p)}, {c.sexw(p)}, NAM {c.nam(p)})" if p.nam else f" (dos. {c.mrn(p)})") + " :",
                          ""] + lines + [f"IgE totales : {igt} kU/L", "",
                          "Ara h 2 significatif → allergie à l'arachide probable, pas besoin de TPO arachide.",
                          "Cajou faible : on peut planifier un TPO au cajou.",
                          f"Peux-tu appeler {c.pick(['la mère', 'le père', 'le parent'])} ({parent[0]}) au {ph} pour fixer une date? Merci!"]) + c.sig(doc, short=True)
        subj = c.pick(["IgE spécifiques", "Résultats IgE — TPO cajou à planifier", "IgE sortis"])
    else:
        text = "\n".join([f"Hi {nurse.given},", "",
                          f"sIgE results are back for {nm}" + (f" ({c.dob(p)}, {c.sexw(p)}, RAMQ {c.nam(p)})" if p.nam else f" (chart {c.mrn(p)})") + ":",
                          ""] + lines + [f"Total IgE: {igt} kU/L", "",
                          "Ara h 2 significant -> likely peanut allergy, no peanut OFC needed.",
                          "Cashew low: OK to schedule a cashew OFC.",
                          f"Could you call the parent ({parent[0]}) at {ph} to set a date? Thanks!"]) + c.sig(doc, short=True)
        subj = c.pick(["Specific IgE", "sIgE results - cashew OFC to book", "IgE back"])
    return c.finish("lab_followup", c.L("résultats d'IgE spécifiques, rappel au parent", "specific IgE results, call parent"),
                    doc, [nurse], subj, text)


@reg(3, "child")
def school_form(c):
    p = c.patient("child")
    nurse = STAFF["stemarie"]
    school = EXTERNAL["ecole"]
    food = c.pick(FOODS[:3])
    grade = c.rng.randint(1, 6)
    ai = AUTOINJ[1]
    c.t("diagnosis", "medication")
    lines = [c.L("PLAN D'URGENCE — ANAPHYLAXIE", "EMERGENCY PLAN — ANAPHYLAXIS"), ""] + c.ident_lines(p, pdf=True, with_mrn=False) + [
        c.L(f"Classe : {grade}e année", f"Grade: {grade}"),
        c.L(f"Allergies : {food[0]}, noix", f"Allergies: {food[1]}, tree nuts"),
        c.L("Asthme : oui, contrôlé (Flovent 125 µg 2 inh. bid)", "Asthma: yes, controlled (Flovent 125 ug 2 puffs bid)"),
        "", c.L(f"En cas de réaction : administrer {ai[0]} immédiatement à la cuisse, appeler le 911, aviser le parent.",
                f"If a reaction occurs: give {ai[1]} right away in the thigh, call 911, notify parent."),
        c.L(f"Parent à joindre : {p.parent[0]} {p.parent[1]}, {p.cell}", f"Parent contact: {p.parent[0]} {p.parent[1]}, {p.cell}")]
    c.m(p.cell)
    c.t("patient_contact")
    fn = c.pick(["plan_urgence_anaphylaxie.pdf", f"plan_{p.surname.lower().replace(' ', '')}.pdf", "anaphylaxis_plan.pdf"])
    if p.surname.lower().replace(" ", "") in fn:
        c.m(fn)
    a = att("pdf", fn, make_pdf(c.L("Plan d'urgence en cas d'anaphylaxie", "Anaphylaxis emergency plan"), lines, c.dt,
                                author=nurse.full))
    text = c.L(f"Bonjour {school.given},\n\nTel que convenu avec les parents (consentement signé au dossier), voici le plan "
               "d'urgence à jour pour l'élève. Merci de le transmettre à l'enseignante et au service de garde.\n\nBonne journée,",
               f"Hello {school.given},\n\nAs agreed with the parents (signed consent on file), here is the updated emergency "
               "plan for the student. Please share it with the teacher and daycare staff.\n\nThanks,") + c.sig(nurse)
    return c.finish("school_plan", c.L("plan d'urgence anaphylaxie pour l'école", "school anaphylaxis plan"), nurse, [school],
                    c.L("Plan d'urgence anaphylaxie — école", "Anaphylaxis plan for school"), text, atts=[a])


@reg(2, "adult")
def vaccine_allergy(c):
    p = c.patient(c.pick(["adult", "elder"]))
    doc = STAFF[c.pick(["benali", "vachon"])]
    clsc = ("Vaccination CLSC", "vaccination@clsc-hauteriviere.example")
    vac = c.pick([("vaccin ARNm contre la COVID-19", "COVID-19 mRNA vaccine"), ("vaccin contre l'influenza", "influenza vaccine"),
                  ("vaccin antipneumococcique conjugué", "pneumococcal conjugate vaccine")])
    c.t("diagnosis", "medication", "lab_result")
    if c.fr():
        text = "\n".join([c.greet(), "", f"Pour {c.ident_inline(p)} :",
                          f"Antécédent de réaction à une dose antérieure ({vac[0]}) : urticaire à 45 min, sans atteinte respiratoire.",
                          "Tests cutanés PEG 3350 et polysorbate 80 : négatifs.",
                          "Recommandation : administrer la prochaine dose en 2 temps (10 % puis 90 % après 30 min), "
                          "observation 30 min. Aucune contre-indication.", "", "Merci"]) + c.sig(doc)
        subj = "Évaluation allergie vaccinale"
    else:
        text = "\n".join([c.greet(), "", f"Re {c.ident_inline(p)}:",
                          f"Prior reaction to a previous dose ({vac[1]}): hives at 45 min, no respiratory involvement.",
                          "Skin tests PEG 3350 and polysorbate 80: negative.",
                          "Recommendation: give the next dose as a 2-step (10% then 90% after 30 min), "
                          "30 min observation. No contraindication.", "", "Thanks"]) + c.sig(doc)
        subj = "Vaccine allergy assessment"
    return c.finish("vaccine_allergy", c.L("évaluation d'allergie vaccinale", "vaccine allergy assessment"), doc, [clsc], subj, text)


@reg(3, "adult")
def urticaria_xolair(c):
    p = c.patient(c.pick(["adult", "young"]), nam=False)
    doc = STAFF[c.pick(["vachon", "benali"])]
    day = STAFF["laberge"]
    uas = c.rng.randint(24, 40)
    c.t("diagnosis", "medication", "lab_result")
    w = c.when(c.rng.randint(5, 20))
    if c.fr():
        text = "\n".join([c.greet(day, True), "",
                          f"Peux-tu booker la 1re injection d'omalizumab (Xolair) 300 mg SC pour {c.name(p)} ({c.L('dossier', '')} {c.mrn(p)})?",
                          f"Urticaire chronique spontanée, UAS7 = {uas} malgré cétirizine 20 mg bid x 8 sem. "
                          f"TSH normale, FSC normale, CRP {c.num(c.rng.uniform(1, 9))} mg/L.",
                          "Autorisation RAMQ (médicament d'exception) reçue ce matin.",
                          f"Idéalement {c.wfmt(w)}, observation 2 h pour les 3 premières doses.", "", "Merci!"]) + c.sig(doc, short=True)
        subj = c.pick(["Xolair — 1re dose à planifier", "Omalizumab à booker", "RV hôpital de jour — Xolair"])
    else:
        text = "\n".join([c.greet(day, True), "",
                          f"Could you book the first omalizumab (Xolair) 300 mg SC dose for {c.name(p)} (chart {c.mrn(p)})?",
                          f"Chronic spontaneous urticaria, UAS7 = {uas} despite cetirizine 20 mg bid x 8 wk. "
                          f"TSH normal, CBC normal, CRP {c.rng.uniform(1, 9):.1f} mg/L.",
                          "RAMQ exception drug approval came in this morning.",
                          f"Ideally {c.wfmt(w)}, 2 h observation for the first 3 doses.", "", "Thanks!"]) + c.sig(doc, short=True)
        subj = c.pick(["Xolair - first dose to book", "Omalizumab booking", "Day hospital appt - Xolair"])
    return c.finish("booking", c.L("demande de rendez-vous pour omalizumab", "omalizumab booking request"),
                    doc, [day], subj, text)


@reg(2, "adult")
def hae(c):
    p = c.patient("adult")
    doc = STAFF["raman"]
    ph = EXTERNAL["pharm"]
    c.t("diagnosis", "medication", "lab_result")
    c1 = c.rng.randint(12, 38)
    if c.fr():
        text = "\n".join([c.greet(ph), "", "Ordonnance et note pour le dossier :", ""] + c.ident_lines(p) + ["",
                          f"Dx : angioedème héréditaire type 1 (C1-INH fonctionnel {c1} %, C1-INH antigénique 0,07 g/L, C4 0,04 g/L).",
                          "Rx : icatibant (Firazyr) 30 mg/3 mL seringue — 2 seringues, 1 inj. SC PRN crise, répéter après 6 h PRN. Renouv. x 5.",
                          "Prophylaxie préprocédure à discuter au prochain suivi.", "", "Merci"]) + c.sig(doc)
        subj = "Ordonnance icatibant"
    else:
        text = "\n".join([c.greet(ph), "", "Prescription and note for the file:", ""] + c.ident_lines(p) + ["",
                          f"Dx: hereditary angioedema type 1 (functional C1-INH {c1}%, antigenic C1-INH 0.07 g/L, C4 0.04 g/L).",
                          "Rx: icatibant (Firazyr) 30 mg/3 mL syringe — 2 syringes, 1 SC PRN attack, repeat after 6 h PRN. Refills x5.",
                          "Pre-procedure prophylaxis to discuss at next visit.", "", "Thank you"]) + c.sig(doc)
        subj = "Icatibant prescription"
    return c.finish("prescription", c.L("ordonnance pour angioedème héréditaire", "HAE prescription"), doc, [ph], subj, text)


@reg(2, "adult")
def mastocytosis(c):
    p = c.patient(c.pick(["adult", "elder"]), nam=False)
    doc = STAFF["raman"]
    hema = ("Dr Anthony Gervais-Lam", "anthony.gervais-lam@hsal.example")
    tr = c.rng.uniform(22, 60)
    c.t("diagnosis", "lab_result", "medication")
    nm = c.name(p)
    subj_name = c.chance(0.5)
    if c.fr():
        subj = "Référence hémato — " + (nm if subj_name else "mastocytose systémique?")
        text = "\n".join(["Bonjour Anthony,", "",
                          f"{'' if subj_name else nm + ' — '}{c.L('dossier', 'chart')} {c.mrn(p)} : 3 épisodes d'anaphylaxie "
                          "sans déclencheur clair, tryptase basale " + c.num(tr) + " µg/L, KIT D816V détecté (PCR sang périph., "
                          "fraction allélique 0,4 %).",
                          "Sous cétirizine 20 mg bid, montélukast 10 mg, EpiPen x2.",
                          "Aurais-tu une place pour une biopsie de moelle? Merci!"]) + c.sig(doc, short=True)
    else:
        subj = "Heme referral - " + (nm if subj_name else "systemic mastocytosis?")
        text = "\n".join(["Hi Anthony,", "",
                          f"{'' if subj_name else nm + ' - '}chart {c.mrn(p)}: 3 episodes of anaphylaxis with no clear "
                          f"trigger, baseline tryptase {tr:.1f} ug/L, KIT D816V detected (peripheral blood PCR, VAF 0.4%).",
                          "On cetirizine 20 mg bid, montelukast 10 mg, EpiPen x2.",
                          "Any room for a bone marrow biopsy? Thanks!"]) + c.sig(doc, short=True)
    return c.finish("consult_request", c.L("demande de consultation en hématologie", "haematology referral"),
                    doc, [hema], subj, text)
