# -*- coding: utf-8 -*-
"""Positive templates, part B: outpatient medication reconciliation (BCM), discharge,
prescriptions, home care, transport, and the attachment-heavy messages."""
import datetime

from gen_common import (ANTICOAG, CLSC, COMMUNITY_PHARMACIES, COMORBID, INDICATIONS, OTHER_MEDS,
                        SOCIAL, fmt_date, sex_label, social)
from gen_docs import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx, make_zip
from gen_pos_a import L, community_pharmacist, drt, gmf_doctor, pick
from gen_text import (Acc, clinic_mail, closing, earlier, fill_quote, forward_block, future_day, greet,
                      quote_reply, signature, site_info, slug)


def med_list(rng, lang, n):
    ac = rng.choice(ANTICOAG[:6])
    others = rng.sample(OTHER_MEDS, n - 1)
    return [(ac[1] if lang == "fr" else ac[2])] + [(o[1] if lang == "fr" else o[2]) for o in others]


# ---------------------------------------------------------------------- 11
def pos_bcm_request(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.5)
    s = ctx.pick_staff(rng.choice(["pharm", "tech"]))
    cg, cs, cmail, cph = community_pharmacist(ctx)
    rdv = future_day(dt, rng, 1, 6)
    nm = a.name(p, ["title_full", "upper", "full"])
    a.add("medication")
    idl = [L(lang, "Nom : ", "Name: ") + nm, L(lang, "Date de naissance : ", "Date of birth: ") + a.dob(p)]
    if p.nam:
        idl += [L(lang, "Sexe : ", "Sex: ") + sex_label(p.sex, lang, rng), "NAM : " + a.nam(p)]
        if p.given not in nm:
            idl[0] += " (%s)" % p.given
    if rng.random() < 0.6:
        idl.append(L(lang, "Adresse au dossier : ", "Address on file: ") + p.address)
        a.add("patient_contact")
    reason = rng.choice([("suivi post-EP sous apixaban", "post-PE follow-up on apixaban"),
                         ("début de warfarine pour FA", "warfarin start for AF"),
                         ("chutes et saignements sous rivaroxaban", "falls and bleeding on rivaroxaban")])
    a.add("diagnosis")
    if lang == "fr":
        body = ("%s\n\nDans le cadre du bilan comparatif des médicaments (BCM) en clinique externe, pourriez-vous nous transmettre "
                "le profil pharmacologique des 6 derniers mois de l'usager suivant? Rendez-vous le %s (%s).\n\n%s\n\n"
                "Le DSQ montre une ordonnance de %s qui ne figure pas sur la liste apportée par la famille; "
                "nous voulons valider si elle est toujours servie.\n\nVous pouvez répondre à ce courriel (boîte sécurisée) ou télécopier au %s.\n\n%s\n\n%s"
                % (greet(lang, rng, formal=True), fmt_date(rdv, lang, "long"), reason[0], "\n".join(idl),
                   rng.choice(["clopidogrel", "naproxène", "AAS 80 mg", "amiodarone"]),
                   site_info(s.site)[4][:-2] + "99", closing(lang, rng), signature(s, lang, rng)))
        subj = rng.choice(["Demande de profil pharmacologique - BCM", "BCM clinique externe - profil svp", "Profil pharmaco demandé"])
    else:
        body = ("%s\n\nFor an outpatient medication reconciliation (BPMH), could you send us the 6-month medication profile "
                "for the following patient? Appointment on %s (%s).\n\n%s\n\n"
                "The DSQ shows a prescription for %s that is not on the list the family brought; "
                "we want to confirm whether it is still being dispensed.\n\nYou can reply to this secure mailbox or fax %s.\n\n%s\n\n%s"
                % (greet(lang, rng, formal=True), fmt_date(rdv, lang, "long"), reason[1], "\n".join(idl),
                   rng.choice(["clopidogrel", "naproxen", "ASA 81 mg", "amiodarone"]),
                   site_info(s.site)[4][:-2] + "99", closing(lang, rng), signature(s, lang, rng)))
        subj = rng.choice(["Medication profile request - BPMH", "Outpatient med rec - profile please", "Pharmacy profile needed"])
    return a.spec((L(lang, "BCM Cliniques externes", "Outpatient Med Rec"), clinic_mail("bcm")), [("%s %s" % (cg, cs), cmail)],
                  subj, body, dt, "medrec_request", "request to community pharmacy for a medication profile")


# ---------------------------------------------------------------------- 12
def pos_bcm_profile_reply(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.6)
    s = ctx.pick_staff("pharm")
    cg, cs, cmail, cph = community_pharmacist(ctx)
    meds = med_list(rng, lang, rng.randrange(5, 9))
    a.add("medication")
    rows = [[L(lang, "Date service", "Fill date"), L(lang, "Médicament / posologie", "Drug / directions"), L(lang, "Qté", "Qty"),
             L(lang, "Prescripteur", "Prescriber")]]
    for i, m in enumerate(meds):
        d = dt.date() - datetime.timedelta(days=rng.randrange(3, 170))
        rows.append([d.isoformat(), m, str(rng.choice([28, 30, 56, 60, 90, 100])), rng.choice(["Dre Lebrun", "Dr Audet", "Dre Hamelin", "Dr Ricard"])])
    hdr = a.idb(p, pdf=True, with_mrn=False).split("\n")
    hdr.append(L(lang, "Téléphone : ", "Phone: ") + p.phone)
    a.add("patient_contact")
    kind = rng.choice(["pdf", "csv", "pdf"])
    if kind == "pdf":
        data = make_pdf(L(lang, "Profil pharmacologique", "Medication profile"), hdr, header=[cph[0], cph[2]], table=rows,
                        compress=rng.random() < 0.5, author=cph[0])
        fn = rng.choice(["profil_%s.pdf" % slug(p.surname).lower(), L(lang, "Profil pharmacologique - 6 derniers mois.pdf", "profile.pdf"),
                         "Profile_%s.pdf" % dt.strftime("%d%m%Y")])
        att = {"kind": "pdf", "filename": fn, "data": data}
    else:
        data = make_csv([[h] for h in hdr] + [[]] + rows, encoding="cp1252" if lang == "fr" else "utf-8", delimiter=";")
        fn = "profil_%s_%s.csv" % (slug(p.surname).upper(), p.dob.strftime("%Y%m%d"))
        a.ev["names"].append(slug(p.surname))
        att = {"kind": "csv", "filename": fn, "data": data, "charset": "windows-1252" if lang == "fr" else "utf-8"}
    t0 = earlier(dt, rng, (3, 30))
    if lang == "fr":
        orig = ("Bonjour,\n\nDans le cadre du BCM en clinique externe, pourriez-vous nous transmettre le profil pharmacologique "
                "de %s? Merci.\n\n%s" % (p.title(lang) + " " + p.surname, s.full))
        body = ("%s\n\nVoici le profil demandé. À noter : %s\n\n%s %s, pharmacien%s\n%s\n%s"
                % (greet(lang, rng), rng.choice(["le clopidogrel n'a pas été renouvelé depuis août.",
                                                "on sert aussi un naproxène prescrit par le dentiste.",
                                                "la warfarine est en pilulier hebdomadaire."]),
                   cg, cs, "ne" if cg in ("Nadia", "Amélie", "Kim", "Sonia", "Laurence") else "", cph[0], cph[2]))
        subj = "RE: Demande de profil pharmacologique - BCM"
    else:
        orig = ("Hello,\n\nFor an outpatient medication reconciliation, could you send us the medication profile for %s? Thanks.\n\n%s"
                % (p.title(lang) + " " + p.surname, s.full))
        body = ("%s\n\nProfile attached. Note: %s\n\n%s %s, pharmacist\n%s\n%s"
                % (greet(lang, rng), rng.choice(["clopidogrel has not been refilled since August.",
                                                "we also dispense naproxen prescribed by the dentist.",
                                                "warfarin is in a weekly blister pack."]),
                   cg, cs, cph[0], cph[2]))
        subj = "RE: Medication profile request - BPMH"
    a.name(p)
    body += fill_quote(quote_reply(orig, lang, s.full, s.email, t0, rng), L(lang, "Pharmacie", "Pharmacy"), subj[4:])
    return a.spec(("%s %s" % (cg, cs), cmail), [s.addr()], subj, body, dt, "pharmacy_profile",
                  "community pharmacy sends medication profile, quoted request", attachments=[att])


# ---------------------------------------------------------------------- 13
def pos_bcm_discrepancy(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.5)
    s = ctx.pick_staff("pharm")
    dg, ds, dmail, gmf = gmf_doctor(ctx)
    meds = med_list(rng, lang, 6)
    a.add("medication", "diagnosis")
    table = [[L(lang, "Médicament (DSQ)", "Medication (DSQ)"), L(lang, "Pris par l'usager", "Taken by patient"), L(lang, "Écart", "Discrepancy")]]
    for m in meds:
        st = rng.choice([("Oui", "Yes", ""), ("Non - cessé par l'usager", "No - stopped by patient", "Écart non intentionnel"),
                         ("Oui, 1 fois/j au lieu de 2", "Yes, once daily not twice", "Dose différente"), ("Oui", "Yes", "")])
        table.append([m, L(lang, st[0], st[1]), L(lang, st[2], {"": "", "Écart non intentionnel": "Unintentional",
                                                                "Dose différente": "Different dose"}[st[2]])])
    idtxt = a.idb(p, pdf=True)
    lines = idtxt.split("\n") + ["", L(lang, "Diagnostic principal : ", "Main diagnosis: ") + pick(rng, INDICATIONS, lang)[1],
                                 L(lang, "Comorbidités : ", "Comorbidities: ") + ", ".join(pick(rng, COMORBID, lang)[1] for _ in range(2)),
                                 L(lang, "Sources consultées : DSQ, profil pharmacie communautaire, entrevue usager + fille",
                                   "Sources: DSQ, community pharmacy profile, interview with patient + daughter")]
    name_in_file = rng.random() < 0.6
    if name_in_file:
        fn = rng.choice(["BCM_%s_%s_%s.pdf" % (slug(p.surname).upper(), slug(p.given), p.dob.isoformat()),
                         L(lang, "Bilan comparatif des médicaments - %s %s - né(e) le %s.pdf", "Medication reconciliation - %s %s - born %s.pdf")
                         % (p.surname.upper(), p.given, p.dob.isoformat())])
        a.ev["names"].append(slug(p.surname) if fn.startswith("BCM_") else p.surname)
        a.add("date_of_birth")
    else:
        fn = "BCM_%s.pdf" % dt.strftime("%Y%m%d_%H%M")
    pdf = make_pdf(L(lang, "Bilan comparatif des médicaments - clinique externe", "Best possible medication history - outpatient"),
                   lines, table=table, compress=rng.random() < 0.5, author=s.full,
                   footer=L(lang, "Document généré par le module BCM - ne pas modifier", "Generated by the BPMH module - do not edit"))
    if lang == "fr":
        body = ("%s\n\nVous trouverez ci-joint le BCM réalisé ce matin. Deux écarts non intentionnels à votre attention, "
                "dont un qui touche l'anticoagulant. Je reste disponible pour en discuter.\n\n%s\n\n%s"
                % (greet(lang, rng, drt(dg, lang) + " " + ds), closing(lang, rng), signature(s, lang, rng)))
        subj = rng.choice(["BCM - écarts à valider", "Bilan comparatif des médicaments", "BCM clinique externe"])
    else:
        body = ("%s\n\nPlease find attached the BPMH done this morning. Two unintentional discrepancies need your attention, "
                "one involving the anticoagulant. Happy to discuss.\n\n%s\n\n%s"
                % (greet(lang, rng, drt(dg, lang) + " " + ds), closing(lang, rng), signature(s, lang, rng)))
        subj = rng.choice(["BPMH - discrepancies to review", "Medication reconciliation", "Outpatient BPMH"])
    return a.spec(s.addr(), [(drt(dg, "fr") + " %s %s" % (dg, ds), dmail)], subj, body, dt, "medrec_discrepancy",
                  "medication reconciliation PDF with discrepancies, identity in attachment",
                  attachments=[{"kind": "pdf", "filename": fn, "data": pdf}])


# ---------------------------------------------------------------------- 14
def pos_discharge(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.6)
    md = ctx.pick_staff("md")
    ph = ctx.pick_staff("pharm")
    dg, ds, dmail, gmf = gmf_doctor(ctx)
    ind_k, ind = pick(rng, INDICATIONS, lang)
    adm = dt.date() - datetime.timedelta(days=rng.randrange(3, 12))
    meds = med_list(rng, lang, rng.randrange(4, 7))
    a.add("diagnosis", "medication", "lab_result")
    idtxt = a.idb(p, with_mrn=True)
    paras = idtxt.split("\n") + [
        L(lang, "Admission : %s   Congé : %s", "Admitted: %s   Discharged: %s") % (fmt_date(adm, lang, "iso"), fmt_date(dt.date(), lang, "iso")),
        L(lang, "Diagnostic principal : ", "Main diagnosis: ") + ind,
        L(lang, "Évolution : anticoagulation débutée au jour 1, aucune complication hémorragique. Hb stable à 118 g/L, "
                "créatinine 88 µmol/L, plaquettes 214.",
          "Course: anticoagulation started day 1, no bleeding complication. Hb stable at 118 g/L, creatinine 88 umol/L, platelets 214."),
        L(lang, "Médication au congé :", "Discharge medications:")]
    after = ["- " + m for m in meds] + [
        L(lang, "Suivi : clinique d'anticoagulation dans 1 semaine; RNI le %s.", "Follow-up: anticoagulation clinic in 1 week; INR on %s.")
        % fmt_date(future_day(dt, rng, 3, 7), lang, "long")]
    doc = make_docx(L(lang, "Résumé de départ - volet pharmacothérapie", "Discharge summary - pharmacotherapy"), paras,
                    after=after, author=staff_name(md, lang))
    kind = rng.choice(["docx", "docx", "pdf"])
    if kind == "pdf":
        data = make_pdf(L(lang, "Résumé de départ - volet pharmacothérapie", "Discharge summary - pharmacotherapy"),
                        _plainify(paras) + after, compress=True, author=ph.full)
    else:
        data = doc
    fn = rng.choice([L(lang, "Résumé de départ - volet pharmacothérapie.%s", "discharge_summary.%s") % kind,
                     "%s_%s.%s" % (L(lang, "Resume", "Summary"), p.mrn, kind)])
    if lang == "fr":
        body = ("%s\n\nPour information, votre patient%s a obtenu son congé aujourd'hui. Résumé de départ et liste de médicaments "
                "ci-joints. Une copie a été envoyée à la pharmacie communautaire.\n\n%s\n\n%s"
                % (greet(lang, rng, drt(dg, lang) + " " + ds), "e" if p.sex == "F" else "", closing(lang, rng), signature(ph, lang, rng)))
        subj = rng.choice(["Résumé de départ", "Congé - résumé et médication", "Résumé de départ - suivi anticoagulation"])
    else:
        body = ("%s\n\nFYI your patient was discharged today. Discharge summary and medication list attached. "
                "A copy went to the community pharmacy.\n\n%s\n\n%s"
                % (greet(lang, rng, drt(dg, lang) + " " + ds), closing(lang, rng), signature(ph, lang, rng)))
        subj = rng.choice(["Discharge summary", "Discharge - summary and meds", "Discharge summary - anticoagulation follow-up"])
    return a.spec(ph.addr(), [(drt(dg, "fr") + " %s %s" % (dg, ds), dmail)], subj, body, dt, "discharge_summary",
                  "discharge summary with anticoagulation section attached",
                  attachments=[{"kind": kind, "filename": fn, "data": data}])


def staff_name(s, lang):
    return (("Dre " if s.sex == "F" else "Dr ") if lang == "fr" else "Dr. ") + s.full


def _plainify(lines):
    import unicodedata
    return [unicodedata.normalize("NFKC", x) for x in lines]


# ---------------------------------------------------------------------- 15
def pos_prescription(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.7)
    md = ctx.pick_staff("md")
    cg, cs, cmail, cph = community_pharmacist(ctx)
    wt = rng.randrange(52, 110)
    drug = rng.choice([
        ("Énoxaparine (Lovenox) %d mg SC q12h x 10 jours, puis réévaluer" % wt, "Enoxaparin (Lovenox) %d mg SC q12h x 10 days, then reassess" % wt),
        ("Apixaban 10 mg PO BID x 7 jours puis 5 mg PO BID. Qté : 1 trousse de départ + 60 co, R x 5", "Apixaban 10 mg PO BID x 7 days then 5 mg PO BID. Qty: 1 starter pack + 60 tabs, Refills x 5"),
        ("Rivaroxaban 15 mg PO BID avec repas x 21 jours puis 20 mg DIE", "Rivaroxaban 15 mg PO BID with food x 21 days then 20 mg daily"),
        ("Warfarine 5 mg co, prendre selon le calendrier de la clinique d'anticoagulation. Qté : 100 co", "Warfarin 5 mg tabs, take as per anticoagulation clinic calendar. Qty: 100 tabs")])
    dx = pick(rng, INDICATIONS, lang)[1]
    a.add("medication", "diagnosis", "patient_contact")
    lines = a.idb(p, pdf=True).split("\n") + [
        L(lang, "Adresse : ", "Address: ") + p.address, L(lang, "Téléphone : ", "Phone: ") + p.phone,
        L(lang, "Poids : %d kg   Allergies : aucune connue", "Weight: %d kg   Allergies: NKDA") % wt, "",
        "Rx", L(lang, drug[0], drug[1]), "", L(lang, "Indication : ", "Indication: ") + dx, "",
        L(lang, "Prescripteur : ", "Prescriber: ") + staff_name(md, lang) + L(lang, "  - permis ", "  - licence ") + "1-%05d" % rng.randrange(10000, 99999)]
    pdf = make_pdf(L(lang, "Ordonnance", "Prescription"), lines, header=[site_info(md.site)[1], site_info(md.site)[3]],
                   compress=rng.random() < 0.5, author=md.full)
    fn = rng.choice(["Rx_%s.pdf" % dt.strftime("%Y%m%d"), L(lang, "ordonnance.pdf", "prescription.pdf"),
                     "Rx %s %s.pdf" % (p.surname, p.given)])
    if fn.startswith("Rx ") and fn != "Rx_":
        a.ev["names"].append(p.surname)
    if lang == "fr":
        body = ("%s\n\nOrdonnance ci-jointe pour %s, qui passera la chercher en fin de journée. "
                "L'original suit par télécopieur. Merci de faire l'enseignement sur l'anticoagulant.\n\n%s\n\n%s"
                % (greet(lang, rng), rng.choice(["un usager vu à l'urgence ce matin", "une nouvelle TVP", "notre usager"]),
                   closing(lang, rng), signature(md, lang, rng)))
        subj = rng.choice(["Ordonnance", "Rx anticoagulant", "Ordonnance - départ de l'urgence"])
    else:
        body = ("%s\n\nPrescription attached for %s, who will pick it up this afternoon. "
                "Original follows by fax. Please do the anticoagulant counselling.\n\n%s\n\n%s"
                % (greet(lang, rng), rng.choice(["a patient seen in the ED this morning", "a patient with a new DVT", "our patient"]),
                   closing(lang, rng), signature(md, lang, rng)))
        subj = rng.choice(["Prescription", "Anticoagulant Rx", "Rx - ED discharge"])
    return a.spec(md.addr(), [(cph[0], "rx@" + cph[1])], subj, body, dt, "prescription",
                  "anticoagulant prescription PDF sent to community pharmacy",
                  attachments=[{"kind": "pdf", "filename": fn, "data": pdf}])


# ---------------------------------------------------------------------- 16
def pos_home_care(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.5, min_age=70)
    n = ctx.pick_staff("nurse")
    soc = rng.randrange(len(SOCIAL))
    a.add("medication", "patient_contact", "social_information", "diagnosis")
    idt = a.idb(p, with_mrn=False)
    start = future_day(dt, rng, 1, 5)
    if lang == "fr":
        body = ("%s\n\nDemande de services au soutien à domicile (SAD) :\n\n%s\nAdresse : %s\nTél. : %s\n\n"
                "Besoin : prélèvements RNI à domicile aux 2 semaines à partir du %s + injections de daltéparine "
                "(Fragmin 12 500 UI SC DIE) pour TVP, jusqu'à ce que le RNI soit >= 2.\n"
                "Contexte : %s. Mobilité réduite (marchette), n'a pas d'auto.\n"
                "Code de porte : %s. Le chien est gentil.\n\n%s\n\n%s"
                % (greet(lang, rng), idt, p.address, p.phone, fmt_date(start, lang, "long"), social(p, lang, soc),
                   rng.choice(["2580#", "boîte à clé, code 1947", "sonner 2 fois"]), closing(lang, rng), signature(n, lang, rng)))
        subj = rng.choice(["Demande SAD - prélèvements et injections", "Référence SAD %s" % CLSC[0], "Nouvelle demande soutien à domicile"])
    else:
        body = ("%s\n\nHome care (SAD) request:\n\n%s\nAddress: %s\nPhone: %s\n\n"
                "Needs: home INR draws every 2 weeks starting %s + dalteparin injections "
                "(Fragmin 12,500 IU SC daily) for DVT, until INR >= 2.\n"
                "Context: %s. Limited mobility (walker), no car.\n"
                "Door code: %s. The dog is friendly.\n\n%s\n\n%s"
                % (greet(lang, rng), idt, p.address, p.phone, fmt_date(start, lang, "long"), social(p, lang, soc),
                   rng.choice(["2580#", "key box, code 1947", "ring twice"]), closing(lang, rng), signature(n, lang, rng)))
        subj = rng.choice(["Home care request - INR draws and injections", "SAD referral %s" % CLSC[0], "New home care request"])
    return a.spec(n.addr(), [(L(lang, "SAD - CLSC des Érables", "Home care - CLSC des Érables"), clinic_mail("sad"))],
                  subj, body, dt, "home_care_referral", "home care referral with address and social context")


# ---------------------------------------------------------------------- 17
def pos_transport(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.4, min_age=60)
    c = ctx.pick_staff("clerk")
    day = future_day(dt, rng, 2, 10)
    a.add("patient_contact", "diagnosis")
    nm = a.name(p, ["upper", "title_full", "surname_first"])
    extra = ""
    if p.nam:
        extra = L(lang, "\nNAM : %s  DDN : %s  Sexe : %s  Prénom : %s", "\nRAMQ: %s  DOB: %s  Sex: %s  Given name: %s") % (
            a.nam(p), a.dob(p, "iso"), p.sex, p.given)
    mob = rng.choice([("fauteuil roulant, hémiparésie gauche post-AVC", "wheelchair, left hemiparesis after stroke"),
                      ("oxygène 2 L, MPOC sévère", "oxygen 2 L, severe COPD"),
                      ("civière, fracture de hanche récente", "stretcher, recent hip fracture")])
    tbl = [(L(lang, "Usager", "Patient"), nm + extra), (L(lang, "Adresse de départ", "Pick-up address"), p.address),
           (L(lang, "Téléphone", "Phone"), p.phone),
           (L(lang, "Destination", "Destination"), L(lang, "Clinique d'anticoagulation, %s", "Anticoagulation clinic, %s") % site_info(p.site)[1]),
           (L(lang, "Rendez-vous", "Appointment"), "%s %s" % (fmt_date(day, lang, "day"), rng.choice(["9 h 30", "10 h 15", "13 h 00"]))),
           (L(lang, "Mobilité", "Mobility"), L(lang, mob[0], mob[1])), (L(lang, "Accompagnateur", "Escort"), L(lang, "non", "no"))]
    clos = closing(lang, rng)
    text = (L(lang, "%s\n\nSVP réserver le transport adapté suivant :\n\n", "%s\n\nPlease book the following adapted transport:\n\n") % greet(lang, rng)
            + "\n".join("%s : %s" % (k, v) if lang == "fr" else "%s: %s" % (k, v) for k, v in tbl)
            + "\n\n" + clos + "\n" + c.full)
    import html as _h
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%%CHARSET%%\"></head><body>"
           "<p>%s</p>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n%s</table>\n<p>%s<br>%s</p></body></html>\n"
           % (_h.escape(L(lang, "SVP réserver le transport adapté suivant :", "Please book the following adapted transport:")),
              "".join("<tr><td><b>%s</b></td><td>%s</td></tr>\n" % (_h.escape(k), _h.escape(v).replace("\n", "<br>")) for k, v in tbl),
              _h.escape(clos), _h.escape(c.full)))
    subj = L(lang, "Transport adapté - %s" % fmt_date(day, lang, "short"), "Adapted transport - %s" % fmt_date(day, lang, "short"))
    return a.spec(c.addr(), [(L(lang, "Transport des usagers", "Patient transport"), clinic_mail("transport"))], subj, text, dt,
                  "transport_booking", "adapted transport booking with home address and mobility",
                  html=htm, form=rng.choice(["html", "alt"]))


# ---------------------------------------------------------------------- 18
def pos_ics(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=False)
    n = ctx.pick_staff(rng.choice(["nurse", "pharm"]))
    day = future_day(dt, rng, 1, 9)
    hour = rng.choice([8, 9, 10, 13, 14])
    start = datetime.datetime(day.year, day.month, day.day, hour, rng.choice([0, 30]))
    end = start + datetime.timedelta(minutes=45)
    what = rng.choice([("Enseignement Lovenox", "Lovenox teaching"), ("Début warfarine - 1re visite", "Warfarin start - first visit"),
                       ("Relais apixaban -> warfarine", "Switch apixaban -> warfarin")])
    nm = a.name(p, ["title", "upper", "initial", "full"])
    mr = a.mrn(p, rng.choice(["plain", "site"]))
    a.add("medication")
    summary = "%s - %s (%s)" % (L(lang, what[0], what[1]), nm, mr)
    desc = L(lang, "Usager%s référé%s pour %s. Apporter ses pilules. Fille présente.",
             "Patient referred for %s. Bring pill bottles. Daughter attending.")
    if lang == "fr":
        desc = desc % ("", "", pick(rng, INDICATIONS, lang)[1])
    else:
        desc = desc % pick(rng, INDICATIONS, lang)[1]
    a.add("diagnosis")
    ics = make_ics("%08x@agenda.valtilleuls.example" % rng.getrandbits(32), start, end, summary,
                   L(lang, "Clinique d'anticoagulation, local B-214", "Anticoagulation clinic, room B-214"), desc,
                   (n.full, n.email), attendees=[(n.full, n.email)])
    text = L(lang, "Rendez-vous ajouté à l'agenda de la clinique.\n\n%s", "Appointment added to the clinic calendar.\n\n%s") % n.given
    subj = L(lang, "Invitation : %s", "Invitation: %s") % L(lang, what[0], what[1]) + " @ " + fmt_date(day, lang, "short")
    return a.spec(n.addr(), [(L(lang, "Agenda anticoagulation", "Anticoag calendar"), "agenda.anticoag@valtilleuls.example")],
                  subj, text, dt, "appointment_invite", "calendar invitation naming the patient in the event",
                  attachments=[{"kind": "ics", "filename": "invite.ics", "data": ics, "charset": "utf-8", "disposition": rng.choice(["attachment", "inline"])}])


# ---------------------------------------------------------------------- 19
def pos_vcard(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=False)
    n = ctx.pick_staff("nurse")
    n2 = ctx.pick_staff("nurse", exclude=(n,))
    a.name(p)
    a.add("patient_contact", "medication")
    note = L(lang, "Sous tinzaparine 175 UI/kg, injections par la fille. Appeler avant 11 h.",
             "On tinzaparin 175 IU/kg, daughter does injections. Call before 11 am.")
    bday = p.dob.isoformat() if rng.random() < 0.6 else None
    if bday:
        a.add("date_of_birth")
        a.ev["dobs"].append(p.dob)
    vcf = make_vcard(p.surname, p.given, tel_home=p.phone, adr=p.address, note=note, bday=bday)
    text = L(lang, "%s\n\nLes coordonnées de l'usager%s dont je te parlais (nouveau%s sous Innohep), pour ta tournée de jeudi.\n\n%s",
             "%s\n\nContact card for the patient I mentioned (new on Innohep), for your Thursday round.\n\n%s")
    if lang == "fr":
        text = text % (greet(lang, rng, n2.given), "ère" if p.sex == "F" else "", "lle" if p.sex == "F" else "", n.given)
    else:
        text = text % (greet(lang, rng, n2.given), n.given)
    fn = "%s %s.vcf" % (p.given, p.surname)
    return a.spec(n.addr(), [n2.addr()], L(lang, "coordonnées", "contact info"), text, dt, "contact_card",
                  "patient vCard with home phone and treatment note",
                  attachments=[{"kind": "vcf", "filename": fn, "data": vcf, "charset": "utf-8"}])


# ---------------------------------------------------------------------- 20
def pos_zip(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    s = ctx.pick_staff("pharm")
    dg, ds, dmail, gmf = gmf_doctor(ctx)
    pts = [ctx.patient(nam=rng.random() < 0.7) for _ in range(rng.randrange(3, 6))]
    rows = [[L(lang, "Nom", "Surname"), L(lang, "Prénom", "Given name"), L(lang, "DDN", "DOB"), L(lang, "Sexe", "Sex"), "NAM",
             L(lang, "Anticoagulant", "Anticoagulant"), L(lang, "Indication", "Indication"), L(lang, "Dernier RNI", "Last INR")]]
    members = []
    for p in pts:
        ac = pick(rng, ANTICOAG[:6], lang)[1]
        ind = pick(rng, INDICATIONS, lang)[1]
        rows.append([p.surname, p.given, a.dob(p, "iso"), p.sex, a.nam(p, "plain") if p.nam else "", ac, ind,
                     ("%.1f" % rng.choice([1.9, 2.3, 2.7, 3.1])) if "warf" in ac else ""])
        a.ev["names"].append(p.surname)
        a.types.add("patient_name")
    a.add("medication", "diagnosis")
    if any(r[7] for r in rows[1:]):
        a.add("lab_result")
    members.append((L(lang, "liste_transfert.csv", "transfer_list.csv"), make_csv(rows, encoding="utf-8")))
    p0 = pts[0]
    letter = make_pdf(L(lang, "Lettre de transfert de suivi", "Follow-up transfer letter"),
                      [L(lang, "Objet : transfert du suivi d'anticoagulation de %s %s (DDN %s)",
                         "Re: transfer of anticoagulation follow-up for %s %s (DOB %s)") % (p0.given, p0.surname, p0.dob.isoformat()),
                       L(lang, "Le suivi est transféré à votre GMF à compter du 1er du mois. Dernière dose hebdomadaire connue : 30 mg.",
                         "Follow-up is transferred to your clinic as of the 1st. Last known weekly dose: 30 mg.")],
                      author=s.full)
    members.append(("lettres/%s_%s.pdf" % (slug(p0.surname), slug(p0.given)), letter))
    z = make_zip(members)
    fn = rng.choice(["transfert_suivi.zip", "export_anticoag_%s.zip" % dt.strftime("%Y%m%d"), "Transfert GMF.zip"])
    if lang == "fr":
        body = ("%s\n\nComme convenu, voici l'export des usagers dont le suivi d'anticoagulation est transféré à votre GMF "
                "(liste + lettre). Le mot de passe vous sera transmis par téléphone.\n\n%s\n\n%s"
                % (greet(lang, rng, drt(dg, lang) + " " + ds), closing(lang, rng), signature(s, lang, rng)))
        subj = "Transfert de suivi - export"
    else:
        body = ("%s\n\nAs agreed, here is the export of patients whose anticoagulation follow-up moves to your clinic "
                "(list + letter). The password will be given by phone.\n\n%s\n\n%s"
                % (greet(lang, rng, drt(dg, lang) + " " + ds), closing(lang, rng), signature(s, lang, rng)))
        subj = "Follow-up transfer - export"
    if any(p.nam for p in pts):
        a.add("ramq_nam")
    return a.spec(s.addr(), [(drt(dg, "fr") + " %s %s" % (dg, ds), dmail)], subj, body, dt, "export_zip",
                  "ZIP with transfer list CSV and letter PDF for several patients",
                  attachments=[{"kind": "zip", "filename": fn, "data": z}])


# ---------------------------------------------------------------------- 21
def pos_attached_eml(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    p = ctx.patient(nam=rng.random() < 0.5)
    s = ctx.pick_staff("pharm")
    s2 = ctx.pick_staff("pharm", exclude=(s,))
    cg, cs, cmail, cph = community_pharmacist(ctx)
    t0 = earlier(dt, rng, (2, 48))
    a.add("medication", "diagnosis")
    nm = a.name(p, ["title_full", "full", "upper"])
    idl = ""
    if p.nam:
        idl = L(lang, "\nNAM %s, née/né le %s, sexe %s", "\nRAMQ %s, born %s, sex %s") % (a.nam(p), a.dob(p), p.sex)
        if p.given not in nm:
            nm += " (%s)" % p.given
    if lang == "fr":
        inner_text = ("Bonjour,\n\n%s%s est venu%s chercher son Eliquis ce matin et nous dit avoir des saignements de gencives "
                      "et des ecchymoses depuis qu'on a ajouté du naproxène pour son genou. Nous avons suspendu le naproxène. "
                      "Pouvez-vous %s voir plus tôt que le rendez-vous prévu?\n\n%s %s\n%s" % (
                          nm, idl, "e" if p.sex == "F" else "", "la" if p.sex == "F" else "le", cg, cs, cph[0]))
        inner_subj = "Saignements sous Eliquis + naproxène"
        outer = "%s\n\nVoir le courriel ci-joint de la pharmacie. Peux-tu %s rappeler aujourd'hui? Je suis en formation.\n\n%s" % (
            greet(lang, rng, s2.given), "la" if p.sex == "F" else "le", s.given)
        subj = "TR: " + inner_subj
    else:
        inner_text = ("Hello,\n\n%s%s came in for Eliquis this morning and reports gum bleeding and bruising since naproxen "
                      "was added for the knee. We have put the naproxen on hold. Could you see them earlier than planned?\n\n%s %s\n%s" % (
                          nm, idl, cg, cs, cph[0]))
        inner_subj = "Bleeding on Eliquis + naproxen"
        outer = "%s\n\nSee the attached message from the pharmacy. Could you call this patient today? I'm in training.\n\n%s" % (
            greet(lang, rng, s2.given), s.given)
        subj = "FW: " + inner_subj
    inner = {"lang": lang, "from": ("%s %s" % (cg, cs), cmail), "to": [s.addr()], "subject": inner_subj, "text": inner_text,
             "date": t0, "msgid": "<%08x@%s>" % (rng.getrandbits(32), cph[1]), "form": rng.choice(["plain", "alt"])}
    return a.spec(s.addr(), [s2.addr()], subj, outer, dt, "forwarded_eml",
                  "pharmacy message about bleeding forwarded as attached .eml",
                  attachments=[{"kind": "eml", "filename": (inner_subj[:28] + ".eml"), "spec": inner}])


# ---------------------------------------------------------------------- 22
def pos_no_show(ctx, lang):
    rng = ctx.rng
    a = Acc(ctx, lang)
    dt = ctx.when()
    c = ctx.pick_staff("clerk")
    n = ctx.pick_staff("nurse")
    pts = [ctx.patient(nam=False) for _ in range(rng.randrange(3, 7))]
    rows = [[L(lang, "Usager", "Patient"), L(lang, "Dossier", "Chart"), L(lang, "Tél. domicile", "Home phone"),
             L(lang, "RDV manqué", "Missed appt"), L(lang, "Motif RDV", "Visit reason")]]
    for p in pts:
        rows.append([a.name(p, ["upper", "surname_first", "full"]), a.mrn(p, "plain"), p.phone,
                     fmt_date(dt.date() - datetime.timedelta(days=rng.randrange(1, 6)), lang, "iso"),
                     rng.choice([L(lang, "RNI + ajustement warfarine", "INR + warfarin adjustment"),
                                 L(lang, "suivi AOD 3 mois", "3-month DOAC follow-up"),
                                 L(lang, "enseignement HBPM", "LMWH teaching")])])
    a.add("patient_contact", "medication")
    kind = rng.choice(["csv", "xlsx"])
    fn = L(lang, "absences_semaine.%s", "no_shows_week.%s") % kind
    if kind == "csv":
        att = {"kind": "csv", "filename": fn, "data": make_csv(rows, encoding="utf-8", delimiter=";"), "charset": "utf-8"}
    else:
        att = {"kind": "xlsx", "filename": fn, "data": make_xlsx([(L(lang, "Absences", "No-shows"), rows)], author=c.full)}
    text = L(lang, "%s\n\nVoici les absences de la semaine à relancer. Les numéros sont ceux au dossier, pas toujours à jour.\n\n%s",
             "%s\n\nHere are this week's no-shows to follow up. Numbers are those on file, not always current.\n\n%s") % (
        greet(lang, rng, n.given), c.full)
    return a.spec(c.addr(), [n.addr()], L(lang, "Absences RDV - semaine", "Missed appointments - week"), text, dt,
                  "missed_appointments", "weekly list of patients who missed anticoag appointments", attachments=[att])


TEMPLATES = [pos_bcm_request, pos_bcm_profile_reply, pos_bcm_discrepancy, pos_discharge, pos_prescription, pos_home_care,
             pos_transport, pos_ics, pos_vcard, pos_zip, pos_attached_eml, pos_no_show]
