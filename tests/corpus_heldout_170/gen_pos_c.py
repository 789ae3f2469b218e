"""Positive builders, part C: imaging CDs, subpoenas (ICS), vCards, ZIP packages, attached
.eml forwards, quick notes, income support, auto and workers' compensation, subject-only
names."""
import datetime

from gen_attach import (att_eml, att_pdf, att_text, att_zip, make_csv, make_ics, make_pdf,
                        make_vcf, make_zip)
from gen_clin import DX, LAB, MED, PROC, SOCIAL, pick_episode
from gen_common import (CONF_EN, CONF_FR, EXT, ORG_EN, ORG_FR, days_after, days_before,
                        fmt_date, forward_block, mk, phys_title, quote, signature, staff_addr)
from gen_mime import build_message
from gen_pos_a import I, _dx


def p_imaging_cd(c, lang):
    r = c.rng
    p = c.patient(lang)
    exam = r.choice([("IRM lombaire", "lumbar spine MRI", DX[14]),
                     ("IRM du genou droit", "right knee MRI", ("déchirure du ménisque interne",
                                                               "medial meniscus tear")),
                     ("TDM cérébrale", "head CT", DX[13]),
                     ("mammographie et échographie", "mammogram and ultrasound", DX[7])])
    exd = days_before(c, 10, 120)
    pick = days_after(c, 2, 6)
    types = {"patient_name", "patient_contact", "diagnosis"}
    clerk = r.choice(["nolet", "belkacem", "maclellan"])
    if lang == "fr":
        text = ("Bonjour %s,\n\nVotre CD de %s du %s (images et rapport : %s) sera prêt le %s. "
                "Vous pourrez le récupérer au comptoir des archives (local B-014) entre 8 h 30 "
                "et 15 h 30 avec une pièce d'identité. Nous avons tenté de vous joindre au %s "
                "sans succès.\n\nFrais : 15 $ (comptant ou débit).\n\n%s"
                % (c.name(p, r.choice(["title", "full"]), "fr"), exam[0],
                   fmt_date(exd, "fr", "long"), exam[2][0], fmt_date(pick, "fr", "long"),
                   p["phone"], signature(clerk, "fr")))
        subj = r.choice(["Votre CD d'imagerie est prêt", "CD %s — prêt pour cueillette" %
                         exam[0]])
    else:
        text = ("Hello %s,\n\nYour CD of the %s done on %s (images and report: %s) will be "
                "ready on %s. You can pick it up at the Health Records counter (room B-014) "
                "between 8:30 and 3:30 with photo ID. We tried calling you at %s without "
                "success.\n\nFee: $15 (cash or debit).\n\n%s"
                % (c.name(p, r.choice(["title", "full"]), "en"), exam[1],
                   fmt_date(exd, "en", "long"), exam[2][1], fmt_date(pick, "en", "long"),
                   p["phone"], signature(clerk, "en")))
        subj = r.choice(["Your imaging CD is ready", "CD %s - ready for pick-up" % exam[1]])
    return mk("imaging_cd", I(lang, "avis de cueillette d'un CD d'imagerie",
                              "imaging CD pick-up notice"),
              types, staff_addr(clerk), [(c.name(p, "full"), p["email"])], subj, text)


def p_subpoena_ics(c, lang):
    r = c.rng
    p = c.patient(lang)
    dx = r.choice([DX[13], DX[4], DX[22], DX[9]])
    court = days_after(c, 10, 40)
    start = datetime.datetime(court.year, court.month, court.day, 9, 30)
    end = start + datetime.timedelta(hours=3)
    law = r.choice(["law_fr", "law_en2"])
    lname = EXT[law][2]
    case = "%d-%02d-%06d" % (r.choice([400, 500, 700]), r.randint(1, 99), r.randint(0, 999999))
    types = {"patient_name", "diagnosis"}
    arch = r.choice(["stonge", "marcotte"])
    if lang == "fr":
        summ = "Cour du Québec — témoignage archiviste (%s)" % case
        desc = ("Subpoena duces tecum : apporter le dossier original de %s (visite urgence et "
                "suivi pour %s). Cause %s c. Assurances. Procureure : %s"
                % (c.name(p, r.choice(["caps_comma", "full"])), dx[0],
                   p["surname"], lname))
        loc = "Palais de justice de Val-Brûlé, salle 2.12"
        text = ("Bonjour,\n\nJ'ai reçu une citation à comparaître avec production du dossier. "
                "Je bloque la date dans vos agendas ; Éric, peux-tu confirmer si on doit "
                "envoyer une copie certifiée plutôt que l'original ?\n\n%s"
                % signature(arch, "fr", True))
        subj = "Citation à comparaître — %s" % court.isoformat()
    else:
        summ = "Court of Québec - records custodian testimony (%s)" % case
        desc = ("Subpoena duces tecum: bring the original chart of %s (ER visit and follow-up "
                "for %s). Case %s v. Insurer. Counsel: %s"
                % (c.name(p, r.choice(["caps_comma", "full"])), dx[1], p["surname"], lname))
        loc = "Val-Brûlé Courthouse, room 2.12"
        text = ("Hello,\n\nI received a subpoena to testify and produce the chart. I am "
                "blocking the date in your calendars; Éric, can you confirm whether a certified "
                "copy can be sent instead of the original?\n\n%s" % signature(arch, "en", True))
        subj = "Subpoena - %s" % court.isoformat()
    ics = make_ics("subp-%s@chrvb.example" % case, start, end, summ, desc, loc,
                   staff_addr(arch), [staff_addr("vaillancourt"), staff_addr("marcotte")])
    return mk("subpoena", I(lang, "citation à comparaître avec invitation de calendrier",
                            "subpoena with calendar invitation"),
              types, staff_addr(arch), [staff_addr("vaillancourt"), staff_addr("marcotte")],
              subj, text, attachments=[att_text("invite.ics", ics, "text/calendar",
                                                "utf-8", r.choice(["base64", "quoted-printable",
                                                                   "8bit"]))])


def p_vcard_requester(c, lang):
    r = c.rng
    p = c.patient(lang, sex="F", age=(26, 44))
    types = {"patient_name", "patient_contact", "diagnosis"}
    clinic = I(lang, r.choice(["clinique de fertilité (FIV, deux cycles)",
                               "clinique de grossesse à risque (diabète gestationnel)"]),
               r.choice(["fertility clinic (IVF, two cycles)",
                         "high-risk pregnancy clinic (gestational diabetes)"]))
    vcf = make_vcf(p["given"], p["surname"], tel=p["phone"], tel_type="HOME",
                   email=p["email"], adr=(p["street"], p["town"], "QC", p["pc"]))
    clerk = r.choice(["belkacem", "maclellan"])
    to = r.choice(["stonge", "grondin"])
    if lang == "fr":
        text = ("Salut,\n\nDemande reçue par téléphone : la patiente veut une copie de son suivi "
                "à la %s pour une clinique privée. Je t'envoie sa fiche contact (adresse à "
                "jour, elle a déménagé) pour l'envoi par la poste une fois l'autorisation "
                "reçue.\n\n%s" % (clinic, signature(clerk, "fr", True)))
        subj = r.choice(["Fiche contact — demande de copie", "Coordonnées patiente"])
    else:
        text = ("Hi,\n\nRequest received by phone: the patient wants a copy of her follow-up at "
                "the %s for a private clinic. Attached is her contact card (updated address, "
                "she moved) for mailing once the authorization is in.\n\n%s"
                % (clinic, signature(clerk, "en", True)))
        subj = r.choice(["Contact card - copy request", "Patient contact details"])
    fn = "%s %s.vcf" % (p["given"], p["surname"])
    return mk("contact_card", I(lang, "fiche contact de patiente pour envoi de copie",
                                "patient contact card for mailing"),
              types, staff_addr(clerk), [staff_addr(to)], subj, text,
              attachments=[att_text(fn, vcf, "text/vcard", "utf-8",
                                    r.choice(["base64", "quoted-printable", "8bit"]),
                                    r.choice(["plain", "2231"]))])


def p_zip_package(c, lang):
    r = c.rng
    p = c.patient(lang, age=(20, 80))
    key = I(lang, "law_fr", "law_en")
    lname, laddr, firm, ltel = EXT[key]
    ep = pick_episode(r, ("lab",))
    dx, lab, proc = ep["dx"], ep["lab"], ep["proc"]
    types = {"patient_name", "date_of_birth", "mrn", "diagnosis", "lab_result"}
    cover = make_pdf(I(lang, "Lettre d'envoi", "Cover letter"),
                     [("kv", [(I(lang, "Patient(e)", "Patient"), c.name(p, "full")),
                              (I(lang, "Date de naissance", "Date of birth"),
                               c.dob(p, lang, "iso")),
                              (I(lang, "Dossier", "Chart"), c.mrn(p, "plain"))]),
                      ("p", I(lang, "Documents transmis conformément à l'autorisation reçue.",
                              "Documents released under the authorization received."))])
    rows = [[I(lang, "document", "document"), I(lang, "date", "date"),
             I(lang, "résumé", "summary"), "pages"],
            [I(lang, "Note d'urgence", "ER note"), days_before(c, 100, 200).isoformat(),
             I(lang, dx[0], dx[1]), "4"],
            [I(lang, "Laboratoire", "Laboratory"), days_before(c, 100, 200).isoformat(),
             I(lang, lab[0], lab[1]), "2"],
            [I(lang, "Rapport d'examen / d'intervention", "Test / procedure report"),
             days_before(c, 50, 99).isoformat(), I(lang, proc[0], proc[1]), "3"]]
    index = make_csv(rows, ";" if lang == "fr" else ",")
    base = "%s_%s" % (p["surname"].upper().replace("'", ""), p["given"])
    z = make_zip([("%s/00_%s.pdf" % (base, I(lang, "lettre_envoi", "cover_letter")), cover),
                  ("%s/index.csv" % base, index.encode("utf-8"))])
    clerk = r.choice(["belkacem", "maclellan"])
    pw = I(lang, "Le mot de passe vous sera communiqué par téléphone.",
           "The password will be given to you by phone.")
    if lang == "fr":
        text = ("Maître,\n\nVoici les documents demandés (envoi 1 de 2). %s\n\nFacture à suivre."
                "\n\n%s\n\n%s" % (pw, signature(clerk, "fr"), CONF_FR))
        subj = "Envoi de documents — votre dossier %s" % r.randint(1000, 9999)
    else:
        text = ("Counsel,\n\nPlease find the requested documents (part 1 of 2). %s\n\nInvoice to "
                "follow.\n\n%s\n\n%s" % (pw, signature(clerk, "en"), CONF_EN))
        subj = "Records release - your file %s" % r.randint(1000, 9999)
    zname = r.choice(["%s.zip" % base, "envoi_%s.zip" % c.date.strftime("%Y%m%d"),
                      "documents.zip"])
    return mk("release_package", I(lang, "envoi de documents à un avocat en ZIP",
                                   "ZIP records package to lawyer"),
              types, staff_addr(clerk), [(lname, laddr)], subj, text,
              attachments=[att_zip(zname, z, r.choice(["plain", "2231"]))])


def p_forward_eml(c, lang):
    r = c.rng
    p = c.patient(lang)
    ep = pick_episode(r)
    dx, med = ep["dx"], ep["med"]
    when = c.date - datetime.timedelta(days=r.randint(1, 4), hours=r.randint(1, 6))
    types = {"patient_name", "diagnosis", "medication", "patient_contact"}
    if lang == "fr":
        inner_text = ("Bonjour,\n\nJ'ai besoin de la liste de mes médicaments et du dernier "
                      "rapport de mon médecin pour mon voyage (on me suit pour %s et je prends "
                      "%s). Mon adresse : %s.\n\nMerci\n%s"
                      % (dx[0], med[0], p["address"], c.name(p, r.choice(["full", "lower"]))))
        inner_subj = "médicaments et rapport"
    else:
        inner_text = ("Hello,\n\nI need my medication list and my doctor's last report for a "
                      "trip (I'm followed for %s and take %s). My address: %s.\n\nThanks\n%s"
                      % (dx[1], med[1], p["address"], c.name(p, r.choice(["full", "lower"]))))
        inner_subj = "medications and report"
    inner = {"from_": (c.name(p, "full"), p["email"]),
             "to": [("Archives", "archives@chrvb.example")], "subject": inner_subj,
             "date": when, "msgid": "<%08x.%d@%s>" % (r.getrandbits(32), r.randint(10, 99),
                                                      p["email"].split("@")[1]),
             "text": inner_text,
             "transport": {"form": "plain", "charset": "utf-8",
                           "cte": r.choice(["8bit", "quoted-printable"]), "crlf": False}}
    raw = build_message(inner)
    clerk = r.choice(["belkacem", "maclellan", "nolet"])
    to = r.choice(["stonge", "grondin"])
    if lang == "fr":
        text = ("Je te transfère la demande en pièce jointe, c'est pour la pharmacie externe, "
                "pas nous. Peux-tu répondre à la personne ?\n\n%s" % signature(clerk, "fr", True))
        subj = "TR: " + inner_subj
    else:
        text = ("Forwarding the request as an attachment - it's for outpatient pharmacy, not us. "
                "Can you answer the sender?\n\n%s" % signature(clerk, "en", True))
        subj = "FW: " + inner_subj
    return mk("forwarded_request", I(lang, "demande de patient transférée en pièce jointe .eml",
                                     "patient request forwarded as attached .eml"),
              types, staff_addr(clerk), [staff_addr(to)], subj, text,
              attachments=[att_eml(r.choice([inner_subj + ".eml", "demande.eml",
                                             "request.eml"]), raw)])


def p_quick_note(c, lang):
    r = c.rng
    p = c.patient(lang)
    ep = pick_episode(r)
    dx, proc = ep["dx"], ep["proc"]
    sender = r.choice(["belkacem", "nolet", "grondin", "stonge", "maclellan"])
    to = r.choice([k for k in ["belkacem", "nolet", "grondin", "stonge", "maclellan"]
                   if k != sender])
    style = r.choice(["lower", "given_sur_lower", "initial", "sur_first"])
    if style == "given_sur_lower":
        nm = ("%s %s" % (p["surname"], p["given"])).lower()
    else:
        nm = c.name(p, style, lang)
    types = {"patient_name", "date_of_birth", "diagnosis"}
    k = r.randint(0, 2)
    if lang == "fr":
        dob = c.dob(p, "fr", r.choice(["num", "iso"]))
        text = [
            "salut, peux-tu sortir le dossier de %s (%s le %s) ? l'avocat rappelle cet "
            "après-midi, c'est pour sa %s (%s). il veut savoir si on a les notes de physio\n"
            "merci!" % (nm, "née" if p["sex"] == "F" else "né", dob, proc[0], dx[0]),
            "%s — ddn %s — la fille a appelé, elle veut le rapport de %s pour l'assurance "
            "(%s). je lui ai dit qu'il faut une procuration. tu peux vérifier si c'est au "
            "dossier ?" % (nm, dob, proc[0], dx[0]),
            "petite question : %s (%s), suivi pour %s — le rapport de %s est-il numérisé ? "
            "je ne le trouve pas dans le DPE" % (nm, dob, dx[0], proc[0])][k]
        text += "\n\n" + staff_addr(sender)[0].split()[0]
        subj = r.choice(["question dossier", "vite fait", "dossier à sortir", "?"])
    else:
        dob = c.dob(p, "en", r.choice(["num", "iso", "abbr"]))
        text = [
            "hey, can you pull the chart for %s (dob %s)? the lawyer is calling back this "
            "afternoon about the %s (%s) and wants to know if we have the physio notes\n"
            "thanks!" % (nm, dob, proc[1], dx[1]),
            "%s - dob %s - daughter called, wants the %s report for insurance (%s). told her "
            "we need a POA. can you check if it's on file?" % (nm, dob, proc[1], dx[1]),
            "quick one: %s (%s), followed for %s - is the %s report scanned? can't find it in "
            "the EHR" % (nm, dob, dx[1], proc[1])][k]
        text += "\n\n" + staff_addr(sender)[0].split()[0]
        subj = r.choice(["chart question", "quick one", "chart pull", "?"])
    return mk("quick_note", I(lang, "note rapide entre collègues sur un dossier",
                              "quick note between colleagues about a chart"),
              types, staff_addr(sender), [staff_addr(to)], subj, text)


def p_income_support(c, lang):
    r = c.rng
    p = c.patient(lang, age=(25, 62), want=("sin",))
    sname, saddr, sorg, stel = EXT["social"]
    dx = r.choice([DX[17], DX[6], DX[18], DX[11]])
    soc = r.choice([SOCIAL[0], SOCIAL[1], SOCIAL[4]])
    types = {"patient_name", "ca_sin", "social_information", "diagnosis", "date_of_birth"}
    if lang == "fr":
        text = ("Bonjour,\n\nNous traitons une demande de contraintes sévères à l'emploi pour "
                "%s, DDN %s, NAS %s. Situation : %s. La personne indique être suivie à votre "
                "établissement pour %s. Nous avons besoin du rapport médical (formulaire SR-2100) "
                "et des notes de consultation des 12 derniers mois.\n\nL'autorisation signée "
                "est au dossier. Merci de répondre avant le %s, sinon la prestation sera "
                "suspendue.\n\n%s\nAgent d'aide financière\n%s\n%s"
                % (c.name(p, r.choice(["full", "caps_comma"])), c.dob(p, "fr"), c.sin(p),
                   soc[0], dx[0], fmt_date(days_after(c, 15, 30), "fr", "long"), sname, sorg,
                   stel))
        subj = "Demande de rapport médical — contraintes sévères à l'emploi"
    else:
        text = ("Hello,\n\nWe are processing a severe employment constraints application for %s, "
                "DOB %s, SIN %s. Situation: %s. The client reports being followed at your "
                "hospital for %s. We need the medical report (form SR-2100) and consultation "
                "notes for the last 12 months.\n\nThe signed authorization is on file. Please "
                "reply before %s or the benefit will be suspended.\n\n%s\nFinancial assistance "
                "officer\n%s\n%s"
                % (c.name(p, r.choice(["full", "caps_comma"])), c.dob(p, "en"), c.sin(p),
                   soc[1], dx[1], fmt_date(days_after(c, 15, 30), "en", "long"), sname, sorg,
                   stel))
        subj = "Medical report request - severe employment constraints"
    return mk("income_support", I(lang, "demande de rapport pour l'aide sociale",
                                  "income support medical report request"),
              types, (sname, saddr), [("Archives médicales", "archives@chrvb.example")], subj,
              text)


def p_auto_insurer(c, lang):
    r = c.rng
    nam = r.random() < 0.5
    p = c.patient(lang, nam=nam, age=(18, 80))
    aname, aaddr, aorg, atel = EXT["auto_fr"]
    dx, med = r.choice([(DX[22], MED[12]), (DX[13], ("acétaminophène 1 g QID PRN",
                                                       "acetaminophen 1 g QID PRN")),
                        (DX[4], MED[4]), (DX[23], ("naproxène 500 mg BID", "naproxen 500 mg "
                                                                            "BID"))])
    acc = days_before(c, 30, 300)
    claim = "%09d" % r.randint(0, 999999999)
    types = {"patient_name", "date_of_birth", "diagnosis", "medication"}
    if lang == "fr":
        ident = "%s, né(e) le %s" % (c.name(p, "caps_comma"), c.dob(p, "fr", "iso"))
        if nam:
            ident += ", %s, NAM %s" % ("sexe " + p["sex"], c.nam(p))
            types.add("ramq_nam")
        text = ("Bonjour,\n\nRéclamation no %s — accident d'automobile du %s.\n\nVictime : %s.\n"
                "Blessures déclarées : %s. Médication prescrite au congé : %s.\n\n"
                "Nous demandons copie des notes d'urgence, des rapports d'imagerie et des "
                "notes de physiothérapie. Le consentement est joint au portail.\n\n%s\n%s\n%s"
                % (claim, fmt_date(acc, "fr", "long"), ident, dx[0], med[0], aname, aorg, atel))
        subj = "Réclamation %s — demande de dossier" % claim
    else:
        ident = "%s, born %s" % (c.name(p, "caps_comma"), c.dob(p, "en", "iso"))
        if nam:
            ident += ", %s, RAMQ %s" % ("sex " + p["sex"], c.nam(p))
            types.add("ramq_nam")
        text = ("Hello,\n\nClaim no. %s - motor vehicle accident of %s.\n\nVictim: %s.\n"
                "Reported injuries: %s. Medication prescribed at discharge: %s.\n\n"
                "We request copies of the ER notes, imaging reports and physiotherapy notes. "
                "Consent is on the portal.\n\n%s\n%s\n%s"
                % (claim, fmt_date(acc, "en", "long"), ident, dx[1], med[1], aname, aorg, atel))
        subj = "Claim %s - records request" % claim
    return mk("auto_insurer", I(lang, "demande d'un régime d'indemnisation routière",
                                "road accident compensation request"),
              types, (aname, aaddr), [("Archives médicales", "archives@chrvb.example")], subj,
              text)


def p_workers_comp(c, lang):
    r = c.rng
    nam = r.random() < 0.6
    p = c.patient(lang, nam=nam, age=(20, 64))
    wname, waddr, worg, wtel = EXT["work_fr"]
    dx = r.choice([DX[23], DX[14], DX[27], DX[4]])
    ev = days_before(c, 20, 200)
    types = {"patient_name", "diagnosis", "social_information"}
    blocks = [("h", I(lang, "Demande de renseignements médicaux", "Request for medical "
                      "information")),
              ("kv", [(I(lang, "Travailleur(euse)", "Worker"), c.name(p, "caps_comma")),
                      (I(lang, "Dossier RIT", "RIT file"), "%d %06d" % (c.date.year,
                                                                        r.randint(0, 999999))),
                      (I(lang, "Événement", "Event"), fmt_date(ev, lang, "iso")),
                      (I(lang, "Lésion", "Injury"), I(lang, dx[0], dx[1])),
                      (I(lang, "Statut", "Status"), I(lang, "en arrêt de travail, indemnités "
                                                            "versées", "off work, receiving "
                                                                       "benefits"))])]
    if nam:
        blocks[1][1].extend([(I(lang, "Date de naissance", "Date of birth"),
                              c.dob(p, lang, "iso")),
                             (I(lang, "Sexe", "Sex"), p["sex"]),
                             ("NAM", c.nam(p, r.choice(["plain", "space4", "hyphen"])))])
        types |= {"ramq_nam", "date_of_birth"}
    pdf = make_pdf("RIT", blocks, author=worg)
    if lang == "fr":
        text = ("Bonjour,\n\nVeuillez trouver ci-joint notre demande concernant une travailleuse/"
                "un travailleur traité(e) à votre urgence. Merci de nous faire parvenir les notes "
                "et rapports pertinents.\n\n%s\n%s\n%s" % (wname, worg, wtel))
        subj = "Demande de renseignements — dossier RIT"
    else:
        text = ("Hello,\n\nAttached is our request concerning a worker treated in your ER. "
                "Please send the relevant notes and reports.\n\n%s\n%s\n%s"
                % (wname, worg, wtel))
        subj = "Information request - RIT file"
    fn = r.choice(["RIT_demande_%s.pdf" % p["surname"], "RIT_%s.pdf" % c.date.strftime("%Y%m%d")])
    return mk("workers_comp", I(lang, "demande d'un régime d'indemnisation des travailleurs",
                                "workers' compensation request"),
              types, (wname, waddr), [("Archives médicales", "archives@chrvb.example")], subj,
              text, attachments=[att_pdf(fn, pdf)])


def p_subject_only(c, lang):
    r = c.rng
    p = c.patient(lang)
    ep = pick_episode(r)
    proc, dx = ep["proc"], ep["dx"]
    sender = r.choice(["belkacem", "maclellan", "stonge"])
    to = r.choice([EXT["gmf"], EXT["ins_fr"], EXT["law_en"]])
    types = {"patient_name", "diagnosis"}
    nm = c.name(p, r.choice(["caps_comma", "caps", "sur_first", "initial"]), lang)
    if lang == "fr":
        subj = r.choice(["%s — %s" % (nm, proc[0]), "Dossier %s" % nm, "Re: %s" % nm])
        text = ("Bonjour,\n\nSuite à votre appel : le rapport de %s confirme %s. Le rapport "
                "signé sera transmis par télécopieur cet après-midi.\n\n%s"
                % (proc[0], dx[0], signature(sender, "fr")))
    else:
        subj = r.choice(["%s - %s" % (nm, proc[1]), "Chart %s" % nm, "Re: %s" % nm])
        text = ("Hello,\n\nFurther to your call: the %s report confirms %s. The signed report "
                "will be faxed this afternoon.\n\n%s" % (proc[1], dx[1], signature(sender, "en")))
    return mk("subject_name", I(lang, "nom du patient seulement dans l'objet",
                                "patient named only in the subject"),
              types, staff_addr(sender), [(to[0], to[1])], subj, text)


BUILDERS_C = [p_imaging_cd, p_subpoena_ics, p_vcard_requester, p_zip_package, p_forward_eml,
              p_quick_note, p_income_support, p_auto_insurer, p_workers_comp, p_subject_only]
