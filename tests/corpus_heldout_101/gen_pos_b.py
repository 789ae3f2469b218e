"""Confidential messages, part B: outbreaks, lab call-backs, reportable
diseases, PrEP, patients' own mail, sign-out, discharge, subject-only and
file-name-only leaks, vCards, replies and forwards."""
import datetime

import gen_common as G
import gen_docs as D
import gen_vocab as V
from gen_build import Att, Mail


def _pick(c, pair):
    return pair[0] if c.lang == "fr" else pair[1]


# ------------------------------------------------------------------ outbreak line list
def outbreak_linelist(c):
    ipc = c.staff(role_idx=10)
    dsp = c.staff(role_idx=8, inst=G.DSP)
    fr = c.lang == "fr"
    kind = c.rng.choice(["measles", "cdiff", "cpe"])
    n = c.rng.randint(3, 7)
    lines = []
    for i in range(n):
        if kind == "measles":
            p = c.patient() if c.rng.random() < 0.6 else c.holder()
        else:
            p = c.patient(min_age=30) if c.rng.random() < 0.6 else c.holder(min_age=30)
        if kind == "measles":
            status = c.pick(*(["1 dose RRO", "non vacciné", "inconnu", "2 doses"] if fr else ["1 MMR dose", "unvaccinated", "unknown", "2 doses"]))
            detail = "%s | %s | %s | %s" % (G.name_form(c.rng, p, c.lang, c.pick("upper_first", "full")), p.dob.isoformat(), G.phone(c.rng), status)
        else:
            bed = "%s-%02d" % (c.pick("3E", "3O", "8N"), c.rng.randint(1, 28))
            res = c.pick(*(["positif", "négatif", "en attente"] if fr else ["positive", "negative", "pending"]))
            detail = "%s | %s | %s | %s" % (bed, G.name_form(c.rng, p, c.lang, c.pick("upper_first", "surname_first")), p.dob.isoformat(), res)
        if p.nam and c.rng.random() < 0.5:
            detail += " | " + G.disguise_nam(c.rng, p.nam, True, c.pick("plain", "space4"))
            c.add("ramq_nam")
            c.record("ramq_nam", p.nam)
        lines.append(detail)
    c.add("patient_name", "date_of_birth")
    if kind == "measles":
        c.add("patient_contact", "diagnosis")
        intro = c.fr("Cas de rougeole confirmé à l'urgence le %s (salle d'attente, 13 h à 18 h). Liste des personnes exposées à joindre pour prophylaxie post-exposition (RRO ou immunoglobulines) :",
                     "Confirmed measles case in the ED on %s (waiting room, 1 pm to 6 pm). Exposed patients to reach for post-exposure prophylaxis (MMR or immune globulin):") % c.date(c.past(2, 5))
        hdr = c.fr("Nom | DDN | Téléphone | Statut vaccinal", "Name | DOB | Phone | Vaccine status")
        subj = c.fr("URGENT - exposition rougeole, liste des exposés", "URGENT - measles exposure, list of exposed patients")
    else:
        c.add("lab_result", "diagnosis")
        org = "C. difficile" if kind == "cdiff" else c.fr("EPC (KPC)", "CPE (KPC)")
        intro = c.fr("Éclosion de %s sur l'unité. Dépistages de cette semaine :", "%s outbreak on the unit. This week's screening results:") % org
        hdr = c.fr("Lit | Patient | DDN | Résultat", "Bed | Patient | DOB | Result")
        subj = c.fr("Éclosion %s - suivi", "%s outbreak - update") % org
    text = "%s\n\n%s\n\n%s\n%s\n\n%s\n%s" % (c.greet(), intro, hdr, "\n".join(lines), c.bye(), c.sig(ipc))
    return "outbreak_linelist", Mail(c.lang, subj, c.sender(ipc), [(dsp.full, dsp.email)], text=text, date=c.now,
                                     importance="High" if "URGENT" in subj else None), "outbreak line list with exposed patients"


# ------------------------------------------------------------------ lab call-back
def lab_callback(c):
    tech = c.staff(role_idx=12)
    md = c.staff(role_idx=c.pick(0, 3))
    p = c.patient(min_age=18) if c.rng.random() < 0.55 else c.holder(min_age=18)
    fr = c.lang == "fr"
    res = c.rng.choice([
        ("Hémoculture 1/2 : cocci Gram positif en amas, SARM confirmé par PCR", "Blood culture 1/2: Gram-positive cocci in clusters, MRSA confirmed by PCR"),
        ("GeneXpert MTB/RIF : MTB détecté, résistance à la rifampicine non détectée", "GeneXpert MTB/RIF: MTB detected, rifampin resistance not detected"),
        ("Frottis BAAR 2+ sur expectoration", "AFB smear 2+ on sputum"),
        ("Frottis sanguin : P. falciparum, parasitémie 4,2 %", "Blood smear: P. falciparum, parasitemia 4.2%"),
        ("Culture d'urine : K. pneumoniae productrice de carbapénémase (KPC)", "Urine culture: carbapenemase-producing K. pneumoniae (KPC)"),
        ("Test de dépistage VIH réactif, confirmation en cours au LSPQ", "HIV screening test reactive, confirmation pending at provincial lab"),
    ])
    who = c.name(p, c.pick("upper_first", "surname_first", "full", "comma"))
    mrn = c.mrn()
    if fr:
        text = "Résultat critique - communiqué par téléphone au Dr %s à %s.\n\nPatient : %s\n%s\n%s\n\nRésultat : %s\n\nMerci de confirmer la réception.\n%s" % (
            md.surname, c.now.strftime("%H h %M"), who, mrn,
            c.dob(p) if c.rng.random() < 0.5 else "", c.lab(_pick(c, res)), c.sig(tech))
        subj = c.pick("Résultat critique microbiologie", "Valeur critique - micro", "Résultat critique : %s" % who)
    else:
        text = "Critical result - phoned to Dr. %s at %s.\n\nPatient: %s\n%s\n%s\n\nResult: %s\n\nPlease acknowledge receipt.\n%s" % (
            md.surname, c.now.strftime("%H:%M"), who, mrn,
            c.dob(p) if c.rng.random() < 0.5 else "", c.lab(_pick(c, res)), c.sig(tech))
        subj = c.pick("Critical micro result", "Critical value - microbiology", "Critical result: %s" % who)
    return "lab_callback", Mail(c.lang, subj, c.sender(tech), [(md.full, md.email)], text=text, date=c.now,
                                importance="High"), "critical microbiology result for a named patient"


# ------------------------------------------------------------------ MADO declaration (PDF)
def mado_pdf(c):
    p = c.holder(min_age=16) if c.rng.random() < 0.65 else c.patient(min_age=16)
    md = c.staff(role_idx=c.pick(0, 1))
    dsp = G.DSP
    fr = c.lang == "fr"
    dis, trt = c.rng.choice(V.MADO_DISEASES)
    street, city = c.address()
    tel = c.phone()
    lines = [c.fr("Déclaration de maladie à déclaration obligatoire (MADO)", "Notifiable disease report"),
             "",
             "**" + c.fr("Identification de la personne", "Patient identification"),
             c.fr("Nom : %s    Prénom : %s", "Last name: %s    First name: %s") % (p.surname, p.given),
             c.fr("Sexe : %s    Date de naissance : %s", "Sex: %s    Date of birth: %s") % (p.sex, p.dob.isoformat()),
             (c.fr("NAM : %s", "RAMQ: %s") % G.disguise_nam(c.rng, p.nam, False, c.pick("plain", "space4"))) if p.nam else
             (c.fr("No dossier : %s", "MRN: %s") % G.gen_mrn(c.rng)),
             c.fr("Adresse : %s, %s", "Address: %s, %s") % (street, city),
             c.fr("Téléphone : %s", "Phone: %s") % tel,
             "",
             "**" + c.fr("Maladie", "Disease"),
             _pick(c, dis),
             c.fr("Date de début des symptômes : %s", "Symptom onset: %s") % c.past(5, 30).isoformat(),
             c.fr("Traitement : %s", "Treatment: %s") % _pick(c, trt),
             "",
             c.fr("Médecin déclarant : %s", "Reporting physician: %s") % md.title_fr() if fr else "Reporting physician: %s" % md.title_en()]
    c.add("patient_name", "date_of_birth", "diagnosis", "medication")
    if p.nam:
        c.add("ramq_nam")
        c.record("ramq_nam", p.nam)
    else:
        c.add("mrn")
    pdf = D.make_pdf(lines, title="MADO", compress=c.rng.random() < 0.5)
    fname = c.pick("MADO_%s.pdf" % c.now.strftime("%Y%m%d"), "declaration.pdf", "AS-770_%s.pdf" % p.surname.upper())
    if fr:
        text = "%s\n\nCi-joint une déclaration MADO. L'original a aussi été télécopié.\n\n%s\n%s" % (c.greet(), c.bye(), c.sig(md))
        subj = c.pick("Déclaration MADO", "MADO - déclaration", "Envoi MADO")
    else:
        text = "%s\n\nAttached is a notifiable disease report. The original was also faxed.\n\n%s\n%s" % (c.greet(), c.bye(), c.sig(md))
        subj = c.pick("Notifiable disease report", "MADO report", "Reportable disease")
    return "mado_pdf", Mail(c.lang, subj, c.sender(md), [(dsp[1] if fr else dsp[2], "mado@" + dsp[3])], text=text, date=c.now,
                            attachments=[Att(fname, "application/pdf", data=pdf)]), "notifiable disease report PDF with identity and address"


# ------------------------------------------------------------------ PrEP
def prep_pharmacy(c):
    p = c.holder(min_age=18, max_age=65) if c.rng.random() < 0.5 else c.patient(min_age=18, max_age=65)
    nurse = c.staff(role_idx=4, inst=("ESC", "Clinique Santé Sexuelle L'Escale", "L'Escale Sexual Health Clinic", "escale-ss.example", "Montréal", "514"))
    ph = G.PHARMACIES[c.rng.randrange(len(G.PHARMACIES))]
    fr = c.lang == "fr"
    who = c.name(p, c.pick("full", "title", "lower", "surname_first"))
    med = c.med(c.fr("emtricitabine/ténofovir DF 200/300 mg (PrEP) 1 co die, 90 jours", "emtricitabine/tenofovir DF 200/300 mg (PrEP) 1 tab daily, 90 days"))
    lab = c.lab(c.fr("VIH non réactif le %s, créatinine %d µmol/L", "HIV non-reactive on %s, creatinine %d umol/L") % (c.date(c.past(1, 7)), c.rng.randint(60, 105)))
    extra = ""
    if c.rng.random() < 0.5:
        extra = c.fr("\nCell. du patient : %s", "\nPatient's cell: %s") % c.phone()
    if fr:
        text = "%s\n\nRenouvellement de PrEP pour %s.\n%s\nDernier bilan : %s.%s\n\n%s\n%s" % (c.greet(), who, med, lab, extra, c.bye(), c.sig(nurse))
        subj = c.pick("Renouvellement PrEP", "PrEP - renouvellement", "Rx PrEP")
    else:
        text = "%s\n\nPrEP renewal for %s.\n%s\nLast labs: %s.%s\n\n%s\n%s" % (c.greet(), who, med, lab, extra, c.bye(), c.sig(nurse))
        subj = c.pick("PrEP renewal", "PrEP refill", "Rx PrEP")
    return "prep_renewal", Mail(c.lang, subj, c.sender(nurse), [(ph[0], "rx@" + ph[1])], text=text, date=c.now), \
        "PrEP renewal with HIV test result"


# ------------------------------------------------------------------ patient's own mail forwarded
def patient_mail_forward(c):
    p = c.patient(min_age=18) if c.rng.random() < 0.6 else c.holder(min_age=18)
    clerk = c.staff(role_idx=7, inst=G.INSTITUTIONS[4])
    nurse = c.staff(role_idx=5, inst=G.INSTITUTIONS[4])
    fr = c.lang == "fr"
    pm = c.pmail(p)
    dest = _pick(c, c.rng.choice(V.DESTINATIONS))
    c.add("patient_name")
    if fr:
        own = c.rng.choice([
            "Bonjour,\n\nJe suis revenu%s de voyage (%s) il y a 5 jours et depuis hier j'ai %s. Je prends encore la doxycycline pour le paludisme. Est-ce que je dois aller à l'urgence? Mon numéro est le %s.\n\nMerci\n%s",
            "Bonjour, c'est encore moi. Les boutons sur mes jambes depuis mon retour de voyage (%s) ne partent pas et ça coule un peu. J'ai fini les antibiotiques (céphalexine) hier. Pouvez-vous me rappeler au %s?\n%s",
        ])
        if "revenu%s de voyage" in own:
            body = own % ("e" if p.sex == "F" else "", dest, c.dx(c.pick("de la fièvre à 39,5 et des frissons", "une diarrhée avec du sang", "une éruption sur le tronc et mal aux yeux")),
                          c.phone(), p.given)
            c.add("medication")
        else:
            body = own % (dest, c.phone(), p.full)
            c.add("diagnosis", "medication")
        text = "%s\n\nMessage reçu sur la boîte générale, peux-tu rappeler la patiente/le patient aujourd'hui?\n\n%s\n\n---------- Message transféré ----------\nDe : %s <%s>\nDate : %s\nObjet : %s\n\n%s\n" % (
            c.greet(nurse.given), clerk.given, p.full, pm, c.date(c.now.date(), 1), c.pick("question", "svp rappeler", "fièvre après voyage"), body)
        subj = c.pick("TR: question", "TR: svp rappeler", "Fwd: message patient")
    else:
        own = c.rng.choice([
            "Hello,\n\nI got back from %s 5 days ago and since yesterday I have %s. I'm still taking the doxycycline for malaria. Should I go to the ER? My number is %s.\n\nThanks\n%s",
            "Hi, it's me again. The sores on my legs since I got back from %s aren't healing and they're oozing a bit. I finished the antibiotics (cephalexin) yesterday. Can you call me back at %s?\n%s",
        ])
        if own.startswith("Hello"):
            body = own % (dest, c.dx(c.pick("a fever of 39.5 and chills", "bloody diarrhea", "a rash on my chest and sore eyes")), c.phone(), p.given)
            c.add("medication")
        else:
            body = own % (dest, c.phone(), p.full)
            c.add("diagnosis", "medication")
        text = "%s\n\nThis came into the general inbox, can you call them back today?\n\n%s\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\n\n%s\n" % (
            c.greet(nurse.given), clerk.given, p.full, pm, c.date(c.now.date(), 1), c.pick("question", "please call", "fever after trip"), body)
        subj = c.pick("Fwd: question", "FW: please call back", "Fwd: patient message")
    return "patient_mail_fwd", Mail(c.lang, subj, c.sender(clerk), [(nurse.full, nurse.email)], text=text, date=c.now), \
        "patient's own e-mail about symptoms, forwarded inline"


# ------------------------------------------------------------------ sign-out list
def signout(c):
    a = c.staff(role_idx=3)
    b = c.staff(role_idx=3)
    fr = c.lang == "fr"
    n = c.rng.randint(4, 8)
    rows = []
    for i in range(n):
        p = c.patient(min_age=20) if c.rng.random() < 0.65 else c.holder(min_age=20)
        bed = "%d%s-%02d" % (c.rng.randint(4, 9), c.pick("N", "S", "E", "O" if fr else "W"), c.rng.randint(1, 32))
        dx = _pick(c, c.rng.choice(V.ID_DIAGNOSES))
        todo = c.pick(*(["suivre hémocs", "vanco creux 17h", "RX poumons ce soir", "si fièvre: repiquer", "attendre frottis BAAR x3", "appeler famille"] if fr else
                        ["f/u blood cx", "vanco trough 5pm", "CXR tonight", "if febrile: reculture", "await AFB x3", "call family"]))
        nm = G.name_form(c.rng, p, c.lang, c.pick("surname_first", "upper_first", "initials", "lower"))
        rows.append("%-8s %-26s %-38s %s" % (bed, nm, dx, todo))
    c.add("patient_name", "diagnosis")
    text = "%s\n\n%s\n\n%s\n%s\n\n%s\n%s" % (
        c.fr("Sign-out MI ce soir", "ID sign-out tonight"), c.fr("Garde : %s (pagette 4%03d)", "On call: %s (pager 4%03d)") % (b.full, c.rng.randint(0, 999)),
        "%-8s %-26s %-38s %s" % (c.fr("Lit", "Bed"), c.fr("Patient", "Patient"), c.fr("Problème", "Problem"), c.fr("À faire", "To do")),
        "\n".join(rows), c.fr("Bonne garde!", "Have a quiet night!"), a.given)
    subj = c.pick("Sign-out", "signout %s" % c.date(c.now.date(), 0), c.fr("Liste de garde MI", "ID handover list"))
    return "signout", Mail(c.lang, subj, c.sender(a), [(b.full, b.email)], text=text, date=c.now, body_mode="plain"), \
        "evening sign-out list with beds, names, problems"


# ------------------------------------------------------------------ discharge summary (PDF)
def discharge_pdf(c):
    p = c.holder(min_age=18) if c.rng.random() < 0.5 else c.patient(min_age=18)
    md = c.staff(role_idx=0)
    gp = c.staff(physician=True)
    fr = c.lang == "fr"
    adm = c.past(8, 25)
    dis = c.past(1, 6)
    dx = _pick(c, c.rng.choice(V.ID_DIAGNOSES))
    med = _pick(c, c.rng.choice(V.ANTIBIOTICS_IV))
    mrn = G.gen_mrn(c.rng)
    lines = [c.fr("Sommaire d'hospitalisation", "Discharge summary"),
             c.fr("Patient : %s, %s", "Patient: %s, %s") % (p.surname.upper(), p.given),
             c.fr("Dossier : %s   DDN : %s", "MRN: %s   DOB: %s") % (mrn, p.dob.isoformat()),
             c.fr("Admission : %s   Congé : %s", "Admitted: %s   Discharged: %s") % (adm.isoformat(), dis.isoformat()),
             "",
             "**" + c.fr("Diagnostic principal", "Principal diagnosis"), dx,
             "**" + c.fr("Évolution", "Hospital course"),
             c.fr("Traitée par %s, évolution favorable. Hémocultures de contrôle négatives. ", "Treated with %s with good response. Repeat blood cultures negative. ") % med +
             c.fr("PICC installé le %s.", "PICC inserted on %s.") % (adm + datetime.timedelta(days=3)).isoformat(),
             "**" + c.fr("Médication au congé", "Discharge medications"),
             c.fr("Antibiothérapie IV à domicile (CLSC) jusqu'au %s.", "Home IV antibiotics (CLSC) until %s.") % (dis + datetime.timedelta(days=14)).isoformat(),
             "**" + c.fr("Suivi", "Follow-up"),
             c.fr("Clinique externe de MI dans 2 semaines.", "ID clinic in 2 weeks.")]
    if p.nam:
        lines.insert(3, "NAM : %s" % p.nam if fr else "RAMQ: %s" % p.nam)
        c.add("ramq_nam")
        c.record("ramq_nam", p.nam)
    c.add("patient_name", "mrn", "date_of_birth", "diagnosis", "medication")
    pdf = D.make_pdf(lines, title=c.fr("Sommaire", "Summary"), compress=c.rng.random() < 0.6)
    fname = c.pick("sommaire_%s.pdf" % mrn if fr else "discharge_%s.pdf" % mrn, "DS_%s.pdf" % dis.strftime("%Y%m%d"))
    text = c.fr("%s\n\nSommaire de congé de votre patient(e) en pièce jointe.\n\n%s", "%s\n\nDischarge summary for your patient attached.\n\n%s") % (c.greet(), c.sig(md))
    subj = c.fr("Sommaire d'hospitalisation", "Discharge summary")
    return "discharge_pdf", Mail(c.lang, subj, c.sender(md), [(gp.full, gp.email)], text=text, date=c.now,
                                 attachments=[Att(fname, "application/pdf", data=pdf)]), "discharge summary PDF"


# ------------------------------------------------------------------ subject-only leak
def subject_only(c):
    p = c.patient(min_age=18) if c.rng.random() < 0.6 else c.holder(min_age=18)
    a = c.staff()
    b = c.staff()
    fr = c.lang == "fr"
    nm = c.name(p, c.pick("surname_first", "upper_first", "full", "lower", "initials"))
    what = c.rng.choice([
        (c.lab, "CV VIH détectable", "HIV VL detectable"),
        (c.lab, "IGRA positif", "IGRA positive"),
        (c.dx, "TB active - isolement", "active TB - isolation"),
        (c.lab, "RPR 1:64", "RPR 1:64"),
        (c.dx, "paludisme", "malaria"),
        (c.med, "renouv. Biktarvy", "Biktarvy refill"),
        (c.dx, "hép C - début tx", "hep C - starting tx"),
    ])
    w = what[0](what[1] if fr else what[2])
    subj = c.pick("RE: %s - %s" % (nm, w), "%s : %s" % (w, nm), "TR: %s (%s)" % (nm, w)) if fr else \
        c.pick("RE: %s - %s" % (nm, w), "%s: %s" % (w, nm), "FW: %s (%s)" % (nm, w))
    text = c.pick(*(["Vu, merci.", "Ok je m'en occupe.", "Parfait, merci!", "Reçu. Je l'ajoute à la liste de jeudi.", "👍"] if fr else
                    ["Seen, thanks.", "OK, on it.", "Great, thanks!", "Got it. Adding to Thursday's list.", "👍"]))
    text += "\n\n" + c.fr("Envoyé de mon iPhone", "Sent from my iPhone") if c.rng.random() < 0.4 else "\n\n" + b.given
    return "subject_only", Mail(c.lang, subj, c.sender(b), [(a.full, a.email)], text=text, date=c.now,
                                reply=subj.startswith("RE")), "patient name and result only in the Subject line"


# ------------------------------------------------------------------ file-name-only leak
def filename_only(c):
    p = c.patient() if c.rng.random() < 0.6 else c.holder()
    a = c.staff(role_idx=7)
    b = c.staff()
    fr = c.lang == "fr"
    c.add("patient_name")
    kind = c.rng.choice([("IGRA_positif", "IGRA_positive", "lab_result"), ("VIH_confirmation", "HIV_confirmation", "lab_result"),
                         ("TB_active_RX", "active_TB_CXR", "diagnosis"), ("hep_B_chronique", "chronic_hepB", "diagnosis"),
                         ("carnet_vaccination", "vaccination_record", "medication"), ("sérologie_syphilis", "syphilis_serology", "lab_result")])
    c.add(kind[2])
    base = kind[0] if fr else kind[1]
    style = c.rng.randint(0, 3)
    if style == 0:
        fname = "%s_%s_%s.pdf" % (base, p.surname, p.given)
    elif style == 1:
        fname = "%s %s - %s.png" % (p.surname.upper(), p.given, base.replace("_", " "))
    elif style == 2:
        fname = "%s_%s_%s.pdf" % (p.surname.lower(), p.dob.strftime("%Y%m%d"), base)
        c.add("date_of_birth")
    else:
        fname = "scan_%s %s_%s.jpg.pdf" % (p.given, p.surname, base)
    if fname.endswith(".png"):
        data, ctype = D.make_png(c.rng), "image/png"
    else:
        data = D.make_pdf([c.fr("Document numérisé", "Scanned document"), "", c.fr("Page 1 de 1", "Page 1 of 1")],
                          title="Scan", compress=True)
        ctype = "application/pdf"
    text = c.pick(*(["Voir pièce jointe.", "Document numérisé ci-joint, à classer au dossier.", "Pour ton info.", "Reçu par fax ce matin."] if fr else
                    ["See attached.", "Scanned document attached, please file.", "FYI.", "Came in by fax this morning."]))
    text += "\n\n" + a.given
    subj = c.pick(*(["Document numérisé", "Scan", "À classer", "Fax reçu"] if fr else ["Scanned document", "Scan", "To file", "Fax received"]))
    return "filename_only", Mail(c.lang, subj, c.sender(a), [(b.full, b.email)], text=text, date=c.now,
                                 attachments=[Att(fname, ctype, data=data)]), "patient identity and finding only in the attachment file name"


# ------------------------------------------------------------------ vCard of a patient contact
def vcard_patient(c):
    p = c.patient() if c.rng.random() < 0.6 else c.holder()
    nurse = c.staff(role_idx=8, inst=G.DSP)
    other = c.staff(role_idx=8, inst=G.DSP)
    fr = c.lang == "fr"
    street, city = c.address()
    tel = c.phone()
    note = c.dx(c.fr("Contact étroit d'un cas de TB active. TCT à lire le %s. Parle surtout créole." ,
                     "Close contact of an active TB case. TST read due %s. Prefers Haitian Creole.") % c.date(c.future(2, 4), 0))
    bday = None
    if c.rng.random() < 0.5:
        bday = p.dob
        c.add("date_of_birth")
    c.add("patient_name")
    vcf = D.make_vcard(p.given, p.surname, tel=tel, adr=(street, city), note=note, bday=bday,
                       mail=c.pmail(p) if c.rng.random() < 0.4 else None)
    text = c.fr("%s\n\nVoici la fiche du contact pour la lecture de TCT à domicile.\n\n%s",
                "%s\n\nHere's the contact card for the home TST reading.\n\n%s") % (c.greet(other.given), c.sig(nurse))
    subj = c.fr("Fiche contact - lecture TCT", "Contact card - TST reading")
    fname = "%s %s.vcf" % (p.given, p.surname)
    return "vcard_patient", Mail(c.lang, subj, c.sender(nurse), [(other.full, other.email)], text=text, date=c.now,
                                 attachments=[Att(fname, c.pick("text/vcard", "text/x-vcard"), text=vcf, charset="utf-8")]), \
        "vCard of a TB contact with home address and note"


# ------------------------------------------------------------------ reply with quoted history
def reply_quoted(c):
    p = c.patient(min_age=18) if c.rng.random() < 0.55 else c.holder(min_age=18)
    a = c.staff(role_idx=c.pick(0, 2))
    b = c.staff(role_idx=c.pick(4, 5, 7))
    fr = c.lang == "fr"
    top = c.pick(*(["Oui, je peux la voir jeudi à 10 h. Merci de l'aviser.", "D'accord. On ajoute la sérologie rougeole au prochain prélèvement.", "Parfait, je signe l'ordonnance cet après-midi."] if fr else
                   ["Yes, I can see them Thursday at 10. Please let them know.", "Agreed. Let's add measles serology to the next draw.", "Fine, I'll sign the prescription this afternoon."]))
    who = c.name(p, c.pick("full", "title", "upper_first"))
    ident = c.nam(p) if p.nam and c.rng.random() < 0.7 else c.mrn()
    quoted_body = c.rng.choice([
        (c.fr("Peux-tu voir %s (%s) cette semaine? %s, %s. Départ pour %s le %s.",
              "Could you see %s (%s) this week? %s, %s. Leaving for %s on %s.")),
    ])
    info = c.rng.choice([
        (c.dx, c.fr("VIH sous traitement", "HIV on treatment"), c.lab, c.fr("CD4 à 210", "CD4 of 210")),
        (c.dx, c.fr("hépatite B chronique", "chronic hepatitis B"), c.lab, c.fr("anti-HBs négatif", "anti-HBs negative")),
        (c.med, c.fr("prend du méthotrexate", "on methotrexate"), c.lab, c.fr("sérologie rougeole IgG négative", "measles IgG negative")),
    ])
    q = quoted_body % (who, ident, info[0](info[1]), info[2](info[3]), _pick(c, c.rng.choice(V.DESTINATIONS)), c.date(c.future(10, 30)))
    when = c.date(c.now.date(), 1)
    if fr:
        hdr = c.pick("Le %s à 09:12, %s <%s> a écrit :" % (when, b.full, b.email),
                     "De : %s\nEnvoyé : %s\nÀ : %s\nObjet : consultation" % (b.full, when, a.full))
    else:
        hdr = c.pick("On %s at 9:12 AM, %s <%s> wrote:" % (when, b.full, b.email),
                     "From: %s\nSent: %s\nTo: %s\nSubject: consult" % (b.full, when, a.full))
    quoted = "\n".join("> " + l for l in (q + "\n\n" + b.given).split("\n")) if hdr.startswith(("Le ", "On ")) else q + "\n\n" + b.given
    text = "%s\n\n%s\n\n%s\n%s\n" % (top, a.given, hdr, quoted)
    subj = c.fr("RE: consultation", "RE: consult")
    return "reply_quoted", Mail(c.lang, subj, c.sender(a), [(b.full, b.email)], text=text, date=c.now, reply=True), \
        "short reply; patient details only in the quoted history"


BUILDERS = [
    (outbreak_linelist, 4), (lab_callback, 4), (mado_pdf, 4), (prep_pharmacy, 3),
    (patient_mail_forward, 4), (signout, 4), (discharge_pdf, 3), (subject_only, 5),
    (filename_only, 5), (vcard_patient, 2), (reply_quoted, 4),
]
