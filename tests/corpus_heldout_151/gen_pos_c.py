"""Positive messages, part C: social situations, lists, and awkward placements (subject, file name,
attached message, ZIP, vCard, quoted replies, inline forwards)."""
import datetime

from gen_common import STAFF, EXTERNAL, CLINIC_FR, CLINIC_EN, ORG_FR, ORG_EN, dfmt, make_sin, ascii_fold
from gen_tpl import IVIG, PID, DRUGS, FOODS, EXTRACTS, AUTOINJ, a_fr, a_food
from gen_mime import att
from gen_docs import make_pdf, make_docx, make_xlsx, make_csv, make_vcf, make_zip
from gen_pos_b import inner_eml, fwd_header, quote

BOX = ("Clinique d'allergie HSAL", "allergie.immunologie@hsal.example")
REG = []


def reg(n, kind):
    def deco(fn):
        REG.append((fn, n, kind))
        return fn
    return deco


@reg(1, "child")
def social_dpj(c):
    p = c.patient("child")
    doc = STAFF["lafreniere"]
    ts = EXTERNAL["clsc"]
    food = c.pick(FOODS[:3])
    c.t("diagnosis", "medication", "social_information")
    nm = c.name(p, c.pick(["full", "upper_first", "sur_first_nc"]))
    idb = (f" ({c.dob(p)}, {c.sexw(p)}, NAM {c.nam(p)})" if p.nam else f" ({c.L('dossier', 'chart')} {c.mrn(p)})")
    if c.fr():
        text = "\n".join([c.greet(ts), "",
                          f"Je vous écris au sujet de {nm}{idb}, {c.g(p, 'suivi', 'suivie')} ici pour une allergie sévère {a_food(food[0])} "
                          "(anaphylaxie en 2023).",
                          "Trois rendez-vous manqués depuis l'automne, l'EpiPen Jr au dossier de la pharmacie n'a jamais été "
                          "renouvelé et la garderie nous dit qu'il n'y en a pas sur place.",
                          "La mère mentionne qu'une intervenante de la DPJ est déjà impliquée auprès de la famille "
                          "(signalement retenu pour négligence l'an dernier). Pouvez-vous faire le lien avec elle?",
                          "Nous avons remis une ordonnance papier et un plan d'urgence.", "", "Merci beaucoup,"]) + c.sig(doc, conf=True)
        subj = c.pick(["Enfant suivi en allergie — situation familiale", "Liaison CLSC / DPJ", "Inquiétude — suivi allergie"])
    else:
        text = "\n".join([c.greet(ts), "",
                          f"I am writing about {nm}{idb}, followed here for severe {food[1]} allergy (anaphylaxis in 2023).",
                          "Three missed appointments since the fall, the EpiPen Jr was never refilled and the daycare says "
                          "there is none on site.",
                          "Mother mentions a youth protection (DPJ) worker is already involved with the family (report "
                          "retained for neglect last year). Could you liaise with her?",
                          "We gave a paper prescription and an action plan.", "", "Many thanks,"]) + c.sig(doc, conf=True)
        subj = c.pick(["Child followed in allergy - family situation", "CLSC / DPJ liaison", "Concern - allergy follow-up"])
    return c.finish("social_liaison", c.L("liaison avec le CLSC, protection de la jeunesse", "CLSC liaison, youth protection"),
                    doc, [ts], subj, text)


@reg(1, "adult")
def social_housing(c):
    p = c.patient(c.pick(["adult", "young"]))
    doc = STAFF[c.pick(["vachon", "benali"])]
    omh = ("Office municipal d'habitation de Lac-Aurélie", "dossiers@omh-lacaurelie.example")
    c.t("diagnosis", "medication", "social_information", "patient_contact")
    adr = c.m(p.address if c.fr() else p.address_en)
    nm = c.name(p, c.pick(["titled", "full", "upper_first"]))
    letter = ([c.L("À qui de droit,", "To whom it may concern,"), ""] +
              c.ident_lines(p, pdf=True, with_mrn=False) +
              [c.L(f"Adresse actuelle : {adr}", f"Current address: {adr}"), "",
               c.L("Je suis cette personne pour un asthme allergique sévère avec sensibilisation aux moisissures "
                   "(Alternaria 9 mm, Aspergillus 7 mm). Son logement présente des infiltrations d'eau et de la moisissure "
                   "visible dans deux chambres (rapport d'inspection municipal joint au dossier).",
                   "I follow this person for severe allergic asthma with mould sensitization (Alternaria 9 mm, "
                   "Aspergillus 7 mm). The apartment has water leaks and visible mould in two bedrooms (municipal "
                   "inspection report on file)."),
               c.L("Malgré Trelegy et benralizumab, trois hospitalisations cette année. Prestataire de l'aide sociale, "
                   + c.g(p, "il", "elle") + " ne peut assumer un déménagement sans aide.",
                   "Despite Trelegy and benralizumab, three admissions this year. On social assistance, cannot afford "
                   "to move without help."),
               c.L("J'appuie fortement une relocalisation prioritaire dans un logement salubre.",
                   "I strongly support priority relocation to healthy housing."), "", doc.titled(c.lang)])
    a = att(c.pick(["pdf", "docx"]), "", b"")
    if a["kind"] == "pdf":
        a = att("pdf", c.pick(["lettre_appui_OMH.pdf", "support_letter.pdf"]),
                make_pdf(c.L("Lettre d'appui — relocalisation", "Support letter — relocation"), letter, c.dt, author=doc.full))
    else:
        a = att("docx", c.pick(["lettre_appui_logement.docx", "housing_letter.docx"]),
                make_docx(c.L("Lettre d'appui — relocalisation", "Support letter — relocation"), letter, c.dt, author=doc.full))
    text = c.L(f"Bonjour,\n\nÀ la demande de {nm}, voici ma lettre d'appui pour sa demande de logement social.\n",
               f"Hello,\n\nAt the request of {nm}, here is my support letter for the social housing application.\n") + c.sig(doc)
    return c.finish("support_letter", c.L("lettre d'appui pour logement social", "social housing support letter"),
                    doc, [omh], c.L("Lettre d'appui — demande de logement", "Support letter - housing application"), text, atts=[a])


@reg(1, "adult")
def social_violence(c):
    p = c.patient("adult", nam=False)
    while p.sex != "F":
        p = c.patient("adult", nam=False)
    nurse = STAFF["lariviere"]
    team = [STAFF["audet"], STAFF["bergevin"], STAFF["laberge"]]
    c.t("diagnosis", "medication", "social_information", "mrn")
    nm = c.name(p, c.pick(["full", "upper_first", "sur_first"]))
    if c.fr():
        text = "\n".join(["Bonjour à toutes,", "",
                          f"IMPORTANT pour {nm} (dossier {c.mrn(p)}), perfusion d'IgIV q 4 sem (DICV) :",
                          "elle nous a révélé hier une situation de violence conjugale. Elle est présentement hébergée en maison "
                          "d'hébergement.",
                          "- NE PAS appeler ni envoyer de lettre à l'adresse ou au numéro du domicile au dossier;",
                          "- la joindre uniquement par l'intervenante de la maison, au numéro inscrit dans la note confidentielle;",
                          "- ne confirmer sa présence à personne au téléphone.",
                          "La travailleuse sociale de l'hôpital est au courant.", "", "Merci"]) + c.sig(nurse, short=True)
        subj = "Consigne de confidentialité — patiente IgIV"
    else:
        text = "\n".join(["Hi all,", "",
                          f"IMPORTANT for {nm} (chart {c.mrn(p)}), IVIG q4 weeks (CVID):",
                          "she disclosed intimate partner violence yesterday. She is currently staying at a women's shelter.",
                          "- DO NOT call or mail the home address or phone on file;",
                          "- contact her only through the shelter worker, number in the confidential note;",
                          "- do not confirm she is a patient to anyone on the phone.",
                          "The hospital social worker is aware.", "", "Thanks"]) + c.sig(nurse, short=True)
        subj = "Confidentiality instruction - IVIG patient"
    return c.finish("team_note", c.L("consigne de sécurité pour une patiente", "safety instruction about a patient"),
                    nurse, team, subj, text, extra_headers=[("Importance", "high")])


@reg(1, "adult")
def social_income(c):
    p = c.patient(c.pick(["adult", "elder"]))
    p.sin = make_sin(c.rng)
    ts = ("Service social HSAL", "service.social@hsal.example")
    doc = STAFF["raman"]
    c.t("diagnosis", "medication", "social_information")
    rows = [[c.L("Prestataire", "Recipient"), c.name(p, "upper_first")],
            [c.L("Date de naissance", "Date of birth"), c.dob(p, "iso")],
            [c.L("NAS", "SIN"), c.sin(p, c.pick(["space", "plain", "dash"]))],
            [c.L("Programme", "Programme"), c.L("Aide sociale — prestation spéciale (frais de déplacement médicaux)",
                                                "Social assistance — special benefit (medical travel costs)")],
            [c.L("Justification médicale", "Medical justification"),
             c.L(f"Déficit immunitaire ({c.pick(PID)[0]}) nécessitant des perfusions d'immunoglobulines q 4 sem. "
                 "Aucun transport en commun; 58 km aller.",
                 f"Immune deficiency ({c.pick(PID)[1]}) requiring immunoglobulin infusions q4 weeks. "
                 "No public transit; 58 km one way.")]]
    if p.nam:
        rows.insert(2, ["NAM", c.nam(p, "plain") + f" ({c.L('sexe', 'sex')} {p.sex})"])
    a = att("docx", c.pick(["formulaire_besoins_speciaux.docx", "special_benefit_form.docx"]),
            make_docx(c.L("Rapport médical — prestation spéciale", "Medical report — special benefit"), [], c.dt, table=rows,
                      author=doc.full))
    text = c.L("Bonjour,\n\nVoici le rapport médical complété pour la demande de prestation spéciale. "
               + c.g(p, "Le patient", "La patiente") + " n'a pas de voiture et ses revenus ne suffisent pas pour le taxi.\n",
               "Hello,\n\nHere is the completed medical report for the special benefit application. "
               "The patient has no car and " + c.g(p, "his", "her") + " income does not cover a taxi.\n") + c.sig(doc, conf=True)
    return c.finish("benefit_form", c.L("rapport médical pour aide sociale", "medical report for social assistance"),
                    doc, [ts], c.L("Formulaire — prestation spéciale", "Form - special benefit"), text, atts=[a])


@reg(3, "multi")
def noshow_list(c):
    clerk = STAFF["audet"]
    nurse = STAFF[c.pick(["stemarie", "quirion", "lariviere"])]
    pats = [c.patient(c.pick(["adult", "child", "elder"]), nam=False) for _ in range(c.rng.randint(4, 7))]
    c.t("patient_contact")
    types = c.L(["TPO arachide", "Test amoxicilline", "Injection ITSC", "Perfusion IgIV", "TPO lait", "Suivi urticaire (Xolair)"],
                ["Peanut OFC", "Amoxicillin challenge", "SCIT injection", "IVIG infusion", "Milk OFC", "Urticaria f/u (Xolair)"])
    rows = [[c.L("Nom", "Name"), c.L("Téléphone", "Phone"), c.L("RV manqué", "Missed appt"), c.L("Type", "Type"), c.L("Note", "Note")]]
    for p in pats:
        d = c.dt.date() - datetime.timedelta(days=c.rng.randint(1, 5))
        kind_ = types[len(rows) - 1] if len(rows) <= 2 and c.chance(0.5) else c.pick(types)
        if any(k in kind_ for k in ("IgIV", "IVIG", "Xolair", "ITSC", "SCIT", "amoxicilline", "Amoxicillin")):
            c.t("medication")
        if any(k in kind_ for k in ("arachide", "lait", "urticaire", "Peanut", "Milk", "Urticaria")):
            c.t("diagnosis")
        rows.append([c.name(p, c.pick(["sur_first", "full", "upper_first"])), c.m(p.cell), d.isoformat(), kind_,
                     c.pick(["", "", c.L("2e absence", "2nd no-show"), c.L("boîte vocale pleine", "voicemail full")])])
    kind = c.pick(["csv", "xlsx", "inline"])
    atts = []
    intro = c.L(f"Salut {nurse.given},\n\nVoici les absences de la semaine à rappeler pour reprogrammer :\n",
                f"Hi {nurse.given},\n\nHere are this week's no-shows to call back and rebook:\n")
    if kind == "inline":
        text = intro + "\n" + "\n".join("  ".join(r) for r in rows) + "\n" + c.sig(clerk, short=True)
    else:
        text = intro + c.L("(fichier ci-joint)\n", "(file attached)\n") + c.sig(clerk, short=True)
        if kind == "csv":
            atts.append(att("csv", c.pick(["absences.csv", "no_shows.csv"]), make_csv(rows, ";" if c.fr() else ","),
                            charset=c.pick(["utf-8", "windows-1252", "iso-8859-1"])))
        else:
            atts.append(att("xlsx", c.pick(["absences_semaine.xlsx", "no_shows.xlsx"]),
                            make_xlsx([(c.L("Absences", "No-shows"), rows)], c.dt, creator=clerk.full)))
    return c.finish("callback_list", c.L("liste d'absences à rappeler", "no-show callback list"), clerk, [nurse],
                    c.pick([c.L("Absences à rappeler", "No-shows to call"), c.L("Liste de rappels", "Callback list")]),
                    text, atts=atts)


@reg(3, "adult")
def subject_only(c):
    p = c.patient(c.pick(["adult", "elder"]), nam=False)
    a, b = STAFF["raman"], STAFF[c.pick(["vachon", "benali", "desrochers"])]
    nm = c.name(p, c.pick(["upper_first", "sur_first_nc", "full", "upper"]))
    mode = c.pick(["tryptase", "igg", "drug"])
    if mode == "tryptase":
        c.t("lab_result", "diagnosis")
        subj = c.L(f"{nm} — tryptase", f"{nm} - tryptase")
        text = c.L(f"Tryptase basale de contrôle : {c.num(c.rng.uniform(15, 30))} µg/L (était {c.rng.randint(11, 14)}). "
                   "Je pense qu'il faut compléter le bilan de mastocytose. On en parle mardi?",
                   f"Repeat baseline tryptase: {c.rng.uniform(15, 30):.1f} ug/L (was {c.rng.randint(11, 14)}). "
                   "I think we need to complete the mastocytosis work-up. Discuss Tuesday?")
    elif mode == "igg":
        c.t("lab_result", "medication")
        subj = c.L(f"IgG résiduelle — {nm}", f"IgG trough - {nm}")
        text = c.L(f"IgG résiduelle à {c.num(c.rng.uniform(4, 6.5))} g/L malgré 0,5 g/kg. J'augmente à 0,6 g/kg q 3 sem? "
                   "Deux sinusites depuis l'été.",
                   f"IgG trough {c.rng.uniform(4, 6.5):.1f} g/L despite 0.5 g/kg. Increase to 0.6 g/kg q3 wk? "
                   "Two sinusitis episodes since summer.")
    else:
        c.t("medication", "lab_result")
        d = c.pick(DRUGS[:6])
        subj = c.L(f"Re: {nm}", f"Re: {nm}")
        text = c.L(f"Le TPO {a_fr(d[0])} est négatif, 60 min d'observation OK. J'ai retiré l'allergie au DSQ.",
                   f"{d[1]} challenge negative, 60 min observation fine. Label removed from the provincial record.")
    text = text + "\n" + c.sig(b if c.chance(0.5) else a, short=True)
    frm, to = (b, a) if c.chance(0.5) else (a, b)
    return c.finish("quick_note", c.L("note brève, identité dans l'objet", "short note, identity in subject"),
                    frm, [to], subj, text)


@reg(3, "adult")
def filename_only(c):
    p = c.patient(c.pick(["adult", "young", "elder"]), nam=False)
    nurse = STAFF["stemarie"]
    doc = STAFF[c.pick(["benali", "vachon", "desrochers"])]
    d = c.pick(DRUGS[:6])
    c.t("patient_name", "medication", "lab_result")
    base = ascii_fold(f"{p.surname}_{p.given}").replace(" ", "-").replace("'", "")
    fn = c.pick([f"{base}_TPO_{ascii_fold(d[0].split(' ')[0])}_negatif.pdf",
                 f"{base.upper()}_provocation_{c.dt:%Y%m%d}.pdf",
                 f"{p.surname} {p.given} - feuille TPO.pdf" if c.chance(0.5) else f"{p.given.lower()}.{p.surname.lower()}_challenge.pdf"])
    c.m(fn)
    steps = [(0, "10 %"), (30, "90 %")]
    lines = [c.L(f"Médicament : {d[0]}", f"Drug: {d[1]}"), c.L("Protocole : 2 étapes (10 % / 90 %)", "Protocol: 2 steps (10% / 90%)"), ""]
    for t, s in steps:
        lines.append(c.L(f"T{t} min : dose {s} — TA {c.rng.randint(108, 136)}/{c.rng.randint(62, 84)}, FC {c.rng.randint(62, 92)}, "
                         "SpO2 98 %, peau normale",
                         f"T{t} min: {s} dose — BP {c.rng.randint(108, 136)}/{c.rng.randint(62, 84)}, HR {c.rng.randint(62, 92)}, "
                         "SpO2 98%, skin clear"))
    lines += [c.L("T90 min : aucune réaction. Congé.", "T90 min: no reaction. Discharged."),
              c.L("Conclusion : test NÉGATIF.", "Conclusion: NEGATIVE challenge.")]
    a = att("pdf", fn, make_pdf(c.L("Feuille de suivi — test de provocation", "Challenge monitoring sheet"), lines, c.dt,
                                author=nurse.full))
    text = c.pick([c.L("Ci-joint, comme demandé.", "Attached as requested."), c.L("Voir pièce jointe. Merci!", "See attachment, thanks!"),
                   c.L("Feuille de ce matin numérisée.", "This morning's sheet, scanned.")]) + "\n" + c.sig(nurse, short=True)
    return c.finish("scan", c.L("feuille de test numérisée, identité dans le nom de fichier", "scanned test sheet, identity in file name"),
                    nurse, [doc], c.L("Numérisation", "Scan"), text, atts=[a])


@reg(3, "adult")
def mrn_only(c):
    p = c.patient(c.pick(["adult", "elder", "child"]), nam=False)
    a, b = STAFF[c.pick(["quirion", "lariviere", "stemarie"])], STAFF[c.pick(["raman", "benali", "lafreniere"])]
    m = c.mrn(p, c.pick(["plain", "space", "dot", "slash", "fw", "prefix"]))
    mode = c.pick(["scit", "ivig", "ofc"])
    if mode == "scit":
        c.t("medication", "diagnosis")
        ex = c.pick(EXTRACTS)
        text = c.L(f"Dossier {m} : réaction locale de 60 mm hier après {ex[0]} 0,5 mL. On répète la même dose ou on recule à 0,3?",
                   f"Chart {m}: 60 mm local reaction yesterday after {ex[1]} 0.5 mL. Repeat same dose or step back to 0.3?")
        subj = c.L("Question dose ITSC", "SCIT dose question")
    elif mode == "ivig":
        c.t("medication", "lab_result", "diagnosis")
        text = c.L(f"# {m} — céphalée importante et raideur de nuque 24 h post-IgIV ({c.pick(IVIG)}), "
                   f"LCR : 85 GB, culture négative. Méningite aseptique probable. On change de produit?",
                   f"# {m} — severe headache and neck stiffness 24 h after IVIG ({c.pick(IVIG)}), CSF 85 WBC, "
                   "culture negative. Likely aseptic meningitis. Switch product?")
        subj = c.L("Effet indésirable IgIV", "IVIG adverse event")
    else:
        c.t("diagnosis", "lab_result")
        f = c.pick(FOODS)
        text = c.L(f"MRN {m} : TPO {f[0]} NÉGATIF ce matin, réintroduction à la maison 3x/sem. Lettre à faire.",
                   f"MRN {m}: {f[1]} OFC NEGATIVE this morning, reintroduce at home 3x/week. Letter to do.")
        subj = c.L("TPO ce matin", "OFC this AM")
    if c.chance(0.4):
        subj = subj + " — " + m
    return c.finish("quick_note", c.L("note clinique identifiée par numéro de dossier", "clinical note identified by chart number"),
                    a, [b], subj, text + "\n" + c.sig(a, short=True))


@reg(3, "adult")
def initials_note(c):
    p = c.patient(c.pick(["adult", "elder"]), nam=False)
    a = STAFF[c.pick(["desrochers", "benali"])]
    b = STAFF[c.pick(["vachon", "raman"])]
    nm = c.name(p, c.pick(["initial", "title_sur", "initial"]))
    room = c.rng.randint(2101, 6140)
    c.t("diagnosis", "medication")
    if c.chance(0.5):
        c.t("lab_result")
        lab = c.L(f" Éosinophiles {c.num(c.rng.uniform(1.2, 3.5))} x10^9/L, ALT {c.rng.randint(90, 310)}.",
                  f" Eos {c.rng.uniform(1.2, 3.5):.1f} x10^9/L, ALT {c.rng.randint(90, 310)}.")
    else:
        lab = ""
    drug = c.pick([("allopurinol", "allopurinol"), ("vancomycine", "vancomycin"), ("lamotrigine", "lamotrigine"),
                   ("carbamazépine", "carbamazepine")])
    text = c.L(f"Salut {b.given},\n\nNouvelle consult à l'étage : {nm}, ch. {room}, éruption diffuse + fièvre J21 de {drug[0]}.{lab} "
               "Probable DRESS. J'ai suggéré d'arrêter le médicament et prednisone 0,5 mg/kg. Tu veux la voir avec moi à 13 h?\n",
               f"Hi {b.given},\n\nNew ward consult: {nm}, room {room}, diffuse rash + fever day 21 of {drug[1]}.{lab} "
               "Likely DRESS. I suggested stopping the drug and prednisone 0.5 mg/kg. Want to see the patient with me at 1 pm?\n")
    return c.finish("consult_note", c.L("consultation à l'étage, réaction médicamenteuse", "inpatient consult, drug reaction"),
                    a, [b], c.L("Consult étage", "Ward consult"), text + c.sig(a, short=True))


@reg(3, "adult")
def forwarded_portal(c):
    p = c.patient(c.pick(["adult", "young"]), nam=False)
    clerk = STAFF["audet"]
    nurse = STAFF[c.pick(["quirion", "lariviere"])]
    g = ascii_fold(p.given).lower().replace(" ", "")
    s = ascii_fold(p.surname).lower().replace(" ", "").replace("'", "")
    pmail = f"{g}.{s}{c.rng.randint(1, 99)}@{c.pick(['courriel-maison.example', 'boiteperso.example'])}"
    c.t("patient_name", "diagnosis", "medication", "patient_contact")
    tel = c.m(p.cell)
    sent = c.dt - datetime.timedelta(hours=c.rng.randint(3, 40))
    ex = c.pick(EXTRACTS)
    sender = type("P", (), {"full": f"{p.given} {p.surname}", "email": pmail})()
    c.m(f"{p.given} {p.surname}")
    if c.fr():
        inner = ["Bonjour,", "", f"J'ai eu ma piqûre d'allergie ({ex[0]}) jeudi et mon bras a enflé jusqu'au coude, "
                 "avec des plaques qui piquent le soir. J'ai pris deux Reactine. Est-ce que je dois quand même venir mardi?",
                 f"Vous pouvez me rappeler au {tel} après 16 h.", "", "Merci,", f"{p.given} {p.surname}"]
        top = f"{nurse.given}, peux-tu {c.g(p, 'le', 'la')} rappeler? Je ne savais pas quoi répondre.\n"
        subj = "TR: question sur mes injections"
        isub = "question sur mes injections"
    else:
        inner = ["Hello,", "", f"I had my allergy shot ({ex[1]}) on Thursday and my arm swelled up to the elbow, with itchy "
                 "welts in the evening. I took two Reactine. Should I still come Tuesday?",
                 f"You can call me back at {tel} after 4 pm.", "", "Thanks,", f"{p.given} {p.surname}"]
        top = f"{nurse.given}, could you call back? Wasn't sure what to say.\n"
        subj = "FW: question about my shots"
        isub = "question about my shots"
    text = top + c.sig(clerk, short=True) + "\n".join(fwd_header(c, sender, BOX, sent, isub)) + "\n".join(inner) + "\n"
    return c.finish("forward", c.L("message de patient transféré à l'infirmière", "patient message forwarded to nurse"),
                    clerk, [nurse], subj, text)


@reg(3, "any")
def eml_attached(c):
    p = c.patient(c.pick(["adult", "elder", "child"]))
    er = EXTERNAL["ouimet"]
    doc = STAFF[c.pick(["vachon", "benali", "lafreniere"])]
    clerk = STAFF["audet"]
    c.t("diagnosis", "medication", "lab_result")
    idl = c.ident_lines(p)
    trig = c.pick([("piqûre d'abeille", "bee sting"), ("arachides", "peanuts"), ("céfazoline", "cefazolin")])
    if c.fr():
        itext = "\n".join(["Bonjour,", "", "Anaphylaxie vue cette nuit :"] + idl +
                          [f"Déclencheur probable : {trig[0]}. Épinéphrine 0,5 mg IM, tryptase {c.num(c.rng.uniform(12, 30))} µg/L.",
                           "Congé avec EpiPen. Merci de voir en priorité."]) + "\n" + EXTERNAL["ouimet"].titled("fr") + "\n"
        text = f"Francine, peux-tu ouvrir un dossier et booker d'ici 4 semaines? Courriel de l'urgence ci-joint.\n" + c.sig(doc, short=True)
        isub, subj = "Anaphylaxie — demande de suivi", "TR: demande de suivi urgence"
    else:
        itext = "\n".join(["Hello,", "", "Anaphylaxis seen overnight:"] + idl +
                          [f"Likely trigger: {trig[1]}. Epinephrine 0.5 mg IM, tryptase {c.rng.uniform(12, 30):.1f} ug/L.",
                           "Discharged with EpiPen. Please see as priority."]) + "\n" + EXTERNAL["ouimet"].titled("en") + "\n"
        text = f"Francine, could you open a file and book within 4 weeks? ED e-mail attached.\n" + c.sig(doc, short=True)
        isub, subj = "Anaphylaxis - follow-up request", "FW: ED follow-up request"
    inner = inner_eml(c, er, [doc], isub, itext, c.dt - datetime.timedelta(hours=c.rng.randint(5, 60)))
    a = att("eml", c.pick(["demande_urgence.eml", "ED_request.eml", f"{isub[:20].strip()}.eml"]), inner)
    return c.finish("forward", c.L("demande de l'urgence jointe en .eml", "ED request attached as .eml"),
                    doc, [clerk], subj, text, atts=[a])


@reg(2, "any")
def zip_results(c):
    p = c.patient(c.pick(["adult", "child", "elder"]))
    doc = STAFF[c.pick(["raman", "vachon"])]
    chu = ("Dre Amélie Forcier-Nadon", "amelie.forcier-nadon@chu-estuaire.example")
    c.t("diagnosis", "lab_result", "medication")
    idl = c.ident_lines(p, pdf=True)
    labs = [["Date", c.L("Analyse", "Test"), c.L("Résultat", "Result"), c.L("Unités", "Units")]]
    base = c.dt.date()
    for i in range(5):
        d = (base - datetime.timedelta(days=90 * (5 - i))).isoformat()
        labs.append([d, "IgG", f"{c.rng.uniform(3.5, 9.5):.1f}", "g/L"])
    labs.append([base.isoformat(), "IgA", "<0.07", "g/L"])
    labs.append([base.isoformat(), "CD19+", f"{c.rng.randint(1, 60)}", "x10^6/L"])
    summ = idl + ["", c.L("Dx : ", "Dx: ") + c.pick(PID)[0 if c.fr() else 1],
                  c.L(f"Traitement : {c.pick(IVIG)} 0,4 g/kg q 4 sem depuis 2019", f"Treatment: {c.pick(IVIG)} 0.4 g/kg q4 wk since 2019"),
                  c.L("Infections : 2 pneumonies en 2024, bronchiectasies au CT", "Infections: 2 pneumonias in 2024, bronchiectasis on CT")]
    members = [("resume_dossier.pdf" if c.fr() else "chart_summary.pdf",
                make_pdf(c.L("Résumé de dossier — immunologie", "Chart summary — immunology"), summ, c.dt, author=doc.full)),
               ("bilans_IgG.csv" if c.fr() else "IgG_labs.csv", make_csv(labs).encode("utf-8"))]
    z = make_zip(members, c.dt)
    text = c.L(f"Bonjour Amélie,\n\nComme discuté, voici le dossier pour le transfert de suivi (archive chiffrée par le "
               "système, mot de passe envoyé séparément).\n",
               "Hi Amélie,\n\nAs discussed, here is the file for the transfer of care (archive, password sent separately).\n") + c.sig(doc)
    return c.finish("transfer", c.L("transfert de dossier en archive ZIP", "chart transfer as ZIP archive"),
                    doc, [chu], c.L("Transfert de suivi — immunologie", "Transfer of care - immunology"), text,
                    atts=[att("zip", c.pick(["transfert.zip", "dossier_transfert.zip", "transfer_docs.zip"]), z)])


@reg(2, "any")
def vcard_callback(c):
    p = c.patient(c.pick(["adult", "elder"]), nam=False)
    clerk = STAFF["bergevin"]
    nurse = STAFF["lariviere"]
    c.t("patient_name", "patient_contact", "lab_result", "medication")
    igg = c.rng.uniform(3.1, 5.2)
    note = c.L(f"Rappeler re: IgG {c.num(igg)} g/L — devancer la perfusion d'IgIV", f"Call back re: IgG {igg:.1f} g/L - move IVIG infusion earlier")
    c.m(f"{p.given} {p.surname}")
    c.m(p.cell)
    v = make_vcf(p.given, p.surname, tels=[("CELL", p.cell), ("HOME", p.phone)],
                 adr=[p.address.split(", ")[0] + ", " + p.address.split(", ")[1], p.address.split(", ")[2].split(" (")[0], "QC", "", "Canada"],
                 note=note)
    text = c.L(f"{nurse.given}, coordonnées ci-jointes — la Dre Raman veut qu'on {c.g(p, 'le', 'la')} rappelle aujourd'hui pour le résultat.\n",
               f"{nurse.given}, contact card attached - Dr. Raman wants a call back today about the result.\n") + c.sig(clerk, short=True)
    fn = ascii_fold(f"{p.given} {p.surname}").replace(" ", "_").replace("'", "") + ".vcf"
    return c.finish("callback", c.L("fiche contact de patient à rappeler", "patient contact card for callback"), clerk,
                    [nurse], c.L("À rappeler aujourd'hui", "Call back today"), text,
                    atts=[att("vcf", fn, v, charset="utf-8")])


@reg(3, "any")
def discharge_summary(c):
    p = c.patient(c.pick(["adult", "elder"]))
    res = STAFF["desrochers"]
    gp = EXTERNAL["marchand"]
    c.t("diagnosis", "medication", "lab_result")
    adm = c.dt.date() - datetime.timedelta(days=c.rng.randint(10, 20))
    dis = adm + datetime.timedelta(days=c.rng.randint(5, 12))
    drug = c.pick([("allopurinol", "allopurinol"), ("vancomycine", "vancomycin"), ("lamotrigine", "lamotrigine"),
                   ("sulfasalazine", "sulfasalazine")])
    lines = c.ident_lines(p, pdf=True) + [
        c.L(f"Admission : {adm.isoformat()}   Congé : {dis.isoformat()}", f"Admitted: {adm.isoformat()}   Discharged: {dis.isoformat()}"),
        "", c.L("Diagnostic principal : DRESS (RegiSCAR 6, certain) secondaire à ", "Main diagnosis: DRESS (RegiSCAR 6, definite) due to ")
        + drug[0 if c.fr() else 1],
        c.L(f"Évolution : éosinophiles max {c.num(c.rng.uniform(2.5, 6))} x10^9/L, ALT max {c.rng.randint(250, 900)} U/L, "
            "créatinine stable. Prednisone 1 mg/kg avec sevrage sur 8 semaines.",
            f"Course: peak eosinophils {c.rng.uniform(2.5, 6):.1f} x10^9/L, peak ALT {c.rng.randint(250, 900)} U/L, "
            "creatinine stable. Prednisone 1 mg/kg tapering over 8 weeks."),
        c.L(f"CONTRE-INDICATION À VIE : {drug[0]}. Allergie inscrite au DSQ.", f"LIFELONG CONTRAINDICATION: {drug[1]}. Allergy recorded provincially."),
        c.L("Suivi : FSC, bilan hépatique et TSH dans 2 semaines puis aux 3 mois (thyroïdite tardive possible).",
            "Follow-up: CBC, LFTs and TSH in 2 weeks then q3 months (late thyroiditis possible)."),
        "", c.L("Résident : ", "Resident: ") + res.titled(c.lang) + c.L(" — superviseure : ", " — supervisor: ") + STAFF["vachon"].titled(c.lang)]
    title = c.L("Sommaire d'hospitalisation", "Discharge summary")
    if c.chance(0.5):
        a = att("pdf", c.pick(["sommaire_hospitalisation.pdf", "discharge_summary.pdf", f"SH_{p.mrn}.pdf"]),
                make_pdf(title, lines, c.dt, author=res.full, header=[ORG_FR if c.fr() else ORG_EN]))
    else:
        a = att("docx", c.pick(["sommaire.docx", "DC_summary.docx"]), make_docx(title, lines, c.dt, author=res.full))
    text = c.L(f"Bonjour Dr Marchand,\n\n{c.g(p, 'Votre patient', 'Votre patiente')} a obtenu son congé; sommaire ci-joint. Suivi en clinique d'allergie dans 6 semaines.\n",
               "Dear Dr. Marchand,\n\nYour patient has been discharged; summary attached. Allergy clinic follow-up in 6 weeks.\n") + c.sig(res)
    return c.finish("discharge_summary", c.L("sommaire d'hospitalisation au médecin de famille", "discharge summary to family physician"),
                    res, [gp], c.L("Sommaire de congé", "Discharge summary"), text, atts=[a])


@reg(3, "multi")
def census_signout(c):
    a = STAFF["desrochers"]
    b = STAFF[c.pick(["benali", "vachon", "raman"])]
    pats = [c.patient(c.pick(["adult", "elder"]), nam=False) for _ in range(c.rng.randint(4, 6))]
    c.t("diagnosis", "medication", "mrn")
    probs = c.L([("DRESS probable (allopurinol)", "suivre éos + ALT demain"), ("Anaphylaxie peropératoire ?rocuronium", "tryptase 24 h envoyée"),
                 ("Allergie pénicilline rapportée", "TPO amoxicilline lundi si stable"), ("Angioedème sous IECA", "ramipril cessé, observer"),
                 ("Urticaire + fièvre, maladie sérique ?céfprozil", "prednisone 40 mg, revoir"), ("SJS exclu, exanthème simple", "congé possible")],
                [("Probable DRESS (allopurinol)", "f/u eos + ALT tomorrow"), ("Perioperative anaphylaxis ?rocuronium", "24 h tryptase sent"),
                 ("Reported penicillin allergy", "amox challenge Monday if stable"), ("ACE-inhibitor angioedema", "ramipril stopped, observe"),
                 ("Hives + fever, serum sickness ?cefprozil", "prednisone 40 mg, reassess"), ("SJS ruled out, simple exanthem", "possible discharge")])
    rows = []
    for p in pats:
        pr = c.pick(probs) if rows else probs[c.rng.randrange(5)]
        rows.append([str(c.rng.randint(2101, 6140)), c.name(p, c.pick(["upper_first", "sur_first", "initial", "upper"])),
                     f"{p.age(c.dt.date())}{p.sex}", c.mrn(p, c.pick(["plain", "plain", "space"])), pr[0], pr[1]])
    c.m(f"{pats[0].age(c.dt.date())}{pats[0].sex}")
    head = [c.L("Ch.", "Rm"), c.L("Patient", "Patient"), c.L("Âge/S", "Age/S"), c.L("Dossier", "MRN"), "Problème" if c.fr() else "Problem", "À faire" if c.fr() else "To do"]
    text = (c.L(f"Salut {b.given},\n\nListe de garde pour la fin de semaine :\n\n", f"Hi {b.given},\n\nWeekend sign-out:\n\n")
            + "\n".join(" | ".join(r) for r in rows) + "\n\n" + c.L("Bonne garde!", "Have a good call!") + "\n" + a.full + "\n")
    html = None
    if c.chance(0.6):
        html = ("<html><body>\n<p>" + c.L(f"Salut {b.given},<br>Liste de garde pour la fin de semaine :", f"Hi {b.given},<br>Weekend sign-out:")
                + "</p>\n<table border='1' cellpadding='3'>\n<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>\n"
                + "\n".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows) + "\n</table>\n<p>"
                + c.L("Bonne garde!", "Have a good call!") + f"<br>{a.full}</p>\n</body></html>\n")
    atts = []
    if c.chance(0.35):
        atts.append(att("csv", c.L("liste_garde.csv", "signout.csv"), make_csv([head] + rows, ";" if c.fr() else ","),
                        charset=c.pick(["utf-8", "windows-1252"])))
    return c.finish("signout", c.L("liste de garde des consultations", "consult service sign-out list"), a, [b],
                    c.L("Sign-out fin de semaine — consultations allergie", "Weekend sign-out - allergy consults"), text,
                    html=html, html_only=html is not None and c.chance(0.4), atts=atts)


@reg(3, "any")
def reply_quoted(c):
    p = c.patient(c.pick(["adult", "elder"]))
    gp = EXTERNAL["marchand"]
    doc = STAFF[c.pick(["vachon", "benali"])]
    c.t("medication", "diagnosis")
    surg = c.dt.date() + datetime.timedelta(days=c.rng.randint(5, 25))
    asked = c.dt - datetime.timedelta(hours=c.rng.randint(4, 70))
    idl = c.ident_lines(p)
    if c.fr():
        orig = ["Bonjour,", "", "Question rapide pour une patiente/un patient à vous :"] + idl + [
            f"Chirurgie orthopédique le {dfmt(surg, 'long', 'fr')}; allergie à la pénicilline au dossier (rash à 8 ans).",
            "L'anesthésiste demande si la céfazoline est sécuritaire. Merci!", "", gp.titled("fr")]
        top = ["Bonjour,", "", "Oui : la céfazoline a une chaîne latérale différente et peut être donnée à dose complète, "
               "sans test préalable, compte tenu d'une histoire de rash bénin dans l'enfance.",
               "Nous " + c.g(p, "le", "la") + " verrons tout de même pour retirer l'étiquette (test à l'amoxicilline).", ""]
        subj = "RE: céfazoline et allergie à la pénicilline"
    else:
        orig = ["Hello,", "", "Quick question about one of your patients:"] + idl + [
            f"Orthopaedic surgery on {dfmt(surg, 'long', 'en')}; penicillin allergy on file (rash at age 8).",
            "Anaesthesia asks whether cefazolin is safe. Thanks!", "", gp.titled("en")]
        top = ["Hello,", "", "Yes: cefazolin has a dissimilar side chain and can be given at full dose without testing, "
               "given a benign childhood rash history.", "We will still see the patient to remove the label (amoxicillin challenge).", ""]
        subj = "RE: cefazolin and penicillin allergy"
    text = "\n".join(top) + c.sig(doc, short=True) + "\n" + "\n".join(quote(c, gp, asked, orig)) + "\n"
    return c.finish("reply", c.L("réponse avec texte cité sur une allergie", "reply with quoted allergy question"),
                    doc, [gp], subj, text, in_reply_to=f"<{asked:%Y%m%d%H%M}.{c.idx}@gmf-troispins.example>")
