"""Positive builders, part A: requests from patients and lawyers, insurers, consents,
chart corrections, misfiles, backlog lists, merges, youth protection, police."""
from gen_attach import (att_docx, att_pdf, att_xlsx, make_docx, make_pdf, make_xlsx)
from gen_clin import DX, LAB, MED, PROC, SOCIAL, pick_episode
from gen_common import (CONF_EN, CONF_FR, DEPT_EN, DEPT_FR, EXT, ORG_EN, ORG_FR, days_after,
                        days_before, ext_box, fmt_date, fold, forward_block, mk, phys_title,
                        quote, signature, staff_addr)

I = lambda lang, fr, en: fr if lang == "fr" else en  # noqa: E731


def _dx(c, lang, pool=DX):
    fr, en = c.rng.choice(pool)
    return I(lang, fr, en)


def p_patient_request(c, lang):
    r = c.rng
    nam = r.random() < 0.45
    foreign = None if nam else r.choice([None, None, "nir", "niss"])
    p = c.patient(lang, nam=nam, age=(19, 90), want=(foreign,) if foreign else ())
    types = {"patient_name", "date_of_birth", "diagnosis"}
    stay = days_before(c, 40, 400)
    ep = pick_episode(r)
    dx = I(lang, *ep["dx"])
    proc = ep["proc"]
    clerk = r.choice(["belkacem", "maclellan", "nolet"])
    who = c.name(p, "full")
    sig_name = r.choice([who, who.lower(), p["given"]])
    give_phone = r.random() < 0.7
    if lang == "fr":
        body = ("Bonjour,\n\nJe voudrais obtenir une copie de mon dossier médical, en particulier "
                "tout ce qui concerne mon hospitalisation du %s (%s ; on m'a fait : %s). "
                "Mon médecin de famille veut voir les rapports et mon assureur aussi.\n\n"
                "Je suis %s le %s. Est-ce que je peux recevoir les documents par courriel "
                "ou je dois passer les chercher ?"
                % (fmt_date(stay, "fr", "long"), dx, proc[0], "née" if p["sex"] == "F" else "né",
                   c.dob(p, "fr")))
        if give_phone:
            body += "\nVous pouvez m'appeler au %s, je suis là le matin." % p["phone"]
            types.add("patient_contact")
        if foreign == "nir":
            body += ("\nJe suis %s de France l'an dernier ; mon numéro de sécurité "
                     "sociale français est le %s, si jamais ça aide."
                     % ("arrivée" if p["sex"] == "F" else "arrivé", c.nir(p)))
            types.add("fr_nir")
        elif foreign == "niss":
            body += ("\nJe suis originaire de Belgique ; mon numéro de registre national est "
                     "le %s, si jamais ça aide." % c.niss(p))
            types.add("be_niss")
        body += "\n\nMerci beaucoup\n%s" % sig_name
        subj = r.choice(["Demande de copie de dossier", "copie de mon dossier médical",
                         "Demande d'accès à mon dossier"])
    else:
        body = ("Hello,\n\nI would like a copy of my medical records, mainly from my stay "
                "starting %s (%s; I had: %s). My family doctor and my insurance both "
                "asked for the reports.\n\nMy date of birth is %s. Can the documents be e-mailed "
                "to me or do I need to pick them up in person?"
                % (fmt_date(stay, "en", "long"), dx, proc[1], c.dob(p, "en")))
        if give_phone:
            body += "\nMy cell is %s if you need to reach me." % p["phone"]
            types.add("patient_contact")
        if foreign == "nir":
            body += ("\nI moved here from France last year; my French social security number "
                     "(NIR) is %s in case it helps." % c.nir(p))
            types.add("fr_nir")
        elif foreign == "niss":
            body += ("\nI am originally from Belgium; my national register number is %s in "
                     "case it helps." % c.niss(p))
            types.add("be_niss")
        body += "\n\nThank you,\n%s" % sig_name
        subj = r.choice(["Request for copy of my records", "medical records request",
                         "Access to my hospital file"])
    reply = r.random() < 0.6
    if reply:
        when = c.date.replace(hour=max(7, c.date.hour - 3))
        if lang == "fr":
            top = ("Bonjour %s,\n\nNous avons bien reçu votre demande. Pour des raisons de "
                   "sécurité, nous ne transmettons pas de dossier par courriel non chiffré. "
                   "Veuillez remplir le formulaire d'autorisation ci-joint (signé) et nous le "
                   "retourner avec une copie d'une pièce d'identité avec photo.\n\n"
                   % c.name(p, "title", "fr"))
            if nam:
                top += ("Pour confirmer l'identification :\nNom : %s\nDate de naissance : %s\n%s\n"
                        "NAM : %s\n\n" % (c.name(p, "caps_comma"), c.dob(p, "fr", "iso"),
                                          c.sexword(p, "fr"), c.nam(p)))
                types.add("ramq_nam")
            top += "Délai habituel : 10 à 20 jours ouvrables.\n\n" + signature(clerk, "fr")
            text = top + "\n\n" + quote(body, "fr", "%s <%s>" % (who, p["email"]), when)
            subj = "RE: " + subj
        else:
            top = ("Dear %s,\n\nThank you for your request. For security reasons we do not send "
                   "records by unencrypted e-mail. Please complete and sign the attached "
                   "authorization and return it with a copy of photo ID.\n\n"
                   % c.name(p, "title_sur", "en"))
            if nam:
                top += ("To confirm identity on file:\nName: %s\nDOB: %s\n%s\nRAMQ: %s\n\n"
                        % (c.name(p, "caps_comma"), c.dob(p, "en", "iso"), c.sexword(p, "en"),
                           c.nam(p)))
                types.add("ramq_nam")
            top += "Usual turnaround: 10 to 20 business days.\n\n" + signature(clerk, "en")
            text = top + "\n\n" + quote(body, "en", "%s <%s>" % (who, p["email"]), when)
            subj = "RE: " + subj
        return mk("roi_request", I(lang, "réponse à une demande d'accès d'un patient",
                                   "reply to a patient's access request"),
                  types, staff_addr(clerk), [(who, p["email"])], subj, text, reply=True)
    if nam:
        body = body.replace("\n\nMerci beaucoup", "\nNAM : %s (sexe %s)\n\nMerci beaucoup"
                            % (c.nam(p), p["sex"])) if lang == "fr" else \
            body.replace("\n\nThank you,", "\nMedicare (RAMQ) no. %s, sex %s\n\nThank you,"
                         % (c.nam(p), p["sex"]))
        types.add("ramq_nam")
    return mk("roi_request", I(lang, "demande d'accès d'un patient à son dossier",
                               "patient's request for own records"),
              types, (who, p["email"]), [("Archives médicales", "archives@chrvb.example")],
              subj, body)


def p_lawyer_request(c, lang):
    r = c.rng
    p = c.patient(lang, age=(20, 75))
    key = I(lang, r.choice(["law_fr", "law_fr2"]), r.choice(["law_en", "law_en2"]))
    lname, laddr, firm, ltel = EXT[key]
    acc = days_before(c, 120, 700)
    dx = r.choice(DX[4:5] + DX[13:15] + DX[22:24])
    types = {"patient_name", "date_of_birth", "diagnosis", "patient_contact"}
    ref = "%s-%04d" % (r.choice(["LB", "DA", "WH", "SL"]), r.randint(100, 9999))
    if lang == "fr":
        blocks = [("p", "Val-Brûlé, le %s" % fmt_date(c.date.date(), "fr", "long")),
                  ("kv", [("Objet :", "Demande de copie de dossier médical"),
                          ("Notre client(e) :", c.name(p, "full")),
                          ("Date de naissance :", c.dob(p, "fr", "iso")),
                          ("Adresse :", p["address"]),
                          ("Notre dossier :", ref)]),
                  ("p", "Madame, Monsieur, nous représentons la personne susmentionnée à la suite "
                        "de l'accident survenu le %s, à la suite duquel elle a été traitée à votre "
                        "urgence pour %s." % (fmt_date(acc, "fr", "long"), dx[0])),
                  ("p", "Nous vous prions de nous faire parvenir une copie complète du dossier : "
                        "notes d'urgence, notes d'évolution, rapports d'imagerie, protocoles "
                        "opératoires, notes de physiothérapie et feuilles d'administration des "
                        "médicaments, pour la période du %s à ce jour. L'autorisation signée de "
                        "notre client(e) est jointe." % fmt_date(acc, "fr", "iso")),
                  ("p", "Veuillez agréer nos salutations distinguées."),
                  ("p", "%s, avocat(e)\n%s\nTél. %s" % (lname, firm, ltel))]
        pdf = make_pdf("Demande d'accès — %s" % firm, blocks, author=firm)
        fname = r.choice(["Demande_dossier_%s.pdf" % ref, "lettre_CHRVB_%s.pdf" % ref,
                          "Demande %s %s.pdf" % (p["surname"], p["given"][0])])
        body = ("Bonjour,\n\nVous trouverez ci-joint notre demande de copie du dossier médical de "
                "notre client(e) ainsi que son autorisation signée. Nous vous saurions gré de "
                "nous indiquer les frais applicables avant l'envoi.\n\nCordialement,\n\n%s\n%s\n"
                "Tél. : %s\n\n%s" % (lname, firm, ltel, CONF_FR))
        subj = r.choice(["Demande de dossier — N/Réf. %s" % ref,
                         "Demande de copie de dossier médical / %s" % ref,
                         "Notre client(e) %s — demande de dossier" % c.name(p, "caps")])
    else:
        blocks = [("p", fmt_date(c.date.date(), "en", "long")),
                  ("kv", [("Re:", "Request for medical records"),
                          ("Our client:", c.name(p, "full")),
                          ("Date of birth:", c.dob(p, "en", "iso")),
                          ("Address:", p["address"]),
                          ("Our file:", ref)]),
                  ("p", "We act for the above-named in connection with a motor vehicle collision "
                        "on %s, following which our client was treated in your emergency "
                        "department for %s." % (fmt_date(acc, "en", "long"), dx[1])),
                  ("p", "Please provide a complete copy of the chart, including ER records, "
                        "progress notes, diagnostic imaging reports, operative reports, "
                        "physiotherapy notes and medication administration records from %s to "
                        "date. Our client's signed authorization is enclosed." %
                        fmt_date(acc, "en", "iso")),
                  ("p", "Yours truly,"),
                  ("p", "%s\n%s\nTel. %s" % (lname, firm, ltel))]
        pdf = make_pdf("Records request — %s" % firm, blocks, author=firm)
        fname = r.choice(["Records_Request_%s.pdf" % ref, "CHRVB_request_%s.pdf" % ref,
                          "%s %s - records request.pdf" % (p["surname"], p["given"][0])])
        body = ("Good afternoon,\n\nPlease find attached our request for our client's medical "
                "records together with the signed authorization. Kindly advise of any copying "
                "fees before release.\n\nRegards,\n\n%s\n%s\nTel: %s\n\n%s"
                % (lname, firm, ltel, CONF_EN))
        subj = r.choice(["Records request - our file %s" % ref,
                         "Request for medical records / %s" % ref,
                         "Client %s - records request" % c.name(p, "caps")])
    atts = [att_pdf(fname, pdf, r.choice(["plain", "2231"]))]
    if r.random() < 0.5:
        clerk = r.choice(["belkacem", "maclellan"])
        arch = r.choice(["stonge", "grondin", "nolet"])
        fw = forward_block(body, lang, "%s <%s>" % (lname, laddr), "archives@chrvb.example",
                           subj, c.date.replace(hour=max(7, c.date.hour - 2)))
        types.add("mrn")
        if lang == "fr":
            top = ("%s, peux-tu sortir le dossier %s (papier avant 2019) ? Demande d'avocat, "
                   "autorisation OK. Il faudra aussi les images de l'urgence.\n\nMerci\n%s"
                   % (staff_addr(arch)[0].split()[0], c.mrn(p), signature(clerk, "fr", True)))
            subj = "TR: " + subj
        else:
            top = ("%s, could you pull chart %s (paper before 2019)? Lawyer request, "
                   "authorization is fine. We will also need the ER imaging.\n\nThanks\n%s"
                   % (staff_addr(arch)[0].split()[0], c.mrn(p), signature(clerk, "en", True)))
            subj = "FW: " + subj
        return mk("lawyer_request", I(lang, "demande d'avocat transférée pour sortie de dossier",
                                      "forwarded lawyer request to pull a chart"),
                  types, staff_addr(clerk), [staff_addr(arch)], subj, top + "\n\n" + fw,
                  attachments=atts)
    return mk("lawyer_request", I(lang, "demande de dossier par un cabinet d'avocats",
                                  "law firm records request"),
              types, (lname, laddr), [("Archives médicales", "archives@chrvb.example")], subj,
              body, attachments=atts)


def p_insurer_aps(c, lang):
    r = c.rng
    ont = r.random() < 0.35
    p = c.patient(lang, age=(25, 62), want=("sin", "ohip") if ont else ("sin",))
    key = I(lang, "ins_fr", "ins_en")
    iname, iaddr, iorg, itel = EXT[key]
    claim = "%s%07d" % (r.choice(["IV", "LTD", "CD"]), r.randint(0, 9999999))
    dx, med = r.choice([(DX[5], MED[2]), (DX[27], ("escitalopram 10 mg DIE",
                                                    "escitalopram 10 mg daily")),
                        (DX[11], ("ocrelizumab 600 mg IV q6 mois", "ocrelizumab 600 mg IV "
                                                                    "every 6 months")),
                        (DX[14], MED[12]), (DX[25], MED[14 - 1]), (DX[6], MED[3])])
    types = {"patient_name", "date_of_birth", "ca_sin", "diagnosis", "medication"}
    if ont:
        types.add("ca_health_number")
    since = days_before(c, 60, 300)
    if lang == "fr":
        blocks = [("h", "Déclaration du médecin traitant — invalidité"),
                  ("h", "Section A — à remplir par l'assureur"),
                  ("kv", [("Nom de l'assuré(e)", c.name(p, "caps_comma")),
                          ("Date de naissance", c.dob(p, "fr", "iso")),
                          ("NAS", c.sin(p, r.choice(["space3", "hyphen", "plain"])))]
                         + ([("Carte Santé Ontario", c.ohip(p))] if ont else []) + [
                          ("No de réclamation", claim),
                          ("Arrêt de travail depuis", fmt_date(since, "fr", "iso"))]),
                  ("h", "Section B — renseignements déclarés par l'assuré(e)"),
                  ("p", "Diagnostic déclaré : %s. Médication actuelle : %s. Suivi en clinique "
                        "externe au CHRVB." % (dx[0], med[0])),
                  ("h", "Section C — à remplir par le médecin"),
                  ("p", "Diagnostic principal : ____  Restrictions : ____  Date prévue de "
                        "retour : ____")]
        doc = make_docx("Déclaration du médecin traitant", blocks, author=iorg)
        body = ("Bonjour,\n\nDans le cadre de la réclamation %s, nous vous transmettons la "
                "déclaration du médecin traitant à faire compléter, ainsi que l'autorisation "
                "de l'assuré(e). L'assuré(e) déclare être en arrêt de travail depuis le %s pour "
                "%s.\n\nMerci de nous retourner le formulaire et les notes de consultation des "
                "six derniers mois d'ici 30 jours.\n\n%s\nAnalyste en réclamations\n%s\n%s"
                % (claim, fmt_date(since, "fr", "long"), dx[0], iname, iorg, itel))
        subj = "Réclamation %s — déclaration du médecin traitant" % claim
        fname = "DMT_%s.docx" % claim
    else:
        blocks = [("h", "Attending Physician Statement - Disability"),
                  ("h", "Part A - completed by insurer"),
                  ("kv", [("Claimant", c.name(p, "caps_comma")),
                          ("Date of birth", c.dob(p, "en", "iso")),
                          ("SIN", c.sin(p, r.choice(["space3", "hyphen", "plain"])))]
                         + ([("Ontario health number", c.ohip(p))] if ont else []) + [
                          ("Claim number", claim),
                          ("Off work since", fmt_date(since, "en", "iso"))]),
                  ("h", "Part B - as reported by claimant"),
                  ("p", "Reported diagnosis: %s. Current medication: %s. Followed at CHRVB "
                        "outpatient clinic." % (dx[1], med[1])),
                  ("h", "Part C - to be completed by physician"),
                  ("p", "Primary diagnosis: ____  Restrictions: ____  Expected return: ____")]
        doc = make_docx("Attending Physician Statement", blocks, author=iorg)
        body = ("Hello,\n\nRegarding claim %s, please find attached the Attending Physician "
                "Statement for completion and the claimant's signed authorization. The claimant "
                "reports being off work since %s due to %s.\n\nPlease return the form and "
                "consultation notes for the past six months within 30 days.\n\n%s\n"
                "Claims Specialist\n%s\n%s" % (claim, fmt_date(since, "en", "long"), dx[1],
                                               iname, iorg, itel))
        subj = "Claim %s - Attending Physician Statement" % claim
        fname = "APS_%s.docx" % claim
    return mk("insurer_request", I(lang, "demande d'assureur invalidité avec formulaire",
                                   "disability insurer request with form"),
              types, (iname, iaddr), [("Archives médicales", "archives@chrvb.example")], subj,
              body, attachments=[att_docx(fname, doc)])


def p_consent_scan(c, lang):
    r = c.rng
    p = c.patient(lang, nam=True)
    types = {"patient_name", "date_of_birth", "ramq_nam", "patient_contact", "diagnosis"}
    dx = _dx(c, lang, DX[7:8] + DX[26:27] + DX[19:21] + DX[6:7])
    sender = r.choice(["labrecque", "kerrigan"])
    to = r.choice(["belkacem", "maclellan"])
    dest = r.choice([EXT["gmf"][2], EXT["ins_fr"][2], EXT["law_fr"][2], EXT["ins_en"][2]])
    if lang == "fr":
        blocks = [("h", "Autorisation de communiquer des renseignements contenus au dossier"),
                  ("kv", [("Nom, prénom", c.name(p, "caps_comma")),
                          ("Date de naissance", c.dob(p, "fr", "iso")),
                          ("Sexe", p["sex"]),
                          ("No d'assurance maladie", c.nam(p, r.choice(["plain", "space4"]))),
                          ("Adresse", p["address"]),
                          ("Téléphone", p["phone"])]),
                  ("p", "J'autorise le %s à communiquer à : %s" % (ORG_FR, dest)),
                  ("p", "Renseignements visés : rapports de pathologie, résumés de séjour et notes "
                        "de consultation relatifs à : %s." % dx),
                  ("p", "Cette autorisation est valide pour un an. Signature : (signé)   "
                        "Date : %s" % fmt_date(days_before(c, 1, 20), "fr", "iso"))]
        pdf = make_pdf("Autorisation de communiquer", blocks)
        fname = r.choice(["autorisation_%s_%s.pdf" % (p["surname"].upper(), p["given"]),
                          "SCAN_%s.pdf" % c.date.strftime("%Y%m%d_%H%M"),
                          "Autorisation %s.pdf" % p["surname"]])
        body = ("Bonjour %s,\n\nVoici l'autorisation numérisée reçue au comptoir ce matin "
                "(l'original est dans le bac des demandes). Elle était agrafée avec une "
                "copie de carte d'assurance maladie que j'ai détruite.\n\n%s"
                % (staff_addr(to)[0].split()[0], signature(sender, "fr", True)))
        subj = r.choice(["Autorisation numérisée", "Scan — autorisation reçue au comptoir",
                         "Autorisation %s" % p["surname"]])
    else:
        blocks = [("h", "Authorization to Release Health Information"),
                  ("kv", [("Last name, first name", c.name(p, "caps_comma")),
                          ("Date of birth", c.dob(p, "en", "iso")),
                          ("Sex", p["sex"]),
                          ("Medicare number (RAMQ)", c.nam(p, r.choice(["plain", "space4"]))),
                          ("Home address", p["address"]),
                          ("Phone", p["phone"])]),
                  ("p", "I authorize %s to release to: %s" % (ORG_EN, dest)),
                  ("p", "Information to be released: pathology reports, discharge summaries "
                        "and consultation notes related to: %s." % dx),
                  ("p", "Valid for one year. Signature: (signed)   Date: %s"
                   % fmt_date(days_before(c, 1, 20), "en", "iso"))]
        pdf = make_pdf("Authorization to Release", blocks)
        fname = r.choice(["authorization_%s_%s.pdf" % (p["surname"].upper(), p["given"]),
                          "SCAN_%s.pdf" % c.date.strftime("%Y%m%d_%H%M"),
                          "Consent %s.pdf" % p["surname"]])
        body = ("Hi %s,\n\nHere is the scanned authorization dropped off at the counter this "
                "morning (original is in the requests tray). A copy of the Medicare card was "
                "stapled to it; I shredded it.\n\n%s"
                % (staff_addr(to)[0].split()[0], signature(sender, "en", True)))
        subj = r.choice(["Scanned authorization", "Scan - authorization from counter",
                         "Authorization %s" % p["surname"]])
    return mk("consent_form", I(lang, "autorisation de communiquer numérisée",
                                "scanned release authorization"),
              types, staff_addr(sender), [staff_addr(to)], subj, body,
              attachments=[att_pdf(fname, pdf, "2231cont" if len(fname) > 30 else
                                   r.choice(["plain", "2231"]))])


def p_chart_correction(c, lang):
    r = c.rng
    p = c.patient(lang)
    types = {"patient_name", "mrn"}
    phys = r.randrange(0, 10)
    kind = r.choice(["allergy", "alcohol", "dx"])
    visit = days_before(c, 30, 200)
    if kind == "allergy":
        med = r.choice(["pénicilline|penicillin", "sulfamides|sulfa drugs", "codéine|codeine"])
        fr_, en_ = med.split("|")
        claim = I(lang, "une allergie à la %s est inscrite alors que je la prends sans problème "
                        "(j'ai eu de l'amoxicilline en 2022)" % fr_,
                  "an allergy to %s is listed although I take it without problems (I had "
                  "amoxicillin in 2022)" % en_)
        types.add("medication")
    elif kind == "alcohol":
        claim = I(lang, "la note d'urgence dit « ROH chronique, 10 consommations/jour » alors "
                        "que je ne bois pas ; j'étais confus(e) à cause de mon hypoglycémie",
                  "the ER note says 'chronic EtOH, 10 drinks/day' but I do not drink; I was "
                  "confused because of my low blood sugar")
        types.add("diagnosis")
    else:
        dx = r.choice(DX)
        claim = I(lang, "le diagnostic « %s » figure dans mon résumé de départ, mais le "
                        "médecin m'a dit que c'était écarté" % dx[0],
                  "my discharge summary lists '%s' but the doctor told me this was ruled out"
                  % dx[1])
        types.add("diagnosis")
    sender = r.choice(["stonge", "theriault", "dunn"])
    if lang == "fr":
        text = ("%s,\n\nNous avons reçu une demande de rectification (art. 28 de la Loi) de %s, "
                "dossier %s, concernant la visite du %s. La personne indique que %s.\n\n"
                "Pourriez-vous revoir la note et, si vous êtes d'accord, ajouter une note "
                "rectificative ? Sinon, nous devons l'informer du refus et de son droit de "
                "déposer une mention de désaccord. Délai légal : 30 jours.\n\nMerci,\n\n%s"
                % (phys_title(phys, "fr"), c.name(p, r.choice(["title", "caps_comma", "full"]),
                                                  "fr"),
                   c.mrn(p), fmt_date(visit, "fr", "long"), claim, signature(sender, "fr")))
        subj = r.choice(["Demande de rectification au dossier",
                         "Rectification — dossier %s" % p["mrn"],
                         "Demande de correction (patient)"])
    else:
        text = ("%s,\n\nWe received a request to correct the record from %s, chart %s, about "
                "the visit of %s. The patient states that %s.\n\nCould you review the note and, "
                "if you agree, add an amending note? Otherwise we must inform the patient of the "
                "refusal and of the right to file a statement of disagreement. Legal deadline: "
                "30 days.\n\nThank you,\n\n%s"
                % (phys_title(phys, "en"), c.name(p, r.choice(["title", "caps_comma", "full"]),
                                                  "en"),
                   c.mrn(p), fmt_date(visit, "en", "long"), claim, signature(sender, "en")))
        subj = r.choice(["Request to correct health record", "Record amendment - chart %s"
                         % p["mrn"], "Correction request (patient)"])
    if "mrn" in types and p["mrn"] in subj:
        pass
    from gen_common import phys_addr
    return mk("chart_correction", I(lang, "demande de rectification transmise au médecin",
                                    "record correction request sent to physician"),
              types, staff_addr(sender), [phys_addr(phys)], subj, text)


def p_misfile(c, lang):
    r = c.rng
    a = c.patient(lang)
    b = c.patient(lang)
    lab = r.choice(LAB)
    labdate = days_before(c, 3, 60)
    sender = r.choice(["labrecque", "kerrigan", "grondin"])
    to = r.choice(["stonge", "dunn", "marcotte"])
    types = {"patient_name", "mrn", "lab_result"}
    if lang == "fr":
        text = ("Bonjour,\n\nEn contrôle qualité de la numérisation, j'ai trouvé un résultat de "
                "laboratoire mal classé :\n\n- Document : résultat du %s (%s)\n"
                "- Appartient à : %s, dossier %s\n- Classé dans : %s, dossier %s\n\n"
                "Le document a été vu dans le dossier électronique de la mauvaise personne "
                "(lot de numérisation %s). Je l'ai retiré de l'index et reclassé. Faut-il "
                "faire une déclaration d'incident (AH-223) ?\n\n%s"
                % (fmt_date(labdate, "fr", "iso"), lab[0], c.name(a, "caps_comma"), c.mrn(a),
                   c.name(b, "caps_comma"), c.mrn(b), "L%s-%03d" % (c.date.strftime("%y%m%d"),
                                                                     r.randint(1, 400)),
                   signature(sender, "fr", True)))
        subj = r.choice(["Document mal classé", "Erreur de classement — résultat de labo",
                         "Misfile à corriger"])
    else:
        text = ("Hi,\n\nDuring scanning QA I found a misfiled lab result:\n\n"
                "- Document: result dated %s (%s)\n- Belongs to: %s, chart %s\n"
                "- Filed under: %s, chart %s\n\nThe document was visible in the wrong "
                "patient's electronic chart (scan batch %s). I removed it from the index and "
                "refiled it. Do we need an incident report?\n\n%s"
                % (fmt_date(labdate, "en", "iso"), lab[1], c.name(a, "caps_comma"), c.mrn(a),
                   c.name(b, "caps_comma"), c.mrn(b), "L%s-%03d" % (c.date.strftime("%y%m%d"),
                                                                     r.randint(1, 400)),
                   signature(sender, "en", True)))
        subj = r.choice(["Misfiled document", "Filing error - lab result", "Misfile to fix"])
    return mk("misfile", I(lang, "résultat de laboratoire classé au mauvais dossier",
                           "lab result filed in wrong chart"),
              types, staff_addr(sender), [staff_addr(to)], subj, text)


def p_backlog_list(c, lang):
    r = c.rng
    n = r.randint(6, 11)
    units = [("4 Nord — médecine", "4 North - Medicine", [0, 1, 2, 3, 9, 20, 28]),
             ("Psychiatrie 2e", "Psychiatry 2nd", [5, 6, 17, 18, 24, 25]),
             ("Chirurgie 5 Sud", "Surgery 5 South", [4, 7, 10, 14, 16]),
             ("Obstétrique", "Obstetrics", [21]),
             ("Soins intensifs", "ICU", [1, 8, 15, 29])]
    rows = [I(lang, ["No dossier", "Nom", "Prénom", "Date de départ", "Unité", "Motif",
                     "Document manquant"],
              ["Chart", "Last name", "First name", "Discharge", "Unit", "Reason", "Missing"])]
    missing = I(lang, ["résumé de départ", "protocole opératoire", "feuille d'ordonnances",
                       "consentement", "note de consultation"],
                ["discharge summary", "operative report", "order sheet", "consent",
                 "consult note"])
    with_nam = r.random() < 0.35
    holder = None
    for i in range(n):
        p = c.patient(lang, nam=(with_nam and i == 2))
        if p.get("holder"):
            holder = p
        d = days_before(c, 5, 90)
        unit = r.choice([u for u in units if p["sex"] == "F" or u[0] != "Obstétrique"])
        rows.append([c.mrn(p, r.choice(["plain", "H"])), p["surname"].upper(), p["given"],
                     d.isoformat(), I(lang, unit[0], unit[1]),
                     I(lang, *DX[r.choice(unit[2])]), r.choice(missing)])
    types = {"patient_name", "mrn", "diagnosis"}
    sheets = [(I(lang, "En attente", "Pending"), rows)]
    if holder:
        sheets.append((I(lang, "À vérifier", "To verify"),
                       [["NAM", I(lang, "Nom", "Name"), I(lang, "Naissance", "DOB"),
                         I(lang, "Sexe", "Sex"), I(lang, "Remarque", "Remark")],
                        [c.nam(holder, "plain"), c.name(holder, "caps_comma"),
                         holder["dob"].isoformat(), holder["sex"],
                         I(lang, "NAM différent sur la carte d'hôpital",
                           "RAMQ differs on hospital card")]]))
        types |= {"ramq_nam", "date_of_birth"}
    xl = make_xlsx(sheets)
    sender = r.choice(["kerrigan", "labrecque"])
    to = r.choice(["marcotte", "stonge"])
    if lang == "fr":
        text = ("Bonjour,\n\nCi-joint la liste des dossiers de l'unité en attente de "
                "numérisation (départs des 90 derniers jours), avec les documents manquants. "
                "On a encore environ %d boîtes au sous-sol ; à ce rythme on termine dans trois "
                "semaines.\n\n%s" % (r.randint(8, 30), signature(sender, "fr", True)))
        subj = "Retard de numérisation — liste à jour"
        fname = "attente_numerisation_%s.xlsx" % c.date.strftime("%Y%m%d")
    else:
        text = ("Hello,\n\nAttached is the list of charts still waiting to be scanned "
                "(discharges over the last 90 days) with the missing documents. About %d boxes "
                "remain in the basement; at this pace we finish in three weeks.\n\n%s"
                % (r.randint(8, 30), signature(sender, "en", True)))
        subj = "Scanning backlog - updated list"
        fname = "scanning_backlog_%s.xlsx" % c.date.strftime("%Y%m%d")
    return mk("scan_backlog", I(lang, "liste nominative des dossiers à numériser",
                                "named list of charts awaiting scanning"),
              types, staff_addr(sender), [staff_addr(to)], subj, text,
              attachments=[att_xlsx(fname, xl)])


def p_duplicate_merge(c, lang):
    r = c.rng
    p = c.patient(lang, nam=True)
    mrn1 = p["mrn"]
    mrn2 = "%07d" % r.randrange(100000, 2999999)
    types = {"patient_name", "mrn", "ramq_nam", "date_of_birth", "diagnosis"}
    visit = days_before(c, 1, 20)
    dx = _dx(c, lang)
    sender = r.choice(["grondin", "dunn"])
    to = ("Index patient — EMPI", "empi@chrvb.example")
    c.ids.append(("mrn", mrn2))
    m1 = c.mrn(p, "plain")
    if lang == "fr":
        text = ("Bonjour,\n\nDoublon à fusionner dans l'index patient :\n\n"
                "  Dossier à conserver : %s\n  Dossier à fusionner : %s (créé à l'urgence le %s)\n"
                "  Nom : %s\n  Date de naissance : %s\n  %s\n  NAM : %s\n\n"
                "Le dossier temporaire contient la visite à l'urgence (%s) et deux requêtes de "
                "laboratoire. Merci de confirmer quand la fusion sera faite pour que je "
                "déplace les documents numérisés.\n\n%s"
                % (m1, mrn2, fmt_date(visit, "fr", "iso"), c.name(p, "caps_comma"),
                   c.dob(p, "fr", "iso"), c.sexword(p, "fr"), c.nam(p), dx,
                   signature(sender, "fr")))
        subj = r.choice(["Fusion de dossiers", "Doublon index patient — fusion demandée"])
    else:
        text = ("Hello,\n\nDuplicate to merge in the patient index:\n\n"
                "  Surviving chart: %s\n  Chart to merge: %s (created in ER on %s)\n"
                "  Name: %s\n  DOB: %s\n  %s\n  RAMQ: %s\n\n"
                "The temporary chart holds the ER visit (%s) and two lab requisitions. Please "
                "confirm when the merge is done so I can move the scanned documents.\n\n%s"
                % (m1, mrn2, fmt_date(visit, "en", "iso"), c.name(p, "caps_comma"),
                   c.dob(p, "en", "iso"), c.sexword(p, "en"), c.nam(p), dx,
                   signature(sender, "en")))
        subj = r.choice(["Chart merge request", "EMPI duplicate - merge needed"])
    return mk("chart_merge", I(lang, "demande de fusion de dossiers en double",
                               "duplicate chart merge request"),
              types, staff_addr(sender), [to], subj, text)


def p_dpj_request(c, lang):
    r = c.rng
    nam = r.random() < 0.5
    child = c.patient(lang, age=(1, 13), nam=nam)
    key = I(lang, "dpj", "dpj_en")
    dname, daddr, dorg, dtel = EXT[key]
    inj = I(lang, r.choice(["fracture spiralée de l'humérus gauche", "ecchymoses multiples d'âges "
                            "différents", "brûlure au deuxième degré de la main droite",
                            "TCC avec hématome sous-dural"]),
            r.choice(["spiral fracture of the left humerus", "multiple bruises of different "
                      "ages", "second-degree burn of the right hand",
                      "head injury with subdural haematoma"]))
    visit = days_before(c, 2, 40)
    num = "%d-%05d" % (c.date.year, r.randint(0, 99999))
    types = {"patient_name", "date_of_birth", "diagnosis", "social_information"}
    parent_given, prole = r.choice([("Karine", "F"), ("Steve", "M"), ("Mélissa", "F"),
                                    ("Jonathan", "M"), ("Kayla", "F"), ("Derek", "M")])
    if nam:
        types |= {"ramq_nam"}
        idline = I(lang, " — NAM %s, sexe %s" % (c.nam(child), child["sex"]),
                   " - RAMQ %s, sex %s" % (c.nam(child), child["sex"]))
    else:
        idline = ""
    if lang == "fr":
        text = ("Bonjour,\n\nEn vertu de l'article 35.1 de la Loi sur la protection de la "
                "jeunesse, je vous demande copie des renseignements suivants concernant "
                "l'enfant %s (né(e) le %s%s), dont la situation est prise en charge par notre "
                "direction (signalement retenu no %s) :\n\n"
                "- notes de l'urgence pédiatrique de la visite du %s (%s) ;\n"
                "- rapport de radiologie et évaluation de la travailleuse sociale ;\n"
                "- toute note relative @ROLE@, %s %s, présent(e) lors de la visite.\n\n"
                "L'enfant est présentement confié(e) à une famille d'accueil. Merci de "
                "transmettre par télécopieur sécurisé au %s.\n\n%s\nIntervenante à "
                "l'évaluation\n%s" % (c.name(child, "full"), c.dob(child, "fr", "long"), idline,
                                      num,
                                      fmt_date(visit, "fr", "long"), inj, parent_given,
                                      child["surname"], dtel, dname, dorg))
        text = text.replace("@ROLE@", "à la mère" if prole == "F" else "au père")
        subj = r.choice(["Demande LPJ art. 35.1 — signalement %s" % num,
                         "Demande de renseignements DPJ — %s" % c.name(child, "caps")])
    else:
        text = ("Hello,\n\nUnder section 35.1 of the Youth Protection Act, I request copies of "
                "the following information about the child %s (born %s%s), whose situation is "
                "being handled by our service (report retained no. %s):\n\n"
                "- paediatric ER notes from the visit of %s (%s);\n"
                "- radiology report and social worker's assessment;\n"
                "- any note about the @ROLE@, %s %s, who was present at the visit.\n\n"
                "The child is currently placed with a foster family. Please send by secure fax "
                "to %s.\n\n%s\nIntake worker\n%s" % (c.name(child, "full"),
                                                      c.dob(child, "en", "long"), idline, num,
                                                      fmt_date(visit, "en", "long"), inj,
                                                      parent_given, child["surname"], dtel,
                                                      dname, dorg))
        text = text.replace("@ROLE@", "mother" if prole == "F" else "father")
        subj = r.choice(["YPA s.35.1 request - report %s" % num,
                         "Youth protection information request - %s" % c.name(child, "caps")])
    return mk("youth_protection", I(lang, "demande de la DPJ concernant un enfant",
                                    "youth protection request about a child"),
              types, (dname, daddr), [("Archives médicales", "archives@chrvb.example")], subj,
              text)


def p_police_request(c, lang):
    r = c.rng
    p = c.patient(lang, sex=r.choice("FFM"), age=(19, 60))
    pname, paddr, porg, ptel = EXT["police"]
    event = days_before(c, 3, 30)
    file_no = "SPVB-%d-%06d" % (c.date.year, r.randint(0, 999999))
    inj = I(lang, r.choice(["fracture du nez et lacération à l'arcade", "strangulation avec "
                            "pétéchies", "contusions multiples et fracture de côte"]),
            r.choice(["nasal fracture and brow laceration", "strangulation with petechiae",
                      "multiple contusions and rib fracture"]))
    types = {"patient_name", "diagnosis", "social_information"}
    counsel = r.choice(["vaillancourt", "theriault"])
    if lang == "fr":
        orig = ("Bonjour,\n\nDans le cadre de l'enquête %s (voies de fait dans un contexte "
                "conjugal), nous souhaitons obtenir le dossier de l'urgence de %s, vue le %s "
                "pour %s. La victime a été rencontrée mais n'a pas encore signé de "
                "consentement.\n\n%s\n%s\n%s" % (file_no, c.name(p, "title", "fr"),
                                                  fmt_date(event, "fr", "long"), inj, pname,
                                                  porg, ptel))
        text = ("Sergent-détective,\n\nSans le consentement écrit de la personne concernée ou un "
                "mandat de perquisition / une ordonnance de communication, nous ne pouvons "
                "pas transmettre ces renseignements. Nous pouvons seulement confirmer "
                "l'existence d'une visite si la loi le permet.\n\nSi Mme/M. %s signe "
                "l'autorisation, nous traiterons la demande en priorité.\n\n%s\n\n%s"
                % (p["surname"], signature(counsel, "fr"),
                   quote(orig, "fr", "%s <%s>" % (pname, paddr),
                         c.date.replace(hour=max(7, c.date.hour - 5)))))
        subj = "RE: Demande de dossier — enquête %s" % file_no
    else:
        orig = ("Hello,\n\nAs part of investigation %s (domestic assault), we would like to "
                "obtain the ER record of %s, seen on %s for %s. The victim has been met but has "
                "not signed a consent yet.\n\n%s\n%s\n%s" % (file_no, c.name(p, "title", "en"),
                                                             fmt_date(event, "en", "long"), inj,
                                                             pname, porg, ptel))
        text = ("Detective Sergeant,\n\nWithout the written consent of the person concerned or "
                "a warrant / production order, we cannot release this information.\n\nIf %s "
                "signs the authorization we will process the request as a priority.\n\n%s\n\n%s"
                % (c.name(p, "title_sur", "en"), signature(counsel, "en"),
                   quote(orig, "en", "%s <%s>" % (pname, paddr),
                         c.date.replace(hour=max(7, c.date.hour - 5)))))
        subj = "RE: Records request - investigation %s" % file_no
    return mk("police_request", I(lang, "réponse à une demande policière (violence conjugale)",
                                  "reply to police request (domestic assault)"),
              types, staff_addr(counsel), [(pname, paddr)], subj, text, reply=True)


def p_deficiency_list(c, lang):
    r = c.rng
    phys = r.randrange(0, 10)
    n = r.randint(4, 8)
    lines = []
    for i in range(n):
        p = c.patient(lang)
        d = days_before(c, 20, 120)
        style = r.choice(["caps_comma", "caps", "full", "initial"])
        lines.append("%-8s %-26s %s  %s" % (c.mrn(p, r.choice(["plain", "dash"])),
                                            c.name(p, style), d.isoformat(),
                                            _dx(c, lang)))
    types = {"patient_name", "mrn", "diagnosis"}
    sender = r.choice(["stonge", "ducharme", "dunn"])
    from gen_common import phys_addr
    if lang == "fr":
        text = ("%s,\n\nSelon notre suivi des dossiers incomplets, les résumés de départ "
                "suivants sont en attente de dictée depuis plus de 30 jours :\n\n%s\n\n"
                "Le comité des dossiers fera le suivi le mois prochain. Vous pouvez dicter au "
                "poste 4400 ou compléter dans le DPE.\n\nMerci,\n%s"
                % (phys_title(phys, "fr"), "\n".join(lines), signature(sender, "fr")))
        subj = "Dossiers incomplets — résumés de départ en attente"
    else:
        text = ("%s,\n\nAccording to our incomplete-records tracking, the following discharge "
                "summaries have been awaiting dictation for over 30 days:\n\n%s\n\n"
                "The records committee will follow up next month. You can dictate at ext. 4400 "
                "or complete them in the EHR.\n\nThank you,\n%s"
                % (phys_title(phys, "en"), "\n".join(lines), signature(sender, "en")))
        subj = "Incomplete charts - discharge summaries pending"
    return mk("deficiency_list", I(lang, "liste de dossiers incomplets pour un médecin",
                                   "incomplete chart list for a physician"),
              types, staff_addr(sender), [phys_addr(phys)], subj, text)


BUILDERS_A = [p_patient_request, p_lawyer_request, p_insurer_aps, p_consent_scan,
              p_chart_correction, p_misfile, p_backlog_list, p_duplicate_merge, p_dpj_request,
              p_police_request, p_deficiency_list]
