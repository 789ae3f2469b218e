"""English hard negatives: conference, jobs, invoices, inventories, recalls, IT, research, minutes, templates, HR."""
import datetime

import gen_attach as A
import gen_common as C
from gen_mime import Att
from gen_neg_fr import CREW, MDS, asset_tag, luhn_serial
from gen_pos_fr1 import _tbl_html, _tbl_text

S, X = C.STAFF, C.EXTERNAL


def _d(c, k):
    return C.next_weekday(c.day, k)


# 1 ------------------------------------------------------------------------------------------
def conference(c):
    r = c.rng
    c.category, c.note = "conference_programme", "regional GI day programme with speakers and topics"
    d = _d(c, r.randint(20, 50))
    talks = [("08:30", S["chen"], "Decompensated cirrhosis in 2025: what changed?"),
             ("09:15", S["vaillancourt"], "Treat-to-target in Crohn's disease: calprotectin and beyond"),
             ("10:15", S["desrochers"], "FIT thresholds and colonoscopy capacity: lessons from the PRDCC"),
             ("11:00", S["haddad"], "Cold snare polypectomy and anticoagulated patients"),
             ("13:30", S["lemieux"], "Hepatitis C elimination among people who use drugs"),
             ("14:15", S["okafor"], "Perianal fistulizing Crohn's: combined medical-surgical care"),
             ("15:00", S["benslimane"], "Serrated lesions: a pathologist's view"),
             ("15:45", S["beaulieu"], "Early-onset colorectal cancer: a surgeon's perspective")]
    talks = sorted(r.sample(talks, r.randint(5, 7)))
    hdr = ["Time", "Speaker", "Topic"]
    rows = [[t, s.t("en"), topic] for t, s, topic in talks]
    intro = (f"Battures GI Day {d.year} – {C.appt_en(d, 8).split(' at ')[0]}\nAuditorium A, {C.HOSP_EN}\n\n"
             "Accredited for up to 6 hours of Section 1 credits (Royal College MOC). Registration $75 (residents free).")
    outro = f"Register: gi-day@{C.DOM}\nScientific committee: {S['vaillancourt'].t('en')} (chair), {S['patel'].full}"
    atts = []
    if r.random() < 0.5:
        atts.append(Att("GI_Day_programme.pdf", "application/pdf", A.make_pdf("Battures GI Day – Programme", [("table", hdr, rows)], "en")))
    return c.mail(S["patel"], [("Physicians – CISSS", "medecins@cisss-battures.example")], r.choice(["Battures GI Day – programme", "Save the date: GI Day", "GI Day – final programme"]),
                  intro + "\n\n" + _tbl_text(hdr, rows) + "\n\n" + outro + "\n", html=_tbl_html(hdr, rows, intro, outro), atts=atts,
                  mode=r.choice(["alt", "html"]))


# 3 ------------------------------------------------------------------------------------------
def invoice(c):
    r = c.rng
    c.category, c.note = "invoice", "supplier invoice with serial and lot numbers"
    inv = f"INV-{r.randint(300000, 399999)}"
    items = [(r.choice(["Video processor CV-190 – preventive maintenance", "Light source CLV-190 repair", "Colonoscope insertion tube replacement",
                        "Endoscope leak tester calibration"]), luhn_serial(r, r.choice([8, 9, 10])), r.choice([650.0, 1890.0, 3420.0, 5210.0]))
             for _ in range(r.randint(1, 3))]
    sub = sum(x[2] for x in items)
    rows = [[d, f"S/N {sn}", f"${p:,.2f}"] for d, sn, p in items]
    kv = [("Invoice #", inv), ("Invoice date", C.r_date(c.day, "iso")), ("Customer account", f"{r.randint(10000, 99999)}"),
          ("PO #", f"4500{r.randint(100000, 999999)}"), ("Bill to", f"Accounts Payable, {C.CISSS}"), ("Terms", "Net 30")]
    body = (r.choice(["Hello,", "Good morning,", "Hi Benoit,", "To Accounts Payable,"]) + "\n\n" +
            r.choice(["Please find our invoice attached.", "Attached is the invoice for the recent service visit.",
                      "Invoice for work completed last week, as per quote."]) + "\n\n" + "\n".join(f"{k}: {v}" for k, v in kv) + "\n\n" + _tbl_text(["Description", "Serial", "Amount"], rows) +
            f"\n\nSubtotal ${sub:,.2f} + GST/QST\n\nAccounts Receivable\nNordScope Medical Services Inc.\n450-555-0188\n")
    pdf = A.make_pdf("INVOICE", [("kv", kv), ("table", ["Description", "Serial", "Amount"], rows),
                                 ("p", f"Subtotal ${sub:,.2f}. GST 5% / QST 9.975% extra.")], "en",
                     header=("NordScope Medical Services Inc.", "455 Industrial Park Road, Granby QC  J2J 0B5 – 450-555-0188"))
    return c.mail(("NordScope AR", "ar@nordscope.example"), [("Accounts payable", "comptes-fournisseurs@cisss-battures.example"), S["lavigne"]],
                  f"Invoice {inv}", body, atts=[Att(f"{inv}.pdf", "application/pdf", pdf)] if r.random() < 0.7 else [])


# 4 ------------------------------------------------------------------------------------------
def inventory(c):
    r = c.rng
    c.category, c.note = "equipment_inventory", "endoscope inventory with serial numbers and asset tags"
    hdr = ["Model", "Type", "Serial no.", "Asset tag", "Last leak test", "Cycles", "Status"]
    rows = []
    for _ in range(r.randint(6, 12)):
        model, typ = r.choice([("GIF-H190", "Gastroscope"), ("CF-HQ190L", "Colonoscope"), ("PCF-H190DL", "Colonoscope (paed.)"),
                               ("TJF-Q190V", "Duodenoscope"), ("GF-UCT180", "EUS"), ("GIF-1TH190", "Gastroscope (therapeutic)")])
        rows.append([model, typ,
                     luhn_serial(r, r.choice([7, 9])), asset_tag(r), C.r_date(c.day - datetime.timedelta(days=r.randint(0, 3)), "iso"),
                     r.randint(150, 2400), r.choice(["In service", "In service", "Out for repair", "Quarantine (culture pending)"])])
    x = A.make_xlsx([("Scopes", [hdr] + rows)], author=S["lavigne"].full)
    body = (f"Hi {S['marchand'].given},\n\nUpdated scope inventory attached for the annual audit. Two scopes are still at the vendor.\n\n"
            f"{S['lavigne'].sig('en')}\n")
    if r.random() < 0.5:
        return c.mail(S["lavigne"], [S["marchand"]], "Scope inventory – audit", body,
                      atts=[Att("scope_inventory.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])
    csv = A.make_csv([hdr] + rows)
    return c.mail(S["lavigne"], [S["marchand"]], "Scope inventory (CSV)", body,
                  atts=[Att("scope_inventory.csv", "text/csv", csv, charset="us-ascii")])


# 5 ------------------------------------------------------------------------------------------
def recall(c):
    r = c.rng
    c.category, c.note = "recall_notice", "manufacturer recall or field safety notice"
    lots = [str(luhn_serial(r, 8)) for _ in range(r.randint(2, 5))]
    prod = r.choice(["single-use polypectomy snare SN-10C", "duodenoscope elevator cap (model ED-34)", "hemostatic clip HC-235",
                     "endoscope drying cabinet filter"])
    txt = (f"FIELD SAFETY NOTICE – {prod}\n\nAffected lots/serials: {', '.join(lots)}\n\nIssue: {r.choice(['possible sheath detachment', 'sterility cannot be guaranteed', 'crack risk after 80 reprocessing cycles'])}.\n"
           "Action: quarantine affected stock, complete the acknowledgement form and return it within 10 business days.\n"
           "No adverse events have been reported in Canada.\n\n"
           f"Forwarded by {S['dionne'].full}, Procurement – please confirm stock counts.\n\n{S['dionne'].sig('en')}\n")
    atts = []
    if r.random() < 0.5:
        g, s = r.choice([("Vanessa", "Kerr"), ("Martin", "Lalonde"), ("Nora", "Hadid")])
        atts.append(Att(f"{g}_{s}.vcf", "text/vcard", A.make_vcf(g, s, tel=f"514-555-01{r.randint(60, 99)}", email=f"{g.lower()}.{s.lower()}@medoptik.example",
                                                               org="MedOptik Canada", title="Territory manager, Quebec East")))
        txt = txt.replace("Forwarded by", "Vendor contact attached. Forwarded by")
    return c.mail(S["dionne"], [S["lavigne"], S["frechette"]], r.choice(["Field safety notice", "RECALL – action required", "Product recall"]), txt,
                  atts=atts)


# 7 ------------------------------------------------------------------------------------------
STUDIES = [
    ("AI-assisted adenoma detection in FIT-positive colonoscopy: a randomized trial", "adults 50-74 with a positive FIT",
     "prior colectomy, inflammatory bowel disease, inadequate bowel preparation", "adenoma detection rate"),
    ("Proactive therapeutic drug monitoring of infliximab in Crohn's disease", "adults with Crohn's disease in maintenance on infliximab",
     "ostomy, pregnancy, planned surgery", "sustained steroid-free remission at week 52"),
    ("Point-of-care HCV testing in emergency departments", "adults attending the ED with risk factors for hepatitis C",
     "known current HCV treatment", "linkage to care within 90 days"),
    ("Low-residue versus clear-liquid diet before split-dose PEG", "outpatients booked for colonoscopy",
     "gastroparesis, prior colon resection", "Boston Bowel Preparation Scale >= 6"),
    ("Vedolizumab SC self-injection adherence in ulcerative colitis", "adults with UC switching from IV to SC vedolizumab",
     "cognitive impairment without caregiver", "adherence at 6 months"),
    ("FibroScan-guided screening for advanced fibrosis in type 2 diabetes", "adults with type 2 diabetes followed in primary care",
     "known cirrhosis, alcohol use disorder", "prevalence of LSM >= 12 kPa"),
]


def research_protocol(c):
    r = c.rng
    c.category, c.note = "research_protocol", "research protocol summary without participant identities"
    title, inc, exc, ep = STUDIES[c.occ % len(STUDIES)]
    pi = r.choice([S["okafor"], S["vaillancourt"], S["chen"], S["desrochers"]])
    txt = (f"{r.choice(['Dear colleagues,', 'Hello all,', 'Good afternoon,'])}\n\nThe REB approved our protocol \"{title}\" (REB #2024-{r.randint(100, 999)}).\n\n"
           f"Inclusion: {inc}; informed consent. Exclusion: {exc}.\n"
           f"Target sample: {r.choice([120, 240, 360, 480])} participants over {r.choice([12, 18, 24])} months. Primary endpoint: {ep}.\n\n"
           f"Please refer eligible patients to {S['patel'].full} ({C.UNIT_PHONE['mii']}); do not e-mail identifiers.\n\n"
           f"PI: {pi.t('en')}\n{S['patel'].sig('en')}\n")
    atts = []
    if r.random() < 0.4:
        atts.append(Att("protocol_synopsis.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        A.make_docx("Protocol synopsis", [("p", title), ("p", f"Population: {inc}."),
                                                          ("p", f"Primary endpoint: {ep}.")])))
    return c.mail(S["patel"], [("GI physicians", "gastro-medecins@hsab.example")], r.choice(["Study now recruiting", "New study – referrals welcome", "REB approval – new protocol"]), txt, atts=atts)


# 8 ------------------------------------------------------------------------------------------
def newsletter(c):
    r = c.rng
    c.category, c.note = "newsletter", "CISSS staff newsletter"
    g, s = r.choice(CREW)
    kid = r.choice(["Olivia", "Liam", "Charlotte", "Nathan", "Alice"])
    bd = c.day - datetime.timedelta(days=r.randint(4, 25))
    items = [("Staff spotlight", f"Meet Ms. {g} {s}, endoscopy nurse for 12 years and our new infection-prevention champion."),
             ("Welcome", f"Dr. Mei-Ling Chen joined the hepatology clinic; she leads our hepatitis C outreach and liver cancer surveillance programme."),
             ("Baby news", f"Congratulations to {S['boivin'].full} (IT) on the arrival of {kid}, born {C.r_date(bd, 'long_en')}, 7 lb 2 oz!"),
             ("Numbers", f"{r.randint(2100, 2600)} colonoscopies this year; patient satisfaction {r.randint(91, 97)}%."),
             ("Reminder", "Colorectal Cancer Awareness Month is in March – volunteers needed for the information booth.")]
    r.shuffle(items)
    html = ('<html><body style="font-family:Verdana;font-size:10pt">\n<h2>CISSS des Battures – Staff News</h2>\n' +
            "\n".join(f"<h4>{h}</h4><p>{b}</p>" for h, b in items) + "\n</body></html>\n")
    txt = "CISSS des Battures – Staff News\n\n" + "\n\n".join(f"{h}\n{b}" for h, b in items) + "\n"
    return c.mail(("Staff News", "news@cisss-battures.example"), [("All staff", "tous@hsab.example")], "Staff News – this week",
                  txt, html=html, mode=r.choice(["html", "alt"]))


# 12 -----------------------------------------------------------------------------------------
CANDIDATES = [("Rebecca", "Nguyen-Tran", "endoscopy nurse", "2019-2024 Registered nurse, day surgery and endoscopy, Eastern Townships regional hospital.", "BScN, 2019. ACLS, conscious sedation certificate."),
              ("Daniel", "Kaplan", "research coordinator", "2020-2024 Research assistant, hepatology trials unit, Montreal.", "MSc epidemiology, 2020. GCP, TCPS2."),
              ("Amélie", "Roussel", "administrative officer", "2017-2024 Medical secretary, outpatient surgery clinic.", "DEP secrétariat médical, 2016."),
              ("Hugo", "Petrov", "reprocessing technician", "2021-2024 Sterile processing technician, regional hospital.", "DEP retraitement des dispositifs médicaux, 2021."),
              ("Fatima", "Zerhouni", "nurse navigator", "2015-2024 Oncology nurse, ambulatory chemotherapy; pivot nurse since 2021.", "BScN 2015; CNA oncology certification."),
              ("Olivier", "Marceau", "gastroenterologist", "2022-2024 Advanced endoscopy fellowship (ERCP/EUS), Calgary.", "MD 2015, FRCPC gastroenterology 2022.")]


def hr_candidate(c):
    r = c.rng
    c.category, c.note = "hr_candidate", "job candidate interview scheduling with CV"
    g, s, post, exp, edu = CANDIDATES[c.occ % len(CANDIDATES)]
    d = _d(c, r.randint(3, 12))
    dob = datetime.date(r.randint(1984, 2000), r.randint(1, 12), r.randint(1, 28))
    cv = [("kv", [("Name:", f"{g} {s}"), ("Date of birth:", C.r_date(dob, "iso")), ("Phone:", C.phone(r)),
                  ("Address:", f"{r.randint(10, 999)} {r.choice(['Maple Street', 'rue King Ouest', 'avenue du Parc'])}, {r.choice(['Sherbrooke', 'Drummondville', 'Granby'])} QC")]),
          ("h", "Experience"), ("p", exp), ("h", "Education"), ("p", edu)]
    x = A.make_docx(f"CV – {g} {s}", cv, author=f"{g} {s}")
    panel = r.choice(["you, Josiane Fréchette and me", "you, Dr. Haddad and me", "you and me"])
    txt = (f"Hello {S['marchand'].given},\n\nCandidate for the {post} posting: {g} {s}. Interview proposed {C.appt_en(d, r.choice([9, 10, 13, 14]))}, "
           f"room A-310, panel: {panel}. CV attached. {r.choice(['References to be checked after the interview.', 'Licence verified with the order.', 'Salary expectations in the CV are within scale.'])}\n\n"
           f"{S['gendron'].sig('en')}\n")
    return c.mail(S["gendron"], [S["marchand"]], f"Interview – {post} candidate", txt,
                  atts=[Att(f"CV_{g}_{s}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", x)])


# 13 -----------------------------------------------------------------------------------------
def occ_health(c):
    r = c.rng
    c.category, c.note = "occupational_health", "staff occupational-health scheduling"
    people = r.sample(CREW, r.randint(4, 7))
    d = _d(c, r.randint(2, 8))
    rows = [[f"{g} {s}", r.choice(["N95 fit test", "TB skin test read", "Hep B booster", "Flu vaccine"]), f"{r.randint(8, 15)}:{r.choice(['00', '20', '40'])}"]
            for g, s in people]
    intro = f"Hello,\n\nOccupational health appointments for endoscopy staff on {C.r_date(d, 'long_en')} (room A-020):"
    outro = "Employees who miss their slot must rebook via the OHS portal.\n\nOccupational Health & Safety\n819-555-0138"
    return c.mail(("Occupational Health", "sst@cisss-battures.example"), [S["marchand"]], "OHS appointments – endoscopy staff",
                  intro + "\n\n" + _tbl_text(["Employee", "Service", "Time"], rows) + "\n\n" + outro + "\n",
                  html=_tbl_html(["Employee", "Service", "Time"], rows, intro, outro) if r.random() < 0.5 else None)


# 14 -----------------------------------------------------------------------------------------
def room_schedule(c):
    r = c.rng
    c.category, c.note = "room_schedule", "endoscopy room allocation by physician"
    start = _d(c, 3)
    rows = []
    for k in range(5):
        d = C.next_weekday(start, k)
        rows.append([C.r_date(d, "short_en")] + [S[m].t("en") + f" ({lbl})" for m, lbl in
                                                  zip(r.sample(MDS, 3), r.sample(["screening", "IBD", "ERCP", "EUS", "hepatology/varices", "general"], 3))])
    hdr = ["Day", "Room 1", "Room 2", "Room 3"]
    intro = "Hi all,\n\nRoom allocation for next week. Room 4 closed for floor repair."
    outro = f"{S['frechette'].full}\nAssistant head nurse, Endoscopy\n{C.UNIT_PHONE['endo']}"
    if r.random() < 0.4:
        ics = A.make_ics(f"rooms-{c.idx}@hsab.example", "Endoscopy room 4 closed (floor repair)",
                         datetime.datetime(start.year, start.month, start.day, 7, 0), datetime.datetime(start.year, start.month, start.day, 17, 0),
                         "Endoscopy room 4", "Facilities work order WO-88213", (S["frechette"].full, S["frechette"].email))
        return c.mail(S["frechette"], [("GI physicians", "gastro-medecins@hsab.example")], "Room allocation next week",
                      intro + "\n\n" + _tbl_text(hdr, rows) + "\n\n" + outro + "\n", atts=[Att("room4_closed.ics", "text/calendar", ics)])
    return c.mail(S["frechette"], [("GI physicians", "gastro-medecins@hsab.example")], "Room allocation next week",
                  intro + "\n\n" + _tbl_text(hdr, rows) + "\n\n" + outro + "\n", html=_tbl_html(hdr, rows, intro, outro))

