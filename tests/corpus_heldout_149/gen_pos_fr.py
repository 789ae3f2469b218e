"""French positives, part 1: referrals, biopsies, iodine therapy, ward lists, bone density."""
import datetime as dt

import gen_docs as D
from gen_clinic import ADRENAL, BONE, PITUITARY, THYROID, case, domain_for_age, num
from gen_common import CLINIC_FAX, CLINIC_FR, CLINIC_TEL, DOM, HOSP_FR, STAFF, ext_person, fr_date, workday_after
from gen_text import bye, earlier, hello, reply, reply_headers, sign, who, who_plain

S = STAFF


def _ne(p):
    return "née" if p.sex == "F" else "né"


def _vu(p):
    return "vue" if p.sex == "F" else "vu"


def _pron(p):
    return "elle" if p.sex == "F" else "il"


def _la(p):
    return "la patiente" if p.sex == "F" else "le patient"


def fr_referral(m, P):
    r = m.rng
    p = P.holder(m, min_age=22)
    gp, org = ext_person(r, "gmf")
    dom = r.choice(["nodule", "nodule", "graves", "hpt", "adrenal_inc", "prolactinoma"])
    c = case(r, dom, "fr")
    m.sender = who(gp, "fr")
    m.to = [("Centrale de rendez-vous - Endocrinologie", f"endo.references@{DOM}")]
    nm = m.name(p, r.choice(["upper_first", "full", "title"]))
    dob, nam, sx = m.dob(p), m.nam(p), m.sex(p)
    m.subject = r.choice([f"Référence endocrinologie - {nm}", "Demande de consultation en endocrinologie",
                          f"Réf. endo : {c.short}", "Nouvelle référence (priorité B)"])
    prio = r.choice(["B (moins de 10 jours)", "C (moins de 28 jours)", "D (moins de 3 mois)"])
    body = f"""{hello(r, 'fr')}

Je vous réfère {_la(p)} suivant{'e' if p.sex == 'F' else ''} pour évaluation en endocrinologie.

Nom : {nm}
Date de naissance : {dob}   {sx}
NAM : {nam}
Téléphone : {m.phone(p)}

Motif : {c.dx}.
Résultats pertinents : {c.labline()}.
{('Médication actuelle : ' + c.medline()) if c.meds else 'Aucune médication thyroïdienne pour le moment.'}

Priorité clinique demandée : {prio}.
{r.choice(['Merci de me tenir au courant.', 'Je joins le rapport d’échographie si disponible.', 'La patiente est anxieuse, un appel de votre infirmière serait apprécié.' if p.sex == 'F' else 'Le patient est anxieux, un appel de votre infirmière serait apprécié.'])}

{bye(r, 'fr')}
{gp.dr('fr')}
{org}
Tél. 819 555-01{r.randint(10, 99)}"""
    m.t("diagnosis", "lab_result")
    if c.meds:
        m.t("medication")
    m.text = body
    m.category, m.note = "referral", "family physician referral to endocrinology"


def fr_fna_result(m, P):
    r = m.rng
    p = P.patient(m, age=(28, 80))
    c = case(r, "nodule", "fr")
    path = S["gravel"]
    m.sender = ("Laboratoire de cytopathologie HRVB", f"cytopatho@{DOM}")
    m.to = [who_plain(path)]
    m.cc = [who(S[r.choice(['vachon', 'benali', 'raman'])], "fr")]
    nm = m.name(p, r.choice(["upper_first", "sur_first", "full"]))
    mrn = m.mrn(p)
    m.subject = r.choice(["Résultat cytoponction thyroïde", f"Cytologie thyroïdienne - dossier {mrn}",
                          "Résultat disponible - cytoponction écho-guidée"])
    interp = {"II": "Compatible avec un nodule colloïde bénin.", "III": "Atypies de signification indéterminée; répéter la ponction.",
              "IV": "Néoplasme folliculaire; évaluation chirurgicale suggérée.", "V": "Suspect de carcinome papillaire.",
              "I": "Échantillon non diagnostique (cellularité insuffisante)."}[c.beth]
    body = f"""{hello(r, 'fr', path, informal=True)}

Résultat final signé ce matin :

Patient(e) : {nm}
No dossier : {mrn}
Prélèvement : cytoponction écho-guidée, lobe {c.side}, {num(c.size, 'fr')} cm
Diagnostic : Bethesda {c.beth} — {interp}

{r.choice(['Le médecin traitant a été avisé par le système.', 'Peux-tu organiser le retour en clinique?', 'Rapport complet dans le DCI.'])}

{bye(r, 'fr')}
{r.choice(['Dre Anne-Sophie Riopel, pathologiste', 'Secrétariat de cytopathologie', 'Dr Hugo Mailloux, cytopathologiste'])}"""
    m.t("diagnosis", "lab_result")
    m.text = body
    m.category, m.note = "fna_result", "thyroid FNA cytology result"


def fr_rai_booking(m, P):
    r = m.rng
    p = P.holder(m, min_age=20, max_age=88)
    dom = r.choice(["graves", "thycancer"])
    c = case(r, dom, "fr")
    md = S[r.choice(["vachon", "benali", "raman"])]
    m.sender = who(md, "fr")
    m.to = [("Médecine nucléaire - Rendez-vous", f"medecine.nucleaire@{DOM}")]
    m.cc = [who_plain(S["sabri"])]
    nm = m.name(p, r.choice(["full", "upper_first", "title"]))
    when = workday_after(m.today, r.randint(8, 20))
    m.subject = r.choice([f"Demande iode 131 - {c.short}", f"I-131 : {nm}", "Demande de traitement à l'iode radioactif"])
    if dom == "graves":
        dose = r.choice([10, 12, 15, 20])
        extra = f"Arrêter le méthimazole 5 jours avant. Dose visée : {dose} mCi. Test de grossesse requis si applicable."
        m.t("medication")
    else:
        extra = f"Thyrogen 0,9 mg IM les 2 jours précédents. Dose : {c.mci} mCi, chambre plombée 2 nuits."
        m.t("medication")
    body = f"""{hello(r, 'fr')}

SVP planifier un traitement à l'iode radioactif pour :

{nm} — {m.sex(p)}
DDN {m.dob(p)}
NAM {m.nam(p)}
Tél. : {m.phone(p)}

Indication : {c.dx}
{c.labline('; ')}
{extra}

Date souhaitée : semaine du {fr_date(when)}. {r.choice(['La patiente travaille en garderie : prévoir lettre pour retrait du travail.' if p.sex == 'F' else 'Le patient travaille en garderie : prévoir lettre pour retrait du travail.', 'Vit avec deux jeunes enfants, consignes de radioprotection à revoir.', 'Aucune contrainte particulière.'])}

{bye(r, 'fr')}
{sign(r, md, 'fr')}"""
    m.t("diagnosis", "lab_result")
    m.text = body
    m.category, m.note = "rai_booking", "radioactive iodine treatment request"


def fr_rai_letter_pdf(m, P):
    r = m.rng
    p = P.patient(m, age=(24, 75))
    sender = S["sabri"]
    m.sender = who_plain(sender)
    m.to = [who(S["lalonde"], "fr")]
    d = workday_after(m.today, r.randint(1, 3))
    dose = r.choice([10, 15, 30, 100, 150])
    fname = f"Consignes_I131_{p.surname}_{p.given[0]}.pdf"
    lines = [f"# {HOSP_FR} — Service de médecine nucléaire",
             "Consignes de radioprotection après traitement à l'iode 131",
             "",
             f"Patient(e) : {p.given} {p.surname}",
             f"Date du traitement : {fr_date(d)}      Activité administrée : {dose} mCi",
             "",
             "Pendant les 3 premiers jours : dormir seul(e), garder une distance de 2 mètres.",
             "Éviter les contacts rapprochés avec les enfants et les femmes enceintes pendant 7 jours.",
             "Tirer la chasse deux fois, boire abondamment, ne pas partager la vaisselle.",
             "Reprendre la lévothyroxine le lendemain du traitement, selon l'ordonnance.",
             "",
             f"Questions : {CLINIC_TEL}, poste 3310 (médecine nucléaire)."]
    m._need("patient_name", f"{p.given} {p.surname}")
    m.t("patient_name", "medication")
    data = D.pdf(lines, title="Consignes iode 131", compress=r.random() < 0.6)
    m.attach("pdf", fname, data, "application/pdf")
    m.subject = r.choice(["Lettre de consignes à signer", "Consignes I-131 pour demain", "À signer svp - radioprotection"])
    m.text = f"""{hello(r, 'fr', S['lalonde'])}

Voici la lettre de consignes pour le traitement de {r.choice(['demain', 'jeudi', 'lundi prochain'])}. Peux-tu la signer et me la retourner avant 15 h? Je la remettrai {'à la patiente' if p.sex == 'F' else 'au patient'} à son arrivée.

{bye(r, 'fr')}
{sign(r, sender, 'fr')}"""
    m.category, m.note = "rai_instructions", "iodine-131 precautions letter for a named patient"


def fr_census(m, P):
    r = m.rng
    md = S[r.choice(["nakamura", "goldberg"])]
    att = S[r.choice(["vachon", "benali", "raman", "gosselin"])]
    m.sender = who(md, "fr")
    m.to = [who(att, "fr")]
    m.cc = [who(S["goldberg" if md is S["nakamura"] else "nakamura"], "fr")]
    rows = []
    n = r.randint(4, 6)
    problems = [
        ("hypercalcémie Ca {ca} — PTH en attente", "lab"), ("insuffisance surrénalienne post-op, Solu-Cortef 50 q8h", "med"),
        ("Na 151 post hypophysectomie, DDAVP 1 mcg IV PRN", "med"), ("tempête thyroïdienne ? T4L 61, PTU 200 q4h", "med"),
        ("SIADH Na 124 restriction hydrique 1 L", "lab"), ("hypocalcémie post-thyroïdectomie, Ca 1,91, calcitriol 0,25 BID", "med"),
        ("incidentalome surrénalien 3,8 cm, métanéphrines en cours", "lab"), ("fracture hanche, début Aclasta avant congé", "med"),
    ]
    r.shuffle(problems)
    for i in range(n):
        p = P.patient(m, age=(35, 92))
        room = f"{r.choice(['3', '4', '5', '6'])}{r.randint(10, 48)}-{r.choice('AB')}"
        style = r.choice(["upper_first", "sur_first", "initial", "sur_first"])
        nm = m.name(p, style)
        prob = problems[i][0].format(ca=num(r.uniform(2.9, 3.4), 'fr', 2))
        rows.append(f"{room} | {nm} | {p.age(m.today)} a | {prob}")
    if r.random() < 0.5:
        p = P.patient(m, age=(40, 90))
        rows.append(f"Urgence civ. {r.randint(3, 19)} | {m.name(p, 'upper_first')} | {p.age(m.today)} a | consult demandée : hyponatrémie, cortisol AM à faire")
    m.t("diagnosis", "lab_result", "medication")
    m.subject = r.choice(["Liste consults endo - fin de semaine", "Passation de garde endocrino", "Liste des patients à l'étage",
                          f"Consults endo {fr_date(m.today)}"])
    m.text = f"""{hello(r, 'fr', att, informal=True)}

Liste pour la garde de {r.choice(['la fin de semaine', 'ce soir', 'demain'])} :

Chambre | Patient | Âge | Problème / à faire
""" + "\n".join(rows) + f"""

{r.choice(['Rien d’urgent sauf le premier.', 'Les deux premiers à revoir demain matin.', 'Bonne garde!'])}
{sign(r, md, 'fr', short=True)}"""
    m.prefer["structure"] = r.choice(["alt", "html", "plain"])
    m.category, m.note = "census", "inpatient endocrine consult hand-off list"


def fr_dexa_subject(m, P):
    r = m.rng
    p = P.patient(m, sex=r.choice("FFFM"), age=(55, 90))
    c = case(r, "osteo", "fr")
    md = S["gosselin"]
    gp, org = ext_person(r, "gmf")
    m.sender = who(md, "fr")
    m.to = [who(gp, "fr")]
    nm = m.name(p, r.choice(["title", "full", "upper_first"]))
    m.subject = r.choice([f"DMO — {nm}", f"Densité osseuse {nm}", f"Résultat ostéodensitométrie : {nm}"])
    body = f"""{hello(r, 'fr', gp)}

Résultats de la densitométrie de {r.choice(['ta patiente', 'votre patiente']) if p.sex == 'F' else r.choice(['ton patient', 'votre patient'])} :

{chr(10).join('- ' + x for x in c.labs[:3])}

Interprétation : {c.dx}. Risque fracturaire élevé.
Je suggère {c.drug}, avec vitamine D 1000 UI die et apport calcique alimentaire de 1200 mg.
{r.choice(['Vérifier l’état dentaire avant de débuter.', 'Prévoir DMO de contrôle dans 2 ans.', 'Je peux la voir en clinique si tu préfères.' if p.sex == 'F' else 'Je peux le voir en clinique si tu préfères.'])}

{bye(r, 'fr')}
{sign(r, md, 'fr')}"""
    m.t("lab_result", "diagnosis", "medication")
    m.text = body
    m.category, m.note = "bone_density", "bone density result sent to family physician"


def fr_prolia_clsc(m, P):
    r = m.rng
    p = P.holder(m, min_age=60)
    nurse = S["chartrand"]
    clsc = ("Soins à domicile - CLSC des Monts", "sad.clsc@clsc-monts.example")
    m.sender = who_plain(nurse)
    m.to = [clsc]
    d = workday_after(m.today, r.randint(5, 15))
    nm = m.name(p, r.choice(["title", "upper_first", "full"]))
    m.subject = r.choice(["Injection Prolia à domicile", f"Prolia - {p.surname}", "Demande SAD : injection dénosumab"])
    k = r.randint(0, 2)
    situ = ["Mobilité réduite depuis sa fracture de hanche, ne peut pas se déplacer à la clinique.",
            f"Vit {'seule' if p.sex == 'F' else 'seul'} depuis le décès de son conjoint, la fille passe le mardi.",
            "Aidante naturelle : sa sœur, même adresse; pas de transport disponible."][k]
    m.t("diagnosis" if k == 0 else "social_information")
    body = f"""{hello(r, 'fr')}

Pourriez-vous faire l'injection de dénosumab (Prolia) 60 mg SC à domicile pour :

{nm}, {_ne(p)} le {m.dob(p)}, {m.sex(p, r.choice([0, 1, 3]))}
NAM : {m.nam(p)}
Adresse : {m.address(p)}
Tél. : {m.phone(p)}

Dose due vers le {fr_date(d)} (dernière injection il y a 6 mois). {r.choice(['Calcium sérique 2,31 le mois dernier, OK.', 'Vitamine D 74 nmol/L, OK.', 'Créatinine stable à 96.'])}
{situ}
La seringue a été remise à la pharmacie communautaire.

{bye(r, 'fr')}
{sign(r, nurse, 'fr')}"""
    m.t("medication", "lab_result")
    m.text = body
    m.category, m.note = "home_injection", "home-care request for denosumab injection"


def fr_aclasta(m, P):
    r = m.rng
    p = P.holder(m, min_age=55)
    c = case(r, "osteo", "fr")
    sec = S["paradis"]
    m.sender = who_plain(sec)
    m.to = [("Centre de jour - perfusions", f"centredejour@{DOM}")]
    d = workday_after(m.today, r.randint(4, 25))
    m.subject = r.choice(["Perfusion Aclasta à céduler", "Demande centre de jour : acide zolédronique", "Aclasta 5 mg IV"])
    rows = [("Nom", f"{p.surname.upper()}, {p.given}"), ("DDN", p.dob.isoformat()), ("Sexe", p.sex), ("NAM", p.nam),
            ("Traitement", "acide zolédronique (Aclasta) 5 mg IV en 15 min"), ("Créatinine", f"{r.randint(55, 98)} µmol/L"),
            ("25-OH vit D", f"{r.randint(60, 110)} nmol/L"), ("Date souhaitée", fr_date(d)), ("Prescripteur", S["gosselin"].dr("fr"))]
    if r.random() < 0.5:
        nm = m.name(p, "upper_first")
        m.dob(p, 0)
        m.sex(p, 0)
        table = "\n".join(f"{k} : {v}" for k, v in rows)
        m.nam(p, "plain")
        m.text = f"""{hello(r, 'fr')}

Nouvelle demande de perfusion, ordonnance signée ci-dessous :

{table}

Prémédication : acétaminophène 650 mg PO. Bien hydrater.
{bye(r, 'fr')}
{sign(r, sec, 'fr')}"""
    else:
        m.name(p, "upper_first")
        m.dob(p, 0)
        m.sex(p, "bare")
        m.nam(p, "plain")
        doc = D.docx(m.when, "Ordonnance — perfusion d'acide zolédronique",
                     [f"{CLINIC_FR}, {HOSP_FR}", "Programme ostéoporose et densitométrie osseuse"],
                     tables=[[["Champ", "Valeur"]] + [[k, v] for k, v in rows]])
        m.attach("docx", f"Ordonnance_Aclasta_{p.surname}.docx", doc,
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        m.text = f"""{hello(r, 'fr')}

Ci-joint l'ordonnance de perfusion pour une patiente du Dr Gosselin (voir document). Merci de nous confirmer la date.

{bye(r, 'fr')}
{sign(r, sec, 'fr')}"""
    m.t("medication", "lab_result")
    m.category, m.note = "infusion_booking", "zoledronic acid infusion booking"


def fr_labo_note(m, P):
    r = m.rng
    p = P.patient(m, age=(25, 85))
    dom = r.choice(["hypo", "graves", "hpt", "addison"])
    c = case(r, dom, "fr")
    md = S[r.choice(["vachon", "benali", "raman"])]
    nurse = S[r.choice(["gravel", "chartrand"])]
    m.sender = who(md, "fr")
    m.to = [who_plain(nurse)]
    nm = m.name(p, r.choice(["lower", "full", "title_sur", "initial"]))
    m.subject = r.choice([f"appel {nm}", "Résultats à transmettre", f"TSH {p.surname}" if dom in ("hypo", "graves") else "Bilan reçu", "svp appeler"])
    if dom == "hypo":
        act = f"{c.meds[0]} actuellement, {c.plan}"
    elif dom == "graves":
        act = f"diminuer le Tapazole à {max(5, c.dose - 5)} mg die, contrôle dans 4 semaines"
    elif dom == "hpt":
        act = "boire 2 L/jour, éviter les suppléments de calcium, je la réfère en ORL" if p.sex == "F" else "boire 2 L/jour, éviter les suppléments de calcium, je le réfère en ORL"
    else:
        act = "augmenter l'hydrocortisone à 20/10 pour 3 jours (gastro), revoir les règles de jours de maladie"
    tel = m.phone(p) if r.random() < 0.6 else None
    m.text = f"""{hello(r, 'fr', nurse, informal=True)}

Peux-tu appeler {nm}{f' au {tel}' if tel else ''}?
{c.labline(' / ')}
Conduite : {act}.
{r.choice(['Merci!', 'Merci, pas urgent.', 'Aujourd’hui si possible.'])}

{sign(r, md, 'fr', short=True)}"""
    m.t("lab_result", "medication" if dom != "hpt" else "diagnosis")
    if dom == "hpt":
        m.t("diagnosis")
    m.category, m.note = "lab_followup", "physician asks nurse to call patient with results"


def fr_adrenal_reply(m, P):
    r = m.rng
    p = P.patient(m, age=(40, 82))
    dom = r.choice(["adrenal_inc", "aldo", "pheo"])
    c = case(r, dom, "fr")
    md = S[r.choice(["benali", "raman"])]
    rad = ("Dr Olivier Thibodeau, radiologie", f"olivier.thibodeau@{DOM}")
    m.sender = who(md, "fr")
    m.to = [rad]
    reply_headers(m)
    nm = m.name(p, r.choice(["title", "upper_first", "initial"]))
    mrn = m.mrn(p)
    old = f"""Bonjour,
Pour {nm} (dossier {mrn}) : TDM surrénalienne faite hier. {c.dx[0].upper() + c.dx[1:]}, washout absolu {r.randint(40, 75)} %.
Avez-vous le bilan hormonal? On le présente au comité jeudi?
Olivier"""
    new = f"""Merci Olivier.
Bilan : {c.labline('; ')}.
{('Traitement : ' + c.medline()) + '.' if c.meds else ''}
Oui, à présenter jeudi — plan proposé : {c.plan}.

{sign(r, md, 'fr', short=True)}"""
    m.subject = r.choice(["RE: TDM surrénales", f"RE: dossier {mrn}", "RE: incidentalome - comité jeudi"])
    m.text = reply(r, "fr", new, rad, earlier(m, r.randint(3, 30)), old, old_subject=m.subject[4:], old_to=who(md, "fr"))
    m.t("diagnosis", "lab_result")
    if c.meds:
        m.t("medication")
    m.category, m.note = "adrenal_discussion", "reply thread with radiology about adrenal lesion"


def fr_pituitary_reply(m, P):
    r = m.rng
    p = P.patient(m, age=(22, 75))
    dom = r.choice(["prolactinoma", "acro", "nfpa"])
    c = case(r, dom, "fr")
    ns = S["pepin"]
    md = S[r.choice(["vachon", "raman"])]
    m.sender = who(ns, "fr")
    m.to = [who(md, "fr")]
    reply_headers(m)
    nm = m.name(p, r.choice(["full", "sur_first", "title"]))
    old = f"""{md.given},
Je t'envoie {nm}, {p.age(m.today)} ans : {c.dx}.
{c.labline(chr(10))}
{('Sous ' + c.medline() + '.') if c.meds else ''}
Tu penses que c'est chirurgical?
{md.given}"""
    new = r.choice([f"Oui, je peux {'la' if p.sex == 'F' else 'le'} voir mardi en clinique de neurochirurgie. On planifie une IRM avec protocole hypophyse avant.",
                    "Pas d'indication chirurgicale urgente à mon avis; poursuivre le traitement médical et refaire l'IRM dans 6 mois.",
                    "Je l'ajoute à la liste opératoire du mois prochain; peux-tu t'assurer que l'axe corticotrope est couvert en péri-op?"])
    m.subject = r.choice([f"RE: {c.short}", "RE: avis neurochirurgie", f"RE: {nm}"])
    m.text = reply(r, "fr", new + f"\n\n{ns.given}", who(md, "fr"), earlier(m, r.randint(5, 60)), old, old_subject=m.subject[4:], old_to=who(ns, "fr"))
    m.t("diagnosis", "lab_result")
    if c.meds:
        m.t("medication")
    m.category, m.note = "pituitary_discussion", "neurosurgery reply about pituitary patient"
