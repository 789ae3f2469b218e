"""More positive templates (both languages): results, crime-victim forms, foreign IDs."""
import datetime

import gen_attach as A
import gen_common as C
from gen_spec import Rec, mail

LAB_PAIRS_FR = [("biopsie prostatique", "APS 14,2 µg/L, biopsie : adénocarcinome Gleason 7"),
                ("culture d'urine", "culture d'urine : E. coli > 10^8, résistant à la ciprofloxacine"),
                ("bilan sanguin", "K+ 6,3 mmol/L, créatinine 288 µmol/L"),
                ("TDM thoracique", "TDM : nodule spiculé de 2,3 cm au lobe supérieur droit"),
                ("HbA1c", "HbA1c 11,2 %, glycémie à jeun 14,8 mmol/L")]
LAB_PAIRS_EN = [("prostate biopsy", "PSA 14.2, biopsy: adenocarcinoma Gleason 7"),
                ("urine culture", "urine culture: E. coli > 10^8, ciprofloxacin-resistant"),
                ("bloodwork", "K 6.3 mmol/L, creatinine 288 umol/L"),
                ("chest CT", "CT: 2.3 cm spiculated nodule, right upper lobe"),
                ("HbA1c", "HbA1c 11.2%, fasting glucose 14.8 mmol/L")]


def fr_staff(c, role):
    return c.staff(C.FR_DOM, role)


def en_staff(c, role):
    return c.staff(C.EN_DOM, role)


def g(p, f, m):
    return f if p.sex == "F" else m


def n_fr(c):
    return f"2025-{c.rng.randrange(40, 990):04d}"


# ---------------------------------------------------------------------------
def p_resultats(c):
    R = Rec(c, "fr")
    p = c.nam_patient()
    while C.age_on(p.dob) < 25:
        p = c.nam_patient()
    com = fr_staff(c, "Commissaire aux plaintes et à la qualité des services")
    mex = fr_staff(c, "Médecin examinateur")
    test, res = c.pick(LAB_PAIRS_FR)
    R.add("lab_result")
    if "adénocarcinome" in res or "nodule" in res:
        R.add("diagnosis")
    rows = [["Nom", "Prénom", "DDN", "Sexe", "NAM"],
            [p.surname.upper(), p.given, R.dob(p, "iso"), p.sex, R.nam(p)]]
    R.name(p)
    tbl = "\n".join("  " + " | ".join(r) for r in rows)
    body = (f"Dr {mex.surname},\n\nNouvelle plainte visant un médecin (dossier {n_fr(c)}). "
            f"{g(p, 'L’usagère', 'L’usager')} allègue que le résultat de son examen ({test}) n'a jamais été "
            f"communiqué et qu'{g(p, 'elle', 'il')} l'a appris quatre mois plus tard lors d'une visite "
            "à l'urgence.\n\n" + tbl + "\n\n"
            f"Résultat en cause : {res}\n"
            "Prescripteur : médecin de famille du GMF des Saules (résultat reçu au GMF le lendemain).\n\n"
            "Je vous laisse communiquer avec le médecin visé.\n\n" + com.full + C.sig_fr(com))
    m = mail(c, com.addr(), [mex.addr()], "Plainte – résultat non communiqué", body)
    return R.spec("missed_result", "complaint about an uncommunicated test result", m)


def p_ivac(c):
    R = Rec(c, "fr")
    use_nam = c.chance(0.5)
    p = c.nam_patient() if use_nam else c.other_patient("fr", 20, 60)
    while C.age_on(p.dob) < 18:
        p = c.nam_patient()
    ts = fr_staff(c, "Travailleuse sociale, urgence|Travailleur social, urgence")
    ssp = fr_staff(c, "Intervenante en soins spirituels|Intervenant en soins spirituels")
    soc = R.social(["victime de violence conjugale, hébergée en maison d'aide",
                    "agression armée dans un parc, suivi en cours avec le CAVAC"])
    dx = R.dx(["fracture de l'orbite gauche", "plaie à l'avant-bras suturée (12 points)",
               "commotion cérébrale", "trouble de stress post-traumatique"])
    paras = ["Demande de prestations – indemnisation des victimes d'actes criminels (IVAC)",
             f"Nom : {R.name(p, 'surname_first')}",
             f"Date de naissance : {R.dob(p)}   {R.sex(p, 'label')}",
             f"NAS : {R.sin(p)}"]
    if use_nam:
        paras.append(f"NAM : {R.nam(p)}")
    paras += [f"Adresse : {R.address(p)}", f"Téléphone : {R.phone(p)}",
              f"Nature de l'événement : {soc}", f"Blessures constatées : {dx}",
              "Établissement : " + C.FR_HOSP]
    fn = c.pick(["IVAC_demande.docx", f"IVAC_{C.strip_accents(p.surname)}.docx"])
    att = A.att_docx(fn, "Formulaire IVAC – brouillon", paras, author=ts.full)
    body = (f"Bonjour {ssp.given},\n\nComme tu accompagnes {g(p, 'cette usagère', 'cet usager')} depuis "
            "samedi, voici le brouillon du formulaire IVAC rempli avec elle/lui ce matin. Peux-tu "
            "vérifier avec " + g(p, "elle", "lui") + " que les informations sont exactes avant que je "
            "l'envoie ? Ne pas laisser de copie papier dans la chambre.\n\n" + ts.full + "\n")
    body = body.replace("avec elle/lui", "avec " + g(p, "elle", "lui"))
    m = mail(c, ts.addr(), [ssp.addr()], "Brouillon IVAC à valider", body, [att])
    return R.spec("crime_victim_form", "crime-victim compensation form draft (docx)", m)


def p_nir_cpam(c):
    R = Rec(c, "fr")
    p = c.other_patient("fra", 25, 85)
    fin = fr_staff(c, "Agente – facturation des non-résidents|Agent – facturation des non-résidents")
    com = fr_staff(c, "Commissaire adjointe aux plaintes|Commissaire adjoint aux plaintes")
    dx = R.dx(["fracture du plateau tibial droit", "appendicite aiguë opérée",
               "pneumonie acquise en communauté", "pyélonéphrite aiguë"])
    d1 = datetime.date(2025, c.rng.randrange(1, 9), c.rng.randrange(1, 20))
    d2 = d1 + datetime.timedelta(days=c.rng.randrange(2, 9))
    lines = ["Attestation de soins reçus à l'étranger (pour la CPAM)", f"Patient : {R.name(p, 'upper_surname')}",
             f"Né(e) le : {R.dob(p, 'dmy')}", f"N° de sécurité sociale : {R.nir(p)}",
             f"Hospitalisation : du {d1.strftime('%d/%m/%Y')} au {d2.strftime('%d/%m/%Y')}",
             f"Diagnostic : {dx}", f"Établissement : {C.FR_HOSP}, {C.FR_ADDR}",
             "Montant facturé : voir facture détaillée jointe au dossier."]
    att = A.att_pdf(c.pick(["attestation_soins_CPAM.pdf", f"attestation_{p.surname}.pdf"]),
                    "Attestation de soins", lines, fin.full)
    body = (f"Bonjour {com.given},\n\nSuite à la plainte (délai pour obtenir l'attestation destinée à "
            "la Sécurité sociale française), voici l'attestation produite aujourd'hui. Je l'envoie "
            "par courriel sécurisé au patient cet après-midi si vous êtes d'accord.\n\n"
            + fin.full + C.sig_fr(fin, "Service des finances"))
    m = mail(c, fin.addr(), [com.addr()], "Attestation CPAM – plainte délai", body, [att])
    return R.spec("foreign_patient", "care certificate for French insurer with NIR (pdf)", m)


def p_ontarien_fr(c):
    R = Rec(c, "fr")
    p = c.other_patient("fr", 30, 90)
    com = fr_staff(c, "Commissaire aux plaintes et à la qualité des services")
    chef = fr_staff(c, "Chef de service – urgence")
    dx = R.dx(["infarctus NSTEMI", "fracture de la hanche droite", "pneumonie acquise en communauté"])
    body = (f"Bonjour {chef.given},\n\nPlainte reçue de {R.name(p, 'title')}, franco-ontarien{g(p, 'ne', '')} "
            f"de passage (carte Santé Ontario {R.ohip(p)}), hospitalisé{g(p, 'e', '')} du {c.rng.randrange(1, 15)} au "
            f"{c.rng.randrange(16, 28)} juillet pour {dx}. {g(p, 'Elle', 'Il')} dénonce :\n"
            "- l'impossibilité d'obtenir des explications en français la nuit;\n"
            "- une facture reçue à domicile alors que le formulaire interprovincial avait été signé.\n\n"
            f"{g(p, 'Elle', 'Il')} demande qu'on la/le rappelle au {R.phone(p)} après 16 h.\n\n"
            f"Merci de me revenir d'ici deux semaines.\n{com.full}" + C.sig_fr(com))
    body = body.replace("la/le rappelle", g(p, "la rappelle", "le rappelle"))
    m = mail(c, com.addr(), [chef.addr()], "Plainte – usager de l'Ontario", body)
    return R.spec("out_of_province", "complaint from Ontario patient with health card", m)


# ---------------------------------------------------------------------------
def e_missed_result(c):
    R = Rec(c, "en")
    p = c.nam_patient()
    while C.age_on(p.dob) < 25:
        p = c.nam_patient()
    omb = en_staff(c, "Patient Ombudsman")
    mex = en_staff(c, "Medical Examiner")
    test, res = c.pick(LAB_PAIRS_EN)
    R.add("lab_result")
    if "adenocarcinoma" in res or "nodule" in res:
        R.add("diagnosis")
    body = (f"Dr. {mex.surname},\n\nNew complaint about a physician. The patient says the result of "
            f"{'her' if p.sex == 'F' else 'his'} {test} was never passed on and "
            f"{'she' if p.sex == 'F' else 'he'} found out four months later in Emergency.\n\n"
            f"Patient: {R.name(p, c.pick(['surname_first', 'full']))}\n"
            f"DOB: {R.dob(p)}   Sex: {p.sex}\nRAMQ: {R.nam(p)}\n"
            f"Result at issue: {res}\n"
            "Ordering physician: family physician at Saules Family Medicine Group.\n\n"
            "I'll leave it to you to contact the physician.\n\n" + omb.full + C.sig_en(omb))
    m = mail(c, omb.addr(), [mex.addr()], "Complaint - result not communicated", body)
    return R.spec("missed_result", "complaint about an uncommunicated result", m)


def e_travel_insurer(c):
    R = Rec(c, "en")
    be = c.chance(0.5)
    p = c.other_patient("be" if be else "fra", 25, 85)
    fin = en_staff(c, "Billing Officer, International Patients")
    omb = en_staff(c, "Assistant Patient Ombudsman")
    ident = (f"Belgian national number: {R.niss(p)}" if be else f"French social security no. (NIR): {R.nir(p)}")
    dx = R.dx(["bimalleolar ankle fracture", "acute appendicitis (operated)", "NSTEMI",
               "community-acquired pneumonia"])
    rows = [["Field", "Value"], ["Patient", R.name(p, "surname_first")], ["Date of birth", R.dob(p, "dmy")],
            ["ID", ident], ["Diagnosis", dx], ["Home address", "see insurer file"],
            ["Insurer", c.pick(["EuroAssist Voyage", "Mutuelle Horizon", "TravelSure Europe"])]]
    att = A.att_xlsx("insurer_claim.xlsx", [("Claim", rows)], fin.full)
    body = (f"Hi {omb.given},\n\nFor the billing complaint from the {'Belgian' if be else 'French'} "
            "visitor, these are the details the travel insurer wants confirmed before they pay "
            "(spreadsheet attached). I suggest we hold the file until they reply.\n\n"
            + fin.full + C.sig_en(fin, "Finance"))
    m = mail(c, fin.addr(), [omb.addr()], "Travel insurer claim - billing complaint", body, [att])
    return R.spec("foreign_patient", "travel insurer claim details with foreign ID (xlsx)", m)


def e_crime_victim(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 20, 60)
    sw = en_staff(c, "Social Worker, Emergency")
    ch = en_staff(c, "Chaplain")
    soc = R.social(["assaulted by an ex-partner, now staying at a women's shelter",
                    "victim of an armed robbery at work, followed by the crime victims' assistance centre"])
    dx = R.dx(["left orbital fracture", "forearm laceration (12 sutures)", "concussion",
               "post-traumatic stress disorder"])
    body = (f"Hi {ch.given},\n\nSince you've been seeing {R.name(p, c.pick(['full', 'title']))} since "
            "Saturday, here is what I put on the crime victims' compensation (IVAC) application this "
            "morning. Could you check with them that it's right before I send it?\n\n"
            f"  DOB: {R.dob(p)}\n  SIN: {R.sin(p)}\n  Address: {R.address(p)}\n"
            f"  Event: {soc}\n  Injuries: {dx}\n\nPlease don't leave paper copies in the room.\n\n"
            f"{sw.full}, MSW\n")
    m = mail(c, sw.addr(), [ch.addr()], "IVAC application - please check", body)
    return R.spec("crime_victim_form", "crime-victim compensation details for checking", m)


def e_ohip_transfer(c):
    R = Rec(c, "en")
    p = c.other_patient("en", 40, 90)
    omb = en_staff(c, "Patient Ombudsman")
    bed = en_staff(c, "Patient Flow Coordinator")
    dx = R.dx(["NSTEMI", "decompensated heart failure", "left MCA stroke with aphasia"])
    lab = R.lab(["hs-troponin 845 ng/L", "BNP 2140", "INR 1.1, platelets 212"])
    q = (f"> Can you tell me why the repatriation to Ottawa is taking so long? The family has "
         f"complained twice.\n> {omb.given}")
    body = (f"Hi {omb.given},\n\nRe {R.name(p, 'surname_first')} (Ontario health card {R.ohip(p)}), "
            f"{dx}: the receiving hospital wanted repeat labs before accepting ({lab} this morning). "
            "Bed confirmed for tomorrow, ambulance booked for 10:00. I've called the daughter.\n\n"
            f"{bed.given}\n\n{q}")
    m = mail(c, bed.addr(), [omb.addr()], "RE: Transfer delay complaint", body, reply=True)
    return R.spec("transfer_followup", "transfer delay complaint reply with health card", m)


FR = [p_resultats, p_ivac, p_nir_cpam, p_ontarien_fr]
EN = [e_missed_result, e_travel_insurer, e_crime_victim, e_ohip_transfer]
