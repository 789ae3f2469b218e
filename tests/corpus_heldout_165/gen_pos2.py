"""Positive scenarios, part 2: discharge, prescriptions, pathology, imaging,
transport, referrals, insurers and out-of-province / foreign patients."""
import datetime as dt

import gen_attach as A
from gen_posbase import (addr, dob, ident_lines, mrn, nam, nir, niss, nm, ohip,
                         pick, sexl, sin, surname_file, tel)
from gen_text import P, labs, med_name, proc_for

DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------ 8
def discharge(c, lang):
    r = c.rng
    p = pick(c, 0.5, min_age=25)
    sx = c.f.staff("surgeon")
    sec = c.f.staff("secretary")
    gp = c.f.staff("gp")
    pr = proc_for(r, p, emerg=True)
    proc, dx = P(pr, lang)
    fr = lang == "fr"
    c.types.update({"diagnosis", "medication"})
    adm = c.earlier(4, 12)
    out = c.earlier(1, 3)
    if out <= adm:
        out = adm + dt.timedelta(days=2)
    L = ident_lines(c, p, lang, mrn_p=0.95)
    lb = labs(r, lang, 3)
    c.types.add("lab_result")
    if fr:
        L += [f"Admission : {c.d(adm, lang, 'iso')}   Congé : {c.d(out, lang, 'iso')}",
              f"Médecin traitant : {sx.titled('fr')}",
              f"Diagnostic principal : {dx}",
              f"Intervention : {proc} le {c.d(adm + dt.timedelta(days=1), lang, 'iso')}",
              "Évolution : " + r.choice(["sans particularité, reprise de la diète J1.",
                                         "iléus postopératoire résolu J4, TNG retirée J5.",
                                         "fièvre J3, TDM sans collection, traitée par amoxicilline-clavulanate PO.",
                                         "rétention urinaire, sonde retirée J2 avec succès."]),
              "Labos au congé : " + ", ".join(lb),
              "Médication au congé : hydromorphone 1 mg PO q4h PRN (#20), acétaminophène 1 g QID, "
              + r.choice(["docusate 100 mg BID", "énoxaparine 40 mg SC DIE x 28 jours", "pantoprazole 40 mg DIE"]),
              f"Suivi : clinique de chirurgie dans {r.choice([2, 3, 4, 6])} semaines; retrait des agrafes au CLSC J10."]
        title = "Résumé de départ — Chirurgie générale"
    else:
        L += [f"Admitted: {c.d(adm, lang, 'iso')}   Discharged: {c.d(out, lang, 'iso')}",
              f"Attending: {sx.titled('en')}",
              f"Principal diagnosis: {dx}",
              f"Procedure: {proc} on {c.d(adm + dt.timedelta(days=1), lang, 'iso')}",
              "Course: " + r.choice(["uneventful, diet resumed POD1.",
                                     "post-op ileus resolved POD4, NG removed POD5.",
                                     "fever POD3, CT without collection, treated with oral amoxicillin-clavulanate.",
                                     "urinary retention, successful void trial POD2."]),
              "Labs at discharge: " + ", ".join(lb),
              "Discharge meds: hydromorphone 1 mg PO q4h PRN (#20), acetaminophen 1 g QID, "
              + r.choice(["docusate 100 mg BID", "enoxaparin 40 mg SC daily x 28 days", "pantoprazole 40 mg daily"]),
              f"Follow-up: surgery clinic in {r.choice([2, 3, 4, 6])} weeks; staples out at CLSC on day 10."]
        title = "Discharge summary - General Surgery"
    fnc = surname_file(p, r)
    fn = (("Resume_depart_" if r.random() < 0.5 else "Résumé_de_départ_") if fr else "Discharge_summary_") + fnc + ".pdf"
    atts = [dict(kind="pdf", fn=fn, ct="application/pdf",
                 data=A.pdf(title, L, compress=r.random() < 0.5, footer=f"{sx.titled(lang)} — CHDR"))]
    if fr:
        txt = [c.hello(lang, gp), f"Veuillez trouver ci-joint le résumé de départ de votre patient{'e' if p.sex == 'F' else ''}, "
               f"{nm(c, p, lang, r.choice(['title', 'full', 'title_sur']))}, opéré{'e' if p.sex == 'F' else ''} par {sx.titled('fr')}.",
               r.choice(["Merci d'assurer le suivi de la glycémie, l'hypoglycémiant a été ajusté.",
                         "Un rendez-vous en clinique externe lui sera donné par téléphone.",
                         "La pathologie est en attente; nous vous la ferons suivre."])]
        subj = r.choice(["Résumé de départ", f"Résumé de départ – {p.surname.upper()}", "Suivi post-hospitalisation"])
    else:
        txt = [c.hello(lang, gp), f"Please find attached the discharge summary for your patient "
               f"{nm(c, p, lang, r.choice(['title', 'full', 'title_sur']))}, operated by {sx.titled('en')}.",
               r.choice(["Please follow blood glucose, the oral agent was adjusted.",
                         "A clinic appointment will be given by phone.",
                         "Pathology is pending; we will forward it."])]
        subj = r.choice(["Discharge summary", f"Discharge summary - {p.surname.upper()}", "Post-hospital follow-up"])
    if p.surname.upper() in subj:
        c.types.add("patient_name")
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:])), ("p", c.bye(lang)), ("sig", c.sig(sec, lang))]
    spec = c.spec(lang, sec, [gp], subj, blocks, atts=atts)
    return dict(spec=spec, cat="discharge", note="discharge summary PDF sent to family physician")


# ------------------------------------------------------------------ 9
def pharmacy_rx(c, lang):
    r = c.rng
    p = pick(c, 0.55, min_age=19)
    sx = c.f.staff(r.choice(["surgeon", "resident"]))
    fr = lang == "fr"
    pharm = ("Pharmacie du Bourg", "ordonnances@pharmaciedubourg.example") if r.random() < 0.5 else \
        ("Pharmacie Lac-Argent", "rx@pharmacie-lacargent.example")
    pr = proc_for(r, p)
    proc, dx = P(pr, lang)
    c.types.update({"medication", "patient_contact"})
    if fr:
        L = [f"Patient : {nm(c, p, lang, r.choice(['upper_comma', 'full', 'title']))}",
             f"DDN : {dob(c, p, lang)}"]
        if p.holder:
            L += [f"NAM : {nam(c, p)}", sexl(c, p, lang)]
        L += [f"Adresse : {addr(c, p, lang)}", f"Tél. : {tel(c, p)}", "",
              "Rx :",
              "1. Hydromorphone 1 mg co : 1 à 2 co PO q4h PRN douleur — Qté : 20 co (vingt), aucun renouvellement",
              "2. Acétaminophène 500 mg : 2 co PO QID x 7 jours",
              "3. " + ("Énoxaparine 40 mg SC DIE x 28 jours (prophylaxie post-chirurgie oncologique)" if pr[6] == "onco" else
                       r.choice(["Docusate sodique 100 mg : 1 co PO BID tant que sous opioïde",
                                 "Céphalexine 500 mg PO QID x 5 jours",
                                 "Ondansétron 4 mg PO q8h PRN nausées, #10"])),
              "", f"Indication : post-op {proc}"]
        c.types.add("diagnosis")
        txt = [c.hello(lang), "Voici l'ordonnance de départ, l'original signé suit par télécopieur."
               if r.random() < 0.5 else "Ordonnance de congé ci-dessous. Merci de préparer pour cet après-midi, la famille passera vers 16 h."]
        subj = r.choice(["Ordonnance de départ", f"Rx – {p.surname}", "Ordonnance à préparer"])
    else:
        L = [f"Patient: {nm(c, p, lang, r.choice(['upper_comma', 'full', 'title']))}",
             f"DOB: {dob(c, p, lang)}"]
        if p.holder:
            L += [f"RAMQ: {nam(c, p)}", sexl(c, p, lang)]
        L += [f"Address: {addr(c, p, lang)}", f"Phone: {tel(c, p)}", "",
              "Rx:",
              "1. Hydromorphone 1 mg tab: 1-2 tabs PO q4h PRN pain - Qty: 20 (twenty), no refills",
              "2. Acetaminophen 500 mg: 2 tabs PO QID x 7 days",
              "3. " + ("Enoxaparin 40 mg SC daily x 28 days (post-cancer surgery prophylaxis)" if pr[6] == "onco" else
                       r.choice(["Docusate 100 mg PO BID while on opioids",
                                 "Cephalexin 500 mg PO QID x 5 days",
                                 "Ondansetron 4 mg PO q8h PRN nausea, #10"])),
              "", f"Indication: post-op {proc}"]
        c.types.add("diagnosis")
        txt = [c.hello(lang), "Discharge prescription below; signed original to follow by fax."
               if r.random() < 0.5 else "Discharge Rx below. Please have it ready this afternoon, family will pick up around 4 pm."]
        subj = r.choice(["Discharge prescription", f"Rx - {p.surname}", "Prescription to prepare"])
    if p.surname in subj:
        c.types.add("patient_name")
    blocks = [("p", txt[0]), ("p", txt[1]), ("pre" if r.random() < 0.4 else "p", "\n".join(L)),
              ("p", c.bye(lang)), ("sig", c.sig(sx, lang, short=False))]
    spec = c.spec(lang, sx, [pharm], subj, blocks)
    return dict(spec=spec, cat="pharmacy_rx", note="discharge prescription e-mailed to a community pharmacy")


# ------------------------------------------------------------------ 10
PATHO_FR = [("adénocarcinome moyennement différencié, pT3 pN1a (1/19), marges R0, MMR conservé", "rhemi"),
            ("carcinome canalaire infiltrant grade 2, 1,8 cm, marges négatives (2 mm), GS 0/2", "breast"),
            ("cholécystite chronique lithiasique, absence de dysplasie", "chole"),
            ("appendicite aiguë suppurée avec périappendicite", "appy"),
            ("carcinome papillaire de la thyroïde, 1,2 cm, variante classique, sans extension extrathyroïdienne", "thyro"),
            ("diverticulite avec abcès péricolique, pas de néoplasie", "sigmoid")]
PATHO_EN = ["moderately differentiated adenocarcinoma, pT3 pN1a (1/19), R0, MMR proficient",
            "invasive ductal carcinoma grade 2, 1.8 cm, margins negative (2 mm), SLN 0/2",
            "chronic calculous cholecystitis, no dysplasia",
            "acute suppurative appendicitis with periappendicitis",
            "papillary thyroid carcinoma, 1.2 cm, classic variant, no extrathyroidal extension",
            "diverticulitis with pericolic abscess, no malignancy"]


def pathology(c, lang):
    r = c.rng
    sec = c.f.staff("secretary")
    sx = c.f.staff("surgeon")
    fr = lang == "fr"
    while True:
        i = r.randrange(len(PATHO_FR))
        p = pick(c, 0.3, min_age=30)
        if PATHO_FR[i][1] == "breast" and p.sex != "F":
            continue
        break
    res = PATHO_FR[i][0] if fr else PATHO_EN[i]
    c.types.update({"diagnosis", "lab_result"})
    spec_no = f"S25-{r.randrange(1000, 9999)}"
    name_in_subject = r.random() < 0.3
    if fr:
        b = [f"Le rapport de pathologie {spec_no} est sorti pour "
             + (f"{nm(c, p, lang)} (dossier {mrn(c, p)})" if not name_in_subject else f"le dossier {mrn(c, p)}") + " :",
             f"« {res} »",
             r.choice(["Je lui ai donné un rendez-vous le " + c.d(c.later(3, 15), lang, 'long') + " à 13 h 30 pour l'annonce.",
                       "Voulez-vous que je le présente au comité des tumeurs de mercredi ?",
                       "Le médecin de famille a demandé une copie, je l'envoie ?"])]
        subj = (f"Pathologie {spec_no} – {nm(c, p, lang, r.choice(['upper_comma', 'sur_first']))}" if name_in_subject
                else r.choice([f"Résultat de pathologie {spec_no}", "Patho sortie", "Rapport patho à réviser"]))
    else:
        b = [f"Pathology report {spec_no} is out for "
             + (f"{nm(c, p, lang)} (MRN {mrn(c, p)})" if not name_in_subject else f"MRN {mrn(c, p)}") + ":",
             f"\"{res}\"",
             r.choice(["I booked the results visit on " + c.d(c.later(3, 15), lang, 'long') + " at 1:30 pm.",
                       "Do you want it on Wednesday's tumour board?",
                       "The family doctor asked for a copy, shall I send it?"])]
        subj = (f"Pathology {spec_no} - {nm(c, p, lang, r.choice(['upper_comma', 'sur_first']))}" if name_in_subject
                else r.choice([f"Pathology result {spec_no}", "Path is back", "Path report to review"]))
    if p.holder:
        b.insert(1, (f"(DDN {dob(c, p, lang)}, NAM {nam(c, p)}, {sexl(c, p, lang)})" if fr else
                     f"(DOB {dob(c, p, lang)}, RAMQ {nam(c, p)}, {sexl(c, p, lang)})"))
        if name_in_subject:
            b.insert(1, nm(c, p, lang, "full"))
    blocks = [("p", c.hello(lang, sx)), ("p", "\n".join(b)), ("p", c.bye(lang)), ("sig", c.sig(sec, lang))]
    spec = c.spec(lang, sec, [sx], subj, blocks)
    return dict(spec=spec, cat="pathology", note="pathology result relayed to the surgeon")


# ------------------------------------------------------------------ 11
def imaging(c, lang):
    r = c.rng
    p = pick(c, 0.25, min_age=25)
    res_ = c.f.staff("resident")
    sx = c.f.staff("surgeon")
    fr = lang == "fr"
    c.types.update({"diagnosis", "lab_result"})
    pod = r.randrange(3, 9)
    size = r.randrange(3, 9)
    ct = (f"TDM abdo J{pod} : collection de {size},{r.randrange(10)} x {size - 1},{r.randrange(10)} cm "
          f"{r.choice(['dans le lit vésiculaire', 'pelvienne', 'sous-hépatique', 'en FID'])}, pas d'air libre."
          if fr else
          f"CT abdo POD{pod}: {size}.{r.randrange(10)} x {size - 1}.{r.randrange(10)} cm collection "
          f"{r.choice(['in the gallbladder fossa', 'in the pelvis', 'subhepatic', 'in the RLQ'])}, no free air.")
    lb = labs(r, lang, 2)
    subj_only = r.random() < 0.4
    who = nm(c, p, lang, r.choice(["sur_first", "upper_comma", "title_sur", "full"]))
    if fr:
        b = [ct, "GB et CRP : " + ", ".join(lb) + ".",
             r.choice(["J'ai appelé la radio d'intervention pour un drain demain matin, il faut ton OK.",
                       "Je propose de poursuivre pip-tazo et de demander un drain percutané.",
                       "On en parle à la tournée ? La famille pose beaucoup de questions."])]
        subj = f"{who} – TDM" if subj_only else r.choice(["TDM post-op", "Résultat TDM — collection", "Question drain"])
        if not subj_only:
            b.insert(0, f"Pour {who}" + (f" (ch. {r.randrange(501, 540)}, dossier {mrn(c, p)})" if r.random() < 0.6 else "") + " :")
    else:
        b = [ct, "WBC/CRP: " + ", ".join(lb) + ".",
             r.choice(["I called IR for a drain tomorrow morning, need your OK.",
                       "Suggest continuing pip-tazo and asking for a percutaneous drain.",
                       "Discuss at rounds? Family has lots of questions."])]
        subj = f"{who} - CT" if subj_only else r.choice(["Post-op CT", "CT result - collection", "Drain question"])
        if not subj_only:
            b.insert(0, f"Re {who}" + (f" (rm {r.randrange(501, 540)}, MRN {mrn(c, p)})" if r.random() < 0.6 else "") + ":")
    if "pip-tazo" in b[-1]:
        c.types.add("medication")
    if p.holder:
        b.append((f"DDN {dob(c, p, lang)} / NAM {nam(c, p)} / {sexl(c, p, lang)} / {nm(c, p, lang, 'full')}"))
    blocks = [("p", c.hello(lang, sx)), ("p", "\n".join(b)), ("sig", c.sig(res_, lang, short=True))]
    spec = c.spec(lang, res_, [sx], subj, blocks)
    return dict(spec=spec, cat="imaging_followup",
                note="post-op CT result and drain plan" + (" (name in Subject)" if subj_only else ""))


# ------------------------------------------------------------------ 12
def transport(c, lang):
    r = c.rng
    p = pick(c, 0.6, min_age=40)
    nurse = c.f.staff("or_nurse")
    fr = lang == "fr"
    pr = proc_for(r, p)
    proc, dx = P(pr, lang)
    c.types.update({"diagnosis"})
    when = c.later(1, 10)
    L = ident_lines(c, p, lang, mrn_p=0.6, style=r.choice(["upper_comma", "full", "title"]))
    if fr:
        L += [f"Date : {c.day(when, lang)} — prise en charge {r.choice(['6 h 15', '6 h 45', '10 h 30', '13 h'])}",
              f"De : {addr(c, p, lang)}" if r.random() < 0.6 else "De : CHSLD des Trembles, 3e étage",
              f"À : {r.choice(['Centre ambulatoire Sainte-Odile, porte 2', 'Hôpital de Val-Brûlé, admission bloc (2e)'])}",
              f"Motif : {proc} — {dx}",
              "Mobilité : " + r.choice(["civière", "fauteuil roulant", "marche avec déambulateur"]),
              r.choice(["O2 2 L/min par lunette", "Pas d'oxygène", "Isolement contact (ERV)"]),
              "Retour prévu le même jour" if r.random() < 0.5 else "Retour à confirmer (admission possible)",
              f"Contact : {tel(c, p)} ({r.choice(['fille', 'conjoint', 'fils', 'elle-même', 'lui-même'])})"]
        subj = r.choice(["Demande de transport ambulancier", f"Transport {c.d(when, lang, 'iso')}", "Transport adapté — chirurgie"])
        head = "Bonjour, SVP organiser le transport suivant :"
    else:
        L += [f"Date: {c.day(when, lang)} - pickup {r.choice(['6:15', '6:45', '10:30', '13:00'])}",
              f"From: {addr(c, p, lang)}" if r.random() < 0.6 else "From: Trembles long-term care, 3rd floor",
              f"To: {r.choice(['Sainte-Odile ambulatory centre, door 2', 'Val-Brûlé Hospital, OR admitting (2nd floor)'])}",
              f"Reason: {proc} - {dx}",
              "Mobility: " + r.choice(["stretcher", "wheelchair", "walker"]),
              r.choice(["O2 2 L/min NP", "No oxygen", "Contact precautions (VRE)"]),
              "Same-day return" if r.random() < 0.5 else "Return TBC (possible admission)",
              f"Contact: {tel(c, p)} ({r.choice(['daughter', 'spouse', 'son', 'self'])})"]
        subj = r.choice(["Ambulance transport request", f"Transport {c.d(when, lang, 'iso')}", "Patient transport - surgery"])
        head = "Hello, please arrange the following transport:"
    blocks = [("p", head), ("p", "\n".join(L)), ("p", c.bye(lang)), ("sig", c.sig(nurse, lang))]
    to = ("Centrale transport", "transport@chdr.example")
    spec = c.spec(lang, nurse, [to], subj, blocks)
    return dict(spec=spec, cat="transport", note="ambulance transport request for a surgical patient")


# ------------------------------------------------------------------ 13
def referral(c, lang):
    r = c.rng
    p = pick(c, 0.5, min_age=25)
    gp = c.f.staff("gp")
    sec = c.f.staff("secretary")
    fr = lang == "fr"
    pr = proc_for(r, p, onco=False)
    proc, dx = P(pr, lang)
    c.types.update({"diagnosis", "medication"})
    meds = [med_name(m, lang, r) + " " + (m[3] if fr else m[4]) for m in
            r.sample([m for m in __import__('gen_text').MEDS if m[2] not in ('immuno',)], 3)]
    only_att = r.random() < 0.5
    L = ident_lines(c, p, lang, mrn_p=0.2)
    if fr:
        L += [f"Adresse : {addr(c, p, lang)}", f"Téléphone : {tel(c, p)}",
              f"Motif de consultation : {dx}",
              "Histoire : " + HIST_FR[_hist_key(pr)],
              "Investigation : " + WORK_FR[_hist_key(pr)].replace("{d}", c.d(c.earlier(20, 90), lang, "iso")),
              "Médication : " + "; ".join(meds),
              f"Priorité demandée : {r.choice(['B (≤ 10 jours)', 'C (≤ 28 jours)', 'D (≤ 3 mois)', 'E (≤ 12 mois)'])}"]
        title = "Demande de consultation — Chirurgie générale"
        body = ("Bonjour,\n\nVeuillez trouver ci-joint une demande de consultation en chirurgie générale."
                if only_att else
                f"Bonjour,\n\nJe vous réfère {nm(c, p, lang)} pour évaluation chirurgicale. Le formulaire est joint.")
        subj = "Demande de consultation" if only_att else f"Référence chirurgie – {p.surname}"
        fn = "Demande_consultation_" + (c.today.strftime("%Y%m%d") if only_att else surname_file(p, r)) + ".pdf"
    else:
        L += [f"Address: {addr(c, p, lang)}", f"Phone: {tel(c, p)}",
              f"Reason for referral: {dx}",
              "History: " + HIST_EN[_hist_key(pr)],
              "Workup: " + WORK_EN[_hist_key(pr)].replace("{d}", c.d(c.earlier(20, 90), lang, "iso")),
              "Medications: " + "; ".join(meds),
              f"Requested priority: {r.choice(['B (<=10 days)', 'C (<=28 days)', 'D (<=3 months)', 'E (<=12 months)'])}"]
        title = "Consultation request - General Surgery"
        body = ("Hello,\n\nPlease find attached a general surgery consultation request."
                if only_att else
                f"Hello,\n\nI am referring {nm(c, p, lang)} for surgical assessment. Form attached.")
        subj = "Consultation request" if only_att else f"Surgery referral - {p.surname}"
        fn = "Referral_" + (c.today.strftime("%Y%m%d") if only_att else surname_file(p, r)) + ".pdf"
    if p.surname in subj:
        c.types.add("patient_name")
    atts = [dict(kind="pdf", fn=fn, ct="application/pdf",
                 data=A.pdf(title, L, compress=r.random() < 0.5, header=f"{gp.titled(lang)} — GMF de la Rivière"))]
    blocks = [("p", body), ("sig", c.sig(gp, lang))]
    spec = c.spec(lang, gp, [("Chirurgie générale - CRDS" if fr else "General Surgery referrals", "crds.chirurgie@chdr.example")],
                  subj, blocks, cc=[sec] if r.random() < 0.3 else None, atts=atts)
    return dict(spec=spec, cat="referral",
                note="GP referral to general surgery" + (" (identity only in attached PDF)" if only_att else ""))


def _hist_key(pr):
    k = pr[0]
    if k.startswith("chole"):
        return "gb"
    if k in ("ing", "ing_bil", "umb", "incis", "ped_ing", "ped_umb"):
        return "hernia"
    if k in ("hemo", "fistula", "pilo"):
        return "ano"
    return "other"


HIST_FR = {"gb": "douleurs post-prandiales récidivantes de l'hypocondre droit depuis 6 mois, 2 visites à l'urgence.",
           "hernia": "masse réductible augmentant à l'effort, gêne au travail (manutentionnaire).",
           "ano": "douleur et écoulement intermittents, rectorragies à la défécation.",
           "other": "symptômes depuis plusieurs mois, voir la note jointe du dernier suivi."}
HIST_EN = {"gb": "recurrent post-prandial RUQ pain for 6 months, 2 ED visits.",
           "hernia": "reducible bulge worse with exertion, limits work (warehouse).",
           "ano": "intermittent pain and discharge, bleeding with defecation.",
           "other": "symptoms for several months, see last follow-up note attached."}
WORK_FR = {"gb": "écho abdo du {d} : multiples calculs, paroi 3 mm", "hernia": "examen clinique seulement",
           "ano": "coloscopie 2024 normale hormis hémorroïdes", "other": "TDM du {d} jointe au dossier"}
WORK_EN = {"gb": "US abdo {d}: multiple stones, wall 3 mm", "hernia": "clinical exam only",
           "ano": "2024 colonoscopy normal apart from hemorrhoids", "other": "CT of {d} on file"}


# ------------------------------------------------------------------ 14
INSURERS = [("Assurances Boréal Vie — Réclamations invalidité", "invalidite@borealvie.example"),
            ("Great Northern Mutual - Disability Claims", "claims@greatnorthern-mutual.example"),
            ("Mutuelle des Laurentides — Prestations", "prestations@mutuelle-laurentides.example")]


def insurer_form(c, lang):
    r = c.rng
    p = pick(c, 0.3, min_age=25, max_age=63)
    sx = c.f.staff("surgeon")
    sec = c.f.staff("secretary")
    fr = lang == "fr"
    pr = proc_for(r, p, emerg=True)
    proc, dx = P(pr, lang)
    c.types.update({"diagnosis"})
    opd = c.earlier(5, 40)
    rtw = opd + dt.timedelta(weeks=r.choice([2, 4, 6, 8]))
    claim = f"{r.choice(['INV', 'DC', 'CL'])}-{r.randrange(100000, 999999)}"
    if fr:
        L = [f"Réclamation no {claim}", f"Nom de l'assuré(e) : {nm(c, p, lang, 'upper_comma')}",
             f"Date de naissance : {dob(c, p, lang)}", f"NAS : {sin(c, p)}"]
        if p.holder:
            L += [f"NAM : {nam(c, p)}", sexl(c, p, lang)]
        L += [f"Employeur : {r.choice(['Scierie Boréale inc.', 'Commission scolaire des Monts', 'Transport Riverin'])}",
              f"Diagnostic : {dx}", f"Chirurgie : {proc}, le {c.d(opd, lang, 'long')}",
              f"Arrêt de travail du {c.d(opd, lang, 'iso')} au {c.d(rtw, lang, 'iso')} (retour progressif à réévaluer)",
              "Restrictions : aucun soulèvement > 10 kg pendant 6 semaines"]
        title = "Attestation du médecin traitant — invalidité de courte durée"
        txt = [c.hello(lang), "Vous trouverez ci-joint l'attestation médicale complétée et signée pour votre assuré(e)."
               if r.random() < 0.5 else "Voici le formulaire rempli par le chirurgien.",
               f"Réf. : réclamation {claim}"]
        subj = f"Réclamation {claim} – attestation médicale"
        fn = f"Attestation_invalidite_{claim}.pdf"
    else:
        L = [f"Claim no. {claim}", f"Insured member: {nm(c, p, lang, 'upper_comma')}",
             f"Date of birth: {dob(c, p, lang)}", f"SIN: {sin(c, p)}"]
        if p.holder:
            L += [f"RAMQ: {nam(c, p)}", sexl(c, p, lang)]
        L += [f"Employer: {r.choice(['Boreal Sawmill Inc.', 'Mountains School Board', 'Riverin Transport'])}",
              f"Diagnosis: {dx}", f"Surgery: {proc} on {c.d(opd, lang, 'long')}",
              f"Off work from {c.d(opd, lang, 'iso')} to {c.d(rtw, lang, 'iso')} (graduated return to be reassessed)",
              "Restrictions: no lifting > 10 kg for 6 weeks"]
        title = "Attending Physician Statement - Short-Term Disability"
        txt = [c.hello(lang), "Please find attached the completed and signed attending physician statement."
               if r.random() < 0.5 else "Here is the form completed by the surgeon.",
               f"Ref.: claim {claim}"]
        subj = f"Claim {claim} - attending physician statement"
        fn = f"APS_{claim}.pdf"
    c.types.add("patient_name")
    kind = r.choice(["pdf", "docx", "body"])
    atts = []
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:]))]
    if kind == "pdf":
        atts.append(dict(kind="pdf", fn=fn, ct="application/pdf", data=A.pdf(title, L, compress=True)))
    elif kind == "docx":
        atts.append(dict(kind="docx", fn=fn.replace(".pdf", ".docx"), ct=DOCX_CT, data=A.docx(title, L)))
    else:
        blocks.append(("p", "\n".join(L)))
    blocks += [("p", c.bye(lang)), ("sig", c.sig(sec, lang))]
    ins = INSURERS[1] if not fr else r.choice([INSURERS[0], INSURERS[2]])
    spec = c.spec(lang, sec, [ins], subj, blocks, atts=atts)
    return dict(spec=spec, cat="insurer_form", note="disability insurer form with SIN after surgery")


# ------------------------------------------------------------------ 15
def ohip_patient(c, lang):
    r = c.rng
    p = c.f.patient(min_age=25)
    p.addr_on = f"{r.randrange(10, 900)} {r.choice(['Riverside Drive', 'Concession Road 4', 'Queen Street'])}, " \
                f"{r.choice(['Hawkesbury Ridge', 'Vankleek Flats', 'Rockland Mills'])}, ON  K0B {r.randrange(1, 9)}A{r.randrange(1, 9)}"
    bill = ("Facturation hors Québec", "facturation.hq@chdr.example")
    sec = c.f.staff("secretary")
    fr = lang == "fr"
    pr = proc_for(r, p, emerg=True)
    proc, dx = P(pr, lang)
    c.types.update({"diagnosis", "patient_name"})
    opd = c.earlier(1, 20)
    if fr:
        L = [f"Patient{'e' if p.sex == 'F' else ''} : {nm(c, p, lang, r.choice(['upper_comma', 'full']))}",
             f"Carte santé Ontario : {ohip(c, p)}", f"DDN : {dob(c, p, lang)}",
             f"Adresse : {p.addr_on}", f"Dossier CHDR : {mrn(c, p)}",
             f"Épisode : {proc} ({dx}) le {c.d(opd, lang, 'iso')}, séjour de {r.randrange(1, 5)} jour(s)"]
        c.types.add("patient_contact")
        txt = [c.hello(lang), "Patient ontarien opéré chez nous, les formulaires de facturation interprovinciale sont à compléter.",
               r.choice(["La carte était expirée à l'admission, le patient a envoyé une photo de la nouvelle (nouveau code de version).",
                         "Merci de vérifier l'admissibilité avant la soumission."])]
        subj = r.choice(["Patient hors province — Ontario", "Facturation interprovinciale", f"Hors Québec – {p.surname}"])
    else:
        L = [f"Patient: {nm(c, p, lang, r.choice(['upper_comma', 'full']))}",
             f"Ontario health card: {ohip(c, p)}", f"DOB: {dob(c, p, lang)}",
             f"Address: {p.addr_on}", f"CHDR chart: {mrn(c, p)}",
             f"Episode: {proc} ({dx}) on {c.d(opd, lang, 'iso')}, {r.randrange(1, 5)}-day stay"]
        c.types.add("patient_contact")
        txt = [c.hello(lang), "Ontario patient operated here; reciprocal billing forms need to be completed.",
               r.choice(["Card was expired on admission, the patient sent a photo of the new one (new version code).",
                         "Please check eligibility before submitting."])]
        subj = r.choice(["Out-of-province patient - Ontario", "Reciprocal billing", f"Out of province - {p.surname}"])
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:])), ("pre" if r.random() < 0.3 else "p", "\n".join(L)),
              ("p", c.bye(lang)), ("sig", c.sig(sec, lang))]
    spec = c.spec(lang, sec, [bill], subj, blocks)
    return dict(spec=spec, cat="out_of_province", note="Ontario patient billing with health card number")


# ------------------------------------------------------------------ 16
def belgian_patient(c, lang):
    r = c.rng
    p = c.f.foreign("be")
    sx = c.f.staff("surgeon")
    fr = lang == "fr"
    c.types.update({"patient_name", "diagnosis", "date_of_birth"})
    opd = c.earlier(1, 6)
    dx = r.choice([("appendicite aiguë perforée", "perforated acute appendicitis", "appendicectomie laparoscopique", "laparoscopic appendectomy"),
                   ("cholécystite aiguë", "acute cholecystitis", "cholécystectomie laparoscopique", "laparoscopic cholecystectomy"),
                   ("hernie inguinale étranglée", "strangulated inguinal hernia", "cure de hernie en urgence", "emergency hernia repair")])
    dossier = f"AS-{r.randrange(2025000, 2025999)}"
    assist = ("Euro-Assist Mutualité — Service médical", "medical@euroassist-mutualite.example")
    if fr:
        b = [c.hello(lang), f"Suite à votre appel concernant votre dossier {dossier} :",
             f"{nm(c, p, lang, r.choice(['title', 'upper_comma']))}, né{'e' if p.sex == 'F' else ''} le {dob(c, p, lang, 'dmy')}, "
             f"NISS {niss(c, p)}, a été opéré{'e' if p.sex == 'F' else ''} le {c.d(opd, lang, 'long')} pour {dx[0]} ({dx[2]}).",
             r.choice(["Les suites sont simples. Apte au vol en classe économique à partir de J+7, sans accompagnement médical.",
                       "Il persiste un iléus; nous ne recommandons pas de rapatriement avant la reprise du transit.",
                       "Antibiothérapie IV jusqu'à demain puis relais PO (amoxicilline-clavulanate) pour 5 jours."]),
             f"Chambre {r.randrange(501, 540)}, joignable au {tel(c, p, 'cell')} (cellulaire belge avec forfait itinérance)."]
        subj = f"Votre dossier {dossier} — rapatriement"
    else:
        b = [c.hello(lang), f"Following your call about case {dossier}:",
             f"{nm(c, p, lang, r.choice(['title', 'upper_comma']))}, born {dob(c, p, lang, 'dmy')}, "
             f"Belgian national number {niss(c, p)}, had surgery on {c.d(opd, lang, 'long')} for {dx[1]} ({dx[3]}).",
             r.choice(["Uneventful recovery. Fit to fly economy from POD7, no medical escort needed.",
                       "Persistent ileus; we do not recommend repatriation until bowel function returns.",
                       "IV antibiotics until tomorrow then oral amoxicillin-clavulanate for 5 days."]),
             f"Room {r.randrange(501, 540)}, reachable on {tel(c, p, 'cell')} (roaming)."]
        subj = f"Your case {dossier} - repatriation"
    if "amoxicil" in b[3]:
        c.types.add("medication")
    blocks = [("p", b[0]), ("p", "\n".join(b[1:])), ("p", c.bye(lang)), ("sig", c.sig(sx, lang))]
    spec = c.spec(lang, sx, [assist], subj, blocks)
    return dict(spec=spec, cat="foreign_patient_be", note="Belgian tourist operated, report to assistance insurer")


# ------------------------------------------------------------------ 17
def french_patient(c, lang):
    r = c.rng
    p = c.f.foreign("fr")
    sec = c.f.staff("secretary")
    sx = c.f.staff("surgeon")
    fr = lang == "fr"
    c.types.update({"patient_name", "diagnosis"})
    opd = c.earlier(2, 20)
    dx = r.choice([("cholécystite aiguë lithiasique", "acute calculous cholecystitis"),
                   ("occlusion sur bride", "adhesive small-bowel obstruction"),
                   ("abcès de la marge anale", "perianal abscess")])
    to = (f"Dr {r.choice(['Hervé Le Bihan', 'Odile Marchetti', 'Yannick Perrot'])}", "cabinet.medical@sante-bretagne.example")
    L = ([f"Patient{'e' if p.sex == 'F' else ''} : {nm(c, p, lang, 'upper_first')}",
          f"N° de sécurité sociale : {nir(c, p)}", f"Né{'e' if p.sex == 'F' else ''} le : {dob(c, p, lang, 'dmy')}",
          f"Diagnostic : {dx[0]}", f"Intervention le {c.d(opd, lang, 'iso')}",
          "Traitement de sortie : paracétamol 1 g x 4/j, " + r.choice(["tramadol 50 mg si besoin", "oxycodone 5 mg si besoin"])]
         if fr else
         [f"Patient: {nm(c, p, lang, 'upper_first')}", f"French social security no.: {nir(c, p)}",
          f"DOB: {dob(c, p, lang, 'dmy')}", f"Diagnosis: {dx[1]}", f"Surgery on {c.d(opd, lang, 'iso')}",
          "Discharge meds: acetaminophen 1 g QID, " + r.choice(["tramadol 50 mg PRN", "oxycodone 5 mg PRN"])])
    c.types.update({"date_of_birth", "medication"})
    as_att = r.random() < 0.5
    if fr:
        txt = [f"Bonjour Docteur,", "À la demande de votre patient" + ("e" if p.sex == "F" else "") +
               ", en séjour d'études au Québec, voici le compte rendu de son hospitalisation" +
               (" (pièce jointe)." if as_att else " :")]
        subj = "Compte rendu d'hospitalisation — patient" + ("e" if p.sex == "F" else "") + " en séjour au Canada"
        title = "Compte rendu d'hospitalisation"
    else:
        txt = ["Dear Doctor,", "At your patient's request (student currently in Quebec), here is the hospital report" +
               (" (attached)." if as_att else ":")]
        subj = "Hospital report - patient staying in Canada"
        title = "Hospital report"
    blocks = [("p", "\n\n".join(txt))]
    atts = []
    if as_att:
        atts.append(dict(kind="pdf", fn=("CR_" if fr else "Report_") + surname_file(p, r) + ".pdf", ct="application/pdf",
                         data=A.pdf(title, L, compress=r.random() < 0.5)))
    else:
        blocks.append(("p", "\n".join(L)))
    blocks += [("p", "Confraternellement," if fr else "Kind regards,"), ("sig", c.sig(sx, lang, short=False))]
    spec = c.spec(lang, sec, [to], subj, blocks, atts=atts)
    return dict(spec=spec, cat="foreign_patient_fr", note="hospital report for a French patient with NIR")
