"""Positive (confidential) templates, part B: letters, documents, reports, foreign identifiers."""
import datetime

import gen_common as G
import gen_attach as A
from gen_mime import Att, html_table, text_table, html_doc, p_html

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def p_vcard_callback(c):
    proc = c.proc()
    sec = c.pick(G.SECRETARIES)
    to = c.pick([x for x in G.SECRETARIES if x is not sec])
    p = c.person(nam=False)
    tel = c.phone()
    adr = G.address(c.rng)
    note = c.T("%s de %s – %s, liste d'attente" % ("Patiente" if p.sex == "F" else "Patient", G.surgeon_for(proc).dr_name("fr"), c.pr(proc)),
               "Patient of %s - %s, wait list" % (G.surgeon_for(proc).dr_name("en"), c.pr(proc)))
    vc = A.make_vcard(p.given, p.surname, tel=tel, email=G.patient_email(c.rng, p), adr=adr, note=note)
    if c.lang == "fr":
        text = ("%s\n\nPeux-tu rappeler %s pour lui offrir la plage libérée du %s (%s)? Ses coordonnées sont dans la fiche jointe. "
                "%s préfère être appelé%s après 16 h.\n\n%s\n%s") % (
            c.greet(to.given), c.name(p, c.pick([0, 1])), c.date(c.later(3, 15), 1), c.pr(proc),
            "Elle" if p.sex == "F" else "Il", "e" if p.sex == "F" else "", c.close(), c.sig(sec))
    else:
        text = ("%s\n\nCould you call %s to offer the freed slot on %s (%s)? Contact card attached. Prefers calls after 4 pm.\n\n%s\n%s") % (
            c.greet(to.given), c.name(p, c.pick([0, 1])), c.date(c.later(3, 15), 1), c.pr(proc), c.close(), c.sig(sec))
    fn = "%s %s.vcf" % (p.given, p.surname)
    atts = [Att(fn, "text/vcard; charset=utf-8", vc)]
    subj = c.T("À rappeler – plage libérée", "Please call back - freed slot")
    return c.spec("vcard", subj, c.who(sec), [c.who(to)], text=text, atts=atts,
                  types=["patient_name", "patient_contact", "diagnosis"], note="vCard of patient with home phone/address, callback for surgery")


def p_discharge_pdf(c):
    proc = c.proc()
    surg = G.surgeon_for(proc)
    gp = c.pick(G.OUTSIDE[:2])
    res = c.pick(G.OUTSIDE[3:5])
    p = c.person(nam=c.chance(0.75), lo=1935, hi=1995)
    m = c.mrn()
    adm = c.earlier(4, 15)
    dis = adm + datetime.timedelta(days=c.rng.randint(1, 6))
    L = G.labs(c.rng, c.lang)
    meds = [c.analg(), c.analg(), c.med()]
    types = ["patient_name", "date_of_birth", "mrn", "diagnosis", "medication", "lab_result"]
    if c.lang == "fr":
        lines = ["Patient(e) : %s" % p.full, "Date de naissance : %s   Sexe : %s" % (p.dob.isoformat(), p.sex)]
        if p.nam:
            lines.append("NAM : %s" % p.nam)
        lines += ["No de dossier : %s" % m, "Admission : %s   Départ : %s" % (adm.isoformat(), dis.isoformat()), "",
                  "## Diagnostic principal", c.dx(proc), "## Intervention",
                  "%s le %s par %s" % (c.pr(proc), adm.isoformat(), surg.dr_name("fr")), "## Évolution",
                  c.pick(["Évolution post-opératoire simple.", "Iléus post-opératoire résolu au jour 3.",
                          "Rétention urinaire transitoire, sonde retirée au jour 2.", "Anémie post-opératoire, 1 culot transfusé."]),
                  "Hb au départ : %s. Créatinine : %s." % (L["Hb"], L["Créatinine"]), "## Médication au départ"] + ["- " + x for x in meds] + [
                  "## Suivi", "Clinique externe de chirurgie dans 2 semaines. Retrait des agrafes au CLSC jour 10.",
                  "", "Dicté par %s, %s, pour %s" % (res.full, "résidente" if res.sex == "F" else "résident", surg.dr_name("fr"))]
        title = "Résumé de départ – Chirurgie"
    else:
        lines = ["Patient: %s" % p.full, "Date of birth: %s   Sex: %s" % (p.dob.isoformat(), p.sex)]
        if p.nam:
            lines.append("RAMQ: %s" % p.nam)
        lines += ["Chart: %s" % m, "Admitted: %s   Discharged: %s" % (adm.isoformat(), dis.isoformat()), "",
                  "## Principal diagnosis", c.dx(proc), "## Procedure",
                  "%s on %s by %s" % (c.pr(proc), adm.isoformat(), surg.dr_name("en")), "## Course",
                  c.pick(["Uncomplicated post-operative course.", "Post-op ileus resolved day 3.", "Post-op anaemia, 1 unit PRBC."]),
                  "Discharge Hb %s, creatinine %s." % (L["Hb"], L["Creatinine"]), "## Discharge medications"] + ["- " + x for x in meds] + [
                  "## Follow-up", "Surgical clinic in 2 weeks. Staple removal at CLSC day 10.", "",
                  "Dictated by %s for %s" % (res.full, surg.dr_name("en"))]
        title = "Discharge Summary - Surgery"
    if p.nam:
        types.append("ramq_nam")
    pdf = A.make_pdf(title, lines, compress=c.chance(0.6), author=res.full)
    fn = c.pick(["resume_depart_%s.pdf" % m, "RD_%s_%s.pdf" % (G.strip_accents(p.surname), dis.strftime("%Y%m%d")),
                 "Résumé de départ %s.pdf" % p.surname, "discharge_%s.pdf" % dis.strftime("%Y%m%d")])
    text = c.T("%s\n\nVeuillez trouver ci-joint le résumé de départ de votre patient(e), opéré(e) récemment. N'hésitez pas à communiquer avec nous au besoin.\n\n%s\n%s",
               "%s\n\nPlease find attached the discharge summary for your patient who recently had surgery with us.\n\n%s\n%s") % (
        c.greet(gp.dr_name(c.lang)), c.close(), c.sig(res))
    subj = c.T("Résumé de départ", "Discharge summary") + c.pick(["", " – " + c.pr(proc), " (confidentiel)"])
    return c.spec("discharge_pdf", subj, c.who(res), [c.who(gp)], text=text, atts=[Att(fn, PDF, pdf)], types=types,
                  note="PDF discharge summary with identifiers, diagnosis, meds and labs", sex=p.sex)


def p_opreport_docx(c):
    proc = c.proc()
    surg = G.surgeon_for(proc)
    sec = G.secretary_for(proc)
    p = c.person(nam=c.chance(0.4))
    m = c.mrn()
    d = c.earlier(1, 10)
    an = c.pick(G.ANESTH)
    types = ["patient_name", "date_of_birth", "mrn", "diagnosis"]
    if c.lang == "fr":
        paras = ["Nom : %s    DDN : %s    Dossier : %s" % (p.full, p.dob.isoformat(), m)]
        if p.nam:
            paras.append("NAM : %s" % c.nam(p, 1))
        paras += ["Date : %s" % d.isoformat(), "Chirurgien : %s    Anesthésiste : %s" % (surg.dr_name("fr"), an.dr_name("fr")),
                  "## Diagnostic préopératoire", c.dx(proc), "## Intervention", c.pr(proc),
                  "## Description", c.pick(["Installation en décubitus dorsal. Antibioprophylaxie céfazoline 2 g. Champ stérile usuel. "
                                            "Dissection sans particularité. Hémostase. Fermeture plan par plan. Pertes sanguines 50 ml.",
                                            "Sous rachianesthésie, garrot à 300 mmHg. Voie d'abord usuelle. Mise en place des implants. "
                                            "Compte des compresses exact. Pertes sanguines 200 ml."]),
                  "## Spécimens", c.pick(["Vésicule biliaire en pathologie.", "Aucun.", "Pièce opératoire en pathologie, marquée."])]
        title = "Protocole opératoire"
        text = "%s\n\nVoici le protocole opératoire transcrit pour signature.\n\n%s\n%s" % (c.greet(surg.given), c.close(), c.sig(sec))
        subj = c.pick(["Protocole à signer", "Protocole opératoire – transcription", "Dictée du %s" % d.isoformat()])
    else:
        paras = ["Name: %s    DOB: %s    Chart: %s" % (p.full, p.dob.isoformat(), m)]
        if p.nam:
            paras.append("RAMQ: %s" % c.nam(p, 1))
        paras += ["Date: %s" % d.isoformat(), "Surgeon: %s    Anaesthetist: %s" % (surg.dr_name("en"), an.dr_name("en")),
                  "## Pre-operative diagnosis", c.dx(proc), "## Procedure", c.pr(proc),
                  "## Findings", c.pick(["Inflamed gallbladder, no stones in CBD.", "Grade IV chondral wear medial compartment.",
                                         "Friable tissue, no perforation."]),
                  "## Specimens", c.pick(["Gallbladder to pathology.", "None.", "Specimen to pathology, oriented."])]
        title = "Operative Report"
        text = "%s\n\nTranscribed op note attached for signature.\n\n%s\n%s" % (c.greet(surg.given), c.close(), c.sig(sec))
        subj = c.pick(["Op note to sign", "Operative report - transcription", "Dictation %s" % d.isoformat()])
    if p.nam:
        types.append("ramq_nam")
    data = A.make_docx(title, paras, author=sec.full)
    fn = c.pick(["protocole_%s.docx" % m, "OpNote_%s.docx" % d.strftime("%Y%m%d"), "%s_%s_protocole.docx" % (G.strip_accents(p.surname), d.isoformat())])
    return c.spec("opreport_docx", subj, c.who(sec), [c.who(surg)], text=text, atts=[Att(fn, DOCX, data)], types=types,
                  note="DOCX operative report with identifiers and diagnosis")


def p_pharmacy(c):
    proc = c.proc()
    ph = G.MANAGERS[5]
    surg = G.surgeon_for(proc)
    p = c.person(nam=False, lo=1935, hi=1970)
    m = c.mrn()
    cr = c.rng.randint(140, 260)
    w = c.rng.randint(48, 130)
    if c.lang == "fr":
        subj = c.pick(["Question pharmacie – thromboprophylaxie", "Dose daltéparine ?", "Ordonnance de départ à clarifier"])
        text = ("%s\n\nPour %s (%s), %d ans, %d kg, opéré(e) hier (%s) : créatinine %d µmol/L ce matin, ClCr estimée ~%d ml/min. "
                "L'ordonnance prévoit daltéparine 5000 U s.c. DIE et %s au départ. Le patient prenait aussi %s à domicile.\n\n"
                "Je proposerais d'ajuster à héparine 5000 U s.c. BID et de reprendre l'anticoagulant au jour 2 si pas de saignement. "
                "Ça te convient?\n\n%s\n%s") % (
            c.greet(surg.dr_name("fr")), c.name(p, c.pick([0, 1, 2])), c.mrn_txt(m), c.age(p), w, c.pr(proc), cr,
            max(12, int((140 - c.age(p)) * w / cr)), c.analg(), c.pick(["apixaban 5 mg BID", "rivaroxaban 20 mg DIE"]), c.close(), c.sig(ph))
    else:
        subj = c.pick(["Pharmacy question - VTE prophylaxis", "Dalteparin dose?", "Discharge Rx to clarify"])
        text = ("%s\n\nRe %s (%s), %d y, %d kg, post-op day 1 (%s): creatinine %d umol/L this morning, est. CrCl ~%d ml/min. "
                "Orders have dalteparin 5000 U SC daily and %s on discharge. Home med list also shows %s.\n\n"
                "I'd suggest heparin 5000 U SC BID instead and restarting the DOAC on day 2 if no bleeding. OK with you?\n\n%s\n%s") % (
            c.greet(surg.dr_name("en")), c.name(p, c.pick([0, 1, 2])), c.mrn_txt(m), c.age(p), w, c.pr(proc), cr,
            max(12, int((140 - c.age(p)) * w / cr)), c.analg(), c.pick(["apixaban 5 mg BID", "rivaroxaban 20 mg daily"]), c.close(), c.sig(ph))
    return c.spec("pharmacy", subj, c.who(ph), [c.who(surg)], text=text,
                  types=["patient_name", "mrn", "medication", "lab_result", "diagnosis"], note="pharmacist question on named post-op patient's anticoagulation", sex=p.sex)


def p_pathology(c):
    onc = [x for x in G.PROCS if "carcinome" in x[2] or "adénocarcinome" in x[2] or "tumeur" in x[2]]
    proc = c.proc(onc)
    surg = G.surgeon_for(proc)
    sec = G.secretary_for(proc)
    gp = c.pick(G.OUTSIDE[:2])
    p = c.person(nam=c.chance(0.5), lo=1940, hi=1980)
    result = c.pick([c.T("pT2 N0 (0/18), marges libres, pas d'invasion lymphovasculaire", "pT2 N0 (0/18), clear margins, no LVI"),
                     c.T("pT3 N1b (3/21), marge radiale à 0,8 mm", "pT3 N1b (3/21), radial margin 0.8 mm"),
                     c.T("grade 2, 1,7 cm, ganglion sentinelle négatif, RE+ RP+ HER2-", "grade 2, 1.7 cm, sentinel node negative, ER+ PR+ HER2-"),
                     c.T("carcinome urothélial de haut grade, musculeuse présente non envahie", "high-grade urothelial carcinoma, muscularis propria present, not invaded")])
    types = ["patient_name", "date_of_birth", "diagnosis", "lab_result"]
    if c.lang == "fr":
        text = ("%s\n\nÀ la demande de %s, voici le résultat de pathologie de votre patient(e) %s, né(e) le %s%s, opéré(e) le %s (%s) :\n\n"
                "%s – %s.\n\nLe dossier sera présenté au comité des tumeurs du %s. Le/la patient(e) a rendez-vous avec %s le %s.\n\n%s\n%s") % (
            c.greet(gp.dr_name("fr")), surg.dr_name("fr"), c.name(p, c.pick([0, 1, 2])), c.dob(p),
            (" (NAM %s)" % c.nam(p)) if p.nam else "", c.date(c.earlier(10, 20), 1), c.pr(proc), G.cap(proc[2]), result,
            c.date(c.later(3, 10), 1), surg.dr_name("fr"), c.date(c.later(5, 15), 1), c.close(), c.sig(sec))
        subj = c.pick(["Résultat de pathologie", "Pathologie – votre patient(e)", "Résultat – copie conforme"])
    else:
        text = ("%s\n\nOn behalf of %s, here is the pathology result for your patient %s, DOB %s%s, operated on %s (%s):\n\n"
                "%s - %s.\n\nThe case will be presented at tumour board on %s. Follow-up with %s on %s.\n\n%s\n%s") % (
            c.greet(gp.dr_name("en")), surg.dr_name("en"), c.name(p, c.pick([0, 1, 2])), c.dob(p),
            (" (RAMQ %s)" % c.nam(p)) if p.nam else "", c.date(c.earlier(10, 20), 1), c.pr(proc), G.cap(proc[3]), result,
            c.date(c.later(3, 10), 1), surg.dr_name("en"), c.date(c.later(5, 15), 1), c.close(), c.sig(sec))
        subj = c.pick(["Pathology result", "Pathology - your patient", "Result cc"])
    if p.nam:
        types.append("ramq_nam")
    return c.spec("pathology", subj, c.who(sec), [c.who(gp)], text=text, types=types,
                  note="pathology result of named patient sent to family physician", sex=p.sex)


def p_consult_reply(c):
    proc = c.proc()
    surg = G.surgeon_for(proc)
    gp = c.pick(G.OUTSIDE[:2])
    p = c.person(nam=c.chance(0.5), lo=1940, hi=2000)
    types = ["patient_name", "diagnosis", "medication"]
    if c.lang == "fr":
        q = ("Bonjour,\nJe vous réfère %s, %d ans, pour %s. %s. Prend %s. Merci de votre évaluation.\n%s\nGMF des Érables") % (
            c.name(p, c.pick([0, 1])), c.age(p), c.dx(proc), c.pick(["Douleur depuis 8 mois", "Échographie compatible", "Limitation fonctionnelle importante"]),
            c.med(), gp.dr_name("fr"))
        r = ("Merci pour cette référence. J'ai vu %s aujourd'hui. Examen compatible avec %s. Je propose une %s; "
             "le/la patient(e) est d'accord et a signé le consentement. Inscrit(e) sur la liste d'attente, priorité %s. "
             "D'ici là, poursuivre %s.") % (c.name(p, 1), c.dx(proc), c.pr(proc), c.pick(["P3", "P4", "P2"]), c.analg())
        subj = "RE: " + c.pick(["Demande de consultation – chirurgie", "Référence", "consultation %s" % p.surname])
        qh = "De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s" % (gp.full, c.date(c.earlier(20, 90), 1), surg.full, subj[4:])
    else:
        q = ("Hello,\nReferring %s, %d y.o., for %s. %s. On %s. Thank you for seeing them.\n%s") % (
            c.name(p, c.pick([0, 1])), c.age(p), c.dx(proc), c.pick(["Pain for 8 months", "Ultrasound consistent", "Significant functional limitation"]),
            c.med(), gp.dr_name("en"))
        r = ("Thanks for the referral. I saw %s today; findings consistent with %s. I recommended %s, consent signed, "
             "added to wait list priority %s. Continue %s meanwhile.") % (c.name(p, 1), c.dx(proc), c.pr(proc), c.pick(["P3", "P4", "P2"]), c.analg())
        subj = "RE: " + c.pick(["Surgical consultation request", "Referral", "consult %s" % p.surname])
        qh = "From: %s\nSent: %s\nTo: %s\nSubject: %s" % (gp.full, c.date(c.earlier(20, 90), 1), surg.full, subj[4:])
    if p.nam:
        r += c.T(" NAM : %s.", " RAMQ: %s.") % c.nam(p)
        types.append("ramq_nam")
    text = "%s\n\n%s\n\n%s\n%s\n\n%s\n\n%s" % (c.greet(gp.dr_name(c.lang)), r, c.close(), c.sig(surg), qh, q)
    html = html_doc([p_html(c.greet(gp.dr_name(c.lang))), p_html(r), p_html(c.sig(surg)),
                     '<hr><div style="border-left:2px solid #999;padding-left:8px">' + p_html(qh) + p_html(q) + "</div>"])
    return c.spec("consult_reply", subj, c.who(surg), [c.who(gp)], text=text, html=html, layout=c.pick(["alt", "html", "plain"]),
                  types=types, note="surgeon's consultation reply quoting the referral", sex=p.sex)


def p_referral_pdf(c):
    proc = c.proc()
    surg = G.surgeon_for(proc)
    gp = c.pick(G.OUTSIDE[:2])
    sec = G.secretary_for(proc)
    p = c.person(nam=True, lo=1940, hi=2004)
    tel = c.phone()
    types = ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication", "patient_contact"]
    if c.lang == "fr":
        lines = ["Demande de consultation – %s" % G.SPEC_FR[proc[4]],
                 "Patient : %s %s" % (p.surname.upper(), p.given), "NAM : %s    DDN : %s    Sexe : %s" % (p.nam, p.dob.isoformat(), p.sex),
                 "Téléphone : %s" % tel, "Adresse : %s" % G.address(c.rng), "",
                 "## Raison de consultation", c.dx(proc), "## Histoire", c.pick(["Symptômes depuis environ un an, deux visites à l'urgence.",
                                                                                 "Symptômes progressifs, échec du traitement conservateur.",
                                                                                 "Impact important sur les activités quotidiennes, arrêt de travail."]),
                 "## Médication", c.med() + "; " + c.med(), "## Priorité", c.pick(["B (< 10 jours)", "C (< 28 jours)", "D (< 3 mois)", "E (< 12 mois)"]),
                 "", "Médecin référent : %s, GMF des Érables" % gp.dr_name("fr")]
        title = "Formulaire de référence"
        text = "Bonjour,\n\nCi-joint une demande de consultation pour %s.\n\n%s\n%s" % (surg.dr_name("fr"), c.close(), c.sig(gp))
        subj = c.pick(["Référence", "Demande de consultation", "Nouvelle référence – %s" % surg.dr_name("fr")])
    else:
        lines = ["Consultation request - %s" % G.SPEC_EN[proc[4]],
                 "Patient: %s %s" % (p.surname.upper(), p.given), "RAMQ: %s    DOB: %s    Sex: %s" % (p.nam, p.dob.isoformat(), p.sex),
                 "Phone: %s" % tel, "", "## Reason", c.dx(proc), "## History",
                 c.pick(["Symptoms for about a year, two ED visits.", "Progressive symptoms, failed conservative care.",
                         "Major impact on daily activities, off work."]),
                 "## Medications", c.med() + "; " + c.med(), "## Priority", c.pick(["C (< 28 days)", "D (< 3 months)"]), "",
                 "Referring: %s" % gp.dr_name("en")]
        title = "Referral Form"
        text = "Hello,\n\nAttached is a referral for %s.\n\n%s\n%s" % (surg.dr_name("en"), c.close(), c.sig(gp))
        subj = c.pick(["Referral", "Consultation request", "New referral - %s" % surg.dr_name("en")])
    pdf = A.make_pdf(title, lines, compress=c.chance(0.5), author=gp.full)
    fn = c.pick(["reference_%s.pdf" % c.day.strftime("%Y%m%d"), "Référence chirurgie.pdf", "referral.pdf", "scan0042.pdf"])
    return c.spec("referral", subj, c.who(gp), [c.who(sec)], text=text, atts=[Att(fn, PDF, pdf)], types=types,
                  note="GP referral PDF with NAM, DOB, phone, diagnosis")


def p_transfer(c):
    vasc = G.SURGEONS[6]
    p = c.person(nam=c.chance(0.7), lo=1935, hi=1965)
    m = c.mrn()
    types = ["patient_name", "date_of_birth", "mrn", "diagnosis", "medication", "lab_result"]
    L = G.labs(c.rng, c.lang)
    if c.lang == "fr":
        text = ("Bonjour,\n\nDemande de transfert urgent vers le CHU (chirurgie vasculaire) :\n\n"
                "%s, DDN %s, %s%s\nDx : %s\nAnticoagulation : héparine IV débutée à %s\nRNI %s, créatinine %s\n"
                "Transport : ambulance avec infirmière, moniteur cardiaque.\nContact au CHU : Dr de garde vasculaire, déjà accepté.\n\n%s\n%s") % (
            c.name(p, c.pick([0, 2])), c.dob(p), c.mrn_txt(m), (", NAM " + c.nam(p)) if p.nam else "",
            c.pick(["ischémie aiguë du membre inférieur gauche", "anévrisme de l'aorte abdominale symptomatique 6,2 cm",
                    "dissection aortique type B"]), G.rand_time(c.rng), L["RNI"], L["Créatinine"], c.close(), c.sig(vasc))
        subj = c.pick(["Transfert urgent CHU", "Demande de transport interétablissement", "URGENT – transfert vasculaire"])
    else:
        text = ("Hello,\n\nUrgent transfer request to the university centre (vascular surgery):\n\n"
                "%s, DOB %s, %s%s\nDx: %s\nHeparin infusion started at %s\nINR %s, creatinine %s\n"
                "Transport: nurse-escorted ambulance, cardiac monitor.\nAccepted by vascular on call.\n\n%s\n%s") % (
            c.name(p, c.pick([0, 2])), c.dob(p), c.mrn_txt(m), (", RAMQ " + c.nam(p)) if p.nam else "",
            c.pick(["acute left lower limb ischaemia", "symptomatic 6.2 cm AAA", "type B aortic dissection"]),
            G.rand_time(c.rng), L["INR"], L["Creatinine"], c.close(), c.sig(vasc))
        subj = c.pick(["Urgent transfer", "Inter-facility transport request", "URGENT - vascular transfer"])
    if p.nam:
        types.append("ramq_nam")
    return c.spec("transfer", subj, c.who(vasc), [("Centrale de transfert", "transferts@chu-capitale.example")], text=text,
                  types=types, note="urgent inter-hospital transfer request for named patient")


def p_cnesst_sin(c):
    ortho = G.SURGEONS[1]
    sec = G.SECRETARIES[1]
    p = c.person(nam=False, lo=1965, hi=2003)
    sin = G.make_sin(c.rng)
    inj = c.pick([("lacération des tendons fléchisseurs, 3e et 4e doigts main droite", "flexor tendon laceration, right 3rd and 4th fingers"),
                  ("fracture du radius distal gauche", "left distal radius fracture"),
                  ("rupture du tendon d'Achille droit", "right Achilles tendon rupture"),
                  ("déchirure méniscale du genou gauche", "left knee meniscal tear")])
    d = c.earlier(10, 40)
    types = ["patient_name", "ca_sin", "diagnosis", "date_of_birth"]
    if c.lang == "fr":
        lines = ["Rapport médical – CNESST", "Travailleur : %s" % p.full, "NAS : %s" % G.fmt_sin(sin, c.rng.randint(0, 2)),
                 "Date de naissance : %s" % p.dob.isoformat(), "Date de l'événement : %s" % d.isoformat(), "## Diagnostic", inj[0],
                 "## Traitement", "Réparation chirurgicale le %s. Immobilisation 6 semaines, physiothérapie." % (d + datetime.timedelta(days=2)).isoformat(),
                 "## Date prévisible de consolidation", (d + datetime.timedelta(days=90)).isoformat(), "", "Médecin : %s" % ortho.dr_name("fr")]
        text = "Bonjour,\n\nCi-joint le rapport médical demandé pour le dossier de réclamation. Le rapport final suivra.\n\n%s\n%s" % (c.close(), c.sig(sec))
        subj = c.pick(["Rapport médical CNESST", "Dossier CNESST – rapport", "Réclamation %s" % c.rng.randint(100000, 999999)])
        fn = c.pick(["rapport_medical_CNESST.pdf", "CNESST_%s.pdf" % G.strip_accents(p.surname)])
        to = ("Agente d'indemnisation", "indemnisation@cnesst-region.example")
    else:
        lines = ["Medical report - CNESST (Quebec workers' compensation)", "Worker: %s" % p.full,
                 "SIN: %s" % G.fmt_sin(sin, c.rng.randint(0, 2)), "Date of birth: %s" % p.dob.isoformat(),
                 "Date of injury: %s" % d.isoformat(), "## Diagnosis", inj[1], "## Treatment",
                 "Surgical repair on %s. Splint 6 weeks, physiotherapy." % (d + datetime.timedelta(days=2)).isoformat(),
                 "## Expected consolidation", (d + datetime.timedelta(days=90)).isoformat(), "", "Physician: %s" % ortho.dr_name("en")]
        text = "Hello,\n\nAttached is the medical report for the claim file. Final report to follow.\n\n%s\n%s" % (c.close(), c.sig(sec))
        subj = c.pick(["CNESST medical report", "Claim %s - report" % c.rng.randint(100000, 999999)])
        fn = "CNESST_report_%s.pdf" % G.strip_accents(p.surname)
        to = ("Claims agent", "claims@cnesst-region.example")
    pdf = A.make_pdf(lines[0], lines[1:], compress=c.chance(0.5), author=sec.full)
    return c.spec("cnesst_sin", subj, c.who(sec), [to], text=text, atts=[Att(fn, PDF, pdf)], types=types,
                  note="workers' compensation medical report with SIN and injury")


def p_insurance_sin(c):
    proc = c.proc()
    surg = G.surgeon_for(proc)
    sec = G.secretary_for(proc)
    p = c.person(nam=False, lo=1960, hi=2000)
    sin = G.make_sin(c.rng)
    d = c.earlier(5, 30)
    rtw = d + datetime.timedelta(days=c.rng.randint(28, 84))
    types = ["patient_name", "ca_sin", "diagnosis", "date_of_birth"]
    if c.lang == "en":
        text = ("Hello,\n\nFurther to your request, here is the attending physician statement for your insured member:\n\n"
                "Name: %s\nSIN: %s\nDOB: %s\nPolicy/certificate: GRP-%d / %d\nDiagnosis: %s\nSurgery: %s on %s\n"
                "Restrictions: no lifting > 5 kg, no driving 4 weeks\nExpected return to work: %s (gradual)\n\n"
                "The signed form will follow by fax.\n\n%s\n%s") % (
            p.full, G.fmt_sin(sin, c.rng.randint(0, 2)), c.dob(p), c.rng.randint(10000, 99999), c.rng.randint(100000, 999999),
            c.dx(proc), c.pr(proc), c.date(d, 1), c.date(rtw, 1), c.close(), c.sig(sec))
        subj = c.pick(["Attending physician statement", "Disability claim - APS", "Short-term disability form"])
    else:
        text = ("Bonjour,\n\nSuite à votre demande, voici la déclaration du médecin traitant pour votre assuré(e) :\n\n"
                "Nom : %s\nNAS : %s\nDate de naissance : %s\nContrat / certificat : GRP-%d / %d\nDiagnostic : %s\nChirurgie : %s le %s\n"
                "Restrictions : pas de charge > 5 kg, pas de conduite 4 semaines\nRetour au travail prévu : %s (progressif)\n\n"
                "Le formulaire signé suivra par télécopieur.\n\n%s\n%s") % (
            p.full, G.fmt_sin(sin, c.rng.randint(0, 2)), c.dob(p), c.rng.randint(10000, 99999), c.rng.randint(100000, 999999),
            c.dx(proc), c.pr(proc), c.date(d, 1), c.date(rtw, 1), c.close(), c.sig(sec))
        subj = c.pick(["Déclaration du médecin traitant", "Invalidité – formulaire assureur", "Demande de prestations d'invalidité"])
    return c.spec("insurance_sin", subj, c.who(sec), [("Service des réclamations", "reclamations@assurvie-collective.example")],
                  text=text, types=types, note="disability insurance statement with SIN and surgery", sex=p.sex)


def p_ontario(c):
    proc = c.proc()
    surg = G.surgeon_for(proc)
    clerk = c.pick([G.SECRETARIES[2], G.SECRETARIES[3]])
    p = c.person(nam=False, lo=1940, hi=2005)
    hn, vc = G.make_ohip(c.rng)
    types = ["patient_name", "ca_health_number", "diagnosis", "date_of_birth"]
    if c.lang == "en":
        text = ("Hi,\n\nOut-of-province patient booked for %s with %s on %s. Ontario resident (lives in %s), so the "
                "reciprocal billing form is needed:\n\n  %s\n  DOB %s\n  Ontario health card: %s\n  Dx: %s\n\n"
                "Could you confirm the card is valid before the surgery date?\n\n%s\n%s") % (
            c.pr(proc), surg.dr_name("en"), c.date(c.later(5, 40), 1), c.pick(["Pembroke", "Renfrew", "Arnprior", "Hawkesbury"]),
            c.name(p, c.pick([0, 2])), c.dob(p), G.fmt_ohip(hn, vc, c.rng.randint(0, 2)), c.dx(proc), c.close(), c.sig(clerk))
        subj = c.pick(["Out-of-province patient - OHIP", "Ontario patient booking", "Reciprocal billing check"])
    else:
        text = ("Bonjour,\n\nPatient hors Québec inscrit(e) pour %s avec %s le %s. Résident(e) de l'Ontario (%s); il faut le formulaire "
                "de facturation réciproque :\n\n  %s\n  DDN %s\n  Carte santé Ontario : %s\n  Dx : %s\n\nPouvez-vous valider la carte avant la date?\n\n%s\n%s") % (
            c.pr(proc), surg.dr_name("fr"), c.date(c.later(5, 40), 1), c.pick(["Pembroke", "Renfrew", "Hawkesbury"]),
            c.name(p, c.pick([0, 2])), c.dob(p), G.fmt_ohip(hn, vc, c.rng.randint(0, 2)), c.dx(proc), c.close(), c.sig(clerk))
        subj = c.pick(["Patient hors province – Ontario", "Facturation réciproque", "Carte santé Ontario à valider"])
    return c.spec("ontario_hn", subj, c.who(clerk), [("Admission – facturation", "admission@" + G.H)], text=text, types=types,
                  note="Ontario patient booked for surgery, Ontario health number", sex=p.sex)


def p_belgian(c):
    surg = c.pick([G.SURGEONS[4], G.SURGEONS[0]])
    sec = G.SECRETARIES[0]
    p = c.person(nam=False, lo=1950, hi=1999)
    niss = G.make_niss(c.rng, p.dob, p.sex)
    d = c.earlier(3, 20)
    types = ["patient_name", "be_niss", "diagnosis", "date_of_birth"]
    dx = c.pick([("appendicite aiguë perforée", "perforated acute appendicitis", "appendicectomie laparoscopique", "laparoscopic appendectomy"),
                 ("cholécystite aiguë lithiasique", "acute calculous cholecystitis", "cholécystectomie laparoscopique", "laparoscopic cholecystectomy"),
                 ("fracture de la cheville droite", "right ankle fracture", "ostéosynthèse de la cheville", "ankle ORIF")])
    if c.lang == "fr":
        text = ("Madame, Monsieur,\n\nNous avons soigné en urgence votre affilié(e), de passage au Québec :\n\n"
                "Nom : %s\nNé(e) le : %s\nNISS : %s\nDiagnostic : %s\nIntervention : %s le %s\nSéjour : %d jours\n\n"
                "Vous trouverez ci-joint la facture détaillée ainsi que le rapport opératoire pour le remboursement.\n\n%s\n%s") % (
            p.full, c.dob(p), G.fmt_niss(niss, c.rng.randint(0, 2)), dx[0], dx[2], c.date(d, 1), c.rng.randint(1, 5), c.close(), c.sig(sec))
        subj = c.pick(["Soins urgents à l'étranger – votre affilié(e)", "Demande de remboursement – mutualité", "Hospitalisation au Canada"])
    else:
        text = ("Dear Sir or Madam,\n\nWe treated your member on an emergency basis while visiting Quebec:\n\nName: %s\nDate of birth: %s\n"
                "NISS: %s\nDiagnosis: %s\nProcedure: %s on %s\nLength of stay: %d days\n\nItemised invoice and operative report to follow.\n\n%s\n%s") % (
            p.full, c.dob(p), G.fmt_niss(niss, c.rng.randint(0, 2)), dx[1], dx[3], c.date(d, 1), c.rng.randint(1, 5), c.close(), c.sig(sec))
        subj = c.pick(["Emergency care abroad - your member", "Reimbursement request - Belgian mutual insurer"])
    return c.spec("be_niss", subj, c.who(sec), [("Service international", "international@mutualite-chretienne.example")],
                  text=text, types=types, note="Belgian tourist operated in emergency; NISS for mutual insurer", sex=p.sex)


def p_french(c):
    ortho = G.SURGEONS[1]
    sec = G.SECRETARIES[1]
    p = c.person(nam=False, lo=1985, hi=2005)
    nir = G.make_nir(c.rng, p.dob, p.sex)
    d = c.earlier(3, 20)
    types = ["patient_name", "fr_nir", "diagnosis"]
    if c.lang == "fr":
        lines = ["ATTESTATION DE SOINS", "Patient(e) : %s" % p.full, "N° de sécurité sociale (NIR) : %s" % G.fmt_nir(nir, c.rng.randint(0, 2)),
                 "Établissement : %s" % G.HOSP_FR, "Dates : %s au %s" % (d.isoformat(), (d + datetime.timedelta(days=2)).isoformat()),
                 "Motif : %s" % c.pick(["fracture bimalléolaire droite, ostéosynthèse", "rupture du LCA gauche (ski), reconstruction",
                                        "luxation acromio-claviculaire, stabilisation"]),
                 "", "Document destiné à la CPAM pour remboursement (soins reçus hors de l'Union européenne)."]
        text = ("%s\n\nComme demandé, voici l'attestation pour votre CPAM. Bon retour en France et bonne réadaptation!\n\n%s\n%s") % (
            c.greet(p.given), c.close(), c.sig(sec))
        subj = c.pick(["Attestation de soins – CPAM", "Vos documents pour la Sécu", "Attestation demandée"])
    else:
        lines = ["CERTIFICATE OF CARE", "Patient: %s" % p.full, "French social security number (NIR): %s" % G.fmt_nir(nir, c.rng.randint(0, 2)),
                 "Facility: %s" % G.HOSP_EN, "Dates: %s to %s" % (d.isoformat(), (d + datetime.timedelta(days=2)).isoformat()),
                 "Reason: %s" % c.pick(["right bimalleolar fracture, ORIF", "left ACL rupture (skiing), reconstruction"]), "",
                 "For the CPAM (French health insurance) reimbursement."]
        text = "%s\n\nAs requested, the certificate for your CPAM. Safe trip home!\n\n%s\n%s" % (c.greet(p.given), c.close(), c.sig(sec))
        subj = c.pick(["Certificate of care - CPAM", "Your documents for reimbursement"])
    pdf = A.make_pdf(lines[0], lines[1:], compress=c.chance(0.5), author=sec.full)
    fn = c.pick(["attestation_soins.pdf", "Attestation %s.pdf" % p.surname, "certificat_CPAM.pdf"])
    return c.spec("fr_nir", subj, c.who(sec), [(p.full, G.patient_email(c.rng, p))], text=text, atts=[Att(fn, PDF, pdf)],
                  types=types, note="French student's certificate of care with NIR")


def p_social_work(c):
    sw = G.MANAGERS[6]
    proc = c.proc()
    p = c.person(nam=c.chance(0.3), lo=1935, hi=1965)
    m = c.mrn()
    sit = c.pick([
        c.T("vit seul(e) dans un logement sans chauffage fonctionnel, propriétaire refuse les réparations",
            "lives alone in a flat with no working heat, landlord refuses repairs"),
        c.T("sa fille, qui est aussi sa proche aidante, gère ses finances et nous soupçonnons de l'abus financier",
            "daughter (caregiver) manages finances and we suspect financial abuse"),
        c.T("en attente d'un HLM, présentement hébergé(e) temporairement au refuge municipal",
            "waiting for social housing, currently staying at the municipal shelter"),
        c.T("prestataire de l'aide sociale, n'a pas les moyens d'acheter les pansements ni les médicaments",
            "on social assistance, cannot afford dressings or medications"),
    ])
    types = ["patient_name", "mrn", "social_information", "diagnosis"]
    if c.lang == "fr":
        text = ("%s\n\nConcernant %s (%s), opéré(e) pour %s : %s. Le départ prévu demain me semble prématuré. "
                "J'ai fait une demande au CLSC (SAD) et une évaluation OEMC est prévue. Pouvez-vous retarder le congé de 48 h?\n\n%s\n%s") % (
            c.greet(), c.name(p, c.pick([0, 1, 2])), c.mrn_txt(m), c.pr(proc), sit, c.close(), c.sig(sw))
        subj = c.pick(["Planification du congé – situation sociale", "Congé à retarder", "Évaluation psychosociale"])
    else:
        text = ("%s\n\nRe %s (%s), post-op %s: %s. Discharge tomorrow seems premature. I've sent a home-care request to the CLSC. "
                "Could discharge be pushed back 48 h?\n\n%s\n%s") % (
            c.greet(), c.name(p, c.pick([0, 1, 2])), c.mrn_txt(m), c.pr(proc), sit, c.close(), c.sig(sw))
        subj = c.pick(["Discharge planning - social situation", "Delay discharge", "Psychosocial assessment"])
    if p.nam:
        text += c.T("\nNAM : %s\n", "\nRAMQ: %s\n") % c.nam(p)
        types.append("ramq_nam")
    to = [c.who(G.NURSES[6]), c.who(G.surgeon_for(proc))]
    return c.spec("social_work", subj, c.who(sw), to, text=text, types=types,
                  note="social worker's discharge planning note: housing/abuse/income situation", sex=p.sex)


def p_dpj(c):
    sw = G.MANAGERS[6]
    surg = c.pick([G.SURGEONS[1], G.SURGEONS[2]])
    p = c.person(nam=c.chance(0.5), lo=2012, hi=2022, kids=True)
    types = ["patient_name", "date_of_birth", "social_information", "diagnosis"]
    inj = c.pick([c.T("fracture spiroïde de l'humérus", "spiral humerus fracture"),
                  c.T("brûlures multiples d'âges différents", "multiple burns of different ages"),
                  c.T("hémorragie post-amygdalectomie, parents injoignables 24 h", "post-tonsillectomy bleed, parents unreachable for 24 h")])
    if c.lang == "fr":
        text = ("%s\n\nPour information, un signalement a été retenu par la DPJ concernant %s (DDN %s), opéré(e) hier par %s pour %s. "
                "L'intervenante de la DPJ viendra à 14 h. Aucune information ne doit être donnée au père par téléphone. "
                "La mère a la garde provisoire.\n\n%s\n%s") % (
            c.greet(), c.name(p, c.pick([0, 2])), c.dob(p), surg.dr_name("fr"), inj, c.close(), c.sig(sw))
        subj = c.pick(["Signalement DPJ – confidentiel", "DPJ – enfant opéré hier", "Consignes : visites et appels"])
    else:
        text = ("%s\n\nFYI, a youth protection (DPJ) report was retained for %s (DOB %s), operated yesterday by %s for %s. "
                "The DPJ worker is coming at 2 pm. No information to the father by phone; mother has temporary custody.\n\n%s\n%s") % (
            c.greet(), c.name(p, c.pick([0, 2])), c.dob(p), surg.dr_name("en"), inj, c.close(), c.sig(sw))
        subj = c.pick(["Youth protection report - confidential", "DPJ - child operated yesterday"])
    if p.nam:
        text += c.T("\nNAM de l'enfant : %s\n", "\nChild's RAMQ: %s\n") % c.nam(p)
        types.append("ramq_nam")
    return c.spec("youth_protection", subj, c.who(sw), [c.who(G.NURSES[6]), c.who(surg)], text=text, types=types,
                  note="youth protection report concerning a named child post-op", sex=p.sex)


def p_violence(c):
    surg = c.pick([G.SURGEONS[2], G.SURGEONS[1]])
    sw = G.MANAGERS[6]
    p = c.person(nam=False, sex="F", lo=1970, hi=2004)
    safe = c.phone()
    if c.lang == "fr":
        text = ("%s\n\n%s, opérée ce matin pour %s, nous a confié être victime de violence conjugale. Elle ne veut PAS que son conjoint "
                "soit informé de sa date de congé. Numéro sécuritaire (sa sœur) : %s. Une place en maison d'hébergement est réservée.\n\n%s\n%s") % (
            c.greet(sw.given), c.name(p, c.pick([0, 1])),
            c.pick(["une fracture de l'orbite", "une fracture de la mandibule", "une fracture du poignet"]), safe, c.close(), c.sig(surg))
        subj = c.pick(["Confidentiel – patiente vulnérable", "Sécurité de la patiente – ne pas divulguer", "Violence conjugale – congé"])
    else:
        text = ("%s\n\n%s, operated this morning for %s, disclosed intimate partner violence. She does NOT want her partner told "
                "her discharge date. Safe number (her sister): %s. A shelter bed is reserved.\n\n%s\n%s") % (
            c.greet(sw.given), c.name(p, c.pick([0, 1])), c.pick(["an orbital fracture", "a mandible fracture", "a wrist fracture"]),
            safe, c.close(), c.sig(surg))
        subj = c.pick(["Confidential - vulnerable patient", "Patient safety - do not disclose"])
    return c.spec("violence", subj, c.who(surg), [c.who(sw)], text=text,
                  types=["patient_name", "diagnosis", "social_information", "patient_contact"],
                  note="disclosure of intimate partner violence, safe contact number")


def p_callback_list(c):
    clerk = G.SECRETARIES[4]
    to = G.SECRETARIES[2]
    rows = [[c.T("Nom", "Name"), c.T("Téléphone", "Phone"), c.T("Intervention", "Procedure"), c.T("Préavis", "Notice"), c.T("Notes", "Notes")]]
    with_nam = c.chance(0.5)
    if with_nam:
        rows[0].insert(1, "NAM")
    n_rows = c.rng.randint(5, 9)
    nam_rows = set(c.rng.sample(range(n_rows), max(1, int(n_rows * 0.7)))) if with_nam else set()
    for i in range(n_rows):
        proc = c.proc()
        p = c.person(nam=i in nam_rows)
        rows.append([c.name(p, c.pick([0, 2, 3]))] + ([p.nam or ""] if with_nam else []) + [c.phone(), c.pr(proc), c.pick(["24 h", "48 h", "72 h"]),
                     c.pick(["", c.T("cesser ", "hold ") + c.pick(["apixaban", "clopidogrel"]), c.T("transport par sa fille", "daughter drives"),
                             c.T("cellulaire seulement", "cell only"), c.T("préop à jour", "pre-op up to date")])])
    intro = c.T("Liste des patients disponibles à court préavis (mise à jour) :", "Short-notice list (updated):")
    html = html_doc([p_html(c.greet(to.given)), p_html(intro), html_table(rows), p_html(c.sig(clerk))])
    if c.chance(0.5):
        data = A.make_xlsx([(c.T("Court préavis", "Short notice"), rows)], author=clerk.full)
        text = "%s\n\n%s\n\n%s" % (c.greet(to.given), c.T("Liste à jour en pièce jointe.", "Updated list attached."), c.sig(clerk))
        return c.spec("callback_list", c.T("Liste court préavis", "Short-notice list"), c.who(clerk), [c.who(to)], text=text,
                      atts=[Att(c.T("court_preavis.xlsx", "short_notice.xlsx"), XLSX, data)],
                      types=["patient_name", "patient_contact", "diagnosis", "medication"] + (["ramq_nam"] if with_nam else []),
                      note="spreadsheet: short-notice list with patient phones and procedures")
    return c.spec("callback_list", c.T("Liste court préavis", "Short-notice list"), c.who(clerk), [c.who(to)], html=html, layout="html",
                  types=["patient_name", "patient_contact", "diagnosis", "medication"] + (["ramq_nam"] if with_nam else []),
                  note="HTML short-notice call list with patient phones and procedures")


def p_mh(c):
    an = c.pick(G.ANESTH)
    p = c.person(nam=c.chance(0.5), lo=1970, hi=2010)
    proc = c.proc()
    d = c.later(3, 20)
    types = ["patient_name", "date_of_birth", "diagnosis", "medication"]
    if c.lang == "fr":
        text = ("%s\n\n%s (DDN %s) est prévu(e) le %s en salle %d pour %s. Susceptibilité à l'hyperthermie maligne confirmée "
                "(biopsie musculaire positive chez la mère). Merci de préparer l'appareil d'anesthésie décontaminé (filtres charbon), "
                "premier cas de la journée, dantrolène au chevet, aucun agent halogéné ni succinylcholine.\n\n%s\n%s") % (
            c.greet(), c.name(p, c.pick([0, 1, 2])), c.dob(p), c.date(d, 1), c.rng.randint(1, 6), c.pr(proc), c.close(), c.sig(an))
        subj = c.pick(["HM – préparation salle", "Patient à risque d'hyperthermie maligne", "Cas HM le %s" % c.date(d, 0)])
    else:
        text = ("%s\n\n%s (DOB %s) is booked %s, OR %d, for %s. Confirmed malignant hyperthermia susceptibility (mother biopsy-positive). "
                "Please prep a flushed machine with charcoal filters, first case, dantrolene in room, no volatiles or succinylcholine.\n\n%s\n%s") % (
            c.greet(), c.name(p, c.pick([0, 1, 2])), c.dob(p), c.date(d, 1), c.rng.randint(1, 6), c.pr(proc), c.close(), c.sig(an))
        subj = c.pick(["MH - room prep", "MH-susceptible patient", "MH case %s" % c.date(d, 0)])
    if p.nam:
        text += "\n" + c.nam(p) + "\n"
        types.append("ramq_nam")
    return c.spec("mh_alert", subj, c.who(an), [c.who(G.NURSES[0]), c.who(G.MANAGERS[5])], text=text, types=types,
                  note="anaesthesia alert: named patient with MH susceptibility", sex=p.sex)


def p_blood_bank(c):
    p = c.person(nam=False)
    m = c.mrn()
    proc = c.proc()
    ab = c.pick(["anti-Kell", "anti-E", "anti-Jka", "anti-Fya", c.T("anti-D (grossesse)", "anti-D")])
    grp = c.pick(["O+", "O-", "A+", "A-", "B+", "AB+"])
    frm = ("Banque de sang – HRS", "banque.sang@" + G.H)
    if c.lang == "fr":
        text = ("Bonjour,\n\nPour %s, %s, prévu(e) demain pour %s : groupe %s, dépistage positif, anticorps %s identifié. "
                "Nous aurons 2 culots compatibles disponibles seulement à partir de 10 h. Merci d'ajuster l'ordre de passage.\n\nTechnologiste de garde\nBanque de sang") % (
            c.name(p, c.pick([0, 2])), c.mrn_txt(m), c.pr(proc), grp, ab)
        subj = c.pick(["Anticorps irrégulier – cas de demain", "Banque de sang : délai culots", "Épreuve de compatibilité"])
    else:
        text = ("Hello,\n\nFor %s, %s, booked tomorrow for %s: group %s, antibody screen positive, %s identified. "
                "2 crossmatched units available only after 10:00. Please adjust the case order.\n\nBlood bank tech on call") % (
            c.name(p, c.pick([0, 2])), c.mrn_txt(m), c.pr(proc), grp, ab)
        subj = c.pick(["Antibody - tomorrow's case", "Blood bank: delay for units", "Crossmatch"])
    return c.spec("blood_bank", subj, frm, [c.who(G.NURSES[0]), c.who(G.surgeon_for(proc))], text=text,
                  types=["patient_name", "mrn", "lab_result", "diagnosis"], note="blood bank antibody result for named patient", sex=p.sex)


def p_mm_identifiable(c):
    res = c.pick(G.OUTSIDE[3:5])
    rows = [[c.T("Cas", "Case"), c.T("Dossier", "Chart"), c.T("Patient", "Patient"), c.T("Intervention", "Procedure"), c.T("Complication", "Complication")]]
    for i in range(c.rng.randint(2, 4)):
        proc = c.proc()
        p = c.person(nam=False)
        rows.append([str(i + 1), c.mrn(), "%s.%s." % (p.given[0], p.surname[0]) if c.chance(0.6) else p.surname.upper(),
                     c.pr(proc), c.pick([c.T("fuite anastomotique J5", "anastomotic leak POD5"), c.T("lésion de la voie biliaire", "bile duct injury"),
                                         c.T("EP massive J3", "massive PE POD3"), c.T("hémorragie, reprise", "bleeding, return to OR")])])
    named = any(not r[2].endswith(".") for r in rows[1:])
    text = c.T("%s\n\nVoici les cas retenus pour la réunion M&M de jeudi. Les dossiers sont à réviser d'ici là (archives avisées).\n\n%s\n\n%s\n%s",
               "%s\n\nHere are the cases for Thursday's M&M. Charts to be reviewed before then (records aware).\n\n%s\n\n%s\n%s") % (
        c.greet(), text_table(rows), c.close(), c.sig(res))
    subj = c.T("Cas M&M – jeudi", "M&M cases - Thursday")
    return c.spec("mm_identifiable", subj, c.who(res), [("Chirurgie – médecins", "chirurgie-md@" + G.H)], text=text,
                  types=["mrn", "diagnosis"] + (["patient_name"] if named else []), note="M&M list that leaks chart numbers (and names/initials) with complications")


def p_implant_recall_patients(c):
    biomed = G.MANAGERS[1]
    ortho = G.SURGEONS[1]
    lot = "%s%d" % (c.pick(["LT", "K", "H"]), c.rng.randint(100000, 999999))
    rows = [[c.T("Nom", "Name"), c.T("Dossier", "Chart"), c.T("Date chirurgie", "Surgery date"), "Implant", "Lot"]]
    for i in range(c.rng.randint(3, 7)):
        p = c.person(nam=False, lo=1940, hi=1970)
        rows.append(["%s, %s" % (p.surname.upper(), p.given), c.mrn(), c.earlier(60, 400).isoformat(),
                     c.pick([c.T("tige fémorale cimentée", "cemented femoral stem"), c.T("plateau tibial", "tibial tray"), c.T("cupule acétabulaire", "acetabular cup")]),
                     lot])
    text = c.T("%s\n\nSuite à l'avis de rappel du fabricant (lot %s), voici les patients implantés selon notre registre de traçabilité. "
               "Il faudra les convoquer en clinique pour radiographie de contrôle.\n\n%s\n\n%s\n%s",
               "%s\n\nFollowing the manufacturer recall (lot %s), here are the implanted patients from our traceability log. "
               "They'll need a clinic visit with X-ray.\n\n%s\n\n%s\n%s") % (c.greet(ortho.given), lot, text_table(rows), c.close(), c.sig(biomed))
    atts = []
    if c.chance(0.5):
        atts.append(Att(c.T("patients_implantes_lot_%s.csv", "implanted_patients_lot_%s.csv") % lot, "text/csv",
                        A.make_csv(rows, delimiter=";")))
        text = text.split("\n\n")[0] + "\n\n" + text.split("\n\n")[1] + "\n\n" + c.T("Liste en pièce jointe.", "List attached.") + "\n\n" + c.sig(biomed)
    subj = c.T("Rappel implant lot %s – patients concernés", "Implant recall lot %s - affected patients") % lot
    return c.spec("recall_patients", subj, c.who(biomed), [c.who(ortho)], text=text, atts=atts,
                  types=["patient_name", "mrn", "diagnosis"], note="implant recall with list of implanted patients (names, charts)")


def p_ssi(c):
    ip = G.MANAGERS[4]
    proc = c.proc()
    surg = G.surgeon_for(proc)
    p = c.person(nam=False)
    m = c.mrn()
    org = c.pick(["Staphylococcus aureus", "SARM", "Enterococcus faecalis", "Klebsiella pneumoniae BLSE"])
    if c.lang == "fr":
        text = ("%s\n\nDans le cadre de la surveillance SPIN, une infection de site opératoire profonde a été retenue pour %s (%s), "
                "opéré(e) le %s (%s). Hémoculture et culture peropératoire positives à %s. "
                "Pourriez-vous confirmer l'antibioprophylaxie reçue (heure d'administration)?\n\n%s\n%s") % (
            c.greet(surg.dr_name("fr")), c.name(p, c.pick([0, 2, 3])), c.mrn_txt(m), c.date(c.earlier(15, 40), 1), c.pr(proc), org, c.close(), c.sig(ip))
        subj = c.pick(["Surveillance ISO – cas à valider", "Infection de site opératoire", "SPIN – validation"])
    else:
        text = ("%s\n\nAs part of SSI surveillance, a deep surgical site infection was confirmed for %s (%s), operated on %s (%s). "
                "Blood and intra-op cultures grew %s. Could you confirm the prophylaxis timing?\n\n%s\n%s") % (
            c.greet(surg.dr_name("en")), c.name(p, c.pick([0, 2, 3])), c.mrn_txt(m), c.date(c.earlier(15, 40), 1), c.pr(proc), org.replace("SARM", "MRSA"), c.close(), c.sig(ip))
        subj = c.pick(["SSI surveillance - case to validate", "Surgical site infection"])
    return c.spec("ssi_case", subj, c.who(ip), [c.who(surg)], text=text,
                  types=["patient_name", "mrn", "diagnosis", "lab_result"], note="infection-control SSI case for named patient", sex=p.sex)


def p_forward_eml(c):
    proc = c.proc()
    surg = G.surgeon_for(proc)
    sec = G.secretary_for(proc)
    p = c.person(nam=False)
    pe = G.patient_email(c.rng, p)
    tel = c.phone()
    if c.lang == "fr":
        inner_text = ("Bonjour,\n\nJ'ai été opéré(e) le %s (%s). Depuis hier j'ai de la fièvre (38,6) et la plaie est rouge et chaude. "
                      "Je prends encore le %s. Est-ce que je dois aller à l'urgence? Mon numéro : %s.\n\n%s") % (
            c.date(c.earlier(4, 12), 1), c.pr(proc), c.analg(), tel, p.full)
        inner_subj = c.pick(["fièvre après opération", "Question urgente", "plaie rouge"])
        text = "%s\n\nCourriel reçu sur la boîte du secrétariat (en pièce jointe). Je l'ai rappelé(e) et dirigé(e) vers l'urgence par précaution.\n\n%s\n%s" % (
            c.greet(surg.dr_name("fr")), c.close(), c.sig(sec))
        subj = "TR: " + inner_subj
    else:
        inner_text = ("Hello,\n\nI had surgery on %s (%s). Since yesterday I have a fever (38.6) and the incision is red and hot. "
                      "Still taking %s. Should I go to the ER? My number: %s.\n\n%s") % (
            c.date(c.earlier(4, 12), 1), c.pr(proc), c.analg(), tel, p.full)
        inner_subj = c.pick(["fever after surgery", "Urgent question", "red incision"])
        text = "%s\n\nEmail received in the office inbox (attached). I called back and directed them to the ER.\n\n%s\n%s" % (
            c.greet(surg.dr_name("en")), c.close(), c.sig(sec))
        subj = "Fwd: " + inner_subj
    inner = c.spec("inner", inner_subj, (p.full, pe), [(sec.full, sec.email)], text=inner_text)
    raw = c.render(inner)
    att = Att(c.pick([inner_subj + ".eml", "message.eml", "courriel_patient.eml"]), "message/rfc822", raw)
    return c.spec("forward_eml", subj, c.who(sec), [c.who(surg)], text=text, atts=[att],
                  types=["patient_name", "diagnosis", "medication", "patient_contact"], note="patient's e-mail attached as message/rfc822", sex=p.sex)


def p_postop_calls(c):
    nurse = G.NURSES[4]
    mgr = c.pick([G.NURSES[0], G.MANAGERS[0]])
    lines = []
    for i in range(c.rng.randint(4, 7)):
        proc = c.proc([x for x in G.PROCS if x[4] in (0, 1, 2, 3, 7)])
        p = c.person(nam=False)
        lines.append("- %s (%s) – %s : %s" % (c.name(p, c.pick([0, 3, 5])), c.phone(), c.pr(proc),
                                               c.pick([c.T("douleur 3/10, OK", "pain 3/10, fine"), c.T("nausées, conseillé gravol", "nausea, advised dimenhydrinate"),
                                                       c.T("pas rejoint, message laissé", "no answer, voicemail"), c.T("saignement léger au pansement, rassuré", "minor oozing, reassured"),
                                                       c.T("n'a pas pris son %s" % c.analg(), "didn't take %s" % c.analg()), c.T("rétention urinaire → urgence", "urinary retention -> ER")])))
    text = c.T("%s\n\nBilan des appels J+1 de la chirurgie d'un jour d'hier :\n\n%s\n\n%s\n%s",
               "%s\n\nDay-surgery post-op day 1 calls from yesterday:\n\n%s\n\n%s\n%s") % (c.greet(mgr.given), "\n".join(lines), c.close(), c.sig(nurse))
    return c.spec("postop_calls", c.T("Appels J+1", "POD1 calls"), c.who(nurse), [c.who(mgr)], text=text,
                  types=["patient_name", "patient_contact", "diagnosis", "medication"], note="post-op day-1 call log with names, phones, symptoms")


def p_complaint(c):
    proc = c.proc()
    comm = ("Commissariat aux plaintes", "plaintes@" + G.CISSS)
    mgr = G.MANAGERS[2]
    p = c.person(nam=False, lo=1945, hi=1990)
    adr = G.address(c.rng)
    if c.lang == "fr":
        text = ("%s\n\nNous avons reçu une plainte de %s, demeurant au %s, concernant sa %s du %s : annulée deux fois le matin même "
                "alors qu'il/elle était à jeun, puis complication (%s). Le/la plaignant(e) demande des explications. Merci de nous transmettre "
                "votre version d'ici 10 jours.\n\nCommissaire adjointe aux plaintes et à la qualité des services") % (
            c.greet(mgr.given), c.name(p, 1), adr, c.pr(proc), c.date(c.earlier(20, 60), 1),
            c.pick(["infection de plaie", "hématome", "lésion nerveuse", "réadmission pour douleur"]))
        subj = c.pick(["Plainte – dossier 2025-%04d" % c.rng.randint(1, 999), "Demande d'information – plainte"])
    else:
        text = ("%s\n\nWe received a complaint from %s, of %s, about their %s on %s: cancelled twice on the morning while NPO, then a "
                "complication (%s). Please send your account within 10 days.\n\nAssistant Service Quality and Complaints Commissioner") % (
            c.greet(mgr.given), c.name(p, 1), adr, c.pr(proc), c.date(c.earlier(20, 60), 1),
            c.pick(["wound infection", "haematoma", "nerve injury", "readmission for pain"]))
        subj = c.pick(["Complaint - file 2025-%04d" % c.rng.randint(1, 999), "Information request - complaint"])
    return c.spec("complaint", subj, comm, [c.who(mgr)], text=text,
                  types=["patient_name", "patient_contact", "diagnosis"], note="complaint file with patient's address and surgical complication", sex=p.sex)


def p_bariatric(c):
    sw = G.MANAGERS[6]
    surg = G.SURGEONS[4]
    p = c.person(nam=False, lo=1970, hi=2000)
    bmi = c.rng.randint(41, 58)
    text = c.T(("%s\n\nÉvaluation psychosociale préchirurgie bariatrique de %s : IMC %d, HbA1c %s %%. Vit avec deux enfants, "
                "séparation récente, revenus de l'assurance-emploi. Antécédent de trouble alimentaire compulsif suivi en psychologie. "
                "Je recommande de reporter la chirurgie de 6 mois le temps de stabiliser la situation.\n\n%s\n%s"),
               ("%s\n\nPre-bariatric psychosocial assessment for %s: BMI %d, HbA1c %s%%. Lives with two children, recent separation, "
                "on employment insurance. History of binge eating disorder followed in psychology. I recommend postponing 6 months.\n\n%s\n%s")) % (
        c.greet(surg.dr_name(c.lang)), c.name(p, c.pick([0, 1, 2])), bmi, "%.1f" % c.rng.uniform(6.0, 9.5), c.close(), c.sig(sw))
    subj = c.T("Évaluation psychosociale – bariatrie", "Psychosocial assessment - bariatric")
    return c.spec("bariatric", subj, c.who(sw), [c.who(surg)], text=text,
                  types=["patient_name", "diagnosis", "lab_result", "social_information"], note="bariatric psychosocial assessment of named patient")


def p_interpreter(c):
    proc = c.proc()
    clerk = G.SECRETARIES[2]
    p = c.person(nam=True)
    comm = c.pick(["Kuujjuaq", "Chisasibi", "Mistissini", "Kitcisakik"])
    d = c.later(10, 40)
    if c.lang == "fr":
        text = ("%s\n\n%s (NAM %s), de %s, est prévu(e) le %s pour %s. Besoin d'un interprète (%s) et d'un accompagnateur; "
                "hébergement à organiser pour 3 nuits au foyer des patients. Vol nolisé à confirmer avec le service de transport.\n\n%s\n%s") % (
            c.greet(), c.name(p, c.pick([0, 1])), c.nam(p), comm, c.date(d, 1), c.pr(proc),
            c.pick(["inuktitut", "cri", "anishinabemowin"]), c.close(), c.sig(clerk))
        subj = c.pick(["Interprète et hébergement – chirurgie", "Patient(e) du Nord – logistique"])
    else:
        text = ("%s\n\n%s (RAMQ %s), from %s, is booked %s for %s. Needs an interpreter (%s) and an escort; lodging for 3 nights "
                "at the patient residence. Charter flight to confirm with transport.\n\n%s\n%s") % (
            c.greet(), c.name(p, c.pick([0, 1])), c.nam(p), comm, c.date(d, 1), c.pr(proc),
            c.pick(["Inuktitut", "Cree", "Algonquin"]), c.close(), c.sig(clerk))
        subj = c.pick(["Interpreter and lodging - surgery", "Northern patient - logistics"])
    return c.spec("interpreter", subj, c.who(clerk), [("Services aux patients du Nord", "nord@" + G.CISSS)], text=text,
                  types=["patient_name", "ramq_nam", "diagnosis", "social_information"], note="travel/interpreter logistics for named patient's surgery", sex=p.sex)


def p_consent_filename(c):
    proc = c.proc()
    sec = G.secretary_for(proc)
    clerk = G.SECRETARIES[2]
    p = c.person(nam=False)
    lines = [c.T("Consentement à une intervention chirurgicale", "Consent to surgical procedure"), "",
             c.T("Je soussigné(e) consens à l'intervention décrite par mon chirurgien...", "I, the undersigned, consent to the procedure explained by my surgeon..."),
             c.T("Signature : ________________   Témoin : ________________", "Signature: ________________   Witness: ________________")]
    pdf = A.make_pdf(c.T("Formulaire AH-110", "Form AH-110"), lines, compress=True)
    fn = "%s_%s_%s.pdf" % (c.T("Consentement", "Consent"), G.strip_accents(c.pr(proc)).replace(" ", "-")[:40], "%s_%s" % (p.surname, p.given))
    text = c.pick([c.T("Consentement signé, original au dossier.", "Signed consent, original in chart."), c.T("Ci-joint.", "Attached."), ""])
    text = (text + "\n" + c.sig(sec)).strip() + "\n"
    return c.spec("filename_leak", c.T("Consentement", "Consent"), c.who(sec), [c.who(clerk)], text=text,
                  atts=[Att(fn, PDF, pdf)], types=["patient_name", "diagnosis"], note="file name of scanned consent gives patient and procedure")


def p_inr(c):
    nurse = G.NURSES[3]
    proc = c.proc()
    surg = G.surgeon_for(proc)
    p = c.person(nam=False, lo=1935, hi=1965)
    inr = round(c.rng.uniform(1.6, 3.4), 1)
    text = c.T(("%s\n\nRNI ce matin %s pour %s (chirurgie demain : %s). PRON a pris sa warfarine jusqu'à vendredi malgré les consignes. "
                "On reporte ou vitamine K 2 mg PO et contrôle demain 6 h?\n\n%s"),
               ("%s\n\nINR this morning %s for %s (surgery tomorrow: %s). PRON took warfarin until Friday despite instructions. "
                "Postpone, or vitamin K 2 mg PO and recheck at 6 am?\n\n%s")) % (
        c.greet(surg.given), ("%.1f" % inr).replace(".", "," if c.lang == "fr" else "."), c.name(p, c.pick([0, 1, 4])), c.pr(proc), c.sig(nurse))
    text = text.replace("PRON", c.T("Elle" if p.sex == "F" else "Il", "She" if p.sex == "F" else "He"))
    return c.spec("lab_followup", c.T("RNI préop", "Pre-op INR") + c.pick(["", " – urgent", "!!"]), c.who(nurse), [c.who(surg)], text=text,
                  types=["patient_name", "lab_result", "medication", "diagnosis"], note="pre-op INR result and warfarin for named patient")


def p_convocation_docx(c):
    proc = c.proc()
    clerk = G.SECRETARIES[2]
    p = c.person(nam=c.chance(0.4))
    adr = G.address(c.rng)
    d = c.later(10, 50)
    types = ["patient_name", "patient_contact", "diagnosis"]
    paras = [p.full, adr, "", c.T("Objet : convocation – %s", "Re: surgery notice - %s") % c.pr(proc), "",
             c.T("Madame, Monsieur,", "Dear patient,"),
             c.T("Votre chirurgie est prévue le %s. Présentez-vous à l'admission à 6 h 30." % c.date(d, 1),
                 "Your surgery is scheduled on %s. Please report to admitting at 6:30." % c.date(d, 1)),
             c.T("Vous devez cesser votre %s 5 jours avant." % c.pick(["clopidogrel", "aspirine"]),
                 "Stop your %s 5 days before." % c.pick(["clopidogrel", "aspirin"])),
             c.T("Le service de réservation du bloc opératoire", "OR booking office")]
    types.append("medication")
    if p.nam:
        paras.insert(2, c.T("NAM : ", "RAMQ: ") + p.nam)
        types.append("ramq_nam")
    data = A.make_docx(c.T("Convocation", "Surgery notice"), paras, author=clerk.full)
    fn = c.pick(["convocation_%s.docx" % G.strip_accents(p.surname), "lettre.docx", "Convocation chirurgie.docx"])
    text = c.T("Lettre de convocation prête à poster (copie au dossier).", "Notice letter ready to mail (copy to chart).") + "\n" + c.sig(clerk)
    return c.spec("letter_docx", c.T("Lettre à poster", "Letter to mail"), c.who(clerk), [c.who(G.SECRETARIES[4])], text=text,
                  atts=[Att(fn, DOCX, data)], types=types, note="DOCX surgery notice letter with patient address")
