"""Positive templates, part B: outreach, patients' own mail, social and youth files."""
import datetime as dt

import gen_common as C
import gen_compose as K
import gen_data as D
import gen_files as F
import gen_ids as I
from gen_pos_a import _spec, nam_label, _colon, oat


def _texting(s, rng, strip=True):
    if strip and rng.random() < 0.6:
        s = I.strip_accents(s)
    return s if rng.random() < 0.5 else s.lower()


# ---------------------------------------------------------------- 11 outreach note
def outreach_note(ctx, lang):
    rng = ctx.rng
    w = C.st("Lacasse" if lang == "fr" else "Fitzgerald")
    to = C.st(rng.choice(["Lavoie", "Brisebois", "Benali", "Vachon"]))
    pts = [ctx.people.invented(lang, min_age=19, max_age=60) for _ in range(rng.randrange(1, 4))]
    types = {"patient_name"}
    items = []
    used = set()
    for p in pts:
        nick = rng.choice(D.NICKNAMES)
        who = rng.choice([f"{p['given']} {p['surname']} ({nick})", f"{nick} ({p['given']} {p['surname']})",
                          f"{p['surname']} {p['given']}".lower(), f"{p['given']} {p['surname']}"])
        if lang == "fr":
            il, e_ = I.e(p, "il", "elle"), I.e(p, "", "e")
            scen = [
                ("a fait une surdose hier soir derrière le métro Papineau, 2 doses de naloxone, a refusé l'ambulance", {"diagnosis", "medication"}),
                ("a un abcès qui coule sur l'avant-bras droit, fièvre, faudrait " + I.e(p, "le", "la") + " voir demain", {"diagnosis"}),
                (f"a perdu son Suboxone (volé au refuge), pas de dose depuis 2 jours", {"medication", "social_information"}),
                (f"campement démantelé ce matin rue Notre-Dame, dort dans le métro", {"social_information"}),
                (f"veut commencer la PrEP, fait du travail du sexe sur Ontario", {"medication", "social_information"}),
                (f"dit qu'{il} a eu un test VHC positif à Bordeaux (détention) l'an passé, jamais traité{e_}", {"diagnosis", "social_information"}),
                (f"sorti{e_} de l'hôpital hier contre avis (endocardite), a encore son PICC line", {"diagnosis"}),
                (f"a manqué 3 doses de méthadone, {il} dit que la pharmacie l'a barré{e_}", {"medication"}),
                (f"tousse depuis 3 semaines, sueurs la nuit, a dormi au refuge où il y a eu un cas de TB", {"diagnosis", "social_information"}),
                (f"plaies aux jambes (xylazine?), refuse d'aller à l'urgence", {"diagnosis"}),
                (f"expulsé{e_} de sa chambre vendredi, toutes ses affaires sont chez un ami", {"social_information"}),
            ]
            if p["sex"] == "F":
                scen.append(("enceinte de ~20 sem selon elle, consomme fentanyl fumé, aucun suivi", {"diagnosis", "social_information"}))
            cell = " nouveau cell {ph}"
        else:
            scen = [
                ("overdosed last night behind the Papineau station, 2 doses of naloxone, refused EMS", {"diagnosis", "medication"}),
                ("has a draining abscess on the right forearm with fever, needs to be seen tomorrow", {"diagnosis"}),
                ("lost their Suboxone (stolen at the shelter), no dose for 2 days", {"medication", "social_information"}),
                ("camp cleared this morning on Notre-Dame, sleeping in the metro", {"social_information"}),
                ("wants to start PrEP, doing sex work on Ontario St", {"medication", "social_information"}),
                ("says they had a positive hep C test in jail last year, never treated", {"diagnosis", "social_information"}),
                ("left hospital AMA yesterday (endocarditis), still has the PICC line in", {"diagnosis"}),
                ("leg wounds (xylazine?), won't go to the ER", {"diagnosis"}),
                ("evicted Friday, stuff is at a friend's place", {"social_information"}),
            ]
            cell = " new cell {ph}"
        idx = rng.choice([i for i in range(len(scen)) if i not in used])
        used.add(idx)
        what, t = scen[idx]
        extra = ""
        if rng.random() < 0.4:
            extra = cell.format(ph=p["phone"])
            t = t | {"patient_contact"}
        types |= t
        items.append(f"- {who} : {what}.{extra}" if lang == "fr" else f"- {who}: {what}.{extra}")
    if lang == "fr":
        subj = rng.choice(["notes tournée", "Tournée de rue – ce matin", "tournee de nuit", "suivi tournée mardi",
                           "2-3 affaires de la tournée"])
        body = (f"{rng.choice(['slt ' + to.given, 'Allo ' + to.given + ',', 'Bonjour ' + to.given + ',', 'Salut,', to.given + ' -'])}\n\n"
                f"{rng.choice(['vite fait de mon cell', 'Voici mes notes de la tournée', 'suite a la tournee de nuit'])}:\n\n"
                + "\n".join(items) +
                f"\n\n{rng.choice(['jrepasse au site vers 15h', 'Kits naloxone : il m’en reste 3.', 'merci de me revenir', 'Bonne journée!'])}\n{w.given}")
        body = _texting(body, rng, strip=rng.random() < 0.5) if rng.random() < 0.5 else body
    else:
        subj = rng.choice(["outreach notes", "Street round – this morning", "night round", "few things from outreach"])
        body = (f"{rng.choice(['hey ' + to.given, 'Hi ' + to.given + ',', to.given + ' -', 'Hi all,'])}\n\n"
                f"{rng.choice(['quick notes from my phone', 'Notes from the round', 'after last night'])}:\n\n"
                + "\n".join(items) +
                f"\n\n{rng.choice(['back at the site around 3', '3 naloxone kits left', 'let me know', 'thx'])}\n{w.given}")
        if rng.random() < 0.4:
            body = body.lower()
    return _spec("outreach_note", lang, subj, w.who(lang), [to.who(lang)], body, types,
                 "street outreach notes naming clients with health/social details")


# ---------------------------------------------------------------- 12 patient's own mail
def patient_text(ctx, lang):
    rng = ctx.rng
    holder = rng.random() < 0.45
    p = ctx.people.holder("adult") if holder else ctx.people.invented(lang)
    clerk = C.st("Restrepo")
    nurse = C.st(rng.choice(["Lavoie", "Goldberg", "Beaulieu", "Vachon"]))
    types = {"patient_name", "patient_contact"}
    nams = []
    if lang == "fr":
        ask, t = rng.choice([
            ("jsuis a lhopital depuis hier pi jai pas eu ma dose de metha, pouvez vous appeler ma pharmacie stp", {"medication"}),
            ("jai besoin dun renouvellement pour ma prep, il me reste 4 pilules", {"medication"}),
            ("le test de chlamydia la, c positif? personne ma rappeler", {"diagnosis"}),
            ("jai perdu mon appart, je reste chez ma soeur a Longueuil, est-ce que je peux avoir mes doses a emporter", {"social_information", "medication"}),
            ("mon chum a eu la syphilis faut tu que je me fasse tester?", {"diagnosis"}),
            ("je finis mon traitement hep c vendredi, c quand la prise de sang", {"diagnosis", "medication"}),
        ])
        types |= t
        idline = ""
        if holder and rng.random() < 0.8:
            idline = f"\nmon numero dassurance maladie cest {I.disguise_nam(rng, p['nam'], allow_fancy=False)}"
            types.add("ramq_nam")
            nams = [p["nam"]]
        orig = (f"{rng.choice(['slt', 'allo', 'bonjour'])} c {p['given'].lower()} {p['surname'].lower()}\n"
                f"{ask}{idline}\nmon cell cest {p['phone']}\nmerci")
        orig = I.strip_accents(orig) if rng.random() < 0.7 else orig
        osubj = rng.choice(["urgent", "ma dose", "question", "", "re:", "svp"])
    else:
        ask, t = rng.choice([
            ("im in the hospital since yesterday and didnt get my methadone can u call my pharmacy", {"medication"}),
            ("need a refill on my prep only 4 pills left", {"medication"}),
            ("was my chlamydia test positive?? nobody called me back", {"diagnosis"}),
            ("lost my apartment, staying at my sister's in Longueuil, can i get carries", {"social_information", "medication"}),
            ("my bf tested positive for syphilis do i need to get tested", {"diagnosis"}),
        ])
        types |= t
        idline = ""
        if holder and rng.random() < 0.8:
            idline = f"\nmy health card is {I.disguise_nam(rng, p['nam'], allow_fancy=False)}"
            types.add("ramq_nam")
            nams = [p["nam"]]
        orig = (f"{rng.choice(['hey', 'hi', 'hello'])} its {p['given']} {p['surname']}\n{ask}{idline}\n"
                f"my cell is {p['phone']}\nthx")
        osubj = rng.choice(["urgent", "my dose", "question", "", "help"])
    pfrom = (f"{p['given']} {p['surname']}" if rng.random() < 0.6 else "", p["email"])
    when = C.mail_date(rng)
    if rng.random() < 0.5:
        inner_spec = {"subject": osubj or "(sans objet)", "frm": pfrom, "to": [("Accueil", f"accueil@{D.ORG_DOMAIN}")],
                      "body": orig, "mode": "plain", "date": when}
        eml = K.inner_eml(rng, inner_spec, ctx.stats)
        top = (f"{C.greet(rng, lang, nurse.given)}\n\n"
               + (rng.choice(["Courriel reçu dans la boîte de l'accueil, voir pièce jointe.", "Je te transfère ceci, peux-tu t'en occuper?",
                              "Reçu ce matin. Pas sûre à qui ça revient."]) if lang == "fr" else
                  rng.choice(["Got this in the front-desk inbox, see attached.", "Forwarding - can you handle?"]))
               + f"\n\n{clerk.given}")
        spec = _spec("patient_mail_attached", lang, ("TR: " if lang == "fr" else "Fwd: ") + (osubj or "courriel patient"),
                     clerk.who(lang), [nurse.who(lang)], top, types,
                     "patient's texting-style mail attached as message/rfc822",
                     atts=[{"eml": eml, "name": None}])
    else:
        top = (rng.choice(["Pour toi", "Voir ci-dessous", "Peux-tu rappeler?", "FYI"]) if lang == "fr" else
               rng.choice(["For you", "See below", "Can you call back?", "FYI"]))
        body = top + "\n" + clerk.given + C.forward_block(rng, orig, f"{pfrom[0]} <{p['email']}>".strip(),
                                                          f"accueil@{D.ORG_DOMAIN}", osubj, when, lang)
        spec = _spec("patient_mail_forward", lang, ("TR: " if lang == "fr" else "Fwd: ") + (osubj or "message"),
                     clerk.who(lang), [nurse.who(lang)], body, types,
                     "patient's texting-style mail forwarded inline")
    spec["nams"] = nams
    return spec


# ---------------------------------------------------------------- 13 SCS incident
def scs_incident(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented(lang, min_age=20, max_age=60)
    w = C.st(rng.choice(["Brisebois", "Kaba"]))
    mgr = C.st(rng.choice(["Dumont", "Ducharme"]))
    t = f"{rng.randrange(10, 23)}h{rng.choice(['05', '20', '42', '55'])}"
    types = {"patient_name", "diagnosis", "medication"}
    if lang == "fr":
        subst = rng.choice(["fentanyl (selon l'usager : « down »)", "héroïne + xylazine suspectée", "dilaudid écrasé"])
        lines = [f"Date/heure : {I.past_day(rng, 1, 4).isoformat()} {t}", f"Cabine : {rng.randrange(1, 7)}",
                 f"Usager : {I.name(rng, p, 'fr', rng.choice(['full', 'upper_surname']))} – code {p['given'][:2].upper()}{p['surname'][:2].upper()}{p['dob']:%d%m}",
                 f"DDN : {p['dob'].isoformat()}",
                 f"Substance : {subst}, injection IV",
                 f"Intervention : ventilation BVM, naloxone IM 0,4 mg x {rng.randrange(1, 4)}, O2. SpO2 min {rng.randrange(62, 85)} %.",
                 f"Issue : {rng.choice(['reprise de conscience, a quitté à pied après 90 min', 'transfert en ambulance vers ' + D.HOSP_FR, 'refus de transport, reste en observation'])}",
                 f"Rédigé par : {w.full}"]
        types.add("date_of_birth")
        subj = rng.choice(["Rapport d'incident – surdose", "AH-223 surdose cabine", "Incident SCS ce soir",
                           f"Surdose – {p['surname']}"])
        body = (f"{C.greet(rng, 'fr', mgr.given)}\n\n{rng.choice(['Rapport d’incident de ce soir :', 'Voici le rapport (copie du formulaire AH-223) :'])}\n\n"
                + "\n".join(lines) + f"\n\n{rng.choice(['Debriefing d’équipe demain 9 h.', 'Équipe ok, un peu secouée.', ''])}\n{C.signature(rng, w, 'fr')}")
    else:
        lines = [f"Date/time: {I.past_day(rng, 1, 4).isoformat()} {t.replace('h', ':')}", f"Booth: {rng.randrange(1, 7)}",
                 f"Client: {I.name(rng, p, 'en', rng.choice(['full', 'upper_surname']))}",
                 f"Substance: {rng.choice(['fentanyl', 'heroin + suspected xylazine', 'crushed hydromorphone'])}, IV",
                 f"Response: BVM ventilation, IM naloxone 0.4 mg x {rng.randrange(1, 4)}, O2.",
                 f"Outcome: {rng.choice(['regained consciousness, left after 90 min', 'transferred by ambulance to ' + D.HOSP_EN, 'refused transport'])}"]
        subj = rng.choice(["Incident report – overdose", "Overdose at the site tonight", "SCS incident"])
        body = (f"{C.greet(rng, 'en', mgr.given)}\n\nIncident report from tonight:\n\n" + "\n".join(lines) +
                f"\n\n{C.signature(rng, w, 'en')}")
    atts = None
    if rng.random() < 0.35:
        pdf = F.make_pdf("Rapport de déclaration d'incident ou d'accident" if lang == "fr" else "Incident report", lines,
                         header=D.SCS_NAME)
        atts = [{"name": "AH-223_" + I.past_day(rng, 1, 3).strftime("%Y%m%d") + ".pdf", "ctype": "application/pdf", "data": pdf}]
        body = body.split("\n\n")[0] + "\n\n" + ("Formulaire en pièce jointe." if lang == "fr" else "Form attached.") + \
            "\n\n" + C.signature(rng, w, lang)
    return _spec("scs_incident", lang, subj, w.who(lang), [mgr.who(lang)], body, types,
                 "supervised consumption site overdose report naming the client", atts=atts)


# ---------------------------------------------------------------- 14 income support with SIN
def income_support_sin(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented(lang, min_age=25, max_age=62)
    sw = C.st("Benali")
    doc = C.st(rng.choice(["Vachon", "Weiss", "Haddad"]))
    sin = I.make_sin(rng)
    types = {"patient_name", "ca_sin", "diagnosis", "social_information"}
    dx_fr = rng.choice(["trouble lié à l'usage des opioïdes sévère, sous TAO; trouble de stress post-traumatique",
                        "VIH avec neuropathie périphérique; dépression majeure",
                        "cirrhose sur VHC (Child B); trouble lié à l'usage de l'alcool en rémission précoce"])
    dx_en = rng.choice(["severe opioid use disorder on OAT; PTSD", "HIV with peripheral neuropathy; major depression",
                        "HCV cirrhosis (Child B); alcohol use disorder in early remission"])
    if lang == "fr":
        subj = rng.choice(["Rapport médical – contraintes sévères", "Formulaire SR-2100 à compléter",
                           "Demande de contraintes sévères à l'emploi"])
        body = (f"{C.greet(rng, 'fr', doc.short('fr'))}\n\n"
                f"Pourrais-tu compléter la section médicale du rapport pour la demande de programme de solidarité sociale de "
                f"{I.name(rng, p, 'fr')} ?\n\n"
                f"NAS : {I.fmt_sin(rng, sin)}\nDate de naissance : {I.fmt_date(rng, p['dob'], 'fr')}\n"
                f"Diagnostics à inscrire : {dx_fr}.\n\n"
                f"{I.e(p, 'Il', 'Elle')} est à l'aide sociale de base depuis {rng.choice(['2019', '2021', '2023'])} et "
                f"{rng.choice(['vit en maison de chambres', 'risque une éviction', 'a des dettes de loyer importantes'])}. "
                f"Le formulaire doit être posté avant le {I.fmt_date(rng, I.future_day(rng, 7, 20), 'fr', 'long')}.\n\n"
                f"{C.close(rng, 'fr')}\n{C.signature(rng, sw, 'fr')}")
    else:
        subj = rng.choice(["Medical report – social solidarity program", "Form to complete – severe employment constraints"])
        body = (f"{C.greet(rng, 'en', doc.short('en'))}\n\n"
                f"Could you complete the medical section for {I.name(rng, p, 'en')}'s social assistance (severe "
                f"constraints) application?\n\nSIN: {I.fmt_sin(rng, sin)}\nDOB: {I.fmt_date(rng, p['dob'], 'en')}\n"
                f"Diagnoses: {dx_en}.\n\nCurrently on basic welfare and "
                f"{rng.choice(['living in a rooming house', 'facing eviction', 'behind on rent'])}. Deadline "
                f"{I.fmt_date(rng, I.future_day(rng, 7, 20), 'en', 'long')}.\n\n{C.close(rng, 'en')}\n{C.signature(rng, sw, 'en')}")
    types.add("date_of_birth")
    s = _spec("income_support_sin", lang, subj, sw.who(lang), [doc.who(lang)], body, types,
              "social assistance medical form with SIN and diagnoses")
    s["ids"] = {"ca_sin": [sin]}
    return s


# ---------------------------------------------------------------- 15 youth protection
def dpj_child(ctx, lang):
    rng = ctx.rng
    kid = ctx.people.holder("kid")
    mom = ctx.people.invented(lang, sex="F", min_age=22, max_age=40)
    sw = C.st("Benali")
    types = {"patient_name", "ramq_nam", "social_information", "medication", "date_of_birth"}
    med, dose = oat(rng, lang)
    dpj = ("Intervenante DPJ – secteur Centre-Sud", "dpj.centresud@cisss-protection.example")
    if lang == "fr":
        subj = rng.choice(["Suivi DPJ – rencontre", "Signalement – suite", "Dossier DPJ : info demandée"])
        body = (f"{C.greet(rng, 'fr')}\n\nSuite à notre appel, voici l'information consentie par la mère, "
                f"{I.name(rng, mom, 'fr', 'full')}, concernant son enfant :\n\n"
                f"Enfant : {kid['given']} {kid['surname']}, né{I.e(kid, '', 'e')} le {I.fmt_date(rng, kid['dob'], 'fr', 'long')}\n"
                f"NAM : {I.disguise_nam(rng, kid['nam'])}\n\n"
                f"Mme {mom['surname']} est suivie à notre clinique pour un TAO ({med} {dose}) depuis "
                f"{rng.randrange(4, 30)} mois. Présence aux doses observées : {rng.randrange(80, 99)} %. "
                f"Les dépistages urinaires des 6 dernières semaines sont {rng.choice(['négatifs pour le fentanyl', 'positifs pour le fentanyl à 2 reprises'])}.\n"
                f"Les doses non supervisées sont rangées dans un coffret barré (vérifié en visite à domicile).\n\n"
                f"{rng.choice(['Je serai présente à la rencontre de révision du 2 avril.', 'Merci de me tenir informée des mesures volontaires.'])}\n\n"
                f"{C.signature(rng, sw, 'fr')}")
        types.add("lab_result")
    else:
        subj = rng.choice(["Youth protection follow-up", "DYP file – information requested"])
        body = (f"{C.greet(rng, 'en')}\n\nAs discussed, information the mother ({I.name(rng, mom, 'en', 'full')}) "
                f"consented to share about her child:\n\nChild: {kid['given']} {kid['surname']}, DOB {I.fmt_date(rng, kid['dob'], 'en')}\n"
                f"RAMQ: {I.disguise_nam(rng, kid['nam'])}\n\nMs. {mom['surname']} has been on OAT ({med} {dose}) with us for "
                f"{rng.randrange(4, 30)} months, attendance {rng.randrange(80, 99)}%. Carries are kept in a locked box "
                f"(checked at home visit).\n\n{C.signature(rng, sw, 'en')}")
    s = _spec("dpj_child", lang, subj, sw.who(lang), [dpj], body, types,
              "youth protection exchange with child's NAM and mother's OAT")
    s["nams"] = [kid["nam"]]
    return s


# ---------------------------------------------------------------- 16 child ingestion
def child_ingestion(ctx, lang):
    rng = ctx.rng
    kid = ctx.people.holder("kid")
    er = C.st(rng.choice(["Desjardins", "Zerrouki"]))
    to = C.st("Vachon")
    drug = rng.choice(["méthadone", "buprénorphine"]) if lang == "fr" else rng.choice(["methadone", "buprenorphine"])
    types = {"patient_name", "ramq_nam", "diagnosis", "medication", "social_information"}
    if lang == "fr":
        subj = rng.choice(["Intoxication pédiatrique – votre patiente", "Ingestion accidentelle – enfant", "URGENT ingestion"])
        body = (f"{C.greet(rng, 'fr', to.short('fr'))}\n\n"
                f"Nous avons reçu cette nuit {kid['given']} {kid['surname']} ({I.age(kid['dob'])} ans, NAM "
                f"{I.disguise_nam(rng, kid['nam'])}) pour une ingestion accidentelle de {drug} (dose non supervisée du parent, "
                f"suivi{rng.choice(['e', ''])} à votre clinique). Dépression respiratoire, perfusion de naloxone x 18 h, "
                f"transfert aux soins intensifs pédiatriques puis congé à l'étage.\n\n"
                f"Un signalement a été fait à la DPJ. Merci de revoir les doses non supervisées du parent.\n\n"
                f"{C.signature(rng, er, 'fr')}")
    else:
        subj = rng.choice(["Pediatric ingestion – your patient's child", "Accidental ingestion – child"])
        body = (f"{C.greet(rng, 'en', to.short('en'))}\n\n"
                f"Overnight we saw {kid['given']} {kid['surname']} (age {I.age(kid['dob'])}, RAMQ {I.disguise_nam(rng, kid['nam'])}) "
                f"after accidental ingestion of a parent's {drug} carry dose. Respiratory depression, naloxone infusion "
                f"x 18 h, PICU then ward.\n\nA report was made to youth protection. Please review the parent's carries.\n\n"
                f"{C.signature(rng, er, 'en')}")
    s = _spec("child_ingestion", lang, subj, er.who(lang), [to.who(lang)], body, types,
              "child's accidental OAT ingestion with child's NAM")
    s["nams"] = [kid["nam"]]
    return s


# ---------------------------------------------------------------- 17 youth clinic
def youth_clinic(ctx, lang):
    rng = ctx.rng
    t = ctx.people.holder("teen")
    nurse = C.st("Beaulieu")
    doc = C.st(rng.choice(["Haddad", "Goldberg", "Lemieux"]))
    types = {"patient_name", "ramq_nam", "diagnosis", "lab_result"}
    if lang == "fr":
        subj = rng.choice(["Clinique jeunesse – résultat positif", "Résultat CT jeune", "À traiter – clinique jeunesse"])
        body = (f"{C.greet(rng, 'fr', doc.short('fr'))}\n\n"
                f"{t['given']} {t['surname']} ({I.age(t['dob'])} ans, {I.disguise_nam(rng, t['nam'])}) : TAAN "
                f"{rng.choice(['Chlamydia trachomatis DÉTECTÉ (urine)', 'N. gonorrhoeae DÉTECTÉ (col)', 'Chlamydia DÉTECTÉ, gonorrhée non détectée'])}.\n"
                f"{rng.choice(['Ne veut pas que ses parents soient informés (14 ans et +, consentement seul).', 'Vit en famille d’accueil depuis janvier; ne veut pas que l’éducatrice soit avisée.', 'Partenaire de 24 ans – à évaluer (âge du partenaire).'])}\n\n"
                f"Peux-tu signer l'ordonnance de traitement? Je {I.e(t, 'le', 'la')} revois jeudi.\n\n{C.signature(rng, nurse, 'fr')}")
        types.add("social_information")
    else:
        subj = rng.choice(["Youth clinic – positive result", "Positive CT – youth clinic"])
        body = (f"{C.greet(rng, 'en', doc.short('en'))}\n\n"
                f"{t['given']} {t['surname']} ({I.age(t['dob'])} y, RAMQ {I.disguise_nam(rng, t['nam'])}): NAAT "
                f"{rng.choice(['Chlamydia trachomatis DETECTED (urine)', 'N. gonorrhoeae DETECTED (cervix)'])}.\n"
                f"Does not want parents informed (14+, consents alone).\n\nCan you sign the treatment order? Seeing them Thursday.\n\n"
                f"{C.signature(rng, nurse, 'en')}")
        types.add("social_information")
    s = _spec("youth_clinic", lang, subj, nurse.who(lang), [doc.who(lang)], body, types,
              "youth clinic STI result for a teen NAM holder")
    s["nams"] = [t["nam"]]
    return s


# ---------------------------------------------------------------- 18 probation
def probation_letter(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented(lang, min_age=20, max_age=55)
    doc = C.st(rng.choice(["Vachon", "Lavoie"]))
    agent = ("Agent de probation – Services correctionnels" if lang == "fr" else "Probation Officer",
             "probation.mtl-est@correctionnels.example")
    med, dose = oat(rng, lang)
    types = {"patient_name", "medication", "social_information", "lab_result"}
    prev_fr = (f"Bonjour,\n\nDans le cadre de l'ordonnance de probation de {p['given']} {p['surname']}, pouvez-vous confirmer sa "
               f"présence à votre clinique et la conformité au traitement? Le consentement signé est joint.\n\nMerci")
    prev_en = (f"Hello,\n\nUnder the probation order for {p['given']} {p['surname']}, could you confirm attendance and "
               f"treatment compliance? Signed consent attached.\n\nThanks")
    if lang == "fr":
        top = (f"Bonjour,\n\nAvec le consentement de l'{I.e(p, 'usager', 'usagère')}, je confirme que {I.name(rng, p, 'fr', 'title')} est suivi{I.e(p, '', 'e')} "
               f"à notre clinique depuis le {I.fmt_date(rng, I.past_day(rng, 60, 300), 'fr', 'long')} : {med} {dose}, "
               f"présence {rng.randrange(70, 99)} % des doses. Dépistages urinaires : "
               f"{rng.choice(['négatifs depuis 6 semaines', 'un positif au fentanyl le 3 mars', 'positifs cannabis seulement'])}.\n\n"
               f"{C.signature(rng, doc, 'fr')}")
        body = C.reply_body(rng, top, prev_fr, agent[0], "Demande de confirmation de suivi", "fr")
        subj = "RE: Demande de confirmation de suivi"
    else:
        top = (f"Hello,\n\nWith the client's consent: {I.name(rng, p, 'en', 'title')} has attended our clinic since "
               f"{I.fmt_date(rng, I.past_day(rng, 60, 300), 'en', 'long')} on {med} {dose}, attendance {rng.randrange(70, 99)}%. "
               f"Urine drug screens {rng.choice(['negative for 6 weeks', 'fentanyl-positive once on March 3'])}.\n\n{C.signature(rng, doc, 'en')}")
        body = C.reply_body(rng, top, prev_en, agent[0], "Request for treatment confirmation", "en")
        subj = "RE: Request for treatment confirmation"
    return _spec("probation_letter", lang, subj, doc.who(lang), [agent], body, types,
                 "reply to probation officer on OAT attendance and urine screens", reply_to_id=f"prob{rng.randrange(10**6)}")


# ---------------------------------------------------------------- 19 housing letter
def housing_letter(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented(lang, min_age=30, max_age=65)
    sw = C.st("Benali")
    doc = C.st(rng.choice(["Haddad", "Vachon"]))
    types = {"patient_name", "diagnosis", "social_information", "patient_contact"}
    addr = f"{p['address']}, Montréal {p['postal']}"
    if lang == "fr":
        paras = [f"Montréal, le {I.fmt_date(rng, D.REF_DATE, 'fr', 'long')}", "Objet : demande de logement social prioritaire",
                 f"Je soussigné{I.e(doc, '', 'e')}, {doc.titled('fr')}, atteste suivre {p['given']} {p['surname']}, domicilié{I.e(p, '', 'e')} au {addr}, "
                 f"pour {rng.choice(['une infection au VIH', 'un trouble lié à l’usage des opioïdes sous traitement', 'une hépatite C et une MPOC'])}.",
                 f"Le logement actuel (moisissures, punaises de lit, escaliers) compromet sa santé et l'observance de son traitement. "
                 f"Un logement subventionné adapté est fortement recommandé.", doc.titled("fr")]
        fname = rng.choice([f"Lettre_logement_{p['surname']}.docx", "lettre OMHM.docx"])
        subj = rng.choice(["Lettre pour l'OMHM", "Lettre logement – à signer", "Lettre d'appui logement"])
        body = (f"{C.greet(rng, 'fr', doc.short('fr'))}\n\nVoici la lettre d'appui pour la demande de logement, prête à signer.\n\n"
                f"{C.signature(rng, sw, 'fr')}")
    else:
        paras = [f"Montreal, {I.fmt_date(rng, D.REF_DATE, 'en', 'long')}", "Re: priority social housing application",
                 f"I follow {p['given']} {p['surname']}, residing at {addr}, for "
                 f"{rng.choice(['HIV infection', 'opioid use disorder on treatment', 'hepatitis C and COPD'])}.",
                 "The current unit (mould, bed bugs, stairs) is harmful to their health and treatment adherence. "
                 "Subsidized accessible housing is strongly recommended.", doc.titled("en")]
        fname = rng.choice([f"Housing_letter_{p['surname']}.docx", "housing letter.docx"])
        subj = rng.choice(["Housing support letter", "Letter for OMHM – please sign"])
        body = f"{C.greet(rng, 'en', doc.short('en'))}\n\nHousing support letter attached, ready to sign.\n\n{C.signature(rng, sw, 'en')}"
    data = F.make_docx("", paras)
    return _spec("housing_letter", lang, subj, sw.who(lang), [doc.who(lang)], body, types,
                 "housing support letter DOCX with diagnosis and address",
                 atts=[{"name": fname, "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "data": data}])


# ---------------------------------------------------------------- 20 voicemail transcript
def voicemail(ctx, lang):
    rng = ctx.rng
    p = ctx.people.invented(lang)
    to = C.st(rng.choice(["Lavoie", "Restrepo", "Goldberg"]))
    types = {"patient_name", "patient_contact"}
    if lang == "fr":
        msg, t = rng.choice([
            (f"oui bonjour c'est {p['given']} {p['surname']} j'appelle pour mon résultat de syphilis là on m'a dit de rappeler", {"diagnosis"}),
            (f"allô c'est {p['given']} {p['surname']} euh ma pharmacie a pas reçu mon ordonnance de Suboxone pis je suis en manque", {"medication"}),
            (f"bonjour {p['given']} {p['surname']} à l'appareil je voudrais déplacer mon rendez-vous de Sublocade de jeudi", {"medication"}),
        ])
        body = (f"Vous avez reçu un nouveau message vocal.\n\nDe : {p['phone']}\nDurée : 0:{rng.randrange(15, 59)}\n"
                f"Boîte : {rng.randrange(2100, 2299)}\n\nTranscription (bêta) :\n« {msg} rappelez-moi au {p['phone']} merci »\n\n"
                f"Ce message a été transcrit automatiquement et peut contenir des erreurs.")
        subj = f"Nouveau message vocal de {p['phone']}"
    else:
        msg, t = rng.choice([
            (f"hi it's {p['given']} {p['surname']} calling about my syphilis result they told me to call back", {"diagnosis"}),
            (f"hey it's {p['given']} {p['surname']} my pharmacy didn't get my suboxone prescription and I'm in withdrawal", {"medication"}),
        ])
        body = (f"You have a new voicemail.\n\nFrom: {p['phone']}\nLength: 0:{rng.randrange(15, 59)}\n\nTranscript (beta):\n"
                f"\"{msg} call me back at {p['phone']} thanks\"\n\nThis transcript was generated automatically.")
        subj = f"New voicemail from {p['phone']}"
    types |= t
    return _spec("voicemail", lang, subj, ("Messagerie vocale" if lang == "fr" else "Voicemail", f"no-reply@{D.ORG_DOMAIN}"),
                 [to.who(lang)], body, types, "voicemail transcription with patient name and phone")
