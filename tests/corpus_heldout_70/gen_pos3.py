# -*- coding: utf-8 -*-
"""Positive templates, part 3: attached .eml, reviews, incidents, interpreters, donation,
blood bank, EMS feedback, voicemail, pre-alerts, social work, tox cases, waiting lists."""
import datetime

from gen_common import ORG, date_fr, date_en, dob_fmt, strip_accents
from gen_clin import SIGNOUT_FR, DX_FR, MEDS_FR
from gen_text import body, quote, table_text, signature
from gen_attach import make_docx
from gen_pos1 import R, S, box


def p_eml_forward(g, v):
    en = v == 2
    dt = g.msg_datetime()
    a = g.staff("en" if en else "fr", "Social" if en else "social")
    b_ = g.staff("en" if en else "fr", "MD")
    earlier = dt - datetime.timedelta(hours=g.randint(3, 48))
    if v == 0:
        p = g.nam_person(60, 100)
        inner_body = (f"Bonjour,\n\nJe suis l'infirmière du soutien à domicile qui suit {p.title_fr} {p.given} {p.surname} "
                      f"(NAM {p.nam_variant('card')}). {p.Il} a été transféré{p.e} chez vous cette nuit pour chute et confusion.\n"
                      f"Sa médication : donépézil 10 mg, métoprolol 25 mg BID, warfarine (INR cible 2-3). {p.Il} vit seul{p.e} et le "
                      "conjoint est décédé en mars; retour à domicile non sécuritaire selon nous.\n\nMerci\nInfirmière SAD – CLSC des Rivières")
        sender = ("Infirmière SAD", f"sad.infirmieres@{ORG['clsc'][1]}")
        types = ["patient_name", "ramq_nam", "diagnosis", "medication", "social_information"]
        inner_subj = "Usager transféré cette nuit"
    elif v == 1:
        p = g.person(25, 60)
        inner_body = (f"Bonjour,\nje suis la sœur de {p.given} {p.surname}. {p.Il} est à votre urgence depuis hier, en crise. "
                      f"{p.Il} est bipolaire et a arrêté son lithium depuis 3 semaines, {p.il} n'a pas dormi depuis 4 jours et a dépensé "
                      "toutes ses économies. SVP ne le/la laissez pas partir. Mon numéro : " + g.phone() + "\n" + "Josiane")
        if True:
            inner_body = inner_body.replace("ne le/la laissez", "ne " + ("la" if p.f else "le") + " laissez")
        sender = ("Josiane", f"josiane.m{g.randint(10, 99)}@courriel.example")
        types = ["patient_name", "diagnosis", "medication", "social_information", "patient_contact"]
        inner_subj = "mon frère/ma sœur à l'urgence".replace("mon frère/ma sœur", "ma sœur" if p.f else "mon frère")
    else:
        p = g.person(18, 80, origin="en")
        inner_body = (f"Hi,\n\nI'm the family doctor of {p.given} {p.surname} ({p.dob:%Y-%m-%d}). {p.He} was seen in your ED last "
                      "weekend for chest pain; could you send me the ECG and troponin results? I also started rosuvastatin 20 mg.\n\n"
                      "Dr. Alan Pryce, Westbrook Medical Clinic")
        sender = ("Dr. Alan Pryce", f"apryce@westbrook-clinic.example")
        types = ["patient_name", "date_of_birth", "diagnosis", "medication"]
        inner_subj = "ED visit results"
    inner = {"from": sender, "to": [S(a)], "subject": inner_subj, "body": inner_body, "date": earlier, "lang": "en" if en else "fr"}
    outer = g.choice(["Voir le courriel ci-joint, pour ton patient de la civière 9.", "FYI – courriel reçu ce matin, à verser au dossier."]) \
        if not en else "See attached e-mail – can you reply with the results?"
    b = body(g, "en" if en else "fr", b_, [outer], a)
    spec = {"from": S(a), "to": [S(b_)], "subject": ("TR: " if not en else "FW: ") + inner_subj, "body": b, "date": dt,
            "attachments": [{"kind": "eml", "filename": "message.eml" if g.chance(0.5) else f"{inner_subj}.eml", "spec": inner,
                             "inline": g.chance(0.4)}]}
    return R(spec, types, "Outer note with patient details inside attached message/rfc822", "eml_forward", "en" if en else "fr")


def p_mm_review(g, v):
    dt = g.msg_datetime()
    p = g.person(30, 90)
    mrn = g.mrn()
    chief = g.staff("fr", "Chef")
    case = g.choice([("retard diagnostique d'une dissection aortique", "D-dimères 4,1, TDM fait 9 h après l'arrivée"),
                     ("sepsis non reconnu au triage (P4)", "lactate 6,8 obtenu après 5 h"),
                     ("hémorragie intracrânienne sous apixaban", "INR 1,2, TDM tardif, reprise anticoagulation non documentée")])
    paras = [f"Pour la revue de morbidité-mortalité du {g.randint(1, 28)} du mois, le cas retenu est celui de {p.title_fr} {p.surname} "
             f"({p.given}, dossier {mrn}) : {case[0]}.",
             f"Éléments clés : {case[1]}. {p.Il} est décédé{p.e} le lendemain aux soins intensifs.",
             "Merci de ne pas diffuser hors du comité; la présentation sera anonymisée."]
    b = body(g, "fr", None, paras, chief)
    spec = {"from": S(chief), "to": [box("hop", "comite.mm.urgence", "Comité M&M urgence")], "subject": "Revue M&M – cas retenu",
            "body": b, "date": dt}
    return R(spec, ["patient_name", "mrn", "diagnosis", "lab_result"], "M&M review e-mail before anonymisation", "mm_review", "fr")


def p_incident(g, v):
    en = v == 1
    dt = g.msg_datetime()
    p = g.person(60, 95, origin="en" if en else "fr")
    mrn = g.mrn()
    nurse = g.staff("en" if en else "fr", "Charge" if en else "RN")
    if en:
        paras = [f"Incident report (AH-223) submitted: {p.full}, MRN {mrn}, fell from stretcher 21 at 03:40 while trying to get up "
                 "unassisted. Side rails were down.",
                 "Injuries: left wrist deformity, X-ray shows distal radius fracture. Family notified by phone.",
                 "Risk management please follow up."]
        subj = "Incident report – fall in ED"
    else:
        paras = [f"Déclaration AH-223 complétée : {p.upper_last} (dossier {mrn}) a chuté de la civière {g.randint(1, 30)} vers "
                 f"{g.randint(0, 5)}h{g.randint(10, 59)} en voulant aller à la toilette seul{p.e}.",
                 g.choice(["Conséquence : fracture du poignet gauche confirmée à la radiographie.",
                           "Conséquence : plaie au cuir chevelu suturée, TDM cérébral négatif.",
                           f"Erreur de médicament associée : a reçu hydromorphone 2 mg au lieu de 0,5 mg, naloxone 0,1 mg donné."]),
                 "La famille a été informée (divulgation faite par le Dr de garde)."]
        subj = g.choice(["Déclaration d'incident/accident", "AH-223 – chute civière", "Événement indésirable – urgence"])
    b = body(g, "en" if en else "fr", None, paras, nurse)
    spec = {"from": S(nurse), "to": [box("hop", "gestion.risques", "Gestion des risques")], "subject": subj, "body": b, "date": dt}
    types = ["patient_name", "mrn", "diagnosis"] + (["medication"] if "hydromorphone" in b else [])
    return R(spec, types, "Incident/accident report on a named patient", "incident_report", "en" if en else "fr")


def p_interpreter(g, v):
    dt = g.msg_datetime()
    p = g.person(30, 85)
    nurse = g.staff("fr", "RN")
    lang = g.choice(["arabe", "espagnol", "vietnamien", "tigrigna", "langue des signes québécoise (LSQ)"])
    paras = [f"Besoin d'un interprète en {lang} aujourd'hui vers {g.choice(['14h', '15h30', '10h'])} pour {p.title_fr} {p.full}, civière {g.randint(1, 30)}.",
             g.choice(["Le médecin doit annoncer un diagnostic de masse pulmonaire avec métastases hépatiques.",
                       "Consentement pour une ponction lombaire (suspicion de méningite).",
                       "Discussion du niveau de soins – insuffisance rénale terminale, refus de dialyse?"]),
             "La famille ne doit pas servir d'interprète."]
    b = body(g, "fr", None, paras, nurse)
    spec = {"from": S(nurse), "to": [box("hop", "interpretes", "Banque d'interprètes")], "subject": f"Interprète {lang} – urgence",
            "body": b, "date": dt}
    return R(spec, ["patient_name", "diagnosis"], "Interpreter request revealing a diagnosis to be announced", "interpreter", "fr")


def p_organ(g, v):
    dt = g.msg_datetime()
    p = g.nam_person(18, 75) if v == 0 else g.person(18, 75)
    md = g.staff("fr", "MD")
    paras = [f"Référence d'un donneur potentiel : {p.surname.upper()} {p.given}, {p.age(dt.date())} ans"
             + (f", NAM {p.nam_variant('card')}" if p.nam else "") + ".",
             g.choice(["Hémorragie sous-arachnoïdienne massive, examen compatible avec un décès neurologique (1er examen à 11h).",
                       "Anoxie cérébrale post-arrêt (pendaison), réflexes du tronc absents."]),
             f"Groupe sanguin {g.choice(['A+', 'O+', 'B-', 'O-'])}; créatinine {g.randint(60, 110)} µmol/L; AST {g.randint(20, 80)}; "
             "sérologies en cours. La famille est ouverte à discuter du don.",
             "Coordonnatrice demandée sur place avant 16h."]
    b = body(g, "fr", None, paras, md)
    spec = {"from": S(md), "to": [box("don", "reference", "Référence – coordination du don")], "subject": "Référence donneur potentiel – HSA",
            "body": b, "date": dt, "importance": True}
    types = ["patient_name", "diagnosis", "lab_result"] + (["ramq_nam"] if p.nam else [])
    return R(spec, types, "Organ-donor referral with identity and labs", "organ_donation", "fr")


def p_blood_bank(g, v):
    en = v == 1
    dt = g.msg_datetime()
    mrn = g.mrn()
    alias = g.choice(["INCONNU X-TRAUMA ALPHA", "INCONNU Zulu 14", "UNKNOWN BRAVO"])
    md = g.staff("en" if en else "fr", "Trauma" if en else "traumatolog")
    if en:
        paras = [f"Massive transfusion protocol activated 02:12 for {alias}, MRN {mrn} (GSW abdomen).",
                 "Hb 52 g/L, INR 2.1, fibrinogen 0.9 g/L. 8 RBC / 6 plasma / 1 platelets given so far; cryo requested.",
                 "Please reconcile the emergency-release O-neg units against this MRN."]
        subj = f"MTP – MRN {mrn}"
    else:
        paras = [f"Protocole de transfusion massive activé à 02h12 pour {alias}, dossier {mrn} (plaie par balle abdominale).",
                 "Hb 52 g/L, INR 2,1, fibrinogène 0,9 g/L. 8 CG / 6 plasmas / 1 plaquettes reçus; cryo demandé.",
                 "Merci de réconcilier les unités O négatif remises en urgence avec ce dossier."]
        subj = f"PTM – dossier {mrn}"
    b = body(g, "en" if en else "fr", None, paras, md)
    spec = {"from": S(md), "to": [box("hop", "banque.sang", "Banque de sang")], "subject": subj, "body": b, "date": dt,
            "_ids": {"mrn": mrn}}
    return R(spec, ["mrn", "lab_result", "diagnosis"], "Massive transfusion with MRN of unidentified trauma patient",
             "blood_bank", "en" if en else "fr")


def p_ems_feedback(g, v):
    dt = g.msg_datetime()
    p = g.person(40, 85, origin="en")
    md = g.staff("en", "MD")
    call = g.event_no()
    paras = [f"Quick feedback on incident {call}: {p.title_en} {p.surname} ({p.given}, {p.age(dt.date())}) whom your crew brought "
             f"in on {date_en(dt.date())}.",
             g.choice(["Your pre-hospital ECG caught the inferior STEMI – door-to-balloon 41 min, peak troponin 18 400 ng/L, "
                       "RCA stented. He is doing well on the ward.",
                       "Great call on the stroke pre-alert: LVO confirmed, tenecteplase given at 22 min, thrombectomy done. NIHSS 14 → 3."]),
             "Please pass our thanks to the crew."]
    b = body(g, "en", None, paras, md)
    b = b.replace("He is doing", f"{p.He} is doing")
    spec = {"from": S(md), "to": [("EMS Quality", f"qualite@{ORG['amb'][1]}")], "subject": f"Feedback – incident {call}",
            "body": b, "date": dt}
    types = ["patient_name", "diagnosis"] + (["lab_result"] if "troponin" in b else ["medication"])
    return R(spec, types, "ED feedback to EMS naming the patient and outcome", "ems_feedback", "en")


def p_voicemail(g, v):
    dt = g.msg_datetime()
    p = g.person(18, 70)
    clerk = g.staff("fr", "administrative")
    nurse = g.staff("fr", "RN")
    ph = g.phone()
    msg = g.choice([f"{p.title_fr} {p.full} a appelé ({ph}) : veut son résultat de test de grossesse et de bêta-HCG de samedi.",
                    f"Message de {p.full} au {ph} : veut savoir si sa culture de gorge est positive, toujours fiévreu{'se' if p.f else 'x'}.",
                    f"{p.last_first} rappelle au {ph} : effets secondaires avec le métronidazole (vomissements), veut parler à une infirmière."])
    b = g.choice(["Message boîte vocale :\n\n", "Pour toi :\n\n"]) + msg + "\n\n" + signature(g, clerk, disclaimer=False) + "\n"
    spec = {"from": S(clerk), "to": [S(nurse)], "subject": g.choice(["Message téléphonique", "Boîte vocale", "À rappeler"]),
            "body": b, "date": dt}
    types = ["patient_name", "patient_contact"] + (["medication"] if "métronidazole" in msg else ["lab_result"])
    return R(spec, types, "Phone message with patient name, number and test/medication", "voicemail", "fr")


def p_preavis(g, v):
    dt = g.msg_datetime()
    p = g.nam_person(40, 95)
    para = g.staff("fr", "Paramédic")
    eta = g.randint(5, 15)
    txt = g.choice([f"PRÉAVIS – arrivée {eta} min – {p.surname.upper()} {p.given}, {p.age(dt.date())} ans, NAM {p.nam_variant('plain')}.\n"
                    "STEMI antérieur à l'ECG 12D, AAS 320 mg donné, nitro x 1, TA 96/60. Code STEMI activé, directement en hémodynamie?",
                    f"Préavis {eta} min : {p.title_fr} {p.surname}, AVC suspecté (Cincinnati 3/3, début 08h50), glycémie 7,2. "
                    f"NAM {p.nam_variant('card')}. Anticoagulé apixaban selon la fille."])
    b = txt + "\n\n" + signature(g, para, "amb", disclaimer=False) + "\n"
    spec = {"from": S(para, "amb"), "to": [box("hop", "urgence.preavis", "Urgence – préavis")], "subject": "PRÉAVIS",
            "body": b, "date": dt, "importance": True}
    types = ["patient_name", "ramq_nam", "diagnosis", "medication"] + (["lab_result"] if "glycémie" in txt else [])
    return R(spec, types, "Ambulance pre-alert e-mail with name, NAM, condition", "ems_prealert", "fr")


def p_sw_note(g, v):
    dt = g.msg_datetime()
    p = g.person(20, 80)
    sw = g.staff("fr", "social")
    addr = g.address()
    paras = [f"Référence pour suivi psychosocial : {p.full}, {addr}, tél. {g.phone()}.",
             g.choice(["Consultation à l'urgence pour tentative de suicide par intoxication (quétiapine). Perte d'emploi, dettes, "
                       "séparation récente. Congé avec filet de sécurité.",
                       "Visites répétées pour douleurs abdominales. Vit dans un logement insalubre (moisissures, punaises de lit), "
                       "reçoit l'aide sociale, 3 enfants à charge. Demande de HLM en cours."]),
             "Merci de communiquer avec l'usager d'ici 48 h."]
    b = body(g, "fr", None, paras, sw)
    spec = {"from": S(sw), "to": [("Accueil psychosocial", f"accueil.psychosocial@{ORG['clsc'][1]}")],
            "subject": g.choice(["Référence urgence – suivi psychosocial", "Référence TS – 48 h"]), "body": b, "date": dt}
    types = ["patient_name", "patient_contact", "social_information", "diagnosis"] + (["medication"] if "quétiapine" in b else [])
    return R(spec, types, "Social-work referral with address, phone and social context", "sw_referral", "fr")


def p_methanol(g, v):
    dt = g.msg_datetime()
    p = g.person(25, 70)
    mrn = g.mrn()
    md = g.staff("fr", "MD")
    paras = [f"Demande de dialyse urgente : {p.initial_last} ({p.age(dt.date())} ans, dossier {mrn}).",
             g.choice(["Intoxication au méthanol (lave-glace) : trou osmolaire 41, pH 7,12, bicarbonate 7, troubles visuels.",
                       "Intoxication à l'éthylène glycol : trou anionique 32, cristaux d'oxalate à l'analyse d'urine, créat 264."]),
             "Fomépizole 15 mg/kg reçu à 06h15. Cathéter de dialyse à installer. CAP au courant."]
    b = body(g, "fr", None, paras, md)
    spec = {"from": S(md), "to": [box("hop", "nephro.garde", "Néphrologie – garde")], "subject": "Dialyse urgente – intox alcool toxique",
            "body": b, "date": dt, "importance": True}
    return R(spec, ["patient_name", "mrn", "diagnosis", "lab_result", "medication"], "Toxic alcohol dialysis request",
             "toxic_alcohol", "fr")


def p_child_ingestion(g, v):
    dt = g.msg_datetime()
    p = g.person(1, 5)
    nurse = g.staff("fr", "Centre antipoison")
    md = g.staff("fr", "MD")
    ph = g.phone()
    drug = g.choice([("clonidine 0,1 mg", "2 comprimés", "somnolence, FC 68"), ("pile bouton", "1 pile 20 mm", "pas de symptômes"),
                     ("capsules de détergent", "1 capsule mordue", "vomissements x 2, toux"),
                     ("amlodipine 10 mg de la grand-mère", "1 comprimé", "asymptomatique")])
    paras = [f"Nous vous dirigeons {p.given} {p.surname}, {p.age(dt.date())} an{'s' if p.age(dt.date()) > 1 else ''}, pour ingestion {'d' + chr(39) if drug[0][0] in 'aeiouy' else 'de '}{drug[0]} ({drug[1]}). "
             f"État actuel : {drug[2]}.",
             f"La mère arrive en voiture d'ici 30 minutes; téléphone : {ph}.",
             "Recommandations : surveillance cardiaque 12 h minimum, glycémie q1h. Rappeler le CAP à l'arrivée."]
    b = body(g, "fr", md, paras, nurse, "cap")
    spec = {"from": S(nurse, "cap"), "to": [box("hop", "urgence.pediatrique", "Urgence pédiatrique")],
            "subject": "Référence CAP – ingestion pédiatrique", "body": b, "date": dt}
    return R(spec, ["patient_name", "diagnosis", "medication", "patient_contact"], "Poison centre referral of a child with mother's phone",
             "child_ingestion", "fr")


def p_waiting_docx(g, v):
    dt = g.msg_datetime()
    chief = g.staff("fr", "Chef")
    rows = [["Civ.", "Patient", "Dossier", "Diagnostic", "Unité demandée", "Attente (h)"]]
    for it in g.sample(SIGNOUT_FR, 6):
        p = g.person(30, 95)
        rows.append([str(g.randint(1, 30)), p.last_first, g.mrn(), it[0], g.choice(["Médecine", "Cardio", "Ortho", "Psy", "USI"]),
                     str(g.randint(12, 96))])
    d = make_docx("Patients en attente d'hospitalisation – urgence",
                  [f"Situation au {date_fr(dt.date())}, {dt:%H}h.", ("table", rows), "Priorité : patients > 48 h."], author=chief.full)
    b = body(g, "fr", None, [g.choice(["Document pour la réunion de gestion des lits de 10h.", "État de situation ci-joint."])], chief)
    spec = {"from": S(chief), "to": [box("hop", "gestion.lits", "Gestion des lits")], "subject": "Attentes d'hospitalisation – urgence",
            "body": b, "date": dt, "attachments": [{"kind": "docx", "filename": f"attentes_{dt:%Y%m%d}.docx", "data": d}]}
    return R(spec, ["patient_name", "mrn", "diagnosis"], "DOCX waiting-for-bed list with names and chart numbers",
             "waiting_docx", "fr")


def p_co_hyperbaric(g, v):
    en = v == 1
    dt = g.msg_datetime()
    p = g.nam_person(18, 90)
    md = g.staff("en" if en else "fr", "MD")
    if en:
        paras = [f"Hyperbaric referral: {p.given} {p.surname}, RAMQ {p.nam_variant('card')}, {p.age(dt.date())} y.o.",
                 "Carbon monoxide poisoning (generator in garage), COHb 29 % on arrival, brief loss of consciousness, troponin 47 ng/L.",
                 "On 100 % O2 via NRB. Ready for transport."]
        subj = "Hyperbaric oxygen referral – CO poisoning"
    else:
        paras = [f"Référence en chambre hyperbare : {p.title_fr} {p.surname} {p.given}, NAM {p.nam_variant(g.choice(['card', 'plain']))}.",
                 "Intoxication au monoxyde de carbone (chauffage d'appoint au propane), HbCO 31 %, perte de conscience, céphalées sévères. "
                 "Grossesse exclue.",
                 "O2 100 % au masque sans réinspiration. Disponible pour transport immédiat."]
        subj = "Référence OHB – intox CO"
    b = body(g, "en" if en else "fr", None, paras, md)
    spec = {"from": S(md), "to": [box("trauma", "hyperbare", "Médecine hyperbare")], "subject": subj, "body": b, "date": dt}
    return R(spec, ["patient_name", "ramq_nam", "diagnosis", "lab_result"], "Hyperbaric referral for CO poisoning with NAM",
             "co_hyperbaric", "en" if en else "fr")


def p_suicide_referral(g, v):
    dt = g.msg_datetime()
    p = g.person(16, 60)
    md = g.staff("fr", "MD")
    ph = g.phone()
    paras = [f"Nous vous référons {p.full} ({p.age(dt.date())} ans), tél. {ph}, vu{p.e} cette nuit pour une tentative de suicide "
             "par intoxication à l'acétaminophène (niveau sous la ligne de traitement).",
             "Évaluation psychiatrique : pas de garde nécessaire, mais risque modéré. Accepte un suivi de crise. "
             "Vit seul" + ("e" if p.f else "") + " depuis la séparation; arme à feu retirée du domicile par le frère.",
             "Merci de le/la contacter dans les 24 h.".replace("le/la", "la" if p.f else "le")]
    b = body(g, "fr", None, paras, md)
    spec = {"from": S(md), "to": [("Centre de crise – accueil", f"accueil@centre-crise-erables.example")],
            "subject": "Référence post-urgence – suivi de crise", "body": b, "date": dt}
    return R(spec, ["patient_name", "patient_contact", "diagnosis", "social_information", "lab_result"],
             "Crisis-centre referral after suicide attempt", "crisis_referral", "fr")
