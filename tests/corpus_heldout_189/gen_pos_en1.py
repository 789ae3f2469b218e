"""English positives, part 1: referrals from the Ontario site, screening, SAE follow-up, sign-out,
critical labs, rides, biobank shipments, withdrawals."""
import gen_clin as K
import gen_common as C
from gen_build import box, csv, docx, ext, gx, pdf, who, xlsx


def _title(p):
    return gx(p, "Mr.", "Ms.")


def referral(c):
    st = c.study(c.ch(0, 1, 3))
    p = c.patient("on")
    nm = c.name(p, c.ch(0, 2, 1, 7))
    ohn = c.ohn()
    onc = ext(c, "on", c.ch("Gordon", "Priyanka", "Sheila"), c.ch("McTavish", "Banerjee", "Lowry"))
    pi = c.pi(st)
    coord = c.staff(3, 7, 12)
    blocks = [
        "Dear %s," % pi["dr_en"],
        "Re: %s, DOB %s, OHN %s" % (nm, C.en_date(p["dob"], c.ch(0, 1, 2)), ohn),
        "I would be grateful if you could assess this patient for %s. %s was diagnosed with %s in %s and is "
        "currently on %s and %s. Most recent bloodwork (%s): %s." % (
            st["code"], gx(p, "He", "She"), K.dx(c, st["code"]), c.ch("2021", "2022", "early 2023"),
            K.med(c, st["code"]), K.med(c, st["code"]), c.d(c.earlier(12), 2), ", ".join(K.labs(c, st["code"], 3))),
        "%s is keen to participate and is able to travel to Laval for study visits. %s home number is %s." % (
            gx(p, "He", "She"), gx(p, "His", "Her"), c.phone_of(p)),
        "Kind regards,",
        ("sig", ["Dr. " + onc["name"], "Lakeshore Regional Hospital, Kingston, ON", "Tel. 613-555-01%02d" %
                 c.rng.randrange(100)]),
    ]
    atts = []
    if c.v % 3 == 2:
        atts.append(pdf("referral_%s.pdf" % C.slug(p["surname"]), "Referral letter", [x for x in blocks[:5]]))
        blocks[2:5] = ["Referral letter attached."]
    return dict(cat="referral", types=["patient_name", "date_of_birth", "ca_health_number", "diagnosis",
                                       "medication", "lab_result", "patient_contact"],
                note="referral from partner site with health number", frm=(onc["name"], onc["addr"]),
                to=[who(c, pi)], cc=[who(c, coord)] if c.rng.random() < 0.6 else [],
                subject=c.ch("Referral for %s" % st["code"], "Trial referral - %s" % st["code"],
                             "Referral: possible candidate for " + st["code"]), blocks=blocks, atts=atts)


def screen_fail(c):
    st = c.study(c.ch(0, 2, 5))
    p = c.patient()
    nm = C.name_form(p, c.ch(1, 5), "en")
    c.meta["names"].append(nm)
    coord = c.staff(3, 7, 12)
    pi = c.pi(st)
    crit = c.ch("exclusion criterion 4 (ALT > 3x ULN)", "inclusion criterion 2 (eGFR 25-60)",
                "exclusion criterion 9 (K > 5.5)", "inclusion criterion 6 (HbA1c 7.0-10.5%)")
    blocks = [
        "Hi %s," % pi["given"],
        "Screening labs are back for %s (MRN %s, screening no. S-%03d): %s." % (
            nm, c.mrn(p), c.rng.randrange(1, 200), "; ".join(K.labs(c, st["code"], 4))),
        "Unfortunately this fails %s, so I will log a screen failure in the IWRS unless you want to repeat the "
        "labs within the window. I have not called the patient yet." % crit,
        c.sig(coord, org=c.rng.random() < 0.5),
    ]
    atts = []
    if c.v % 2 == 1:
        atts.append(xlsx("screening_log_%s.xlsx" % st["code"].replace(" ", ""),
                         [("Log", ["Name", "MRN", "Labs", "Outcome"], [[nm, c.mrn(p, 0), "; ".join(K.labs(c, st["code"], 2)),
                                                                       "screen fail - " + crit]])]))
    return dict(cat="screen_failure", types=["patient_name", "mrn", "lab_result"],
                note="screening labs and screen failure", frm=who(c, coord), to=[who(c, pi)],
                subject=c.ch("Screen fail? %s" % st["code"], "%s screening labs" % st["code"]), blocks=blocks, atts=atts)


def sae_followup(c):
    h, st = c.holder_study([0, 1, 2, 5])
    w = c.nam(h, dob_style=c.ch(0, 1, 3))
    nurse = c.staff(3)
    pi = c.pi(st)
    cra = ext(c, "cro")
    ev = K.ae(c)
    blocks = [
        "%s," % pi["dr_en"],
        "Follow-up on the SAE for %s (RAMQ %s, DOB %s, %s): admitted on %s with %s. Discharged yesterday." % (
            w["name"], w["nam"], w["dob"], w["sex"], c.d(c.earlier(c.rng.randrange(4, 9)), 0), ev),
        "Discharge labs: %s. Discharge meds: %s, %s. Study drug (%s) still on hold." % (
            ", ".join(K.labs(c, st["code"], 3)), K.med(c, st["code"]), K.med(c, st["code"]), st["ip"]),
        "Trialbridge wants the follow-up report within 5 days. I will enter it in the EDC with the subject number "
        "only; can you sign the causality assessment when you are in clinic on %s?" % C.DAYS[c.later(2).weekday()],
        c.sig(nurse),
    ]
    atts = []
    if c.v % 3 == 2:
        atts.append(docx("SAE_followup_%s.docx" % st["code"].replace(" ", "_"), "SAE follow-up (site copy)",
                         [blocks[1], blocks[2]]))
    return dict(cat="sae_followup", types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result",
                                           "medication"],
                note="serious adverse event follow-up with identity", frm=who(c, nurse), to=[who(c, pi)],
                cc=[who(c, c.staff(0))], subject=c.ch("SAE follow-up - %s" % st["code"], "SAE update (%s)" % st["code"]),
                blocks=blocks, atts=atts)


def signout(c):
    nurse = c.staff(3)
    other = c.staff(2)
    rows = []
    for _ in range(c.rng.randrange(4, 7)):
        st = c.study()
        p = c.patient()
        rows.append([c.ch("Day unit bay %d" % c.rng.randrange(1, 12), "Rm %d%02d" % (c.rng.randrange(3, 8),
                                                                                      c.rng.randrange(1, 40))),
                     c.name(p, c.ch(1, 5, 7, 8)), st["code"],
                     c.ch(K.sympt(c), K.lab(c, st["code"]), "PK draw at %d:00" % c.rng.randrange(10, 16),
                          "infusion " + st["ip"] + ", watch BP")])
    blocks = ["Hi %s," % other["given"], "Hand-over for tomorrow, I'm off until %s:" % C.DAYS[c.later(2).weekday()],
              ("table", ["Where", "Participant", "Study", "To do / issue"], rows, c.ch(0, 1, 2)),
              "Pharmacy knows about the infusion. Thanks!", nurse["given"]]
    atts = []
    if c.v % 2 == 1:
        atts.append(xlsx("handover_%s.xlsx" % c.date.strftime("%Y%m%d"),
                         [("Handover", ["Where", "Participant", "Study", "To do / issue"], rows)]))
        blocks[2] = "List attached."
    return dict(cat="signout", types=["patient_name", "diagnosis", "lab_result"],
                note="research nurse hand-over list", frm=who(c, nurse), to=[who(c, other)],
                subject=c.ch("Handover", "sign-out for tomorrow", "Hand-over - research day unit"), blocks=blocks, atts=atts)


def lab_critical(c):
    st = c.study(c.ch(0, 2, 1))
    p = c.patient()
    nm = c.name(p, c.ch(0, 1, 2, 6))
    lab = ext(c, "lab")
    coord = c.staff(3, 7)
    val = c.ch("potassium 6.4 mmol/L", "neutrophils 0.3 x10^9/L", "creatinine 289 umol/L", "sodium 121 mmol/L",
               "platelets 18 x10^9/L")
    blocks = [
        "Hello,",
        "Critical value notification - %s, sample collected %s." % (st["code"], c.d(c.earlier(1), 2)),
        ("table", None, [["Subject", nm], ["Site MRN", c.mrn(p)], ["Accession", "LC%09d" % c.rng.randrange(10**8, 10**9)],
                         ["Result", val], ["Reference", "see report"]], c.ch(0, 3)),
        "The result was phoned to the site at %d:%02d. Please acknowledge receipt." % (c.rng.randrange(8, 17),
                                                                                      c.rng.randrange(0, 60)),
        ("sig", ["%s - Client Services" % lab["org"], "Toll free 1-800-555-01%02d" % c.rng.randrange(100)]),
    ]
    atts = []
    if c.v % 3 == 1:
        atts.append(pdf("critical_%s.pdf" % c.date.strftime("%Y%m%d%H%M"), "Critical value report",
                        [("table", None, blocks[2][2])]))
    return dict(cat="critical_lab", types=["patient_name", "mrn", "lab_result"],
                note="central lab critical value notification", frm=("Labcentra Client Services", "alerts@labcentra.example"),
                to=[who(c, coord)], subject="CRITICAL VALUE - %s - action required" % st["code"], blocks=blocks, atts=atts,
                importance=True)


def ride(c):
    p = c.patient(c.ch("qc", "on"))
    nm = c.name(p, c.ch(0, 2))
    coord = c.staff(12, 7, 3)
    when = c.later(c.rng.randrange(3, 12))
    social = c.ch("%s has no car and no family nearby; %s lives alone in a rooming house." % (
        gx(p, "He", "She"), gx(p, "he", "she")),
        "%s is on a walker after the stroke and needs door-to-door help." % gx(p, "He", "She"),
        "%s recently lost %s housing and is staying at the %s shelter; pick-up at the shelter address below." % (
            gx(p, "He", "She"), gx(p, "his", "her"), c.ch("Maison Horizon", "St. Brigid")))
    blocks = [
        "Hi,",
        "Please book a return taxi for %s on %s for a study visit (arrival 8:30 am, %s, main entrance)." % (
            nm, c.d(when, 0), C.HOSP),
        "Pick-up address: %s\nPhone: %s" % (p["address"], c.phone_of(p)),
        social,
        "Bill to research cost centre %d. Thanks," % c.rng.randrange(71000, 79999),
        c.sig(coord),
    ]
    types = ["patient_name", "patient_contact", "social_information"]
    if "stroke" in social:
        types.append("diagnosis")
    atts = []
    if c.v % 3 == 2:
        atts.append(pdf("ride_request.pdf", "Ride request form", [blocks[1], blocks[2], blocks[3]]))
    return dict(cat="transport", types=types, note="taxi booking for participant with home address",
                frm=who(c, coord), to=[box("Patient Transport Desk", "transport")],
                subject=c.ch("Taxi booking - study participant", "Ride request %s" % c.d(when, 1)), blocks=blocks, atts=atts)


def shipment(c):
    bb = c.staff(5, 4)
    lab = ext(c, "lab")
    rows = []
    n = c.rng.randrange(3, 6)
    for i in range(n):
        if i != 1:
            h = c.holder()
            w = c.nam(h, style=c.ch(0, 1, 6), dob_style=1)
            rows.append([w["name"], "RAMQ " + w["nam"], w["dob"], w["sex"], c.ch("serum", "plasma", "whole blood"),
                         "BRP-%05d" % c.rng.randrange(10000, 99999)])
        else:
            p = c.patient("on")
            rows.append([c.name(p, 1), "OHN " + c.ohn(c.ch(0, 2)), C.en_date(p["dob"], 1), p["sex"],
                         c.ch("serum", "PAXgene RNA"), "LRH-%05d" % c.rng.randrange(10000, 99999)])
    header = ["Donor", "Health no.", "DOB", "Sex", "Specimen", "Tube ID"]
    blocks = ["Hi %s," % lab["given"],
              "Attached is the manifest for today's dry-ice shipment (%d specimens, waybill %d)." % (
                  n, c.rng.randrange(10**9, 10**10)),
              c.ch("Both sites are on the same sheet this time.", "Please confirm receipt and temperature on arrival."),
              c.sig(bb)]
    fname = "shipment_manifest_%s.xlsx" % c.date.strftime("%Y%m%d")
    att = xlsx(fname, [("Manifest", header, rows)]) if c.v % 2 == 0 else csv(fname.replace("xlsx", "csv"), header, rows)
    types = ["patient_name", "ramq_nam", "date_of_birth"] + (["ca_health_number"] if n > 1 else [])
    return dict(cat="biobank_shipment", types=types,
                note="biobank shipment manifest with health numbers", frm=who(c, bb), to=[(lab["name"], lab["addr"])],
                subject=c.ch("Shipment manifest %s" % c.d(c.date.date(), 1), "Dry ice shipment today"),
                blocks=blocks, atts=[att])


def withdrawal(c):
    st = c.study(c.ch(1, 3))
    p = c.patient()
    nm = c.name(p, c.ch(0, 2, 7))
    coord = c.staff(7, 12, 3)
    bb = c.staff(4)
    reason = c.ch("after %s scan showed progression" % gx(p, "his", "her") if st["code"].startswith("ONCO") else
                  "because the hallucinations on the study drug frightened %s family" % gx(p, "his", "her"),
                  "since moving into long-term care")
    blocks = ["Hi %s," % bb["given"],
              "%s (chart %s) withdrew consent today %s. %s asked that all banked samples be destroyed and "
              "no further data collected." % (nm, c.mrn(p), reason, gx(p, "He", "She")),
              "Could you confirm destruction of the remaining aliquots so I can close the withdrawal form?",
              c.sig(coord, org=False)]
    types = ["patient_name", "mrn", "diagnosis"] if "progression" in reason or "hallucinations" in reason else [
        "patient_name", "mrn", "social_information"]
    return dict(cat="consent_withdrawal", types=types, note="consent withdrawal and sample destruction",
                frm=who(c, coord), to=[who(c, bb)], subject="Consent withdrawal - %s" % st["code"], blocks=blocks)


PLAN = [(referral, 3), (screen_fail, 2), (sae_followup, 3), (signout, 2), (lab_critical, 3), (ride, 3),
        (shipment, 2), (withdrawal, 2)]
