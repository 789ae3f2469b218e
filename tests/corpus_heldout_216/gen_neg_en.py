"""Non-confidential (hard negative) messages written in English."""
import datetime

import gen_clinical as K
import gen_common as C
import gen_tpl as T


def roster(ctx):
    mgr = ctx.staff("manager")
    nurses = [ctx.staff("nurse") for _ in range(5)] + [ctx.staff("ips") for _ in range(2)]
    start = ctx.today + datetime.timedelta(days=(7 - ctx.today.weekday()) % 7)
    rows = [["Day", "PAC room 1", "PAC room 2", "Phone triage"]]
    for i in range(5):
        d = start + datetime.timedelta(days=i)
        rows.append([C.fmt_date(d, "day_en"), ctx.pick(nurses).full, ctx.pick(nurses).full, ctx.pick(nurses).full])
    text = (f"Hi team,\n\nNext week's PAC roster is below. {ctx.pick(nurses).given} is covering the anticoagulation "
            f"phone line Tuesday afternoon.\n\n{C.table_text(rows)}\n\n{ctx.sig(mgr, 'preop')}")
    html = C.text_to_html("Hi team,\n\nNext week's PAC roster is below.", extra_after=C.table_html(rows)
                          + "<pre>" + C.esc(ctx.sig(mgr, 'preop')) + "</pre>")
    T.mail(ctx, mgr, [T.shared_box(ctx, "pac.nursing", "PAC nursing", "PAC nursing")],
           ctx.pick(["PAC roster - next week", "Nursing schedule", "Roster update"]), text,
           html=html if ctx.chance(0.5) else None)
    return ctx.finish("schedule", "nursing roster")


def swap(ctx):
    a = ctx.staff("anes")
    b = ctx.staff("anes", exclude=(a,))
    d = T.appt(ctx, 7, 40).date()
    orig = (f"Hi {b.given},\n\nWould you take my call on {C.fmt_date(d, 'day_en')}? I can do your "
            f"{C.fmt_date(d + datetime.timedelta(days=14), 'day_en')} in exchange. My daughter's recital is that "
            f"night.\n\n{a.given}")
    text = ctx.pick(["Sure, done. I'll tell the office.", "Works for me - swap confirmed.",
                     "Can't that day, sorry - try Owen?"]) + f"\n\n{b.given}" + T.quoted_block(
        ctx, (a.full, a.email()), (b.full, b.email()), "call swap?", orig)
    T.reply_headers(ctx)
    T.mail(ctx, b, [a], "RE: call swap?", text)
    return ctx.finish("schedule", "call swap reply between physicians")


def payroll(ctx):
    hr = ctx.staff("hr")
    emp = ctx.staff(ctx.pick(["nurse", "clerk"]))
    text = (f"Hello {emp.given},\n\nWe have processed your direct-deposit change. The new account (ending in "
            f"{ctx.rng.randrange(100, 999)}) will be used from the pay of {C.fmt_date(T.appt(ctx).date(), 'long_en')}. "
            f"Your overtime for the March PAC blitz (11.5 h at 1.5x) is included.\n\nEmployee no. "
            f"{ctx.rng.randrange(100000, 999999)}\n\n{ctx.sig(hr, 'preop')}")
    T.mail(ctx, hr, [emp], ctx.pick(["Direct deposit change", "Pay - overtime and banking"]), text)
    return ctx.finish("payroll", "staff payroll confirmation")


def newsletter(ctx):
    comm = ctx.staff("coord")
    a, b, c = ctx.staff("algo"), ctx.staff("anes"), ctx.staff("psy")
    items = [("Welcome", f"{ctx.dr(a)} joins us from Ottawa with a special interest in pelvic pain and endometriosis."),
             ("Sleep apnea screening", f"{ctx.dr(b)} reminds everyone that STOP-BANG is now mandatory in PAC. "
              "Last quarter 27% of screened patients scored 5 or more."),
             ("New group", f"{c.honorific('en')} {c.full}, psychologist, is starting a CBT group for chronic low "
              "back pain."),
             ("By the numbers", "2,311 PAC visits this year; same-day cancellations down to 3.1%.")]
    html = ("<html><body><table width=\"600\" style=\"font-family:Arial\"><tr><td><h1 style=\"color:#005a8c\">"
            "Pain Matters</h1><p>Spring issue</p></td></tr>"
            + "".join(f"<tr><td><h3>{C.esc(x)}</h3><p>{C.esc(y)}</p></td></tr>" for x, y in items)
            + f"<tr><td style=\"font-size:8pt;color:#777\">{C.esc(C.ORG_EN)} &middot; {C.esc(C.HOSPITALS[0][2])} "
            f"&middot; 819-555-0100</td></tr></table></body></html>")
    T.mail(ctx, comm, [T.shared_box(ctx, "all.staff", "All staff", "All staff")],
           ctx.pick(["Pain Matters - spring issue", "Newsletter: Pain Matters", "Pain Matters #7"]),
           "\n\n".join(f"{x}\n{y}" for x, y in items), html=html)
    return ctx.finish("newsletter", "newsletter with staff and disease topics")


def minutes(ctx):
    chair = ctx.staff("manager")
    mem = [ctx.staff("anes"), ctx.staff("nurse"), ctx.staff("pharm")]
    text = (f"Quality & Patient Safety Committee - minutes\nPresent: {', '.join(ctx.dr(m) for m in mem)}, "
            f"{chair.full} (chair)\n\n1. Incident reports Q1: 14 (medication 6, falls 3, equipment 5). No sentinel "
            f"events.\n2. Opioid-related naloxone use on wards: 4 events, all after PCA initiation.\n3. PAC "
            f"cancellation audit: 42 of 1,108 (3.8%).\n4. Action: {mem[2].full} to update the PCA order set.\n\n"
            f"Next meeting: {C.fmt_date(T.appt(ctx, 20, 40).date(), 'long_en')}")
    T.mail(ctx, chair, mem, ctx.pick(["QPS minutes", "Minutes - Quality & Patient Safety", "Committee minutes"]), text)
    if ctx.chance(0.5):
        T.att_docx(ctx, "QPS_minutes.docx", [("h", "Quality & Patient Safety Committee"), text], author=chair.full)
    return ctx.finish("committee", "quality committee minutes with aggregate incidents")


def rounds(ctx):
    org = ctx.staff("coord")
    sp = ctx.staff(ctx.pick(["anes", "algo"]))
    topic = ctx.pick(["Perioperative management of obstructive sleep apnea",
                      "Buprenorphine around surgery: continue or stop?",
                      "Ketamine for refractory CRPS - the evidence in 2025",
                      "GLP-1 agonists and aspiration risk"])
    d = T.appt(ctx, 5, 25)
    text = (f"Grand Rounds - Department of Anaesthesia\n\nSpeaker: {ctx.dr(sp)}\nTopic: {topic}\nWhen: "
            f"{T.appt_str(ctx, d)}\nWhere: Auditorium A, {C.HOSPITALS[0][0]} and on Teams\n\n1 hour of Section 1 "
            f"credit. Lunch provided.\n\n{ctx.sig(org, 'preop')}")
    T.mail(ctx, org, [T.shared_box(ctx, "anaesthesia.all", "Anaesthesia dept.", "Anaesthesia dept.")],
           f"Grand Rounds: {topic}", text)
    if ctx.chance(0.5):
        T.att_ics(ctx, "grand_rounds.ics", d, 60, f"Grand Rounds: {topic}", f"Speaker: {ctx.dr(sp)}",
                  "Auditorium A", (org.full, org.email()))
    return ctx.finish("conference", "grand rounds announcement")


def job(ctx):
    hr = ctx.staff("hr")
    text = ("POSTING - Anaesthesiologist (pain medicine), full time\n\nThe Hautes-Rivières Health Network seeks an "
            "anaesthesiologist with fellowship training in chronic pain to join a group of 14. Duties include the "
            "chronic pain clinic (2 days/week), the pre-admission clinic and OR lists. Fluency in French required "
            "within 2 years.\n\nSend CV and three references to recruitment@" + C.DOMAIN + " before "
            + C.fmt_date(T.appt(ctx, 20, 40).date(), "long_en") + ".\n\n" + ctx.sig(hr, "preop"))
    T.mail(ctx, hr, [("CAS job board", "jobs@anesthesia-jobs.example")], "Job posting: anaesthesiologist (pain)", text)
    return ctx.finish("job_posting", "physician job posting")


def po(ctx):
    buyer = ctx.staff("buyer")
    mgr = ctx.staff("manager")
    rows = [["Line", "Part no.", "Description", "Qty", "Unit", "Total"]]
    for i, desc in enumerate(ctx.rng.sample(["Ultrasound gel 250 mL", "Stimuplex needle 22G 50 mm", "RF cannula 18G",
                                             "Epidural tray 18G", "Sterile probe cover", "Nerve block tray"], 4), 1):
        q = ctx.rng.randrange(2, 40)
        u = ctx.rng.randrange(3, 120)
        rows.append([i, f"{C.luhn_serial(ctx.rng, 8)}", desc, q, f"{u:.2f}", f"{q * u:.2f}"])
    po_no = f"PO-{ctx.rng.randrange(4500000000, 4599999999)}"
    text = (f"{T.hello(ctx, mgr)}\n\nPurchase order {po_no} for the pain clinic procedure room is ready for "
            f"approval (vendor no. {C.luhn_serial(ctx.rng, 9)}, cost centre 71240).\n\n{ctx.sig(buyer, 'pain', short=True)}")
    T.mail(ctx, buyer, [mgr], f"PO {po_no} - approval needed", text)
    T.att_xlsx(ctx, f"{po_no}.xlsx", [("PO", rows)], author=buyer.full)
    return ctx.finish("purchase_order", "purchase order with part and vendor numbers")


def it(ctx):
    tech = ctx.staff("it")
    subj, body = ctx.pick([
        ("New dictation system - go-live Monday", "The new speech-recognition dictation system goes live Monday. "
         "Training sessions are in room 1-210 at 12:00 daily. Old dictation numbers stop working Friday 17:00."),
        ("Scheduled maintenance: PAC tablets", "The PAC questionnaire tablets will be offline Wednesday 18:00-20:00 "
         "for an OS update. Please charge them overnight."),
        ("Reminder: do not forward work e-mail to personal accounts", "Automatic forwarding to external mailboxes "
         "is blocked from June 1. Contact the service desk for remote access options.")])
    T.mail(ctx, tech, [T.shared_box(ctx, "all.staff", "All staff", "All staff")], subj,
           f"Hello,\n\n{body}\n\nIT Service Desk, ext. 5555\nTicket portal: https://servicedesk.{C.DOMAIN}")
    return ctx.finish("it", "IT notice")


def fire(ctx):
    fm = ctx.staff("coord")
    d = T.appt(ctx, 2, 10)
    text = (f"A fire drill (code red) will take place on {T.appt_str(ctx, d)} in the outpatient wing (floors 1-3). "
            f"Patients in the pain clinic procedure room must not be moved unless instructed. Elevators will be "
            f"recalled for about 10 minutes.\n\nFacilities & Security\n{C.HOSPITALS[0][0]}, {C.HOSPITALS[0][2]}\n"
            f"819-555-0111")
    T.mail(ctx, fm, [T.shared_box(ctx, "hsa.all", "HSA - all staff", "HSA - all staff")],
           ctx.pick(["Fire drill - outpatient wing", "Code red drill"]), text)
    return ctx.finish("facilities", "fire drill notice")


def waitstats(ctx):
    coord = ctx.staff("coord")
    mgr = ctx.staff("manager")
    rows = [["priority", "waiting", "median_days", "p90_days", "over_target"]]
    for pr in ["P1", "P2", "P3", "P4", "P5"]:
        rows.append([pr, ctx.rng.randrange(5, 600), ctx.rng.randrange(5, 300), ctx.rng.randrange(30, 700),
                     ctx.rng.randrange(0, 200)])
    text = (f"{T.hello(ctx, mgr)}\n\nWait-list snapshot for the pain clinic as of {ctx.today.isoformat()} "
            f"(counts only, no identifiers):\n\n{C.table_text(rows)}\n\n{ctx.sig(coord, 'pain', short=True)}")
    T.mail(ctx, coord, [mgr], ctx.pick(["Wait list snapshot", "Wait times - monthly", "Waitlist numbers"]), text)
    if ctx.chance(0.5):
        T.att_csv(ctx, "waitlist_summary.csv", rows)
    return ctx.finish("statistics", "aggregate wait-list statistics")


def mm_case(ctx):
    anes = ctx.staff("anes")
    age = ctx.rng.randrange(40, 85)
    who = ctx.pick(['woman', 'man'])
    ctx.cur_sex = "F" if who == "woman" else "M"
    text = (f"M&M - Thursday 07:00 (case de-identified)\n\nA {age}-year-old {who} with "
            f"{ctx.pick(K.COMORB)[1]} on {ctx.pick(K.PREOP_MEDS)[1]} underwent {ctx.pick_sexed(K.PREOP_SURG)[1]}. "
            f"The PAC note recommended holding the drug, but the instruction was not received. Surgery was delayed "
            f"24 h.\n\nDiscussion points: communication of medication holds; who calls the patient; role of the "
            f"pharmacist.\n\n{ctx.dr(anes)}")
    T.mail(ctx, anes, [T.shared_box(ctx, "anaesthesia.all", "Anaesthesia dept.", "Anaesthesia dept.")],
           ctx.pick(["M&M case - Thursday", "Morbidity & mortality rounds", "M&M"]), text)
    return ctx.finish("teaching", "de-identified morbidity and mortality case")


def blank_pac(ctx):
    coord = ctx.staff("coord")
    blocks = [("h", "Pre-Admission Clinic - Health Questionnaire"),
              ("kv", [("Patient name:", "_________________"), ("Date of birth (YYYY-MM-DD):", "__________"),
                      ("RAMQ no.:", "____ ____ ____"), ("Home phone:", "___-___-____"), ("Surgery:", "_____________")]),
              "Do you snore loudly?  Yes / No", "Have you ever had a problem with anaesthesia?  Yes / No",
              "List all medications, including blood thinners and weight-loss injections:",
              "______________________________________________"]
    text = (f"Hello,\n\nAttached is the revised PAC questionnaire (v. 2025-03). Please print double-sided and "
            f"discard the old stock.\n\n{ctx.sig(coord, 'preop')}")
    T.mail(ctx, coord, [T.shared_box(ctx, "pac.nursing", "PAC nursing", "PAC nursing")],
           ctx.pick(["Revised PAC questionnaire", "New form - PAC questionnaire"]), text)
    if ctx.chance(0.5):
        T.att_pdf(ctx, "PAC_questionnaire_v2025-03.pdf", blocks)
    else:
        T.att_docx(ctx, "PAC questionnaire (blank).docx", blocks, author=coord.full)
    return ctx.finish("blank_form", "blank pre-admission questionnaire")


def leaflet(ctx):
    nurse = ctx.staff("nurse")
    text = ("Preparing for your surgery - patient information (draft for review)\n\n"
            "- Do not eat solid food after midnight. Clear fluids are allowed until 2 hours before arrival.\n"
            "- Blood thinners such as apixaban (Eliquis) or rivaroxaban (Xarelto) are usually stopped 2-3 days "
            "before surgery. Follow the instructions given to you by the clinic.\n"
            "- Weight-loss injections such as semaglutide (Ozempic) must be stopped one week before.\n"
            "- Bring your CPAP machine if you use one.\n\nQuestions: 819-555-0163, Monday to Friday 8:00-16:00.\n\n"
            + ctx.sig(nurse, "preop"))
    T.mail(ctx, nurse, [ctx.staff("manager")], ctx.pick(["Patient leaflet draft", "Draft - pre-op instructions"]), text)
    return ctx.finish("education", "generic patient instruction leaflet draft")


def protocol(ctx):
    pi = ctx.staff("algo")
    co = ctx.staff("anes")
    text = (f"Dear colleagues,\n\nThe research ethics board approved our protocol 'KETA-CRPS: low-dose ketamine "
            f"versus lidocaine infusion for CRPS type 1, a randomised pilot' (REB 2025-{ctx.rng.randrange(100, 999)}).\n\n"
            f"Inclusion: adults 18-75 with CRPS (Budapest criteria) > 6 months. Exclusion: psychosis, uncontrolled "
            f"hypertension, pregnancy. Target: 40 participants over 18 months.\n\nPlease refer potential participants "
            f"to the research nurse; do not send identifying information by e-mail.\n\n{ctx.dr(pi)} (PI), "
            f"{ctx.dr(co)} (co-investigator)")
    T.mail(ctx, pi, [T.shared_box(ctx, "pain.team", "Pain team", "Pain team")],
           ctx.pick(["Study approved: KETA-CRPS", "New study - recruitment open"]), text)
    return ctx.finish("research", "research protocol announcement without participants")


def certs(ctx):
    edu = ctx.staff("coord")
    mgr = ctx.staff("manager")
    rows = [["Employee", "Emp. no.", "BLS expiry", "ACLS expiry"]]
    for _ in range(ctx.rng.randrange(5, 9)):
        s = ctx.staff(ctx.pick(["nurse", "ips", "anes"]))
        rows.append([s.full, str(ctx.rng.randrange(100000, 999999)),
                     (ctx.today + datetime.timedelta(days=ctx.rng.randrange(-30, 400))).isoformat(),
                     (ctx.today + datetime.timedelta(days=ctx.rng.randrange(-30, 600))).isoformat()])
    text = (f"{T.hello(ctx, mgr)}\n\nCertification tracking for the PAC and procedure room staff. Red = expired.\n\n"
            f"{ctx.sig(edu, 'preop', short=True)}")
    T.mail(ctx, edu, [mgr], ctx.pick(["BLS/ACLS tracking", "Certifications due"]), text)
    T.att_xlsx(ctx, "certifications.xlsx", [("Certs", rows)], author=edu.full)
    return ctx.finish("hr", "staff certification tracking")


def farewell(ctx):
    coord = ctx.staff("coord")
    ret = ctx.staff(ctx.pick(["nurse", "algo", "clerk"]))
    text = (f"Hi everyone,\n\nAfter 31 years, {ctx.dr(ret) if ret.role == 'algo' else ret.full} is retiring! "
            f"Join us for cake on Friday at 15:00 in the PAC lounge. {ret.given} was born on "
            f"{C.fmt_date(datetime.date(1960, ctx.rng.randrange(1, 13), ctx.rng.randrange(1, 28)), 'long_en')} and "
            f"started here as a night nurse - bring your best stories.\n\n{coord.given}")
    T.mail(ctx, coord, [T.shared_box(ctx, "pac.team", "PAC team", "PAC team")],
           ctx.pick(["Retirement party!", "Farewell cake Friday"]), text)
    return ctx.finish("social", "staff retirement announcement")


def who_sees(ctx):
    coord = ctx.staff("coord")
    docs = [ctx.staff("algo") for _ in range(4)]
    areas = ["trigeminal neuralgia and facial pain", "CRPS and neuropathic pain", "pelvic pain and endometriosis",
             "spine procedures (RFA, epidurals)", "cancer-related pain", "opioid tapering and buprenorphine rotation"]
    lines = [f"- {ctx.dr(d)}: {a}" for d, a in zip(docs, ctx.rng.sample(areas, 4))]
    text = (f"Hello,\n\nFamily physicians regularly ask who sees what in our clinic. Current areas of interest:\n\n"
            + "\n".join(lines) + f"\n\nReferrals go through the central intake form only.\n\n{ctx.sig(coord, 'pain')}")
    T.mail(ctx, coord, [T.shared_box(ctx, "partner.clinics", "Partner clinics", "Partner clinics")],
           ctx.pick(["Who sees what - pain clinic", "Physician areas of interest"]), text)
    return ctx.finish("referral_guide", "physicians listed with the conditions they treat")


def expense(ctx):
    fin = ctx.staff("hr")
    emp = ctx.staff(ctx.pick(["anes", "nurse"]))
    text = (f"Hi {emp.given},\n\nYour expense claim for the Canadian pain conference (Halifax) was approved: "
            f"registration 695.00, hotel 3 nights 684.27, airfare 512.10. Reimbursement on the next pay. Please keep "
            f"original receipts for 6 years.\n\nClaim no. EXP-{ctx.rng.randrange(10000, 99999)}\n\n{ctx.sig(fin, 'preop')}")
    T.mail(ctx, fin, [emp], ctx.pick(["Expense claim approved", "Conference reimbursement"]), text)
    return ctx.finish("finance", "staff expense claim approval")


def vendor_demo(ctx):
    rep = ("NeuroTek Canada", "events@neurotek-canada.example")
    mgr = ctx.staff("manager")
    d = T.appt(ctx, 7, 30)
    text = (f"Dear {mgr.given},\n\nThank you for agreeing to a demonstration of the new 16-contact SCS system for "
            f"the pain team on {T.appt_str(ctx, d)}. Our clinical specialist will bring the programmer (serial "
            f"{C.luhn_serial(ctx.rng, 12)}) and demo leads. A calendar invitation is attached.\n\nBest regards,\n"
            f"NeuroTek Canada - Eastern Region\n1-800-555-0188")
    T.mail(ctx, rep, [mgr], "SCS system demonstration", text)
    T.att_ics(ctx, "demo.ics", d, 60, "NeuroTek SCS demo - pain team", "Product demonstration, no patients.",
              "Conference room 2-210", rep, [(mgr.full, mgr.email())])
    return ctx.finish("vendor", "vendor demo invitation with device serial")


TEMPLATES = [
    (roster, 4), (swap, 4), (payroll, 4), (newsletter, 4), (minutes, 4), (rounds, 4), (job, 4), (po, 4), (it, 4),
    (fire, 3), (waitstats, 5), (mm_case, 4), (blank_pac, 4), (leaflet, 4), (protocol, 4), (certs, 4),
    (farewell, 3), (who_sees, 4), (expense, 4), (vendor_demo, 3),
]
