# -*- coding: utf-8 -*-
"""Positive templates, part A: anticoagulation clinic day-to-day mail."""
import datetime

from gen_common import (ANTICOAG, COMMUNITY_PHARMACIES, COMORBID, GMFS, INDICATIONS, OTHER_MEDS,
                        fmt_date, phone, sex_label, strip_accents)
from gen_docs import make_csv, make_docx, make_pdf, make_xlsx
from gen_text import (Acc, clinic_mail, closing, earlier, fill_quote, future_day, greet, num,
                      quote_reply, signature, site_info, slug, staff_display, warfarin_week)


def L(lang, fr, en):
    return fr if lang == "fr" else en


FEMALE_MD = {"Annie", "Sophie", "Caroline", "Josianne"}


def drt(given, lang):
    """Title for a community physician, from the given name."""
    if lang == "fr":
        return "Dre" if given in FEMALE_MD else "Dr"
    return "Dr."


def med(key, lang, pool=ANTICOAG + OTHER_MEDS):
    for k, fr, en in pool:
        if k == key:
            return fr if lang == "fr" else en
    raise KeyError(key)


def pick(rng, pool, lang):
    k, fr, en = rng.choice(pool)
    return k, (fr if lang == "fr" else en)


def community_pharmacist(ctx):
    rng = ctx.rng
    ph = rng.choice(COMMUNITY_PHARMACIES)
    given = rng.choice(["Nadia", "Luc", "Amélie", "Jasmin", "Kim", "Sonia", "Pierre-Olivier", "Laurence"])
    sur = rng.choice(["Bastien", "Lafontaine", "Cyr", "Dumont", "Béliveau", "Noël", "Ferland", "Auclair"])
    mail = "%s.%s@%s" % (strip_accents(given).lower().replace("-", ""), strip_accents(sur).lower(), ph[1])
    return (given, sur, mail, ph)


def gmf_doctor(ctx):
    rng = ctx.rng
    g = rng.choice(GMFS)
    given = rng.choice(["Annie", "Marc-André", "Sophie", "Éric", "Caroline", "David", "Josianne"])
    sur = rng.choice(["Lebrun", "Corriveau", "Hamelin", "Desmarais", "Ricard", "Prud'homme", "Audet"])
    mail = "%s.%s@%s" % (strip_accents(given).lower().replace("-", ""), strip_accents(sur).lower().replace("'", ""), g[1])
    return (given, sur, mail, g)


# ---------------------------------------------------------------------- 1
def pos_inr_result(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.55)
    sender = ctx.pick_staff(rng.choice(["nurse", "pharm"]))
    cg, cs, cmail, cph = community_pharmacist(ctx)
    inr = rng.choice([1.4, 1.6, 1.7, 3.6, 3.9, 4.4, 5.1])
    target = rng.choice(["2,0-3,0", "2,5-3,5"]) if lang == "fr" else rng.choice(["2.0-3.0", "2.5-3.5"])
    weekly = rng.choice([20, 25, 27.5, 30, 35, 37.5, 42.5])
    old, old_tot = warfarin_week(rng, lang, weekly)
    new_w = weekly + (2.5 if inr < 2 else -2.5)
    new, new_tot = warfarin_week(rng, lang, new_w)
    ind_k, ind = pick(rng, [i for i in INDICATIONS if i[0] in ("fa", "tvp", "valve", "flutter", "sapl")], lang)
    a.add("lab_result", "medication", "diagnosis")
    if p.nam:
        ident = "%s (%s %s, %s %s, NAM %s)" % (a.fullname(p), L(lang, "DDN", "DOB"), a.dob(p),
                                               L(lang, "sexe", "sex"), sex_label(p.sex, lang, rng), a.nam(p))
        if lang == "en":
            ident = ident.replace("NAM ", "HIN ")
    elif rng.random() < 0.5:
        ident = "%s, %s %s" % (a.name(p), L(lang, "dossier", "chart"), a.mrn(p))
    else:
        ident = a.name(p, ["title_full", "upper", "full"])
    cause = rng.choice([("a commencé du Septra (TMP-SMX) pour une infection urinaire", "started Septra (TMP-SMX) for a UTI"),
                        ("a oublié 2 doses la fin de semaine passée", "missed 2 doses last weekend"),
                        ("mange beaucoup moins depuis une gastro", "eating much less since a stomach bug"),
                        ("prend de l'amiodarone depuis 3 semaines", "on amiodarone for 3 weeks now"),
                        ("aucune cause identifiée, observance confirmée", "no cause found, adherence confirmed")])
    nxt = future_day(dt, rng, 3, 12)
    if lang == "fr":
        body = ("%s\n\nSuivi RNI pour %s.\n\nRNI du %s : %s (cible %s). Indication : %s.\n"
                "L'usager %s. Pas de saignement rapporté.\n\n"
                "Dose actuelle warfarine : %s mg/sem (%s)\n"
                "NOUVELLE dose : %s mg/sem -> %s\n%s"
                "Prochain RNI : %s au centre de prélèvement.\n\n"
                "Pouvez-vous ajuster le pilulier (Dispill) à partir de demain?\n\n%s\n\n%s"
                % (greet(lang, rng, cg), ident, fmt_date(dt.date(), lang, "short"), num(inr, lang), target, ind,
                   cause[0], num(old_tot, lang, "%g"), old, num(new_tot, lang, "%g"), new,
                   "Omettre la dose de ce soir.\n" if inr > 4 else "",
                   fmt_date(nxt, lang, "day"), closing(lang, rng), signature(sender, lang, rng)))
        subj = rng.choice(["Ajustement warfarine", "RNI hors cible - nouvelle posologie", "Suivi RNI %s" % p.surname.upper(),
                           "Modification dose Coumadin"])
    else:
        body = ("%s\n\nINR follow-up for %s.\n\nINR on %s: %s (target %s). Indication: %s.\n"
                "Patient %s. No bleeding reported.\n\n"
                "Current warfarin dose: %s mg/wk (%s)\n"
                "NEW dose: %s mg/wk -> %s\n%s"
                "Next INR: %s at the blood collection centre.\n\n"
                "Could you please update the blister pack starting tomorrow?\n\n%s\n\n%s"
                % (greet(lang, rng, cg), ident, fmt_date(dt.date(), lang, "short"), num(inr, lang), target, ind,
                   cause[1], num(old_tot, lang, "%g"), old, num(new_tot, lang, "%g"), new,
                   "Hold tonight's dose.\n" if inr > 4 else "",
                   fmt_date(nxt, lang, "day"), closing(lang, rng), signature(sender, lang, rng)))
        subj = rng.choice(["Warfarin dose change", "INR out of range - new dosing", "INR follow-up %s" % p.surname,
                           "Coumadin adjustment"])
    if subj.endswith(p.surname) or subj.endswith(p.surname.upper()):
        a.name(p)
    return a.spec(sender.addr(), [("%s %s" % (cg, cs), cmail)], subj, body, dt, "inr_followup",
                  "INR result and warfarin dose change sent to community pharmacy")


# ---------------------------------------------------------------------- 2
def pos_referral(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.7)
    dg, ds, dmail, gmf = gmf_doctor(ctx)
    ind_k, ind = pick(rng, INDICATIONS, lang)
    com = [c[1] if lang == "fr" else c[2] for c in rng.sample(COMORBID, 2)]
    ak, ac = pick(rng, ANTICOAG[:6], lang)
    cr = rng.randrange(68, 170)
    wt = rng.randrange(48, 112)
    a.add("diagnosis", "medication", "lab_result")
    dr = drt(dg, lang) + " " + ds
    pdf_lines = []
    idtxt = a.idb(p, pdf=True, with_nam=True)
    if lang == "fr":
        pdf_lines = idtxt.split("\n") + [
            "Adresse : " + p.address, "Téléphone (domicile) : " + p.phone, "",
            "Motif de la demande : prise en charge par la clinique d'anticoagulation",
            "Indication : " + ind, "Antécédents : " + "; ".join(com),
            "Anticoagulant prescrit : " + ac, "Poids : %d kg   Créatinine : %d µmol/L" % (wt, cr),
            "Médecin référent : " + dr + " (" + gmf[0] + ")", "Urgence : semi-urgent (< 7 jours)"]
        title = "Demande de consultation - Clinique d'anticoagulation"
    else:
        pdf_lines = idtxt.split("\n") + [
            "Address: " + p.address, "Home phone: " + p.phone, "",
            "Reason for referral: follow-up by the anticoagulation clinic",
            "Indication: " + ind, "History: " + "; ".join(com),
            "Anticoagulant prescribed: " + ac, "Weight: %d kg   Creatinine: %d umol/L" % (wt, cr),
            "Referring physician: " + dr + " (" + gmf[0] + ")", "Priority: semi-urgent (< 7 days)"]
        title = "Consultation request - Anticoagulation Clinic"
    a.add("patient_contact")
    pdf = make_pdf(title, pdf_lines, header=[gmf[0], "Tél./Tel. " + gmf[2]], compress=rng.random() < 0.5,
                   author=dr, footer="Formulaire AH-RF-12 (rév. 2023)")
    mode = rng.randrange(3)
    if mode == 0:
        fn = L(lang, "demande_consultation_anticoag.pdf", "anticoag_referral.pdf")
    elif mode == 1:
        fn = L(lang, "Référence clinique d'anticoagulation - %s, %s.pdf", "Referral to anticoagulation clinic - %s, %s.pdf") % (
            p.surname.upper(), p.given)
        a.ev["names"].append(p.surname)
    else:
        fn = "scan_%s.pdf" % dt.strftime("%Y%m%d%H%M")
    if lang == "fr":
        body = ("%s\n\nCi-joint une demande de prise en charge pour %s. %s Je %s.\n\n"
                "La patiente/le patient est avisé(e) qu'on l'appellera pour le premier rendez-vous.\n\n%s\n%s\n%s\n%s"
                % (greet(lang, rng), rng.choice(["une nouvelle FA", "un suivi de warfarine", "une TVP récente", "un relais à organiser"]),
                   rng.choice(["Le RNI de départ est dans le DSQ.", "Bilan fait hier.", ""]),
                   rng.choice(["serai en vacances la semaine prochaine", "reste disponible au besoin", "vous remercie"]),
                   closing(lang, rng), dr, gmf[0], "Tél. " + gmf[2]))
        subj = rng.choice(["Demande de consultation clinique d'anticoagulation", "Référence - anticoagulothérapie",
                           "Nouvelle demande (FA)", "Tr: demande de consultation"])
    else:
        body = ("%s\n\nPlease find attached a referral for %s. %s I %s.\n\n"
                "The patient knows your clinic will call with a first appointment.\n\n%s\n%s\n%s\n%s"
                % (greet(lang, rng), rng.choice(["new-onset AF", "warfarin monitoring", "a recent DVT", "bridging to organise"]),
                   rng.choice(["Baseline INR is in the DSQ.", "Bloodwork was done yesterday.", ""]),
                   rng.choice(["am away next week", "remain available if needed", "will keep following them for the rest"]),
                   closing(lang, rng), dr, gmf[0], "Tel. " + gmf[2]))
        subj = rng.choice(["Referral to anticoagulation clinic", "Anticoag clinic referral", "New referral (AF)", "Fwd: referral"])
    return a.spec((dr, dmail), [(L(lang, "Clinique d'anticoagulation", "Anticoagulation Clinic"), clinic_mail("anticoag"))],
                  subj, body, dt, "referral", "GMF referral to anticoagulation clinic with PDF form",
                  attachments=[{"kind": "pdf", "filename": fn, "data": pdf}])


# ---------------------------------------------------------------------- 3
def pos_bridging(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.5)
    sender = ctx.pick_staff("pharm")
    proc = rng.choice([("coloscopie avec polypectomie", "colonoscopy with polypectomy"),
                       ("PTG droite", "right total knee replacement"),
                       ("extraction dentaire multiple", "multiple dental extractions"),
                       ("cholécystectomie par laparoscopie", "laparoscopic cholecystectomy"),
                       ("biopsie prostatique", "prostate biopsy")])
    pday = future_day(dt, rng, 8, 25)
    wt = rng.randrange(55, 105)
    dose = wt
    valve = rng.random() < 0.5
    ind = L(lang, "valve mécanique aortique" if valve else "FA avec ATCD d'AVC",
            "mechanical aortic valve" if valve else "AF with prior stroke")
    a.add("diagnosis", "medication")
    rows = []
    for off, fr, en in [(-5, "Dernière dose de warfarine", "Last warfarin dose"),
                        (-3, "Début énoxaparine %d mg SC q12h" % dose, "Start enoxaparin %d mg SC q12h" % dose),
                        (-1, "Dernière dose d'énoxaparine AM seulement (24 h avant)", "Last enoxaparin dose AM only (24 h before)"),
                        (0, "PROCÉDURE - RNI le matin", "PROCEDURE - INR in the morning"),
                        (1, "Reprise warfarine dose habituelle au souper + énoxaparine si hémostase OK",
                         "Resume usual warfarin at supper + enoxaparin if haemostasis OK"),
                        (5, "RNI; cesser énoxaparine si RNI >= 2", "INR; stop enoxaparin if INR >= 2")]:
        d = pday + datetime.timedelta(days=off)
        rows.append([L(lang, "J%+d" % off if off else "J0", "D%+d" % off if off else "D0"), fmt_date(d, lang, "iso"), L(lang, fr, en)])
    head = [L(lang, "Jour", "Day"), "Date", L(lang, "Consigne", "Instruction")]
    ident_inline = a.name(p, ["title_full", "upper", "full", "lower"])
    if p.nam:
        ident_inline += " - %s %s - %s - NAM %s" % (L(lang, "né(e) le", "born"), a.dob(p), sex_label(p.sex, lang, rng), a.nam(p))
    if rng.random() < 0.5:
        doc = make_docx(L(lang, "Plan de relais périopératoire", "Perioperative bridging plan"),
                        [ident_inline, L(lang, "Indication : ", "Indication: ") + ind,
                         L(lang, "Intervention : %s le %s", "Procedure: %s on %s") % (L(lang, proc[0], proc[1]), fmt_date(pday, lang, "long")),
                         L(lang, "Poids %d kg, ClCr estimée 64 mL/min", "Weight %d kg, estimated CrCl 64 mL/min") % wt],
                        table=[head] + rows, author=sender.full)
        atts = [{"kind": "docx", "filename": L(lang, "plan_relais_", "bridging_plan_") + slug(p.surname) + ".docx", "data": doc}]
        a.ev["names"].append(slug(p.surname))
        a.add("lab_result")
        table_txt = L(lang, "Le calendrier détaillé est dans le document joint.", "The day-by-day schedule is in the attached document.")
        who = L(lang, "pour l'usager mentionné en objet", "for the patient in the subject line")
    else:
        atts = []
        table_txt = "\n".join("%-5s %s  %s" % tuple(r) for r in rows)
        who = ident_inline
    if lang == "fr":
        body = ("%s\n\nVoici le plan de relais %s, qui aura une %s le %s (%s).\n\n%s\n\n"
                "Indication de l'anticoagulation : %s. L'enseignement pour les injections a été fait ce matin; "
                "la pharmacie communautaire a reçu l'ordonnance.\n\n%s\n\n%s"
                % (greet(lang, rng), who, proc[0], fmt_date(pday, lang, "long"),
                   rng.choice(["Dr Forget", "Dre Lacasse", "chirurgie d'un jour HPG"]), table_txt, ind,
                   closing(lang, rng), signature(sender, lang, rng)))
        subj = "Plan de relais - %s %s" % (p.surname.upper(), fmt_date(pday, lang, "short"))
    else:
        body = ("%s\n\nHere is the bridging plan %s, who is booked for %s on %s (%s).\n\n%s\n\n"
                "Indication for anticoagulation: %s. Injection teaching was done this morning; "
                "the community pharmacy has the prescription.\n\n%s\n\n%s"
                % (greet(lang, rng), who, proc[1], fmt_date(pday, lang, "long"),
                   rng.choice(["Dr. Forget", "Dr. Lacasse", "HPG day surgery"]), table_txt, ind,
                   closing(lang, rng), signature(sender, lang, rng)))
        subj = "Bridging plan - %s - %s" % (p.surname, fmt_date(pday, lang, "short"))
    a.name(p)
    to = [(L(lang, "Chirurgie d'un jour", "Day surgery"), "chirurgie.jour@valtilleuls.example")]
    return a.spec(sender.addr(), to, subj, body, dt, "bridging_plan",
                  "perioperative warfarin to enoxaparin bridging schedule", attachments=atts)


# ---------------------------------------------------------------------- 4
def pos_inr_roster(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    sender = ctx.pick_staff(rng.choice(["clerk", "nurse"]))
    n = rng.randrange(3, 7)
    pts = [ctx.patient(nam=rng.random() < 0.75) for _ in range(n)]
    head = [L(lang, "Nom", "Name"), L(lang, "DDN", "DOB"), L(lang, "Sexe", "Sex"), "NAM", L(lang, "Tél.", "Phone"),
            L(lang, "RNI", "INR"), L(lang, "Dose/sem (mg)", "Weekly dose (mg)"), L(lang, "Commentaire", "Comment")]
    rows = []
    for p in pts:
        inr = rng.choice([1.3, 1.8, 2.2, 2.6, 3.3, 3.8, 4.6, 6.2])
        com = rng.choice([L(lang, "à rappeler", "call back"), L(lang, "stable", "stable"),
                          L(lang, "saignement gencives?", "gum bleeding?"), L(lang, "antibio en cours", "on antibiotics"),
                          L(lang, "pas joignable hier", "no answer yesterday"), ""])
        rows.append(["%s, %s" % (p.surname.upper(), p.given), a.dob(p, "iso"), p.sex,
                     a.nam(p, "plain") if p.nam else "", p.phone, num(inr, lang), num(rng.choice([17.5, 22.5, 30, 35, 40]), lang, "%g"), com])
        a.ev["names"].append(p.surname)
    a.add("patient_name", "lab_result", "medication", "patient_contact")
    kind = rng.choice(["xlsx", "csv", "html"])
    day = fmt_date(dt.date(), lang, "day")
    intro = L(lang, "%s\n\nVoici les RNI reçus du laboratoire ce matin (%s), à traiter avant 14 h. "
                    "Ceux marqués « à rappeler » n'ont pas encore été joints.\n\n" % (greet(lang, rng), day),
              "%s\n\nBelow are this morning's INRs from the lab (%s), to be handled before 2 pm. "
              "The ones marked 'call back' have not been reached yet.\n\n" % (greet(lang, rng), day))
    atts = []
    spec_extra = {}
    if kind == "html":
        import html as _h
        trs = "".join("<tr>%s</tr>\n" % "".join("<td>%s</td>" % _h.escape(str(c)) for c in r) for r in rows)
        ths = "".join("<th align=left>%s</th>" % _h.escape(h) for h in head)
        text = intro + "\n".join(" | ".join(str(c) for c in r) for r in rows) + "\n\n" + signature(sender, lang, rng, short=True)
        htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%%CHARSET%%\"></head><body>\n"
               "<p>%s</p>\n<table border=1 cellpadding=3 style=\"border-collapse:collapse;font-size:10pt\">\n<tr>%s</tr>\n%s</table>\n"
               "<p>%s</p></body></html>\n" % (_h.escape(intro.strip()).replace("\n\n", "</p>\n<p>"), ths, trs,
                                             _h.escape(sender.full)))
        spec_extra = {"html": htm, "form": rng.choice(["html", "alt"])}
    else:
        text = intro + L(lang, "Liste en pièce jointe.", "List attached.") + "\n\n" + signature(sender, lang, rng, short=True)
        fn = L(lang, "RNI_a_traiter_%s.%s", "INR_worklist_%s.%s") % (dt.strftime("%Y-%m-%d"), kind)
        if kind == "xlsx":
            data = make_xlsx([(L(lang, "RNI", "INR"), [head] + rows)], author=sender.full)
            atts.append({"kind": "xlsx", "filename": fn, "data": data})
        else:
            enc = rng.choice(["utf-8", "cp1252"])
            data = make_csv([head] + rows, encoding=enc, delimiter=";" if lang == "fr" else ",")
            atts.append({"kind": "csv", "filename": fn, "data": data, "charset": "windows-1252" if enc == "cp1252" else "utf-8"})
    if any(p.nam for p in pts):
        a.add("date_of_birth")
    else:
        a.add("date_of_birth")
    subj = L(lang, rng.choice(["RNI du jour", "RNI à traiter - %s" % day, "Liste RNI AM"]),
             rng.choice(["Today's INRs", "INR worklist - %s" % day, "AM INR list"]))
    to = [(L(lang, "Pharmaciens anticoag", "Anticoag pharmacists"), "pharm.anticoag@valtilleuls.example")]
    return a.spec(sender.addr(), to, subj, text, dt, "inr_roster", "daily INR worklist with several patients",
                  attachments=atts, **spec_extra)


# ---------------------------------------------------------------------- 5
def pos_signout(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    sender = ctx.pick_staff("pharm")
    recv = ctx.pick_staff("pharm", exclude=(sender,))
    unit = rng.choice(["4e Nord", "5e Sud", "USI", "Cardiologie 3e", "Médecine 6e"])
    if lang == "en":
        unit = {"4e Nord": "4 North", "5e Sud": "5 South", "USI": "ICU", "Cardiologie 3e": "Cardiology 3",
                "Médecine 6e": "Medicine 6"}[unit]
    items_fr = ["héparine IV selon nomogramme, TCA q6h (cible 60-85 s), dernier TCA 112 -> débit diminué",
                "warfarine en initiation jour 3, RNI 1,4, viser 2-3, chevauchement avec Fragmin",
                "apixaban suspendu (HDH, Hb 78), revoir reprise avec GI lundi",
                "Lovenox 1 mg/kg q12h, ClCr 28 -> passer à q24h? à valider avec interne",
                "TIH suspectée (plaq 62, 4T = 6), argatroban débuté, anti-PF4 envoyé",
                "RNI 7,8 sans saignement, vit K 2 mg PO donnée à 16 h, RNI de contrôle AM",
                "dabigatran + clarithromycine, interaction signalée, Dr à rappeler"]
    items_en = ["IV heparin per nomogram, aPTT q6h (target 60-85 s), last aPTT 112 -> rate decreased",
                "warfarin initiation day 3, INR 1.4, aim 2-3, overlap with Fragmin",
                "apixaban on hold (UGIB, Hb 78), review restart with GI on Monday",
                "Lovenox 1 mg/kg q12h, CrCl 28 -> switch to q24h? confirm with resident",
                "suspected HIT (plt 62, 4T = 6), argatroban started, anti-PF4 sent",
                "INR 7.8 no bleeding, vit K 2 mg PO given at 16:00, repeat INR AM",
                "dabigatran + clarithromycin, interaction flagged, call MD back"]
    items = items_fr if lang == "fr" else items_en
    n = rng.randrange(3, 6)
    idx = rng.sample(range(len(items)), n)
    lines = []
    for i in idx:
        p = ctx.patient(nam=rng.random() < 0.4)
        room = "%d%02d-%s" % (rng.randrange(3, 7), rng.randrange(1, 40), rng.choice("ABC"))
        nm = a.name(p, ["upper", "lower_sf", "surname_first", "initial"])
        extra = ""
        if p.nam:
            extra = " [%s %s %s, %s]" % (a.nam(p, rng.choice(["plain", "space"])), a.dob(p, "iso"), p.sex, p.given)
        elif rng.random() < 0.6:
            extra = " (%s)" % a.mrn(p, rng.choice(["plain", "site", "space"]))
        lines.append("%s  %s%s - %s" % (room, nm, extra, items[i]))
    a.add("medication", "lab_result", "diagnosis")
    if lang == "fr":
        body = ("%s\n\nListe de départ pour la fin de semaine, %s :\n\n%s\n\n"
                "Rien d'autre de particulier. Le cell de garde est chargé.\n\n%s"
                % (greet(lang, rng, recv.given), unit, "\n".join(lines), sender.given))
        subj = "Liste de départ FDS - %s" % unit
    else:
        body = ("%s\n\nWeekend sign-out, %s:\n\n%s\n\nNothing else pending. On-call phone is charged.\n\n%s"
                % (greet(lang, rng, recv.given), unit, "\n".join(lines), sender.given))
        subj = "Weekend sign-out - %s" % unit
    return a.spec(sender.addr(), [recv.addr()], subj, body, dt, "signout_list",
                  "pharmacist weekend sign-out list with anticoagulated inpatients", form="plain")


# ---------------------------------------------------------------------- 6
def pos_lab_followup(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.5, min_age=76)
    sender = ctx.pick_staff("pharm")
    dg, ds, dmail, gmf = gmf_doctor(ctx)
    age = 2025 - p.dob.year
    cr = rng.randrange(134, 190)
    wt = rng.randrange(48, 60)
    hb = rng.randrange(96, 128)
    a.add("lab_result", "medication", "diagnosis")
    if p.nam:
        who = "%s, %s, NAM %s, %s %s" % (a.fullname(p), sex_label(p.sex, lang, rng), a.nam(p), L(lang, "DDN", "DOB"), a.dob(p))
    else:
        who = "%s (%s)" % (a.name(p), a.mrn(p))
    if lang == "fr":
        body = ("%s\n\nPour %s, %s pour FA :\n\n"
                "Créatinine %d µmol/L (était 101 en juin), Hb %d g/L, plaquettes 188, poids %d kg, âge %d ans.\n"
                "Rencontre 2 des 3 critères (âge >= 80, poids <= 60 kg, créat >= 133) -> apixaban 2,5 mg BID plutôt que 5 mg BID.\n\n"
                "Je vous propose de modifier l'ordonnance; j'ai avisé la pharmacie %s. "
                "Contrôle FSC + créat dans 3 mois.\n\n%s\n\n%s"
                % (greet(lang, rng, drt(dg, lang) + " " + ds), who, "suivie" if p.sex == "F" else "suivi", cr, hb, wt, age, rng.choice(COMMUNITY_PHARMACIES)[0],
                   closing(lang, rng), signature(sender, lang, rng)))
        subj = rng.choice(["Ajustement apixaban selon fonction rénale", "Bilan - dose Eliquis à réduire", "RE: résultats créat"])
    else:
        body = ("%s\n\nRe %s, followed for AF:\n\n"
                "Creatinine %d umol/L (was 101 in June), Hb %d g/L, platelets 188, weight %d kg, age %d.\n"
                "Meets 2 of 3 criteria (age >= 80, weight <= 60 kg, Cr >= 133) -> apixaban 2.5 mg BID instead of 5 mg BID.\n\n"
                "I suggest changing the prescription; I have notified %s. Repeat CBC + creatinine in 3 months.\n\n%s\n\n%s"
                % (greet(lang, rng, drt(dg, lang) + " " + ds), who, cr, hb, wt, age, rng.choice(COMMUNITY_PHARMACIES)[0],
                   closing(lang, rng), signature(sender, lang, rng)))
        subj = rng.choice(["Apixaban dose adjustment - renal function", "Labs - Eliquis dose to reduce", "RE: creatinine results"])
    return a.spec(sender.addr(), [(drt(dg, "fr") + " %s %s" % (dg, ds), dmail)], subj, body, dt, "lab_followup",
                  "DOAC dose reduction based on creatinine and weight")


# ---------------------------------------------------------------------- 7
def pos_interaction(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.4)
    clin = ctx.pick_staff("pharm")
    cg, cs, cmail, cph = community_pharmacist(ctx)
    a.add("lab_result")
    drug = rng.choice([("fluconazole 150 mg", "fluconazole 150 mg"), ("TMP-SMX DS BID x 7 j", "TMP-SMX DS BID x 7 days"),
                       ("métronidazole 500 mg BID", "metronidazole 500 mg BID"), ("ciprofloxacine 500 mg BID", "ciprofloxacin 500 mg BID")])
    a.add("medication", "diagnosis")
    nm = a.name(p, ["title_full", "full", "upper"])
    extra = ""
    if p.nam:
        extra = L(lang, " (DDN %s, %s, NAM %s)", " (DOB %s, %s, RAMQ %s)") % (a.dob(p), sex_label(p.sex, lang, rng), a.nam(p))
    elif rng.random() < 0.5:
        extra = L(lang, " (DDN %s)", " (DOB %s)") % a.dob(p)
    t0 = earlier(dt, rng, (2, 20))
    if lang == "fr":
        orig = ("Bonjour,\n\nNous avons reçu ce matin une ordonnance de %s pour %s%s (cystite, Dr sans rendez-vous). "
                "%s est sous warfarine 30 mg/sem, suivi%s chez vous, dernier RNI 2,4 il y a 10 jours.\n"
                "Souhaitez-vous un RNI de contrôle? On lui a dit d'attendre votre appel avant de commencer.\n\n%s %s\n%s\n%s"
                % (drug[0], nm, extra, "La patiente" if p.sex == "F" else "Le patient", "e" if p.sex == "F" else "", cg, cs, cph[0], cph[2]))
        reply = ("Merci pour l'appel à la vigilance. OK pour débuter l'antibiotique ce soir. On diminue la warfarine de 10 %% "
                 "pendant le traitement (27,5 mg/sem) et RNI dans 4-5 jours; je lui ai donné rendez-vous au prélèvement jeudi. "
                 "Je vous envoie le nouveau calendrier.\n\n%s" % signature(clin, lang, rng, short=True))
        subj = "RE: Interaction warfarine - %s" % drug[0].split()[0]
    else:
        orig = ("Hello,\n\nWe received a prescription this morning for %s for %s%s (cystitis, walk-in MD). "
                "Patient is on warfarin 30 mg/wk followed by your clinic, last INR 2.4 ten days ago.\n"
                "Would you like a check INR? We told the patient to wait for your call before starting.\n\n%s %s\n%s\n%s"
                % (drug[1], nm, extra, cg, cs, cph[0], cph[2]))
        reply = ("Thanks for flagging this. OK to start the antibiotic tonight. We'll reduce warfarin by 10%% during the "
                 "course (27.5 mg/wk) and INR in 4-5 days; booked at the lab Thursday. New calendar to follow.\n\n%s"
                 % signature(clin, lang, rng, short=True))
        subj = "RE: Warfarin interaction - %s" % drug[1].split()[0]
    q = quote_reply(orig, lang, "%s %s" % (cg, cs), cmail, t0, rng)
    q = fill_quote(q, L(lang, "Clinique d'anticoagulation", "Anticoagulation Clinic"), subj[4:])
    return a.spec(clin.addr(), [("%s %s" % (cg, cs), cmail)], subj, reply + q, dt, "interaction_alert",
                  "reply about antibiotic interaction with warfarin, quoted pharmacy message",
                  in_reply_to="<%08x@%s>" % (rng.getrandbits(32), cph[1]))


# ---------------------------------------------------------------------- 8
def pos_phone_message(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.3)
    clerk = ctx.pick_staff("clerk")
    nurse = ctx.pick_staff("nurse")
    sym = rng.choice([("saignement de nez depuis 2 h qui ne s'arrête pas", "nosebleed for 2 hours that won't stop"),
                      ("selles noires depuis hier", "black stools since yesterday"),
                      ("gros bleus sur les jambes", "large bruises on the legs"),
                      ("urine rosée ce matin", "pinkish urine this morning"),
                      ("est tombé" + ("e" if p.sex == "F" else "") + " hier soir, bosse au front", "fell last night, bump on the forehead")])
    ac = rng.choice(["Xarelto", "Eliquis", "Coumadin", "Pradaxa"])
    a.add("diagnosis", "medication", "patient_contact")
    nm = a.name(p, ["title", "title_full", "lower", "full"])
    cb = p.phone
    extra = ""
    if p.nam:
        extra = "\nNAM %s - %s - %s" % (a.nam(p), a.dob(p), sex_label(p.sex, lang, rng) + " " + p.given)
    if lang == "fr":
        body = ("%s\n\n%s a appelé à %s : %s. Prend du %s. %s\n"
                "Rappeler au %s (cellulaire, laisser sonner longtemps).%s\n\n%s"
                % (greet(lang, rng, nurse.given), nm, dt.strftime("%H h %M"), sym[0], ac,
                   rng.choice(["Dit n'avoir aucun autre symptôme.", "Semblait inquiet." if p.sex == "M" else "Semblait inquiète.", "Sa fille est avec " + ("lui." if p.sex == "M" else "elle.")]),
                   cb, extra, clerk.given))
        subj = rng.choice(["Message tél.", "Appel usager - à rappeler", "URGENT rappeler svp", "msg boîte vocale"])
    else:
        body = ("%s\n\n%s called at %s: %s. Takes %s. %s\n"
                "Call back at %s (cell, let it ring).%s\n\n%s"
                % (greet(lang, rng, nurse.given), nm, dt.strftime("%I:%M %p"), sym[1], ac,
                   rng.choice(["Says no other symptoms.", "Sounded worried.", "Daughter is with them."]),
                   cb, extra, clerk.given))
        subj = rng.choice(["Phone msg", "Patient call - please call back", "URGENT call back pls", "voicemail"])
    return a.spec(clerk.addr(), [nurse.addr()], subj, body, dt, "phone_message",
                  "clerk relays patient phone message about bleeding on anticoagulant", form="plain")


# ---------------------------------------------------------------------- 9
def pos_subject_only(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=False)
    s1 = ctx.pick_staff("pharm")
    s2 = ctx.pick_staff(rng.choice(["nurse", "pharm"]), exclude=(s1,))
    inr = rng.choice([1.5, 1.6, 1.7, 1.8, 3.4, 3.6])
    nm = a.name(p, ["title", "upper", "initial", "surname_first"])
    a.add("lab_result", "medication")
    if lang == "fr":
        subj = "RE: %s - RNI %s" % (nm, num(inr, lang))
        body = rng.choice([
            "OK pour %s mg/sem, même calendrier sauf le dimanche. Prochain RNI jeudi. Je lui téléphone.\n\n%s",
            "Je laisserais la dose stable (%s mg/sem), " + ("elle" if p.sex == "F" else "il") + " a mangé des épinards toute la semaine selon sa fille. RNI dans 1 sem.\n\n%s",
            "D'accord avec toi : %s mg/sem et on revoit dans 5 jours. Noté au dossier.\n\n%s"]) % (
            rng.choice(["32,5", "35", "37,5", "27,5"]), s1.given)
    else:
        subj = "RE: %s - INR %s" % (nm, num(inr, lang))
        body = rng.choice([
            "OK for %s mg/wk, same calendar except Sunday. Next INR Thursday. I'll phone them.\n\n%s",
            "I'd keep the dose stable (%s mg/wk), daughter says lots of spinach this week. INR in 1 wk.\n\n%s",
            "Agree: %s mg/wk and recheck in 5 days. Charted.\n\n%s"]) % (
            rng.choice(["32.5", "35", "37.5", "27.5"]), s1.given)
    return a.spec(s1.addr(), [s2.addr()], subj, body, dt, "quick_note",
                  "short reply, patient named only in the subject", form=rng.choice(["plain", "html"]))


# ---------------------------------------------------------------------- 10
def pos_incident(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.6)
    s = ctx.pick_staff("nurse")
    mgr = ctx.pick_staff("mgr")
    a.add("medication")
    idtxt = a.idb(p, with_nam=True, with_mrn=True)
    ev_fr = ("L'usager a reçu deux doses d'énoxaparine 80 mg SC à 30 minutes d'intervalle (une par l'infirmière de jour, "
             "une par l'infirmière du CLSC venue à domicile). Aucun saignement observé; anti-Xa à 4 h : 1,6 UI/mL. "
             "Médecin avisé, surveillance 24 h, famille informée (divulgation faite).")
    ev_en = ("Patient received two doses of enoxaparin 80 mg SC 30 minutes apart (one by the day nurse, one by the CLSC "
             "home-care nurse). No bleeding observed; anti-Xa at 4 h: 1.6 IU/mL. Physician notified, 24 h monitoring, "
             "family informed (disclosure done).")
    a.add("lab_result")
    doc = make_docx(L(lang, "Rapport de déclaration d'incident ou d'accident (AH-223)", "Incident/accident report (AH-223)"),
                    idtxt.split("\n") + [L(lang, "Date de l'événement : ", "Date of event: ") + fmt_date(earlier(dt, rng).date(), lang, "long"),
                                         L(lang, "Description : ", "Description: ") + L(lang, ev_fr, ev_en),
                                         L(lang, "Gravité : D (atteinte temporaire, surveillance requise)", "Severity: D (temporary harm, monitoring required)")],
                    author=s.full)
    fn = rng.choice([L(lang, "AH-223_%s.docx", "AH-223_incident_%s.docx") % dt.strftime("%Y%m%d"),
                     L(lang, "Déclaration d'incident-accident AH-223 (événement du %s).docx", "Incident report AH-223 (event of %s).docx")
                     % earlier(dt, rng).strftime("%Y-%m-%d")])
    if lang == "fr":
        body = ("%s\n\nTel que discuté, voici la déclaration AH-223 pour l'événement d'hier (double dose d'HBPM). "
                "La gestionnaire de risques est en copie. L'usager va bien ce matin.\n\n%s\n\n%s"
                % (greet(lang, rng, mgr.given), closing(lang, rng), signature(s, lang, rng)))
        subj = "Déclaration AH-223 - double dose HBPM"
    else:
        body = ("%s\n\nAs discussed, here is the AH-223 report for yesterday's event (LMWH double dose). "
                "Risk management is cc'd. The patient is doing well this morning.\n\n%s\n\n%s"
                % (greet(lang, rng, mgr.given), closing(lang, rng), signature(s, lang, rng)))
        subj = "AH-223 report - LMWH double dose"
    return a.spec(s.addr(), [mgr.addr()], subj, body, dt, "incident_report",
                  "incident report about a duplicated enoxaparin dose, DOCX",
                  cc=[(L(lang, "Gestion des risques", "Risk management"), "gestion.risques@valtilleuls.example")],
                  attachments=[{"kind": "docx", "filename": fn, "data": doc}])


TEMPLATES = [pos_inr_result, pos_referral, pos_bridging, pos_inr_roster, pos_signout, pos_lab_followup,
             pos_interaction, pos_phone_message, pos_subject_only, pos_incident]
