"""Positive (confidential) templates, part B: patients' mail, identifiers,
calendar/vCard, social situations, bundles and disguised identifiers."""
import datetime

from gen_clinical import (ARTHRO_DX, FRACT_DX, LABS, MEDS, SOCIAL, SPORT_DX,
                          dx_text, proc_text)
from gen_files import make_csv, make_ics, make_pdf, make_vcf, make_zip, make_docx
from gen_ids import (DOMAIN, HOSP_EN, HOSP_FR, fmt_date, fmt_mrn, fmt_nam,
                     fmt_niss, fmt_nir, fmt_ohip, fmt_sin)
from gen_mime import Attachment, Mail
from gen_pos_a import R, lh, pname, side


# ---------------------------------------------------------------- P17
def p_patient_mail(c):
    r, L = c.rng, c.L
    sec = c.s("ortho") if r.random() < 0.3 else [x for x in c.staff if x.dept == "fracture"][0]
    surgeon = c.s("ortho", exclude=(sec,))
    p = c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc")
    dk = r.choice(["hipoa", "kneeoa", "ankle", "acl", "cuff", "radius"])
    med = r.choice(MEDS[2:5])
    pmail = f"{p.given.lower()}.{p.surname.lower()}{r.randrange(10, 99)}@courriel.example".replace("é", "e").replace("è", "e").replace("ë", "e")
    orig = L(f"Bonjour,\n\nJ'ai été opéré(e) il y a trois semaines ({proc_text(dk, 'fr')}) et j'ai encore beaucoup de douleur la nuit, "
             f"même avec {med[0]}. Ma cicatrice est un peu rouge et chaude depuis hier. Est-ce normal ? "
             f"Vous pouvez me rejoindre au {p.phone}, je suis à la maison toute la journée.\n\nMerci,\n{p.given} {p.surname}",
             f"Hello,\n\nI had surgery three weeks ago ({proc_text(dk, 'en')}) and I still have a lot of pain at night, "
             f"even with {med[1]}. The incision has been a bit red and warm since yesterday. Is that normal? "
             f"You can reach me at {p.phone}, I'm home all day.\n\nThank you,\n{p.given} {p.surname}")
    types = ["patient_name", "diagnosis", "medication", "patient_contact"]
    extra = ""
    if p.nam is not None and r.random() < 0.45:
        extra += L(f"\n\nMon numéro d'assurance maladie : {fmt_nam(p.nam, r.randrange(8))}", f"\n\nMy health card number: {fmt_nam(p.nam, r.randrange(8))}")
        types.append("ramq_nam")
    if r.random() < 0.35:
        extra += L("\n\nJe vis seul(e) depuis le décès de mon conjoint et je n'ai personne pour me conduire à mes rendez-vous.",
                   "\n\nI've lived alone since my spouse died and I have no one to drive me to appointments.")
        types.append("social_information")
    orig = orig.replace(f"\n\n{L('Merci', 'Thank you')},\n{p.given} {p.surname}", extra + f"\n\n{L('Merci', 'Thank you')},\n{p.given} {p.surname}")
    intro = L(f"{c.greet(surgeon)}\n\nMessage reçu sur la boîte de la clinique ce matin, pouvez-vous regarder ? Je lui ai dit qu'on la/le rappellerait avant 16 h.",
              f"{c.greet(surgeon)}\n\nThis came into the clinic inbox this morning, can you have a look? I told them we'd call back before 4 pm.")
    inner = Mail(c.lang, L("Douleur après ma chirurgie", "Pain after my surgery"), (f"{p.given} {p.surname}", pmail),
                 [("Clinique orthopédie", f"ortho.clinique@{DOMAIN}")], orig, when=c.when - datetime.timedelta(hours=3))
    if r.random() < 0.5:
        body = intro + f"\n\n{c.sig(sec)}"
        m = Mail(c.lang, L("TR: Douleur après ma chirurgie", "FW: Pain after my surgery"), c.addr(sec), [c.addr(surgeon)], body,
                 inner=[inner], when=c.when)
        note = "patient's e-mail attached as message/rfc822"
    else:
        fwd = L("---------- Message transféré ----------\nDe : ", "---------- Forwarded message ----------\nFrom: ") + \
            f"{p.given} {p.surname} <{pmail}>\n" + L("Objet : Douleur après ma chirurgie\n\n", "Subject: Pain after my surgery\n\n") + orig
        body = intro + f"\n\n{c.sig(sec)}\n\n{fwd}\n"
        m = Mail(c.lang, L("TR: Douleur après ma chirurgie", "FW: Pain after my surgery"), c.addr(sec), [c.addr(surgeon)], body, when=c.when)
        note = "patient's e-mail forwarded inline"
    return R("patient_mail_forward", m, types, note)


# ---------------------------------------------------------------- P18
def p_pharmacy(c):
    r, L = c.rng, c.L
    ph = [x for x in c.staff if x.dept == "pharmacy"][0]
    doc = c.s("ortho")
    p = c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc", lo=1935, hi=1960)
    body = (f"{c.greet(doc)}\n\n" +
            L(f"Question pour {pname(c, p, r.choice([0, 1, 6]))}, dossier {fmt_mrn(p.mrn, r.randrange(6))}, ch. {r.randrange(401, 440)} : "
              f"PTH hier pour coxarthrose, prescrit apixaban 2,5 mg BID. Créatinine ce matin 168 µmol/L (DFGe 29), poids 51 kg, 86 ans. "
              "Je suggère plutôt l'énoxaparine 30 mg SC die. Êtes-vous d'accord ?",
              f"Question about {pname(c, p, r.choice([0, 1, 6]))}, chart {fmt_mrn(p.mrn, r.randrange(6))}, room {r.randrange(401, 440)}: "
              f"THA yesterday for hip osteoarthritis, ordered apixaban 2.5 mg BID. Creatinine this morning 168 µmol/L (eGFR 29), weight 51 kg, age 86. "
              "I would suggest enoxaparin 30 mg SC daily instead. Do you agree?") +
            f"\n\n{c.close()}\n{c.sig(ph)}")
    m = Mail(c.lang, L("Question anticoagulation post-PTH", "Post-THA anticoagulation question"), c.addr(ph), [c.addr(doc)], body, when=c.when)
    return R("pharmacy_question", m, ["patient_name", "mrn", "medication", "lab_result", "diagnosis"],
             "pharmacist questions anticoagulant dose with renal function")


# ---------------------------------------------------------------- P19
def p_ics(c):
    r, L = c.rng, c.L
    sec = c.s("sport") if r.random() < 0.5 else c.s("fracture")
    p = c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc")
    dk = r.choice(FRACT_DX + SPORT_DX)
    start = datetime.datetime.combine(c.day(r.randrange(3, 20)), datetime.time(r.choice([8, 9, 10, 13, 14]), r.choice([0, 15, 30])))
    summ = L(f"{p.surname}, {p.given} – suivi {dx_text(dk, 'fr')}", f"{p.surname}, {p.given} – f/u {dx_text(dk, 'en')}")
    cast = dk in FRACT_DX
    desc = L(f"Patient : {p.given} {p.surname}\nTél. : {p.phone}\nApporter les RX." + (" Retrait du plâtre prévu." if cast else " Réévaluation du programme d'exercices."),
             f"Patient: {p.given} {p.surname}\nPhone: {p.phone}\nBring X-rays." + (" Cast removal planned." if cast else " Review of exercise program."))
    withnam = p.nam is not None and r.random() < 0.5
    if withnam:
        desc += L(f"\nNAM : {fmt_nam(p.nam, r.randrange(8))}", f"\nRAMQ: {fmt_nam(p.nam, r.randrange(8))}")
    doc = c.s("ortho")
    ics = make_ics(f"{r.getrandbits(64):016x}@{DOMAIN}", summ, start, start + datetime.timedelta(minutes=20),
                   location=L("Clinique de fractures, local B-112", "Fracture clinic, room B-112"),
                   description=desc, organizer=(sec.full, sec.email), attendees=[(doc.full, doc.email)])
    body = L("Rendez-vous ajouté à votre agenda.", "Appointment added to your calendar.") + f"\n\n{c.sig(sec)}"
    m = Mail(c.lang, L("Invitation : rendez-vous clinique", "Invitation: clinic appointment"), c.addr(sec), [c.addr(doc)], body,
             attachments=[Attachment("invite.ics", ics, "text/calendar", params={"method": "REQUEST"})], when=c.when)
    return R("calendar_appointment", m, ["patient_name", "diagnosis", "patient_contact"] + (["ramq_nam"] if withnam else []), "ICS invitation naming patient, diagnosis and phone")


# ---------------------------------------------------------------- P20
def p_vcard(c):
    r, L = c.rng, c.L
    a = c.s("physio")
    b = c.s("op") if r.random() < 0.5 else c.s("physiatry")
    p = c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc")
    dk = r.choice(["amput", "acl", "vertebral", "hipfx", "fasciite"])
    note = L(f"Patient(e) – {dx_text(dk, 'fr', side(c))}; préfère être appelé(e) en soirée",
             f"Patient – {dx_text(dk, 'en', side(c))}; prefers evening calls")
    vcf = make_vcf(f"{p.given} {p.surname}", [p.surname, p.given, "", "", ""], tels=[("HOME", p.phone)],
                   adr=p.address, note=note, bday=p.dob.isoformat())
    body = L("Voici les coordonnées pour la prise de mesures.", "Here are the contact details for the fitting.") + f"\n\n{c.sig(a)}"
    fn = f"{p.given} {p.surname}.vcf"
    m = Mail(c.lang, L("Coordonnées", "Contact card"), c.addr(a), [c.addr(b)], body,
             attachments=[Attachment(fn, vcf, "text/vcard")], when=c.when)
    return R("vcard_patient", m, ["patient_name", "patient_contact", "diagnosis", "date_of_birth"], "vCard of patient with home phone, address, birthday and diagnosis note")


# ---------------------------------------------------------------- P21
def p_sin_claim(c):
    r, L = c.rng, c.L
    doc = c.s("physiatry") if r.random() < 0.5 else c.s("ortho")
    p = c.reg.invented("qc", lo=1960, hi=2000)
    dk = r.choice(["radius", "lombaire", "cuff", "ankle", "epicond", "menisc"])
    sd = side(c)
    agency = r.choice(["CNESST", "SAAQ", "Assurances Boréale"])
    to = c.ext("insurer", "reclamations") if agency == "Assurances Boréale" else (agency, f"dossiers@{agency.lower()}-demo.example")
    as_pdf = r.random() < 0.5
    lines = L([f"Travailleur/assuré : {p.surname.upper()}, {p.given}", f"Date de naissance : {fmt_date(p.dob, 'fr', 0)}",
               f"NAS : {fmt_sin(p.sin, r.randrange(4))}", f"Événement : {fmt_date(c.day(-r.randrange(20, 70)), 'fr', 1)}",
               f"Diagnostic : {dx_text(dk, 'fr', sd)}", f"Plan : {proc_text(dk, 'fr')}; arrêt de travail prolongé de 4 semaines.",
               f"Assignation temporaire possible : travaux légers, sans charge > 5 kg."],
              [f"Worker/insured: {p.surname.upper()}, {p.given}", f"Date of birth: {fmt_date(p.dob, 'en', 0)}",
               f"SIN: {fmt_sin(p.sin, r.randrange(4))}", f"Date of event: {fmt_date(c.day(-r.randrange(20, 70)), 'en', 1)}",
               f"Diagnosis: {dx_text(dk, 'en', sd)}", f"Plan: {proc_text(dk, 'en')}; work leave extended by 4 weeks.",
               "Temporary assignment possible: light duties, no loads > 5 kg."])
    atts = []
    if as_pdf:
        pdf = make_pdf(L(f"Rapport médical – {agency}", f"Medical report – {agency}"), lines, letterhead=lh(c))
        atts.append(Attachment(L(f"rapport_medical_{agency}.pdf", f"medical_report_{agency}.pdf").replace(" ", "_"), pdf, "application/pdf"))
        body = f"{c.greet()}\n\n" + L("Rapport médical d'évolution ci-joint.", "Progress medical report attached.") + f"\n\n{c.sig(doc)}"
    else:
        body = f"{c.greet()}\n\n" + L("Rapport médical d'évolution :", "Progress medical report:") + "\n\n" + "\n".join(lines) + f"\n\n{c.sig(doc)}"
    m = Mail(c.lang, L(f"Rapport médical – dossier {agency}", f"Medical report – {agency} file"), c.addr(doc), [to], body,
             attachments=atts, when=c.when)
    return R("claim_report_sin", m, ["patient_name", "date_of_birth", "ca_sin", "diagnosis"], "work-injury/insurance report with SIN", ids={"ca_sin": [p.sin]})


# ---------------------------------------------------------------- P22
def p_ohip_transfer(c):
    r, L = c.rng, c.L
    doc = c.s("ortho")
    p = c.reg.invented("en", lo=1940, hi=2005)
    dk = r.choice(["hipfx", "plateau", "ankle", "humerus", "acl", "neck"])
    sd = side(c)
    ohip = fmt_ohip(p.ohip[0], p.ohip[1], r.randrange(4))
    frm = c.ext("ottawa", "ortho.transfers")
    body = (f"{c.greet(doc)}\n\n" +
            L(f"Suite à notre conversation téléphonique, voici les informations pour le transfert de {pname(c, p, 0)}, "
              f"résident(e) de l'Ontario hospitalisé(e) chez nous depuis 2 jours.\n\n"
              f"Date de naissance : {fmt_date(p.dob, 'fr', 0)}\nCarte Santé Ontario : {ohip}\nDiagnostic : {dx_text(dk, 'fr', sd)}\n"
              f"Adresse : {p.address}\n\nElle/Il est stable, {LABS[0][0]}. Nous demandons un transfert pour {proc_text(dk, 'fr')} plus près de sa famille.",
              f"Further to our phone call, here is the information for the transfer of {pname(c, p, 0)}, "
              f"an Ontario resident admitted here 2 days ago.\n\n"
              f"Date of birth: {fmt_date(p.dob, 'en', 0)}\nOntario health card: {ohip}\nDiagnosis: {dx_text(dk, 'en', sd)}\n"
              f"Address: {p.address}\n\nStable, {LABS[0][1]}. We request transfer for {proc_text(dk, 'en')} closer to family.") +
            f"\n\n{c.close()}\nDr. Megan Whitcombe\nOrthopaedic Surgery, Ottawa Valley General Hospital\n(613) 555-01{r.randrange(10, 99)}")
    if r.random() < 0.5:
        m = Mail(c.lang, L("Demande de transfert interprovincial", "Interprovincial transfer request"), frm, [c.addr(doc)], body, when=c.when)
    else:
        # our surgeon forwards it to the bed manager
        bm = c.s("or")
        fwd = L("---- Message d'origine ----\n", "---- Original message ----\n") + body
        body2 = f"{c.greet(bm)}\n\n" + L("Pouvez-vous vérifier la disponibilité d'un lit pour ce transfert ?",
                                         "Can you check bed availability for this transfer?") + f"\n\n{c.sig(doc)}\n\n{fwd}"
        m = Mail(c.lang, L("TR: Demande de transfert interprovincial", "FW: Interprovincial transfer request"), c.addr(doc), [c.addr(bm)], body2, when=c.when)
    return R("ohip_transfer", m, ["patient_name", "date_of_birth", "ca_health_number", "diagnosis", "patient_contact", "lab_result"],
             "Ontario patient transfer with health card number", ids={"ca_health_number": [p.ohip[0]]})


# ---------------------------------------------------------------- P23
def p_niss_tourist(c):
    r, L = c.rng, c.L
    doc = c.s("ortho") if r.random() < 0.5 else c.s("sport")
    p = c.reg.invented("be", lo=1965, hi=2008)
    dk = r.choice(["plateau", "acl", "clav", "radius", "humerus", "ankle"])
    sd = side(c)
    mut = c.ext("liege", "assistance")
    niss = fmt_niss(p.niss, r.randrange(3))
    body = (f"{c.greet()}\n\n" +
            L(f"Patient(e) belge blessé(e) au ski (Mont-Grenat) : {p.surname.upper()} {p.given}, NISS {niss}.\n"
              f"Diagnostic : {dx_text(dk, 'fr', sd)}. Traitement : {proc_text(dk, 'fr')}.\n"
              f"Joignable au {p.phone} (cellulaire belge) ; adresse : {p.address}.\n\n"
              "Merci de confirmer la prise en charge des frais et du rapatriement (vol prévu dans 5 jours, siège en classe affaires requis pour la jambe en extension).",
              f"Belgian patient injured skiing (Mont-Grenat): {p.surname.upper()} {p.given}, NISS {niss}.\n"
              f"Diagnosis: {dx_text(dk, 'en', sd)}. Treatment: {proc_text(dk, 'en')}.\n"
              f"Reachable at {p.phone} (Belgian mobile); address: {p.address}.\n\n"
              "Please confirm coverage of costs and repatriation (flight in 5 days, leg must stay extended).") +
            f"\n\n{c.close()}\n{c.sig(doc)}")
    m = Mail(c.lang, L("Prise en charge – patient assuré Mutualité Wallonne", "Coverage request – Mutualité Wallonne member"),
             c.addr(doc), [mut], body, when=c.when)
    return R("be_tourist_niss", m, ["patient_name", "be_niss", "diagnosis", "patient_contact"], "Belgian ski injury with NISS to insurer", ids={"be_niss": [p.niss]})


# ---------------------------------------------------------------- P24
def p_nir_student(c):
    r, L = c.rng, c.L
    doc = c.s("sport")
    p = c.reg.invented("fra", lo=1998, hi=2006)
    dk = r.choice(SPORT_DX)
    sd = side(c)
    nir = fmt_nir(p.nir, r.randrange(3))
    uni = c.ext("lyon", "mobilite")
    in_docx = r.random() < 0.5
    text = L([f"Étudiant(e) en échange : {p.given} {p.surname}", f"N° de sécurité sociale (NIR) : {nir}",
              f"Blessure : {dx_text(dk, 'fr', sd)} (hockey universitaire)", f"Traitement prévu : {proc_text(dk, 'fr')}",
              "Arrêt sportif : 6 à 8 semaines, cours en présentiel possibles."],
             [f"Exchange student: {p.given} {p.surname}", f"French social security no. (NIR): {nir}",
              f"Injury: {dx_text(dk, 'en', sd)} (varsity hockey)", f"Planned treatment: {proc_text(dk, 'en')}",
              "No sport for 6-8 weeks; may attend classes in person."])
    atts = []
    if in_docx:
        d = make_docx(L("Certificat médical", "Medical certificate"), text, author=doc.full)
        atts.append(Attachment(L("certificat_medical.docx", "medical_certificate.docx"), d,
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        body = f"{c.greet()}\n\n" + L("À la demande de l'étudiant(e), voici le certificat pour la CPAM et votre bureau.",
                                      "At the student's request, here is the certificate for the CPAM and your office.") + f"\n\n{c.sig(doc)}"
    else:
        body = f"{c.greet()}\n\n" + "\n".join(text) + f"\n\n{c.sig(doc)}"
    m = Mail(c.lang, L("Certificat médical – étudiant(e) en mobilité", "Medical certificate – exchange student"), c.addr(doc), [uni], body,
             attachments=atts, when=c.when)
    return R("fr_student_nir", m, ["patient_name", "fr_nir", "diagnosis"], "French exchange student's certificate with NIR", ids={"fr_nir": [p.nir]})


# ---------------------------------------------------------------- P25
def p_social(c):
    r, L = c.rng, c.L
    sw = [x for x in c.staff if x.dept == "social"][0]
    doc = c.s("ortho")
    kid = r.random() < 0.3
    p = c.reg.invented("qc", lo=2015, hi=2022) if kid else (c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc", lo=1935, hi=1965))
    soc = SOCIAL[1] if kid else r.choice([s for i, s in enumerate(SOCIAL) if i != 1])
    dk = "humerus" if kid else r.choice(["hipfx", "neck", "radius", "vertebral", "ankle"])
    money = (not kid) and soc in (SOCIAL[2], SOCIAL[6]) and p.sin is not None
    extra = L(f"\n\nPour la demande d'aide financière de dernier recours, son NAS est le {fmt_sin(p.sin, r.randrange(4))}.",
              f"\n\nFor the last-resort financial assistance application, the SIN is {fmt_sin(p.sin, r.randrange(4))}.") if money else ""
    body = (f"{c.greet(doc)}\n\n" +
            L(f"Concernant {pname(c, p, r.choice([0, 6, 1]))} ({dx_text(dk, 'fr')}) : {soc[0]}. "
              f"{'Le signalement a été fait ce matin; la DPJ rappellera le parent. Aucun congé sans mon accord svp.' if kid else 'Un congé à domicile n’est pas sécuritaire pour l’instant; j’ai fait une demande de lit de convalescence.'}" + extra,
              f"Regarding {pname(c, p, r.choice([0, 6, 1]))} ({dx_text(dk, 'en')}): {soc[1]}. "
              f"{'The report was filed this morning; youth protection will call the parent. No discharge without my OK please.' if kid else 'Discharge home is not safe for now; I have applied for a convalescent bed.'}" + extra) +
            f"\n\n{c.sig(sw)}")
    m = Mail(c.lang, L("Situation sociale – planification du congé", "Social situation – discharge planning"), c.addr(sw), [c.addr(doc)], body, when=c.when)
    return R("social_work_note", m, ["patient_name", "diagnosis", "social_information"] + (["ca_sin"] if money else []), "social worker's note on a patient's social situation",
             ids={"ca_sin": [p.sin]} if money else None)


# ---------------------------------------------------------------- P26
def p_zip(c):
    r, L = c.rng, c.L
    a = c.s("ortho")
    b = c.ext(r.choice(["gp", "gp2"])) if r.random() < 0.4 else c.addr(c.s("ortho", exclude=(a,)))
    members = []
    types = {"patient_name", "diagnosis"}
    rows = [L(["nom", "dossier", "intervention", "complication"], ["name", "chart", "procedure", "complication"])]
    for i in range(r.randrange(3, 6)):
        p = c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc")
        dk = r.choice(ARTHRO_DX + ["hipfx", "neck"])
        rows.append([f"{p.surname} {p.given}", p.mrn, proc_text(dk, c.lang),
                     L(r.choice(["infection superficielle", "luxation J12", "aucune", "TVP"]), r.choice(["superficial infection", "dislocation day 12", "none", "DVT"]))])
    types.add("mrn")
    members.append((L("audit_complications.csv", "complications_audit.csv"), make_csv(rows).encode("utf-8")))
    pdf = make_pdf(L("Revue de morbidité – cas", "Morbidity review – cases"), [" | ".join(x) for x in rows], letterhead=lh(c))
    members.append((L("revue_cas.pdf", "case_review.pdf"), pdf))
    data = make_zip(members)
    body = f"{c.greet()}\n\n" + L("Fichiers pour la revue de cas de jeudi (mot de passe envoyé séparément... finalement pas de mot de passe, désolé).",
                                  "Files for Thursday's case review (I meant to password-protect it, sorry).") + f"\n\n{c.sig(a)}"
    m = Mail(c.lang, L("Revue de cas – fichiers", "Case review – files"), c.addr(a), [b], body,
             attachments=[Attachment(L("revue_cas.zip", "case_review.zip"), data, "application/zip")], when=c.when)
    return R("zip_case_review", m, types, "ZIP with CSV and PDF listing patients, charts and complications")


# ---------------------------------------------------------------- P27
def p_labs(c):
    r, L = c.rng, c.L
    nurse = c.s("fracture") if r.random() < 0.5 else c.s("or")
    doc = c.s("ortho")
    p = c.reg.holder() if r.random() < 0.6 else c.reg.invented("qc")
    labs = r.sample(LABS, 3)
    withnam = p.nam is not None and r.random() < 0.6
    ident = (L("NAM ", "RAMQ ") + fmt_nam(p.nam, r.randrange(8))) if withnam else (L("dossier ", "chart ") + fmt_mrn(p.mrn, r.randrange(6)))
    body = (f"{c.greet(doc)}\n\n" +
            L(f"Bilan préop de {pname(c, p, r.choice([0, 1, 4]))} ({ident}) prévu(e) mardi :\n"
              + "\n".join(f"- {x[0]}" for x in labs) + "\n\nOn garde la date ou on reporte ?",
              f"Pre-op labs for {pname(c, p, r.choice([0, 1, 4]))} ({ident}) booked Tuesday:\n"
              + "\n".join(f"- {x[1]}" for x in labs) + "\n\nDo we keep the date or postpone?") +
            f"\n\n{c.sig(nurse)}")
    m = Mail(c.lang, L("Bilan préop anormal", "Abnormal pre-op labs"), c.addr(nurse), [c.addr(doc)], body, when=c.when)
    return R("preop_labs", m, ["patient_name", "lab_result", "ramq_nam" if withnam else "mrn"], "abnormal pre-op lab values for named patient")


# ---------------------------------------------------------------- P28
def p_nam_only(c):
    r, L = c.rng, c.L
    a = c.s("ortho")
    b = c.s("imaging")
    p = c.reg.holder()
    dk = r.choice(FRACT_DX + ["acl", "menisc", "cuff"])
    nam = fmt_nam(p.nam, r.randrange(8))
    body = (f"{c.greet(b)}\n\n" +
            L(f"Pouvez-vous devancer l'IRM pour le NAM {nam} ? Suspicion de {dx_text(dk, 'fr', side(c))}, RX initiale négative.",
              f"Could you move up the MRI for RAMQ {nam}? Suspected {dx_text(dk, 'en', side(c))}, initial X-ray negative.") +
            f"\n\n{c.close()}\n{c.sig(a)}")
    m = Mail(c.lang, L("IRM à devancer", "MRI – please expedite"), c.addr(a), [c.addr(b)], body, when=c.when)
    return R("nam_only", m, ["ramq_nam", "diagnosis"], "NAM (possibly disguised) with suspected diagnosis, no name")


# ---------------------------------------------------------------- P29
def p_quoted(c):
    r, L = c.rng, c.L
    a = c.s("or")
    b = c.s("ortho")
    p = c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc")
    dk = r.choice(ARTHRO_DX)
    old = L(f"Le cas de {pname(c, p, 0)} ({proc_text(dk, 'fr')}, {dx_text(dk, 'fr')}) peut-il passer en 2e position ? "
            f"Elle/Il est diabétique (HbA1c 8,6 %), je préfère le matin.",
            f"Can {pname(c, p, 0)}'s case ({proc_text(dk, 'en')}, {dx_text(dk, 'en')}) go second? "
            f"Diabetic (HbA1c 8.6%), I'd rather do it in the morning.")
    body = (L("Oui c'est fait, salle 4.", "Yes, done, room 4.") + f"\n\n{c.sig(a)}\n\n" +
            L(f"De : {b.full}\nEnvoyé : {fmt_date(c.day(-1), 'fr', 1)}\nÀ : {a.full}\nObjet : ordre du bloc\n\n",
              f"From: {b.full}\nSent: {fmt_date(c.day(-1), 'en', 1)}\nTo: {a.full}\nSubject: OR order\n\n") +
            "\n".join("> " + x for x in old.split("\n")) + "\n")
    m = Mail(c.lang, L("RE: ordre du bloc", "RE: OR order"), c.addr(a), [c.addr(b)], body, when=c.when,
             reply_to_id=f"<{r.getrandbits(48):x}@{DOMAIN}>")
    return R("quoted_history_leak", m, ["patient_name", "diagnosis", "lab_result"], "short reply; patient details only in quoted history")


# ---------------------------------------------------------------- P30
def p_transport(c):
    r, L = c.rng, c.L
    nurse = c.s("fracture")
    chs = c.ext("chsld", "infirmerie")
    p = c.reg.holder() if r.random() < 0.75 else c.reg.invented("qc", lo=1930, hi=1950)
    dk = r.choice(["hipfx", "neck", "humerus", "vertebral"])
    usenam = p.nam is not None and r.random() < 0.7
    body = (f"{c.greet()}\n\n" +
            L(f"Retour en transport adapté (civière) prévu demain 10 h pour {pname(c, p, r.choice([0, 1]))}"
              + (f" (NAM {fmt_nam(p.nam, r.randrange(8))})" if usenam else f", DDN {fmt_date(p.dob, 'fr', 2)}") +
              f".\nOpéré(e) pour {dx_text(dk, 'fr', side(c))}; MEC selon tolérance, {MEDS[1][0]}. Pansement à changer aux 3 jours.",
              f"Stretcher transport back to your facility tomorrow 10 am for {pname(c, p, r.choice([0, 1]))}"
              + (f" (RAMQ {fmt_nam(p.nam, r.randrange(8))})" if usenam else f", DOB {fmt_date(p.dob, 'en', 2)}") +
              f".\nOperated for {dx_text(dk, 'en', side(c))}; WBAT, {MEDS[1][1]}. Dressing change every 3 days.") +
            f"\n\n{c.close()}\n{c.sig(nurse)}")
    m = Mail(c.lang, L("Retour au CHSLD demain", "Return to long-term care tomorrow"), c.addr(nurse), [chs], body, when=c.when)
    types = ["patient_name", "diagnosis", "medication"] + (["ramq_nam"] if usenam else ["date_of_birth"])
    return R("transport_request", m, types, "transport back to long-term care with identity, surgery and meds")


# ---------------------------------------------------------------- P31
def p_lowercase(c):
    r, L = c.rng, c.L
    a = [x for x in c.staff if "resident" in x.role_en][r.randrange(2)]
    b = c.s("ortho")
    p = c.reg.holder() if r.random() < 0.5 else c.reg.invented("qc")
    dk = r.choice(FRACT_DX)
    body = L(f"salut, {p.surname.lower()} {p.given.lower()} a l'urg, {dx_text(dk, 'fr', side(c))} ouverte?? plaie 1cm face ant. "
             f"cefazoline 2g donnée. je t'appelle dans 10 min\n\n{a.given.lower()}",
             f"hey, {p.given.lower()} {p.surname.lower()} in ER, {dx_text(dk, 'en', side(c))} possibly open, 1cm wound anteriorly. "
             f"cefazolin 2g given. will call u in 10\n\n{a.given.lower()}")
    m = Mail(c.lang, L("urg", "ER"), c.addr(a), [c.addr(b)], body, when=c.when, prefer={"structure": "plain"})
    return R("lowercase_quick_note", m, ["patient_name", "diagnosis", "medication"], "terse lowercase note naming ER patient")


# ---------------------------------------------------------------- P32
def p_mrn_only(c):
    r, L = c.rng, c.L
    a = c.s("fracture")
    b = c.s("ortho")
    items = []
    for i in range(r.randrange(2, 4)):
        p = c.reg.invented("qc")
        m_ = p.mrn
        disguised = r.choice([" ".join(m_), f"{m_[:2]}.{m_[2:4]}.{m_[4:]}", f"{m_[:3]}/{m_[3:]}", "".join(chr(ord(d) + 0xFEE0) for d in m_)])
        items.append(L(f"- dossier {disguised} : {dx_text(r.choice(FRACT_DX), 'fr')}, plâtre à refaire",
                       f"- chart {disguised}: {dx_text(r.choice(FRACT_DX), 'en')}, recast needed"))
    body = f"{c.greet(b)}\n\n" + L("Les suivants n'ont pas eu leur RX :", "These ones missed their X-rays:") + "\n" + "\n".join(items) + f"\n\n{c.sig(a)}"
    m = Mail(c.lang, L("RX manquantes", "Missing X-rays"), c.addr(a), [c.addr(b)], body, when=c.when)
    return R("mrn_only_disguised", m, ["mrn", "diagnosis"], "disguised chart numbers with fracture diagnoses, no names")
