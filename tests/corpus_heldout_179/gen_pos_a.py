"""Positive templates, part A: referrals, stone clinic, OR booking, imaging/lab follow-up,
transport, pharmacy, discharge."""
import datetime

import gen_clinical as K
from gen_attach import make_csv, make_docx, make_ics, make_pdf
from gen_common import CLINIC_PHONES, EXT, ORG_ADDR_FR, ORG_EN, ORG_FR, Person, cap1, fmt_date
from gen_ctx import addr_str
from gen_mime import Att
from gen_ptools import fname_tok, id_rows, idblock, nstyle, patient, spec


def _gp(c):
    k = c.rng.randrange(3)
    if k == 0:
        return c.staff("lalancette")
    p = Person("gp%d" % k, "Dr" if k == 1 else "Dre", "Dr.", ["", "Luc", "Maryse"][k],
               ["", "Morissette", "Tanguay"][k], "médecin de famille", "family physician")
    p.email = p.email.split("@")[0] + "@" + (EXT["gmf2"][1] if k == 1 else EXT["gmf"][1])
    return p


def _clinic_inbox(c, which):
    names = {"uro": ("Clinique d'urologie HSV", "urologie.rdv"), "litho": ("Unité de lithotripsie", "lithotripsie"),
             "bloc": ("Réservation bloc opératoire", "bloc.reservation"), "cysto": ("Cystoscopie HSV", "cysto"),
             "biopsy": ("Clinique de biopsie prostatique", "biopsie.prostate"),
             "contin": ("Clinique de continence", "continence"), "vasect": ("Clinique de vasectomie", "vasectomie")}
    n, local = names[which]
    if c.lang == "en":
        n = {"uro": "HSV Urology Clinic", "litho": "Lithotripsy Unit", "bloc": "OR Booking", "cysto": "HSV Cystoscopy",
             "biopsy": "Prostate Biopsy Clinic", "contin": "Continence Clinic", "vasect": "Vasectomy Clinic"}[which]
    return (n, f"{local}@hsv-sante.example")


# ---------------------------------------------------------------------------
def p_referral(c):
    t, L = c.t, c.L
    gp = _gp(c)
    p = patient(c, min_age=0, p_nam=0.7)
    age = p.age()
    if age < 18:
        scen = "peds"
    elif p.sex == "M":
        scen = c.ch(["stone", "hematuria", "psa", "luts"])
    else:
        scen = c.ch(["stone", "hematuria", "incont"])
    ns = nstyle(c)
    nm = p.name(ns, c.lang)
    ident = idblock(c, p, name_style=ns)
    lines = []
    if scen == "stone":
        dx, mm = K.stone_dx(c.rng, c.lang)
        lines.append(L(f"Motif : {t.dx(dx)}.", f"Reason: {t.dx(dx)}."))
        lines.append(L("Imagerie : ", "Imaging: ") + t.lab(K.ct_result(c.rng, c.lang, mm)))
        lines.append(L("Rx actuelle : ", "Current meds: ") + t.med(K.stone_meds(c.rng, c.lang)))
        prio = L("B — douleur contrôlée, pas de fièvre", "B - pain controlled, afebrile")
    elif scen == "hematuria":
        dx = K.bladder_dx(c.rng, c.lang)
        lines.append(L(f"Motif : {t.dx(dx)}. Ex-fumeur 30 paquets-années.",
                       f"Reason: {t.dx(dx)}. Ex-smoker, 30 pack-years."))
        lines.append(L("Labos : ", "Labs: ") + t.lab(K.basic_labs(c.rng, c.lang)))
        lines.append(L("Anticoagulation : ", "Anticoagulation: ") + t.med(K.anticoag(c.rng, c.lang)))
        prio = L("A — hématurie macroscopique", "A - gross hematuria")
    elif scen == "psa":
        vals = K.psa_series(c.rng, c.lang)
        lines.append(L("Motif : ", "Reason: ") + t.dx(L("APS en progression, TR : nodule ferme lobe gauche",
                                                        "rising PSA, DRE: firm nodule left lobe")))
        lines.append(t.lab(K.psa_text(vals, c.lang)) + L(" (sur 3 ans)", " (over 3 years)"))
        lines.append(L("Antécédents familiaux : père, cancer de la prostate à 68 ans.",
                       "Family history: father had prostate cancer at 68."))
        prio = L("B", "B")
    elif scen == "luts":
        lines.append(L("Motif : ", "Reason: ") + t.dx(K.prostate_dx(c.rng, c.lang)))
        lines.append(L("Essai de ", "Tried ") + t.med(L("tamsulosine 0,4 mg x 6 mois puis ajout de finastéride",
                                                       "tamsulosin 0.4 mg x 6 months, then finasteride added")) +
                     L(", peu d'amélioration. RPM 180 mL à l'écho.", ", little improvement. PVR 180 mL on ultrasound."))
        prio = L("C — électif", "C - elective")
    elif scen == "incont":
        lines.append(L("Motif : ", "Reason: ") + t.dx(K.incont_dx(c.rng, c.lang)))
        lines.append(L("Échec de ", "Failed ") + t.med(K.bladder_meds(c.rng, c.lang)) +
                     L(" (sécheresse buccale).", " (dry mouth)."))
        prio = L("C", "C")
    else:
        lines.append(L("Motif : ", "Reason: ") + t.dx(K.peds_dx(c.rng, c.lang, p.sex)))
        lines.append(L("Joindre le parent au ", "Parent can be reached at ") + t.phone(p) + ".")
        prio = L("B — pédiatrie", "B - paediatric")
    intro = L(f"Je vous adresse {p.title('fr') + ' ' if age >= 18 and c.chance(.5) else ''}{nm}, {age} ans, pour évaluation en urologie.",
              f"I am referring {nm}, age {age}, for urology assessment.")
    clinic = EXT["gmf2"][0] if gp.email.endswith(EXT["gmf2"][1]) else EXT["gmf"][0]
    body = "\n".join([L(c.ch(["Bonjour,", "Chère consœur, cher confrère,"]), c.ch(["Dear colleague,", "Hello,"])), "",
                      intro, "", ident, "", *lines, "", L("Priorité demandée : ", "Requested priority: ") + prio, "",
                      c.thanks(), "", gp.titled(c.lang), clinic,
                      L("Tél. clinique : 450 555-0161", "Clinic phone: 450 555-0161")])
    subj = c.ch([L(f"Demande de consultation urologie - {t.name(p, 'upper_comma')}", f"Urology referral - {t.name(p, 'upper_comma')}"),
                 L("Référence urologie priorité " + prio[0], "Urology consult request, priority " + prio[0]),
                 L(f"Consultation : {nm}", f"Consult: {nm}")])
    return spec(c, "referral", L("demande de consultation d'un GMF", "GP referral to urology"),
                gp.addr(), [_clinic_inbox(c, "uro")], subj, body, body=c.ch(["plain", "plain", "alt"]))


# ---------------------------------------------------------------------------
def p_eswl_booking(c):
    t, L = c.t, c.L
    md = c.uro() if c.chance(.6) else c.staff(c.ch(["brisebois", "lariviere"]))
    nurse = c.staff("ferland")
    p = patient(c, min_age=25, p_nam=0.6)
    dx, mm = K.stone_dx(c.rng, c.lang)
    ac = K.anticoag(c.rng, c.lang) if c.chance(.5) else None
    when = c.future(5, 30)
    ns = nstyle(c)
    ident = idblock(c, p, name_style=ns)
    rows = [L("Indication : ", "Indication: ") + t.dx(dx)]
    rows.append(L("Labos : ", "Labs: ") + t.lab(K.basic_labs(c.rng, c.lang)))
    if ac:
        rows.append(cap1(t.med(K.hold_instr(c.rng, c.lang, ac))))
    rows.append(L("Analgésie au besoin : ", "Analgesia PRN: ") + t.med(K.stone_meds(c.rng, c.lang)))
    rows.append(L(f"Date souhaitée : {c.day(when)} (plage AM)", f"Preferred date: {c.day(when)} (AM slot)"))
    text = "\n".join([c.hello(nurse.given), "", L("Pourriez-vous réserver une LEC (lithotripsie extracorporelle) pour :",
                                                   "Could you book an ESWL session for:"), "", ident, "", *rows, "",
                      c.thanks(), c.sig(md, "litho")])
    atts = []
    if c.chance(.45):
        start = datetime.datetime(when.year, when.month, when.day, 8, 30)
        summ = L(f"LEC - {t.name(p, 'upper_comma')} - {mm} mm", f"ESWL - {t.name(p, 'upper_comma')} - {mm} mm")
        ics = make_ics(f"litho-{c.idx}-{p.mrn}@hsv-sante.example", start, start + datetime.timedelta(minutes=60), summ,
                       L("Unité de lithotripsie, 2e étage, pavillon B", "Lithotripsy unit, 2nd floor, wing B"),
                       L(f"Dossier {t.mrn(p, 'plain')}. À jeun 6 h.", f"Chart {t.mrn(p, 'plain')}. NPO 6 h."),
                       organizer=(nurse.full(), nurse.email), attendees=[(md.full(), md.email)])
        atts.append(Att("invite.ics", ics, "text/calendar; method=REQUEST", fname_style=c.ch(["plain", "2231"])))
    k = c.rng.randrange(3)
    if k == 1:
        ini = t.name(p, "initial")
        subj = L(f"LEC à céduler - {ini}", f"ESWL to schedule - {ini}")
    else:
        subj = [L("Réservation LEC", "ESWL booking"), "", L("Lithotripsie - nouvelle demande", "Lithotripsy request")][k]
    return spec(c, "booking", L("demande de réservation de lithotripsie", "lithotripsy booking request"),
                md.addr(), [nurse.addr()], subj, text, atts=atts, cc=[_clinic_inbox(c, "litho")] if c.chance(.4) else None)


# ---------------------------------------------------------------------------
def p_or_booking(c):
    t, L = c.t, c.L
    clerk = c.staff(c.ch(["arsenault", "picard"]))
    md = c.uro()
    p = patient(c, min_age=20, p_nam=0.55)
    proc = c.rng.randrange(4)
    if proc == 0 or (proc == 3 and p.sex != "M"):
        dx, _ = K.stone_dx(c.rng, c.lang)
        pr = L("Urétéroscopie souple + laser Ho:YAG, tuteur JJ", "Flexible ureteroscopy + Ho:YAG laser, JJ stent")
        code = "URS"
    elif proc == 1:
        dx = K.bladder_dx(c.rng, c.lang)
        pr = L("RTUV (résection transurétrale de vessie)", "TURBT")
        code = "RTUV" if c.lang == "fr" else "TURBT"
    elif proc == 2:
        dx, _ = K.stone_dx(c.rng, c.lang)
        pr = L("Néphrolithotomie percutanée (NLPC)", "Percutaneous nephrolithotomy (PCNL)")
        code = "NLPC" if c.lang == "fr" else "PCNL"
    else:
        dx = L("HBP obstructive, RPM 400 mL", "obstructive BPH, PVR 400 mL")
        pr = L("RTUP bipolaire", "bipolar TURP")
        code = "RTUP" if c.lang == "fr" else "TURP"
    when = c.future(10, 60)
    rows = id_rows(c, p)
    rows += [(L("Diagnostic", "Diagnosis"), t.dx(dx)), (L("Intervention", "Procedure"), pr),
             (L("Chirurgien", "Surgeon"), md.titled(c.lang)), (L("Durée prévue", "Expected duration"), c.ch(["45 min", "60 min", "90 min"])),
             (L("Anesthésie", "Anaesthesia"), c.ch([L("générale", "general"), L("rachidienne", "spinal")])),
             (L("Date visée", "Target date"), fmt_date(when, "iso", c.lang)),
             (L("Allergies", "Allergies"), t.med(c.ch([L("pénicilline (urticaire)", "penicillin (hives)"), L("sulfa", "sulfa"), L("morphine (nausées)", "morphine (nausea)")])))]
    tok = fname_tok(c, p)
    title = L("Demande de réservation - bloc opératoire", "Operating room booking request")
    kind = c.ch(["pdf", "docx"])
    if kind == "pdf":
        data = make_pdf(title, [f"{k} : {v}" if c.lang == "fr" else f"{k}: {v}" for k, v in rows],
                        author=clerk.full(), footer=ORG_FR + " - " + ORG_ADDR_FR)
        att = Att(f"{code}_{tok}.pdf", data, "application/pdf", fname_style=c.ch(["plain", "2231", "2231cont"]))
    else:
        data = make_docx(title, [L("Section à remplir par le chirurgien", "Section completed by the surgeon")],
                         table=[[L("Champ", "Field"), L("Valeur", "Value")]] + [list(r) for r in rows], author=clerk.full())
        att = Att(f"Reservation_{code}_{tok}.docx", data,
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname_style=c.ch(["plain", "2231"]))
    text = "\n".join([c.hello(L("l'équipe", "team") if c.chance(.5) else None),
                      "", L(f"Ci-joint une demande de réservation ({code}) pour {md.titled('fr')}, date visée la semaine du {fmt_date(when, 'long', 'fr')}.",
                            f"Attached is an OR booking request ({code}) for {md.titled('en')}, target week of {fmt_date(when, 'long', 'en')}."),
                      L("Le consentement est signé et au dossier.", "Consent is signed and on the chart."), "",
                      c.thanks(), c.sig(clerk, "bloc")])
    subj = c.ch([L(f"Réservation bloc - {code} - {md.surname}", f"OR booking - {code} - {md.surname}"),
                 L(f"TR: demande bloc {code}", f"FW: OR request {code}"), f"{code} {fmt_date(when, 'iso', c.lang)}"])
    return spec(c, "or_booking", L("demande de bloc avec formulaire joint", "OR booking form attached"),
                clerk.addr(), [_clinic_inbox(c, "bloc")], subj, text, atts=[att])


# ---------------------------------------------------------------------------
def p_imaging(c):
    t, L = c.t, c.L
    md = c.uro()
    nurse = c.staff(c.ch(["ferland", "champagne", "rioux"]))
    p = patient(c, min_age=20, p_nam=0.5)
    ns = c.ch(["title_full", "comma", "upper_comma", "initial", "lower"])
    nm = t.name(p, ns)
    k = c.rng.randrange(3)
    if k == 0:
        res = t.lab(K.ct_result(c.rng, c.lang))
        plan = L("Garder la tamsulosine, revoir dans 4 semaines avec RUV. Si fièvre -> urgence.",
                 "Keep tamsulosin, see in 4 weeks with KUB. If fever -> ER.")
        t.med("tamsulosin")
        t.dx("stone")
    elif k == 1:
        res = t.lab(L("Écho rénale : hydronéphrose gauche modérée, cortex préservé; vessie : RPM 310 mL",
                      "Renal US: moderate left hydronephrosis, preserved cortex; bladder: PVR 310 mL"))
        plan = L("Ajouter à la liste de cysto + pyélo rétrograde.", "Add to cysto + retrograde pyelogram list.")
        t.dx("hydronephrosis")
    else:
        res = t.lab(K.mri_result(c.rng, c.lang))
        plan = L("Biopsie ciblée transpérinéale à planifier; aviser le patient par téléphone.",
                 "Book targeted transperineal biopsy; call the patient.")
        t.dx("prostate lesion")
    extra = ""
    if c.chance(.5):
        extra = L(f"\nMRN {t.mrn(p, c.ch(['plain', 'dash', 'space']))}", f"\nMRN {t.mrn(p, c.ch(['plain', 'dash', 'space']))}")
    if c.chance(.3):
        extra += L(f"\nCell. du patient : {t.phone(p)}", f"\nPatient's cell: {t.phone(p)}")
    text = "\n".join([c.hello(nurse.given), "",
                      L(f"Résultat reçu ce matin pour {nm} :", f"Result came in this morning for {nm}:"), "", res, extra, "",
                      L("Plan : ", "Plan: ") + plan, "", md.given if c.chance(.6) else md.titled(c.lang)])
    subj = c.ch([L("Résultat imagerie", "Imaging result"), L(f"Résultat - {p.surname.upper()}", f"Result - {p.surname.upper()}"),
                 L("À rappeler SVP", "Please call back")])
    if p.surname.upper() in subj:
        t.name(p, "sur_upper_only")
    return spec(c, "imaging", L("résultat d'imagerie et plan au personnel infirmier", "imaging result with plan to nurse"),
                md.addr(), [nurse.addr()], subj, text, body=c.ch(["plain", "html", "alt"]))


# ---------------------------------------------------------------------------
def p_lab(c):
    t, L = c.t, c.L
    nurse = c.staff(c.ch(["ferland", "desrochers", "theriault"]))
    md = c.uro()
    p = patient(c, min_age=18, p_nam=0.55)
    k = c.rng.randrange(3)
    atts = []
    if k == 0:
        core = t.lab(K.urine_culture(c.rng, c.lang))
        q = L("Je remplace la cipro par ", "Switching cipro to ") + t.med(K.abx(c.rng, c.lang)) + L(" ? " + ("Il" if p.sex == "M" else "Elle") + " a un tuteur JJ en place.",
                                                                                                     " ? Stent in place.")
        t.dx("uti")
        note = L("culture d'urine positive", "positive urine culture")
    elif k == 1:
        core = t.lab(K.stone_analysis(c.rng, c.lang))
        q = L("On lance un bilan métabolique (urine 24 h) ?", "Shall we order a 24-h urine metabolic work-up?")
        t.dx("calcium oxalate stones")
        note = L("analyse de calcul", "stone analysis")
    else:
        core = t.lab(K.urine24(c.rng, c.lang))
        q = L("Suggestion : ", "Suggest: ") + t.med(L("citrate de potassium 20 mEq BID + hydrochlorothiazide 25 mg",
                                                      "potassium citrate 20 mEq BID + hydrochlorothiazide 25 mg")) + "."
        t.dx(L("lithiase récidivante", "recurrent stones"))
        note = L("résultats d'urine de 24 h", "24-h urine results")
        if c.chance(.6):
            rows = [[L("Analyse", "Test"), L("Résultat", "Result"), L("Unités", "Units"), L("Réf.", "Ref.")],
                    ["Volume", "1.32", "L/d", "> 2.0"], ["Calcium", "9.1", "mmol/d", "< 7.5"],
                    ["Oxalate", "512", "umol/d", "< 450"], ["Citrate", "1.2", "mmol/d", "> 1.7"],
                    ["Urate", "4.4", "mmol/d", "< 4.8"]]
            csvt = L("Patient;", "Patient,") + p.name("upper_comma", c.lang) + "\r\n" + make_csv(rows, ";" if c.lang == "fr" else ",")
            t.name(p, "upper_comma")
            atts.append(Att(f"urine24h_{p.mrn}.csv", csvt, "text/csv", fname_style="plain"))
            t.mrn(p)
    ident = idblock(c, p, oneline=True)
    text = "\n".join([c.hello((md.tfr + " " if c.lang == "fr" else "Dr. ") + md.surname), "", ident, core, "", q, "", nurse.given])
    subj = c.ch([L("Résultat labo", "Lab result"), L("Question - résultat", "Question re result"), cap1(note)])
    return spec(c, "lab", note, nurse.addr(), [md.addr()], subj, text)


# ---------------------------------------------------------------------------
def p_transport(c):
    t, L = c.t, c.L
    clerk = c.staff(c.ch(["haddad", "arsenault"]))
    liaison = c.staff("dubuc")
    p = patient(c, min_age=55, p_nam=0.5)
    when = c.future(3, 25)
    nm = t.name(p, c.ch(["full", "title_full", "upper_comma"]))
    proc = c.ch([L("lithotripsie (LEC)", "lithotripsy (ESWL)"), L("cystoscopie", "cystoscopy"), L("changement de cathéter sus-pubien", "suprapubic catheter change")])
    mob = c.ch([L("fauteuil roulant, transfert avec aide", "wheelchair, needs help with transfer"),
                L("marchette", "walker"), L("civière", "stretcher")])
    text = "\n".join([c.hello(liaison.given), "",
                      L("Demande de transport adapté pour :", "Paratransit request for:"), "",
                      L("Usager : ", "Client: ") + nm,
                      L("DDN : ", "DOB: ") + t.dob(p, c.ch(["iso", "dmy"])),
                      L("Adresse : ", "Address: ") + t.addr(p),
                      L("Téléphone : ", "Phone: ") + t.phone(p),
                      L("Mobilité : ", "Mobility: ") + mob,
                      L("Rendez-vous : ", "Appointment: ") + f"{c.day(when)}, {c.hour()} — {proc}",
                      L("Motif médical : ", "Medical reason: ") + t.dx(c.ch([K.retention_dx(c.rng, c.lang), K.stone_dx(c.rng, c.lang)[0]])),
                      "", L("Note : ", "Note: ") + t.soc(K.social(c.rng, c.lang, c.ch([0, 6]))), "",
                      L("Retour prévu vers 12 h.", "Return trip around noon."), c.thanks(), c.sig(clerk)])
    subj = L(f"Transport adapté {fmt_date(when, 'dmy', 'fr')}", f"Paratransit {fmt_date(when, 'iso', 'en')}")
    return spec(c, "transport", L("demande de transport adapté", "paratransit request"),
                clerk.addr(), [liaison.addr()], subj, text, body=c.ch(["plain", "alt"]))


# ---------------------------------------------------------------------------
def p_prescription(c):
    t, L = c.t, c.L
    md = c.uro()
    ph = c.staff("gendron")
    p = patient(c, min_age=20, p_nam=0.5)
    k = c.rng.randrange(3)
    if k == 0:
        dx, _ = K.stone_dx(c.rng, c.lang)
        meds = [K.stone_meds(c.rng, c.lang), L("ondansétron 4 mg q8h PRN", "ondansetron 4 mg q8h PRN")]
    elif k == 1:
        dx = K.incont_dx(c.rng, c.lang)
        meds = [K.bladder_meds(c.rng, c.lang)]
    else:
        dx = K.prostate_dx(c.rng, c.lang) if p.sex == "M" else K.bladder_dx(c.rng, c.lang)
        meds = [K.prostate_meds(c.rng, c.lang) if p.sex == "M" else K.abx(c.rng, c.lang)]
    t.dx(dx)
    for m in meds:
        t.med(m)
    ident = idblock(c, p, oneline=c.chance(.5), mrn=False)
    rx = "\n".join(f"  - {m}" for m in meds)
    addr = ""
    if c.chance(.4):
        addr = L("Adresse : ", "Address: ") + t.addr(p)
    text = "\n".join([L("Bonjour,", "Hello,"), "", L("Ordonnance pour :", "Prescription for:"), ident] + ([addr] if addr else []) +
                     ["", L("Dx : ", "Dx: ") + dx, "Rx :" if c.lang == "fr" else "Rx:", rx,
                      L("Renouvellements : 2", "Refills: 2"), "",
                      L("L'original suit par télécopieur.", "Original to follow by fax."), c.sig(md)])
    atts = []
    if c.chance(.45):
        tok = fname_tok(c, p, "sur_init")
        try:
            ident.encode("cp1252")
            data = make_pdf(L("Ordonnance", "Prescription"), [ident, "", dx, ""] + meds + ["", md.titled(c.lang) + L(" - permis 1-", " - licence 1-") + str(90000 + c.idx * 7)],
                            author=md.full())
        except UnicodeEncodeError:
            data = None
        if data:
            atts.append(Att(f"Rx_{tok}.pdf", data, "application/pdf", fname_style=c.ch(["plain", "2231_iso"])))
    subj = c.ch([L("Ordonnance", "Prescription"), L(f"Rx - {p.name('upper_comma', c.lang)}", f"Rx - {p.name('upper_comma', c.lang)}"),
                 L("Nouvelle ordonnance - urologie HSV", "New prescription - HSV urology")])
    if p.name("upper_comma", c.lang) in subj:
        t.name(p, "upper_comma")
    return spec(c, "prescription", L("ordonnance transmise à la pharmacie", "prescription sent to community pharmacy"),
                md.addr(), [ph.addr()], subj, text, atts=atts)


# ---------------------------------------------------------------------------
def p_discharge(c):
    t, L = c.t, c.L
    sec = c.staff("arsenault")
    md = c.uro()
    gp = _gp(c)
    p = patient(c, min_age=30, p_nam=0.6)
    adm = c.past(5, 20)
    dis = adm + datetime.timedelta(days=c.rng.randrange(1, 4))
    dx, mm = K.stone_dx(c.rng, c.lang)
    t.dx(dx)
    proc = L("urétéroscopie et lithotritie laser, tuteur JJ, le ", "ureteroscopy and laser lithotripsy, JJ stent, on ") + fmt_date(adm, "iso", c.lang)
    labs = t.lab(K.basic_labs(c.rng, c.lang))
    meds = [t.med(K.stone_meds(c.rng, c.lang)), t.med(K.abx(c.rng, c.lang))]
    rows = id_rows(c, p)
    lines = [f"{k} : {v}" if c.lang == "fr" else f"{k}: {v}" for k, v in rows]
    lines += ["", L("Admission : ", "Admitted: ") + fmt_date(adm, "iso", c.lang) + L("   Congé : ", "   Discharged: ") + fmt_date(dis, "iso", c.lang),
              L("Diagnostic principal : ", "Main diagnosis: ") + dx, L("Intervention : ", "Procedure: ") + proc,
              L("Évolution : fièvre post-op J1 résolue; tuteur JJ avec fil, retrait dans 7 jours.", "Course: post-op fever day 1 resolved; JJ stent on a string, removal in 7 days."),
              L("Labos au congé : ", "Discharge labs: ") + labs, L("Médication au congé :", "Discharge medication:")] + ["  - " + m for m in meds] + \
             ["", L("Suivi : clinique d'urologie dans 6 semaines avec TDM basse dose.", "Follow-up: urology clinic in 6 weeks with low-dose CT."),
              "", md.titled(c.lang)]
    data = make_pdf(L("Résumé de congé - Urologie", "Discharge summary - Urology"), lines, author=md.full(),
                    footer=L("Document confidentiel - ", "Confidential - ") + (ORG_FR if c.lang == "fr" else ORG_EN))
    fn_kind = c.rng.randrange(3)
    if fn_kind == 0:
        fn = f"resume_conge_{fname_tok(c, p)}.pdf" if c.lang == "fr" else f"discharge_{fname_tok(c, p)}.pdf"
    elif fn_kind == 1:
        fn = L(f"Résumé de congé {fmt_date(dis, 'iso', 'fr')}.pdf", f"Discharge summary {fmt_date(dis, 'iso', 'en')}.pdf")
    else:
        fn = f"DS_{p.mrn}.pdf"
    text = "\n".join([L(f"Bonjour {gp.titled('fr')},", f"Dear {gp.titled('en')},"), "",
                      L("Vous trouverez ci-joint le résumé de congé de " + ("votre patient, hospitalisé" if p.sex == "M" else "votre patiente, hospitalisée") + " en urologie.",
                        "Please find attached the discharge summary for your patient, recently admitted to urology."),
                      L("N'hésitez pas à nous joindre pour toute question.", "Do not hesitate to contact us with any questions."),
                      "", c.sig(sec)])
    subj = c.ch([L("Résumé de congé", "Discharge summary"), L("Résumé de congé - urologie HSV", "Discharge summary - HSV urology")])
    return spec(c, "discharge", L("résumé de congé en PDF au médecin de famille", "discharge summary PDF to family physician"),
                sec.addr(), [gp.addr()], subj, text, atts=[Att(fn, data, "application/pdf", fname_style=c.ch(["plain", "2231", "2231cont"]))])
