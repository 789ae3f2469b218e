"""Positive builders, part A: MADO declarations, tuberculosis, measles, STBBI, HIV,
school and long-term-care outbreaks, vaccine adverse events."""
import datetime as dt

import gen_data as D
import gen_mime as M
import gen_text as T

CLINIC_DOMAINS = ["gmf-du-lac.example", "clinique-rive-nord.example", "gmf-port-etienne.example"]
LAB_DOMAIN = "labo-hrvb.example"


def _ext_person(ctx, domain):
    p = ctx.person("adult")
    return (f"{p['given']} {p['surname']}", f"{D.email_local(p['given'], p['surname'])}@{domain}")


def _doc(ctx):
    t, g, s, spec_fr, spec_en = ctx.rng.choice(D.PHYSICIANS)
    return t, g, s, spec_fr if ctx.fr else spec_en


# ---------------------------------------------------------------------------

def mado_declaration(ctx):
    r = ctx.rng
    key = r.choice(sorted(T.MADO))
    dz = T.MADO[key]
    band = {"pertussis": "young", "stec": "child", "mumps": "young"}.get(key, "adult")
    p = ctx.holder(band)
    onset = ctx.day(-r.randint(4, 15))
    types = {"patient_name", "date_of_birth", "ramq_nam", "diagnosis", "lab_result"}
    dom = r.choice(CLINIC_DOMAINS + [LAB_DOMAIN])
    sender = _ext_person(ctx, dom)
    to = [("Vigie MADO", f"mado@{D.DSP_DOMAIN}")]
    fields = [(ctx.t("Nom, prénom", "Name"), ctx.full(p)),
              (ctx.t("Sexe", "Sex"), ctx.sex(p)),
              (ctx.t("Date de naissance", "Date of birth"), ctx.dob(p)),
              ("NAM" if ctx.fr else "RAMQ / NAM", ctx.nam(p))]
    if r.random() < 0.7:
        fields.append((ctx.t("Adresse", "Address"), ctx.home_address()))
        fields.append((ctx.t("Téléphone", "Phone"), ctx.phone()))
        types.add("patient_contact")
    fields += [(ctx.t("Maladie", "Disease"), dz[ctx.lang]),
               (ctx.t("Début des symptômes", "Symptom onset"), ctx.d(onset)),
               (ctx.t("Résultat", "Result"), dz["lab_" + ctx.lang])]
    if r.random() < 0.6:
        fields.append((ctx.t("Traitement", "Treatment"), dz["rx_" + ctx.lang]))
        if key not in ("salmonella", "stec", "hepb", "mumps", "hepa"):
            types.add("medication")
    t, g, s, spec = _doc(ctx)
    fields.append((ctx.t("Médecin traitant", "Attending physician"), f"{t} {g} {s}"))
    attach = r.random() < 0.45
    subj = ctx.t(r.choice([f"Déclaration MADO – {dz['fr']}", f"MADO {dz['fr']} – déclaration",
                           f"Déclaration obligatoire : {dz['fr']}"]),
                 r.choice([f"Notifiable disease report – {dz['en']}", f"MADO report: {dz['en']}",
                           f"Reportable disease – {dz['en']}"]))
    if attach:
        fname = r.choice([f"MADO_{p['surname']}_{p['given']}.pdf",
                          f"declaration_{key}_{ctx.now:%Y%m%d}.pdf",
                          f"Déclaration MADO {p['surname'].upper()}.pdf"])
        att = M.att_pdf(fname, ctx.t("Déclaration de maladie à déclaration obligatoire",
                                     "Notifiable disease declaration"),
                        [("kv", fields), ctx.t("Déclarant : ", "Reported by: ") + sender[0]], r,
                        author=sender[0])
        blocks = [ctx.greet(),
                  ctx.t(f"Vous trouverez ci-joint une déclaration pour un cas {ctx.de(dz['fr'])}. "
                        "Le patient a été avisé que la santé publique communiquera avec lui.",
                        f"Please find attached a report for a case of {dz['en']}. The patient "
                        "knows public health will be in touch."),
                  ctx.thanks(), ("sig", [sender[0], dom.split(".")[0].replace("-", " ").upper()])]
        atts = [att]
    else:
        blocks = [ctx.greet(),
                  ctx.t(f"Je vous déclare un cas {ctx.de(dz['fr'])} vu en clinique aujourd'hui.",
                        f"Reporting a case of {dz['en']} seen in clinic today."),
                  ("kv", fields),
                  ctx.t("Je reste disponible pour l'enquête.", "Available if you need more for the investigation."),
                  ("sig", [sender[0], dom.split(".")[0].replace("-", " ").upper(), ctx.phone()])]
        atts = []
    return M.Msg(ctx.lang, "mado", sender, to, subj, blocks, attachments=atts, types=types,
                 note=ctx.t("déclaration MADO d'un médecin", "physician notifiable disease report"))


# ---------------------------------------------------------------------------

def tb_contacts(ctx):
    r = ctx.rng
    nurse = r.choice([s for s in D.STAFF if "TB" in s[3] or "investigation" in s[3] or "infectious" in s[3]])
    idx = ctx.person("adult")
    idx_name = ctx.name(idx, ("initial", "full", "upper_comma"))
    rels = {"child": {"F": ("fille", "daughter"), "M": ("fils", "son")},
            "adult": {"F": ("conjointe", "wife"), "M": ("conjoint", "husband")},
            "elder": {"F": ("belle-mère", "mother-in-law"), "M": ("beau-père", "father-in-law")}}
    other = [("colocataire", "roommate"), ("collègue (même bureau)", "co-worker (same office)"),
             ("co-équipier hockey", "hockey teammate"), ("ami(e) proche", "close friend"), ("covoiturage", "carpool")]
    rows = []
    n = r.randint(4, 8)
    for i in range(n):
        band = r.choice(["child", "adult", "adult", "elder"])
        c = ctx.person(band)
        rel = rels[band][c["sex"]] if (band != "adult" or i == 0) else r.choice(other)
        tst = r.choice(["0 mm", "0 mm", "3 mm", f"{r.randint(10, 19)} mm", "à lire" if ctx.fr else "pending"])
        if tst.endswith("mm") and int(tst.split()[0]) >= 10:
            v = r.uniform(0.4, 6.5)
            igra = ctx.t(f"pos {v:.2f}".replace(".", ",") + " UI/mL", f"pos {v:.2f} IU/mL")
        else:
            igra = r.choice(["-", "nég." if ctx.fr else "neg", "-"])
        cxr = r.choice(["N/A", ctx.t("normale", "normal"), ctx.t("à faire", "to book")])
        rows.append([ctx.full(c), ctx.dob(c), rel[0] if ctx.fr else rel[1], D.phone_fmt(r), tst, igra, cxr])
    headers = ctx.t(["Nom", "DDN", "Lien", "Téléphone", "TCT", "IGRA", "RX pulm."],
                    ["Name", "DOB", "Relation", "Phone", "TST", "IGRA", "CXR"])
    to_s = ctx.staff()
    to = [ctx.addr(to_s)]
    sender = ctx.addr(nurse)
    smear = r.choice(["2+", "3+", "1+"])
    intro = ctx.t(
        f"Voici la liste des contacts étroits pour le cas de TB pulmonaire {idx_name} (frottis {smear}, "
        "culture M. tuberculosis en cours, GeneXpert RIF non détecté). Les TCT de 1er temps sont faits "
        "pour la plupart; il reste à relancer ceux sans résultat.",
        f"Here is the close-contact list for the pulmonary TB case {idx_name} (smear {smear}, culture "
        "pending, GeneXpert RIF not detected). Most baseline TSTs are done; still need to chase the ones "
        "without a result.")
    fmt = r.choice(["xlsx", "csv", "body", "xlsx"])
    atts = []
    blocks = [ctx.greet(to_s[0]), intro]
    if fmt == "body":
        blocks.append(("table", headers, rows))
    elif fmt == "xlsx":
        atts.append(M.att_xlsx(r.choice([f"contacts_TB_{idx['surname']}.xlsx", "contacts_TB_v3.xlsx",
                                         f"Liste contacts {ctx.now:%Y-%m-%d}.xlsx"]),
                               [(ctx.t("Contacts", "Contacts"), headers, rows)]))
        blocks.append(ctx.t("Fichier Excel ci-joint.", "Excel file attached."))
    else:
        atts.append(M.att_csv(f"contacts_tb_{ctx.now:%Y%m%d}.csv", headers, rows, r))
        blocks.append(ctx.t("Export CSV du registre ci-joint.", "CSV export attached."))
    blocks += [ctx.t("Fenêtre pour le TCT de 2e temps : 8 semaines après la dernière exposition.",
                     "Window for the repeat TST: 8 weeks after last exposure."), ctx.sig(nurse)]
    subj = ctx.t(r.choice(["Contacts TB – liste à jour", f"Enquête TB {idx['surname']} – contacts",
                           "TB : relance des contacts"]),
                 r.choice(["TB contacts – updated list", f"TB investigation {idx['surname']} – contacts",
                           "TB contact follow-up"]))
    return M.Msg(ctx.lang, "tb_contacts", sender, to, subj, blocks, attachments=atts,
                 types={"patient_name", "date_of_birth", "patient_contact", "diagnosis", "lab_result"},
                 note=ctx.t("liste des contacts d'un cas de TB", "TB contact tracing list"))


# ---------------------------------------------------------------------------

def tb_dot(ctx):
    r = ctx.rng
    p = ctx.maybe_holder(0.6, "adult")
    use_nam = p is not None
    p = p or ctx.person("adult")
    w = r.randint(52, 88)
    nurse = D.STAFF[7]
    clsc = r.choice(D.CLSCS)
    rec = _ext_person(ctx, D.CISSS_DOMAIN)
    types = {"patient_name", "patient_contact", "medication", "diagnosis"}
    addr = ctx.home_address()
    lines_fr = [f"Isoniazide {r.choice([300, 300, 250])} mg", f"Rifampicine {600 if w > 50 else 450} mg",
                f"Pyrazinamide {r.choice([1500, 2000])} mg", f"Éthambutol {r.choice([1200, 1600])} mg",
                "Pyridoxine 25 mg"]
    lines_en = [l.replace("Isoniazide", "Isoniazid").replace("Rifampicine", "Rifampin")
                .replace("Éthambutol", "Ethambutol") for l in lines_fr]
    blocks = [ctx.greet(rec[0].split()[0]),
              ctx.t(f"Comme convenu, la TOD (thérapie sous observation directe) pour {ctx.name(p)} "
                    f"débute {ctx.weekday(ctx.day(3))}. Poids {w} kg. Visites à domicile du lundi au vendredi, "
                    "idéalement avant 10 h.",
                    f"As discussed, DOT for {ctx.name(p)} starts {ctx.weekday(ctx.day(3))}. Weight {w} kg. "
                    "Home visits Monday to Friday, ideally before 10 a.m."),
              ("kv", [(ctx.t("Adresse", "Address"), addr), (ctx.t("Cellulaire", "Cell"), ctx.phone())]),
              ctx.t("Phase intensive (2 mois), prise quotidienne :", "Intensive phase (2 months), daily:"),
              ("list", lines_fr if ctx.fr else lines_en)]
    if use_nam:
        blocks.insert(2, ("kv", ctx.nam_fields(p)))
        types |= {"date_of_birth", "ramq_nam"}
    if r.random() < 0.6:
        blocks.append(ctx.t(f"Bilan hépatique de base : ALT {r.randint(18, 40)}, AST {r.randint(15, 38)}, "
                            "bili N. Refaire à 2 semaines. Surveiller nausées, ictère, troubles visuels.",
                            f"Baseline LFTs: ALT {r.randint(18, 40)}, AST {r.randint(15, 38)}, bili normal. "
                            "Repeat at 2 weeks. Watch for nausea, jaundice, visual changes."))
        types.add("lab_result")
    if r.random() < 0.45:
        blocks.append(ctx.t("À noter : ", "Note: ") + T.social(ctx) + ".")
        types.add("social_information")
    blocks += [ctx.t("Dx : TB pulmonaire active, frottis positif, isolement respiratoire à domicile "
                     "jusqu'à avis contraire.",
                     "Dx: active pulmonary TB, smear positive, home respiratory isolation until further notice."),
               ctx.sig(nurse)]
    subj = ctx.t(r.choice([f"TOD – début {ctx.dshort(ctx.day(3))}", f"TOD {p['surname']} – {clsc}",
                           "Thérapie sous observation directe – visites"]),
                 r.choice([f"DOT start {ctx.dshort(ctx.day(3))}", f"DOT – {p['surname']}", "DOT home visits"]))
    return M.Msg(ctx.lang, "tb_dot", ctx.addr(nurse), [rec], subj, blocks, types=types,
                 note=ctx.t("demande de TOD à domicile pour un cas de TB", "TB directly observed therapy request"))


# ---------------------------------------------------------------------------

def measles_contacts(ctx):
    r = ctx.rng
    where = r.choice(["urgence", "ecole", "garderie", "clinique"])
    s = ctx.staff()
    place = {"urgence": ctx.t("la salle d'attente de l'urgence de l'HRVB", "the HRVB emergency waiting room"),
             "ecole": r.choice(D.SCHOOLS), "garderie": D.SCHOOLS[3],
             "clinique": ctx.t("la clinique sans rendez-vous du GMF du Lac", "the GMF du Lac walk-in clinic")}[where]
    exp = ctx.day(-r.randint(1, 4))
    band = {"ecole": "pupil", "garderie": "toddler"}.get(where, "any")
    rows = []
    conds_fr = ["enceinte 24 sem.", "greffé rénal (tacrolimus)", "leucémie en traitement", "nourrisson 7 mois",
                "aucune", "aucune", "aucune"]
    conds_en = ["pregnant 24 wks", "kidney transplant (tacrolimus)", "leukemia on chemo", "infant 7 months",
                "none", "none", "none"]
    for k in range(r.randint(4, 7)):
        c = ctx.person(band)
        j = r.randrange(len(conds_fr)) if k else r.randrange(4)
        vulnerable = j < 4
        st = 0 if (k and not vulnerable and r.random() < 0.4) else r.randint(1, 3)
        status = [ctx.t("2 doses RRO", "2 MMR doses"), ctx.t("1 dose", "1 dose"),
                  ctx.t("inconnu", "unknown"), ctx.t("0 dose (refus)", "0 doses (refused)")][st]
        if st == 0:
            igg, act = "-", ctx.t("aucune (protégé)", "none (protected)")
        elif vulnerable:
            igg = r.choice(["IgG -", ctx.t("IgG en attente", "IgG pending")])
            act = r.choice([ctx.t("IgIV 400 mg/kg", "IVIg 400 mg/kg"), ctx.t("Ig IM 0,5 mL/kg", "IMIg 0.5 mL/kg")])
        else:
            igg = r.choice(["IgG +", "IgG -", "-"])
            act = ctx.t("aucune (IgG +)", "none (IgG +)") if igg == "IgG +" else ctx.t("RRO donné", "MMR given")
        excl = ctx.dshort(exp + dt.timedelta(days=21))
        rows.append([ctx.full(c), ctx.dob(c), status, conds_fr[j] if ctx.fr else conds_en[j], igg, act,
                     ctx.t(f"exclu jusqu'au {excl}", f"excluded until {excl}")])
    headers = ctx.t(["Nom", "DDN", "Vaccination", "Condition", "Sérologie", "PPE", "Exclusion"],
                    ["Name", "DOB", "Immunization", "Condition", "Serology", "PEP", "Exclusion"])
    case = ctx.person(r.choice(["child", "young"]))
    blocks = [ctx.greet(),
              ctx.t(f"Suite au cas de rougeole confirmé ({ctx.name(case, ('initial', 'full'))}, IgM+, "
                    f"présent dans {place} le {ctx.d(exp)}), voici le suivi des contacts vulnérables.",
                    f"Following the confirmed measles case ({ctx.name(case, ('initial', 'full'))}, IgM+, "
                    f"present at {place} on {ctx.d(exp)}), here is the follow-up of vulnerable contacts."),
              ("table", headers, rows),
              ctx.t("Les immunoglobulines doivent être données dans les 6 jours suivant l'exposition.",
                    "Immune globulin must be given within 6 days of exposure."),
              ctx.sig(s)]
    atts = []
    if r.random() < 0.4:
        blocks[2] = ctx.t("Tableau en pièce jointe.", "Table attached.")
        atts = [M.att_docx(ctx.t("suivi_contacts_rougeole_exposés.docx", "measles_contact_followup.docx"),
                           ctx.t("Suivi des contacts – rougeole", "Measles contact follow-up"),
                           [("table", headers, rows)])]
    rec = r.choice([("Unité PCI HRVB", f"pci@{D.CISSS_DOMAIN}"), ctx.addr(ctx.staff())])
    subj = ctx.t(r.choice(["Rougeole – contacts vulnérables", "Suivi contacts rougeole (PPE)",
                           "URGENT rougeole : Ig à administrer"]),
                 r.choice(["Measles – vulnerable contacts", "Measles contact follow-up (PEP)",
                           "URGENT measles: IG to give"]))
    return M.Msg(ctx.lang, "measles_contacts", ctx.addr(s), [rec], subj, blocks, attachments=atts,
                 types={"patient_name", "date_of_birth", "diagnosis", "lab_result", "medication"},
                 note=ctx.t("contacts de rougeole avec prophylaxie", "measles contacts with prophylaxis"))


# ---------------------------------------------------------------------------

def measles_case(ctx):
    r = ctx.rng
    s = ctx.staff()
    ontario = (not ctx.fr) and r.random() < 0.5
    types = {"patient_name", "date_of_birth", "diagnosis", "lab_result"}
    p = None if ontario else ctx.holder("young", strict=True)
    if ontario:
        p = ctx.person(r.choice(["child", "young"]))
        idf = [("Ontario health number", ctx.ohip()), ("Home address", D.address_on(r))]
        types.add("patient_contact")
    elif p is not None:
        idf = [(ctx.t("Sexe", "Sex"), ctx.sex(p)), ("NAM", ctx.nam(p))]
    else:
        p = ctx.person(r.choice(["child", "young"]))
        idf = [(ctx.t("Sexe", "Sex"), ctx.sex(p)), (ctx.t("Adresse", "Address"), ctx.home_address())]
        types.add("patient_contact")
    rash = ctx.day(-r.randint(2, 6))
    fields = [(ctx.t("Cas", "Case"), ctx.full(p)), (ctx.t("DDN", "DOB"), ctx.dob(p))] + idf
    if r.random() < 0.5:
        fields.append((ctx.mrn_label(), ctx.mrn()))
    fields += [(ctx.t("Éruption", "Rash onset"), ctx.d(rash)),
               (ctx.t("Symptômes", "Symptoms"), ctx.t("fièvre 39,4, toux, coryza, conjonctivite",
                                                      "fever 39.4, cough, coryza, conjunctivitis")),
               (ctx.t("Labo", "Lab"), ctx.t("IgM rougeole positive, TAAN positif (gorge), génotype D8 en cours",
                                            "measles IgM positive, PCR positive (throat), genotype D8 pending")),
               (ctx.t("Vaccination", "Immunization"), r.choice([ctx.t("aucune dose", "no doses"),
                                                                ctx.t("1 dose à 12 mois", "1 dose at 12 months")])),
               (ctx.t("Voyage", "Travel"), r.choice([ctx.t("retour de Roumanie", "returned from Romania"),
                                                     ctx.t("aucun voyage – cas secondaire", "no travel – secondary case")]))]
    blocks = [ctx.greet(),
              ctx.t("Résumé du cas de rougeole pour la cellule de ce matin :",
                    "Measles case summary for this morning's huddle:"),
              ("kv", fields),
              ctx.t("Lieux fréquentés pendant la période de contagiosité : épicerie, autobus scolaire 14, "
                    "urgence HRVB. Communiqué en préparation.",
                    "Places visited while infectious: grocery store, school bus 14, HRVB ER. "
                    "Public notice being drafted."),
              ctx.sig(s)]
    rec = [ctx.addr(x) for x in ctx.staff(2)]
    if ontario:
        rec = [("Lakeshore Public Health – CD Intake", "cdintake@lakeshorephu.example")]
        blocks.insert(1, "We are notifying you because this case resides in your jurisdiction.")
    subj = ctx.t(r.choice(["Cas de rougeole – résumé", "Rougeole confirmée – fiche", "Rougeole : cas index"]),
                 r.choice(["Measles case – summary", "Confirmed measles – case sheet",
                           "Interjurisdictional notification – measles"]))
    return M.Msg(ctx.lang, "measles_case", ctx.addr(s), rec, subj, blocks, types=types,
                 note=ctx.t("fiche de cas de rougeole", "measles case summary"))


# ---------------------------------------------------------------------------

def stbbi_partner(ctx):
    r = ctx.rng
    s = D.STAFF[4]
    key = r.choice(sorted(T.STBBI))
    dz = T.STBBI[key]
    idx = ctx.person("young")
    types = {"patient_name", "patient_contact", "diagnosis", "lab_result", "medication"}
    partners = []
    for _ in range(r.randint(2, 4)):
        q = ctx.person("young")
        style = r.random()
        if style < 0.3:
            nm = f"{q['given']} ({ctx.t('prénom seulement, rencontré via appli', 'first name only, met on app')})"
        elif style < 0.6:
            nm = ctx.name(q, ("lower", "full"))
        else:
            nm = ctx.full(q)
        partners.append([nm, D.phone_fmt(r), r.choice([ctx.t("joint, traité", "reached, treated"),
                                                       ctx.t("message laissé", "left message"),
                                                       ctx.t("à rejoindre", "to contact"),
                                                       ctx.t("testé, résultat en attente", "tested, pending")])])
    blocks = [ctx.greet(),
              ctx.t(f"Intervention préventive auprès des partenaires pour {ctx.name(idx)} "
                    f"({dz['fr']}, {dz['lab_fr']}, vu le {ctx.d(ctx.day(-3))} : {dz['rx_fr']}).",
                    f"Partner notification for {ctx.name(idx)} ({dz['en']}, {dz['lab_en']}, "
                    f"seen {ctx.d(ctx.day(-3))}: {dz['rx_en']})."),
              ("table", ctx.t(["Partenaire", "Tél.", "Statut"], ["Partner", "Phone", "Status"]), partners)]
    if r.random() < 0.4:
        blocks.append(ctx.t("Contexte : ", "Context: ") + T.social(ctx) + ".")
        types.add("social_information")
    blocks += [ctx.t("Je poursuis les appels demain; svp ne pas transférer ce courriel.",
                     "I'll keep calling tomorrow; please do not forward this e-mail."), ctx.sig(s)]
    to = [ctx.addr(D.STAFF[9])]
    subj = ctx.t(r.choice(["IPPAP – suivi partenaires", f"IPPAP {dz['fr']}", "Partenaires à joindre"]),
                 r.choice(["Partner notification follow-up", f"PN – {dz['en']}", "Partners to reach"]))
    return M.Msg(ctx.lang, "stbbi_partner", ctx.addr(s), to, subj, blocks, types=types,
                 note=ctx.t("notification des partenaires ITSS", "STBBI partner notification"))


# ---------------------------------------------------------------------------

def hiv_followup(ctx):
    r = ctx.rng
    s = D.STAFF[4]
    p = ctx.person("adult")
    types = {"patient_name", "diagnosis", "lab_result", "medication"}
    subj_name = r.random() < 0.5
    who = ctx.name(p, ("initial", "full", "upper_comma"))
    cv = r.choice(["< 40 copies/mL", "86 000 copies/mL", "1 250 copies/mL"])
    cd4 = r.randint(180, 720)
    body_who = ctx.t("Pour le patient en objet", "Re the patient in the subject line") if subj_name else who
    doc = r.choice(D.PHYSICIANS)
    blocks = [ctx.greet(f"{doc[0]} {doc[2]}" if r.random() < 0.5 else doc[1]),
              ctx.t(f"{body_who} : CV VIH {cv}, CD4 {cd4}. Poursuite de Biktarvy 1 co. die, "
                    "bonne observance selon la pharmacie.",
                    f"{body_who}: HIV VL {cv}, CD4 {cd4}. Continue Biktarvy 1 tab daily, good adherence "
                    "per the pharmacy.")]
    if r.random() < 0.5:
        blocks.append(ctx.t("Par contre ", "However, ") + T.social(ctx) +
                      ctx.t(" — le travailleur social du CLSC est impliqué.", " — the CLSC social worker is involved."))
        types.add("social_information")
    blocks += [ctx.t("Prochain RV clinique le ", "Next clinic visit ") + ctx.d(ctx.day(r.randint(20, 60))) + ".",
               ctx.short_sig(s)]
    subject = ctx.t("Suivi VIH – ", "HIV follow-up – ") + (who if subj_name else ctx.t("confidentiel", "confidential"))
    to = [(f"{doc[0]} {doc[1]} {doc[2]}", f"{D.email_local(doc[1], doc[2])}@{D.CISSS_DOMAIN}")]
    return M.Msg(ctx.lang, "hiv_followup", ctx.addr(s), to, subject, blocks, types=types,
                 note=ctx.t("suivi clinique VIH", "HIV clinical follow-up"))


# ---------------------------------------------------------------------------

def school_outbreak(ctx):
    r = ctx.rng
    school = r.choice(D.SCHOOLS)
    bug = r.choice(["gastro", "influenza", "varicelle", "coqueluche"])
    sym = {"gastro": (["vomissements", "diarrhée", "vomissements + fièvre"], ["vomiting", "diarrhea", "vomiting + fever"]),
           "influenza": (["fièvre, toux", "fièvre, myalgies", "toux, mal de gorge"], ["fever, cough", "fever, myalgia", "cough, sore throat"]),
           "varicelle": (["vésicules", "vésicules + fièvre"], ["vesicles", "vesicles + fever"]),
           "coqueluche": (["toux quinteuse", "toux + vomissements post-tussifs"], ["paroxysmal cough", "cough + post-tussive vomiting"])}[bug]
    labs = {"gastro": "norovirus GII +", "influenza": "influenza A +", "varicelle": ctx.t("clinique", "clinical"),
            "coqueluche": "B. pertussis PCR +"}
    rows = []
    withdob = r.random() < 0.5
    for _ in range(r.randint(5, 10)):
        sec = "secondaire" in school or "Polyvalente" in school
        c = ctx.person("teen" if sec else ("toddler" if "petite enfance" in school else "pupil"))
        row = [ctx.name(c, ("upper_comma", "full", "comma")),
               r.choice(["Sec. 1-03", "Sec. 2-01", "Sec. 3-05"] if sec else ["2A", "2B", "3A", "4C", "5A", "6B"])]
        if withdob:
            row.append(ctx.dob(c))
        row += [r.choice(sym[0] if ctx.fr else sym[1]), ctx.dshort(ctx.day(-r.randint(1, 6))),
                r.choice([labs[bug], "-", "-"])]
        rows.append(row)
    headers = ctx.t(["Élève", "Groupe"], ["Student", "Class"]) + ([ctx.t("DDN", "DOB")] if withdob else []) + \
        ctx.t(["Symptômes", "Début", "Prélèvement"], ["Symptoms", "Onset", "Test"])
    sender = (f"Direction – {school}", f"direction.{D.strip_accents(school.split()[-1]).lower()}@cssh.example")
    to = [("Santé scolaire", f"sante.scolaire@{D.DSP_DOMAIN}")]
    blocks = [ctx.greet(),
              ctx.t(f"Comme demandé, voici la liste des élèves absents pour maladie depuis lundi à l'{school}. "
                    "Les parents ont été appelés par le secrétariat.",
                    f"As requested, here is the list of students absent sick since Monday at {school}. "
                    "The office called the parents.")]
    fmt = r.choice(["body", "xlsx", "csv", "pdf"])
    atts = []
    if fmt == "body":
        blocks.append(("table", headers, rows))
    elif fmt == "xlsx":
        atts.append(M.att_xlsx(f"absences_{ctx.now:%Y%m%d}.xlsx", [("Absences", headers, rows)]))
    elif fmt == "csv":
        atts.append(M.att_csv(ctx.t(f"absences_élèves_{ctx.now:%m%d}.csv", f"absences_{ctx.now:%m%d}.csv"), headers, rows, r))
    else:
        atts.append(M.att_pdf(ctx.t("liste élèves malades.pdf", "sick students list.pdf"),
                              ctx.t("Absences pour maladie", "Sickness absences"), [("table", headers, rows)], r))
    blocks += [ctx.t("Nous attendons vos consignes pour la lettre aux parents.",
                     "We are waiting for your instructions on the letter to parents."),
               ("sig", [sender[0].split(" – ")[0], school, ctx.t("Tél. 819-555-0170", "Tel. 819-555-0170")])]
    types = {"patient_name", "diagnosis"}
    if withdob:
        types.add("date_of_birth")
    if any(row[-1] != "-" and row[-1] not in ("clinique", "clinical") for row in rows):
        types.add("lab_result")
    subj = ctx.t(r.choice([f"Éclosion {bug} – liste des élèves", "Absences maladie – liste",
                           f"{school} : élèves malades"]),
                 r.choice([f"Outbreak ({'flu' if bug == 'influenza' else bug}) – student list",
                           "Sickness absences – list", f"{school}: sick students"]))
    return M.Msg(ctx.lang, "school_outbreak", sender, to, subj, blocks, attachments=atts, types=types,
                 note=ctx.t("liste nominative d'éclosion scolaire", "school outbreak line list"))


# ---------------------------------------------------------------------------

def ltc_outbreak(ctx):
    r = ctx.rng
    home = r.choice(D.LTC_HOMES)
    virus = r.choice(["influenza A", "SARS-CoV-2", "norovirus", "VRS" if ctx.fr else "RSV"])
    with_nam = r.random() < 0.35
    with_mrn = (not with_nam) and r.random() < 0.5
    headers = [ctx.t("Ch.", "Rm")] + [ctx.t("Résident", "Resident")]
    if with_nam:
        headers += [ctx.t("Sexe", "Sex"), ctx.t("DDN", "DOB"), "NAM"]
    if with_mrn:
        headers += [ctx.mrn_label()]
    headers += [ctx.t("Début", "Onset"), ctx.t("Symptômes", "Symptoms"), ctx.t("TAAN", "PCR"),
                ctx.t("Traitement/Statut", "Treatment/Status")]
    rows = []
    n = r.randint(3, 4) if with_nam else r.randint(5, 9)
    for i in range(n):
        # rows of a table with a NAM column are NAM holders while any elder is left
        p = ctx.holder("elder", strict=True) if with_nam else None
        p = p or ctx.person("elder")
        row = [str(r.randint(101, 348)), ctx.name(p, ("upper_comma", "comma", "full"))]
        if with_nam:
            row += [p["sex"], ctx.dob(p), ctx.nam(p) if p.get("nam") else ctx.t("à vérifier", "to check")]
        if with_mrn:
            row += [ctx.mrn()]
        row += [ctx.dshort(ctx.day(-r.randint(0, 7))),
                r.choice([ctx.t("fièvre, toux", "fever, cough"), ctx.t("diarrhée", "diarrhea"),
                          ctx.t("désaturation 88 %", "desat 88%"), ctx.t("confusion, fièvre", "confusion, fever")]),
                r.choice([virus + " +", virus + " +", ctx.t("nég.", "neg"), ctx.t("en attente", "pending")]),
                r.choice(["oseltamivir 75 mg die", "oseltamivir 30 mg die (ClCr<30)",
                          ctx.t("isolement", "isolation"), ctx.t("transféré HRVB", "transferred to HRVB"),
                          ctx.t("décédé", "deceased"), "Paxlovid"])]
        rows.append(row)
    nurse = _ext_person(ctx, D.CISSS_DOMAIN)
    blocks = [ctx.greet(),
              ctx.t(f"Mise à jour de la liste linéaire – {home}, unité {r.choice(['2 Est', '3 Nord', 'Les Pins'])}.",
                    f"Line list update – {home}, unit {r.choice(['2 East', '3 North', 'Les Pins'])}.")]
    atts = []
    if r.random() < 0.5:
        blocks.append(("table", headers, rows))
    else:
        atts.append(M.att_xlsx(ctx.t(f"liste_linéaire_{ctx.now:%Y%m%d}.xlsx", f"line_list_{ctx.now:%Y%m%d}.xlsx"),
                               [(ctx.t("Résidents", "Residents"), headers, rows)]))
        blocks.append(ctx.t("Liste jointe.", "List attached."))
    blocks += [ctx.t("Aucun nouveau cas chez les employés depuis hier.", "No new staff cases since yesterday."),
               ("sig", [nurse[0], ctx.t("Infirmière-chef", "Head nurse"), home])]
    to = [ctx.addr(D.STAFF[13]), ctx.addr(D.STAFF[14])]
    types = {"patient_name", "diagnosis"}
    if any(("+" in row[-2]) or ("nég" in row[-2]) or ("neg" in row[-2]) for row in rows):
        types.add("lab_result")
    if any(("oseltamivir" in row[-1]) or ("Paxlovid" in row[-1]) for row in rows):
        types.add("medication")
    if with_nam:
        types.add("date_of_birth")
    subj = ctx.t(f"Éclosion {virus} – {home} – liste linéaire", f"{virus} outbreak – {home} – line list")
    return M.Msg(ctx.lang, "ltc_outbreak", nurse, to, subj, blocks, attachments=atts, types=types,
                 note=ctx.t("liste linéaire d'éclosion en CHSLD", "long-term care outbreak line list"))


# ---------------------------------------------------------------------------

def vaccine_adverse_event(ctx):
    r = ctx.rng
    p = ctx.holder("any")
    vac = r.choice([("Priorix (RRO)", "Priorix (MMR)"), ("Fluzone Haute dose", "Fluzone High-Dose"),
                    ("Shingrix", "Shingrix"), ("Boostrix", "Boostrix"), ("Comirnaty", "Comirnaty")])
    reaction = r.choice([
        ("urticaire généralisée 15 min après, épinéphrine 0,3 mg IM, diphenhydramine 50 mg PO, observé 2 h",
         "generalized hives 15 min post, epinephrine 0.3 mg IM, diphenhydramine 50 mg PO, observed 2 h"),
        ("syncope avec convulsions brèves, récupération complète", "syncope with brief convulsive movements, full recovery"),
        ("cellulite au site d'injection, céphalexine 500 mg QID x 7 j", "injection-site cellulitis, cephalexin 500 mg QID x 7 d"),
        ("paralysie faciale périphérique (Bell) J9, prednisone 60 mg", "Bell's palsy on day 9, prednisone 60 mg")])
    s = D.STAFF[11]
    lot = D.lot_number(r)
    fields = [(ctx.t("Vacciné(e)", "Vaccinee"), ctx.full(p)), (ctx.t("Sexe", "Sex"), ctx.sex(p)),
              (ctx.t("Date de naissance", "Date of birth"), ctx.dob(p)), ("NAM", ctx.nam(p)),
              (ctx.t("Vaccin", "Vaccine"), vac[0] if ctx.fr else vac[1]), ("Lot", lot),
              (ctx.t("Date d'administration", "Date given"), ctx.d(ctx.day(-r.randint(1, 10)))),
              (ctx.t("Manifestation", "Event"), reaction[0] if ctx.fr else reaction[1])]
    atts = []
    blocks = [ctx.greet(), ctx.t("Déclaration de manifestation clinique inhabituelle (MCI) après vaccination :",
                                 "Report of an adverse event following immunization (AEFI):")]
    if r.random() < 0.5:
        blocks.append(("kv", fields))
    else:
        fn = r.choice([f"MCI_{p['surname']}_{lot}.docx", "formulaire_MCI.docx", f"AEFI_{p['surname']}.docx"])
        atts.append(M.att_docx(fn, ctx.t("Rapport de MCI", "AEFI report"), [("kv", fields)]))
        blocks.append(ctx.t("Le formulaire rempli est joint.", "The completed form is attached."))
    blocks += [ctx.t("Recommandation pour les prochaines doses à discuter avec le médecin-conseil.",
                     "Recommendation for future doses to be discussed with the medical officer."), ctx.sig(s)]
    to = [ctx.addr(D.STAFF[1])]
    subj = ctx.t(r.choice(["MCI à évaluer", "Déclaration MCI – " + (vac[0].split()[0]), "ESAVI – suivi"]),
                 r.choice(["AEFI to review", "AEFI report – " + vac[1].split()[0], "Adverse event – follow-up"]))
    return M.Msg(ctx.lang, "vaccine_aefi", ctx.addr(s), to, subj, blocks, attachments=atts,
                 types={"patient_name", "date_of_birth", "ramq_nam", "diagnosis", "medication"},
                 note=ctx.t("déclaration de MCI après vaccination", "adverse event following immunization report"))


BUILDERS = [mado_declaration, tb_contacts, tb_dot, measles_contacts, measles_case, stbbi_partner,
            hiv_followup, school_outbreak, ltc_outbreak, vaccine_adverse_event]
