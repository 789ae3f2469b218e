"""Positive templates, part C: PrEP/HIV, public health, insurers, other identifiers."""
import datetime

import gen_common as C
from gen_mime import Pre, Quote, Table
from gen_pos_a import att_csv, att_docx, att_pdf, cdate, fname, room


# ---- 18. PrEP prescription to a community pharmacy ---------------------------
def prep_rx(c):
    p = c.patient(nam=True, min_age=16, max_age=70)
    nm = c.full_name(p)
    dob = c.dob(p)
    sex = c.sex(p)
    nam = c.nam(p)
    c.t("medication", "lab_result")
    ph = c.ext(c.choice(["pharma", "pharma2"]))
    ondemand = c.rng.random() < 0.35
    tdate, _ = cdate(c, -14, -1)
    creat = c.rng.randint(62, 104)
    L = c.lang == "fr"
    if L:
        rx = ("Emtricitabine/ténofovir DF 200/300 mg (générique de Truvada) – PrEP à la demande : "
              "2 co 2 à 24 h avant, puis 1 co 24 h et 48 h après. Qté : 30 co, 2 renouvellements."
              if ondemand else
              "Emtricitabine/ténofovir DF 200/300 mg (générique de Truvada) 1 co PO die. Qté : 30 co, 2 renouvellements.")
        lab = f"VIH (4e génération) non réactif le {tdate}. Créat {creat} µmol/L, DFGe > 90. AgHBs négatif."
        lines = [f"Patient(e) : {nm}", f"Date de naissance : {dob}   {sex}", f"NAM : {nam}", "", "Rx :", rx, "", lab,
                 "", f"Prescripteur : {C.STAFF['okafor'].dname('fr')}, permis 1-95-123"]
    else:
        rx = ("Emtricitabine/tenofovir DF 200/300 mg (generic Truvada) - event-driven PrEP: 2 tabs 2-24 h before, "
              "then 1 tab at 24 h and 48 h. Qty: 30, 2 refills." if ondemand else
              "Emtricitabine/tenofovir DF 200/300 mg (generic Truvada) 1 tab PO daily. Qty: 30, 2 refills.")
        lab = f"HIV (4th gen) non-reactive on {tdate}. Creat {creat} umol/L, eGFR > 90. HBsAg negative."
        lines = [f"Patient: {nm}", f"Date of birth: {dob}   {sex}", f"RAMQ: {nam}", "", "Rx:", rx, "", lab,
                 "", f"Prescriber: {C.STAFF['okafor'].dname('en')}, licence 1-95-123"]
    as_pdf = c.rng.random() < 0.45
    atts = []
    if as_pdf:
        atts.append(att_pdf(c.L("Ordonnance_PrEP_", "PrEP_Rx_") + fname(p, c.rng) + ".pdf",
                            c.L("Ordonnance – Clinique VIH/ITSS", "Prescription - HIV/STBBI Clinic"), lines,
                            compress=c.rng.random() < 0.5, header=c.L(C.ORG_FR, C.ORG_EN)))
        body = [c.L("Bonjour, veuillez trouver l'ordonnance ci-jointe. L'original suit par télécopieur.",
                    "Hello, prescription attached. Original to follow by fax."), c.sig("dube")]
    else:
        body = [c.L("Bonjour,", "Hello,"), Pre("\n".join(lines)),
                c.L("Merci de nous aviser si la couverture pose problème.", "Please let us know if coverage is an issue."),
                c.sig("dube")]
    subj = c.choice([c.L("Ordonnance PrEP", "PrEP prescription"), c.L("Rx PrEP – nouvelle initiation", "New PrEP start - Rx"),
                     c.L("Ordonnance", "Prescription")])
    return c.spec("prescription", subj, c.who("dube"), [ph], body,
                  c.L("ordonnance de PrEP à la pharmacie", "PrEP prescription to pharmacy"), atts=atts)


# ---- 19. HIV follow-up to primary care ---------------------------------------
def hiv_followup(c):
    p = c.patient(min_age=20)
    s = c.scen(keys=["hivfu", "hivnew", "pjp"])
    nm = c.name(p, c.choice(["title", "full", "upper", "initial", "lower"]))
    c.t("diagnosis", "lab_result", "medication")
    mrn = c.mrn(p) if c.rng.random() < 0.4 else None
    frm = c.choice(["mensah", "okafor", "patel"])
    gp = c.ext("gp")
    if c.lang == "fr":
        subj = c.choice(["Suivi clinique VIH", "Mise à jour – suivi conjoint", "Résultats récents"])
        body = ["Chère collègue,",
                f"Petite mise à jour concernant {nm}" + (f" (dossier {mrn})" if mrn else "") + f", suivi(e) pour {c.sc(s, 'dx')}.",
                f"{c.sc(s, 'cx')}. {c.sc(s, 'labs')}.",
                f"Traitement : {c.sc(s, 'rx')}. Prochaine visite dans 3 mois.", c.sig(frm)]
    else:
        subj = c.choice(["HIV clinic follow-up", "Update - shared care", "Recent results"])
        body = ["Dear colleague,",
                f"A quick update on {nm}" + (f" (MRN {mrn})" if mrn else "") + f", followed for {c.sc(s, 'dx')}.",
                f"{c.sc(s, 'cx')}. {c.sc(s, 'labs')}.",
                f"Treatment: {c.sc(s, 'rx')}. Next visit in 3 months.", c.sig(frm)]
    return c.spec("hiv_followup", subj, c.who(frm), [gp], body,
                  c.L("suivi VIH au médecin de famille", "HIV follow-up to family physician"))


# ---- 20. reportable disease declaration --------------------------------------
def mado(c):
    use_nam = c.rng.random() < 0.5
    p = c.patient(nam=use_nam, min_age=16)
    s = c.scen(keys=["syph", "gono", "tb", "malaria", "lyme", "neurosyph"])
    L = c.lang == "fr"
    nm = c.full_name(p, c.choice(["upper", "full", "sfirst"]))
    dob = c.dob(p)
    sex = c.sex(p)
    addr = c.address(p)
    tel = c.phone(p)
    nam = c.nam(p) if use_nam else None
    c.t("diagnosis", "lab_result")
    rows = [(c.L("Nom", "Name"), nm), (c.L("Date de naissance", "Date of birth"), dob), (c.L("Sexe", "Sex"), sex),
            (c.L("Adresse", "Address"), addr), (c.L("Téléphone", "Phone"), tel)]
    if nam:
        rows.append(("NAM", nam))
    rows += [(c.L("Maladie", "Disease"), c.sc(s, "dx")), (c.L("Résultat", "Result"), c.sc(s, "cx")),
             (c.L("Traitement", "Treatment"), c.sc(s, "rx"))]
    c.t("medication")
    declarant = c.choice(["dufour", "mensah", "menard", "leclerc"])
    if c.rng.random() < 0.5:
        att = att_docx(c.L("Declaration_MADO_", "Reportable_disease_") + fname(p, c.rng) + ".docx",
                       c.L("Déclaration de maladie à déclaration obligatoire", "Reportable disease notification"),
                       [c.L("Déclarant : ", "Reporter: ") + C.STAFF[declarant].dname(c.lang)],
                       table=([c.L("Champ", "Field"), c.L("Valeur", "Value")], [list(r) for r in rows]))
        atts = [att]
        body = [c.L("Bonjour, déclaration MADO ci-jointe. Le/la patient(e) a été traité(e) ce jour ; "
                    "la liste des contacts suivra.", "Hello, reportable disease form attached. Patient treated today; "
                    "contact list to follow."), c.sig(declarant)]
    else:
        atts = []
        body = [c.L("Bonjour,", "Hello,"), c.L("Déclaration d'un cas :", "Case notification:"),
                Table([c.L("Champ", "Field"), c.L("Valeur", "Value")], [list(r) for r in rows]),
                c.L("Disponible pour l'enquête épidémiologique.", "Available for the case investigation."), c.sig(declarant)]
    subj = c.choice([c.L("Déclaration MADO", "Reportable disease notification"),
                     c.L(f"MADO – {c.sc(s, 'dx')}", f"Notifiable: {c.sc(s, 'dx')}"), c.L("Déclaration de cas", "Case report")])
    return c.spec("mado", subj, c.who(declarant), [c.ext("drsp")], body,
                  c.L("déclaration de maladie à déclaration obligatoire", "reportable disease notification"), atts=atts,
                  importance=True)


# ---- 21. outbreak line list --------------------------------------------------
def outbreak_linelist(c):
    org = c.choice([("ERV", "VRE"), ("EPC (KPC)", "CPE (KPC)"), ("C. difficile", "C. difficile"), ("SARM", "MRSA")])
    unit = c.choice(["6N", "7S", "5E", "4O"])
    n = c.rng.randint(4, 8)
    c.t("lab_result")
    hdr = [c.L("Nom", "Name"), c.L("Dossier", "MRN"), c.L("Chambre", "Room"), c.L("Dépistage", "Screen date"),
           c.L("Résultat", "Result"), c.L("Statut", "Status")]
    rows = []
    for i in range(n):
        p = c.patient(min_age=40)
        pos_ = i == 0 or c.rng.random() < 0.35
        res = c.L("positif", "positive") if pos_ else c.L("négatif", "negative")
        rows.append([c.name(p, c.choice(["upper", "sfirst", "upper2"])), c.mrn(p), f"{unit}-{c.rng.randint(1, 30):02d}",
                     c.day(-12, -1).isoformat(), f"{org[0] if c.lang == 'fr' else org[1]} {res}",
                     c.L("cas", "case") if pos_ else c.L("contact", "contact")])
    csv_name = c.L(f"liste_lineaire_{unit}.csv", f"line_list_{unit}.csv")
    enc = c.choice(["utf-8", "windows-1252"])
    att = att_csv(csv_name, [hdr] + rows, sep=";" if c.lang == "fr" else ",", encoding=enc)
    frm = c.choice(["levesque", "gosselin"])
    if c.lang == "fr":
        subj = f"Éclosion {org[0]} – {unit} – liste linéaire à jour"
        body = ["Bonjour,", f"Ci-joint la liste linéaire à jour pour l'éclosion {org[0]} au {unit}. "
                "Merci de maintenir les précautions additionnelles pour les cas et de poursuivre les dépistages "
                "hebdomadaires des contacts.", "Document confidentiel – ne pas afficher.", c.sig(frm)]
    else:
        subj = f"{org[1]} outbreak - {unit} - updated line list"
        body = ["Hello,", f"Attached is the updated line list for the {org[1]} outbreak on {unit}. Please keep "
                "additional precautions for cases and continue weekly contact screening.",
                "Confidential - do not post.", c.sig(frm)]
    return c.spec("outbreak_linelist", subj, c.who(frm), [c.who("cote"), c.who("dufour")], body,
                  c.L("liste linéaire d'éclosion en CSV", "outbreak line list CSV"), atts=[att])


# ---- 22. disability insurer form with SIN -------------------------------------
def insurer_sin(c):
    p = c.patient(min_age=25, max_age=64)
    s = c.scen(keys=["hivnew", "tb", "mssa", "osteo", "pji", "pjp", "hcv"])
    nm = c.full_name(p)
    dob = c.dob(p)
    sin = c.other_id("ca_sin")
    c.t("diagnosis", "medication")
    doc = c.choice(["dufour", "mensah", "haddad", "menard"])
    ins = c.ext(c.choice(["assur", "sunwise"]))
    L = c.lang == "fr"
    lines = [c.L("Déclaration du médecin traitant – invalidité de courte durée", "Attending physician statement - short-term disability"),
             f"{c.L('Assuré(e)', 'Claimant')} : {nm}", f"{c.L('Date de naissance', 'Date of birth')} : {dob}",
             f"{c.L('NAS', 'SIN')} : {sin}", f"{c.L('Diagnostic', 'Diagnosis')} : {c.sc(s, 'dx')}",
             f"{c.L('Traitement', 'Treatment')} : {c.sc(s, 'rx')}",
             c.L("Arrêt de travail prévu : 8 semaines, retour progressif à réévaluer.",
                 "Expected time off work: 8 weeks, graduated return to be reassessed."),
             f"{c.L('Médecin', 'Physician')} : {C.STAFF[doc].dname(c.lang)}"]
    in_pdf = c.rng.random() < 0.6
    if in_pdf:
        atts = [att_pdf(c.L("Declaration_medecin_", "APS_") + fname(p, c.rng) + ".pdf", lines[0], lines[1:],
                        compress=c.rng.random() < 0.5)]
        body = [c.L("Bonjour, vous trouverez ci-joint la déclaration du médecin traitant demandée.",
                    "Hello, please find attached the requested attending physician statement."),
                c.L("Numéro de réclamation : ", "Claim number: ") + f"RC-{c.rng.randint(100000, 999999)}", c.sig("mercier")]
    else:
        atts = []
        body = [c.L("Bonjour,", "Hello,"), Pre("\n".join(lines)), c.sig("mercier")]
    subj = c.choice([c.L("Déclaration du médecin traitant", "Attending physician statement"),
                     c.L("Dossier invalidité – formulaire complété", "Disability claim - completed form")])
    return c.spec("insurer_form", subj, c.who("mercier"), [ins], body,
                  c.L("formulaire d'assurance invalidité", "disability insurance form"), atts=atts)


# ---- 23. Ontario transfer of HIV care ----------------------------------------
def ohip_transfer(c):
    p = c.patient(min_age=20, names=["Tyler Henderson", "Keisha Grant", "Eric Lindqvist", "Dorothy McAllister",
                                     "Trevor Blackburn", "Patrick O'Sullivan", "Linda Okonkwo"])
    nm = c.full_name(p)
    dob = c.dob(p)
    hn = c.other_id("ca_health_number", style=c.choice(["plain", "hyphen", "spaced", "odd", "fullwidth"]))
    c.t("diagnosis", "medication", "lab_result")
    rid = c.ext("rideau")
    L = c.lang == "fr"
    if L:
        subj = c.choice(["Transfert de suivi VIH – Ontario", f"Transfert de soins : {nm}"])
        body = ["Bonjour,",
                f"{nm}, né(e) le {dob}, carte Santé Ontario {hn}, déménage à Montréal et souhaite poursuivre son suivi VIH chez vous.",
                "Traitement actuel : Biktarvy 1 co die depuis 2019. Génotype de résistance : M184V. "
                "Dernière charge virale < 40 copies/mL, CD4 540.",
                "Le dossier complet suit par télécopieur.", "Kim Ashworth, inf.\nRideau Regional Hospital – ID Clinic\n613-555-0149"]
        frm, to = rid, [c.who("mensah")]
    else:
        subj = c.choice(["Transfer of HIV care from Ontario", f"Care transfer: {nm}"])
        body = ["Hello,",
                f"{nm}, DOB {dob}, Ontario health card {hn}, is moving to Montreal and would like to continue HIV care with you.",
                "Current ART: Biktarvy 1 tab daily since 2019. Resistance genotype: M184V. "
                "Last viral load <40 copies/mL, CD4 540.",
                "Full chart to follow by fax.", "Kim Ashworth, RN\nRideau Regional Hospital - ID Clinic\n613-555-0149"]
        frm, to = rid, [c.who("mensah")]
    return c.spec("transfer", subj, frm, to, body,
                  c.L("transfert de suivi VIH depuis l'Ontario", "transfer of HIV care from Ontario"))


# ---- 24. Belgian traveller, assistance company --------------------------------
def niss_malaria(c):
    p = c.patient(min_age=20, names=["Arnaud Verhoeven", "Lotte Janssens", "Maxime Dewulf", "Elise Vandenberghe"])
    s = c.scen(keys=["malaria", "cdi", "esbl", "lyme"])
    nm = c.full_name(p)
    dob = c.dob(p)
    niss = c.other_id("be_niss", p)
    c.t("diagnosis", "lab_result", "medication")
    bx = c.ext("benelux")
    doc = c.choice(["leclerc", "chen", "haddad"])
    if c.lang == "fr":
        subj = c.choice([f"Votre dossier {c.rng.randint(10000, 99999)} – rapport médical", "Rapport médical – assuré hospitalisé"])
        body = ["Madame, Monsieur,",
                f"Suite à votre demande, voici le rapport médical concernant votre assuré(e) {nm}, né(e) le {dob}, "
                f"numéro de registre national (NISS) {niss}.",
                f"Diagnostic : {c.sc(s, 'dx')}. {c.sc(s, 'cx')}. {c.sc(s, 'labs')}.",
                f"Traitement : {c.sc(s, 'rx')}. État stable, apte à voyager en classe économique dans 5 à 7 jours "
                "sous réserve d'un contrôle.", c.sig(doc)]
    else:
        subj = c.choice([f"Your file {c.rng.randint(10000, 99999)} - medical report", "Medical report - insured hospitalised"])
        body = ["Dear Sir or Madam,",
                f"As requested, the medical report for your insured {nm}, born {dob}, Belgian national number (NISS) {niss}.",
                f"Diagnosis: {c.sc(s, 'dx')}. {c.sc(s, 'cx')}. {c.sc(s, 'labs')}.",
                f"Treatment: {c.sc(s, 'rx')}. Stable, fit to fly economy in 5-7 days pending follow-up.", c.sig(doc)]
    return c.spec("travel_insurance", subj, c.who(doc), [bx], body,
                  c.L("rapport médical à l'assisteur belge", "medical report to Belgian assistance company"))


# ---- 25. French student, NIR -------------------------------------------------
def nir_student(c):
    p = c.patient(min_age=18, max_age=35, names=["Clémence Moreau-Petit", "Théo Garnier", "Camille Roussel",
                                                  "Hugo Lefebvre-Marin"])
    nm = c.full_name(p)
    nir = c.other_id("fr_nir", p)
    with_dob = c.rng.random() < 0.6
    dob = c.dob(p) if with_dob else None
    opt = c.choice([("prophylaxie préexposition au VIH (PrEP), emtricitabine/ténofovir", "HIV pre-exposure prophylaxis (PrEP), emtricitabine/tenofovir", "medication"),
                    ("traitement d'une tuberculose latente (IGRA positif) par rifampicine 4 mois", "latent TB treatment (positive IGRA) with rifampin x 4 months", "diagnosis"),
                    ("syphilis précoce traitée par Bicillin L-A", "early syphilis treated with Bicillin L-A", "diagnosis")])
    c.t("medication")
    if opt[2] == "diagnosis":
        c.t("diagnosis")
    if "IGRA" in opt[0]:
        c.t("lab_result")
    mu = c.ext("mutuelle")
    if c.lang == "fr":
        subj = c.choice(["Attestation de soins – étudiant(e) en échange", "Demande de remboursement – soins au Canada"])
        body = ["Madame, Monsieur,",
                f"J'atteste que {nm}" + (f", né(e) le {dob}," if dob else "") + f" (NIR {nir}) est suivi(e) à notre clinique "
                f"depuis septembre pour {opt[0]}.",
                "La facture détaillée est jointe à la demande de l'assuré(e).", c.sig("dube")]
    else:
        subj = c.choice(["Certificate of care - exchange student", "Reimbursement request - care in Canada"])
        body = ["Dear Sir or Madam,",
                f"This is to certify that {nm}" + (f", born {dob}," if dob else "") + f" (French NIR {nir}) has been followed "
                f"at our clinic since September for {opt[1]}.",
                "The itemised invoice is attached at the insured's request.", c.sig("dube")]
    return c.spec("student_insurance", subj, c.who("dube"), [mu], body,
                  c.L("attestation pour mutuelle française", "certificate for French student insurer"))


# ---- 26. RAMQ exceptional drug request ---------------------------------------
EXC = [
    (("cabotégravir + rilpivirine injectables (Cabenuva) q2 mois", "cabotegravir + rilpivirine LA (Cabenuva) q2 months"),
     ("VIH, charge virale indétectable depuis 3 ans, difficulté d'observance orale", "HIV, undetectable for 3 years, oral adherence difficulties"),
     ("CV < 40, aucune mutation INSTI/NNRTI connue", "VL <40, no known INSTI/NNRTI mutations")),
    (("glécaprévir/pibrentasvir (Maviret) x 8 sem.", "glecaprevir/pibrentasvir (Maviret) x 8 wk"),
     ("hépatite C chronique génotype 1a", "chronic hepatitis C genotype 1a"),
     ("ARN VHC 840 000 UI/mL, F2", "HCV RNA 840,000 IU/mL, F2")),
    (("fidaxomicine 200 mg bid x 10 j", "fidaxomicin 200 mg bid x 10 d"),
     ("1re récidive d'infection à C. difficile", "first recurrence of C. difficile infection"),
     ("toxine C. difficile positive", "C. difficile toxin positive")),
    (("dalbavancine 1500 mg IV J1 et J8", "dalbavancin 1500 mg IV day 1 and day 8"),
     ("ostéomyélite vertébrale à SASM, UDI, accès veineux impossible à domicile", "MSSA vertebral osteomyelitis, PWID, no safe home IV access"),
     ("hémocultures négatives depuis J4", "blood cultures negative since day 4")),
]


def ramq_exception(c):
    p = c.patient(nam=True, min_age=18)
    nm = c.full_name(p)
    dob = c.dob(p)
    sex = c.text(p.sex)
    nam = c.nam(p)
    drug, dx, lab = c.choice(EXC)
    c.t("medication", "diagnosis", "lab_result")
    L = c.lang == "fr"
    ph = c.choice(["patel", "lavoie"])
    if L:
        subj = c.choice(["Médicament d'exception – demande d'autorisation", "Demande RAMQ – patient d'exception",
                         f"Autorisation {drug[0].split(' ')[0]}"])
        body = ["Bonjour,", "Voici les renseignements pour la demande d'autorisation de paiement :",
                Table(["", ""], [["Nom", nm], ["Date de naissance", dob], ["Sexe", sex], ["NAM", nam],
                                 ["Médicament", drug[0]], ["Indication", dx[0]], ["Résultats", lab[0]]]),
                "Pouvez-vous soumettre au nom de la Dre Mensah ? Merci !", c.sig("dube")]
    else:
        subj = c.choice(["Exception drug - authorization request", "RAMQ exceptional patient request",
                         f"Authorization {drug[1].split(' ')[0]}"])
        body = ["Hi,", "Details for the payment authorization request:",
                Table(["", ""], [["Name", nm], ["Date of birth", dob], ["Sex", sex], ["RAMQ", nam],
                                 ["Drug", drug[1]], ["Indication", dx[1]], ["Results", lab[1]]]),
                "Could you submit under Dr Mensah's name? Thanks!", c.sig("dube")]
    return c.spec("drug_coverage", subj, c.who("dube"), [c.who(ph)], body,
                  c.L("demande de médicament d'exception", "exceptional drug coverage request"),
                  fmt=c.choice(["html", "alt"]))


# ---- 27. social worker note ----------------------------------------------------
def social_work(c):
    p = c.patient(min_age=18, max_age=60)
    nm = c.name(p, c.choice(["full", "title", "upper", "lower"]))
    c.t("social_information", "diagnosis")
    sit = c.choice([("demandeur(se) d'asile, couvert(e) par le PFSI, hébergé(e) au YMCA jusqu'à la fin du mois",
                     "refugee claimant covered by IFHP, staying at the YMCA until month-end"),
                    ("a perdu son logement, dort chez des amis, insécurité alimentaire",
                     "lost housing, couch-surfing, food insecurity"),
                    ("sans statut, craint de consulter, aucun revenu", "no immigration status, afraid to seek care, no income"),
                    ("violence conjugale rapportée, conjoint non informé du diagnostic",
                     "reports intimate partner violence; partner unaware of diagnosis")])
    dx = c.choice([("VIH nouvellement diagnostiqué", "new HIV diagnosis"), ("tuberculose active", "active TB"),
                   ("hépatite C", "hepatitis C"), ("syphilis latente", "latent syphilis")])
    with_phone = c.rng.random() < 0.35
    tel = c.phone(p) if with_phone else None
    if c.lang == "fr":
        subj = c.choice(["Suivi psychosocial", "Note TS – clinique VIH", "Besoin de soutien – hébergement"])
        body = ["Bonjour à l'équipe,",
                f"J'ai rencontré {nm} aujourd'hui ({dx[0]}). Situation : {sit[0]}.",
                "Démarches : demande à l'Escale pour hébergement, banque alimentaire, accompagnement au rendez-vous de jeudi."
                + (f" Joignable au {tel} (cellulaire d'un ami)." if tel else ""),
                "Merci de ne pas laisser de message vocal mentionnant la clinique.", c.sig("benali")]
    else:
        subj = c.choice(["Psychosocial follow-up", "SW note - HIV clinic", "Support needed - housing"])
        body = ["Hi team,", f"Met {nm} today ({dx[1]}). Situation: {sit[1]}.",
                "Actions: shelter application, food bank, escort to Thursday's appointment."
                + (f" Reachable at {tel} (a friend's cell)." if tel else ""),
                "Please do not leave voicemail mentioning the clinic.", c.sig("benali")]
    return c.spec("social", subj, c.who("benali"), [c.who("mensah"), c.who("dube")], body,
                  c.L("note de travail social", "social work note"))
