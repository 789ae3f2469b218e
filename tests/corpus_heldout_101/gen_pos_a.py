"""Confidential messages, part A: referrals, consultations, HIV / hepatitis
follow-up, TB contact tracing, travel-clinic visits, stewardship."""
import datetime

import gen_common as G
import gen_docs as D
import gen_vocab as V
from gen_build import Att, Mail


def _pick(c, pair):
    return pair[0] if c.lang == "fr" else pair[1]


def _dest(c):
    return _pick(c, c.rng.choice(V.DESTINATIONS))


# ------------------------------------------------------------------ referral
def referral_travel(c):
    p = c.holder(min_age=18, max_age=80) if c.rng.random() < 0.6 else c.patient(min_age=18, max_age=80)
    doc = c.staff(physician=True)
    clinic = c.rng.choice(G.CLINICS)
    inst = G.INSTITUTIONS[4]
    dest = _dest(c)
    dep = c.future(10, 50)
    cond = c.rng.choice([
        ("polyarthrite rhumatoïde sous méthotrexate 20 mg/sem et adalimumab", "rheumatoid arthritis on methotrexate 20 mg/wk and adalimumab"),
        ("greffe rénale (2019), tacrolimus et mycophénolate", "kidney transplant (2019), on tacrolimus and mycophenolate"),
        ("VIH bien contrôlé sous Biktarvy", "well-controlled HIV on Biktarvy"),
        ("splénectomie post-traumatique", "post-traumatic splenectomy"),
        ("grossesse de 22 semaines" if p.sex == "F" else "maladie de Crohn sous infliximab",
         "22-week pregnancy" if p.sex == "F" else "Crohn's disease on infliximab"),
    ])
    cond_s = _pick(c, cond)
    c.add("diagnosis", "medication") if any(k in cond_s.lower() for k in ("sous", "on ", "tacrolimus", "biktarvy", "infliximab")) else c.add("diagnosis")
    ident = [c.name(p, c.pick("full", "title", "upper_first"))]
    if p.nam:
        ident.append(c.nam(p))
    if c.rng.random() < 0.7:
        ident.append(c.dob(p))
    tel = c.phone() if c.rng.random() < 0.5 else None
    fr = c.lang == "fr"
    if fr:
        body = "%s\n\nJe vous réfère %s pour une consultation pré-voyage. Départ prévu le %s, destination : %s (%s semaines).\n\nAntécédents pertinents : %s.\n%s\nMerci de %s voir avant le départ; la question du vaccin contre la fièvre jaune est à évaluer vu le contexte.\n\n%s\n%s" % (
            c.greet(), ", ".join(ident), c.date(dep), dest, c.rng.randint(2, 8), cond_s,
            ("Joignable au %s.\n" % tel) if tel else "", "la" if p.sex == "F" else "le", c.bye(), c.sig(doc))
        subj = c.pick("Référence santé-voyage", "Demande de consultation - clinique voyage",
                      "Réf. clinique santé-voyage : %s" % G.name_form(c.rng, p, "fr", "full"))
    else:
        body = "%s\n\nReferring %s for a pre-travel consult. Leaving %s for %s for about %s weeks.\n\nRelevant history: %s.\n%s\nPlease see before departure; yellow fever vaccine may be an issue given the above.\n\n%s\n%s" % (
            c.greet(), ", ".join(ident), c.date(dep), dest, c.rng.randint(2, 8), cond_s,
            ("Best number: %s\n" % tel) if tel else "", c.bye(), c.sig(doc))
        subj = c.pick("Travel clinic referral", "Pre-travel consult request",
                      "Referral - %s" % G.name_form(c.rng, p, "en", "full"))
    mail = Mail(c.lang, subj, c.sender(doc), [(inst[1] if fr else inst[2], "rendezvous@" + inst[3])],
                text=body, date=c.now)
    return "referral", mail, "travel clinic referral for an immunocompromised traveller"


# ------------------------------------------------------------------ consult reply
def consult_reply(c):
    p = c.patient(min_age=18) if c.rng.random() < 0.6 else c.holder(min_age=18)
    idoc = c.staff(role_idx=0)
    gp = c.staff(physician=True)
    dest = _dest(c)
    mrn = c.mrn()
    fr = c.lang == "fr"
    case = c.rng.choice(V.CONSULT_CASES)
    dx, labtxt, plan = case

    def num(x):
        return x.replace(".", ",") if fr else x
    vals = {"pct": num("%.1f" % (c.rng.randint(5, 90) / 10)), "plt": c.rng.randint(40, 120),
            "eo": num("%.1f" % (c.rng.randint(8, 40) / 10)), "wbc": c.rng.randint(12, 31)}
    labtxt = (labtxt[0].format(**vals), labtxt[1].format(**vals))
    who = c.name(p, c.pick("title", "upper_first", "surname_first", "full"))
    extra = (", " + c.nam(p)) if p.nam and c.rng.random() < 0.6 else ""
    if fr:
        text = ("Consultation en maladies infectieuses — réponse\n\nPatient(e) : %s%s, %s\n\n"
                "Motif : fièvre au retour d'un séjour de %d semaines (%s).\n\nImpression : %s.\n"
                "Bilan : %s.\n\nPlan :\n- %s\n- isolement non requis\n- revoir à la clinique externe dans 2 semaines\n\n"
                "N'hésitez pas à nous rappeler au besoin.\n\n%s") % (
            who, extra, mrn, c.rng.randint(2, 6), dest, c.dx(_pick(c, dx)), c.lab(_pick(c, labtxt)),
            c.med(_pick(c, plan)), c.sig(idoc))
        subj = c.pick("Réponse consultation infectio", "RE: consultation MI - fièvre au retour de voyage", "Consult MI")
    else:
        text = ("ID consult note\n\nPatient: %s%s, %s\n\nReason: fever after %d weeks in %s.\n\n"
                "Impression: %s.\nWorkup: %s.\n\nPlan:\n- %s\n- no isolation needed\n- ID clinic follow-up in 2 weeks\n\n"
                "Page us with any questions.\n\n%s") % (
            who, extra, mrn, c.rng.randint(2, 6), dest, c.dx(_pick(c, dx)), c.lab(_pick(c, labtxt)),
            c.med(_pick(c, plan)), c.sig(idoc))
        subj = c.pick("ID consult reply", "RE: ID consult - returning traveller with fever", "Consult note (ID)")
    return "consult_reply", Mail(c.lang, subj, c.sender(idoc), [(gp.full, gp.email)], text=text, date=c.now,
                                 reply=subj.startswith("RE")), "ID consult reply about a returning traveller"


# ------------------------------------------------------------------ HIV follow-up
def hiv_followup(c):
    p = c.holder(min_age=20, max_age=75) if c.rng.random() < 0.55 else c.patient(min_age=20, max_age=75)
    nurse = c.staff(role_idx=4)
    gp = c.staff(physician=True)
    vl = c.rng.choice(["< 40", "< 40", "186", "12 400", "< 20"])
    cd4 = c.rng.randint(180, 950)
    reg = _pick(c, c.rng.choice(V.HIV_REGIMENS))
    fr = c.lang == "fr"
    who = c.name(p)
    ids = []
    if p.nam and c.rng.random() < 0.7:
        ids.append(c.nam(p))
    if c.rng.random() < 0.5:
        ids.append(c.dob(p))
    labs = c.lab(("charge virale VIH %s copies/mL, CD4 %d cellules/µL" if fr else
                  "HIV viral load %s copies/mL, CD4 %d cells/uL") % (vl, cd4))
    with_pdf = c.rng.random() < 0.45
    if fr:
        text = "%s\n\nSuivi de %s%s à la clinique VIH le %s.\n%s\nTraitement : %s, bonne observance rapportée.\nProchain RDV dans %d mois avec prise de sang 1 semaine avant.\n\n%s\n%s" % (
            c.greet("Dr " + gp.surname), who, (" (" + ", ".join(ids) + ")") if ids else "",
            c.date(c.past(1, 10)), "Résultats : " + labs + ".", c.med(reg), c.rng.choice([3, 4, 6]),
            c.bye(), c.sig(nurse))
        subj = c.pick("Suivi clinique VIH", "Résultats suivi VIH", "Suivi %s" % G.name_form(c.rng, p, "fr", "initials"))
        if subj.startswith("Suivi ") and "VIH" not in subj:
            pass
    else:
        text = "%s\n\nFollow-up for %s%s at the HIV clinic on %s.\n%s\nRegimen: %s, good adherence reported.\nNext visit in %d months with bloodwork one week prior.\n\n%s\n%s" % (
            c.greet("Dr. " + gp.surname), who, (" (" + ", ".join(ids) + ")") if ids else "",
            c.date(c.past(1, 10)), "Results: " + labs + ".", c.med(reg), c.rng.choice([3, 4, 6]),
            c.bye(), c.sig(nurse))
        subj = c.pick("HIV clinic follow-up", "HIV follow-up results", "F/u %s" % G.name_form(c.rng, p, "en", "initials"))
    atts = []
    if with_pdf:
        lines = ["%s" % c.fr("Rapport de laboratoire - Virologie", "Laboratory report - Virology"),
                 "%s: %s %s" % (c.fr("Patient", "Patient"), p.surname.upper(), p.given),
                 "%s: %s" % (c.fr("Date de naissance", "Date of birth"), p.dob.isoformat()),
                 c.fr("Charge virale VIH-1 (PCR) : %s copies/mL", "HIV-1 viral load (PCR): %s copies/mL") % vl,
                 c.fr("Lymphocytes T CD4 : %d cellules/µL (%d %%)", "CD4 T cells: %d cells/uL (%d%%)") % (cd4, c.rng.randint(14, 40)),
                 c.fr("Validé par : biochimiste clinique", "Validated by: clinical biochemist")]
        c.add("date_of_birth")
        atts.append(Att("%s_%s.pdf" % (c.fr("CV_VIH", "HIV_VL"), c.now.strftime("%Y%m%d")), "application/pdf",
                        data=D.make_pdf(lines, title=c.fr("Rapport virologie", "Virology report"), compress=c.rng.random() < 0.5)))
    return "hiv_followup", Mail(c.lang, subj, c.sender(nurse), [(gp.full, gp.email)], text=text,
                                attachments=atts, date=c.now), "HIV clinic follow-up with viral load and regimen"


# ------------------------------------------------------------------ hepatitis
def hepatitis_followup(c):
    p = c.holder(min_age=25, max_age=85) if c.rng.random() < 0.5 else c.patient(min_age=25, max_age=85)
    md = c.staff(role_idx=0)
    ph = G.PHARMACIES[c.rng.randrange(len(G.PHARMACIES))]
    fr = c.lang == "fr"
    kind = c.rng.choice(["hcv", "hbv"])
    who = c.name(p, c.pick("full", "title", "comma", "lower"))
    idline = c.nam(p) if p.nam else c.mrn()
    if kind == "hcv":
        dx = c.dx(c.fr("hépatite C chronique génotype %s", "chronic hepatitis C genotype %s") % c.pick("1a", "1b", "3", "2"))
        lab = c.lab(c.fr("ARN VHC %s UI/mL, fibroscan %s kPa", "HCV RNA %s IU/mL, FibroScan %s kPa") % (
            c.pick("1 240 000", "845 000", "3,2 x 10^6" if fr else "3.2 x 10^6"), c.pick("6,1", "9,8", "12,4") if fr else c.pick("6.1", "9.8", "12.4")))
        med = c.med(_pick(c, c.rng.choice(V.HCV_REGIMENS)))
    else:
        dx = c.dx(c.fr("hépatite B chronique (AgHBs positif, AgHBe négatif)", "chronic hepatitis B (HBsAg positive, HBeAg negative)"))
        lab = c.lab(c.fr("ADN VHB %s UI/mL, ALT %d U/L", "HBV DNA %s IU/mL, ALT %d U/L") % (c.pick("24 500", "3 100", "180 000"), c.rng.randint(30, 140)))
        med = c.med(c.fr("ténofovir alafénamide (Vemlidy) 25 mg die", "tenofovir alafenamide (Vemlidy) 25 mg daily"))
    if fr:
        text = ("%s\n\nOrdonnance envoyée pour %s, %s.\nDx : %s\nBilan récent : %s\nTraitement : %s\n"
                "Médicament d'exception : la demande d'autorisation RAMQ a été faite aujourd'hui. Pourriez-vous "
                "vérifier la couverture et nous aviser si un formulaire supplémentaire est requis?\n\n%s\n%s") % (
            c.greet(), who, idline, dx, lab, med, c.bye(), c.sig(md))
        subj = c.pick("Ordonnance - traitement hépatite", "Demande autorisation RAMQ - %s" % ("VHC" if kind == "hcv" else "VHB"), "Rx à couvrir")
    else:
        text = ("%s\n\nPrescription sent for %s, %s.\nDx: %s\nRecent labs: %s\nTreatment: %s\n"
                "Exception drug: the RAMQ authorization request was submitted today. Could you check coverage and "
                "let us know if another form is needed?\n\n%s\n%s") % (
            c.greet(), who, idline, dx, lab, med, c.bye(), c.sig(md))
        subj = c.pick("Prescription - hepatitis treatment", "RAMQ exception drug request - %s" % ("HCV" if kind == "hcv" else "HBV"), "Rx coverage")
    return "pharmacy_hepatitis", Mail(c.lang, subj, c.sender(md), [(ph[0], "labo@" + ph[1])], text=text, date=c.now), \
        "hepatitis treatment prescription sent to a community pharmacy"


# ------------------------------------------------------------------ TB contacts (xlsx / csv / zip)
def _tb_contacts(c, n):
    rows = []
    for i in range(n):
        p = c.holder() if c.rng.random() < 0.5 else c.patient()
        tst = c.rng.choice([0, 0, 3, 7, 11, 16, 22])
        igra = c.rng.choice(["nég", "nég", "pos", "indét", "à faire"]) if c.lang == "fr" else c.rng.choice(["neg", "neg", "pos", "indet", "pending"])
        rows.append((p, tst, igra))
    return rows


def tb_contacts_xlsx(c):
    nurse = c.staff(role_idx=8, inst=G.DSP)
    md = c.staff(role_idx=0)
    fr = c.lang == "fr"
    rows = _tb_contacts(c, c.rng.randint(5, 11))
    index_case = c.patient(min_age=20)
    case_name = c.name(index_case, "upper_first")
    header = [c.fr("Nom", "Last name"), c.fr("Prénom", "First name"), c.fr("DDN", "DOB"), "NAM",
              c.fr("Lien avec le cas", "Relationship"), c.fr("TCT (mm)", "TST (mm)"), "IGRA", c.fr("RX poumons", "CXR")]
    out = []
    for p, tst, igra in rows:
        nam = G.disguise_nam(c.rng, p.nam, True, "plain") if p.nam else ""
        if p.nam:
            c.record("ramq_nam", p.nam)
            c.add("ramq_nam")
        out.append([p.surname, p.given, p.dob.isoformat(), nam,
                    c.pick(*(["conjoint(e)", "enfant", "collègue", "colocataire", "ami(e)"] if fr else ["spouse", "child", "coworker", "roommate", "friend"])),
                    tst, igra, c.pick("N", "N", "à faire" if fr else "pending", "granulome calcifié" if fr else "calcified granuloma")])
    c.add("patient_name", "date_of_birth", "lab_result", "diagnosis")
    sheet2 = (c.fr("Cas index", "Index case"), [c.fr("Cas", "Case"), c.fr("Diagnostic", "Diagnosis"), c.fr("Début contagiosité", "Infectious period start")],
              [[index_case.full, c.fr("TB pulmonaire, frottis 3+", "pulmonary TB, smear 3+"), c.past(40, 90).isoformat()]])
    xlsx = D.make_xlsx([(c.fr("Contacts", "Contacts"), header, out), sheet2], creator=nurse.full)
    fname = c.pick("contacts_TB_%s.xlsx" % c.now.strftime("%Y%m%d"), "enquete_%s.xlsx" % index_case.surname.lower().replace(" ", ""),
                   "liste contacts TB.xlsx")
    if "enquete_" in fname:
        fname = fname  # file name carries the index case surname (part of patient_name already)
    if fr:
        text = "%s\n\nVoici la liste à jour des contacts de %s (TB pulmonaire bacillifère). Les contacts avec IGRA positif doivent être vus en clinique TB pour traitement de l'ITL.\n\nMerci de compléter les RX manquants.\n\n%s\n%s" % (
            c.greet(), case_name, c.bye(), c.sig(nurse))
        subj = c.pick("Enquête de contacts TB - liste à jour", "Liste contacts TB", "MADO TB : suivi des contacts")
    else:
        text = "%s\n\nAttached is the updated contact list for %s (smear-positive pulmonary TB). Contacts with a positive IGRA should be booked in TB clinic for LTBI treatment.\n\nPlease fill in the missing CXRs.\n\n%s\n%s" % (
            c.greet(), case_name, c.bye(), c.sig(nurse))
        subj = c.pick("TB contact investigation - updated list", "TB contacts list", "TB contact tracing follow-up")
    mail = Mail(c.lang, subj, c.sender(nurse), [(md.full, md.email)], text=text, date=c.now,
                attachments=[Att(fname, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=xlsx)])
    return "tb_contacts_xlsx", mail, "TB contact tracing spreadsheet with names, birth dates and results"


def tb_contacts_zip(c):
    nurse = c.staff(role_idx=8, inst=G.DSP)
    other = c.staff(role_idx=8, inst=G.DSP)
    fr = c.lang == "fr"
    rows = _tb_contacts(c, c.rng.randint(4, 9))
    sep = c.pick(";", ",")
    header = ["nom", "prenom", "ddn", "nam_ou_dossier", "tct_mm", "igra", "telephone"] if fr else \
        ["last", "first", "dob", "hin_or_mrn", "tst_mm", "igra", "phone"]
    out = []
    for p, tst, igra in rows:
        if p.nam:
            c.record("ramq_nam", p.nam)
            c.add("ramq_nam")
            ident = p.nam
        else:
            c.add("mrn")
            ident = G.gen_mrn(c.rng)
        out.append([p.surname, p.given, p.dob.isoformat(), ident, tst, igra, G.phone(c.rng)])
    c.add("patient_name", "date_of_birth", "lab_result", "patient_contact")
    csv_txt = D.make_csv(header, out, sep)
    readme = c.fr("Export du registre des contacts TB - usage interne.\n", "TB contact registry export - internal use.\n")
    enc = c.pick("utf-8", "cp1252")
    z = D.make_zip([("contacts_tb.csv", csv_txt.encode(enc, "replace")), ("LISEZMOI.txt" if fr else "README.txt", readme.encode("utf-8"))])
    pw = c.rng.random() < 0.5
    if fr:
        text = "%s\n\nCi-joint l'export des contacts pour la relance téléphonique de cette semaine.%s\n\n%s\n%s" % (
            c.greet(other.given), " Le mot de passe suit dans un autre courriel." if pw else "", c.bye(), c.sig(nurse))
        subj = c.pick("Export contacts", "Relances TB semaine %d" % c.now.isocalendar()[1], "Fichier contacts")
    else:
        text = "%s\n\nAttached is the contact export for this week's phone follow-up.%s\n\n%s\n%s" % (
            c.greet(other.given), " Password to follow separately." if pw else "", c.bye(), c.sig(nurse))
        subj = c.pick("Contacts export", "TB call-backs week %d" % c.now.isocalendar()[1], "Contacts file")
    mail = Mail(c.lang, subj, c.sender(nurse), [(other.full, other.email)], text=text, date=c.now,
                attachments=[Att("export_%s.zip" % c.now.strftime("%Y%m%d"), "application/zip", data=z)])
    return "tb_contacts_zip", mail, "zipped CSV export of TB contacts"


# ------------------------------------------------------------------ LTBI pharmacy question
def ltbi_pharmacy(c):
    p = c.holder(min_age=16) if c.rng.random() < 0.5 else c.patient(min_age=16)
    pharm = G.PHARMACIES[c.rng.randrange(len(G.PHARMACIES))]
    md = c.staff(role_idx=0)
    fr = c.lang == "fr"
    reg = _pick(c, c.rng.choice([V.LTBI_REGIMENS[0], V.LTBI_REGIMENS[2]]))
    inter = c.rng.choice([("un contraceptif oral combiné", "a combined oral contraceptive"),
                          ("de la méthadone 85 mg die", "methadone 85 mg daily"),
                          ("de l'apixaban 5 mg BID", "apixaban 5 mg BID"),
                          ("de la lévothyroxine", "levothyroxine")])
    who = c.name(p, c.pick("full", "title", "lower", "initials"))
    dob = c.dob(p) if c.rng.random() < 0.6 else ""
    if fr:
        text = ("Bonjour Dr %s,\n\nIci la pharmacie. Nous avons reçu une ordonnance (%s) pour %s%s "
                "(traitement d'une tuberculose latente). Le ou la patiente prend aussi %s. Il y a une interaction "
                "importante avec la rifamycine. Souhaitez-vous modifier le traitement ou ajuster l'autre médicament?\n\n"
                "Merci de nous rappeler au %s.\n\n%s, pharmacien(ne)\n%s") % (
            md.surname, c.med(reg), who, (" " + dob) if dob else "", c.med(_pick(c, inter)),
            G.phone(c.rng, pharm[2]), c.rng.choice(G.STAFF_GIVEN), pharm[0])
        subj = c.pick("Interaction - ordonnance ITL", "Question pharmacie", "Rx rifampine - question")
    else:
        text = ("Hi Dr. %s,\n\nPharmacy here. We received a prescription for %s for %s%s "
                "(latent TB treatment). The patient is also on %s, which interacts significantly with the rifamycin. "
                "Would you like to change the regimen or adjust the other drug?\n\nPlease call us back at %s.\n\n"
                "%s, RPh\n%s") % (
            md.surname, c.med(reg), who, (" " + dob) if dob else "", c.med(_pick(c, inter)),
            G.phone(c.rng, pharm[2]), c.rng.choice(G.STAFF_GIVEN), pharm[0])
        subj = c.pick("Interaction - LTBI prescription", "Pharmacy question", "Rifampin Rx query")
    c.add("diagnosis")
    return "pharmacy_question", Mail(c.lang, subj, (pharm[0], "labo@" + pharm[1]), [(md.full, md.email)],
                                     text=text, date=c.now), "pharmacist asks about rifampin interaction"


# ------------------------------------------------------------------ vaccination appointment (ICS)
def vaccination_ics(c):
    p = c.holder() if c.rng.random() < 0.6 else c.patient()
    nurse = c.staff(role_idx=5, inst=G.INSTITUTIONS[4])
    fr = c.lang == "fr"
    d = c.future(3, 30)
    h = c.rng.choice([8, 9, 10, 13, 14, 15])
    start = datetime.datetime(d.year, d.month, d.day, h, c.rng.choice([0, 15, 30, 45]))
    end = start + datetime.timedelta(minutes=30)
    vacc = c.rng.sample(V.TRAVEL_VACCINES, 2)
    vtxt = ", ".join(_pick(c, v).replace("%d", str(c.rng.randint(1, 2))) for v in vacc)
    c.add("medication")
    summary = c.fr("Vaccination voyage - %s", "Travel vaccination - %s") % c.name(p, c.pick("full", "surname_first", "title"))
    desc_lines = [c.fr("Patient(e) : ", "Patient: ") + G.name_form(c.rng, p, c.lang, "full")]
    if p.nam:
        desc_lines.append(c.nam(p, allow_fw=False))
    if c.rng.random() < 0.6:
        desc_lines.append(c.dob(p))
    desc_lines.append(c.fr("Vaccins prévus : ", "Planned vaccines: ") + vtxt)
    desc_lines.append(c.fr("Tél. : ", "Phone: ") + c.phone())
    ics = D.make_ics("%08x-vacc@%s" % (c.rng.getrandbits(32), nurse.inst[3]), start, end, summary, "\n".join(desc_lines),
                     c.fr("Clinique santé-voyage Horizon, salle 3", "Horizon Travel Health Clinic, room 3"),
                     (nurse.full, nurse.email), [(nurse.full, nurse.email)])
    if fr:
        text = "Rendez-vous ajouté à l'agenda de la clinique.\n\n%s" % c.sig(nurse)
    else:
        text = "Appointment added to the clinic calendar.\n\n%s" % c.sig(nurse)
    use_alt = c.rng.random() < 0.5
    mail = Mail(c.lang, summary, c.sender(nurse), [(c.fr("Agenda clinique voyage", "Travel clinic calendar"), "agenda@" + nurse.inst[3])],
                text=text, date=c.now, alt_ics=ics if use_alt else None,
                attachments=[] if use_alt else [Att("invite.ics", "text/calendar", text=ics, charset="utf-8", params=["method=REQUEST"])])
    return "appointment_ics", mail, "calendar invitation for a travel vaccination appointment"


# ------------------------------------------------------------------ pre-travel summary (DOCX)
def pretravel_docx(c):
    p = c.holder(min_age=1) if c.rng.random() < 0.6 else c.patient()
    md = c.staff(role_idx=2, inst=G.INSTITUTIONS[4])
    gp = c.staff(physician=True)
    fr = c.lang == "fr"
    dest = _dest(c)
    vacc = [_pick(c, v).replace("%d", "1") for v in c.rng.sample(V.TRAVEL_VACCINES, 3)]
    lots = ["%s%d" % (c.pick("U", "X", "M", "T"), c.rng.randint(10000, 99999)) for _ in vacc]
    proph = _pick(c, c.rng.choice(V.MALARIA_PROPHYLAXIS))
    paras = ["# " + c.fr("Sommaire de consultation santé-voyage", "Pre-travel consultation summary"),
             c.fr("Nom : ", "Name: ") + p.full,
             c.fr("Date de naissance : ", "Date of birth: ") + p.dob.isoformat()]
    c.add("patient_name", "date_of_birth", "medication")
    if p.nam:
        paras.append("NAM : " + p.nam if fr else "RAMQ: " + p.nam)
        c.add("ramq_nam")
        c.record("ramq_nam", p.nam)
    paras += [c.fr("Destination : %s, départ le %s", "Destination: %s, leaving %s") % (dest, c.future(7, 40).isoformat()),
              "## " + c.fr("Vaccins administrés", "Vaccines given"), "{TABLE}",
              "## " + c.fr("Prophylaxie antipaludique", "Malaria prophylaxis"), proph,
              c.fr("Conseils : diarrhée du voyageur (azithromycine 1 g en réserve), prévention des piqûres.",
                   "Advice: travellers' diarrhea (standby azithromycin 1 g), bite avoidance.")]
    table = ([c.fr("Vaccin", "Vaccine"), c.fr("Lot", "Lot"), c.fr("Site", "Site")],
             [[v, l, c.pick("deltoïde G" if fr else "L deltoid", "deltoïde D" if fr else "R deltoid")] for v, l in zip(vacc, lots)])
    data = D.make_docx(paras, table, author=md.full, title=c.fr("Sommaire voyage", "Travel summary"))
    fname = c.pick("sommaire_voyage.docx" if fr else "travel_summary.docx",
                   "%s_%s_voyage.docx" % (p.surname, p.given) if fr else "%s_%s_travel.docx" % (p.surname, p.given))
    if fr:
        text = "%s\n\nVous trouverez ci-joint le sommaire de la consultation pré-voyage de votre patient(e). Une copie a été remise en main propre.\n\n%s\n%s" % (
            c.greet("Dr " + gp.surname), c.bye(), c.sig(md))
        subj = c.pick("Sommaire consultation voyage", "Copie au médecin traitant - clinique voyage", "Consultation santé-voyage")
    else:
        text = "%s\n\nPlease find attached the pre-travel consultation summary for your patient. A copy was given to them.\n\n%s\n%s" % (
            c.greet("Dr. " + gp.surname), c.bye(), c.sig(md))
        subj = c.pick("Pre-travel consult summary", "cc family physician - travel clinic visit", "Travel health visit")
    mail = Mail(c.lang, subj, c.sender(md), [(gp.full, gp.email)], text=text, date=c.now,
                attachments=[Att(fname, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data)])
    return "pretravel_docx", mail, "DOCX summary of a pre-travel visit"


# ------------------------------------------------------------------ stewardship roster (HTML)
def stewardship_roster_html(c):
    ph = c.staff(role_idx=6)
    team = c.staff(role_idx=0)
    fr = c.lang == "fr"
    n = c.rng.randint(4, 8)
    rows = []
    for i in range(n):
        p = c.patient(min_age=30) if c.rng.random() < 0.7 else c.holder(min_age=30)
        unit = c.pick("5N", "6S", "7E", "USI", "4O") if fr else c.pick("5N", "6S", "7E", "ICU", "4W")
        bed = "%s-%02d" % (unit, c.rng.randint(1, 30))
        case = c.rng.choice(V.STEWARD_CASES)
        dx, ab, rec = (_pick(c, x) for x in case)
        if "%s" in rec:
            rec = rec % c.date(c.future(1, 5))
        ident = G.gen_mrn(c.rng)
        rows.append((bed, "%s, %s" % (p.surname.upper(), p.given), ident, dx, ab, "J%d" % c.rng.randint(2, 12) if fr else "D%d" % c.rng.randint(2, 12), rec))
    c.add("patient_name", "mrn", "diagnosis", "medication")
    head = [c.fr("Lit", "Bed"), c.fr("Patient", "Patient"), c.fr("Dossier", "MRN"), c.fr("Indication", "Indication"),
            c.fr("Antibiotique", "Antibiotic"), c.fr("Jour", "Day"), c.fr("Recommandation", "Recommendation")]
    trs = "\n".join("<tr>%s</tr>" % "".join("<td style=\"border:1px solid #999;padding:2px 6px\">%s</td>" % G_html(x) for x in r) for r in rows)
    intro = c.fr("Voici la revue prospective d'antibiogouvernance de ce matin (audit et rétroaction).",
                 "Here is this morning's prospective audit-and-feedback list.")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:Calibri\">"
            "<p>%s</p><p>%s</p><table style=\"border-collapse:collapse\"><tr>%s</tr>\n%s</table>"
            "<p>%s</p><p>%s</p></body></html>\n") % (
        G_html(c.greet()), G_html(intro), "".join("<th style=\"background:#dde\">%s</th>" % h for h in head), trs,
        G_html(c.fr("Les recommandations ont été laissées au dossier.", "Recommendations were left in the chart.")),
        G_html(c.sig(ph)).replace("\n", "<br>"))
    subj = c.fr("Antibiogouvernance - revue du %s", "Stewardship rounds - %s") % c.date(c.now.date(), 0)
    mail = Mail(c.lang, subj, c.sender(ph), [(team.full, team.email)], html=html,
                body_mode=c.pick("html", "alt"), date=c.now)
    return "stewardship_roster", mail, "HTML table of inpatients on antibiotics with beds and MRNs"


def G_html(s):
    import html as _h
    return _h.escape(s, quote=False)


def stewardship_single(c):
    p = c.patient(min_age=25) if c.rng.random() < 0.6 else c.holder(min_age=25)
    ph = c.staff(role_idx=6)
    res = c.staff(role_idx=3)
    fr = c.lang == "fr"
    ab = _pick(c, c.rng.choice(V.ANTIBIOTICS_IV))
    bed = "%s-%d" % (c.pick("5N", "6S", "7E", "4O"), c.rng.randint(1, 30))
    who = c.name(p, c.pick("title", "surname_first", "initials", "lower"))
    org = c.lab(c.fr("hémocultures : E. coli sensible à la céfazoline", "blood cultures: E. coli susceptible to cefazolin"))
    if fr:
        text = "Salut %s,\n\n%s (%s) est au jour %d de %s. %s. On suggère de passer à la céfazoline 2 g IV q8h puis relais PO dès que afébrile 48 h.\n\nJe repasse cet après-midi.\n%s" % (
            res.given, who, bed, c.rng.randint(3, 9), c.med(ab), org, ph.given)
        subj = c.pick("Lit %s - désescalade?" % bed, "antibio %s" % bed, "suggestion antibiogouvernance")
    else:
        text = "Hi %s,\n\n%s (%s) is on day %d of %s. %s. Suggest switching to cefazolin 2 g IV q8h then PO once afebrile 48h.\n\nI'll swing by this afternoon.\n%s" % (
            res.given, who, bed, c.rng.randint(3, 9), c.med(ab), org, ph.given)
        subj = c.pick("Bed %s - de-escalate?" % bed, "abx %s" % bed, "stewardship suggestion")
    return "stewardship_single", Mail(c.lang, subj, c.sender(ph), [(res.full, res.email)], text=text, date=c.now), \
        "stewardship pharmacist suggests de-escalation for a named inpatient"


BUILDERS = [
    (referral_travel, 4), (consult_reply, 4), (hiv_followup, 4), (hepatitis_followup, 4),
    (tb_contacts_xlsx, 3), (tb_contacts_zip, 3), (ltbi_pharmacy, 3), (vaccination_ics, 4),
    (pretravel_docx, 4), (stewardship_roster_html, 4), (stewardship_single, 3),
]
