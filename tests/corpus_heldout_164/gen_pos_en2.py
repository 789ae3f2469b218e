"""English confidential messages (positives), part 2."""
import datetime as _dt

import gen_helpers as H
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_vcard, make_zip
from gen_clin import DX, dx_text, dx_meds, med_text, lab_for, SYMPTOMS_EN, SOCIAL_EN
from gen_common import (Mail, Att, DOM, DOM_CRISE, DOM_HOSP, DOM_DPJ, DOM_SHELTER, DOM_FR, DOM_BE, CLINIC_EN,
                        make_nir, make_niss, day_text, hm, age_on, fmt_date)
from gen_pos_en import A, _dx


def child_protection(c):
    m = Mail("child_protection", "en")
    rng = c.rng
    ts = c.staff("ts", lang="en")
    p = c.patient(nam=True, child=True, lang="en")
    dx = _dx(c, child=True)
    H.add(m, "social_information", "diagnosis")
    if p.nam:
        i = H.nam_full(m, p, rng)
    else:
        i = dict(name=H.name(m, p, rng.choice(["caps", "full"]), rng), dob=H.dob(m, p, rng), sex=p.sex, nam="pending")
    m.blocks = ["Hello,",
                "Further to my call this morning, here is the information on the child we follow in child psychiatry:",
                ("kv", [("Child", i["name"]), ("DOB", i["dob"]), ("Sex", i["sex"]), ("RAMQ", i["nam"]),
                        ("Diagnosis", dx_text(dx, "en"))]),
                rng.choice(["The child disclosed ongoing violence between the parents during today's session.",
                            "Missed appointments x4 and medication not renewed since the summer; school reports absences.",
                            "Mother reports the new partner has been physically aggressive toward the child."]),
                "I am available for the case conference.", ("sig", c.sig(ts, lang="en"))]
    m.subject = rng.choice(["Youth protection report - follow-up", "Information requested - retained report"])
    m.sender = A(ts)
    m.to = [("Intake - Youth Protection", f"intake@{DOM_DPJ}")]
    m.note = "follow-up with youth protection"
    return m


def attached_eml(c):
    m = Mail("forwarded_eml", "en")
    rng = c.rng
    mgr = c.staff("chef", lang="en")
    er = c.staff("psychiatre", lang="en", dom=DOM_HOSP)
    w = c.staff(rng.choice(["inf", "ts", "crise"]), lang="en")
    p = c.patient(nam=rng.random() < 0.5, lang="en")
    inner = Mail("inner", "en")
    inner.date = c.date - _dt.timedelta(days=1, hours=rng.randint(2, 9))
    H.add(m, "diagnosis")
    if p.nam:
        i = H.nam_full(m, p, rng)
        who = f"{i['name']} ({i['sex']}, DOB {i['dob']}, RAMQ {i['nam']})"
    else:
        who = f"{H.name(m, p, rng=rng)} (MRN {H.mrn(m, p, rng)})"
    inner.blocks = ["Hello intake,", f"Seen in the ER overnight: {who}. {rng.choice(SYMPTOMS_EN).capitalize()}.",
                    "Discharged with crisis team follow-up. Please book within 7 days.",
                    ("sig", er.title("en") + "\nPsychiatric Emergency, Saint-Ambroise Hospital")]
    inner.subject = "ER discharge - needs follow-up within 7 days"
    inner.sender = A(er)
    inner.to = [("Central Intake", f"accueil.triage@{DOM}")]
    m.attachments.append(Att("ER discharge - needs follow-up.eml", "message/rfc822", inner))
    m.blocks = [f"{w.given} - can you take this one? Original attached.", mgr.given]
    m.subject = "FW: ER discharge - needs follow-up within 7 days"
    m.sender = A(mgr)
    m.to = [A(w)]
    m.note = "forwarded ER discharge message as attachment"
    return m


def zip_bundle(c):
    m = Mail("records_zip", "en")
    rng = c.rng
    hr = c.staff("adjointe", lang="en")
    p = c.patient(lang="en")
    dx = _dx(c)
    H.add(m, "diagnosis", "medication")
    nm = H.name(m, p, rng.choice(["caps", "full"]), rng)
    letter = make_pdf("Consultation note", [("kv", [("Patient", nm), ("DOB", H.dob(m, p, rng)), ("Chart", H.mrn(m, p, rng, "plain"))]),
                                            f"Impression: {dx_text(dx, 'en')}.",
                                            f"Plan: {med_text(dx_meds(dx)[0], 'en', rng)}; follow-up 4 weeks."])
    meds = make_csv(["date", "medication", "change"], [[c.earlier(40, 80).isoformat(), dx_meds(dx)[0], "started"],
                                                     [c.earlier(5, 30).isoformat(), dx_meds(dx)[0], "dose increased"]])
    z = make_zip([("consult_note.pdf", letter), ("med_history.csv", meds)])
    m.attachments.append(Att(rng.choice(["records_request.zip", f"records_{p.mrn}.zip"]), "application/zip", z))
    m.blocks = ["Hello,", "As per the signed authorization, please find the requested records attached (zip).",
                ("sig", c.sig(hr, lang="en"))]
    m.subject = rng.choice(["Records request - authorization on file", "Requested records"])
    m.sender = A(hr)
    m.to = [("Medical records", "records@ottawa-family-health.example")]
    m.note = "records release as zip"
    return m


def vcard_contact(c):
    m = Mail("contact_card", "en")
    rng = c.rng
    w = c.staff("crise", lang="en", dom=DOM_CRISE)
    p = c.patient(lang="en")
    H.add(m, "patient_name", "patient_contact", "social_information")
    m.evidence += [p.surname, p.phone]
    note = rng.choice(["Staying at a women's shelter (IPV), do not disclose address",
                       "Newly housed after 5 months homeless, no landline",
                       "Lives with grandmother, youth protection involved"])
    vc = make_vcard(p.surname, p.given, tel=[("CELL", p.phone)], adr=p.address, note=note)
    m.evidence.append(p.address)
    m.attachments.append(Att(f"{p.surname}.vcf", "text/vcard", vc, text=True))
    m.blocks = ["Hi,", "Updated contact card for a client we are following, please update the EMR.",
                ("sig", c.sig(w, True, "en"))]
    m.subject = rng.choice(["Contact update", "Updated contact info - confidential"])
    m.sender = A(w)
    m.to = [("Health Records", f"archives@{DOM}")]
    m.note = "client contact card with social situation"
    return m


def dv_shelter(c):
    m = Mail("shelter_referral", "en")
    rng = c.rng
    ts = c.staff("ts", lang="en")
    p = c.patient(lang="en", nam=rng.random() < 0.4)
    p.sex = "F" if not p.nam else p.sex
    H.add(m, "social_information", "diagnosis")
    if p.nam:
        i = H.nam_full(m, p, rng)
        who = f"{i['name']}, {i['sex']}, DOB {i['dob']}, RAMQ {i['nam']}"
    else:
        who = f"{H.name(m, p, rng.choice(['full', 'caps', 'title']), rng)}, age {age_on(p.dob, c.date.date())}"
    m.blocks = ["Hello,",
                f"Referral for emergency shelter: {who}.",
                "Reports escalating intimate partner violence (strangulation last week, police not involved yet). "
                f"Followed here for {dx_text(rng.choice(['ptsd', 'mdd', 'panic']), 'en')}.",
                f"Safe phone: {H.contact(m, p)} (text first). Two children, 4 and 7.",
                ("sig", c.sig(ts, lang="en"))]
    m.subject = rng.choice(["Shelter referral - urgent", "Emergency shelter request"])
    m.sender = A(ts)
    m.to = [("Intake", f"intake@{DOM_SHELTER}")]
    m.note = "referral to a domestic violence shelter"
    return m


def group_roster(c):
    m = Mail("group_roster", "en")
    rng = c.rng
    psy = c.staff("psychologue", lang="en")
    grp, dx = rng.choice([("CBT for Depression group", "mdd"), ("DBT Skills group", "bpd"),
                          ("Early Psychosis family group", "fep"), ("Trauma Stabilization group", "ptsd")])
    H.add(m, "diagnosis")
    rows = []
    for k in range(rng.randint(6, 10)):
        p = c.patient(lang="en")
        rows.append([H.name(m, p, rng.choice(["last_first", "full", "caps"]), rng), H.contact(m, p),
                     rng.choice(["yes", "yes", "no", "?"]), rng.choice(["", "", "needs bus ticket", "prefers text"])])
    data = make_csv(["Participant", "Phone", "Intake done", "Notes"], rows)
    m.attachments.append(Att(f"{grp.replace(' ', '_')}_roster.csv", "text/csv", data, text=True))
    m.blocks = ["Hi all,",
                f"Roster for the {grp} ({dx_text(dx, 'en')}) starting {day_text(c.later(4, 15), 'en')}, Room B-12, 1:30-3:00.",
                "Please call anyone without an intake.", ("sig", c.sig(psy, lang="en"))]
    m.subject = f"{grp} - roster"
    m.sender = A(psy)
    m.to = [("Clinical team", f"clinique@{DOM}")]
    m.note = "therapy group participant roster"
    return m


def discharge_pdf(c):
    m = Mail("discharge_summary", "en")
    rng = c.rng
    dr = c.staff("psychiatre", lang="en", dom=DOM_HOSP)
    p = c.patient(nam=rng.random() < 0.5, lang="en")
    dx = _dx(c)
    _, labe = lab_for(dx_meds(dx)[0], rng)
    H.add(m, "diagnosis", "medication", "lab_result")
    if p.nam:
        i = H.nam_full(m, p, rng)
        kv = [("Name", i["name"]), ("DOB", i["dob"]), ("Sex", i["sex"]), ("RAMQ", i["nam"])]
    else:
        kv = [("Name", H.name(m, p, rng.choice(["caps", "full"]), rng)), ("DOB", H.dob(m, p, rng))]
    kv.append(("MRN", H.mrn(m, p, rng, rng.choice(["plain", "prefix", "dash"]))))
    blocks = [("kv", kv), ("h", "Discharge diagnosis"), dx_text(dx, "en"), ("h", "Course"),
              rng.choice(SYMPTOMS_EN).capitalize() + " on admission; gradual improvement.", ("h", "Investigations"), labe,
              ("h", "Discharge medications"), "\n".join(med_text(k, "en", rng) for k in dx_meds(dx)[:2]),
              ("h", "Follow-up"), "Crisis team call within 72 h; outpatient clinic within 2 weeks."]
    fn = rng.choice(["discharge_summary.pdf", f"DC_summary_{p.mrn}.pdf", f"Discharge {p.surname}.pdf"])
    m.attachments.append(Att(fn, "application/pdf", make_pdf("Discharge Summary - Psychiatry", blocks, author=dr.full)))
    m.blocks = ["Hello,", "Discharge summary attached for outpatient follow-up.", ("sig", c.sig(dr, lang="en"))]
    m.subject = rng.choice(["Discharge summary", "D/C summary - 4 North", "Discharge from inpatient psychiatry"])
    m.sender = A(dr)
    m.to = [("Central Intake", f"accueil.triage@{DOM}")]
    m.note = "inpatient psychiatry discharge summary"
    return m


def quick_note(c):
    m = Mail("quick_note", "en")
    rng = c.rng
    a, b = c.staff("crise", lang="en"), c.staff(rng.choice(["inf", "psychiatre"]), lang="en")
    p = c.patient(lang="en")
    nm = H.name(m, p, "lower", rng)
    v = rng.randint(0, 2)
    if v == 0:
        H.add(m, "diagnosis")
        txt = f"heads up - {nm} called the line twice last night, SI again, no plan. can someone call today? {H.contact(m, p)}"
    elif v == 1:
        H.add(m, "medication")
        txt = f"{nm} out of {med_text(rng.choice(['quetiapine', 'lithium', 'clonazepam']), 'en', rng)} since tues, pharmacy needs a new rx"
    else:
        H.add(m, "diagnosis", "social_information")
        txt = f"fyi {nm} got evicted, couch surfing, drinking more. still coming to group thurs"
    m.blocks = [txt, a.given.lower()]
    m.force.update(structure="plain", charset="us-ascii")
    m.subject = rng.choice(["quick one", "fyi", "call?"])
    m.sender = A(a)
    m.to = [A(b)]
    m.note = "quick note between colleagues"
    return m


def intl_patient(c):
    m = Mail("international_patient", "en")
    rng = c.rng
    w = c.staff(rng.choice(["crise", "psychiatre"]), lang="en")
    p = c.patient(lang="en")
    dx = _dx(c)
    H.add(m, "diagnosis")
    if rng.random() < 0.5:
        ident, origin, to = f"French NIR {H.nir(m, make_nir(rng, p.dob, p.sex), rng)}", "France", ("CMP Croix-Rousse", f"secretariat.cmp@{DOM_FR}")
    else:
        ident, origin, to = f"Belgian national number {H.niss(m, make_niss(rng, p.dob, p.sex), rng)}", "Belgium", ("Clinique de la Meuse", f"secretariat@{DOM_BE}")
    m.blocks = ["Dear colleagues,",
                f"We saw {H.name(m, p, rng.choice(['full', 'caps', 'title']), rng)} (DOB {H.dob(m, p, rng)}, {ident}), "
                f"visiting from {origin}, for {dx_text(dx, 'en')} with {rng.choice(SYMPTOMS_EN)}.",
                "With consent, could you send the most recent treatment summary and current medication list?",
                ("sig", c.sig(w, crisis=w.role == "crise", lang="en"))]
    m.subject = rng.choice(["Request for treatment summary (consent attached)", "Visiting patient - records request"])
    m.sender = A(w)
    m.to = [to]
    m.note = "records request for a visiting patient from Europe"
    return m


def noshow_xlsx(c):
    m = Mail("no_show_list", "en")
    rng = c.rng
    adj = c.staff("adjointe", lang="en")
    mgr = c.staff("chef", lang="en")
    H.add(m, "diagnosis")
    rows = []
    for k in range(rng.randint(6, 10)):
        p = c.patient(lang="en", nam=(k == 1 and rng.random() < 0.5))
        if p.nam:
            m.evidence.append(p.given)
            rows.append([H.name(m, p, "last_first", rng), H.dob(m, p, rng, "iso"), p.sex, H.nam(m, p, rng, "plain"),
                         dx_text(_dx(c), "en", True), rng.randint(2, 4)])
        else:
            rows.append([H.name(m, p, "last_first", rng), H.dob(m, p, rng, "iso"), p.sex, "", dx_text(_dx(c), "en", True),
                         rng.randint(2, 4)])
    x = make_xlsx([("No-shows", ["Client", "DOB", "Sex", "RAMQ", "Dx", "Missed appts"], rows)], author=adj.full)
    m.attachments.append(Att(f"no_shows_Q{(c.date.month - 1) // 3 + 1}.xlsx",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
    m.blocks = [f"Hi {mgr.given},", "Here is the list of clients with 2+ missed appointments this quarter for review.",
                ("sig", c.sig(adj, lang="en"))]
    m.subject = "Missed appointments - review list"
    m.sender = A(adj)
    m.to = [A(mgr)]
    m.note = "list of clients with missed appointments"
    return m


def census_html(c):
    m = Mail("followup_census", "en")
    rng = c.rng
    w = c.staff("crise", lang="en", dom=DOM_CRISE)
    H.add(m, "diagnosis", "patient_contact")
    rows = []
    for k in range(rng.randint(4, 7)):
        p = c.patient(lang="en")
        rows.append([H.name(m, p, rng.choice(["caps", "full", "init"]), rng), H.contact(m, p),
                     rng.choice(["SI - daily call", "psychosis - LAI due", "post-OD day 2", "panic - d/c tomorrow",
                                 "IPV - safety check"]), rng.choice(["AM", "PM", "eve"])])
    if any("IPV" in r[2] for r in rows):
        H.add(m, "social_information")
    m.blocks = ["Today's follow-up calls:", ("table", ["Client", "Phone", "Issue", "Shift"], rows),
                "Please initial once done.", ("sig", c.sig(w, True, "en"))]
    m.force.update(structure="html")
    m.subject = "Follow-up calls " + c.date.strftime("%d/%m")
    m.sender = A(w)
    m.to = [("Crisis Team", f"team@{DOM_CRISE}")]
    m.note = "daily follow-up call list"
    return m


EN_POS_B = [child_protection, attached_eml, zip_bundle, vcard_contact, dv_shelter, group_roster, discharge_pdf,
            quick_note, intl_patient, noshow_xlsx, census_html]
