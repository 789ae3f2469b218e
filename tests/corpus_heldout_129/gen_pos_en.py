"""Confidential messages in English (part 1): referrals, titration, sensor and pump downloads, recalls,
gestational diabetes, driver's medicals, school care plans."""
import datetime

import gen_attach as A
import gen_common as G
from gen_mime import Att

S, X = G.S, G.X

BASALS = ["Lantus", "Toujeo", "Tresiba", "Basaglar", "insulin glargine", "Humulin N"]
BOLUS = ["NovoRapid", "Humalog", "Fiasp", "Admelog", "insulin aspart", "lispro"]
ORALS = ["metformin 1000 mg BID", "metformin XR 1500 mg daily", "Jardiance 25 mg daily", "dapagliflozin 10 mg OD",
         "gliclazide MR 90 mg OD", "sitagliptin 100 mg daily", "Rybelsus 14 mg OD", "Synjardy 12.5/1000 BID"]
GLP = ["Ozempic 1 mg weekly", "semaglutide 0.5 mg SC q weekly", "Trulicity 3 mg weekly", "Mounjaro 7.5 mg weekly",
       "liraglutide 1.8 mg daily"]


def ident(c, p, hn=None, labels=0):
    """Identification rows; hn: 'ramq', 'ohip' or None."""
    lab = [("Name", "DOB", "Sex"), ("Patient", "Date of birth", "Sex"), ("Patient name", "D.O.B.", "Sex")][labels % 3]
    rows = [(lab[0], c.full(p)), (lab[1], c.dob(p)), (lab[2], p.sex)]
    if hn == "ramq" and p.nam:
        rows.append((c.ch(["RAMQ", "Health card (RAMQ)", "QC health insurance no."]), c.nam(p)))
    elif hn == "ohip":
        rows.append((c.ch(["OHIP", "Health card #", "HCN"]), c.ohip(p) + c.ch(["", " " + c.ch(["AB", "KT", "ZR"])])))
    return rows


def a1c(c, lo=6.8, hi=11.5):
    c.t("lab_result")
    return f"{c.u(lo, hi):.1f}%"


def patient_email(c, p):
    return G.strip_accents(p.given + "." + p.surname).lower().replace(" ", "").replace("'", "") + \
        c.ch(["", str(p.dob.year % 100), str(c.r(1, 99))]) + "@" + c.ch(["mailbox.example", "inbox-mail.example",
                                                                          "courriel.example"])


# ------------------------------------------------------------------ E1 retinopathy
def retina(c):
    v = c.serial % 3
    doc = c.ch([S["gallagher"], S["benslimane"], S["vachon"]])
    c.t("diagnosis")
    if v == 0:
        p = c.new_patient(40, 85, lang="en")
        blocks = [f"Hi Dr. Menon,",
                  f"Referring {c.nm(p, c.ch(['title', 'full']))} for diabetic eye screening - overdue, last exam "
                  f"{c.r(3, 5)} years ago. Type 2 DM x {c.r(5, 20)} yrs, A1c {a1c(c)}, on {c.ch(GLP)} and "
                  f"{c.ch(ORALS)}.",
                  ("kv", ident(c, p, hn="ohip", labels=c.r(0, 2))),
                  f"Best number to reach {'him' if p.sex == 'M' else 'her'}: {c.tel(p)} (home).",
                  "Thanks,", c.sig(doc)]
        c.t("medication")
        return c.spec("referral", "diabetic eye screening referral to optometrist", doc, [X["menon"]],
                      c.ch(["Referral - diabetic eye exam", "Eye screening referral", "Retinopathy screening - new referral"]),
                      blocks, fmt=c.ch([None, "alt"]))
    if v == 1:
        p = c.nam_patient(40, 90)
        pdfb = A.pdf("Retinal Imaging Report", [("kv", ident(c, p, hn="ramq", labels=1)),
                     ("table", ["Eye", "Grade", "Maculopathy"],
                      [["Right", c.ch(["R1 background", "R2 pre-proliferative", "moderate NPDR"]), c.ch(["M0", "M1"])],
                       ["Left", c.ch(["R1 background", "R0 none", "severe NPDR"]), c.ch(["M0", "M1"])]]),
                     "Recommendation: refer to retina clinic within 13 weeks."], compress=c.rng.random() < 0.5)
        blocks = ["Hello,", "Please find attached the grading report from this week's retinal camera session. "
                  "One referable result this time.", c.sig(S["whitmore"])]
        return c.spec("referral", "retinal imaging grading report attached", S["whitmore"], [doc],
                      c.ch(["Retinal screening results", "Fundus photo grading - referable"]), blocks,
                      atts=[Att(c.ch(["retinal_report.pdf", f"grading_{p.surname}.pdf", "Retinal Imaging Report.pdf"]),
                                "pdf", pdfb)])
    p = c.new_patient(45, 80, lang="en")
    blocks = [f"Dr. {doc.surname},",
              f"Saw your patient {c.nm(p, c.ch(['upper_comma', 'comma', 'full']))} (chart {c.mrn(p)}) today. "
              f"New finding: {c.ch(['clinically significant macular edema OS', 'proliferative DR OD with vitreous haemorrhage', 'moderate NPDR OU'])}. "
              f"Started anti-VEGF; next injection in 4 weeks. Tighter glucose and BP control would help.",
              c.sig(X["sauve"], True)]
    return c.spec("referral", "ophthalmologist letter on new retinopathy finding", X["sauve"], [doc],
                  c.ch(["Consult note - retina", "Your patient - retina follow-up"]), blocks)


# ------------------------------------------------------------------ E2 foot clinic
def foot(c):
    v = c.serial % 3
    nurse = c.ch([S["whitmore"], S["kowalczyk"], S["aubut"]])
    c.t("diagnosis")
    if v == 0:
        p = c.nam_patient(50, 95)
        blocks = [f"Hi {X['bergeron'].given},",
                  "Urgent foot clinic referral please:",
                  ("kv", ident(c, p, hn="ramq", labels=c.r(0, 2)) + [("Home phone", c.tel(p))]),
                  f"Problem: {c.ch(['non-healing ulcer L hallux x 6 wks, probes to bone?', 'dry gangrene R 4th toe', 'red hot swollen R midfoot - r/o Charcot'])}. "
                  f"Loss of protective sensation bilaterally (monofilament {c.r(0, 4)}/10). A1c {a1c(c)}.",
                  c.sig(nurse)]
        return c.spec("referral", "urgent foot clinic referral", nurse, [X["bergeron"]],
                      c.ch(["URGENT foot referral", "Foot clinic - urgent", "Diabetic foot referral"]), blocks)
    if v == 1:
        p = c.new_patient(50, 90, lang="en")
        rows = [[c.sdate(c.earlier(28, 35)), "2.1 x 1.4 cm", "moderate, serous"],
                [c.sdate(c.earlier(14, 20)), "1.6 x 1.1 cm", "light"],
                [c.sdate(c.earlier(1, 5)), "0.9 x 0.6 cm", "minimal"]]
        blocks = ["Wound update for the foot round:",
                  f"{c.nm(p, c.ch(['upper_comma', 'initial_upper', 'title_sur']))} - chart {c.mrn(p)}",
                  ("table", ["Date", "Size", "Exudate"], rows),
                  "Offloading with total contact cast. Culture grew MSSA, on cephalexin 500 mg QID.",
                  c.sig(nurse, True)]
        c.t("medication", "lab_result")
        return c.spec("referral", "foot wound measurements for team round", nurse, [S["gallagher"], X["bergeron"]],
                      "Foot round - wound update", blocks, fmt=c.ch(["html", "alt"]))
    p = c.new_patient(55, 85, lang="en")
    blocks = [f"Thanks {nurse.given}. I can see {'him' if p.sex == 'M' else 'her'} Thursday at 10.",
              X["bergeron"].given,
              ("quote", [f"On {c.day(c.earlier(1, 4))}, {nurse.name} <{nurse.email}> wrote:"],
               [f"Could you see {c.nm(p, c.ch(['title', 'lower']))} ({c.dob(p)})? Callus with "
                "haemorrhage under R 1st MTH, neuropathy, PAD (ABI 0.7). Lives alone at " + c.addr(p) + "."])]
    return c.spec("referral", "podiatrist accepts foot referral in reply", X["bergeron"], [nurse],
                  "RE: foot referral", blocks, reply=True)


# ------------------------------------------------------------------ E3 titration
def titrate(c):
    v = c.serial % 4
    nurse = c.ch([S["whitmore"], S["kowalczyk"], S["quenneville"]])
    doc = c.ch([S["gallagher"], S["benslimane"]])
    c.t("medication", "lab_result")
    basal = c.ch(BASALS)
    u0 = c.r(10, 50)
    fbg = [f"{c.u(7, 13.5):.1f}" for _ in range(6)]
    if v == 0:
        p = c.new_patient(35, 80, lang="en")
        blocks = [f"{doc.given} -",
                  f"{c.nm(p, c.ch(['title_sur', 'initial', 'title']))}, chart {c.mrn(p)}: FBG this week {', '.join(fbg)}. "
                  f"No lows. On {basal} {u0} units qHS. OK to go up to {u0 + 4}?",
                  nurse.given]
        return c.spec("titration", "nurse asks to increase basal insulin", nurse, [doc],
                      c.ch(["titration q", "basal increase?", "insulin titration"]), blocks, fmt="plain")
    if v == 1:
        p = c.nam_patient(25, 85)
        c.t("diagnosis")
        blocks = ["Yes, go ahead. Then +2 units every 3 days until fasting 4-7, cap at 60 for now.",
                  doc.given,
                  ("quote", [f"On {c.day(c.today)}, at {c.hm(c.r(8, 11), c.ch([3, 18, 47]))}, {nurse.name} wrote:"],
                   [f"Pt: {c.nm(p, 'upper_comma')} | DOB {c.dob(p)} | Sex {p.sex} | RAMQ {c.nam(p)}",
                    f"T2DM on {basal} {u0} u + {c.ch(ORALS)}. Fasting readings {' / '.join(fbg[:4])}.",
                    "Propose +4 units. Agree?"])]
        return c.spec("titration", "physician approves titration in threaded reply", doc, [nurse],
                      "RE: titration", blocks, reply=True)
    if v == 2:
        p = c.new_patient(20, 75, lang="en")
        pm = patient_email(c, p)
        c.names.append(p)
        c.t("patient_name")
        blocks = [f"Hi {nurse.given},",
                  f"Here are my numbers since Monday: {', '.join(fbg)} before breakfast. I'm taking {u0} units of "
                  f"{basal} at bedtime like you said. I felt shaky Tuesday afternoon after mowing the lawn "
                  f"(meter said 3.{c.r(1, 8)}).",
                  f"Thanks, {p.given}", f"{p.given} {p.surname}", c.tel(p)]
        return c.spec("titration", "patient emails fasting glucose readings", (f"{p.given} {p.surname}", pm), [nurse],
                      c.ch(["my sugars", "Readings this week", "numbers"]), blocks, fmt=c.ch(["plain", "html"]))
    p = c.new_patient(30, 80, lang="en")
    c.t("diagnosis")
    blocks = ["Insulin start - for the chart",
              ("kv", [("Patient", c.nm(p, c.ch(["upper_comma", "full"]))), ("MRN", c.mrn(p)),
                      ("Dx", c.ch(["T2DM, A1c " + a1c(c, 9, 13), "LADA, GAD+"])),
                      ("Started", f"{basal} {u0} u qHS; titrate 1 u daily to FBG 4-7"),
                      ("Teaching", "pen technique, hypo treatment rule of 15, sick-day rules, driving")]),
              c.sig(nurse, True)]
    return c.spec("titration", "insulin start note for the chart", nurse, [S["ohara"]],
                  c.ch(["insulin start note", "For chart - insulin initiation"]), blocks)


# ------------------------------------------------------------------ E4 sensor download
def sensor(c):
    v = c.serial % 3
    nurse = c.ch([S["whitmore"], S["kowalczyk"]])
    doc = c.ch([S["gallagher"], S["raghunathan"], S["benslimane"]])
    c.t("lab_result", "diagnosis")
    dev = c.ch(["Dexcom G7", "FreeStyle Libre 3", "Libre 2 Plus", "Dexcom G6"])
    tir, tbr = c.r(30, 78), c.r(1, 10)
    kv = [("Diagnosis", c.ch(["Type 1 diabetes", "T1D", "Type 2 diabetes on MDI"])), ("Device", dev),
          ("Time in range (3.9-10.0)", f"{tir}%"), ("Time below 3.9", f"{tbr}%"), ("Time above 10.0", f"{100 - tir - tbr}%"),
          ("Mean glucose", f"{c.u(7, 12):.1f} mmol/L"), ("GMI", f"{c.u(6.5, 9.2):.1f}%"), ("Sensor wear", f"{c.r(70, 99)}%")]
    if v == 0:
        p = c.nam_patient(10, 75)
        pdfb = A.pdf(f"{dev} - 14 Day Summary", [("kv", ident(c, p, hn="ramq", labels=c.r(0, 2))), ("kv", kv),
                     ("h", "Patterns"), c.ch(["Overnight lows 02:00-04:00 on 5 of 14 nights.",
                                              "Post-dinner highs above 15 on most days.", "Stable; few lows after exercise."])],
                     compress=c.rng.random() < 0.6)
        blocks = [f"Hi Dr. {doc.surname},", f"Clarity download for {c.nm(p, c.ch(['given', 'title_sur', 'full']))} "
                  "is attached for tomorrow's clinic.", c.sig(nurse, True)]
        return c.spec("sensor", "sensor summary report attached for clinic", nurse, [doc],
                      c.ch(["CGM download", "Clarity report for tomorrow", "Sensor data"]), blocks,
                      atts=[Att(c.ch([f"{dev.split()[0]}_{p.surname}_{p.given}.pdf", "14day_summary.pdf"]), "pdf", pdfb)])
    if v == 1:
        rows = []
        pats = [c.new_patient(15, 70, lang="en") for _ in range(c.r(4, 6))]
        for p in pats:
            rows.append([c.nm(p, c.ch(["upper_comma", "comma"])), c.mrn(p, "plain"), f"{c.r(30, 80)}",
                         f"{c.r(0, 12)}", c.ch(["Dexcom G7", "Libre 3", "Libre 2"])])
        csvt = A.csv_text(["Patient", "MRN", "TIR %", "TBR %", "Device"], rows, ",")
        blocks = ["Hi team,", "Remote monitoring flags for this week (TBR > 4% highlighted in the sheet). "
                  "Please call your patients by Friday.", c.sig(nurse)]
        return c.spec("sensor", "remote CGM monitoring flags list", nurse, [S["kowalczyk"], S["whitmore"], doc],
                      "Remote CGM flags - week", blocks,
                      atts=[Att(c.ch(["cgm_flags.csv", "remote_monitoring.csv"]), "csv", csvt, charset="us-ascii")])
    p = c.new_patient(18, 70, lang="en")
    blocks = [f"Hi {nurse.given}, uploading my Libre data didn't work so here is a screenshot summary typed out:",
              ("kv", kv[1:]), "Dx'd type 1 in 2016, still on pen injections.",
              f"Thanks - {p.given} {p.surname}"]
    c.names.append(p)
    c.t("patient_name")
    return c.spec("sensor", "patient types out sensor summary", (f"{p.given} {p.surname}", patient_email(c, p)), [nurse],
                  "Libre numbers", blocks, fmt="plain")


# ------------------------------------------------------------------ E5 pump
def pump(c):
    v = c.serial % 2
    nurse = c.ch([S["kowalczyk"], S["whitmore"]])
    doc = S["raghunathan"] if c.rng.random() < 0.5 else S["gallagher"]
    c.t("diagnosis", "medication")
    d = c.later(5, 20)
    if v == 0:
        p = c.nam_patient(6, 40)
        ev = {"uid": f"pumpstart-{c.serial}@{G.DOMAIN}",
              "start": datetime.datetime(d.year, d.month, d.day, 9, 0), "end": datetime.datetime(d.year, d.month, d.day, 12, 0),
              "summary": f"Pump start - {G.name_as(p, 'full')} (Omnipod 5)",
              "description": f"DOB {G.dob_as(p.dob, 'iso')}, sex {p.sex}, RAMQ {p.nam}. T1D. Bring insulin vials and CGM.",
              "location": "Education room B", "organizer": (nurse.name, nurse.email),
              "attendees": [(doc.name, doc.email)]}
        c.nm(p, "full"), c.dob(p, "iso"), c.nam(p, "plain")
        blocks = ["Booking the pump start - invite attached. Family confirmed by phone.", nurse.given]
        return c.spec("pump", "pump start booking with calendar invite", nurse, [doc],
                      c.ch(["Pump start booked", "Omnipod start"]), blocks,
                      atts=[Att("pump_start.ics", "ics", A.ics([ev], prodid="-//Trois-Pignons//Agenda 3.4//EN"), method="REQUEST")])
    p = c.new_patient(8, 50, lang="en")
    rows = [["12:00 AM", f"{c.u(0.3, 1.1):.2f}"], ["4:00 AM", f"{c.u(0.3, 1.2):.2f}"], ["8:00 AM", f"{c.u(0.4, 1.3):.2f}"],
            ["8:00 PM", f"{c.u(0.3, 1.0):.2f}"]]
    x = A.xlsx([("Settings", ["Start", "Basal u/h"], rows),
                ("Patient", ["Field", "Value"], [("Name", c.full(p)), ("MRN", c.mrn(p, "plain")),
                                                 ("Pump", c.ch(["t:slim X2", "MiniMed 780G"])),
                                                 ("ICR", f"1:{c.r(6, 20)}"), ("ISF", f"1:{c.u(1.5, 4):.1f}"),
                                                 ("A1c", a1c(c, 6.8, 9))])])
    blocks = ["Hi,", "Updated pump settings after review attached. Main change is the 4 AM rate.", c.sig(nurse)]
    return c.spec("pump", "updated pump settings spreadsheet", nurse, [doc],
                  c.ch(["Pump settings update", "new basal rates"]), blocks,
                  atts=[Att(c.ch(["pump_settings.xlsx", f"{p.surname}_pump.xlsx"]), "xlsx", x)])


# ------------------------------------------------------------------ E6 recall list with OHIP
def recall(c):
    v = c.serial % 2
    clerk = c.ch([S["ohara"], S["lamontagne"]])
    nurse = c.ch([S["whitmore"], S["kowalczyk"]])
    c.t("lab_result", "diagnosis")
    rows = []
    for _ in range(c.r(4, 7)):
        p = c.new_patient(30, 88, lang="en")
        rows.append([c.nm(p, c.ch(["comma", "upper_comma"])), c.dob(p, "iso"),
                     c.ohip(p, c.ch(["plain", "hyphen", "spaced"])), c.ch(["T2DM", "T2DM", "T1DM", "prediabetes"]),
                     f"{c.u(6.5, 12):.1f}", c.earlier(120, 360).isoformat()])
    hdr = ["Patient", "DOB", "Health card", "Dx", "Last A1c", "Date"]
    if v == 0:
        blocks = ["Hi " + clerk.given + ",", "These patients from the Ontario side are overdue for A1c. "
                  "Could you mail out lab requisitions?", ("table", hdr, rows), nurse.given]
        return c.spec("hba1c", "overdue A1c list with health card numbers", nurse, [clerk],
                      "Overdue A1c - Ontario pts", blocks, fmt=c.ch([None, "html", "plain"]))
    csvt = A.csv_text(hdr, rows, c.ch([",", ";"]))
    blocks = ["Attached is the quarterly A1c recall export.", c.sig(clerk)]
    return c.spec("hba1c", "A1c recall export as csv", clerk, [nurse],
                  c.ch(["A1c recall export", "Quarterly recall"]), blocks,
                  atts=[Att("a1c_recall.csv", "csv", csvt, charset="utf-8")])


# ------------------------------------------------------------------ E7 GDM
def gdm(c):
    v = c.serial % 3
    c.t("diagnosis", "lab_result")
    ga = c.r(24, 33)
    if v == 0:
        p = c.new_patient(20, 42, sex="F", lang="en")
        blocks = ["Hello,",
                  f"New GDM referral: {c.nm(p, c.ch(['full', 'title', 'upper_comma']))}, {ga}+{c.r(0, 6)} weeks, "
                  f"G{c.r(1, 4)}P{c.r(0, 3)}. 75 g OGTT: fasting {c.u(5.1, 6.2):.1f}, 1 h {c.u(10, 12.4):.1f}, "
                  f"2 h {c.u(8.5, 11):.1f} mmol/L.",
                  ("kv", ident(c, p, hn="ohip", labels=c.r(0, 2))),
                  f"Cell: {c.tel(p)}. She works nights so mornings are best.", c.sig(X["osei"])]
        return c.spec("gdm", "gestational diabetes referral from obstetrician", X["osei"], [S["ohara"]],
                      c.ch(["GDM referral", "Referral - gestational diabetes", "new GDM"]), blocks)
    if v == 1:
        p = c.nam_patient(18, 44, sex="F")
        c.t("medication")
        pdfb = A.pdf("Gestational Diabetes Clinic - Visit Note",
                     [("kv", ident(c, p, hn="ramq", labels=c.r(0, 2))),
                      f"GA {ga} weeks. Fasting 5.4-6.0 despite diet. Start NPH {c.r(4, 10)} units at bedtime. "
                      "Fetal growth scan booked. Postpartum 75 g OGTT at 6-12 weeks."], compress=True)
        blocks = [f"Dr. {X['osei'].surname},", "Visit note from today's GDM clinic attached.", c.sig(S["saintonge"])]
        return c.spec("gdm", "GDM clinic visit note sent to obstetrician", S["saintonge"], [X["osei"]],
                      "GDM clinic note", blocks,
                      atts=[Att(c.ch(["GDM_note.pdf", f"GDM_{p.surname}_{c.today.isoformat()}.pdf"]), "pdf", pdfb)])
    rows = []
    for _ in range(c.r(3, 5)):
        p = c.new_patient(22, 43, sex="F", lang="en")
        rows.append([c.nm(p, "upper_comma"), c.mrn(p, "plain"), f"{c.r(26, 38)} wks",
                     c.ch(["diet", "NPH 6 u HS", "metformin", "NPH + aspart"]), c.ch(["on target", "fasting high", "post-meal high"])])
    c.t("medication")
    blocks = ["GDM huddle list for Thursday:", ("table", ["Patient", "MRN", "GA", "Treatment", "Status"], rows),
              S["saintonge"].given]
    return c.spec("gdm", "gestational diabetes huddle list", S["saintonge"], [S["whitmore"], X["osei"]],
                  "GDM huddle", blocks, fmt=c.ch(["html", "alt", "plain"]))


# ------------------------------------------------------------------ E8 driver's medical
def driver(c):
    v = c.serial % 3
    doc = c.ch([S["gallagher"], S["benslimane"]])
    c.t("diagnosis", "medication")
    dmo = ("Driver Medical Review Office", "medical.review@drivermedical.example")
    cls = c.ch(["Class G", "Class AZ (tractor-trailer)", "Class DZ", "Class B (school bus)", "Class 5"])
    hypo = c.ch(["No severe hypoglycaemia in past 12 months.", "One severe hypoglycaemic event (required assistance) 7 months ago.",
                 "Hypoglycaemia unawareness - now on CGM with alerts."])
    if v == 0:
        p = c.new_patient(20, 75, lang="en")
        kv = ident(c, p, hn="ohip", labels=c.r(0, 2)) + [("Address", c.addr(p)), ("Licence class", cls),
              ("Condition", c.ch(["Type 1 diabetes", "Type 2 diabetes on insulin"])),
              ("Treatment", f"{c.ch(BASALS)} + {c.ch(BOLUS)}"), ("Hypoglycaemia", hypo)]
        pdfb = A.pdf("Diabetes Medical Report - Driver Licensing", [("kv", kv),
                     "Fit to drive: yes, with self-monitoring before and every 4 h during driving."], compress=c.rng.random() < 0.5)
        blocks = ["To whom it may concern,", "Please find the completed diabetes medical report attached.", c.sig(doc)]
        return c.spec("driving", "completed driver diabetes medical report", doc, [dmo],
                      c.ch(["Diabetes medical report", "Driver medical - completed form"]), blocks,
                      atts=[Att(c.ch([f"DMR_{p.surname}.pdf", "driver_medical.pdf"]), "pdf", pdfb)])
    if v == 1:
        p = c.nam_patient(20, 75)
        blocks = [f"Linda, can you send the licensing form back to me? I need to correct section 3 for this one:",
                  ("kv", ident(c, p, hn="ramq", labels=c.r(0, 2)) + [("Class", cls)]), hypo, doc.given]
        return c.spec("driving", "physician asks clerk for a driving form to correct", doc, [S["ohara"]],
                      "driving form - correction", blocks, fmt="plain")
    p = c.new_patient(25, 70, lang="en")
    blocks = [f"Hi Dr. {doc.surname},",
              f"I'm a {cls.split(' (')[0]} driver and my licence renewal needs your part of the form by the 30th. "
              "Can I drop it off? My last A1c was " + a1c(c, 6.5, 8.5) + " I think.",
              f"{c.nm(p, 'full')}", f"{c.addr(p)}", f"{c.tel(p)}",
              ("quote", [f"On {c.day(c.earlier(20, 60))}, {S['ohara'].name} wrote:"],
               ["Your appointment for insulin review is confirmed."])]
    return c.spec("driving", "patient asks physician to complete licence form", (G.name_as(p, "full"), patient_email(c, p)),
                  [doc], "licence form", blocks, reply=True)


# ------------------------------------------------------------------ E9 school care plan
def school(c):
    v = c.serial % 2
    nurse = S["kowalczyk"]
    c.t("diagnosis", "medication")
    if v == 0:
        p = c.nam_patient(4, 16)
        kv = ident(c, p, hn="ramq", labels=0) + [("Parent/guardian", f"{c.ch(['Mother', 'Father'])} - cell {c.tel(p)}"),
                                                 ("School", "Maple Ridge Public School")]
        d = A.docx("Diabetes Care Plan - School", [("kv", kv), ("h", "Insulin"),
                   f"{c.ch(['Omnipod 5 pump', 'pens: NovoRapid + Tresiba', 't:slim X2 pump'])}; "
                   f"lunch ratio 1 unit : {c.r(8, 25)} g.", ("h", "Low blood sugar (below 4.0)"),
                   "15 g fast sugar, recheck in 15 min. If unconscious: Baqsimi 3 mg nasal, call 911.",
                   ("h", "Sports"), "Snack 15 g before gym if glucose below 7."])
        blocks = [f"Hi Ms. {X['whitfield'].surname},", f"Attached is {c.nm(p, 'given')}'s diabetes care plan for this year. "
                  "We'd be happy to run a short training for staff.", c.sig(nurse)]
        return c.spec("school", "school diabetes care plan attached", nurse, [X["whitfield"]],
                      c.ch(["Diabetes care plan", "School plan of care", "Care plan for September"]), blocks,
                      atts=[Att(c.ch([f"Care_plan_{p.given}_{p.surname}.docx", "care plan.docx", f"{p.surname}_school_plan.docx"]),
                                "docx", d)])
    p = c.new_patient(5, 14, lang="en")
    blocks = [f"Hi {nurse.given},",
              f"{c.nm(p, 'given')} {p.surname[0]}. in my grade {max(1, min(8, c.age(p) - 5))} class had a {c.u(2.5, 3.6):.1f} at recess and "
              "looked pale and sweaty. We gave juice and it came up to 6 after 15 min. Mom picked up early. "
              "Should we change anything in the plan?",
              X["whitfield"].name,
              ("quote", [f"On {c.day(c.earlier(20, 60))}, {nurse.name} wrote:"],
               [f"Care plan for {c.nm(p, 'full')} (DOB {c.dob(p)}): type 1 diabetes, Omnipod, glucagon in the office."])]
    return c.spec("school", "teacher reports hypoglycaemia at school quoting care plan", X["whitfield"], [nurse],
                  "RE: care plan", blocks, reply=True)
