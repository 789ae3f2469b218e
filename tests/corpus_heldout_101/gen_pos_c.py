"""Confidential messages, part C: forwards and attached messages, social
situations, post-exposure prophylaxis, partner notification, out-of-province
and foreign identifiers (Ontario, Belgium, France), SIN, rosters, NAM-only
and MRN-only messages, casual bookings."""
import datetime

import gen_common as G
import gen_docs as D
import gen_vocab as V
from gen_build import Att, Mail


def _pick(c, pair):
    return pair[0] if c.lang == "fr" else pair[1]


# ------------------------------------------------------------------ inline forward (Outlook style)
def inline_forward(c):
    p = c.holder(min_age=18) if c.rng.random() < 0.6 else c.patient(min_age=18)
    clerk = c.staff(role_idx=7, inst=G.INSTITUTIONS[c.rng.randrange(4)])
    md = c.staff(role_idx=0, inst=clerk.inst)
    gp = c.staff(physician=True)
    fr = c.lang == "fr"
    who = c.name(p, c.pick("full", "title", "upper_first"))
    ids = []
    if p.nam:
        ids.append(c.nam(p))
    ids.append(c.dob(p))
    tel = c.phone()
    prob = c.rng.choice([
        (c.fr("IGRA positif (%s UI/mL) au dépistage pré-emploi, RX normale", "positive IGRA (%s IU/mL) on pre-employment screening, normal CXR"), "lab"),
        (c.fr("AgHBs positif découvert en grossesse, ADN VHB %s UI/mL", "HBsAg positive found in pregnancy, HBV DNA %s IU/mL"), "lab"),
        (c.fr("éosinophilie persistante (%s x 10^9/L) après séjour en Afrique de l'Ouest", "persistent eosinophilia (%s x 10^9/L) after West Africa stay"), "lab"),
    ])
    val = c.pick("1,84" if fr else "1.84", "5,2" if fr else "5.2", "12 300")
    ptxt = c.lab(prob[0] % val)
    c.add("diagnosis")
    when = c.date(c.now.date() - datetime.timedelta(days=1), 1)
    if fr:
        orig = "De : %s <%s>\nEnvoyé : %s\nÀ : Rendez-vous MI\nObjet : Demande de consultation\n\nBonjour,\n\nMerci de voir %s, %s. Problème : %s.\nTél. : %s\n\n%s" % (
            gp.title_fr(), gp.email, when, who, ", ".join(ids), ptxt, tel, gp.title_fr())
        text = "%s\n\nPour triage svp.\n\n%s\n\n-----Message d'origine-----\n%s\n" % (c.greet("Dr " + md.surname), clerk.given, orig)
        subj = "TR: Demande de consultation"
    else:
        orig = "From: %s <%s>\nSent: %s\nTo: ID Bookings\nSubject: Consult request\n\nHello,\n\nPlease see %s, %s. Issue: %s.\nPhone: %s\n\n%s" % (
            gp.title_en(), gp.email, when, who, ", ".join(ids), ptxt, tel, gp.title_en())
        text = "%s\n\nFor triage please.\n\n%s\n\n-----Original Message-----\n%s\n" % (c.greet("Dr. " + md.surname), clerk.given, orig)
        subj = "FW: Consult request"
    return "inline_forward", Mail(c.lang, subj, c.sender(clerk), [(md.full, md.email)], text=text, date=c.now), \
        "consult request forwarded inline for triage"


# ------------------------------------------------------------------ attached .eml (message/rfc822)
def attached_eml(c):
    p = c.holder(min_age=16) if c.rng.random() < 0.55 else c.patient(min_age=16)
    a = c.staff(role_idx=c.pick(0, 2))
    b = c.staff(role_idx=c.pick(0, 4, 6))
    gp = c.staff(physician=True)
    fr = c.lang == "fr"
    who = c.name(p, c.pick("full", "comma", "title"))
    ident = c.nam(p) if p.nam else c.mrn()
    issue = c.rng.choice([
        (c.fr("Patiente/patient sous %s, fièvre et rash depuis 3 jours, %s", "Patient on %s, fever and rash x 3 days, %s"),
         (c.med, c.fr("Biktarvy", "Biktarvy")), (c.lab, c.fr("ALT 240 U/L", "ALT 240 U/L"))),
        (c.fr("Suivi %s : %s, pourrait-on accélérer le rendez-vous?", "Follow-up %s: %s, could the appointment be moved up?"),
         (c.dx, c.fr("tuberculose latente", "latent TB")), (c.lab, c.fr("TCT 18 mm", "TST 18 mm"))),
        (c.fr("Retour du %s avec %s", "Back from %s with %s"),
         (lambda s: s, _pick(c, c.rng.choice(V.DESTINATIONS))), (c.dx, c.fr("diarrhée sanglante et fièvre", "bloody diarrhea and fever"))),
    ])
    line = issue[0] % (issue[1][0](issue[1][1]), issue[2][0](issue[2][1]))
    inner_text = "%s\n\n%s (%s).\n%s.\n\n%s\n%s" % (c.greet(), who, ident, line, c.bye(), c.sig(gp))
    inner_subj = c.fr("Question sur un patient commun", "Question about a shared patient")
    inner_date = c.now - datetime.timedelta(days=c.rng.randint(1, 4), hours=c.rng.randint(0, 6))
    inner = Mail(c.lang, inner_subj, (gp.full, gp.email), [(a.full, a.email)], text=inner_text, date=inner_date)
    top = c.fr("%s\n\nJe te transfère le courriel ci-joint du Dr %s, peux-tu t'en occuper pendant mes vacances?\n\n%s",
               "%s\n\nForwarding the attached message from Dr. %s, could you handle it while I'm away?\n\n%s") % (
        c.greet(b.given), gp.surname, a.given)
    mail = Mail(c.lang, c.fr("TR: ", "FW: ") + inner_subj, c.sender(a), [(b.full, b.email)], text=top, date=c.now,
                nested=inner, nested_name=inner_subj + ".eml")
    return "attached_eml", mail, "original message with patient details attached as message/rfc822"


# ------------------------------------------------------------------ youth protection
def youth_protection(c):
    p = c.holder(max_age=16) if c.rng.random() < 0.6 else c.patient(min_age=1, max_age=16)
    sw = c.staff(role_idx=9)
    md = c.staff(role_idx=0)
    fr = c.lang == "fr"
    who = c.name(p, c.pick("full", "surname_first", "upper_first"))
    ident = c.nam(p) if p.nam else c.dob(p)
    soc = c.soc(c.fr("Un signalement a été retenu par la DPJ la semaine dernière; l'enfant est maintenant en famille d'accueil",
                     "A report was retained by youth protection (DPJ) last week; the child is now in a foster home"))
    med = c.rng.choice([(c.dx, c.fr("contact familial d'un cas de TB active, traitement d'ITL en cours", "household contact of an active TB case, on LTBI treatment")),
                        (c.dx, c.fr("exposition périnatale à l'hépatite C, ARN VHC à refaire", "perinatal hepatitis C exposure, HCV RNA to repeat")),
                        (c.med, c.fr("sous rifampine, doses observées à l'école", "on rifampin, doses observed at school"))])
    mtxt = med[0](med[1])
    if fr:
        text = "%s\n\nConcernant %s (%s) : %s. %s. Il faudra transmettre le suivi à la famille d'accueil et obtenir l'autorisation de la DPJ pour les prochains rendez-vous.\n\nPouvez-vous me dire qui doit signer le consentement?\n\n%s\n%s" % (
            c.greet("Dr " + md.surname), who, ident, mtxt, soc, c.bye(), c.sig(sw))
        subj = c.pick("Suivi enfant - DPJ", "Consentement / DPJ", "Famille d'accueil - suivi MI")
    else:
        text = "%s\n\nRe %s (%s): %s. %s. Follow-up needs to be transferred to the foster family and youth protection must authorize the next appointments.\n\nCould you tell me who needs to sign the consent?\n\n%s\n%s" % (
            c.greet("Dr. " + md.surname), who, ident, mtxt, soc, c.bye(), c.sig(sw))
        subj = c.pick("Child follow-up - youth protection", "Consent / DPJ", "Foster placement - ID follow-up")
    return "youth_protection", Mail(c.lang, subj, c.sender(sw), [(md.full, md.email)], text=text, date=c.now), \
        "child with youth-protection placement and ID follow-up"


# ------------------------------------------------------------------ PEP after sexual assault
def pep_assault(c):
    p = c.holder(min_age=16, max_age=60) if c.rng.random() < 0.5 else c.patient(min_age=16, max_age=60)
    md = c.staff(physician=True)
    nurse = c.staff(role_idx=4)
    fr = c.lang == "fr"
    who = c.name(p, c.pick("full", "title", "initials"))
    ident = c.nam(p) if p.nam else c.mrn()
    if fr:
        text = ("%s\n\n%s (%s) a été vu%s hier à l'urgence dans le cadre de la trousse médico-légale après %s. "
                "PPE débutée : %s, 28 jours. Vaccin hépatite B dose 1 donné. %s\n\nMerci de %s convoquer en clinique PPE dans 72 h "
                "et de l'orienter vers le CAVAC. Cell. : %s\n\n%s") % (
            c.greet(), who, ident, "e" if p.sex == "F" else "", c.soc("une agression sexuelle"),
            c.med("Biktarvy 1 co die"), c.lab("VIH, VHB, VHC et syphilis de base négatifs."), "la" if p.sex == "F" else "le",
            c.phone(), c.sig(md))
        subj = c.pick("PPE - suivi 72 h", "Suivi PPE urgence", "PPE post-agression")
    else:
        text = ("%s\n\n%s (%s) was seen in the ED yesterday with the forensic kit after %s. "
                "PEP started: %s, 28 days. Hep B vaccine dose 1 given. %s\n\nPlease book the 72-h PEP clinic visit "
                "and refer to victim support services. Cell: %s\n\n%s") % (
            c.greet(), who, ident, c.soc("a sexual assault"), c.med("Biktarvy 1 tab daily"),
            c.lab("Baseline HIV, HBV, HCV and syphilis negative."), c.phone(), c.sig(md))
        subj = c.pick("PEP - 72 h follow-up", "ED PEP follow-up", "post-assault PEP")
    return "pep_assault", Mail(c.lang, subj, c.sender(md), [(nurse.full, nurse.email)], text=text, date=c.now,
                               importance="High"), "post-exposure prophylaxis after sexual assault"


# ------------------------------------------------------------------ rabies PEP calendar
def rabies_ics(c):
    p = c.holder() if c.rng.random() < 0.6 else c.patient()
    nurse = c.staff(role_idx=5, inst=G.INSTITUTIONS[4])
    fr = c.lang == "fr"
    exp = c.rng.choice([("morsure de chien au %s", "dog bite in %s"), ("griffure de singe au %s", "monkey scratch in %s"),
                        ("chauve-souris dans la chambre (%s)", "bat in the bedroom (%s)")])
    where = _pick(c, c.rng.choice(V.DESTINATIONS))
    d0 = c.now.date()
    days = [0, 3, 7, 14]
    summary = c.fr("Rage PPE - %s", "Rabies PEP - %s") % c.name(p, c.pick("full", "surname_first"))
    desc = [c.fr("Exposition : ", "Exposure: ") + c.dx(_pick(c, exp) % where),
            c.med(c.fr("Imovax Rage J0, J3, J7, J14 + immunoglobulines (HyperRAB) J0", "Imovax Rabies D0, D3, D7, D14 + HRIG (HyperRAB) D0")),
            c.fr("Cell. : ", "Cell: ") + c.phone()]
    if p.nam:
        desc.insert(0, c.nam(p, allow_fw=False))
    d = c.future(2, 3)
    start = datetime.datetime(d.year, d.month, d.day, 8, 30)
    ics = D.make_ics("%08x-rage@%s" % (c.rng.getrandbits(32), nurse.inst[3]), start, start + datetime.timedelta(minutes=20),
                     summary + c.fr(" (dose J3)", " (day-3 dose)"), "\n".join(desc), c.fr("Clinique voyage, salle 1", "Travel clinic, room 1"),
                     (nurse.full, nurse.email), [(nurse.full, nurse.email)])
    text = c.fr("Doses suivantes : %s.\n\n%s", "Next doses: %s.\n\n%s") % (
        ", ".join(c.date(d0 + datetime.timedelta(days=x), 0) for x in days[1:]), c.sig(nurse))
    mail = Mail(c.lang, summary, c.sender(nurse), [(c.fr("Agenda clinique voyage", "Travel clinic calendar"), "agenda@" + nurse.inst[3])],
                text=text, date=c.now, attachments=[Att("rage.ics" if fr else "rabies.ics", "text/calendar", text=ics, charset="utf-8", params=["method=REQUEST"])])
    return "rabies_ics", mail, "rabies post-exposure schedule as a calendar invitation"


# ------------------------------------------------------------------ STI partner notification
def partner_notification(c):
    idx = c.patient(min_age=18, max_age=60) if c.rng.random() < 0.5 else c.holder(min_age=18, max_age=60)
    nurse = c.staff(role_idx=8, inst=G.DSP)
    other = c.staff(role_idx=4)
    fr = c.lang == "fr"
    parts = [c.patient(min_age=18, max_age=60) for _ in range(c.rng.randint(1, 3))]
    infection = c.dx(c.pick(*(["syphilis infectieuse", "gonorrhée", "chlamydia", "VIH"] if fr else ["infectious syphilis", "gonorrhea", "chlamydia", "HIV"])))
    plist = "\n".join("- %s, %s" % (G.name_form(c.rng, q, c.lang, c.pick("full", "upper_first")), G.phone(c.rng)) for q in parts)
    c.add("patient_contact")
    if fr:
        text = "%s\n\nCas index : %s (%s). Partenaires à joindre pour dépistage et traitement épidémiologique :\n%s\n\nLe cas index a consenti à ce qu'on les avise sans le nommer.\n\n%s" % (
            c.greet(other.given), c.name(idx, c.pick("full", "upper_first")), infection, plist, c.sig(nurse))
        subj = c.pick("Intervention préventive auprès des partenaires", "IPPAP - partenaires à joindre")
    else:
        text = "%s\n\nIndex case: %s (%s). Partners to reach for testing and epidemiological treatment:\n%s\n\nThe index case agreed that we notify them without naming him/her.\n\n%s" % (
            c.greet(other.given), c.name(idx, c.pick("full", "upper_first")), infection, plist, c.sig(nurse))
        subj = c.pick("Partner notification", "Partners to contact")
    return "partner_notification", Mail(c.lang, subj, c.sender(nurse), [(other.full, other.email)], text=text, date=c.now), \
        "STI partner notification with names and phones"


# ------------------------------------------------------------------ Ontario health number
def ontario_hn(c):
    p = c.patient(min_age=5)
    md = c.staff(role_idx=c.pick(0, 2), inst=G.INSTITUTIONS[c.rng.randrange(4)])
    billing = c.staff(role_idx=7, inst=md.inst)
    fr = c.lang == "fr"
    ohn = c.ohn()
    who = c.name(p, c.pick("full", "title", "upper_first"))
    dx = c.dx(_pick(c, c.rng.choice(V.ID_DIAGNOSES[:9])))
    dob = c.dob(p) if c.rng.random() < 0.6 else ""
    if fr:
        text = ("%s\n\nPatient(e) de l'Ontario (Ottawa) hospitalisé(e) chez nous du %s au %s pour %s. "
                "Carte Santé Ontario : %s%s. Pouvez-vous procéder à la facturation interprovinciale? "
                "Le sommaire est au dossier.\n\n%s\n%s") % (
            c.greet(billing.given), c.date(c.past(10, 20)), c.date(c.past(1, 9)), dx, ohn,
            (", " + dob) if dob else "", who and "Nom : " + who, c.sig(md))
        subj = c.pick("Facturation hors province - Ontario", "Patient ontarien - RAMQ hors Québec", "OHIP - facturation")
    else:
        text = ("%s\n\nOntario resident (Ottawa) admitted from %s to %s for %s. OHIP number: %s%s. "
                "Could you process the reciprocal billing? Summary is in the chart.\n\nName: %s\n\n%s") % (
            c.greet(billing.given), c.date(c.past(10, 20)), c.date(c.past(1, 9)), dx, ohn,
            (", " + dob) if dob else "", who, c.sig(md))
        subj = c.pick("Out-of-province billing - Ontario", "OHIP reciprocal billing", "Ontario patient billing")
    return "ontario_hn", Mail(c.lang, subj, c.sender(md), [(billing.full, billing.email)], text=text, date=c.now), \
        "Ontario patient with health number and diagnosis for billing"


# ------------------------------------------------------------------ Belgian NISS
def belgian_niss(c):
    p = c.patient(min_age=18, max_age=80)
    md = c.staff(role_idx=0)
    fr = c.lang == "fr"
    niss = c.niss(p)
    who = c.name(p, c.pick("full", "title", "upper_first"))
    assist = c.pick("Mutualité Saint-Rémi (BE)", "Assistance Euro-Voyage")
    dx = c.dx(c.fr("paludisme à P. falciparum", "P. falciparum malaria"))
    lab = c.lab(c.fr("parasitémie initiale 6 %", "initial parasitemia 6%"))
    med = c.med(c.fr("artésunate IV puis artéméther-luméfantrine", "IV artesunate then artemether-lumefantrine"))
    if fr:
        text = ("Madame, Monsieur,\n\nNous avons pris en charge %s, touriste belge, %s, NISS %s, "
                "admis(e) le %s pour %s (%s), traité(e) par %s. L'état permet un rapatriement en vol commercial "
                "dès le %s, accompagnement non requis.\n\nVeuillez nous transmettre votre garantie de paiement.\n\n%s") % (
            who, c.dob(p), niss, c.date(c.past(3, 8)), dx, lab, med, c.date(c.future(2, 5)), c.sig(md))
        subj = c.pick("Rapatriement - garantie de paiement", "Dossier assistance - patient belge", "Demande de garantie")
        to = (assist, "dossiers@assist-be.example")
    else:
        text = ("Dear Sir or Madam,\n\nWe are caring for %s, a Belgian tourist, %s, NISS %s, "
                "admitted on %s for %s (%s), treated with %s. Fit for repatriation on a commercial flight from %s, "
                "no escort needed.\n\nPlease send your guarantee of payment.\n\n%s") % (
            who, c.dob(p), niss, c.date(c.past(3, 8)), dx, lab, med, c.date(c.future(2, 5)), c.sig(md))
        subj = c.pick("Repatriation - guarantee of payment", "Assistance file - Belgian patient", "Guarantee request")
        to = (assist, "claims@assist-be.example")
    return "belgian_niss", Mail(c.lang, subj, c.sender(md), [to], text=text, date=c.now), \
        "Belgian traveller with NISS and malaria for repatriation"


# ------------------------------------------------------------------ French NIR
def french_nir(c):
    p = c.patient(min_age=18, max_age=35)
    md = c.staff(role_idx=c.pick(0, 8), inst=c.rng.choice([G.DSP, G.INSTITUTIONS[0]]))
    fr = True if c.rng.random() < 0.8 else c.lang == "fr"
    c.lang = "fr" if fr else c.lang
    nir = c.nir(p)
    who = c.name(p, c.pick("full", "title", "upper_first"))
    body_dx = c.dx(c.fr("tuberculose pulmonaire active (frottis positif)", "active pulmonary tuberculosis (smear-positive)"))
    med = c.med(c.fr("quadrithérapie RIPE", "RIPE four-drug therapy"))
    addr = ""
    if c.rng.random() < 0.5:
        st, ci = c.address()
        addr = c.fr("\nAdresse au Québec : %s, %s", "\nAddress in Quebec: %s, %s") % (st, ci)
    if c.lang == "fr":
        text = ("%s\n\nÉtudiant(e) en échange, %s, %s, numéro de sécurité sociale français %s. "
                "Diagnostic de %s posé le %s; %s débutée. L'étudiant(e) doit rentrer en France le %s : "
                "merci de nous indiquer le CLAT de référence pour assurer la continuité du traitement.%s\n\n%s") % (
            c.greet(), who, c.dob(p), nir, body_dx, c.date(c.past(5, 20)), med, c.date(c.future(10, 40)), addr, c.sig(md))
        subj = c.pick("Continuité de traitement TB - retour en France", "Transfert CLAT - étudiant(e) en échange", "TB - suivi en France")
        to = ("CLAT 69", "clat@clat-rhone.example")
    else:
        text = ("%s\n\nExchange student %s, %s, French social security number %s. Diagnosed with %s on %s; %s started. "
                "Returning to France on %s: please tell us which TB centre (CLAT) should take over.%s\n\n%s") % (
            c.greet(), who, c.dob(p), nir, body_dx, c.date(c.past(5, 20)), med, c.date(c.future(10, 40)), addr, c.sig(md))
        subj = c.pick("TB treatment continuity - return to France", "CLAT transfer - exchange student")
        to = ("CLAT 69", "clat@clat-rhone.example")
    return "french_nir", Mail(c.lang, subj, c.sender(md), [to], text=text, date=c.now), \
        "French exchange student with NIR and TB diagnosis"


# ------------------------------------------------------------------ SIN / income support
def sin_income(c):
    p = c.holder(min_age=20, max_age=64) if c.rng.random() < 0.5 else c.patient(min_age=20, max_age=64)
    sw = c.staff(role_idx=9)
    agent = ("Agent(e) - aide financière de dernier recours", "agent@aidesociale.example")
    fr = c.lang == "fr"
    who = c.name(p, c.pick("full", "title", "comma"))
    sin = c.sin()
    soc = c.soc(c.fr("a perdu son logement et n'a plus de revenu", "lost housing and has no income"))
    dx = c.dx(c.fr("un diagnostic récent de VIH", "a recent HIV diagnosis"))
    extras = c.nam(p) if p.nam else c.dob(p)
    if fr:
        text = ("%s\n\nJe vous écris au sujet de %s (NAS %s, %s), qui %s. Compte tenu d'%s et de contraintes "
                "sévères à l'emploi temporaires, je vous transmets le rapport médical signé pour une demande accélérée.\n\n%s\n%s") % (
            c.greet(), who, sin, extras, soc, dx, c.bye(), c.sig(sw))
        subj = c.pick("Demande d'aide sociale - contraintes à l'emploi", "Rapport médical - demande accélérée")
    else:
        text = ("%s\n\nI am writing about %s (SIN %s, %s), who %s. Given %s and temporary severe limitations to "
                "employment, I am sending the signed medical report for an expedited application.\n\n%s\n%s") % (
            c.greet(), who, sin, extras, soc, dx, c.bye(), c.sig(sw))
        subj = c.pick("Social assistance application - employment limitations", "Medical report - expedited request")
    return "sin_income", Mail(c.lang, subj, c.sender(sw), [agent], text=text, date=c.now), \
        "social worker's income-support request with SIN and HIV diagnosis"


# ------------------------------------------------------------------ housing / DOT
def housing_dot(c):
    p = c.holder(min_age=20) if c.rng.random() < 0.5 else c.patient(min_age=20)
    nurse = c.staff(role_idx=8, inst=G.DSP)
    shelter = c.fr("Mission Bon-Accueil (refuge)", "Welcome Hall Mission (shelter)")
    fr = c.lang == "fr"
    who = c.name(p, c.pick("full", "lower", "surname_first"))
    soc = c.soc(_pick(c, V.SOCIAL[0]))
    med = c.med(c.fr("RIPE, thérapie sous observation directe (TOD) 5 jours/semaine", "RIPE, directly observed therapy (DOT) 5 days/week"))
    dx = c.dx(c.fr("TB pulmonaire", "pulmonary TB"))
    if fr:
        text = "%s\n\n%s, %s (%s), est %s. L'équipe du refuge accepte que la TOD soit faite sur place à 8 h. Pouvez-vous confirmer qu'il/elle n'est plus contagieux(se) (3 frottis négatifs)?\n\n%s" % (
            c.greet(), who, dx, med, soc, c.sig(nurse))
        subj = c.pick("TOD au refuge", "Hébergement et TOD")
    else:
        text = "%s\n\n%s, %s (%s), is %s. Shelter staff agreed DOT can be done on site at 8 am. Can you confirm they are no longer infectious (3 negative smears)?\n\n%s" % (
            c.greet(), who, dx, med, soc, c.sig(nurse))
        subj = c.pick("DOT at the shelter", "Housing and DOT")
    return "housing_dot", Mail(c.lang, subj, c.sender(nurse), [(shelter, "intervenants@refuge.example")], text=text, date=c.now), \
        "homeless TB patient on directly observed therapy"


# ------------------------------------------------------------------ transport request
def transport_request(c):
    p = c.holder(min_age=60) if c.rng.random() < 0.6 else c.patient(min_age=60)
    clerk = c.staff(role_idx=7)
    fr = c.lang == "fr"
    street, city = c.address()
    d = c.future(3, 15)
    who = c.name(p, c.pick("full", "title", "upper_first"))
    ident = c.nam(p, allow_fw=False) if p.nam else c.mrn()
    reason = c.dx(c.fr("suivi d'ostéomyélite, antibiothérapie IV via PICC", "osteomyelitis follow-up, IV antibiotics via PICC"))
    if fr:
        text = "%s\n\nDemande de transport adapté (fauteuil roulant) :\n\nUsager : %s\n%s\nAdresse : %s, %s\nTél. : %s\nRDV : clinique de MI, %s à 13 h 30 (%s)\nRetour prévu vers 15 h.\n\n%s" % (
            c.greet(), who, ident, street, city, c.phone(), c.date(d), reason, c.sig(clerk))
        subj = c.pick("Demande de transport adapté", "Transport - RDV MI")
    else:
        text = "%s\n\nAdapted transport request (wheelchair):\n\nClient: %s\n%s\nAddress: %s, %s\nPhone: %s\nAppointment: ID clinic, %s at 1:30 pm (%s)\nReturn around 3 pm.\n\n%s" % (
            c.greet(), who, ident, street, city, c.phone(), c.date(d), reason, c.sig(clerk))
        subj = c.pick("Adapted transport request", "Transport - ID appointment")
    return "transport_request", Mail(c.lang, subj, c.sender(clerk), [(c.fr("Transport adapté", "Paratransit"), "reservations@transport-adapte.example")],
                                     text=text, date=c.now), "transport booking with home address and ID appointment"


# ------------------------------------------------------------------ HIV roster (XLSX) with NAMs
def hiv_roster_xlsx(c):
    nurse = c.staff(role_idx=4)
    md = c.staff(role_idx=0)
    fr = c.lang == "fr"
    rows = []
    for i in range(c.rng.randint(6, 12)):
        p = c.holder(min_age=20) if c.rng.random() < 0.6 else c.patient(min_age=20)
        reg = c.rng.choice(["Biktarvy", "Dovato", "Triumeq", "Cabenuva", "Symtuza"])
        last = c.rng.choice(["<40", "<40", "<20", "85", "1 250"])
        if p.nam:
            c.add("ramq_nam")
            c.record("ramq_nam", p.nam)
        rows.append([p.surname, p.given, p.nam or "", reg, last, c.past(100, 220).isoformat()])
    c.add("patient_name", "medication", "lab_result", "diagnosis")
    head = [c.fr("Nom", "Last"), c.fr("Prénom", "First"), "NAM", "TAR" if fr else "ART", c.fr("Dernière CV", "Last VL"), c.fr("Date dernière CV", "Last VL date")]
    x = D.make_xlsx([(c.fr("CV à faire", "VL due"), head, rows)], creator=nurse.full)
    text = c.fr("%s\n\nListe des patients de la clinique VIH dont la charge virale est due ce mois-ci. Je les appelle cette semaine.\n\n%s",
                "%s\n\nList of HIV clinic patients due for viral load this month. I'll call them this week.\n\n%s") % (c.greet(md.given), c.sig(nurse))
    fname = c.fr("CV_dues_%s.xlsx", "VL_due_%s.xlsx") % c.now.strftime("%Y-%m")
    return "hiv_roster_xlsx", Mail(c.lang, c.fr("CV dues ce mois-ci", "Viral loads due this month"), c.sender(nurse), [(md.full, md.email)],
                                   text=text, date=c.now, attachments=[Att(fname, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=x)]), \
        "HIV clinic roster with NAMs, regimens and viral loads"


# ------------------------------------------------------------------ NAM only (no name)
def nam_only(c):
    p = c.holder()
    tech = c.staff(role_idx=c.pick(7, 12))
    nurse = c.staff(role_idx=c.pick(4, 5, 8))
    fr = c.lang == "fr"
    nm = c.nam(p, style=c.pick("plain", "space4", "dots", "fullwidth", "lower"), label=False)
    res = c.lab(c.pick(*(["QuantiFERON positif", "AgHBs réactif", "anti-VHC positif, ARN à faire", "sérologie rougeole IgG négative"] if fr else
                         ["QuantiFERON positive", "HBsAg reactive", "anti-HCV positive, RNA pending", "measles IgG negative"])))
    if fr:
        text = "%s\n\n%s : %s. Pourriez-vous aviser la personne et planifier le suivi?\n\n%s" % (c.greet(), nm, res, c.sig(tech))
        subj = c.pick("Résultat à communiquer", "Suivi résultat", "Résultat - %s" % nm)
    else:
        text = "%s\n\n%s: %s. Could you let the person know and arrange follow-up?\n\n%s" % (c.greet(), nm, res, c.sig(tech))
        subj = c.pick("Result to communicate", "Result follow-up", "Result - %s" % nm)
    return "nam_only", Mail(c.lang, subj, c.sender(tech), [(nurse.full, nurse.email)], text=text, date=c.now), \
        "RAMQ number and result, no name"


# ------------------------------------------------------------------ MRN only (no name)
def mrn_only(c):
    tech = c.staff(role_idx=12)
    md = c.staff(role_idx=c.pick(0, 3))
    fr = c.lang == "fr"
    m = c.mrn()
    res = c.lab(c.pick(*(["hémocultures 2/2 : S. aureus (SASM)", "urine : E. coli BLSE", "PCR C. difficile positive", "frottis BAAR positif"] if fr else
                         ["blood cultures 2/2: S. aureus (MSSA)", "urine: ESBL E. coli", "C. difficile PCR positive", "AFB smear positive"])))
    bed = "%d%s-%02d" % (c.rng.randint(3, 9), c.pick("N", "S", "E"), c.rng.randint(1, 30))
    text = c.fr("%s\n\n%s (lit %s) : %s. Précautions additionnelles à mettre en place.\n\n%s",
                "%s\n\n%s (bed %s): %s. Please start additional precautions.\n\n%s") % (c.greet(), m, bed, res, c.sig(tech))
    subj = c.fr("Résultat positif - %s", "Positive result - %s") % bed
    return "mrn_only", Mail(c.lang, subj, c.sender(tech), [(md.full, md.email)], text=text, date=c.now), \
        "chart number and positive culture, no name"


# ------------------------------------------------------------------ casual booking (lower-case name)
def casual_booking(c):
    p = c.patient() if c.rng.random() < 0.5 else c.holder()
    nurse = c.staff(role_idx=5, inst=G.INSTITUTIONS[4])
    clerk = c.staff(role_idx=7, inst=G.INSTITUTIONS[4])
    fr = c.lang == "fr"
    nm = c.name(p, "lower")
    vac = c.med(c.pick(*(["2e twinrix", "rappel rage", "2e dose ixiaro", "shingrix #2"] if fr else ["2nd twinrix", "rabies booster", "ixiaro #2", "shingrix #2"])))
    tel = c.phone()
    if fr:
        text = "allo %s, peux-tu booker %s pour son %s la semaine prochaine? %s part le %s. son cell %s. merci!\n%s" % (
            clerk.given.lower(), nm, vac, "elle" if p.sex == "F" else "il", c.date(c.future(10, 20), 2), tel, nurse.given)
        subj = c.pick("rdv", "booking svp", "petit rdv à placer")
    else:
        text = "hey %s, can you book %s for %s %s next week? %s leaving %s. cell %s. thx!\n%s" % (
            clerk.given.lower(), nm, "her" if p.sex == "F" else "his", vac, "she's" if p.sex == "F" else "he's",
            c.date(c.future(10, 20), 2), tel, nurse.given)
        subj = c.pick("appt", "booking pls", "quick booking")
    return "casual_booking", Mail(c.lang, subj, c.sender(nurse), [(clerk.full, clerk.email)], text=text, date=c.now, body_mode="plain"), \
        "casual lower-case booking request with vaccine and phone"


BUILDERS = [
    (inline_forward, 3), (attached_eml, 4), (youth_protection, 2), (pep_assault, 2), (rabies_ics, 2),
    (partner_notification, 2), (ontario_hn, 3), (belgian_niss, 3), (french_nir, 3), (sin_income, 3),
    (housing_dot, 2), (transport_request, 2), (hiv_roster_xlsx, 2), (nam_only, 2), (mrn_only, 2),
    (casual_booking, 1),
]
