"""English positive templates, part 2."""
import datetime

from gen_clin import (ANTIPSY, MED_DX, OTHER_MEDS, PSY_DX, SUD_DX, SYMPT, L, bye, fwd_header,
                      hello, new)
from gen_common import (cap, OUTDOOR_EN, SHELTERS, Att, fdate, fmt_nam, name_form, phone, signature,
                        staff)
from gen_docs import make_csv, make_docx, make_ics, make_xlsx
from gen_pos_en import EN, he, his, nam_block


def ics_appt(r, w):
    s = new(r, EN, "appointment", "calendar invitation for a depot injection and clinic visit", True, "inf", ("pair",))
    p = w.patient(r)
    nm = s.nm(p, r.choice(["full", "upper_comma", "initial_upper"]))
    med = s.med(L(r.choice(ANTIPSY[:2]), EN).split(" IM")[0])
    day = (s.date + datetime.timedelta(days=r.randint(2, 10))).replace(hour=r.choice([9, 10, 11, 14]), minute=0,
                                                                         second=0, tzinfo=None)
    where = r.choice(SHELTERS[5:8])
    s.soc(where)
    desc = "Depot due (%s). Meet at %s front desk." % (med, where)
    if r.random() < 0.5:
        tel = s.contact(phone(r))
        desc += " Client cell: %s." % tel
    ics = make_ics("inj-%08x@rivsaules.example" % r.getrandbits(32), day, day + datetime.timedelta(minutes=30),
                   "Injection – %s" % nm, where, desc, (s.frm.full(), s.frm.email), [(s.tos[0].full(), s.tos[0].email)])
    s.atts.append(Att(r.choice(["invite.ics", "Injection_%s.ics" % p.surname]), "text/calendar", ics))
    s.subject = r.choice(["Invitation: injection %s" % day.strftime("%a %b %d"), "Depot – can you come along?",
                          "Invitation: %s" % nm])
    s.body = ("%s\n\nSending you the invite for %s's injection on %s. Can you come with me? %s likes it better "
              "when you're there.\n\n%s" % (hello(r, EN, s.tos[0].given), p.given, day.strftime("%A"),
                                            cap(he(p)), s.frm.given))
    return s


def caseload_xlsx(r, w):
    s = new(r, EN, "caseload_list", "team caseload spreadsheet with identifiers and diagnoses", True, "chef",
            ("inf", "ts", "psy"))
    rows = [("Surname", "Given name", "DOB", "Sex", "RAMQ", "Primary dx", "Housing", "Case manager")]
    for i in range(r.randint(4, 6)):
        p = w.holder("adult")
        dob = p.dob.isoformat()
        sx = p.sex
        s.nam(p, "plain", dob, sx)
        rows.append((p.surname.upper(), p.given, dob, sx, fmt_nam(p.nam, r.choice(["plain", "spaced"])),
                     L(r.choice(PSY_DX + SUD_DX), EN), r.choice(["shelter", "street", "rooming house", "Housing First apt",
                                                                "couch-surfing"]), staff(r).full()))
    s.t("diagnosis", "social_information")
    s.atts.append(Att("ACT_caseload_%s.xlsx" % s.date.strftime("%Y%m"),
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      make_xlsx([("Caseload", rows), ("Notes", [("Updated", s.date.date().isoformat())])], s.date)))
    s.subject = r.choice(["Caseload update %s" % s.date.strftime("%B"), "Updated caseload list", "ACT caseload – please review"])
    s.body = ("%s\n\nUpdated caseload attached for the case review. Please check your own rows before Thursday "
              "and flag anyone who should be transferred to ICM.\n\n%s\n\n%s"
              % (hello(r, EN, "team"), bye(r, EN), signature(s.frm, EN, r)))
    return s


def hcv_csv(r, w):
    s = new(r, EN, "treatment_tracker", "hepatitis C treatment tracker exported as CSV", True, "ips", ("inf",))
    rows = [("mrn", "name", "site", "hcv_rna", "genotype", "treatment", "start", "notes")]
    s.t("patient_name", "mrn", "lab_result", "social_information")
    for i in range(r.randint(4, 7)):
        p = w.patient(r)
        st = r.choice(["upper_comma", "full", "lower", "surname_first"])
        rna = r.choice(["2.1e6", "850000", "<15 (SVR)", "detected", "4.4e5"])
        tx = r.choice(["Epclusa", "Maviret", "not started", "Epclusa wk 6", "lost to f/u"])
        if tx not in ("not started", "lost to f/u"):
            s.t("medication")
        rows.append((s.mrn(r), name_form(p, EN, st), r.choice(SHELTERS[:8]), rna, r.choice(["1a", "3a", "2", "1b"]),
                     tx, (s.date.date() - datetime.timedelta(days=r.randint(5, 120))).isoformat(),
                     r.choice(["", "needs ride", "no phone", "pharmacy daily"] + (["pregnant?"] if p.sex == "F" else []))))
    s.t("diagnosis")
    s.atts.append(Att("hcv_tracker_%s.csv" % s.date.strftime("%Y%m%d"), "text/csv",
                      make_csv(rows, delimiter=r.choice([",", ";"]))))
    s.subject = r.choice(["HCV tracker export", "Hep C list for Friday", "tracker (csv)"])
    s.body = ("%s\n\nExport of the HCV tracker attached – still a few with no start date. Can you update after clinic?\n\n"
              "%s\n%s" % (hello(r, EN, s.tos[0].given), bye(r, EN), s.frm.doc(EN)))
    return s


def dv_safety(r, w):
    s = new(r, EN, "violence", "safety plan for a client fleeing intimate partner violence", True, "ts", ("ts",))
    p = w.patient(r, "F", 19, 50)
    s.t("patient_name", "social_information")
    fn = r.choice(["Safety_plan_%s_%s.docx" % (p.given, p.surname.upper()), "%s %s safety plan.docx" % (p.given,
                                                                                                      p.surname)])
    paras = ["# Situation", "Left home %s after assault by partner (strangulation, bruises to neck)." %
             s.date.strftime("%B %d"), "Staying at Maison Aube-Claire (women's shelter), bed 6.",
             "# Health", s.dx("Seen at ER: contusions, no fracture. Sleeping poorly, nightmares."),
             "# Plan", "Code word with shelter staff. Changes route to methadone pharmacy.",
             "Partner has a no-contact order (court date pending)."]
    if r.random() < 0.5:
        paras.append(s.med("Continue methadone 60 mg daily at new pharmacy (transfer done)."))
    s.atts.append(Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      make_docx("Safety plan", paras, s.date)))
    s.subject = r.choice(["Safety plan", "Plan for the client we discussed", "Updated plan (confidential)"])
    s.body = ("%s\n\nAttached is the updated safety plan for the client we discussed this morning. Please don't "
              "forward outside the team.\n\n%s\n%s" % (hello(r, EN, s.tos[0].given), bye(r, EN), s.frm.given))
    return s


def subject_only(r, w):
    s = new(r, EN, "missed_dose", "missed depot injection, name only in subject", True, "inf", ("psy",))
    p = w.patient(r)
    nm = s.nm(p, r.choice(["upper_first", "upper_comma", "full", "initial_upper"]))
    med = s.med(L(r.choice(ANTIPSY[:2]), EN).split(" IM")[0])
    s.subject = r.choice(["%s – missed depot" % nm, "%s / injection not given" % nm, "Re: %s" % nm])
    s.reply = s.subject.startswith("Re:")
    s.dx("psychotic relapse")
    s.body = ("%s\n\nWent to the shelter twice, couldn't find %s. Now 9 days late for %s. Staff say more "
              "paranoid, sleeping in the stairwell, not eating. Do you want us to ask for a mandate (P-38) or wait "
              "until Monday?\n\n%s" % (hello(r, EN, s.tos[0].given), "her" if p.sex == "F" else "him", med,
                                       s.frm.given))
    s.soc("shelter")
    return s


def treatment_order(r, w):
    s = new(r, EN, "court_order", "treatment order hearing preparation", True, "psy", ("ts",), ("chef",))
    p = w.holder("adult") if r.random() < 0.5 else None
    if p:
        name, dob, sx, nam = nam_block(s, r, p)
        ident = "%s, %s, %s, RAMQ %s" % (name, dob, sx, nam)
    else:
        p = w.patient(r)
        name = s.nm(p, r.choice(["full", "upper_comma"]))
        ident = "%s, DOB %s" % (name, s.dob(p, r=r))
    mrn = s.mrn(r)
    dx = s.dx(L(r.choice(PSY_DX[:3]), EN))
    med = s.med(L(r.choice(ANTIPSY), EN))
    soc = s.soc(r.choice(["three evictions in two years", "lives in an encampment, refuses shelter",
                          "repeated arrests for mischief, no income"]))
    s.subject = r.choice(["Treatment order – hearing %s" % fdate(s.date.date() + datetime.timedelta(days=12), EN, "long"),
                          "Court file – %s" % name, "Treatment order application (draft)"])
    s.t("patient_name")
    s.body = ("%s\n\nHere is the summary for the treatment order application:\n\n%s (MRN %s)\nDiagnosis: %s\n"
              "Requested: %s for 3 years, with blood work as needed.\nHistory: 6 admissions since 2021, relapse each "
              "time treatment stops. %s.\n\nCan you add the psychosocial section and send to legal by Friday?\n\n%s\n%s"
              % (hello(r, EN, s.tos[0].given), ident, mrn, dx, med, cap(soc), bye(r, EN), s.frm.doc(EN)))
    return s


def niss_traveller(r, w):
    s = new(r, EN, "repatriation", "travel insurer correspondence for a hospitalised Belgian traveller", True, "ts",
            ())
    p = w.patient(r, amin=19, amax=40)
    s.to = [("Medical desk – Flanders Travel Assist", "meddesk@flanders-assist.example")]
    name = s.nm(p, r.choice(["upper_comma", "full"]))
    dob = s.dob(p, r=r, style=r.choice(["iso", "dmy"]))
    niss = s.niss(r, p)
    dx = s.dx(L(r.choice(PSY_DX[2:5] + PSY_DX[7:]), EN))
    soc = s.soc("found sleeping %s without passport or money" % r.choice(OUTDOOR_EN))
    s.subject = r.choice(["Your insured %s – hospitalisation" % name, "Case %d – Belgian national" % r.randint(10000, 99999),
                          "Repatriation request"])
    s.t("patient_name")
    s.body = ("Dear colleagues,\n\nWe are treating your insured:\n%s, born %s\nBelgian national number: %s\n\n"
              "%s was %s and admitted with %s. Currently stable on treatment; we recommend escorted repatriation.\n"
              "Please confirm coverage and the escort arrangements.\n\n%s\n\n%s"
              % (name, dob, niss, cap(he(p)), soc, dx, bye(r, EN), signature(s.frm, EN, r)))
    return s


def fwd_inline(r, w):
    s = new(r, EN, "forward", "inline-forwarded message from a drop-in centre about a client", True, "chef",
            ("crise",))
    p = w.patient(r)
    nm = s.nm(p, r.choice(["full", "given", "upper_comma"]))
    sym = s.dx(L(r.choice(SYMPT), EN))
    soc = s.soc(r.choice(["was barred from the shelter after a fight", "lost the room at the rooming house",
                          "says someone is taking all of %s money" % his(p)]))
    extra = ""
    if r.random() < 0.5:
        extra = " %s mentioned %s stopped taking %s." % (cap(he(p)), he(p), s.med(
            L(r.choice(ANTIPSY[2:] + OTHER_MEDS[:2]), EN).split(" ")[0]))
    orig_date = s.date - datetime.timedelta(hours=r.randint(1, 30))
    fw = fwd_header(EN, "Drop-in staff", "staff@lanternlight-dropin.example", orig_date,
                    "Worried about %s" % (p.given if nm == p.given else "a participant"), "Street Health Outreach")
    inner = ("Hi team,\n\n%s came in today and we're worried: %s. %s %s.%s\n\nCan someone from crisis come by?\n\n"
             "Lanternlight Drop-in" % (nm, sym, cap(he(p)), soc, extra))
    s.subject = "Fwd: Worried about %s" % (p.given if nm == p.given else "a participant")
    s.body = "%s\n\nCan you take this one today?\n\n%s\n\n%s\n\n%s" % (hello(r, EN, s.tos[0].given), s.frm.given, fw,
                                                                       inner)
    return s


def wound(r, w):
    s = new(r, EN, "wound_care", "wound care follow-up for a client seen on the van", True, "inf", ("ips",))
    p = w.holder(r.choice(["adult", "senior"]))
    name, dob, sx, nam = nam_block(s, r, p)
    dx = s.dx(L(r.choice(MED_DX[2:5]), EN))
    med = s.med(L(OTHER_MEDS[5], EN))
    soc = s.soc(r.choice(["sleeping outside since the shelter closed at 7 am", "camping %s" % r.choice(OUTDOOR_EN)]))
    s.subject = r.choice(["Wound f/u – %s" % name, "Van – wound needs MD/NP review", "Wound photos and plan"])
    s.t("patient_name")
    s.body = ("%s\n\nSeen on the van tonight:\n%s | %s | %s | RAMQ %s\n\n%s, worse than Tuesday, red streaks up "
              "the leg. On %s day 3. %s. Please review tomorrow; I told %s to come at 10.\n\n%s\n%s"
              % (hello(r, EN, s.tos[0].given), name, dob, sx, nam, cap(dx), med, cap(soc),
                 "her" if p.sex == "F" else "him", bye(r, EN), s.frm.full()))
    return s


def nir_student(r, w):
    s = new(r, EN, "insurance", "international student health coverage and psychiatric admission", True, "ts",
            ())
    p = w.patient(r, amin=19, amax=27)
    s.to = [("Student Health Plan – Claims", "claims@campus-healthplan.example")]
    name = s.nm(p, r.choice(["full", "upper_comma"]))
    dob = s.dob(p, r=r)
    nir = s.nir(r, p)
    dx = s.dx(L(r.choice(PSY_DX[3:4] + PSY_DX[6:]), EN))
    soc = s.soc(r.choice(["evicted from student residence, staying at a shelter",
                          "no income since %s scholarship was suspended" % his(p)]))
    s.subject = r.choice(["Claim – admission of %s" % name, "Coverage question – French student",
                          "Pre-authorisation request"])
    s.t("patient_name")
    s.body = ("%s\n\nWe admitted one of your members on %s:\n%s (DOB %s)\nFrench social security number (NIR): %s\n"
              "Reason: %s. Situation: %s.\n\nPlease confirm coverage for the admission and outpatient follow-up, "
              "or whether we should bill the French plan directly.\n\n%s\n\n%s"
              % (hello(r, EN), fdate(s.date.date() - datetime.timedelta(days=3), EN, "long"), name, dob, nir, dx, soc,
                 bye(r, EN), signature(s.frm, EN, r)))
    return s
