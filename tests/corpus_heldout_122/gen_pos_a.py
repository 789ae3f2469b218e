"""Positive builders, part A: referrals, reports, vendors, narcolepsy, SAAQ, oxygen."""
import gen_attach as A
from gen_clin import (SYMPTOMS, COMORB, MEDS, MEDS_EN, NARCO_MEDS, MASKS, MASKS_EN, osa,
                      fr_num, psg_values, abg)
from gen_common import (fmt_nam, fmt_mrn, dob_str, d_fr, d_en, name_variant, HOSP, HOSP_EN,
                        CLINIC, CLINIC_EN, VENDORS, PROD, CLINIC_FAX, strip_accents)
from gen_ctx import order_types, quote


def _fn_name(p, rng):
    s = strip_accents(p.surname).replace(" ", "").replace("'", "")
    g = strip_accents(p.given).replace(" ", "")
    return rng.choice([f"{s}_{g}", f"{s.upper()}_{g}", f"{s}{g[0]}", f"{g}-{s}", f"{s}, {g}"])


def _fn_name_acc(p, rng):
    return rng.choice([f"{p.surname}_{p.given}", f"{p.surname.upper()} {p.given}", f"{p.given} {p.surname}"])


# 1 --------------------------------------------------------------------------
def referral_psg(ctx, k):
    r = ctx.rng
    lang = "en" if k % 3 == 2 else "fr"
    p = ctx.pools.nam_patient(want_child=False)
    doc = ctx.pick(["laflamme", "beauchemin"])
    dt = ctx.when()
    sym = r.choice(SYMPTOMS)
    com = r.sample(COMORB, 2)
    med = r.sample(MEDS if lang == "fr" else MEDS_EN, 2)
    ep = r.randrange(11, 21)
    nam = fmt_nam(p.nam, r.choice([0, 1, 2, 3, 5, 6, 7]))
    T = ["ramq_nam", "patient_name", "diagnosis", "medication"]
    show_dob = ctx.chance(0.7)
    show_tel = ctx.chance(0.5)
    if show_dob:
        T.append("date_of_birth")
    if show_tel:
        T.append("patient_contact")
    if lang == "fr":
        title = p.title_fr()
        lines = [ctx.greet("fr"), "",
                 f"Je vous adresse {title} {p.full} ({p.age()} ans) pour une évaluation en clinique du sommeil "
                 f"(polysomnographie ou test d'apnée à domicile, à votre discrétion).", "",
                 f"NAM : {nam}"]
        if show_dob:
            lines.append(f"Date de naissance : {dob_str(p.dob, 'fr', r)}")
        if show_tel:
            lines.append(f"Tél. domicile : {p.phone}")
        lines += ["",
                  f"Motif : {sym[0]}. Epworth {ep}/24.",
                  f"Antécédents : {com[0][0]}, {com[1][0]}.",
                  f"Médication : {med[0]}; {med[1]}.", ""]
        if p.age() < 64 and ctx.chance(0.6):
            lines.append(ctx.pick(["Travaille comme chauffeur de camion", "Conduit un autobus scolaire",
                                   "Chauffeur de taxi"]) + " — j'apprécierais une priorisation. "
                         + ("Je l'ai avisée de ne pas conduire si elle se sent somnolente." if p.sex == "F" else
                            "Je l'ai avisé de ne pas conduire s'il se sent somnolent."))
            lines.append("")
        elif p.age() >= 75 and ctx.chance(0.5):
            lines.append("Vit seul" + ("e" if p.sex == "F" else "") + " à domicile; sa fille l'accompagnera.")
            lines.append("")
            T.append("social_information")
        lines += [ctx.thanks("fr"), "", ctx.sig(doc, "fr")]
        subj = ctx.pick([f"Demande de consultation - clinique du sommeil - {p.surname}",
                         "Référence clinique du sommeil",
                         f"Réf. PSG {p.surname.upper()} {p.given}",
                         "Demande de service en clinique du sommeil"])
    else:
        lines = [ctx.greet("en"), "",
                 f"I am referring {p.title_en()} {p.full}, {p.age()}, for assessment of suspected obstructive "
                 "sleep apnoea.", "", f"Health insurance (RAMQ): {nam}"]
        if show_dob:
            lines.append(f"DOB: {dob_str(p.dob, 'en', r)}")
        if show_tel:
            lines.append(f"Home phone: {p.phone}")
        lines += ["", f"Reason: {sym[1]}; Epworth {ep}/24.",
                  f"History: {com[0][1]}, {com[1][1]}.", f"Current meds: {med[0]}, {med[1]}.", "",
                  ctx.thanks("en"), "", ctx.sig(doc, "en")]
        subj = ctx.pick([f"Referral - sleep clinic - {p.surname}", "Sleep clinic referral",
                         f"New referral: {p.given} {p.surname}"])
    return dict(cat="referral", lang=lang, types=order_types(T),
                note="GP referral for sleep study with NAM", subject=subj,
                **{"from": ctx.frm(doc)}, to=[ctx.frm("bilodeau")], date=dt, text="\n".join(lines))


# 2 --------------------------------------------------------------------------
def consult_reply(ctx, k):
    r = ctx.rng
    lang = "en" if k % 2 else "fr"
    p = ctx.pools.patient()
    md = ctx.pick(["vachon", "okafor"])
    ref = ctx.pick(["laflamme", "beauchemin"])
    dt = ctx.when()
    sfr, sen, iah = osa(r)
    v = psg_values(r, iah)
    mrn = fmt_mrn(p.mrn, r.randrange(5))
    nm = name_variant(p, lang, r, ["title", "full", "rev"])
    T = ["patient_name", "mrn", "diagnosis", "lab_result"]
    if lang == "fr":
        body = [ctx.greet("fr", ref), "",
                f"J'ai vu en consultation {nm} (dossier {mrn}) le {d_fr(ctx.earlier(dt), 0)}.", "",
                f"La polysomnographie montre un IAH de {fr_num(iah)}/h avec une saturation minimale de "
                f"{v['nadir']} % et {fr_num(v['t90'])} % du temps sous 90 %. L'IAH en décubitus dorsal est de "
                f"{fr_num(v['supine'])}/h.", "",
                f"Impression : syndrome d'apnées-hypopnées obstructives du sommeil {sfr}.", "",
                "Plan :",
                "- Essai d'APAP 5-15 cmH2O via fournisseur au choix du patient",
                "- Hygiène du sommeil et perte de poids discutées",
                "- Relance à 3 mois avec téléchargement d'observance"]
        if ctx.chance(0.5):
            body.append("- Avisé de l'obligation de ne pas conduire en cas de somnolence")
        body += ["", "Je demeure disponible pour toute question.", "", ctx.sig(md, "fr")]
        subj = ctx.pick([f"Consultation clinique du sommeil - {p.surname}", "Réponse à votre demande de consultation",
                         f"RE: Demande de consultation - {p.surname}"])
    else:
        body = [ctx.greet("en", ref), "",
                f"Thank you for referring {nm} (MRN {mrn}), seen on {d_en(ctx.earlier(dt), 0)}.", "",
                f"Diagnostic polysomnography: AHI {iah}/h, SpO2 nadir {v['nadir']}%, T90 {v['t90']}%, "
                f"sleep efficiency {v['eff']}%, PLMI {v['plmi']}/h.", "",
                f"Impression: {sen} obstructive sleep apnoea, supine-predominant.", "",
                "Recommendations:", "1. Auto-CPAP 5-15 cmH2O, compliance review in 8-12 weeks.",
                "2. Positional therapy may be considered if CPAP not tolerated.",
                "3. Counselled about drowsy driving.", "", ctx.sig(md, "en")]
        subj = ctx.pick([f"Sleep clinic consultation - {p.surname}", "Consultation report",
                         f"Re: referral {p.surname}, {p.given}"])
    return dict(cat="consult_reply", lang=lang, types=order_types(T),
                note="consultation letter with PSG values", subject=subj,
                **{"from": ctx.frm(md)}, to=[ctx.frm(ref)], cc=[ctx.frm("rousseau")] if ctx.chance(0.4) else [],
                date=dt, text="\n".join(body))


# 3 --------------------------------------------------------------------------
def hsat_pdf(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 1 else "en"
    p = ctx.pools.patient()
    rt = ctx.pick(["boivin", "frechette", "lemieux"])
    md = ctx.pick(["vachon", "okafor"])
    dt = ctx.when()
    night = ctx.earlier(dt, 1, 6)
    sfr, sen, iah = osa(r)
    v = psg_values(r, iah)
    if lang == "fr":
        lines = ["## Polygraphie cardiorespiratoire à domicile (type III)",
                 f"Nom : {p.surname.upper()}, {p.given}", f"Date de naissance : {d_fr(p.dob, 1)}",
                 f"Dossier : {p.mrn}", f"Nuit d'enregistrement : {d_fr(night, 1)}",
                 "Appareil : RespiTrack R3, canule nasale, sangles thoraco-abdominales, oxymètre", "",
                 "## Résultats",
                 f"Durée d'enregistrement valide : {v['tst'] // 60} h {v['tst'] % 60:02d}",
                 f"IER (indice d'événements respiratoires) : {fr_num(iah)}/h",
                 f"Apnées obstructives : {int(iah * 2.1)}   Apnées centrales : {r.randrange(0, 6)}   "
                 f"Hypopnées : {int(iah * 3.4)}",
                 f"IDO 3 % : {fr_num(v['odi'])}/h", f"SpO2 moyenne : {r.randrange(90, 95)} %   SpO2 minimale : {v['nadir']} %",
                 f"T90 : {fr_num(v['t90'])} %", f"IER dorsal : {fr_num(v['supine'])}/h   non dorsal : {fr_num(v['nonsup'])}/h",
                 "", "## Interprétation préliminaire (inhalothérapeute)",
                 f"Tracé de bonne qualité. Compatible avec un SAHOS {sfr}. À faire interpréter par le médecin."]
        body = [ctx.greet("fr", md), "",
                ctx.pick([f"Voici le rapport de polygraphie de {p.title_fr()} {p.surname} à signer.",
                          "Ci-joint une polygraphie à interpréter, nuit de la semaine dernière.",
                          f"Rapport HSAT de {p.given} {p.surname} en pièce jointe."]), "",
                ctx.thanks("fr"), ctx.sig(rt, "fr")]
        subj = ctx.pick(["Polygraphie à interpréter", f"HSAT {p.surname}", "Rapport PCR à signer",
                         "Test d'apnée à domicile - rapport"])
        fn = f"Polygraphie_{_fn_name(p, r)}_{night.strftime('%Y%m%d')}.pdf"
    else:
        lines = ["## Home Sleep Apnea Test (Type III) - Report",
                 f"Patient: {p.given} {p.surname}", f"DOB: {d_en(p.dob, 1)}", f"MRN: {p.mrn}",
                 f"Study night: {d_en(night, 1)}", "", "## Results",
                 f"Monitoring time: {v['tst']} min", f"REI: {iah}/h", f"ODI 3%: {v['odi']}/h",
                 f"Mean SpO2: {r.randrange(90, 95)}%   Nadir SpO2: {v['nadir']}%", f"T90: {v['t90']}%",
                 f"Supine REI: {v['supine']}/h   Non-supine REI: {v['nonsup']}/h", "",
                 "## Technologist comment",
                 f"Good signal quality. Findings consistent with {sen} obstructive sleep apnoea."]
        body = [ctx.greet("en", md), "", ctx.pick(["HSAT attached for interpretation.",
                                                  f"Attached is the home study for {p.given} {p.surname}.",
                                                  "Please see the attached report."]), "",
                ctx.thanks("en"), ctx.sig(rt, "en")]
        subj = ctx.pick(["HSAT for interpretation", f"Home sleep test - {p.surname}", "Report to sign"])
        fn = f"HSAT_{_fn_name(p, r)}_{night.strftime('%Y-%m-%d')}.pdf"
    pdf = A.make_pdf("Clinique du sommeil - " + HOSP if lang == "fr" else CLINIC_EN + " - " + HOSP_EN,
                     lines, author=ctx.who(rt, lang, False), compress=ctx.chance(0.7),
                     header=HOSP if lang == "fr" else HOSP_EN)
    T = ["patient_name", "mrn", "date_of_birth", "lab_result", "diagnosis"]
    return dict(cat="hsat_report_pdf", lang=lang, types=order_types(T),
                note="home sleep apnoea test report as PDF", subject=subj,
                **{"from": ctx.frm(rt)}, to=[ctx.frm(md)], date=dt, text="\n".join(body),
                atts=[dict(kind="pdf", data=pdf, filename=fn)])


# 4 --------------------------------------------------------------------------
def titration_docx(ctx, k):
    r = ctx.rng
    lang = "en" if k % 2 == 0 else "fr"
    p = ctx.pools.patient()
    tech = ctx.pick(["giroux", "lambert", "sandhu", "kerr"])
    md = ctx.pick(["vachon", "okafor"])
    dt = ctx.when()
    night = ctx.earlier(dt, 1, 5)
    opt = r.randrange(7, 15)
    res = round(r.uniform(1.0, 6.5), 1)
    mask = r.randrange(len(MASKS))
    steps = []
    for pr in range(5, opt + 2):
        steps.append([f"{pr} cmH2O", str(r.randrange(8, 40)), str(round(max(0.0, (opt - pr) * r.uniform(3, 7) + r.uniform(0, 3)), 1)),
                      f"{min(97, 84 + pr)}%"])
    if lang == "en":
        paras = [f"Patient: {p.full}", f"MRN: {fmt_mrn(p.mrn, 1)}", f"Study date: {d_en(night, 0)}",
                 "Indication: CPAP titration for moderate-severe obstructive sleep apnoea",
                 f"Interface: {MASKS_EN[mask]}", "## Titration steps"]
        table = [["Pressure", "Time (min)", "AHI (/h)", "Min SpO2"]] + steps
        tail = ["## Conclusion",
                f"Optimal CPAP pressure {opt} cmH2O with residual AHI {res}/h including REM supine sleep. "
                "Mild mouth leak noted; chin strap offered.", f"Scored by {ctx.who(tech, 'en', False)}."]
        body = [ctx.greet("en", md), "", ctx.pick(["Titration report attached, ready for your review.",
                                                  f"Please find the titration for {p.surname} attached.",
                                                  "Attached: last night's CPAP titration."]),
                "", ctx.sig(tech, "en")]
        subj = ctx.pick(["CPAP titration report", f"Titration - {p.surname}", "Titration to review"])
        fn = f"CPAP_titration_{_fn_name(p, r)}.docx"
        title = "CPAP Titration Report"
    else:
        paras = [f"Nom : {p.rev}", f"No de dossier : {fmt_mrn(p.mrn, 0)}", f"Date : {d_fr(night, 0)}",
                 "Indication : titrage de PPC pour SAHOS modéré à sévère", f"Interface : {MASKS[mask]}",
                 "## Paliers de titrage"]
        table = [["Pression", "Durée (min)", "IAH (/h)", "SpO2 min"]] + steps
        tail = ["## Conclusion",
                f"Pression optimale de PPC : {opt} cmH2O, IAH résiduel {fr_num(res)}/h incluant sommeil paradoxal "
                "en décubitus dorsal. Fuites buccales légères; mentonnière offerte.",
                f"Analysé par {ctx.who(tech, 'fr', False)}."]
        body = [ctx.greet("fr", md), "", ctx.pick(["Rapport de titrage ci-joint.",
                                                  f"Voici le titrage PPC de {p.title_fr()} {p.surname}.",
                                                  "Titrage de cette nuit en pièce jointe, à réviser."]),
                "", ctx.sig(tech, "fr")]
        subj = ctx.pick(["Rapport de titrage PPC", f"Titrage {p.surname}", "Titrage à réviser"])
        fn = f"Titrage_PPC_{_fn_name(p, r)}.docx"
        title = "Rapport de titrage PPC"
    doc = A.make_docx(title, paras + tail, table=table, author=ctx.who(tech, lang, False),
                      table_after=len(paras))
    T = ["patient_name", "mrn", "diagnosis", "lab_result"]
    return dict(cat="titration_docx", lang=lang, types=order_types(T),
                note="CPAP titration report in DOCX", subject=subj, **{"from": ctx.frm(tech)},
                to=[ctx.frm(md)], date=dt, text="\n".join(body),
                atts=[dict(kind="docx", data=doc, filename=fn)])


# 5 --------------------------------------------------------------------------
def vendor_order(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 2 else "en"
    p = ctx.pools.patient()
    vend = ctx.pick(["somnoplus", "respidom", "medisom"])
    vn, vd, vp = VENDORS[vend]
    sender = ctx.pick(["lemieux", "frechette", "rousseau"])
    dt = ctx.when()
    lo, hi = r.choice([(5, 15), (6, 14), (7, 16), (4, 12)])
    m = r.randrange(len(MASKS))
    T = ["patient_name", "date_of_birth", "patient_contact", "diagnosis"]
    pdf_att = ctx.chance(0.5)
    if lang == "fr":
        info = [f"Patient : {p.full}", f"DDN : {dob_str(p.dob, 'fr', r)}", f"Adresse : {p.address}",
                f"Tél. : {p.phone}", f"Diagnostic : SAHOS (IAH {r.randrange(16, 60)}/h)",
                f"Ordonnance : APAP {lo}-{hi} cmH2O, humidificateur chauffant, {MASKS[m]}",
                "Prescripteur : " + ctx.who("vachon", "fr")]
        body = [f"Bonjour à l'équipe de {vn},", "",
                "Voici une nouvelle demande d'installation de PPC. Le patient souhaite être contacté en "
                "après-midi.", ""]
        if not pdf_att:
            body += info + [""]
        else:
            body += ["L'ordonnance signée est jointe.", ""]
        body += [ctx.thanks("fr"), ctx.sig(sender, "fr")]
        subj = ctx.pick(["Nouvelle demande d'installation PPC", f"Installation APAP - {p.surname}",
                         "Ordonnance PPC", "Demande d'équipement - clinique du sommeil"])
        fn = f"Ordonnance_PPC_{_fn_name(p, r)}.pdf"
    else:
        info = [f"Patient: {p.full}", f"Date of birth: {dob_str(p.dob, 'en', r)}", f"Address: {p.address}",
                f"Phone: {p.phone}", f"Diagnosis: obstructive sleep apnoea, AHI {r.randrange(16, 60)}/h",
                f"Rx: APAP {lo}-{hi} cmH2O, heated humidifier, {MASKS_EN[m]}",
                "Prescriber: " + ctx.who("okafor", "en")]
        body = [f"Hello {vn} team,", "", "New CPAP set-up request below. Patient prefers a morning call.", ""]
        body += (["Signed prescription attached.", ""] if pdf_att else info + [""])
        body += [ctx.thanks("en"), ctx.sig(sender, "en")]
        subj = ctx.pick(["New CPAP set-up", f"CPAP order - {p.surname}", "Equipment request"])
        fn = f"CPAP_Rx_{_fn_name(p, r)}.pdf"
    atts = []
    if pdf_att:
        atts.append(dict(kind="pdf", filename=fn, data=A.make_pdf(
            "Ordonnance - Clinique des troubles du sommeil" if lang == "fr" else "Prescription - Sleep Disorders Clinic",
            info + ["", "Signature : ____________________"], author=ctx.who("vachon", lang, False),
            compress=ctx.chance(0.5), header=HOSP)))
    return dict(cat="vendor_cpap_order", lang=lang, types=order_types(T),
                note="CPAP order sent to equipment vendor with home contact", subject=subj,
                **{"from": ctx.frm(sender)}, to=[("Service à la clientèle", f"installations@{vd}")],
                date=dt, text="\n".join(body), atts=atts)


# 6 --------------------------------------------------------------------------
def vendor_compliance(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 2 == 0 else "en"
    vend = ctx.pick(["somnoplus", "oxyvie", "respidom"])
    vn, vd, vp = VENDORS[vend]
    rep = ("Audrey Champagne", f"audrey.champagne@{vd}")
    dt = ctx.when()
    md = ctx.pick(["vachon", "okafor"])
    T = ["patient_name", "lab_result", "diagnosis"]
    if k % 3 == 2:
        # monthly XLSX for several patients
        rows = [["Nom", "Prénom", "Appareil", "Utilisation moy. (h)", "% nuits >= 4 h", "IAH résiduel",
                 "Fuite 95e (L/min)", "Commentaire"]]
        for _ in range(r.randrange(5, 9)):
            p = ctx.pools.patient()
            rows.append([p.surname, p.given, ctx.pick(["APAP", "PPC fixe", "BiPAP ST"]),
                         round(r.uniform(1.5, 7.8), 1), r.randrange(12, 98), round(r.uniform(0.8, 14), 1),
                         r.randrange(8, 55), ctx.pick(["", "SAHOS sévère, fuites buccales", "à revoir",
                                                       "intolérance masque", "SAHOS modéré, bon usage", ""])])
        rows[1][-1] = "SAHOS sévère, fuites buccales"
        x = A.make_xlsx([("Observance", rows)], author=rep[0])
        body = [ctx.greet(lang), "",
                ("Voici le rapport mensuel d'observance de vos patients suivis chez nous."
                 if lang == "fr" else "Please find the monthly compliance report for your patients."),
                "", rep[0], vn, vp]
        return dict(cat="vendor_compliance_xlsx", lang=lang, types=order_types(T),
                    note="vendor monthly compliance spreadsheet with names", subject=(
                        f"Rapport d'observance - {d_fr(dt.date(), 1)[:7]}" if lang == "fr" else
                        f"Compliance report {dt.strftime('%B %Y')}"),
                    **{"from": rep}, to=[ctx.frm("doucet")], cc=[ctx.frm(md)], date=dt,
                    text="\n".join(body),
                    atts=[dict(kind="xlsx", data=x, filename=f"Observance_{vend}_{dt.strftime('%Y-%m')}.xlsx")])
    p = ctx.pools.patient()
    use = round(r.uniform(1.2, 3.9), 1)
    nights = r.randrange(15, 62)
    res = round(r.uniform(6, 18), 1)
    nm = name_variant(p, lang, r, ["title", "full", "rev", "upper"])
    if lang == "fr":
        body = [ctx.greet("fr", md), "",
                f"Suivi d'observance pour {nm} (installé le {d_fr(ctx.earlier(dt, 30, 90), 0)}) :",
                f"- utilisation moyenne {fr_num(use)} h/nuit, {nights} % des nuits ≥ 4 h",
                f"- IAH résiduel {fr_num(res)}/h, fuites élevées (95e percentile {r.randrange(30, 60)} L/min)",
                "- se plaint de sécheresse buccale et d'aérophagie", "",
                "Nous suggérons un essai de masque facial et une baisse de la pression maximale. "
                "Pouvez-vous nous envoyer une nouvelle ordonnance si vous êtes d'accord?", "",
                rep[0], f"Inhalothérapeute, {vn}", vp]
        subj = ctx.pick([f"Observance PPC - {p.surname}", "Suivi d'observance", "Patient peu observant"])
    else:
        body = [ctx.greet("en", md), "",
                f"Compliance download for {nm}:",
                f"  average use {use} h/night, {nights}% of nights >= 4 h",
                f"  residual AHI {res}/h, large leak 95th pct {r.randrange(30, 60)} L/min", "",
                "Patient reports dry mouth and bloating. We would like to trial a full face mask and reduce "
                "max pressure; please send an updated order if you agree.", "", rep[0], vn, vp]
        subj = ctx.pick([f"CPAP compliance - {p.surname}", "Compliance follow-up", "Poor adherence"])
    return dict(cat="vendor_compliance", lang=lang, types=order_types(T),
                note="vendor compliance download for a named patient", subject=subj,
                **{"from": rep}, to=[ctx.frm(md)], date=dt, text="\n".join(body))


# 7 --------------------------------------------------------------------------
def mslt_result(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 2 == 0 else "en"
    p = ctx.pools.patient(ymin=1975, ymax=2006)
    md = "desrosiers"
    dt = ctx.when()
    lat = round(r.uniform(1.5, 7.5), 1)
    sorem = r.randrange(2, 5)
    hla = ctx.chance(0.6)
    T = ["patient_name", "lab_result", "diagnosis"]
    show_dob = ctx.chance(0.5)
    if show_dob:
        T.append("date_of_birth")
    nm = name_variant(p, lang, r)
    if lang == "fr":
        body = [ctx.greet("fr", "vachon"), "",
                f"Résultats du TILE pour {nm}" + (f" (né{'e' if p.sex == 'F' else ''} le {d_fr(p.dob, 0)})" if show_dob else "") + " :",
                f"- PSG la veille : TST {r.randrange(380, 450)} min, IAH {fr_num(round(r.uniform(0.5, 4), 1))}/h, "
                "latence REM 6 min (SOREMP nocturne)",
                f"- TILE : latence moyenne d'endormissement {fr_num(lat)} min, {sorem} SOREMP sur 5 siestes"]
        if hla:
            body.append("- HLA DQB1*06:02 positif")
        body += ["", ctx.pick(["Avec l'histoire de cataplexie franche, c'est compatible avec une narcolepsie de type 1.",
                               "En l'absence de cataplexie, je conclurais à une narcolepsie de type 2.",
                               "Tableau compatible avec une narcolepsie; hypersomnie idiopathique peu probable."]),
                "Je propose de débuter " + r.choice(NARCO_MEDS)[0] + " et de revoir dans 6 semaines. "
                "Il faudra aussi discuter de la conduite automobile.", "", ctx.sig(md, "fr")]
        subj = ctx.pick(["Résultats TILE", f"TILE {p.surname} - narcolepsie", "MSLT - résultats",
                         "Résultats PSG + TILE"])
        T.append("medication")
    else:
        body = [ctx.greet("en", "vachon"), "",
                f"MSLT results for {nm}" + (f", DOB {d_en(p.dob, 1)}" if show_dob else "") + ":",
                f"  Mean sleep latency {lat} min, SOREMPs {sorem}/5",
                f"  Preceding PSG: no significant sleep apnoea (AHI {round(r.uniform(0.5, 4), 1)}/h)"]
        if hla:
            body.append("  HLA-DQB1*06:02 positive")
        body += ["", "Consistent with narcolepsy. I will see the patient next week to discuss treatment options.",
                 "", ctx.sig(md, "en")]
        subj = ctx.pick(["MSLT results", f"MSLT - {p.surname}", "Narcolepsy work-up"])
    return dict(cat="mslt_narcolepsy", lang=lang, types=order_types(T),
                note="MSLT results establishing narcolepsy", subject=subj, **{"from": ctx.frm(md)},
                to=[ctx.frm("vachon")], date=dt, text="\n".join(body))


# 8 --------------------------------------------------------------------------
def narco_pharmacy(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 2 else "en"
    p = ctx.pools.nam_patient(want_child=False)
    dt = ctx.when()
    drug = r.choice(NARCO_MEDS)
    nam = fmt_nam(p.nam, r.choice([0, 1, 3, 4, 5]))
    T = ["ramq_nam", "patient_name", "medication", "diagnosis"]
    if lang == "fr":
        first = [ctx.greet("fr", "desrosiers"), "",
                 f"Nous avons reçu une ordonnance de {drug[0]} pour {p.title_fr()} {p.surname} "
                 f"({p.given}), NAM {nam}.",
                 "La RAMQ exige un formulaire de médicament d'exception avec la confirmation du diagnostic de "
                 "narcolepsie (TILE) et l'échec du modafinil. Pourriez-vous nous le faire parvenir par télécopieur "
                 "au (450) 555-0165?", "",
                 "La patiente prend aussi de la venlafaxine 150 mg — aucune interaction majeure, mais je voulais "
                 "vous en informer." if p.sex == "F" else
                 "Le patient prend aussi de la venlafaxine 150 mg — aucune interaction majeure, mais je voulais "
                 "vous en informer.", "", ctx.sig("laroche", "fr")]
        subj = ctx.pick(["Médicament d'exception - narcolepsie", f"Question ordonnance {p.surname}",
                         "Demande de formulaire RAMQ"])
        if ctx.chance(0.5):
            reply = [ctx.greet("fr", "laroche"), "",
                     "Formulaire envoyé ce matin. Le TILE date de l'an dernier (latence 3,1 min, 4 SOREMP).",
                     "", ctx.first("desrosiers")]
            text = "\n".join(reply) + "\n\n" + quote("\n".join(first),
                                                     f"Le {d_fr(dt.date(), 0)}, {ctx.who('laroche', 'fr', False)} a écrit :")
            T.append("lab_result")
            return dict(cat="narcolepsy_pharmacy", lang=lang, types=order_types(T),
                        note="pharmacist question on narcolepsy drug, reply with quote", subject="RE: " + subj,
                        **{"from": ctx.frm("desrosiers")}, to=[ctx.frm("laroche")], date=dt, text=text)
        text = "\n".join(first)
        return dict(cat="narcolepsy_pharmacy", lang=lang, types=order_types(T),
                    note="pharmacist question on narcolepsy drug", subject=subj, **{"from": ctx.frm("laroche")},
                    to=[ctx.frm("desrosiers")], date=dt, text=text)
    text = "\n".join([ctx.greet("en", "desrosiers"), "",
                      f"Re: {p.given} {p.surname}, RAMQ {nam}.",
                      f"The prescription for {drug[1]} needs an exception-drug request. Can you confirm the "
                      "narcolepsy diagnosis and prior trial of modafinil?", "", ctx.sig("laroche", "en")])
    return dict(cat="narcolepsy_pharmacy", lang=lang, types=order_types(T),
                note="pharmacy exception drug request", subject="Exception drug request",
                **{"from": ctx.frm("laroche")}, to=[ctx.frm("desrosiers")], date=dt, text=text)


# 9 --------------------------------------------------------------------------
def saaq_report(ctx, k):
    r = ctx.rng
    p = ctx.pools.nam_patient(want_child=False)
    md = ctx.pick(["vachon", "okafor"])
    dt = ctx.when()
    cls = ctx.pick(["1", "3", "4C", "5", "4B", "2"]) if p.age() < 70 else ctx.pick(["5", "5", "5 et 6A"])
    sfr, sen, iah = osa(r)
    nam = fmt_nam(p.nam, r.choice([0, 1, 2]))
    compliant = ctx.chance(0.5)
    lines = ["## Rapport médical - Société de l'assurance automobile du Québec",
             f"Nom : {p.surname}", f"Prénom : {p.given}", f"Sexe : {p.sex}",
             f"Date de naissance : {d_fr(p.dob, 1)}", f"No d'assurance maladie : {nam}",
             f"Classe(s) de permis : {cls}", "",
             "## Évaluation",
             f"Diagnostic : syndrome d'apnées obstructives du sommeil {sfr}, IAH {fr_num(iah)}/h.",
             ("Traité par PPC depuis " + d_fr(ctx.earlier(dt, 120, 400), 0) +
              f"; observance {r.randrange(78, 99)} % des nuits > 4 h; somnolence résolue (Epworth {r.randrange(3, 9)}/24)."
              if compliant else
              f"Non traité; refuse la PPC. Somnolence diurne excessive (Epworth {r.randrange(14, 22)}/24), "
              "deux épisodes d'endormissement au volant rapportés."),
             "", "## Recommandation",
             ("Aucune contre-indication à la conduite des véhicules de la classe indiquée. Réévaluation dans 12 mois."
              if compliant else
              "Conduite contre-indiquée jusqu'à traitement efficace documenté."),
             "", f"Médecin : {ctx.who(md, 'fr')}   Permis : {r.randrange(10000, 99999)}", "Signature : __________"]
    pdf = A.make_pdf("Rapport médical - conduite automobile", lines, author=ctx.who(md, "fr", False),
                     compress=ctx.chance(0.6))
    body = [ctx.pick(["Bonjour,", "Madame, Monsieur,"]), "",
            ctx.pick(["Veuillez trouver ci-joint le rapport médical demandé pour le dossier en titre.",
                      "Tel que demandé dans votre lettre, voici le rapport d'examen médical rempli.",
                      "Ci-joint le rapport médical complété."]), "",
            ctx.thanks("fr"), ctx.sig(md, "fr")]
    subj = ctx.pick([f"Rapport médical - {p.surname.upper()} {p.given}", "Rapport médical SAAQ",
                     f"Dossier conducteur {p.surname}", "Évaluation médicale - conduite"])
    T = ["ramq_nam", "date_of_birth", "patient_name", "diagnosis", "lab_result"]
    return dict(cat="saaq_report", lang="fr", types=order_types(T),
                note="driver fitness report to SAAQ as PDF", subject=subj, **{"from": ctx.frm(md)},
                to=[("Service de l'évaluation médicale", "evaluation.medicale@saaq-dossiers.example")],
                cc=[ctx.frm("rousseau")] if ctx.chance(0.5) else [], date=dt, text="\n".join(body),
                atts=[dict(kind="pdf", data=pdf, filename=f"SAAQ_rapport_medical_{_fn_name_acc(p, r)}.pdf")])


# 10 -------------------------------------------------------------------------
def saaq_patient_forward(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 2 else "en"
    p = ctx.pools.patient(sex="M" if ctx.chance(0.7) else "F")
    dt = ctx.when()
    md = ctx.pick(["vachon", "okafor"])
    T = ["patient_name", "diagnosis", "patient_contact", "social_information"]
    if lang == "fr":
        pm = ("Bonjour,\n\nJ'ai reçu une lettre de la SAAQ qui dit que mon permis classe 1 est suspendu tant que je "
              "n'ai pas de rapport du médecin pour mon apnée du sommeil. Je suis camionneur, sans mon permis je "
              "n'ai plus de revenu et je suis déjà en retard sur mon loyer. J'utilise la machine toutes les nuits "
              "depuis 2 mois. Est-ce que le docteur peut remplir le formulaire vite?\n\n"
              f"Vous pouvez me rejoindre au {p.phone}.\n\n{p.full}")
        body = [ctx.greet("fr", md), "", ctx.pick(["Courriel reçu du patient ce matin, voir plus bas.",
                                                  "Pour ton information, voir le message ci-dessous.",
                                                  "Peux-tu regarder? Le patient est assez inquiet."]), "",
                ctx.first("bilodeau"), "",
                f"---------- Message transféré ----------\nDe : {p.full} <{p.email}>\n"
                f"Date : {d_fr(dt.date(), 3)}\nÀ : clinique.sommeil@cisss-deuxrives.example\n"
                f"Objet : lettre SAAQ urgent\n\n{pm}"]
        subj = ctx.pick(["TR: lettre SAAQ urgent", "Fwd: lettre SAAQ urgent", "TR : lettre SAAQ urgent"])
    else:
        pm = ("Hello,\n\nI got a letter from the SAAQ saying my licence is suspended until my sleep doctor sends "
              "a report about my sleep apnea. I drive for a living and I'm now on EI, which barely covers rent. "
              "I've used the CPAP every night since March.\n\n"
              f"Please call me at {p.phone}.\nThanks, {p.given} {p.surname}")
        body = [ctx.greet("en", md), "", "See below from a patient - can you complete the form?", "",
                ctx.first("bilodeau"), "",
                f"-------- Forwarded Message --------\nFrom: {p.given} {p.surname} <{p.email}>\n"
                f"Subject: SAAQ letter\n\n{pm}"]
        subj = "Fwd: SAAQ letter"
    return dict(cat="saaq_patient_forward", lang=lang, types=order_types(T),
                note="patient's own mail about licence suspension forwarded", subject=subj,
                **{"from": ctx.frm("bilodeau")}, to=[ctx.frm(md)], date=dt, text="\n".join(body))


# 11 -------------------------------------------------------------------------
def oxygen_application(ctx, k):
    r = ctx.rng
    p = ctx.pools.nam_patient(want_child=False)
    dt = ctx.when()
    g = abg(r)
    nam = fmt_nam(p.nam, r.choice([0, 1, 2, 5, 6]))
    lang = "fr" if k % 4 != 3 else "en"
    T = ["ramq_nam", "patient_name", "lab_result", "diagnosis", "patient_contact"]
    dx = ctx.pick(["MPOC sévère (VEMS 32 %)", "fibrose pulmonaire idiopathique", "MPOC avec coeur pulmonaire",
                   "hypertension pulmonaire du groupe 3"])
    if lang == "fr":
        body = [ctx.greet("fr", "archambault"), "",
                f"Demande d'admission au programme d'oxygénothérapie à domicile pour {p.title_fr()} {p.full}.",
                f"NAM : {nam}", f"Adresse : {p.address}", f"Tél. : {p.phone}", "",
                f"Diagnostic : {dx}",
                f"Gaz artériel à l'air ambiant ({d_fr(ctx.earlier(dt, 2, 20), 1)}) : pH {fr_num(g['ph'])}, "
                f"PaCO2 {g['paco2']} mmHg, PaO2 {g['pao2']} mmHg, HCO3 {g['hco3']}, SaO2 {g['sat']} %",
                f"Deuxième gaz à 3 semaines : PaO2 {g['pao2'] + r.choice([-1, 0, 1])} mmHg",
                "Tabagisme : cessé depuis 2022 (confirmé par le patient et la famille)",
                f"Débit proposé : {ctx.pick(['1', '2', '2', '3'])} L/min au repos, 24 h/24", "",
                "Le patient demeure seul; sa fille passe tous les jours.", "",
                ctx.sig("paradis", "fr")]
        subj = ctx.pick(["Demande d'admission PROD", f"Admission oxygène - {p.surname}",
                         "Nouvelle demande oxygénothérapie à domicile"])
        T.append("social_information")
    else:
        body = [ctx.greet("en", "archambault"), "",
                f"Home oxygen application for {p.full}, RAMQ {nam}.",
                f"Address: {p.address} / phone {p.phone}", "",
                f"ABG on room air: pH {g['ph']}, PaCO2 {g['paco2']}, PaO2 {g['pao2']} mmHg, SaO2 {g['sat']}%.",
                "Diagnosis: severe COPD, non-smoker since 2022. Requesting 2 L/min continuous.", "",
                ctx.sig("paradis", "en")]
        subj = "Home O2 application"
    return dict(cat="oxygen_application", lang=lang, types=order_types(T),
                note="home oxygen programme application with ABG and NAM", subject=subj,
                **{"from": ctx.frm("paradis")}, to=[ctx.frm("archambault")], date=dt, text="\n".join(body))


# 12 -------------------------------------------------------------------------
def oxygen_renewal_xlsx(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    head = (["Nom", "Prénom", "NAM", "DDN", "Diagnostic", "Débit (L/min)", "SpO2 dernière visite",
             "Réévaluation due"] if lang == "fr" else
            ["Surname", "Given name", "RAMQ", "DOB", "Diagnosis", "Flow (L/min)", "Last SpO2", "Reassessment due"])
    rows = [head]
    n = r.randrange(4, 7)
    for _ in range(n):
        p = ctx.pools.nam_patient(want_child=False)
        rows.append([p.surname, p.given, p.nam, d_fr(p.dob, 1),
                     ctx.pick(["MPOC", "FPI", "MPOC + SAHOS", "HTP", "insuff. cardiaque"] if lang == "fr"
                              else ["COPD", "IPF", "COPD + OSA", "PH", "CHF"]),
                     ctx.pick([1, 1.5, 2, 2, 3, 4]), f"{r.randrange(84, 93)} %",
                     d_fr(ctx.later(dt, 5, 60), 1)])
    x = A.make_xlsx([("PROD" if lang == "fr" else "Home O2", rows)], author=ctx.who("archambault", lang, False))
    body = ([ctx.greet("fr"), "", "Voici la liste des réévaluations à prévoir pour les deux prochains mois. "
             "Merci de planifier les oxymétries.", "", ctx.sig("archambault", "fr")] if lang == "fr" else
            [ctx.greet("en"), "", "Attached is the list of home oxygen reassessments due in the next two months.",
             "", ctx.sig("archambault", "en")])
    fn = (f"Reevaluations_PROD_{dt.strftime('%Y-%m')}.xlsx" if lang == "fr" else
          f"HomeO2_reassessments_{dt.strftime('%Y-%m')}.xlsx")
    T = ["ramq_nam", "patient_name", "date_of_birth", "diagnosis", "lab_result"]
    return dict(cat="oxygen_list_xlsx", lang=lang, types=order_types(T),
                note="home oxygen reassessment list with NAMs", subject=(
                    "Réévaluations PROD à planifier" if lang == "fr" else "Home O2 reassessments due"),
                **{"from": ctx.frm("archambault")}, to=[ctx.frm("paradis"), ctx.frm("boivin")], date=dt,
                text="\n".join(body), atts=[dict(kind="xlsx", data=x, filename=fn)])


# 13 -------------------------------------------------------------------------
def psg_roster(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 1 else "en"
    dt = ctx.when()
    night = ctx.later(dt, 0, 3)
    n = r.randrange(4, 7)
    ind_fr = ["PSG diagnostique - suspicion SAHOS", "titrage PPC", "PSG + TILE demain (narcolepsie?)",
              "titrage BiPAP - SLA", "PSG - parasomnie (TCSP?)", "PSG split-night", "titrage O2 + PPC - MPOC",
              "PSG - MPJS / impatiences"]
    ind_en = ["diagnostic PSG - suspected OSA", "CPAP titration", "PSG + MSLT tomorrow (narcolepsy?)",
              "BiPAP titration - ALS", "PSG - parasomnia (RBD?)", "split-night", "O2 + CPAP titration - COPD",
              "PSG - PLMD / RLS"]
    notes_fr = ["", "", "fauteuil roulant", "O2 2 L/min", "diabétique - collation", "anglophone", "claustrophobe",
                "accompagnée de sa mère", ""]
    notes_en = ["", "", "wheelchair", "on O2 2 L/min", "diabetic - snack", "French only", "claustrophobic",
                "mother staying overnight", ""]
    rows = []
    for i in range(n):
        p = ctx.pools.patient()
        j = r.randrange(len(ind_fr))
        nm = name_variant(p, lang, r, ["rev", "full", "surname_given", "upper"])
        rows.append((i + 1, nm, p.age(), (ind_fr if lang == "fr" else ind_en)[j],
                     r.choice(notes_fr if lang == "fr" else notes_en), p.mrn))
    with_mrn = ctx.chance(0.5)
    T = ["patient_name", "diagnosis"] + (["mrn"] if with_mrn else [])
    if lang == "fr":
        lines = [ctx.greet("fr"), "", f"Horaire du laboratoire pour la nuit du {d_fr(night, 3)} :", ""]
        for c, nm, age, ind, note, mrn in rows:
            lines.append(f"Ch. {c} - {nm}, {age} ans" + (f" (dossier {mrn})" if with_mrn else "") +
                         f" - {ind}" + (f" - {note}" if note else ""))
        lines += ["", f"Techs : {ctx.first('giroux')} et {ctx.first('kerr')}. Arrivée des patients 20 h 30.", "",
                  ctx.sig("bilodeau", "fr")]
        subj = ctx.pick([f"Horaire labo nuit du {d_fr(night, 1)}", "Liste PSG ce soir", "Horaire du labo du sommeil"])
    else:
        lines = [ctx.greet("en"), "", f"Sleep lab list for {d_en(night, 3)}:", ""]
        for c, nm, age, ind, note, mrn in rows:
            lines.append(f"Room {c}: {nm} ({age}y)" + (f" MRN {mrn}" if with_mrn else "") + f" - {ind}" +
                         (f" - {note}" if note else ""))
        lines += ["", "Patients arrive at 20:30.", "", ctx.sig("bilodeau", "en")]
        subj = ctx.pick(["Tonight's sleep lab list", f"Lab schedule {d_en(night, 1)}"])
    html = None
    mode = None
    if ctx.chance(0.4):
        mode = "html"
        cap = ("Horaire du laboratoire du sommeil - " + d_fr(night, 1)) if lang == "fr" else (
            "Sleep lab schedule - " + d_en(night, 1))
        trs = "\n".join(
            f"<tr><td>{c}</td><td>{nm}</td><td>{age}</td><td>{mrn if with_mrn else ''}</td><td>{ind}</td><td>{note}</td></tr>"
            for c, nm, age, ind, note, mrn in rows)
        hd = ("<tr><th>Ch.</th><th>Patient</th><th>Âge</th><th>Dossier</th><th>Examen</th><th>Notes</th></tr>"
              if lang == "fr" else
              "<tr><th>Room</th><th>Patient</th><th>Age</th><th>MRN</th><th>Study</th><th>Notes</th></tr>")
        html = (f"<html><body><p>{cap}</p>\n<table border=\"1\" cellpadding=\"3\">\n{hd}\n{trs}\n</table>\n"
                f"<p>{ctx.who('bilodeau', lang, False)}</p></body></html>\n")
    return dict(cat="psg_roster", lang=lang, types=order_types(T),
                note="nightly sleep-lab roster with names and indications", subject=subj,
                **{"from": ctx.frm("bilodeau")}, to=[ctx.frm("giroux"), ctx.frm("kerr"), ctx.frm("lambert")],
                date=dt, text="\n".join(lines), html=html, mode=mode)


# 14 -------------------------------------------------------------------------
def night_handover(ctx, k):
    r = ctx.rng
    lang = "en" if k % 2 == 0 else "fr"
    dt = ctx.when()
    tech = ctx.pick(["kerr", "giroux", "sandhu"])
    ps = [ctx.pools.patient() for _ in range(3)]
    T = ["patient_name", "lab_result", "diagnosis"]
    if lang == "en":
        lines = ["Night report - sleep lab", "",
                 f"Rm 1 {ps[0].surname}: desaturated to {r.randrange(68, 79)}% in REM, went split-night at 02:10, "
                 f"CPAP up to {r.randrange(9, 14)} cm, AHI on CPAP {round(r.uniform(2, 6), 1)}. Slept ok after.",
                 f"Rm 2 {ps[1].given} {ps[1].surname}: frequent PVCs and a 9-beat run of VT at 03:40, asymptomatic. "
                 "Strip saved, paged resident on call, told to just document.",
                 f"Rm 3 {ps[2].surname}, {ps[2].given[0]}.: poor sleep (TST ~3 h), anxious, wants to go home early. "
                 "MSLT starts 08:00 - may not be valid.", "",
                 "Equipment: amp 4 flaky again, swapped to spare.", "", ctx.sig(tech, "en")]
        subj = ctx.pick(["Night report", "Overnight handover sleep lab", f"Handover {d_en(dt.date(), 1)}"])
    else:
        lines = ["Rapport de nuit - labo du sommeil", "",
                 f"Ch. 1 {ps[0].rev} : désaturation à {r.randrange(68, 79)} % en REM, passé en split-night à 1 h 50, "
                 f"PPC jusqu'à {r.randrange(9, 14)} cmH2O, IAH résiduel {fr_num(round(r.uniform(2, 6), 1))}.",
                 f"Ch. 2 {ps[1].full} : somnambulisme vers 3 h, s'est levé et arraché les électrodes; "
                 "vidéo conservée pour la Dre Vachon.",
                 f"Ch. 3 {ps[2].surname} : hypoglycémie 3,4 à 4 h, jus donné, glycémie 6,1 à 4 h 20.", "",
                 "Amplificateur 4 à vérifier.", "", ctx.sig(tech, "fr")]
        subj = ctx.pick(["Rapport de nuit", "Relève labo du sommeil", f"Relève {d_fr(dt.date(), 1)}"])
    return dict(cat="night_handover", lang=lang, types=order_types(T),
                note="overnight technologist handover with named events", subject=subj,
                **{"from": ctx.frm(tech)}, to=[ctx.frm("doucet"), ctx.frm("vachon")], date=dt, text="\n".join(lines))


# 15 -------------------------------------------------------------------------
def transport_request(ctx, k):
    r = ctx.rng
    lang = "fr"
    p = ctx.pools.patient(ymin=1930, ymax=1960)
    dt = ctx.when()
    day = ctx.later(dt, 3, 20)
    T = ["patient_name", "patient_contact", "diagnosis"]
    body = [ctx.greet("fr"), "",
            "Nous aurions besoin d'un transport adapté pour l'usager suivant :", "",
            f"Nom : {name_variant(p, 'fr', r, ['full', 'rev', 'title'])}",
            f"Adresse de départ : {p.address}", f"Téléphone : {p.phone}",
            f"Destination : {HOSP}, clinique du sommeil, 3e étage",
            f"Date : {d_fr(day, 3)} - arrivée 20 h 15, retour le lendemain 7 h 30",
            "Particularités : " + ctx.pick(["fauteuil roulant, oxygène 2 L/min en continu (MPOC), apporter cylindre",
                                             "marchette, hémiplégie gauche post-AVC, aphasie légère",
                                             "démence légère, accompagnée de sa fille",
                                             "obésité morbide (180 kg) - civière bariatrique requise"]),
            "", ctx.thanks("fr"), ctx.sig(ctx.pick(["bilodeau", "rousseau"]), "fr")]
    subj = ctx.pick(["Demande de transport adapté", f"Transport - {p.surname} - {d_fr(day, 1)}",
                     "Réservation transport - labo du sommeil"])
    return dict(cat="transport_request", lang=lang, types=order_types(T),
                note="adapted transport booking with home address and condition", subject=subj,
                **{"from": ctx.frm("bilodeau")}, to=[("Transport adapté", "reservations@transport-deuxrives.example")],
                date=dt, text="\n".join(body))


BUILDERS_A = [
    (referral_psg, 4), (consult_reply, 3), (hsat_pdf, 4), (titration_docx, 3), (vendor_order, 4),
    (vendor_compliance, 3), (mslt_result, 3), (narco_pharmacy, 3), (saaq_report, 4),
    (saaq_patient_forward, 3), (oxygen_application, 3), (oxygen_renewal_xlsx, 2), (psg_roster, 3),
    (night_handover, 2), (transport_request, 2),
]
