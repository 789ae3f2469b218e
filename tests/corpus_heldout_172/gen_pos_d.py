"""Positive templates, part D: file-name-only names, social situations, labs, out-of-province and foreign patients, quick notes, low vision."""
import datetime as _dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_clin import B, addr_of


# --------------------------------------------------------------------------- name only in an attachment's file name
def filename_only(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "filename_name", "patient named only in an attachment file name")
    tech = ctx.person("tech")
    md = ctx.person("ophtalmo")
    p = b.pat(use_nam=False, min_age=40)
    b.t("patient_name", "lab_result")
    kind = r.choice(["vf", "oct", "bio"])
    sur = C.strip_accents(p["surname"]).replace("'", "")
    giv = C.strip_accents(p["given"])
    if kind == "vf":
        fn = r.choice([f"CV_glaucome_{sur}_{giv}.pdf", f"{sur.upper()}-{giv[0]}_HVF24-2.pdf", f"VF_{sur}, {giv}.pdf"])
        lines = [K.vf(r, lang), K.vf(r, lang), b.L("Fiabilité : pertes de fixation 2/14", "Reliability: fixation losses 2/14"), b.L("Dx : ", "Dx: ") + K.gl_dx(r, lang)]
        b.t("diagnosis")
        title = b.L("Champ visuel Humphrey", "Humphrey visual field")
    elif kind == "oct":
        fn = r.choice([f"OCT_{sur}_{giv}_{K.future_day(r).isoformat()}.pdf", f"{giv} {sur} - OCT macula.pdf"])
        lines = [K.oct_line(r, lang), K.oct_line(r, lang), b.L("Comparaison : hausse du liquide vs visite précédente", "Comparison: more fluid than previous visit")]
        title = b.L("OCT maculaire — rapport de progression", "Macular OCT - change report")
    else:
        fn = r.choice([f"biometrie_{sur}_{giv}.pdf", f"IOLMaster_{sur.upper()}_{giv}.pdf"])
        lines = [K.biometry(r, lang), K.biometry(r, lang), b.L("Formule : Barrett Universal II, cible -0,25 D", "Formula: Barrett Universal II, target -0.25 D")]
        title = b.L("Biométrie — calcul de LIO", "Biometry - IOL calculation")
    b.att({"kind": "pdf", "filename": fn, "data": A.make_pdf(title, lines, author=C.staff_name(tech, lang, False), compress=r.random() < 0.5)})
    blocks = [("p", C.greet(r, lang, md["given"])),
              ("p", r.choice([b.L("Voici le rapport que tu m'as demandé ce matin.", "Here's the report you asked for this morning."),
                              b.L("Rapport joint, à signer.", "Report attached for sign-off."), b.L("Ci-joint.", "Attached.")])),
              ("sig", C.signature(tech, lang, r, "imaging"))]
    return b.spec(addr_of(tech, lang), [addr_of(md, lang)], r.choice([b.L("Rapport", "Report"), b.L("Examen fait", "Test done"), title]), blocks)


# --------------------------------------------------------------------------- social situations
def social_case(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "social_situation", "social work or protection issue around an eye patient")
    scen = r.choice(["dpj", "housing", "violence", "income", "elder"])
    b.t("social_information")
    if scen == "dpj":
        p = b.pat(use_nam=(r.random() < 0.6), min_age=3, max_age=13)
        sender = ctx.person(r.choice(["orthoptist", "social"]))
        to = (C.EXTERNAL["youth"][0], "intervenants@" + C.EXTERNAL["youth"][1])
        ident = b.ident_line(p, with_mrn=False)
        b.t("diagnosis", "medication")
        txt = [b.L(f"Concerne : {ident}.", f"Re: {ident}."),
               b.L(f"L'enfant est suivi(e) pour {r.choice(['amblyopie anisométropique OG', 'ésotropie accommodative', 'amblyopie profonde OD'])}. "
                   f"Traitement : occlusion 4 h/jour et atropine 1 % le week-end. Quatre rendez-vous manqués depuis septembre; "
                   "la mère nous dit ne plus avoir la garde. Nous craignons une perte visuelle permanente si le traitement n'est pas repris rapidement.",
                   f"The child is followed for {r.choice(['anisometropic amblyopia OS', 'accommodative esotropia', 'dense amblyopia OD'])}. "
                   "Treatment: patching 4 h/day and atropine 1% on weekends. Four missed visits since September; "
                   "mother says she no longer has custody. We are worried about permanent vision loss if treatment is not resumed soon."),
               b.L("Pouvez-vous nous indiquer qui accompagnera l'enfant et à qui transmettre les consignes?", "Could you tell us who will bring the child and who should receive instructions?")]
        subj = r.choice([b.L("Signalement — suivi ophtalmologique pédiatrique", "Report - paediatric eye follow-up"), b.L("Enfant suivi en orthoptie — RV manqués", "Child in orthoptics - missed visits")])
    elif scen == "violence":
        p = b.pat(use_nam=(r.random() < 0.4), min_age=19, max_age=60, sex="F")
        sender = ctx.person("resident")
        to = addr_of(ctx.person("social"), lang)
        ident = b.ident_line(p)
        b.t("diagnosis")
        txt = [b.L(f"Patiente vue à l'urgence cette nuit : {ident}.", f"Patient seen in the ER overnight: {ident}."),
               b.L("Fracture du plancher orbitaire OG, hyphéma 2 mm. Elle dit avoir été frappée par son conjoint; pas de plainte à la police pour l'instant. "
                   "Elle retourne chez elle ce matin et demande qu'on ne l'appelle pas à la maison.",
                   "Left orbital floor fracture, 2 mm hyphema. She states her partner hit her; no police report for now. "
                   "She is going home this morning and asked that we not call the house."),
               b.L(f"Son cellulaire : {b.phone(p)}. Peux-tu la contacter avant son suivi à la clinique jeudi?", f"Her cell: {b.phone(p)}. Could you reach her before her clinic follow-up Thursday?")]
        subj = r.choice([b.L("Consultation TS — urgent", "SW consult - urgent"), b.L("Patiente vue cette nuit", "Patient seen overnight")])
    else:
        p = b.pat(use_nam=(r.random() < 0.5), min_age=50)
        sender = ctx.person(r.choice(["social", "nurse"]))
        to = (C.EXTERNAL["clsc"][0], "accueil.social@" + C.EXTERNAL["clsc"][1])
        ident = b.ident_line(p)
        dx = K.ret_dx(r, lang, False) if r.random() < 0.5 else K.gl_dx(r, lang, False)
        b.t("diagnosis")
        if scen == "housing":
            s = b.L("a perdu son logement (éviction) et dort au refuge Le Phare depuis deux semaines; ses gouttes et son suivi aux 8 semaines sont compromis",
                    "was evicted and has been sleeping at the Lighthouse shelter for two weeks; drops and 8-weekly follow-up are at risk")
        elif scen == "income":
            s = b.L("est prestataire de l'aide sociale et ne peut payer les déplacements ni les aides visuelles; demande d'aide financière à appuyer",
                    "is on social assistance and cannot pay for travel or low-vision aids; we support an application for financial help")
        else:
            s = b.L(f"vit seul{b.e(p)}, troubles cognitifs; la voisine nous dit qu'{b.il(p)} ne met plus ses gouttes et ne mange pas bien — négligence possible",
                    "lives alone with cognitive impairment; a neighbour says they no longer use their drops or eat properly - possible self-neglect")
        txt = [b.L(f"Nous suivons {ident} pour {dx}.", f"We follow {ident} for {dx}."),
               b.L(f"Cette personne {s}.", f"This patient {s}."),
               b.L("Un suivi de votre équipe serait-il possible? Je peux vous appeler cet après-midi.", "Could your team follow up? I can call you this afternoon.")]
        subj = r.choice([b.L("Demande de collaboration — usager suivi en ophtalmologie", "Request for collaboration - ophthalmology patient"), b.L("Référence psychosociale", "Psychosocial referral")])
    blocks = [("p", C.greet(r, lang))] + [("p", x) for x in txt] + [("p", C.closing(r, lang)), ("sig", C.signature(sender, lang, r))]
    return b.spec(addr_of(sender, lang), [to], subj, blocks)


# --------------------------------------------------------------------------- lab follow-up
def lab_followup(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "lab_followup", "laboratory results relevant to an eye patient")
    res = ctx.person("resident")
    md = ctx.person("ophtalmo")
    p = b.pat(use_nam=(r.random() < 0.45), min_age=45)
    ident = b.ident_line(p)
    scen = r.choice(["gca", "dm", "culture", "inr"])
    b.t("lab_result")
    if scen == "gca":
        rows = [["VS / ESR", f"{r.randint(55, 120)} mm/h"], ["CRP", f"{r.randint(25, 160)} mg/L"], [b.L("Plaquettes", "Platelets"), f"{r.randint(410, 620)} x10^9/L"],
                [b.L("Biopsie artère temporale", "Temporal artery biopsy"), b.L("artérite à cellules géantes, lésions segmentaires", "giant cell arteritis, skip lesions")]]
        plan = b.L("Poursuivre prednisone 60 mg die, aviser rhumato.", "Continue prednisone 60 mg daily, notify rheumatology.")
        b.t("diagnosis", "medication")
    elif scen == "dm":
        a1c = str(r.randint(82, 121) / 10)
        rows = [["HbA1c", (a1c.replace(".", ",") + " %") if lang == "fr" else a1c + "%"], [b.L("Glycémie à jeun", "Fasting glucose"), f"{r.randint(9, 16)},{r.randint(0, 9)} mmol/L"],
                [b.L("Créatinine", "Creatinine"), f"{r.randint(90, 180)} µmol/L"]]
        plan = b.L(f"Œdème maculaire diabétique OD, on débute {K.ret_drug(r, lang)}; lettre au MD de famille pour l'équilibre glycémique.",
                   f"Diabetic macular edema OD, starting {K.ret_drug(r, lang)}; letter to family MD re glycaemic control.")
        b.t("diagnosis", "medication")
    elif scen == "culture":
        rows = [[b.L("Culture cornéenne", "Corneal culture"), "Pseudomonas aeruginosa ++"], [b.L("Sensibilité", "Susceptibility"), b.L("tobramycine S, ciprofloxacine S", "tobramycin S, ciprofloxacin S")],
                [b.L("Gram", "Gram stain"), b.L("bâtonnets Gram négatif", "Gram-negative rods")]]
        plan = b.L("Ulcère lié aux lentilles cornéennes. Tobramycine fortifiée q1h, revoir demain.", "Contact-lens related ulcer. Fortified tobramycin q1h, recheck tomorrow.")
        b.t("diagnosis", "medication")
    else:
        rows = [["RNI / INR", f"{r.randint(21, 39) / 10}"], [b.L("Hb", "Hb"), f"{r.randint(98, 150)} g/L"]]
        plan = b.L("Sous warfarine pour FA. Phaco OD prévue lundi, RNI acceptable < 3,0 pour anesthésie topique.", "On warfarin for AF. Phaco OD Monday; INR < 3.0 acceptable for topical anaesthesia.")
        b.t("diagnosis", "medication")
    blocks = [("p", C.greet(r, lang, md["given"])), ("p", b.L(f"Résultats pour {ident} :", f"Results for {ident}:")),
              ("table", b.L(["Analyse", "Résultat"], ["Test", "Result"]), rows), ("p", plan), ("sig", C.staff_name(res, lang))]
    subj = r.choice([b.L("Résultats de labo", "Lab results"), b.L("Labos — suivi", "Labs - follow-up"), b.L("Résultats reçus", "Results in")])
    return b.spec(addr_of(res, lang), [addr_of(md, lang)], subj, blocks)


# --------------------------------------------------------------------------- Ontario patient (health number)
def ontario_patient(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "ontario_transfer", "transfer of care for an Ontario-insured patient")
    md = ctx.person("ophtalmo")
    on = C.EXTERNAL["ontario"]
    p = b.pat(use_nam=False, min_age=40)
    mode = r.choice(["body", "pdf", "xlsx"])
    fw = mode != "pdf"
    nm = b.name(p, full=True)
    d = b.dob(p)
    hc = b.ohip(p, allow_fw=fw)
    retina = r.random() < 0.5
    dx = K.ret_dx(r, lang, False) if retina else K.gl_dx(r, lang, False)
    drug = K.ret_drug(r, lang) if retina else K.gl_drug(r, lang)
    b.t("diagnosis", "medication", "lab_result")
    lines = [b.L("Patient : ", "Patient: ") + nm, b.L("DDN : ", "DOB: ") + d, b.L("Carte santé Ontario : ", "Ontario health card: ") + hc,
             b.L("Diagnostic : ", "Diagnosis: ") + dx, b.L("Traitement : ", "Treatment: ") + drug, K.va(r, lang), K.oct_line(r, lang) if retina else K.iop(r, lang)]
    if r.random() < 0.5:
        lines.append(b.L("Adresse : ", "Home address: ") + f"{r.randint(10, 990)} Rideau Street, Apt {r.randint(1, 30)}, Ottawa ON K1N {r.randint(1, 9)}X{r.randint(1, 9)}")
        b.t("patient_contact")
    blocks = [("p", C.greet(r, lang))]
    if mode == "body":
        blocks += [("p", b.L(("Cette patiente" if p["sex"] == "F" else "Ce patient") + " déménage à Ottawa et souhaite poursuivre son suivi chez vous :", "This patient is moving to Ottawa and would like to continue care with your group:")),
                   ("pre", "\n".join(lines))]
    elif mode == "pdf":
        b.att({"kind": "pdf", "filename": "transfer_of_care.pdf", "data": A.make_pdf(b.L("Transfert de suivi", "Transfer of care"), lines, author=C.staff_name(md, lang, False), compress=r.random() < 0.5)})
        blocks.append(("p", b.L("Transfert de suivi en pièce jointe.", "Transfer-of-care summary attached; last injection was 5 weeks ago.")))
    else:
        rows = [[x.split(":")[0], ":".join(x.split(":")[1:]).strip()] if ":" in x else ["", x] for x in lines]
        b.att({"kind": "xlsx", "filename": "transfer_summary.xlsx", "data": A.make_xlsx([("Summary", [["Field", "Value"]] + rows)], C.staff_name(md, lang, False))})
        blocks.append(("p", b.L("Résumé en pièce jointe (Excel).", "Summary attached (Excel) as requested by your triage nurse.")))
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(md, lang, r, "retina"))]
    return b.spec(addr_of(md, lang), [(on[0], "intake@" + on[1])], r.choice(["Transfer of care", "Referral - patient relocating to Ottawa", "Continuity of care"]) if lang == "en" else "Transfert de suivi", blocks)


# --------------------------------------------------------------------------- Belgian visitor (NISS)
def belgian_patient(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "foreign_insurer", "claim to a Belgian mutual for a visitor treated in eye emergency")
    clerk = ctx.person(r.choice(["clerk", "manager"]))
    mut = C.EXTERNAL["be_mutual"]
    p = b.pat(use_nam=False, min_age=25, max_age=80)
    p["surname"] = r.choice(["Wouters", "Janssens", "Mertens", "Lambert", "Dubois"])
    mode = r.choice(["body", "pdf", "docx"])
    fw = mode != "pdf"
    nm = b.name(p, full=True)
    d = b.dob(p)
    niss = b.niss(p, allow_fw=fw)
    b.t("diagnosis")
    proc = r.choice(["vitrectomie + cryothérapie pour décollement de rétine OD", "pneumorétinopexie pour décollement de rétine OG", "phacoémulsification urgente (cataracte intumescente)"])
    lines = [f"Assuré(e) : {nm}", f"Date de naissance : {d}", f"NISS : {niss}", f"Intervention : {proc}",
             f"Séjour : {r.randint(1, 3)} jour(s), congé le {C.fmt_day(K.future_day(r), 'fr', False)} 2025", "Montant réclamé : voir facture jointe au dossier"]
    if r.random() < 0.5:
        lines.append(f"Adresse en Belgique : rue des Tilleuls {r.randint(1, 140)}, {r.choice(['4000 Liège', '5000 Namur', '1348 Louvain-la-Neuve'])}")
        b.t("patient_contact")
    blocks = [("p", "Madame, Monsieur,"), ("p", "Nous avons traité en urgence un(e) de vos affilié(e)s en séjour au Québec. Voici les renseignements pour la prise en charge :")]
    if mode == "body":
        blocks.append(("pre", "\n".join(lines)))
    elif mode == "pdf":
        b.att({"kind": "pdf", "filename": "demande_prise_en_charge.pdf", "data": A.make_pdf("Demande de prise en charge — soins urgents à l'étranger", lines, author=C.staff_name(clerk, "fr", False), compress=r.random() < 0.5)})
        blocks.append(("p", "Le formulaire est joint."))
    else:
        b.att({"kind": "docx", "filename": "prise_en_charge_mutualité.docx", "data": A.make_docx("Demande de prise en charge", lines, author=C.staff_name(clerk, "fr", False))})
        blocks.append(("p", "Formulaire joint (Word)."))
    blocks += [("p", "Veuillez agréer nos salutations distinguées."), ("sig", C.signature(clerk, "fr", r))]
    return b.spec(addr_of(clerk, "fr"), [(mut[0], "etranger@" + mut[1])], r.choice(["Prise en charge — soins urgents au Canada", "Demande de remboursement — affilié(e) hospitalisé(e)"]), blocks)


# --------------------------------------------------------------------------- French visitor (NIR)
def french_patient(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "foreign_insurer", "form for a French health-insurance fund about an eye patient")
    s = ctx.person(r.choice(["clerk", "ophtalmo"]))
    cam = C.EXTERNAL["fr_cpam"]
    p = b.pat(use_nam=False, min_age=19, max_age=70)
    p["surname"] = r.choice(["Faure", "Garnier", "Rousseau", "Lambert"])
    mode = r.choice(["body", "pdf", "xlsx"])
    fw = mode != "pdf"
    nm = b.name(p, full=True)
    d = b.dob(p)
    nir = b.nir(p, allow_fw=fw)
    dx = r.choice(["kératite à Acanthamoeba OD (" + ("porteuse" if p["sex"] == "F" else "porteur") + " de lentilles)", "ulcère cornéen à Pseudomonas OG", "uvéite antérieure aiguë HLA-B27 positif"])
    b.t("diagnosis")
    med = r.choice(["PHMB 0,02 % + propamidine q1h", "tobramycine fortifiée q1h", "Pred Forte q1h + cyclopentolate"])
    b.t("medication")
    lines = [f"Nom : {nm}", f"Date de naissance : {d}", f"N° de sécurité sociale (NIR) : {nir}", f"Diagnostic : {dx}", f"Traitement : {med}",
             ("Étudiante" if p["sex"] == "F" else "Étudiant") + " en échange à l'université — couverture en vertu de l'entente France-Québec"]
    blocks = [("p", "Bonjour,"), ("p", "Suite à notre échange téléphonique, voici les informations demandées pour le formulaire SE 401-Q-106 :")]
    if mode == "body":
        blocks.append(("list", lines))
    elif mode == "pdf":
        b.att({"kind": "pdf", "filename": "attestation_soins.pdf", "data": A.make_pdf("Attestation de soins — ophtalmologie", lines, author=C.staff_name(s, "fr", False), compress=r.random() < 0.5)})
        blocks.append(("p", "L'attestation est en pièce jointe."))
    else:
        b.att({"kind": "xlsx", "filename": "soins_assure_france.xlsx", "data": A.make_xlsx([("Soins", [["Champ", "Valeur"]] + [l.split(" : ", 1) for l in lines if " : " in l] + [["Note", lines[-1]]])], C.staff_name(s, "fr", False))})
        blocks.append(("p", "Le détail est dans le fichier Excel joint."))
    blocks += [("p", "Bien cordialement,"), ("sig", C.signature(s, "fr", r))]
    return b.spec(addr_of(s, "fr"), [(cam[0], "relations.internationales@" + cam[1])], r.choice(["Attestation de soins — assuré(e) en séjour au Québec", "Votre demande — soins ophtalmologiques"]), blocks)


# --------------------------------------------------------------------------- quick colleague note
def quick_note(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "quick_note", "short informal note between colleagues about a patient")
    a = ctx.person(r.choice(["ophtalmo", "resident", "nurse"]))
    c = ctx.person(r.choice(["ophtalmo", "resident", "nurse", "tech"]), exclude=(a,))
    p = b.pat(use_nam=False, min_age=30)
    nm = b.name(p, style=r.choice(["lower", "title_sur", "sur_init", "given_sur", "init_sur"]))
    kind = r.choice(["iop", "inj", "post", "rd"])
    if kind == "iop":
        t = b.L(f"peux-tu voir {nm} demain? pio 34 og, cosopt pas toléré (bradycardie). merci", f"can you see {nm} tomorrow? iop 34 os, not tolerating cosopt (bradycardia). thx")
        b.t("lab_result", "medication")
    elif kind == "inj":
        t = b.L(f"{nm} : on passe au vabysmo q12s, plus de liquide à l'oct. mets-{b.le(p)} sur ta liste svp", f"{nm}: switching to vabysmo q12w, dry on oct. pls put on your list")
        b.t("medication", "lab_result")
    elif kind == "post":
        t = b.L(f"{nm} J1 phaco OD : AV 20/40, PIO 28, cornée un peu œdémateuse. Pred forte qid, revoir S1.", f"{nm} POD1 phaco OD: VA 20/40, IOP 28, mild corneal edema. pred forte qid, see 1 wk.")
        b.t("lab_result", "medication", "diagnosis")
    else:
        t = b.L(f"{nm} rappelle : plus de corps flottants + éclairs depuis ce matin. DR opéré OD en janvier. je lui dis de venir?", f"{nm} called back: new floaters + flashes since this morning. RD repair OD in january. tell them to come in?")
        b.t("diagnosis")
    blocks = [("p", t), ("p", C.staff_name(a, lang, False).split()[0])]
    return b.spec(addr_of(a, lang), [addr_of(c, lang)], r.choice(["", "?", b.L("svp", "pls"), b.L("demain", "tomorrow"), nm.split()[-1]]) or b.L("petite question", "quick q"), blocks, form="plain")


# --------------------------------------------------------------------------- low-vision rehabilitation
def lowvision(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "lowvision_referral", "referral to low-vision rehabilitation")
    md = ctx.person("ophtalmo")
    lv = C.EXTERNAL["lowvision"]
    p = b.pat(use_nam=True, min_age=20)
    mode = r.choice(["body", "docx"])
    ident = b.ident_line(p)
    b.t("diagnosis", "lab_result", "social_information")
    dx = r.choice([K.ret_dx(r, lang, False), K.gl_dx(r, lang, False), b.L("neuropathie optique héréditaire de Leber", "Leber hereditary optic neuropathy"),
                   b.L("rétinite pigmentaire", "retinitis pigmentosa")])
    lines = [b.L("Usager : ", "Client: ") + ident, b.L("Diagnostic : ", "Diagnosis: ") + dx, K.va(r, lang), K.vf(r, lang),
             b.L("Situation : ", "Situation: ") + K.social(r, lang),
             b.L("Objectifs : lecture, déplacements sécuritaires, retour aux études/travail", "Goals: reading, safe mobility, return to school/work")]
    blocks = [("p", C.greet(r, lang))]
    if mode == "body":
        blocks.append(("p", b.L("Je vous adresse la personne suivante pour évaluation en réadaptation visuelle :", "I am referring the following person for low-vision assessment:")))
        blocks.append(("list", lines))
    else:
        b.att({"kind": "docx", "filename": b.L("reference_readaptation.docx", "lowvision_referral.docx"), "data": A.make_docx(b.L("Référence en réadaptation visuelle", "Low-vision rehabilitation referral"), lines, author=C.staff_name(md, lang, False))})
        blocks.append(("p", b.L("Référence jointe. L'usager a donné son consentement verbal.", "Referral attached. Verbal consent obtained.")))
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(md, lang, r))]
    return b.spec(addr_of(md, lang), [(lv[0], "admission@" + lv[1])], b.L("Référence — réadaptation en déficience visuelle", "Referral - low vision rehabilitation"), blocks)
