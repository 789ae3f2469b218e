"""Positive templates, part A: referrals, consultations, benefits reports, rosters."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_tpl import CSV, DOCX, ICS, PDF, T, VCF, XLSX, ZIP, att, mail, quote, reply_header, safe_fn


# 1 ------------------------------------------------------------------ referral to the OSI clinic
def p_referral_osi(c, lang):
    p = c.holder(28, 70)
    gp = c.staff("gp", "clsc")
    intake = c.staff("clerk", "osi", sex="F")
    dx = c.ch(K.PTSD_DX)
    meds = c.sample(K.PTSD_MEDS, 2)
    pcl = c.rint(44, 71)
    mission = K.mission(c, lang, p.dob.year)
    nam = C.disguise_nam(p.nam, c.rint(0, 6))
    dob = C.fmt_date(p.dob, lang, c.rint(0, 3))
    in_pdf = c.chance(0.45)
    if lang == "fr":
        details = (f"Nom : {p.full()}\nDate de naissance : {dob}\nNAM : {nam}\n"
                   f"Téléphone : {p.phone}\n\n"
                   f"Motif : vétéran{'' if p.sex == 'M' else 'e'} des FAC (libéré{p.e()} en {c.rint(2012, 2023)}), déploiement {mission}. "
                   f"Symptômes de reviviscence, hypervigilance, évitement et cauchemars quasi quotidiens. "
                   f"PCL-5 : {pcl}/80 à mon bureau le {C.fmt_date(c.earlier(3, 20), 'fr', 2)}.\n"
                   f"Impression : {dx[0]}.\n"
                   f"Médication actuelle : {meds[0][0]}; {meds[1][0]}.\n"
                   f"Idées suicidaires passives, pas de plan; a accepté le numéro de la ligne d'écoute.\n")
        body_intro = c.hello(intake, "fr") + "\n\n" + (
            "Je vous adresse la patiente suivante" if p.sex == "F" else "Je vous adresse le patient suivant") + \
            " pour évaluation et prise en charge à la clinique TSO. Son ou sa gestionnaire de cas à ACC est au courant.\n\n"
        subj = c.ch([f"Référence clinique TSO — {p.full()}", "Nouvelle référence — évaluation TSO",
                     f"Référence : {p.last.upper()} {p.first}", "Demande de consultation en santé mentale (vétéran)"])
    else:
        details = (f"Name: {p.full()}\nDOB: {dob}\nRAMQ: {nam}\nPhone: {p.phone}\n\n"
                   f"Reason for referral: CAF veteran (released {c.rint(2012, 2023)}), deployed {mission}. "
                   f"Intrusive memories, hypervigilance, avoidance and nightmares most nights. "
                   f"PCL-5 {pcl}/80 in my office on {C.fmt_date(c.earlier(3, 20), 'en', 1)}.\n"
                   f"Working diagnosis: {dx[1]}.\n"
                   f"Current medication: {meds[0][1]}; {meds[1][1]}.\n"
                   f"Passive suicidal ideation, no plan or intent; crisis line number given.\n")
        body_intro = c.hello(intake, "en") + "\n\n" + \
            "Please find below a referral for assessment and treatment at the OSI clinic. The Veterans Affairs case manager is aware.\n\n"
        subj = c.ch([f"OSI clinic referral - {p.full()}", "New referral - OSI assessment",
                     f"Referral: {p.last.upper()}, {p.first}", "Mental health referral (veteran)"])
    sig = c.sig(gp, lang)
    atts = []
    if in_pdf:
        lines = ["# " + T(lang, "Formulaire de référence — Clinique TSO", "OSI Clinic Referral Form"),
                 C.ORG["clsc"][lang], ""] + details.split("\n") + ["", T(lang, "Médecin référent : ", "Referring physician: ") + gp.dr(lang)]
        fname = T(lang, f"Référence_TSO_{p.last}.pdf", f"OSI_referral_{safe_fn(p.last)}.pdf")
        atts.append(att(fname, PDF, A.make_pdf(lines, title="Référence")))
        text = body_intro.split("\n\n")[0] + "\n\n" + T(lang, "Veuillez trouver ci-joint le formulaire de référence complété.\n",
                                                            "Please find the completed referral form attached.\n") + "\n" + c.bye(lang) + "\n" + sig
    else:
        text = body_intro + details + "\n" + c.bye(lang) + "\n" + sig
    types = ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact"]
    return mail(c, "referral_osi", lang, types, "GP referral to OSI clinic with NAM, DOB, PTSD, meds, PCL-5",
                gp, [intake], subj, text, attachments=atts)


# 2 ------------------------------------------------------------------ audiology consultation reply
def p_audiology_consult(c, lang):
    p = c.patient(52, 84)
    aud = c.staff("audiologist", "audio")
    md = c.staff("gp", "clsc")
    dx = c.ch(K.HEAR_DX)
    freqs = [500, 1000, 2000, 3000, 4000, 6000, 8000]
    base = c.rint(10, 25)
    right = [base + max(0, (i - 2)) * c.rint(8, 14) for i in range(7)]
    left = [v + c.rint(-5, 10) for v in right]
    right[4] += 10
    left[4] += 10
    sdr = c.rint(72, 96)
    mrn = C.fmt_mrn(p.mrn, lang, c.rint(0, 3))
    rows = [["Hz"] + [str(f) for f in freqs], ["OD / RE"] + [str(v) for v in right], ["OG / LE"] + [str(v) for v in left]]
    table_txt = "\n".join("  ".join(f"{x:>7}" for x in r) for r in rows)
    if lang == "fr":
        text = (f"{c.hello(md, 'fr')}\n\nVoici le résumé de l'évaluation audiologique de {p.formal('fr')} ({mrn}), "
                f"vu{p.e()} le {C.fmt_date(c.earlier(2, 15), 'fr', 2)} à la demande d'ACC.\n\n"
                f"Seuils en conduction aérienne (dB HL) :\n{table_txt}\n\n"
                f"Reconnaissance de la parole : {sdr} % à droite, {sdr - c.rint(4, 16)} % à gauche.\n"
                f"Tympanométrie normale (type A) bilatéralement.\n\n"
                f"Conclusion : {dx[0]}. Profil compatible avec l'exposition au bruit militaire.\n"
                f"Recommandation : appareillage binaural; la demande de couverture a été envoyée à ACC. "
                f"Pas d'indication d'imagerie pour l'instant.\n\n{c.bye('fr')}\n{c.sig(aud, 'fr')}")
        subj = c.ch([f"Évaluation audiologique — {p.formal('fr')}", f"Rapport audiologie {p.last}",
                     "RE: demande d'évaluation audiologique"])
    else:
        text = (f"{c.hello(md, 'en')}\n\nSummary of the audiological assessment for {p.formal('en')} ({mrn}), "
                f"seen on {C.fmt_date(c.earlier(2, 15), 'en', 1)} at the request of Veterans Affairs.\n\n"
                f"Air-conduction thresholds (dB HL):\n{table_txt}\n\n"
                f"Word recognition: {sdr}% right, {sdr - c.rint(4, 16)}% left. Tympanometry type A bilaterally.\n\n"
                f"Impression: {dx[1]}. Configuration consistent with military noise exposure.\n"
                f"Plan: binaural hearing aids recommended; coverage request sent to VAC. Tinnitus management "
                f"handout given. Re-test in 12 months.\n\n{c.bye('en')}\n{c.sig(aud, 'en')}")
        subj = c.ch([f"Audiology report - {p.formal('en')}", f"Audiogram results {p.last}",
                     "RE: audiology assessment request"])
    return mail(c, "audiology_consult", lang, ["patient_name", "mrn", "diagnosis", "lab_result"],
                "audiology consultation reply with thresholds and hearing-loss diagnosis",
                aud, [md], subj, text)


# 3 ------------------------------------------------------------------ disability benefit medical report to VAC
def p_vac_report(c, lang):
    p = c.patient(35, 78)
    p.sin = C.make_sin(c.rng)
    topic = c.rint(0, 2)
    md = c.staff(["psychiatrist", "gp", "physiatrist"][topic], ["osi", "hosp", "hosp"][topic])
    adj = c.staff("cm", "vac")
    dx = [c.ch(K.PTSD_DX), c.ch(K.HEAR_DX), c.ch(K.MSK_DX)][topic]
    sin_s = C.fmt_sin(p.sin, c.rint(0, 3))
    dob = C.fmt_date(p.dob, lang, c.rint(0, 4))
    blocks = [("h", T(lang, "Questionnaire médical — demande de prestations d'invalidité",
                      "Medical Questionnaire — Disability Benefits Application")),
              ("table", [[T(lang, "Nom du demandeur", "Applicant name"), p.full()],
                         [T(lang, "Date de naissance", "Date of birth"), dob],
                         [T(lang, "NAS", "SIN"), sin_s],
                         [T(lang, "No de service", "Service number"), p.svc_no],
                         [T(lang, "No de client ACC", "VAC client number"), p.vac_no]]),
              ("h2", T(lang, "1. Diagnostic", "1. Diagnosis")),
              ("p", dx[0] if lang == "fr" else dx[1]),
              ("h2", T(lang, "2. Date d'apparition / premiers symptômes", "2. Onset")),
              ("p", T(lang, f"Symptômes rapportés depuis {c.rint(1995, 2018)}, en lien avec le service.",
                      f"Symptoms reported since {c.rint(1995, 2018)}, related to service."))]
    if topic == 0:
        blocks += [("h2", T(lang, "3. Évaluation", "3. Assessment")),
                   ("p", T(lang, f"PCL-5 : {c.rint(40, 70)}/80; PHQ-9 : {c.rint(12, 24)}/27. Traitement : psychothérapie "
                                 f"TCC-T hebdomadaire et {c.ch(K.PTSD_MEDS)[0]}.",
                           f"PCL-5: {c.rint(40, 70)}/80; PHQ-9: {c.rint(12, 24)}/27. Treatment: weekly TF-CBT and "
                           f"{c.ch(K.PTSD_MEDS)[1]}."))]
        extra = ["lab_result", "medication"]
    elif topic == 1:
        blocks += [("h2", T(lang, "3. Audiogramme", "3. Audiogram")),
                   ("table", [["", "500", "1000", "2000", "3000", "4000"],
                              [T(lang, "Droite", "Right")] + [str(c.rint(15, 70)) for _ in range(5)],
                              [T(lang, "Gauche", "Left")] + [str(c.rint(15, 75)) for _ in range(5)]])]
        extra = ["lab_result"]
    else:
        blocks += [("h2", T(lang, "3. Limitations fonctionnelles", "3. Functional limitations")),
                   ("p", T(lang, "Ne peut soulever plus de 10 kg; position assise limitée à 30 minutes. IRM : hernie discale L4-L5.",
                           "Cannot lift more than 10 kg; sitting tolerance 30 minutes. MRI: L4-L5 disc herniation."))]
        extra = ["lab_result"]
    blocks += [("p", T(lang, f"Signé : {md.dr('fr')}, le {C.fmt_date(c.today, 'fr', 2)}",
                       f"Signed: {md.dr('en')}, {C.fmt_date(c.today, 'en', 1)}"))]
    data = A.make_docx(blocks, author=md.full(), title="Questionnaire")
    fname = c.ch([T(lang, "Questionnaire_médical_ACC.docx", "VAC_medical_questionnaire.docx"),
                  f"{safe_fn(p.last)}_{p.vac_no}_questionnaire.docx", "QM-2025-signe.docx"])
    if lang == "fr":
        text = (f"{c.hello(adj, 'fr')}\n\nTel que demandé, vous trouverez ci-joint le questionnaire médical complété et signé "
                f"pour votre client (dossier {p.vac_no}). N'hésitez pas si des précisions sont nécessaires.\n\n"
                f"{c.bye('fr')}\n{c.sig(md, 'fr')}")
        subj = c.ch([f"Questionnaire médical — dossier {p.vac_no}", "Questionnaire médical complété",
                     f"Demande de prestations — {p.full()}"])
    else:
        text = (f"{c.hello(adj, 'en')}\n\nAs requested, attached is the completed and signed medical questionnaire for your "
                f"client (file {p.vac_no}). Let me know if anything further is needed for the adjudication.\n\n"
                f"{c.bye('en')}\n{c.sig(md, 'en')}")
        subj = c.ch([f"Medical questionnaire - file {p.vac_no}", "Completed medical questionnaire",
                     f"Disability application - {p.full()}"])
    return mail(c, "vac_disability_report", lang, ["patient_name", "ca_sin", "date_of_birth", "diagnosis"] + extra,
                "completed disability-benefit medical questionnaire (DOCX) with SIN and diagnosis",
                md, [adj], subj, text, attachments=[att(fname, DOCX, data, c.rint(0, 2))])


# 4 ------------------------------------------------------------------ LTC roster
def p_ltc_roster(c, lang, with_nam=False):
    nurse = c.staff("nurse", "ltc", sex=c.ch("FFM"))
    mgr = c.staff("manager", "ltc")
    n = c.rint(6, 10) if not with_nam else c.rint(5, 7)
    ui = c.rint(0, 2)
    unit_fr, unit_en, floor = [("3e Nord", "3 North", 3), ("3e Sud", "3 South", 3), ("4e Est", "4 East", 4)][ui]
    residents = []
    for i in range(n):
        p = c.holder(74, 110) if with_nam else c.patient(74, 98)
        if with_nam and any(r[0] is p for r in residents):
            continue
        dx = c.ch(K.LTC_DX)
        residents.append((p, f"{floor}{c.rint(1, 30):02d}-{c.ch('AB')}", dx, c.ch(["Niveau 2", "Niveau 3", "Niveau 1 (soins de confort)", "Niveau 4"]) if lang == "fr" else c.ch(["Full code", "DNR", "Comfort care", "Level 3"])))
    residents.sort(key=lambda r: r[1])
    unit = unit_fr if lang == "fr" else unit_en
    if lang == "fr":
        hdr = ["Ch./lit", "Nom", "Âge", "Diagnostic principal", "Niveau de soins", "Remarques"] + (["NAM"] if with_nam else [])
        rem = ["Chute le " + C.fmt_date(c.earlier(1, 6), "fr", 1), "Diète purée, liquides épaissis", "Isolement contact (SARM)",
               "Famille veut rencontre", "Glycémies QID", "Agitation en soirée", "", "", "Refuse les soins d'hygiène"]
    else:
        hdr = ["Room/bed", "Name", "Age", "Main diagnosis", "Goals of care", "Notes"] + (["RAMQ"] if with_nam else [])
        rem = ["Fall on " + C.fmt_date(c.earlier(1, 6), "en", 1), "Puréed diet, thickened fluids", "Contact precautions (MRSA)",
               "Family meeting requested", "QID glucose", "Sundowning", "", "", "Refuses care at times"]
    rows = [hdr]
    for p, bed, dx, lvl in residents:
        r = [bed, p.rev() if c.chance(0.5) else p.full(), p.age(c.today), dx[0] if lang == "fr" else dx[1], lvl, c.ch(rem)]
        if with_nam:
            r.append(C.disguise_nam(p.nam, c.ch([0, 0, 1, 2])))
        rows.append(r)
    as_xlsx = c.chance(0.6) or with_nam
    atts = []
    if as_xlsx:
        data = A.make_xlsx([(unit, rows)], author=nurse.full())
        atts.append(att(T(lang, f"liste_résidents_{unit.replace(' ', '_')}.xlsx", f"resident_list_{safe_fn(unit)}.xlsx"), XLSX, data))
        listing = ""
    else:
        listing = "\n".join(" | ".join(str(x) for x in r) for r in rows) + "\n\n"
    if lang == "fr":
        text = (f"{c.hello(mgr, 'fr')}\n\n{'Ci-joint la' if as_xlsx else 'Voici la'} liste à jour des résidents du {unit} pour "
                f"la visite d'agrément et la réunion interdisciplinaire de {C.fmt_day(c.later(1, 6), 'fr')}.\n\n"
                f"{listing}{c.bye('fr')}\n{c.sig(nurse, 'fr')}")
        subj = c.ch([f"Liste des résidents {unit} — à jour", f"Liste résidents {unit}", "Liste pour la rencontre interdisciplinaire"])
    else:
        text = (f"{c.hello(mgr, 'en')}\n\n{'Attached is' if as_xlsx else 'Below is'} the updated resident list for {unit} "
                f"ahead of {C.fmt_day(c.later(1, 6), 'en')}'s interdisciplinary rounds.\n\n{listing}{c.bye('en')}\n{c.sig(nurse, 'en')}")
        subj = c.ch([f"{unit} resident list - updated", f"Resident list {unit}", "List for IDT rounds"])
    types = ["patient_name", "diagnosis"] + (["ramq_nam"] if with_nam else [])
    return mail(c, "ltc_roster", lang, types, "veterans' LTC unit resident list with names and diagnoses" +
                (" and NAMs" if with_nam else ""), nurse, [mgr], subj, text, attachments=atts)


def p_ltc_roster_nam(c, lang):
    m = p_ltc_roster(c, lang, with_nam=True)
    return m


# 5 ------------------------------------------------------------------ sign-out list
def p_signout(c, lang):
    md1 = c.staff("md", "hosp")
    md2 = c.staff("md", "hosp")
    n = c.rint(4, 7)
    lines = []
    for i in range(n):
        p = c.patient(60, 96)
        dx = c.ch(K.LTC_DX)
        med = c.ch(K.LTC_MEDS)
        lab = c.ch(K.LABS)
        room = f"{c.rint(3, 4)}{c.rint(1, 30):02d}{c.ch(['', '-A', '-B'])}"
        name = c.ch([p.rev(), f"{p.last}, {p.first[0]}.", p.full()])
        if lang == "fr":
            todo = c.ch([f"contrôle {lab[0].split()[0]} demain AM", "rappeler la fille si détérioration", "NPO après minuit",
                         "réévaluer la douleur à 22h", "si T° > 38,5 : hémocultures x2", "ne pas réanimer (niveau 3)"])
            lines.append(f"{room} {name} ({p.age(c.today)} {p.sex}) — {dx[0]}; {med[0]}. {lab[0]}. À faire : {todo}")
        else:
            todo = c.ch([f"repeat {lab[1].split()[0]} in AM", "call daughter if worse", "NPO after midnight",
                         "reassess pain at 22:00", "if T > 38.5 blood cultures x2", "DNR - level 3"])
            lines.append(f"{room} {name} ({p.age(c.today)}{p.sex}) - {dx[1]}; {med[1]}. {lab[1]}. To do: {todo}")
    if lang == "fr":
        text = (f"{c.hello(md2, 'fr', True)}\n\nPassation de garde pour l'unité de médecine des vétérans (4e) :\n\n" +
                "\n".join(lines) + f"\n\nRien d'autre de particulier. Pagette ce soir : 2-{c.rint(100, 999)}.\n\n{md1.first}")
        subj = c.ch(["Passation de garde 4e", "Liste de garde ce soir", f"Sign-out {C.fmt_date(c.today, 'fr', 1)}"])
    else:
        text = (f"{c.hello(md2, 'en', True)}\n\nSign-out for the veterans' medical unit (4th floor):\n\n" + "\n".join(lines) +
                f"\n\nNothing else pending. Pager tonight: 2-{c.rint(100, 999)}.\n\n{md1.first}")
        subj = c.ch(["Sign-out 4th floor", "Handover tonight", f"Sign out {C.fmt_date(c.today, 'en', 3)}"])
    return mail(c, "signout_list", lang, ["patient_name", "diagnosis", "medication", "lab_result"],
                "physician handover list with names, problems, meds and labs", md1, [md2], subj, text)


# 6 ------------------------------------------------------------------ subject-only leak
def p_subject_only(c, lang):
    p = c.patient(30, 85)
    clerk = c.staff("clerk", c.ch(["audio", "osi", "hosp"]), sex="F")
    col = c.staff(c.ch(["audiologist", "psychologist", "nurse"]), clerk.org)
    d = c.later(2, 20)
    if lang == "fr":
        what = c.ch([("audiologie", "acouphènes"), ("psychologie", "TSPT"), ("clinique de la douleur", "lombalgie chronique"),
                     ("ORL", "surdité brusque oreille gauche"), ("clinique TSO", "suivi TSPT")])
        subj = c.ch([f"Annulation RDV {what[0]} — {p.full()} ({what[1]}) — {C.fmt_date(d, 'fr', 2)}",
                     f"{p.last.upper()} {p.first} / {what[1]} / à reporter",
                     f"Rappel : {p.tlast('fr')} — {what[1]} — {C.fmt_date(d, 'fr', 1)} {c.hour()}"])
        text = c.ch(["Voir objet. Merci de rappeler pour reporter.\n", "Tel que discuté au téléphone.\n\n" + clerk.first,
                     "FYI\n", "Peux-tu t'en occuper? Merci\n" + clerk.first])
    else:
        what = c.ch([("audiology", "tinnitus"), ("psychology", "PTSD"), ("pain clinic", "chronic low back pain"),
                     ("ENT", "sudden hearing loss left ear"), ("OSI clinic", "PTSD follow-up")])
        subj = c.ch([f"Cancelled {what[0]} appt - {p.full()} ({what[1]}) - {C.fmt_date(d, 'en', 1)}",
                     f"{p.last.upper()}, {p.first} / {what[1]} / needs rebooking",
                     f"Reminder: {p.tlast('en')} - {what[1]} - {C.fmt_date(d, 'en', 4)} {c.hour_en()}"])
        text = c.ch(["See subject. Please call back to rebook.\n", "As discussed on the phone.\n\n" + clerk.first,
                     "FYI\n", "Can you take care of this one? Thanks\n" + clerk.first])
    return mail(c, "subject_only", lang, ["patient_name", "diagnosis"],
                "leak only in Subject: patient name with condition and appointment", clerk, [col], subj, text,
                structure=c.ch(["plain", "plain", "html"]))


# 7 ------------------------------------------------------------------ file-name-only leak
def p_filename_only(c, lang):
    p = c.patient(30, 85)
    s1 = c.staff(c.ch(["clerk", "clerk_m"]), c.ch(["osi", "hosp", "base"]))
    s2 = c.staff("cm", "vac")
    what = c.ch([("TSPT", "PTSD"), ("surdite", "hearing_loss"), ("acouphenes", "tinnitus"), ("TCC", "TBI"),
                 ("depression", "depression"), ("lombalgie", "back_pain")])
    style = c.rint(0, 3)
    w = what[0] if lang == "fr" else what[1]
    rap = T(lang, "rapport", "report")
    if style == 0:
        fname = f"{safe_fn(p.last)}_{safe_fn(p.first)}_{w}_{rap}.pdf"
    elif style == 1:
        fname = f"{p.last} {p.first} - {w} - {C.fmt_date(c.earlier(1, 10), 'fr', 0)}.pdf"
    elif style == 2:
        fname = T(lang, f"Évaluation {w} — {p.full()}.pdf", f"{w} assessment - {p.full()}.pdf")
    else:
        fname = f"{p.first[0]}{safe_fn(p.last)}_{w}_{p.dob.year}.pdf"
    data = A.make_pdf([], scanned=True)
    if lang == "fr":
        text = c.ch(["Bonjour,\n\nVoici le document demandé, tel que discuté.\n\nMerci",
                     "Bonjour,\n\nCi-joint la numérisation reçue ce matin. L'original suit par courrier interne.\n\n" + s1.first,
                     "Document numérisé ci-joint.\n"]) + "\n" + c.sig(s1, "fr")
        subj = c.ch(["Document numérisé", "Numérisation", "Envoi de document", "Pièce jointe demandée"])
    else:
        text = c.ch(["Hello,\n\nHere is the document you asked for.\n\nThanks",
                     "Hi,\n\nScan attached, original to follow by internal mail.\n\n" + s1.first,
                     "Scanned document attached.\n"]) + "\n" + c.sig(s1, "en")
        subj = c.ch(["Scanned document", "Scan", "Document as requested", "Attachment"])
    return mail(c, "filename_only", lang, ["patient_name", "diagnosis"],
                "leak only in the attachment file name (image-only scan)", s1, [s2], subj, text,
                attachments=[att(fname, PDF, data, c.rint(0, 2))])


# 8 ------------------------------------------------------------------ lab follow-up
def p_lab_followup(c, lang):
    p = c.patient(40, 92)
    lab = c.ch(K.LABS)
    tech = c.staff("med_tech", "hosp")
    nurse = c.staff(c.ch(["nurse", "nurse_m"]), c.ch(["ltc", "osi", "hosp"]))
    md = c.staff("md", nurse.org)
    mrn = C.fmt_mrn(p.mrn, lang, c.rint(0, 3))
    if lang == "fr":
        text = (f"{c.hello(nurse, 'fr')}\n\nValeur critique pour {p.formal('fr')} ({mrn}) : {lab[0]}, prélevé ce matin.\n"
                f"Patient{p.e()} sous {lab[2]}. Le Dr de garde a été avisé à {c.hour()}; merci de confirmer la conduite "
                f"(ajustement de dose / contrôle dans 48 h).\n\n{c.bye('fr')}\n{c.sig(tech, 'fr')}")
        subj = c.ch([f"Valeur critique — {p.last}", "Résultat critique à suivre", f"Labo : {lab[0].split()[0]} anormal"])
    else:
        text = (f"{c.hello(nurse, 'en')}\n\nCritical value for {p.formal('en')} ({mrn}): {lab[1]}, drawn this morning.\n"
                f"Patient is on {lab[3]}. On-call physician notified at {c.hour_en()}; please confirm plan "
                f"(dose adjustment / repeat in 48 h).\n\n{c.bye('en')}\n{c.sig(tech, 'en')}")
        subj = c.ch([f"Critical value - {p.last}", "Critical lab result follow-up", f"Lab: abnormal {lab[1].split()[0]}"])
    return mail(c, "lab_followup", lang, ["patient_name", "mrn", "lab_result", "medication"],
                "critical lab value follow-up with name, chart number, medication", tech, [nurse], subj, text, cc=[md])


# 9 ------------------------------------------------------------------ discharge summary DOCX
def p_discharge_docx(c, lang):
    p = c.holder(50, 100)
    md = c.staff("md", "hosp")
    gp = c.staff("gp", "clsc")
    dx1 = c.ch(K.LTC_DX)
    dx2 = c.ch(K.PTSD_DX)
    meds = c.sample(K.LTC_MEDS, 3) + [c.ch(K.PTSD_MEDS)]
    adm = c.earlier(8, 25)
    dis = c.earlier(0, 4)
    nam = C.disguise_nam(p.nam, c.ch([0, 1, 2]))
    blocks = [("h", T(lang, "Résumé de départ", "Discharge Summary")),
              ("p", C.ORG["hosp"][lang]),
              ("table", [[T(lang, "Nom", "Name"), p.rev()], [T(lang, "Date de naissance", "Date of birth"), C.fmt_date(p.dob, lang, 0)],
                         ["NAM" if lang == "fr" else "RAMQ", nam], [T(lang, "No de dossier", "MRN"), p.mrn],
                         [T(lang, "Admission", "Admitted"), C.fmt_date(adm, lang, 0)], [T(lang, "Congé", "Discharged"), C.fmt_date(dis, lang, 0)]]),
              ("h2", T(lang, "Diagnostics", "Diagnoses")),
              ("p", "1. " + (dx1[0] if lang == "fr" else dx1[1])), ("p", "2. " + (dx2[0] if lang == "fr" else dx2[1])),
              ("h2", T(lang, "Médication au congé", "Discharge medications"))]
    blocks += [("p", "- " + (m[0] if lang == "fr" else m[1])) for m in meds]
    blocks += [("h2", T(lang, "Suivi", "Follow-up")),
               ("p", T(lang, f"Revoir par le médecin de famille dans 2 semaines. Suivi à la clinique TSO maintenu. "
                             f"Soins à domicile (CLSC) demandés.",
                       "Family physician in 2 weeks. OSI clinic follow-up continues. Home care (CLSC) requested.")),
               ("p", md.dr(lang))]
    data = A.make_docx(blocks, author=md.full(), title=T(lang, "Résumé de départ", "Discharge summary"))
    fname = c.ch([T(lang, f"Résumé_départ_{p.last}.docx", f"Discharge_{safe_fn(p.last)}.docx"),
                  f"RD_{p.mrn}.docx", T(lang, "Résumé de départ.docx", "Discharge summary.docx")])
    if lang == "fr":
        text = (f"{c.hello(gp, 'fr')}\n\nVotre patient{p.e()} a obtenu son congé du Pavillon des Vétérans le "
                f"{C.fmt_date(dis, 'fr', 2)}. Le résumé de départ est joint.\n\n{c.bye('fr')}\n{c.sig(md, 'fr')}")
        subj = c.ch(["Résumé de départ", f"Congé — {p.last}", "Résumé de départ pour votre patient"])
    else:
        text = (f"{c.hello(gp, 'en')}\n\nYour patient was discharged from the Veterans' Wing on {C.fmt_date(dis, 'en', 1)}. "
                f"Discharge summary attached.\n\n{c.bye('en')}\n{c.sig(md, 'en')}")
        subj = c.ch(["Discharge summary", f"Discharge - {p.last}", "Discharge summary for your patient"])
    return mail(c, "discharge_summary", lang,
                ["patient_name", "ramq_nam", "date_of_birth", "mrn", "diagnosis", "medication"],
                "discharge summary DOCX with NAM, DOB, diagnoses and medications", md, [gp], subj, text,
                attachments=[att(fname, DOCX, data, c.rint(0, 2))])


# 10 ----------------------------------------------------------------- pharmacy question
def p_pharmacy_question(c, lang):
    p = c.patient(25, 75)
    ph = c.staff("pharmacist", "pharm")
    psy = c.staff("psychiatrist", "osi")
    m1, m2 = c.sample(K.PTSD_MEDS, 2)
    dob = C.fmt_date(p.dob, lang, c.rint(0, 4))
    if lang == "fr":
        text = (f"{c.hello(psy, 'fr')}\n\nJe reçois une ordonnance pour {p.full()} (né{p.e()} le {dob}) : {m1[0]}. "
                f"Le dossier indique aussi {m2[0]} prescrit par le médecin de famille. "
                f"Vu le risque de syndrome sérotoninergique / sédation additive, pouvez-vous confirmer que les deux doivent "
                f"être servis? {p.he('fr').capitalize()} passe à la pharmacie cet après-midi.\n\n"
                f"Vous pouvez me joindre au {C.ORG['pharm']['tel']}.\n\n{c.bye('fr')}\n{c.sig(ph, 'fr')}")
        subj = c.ch(["Question — interaction médicamenteuse", f"Ordonnance {p.last} — à clarifier", "Vérification ordonnance"])
    else:
        text = (f"{c.hello(psy, 'en')}\n\nWe received a prescription for {p.full()} (DOB {dob}): {m1[1]}. "
                f"Our profile also shows {m2[1]} from the family doctor. Given the interaction risk, could you confirm both "
                f"should be dispensed? {p.he('en').capitalize()} is picking up this afternoon.\n\n"
                f"You can reach me at {C.ORG['pharm']['tel']}.\n\n{c.bye('en')}\n{c.sig(ph, 'en')}")
        subj = c.ch(["Drug interaction question", f"Rx for {p.last} - please clarify", "Prescription check"])
    return mail(c, "pharmacy_question", lang, ["patient_name", "date_of_birth", "medication"],
                "community pharmacist question on a veteran's psychotropic prescription", ph, [psy], subj, text)


# 11 ----------------------------------------------------------------- patient's own mail forwarded
def p_patient_fwd(c, lang):
    p = c.patient(28, 70)
    clerk = c.staff("clerk", "osi", sex="F")
    psy = c.staff("psychologist", "osi")
    d0 = c.date - dt.timedelta(hours=c.rint(2, 40))
    if lang == "fr":
        orig = c.ch([
            f"Bonjour,\n\nJe voulais dire à {psy.first} que ça ne va pas bien depuis deux semaines. Je dors 3 heures par nuit, "
            f"les cauchemars sont revenus depuis l'anniversaire de l'embuscade et j'ai recommencé à boire le soir. "
            f"Ma blonde est partie chez sa mère avec les enfants. Je ne ferai pas de niaiseries, mais j'aimerais avancer mon rendez-vous.\n\n"
            f"Vous pouvez m'appeler au {p.phone}.\n\n{p.first}",
            f"Bonjour,\n\nJe n'ai plus de prazosine depuis vendredi et la pharmacie dit que l'ordonnance est expirée. "
            f"Les flashbacks sont pires sans ça. Est-ce que le Dr peut renouveler? Mon numéro : {p.phone}.\n\nMerci\n{p.full()}"])
        text = (f"{psy.first},\n\nCourriel reçu dans la boîte générale ce matin, je te le transfère.\n\n{clerk.first}\n\n"
                f"---------- Message transféré ----------\nDe : {p.full()} <{p.email}>\nDate : {C.fmt_day(d0.date(), 'fr')} {d0.year} "
                f"{d0.hour:02d}:{d0.minute:02d}\nObjet : rendez-vous\nÀ : info@{C.ORG['osi']['dom']}\n\n{orig}\n")
        subj = c.ch(["TR: rendez-vous", "Tr: rendez-vous", f"TR: message de {p.full()}"])
        types = ["patient_name", "patient_contact", "diagnosis"]
        if "blonde" in orig:
            types.append("social_information")
        else:
            types.append("medication")
    else:
        orig = c.ch([
            f"Hi,\n\nCould you tell {psy.first} things have been rough the last two weeks. I'm sleeping maybe three hours, the "
            f"nightmares came back around the anniversary and I've started drinking again at night. My wife took the kids to "
            f"her mother's. I'm not going to do anything stupid but I'd like an earlier appointment.\n\nCall me at {p.phone}.\n\n{p.first}",
            f"Hello,\n\nI ran out of prazosin on Friday and the pharmacy says the prescription expired. The flashbacks are "
            f"worse without it. Can the doctor renew? My number is {p.phone}.\n\nThanks\n{p.full()}"])
        text = (f"{psy.first},\n\nThis came into the general inbox this morning, forwarding to you.\n\n{clerk.first}\n\n"
                f"---------- Forwarded message ---------\nFrom: {p.full()} <{p.email}>\nDate: {C.fmt_day(d0.date(), 'en')}, {d0.year} "
                f"{d0.hour:02d}:{d0.minute:02d}\nSubject: appointment\nTo: info@{C.ORG['osi']['dom']}\n\n{orig}\n")
        subj = c.ch(["Fwd: appointment", "FW: appointment", f"Fwd: message from {p.full()}"])
        types = ["patient_name", "patient_contact", "diagnosis"]
        types.append("social_information" if "wife" in orig else "medication")
    return mail(c, "patient_mail_forward", lang, types, "veteran's own e-mail forwarded inline to the clinician",
                clerk, [psy], subj, text)


# 12 ----------------------------------------------------------------- reply with quoted history
def p_reply_quoted(c, lang):
    use_nam = c.chance(0.4)
    p = c.holder(25, 75) if use_nam else c.patient(25, 75)
    a = c.staff("sw", "osi", sex="F")
    b = c.staff("cm", "vac")
    d0 = c.date - dt.timedelta(days=c.rint(1, 5), hours=c.rint(1, 8))
    ident = C.disguise_nam(p.nam, c.rint(0, 4)) if use_nam else f"{p.vac_no}"
    if lang == "fr":
        orig = (f"Bonjour {b.first},\n\nPour {p.full()} ({'NAM ' if use_nam else 'dossier ACC '}{ident}) : "
                f"{p.he('fr')} a été évalué{p.e()} chez nous la semaine dernière. Diagnostic retenu : {c.ch(K.PTSD_DX)[0]}. "
                f"{p.he('fr').capitalize()} est présentement sans revenu depuis la fin de ses prestations d'assurance-emploi "
                f"et risque de perdre son logement le 1er du mois. Serait-il possible d'accélérer la demande d'aide financière "
                f"d'urgence?\n\n{a.full()}, T.S.")
        new = c.ch(["Parfait, je m'en occupe aujourd'hui.", "Bien reçu. J'ai transmis à l'équipe des prestations, je te reviens.",
                    "Merci, c'est fait. Le dépôt devrait suivre d'ici 5 jours ouvrables."])
        text = f"{new}\n\n{b.first}\n\n{reply_header(c, 'fr', a.full(), a.email(), d0)}\n{quote(orig)}\n"
        subj = c.ch(["RE: demande urgente", f"RE: {p.last} — aide financière", "RE: suivi — logement"])
    else:
        orig = (f"Hi {b.first},\n\nRe {p.full()} ({'RAMQ ' if use_nam else 'VAC file '}{ident}): assessed here last week. "
                f"Diagnosis: {c.ch(K.PTSD_DX)[1]}. {p.he('en').capitalize()} has had no income since EI ran out and may "
                f"lose {p.his('en')} apartment on the 1st. Could the emergency financial assistance request be expedited?\n\n{a.full()}, MSW")
        new = c.ch(["Will do, I'll look at it today.", "Got it - passed on to the benefits team, will update you.",
                    "Thanks, done. Deposit should follow within 5 business days."])
        text = f"{new}\n\n{b.first}\n\n{reply_header(c, 'en', a.full(), a.email(), d0)}\n{quote(orig)}\n"
        subj = c.ch(["RE: urgent request", f"RE: {p.last} - financial assistance", "RE: follow-up - housing"])
    types = ["patient_name", "diagnosis", "social_information"] + (["ramq_nam"] if use_nam else [])
    return mail(c, "reply_quoted", lang, types, "short reply; patient details only in the quoted history",
                b, [a], subj, text, headers=[("In-Reply-To", f"<{c.rng.getrandbits(48):012x}@{C.ORG['osi']['dom']}>")])


# 13 ----------------------------------------------------------------- calendar invitation
def p_ics_appointment(c, lang):
    p = c.holder(25, 80)
    clerk = c.staff("clerk", c.ch(["osi", "audio", "sleep"]), sex=c.ch("FM"))
    clin = c.staff({"osi": "psychiatrist", "audio": "audiologist", "sleep": "md"}[clerk.org], clerk.org)
    d = c.later(3, 30)
    start = dt.datetime(d.year, d.month, d.day, c.ch([8, 9, 10, 13, 14]), c.ch([0, 30]))
    end = start + dt.timedelta(minutes=c.ch([60, 90, 120]))
    reason = {"osi": T(lang, "évaluation psychiatrique initiale (TSPT)", "initial psychiatric assessment (PTSD)"),
              "audio": T(lang, "audiogramme et ajustement des prothèses (surdité bilatérale)", "audiogram and hearing-aid fitting (bilateral hearing loss)"),
              "sleep": T(lang, "polysomnographie (apnée du sommeil soupçonnée)", "polysomnography (suspected sleep apnea)")}[clerk.org]
    nam = C.disguise_nam(p.nam, c.rint(0, 5))
    summ = c.ch([f"{p.full()} — {reason}", f"{p.last.upper()} {p.first} / {clin.last}", T(lang, "Rendez-vous patient", "Patient appointment")])
    desc = T(lang, f"Patient : {p.full()}\nNAM : {nam}\nDDN : {C.fmt_date(p.dob, 'fr', 0)}\nTél. : {p.phone}\nMotif : {reason}\n"
                   f"Transport : {c.ch(['autonome', 'transport adapté confirmé', 'accompagné de sa conjointe'])}",
             f"Patient: {p.full()}\nRAMQ: {nam}\nDOB: {C.fmt_date(p.dob, 'en', 0)}\nPhone: {p.phone}\nReason: {reason}\n"
             f"Transport: {c.ch(['independent', 'para-transit confirmed', 'spouse driving'])}")
    ics = A.make_ics(f"{c.rng.getrandbits(64):016x}@{C.ORG[clerk.org]['dom']}", start, end, summ, desc,
                     location=C.ORG[clerk.org]["addr"], organizer=(clerk.full(), clerk.email()),
                     attendees=[(clin.full(), clin.email())], stamp=c.date.replace(tzinfo=None))
    text = T(lang, f"{c.hello(clin, 'fr')}\n\nRendez-vous ajouté à votre agenda pour le {C.fmt_date(d, 'fr', 2)}.\n\n{clerk.first}",
             f"{c.hello(clin, 'en')}\n\nAppointment added to your calendar for {C.fmt_date(d, 'en', 1)}.\n\n{clerk.first}")
    subj = T(lang, f"Invitation : {summ}" if c.chance(0.5) else "Invitation : rendez-vous patient",
             f"Invitation: {summ}" if c.chance(0.5) else "Invitation: patient appointment")
    types = ["patient_name", "ramq_nam", "date_of_birth", "patient_contact", "diagnosis"]
    return mail(c, "calendar_invite", lang, types, "ICS invitation whose description holds NAM, DOB, phone and reason",
                clerk, [clin], subj, text, attachments=[att("invite.ics", ICS, ics)])


# 14 ----------------------------------------------------------------- vCard of a veteran
def p_vcard(c, lang):
    p = c.patient(25, 70)
    peer = c.staff("coord", "osi", sex=c.ch("MF"))
    sw = c.staff("sw", "clsc", sex="F")
    note = T(lang, c.ch(["Vétéran, TSPT; vit seul depuis la séparation, préfère textos", "Libéré 2019 — suivi TSO; consommation d'alcool à surveiller",
                         "Sans domicile fixe depuis mars; rejoignable au refuge"]),
             c.ch(["Veteran, PTSD; living alone since separation, prefers texts", "Released 2019 - OSI follow-up; watch alcohol use",
                   "No fixed address since March; reachable via the shelter"]))
    vcf = A.make_vcf(p.first, p.last, tels=[("CELL", p.phone)], emails=[p.email],
                     adr=(p.address.split(",")[0] + "," + p.address.split(",")[1], p.town, "QC", p.address[-7:], "Canada"),
                     note=note)
    text = T(lang, f"{c.hello(sw, 'fr')}\n\nComme convenu, voici la fiche contact du vétéran que je t'ai mentionné. "
                   f"Il est d'accord pour que tu l'appelles.\n\n{c.sig(peer, 'fr')}",
             f"{c.hello(sw, 'en')}\n\nAs discussed, here is the contact card for the veteran I mentioned. He agreed that you "
             f"can call him.\n\n{c.sig(peer, 'en')}")
    if p.sex == "F":
        text = text.replace("du vétéran", "de la vétérane").replace("Il est d'accord pour que tu l'appelles", "Elle est d'accord pour que tu l'appelles") \
            .replace("He agreed that you can call him", "She agreed that you can call her")
    subj = T(lang, c.ch(["Coordonnées", "Fiche contact — suivi par les pairs", "Contact"]),
             c.ch(["Contact info", "Contact card - peer support", "Contact"]))
    types = ["patient_name", "patient_contact"] + (["social_information"] if any(w in note for w in ("seul", "alone", "domicile", "address")) else ["diagnosis"])
    if "TSPT" in note or "PTSD" in note:
        types.append("diagnosis")
    if "alcool" in note or "alcohol" in note:
        types.append("diagnosis")
    return mail(c, "vcard_contact", lang, types, "vCard of a veteran with home contact and clinical/social note",
                peer, [sw], subj, text, attachments=[att(f"{safe_fn(p.first)} {safe_fn(p.last)}.vcf", VCF, vcf)])


# 15 ----------------------------------------------------------------- CSV export of appointments
def p_csv_export(c, lang):
    clerk = c.staff("clerk", "audio", sex="F")
    mgr = c.staff("manager", "audio")
    n = c.rint(4, 6)
    rows = [T(lang, ["Date", "Heure", "Nom", "Prénom", "NAM", "DDN", "Motif"], ["Date", "Time", "Last name", "First name", "RAMQ", "DOB", "Reason"])]
    seen = set()
    d = c.later(1, 10)
    for i in range(n):
        p = c.holder(45, 100)
        if p.nam in seen:
            continue
        seen.add(p.nam)
        reason = c.ch([T(lang, "Audiogramme — suivi surdité", "Audiogram - hearing loss follow-up"),
                       T(lang, "Acouphènes — évaluation", "Tinnitus assessment"),
                       T(lang, "Ajustement prothèses auditives", "Hearing aid adjustment"),
                       T(lang, "Vertiges / Ménière?", "Dizziness / ?Meniere")])
        rows.append([d.isoformat(), f"{8 + i}:{c.ch(['00', '30'])}", p.last, p.first, p.nam, p.dob.isoformat(), reason])
    sep = c.ch([",", ";"])
    data = A.make_csv(rows, sep)
    cs = c.ch(["utf-8", "windows-1252"])
    text = T(lang, f"{c.hello(mgr, 'fr')}\n\nExport de l'agenda d'audiologie du {C.fmt_date(d, 'fr', 2)} (demande de la chef pour le "
                   f"remplacement de l'audiologiste).\n\n{c.sig(clerk, 'fr')}",
             f"{c.hello(mgr, 'en')}\n\nExport of the audiology schedule for {C.fmt_date(d, 'en', 1)} (for the locum coverage).\n\n{c.sig(clerk, 'en')}")
    subj = T(lang, c.ch(["Export agenda audiologie", "Agenda — export CSV"]), c.ch(["Audiology schedule export", "Schedule CSV"]))
    return mail(c, "csv_export", lang, ["patient_name", "ramq_nam", "date_of_birth", "diagnosis"],
                "CSV export of audiology appointments with NAMs and DOBs", clerk, [mgr], subj, text,
                attachments=[att(f"agenda_{d.isoformat()}.csv", CSV, data, charset=cs)])
