"""Non-confidential (hard negative) messages in English."""
import datetime

from gen_build import reply_block, earlier, fake_msgid
from gen_common import addr, sig, CLINIC_EN, CLINIC_ADDR, CLINIC_PHONE, CLINIC_FAX, HOSP_EN, fmt_date, MONTHS, DAYS, ORGS
from gen_ctx import spec
from gen_mime import wrap_html, html_table
from gen_neg_util import PRODUCTS_EN, OTHER_PEOPLE_EN, luhn_serial, gtin13, lot, grouped

L = "en"
STAFF_NAMES = ["Rachel Halloran", "Kevin Okafor", "Linda Reid", "Megan Doucet", "Owen Mackenzie", "Priya Raman",
               "Tessa Lindgren", "Paul Oduya"]


def _day(ctx, n):
    return ctx.dt.date() + datetime.timedelta(days=n)


def rota(ctx):
    start = _day(ctx, (7 - ctx.dt.weekday()) % 7 + 7)
    rows = [["Date", "Day", "Clinic AM", "Clinic PM", "Vascular lab", "On call"]]
    for i in range(5):
        d = start + datetime.timedelta(days=i)
        rows.append([d.isoformat(), DAYS[d.weekday()], ctx.pick(STAFF_NAMES[:2] + STAFF_NAMES[6:]), ctx.pick(STAFF_NAMES[:2] + STAFF_NAMES[6:]),
                     "K. Okafor", ctx.pick(["Dr. Raman", "Dr. Mackenzie", "Dr. Lafreniere"])])
    if ctx.chance(0.5):
        htm = wrap_html("<p>Hi team,</p><p>Next week's rota below. Tessa is at the NSWOC exam on Wednesday.</p>%s<p>Linda</p>"
                        % html_table(rows), L)
        return spec(ctx, "schedule", "weekly clinic rota (html)", [], addr("reid"), [("Wound clinic team", "woundteam@hrvc.example")],
                    "Rota week of %s %d" % (MONTHS[start.month - 1], start.day),
                    "Hi team,\n\nNext week's rota:\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\nLinda\n",
                    html=htm, body_mode=ctx.pick(["html", "alt"]))
    return spec(ctx, "schedule", "weekly clinic rota (spreadsheet)", [], addr("reid"), [("Wound clinic team", "woundteam@hrvc.example")],
                "Rota - next week", "Hi team,\n\nRota attached. Swaps through me please.\n\nLinda\n",
                attachments=[{"kind": "xlsx", "filename": "rota_%s.xlsx" % start.isoformat(), "sheets": [("Rota", rows)]}])


def leave_en(ctx):
    who = ctx.pick(["halloran", "okafor", "reid", "doucet"])
    d1 = _day(ctx, ctx.rng.randrange(15, 60))
    text = ("Hi Stéphane,\n\nI'd like to request %s from %s to %s. %s\n\nThanks,\n%s\n"
            % (ctx.pick(["vacation", "a personal day", "bereavement leave", "leave for my daughter's surgery"]),
               fmt_date(d1, L, "long"), fmt_date(d1 + datetime.timedelta(days=ctx.pick([1, 4, 9])), L, "long"),
               ctx.pick(["Tessa has agreed to cover my Tuesday clinic.", "Kevin can cover the lab.", ""]), sig(who, L, short=True)))
    return spec(ctx, "leave", "staff leave request", [], addr(who), [addr("cyr")], "Leave request", text)


def payroll_en(ctx):
    text = ("Hello,\n\nReminder: pay period 21 timesheets are due Monday noon. Shift premiums for evening vascular lab "
            "coverage must be coded as PREM-E. Questions about your T4 or direct deposit go through the HR portal; "
            "never e-mail your SIN or banking details.\n\n%s\n" % sig("bello", L))
    return spec(ctx, "payroll", "payroll reminder", [], addr("bello"), [("All staff - Ambulatory", "amb.staff@hrvc.example")],
                "Timesheets due Monday - PP21", text)


def occ_health_en(ctx):
    who = ctx.pick(["halloran", "okafor", "mackenzie", "reid"])
    v = ctx.pick(["Your 6-week follow-up bloodwork after the needlestick exposure (hepatitis B/C, HIV) is booked for %s at "
                  "Employee Health, room A-114.",
                  "Your annual TB skin test is overdue; please attend Employee Health before %s.",
                  "Your modified-duties plan after your back injury is approved until %s: no patient lifts, clinic only."])
    text = "Hi %s,\n\n%s\n\nThis message is addressed to you personally.\n\nEmployee Health Services\n%s\n" % (
        addr(who)[0].split()[0], v % fmt_date(_day(ctx, ctx.rng.randrange(4, 30)), L, "long"), HOSP_EN)
    return spec(ctx, "occupational_health", "employee health follow-up", [], ("Employee Health", "employee.health@hrvc.example"),
                [addr(who)], "Employee Health - follow-up", text)


def candidates_en(ctx):
    ppl = ctx.sample(OTHER_PEOPLE_EN, 3)
    d = _day(ctx, ctx.rng.randrange(5, 15))
    text = ("Hi both,\n\nInterviews for the NSWOC position (posting 24-311) on %s, room B-310:\n\n%s\n\n"
            "Scoring sheets attached. Please keep CVs confidential and do not forward.\n\n%s\n"
            % (fmt_date(d, L, "long"), "\n".join("%d:00 - %s" % (9 + i, p) for i, p in enumerate(ppl)), sig("bello", L)))
    return spec(ctx, "candidates", "interview schedule for candidates", [], addr("bello"), [addr("halloran"), addr("cyr")],
                "Interviews - NSWOC posting", text,
                attachments=[{"kind": "docx", "filename": "scoring_sheet.docx", "title": "Interview scoring",
                              "paras": ["Knowledge: venous vs arterial ulcers, diabetic foot, offloading /30",
                                        "Clinical scenario /30", "Communication /20", "Teamwork /20"]}])


def oncall_en(ctx):
    text = ("Hello,\n\nVascular surgery call this weekend:\n- Dr. Priya Raman: acute limb ischemia, infected diabetic feet, "
            "urgent amputations\n- Dr. Owen Mackenzie (fellow): first call, ER consults\n- Dr. Mathieu Archambault: "
            "aortic emergencies\n\nUncomplicated venous ulcers can wait for Monday's clinic.\n\n%s\n" % sig("reid", L))
    return spec(ctx, "oncall", "weekend surgeon on-call list", [], addr("reid"), [("ER charge nurses", "er.charge@hrvc.example")],
                "Vascular on-call this weekend", text)


def conference_en(ctx):
    sp = ctx.sample(OTHER_PEOPLE_EN, 4)
    topics = ["Offloading the diabetic foot: what actually works", "Compression in mixed ulcers", "Reading ABI and TBI at the bedside",
              "NPWT in the community", "Pressure injury prevalence in Ontario LTC", "Amputation level selection"]
    prog = ["%s  Dr. %s - %s" % (h, s, t) for h, s, t in zip(["08:45", "10:15", "13:00", "14:30"], sp, ctx.sample(topics, 4))]
    d = _day(ctx, ctx.rng.randrange(30, 80))
    text = ("Dear colleague,\n\nRegistration is open for the Eastern Wound Care Day on %s at the Rideau Conference Centre.\n\n%s\n\n"
            "Early-bird fee $125 until %s. 6 CE credits.\n\nThe Organizing Committee\n"
            % (fmt_date(d, L, "long"), "\n".join(prog), fmt_date(d - datetime.timedelta(days=21), L, "long")))
    return spec(ctx, "conference", "wound care conference programme", [], ("Wound Care Day", "info@eastwoundday.example"),
                [addr(ctx.pick(["halloran", "raman"]))], "Eastern Wound Care Day - programme", text)


def newsletter_en(ctx):
    new = ctx.sample(OTHER_PEOPLE_EN, 2)
    htm = ("<h2>Cedar Notes - Ambulatory Care</h2><p>Welcome to <b>Ms. %s</b> (NSWOC) and <b>Mr. %s</b> (vascular "
           "technologist).</p><p><b>Dr. Priya Raman</b> presented our limb-salvage pathway results at the national "
           "vascular meeting: major amputations down 18%% over two years.</p><p>Flu shot clinics for staff every Tuesday.</p>"
           "<p style='color:#777;font-size:9pt'>%s | %s</p>" % (new[0], new[1], HOSP_EN, CLINIC_ADDR))
    return spec(ctx, "newsletter", "staff newsletter", [], ("Communications", "communications@hrvc.example"),
                [("All staff", "all@hrvc.example")], "Cedar Notes - this month", None, html=wrap_html(htm, L), body_mode="html")


def committee_en(ctx):
    d = _day(ctx, ctx.rng.randrange(5, 20))
    items = ["Approval of minutes", "Q2 pressure injury prevalence (aggregate)", "Offloading boot loan program",
             "Silver dressing formulary review", "Audit: ABI before compression", "Other business"]
    text = ("Hello,\n\nThe Skin and Wound Committee meets %s, 12:00-13:00, room B-310 / Teams.\n\nAgenda:\n%s\n\n%s\n"
            % (fmt_date(d, L, "long"), "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items)), sig("halloran", L)))
    return spec(ctx, "committee", "skin and wound committee agenda", [], addr("halloran"),
                [("Skin & Wound Committee", "skinwound@hrvc.example")], "Skin & Wound Committee - agenda", text)


def stats_en(ctx):
    rows = [["Month", "New referrals", "ABIs", "Major amputations", "Minor amputations", "Healed at 12 wk (%)"]]
    for m in range(1, 10):
        rows.append([MONTHS[m - 1][:3] + " 2024", ctx.rng.randrange(60, 140), ctx.rng.randrange(80, 150),
                     ctx.rng.randrange(1, 9), ctx.rng.randrange(4, 15), ctx.rng.randrange(40, 70)])
    kind = ctx.pick(["xlsx", "csv"])
    return spec(ctx, "statistics", "monthly aggregate activity", [], addr("cyr"), [("Quality & Performance", "quality@hrvc.example")],
                "Wound clinic activity YTD", "Aggregate YTD figures attached, no patient-level data.\n\n%s\n" % sig("cyr", L),
                attachments=[{"kind": kind, "filename": "wound_activity_2024.%s" % kind, "sheets": [("YTD", rows)], "rows": rows}])


def teaching_en(ctx):
    text = ("Residents,\n\nCase of the week (de-identified): 72-year-old woman, CKD on dialysis, painful necrotic ulcers of "
            "both calves, ABI non-compressible, TBI 0.25. Calcium-phosphate product elevated.\n\n1. Differential?\n"
            "2. Role of biopsy?\n3. Wound care and pain plan?\n\nDiscussion Friday 07:30.\n\n%s\n" % sig("raman", L))
    return spec(ctx, "teaching_case", "de-identified teaching case", [], addr("raman"),
                [("Surgery residents", "surgery.residents@hrvc.example")], "Case of the week - calf ulcers", text)


def blank_form_en(ctx):
    fields = ["Patient name: ____________________", "Health card no.: ______________  Version: ___",
              "Date of birth (YYYY-MM-DD): __________", "Home phone: ___________",
              "Test requested: [ ] ABI  [ ] TBI  [ ] Arterial duplex  [ ] Venous duplex",
              "Clinical indication: __________________", "Referring physician / billing no.: ________",
              "Fax completed form to: %s" % CLINIC_FAX]
    kind = ctx.pick(["pdf", "docx"])
    return spec(ctx, "blank_form", "blank vascular lab requisition", [], addr("okafor"),
                [("Family Health Team admins", "admins@glebepark-fht.example")], "Updated vascular lab requisition",
                "Hello,\n\nPlease use the attached requisition from now on; the old version will be rejected.\n\n%s\n" % sig("okafor", L),
                attachments=[{"kind": kind, "filename": "VascLab_Requisition_2024.%s" % kind,
                              "title": "Vascular Laboratory Requisition", "lines": fields, "paras": fields}])


def invoice_en(ctx):
    items = ctx.sample(PRODUCTS_EN, 4)
    lines = ["INVOICE NW-%07d" % ctx.rng.randrange(10 ** 6, 10 ** 7), "Bill to: %s, Wound Clinic (acct 88-%05d)" % (HOSP_EN, ctx.rng.randrange(10 ** 4, 10 ** 5))]
    tot = 0
    for n, u, p in items:
        q = ctx.rng.randrange(2, 15)
        tot += q * p
        lines.append("%s, %s, lot %s, qty %d @ $%.2f = $%.2f" % (n, u, lot(ctx.rng), q, p, q * p))
    lines += ["HST/GST as applicable", "Total: $%.2f" % tot, "Terms: net 30"]
    return spec(ctx, "invoice", "supplier invoice", [], ("Northway AR", "ar@northwaymed.example"), [addr("lussier")],
                "Invoice " + lines[0].split()[-1], "Please find attached invoice %s.\n\nAccounts Receivable\nNorthway Medical Supply\n613-555-0163\n" % lines[0].split()[-1],
                attachments=[{"kind": "pdf", "filename": lines[0].split()[-1] + ".pdf", "title": "INVOICE", "lines": lines}])


def it_en(ctx):
    sn = luhn_serial(ctx.rng, 9, "1234567")
    text = ("Hi Kevin,\n\nThe replacement probe for the ABI system (device S/N %s) is on back-order. Loaner unit S/N %s will be "
            "delivered Thursday; please label it with asset tag %s.\n\nTicket RITM%07d\n\n%s\n"
            % (grouped(sn, [3, 3, 3], "-"), luhn_serial(ctx.rng, 9, "1234567"), luhn_serial(ctx.rng, 10),
               ctx.rng.randrange(10 ** 6, 10 ** 7), sig("grenier", L)))
    return spec(ctx, "it_notice", "device probe replacement", [], addr("grenier"), [addr("okafor")], "ABI system probe - loaner", text)


def facilities_en(ctx):
    v = ctx.pick(["Treatment room 2 sink is leaking; plumber booked for tomorrow 07:00. Work order WO-%06d.",
                  "Fire drill in Pavilion B on Thursday at 10:30. Clinic patients stay in place unless instructed. Ref %06d.",
                  "Wheelchair-accessible door at the B entrance is being repaired. Use the C entrance ramp. WO-%06d."])
    return spec(ctx, "facilities", "facilities notice", [], addr("hudon"), [("Pavilion B managers", "managers.pavb@hrvc.example")],
                ctx.pick(["Facilities notice", "Pavilion B - heads up"]), "Hello,\n\n%s\n\n%s\n" % (v % ctx.rng.randrange(10 ** 5, 10 ** 6), sig("hudon", L)))


def posting_en(ctx):
    text = ("JOB POSTING 24-%03d - Registered Nurse, Complex Wound and Vascular Surgery Clinic (full-time, days)\n\n"
            "Assess and treat venous and arterial leg ulcers, diabetic foot ulcers and amputation wounds; perform ABI/TBI; "
            "educate patients and families; liaise with home care.\nRequirements: BScN, licence in good standing, bilingualism "
            "(French/English) required.\nSalary: $38.50-$55.10/h.\nApply by %s: careers@hrvc.example\n"
            % (ctx.rng.randrange(300, 400), fmt_date(_day(ctx, 21), L, "long")))
    return spec(ctx, "job_posting", "RN job posting", [], ("Careers", "careers@hrvc.example"), [("All staff", "all@hrvc.example")],
                "Job posting - RN, wound clinic", text)


def shortage_en(ctx):
    d = ctx.pick([("cefazolin 1 g vials", "cefazolin 2 g vials"), ("pentoxifylline 400 mg ER", "no direct alternative; review need"),
                  ("silver sulfadiazine 1% 50 g", "formulary silver dressings")])
    return spec(ctx, "drug_shortage", "drug shortage notice", [], addr("patel"), [("Surgery prescribers", "prescribers.surg@hrvc.example")],
                "Shortage: %s" % d[0], "Hello,\n\nSupply disruption for %s until early next year. Suggested alternative: %s. "
                "No automatic substitution.\n\nPharmacy\n" % d)


def recall_en(ctx):
    lots = ", ".join(lot(ctx.rng) for _ in range(3))
    return spec(ctx, "recall", "product recall", [], addr("lussier"), [("Unit managers", "unit.managers@hrvc.example")],
                "RECALL - NPWT canister 500 mL", "Voluntary recall, Class II.\nProduct: NPWT canister 500 mL\nLots: %s\nGTIN %s\n"
                "Remove and quarantine affected stock. No patient incidents reported.\n\n%s\n" % (lots, gtin13(ctx.rng), sig("lussier", L)))


def research_en(ctx):
    return spec(ctx, "research", "research protocol summary", [], addr("raman"), [("Wound clinic team", "woundteam@hrvc.example")],
                "OFFLOAD-2 study - screening criteria",
                "Hi all,\n\nREB approved OFFLOAD-2 (2024-112): total contact cast vs removable walker for plantar diabetic foot "
                "ulcers.\nInclusion: plantar DFU > 2 weeks, TBI > 0.5, age 18+.\nExclusion: active osteomyelitis, Charcot.\n"
                "Target 90 participants. Please flag eligible patients to the research coordinator (ext. 4471); no names by e-mail.\n\n%s\n"
                % sig("raman", L))


def thread_en(ctx):
    prev = earlier(ctx.dt, ctx.rng)
    orig = "Kevin, can we move the vascular lab QA meeting to Friday? I have OR Thursday.\nPriya"
    text = "Friday 12:30 works. I'll book B-310 and bring the Q3 ABI turnaround numbers (median 6 days).\n\nKevin\n\n" + reply_block(
        L, prev, addr("raman"), ctx.pick([0, 1]), "QA meeting", orig)
    return spec(ctx, "thread", "staff meeting rescheduling", [], addr("okafor"), [addr("raman")], "RE: QA meeting", text,
                in_reply_to=fake_msgid(prev, ctx.rng))


def birthday_en(ctx):
    who = ctx.pick(["Linda", "Kevin", "Rachel"])
    return spec(ctx, "social_staff", "staff birthday note", [], addr("doucet"), [("Wound clinic team", "woundteam@hrvc.example")],
                "Cake at 2:30!", "Hi all,\n\n%s turns 50 today (born %s - we did the math!). Cake in the staff room at 2:30, "
                "card is at the front desk.\n\nMegan\n" % (who, fmt_date(ctx.dt.date().replace(year=1974), L, "long")))


def training_en(ctx):
    d = _day(ctx, ctx.rng.randrange(7, 30))
    return spec(ctx, "training", "training session notice", [], addr("halloran"), [("Home nursing partners", "education@riverbendnursing.example")],
                "Hands-on session: ABI and compression",
                "Hello,\n\nHands-on session on Doppler ABI and multilayer compression, %s, 13:00-16:00, room B-310. "
                "Max 12 participants.\n\n%s\n" % (fmt_date(d, L, "long"), sig("halloran", L)))
