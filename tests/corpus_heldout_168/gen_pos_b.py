"""Positive templates, part B: discharge, notes, forwards, pharmacy, booking, transport."""
import datetime

import gen_common as C
import gen_transport as T
from gen_mime import Forward, Pre, Quote, Table
from gen_pos_a import att_docx, att_ics, att_pdf, cdate, fname, room


# ---- 10. discharge summary attached ------------------------------------------
def discharge(c):
    use_nam = c.rng.random() < 0.5
    p = c.patient(nam=use_nam, min_age=1)
    s = c.scen(keys=["osteo", "lyme", "malaria", "mssa", "strep"]) if p.age() < 16 else c.scen(keys=C.INPATIENT)
    c.t("diagnosis", "medication", "lab_result")
    full = c.full_name(p, c.choice(["upper", "full", "sfirst"]))
    dob = c.dob(p)
    sex = c.sex(p)
    mrn = c.mrn(p)
    nam = c.nam(p) if use_nam else None
    adm, d0 = cdate(c, -25, -6)
    dis = C.date_as(d0 + datetime.timedelta(days=c.rng.randint(4, 5)), c.lang, "iso")
    L = c.lang == "fr"
    lines = [
        (f"Patient : {full}   {sex}" if L else f"Patient: {full}   {sex}"),
        (f"Date de naissance : {dob}" if L else f"Date of birth: {dob}"),
        (f"Dossier : {mrn}" + (f"   NAM : {nam}" if nam else "") if L else f"MRN: {mrn}" + (f"   RAMQ: {nam}" if nam else "")),
        (f"Admission : {adm}   Congé : {dis}" if L else f"Admitted: {adm}   Discharged: {dis}"),
        "",
        (f"Diagnostic principal : {c.sc(s, 'dx')}" if L else f"Principal diagnosis: {c.sc(s, 'dx')}"),
        (f"Microbiologie : {c.sc(s, 'cx')}" if L else f"Microbiology: {c.sc(s, 'cx')}"),
        (f"Évolution : afébrile depuis J3, {c.sc(s, 'labs')}." if L else f"Course: afebrile from day 3, {c.sc(s, 'labs')}."),
        (f"Traitement au congé : {c.sc(s, 'rx')}" if L else f"Discharge treatment: {c.sc(s, 'rx')}"),
        ("Suivi : clinique MI dans 2 semaines, bilans hebdomadaires." if L else "Follow-up: ID clinic in 2 weeks, weekly labs."),
        "",
        C.STAFF[c.choice(["dufour", "haddad", "leclerc", "chen"])].dname(c.lang),
    ]
    base = c.L("Resume_depart_", "Discharge_summary_") + fname(p, c.rng)
    if c.rng.random() < 0.5:
        att = att_pdf(base + ".pdf", c.L("Résumé de départ – Microbiologie-infectiologie", "Discharge summary - Infectious Diseases"),
                      lines, compress=c.rng.random() < 0.5, header=c.L(C.ORG_FR, C.ORG_EN))
    else:
        att = att_docx(base + ".docx", c.L("Résumé de départ", "Discharge summary"), lines)
    gp = c.ext("gp")
    if L:
        subj = c.choice(["Résumé de départ – suivi en première ligne", "Résumé d'hospitalisation",
                         f"Congé de {full}"])
        body = ["Bonjour Docteur,", "Votre patient(e) a reçu son congé de notre service. "
                "Vous trouverez ci-joint le résumé de départ. Merci d'assurer le suivi des bilans.",
                c.sig("mercier")]
    else:
        subj = c.choice(["Discharge summary - primary care follow-up", "Hospital discharge summary", f"Discharge: {full}"])
        body = ["Dear Doctor,", "Your patient was discharged from our service. The discharge summary is attached. "
                "Please follow up on the lab work.", c.sig("mercier")]
    return c.spec("discharge", subj, c.who("mercier"), [gp], body,
                  c.L("résumé de départ joint", "discharge summary attached"), atts=[att])


# ---- 11. name only in the Subject --------------------------------------------
def subject_name(c):
    p = c.patient(min_age=18)
    s = c.scen(keys=C.BACT)
    nm = c.name(p, c.choice(["upper", "upper2", "sfirst", "full"]))
    c.t("lab_result", "medication")
    a, b = c.choice([("haddad", "dufour"), ("chen", "leclerc"), ("vachon", "haddad"), ("mensah", "okafor")])
    if c.lang == "fr":
        subj = c.choice([f"{nm}", f"RE: {nm}", f"{nm} – hémocs"])
        body = [f"Les hémocs de contrôle sont négatives à 48 h. {c.sc(s, 'labs')}.",
                f"On garde {c.sc(s, 'rx')} et on réévalue lundi. Je l'ai avisé(e) ce matin.",
                C.STAFF[a].given]
    else:
        subj = c.choice([f"{nm}", f"RE: {nm}", f"{nm} - cultures"])
        body = [f"Repeat blood cultures negative at 48 h. {c.sc(s, 'labs')}.",
                f"Continuing {c.sc(s, 'rx')}, will reassess Monday. Told the patient this morning.",
                C.STAFF[a].given]
    return c.spec("quick_note", subj, c.who(a), [c.who(b)], body,
                  c.L("note brève, nom seulement dans l'objet", "short note, name only in subject"), fmt="plain")


# ---- 12. quick note between colleagues ---------------------------------------
def quick_note(c):
    p = c.patient(min_age=18)
    s = c.scen(opat=True)
    ttl = c.name(p, "title_s")
    c.t("diagnosis", "medication")
    a, b = c.choice([("bergeron", "haddad"), ("dube", "mensah"), ("nguyen", "chen"), ("hebert", "leclerc")])
    temp = f"{c.rng.randint(38, 39)},{c.rng.randint(1, 9)}" if c.lang == "fr" else f"{c.rng.randint(38, 39)}.{c.rng.randint(1, 9)}"
    r = room(c.rng)
    if c.lang == "fr":
        subj = c.choice(["petite question", f"ch. {r}", "Peux-tu passer ?"])
        body = [f"Salut {C.STAFF[b].given},",
                f"{ttl} ({r}) fait {temp} ce matin malgré {c.sc(s, 'rx')}. "
                f"{p.given} dit que son bras est douloureux au site du PICC, un peu rouge.",
                "Hémocs repiquées x 2. Tu peux passer la voir/le voir avant midi ?",
                C.STAFF[a].given]
    else:
        subj = c.choice(["quick question", f"rm {r}", "Can you swing by?"])
        body = [f"Hi {C.STAFF[b].given},",
                f"{ttl} in {r} spiked to {temp} this morning despite {c.sc(s, 'rx')}. "
                f"{p.given} says the PICC arm is sore and a bit red.",
                "Repeat BCs x2 drawn. Could you see them before noon?",
                C.STAFF[a].given]
    c.text(p.given)
    return c.spec("quick_note", subj, c.who(a), [c.who(b)], body,
                  c.L("note rapide entre collègues", "quick note between colleagues"), fmt=c.choice(["plain", "html"]))


# ---- 13. inline-forwarded external lab result --------------------------------
def forwarded_lab(c):
    p = c.patient(min_age=18)
    s = c.scen(keys=["syph", "gono", "hcv", "hivfu", "lyme", "hivnew"])
    nm = c.full_name(p)
    dob = c.dob(p)
    c.t("lab_result")
    lab = c.ext("labext")
    to = c.choice(["dube", "patel", "mensah"])
    q = c.earlier(1, 20)
    if c.lang == "fr":
        inner = [f"Résultat anormal transmis à la clinique.",
                 f"Patient : {nm}\nDDN : {dob}\nPrescripteur : {C.STAFF['mensah'].dname('fr')}",
                 f"Résultat : {c.sc(s, 'cx')}",
                 "BioDiag Laboratoires – Service à la clientèle 514-555-0177"]
        fwd = Forward("-------- Message transféré --------",
                      [f"De : {lab[0]} <{lab[1]}>", f"Date : {q.strftime('%Y-%m-%d %H:%M')}",
                       "À : clinique.vih@hsaubin.example", "Objet : Résultat anormal"], inner)
        subj = "TR: Résultat anormal"
        body = [f"{C.STAFF[to].given}, pour suivi SVP (rappel du patient à faire).", fwd]
    else:
        inner = ["Abnormal result sent to the clinic.",
                 f"Patient: {nm}\nDOB: {dob}\nOrdering: {C.STAFF['mensah'].dname('en')}",
                 f"Result: {c.sc(s, 'cx')}", "BioDiag Laboratories - Client services 514-555-0177"]
        fwd = Forward("---------- Forwarded message ---------",
                      [f"From: {lab[0]} <{lab[1]}>", f"Date: {C.MONTHS[q.month - 1][:3]} {q.day}, {q.year} at {q.strftime('%H:%M')}",
                       "To: hiv.clinic@hsaubin.example", "Subject: Abnormal result"], inner)
        subj = "Fwd: Abnormal result"
        body = [f"{C.STAFF[to].given}, please follow up (patient needs a call back).", fwd]
    return c.spec("lab_forward", subj, c.who("mercier"), [c.who(to)], body,
                  c.L("résultat externe transféré en ligne", "external result forwarded inline"))


# ---- 14. original message attached as .eml -----------------------------------
def eml_forward(c):
    p = c.patient(min_age=18)
    s = c.scen(keys=["syph", "gono", "lyme", "cdi", "esbl"])
    nm = c.full_name(p)
    c.t("diagnosis", "medication")
    gp = c.ext("gp")
    if c.lang == "fr":
        inner_blocks = ["Bonjour,",
                        f"Je vous réfère {nm}, suivi(e) à notre clinique, pour {c.sc(s, 'dx')}.",
                        f"Traitement débuté : {c.sc(s, 'rx')}. Allergie : pénicilline (urticaire).",
                        "Merci de le/la voir rapidement.", "Dre Corinne Vézina\nClinique médicale des Faubourgs"]
        isubj = "Référence en infectiologie"
    else:
        inner_blocks = ["Hello,", f"Referring {nm}, followed at our clinic, for {c.sc(s, 'dx')}.",
                        f"Started on {c.sc(s, 'rx')}. Allergy: penicillin (hives).",
                        "Grateful if you could see them soon.", "Dr Corinne Vézina\nFaubourgs Medical Clinic"]
        isubj = "ID referral"
    ispec = dict(lang=c.lang, subject=isubj, **{"from": ("Dre Corinne Vézina", "cvezina@cm-faubourgs.example")},
                 to=[("Clinique MI", "clinique.mi@hsaubin.example")], blocks=inner_blocks, fmt="plain",
                 charset="utf-8", cte=c.choice(["8bit", "quoted-printable"]))
    data = T.build_inner(ispec, c.rng, c.k * 100 + 7)
    att = dict(kind="eml", name=c.L("Référence.eml", "Referral.eml") if c.rng.random() < 0.5 else "message.eml", data=data)
    if c.lang == "fr":
        subj = "TR: Référence en infectiologie"
        body = ["Voir le message original ci-joint. À prioriser pour la clinique de jeudi.", c.sig("poulin")]
    else:
        subj = "FW: ID referral"
        body = ["See the original message attached. Please prioritise for Thursday's clinic.", c.sig("poulin")]
    return c.spec("forward_eml", subj, c.who("poulin"), [c.who(c.choice(["dufour", "haddad"]))], body,
                  c.L("référence transférée en pièce jointe .eml", "referral forwarded as attached .eml"), atts=[att])


# ---- 15. vancomycin dosing note ----------------------------------------------
def vanco_note(c):
    p = c.patient(min_age=18)
    nm = c.name(p)
    mrn = c.mrn(p)
    c.t("lab_result", "medication")
    trough = f"{c.rng.randint(21, 29)}.{c.rng.randint(0, 9)}"
    cr1, cr2 = c.rng.randint(70, 95), c.rng.randint(110, 160)
    if c.lang == "fr":
        trough = trough.replace(".", ",")
        subj = c.choice(["Dosage vanco – ajustement", f"Vancomycine : {nm}", "Suivi pharmacocinétique"])
        body = ["Bonjour,",
                f"{nm} (dossier {mrn}) : creux de vancomycine {trough} mg/L ce matin (cible 15-20). "
                f"Créat {cr2} µmol/L (base {cr1}).",
                "Suggestion : diminuer à 1 g IV q12h, prochain creux avant la 4e dose. "
                "Éviter la pip-tazo en association si possible.", c.sig("lavoie")]
    else:
        subj = c.choice(["Vanco level - dose adjustment", f"Vancomycin: {nm}", "PK follow-up"])
        body = ["Hi,",
                f"{nm} (MRN {mrn}): vancomycin trough {trough} mg/L this morning (target 15-20). "
                f"Creat {cr2} umol/L (baseline {cr1}).",
                "Suggest reducing to 1 g IV q12h, next trough before the 4th dose. "
                "Avoid combining with pip-tazo if possible.", c.sig("lavoie")]
    return c.spec("pharmacy", subj, c.who("lavoie"), [c.who(c.choice(["vachon", "kowalski"]))], body,
                  c.L("ajustement de vancomycine", "vancomycin dosing note"))


# ---- 16. booking with ICS ----------------------------------------------------
def booking(c):
    p = c.patient(min_age=16)
    s = c.scen(keys=["syph", "hivfu", "hcv", "tb", "lyme", "gono", "mssa"])
    nm = c.name(p, c.choice(["full", "upper", "sfirst", "title"]))
    c.t("diagnosis")
    d = datetime.datetime.combine(c.day(7, 45), datetime.time(c.rng.randint(8, 15), c.rng.choice([0, 15, 30, 45])))
    doc = c.choice(["mensah", "okafor", "dufour", "menard"])
    summary = c.L(f"Suivi MI – {nm} – {c.sc(s, 'dx')}", f"ID follow-up - {nm} - {c.sc(s, 'dx')}")
    ics = att_ics("rdv.ics" if c.lang == "fr" else "appointment.ics",
                  uid=f"rdv-{c.k}-{c.rng.randint(10000, 99999)}@hsaubin.example", start=d,
                  end=d + datetime.timedelta(minutes=30), summary=summary,
                  description=c.L("Clinique MI, pavillon C, 3e étage. Apporter la carte d'hôpital.",
                                  "ID clinic, Pavilion C, 3rd floor. Bring hospital card."),
                  location="Clinique MI C-3", organizer=("Clinique MI", "clinique.mi@hsaubin.example"))
    in_body = c.rng.random() < 0.4
    if c.lang == "fr":
        subj = "Rendez-vous confirmé – clinique MI"
        body = ["Bonjour,", (f"Le rendez-vous de {nm} est confirmé. " if in_body else "Rendez-vous confirmé, voir l'invitation. ")
                + f"Merci de l'inscrire à l'horaire de {C.STAFF[doc].dname('fr')}.", c.sig("mercier")]
    else:
        subj = "Appointment confirmed - ID clinic"
        body = ["Hello,", (f"{nm}'s appointment is confirmed. " if in_body else "Appointment confirmed, see invitation. ")
                + f"Please add to {C.STAFF[doc].dname('en')}'s schedule.", c.sig("mercier")]
    return c.spec("booking", subj, c.who("mercier"), [c.who(doc), c.who("poulin")], body,
                  c.L("confirmation de rendez-vous avec ICS", "appointment confirmation with ICS"), atts=[ics])


# ---- 17. transport request ---------------------------------------------------
def transport(c):
    p = c.patient(min_age=40)
    nm = c.full_name(p)
    addr = c.address(p)
    tel = c.phone(p)
    c.t("social_information", "medication")
    drug = c.choice([("dalbavancine 1500 mg IV", "dalbavancin 1500 mg IV"),
                     ("ertapénème 1 g IV", "ertapenem 1 g IV"), ("céfazoline 2 g IV", "cefazolin 2 g IV")])
    soc = c.choice([("vit seul(e), sans voiture, prestataire de l'aide sociale",
                     "lives alone, no car, on social assistance"),
                    ("hébergé(e) temporairement dans un refuge, pas de téléphone fixe",
                     "temporarily staying at a shelter, no landline"),
                    ("proche aidant(e) hospitalisé(e), aucun soutien à domicile",
                     "caregiver hospitalised, no support at home")])
    tr = c.ext("transport")
    if c.lang == "fr":
        subj = c.choice(["Demande de transport adapté", f"Transport – {nm}"])
        body = ["Bonjour,",
                f"Demande de transport aller-retour pour {nm}, {addr}, tél. {tel}.",
                f"Rendez-vous à la clinique ATIVAD (pavillon C, 3e) les lundis à 9 h pour {drug[0]}.",
                f"Se déplace avec une marchette. Situation : {soc[0]}.", c.sig("hebert")]
    else:
        subj = c.choice(["Paratransit request", f"Transport - {nm}"])
        body = ["Hello,", f"Round-trip transport requested for {nm}, {addr}, phone {tel}.",
                f"OPAT clinic visits (Pavilion C, 3rd floor) Mondays 9:00 for {drug[1]}.",
                f"Uses a walker. Situation: {soc[1]}.", c.sig("hebert")]
    return c.spec("transport", subj, c.who("hebert"), [tr], body,
                  c.L("demande de transport avec situation sociale", "transport request with social situation"))
