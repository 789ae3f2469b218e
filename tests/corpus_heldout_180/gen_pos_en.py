"""Confidential messages in English (part 1)."""
import datetime as dt

from gen_docs import pdf, docx, xlsx, csv_text, ics
from gen_kit import Acc, me, quote, attribution, outlook_header, fwd_header, ext, shared, dr
from gen_mime import Att, Mail, html_table, text_table
from gen_people import sig, slug, HOSP_EN, PH_CLINIC, staff_name, DOM
from gen_util import fmt_date, day_label

ADULT = lambda h: h.dob.year <= 2005
CHILD = lambda h: h.dob.year >= 2009
SENIOR = lambda h: h.dob.year <= 1962

ON_GPS = [("Dr. Alison Pryce", "apryce@hawkesburyfht.example", "Hawkesbury Family Health Team"),
          ("Dr. Marcus Webb", "mwebb@rocklandmedical.example", "Rockland Medical Centre"),
          ("Dr. Sunita Rao", "srao@eastontariofhn.example", "Eastern Counties FHN")]


def t_ref_ontario(c):
    a = Acc(c)
    p = c.patient(province="ON", age_range=(25, 80))
    gp = c.r.choice(ON_GPS)
    case = c.r.choice([
        ("sudden sensorineural hearing loss, right ear, onset %d days ago" % c.r.randint(2, 6),
         "Tuning fork: Weber lateralises left. Started prednisone 60 mg daily yesterday.", "prednisone 60 mg PO daily"),
        ("recurrent epistaxis, left, 4 ER visits this month",
         "On warfarin for AF (INR 3.4 last week). Anterior packing x2.", "warfarin 5 mg, metoprolol 25 mg BID"),
        ("persistent hoarseness x 10 weeks in a smoker",
         "30 pack-years, still smoking. Mild dysphagia to solids, 4 kg weight loss.", "tiotropium, pantoprazole 40 mg"),
        ("chronic otorrhoea, left, with conductive hearing loss",
         "Failed 3 courses of ciprofloxacin-dexamethasone drops. ?cholesteatoma.", "Ciprodex otic drops")])
    a.t("diagnosis", "medication")
    nm = a.name(p, c.name_style(["full", "title", "CAPS", "comma"]))
    dob = a.dob(p)
    hc = a.ohn(p)
    tel = a.phone(p)
    lines = ["Dear colleague,", "",
             "Re: %s   DOB: %s   OHIP: %s   Tel: %s" % (nm, dob, hc, tel), "",
             "Thank you for seeing this patient, who lives in %s and prefers your clinic to Ottawa because of "
             "distance. Reason for referral: %s." % (p.town, case[0]), "", case[1], "",
             "Current medications: %s." % case[2], "Allergies: NKDA.", "",
             "Please note the patient is an Ontario resident; OHIP billing applies.", "", "Best regards,", "",
             gp[0], gp[2], "Fax 613 555-01%02d" % c.r.randint(40, 99)]
    subj = c.r.choice(["Referral - ENT", "Urgent ENT referral: %s" % case[0].split(",")[0],
                       "Referral %s" % p.name("sur_init", "en")])
    if subj.startswith("Referral ") and "ENT" not in subj:
        a.names.append(p.name("sur_init", "en"))
    return a.mail("referral", "Ontario GP referral with health card number", ext(gp[0], gp[1]), [shared("triage", "en")],
                  subj, "\n".join(lines))


def t_ci_mapping(c):
    a = Acc(c)
    p = c.holder_patient() if c.idx % 2 == 0 else c.patient(age_range=(8, 84))
    nm = a.name(p, c.name_style(["full", "title", "CAPS", "init"]))
    mrn = a.mrn(p)
    a.t("diagnosis", "lab_result")
    side = c.r.choice(["right", "left"])
    lines = ["Hi Dr. Haddad,", "",
             "Quick update on %s (MRN %s), %s CI activated %s." % (nm, mrn, side,
                                                                 fmt_date(c.earlier(60, 200), "long", "en")), ""]
    if p.holder:
        lines[2] = "Quick update on %s (MRN %s, DOB %s, RAMQ %s), %s CI activated %s." % (
            nm, mrn, a.dob(p), a.nam(p), side, fmt_date(c.earlier(60, 200), "long", "en"))
    lines += ["- Impedances within normal limits except E%d and E%d (open circuit, deactivated)" % (c.r.randint(1, 6), c.r.randint(18, 22)),
              "- Aided thresholds 25-30 dB HL, 250-6000 Hz",
              "- AzBio sentences in quiet: %d%% (was %d%% at 1 month); CNC words %d%%" % (
                  c.r.randint(48, 78), c.r.randint(12, 35), c.r.randint(40, 70)),
              "- Datalogging: %.1f h/day" % (c.r.randint(60, 140) / 10),
              "", c.r.choice(["Doing very well. %s reports tinnitus is much reduced." % p.pron("en").capitalize(),
                              "Struggling with phone use; referred for auditory rehab.",
                              "Complains of facial twitching at high stimulation levels on basal electrodes; levels reduced."]),
              "Next mapping in 3 months.", "", sig("rioux", "en")]
    return a.mail("ci_followup", "cochlear implant mapping update", me("rioux", "en"), [me("haddad", "en")],
                  c.r.choice(["CI mapping update", "CI follow-up %s" % p.name("sur_init", "en"), "6-month CI check"]),
                  "\n".join(lines))


CENSUS_EN = [
    ("POD1 total thyroidectomy", "Ca 2.01 at 06:00, PTH 0.6", "calcium carbonate 1 g TID + calcitriol"),
    ("POD3 neck dissection + free flap", "flap checks q1h, Doppler +", "enoxaparin 40 mg SC daily"),
    ("peritonsillar abscess s/p I&D", "WBC 14.2", "clindamycin 600 mg IV q8h"),
    ("posterior epistaxis, balloon in situ", "Hb 88", "apixaban held, TXA soaked packing"),
    ("POD1 adult T&A for OSA", "SpO2 92% RA overnight", "hydromorphone PRN, own CPAP"),
    ("supraglottitis", "afebrile since AM", "ceftriaxone 2 g IV + dexamethasone 10 mg"),
    ("POD5 trach", "first trach change done", "—"),
    ("orbital cellulitis secondary to ethmoiditis", "CT: no subperiosteal abscess", "ceftriaxone + vancomycin"),
]


def t_census(c):
    a = Acc(c)
    n = c.r.randint(5, 7)
    rows = [["Bed", "Patient", "MRN", "Issue", "Labs", "Meds / plan"]]
    for s in c.r.sample(CENSUS_EN, n):
        p = c.patient()
        rows.append(["4B-%02d" % c.r.randint(1, 30), a.name(p, c.r.choice(["CAPS", "comma", "sur_init"])),
                     a.mrn(p, "plain"), s[0], s[1], s[2]])
    a.t("diagnosis", "lab_result", "medication")
    who = c.r.choice(["okafor", "marchand"])
    txt = "ENT inpatient census - %s\n\n%s\n\nConsults pending: none. OR tomorrow: 2 cases.\n\n%s" % (
        day_label(c.today, "en"), text_table(rows), staff_name(who, "en", title=False))
    html = ('<html><body><p><b>ENT inpatient census &ndash; %s</b></p>\n%s\n<p>Consults pending: none.</p>'
            '<p>%s</p></body></html>\n') % (day_label(c.today, "en"), html_table(rows), staff_name(who, "en", title=False))
    return a.mail("census", "ENT inpatient census table", me(who, "en"), [me("vachon", "en"), me("lacasse", "en")],
                  "Census %s" % c.today.strftime("%b %d"), txt, html=html, modes=["html", "alt"])


RX_EN = [("acute otitis externa", ["Ciprodex otic 0.3%/0.1%: 4 drops AS BID x 7 days", "Keep ear dry, no swimming x 2 weeks"]),
         ("post-tonsillectomy pain", ["Acetaminophen 1 g PO q6h x 10 days", "Ibuprofen 400 mg PO q8h with food x 7 days",
                                      "Hydromorphone 1 mg PO q4h PRN, #10, no refills"]),
         ("chronic rhinosinusitis with nasal polyps", ["Mometasone nasal spray 2 sprays each nostril BID",
                                                       "Budesonide 0.5 mg/2 mL respule in 240 mL saline rinse daily"]),
         ("laryngopharyngeal reflux", ["Pantoprazole 40 mg PO BID before meals x 12 weeks",
                                      "Alginate (Gaviscon Advance) 10 mL after meals and HS"]),
         ("Meniere's disease, left", ["Betahistine 24 mg PO BID", "Hydrochlorothiazide 25 mg PO daily"])]


def t_rx_en(c):
    a = Acc(c)
    p = c.holder_patient(ADULT)
    rx = RX_EN[c.idx % len(RX_EN)]
    doc = c.r.choice(["vachon", "haddad", "raman"])
    a.t("medication", "diagnosis")
    nm = a.name(p, c.name_style(["CAPS", "full", "comma"]))
    dob = a.dob(p)
    nam = a.nam(p)
    phar = c.r.choice([("Lakeshore Pharmacy", "rx@lakeshorepharmacy.example"),
                       ("Pharmacie Chartrand (English desk)", "orders@pharmaciechartrand.example")])
    lines = ["PRESCRIPTION - please dispense", "", "Patient: %s" % nm, "DOB: %s   Sex: %s" % (dob, p.sex),
             "RAMQ: %s" % nam, "Indication: %s" % rx[0], ""]
    lines += ["Rx %d: %s" % (i + 1, l) for i, l in enumerate(rx[1])]
    lines += ["", "Prescriber: %s (licence %d)" % (dr(doc, "en"), c.r.randint(10000, 99999)),
              "Questions: %s" % PH_CLINIC, "", "Original kept on chart."]
    subj = c.r.choice(["Prescription", "Rx for %s" % p.name("CAPS2", "en"), "eRx", "New prescription"])
    if subj.startswith("Rx for"):
        a.names.append(p.name("CAPS2", "en"))
    return a.mail("prescription", "prescription sent to pharmacy", me(doc, "en"), [ext(phar[0], phar[1])], subj,
                  "\n".join(lines))


def t_wcb(c):
    a = Acc(c)
    p = c.holder_patient(lambda h: h.dob.year <= 1990) if c.idx % 2 == 0 else c.patient(age_range=(40, 66))
    nm = a.name(p, "CAPS2")
    dob = a.dob(p, "iso")
    sin = a.sin(p)
    adr = a.address(p)
    tel = a.phone(p)
    a.t("diagnosis", "lab_result")
    emp = c.r.choice(["Valley Sawmills Ltd.", "Northshore Steel Fabricators", "Ottawa River Paper", "Cantin Drilling"])
    rows = [["Field", "Value"], ["Worker name", nm], ["Date of birth", dob], ["SIN", sin], ["Home address", adr],
            ["Phone", tel], ["Employer", emp], ["Years of exposure", str(c.r.randint(12, 34))]]
    if p.holder:
        rows.insert(4, ["Health insurance no. (RAMQ)", a.nam(p, "spaced")])
        rows.insert(3, ["Sex", p.sex])
    blocks = [("h", "Part A - Worker"), ("t", rows), ("h", "Part B - Audiological findings"),
              ("p", "Bilateral sensorineural hearing loss with 4 kHz notch typical of noise exposure. "
                    "PTA (0.5-4 kHz): R %d dB HL, L %d dB HL. Word recognition 88%% / 84%%. Bilateral tinnitus." % (
                        c.r.randint(30, 50), c.r.randint(30, 55))),
              ("h", "Part C - Recommendation"), ("p", "Bilateral hearing aids; hearing protection at work; re-test in 12 months."),
              ("p", "Audiologist: %s" % staff_name("campbell", "en"))]
    data = pdf("Workers' Compensation - Noise-Induced Hearing Loss Claim Form NIHL-2", blocks, author="Audiology",
               compress=c.idx % 3 != 1)
    fn = "NIHL_claim_%s.pdf" % slug(p.surname)
    txt = ("Hello,\n\nPlease find attached the completed NIHL-2 form and audiogram summary for the claim of %s.\n"
           "Claim reference on your letter: %d-%d.\n\nRegards,\n\n%s") % (
        p.name("title", "en"), c.r.randint(100, 999), c.r.randint(10000, 99999), sig("campbell", "en"))
    a.names.append(p.name("title", "en"))
    return a.mail("insurer_form", "workers' compensation hearing loss claim form", me("campbell", "en"),
                  [ext("Claims Intake", "intake@workcomp-board.example")], "NIHL claim - completed form", txt,
                  atts=[Att(fn, "application/pdf", data=data)])


def t_or_booking(c):
    a = Acc(c)
    p = c.holder_patient(ADULT) if c.idx % 3 != 0 else c.patient(age_range=(20, 75))
    proc = c.r.choice([
        ("FESS + septoplasty", "CRSwNP, Lund-Mackay 19/24, failed maximal medical therapy", "vachon", 150),
        ("Microlaryngoscopy, excision R vocal fold polyp", "vocal fold polyp, professional voice user", "raman", 45),
        ("Left tympanomastoidectomy", "cholesteatoma, left", "haddad", 180),
        ("Total thyroidectomy", "multinodular goitre with compressive symptoms, Bethesda III nodule", "lacasse", 120)])
    a.t("diagnosis", "medication")
    nm = a.name(p, c.name_style(["CAPS", "full", "comma"]))
    mrn = a.mrn(p)
    dob = a.dob(p)
    anticoag = c.r.choice(["apixaban 5 mg BID - hold 48 h pre-op, no bridging",
                           "ASA 81 mg - continue", "clopidogrel 75 mg - hold 5 days per cardiology",
                           "warfarin - hold 5 days, INR morning of surgery"])
    lines = ["Hi Mélanie,", "", "Please book:", "",
             "Patient: %s" % nm, "MRN: %s   DOB: %s" % (mrn, dob)]
    if p.holder:
        lines.append("RAMQ: %s" % a.nam(p))
    lines += ["Procedure: %s (%s)" % (proc[0], dr(proc[2], "en")), "Dx: %s" % proc[1],
              "Est. duration: %d min, GA, day surgery: %s" % (proc[3], c.r.choice(["yes", "no - 1 night"])),
              "Anticoagulation: %s" % anticoag, "Priority: P%d" % c.r.randint(2, 4),
              "Preferred dates: any %s after %s" % (c.r.choice(["Tuesday", "Thursday"]), fmt_date(c.later(14, 40), "long", "en")),
              "", "Pre-op clinic needed (OSA on CPAP)." if c.r.random() < 0.4 else "No pre-op clinic needed.", "",
              "Thanks,", staff_name(proc[2], "en", title=False).split(" ")[0]]
    return a.mail("or_booking", "OR booking request", me(proc[2], "en"), [shared("bloc", "en")],
                  "OR booking - %s" % proc[0], "\n".join(lines))


def t_hn_social(c):
    a = Acc(c)
    p = c.patient(age_range=(45, 80))
    nm = a.name(p, c.name_style(["full", "title", "title_sur", "CAPS"]))
    mrn = a.mrn(p)
    a.t("diagnosis", "lab_result", "social_information", "medication")
    sit = c.r.choice([
        "he was evicted from his rooming house last week and is sleeping at his brother's on a couch" if p.sex == "M"
        else "she was evicted last week and is staying at a women's shelter",
        "%s lives alone with no car, 90 km from the cancer centre, and is on social assistance" % p.pron("en"),
        "the spouse who managed the feeding tube has been admitted to long-term care; %s cannot manage alone" % p.pron("en")])
    lines = ["Hi Valérie,", "",
             "Could you see %s (MRN %s) at %s next visit on %s? Background: T2N2b p16+ oropharyngeal SCC, completed "
             "chemoradiation (cisplatin) in %s. PET-CT last week shows complete metabolic response at the primary, "
             "residual SUV 3.1 in a level II node - we'll repeat in 8 weeks." % (
                 nm, mrn, p.poss(), fmt_date(c.later(3, 14), "long", "en"),
                 c.r.choice(["August", "September", "October"])), "",
             "Social issue: %s. G-tube feeds (Isosource 1.5, 5 cartons/day) need to continue." % sit, "",
             "Thanks, Chantal", "", sig("proulx", "en")]
    return a.mail("social", "nurse navigator asks social work help for cancer patient", me("proulx", "en"),
                  [me("hebert", "en")], c.r.choice(["SW referral", "Need your help - H&N patient", "Housing issue"]),
                  "\n".join(lines))


def t_voice_en(c):
    a = Acc(c)
    p = c.holder_patient(ADULT) if c.idx % 2 == 1 else c.patient(age_range=(20, 65))
    nm = a.name(p, c.name_style(["title", "full", "CAPS"]))
    dob = a.dob(p)
    a.t("diagnosis", "medication", "lab_result")
    case = c.r.choice([
        ("vocal fold haemorrhage on the right with a small varix", "strict voice rest 7 days, stop ibuprofen",
         "a soprano with the %s Chorale" % c.r.choice(["Outaouais", "Deux-Rives"])),
        ("bilateral mid-membranous nodules", "voice therapy x 8 with Rosalie, omeprazole 20 mg daily trial",
         "a call-centre team leader"),
        ("muscle tension dysphonia without structural lesion", "voice therapy, no medication", "a high school teacher")])
    if "no medication" in case[1]:
        a.types.discard("medication")
    lines = ["Dear Dr. %s," % c.r.choice(["Pryce", "Webb", "Rao"]), "",
             "I saw %s (DOB %s)%s in the Voice Clinic today. %s is %s." % (
                 nm, dob, (", RAMQ %s" % a.nam(p)) if p.holder else "", p.pron("en").capitalize(), case[2]), "",
             "Videostroboscopy: %s. Mucosal wave reduced on the affected side. VHI-10 %d/40." % (case[0], c.r.randint(15, 32)),
             "", "Plan: %s. Follow-up in 6 weeks." % case[1], "", "Kind regards,", "", sig("raman", "en")]
    return a.mail("consult_letter", "voice clinic consult letter", me("raman", "en"),
                  [ext("Referring physician", c.r.choice(ON_GPS)[1])], "Voice Clinic consultation", "\n".join(lines))


def t_quick_en(c):
    a = Acc(c)
    p = c.patient(age_range=(18, 60))
    style = c.r.choice(["lower", "title_sur", "sur_init", "full"])
    nm = a.name(p, style, "en")
    tel = a.phone(p, "cell")
    issue = c.r.choice([("bleeding again POD6 post tonsil, spitting clots", "told her to come to ER if > a spoonful"),
                        ("pain 9/10 after septo, ran out of hydromorphone", "can you renew 1 mg #6?"),
                        ("still dizzy after the Epley, vomiting twice", "might need VNG sooner"),
                        ("new hearing aid whistling, wants earlier appt", "not urgent")])
    a.t("diagnosis")
    if "hydromorphone" in issue[0]:
        a.t("medication")
    txt = "%s - can you call back %s at %s? %s. %s\n\n%s" % (
        c.r.choice(["Kevin", "Rachel", "hey Félix"]), nm, tel, issue[0], issue[1], c.r.choice(["N.", "Nadia", "thx - N"]))
    return a.mail("note", "quick callback note", me("bisson", "en"), [me(c.r.choice(["okafor", "kowalski", "marchand"]), "en")],
                  c.r.choice(["call back pls", "phone msg", "patient call", "callback"]), txt, modes=["plain"])


def t_newborn(c):
    a = Acc(c)
    mom = c.patient(sex="F", age_range=(21, 40))
    born = c.earlier(10, 40)
    baby_sex = c.r.choice(["girl", "boy"])
    a.t("patient_name", "date_of_birth", "lab_result", "patient_contact")
    baby = "Baby %s %s" % (baby_sex, mom.surname)
    a.names.append(baby)
    a.names.append(mom.name("full", "en"))
    tel = a.phone(mom, "cell")
    mrn = a.mrn(mom, "plain")
    res = c.r.choice(["AABR refer right, pass left", "OAE refer bilaterally x2, AABR refer right",
                      "AABR refer bilaterally (NICU 9 days, gentamicin)"])
    if "gentamicin" in res:
        a.t("medication")
    rows = [["Infant", baby], ["Date of birth", fmt_date(born, "iso", "en")], ["Infant MRN", mrn],
            ["Mother", mom.name("full", "en")], ["Mother cell", tel], ["Screen result", res],
            ["Risk factors", c.r.choice(["family history of childhood hearing loss", "none", "NICU > 5 days", "CMV IgM pending"])]]
    txt = ("Hi,\n\nNew referral received from the newborn hearing screening programme. Diagnostic ABR needed before 3 months "
           "corrected age.\n\n%s\n\nParents speak %s. Please call mom to book.\n\n%s") % (
        text_table(rows, sep=": ", header=False), c.r.choice(["English", "Punjabi (interpreter)", "French and English"]),
        sig("dionne", "en"))
    return a.mail("newborn_screening", "newborn hearing screen referral", me("dionne", "en"), [shared("audio", "en")],
                  "NHS refer - diagnostic ABR", txt)


def t_ics_en(c):
    a = Acc(c)
    p = c.patient()
    d = c.later(4, 30)
    test = c.r.choice([("VNG / caloric testing", "Stop meclizine, dimenhydrinate and lorazepam 48 h before. No caffeine.",
                        "recurrent vertigo, ?vestibular migraine"),
                       ("Audiology - hearing aid fitting", "Bring current aids. New RIC aids bilateral, trial period 30 days.",
                        "bilateral moderate SNHL"),
                       ("Pre-op clinic - tonsillectomy", "Hold ibuprofen 7 days before surgery.", "recurrent tonsillitis")])
    a.t("diagnosis")
    if "Stop" in test[1] or "Hold" in test[1]:
        a.t("medication")
    nm = a.name(p, "full", "en")
    tel = a.phone(p)
    start = d.strftime("%Y%m%d") + "T093000"
    cal = ics("%s-%d-appt@agenda.%s" % (start, c.idx, DOM), start, d.strftime("%Y%m%d") + "T103000",
              "%s - %s" % (test[0], nm), "Patient: %s\nPhone: %s\nReason: %s\n%s" % (nm, tel, test[2], test[1]),
              "Audiology & Balance Lab, Lacroix Pavilion", ("Audiology Clinic", "audiologie@" + DOM),
              [(staff_name("campbell", "en", title=False), me("campbell", "en")[1])])
    txt = "Booked. Invite attached.\n\nNadia"
    return a.mail("appointment", "patient appointment calendar invite", me("bisson", "en"), [me("campbell", "en")],
                  "Booked: %s %s" % (test[0], fmt_date(d, "short", "en")), txt,
                  atts=[Att("appointment.ics", "text/calendar", text=cal, charset="utf-8", cte="7bit")])
