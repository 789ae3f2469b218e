"""Positive templates, part D: youth protection, PEP, contact cards, ZIP, TB DOT, HCV, replies."""
import datetime

import gen_attach as A
import gen_common as C
from gen_mime import Pre, Quote, Table
from gen_pos_a import att_pdf, att_vcf, att_zip, cdate, fname, room


# ---- 28. youth protection -----------------------------------------------------
def youth_protection(c):
    p = c.patient(nam=True, min_age=4, max_age=17)
    nm = c.full_name(p, c.choice(["full", "upper", "sfirst"]))
    dob = c.dob(p)
    sex = c.sex(p)
    nam = c.nam(p)
    c.t("social_information", "diagnosis", "medication")
    teen = p.age() >= 12
    if c.lang == "fr":
        if teen:
            sit = ("Adolescent(e) hébergé(e) en centre de réadaptation, 3e fugue ce mois-ci, ITSS (chlamydia) "
                   "traitée aujourd'hui par doxycycline ; suivi de contrôle non assuré.")
        else:
            sit = ("Enfant sous traitement de tuberculose latente (rifampicine) ; 9 doses sur 20 manquées au TOD, "
                   "parent injoignable depuis 2 semaines, logement insalubre rapporté par le CLSC.")
        subj = c.choice(["Signalement – collaboration DPJ", "Suivi signalement", "Information pour l'intervenante DPJ"])
        body = ["Bonjour Mme Fradette,",
                f"Tel que discuté au téléphone, voici les informations concernant {nm}, né(e) le {dob}, {sex}, NAM {nam}.",
                sit, "Nous restons disponibles pour une rencontre multidisciplinaire.", c.sig("benali")]
    else:
        if teen:
            sit = ("Teen living in a group home, 3rd runaway this month, STI (chlamydia) treated today with doxycycline; "
                   "no one to ensure follow-up.")
        else:
            sit = ("Child on latent TB treatment (rifampin); 9 of 20 DOT doses missed, parent unreachable for 2 weeks, "
                   "unsafe housing reported by the CLSC.")
        subj = c.choice(["Youth protection report - follow-up", "Information for the DPJ worker", "Report follow-up"])
        body = ["Hello Ms. Fradette,",
                f"As discussed by phone, here is the information about {nm}, born {dob}, {sex}, RAMQ {nam}.",
                sit, "We are available for a multidisciplinary meeting.", c.sig("benali")]
    return c.spec("youth_protection", subj, c.who("benali"), [c.ext("dpj")], body,
                  c.L("collaboration avec la protection de la jeunesse", "youth protection follow-up"), importance=True)


# ---- 29. post-exposure prophylaxis after assault ------------------------------
def pep(c):
    p = c.patient(min_age=18, max_age=55)
    nm = c.name(p, c.choice(["full", "title", "upper", "initial"]))
    c.t("medication", "social_information", "lab_result")
    ref = c.ext("refuge")
    if c.lang == "fr":
        subj = c.choice(["PPE – suivi", "Prophylaxie post-exposition – rendez-vous", "Suivi clinique VIH/ITSS"])
        body = ["Bonjour,",
                f"{nm}, que vous accompagnez depuis l'agression du week-end, a débuté une PPE hier : "
                "Biktarvy 1 co die x 28 jours. Bilans initiaux : VIH non réactif, AgHBs nég., créat 71.",
                "Prochain rendez-vous à la clinique dans 2 semaines. Elle/il préfère que nous passions par vous "
                "pour les rappels (pas de téléphone personnel sécuritaire).", c.sig("dube")]
    else:
        subj = c.choice(["PEP - follow-up", "Post-exposure prophylaxis - appointment", "HIV/STBBI clinic follow-up"])
        body = ["Hello,",
                f"{nm}, whom you have been supporting since the assault last weekend, started PEP yesterday: "
                "Biktarvy 1 tab daily x 28 days. Baseline: HIV non-reactive, HBsAg neg, creat 71.",
                "Next clinic visit in 2 weeks. They prefer reminders go through you (no safe personal phone).",
                c.sig("dube")]
    return c.spec("pep", subj, c.who("dube"), [ref], body,
                  c.L("PPE après agression, lien avec un refuge", "PEP after assault, shelter liaison"))


# ---- 30. patient contact card -------------------------------------------------
def contact_card(c):
    p = c.patient(min_age=20)
    s = c.scen(opat=True)
    c.types.add("patient_name")
    c.text(p.given)
    c.text(p.surname)
    c.types.add("patient_contact")
    c.must.append(("id", "".join(ch for ch in p.phone if ch.isdigit())))
    c.must.append(("text", p.address.split(",")[0]))
    c.t("medication", "diagnosis")
    note = c.L(f"ATIVAD : {c.sc(s, 'rx')}. Code de porte 4#12. Chien à la maison.",
               f"OPAT: {c.sc(s, 'rx')}. Door code 4#12. Dog at home.")
    vcf = att_vcf(f"{p.given} {p.surname}.vcf".replace(" ", "_") if c.rng.random() < 0.5 else "contact.vcf",
                  given=p.given, surname=p.surname, tel=("CELL", p.phone), adr=p.address, note=note)
    clsc = c.ext("clsc")
    nurse = c.choice(["hebert", "bergeron"])
    if c.lang == "fr":
        subj = c.choice(["Coordonnées – nouvelle admission ATIVAD", "Fiche contact patient(e)"])
        body = ["Bonjour,", f"Voici la fiche contact de la nouvelle admission ATIVAD ({c.sc(s, 'dx')}). "
                "Première visite demain matin SVP.", c.sig(nurse)]
    else:
        subj = c.choice(["Contact details - new OPAT admission", "Patient contact card"])
        body = ["Hi,", f"Contact card for the new OPAT admission ({c.sc(s, 'dx')}) attached. First visit tomorrow morning please.",
                c.sig(nurse)]
    return c.spec("contact_card", subj, c.who(nurse), [clsc], body,
                  c.L("fiche vCard d'un(e) patient(e) ATIVAD", "vCard of an OPAT patient"), atts=[vcf])


# ---- 31. ZIP of results -------------------------------------------------------
def zip_results(c):
    p = c.patient(min_age=18)
    s = c.scen(keys=C.BACT)
    L = c.lang == "fr"
    nm = c.full_name(p, c.choice(["upper", "full", "sfirst"]))
    mrn = c.mrn(p)
    c.t("lab_result")
    rows = [[c.L("Date", "Date"), c.L("Prélèvement", "Specimen"), c.L("Résultat", "Result")]]
    for i in range(c.rng.randint(3, 5)):
        rows.append([c.day(-12 + 2 * i, -12 + 2 * i).isoformat(), c.L("Hémoculture", "Blood culture"),
                     c.sc(s, "cx") if i == 0 else c.L("Aucune croissance à 5 jours", "No growth at 5 days")])
    csv = A.make_csv([[c.L("Patient", "Patient"), nm, c.L("Dossier", "MRN"), mrn]] + rows, ";" if L else ",")
    pdf = A.make_pdf(c.L("Rapport cumulatif de microbiologie", "Cumulative microbiology report"),
                     [f"{c.L('Patient', 'Patient')} : {nm}", f"{c.L('Dossier', 'MRN')} : {mrn}", ""] +
                     [" | ".join(r) for r in rows[1:]], compress=True)
    inner_base = fname(p, c.rng)
    members = [(c.L("hemocultures.csv", "blood_cultures.csv"), csv), (c.L("rapport_cumulatif.pdf", "cumulative_report.pdf"), pdf)]
    zname = c.L("Resultats_", "Results_") + inner_base + ".zip" if c.rng.random() < 0.6 else c.L("resultats_micro.zip", "micro_results.zip")
    att = att_zip(zname, members)
    if L:
        subj = c.choice(["Résultats micro demandés", "Envoi de résultats – archive"])
        body = ["Bonjour,", "Comme demandé, l'archive ci-jointe contient le cumulatif de microbiologie. "
                "Le mot de passe ne sera pas requis (envoi interne).", c.sig("charbonneau")]
    else:
        subj = c.choice(["Requested micro results", "Results - archive"])
        body = ["Hi,", "As requested, the attached archive contains the cumulative micro report. Internal send, no password.",
                c.sig("charbonneau")]
    return c.spec("lab_zip", subj, c.who("charbonneau"), [c.who(c.choice(["vachon", "chen", "haddad"]))], body,
                  c.L("résultats de microbiologie en ZIP", "microbiology results in ZIP"), atts=[att])


# ---- 32. TB directly observed therapy ------------------------------------------
def tb_dot(c):
    p = c.patient(min_age=20)
    nm = c.full_name(p)
    addr = c.address(p)
    tel = c.phone(p)
    c.t("diagnosis", "medication")
    soc = c.rng.random() < 0.6
    if soc:
        c.t("social_information")
    wt = c.rng.randint(52, 88)
    if c.lang == "fr":
        subj = c.choice(["TOD – tuberculose active, début lundi", "Traitement directement observé – demande CLSC"])
        body = ["Bonjour,",
                f"Nous demandons un TOD à domicile pour {nm}, {addr}, tél. {tel}.",
                f"Diagnostic : tuberculose pulmonaire, BAAR 2+, sensible. Poids {wt} kg.",
                Pre("Rifampicine 600 mg die\nIsoniazide 300 mg die + pyridoxine 25 mg\n"
                    "Pyrazinamide 1500 mg die\nÉthambutol 1200 mg die\n(lun. au ven., fin de semaine auto-administré)"),
                ("Situation : vit en maison de chambres, sans revenu depuis la perte d'emploi ; consommation d'alcool. "
                 if soc else "") + "Isolement respiratoire à domicile jusqu'à nouvel ordre.",
                c.sig("menard")]
    else:
        subj = c.choice(["DOT - active TB, start Monday", "Directly observed therapy - CLSC request"])
        body = ["Hello,", f"Requesting home DOT for {nm}, {addr}, phone {tel}.",
                f"Diagnosis: pulmonary TB, AFB 2+, pan-susceptible. Weight {wt} kg.",
                Pre("Rifampin 600 mg daily\nIsoniazid 300 mg daily + pyridoxine 25 mg\n"
                    "Pyrazinamide 1500 mg daily\nEthambutol 1200 mg daily\n(Mon-Fri observed, weekends self-administered)"),
                ("Situation: lives in a rooming house, no income since losing job; alcohol use. " if soc else "")
                + "Home respiratory isolation until further notice.", c.sig("menard")]
    return c.spec("tb_dot", subj, c.who("menard"), [c.ext("clsc")], body,
                  c.L("demande de TOD pour tuberculose", "TB DOT request"))


# ---- 33. HCV treatment start ---------------------------------------------------
def hcv_start(c):
    p = c.patient(min_age=25)
    nm = c.name(p, c.choice(["full", "upper", "lower", "title", "initial"]))
    c.t("diagnosis", "medication", "lab_result", "social_information")
    ph = c.ext(c.choice(["pharma", "pharma2"]))
    if c.lang == "fr":
        subj = c.choice(["Début Epclusa", "Traitement VHC – coordination pharmacie", "VHC : départ du traitement"])
        body = ["Bonjour,",
                f"{nm} débute sofosbuvir/velpatasvir (Epclusa) 1 co die x 12 semaines pour une hépatite C génotype 3 "
                "(ARN 2,1 x 10^6 UI/mL, F3).",
                "Reçoit déjà sa méthadone chez vous : idéalement remettre l'Epclusa avec la méthadone quotidienne. "
                "Prestataire de l'aide sociale, couverture RAMQ confirmée.", c.sig("patel")]
    else:
        subj = c.choice(["Epclusa start", "HCV treatment - pharmacy coordination", "HCV: treatment starting"])
        body = ["Hello,",
                f"{nm} is starting sofosbuvir/velpatasvir (Epclusa) 1 tab daily x 12 weeks for hepatitis C genotype 3 "
                "(RNA 2.1 x 10^6 IU/mL, F3).",
                "Already gets methadone from you: ideally dispense Epclusa with the daily methadone. "
                "On social assistance, RAMQ coverage confirmed.", c.sig("patel")]
    return c.spec("hcv", subj, c.who("patel"), [ph], body,
                  c.L("coordination du traitement VHC", "HCV treatment coordination"))


# ---- 34. name only in the attachment file name ---------------------------------
def name_in_filename(c):
    p = c.patient(min_age=18)
    c.types.add("patient_name")
    c.text(p.surname)
    c.t("lab_result", "diagnosis")
    sep = c.choice(["_", "-", " "])
    fn = c.choice([f"RPR{sep}{p.surname.upper()}{sep}{p.given}", f"{p.surname}{sep}{p.given}{sep}RPR",
                   f"Syphilis{sep}suivi{sep}{p.surname}"]).replace(" ", sep if sep != " " else " ") + ".pdf"
    lines = [c.L("Sérologie syphilis – suivi post-traitement", "Syphilis serology - post-treatment"),
             c.day(-100, -90).isoformat() + "  RPR 1:64   TPPA " + c.L("réactif", "reactive"),
             c.day(-6, -2).isoformat() + "  RPR 1:8    TPPA " + c.L("réactif", "reactive"),
             c.L("Interprétation : baisse de 3 dilutions, réponse adéquate.", "Interpretation: 3-dilution drop, adequate response.")]
    att = att_pdf(fn, c.L("Résultats", "Results"), lines, compress=c.rng.random() < 0.5)
    if c.lang == "fr":
        subj = c.choice(["RPR de contrôle", "Résultat pour le dossier", "Pour ton patient de jeudi"])
        body = ["Salut,", "Voici le RPR de contrôle 3 mois après la Bicillin, la syphilis répond bien au traitement. "
                "On peut espacer les suivis.", C.STAFF["dube"].given]
    else:
        subj = c.choice(["Follow-up RPR", "Result for the chart", "For your Thursday patient"])
        body = ["Hi,", "Here's the 3-month RPR after Bicillin; the syphilis is responding well. We can space out follow-up.",
                C.STAFF["dube"].given]
    return c.spec("results", subj, c.who("dube"), [c.who(c.choice(["mensah", "okafor"]))], body,
                  c.L("résultat, nom seulement dans le nom de fichier", "result, name only in file name"), atts=[att])


# ---- 35. HIV inpatient census in HTML -----------------------------------------
def census_html(c):
    n = c.rng.randint(3, 6)
    rows = []
    c.t("diagnosis", "lab_result", "medication")
    for _ in range(n):
        p = c.patient(min_age=20)
        s = c.scen(keys=["pjp", "hivnew", "tb", "cauris", "mrsa", "neurosyph"])
        rows.append([room(c.rng), c.name(p, c.choice(["upper", "full", "sfirst", "upper2"])), str(p.age()),
                     c.sc(s, "dx"), c.sc(s, "cx"), c.sc(s, "rx").split(" ")[0]])
    hdr = [c.L("Ch.", "Rm"), c.L("Patient", "Patient"), c.L("Âge", "Age"), c.L("Dx", "Dx"),
           c.L("Résultats clés", "Key results"), c.L("Tx", "Tx")]
    if c.lang == "fr":
        subj = "Recensement VIH hospitalisés – " + c.choice(["lundi", "mercredi", "vendredi"])
        body = ["Bonjour,", "Recensement des patients VIH hospitalisés :", Table(hdr, rows), c.sig("tremblay", full=False)]
    else:
        subj = "HIV inpatient census - " + c.choice(["Monday", "Wednesday", "Friday"])
        body = ["Hello,", "Current HIV inpatient census:", Table(hdr, rows), c.sig("tremblay", full=False)]
    return c.spec("census", subj, c.who("tremblay"), [c.who("mensah"), c.who("okafor"), c.who("patel")], body,
                  c.L("recensement des patients VIH hospitalisés", "HIV inpatient census"), fmt=c.choice(["html", "alt"]))


# ---- 36. reply where the patient appears only in the quoted text -------------
def reply_quoted(c):
    p = c.patient(min_age=18)
    s = c.scen(keys=C.ACUTE)
    nm = c.name(p, c.choice(["full", "title", "upper", "lower"]))
    c.t("diagnosis", "medication")
    a, b = c.choice([("lavoie", "haddad"), ("patel", "mensah"), ("hebert", "dufour"), ("poulin", "chen")])
    if c.lang == "fr":
        orig = [f"Peux-tu faxer l'ordonnance de {nm} à sa pharmacie ? {c.sc(s, 'rx')} pour {c.sc(s, 'dx')}, "
                "fin prévue dans 10 jours.", C.STAFF[b].given]
        q = c.earlier(1, 26)
        attr = f"Le {q.day} {C.MOIS[q.month - 1]} {q.year} à {q.hour:02d}:{q.minute:02d}, {C.STAFF[b].dname('fr')} a écrit :"
        body = [c.choice(["C'est fait, merci.", "Fait ! Confirmé par la pharmacie.", "Envoyé ce matin."]),
                C.STAFF[a].given, Quote(attr, orig)]
        subj = "RE: ordonnance"
    else:
        orig = [f"Can you fax {nm}'s prescription to the pharmacy? {c.sc(s, 'rx')} for {c.sc(s, 'dx')}, "
                "planned stop in 10 days.", C.STAFF[b].given]
        q = c.earlier(1, 26)
        attr = f"On {C.MONTHS[q.month - 1]} {q.day}, {q.year}, at {q.hour:02d}:{q.minute:02d}, {C.STAFF[b].dname('en')} wrote:"
        body = [c.choice(["Done, thanks.", "Done! Pharmacy confirmed.", "Sent this morning."]),
                C.STAFF[a].given, Quote(attr, orig)]
        subj = "RE: prescription"
    return c.spec("reply", subj, c.who(a), [c.who(b)], body,
                  c.L("réponse brève, patient dans le texte cité", "short reply, patient only in quoted text"),
                  in_reply_to=f"<rx.{c.k}@hsaubin.example>")
