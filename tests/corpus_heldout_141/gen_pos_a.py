"""Positive templates, part A: referrals, consults, bookings, TB / hepatitis screening, unit lists."""
import datetime as dt

import gen_common as C
import gen_docs as D
from gen_clin import dx_art, DX, IV, IV_BY_DX, BACKGROUND, Draft, dx_name, iv_dose, labs_inflam, labs_cbc, \
    labs_liver, labs_lupus, qft_result, weight_kg
from gen_mime import Att

CL = C.CLINIC


def workday(now, lo, hi, rng):
    d = now.date() + dt.timedelta(days=rng.randint(lo, hi))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def clinic_box(name):
    return f"{name}@{CL['dom']}"


def ext_doc(rng, lang):
    t_fr, t_en, g, s = rng.choice(C.EXT_DOCS)
    dom = rng.choice(C.GP_CLINICS)
    return dict(title=t_fr if lang == "fr" else t_en, given=g, sur=s, clinic=dom[0], dom=dom[1],
                addr=f"{g[0].lower()}{s.lower()}@{dom[1]}")


SYMPT = {
    "ra": ("raideur matinale de plus d'une heure, synovites des MCP 2-3 et des deux poignets, IPP enflées",
           "morning stiffness over an hour, synovitis of MCP 2-3 and both wrists, swollen PIPs",
           "FR 86 UI/mL, anti-CCP > 250 U/mL", "RF 86 IU/mL, anti-CCP > 250 U/mL"),
    "psa": ("dactylite du 3e orteil droit, enthésite achilléenne gauche, psoriasis du cuir chevelu connu",
            "dactylitis of the right 3rd toe, left Achilles enthesitis, known scalp psoriasis",
            "FR négatif, anti-CCP négatif", "RF negative, anti-CCP negative"),
    "sle": ("arthralgies des mains, rash malaire photosensible, ulcères buccaux, chute de cheveux",
            "hand arthralgia, photosensitive malar rash, oral ulcers, hair loss",
            "AAN 1:640 moucheté, anti-ADNdb 152 UI/mL, C3 0,58, lymphos 0,8",
            "ANA 1:640 speckled, anti-dsDNA 152 IU/mL, C3 0.58, lymphocytes 0.8"),
    "gca": ("céphalée temporale droite nouvelle, claudication de la mâchoire, une épisode de vision floue",
            "new right temporal headache, jaw claudication, one episode of blurred vision",
            "VS 78 mm/h, CRP 64 mg/L", "ESR 78 mm/h, CRP 64 mg/L"),
    "axspa": ("lombalgie inflammatoire depuis 2 ans avec réveils nocturnes, raideur matinale 45 min",
              "inflammatory back pain for 2 years with night waking, 45 min morning stiffness",
              "HLA-B27 positif, CRP 18 mg/L; IRM SI : sacro-iliite bilatérale active",
              "HLA-B27 positive, CRP 18 mg/L; SI joint MRI: active bilateral sacroiliitis"),
}


# --------------------------------------------------------------------------
def p_referral(ctx, lang, now):
    d = Draft(ctx, lang, "referral", "")
    rng = d.rng
    dx = rng.choice(list(SYMPT))
    gp = ext_doc(rng, lang)
    ontario = lang == "en" and rng.random() < 0.4
    use_nam = not ontario and rng.random() < 0.65
    p = d.holder() if use_nam else d.patient()
    age = C.age_at(p["dob"], now.date())
    d.tag("diagnosis", "lab_result")
    sfr, sen, lfr, len_ = SYMPT[dx]
    nm = d.pname(p, rng.choice(["title_fr" if lang == "fr" else "title_en", "full", "upper_comma"]))
    ident = []
    ident.append(d.t("DDN : ", "DOB: ") + d.dob(p))
    if use_nam:
        ident.append(d.t("Sexe : ", "Sex: ") + p["sex"])
        ident.append("NAM : " + d.nam(p) if lang == "fr" else "RAMQ: " + d.nam(p))
    elif ontario:
        ident.append("OHIP: " + d.ohn(p))
    ph = d.phone(p) if rng.random() < 0.6 else None
    if ph:
        ident.append(d.t("Tél. : ", "Phone: ") + ph)
    bg = rng.choice(BACKGROUND.get(dx, BACKGROUND["ra"]))
    urgent = dx == "gca"
    if lang == "fr":
        months = rng.randint(2, 8)
        body = (f"Bonjour,\n\nJe vous réfère {nm}, {age} ans, pour évaluation"
                f"{' URGENTE' if urgent else ''} : {dx_name(dx, 'fr')} probable.\n\n"
                + "\n".join(ident) + "\n\n"
                f"Depuis environ {months} mois : {sfr}.\n"
                f"Bilan : {lfr}; {labs_inflam(rng, 'fr')}.\n"
                f"Traitement actuel : {bg[0]}.\n\n"
                + ("Prednisone 50 mg die débutée hier. Merci de la voir cette semaine si possible.\n\n" if urgent else
                   f"{'Elle' if p['sex'] == 'F' else 'Il'} est en arrêt de travail depuis 3 semaines à cause des douleurs. "
                   "Merci de votre aide.\n\n")
                + f"{gp['title']} {gp['given']} {gp['sur']}\nMédecin de famille, {gp['clinic']}\nTél. : 819 555-01{rng.randint(10, 99)}")
        subj = rng.choice([f"Demande de consultation rhumatologie - {C.name_style(p, 'full')}",
                           f"Réf. rhumato {'URGENT ' if urgent else ''}- {dx_name(dx, 'fr', True)}",
                           "Requête de consultation"])
    else:
        body = (f"Hello,\n\nI would appreciate your {'urgent ' if urgent else ''}assessment of {nm}, {age}, "
                f"for possible {dx_name(dx, 'en')}.\n\n" + "\n".join(ident) + "\n\n"
                f"Symptoms for about {rng.randint(2, 8)} months: {sen}.\n"
                f"Work-up: {len_}; {labs_inflam(rng, 'en')}.\n"
                f"Current meds: {bg[1]}.\n\n"
                + ("Started prednisone 50 mg yesterday. Please see this week if at all possible.\n\n" if urgent else
                   "Symptoms are affecting work significantly. Thank you for seeing this patient.\n\n")
                + f"{gp['title']} {gp['given']} {gp['sur']}\nFamily physician, {gp['clinic']}\nTel. 613-555-01{rng.randint(10, 99)}")
        subj = rng.choice([f"Referral - {C.name_style(p, 'full')} - ?{dx_name(dx, 'en', True)}",
                           f"New referral{' URGENT' if urgent else ''} ({dx_name(dx, 'en', True)})",
                           "Rheumatology referral"])
    d.frm = (f"{gp['title']} {gp['given']} {gp['sur']}", gp["addr"])
    d.to = [(d.t("Accueil - CRPT", "CRPT Intake"), clinic_box("references"))]
    if rng.random() < 0.45:
        # data in a PDF, short covering note
        fields = [(d.t("Patient(e)", "Patient"), C.name_style(p, "upper_comma")),
                  (d.t("Date de naissance", "Date of birth"), C.dob_fmt(p["dob"], "iso"))]
        if use_nam:
            fields.append(("NAM", C.fmt_nam(p["nam"], "space")))
            fields.append((d.t("Sexe", "Sex"), p["sex"]))
        if ontario:
            fields.append(("OHIP", C.fmt_ohn(p["ohn"], "dash", p["vc"])))
        if ph:
            fields.append((d.t("Téléphone", "Phone"), ph))
        fields.append((d.t("Priorité", "Priority"), "A" if urgent else rng.choice(["B", "C"])))
        fields.append((d.t("Raison", "Reason"), d.t(f"{dx_name(dx, 'fr')} ?", f"? {dx_name(dx, 'en')}")))
        pdf = D.make_pdf(d.t("Demande de consultation - rhumatologie", "Consultation request - rheumatology"),
                         body, header=gp["clinic"], fields=fields,
                         author=f"{gp['given']} {gp['sur']}")
        fname = rng.choice([f"requete_rhumato_{p['sur']}_{p['given']}.pdf", "Numérisation_0231.pdf",
                            f"{C.name_style(p, 'sur_given').replace(' ', '_')}_referral.pdf"])
        d.atts.append(Att(pdf, "application/pdf", fname))
        d.text = d.t(f"Bonjour,\n\nCi-joint une requête de consultation. Merci de confirmer la réception.\n\n{gp['title']} {gp['sur']}\n{gp['clinic']}",
                     f"Hi,\n\nPlease find attached a referral. Kindly confirm receipt.\n\n{gp['title']} {gp['sur']}\n{gp['clinic']}")
        d.subject = subj
        d.note = d.t("requête de consultation en PDF", "referral letter in PDF")
    else:
        d.text = body
        d.subject = subj
        d.note = d.t("référence du médecin de famille", "family physician referral")
    d.tag("medication")
    return d


# --------------------------------------------------------------------------
def p_consult(ctx, lang, now):
    d = Draft(ctx, lang, "consult_letter", "")
    rng = d.rng
    dx = rng.choice(["ra", "psa", "sle", "axspa", "gca", "aav"])
    doc = rng.choice(C.PHYSICIANS)
    gp = ext_doc(rng, lang)
    p = d.holder() if rng.random() < 0.4 else d.patient()
    w = weight_kg(rng)
    drug = rng.choice(IV_BY_DX[dx])
    brand = rng.choice(IV[drug][0])
    d.tag("diagnosis", "medication", "lab_result")
    seen = now.date() - dt.timedelta(days=rng.randint(1, 6))
    idl = []
    nm_full = C.name_style(p, "full")
    d.pname(p, "full")
    idl.append(d.t("DDN : ", "DOB: ") + d.dob(p, "iso"))
    idl.append(d.t("No dossier : ", "Chart #: ") + d.mrn(p, doc=True))
    if "nam" in p:
        idl.append("NAM : " + d.nam(p, doc=True) + "   " + d.t("Sexe : ", "Sex: ") + p["sex"])
    bg = rng.choice(BACKGROUND[dx])
    if lang == "fr":
        paras = [f"{gp['title']} {gp['sur']},",
                 f"J'ai vu en consultation le {C.dfr(seen)} {nm_full} ({', '.join(idl)}).",
                 f"Impression : {dx_name(dx, 'fr')}, active. {labs_inflam(rng, 'fr')}. {labs_cbc(rng, 'fr')}.",
                 f"Traitement actuel : {bg[0]}.",
                 f"Plan : débuter {drug} ({brand}) {IV[drug][1]}, poids {w} kg. Dépistage pré-biologique demandé : "
                 "QuantiFERON, RX pulmonaire, AgHBs / anti-HBc / anti-HBs, anti-VHC, VIH. Vaccins : Shingrix 2 doses, "
                 "Prevnar 20. Demande de couverture envoyée à l'assureur.",
                 "Je la reverrai dans 3 mois, plus tôt au besoin." if p["sex"] == "F" else "Je le reverrai dans 3 mois, plus tôt au besoin.",
                 f"{C.staff_name(doc, 'fr')}, {C.STAFF[doc]['role_fr']}"]
    else:
        paras = [f"Dear {gp['title']} {gp['sur']},",
                 f"I saw {nm_full} in consultation on {C.den(seen)} ({', '.join(idl)}).",
                 f"Impression: active {dx_name(dx, 'en')}. {labs_inflam(rng, 'en')}. {labs_cbc(rng, 'en')}.",
                 f"Current treatment: {bg[1]}.",
                 f"Plan: start {drug} ({brand}) {IV[drug][2]}, weight {w} kg. Pre-biologic screening ordered: "
                 "QuantiFERON, chest X-ray, HBsAg / anti-HBc / anti-HBs, HCV, HIV. Vaccines: Shingrix x2, Prevnar 20. "
                 "Coverage request sent to the insurer.",
                 "Follow-up in 3 months, sooner if needed.",
                 f"{C.staff_name(doc, 'en')}, {C.STAFF[doc]['role_en']}"]
    sec = rng.choice(C.CLERKS)
    d.frm = d.staff(sec)
    d.to = [(f"{gp['title']} {gp['given']} {gp['sur']}", gp["addr"])]
    mode = rng.choice(["docx", "docx", "inline", "pdf"])
    if mode == "inline":
        d.text = "\n\n".join(paras) + "\n\n--\n" + C.signature(sec, lang)
        d.subject = d.t(f"Note de consultation - {C.name_style(p, 'upper_comma')}", f"Consult note - {C.name_style(p, 'upper_comma')}")
        d.note = d.t("lettre de consultation dans le corps", "consult letter in body")
    else:
        title = d.t("Note de consultation en rhumatologie", "Rheumatology consultation note")
        hdr = [CL[lang], CL["addr_fr" if lang == "fr" else "addr_en"], f"Tél. {CL['tel']}  Téléc. {CL['fax']}"]
        if mode == "docx":
            blob = D.make_docx(title, paras, header_lines=hdr, author=C.staff_name(doc, lang, False))
            fname = rng.choice([f"Consultation_{p['sur']}_{p['given']}_{seen.isoformat()}.docx",
                                f"consult_{seen.strftime('%Y%m%d')}_{p['sur'].upper()}.docx", "Note_consultation.docx"])
            d.atts.append(Att(blob, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname))
        else:
            blob = D.make_pdf(title, "\n\n".join(paras), header="\n".join(hdr), author="CRPT")
            fname = f"Consult_{p['sur']}.pdf"
            d.atts.append(Att(blob, "application/pdf", fname))
        d.text = d.t(f"Bonjour {gp['title']} {gp['sur']},\n\nVeuillez trouver ci-jointe la note de consultation de {C.staff_name(doc, 'fr')} "
                     f"pour votre patient{'e' if p['sex'] == 'F' else ''}.\n\nBonne journée,\n\n" + C.signature(sec, "fr"),
                     f"Hello {gp['title']} {gp['sur']},\n\nPlease find attached {C.staff_name(doc, 'en')}'s consultation note for your patient.\n\n"
                     "Regards,\n\n" + C.signature(sec, "en"))
        d.subject = rng.choice([d.t("Note de consultation", "Consultation note"),
                                d.t(f"Consultation rhumatologie - {p['sur'].upper()}", f"Rheumatology consult - {p['sur'].upper()}")])
        d.note = d.t("note de consultation en pièce jointe", "consult note as attachment")
    return d


# --------------------------------------------------------------------------
def p_infusion_booking(ctx, lang, now):
    d = Draft(ctx, lang, "infusion_booking", "")
    rng = d.rng
    dx = rng.choice(["ra", "ra", "psa", "axspa", "sle", "aav", "gout", "ssc", "ln"])
    drug = rng.choice(IV_BY_DX[dx])
    brand = rng.choice(IV[drug][0])
    w = weight_kg(rng)
    mg = iv_dose(rng, drug, w)
    p = d.holder() if rng.random() < 0.3 else d.patient()
    nurse = rng.choice(C.NURSES)
    clerk = rng.choice(C.CLERKS)
    day = workday(now, 4, 20, rng)
    hour = rng.choice(["7 h 45", "8 h 00", "8 h 30", "9 h 15", "10 h 00", "12 h 30", "13 h 00"])
    d.tag("medication", "diagnosis")
    nm = d.pname(p)
    mr = d.mrn(p)
    extra_id = ""
    if "nam" in p:
        extra_id = d.t(f", NAM {d.nam(p)}, né{'e' if p['sex'] == 'F' else ''} le {d.dob(p, 'long_fr')} ({p['sex']})",
                       f", RAMQ {d.nam(p)}, DOB {d.dob(p, 'iso')} ({p['sex']})")
    if "nam" not in p and lang == "en" and ctx.turn("booking_ohn") % 3 == 0:
        extra_id = f", OHIP {d.ohn(p)} (out-of-province, reciprocal billing)"
    qres = rng.choice(["neg", "neg", "neg", "ind"])
    _, qtxt = qft_result(rng, lang, qres)
    d.tag("lab_result")
    ph = d.phone(p) if rng.random() < 0.4 else None
    chair = rng.randint(1, 12)
    if lang == "fr":
        sched = "semaine 0-2-6 puis aux 8 sem." if drug == "infliximab" else ("J1 et J15" if drug == "rituximab" else "")
        text = (f"Salut {C.STAFF[clerk]['given']},\n\nPeux-tu booker {nm} (dossier {mr}{extra_id}) pour "
                f"{brand} ({drug}) {mg} mg IV — {dx_name(dx, 'fr', True)}, poids {w} kg. {sched}\n"
                f"1re dose idéalement le {C.dfr(day, True)} à {hour}, fauteuil {chair} si possible "
                f"(durée prévue {rng.choice(['2 h', '2 h 30', '3 h', '4 h 30'])}).\n\n"
                f"Prémédication : acétaminophène 650 mg PO, diphenhydramine 25 mg PO"
                f"{', méthylprednisolone 100 mg IV' if drug == 'rituximab' else ''}.\n"
                f"Dépistage : {qtxt}; AgHBs négatif.\n"
                + (f"{'Elle' if p['sex'] == 'F' else 'Il'} préfère être appelé{'e' if p['sex'] == 'F' else ''} au {ph} après 16 h.\n" if ph else "")
                + f"\nMerci!\n{C.STAFF[nurse]['given']}\n\n" + C.signature(nurse, "fr", short=True))
        subj = rng.choice([f"Booking perfusion - {p['sur'].upper()}", f"RDV perfusion {brand}",
                           f"À céduler : {brand} {mg} mg", f"Perfusion {C.name_style(p, 'initial')} {day.strftime('%d/%m')}"])
    else:
        sched = "weeks 0-2-6 then q8w" if drug == "infliximab" else ("day 1 and day 15" if drug == "rituximab" else "")
        text = (f"Hi {C.STAFF[clerk]['given']},\n\nCould you please book {nm} (MRN {mr}{extra_id}) for "
                f"{brand} ({drug}) {mg} mg IV for {dx_name(dx, 'en', True)}, weight {w} kg. {sched}\n"
                f"First dose ideally {C.den(day, True)} at {hour.replace(' h ', ':')}, chair {chair} if free "
                f"(expected duration {rng.choice(['2 h', '2.5 h', '3 h', '4.5 h'])}).\n\n"
                f"Premeds: acetaminophen 650 mg PO, diphenhydramine 25 mg PO"
                f"{', methylprednisolone 100 mg IV' if drug == 'rituximab' else ''}.\n"
                f"Screening: {qtxt}; HBsAg negative.\n"
                + (f"Best reached at {ph} after 4 pm.\n" if ph else "")
                + f"\nThanks!\n{C.STAFF[nurse]['given']}\n\n" + C.signature(nurse, "en", short=True))
        subj = rng.choice([f"Infusion booking - {p['sur'].upper()}", f"Please book {brand}",
                           f"To schedule: {brand} {mg} mg", f"Infusion {C.name_style(p, 'initial')} {day.strftime('%b %d')}"])
    d.frm = d.staff(nurse)
    d.to = [d.staff(clerk)]
    d.cc = [(d.t("Unité de perfusion", "Infusion unit"), clinic_box("perfusion"))] if rng.random() < 0.5 else []
    d.text = text
    d.subject = subj
    d.note = d.t("demande de réservation de perfusion", "infusion booking request")
    if rng.random() < 0.45:
        h, m = (int(x) for x in hour.replace(" h ", ":").split(":"))
        start = dt.datetime(day.year, day.month, day.day, h, m)
        end = start + dt.timedelta(hours=3)
        ics = D.make_ics(f"perf-{p['mrn']}-{day.strftime('%Y%m%d')}@{CL['dom']}",
                         dt.datetime(2025, 1, 1, 12, 0), start, end,
                         f"{brand} {mg} mg - {C.name_style(p, 'upper_comma')} - F{chair}",
                         location=d.t(f"Unité de perfusion, fauteuil {chair}", f"Infusion unit, chair {chair}"),
                         description=d.t(f"Dossier {p['mrn']}. Prémédication standard.", f"MRN {p['mrn']}. Standard premeds."),
                         organizer=(C.staff_name(nurse, lang, False), C.staff_addr(nurse)),
                         attendees=[(C.staff_name(clerk, lang, False), C.staff_addr(clerk))])
        d.atts.append(Att(ics, "text/calendar", "invite.ics", ctype_params="method=REQUEST", charset="utf-8"))
        d.note += d.t(" avec invitation ICS", " with ICS invite")
    return d


# --------------------------------------------------------------------------
def p_tb_screening(ctx, lang, now):
    d = Draft(ctx, lang, "tb_screening", "")
    rng = d.rng
    dx = rng.choice(["ra", "psa", "axspa", "gca", "ra"])
    drug = rng.choice(["infliximab", "tocilizumab", "golimumab", "abatacept"]) if dx != "gca" else "tocilizumab"
    brand = rng.choice(IV[drug][0])
    outcome, qtxt = qft_result(rng, lang, rng.choice(["pos", "pos", "ind", "neg"]))
    p = d.holder() if rng.random() < 0.45 else d.patient()
    doc = rng.choice(C.PHYSICIANS)
    nurse = "marchand"
    d.tag("lab_result", "medication")
    nm = d.pname(p, rng.choice(["full", "title_fr" if lang == "fr" else "title_en", "upper_comma", "lower"]))
    ids = [d.t("dossier ", "MRN ") + d.mrn(p)]
    if "nam" in p:
        ids.append(d.t("NAM ", "RAMQ ") + d.nam(p))
        ids.append(d.t("DDN ", "DOB ") + d.dob(p))
        ids.append(p["sex"])
    cxr = rng.choice([("RX pulmonaire : granulome calcifié LSD, pas d'infiltrat", "CXR: calcified granuloma RUL, no infiltrate"),
                      ("RX poumons normale", "CXR normal"),
                      ("RX pulmonaire : pas de lésion évocatrice de TB active", "CXR: no findings suggestive of active TB")])
    if lang == "fr":
        if outcome == "pos":
            plan = (f"Plan proposé : traitement de l'ITL par rifampine 600 mg die x 4 mois (interaction à vérifier avec "
                    f"{'sa warfarine' if rng.random() < 0.3 else 'ses médicaments'}), ou INH 300 mg + B6 25 mg x 9 mois. "
                    f"On pourrait débuter le {brand} après 4 semaines de traitement. Pas de symptômes respiratoires; "
                    f"{'né' if p['sex'] == 'M' else 'née'} au {rng.choice(['Viêt Nam', 'Maroc', 'Pérou', 'Philippines', 'Québec, mais a travaillé 3 ans en Haïti'])}.")
        elif outcome == "ind":
            plan = "Je propose de reprendre le QFT à 10 mg de prednisone, ou de faire un TCT (Mantoux) en parallèle. Le biologique est en attente."
        else:
            plan = f"Dépistage complet; on peut aller de l'avant avec le {brand}. Je confirme avec la patiente." if p["sex"] == "F" else \
                f"Dépistage complet; on peut aller de l'avant avec le {brand}. Je confirme avec le patient."
        text = (f"Bonjour {C.staff_formal(doc, 'fr')},\n\nRésultat reçu pour {nm} ({', '.join(ids)}) — {dx_name(dx, 'fr', True)}, "
                f"en attente de {brand} :\n\n  {qtxt}\n  {cxr[0]}\n  AgHBs nég., anti-HBc nég.\n\n{plan}\n\n"
                f"Merci de me dire si vous êtes d'accord.\n\n{C.signature(nurse, 'fr')}")
        subj = rng.choice([f"QFT {'positif' if outcome == 'pos' else ('indéterminé' if outcome == 'ind' else 'négatif')} - {C.name_style(p, 'upper_comma')}",
                           "Dépistage TB avant biologique", f"RE: dépistage TB {p['sur']}"])
    else:
        if outcome == "pos":
            plan = (f"Suggested plan: treat LTBI with rifampin 600 mg daily x 4 months, or INH 300 mg + B6 25 mg x 9 months. "
                    f"{brand} could start after 4 weeks of LTBI therapy. No respiratory symptoms; born in "
                    f"{rng.choice(['Vietnam', 'Morocco', 'Peru', 'the Philippines', 'India'])}.")
        elif outcome == "ind":
            plan = "I suggest repeating the QFT once prednisone is down to 10 mg, or a TST in parallel. Biologic on hold."
        else:
            plan = f"Screening complete - OK to proceed with {brand}. I'll confirm the start date with the patient."
        text = (f"Hi,\n\nResults back for {nm} ({', '.join(ids)}) - {dx_name(dx, 'en', True)}, awaiting {brand}:\n\n"
                f"  {qtxt}\n  {cxr[1]}\n  HBsAg neg, anti-HBc neg\n\n{plan}\n\nPlease let me know if you agree.\n\n"
                f"{C.signature(nurse, 'en')}")
        subj = rng.choice([f"QFT {'positive' if outcome == 'pos' else ('indeterminate' if outcome == 'ind' else 'negative')} - {C.name_style(p, 'upper_comma')}",
                           "TB screening before biologic", f"RE: TB screen {p['sur']}"])
    d.frm = d.staff(nurse)
    d.to = [d.staff(doc)]
    d.text = text
    d.subject = subj
    d.tag("diagnosis")
    d.note = d.t("résultat de dépistage TB avant biologique", "TB screening result before biologic")
    return d


# --------------------------------------------------------------------------
def p_hepb(ctx, lang, now):
    d = Draft(ctx, lang, "hepatitis_serology", "")
    rng = d.rng
    dx = rng.choice(["ra", "aav", "ln"])
    p = d.holder() if rng.random() < 0.35 else d.patient()
    doc = rng.choice(C.PHYSICIANS)
    ph = C.STAFF["dufresne"]
    hep = ("Dr.", "Thomas", "Whitmore")
    d.tag("lab_result", "medication", "diagnosis")
    nm = d.pname(p, rng.choice(["full", "comma", "initial", "upper_comma"]))
    idl = d.t("DDN ", "DOB ") + d.dob(p) + ", " + d.t("dossier ", "chart ") + d.mrn(p)
    if "nam" in p:
        idl += ", NAM " + d.nam(p) + f" ({p['sex']})"
    anti_hbs = rng.choice([0, 4, 8, 26])
    if lang == "fr":
        text = (f"Bonjour {C.staff_formal(doc, 'fr')},\n\nSérologies pré-rituximab de {nm} ({idl}) :\n"
                f"  AgHBs : négatif\n  Anti-HBc total : POSITIF\n  Anti-HBs : {anti_hbs} UI/L\n"
                f"  ADN VHB : {rng.choice(['indétectable', '< 10 UI/mL', '34 UI/mL'])}\n  Anti-VHC : négatif\n\n"
                f"Comme {'elle' if p['sex'] == 'F' else 'il'} doit recevoir Truxima 1000 mg J1-J15 pour sa {dx_name(dx, 'fr', True)}, "
                f"je recommande une prophylaxie par entécavir 0,5 mg PO die, à débuter au moins 1 semaine avant "
                f"la 1re dose et à poursuivre 18 mois après la dernière. Ajustement rénal non requis (DFGe {rng.randint(62, 98)}).\n\n"
                f"J'ai envoyé une demande en hépatologie au Dr Whitmore. L'ordonnance d'entécavir est prête à signer.\n\n"
                f"{ph['given']} {ph['sur']}, pharmacien\n{CL['fr']}")
        subj = rng.choice(["Anti-HBc positif avant rituximab", f"Sérologie VHB - {p['sur']}", "Prophylaxie entécavir ?"])
    else:
        text = (f"Hi {C.staff_formal(doc, 'en')},\n\nPre-rituximab serology for {nm} ({idl}):\n"
                f"  HBsAg: negative\n  anti-HBc total: POSITIVE\n  anti-HBs: {anti_hbs} IU/L\n"
                f"  HBV DNA: {rng.choice(['undetectable', '< 10 IU/mL', '34 IU/mL'])}\n  HCV Ab: negative\n\n"
                f"Since rituximab 1000 mg D1/D15 is planned for {dx_name(dx, 'en', True)}, I recommend entecavir 0.5 mg PO daily "
                f"starting at least one week before the first dose and continued for 18 months after the last one. "
                f"No renal adjustment needed (eGFR {rng.randint(62, 98)}).\n\n"
                f"Referral sent to hepatology ({hep[0]} {hep[2]}). Entecavir Rx is ready for your signature.\n\n"
                f"{ph['given']} {ph['sur']}, pharmacist\n{CL['en']}")
        subj = rng.choice(["anti-HBc positive before rituximab", f"HBV serology - {p['sur']}", "Entecavir prophylaxis?"])
    d.frm = ("Marc-André Dufresne", C.staff_addr("dufresne"))
    d.to = [d.staff(doc)]
    d.cc = [d.staff("marchand")] if rng.random() < 0.5 else []
    d.text = text
    d.subject = subj
    d.note = d.t("sérologie hépatite B avant rituximab", "hepatitis B serology before rituximab")
    return d


# --------------------------------------------------------------------------
def _unit_rows(d, now, n):
    rng = d.rng
    rows = []
    times = ["07:45", "08:00", "08:15", "08:30", "09:00", "09:30", "10:00", "11:00", "12:30", "13:00", "13:30", "14:00"]
    for i in range(n):
        dx = rng.choice(["ra", "ra", "psa", "axspa", "sle", "aav", "gout", "op", "ln", "gca"])
        drug = rng.choice(IV_BY_DX[dx])
        w = weight_kg(rng)
        mg = iv_dose(rng, drug, w)
        p = d.patient()
        d.pname(p)
        d.mrn(p)
        note = rng.choice(["", "", d.t("prémédication", "premeds"), d.t("réaction légère 02/25", "mild reaction 02/25"),
                           d.t("1re dose", "1st dose"), d.t("TA à surveiller", "watch BP"), d.t("voie difficile", "difficult IV access"),
                           d.t("QFT à jour", "QFT up to date"), d.t("grossesse 14 sem", "pregnant 14 wk")])
        rows.append([f"F{i + 1}", times[i % len(times)], C.name_style(p, "upper_comma"), p["mrn"],
                     dx_name(dx, d.lang, True), f"{rng.choice(IV[drug][0])} {mg} mg", note])
    return rows


def p_census(ctx, lang, now):
    d = Draft(ctx, lang, "infusion_census", "")
    rng = d.rng
    n = rng.randint(6, 10)
    rows = _unit_rows(d, now, n)
    d.tag("medication", "diagnosis")
    day = workday(now, 1, 1, rng)
    hdr = d.t(["Fauteuil", "Heure", "Nom", "Dossier", "Dx", "Traitement", "Notes"],
              ["Chair", "Time", "Name", "MRN", "Dx", "Treatment", "Notes"])
    nurse = rng.choice(C.NURSES)
    d.frm = d.staff(rng.choice(C.CLERKS))
    d.to = [(d.t("Équipe perfusion", "Infusion team"), clinic_box("perfusion")), (None, C.staff_addr("dufresne"))]
    d.to = [(a, b) if a else ("", b) for a, b in d.to]
    mode = rng.choice(["html", "xlsx", "text", "csv"])
    intro = d.t(f"Bonjour,\n\nVoici la liste des perfusions pour {C.dfr(day, True)}. Pharmacie : merci de préparer selon la liste.\n",
                f"Hi all,\n\nHere is the infusion list for {C.den(day, True)}. Pharmacy: please prepare as listed.\n")
    outro = d.t("\nMerci,\nAccueil CRPT", "\nThanks,\nCRPT front desk")
    if mode == "html":
        cells = "".join(f"<th style='border:1px solid #999;padding:2px 6px'>{h}</th>" for h in hdr)
        body = "".join("<tr>" + "".join(f"<td style='border:1px solid #999;padding:2px 6px'>{c}</td>" for c in r) + "</tr>\n" for r in rows)
        d.html = (f"<html><head><meta charset=\"utf-8\"></head><body style='font-family:Calibri'>"
                  f"<p>{intro.strip().replace(chr(10), '<br>')}</p>\n<table style='border-collapse:collapse'>\n<tr>{cells}</tr>\n{body}</table>\n"
                  f"<p>{outro.strip().replace(chr(10), '<br>')}</p></body></html>\n")
        d.text = intro + "\n" + "\n".join(" | ".join(r) for r in [hdr] + rows) + "\n" + outro
        d.layout = rng.choice(["alt", "html"])
    elif mode == "text":
        d.text = intro + "\n" + "\n".join(f"{r[0]:<4}{r[1]:<7}{r[2]:<28}{r[3]:<9}{r[4]:<7}{r[5]:<22}{r[6]}" for r in rows) + "\n" + outro
        d.layout = "plain"
    elif mode == "xlsx":
        blob = D.make_xlsx([(day.isoformat(), [hdr] + rows)])
        d.atts.append(Att(blob, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          d.t(f"Perfusions_{day.isoformat()}.xlsx", f"Infusions_{day.isoformat()}.xlsx")))
        d.text = intro + d.t("(liste en pièce jointe)\n", "(list attached)\n") + outro
    else:
        csvtxt = D.make_csv([hdr] + rows, sep=";" if lang == "fr" else ",")
        d.atts.append(Att(csvtxt.encode("utf-8"), "text/csv", f"liste_{day.strftime('%Y%m%d')}.csv", charset="utf-8",
                          cte=rng.choice(["base64", "quoted-printable"])))
        d.text = intro + d.t("Liste CSV ci-jointe.\n", "CSV attached.\n") + outro
    d.subject = d.t(f"Liste perfusions {day.strftime('%d/%m')}", f"Infusion list {day.strftime('%b %d')}")
    d.note = d.t(f"liste des perfusions du lendemain ({mode})", f"next-day infusion list ({mode})")
    return d


# --------------------------------------------------------------------------
def p_signout(ctx, lang, now):
    d = Draft(ctx, lang, "signout", "")
    rng = d.rng
    nurse, nurse2 = rng.sample(C.NURSES, 2)
    lines = []
    d.tag("medication", "diagnosis")
    events_fr = ["urticaire à 40 min, perfusion arrêtée, Benadryl 50 mg IV, reprise à 50 % du débit, OK",
                 "TA 172/96 avant perfusion, Dr avisé, donnée quand même, revoir MD famille",
                 "fièvre 38,4 au triage — perfusion reportée, culture urine envoyée",
                 "neutros 1,1 ce matin (Actemra) — dose retenue, à revoir avec Dre",
                 "céphalée post-perf., Tylenol donné, congé 15 h",
                 "frissons + dyspnée légère à 30 min (rituximab 1re dose), arrêt 30 min, Solu-Medrol 100 mg, terminé sans autre",
                 "rien de spécial, prochaine dose dans 8 sem.",
                 "ALT 142 — MTX à suspendre, message laissé"]
    events_en = ["hives at 40 min, infusion stopped, Benadryl 50 mg IV, restarted at 50% rate, fine after",
                 "BP 172/96 pre-infusion, MD aware, given, needs GP follow-up",
                 "T 38.4 at triage - infusion postponed, urine culture sent",
                 "ANC 1.1 this am (Actemra) - dose held, to review with Dr",
                 "headache post infusion, Tylenol given, d/c 15:00",
                 "rigors + mild SOB at 30 min (rituximab dose 1), paused 30 min, Solu-Medrol 100 mg, completed",
                 "uneventful, next dose in 8 weeks",
                 "ALT 142 - hold MTX, VM left"]
    evs = events_fr if lang == "fr" else events_en
    n = rng.randint(4, 7)
    for i in range(n):
        p = d.patient()
        dx = rng.choice(["ra", "psa", "sle", "aav", "axspa"])
        drug = rng.choice(IV_BY_DX[dx])
        nmv = d.pname(p, rng.choice(["upper_comma", "sur_given", "full", "initial"]))
        ev = evs[rng.randrange(len(evs))]
        if any(k in ev for k in ("neutros", "ANC", "ALT")):
            d.tag("lab_result")
        lines.append(f"F{rng.randint(1, 12)} - {nmv} - {dx_name(dx, lang, True)}, {rng.choice(IV[drug][0])} : {ev}")
    d.frm = d.staff(nurse)
    d.to = [d.staff(nurse2)]
    d.cc = [d.staff("haddad")] if rng.random() < 0.5 else []
    if lang == "fr":
        d.text = ("Salut,\n\nRapport de fin de journée — unité de perfusion :\n\n" + "\n".join(lines) +
                  "\n\nRéfrigérateur OK, chariot de réanimation vérifié. Bonne soirée!\n" + C.STAFF[nurse]["given"])
        d.subject = rng.choice(["Rapport fin de journée perf", "Passation de quart", f"Sign-out perfusion {now.strftime('%d/%m')}"])
    else:
        d.text = ("Hi,\n\nEnd-of-day report - infusion unit:\n\n" + "\n".join(lines) +
                  "\n\nFridge OK, crash cart checked. Have a good evening!\n" + C.STAFF[nurse]["given"])
        d.subject = rng.choice(["EOD report infusion", "Handover", f"Infusion sign-out {now.strftime('%m/%d')}"])
    d.note = d.t("rapport de fin de journée de l'unité", "end-of-day unit handover")
    return d


# --------------------------------------------------------------------------
def p_reaction(ctx, lang, now):
    d = Draft(ctx, lang, "infusion_reaction", "")
    rng = d.rng
    dx = rng.choice(["ra", "psa", "axspa", "aav"])
    drug = rng.choice([x for x in IV_BY_DX[dx] if x in ("infliximab", "rituximab", "golimumab", "tocilizumab")] or ["infliximab"])
    brand = rng.choice(IV[drug][0])
    p = d.holder() if rng.random() < 0.4 else d.patient()
    nurse = rng.choice(C.NURSES)
    w = weight_kg(rng)
    mg = iv_dose(rng, drug, w)
    d.tag("medication", "diagnosis")
    lot = f"{rng.choice('ABCHKT')}{rng.randint(10, 99)}{rng.choice('XYZW')}{rng.randint(1000, 9999)}"
    when = now.date() - dt.timedelta(days=rng.randint(0, 2))
    fields = [(d.t("Usager", "Patient"), d.pname(p, "upper_comma")),
              (d.t("Date de naissance", "Date of birth"), d.dob(p, "iso")),
              (d.t("No dossier", "MRN"), d.mrn(p, doc=True))]
    if "nam" in p:
        fields.append(("NAM", d.nam(p, doc=True)))
        fields.append((d.t("Sexe", "Sex"), p["sex"]))
    fields += [(d.t("Date de l'événement", "Date of event"), when.isoformat()),
               (d.t("Médicament", "Drug"), f"{brand} ({drug}) {mg} mg IV, lot {lot}"),
               (d.t("Indication", "Indication"), dx_name(dx, lang)),
               (d.t("Description", "Description"),
                d.t(f"À {rng.randint(20, 70)} min : prurit, rougeur faciale, oppression thoracique. TA 88/54, FC 118, SpO2 93 %.",
                    f"At {rng.randint(20, 70)} min: pruritus, flushing, chest tightness. BP 88/54, HR 118, SpO2 93%.")),
               (d.t("Interventions", "Actions"),
                d.t("Arrêt de la perfusion, NS 500 mL bolus, diphenhydramine 50 mg IV, hydrocortisone 100 mg IV, "
                    "épinéphrine 0,3 mg IM x1. Transfert à l'urgence HRSA pour observation.",
                    "Infusion stopped, NS 500 mL bolus, diphenhydramine 50 mg IV, hydrocortisone 100 mg IV, "
                    "epinephrine 0.3 mg IM x1. Transferred to HRSA ED for observation.")),
               (d.t("Déclarant", "Reported by"), C.staff_name(nurse, lang, False))]
    title = d.t("Rapport de déclaration d'incident / accident (AH-223)", "Adverse event report - infusion reaction")
    pdf = D.make_pdf(title, "", header=CL[lang], fields=fields, author=C.staff_name(nurse, lang, False))
    d.tag("lab_result")
    fname = rng.choice([f"AH223_{when.strftime('%Y%m%d')}_{p['sur']}.pdf", "declaration_incident.pdf",
                        f"reaction_{p['sur'].lower()}_{brand.lower()}.pdf"])
    d.atts.append(Att(pdf, "application/pdf", fname))
    gm = "haddad"
    if lang == "fr":
        d.text = (f"Bonjour {C.STAFF[gm]['given']},\n\nCi-joint l'AH-223 pour la réaction anaphylactoïde survenue "
                  f"{'aujourd' + chr(39) + 'hui' if when == now.date() else 'le ' + C.dfr(when)} au fauteuil {rng.randint(1, 12)} "
                  f"({brand}). Patient{'e' if p['sex'] == 'F' else ''} stable au transfert. Le lot a été mis en quarantaine à la pharmacie.\n\n"
                  f"À discuter au comité de gestion des risques.\n\n{C.signature(nurse, 'fr')}")
        d.subject = rng.choice(["Déclaration AH-223 - réaction perfusion", f"Réaction {brand} fauteuil - rapport", "Incident unité de perfusion"])
    else:
        d.text = (f"Hi {C.STAFF[gm]['given']},\n\nAttached is the incident report for the anaphylactoid reaction "
                  f"{'today' if when == now.date() else 'on ' + C.den(when)} ({brand}). Patient stable at transfer. The lot "
                  f"has been quarantined in pharmacy.\n\nFor discussion at risk management committee.\n\n{C.signature(nurse, 'en')}")
        d.subject = rng.choice(["Incident report - infusion reaction", f"{brand} reaction - report", "Infusion unit incident"])
    d.frm = d.staff(nurse)
    d.to = [d.staff(gm)]
    d.cc = [d.staff("dufresne")]
    d.note = d.t("déclaration d'incident de réaction à la perfusion", "infusion reaction incident report")
    return d


# --------------------------------------------------------------------------
def p_chart_only(ctx, lang, now):
    """Identity through the chart number only (no name)."""
    d = Draft(ctx, lang, "pharmacy_query", "")
    rng = d.rng
    p = d.patient()
    dx = rng.choice(["ra", "psa", "axspa", "sle", "aav"])
    drug = rng.choice(IV_BY_DX[dx])
    brand = rng.choice(IV[drug][0])
    w = weight_kg(rng)
    mg = iv_dose(rng, drug, w)
    wrong = mg + rng.choice([100, 200, -100]) if mg > 150 else mg * 2
    mr = d.mrn(p, rng.choice(["plain", "H", "space", "slash", "fw"]))
    d.tag("medication", "diagnosis", "lab_result")
    nurse = rng.choice(C.NURSES)
    if lang == "fr":
        d.text = (f"Bonjour,\n\nOrdonnance reçue pour le dossier {mr} ({dx_name(dx, 'fr', True)}) : {brand} {wrong} mg IV. "
                  f"Avec le poids inscrit ({w} kg) et {IV[drug][1]}, j'arrive à {mg} mg. Laquelle est la bonne?\n\n"
                  f"Aussi, le QuantiFERON du dossier date de 2022 et les ALT d'hier sont à {rng.randint(70, 130)}. "
                  f"Je ne prépare pas avant la confirmation du Dr.\n\nMarc-André\nPharmacie CRPT, poste 230")
        d.subject = rng.choice(["Question ordonnance perfusion", f"Dossier {mr} - dose à confirmer", "Vérification de dose"])
    else:
        d.text = (f"Hi,\n\nOrder received for chart {mr} ({dx_name(dx, 'en', True)}): {brand} {wrong} mg IV. With the recorded "
                  f"weight ({w} kg) and {IV[drug][2]} I get {mg} mg. Which one is right?\n\nAlso, the QuantiFERON on file is from 2022 "
                  f"and yesterday's ALT is {rng.randint(70, 130)}. Not compounding until the MD confirms.\n\nMarc-André\nCRPT pharmacy, ext. 230")
        d.subject = rng.choice(["Infusion order question", f"Chart {mr} - dose to confirm", "Dose check"])
    d.frm = ("Marc-André Dufresne", C.staff_addr("dufresne"))
    d.to = [d.staff(nurse)]
    d.note = d.t("question de pharmacie, dossier sans nom", "pharmacy query, chart number without name")
    return d


TEMPLATES = [
    (p_chart_only, 3),
    (p_referral, 4), (p_consult, 4), (p_infusion_booking, 4), (p_tb_screening, 5), (p_hepb, 2),
    (p_census, 3), (p_signout, 2), (p_reaction, 3),
]
