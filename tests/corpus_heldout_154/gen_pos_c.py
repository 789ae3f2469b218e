"""Positive templates, part C: census, deviations, imaging, forwards, audits, notes."""
import datetime as dt

import gen_attach as A
import gen_data as D
from gen_common import quote, fwd_block
from gen_mime import Mail


def research_unit_census(c):
    n = c.rng.randrange(4, 8)
    people = [c.patient() for _ in range(n)]
    nurse = c.rng.choice([D.STAFF[0], D.STAFF[8], D.STAFF[14]])
    rows = [c.L(["Lit", "Participant", "Étude", "Problème / à surveiller"], ["Bed", "Participant", "Study", "Issue / watch"])]
    for i, p in enumerate(people):
        t = c.trial_for(p)
        st = c.pick([1, 2, 4, 7, 0])
        nm = c.name(p, style=st)
        k = c.rng.randrange(3)
        issue = (c.sae(t["area"]) if k == 0 else c.lab(t["area"], 1)[0] if k == 1
                 else c.meds(t["area"], 1)[0] + c.L(" à 10 h", " at 10:00"))
        if c.rng.random() < 0.3:
            nm += f" ({c.mrn(p, 0)})"
        rows.append([f"R-1{c.rng.randrange(10, 40)}", nm, t["code"], issue])
    text = "\n".join(" | ".join(r) for r in rows)
    day = c.date.date()
    subj = c.L(f"Liste unité de recherche - {c.d(day, 0)} (jour)", f"Research unit list - {c.d(day, 0)} (day shift)")
    body = c.L(f"Liste pour la relève de {c.pick(['7 h', '15 h', '23 h'])} :\n\n{text}\n\nRien d'autre à signaler. {nurse[0]}",
               f"Hand-off list for {c.pick(['7:00', '15:00', '23:00'])}:\n\n{text}\n\nNothing else to report. {nurse[0]}")
    to = [D.staff_addr(s) for s in (D.STAFF[0], D.STAFF[8], D.STAFF[14]) if s != nurse]
    m = Mail(c.lang, "census", D.staff_addr(nurse), to, subj, body)
    return "unit_census", m, "research unit hand-off roster"


def protocol_deviation(c):
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    reg = D.STAFF[12]
    nm = c.name(p, style=3)
    med = c.meds(t["area"], 1)[0]
    mr = c.mrn(p)
    hrs = c.rng.randrange(6, 40)
    dx = c.dx(t)
    if c.lang == "fr":
        subj = f"Déviation au protocole {t['proto']} - dose retardée"
        body = (f"{c.hello(reg[0])}\n\nÀ consigner au registre des déviations ({t['code']}, {dx}) : {nm} (dossier {mr}) a reçu le produit "
                f"{t['drug']} avec {hrs} h de retard (fenêtre permise : ±4 h) parce que la pharmacie était fermée le "
                f"jour férié. Elle a aussi pris {med} le matin même, non noté au journal.\n\n"
                f"Pas de conséquence clinique observée. Déclaration au CÉR non requise selon la politique (déviation mineure).\n\n"
                f"{c.bye()}\n{coord[0]}")
    else:
        subj = f"Protocol deviation {t['proto']} - late dose"
        body = (f"{c.hello(reg[0])}\n\nFor the deviation log ({t['code']}, {dx}): {nm} (chart {mr}) received {t.get('drug_en', t['drug'])} {hrs} h late "
                f"(allowed window ±4 h) because pharmacy was closed on the statutory holiday. Also took {med} that "
                f"morning, not recorded in the diary.\n\nNo clinical consequence. Not reportable to the REB per policy "
                f"(minor deviation).\n\n{c.bye()}\n{coord[0]}")
    m = Mail(c.lang, "deviation", D.staff_addr(coord), [D.staff_addr(reg)], subj, body)
    return "protocol_deviation", m, "protocol deviation note with chart number"


def imaging_recist(c):
    p = c.bank.take_nam(False) if c.rng.random() < 0.3 else c.bank.take_other(False)
    t = [x for x in D.TRIALS if x["area"] == "onco"][0]
    while not (p.age() >= 35):
        p = c.patient_for(t)
    rad = D.DOCTORS[8]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[15]])
    nm = c.name(p, style=c.pick([1, 4, 7]))
    mr = c.mrn(p)
    c.types.add("lab_result")
    c.types.add("diagnosis")
    base = c.rng.randrange(42, 90)
    now = base + c.rng.randrange(-20, 30)
    pct = round((now - base) / base * 100)
    new_lesion = c.rng.random() < 0.4
    if c.lang == "fr":
        resp = "progression" if pct >= 20 or new_lesion else ("réponse partielle" if pct <= -30 else "maladie stable")
        subj = f"Lecture RECIST - {nm} - {t['code']}"
        body = (f"{c.hello(coord[0])}\n\nTDM thoraco-abdominal du {c.d(c.past(1, 4), 2)}, dossier {mr}.\n"
                f"Somme des diamètres des lésions cibles : {now} mm (référence {base} mm, {pct:+d} %).\n"
                + ("Nouvelle lésion hépatique segment VII de 14 mm.\n" if new_lesion else "Pas de nouvelle lésion.\n")
                + f"Évaluation RECIST 1.1 : {resp}.\n\nLe rapport officiel suit dans le DCI.\n\n{D.doc_signature(rad, 'fr')}")
    else:
        resp = "progressive disease" if pct >= 20 or new_lesion else ("partial response" if pct <= -30 else "stable disease")
        subj = f"RECIST read - {nm} - {t['code']}"
        body = (f"{c.hello(coord[0])}\n\nCT chest/abdomen of {c.d(c.past(1, 4), 2)}, chart {mr}.\n"
                f"Sum of target lesion diameters: {now} mm (baseline {base} mm, {pct:+d}%).\n"
                + ("New 14 mm liver lesion, segment VII.\n" if new_lesion else "No new lesions.\n")
                + f"RECIST 1.1: {resp}.\n\nFormal report to follow in the EHR.\n\n{D.doc_signature(rad, 'en')}")
    m = Mail(c.lang, "imaging", D.doc_addr(rad), [D.staff_addr(coord)], subj, body)
    return "imaging_recist", m, "tumour measurement read for a trial participant"


def gp_forward(c):
    p = c.patient()
    t = c.trial_for(p)
    gp = ("Dre Josiane", "Tessier") if c.rng.random() < 0.5 else ("Dr Martin", "Albert")
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2]])
    pi = c.pi(t)
    meds = c.meds(t["area"], 2)
    nm_in = c.name(p, style=c.pick([0, 6]), title=c.rng.random() < 0.5)
    dob = c.dob(p) if c.rng.random() < 0.6 else None
    dx = c.dx(t)
    sym = c.pick([c.L("des étourdissements et de l'œdème aux chevilles", "dizziness and ankle oedema"),
                  c.L("une éruption cutanée prurigineuse", "an itchy rash"),
                  c.L("de la fatigue marquée et des nausées", "marked fatigue and nausea")])
    if c.lang == "fr":
        inner = (f"Bonjour,\n\nJe vois aujourd'hui ma patiente {nm_in}" + (f" (née le {dob})" if dob else "")
                 + f", qui me dit participer à votre étude sur {dx}. Elle présente {sym} depuis 10 jours. "
                 f"Elle prend {meds[0]} et {meds[1]}. Puis-je ajouter de l'hydrochlorothiazide sans nuire à l'étude ?\n\n"
                 f"{gp[0]} {gp[1]}\nGMF des Rivières")
        subj = f"TR: Question d'un médecin de famille - {t['code']}"
        body = (f"Dr {pi[1]}, pouvez-vous répondre à la Dre/au Dr {gp[1]} ? Je ne peux pas me prononcer sur la médication.\n\n"
                f"{coord[0]}\n\n" + fwd_block(inner, f"{gp[0]} {gp[1]} <{gp[1].lower()}@gmf-rivieres.example>",
                                              f"recherche@{D.ORG['dom']}", c.d(c.past(0, 2), 2),
                                              "Patiente dans votre étude", "fr"))
    else:
        inner = (f"Hello,\n\nI'm seeing my patient {nm_in}" + (f" (DOB {dob})" if dob else "")
                 + f" today, who tells me they are in your study on {dx}. Presenting with {sym} for 10 days. "
                 f"Currently on {meds[0]} and {meds[1]}. Can I add hydrochlorothiazide without affecting the study?\n\n"
                 f"{gp[0]} {gp[1]}\nRiverside Family Medicine Group")
        subj = f"FW: Family physician question - {t['code']}"
        body = (f"Dr {pi[1]}, could you answer Dr {gp[1]}? I can't comment on the medication.\n\n{coord[0]}\n\n"
                + fwd_block(inner, f"{gp[0]} {gp[1]} <{gp[1].lower()}@gmf-rivieres.example>",
                            f"research@{D.ORG['dom']}", c.d(c.past(0, 2), 2), "Patient in your study", "en"))
    m = Mail(c.lang, "forward", D.staff_addr(coord), [D.doc_addr(pi)], subj, body)
    return "gp_forward", m, "inline forward of a family physician's question"


def audit_zip(c):
    t = c.trial(c.pick(["cardio", "onco", "neuro", "nephro", "endo"]))
    n = c.rng.randrange(4, 8)
    people = [c.patient_for(t, need_nam=True) for _ in range(n)]
    qa = D.STAFF[9]
    dm = D.STAFF[5]
    c.dx(t)
    rows = [c.L(["no_participant", "nom", "prenom", "ddn", "sexe", "nam", "date_randomisation", "bras"],
                ["subject_no", "surname", "given_name", "dob", "sex", "ramq", "randomization_date", "arm"])]
    for p in people:
        c.types.add("patient_name")
        rows.append([c.subj_id(t), p.surname, p.given, c.dob(p, 0), p.sex, c.nam(p, 0),
                     c.past(30, 300).isoformat(), c.pick(["A", "B"])])
    member = A.csv(c.L(f"liste_participants_{t['proto']}.csv", f"participant_list_{t['proto']}.csv"), rows)
    readme = A.text_file("LISEZMOI.txt" if c.lang == "fr" else "README.txt",
                         c.L(f"Extraction du {c.date:%Y-%m-%d} pour l'audit interne {t['code']} ({t['dx_fr']}).\n",
                             f"Extract of {c.date:%Y-%m-%d} for the internal audit of {t['code']} ({t['dx_en']}).\n"))
    att = A.zip_of(c.L(f"audit_{t['proto']}_{c.date:%Y%m%d}.zip", f"audit_{t['proto']}_{c.date:%Y%m%d}.zip"), [member, readme])
    body = c.L(f"{c.hello(qa[0])}\n\nComme demandé, la liste de correspondance participants/NAM pour l'audit "
               f"interne de {t['code']} est dans le zip. Merci de la supprimer après la visite.\n\n{c.bye()}\n{dm[0]}",
               f"{c.hello(qa[0])}\n\nAs requested, the participant/RAMQ key list for the {t['code']} internal "
               f"audit is in the zip. Please delete it after the visit.\n\n{c.bye()}\n{dm[0]}")
    subj = c.L(f"Audit interne {t['code']} - liste de correspondance", f"{t['code']} internal audit - key list")
    m = Mail(c.lang, "audit", D.staff_addr(dm), [D.staff_addr(qa)], subj, body, attachments=[att])
    return "audit_keylist", m, "participant key list zipped for an internal audit"


def participant_email_attached(c, build_inner):
    """build_inner(mail)->bytes is supplied by the generator to nest a message."""
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    pi = c.pi(t)
    nm = c.name(p, style=0)
    med = c.meds(t["area"], 1)[0]
    sym = c.sae(t["area"]) if c.rng.random() < 0.3 else c.pick(
        [c.L("des maux de tête tous les soirs", "headaches every evening"),
         c.L("de la diarrhée depuis la dernière dose", "diarrhoea since the last dose"),
         c.L("des palpitations la nuit", "palpitations at night")])
    c.types.add("diagnosis")
    ph = c.contact_phone(p) if c.rng.random() < 0.6 else None
    personal = f"{p.given[0].lower()}{p.surname.lower().replace(' ', '').replace(chr(39), '')}{c.rng.randrange(10, 99)}@courriel.example"
    personal = personal.encode("ascii", "ignore").decode()
    inner_text = c.L(f"Bonjour,\n\nJ'ai {sym} et je me demande si c'est le médicament de l'étude. Je prends aussi {med}. "
                     f"Est-ce que je dois venir avant ma prochaine visite ?\n\n{p.given} {p.surname}"
                     + (f"\n{ph}" if ph else ""),
                     f"Hello,\n\nI've had {sym} and I wonder if it's the study drug. I also take {med}. "
                     f"Should I come in before my next visit?\n\n{p.given} {p.surname}" + (f"\n{ph}" if ph else ""))
    inner = Mail(c.lang, "inner", (f"{p.given} {p.surname}", personal), [D.staff_addr(coord)],
                 c.L("Question sur mes symptômes", "Question about my symptoms"), inner_text, prefer={"body": "plain"})
    raw = build_inner(inner)
    att = A.Attachment(c.L("Question participant.eml", "Participant question.eml"), "message/rfc822", raw, "eml")
    body = c.L(f"Dr {pi[1]},\n\nJe vous transfère le courriel reçu ce matin d'un(e) participant(e) de {t['code']}. "
               f"Je peux l'appeler si vous voulez la/le voir plus tôt.\n\n{coord[0]}",
               f"Dr {pi[1]},\n\nForwarding the e-mail I got this morning from one of our {t['code']} participants. "
               f"I can call them if you want to see them sooner.\n\n{coord[0]}")
    subj = c.L(f"TR: Question sur mes symptômes", f"Fwd: Question about my symptoms")
    m = Mail(c.lang, "forward", D.staff_addr(coord), [D.doc_addr(pi)], subj, body, attachments=[att])
    return "participant_mail_attached", m, "participant's own e-mail attached as message"


def quick_note(c):
    p = c.patient()
    t = c.trial_for(p)
    a, b = c.rng.sample([D.STAFF[0], D.STAFF[8], D.STAFF[14], D.STAFF[2]], 2)
    nm = c.name(p, style=2, title=False)
    tl = (p.title("fr").lower() if c.lang == "fr" else p.title("en").lower())
    labs = c.lab(t["area"], 2)
    med = c.meds(t["area"], 1)[0]
    if c.lang == "fr":
        subj = c.pick(["vite de meme", "suivi", "pour demain", "fyi"])
        body = c.pick([f"vu {tl} {p.surname.lower()} ce matin pour la visite. {labs[0]}, {labs[1]}. on cesse {med} en attendant le md. peux-tu la rappeler demain?",
                       f"{nm} : {labs[0]} ce matin, {labs[1]}. Dr {c.pi(t)[1]} dit de garder {med}. je pars à 15h, tu fais le suivi?"])
        body += f"\n{a[0][0]}{a[1][0]}".lower()
    else:
        subj = c.pick(["quick one", "follow up", "for tomorrow", "fyi"])
        body = c.pick([f"saw {tl} {p.surname.lower()} this am for the visit. {labs[0]}, {labs[1]}. holding {med} until md reviews. can you call back tmrw?",
                       f"{nm}: {labs[0]} this morning, {labs[1]}. Dr {c.pi(t)[1]} says keep {med}. leaving at 3, can you follow up?"])
        body += f"\n{a[0][0]}{a[1][0]}".lower()
    c.types.add("patient_name")
    m = Mail(c.lang, "note", D.staff_addr(a), [D.staff_addr(b)], subj, body, prefer={"body": "plain"})
    return "quick_note", m, "terse note between research nurses"


def gp_letter_docx(c):
    p = c.patient()
    t = c.trial_for(p)
    pi = c.pi(t)
    adm = D.STAFF[4]
    meds = c.meds(t["area"], 2)
    with_nam = bool(p.nam) and c.rng.random() < 0.5
    c.types.update({"patient_name", "date_of_birth", "patient_contact"})
    dx = c.dx(t)
    paras = [c.L("Objet : participation de votre patient(e) à une étude clinique", "Re: your patient's participation in a clinical study"),
             c.L(f"Patient(e) : {p.given} {p.surname}", f"Patient: {p.given} {p.surname}"),
             c.L(f"Date de naissance : {D.fmt_date(p.dob, 'fr', 2)}", f"Date of birth: {D.fmt_date(p.dob, 'en', 2)}"),
             c.L(f"Adresse : {p.street}, {p.city} {p.postal}", f"Address: {p.street}, {p.city} {p.postal}")]
    if with_nam:
        paras.append(f"NAM : {c.nam(p, 0)}" if c.lang == "fr" else f"RAMQ: {c.nam(p, 0)}")
        paras.append(f"{c.L('Sexe', 'Sex')} : {p.sex}")
    paras += [c.L(f"Docteur, votre patient(e) a accepté de participer à l'étude {t['code']} portant sur {dx}. "
                  f"Le produit à l'étude est {t['drug']} ou un placebo. Sa médication actuelle comprend {meds[0]} et {meds[1]}.",
                  f"Dear colleague, your patient has agreed to take part in {t['code']}, a study in {dx}. "
                  f"The study product is {t.get('drug_en', t['drug'])} or placebo. Current medication includes {meds[0]} and {meds[1]}."),
              c.L("N'hésitez pas à communiquer avec l'équipe de recherche au 418 555-0142.",
                  "Please contact the research team at 418 555-0142 with any question."),
              f"Dr {pi[0]} {pi[1]}"]
    att = A.docx(c.L(f"lettre_medecin_famille_{p.surname}.docx", f"family_physician_letter_{p.surname}.docx"),
                 c.L("Lettre au médecin de famille", "Letter to family physician"), paras)
    body = c.L(f"{c.hello(adm[0])}\n\nLettre à envoyer par télécopieur au médecin de famille (no au dossier). "
               f"Signée électroniquement.\n\n{c.bye()}\nDr {pi[1]}",
               f"{c.hello(adm[0])}\n\nLetter to fax to the family physician (number in the chart). Signed "
               f"electronically.\n\n{c.bye()}\nDr {pi[1]}")
    subj = c.L("Lettre MD famille - à faxer", "Family physician letter - please fax")
    m = Mail(c.lang, "letter", D.doc_addr(pi), [D.staff_addr(adm)], subj, body, attachments=[att])
    return "gp_letter", m, "letter to family physician as DOCX attachment"


def pregnancy_report(c):
    p = c.patient()
    while p.sex != "F" or c.bank.is_child(p) or p.dob.year < 1975:
        p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2]])
    pi = c.pi(t)
    nm = c.name(p, style=c.pick([0, 1, 5]), title=True)
    dob = c.dob(p)
    c.types.add("lab_result")
    bhcg = c.rng.randrange(180, 4200)
    c.dx(t)
    c.types.add("medication")
    if c.lang == "fr":
        subj = f"Grossesse en cours d'étude - {t['code']}"
        body = (f"Dr {pi[1]},\n\n{nm} (DDN {dob}) a eu un test de grossesse positif à la visite d'aujourd'hui "
                f"(β-hCG sérique {bhcg} UI/L). Dernière dose de {t['drug']} il y a 9 jours. J'ai suspendu le produit et "
                f"elle a rendez-vous en obstétrique. Formulaire de grossesse à transmettre au promoteur dans les 24 h.\n\n{coord[0]}")
    else:
        subj = f"Pregnancy on study - {t['code']}"
        body = (f"Dr {pi[1]},\n\n{nm} (DOB {dob}) had a positive pregnancy test at today's visit (serum β-hCG {bhcg} "
                f"IU/L). Last dose of {t.get('drug_en', t['drug'])} was 9 days ago. Study drug held and she is booked with obstetrics. "
                f"Pregnancy form due to the sponsor within 24 h.\n\n{coord[0]}")
    m = Mail(c.lang, "sae", D.staff_addr(coord), [D.doc_addr(pi)], subj, body)
    return "pregnancy_report", m, "pregnancy during trial reported internally"


def unblinding(c):
    p = c.patient()
    t = c.trial_for(p)
    er = D.DOCTORS[6]
    pharm = D.STAFF[3]
    nm = c.name(p, style=c.pick([1, 0, 8]))
    mr = c.mrn(p)
    ev = c.sae(t["area"])
    lab = c.lab(t["area"], 1)[0]
    if c.lang == "fr":
        subj = "Levée d'insu urgente demandée"
        body = (f"Olivier,\n\nJe suis à l'urgence avec {nm}, dossier {mr}, participant(e) à {t['code']}. Tableau de {ev}, "
                f"{lab}. J'ai besoin de savoir si elle/il reçoit {t['drug']} ou le placebo avant de traiter. "
                f"Peux-tu faire la levée d'insu dans l'IWRS et me rappeler au 4-2210 ?\n\nDre {er[1]}")
    else:
        subj = "Urgent unblinding request"
        body = (f"Olivier,\n\nI'm in the ED with {nm}, MRN {mr}, a {t['code']} participant. Presenting with {ev}, {lab}. "
                f"I need to know if they are on {t.get('drug_en', t['drug'])} or placebo before treating. Can you unblind in IWRS and "
                f"call me back at ext. 2210?\n\nDr {er[1]}")
    c.types.add("medication")
    m = Mail(c.lang, "unblinding", D.doc_addr(er), [D.staff_addr(pharm)], subj, body, extra_headers=[("Importance", "high")])
    return "unblinding", m, "emergency unblinding request from the ED"


def recruitment_callbacks(c):
    area = c.pick(["endo", "nephro", "cardio"])
    t = [x for x in D.TRIALS if x["area"] == area][0]
    n = c.rng.randrange(4, 7)
    people = [c.patient_for(t) for _ in range(n)]
    ra = D.STAFF[6]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2]])
    rows = [c.L(["nom", "téléphone", "résultat récent", "statut appel"], ["name", "phone", "recent result", "call status"])]
    for p in people:
        rows.append([c.name(p, style=c.pick([0, 1, 8])), c.contact_phone(p), c.lab(t["area"], 1)[0],
                     c.pick([c.L("message laissé", "left message"), c.L("intéressé(e)", "interested"),
                             c.L("refus", "declined"), c.L("rappeler après 17 h", "call after 5 pm")])])
    c.dx(t)
    att = A.csv(c.L(f"rappels_{t['code']}.csv", f"callbacks_{t['code']}.csv").replace("É", "E"), rows, sep=";")
    body = c.L(f"{coord[0]},\n\nListe des rappels de la semaine pour le recrutement {t['code']} ({t['dx_fr']}), "
               f"patients identifiés à partir de la liste de la clinique. Je continue lundi.\n\n{ra[0]}",
               f"{coord[0]},\n\nThis week's callback list for {t['code']} recruitment ({t['dx_en']}), patients "
               f"identified from the clinic list. I'll continue Monday.\n\n{ra[0]}")
    subj = c.L(f"Rappels recrutement {t['code']}", f"{t['code']} recruitment callbacks")
    m = Mail(c.lang, "recruitment", D.staff_addr(ra), [D.staff_addr(coord)], subj, body, attachments=[att])
    return "recruitment_callbacks", m, "recruitment call list with phones and results"


def reimbursement_social(c):
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    fin = D.STAFF[10]
    nm = c.name(p, style=c.pick([0, 5, 4]), title=True)
    addr = c.contact_addr(p)
    c.types.add("social_information")
    c.dx(t)
    amt = c.pick(["42,50", "67,00", "118,25"]) if c.lang == "fr" else c.pick(["42.50", "67.00", "118.25"])
    orig = c.L(f"Bonjour {coord[0]}, les remboursements de frais de déplacement des participants se font par chèque "
               f"après 4 à 6 semaines, on ne peut pas faire d'avance. {fin[0]}",
               f"Hi {coord[0]}, participant travel reimbursements are paid by cheque after 4-6 weeks; we can't do "
               f"advances. {fin[0]}")
    if c.lang == "fr":
        subj = "RE: Avance de frais - participant"
        body = (f"{fin[0]}, je comprends, mais pour {nm} c'est vraiment un cas d'exception : elle/il est prestataire "
                f"de l'aide sociale, vit seul(e) au {addr} et a dû emprunter pour l'autobus interurbain pour sa visite "
                f"de {t['code']} ({t['dx_fr']}). Montant : {amt} $. Sinon je crains un abandon.\n\n{coord[0]}\n\n"
                + quote(orig, f"{fin[0]} {fin[1]}", c.d(c.past(0, 3), 2), "fr"))
    else:
        subj = "RE: Advance on expenses - participant"
        body = (f"{fin[0]}, understood, but {nm} is an exception: on income assistance, lives alone at {addr} and "
                f"borrowed money for the intercity bus to the {t['code']} visit ({t['dx_en']}). Amount: ${amt}. "
                f"Otherwise I'm afraid they'll drop out.\n\n{coord[0]}\n\n"
                + quote(orig, f"{fin[0]} {fin[1]}", c.d(c.past(0, 3), 2), "en"))
    m = Mail(c.lang, "finance", D.staff_addr(coord), [D.staff_addr(fin)], subj, body,
             in_reply_to=f"<avance.{c.idx}@{D.ORG['dom']}>")
    return "reimbursement_social", m, "expense advance request citing participant's income situation"


def sae_followup_subject(c):
    p = c.patient(child=c.rng.random() < 0.3)
    t = c.trial_for(p)
    pi = c.pi(t)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    nm = c.name(p, style=c.pick([0, 5]))
    labs = c.lab(t["area"], 2)
    ev = c.sae(t["area"])
    med = c.meds(t["area"], 1)[0]
    prev = c.L(f"{coord[0]}, des nouvelles du participant admis pour {ev} ? Le promoteur attend le suivi. {pi[1]}",
               f"{coord[0]}, any news on the participant admitted with {ev}? Sponsor is waiting for the follow-up. {pi[1]}")
    if c.lang == "fr":
        subj = f"RE: Suivi EIG - {nm} ({t['code']})"
        body = (f"Dr {pi[1]},\n\nToujours hospitalisé(e) à l'étage. Ce matin : {labs[0]}, {labs[1]}. "
                f"{med} ajouté hier par l'équipe traitante. Congé prévu en fin de semaine. Je mets à jour le suivi no 2.\n\n"
                f"{coord[0]}\n\n" + quote(prev, "Dr " + pi[1], c.d(c.past(1, 3), 2), "fr"))
    else:
        subj = f"RE: SAE follow-up - {nm} ({t['code']})"
        body = (f"Dr {pi[1]},\n\nStill on the ward. This morning: {labs[0]}, {labs[1]}. {med} started yesterday by "
                f"the treating team. Discharge expected at the end of the week. I'll update follow-up #2.\n\n"
                f"{coord[0]}\n\n" + quote(prev, "Dr " + pi[1], c.d(c.past(1, 3), 2), "en"))
    m = Mail(c.lang, "sae", D.staff_addr(coord), [D.doc_addr(pi)], subj, body, in_reply_to=f"<eig.{c.idx}@{D.ORG['dom']}>")
    return "sae_followup", m, "SAE follow-up reply, name in subject"


def visit_schedule_xlsx(c):
    t = c.trial(c.pick(["cardio", "neuro", "endo", "nephro", "onco"]))
    n = c.rng.randrange(4, 8)
    people = [c.patient_for(t) for _ in range(n)]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    nurses = [D.STAFF[0], D.STAFF[8]]
    rows = [c.L(["Date", "Heure", "Participant", "Téléphone", "Visite", "À prévoir"],
                ["Date", "Time", "Participant", "Phone", "Visit", "Prep"])]
    for p in people:
        d = c.future(1, 14)
        rows.append([d.isoformat(), c.pick(["08:00", "09:30", "11:00", "13:30"]), c.name(p, style=c.pick([1, 8, 0])),
                     c.contact_phone(p), c.pick(["V2", "V3", "V6", "S12", "FU"]),
                     c.pick([c.L("perfusion", "infusion"), "ECG", c.L("bilan à jeun", "fasting labs")])])
    c.dx(t)
    att = A.xlsx(c.L(f"horaire_visites_{t['proto']}.xlsx", f"visit_schedule_{t['proto']}.xlsx"),
                 [(c.L("Visites", "Visits"), rows), ("Info", [[f"{t['code']} - {t['dx_fr'] if c.lang == 'fr' else t['dx_en']}"]])])
    body = c.L(f"Bonjour,\n\nHoraire des visites {t['code']} des deux prochaines semaines. Merci de confirmer vos présences.\n\n{coord[0]}",
               f"Hi,\n\n{t['code']} visit schedule for the next two weeks. Please confirm your availability.\n\n{coord[0]}")
    subj = c.L(f"Horaire visites {t['code']}", f"{t['code']} visit schedule")
    m = Mail(c.lang, "schedule", D.staff_addr(coord), [D.staff_addr(s) for s in nurses], subj, body, attachments=[att])
    return "visit_schedule", m, "participant visit schedule spreadsheet"


def withdrawal(c):
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    dm = D.STAFF[5]
    pi = c.pi(t)
    nm = c.name(p, style=c.pick([0, 1, 3, 6]), title=c.rng.random() < 0.4)
    c.types.add("social_information")
    dx = c.dx(t)
    if p.sex == "F":
        reason = c.pick([c.L("elle déménage en maison d'hébergement après une situation de violence à la maison",
                              "she is moving to a women's shelter after violence at home"),
                         c.L("elle a perdu son logement et vit temporairement chez des proches à Rimouski",
                             "she lost her housing and is staying with relatives in Rimouski"),
                         c.L("elle a reçu un diagnostic de dépression majeure et dit ne plus avoir l'énergie",
                             "she was diagnosed with major depression and says she no longer has the energy")])
    else:
        reason = c.pick([c.L("il vient d'être incarcéré pour une période de six mois",
                             "he has just been incarcerated for six months"),
                         c.L("il a perdu son logement et vit temporairement chez des proches à Rimouski",
                             "he lost his housing and is staying with relatives in Rimouski"),
                         c.L("il est devenu proche aidant de sa conjointe atteinte de démence",
                             "he has become the full-time caregiver of his wife, who has dementia")])
    if c.lang == "fr":
        subj = f"Retrait de consentement - {t['code']}"
        body = (f"Bonjour,\n\n{nm} se retire de {t['code']} ({dx}) à compter d'aujourd'hui : {reason}. Elle/il accepte "
                f"qu'on conserve les données recueillies jusqu'ici mais refuse le suivi téléphonique.\n\n"
                f"{dm[0]}, peux-tu fermer le dossier dans le CRFé ? Dr {pi[1]} en copie.\n\n{coord[0]}")
    else:
        subj = f"Consent withdrawal - {t['code']}"
        body = (f"Hi,\n\n{nm} is withdrawing from {t['code']} ({dx}) as of today: {reason}. They agree that data collected so "
                f"far can be kept but decline phone follow-up.\n\n{dm[0]}, can you close the eCRF casebook? Dr {pi[1]} cc'd.\n\n{coord[0]}")
    m = Mail(c.lang, "withdrawal", D.staff_addr(coord), [D.staff_addr(dm)], subj, body, cc=[D.doc_addr(pi)])
    return "withdrawal", m, "withdrawal of consent with social reason"


TEMPLATES = [research_unit_census, protocol_deviation, imaging_recist, gp_forward, audit_zip,
             participant_email_attached, quick_note, gp_letter_docx, pregnancy_report, unblinding,
             recruitment_callbacks, reimbursement_social, sae_followup_subject, visit_schedule_xlsx, withdrawal]
