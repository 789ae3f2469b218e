"""English negative templates (hard negatives)."""
import datetime as dt

import gen_attach as A
import gen_build as B
import gen_common as C
import gen_neg_common as N

ALL = ("All staff", "all@" + C.ORG_DOMAIN)
TEAM = ("Clinical team", "team@" + C.ORG_DOMAIN)


def e_schedule(c):
    rows = [["Date", "PrEP clinic", "STI walk-in", "HRT clinic", "On call"]]
    d = c.future(c.now.date(), 3, 10)
    for i in range(5):
        day = d + dt.timedelta(days=i)
        rows.append([C.fmt_date(day, "short", "en"), N.staff_name(c), N.staff_name(c),
                     c.choice(["Dr. Vachon-Ruel", "J. Whitfield NP"]), c.choice(["Dr. Okafor", "Dr. Delisle", "Dr. Vachon-Ruel"])])
    text = "Hi everyone,\n\nCoverage for next week below.\n\n" + B.table_text(rows) + "\n\nMireille"
    html = B.paras_html("Hi everyone,\n\nCoverage for next week below.") + B.table_html(rows) + B.paras_html("Mireille")
    return B.make("schedule", "en", "weekly coverage schedule", B.addr("quesnel"), [TEAM], "Coverage next week", text,
                  html=html)


def e_leave(c):
    who = N.staff_name(c)
    d1 = c.future(c.now.date(), 15, 100)
    body = ("Hi Mireille,\n\nI'd like to request %s from %s to %s. %s can cover my Tuesday STI walk-in.\n\nThanks,\n%s"
            % (c.choice(["vacation", "two personal days", "bereavement leave", "study leave for the HIV course"]),
               C.fmt_date(d1, "long", "en"), C.fmt_date(d1 + dt.timedelta(days=c.randint(1, 10)), "long", "en"),
               N.staff_name(c), who))
    return B.make("leave_request", "en", "staff leave request", (who, "staff%d@%s" % (c.randint(10, 99), C.ORG_DOMAIN)),
                  [B.addr("quesnel")], "Leave request", body)


def e_payroll(c):
    body = ("Hello all,\n\nT4 and RL-1 slips for %d are now available in the employee portal. If your SIN or date of birth "
            "is wrong on the slip, contact payroll in person — do not e-mail these details.\n\nPay period %d direct "
            "deposit: %s.\n\nEwa Ostrowski\nPayroll & Benefits\n%s ext. 251"
            % (c.now.year - 1, c.randint(1, 26), C.fmt_date(c.future(c.now.date(), 2, 12), "long", "en"), C.ORG_TEL))
    return B.make("payroll", "en", "payroll notice to staff", B.addr("ostrowski"), [ALL], "T4/RL-1 slips available", body)


def e_occ_health(c):
    who = N.staff_name(c)
    kind = c.choice([
        ("Hepatitis B titre – staff file", "Your anti-HBs titre from the pre-employment screen is on file and shows immunity. "
         "No booster needed."),
        ("Needlestick follow-up", "As per the exposure protocol, your 6-week follow-up bloodwork is due next week. "
         "Employee health will book it; this stays in your occupational health file."),
        ("Fit test reminder", "Your N95 fit test expires this month. Sessions are Tuesday 12-2 in room 4."),
    ])
    body = "Hi %s,\n\n%s\n\nEmployee Health & Safety" % (who.split()[0], kind[1])
    return B.make("occupational_health", "en", "employee occupational health message",
                  ("Employee Health", "ohs@" + C.ORG_DOMAIN), [(who, "staff%d@%s" % (c.randint(10, 99), C.ORG_DOMAIN))],
                  kind[0], body)


def e_newsletter(c):
    sp = c.rng.sample(N.SPEAKERS, 2)
    items = [
        "Welcome to %s %s %s, who joins the team this month and will give the next lunch talk, \"%s\"."
        % (sp[0][1], sp[0][2], sp[0][3], sp[0][5].capitalize()),
        "Dr. Samuel Okafor, who has treated syphilis and HIV in our community for over a decade, received the regional "
        "public health award.",
        "Our PrEP program passed %d active clients this quarter." % c.randint(300, 700),
        "Congratulations to %s on the arrival of baby %s, born %s!" % (N.staff_name(c), c.choice(["Theo", "Mila", "Ruby"]),
                                                                       C.fmt_date(c.now.date() - dt.timedelta(days=9), "long", "en")),
        "Reminder: Mx. %s from the front desk is running the food drive until Friday." % N.staff_name(c),
    ]
    c.rng.shuffle(items)
    html = "<h2>Meridienne Monthly</h2>" + "".join("<p>%s</p>" % i for i in items) + \
        "<hr><p style='font-size:8pt'>%s | %s | %s</p>" % (C.ORG_EN, C.ORG_ADDR, C.ORG_TEL)
    text = "MERIDIENNE MONTHLY\n\n" + "\n\n".join("* " + i for i in items)
    return B.make("newsletter", "en", "staff newsletter", B.addr("quesnel"), [ALL], "Meridienne Monthly – " +
                  C.MONTHS_EN[c.now.month - 1], text, html=html)


def e_committee(c):
    d = c.future(c.now.date(), 5, 25)
    body = ("NOTICE OF MEETING – Quality & Patient Safety Committee\n%s, 08:00, Ormeaux room\n\nAgenda:\n"
            "1. Incident trends (aggregate, Q%d)\n2. Results follow-up: time to treatment for positive gonorrhea/chlamydia\n"
            "3. Update to the e-mail policy (no health numbers in subject lines)\n4. Ms. %s – presentation on the new "
            "patient portal\n\nChair: Dr. Rachel Delisle\nSecretary: Karim Belhadj"
            % (C.fmt_date(d, "long", "en"), (c.now.month - 1) // 3 + 1, N.staff_name(c)))
    return B.make("committee_notice", "en", "committee meeting notice", B.addr("belhadj"),
                  [("QPS Committee", "qps@" + C.ORG_DOMAIN)], "Notice – QPS Committee", body)


def e_conference(c):
    sp = c.rng.sample(N.SPEAKERS, 3)
    rows = [["Time", "Session", "Speaker"]]
    for i, s in enumerate(sp):
        rows.append(["%d:00" % (9 + i), s[5].capitalize(), "%s %s %s" % (s[1], s[2], s[3])])
    text = ("Eastern Canada Trans & Sexual Health Forum (fictional) — draft programme\n\n" + B.table_text(rows) +
            "\n\nEarly-bird registration closes %s." % C.fmt_date(c.future(c.now.date(), 10, 40), "long", "en"))
    atts = [A.att_docx("Forum_programme_draft.docx", "Forum programme (draft)", [("table", rows)])] if c.chance(0.5) else []
    return B.make("conference", "en", "conference programme with speakers and topics",
                  ("Forum Secretariat", "info@ec-transhealth-forum.example"), [B.addr(c.choice(["whitfield", "raman"]))],
                  "Draft programme – Forum", text, attachments=atts)


def e_job(c):
    poste = c.choice(["Nurse Practitioner – Sexual Health", "Bilingual Receptionist", "Peer Navigator (trans health)",
                      "Clinical Psychologist – 0.6 FTE"])
    body = ("JOB POSTING: %s\n\nMeridienne Clinic provides gender-affirming hormone therapy, surgical referrals, STI "
            "testing and treatment, PrEP and mental health support.\n\nWhat you'll do: assessments, counselling, results "
            "follow-up, partner notification support.\nWhat we need: licence in good standing; bilingualism an asset.\n\n"
            "Apply to hr@%s.\n%s | %s" % (poste, C.ORG_DOMAIN, C.ORG_ADDR, C.ORG_TEL))
    return B.make("job_posting", "en", "job posting", ("Human Resources", "hr@" + C.ORG_DOMAIN),
                  [("Community jobs list", "jobs@community-network.example")], "Now hiring: " + poste, body)


def e_invoice(c):
    no = "INV-%06d" % c.randint(1, 999999)
    rows = [["Item", "Qty", "Unit", "Amount"], ["Language interpretation (Arabic), on site", "3 h", "65.00", "195.00"],
            ["Language interpretation (Spanish), phone", "1.5 h", "55.00", "82.50"], ["Travel", "1", "25.00", "25.00"]]
    blocks = ["Invoice %s   Date: %s" % (no, C.fmt_date(c.now.date(), "iso")),
              "Bill to: Meridienne Clinic, %s" % C.ORG_ADDR, "Account no.: %d" % c.randint(100000, 999999),
              ("table", rows), "Total due: 302.50 CAD (tax exempt)", "GST/HST reg. %s RT0001" % N.luhn_serial(c.rng)]
    att = A.att_pdf("%s.pdf" % no, "Invoice", blocks, author="Polyglot Interpreters")
    body = "Hello,\n\nPlease find our invoice %s attached.\n\nPolyglot Interpreters (fictional)\n514-555-0128" % no
    return B.make("invoice", "en", "interpretation services invoice", ("Polyglot Billing", "billing@polyglot-interp.example"),
                  [("Accounts payable", "ap@" + C.ORG_DOMAIN)], "Invoice " + no, body, attachments=[att])


def e_po(c):
    no = "PO-%05d" % c.randint(1, 99999)
    rows = [["Item", "Catalogue #", "Qty", "Unit price"],
            ["Exam table paper", "EX-%d" % c.randint(1000, 9999), "12", "18.40"],
            ["Nitrile gloves M (box)", "GL-%d" % c.randint(1000, 9999), "40", "9.95"],
            ["Sharps container 5 L", "SH-%d" % c.randint(1000, 9999), "10", "7.25"],
            ["Rapid HIV test kit (24)", "RT-%d" % c.randint(1000, 9999), "6", "288.00"]]
    att = A.att_xlsx("%s.xlsx" % no, [("PO", rows)]) if c.chance(0.5) else A.att_csv("%s.csv" % no, rows, sep=",",
                                                                                     cte=c.choice(["7bit", "base64"]))
    body = "Hi,\n\nPurchase order %s attached. Ship to the clinic address in my signature.\n%s" % (no, B.sig(c, "belhadj", "en"))
    return B.make("purchase_order", "en", "purchase order for clinic supplies", B.addr("belhadj"),
                  [("Orders", "orders@medsupply-east.example")], "Purchase order " + no, body, attachments=[att])


def e_inventory(c):
    rows = [["Asset", "Serial", "Location", "Last service"]]
    for a in ["Vaccine fridge", "Centrifuge", "Point-of-care analyzer", "Autoclave", "ECG cart"]:
        rows.append([a, N.grouped(N.luhn_serial(c.rng), (3, 3, 3), "-"), "Room %d" % c.randint(1, 8),
                     C.fmt_date(c.day(), "iso")])
    att = A.att_xlsx("asset_register.xlsx", [("Assets", rows)])
    body = "Mireille,\n\nUpdated asset register attached; the autoclave is due for service.\n\nKarim"
    return B.make("inventory", "en", "equipment asset register with serial numbers", B.addr("belhadj"),
                  [B.addr("quesnel")], "Asset register update", body, attachments=[att])


def e_it(c):
    kind = c.choice([
        ("MFA enrolment deadline", "All accounts must enrol in multi-factor authentication by Friday."),
        ("EMR slowness this morning", "The EMR vendor confirmed a database issue; search by health card number and by DOB "
         "may time out until noon. No data was affected."),
        ("Phishing test results", "Last month's phishing simulation: 14% click rate (down from 22%). Thanks for reporting!"),
        ("New laptops", "New laptops arrive Monday. Serial numbers: %s, %s." % (N.luhn_serial(c.rng, 10), N.luhn_serial(c.rng, 10))),
    ])
    body = "Hi all,\n\n%s\n\nThomas – IT support, ext. 233" % kind[1]
    return B.make("it_notice", "en", "IT notice", B.addr("abadie"), [ALL], kind[0], body)


def e_facilities(c):
    d = c.future(c.now.date(), 2, 20)
    kind = c.choice([("Fire alarm test", "The fire alarm will be tested on %s between 9 and 9:30."),
                     ("HVAC maintenance", "Heating will be off on the 3rd floor on %s from 7 to 10 am."),
                     ("Window cleaning", "Exterior window cleaning is scheduled for %s; blinds in rooms 1-6 should be closed.")])
    body = "Dear tenants,\n\n%s\n\nLes Ormeaux Property Management (fictional)\n514-555-0155" % (kind[1] % C.fmt_date(d, "long", "en"))
    return B.make("facilities", "en", "building management notice", ("Property Management", "pm@ormeaux-immo.example"),
                  [("Tenants 4410", "tenants4410@ormeaux-immo.example")], kind[0], body)


def e_stats(c):
    rows = [["Month", "STI tests", "CT+", "GC+", "Syphilis", "HIV new dx", "PrEP starts"]]
    for m in range(1, 7):
        rows.append([C.MONTHS_EN3[m - 1], c.randint(120, 400), c.randint(5, 30), c.randint(2, 20), c.randint(0, 9),
                     c.randint(0, 3), c.randint(8, 40)])
    att = A.att_csv("sti_dashboard_H1.csv", rows, sep=",", cte=c.choice(["7bit", "base64", "quoted-printable"]))
    body = ("Hi,\n\nAggregate STI/PrEP dashboard for H1 attached (counts only, no identifiers). Positivity for gonorrhea "
            "is up ~20%% vs last year.\n\nMireille")
    return B.make("statistics", "en", "aggregate STI dashboard", B.addr("quesnel"),
                  [("Board", "board@" + C.ORG_DOMAIN)], "H1 dashboard", body, attachments=[att])


def e_teaching(c):
    case = c.choice([
        "A %d-year-old on oral estradiol 4 mg and cyproterone presents with a swollen left calf after a long flight. "
        "What is your approach?",
        "A %d-year-old non-binary person on testosterone asks about contraception. What options fit?",
        "A %d-year-old with a painless ulcer and RPR 1:128 reports a penicillin allergy (rash in childhood). Next steps?",
    ]) % c.randint(19, 58)
    body = ("Hi residents,\n\nCase for Thursday rounds (fictional, no identifiers):\n\n%s\n\nPlease read the clinic "
            "guideline section 3 beforehand.\n\nDr. Rachel Delisle" % case)
    return B.make("teaching_case", "en", "de-identified teaching case", B.addr("delisle"),
                  [("Residents", "residents@" + C.ORG_DOMAIN)], "Rounds case – Thursday", body)


def e_blank_form(c):
    blocks = ["Patient name: ___________________   Chosen name: ____________",
              "Health card no.: ____________________   Date of birth (YYYY-MM-DD): __________",
              "Procedure requested: [ ] chest  [ ] genital  [ ] facial  [ ] other ________",
              "Referring clinician: ____________________   Licence no.: ________",
              ("h", "Checklist"), "[ ] Mental health letter  [ ] Hormone history  [ ] Photo ID copy"]
    att = A.att_pdf("Surgical_referral_form_BLANK.pdf", "Surgical referral form", blocks)
    body = "Hello,\n\nAs requested, our blank surgical referral form (rev. 2025-01).\n\nBelvedere Admissions"
    return B.make("blank_form", "en", "blank surgical referral form", B.addr("belvedere"), [B.addr("castonguay")],
                  "Blank referral form", body, attachments=[att])


def e_template(c):
    body = ("Hi team,\n\nHere is the new SMS/e-mail template for result notifications. Please don't edit the tokens:\n\n"
            "  Hi {{preferred_name}}, your results from {{visit_date}} are ready. Please call {{clinic_phone}} and "
            "quote file {{chart_no}}. — Meridienne\n\nNo clinical details ever go in the message itself.\n\nKarim")
    return B.make("template", "en", "notification template with merge tokens", B.addr("belhadj"), [TEAM],
                  "Results notification template", body)


def e_shortage(c):
    drug = c.choice(["Bicillin L-A 2.4 MU", "Depo-Testosterone 100 mg/mL 10 mL vial", "Estradot 50 mcg",
                     "Doxycycline 100 mg capsules (some manufacturers)"])
    body = ("DRUG SHORTAGE NOTICE\n\nProduct: %s\nDIN: %s\nExpected resolution: %s\n\nPrescribers: consider alternatives "
            "listed in the attached bulletin.\n\nPharmacy Services" % (drug, N.din(c), C.fmt_date(c.future(c.now.date(), 20, 90), "long", "en")))
    return B.make("drug_shortage", "en", "drug shortage notice", B.addr("lindqvist"),
                  [("Prescribers", "prescribers@" + C.ORG_DOMAIN)], "Shortage: " + drug, body)


def e_recall(c):
    body = ("PRODUCT RECALL\n\nRapid syphilis test kits, lot numbers %s and %s (device serial range %s to %s).\n"
            "Reason: potential false-negative results. Stop use, quarantine, and return for credit.\n\nMedSupply East "
            "Quality Assurance (fictional)" % (N.lot(c), N.lot(c), N.luhn_serial(c.rng), N.luhn_serial(c.rng)))
    return B.make("recall", "en", "product recall notice", ("MedSupply QA", "qa@medsupply-east.example"),
                  [("Customers", "customers@medsupply-east.example")], "Recall – rapid syphilis tests", body)


def e_protocol(c):
    body = ("Hello,\n\nThe protocol 'Long-acting cabotegravir PrEP uptake among trans women' has been approved by the "
            "(fictional) REB. Design: mixed methods, n=120, recruitment from Q3. Eligibility: 18+, HIV-negative, "
            "interested in injectable PrEP. No participant information will be shared by e-mail.\n\nTariq Benali, MD, PI")
    return B.make("research_protocol", "en", "research protocol summary", ("Tariq Benali", "tbenali@univ-research.example"),
                  [B.addr("okafor")], "Protocol approved – CAB-LA study", body)


def e_birthdays(c):
    rows = [["Name", "Birthday"]]
    for g, s in c.rng.sample(N.NEG_STAFF, 5):
        rows.append(["%s %s" % (g, s), C.fmt_date(dt.date(c.randint(1970, 1999), c.now.month, c.randint(1, 28)), "long", "en")])
    text = "Hi all,\n\nThis month's staff birthdays — cake Friday at 3!\n\n" + B.table_text(rows) + "\n\nSocial committee"
    return B.make("staff_news", "en", "staff birthday list", ("Social committee", "social@" + C.ORG_DOMAIN), [ALL],
                  "Birthdays this month", text, html=B.paras_html("Hi all,\n\nThis month's staff birthdays — cake Friday at 3!")
                  + B.table_html(rows))


def e_meeting(c):
    start = dt.datetime.combine(c.future(c.now.date(), 3, 20), dt.time(8, 30))
    ics = A.att_ics("meeting.ics", uid="mtg-%d@%s" % (c.randint(1000, 9999), C.ORG_DOMAIN), start=start,
                    end=start + dt.timedelta(minutes=45), summary="Case review process – working group",
                    location="Teams", description="Working group on the case review process. Agenda to follow.",
                    organizer=("Rachel Delisle", B.addr("delisle")[1]), attendees=[("Clinical team", TEAM[1])])
    body = "Please accept the invite for the working group.\n\nRachel"
    return B.make("meeting_invite", "en", "staff meeting invitation", B.addr("delisle"), [TEAM], "Invitation: case review WG",
                  body, attachments=[ics])


def e_vcard(c):
    vcf = A.att_vcf("Grace_Sanderson.vcf", fn="Grace Sanderson", family="Sanderson", given="Grace",
                    tel="416-555-0172", email=B.addr("sanderson")[1], org="Northgate Benefits", title="Claims Specialist")
    body = "Hi Karim,\n\nMy contact card for your files; I'm now handling your clinic's group claims.\n\nGrace"
    return B.make("vendor_contact", "en", "insurer staff contact card", B.addr("sanderson"), [B.addr("belhadj")],
                  "Contact details", body, attachments=[vcf])


def e_forward_policy(c):
    when = c.now - dt.timedelta(days=c.randint(1, 5))
    inner = ("All,\n\nReminder of the policy: never put a patient's name, RAMQ number, health card number or date of "
             "birth in an e-mail subject line. Use the secure portal for results.\n\nDr. Rachel Delisle\nChief of service")
    body = ("FYI for the new staff.\n\nKarim\n" + B.fwd_block("en", "Rachel Delisle <%s>" % B.addr("delisle")[1],
                                                             "All staff", when, "E-mail policy reminder", inner))
    return B.make("forward", "en", "forwarded policy reminder", B.addr("belhadj"),
                  [(N.staff_name(c), "newstaff@" + C.ORG_DOMAIN)], "Fwd: E-mail policy reminder", body)


NEG_EN = [e_schedule, e_leave, e_payroll, e_occ_health, e_newsletter, e_committee, e_conference, e_job, e_invoice,
          e_po, e_inventory, e_it, e_facilities, e_stats, e_teaching, e_blank_form, e_template, e_shortage, e_recall,
          e_protocol, e_birthdays, e_meeting, e_vcard, e_forward_policy]
