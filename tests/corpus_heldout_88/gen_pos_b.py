"""Confidential messages, part B: vendors (delivery, pick-up, vCards), asthma
and COPD education, pulmonary rehab, patients' own mail, quoted replies,
pharmacy, social situations."""
import datetime

from gen_attach import make_pdf, make_vcard, make_xlsx
from gen_base import (Msg, closing, dr_addr, forward_block, greet, later, msg_date,
                      person_addr, signature, with_quote)
from gen_clin import DEVICE_MODELS, MASKS, MASKS_EN, dx, med, pft, six_mwt
from gen_mime import build
from gen_util import age_of, disguise_nam, dr, email_of, fdate, pname, strip_accents, title


def ne(p):
    return "née" if p["sex"] == "F" else "né"


def il(p):
    return "Elle" if p["sex"] == "F" else "Il"


PERSONAL_DOMAINS = ["videotron.example", "bell.example", "hotmail.example", "gmail.example",
                    "sympatico.example", "cgocable.example"]


# ------------------------------------------------------------------ 11
def vendor_delivery(ctx, rng, lang):
    m = Msg(lang, "vendor_delivery", "installation request to vendor with patient's address and therapy")
    use_nam = rng.random() < 0.45
    p = ctx.nam_holder(rng, 18) if use_nam else ctx.patient(rng, lang, 25, 90)
    st = ctx.staff(rng, lang, "rt")
    v = ctx.vendor(rng)
    date = msg_date(rng)
    inst = later(rng, date, 1, 10)
    kind = rng.choice(["cpap", "o2", "bipap"])
    m.t("patient_name", "patient_contact", "diagnosis")
    if use_nam:
        m.nam(p)
    nm = pname(rng, p, lang)
    extra_fr = rng.choice(["", "Accès par la porte arrière, chien dans la cour.",
                           "Le patient est malentendant : appeler sa fille au %s." % ctx.patient(rng, lang)["phone"],
                           "Deuxième étage sans ascenseur, prévoir le chariot.", ""])
    extra_en = rng.choice(["", "Use the back door, dog in the yard.", "Patient is hard of hearing: call the daughter first.", ""])
    if lang == "fr":
        what = {"cpap": "APAP %s, pression 6-14 cmH2O, %s, humidificateur" % (rng.choice(DEVICE_MODELS[:3]), rng.choice(MASKS)),
                "o2": "concentrateur 5 L à %s L/min 24 h/24 + 4 bouteilles M6 et chariot" % rng.choice(["1", "2", "2,5", "3"]),
                "bipap": "BiPAP ST %s avec masque facial, humidificateur chauffant" % rng.choice(["Lumis 150", "Prisma SMART max"])}[kind]
        dk = {"cpap": "osa_sev", "o2": "copd_sev", "bipap": "ohs"}[kind]
        subj = rng.choice(["Demande d'installation", "Installation %s - %s" % (kind.upper(), p["surname"]),
                           "Nouvelle installation à domicile", "Bon de livraison - nouveau patient"])
        body = "%s\n\nMerci de procéder à l'installation suivante :\n\n" % greet(rng, lang, v["given"])
        body += "Patient : %s\n" % nm
        if use_nam:
            body += "NAM : %s\n" % disguise_nam(rng, p["nam"])
        body += "Adresse : %s, %s (Québec) %s\n" % (p["street"], p["city"], p["postal"])
        body += "Téléphone : %s\n" % p["phone"]
        body += "Équipement : %s\n" % what
        body += "Diagnostic : %s\n" % dx(dk, lang)
        body += "Date souhaitée : %s, en avant-midi si possible\n" % fdate(rng, inst.date(), lang, 2)
        if extra_fr:
            body += "\nNote : %s\n" % extra_fr
            if "malentendant" in extra_fr:
                m.t("social_information")
        body += "\nL'ordonnance signée suit par télécopieur.\n\n%s\n%s" % (closing(rng, lang), signature(rng, st, lang, "cisss"))
    else:
        what = {"cpap": "APAP %s, 6-14 cmH2O, %s, humidifier" % (rng.choice(DEVICE_MODELS[:3]), rng.choice(MASKS_EN)),
                "o2": "5 L concentrator at %s L/min continuous + 4 M6 cylinders and cart" % rng.choice(["1", "2", "2.5"]),
                "bipap": "BiPAP ST %s with full-face mask, heated humidifier" % rng.choice(["Lumis 150", "Prisma SMART max"])}[kind]
        dk = {"cpap": "osa_sev", "o2": "copd_sev", "bipap": "ohs"}[kind]
        subj = rng.choice(["Setup request", "New home setup - %s" % p["surname"], "Delivery order - new patient"])
        body = "%s\n\nPlease proceed with the following setup:\n\n" % greet(rng, lang, v["given"])
        body += "Patient: %s\n" % nm
        if use_nam:
            body += "RAMQ: %s\n" % disguise_nam(rng, p["nam"])
        body += "Address: %s, %s, QC %s\nPhone: %s\nEquipment: %s\nDiagnosis: %s\nRequested date: %s (AM)\n" % (
            p["street"], p["city"], p["postal"], p["phone"], what, dx(dk, lang), fdate(rng, inst.date(), lang, 2))
        if extra_en:
            body += "\nNote: %s\n" % extra_en
            if "hearing" in extra_en:
                m.t("social_information")
        body += "\nSigned prescription to follow by fax.\n\n%s\n%s" % (closing(rng, lang), signature(rng, st, lang, "cisss"))
    return m.done(person_addr(st, "cisss-bt.example"), [person_addr(v, v["domain"])], subj, body, date=date)


# ------------------------------------------------------------------ 12
def vendor_pickup_deceased(ctx, rng, lang):
    m = Msg(lang, "vendor_pickup", "equipment pick-up after a patient's death")
    p = ctx.patient(rng, lang, 60, 95)
    st = ctx.staff(rng, lang, "admin")
    v = ctx.vendor(rng)
    date = msg_date(rng)
    rel = ctx.patient(rng, lang, 35, 65)
    m.t("patient_name", "patient_contact", "diagnosis", "social_information")
    if lang == "fr":
        subj = rng.choice(["Récupération équipement - décès", "Cueillette concentrateur et bouteilles",
                           "Fermeture de dossier O2 - récupération"])
        body = ("%s\n\n%s %s est %s le %s. La famille demande la récupération du concentrateur et des bouteilles "
                "(%s, O2 %s L/min) au %s, %s.\n\nPersonne-ressource : %s %s (%s), %s.\n\n"
                "Merci de fermer la location à compter de cette date.\n\n%s\n%s") % (
            greet(rng, lang, v["given"]), title(p, "fr"), p["given"] + " " + p["surname"],
            "décédée" if p["sex"] == "F" else "décédé", fdate(rng, (date - datetime.timedelta(days=rng.randint(1, 6))).date(), lang, 2),
            dx("copd_vsev", lang), rng.choice(["2", "3", "4"]), p["street"], p["city"],
            rel["given"], p["surname"], rng.choice(["fille", "fils", "conjoint", "nièce"]), rel["phone"],
            closing(rng, lang), signature(rng, st, lang, "cisss"))
    else:
        subj = rng.choice(["Equipment pick-up - deceased patient", "Concentrator pick-up"])
        body = ("%s\n\n%s %s passed away on %s. The family asks that the concentrator and cylinders "
                "(%s, O2 %s L/min) be picked up at %s, %s.\n\nContact: %s %s (%s), %s.\n\n"
                "Please end the rental as of that date.\n\n%s\n%s") % (
            greet(rng, lang, v["given"]), title(p, "en"), p["given"] + " " + p["surname"],
            fdate(rng, (date - datetime.timedelta(days=rng.randint(1, 6))).date(), lang, 2),
            dx("copd_vsev", lang), rng.choice(["2", "3"]), p["street"], p["city"],
            rel["given"], p["surname"], rng.choice(["daughter", "son", "spouse"]), rel["phone"],
            closing(rng, lang), signature(rng, st, lang, "cisss"))
    return m.done(person_addr(st, "cisss-bt.example"), [person_addr(v, v["domain"])], subj, body, date=date)


# ------------------------------------------------------------------ 13
def patient_vcard(ctx, rng, lang):
    m = Msg(lang, "patient_vcard", "patient contact card (vCard) with therapy note")
    p = ctx.patient(rng, lang, 25, 90)
    st = ctx.staff(rng, lang, "rt")
    v = ctx.vendor(rng)
    date = msg_date(rng)
    m.t("patient_name", "patient_contact", "date_of_birth", "diagnosis")
    note = rng.choice([
        ("CPAP 11 cmH2O - SAHOS sévère. Préfère être appelé après 13 h.", "CPAP 11 cmH2O - severe OSA. Prefers calls after 1 pm."),
        ("O2 2 L/min 24h - MPOC. Fume encore, rappel sécurité.", "O2 2 L/min 24h - COPD. Still smoking, safety reminder."),
        ("BiPAP - SLA, aidant naturel : conjoint.", "BiPAP - ALS, caregiver: spouse.")])
    note = note[0] if lang == "fr" else note[1]
    if "Fume" in note or "smoking" in note or "aidant" in note or "caregiver" in note:
        m.t("social_information")
    vc = make_vcard(p["given"], p["surname"], tel=[("HOME", p["phone"]), ("CELL", "%s-555-01%02d" % (p["phone"][:3], rng.randint(0, 99)))],
                    adr=(p["street"], p["city"], "QC", p["postal"]), bday=p["dob"], note=note,
                    email=email_of(p, rng.choice(PERSONAL_DOMAINS)))
    fn = "%s %s.vcf" % (p["given"], p["surname"]) if rng.random() < 0.6 else "contact.vcf"
    if lang == "fr":
        subj = rng.choice(["Coordonnées patient", "Fiche contact pour la livraison", "contact"])
        body = "%s\n\nJe te transmets la fiche contact pour la visite de suivi. %s\n\n%s" % (
            greet(rng, lang, v["given"]), rng.choice(["", "Merci de mettre à jour votre système."]),
            signature(rng, st, lang, "cisss"))
    else:
        subj = rng.choice(["Patient contact card", "Contact for follow-up visit"])
        body = "%s\n\nContact card for the follow-up visit attached.\n\n%s" % (greet(rng, lang, v["given"]),
                                                                            signature(rng, st, lang, "cisss"))
    m.attach(vc, "text/vcard", fn, cte=rng.choice(["quoted-printable", "base64", "8bit"]))
    return m.done(person_addr(st, "cisss-bt.example"), [person_addr(v, v["domain"])], subj, body, date=date)


# ------------------------------------------------------------------ 14
def asthma_education(ctx, rng, lang):
    m = Msg(lang, "asthma_education", "paediatric asthma education centre report with NAM")
    p = ctx.nam_holder(rng, 3, 17)
    st = ctx.staff(rng, lang, "rt")
    d = ctx.doctor(rng)
    date = msg_date(rng)
    m.nam(p)
    m.t("patient_name", "date_of_birth", "diagnosis", "medication")
    meds = ["flov", "salb"] + (["monte"] if rng.random() < 0.5 else [])
    feno = rng.randint(18, 65)
    social = rng.random() < 0.5
    if lang == "fr":
        subj = rng.choice(["Rencontre CEA - enfant asthmatique", "Centre d'enseignement : compte rendu",
                           "Suivi asthme pédiatrique"])
        body = "%s\n\nJ'ai rencontré hier %s (%s le %s, NAM %s) avec sa mère au centre d'enseignement.\n\n" % (
            greet(rng, lang, dr(d, "fr")), pname(rng, p, lang, rng.choice(["full", "upper_last"])), ne(p),
            fdate(rng, p["dob"], lang), disguise_nam(rng, p["nam"]))
        body += "Diagnostic : %s; 3 visites à l'urgence depuis septembre.\n" % dx("asthma", lang)
        body += "FeNO : %d ppb. Spirométrie : VEMS %d %% de la prédite, réversibilité %d %%.\n" % (
            feno, rng.randint(62, 88), rng.randint(12, 24))
        m.t("lab_result")
        body += "Médication actuelle :\n" + "\n".join("- " + med(k, lang) for k in meds) + "\n\n"
        body += "Technique revue avec chambre d'espacement (Aerochamber masque pédiatrique). Plan d'action écrit remis.\n"
        if social:
            body += "Facteurs déclenchants : le père fume à l'intérieur et il y a deux chats; logement avec infiltration d'eau signalé au propriétaire.\n"
            m.t("social_information")
        body += "\nJe propose un suivi dans 6 semaines.\n\n%s\n%s" % (closing(rng, lang), signature(rng, st, lang, "cea"))
    else:
        subj = rng.choice(["Asthma education visit", "Asthma centre - visit summary"])
        body = "%s\n\nI met %s (DOB %s, RAMQ %s) and her/his mother at the education centre yesterday.\n\n" % (
            greet(rng, lang, dr(d, "en")), pname(rng, p, lang, rng.choice(["full", "upper_last"])),
            fdate(rng, p["dob"], lang), disguise_nam(rng, p["nam"]))
        body += "Diagnosis: %s; 3 ER visits since September.\nFeNO %d ppb. Spirometry FEV1 %d%% predicted, %d%% reversibility.\n" % (
            dx("asthma", lang), feno, rng.randint(62, 88), rng.randint(12, 24))
        m.t("lab_result")
        body += "Current medication:\n" + "\n".join("- " + med(k, lang) for k in meds) + "\n\n"
        body += "Spacer technique reviewed, written action plan given.\n"
        if social:
            body += "Triggers: father smokes indoors, two cats; water infiltration reported to the landlord.\n"
            m.t("social_information")
        body += "\nFollow-up in 6 weeks.\n\n%s\n%s" % (closing(rng, lang), signature(rng, st, lang, "cea"))
    return m.done(person_addr(st, "cea-ras.example"), [dr_addr(d)], subj, body, date=date)


# ------------------------------------------------------------------ 15
def rehab_roster(ctx, rng, lang):
    m = Msg(lang, "rehab_roster", "pulmonary rehab cohort spreadsheet with names and results")
    st = ctx.staff(rng, lang)
    st2 = ctx.staff(rng, lang)
    date = msg_date(rng)
    rows = []
    hdr = (["Nom", "Prénom", "NAM / dossier", "Date de naissance", "Diagnostic", "TM6M début (m)", "TM6M fin (m)", "O2 à l'effort", "Commentaire"]
           if lang == "fr" else
           ["Last name", "First name", "RAMQ / chart", "DOB", "Diagnosis", "6MWT pre (m)", "6MWT post (m)", "O2 on exertion", "Comment"])
    m.t("patient_name", "date_of_birth", "diagnosis", "lab_result")
    for _ in range(rng.randint(6, 10)):
        if rng.random() < 0.3:
            p = ctx.nam_holder(rng, 45)
            ident = p["nam"]
            m.nam(p)
        else:
            p = ctx.patient(rng, lang, 45, 85)
            ident = p["mrn"]
            m.t("mrn")
        pre = six_mwt(rng)
        com = rng.choice(["", "", "abandon (transport)", "exacerbation sem. 4", "très motivé", "anxiété importante"]
                         if lang == "fr" else ["", "", "dropped out (transport)", "exacerbation wk 4", "very motivated"])
        rows.append([p["surname"], p["given"], ident, p["dob"].isoformat(),
                     dx(rng.choice(["copd", "copd_sev", "ipf", "bronchiect", "ph"]), lang), pre,
                     pre + rng.randint(-20, 90), rng.choice(["non", "2 L", "3 L", "4 L"]) if lang == "fr" else rng.choice(["no", "2 L", "3 L"]), com])
    fn = ("Cohorte_readaptation_%s.xlsx" if lang == "fr" else "Rehab_cohort_%s.xlsx") % date.strftime("%Y-%m")
    if lang == "fr":
        subj = rng.choice(["Cohorte réadaptation - bilan", "Résultats TM6M cohorte d'automne", "Liste participants réadapt"])
        body = "%s\n\nVoici le fichier de la cohorte qui termine vendredi, avec les TM6M de début et de fin.\n\n%s\n%s" % (
            greet(rng, lang, st2["given"]), closing(rng, lang), signature(rng, st, lang, "rehab"))
    else:
        subj = rng.choice(["Rehab cohort results", "6MWT results - spring cohort"])
        body = "%s\n\nHere is the file for the cohort finishing Friday, with pre/post 6MWT.\n\n%s\n%s" % (
            greet(rng, lang, st2["given"]), closing(rng, lang), signature(rng, st, lang, "rehab"))
    m.attach(make_xlsx([("Cohorte" if lang == "fr" else "Cohort", [hdr] + rows)], st["surname"]),
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn)
    return m.done(person_addr(st, "cr-erables.example"), [person_addr(st2, "cr-erables.example")], subj, body, date=date)


# ------------------------------------------------------------------ 16
def patient_forward(ctx, rng, lang):
    m = Msg(lang, "patient_mail_forward", "patient's own e-mail forwarded (inline or as .eml)")
    p = ctx.patient(rng, lang, 25, 85)
    st = ctx.staff(rng, lang, "rt")
    st2 = ctx.staff(rng, lang)
    date = msg_date(rng)
    old = date - datetime.timedelta(hours=rng.randint(3, 60))
    paddr = (p["given"] + " " + p["surname"], email_of(p, rng.choice(PERSONAL_DOMAINS)))
    m.t("patient_name", "diagnosis")
    if lang == "fr":
        psubj = rng.choice(["Mon appareil", "question CPAP", "masque", "problème avec ma machine"])
        pbody = rng.choice([
            "Bonjour,\n\nDepuis que j'ai commencé le CPAP pour mon apnée du sommeil je me réveille en panique avec l'impression "
            "d'étouffer. J'ai enlevé le masque 4 nuits sur 7. Mon médecin m'a aussi prescrit du %s pour dormir, est-ce que "
            "c'est correct avec la machine?\n\n" % med("zopi", lang),
            "Bonjour madame,\n\nJe n'ai plus les moyens de payer la location du concentrateur depuis que j'ai perdu mon emploi. "
            "Je suis sur l'aide sociale depuis mars. Est-ce qu'il y a un programme? Je suis à 2 litres jour et nuit pour ma MPOC.\n\n",
            "Bonjour,\n\nLa BiPAP fait une alarme de fuite toute la nuit et mon mari (SLA) dort très mal, il est plus essoufflé le jour. "
            "Pouvez-vous passer cette semaine?\n\n"])
        pbody += "%s\n%s" % (p["given"] + " " + p["surname"], p["phone"])
        intro = rng.choice(["Peux-tu rappeler ce patient? Message reçu sur la boîte générale.",
                            "FYI, reçu ce matin. Je suis en congé demain.", "À traiter SVP."])
        subj = "TR: " + psubj
    else:
        psubj = rng.choice(["My machine", "CPAP question", "mask problem"])
        pbody = rng.choice([
            "Hello,\n\nSince starting CPAP for my sleep apnea I wake up panicking, like I'm choking. I took the mask off "
            "4 nights out of 7. My doctor also gave me %s to sleep, is that OK with the machine?\n\n" % med("zopi", lang),
            "Hi,\n\nI can't afford the concentrator rental since I lost my job, I've been on social assistance since March. "
            "Is there a program? I'm on 2 litres day and night for my COPD.\n\n"])
        pbody += "%s\n%s" % (p["given"] + " " + p["surname"], p["phone"])
        intro = rng.choice(["Can you call this patient back? Came in on the general inbox.", "FYI, see below.", "Please handle."])
        subj = "Fwd: " + psubj
    m.t("patient_contact")
    if "zopiclone" in pbody:
        m.t("medication")
    if "aide sociale" in pbody or "social assistance" in pbody or "mari" in pbody:
        m.t("social_information")
    to_clinic = ("Inhalothérapie" if lang == "fr" else "Respiratory Therapy", "inhalo@cisss-bt.example")
    if rng.random() < 0.5:
        inner = {"lang": lang, "from": paddr, "to": [to_clinic], "subject": psubj, "body": pbody,
                 "date": old, "msgid_seed": "inner-%d" % rng.randrange(10 ** 9), "mode": "plain", "attachments": []}
        raw = build(inner, rng)
        m.attach(raw, "message/rfc822", "%s.eml" % strip_accents(psubj).replace(" ", "_") if rng.random() < 0.7 else None)
        body = "%s\n\n%s\n\n%s" % (greet(rng, lang, st2["given"]), intro, signature(rng, st, lang, "cisss"))
    else:
        body = "%s\n\n%s\n\n%s\n\n%s" % (greet(rng, lang, st2["given"]), intro, signature(rng, st, lang, "cisss", short=True),
                                         forward_block(rng, lang, old, paddr, to_clinic, psubj, pbody))
    return m.done(person_addr(st, "cisss-bt.example"), [person_addr(st2, "cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 17
def quoted_reply(ctx, rng, lang):
    m = Msg(lang, "quoted_reply", "neutral reply; patient details only in the quoted history")
    use_nam = rng.random() < 0.4
    p = ctx.nam_holder(rng, 30) if use_nam else ctx.patient(rng, lang, 30, 90)
    a = ctx.staff(rng, lang, "rt")
    b = ctx.doctor(rng)
    date = msg_date(rng)
    old = date - datetime.timedelta(hours=rng.randint(2, 50))
    m.t("patient_name", "diagnosis", "medication")
    ident_fr = ("NAM %s" % disguise_nam(rng, p["nam"])) if use_nam else ("dossier %s" % p["mrn"])
    ident_en = ("RAMQ %s" % disguise_nam(rng, p["nam"])) if use_nam else ("MRN %s" % p["mrn"])
    if use_nam:
        m.nam(p)
    else:
        m.t("mrn")
    if lang == "fr":
        osubj = "Question ordonnance %s" % rng.choice(["BiPAP", "O2", "inhalateurs"])
        otext = ("Bonjour,\n\nPour %s (%s), %s : " + ("la patiente" if p["sex"] == "F" else "le patient") + " prend %s et %s. "
                 "La SpO2 au repos est à %d %%. Est-ce qu'on ajoute l'O2 la nuit ou on attend l'oxymétrie?\n\nMerci\n%s") % (
            pname(rng, p, lang), ident_fr, dx(rng.choice(["copd_sev", "ipf", "ohs"]), lang), med("trel", lang),
            med(rng.choice(["azi", "rofl", "furo"]), lang), rng.randint(85, 90), a["given"])
        new = rng.choice(["On attend l'oxymétrie. Merci.", "C'est fait, ordonnance signée.", "Oui, ajoute 1 L la nuit.",
                          "Je regarde ça demain matin."])
        subj = "RE: " + osubj
    else:
        osubj = "Rx question %s" % rng.choice(["BiPAP", "O2", "inhalers"])
        otext = ("Hi,\n\nFor %s (%s), %s: currently on %s and %s. Resting SpO2 %d%%. "
                 "Add nocturnal O2 now or wait for oximetry?\n\nThanks\n%s") % (
            pname(rng, p, lang), ident_en, dx(rng.choice(["copd_sev", "ipf", "ohs"]), lang), med("trel", lang),
            med(rng.choice(["azi", "rofl", "furo"]), lang), rng.randint(85, 90), a["given"])
        new = rng.choice(["Wait for the oximetry. Thanks.", "Done, Rx signed.", "Yes, add 1 L at night."])
        subj = "RE: " + osubj
    m.t("lab_result")
    aa = person_addr(a, "hsa.example")
    body = with_quote(rng, lang, new + "\n\n" + dr(b, lang), otext, old, aa, osubj)
    return m.done(dr_addr(b), [aa], subj, body, date=date, reply=True)


# ------------------------------------------------------------------ 18
def pharmacy_question(ctx, rng, lang):
    m = Msg(lang, "pharmacy_question", "pharmacist question about a patient's inhalers")
    p = ctx.patient(rng, lang, 40, 90)
    ph = {"given": "Chantal", "surname": "Provencher", "sex": "F", "role": "pharmacienne" if lang == "fr" else "pharmacist"}
    d = ctx.doctor(rng)
    date = msg_date(rng)
    m.t("patient_name", "medication", "date_of_birth", "diagnosis")
    if lang == "fr":
        subj = rng.choice(["Duplication thérapeutique?", "Question - inhalateurs", "Pharmacie : clarification ordonnance"])
        body = ("%s\n\nJ'ai reçu pour %s (%s le %s) une ordonnance de %s alors que le profil montre déjà %s. "
                "Les deux contiennent un antimuscarinique à longue action. Pour sa %s, souhaitez-vous cesser le %s?\n\n"
                "%s a aussi reçu %s à l'urgence la semaine dernière.\n\n%s\n%s") % (
            greet(rng, lang, dr(d, "fr")), pname(rng, p, lang), ne(p), fdate(rng, p["dob"], lang), med("trel", lang),
            med("tio", lang), dx("copd_sev", lang), "tiotropium", il(p), med("pred", lang), closing(rng, lang),
            signature(rng, ph, lang, "hsa"))
    else:
        subj = rng.choice(["Therapeutic duplication?", "Question - inhalers"])
        body = ("%s\n\nI received for %s (DOB %s) a prescription for %s while the profile already shows %s. "
                "Both contain a LAMA. For this %s, would you like to stop the tiotropium?\n\n"
                "Patient also received %s in the ER last week.\n\n%s\n%s") % (
            greet(rng, lang, dr(d, "en")), pname(rng, p, lang), fdate(rng, p["dob"], lang), med("trel", lang),
            med("tio", lang), dx("copd_sev", lang), med("pred", lang), closing(rng, lang), signature(rng, ph, lang, "hsa"))
    return m.done(person_addr(ph, "hsa.example"), [dr_addr(d)], subj, body, date=date)


# ------------------------------------------------------------------ 19
def social_dpj(ctx, rng, lang):
    m = Msg(lang, "youth_protection", "child on home ventilation, youth-protection concern")
    p = ctx.nam_holder(rng, 3, 17)
    st = ctx.staff(rng, "fr", "rt")
    sw = {"given": "Roxanne", "surname": "Tétreault", "sex": "F"}
    date = msg_date(rng)
    m.nam(p)
    m.t("patient_name", "date_of_birth", "diagnosis", "social_information")
    subj = rng.choice(["Situation préoccupante - enfant ventilé", "Signalement DPJ à discuter", "Confidentiel - suivi famille"])
    body = ("%s\n\nJe te fais suite à notre appel concernant %s (%s le %s, NAM %s), suivi par notre programme pour une %s "
            "avec ventilation nocturne (%s).\n\nLors des trois dernières visites : circuit non changé depuis deux mois, "
            "filtres absents, rendez-vous en clinique manqués (%s). La mère dit être seule avec quatre enfants et "
            "ne plus arriver; l'électricité a été coupée deux jours en janvier. L'enfant a été hospitalisé%s une fois pour "
            "une pneumonie d'aspiration.\n\nJe pense qu'un signalement à la DPJ doit être envisagé; peut-on en discuter "
            "avec l'équipe demain?\n\n%s\n%s") % (
        greet(rng, "fr", sw["given"]), pname(rng, p, "fr", rng.choice(["full", "upper_last", "lower"])), ne(p),
        fdate(rng, p["dob"], "fr"), disguise_nam(rng, p["nam"]), dx(rng.choice(["dmd", "sma", "bpd"]), "fr"),
        "BiPAP ST", rng.choice(["3", "4"]) + " sur 5", "e" if p["sex"] == "F" else "", closing(rng, "fr"),
        signature(rng, st, "fr", "pnavd"))
    return m.done(person_addr(st, "ventdom.example"), [person_addr(sw, "cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 20
def income_support(ctx, rng, lang):
    m = Msg(lang, "income_support", "funding request for CPAP/oxygen: patient on income support")
    p = ctx.patient(rng, lang, 30, 80)
    st = ctx.staff(rng, lang, "rt")
    sw = {"given": "Roxanne", "surname": "Tétreault", "sex": "F"}
    date = msg_date(rng)
    m.t("patient_name", "diagnosis", "social_information", "patient_contact")
    if lang == "fr":
        subj = rng.choice(["Demande d'aide financière - appareil CPAP", "Financement CPAP - patient à faible revenu",
                           "Référence service social"])
        body = ("%s\n\nJe te réfère %s, %s, %s, tél. %s. Diagnostic de %s (IAH %d/h), CPAP recommandé.\n\n"
                "%s Le CPAP n'étant pas couvert, %s ne peut pas assumer les 1 200 $. Peux-tu vérifier l'admissibilité "
                "au programme de prêt de la fondation ou au fonds de dépannage?\n\n%s\n%s") % (
            greet(rng, lang, sw["given"]), pname(rng, p, lang), p["street"], p["city"], p["phone"], dx("osa_sev", lang),
            rng.randint(31, 70), rng.choice([
                "Prestataire de l'aide sociale (solidarité sociale) depuis 2021, vit seul(e) en chambre.",
                "Sans emploi depuis sa perte de permis (somnolence), hébergé(e) temporairement chez sa sœur.",
                "Revenu : prestations d'assurance-emploi qui se terminent le mois prochain, trois enfants à charge."]),
            il(p).lower(), closing(rng, lang), signature(rng, st, lang, "cisss"))
        m.t("lab_result")
    else:
        subj = rng.choice(["Funding request - CPAP", "Social work referral - CPAP funding"])
        body = ("%s\n\nReferring %s, %s, %s, phone %s. Diagnosis %s, CPAP recommended.\n\n%s CPAP is not covered and "
                "the patient cannot pay the $1,200. Could you check eligibility for the foundation loan program?\n\n%s\n%s") % (
            greet(rng, lang, sw["given"]), pname(rng, p, lang), p["street"], p["city"], p["phone"], dx("osa_sev", lang),
            rng.choice(["On social assistance since 2021, lives alone in a rooming house.",
                        "Unemployed since losing the driver's licence, staying with a sister for now."]),
            closing(rng, lang), signature(rng, st, lang, "cisss"))
    return m.done(person_addr(st, "cisss-bt.example"), [person_addr(sw, "cisss-bt.example")], subj, body, date=date)


TEMPLATES = [
    (vendor_delivery, 3, 2), (vendor_pickup_deceased, 2, 1), (patient_vcard, 2, 1),
    (asthma_education, 3, 2), (rehab_roster, 2, 1), (patient_forward, 3, 2), (quoted_reply, 3, 2),
    (pharmacy_question, 2, 2), (social_dpj, 2, 0), (income_support, 2, 1),
]
