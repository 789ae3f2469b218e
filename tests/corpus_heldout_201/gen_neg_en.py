"""Negative (non-confidential, hard) templates, English."""
import datetime

import gen_attach as A
import gen_mime
from gen_common import DOM, DOM_CISSS, DOM_VENDOR, ORG_EN, UNITS_EN, fmt_date, short_day
from gen_helpers import addr, fwd_hdr, greet, group, intro_line, mk, quote, sig, thanks
from gen_neg_fr import luhn_serial

L = "en"


def oncall_roster(ctx):
    sec = ctx.staff("F")
    docs = ["Dr. Sylvie Hébert (geriatrics)", "Dr. Karim Haddad (internal medicine)", "Dr. Marie-Ève Proulx (palliative care)",
            "Dr. Olivier Massicotte (family medicine)", "Dr. Linh Nguyen (family medicine)", "Dr. Brian Campbell (psychiatry of old age)"]
    start = ctx.date().date()
    rows = [["Date", "Physician on call", "Backup"]]
    for i in range(7):
        a, b = ctx.rng.sample(docs, 2)
        rows.append([(start + datetime.timedelta(days=i)).isoformat(), a, b.split(" (")[0]])
    body = [greet(ctx, L, "all"), "On-call roster for the LTC for the week of %s:" % fmt_date(ctx, start, L, "mdy_long"),
            {"table": rows, "style": ctx.pick(["pad", "pipe", "tab"])},
            "Switchboard: %s. Please page the backup if no answer within 15 minutes." % ctx.phone("450"),
            sig(ctx, sec, L, "Medical Secretary", unit=False)]
    return mk(ctx, L, "oncall_roster", addr(sec), [group("Nursing stations", "stations")],
              ctx.pick(["On-call roster", "MD on call this week", "Physician coverage"]), body, note="physician on-call roster")


def overtime(ctx):
    mgr = ctx.staff()
    emp = ctx.staff("F")
    body = [greet(ctx, L, emp.giv),
            "Your overtime for pay period %d (%d.5 h, double time on the statutory holiday) has been approved and will be paid on %s."
            % (ctx.num(1, 26), ctx.num(4, 20), fmt_date(ctx, ctx.date().date(), L, "mdy_long")),
            "Employee no. %d – cost centre %d." % (ctx.num(100000, 999999), ctx.num(6000, 7999))]
    if ctx.chance(0.5):
        body.append(quote(intro_line(ctx, L, emp.full, ctx.date()),
                          ["Hi, I worked a double on Dec 25 and Jan 1, can you confirm it was entered? Thanks", emp.giv]))
    body += [thanks(ctx, L), sig(ctx, mgr, L, "Nurse Manager")]
    return mk(ctx, L, "payroll", addr(mgr), [addr(emp)], ctx.pick(["RE: overtime", "Overtime approved", "Pay period question"]),
              body, note="overtime approval for an employee", reply=True)


def staff_health(ctx):
    ohn = ctx.staff("F")
    emp = ctx.staff()
    body = [greet(ctx, L, "%s %s" % (emp.t_en(), emp.sur)),
            ctx.pick(["Our records show your TB skin test from hiring is missing. Please book with Employee Health before the end of the month.",
                      "Following your back injury at work, the physiotherapist recommends modified duties (no lifting > 10 kg) for 3 weeks. "
                      "Your manager has been informed of the restrictions only, not the diagnosis.",
                      "Thank you for getting your flu shot. Staff vaccination rate is now 71%; the unit with the highest rate wins a pizza lunch."]),
            sig(ctx, ohn, L, "Employee Health Nurse", unit=False)]
    return mk(ctx, L, "employee_health", addr(ohn, DOM_CISSS), [addr(emp)],
              ctx.pick(["Employee Health", "Modified duties", "Your immunization record"]), body,
              note="employee occupational health message")


def newsletter(ctx):
    com = ctx.staff("F")
    md = ctx.physician()
    s1, s2 = ctx.staff("F"), ctx.staff()
    body = ["QUATRE-VENTS NEWS – %s edition" % ctx.pick(["Fall", "Winter", "Spring", "Summer"]),
            "Welcome %s %s, who joins us as attending physician. %s special interests include Parkinson's disease and "
            "palliative care." % (md.t_en, md.full, "Her" if md.sex == "F" else "His"),
            "Congratulations to %s %s (2 West) on completing the wound-care certificate, and to %s %s, our new recreation "
            "coordinator." % (s1.t_en(), s1.full, s2.t_en(), s2.full),
            "Family Caregiver Week: information session on dementia and grief, Thursday 2 pm in the chapel.",
            "Did you know? Last quarter we reduced antipsychotic use by 18% across the home.",
            sig(ctx, com, L, "Communications", unit=False)]
    return mk(ctx, L, "newsletter", addr(com, DOM_CISSS), [group("All staff", "allstaff")],
              ctx.pick(["Quatre-Vents News", "Newsletter – " + short_day(ctx.date(), L)]), body, note="staff newsletter",
              mode=ctx.pick(["html", "alt"]))


def committee(ctx):
    sec = ctx.staff("F")
    chair = ctx.staff()
    name = ctx.pick(["Quality & Risk Committee", "Residents' Committee", "Infection Control Committee", "Pharmacy & Therapeutics"])
    start = ctx.date().replace(tzinfo=None, minute=0, second=0) + datetime.timedelta(days=ctx.num(3, 20))
    body = [greet(ctx, L, "committee members"),
            "The next meeting of the %s is on %s at %s, boardroom and Teams. Chair: %s %s." % (
                name, fmt_date(ctx, start.date(), L, "mdy_long"), start.strftime("%H:%M"), chair.t_en(), chair.full),
            "Agenda:\n1. Minutes\n2. Falls dashboard (Q%d rate %.1f per 1000 resident-days)\n3. Dr. Nguyen – antipsychotic "
            "deprescribing results\n4. Outbreak season preparedness\n5. Other business" % (ctx.num(1, 4), ctx.num(30, 90) / 10),
            sig(ctx, sec, L, "Committee Secretary", unit=False)]
    atts = []
    if ctx.chance(0.6):
        atts.append(A.ics("meeting.ics", "%08x@%s" % (ctx.rng.getrandbits(32), DOM), start, start + datetime.timedelta(hours=1, minutes=30),
                          name, "Boardroom", "Agenda attached.", (sec.full, sec.email()), datetime.datetime(2024, 9, 15, 9, 0, 0)))
    return mk(ctx, L, "committee", addr(sec), [group(name, "committee")], "Meeting notice – " + name, body,
              note="committee meeting notice", atts=atts)


def conference(ctx):
    org = ctx.staff()
    talks = ["Dr. Sylvie Hébert – Delirium in long-term care: prevention bundles",
             "Dr. Karim Haddad – Heart failure at the end of life", "Ms. Hélène Cormier, RN – Pressure injury prevention",
             "Dr. Brian Campbell – Managing BPSD without antipsychotics", "Ms. Priya Patel, Pharm.D. – Deprescribing in frailty",
             "Mr. Ahmed Haddad, PT – Fall prevention and hip protectors"]
    prog = ctx.rng.sample(talks, 4)
    body = [greet(ctx, L), "Registration is open for the Regional Long-Term Care Conference (%s)." % fmt_date(ctx, ctx.date().date(), L, "mdy_long"),
            "Programme:\n" + "\n".join("- " + t for t in prog), "Fee $95, lunch included. 6 CE hours.", sig(ctx, org, L, "Education Coordinator", unit=False)]
    atts = [A.pdf("conference_programme.pdf", "Regional LTC Conference – Programme", prog)] if ctx.chance(0.5) else []
    return mk(ctx, L, "conference", addr(org, DOM_CISSS), [group("Clinical staff", "clinical", DOM_CISSS)],
              ctx.pick(["LTC conference – programme", "Conference registration open"]), body, note="conference programme", atts=atts)


def job_posting(ctx):
    rh = ctx.staff("F")
    job = ctx.pick(["Patient Care Attendant (PAB)", "Licensed Practical Nurse", "Registered Dietitian", "Recreation Technician",
                    "Night Assistant Head Nurse"])
    body = ["JOB POSTING #%d-%03d – %s" % (ctx.num(2024, 2025), ctx.num(1, 400), job),
            "%s is hiring! Permanent %s position on our %s." % (ORG_EN, ctx.pick(["full-time", "part-time"]), ctx.pick(UNITS_EN)),
            "Requirements: bilingual French/English; experience with residents living with dementia an asset.",
            "Apply before %s: careers@%s" % (short_day(ctx.date(), L), DOM_CISSS), sig(ctx, rh, L, "Talent Acquisition", unit=False)]
    return mk(ctx, L, "job_posting", addr(rh, DOM_CISSS), [group("Job postings", "postings", DOM_CISSS)], "Job posting – " + job, body,
              note="job posting", mode=ctx.pick([None, "html"]))


def purchase_order(ctx):
    buyer = ctx.staff("F")
    v = ctx.pick(DOM_VENDOR)
    po = "PO-%d" % ctx.num(400000, 499999)
    rows = [["Item", "Catalogue #", "Qty", "Unit price"],
            ["Hip protectors, size L", "HP-%d" % ctx.num(100, 999), ctx.num(5, 40), "$%d.%02d" % (ctx.num(20, 80), ctx.num(0, 99))],
            ["Bed alarm pad", "BA-%s" % luhn_serial(ctx, 9), ctx.num(2, 12), "$%d.%02d" % (ctx.num(60, 200), ctx.num(0, 99))],
            ["Thickened water 1L", "TW-%d" % ctx.num(1000, 9999), ctx.num(20, 100), "$%d.%02d" % (ctx.num(2, 9), ctx.num(0, 99))]]
    body = [greet(ctx, L), "Please find purchase order %s below. Ship to: %s, receiving dock B." % (po, ORG_EN),
            {"table": rows, "style": ctx.pick(["pad", "pipe"])}, "Invoice to accounts payable, quoting the PO number.",
            sig(ctx, buyer, L, "Procurement Officer", unit=False)]
    atts = [A.xlsx(po + ".xlsx", [("PO", rows)])] if ctx.chance(0.4) else []
    return mk(ctx, L, "purchase_order", addr(buyer, DOM_CISSS), [("Orders", "orders@" + v)], "Purchase order " + po, body,
              note="purchase order to a supplier", atts=atts)


def it_notice(ctx):
    tech = ctx.staff()
    text, subj = ctx.pick([
        ("PHISHING ALERT: an e-mail titled 'Your payroll account is suspended' is circulating. Do not click the link.",
         "[IT] Phishing alert"),
        ("The eMAR will be unavailable Sunday 01:00-03:00 for an upgrade. Print backup MARs before midnight.", "[IT] eMAR maintenance"),
        ("New Wi-Fi for residents' families: SSID QV-Familles, password at the front desk.", "[IT] New family Wi-Fi"),
        ("Tablet %s (serial %s) assigned to 3 North has been reimaged." % (luhn_serial(ctx, 9), luhn_serial(ctx, 10)),
         "[IT] Tablet reimaged")])
    body = [greet(ctx, L, "all"), text, "Ticket INC%07d" % ctx.num(0, 9999999),
            "IT Service Desk – %s\n%s" % (ORG_EN, ctx.phone("450"))]
    return mk(ctx, L, "it", addr(tech, DOM_CISSS), [group("All users", "users")], subj, body, note="IT notice")


def facilities(ctx):
    tech = ctx.staff("M")
    text, subj = ctx.pick([
        ("The fire alarm system will be tested Wednesday 9-11 am. Please do not evacuate residents unless told so.",
         "Fire alarm test Wednesday"),
        ("Elevator 1 (serial %s) is out of service until the part arrives." % luhn_serial(ctx, 10), "Elevator out of service"),
        ("Hot water will be shut off on 2 West Thursday 1-3 pm for valve replacement.", "Planned shutdown – hot water 2 West"),
        ("The ceiling lift in the tub room on 1 East failed its annual inspection and is tagged out.", "Ceiling lift tagged out")])
    body = [greet(ctx, L), text, "Asset tag: %s" % luhn_serial(ctx, 9), "Facilities Management\n%s" % ctx.phone("450")]
    return mk(ctx, L, "facilities", addr(tech, DOM_CISSS), [group("All staff", "allstaff")], subj, body,
              note="facilities notice")


def outbreak(ctx):
    icp = ctx.staff("F")
    bug = ctx.pick(["influenza A", "COVID-19", "norovirus (suspected)", "RSV"])
    body = [greet(ctx, L),
            "An outbreak of %s has been declared on %s: %d residents and %d staff members symptomatic since %s." % (
                bug, ctx.pick(UNITS_EN), ctx.num(3, 9), ctx.num(1, 4), short_day(ctx.date(), L)),
            "Measures: droplet/contact precautions for the whole unit, no group activities, visits limited to one designated "
            "caregiver. Antiviral prophylaxis per public health for asymptomatic residents.",
            sig(ctx, icp, L, "IPAC Lead", unit=False)]
    return mk(ctx, L, "outbreak", addr(icp, DOM_CISSS), [group("All staff", "allstaff"), group("Family committee", "families.committee")],
              "Outbreak declared – " + bug, body, note="aggregate outbreak notice")


def teaching_case(ctx):
    ed = ctx.staff("F")
    body = [greet(ctx, L, "learners"),
            "Case for Friday's rounds (fictional composite, no identifiers):",
            "An %d-year-old man with Parkinson's disease and mild cognitive impairment has had 3 falls in 2 weeks. Meds include "
            "levodopa-carbidopa, tamsulosin and zopiclone. Orthostatic BP drop of 30 mmHg. What would you deprescribe first?" % ctx.num(78, 94),
            "Bring your answers; we will discuss the STOPP/START criteria.", sig(ctx, ed, L, "Clinical Nurse Educator", unit=False)]
    return mk(ctx, L, "teaching", addr(ed, DOM_CISSS), [group("Students", "students")],
              ctx.pick(["Case for rounds", "Teaching case – falls", "Friday case"]), body, note="de-identified teaching case")


def merge_template(ctx):
    adm = ctx.staff("F")
    body = [greet(ctx, L),
            "Template for the annual care-conference invitation (mail merge):",
            "Dear {{family_contact_name}},\n\nThe annual care conference for {{resident_first_name}} {{resident_last_name}} "
            "(room {{room}}) will take place on {{date}} at {{time}}.\nPlease call {{unit_phone}} to confirm.",
            "Fields come from the admission database export.", sig(ctx, adm, L, "Administrative Assistant", unit=False)]
    atts = [A.docx("care_conference_template.docx", "Care conference invitation – template",
                   ["Dear «FamilyName»,", "The annual care conference for «ResidentName» (room «Room») will take place on «Date».",
                    "Health card no.: «RAMQ» – please bring the card."])] if ctx.chance(0.5) else []
    return mk(ctx, L, "template", addr(adm), [group("Unit clerks", "clerks")], "Mail merge template – care conference", body,
              note="mail-merge template", atts=atts)


def research(ctx):
    pi = ctx.physician()
    body = [greet(ctx, L),
            "The Research Ethics Board has approved the protocol 'Structured deprescribing of antipsychotics in LTC residents with "
            "dementia' (REB #%d-%03d)." % (ctx.num(2024, 2025), ctx.num(1, 300)),
            "Inclusion: age 65+, on an antipsychotic > 3 months, stable BPSD. Exclusion: schizophrenia, bipolar disorder. "
            "Target: 120 residents across 6 sites. Recruitment starts next month; no participants have been enrolled.",
            "%s %s, principal investigator" % (pi.t_en, pi.full)]
    atts = [A.pdf("protocol_summary.pdf", "Protocol summary – deprescribing study", [body[1], body[2]])] if ctx.chance(0.5) else []
    return mk(ctx, L, "research", addr(pi, DOM_CISSS, pi.t_en), [group("Unit managers", "managers")],
              ctx.pick(["REB approval – deprescribing study", "Research protocol"]), body, note="research protocol without participants",
              atts=atts)


def menu(ctx):
    chef = ctx.staff()
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    rows = [["Day", "Lunch", "Minced/puréed", "Diabetic dessert"]]
    mains = ["shepherd's pie", "baked salmon", "chicken stew", "pea soup and ham", "macaroni and cheese", "meat loaf", "tourtière"]
    for d in days:
        rows.append([d, ctx.pick(mains), "available", ctx.pick(["sugar-free jello", "fresh fruit", "plain yogurt"])])
    body = [greet(ctx, L), "Next week's menu is below. Puréed and minced textures and thickened fluids are available for all meals.",
            {"table": rows, "style": ctx.pick(["pad", "pipe", "tab"])}, sig(ctx, chef, L, "Food Services Supervisor", unit=False)]
    return mk(ctx, L, "menu", addr(chef), [group("All units", "units")], "Menu – week of " + short_day(ctx.date(), L), body,
              note="weekly menu", mode=ctx.pick([None, "html", "alt"]))


def recreation_calendar(ctx):
    tech = ctx.staff("F")
    acts = ["bingo", "pet therapy", "Mass", "music with the volunteer choir", "baking club", "Wii bowling", "movie afternoon"]
    rows = [["Day", "10:00", "14:00"]] + [[d, ctx.pick(acts), ctx.pick(acts)] for d in ["Mon", "Tue", "Wed", "Thu", "Fri"]]
    start = ctx.date().replace(tzinfo=None, hour=14, minute=0, second=0)
    body = [greet(ctx, L), "Recreation calendar for next week:", {"table": rows, "style": ctx.pick(["pad", "pipe"])},
            "The special show is Friday – invite attached.", sig(ctx, tech, L, "Recreation Technician", unit=False)]
    atts = [A.ics("show.ics", "%08x@%s" % (ctx.rng.getrandbits(32), DOM), start, start + datetime.timedelta(hours=1),
                  "Special show – accordion", "Main hall", "Open to all residents and families.", (tech.full, tech.email()),
                  datetime.datetime(2024, 10, 20, 9, 0, 0))]
    return mk(ctx, L, "recreation", addr(tech), [group("All units", "units")], "Recreation calendar", body,
              note="recreation calendar", atts=atts)


def misc_attach(ctx):
    """vCard of a supplier or physician office, zip of policies, or a forwarded meeting notice."""
    who = ctx.staff()
    kind = ctx.pick(["vcf", "zip", "eml"])
    if kind == "vcf":
        rep = ctx.staff()
        att = A.vcard("%s %s.vcf" % (rep.giv, rep.sur), rep.full, rep.sur, rep.giv, org="MédiFournitures inc.",
                      tel=[("WORK", ctx.phone("514")), ("CELL", ctx.phone("514"))], email=rep.email("medifournitures.example"),
                      note="Sales representative – incontinence and wound care products")
        body = [greet(ctx, L), "Here is the contact for our new supplier rep (wound care products).", who.giv]
        subj, note = "Supplier contact", "vCard of a supplier representative"
    elif kind == "zip":
        members = [A.pdf("falls_prevention_policy.pdf", "Policy – falls prevention", ["Scope: all units", "Review date: 2026"]),
                   A.docx("restraints_procedure.docx", "Procedure – least restraint", ["Applies to all staff."]),
                   A.csv_att("training_completion.csv", [["Unit", "Completed %"]] + [[u, ctx.num(50, 100)] for u in UNITS_EN])]
        att = A.zip_att("policies_2025.zip", members)
        body = [greet(ctx, L), "Updated policies for the accreditation visit are in the zip. Please read and sign the attestation.",
                sig(ctx, who, L, "Quality Advisor", unit=False)]
        subj, note = "Policies for accreditation", "zipped policy documents"
    else:
        orig_sender = ctx.staff("F")
        inner = mk(ctx, L, "inner", addr(orig_sender, DOM_CISSS), [group("Managers", "managers")], "Budget meeting moved",
                   [greet(ctx, L), "The budget meeting is moved to Thursday 1 pm, room 3.12.", orig_sender.giv])
        att = A.eml_att("Budget meeting moved.eml", gen_mime.build(ctx, inner, eol="\n", mode="plain"))
        body = [greet(ctx, L), "FYI – see attached.", who.giv]
        subj, note = "Fwd: Budget meeting moved", "forwarded meeting notice as attached e-mail"
    return mk(ctx, L, "attachment_misc", addr(who), [group("Managers", "managers")], subj, body, note=note, atts=[att])


def birthday(ctx):
    a = ctx.staff("F")
    c = ctx.staff()
    sender = ctx.staff()
    d = datetime.date(ctx.num(1965, 1995), ctx.num(1, 12), ctx.num(1, 28))
    body = [greet(ctx, L, "team"),
            ctx.pick(["It's %s's birthday on Friday (born %s – no, we won't say the age!). Cake in the staff room at 3 pm." % (
                c.full, fmt_date(ctx, d, L, "mdy_long")),
                      "%s %s had her baby girl on %s, 3.4 kg, both doing great after a long labour!" % (
                          a.t_en(), a.full, fmt_date(ctx, ctx.date().date(), L))]),
            "Card is at the 2 East desk.", sender.giv]
    return mk(ctx, L, "staff_social", addr(sender), [group("2 East team", "team.2east")], ctx.pick(["Cake!", "Good news", "Birthday card"]),
              body, note="social news among staff")
