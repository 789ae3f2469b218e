"""English positive templates, part 1: Ontario referrals, sign-out lists,
OR bookings, imaging and lab follow-ups, discharge summaries, pharmacy
prescriptions, disability forms, home care, quick notes."""
import datetime

import gen_data as D
import gen_docs as G
import gen_mime as M
from gen_base import deaccent, html_table, text_table, who
from gen_clin import SCENARIOS, short_has_med

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
VASC_INBOX = ("Vascular Surgery Intake", "vascular.intake@" + D.ORG_DOM)


def fht_sig(key):
    st = D.STAFF[key]
    return "Dr. %s %s, MD CCFP\n%s\n41 Elgin Street, Pembridge, ON  K0X 2C0\nTel %s | Fax 613-555-0132" % (
        st[0], st[1], D.FHT[0], D.FHT[2])


def en_referral_ohip(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice(SCENARIOS)
    ohip = D.gen_ohip(r)
    vc = r.choice(["", "AB", "KL", "ZX", "HM"])
    hc = m.ident("ohip", ohip, D.fmt_ohip(ohip, r.choice(["hyphen", "space", "plain", "dot", "fullwidth"]), vc))
    nm = m.name(p, r.choice(["full", "last_first", "title_full"]))
    dob = m.dob(p, r.choice(["en_long", "iso", "en_mon3"]))
    m.add("diagnosis", "lab_result", "medication")
    key = "henderson"
    body = ("Dear colleague,\n\nThank you for seeing %s (DOB %s, Ontario health card %s), an Ontario resident who "
            "lives close to your centre, for %s.\n\nHistory: %s\nInvestigations: %s\nCurrent medications: %s\n\n"
            "I would appreciate your opinion regarding %s. The patient is aware that this is an out-of-province "
            "referral.\n\nKind regards,\n\n%s"
            % (nm, dob, hc, sc["dx_en"], sc["hx_en"], sc["lab_en"], sc["med_en"], sc["proc_en"], fht_sig(key)))
    frm = ("Dr. Paul Henderson", "p.henderson@" + D.FHT[1])
    subj = r.choice(["Referral - vascular surgery", "New referral: " + sc["short_en"], "Vascular consult request"])
    if v == 1:
        if not any(ord(c) > 0xff for c in hc):
            pdf = G.make_pdf("Referral", [("h", "Referral to Vascular Surgery"), "Patient: " + nm, "DOB: " + dob,
                                          "Health card: " + hc, "Reason: " + sc["dx_en"], "History: " + sc["hx_en"],
                                          "Investigations: " + sc["lab_en"], "Medications: " + sc["med_en"]])
            node = M.mixed(M.text("Please see attached referral. Thank you.\n\n" + fht_sig(key)),
                           M.attach(pdf, "application/pdf", "Referral_%s.pdf" % p.surname.replace("'", "")))
        else:
            node = m.body(body, "alt")
    else:
        node = m.body(body, "html" if v == 2 else "plain")
    return m.finish("referral", "out-of-province referral to vascular surgery", frm, [VASC_INBOX], subj, node)


def en_signout(m, v):
    r = m.rng
    pts = [m.patient() for _ in range(r.randrange(4, 7))]
    scs = r.sample(SCENARIOS, len(pts))
    rows = [["Bed", "Patient", "Dx / issue", "Overnight"]]
    todo = ["check pedal pulses q2h, call if lost", "K 5.9 - repeat at 22:00", "hold heparin at 04:00 for OR",
            "vanco trough before 4th dose", "Hb 78 - transfuse 1 unit if < 75", "NPO after midnight",
            "glucose QID, sliding scale", "Dilaudid 1 mg q3h prn, watch sedation"]
    for i, (p, sc) in enumerate(zip(pts, scs)):
        rows.append(["4W-%02d" % r.randrange(1, 32), m.name(p, ["last_first", "initial_caps", "full"][v % 3]),
                     sc["short_en"], todo[(i + m.idx) % len(todo)]])
    m.add("diagnosis", "lab_result", "medication")
    sender = r.choice(["sethi", "levesque"])
    head = "Vascular sign-out %s - night cover" % m.today.strftime("%b %d")
    if v == 1:
        for row, p in zip(rows[1:], pts):
            row.insert(2, m.mrn(p, "plain"))
        rows[0].insert(2, "MRN")
        h = "<html><body><p>%s</p>%s<p>Pager 2231 until 07:30.<br>%s</p></body></html>" % (
            head, html_table(rows), D.STAFF[sender][0])
        node = M.html(h)
    else:
        txt = head + "\n\n" + text_table(rows) + "\n\nPager 2231 until 07:30.\n" + D.STAFF[sender][0]
        node = m.body(txt, "plain" if v == 0 else "alt")
    return m.finish("census", "night sign-out list for vascular ward", who(sender),
                    [who(r.choice(["sethi", "levesque"])), ("Vascular residents", "vasc.residents@" + D.ORG_DOM)],
                    head, node)


def en_or_booking(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice([SCENARIOS[0], SCENARIOS[2], SCENARIOS[6], SCENARIOS[7], SCENARIOS[8], SCENARIOS[10], SCENARIOS[9]])
    when = m.later(5, 25)
    nm = m.name(p, r.choice(["full", "last_first", "title_full"]))
    mr = m.mrn(p, r.choice(["plain", "h", "dash"]))
    m.add("diagnosis", "medication")
    hold = r.choice(["Hold Xarelto 48 h pre-op (last dose %s)." % D.en_day(when - datetime.timedelta(days=3)),
                     "Continue ASA. Hold clopidogrel 5 days.", "Hold metformin the morning of surgery; half-dose glargine the night before.",
                     "Apixaban: last dose 48 h before. No bridging."])
    doc = r.choice(["haddad", "raman", "desrosiers"])
    txt = ("Hi Rami,\n\nPlease book:\n\nPatient: %s\nMRN: %s\nProcedure: %s\nDiagnosis: %s\nSurgeon: %s\n"
           "Requested date: %s (%s)\nEst. duration: %d min, GA, %s\nAnticoagulation: %s\n\nConsent signed in clinic "
           "today. Pre-op clinic visit requested.\n\nThanks,\n%s"
           % (nm, mr, sc["proc_en"], sc["dx_en"], D.staff_name(doc, "en"), D.en_day(when),
              "first case" if r.random() < 0.5 else "afternoon", r.choice([90, 120, 180, 240]),
              r.choice(["inpatient", "day surgery", "ICU bed post-op"]), hold, D.signature(doc, "en", unit=D.VASC_EN, phone=D.PHONE_VASC)))
    if v == 2:
        x = G.make_docx("OR booking request", [("h", "Operating Room Booking Request"),
                                              ("table", [["Patient", nm], ["MRN", mr], ["Procedure", sc["proc_en"]],
                                                         ["Diagnosis", sc["dx_en"]], ["Date", D.en_day(when)],
                                                         ["Anticoagulation", hold]])])
        node = M.mixed(M.text("Hi Rami, booking form attached. Thanks!\n\n" + D.STAFF[doc][0]),
                       M.attach(x, DOCX, "OR_booking_%s.docx" % mr.replace(" ", "")))
    else:
        node = m.body(txt, "plain" if v == 0 else "alt")
    return m.finish("or_booking", "operating room booking request", who(doc), [who("abboud")],
                    "OR booking - %s" % sc["proc_en"].split(" with")[0], node)


def en_imaging(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice([SCENARIOS[0], SCENARIOS[2], SCENARIOS[7], SCENARIOS[8], SCENARIOS[10], SCENARIOS[1]])
    m.add("lab_result", "diagnosis")
    nm = m.name(p, ["title", "full", "initial"][v % 3])
    if v != 2:
        mr = "MRN " + m.mrn(p)
    else:
        oh = D.gen_ohip(r)
        mr = "Ontario HC " + m.ident("ohip", oh, D.fmt_ohip(oh, r.choice(["space", "hyphen", "fullwidth"]), r.choice(["", "TR"])))
    txt = ("Priya,\n\nFYI, %s%s had the study this morning.\n\nResult: %s\n\nImpression: %s. I would suggest "
           "discussing at vascular rounds; happy to do %s on Thursday if you agree.\n\nEtienne\n\n%s"
           % (nm, " (%s)" % mr, sc["lab_en"], sc["dx_en"], sc["proc_en"],
              D.signature("lachance", "en", unit="Medical Imaging", phone=D.PHONE_MAIN, ext="2210")))
    return m.finish("imaging", "imaging result forwarded to vascular surgeon", who("lachance"), [who("raman")],
                    r.choice(["CTA result", "Your patient - imaging", "Re: angio request"]), m.body(txt))


def en_lab_followup(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice([SCENARIOS[1], SCENARIOS[5], SCENARIOS[6], SCENARIOS[9], SCENARIOS[12]])
    m.add("lab_result", "diagnosis")
    nm = m.name(p, r.choice(["initial", "full", "title"]))
    tp = r.randrange(18, 70)
    tc = r.randrange(15, 55)
    if v == 0:
        oh = D.gen_ohip(r)
        nm += " (out-of-province, OHIP %s)" % m.ident("ohip", oh, D.fmt_ohip(oh, r.choice(["plain", "space", "dot"])))
    txt = ("Hi Dr. Vachon,\n\nNon-invasive results for %s:\n  Toe pressure R %d mmHg / L %d mmHg\n  TBI R %.2f / L %.2f\n"
           "  TcPO2 dorsum %d mmHg (plantar %d)\n\nAlso: %s\n\nWound clinic note: %s\n\nKevin\n%s"
           % (nm, tp, tp + r.randrange(5, 30), tp / 130.0, (tp + 12) / 130.0, tc, tc + r.randrange(2, 10),
              sc["lab_en"], sc["hx_en"], D.signature("walsh", "en", short=True)))
    if v == 1:
        m.add("medication")
        txt = txt.replace("Kevin\n", "Currently on %s. Do you want to change anything?\n\nKevin\n" % sc["med_en"])
    return m.finish("lab_followup", "non-invasive vascular results to surgeon", who("walsh"), [who("vachon")],
                    r.choice(["Toe pressures / TcPO2", "NIVS results", "results for review"]), m.body(txt, "plain" if v != 2 else "html"))


def en_discharge_docx(m, v):
    r = m.rng
    p = m.holder("adult")
    sc = r.choice(SCENARIOS)
    ident = m.nam_block(p, layout="lines", dob_style=r.choice(["iso", "en_long", "dmy"]))
    m.add("diagnosis", "medication", "lab_result")
    doc = r.choice(["haddad", "vachon", "raman"])
    adm = m.earlier(5, 14)
    blocks = [("h", "Discharge Summary - Vascular Surgery")] + ident.split("\n") + [
        "Admitted: %s   Discharged: %s" % (adm.isoformat(), m.today.isoformat()),
        ("b", "Most responsible diagnosis"), sc["dx_en"], ("b", "Course in hospital"), sc["hx_en"],
        "Procedure: %s, uncomplicated." % sc["proc_en"], ("b", "Investigations"), sc["lab_en"],
        ("b", "Discharge medications"), sc["med_en"], ("b", "Follow-up"),
        "Wound clinic in 2 weeks; home care nursing for dressings three times weekly.",
        "Attending: " + D.staff_name(doc, "en")]
    x = G.make_docx("Discharge summary", blocks, author=D.staff_name(doc, "en", title=False))
    fname = r.choice(["Discharge_%s_%s.docx" % (p.surname, p.given), "DC summary %s.docx" % p.surname.upper(),
                      "discharge-summary.docx"])
    txt = r.choice(["Hello,\n\nPlease find the discharge summary attached for your records.\n\n",
                    "Dr. Chandran,\n\nYour patient was discharged today; summary attached. Wound clinic follow-up is booked.\n\n"])
    txt += D.signature("ferland", "en", unit="Health Records")
    node = M.mixed(m.body(txt, "plain" if v != 1 else "alt"), M.attach(x, DOCX, fname))
    return m.finish("discharge", "discharge summary sent to family physician", who("ferland"),
                    [("Dr. Ravi Chandran", "r.chandran@" + D.GMF[1])], "Discharge summary", node)


def en_pharmacy_rx(m, v):
    r = m.rng
    p = m.holder("adult")
    ident = m.nam_block(p, layout=r.choice(["lines", "compact"]))
    m.add("medication", "diagnosis")
    doc = r.choice(["bisson", "mercier", "haddad"])
    rx = r.choice([
        ["Linezolid 600 mg PO BID x 14 days (MRSA osteomyelitis) - please check for serotonergic drugs"],
        ["Ciprofloxacin 750 mg PO BID x 6 weeks", "Metronidazole 500 mg PO TID x 6 weeks"],
        ["Rivaroxaban 2.5 mg PO BID with ASA 81 mg daily (post peripheral revascularisation)"],
        ["Amoxicillin-clavulanate 875/125 mg PO BID x 4 weeks", "Silver alginate dressing 10x10, 20 units"],
    ])
    lines = ["To the pharmacist on duty,", "", ident]
    if v != 0:
        lines.append("Patient phone: " + m.contact(p, "phone"))
    lines += ["", "Indication: diabetic foot infection / vascular follow-up", ""]
    lines += ["%d. %s" % (i + 1, x) for i, x in enumerate(rx)]
    lines += ["", "Dispense: 1 month, refills x1. No substitution for linezolid." if "Linezolid" in rx[0] else "",
              "", D.staff_name(doc, "en") + ", licence no. %d" % r.randrange(10000, 99999),
              D.signature(doc, "en", unit="Infectious Diseases" if doc != "haddad" else D.VASC_EN)]
    return m.finish("prescription", "prescription faxed by e-mail to community pharmacy", who(doc),
                    [(D.PHARMA[0], "ordonnances@" + D.PHARMA[1])], r.choice(["Prescription", "Rx for pickup today"]),
                    m.body("\n".join(lines), "plain" if v != 2 else "alt"))


def en_disability_form(m, v):
    r = m.rng
    p = m.patient(dob_range=(1961, 1987))
    sc = r.choice(SCENARIOS[:7] + SCENARIOS[9:])
    sin = D.gen_sin(r)
    sinf = m.ident("sin", sin, D.fmt_sin(sin, r.choice(["space", "hyphen", "plain", "slash"])))
    nm = m.name(p, r.choice(["full", "last_first"]))
    dob = m.dob(p, r.choice(["iso", "en_long", "mdy"]))
    m.add("diagnosis")
    rows = [["Field", "Value"], ["Claimant", nm], ["Date of birth", dob], ["SIN", sinf],
            ["Diagnosis", sc["dx_en"]], ["Treatment", sc["proc_en"]], ["Off work since", m.earlier(14, 70).isoformat()],
            ["Expected return", "re-assess in 6 weeks"], ["Restrictions", "no prolonged standing; non-weight-bearing"]]
    if v == 2:
        x = G.make_xlsx([("APS", rows)], author="Francine Asselin")
        att = M.attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "APS_form_%s.xlsx" % p.surname.replace("'", ""))
    else:
        pdf = G.make_pdf("Attending Physician Statement", [("h", "Attending Physician Statement - Short Term Disability"),
                                                           ("table", rows), ("small", "Boreal Mutual form APS-3")])
        att = M.attach(pdf, "application/pdf", r.choice(["APS.pdf", "Attending physician statement.pdf"]))
    txt = ("Hello,\n\nAttached is the completed attending physician statement for claim #%d. The original was "
           "mailed today.\n\n%s" % (r.randrange(7000000, 7999999), D.signature("asselin", "en", unit=D.VASC_EN, phone=D.PHONE_VASC)))
    return m.finish("insurance_form", "disability form sent to insurer", who("asselin"),
                    [("Boreal Mutual - Disability Claims", "claims@" + D.INSURER[1])], "Attending physician statement", M.mixed(m.body(txt, "plain"), att))


def en_home_care(m, v):
    r = m.rng
    p = m.holder("adult")
    ident = m.nam_block(p)
    sc = r.choice([SCENARIOS[3], SCENARIOS[6], SCENARIOS[9], SCENARIOS[13], SCENARIOS[5]])
    m.add("diagnosis", "medication", "social_information")
    soc = r.choice([
        "Lives alone in a second-floor walk-up; daughter in Calgary. On a fixed pension, cannot afford dressing supplies.",
        "Recently widowed, cares for an adult son with a disability; misses appointments when there is no drive.",
        "Receives last-resort income support; the apartment has no running hot water since the fall.",
        "Spouse has dementia; patient is the main caregiver and refuses respite for now.",
    ])
    txt = ("Hello,\n\nHome care referral - wound care.\n\n%s\nAddress: %s\nHome phone: %s\n\nDiagnosis: %s\n"
           "Plan: %s\nMedications: %s\nSocial: %s\n\nFirst visit within 48 hours please. Supplies sent home for 1 week.\n\n%s"
           % (ident, m.contact(p, "addr"), p.phone, sc["dx_en"], sc["proc_en"], sc["med_en"], soc,
              D.signature("lalime", "en")))
    node = m.body(txt, ["plain", "alt", "html"][v % 3])
    return m.finish("home_care", "home care referral for wound care", who("lalime"),
                    [(D.CLSC[0], "sad.accueil@" + D.CLSC[1])], "Home care referral - wound care", node)


def en_quick_note(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice(SCENARIOS)
    m.add("diagnosis")
    nm = m.name(p, ["lower", "title", "given"][v % 3])
    if v % 3 == 2:
        lines = ("re %s %s in bed %d - %s. %s asking for you. can you swing by after clinic?"
                 % (p.given, p.surname[0] + ".", r.randrange(3, 30), sc["short_en"],
                    "she's" if p.sex == "F" else "he's"))
        m.meta["names"] = [p.given]
    else:
        lines = r.choice([
            "can you see %s in clinic tmrw? %s. probe to bone +ve per Nadia." % (nm, sc["short_en"]),
            "%s came back through ED overnight - %s. admitted under you, bed 4W-17." % (nm, sc["short_en"]),
        ])
    if short_has_med(sc):
        m.add("medication")
    txt = lines + "\n\nK.\nSent from my mobile"
    return m.finish("quick_note", "quick note between colleagues about a patient", who("walsh"),
                    [who(r.choice(["haddad", "raman", "sethi"]))], r.choice(["quick q", "pt", "tmrw", "fyi"]), M.text(txt))


TEMPLATES = [en_referral_ohip, en_signout, en_or_booking, en_imaging, en_lab_followup, en_discharge_docx,
             en_pharmacy_rx, en_disability_form, en_home_care, en_quick_note]
