"""Positive (confidential) messages, part A: referrals, results, cascade testing, screening."""
import datetime

from gen_attach import csv_att, docx_att, pdf_att, xlsx_att, ics_att, make_ics
from gen_build import ext, generic, outlook_quote, quote_block, who
from gen_common import (EXTERNAL_MD, ORG, PARTNER_BE, PARTNER_FR, clock, dob_str, fmt_mrn, fmt_nam, fmt_ohip, make_ohip,
                        fmt_nir, fmt_niss, fr_clock, invented_patient, later, ldate, make_nir, make_niss,
                        nam_patient, signature, greet, staff)
from gen_content import (CANCER_DX_EN, CANCER_DX_FR, CANCER_VARIANTS, NBS, PRENATAL, RELATIVES_EN,
                         RELATIVES_FR, TESTS_EN, TESTS_FR)

ADULT = lambda p: 1940 <= p.dob.year <= 1990
CHILD = lambda p: p.dob.year >= 2010
WOMAN_ADULT = lambda p: p.sex == "F" and 1950 <= p.dob.year <= 1995
CHILDBEARING = lambda p: p.sex == "F" and 1979 <= p.dob.year <= 2003


def rec_for(gene, sex, lang):
    fr = lang == "fr"
    if gene in ("BRCA1", "BRCA2", "PALB2", "CHEK2"):
        if sex == "F":
            return ("IRM mammaire annuelle et mammographie ; discussion de la salpingo-ovariectomie prophylactique."
                    if fr else "annual breast MRI and mammography; discuss risk-reducing salpingo-oophorectomy.")
        return ("examen mammaire clinique annuel, dépistage de la prostate dès 40 ans." if fr else
                "annual clinical breast exam, prostate screening from age 40.")
    if gene in ("MLH1", "MSH2", "MSH6", "PMS2"):
        return (("coloscopie aux 1 à 2 ans" + (", discussion de l'hystérectomie prophylactique après la maternité." if sex == "F" else "."))
                if fr else ("colonoscopy every 1-2 years" + ("; discuss risk-reducing hysterectomy after childbearing." if sex == "F" else ".")))
    if gene == "APC":
        return "coloscopie annuelle, évaluation chirurgicale." if fr else "annual colonoscopy, surgical assessment."
    return ("IRM corps entier annuelle (protocole de Toronto)." if fr else "annual whole-body MRI (Toronto protocol).")


def _md(i):
    t, g, s, org, dom, spec = EXTERNAL_MD[i]
    return ext(t, g, s, dom), org, spec


# ---------------------------------------------------------------------------- P1
def p_referral_hboc(c):
    r = c.r
    p = nam_patient(r, c.used, WOMAN_ADULT if c.v != 2 else ADULT)
    age = p.age_on(c.date.date())
    a = max(28, age - r.randint(0, 6))
    (frm, org, _spec) = _md(r.choice([0, 2, 4]) if c.fr else 0)
    if not c.fr:
        frm = ext("Dr", "Rebecca", "Hollander", "westisland-fmg.example")
        org = "West Island Family Medicine Group"
    nam = fmt_nam(p.nam, c.v + 1)
    c.idn("ramq_nam", p.nam)
    c.t("patient_name", "date_of_birth", "diagnosis")
    idx = r.choice([0, 1, 2, 3, 4, 6] if p.sex == "F" else [1, 5, 6])
    dx = (CANCER_DX_FR[idx] if c.fr else CANCER_DX_EN[idx]).format(a=a)
    if c.fr:
        mother = r.choice(["Sa mère a eu un cancer de l'ovaire à 54 ans", "Sa sœur aînée a eu un cancer du sein à 39 ans",
                           "Son père a eu un cancer du pancréas à 61 ans et une tante paternelle un cancer du sein"])
        subj = r.choice(["Demande de consultation – oncogénétique", f"Référence oncogénétique {p.titled_surname('fr')}",
                         "Consultation génétique SVP"])
        body = (f"{greet(r, 'fr')}\n\nJe vous adresse {p.titled('fr')}, née le {dob_str(p.dob, r)}"
                f" (NAM {nam}), pour une évaluation en oncogénétique.\n\n"
                f"Histoire : {dx}, traité à l'hôpital régional. {mother}. "
                f"Ascendance canadienne-française des deux côtés.\n\n"
                f"Elle souhaite savoir si ses enfants devraient être testés. Elle préfère être jointe au {p.phone} "
                f"en après-midi.\n\nMerci de votre collaboration,\n\n{frm[0]}\n{org}\nTél. clinique : 450-555-0188\n")
        if p.sex == "M":
            body = body.replace("née le", "né le").replace("Elle souhaite", "Il souhaite").replace("Elle préfère", "Il préfère")
    else:
        fam = r.choice(["Mother had ovarian cancer at 54", "Older sister had breast cancer at 39",
                        "Father with pancreatic cancer at 61; paternal aunt with breast cancer"])
        subj = r.choice(["Genetics referral", f"Referral - hereditary cancer assessment - {p.surname}",
                         "New referral for cancer genetics"])
        body = (f"Dear colleagues,\n\nPlease see {p.titled('en')} (DOB {p.dob.isoformat()}, RAMQ {nam}) "
                f"for a hereditary cancer risk assessment.\n\nPersonal history: {dx}. {fam}. "
                f"Ashkenazi Jewish ancestry on the maternal side.\n\nBest phone number: {p.phone}.\n\n"
                f"Thank you,\n{frm[0]}\n{org}\n")
    c.t("patient_contact")
    return c.out("referral_hboc", "GP referral for hereditary cancer with NAM, DOB and history",
                 frm, [generic("accueil.genetique", "Accueil génétique")], subj, body)


# ---------------------------------------------------------------------------- P2
def p_consult_reply(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v != 1 else invented_patient(r, min_year=1955, max_year=1990)
    gene, var, cfr, cen = r.choice(CANCER_VARIANTS)
    md, org, _ = _md(r.choice([0, 1, 5]))
    author = r.choice(["vachon", "okafor"])
    c.t("patient_name", "mrn", "lab_result", "diagnosis")
    mrn = fmt_mrn(p.mrn, c.v)
    namline = ""
    if c.v == 0:
        namline = f"    NAM : {fmt_nam(p.nam, 2)}"
        c.idn("ramq_nam", p.nam)
    if c.fr:
        blocks = [("h", "Note de consultation – génétique médicale"),
                  ("p", f"Patient(e) : {p.surname.upper()}, {p.given}    Dossier : {mrn}" + namline),
                  ("p", f"Date de la visite : {ldate(c.date.date(), 'fr')}"),
                  ("p", f"Résultat : variante pathogène hétérozygote {gene} {var}, confirmant un {cfr}."),
                  ("p", "Recommandations : " + rec_for(gene, p.sex, "fr") + " Dépistage en cascade offert aux "
                        "apparentés au premier degré ; une lettre familiale a été remise."),
                  ("p", f"{staff(author)['disp']}, {staff(author)['role_fr']}")]
        fn = f"Consultation_genetique_{p.surname}_{c.date.strftime('%Y%m%d')}.docx"
        body = (f"{greet(r, 'fr', md[0])}\n\nVeuillez trouver ci-joint la note de consultation de votre patient(e) "
                f"{p.titled_surname('fr')} vu(e) hier à la clinique d'oncogénétique. En bref : {gene} positif, "
                f"suivi à haut risque recommandé.\n{signature(r, author, 'fr')}")
        subj = r.choice(["Note de consultation", f"Consultation génétique – {p.surname}", "Suivi de votre référence"])
    else:
        blocks = [("h", "Medical Genetics – Consultation Note"),
                  ("p", f"Patient: {p.surname.upper()}, {p.given}    MRN: {mrn}" + namline),
                  ("p", f"Visit date: {ldate(c.date.date(), 'en')}"),
                  ("p", f"Result: heterozygous pathogenic variant {gene} {var}, consistent with {cen}."),
                  ("p", "Recommendations: " + rec_for(gene, p.sex, "en") + " Cascade testing offered to first-degree "
                        "relatives; family letter provided."),
                  ("p", f"{staff(author)['disp']}, {staff(author)['role_en']}")]
        fn = f"GeneticsConsult_{p.surname}_{p.given}.docx"
        body = (f"{greet(r, 'en', md[0])}\n\nPlease find attached the consultation note for your patient "
                f"{p.titled_surname('en')}, seen yesterday in the cancer genetics clinic. Short version: {gene} "
                f"positive, high-risk surveillance recommended.\n{signature(r, author, 'en')}")
        subj = r.choice(["Consultation note", f"Genetics consult - {p.surname}", "Re: your referral"])
    return c.out("consult_reply", "consultation note DOCX with pathogenic variant", who(author), [md], subj, body,
                 attachments=[docx_att(fn, blocks, fn_style=r.choice(["plain", "rfc2231"]))])


# ---------------------------------------------------------------------------- P3
def p_lab_report_pdf(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT)
    gene, var, cfr, cen = r.choice(CANCER_VARIANTS)
    c.idn("ramq_nam", p.nam)
    c.t("patient_name", "date_of_birth", "mrn", "lab_result")
    test = r.choice(TESTS_FR[:3]) if c.fr else r.choice(TESTS_EN[:3])
    lab_no = f"LDM-25-{r.randint(1000, 9999)}"
    header = [f"{ORG['lab_fr']} – {ORG['hosp_short']}", ORG["addr_lab"], f"Tél. {ORG['tel_lab']}"]
    lines = [
        f"Nom / Name : {p.surname.upper()}, {p.given}", f"Sexe : {p.sex}    Date de naissance : {p.dob.isoformat()}",
        f"NAM : {fmt_nam(p.nam, 0)}    Dossier : {p.mrn}", f"No de laboratoire : {lab_no}",
        f"Analyse : {test}", "",
        "RÉSULTAT : POSITIF" if c.fr else "RESULT: POSITIVE",
        f"{gene} {var} – hétérozygote – classe 5 (pathogène)" if c.fr else f"{gene} {var} - heterozygous - class 5 (pathogenic)",
        "", "Interprétation : " + (f"Ce résultat confirme un {cfr}." if c.fr else f"This result confirms {cen}."),
        "Méthode : capture hybride, séquençage NGS, analyse CNV ; confirmation Sanger.",
        "", f"Validé par : {staff('lemieux')['disp']}, {staff('lemieux')['role_fr']}",
    ]
    fn = r.choice([f"{lab_no}.pdf", f"rapport_{lab_no}.pdf", f"Rapport_{p.surname}.pdf"])
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nVoici le rapport final {lab_no} ({test}). Le résultat a été saisi dans le dossier "
                f"électronique. Merci d'en informer le médecin traitant.\n{signature(r, 'benali', 'fr')}")
        subj = r.choice([f"Rapport final {lab_no}", "Rapport signé – à transmettre", f"Résultat {lab_no} disponible"])
    else:
        body = (f"{greet(r, 'en')}\n\nAttached is final report {lab_no} ({test}). It has been released to the EHR. "
                f"Please let the ordering physician know.\n{signature(r, 'benali', 'en')}")
        subj = r.choice([f"Final report {lab_no}", "Signed report attached", f"Report {lab_no} ready"])
    return c.out("lab_report_pdf", "signed molecular report PDF with NAM and result", who("benali"),
                 [who(r.choice(["dufresne", "raman", "laroche"]))], subj, body,
                 attachments=[pdf_att(fn, lines, header=header, title="Rapport de laboratoire / Laboratory report",
                                      compress=c.v != 1)])


# ---------------------------------------------------------------------------- P4
def p_result_booking(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v == 0 else invented_patient(r, min_year=1960, max_year=2000)
    appt = later(r, c.date.date(), 3, 20)
    hr = clock(r)
    gc = r.choice(["laroche", "dufresne", "raman", "beaulieu"])
    c.t("patient_name", "patient_contact")
    if c.fr:
        body = (f"Bonjour {p.titled('fr')},\n\nNous avons tenté de vous joindre au {p.phone} sans succès. "
                f"Vos résultats d'analyse génétique ({r.choice(TESTS_FR[:6])}) sont disponibles. "
                f"Un rendez-vous vous a été réservé avec {staff(gc)['name']}, {staff(gc)['role_fr']}, le "
                f"{ldate(appt, 'fr', True)} à {fr_clock(hr)}, {ORG['addr']}.\n\n"
                f"Les résultats ne sont jamais communiqués par courriel ni par téléphone. Si la date ne vous convient pas, "
                f"veuillez appeler le {ORG['tel']}.\n\nAccueil – {ORG['gen_fr']}\n")
        subj = r.choice(["Votre rendez-vous en génétique", "Rendez-vous – remise de résultats", "Convocation"])
    else:
        body = (f"Dear {p.titled('en')},\n\nWe tried to reach you at {p.phone}. Your genetic test results "
                f"({r.choice(TESTS_EN[:6])}) are ready. An appointment has been booked with {staff(gc)['name']}, "
                f"genetic counsellor, on {ldate(appt, 'en', True)} at {hr}.\nLocation: {ORG['addr']}.\n\n"
                f"Results are never given by e-mail or phone. To reschedule call {ORG['tel']}.\n\n"
                f"Reception - {ORG['gen_en']}\n")
        subj = r.choice(["Your genetics appointment", "Appointment to discuss your results", "Appointment confirmation"])
    return c.out("result_booking", "appointment letter to patient, phone, test named", generic("accueil.genetique", "Accueil génétique CHUSL"),
                 [(p.full, p.email)], subj, body)


# ---------------------------------------------------------------------------- P5
def p_cascade_family_letter(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v != 2 else invented_patient(r, min_year=1950, max_year=1985)
    gene, var, cfr, cen = r.choice(CANCER_VARIANTS)
    rel = (r.choice(["sœur", "fille", "mère", "cousine"] if p.sex == "F" else ["frère", "fils", "père", "cousin"]) if c.fr else
           r.choice(["sister", "daughter", "mother", "cousin"] if p.sex == "F" else ["brother", "son", "father", "cousin"]))
    c.t("patient_name", "lab_result", "diagnosis")
    if c.fr:
        blocks = [("h", "Lettre aux membres de la famille"),
                  ("p", "Madame, Monsieur,"),
                  ("p", f"Votre {rel}, {p.titled('fr')}, a récemment reçu un résultat d'analyse génétique montrant "
                        f"une variante pathogène dans le gène {gene} ({var}). Cette variante est associée au {cfr}."),
                  ("p", "Vous pourriez avoir hérité de cette même variante (risque de 50 % pour les apparentés au premier "
                        "degré). Un test ciblé vous est offert gratuitement. Apportez cette lettre à votre médecin ou "
                        f"appelez-nous au {ORG['tel']}."),
                  ("p", f"{staff('dufresne')['name']}, conseillère en génétique")]
        fn = r.choice([f"Lettre_famille_{p.surname}.docx", "Lettre_familiale_modifiee.docx", f"lettre famille {gene} {p.surname}.docx"])
        body = (f"{greet(r, 'fr', 'Marie-Ève')}\n\nVoici la lettre familiale personnalisée pour la famille "
                f"{p.surname}. Peux-tu la relire avant que je l'envoie à la patiente ? Elle veut la remettre à ses "
                f"frères et sœurs à Noël.\n{signature(r, 'dufresne', 'fr', 1)}")
        subj = r.choice(["Lettre familiale à relire", "Relecture – lettre cascade", f"Lettre famille {p.surname}"])
        to = [who("laroche")]
    else:
        blocks = [("h", "Letter to relatives"), ("p", "Dear family member,"),
                  ("p", f"Your {rel}, {p.titled('en')}, recently had genetic testing that found a pathogenic variant in "
                        f"the {gene} gene ({var}), which causes {cen}."),
                  ("p", "You may have inherited the same variant. Targeted testing is available to you at no cost. "
                        f"Please share this letter with your doctor or call {ORG['tel']}."),
                  ("p", f"{staff('raman')['name']}, Genetic Counsellor")]
        fn = r.choice([f"Family_letter_{p.surname}.docx", "FamilyLetter_final.docx"])
        body = (f"{greet(r, 'en', 'Karine')}\n\nDraft family letter for the {p.surname} family attached. OK to send?\n"
                f"{signature(r, 'raman', 'en', 3)}")
        subj = r.choice(["Family letter draft", "Cascade letter for review"])
        to = [who("dufresne")]
    return c.out("cascade_family_letter", "family letter naming the proband and variant", who("dufresne" if c.fr else "raman"),
                 to, subj, body, attachments=[docx_att(fn, blocks)])


# ---------------------------------------------------------------------------- P6
def p_cascade_france(c):
    r = c.r
    sex = r.choice("FM")
    rel = invented_patient(r, sex=sex, min_year=1950, max_year=1995)
    nir = make_nir(r, rel.dob, sex)
    proband = nam_patient(r, c.used, ADULT) if c.v == 0 else None
    gene, var, cfr, cen = r.choice(CANCER_VARIANTS)
    c.idn("fr_nir", nir)
    c.t("patient_name", "date_of_birth")
    unit, hosp, dom, doc = PARTNER_FR
    nirs = fmt_nir(nir, c.v)
    pro = f"de {proband.titled('fr')} (suivie chez nous)" if proband else "du cas index suivi dans notre service"
    if proband and proband.sex == "M":
        pro = pro.replace("suivie", "suivi")
    if c.fr or True:
        body = (f"Cher confrère,\n\nComme convenu au téléphone, nous vous adressons une demande d'analyse ciblée pour "
                f"{rel.titled('fr')}, née le {rel.dob.strftime('%d/%m/%Y')}, domiciliée à Lyon, numéro de sécurité "
                f"sociale {nirs}.\n\nIl s'agit d'un apparenté {pro}, porteur de la variante familiale {gene} {var}. "
                f"Nous joignons la copie du rapport du cas index. Le prélèvement (2 tubes EDTA) sera fait dans votre "
                f"centre de prélèvement.\n\nLa facturation pourra être adressée à notre service.\n\n"
                f"Bien cordialement,\n{signature(r, 'okafor', 'fr', 0)}")
        if sex == "M":
            body = body.replace("née le", "né le").replace("domiciliée", "domicilié")
        subj = r.choice(["Demande d'analyse ciblée – apparenté résidant en France",
                         f"Variante familiale {gene} – demande pour apparenté", "Test en cascade – France"])
    if proband:
        c.t("lab_result")
    c.lang = "fr"
    return c.out("cascade_france", "cascade test request for relative in France with NIR", who("okafor"),
                 [ext("Dr", "Bastien", "Morel", dom)], subj, body, cc=[who("laroche")])


# ---------------------------------------------------------------------------- P7
def p_cascade_belgium(c):
    r = c.r
    sex = r.choice("FM")
    rel = invented_patient(r, sex=sex, min_year=1955, max_year=2004)
    niss = make_niss(r, rel.dob, sex)
    gene, var, cfr, cen = r.choice(CANCER_VARIANTS + [("MYH7", "c.1208G>A (p.Arg403Gln)", "cardiomyopathie hypertrophique",
                                                        "hypertrophic cardiomyopathy")])
    c.idn("be_niss", niss)
    c.t("patient_name")
    unit, hosp, dom, doc = PARTNER_BE
    if c.fr:
        body = (f"Chère Docteure Verhaegen,\n\nMerci pour votre retour. Voici les informations demandées pour "
                f"{rel.titled('fr')} :\n\n- Numéro de registre national : {fmt_niss(niss, c.v)}\n"
                f"- Adresse : {r.randint(2, 180)}, rue de la Station, 5000 Namur\n"
                f"- Variante familiale à rechercher : {gene} {var}\n\n"
                f"Son cousin, suivi à Montréal, a été diagnostiqué d'une {cfr}. Pouvez-vous nous confirmer la date du "
                f"prélèvement ?\n{signature(r, 'laroche', 'fr', 2)}")
        subj = r.choice(["RE: Analyse ciblée – famille suivie à Montréal", "Informations pour l'analyse ciblée",
                         f"Apparentée en Belgique – {gene}"])
        c.t("patient_contact")
    else:
        body = (f"Dear Dr Verhaegen,\n\nAs requested, the details for targeted testing of {rel.titled('en')}:\n"
                f"  National register number (NISS): {fmt_niss(niss, c.v)}\n  Date of birth: {rel.dob.isoformat()}\n"
                f"  Familial variant: {gene} {var}\n\nWe will send the index case report by secure fax.\n"
                f"{signature(r, 'raman', 'en', 0)}")
        subj = r.choice(["Targeted testing - relative in Belgium", "NISS and variant details"])
        c.t("date_of_birth")
    return c.out("cascade_belgium", "relative in Belgium with NISS and familial variant",
                 who("laroche" if c.fr else "raman"), [ext("Dre", "Inès", "Verhaegen", dom)], subj, body)


# ---------------------------------------------------------------------------- P8
def p_nbs_recall(c):
    r = c.r
    bd = (c.date - datetime.timedelta(days=r.randint(4, 12))).date()
    baby = invented_patient(r, dob=bd)
    mother = invented_patient(r, sex="F", min_year=1985, max_year=2004)
    mother.surname = r.choice([baby.surname, mother.surname])
    cond_fr, cond_en, analyte, val, unit, cut = r.choice(NBS)
    c.t("patient_name", "date_of_birth", "lab_result", "patient_contact", "mrn")
    ped = _md(r.choice([2, 4]))[0]
    g = "fille" if baby.sex == "F" else "garçon"
    if c.fr:
        body = (f"{greet(r, 'fr', ped[0])}\n\nDépistage néonatal sanguin – résultat anormal, RAPPEL URGENT.\n\n"
                f"Bébé : {baby.surname.upper()} {baby.given} ({g}), né(e) le {baby.dob.strftime('%d/%m/%Y')}, "
                f"dossier de naissance {fmt_mrn(baby.mrn, c.v)}\n"
                f"Mère : {mother.full}, tél. {mother.phone}\n"
                f"{analyte} : {val} {unit} (valeur de référence {cut} {unit})\n"
                f"Suspicion de {cond_fr}.\n\nLa famille doit être vue aujourd'hui ou demain à la clinique des maladies "
                f"métaboliques pour prélèvement de confirmation. J'ai laissé un message à la mère à 9 h 40. "
                f"Pouvez-vous aussi tenter de la joindre ?\n{signature(r, 'pepin', 'fr', 0)}")
        subj = r.choice(["URGENT – rappel dépistage néonatal", "Dépistage néonatal anormal – rappel",
                         f"Rappel DN – bébé {baby.surname}"])
    else:
        body = (f"{greet(r, 'en', ped[0])}\n\nAbnormal newborn blood spot screen - URGENT RECALL\n\n"
                f"Infant: {baby.surname.upper()}, baby {'girl' if baby.sex == 'F' else 'boy'} {baby.given}, "
                f"DOB {baby.dob.isoformat()}, birth MRN {fmt_mrn(baby.mrn, c.v)}\n"
                f"Mother: {mother.full}, phone {mother.phone}\n{analyte}: {val} {unit} (ref {cut})\n"
                f"Screen positive for {cond_en}.\n\nThe family needs to come in today or tomorrow for confirmatory "
                f"testing. I left a voicemail at 9:40.\n{signature(r, 'pepin', 'en', 0)}")
        subj = r.choice(["URGENT newborn screening recall", "Screen positive - please help reach family"])
    return c.out("nbs_recall", "newborn screen positive recall with infant, mother phone", who("pepin"), [ped], subj, body,
                 cc=[who("charest")])


# ---------------------------------------------------------------------------- P9
def p_nbs_followup_xlsx(c):
    r = c.r
    rows = [["Date prélèvement", "Nom bébé", "DDN", "Dossier", "Analyse", "Résultat", "Statut", "Responsable"]
            if c.fr else ["Collection date", "Infant name", "DOB", "MRN", "Analyte", "Result", "Status", "Owner"]]
    for i in range(r.randint(5, 9)):
        bd = (c.date - datetime.timedelta(days=r.randint(3, 40))).date()
        b = invented_patient(r, dob=bd)
        cond_fr, cond_en, analyte, val, unit, cut = r.choice(NBS)
        stat = r.choice(["rappel fait", "en attente confirmation", "confirmé", "faux positif", "famille injoignable"]
                        if c.fr else ["recalled", "awaiting confirmation", "confirmed", "false positive", "unreachable"])
        rows.append([(bd + datetime.timedelta(days=1)).isoformat(), f"{b.surname}, bébé {b.given}" if c.fr else f"{b.surname}, {b.given}",
                     bd.isoformat(), b.mrn, analyte, f"{val} {unit}".strip(), stat, r.choice(["MP", "IC", "SO"])])
    c.t("patient_name", "date_of_birth", "mrn", "lab_result")
    fn = r.choice(["suivi_DN_semaine.xlsx", f"Suivi dépistage néonatal {c.date.strftime('%Y-%m-%d')}.xlsx",
                   "NBS_followup.xlsx"])
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nVoici la liste de suivi hebdomadaire du dépistage néonatal. Deux familles restent "
                f"injoignables, on en parle à la rencontre de jeudi.\n{signature(r, 'pepin', 'fr', 3)}")
        subj = "Liste de suivi DN – semaine " + str(c.date.isocalendar()[1])
    else:
        body = (f"{greet(r, 'en')}\n\nWeekly newborn screening follow-up list attached. Two families still unreachable.\n"
                f"{signature(r, 'pepin', 'en', 3)}")
        subj = f"NBS follow-up list - week {c.date.isocalendar()[1]}"
    return c.out("nbs_followup_xlsx", "weekly NBS follow-up spreadsheet of infants with results", who("pepin"),
                 [who("charest"), generic("depistage.neonatal", "Équipe DN")], subj, body,
                 attachments=[xlsx_att(fn, [("Suivi" if c.fr else "Follow-up", rows)], fn_style=r.choice(["rfc2231", "rfc2047"]))])


# ---------------------------------------------------------------------------- P10
def p_prenatal_nipt(c):
    r = c.r
    p = nam_patient(r, c.used, CHILDBEARING) if c.v != 1 else invented_patient(r, sex="F", min_year=1982, max_year=2002)
    risk_fr, risk_en, kary, conf = r.choice(PRENATAL)
    ga = f"{r.randint(11, 16)} SA + {r.randint(0, 6)} j" if c.fr else f"{r.randint(11, 16)}w{r.randint(0, 6)}d"
    c.t("patient_name", "lab_result")
    show_nam = p.nam and c.v == 2
    if show_nam:
        c.idn("ramq_nam", p.nam)
    idline = f" (NAM {fmt_nam(p.nam, 2)})" if show_nam else ""
    if c.v == 1:
        num, vc = make_ohip(r)
        c.idn("ca_health_number", num)
        idline = (f" (résidente d'Ottawa, carte Santé Ontario {fmt_ohip(num, vc, 1)})" if c.fr else
                  f" (Ottawa resident, OHIP {fmt_ohip(num, vc, 1)})")
    if c.fr:
        body = (f"{greet(r, 'fr', 'Julien')}\n\nLe DPNI de {p.titled('fr')}{idline}, G2P1, {ga}, revient avec un "
                f"{risk_fr} (fraction fœtale 9 %). Je l'ai vue ce matin, elle est très ébranlée. Elle souhaite une "
                f"amniocentèse ; peux-tu la rencontrer en conseil génétique avant jeudi ? Son conjoint sera présent.\n\n"
                f"Merci,\nRachida\n")
        subj = r.choice(["DPNI anormal – conseil génétique SVP", f"DPNI {p.surname} – RDV conseil", "DPNI à risque élevé"])
    else:
        body = (f"{greet(r, 'en', 'Julien')}\n\nNIPT for {p.titled('en')}{idline.replace('NAM', 'RAMQ')}, G2P1 at {ga}, "
                f"came back {risk_en} (fetal fraction 9%). I saw her this morning; she is quite distressed and wants "
                f"an amnio. Could you see her for counselling before Thursday?\n\nThanks,\nRachida\n")
        subj = r.choice(["Abnormal NIPT - counselling please", "High-risk NIPT - urgent GC"])
    return c.out("prenatal_nipt", "MFM to GC about high-risk NIPT result", who("elamrani"), [who("beaulieu")], subj, body)


# ---------------------------------------------------------------------------- P11
def p_prenatal_karyotype(c):
    r = c.r
    p = invented_patient(r, sex="F", min_year=1982, max_year=2002) if c.v != 0 else nam_patient(r, c.used, CHILDBEARING)
    risk_fr, risk_en, kary, conf = r.choice(PRENATAL)
    c.t("patient_name", "mrn", "lab_result")
    when = c.date.strftime("%H:%M")
    if c.fr:
        body = (f"Dre El Amrani,\n\nRésultat préliminaire QF-PCR / caryotype sur liquide amniotique :\n\n"
                f"  {p.surname.upper()} {p.given} – dossier {fmt_mrn(p.mrn, c.v + 2)}\n  Résultat : {kary} ({conf})\n\n"
                f"Le rapport final suivra dans 10 à 14 jours. Résultat transmis verbalement à {when}.\n"
                f"{signature(r, 'wright', 'fr', 4)}")
        subj = r.choice(["Résultat préliminaire – amniocentèse", "QF-PCR liquide amniotique", "Résultat LA urgent"])
    else:
        body = (f"Dr El Amrani,\n\nPreliminary QF-PCR / karyotype result on amniotic fluid:\n\n"
                f"  {p.surname.upper()}, {p.given} - MRN {fmt_mrn(p.mrn, c.v + 2)}\n  Result: {kary}\n\n"
                f"Final report to follow in 10-14 days. Called to your office at {when}.\n{signature(r, 'wright', 'en', 4)}")
        subj = r.choice(["Preliminary amnio result", "QF-PCR result - amniotic fluid"])
    return c.out("prenatal_karyotype", "preliminary amniocentesis result with name and MRN", who("wright"),
                 [who("elamrani")], subj, body, cc=[who("beaulieu")])


# ---------------------------------------------------------------------------- P12
def p_biobank_withdrawal(c):
    r = c.r
    p = invented_patient(r, min_year=1950, max_year=1995) if c.v != 1 else nam_patient(r, c.used, ADULT)
    code = f"BIO-ONC-{r.randint(1000, 9999)}"
    c.t("patient_name", "diagnosis", "patient_contact")
    when = c.date - datetime.timedelta(days=1, hours=3)
    if c.fr:
        orig = (f"Bonjour,\n\nJe m'appelle {p.full} et j'ai signé le consentement de la biobanque en 2021 quand j'ai été "
                f"traité{'e' if p.sex == 'F' else ''} pour mon cancer colorectal. Je ne souhaite plus que mes échantillons "
                f"et mes données génétiques soient utilisés. Mon numéro de participant est {code}.\n"
                f"Vous pouvez me joindre au {p.phone} ou au {p.address}.\n\n{p.full}")
        body = (f"{greet(r, 'fr', 'Olivier')}\n\nRetrait de consentement reçu à la boîte générale ce matin. Peux-tu "
                f"lancer la procédure (destruction des aliquots + lettre de confirmation) ?\n\n"
                + quote_block(orig, "fr", f"{p.full} <{p.email}>", when, 0) + "\n" + signature(r, "rousseau", "fr", 1))
        subj = r.choice(["TR: Retrait de ma participation", "Retrait de consentement biobanque", "Fwd: retrait biobanque"])
    else:
        orig = (f"Hello,\n\nMy name is {p.full}. I agreed to join the biobank when I was treated for colorectal cancer "
                f"in 2021, but I now want my samples and genetic data withdrawn. Participant number {code}.\n"
                f"My phone is {p.phone}.\n\nRegards,\n{p.given}")
        body = (f"{greet(r, 'en', 'Olivier')}\n\nWithdrawal request below - please start the destruction SOP and send the "
                f"confirmation letter.\n\n" + quote_block(orig, "en", f"{p.full} <{p.email}>", when, 0)
                + "\n" + signature(r, "rousseau", "en", 1))
        subj = r.choice(["FW: Withdraw my participation", "Biobank withdrawal request"])
    return c.out("biobank_withdrawal", "participant's withdrawal e-mail quoted with diagnosis and phone",
                 who("rousseau"), [who("desjardins")], subj, body)


# ---------------------------------------------------------------------------- P13
def p_biobank_consent_filename(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT if c.v != 2 else None)
    c.idn("ramq_nam", p.nam)
    c.t("patient_name")
    style = c.v % 3
    if style == 0:
        fn = f"Consentement_biobanque_oncogenetique_{p.surname}_{p.given}_{p.nam}.pdf"
    elif style == 1:
        fn = f"{p.nam}_{p.surname.upper()}_consent_BRCA_biobank.pdf"
        c.t("diagnosis")
    else:
        fn = f"consentement {p.surname} {p.given} ({fmt_nam(p.nam, 1)}) - étude Lynch.pdf"
        c.t("diagnosis")
    if c.fr:
        body = f"{greet(r, 'fr')}\n\nCi-joint le formulaire numérisé, original au classeur.\n\nAmélie\n"
        subj = r.choice(["Formulaire numérisé", "Consentement signé", "scan"])
    else:
        body = f"{greet(r, 'en')}\n\nScanned form attached, original filed.\n\nAmélie\n"
        subj = r.choice(["Scanned consent", "Signed form", "scan"])
    return c.out("biobank_consent_filename", "file-name-only leak: consent scan named with patient and NAM",
                 who("rousseau"), [who("desjardins")], subj, body,
                 attachments=[pdf_att(fn, [], scan_only=True, fn_style=r.choice(["plain", "rfc2231", "rfc2047"]))])


# ---------------------------------------------------------------------------- P14
def p_pedigree_docx(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v != 0 else invented_patient(r, min_year=1960, max_year=1992)
    gene, var, cfr, cen = r.choice(CANCER_VARIANTS)
    py = p.dob.year
    rel = [invented_patient(r, sex="F", min_year=py - 32, max_year=py - 22),
           invented_patient(r, sex="F", min_year=py - 6, max_year=py + 6),
           invented_patient(r, sex="M", min_year=py - 6, max_year=py + 6),
           invented_patient(r, sex="F", min_year=min(py + 22, 2012), max_year=min(py + 32, 2015))]
    rel[0].surname = r.choice(["Tremblay", "Côté", "Gosselin", "Rioux"])
    for x in rel[1:3]:
        x.surname = p.surname
    rel[3].surname = r.choice([p.surname, rel[3].surname])
    age_dx = max(30, p.age_on(c.date.date()) - 4)
    pdx_fr = f"Cancer du sein à {age_dx} ans" if p.sex == "F" else f"Cancer de la prostate à {age_dx} ans"
    pdx_en = f"Breast cancer at {age_dx}" if p.sex == "F" else f"Prostate cancer at {age_dx}"
    c.t("patient_name", "diagnosis", "date_of_birth")
    if c.fr:
        table = [["Individu", "Lien", "Né(e) en", "Diagnostic / statut"],
                 [p.full, "Cas index (II-3)", p.dob.isoformat(), f"{pdx_fr}, {gene} +"],
                 [rel[0].full, "Mère (I-2)", str(rel[0].dob.year), "Cancer de l'ovaire à 58 ans, décédée"],
                 [rel[1].full, "Sœur (II-1)", str(rel[1].dob.year), "Non testée, souhaite le test"],
                 [rel[2].full, "Frère (II-2)", str(rel[2].dob.year), "Cancer de la prostate à 55 ans"],
                 [rel[3].full, "Fille (III-1)", str(rel[3].dob.year), "Asymptomatique"]]
        blocks = [("h", f"Arbre généalogique – famille {p.surname}"),
                  ("p", f"Variante familiale : {gene} {var}"), ("table", table),
                  ("p", "Consanguinité : non rapportée. Origine : Bas-Saint-Laurent.")]
        fn = f"Genealogie_{p.surname}.docx"
        body = (f"{greet(r, 'fr')}\n\nJ'ai retranscrit l'arbre de la famille {p.surname} pour le comité de jeudi.\n"
                f"{signature(r, 'laroche', 'fr', 3)}")
        subj = "Arbre généalogique pour le comité"
    else:
        table = [["Individual", "Relationship", "Born", "Diagnosis / status"],
                 [p.full, "Proband (II-3)", p.dob.isoformat(), f"{pdx_en}, {gene} positive"],
                 [rel[0].full, "Mother (I-2)", str(rel[0].dob.year), "Ovarian cancer at 58, deceased"],
                 [rel[1].full, "Sister (II-1)", str(rel[1].dob.year), "Untested, wants testing"],
                 [rel[2].full, "Brother (II-2)", str(rel[2].dob.year), "Prostate cancer at 55"],
                 [rel[3].full, "Daughter (III-1)", str(rel[3].dob.year), "Unaffected"]]
        blocks = [("h", f"Pedigree - {p.surname} family"), ("p", f"Familial variant: {gene} {var}"), ("table", table)]
        fn = f"Pedigree_{p.surname}_family.docx"
        body = f"{greet(r, 'en')}\n\nPedigree write-up attached for Thursday's case review.\n{signature(r, 'raman', 'en', 3)}"
        subj = "Pedigree for case review"
    c.t("lab_result")
    return c.out("pedigree_docx", "pedigree table DOCX with relatives' cancers", who("laroche" if c.fr else "raman"),
                 [who("vachon"), who("okafor")], subj, body, attachments=[docx_att(fn, blocks)])


# ---------------------------------------------------------------------------- P15
def p_pending_results_csv(c):
    r = c.r
    head = (["Nom", "Prénom", "No dossier", "Analyse", "Envoyé le", "Statut", "Résultat"] if c.fr else
            ["Last name", "First name", "MRN", "Test", "Sent", "Status", "Result"])
    rows = [head]
    for i in range(r.randint(6, 11)):
        p = invented_patient(r) if i % 3 else nam_patient(r, None, ADULT)
        sent = (c.date - datetime.timedelta(days=r.randint(10, 120))).date()
        if i == 0 or r.random() < 0.5:
            res = r.choice(["négatif", "VUS " + " ".join(r.choice([("ATM", "c.6067G>A"), ("MSH6", "c.2194C>T")])),
                            "positif " + r.choice(CANCER_VARIANTS)[0]]) if c.fr else r.choice(
                ["negative", "VUS ATM c.6067G>A", "positive " + r.choice(CANCER_VARIANTS)[0]])
            st = "reçu" if c.fr else "received"
        else:
            res, st = "", ("en cours" if c.fr else "pending")
        rows.append([p.surname, p.given, p.mrn, r.choice(TESTS_FR if c.fr else TESTS_EN), sent.isoformat(), st, res])
    c.t("patient_name", "mrn", "lab_result")
    enc = r.choice(["utf-8-sig", "cp1252"])
    fn = r.choice(["resultats_en_attente.csv", "suivi_resultats.csv", "pending_results.csv"])
    if c.fr:
        body = (f"{greet(r, 'fr')}\n\nExport du tableau de suivi des résultats (extrait du logiciel). "
                f"Ceux marqués « reçu » doivent être divulgués d'ici vendredi.\n{signature(r, 'turcotte', 'fr', 0)}")
        subj = r.choice(["Export suivi résultats", "Résultats reçus à divulguer", "Tableau de suivi"])
    else:
        body = (f"{greet(r, 'en')}\n\nResults tracking export attached. The 'received' ones need disclosure by Friday.\n"
                f"{signature(r, 'turcotte', 'en', 0)}")
        subj = r.choice(["Results tracking export", "Pending results list"])
    return c.out("pending_results_csv", "CSV export of results tracking with names and MRNs", who("turcotte"),
                 [who("laroche"), who("dufresne"), who("raman")], subj, body,
                 attachments=[csv_att(fn, rows, sep=r.choice([";", ","]), encoding=enc)])


# ---------------------------------------------------------------------------- P16
def p_subject_only(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v != 1 else invented_patient(r)
    gene, var, cfr, cen = r.choice(CANCER_VARIANTS)
    c.t("patient_name", "diagnosis")
    form = c.v % 3
    nm = [f"{p.titled_surname('fr' if c.fr else 'en')} {p.given}", p.rev, p.full.lower()][form]
    if c.fr:
        subj = r.choice([f"RE: {nm} – {gene} positive, rappel ?", f"{nm} : {cfr}, dépistage des enfants",
                         f"TR: {nm} / résultat {gene}"])
        body = r.choice(["Je la rappelle demain matin.\n\nK.\n", "Vu, merci. On en parle au caucus.\n",
                         "D'accord, je m'en occupe.\n\n-- \nKarine\nEnvoyé de mon iPhone\n"])
    else:
        subj = r.choice([f"RE: {nm} - {gene} positive, call back?", f"{nm}: {cen} - kids' testing",
                         f"FW: {nm} / {gene} result"])
        body = r.choice(["Will call tomorrow morning.\n\nK.\n", "Seen, thanks. Let's discuss at huddle.\n",
                         "OK, on it.\n\nSent from my iPhone\n"])
    return c.out("subject_only", "subject-only leak: name and hereditary diagnosis in Subject",
                 who("dufresne"), [who(r.choice(["vachon", "okafor"]))], subj, body)


# ---------------------------------------------------------------------------- P17
def p_filename_only(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v != 2 else invented_patient(r)
    gene = r.choice(["MLH1", "BRCA2", "HTT", "FMR1", "DMD", "MYH7"])
    c.t("patient_name", "lab_result")
    fn = [f"{p.surname}_{p.given}_{gene}_positif.pdf", f"{p.surname.upper()} {p.given[0]} - {gene} resultat POSITIF.pdf",
          f"rapport_{p.surname.lower()}_{p.given.lower()}_{gene}_pathogene.pdf"][c.v % 3]
    if c.fr:
        body = r.choice(["Voici le rapport numérisé reçu par télécopieur.\n", "Ci-joint. Merci de classer au dossier.\n\nSophie\n",
                         "Pour ton dossier.\n"])
        subj = r.choice(["Rapport numérisé", "Télécopie reçue", "Document à classer"])
    else:
        body = r.choice(["Scanned report from the fax attached.\n", "Please file. Thanks, Sophie\n", "FYI\n"])
        subj = r.choice(["Scanned report", "Fax received", "For filing"])
    return c.out("filename_only", "file-name-only leak: scanned report named with patient and positive gene",
                 who("turcotte"), [who(r.choice(["sauriol", "laroche"]))], subj, body,
                 attachments=[pdf_att(fn, [], scan_only=True, fn_style=r.choice(["plain", "rfc2231"]))])


# ---------------------------------------------------------------------------- P18
def p_patient_email_fwd(c):
    r = c.r
    p = nam_patient(r, c.used, WOMAN_ADULT) if c.v != 0 else invented_patient(r, sex="F", min_year=1960, max_year=1995)
    when = c.date - datetime.timedelta(hours=r.randint(5, 60))
    gene = r.choice(["BRCA1", "BRCA2", "PALB2"])
    c.t("patient_name", "diagnosis", "patient_contact")
    if c.fr:
        orig = (f"Bonjour Mme Dufresne,\n\nC'est {p.full}. Depuis notre rencontre je n'arrive plus à dormir. Ma mastectomie "
                f"est prévue le 14 et j'aimerais savoir si je dois aussi faire enlever les ovaires tout de suite, vu que je "
                f"suis porteuse de {gene}. Ma fille de 19 ans veut passer le test, est-ce possible ?\n\n"
                f"Mon cellulaire : {p.phone}\nAdresse : {p.address}\n\nMerci infiniment\n{p.given}")
        body = (f"{greet(r, 'fr', 'Dre Vachon')}\n\nJe te transfère le courriel de la patiente ; peux-tu me dire si on "
                f"devance sa consultation gynéco ?\n\n" + outlook_quote(orig, "fr", f"{p.full} [mailto:{p.email}]", when,
                                                                          "Question après notre rendez-vous", "Dufresne, Karine")
                + "\n" + signature(r, "dufresne", "fr", 2))
        subj = r.choice(["TR: Question après notre rendez-vous", "TR: question"])
    else:
        orig = (f"Hi Karine,\n\nIt's {p.full}. I can't sleep since our meeting. My mastectomy is on the 14th and I "
                f"wonder if I should have my ovaries removed at the same time since I carry {gene}. My daughter (19) "
                f"wants to be tested too.\n\nCell: {p.phone}\n\nThank you so much,\n{p.given}")
        body = (f"{greet(r, 'en', 'Dr Vachon')}\n\nForwarding this patient e-mail - should we move up her gyn consult?\n\n"
                + outlook_quote(orig, "en", f"{p.full} [mailto:{p.email}]", when, "Question after our appointment",
                                "Dufresne, Karine", 2) + "\n" + signature(r, "dufresne", "en", 2))
        subj = "FW: Question after our appointment"
    return c.out("patient_email_fwd", "patient's own e-mail forwarded inline with carrier status and phone",
                 who("dufresne"), [who("vachon")], subj, body)


# ---------------------------------------------------------------------------- P19
def p_reply_quoted(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT)
    c.idn("ramq_nam", p.nam)
    c.t("patient_name", "diagnosis")
    cond = r.choice([("hypercholestérolémie familiale", "familial hypercholesterolemia"),
                     ("syndrome de Lynch", "Lynch syndrome"), ("cardiomyopathie hypertrophique", "hypertrophic cardiomyopathy"),
                     ("hémochromatose", "hemochromatosis")])
    when = c.date - datetime.timedelta(days=1, hours=2)
    nm = fmt_nam(p.nam, c.v + 3)
    if c.fr:
        orig = (f"Salut Sophie,\n\nPeux-tu ouvrir un dossier pour {p.titled('fr')}, NAM {nm}, référée par la cardiologie "
                f"pour {cond[0]} familiale ? Elle doit être vue en priorité (son frère est décédé subitement à 38 ans).\n\n"
                f"Merci\nSamuel")
        body = (f"C'est fait, rendez-vous envoyé par la poste.\n\nSophie\n\n"
                + quote_block(orig, "fr", "Samuel Okafor <samuel.okafor@chusl.example>", when, 0) + "\n")
        subj = "RE: Ouverture de dossier"
    else:
        orig = (f"Hi Sophie,\n\nCan you open a chart for {p.titled('en')}, RAMQ {nm}, referred by cardiology for "
                f"{cond[1]}? High priority - brother died suddenly at 38.\n\nThanks\nSam")
        body = ("Done - appointment letter mailed.\n\nSophie\n\n"
                + quote_block(orig, "en", "Samuel Okafor <samuel.okafor@chusl.example>", when, 0) + "\n")
        subj = "RE: New chart please"
    c.t("diagnosis")
    return c.out("reply_quoted", "short reply; NAM and indication only in quoted history", who("turcotte"),
                 [who("okafor")], subj, body, in_reply_to=f"<{r.randint(10**9, 10**10)}.okafor@chusl.example>")


# ---------------------------------------------------------------------------- P20
def p_ics_appointment(c):
    r = c.r
    p = nam_patient(r, c.used, ADULT) if c.v != 2 else invented_patient(r)
    d = later(r, c.date.date(), 2, 25)
    h, m = map(int, clock(r).split(":"))
    start = datetime.datetime(d.year, d.month, d.day, h, m)
    end = start + datetime.timedelta(minutes=r.choice([60, 90]))
    cond_fr, cond_en, test_fr, test_en = r.choice([
        ("maladie de Huntington, test prédictif", "Huntington disease predictive testing", "", ""),
        ("divulgation résultat BRCA2", "BRCA2 result disclosure", "", ""),
        ("syndrome de Marfan, évaluation", "Marfan syndrome evaluation", "", ""),
        ("X fragile, conseil préconceptionnel", "fragile X preconception counselling", "", "")])
    c.t("patient_name", "diagnosis")
    gc = r.choice(["laroche", "beaulieu", "raman"])
    if c.fr:
        summ = f"Consultation génétique – {p.titled('fr')} ({cond_fr})"
        desc = (f"Patient(e) : {p.full}\nDossier : {p.mrn}\nMotif : {cond_fr}\nAccompagné(e) de son conjoint. "
                f"Interprète non requis.")
        if c.v == 0:
            desc += f"\nNAM : {fmt_nam(p.nam, 0)}"
            c.idn("ramq_nam", p.nam)
        loc = "Clinique de génétique, salle 4.12"
        body = f"{greet(r, 'fr')}\n\nInvitation pour la consultation ci-dessous.\n{signature(r, gc, 'fr', 1)}"
        subj = f"Invitation : {summ}"
    else:
        summ = f"Genetics consult - {p.titled('en')} ({cond_en})"
        desc = f"Patient: {p.full}\nMRN: {p.mrn}\nReason: {cond_en}\nPartner will attend."
        if c.v == 0:
            desc += f"\nRAMQ: {fmt_nam(p.nam, 1)}"
            c.idn("ramq_nam", p.nam)
        loc = "Genetics clinic, room 4.12"
        body = f"{greet(r, 'en')}\n\nInvitation for the consult below.\n{signature(r, gc, 'en', 1)}"
        subj = f"Invitation: {summ}"
    c.t("mrn")
    ics = make_ics(f"{r.randint(10**11, 10**12)}@chusl.example", start, end, summ, loc, desc,
                   (staff(gc)["name"], staff(gc)["email"]), [(staff("vachon")["name"], staff("vachon")["email"])])
    if c.v == 1:
        subj = "Invitation" if c.fr else "Meeting invitation"
    return c.out("ics_appointment", "calendar invitation naming patient and indication", who(gc), [who("vachon")], subj,
                 body, attachments=[ics_att("invite.ics", ics)])


BUILDERS_A = [p_referral_hboc, p_consult_reply, p_lab_report_pdf, p_result_booking, p_cascade_family_letter,
              p_cascade_france, p_cascade_belgium, p_nbs_recall, p_nbs_followup_xlsx, p_prenatal_nipt,
              p_prenatal_karyotype, p_biobank_withdrawal, p_biobank_consent_filename, p_pedigree_docx,
              p_pending_results_csv, p_subject_only, p_filename_only, p_patient_email_fwd, p_reply_quoted,
              p_ics_appointment]
