"""Positive messages, part C: COPD and asthma education, prescriptions, forms to insurers and
agencies, patients from outside Quebec."""
import gen_clin as K
import gen_common as G
import gen_docs as D
from gen_ctx import B, who
from gen_mime import Att
from gen_pos_a import hello, thanks
from gen_pos_b import DOCX


def copd_action_plan(c, lang):
    b = B(c, lang)
    edu = c.staff("cer")
    gp = c.ext("gmf")
    p = c.patient("senior", nam=c.chance(0.65))
    d = c.when()
    ident = b.ident_line(p)
    m = K.meds(c, lang, "copd", 3)
    b.add("medication", "diagnosis")
    fname = "Plan_action_MPOC_%s.docx" % G.strip_accents(p["surname"]).replace("'", "").replace(" ", "") if lang == "fr" \
        else "COPD_action_plan_%s.docx" % G.strip_accents(p["surname"]).replace("'", "").replace(" ", "")
    if lang == "fr":
        paras = [ident, "", "Diagnostic : %s" % K.dx(c.pick(["copd", "copd3"]), lang),
                 "Médication de base : " + " ; ".join(m),
                 "ZONE JAUNE (plus essoufflé, expectorations plus colorées) : débuter %s et aviser l'infirmière." % K.MEDS_RESCUE[0],
                 "ZONE ROUGE : 911.", "Technique d'inhalation revue : %s." % c.pick(["adéquate", "à reprendre avec aérochambre"]),
                 "Vaccins : influenza fait, pneumocoque à compléter."]
        subj = "Plan d'action MPOC signé"
        body = "\n".join([hello(c, lang, "Dr " + gp["surname"]), "",
                          "Votre patient%s a complété sa session d'enseignement au Centre MPOC-asthme." % ("e" if p["sex"] == "F" else ""),
                          "Le plan d'action et l'ordonnance d'antibiotique/corticostéroïde de réserve sont joints pour votre signature.",
                          "", thanks(c, lang), "", G.staff_sig(edu, lang)])
    else:
        paras = [ident, "", "Diagnosis: %s" % K.dx(c.pick(["copd", "copd3"]), lang),
                 "Maintenance: " + "; ".join(m),
                 "YELLOW ZONE (more breathless, darker sputum): start %s and call the nurse." % K.MEDS_RESCUE[1],
                 "RED ZONE: 911.", "Inhaler technique reviewed: %s." % c.pick(["adequate", "redo with spacer"]),
                 "Vaccines: flu done, pneumococcal pending."]
        subj = "Signed COPD action plan"
        body = "\n".join([hello(c, lang, "Dr. " + gp["surname"]), "",
                          "Your patient completed the education session at the COPD and Asthma Centre.",
                          "The action plan and standby antibiotic/steroid prescription are attached for your signature.",
                          "", thanks(c, lang), "", G.staff_sig(edu, lang)])
    doc = D.docx_bytes("Plan d'action MPOC" if lang == "fr" else "COPD action plan", paras, author=edu["full"])
    return b.mail("education", "COPD action plan with medications", who(edu), [who(gp)], subj, d, text=body,
                  atts=[Att(fname, DOCX, doc)])


def asthma_school(c, lang):
    b = B(c, lang)
    edu = c.staff("cer")
    nurse = c.ext("ecole")
    p = c.patient("child", nam=c.chance(0.75), min_year=2010)
    d = c.when()
    ident = b.ident_line(p, with_mrn=False)
    m = K.meds(c, lang, "peds", 2)
    tel = b.contact(p, "phone")
    b.add("medication", "diagnosis")
    if lang == "fr":
        body = "\n".join([hello(c, lang, nurse["given"]), "",
                          "Avec l'accord des parents, voici le plan d'asthme pour l'école :", "", ident, "",
                          "Diagnostic : %s, %s" % (K.dx("asthma", lang), c.pick(["déclenché par l'effort et le froid", "allergie aux chats",
                                                                                 "2 visites à l'urgence cet automne"])),
                          "Médicaments : %s ; %s" % (m[0], m[1]),
                          "En cas de crise : 4 inhalations de Ventolin avec aérochambre, répéter aux 20 min, appeler le 911 si aucune amélioration.",
                          "Parent à joindre : %s (mère)" % tel, "", thanks(c, lang), "", G.staff_sig(edu, lang)])
        subj = "Plan d'asthme - élève de 3e année"
    else:
        body = "\n".join([hello(c, lang, nurse["given"]), "",
                          "With the parents' consent, here is the school asthma plan:", "", ident, "",
                          "Diagnosis: %s, %s" % (K.dx("asthma", lang), c.pick(["exercise and cold-induced", "cat allergy",
                                                                               "2 ER visits this fall"])),
                          "Medications: %s; %s" % (m[0], m[1]),
                          "If an attack: 4 puffs Ventolin with spacer, repeat every 20 min, call 911 if no improvement.",
                          "Parent contact: %s (mother)" % tel, "", thanks(c, lang), "", G.staff_sig(edu, lang)])
        subj = "Asthma plan - grade 3 student"
    return b.mail("education", "school asthma plan for a child", who(edu), [who(nurse)], subj, d, text=body)


def dpj_asthma(c, lang):
    b = B(c, lang)
    md = c.doctor(lang, "pneumo")
    dpj = c.ext("dpj")
    p = c.patient("child", nam=c.chance(0.65), min_year=2010)
    d = c.when()
    ident = b.ident_line(p)
    b.add("social_information", "diagnosis", "medication")
    n = c.num(3, 6)
    if lang == "fr":
        body = "\n".join(["Madame, Monsieur,", "", "Suite à notre signalement téléphonique de ce matin :", "", ident, "",
                          "Enfant connu pour %s. %d visites à l'urgence en 4 mois, dont une admission aux soins intensifs." % (
                              K.dx("asthma_sev", lang), n),
                          "Les pompes (Flovent, Ventolin) ne sont pas renouvelées à la pharmacie depuis 5 mois ; la mère "
                          "rapporte ne pas avoir les moyens et le logement présente de la moisissure importante.",
                          "Absences scolaires fréquentes, père absent, suspicion de négligence.", "",
                          "Nous demeurons disponibles pour toute information.", "", G.staff_sig(md, lang)])
        subj = "Signalement DPJ - suivi écrit"
    else:
        body = "\n".join(["To the intake worker,", "", "Further to our phone report to youth protection (DPJ) this morning:", "",
                          ident, "",
                          "Child known for %s. %d ER visits in 4 months, including one PICU admission." % (K.dx("asthma_sev", lang), n),
                          "Inhalers (Flovent, Ventolin) have not been refilled in 5 months; mother says she cannot afford "
                          "them and the apartment has extensive mould.",
                          "Frequent school absences, father not involved, suspected neglect.", "",
                          "We remain available for any information.", "", G.staff_sig(md, lang)])
        subj = "Youth protection report - written follow-up"
    return b.mail("social", "written youth protection report about a child with asthma", who(md), [who(dpj)], subj, d,
                  text=body, body_form="plain", charset=c.pick([None, "windows-1252"]))


def pharmacy_rx(c, lang):
    b = B(c, lang)
    md = c.doctor(lang)
    ph = c.ext(c.pick(["pharm1", "pharm2"]))
    p = c.patient("senior", nam=c.chance(0.75))
    d = c.when()
    ident = b.ident_line(p, with_mrn=False)
    addr = b.contact(p, "addr")
    kind = c.pick(["copd", "asthma"])
    m = K.meds(c, lang, kind, 3)
    b.add("medication")
    if lang == "fr":
        lines = [ident, "Adresse : %s" % addr, "", "Rx :"] + ["- %s, %s" % (x, c.pick(["x 3 mois, renouv. x 3", "qté 1, renouv. 11", "M: 30 jours"])) for x in m] + \
            ["", "Signé électroniquement - %s" % md["short"]]
        fn = c.pick(["ordonnance.pdf", "Rx_%s.pdf" % d.strftime("%Y%m%d")])
        subj = "Ordonnance - à l'attention du pharmacien"
        body = "\n".join([hello(c, lang), "", "Ordonnance ci-jointe pour notre patient%s commun%s. Original conservé au dossier." % (
            ("e", "e") if p["sex"] == "F" else ("", "")), "", G.staff_sig(md, lang)])
        title = "Ordonnance"
    else:
        lines = [ident, "Address: %s" % addr, "", "Rx:"] + ["- %s, %s" % (x, c.pick(["x 3 months, 3 refills", "qty 1, 11 refills", "30 days"])) for x in m] + \
            ["", "Electronically signed - %s" % md["short"]]
        fn = c.pick(["prescription.pdf", "Rx_%s.pdf" % d.strftime("%Y%m%d")])
        subj = "Prescription - attn pharmacist"
        body = "\n".join([hello(c, lang), "", "Prescription attached for our mutual patient. Original kept on file.", "",
                          G.staff_sig(md, lang)])
        title = "Prescription"
    return b.mail("prescription", "inhaler prescription PDF to community pharmacy", who(md), [who(ph)], subj, d, text=body,
                  atts=[Att(fn, "application/pdf", D.pdf_bytes(title, lines, author=md["full"]))])


def discharge_summary(c, lang):
    b = B(c, lang)
    md = c.doctor(lang)
    gp = c.ext("gmf")
    p = c.patient("senior", nam=c.chance(0.65))
    d = c.when()
    ident = b.ident_line(p, with_mrn=True)
    adm = c.later(d.date(), -12, -4)
    b.add("diagnosis", "medication", "lab_result")
    m = K.meds(c, lang, "copd", 2)
    lab = K.labs_misc(c, lang)
    ab = K.abg(c, lang, hypox=False)
    if lang == "fr":
        text = "\n".join([hello(c, lang, "Dr " + gp["surname"]), "", "Résumé de départ", "", ident,
                          "Admission : %s - Congé : %s" % (G.fmt_date(adm, lang, "iso"), G.fmt_date(d.date(), lang, "iso")), "",
                          "Dx principal : %s sur %s" % (K.dx("copd_ae", lang), c.pick(["pneumonie LID", "infection virale (influenza A)", "non-observance"])),
                          "Comorbidités : %s" % ", ".join(K.comorb(c, lang, 3)),
                          "Évolution : BiPAP 36 h aux soins intermédiaires, sevrée ; %s ; %s." % (ab, lab[0]),
                          "Médication au congé : %s ; %s ; prednisone 40 mg die à compléter (jour 5/5)." % (m[0], m[1]),
                          "Suivi : clinique MPOC dans 2 semaines, réadaptation pulmonaire proposée.", "",
                          G.staff_sig(md, lang)])
        subj = c.pick(["Résumé de départ", "Congé - MPOC exacerbée", "Sommaire d'hospitalisation"])
    else:
        text = "\n".join([hello(c, lang, "Dr. " + gp["surname"]), "", "Discharge summary", "", ident,
                          "Admitted: %s - Discharged: %s" % (G.fmt_date(adm, lang, "iso"), G.fmt_date(d.date(), lang, "iso")), "",
                          "Main dx: %s with %s" % (K.dx("copd_ae", lang), c.pick(["RLL pneumonia", "viral infection (influenza A)", "non-adherence"])),
                          "Comorbidities: %s" % ", ".join(K.comorb(c, lang, 3)),
                          "Course: BiPAP for 36 h in step-down, weaned; %s; %s." % (ab, lab[0]),
                          "Discharge meds: %s; %s; prednisone 40 mg daily to complete (day 5/5)." % (m[0], m[1]),
                          "Follow-up: COPD clinic in 2 weeks, pulmonary rehab offered.", "", G.staff_sig(md, lang)])
        subj = c.pick(["Discharge summary", "Discharge - AECOPD", "Hospital summary"])
    return b.mail("discharge", "discharge summary after COPD exacerbation", who(md), [who(gp)], subj, d, text=text,
                  body_form=c.pick(["alt", "html", "plain"]))


def disability_insurance(c, lang):
    b = B(c, lang)
    md = c.doctor(lang)
    ins = c.ext("ins")
    p = c.patient("adult", nam=c.chance(0.65))
    d = c.when()
    ident = b.ident_line(p, with_mrn=False)
    sin = G.make_sin(c.rng)
    b.record("ca_sin", sin)
    sin_txt = G.disguise(sin, c.pick(["spaced", "hyphen", "plain", "dotted"]))
    b.add("diagnosis", "medication", "lab_result")
    dxk = c.pick(["occ_asthma", "ipf", "copd3", "sarco"])
    off = c.later(d.date(), -60, -20)
    if lang == "fr":
        paras = ["Déclaration du médecin traitant - invalidité de courte durée", ident, "NAS : %s" % sin_txt,
                 "No de police : GR-%d / certificat %d" % (c.num(10000, 99999), c.num(100000, 999999)),
                 "Diagnostic : %s" % K.dx(dxk, lang), "Résultats objectifs : %s" % K.spiro(c, lang),
                 "Traitement : %s" % "; ".join(K.meds(c, lang, "asthma" if dxk == "occ_asthma" else "copd", 2)),
                 "Arrêt de travail depuis le %s ; retour prévu : indéterminé" % G.fmt_date(off, lang),
                 "Limitations : aucune exposition aux isocyanates / poussières ; pas d'effort soutenu."]
        subj, fn = "Formulaire invalidité complété", "declaration_medecin_%s.docx" % d.strftime("%Y%m%d")
        body = "\n".join([hello(c, lang), "", "Veuillez trouver le formulaire complété concernant votre assuré%s." % (
            "e" if p["sex"] == "F" else ""), "", G.staff_sig(md, lang)])
    else:
        paras = ["Attending physician statement - short-term disability", ident, "SIN: %s" % sin_txt,
                 "Policy no.: GR-%d / certificate %d" % (c.num(10000, 99999), c.num(100000, 999999)),
                 "Diagnosis: %s" % K.dx(dxk, lang), "Objective findings: %s" % K.spiro(c, lang),
                 "Treatment: %s" % "; ".join(K.meds(c, lang, "asthma" if dxk == "occ_asthma" else "copd", 2)),
                 "Off work since %s; expected return: undetermined" % G.fmt_date(off, lang),
                 "Restrictions: no exposure to isocyanates / dust; no sustained exertion."]
        subj, fn = "Completed disability form", "attending_physician_statement_%s.docx" % d.strftime("%Y%m%d")
        body = "\n".join([hello(c, lang), "", "Please find the completed form for your plan member attached.", "",
                          G.staff_sig(md, lang)])
    doc = D.docx_bytes(paras[0], paras[1:], author=md["full"])
    return b.mail("insurance", "disability insurance form with SIN and diagnosis", who(md), [who(ins)], subj, d, text=body,
                  atts=[Att(fn, DOCX, doc)])


def ontario_patient(c, lang):
    b = B(c, lang)
    md = c.doctor(lang, "som")
    fht = c.ext("ont")
    p = c.patient("adult")
    d = c.when()
    hn = G.make_ohip(c.rng)
    b.record("ca_health_number", hn)
    vc = c.pick(["", "AB", "KT", "ZX"])
    hn_txt = c.pick([G.ohip_std(hn, vc), G.disguise(hn, "spaced") + (" " + vc if vc else ""), hn + vc])
    nm = b.name(p, c.pick(["full", "upper_first", "title_full"]))
    dob = b.dob(p)
    res, ahi = K.psg(c, lang)
    b.add("diagnosis", "lab_result", "medication")
    if lang == "fr":
        body = "\n".join(["Bonjour Dr %s," % fht["surname"], "",
                          "%s (DDN %s, carte Santé Ontario %s) a été vu%s à notre clinique du sommeil pendant son séjour au Québec." % (
                              nm, dob, hn_txt, "e" if p["sex"] == "F" else ""),
                          "PSG : %s." % res, "Diagnostic : %s. PPC auto 6-16 cmH2O débutée ; zopiclone cessé." % K.dx("osa_sev", lang),
                          "Le suivi et le remboursement de l'appareil (PAAF) devront se faire en Ontario.", "",
                          G.staff_sig(md, lang)])
        subj = "Patient ontarien - résultat PSG"
    else:
        body = "\n".join(["Dear Dr. %s," % fht["surname"], "",
                          "%s (DOB %s, Ontario health card %s) was seen at our sleep clinic while staying in Quebec." % (
                              nm, dob, hn_txt),
                          "PSG: %s." % res, "Diagnosis: %s. Auto-CPAP 6-16 cmH2O started; zopiclone stopped." % K.dx("osa_sev", lang),
                          "Follow-up and ADP funding for the device will need to happen in Ontario.", "",
                          G.staff_sig(md, lang)])
        subj = "Ontario patient - sleep study result"
    return b.mail("sleep_report", "sleep study result for an Ontario patient with health card number", who(md), [who(fht)],
                  subj, d, text=body)


def belgian_patient(c, lang):
    b = B(c, lang)
    rt = c.staff("pod")
    vend = c.ext("oxy")
    p = c.patient("senior")
    d = c.when()
    niss = G.make_niss(c.rng, p["dob"], p["sex"])
    b.record("be_niss", niss)
    nt = c.pick([G.niss_std(niss), niss, G.disguise(niss, "spaced")])
    nm = b.name(p, c.pick(["upper_first", "full", "title_full"]))
    dob = b.dob(p, c.pick(["dmy", "long"]))
    b.add("diagnosis", "medication")
    addr = b.contact(p, "addr")
    if lang == "fr":
        body = "\n".join([hello(c, lang, vend["given"]), "",
                          "Location temporaire de concentrateur pour une touriste belge hébergée chez sa fille :" if p["sex"] == "F"
                          else "Location temporaire de concentrateur pour un touriste belge hébergé chez sa fille :",
                          "%s, né%s le %s, NISS %s" % (nm, "e" if p["sex"] == "F" else "", dob, nt),
                          "Adresse de séjour : %s" % addr,
                          "%s ; O2 2 L/min 24 h/24 (prescription de son pneumologue à Namur jointe au dossier)." % K.dx("hypox", lang),
                          "Facturation directe à la mutualité, le patient a une assurance voyage.", "", G.staff_sig(rt, lang)])
        subj = "Location concentrateur - visiteur de Belgique"
    else:
        body = "\n".join([hello(c, lang, vend["given"]), "",
                          "Short-term concentrator rental for a Belgian visitor staying with family:",
                          "%s, born %s, Belgian national number (NISS) %s" % (nm, dob, nt),
                          "Local address: %s" % addr,
                          "%s; O2 2 L/min 24 h (prescription from the Namur respirologist on file)." % K.dx("hypox", lang),
                          "Bill the Belgian health fund directly; travel insurance in place.", "", G.staff_sig(rt, lang)])
        subj = "Concentrator rental - visitor from Belgium"
    return b.mail("oxygen", "oxygen rental for a Belgian visitor with national number", who(rt), [who(vend)], subj, d,
                  text=body)


def french_patient(c, lang):
    b = B(c, lang)
    md = c.doctor(lang)
    clerk = c.staff("archives")
    p = c.patient("adult")
    p["dob"] = p["dob"].replace(year=c.num(1996, 2004))
    d = c.when()
    nir = G.make_nir(c.rng, p["dob"], p["sex"])
    b.record("fr_nir", nir)
    nt = c.pick([G.nir_std(nir), nir, G.nir_std(nir).replace(" ", ".")])
    nm = b.name(p, c.pick(["upper_nocomma", "full", "sur_comma"]))
    dob = b.dob(p)
    mr = b.mrn(p)
    b.add("diagnosis", "medication", "lab_result")
    if lang == "fr":
        body = "\n".join([hello(c, lang, clerk["given"]), "",
                          "Pour la demande de remboursement CPAM de l'étudiant%s français%s :" % (("e", "e") if p["sex"] == "F" else ("", "")),
                          "%s - né%s le %s - n° de sécurité sociale %s - dossier %s" % (nm, "e" if p["sex"] == "F" else "", dob, nt, mr),
                          "Visite à l'urgence pour crise d'asthme, DEP %d L/min, traité par salbutamol + ipratropium en nébulisation et "
                          "prednisone 50 mg." % c.num(180, 320),
                          "Peux-tu préparer la facture détaillée et le rapport médical (formulaire SE 401-Q-106) ?", "",
                          md["short"]])
        subj = "Formulaire CPAM - étudiant(e) français(e)"
    else:
        body = "\n".join([hello(c, lang, clerk["given"]), "",
                          "For the French student's CPAM reimbursement claim:",
                          "%s - DOB %s - French social security no. %s - chart %s" % (nm, dob, nt, mr),
                          "ER visit for asthma attack, PEF %d L/min, treated with nebulized salbutamol + ipratropium and "
                          "prednisone 50 mg." % c.num(180, 320),
                          "Could you prepare the itemized invoice and the medical report (form SE 401-Q-106)?", "",
                          md["short"]])
        subj = "CPAM form - French student"
    return b.mail("form", "reimbursement paperwork for a French student with NIR", who(md), [who(clerk)], subj, d, text=body)


def biologic_request(c, lang):
    b = B(c, lang)
    md = c.doctor(lang)
    nurse = c.staff("cer")
    p = c.patient("adult", nam=True, max_year=2004)
    d = c.when()
    ident = b.ident_line(p, plain_nam=c.chance(0.65))
    lab = K.labs_misc(c, lang)
    b.add("diagnosis", "medication", "lab_result")
    drug = c.pick(["Fasenra (benralizumab)", "Nucala (mépolizumab)" if lang == "fr" else "Nucala (mepolizumab)",
                   "Tezspire (tézépélumab)" if lang == "fr" else "Tezspire (tezepelumab)"])
    if lang == "fr":
        body = "\n".join([hello(c, lang, nurse["given"]), "",
                          "Peux-tu remplir la demande de médicament d'exception RAMQ pour %s ?" % drug, "", ident, "",
                          "%s ; %d exacerbations nécessitant prednisone dans les 12 derniers mois ; %s ; %s." % (
                              K.dx("asthma_sev", lang), c.num(2, 5), lab[0], lab[1]),
                          "Sous Symbicort 400/12 BID + Spiriva depuis plus d'un an, observance vérifiée à la pharmacie.", "",
                          "Merci,", md["short"]])
        subj = "Demande médicament d'exception"
    else:
        body = "\n".join([hello(c, lang, nurse["given"]), "",
                          "Can you complete the RAMQ exceptional-medication request for %s?" % drug, "", ident, "",
                          "%s; %d exacerbations requiring prednisone in the last 12 months; %s; %s." % (
                              K.dx("asthma_sev", lang), c.num(2, 5), lab[0], lab[1]),
                          "On Symbicort 400/12 BID + Spiriva for over a year, adherence checked with pharmacy.", "",
                          "Thanks,", md["short"]])
        subj = "Exceptional medication request"
    return b.mail("prescription", "request for biologic coverage with eosinophil results", who(md), [who(nurse)], subj, d,
                  text=body)


def pulm_rehab(c, lang):
    b = B(c, lang)
    md = c.doctor(lang)
    rehab = c.ext("hosp2")
    p = c.patient("senior", nam=c.chance(0.75))
    d = c.when()
    ident = b.ident_line(p)
    b.add("diagnosis", "lab_result", "medication")
    tel = b.contact(p, "phone") if c.chance(0.5) else None
    if lang == "fr":
        body = "\n".join(["Référence - programme de réadaptation pulmonaire", "", ident] +
                         (["Tél. : %s" % tel] if tel else []) +
                         ["", "Dx : %s ; %s" % (K.dx("copd3", lang), ", ".join(K.comorb(c, lang, 2))),
                          K.spiro(c, lang), K.walk(c, lang), "Rx : %s" % "; ".join(K.meds(c, lang, "copd", 2)),
                          "Objectif : autonomie pour les AVQ, retour au chalet cet été.", "", G.staff_sig(md, lang)])
        subj = "Référence réadaptation pulmonaire"
    else:
        body = "\n".join(["Referral - pulmonary rehabilitation program", "", ident] +
                         (["Phone: %s" % tel] if tel else []) +
                         ["", "Dx: %s; %s" % (K.dx("copd3", lang), ", ".join(K.comorb(c, lang, 2))),
                          K.spiro(c, lang), K.walk(c, lang), "Meds: %s" % "; ".join(K.meds(c, lang, "copd", 2)),
                          "Goal: independence in ADLs, back to the cottage this summer.", "", G.staff_sig(md, lang)])
        subj = "Pulmonary rehab referral"
    return b.mail("referral", "pulmonary rehabilitation referral", who(md), [who(rehab)], subj, d, text=body)


def smoking_cessation(c, lang):
    b = B(c, lang)
    edu = c.staff("cer")
    ph = c.ext(c.pick(["pharm1", "pharm2"]))
    p = c.patient("adult")
    d = c.when()
    nm = b.name(p, c.pick(["upper_first", "title_full", "full", "lower"]))
    dob = b.dob(p)
    b.add("medication", "diagnosis")
    if lang == "fr":
        body = "\n".join([hello(c, lang), "",
                          "Ordonnance collective - cessation tabagique (infirmière du Centre MPOC-asthme) :",
                          "%s, DDN %s" % (nm, dob),
                          "Fume 25 cig./jour, MPOC légère. Varénicline (Champix) 0,5 mg DIE x 3 j, puis BID x 4 j, puis 1 mg BID x 11 sem.",
                          "Timbre de nicotine 21 mg en relais si intolérance. Pas d'antécédent psychiatrique déclaré.", "",
                          G.staff_sig(edu, lang)])
        subj = "Ordonnance collective - cessation tabagique"
    else:
        body = "\n".join([hello(c, lang), "",
                          "Collective prescription - smoking cessation (COPD and Asthma Centre nurse):",
                          "%s, DOB %s" % (nm, dob),
                          "Smokes 25 cigs/day, mild COPD. Varenicline (Champix) 0.5 mg daily x 3 d, then BID x 4 d, then 1 mg BID x 11 wk.",
                          "Nicotine patch 21 mg as backup if not tolerated. No psychiatric history reported.", "",
                          G.staff_sig(edu, lang)])
        subj = "Collective prescription - smoking cessation"
    return b.mail("prescription", "smoking cessation prescription to pharmacy", who(edu), [who(ph)], subj, d, text=body)


def alpha1_followup(c, lang):
    b = B(c, lang)
    md = c.doctor(lang)
    gen = c.ext("hosp2")
    p = c.patient("adult", nam=c.chance(0.65))
    d = c.when()
    ident = b.ident_line(p, with_mrn=True)
    b.add("lab_result", "diagnosis")
    lvl = K.fr_num(c.dec(0.15, 0.42, 2), lang)
    if lang == "fr":
        body = "\n".join([hello(c, lang, "Dr " + gen["surname"]), "",
                          "Je vous réfère pour conseil génétique :", ident, "",
                          "Alpha-1 antitrypsine sérique %s g/L, génotypage PiZZ. Emphysème pan-lobulaire aux bases au scan." % lvl,
                          "Ses deux frères n'ont jamais été testés. %s" % K.spiro(c, lang), "", G.staff_sig(md, lang)])
        subj = c.pick(["Référence - déficit alpha-1", "Conseil génétique alpha-1 antitrypsine"])
    else:
        body = "\n".join([hello(c, lang, "Dr. " + gen["surname"]), "",
                          "Referring for genetic counselling:", ident, "",
                          "Serum alpha-1 antitrypsin %s g/L, PiZZ genotype. Basal panlobular emphysema on CT." % lvl,
                          "Two brothers never tested. %s" % K.spiro(c, lang), "", G.staff_sig(md, lang)])
        subj = c.pick(["Referral - alpha-1 deficiency", "Genetic counselling - AATD"])
    return b.mail("referral", "alpha-1 antitrypsin deficiency referral with results", who(md), [who(gen)], subj, d, text=body)


TEMPLATES = [copd_action_plan, asthma_school, dpj_asthma, pharmacy_rx, discharge_summary, disability_insurance,
             ontario_patient, belgian_patient, french_patient, biologic_request, pulm_rehab, smoking_cessation,
             alpha1_followup]
