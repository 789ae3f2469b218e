# -*- coding: utf-8 -*-
"""Positive (confidential) templates, part B: social work, partner screening,
spreadsheets, CSV, vCard, ZIP, attached messages, foreign identifiers, billing."""
import datetime as dt

import gen_common as C
import gen_clinical as K
import gen_docs as D
from gen_ctx import A
from gen_mime import Mail, serialize
from gen_pos_a import ident

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- P16 social work / youth protection
def p_social(x):
    p = x.patient(nam=x.rng.random() < .5)
    kid = x.patient(role="child", nam=True)
    sw, doc = x.role("sw"), x.role("ob", "rn")
    s = x.pick(K.SOCIAL)
    b = x.baby(p, x.rng.randrange(1, 4))
    kid_line = "%s, %s %s, %s, %s %s" % (x.name(kid, "full"), x.t("née le", "born") if kid["sex"] == "F" else
                                           x.t("né le", "born"), x.dob(kid), x.sexlabel(kid),
                                           x.t("NAM", "RAMQ"), x.nam(kid))
    mom = ident(x, p, style="line")
    if x.fr:
        text = ("Bonjour,\n\nSuite à notre conversation téléphonique, voici les informations pour le dossier :\n\n"
                "Mère : %s\nNouveau-né : %s, né le %s à l'unité des naissances\nFratrie : %s\n\n"
                "Situation : %s.\nLa mère est collaborante ; elle souhaite allaiter. Prévoir une rencontre avant le congé.\n\n"
                "Merci de me confirmer la prise en charge.\n%s\n") % (
            mom, x.bname(b), x.date(b["dob"]), kid_line, x.social(s["fr"]), x.sig(sw))
        subj = x.pick(["Signalement — unité des naissances", "Situation sociale — congé à planifier", "Confidentiel — suivi psychosocial"])
    else:
        text = ("Hello,\n\nFurther to our call, here is the information for the file:\n\n"
                "Mother: %s\nNewborn: %s, born %s on the birthing unit\nSibling: %s\n\n"
                "Situation: %s.\nMother is cooperative and wants to breastfeed. Please meet her before discharge.\n\n"
                "Please confirm you can take this on.\n%s\n") % (
            mom, x.bname(b), x.date(b["dob"]), kid_line, x.social(s["en"]), x.sig(sw))
        subj = x.pick(["Report - birthing unit", "Social situation - discharge planning", "Confidential - psychosocial follow-up"])
    dest = x.pick([x.ext("Réception des signalements", "Intake, youth protection", "dpj-region16.example"),
                   x.ext("Intervenante, maison d'hébergement", "Shelter worker", "refuge-aurore.example")])
    return x.mail(category="social", note=x.t("situation psychosociale d'une accouchée", "psychosocial situation of a new mother"),
                  frm=x.who(sw), to=[dest], cc=[x.who(doc)], subject=subj, text=text)


# ---------------------------------------------------------------- P17 partner screening
def p_partner(x):
    mom = x.patient(nam=False)
    dad = x.patient(role="partner", nam=True)
    gc = x.role("ob")
    res = x.pick([(x.t("électrophorèse de l'Hb : trait drépanocytaire (HbAS)", "Hb electrophoresis: sickle cell trait (HbAS)"),
                   x.t("porteur de drépanocytose", "sickle cell carrier")),
                  (x.t("HbA2 5,4 %, VGM 64", "HbA2 5.4%, MCV 64"), x.t("trait bêta-thalassémique", "beta-thalassaemia trait")),
                  (x.t("VDRL réactif 1:8, TPPA positif", "VDRL reactive 1:8, TPPA positive"), x.t("syphilis latente", "latent syphilis")),
                  (x.t("CFTR : variant F508del hétérozygote", "CFTR: heterozygous F508del"), x.t("porteur de fibrose kystique", "cystic fibrosis carrier"))])
    if x.fr:
        text = ("Bonjour,\n\nRésultat du dépistage chez le conjoint de %s (dossier %s, %s SA) :\n\n"
                "Conjoint : %s\nDDN : %s — %s\nNAM : %s\nRésultat : %s\nConclusion : %s.\n\n"
                "Le couple sera vu en conseil génétique le %s. Merci d'ajouter au dossier de grossesse.\n\n%s\n") % (
            x.name(mom, "title"), x.mrn(mom), x.pick(K.GA[1:6]), x.name(dad, "upper"), x.dob(dad), x.sexlabel(dad),
            x.nam(dad), x.lab(res[0]), x.dx(res[1]), x.date(x.days(x.rng.randrange(3, 20))), x.sig(gc))
        subj = "Dépistage conjoint — résultat"
    else:
        text = ("Hello,\n\nPartner screening result for %s (MRN %s, %s wks):\n\n"
                "Partner: %s\nDOB: %s — %s\nRAMQ: %s\nResult: %s\nConclusion: %s.\n\n"
                "The couple will be seen in genetic counselling on %s. Please add to the pregnancy chart.\n\n%s\n") % (
            x.name(mom, "title"), x.mrn(mom), x.pick(K.GA[1:6]), x.name(dad, "upper"), x.dob(dad), x.sexlabel(dad),
            x.nam(dad), x.lab(res[0]), x.dx(res[1]), x.date(x.days(x.rng.randrange(3, 20))), x.sig(gc))
        subj = "Partner screening - result"
    return x.mail(category="labresult", note=x.t("dépistage chez le conjoint", "partner carrier screening"),
                  frm=x.who(gc), to=[x.who(x.role("mw", "fam", "res"))], subject=subj, text=text)


# ---------------------------------------------------------------- P18 weekly list as XLSX
def p_xlsx_list(x):
    clerk, doc = x.role("clerk"), x.role("ob")
    hdr = [x.t("Nom", "Surname"), x.t("Prénom", "Given name"), x.t("DDN", "DOB"), x.t("Sexe", "Sex"), "NAM",
           x.t("DPA", "EDD"), x.t("Risque", "Risk"), x.t("Dossier", "MRN")]
    rows = [hdr]
    for _ in range(x.rng.randrange(3, 6)):
        p = x.patient(nam=x.rng.random() < .6)
        c = x.pick(K.CONDITIONS)
        x.types.add("patient_name")
        rows.append([p["surname"].upper(), p["given"], x.dob(p, p["dob"].isoformat()),
                     p["sex"],
                     x.nam(p, "plain") if p["holder"] else "", x.days(x.rng.randrange(10, 200)).isoformat(),
                     x.cdx(c, True), x.mrn(p)])
        if p["holder"]:
            x._use(p)
    data = D.xlsx_file(x.t("Clinique prénatale", "Prenatal clinic"), rows)
    text = x.t("Bonjour,\n\nVoici la liste des patientes à haut risque pour la semaine prochaine (onglet 1).\n"
               "Merci de vérifier les DPA avant la réunion.\n\n%s\n",
               "Hi,\n\nAttached is next week's high-risk list (tab 1). Please double-check the EDDs before the meeting.\n\n%s\n") % x.sig(clerk)
    fn = x.pick([x.t("liste_GARE_sem%02d.xlsx", "high_risk_wk%02d.xlsx") % x.today.isocalendar()[1],
                 x.t("Liste hebdo clinique prénatale.xlsx", "Weekly prenatal list.xlsx")])
    return x.mail(category="census", note=x.t("liste hebdomadaire de patientes en XLSX", "weekly patient list in XLSX"),
                  frm=x.who(clerk), to=[x.who(doc)], subject=x.t("Liste GARE semaine prochaine", "High-risk list next week"),
                  text=text, atts=[A(fn, XLSX, data, fname_enc=x.pick([None, "2231"]))])


# ---------------------------------------------------------------- P19 CSV log
def p_csv_log(x):
    nurse, doc = x.role("rn"), x.role("ob", "fam")
    kind = x.pick(["rh", "sgb", "glu"])
    sep = x.pick([",", ";"])
    if kind == "rh":
        hdr = [x.t("dossier", "mrn"), x.t("nom", "name"), x.t("date", "date"), x.t("produit", "product"), x.t("dose", "dose")]
        x.med("Rhophylac")
    elif kind == "sgb":
        hdr = [x.t("dossier", "mrn"), x.t("nom", "name"), x.t("date", "date"), "SGB" if x.fr else "GBS", x.t("allergie péni", "pen allergy")]
        x.lab("")
    else:
        hdr = [x.t("dossier", "mrn"), x.t("nom", "name"), x.t("date", "date"), x.t("HGOP 1 h", "GCT 1 h"), x.t("conduite", "action")]
        x.lab("")
    rows = [hdr]
    for _ in range(x.rng.randrange(4, 8)):
        p = x.patient(nam=False)
        d = x.days(-x.rng.randrange(1, 30)).isoformat()
        if kind == "rh":
            extra = ["Rhophylac", "300 µg" if x.fr else "300 mcg"]
        elif kind == "sgb":
            extra = [x.pick(["POS", "NEG", "NEG", "NEG"]), x.pick(["non", "oui"] if x.fr else ["no", "yes"])]
        else:
            v = round(x.rng.uniform(5.8, 11.9), 1)
            extra = [("%.1f" % v).replace(".", "," if x.fr and sep == ";" else "."),
                     (x.t("HGOP 75 g", "75 g OGTT") if v >= 7.8 else "-")]
        rows.append([x.mrn(p), x.name(p, x.pick(["surfirst", "upper"])), d] + extra)
    if kind == "rh":
        x.dx(x.t("Rh négatif", "Rh negative"))
    data = D.csv_text(rows, sep)
    title = {"rh": x.t("Registre Rh négatif — immunoglobuline anti-D", "Rh-negative register — anti-D given"),
             "sgb": x.t("Résultats SGB 35-37 SA", "GBS results 35-37 wks"),
             "glu": x.t("Dépistage DG — HGOP 50 g", "GDM screening — 50 g GCT")}[kind]
    text = x.t("Bonjour,\n\n%s du mois en pièce jointe (CSV).\n\n%s\n", "Hi,\n\n%s for the month attached (CSV).\n\n%s\n") % (
        title, x.sig(nurse))
    fn = {"rh": "registre_rh.csv", "sgb": "sgb_resultats.csv", "glu": "depistage_dg.csv"}[kind] if x.fr else \
        {"rh": "rh_register.csv", "sgb": "gbs_results.csv", "glu": "gdm_screen.csv"}[kind]
    return x.mail(category="labresult", note=x.t("registre clinique en CSV", "clinical register as CSV"),
                  frm=x.who(nurse), to=[x.who(doc)], subject=title, text=text,
                  atts=[A(fn, "text/csv", data, charset=x.pick(["utf-8", "windows-1252", "iso-8859-1"]),
                          cte=x.pick(["base64", "quoted-printable", "8bit"]))])


# ---------------------------------------------------------------- P20 vCard for home visit
def p_vcard(x):
    p = x.patient(nam=False)
    c = x.pick([k for k in K.CONDITIONS if k["key"] in ("hpp", "dpp", "dechirure", "tvp", "mastite", "hta")])
    a, b = x.role("rn", "mw", k=2)
    x.types.add("patient_name")
    vc = D.vcard(p["given"], p["surname"], tel=x.contact(p["phone"]), adr=x.contact(p["address"]),
                 note=x.t("Suivi post-partum : ", "Postpartum follow-up: ") + x.cdx(c))
    text = x.t("Bonjour %s,\n\nTu trouveras la fiche contact de la patiente pour la visite de demain (%s). "
               "Elle préfère être appelée après 10 h.\n\n%s\n",
               "Hi %s,\n\nContact card attached for tomorrow's home visit (%s). She prefers calls after 10 am.\n\n%s\n") % (
        b[0], x.cdx(c, True), a[0])
    fn = "%s_%s.vcf" % (C.strip_accents(p["given"]), C.strip_accents(p["surname"]).replace(" ", ""))
    return x.mail(category="homevisit", note=x.t("fiche contact d'une patiente en vCard", "patient contact card (vCard)"),
                  frm=x.who(a), to=[x.who(b)], subject=x.t("Visite à domicile demain", "Home visit tomorrow"),
                  text=text, atts=[A(fn, "text/vcard", vc, charset="utf-8", cte=x.pick(["base64", "quoted-printable", "7bit"]))])


# ---------------------------------------------------------------- P21 ZIP transfer package
def p_zip(x):
    p = x.patient()
    c = x.pick([k for k in K.CONDITIONS if k["key"] in ("pe", "mpp", "rpm", "rciu", "cholestase", "vhb", "dg")])
    doc = x.role("ob", "res")
    lines = [ident(x, p, style="block")] + [x.cdx(c), x.clab(c), x.cmed(c), x.cplan(c)]
    flat = []
    for l in lines:
        flat += l.split("\n")
    pdfb = D.pdf(x.t("Sommaire de transfert", "Transfer summary"), flat)
    csvb = D.csv_text([[x.t("date", "date"), x.t("analyse", "test"), x.t("valeur", "value")],
                       [x.days(-2).isoformat(), "Hb", "104"], [x.days(-2).isoformat(), x.t("plaquettes", "platelets"), "162"],
                       [x.days(-1).isoformat(), x.t("créatinine", "creatinine"), "64"]])
    members = [(x.t("sommaire_transfert.pdf", "transfer_summary.pdf"), pdfb),
               (x.t("bilans.csv", "labs.csv"), csvb.encode("utf-8"))]
    data = D.zip_file(members)
    text = x.t("Bonjour,\n\nDossier de transfert compressé ci-joint (sommaire et derniers bilans). "
               "Arrivée prévue en fin de journée.\n\n%s\n",
               "Hello,\n\nZipped transfer package attached (summary and latest bloods). Expected arrival end of day.\n\n%s\n") % x.sig(doc)
    return x.mail(category="transfer_package", note=x.t("dossier de transfert en ZIP", "zipped transfer package"),
                  frm=x.who(doc), to=[x.ext("Admission obstétrique", "OB admitting", "hgo-ottawa-est.example")],
                  subject=x.t("Transfert — documents", "Transfer - documents"), text=text,
                  atts=[A(x.t("transfert_%s.zip", "transfer_%s.zip") % x.today.strftime("%Y%m%d"), "application/zip", data)])


# ---------------------------------------------------------------- P22 forwarded as attachment (message/rfc822)
def p_attached_eml(x, seed=0):
    p = x.patient(nam=x.rng.random() < .3)
    mw, doc = x.role("mw"), x.role("ob", "res")
    ga = x.pick(K.GA[4:12])
    sym = x.pick([(x.t("j'ai des saignements rouges depuis ce matin", "I've had bright red bleeding since this morning"),),
                  (x.t("j'ai mal à la tête et je vois des étoiles", "I have a headache and I'm seeing spots"),),
                  (x.t("le bébé bouge beaucoup moins depuis hier", "the baby has been moving much less since yesterday"),),
                  (x.t("j'ai des contractions aux 10 minutes", "I'm having contractions every 10 minutes"),)])[0]
    x.dx(sym)
    extra = ""
    if p["holder"]:
        extra = x.t("\nMa date de naissance : %s, %s, NAM %s", "\nMy date of birth: %s, %s, RAMQ %s") % (
            x.dob(p), x.sexlabel(p), x.nam(p))
    inner_txt = x.t("Bonjour,\n\nC'est %s, je suis à %s semaines et %s. Est-ce que je dois venir ?\n"
                    "Vous pouvez me joindre au %s.%s\n\nMerci\n",
                    "Hello,\n\nThis is %s, I'm %s weeks along and %s. Should I come in?\n"
                    "You can reach me at %s.%s\n\nThanks\n") % (x.name(p, "full"), ga.split("+")[0], sym,
                                                               x.contact(p["phone"]), extra)
    inner = Mail(lang=x.lang, category="inner", note="", frm=(p["given"] + " " + p["surname"], p["email"]),
                 to=[x.ext("Sages-femmes", "Midwives", "maisonnaissance-lessaules.example")],
                 subject=x.t("Question urgente", "Urgent question"), text=inner_txt,
                 opts={"charset": "utf-8", "cte": x.pick(["quoted-printable", "base64"]), "hdr_mode": "q"})
    idate = x.now - dt.timedelta(minutes=x.rng.randrange(20, 300))
    raw = serialize(inner, 0, idate, "<%d.inner@mail.example>" % x.rng.randrange(10 ** 9), seed).decode("ascii")
    text = x.t("%s,\n\nMessage reçu d'une cliente sur la boîte générale (ci-joint). Je l'ai rappelée, elle s'en vient au triage. "
               "Peux-tu l'évaluer à son arrivée ?\n\n%s\n",
               "%s,\n\nMessage from one of our clients to the general inbox (attached). I called her back; she's on her way to triage. "
               "Can you assess her when she arrives?\n\n%s\n") % (doc[0], x.sig(mw))
    return x.mail(category="forward_attached", note=x.t("message de patiente transféré en pièce jointe", "patient message forwarded as attachment"),
                  frm=x.who(mw, "maisonnaissance-lessaules.example"), to=[x.who(doc)],
                  subject=x.t("TR: Question urgente", "Fw: Urgent question"), text=text,
                  atts=[A(x.t("Question urgente.eml", "Urgent question.eml"), "message/rfc822", raw)])


# ---------------------------------------------------------------- P23 reply to a patient, quoting her
def p_reply_patient(x):
    p = x.patient(nam=False)
    mw = x.role("mw")
    res = x.pick([(x.t("Votre HGOP est normale (1 h : 6,9 mmol/L)", "Your glucose challenge test is normal (1 h: 6.9 mmol/L)"), None),
                  (x.t("Votre ferritine est basse (9 µg/L)", "Your ferritin is low (9 ug/L)"),
                   x.t("prenez le Palafer 300 mg une fois par jour", "please take Palafer 300 mg once a day")),
                  (x.t("Votre culture SGB est positive", "Your GBS swab came back positive"),
                   x.t("vous recevrez de la pénicilline IV pendant le travail", "you will get IV penicillin in labour"))])
    q = x.t("Bonjour, est-ce que mes résultats de prise de sang sont arrivés ? Merci, %s", 
            "Hi, are my blood test results back yet? Thanks, %s") % x.name(p, "full")
    body = x.t("Bonjour %s,\n\n%s", "Hi %s,\n\n%s") % (x.given(p), x.lab(res[0]))
    if res[1]:
        body += x.t(" ; %s.", "; %s.") % x.med(res[1])
    else:
        body += "."
    body += x.t("\nOn en reparle à votre rendez-vous du %s.\n\n%s\n", "\nWe'll go over it at your visit on %s.\n\n%s\n") % (
        x.date(x.days(x.rng.randrange(2, 14))), x.sig(mw))
    odate = x.now - dt.timedelta(hours=x.rng.randrange(3, 48))
    body += "\n" + (x.t("Le %s, %s a écrit :", "On %s, %s wrote:") % (odate.strftime("%Y-%m-%d %H:%M"), p["email"])) + "\n> " + q + "\n"
    return x.mail(category="reply", note=x.t("réponse d'une sage-femme à une cliente", "midwife replying to a client"),
                  frm=x.who(mw, "maisonnaissance-lessaules.example"), to=[(p["given"] + " " + p["surname"], p["email"])],
                  subject=x.t("RE: résultats", "RE: results"), text=body)


# ---------------------------------------------------------------- P24 Ontario patient (health card)
def p_ontario(x):
    p = x.patient(nam=False)
    c = x.pick(K.CONDITIONS)
    doc = x.role("ob", "fam", "mw")
    if x.fr:
        text = ("Bonjour,\n\nPatiente résidente de l'Ontario ayant accouché chez nous le %s.\n"
                "%s, DDN %s\nCarte santé Ontario : %s\nAdresse : %s\n\nDx : %s\nTx : %s\n"
                "Merci de prendre le relais du suivi post-partum à Ottawa-Est.\n\n%s\n") % (
            x.date(x.days(-x.rng.randrange(1, 5))), x.name(p, "surfirst"), x.dob(p), x.ohn(p),
            x.contact(C.home_address(x.rng, True)), x.cdx(c), x.cmed(c), x.sig(doc))
        subj = "Suivi post-partum — patiente ontarienne"
    else:
        text = ("Hello,\n\nOntario resident who delivered with us on %s.\n"
                "%s, DOB %s\nOntario health card: %s\nAddress: %s\n\nDx: %s\nRx: %s\n"
                "Please take over postpartum follow-up in Ottawa-East.\n\n%s\n") % (
            x.date(x.days(-x.rng.randrange(1, 5))), x.name(p, "surfirst"), x.dob(p), x.ohn(p),
            x.contact(C.home_address(x.rng, True)), x.cdx(c), x.cmed(c), x.sig(doc))
        subj = "Postpartum follow-up - Ontario patient"
    return x.mail(category="referral", note=x.t("patiente ontarienne — relais du suivi", "Ontario patient handover"),
                  frm=x.who(doc), to=[x.ext("Clinique post-partum", "Postpartum clinic", "hgo-ottawa-est.example")],
                  subject=subj, text=text)


# ---------------------------------------------------------------- P25 Belgian patient (NISS)
def p_belgian(x):
    p = x.patient(nam=False)
    clerk = x.role("clerk")
    c = x.pick([k for k in K.CONDITIONS if k["key"] in ("hpp", "dechirure", "siege", "pe", "sgb")])
    if x.fr:
        text = ("Madame, Monsieur,\n\nNous avons pris en charge votre affiliée lors de son accouchement le %s.\n\n"
                "Nom : %s\nDate de naissance : %s\nNISS : %s\nDiagnostic principal : %s\n\n"
                "Pourriez-vous nous confirmer la prise en charge des frais d'hospitalisation (séjour de %d jours) ? "
                "La facture détaillée suit.\n\n%s\n") % (
            x.date(x.days(-x.rng.randrange(3, 20))), x.name(p, "upper"), x.dob(p), x.niss(p), x.cdx(c),
            x.rng.randrange(2, 6), x.sig(clerk))
        subj = "Prise en charge — affiliée de passage au Québec"
    else:
        text = ("Dear Sir or Madam,\n\nWe cared for your member during her delivery on %s.\n\n"
                "Name: %s\nDate of birth: %s\nBelgian national number (NISS): %s\nMain diagnosis: %s\n\n"
                "Could you confirm coverage of the hospital costs (%d-day stay)? Itemised invoice to follow.\n\n%s\n") % (
            x.date(x.days(-x.rng.randrange(3, 20))), x.name(p, "upper"), x.dob(p), x.niss(p), x.cdx(c),
            x.rng.randrange(2, 6), x.sig(clerk))
        subj = "Coverage request - member treated in Quebec"
    return x.mail(category="insurer_form", note=x.t("demande de prise en charge à une mutualité belge", "coverage request to a Belgian mutual insurer"),
                  frm=x.who(clerk), to=[("Mutualité Saint-Lambert", "international@mutualite-stlambert.example")],
                  subject=subj, text=text)


# ---------------------------------------------------------------- P26 French patient (NIR)
def p_french(x):
    p = x.patient(nam=False)
    doc = x.role("ob", "fam")
    c = x.pick(K.CONDITIONS[:11])
    lines = [x.t("Entente de sécurité sociale France-Québec — attestation de soins", "France-Quebec social security agreement — care certificate"),
             "%s %s" % (x.t("Assurée :", "Insured person:"), x.name(p, "upper")),
             "%s %s" % (x.t("Née le :", "Born:"), x.dob(p)),
             "%s %s" % (x.t("N° de sécurité sociale (NIR) :", "French social security no. (NIR):"), x.nir(p)),
             "%s %s" % (x.t("Grossesse :", "Pregnancy:"), x.pick(c["ga"]) + x.t(" SA", " weeks")),
             "%s %s" % (x.t("Motif de suivi :", "Reason for follow-up:"), x.cdx(c)), "", C.dr(doc, x.lang)]
    data = D.pdf("SE 401-Q-104", lines)
    text = x.t("Bonjour,\n\nVeuillez trouver l'attestation pour votre assurée, en attente de sa carte RAMQ. "
               "Merci de nous retourner le formulaire signé.\n\n%s\n",
               "Hello,\n\nAttached is the certificate for your insured person, who is waiting for her RAMQ card. "
               "Please return the signed form.\n\n%s\n") % x.sig(doc)
    return x.mail(category="insurer_form", note=x.t("attestation France-Québec avec NIR", "France-Quebec certificate with NIR"),
                  frm=x.who(doc), to=[("CPAM — relations internationales", "ri@cpam-lyon.example")],
                  subject=x.t("Attestation de soins — entente France-Québec", "Care certificate - France-Quebec agreement"),
                  text=text, atts=[A(x.t("attestation_soins.pdf", "care_certificate.pdf"), "application/pdf", data)])


# ---------------------------------------------------------------- P27 name only in Subject
def p_subject_only(x):
    p = x.patient(nam=False)
    c = x.pick([k for k in K.CONDITIONS if k["key"] in ("dg", "anemia", "hypothyro", "cholestase", "vhb", "pe")])
    a, b = x.role("ob", "rn", "mw", "res", "fam", k=2)
    subj = "%s — %s" % (x.name(p, x.pick(["full", "title", "surfirst", "lower"])),
                        x.pick([x.t("résultats", "results"), x.t("à rappeler", "call back"), x.cdx(c, True)]))
    text = x.t("Résultats reçus ce matin : %s\nC'est compatible avec : %s. Peux-tu la rappeler pour l'enseignement et "
               "débuter %s ?\n\n%s\n",
               "Results in this morning: %s\nConsistent with %s. Can you call her back for teaching and start %s?\n\n%s\n") % (
        x.clab(c), x.cdx(c), x.cmed(c), a[0])
    return x.mail(category="note", note=x.t("nom seulement dans l'objet", "patient named only in the Subject"),
                  frm=x.who(a), to=[x.who(b)], subject=subj, text=text)


# ---------------------------------------------------------------- P28 appointment reminder to the patient
def p_reminder(x):
    p = x.patient(nam=False)
    c = x.pick([k for k in K.CONDITIONS if k["key"] in ("dg", "hta", "rh", "anemia", "hypothyro", "dpp")])
    clinic = {"dg": ("de diabète de grossesse", "pregnancy diabetes"), "hta": ("d'hypertension de grossesse", "pregnancy hypertension"),
              "rh": ("prénatale (injection de Rhophylac, Rh négatif)", "prenatal (Rhophylac injection, Rh negative)"),
              "anemia": ("prénatale (fer IV pour anémie)", "prenatal (IV iron for anaemia)"),
              "hypothyro": ("d'endocrinologie de grossesse (hypothyroïdie)", "pregnancy endocrinology (hypothyroidism)"),
              "dpp": ("de santé mentale périnatale (dépression post-partum)", "perinatal mental health (postpartum depression)")}[c["key"]]
    d0 = x.days(x.rng.randrange(2, 10))
    while d0.weekday() > 4:
        d0 += dt.timedelta(days=1)
    when = dt.datetime.combine(d0, dt.time(x.pick([8, 9, 10, 13, 14]), x.pick([0, 15, 30, 45])))
    if x.fr:
        text = ("Bonjour %s,\n\nNous vous rappelons votre rendez-vous à la clinique %s le %s à %s.\n"
                "Apportez votre carnet de suivi%s et votre carte d'assurance maladie.\n\n"
                "Pour annuler : 450-555-0123.\nClinique prénatale — %s\n") % (
            x.name(p, "title"), x.dx(clinic[0]), C.day_fr(when.date()), when.strftime("%H h %M"),
            x.t(" de glycémies" if c["key"] == "dg" else "", ""), C.ORG_FR)
        subj = "Rappel de rendez-vous"
    else:
        text = ("Dear %s,\n\nThis is a reminder of your appointment at the %s clinic on %s at %s.\n"
                "Please bring your log book%s and your health card.\n\n"
                "To cancel: 450-555-0123.\nPrenatal clinic — %s\n") % (
            x.name(p, "title"), x.dx(clinic[1]), C.day_en(when.date()), when.strftime("%I:%M %p"),
            " of glucose readings" if c["key"] == "dg" else "", C.ORG_EN)
        subj = "Appointment reminder"
    return x.mail(category="reminder", note=x.t("rappel de rendez-vous envoyé à une patiente", "appointment reminder sent to a patient"),
                  frm=(x.t("Clinique prénatale", "Prenatal clinic"), "rendezvous@" + C.DOM),
                  to=[("", p["email"])], subject=subj, text=text)


# ---------------------------------------------------------------- P29 OAT pharmacy coordination
def p_oat(x):
    p = x.patient()
    doc = x.role("fam", "ob")
    dose = x.pick([x.t("Suboxone 16 mg die, doses observées", "Suboxone 16 mg daily, witnessed doses"),
                   x.t("méthadone 85 mg die, 1 dose emportée/sem.", "methadone 85 mg daily, one carry per week")])
    if x.fr:
        text = ("Bonjour,\n\nVotre patiente %s a accouché hier. Pendant l'hospitalisation, nous poursuivons :\n  %s\n"
                "Dernière dose servie à l'unité : ce matin 8 h. Congé prévu %s ; merci de reprendre le service dès le lendemain.\n"
                "Bébé surveillé pour %s.\nDx maternel : %s.\n\n%s\n") % (
            ident(x, p, style="inline"), x.med(dose), C.day_fr(x.days(2)), x.dx("syndrome de sevrage néonatal"),
            x.dx("trouble lié aux opioïdes"), x.sig(doc))
        subj = "TAO — coordination congé"
    else:
        text = ("Hello,\n\nYour patient %s delivered yesterday. While in hospital we are continuing:\n  %s\n"
                "Last dose given on the unit: 8 am today. Discharge planned %s; please resume dispensing the next day.\n"
                "Baby being monitored for %s.\nMaternal dx: %s.\n\n%s\n") % (
            ident(x, p, style="inline"), x.med(dose), C.day_en(x.days(2)), x.dx("neonatal abstinence syndrome"),
            x.dx("opioid use disorder"), x.sig(doc))
        subj = "OAT - discharge coordination"
    return x.mail(category="prescription", note=x.t("coordination du traitement agoniste opioïde", "opioid agonist therapy coordination"),
                  frm=x.who(doc), to=[x.ext("Pharmacie Brault", "Brault Pharmacy", "pharmacie-brault.example")],
                  subject=subj, text=text)


# ---------------------------------------------------------------- P30 M&M review NOT de-identified
def p_mm(x):
    chair = x.role("ob")
    cases = []
    for i in range(x.rng.randrange(2, 4)):
        p = x.patient(nam=False)
        c = x.pick([k for k in K.CONDITIONS if k["key"] in ("hpp", "pe", "dechirure", "rpm", "tvp", "mpp")])
        cases.append("%d. %s (%s %s) — %s ; %s" % (i + 1, x.name(p, x.pick(["surfirst", "title", "full"])),
                                                     x.t("dossier", "MRN"), x.mrn(p), x.cdx(c), x.clab(c)))
    text = x.t("Bonjour à tous,\n\nCas retenus pour la revue de morbidité de jeudi (salle 2-114, 12 h) :\n\n%s\n\n"
               "Les résidents présentent. Merci de lire les dossiers avant.\n\n%s\n",
               "Hi all,\n\nCases for Thursday's morbidity review (room 2-114, noon):\n\n%s\n\n"
               "Residents presenting. Please review the charts beforehand.\n\n%s\n") % ("\n".join(cases), x.sig(chair))
    return x.mail(category="committee", note=x.t("revue de morbidité avec cas identifiés", "morbidity review with identified cases"),
                  frm=x.who(chair), to=[(x.t("Département obst-gyn", "OB-GYN department"), "obgyn-all@" + C.DOM)],
                  subject=x.t("Revue M&M jeudi — cas", "M&M Thursday - cases"), text=text)


# ---------------------------------------------------------------- P31 RAMQ billing problem
def p_billing(x):
    p = x.patient(nam=True)
    clerk, doc = x.role("clerk"), x.role("ob", "fam")
    act = x.pick([(x.t("accouchement vaginal", "vaginal delivery"), x.t("travail spontané à terme", "spontaneous term labour")),
                  (x.t("césarienne", "caesarean section"), x.t("présentation du siège", "breech presentation")),
                  (x.t("suivi de grossesse", "pregnancy follow-up"), x.t("diabète gestationnel", "gestational diabetes"))])
    if x.fr:
        text = ("Bonjour Dr,\n\nLa demande de paiement suivante a été refusée (message 110 — NAM/DDN ne concordent pas) :\n\n"
                "  %s | DDN %s | %s | NAM %s\n  Acte : %s le %s, dx : %s\n\n"
                "Pouvez-vous confirmer les données avec la carte de la patiente ? Je refacture dès réception.\n\n%s\n") % (
            x.name(p, "surfirst"), x.dob(p), x.sexlabel(p), x.nam(p), act[0], x.date(x.days(-x.rng.randrange(5, 40))),
            x.dx(act[1]), x.sig(clerk))
        subj = "Facturation refusée — à corriger"
    else:
        text = ("Hello Doctor,\n\nThe following RAMQ claim was rejected (message 110 - health number / DOB mismatch):\n\n"
                "  %s | DOB %s | %s | RAMQ %s\n  Service: %s on %s, dx: %s\n\n"
                "Could you check against the patient's card? I'll resubmit as soon as I hear back.\n\n%s\n") % (
            x.name(p, "surfirst"), x.dob(p), x.sexlabel(p), x.nam(p), act[0], x.date(x.days(-x.rng.randrange(5, 40))),
            x.dx(act[1]), x.sig(clerk))
        subj = "Rejected claim - please correct"
    return x.mail(category="billing", note=x.t("refus de facturation RAMQ pour une patiente", "rejected RAMQ claim for a patient"),
                  frm=x.who(clerk), to=[x.who(doc)], subject=subj, text=text)


# ---------------------------------------------------------------- P32 gynaecology clinic referral
def p_gyn(x):
    p = x.patient(role=x.pick(["gyn", "gyn", "senior"]), nam=True)
    a, b = x.role("fam"), x.role("ob")
    age = C.age_on(p["dob"], x.today)
    prob = x.pick([(x.t("saignements post-ménopausiques", "postmenopausal bleeding"),
                        x.t("endomètre 9 mm à l'écho", "endometrial thickness 9 mm on US")),
                       (x.t("prolapsus utérin stade III", "stage III uterine prolapse"), x.t("culture d'urine négative", "urine culture negative")),
                       (x.t("cytologie HSIL", "HSIL on Pap"), x.t("VPH 16 positif", "HPV 16 positive"))])
    text = x.t("Bonjour,\n\nDemande de consultation en gynécologie :\n%s\nÂge : %d ans\nRaison : %s\n%s\n"
               "Médication : %s\n\nMerci,\n%s\n",
               "Hello,\n\nGynaecology consultation request:\n%s\nAge: %d\nReason: %s\n%s\n"
               "Medications: %s\n\nThanks,\n%s\n") % (
        ident(x, p, style=x.pick(["block", "line"])), age, x.dx(prob[0]), x.lab(prob[1]),
        x.med(x.pick([x.t("ramipril 5 mg, atorvastatine 20 mg", "ramipril 5 mg, atorvastatin 20 mg"),
                      x.t("lévothyroxine 50 µg", "levothyroxine 50 mcg"),
                      x.t("estradiol en gel, progestérone 100 mg", "estradiol gel, progesterone 100 mg")])),
        x.sig(a))
    return x.mail(category="referral", note=x.t("demande de consultation en gynécologie", "gynaecology consultation request"),
                  frm=x.who(a), to=[x.who(b)], subject=x.t("Consultation gynéco", "Gyn consult"), text=text)


# ---------------------------------------------------------------- P33 name only in the attachment file name
def p_fname_only(x):
    p = x.patient(nam=False)
    c = x.pick(K.CONDITIONS)
    a, b = x.role("ob", "rn", "mw", "res", "fam", k=2)
    lines = [x.t("Dossier : ", "Chart: ") + x.mrn(p), x.t("Bilan du ", "Bloodwork ") + x.days(-1).isoformat(), x.clab(c)]
    x.types.add("patient_name")
    fn = "%s_%s_%s.pdf" % (x.t("resultats", "results"), C.strip_accents(p["surname"]).replace(" ", ""), C.strip_accents(p["given"]))
    fname_enc = None
    if x.rng.random() < .5:
        fn = "%s %s — %s.pdf" % (p["surname"], p["given"], x.t("bilan", "labs"))
        fname_enc = x.pick(["2231", "2047"])
    data = D.pdf(x.t("Résultats de laboratoire", "Laboratory results"), lines)
    text = x.t("Voici les résultats demandés. À discuter demain.\n%s\n", "Here are the results you asked for. Let's discuss tomorrow.\n%s\n") % a[0]
    return x.mail(category="labresult", note=x.t("nom seulement dans le nom du fichier joint", "name only in attachment file name"),
                  frm=x.who(a), to=[x.who(b)], subject=x.t("Résultats", "Results"), text=text,
                  atts=[A(fn, "application/pdf", data, fname_enc=fname_enc)])


TEMPLATES = {
    "social": p_social, "partner": p_partner, "xlsx_list": p_xlsx_list, "csv_log": p_csv_log, "vcard": p_vcard,
    "zip": p_zip, "attached_eml": p_attached_eml, "reply_patient": p_reply_patient, "ontario": p_ontario,
    "belgian": p_belgian, "french": p_french, "subject_only": p_subject_only, "reminder": p_reminder,
    "oat": p_oat, "mm": p_mm, "billing": p_billing, "gyn": p_gyn, "fname_only": p_fname_only,
}
