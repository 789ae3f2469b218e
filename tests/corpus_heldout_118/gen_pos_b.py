"""Positive (confidential) messages, part B: pharmacy, metabolic, social, rosters, forwards."""
import datetime

from gen_attach import (csv_att, docx_att, eml_att, make_vcard, pdf_att, vcf_att, xlsx_att, zip_att, make_csv,
                        make_pdf)
from gen_build import ext, generic, inner_eml, outlook_quote, quote_block, who
from gen_common import (EXTERNAL_MD, ORG, clock, dob_str, fmt_mrn, fmt_nam, fmt_ohip, fmt_sin, fr_clock,
                        invented_patient, later, ldate, make_ohip, make_sin, nam_patient, signature, greet, staff,
                        fill_person)
from gen_content import (CANCER_VARIANTS, METABOLIC, OTHER_GENETIC, PGX, TESTS_EN, TESTS_FR, VUS)

ADULT = lambda p: 1940 <= p.dob.year <= 1990
CHILD = lambda p: p.dob.year >= 2010


# ---------------------------------------------------------------------------- P21
def p_vcard_patient(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v != 1 else invented_patient(r)
    gene = r.choice(["BRCA1", "BRCA2", "MLH1", "TP53"])
    c.t("patient_name", "patient_contact", "diagnosis")
    note = (f"Porteuse {gene} – suivi haut risque. Préfère être jointe le soir, ne pas laisser de message au travail."
            if c.fr else f"{gene} carrier - high-risk follow-up. Call evenings only, no voicemail at work.")
    if p.sex == "M":
        note = note.replace("Porteuse", "Porteur").replace("jointe", "joint")
    if c.v == 0:
        note += f" NAM {fmt_nam(p.nam, 0)}."
        c.idn("ramq_nam", p.nam)
    vcf = make_vcard(p.full, [p.surname, p.given], tels=[("CELL", p.phone)], emails=[p.email], adr=p.address,
                     note=note, bday=p.dob.isoformat() if c.v == 2 else None)
    if c.v == 2:
        c.t("date_of_birth")
    fn = f"{p.surname} {p.given}.vcf" if c.v != 0 else f"{p.given}_{p.surname}.vcf"
    if c.fr:
        body = f"{greet(r, 'fr', 'Sophie')}\n\nVoici la fiche contact à jour pour le rappel.\n{signature(r, 'dufresne', 'fr', 1)}"
        subj = r.choice(["Coordonnées à jour", "Fiche contact", "Nouveau numéro"])
    else:
        body = f"{greet(r, 'en', 'Sophie')}\n\nUpdated contact card for the call-back.\n{signature(r, 'raman', 'en', 1)}"
        subj = r.choice(["Updated contact", "Contact card"])
    return c.out("vcard_patient", "vCard of a patient with carrier note and phone/address",
                 who("dufresne" if c.fr else "raman"), [who("turcotte")], subj, body,
                 attachments=[vcf_att(fn, vcf, fn_style=r.choice(["plain", "rfc2231"]))])


# ---------------------------------------------------------------------------- P22
def p_pharmacogenomics(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v == 0 else invented_patient(r, min_year=1945, max_year=1985)
    gene, res_fr, res_en, drug_fr, drug_en, rec_fr, rec_en = r.choice(PGX)
    c.t("patient_name", "lab_result", "medication", "mrn")
    mdi = {"DPYD": 1, "CYP2D6": 6, "TPMT": 5, "CYP2C19": 7}[gene]
    md = ext(*EXTERNAL_MD[mdi][:3], EXTERNAL_MD[mdi][4])
    if c.fr:
        body = (f"{greet(r, 'fr', md[0])}\n\nRésultat pharmacogénétique urgent avant le début du traitement :\n\n"
                f"{p.surname.upper()}, {p.given} – dossier {fmt_mrn(p.mrn, c.v + 1)}\n{gene} : {res_fr}\n\n"
                f"Recommandation (CPIC) : {drug_fr} – {rec_fr}. Selon la pharmacie, la première dose est prévue "
                f"lundi.\n{signature(r, 'lemieux', 'fr', 0)}")
        subj = r.choice([f"Résultat {gene} – avant {drug_fr}", "Pharmacogénétique urgente", f"{gene} – ajustement de dose"])
    else:
        body = (f"{greet(r, 'en', md[0])}\n\nUrgent pharmacogenomic result before treatment start:\n\n"
                f"{p.surname.upper()}, {p.given} - MRN {fmt_mrn(p.mrn, c.v + 1)}\n{gene}: {res_en}\n\n"
                f"CPIC recommendation: {drug_en} - {rec_en}. Pharmacy says the first dose is booked for Monday.\n"
                f"{signature(r, 'lemieux', 'en', 0)}")
        subj = r.choice([f"{gene} result before {drug_en}", "Urgent PGx result"])
    return c.out("pharmacogenomics", "PGx genotype with drug dose recommendation", who("lemieux"), [md], subj, body,
                 cc=[generic("pharmacie", "Pharmacie CHUSL")])


# ---------------------------------------------------------------------------- P23
def p_metabolic_pharmacy(c):
    r = c.r
    p = nam_patient(r, c.used, CHILD) if c.v != 2 else invented_patient(r, min_year=2012, max_year=2022)
    cfr, cen, mfr, men, lab, lab_en = r.choice(METABOLIC[:4])
    c.t("patient_name", "medication", "diagnosis")
    parent = invented_patient(r, sex=r.choice("FM"), min_year=1975, max_year=1995)
    if c.fr:
        body = (f"{greet(r, 'fr', 'Dre Charest')}\n\nLa pharmacie communautaire de la famille nous appelle : "
                f"l'ordonnance de {mfr} pour {p.given} {p.surname} ({cfr}) est expirée et "
                f"{'sa mère' if parent.sex == 'F' else 'son père'} n'a plus que 3 jours de réserve. Pouvez-vous "
                f"signer le renouvellement ? Le formulaire de médicament d'exception RAMQ est aussi à refaire.\n\n"
                f"Pharmacie : 450-555-01{r.randint(10, 99)}, télécopieur 450-555-01{r.randint(10, 99)}\n"
                f"{signature(r, 'pepin', 'fr', 3)}")
        subj = r.choice(["Renouvellement urgent", f"Ordonnance {p.given} – renouvellement", "Pharmacie – ordonnance expirée"])
    else:
        body = (f"{greet(r, 'en', 'Dr Charest')}\n\nThe family's pharmacy called: the prescription for {men} for "
                f"{p.given} {p.surname} ({cen}) has expired and the parents have 3 days left. Can you sign a renewal? "
                f"The RAMQ exception drug form also needs redoing.\n{signature(r, 'pepin', 'en', 3)}")
        subj = r.choice(["Urgent renewal", f"Rx renewal - {p.given} {p.surname[0]}."])
    return c.out("metabolic_pharmacy", "prescription renewal for child with inborn error of metabolism",
                 who("pepin"), [who("charest")], subj, body)


# ---------------------------------------------------------------------------- P24
def p_transport_interpreter(c):
    r = c.r
    p = invented_patient(r, min_year=2010, max_year=2021) if c.v != 0 else nam_patient(r, c.used, CHILD)
    cond = r.choice(OTHER_GENETIC[:4] + OTHER_GENETIC[8:])
    d = later(r, c.date.date(), 4, 20)
    hr = clock(r)
    lang_i = r.choice(["arabe", "espagnol", "dari", "tigrinya", "créole haïtien"])
    lang_e = {"arabe": "Arabic", "espagnol": "Spanish", "dari": "Dari", "tigrinya": "Tigrinya", "créole haïtien": "Haitian Creole"}[lang_i]
    c.t("patient_name", "patient_contact", "diagnosis")
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nDemande de transport adapté et d'interprète ({lang_i}) :\n\n"
                f"Usager : {p.full} ({cond[0]}, fauteuil roulant)\nAdresse de prise en charge : {p.address}\n"
                f"Téléphone de la famille : {p.phone}\nRendez-vous : {ldate(d, 'fr', True)} à {fr_clock(hr)}, clinique "
                f"de génétique, {ORG['addr']}\nRetour prévu vers 15 h.\n\nMerci de confirmer.\n{signature(r, 'turcotte', 'fr', 0)}")
        subj = r.choice(["Demande de transport adapté + interprète", "Transport – rendez-vous génétique",
                         f"Interprète {lang_i} – {ldate(d, 'fr')}"])
        to = [generic("transport.adapte", "Centrale de transport"), generic("interpretes", "Banque d'interprètes")]
    else:
        body = (f"{greet(r, 'en')}\n\nRequest for accessible transport and a {lang_e} interpreter:\n\n"
                f"Patient: {p.full} ({cond[1]}, wheelchair user)\nPick-up address: {p.address}\nFamily phone: {p.phone}\n"
                f"Appointment: {ldate(d, 'en', True)} at {hr}, Genetics clinic\n\nPlease confirm.\n"
                f"{signature(r, 'turcotte', 'en', 0)}")
        subj = r.choice(["Transport + interpreter request", f"{lang_e} interpreter - genetics appointment"])
        to = [generic("transport.adapte", "Transport desk"), generic("interpretes", "Interpreter bank")]
    return c.out("transport_interpreter", "transport and interpreter booking with address and condition",
                 who("turcotte"), to, subj, body)


# ---------------------------------------------------------------------------- P25
def p_social_work(c):
    r = c.r
    child = invented_patient(r, min_year=2013, max_year=2022) if c.v != 1 else nam_patient(r, c.used, CHILD)
    mother = invented_patient(r, sex="F", min_year=1980, max_year=1998)
    cond = r.choice([OTHER_GENETIC[1], OTHER_GENETIC[2], OTHER_GENETIC[3]])
    c.t("patient_name", "social_information", "diagnosis")
    sit_fr = r.choice([
        "La DPJ est impliquée depuis mars (signalement pour négligence) ; l'enfant est en famille d'accueil à Laval.",
        "La mère vit présentement en maison d'hébergement pour femmes victimes de violence conjugale ; ne pas "
        "divulguer l'adresse au père.",
        "La famille a perdu son logement et est hébergée temporairement chez une tante ; revenu : aide sociale."])
    sit_en = r.choice([
        "Youth protection (DPJ) has been involved since March after a neglect report; the child is in foster care in Laval.",
        "Mother is currently in a women's shelter after domestic violence; do NOT share the address with the father.",
        "The family lost their housing and is staying with an aunt; income is social assistance only."])
    if c.fr:
        body = (f"{greet(r, 'fr', 'Dr Okafor')}\n\nPour préparer la rencontre de résultats de {child.full} "
                f"({cond[0]}) :\n\n{sit_fr}\n\nLa mère, {mother.full}, souhaite être vue seule. Je serai présente. "
                f"Pourriez-vous éviter de mentionner le dépistage des autres enfants devant l'intervenante ?\n"
                f"{signature(r, 'hebert', 'fr', 0)}")
        subj = r.choice(["Contexte psychosocial – avant la rencontre", "Situation familiale – confidentiel", "Rencontre de jeudi"])
    else:
        body = (f"{greet(r, 'en', 'Dr Okafor')}\n\nAhead of the results meeting for {child.full} ({cond[1]}):\n\n{sit_en}\n\n"
                f"Mother ({mother.full}) asked to be seen alone. I will attend.\n{signature(r, 'hebert', 'en', 0)}")
        subj = r.choice(["Psychosocial context before the meeting", "Family situation - confidential"])
    return c.out("social_work", "social worker note on youth protection / shelter / housing for a patient family",
                 who("hebert"), [who("okafor")], subj, body)


# ---------------------------------------------------------------------------- P26
def p_discharge_summary(c):
    r = c.r
    p = nam_patient(r, c.used, CHILD) if c.v == 0 else invented_patient(r, min_year=2008, max_year=2023)
    cfr, cen, mfr, men, lab, lab_en = r.choice(METABOLIC[:4])
    adm = (c.date - datetime.timedelta(days=r.randint(6, 12))).date()
    dis = (c.date - datetime.timedelta(days=r.randint(1, 3))).date()
    c.t("patient_name", "mrn", "diagnosis", "medication", "lab_result", "date_of_birth")
    namline = ""
    if c.v == 0:
        namline = f"   NAM : {fmt_nam(p.nam, 1)}"
        c.idn("ramq_nam", p.nam)
    if c.fr:
        lines = [f"Nom : {p.surname.upper()}, {p.given}", f"DDN : {p.dob.isoformat()}   Dossier : {p.mrn}" + namline,
                 f"Admission : {adm.isoformat()}   Congé : {dis.isoformat()}", "",
                 f"Diagnostic principal : décompensation métabolique aiguë sur {cfr}.",
                 f"Évolution : {lab}. Correction sous perfusion de dextrose 10 % et traitement spécifique.",
                 f"Médication au congé : {mfr} ; lévocarnitine 50 mg/kg/jour.", "",
                 "Suivi : clinique des maladies métaboliques dans 2 semaines ; diététiste ; bilan sanguin dans 1 semaine.",
                 f"Médecin traitant : {staff('charest')['disp']}"]
        body = (f"{greet(r, 'fr')}\n\nVeuillez trouver le résumé de dossier à transmettre au CLSC et au pédiatre.\n"
                f"{signature(r, 'charest', 'fr', 4)}")
        subj = r.choice(["Résumé de congé", "Sommaire d'hospitalisation – transmission", "Résumé de dossier à acheminer"])
        fn = r.choice(["resume_conge.pdf", f"Resume_conge_{p.surname}.pdf", "sommaire.pdf"])
    else:
        lines = [f"Name: {p.surname.upper()}, {p.given}", f"DOB: {p.dob.isoformat()}   MRN: {p.mrn}" + namline,
                 f"Admitted: {adm.isoformat()}   Discharged: {dis.isoformat()}", "",
                 f"Principal diagnosis: acute metabolic decompensation, {cen}.",
                 f"Course: {lab_en}. Corrected with D10 infusion and specific therapy.",
                 f"Discharge medications: {men}; levocarnitine 50 mg/kg/day.", "",
                 "Follow-up: metabolic clinic in 2 weeks; dietitian; labs in 1 week."]
        body = f"{greet(r, 'en')}\n\nDischarge summary attached for the CLSC and pediatrician.\n{signature(r, 'charest', 'en', 4)}"
        subj = r.choice(["Discharge summary", "Discharge summary to forward"])
        fn = r.choice(["discharge_summary.pdf", f"DC_summary_{p.surname}.pdf"])
    return c.out("discharge_summary", "discharge summary PDF of metabolic crisis", who("charest"),
                 [who("sauriol"), generic("archives", "Archives médicales")], subj, body,
                 attachments=[pdf_att(fn, lines, title="Résumé de dossier / Discharge summary", compress=c.v != 2)])


# ---------------------------------------------------------------------------- P27
def p_mrn_only(c):
    r = c.r
    m = invented_patient(r).mrn
    style = [0, 1, 3, 4, 5, 6][(c.v * 2 + r.randint(0, 1)) % 6]
    res = r.choice([("FISH 22q11.2 : délétion confirmée", "22q11.2 FISH: deletion confirmed"),
                    ("CMA : duplication 16p11.2 de 600 kb, pathogène", "CMA: 600 kb 16p11.2 duplication, pathogenic"),
                    ("FMR1 : mutation complète (> 200 CGG)", "FMR1: full mutation (>200 CGG)"),
                    ("HTT : 44 répétitions CAG", "HTT: 44 CAG repeats")])
    c.t("mrn", "lab_result")
    if c.fr:
        subj = r.choice([f"Dossier {fmt_mrn(m, style)}", "Résultat à ajouter au dossier", "Résultat critique"])
        body = (f"{greet(r, 'fr')}\n\nDossier {fmt_mrn(m, style)} – {res[0]}.\nMerci de prévoir la divulgation cette "
                f"semaine ; le médecin demandeur est avisé.\n{signature(r, 'benali', 'fr', 1)}")
    else:
        subj = r.choice([f"Chart {fmt_mrn(m, style)}", "Result to add to chart", "Critical result"])
        body = (f"{greet(r, 'en')}\n\nChart {fmt_mrn(m, style)} - {res[1]}.\nPlease plan disclosure this week; the "
                f"ordering MD has been told.\n{signature(r, 'benali', 'en', 1)}")
    return c.out("mrn_only", "chart number with cytogenetic/molecular result, no name", who("benali"),
                 [who(r.choice(["laroche", "raman", "beaulieu"]))], subj, body)


# ---------------------------------------------------------------------------- P28
def p_ontario_referral(c):
    r = c.r
    child = c.v != 2
    p = invented_patient(r, min_year=2008 if child else 1960, max_year=2022 if child else 1995)
    fill_person(r, p, ontario=True)
    num, vc = make_ohip(r)
    p.ohip = num
    ci = r.choice([3, 4, 5])
    cond = OTHER_GENETIC[ci]
    feat = {3: "Six cafe-au-lait macules and axillary freckling.",
            4: "Tall stature, lens subluxation, aortic root z-score +3.1.",
            5: "Septal thickness 19 mm on echo; father died suddenly at 44."}[ci]
    c.idn("ca_health_number", num)
    c.t("patient_name", "date_of_birth", "diagnosis", "patient_contact")
    c.lang = "en" if c.v != 1 else "fr"
    if c.lang == "en":
        md = ext("Dr", "Kwame", "Mensah", "ovch.example")
        body = (f"Dear Medical Genetics team,\n\nReferral for {p.full}, DOB {p.dob.strftime('%d/%m/%Y')}, Ontario health "
                f"card {fmt_ohip(num, vc, c.v)}, living in {p.address.split(',')[1].strip()}.\n\n"
                f"Reason: suspected {cond[1]}. {feat}\n"
                f"The family lives closer to your centre (Gatineau side). Parent phone {p.phone}.\n\n"
                f"OHIP will be billed through the interprovincial agreement.\n\n{md[0]}\nOttawa Valley Children's Hospital\n"
                f"Tel 613-555-0119 | Fax 613-555-0120\n")
        subj = r.choice(["Out-of-province referral - medical genetics", f"Referral: {p.surname}, {p.given}",
                         "Genetics referral (Ontario patient)"])
    else:
        md = ext("Dre", "Jessica", "Rowe", "eocc.example")
        body = (f"Bonjour,\n\nJe vous réfère {p.titled('fr')}, née le {p.dob.isoformat()}, carte santé de l'Ontario "
                f"{fmt_ohip(num, vc, c.v)}, pour évaluation de {cond[0]}. Elle habite maintenant à Gatineau mais "
                f"n'a pas encore sa carte RAMQ. Tél. : {p.phone}.\n\nMerci,\n{md[0]}\nEastern Ontario Cancer Clinic\n")
        if p.sex == "M":
            body = body.replace("née le", "né le").replace("Elle habite", "Il habite")
        subj = "Référence hors province – génétique"
    return c.out("ontario_referral", "out-of-province referral with Ontario health number", md,
                 [generic("accueil.genetique", "Accueil génétique")], subj, body)


# ---------------------------------------------------------------------------- P29
def p_sin_income_support(c):
    r = c.r
    child = invented_patient(r, min_year=2012, max_year=2022) if c.v != 0 else nam_patient(r, c.used, CHILD)
    parent = invented_patient(r, sex=r.choice("FM"), min_year=1975, max_year=1995)
    parent.surname = child.surname
    sin = make_sin(r)
    cond = r.choice(OTHER_GENETIC[1:4] + [("tyrosinémie héréditaire de type 1", "hereditary tyrosinemia type 1", "", "")])
    c.idn("ca_sin", sin)
    c.t("patient_name", "social_information", "diagnosis")
    if c.fr:
        form = [f"Demande de crédit d'impôt pour personnes handicapées / Supplément pour enfant handicapé",
                f"Parent demandeur : {parent.full}", f"NAS du parent : {fmt_sin(sin, c.v)}",
                f"Enfant : {child.full}   Date de naissance : {child.dob.isoformat()}",
                f"Diagnostic : {cond[0]}", "Revenu familial : prestations d'aide sociale depuis 2023",
                "Partie B à remplir par le médecin."]
        body = (f"{greet(r, 'fr', 'Claire')}\n\n{parent.full} a déposé le formulaire ci-joint à l'accueil pour la "
                f"partie médicale. Le NAS est inscrit dessus, je te le transmets pour que tu le joignes à la demande "
                f"d'aide pour les frais de déplacement.\n{signature(r, 'turcotte', 'fr', 3)}")
        subj = r.choice(["Formulaire crédit d'impôt – partie médicale", "Formulaire déposé à l'accueil", "Supplément enfant handicapé"])
        fn = r.choice(["formulaire_CIPH.pdf", f"SEH_{child.surname}.pdf"])
    else:
        form = ["Disability Tax Credit Certificate (T2201) - supporting information", f"Applicant parent: {parent.full}",
                f"Parent SIN: {fmt_sin(sin, c.v)}", f"Child: {child.full}   DOB: {child.dob.isoformat()}",
                f"Diagnosis: {cond[1]}", "Household income: social assistance since 2023"]
        body = (f"{greet(r, 'en', 'Claire')}\n\n{parent.full} dropped off the attached form for the medical section. "
                f"It has the SIN on it - passing it to you for the travel-cost assistance file.\n{signature(r, 'turcotte', 'en', 3)}")
        subj = r.choice(["DTC form - medical part", "Form dropped at reception"])
        fn = r.choice(["T2201_info.pdf", f"DTC_{child.surname}.pdf"])
    c.t("date_of_birth")
    return c.out("sin_income_support", "disability credit / assistance form with parent SIN and child diagnosis",
                 who("turcotte"), [who("hebert")], subj, body, attachments=[pdf_att(fn, form, compress=c.v != 1)])


# ---------------------------------------------------------------------------- P30
def p_zip_family_docs(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v != 1 else invented_patient(r, min_year=1950, max_year=1985)
    gene, var, cfr, cen = r.choice(CANCER_VARIANTS)
    REL = [("sœur", "sister", "F"), ("frère", "brother", "M"), ("cousine", "cousin", "F"), ("cousin", "cousin", "M"),
           ("nièce", "niece", "F"), ("fils", "son", "M"), ("fille", "daughter", "F"), ("neveu", "nephew", "M")]
    relk = [r.choice(REL) for _ in range(r.randint(3, 5))]
    rels = [invented_patient(r, sex=k[2], min_year=1950, max_year=2002) for k in relk]
    head = ["Nom", "Lien avec le cas index", "Téléphone", "Ville", "Test offert"] if c.fr else \
        ["Name", "Relationship to proband", "Phone", "City", "Test offered"]
    rows = [head]
    for x, k in zip(rels, relk):
        rows.append([x.full, k[0] if c.fr else k[1],
                     x.phone, x.address.split(",")[-1].split("(")[0].strip(),
                     f"{gene} ciblé" if c.fr else f"targeted {gene}"])
    letter = [f"Famille {p.surname} – variante {gene} {var}" if c.fr else f"{p.surname} family - {gene} {var}",
              f"Cas index : {p.full} ({cfr})" if c.fr else f"Proband: {p.full} ({cen})"]
    files = [("apparentes.csv" if c.fr else "relatives.csv", make_csv(rows, ";" if c.fr else ",")),
             ("lettre_cas_index.pdf" if c.fr else "proband_summary.pdf", make_pdf(letter))]
    c.t("patient_name", "diagnosis", "patient_contact", "lab_result")
    fn = r.choice([f"cascade_{p.surname}.zip", "dossier_famille.zip", "cascade_docs.zip"])
    if c.fr:
        body = (f"{greet(r, 'fr', 'Julien')}\n\nComme tu reprends le dépistage en cascade de cette famille pendant mon "
                f"congé, voici la liste des apparentés et le résumé du cas index (zip).\n{signature(r, 'laroche', 'fr', 1)}")
        subj = r.choice(["Famille à reprendre – cascade", "Documents cascade (zip)"])
    else:
        body = (f"{greet(r, 'en', 'Julien')}\n\nSince you're taking over this family's cascade testing while I'm away, "
                f"here are the relatives list and proband summary.\n{signature(r, 'raman', 'en', 1)}")
        subj = r.choice(["Cascade family handover (zip)", "Cascade docs"])
    return c.out("zip_family_docs", "ZIP with relatives' contact CSV and proband summary", who("laroche" if c.fr else "raman"),
                 [who("beaulieu")], subj, body, attachments=[zip_att(fn, files)])


# ---------------------------------------------------------------------------- P31
def p_attached_eml(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v != 2 else invented_patient(r)
    cfr, cen, mfr, men, lab, lab_en = r.choice(METABOLIC[4:] + METABOLIC[:2])
    when = c.date - datetime.timedelta(days=r.randint(1, 4))
    c.t("patient_name", "medication", "diagnosis")
    if c.fr:
        inner_body = (f"Bonjour docteure,\n\nDepuis que la dose de {mfr.split(' (')[0]} a été changée j'ai des nausées "
                      f"et beaucoup de fatigue. Est-ce normal avec ma {cfr} ? Je dois aussi renouveler mon ordonnance "
                      f"avant le 30. Merci de me rappeler.\n\n{p.full}\n{p.phone}")
        inner = inner_eml((p.full, p.email), [("Clinique de génétique", f"accueil.genetique@{ORG['dom']}")],
                          "Effets secondaires", inner_body, when, f"<{r.randint(10**8, 10**9)}@{p.email.split('@')[1]}>",
                          charset=r.choice(["utf-8", "iso-8859-1"]))
        body = f"{greet(r, 'fr', 'Dre Charest')}\n\nCourriel de patient(e) ci-joint, pour suivi.\n{signature(r, 'turcotte', 'fr', 1)}"
        subj = r.choice(["TR: Effets secondaires", "Courriel patient", "À traiter – courriel reçu"])
    else:
        inner_body = (f"Hello Doctor,\n\nSince my {men.split(' ')[0]} dose was changed I feel nauseous and exhausted. "
                      f"Is this normal with my {cen}? I also need a renewal before the 30th.\n\n{p.full}\n{p.phone}")
        inner = inner_eml((p.full, p.email), [("Genetics clinic", f"accueil.genetique@{ORG['dom']}")], "Side effects",
                          inner_body, when, f"<{r.randint(10**8, 10**9)}@{p.email.split('@')[1]}>", lang="en")
        body = f"{greet(r, 'en', 'Dr Charest')}\n\nPatient e-mail attached for follow-up.\n{signature(r, 'turcotte', 'en', 1)}"
        subj = r.choice(["FW: Side effects", "Patient e-mail"])
    c.t("patient_contact")
    return c.out("attached_eml", "patient e-mail attached as message/rfc822 with medication and diagnosis",
                 who("turcotte"), [who("charest")], subj, body,
                 attachments=[eml_att(inner, r.choice([None, "courriel_patient.eml", "message.eml"]))])


# ---------------------------------------------------------------------------- P32
def p_html_roster(c):
    r = c.r
    d = later(r, c.date.date(), 1, 3)
    rows = []
    for i in range(r.randint(6, 9)):
        p = invented_patient(r) if i % 2 else nam_patient(r, None, None)
        ind = r.choice([x[0 if c.fr else 1] for x in OTHER_GENETIC] + (["Oncogénétique – BRCA", "DPNI anormal"] if c.fr else ["Cancer genetics - BRCA", "Abnormal NIPT"]))
        rows.append((f"{8 + i}:{r.choice(['00', '30'])}", f"{p.surname.upper()}, {p.given}", p.mrn, ind,
                     r.choice(["laroche", "dufresne", "raman", "beaulieu"])))
    c.t("patient_name", "mrn", "diagnosis")
    head = ["Heure", "Patient", "Dossier", "Motif", "CG"] if c.fr else ["Time", "Patient", "MRN", "Reason", "GC"]
    trs = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{m}</td><td>{ind}</td><td>{staff(k)['given']}</td></tr>"
                    for a, b, m, ind, k in rows)
    title = (f"Clinique de génétique – {ldate(d, 'fr', True)}" if c.fr else f"Genetics clinic - {ldate(d, 'en', True)}")
    html = (f"<html><body style=\"font-family:Arial\"><p>{'Bonjour à tous,' if c.fr else 'Hi all,'}</p>"
            f"<p>{'Voici la liste de clinique de demain :' if c.fr else 'Here is tomorrow’s clinic list:'}</p>"
            f"<h3>{title}</h3><table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
            f"<tr>{''.join(f'<th>{h}</th>' for h in head)}</tr>\n{trs}\n</table>"
            f"<p>Sophie Turcotte<br>{ORG['gen_fr'] if c.fr else ORG['gen_en']}<br>{ORG['tel']}</p></body></html>\n")
    plain = "\n".join(" | ".join([a, b, m, ind, staff(k)['given']]) for a, b, m, ind, k in rows)
    c.tp["mode"] = "html" if c.v != 1 else "alt"
    subj = r.choice(["Liste de clinique de demain", f"Clinique {d.isoformat()}"]) if c.fr else r.choice(["Tomorrow's clinic list", f"Clinic list {d.isoformat()}"])
    return c.out("html_roster", "HTML table of next day's clinic with names, MRNs, reasons", who("turcotte"),
                 [who("laroche"), who("dufresne"), who("raman"), who("beaulieu"), who("vachon")], subj,
                 title + "\n\n" + plain + "\n", html=html)


# ---------------------------------------------------------------------------- P33
def p_sample_rejection(c):
    r = c.r
    p = nam_patient(r, c.used, None)
    reason = r.choice([("échantillon hémolysé", "haemolysed sample"), ("tube non identifié au lit du patient", "tube not labelled at bedside"),
                       ("délai de transport dépassé (> 72 h)", "transport time exceeded (>72 h)"), ("tube hépariné au lieu d'EDTA", "heparin tube instead of EDTA")])
    test = r.choice(list(zip(TESTS_FR[4:8], TESTS_EN[4:8])))
    c.idn("ramq_nam", p.nam)
    c.t("patient_name", "date_of_birth")
    nm = fmt_nam(p.nam, c.v + 5)
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nL'échantillon suivant est refusé : {reason[0]}.\n\n"
                f"  Nom : {p.surname} {p.given}\n  DDN : {dob_str(p.dob, r)}\n  NAM : {nm}\n  Analyse : {test[0]}\n\n"
                f"Un nouveau prélèvement est nécessaire. Merci d'aviser le patient.\n{signature(r, 'benali', 'fr', 2)}")
        subj = r.choice(["Échantillon refusé – nouveau prélèvement requis", "Non-conformité échantillon", "Rejet d'échantillon"])
    else:
        body = (f"{greet(r, 'en')}\n\nThe following sample was rejected: {reason[1]}.\n\n  Name: {p.surname}, {p.given}\n"
                f"  DOB: {p.dob.isoformat()}\n  RAMQ: {nm}\n  Test: {test[1]}\n\nPlease arrange a new collection.\n"
                f"{signature(r, 'benali', 'en', 2)}")
        subj = r.choice(["Sample rejected - recollection needed", "Specimen non-conformity"])
    return c.out("sample_rejection", "rejected specimen notice with NAM (disguised) and DOB", who("benali"),
                 [generic("centre.prelevements", "Centre de prélèvements")], subj, body)


# ---------------------------------------------------------------------------- P34
def p_vus_reclass(c):
    r = c.r
    rows = [["Nom", "Dossier", "Gène", "Variante", "Ancienne classe", "Nouvelle classe", "Médecin"] if c.fr else
            ["Name", "MRN", "Gene", "Variant", "Previous class", "New class", "Physician"]]
    for i in range(r.randint(3, 6)):
        p = invented_patient(r) if i % 2 == 0 else nam_patient(r, None, ADULT)
        g, v = r.choice(VUS)
        new = r.choice(["probablement pathogène", "probablement bénigne", "bénigne"]) if c.fr else r.choice(["likely pathogenic", "likely benign", "benign"])
        rows.append([f"{p.surname}, {p.given}", p.mrn, g, v, "VUS (3)", new, r.choice(["Vachon-Desrosiers", "Okafor"])])
    c.t("patient_name", "mrn", "lab_result")
    if c.v == 2:
        tbl = "\n".join("  " + " | ".join(x) for x in rows)
        atts = []
        extra = "\n\n" + tbl + "\n"
    else:
        atts = [xlsx_att("reclassification_VUS.xlsx" if c.fr else "VUS_reclassification.xlsx", [("VUS", rows)])]
        extra = ""
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nSuite à la réunion de révision des variantes, les VUS suivantes ont été reclassées. "
                f"Des rapports révisés seront émis ; merci de recontacter les patients concernés.{extra}\n"
                f"{signature(r, 'chen', 'fr', 0)}")
        subj = "Reclassification de variantes – patients à recontacter"
    else:
        body = (f"{greet(r, 'en')}\n\nFollowing the variant review meeting the VUS below were reclassified. Amended reports "
                f"will be issued; please recontact these patients.{extra}\n{signature(r, 'chen', 'en', 0)}")
        subj = "Variant reclassification - patients to recontact"
    return c.out("vus_reclass", "list of patients whose VUS was reclassified", who("chen"),
                 [who("vachon"), who("okafor")], subj, body, cc=[who("lemieux")], attachments=atts)


# ---------------------------------------------------------------------------- P35
def p_huntington(c):
    r = c.r
    p = nam_patient(r, c.used, lambda x: 1965 <= x.dob.year <= 2002) if c.v != 1 else invented_patient(r, min_year=1970, max_year=2000)
    c.t("patient_name", "diagnosis")
    low = p.full.lower() if c.v == 0 else p.initials_surname if c.v == 1 else f"{p.surname.lower()} {p.given.lower()}"
    if c.fr:
        body = (f"allo,\n\npeux-tu booker {low} avec la psychologue pour l'évaluation pré-test huntington ? sa mère est "
                f"atteinte (diagnostiquée à 52 ans), risque 50 %. {'il' if p.sex == 'M' else 'elle'} a eu des idées noires "
                f"l'an dernier, à surveiller. protocole habituel 3 visites.\n\nmerci\nJ.\n")
        subj = r.choice(["test prédictif MH", "éval psy pré-test", "booker psy svp"])
    else:
        body = (f"hi,\n\ncan you book {low} with psychology for the pre-test huntington assessment? mother affected "
                f"(dx at 52), 50% risk. history of dark thoughts last year, keep an eye. usual 3-visit protocol.\n\nthx\nJ.\n")
        subj = r.choice(["HD predictive test", "psych eval pre-test"])
    c.tp.setdefault("charset", "us-ascii")
    return c.out("huntington_predictive", "hurried lower-case note: at-risk Huntington patient, mood history",
                 who("beaulieu"), [who("turcotte")], subj, body)


# ---------------------------------------------------------------------------- P36
def p_insurance_letter(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v != 0 else invented_patient(r, min_year=1960, max_year=1995)
    gene, var, cfr, cen = r.choice(CANCER_VARIANTS)
    insurer = r.choice(["Assurances Boréal Vie", "Laurentienne Mutuelle", "Northstar Life"])
    c.t("patient_name", "social_information", "lab_result")
    if c.fr:
        body = (f"{greet(r, 'fr', 'Dre Vachon')}\n\n{p.titled('fr')} a appelé : son assureur ({insurer}) exige une copie "
                f"de ses résultats génétiques pour sa nouvelle assurance-vie et menace de refuser la police. Elle a eu le "
                f"résultat {gene} positif en février. Elle vient de perdre son emploi et dit ne pas pouvoir se passer de "
                f"cette assurance. Je lui ai rappelé la Loi sur la non-discrimination génétique. Pouvez-vous la rappeler ?\n"
                f"{signature(r, 'dufresne', 'fr', 0)}")
        subj = r.choice(["Assureur – demande de résultats génétiques", "Appel patiente – assurance-vie", "Question assurance"])
    else:
        body = (f"{greet(r, 'en', 'Dr Vachon')}\n\n{p.titled('en')} called: her insurer ({insurer}) wants a copy of her "
                f"genetic results for a new life policy and may refuse coverage. She tested {gene} positive in February. "
                f"She was just laid off and says she cannot go without this coverage. I reminded her of the Genetic "
                f"Non-Discrimination Act. Could you call her back?\n{signature(r, 'raman', 'en', 0)}")
        subj = r.choice(["Insurer requesting genetic results", "Patient call - life insurance"])
    if c.v == 1:
        sin = make_sin(r)
        c.idn("ca_sin", sin)
        body = body.replace("\n--", "\n" + (f"\nP.-S. Elle a laissé à l'accueil le formulaire de l'assureur, qui indique son NAS "
                                              f"({fmt_sin(sin, 1)}) ; je l'ai mis dans le dossier." if c.fr else
                                              f"\nPS: she left the insurer's form at reception; it shows her SIN ({fmt_sin(sin, 0)}). "
                                              f"Filed in the chart.") + "\n--", 1)
    if p.sex == "M":
        body = body.replace(" her ", " his ").replace("She ", "He ").replace(" she ", " he ").replace("Elle ", "Il ").replace("son NAS", "son NAS").replace("she left", "he left")
    return c.out("insurance_letter", "patient's insurer asking for genetic results, job loss", who("dufresne" if c.fr else "raman"),
                 [who("vachon")], subj, body)


# ---------------------------------------------------------------------------- P37
def p_requisition_pdf(c):
    r = c.r
    p = nam_patient(r, c.used, None)
    c.idn("ramq_nam", p.nam)
    c.t("patient_name", "date_of_birth", "diagnosis")
    cond = r.choice(OTHER_GENETIC)
    test = r.choice(TESTS_FR) if c.fr else r.choice(TESTS_EN)
    lines = ["REQUÊTE – ANALYSES DE GÉNÉTIQUE MOLÉCULAIRE / MOLECULAR GENETICS REQUISITION", "",
             f"Nom / Name : {p.surname}    Prénom / First name : {p.given}",
             f"Date de naissance / DOB : {p.dob.isoformat()}    Sexe : {p.sex}",
             f"NAM / RAMQ : {fmt_nam(p.nam, 1)}", f"Adresse : {p.address}",
             f"Analyse demandée : {test}",
             (f"Renseignements cliniques : suspicion de {cond[0]}, antécédents familiaux positifs" if c.fr else
              f"Clinical information: suspected {cond[1]}, positive family history"), f"Médecin demandeur : {staff('okafor')['disp']} (licence 1-{r.randint(10000, 99999)})",
             "Consentement signé : OUI"]
    c.t("patient_contact")
    fn = r.choice(["requete.pdf", f"Requete_{p.surname}.pdf", "requisition_scan.pdf"])
    if c.fr:
        body = f"{greet(r, 'fr')}\n\nRequête ci-jointe ; le tube part par la navette de 14 h.\n{signature(r, 'laroche', 'fr', 1)}"
        subj = r.choice(["Requête + échantillon navette 14 h", "Requête à saisir"])
    else:
        body = f"{greet(r, 'en')}\n\nRequisition attached; the tube goes on the 2 pm shuttle.\n{signature(r, 'raman', 'en', 1)}"
        subj = r.choice(["Requisition + sample on 2pm shuttle", "Requisition to enter"])
    return c.out("requisition_pdf", "filled requisition PDF with NAM, DOB, address and indication",
                 who("laroche" if c.fr else "raman"), [generic("reception.ldm", "Réception LDM")], subj, body,
                 attachments=[pdf_att(fn, lines, compress=c.v != 0)])


# ---------------------------------------------------------------------------- P38
def p_handover(c):
    r = c.r
    items = []
    for i in range(r.randint(4, 7)):
        p = invented_patient(r) if i % 2 else nam_patient(r, None, ADULT)
        gene, var, cfr, cen = r.choice(CANCER_VARIANTS)
        form = r.choice([p.full, p.rev, p.initials_surname, p.titled_surname("fr" if c.fr else "en")])
        first = i == 0
        if c.fr:
            items.append(f"- {form} : {gene} positif, divulgué, lettre familiale à envoyer" if first else r.choice([f"- {form} : {gene} positif, divulgué, lettre familiale à envoyer",
                                   f"- {form} : résultat négatif à divulguer (appel prévu mardi)",
                                   f"- {form} : VUS {gene}, rassurer, pas de dépistage en cascade",
                                   f"- {form} : en attente du résultat {r.choice(TESTS_FR[:3])}, très anxieuse"]))
        else:
            items.append(f"- {form}: {gene} positive, disclosed, family letter to send" if first else r.choice([f"- {form}: {gene} positive, disclosed, family letter to send",
                                   f"- {form}: negative result to disclose (call booked Tuesday)",
                                   f"- {form}: {gene} VUS, reassure, no cascade",
                                   f"- {form}: awaiting {r.choice(TESTS_EN[:3])}, very anxious"]))
    c.t("patient_name", "lab_result", "diagnosis")
    if c.fr:
        body = (f"{greet(r, 'fr', 'Julien')}\n\nVoici mes dossiers actifs pendant mes vacances (du 4 au 15) :\n\n"
                + "\n".join(items) + f"\n\nTout est dans le dossier partagé. Merci mille fois !\n{signature(r, 'dufresne', 'fr', 1)}")
        subj = r.choice(["Passation de dossiers – vacances", "Mes dossiers pendant mon absence"])
    else:
        body = (f"{greet(r, 'en', 'Julien')}\n\nMy active files while I'm on vacation (4th-15th):\n\n" + "\n".join(items)
                + f"\n\nEverything is in the shared folder. Thanks!\n{signature(r, 'raman', 'en', 1)}")
        subj = r.choice(["Handover - vacation", "My files while I'm away"])
    return c.out("handover_list", "counsellor handover list of patients with results", who("dufresne" if c.fr else "raman"),
                 [who("beaulieu")], subj, body)


# ---------------------------------------------------------------------------- P39
def p_misattributed(c):
    r = c.r
    child = invented_patient(r, min_year=2016, max_year=2024) if c.v != 0 else nam_patient(r, c.used, CHILD)
    c.t("patient_name", "social_information", "lab_result")
    kind = r.choice(["np", "consang"])
    if c.fr:
        finding = ("le père déclaré n'est pas le père biologique (non-paternité, probabilité > 99,9 %)" if kind == "np" else
                   "de longues régions d'homozygotie (≈ 9 % du génome) suggérant une union entre apparentés au 1er degré")
        body = (f"{greet(r, 'fr', 'Hélène')}\n\nL'exome en trio de {child.full} (dossier {child.mrn}) ne montre pas de "
                f"variante expliquant l'épilepsie, mais l'analyse révèle que {finding}. Comment souhaites-tu gérer la "
                f"divulgation ? Le consentement ne couvrait pas les découvertes fortuites de ce type. "
                f"Je propose d'en discuter avec l'éthicienne avant la rencontre.\n{signature(r, 'lemieux', 'fr', 0)}")
        subj = r.choice(["Exome trio – découverte délicate", "Trio – question de divulgation", "Confidentiel – exome"])
    else:
        finding = ("the stated father is not the biological father (non-paternity, >99.9%)" if kind == "np" else
                   "large runs of homozygosity (~9% of the genome) suggesting a first-degree consanguineous union")
        body = (f"{greet(r, 'en', 'Helene')}\n\nTrio exome for {child.full} (MRN {child.mrn}): no variant explaining the "
                f"epilepsy, but the analysis shows that {finding}. How do you want to handle disclosure? Consent did not "
                f"cover this kind of incidental finding.\n{signature(r, 'lemieux', 'en', 0)}")
        subj = r.choice(["Trio exome - sensitive finding", "Confidential - trio result"])
    c.t("mrn")
    return c.out("misattributed_paternity", "trio exome revealing non-paternity or consanguinity", who("lemieux"),
                 [who("vachon")], subj, body)


# ---------------------------------------------------------------------------- P40
def p_result_letter_docx(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v != 2 else invented_patient(r)
    test = r.choice(list(zip(TESTS_FR[:3] + TESTS_FR[6:7], TESTS_EN[:3] + TESTS_EN[6:7])))
    c.t("patient_name", "patient_contact", "lab_result")
    if c.fr:
        blocks = [("p", ORG["gen_fr"] + " – " + ORG["hosp_fr"]), ("p", ldate(c.date.date(), "fr")),
                  ("p", f"{p.titled('fr')}\n{p.address}"), ("p", f"Objet : résultat de votre {test[0]}"),
                  ("p", f"{'Madame' if p.sex == 'F' else 'Monsieur'},"),
                  ("p", "Comme discuté au téléphone, l'analyse n'a révélé aucune variante pathogène ni probablement "
                        "pathogène dans les gènes étudiés. Ce résultat ne modifie pas les recommandations de dépistage "
                        "basées sur votre histoire familiale."),
                  ("p", f"{staff('laroche')['name']}, conseillère en génétique, pour {staff('vachon')['disp']}")]
        fn = r.choice([f"Lettre_resultat_{p.surname}.docx", "lettre résultat négatif.docx"])
        body = f"{greet(r, 'fr', 'Sophie')}\n\nLettre à poster aujourd'hui, merci !\n{signature(r, 'laroche', 'fr', 1)}"
        subj = r.choice(["Lettre à poster", "Lettre de résultat – envoi postal"])
    else:
        blocks = [("p", ORG["gen_en"] + " - " + ORG["hosp_fr"]), ("p", ldate(c.date.date(), "en")),
                  ("p", f"{p.titled('en')}\n{p.address}"), ("p", f"Re: your {test[1]} result"),
                  ("p", f"Dear {p.titled_surname('en')},"),
                  ("p", "As discussed by phone, no pathogenic or likely pathogenic variant was found in the genes "
                        "analysed. Screening recommendations based on your family history are unchanged."),
                  ("p", f"{staff('raman')['name']}, Genetic Counsellor, for {staff('okafor')['disp']}")]
        fn = r.choice([f"Result_letter_{p.surname}.docx", "negative result letter.docx"])
        body = f"{greet(r, 'en', 'Sophie')}\n\nLetter to mail today please.\n{signature(r, 'raman', 'en', 1)}"
        subj = r.choice(["Letter to mail", "Result letter - post"])
    return c.out("result_letter_docx", "result letter DOCX to patient's home address", who("laroche" if c.fr else "raman"),
                 [who("turcotte")], subj, body, attachments=[docx_att(fn, blocks, fn_style=r.choice(["plain", "rfc2231"]))])


BUILDERS_B = [p_vcard_patient, p_pharmacogenomics, p_metabolic_pharmacy, p_transport_interpreter, p_social_work,
              p_discharge_summary, p_mrn_only, p_ontario_referral, p_sin_income_support, p_zip_family_docs,
              p_attached_eml, p_html_roster, p_sample_rejection, p_vus_reclass, p_huntington, p_insurance_letter,
              p_requisition_pdf, p_handover, p_misattributed, p_result_letter_docx]
