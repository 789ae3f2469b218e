"""Positive templates, part A: referrals, assessments, booking, census, labs, prescriptions."""
import datetime

import gen_clin as K
import gen_common as C

DOM = C.ORG["dom"]


def L(m, fr, en):
    return fr if m.lang == "fr" else en


def who(m, role):
    s = C.staff(m.rng, role)
    return s, C.staff_addr(s)


def drname(s, lang):
    return ("Dre " if (s[2] == "F" and lang == "fr") else "Dr ") + s[0] + " " + s[1]


def idline(m, p, mrn=0.5):
    """Identity line: NAM holders always get name-compatible NAM + DOB + sex."""
    r = m.rng
    bits = []
    if p.nam:
        bits.append(L(m, "NAM : ", "RAMQ: ") + m.nam(p))
        bits.append(L(m, "DDN : ", "DOB: ") + m.dob(p))
        bits.append(m.sex(p))
    else:
        if r.random() < 0.7:
            bits.append(L(m, "DDN : ", "DOB: ") + m.dob(p))
    if r.random() < mrn:
        bits.append(L(m, "dossier ", "MRN ") + m.mrn(p))
    return r.choice(["   ", " | ", " - ", "\n"]).join(bits)


def future(m, days=(5, 80)):
    return (m.c.when().date() + datetime.timedelta(days=m.rng.randrange(*days)))


# ---------------------------------------------------------------- 1 referral from a family physician
def referral(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.6, ages=(24, 63))
    g, s = C.ext_person(r)
    gmf = r.choice(["gmf-deuxrives.example", "cliniquedulac.example", "gmfu-valbouleaux.example"])
    frm = ("Dr %s %s" % (g, s), "%s.%s@%s" % (C.slug(g), C.slug(s), gmf))
    to = (L(m, "Accueil bariatrie", "Bariatric intake"), "accueil.bariatrie@" + DOM)
    b = K.bmi(r)
    com = K.comorb(r, lang, p.sex, r.randint(2, 4))
    meds = K.pick(r, K.MEDS, lang, r.randint(2, 4))
    nm = m.name(p)
    tried = r.choice(K.MEDS[11:13])[0 if lang == "fr" else 1]
    body = L(m,
             "Bonjour,\n\nJe vous réfère %s pour évaluation en chirurgie bariatrique.\n%s\n\n"
             "IMC actuel %s (poids %d kg, taille %d cm). %s\nAntécédents : %s.\nMédication : %s.\n"
             "Essai de %s pendant 8 mois, perte de 6 %% seulement, arrêté pour intolérance digestive.\n\n"
             "Patiente motivée, a déjà assisté à la séance d'information. Merci de la convoquer.\n\n"
             "%s\nGMF — médecin de famille\nTél. 450 555-01%02d" ,
             "Hello,\n\nPlease see %s for assessment for bariatric surgery.\n%s\n\n"
             "Current BMI %s (weight %d kg, height %d cm). %s\nPMH: %s.\nMeds: %s.\n"
             "Tried %s for 8 months, only 6%% weight loss, stopped for GI side effects.\n\n"
             "Motivated, attended the information session already. Thanks for booking.\n\n"
             "%s\nFamily physician\nTel. 450 555-01%02d")
    obes = m.dx(L(m, "Obésité classe %s" % ("III" if b >= 40 else "II"), "Class %s obesity" % ("III" if b >= 40 else "II")))
    h = r.randrange(152, 186)
    text = body % (nm, idline(m, p), K.fbmi(b, lang), int(b * h * h / 10000.0), h, obes, m.dx(", ".join(com)),
                   m.med(", ".join(meds)), m.med(tried), frm[0], r.randrange(10, 99))
    if lang == "fr" and p.sex == "M":
        text = text.replace("Patiente motivée", "Patient motivé").replace("la convoquer", "le convoquer")
    subj = L(m, "Demande de consultation — chirurgie bariatrique", "Referral - bariatric surgery assessment")
    if r.random() < 0.5:
        subj += " — " + p.surname.upper() if r.random() < 0.5 else ""
        fn = L(m, "Demande_consultation_%s.pdf", "Referral_%s.pdf") % C.strip_accents(p.surname).upper()
        root = m.mixed(m.body(L(m, "Bonjour, voir la demande ci-jointe. Merci.\n\n", "Hi, referral attached. Thanks.\n\n") + frm[0]),
                       [m.pdf(fn, L(m, "Demande de consultation", "Consultation request"), text)])
    else:
        root = m.body(text)
    return m.finish("referral", L(m, "référence MD famille vers bariatrie", "family physician referral to bariatric clinic"),
                    frm, to, subj, root)


# ---------------------------------------------------------------- 2 pre-operative medical clearance
def preop(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.35, ages=(25, 62))
    s, frm = who(m, "internist")
    s2, to = who(m, "surgeon")
    pr, code = K.proc(r, lang)
    labs = [K.lab_value(r, e, lang) for e in r.sample(K.PREOP_LABS, 3)]
    com = K.comorb(r, lang, p.sex, 3)
    hold = r.choice([L(m, "Cesser Ozempic 7 jours avant la chirurgie", "Hold Ozempic 7 days pre-op"),
                     L(m, "Cesser Jardiance 3 jours avant", "Stop Jardiance 3 days before surgery"),
                     L(m, "Poursuivre apixaban jusqu'à J-3, pas de relais", "Hold apixaban from day -3, no bridging")])
    nm = m.name(p)
    text = L(m,
             "%s,\n\nÉvaluation préopératoire complétée pour %s (%s).\n%s\n\n"
             "Problèmes : %s.\nBilan : %s.\nPolysomnographie : IAH %d, CPAP bien toléré.\n"
             "ECG normal, écho cardiaque FEVG 60 %%.\n\nRecommandations :\n- %s\n- Diète liquide hypocalorique 2 semaines préop\n"
             "- Risque anesthésique ASA %d, pas de contre-indication médicale.\n\n%s",
             "%s,\n\nPre-op medical assessment done for %s (%s).\n%s\n\n"
             "Problems: %s.\nWork-up: %s.\nPSG: AHI %d, tolerating CPAP.\nECG normal, echo LVEF 60%%.\n\n"
             "Recommendations:\n- %s\n- Low-calorie liquid diet 2 weeks pre-op\n- ASA %d, no medical contraindication.\n\n%s")
    text = text % (drname(s2, lang).split()[0] + " " + s2[1], nm, m.dx(pr), idline(m, p), m.dx(", ".join(com)),
                   m.lab(", ".join(labs)), r.randrange(18, 62), m.med(hold), r.choice([2, 3]), C.signature(s, lang, r))
    subj = r.choice([L(m, "Évaluation préop — %s", "Pre-op clearance - %s") % p.surname,
                     L(m, "Clairance médicale préopératoire", "Medical clearance before surgery")])
    if r.random() < 0.45:
        fn = L(m, "Eval_preop_%s_%s.docx", "Preop_assessment_%s_%s.docx") % (C.strip_accents(p.surname), p.given[0])
        paras = text.split("\n")
        root = m.mixed(m.body(L(m, "Rapport en pièce jointe.\n\n", "Report attached.\n\n") + s[0]),
                       [m.docx(fn, L(m, "Évaluation préopératoire", "Pre-operative assessment"), paras)])
    else:
        root = m.body(text)
    return m.finish("preop", L(m, "évaluation médicale préopératoire", "pre-op medical assessment"), frm, to, subj, root)


# ---------------------------------------------------------------- 3 nutrition evaluation (DOCX)
def nutrition(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.25)
    s, frm = who(m, "dietitian")
    s2, to = who(m, "nurse")
    b = K.bmi(r)
    beh = r.choice(K.PSY[:1] + K.PSY[6:])
    paras = [
        L(m, "Patient(e) : ", "Patient: ") + m.name(p, full_only=True),
        idline(m, p, mrn=0.7),
        L(m, "Poids %d kg, IMC %s. Poids maximal atteint %d kg en 2023.", "Weight %d kg, BMI %s. Highest weight %d kg in 2023.")
        % (int(b * 2.8), K.fbmi(b, lang), int(b * 2.8) + 9),
        m.dx(L(m, "Comportements alimentaires : %s; saute le déjeuner, 3 boissons gazeuses/jour.",
               "Eating behaviours: %s; skips breakfast, 3 soft drinks a day.") % (beh[0] if lang == "fr" else beh[1])),
        L(m, "Suppléments actuels : aucun. Tolère mal le lactose.", "Current supplements: none. Lactose intolerant."),
        L(m, "Recommandation : apte à poursuivre, revoir dans 6 semaines avec journal alimentaire.",
          "Recommendation: may proceed, review in 6 weeks with food diary."),
    ]
    fn = L(m, "Evaluation nutritionnelle - %s.docx", "Nutrition assessment - %s.docx") % p.full
    att = m.docx(fn, L(m, "Évaluation nutritionnelle préchirurgicale", "Pre-surgical nutrition assessment"), paras)
    body = L(m, "Salut %s,\n\nVoici mon éval pour le dossier discuté en réunion. Je l'ai aussi versée au DCI.\n\n%s",
             "Hi %s,\n\nHere's my assessment for the file we discussed at rounds. Also uploaded to the EMR.\n\n%s") % (
        s2[0], C.signature(s, lang, r, short=True))
    root = m.mixed(m.body(body), [att])
    return m.finish("nutrition_eval", L(m, "évaluation nutritionnelle en pièce jointe", "nutrition assessment attached"),
                    frm, to, L(m, "Éval nutrition", "Nutrition eval"), root)


# ---------------------------------------------------------------- 4 psychology evaluation
def psych(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.3)
    s, frm = who(m, "psycholog")
    team = [C.staff_addr(C.staff(r, "surgeon")), C.staff_addr(C.staff(r, "nurse navigator"))]
    psy = K.pick(r, K.PSY, lang, 2)
    soc = r.choice(K.SOCIAL)[0 if lang == "fr" else 1]
    defer = r.random() < 0.5
    nm = m.name(p)
    text = L(m,
             "Bonjour à l'équipe,\n\nJ'ai rencontré %s à deux reprises (%s).\n\n"
             "Impression : %s.\nContexte : %s.\n\n%s\n\nJe reste disponible pour en discuter au comité du jeudi.\n\n%s",
             "Hi team,\n\nI met %s twice (%s).\n\nImpression: %s.\nContext: %s.\n\n%s\n\n"
             "Happy to discuss at Thursday's case conference.\n\n%s")
    rec = (L(m, "Recommandation : REPORT de la chirurgie de 6 mois, suivi en psychothérapie (TCC) d'ici là.",
             "Recommendation: DEFER surgery 6 months, CBT in the meantime.") if defer else
           L(m, "Recommandation : aucune contre-indication psychologique, suivi post-op conseillé.",
             "Recommendation: no psychological contraindication, post-op follow-up advised."))
    text = text % (nm, idline(m, p, mrn=0.6), m.dx("; ".join(psy)), m.social(soc), rec, C.signature(s, lang, r))
    subj = r.choice([L(m, "Évaluation psychologique — %s", "Psych assessment - %s") % p.surname.upper(),
                     L(m, "Éval psy (confidentiel)", "Psychology evaluation (confidential)")])
    return m.finish("psych_eval", L(m, "évaluation psychologique préchirurgicale", "pre-surgical psychology assessment"),
                    frm, team, subj, m.body(text))


# ---------------------------------------------------------------- 5 OR booking with ICS
def booking(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.4)
    s, frm = who(m, "OR coordinator")
    s2, to = who(m, "surgeon")
    pr, code = K.proc(r, lang, ["sleeve", "RYGB", "SADI-S", "revision"])
    d = future(m)
    start = datetime.datetime(d.year, d.month, d.day, r.choice([7, 8, 10, 12]), r.choice([0, 30]))
    end = start + datetime.timedelta(hours=r.choice([2, 3]))
    b = K.bmi(r, 38, 58)
    summ = "%s - %s %s (%s)" % (code, p.surname.upper(), p.given if p.nam else p.given[0] + ".", m.mrn(p))
    m.types.add("patient_name")
    desc = L(m, "Patient : %s\n%s\nIMC %s — %s\nMatériel : table bariatrique, trocarts longs, agrafeuse 60 mm\nAnesthésie : %s",
             "Patient: %s\n%s\nBMI %s - %s\nEquipment: bariatric table, long trocars, 60 mm stapler\nAnaesthesia: %s") % (
        m.name(p, full_only=True), idline(m, p, mrn=0), K.fbmi(b, lang), m.dx(pr),
        m.dx(L(m, "SAHOS, intubation vigile possible", "OSA, possible awake intubation")))
    ics = m.ics(L(m, "reservation_bloc.ics", "OR_booking.ics"), uid="or-%d-%d@%s" % (c.seed, m.n, DOM), start=start, end=end,
                summary=summ, description=desc, location=L(m, "Bloc opératoire salle 6", "OR room 6"),
                organizer=("%s %s" % (s[0], s[1]), frm[1]))
    body = L(m, "Bonjour Dr %s,\n\nVotre cas est confirmé pour le %s, salle 6, %s.\n%s\n\nMerci de compléter le consentement au DCI.\n\n%s",
             "Hi Dr %s,\n\nYour case is confirmed for %s, room 6, %s.\n%s\n\nPlease complete the consent in the EMR.\n\n%s") % (
        s2[1], C.fday(d, lang), start.strftime("%H:%M"), desc.split("\n")[0] if r.random() < 0.5 else L(m, "(détails dans l'invitation)", "(details in the invite)"),
        C.signature(s, lang, r))
    subj = L(m, "Confirmation bloc %s — %s", "OR confirmation %s - %s") % (d.isoformat(), code)
    return m.finish("booking", L(m, "réservation de salle d'opération avec invitation", "OR booking with calendar invite"),
                    frm, to, subj, m.mixed(m.body(body), [ics]))


# ---------------------------------------------------------------- 6 ward census / sign-out
def census(c, lang):
    m = c.new(lang, True)
    r = m.rng
    s, frm = who(m, "resident")
    s2, to = who(m, "surgeon")
    rows = [[L(m, "Ch.", "Rm"), L(m, "Patient", "Patient"), L(m, "Chirurgie", "Surgery"), L(m, "JPO", "POD"), L(m, "À surveiller", "Issues")]]
    n = r.randint(4, 7)
    for i in range(n):
        p = c.patient(lang, nam=0.0)
        pr, code = K.proc(r, lang)
        k = r.randrange(5)
        if k == 0:
            issue = m.dx(K.complic(r, lang, code))
        elif k == 1:
            issue = m.lab(K.lab_value(r, r.choice(K.DEFICIENCY[:4]), lang))
        elif k == 2:
            issue = m.med(L(m, "Lovenox à débuter ce soir", "start Lovenox tonight"))
        elif k == 3:
            issue = L(m, "congé demain si tolère diète", "d/c tomorrow if tolerating diet")
        else:
            issue = m.dx(L(m, "SAHOS, CPAP la nuit", "OSA, CPAP at night"))
        nm = r.choice([p.surname.upper() + ", " + p.given, p.surname + " " + p.given[0] + ".", p.full.lower(), p.name(r, lang)])
        m.types.add("patient_name")
        rows.append(["4C-%02d" % r.randrange(1, 40), nm, code, str(r.randrange(0, 5)), issue])
    m.types.add("diagnosis")  # every row names the bariatric procedure
    intro = L(m, "Liste de garde 4C pour ce soir. Rien d'urgent, voir les points ci-dessous.\n\n[[TABLE]]\n\nBonne garde,\n%s",
              "Sign-out for 4C tonight. Nothing urgent, see below.\n\n[[TABLE]]\n\nHave a good night,\n%s") % s[0]
    if r.random() < 0.35:
        att = m.xlsx(L(m, "liste_4C.xlsx", "census_4C.xlsx"), [(L(m, "Liste", "Census"), rows)])
        root = m.mixed(m.body(intro.replace("[[TABLE]]", L(m, "(liste en pièce jointe)", "(list attached)"))), [att])
    else:
        root = m.body(intro, tables={"[[TABLE]]": rows})
    subj = L(m, "Liste de garde 4C — bariatrie", "4C sign-out - bariatric service")
    return m.finish("census", L(m, "liste de garde des patients opérés", "post-op ward sign-out list"), frm, to, subj, root)


# ---------------------------------------------------------------- 7 vitamin deficiency follow-up
def deficiency(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.3, ages=(26, 70))
    s, frm = who(m, "nurse")
    s2, to = who(m, "internist")
    pr, code = K.proc(r, lang, ["RYGB", "DS", "SADI-S", "OAGB"])
    labs = [K.lab_value(r, e, lang) for e in r.sample(K.DEFICIENCY, r.randint(2, 4))]
    plan = K.pick(r, K.POSTOP_RX[4:8], lang, 2)
    months = r.choice([6, 12, 18, 24, 36])
    style = r.randrange(3)
    if style == 0:
        subj = L(m, "Labos suivi %d mois — %s", "%d-month labs - %s") % (months, m.name(p, form="title"))
        intro = ""
    elif style == 1:
        subj = L(m, "Résultats anormaux — carences post-%s", "Abnormal results - deficiencies post-%s") % code
        intro = m.name(p) + "\n" + idline(m, p) + "\n"
    else:
        subj = L(m, "RE: suivi %s", "RE: follow-up %s") % p.surname
        m.types.add("patient_name")
        intro = ""
    text = L(m, "Bonjour Dre %s,\n\n%sLabos du suivi %d mois post-%s reçus :\n  %s\n\nElle rapporte fatigue et chute de cheveux. "
                "Je propose %s. Pouvez-vous signer l'ordonnance?\n\nMerci,\n%s",
             "Hi Dr %s,\n\n%s%d-month post-%s bloodwork is back:\n  %s\n\nReports fatigue and hair loss. "
             "I suggest %s. Can you sign the order?\n\nThanks,\n%s") % (
        s2[1], intro, months, m.dx(code), m.lab("\n  ".join(labs)), m.med(L(m, " et ", " and ").join(plan)),
        C.signature(s, lang, r, short=r.random() < 0.5))
    if p.sex == "M":
        text = text.replace("Elle rapporte", "Il rapporte")
    return m.finish("lab_followup", L(m, "résultats de carences vitaminiques", "vitamin deficiency results"), frm, to, subj, m.body(text))


# ---------------------------------------------------------------- 8 prescription to community pharmacy
def rx_pharmacy(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.7)
    s, frm = who(m, "surgeon")
    ph = r.choice(["Pharmacie Beaulac et Turcotte", "Pharmacie du Carrefour Lac-Ombre", "Pharmacie Val-des-Bouleaux"])
    to = (ph, "ordonnances@%s" % r.choice(["pharmabeaulac.example", "pharmalacombre.example", "pharmavdb.example"]))
    pr, code = K.proc(r, lang, ["sleeve", "RYGB"])
    rx = K.pick(r, K.POSTOP_RX, lang, r.randint(3, 5))
    rxtext = L(m, "ORDONNANCE\n\nPatient : %s\n%s\nAdresse : %s\n\nDx : %s (%s)\n\n%s\n\nCes médicaments doivent être en formulation liquide, "
                  "à croquer ou écrasable pendant 6 semaines.\n\nPrescripteur : %s, permis %d\n",
               "PRESCRIPTION\n\nPatient: %s\n%s\nAddress: %s\n\nDx: %s (%s)\n\n%s\n\nAll medications in liquid, chewable or crushable form "
               "for 6 weeks.\n\nPrescriber: %s, licence %d\n") % (
        m.name(p, full_only=True), idline(m, p, mrn=0.3), m.contact(p.address),
        m.dx(L(m, "statut post-%s", "status post %s") % pr), L(m, "congé %s", "discharged %s") % m.c.when().date().isoformat(),
        m.med("\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(rx))), drname(s, lang), r.randrange(10000, 99999))
    d = m.c.when().date()
    if r.random() < 0.6:
        fn = r.choice([L(m, "Ordonnance_%s.pdf", "Rx_%s.pdf") % d.isoformat(),
                       "Rx_%s_%s.pdf" % (C.strip_accents(p.surname).upper(), d.strftime("%Y%m%d"))])
        root = m.mixed(m.body(L(m, "Bonjour,\n\nOrdonnance de congé ci-jointe. Original envoyé par télécopieur.\n\n",
                                   "Hello,\n\nDischarge prescription attached; original faxed.\n\n") + C.signature(s, lang, r)),
                       [m.pdf(fn, L(m, "Ordonnance", "Prescription"), rxtext, subtitle=C.ORG["hosp"] + " — " + C.ORG["tel"])])
    else:
        root = m.body(rxtext + "\n" + C.signature(s, lang, r))
    return m.finish("prescription", L(m, "ordonnance de congé à la pharmacie", "discharge prescription to pharmacy"),
                    frm, to, L(m, "Ordonnance — congé chirurgie bariatrique", "Prescription - bariatric discharge"), root)


# ---------------------------------------------------------------- 9 transport request
def transport(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.4, ages=(30, 72))
    s, frm = who(m, "booking clerk")
    to = (L(m, "Transport adapté", "Patient transport"), "reservations@transport-adapte-troislacs.example")
    d = future(m)
    w = r.randrange(165, 245)
    text = L(m,
             "Bonjour,\n\nDemande de transport pour :\n%s\n%s\nAdresse : %s\nTéléphone : %s\n\n"
             "Rendez-vous : %s à %s, clinique bariatrique, 4e étage aile C.\nBesoins : %s, poids %d kg, %s.\n"
             "Retour prévu vers 15 h.\n\nMerci,\n%s",
             "Hello,\n\nTransport request for:\n%s\n%s\nAddress: %s\nPhone: %s\n\n"
             "Appointment: %s at %s, bariatric clinic, 4th floor wing C.\nNeeds: %s, weight %d kg, %s.\n"
             "Return around 3 pm.\n\nThanks,\n%s")
    text = text % (m.name(p, full_only=True), idline(m, p, mrn=0.4), m.contact(p.address), m.contact(p.phone),
                   C.fday(d, lang), r.choice(["8 h 30", "10 h", "13 h 15"]) if lang == "fr" else r.choice(["8:30", "10:00", "1:15 pm"]),
                   L(m, "fauteuil roulant bariatrique", "bariatric wheelchair"), w,
                   m.dx(r.choice([L(m, "oxygène 2 L (SAHOS)", "on 2 L O2 (OSA)"), L(m, "suivi post-op sleeve", "post-sleeve follow-up"),
                                  L(m, "amputé sous le genou gauche, diabétique", "left BKA, diabetic")])),
                   C.signature(s, lang, r))
    return m.finish("transport", L(m, "demande de transport adapté", "patient transport request"), frm, to,
                    L(m, "Demande de transport — %s", "Transport request - %s") % d.isoformat(), m.body(text))


# ---------------------------------------------------------------- 10 discharge summary
def discharge(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.4)
    s, frm = who(m, "resident")
    g, sn = C.ext_person(r)
    to = ("Dr %s %s" % (g, sn), "%s.%s@gmf-deuxrives.example" % (C.slug(g), C.slug(sn)))
    pr, code = K.proc(r, lang)
    comp = r.random() < 0.5
    adm = m.c.when().date()
    text = L(m,
             "RÉSUMÉ DE DÉPART\n\nNom : %s\n%s\nAdmission : %s   Départ : %s\n\nDiagnostic principal : obésité classe III (IMC %s)\n"
             "Comorbidités : %s\nIntervention : %s le %s\nÉvolution : %s\n\nMédication au départ :\n%s\n\nSuivi : clinique bariatrique dans 2 semaines, "
             "nutritionniste à 1 mois.\n",
             "DISCHARGE SUMMARY\n\nName: %s\n%s\nAdmitted: %s   Discharged: %s\n\nPrincipal diagnosis: class III obesity (BMI %s)\n"
             "Comorbidities: %s\nProcedure: %s on %s\nCourse: %s\n\nDischarge medications:\n%s\n\nFollow-up: bariatric clinic in 2 weeks, "
             "dietitian at 1 month.\n")
    text = text % (m.name(p, full_only=True), idline(m, p, mrn=0.8), adm.isoformat(), (adm + datetime.timedelta(days=r.randint(1, 6))).isoformat(),
                   K.fbmi(K.bmi(r, 40, 60), lang), m.dx(", ".join(K.comorb(r, lang, p.sex, 2))), m.dx(pr), adm.isoformat(),
                   m.dx(K.complic(r, lang, code) + L(m, ", résolu sous traitement", ", resolved with treatment")) if comp
                   else L(m, "sans particularité", "uneventful"),
                   m.med("\n".join("- " + x for x in K.pick(r, K.POSTOP_RX, lang, 4))))
    fn = r.choice([L(m, "Resume_depart.pdf", "Discharge_summary.pdf"),
                   "%s_%s_%s.pdf" % (L(m, "RD", "DS"), C.strip_accents(p.surname).upper(), adm.strftime("%Y%m%d"))])
    mode = r.randrange(3)
    if mode == 0:
        root = m.mixed(m.body(L(m, "Bonjour Dr %s,\n\nRésumé de départ de votre patient(e) en pièce jointe.\n\n", "Dear Dr %s,\n\nDischarge summary for your patient attached.\n\n") % sn
                              + C.signature(s, lang, r)), [m.pdf(fn, L(m, "Résumé de départ", "Discharge summary"), text)])
    elif mode == 1:
        root = m.mixed(m.body(L(m, "Bonjour,\nvoir document joint.\n", "Hi,\nsee attached.\n")),
                       [m.docx(fn.replace(".pdf", ".docx"), L(m, "Résumé de départ", "Discharge summary"), text.split("\n"))])
    else:
        root = m.body(text + "\n" + C.signature(s, lang, r))
    return m.finish("discharge_summary", L(m, "résumé de départ au médecin traitant", "discharge summary to family doctor"),
                    frm, to, L(m, "Résumé de départ — chirurgie bariatrique", "Discharge summary - bariatric surgery"), root)


# ---------------------------------------------------------------- 11 quick colleague note
def quicknote(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.0)
    s, frm = who(m, "nurse")
    s2, to = who(m, "surgeon")
    code = r.choice(["sleeve", "RYGB", "OAGB", "DS"])
    comp = K.complic(r, lang, code)
    nm = r.choice([m.name(p, form="title"), m.given_only(p) + " " + p.surname[0] + ".", m.name(p)])
    pod = r.randrange(6, 30)
    k = r.randrange(3)
    comp = m.dx(comp + " (%s)" % code)
    if k == 0:
        line = L(m, "Peux-tu voir %s demain en clinique? JPO %d, %s. Je lui ai dit de venir à 8 h.",
                 "Can you squeeze %s into clinic tomorrow? POD %d, %s. Told them to come at 8.") % (nm, pod, comp)
    elif k == 1:
        line = L(m, "%s a appelé ce matin : %s depuis 3 jours. Je l'envoie à l'urgence ou tu veux la voir?",
                 "%s called this morning: %s x 3 days. Send to ER or do you want to see them?") % (nm, comp)
    else:
        rx = m.med(r.choice(K.POSTOP_RX)[0 if lang == "fr" else 1])
        line = L(m, "Petit suivi pour %s : %s, j'ai ajouté %s. On le garde sur ta liste de jeudi.",
                 "Quick one re %s: %s, I added %s. Keeping them on your Thursday list.") % (nm, comp, rx)
    text = line + "\n\n" + s[0]
    subj = r.choice([L(m, "petite question", "quick question"), L(m, "à voir svp", "pls see"), nm])
    return m.finish("quick_note", L(m, "note rapide entre collègues", "quick note between colleagues"), frm, to, subj,
                    m.body(text, mode=r.choice(["plain", "plain", "html"])))


# ---------------------------------------------------------------- 12 record-number-only note
def mrn_only(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.0)
    s, frm = who(m, "resident")
    to = [C.staff_addr(C.staff(r, "surgeon")), C.staff_addr(C.staff(r, "OR coordinator"))]
    comp = r.choice(K.COMPLIC[1:8])[0 if lang == "fr" else 1]
    lab = K.lab_value(r, r.choice(K.DEFICIENCY[3:4] + K.PREOP_LABS[3:4]), lang)
    text = L(m, "Dossier %s (4C-%02d) : %s confirmée au scan ce soir, %s. Retour au bloc vers 22 h, anesthésie avisée.\n\n%s",
             "Chart %s (4C-%02d): %s confirmed on CT tonight, %s. Back to OR around 22:00, anaesthesia aware.\n\n%s") % (
        m.mrn(p), r.randrange(1, 40), m.dx(comp), m.lab(lab), s[0])
    subj = L(m, "Retour au bloc ce soir", "Back to OR tonight")
    return m.finish("or_return", L(m, "retour au bloc identifié par numéro de dossier", "return to OR identified by chart number"),
                    frm, to, subj, m.body(text, mode="plain"))
