"""Non-confidential (hard negative) messages, English."""
import datetime

import gen_common as C
import gen_people as P
from gen_build import Draft
from gen_tpl import pair, sign, hello, thanks, fdate, letterhead, ext_pair

L = "en"
DISEASES = ["breast cancer", "ALS", "heart failure", "dementia", "COPD", "leukemia", "Parkinson's disease",
            "kidney failure", "perinatal loss", "psychosis"]
SPECIALTIES = [("Oncologist", "pancreatic cancer and hope"), ("Neurologist", "ALS and advance care planning"),
               ("Nephrologist", "dialysis withdrawal in the elderly"), ("Geriatrician", "advanced dementia"),
               ("Respirologist", "end-stage COPD"), ("Psychiatrist", "assessing capacity to consent"),
               ("Hematologist", "acute leukemia in young adults"), ("Intensivist", "withdrawing life support in the ICU")]


def ne_oncall(ctx):
    d = Draft(ctx, L, False, "schedule", "chaplaincy on-call schedule")
    r = d.rng
    coord = ctx.staff(L, "ssp")
    team = [ctx.staff(L, "ssp") for _ in range(r.randrange(3, 6))]
    start = d.when.date() + datetime.timedelta(days=(7 - d.when.weekday()))
    rows = [[fdate(d, start + datetime.timedelta(days=i), "iso"), C.DAYS[(start + datetime.timedelta(days=i)).weekday()],
             team[i % len(team)].full, "pager %d" % r.randrange(4000, 4999)] for i in range(r.choice([7, 14]))]
    head = ["Date", "Day", "Chaplain on call", "Pager"]
    d.frm, d.to = pair(coord), [pair(t) for t in team]
    d.subject = r.choice(["On-call schedule", "Chaplaincy on-call - next two weeks", "Revised on-call (v3)"])
    d.body = [("p", hello(d)), ("p", "Here is the on-call rotation. Swaps must be approved by Thursday noon.")]
    k = r.randrange(3)
    if k == 0:
        d.body.append(("table", head, rows))
    elif k == 1:
        d.attach_xlsx("oncall_%s.xlsx" % fdate(d, start, "iso"), [("On-call", [head] + rows)], coord.full)
    else:
        d.attach_csv("oncall.csv", [head] + rows)
    d.body.append(sign(d, coord))
    return d


def ne_newsletter(ctx):
    d = Draft(ctx, L, False, "newsletter", "spiritual care newsletter")
    r = d.rng
    coord = ctx.staff(L, "ssp")
    ch = ctx.staff(L, "ssp")
    dr = ctx.staff(L, "pal", dr=True)
    spec, topic = r.choice(SPECIALTIES)
    d.frm = pair(coord)
    d.to = [("All staff - %s" % coord.site[2], "allstaff.%s@%s" % (coord.site[0].lower(), C.DOM))]
    d.subject = "Spiritual Care News - %s %d" % (C.MONTHS[d.when.month - 1], d.when.year)
    d.force_mode = r.choice(["html", "alt", "html"])
    d.body = [("h", "Spiritual Care News"),
              ("h", "Meet our team"),
              ("p", "Rev. %s joined us in September after twelve years as a hospice chaplain. %s has a special interest "
                    "in supporting families facing %s." % (ch.full, "She" if ch.given in P.FEMALE_GIVEN else "He",
                                                          r.choice(DISEASES))),
              ("h", "Lunch & Learn"),
              ("p", "%s (%s) will speak on \"%s\" on %s at noon in the Osler Room." % (
                  dr.display, spec, topic, fdate(d, d.when + datetime.timedelta(days=r.randrange(5, 25))))),
              ("h", "By the numbers"),
              ("p", "Last quarter: %d visits, %d end-of-life rituals, %d memorial services." % (
                  r.randrange(800, 2500), r.randrange(30, 150), r.randrange(2, 9))),
              ("h", "Reminder"),
              ("p", "The multifaith prayer room (2nd floor, B wing) is open 24/7. Prayer mats and texts are at the front desk."),
              sign(d, coord)]
    return d


def ne_committee(ctx):
    d = Draft(ctx, L, False, "committee_notice", "clinical ethics committee meeting notice")
    r = d.rng
    chair = ctx.staff(L, "eth")
    mem = [ctx.staff(L, r.choice(["eth", "pal", "ssp", "ts"])) for _ in range(5)]
    dr = ctx.staff(L, "pal", dr=True)
    when = (d.when + datetime.timedelta(days=r.randrange(7, 21))).replace(hour=12, minute=0, second=0)
    d.frm, d.to = pair(chair), [pair(m) for m in mem]
    d.subject = "Clinical Ethics Committee - %s" % fdate(d, when, "long")
    d.body = [("p", hello(d)),
              ("p", "The next meeting of the Clinical Ethics Committee is on %s, 12:00-13:30, Board Room and Teams." % fdate(d, when, "long")),
              ("p", "Agenda:\n1. Approval of minutes\n2. De-identified case review: refusal of dialysis (presented by %s)\n"
                    "3. Level-of-intervention policy, 2025 revision\n4. Consult activity report (%d requests)\n5. Other business"
                    % (dr.display, r.randrange(6, 35))),
              ("p", "Please welcome Mr. %s, patient partner, and Ms. %s, who joins from the Users' Committee." % (
                  r.choice(C.STAFF_SUR_EN), r.choice(C.STAFF_SUR_FR))),
              sign(d, chair)]
    if r.random() < 0.5:
        d.attach_ics("CEC_meeting.ics", uid="%08x@%s" % (r.getrandbits(32), C.DOM), start=when,
                     end=when + datetime.timedelta(minutes=90), summary="Clinical Ethics Committee",
                     description="Agenda sent by e-mail.", location="Board Room / Teams",
                     organizer=(chair.full, chair.email), attendees=[(m.full, m.email) for m in mem])
    return d


def ne_conference(ctx):
    d = Draft(ctx, L, False, "conference", "conference programme with speakers and topics")
    r = d.rng
    org = ctx.staff(L, "eth")
    rows = []
    t = datetime.datetime(2025, 5, 15, 8, 30)
    for _ in range(r.randrange(4, 7)):
        s = ctx.staff(L, "pal", dr=True)
        spec, topic = r.choice(SPECIALTIES)
        rows.append(["%d:%02d" % (t.hour, t.minute), s.display, spec, topic])
        t += datetime.timedelta(minutes=r.choice([40, 50, 60]))
    d.frm = pair(org)
    d.to = [("Ethics network list", "ethics-network@" + C.DOM)]
    d.subject = "Programme: Annual Bioethics Day - May 15"
    d.body = [("p", hello(d)), ("p", "The preliminary programme is below. Registration is free for network staff."),
              ("table", ["Time", "Speaker", "Specialty", "Topic"], rows),
              ("p", "Venue: Argyle General Hospital, Lecture Hall A, 3300 chemin Argyle. CME credits pending."),
              sign(d, org)]
    if r.random() < 0.4:
        d.attach_pdf("bioethics_day_programme.pdf", "Annual Bioethics Day", [("table", ["Time", "Speaker", "Specialty", "Topic"], rows)],
                     author=org.full)
    return d


def ne_stats(ctx):
    d = Draft(ctx, L, False, "statistics", "aggregate complaint statistics")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    cats = ["Care and services", "Interpersonal relations", "Access", "Physical environment", "Billing",
            "Rights", "Mistreatment reports"]
    head = ["Category", "Complaints", "Assistance requests", "Closed within 45 days"]
    rows = [[c, r.randrange(2, 120), r.randrange(0, 50), "%d%%" % r.randrange(30, 98)] for c in cats]
    d.frm = pair(cp)
    d.to = [("Vigilance and Quality Committee", "vigilance@" + C.DOM)]
    d.subject = "Quarterly complaint statistics - Q%d" % r.randrange(1, 4)
    d.body = [("p", hello(d)), ("p", "Aggregate figures for the quarter, all sites. No nominal data.")]
    k = r.randrange(3)
    if k == 0:
        d.body.append(("table", head, rows))
    elif k == 1:
        d.attach_xlsx("complaints_quarterly.xlsx", [("Summary", [head] + rows)], cp.full)
    else:
        d.attach_pdf("complaints_quarterly.pdf", "Quarterly Report", [("table", head, rows)], letterhead(d, cp, "cpq"), cp.full)
    d.body.append(("p", "Mean processing time: %d days (target 45)." % r.randrange(20, 60)))
    d.body.append(sign(d, cp))
    return d


def ne_teaching(ctx):
    d = Draft(ctx, L, False, "teaching_case", "de-identified ethics teaching case")
    r = d.rng
    eth = ctx.staff(L, "eth")
    case = [("p", "This is a composite case; all identifying details have been changed."),
            ("p", "Mr. B, a %d-year-old man with %s, is admitted with sepsis. His wife asks the team not to tell him "
                  "that the cancer has progressed. He repeatedly asks the chaplain whether he is dying." % (
                r.randrange(55, 90), r.choice(DISEASES))),
            ("p", "Discussion:\n- Truth-telling and cultural context\n- The chaplain's duty of confidentiality\n- Who should disclose?")]
    d.frm = pair(eth)
    d.to = [("Chaplaincy residents", "cpe-residents@" + C.DOM)]
    d.subject = r.choice(["Case for Thursday's seminar", "Seminar reading - case 4"])
    d.body = [("p", hello(d)), ("p", "Please read the case before Thursday.")]
    if r.random() < 0.5:
        d.attach_docx("seminar_case.docx", "Ethics Seminar - Case", case, eth.full)
    else:
        d.body += case
    d.body.append(sign(d, eth))
    return d


def ne_blank_form(ctx):
    d = Draft(ctx, L, False, "blank_form", "blank request form")
    r = d.rng
    s = ctx.staff(L, r.choice(["ssp", "eth"]))
    fields = [("h", "Patient information"),
              ("table", None, [["Patient name", "________________________"], ["Date of birth (YYYY-MM-DD)", "____-__-__"],
                               ["RAMQ no.", "____ ____ ____"], ["MRN", "__________"], ["Room", "______"],
                               ["Faith tradition (optional)", "________________"]]),
              ("h", "Request"), ("p", "[ ] Visit   [ ] Sacrament / ritual   [ ] End-of-life support   [ ] Family meeting"),
              ("p", "Requested by: ____________   Ext.: ______   Date: ____________")]
    title = "Spiritual Care Referral Form" if s.service == "ssp" else "Ethics Consultation Request Form"
    fn = title.lower().replace(" ", "_") + r.choice([".docx", ".pdf"])
    if fn.endswith(".docx"):
        d.attach_docx(fn, title, fields, s.full)
    else:
        d.attach_pdf(fn, title, fields, letterhead(d, s, s.service), s.full)
    d.frm = pair(s)
    d.to = [("Nursing managers", "nursing-managers@" + C.DOM)]
    d.subject = "Updated %s" % title
    d.body = [("p", hello(d)), ("p", "Please replace the old form on your units with the attached version (rev. %d)." % r.randrange(2, 7)),
              sign(d, s)]
    return d


def ne_template(ctx):
    d = Draft(ctx, L, False, "template", "mail-merge template")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    ag = ctx.staff(L, "cpq")
    tpl = ("{{title}} {{first_name}} {{last_name}}\n{{street}}\n{{city}}, Quebec {{postal_code}}\n\n"
           "Re: Conclusions - file {{file_number}}\n\nDear {{title}} {{last_name}},\n\n"
           "Following our review of the complaint received on {{date_received}}, please find our conclusions below.\n\n"
           "{{conclusions}}\n\n%s\n%s" % (cp.full, cp.role))
    d.frm, d.to = pair(ag), [pair(cp)]
    d.subject = "Conclusion letter template (merge fields)"
    d.body = [("p", hello(d, cp)), ("p", "Revised template - merge fields are in double braces.")]
    if r.random() < 0.5:
        d.body.append(("pre", tpl))
    else:
        d.attach_docx("conclusion_letter_template.docx", "Conclusion Letter Template", [("p", tpl)], ag.full)
    d.body += [("p", thanks(d)), sign(d, ag)]
    return d


def ne_invoice(ctx):
    d = Draft(ctx, L, False, "invoice", "supplier invoice")
    r = d.rng
    vendor, item, price = r.choice([("Babel Interpreting Services Ltd.", "Interpretation (Punjabi), 2 h", 190.0),
                                    ("Lumen Candle Co.", "LED candles, case of 24", 58.0),
                                    ("Four Seasons Florist", "Memorial service arrangement", 110.0),
                                    ("St. Jude Books", "Comfort readings booklet (x50)", 310.0)])
    dom = vendor.split()[0].lower().replace(".", "") + "-supplier.example"
    contact = ext_pair(r.choice(C.STAFF_GIVEN_EN), r.choice(["Marsh", "Delaney", "Foster", "Irving"]), dom)
    acct = ctx.staff(L, "ssp")
    qty = r.randrange(1, 4)
    sub = qty * price
    inv = "INV-%05d" % r.randrange(1, 99999)
    rows = [["Invoice no.", inv], ["Invoice date", fdate(d, d.when, "iso")], ["Customer no.", "C%06d" % r.randrange(1, 999999)],
            ["PO no.", "PO-%06d" % r.randrange(100000, 999999)], ["Item", item], ["Qty", str(qty)],
            ["Subtotal", "$%.2f" % sub], ["GST (BN %s RT0001)" % C.make_luhn_serial(r, 9), "$%.2f" % (sub * 0.05)],
            ["QST", "$%.2f" % (sub * 0.09975)], ["Total", "$%.2f" % (sub * 1.14975)]]
    d.frm, d.to = contact, [pair(acct)]
    d.cc = [("Accounts Payable", "ap@" + C.DOM)]
    d.subject = "Invoice %s" % inv
    d.body = [("p", hello(d, acct)), ("p", "Please find our invoice attached. Terms: net 30.")]
    if r.random() < 0.6:
        d.attach_pdf("%s.pdf" % inv, "INVOICE", [("table", None, rows)],
                     [vendor, "%d Commerce Street, Pointe-Brulee QC  H0Y 7W1" % r.randrange(10, 999), "Tel. " + C.phone(r, "514")],
                     contact[0])
    else:
        d.body.append(("table", None, rows))
    d.body.append(("p", "%s | %s | %s" % (contact[0], vendor, C.phone(r, "514"))))
    if r.random() < 0.3:
        d.attach_vcard("%s.vcf" % contact[0].split()[-1], given=contact[0].split()[0], sur=contact[0].split()[-1],
                       org=vendor, title="Accounts Receivable", email=contact[1])
    return d


def ne_po(ctx):
    d = Draft(ctx, L, False, "purchase_order", "purchase order with lot numbers")
    r = d.rng
    buyer = ctx.staff(L, "ssp")
    items = [("Prayer mats", "PM-22"), ("Pocket New Testament", "NT-02"), ("Rosaries, wood", "RS-12"),
             ("LED tea lights", "LT-40"), ("Oil stock (anointing)", "OS-03"), ("Memory boxes (perinatal)", "MB-09")]
    rows = [[n, c, C.make_luhn_serial(r, 10), r.randrange(2, 50), "%.2f" % (r.randrange(100, 4000) / 100)]
            for n, c in r.sample(items, r.randrange(3, 6))]
    po = "PO-%06d" % r.randrange(100000, 999999)
    d.frm = pair(buyer)
    d.to = [("Orders", "orders@medinord-distribution.example")]
    d.subject = "Purchase order %s" % po
    d.body = [("p", hello(d)), ("p", "Please process PO %s; deliver to the loading dock, %s." % (po, buyer.site[2])),
              ("table", ["Item", "SKU", "Lot", "Qty", "Unit price"], rows), sign(d, buyer)]
    return d


def ne_inventory(ctx):
    d = Draft(ctx, L, False, "inventory", "equipment inventory with serial and asset numbers")
    r = d.rng
    s = ctx.staff(L, "ssp")
    rows = [["Equipment", "Serial no.", "Asset tag", "Location"]]
    for eq in r.sample(["Sound system", "Digital piano", "Projector", "Video tablet", "Family room TV", "Kettle",
                        "Wheelchair"], 5):
        ser = C.make_luhn_serial(r, 10)
        rows.append([eq, "%s-%s-%s" % (ser[:4], ser[4:7], ser[7:]), "AST%s" % C.make_luhn_serial(r, 9),
                     "%s-%d" % (s.site[0], r.randrange(100, 400))])
    d.frm, d.to = pair(s), [("Biomed / Asset Management", "assets@" + C.DOM)]
    d.subject = "Annual inventory - chapel and family rooms"
    d.body = [("p", hello(d)), ("p", "Verified inventory below; serials read on site.")]
    if r.random() < 0.5:
        d.attach_xlsx("inventory_%d.xlsx" % d.when.year, [("Inventory", rows)], s.full)
        d.body.append(("p", "(Spreadsheet attached.)"))
    else:
        d.body.append(("table", rows[0], rows[1:]))
    d.body.append(sign(d, s))
    return d


def ne_it(ctx):
    d = Draft(ctx, L, False, "it_notice", "IT notice")
    r = d.rng
    it = ("IT Service Desk", "servicedesk@" + C.DOM)
    d.frm = it
    d.to = [("All users", "allusers@" + C.DOM)]
    k = r.randrange(4)
    if k == 0:
        d.subject = "Planned outage: Teams and e-mail, Saturday night"
        d.body = [("p", hello(d)), ("p", "E-mail and Teams will be unavailable Saturday 22:00-04:00 for maintenance.")]
    elif k == 1:
        d.subject = "Password expiry reminder"
        d.body = [("p", hello(d)), ("p", "Network passwords now expire every 180 days. Change yours at any workstation "
                                         "with Ctrl+Alt+Del. Ticket ref: RITM%07d." % r.randrange(1000000, 9999999))]
    elif k == 2:
        d.subject = "New pager numbers for on-call chaplains"
        d.body = [("p", hello(d)), ("p", "Pagers were reprogrammed. Device serial %s replaces the old unit; "
                                         "extension 5555 now forwards to the switchboard." % C.make_luhn_serial(r, 9))]
    else:
        fw = d.sub()
        fw.frm = it
        fw.to = [("Managers", "managers@" + C.DOM)]
        fw.subject = "Phishing alert - fake payroll e-mail"
        fw.body = [("p", "A fake e-mail titled \"Your pay stub is ready\" is circulating. Do not click. Report to security@%s." % C.DOM)]
        mgr = ctx.staff(L, "ssp")
        d.frm = pair(mgr)
        d.to = [pair(ctx.staff(L, "ssp")) for _ in range(3)]
        d.attach_eml(fw, r.choice([None, "phishing alert.eml"]))
        d.subject = "FW: Phishing alert - fake payroll e-mail"
        d.body = [("p", hello(d)), ("p", "FYI - see the attached notice from IT."), sign(d, mgr)]
        return d
    d.body.append(("p", "IT Service Desk | ext. 5555 | 514 555-0155"))
    return d


def ne_facilities(ctx):
    d = Draft(ctx, L, False, "facilities", "facilities notice")
    r = d.rng
    s = ctx.staff(L, "ssp")
    s.role = "Facilities Manager"
    d.frm = pair(s)
    d.to = [("Staff - %s" % s.site[2], "staff.%s@%s" % (s.site[0].lower(), C.DOM))]
    k = r.randrange(3)
    if k == 0:
        d.subject = "Chapel closed for floor refinishing"
        d.body = [("p", hello(d)), ("p", "The chapel will be closed from %s to %s. Services move to room B-214." % (
            fdate(d, d.when + datetime.timedelta(days=2)), fdate(d, d.when + datetime.timedelta(days=9))))]
    elif k == 1:
        d.subject = "Fire alarm test - Tuesday 10:00"
        d.body = [("p", hello(d)), ("p", "The annual fire alarm test will take place Tuesday at 10:00. No evacuation required.")]
    else:
        d.subject = "Water shut-off, 3rd floor"
        d.body = [("p", hello(d)), ("p", "Water will be shut off on the 3rd floor (A and B wings) Thursday 13:00-15:00.")]
    d.body.append(sign(d, s))
    return d


def ne_job(ctx):
    d = Draft(ctx, L, False, "job_posting", "job posting")
    r = d.rng
    hr = ctx.staff(L, "ts")
    hr.role = "Talent Acquisition Advisor"
    title, scale = r.choice([("Spiritual Care Practitioner (bilingual)", "$28.57-$47.69/h"),
                             ("Clinical Ethicist", "$31.00-$55.27/h"),
                             ("Complaints Officer", "$27.10-$44.00/h")])
    d.frm = pair(hr)
    d.to = [("Internal postings", "postings@" + C.DOM)]
    d.subject = "Job posting %d-%04d: %s" % (d.when.year, r.randrange(1, 2000), title)
    d.body = [("h", title), ("p", "Permanent full-time, %s. Salary: %s." % (r.choice(C.SITES)[2], scale)),
              ("p", "Requirements: degree in religious studies, theology or ethics; CPE units an asset; experience with "
                    "patients living with cancer, dementia or other serious illness."),
              ("p", "Apply by %s." % fdate(d, d.when + datetime.timedelta(days=14))), sign(d, hr)]
    if r.random() < 0.3:
        cand = ctx.staff(L, "ssp")
        d.body.insert(0, ("p", "Note to managers: interviews with %s and two other candidates are on %s." % (
            cand.full, fdate(d, d.when + datetime.timedelta(days=20)))))
    return d


def ne_hr(ctx):
    d = Draft(ctx, L, False, "hr", "HR matter (leave, payroll, employee health)")
    r = d.rng
    mgr = ctx.staff(L, "ssp")
    emp = ctx.staff(L, "ssp")
    k = r.randrange(3)
    if k == 0:
        d.frm, d.to = pair(mgr), [("Payroll", "payroll@" + C.DOM)]
        d.subject = "Missing on-call premium - employee %d" % r.randrange(100000, 999999)
        d.body = [("p", hello(d)), ("p", "%s did not receive the on-call premium for pay period %d (5 weekend shifts)." % (
            emp.full, r.randrange(1, 26))), sign(d, mgr)]
    elif k == 1:
        d.frm, d.to = pair(mgr), [pair(ctx.staff(L, "ssp")) for _ in range(3)]
        d.subject = "Coverage while %s is off" % emp.given
        d.body = [("p", hello(d)), ("p", "%s is off work for about six weeks after knee surgery (CNESST file). "
                                         "Please cover oncology visits until %s." % (
            emp.full, fdate(d, d.when + datetime.timedelta(days=42))))]
        d.body.append(sign(d, mgr))
    else:
        d.frm, d.to = pair(emp), [pair(mgr)]
        d.subject = "Vacation request"
        d.body = [("p", hello(d, mgr)), ("p", "I'd like to take July 14-25 off. %s agreed to swap the 19th." % ctx.staff(L, "ssp").given),
                  ("p", thanks(d)), sign(d, emp)]
    return d


def ne_birthday(ctx):
    d = Draft(ctx, L, False, "staff_news", "staff birthdays and a colleague's baby")
    r = d.rng
    s = ctx.staff(L, "ssp")
    staff = [ctx.staff(L, r.choice(["ssp", "eth", "cpq"])) for _ in range(4)]
    d.frm = pair(s)
    d.to = [("Team", "spiritualcare-team@" + C.DOM)]
    if r.random() < 0.5:
        d.subject = "%s birthdays" % C.MONTHS[(d.when.month) % 12]
        rows = [[x.full, fdate(d, datetime.date(r.randrange(1965, 1999), d.when.month % 12 + 1, r.randrange(1, 29)), "long")]
                for x in staff]
        d.body = [("p", hello(d)), ("p", "Next month's birthdays (cake on the 15th!):"),
                  ("table", ["Name", "Born"], rows), sign(d, s)]
    else:
        col = staff[0]
        bb = r.choice(["Oliver", "Charlotte", "Noah", "Amelia"])
        d.subject = "Welcome baby %s!" % bb
        d.body = [("p", hello(d)), ("p", "%s and %s partner welcomed %s on %s, 7 lb 4 oz. Everyone is doing well!" % (
            col.full, "her" if col.given in P.FEMALE_GIVEN else "his", bb, fdate(d, d.when - datetime.timedelta(days=2), "long"))),
                  ("p", "A card is at the front desk."), sign(d, s)]
    return d


def ne_recall(ctx):
    d = Draft(ctx, L, False, "recall", "product recall notice")
    r = d.rng
    s = ctx.staff(L, "pal")
    s.role = "Biomedical Engineering"
    prod = r.choice(["CADD subcutaneous infusion pump cassettes", "Syringe driver model SD-20", "Butterfly SC catheters 24G"])
    lots = [C.make_luhn_serial(r, 9) for _ in range(3)]
    d.frm = pair(s)
    d.to = [("Palliative and oncology units", "pal-onco@" + C.DOM)]
    d.subject = "RECALL - %s" % prod
    d.body = [("p", hello(d)), ("p", "Health Canada type II recall for %s. Affected lots: %s." % (prod, ", ".join(lots))),
              ("p", "Remove affected stock and return to Biomed (ext. 4210). No patient action required."), sign(d, s)]
    return d


def ne_research(ctx):
    d = Draft(ctx, L, False, "research_protocol", "research protocol submission, no participants")
    r = d.rng
    pi = ctx.staff(L, "eth")
    d.frm = pair(pi)
    d.to = [("Research Ethics Board", "reb@" + C.DOM)]
    d.subject = "REB submission - chaplain-led dignity therapy pilot"
    proto = [("h", "Aim"), ("p", "Feasibility of chaplain-led dignity therapy for inpatients with advanced cancer or ALS."),
             ("h", "Eligibility"), ("p", "Adults, life expectancy 1-6 months, English or French speaking; exclusion: delirium."),
             ("h", "Sample"), ("p", "n = 40 over 12 months."),
             ("h", "Data"), ("p", "Coded data; linkage key held by the PI in a locked cabinet.")]
    d.attach_pdf("dignity_pilot_protocol_v%d.pdf" % r.randrange(1, 4), "Dignity Therapy Pilot - Protocol", proto, author=pi.full)
    d.body = [("p", hello(d)), ("p", "Attached is the protocol for review at next month's meeting."), sign(d, pi)]
    return d


def ne_volunteers(ctx):
    d = Draft(ctx, L, False, "volunteers", "volunteer chaplain roster and police check reminder")
    r = d.rng
    coord = ctx.staff(L, "ssp")
    vols = [ctx.staff(L, "ssp") for _ in range(5)]
    rows = [[v.full, r.choice(["Mon AM", "Tue PM", "Wed AM", "Thu PM", "Sat AM"]), r.choice(["Catholic", "Anglican", "Muslim", "Jewish", "Buddhist", "Multifaith"]),
             fdate(d, d.when + datetime.timedelta(days=r.randrange(10, 300)), "iso")] for v in vols]
    d.frm, d.to = pair(coord), [pair(v) for v in vols]
    d.subject = "Volunteer roster + police check renewals"
    d.body = [("p", hello(d)), ("p", "Updated roster below. Please renew your police check before the date shown."),
              ("table", ["Volunteer", "Shift", "Tradition", "Police check expires"], rows), sign(d, coord)]
    return d


TEMPLATES = [
    (ne_oncall, 6), (ne_newsletter, 6), (ne_committee, 6), (ne_conference, 5), (ne_stats, 6),
    (ne_teaching, 5), (ne_blank_form, 5), (ne_template, 4), (ne_invoice, 6), (ne_po, 5), (ne_inventory, 4),
    (ne_it, 6), (ne_facilities, 4), (ne_job, 5), (ne_hr, 5), (ne_birthday, 3), (ne_recall, 4),
    (ne_research, 3), (ne_volunteers, 2),
]
