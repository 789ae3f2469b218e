# -*- coding: utf-8 -*-
"""Positive templates, part 2: subject/file-name leaks, CSV, ICS, vCard, out-of-province ids,
SIN forms, ED board, transport, booking, tox screens, legal/social cases, disguised NAMs."""
import datetime

from gen_common import ORG, date_fr, date_en, dob_fmt, strip_accents
from gen_clin import SIGNOUT_FR, TOX_FR, DX_FR, MEDS_FR
from gen_text import body, quote, table_text, signature, to_html
from gen_attach import make_csv, make_ics, make_vcf, make_pdf, make_docx
from gen_pos1 import R, S, box


def p_subject_only(g, v):
    dt = g.msg_datetime()
    en = v == 3
    a = g.staff("en" if en else "fr", "MD")
    b_ = g.staff("en" if en else "fr", "Charge" if en else "RN")
    if v == 0:
        p = g.person(20, 85)
        subj = g.choice([f"RE: {p.surname} {p.given} ch. {g.randint(1, 30)} – surdose fentanyl, congé?",
                         f"{p.upper_last} – TS par pendaison, garde préventive",
                         f"Tr: {p.last_first} / psychose toxique métamphétamine"])
        types = ["patient_name", "diagnosis"]
        note = "Subject-only leak: name + diagnosis; body is bland"
    elif v == 1:
        p = g.nam_person(18, 95)
        subj = g.choice([f"NAM {p.nam} – lithémie 2,9 à recontrôler", f"{p.nam_variant('card')} : tropo 412, on admet",
                         f"résultat INR 6,8 – {p.nam_variant('lower')}"])
        types = ["ramq_nam", "lab_result"]
        note = "Subject-only leak: NAM + lab value"
    elif v == 2:
        p = g.person(18, 85)
        subj = g.choice([f"{p.lower} VIH test positif – rappel", f"{p.initial_last} grossesse ectopique, OR ce soir",
                         f"Re: {p.lower} chlamydia + gono + à traiter"])
        types = ["patient_name", "diagnosis", "lab_result"] if "test" in subj or "+" in subj else ["patient_name", "diagnosis"]
        note = "Subject-only leak with lower-case / initial name"
    else:
        p = g.person(18, 70, origin="en")
        subj = g.choice([f"RE: {p.given} {p.surname} – ETOH 62, sober enough to go?", f"{p.surname}, {p.given} – overdose, AMA risk"])
        types = ["patient_name", "lab_result", "diagnosis"] if "ETOH" in subj else ["patient_name", "diagnosis"]
        note = "Subject-only leak, English"
    text = g.choice(["Vu, merci.", "Ok je m'en occupe.", "On en parle au caucus de 8h.", "Je passe le voir après la tournée.",
                     "Noté."]) if not en else g.choice(["Seen, thanks.", "I'll handle it.", "Let's discuss at huddle.", "Ok."])
    b = text + "\n\n" + signature(g, b_, lang="en" if en else "fr", disclaimer=False) + "\n"
    spec = {"from": S(b_), "to": [S(a)], "subject": subj, "body": b, "date": dt, "reply": subj.lower().startswith(("re", "tr"))}
    return R(spec, types, note, "subject_only", "en" if en else "fr")


def p_filename_only(g, v):
    dt = g.msg_datetime()
    a = g.staff("fr", "administrative")
    b_ = g.staff("fr", "archiv")
    p = g.person(1 if v == 2 else 18, 12 if v == 2 else 85)
    scan = make_pdf("Document numérisé", [("p", "Page 1 de 2 – image numérisée (voir original au dossier)."),
                                          ("small", f"Numériseur URG-2 – lot {g.randint(1000, 9999)}")])
    if v == 0:
        fn = g.choice([f"{strip_accents(p.surname)}_{strip_accents(p.given)}_consult_tox_lithium.pdf",
                       f"{p.surname} {p.given} - intox CO - HbCO.pdf", f"{p.surname.upper()}_{p.given}_surdose_fentanyl.pdf"])
        att = {"kind": "pdf", "filename": fn, "data": scan}
        types = ["patient_name", "diagnosis"]
    elif v == 1:
        fn = g.choice([f"Résultats {p.given} {p.surname} – VIH et hépatite C.pdf", f"{p.last_first} – IRM cérébrale – SEP.pdf"])
        att = {"kind": "pdf", "filename": fn, "data": scan, "fn_mode": g.choice(["2231", "2231-cont", "2231-latin1"])}
        types = ["patient_name", "diagnosis"]
    else:
        fn = f"lettre DPJ - enfant {p.surname} {p.given} ({p.dob.isoformat()}) - négligence.docx"
        d = make_docx("Lettre", ["Madame, Monsieur,", "Veuillez trouver la lettre signée en pièce jointe papier.", "Service social"])
        att = {"kind": "docx", "filename": fn, "data": d, "fn_mode": g.choice(["2231", "2231-cont"])}
        types = ["patient_name", "date_of_birth", "social_information"]
    text = g.choice(["Voir pièce jointe.", "Ci-joint tel que demandé.", "Document à classer au dossier.", "pj"])
    b = text + "\n\n" + signature(g, a, disclaimer=False) + "\n"
    spec = {"from": S(a), "to": [S(b_)], "subject": g.choice(["Document à numériser", "Numérisation", "À classer", "Scan"]),
            "body": b, "date": dt, "attachments": [att]}
    return R(spec, types, "File-name-only leak (attachment name carries name + diagnosis)", "filename_only", "fr")


def p_frequent_users(g, v):
    dt = g.msg_datetime()
    a = g.staff("fr", "liaison")
    chief = g.staff("fr", "Chef")
    pats = [g.nam_person(18, 90) for _ in range(5)]
    sit = ["itinérance", "logement précaire", "CHSLD", "seul, sans soutien", "refuge Le Phare", "aide sociale, isolement"]
    dx = ["MPOC", "trouble d'usage ROH", "insuffisance cardiaque", "schizophrénie", "douleur chronique / opioïdes", "drépanocytose"]
    rows = [["NAM", "Nom", "Prénom", "Visites 12 mois", "Dx principal", "Situation sociale", "Intervenant"]]
    for p in pats:
        rows.append([p.nam_variant("plain" if v == 0 else g.choice(["plain", "card"])), p.surname, p.given, str(g.randint(12, 58)),
                     g.choice(dx), g.choice(sit), g.choice(["TS urgence", "IPS", "aucun"])])
    csvt = make_csv(rows, ";" if v == 0 else ",")
    b = body(g, "fr", chief, [g.choice(["Voici l'extraction des grands utilisateurs pour le projet de plans d'intervention.",
                                        "Liste des 5 premiers grands utilisateurs – à discuter au comité mardi. Ne pas diffuser."])], a)
    att = {"kind": "csv", "filename": f"grands_utilisateurs_urgence_{dt:%Y}T{(dt.month - 1) // 3 + 1}.csv", "text": csvt,
           "charset": "utf-8" if v == 0 else "windows-1252", "ctype": "text/csv" if v == 0 else "application/vnd.ms-excel"}
    spec = {"from": S(a), "to": [S(chief)], "subject": "Grands utilisateurs – extraction", "body": b, "date": dt, "attachments": [att]}
    return R(spec, ["ramq_nam", "patient_name", "diagnosis", "social_information"],
             "CSV export of frequent ED users with NAM, diagnosis, social situation", "frequent_users_csv", "fr")


def p_ics(g, v):
    en = v == 2
    dt = g.msg_datetime()
    org = g.staff("en" if en else "fr", "Social" if en else "social")
    md = g.staff("en" if en else "fr", "MD")
    p = g.person(18 if v else 65, 95, origin="en" if en else "fr")
    ph = g.phone()
    start = (dt + datetime.timedelta(days=g.randint(1, 6))).replace(tzinfo=None, hour=g.choice([9, 10, 13, 14]), minute=0, second=0, microsecond=0)
    end = start + datetime.timedelta(minutes=45)
    if v == 0:
        summ = f"Rencontre famille – {p.title_fr} {p.surname} (civ. {g.randint(1, 30)}) – niveau de soins"
        desc = (f"{p.given} {p.surname}, {p.age(dt.date())} ans. Cancer du pancréas métastatique, discussion soins de confort. "
                f"Fille (répondante) : {ph}. Prévoir interprète vietnamien.")
        loc = "Salle des familles, urgence 2e étage"
        types = ["patient_name", "diagnosis", "patient_contact"]
    elif v == 1:
        summ = f"Clinique TCC – 2e évaluation – {p.last_first}"
        desc = (f"Suivi post-urgence TCC léger (chute à vélo). Céphalées persistantes, retour au travail à évaluer. "
                f"Tél. patient{p.e} : {ph}.")
        loc = "Clinique externe B-214"
        types = ["patient_name", "diagnosis", "patient_contact"]
    else:
        summ = f"Fracture clinic follow-up – {p.title_en} {p.surname}"
        desc = f"{p.given} {p.surname} – scaphoid fracture, cast check + repeat X-ray. Patient cell: {ph}."
        loc = "Fracture clinic, room 3"
        types = ["patient_name", "diagnosis", "patient_contact"]
    uid = f"{g.rng.getrandbits(64):016x}@{ORG['hop'][1]}"
    ics = make_ics(uid, start, end, summ, desc, loc, (org.full, org.email()), [(md.full, md.email())])
    b = body(g, "en" if en else "fr", md, [g.choice(["Invitation ci-jointe.", "Merci de confirmer votre présence."]) if not en
                                           else "Invite attached."], org)
    spec = {"from": S(org), "to": [S(md)], "subject": ("Invitation : " if not en else "Invitation: ") + summ, "body": b, "date": dt,
            "attachments": [{"kind": "ics", "filename": "invite.ics", "text": ics}]}
    return R(spec, types, "Calendar invitation for a named patient's care meeting/appointment", "ics_appointment", "en" if en else "fr")


def p_vcard(g, v):
    dt = g.msg_datetime()
    sw = g.staff("fr", "social")
    clsc = ("Accueil psychosocial CLSC", f"accueil.psychosocial@{ORG['clsc'][1]}")
    if v == 1:
        p = g.nam_person(65, 100)
    else:
        p = g.person(18, 75, sex="F" if v == 0 else None)
    ph = g.phone()
    street = f"{g.randint(10, 9999)}, {g.choice(['rue des Érables', 'rue Labelle', 'boul. Saint-Joseph'])}"
    if v == 0:
        note = "Victime de violence conjugale - NE PAS laisser de message au domicile. Appeler sur le cellulaire seulement."
        types = ["patient_name", "patient_contact", "social_information"]
        paras = ["Je vous réfère cette usagère vue à l'urgence cette nuit. Ses coordonnées sécuritaires sont dans la fiche jointe.",
                 "Elle accepte d'être contactée d'ici vendredi."]
        tel = [("CELL", ph)]
        bday = None
    elif v == 1:
        note = f"NAM {p.nam}. Sortie de l'urgence après chute - perte d'autonomie - vit seul{p.e} au 2e étage sans aidant - demande SAD."
        types = ["patient_name", "patient_contact", "ramq_nam", "date_of_birth", "diagnosis", "social_information"]
        paras = ["Coordonnées de l'usager pour l'évaluation à domicile (fiche jointe)."]
        tel = [("HOME", ph)]
        bday = p.dob.isoformat()
    else:
        note = "Sans domicile fixe - joignable via le refuge Le Phare. Suivi plaies aux pieds (engelures)."
        types = ["patient_name", "patient_contact", "social_information", "diagnosis"]
        paras = [f"Voici comment joindre {p.title_fr} {p.surname} après son congé de l'urgence."]
        tel = [("WORK", ORG["refuge"][2]), ("CELL", ph)]
        bday = None
    city = g.choice(["Laval", "Longueuil", "Montréal"])
    vcf = make_vcf(p.given, p.surname, tel=tel, adr=(street, city, "QC", "H7N 2K4") if v != 2 else None, bday=bday, note=note,
                   version=g.choice(["3.0", "4.0"]))
    b = body(g, "fr", None, paras, sw)
    fn = f"{strip_accents(p.given)} {strip_accents(p.surname)}.vcf"
    spec = {"from": S(sw), "to": [clsc], "subject": g.choice(["Référence urgence", "Référence – coordonnées", "Usager référé"]),
            "body": b, "date": dt, "attachments": [{"kind": "vcf", "filename": fn, "text": vcf,
                                                    "ctype": g.choice(["text/vcard", "text/x-vcard"])}]}
    return R(spec, types, "Patient vCard sent to CLSC with contact details and social note", "vcard_patient", "fr")


def p_ontario(g, v):
    en = v < 2
    dt = g.msg_datetime()
    p = g.person(20, 90, origin="en")
    hn, vc = g.ohip()
    hn_fmt = g.choice([f"{hn[:4]}-{hn[4:7]}-{hn[7:]}", f"{hn[:4]} {hn[4:7]} {hn[7:]}", hn]) + (f" {vc}" if vc and g.chance(0.6) else "")
    if v == 0:
        md = g.staff("en", "Patient Flow")
        paras = [f"We have an Ontario resident ready for repatriation to your facility:",
                 f"Name: {p.surname.upper()}, {p.given}\nDOB: {p.dob.isoformat()}\nOntario health number: {hn_fmt}\n"
                 f"Diagnosis: {g.choice(['right hip fracture, post-op day 3', 'NSTEMI, medically managed', 'pneumonia with delirium'])}",
                 "Stable on room air. Transport can be booked for tomorrow morning if you have a bed."]
        to = [box("on", "patientflow", "Patient Flow – RVGH")]
        subj = "Repatriation request – Ontario resident"
        types = ["patient_name", "date_of_birth", "ca_health_number", "diagnosis"]
    elif v == 1:
        md = g.staff("en", "Records")
        paras = [f"For out-of-province billing, please find the visit details below.",
                 f"Patient: {p.given} {p.surname} – OHIP {hn_fmt}\nVisit: {dt.date().isoformat()} – ED\n"
                 f"Reason: {g.choice(['laceration left hand, 6 sutures', 'renal colic, CT KUB', 'anaphylaxis to peanuts, epinephrine x1'])}",
                 "The claim form (RAMQ out-of-province) will follow by fax."]
        to = [box("on", "billing", "RVGH Billing")]
        subj = "Out-of-province visit – billing info"
        types = ["patient_name", "ca_health_number", "diagnosis"]
    else:
        md = g.staff("fr", "MD")
        paras = [f"{p.title_fr} {p.given} {p.surname}, résident{p.e} de l'Ontario (carte santé {hn_fmt}), {p.ne} le {p.dob:%d/%m/%Y}, "
                 f"est à notre urgence pour un NSTEMI (troponine 318 ng/L).",
                 f"Nous souhaitons {'la' if p.f else 'le'} transférer pour coronarographie dans votre centre, plus près de son domicile. "
                 "Pouvez-vous nous indiquer la marche à suivre?"]
        to = [box("on", "cardiology.referrals", "Cardiology referrals")]
        subj = "Transfert – patient ontarien – NSTEMI"
        types = ["patient_name", "ca_health_number", "date_of_birth", "diagnosis", "lab_result"]
    b = body(g, "en" if en else "fr", None, paras, md)
    spec = {"from": S(md), "to": to, "subject": subj, "body": b, "date": dt, "_ids": {"ca_health_number": hn}}
    return R(spec, types, "Ontario resident with Ontario health number", "ontario_hn", "en" if en else "fr")


def p_belgian(g, v):
    dt = g.msg_datetime()
    p = g.person(19, 27, origin="be") if v == 1 else g.person(18, 80, origin="be")
    niss = g.niss(p)
    fmt = g.choice([f"{niss[:2]}.{niss[2:4]}.{niss[4:6]}-{niss[6:9]}.{niss[9:]}", niss, f"{niss[:6]} {niss[6:9]} {niss[9:]}"])
    agent = g.staff("fr", "liaison" if v != 2 else "MD")
    if v == 0:
        paras = [f"Nous avons admis votre affilié{p.e} {p.title_fr} {p.given} {p.surname} (NISS {fmt}), en voyage au Québec, "
                 f"pour une {g.choice(['fracture bimalléolaire de la cheville droite nécessitant une chirurgie', 'appendicite aiguë opérée ce matin', 'pneumonie avec hypoxémie'])}.",
                 "Pouvez-vous confirmer la prise en charge des frais (garantie de paiement) et le numéro de dossier assistance?"]
        to = [box("be", "assistance", "Mutualité – assistance")]
        subj = "Demande de garantie de paiement – patient belge"
        types = ["patient_name", "be_niss", "diagnosis"]
    elif v == 1:
        paras = [f"Étudiant{p.e} en échange, {p.surname.upper()} {p.given}, {p.ne} le {p.dob:%d/%m/%Y}, numéro national belge {fmt}.",
                 "Vu à l'urgence pour crise d'épilepsie inaugurale; TDM cérébral normal, EEG prévu. Lévétiracétam 500 mg BID débuté.",
                 "Merci de transmettre au service international de l'université."]
        to = [box("hop", "bureau.international", "Bureau des patients internationaux")]
        subj = "Patient étranger – information pour facturation"
        types = ["patient_name", "be_niss", "date_of_birth", "diagnosis", "medication"]
    else:
        paras = [f"Cher confrère,",
                 f"Votre patient{p.e} {p.given} {p.surname} (NISS {fmt}) a consulté notre urgence durant son séjour pour une "
                 "thrombose veineuse profonde du mollet gauche. Rivaroxaban 15 mg BID x 21 jours puis 20 mg die.",
                 "Nous vous laissons le soin du suivi à son retour en Belgique la semaine prochaine."]
        to = [("Dr Wim Verhaegen", f"cabinet.verhaegen@{ORG['be'][1]}")]
        subj = "Consultation aux urgences au Québec – suivi"
        types = ["patient_name", "be_niss", "diagnosis", "medication"]
    b = body(g, "fr", None, paras, agent)
    spec = {"from": S(agent), "to": to, "subject": subj, "body": b, "date": dt, "_ids": {"be_niss": niss}}
    return R(spec, types, "Belgian visitor identified by NISS", "belgian_niss", "fr")


def p_french(g, v):
    dt = g.msg_datetime()
    p = g.person(18, 75, origin="france")
    nir = g.nir(p)
    fmt = g.choice([f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}", nir,
                    f"{nir[:13]} {nir[13:]}"])
    agent = g.staff("fr", "liaison" if v != 1 else "archiv")
    if v == 0:
        paras = [f"Concerne votre assuré{p.e} {p.surname.upper()} {p.given}, n° de sécurité sociale {fmt}.",
                 f"{p.Il} a été pris{'e' if p.f else ''} en charge aux urgences pour un {g.choice(['polytraumatisme léger (accident de ski)', 'syndrome coronarien aigu', 'pneumothorax spontané drainé'])}.",
                 "Merci de nous faire parvenir l'accord de prise en charge et les modalités de rapatriement."]
        to = [box("fr", "medical", "Assistance – plateau médical")]
        subj = f"Dossier assistance – {p.surname.upper()} {p.given}"
        types = ["patient_name", "fr_nir", "diagnosis"]
    elif v == 1:
        paras = [f"Pour le formulaire de soins reçus à l'étranger demandé par {p.le_patient} :",
                 f"Nom : {p.last_first}\nNIR : {fmt}\nDate de naissance : {p.dob:%d/%m/%Y}\n"
                 f"Soins : consultation urgence, suture plaie cuir chevelu, vaccin antitétanique.",
                 "Le relevé détaillé est joint à l'envoi postal."]
        to = [("Service relations internationales", f"ri@{ORG['fr'][1]}")]
        subj = "Formulaire soins reçus à l'étranger"
        types = ["patient_name", "fr_nir", "date_of_birth", "diagnosis"]
    else:
        paras = [f"Bonjour, je vous transmets les informations de l'étudiant{p.e} française vu{p.e} hier soir : "
                 f"{p.given} {p.surname}, NIR {fmt}. Intoxication éthylique aiguë (éthanol 71 mmol/L), congé ce matin.",
                 "Sa mutuelle étudiante demande un certificat; pouvez-vous le préparer?"]
        to = [box("hop", "archives", "Archives médicales")]
        subj = "Étudiant(e) français(e) – certificat"
        types = ["patient_name", "fr_nir", "diagnosis", "lab_result"]
    b = body(g, "fr", None, paras, agent)
    spec = {"from": S(agent), "to": to, "subject": subj, "body": b, "date": dt, "_ids": {"fr_nir": nir}}
    return R(spec, types, "French visitor identified by NIR", "french_nir", "fr")


def p_sin(g, v):
    en = v == 2
    dt = g.msg_datetime()
    p = g.person(18, 64, origin="en" if en else "fr")
    sin = g.sin()
    fmt = g.choice([f"{sin[:3]} {sin[3:6]} {sin[6:]}", f"{sin[:3]}-{sin[3:6]}-{sin[6:]}", sin])
    sw = g.staff("en" if en else "fr", "Social" if en else "social")
    if v == 0:
        paras = [f"Suite à notre rencontre à l'urgence, voici les informations pour la demande d'aide de dernier recours de "
                 f"{p.title_fr} {p.given} {p.surname} :",
                 f"NAS : {fmt}\nAdresse temporaire : refuge Le Phare\nSituation : perte de logement (éviction), sans revenu depuis 2 mois, "
                 f"hospitalisé{p.e} pour cellulite des jambes.",
                 "Pouvez-vous accélérer le traitement? Le congé est prévu vendredi."]
        to = [("Agent d'aide sociale – dossier urgent", f"aide.urgente@{ORG['ivac'][1]}")]
        subj = "Demande d'aide financière – usager hospitalisé"
        types = ["patient_name", "ca_sin", "social_information", "diagnosis"]
    elif v == 1:
        paras = [f"Pour la réclamation CNESST de {p.full} (accident du travail – chute d'un échafaud), "
                 f"voici son NAS : {fmt}.",
                 "Diagnostics à l'urgence : fracture du calcanéum droit et entorse lombaire. Arrêt de travail de 8 semaines prescrit.",
                 "L'attestation médicale suit."]
        to = [box("hop", "archives", "Archives – formulaires")]
        subj = "Attestation médicale CNESST – NAS"
        types = ["patient_name", "ca_sin", "diagnosis"]
    else:
        paras = [f"Re: crime victim compensation application for {p.given} {p.surname}.",
                 f"SIN: {fmt}. {p.He} was assaulted on {date_en((dt - datetime.timedelta(days=6)).date())} and treated in our ED for "
                 "a fractured orbit and concussion. Police report number to follow.",
                 f"{p.He} is currently staying with a friend and cannot return home safely."]
        to = [("Compensation Intake", f"intake@{ORG['ivac'][1]}")]
        subj = "Compensation application – supporting information"
        types = ["patient_name", "ca_sin", "diagnosis", "social_information"]
    b = body(g, "en" if en else "fr", None, paras, sw)
    spec = {"from": S(sw), "to": to, "subject": subj, "body": b, "date": dt, "_ids": {"ca_sin": sin}}
    return R(spec, types, "Form support e-mail with patient's SIN", "sin_form", "en" if en else "fr")


def p_board_html(g, v):
    dt = g.msg_datetime()
    a = g.staff("fr", "Chef")
    hdr = ["Civ.", "Dossier", "Patient", "Âge", "P", "Motif", "Durée"]
    rows = []
    beds = g.sample(range(1, 41), 8)
    for bi, it in enumerate(g.sample(SIGNOUT_FR, 8)):
        p = g.person(18, 95)
        rows.append([str(beds[bi]), g.mrn(), p.upper_last, str(p.age(dt.date())), str(g.randint(1, 4)), it[0],
                     f"{g.randint(2, 70)} h"])
    txt = f"Portrait de l'urgence à {dt:%H}:00 – {len(rows)} patients sur civière > 24 h.\n\n[[TABLE]]\n\nTaux d'occupation : {g.randint(120, 190)} %"
    html = to_html(txt, g, (hdr, rows))
    spec = {"from": S(a), "to": [box("hop", "gestion.lits", "Gestion des lits"), box("hop", "direction.dsp", "DSP")],
            "subject": f"Portrait urgence {dt:%Y-%m-%d} {dt:%H}h", "body": txt.replace("[[TABLE]]", table_text(hdr, rows)),
            "html": html, "date": dt, "transport": {"form": "html"}}
    return R(spec, ["patient_name", "mrn", "diagnosis"], "HTML-only ED board snapshot with chart numbers and names",
             "board_html", "fr")


def p_transport(g, v):
    dt = g.msg_datetime()
    nurse = g.staff("fr", "liaison")
    p = g.person(65, 97)
    addr = g.address() if v != 1 else f"{ORG['chsld'][0]}, ch. {g.randint(100, 350)}"
    paras = [f"Demande de transport {g.choice(['ambulancier', 'par civière', 'adapté'])} pour le retour "
             f"{'à domicile' if v != 1 else 'au CHSLD'} :",
             f"Nom : {p.upper_last}\nDDN : {p.dob.isoformat()}\nAdresse : {addr}\n"
             f"Diagnostic : {g.choice(['fracture de hanche non opérée – soins de confort', 'pneumonie, O2 2 L/min', 'AVC avec hémiplégie droite'])}\n"
             f"Particularités : {g.choice(['O2 2 L/min, civière', 'obèse, 2 préposés', 'démence, risque de fugue', 'isolement C. difficile'])}",
             f"Heure souhaitée : {g.choice(['10h', '13h30', 'dès que possible'])}."]
    types = ["patient_name", "date_of_birth", "diagnosis"] + (["patient_contact"] if v != 1 else [])
    if v == 2:
        paras.append(f"Le fils sera présent au domicile, cellulaire {g.phone()}.")
    b = body(g, "fr", None, paras, nurse)
    spec = {"from": S(nurse), "to": [box("amb", "transport.interetablissement", "Centrale – transports")],
            "subject": g.choice(["Demande de transport", "Transport retour – urgence HSA", "Réservation transport civière"]),
            "body": b, "date": dt}
    return R(spec, types, "Transport booking with patient identity, DOB, address and diagnosis", "transport_request", "fr")


def p_booking(g, v):
    en = v == 2
    dt = g.msg_datetime()
    p = g.nam_person(16, 90)
    md = g.staff("en" if en else "fr", "MD")
    ph = g.phone()
    clinic = g.choice(["commotion cérébrale", "anticoagulothérapie", "fractures", "cardiologie – accès rapide"])
    if en:
        paras = [f"Please book a rapid-access appointment for {p.given} {p.surname}, RAMQ {p.nam_variant('card')}, phone {ph}.",
                 "Reason: new atrial fibrillation, started apixaban 5 mg BID in the ED. Echo requested."]
        subj = "Rapid access cardiology – booking request"
        types = ["patient_name", "ramq_nam", "patient_contact", "diagnosis", "medication"]
    else:
        paras = [f"SVP donner un rendez-vous à la clinique de {clinic} :",
                 f"{p.surname.upper()} {p.given} – NAM {p.nam_variant(g.choice(['plain', 'card', 'odd']))} – tél. {ph}",
                 f"Motif : {g.choice(['TCC léger avec symptômes persistants', 'TVP mollet droit sous rivaroxaban', 'fracture du 5e métatarse', 'douleur thoracique, épreuve d effort à faire'])}.",
                 "Délai souhaité : 1 à 2 semaines."]
        subj = g.choice(["Demande de rendez-vous", f"RV clinique {clinic}", "Prise de RV post-urgence"])
        types = ["patient_name", "ramq_nam", "patient_contact", "diagnosis"]
    b = body(g, "en" if en else "fr", None, paras, md)
    spec = {"from": S(md), "to": [box("hop", "rv.cliniques", "Centrale de rendez-vous")], "subject": subj, "body": b, "date": dt}
    return R(spec, types, "Appointment booking with NAM and phone", "booking", "en" if en else "fr")


def p_tox_screen(g, v):
    en = v == 2
    dt = g.msg_datetime()
    mrn = g.mrn()
    disguise = g.choice([f"{mrn[:2]}.{mrn[2:4]}.{mrn[4:]}", f"{mrn[:3]} {mrn[3:]}", mrn, f"{mrn[:1]}-{mrn[1:4]}-{mrn[4:]}"])
    lab = g.staff("en" if en else "fr", "Biochemist" if en else "Biochimiste")
    md = g.staff("en" if en else "fr", "MD")
    if en:
        paras = [f"Confirmation results for MRN {disguise} (specimen {dt:%y}-{g.randint(10000, 99999)}):",
                 "Fentanyl 14 ng/mL, norfentanyl positive, xylazine positive, bromazolam detected. Ethanol negative.",
                 "Interpretation: consistent with street opioid supply contaminated with xylazine and a designer benzodiazepine."]
        subj = f"GC-MS confirmation – MRN {disguise}"
    else:
        paras = [g.choice([f"Résultats de confirmation (CL-SM/SM) pour le dossier {disguise} :",
                           f"Dossier no {disguise} – confirmation du dépistage demandée par l'urgence :"]),
                 g.choice(["Fentanyl 9,8 ng/mL; norfentanyl positif; xylazine positive; cocaïne et benzoylecgonine positives.",
                           "Nitazène (protonitazène) détecté; naloxone détectée; éthanol 22 mmol/L.",
                           "Bromazolam 41 ng/mL; méthamphétamine positive; THC-COOH positif."]),
                 "Rapport signé disponible dans le SIL."]
        subj = g.choice([f"Résultats confirmation – dossier {disguise}", "Confirmation dépistage urinaire", "Tox – résultats"])
    b = body(g, "en" if en else "fr", md, paras, lab, "labo")
    spec = {"from": S(lab, "labo"), "to": [S(md)], "subject": subj, "body": b, "date": dt, "_ids": {"mrn": mrn}}
    return R(spec, ["mrn", "lab_result"], "Tox confirmation results keyed only by (disguised) chart number", "tox_screen_mrn",
             "en" if en else "fr")


def p_psych_hold(g, v):
    en = v == 1
    dt = g.msg_datetime()
    p = g.person(18, 70, origin="en" if en else "fr")
    mrn = g.mrn()
    md = g.staff("en" if en else "fr", "MD")
    legal = ("Contentieux – affaires juridiques", f"affaires.juridiques@{ORG['hop'][1]}")
    if en:
        paras = [f"We need to file for a provisional custody order for {p.given} {p.surname} (MRN {mrn}).",
                 f"{p.He} was brought by police under the Mental Health Act after threatening {p.his} neighbour with a knife; "
                 "acute psychosis, refuses assessment. The 72-hour preventive detention ends Saturday 14:00.",
                 "The two psychiatric reports are in the chart. Please advise on the court date."]
        subj = "Provisional custody order request"
    else:
        paras = [f"Requête pour ordonnance de garde provisoire – {p.upper_last}, dossier {mrn}.",
                 f"Amené{p.e} par les policiers (P-38) suite à des menaces envers sa mère. Impression : épisode maniaque avec "
                 "caractéristiques psychotiques, refus de l'évaluation psychiatrique.",
                 "La garde préventive de 72 h se termine dimanche 9h. Merci de préparer la requête pour le tribunal."]
        subj = "Garde provisoire – requête à préparer"
    b = body(g, "en" if en else "fr", None, paras, md)
    spec = {"from": S(md), "to": [legal], "subject": subj, "body": b, "date": dt}
    return R(spec, ["patient_name", "mrn", "diagnosis", "social_information"],
             "Psychiatric custody request naming patient", "psych_hold", "en" if en else "fr")


def p_sa_kit(g, v):
    dt = g.msg_datetime()
    p = g.person(18, 60, sex="F" if v == 0 else None)
    nurse = g.staff("fr", "clinicienne")
    sgt = ("Sgt Éric Lamontagne", f"e.lamontagne@{ORG['police'][1]}")
    kit = f"TSM-{dt:%y}-{g.randint(100, 999)}"
    paras = [f"La trousse médicolégale {kit} de {p.title_fr} {p.given} {p.surname} ({p.ne} le {p.dob:%Y-%m-%d}) est prête à être récupérée.",
             f"{p.Il} a signé le consentement à la remise aux policiers ce matin. La trousse est au réfrigérateur verrouillé "
             "du poste infirmier, zone C.",
             g.choice(["Prophylaxie post-exposition VIH débutée.", "Contraception d'urgence et prophylaxie ITSS administrées."]),
             "Merci de signer le registre de la chaîne de possession."]
    b = body(g, "fr", None, paras, nurse, disclaimer=True)
    spec = {"from": S(nurse), "to": [sgt], "subject": f"Trousse médicolégale {kit} – récupération", "body": b, "date": dt}
    return R(spec, ["patient_name", "date_of_birth", "social_information", "medication"],
             "Sexual-assault kit pick-up notice naming the victim", "sa_kit", "fr")


def p_homeless(g, v):
    dt = g.msg_datetime()
    p = g.person(25, 70, sex="M" if v == 0 else None)
    sw = g.staff("fr", "social")
    paras = [f"{p.title_fr} {p.full} ({p.age(dt.date())} ans), sans domicile fixe, obtient son congé de l'urgence aujourd'hui.",
             g.choice(["Engelures de 2e degré aux deux pieds : pansements die avec sulfadiazine d'argent, céphalexine 500 mg QID x 7 jours.",
                       "Cellulite de la jambe gauche : céfadroxil 1 g BID x 10 jours, élévation du membre.",
                       "Pneumonie : amoxicilline 1 g TID x 7 jours; a besoin d'un endroit chaud pour la convalescence."]),
             "Pouvez-vous lui garder un lit pour les 7 prochaines nuits? Le CLSC passera faire les pansements.",
             f"{p.Il} n'a pas de téléphone; on peut laisser un message au refuge."]
    b = body(g, "fr", None, paras, sw)
    spec = {"from": S(sw), "to": [("Intervenant de nuit", f"intervention@{ORG['refuge'][1]}")],
            "subject": g.choice(["Congé de l'urgence – demande de lit", "Référence refuge", "Sortie urgence – besoin hébergement"]),
            "body": b, "date": dt}
    return R(spec, ["patient_name", "social_information", "diagnosis", "medication"],
             "Discharge of homeless patient to shelter with treatment", "homeless_discharge", "fr")


def p_elder_abuse(g, v):
    dt = g.msg_datetime()
    p = g.nam_person(70, 100)
    sw = g.staff("fr", "social")
    paras = [f"Signalement de maltraitance présumée envers une personne aînée :",
             f"{p.surname.upper()}, {p.given} – {p.ne} le {dob_fmt(p.dob, g.rng)}" + (f" – NAM {p.nam_variant('card')}" if v == 0 else ""),
             g.choice([f"Ecchymoses multiples d'âges différents aux bras et au dos, dénutrition (albumine 24 g/L). {p.Il} rapporte que son fils "
                       "gère ses cartes bancaires et lui refuse l'épicerie.",
                       f"Plaies de pression de stade 3 au sacrum, déshydratation (créat 201). La nièce qui habite avec {'elle' if p.f else 'lui'} "
                       "refuse les services du CLSC; retraits importants au compte bancaire."]),
             "Nous retenons l'usager à l'hôpital le temps de l'évaluation. Merci d'assigner une intervenante du processus d'intervention concerté."]
    types = ["patient_name", "date_of_birth", "social_information", "diagnosis", "lab_result"] + (["ramq_nam"] if v == 0 else [])
    b = body(g, "fr", None, paras, sw, disclaimer=True)
    spec = {"from": S(sw), "to": [("Coordonnatrice maltraitance", f"maltraitance@{ORG['clsc'][1]}")],
            "subject": "Signalement – maltraitance aîné(e)", "body": b, "date": dt, "importance": True}
    return R(spec, types, "Elder-abuse report with identity, injuries, financial abuse", "elder_abuse", "fr")


def p_tox_consult_en(g, v):
    dt = g.msg_datetime()
    p = g.person(16, 80, origin="en")
    mrn = g.mrn()
    tox = g.staff("en", "TOX")
    md = g.staff("en", "MD")
    earlier = dt - datetime.timedelta(hours=g.randint(2, 10))
    orig = (f"Rachel,\n\n{p.initial_last}, MRN {mrn}, {p.age(dt.date())}, took an unknown amount of her mother's "
            f"metoprolol and amlodipine. HR 44, BP 76/40 despite 2 L fluid and calcium. Lactate 6.2.\n\nWhat next?\n{md.given}")
    if not p.f:
        orig = orig.replace("her mother's", "his mother's")
    top = g.choice(["Start high-dose insulin now (1 U/kg bolus then 1 U/kg/h) with dextrose; add norepinephrine. "
                    "Consider ECMO call early. I'm on my way.",
                    "Glucagon won't do much here. HDI 1 U/kg/h, keep glucose 6-10, K > 3. Call me with the next gas."])
    b = top + "\n\n" + tox.given + "\n\n" + quote(orig, g.choice(["gt_en", "outlook_en"]), md.display, md.email(), earlier,
                                                 tox.email(), "tox consult") + "\n"
    spec = {"from": S(tox), "to": [S(md)], "subject": g.choice(["RE: tox consult", "RE: BB/CCB overdose"]), "body": b, "date": dt,
            "reply": True}
    return R(spec, ["patient_name", "mrn", "diagnosis", "lab_result", "medication"],
             "Toxicology consult reply; patient identity in quoted text", "tox_consult_en", "en")


def p_nam_only(g, v):
    dt = g.msg_datetime()
    p = g.nam_person(16, 90)
    nurse = g.staff("fr", "RN")
    clerk = g.staff("fr", "administrative")
    style = ["fullwidth", "dots", "slash", "fwdigits", "lower", "odd"][v % 6 if v < 3 else g.randint(0, 5)]
    if v == 1:
        style = g.choice(["dots", "slash"])
    nam = p.nam_variant(style)
    text = g.choice([f"Carte RAMQ du patient du déchocage : {nam}. TCC sévère, intubé. Merci de l'inscrire, pas de nom encore.",
                     f"Peux-tu vérifier l'admissibilité pour {nam}? Arrivé{p.e} en ambulance, intox éthylique et plaie au front.",
                     f"Inscription à corriger : le bon NAM est {nam} (AVC en cours, thrombolyse)."])
    b = g.choice(["Allo,\n\n", "", "Bonjour,\n\n"]) + text + "\n\n" + signature(g, nurse, disclaimer=False) + "\n"
    spec = {"from": S(nurse), "to": [S(clerk)], "subject": g.choice(["Inscription", "NAM à valider", "Admission déchocage"]),
            "body": b, "date": dt, "transport": {"charset": "utf-8"} if "full" in style or "fw" in style else None}
    return R(spec, ["ramq_nam", "diagnosis"], f"Only a disguised NAM ({style}) plus clinical context", "nam_disguised", "fr")


def p_zip_transfer(g, v):
    dt = g.msg_datetime()
    p = g.nam_person(18, 90) if v == 0 else g.person(18, 90)
    md = g.staff("fr", "MD")
    mrn = g.mrn()
    pdf = make_pdf("Feuille sommaire de transfert", [
        ("kv", [("Nom", p.upper_last), ("Dossier", mrn), ("DDN", p.dob.isoformat())] + ([("NAM", p.nam_variant("card"))] if p.nam else [])),
        ("h", "Motif du transfert"), ("p", "Dissection aortique type A au TDM; TA 168/94 sous labétalol IV. Transfert en chirurgie cardiaque."),
        ("h", "Laboratoires"), ("table", [["Analyse", "Résultat"], ["Hb", "121 g/L"], ["Créatinine", "97 µmol/L"], ["Troponine", "31 ng/L"]])])
    docx = make_docx("Note d'évolution – urgence", [f"{p.full} – dossier {mrn}",
                                                    "Douleur thoracique déchirante irradiant au dos, début 05h40. Pouls radial asymétrique.",
                                                    "Plan : labétalol, fentanyl, transfert urgent."], author=md.full)
    files = [(f"transfert/{mrn}_sommaire.pdf", pdf), (f"transfert/{mrn}_note.docx", docx)]
    b = body(g, "fr", None, [g.choice(["Documents de transfert en pièce jointe (archive).", "Voici le dossier pour le transfert, TDM dans le PACS."])], md)
    spec = {"from": S(md), "to": [box("trauma", "chirurgie.cardiaque", "Chirurgie cardiaque – garde")], "subject": "Transfert dissection aortique",
            "body": b, "date": dt, "attachments": [{"kind": "zip", "filename": f"transfert_{mrn}.zip", "files": files}], "importance": True}
    types = ["patient_name", "mrn", "date_of_birth", "diagnosis", "lab_result", "medication"] + (["ramq_nam"] if p.nam else [])
    return R(spec, types, "ZIP with transfer PDF + DOCX for a named patient", "zip_transfer", "fr")
