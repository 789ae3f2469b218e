"""Positive builders, part 3: attached .eml, ZIP exports, foreign identifiers, PD,
youth protection, SIN forms, Ontario referrals, transplant follow-up, CSV waitlists,
HTML letters to patients and terse lowercase handovers."""
import datetime as _dt

import gen_common as C
import gen_clin as K
import gen_files as F
import gen_mime as M
from gen_compose import compose, msg_date
from gen_pos1 import T, who, pick_patient, id_line, dob_str, result


# ------------------------------------------------------------------ 21 attached .eml
def rfc822_forward(rng, lang):
    inst = C.pick_inst(rng, lang)
    a = C.staff(rng, lang, rng.choice(["rn", "pd", "access"]), inst)
    b = C.staff(rng, lang, rng.choice(["chef", "mgr"]), inst)
    q = C.staff(rng, lang, rng.choice(["mgr", "neph"]), inst)
    p = pick_patient(rng, lang, inst)
    idt, it = id_line(rng, p, lang)
    d = msg_date(rng, 1, 10)
    types = ["patient_name", "diagnosis", "medication"] + it
    if lang == "fr":
        inner_subj = rng.choice(["Événement indésirable – unité HD", "Déclaration AH-223 à compléter", "Incident ce matin"])
        inner_body = (f"{C.greet(rng, 'fr', b.given)}\n\nIncident ce matin au quart AM : {C.title(p, 'fr')} {p.given} {p.surname} "
                      f"({idt}) a reçu {rng.choice(['5000 U d héparine au lieu de 1000 U', 'sa dose d époétine deux fois', 'du fer sucrose malgré une allergie documentée'])}. "
                      f"Saignement prolongé au site de ponction de la {rng.choice(K.ACCESS['fr'][:3])}, contrôlé après 35 min. "
                      f"Néphrologue avisé, patient(e) stable.\n\nDéclaration AH-223 à compléter.\n\n{a.given}")
        outer_subj = rng.choice([f"TR: {inner_subj}", "Pour le comité de gestion des risques", "À discuter jeudi"])
        outer_body = (f"{C.greet(rng, 'fr', q.given)}\n\n" + rng.choice(["Voir le message ci-joint.", "Je te mets le courriel original en pièce jointe.",
                                                                        "Pour info, courriel d'origine joint."])
                      + f"\n\n{C.signature(rng, b, 'fr')}")
    else:
        inner_subj = rng.choice(["Incident – HD unit", "Safety report to file", "Event this morning"])
        inner_body = (f"{C.greet(rng, 'en', b.given)}\n\nIncident on AM shift: {p.given} {p.surname} ({idt}) received "
                      f"{rng.choice(['5000 U heparin instead of 1000 U', 'their epoetin dose twice', 'iron sucrose despite a documented allergy'])}. "
                      f"Prolonged bleeding at the needle site of the {rng.choice(K.ACCESS['en'][:3])}, controlled after 35 min. "
                      f"Nephrologist aware, patient stable.\n\nSafety report to be filed.\n\n{a.given}")
        outer_subj = rng.choice([f"FW: {inner_subj}", "For the risk committee", "To discuss Thursday"])
        outer_body = (f"{C.greet(rng, 'en', q.given)}\n\n" + rng.choice(["See attached message.", "Original email attached.",
                                                                        "FYI, attaching the original."])
                      + f"\n\n{C.signature(rng, b, 'en')}")
    inner = compose(rng, lang=lang, sex=p.sex, frm=who(a, lang), to=[who(b, lang)], subject=inner_subj, body=inner_body,
                    date=d, crlf=False)
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(b, lang), to=[who(q, lang)], subject=outer_subj, body=outer_body,
                  date=d + _dt.timedelta(hours=rng.randint(1, 48)),
                  attachments=[dict(kind="eml", data=inner,
                                    filename=rng.choice([None, f"{inner_subj}.eml", "message.eml"]))])
    return result("rfc822_forward", lang, types, "PHI only inside an attached message/rfc822", raw)


# ------------------------------------------------------------------ 22 ZIP export
def zip_export(rng, lang):
    inst = C.pick_inst(rng, lang)
    a = C.staff(rng, lang, rng.choice(["chef", "mgr", "clerk"]), inst)
    b = C.staff(rng, lang, rng.choice(["neph", "mgr"]), inst)
    month = rng.randint(1, 10)
    head = (["Nom", "Prénom", "Dossier", "Kt/V", "RRU %", "Hb", "Albumine", "Accès"] if lang == "fr"
            else ["Last", "First", "MRN", "Kt/V", "URR %", "Hb", "Albumin", "Access"])
    rows = [head]
    has_nam = False
    for _ in range(rng.randint(8, 16)):
        p = pick_patient(rng, lang, inst, nam=False)
        rows.append([p.surname, p.given, p.mrn, f"{rng.uniform(1.0, 1.8):.2f}", str(rng.randint(58, 79)),
                     str(rng.randint(85, 128)), str(rng.randint(27, 42)), rng.choice(K.ACCESS[lang][:6])])
    delim = ";" if lang == "fr" else ","
    csvb = F.make_csv(rows, delimiter=delim, encoding=rng.choice(["utf-8", "cp1252"]), bom=rng.random() < 0.3)
    readme = ("Extraction automatique – ne pas diffuser hors du programme.\n" if lang == "fr"
              else "Automated extract – do not distribute outside the program.\n").encode("utf-8")
    fname = (f"adequation_{2025}-{month:02d}.csv" if lang == "fr" else f"adequacy_2025-{month:02d}.csv")
    z = F.make_zip([(fname, csvb), ("LISEZMOI.txt" if lang == "fr" else "README.txt", readme)])
    zname = rng.choice([f"export_qualite_{month:02d}.zip", "rapport.zip"] if lang == "fr" else
                       [f"QI_export_{month:02d}.zip", "report.zip"])
    if lang == "fr":
        subj = rng.choice(["Export mensuel adéquation", "Indicateurs qualité – données brutes", "Fichier pour l'audit"])
        body = f"{C.greet(rng, 'fr', b.given)}\n\nVoici l'extraction du mois (zip, mot de passe par téléphone... finalement non, pas de mot de passe).\n\n{C.signature(rng, a, 'fr')}"
    else:
        subj = rng.choice(["Monthly adequacy export", "QI indicators – raw data", "File for the audit"])
        body = f"{C.greet(rng, 'en', b.given)}\n\nHere's this month's extract (zipped).\n\n{C.signature(rng, a, 'en')}"
    raw = compose(rng, lang=lang, frm=who(a, lang), to=[who(b, lang)], subject=subj, body=body,
                  attachments=[dict(kind="zip", data=z, filename=zname)])
    return result("zip_export", lang, ["mrn", "patient_name", "lab_result"], "ZIP with per-patient adequacy CSV", raw)


# ------------------------------------------------------------------ 23 travel dialysis (foreign)
def travel_dialysis(rng, lang):
    country = "BE" if lang == "fr" else "FR"
    p = C.foreign_patient(rng, country)
    inst = C.pick_inst(rng, lang)
    host = C.staff(rng, lang, rng.choice(["chef", "clerk"]), inst)
    home_unit = ("Centre de dialyse – Clinique Saint-Materne, Namur" if country == "BE"
                 else "Unité d'hémodialyse – Centre hospitalier de Vienne-Sud")
    home_mail = "dialyse@stmaterne.example" if country == "BE" else "hemodialyse@ch-viennesud.example"
    idv = (f"NISS : {C.fmt_niss(p.niss, rng.randint(0, 3))}" if country == "BE"
           else f"N° de sécurité sociale (NIR) : {C.fmt_nir(p.nir, rng.randint(0, 3))}")
    start = _dt.date(2025, rng.randint(5, 9), rng.randint(1, 20))
    sero = K.SEROLOGY["fr"](rng)
    dw = f"{rng.uniform(55, 95):.1f}".replace(".", ",")
    cause = rng.choice(K.CAUSES["fr"])
    presc = (f"Prescription : 4 h, Qb 350, dialysat K 2 / Ca 1,5, héparine 2000 U bolus puis 1000 U/h, "
             f"poids sec {dw} kg, accès {rng.choice(K.ACCESS['fr'][:3])}. EPO 4000 U IV 3x/sem.")
    types = ["be_niss" if country == "BE" else "fr_nir", "patient_name", "date_of_birth", "diagnosis",
             "lab_result", "medication"]
    body_fr = (f"Madame, Monsieur,\n\nNous sollicitons l'accueil en dialyse de vacances de notre patient(e) "
               f"{p.given} {p.surname.upper()}, né(e) le {p.dob:%d/%m/%Y}, {idv}, du {start:%d/%m/%Y} au "
               f"{start + _dt.timedelta(days=21):%d/%m/%Y} (séjour à {C.INST[inst]['city']}).\n\n"
               f"Néphropathie initiale : {cause}. En hémodialyse depuis 2019.\n{presc}\nSérologies : {sero}.\n"
               f"Dernier bilan : Hb 108 g/L, K 5,1 mmol/L, albumine 36 g/L.\n\n"
               f"Vous trouverez ci-joint le dossier de dialyse complet.\n\nBien cordialement,\n"
               f"Dr {rng.choice(['Philippe', 'Anne', 'Marc', 'Isabelle'])} {rng.choice(['Delvaux', 'Renard', 'Mathieu', 'Lambrechts'])}\n{home_unit}")
    body_fr = C.gz(body_fr, p.sex)
    if lang == "fr":
        subj = rng.choice(["Demande de dialyse vacances", f"Dialyse de passage – {p.surname.upper()} {p.given}",
                           "TR: demande d'accueil en dialyse été 2025"])
        body = (f"{C.greet(rng, 'fr')}\n\nDemande reçue d'Europe pour cet été. On a de la place au quart MJS soir? "
                f"Le dossier est joint.\n\n{C.signature(rng, host, 'fr')}\n\n-------- Message d'origine --------\n"
                f"De : {home_unit} <{home_mail}>\nObjet : Demande de dialyse vacances\n\n{body_fr}")
    else:
        subj = rng.choice(["Holiday dialysis request (Europe)", f"Transient patient – {p.surname.upper()} {p.given}",
                           "FW: summer visiting dialysis request"])
        body = (f"{C.greet(rng, 'en')}\n\nGot this request from Europe (in French, sorry). Do we have room on TTS PM? "
                f"Chart attached.\n\n{C.signature(rng, host, 'en')}\n\n-------- Original Message --------\n"
                f"From: {home_unit} <{home_mail}>\nSubject: Demande de dialyse vacances\n\n{body_fr}")
    paras = [f"Patient(e) : {p.surname.upper()} {p.given}", f"Date de naissance : {p.dob:%d/%m/%Y}", idv,
             f"Néphropathie : {cause}", presc, f"Sérologies : {sero}",
             "Dernières séances : PA pré 148/82, post 126/70; prise de poids 2,1 kg; pas d'incident."]
    paras = [C.gz(x, p.sex) for x in paras]
    att = F.make_pdf("Dossier de dialyse – séjour temporaire", paras, compress=rng.random() < 0.5)
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(host, lang), to=[who(C.staff(rng, lang, "neph", inst), lang)], subject=subj,
                  body=body, attachments=[dict(kind="pdf", data=att, filename=rng.choice(
                      ["dossier_dialyse.pdf", f"{p.surname}_dossier_dialyse.pdf", "Fiche de liaison.pdf"]))])
    return result("travel_dialysis", lang, types, "holiday dialysis request for a European visitor with national ID", raw)


# ------------------------------------------------------------------ 24 foreign records
def foreign_records(rng, lang):
    country = "FR" if lang == "fr" else "BE"
    p = C.foreign_patient(rng, country)
    inst = rng.choice(["chues", "hse", "wlh", "stb"] if lang == "en" else ["chues", "hse", "chtr"])
    tx = C.staff(rng, lang, "tx", inst)
    neph = C.staff(rng, lang, "neph", inst)
    idv = (C.fmt_nir(p.nir, rng.randint(0, 3)) if country == "FR" else C.fmt_niss(p.niss, rng.randint(0, 3)))
    city = "Lyon" if country == "FR" else "Liège"
    yr = rng.randint(2012, 2021)
    meds = rng.sample(K.MEDS["fr"][7:11], 3)
    paras = [f"{'Hospices civils – Service de transplantation' if country == 'FR' else 'CHU – Service de néphrologie-transplantation'}, {city}",
             f"Patient(e) : {p.surname.upper()} {p.given}, né(e) le {p.dob:%d/%m/%Y}",
             f"{'NIR' if country == 'FR' else 'NISS'} : {idv}",
             f"Greffe rénale de donneur {rng.choice(['décédé', 'vivant (conjoint)'])} en {yr} pour {rng.choice(K.CAUSES['fr'])}.",
             f"Traitement immunosuppresseur : {'; '.join(meds)}.",
             f"Créatinine de base {rng.randint(105, 160)} µmol/L; dernier taux résiduel de tacrolimus {rng.uniform(5, 8):.1f} µg/L.".replace(".", ",", 1),
             f"Complications : {rng.choice(['épisode de rejet aigu traité en ' + str(yr + 1), 'virémie CMV en ' + str(yr + 1), 'aucune'])}.",
             "Le/la patient(e) s'installe au Canada; merci d'assurer le relais du suivi."]
    paras = [C.gz(x, p.sex) for x in paras]
    doc = F.make_docx("Lettre de transfert", paras) if rng.random() < 0.5 else F.make_pdf("Lettre de transfert", paras)
    ext = "docx" if doc[:2] == b"PK" else "pdf"
    types = ["fr_nir" if country == "FR" else "be_niss", "patient_name", "date_of_birth", "diagnosis",
             "medication", "lab_result"]
    if lang == "fr":
        subj = rng.choice(["Nouveau greffé arrivant d'Europe", "Transfert de suivi – greffe rénale", "Dossier reçu de " + city])
        body = (f"{C.greet(rng, 'fr', neph.given)}\n\nNous avons reçu la lettre de transfert ci-jointe pour un(e) greffé(e) "
                f"qui s'installe dans la région. Premier rendez-vous à prévoir d'ici 4 semaines (réserve de médicaments limitée).\n\n"
                f"{C.signature(rng, tx, 'fr')}")
    else:
        subj = rng.choice(["New transplant recipient arriving from Europe", "Transfer of care – kidney tx", f"Records from {city}"])
        body = (f"{C.greet(rng, 'en', neph.given)}\n\nWe received the attached transfer letter (French) for a kidney "
                f"recipient moving here. Needs first visit within 4 weeks – limited medication supply.\n\n{C.signature(rng, tx, 'en')}")
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(tx, lang), to=[who(neph, lang)], subject=subj, body=body,
                  attachments=[dict(kind=ext, data=doc, filename=rng.choice([f"Lettre_transfert.{ext}", f"transfert {p.surname}.{ext}"]))])
    return result("foreign_records", lang, types, "European transplant transfer letter with national number", raw)


# ------------------------------------------------------------------ 25 PD peritonitis
def pd_peritonitis(rng, lang):
    inst = C.pick_inst(rng, lang)
    pd = C.staff(rng, lang, "pd", inst)
    neph = C.staff(rng, lang, "neph", inst)
    p = pick_patient(rng, lang, inst)
    wbc = rng.randint(180, 2400)
    neut = rng.randint(70, 95)
    org_fr = rng.choice(["S. epidermidis", "S. aureus", "E. coli", "culture en cours", "Pseudomonas aeruginosa"])
    idt, it = id_line(rng, p, lang)
    types = ["patient_name", "diagnosis", "lab_result", "medication"] + it
    home = rng.random() < 0.5
    if home:
        types += ["patient_contact"]
    if lang == "fr":
        subj = rng.choice([f"Péritonite DP – {p.surname}", "Liquide trouble – suivi", f"DP {C.title(p, 'fr')} {p.surname} – culture"])
        body = (f"{C.greet(rng, 'fr', neph.display('fr'))}\n\n{C.title(p, 'fr')} {p.given} {p.surname} ({idt}) s'est présenté(e) "
                f"avec un liquide trouble et douleur abdominale. GB dans le liquide {wbc}/mm³, {neut} % neutrophiles. "
                f"Gram : {rng.choice(['cocci Gram +', 'bacilles Gram -', 'négatif'])}. Culture : {org_fr}.\n\n"
                "Débuté céfazoline 1 g + ceftazidime 1 g IP dans l'échange de nuit selon protocole. "
                + ("Visite à domicile prévue demain pour revoir la technique d'échange"
                   f" ({p.address}, tél. {p.phone})." if home else "Revoir en clinique DP dans 48 h.")
                + f"\n\n{C.signature(rng, pd, 'fr')}")
    else:
        subj = rng.choice([f"PD peritonitis – {p.surname}", "Cloudy effluent – follow-up", f"PD {p.surname} – culture"])
        body = (f"{C.greet(rng, 'en', neph.display('en'))}\n\n{p.given} {p.surname} ({idt}) came in with cloudy effluent and "
                f"abdominal pain. Effluent WBC {wbc}/uL, {neut}% PMN. Gram stain: "
                f"{rng.choice(['Gram + cocci', 'Gram - rods', 'negative'])}. Culture: {org_fr.replace('culture en cours', 'pending')}.\n\n"
                "Started IP cefazolin 1 g + ceftazidime 1 g in the long dwell per protocol. "
                + (f"Home visit tomorrow to review exchange technique ({p.address}, ph {p.phone})." if home
                   else "Back to PD clinic in 48 h.") + f"\n\n{C.signature(rng, pd, 'en')}")
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(pd, lang), to=[who(neph, lang)], subject=subj, body=body)
    return result("pd_peritonitis", lang, types, "peritoneal dialysis peritonitis with effluent counts and antibiotics", raw)


# ------------------------------------------------------------------ 26 youth protection
def youth_protection(rng, lang):
    if lang == "fr":
        inst = rng.choice(["hse", "chues"])
        p = C.nam_patient(rng, 4, 16, "QC", "fr", inst)
    else:
        inst = rng.choice(["nbgh", "rvrkc", "wlh"])
        p = (C.nam_patient(rng, 4, 16, "QC", "en", inst) if inst == "wlh"
             else C.new_patient(rng, "en", "ON", 4, 15, inst))
    sw = C.staff(rng, lang, "sw", inst)
    neph = C.staff(rng, lang, "neph", inst)
    parent = rng.choice(["la mère", "le père"]) if lang == "fr" else rng.choice(["mother", "father", "parents"])
    dx = rng.choice(["syndrome néphrotique corticorésistant", "dysplasie rénale bilatérale en DP",
                     "IRC stade 4 sur valves de l'urètre postérieur"] if lang == "fr" else
                    ["steroid-resistant nephrotic syndrome", "bilateral renal dysplasia on PD",
                     "CKD 4 from posterior urethral valves"])
    idt, it = id_line(rng, p, lang)
    types = ["patient_name", "date_of_birth", "diagnosis", "social_information", "medication"] + it
    if lang == "fr":
        subj = rng.choice(["Signalement DPJ – suivi", "Confidentiel – situation familiale patient pédiatrique",
                           f"Rencontre DPJ {p.surname}"])
        body = (f"{C.greet(rng, 'fr', neph.display('fr'))}\n\nUn signalement a été retenu par la DPJ pour {p.given} {p.surname} "
                f"({dob_str(rng, p, 'fr')}; {idt}), suivi(e) pour {dx}. Motif : négligence sur le plan de la santé – "
                f"{rng.randint(3, 7)} rendez-vous manqués et prednisone/tacrolimus non administrés selon les dosages; "
                f"{parent} {rng.choice(['vit une situation de logement instable', 'a des problèmes de consommation', 'est dépassé' + ('e' if parent == 'la mère' else '') + ' par la situation'])}.\n\n"
                f"L'intervenante de la DPJ souhaite une rencontre avec l'équipe mardi. Peux-tu être présent(e)?\n\n{C.signature(rng, sw, 'fr')}")
    else:
        who_ = "CAS" if inst != "wlh" else "DYP (youth protection)"
        subj = rng.choice([f"{who_} report – follow-up", "Confidential – family situation, peds renal", f"{who_} meeting re {p.surname}"])
        body = (f"{C.greet(rng, 'en', neph.display('en'))}\n\n{who_} has opened a file for {p.given} {p.surname} "
                f"({dob_str(rng, p, 'en')}; {idt}), followed for {dx}. Concern: medical neglect – "
                f"{rng.randint(3, 7)} missed visits and prednisone/tacrolimus not given as prescribed; "
                f"{parent} {rng.choice(['in unstable housing', 'struggling with substance use', 'overwhelmed'])}.\n\n"
                f"The worker would like a team meeting Tuesday. Can you attend?\n\n{C.signature(rng, sw, 'en')}")
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(sw, lang), to=[who(neph, lang)], subject=subj, body=body,
                  importance=rng.choice([None, "High"]))
    return result("youth_protection", lang, types, "pediatric renal patient with youth protection involvement", raw)


# ------------------------------------------------------------------ 27 SIN on disability form
def disability_form(rng, lang):
    inst = C.pick_inst(rng, lang)
    sw = C.staff(rng, lang, rng.choice(["sw", "clerk"]), inst)
    neph = C.staff(rng, lang, "neph", inst)
    p = pick_patient(rng, lang, inst, amin=30, amax=64)
    p.sin = C.make_sin(rng)
    st = rng.randint(0, 5)
    types = ["ca_sin", "patient_name", "date_of_birth", "diagnosis", "patient_contact", "social_information"]
    if lang == "fr":
        title = rng.choice(["Demande de rente d'invalidité – rapport médical", "Formulaire assurance salaire – attestation"])
        paras = [f"Nom : {p.surname}   Prénom : {p.given}", f"NAS : {C.fmt_sin(p.sin, st)}",
                 f"Date de naissance : {dob_str(rng, p, 'fr')}", f"Adresse : {p.address}", f"Téléphone : {p.phone}",
                 f"Diagnostic : insuffisance rénale terminale ({rng.choice(K.CAUSES['fr'])}), hémodialyse 3 x 4 h/sem.",
                 "Limitations : fatigue post-dialyse, incapable d'occuper son emploi de " +
                 rng.choice(["camionneur", "préposée aux bénéficiaires", "mécanicien", "caissière"]) + " depuis 2024.",
                 "Revenu actuel : prestations d'assurance-emploi maladie terminées."]
        subj = rng.choice(["Formulaire à signer – invalidité", "Rapport médical à compléter SVP", "Formulaire RRQ"])
        body = (f"{C.greet(rng, 'fr', neph.display('fr'))}\n\nJ'ai prérempli la section 1 du formulaire. Il manque votre "
                f"signature et la section médicale. Le/la patient(e) n'a plus de revenu depuis 2 mois.\n\n{C.signature(rng, sw, 'fr')}")
        fname = rng.choice(["Formulaire_invalidite.pdf", "rapport medical.docx", f"{p.surname}_invalidité.pdf"])
    else:
        title = rng.choice(["CPP Disability – Medical Report", "Long-term disability – attending physician statement"])
        paras = [f"Last name: {p.surname}   First name: {p.given}", f"SIN: {C.fmt_sin(p.sin, st)}",
                 f"Date of birth: {dob_str(rng, p, 'en')}", f"Address: {p.address}", f"Phone: {p.phone}",
                 f"Diagnosis: end-stage kidney disease ({rng.choice(K.CAUSES['en'])}), hemodialysis 3 x 4 h/week.",
                 "Limitations: post-dialysis fatigue, unable to work as a " +
                 rng.choice(["truck driver", "PSW", "mechanic", "cashier"]) + " since 2024.",
                 "Current income: EI sickness benefits exhausted."]
        subj = rng.choice(["Form to sign – disability", "Medical report to complete please", "CPP-D form"])
        body = (f"{C.greet(rng, 'en', neph.display('en'))}\n\nI've pre-filled section 1. Needs your signature and the medical "
                f"section. Patient has had no income for 2 months.\n\n{C.signature(rng, sw, 'en')}")
        fname = rng.choice(["CPPD_form.pdf", "medical report.docx", f"{p.surname}_disability.pdf"])
    data = F.make_docx(title, paras) if fname.endswith(".docx") else F.make_pdf(title, paras, compress=rng.random() < 0.5)
    raw = compose(rng, lang=lang, sex=p.sex, frm=who(sw, lang), to=[who(neph, lang)], subject=subj, body=body,
                  attachments=[dict(kind=fname.rsplit(".", 1)[1], data=data, filename=fname)])
    return result("disability_form", lang, types, "disability form with SIN for a dialysis patient", raw)


# ------------------------------------------------------------------ 28 Ontario referral
def ohip_referral(rng, lang):
    inst = rng.choice(["hceo"]) if lang == "fr" else rng.choice(["nbgh", "rvrkc", "slhs", "thsd"])
    clerk = C.staff(rng, lang, "clerk", inst)
    p = C.new_patient(rng, lang, "ON", 30, 85, inst)
    dest = C.staff(rng, lang, rng.choice(["clerk", "neph"]), "rvrkc" if inst != "rvrkc" else "nbgh")
    st = rng.randint(0, 5)
    egfr = rng.randint(9, 19)
    types = ["ca_health_number", "patient_name", "date_of_birth", "diagnosis", "lab_result", "patient_contact"]
    if lang == "fr":
        subj = rng.choice(["Référence – clinique d'IRC avancée", "Nouvelle référence néphro", "Demande de rendez-vous prioritaire"])
        body = (f"{C.greet(rng, 'fr')}\n\nNouvelle référence de notre clinique :\n\n{p.given} {p.surname}\n"
                f"Date de naissance : {dob_str(rng, p, 'fr')}\nCarte Santé Ontario : {C.fmt_ohip(p.ohip, p.ohip_vc, st)}\n"
                f"Tél. : {p.phone}\nAdresse : {p.address}\n\nMotif : IRC stade 5, DFGe {egfr}, protéinurie néphrotique. "
                f"Prière de prioriser – préfère les services en français.\n\n{C.signature(rng, clerk, 'fr')}")
    else:
        subj = rng.choice(["Referral – advanced CKD clinic", "New nephrology referral", "Priority appointment request"])
        body = (f"{C.greet(rng, 'en')}\n\nNew referral from our clinic:\n\n{p.given} {p.surname}\n"
                f"DOB: {dob_str(rng, p, 'en')}\nHealth card: {C.fmt_ohip(p.ohip, p.ohip_vc, st)}\n"
                f"Phone: {p.phone}\nAddress: {p.address}\n\nReason: CKD G5, eGFR {egfr}, nephrotic-range proteinuria. "
                f"Please prioritize.\n\n{C.signature(rng, clerk, 'en')}")
    raw = compose(rng, lang=lang, frm=who(clerk, lang), to=[who(dest, lang)], subject=subj, body=body)
    return result("ohip_referral", lang, types, "Ontario referral with health card number", raw)


# ------------------------------------------------------------------ 29 transplant follow-up
def transplant_followup(rng, lang):
    inst = rng.choice(["chues", "hse"]) if lang == "fr" else rng.choice(["stb", "wlh", "nbgh"])
    tx = C.staff(rng, lang, "tx", inst)
    neph = C.staff(rng, lang, "neph", inst)
    p = pick_patient(rng, lang, inst, amin=22, amax=75)
    labs = K.lab_panel(rng, lang, "tx")
    lab_s = "\n".join(f"  {a}: {b} {c}".rstrip() for a, b, c in labs)
    idt, it = id_line(rng, p, lang)
    mo = rng.randint(2, 30)
    types = ["patient_name", "lab_result", "medication", "diagnosis"] + it
    if lang == "fr":
        subj = rng.choice([f"Suivi post-greffe – {p.surname}", f"Labos greffe {p.surname} {p.given[0]}.", "Clinique de greffe – à revoir"])
        body = (f"{C.greet(rng, 'fr', neph.display('fr'))}\n\n{p.given} {p.surname} ({idt}), greffe rénale il y a {mo} mois.\n"
                f"Labos d'hier :\n{lab_s}\n\n" + rng.choice(["Tacrolimus trop haut, tremblements rapportés : diminuer à 3 mg BID?",
                                                          "BK en hausse : diminuer le mycophénolate à 500 mg BID?",
                                                          "Créatinine en hausse de 25 % : biopsie du greffon à planifier?"])
                + f"\n\n{C.signature(rng, tx, 'fr')}")
    else:
        subj = rng.choice([f"Post-tx follow-up – {p.surname}", f"Tx labs {p.surname} {p.given[0]}.", "Transplant clinic – to review"])
        body = (f"{C.greet(rng, 'en', neph.display('en'))}\n\n{p.given} {p.surname} ({idt}), kidney transplant {mo} months ago.\n"
                f"Yesterday's labs:\n{lab_s}\n\n" + rng.choice(["Tac high with tremor reported – drop to 3 mg BID?",
                                                             "BK rising – reduce MMF to 500 mg BID?",
                                                             "Creatinine up 25% – plan graft biopsy?"])
                + f"\n\n{C.signature(rng, tx, 'en')}")
    raw = compose(rng, lang=lang, frm=who(tx, lang), to=[who(neph, lang)], subject=subj, body=body)
    return result("transplant_followup", lang, types, "post-transplant labs with immunosuppression question", raw)


# ------------------------------------------------------------------ 30 waitlist CSV
def waitlist_csv(rng, lang):
    inst = rng.choice(["chues", "hse"]) if lang == "fr" else rng.choice(["stb", "wlh"])
    a = C.staff(rng, lang, "tx", inst)
    b = C.staff(rng, lang, rng.choice(["mgr", "neph"]), inst)
    qc = C.INST[inst]["prov"] == "QC"
    head = (["Nom", "Prénom", "DDN", "NAM", "ABO", "PRA %", "Début dialyse", "Statut"] if lang == "fr" else
            ["Last", "First", "DOB", "RAMQ" if qc else "HCN", "ABO", "cPRA %", "Dialysis start", "Status"])
    rows = [head]
    nam_used = False
    for _ in range(rng.randint(7, 14)):
        p = pick_patient(rng, lang, inst, amin=20, amax=72, nam=qc)
        ident = C.fmt_nam(p.nam, 1) if p.nam else (p.ohip or "")
        nam_used |= bool(p.nam)
        rows.append([p.surname, p.given, p.dob.isoformat(), ident, K.blood_group(rng), str(rng.choice([0, 0, 14, 52, 88, 99])),
                     f"20{rng.randint(17, 24)}-{rng.randint(1, 12):02d}", rng.choice(
                         ["actif", "actif", "suspendu – infection", "suspendu – évaluation cardiaque", "en évaluation"] if lang == "fr"
                         else ["active", "active", "on hold – infection", "on hold – cardiac w/u", "in work-up"])])
    csvb = F.make_csv(rows, delimiter=";" if lang == "fr" else ",", encoding=rng.choice(["utf-8", "cp1252"]))
    types = ["patient_name", "date_of_birth"] + (["ramq_nam"] if nam_used else []) + \
        (["ca_health_number"] if not qc else [])
    fname = rng.choice(["liste_attente_greffe.csv", f"LA_rein_{rng.randint(1, 12):02d}.csv"] if lang == "fr"
                       else ["waitlist_export.csv", f"kidney_WL_{rng.randint(1, 12):02d}.csv"])
    if lang == "fr":
        subj = rng.choice(["Liste d'attente à jour", "Export liste d'attente rein", "Pour la réunion de sélection"])
        body = f"{C.greet(rng, 'fr', b.given)}\n\nExport de la liste d'attente en date d'aujourd'hui.\n\n{C.signature(rng, a, 'fr')}"
    else:
        subj = rng.choice(["Updated waitlist", "Kidney waitlist export", "For the selection meeting"])
        body = f"{C.greet(rng, 'en', b.given)}\n\nWaitlist export as of today.\n\n{C.signature(rng, a, 'en')}"
    raw = compose(rng, lang=lang, frm=who(a, lang), to=[who(b, lang)], subject=subj, body=body,
                  attachments=[dict(kind="csv", data=csvb, filename=fname,
                                    charset="utf-8" if csvb[:3] == b"\xef\xbb\xbf" or _is_utf8(csvb) else "windows-1252")])
    return result("waitlist_csv", lang, types, "transplant waitlist CSV export", raw)


def _is_utf8(b):
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


# ------------------------------------------------------------------ 31 HTML letter to patient
def appointment_letter(rng, lang):
    inst = C.pick_inst(rng, lang)
    clerk = C.staff(rng, lang, "clerk", inst)
    neph = C.staff(rng, lang, "neph", inst)
    p = pick_patient(rng, lang, inst, nam=rng.random() < 0.3)
    d = _dt.date(2025, rng.randint(2, 11), rng.randint(1, 28))
    hh = rng.choice(["8 h 30", "9 h 15", "10 h 00", "13 h 30"]) if lang == "fr" else rng.choice(["8:30", "9:15", "10:00", "13:30"])
    types = ["patient_name", "patient_contact", "diagnosis"]
    if lang == "fr":
        subj = rng.choice(["Rappel de rendez-vous – clinique de prédialyse", "Votre rendez-vous en néphrologie",
                           "Confirmation de rendez-vous"])
        txt = (f"Bonjour {C.title(p, 'fr')} {p.surname},\n\nNous vous rappelons votre rendez-vous à la clinique d'insuffisance rénale "
               f"avancée le {C.fmt_date(d, 'fr', 1)} à {hh} avec {neph.display('fr')}.\n\nMerci d'apporter tous vos médicaments "
               f"(y compris l'insuline) et votre carnet de glycémies. Une prise de sang est prévue 30 minutes avant; "
               f"vous pouvez manger normalement.\n\nSi vous ne pouvez pas vous présenter, appelez au {C.phone(rng, C.INST[inst]['city'])}.\n\n"
               f"{C.INST[inst]['name']}\n{C.INST[inst]['addr']}")
    else:
        subj = rng.choice(["Appointment reminder – Kidney Care Clinic", "Your nephrology appointment", "Appointment confirmation"])
        txt = (f"Dear {C.title(p, 'en')} {p.surname},\n\nThis is a reminder of your appointment at the advanced kidney disease "
               f"clinic on {C.fmt_date(d, 'en', 1)} at {hh} with {neph.display('en')}.\n\nPlease bring all your medications "
               f"(including insulin) and your glucose log. Bloodwork is 30 minutes before; you do not need to fast.\n\n"
               f"If you cannot attend, call {C.phone(rng, C.INST[inst]['city'])}.\n\n{C.INST[inst]['name']}\n{C.INST[inst]['addr']}")
    types.append("medication")
    raw = compose(rng, lang=lang, sex=p.sex, frm=(C.INST[inst]["name"], f"rendezvous@{C.INST[inst]['dom']}"),
                  to=[(f"{p.given} {p.surname}", p.email)], subject=subj, body=txt, layout="html")
    return result("appointment_letter", lang, types, "HTML-only appointment reminder sent to the patient's own e-mail", raw)


# ------------------------------------------------------------------ 32 terse lowercase handover
def terse_handover(rng, lang):
    inst = C.pick_inst(rng, lang)
    a = C.staff(rng, lang, "rn", inst)
    b = C.staff(rng, lang, "rn", inst)
    lines = []
    ttypes = {"patient_name"}
    for _ in range(rng.randint(3, 5)):
        p = pick_patient(rng, lang, inst, nam=False)
        nm = rng.choice([f"{p.given[0].lower()}. {p.surname.lower()}", f"{p.surname.lower()}",
                         f"{p.surname.lower()} {p.given[0].lower()}", f"mme {p.surname.lower()}" if p.sex == "F" and lang == "fr"
                         else f"{p.given.lower()} {p.surname.lower()}"])
        ch = rng.randint(1, 22)
        idx = rng.randint(0, 4)
        ttypes.update([["lab_result"], ["lab_result"], ["diagnosis"], ["lab_result", "diagnosis"], ["medication"]][idx])
        item = ([f"ch {ch} {nm} – hb {rng.randint(66, 79)}, transfusé 1 cu", f"ch {ch} {nm} – k {rng.randint(60, 69) / 10}, bain 1k",
                           f"ch {ch} {nm} – fav coagulée, ir demain", f"ch {ch} {nm} – hypo 2.9 en fin de tx, jus donné",
                           f"ch {ch} {nm} – refuse héparine, rinçages q30"] if lang == "fr" else
                          [f"ch {ch} {nm} - hb {rng.randint(66, 79)}, 1 unit prbc given", f"ch {ch} {nm} - k {rng.randint(60, 69) / 10}, 1k bath",
                           f"ch {ch} {nm} - clotted avf, ir tmrw", f"ch {ch} {nm} - bg 2.9 end of tx, juice given",
                           f"ch {ch} {nm} - refused heparin, flushes q30"])[idx]
        lines.append(item)
    body = (("salut, vite fait pour ce soir:\n" if lang == "fr" else "hey quick handover for tonight:\n")
            + "\n".join(lines) + "\n\n" + a.given[0].lower())
    subj = rng.choice(["passation", "pour ce soir", "fyi", "rapport"]) if lang == "fr" else rng.choice(["handover", "for tonight", "fyi", "report"])
    raw = compose(rng, lang=lang, frm=who(a, lang), to=[who(b, lang)], subject=subj, body=body, layout="plain",
                  charset=rng.choice(["us-ascii", "utf-8"]) if lang == "en" else None)
    return result("terse_handover", lang, sorted(ttypes),
                  "terse lowercase nursing handover with names and values", raw)


BUILDERS = [(rfc822_forward, 4), (zip_export, 3), (travel_dialysis, 4), (foreign_records, 3),
            (pd_peritonitis, 4), (youth_protection, 3), (disability_form, 4), (ohip_referral, 3),
            (transplant_followup, 4), (waitlist_csv, 3), (appointment_letter, 3), (terse_handover, 3)]
