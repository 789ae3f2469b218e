"""English positive messages (confidential) - part 2."""
import datetime

import gen_common as C
import gen_docs as D
from gen_mime import Att, Mail, assemble
from gen_pos_en import TD, he, him, his, nam_id, st_pair, PROGRAMS


# ---------------------------------------------------------------- E9 pharmacy
def e_pharmacy(ctx):
    rng = ctx.rng
    p = ctx.holder("adult")
    ph = ctx.staff("en", 6)
    md = ctx.staff("en", rng.choice([1, 15]))
    when = ctx.date()
    change = rng.choice([
        ("T2DM", "Increase insulin glargine (Lantus) from 16 to 20 units at bedtime. Continue metformin 1000 mg BID.",
         "fasting glucose 10-13 mmol/L on home uploads for 10 days"),
        ("hypertension", "Stop amlodipine 5 mg. Start perindopril/amlodipine 4/5 mg (Viacoram) once daily.",
         "home BP average 149/92 over 14 days, ankle edema on amlodipine"),
        ("heart failure", "Furosemide 40 mg: change to 60 mg every morning x 5 days, then back to 40 mg daily.",
         "weight +2.4 kg in 3 days"),
    ])
    nm = ctx.name_form(p, "en", ["full", "last_first", "titled_full"])
    text = """To the pharmacist on duty,

Medication change for our shared patient, enrolled in the %s virtual ward programme:

Patient: %s
%s
Phone: %s

%s
Reason: %s.

Please update the blister pack from the next cycle and call the ward (450-555-0146) if any interaction flags. A signed prescription follows by fax.

%s""" % (change[0], nm, ctx.identity(p, "en"), p.phone, change[1], change[2], md["given"]) + ctx.sig(md, "en")
    return Mail("en", "pharmacy", "medication change sent to a community pharmacy", rng.choice(
        ["Rx change - virtual ward patient", "Medication change / blister pack", "Prescription update"]),
        st_pair(md), [("Pharmacie Beaudry-Lacasse", "labo@" + C.PHARMA_DOM)], cc=[st_pair(ph)], text=text, date=when,
        types=["patient_name", "ramq_nam", "date_of_birth", "patient_contact", "medication", "diagnosis", "lab_result"],
        ids=nam_id(p), nams=[p], names=[nm])


# ---------------------------------------------------------------- E10 discharge DOCX
def e_discharge(ctx):
    rng = ctx.rng
    p = ctx.holder("senior")
    md = ctx.staff("en", rng.choice([1, 15]))
    when = ctx.date()
    days = rng.randint(12, 34)
    dx = rng.choice([("COPD with acute exacerbation", "SpO2 nadir 86% day 2, 93-95% on room air from day 6",
                      ["tiotropium 18 mcg daily", "budesonide/formoterol 200/6 2 puffs BID", "salbutamol prn"]),
                     ("Heart failure with reduced EF", "weight down 3.1 kg to 71.8 kg, stable x 7 days; K 4.4",
                      ["furosemide 40 mg daily", "sacubitril/valsartan 49/51 mg BID", "bisoprolol 5 mg daily"]),
                     ("Hypertensive urgency", "home BP from 186/104 to 134/82 (7-day mean)",
                      ["amlodipine 10 mg daily", "indapamide 1.25 mg daily"])])
    paras = ["Patient: %s" % p.full(),
             "RAMQ: %s    DOB: %s    Sex: %s" % (C.fmt_nam(p.nam, rng.choice(["plain", "space"])), C.fmt_date(p.dob, "en_long"), p.sex),
             "Episode: %d days of remote monitoring, ended %s." % (days, when.strftime("%Y-%m-%d")),
             "## Diagnosis", dx[0],
             "## Course", "Uploads complete on %d%% of days. %s. Two telehealth visits, no ED visits." % (rng.randint(82, 99), dx[1]),
             "## Medications at end of monitoring"] + dx[2] + [
             "## Follow-up", "Family physician in 2 weeks. Kit returned. Patient aware of red flags."]
    docx = D.build_docx("Virtual Ward - End of monitoring summary", paras, author="Virtual Ward")
    fn = rng.choice(["VW_summary_%s.docx" % p.surname, "End of monitoring summary.docx"])
    text = "Dr. %s,\n\nPlease find attached the end-of-monitoring summary for your patient. Happy to discuss.\n\nRegards,\n%s" % (
        rng.choice(["Lemay", "Sauvé", "Ahmadi", "Reyes"]), md["name"]) + ctx.sig(md, "en")
    return Mail("en", "discharge", "end of remote monitoring summary to the family physician",
                rng.choice(["End of monitoring summary", "Virtual ward discharge summary", "VW summary for your patient"]),
                st_pair(md), [("GMF des Saules", "secretariat@gmf-saules.example")], text=text, date=when,
                atts=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)],
                types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication", "lab_result"],
                ids=nam_id(p), nams=[p], names=[p.full()])


# ---------------------------------------------------------------- E11 lab follow-up
def e_lab(ctx):
    rng = ctx.rng
    p = ctx.patient("en")
    md = ctx.staff("en", rng.choice([1, 2]))
    rn = ctx.staff("en", rng.choice([0, 14]))
    when = ctx.date()
    k = round(rng.uniform(5.5, 6.2), 1)
    cr = rng.randint(138, 190)
    mrn = C.fmt_mrn(p.mrn, rng.choice(["plain", "space", "dot", "slash", "fw", "prefix"]))
    nm = ctx.name_form(p, "en", ["titled", "last_first", "full", "initial_surname"])
    text = """%s,

Day-7 bloods back for %s (MRN %s): K %.1f, creat %d (was %d at discharge), Na 136. This is after sacubitril/valsartan was started 9 days ago for HFrEF; spironolactone still on.

Weights flat, BP 102/64 this morning. Do you want to hold spiro and repeat Friday? I can book the CLSC draw.

%s""" % (md["given"], nm, mrn, k, cr, cr - rng.randint(20, 40), rn["given"])
    return Mail("en", "lab_followup", "abnormal potassium result follow-up", rng.choice(
        ["K+ %.1f - please review" % k, "Day 7 labs", "lytes back"]), st_pair(rn), [st_pair(md)], text=text, date=when,
        types=["patient_name", "mrn", "lab_result", "medication", "diagnosis"], names=[nm, mrn])


# ---------------------------------------------------------------- E12 vendor ticket with patient data
def e_vendor_ticket(ctx):
    rng = ctx.rng
    p = ctx.patient("en")
    rn = ctx.staff("en", rng.choice([0, 14]))
    when = ctx.date()
    tk = "TV-%06d" % rng.randint(100000, 999999)
    nm = ctx.name_form(p, "en", ["full", "titled_full", "lower"])
    text = """Hello support,

Ticket %s - still open. The scale for our patient %s has not synced since %s. %s is one of our heart failure patients and we are flying blind: last weight received %.1f kg and %s reports it's "going up". Gateway light is solid orange.

Could your tech call %s directly at %s this afternoon? %s is home all day. Serial on the gateway: %s.

Thanks,
%s""" % (tk, nm, rng.choice(["Tuesday", "the weekend", "Monday night"]), he(p).capitalize(), rng.uniform(64, 112), he(p),
         him(p), p.phone, he(p).capitalize(), C.luhn_serial(rng, "86", 15), rn["name"])
    return Mail("en", "vendor_ticket", "device support ticket that includes patient details",
                "RE: [%s] Scale not syncing" % tk, st_pair(rn), [("Televigie Support", "support@" + C.VENDOR_DOM)],
                text=text + ctx.sig(rn, "en"), date=when,
                types=["patient_name", "diagnosis", "lab_result", "patient_contact"], names=[nm])


# ---------------------------------------------------------------- E13 reply with quoted text
def e_reply(ctx):
    rng = ctx.rng
    p = ctx.patient("en")
    md = ctx.staff("en", rng.choice([1, 15, 2]))
    rn = ctx.staff("en", rng.choice([0, 14]))
    when = ctx.date()
    prev = when - TD(minutes=rng.randint(20, 300))
    nm = ctx.name_form(p, "en", ["lower", "initial_surname", "full", "last_first"])
    w1 = rng.uniform(70, 98)
    orig = """Hi,

%s (VW-%02d) up %.1f kg over 48h, %.1f this am. Mild orthopnea, 2 pillows. Taking furosemide 40 daily, BP 118/70, HR 78. HFrEF, EF 30%%.

Increase diuretic? Lytes were ok last week (K 4.2).

%s""" % (nm, rng.randint(1, 24), rng.uniform(2.0, 2.9), w1, rn["given"])
    reply = rng.choice(["Yes - furosemide 60 mg daily x 3 days then back to 40. Lytes Friday. Call me if not down by 1 kg.",
                        "ok 40 BID for 2 days, repeat weight tmrw, BMP Friday.",
                        "Agree, go to 80 mg once daily. If orthopnea worse tonight -> ED."])
    text = "%s\n\n%s\n\n%s\n%s\n" % (reply, md["given"][0] if rng.random() < 0.4 else md["given"], ctx.reply_header("en", rn, prev),
                                   ctx.quote(orig))
    return Mail("en", "reply", "physician reply quoting a weight-gain report", "RE: weight up", st_pair(md), [st_pair(rn)],
                text=text, date=when, headers=["In-Reply-To: <%x@%s>" % (rng.getrandbits(40), C.DOM)],
                types=["patient_name", "diagnosis", "lab_result", "medication"], names=[nm])


# ---------------------------------------------------------------- E14 inline forward of patient mail
def e_forward_patient(ctx):
    rng = ctx.rng
    p = ctx.patient("en")
    rn = ctx.staff("en", rng.choice([0, 14]))
    md = ctx.staff("en", 8)
    when = ctx.date()
    pw = when - TD(hours=rng.randint(1, 5))
    addr = "%s.%s%d@mailbox.example" % (p.given.lower(), p.surname.lower(), rng.randint(1, 99))
    pm = """Hello nurse,

This is %s. My oxygen was %d this morning sitting down and I had to stop twice going to the bathroom. I used the Ventolin 4 times since yesterday, and the Spiriva as usual. No fever. Should I start the prednisone from the rescue pack?

%s
%s""" % (p.full(), rng.randint(84, 88), p.given, p.phone)
    text = "Dr. %s - forwarding, COPD patient on the oximetry programme. I'll call %s now but wanted you in the loop re: rescue pack.\n\n%s\n%s" % (
        md["surname"], him(p), ctx.fwd_block("en", (p.full(), addr), "rpm@" + C.DOM, pw, "oxygen low"), pm)
    return Mail("en", "forward", "forwarded patient message reporting low oxygen", "Fwd: oxygen low", st_pair(rn), [st_pair(md)],
                text=text + ctx.sig(rn, "en"), date=when,
                types=["patient_name", "lab_result", "medication", "diagnosis", "patient_contact"], names=[p.full()])


# ---------------------------------------------------------------- E15 insurer form with SIN
def e_insurer(ctx):
    rng = ctx.rng
    p = ctx.patient("en", 35, 62)
    sin = C.make_sin(rng)
    md = ctx.staff("en", rng.choice([1, 2]))
    sec = ctx.staff("en", 4)
    when = ctx.date()
    lines = ["## Claimant", "Name: %s" % p.last_first(), "Date of birth: %s" % C.fmt_date(p.dob, "dmy"),
             "Social Insurance Number: %s" % C.fmt_sin(sin, rng.choice(["space", "dash", "plain"])),
             "Policy / certificate: GRP-%d / %d" % (rng.randint(1000, 9999), rng.randint(100000, 999999)),
             "## Attending physician statement",
             "Diagnosis: ischemic cardiomyopathy after anterior STEMI; LVEF 35%.",
             "Treatment: remote monitoring (virtual ward) since %s; cardiac rehab referral." % (when.date() - TD(days=30)).isoformat(),
             "Medications: ticagrelor 90 mg BID, ASA 81 mg, bisoprolol 5 mg, sacubitril/valsartan 49/51 mg BID, rosuvastatin 20 mg.",
             "Restrictions: no lifting > 10 kg, no driving commercial vehicle for 3 months.",
             "The claimant is currently receiving no income and has applied for EI sickness benefits; short-term disability requested.",
             "Estimated return to work: %s" % (when.date() + TD(days=rng.randint(45, 100))).isoformat(),
             "Physician: %s, %s" % (md["name"], md["role"])]
    pdf = D.build_pdf("Short-term disability - Attending physician statement", lines, header="Boreal Insurance - Form APS-2")
    fn = rng.choice(["APS_%s.pdf" % p.surname, "disability_form_signed.pdf"])
    text = "Hello,\n\nPlease find the completed attending physician statement attached for the claim referenced in your letter of %s.\n\n%s\nMedical secretary, Virtual Ward\n" % (
        (when.date() - TD(days=12)).strftime("%B %d"), sec["name"])
    return Mail("en", "insurer_form", "disability insurer form with SIN and diagnosis", "Claim %d - attending physician statement" % rng.randint(300000, 899999),
                st_pair(sec), [("Claims intake", "claims@" + C.INSURER_DOM)], text=text, date=when,
                atts=[Att(fn, "application/pdf", pdf)],
                types=["patient_name", "date_of_birth", "ca_sin", "diagnosis", "medication", "social_information"],
                ids=[("ca_sin", sin)], names=[p.last_first()])


# ---------------------------------------------------------------- E16 Ontario patient
def e_ontario(ctx):
    rng = ctx.rng
    p = ctx.patient("en")
    p.address = C.home_address(rng, "en", "ON")
    p.phone = C.tel(rng, "613")
    num, vc = C.make_ohip(rng)
    md = ctx.staff("en", 1)
    when = ctx.date()
    hcn = C.fmt_ohip(num, vc, rng.choice(["dash", "space", "plain", "novc"]))
    text = """Dear colleagues at Ottawa Valley Health RPM,

We would like to transfer remote monitoring for an Ontario resident who was admitted here while visiting family:

%s, DOB %s, OHIP %s
Home: %s - tel. %s

Dx: new-onset atrial fibrillation with RVR, rate controlled; hypertension. Discharged on metoprolol 50 mg BID and apixaban 5 mg BID. Home BP/HR uploads for 3 weeks requested; last 3 days HR 68-84, BP 128-141/78-86.

Discharge summary to follow through the secure portal. Could you confirm who will take the first alerts?

%s""" % (p.last_first(), C.fmt_date(p.dob, rng.choice(["iso", "en_long"])), hcn, p.address, p.phone, md["name"])
    return Mail("en", "referral", "transfer of remote monitoring for an Ontario patient",
                "Transfer of RPM - Ontario resident", st_pair(md), [("RPM intake", "rpm.intake@" + C.ON_DOM)],
                text=text + ctx.sig(md, "en"), date=when,
                types=["patient_name", "date_of_birth", "ca_health_number", "patient_contact", "diagnosis", "medication", "lab_result"],
                ids=[("ca_health_number", num)], names=[p.last_first()])


# ---------------------------------------------------------------- E17 social work
def e_social(ctx):
    rng = ctx.rng
    p = ctx.patient("en")
    sw = ctx.staff("en", 9)
    rn = ctx.staff("en", rng.choice([0, 14, 7]))
    when = ctx.date()
    situ = rng.choice([
        "received an eviction notice for the end of the month; rent arrears since the hospital stay. Hydro was cut Tuesday so the tablet and scale can't charge",
        "lives alone since the spouse moved to long-term care, no family nearby; income is OAS/GIS only and she/he is skipping meals to pay for the new medications",
        "disclosed that the son who lives in the basement takes the pension cheque and shouts at him/her; agreed to a safety plan, does not want police involved for now",
    ]).replace("she/he", he(p)).replace("him/her", him(p))
    nm = ctx.name_form(p, "en", ["titled", "full", "last_first"])
    text = """%s,

Follow-up on %s (COPD + diabetes, VW since last week). On my home visit today %s %s.

What I've done: called the landlord / emergency assistance line, applied for the municipal rent bank, referral to CLSC home support. Please don't discharge from the programme before we have a plan - I'll update Friday.

%s""" % (rn["given"], nm, he(p), situ, sw["given"]) + ctx.sig(sw, "en")
    return Mail("en", "social_work", "social worker update on a monitored patient's living situation",
                rng.choice(["Home visit - social situation", "SW follow-up", "re: home situation"]),
                st_pair(sw), [st_pair(rn)], text=text, date=when,
                types=["patient_name", "diagnosis", "social_information"], names=[nm])


# ---------------------------------------------------------------- E18 postpartum BP
def e_postpartum(ctx):
    rng = ctx.rng
    p = ctx.holder("young_f")
    rn = ctx.staff("en", rng.choice([0, 14]))
    md = ctx.staff("en", 15)
    when = ctx.date()
    sbp, dbp = rng.randint(152, 168), rng.randint(100, 112)
    nm = ctx.name_form(p, "en", ["full", "last_first"])
    text = """Victor,

Postpartum BP programme - %s
%s

Day %d postpartum (preeclampsia, delivered by C-section). Uploads this morning %d/%d and %d/%d, headache 4/10, no visual symptoms, no RUQ pain. Labetalol 200 mg TID, last dose 08:00. Nifedipine XL not started yet.

Per protocol this is an amber -> needs a prescriber call within 1 h. She's reachable now.

%s""" % (nm, ctx.identity(p, "en"), rng.randint(4, 9), sbp, dbp, sbp - 4, dbp - 2, rn["given"])
    return Mail("en", "alert", "postpartum blood pressure escalation", rng.choice(["Postpartum BP - amber", "PP BP call needed"]),
                st_pair(rn), [st_pair(md)], text=text, date=when, headers=["Importance: high", "X-Priority: 1"],
                types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result", "medication"],
                ids=nam_id(p), nams=[p], names=[nm])


# ---------------------------------------------------------------- E19 name only in subject
def e_subject_only(ctx):
    rng = ctx.rng
    p = ctx.patient("en")
    rn = ctx.staff("en", rng.choice([0, 14]))
    when = ctx.date()
    subj = rng.choice(["%s - weekly RPM summary" % p.surname_initial(), "%s: BP week 3" % p.last_first(),
                       "weekly summary %s" % p.lower()])
    nm = subj.split(" - ")[0].split(": ")[0].replace("weekly summary ", "")
    text = """Dr. %s,

7-day average 146/88 (target < 130/80), 13 of 14 readings uploaded. Amlodipine went from 5 to 10 mg on Monday; no ankle swelling so far. Denies headache. HTN with proteinuria - do you want to add perindopril before the next visit?

Next summary in one week.
%s""" % (rng.choice(["Lemay", "Ahmadi", "Reyes", "Sauvé"]), rn["name"]) + ctx.sig(rn, "en")
    return Mail("en", "weekly_summary", "weekly monitoring summary, patient named only in the subject", subj,
                st_pair(rn), [("Dr. Reyes office", "reception@gmf-saules.example")], text=text, date=when,
                types=["patient_name", "lab_result", "medication", "diagnosis"], names=[nm])


# ---------------------------------------------------------------- E20 attached .eml alert
def e_eml_alert(ctx, idx):
    rng = ctx.rng
    p = ctx.holder("senior")
    rn = ctx.staff("en", rng.choice([0, 14]))
    when = ctx.date()
    at = when - TD(hours=rng.randint(1, 4))
    spo2 = rng.randint(82, 87)
    inner_text = """Televigie - RED alert

Patient: %s
%s
Programme: COPD oximetry
Reading: SpO2 %d%%, pulse %d bpm at %s (2 readings below 88%%)
Symptom score: breathlessness 7/10

This alert requires acknowledgement within 30 minutes.
""" % (p.last_first(), ctx.identity(p, "en", dob_style="iso"), spo2, rng.randint(96, 122), at.strftime("%H:%M"))
    inner = Mail("en", "alert", "", "[RED] SpO2 below threshold - %s" % p.surname.upper(),
                 ("Televigie Alerts", "no-reply@" + C.VENDOR_DOM), [("RPM nurses", "rpm-nurses@" + C.DOM)],
                 text=inner_text, date=at, form=rng.choice(["plain", "html"]))
    inner_bytes = assemble(inner, idx + 5000, rng, C.VENDOR_DOM, inner=True)
    text = """Hello CLSC intake,

Alert attached. %s is not answering (3 calls, voicemail full). Lives alone at %s. Could the home care nurse do a wellness check this morning? If no answer we will call 911.

Ward line: 450-555-0146.
%s""" % (p.titled_full("en"), p.address, rn["name"]) + ctx.sig(rn, "en")
    return Mail("en", "alert_fwd", "alert forwarded as an attached message asking for a home check",
                rng.choice(["URGENT - wellness check requested", "Fwd: [RED] SpO2 alert - no answer"]),
                st_pair(rn), [("Accueil CLSC", "accueil@" + C.CLSC_DOM)], text=text, date=when,
                atts=[Att("alert_%s.eml" % at.strftime("%H%M"), "message/rfc822", inner_bytes)],
                types=["patient_name", "ramq_nam", "date_of_birth", "lab_result", "diagnosis", "patient_contact", "social_information"],
                ids=nam_id(p), nams=[p], names=[p.titled_full("en"), p.last_first()])


# ---------------------------------------------------------------- E21 ZIP of per-patient reports
def e_zip_reports(ctx):
    rng = ctx.rng
    md = ctx.staff("en", 10)
    when = ctx.date()
    members, names = [], []
    for i in range(rng.randint(2, 4)):
        p = ctx.patient("en")
        prog = rng.choice(PROGRAMS)
        lines = ["Patient: %s    MRN: %s" % (p.full(), C.fmt_mrn(p.mrn, "plain")),
                 "Programme: %s (%s)" % (prog[0], prog[1]),
                 "Reporting month: %s" % when.strftime("%B %Y"),
                 "Uploads: %d/%d days" % (rng.randint(20, 30), 30),
                 "Latest: %s" % prog[2](rng), "Changes this month: %s" % rng.choice(prog[3])]
        members.append(("monthly_%s_%s.pdf" % (p.surname.upper(), p.given), D.build_pdf("Monthly RPM report", lines)))
        names.append(p.full())
    z = D.build_zip(members)
    text = "Hi,\n\nMonthly reports for your clinic's enrolled patients are in the zip (%d files). Let me know if one is missing; next batch goes out the first Monday of the month.\n\nBen\n" % len(members)
    return Mail("en", "reports_zip", "zip of monthly per-patient monitoring reports", "Monthly RPM reports - %s" % when.strftime("%B"),
                st_pair(md), [("GMF des Saules", "secretariat@gmf-saules.example")], text=text, date=when,
                atts=[Att("RPM_reports_%s.zip" % when.strftime("%Y%m"), "application/zip", z)],
                types=["patient_name", "mrn", "diagnosis", "lab_result", "medication"], names=names)


# ---------------------------------------------------------------- E22 vCard of a patient
def e_vcard(ctx):
    rng = ctx.rng
    p = ctx.patient("en")
    rn = ctx.staff("en", rng.choice([0, 14]))
    tech = ctx.staff("en", 5)
    when = ctx.date()
    parts = p.address.split(", ")
    street = ", ".join(parts[:-1])
    town_prov = parts[-1]
    town = town_prov.split(" (")[0]
    postal = town_prov.split(") ")[1]
    note = rng.choice(["New enrolment COPD - deliver oximeter + tablet", "HF programme - scale + cuff, 2nd floor no elevator"])
    vcf = D.build_vcf(p.given, p.surname, tel=p.phone, adr=(street, town, "QC", postal), note=note, tel_type="HOME")
    text = "%s - contact card for tomorrow's delivery attached. %s\n\n%s\n" % (tech["given"], note, rn["given"])
    return Mail("en", "device_delivery", "patient contact card for a monitoring kit delivery", "Delivery tomorrow",
                st_pair(rn), [st_pair(tech)], text=text, date=when,
                atts=[Att("%s %s.vcf" % (p.given, p.surname), "text/vcard", vcf, charset="utf-8")],
                types=["patient_name", "patient_contact", "diagnosis"], names=[p.full()])


TEMPLATES_EN = [
    "e_alert", "e_referral", "e_census", "e_signout", "e_device_loan", "e_courier", "e_telehealth",
    "e_glucose_csv", "e_pharmacy", "e_discharge", "e_lab", "e_vendor_ticket", "e_reply", "e_forward_patient",
    "e_insurer", "e_ontario", "e_social", "e_postpartum", "e_subject_only", "e_eml_alert", "e_zip_reports", "e_vcard",
]
