"""Positive templates, part C: threads, forwards, discharge, international, attachments of many kinds."""
import datetime as dt

import gen_common as C
import gen_docs as D
import gen_mime as M
from gen_clin import dx_art, DX, IV, IV_BY_DX, BACKGROUND, Draft, dx_name, iv_dose, labs_inflam, labs_cbc, \
    labs_liver, labs_lupus, qft_result, weight_kg
from gen_mime import Att
from gen_pos_a import workday, clinic_box, ext_doc

CL = C.CLINIC


def personal_mail(rng, p):
    base = (p["given"][0] + p["sur"]).lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ï", "i"), ("'", ""), (" ", ""), ("ô", "o"), ("â", "a")):
        base = base.replace(a, b)
    return f"{base}{rng.randint(1, 99)}@{rng.choice(C.PERSONAL_DOMAINS)}"


def fwd_block(lang, frm, to, when, subject):
    if lang == "fr":
        return (f"-------- Message transféré --------\nDe : {frm}\nDate : {C.dfr(when.date(), True)} {when.strftime('%H:%M')}\n"
                f"À : {to}\nObjet : {subject}\n\n")
    return (f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {C.den(when.date(), True)} at {when.strftime('%I:%M %p')}\n"
            f"To: {to}\nSubject: {subject}\n\n")


def orig_block(lang, frm, to, when, subject):
    if lang == "fr":
        return (f"-----Message d'origine-----\nDe : {frm}\nEnvoyé : {C.dfr(when.date(), True)} {when.strftime('%H:%M')}\n"
                f"À : {to}\nObjet : {subject}\n\n")
    return (f"-----Original Message-----\nFrom: {frm}\nSent: {C.den(when.date(), True)} {when.strftime('%I:%M %p')}\n"
            f"To: {to}\nSubject: {subject}\n\n")


# --------------------------------------------------------------------------
def p_patient_fwd(ctx, lang, now):
    d = Draft(ctx, lang, "patient_mail_forward", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.3 else d.patient()
    clerk = rng.choice(C.CLERKS)
    nurse = rng.choice(["marchand", "drouin"])
    drug = rng.choice(["infliximab", "tocilizumab", "rituximab", "belimumab", "abatacept"])
    brand = rng.choice(IV[drug][0])
    day = workday(now, 1, 6, rng)
    ph = d.phone(p)
    d.tag("medication", "diagnosis")
    pm = personal_mail(rng, p)
    sent = now - dt.timedelta(hours=rng.randint(2, 40))
    sig_name = d.pname(p, rng.choice(["full", "full", "lower"]))
    extra = ""
    if "nam" in p:
        extra = d.t(f"\nMa carte soleil : {d.nam(p)} (je suis née le {d.dob(p, 'long_fr')}, {p['sex']})" if p["sex"] == "F"
                    else f"\nMa carte soleil : {d.nam(p)} (je suis né le {d.dob(p, 'long_fr')}, {p['sex']})",
                    f"\nMy health card: {d.nam(p)} (DOB {d.dob(p, 'long_en')}, {p['sex']})")
    if lang == "fr":
        inner = (f"Bonjour,\n\nj'ai ma perfusion de {brand} {C.dfr(day, True)} mais depuis 3 jours je fais de la fièvre "
                 f"(38,2 hier soir) et je tousse beaucoup. Mon médecin de famille pense à une bronchite et m'a donné des "
                 f"antibiotiques (amoxicilline). Est-ce que je dois reporter ma perfusion?{extra}\n\nMerci beaucoup\n{sig_name}\n{ph}")
        subj_in = rng.choice(["question perfusion", "fièvre", f"rdv {day.strftime('%d')} {C.MONTHS_FR[day.month - 1]}"])
        outer = f"Bonjour {C.STAFF[nurse]['given']},\n\nPeux-tu rappeler la patiente? Message reçu sur la boîte info.\n\n{C.STAFF[clerk]['given']}\n\n" \
            if p["sex"] == "F" else f"Bonjour {C.STAFF[nurse]['given']},\n\nPeux-tu rappeler le patient? Message reçu sur la boîte info.\n\n{C.STAFF[clerk]['given']}\n\n"
    else:
        inner = (f"Hi,\n\nI have my {brand} infusion on {C.den(day, True)} but I've had a fever for 3 days (38.2 last night) "
                 f"and a bad cough. My family doctor thinks it's bronchitis and gave me amoxicillin. Should I postpone the infusion?"
                 f"{extra}\n\nThanks a lot\n{sig_name}\n{ph}")
        subj_in = rng.choice(["infusion question", "fever", f"appt {day.strftime('%b %d')}"])
        outer = f"Hi {C.STAFF[nurse]['given']},\n\nCould you call this patient back? Came in on the info mailbox.\n\n{C.STAFF[clerk]['given']}\n\n"
    if rng.random() < 0.3:
        d.tag("social_information")
        inner = inner.replace(d.t("\n\nMerci beaucoup", "\n\nThanks a lot"), d.t(
            "\n\nAussi, j'ai perdu mon emploi le mois passé et je n'ai plus d'assurance collective. Est-ce que le programme "
            "peut encore payer le médicament?\n\nMerci beaucoup",
            "\n\nAlso, I lost my job last month and no longer have group insurance. Can the program still cover the drug?\n\nThanks a lot"), 1)
    inner_from = f"{p['given']} {p['sur']} <{pm}>"
    d.frm = d.staff(clerk)
    d.to = [d.staff(nurse)]
    mode = rng.choice(["inline", "inline", "eml"])
    if mode == "inline":
        d.text = outer + fwd_block(lang, inner_from, f"info@{CL['dom']}", sent, subj_in) + inner
        d.subject = d.t("TR: ", "Fwd: ") + subj_in
        d.note = d.t("courriel de patient transféré en ligne", "patient e-mail forwarded inline")
    else:
        inner_spec = dict(frm=(f"{p['given']} {p['sur']}", pm), to=[("", f"info@{CL['dom']}")], subject=subj_in,
                          date=sent, msgid=f"<{rng.randint(10**11, 10**12)}.{rng.randint(1000, 9999)}@{pm.split('@')[1]}>",
                          text=inner, layout="plain", lang=lang)
        raw = M.build(inner_spec, dict(charset="utf-8", cte=rng.choice(["8bit", "quoted-printable"]), crlf=False, mode="B",
                                       hcharset="utf-8", boundary_seed=f"in{rng.randint(10000, 99999)}"))
        d.atts.append(Att(raw, "message/rfc822", f"{subj_in}.eml"))
        d.text = outer + d.t("(courriel original en pièce jointe)\n", "(original e-mail attached)\n")
        d.subject = d.t("TR: ", "FW: ") + subj_in
        d.note = d.t("courriel de patient joint en .eml", "patient e-mail attached as .eml")
    return d


# --------------------------------------------------------------------------
def p_reply_quoted(ctx, lang, now):
    d = Draft(ctx, lang, "reply_thread", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.3 else d.patient()
    doc = rng.choice(C.PHYSICIANS)
    nurse = rng.choice(C.NURSES)
    d.tag("medication", "diagnosis")
    surg = rng.choice([("une PTH gauche", "a left total hip replacement"), ("une cholécystectomie", "a cholecystectomy"),
                       ("une arthroplastie du genou droit", "a right knee replacement"), ("une chirurgie de la cataracte", "cataract surgery")])
    drug = rng.choice(["tocilizumab", "infliximab", "abatacept", "rituximab"])
    brand = rng.choice(IV[drug][0])
    sday = workday(now, 14, 40, rng)
    nm = d.pname(p, rng.choice(["title_fr" if lang == "fr" else "title_en", "full", "upper_comma", "initial"]))
    mr = d.mrn(p)
    ext = ""
    if "nam" in p:
        ext = f", NAM {d.nam(p)}, {d.dob(p)}, {p['sex']}"
    asked = now - dt.timedelta(hours=rng.randint(3, 30))
    if lang == "fr":
        q = (f"Bonjour {C.STAFF[doc]['title_fr']},\n\n{nm} ({mr}{ext}) doit avoir {surg[0]} le {C.dfr(sday)}. Sous {brand} IV aux "
             f"{'4' if drug in ('tocilizumab', 'abatacept') else '8'} semaines + MTX 15 mg/sem pour sa PR. Dernière perfusion le "
             f"{C.dfr(now.date() - dt.timedelta(days=rng.randint(5, 20)))}. Que fait-on avec la prochaine dose et le MTX?\n\nMerci\n{C.STAFF[nurse]['given']}")
        a = (f"On saute la perfusion prévue avant la chirurgie; la chirurgie doit tomber à la fin de l'intervalle. Reprendre "
             f"{'2' if rng.random() < 0.5 else '3'} semaines post-op si la plaie est belle et pas d'infection. Le MTX peut être continué. "
             f"Prednisone : pas de dose de stress au-delà de la dose habituelle.\n\n{C.staff_name(doc, 'fr')}")
        d.subject = rng.choice([f"RE: chirurgie - {p['sur']}", f"RE: {brand} et chirurgie", "RE: question périop"])
        body = a + "\n\n" + orig_block("fr", f"{C.staff_name(nurse, 'fr', False)} <{C.staff_addr(nurse)}>",
                                       f"{C.staff_name(doc, 'fr')} <{C.staff_addr(doc)}>", asked, d.subject[4:]) + q
    else:
        q = (f"Hi Dr,\n\n{nm} ({mr}{ext}) is booked for {surg[1]} on {C.den(sday)}. On {brand} IV q"
             f"{'4' if drug in ('tocilizumab', 'abatacept') else '8'}w + MTX 15 mg weekly for RA. Last infusion "
             f"{C.den(now.date() - dt.timedelta(days=rng.randint(5, 20)))}. What do we do with the next dose and MTX?\n\nThanks\n{C.STAFF[nurse]['given']}")
        a = (f"Skip the infusion before surgery; surgery should fall at the end of the dosing interval. Restart "
             f"{'2' if rng.random() < 0.5 else '3'} weeks post-op if the wound is healing and no infection. MTX can continue. "
             f"Prednisone: no stress dosing beyond usual dose.\n\n{C.staff_name(doc, 'en')}")
        d.subject = rng.choice([f"RE: surgery - {p['sur']}", f"RE: {brand} and surgery", "RE: periop question"])
        body = a + "\n\n" + orig_block("en", f"{C.staff_name(nurse, 'en', False)} <{C.staff_addr(nurse)}>",
                                       f"{C.staff_name(doc, 'en')} <{C.staff_addr(doc)}>", asked, d.subject[4:]) + q
    if rng.random() < 0.5:
        # gmail-style quoting
        head, _, rest = body.partition("\n\n-----")
        qtext = rest.split("\n\n", 1)[1]
        who = C.staff_name(nurse, lang, False)
        intro = d.t(f"Le {C.dfr(asked.date(), True)} à {asked.strftime('%H:%M')}, {who} <{C.staff_addr(nurse)}> a écrit :",
                    f"On {C.den(asked.date(), True)} at {asked.strftime('%I:%M %p')}, {who} <{C.staff_addr(nurse)}> wrote:")
        body = head + "\n\n" + intro + "\n" + "\n".join("> " + l if l else ">" for l in qtext.split("\n"))
    d.text = body
    d.frm = d.staff(doc)
    d.to = [d.staff(nurse)]
    d.extra = [("In-Reply-To", f"<{rng.randint(10**8, 10**9)}.{C.STAFF[nurse]['login']}@{CL['dom']}>"),
               ("Thread-Topic", d.subject[4:])]
    d.note = d.t("réponse avec texte cité sur gestion périopératoire", "reply with quoted periop question")
    return d


# --------------------------------------------------------------------------
def p_discharge(ctx, lang, now):
    d = Draft(ctx, lang, "discharge_summary", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.4 else d.patient()
    hosp_doc = rng.choice(C.EXT_DOCS)
    scen = rng.choice(["septic", "flare", "pneumonia"])
    adm = now.date() - dt.timedelta(days=rng.randint(6, 15))
    dis = adm + dt.timedelta(days=rng.randint(3, 9))
    d.tag("diagnosis", "medication", "lab_result")
    if scen == "septic":
        dxs = d.t("Arthrite septique du genou droit (S. aureus sensible) chez patient(e) sous infliximab pour PR",
                  "Septic arthritis of the right knee (MSSA) in a patient on infliximab for RA")
        course = d.t("Lavage arthroscopique J1, céfazoline IV puis céphalexine PO x 4 sem. Infliximab suspendu.",
                     "Arthroscopic washout day 1, IV cefazolin then PO cephalexin x 4 weeks. Infliximab on hold.")
    elif scen == "flare":
        dxs = d.t("Poussée lupique avec sérite et cytopénies", "Lupus flare with serositis and cytopenias")
        course = d.t("Méthylprednisolone 500 mg IV x 3 puis prednisone 40 mg die. Plaquettes 62 -> 148.",
                     "Methylprednisolone 500 mg IV x 3 then prednisone 40 mg daily. Platelets 62 -> 148.")
    else:
        dxs = d.t("Pneumonie lobaire droite sous rituximab (GPA)", "Right lobar pneumonia on rituximab (GPA)")
        course = d.t("Ceftriaxone + azithromycine, congé sous amoxicilline-clavulanate. IgG 4,1 g/L.",
                     "Ceftriaxone + azithromycin, discharged on amoxicillin-clavulanate. IgG 4.1 g/L.")
    paras = [(d.t("Patient(e) :", "Patient:"), d.pname(p, "upper_comma")),
             (d.t("Date de naissance :", "Date of birth:"), d.dob(p, "iso")),
             (d.t("No de dossier HRSA :", "HRSA MRN:"), d.mrn(p, doc=True))]
    if "nam" in p:
        paras.append(("NAM :", d.nam(p, doc=True)))
        paras.append((d.t("Sexe :", "Sex:"), p["sex"]))
    paras += [(d.t("Admission / congé :", "Admission / discharge:"), f"{adm.isoformat()} / {dis.isoformat()}"),
              (d.t("Diagnostic principal :", "Main diagnosis:"), dxs),
              (d.t("Évolution :", "Hospital course:"), course),
              (d.t("Labo au congé :", "Labs at discharge:"), labs_cbc(rng, lang) + "; " + labs_inflam(rng, lang)),
              (d.t("Suivi :", "Follow-up:"), d.t("Rhumatologie CRPT dans 2 semaines pour décider de la reprise du biologique.",
                                                "CRPT rheumatology in 2 weeks to decide on resuming the biologic."))]
    title = d.t("Résumé de départ", "Discharge summary")
    fmt = rng.choice(["docx", "pdf"])
    if fmt == "docx":
        blob = D.make_docx(title, paras, header_lines=[C.HOSP[lang], "Médecine interne / Internal medicine"])
        ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        blob = D.make_pdf(title, "", fields=[(a.rstrip(" :"), b) for a, b in paras], header=C.HOSP[lang])
        ctype = "application/pdf"
    fname = rng.choice([f"{d.t('Resume_depart', 'Discharge')}_{p['sur']}_{dis.isoformat()}.{fmt}", f"RD_{dis.strftime('%Y%m%d')}.{fmt}",
                        f"{p['sur'].upper()} {p['given']} - {d.t('résumé de départ', 'discharge summary')}.{fmt}"])
    d.atts.append(Att(blob, ctype, fname, fn_style=rng.choice(["auto", "rfc2231", "rfc2047"])))
    t, te, g, s = hosp_doc
    d.frm = (f"{g} {s}", f"{g[0].lower()}{s.lower()}@{C.HOSP['dom']}")
    d.to = [(d.t("Secrétariat CRPT", "CRPT office"), clinic_box("secretariat"))]
    d.text = d.t(f"Bonjour,\n\nRésumé de départ en pièce jointe pour suivi en rhumatologie.\n\n{t} {g} {s}\nMédecine interne, {C.HOSP['fr']}",
                 f"Hello,\n\nDischarge summary attached for rheumatology follow-up.\n\n{te} {g} {s}\nInternal Medicine, {C.HOSP['en']}")
    d.subject = rng.choice([d.t("Résumé de départ", "Discharge summary"), d.t(f"Congé HRSA - {p['sur']}", f"HRSA discharge - {p['sur']}")])
    d.note = d.t("résumé de départ hospitalier en pièce jointe", "hospital discharge summary attached")
    return d


# --------------------------------------------------------------------------
def p_intl(ctx, lang, now):
    d = Draft(ctx, lang, "international_patient", "")
    rng = d.rng
    be = ctx.turn("intl") % 2 == 0
    p = d.patient(pool=C.BE_SUR if be else C.FR_SUR, age=(22, 70))
    d.tag("medication", "diagnosis")
    dx = rng.choice(["sle", "ra", "axspa"])
    drug = rng.choice(IV_BY_DX[dx])
    brand = rng.choice(IV[drug][0])
    clerk = "fiset"
    nm = d.pname(p, rng.choice(["upper_comma", "full", "title_fr" if lang == "fr" else "title_en"]))
    dob = d.dob(p, rng.choice(["dmy", "iso", "long_fr" if lang == "fr" else "long_en"]))
    if be:
        idl = d.t("NISS : ", "Belgian national number (NISS): ") + d.niss(p)
        org = ("Mutualité Saint-Hadelin", "mut-sthadelin.example")
        ctry = d.t("belge", "Belgian")
    else:
        idl = d.t("NIR : ", "French social security no. (NIR): ") + d.nir(p)
        org = ("CPAM de Valrose - relations internationales", "cpam-valrose.example")
        ctry = d.t("français" if p["sex"] == "M" else "française", "French")
    if lang == "fr":
        d.text = (f"Bonjour,\n\nNous suivons {nm}, ressortissant{'e' if p['sex'] == 'F' else ''} {ctry} (né{'e' if p['sex'] == 'F' else ''} le {dob}), "
                  f"séjournant au Québec pour {rng.choice(['un PVT', 'un stage postdoctoral', 'un contrat de 8 mois'])}. "
                  f"{idl}\n\n{'Elle' if p['sex'] == 'F' else 'Il'} reçoit {brand} ({drug}) {IV[drug][1]} pour {dx_art(dx)}. "
                  f"N'étant pas admissible à la RAMQ, nous vous transmettons la facture des perfusions de "
                  f"{C.MONTHS_FR[(now.month - 2) % 12]} ({rng.randint(2, 4)} x {rng.randint(1100, 2600)} $ CA) pour remboursement "
                  f"selon l'entente de sécurité sociale.\n\nPouvez-vous aussi nous confirmer la prise en charge pour les 3 prochains mois?\n\n"
                  + C.signature(clerk, "fr"))
        d.subject = rng.choice([f"Prise en charge - {C.name_style(p, 'upper_comma')}", "Remboursement soins à l'étranger", f"Facturation perfusions - {p['sur']}"])
    else:
        d.text = (f"Hello,\n\nWe are treating {nm}, a {ctry} national (DOB {dob}) staying in Quebec on "
                  f"{rng.choice(['a working holiday visa', 'a postdoctoral fellowship', 'an 8-month contract'])}.\n{idl}\n\n"
                  f"The patient receives {brand} ({drug}) {IV[drug][2]} for {dx_name(dx, 'en')}. As they are not eligible for RAMQ, "
                  f"please find the invoice for last month's infusions ({rng.randint(2, 4)} x CAD {rng.randint(1100, 2600)}) for "
                  f"reimbursement under the social security agreement.\n\nCould you also confirm coverage for the next 3 months?\n\n"
                  + C.signature(clerk, "en"))
        d.subject = rng.choice([f"Coverage - {C.name_style(p, 'upper_comma')}", "Reimbursement - care abroad", f"Infusion billing - {p['sur']}"])
    d.frm = d.staff(clerk)
    d.to = [(org[0], f"international@{org[1]}")]
    d.note = d.t("prise en charge d'un patient étranger", "foreign patient coverage request")
    return d


# --------------------------------------------------------------------------
def p_ontario(ctx, lang, now):
    d = Draft(ctx, lang, "out_of_province", "")
    rng = d.rng
    p = d.patient()
    d.tag("medication", "diagnosis")
    dx = rng.choice(["ra", "psa", "axspa", "gca"])
    drug = rng.choice(IV_BY_DX[dx])
    brand = rng.choice(IV[drug][0])
    w = weight_kg(rng)
    mg = iv_dose(rng, drug, w)
    t, te, g, s = rng.choice(C.EXT_DOCS)
    nm = d.pname(p, rng.choice(["full", "upper_comma", "title_en" if lang == "en" else "title_fr"]))
    hcn = d.ohn(p)
    dob = d.dob(p)
    addr = d.address(p, "ON") if rng.random() < 0.6 else None
    if lang == "en":
        d.text = (f"Dear colleagues,\n\nI am transferring the infusions of {nm} (DOB {dob}, OHIP {hcn}) to your unit since the "
                  f"patient now works in Saint-Aurèle.\n" + (f"Home address: {addr}\n" if addr else "") +
                  f"\nDiagnosis: {dx_name(dx, 'en')}\nCurrent: {brand} {mg} mg IV ({IV[drug][2]}), last dose "
                  f"{(now.date() - dt.timedelta(days=rng.randint(10, 40))).isoformat()}, weight {w} kg\n"
                  f"Screening: {qft_result(rng, 'en', 'neg')[1]} (2023), HBV immune.\n\n"
                  f"Out-of-province reciprocal billing should apply. Records to follow by fax.\n\n{te} {g} {s}\nRheumatology, Bellmere General Hospital")
        d.subject = rng.choice(["Transfer of infusion care", f"Transfer - {C.name_style(p, 'upper_comma')} (OHIP)", "Out-of-province patient transfer"])
    else:
        d.text = (f"Bonjour,\n\nNous transférons les perfusions de {nm} (DDN {dob}, carte Santé Ontario {hcn}) à votre unité, "
                  f"{'elle' if p['sex'] == 'F' else 'il'} travaille maintenant à Saint-Aurèle.\n" + (f"Adresse : {addr}\n" if addr else "") +
                  f"\nDiagnostic : {dx_name(dx, 'fr')}\nTraitement : {brand} {mg} mg IV ({IV[drug][1]}), dernière dose le "
                  f"{(now.date() - dt.timedelta(days=rng.randint(10, 40))).isoformat()}, poids {w} kg\n"
                  f"Dépistage : {qft_result(rng, 'fr', 'neg')[1]} (2023), immun VHB.\n\n"
                  f"La facturation réciproque hors province devrait s'appliquer. Dossier à suivre par télécopieur.\n\n{t} {g} {s}\nRhumatologie, Hôpital général de Bellmere")
        d.subject = rng.choice(["Transfert des perfusions", f"Transfert - {C.name_style(p, 'upper_comma')} (Ontario)", "Patient hors province"])
    d.tag("lab_result")
    d.frm = (f"{g} {s}", f"{g[0].lower()}{s.lower()}@bellmere-gh.example")
    d.to = [(d.t("Unité de perfusion CRPT", "CRPT infusion unit"), clinic_box("perfusion"))]
    d.note = d.t("transfert d'un patient de l'Ontario", "Ontario patient transfer")
    return d


# --------------------------------------------------------------------------
def p_waitlist(ctx, lang, now):
    d = Draft(ctx, lang, "waitlist", "")
    rng = d.rng
    rows = []
    hdr = d.t(["Reçue le", "Nom", "Prénom", "DDN", "Sexe", "NAM", "Priorité", "Motif", "Référent"],
              ["Received", "Surname", "Given name", "DOB", "Sex", "RAMQ", "Priority", "Reason", "Referred by"])
    d.tag("diagnosis")
    reasons = d.t(["PR ?", "LED - ANA 1:1280", "ACG ? VS 80", "goutte réfractaire", "APso", "SpA HLA-B27+", "polymyalgie ?", "Sjögren ?"],
                  ["?RA", "SLE - ANA 1:1280", "?GCA ESR 80", "refractory gout", "PsA", "SpA HLA-B27+", "?PMR", "?Sjogren"])
    for i in range(rng.randint(6, 10)):
        use_nam = rng.random() < 0.5
        p = d.holder() if use_nam else d.patient()
        d.pname(p, "comma")
        d.dob(p, "iso")
        nam = d.nam(p, "plain") if use_nam else ""
        rec = now.date() - dt.timedelta(days=rng.randint(3, 120))
        rows.append([rec.isoformat(), p["sur"].upper(), p["given"], p["dob"].isoformat(), p["sex"], nam,
                     rng.choice(["A", "B", "B", "C", "C", "D"]), rng.choice(reasons), "Dr " + rng.choice(C.EXT_DOCS)[3]])
    if not any(r[5] for r in rows):
        p = d.holder()
        d.pname(p, "comma")
        rows.append([now.date().isoformat(), p["sur"].upper(), p["given"], d.dob(p, "iso"), p["sex"], d.nam(p, "plain"), "B",
                     reasons[0], "Dr " + C.EXT_DOCS[0][3]])
    rows.sort()
    mode = rng.choice(["xlsx", "xlsx", "csv", "zip"])
    fname = d.t(f"liste_attente_nouveaux_{now.strftime('%Y%m%d')}", f"new_referrals_waitlist_{now.strftime('%Y%m%d')}")
    if mode == "xlsx":
        d.atts.append(Att(D.make_xlsx([(d.t("Attente", "Waitlist"), [hdr] + rows)]),
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fname + ".xlsx"))
    elif mode == "csv":
        d.atts.append(Att(D.make_csv([hdr] + rows, ";").encode("windows-1252" if lang == "fr" else "utf-8", "replace"), "text/csv",
                          fname + ".csv", charset="windows-1252" if lang == "fr" else "utf-8"))
    else:
        inner = D.make_xlsx([(d.t("Attente", "Waitlist"), [hdr] + rows)])
        d.atts.append(Att(D.make_zip([(fname + ".xlsx", inner), ("LISEZMOI.txt" if lang == "fr" else "README.txt",
                                                                 d.t("Liste extraite du système de RDV.\r\n", "Extracted from the booking system.\r\n").encode("utf-8"))]),
                          "application/zip", fname + ".zip"))
    doc = rng.choice(C.PHYSICIANS)
    d.frm = d.staff("beaulieu")
    d.to = [d.staff(x) for x in C.PHYSICIANS]
    d.text = d.t(f"Bonjour à tous,\n\nVoici la liste d'attente des nouvelles consultations à trier pour la réunion de "
                 f"{C.DAYS_FR[rng.randint(0, 4)]}. Les priorités A ont déjà été appelées.\n\nChantal\n\n" + C.signature("beaulieu", "fr"),
                 f"Hi all,\n\nHere is the new-consult waitlist for triage at {C.DAYS_EN[rng.randint(0, 4)]}'s meeting. Priority A "
                 f"patients have already been called.\n\nChantal\n\n" + C.signature("beaulieu", "en"))
    d.subject = d.t("Liste d'attente - triage", "Waitlist for triage")
    d.note = d.t(f"liste d'attente des références ({mode})", f"referral waitlist ({mode})")
    return d


# --------------------------------------------------------------------------
def p_zip_appeal(ctx, lang, now):
    d = Draft(ctx, lang, "insurer_appeal", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.4 else d.patient()
    ins = rng.choice(C.INSURERS)
    doc = rng.choice(C.PHYSICIANS)
    dx = rng.choice(["psa", "ra", "axspa"])
    drug = "infliximab"
    brand = rng.choice(IV[drug][0])
    d.tag("diagnosis", "medication", "lab_result")
    nm = d.pname(p, "full")
    dob = d.dob(p, "long_fr" if lang == "fr" else "long_en")
    ident = f"{nm}, {d.t('née' if p['sex'] == 'F' else 'né', 'born')} {d.t('le ', '')}{dob}"
    if "nam" in p:
        ident += f" ({d.t('NAM', 'RAMQ')} {d.nam(p, doc=True)}, {p['sex']})"
    letter = d.t(
        f"Objet : appel de la décision de refus - {brand}\n\nMadame, Monsieur,\n\nJe conteste le refus de couverture pour {ident}, "
        f"atteint{'e' if p['sex'] == 'F' else ''} {dx_art(dx, 'de')} depuis 2019. Le traitement sous-cutané a échoué (adalimumab x 14 mois, perte de réponse "
        f"avec anticorps anti-médicament). L'infliximab IV 5 mg/kg est la seule option appropriée.\n\n{C.staff_name(doc, 'fr')}",
        f"Re: appeal of denial - {brand}\n\nTo whom it may concern,\n\nI am appealing the coverage denial for {ident}, who has had "
        f"{dx_name(dx, 'en')} since 2019. Subcutaneous therapy has failed (adalimumab x 14 months, secondary loss of response with "
        f"anti-drug antibodies). IV infliximab 5 mg/kg is the appropriate option.\n\n{C.staff_name(doc, 'en')}")
    labs = [[d.t("Date", "Date"), d.t("Patient", "Patient"), "CRP", d.t("VS", "ESR"), d.t("Adalimumab (creux)", "Adalimumab trough"), d.t("Anticorps", "Antibodies")]]
    for i in range(4):
        dd = now.date() - dt.timedelta(days=90 * (4 - i))
        labs.append([dd.isoformat(), C.name_style(p, "upper_comma"), str(rng.randint(8, 45)), str(rng.randint(14, 60)),
                     f"{rng.uniform(0.2, 1.8):.1f} ug/mL", rng.choice(["positifs", "positive", "> 200 AU"])])
    members = [(d.t("lettre_appel.pdf", "appeal_letter.pdf"), D.make_pdf(d.t("Lettre d'appel", "Appeal letter"), letter, header=CL[lang])),
               (d.t("resultats_labo.csv", "lab_results.csv"), D.make_csv(labs).encode("utf-8")),
               (d.t("décision_refus.txt", "denial_decision.txt"),
                d.t(f"Refus du {(now.date() - dt.timedelta(days=20)).isoformat()} - motif : critères non démontrés\r\n",
                    f"Denial dated {(now.date() - dt.timedelta(days=20)).isoformat()} - reason: criteria not demonstrated\r\n").encode("utf-8"))]
    zname = rng.choice([d.t(f"Appel_{p['sur']}.zip", f"Appeal_{p['sur']}.zip"), d.t("dossier_appel.zip", "appeal_package.zip")])
    d.atts.append(Att(D.make_zip(members), "application/zip", zname))
    nurse = "marchand"
    d.frm = d.staff(nurse)
    d.to = [(d.t("Service des appels", "Appeals"), f"appels@{ins[1]}")]
    d.text = d.t(f"Bonjour,\n\nVeuillez trouver le dossier d'appel complet (lettre du médecin, résultats, décision initiale) dans l'archive ci-jointe.\n\n"
                 + C.signature(nurse, "fr") + "\n\n" + C.CONF_FOOTER_FR,
                 "Hello,\n\nThe full appeal package (physician letter, results, original decision) is in the attached archive.\n\n"
                 + C.signature(nurse, "en") + "\n\n" + C.CONF_FOOTER_EN)
    d.subject = d.t(f"Appel - refus {brand}", f"Appeal - {brand} denial")
    d.note = d.t("dossier d'appel en ZIP", "insurer appeal package in ZIP")
    return d


# --------------------------------------------------------------------------
def p_vcard(ctx, lang, now):
    d = Draft(ctx, lang, "contact_update", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.3 else d.patient()
    clerk = rng.choice(C.CLERKS)
    nurse = rng.choice(C.NURSES)
    d.tag("medication", "patient_contact")
    drug = rng.choice(["Actemra SC 162 mg", "Hadlima 40 mg", "Benlysta IV", "Inflectra"])
    ph = d.phone(p)
    addr = d.address(p)
    nm = d.pname(p, rng.choice(["full", "title_fr" if lang == "fr" else "title_en"]))
    parts = addr.split(", ")
    town = parts[-1]
    street = " ".join(parts[:2]) if parts[0].isdigit() else parts[0]
    if len(parts) > 3:
        street += ", " + ", ".join(parts[2:-1])
    note = d.t(f"Patiente CRPT - {drug}" if p["sex"] == "F" else f"Patient CRPT - {drug}", f"CRPT patient - {drug}")
    bday = None
    if "nam" in p:
        d.nam(p)
        d.dob(p)
        note += f" - NAM {C.fmt_nam(p['nam'], 'plain')} - {p['sex']}"
        bday = p["dob"]
    vcf = D.make_vcard(p["given"], p["sur"], tel=[("CELL", ph)], adr=(street, town, "QC", ""), note=note, bday=bday)
    d.atts.append(Att(vcf, rng.choice(["text/vcard", "text/x-vcard"]), f"{p['given']} {p['sur']}.vcf", charset="utf-8",
                      cte=rng.choice(["base64", "quoted-printable", "8bit"])))
    d.text = d.t(f"Salut,\n\n{nm} a un nouveau numéro de cellulaire et a déménagé — fiche à jour ci-jointe. "
                 f"Pour les rappels {drug}, utiliser le cell seulement.\n\n{C.STAFF[clerk]['given']}",
                 f"Hi,\n\n{nm} has a new cell number and moved - updated card attached. Use the cell only for {drug} reminders.\n\n"
                 f"{C.STAFF[clerk]['given']}")
    d.subject = d.t("Changement de coordonnées", "Contact info change")
    d.frm = d.staff(clerk)
    d.to = [d.staff(nurse)]
    d.note = d.t("fiche vCard avec nouvelles coordonnées", "vCard with updated contact details")
    return d


# --------------------------------------------------------------------------
def p_subject_only(ctx, lang, now):
    d = Draft(ctx, lang, "quick_note", "")
    rng = d.rng
    p = d.patient()
    doc = rng.choice(C.PHYSICIANS)
    nurse = rng.choice(C.NURSES)
    d.tag("lab_result", "medication")
    style = rng.choice(["upper_comma", "sur_given", "full", "lower", "initial"])
    nm = d.pname(p, style)
    scen = rng.choice([
        (f"{nm} - QFT indéterminé", f"{nm} - QFT indeterminate",
         "Je viens de recevoir le résultat. On le reprend la semaine prochaine? Toujours sous pred 20 mg.",
         "Just got the result. Repeat next week? Still on pred 20 mg."),
        (f"{nm} / neutros 0,8", f"{nm} / ANC 0.8",
         "On retient l'Actemra de demain? Je l'ai appelé(e), pas de fièvre.", "Hold tomorrow's Actemra? Called, no fever."),
        (f"{nm} — CK 1450", f"{nm} — CK 1450",
         "Myalgies depuis le début de l'atorvastatine. J'arrête la statine et on recontrôle?", "Myalgia since atorvastatin started. Stop it and recheck?"),
        (f"re: {nm} HbA1c", f"re: {nm} HbA1c",
         "HbA1c à 8,9 % sous prednisone 15 mg. Je fais suivre au MD de famille?", "HbA1c 8.9% on prednisone 15 mg. Forward to GP?"),
    ])
    d.frm = d.staff(nurse)
    d.to = [d.staff(doc)]
    if ctx.turn("subject_only") % 3 == 0:
        # the name appears only in the attachment's file name
        outcome, qtxt = qft_result(rng, lang, rng.choice(["pos", "ind"]))
        rep = d.t(f"Laboratoire de biologie médicale\nAnalyse : QuantiFERON-TB Gold Plus\nPrélevé le {(now.date() - dt.timedelta(days=3)).isoformat()}\n\nRésultat : {qtxt}\n",
                  f"Medical biology laboratory\nTest: QuantiFERON-TB Gold Plus\nCollected {(now.date() - dt.timedelta(days=3)).isoformat()}\n\nResult: {qtxt}\n")
        fname = f"QFT_{p['sur']}_{p['given']}_{now.strftime('%Y%m%d')}.pdf"
        d.atts.append(Att(D.make_pdf("QuantiFERON-TB Gold Plus", rep, header=C.HOSP[lang]), "application/pdf", fname,
                          fn_style=rng.choice(["auto", "rfc2231"])))
        d.subject = d.t("Résultat QFT à voir avant le début du biologique", "QFT result to review before biologic start")
        d.text = d.t("Résultat reçu ce matin (ci-joint). Le Cimzia est prévu dans 2 semaines — on attend ton OK.\n\n",
                     "Result came in this morning (attached). Cimzia is planned in 2 weeks - waiting for your OK.\n\n") + C.STAFF[nurse]["given"]
        d.note = d.t("résultat de labo, nom seulement dans le nom du fichier", "lab result, name only in the attachment file name")
        return d
    d.subject = scen[0] if lang == "fr" else scen[1]
    d.text = (scen[2] if lang == "fr" else scen[3]) + "\n\n" + C.STAFF[nurse]["given"]
    d.layout = rng.choice(["plain", "html"])
    d.note = d.t("note brève, nom seulement dans l'objet", "short note, name only in subject")
    return d


# --------------------------------------------------------------------------
def p_given_only(ctx, lang, now):
    """Given name only, made clear by the context (chair, drug, callback number)."""
    d = Draft(ctx, lang, "callback_note", "")
    rng = d.rng
    p = d.patient()
    nurse = rng.choice(C.NURSES)
    clerk = rng.choice(C.CLERKS)
    d.tag("medication", "diagnosis")
    g = d.pname(p, "given")
    ph = d.phone(p)
    chair = rng.randint(1, 12)
    drug = rng.choice(["Actemra", "Inflectra", "Truxima", "Benlysta", "Orencia"])
    if lang == "fr":
        d.text = (f"Rappeler {g} (fauteuil {chair} ce matin, {drug}) au {ph} — {'elle' if p['sex'] == 'F' else 'il'} a des nausées "
                  f"et une éruption sur les bras depuis la perfusion. {'Elle' if p['sex'] == 'F' else 'Il'} est disponible après 15 h.\n\n"
                  f"{C.STAFF[clerk]['given']}")
        d.subject = rng.choice([f"Rappel - {g}", "Message téléphonique", f"À rappeler : {g}, fauteuil {chair}"])
    else:
        d.text = (f"Please call {g} back (chair {chair} this morning, {drug}) at {ph} - nausea and a rash on the arms since the infusion. "
                  f"Available after 3 pm.\n\n{C.STAFF[clerk]['given']}")
        d.subject = rng.choice([f"Callback - {g}", "Phone message", f"To call back: {g}, chair {chair}"])
    d.frm = d.staff(clerk)
    d.to = [d.staff(nurse)]
    d.layout = rng.choice(["plain", "plain", "html"])
    d.note = d.t("message de rappel, prénom seulement", "callback note, given name only")
    return d


# --------------------------------------------------------------------------
def p_attached_eml(ctx, lang, now):
    d = Draft(ctx, lang, "forwarded_eml", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.5 else d.patient()
    psp = rng.choice(C.PSPS)
    nurse = "marchand"
    doc = rng.choice(C.PHYSICIANS)
    d.tag("medication", "diagnosis")
    brand = rng.choice(["Rinvoq", "Cosentyx", "Hadlima", "Actemra SC", "Benlysta SC"])
    nm = d.pname(p, rng.choice(["full", "upper_comma"]))
    idl = d.dob(p)
    if "nam" in p:
        idl += f", NAM {d.nam(p)}, {p['sex']}"
    case = f"{rng.choice('PQR')}{rng.randint(100000, 999999)}"
    inner_txt = d.t(f"Bonjour,\n\nDossier {case} — {nm} ({idl})\n\nInscription au programme complétée. L'assureur a refusé la couverture "
                    f"de {brand} pour {rng.choice(['spondylarthrite', 'arthrite psoriasique', 'PR'])}; nous avons activé le pont de 3 mois "
                    f"(médicament gratuit). Première livraison à domicile prévue le {workday(now, 3, 9, rng).isoformat()}.\n\n"
                    f"Coordonnatrice de cas\n{psp[0]}\n{psp[2]}",
                    f"Hello,\n\nCase {case} - {nm} ({idl})\n\nThe patient is enrolled. The insurer declined coverage of {brand} for "
                    f"{rng.choice(['axial SpA', 'psoriatic arthritis', 'RA'])}; we activated the 3-month bridge (free drug). "
                    f"First home delivery expected {workday(now, 3, 9, rng).isoformat()}.\n\nCase coordinator\n{psp[0]}\n{psp[2]}")
    sent = now - dt.timedelta(hours=rng.randint(5, 50))
    isub = d.t(f"Dossier {case} - mise à jour", f"Case {case} - update")
    inner_spec = dict(frm=(psp[0], f"cas@{psp[1]}"), to=[(C.staff_name(nurse, lang, False), C.staff_addr(nurse))], subject=isub,
                      date=sent, msgid=f"<{case}.{rng.randint(1000, 9999)}@{psp[1]}>", text=inner_txt,
                      layout=rng.choice(["plain", "alt"]), lang=lang)
    raw = M.build(inner_spec, dict(charset=rng.choice(["utf-8", "iso-8859-1"]), cte=rng.choice(["quoted-printable", "base64", "8bit"]),
                                   crlf=False, mode=rng.choice(["B", "Q"]), hcharset="utf-8", boundary_seed=f"em{rng.randint(10000, 99999)}"))
    d.atts.append(Att(raw, "message/rfc822", rng.choice([isub + ".eml", "message.eml", None])))
    d.text = d.t(f"Pour ton info — le programme a activé le pont.\n\n{C.STAFF[nurse]['given']}",
                 f"FYI - bridge activated by the PSP.\n\n{C.STAFF[nurse]['given']}")
    d.subject = d.t("TR: ", "FW: ") + isub
    d.frm = d.staff(nurse)
    d.to = [d.staff(doc)]
    d.note = d.t("courriel du programme joint en .eml", "PSP e-mail attached as message/rfc822")
    return d


# --------------------------------------------------------------------------
def p_youth(ctx, lang, now):
    d = Draft(ctx, lang, "youth_protection", "")
    rng = d.rng
    p = d.holder(kid=True)
    d.tag("diagnosis", "medication", "social_information")
    age = C.age_at(p["dob"], now.date())
    sw = "sauve"
    doc = rng.choice(C.PHYSICIANS)
    nm = d.pname(p, rng.choice(["full", "upper_comma"]))
    nam = d.nam(p)
    dob = d.dob(p)
    w = max(18, min(70, int(age * 3.2 + 12)))
    dose = int(round((12 if w < 30 else 8) * w / 10.0) * 10)
    if lang == "fr":
        d.text = (f"Bonjour,\n\nConcerne : {nm}, {age} ans — NAM {nam}, DDN {dob}, sexe {p['sex']}\n\n"
                  f"Suivi{'e' if p['sex'] == 'F' else ''} en rhumatologie pédiatrique (AJI systémique), tocilizumab IV {dose} mg aux 2 semaines "
                  f"à la clinique de perfusion. Depuis {C.MONTHS_FR[(now.month - 3) % 12]}, l'enfant est placé{'e' if p['sex'] == 'F' else ''} en famille "
                  f"d'accueil (mesure de la DPJ). L'intervenante de la DPJ nous confirme que le consentement aux soins doit être signé "
                  f"par la DPJ et non par la mère.\n\nLes deux dernières perfusions ont été manquées faute de transport; la famille "
                  f"d'accueil habite à Lac-aux-Hérons. Pouvons-nous organiser un taxi payé par l'établissement?\n\n" + C.signature(sw, "fr"))
        d.subject = rng.choice(["Confidentiel - DPJ / consentement", "Suivi DPJ - perfusions manquées", f"Consentement aux soins - {p['sur']}"])
    else:
        d.text = (f"Hello,\n\nRe: {nm}, age {age} - RAMQ {nam}, DOB {dob}, sex {p['sex']}\n\n"
                  f"Followed in paediatric rheumatology (systemic JIA), IV tocilizumab {dose} mg every 2 weeks at the infusion clinic. "
                  f"Since {C.MONTHS_EN[(now.month - 3) % 12]} the child has been in foster care (youth protection order). The DPJ worker "
                  f"confirms that consent for treatment must be signed by youth protection, not by the mother.\n\nThe last two "
                  f"infusions were missed for lack of transport; the foster family lives in Lac-aux-Hérons. Can we arrange a taxi "
                  f"paid by the institution?\n\n" + C.signature(sw, "en"))
        d.subject = rng.choice(["Confidential - youth protection / consent", "Youth protection follow-up - missed infusions",
                                f"Consent to care - {p['sur']}"])
    d.frm = d.staff(sw)
    d.to = [d.staff(doc)]
    d.cc = [d.staff("haddad")]
    d.extra = [("Importance", "high")]
    d.note = d.t("enfant suivi, protection de la jeunesse", "child patient with youth protection involvement")
    return d


# --------------------------------------------------------------------------
def p_vaccine(ctx, lang, now):
    d = Draft(ctx, lang, "vaccination", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.4 else d.patient()
    nurse = rng.choice(["marchand", "drouin"])
    d.tag("medication", "lab_result")
    drug = rng.choice(["Rinvoq (upadacitinib)", "Xeljanz (tofacitinib)", "Olumiant (baricitinib)", "rituximab (Riximyo)"])
    nm = d.pname(p)
    dob = d.dob(p)
    rows = [[d.t("Vaccin", "Vaccine"), d.t("Date", "Date"), d.t("Lot", "Lot"), d.t("Site", "Site")],
            ["Shingrix #1", (now.date() - dt.timedelta(days=62)).isoformat(), f"{rng.choice('AKX')}{rng.randint(10000, 99999)}{rng.choice('BCD')}", d.t("deltoïde G", "L deltoid")],
            ["Prevnar 20", (now.date() - dt.timedelta(days=62)).isoformat(), f"{rng.choice('LM')}{rng.randint(10000, 99999)}", d.t("deltoïde D", "R deltoid")],
            ["Shingrix #2", d.t("à donner", "due"), "", ""]]
    idl = f"{d.t('DDN', 'DOB')} {dob}"
    if "nam" in p:
        idl += f", NAM {d.nam(p)}, {p['sex']}"
    if rng.random() < 0.5:
        idl += f", {d.t('dossier', 'MRN')} {d.mrn(p)}"
    if lang == "fr":
        d.text = (f"Bonjour,\n\nPour {nm} ({idl}) qui doit débuter {drug} : sérologie VZV IgG négative, hépatite B non immune "
                  f"(anti-HBs < 10). Merci de donner au CLSC Shingrix #2 et Heplisav-B 2 doses avant le début prévu le "
                  f"{workday(now, 20, 40, rng).isoformat()}.\n\nRegistre vaccinal ci-dessous / ci-joint.\n\n"
                  + "\n".join("  ".join(f"{c:<13}" for c in r) for r in rows) + "\n\n" + C.signature(nurse, "fr"))
        d.subject = rng.choice(["Vaccination pré-biologique", f"Vaccins avant JAK - {p['sur']}", "Demande de vaccination CLSC"])
    else:
        d.text = (f"Hello,\n\nFor {nm} ({idl}) who is due to start {drug}: VZV IgG negative, not immune to hepatitis B "
                  f"(anti-HBs < 10). Please give Shingrix #2 and Heplisav-B x2 before the planned start on "
                  f"{workday(now, 20, 40, rng).isoformat()}.\n\nVaccine record below / attached.\n\n"
                  + "\n".join("  ".join(f"{c:<13}" for c in r) for r in rows) + "\n\n" + C.signature(nurse, "en"))
        d.subject = rng.choice(["Pre-biologic vaccination", f"Vaccines before JAK - {p['sur']}", "Vaccination request"])
    if rng.random() < 0.5:
        d.atts.append(Att(D.make_csv([[d.t("Nom", "Name"), d.t("DDN", "DOB")] + rows[0]] + [[C.name_style(p, "comma"), p["dob"].isoformat()] + r for r in rows[1:]]).encode("utf-8"),
                          "text/csv", d.t("registre_vaccinal.csv", "vaccine_record.csv"), charset="utf-8"))
    d.frm = d.staff(nurse)
    d.to = [(d.t("Vaccination CLSC des Trembles", "CLSC vaccination"), "vaccination@clsc-trembles.example")]
    d.note = d.t("demande de vaccination avant biologique", "vaccination request before biologic")
    return d


# --------------------------------------------------------------------------
def p_noshow(ctx, lang, now):
    d = Draft(ctx, lang, "no_show", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.3 else d.patient()
    clerk = rng.choice(C.CLERKS)
    nurse = rng.choice(C.NURSES)
    drug = rng.choice(["infliximab", "tocilizumab", "rituximab", "pegloticase", "belimumab"])
    brand = rng.choice(IV[drug][0])
    d.tag("medication")
    nm = d.pname(p, rng.choice(["full", "upper_comma", "title_fr" if lang == "fr" else "title_en", "lower"]))
    ph = d.phone(p)
    extra = ""
    if "nam" in p:
        extra = f" (NAM {d.nam(p)}, {d.dob(p)}, {p['sex']})"
    elif rng.random() < 0.5:
        extra = f" ({d.t('dossier', 'MRN')} {d.mrn(p)})"
    soc = ""
    if rng.random() < 0.4:
        d.tag("social_information")
        soc = d.t(" Sa sœur dit qu'" + ("elle" if p["sex"] == "F" else "il") + " a perdu son logement et dort au refuge Le Phare depuis une semaine.",
                  " The sister says the patient lost their apartment and has been at the Harbour shelter for a week.")
    if lang == "fr":
        d.text = (f"Bonjour {C.STAFF[nurse]['given']},\n\n{nm}{extra} ne s'est pas présenté{'e' if p['sex'] == 'F' else ''} ce matin pour "
                  f"son {brand} — c'est la {rng.choice(['2e', '3e'])} absence. J'ai appelé au {ph} à 9 h et 11 h, boîte vocale pleine. "
                  f"La pharmacie a déjà préparé la dose ({rng.choice(['400', '500', '600'])} mg).{soc}\n\nOn fait quoi?\n\n{C.STAFF[clerk]['given']}")
        d.subject = rng.choice(["Absence perfusion", f"No-show {brand}", f"Absent ce matin - {p['sur']}"])
    else:
        d.text = (f"Hi {C.STAFF[nurse]['given']},\n\n{nm}{extra} did not show up this morning for {brand} - that's the "
                  f"{rng.choice(['2nd', '3rd'])} no-show. Called {ph} at 9 and 11, mailbox full. Pharmacy already mixed the dose.{soc}\n\n"
                  f"What should we do?\n\n{C.STAFF[clerk]['given']}")
        d.subject = rng.choice(["Infusion no-show", f"No-show {brand}", f"Missed this am - {p['sur']}"])
    d.frm = d.staff(clerk)
    d.to = [d.staff(nurse)]
    d.note = d.t("absence à la perfusion", "missed infusion")
    return d


# --------------------------------------------------------------------------
def p_records(ctx, lang, now):
    d = Draft(ctx, lang, "records_request", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.4 else d.patient()
    arch = "nakamura"
    d.tag("diagnosis")
    nm = d.pname(p, rng.choice(["upper_comma", "full"]))
    dob = d.dob(p)
    mr = d.mrn(p)
    ext = f"\nNAM : {d.nam(p)}\n{d.t('Sexe', 'Sex')} : {p['sex']}" if "nam" in p else ""
    if ctx.turn("records_sin") % 2 == 0:
        ext += f"\n{d.t('NAS (fourni par l' + chr(39) + 'assureur)', 'SIN (provided by insurer)')} : {d.sin(p)}"
    firm = rng.choice([("Cabinet Lussier-Aubé avocats", "lussier-aube.example"), ("Boréal Vie - invalidité", "borealvie.example"),
                       ("Commission des normes (dossier lésion)", "cnesst-fictif.example")])
    if lang == "fr":
        d.text = (f"Bonjour,\n\nNous avons reçu la demande de {firm[0]} pour copie du dossier de :\n\nNom : {nm}\nDDN : {dob}\n"
                  f"No dossier : {mr}{ext}\nPériode : 2021-01-01 à ce jour\nMotif : réclamation en lien avec "
                  f"{rng.choice(['une polyarthrite rhumatoïde', 'un lupus', 'une arthrite psoriasique'])} (invalidité longue durée)\n\n"
                  f"Le consentement signé est au dossier. Dre/Dr, pouvez-vous confirmer qu'aucune note ne doit être retenue "
                  f"(notes de la travailleuse sociale)?\n\n" + C.signature(arch, "fr"))
        d.subject = rng.choice(["Demande d'accès au dossier", f"Copie de dossier - {mr}", "Demande de documents - consentement reçu"])
    else:
        d.text = (f"Hello,\n\nWe received a request from {firm[0]} for a copy of the chart of:\n\nName: {nm}\nDOB: {dob}\n"
                  f"Chart #: {mr}{ext}\nPeriod: 2021-01-01 to date\nPurpose: claim related to "
                  f"{rng.choice(['rheumatoid arthritis', 'lupus', 'psoriatic arthritis'])} (long-term disability)\n\n"
                  f"Signed consent is on file. Dr, can you confirm no notes should be withheld (social work notes)?\n\n" + C.signature(arch, "en"))
        d.subject = rng.choice(["Records request", f"Chart copy - {mr}", "Release of information - consent received"])
    d.frm = d.staff(arch)
    d.to = [d.staff(rng.choice(C.PHYSICIANS))]
    d.note = d.t("demande d'accès au dossier", "release of information request")
    return d


# --------------------------------------------------------------------------
def p_imaging(ctx, lang, now):
    d = Draft(ctx, lang, "imaging", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.35 else d.patient()
    doc = rng.choice(C.PHYSICIANS)
    d.tag("lab_result", "diagnosis")
    exam = rng.choice([("IRM des sacro-iliaques", "SI joint MRI", "œdème osseux sous-chondral bilatéral, compatible avec sacro-iliite active",
                        "bilateral subchondral bone marrow oedema consistent with active sacroiliitis"),
                       ("Échographie des mains", "Hand ultrasound", "synovite grade 2 Doppler + aux MCP 2-3 D, érosion MCP2",
                        "grade 2 synovitis with power Doppler at right MCP 2-3, erosion at MCP2"),
                       ("Écho-Doppler des artères temporales", "Temporal artery ultrasound", "signe du halo bilatéral, compatible avec ACG",
                        "bilateral halo sign, consistent with GCA"),
                       ("Radiographie pulmonaire", "Chest X-ray", "nodule calcifié LSD, pas de signe de TB active",
                        "calcified RUL nodule, no sign of active TB")])
    nm = d.pname(p, rng.choice(["upper_comma", "full", "sur_given"]))
    idl = []
    if rng.random() < 0.7:
        idl.append(f"{d.t('Dossier', 'MRN')}: {d.mrn(p)}")
    idl.append(f"{d.t('DDN', 'DOB')}: {d.dob(p)}")
    if "nam" in p:
        idl.append(f"NAM: {d.nam(p)}  {d.t('Sexe', 'Sex')}: {p['sex']}")
    rad = rng.choice(C.EXT_DOCS)
    rep = (f"{d.t('Examen', 'Exam')}: {exam[0] if lang == 'fr' else exam[1]}\n{d.t('Patient', 'Patient')}: {nm}\n" + "\n".join(idl) +
           f"\n{d.t('Date', 'Date')}: {(now.date() - dt.timedelta(days=rng.randint(1, 5))).isoformat()}\n\n"
           f"{d.t('Conclusion', 'Impression')}: {exam[2] if lang == 'fr' else exam[3]}.\n\n{rad[0] if lang == 'fr' else rad[1]} {rad[2]} {rad[3]}, "
           f"{d.t('radiologiste', 'radiologist')}")
    d.frm = (d.t("Imagerie médicale HRSA", "HRSA Medical Imaging"), f"imagerie-resultats@{C.HOSP['dom']}")
    d.to = [d.staff(doc)]
    if rng.random() < 0.5:
        d.atts.append(Att(D.make_pdf(d.t("Rapport d'imagerie", "Imaging report"), rep, header=C.HOSP[lang]), "application/pdf",
                          rng.choice(["rapport.pdf", f"{exam[1].replace(' ', '_')}_{p['sur']}.pdf", "report_final.pdf"])))
        d.text = d.t("Rapport final disponible (ci-joint). Ne pas répondre à ce courriel.", "Final report available (attached). Do not reply to this e-mail.")
    else:
        d.text = rep + "\n\n--\n" + d.t("Message automatique - ne pas répondre.", "Automated message - do not reply.")
    d.subject = d.t("Rapport d'imagerie disponible", "Imaging report available") + rng.choice(["", f" - {p['sur'].upper()}"])
    d.note = d.t("rapport d'imagerie", "imaging report")
    return d


# --------------------------------------------------------------------------
def p_zoledronic(ctx, lang, now):
    d = Draft(ctx, lang, "bone_infusion", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.4 else d.patient(sex="F", age=(58, 88))
    doc = rng.choice(C.PHYSICIANS)
    nurse = rng.choice(C.NURSES)
    d.tag("diagnosis", "medication", "lab_result")
    nm = d.pname(p, rng.choice(["title_fr" if lang == "fr" else "title_en", "full", "upper_comma"]))
    dob = d.dob(p)
    day = workday(now, 5, 20, rng)
    idl = f"{d.t('DDN', 'DOB')} {dob}"
    if "nam" in p:
        idl += f", NAM {d.nam(p)} ({p['sex']})"
    else:
        idl += f", {d.t('dossier', 'MRN')} {d.mrn(p)}"
    ca = f"{rng.uniform(2.2, 2.5):.2f}"
    vd = rng.randint(48, 110)
    cr = rng.randint(58, 96)
    if lang == "fr":
        d.text = (f"Bonjour,\n\n{nm} ({idl}) — ostéoporose avec fracture du poignet en 2024, T-score hanche -2,8.\n"
                  f"Bilan : Ca corrigé {ca.replace('.', ',')} mmol/L, 25-OH vit D {vd} nmol/L, créat {cr} µmol/L (DFGe > 60). "
                  f"Examen dentaire fait en janvier.\n\nOK pour Aclasta 5 mg IV le {C.dfr(day, True)}. Prendre acétaminophène 1 g "
                  f"avant et bien s'hydrater.\n\n{C.staff_name(doc, 'fr')}")
        d.subject = rng.choice(["Aclasta - OK pour perfusion", f"Acide zolédronique {day.strftime('%d/%m')}", f"Perfusion Aclasta - {p['sur']}"])
    else:
        d.text = (f"Hi,\n\n{nm} ({idl}) - osteoporosis with 2024 wrist fracture, hip T-score -2.8.\n"
                  f"Labs: corrected Ca {ca} mmol/L, 25-OH vit D {vd} nmol/L, creat {cr} umol/L (eGFR > 60). Dental exam done in January.\n\n"
                  f"OK for zoledronic acid 5 mg IV on {C.den(day, True)}. Acetaminophen 1 g before and hydrate well.\n\n{C.staff_name(doc, 'en')}")
        d.subject = rng.choice(["Aclasta - cleared for infusion", f"Zoledronic acid {day.strftime('%b %d')}", f"Aclasta infusion - {p['sur']}"])
    d.frm = d.staff(doc)
    d.to = [d.staff(nurse)]
    d.note = d.t("autorisation de perfusion d'acide zolédronique", "zoledronic acid infusion clearance")
    return d


TEMPLATES = [
    (p_patient_fwd, 4), (p_reply_quoted, 4), (p_discharge, 3), (p_intl, 6), (p_ontario, 4), (p_waitlist, 3),
    (p_zip_appeal, 3), (p_vcard, 3), (p_subject_only, 3), (p_given_only, 2), (p_attached_eml, 3), (p_youth, 3), (p_vaccine, 3),
    (p_noshow, 3), (p_records, 2), (p_imaging, 3), (p_zoledronic, 3),
]
