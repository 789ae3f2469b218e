"""Confidential messages in English (reciprocal billing, insurers, collections)."""
import datetime

from gen_clin import TRAUMA, bundle, dx, lab
from gen_docs import make_csv, make_docx, make_ics, make_pdf, make_vcf, make_xlsx, make_zip
from gen_common import strip_accents
from gen_spec import ORG_EN, sub_spec


def _hi(m, p=None):
    r = m.ctx.rng
    return r.choice(["Hi %s," % p.given if p else "Hi,", "Hello,", "Good morning,", "%s," % p.given if p else "Hi all,"])


def _bye(m):
    return m.ctx.rng.choice(["Thanks,", "Thank you!", "Thanks in advance,", "Regards,", "Best,"])


def ohip_reciprocal(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    rows = [["Patient", "Health number", "DOB", "Service date", "Dx", "Reason"]]
    for _ in range(r.randint(1, 3)):
        p = ctx.person("en", age=(18, 88))
        d, code = dx(r, "en")
        rows.append([m.name(p, r.choice(["caps_first", "full", "sur_first"])), m.ohip(), m.dob(p),
                     m.d(m.before(20, 80), "%Y-%m-%d"), "%s %s" % (code, d),
                     r.choice(["version code mismatch", "HN not eligible on DOS", "duplicate claim"])])
    m.t("patient_name", "diagnosis")
    blocks = [_hi(m, you),
              "The following out-of-province (Ontario) claims came back rejected on the last reciprocal remittance:",
              ("table", rows),
              "Could you check the cards scanned at registration? If the patient gave an old card we will need to call them.",
              _bye(m), m.sig(me, "billing")]
    return m.spec("Reciprocal billing rejects - Ontario", blocks, m.addr(me), [m.addr(you)],
                  "rejected Ontario reciprocal claims", table_style=r.choice(["align", "pipe"]))


def us_insurer(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    p = ctx.person("en", age=(22, 85))
    d, code = dx(r, "en", [0, 1, 2, 4, 11, 14, 3])
    md = r.choice(["apixaban 5 mg BID", "amoxicillin-clavulanate 875 mg BID", "metoprolol 25 mg BID", "enoxaparin 40 mg SC daily"])
    adr = "%d %s, %s" % (r.randint(10, 9800), r.choice(["Oak Hollow Dr", "W 3rd St", "Pine Ridge Rd", "Harbor Blvd"]),
                         r.choice(["Burlington, VT 05401", "Plattsburgh, NY 12901", "Bangor, ME 04401"]))
    mrn = m.mrn()
    m.t("patient_name", "date_of_birth", "patient_contact", "diagnosis", "medication")
    adm = m.before(10, 40)
    paras = ["Patient: %s    DOB: %s    Sex: %s" % (m.name(p, "caps_first"), m.dob(p), p.sex),
             "Home address: %s" % adr, "Chart: %s    Member ID: %s" % (mrn, "%s%09d" % (r.choice(["XWB", "ZGH", "QJK"]), r.randrange(10 ** 9))),
             "Admitted %s via Emergency; principal diagnosis %s (ICD-10 %s)." % (adm.isoformat(), d, code),
             "Discharge medications: %s." % md]
    rows = [["Rev code", "Description", "Units", "Charge (CAD)"],
            ["0450", "Emergency room", "1", "%.2f" % ctx.amount(900, 1800)],
            ["0200", "ICU / step-down", str(r.randint(1, 4)), "%.2f" % ctx.amount(5000, 20000)],
            ["0250", "Pharmacy", "1", "%.2f" % ctx.amount(200, 3000)]]
    m.atts.append(dict(kind="pdf", filename="Itemized_claim_%s.pdf" % m.d(fmt="%Y%m%d"),
                       data=make_pdf("Itemized statement - international patient", paras, rows, footer=ORG_EN)))
    blocks = ["Dear Claims Team,",
              "Please find attached the itemized claim for your member treated at our facility. We have not received the guarantee of payment requested on %s." % m.d(m.before(1, 8)),
              "Kindly remit in Canadian dollars by wire; banking details are on page 1.", "Sincerely,", m.sig(me, "billing")]
    return m.spec("Claim submission - out-of-country member - chart %s" % mrn, blocks, m.addr(me),
                  [("International Claims", "intlclaims@granite-health-plans.example")], "itemized claim to US insurer")


def uninsured_deposit(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    p = ctx.person("en", sex="F", age=(19, 40))
    m.t("patient_name", "social_information", "diagnosis")
    sit = r.choice(["she arrived two months ago, is still in the provincial waiting period and is staying at the YWCA shelter with no income",
                    "she has no status in Canada and is living with friends; no income, no insurance",
                    "she lost coverage after leaving her job and says she is on social assistance now"])
    dd = r.choice(["prenatal care, 34 weeks, preeclampsia being monitored", "preterm labour, admitted to L&D", "gestational diabetes follow-up"])
    blocks = [_hi(m, you),
              r.choice(["Quick question on the deposit policy for %s: %s. Obstetrics has her booked (%s).",
                        "Admitting flagged %s for a deposit - %s. She is followed in obstetrics (%s)."]) % (m.name(p, r.choice(["full", "title", "lower"])), sit, dd),
              r.choice(["Can we waive the deposit under the humanitarian exception and refer her to social work for the RAMQ file? I don't want her skipping appointments because of the bill.",
                        "I'd like to waive it and send a referral to social work. OK with you?"]),
              _bye(m), m.sig(me, "billing")]
    return m.spec("Deposit waiver - uninsured obstetric patient", blocks, m.addr(me), [m.addr(you)],
                  "deposit waiver request for uninsured pregnant patient")


def wsib(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    p = ctx.person("en", age=(19, 64))
    d, code = dx(r, "en", TRAUMA)
    m.t("patient_name", "diagnosis", "date_of_birth")
    blocks = ["Hello,",
              "We treated an Ontario worker injured on a job site in our region. Details for the claim:",
              "Name: %s\nDOB: %s\nOHIP: %s\nDate of injury: %s\nDiagnosis: %s (%s)\nServices: ED visit, imaging, %s"
              % (m.name(p, r.choice(["caps_first", "full"])), m.dob(p), m.ohip(), m.d(m.before(10, 40), "%Y-%m-%d"), d, code,
                 r.choice(["ortho clinic follow-up x2", "plastics repair", "physio assessment"])),
              "Please confirm the WSIB claim number so we can bill you directly rather than the patient.", _bye(m), m.sig(me, "billing")]
    return m.spec("WSIB claim - Ontario worker treated in Quebec", blocks, m.addr(me),
                  [("Claims Intake", "intake@workplace-insurance.example")], "work injury claim, Ontario worker")


def payment_plan(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    p = ctx.person("en", age=(25, 75))
    tel = ctx.phone_fmt(r.choice(["613", "819"]))
    bal = ctx.amount(300, 5000)
    m.t("patient_name", "social_information", "patient_contact")
    blocks = [_hi(m, you),
              "%s called back (%s). %s Balance is %s from the %s." % (
                  m.name(p), tel, r.choice(["%s's on ODSP and can only do $20 a month." % m.g(p, "He", "She"),
                                            "%s's on Ontario Works since %s separation and asked for a payment plan." % (m.g(p, "He", "She"), m.g(p, "his", "her")),
                                            "%s receives disability support and lives in subsidized housing; asked for a hardship reduction." % m.g(p, "He", "She")]),
                  m.money(bal), r.choice(["ambulance transfer", "semi-private room", "uninsured portion of the stay"]))]
    if r.random() < 0.6:
        d, _ = dx(r, "en", [5, 6, 8, 15, 16, 28])
        m.t("diagnosis")
        blocks.append("Admission was for %s." % d)
    blocks += ["OK to set up the plan and stop the dunning letters?", _bye(m), m.sig(me, "billing")]
    return m.spec("Payment plan request - hardship", blocks, m.addr(me), [m.addr(you)],
                  "hardship payment plan for patient on income support")


def collections_hold(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    p = ctx.person("en", age=(25, 70))
    d, _ = dx(r, "en", [16, 29, 28, 10, 0])
    mrn = m.mrn()
    m.t("patient_name", "social_information", "diagnosis")
    when = m.earlier(5, 40)
    q = ["Please put a hold on collections for chart %s. Patient is currently homeless (no fixed address, mail was returned), admitted for %s. SW is working on coverage." % (mrn, d)]
    blocks = ["Done - hold placed until %s. I also removed the returned-mail flag." % m.d(m.after(30, 90)),
              m.sig(you, "billing"), ("quote", m.quote_hdr("%s %s" % (me.given, me.surname), when),
                                        q + ["Name on the account: %s" % m.name(p, r.choice(["caps_first", "full", "caps_comma"]))])]
    return m.spec("RE: collections hold - %s" % mrn, blocks, m.addr(you), [m.addr(me)],
                  "collections hold for homeless patient (reply)")


def refund(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    p = ctx.person("en", age=(20, 85))
    adr = ctx.address("en", r.choice(["qc", "on"]))
    pr = r.choice(["knee MRI (meniscal tear)", "pelvic ultrasound (ovarian cyst)", "CT abdomen (kidney stone)", "colonoscopy (polyps)"])
    m.t("patient_name", "patient_contact", "diagnosis")
    blocks = [_hi(m, you),
              "Please issue a refund cheque of %s to %s, %s. Double payment for the %s on %s (paid by card at the desk and again online)."
              % (m.money(ctx.amount(40, 800)), m.name(p, r.choice(["full", "title"])), adr, pr, m.d(m.before(20, 90))),
              _bye(m), m.sig(me, "billing")]
    return m.spec("Refund request - overpayment", blocks, m.addr(me), [m.addr(you)], "refund cheque to patient home address")


def infusion_billing(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    holder = r.random() < 0.5
    p = ctx.holder() if holder else ctx.person("en", age=(20, 80))
    d, md = bundle(r, "en")
    m.t("patient_name", "medication", "diagnosis")
    if holder:
        ident = "%s, DOB %s, %s, RAMQ %s" % (m.name(p, "caps_first"), m.dob(p), m.sexs(p), m.nam(p))
    else:
        ident = "%s, DOB %s" % (m.name(p, "caps_first"), m.dob(p))
    blocks = [_hi(m, you),
              "Prior authorization came through for %s: %s for %s, approved for %d doses at the outpatient infusion clinic."
              % (ident, md, d, r.randint(4, 12)),
              "Please set up the private-insurer billing before the first appointment on %s." % m.d(m.after(3, 20)),
              _bye(m), m.sig(me, "pharm")]
    return m.spec("Prior auth approved - infusion billing setup", blocks, m.addr(me), [m.addr(you)],
                  "prior authorization for infusion drug billing")


def lab_dispute(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    p = ctx.person("en", age=(25, 80))
    l1, l2 = lab(r, "en"), lab(r, "en")
    m.t("patient_name", "lab_result")
    blocks = [_hi(m, you),
              "%s (chart %s) disputes the charge for the bloodwork on %s; %s says the tests were ordered by %s family doctor, not us. "
              "Results on file: %s, %s." % (m.name(p), m.mrn(), m.d(m.before(15, 60)), "she" if p.sex == "F" else "he",
                                            "her" if p.sex == "F" else "his", l1, l2),
              "Can the lab confirm who the requisition came from? If it's external we reverse the charge.",
              _bye(m), m.sig(me, "billing")]
    return m.spec("Disputed lab charge", blocks, m.addr(me), [m.addr(you)], "disputed lab charge with results")


def aps_fee(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    p = ctx.person("en", age=(25, 62))
    d, _ = dx(r, "en", [15, 19, 27, 7, 20])
    m.t("patient_name", "diagnosis", "date_of_birth")
    paras = ["Claimant: %s" % m.name(p, r.choice(["caps_first", "full"])), "Date of birth: %s" % m.dob(p),
             "SIN: %s" % m.sin(), "Primary diagnosis: %s" % d,
             "Off work since: %s" % m.d(m.before(30, 150), "%Y-%m-%d"),
             "Expected return: %s" % r.choice(["unknown", "3 months", "reassess in 6 weeks"])]
    kind = r.choice(["pdf", "docx"])
    data = make_pdf("Attending Physician Statement", paras) if kind == "pdf" else make_docx("Attending Physician Statement", paras)
    m.atts.append(dict(kind=kind, filename="APS_completed.%s" % kind, data=data))
    blocks = ["Hello,", "The attached APS has been completed by Dr. %s. Our fee of %s applies; please remit with your claim reference." % (ctx.staff("en").surname, m.money(r.choice([60, 85, 120]))),
              _bye(m), m.sig(me, "billing")]
    return m.spec("Completed Attending Physician Statement - fee", blocks, m.addr(me),
                  [("LTD Claims", "ltd.claims@northstar-life.example")], "disability insurer form with fee")


def fwd_ed_call(m):
    ctx, r = m.ctx, m.ctx.rng
    me, clerk, you = ctx.staff("en"), ctx.staff("en"), ctx.staff("en")
    p = ctx.person("en", age=(30, 85))
    tel = ctx.phone_fmt()
    l1 = lab(r, "en")
    m.t("patient_name", "patient_contact", "lab_result")
    when = m.earlier(2, 30)
    m.t("diagnosis")
    inner = ["Patient %s called the ED desk about %s bill for the visit on %s (chest pain workup, %s, sent home). "
             "Wants someone from billing to call back at %s." % (m.name(p, r.choice(["full", "sur_first", "lower"])), "her" if p.sex == "F" else "his",
                                                                 m.d(m.before(5, 25)), l1, tel),
             clerk.given]
    blocks = [_hi(m, you), "Can you take this one? I'm off tomorrow.", me.given,
              ("fwd", m.fwd_hdr("%s %s <%s>" % (clerk.given, clerk.surname, ctx.email(clerk)), "billing@chrvc.example", when,
                                "patient callback"), inner)]
    return m.spec("Fwd: patient callback", blocks, m.addr(me), [m.addr(you)], "forwarded callback request from ED desk")


def ar_aging(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    rows = [["Account", "Patient", "Chart", "Payer", "Dx", "Days", "Balance"]]
    for i in range(r.randint(5, 9)):
        p = ctx.person("en", age=(18, 90))
        d, code = dx(r, "en")
        rows.append(["A%07d" % r.randrange(10 ** 7), "%s, %s" % (p.surname.upper(), p.given), m.mrn("plain"),
                     r.choice(["Self-pay", "US insurer", "Ontario recip.", "WSIB"]), code + " " + d,
                     r.choice([61, 92, 120, 181, 240]), round(ctx.amount(100, 20000), 2)])
    m.t("patient_name", "diagnosis")
    m.atts.append(dict(kind="xlsx", filename="AR_over_60_days_%s.xlsx" % m.d(fmt="%Y-%m"),
                       data=make_xlsx([("Over 60", rows), ("Notes", [["Prepared by", "%s %s" % (me.given, me.surname)]])])))
    blocks = [_hi(m, you), r.choice(["Attached is the over-60 list for the review meeting. I highlighted the ones I'd like to write off.",
                                     "Here's the aged list for Thursday. Anything over 180 days with no insurer response goes to collections."]),
              _bye(m), m.sig(me, "billing")]
    return m.spec("AR over 60 days - review list", blocks, m.addr(me), [m.addr(you)], "aged receivables list with patients")


def belgian_en(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    p = ctx.person("fr", age=(20, 80))
    d, _ = dx(r, "en", [2, 12, 22, 0, 11])
    m.t("patient_name", "diagnosis")
    fr_ = r.random() < 0.5
    idl, idv = ("Social security number (NIR)", m.nir(p)) if fr_ else ("National number (NISS)", m.niss(p))
    blocks = ["Dear colleagues,",
              "Further to your call, here are the details of your insured patient currently admitted with us:",
              "Name: %s\n%s: %s\nDate of birth: %s\nAdmitted: %s\nDiagnosis: %s"
              % (m.name(p, r.choice(["caps_first", "full"])), idl, idv, m.dob(p), m.d(m.before(1, 8)), d),
              "We need a written guarantee of payment before the planned surgery. The estimate is %s." % m.money(ctx.amount(8000, 30000)),
              "Kind regards,", m.sig(me, "billing")]
    return m.spec("Guarantee of payment needed - %s insured" % ("French" if fr_ else "Belgian"), blocks, m.addr(me),
                  [("Assistance desk", "desk@euro-assist.example")], "payment guarantee, Belgian patient")


def nam_en(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    p = ctx.holder()
    d, code = dx(r, "en")
    m.t("diagnosis")
    blocks = [_hi(m, you),
              "RAMQ rejected the hospital claim for %s - NAM %s, %s, born %s - stay from %s for %s (%s)."
              % (m.name(p), m.nam(p), m.sexs(p), m.dob(p), m.d(m.before(20, 60)), d, code),
              r.choice(["The card on file expired last month; registration has a photo of the new one?",
                        "Looks like the birth date in the registration system doesn't match the card. Can you check the scan?"]),
              _bye(m), m.sig(me, "billing")]
    return m.spec("RAMQ reject - please verify card", blocks, m.addr(me), [m.addr(you)], "RAMQ reject, card verification")


def statement_filename(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    p = ctx.person("en", age=(40, 85))
    mrn = m.mrn()
    m.t("patient_name", "diagnosis")
    tag, what = r.choice([("dialysis", "hemodialysis sessions (ESRD)"), ("chemo", "chemotherapy (breast cancer)"),
                          ("rehab", "rehabilitation after stroke")])
    fn = "Statement_%s_%s_%s.pdf" % (p.surname.replace("'", ""), p.given, tag)
    m.atts.append(dict(kind="pdf", filename=fn, data=make_pdf("Patient statement", [
        "%s %s - chart %s" % (p.given, p.surname, mrn),
        "Outpatient %s, non-resident rate" % what,
        "Balance due: %s" % m.money(ctx.amount(500, 9000))], footer=ORG_EN)))
    blocks = [r.choice(["Hello,", "Good afternoon,"]), r.choice(["As requested on the phone, the statement is attached. Let me know if the insurer needs the itemized version.",
                                                  "Here is the updated statement you asked for. The balance reflects the payment received last week.",
                                                  "Please find the statement attached for your records and for your insurer."]),
              _bye(m), m.sig(me, "billing")]
    return m.spec("Statement as requested", blocks, m.addr(me), [m.addr(ctx.person("en"), "mailbox.example")],
                  "statement; identity in attachment and file name")


def subject_only(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    p = ctx.person("en", age=(30, 80))
    d, md = bundle(r, "en")
    md = md.split(" ")[0]
    m.t("patient_name", "medication")
    subj = "Re: %s - %s charges" % (m.name(p, r.choice(["caps_first", "full", "sur_first"])), md)
    blocks = ["Checked with the insurer: the drug cost is covered at 80%, the chair time is not. I'll send the patient the 20% balance with the next statement.",
              me.given]
    if r.random() < 0.5:
        m.t("diagnosis")
        blocks.insert(1, "Diagnosis on the PA form is %s, matches." % d)
    return m.spec(subj, blocks, m.addr(me), [m.addr(you)], "drug coverage reply; name only in subject")


def vcard_callback(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    p = ctx.person("en", age=(20, 80))
    tel = ctx.phone_fmt()
    d, _ = dx(r, "en", [27, 26, 25, 13])
    m.t("patient_name", "patient_contact", "diagnosis")
    m.atts.append(dict(kind="vcf", filename="%s %s.vcf" % (p.given, p.surname),
                       data=make_vcf("%s %s" % (p.given, p.surname), "%s;%s;;;" % (p.surname, p.given), tel=tel,
                                     adr=ctx.address("en"), note="Balance: %s - %s" % (m.money(ctx.amount(200, 2000)), d))))
    blocks = [r.choice(["Contact card attached - please call about the balance, she prefers evenings.",
                        "Attached: contact for the balance follow-up. Evenings only."]), me.given]
    return m.spec("callback", blocks, m.addr(me), [m.addr(you)], "patient contact card for balance callback")


def ics_colonoscopy(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    p = ctx.person("en", age=(50, 75))
    l1 = r.choice(["positive FIT (312 ng/mL), rectal bleeding", "iron-deficiency anemia, Hb 84 g/L, ferritin 6",
                   "positive FIT, change in bowel habits"])
    m.t("patient_name", "lab_result", "diagnosis")
    st = datetime.datetime.combine(m.after(7, 30), datetime.time(r.choice([7, 8, 11, 13]), r.choice([0, 15, 45])))
    m.atts.append(dict(kind="ics", filename="endoscopy_booking.ics",
                       data=make_ics("%s-%d@chrvc.example" % (st.strftime("%Y%m%d%H%M"), r.randrange(9999)), st,
                                     st + datetime.timedelta(minutes=45), "Colonoscopy - %s" % m.name(p, "caps_first"),
                                     "Endoscopy suite, 3rd floor", "Referral: %s. Uninsured - prepayment required." % l1,
                                     ("Endoscopy booking", "endo@chrvc.example"), m.date.replace(tzinfo=None))))
    blocks = ["Hi,", r.choice(["Booking attached. The patient is uninsured, so please collect the prepayment before the procedure.",
                               "See the attached booking - no provincial coverage on file, prepayment needed at check-in.",
                               "Adding this one to your list: uninsured, prepayment before the scope please."]),
              _bye(m), m.sig(me, "admit")]
    return m.spec("Endoscopy booking - prepayment", blocks, m.addr(me), [("Cashier", "cashier@chrvc.example")],
                  "procedure booking invitation with referral result")


def zip_batch(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("en")
    rows = [["last_name", "first_name", "dob", "health_no", "dos", "dx_code", "dx_desc", "amount"]]
    for _ in range(r.randint(3, 6)):
        p = ctx.person("en", age=(5, 90))
        d, code = dx(r, "en")
        rows.append([p.surname, p.given, p.dob.isoformat(), m.ohip("plain"), m.d(m.before(20, 70), "%Y-%m-%d"), code, d,
                     "%.2f" % ctx.amount(100, 6000)])
    m.t("patient_name", "date_of_birth", "diagnosis")
    c = make_csv(rows)
    m.atts.append(dict(kind="zip", filename="recip_batch_%s.zip" % m.d(fmt="%Y%m%d"),
                       data=make_zip([("batch_%s.csv" % m.d(fmt="%Y%m%d"), c), ("README.txt", b"Reciprocal batch, CHRVC\n")])))
    blocks = ["Hello,", r.choice(["Resubmission batch attached (%d claims), corrected health numbers and version codes.",
                                  "Attached is our corrected batch (%d claims) for the period; please confirm receipt."]) % (len(rows) - 1),
              "Regards,", m.sig(me, "billing")]
    return m.spec("Reciprocal resubmission batch", blocks, m.addr(me), [("Reciprocal unit", "recip@interprov-billing.example")],
                  "zip batch of reciprocal claims")


def eml_daughter(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("en"), ctx.staff("en")
    mom = ctx.person("en", sex="F", age=(78, 95))
    dau = ctx.person("en", sex="F", age=(45, 65))
    dau.surname = mom.surname if r.random() < 0.5 else dau.surname
    m.t("patient_name", "diagnosis", "social_information")
    when = m.earlier(20, 80)
    inner = ["Hello,",
             "I'm writing about the invoice for my mother, %s. She has Alzheimer's and has been waiting for a long-term care bed on your unit since %s. "
             "Her only income is her old age pension and the Guaranteed Income Supplement; she cannot pay the accommodation charge."
             % (m.name(mom, r.choice(["full", "title"])), m.d(m.before(60, 200))),
             "Is there a reduction available?", "%s %s" % (dau.given, dau.surname)]
    m.atts.append(dict(kind="eml", filename="Invoice question.eml",
                       spec=sub_spec(m, "Invoice question", inner, ("%s %s" % (dau.given, dau.surname), "%s.%s@mailbox.example" % (strip_accents(dau.given).lower(), strip_accents(dau.surname).lower().replace("'", "").replace(" ", ""))),
                                     [("Billing", "billing@chrvc.example")], when)))
    blocks = [_hi(m, you), "See the attached message from the family. Can we start the accommodation contribution reduction form with them?",
              _bye(m), m.sig(me, "billing")]
    return m.spec("Fw: Invoice question", blocks, m.addr(me), [m.addr(you)], "family email about reduction, attached")


WRITERS = [ohip_reciprocal, us_insurer, uninsured_deposit, wsib, payment_plan, collections_hold, refund,
           infusion_billing, lab_dispute, aps_fee, fwd_ed_call, ar_aging, belgian_en, nam_en, statement_filename,
           subject_only, vcard_callback, ics_colonoscopy, zip_batch, eml_daughter]
CATS = {ohip_reciprocal: "reciprocal_reject", us_insurer: "insurer_claim", uninsured_deposit: "deposit_waiver",
        wsib: "work_injury_claim", payment_plan: "payment_plan", collections_hold: "collections_hold", refund: "refund",
        infusion_billing: "prior_auth", lab_dispute: "lab_dispute", aps_fee: "insurer_form", fwd_ed_call: "callback_fwd",
        ar_aging: "ar_aging", belgian_en: "payment_guarantee", nam_en: "ramq_reject", statement_filename: "statement",
        subject_only: "coverage_reply", vcard_callback: "callback_vcard", ics_colonoscopy: "booking", zip_batch: "claims_batch",
        eml_daughter: "family_request"}
