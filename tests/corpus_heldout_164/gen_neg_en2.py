"""English non-confidential messages (hard negatives), part 2."""
import datetime as _dt

from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcard, make_zip
from gen_common import (Mail, Att, DOM, DOM_CRISE, CLINIC_EN, ADDR_EN, ADDR_CRISE, day_text, hm, fmt_date,
                        luhn_serial, phone, MONTHS_EN)
from gen_neg_en import A, ALL


def candidates(c):
    m = Mail("candidate_interviews", "en")
    rng = c.rng
    hr = c.staff("rh", lang="en", dom="rh-vallon.example")
    mgr = c.staff("chef", lang="en")
    cands = [c.staff(rng.choice(["psychologue", "ts", "inf"]), lang="en") for _ in range(3)]
    rows = [[x.full, x.role_text("en"), day_text(c.later(3, 10), "en"), hm(rng.choice([9, 11, 14]), 0, "en")] for x in cands]
    blocks = ["Hi " + mgr.given + ",", "Interview schedule for the posted position. CVs are in the HR shared folder.",
              ("table", ["Candidate", "Profession", "Date", "Time"], rows),
              f"{cands[1].full} is currently a crisis counsellor in Gatineau and available from January.",
              ("sig", c.sig(hr, lang="en"))]
    m.blocks = blocks
    m.subject = "Interview schedule - clinical position"
    m.sender = A(hr)
    m.to = [A(mgr)]
    m.note = "candidate interview schedule"
    return m


def it_notice(c):
    m = Mail("it_notice", "en")
    rng = c.rng
    d = c.later(2, 10)
    body = rng.choice([
        [f"The EMR will be unavailable {day_text(d, 'en')} from 10 p.m. to 4 a.m. for the 8.2 upgrade.",
         "Use the downtime paper forms (red bin at the nursing station). The 'MRN' field will accept 8 digits after the upgrade."],
        ["Phishing alert: emails titled 'Your lab results are ready' are circulating. Do not click. Report to security@ti-vallon.example."],
        [f"Multi-factor authentication becomes mandatory for webmail on {day_text(d, 'en')}.",
         "Install the authenticator app on your work phone before that date."]])
    m.blocks = ["Hello,"] + body + [("sig", "IT Service Desk\next. 5000 | 819-555-0199")]
    m.subject = rng.choice(["IT notice", "Scheduled downtime", "Security notice"])
    m.sender = ("IT Service Desk", "soutien@ti-vallon.example")
    m.to = ALL(c)
    m.note = "IT notice"
    return m


def facilities(c):
    m = Mail("facilities", "en")
    rng = c.rng
    d = c.later(1, 10)
    body = rng.choice([[f"Parking lot B will be repaved {day_text(d, 'en')}. Please use the church lot across the street."],
                       [f"Fire drill {day_text(d, 'en')} around 10:00. Groups in session will be interrupted."],
                       ["The Maple group room door lock has been replaced. Pick up new keys at reception."]])
    m.blocks = ["Hi all,"] + body + [("sig", f"Facilities\n{ADDR_EN}\n819-555-0188")]
    m.subject = rng.choice(["Facilities notice", "Building notice", "Heads-up from Facilities"])
    m.sender = ("Facilities", f"installations@{DOM}")
    m.to = ALL(c)
    m.note = "facilities notice"
    return m


def committee(c):
    m = Mail("committee_agenda", "en")
    rng = c.rng
    chair = c.staff(rng.choice(["psychiatre", "chef"]), lang="en")
    sec = c.staff("adjointe", lang="en")
    name = rng.choice(["Suicide Prevention Committee", "Quality & Patient Safety Committee", "Clinical Ethics Committee",
                       "Pharmacy & Therapeutics Committee"])
    m.blocks = [f"{name} - meeting notice", f"{day_text(c.later(5, 20), 'en')}, 12:00-1:30, Boardroom / Teams.",
                f"Chair: {chair.title('en')}. Minutes: {'Ms.' if sec.sex == 'F' else 'Mr.'} {sec.surname}.",
                "Agenda:\n1. Minutes\n2. Sentinel events - aggregate review\n3. Clozapine monitoring protocol update\n"
                "4. Access indicators\n5. Other business", ("sig", c.sig(sec, lang="en"))]
    m.subject = f"{name} - agenda"
    m.sender = A(sec)
    m.to = [("Committee members", f"comite@{DOM}")]
    m.note = "committee meeting notice"
    return m


def shortage(c):
    m = Mail("drug_shortage", "en")
    rng = c.rng
    drug, alt = rng.choice([("lithium carbonate 300 mg capsules", "lithium ER 300 mg tablets"),
                            ("quetiapine XR 50 mg", "quetiapine IR 25 mg BID"),
                            ("bupropion XL 150 mg", "bupropion SR 150 mg"),
                            ("clonazepam 0.5 mg", "lorazepam 0.5-1 mg (consult pharmacy)")])
    m.blocks = ["Prescribers,", f"Shortage notice: {drug}. Expected resolution: {MONTHS_EN[(c.date.month + 1) % 12]}.",
                f"Suggested alternative: {alt}. Existing prescriptions need no change until renewal.",
                ("sig", "Pharmacy Department, Saint-Ambroise Hospital\n819-555-0170")]
    m.subject = f"Drug shortage - {drug}"
    m.sender = ("Pharmacy Department", "pharmacie@hopital-saint-ambroise.example")
    m.to = [("Prescribers", f"prescripteurs@{DOM}")]
    m.note = "drug shortage notice"
    return m


def recall(c):
    m = Mail("recall_notice", "en")
    rng = c.rng
    prod = rng.choice(["Sertraline 100 mg tablets", "Escitalopram 20 mg tablets", "Naloxone nasal spray 4 mg"])
    lots = [f"{rng.choice(['L', 'NX', 'ES'])}{rng.randint(10000, 99999)}" for _ in range(3)]
    body = [f"Product: {prod}", f"Lots: {', '.join(lots)} (exp. {c.date.year + 1}-{rng.randint(1, 12):02d})",
            "Reason: out-of-specification dissolution results.", "Action: quarantine stock in clinic and vehicle kits; return to pharmacy."]
    if rng.random() < 0.5:
        m.attachments.append(Att("recall_notice.pdf", "application/pdf", make_pdf("Product Recall - Type II", body)))
        m.blocks = ["Hello,", "Recall notice attached.", ("sig", "Pharmacovigilance\n819-555-0171")]
    else:
        m.blocks = ["PRODUCT RECALL - Type II"] + body + [("sig", "Pharmacovigilance\n819-555-0171")]
    m.subject = f"Recall - {prod}"
    m.sender = ("Pharmacovigilance", f"pharmacovigilance@{DOM}")
    m.to = [("Prescribers", f"prescripteurs@{DOM}"), ("Crisis Team", f"team@{DOM_CRISE}")]
    m.note = "product recall notice"
    return m


def research(c):
    m = Mail("research_protocol", "en")
    rng = c.rng
    pi = c.staff("psychiatre", lang="en")
    acr = rng.choice(["BRIDGE", "CALM-ED", "SAFE-STEP", "ANCHOR"])
    m.blocks = [f"{acr} study - now recruiting", f"PI: {pi.title('en')}.",
                "Design: randomized trial of brief contact interventions after ER discharge for suicidal ideation.",
                "Inclusion: adults 18-65 with MDD or adjustment disorder. Exclusion: active psychosis, cognitive impairment.",
                f"REB approval {c.date.year}-{rng.randint(100, 999)}. Clinicians hand out the flyer only; the study team makes first contact.",
                ("sig", c.sig(pi, lang="en"))]
    if rng.random() < 0.5:
        m.attachments.append(Att(f"{acr}_protocol_summary.docx",
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 make_docx(f"{acr} - protocol summary", m.blocks[:-1], author=pi.full)))
    m.subject = f"{acr} study - recruitment open"
    m.sender = A(pi)
    m.to = [("Clinical team", f"clinique@{DOM}")]
    m.note = "research protocol without participants"
    return m


def training(c):
    m = Mail("training", "en")
    rng = c.rng
    f = c.staff(rng.choice(["psychologue", "crise"]), lang="en")
    d = c.later(10, 40)
    if d.weekday() == 4:
        d -= _dt.timedelta(days=1)
    course = rng.choice(["ASIST (Applied Suicide Intervention Skills Training)", "Mental Health First Aid",
                         "De-escalation and Safe Home Visits"])
    m.blocks = ["Hi all,", f"{course} - {day_text(d, 'en')} and the following day, 8:30-4:30.",
                f"Trainer: {f.full}. Covers risk assessment, safety planning, psychosis and intoxication, working with police.",
                "20 seats. Register through your manager.", ("sig", c.sig(f, lang="en"))]
    m.subject = f"Training - {course.split(' (')[0]}"
    m.sender = A(f)
    m.to = ALL(c)
    m.note = "training announcement"
    return m


def celebration(c):
    m = Mail("staff_celebration", "en")
    rng = c.rng
    s = c.staff(rng.choice(["inf", "ts", "crise", "adjointe"]), lang="en")
    if rng.random() < 0.5:
        baby = rng.choice(["Olivia", "Noah", "Charlotte", "Theo"])
        text = (f"Congratulations to {s.full} on the arrival of {baby}, born {fmt_date(c.earlier(2, 8), 'en', 'long')}, "
                f"{rng.randint(6, 9)} lb {rng.randint(1, 15)} oz. Everyone is doing well!")
        subj = f"Welcome baby {baby}!"
    else:
        b = _dt.date(rng.randint(1960, 1966), rng.randint(1, 12), rng.randint(1, 28))
        text = (f"{s.full} retires after 31 years with the crisis team. Fun fact from HR: {'she' if s.sex == 'F' else 'he'} "
                f"started the week of {'her' if s.sex == 'F' else 'his'} 25th birthday ({fmt_date(b, 'en', 'long')}). "
                f"Farewell lunch {day_text(c.later(3, 15), 'en')} at noon.")
        subj = f"Retirement - {s.full}"
    m.blocks = ["Hi everyone,", text, "A card is at reception.", ("sig", "Social Committee")]
    m.subject = subj
    m.sender = ("Social Committee", f"social@{DOM}")
    m.to = ALL(c)
    m.note = "staff celebration announcement"
    return m


def meeting_ics(c):
    m = Mail("meeting_invite", "en")
    rng = c.rng
    mgr = c.staff("chef", lang="en")
    d = c.later(2, 12)
    st = _dt.datetime.combine(d, _dt.time(rng.choice([9, 12, 14]), 0))
    summ = rng.choice(["Clinical team meeting", "Crisis team debrief (operations)", "Access working group"])
    ics = make_ics(f"mtg-{st.strftime('%Y%m%d%H%M')}@{DOM}", st, st + _dt.timedelta(hours=1), summ,
                   "Agenda: wait times, winter group schedule, vehicle maintenance.", "Boardroom / Teams",
                   (mgr.full, mgr.email), [(x.full, x.email) for x in [c.staff("psychiatre", lang="en"), c.staff("crise", lang="en")]])
    m.attachments.append(Att("invite.ics", "text/calendar; method=REQUEST; charset=\"utf-8\"", ics, text=True))
    m.blocks = ["Hi team,", f"Invite for {summ} on {day_text(d, 'en')}.", ("sig", c.sig(mgr, lang="en"))]
    m.subject = f"Invitation: {summ}"
    m.sender = A(mgr)
    m.to = [("Clinical team", f"clinique@{DOM}")]
    m.note = "staff meeting invitation"
    return m


def staff_vcard(c):
    m = Mail("staff_contact", "en")
    rng = c.rng
    new = c.staff(rng.choice(["psychiatre", "psychologue", "ts", "crise"]), lang="en")
    mgr = c.staff("chef", lang="en")
    vc = make_vcard(new.surname, new.given, org=CLINIC_EN, title=new.role_text("en"),
                    tel=[("WORK", f"819-555-01{rng.randint(40, 59)}"), ("CELL", phone(rng))], email=new.email,
                    adr=ADDR_EN, adr_type="WORK")
    m.attachments.append(Att(f"{new.surname}.vcf", "text/vcard", vc, text=True))
    m.blocks = ["Hello all,", f"Please welcome {new.title('en')}, our new {new.role_text('en').lower()}. Contact card attached.",
                ("sig", c.sig(mgr, lang="en"))]
    m.subject = f"Welcome {new.full}"
    m.sender = A(mgr)
    m.to = ALL(c)
    m.note = "new staff contact card"
    return m


def policy_zip(c):
    m = Mail("policy_bundle", "en")
    rng = c.rng
    mgr = c.staff("chef", lang="en")
    docs = [("POL-045_home_visit_safety.pdf", make_pdf("Policy - Home visit safety", [
        "Two staff for all first visits; check-in with dispatch every 60 minutes.",
        "Leave immediately if weapons or intoxication make the visit unsafe."])),
            ("PRO-120_clozapine_monitoring.docx", make_docx("Procedure - Clozapine monitoring", [
                "Weekly CBC for the first 6 months, then every 2 weeks, then monthly.",
                "Hold if ANC < 1.0 x10^9/L and notify the prescriber."])),
            ("README.txt", b"Policies effective on publication. Replace previous versions.\r\n")]
    m.attachments.append(Att("policies_2024Q4.zip", "application/zip", make_zip(docs)))
    m.blocks = ["Hello,", "Updated policies attached (zip).", ("sig", c.sig(mgr, lang="en"))]
    m.subject = "Updated clinical policies"
    m.sender = A(mgr)
    m.to = ALL(c)
    m.note = "policy bundle zip"
    return m


def fwd_it_eml(c):
    m = Mail("forwarded_notice", "en")
    rng = c.rng
    mgr = c.staff("chef", lang="en")
    inner = Mail("it", "en")
    inner.date = c.date - _dt.timedelta(days=2)
    inner.blocks = ["Hello managers,", "New badge readers will be installed at the crisis team entrance "
                    f"({ADDR_CRISE}). Old badges stop working on the 15th.",
                    f"Reader serials: {luhn_serial(rng, 9)}, {luhn_serial(rng, 9)}.", ("sig", "Security Services\n819-555-0189")]
    inner.subject = "Badge reader replacement"
    inner.sender = ("Security Services", "securite@ti-vallon.example")
    inner.to = [("Managers", "gestionnaires@ti-vallon.example")]
    m.attachments.append(Att("Badge reader replacement.eml", "message/rfc822", inner))
    m.blocks = ["FYI - see attached.", mgr.given]
    m.subject = "FW: Badge reader replacement"
    m.sender = A(mgr)
    m.to = [("Crisis Team", f"team@{DOM_CRISE}")]
    m.note = "forwarded security notice as attachment"
    return m


def survey(c):
    m = Mail("survey_results", "en")
    rng = c.rng
    mgr = c.staff("chef", lang="en")
    rows = [[k, f"{rng.randint(70, 96)}%", rng.randint(60, 220)] for k in
            ["Phone reception", "Wait for first appointment", "Felt listened to", "Group therapy", "Follow-up after crisis"]]
    m.blocks = ["Hi all,", f"Client satisfaction survey results ({rng.randint(250, 600)} anonymous responses):",
                ("table", ["Item", "Satisfied", "n"], rows), ("sig", c.sig(mgr, lang="en"))]
    m.subject = "Client satisfaction survey - results"
    m.sender = A(mgr)
    m.to = ALL(c)
    m.note = "aggregate survey results"
    return m


def resources(c):
    m = Mail("resource_list", "en")
    rng = c.rng
    ts = c.staff("ts", lang="en")
    rows = [["24/7 Crisis Line", "1-866-555-0123", "-"],
            ["Laurentine House (women's shelter)", f"819-555-01{rng.randint(60, 69)}", "confidential"],
            ["The Harbour day centre", f"819-555-01{rng.randint(70, 79)}", "220 Principale Sud, Vallon"],
            ["Vallon Food Bank", f"819-555-01{rng.randint(80, 89)}", "15 de la Fabrique St, Vallon"],
            ["Compass peer support group", f"819-555-01{rng.randint(90, 99)}", "1020 Champlain St, Vallon"]]
    m.blocks = ["Hi,", "Updated community resource list for clients:", ("table", ["Organization", "Phone", "Address"], rows),
                ("sig", c.sig(ts, lang="en"))]
    m.subject = "Community resources - updated list"
    m.sender = A(ts)
    m.to = [("Clinical team", f"clinique@{DOM}")]
    m.note = "community resource list"
    return m


EN_NEG_B = [candidates, it_notice, facilities, committee, shortage, recall, research, training, celebration,
            meeting_ics, staff_vcard, policy_zip, fwd_it_eml, survey, resources]
