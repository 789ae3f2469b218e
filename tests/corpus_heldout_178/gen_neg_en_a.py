"""English hard negatives, part A: schedules, newsletters (inline and as an
attached message), shortages, recalls, invoices, purchase orders, inventory,
blank forms, mail-merge templates, aggregate statistics, teaching cases."""
import datetime

import gen_common as C
import gen_docs as D
import gen_mime as M
import gen_tpl as T


def schedule_en(r, c):
    start = T.future(r, c.when, 3, 10)
    start -= datetime.timedelta(days=start.weekday())
    staff = ["Kevin O'Brien RN", "Mélanie Dubé RN", "Sandra Kowalski RN", "Bridget Halloran RN", "Tariq Mansour RN", "Linda Murphy (clerk)"]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    rows = [[s] + [r.choice(["07-15", "07-15", "11-19", "OFF", "Educ", "Vac"]) for _ in days] for s in r.sample(staff, 5)]
    header = ["Staff"] + ["%s %s" % (d, C.short_date_en(start + datetime.timedelta(days=i))) for i, d in enumerate(days)]
    intro = ("Hi team,\n\nHere is the infusion clinic rota for the week of %s. %s"
             % (C.long_date_en(start), r.choice(["Bridget is covering Tuesday for Kevin.", "Please swap shifts through the manager only.",
                                                  "Float pool RN confirmed for Thursday PM.", "Stat holiday Monday - clinic closed."])))
    sig = C.signature(r, "bergeron", "en")
    if r.random() < 0.5:
        return T.spec("schedule", "infusion clinic staff rota as spreadsheet", "Rota - week of %s" % C.short_date_en(start),
                      T.who("bergeron", "en"), [("Infusion Team", "infusion.team@" + C.ORG_DOMAIN)], intro + "\n\n" + sig,
                      attachments=[{"kind": "xlsx", "data": D.xlsx([("Rota", header, rows)], "Rota", "Nathalie Bergeron"),
                                    "filename": "rota_%s.xlsx" % start.isoformat()}])
    return T.spec("schedule", "infusion clinic staff rota in body", "Infusion rota", T.who("bergeron", "en"),
                  [("Infusion Team", "infusion.team@" + C.ORG_DOMAIN)], intro + "\n\n" + T.text_table(header, rows) + "\n\n" + sig,
                  html=T.html_doc(T.paras_html(intro) + T.html_table(header, rows) + T.paras_html(sig)), mode=r.choice(["html", "alt"]))


NEWS_EN = [
    "Congratulations to Dr. Priya Raman, whose gout outcomes study was accepted for oral presentation.",
    "Dr. Thomas Whitfield will lead the new scleroderma and Raynaud's clinic starting next month.",
    "Welcome to Dr. Ian Stewart (PGY-4), rotating through the vasculitis clinic until June.",
    "Dr. Karim Haddad hosted a grand rounds session on ANCA-associated vasculitis and avacopan - slides on the intranet.",
    "Ms. Sandra Kowalski, our nurse navigator, received the Excellence in Patient Experience award.",
    "Our infliximab biosimilar transition reached 92% - thank you to pharmacy and nursing.",
    "World Lupus Day: information booth in the main lobby on May 10.",
    "Mr. Marc-André Villeneuve reminds everyone that tocilizumab vials must be kept at 2-8 C.",
    "Dr. Isabelle Vézina is recruiting for the lupus telemedicine pilot - see the research office for the protocol.",
]


def newsletter_en(r, c):
    chosen = r.sample(NEWS_EN, r.randint(4, 6))
    num = r.randint(10, 60)
    title = r.choice(["Rheum Roundup", "The Joint Bulletin", "Rheumatology News"])
    text = "%s - issue %d\n\n%s\n\nSubmit items to communications.rheum@%s\n%s" % (title, num, "\n\n".join("* " + x for x in chosen),
                                                                                    C.ORG_DOMAIN, C.ORG_ADDR_EN)
    html = T.html_doc("<h2>%s <small>#%d</small></h2>\n" % (title, num) + "\n".join("<p>&bull; %s</p>" % T.esc(x) for x in chosen)
                      + '<hr><p style="font-size:9pt">%s, %s</p>' % (C.SERVICE_EN, C.ORG_ADDR_EN))
    spec = T.spec("newsletter", "department newsletter naming physicians and staff", "%s #%d" % (title, num),
                  ("Rheumatology Communications", "communications.rheum@" + C.ORG_DOMAIN),
                  [("All Rheumatology", "all.rheum@" + C.ORG_DOMAIN)], text, html=html, mode="alt")
    if r.random() < 0.4:
        inner = dict(spec, key="inner-news-%d-%d" % (num, r.randint(0, 999)), lang="en", date=T.earlier(r, c.when, 24, 200))
        data = M.build(inner, r, nested=True)
        return T.spec("newsletter", "newsletter forwarded as an attached message", "FW: %s #%d" % (title, num),
                      T.who(r.choice(C.PHYS), "en"), [T.who(r.choice(C.RESIDENTS), "en")],
                      "FYI - see the item on the vasculitis clinic.\n\n" + r.choice(["Sent from my phone", ""]),
                      attachments=[{"kind": "eml", "data": data, "filename": "%s %d.eml" % (title, num)}])
    spec["mode"] = r.choice(["html", "alt"])
    return spec


def shortage_en(r, c):
    drug = r.choice([("methylprednisolone acetate 40 mg/mL (Depo-Medrol)", "triamcinolone acetonide 40 mg/mL"),
                     ("folic acid 5 mg tablets", "folic acid 1 mg x 5"), ("hydroxychloroquine 200 mg (some generics)", "alternate manufacturer"),
                     ("methotrexate injection 25 mg/mL", "prefilled methotrexate syringes")])
    lots = [r.choice(["LOT ", "L", ""]) + C.luhn_serial(r, r.choice([8, 9, 10])) for _ in range(r.randint(2, 4))]
    ph = r.choice(C.PHARMS)
    body = ("DRUG SHORTAGE NOTICE - %s\n\nSupplier reports a disruption until %s.\nLots remaining on hand: %s.\nSuggested alternative: %s.\n\n"
            "No action needed for patients already dispensed.\n\n%s" % (drug[0], C.long_date_en(T.future(r, c.when, 20, 90)),
                                                                        ", ".join(lots), drug[1], C.signature(r, ph, "en")))
    return T.spec("shortage", "drug shortage notice with lot numbers", "Shortage: %s" % drug[0].split(" (")[0], T.who(ph, "en"),
                  [("Rheumatology MDs", "md.rheum@" + C.ORG_DOMAIN)], body)


def recall_en(r, c):
    dev = r.choice([("Infusia VP7 volumetric pumps", "occlusion sensor fault"), ("Medsys S40 syringe drivers", "intermittent end-of-infusion alarm"),
                    ("SonoLite 3 ultrasound probes (linear L12)", "lens delamination")])
    fw = r.random() < 0.6
    rows = [[(C.fullwidth if fw else str)(C.luhn_serial(r, r.choice([9, 10]))), "AST-%05d" % r.randint(10000, 99999), r.choice(["Infusion chair 2", "Procedure room 2", "Clinic B",
            "Biomed stores"])] for _ in range(r.randint(3, 6))]
    body = ("Hello,\n\nThe manufacturer has issued a voluntary Class II recall for %s (%s).\n\nAffected units on site:\n%s\n\n"
            "Please remove from service and call Biomedical Engineering at ext. 2277. No patient incidents reported locally.\n\n"
            "Biomedical Engineering\n%s" % (dev[0], dev[1], T.text_table(["Serial", "Asset", "Location"], rows), C.ORG_ADDR_EN))
    atts = []
    if r.random() < 0.4:
        atts.append({"kind": "csv", "data": D.csv_bytes(["serial", "asset", "location"], rows), "filename": "recall_units.csv"})
    return T.spec("recall", "device recall listing checksum-valid serial numbers", "RECALL - %s" % dev[0],
                  ("Biomedical Engineering", "biomed@" + C.ORG_DOMAIN), [("Unit Managers", "managers@" + C.ORG_DOMAIN)], body, attachments=atts)


def invoice_en(r, c):
    num = "INV-%06d" % r.randint(100000, 999999)
    items = r.sample([("Sterile ultrasound gel 20 g (box 48)", 38.50), ("22G x 1.5in needles (box 100)", 14.20),
                      ("Infusion sets with 0.2 micron filter", 189.00), ("Transparent dressings 6x7 cm", 47.90),
                      ("Sharps containers 5 L", 9.80), ("Fenestrated drapes", 61.00)], r.randint(3, 5))
    rows, tot = [], 0
    for d, p in items:
        q = r.randint(1, 10)
        rows.append([d, q, "%.2f" % p, "%.2f" % (p * q)])
        tot += p * q
    blocks = [("title", "Northway Medical Supply - Invoice"),
              ("kv", [("Invoice #", num), ("Invoice date", c.when.date().isoformat()), ("Account", "%06d" % r.randint(100000, 999999)),
                      ("PO #", "PO-%06d" % r.randint(100000, 999999)), ("Ship to", "Rheumatology Clinic, " + C.ORG_ADDR_EN),
                      ("Terms", "Net 30")]),
              ("table", ["Item", "Qty", "Unit", "Amount"], rows), ("kv", [("Subtotal", "%.2f" % tot), ("GST/QST", "%.2f" % (tot * 0.14975)),
                                                                          ("Total due", "%.2f CAD" % (tot * 1.14975))])]
    return T.spec("invoice", "supplier invoice with labelled fields", "Invoice %s" % num, ("Accounts Receivable", "ar@" + C.EXT["supplier2"][1]),
                  [T.who("charest", "en")], "Please find invoice %s attached. Questions: 1-800-555-0144.\n\nAccounts Receivable\nNorthway Medical Supply" % num,
                  attachments=[{"kind": "pdf", "data": D.pdf(blocks, num, "Northway", compress=r.random() < 0.5), "filename": "%s.pdf" % num}])


def po_en(r, c):
    po = "PO-%06d" % r.randint(100000, 999999)
    items = r.sample([("Reclining infusion chair", 1, 3450.0), ("IV pole, 4 casters", 4, 129.0), ("Pharmacy fridge 2-8 C", 1, 5890.0),
                      ("USB temperature logger", 3, 79.0), ("Linear ultrasound probe", 1, 7200.0)], 3)
    rows = [[d, q, "%.2f" % p, "%.2f" % (p * q)] for d, q, p in items]
    body = ("Hello,\n\nPurchase order %s for the rheumatology clinic (cost centre 6-%04d):\n\n%s\n\nDeliver to: receiving dock, %s\n"
            "Approved by: %s, %s\n\n%s" % (po, r.randint(1000, 9999), T.text_table(["Item", "Qty", "Unit", "Total"], rows), C.ORG_ADDR_EN,
                                           C.staff_name("bergeron", "en"), C.staff_role("bergeron", "en"), C.signature(r, "charest", "en")))
    return T.spec("purchase_order", "purchase order for clinic equipment", "Purchase order %s" % po, T.who("charest", "en"),
                  [("Procurement", "procurement@" + C.ORG_DOMAIN)], body)


def inventory_en(r, c):
    prods = ["Inflectra 100 mg", "Avsola 100 mg", "Actemra 400 mg/20 mL", "Ruxience 500 mg", "Orencia 250 mg", "Saphnelo 300 mg",
             "Kenalog-40 1 mL", "Solu-Medrol 125 mg"]
    rows = [[p, r.choice([C.luhn_serial(r, 9), "%s%s" % (p[:3].upper(), C.luhn_serial(r, 7))]), T.future(r, c.when, 60, 500).isoformat(),
             r.randint(0, 30), r.choice(["Fridge A", "Fridge B", "Cabinet 3"])] for p in r.sample(prods, 6)]
    header = ["Product", "Lot", "Expiry", "Qty", "Location"]
    ph = r.choice(C.PHARMS)
    return T.spec("inventory", "biologics inventory with lot numbers", "Monthly inventory - %s" % C.MONTHS[c.when.month - 1], T.who(ph, "en"),
                  [T.who("bergeron", "en")], "Inventory attached. Fridge temperatures in range (min 3.1 C, max 6.4 C).\n\n" + C.signature(r, ph, "en"),
                  attachments=[{"kind": "xlsx", "data": D.xlsx([("Inventory", header, rows)], "Inventory", "Pharmacy"),
                                "filename": "inventory_%s.xlsx" % c.when.strftime("%Y_%m")}])


def blank_form_en(r, c):
    title = r.choice(["Biologic Infusion Pre-printed Order", "Joint Injection Consent Form", "Special Authorization Request - TEMPLATE"])
    fields = [("Patient name", "______________________"), ("Date of birth (YYYY-MM-DD)", "____-__-__"), ("Health card number", "__________"),
              ("MRN", "________"), ("Diagnosis", "______________________"), ("Drug / dose", "______________________"),
              ("Prescriber signature", "______________________")]
    kind = r.choice(["pdf", "docx"])
    blocks = [("title", title), ("kv", fields), ("small", "Form RH-%03d rev. %d - approved by Forms Committee" % (r.randint(1, 200), r.randint(1, 9)))]
    data = D.pdf(blocks, title, "Forms Committee") if kind == "pdf" else D.docx(blocks, title, "Forms Committee")
    return T.spec("blank_form", "blank form template, no patient data", "Updated form: %s" % title, T.who("charest", "en"),
                  [("All Rheumatology", "all.rheum@" + C.ORG_DOMAIN)],
                  "Hello,\n\nThe blank %s has been updated - please recycle old paper copies.\n\n%s" % (title, C.signature(r, "charest", "en")),
                  attachments=[{"kind": kind, "data": data, "filename": "%s_BLANK.%s" % (T.slug(title), kind)}])


def mail_merge_en(r, c):
    tpl = r.choice(["Dear {{FirstName}} {{LastName}},\n\nThis is a reminder of your appointment at the {{ClinicName}} on {{ApptDate}} at {{ApptTime}}.\n"
                    "Please bring your health card and medication list. To cancel call 450-555-0111.\n",
                    "Hello [PATIENT_NAME],\nYour [DRUG_NAME] infusion is booked for [DATE]. Please complete bloodwork ([LAB_PANEL]) 48 hours before.\n",
                    "<<Title>> <<Surname>>\nDOB: <<DOB>>   MRN: <<MRN>>\n\nYou are invited to the arthritis self-management class on <<Date>>.\n"])
    clerk = r.choice(["murphy", "lavoie"])
    body = ("Hi %s,\n\nCan you approve the merge template below before IT loads it into the reminder system? Fields in braces/brackets "
            "are filled automatically.\n\n-----\n%s-----\n\n%s" % (T.first("bergeron"), tpl, C.signature(r, clerk, "en")))
    return T.spec("mail_merge", "mail-merge reminder template with placeholders", r.choice(["Reminder template for approval", "Mail merge text"]),
                  T.who(clerk, "en"), [T.who("bergeron", "en")], body)


def stats_en(r, c):
    q = r.randint(1, 4)
    header = ["Agent", "Infusions", "Mean wait (wk)", "Cancellations"]
    rows = [[b, r.randint(40, 420), "%.1f" % r.uniform(1, 9), "%d%%" % r.randint(2, 14)] for b in
            ["infliximab (biosimilars)", "tocilizumab", "rituximab", "abatacept", "belimumab", "anifrolumab"]]
    body = ("Q%d dashboard: %d new patients (%d GCA, %d SLE, %d early RA); median P2 wait %d days; %d joint injections; %d infusion "
            "reactions (all grade 1-2).\n\n%s\n\nSource: aggregated EMR extract, no identifiable data.\n\n%s"
            % (q, r.randint(80, 160), r.randint(5, 20), r.randint(4, 15), r.randint(20, 60), r.randint(18, 60), r.randint(150, 400),
               r.randint(3, 15), T.text_table(header, rows), C.signature(r, "bergeron", "en")))
    atts = []
    if r.random() < 0.5:
        atts.append({"kind": "csv", "data": D.csv_bytes(header, rows), "filename": "q%d_dashboard.csv" % q})
    return T.spec("statistics", "aggregate quarterly activity statistics", "Q%d rheumatology dashboard" % q, T.who("bergeron", "en"),
                  [("Rheumatology MDs", "md.rheum@" + C.ORG_DOMAIN)], body, attachments=atts, mode=r.choice(["plain", "alt"]))


def teaching_en(r, c):
    case = r.choice(["A 29-year-old woman presents with polyarthritis, photosensitive rash and proteinuria 1.5 g/day. ANA 1:640, anti-dsDNA high, "
                     "low C3/C4. What is your induction regimen?",
                     "A 76-year-old man with new headache, jaw claudication and ESR 95. Temporal artery ultrasound shows a halo sign. "
                     "Discuss steroid dosing and the role of tocilizumab.",
                     "A 51-year-old with seropositive RA on methotrexate has ALT 3x ULN. Differential and management?",
                     "A 40-year-old with chronic sinusitis, cavitating lung nodules and haematuria; PR3-ANCA positive. Classify and treat."])
    md = r.choice(C.PHYS)
    return T.spec("teaching_case", "de-identified teaching case for residents", r.choice(["Case for journal club", "Teaching case - Thursday"]),
                  T.who(md, "en"), [("Rheumatology Residents", "residents.rheum@" + C.ORG_DOMAIN)],
                  "Hi all,\n\nFictional case for Thursday (de-identified):\n\n%s\n\nSuggested reading: the latest EULAR recommendations.\n\n%s"
                  % (case, C.signature(r, md, "en")))


TEMPLATES = [schedule_en, newsletter_en, shortage_en, recall_en, invoice_en, po_en, inventory_en, blank_form_en, mail_merge_en,
             stats_en, teaching_en]
