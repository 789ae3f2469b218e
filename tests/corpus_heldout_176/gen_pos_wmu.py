"""Positive templates, part 2: withdrawal management unit, hospital liaison, consults, bookings."""
import datetime

import gen_attach as A
import gen_common as C
import gen_mime as M
from gen_tpl import L, who, ext, pname, dob, idblock, mrn, quote, outlook_quote, forward, earlier, inner_message, \
    spec, html_table, text_table, wrap_html

SUBST_FR = ["alcool", "alcool + benzodiazépines", "fentanyl", "opioïdes (hydromorphone de rue)", "GHB", "alcool",
            "méthamphétamine + fentanyl", "prégabaline + alcool"]
SUBST_EN = ["alcohol", "alcohol + benzos", "fentanyl", "opioids (street hydromorphone)", "GHB", "alcohol",
            "meth + fentanyl", "pregabalin + alcohol"]


def _census_row(ctx, i, lang):
    r = ctx.rng
    p = ctx.patient(with_nam=False, lang=lang)
    s = r.randrange(len(SUBST_FR))
    subst = SUBST_FR[s] if lang == "fr" else SUBST_EN[s]
    score = ("CIWA %d" % r.randint(3, 22)) if any(w in subst for w in ("alco", "GHB", "benzo", "prég", "preg")) \
        else ("COWS %d" % r.randint(2, 18))
    plan = r.choice(L(ctx, ["diazépam selon CIWA", "induction bup J2", "métha 30 mg J1", "congé prévu demain",
                            "attente lit Osiris", "thiamine IV, K+ à 3,1", "clonidine + lopéramide", "cellulite avant-bras, céfazoline"],
                      ["diazepam per CIWA", "bup induction D2", "methadone 30 mg D1", "d/c planned tomorrow",
                       "awaiting Osiris bed", "IV thiamine, K 3.1", "clonidine + loperamide", "forearm cellulitis, cefazolin"]))
    name = C.name_form(r, p, lang, ["upper_comma", "sur_first", "initial", "full"])
    return [str(100 + i + r.randint(0, 3) * 0), name, subst, score, plan]


def t_census(ctx):
    r = ctx.rng
    n = r.randint(5, 9)
    ctx.t("patient_name", "diagnosis", "medication")
    hdr = [L(ctx, "Lit", "Bed"), L(ctx, "Nom", "Name"), L(ctx, "Substance", "Substance"), L(ctx, "Score", "Score"),
           L(ctx, "Plan", "Plan")]
    rows = [hdr] + [_census_row(ctx, i + 1, ctx.lang) for i in range(n)]
    for i, row in enumerate(rows[1:]):
        row[0] = str(201 + i)
    plans = " ".join(row[4] for row in rows[1:])
    if "K" in plans:
        ctx.t("lab_result")
    else:
        ctx.types.discard("lab_result")
    if not any(w in plans for w in ("diazépam", "diazepam", "bup", "métha", "methadone", "thiamine", "clonidine", "céfazoline", "cefazolin")):
        rows[1][4] = L(ctx, "diazépam selon CIWA", "diazepam per CIWA")
    withmrn = r.random() < 0.5
    if withmrn:
        hdr.insert(2, L(ctx, "Dossier", "MRN"))
        for row in rows[1:]:
            row.insert(2, mrn(ctx, "a"))
    charge = ctx.staff(role="nurse")
    mode = r.choice(["text", "html", "xlsx", "csv"])
    d = ctx.date
    if ctx.lang == "fr":
        pre = "Bonjour,\n\nListe des patients de l'unité de sevrage au %s, quart de %s. Admissions prévues : %d." % (
            d.isoformat(), r.choice(["jour", "soir", "nuit"]), r.randint(0, 3))
        post = "Bon quart!\n" + charge[1]
        subj = r.choice(["Liste patients unité de sevrage", "Relève — unité de sevrage %s" % d.strftime("%d/%m"), "Census USE"])
    else:
        pre = "Hi all,\n\nWMU census as of %s, %s shift. Expected admissions: %d." % (
            d.isoformat(), r.choice(["day", "evening", "night"]), r.randint(0, 3))
        post = "Have a good shift!\n" + charge[1]
        subj = r.choice(["WMU census", "Sign-out - WMU %s" % d.strftime("%b %d"), "WMU handover list"])
    atts, html = [], None
    if mode == "text":
        body = pre + "\n\n" + text_table(rows) + "\n\n" + post
    elif mode == "html":
        body = pre + "\n\n" + text_table(rows) + "\n\n" + post
        html = wrap_html(ctx, pre, html_table(rows), post)
    elif mode == "xlsx":
        body = pre + "\n" + L(ctx, "Liste en pièce jointe.", "List attached.") + "\n\n" + post
        atts.append(M.Att("xlsx", L(ctx, "liste_USE_%s.xlsx", "WMU_census_%s.xlsx") % d.strftime("%Y%m%d"),
                          A.xlsx([("Census", rows)], author=C.staff_name(charge))))
    else:
        body = pre + "\n" + L(ctx, "Liste en pièce jointe (CSV).", "List attached (CSV).") + "\n\n" + post
        atts.append(M.Att("csv", "census_%s.csv" % d.strftime("%Y%m%d"), A.csv_text(rows)))
    to = [ext(L(ctx, "Équipe unité de sevrage", "WMU team"), "use-equipe", C.DOM)]
    return spec(ctx, "census", L(ctx, "liste des patients de l'unité de sevrage", "withdrawal unit census"),
                who(charge), to, subj, body, attachments=atts, html=html)


def t_wmu_admission(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam, need="elder_ok")
    hosp, hdom = ctx.pick(C.HOSPITALS)
    ed = ext(r.choice(["Dre Laurie Fontaine (urgence)", "Dr. Sean Whitcombe", "Inf. Marco Ricci, liaison"]), "liaison.urgence", hdom)
    ctx.t("diagnosis", "lab_result", "medication")
    ggt, mcv, alc = r.randint(90, 640), r.randint(97, 108), r.randint(20, 68)
    ciwa = r.randint(8, 19)
    nm = pname(ctx, p)
    soc = r.random() < 0.6
    if soc:
        ctx.t("social_information")
    if ctx.lang == "fr":
        body = ("Bonjour l'unité de sevrage,\n\nDemande d'admission pour %s.\n\n%s\n\n"
                "Motif : sevrage d'alcool, consommation ~%d consommations/jour depuis 3 ans. ATCD de convulsions de sevrage (2021).\n"
                "Éthanolémie à l'arrivée : %d mmol/L. GGT %d, VGM %d, plaquettes 112. Lipase N.\n"
                "CIWA-Ar %d à 6 h; reçu diazépam 20 mg x 3. Thiamine 300 mg IM donnée.\n"
                "%s\nStable pour transfert ce soir si lit disponible.\n\n%s\n%s" % (
                    nm, idblock(ctx, p, want_mrn=True), r.randint(15, 30), alc, ggt, mcv, ciwa,
                    "Social : sans domicile fixe depuis 2 mois, dort au Refuge Le Phare; aide sociale." if soc else "",
                    ed[0], hosp))
        subj = r.choice(["Demande d'admission — sevrage alcool", "Transfert urgence -> unité de sevrage", "Admission USE ce soir?"])
    else:
        body = ("Hello WMU,\n\nAdmission request for %s.\n\n%s\n\n"
                "Reason: alcohol withdrawal, ~%d drinks/day x 3 years. Hx of withdrawal seizures (2021).\n"
                "Serum ethanol on arrival %d mmol/L. GGT %d, MCV %d, plt 112. Lipase N.\n"
                "CIWA-Ar %d at 0600; got diazepam 20 mg x 3. Thiamine 300 mg IM given.\n"
                "%s\nStable for transfer tonight if a bed is available.\n\n%s\n%s" % (
                    nm, idblock(ctx, p, want_mrn=True), r.randint(15, 30), alc, ggt, mcv, ciwa,
                    "Social: no fixed address x 2 months, staying at Le Phare shelter; on income assistance." if soc else "",
                    ed[0], hosp))
        subj = r.choice(["Admission request - alcohol withdrawal", "ED to WMU transfer", "WMU bed tonight?"])
    return spec(ctx, "wmu_admission", L(ctx, "demande d'admission en sevrage", "withdrawal unit admission request"),
                ed, [ext(L(ctx, "Unité de sevrage", "Withdrawal Management Unit"), "use", C.DOM)], subj, body)


def t_wmu_discharge(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    md = ctx.staff(role="md")
    adm = ctx.date - datetime.timedelta(days=r.randint(4, 9))
    ctx.t("diagnosis", "medication", "lab_result")
    soc = r.random() < 0.5
    if soc:
        ctx.t("social_information")
    ctx.pdf_mode = True
    ident = idblock(ctx, p, layout="lines", want_mrn=True)
    if ctx.lang == "fr":
        lines = [("h", "RÉSUMÉ DE CONGÉ — UNITÉ DE SEVRAGE"), ""] + ident.split("\n") + [
            "Admission : %s    Congé : %s" % (adm.isoformat(), ctx.date.isoformat()), "",
            ("h", "Diagnostics"), "1. Sevrage d'opioïdes (fentanyl) compliqué de vomissements",
            "2. Trouble lié à l'usage des opioïdes, sévère", "3. Hépatite C chronique (ARN VHC détectable 2023)",
            ("h", "Évolution"), "Induction buprénorphine-naloxone J1 %s; COWS max 14." % adm.isoformat(),
            "Cellulite avant-bras D traitée par céphalexine 500 mg QID x 7 j.",
            "Bilan : ALT %d, AST %d, créatinine %d, HbA1c 5,4 %%." % (r.randint(40, 160), r.randint(35, 130), r.randint(55, 90)),
            ("h", "Médication au congé"), "Suboxone 16 mg/4 mg SL DIE (prise observée, 0 carry)",
            "Céphalexine 500 mg QID jusqu'au %s" % (ctx.date + datetime.timedelta(days=3)).isoformat(),
            "Trousse de naloxone remise", ("h", "Suivi"), "Clinique TAO le %s avec %s %s." % (
                (ctx.date + datetime.timedelta(days=2)).isoformat(), md[0], C.staff_name(md))]
        if soc:
            lines += ["Hébergement : retour à la Maison Osiris (place confirmée jusqu'au 30 du mois)."]
        body = "Bonjour,\n\nVeuillez trouver ci-joint le résumé de congé.\n\n" + C.signature(md, "fr", "Unité de sevrage")
        subj = r.choice(["Résumé de congé", "Congé unité de sevrage — résumé", "Résumé de congé USE"])
        fn = r.choice(["resume_conge.pdf", "Résumé de congé %s.pdf" % ctx.date.strftime("%Y-%m-%d"), "conge_USE.pdf"])
    else:
        lines = [("h", "DISCHARGE SUMMARY - WITHDRAWAL MANAGEMENT UNIT"), ""] + ident.split("\n") + [
            "Admitted: %s    Discharged: %s" % (adm.isoformat(), ctx.date.isoformat()), "",
            ("h", "Diagnoses"), "1. Opioid (fentanyl) withdrawal with vomiting", "2. Opioid use disorder, severe",
            "3. Chronic hepatitis C (HCV RNA detectable 2023)",
            ("h", "Course"), "Buprenorphine-naloxone induction D1 %s; max COWS 14." % adm.isoformat(),
            "Right forearm cellulitis treated with cephalexin 500 mg QID x 7 d.",
            "Labs: ALT %d, AST %d, creatinine %d, HbA1c 5.4%%." % (r.randint(40, 160), r.randint(35, 130), r.randint(55, 90)),
            ("h", "Discharge medications"), "Suboxone 16 mg/4 mg SL daily (witnessed, no carries)",
            "Cephalexin 500 mg QID until %s" % (ctx.date + datetime.timedelta(days=3)).isoformat(),
            "Naloxone kit provided", ("h", "Follow-up"), "OAT clinic on %s with %s %s." % (
                (ctx.date + datetime.timedelta(days=2)).isoformat(), md[0], C.staff_name(md))]
        if soc:
            lines += ["Housing: returning to Maison Osiris (bed confirmed to end of month)."]
        body = "Hello,\n\nPlease find the discharge summary attached.\n\n" + C.signature(md, "en", "Withdrawal Management Unit")
        subj = r.choice(["Discharge summary", "WMU discharge summary", "D/C summary"])
        fn = r.choice(["discharge_summary.pdf", "DC summary %s.pdf" % ctx.date.strftime("%Y-%m-%d"), "WMU_dc.pdf"])
    fam = ext(r.choice(["Dre Chloé Marchand", "Dr. Owen Pruitt", "GMF des Berges"]), "secretariat", "gmfberges.example")
    return spec(ctx, "discharge_summary", L(ctx, "résumé de congé en PDF", "discharge summary PDF"),
                who(md), [fam], subj, body, attachments=[M.Att("pdf", fn, A.pdf(lines, title="Discharge"))])


def t_transport(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    clerk = ctx.staff(role="clerk")
    ctx.t("patient_contact")
    addr = C.home_address(r, ctx.lang)
    tel = C.phone(r)
    when = datetime.datetime.combine(ctx.date + datetime.timedelta(days=r.randint(1, 4)), datetime.time(r.choice([7, 8, 9]), 30))
    dest = r.choice(L(ctx, ["Unité de sevrage (pavillon B, 2e)", "Clinique TAO", "Clinique d'hépatologie, Hôpital Sainte-Claire"],
                      ["Withdrawal unit (pavilion B, 2nd floor)", "OAT clinic", "Hepatology clinic, Hôpital Sainte-Claire"]))
    ctx.t("diagnosis" if "sevrage" in dest or "Withdrawal" in dest or "hépatologie" in dest.lower() or "Hepatology" in dest else "medication")
    reason = L(ctx, ("Admission planifiée pour sevrage d'alcool" if "sevrage" in dest else
                     "Suivi hépatite C (début traitement)" if "hépatologie" in dest else "Induction méthadone J1"),
               ("Planned admission for alcohol withdrawal" if "Withdrawal" in dest else
                "Hepatitis C follow-up (treatment start)" if "Hepatology" in dest else "Methadone induction day 1"))
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nDemande de transport adapté / taxi payé par l'établissement.\n\n%s\n"
                "Adresse de départ : %s\nTéléphone : %s\nDate/heure : %s\nDestination : %s\nMotif : %s\n"
                "Particularités : %s\n\nMerci,\n%s" % (
                    idblock(ctx, p, layout="lines"), addr, tel, when.strftime("%Y-%m-%d %H:%M"), dest, reason,
                    r.choice(["marchette", "aucune", "accompagné(e) de son chien d'assistance", "appeler 10 min avant, pas d'interphone"]),
                    C.signature(clerk, "fr")))
        subj = r.choice(["Demande de transport", "Transport — %s" % when.strftime("%d/%m"), "Réservation taxi patient"])
    else:
        body = ("Hello,\n\nTransport request (taxi voucher, billed to the centre).\n\n%s\n"
                "Pick-up address: %s\nPhone: %s\nDate/time: %s\nDestination: %s\nReason: %s\nNotes: %s\n\nThanks,\n%s" % (
                    idblock(ctx, p, layout="lines"), addr, tel, when.strftime("%Y-%m-%d %H:%M"), dest, reason,
                    r.choice(["walker", "none", "travels with service dog", "call 10 min ahead, no buzzer"]),
                    C.signature(clerk, "en")))
        subj = r.choice(["Transport request", "Transport - %s" % when.strftime("%b %d"), "Patient taxi booking"])
    return spec(ctx, "transport", L(ctx, "demande de transport pour patient", "patient transport request"),
                who(clerk), [ext(L(ctx, "Centrale de transport", "Transport desk"), "transport", "cisss-riveest.example")],
                subj, body)


def t_psych_consult(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    md = ctx.staff(role="md")
    psy = ext(L(ctx, "Dr Luc Sirois", "Dr. Nikhil Varma"), "psy-toxico", C.DOM)
    ctx.t("diagnosis", "medication")
    soc = r.random() < 0.5
    if soc:
        ctx.t("social_information")
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nDemande de consultation en psychiatrie des toxicomanies.\n\n%s\n\n"
                "Question : humeur dépressive depuis 3 mois, idées suicidaires passives sans plan, insomnie. "
                "Antécédent de TS par surdose en 2019. Sous méthadone %d mg, stable. Consomme du clonazépam de rue "
                "2-4 mg/j. Essai de sertraline 50 mg il y a 2 ans, cessé pour effets secondaires.\n%s\n"
                "PHQ-9 : %d. Priorité : semi-urgente (2 semaines).\n\n%s" % (
                    idblock(ctx, p, layout=r.choice(["lines", "inline"])), r.choice([70, 85, 95, 110]),
                    "Contexte : séparation récente, perte d'emploi, dort chez sa mère." if soc else "", r.randint(14, 23),
                    C.signature(md, "fr")))
        subj = r.choice(["Demande de consultation psychiatrie", "Consultation — humeur et benzos", "Réf. psy toxico"])
    else:
        body = ("Hello,\n\nConsult request to addiction psychiatry.\n\n%s\n\n"
                "Question: depressed mood x 3 months, passive SI without plan, insomnia. Past suicide attempt by overdose "
                "(2019). On methadone %d mg, stable. Using street clonazepam 2-4 mg/day. Sertraline 50 mg trial 2 years "
                "ago, stopped for side effects.\n%s\nPHQ-9: %d. Priority: semi-urgent (2 weeks).\n\n%s" % (
                    idblock(ctx, p, layout=r.choice(["lines", "inline"])), r.choice([70, 85, 95, 110]),
                    "Context: recent separation, lost job, staying at mother's." if soc else "", r.randint(14, 23),
                    C.signature(md, "en")))
        subj = r.choice(["Psychiatry consult request", "Consult - mood and benzos", "Addiction psych referral"])
    return spec(ctx, "consult", L(ctx, "demande de consultation psychiatrique", "psychiatry consult request"),
                who(md), [psy], subj, body)


def t_pregnancy(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam, need="mother")
    if not p.nam:
        p.sex = "F"
        p.given = r.choice(C.FR_GIVEN_F if ctx.lang == "fr" else C.EN_GIVEN_F)
    md = ctx.staff(role="md")
    ob = ext(L(ctx, "Dre Amélie Roussin (obstétrique)", "Dr. Fiona Galbraith (Obstetrics)"), "obstetrique", C.HOSPITALS[1][1])
    ctx.t("diagnosis", "medication", "lab_result")
    wk = r.randint(14, 32)
    edd = ctx.date + datetime.timedelta(weeks=40 - wk)
    if ctx.lang == "fr":
        body = ("Bonjour Dre Roussin,\n\nJe vous réfère %s, enceinte de %d semaines (DPA %s), suivie à notre clinique pour "
                "un TUO sous buprénorphine-naloxone %d mg SL DIE.\n\n%s\n\nSérologies : VHC anticorps +, ARN indétectable; "
                "VIH nég.; syphilis nég. DAU des 3 derniers mois négatifs sauf cannabis.\nElle souhaite allaiter. "
                "Merci d'aviser la néonatologie pour le protocole de surveillance du SAN.\n\n%s" % (
                    pname(ctx, p, ["title_full", "full"]), wk, edd.isoformat(), r.choice([8, 12, 16]),
                    idblock(ctx, p, layout="lines"), C.signature(md, "fr")))
        subj = r.choice(["Référence obstétrique — grossesse sous TAO", "Grossesse et buprénorphine — référence"])
    else:
        body = ("Dear Dr. Galbraith,\n\nReferring %s, %d weeks pregnant (EDD %s), followed here for OUD on "
                "buprenorphine-naloxone %d mg SL daily.\n\n%s\n\nSerology: HCV Ab +, RNA undetectable; HIV neg; syphilis neg. "
                "UDS negative x 3 months except THC.\nShe plans to breastfeed. Please notify NICU re NAS monitoring.\n\n%s" % (
                    pname(ctx, p, ["title_full", "full"]), wk, edd.isoformat(), r.choice([8, 12, 16]),
                    idblock(ctx, p, layout="lines"), C.signature(md, "en")))
        subj = r.choice(["Obstetric referral - pregnancy on OAT", "Pregnancy and buprenorphine - referral"])
    return spec(ctx, "referral", L(ctx, "référence en obstétrique", "obstetric referral"), who(md), [ob], subj, body)


def t_overdose_alert(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    hosp, hdom = ctx.pick(C.HOSPITALS)
    liaison = ext(r.choice(["Infirmière de liaison en dépendance", "Addiction liaison nurse"]), "liaison.dependance", hdom)
    rn = ctx.staff(role="nurse")
    ctx.t("diagnosis", "medication")
    t = earlier(ctx, 6, 30)
    if ctx.lang == "fr":
        inner = ("Bonjour,\n\nVotre patient(e) %s s'est présenté(e) à l'urgence de %s le %s vers %02dh pour surdose "
                 "(fentanyl présumé), naloxone 0,4 mg IN x 2 par les ambulanciers, puis 0,4 mg IV. Observé(e) 6 h, "
                 "quitté(e) contre avis médical.\n%s\nIl/elle dit recevoir méthadone à votre clinique. "
                 "Pouvez-vous faire un suivi rapide?\n\n%s, %s" % (
                     pname(ctx, p), hosp, t.date().isoformat(), t.hour, idblock(ctx, p, layout="inline", want_mrn=True),
                     liaison[0], hosp))
        top = r.choice(["Je m'en occupe — je l'appelle ce matin et je préviens la pharmacie de ne pas servir la dose complète.",
                        "Pour info. Dossier vu en réunion ce matin."])
        subj = "Re: Surdose — visite à l'urgence"
    else:
        inner = ("Hello,\n\nYour patient %s presented to %s ED on %s around %02d:00 with an overdose (presumed fentanyl), "
                 "naloxone 0.4 mg IN x 2 by paramedics, then 0.4 mg IV. Observed 6 h, left AMA.\n%s\n"
                 "Reports getting methadone from your clinic. Could you follow up soon?\n\n%s, %s" % (
                     pname(ctx, p), hosp, t.date().isoformat(), t.hour, idblock(ctx, p, layout="inline", want_mrn=True),
                     liaison[0], hosp))
        top = r.choice(["I'll take it - calling them this morning and telling pharmacy not to dispense the full dose.",
                        "FYI. Discussed at rounds this morning."])
        subj = "Re: Overdose - ED visit"
    body = top + "\n\n" + rn[1] + "\n" + outlook_quote(ctx, inner, liaison, (L(ctx, "Clinique TAO", "OAT clinic"), "tao@" + C.DOM),
                                                       t, subj[4:])
    return spec(ctx, "overdose_followup", L(ctx, "suivi d'une visite à l'urgence pour surdose", "ED overdose follow-up"),
                who(rn), [liaison], subj, body, reply_to_id=ctx.msgid("orig"))


def t_fwd_eml(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    pn, pd, ptel = ctx.pick(C.PHARMACIES)
    ph = ext(r.choice(["Sébastien Lord, pharmacien", "Ines Barros, RPh", "Pharmacie — labo"]), "labo", pd)
    rn = ctx.staff(role="nurse")
    md = ctx.staff(exclude=[rn], role="md")
    ctx.t("medication")
    t = earlier(ctx, 3, 20)
    nm = pname(ctx, p)
    if ctx.lang == "fr":
        itext = ("Bonjour,\n\n%s s'est présenté(e) à 17 h 50 en état d'intoxication apparente (somnolent(e), "
                 "élocution pâteuse). Nous n'avons pas servi la dose de méthadone %d mg. Il/elle dit avoir pris "
                 "\"2 pilules pour dormir\".\n%s\n\nMerci d'aviser le médecin.\n%s\n%s, %s" % (
                     nm, r.choice([60, 80, 100]), idblock(ctx, p, layout="lines") if p.nam else "", ph[0], pn, ptel))
        isub = "Dose non servie — intoxication"
        body = "Dr %s,\n\nVoir le courriel de la pharmacie en pièce jointe. On le/la voit demain à 9 h?\n\n%s" % (md[2], rn[1])
        subj = "TR: Dose non servie — intoxication"
    else:
        itext = ("Hello,\n\n%s came in at 5:50 pm appearing intoxicated (drowsy, slurred speech). We did not dispense the "
                 "methadone %d mg dose. Says they took \"2 sleeping pills\".\n%s\n\nPlease let the physician know.\n%s\n%s, %s" % (
                     nm, r.choice([60, 80, 100]), idblock(ctx, p, layout="lines") if p.nam else "", ph[0], pn, ptel))
        isub = "Dose held - intoxication"
        body = "Dr. %s,\n\nSee the pharmacy e-mail attached. Can we see them tomorrow at 9?\n\n%s" % (md[2], rn[1])
        subj = "FW: Dose held - intoxication"
    eml = inner_message(ctx, ph, [ext(L(ctx, "Clinique TAO", "OAT clinic"), "tao", C.DOM)], isub, itext, t)
    fn = r.choice(["%s.eml" % isub, "message.eml", "pharmacie.eml" if ctx.lang == "fr" else "pharmacy.eml"])
    return spec(ctx, "forwarded_message", L(ctx, "courriel de pharmacie joint en .eml", "pharmacy e-mail attached as .eml"),
                who(rn), [who(md)], subj, body, attachments=[M.Att("eml", fn, eml)])


def t_intake(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=ctx.use_nam)
    clerk = ctx.staff(role="clerk")
    ctx.t("patient_contact", "diagnosis")
    tel = C.phone(r)
    when = datetime.datetime.combine(ctx.date + datetime.timedelta(days=r.randint(2, 10)),
                                     datetime.time(r.choice([8, 9, 10, 13]), r.choice([0, 30])))
    src = r.choice(L(ctx, ["auto-référence par téléphone", "référé par le GMF des Berges", "référé par l'équipe de proximité"],
                     ["self-referral by phone", "referred by GMF des Berges", "referred by outreach team"]))
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nNouvelle demande de service (%s).\n\n%s\nTél. cell. : %s (laisser message OK)\n\n"
                "Motif : TUO — consomme fentanyl fumé quotidiennement depuis ~2 ans, souhaite débuter un TAO. "
                "Pas d'assurance privée.\nRendez-vous d'évaluation donné : %s avec l'infirmière d'accueil.\n\n%s" % (
                    src, idblock(ctx, p, layout="lines"), tel, when.strftime("%Y-%m-%d %H:%M"), C.signature(clerk, "fr")))
        subj = r.choice(["Nouvelle demande — accueil TAO", "Accueil : nouveau RDV d'évaluation", "Demande de service TAO"])
    else:
        body = ("Hi,\n\nNew intake (%s).\n\n%s\nCell: %s (OK to leave message)\n\n"
                "Reason: OUD - smoking fentanyl daily x ~2 yrs, wants to start OAT. No private insurance.\n"
                "Assessment booked: %s with intake nurse.\n\n%s" % (
                    src, idblock(ctx, p, layout="lines"), tel, when.strftime("%Y-%m-%d %H:%M"), C.signature(clerk, "en")))
        subj = r.choice(["New intake - OAT", "Intake: assessment booked", "OAT service request"])
    return spec(ctx, "intake", L(ctx, "nouvelle demande de service avec rendez-vous", "new intake with appointment"),
                who(clerk), [ext(L(ctx, "Accueil infirmier", "Intake nurse"), "accueil-tao", C.DOM)], subj, body)


TEMPLATES = [t_census, t_wmu_admission, t_wmu_discharge, t_transport, t_psych_consult, t_pregnancy,
             t_overdose_alert, t_fwd_eml, t_intake]
