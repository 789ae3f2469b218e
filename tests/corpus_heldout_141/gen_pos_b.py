"""Positive templates, part B: insurers, access programmes, RAMQ, pharmacies, labs, transport, social."""
import datetime as dt

import gen_common as C
import gen_docs as D
from gen_clin import dx_art, DX, IV, IV_BY_DX, BACKGROUND, Draft, dx_name, iv_dose, labs_inflam, labs_cbc, \
    labs_liver, labs_lupus, qft_result, weight_kg
from gen_mime import Att
from gen_pos_a import workday, clinic_box, ext_doc

CL = C.CLINIC

SC_BIO = [("adalimumab", ["Hadlima", "Hyrimoz", "Amgevita", "Yuflyma", "Simlandi"], "40 mg s.c. aux 2 semaines", "40 mg SC every 2 weeks"),
          ("étanercept", ["Brenzys", "Erelzi"], "50 mg s.c. 1x/semaine", "50 mg SC weekly"),
          ("sécukinumab", ["Cosentyx"], "150 mg s.c. sem. 0-4 puis aux 4 sem.", "150 mg SC weeks 0-4 then q4w"),
          ("upadacitinib", ["Rinvoq"], "15 mg PO die", "15 mg PO daily"),
          ("tocilizumab", ["Actemra SC"], "162 mg s.c. 1x/semaine", "162 mg SC weekly"),
          ("certolizumab", ["Cimzia"], "200 mg s.c. aux 2 semaines", "200 mg SC every 2 weeks")]


def _drug_any(rng, dx):
    if rng.random() < 0.5:
        g, brands, rfr, ren = rng.choice(SC_BIO)
        return g, rng.choice(brands), rfr, ren
    drug = rng.choice(IV_BY_DX[dx])
    return drug, rng.choice(IV[drug][0]), IV[drug][1], IV[drug][2]


# --------------------------------------------------------------------------
def p_insurer_form(ctx, lang, now):
    d = Draft(ctx, lang, "insurer_form", "")
    rng = d.rng
    dx = rng.choice(["ra", "psa", "axspa", "ra"])
    ins = rng.choice(C.INSURERS)
    g, brand, rfr, ren = _drug_any(rng, dx)
    p = d.holder() if rng.random() < 0.3 else d.patient()
    doc = rng.choice(C.PHYSICIANS)
    nurse = "marchand"
    d.tag("diagnosis", "medication", "lab_result")
    cert = f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(10, 99)}"
    group = f"{rng.randint(10000, 99999)}"
    das = round(rng.uniform(4.2, 6.4), 1)
    tried = d.t("MTX 25 mg s.c./sem x 6 mois (réponse partielle), léflunomide 20 mg x 4 mois (ALT élevées), HCQ 400 mg",
                "MTX 25 mg SC weekly x 6 months (partial response), leflunomide 20 mg x 4 months (raised ALT), HCQ 400 mg")
    direction = rng.choice(["out", "out", "in"])
    if direction == "out":
        fields = [(d.t("Nom de l'adhérent(e)", "Plan member"), d.pname(p, "upper_comma")),
                  (d.t("Date de naissance", "Date of birth"), d.dob(p, "iso")),
                  (d.t("No de groupe / certificat", "Group / certificate"), f"{group} / {cert}")]
        if "nam" in p:
            fields.append(("NAM (RAMQ)", d.nam(p, doc=True)))
            fields.append((d.t("Sexe", "Sex"), p["sex"]))
        if rng.random() < 0.5:
            fields.append((d.t("Adresse", "Address"), d.address(p)))
        fields += [(d.t("Médicament demandé", "Drug requested"), f"{brand} ({g}) {rfr if lang == 'fr' else ren}"),
                   (d.t("Diagnostic", "Diagnosis"), dx_name(dx, lang) + (" (M05.79)" if dx == "ra" else "")),
                   (d.t("Traitements antérieurs", "Previous therapy"), tried),
                   (d.t("Activité de la maladie", "Disease activity"),
                    f"DAS28-CRP {das}; {d.t('articulations enflées', 'swollen joints')} {rng.randint(6, 14)}; {labs_inflam(rng, lang)}"),
                   (d.t("Dépistage", "Screening"), qft_result(rng, lang, "neg")[1]),
                   (d.t("Médecin prescripteur", "Prescriber"), f"{C.staff_name(doc, lang)} - {CL[lang]}")]
        pdf = D.make_pdf(d.t("Demande d'autorisation préalable - médicament de spécialité",
                             "Special authorization request - specialty drug"), "", header=ins[0], fields=fields,
                         footer=d.t("Formulaire PA-BIO-07  Télécopieur 1 800 555-0189", "Form PA-BIO-07  Fax 1 800 555-0189"))
        fname = rng.choice([f"Autorisation_{brand}_{p['sur']}.pdf", f"PA_{group}_{cert.replace(' ', '')}.pdf",
                            d.t("formulaire_assureur_complété.pdf", "insurer_form_completed.pdf")])
        d.atts.append(Att(pdf, "application/pdf", fname))
        d.frm = d.staff(nurse)
        d.to = [(d.t("Autorisations préalables", "Prior authorization"), f"autorisations@{ins[1]}")]
        if lang == "fr":
            d.text = (f"Bonjour,\n\nVeuillez trouver ci-joint la demande d'autorisation préalable pour {brand} "
                      f"concernant {rng.choice(['notre patiente', 'notre patient', 'votre adhérent(e)'])}, certificat {cert}. "
                      "Les notes de consultation peuvent être transmises sur demande.\n\nMerci de nous faire parvenir la "
                      f"décision par télécopieur au {CL['fax']}.\n\n" + C.signature(nurse, "fr") + "\n\n" + C.CONF_FOOTER_FR)
            d.subject = rng.choice([f"Demande d'autorisation {brand} - certificat {cert}", f"Autorisation préalable - {C.name_style(p, 'full')}"])
        else:
            d.text = (f"Hello,\n\nAttached is the special authorization request for {brand} for plan member certificate {cert}. "
                      "Clinic notes available on request.\n\nPlease fax the decision to " + CL["fax"] + ".\n\n"
                      + C.signature(nurse, "en") + "\n\n" + C.CONF_FOOTER_EN)
            d.subject = rng.choice([f"Special authorization {brand} - cert. {cert}", f"Prior auth - {C.name_style(p, 'full')}"])
        d.note = d.t("demande d'autorisation préalable à l'assureur", "prior authorization request to insurer")
    else:
        ref = f"{rng.choice('ABCK')}{rng.randint(100000, 999999)}"
        until = now.date() + dt.timedelta(days=365)
        nm = d.pname(p, rng.choice(["full", "upper_comma"]))
        dobs = d.dob(p)
        if lang == "fr":
            d.text = (f"Bonjour,\n\nDossier {ref}\nAdhérent(e) : {nm} (né(e) le {dobs})\nMédicament : {brand} ({g})\n"
                      f"Indication : {dx_name(dx, 'fr')}\n\nNous vous informons que la demande est APPROUVÉE du "
                      f"{now.date().isoformat()} au {until.isoformat()}. Le renouvellement nécessitera une preuve de "
                      f"réponse (diminution du DAS28 ≥ 1,2). DAS28 initial au dossier : {das}.\n\n"
                      f"Service des autorisations préalables\n{ins[0]}\n{ins[2]}")
            d.subject = f"Décision - demande {ref}"
        else:
            d.text = (f"Hello,\n\nFile {ref}\nMember: {nm} (DOB {dobs})\nDrug: {brand} ({g})\nIndication: {dx_name(dx, 'en')}\n\n"
                      f"The request is APPROVED from {now.date().isoformat()} to {until.isoformat()}. Renewal requires "
                      f"evidence of response (DAS28 improvement of 1.2 or more). Baseline DAS28 on file: {das}.\n\n"
                      f"Prior Authorization Services\n{ins[0]}\n{ins[2]}")
            d.subject = f"Decision - request {ref}"
        d.frm = (ins[0], f"noreply-pa@{ins[1]}")
        d.to = [d.staff(nurse)]
        d.note = d.t("décision de l'assureur sur autorisation", "insurer authorization decision")
    return d


# --------------------------------------------------------------------------
def p_disability(ctx, lang, now):
    d = Draft(ctx, lang, "disability_form", "")
    rng = d.rng
    dx = rng.choice(["ra", "sle", "psa", "axspa", "ssc"])
    ins = rng.choice(C.INSURERS)
    p = d.patient(age=(24, 62))
    doc = rng.choice(C.PHYSICIANS)
    sec = rng.choice(C.CLERKS)
    d.tag("diagnosis", "medication")
    g, brand, rfr, ren = _drug_any(rng, dx if dx in IV_BY_DX else "ra")
    job = d.t(rng.choice(["préposée aux bénéficiaires", "mécanicien", "caissière", "enseignant", "soudeur", "éducatrice en CPE"]),
              rng.choice(["personal support worker", "mechanic", "cashier", "teacher", "welder", "daycare educator"]))
    rtw = now.date() + dt.timedelta(weeks=rng.choice([4, 6, 8, 12]))
    claim = f"{rng.randint(1000000, 9999999)}"
    fields = [(d.t("Nom de la personne assurée", "Claimant name"), d.pname(p, "full")),
              (d.t("Date de naissance", "Date of birth"), d.dob(p, "iso")),
              (d.t("NAS", "SIN"), d.sin(p, doc=True)),
              (d.t("No de réclamation", "Claim #"), claim),
              (d.t("Emploi", "Occupation"), job),
              (d.t("Diagnostic principal", "Primary diagnosis"), dx_name(dx, lang)),
              (d.t("Symptômes objectifs", "Objective findings"),
               d.t(f"synovites actives, {rng.randint(5, 12)} articulations enflées; {labs_inflam(rng, 'fr')}",
                   f"active synovitis, {rng.randint(5, 12)} swollen joints; {labs_inflam(rng, 'en')}")),
              (d.t("Traitement", "Treatment"), f"{brand} ({g}); {rng.choice(BACKGROUND['ra'])[0 if lang == 'fr' else 1]}"),
              (d.t("Limitations", "Restrictions"),
               d.t("pas de préhension répétée, pas de port de charge > 5 kg, pas de travail au froid",
                   "no repetitive gripping, no lifting > 5 kg, no work in cold environments")),
              (d.t("Retour au travail prévu", "Expected return to work"), rtw.isoformat() + d.t(" (progressif)", " (graduated)"))]
    d.tag("lab_result")
    title = d.t("Assurance salaire - Déclaration du médecin traitant", "Attending Physician Statement - Disability")
    mode = rng.choice(["pdf", "docx", "inline"])
    if mode == "pdf":
        d.atts.append(Att(D.make_pdf(title, "", header=ins[0], fields=fields), "application/pdf",
                          rng.choice([f"APS_{claim}.pdf", f"declaration_medecin_{p['sur']}.pdf", "formulaire_signé.pdf"])))
    elif mode == "docx":
        d.atts.append(Att(D.make_docx(title, [(f"{a} :", str(b)) for a, b in fields]),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          f"{d.t('Declaration', 'Statement')}_{p['sur']}_{claim}.docx"))
    d.frm = d.staff(sec)
    d.to = [(d.t("Invalidité - réclamations", "Disability claims"), f"invalidite@{ins[1]}")]
    inline = "\n".join(f"{a} : {b}" if lang == "fr" else f"{a}: {b}" for a, b in fields)
    if lang == "fr":
        d.text = (f"Bonjour,\n\n" + ("Voici la déclaration du médecin traitant complétée par " + C.staff_name(doc, 'fr') +
                  f" (réclamation {claim}).\n\n" + (inline + "\n\n" if mode == "inline" else "Formulaire signé en pièce jointe.\n\n"))
                  + "Des frais de 40 $ pour le formulaire seront facturés à l'assuré.\n\n" + C.signature(sec, "fr"))
        d.subject = rng.choice([f"Réclamation {claim} - déclaration du médecin", f"Assurance salaire - {C.name_style(p, 'full')}"])
    else:
        d.text = ("Hello,\n\n" + f"Please find the attending physician statement completed by {C.staff_name(doc, 'en')} (claim {claim}).\n\n"
                  + (inline + "\n\n" if mode == "inline" else "Signed form attached.\n\n")
                  + "A $40 form fee will be billed to the claimant.\n\n" + C.signature(sec, "en"))
        d.subject = rng.choice([f"Claim {claim} - APS", f"Disability form - {C.name_style(p, 'full')}"])
    d.note = d.t("formulaire d'invalidité avec NAS", "disability statement with SIN")
    return d


# --------------------------------------------------------------------------
def p_psp(ctx, lang, now):
    d = Draft(ctx, lang, "psp_enrolment", "")
    rng = d.rng
    dx = rng.choice(["ra", "psa", "axspa", "sle", "gca"])
    psp = rng.choice(C.PSPS)
    g, brand, rfr, ren = _drug_any(rng, dx)
    p = d.holder() if rng.random() < 0.45 else d.patient()
    nurse = "marchand"
    d.tag("diagnosis", "medication")
    ph = d.phone(p)
    addr = d.address(p)
    mail = f"{p['given'][0].lower()}{p['sur'].lower().replace(' ', '').replace(chr(39), '')}{rng.randint(1, 99)}@{rng.choice(C.PERSONAL_DOMAINS)}"
    cov = rng.choice([d.t("RAMQ seulement", "RAMQ only"), f"{rng.choice(C.INSURERS)[0]} (80 %)", d.t("aucune assurance privée", "no private plan")])
    social = rng.random() < 0.35
    if social:
        d.tag("social_information")
    lines = [(d.t("Patient(e)", "Patient"), d.pname(p, rng.choice(["full", "upper_comma"]))),
             (d.t("Date de naissance", "DOB"), d.dob(p)),
             (d.t("Sexe", "Sex"), p["sex"])]
    if "nam" in p:
        lines.append(("NAM", d.nam(p)))
    lines += [(d.t("Adresse", "Address"), addr), (d.t("Téléphone (cell.)", "Phone (cell)"), ph),
              (d.t("Courriel", "E-mail"), mail),
              (d.t("Langue", "Language"), d.t("français", "English")),
              (d.t("Médicament", "Drug"), f"{brand} {rfr if lang == 'fr' else ren}"),
              (d.t("Diagnostic", "Diagnosis"), dx_name(dx, lang)),
              (d.t("Couverture", "Coverage"), cov)]
    if social:
        lines.append((d.t("Note", "Note"), d.t("prestataire d'aide sociale, aide financière pour la coassurance souhaitée",
                                                "on social assistance (Ontario Works), needs co-pay assistance")))
    if "nam" not in p and rng.random() < 0.3:
        lines.append((d.t("Médecin", "Physician"), C.staff_name(rng.choice(C.PHYSICIANS), lang)))
    body = "\n".join(f"{a} : {b}" if lang == "fr" else f"{a}: {b}" for a, b in lines)
    d.frm = d.staff(nurse)
    d.to = [(psp[0], f"inscription@{psp[1]}")]
    if rng.random() < 0.5:
        pdf_fields = [(a, b) for a, b in lines]
        pdf = D.make_pdf(d.t(f"{psp[0]} - formulaire d'inscription", f"{psp[0]} - enrolment form"), "", fields=pdf_fields,
                         header=psp[0], footer=d.t("Consentement du patient signé le ", "Patient consent signed on ") + now.date().isoformat())
        d.atts.append(Att(pdf, "application/pdf", rng.choice([d.t("inscription_PSP.pdf", "PSP_enrolment.pdf"),
                                                              f"{psp[0].split()[1] if len(psp[0].split()) > 1 else 'PSP'}_{p['sur']}.pdf"])))
        d.text = d.t(f"Bonjour,\n\nNouvelle inscription ci-jointe ({brand}). Consentement signé par le patient. "
                     f"Merci de communiquer directement avec {'elle' if p['sex'] == 'F' else 'lui'} pour la formation à l'auto-injection "
                     f"ou la réservation de la clinique de perfusion.\n\n" + C.signature(nurse, "fr"),
                     f"Hello,\n\nNew enrolment attached ({brand}). Patient consent is signed. Please contact the patient directly "
                     "for injection training or infusion clinic booking.\n\n" + C.signature(nurse, "en"))
    else:
        d.text = d.t("Bonjour,\n\nVoici une nouvelle inscription :\n\n", "Hello,\n\nNew enrolment below:\n\n") + body + \
            d.t("\n\nConsentement signé au dossier. Merci!\n\n", "\n\nConsent signed and on file. Thank you!\n\n") + C.signature(nurse, lang)
    d.subject = rng.choice([d.t(f"Inscription {psp[0]} - {brand}", f"{psp[0]} enrolment - {brand}"),
                            d.t(f"Nouvelle inscription : {p['sur'].upper()} {p['given']}", f"New enrolment: {p['sur'].upper()} {p['given']}")])
    d.note = d.t("inscription à un programme de soutien aux patients", "patient support programme enrolment")
    return d


# --------------------------------------------------------------------------
def p_ramq_exception(ctx, lang, now):
    d = Draft(ctx, lang, "ramq_exception", "")
    rng = d.rng
    dx = rng.choice(["ra", "psa", "axspa", "gca", "sle"])
    p = d.holder()
    doc = rng.choice(C.PHYSICIANS)
    g, brand, rfr, ren = _drug_any(rng, dx)
    d.tag("diagnosis", "medication", "lab_result")
    nam = d.nam(p, doc=True)
    nm = d.pname(p, rng.choice(["upper_comma", "full", "sur_given"]))
    dob = d.dob(p, rng.choice(["iso", "dmy", "ymd_dot"]))
    crit = d.t(f"échec ou intolérance à au moins 2 ARMM conventionnels dont le MTX ≥ 20 mg/sem x 3 mois; "
               f"{rng.randint(8, 15)} articulations enflées; {labs_inflam(rng, 'fr')}",
               f"failure or intolerance of at least 2 conventional DMARDs including MTX ≥ 20 mg weekly x 3 months; "
               f"{rng.randint(8, 15)} swollen joints; {labs_inflam(rng, 'en')}")
    fields = [(d.t("Nom, prénom", "Name"), nm), ("NAM", nam), (d.t("Date de naissance", "Date of birth"), dob),
              (d.t("Sexe", "Sex"), p["sex"]),
              (d.t("Médicament d'exception", "Exception drug"), f"{brand} ({g})"),
              (d.t("Indication reconnue", "Recognized indication"), dx_name(dx, lang)),
              (d.t("Critères", "Criteria"), crit),
              (d.t("Prescripteur", "Prescriber"), C.staff_name(doc, lang) + f" (permis {rng.randint(10000, 99999)}-{rng.randint(1, 9)})")]
    nurse = rng.choice(["marchand", "beaulieu"])
    d.frm = d.staff(nurse)
    mode = rng.choice(["pdf", "inline", "inline"])
    d.to = [(d.t("Télécopie RAMQ (passerelle)", "RAMQ fax gateway"), "fax-ramq@telecopie.crp-trembles.example")] if mode == "pdf" \
        else [d.staff(doc)]
    if mode == "pdf":
        pdf = D.make_pdf(d.t("Demande d'autorisation - médicament d'exception", "Exception drug authorization request"),
                         "", fields=fields, header=CL[lang], footer="Page 1/1")
        d.atts.append(Att(pdf, "application/pdf", rng.choice([f"exception_{p['nam'][:4]}.pdf", "RAMQ_exception.pdf",
                                                              f"Demande_exception_{p['sur']}_{brand}.pdf"])))
        d.text = d.t("Page couverture\n\nDestinataire : Service des médicaments d'exception\nNombre de pages : 2 (incluant celle-ci)\n"
                     f"Objet : demande d'autorisation {brand}\n\n" + C.signature(nurse, "fr"),
                     "Cover page\n\nTo: Exception drug service\nPages: 2 (including this one)\n"
                     f"Re: authorization request {brand}\n\n" + C.signature(nurse, "en"))
        d.subject = d.t(f"Télécopie - demande médicament d'exception {brand}", f"Fax - exception drug request {brand}")
        d.layout = "plain"
    else:
        body = "\n".join(f"  {a} : {b}" for a, b in fields)
        d.text = d.t(f"Bonjour {C.staff_formal(doc, 'fr')},\n\nPourriez-vous réviser et signer la demande de médicament d'exception "
                     f"avant que je l'envoie? Les données :\n\n{body}\n\nLa patiente attend depuis 3 semaines, merci!\n\n"
                     + C.signature(nurse, "fr", short=True) if p["sex"] == "F" else
                     f"Bonjour {C.staff_formal(doc, 'fr')},\n\nPourriez-vous réviser et signer la demande de médicament d'exception "
                     f"avant que je l'envoie? Les données :\n\n{body}\n\nLe patient attend depuis 3 semaines, merci!\n\n"
                     + C.signature(nurse, "fr", short=True),
                     f"Hi {C.staff_formal(doc, 'en')},\n\nCould you review and sign this exception drug request before I send it?\n\n"
                     f"{body}\n\nPatient has been waiting 3 weeks - thanks!\n\n" + C.signature(nurse, "en", short=True))
        d.subject = d.t(f"À signer : médicament d'exception {brand} - {p['sur']}", f"To sign: exception drug {brand} - {p['sur']}")
    d.note = d.t("demande de médicament d'exception RAMQ", "RAMQ exception drug request")
    return d


# --------------------------------------------------------------------------
def p_pharmacy_rx(ctx, lang, now):
    d = Draft(ctx, lang, "prescription", "")
    rng = d.rng
    phname, phdom, phtel = rng.choice(C.PHARMACIES)
    doc = rng.choice(C.PHYSICIANS)
    p = d.holder() if rng.random() < 0.5 else d.patient()
    d.tag("medication")
    rx = rng.choice([
        (["Méthotrexate 25 mg/mL, 0,8 mL (20 mg) s.c. une fois par semaine le lundi — seringues x 4, 3 renouvellements",
          "Acide folique 5 mg PO une fois par semaine le mardi — 12 co."],
         ["Methotrexate 25 mg/mL, 0.8 mL (20 mg) SC once weekly on Mondays - 4 syringes, 3 refills",
          "Folic acid 5 mg PO once weekly on Tuesdays - 12 tabs"], "ra"),
        (["Prednisone 5 mg : 40 mg die x 7 j, 30 mg x 7 j, 25 mg x 14 j, puis 20 mg die jusqu'au prochain RDV",
          "Pantoprazole 40 mg die pendant la corticothérapie", "Vitamine D 1000 UI die"],
         ["Prednisone 5 mg: 40 mg daily x 7 d, 30 mg x 7 d, 25 mg x 14 d, then 20 mg daily until next visit",
          "Pantoprazole 40 mg daily while on steroids", "Vitamin D 1000 IU daily"], "gca"),
        (["Hydroxychloroquine 200 mg : 1 co. die (dose réduite, DFGe 48)", "Examen ophtalmologique annuel requis"],
         ["Hydroxychloroquine 200 mg: 1 tab daily (reduced dose, eGFR 48)", "Annual eye exam required"], "sle"),
        (["Rifampine 300 mg : 2 caps PO die à jeun x 4 mois (ITL avant biologique)", "Vérifier les interactions SVP"],
         ["Rifampin 300 mg: 2 caps PO daily on empty stomach x 4 months (LTBI before biologic)", "Please check interactions"], "ra"),
        (["Hadlima 40 mg/0,4 mL stylo : 40 mg s.c. aux 2 semaines, 3 mois + 3 renouvellements",
          "Programme de soutien : PasserelleBio déjà avisé"],
         ["Hadlima 40 mg/0.4 mL pen: 40 mg SC every 2 weeks, 3 months + 3 refills", "PSP: PasserelleBio already notified"], "psa"),
    ])
    lines = rx[0] if lang == "fr" else rx[1]
    dx = rx[2]
    if any("DFGe" in l or "eGFR" in l for l in lines):
        d.tag("lab_result")
    if any("ITL" in l or "LTBI" in l for l in lines):
        d.tag("diagnosis")
    if rng.random() < 0.6:
        d.tag("diagnosis")
        lines = lines + [d.t(f"Indication : {dx_name(dx, 'fr')}", f"Indication: {dx_name(dx, 'en')}")]
    nm = d.pname(p, rng.choice(["full", "upper_comma", "title_fr" if lang == "fr" else "title_en"]))
    head = [d.t("Patient : ", "Patient: ") + nm, d.t("DDN : ", "DOB: ") + d.dob(p)]
    if "nam" in p:
        head.append("NAM : " + d.nam(p) + d.t("   Sexe : ", "   Sex: ") + p["sex"])
    if rng.random() < 0.5:
        head.append(d.t("Tél. : ", "Tel: ") + d.phone(p))
    rxtext = "\n".join(head) + "\n\nRx\n" + "\n".join(f"- {l}" for l in lines) + "\n\n" + C.staff_name(doc, lang) + \
        f"  ({d.t('permis', 'licence')} {rng.randint(10000, 99999)})"
    d.frm = d.staff(doc) if rng.random() < 0.5 else d.staff("beaulieu")
    d.to = [(phname, f"ordonnances@{phdom}")]
    if rng.random() < 0.5:
        pdf = D.make_pdf(d.t("Ordonnance", "Prescription"), rxtext, header=f"{CL[lang]}\n{CL['addr_fr' if lang == 'fr' else 'addr_en']}\nTél. {CL['tel']}")
        d.atts.append(Att(pdf, "application/pdf", rng.choice(["ordonnance.pdf", f"Rx_{p['sur']}_{now.strftime('%Y%m%d')}.pdf", "scan_rx.pdf"])))
        d.text = d.t("Bonjour,\n\nOrdonnance ci-jointe. L'original ne sera pas envoyé par la poste.\n\nMerci,\n" + CL["fr"] + "\n" + CL["tel"],
                     "Hello,\n\nPrescription attached. The original will not be mailed.\n\nThank you,\n" + CL["en"] + "\n" + CL["tel"])
    else:
        d.text = d.t("Bonjour,\n\nVoici une ordonnance pour votre client(e) :\n\n", "Hello,\n\nPrescription for your client:\n\n") + rxtext + \
            d.t("\n\nMerci de confirmer la réception par retour de courriel.\n", "\n\nPlease confirm receipt by reply.\n")
    d.subject = rng.choice([d.t("Ordonnance", "Prescription"), d.t(f"Rx - {p['sur']}", f"Rx for {C.name_style(p, 'initial')}"),
                            d.t("Nouvelle ordonnance - rhumatologie", "New Rx - rheumatology")])
    d.note = d.t("ordonnance transmise à la pharmacie", "prescription sent to pharmacy")
    return d


# --------------------------------------------------------------------------
def p_lab_followup(ctx, lang, now):
    d = Draft(ctx, lang, "lab_followup", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.3 else d.patient()
    doc = rng.choice(C.PHYSICIANS)
    nurse = rng.choice(["marchand", "drouin"])
    d.tag("lab_result", "medication")
    scen = rng.choice(["alt", "neut", "creat", "lipids"])
    nm = d.pname(p, rng.choice(["full", "upper_comma", "lower", "initial", "title_fr" if lang == "fr" else "title_en"]))
    mr = d.mrn(p) if rng.random() < 0.7 else None
    if scen == "alt":
        vals = [(d.t("2025-01-14", "2025-01-14"), "ALT 41", "AST 33"), ("2025-02-18", "ALT 96", "AST 71"), (now.date().isoformat(), labs_liver(rng, lang, True), "")]
        fr = "sous MTX 20 mg/sem + léflunomide. Propose : suspendre le léflunomide, MTX à 15 mg, contrôle dans 2 sem. Pas d'alcool rapporté."
        en = "on MTX 20 mg weekly + leflunomide. Suggest: hold leflunomide, MTX down to 15 mg, repeat in 2 weeks. Denies alcohol."
    elif scen == "neut":
        vals = [("2025-01-09", "neutros 2,4" if lang == "fr" else "ANC 2.4", ""), (now.date().isoformat(), labs_cbc(rng, lang), "neutros 0,9" if lang == "fr" else "ANC 0.9")]
        fr = "sous tocilizumab IV 8 mg/kg. Dose de demain à retenir? Pas de fièvre rapportée au téléphone."
        en = "on IV tocilizumab 8 mg/kg. Hold tomorrow's dose? No fever per phone call."
    elif scen == "creat":
        vals = [("2024-12-02", d.t("créat 88", "creat 88"), ""), (now.date().isoformat(), d.t("créat 131 µmol/L, DFGe 44", "creat 131 umol/L, eGFR 44"), "")]
        fr = "sous HCQ 400 mg + naproxène. Arrêter l'AINS et ajuster la HCQ à 200 mg?"
        en = "on HCQ 400 mg + naproxen. Stop the NSAID and reduce HCQ to 200 mg?"
    else:
        vals = [(now.date().isoformat(), "LDL 4,6 mmol/L, CT 6,9" if lang == "fr" else "LDL 4.6 mmol/L, TC 6.9", "")]
        fr = "à 8 semaines de Rinvoq 15 mg. Statine à débuter? Antécédent d'IM chez le père."
        en = "8 weeks into Rinvoq 15 mg. Start a statin? Father had an MI."
    if scen in ("creat", "lipids"):
        d.tag("diagnosis")
    table = "\n".join("  " + "  ".join(x for x in v if x) for v in vals)
    idpart = f" ({d.t('dossier', 'MRN')} {mr})" if mr else ""
    if "nam" not in p and lang == "en" and ctx.turn("lab_ohn") % 2 == 0:
        idpart += f", OHIP {d.ohn(p)}"
    if "nam" in p:
        idpart += f" — NAM {d.nam(p)}, {d.dob(p)}, {p['sex']}"
    if lang == "fr":
        d.text = f"Bonjour,\n\nRésultats pour {nm}{idpart}, {fr}\n\n{table}\n\nMerci de me revenir,\n{C.STAFF[nurse]['given']}"
        subj_opts = [f"Labo anormal - {p['sur']}", f"{C.name_style(p, 'full')} : résultats", "Résultats à réviser", f"RE: bilan {p['sur'].upper()}"]
    else:
        d.text = f"Hi,\n\nResults for {nm}{idpart}, {en}\n\n{table}\n\nPlease advise,\n{C.STAFF[nurse]['given']}"
        subj_opts = [f"Abnormal labs - {p['sur']}", f"{C.name_style(p, 'full')}: results", "Results to review", f"RE: bloodwork {p['sur'].upper()}"]
    d.subject = rng.choice(subj_opts)
    d.frm = d.staff(nurse)
    d.to = [d.staff(doc)]
    d.note = d.t("suivi de résultats de laboratoire anormaux", "abnormal lab follow-up")
    return d


# --------------------------------------------------------------------------
def p_lupus(ctx, lang, now):
    d = Draft(ctx, lang, "lupus_followup", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.35 else d.patient(sex="F", age=(19, 55))
    doc = rng.choice(C.PHYSICIANS)
    neph = ("Dre", "Dr.", "Leah", "Kaplan")
    d.tag("diagnosis", "lab_result", "medication")
    nm = d.pname(p, rng.choice(["initial", "full", "upper_comma", "comma"]))
    mr = d.mrn(p)
    rows = []
    for i, month in enumerate(["2024-10", "2024-12", "2025-02", now.strftime("%Y-%m")]):
        rows.append([month, str(rng.randint(60, 320)), f"{rng.uniform(0.45, 0.9):.2f}", str(rng.randint(40, 340)), str(rng.randint(70, 140))])
    hdr = d.t(["Mois", "RPC (mg/mmol)", "C3 (g/L)", "anti-ADNdb", "Créat"], ["Month", "uPCR (mg/mmol)", "C3 (g/L)", "anti-dsDNA", "Creat"])
    tbl = "\n".join("  ".join(f"{c:<15}" for c in r) for r in [hdr] + rows)
    extra = ""
    if "nam" in p:
        extra = d.t(f"\nNAM {d.nam(p)} — DDN {d.dob(p)} — sexe {p['sex']}", f"\nRAMQ {d.nam(p)} - DOB {d.dob(p)} - sex {p['sex']}")
    preg = p["sex"] == "F" and rng.random() < 0.35
    if lang == "fr":
        d.text = (f"Bonjour Dre Kaplan,\n\nJe te réfère à nouveau {nm} (dossier {mr}){extra} pour sa néphrite lupique classe IV "
                  f"(biopsie 2023). Sous CellCept 1,5 g bid, prednisone 7,5 mg, Plaquenil 300 mg, ramipril 5 mg; Benlysta IV "
                  f"10 mg/kg aux 4 sem. ajouté en janvier.\n\nÉvolution :\n{tbl}\n\n"
                  + ("Elle souhaite une grossesse en 2026; on pense passer à l'azathioprine. " if preg else "")
                  + "Ton avis sur l'ajout de voclosporine (Lupkynis) ou une nouvelle biopsie?\n\nMerci,\n" + C.signature(doc, "fr"))
        d.subject = rng.choice([f"Néphrite lupique - {C.name_style(p, 'initial')}", "Avis néphro SVP - NL classe IV", f"RE: {p['sur']} - protéinurie"])
    else:
        d.text = (f"Hi Leah,\n\nRe-referring {nm} (MRN {mr}){extra} for class IV lupus nephritis (biopsy 2023). On MMF 1.5 g BID, "
                  f"prednisone 7.5 mg, HCQ 300 mg, ramipril 5 mg; IV belimumab 10 mg/kg q4w added in January.\n\nTrend:\n{tbl}\n\n"
                  + ("She wants to conceive in 2026, so we are considering a switch to azathioprine. " if preg else "")
                  + "Your thoughts on adding voclosporin or repeating the biopsy?\n\nThanks,\n" + C.signature(doc, "en"))
        d.subject = rng.choice([f"Lupus nephritis - {C.name_style(p, 'initial')}", "Nephrology input please - LN class IV", f"RE: {p['sur']} - proteinuria"])
    d.frm = d.staff(doc)
    d.to = [(f"{neph[0] if lang == 'fr' else neph[1]} {neph[2]} {neph[3]}", "lkaplan@hrsa.example")]
    if rng.random() < 0.4:
        d.html = None
        d.layout = "alt"
    d.note = d.t("suivi de néphrite lupique avec tableau", "lupus nephritis follow-up with trend table")
    return d


# --------------------------------------------------------------------------
def p_transport(ctx, lang, now):
    d = Draft(ctx, lang, "transport_request", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.4 else d.patient(age=(55, 88))
    clerk = rng.choice(C.CLERKS)
    day = workday(now, 3, 15, rng)
    d.tag("medication")
    drug = rng.choice(["infliximab", "rituximab", "tocilizumab", "acide zolédronique", "abatacept"])
    brand = rng.choice(IV[drug][0])
    nm = d.pname(p, rng.choice(["full", "upper_comma", "title_fr" if lang == "fr" else "title_en"]))
    addr = d.address(p)
    ph = d.phone(p)
    wc = rng.random() < 0.5
    alone = rng.random() < 0.4
    if wc:
        d.tag("diagnosis")
    if alone:
        d.tag("social_information")
    ident = ""
    if "nam" in p:
        ident = d.t(f"\nNAM : {d.nam(p)}\nDDN : {d.dob(p)} ({p['sex']})", f"\nRAMQ: {d.nam(p)}\nDOB: {d.dob(p)} ({p['sex']})")
    elif rng.random() < 0.5:
        ident = d.t(f"\nDDN : {d.dob(p)}", f"\nDOB: {d.dob(p)}")
    org = rng.choice([d.t("Transport adapté Saint-Aurèle", "Saint-Aurèle Paratransit"), d.t("Centre d'action bénévole des Trembles", "Des Trembles Volunteer Centre")])
    if lang == "fr":
        d.text = (f"Bonjour,\n\nDemande de transport pour :\n\nNom : {nm}{ident}\nAdresse : {addr}\nTél. : {ph}\n\n"
                  f"Rendez-vous : {C.dfr(day, True)}, arrivée 7 h 45 à l'unité de perfusion ({brand}, durée env. {rng.choice(['3', '4', '5'])} h)\n"
                  f"Retour : vers {rng.choice(['11 h 30', '12 h 00', '13 h 15'])}\n"
                  + ("Fauteuil roulant (polyarthrite sévère, ne peut faire les escaliers).\n" if wc else "")
                  + ("Vit seul(e), aucun proche disponible pour l'accompagner.\n" if alone else "")
                  + "\nMerci!\n\n" + C.signature(clerk, "fr"))
        d.subject = rng.choice([f"Transport {day.strftime('%d/%m')} - {p['sur']}", "Demande de transport", f"Transport adapté : {C.name_style(p, 'full')}"])
    else:
        d.text = (f"Hello,\n\nTransport request:\n\nName: {nm}{ident}\nAddress: {addr}\nPhone: {ph}\n\n"
                  f"Appointment: {C.den(day, True)}, arrive 7:45 at the infusion unit ({brand}, about {rng.choice(['3', '4', '5'])} h)\n"
                  f"Return: around {rng.choice(['11:30', '12:00', '13:15'])}\n"
                  + ("Wheelchair (severe rheumatoid arthritis, cannot manage stairs).\n" if wc else "")
                  + ("Lives alone, no family available to accompany.\n" if alone else "")
                  + "\nThank you!\n\n" + C.signature(clerk, "en"))
        d.subject = rng.choice([f"Transport {day.strftime('%b %d')} - {p['sur']}", "Transport request", f"Paratransit: {C.name_style(p, 'full')}"])
    d.frm = d.staff(clerk)
    d.to = [(org, f"reservations@{'transport-aurele' if 'ransport' in org or 'aratransit' in org else 'cab-trembles'}.example")]
    d.note = d.t("demande de transport vers l'unité de perfusion", "transport request to infusion unit")
    return d


# --------------------------------------------------------------------------
def p_social(ctx, lang, now):
    d = Draft(ctx, lang, "social_work", "")
    rng = d.rng
    p = d.holder() if rng.random() < 0.35 else d.patient(age=(22, 70))
    sw = "sauve"
    doc = rng.choice(C.PHYSICIANS)
    d.tag("social_information", "medication", "diagnosis")
    dx = rng.choice(["ra", "sle", "psa"])
    drug = rng.choice(IV_BY_DX[dx])
    brand = rng.choice(IV[drug][0])
    situ = rng.choice(["income", "housing", "violence", "income"])
    nm = d.pname(p, rng.choice(["full", "title_fr" if lang == "fr" else "title_en", "upper_comma"]))
    mr = d.mrn(p) if rng.random() < 0.6 else None
    idp = f" ({d.t('dossier', 'chart')} {mr})" if mr else ""
    if "nam" in p:
        idp += f", NAM {d.nam(p)}, {'née' if p['sex'] == 'F' else 'né'} le {d.dob(p)}, {p['sex']}" if lang == "fr" else f", RAMQ {d.nam(p)}, born {d.dob(p)}, {p['sex']}"
    ph = None
    if situ == "income":
        fr = (f"a perdu son emploi en décembre et est maintenant prestataire de l'aide sociale. {'Elle' if p['sex'] == 'F' else 'Il'} "
              f"n'a plus d'assurance collective et ne peut assumer la coassurance de son {brand}. J'ai fait une demande au "
              f"programme d'aide financière du fabricant et une demande de carte de réclamation RAMQ.")
        if lang == "fr" and ctx.turn("social_sin") % 2 == 0:
            fr += f" Pour la demande d'aide de dernier recours, son NAS est le {d.sin(p)}."
        en = (f"lost their job in December and is now on social assistance. No group insurance anymore and cannot afford the co-pay "
              f"for {brand}. I applied to the manufacturer's financial assistance program and to public drug coverage.")
        if lang == "en" and ctx.turn("social_sin_en") % 2 == 0:
            en += f" For the income support application, the SIN is {d.sin(p)}."
    elif situ == "housing":
        fr = (f"est hébergé{'e' if p['sex'] == 'F' else ''} temporairement chez un ami depuis l'éviction de son logement; "
              f"n'a pas d'adresse fixe pour recevoir son {brand} à domicile. Suggestion : livraison à la clinique.")
        en = (f"has been couch-surfing since an eviction in January; no fixed address to receive {brand} home delivery. "
              f"Suggest shipping to the clinic instead.")
    else:
        ph = d.phone(p)
        fr = (f"a dévoilé de la violence conjugale lors de sa dernière perfusion de {brand}. Plan de sécurité fait, "
              f"ressource d'hébergement contactée. NE PAS laisser de message au domicile; utiliser uniquement le cellulaire {ph}.")
        en = (f"disclosed intimate partner violence at the last {brand} infusion. Safety plan done, shelter contacted. "
              f"Do NOT leave messages at home; use only the cell {ph}.")
    if lang == "fr":
        d.text = (f"Bonjour {C.staff_formal(doc, 'fr')},\n\nSuivi concernant {nm}{idp}, suivi{'e' if p['sex'] == 'F' else ''} pour "
                  f"{dx_art(dx)} : {'elle' if p['sex'] == 'F' else 'il'} {fr}\n\nJe reste disponible.\n\n" + C.signature(sw, "fr"))
        d.subject = rng.choice(["Suivi service social", f"Suivi TS - {p['sur']}", "Confidentiel - suivi psychosocial"])
    else:
        d.text = (f"Hello {C.staff_formal(doc, 'en')},\n\nUpdate on {nm}{idp}, followed for {dx_name(dx, 'en')}: the patient {en}\n\n"
                  "I remain available.\n\n" + C.signature(sw, "en"))
        d.subject = rng.choice(["Social work update", f"SW follow-up - {p['sur']}", "Confidential - psychosocial follow-up"])
    d.frm = d.staff(sw)
    d.to = [d.staff(doc)]
    d.cc = [d.staff("marchand")] if rng.random() < 0.5 else []
    d.extra = [("Sensitivity", "Private")] if rng.random() < 0.5 else []
    d.note = d.t("suivi psychosocial", "social work follow-up")
    return d


TEMPLATES = [
    (p_insurer_form, 4), (p_disability, 4), (p_psp, 4), (p_ramq_exception, 4), (p_pharmacy_rx, 4),
    (p_lab_followup, 3), (p_lupus, 3), (p_transport, 4), (p_social, 5),
]
