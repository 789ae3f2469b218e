"""English positives, part 2: stipends with SIN, incidental findings, subject-only names, pharmacy,
calendar, vCard, REB summaries, letters, ZIP, attached e-mails, quoted replies."""
import datetime as _dt

import gen_clin as K
import gen_common as C
from gen_build import box, docx, eml, ext, gx, ics, pdf, vcf, who, xlsx, zipf, csv


def stipend(c):
    p = c.patient(c.ch("qc", "on"))
    nm = c.name(p, c.ch(0, 1))
    sinw = c.sin()
    st = c.study()
    coord = c.staff(7, 12, 3)
    fin = box("Research Finance", "finance.recherche")
    total = c.rng.choice([620, 750, 980, 1250])
    rows = [["Participant", nm], ["SIN", sinw], ["Mailing address", p["address"]], ["Study", st["code"]],
            ["Visits completed", "V1-V%d" % c.rng.randrange(4, 10)], ["Amount", "$%d.00" % total]]
    blocks = ["Hi,",
              "Please issue the stipend below. The total for the year is over $500 so a T4A is needed; the SIN is "
              "included for that purpose only.",
              ("table", None, rows, c.ch(0, 3)),
              "The participant is in the %s trial (%s)." % (st["code"], st["title"]),
              c.sig(coord)]
    atts = []
    if c.v % 2 == 1:
        blocks[2] = "Form attached."
        atts.append(xlsx("stipend_request_%s.xlsx" % c.date.strftime("%Y%m%d"), [("Request", ["Field", "Value"], rows)]))
    return dict(cat="participant_payment", types=["patient_name", "ca_sin", "patient_contact", "diagnosis"],
                note="participant stipend request with SIN", frm=who(c, coord), to=[fin],
                subject=c.ch("Stipend request - T4A", "Participant payment %s" % st["code"]), blocks=blocks, atts=atts)


def incidental(c):
    st = c.study(3)
    p = c.patient()
    nm = c.name(p, c.ch(0, 2, 1))
    rad = c.doc(7)
    pi = c.pi(st)
    find = c.ch("a 14 mm enhancing lesion in the right frontal lobe", "a 7 mm left vestibular schwannoma",
                "an unruptured 6 mm ACom aneurysm", "an incidental pituitary macroadenoma (13 mm)")
    blocks = [
        "%s," % pi["dr_en"],
        "Research MRI for %s (%s, MRN %s, DOB %s) shows %s. This was not known clinically." % (
            st["code"], nm, c.mrn(p), C.en_date(p["dob"], 1), find),
        "Per the incidental findings SOP the participant and %s GP should be informed this week; I recommend a "
        "clinical MRI with gadolinium and neurosurgery referral." % gx(p, "his", "her"),
        ("sig", [rad["dr_en"], "Diagnostic Imaging", C.HOSP]),
    ]
    return dict(cat="incidental_finding", types=["patient_name", "mrn", "date_of_birth", "diagnosis"],
                note="incidental finding on research MRI", frm=who(c, rad), to=[who(c, pi)],
                subject="Incidental finding - research MRI %s" % st["code"], blocks=blocks, importance=True)


def subject_only(c):
    st = c.study(c.ch(0, 2, 5))
    p = c.patient(c.ch("qc", "on"))
    nm = C.name_form(p, c.ch(1, 5, 3), "en")
    c.meta["names"].append(nm)
    nurse = c.staff(3)
    pi = c.pi(st)
    ls = K.labs(c, st["code"], c.rng.randrange(3, 5))
    blocks = [c.ch("Week 12 labs:", "Labs from this morning:", "FYI"), ("pre", "\n".join(ls)),
              c.ch("Hold %s? I can call at lunch." % K.med(c, st["code"]),
                   "Repeat in 1 week per protocol, unless you want to see %s sooner." % gx(p, "him", "her")),
              "J."]
    return dict(cat="lab_followup", types=["patient_name", "lab_result", "medication"] if "Hold" in blocks[2]
                else ["patient_name", "lab_result"],
                note="lab follow-up, name only in subject", frm=who(c, nurse), to=[who(c, pi)],
                subject=c.ch("%s - wk12 labs" % nm, "labs %s" % nm, "RE: %s" % nm), blocks=blocks,
                reply=C.DOM if c.rng.random() < 0.5 else None)


def pharmacy(c):
    h, st = c.holder_study()
    w = c.nam(h)
    pi = c.pi(st)
    ph = ext(c, "pharm")
    blocks = [
        "To the pharmacist,",
        "Please dispense the following for %s (RAMQ %s, DOB %s, sex %s), who is enrolled in a clinical trial at "
        "our centre:" % (w["name"], w["nam"], w["dob"], w["sex"]),
        ("pre", "\n".join(["%s  #%d  renew x%d" % (K.med(c, st["code"]), c.rng.choice([30, 60, 90]), c.rng.randrange(1, 4))
                           for _ in range(2)])),
        "Please avoid %s and strong CYP3A4 inhibitors (interaction with the study drug). Call us with any "
        "question." % c.ch("clarithromycin", "ketoconazole", "St. John's wort"),
        "%s\n%s, %s\nTel. 450-555-01%02d  Fax 450-555-01%02d" % (pi["dr_en"], pi["spec_en"].capitalize(), C.HOSP,
                                                                c.rng.randrange(100), c.rng.randrange(100)),
    ]
    return dict(cat="pharmacy_prescription", types=["patient_name", "ramq_nam", "date_of_birth", "medication"],
                note="prescription to community pharmacy for trial participant", frm=who(c, pi),
                to=[(ph["org"], "rx@pharm-dg.example")], subject=c.ch("Prescription", "Rx - trial participant",
                                                                        "Prescription renewal"), blocks=blocks)


def invite(c):
    st = c.study(c.ch(0, 1, 2))
    p = c.patient()
    nm = c.name(p, c.ch(0, 1, 4))
    coord = c.staff(3, 7)
    nurse = c.staff(2)
    d = c.later(c.rng.randrange(3, 14))
    start = _dt.datetime(d.year, d.month, d.day, c.ch(8, 10, 14), c.ch(0, 30))
    summary = "%s - %s visit %d" % (nm, st["code"], c.rng.randrange(2, 9))
    desc = "MRN %s. %s. Fasting bloods, ECG, study drug dispensing. %s" % (
        c.mrn(p), K.dx(c, st["code"]), c.ch("Needs interpreter (Portuguese).", "Wheelchair.", "Bring pill diary."))
    att = ics("invite.ics", uid="%x@%s" % (c.rng.getrandbits(64), C.DOM), start=start,
              end=start + _dt.timedelta(minutes=90), summary=summary, description=desc,
              location="Research clinic, 3rd floor, room 3.08", organizer=(coord["name"], coord["addr"]),
              attendees=[(nurse["name"], nurse["addr"])], stamp=c.date.replace(tzinfo=None))
    return dict(cat="visit_invitation", types=["patient_name", "mrn", "diagnosis"],
                note="calendar invitation for participant visit", frm=who(c, coord), to=[who(c, nurse)],
                subject="Invitation: " + summary, blocks=["Booked - please accept."], atts=[att])


def vcard_en(c):
    p = c.patient("on")
    coord = c.staff(3, 7)
    st = c.study(c.ch(0, 2))
    street, rest = p["address"].split(", ", 1)
    c.meta["names"].append(p["given"] + " " + p["surname"])
    att = vcf("%s %s.vcf" % (p["given"], p["surname"]), given=p["given"], surname=p["surname"],
              tels=[("HOME", c.phone_of(p, 1))], adr=(street, rest.split(",")[0], "ON", p["address"][-7:]),
              note="%s participant (%s). Prefers calls before noon." % (st["code"], K.dx(c, st["code"])))
    return dict(cat="participant_contact_card", types=["patient_name", "patient_contact", "diagnosis"],
                note="participant vCard with study and diagnosis", frm=who(c, coord), to=[who(c, c.staff(12))],
                subject="contact card for follow-up calls", blocks=["Please add to the call list. Thanks"],
                atts=[att])


def reb_summary(c):
    st = c.study(c.ch(0, 1, 2))
    p = c.patient()
    nm = c.name(p, c.ch(0, 1))
    reb = c.staff(6)
    coord = c.staff(7, 3)
    items = [("h", "Unanticipated problem report - %s" % st["code"]),
             ("table", None, [["Participant", nm], ["Chart no.", c.mrn(p)], ["Date of birth", C.en_date(p["dob"], 0)],
                              ["Event", K.ae(c)], ["Onset", c.d(c.earlier(8), 1)]]),
             "Narrative: the participant presented to the ED with %s. Labs: %s. Treated with %s. Study drug "
             "interrupted." % (K.sympt(c), ", ".join(K.labs(c, st["code"], 2)), K.med(c, st["code"])),
             "PI assessment: possibly related. Consent form to be updated to add this risk."]
    blocks = ["Dear REB office,", "Please find attached our unanticipated problem report for %s." % st["code"],
              c.ch("The sponsor has been notified.", "An amendment to the ICF will follow."), c.sig(coord)]
    return dict(cat="reb_report", types=["patient_name", "mrn", "date_of_birth", "diagnosis", "lab_result",
                                         "medication"],
                note="unanticipated problem report to ethics board, identified", frm=who(c, coord),
                to=[who(c, reb)], subject="Unanticipated problem report - %s" % st["code"], blocks=blocks,
                atts=[docx("UP_report_%s.docx" % st["code"].replace(" ", "_"), "Unanticipated problem report", items)])


def gp_letter(c):
    h, st = c.holder_study([0, 2, 3, 5])
    w = c.nam(h, dob_style=0, name_style=c.ch(0, 2))
    pi = c.pi(st)
    gp = ext(c, "clinic")
    items = [C.HOSP + " - " + C.BRC_EN, c.d(c.date.date(), 0), "Dear Dr. %s," % gp["surname"],
             "Re: %s, DOB %s, RAMQ %s, sex %s" % (w["name"], w["dob"], w["nam"], w["sex"]),
             "Your patient completed the %s study. Diagnosis: %s. End-of-study results: %s. Please resume %s; "
             "the study medication (%s) has been stopped." % (st["code"], K.dx(c, st["code"]),
                                                              ", ".join(K.labs(c, st["code"], 3)),
                                                              K.med(c, st["code"]), st["ip"]),
             "Sincerely,", pi["dr_en"]]
    blocks = ["Dear Dr. %s," % gp["surname"], "Please find attached the end-of-study letter for our common patient.",
              c.sig(c.staff(7, 3))]
    return dict(cat="gp_letter", types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result",
                                        "medication"],
                note="end-of-study letter to family physician", frm=who(c, c.staff(3)), to=[(gp["name"], gp["addr"])],
                subject="End of study letter", blocks=blocks,
                atts=[pdf("EOS_letter_%s.pdf" % C.slug(h["surname"]), "End-of-study letter", items)])


def consents_zip(c):
    st = c.study(c.ch(1, 3))
    reb = c.staff(6)
    coord = c.staff(7, 3)
    members = []
    for _ in range(c.rng.randrange(2, 4)):
        p = c.patient()
        c.meta["names"].append("%s_%s" % (C.strip_accents(p["surname"]).replace(" ", ""), C.strip_accents(p["given"])))
        members.append(pdf("ICF_%s_%s_signed.pdf" % (C.strip_accents(p["surname"]).replace(" ", ""),
                                                     C.strip_accents(p["given"])),
                           "Informed consent - %s" % st["code"],
                           ["Participant: %s %s" % (p["given"], p["surname"]),
                            "Study: phase III trial in %s" % st["title"], "Signed on %s" % c.d(c.earlier(30), 1)]))
    blocks = ["Hi %s," % reb["given"], "As requested for the audit, the signed ICFs for the participants enrolled "
                                       "under version 3 are in the attached zip.", coord["given"]]
    return dict(cat="signed_consents", types=["patient_name", "diagnosis"],
                note="zip of signed consent forms", frm=who(c, coord), to=[who(c, reb)],
                subject="ICFs for audit - %s" % st["code"], blocks=blocks,
                atts=[zipf("ICFs_%s.zip" % st["code"].replace(" ", ""), members)])


def eml_fwd(c):
    st = c.study(c.ch(0, 2))
    p = c.patient("on")
    nm = c.name(p, c.ch(0, 2))
    ohn = c.ohn()
    site = ext(c, "on", c.ch("Brenda", "Tom"), c.ch("Kowalczyk", "Ridley"))
    coord = c.staff(3, 7)
    pi = c.pi(st)
    inner = dict(frm=(site["name"], site["addr"]), to=[who(c, coord)], subject="Transfer of care - %s" % st["code"],
                 blocks=["Hi,",
                         "%s (OHN %s) is moving to Laval and would like to continue in %s at your site. "
                         "Current dx: %s. Meds: %s. Last labs: %s." % (
                             nm, ohn, st["code"], K.dx(c, st["code"]), K.med(c, st["code"]),
                             ", ".join(K.labs(c, st["code"], 2))),
                         "Thanks, " + site["given"]])
    blocks = ["See attached from Lakeshore - can we take this participant?", coord["given"]]
    return dict(cat="transfer_attached", types=["patient_name", "ca_health_number", "diagnosis", "medication",
                                                "lab_result"],
                note="site transfer request forwarded as attachment", frm=who(c, coord), to=[who(c, pi)],
                subject="FW: Transfer of care - %s" % st["code"], blocks=blocks,
                atts=[eml("Transfer of care - %s.eml" % st["code"], inner)])


def reply_en(c):
    st = c.study(c.ch(0, 1, 2, 5))
    p = c.patient(c.ch("qc", "on"))
    nm = c.name(p, c.ch(0, 2, 4, 1))
    coord = c.staff(3, 7)
    pi = c.pi(st)
    orig = ["%s," % pi["dr_en"],
            "%s (MRN %s) came in for week %d. %s. Labs: %s. Wants to know if %s can stop %s." % (
                nm, c.mrn(p), c.rng.choice([4, 8, 12, 24]), K.sympt(c).capitalize(),
                ", ".join(K.labs(c, st["code"], 2)), gx(p, "he", "she"), K.med(c, st["code"])),
            "Thanks,\n" + coord["given"]]
    blocks = [c.ch("No - keep going, I will see %s next week." % gx(p, "him", "her"),
                   "OK to stop. Document it in the con-med log please.", "Let's discuss at rounds."),
              pi["given"],
              c.quote(coord, c.prev_dt(5), orig, to=pi, subject="week visit " + st["code"])]
    return dict(cat="reply_quoted", types=["patient_name", "mrn", "diagnosis", "lab_result", "medication"],
                note="investigator reply quoting visit note", frm=who(c, pi), to=[who(c, coord)],
                subject="RE: week visit " + st["code"], blocks=blocks, reply=C.DOM)


PLAN = [(stipend, 2), (incidental, 2), (subject_only, 2), (pharmacy, 3), (invite, 2), (vcard_en, 1),
        (reb_summary, 2), (gp_letter, 2), (consents_zip, 1), (eml_fwd, 2), (reply_en, 3)]
