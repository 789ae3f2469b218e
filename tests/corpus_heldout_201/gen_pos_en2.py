"""Positive (confidential) templates, English (part 2: bookings, labs, forms, forwards, attachments)."""
import datetime

import gen_attach as A
import gen_mime
from gen_common import (DOM, DOM_CISSS, DOM_HOSP, DX_EN, MEDS_EN, fmt_date, fmt_sin, make_sin, name_variant, nam_str,
                        short_day)
from gen_helpers import (addr, fwd_hdr, greet, group, intro_line, mk, nam_block, outlook_hdr, quote, sig,
                         thanks)

L = "en"


def transport_nam(ctx):
    p = ctx.nam_holder()
    clerk = ctx.staff()
    lines, name, dob, nam = nam_block(ctx, p, L)
    d = ctx.date()
    appt = (d + datetime.timedelta(days=ctx.num(4, 25))).replace(hour=ctx.pick([8, 9, 11, 13]), minute=ctx.pick([0, 30]),
                                                                   second=0, tzinfo=None)
    why = ctx.pick([("Hemodialysis intake assessment", "CKD stage 5"), ("Fracture clinic follow-up", "L wrist fracture in cast"),
                    ("Cystoscopy", "recurrent hematuria, bladder cancer surveillance"),
                    ("Cataract surgery pre-op", "bilateral cataracts"), ("Memory clinic", "rapidly progressive cognitive decline")])
    body = [greet(ctx, L),
            "Please book adapted transport for the following resident:",
            "\n".join(lines + ["Appointment: %s – %s at %s, Hôpital du Sud, clinic 4" % (
                why[0], fmt_date(ctx, appt.date(), L, "mdy_long"), appt.strftime("%H:%M")),
                               "Reason: " + why[1], "Wheelchair; escort: " + ctx.pick(["PAB from the unit", "daughter", "none"])]),
            thanks(ctx, L), sig(ctx, clerk, L, "Unit Clerk")]
    atts = []
    if ctx.chance(0.5):
        atts.append(A.ics("appointment_%s.ics" % appt.strftime("%Y%m%d"), "%08x@%s" % (ctx.rng.getrandbits(32), DOM), appt,
                          appt + datetime.timedelta(hours=1), "%s – %s" % (why[0], p.full), "Hôpital du Sud, clinic 4",
                          "%s (DOB %s, RAMQ %s) – %s" % (name, dob, nam, why[1]), (clerk.full, clerk.email()),
                          datetime.datetime(2024, 12, 2, 8, 0, 0)))
    return mk(ctx, L, "transport", addr(clerk), [group("Adapted transport", "transport.adapte", DOM_CISSS)],
              ctx.pick(["Transport request – %s" % short_day(appt, L), "Booking: %s" % why[0], "Transport %s" % p.sur.upper()]),
              body, ["patient_name", "date_of_birth", "ramq_nam", "diagnosis"], "transport booking for a medical appointment",
              atts=atts, expect=[p.sur, nam], nam_people=[p], date=d)


def cdiff(ctx):
    p = ctx.patient(L)
    icp = ctx.staff("F")
    mrn = ctx.mrn(ctx.pick(["chsld", "plain"]))
    nm = name_variant(ctx, p, L)
    body = [greet(ctx, L),
            "Lab just called: C. difficile toxin %s for %s, chart %s, room %s. Started on %s." % (
                ctx.pick(["POSITIVE (PCR + GDH)", "positive"]), nm, mrn, ctx.room(),
                ctx.pick(["oral vancomycin 125 mg QID x 10 days", "fidaxomicin 200 mg BID"])),
            "Contact-plus precautions effective now, dedicated commode, bleach wipes only. Roommate to be moved to %s." % ctx.room(),
            sig(ctx, icp, L, "Infection Prevention and Control")]
    return mk(ctx, L, "ipc", addr(icp), [group("2 West team", "team.2west"), group("Housekeeping", "housekeeping")],
              ctx.pick(["C. diff positive – precautions", "IPAC: new case", "Isolation rm – C diff"]), body,
              ["patient_name", "mrn", "lab_result", "diagnosis", "medication"], "infection control notice for a resident",
              expect=[p.sur, mrn])


def vac_form(ctx):
    p = ctx.patient(L, age=(90, 101), sex="M")
    sw = ctx.staff("F")
    sin = make_sin(ctx)
    sin_s = fmt_sin(ctx, sin)
    dob = fmt_date(ctx, p.dob, L)
    body = [greet(ctx, L),
            "Re: Long-term care benefit application – Veterans Affairs Canada",
            "\n".join(["Veteran: %s" % name_variant(ctx, p, L, ctx.pick(["full", "SUR, Giv"])), "Date of birth: " + dob,
                       "SIN: " + sin_s, "Service: Royal Canadian Navy, 1952-1958",
                       "Conditions: %s" % "; ".join(ctx.rng.sample(DX_EN, 2)),
                       "Living situation: widowed, no income other than CPP/OAS/GIS; accommodation contribution in arrears"]),
            "Please find the signed physician section enclosed. Let me know if VAC needs the contribution statement as well.",
            thanks(ctx, L), sig(ctx, sw, L, "Social Worker", unit=False)]
    atts = []
    if ctx.chance(0.5):
        atts.append(A.pdf("VAC_application_%s.pdf" % p.sur.replace("'", ""), "Veterans Affairs Canada – LTC benefit",
                          ["Applicant: " + p.full, "Date of birth: " + dob, "SIN: " + sin_s]))
    return mk(ctx, L, "vac_form", addr(sw), [("VAC Case Manager", "casemanager@vac-acc.example")],
              ctx.pick(["LTC benefit application", "VAC application – documents", "Veteran application"]), body,
              ["patient_name", "date_of_birth", "ca_sin", "diagnosis", "social_information"],
              "benefit application for a veteran resident", atts=atts, expect=[p.sur, sin_s], ids=[("ca_sin", sin)])


def social_poa(ctx):
    p = ctx.patient(L)
    sw = ctx.staff("F")
    mgr = ctx.staff()
    nm = name_variant(ctx, p, L, ctx.pick(["title", "full", "title_sur"]))
    sit = ctx.pick(["her husband is still at home and can no longer afford the rent; he is on the waiting list for HLM housing",
                    "his son holds the power of attorney but has not paid the monthly contribution since June; the bank "
                    "account has been emptied",
                    "she has no family; we are applying for public curatorship and GIS",
                    "the daughter reported her partner has been threatening the resident during visits; visits now supervised"])
    body = [greet(ctx, L, mgr.giv),
            "Quick update on %s before Thursday's meeting: %s." % (nm, sit),
            "I will document in the social work notes. Please keep this between the care team.",
            sig(ctx, sw, L, "Social Worker", short=ctx.chance(0.5))]
    return mk(ctx, L, "social", addr(sw), [addr(mgr)], ctx.pick(["Update – social situation", "Re: %s" % p.sur, "FYI before the IDT"]),
              body, ["patient_name", "social_information"], "social worker update on a resident's situation",
              expect=[p.sur], reply=ctx.chance(0.4))


def fwd_eml(ctx):
    p = ctx.nam_holder()
    rn = ctx.staff()
    mgr = ctx.staff("F")
    hosp_rn = ctx.staff()
    lines, name, dob, nam = nam_block(ctx, p, L)
    dx = ctx.rng.sample(DX_EN, 2)
    meds = ctx.rng.sample(MEDS_EN, 3)
    inner_date = ctx.date()
    inner = mk(ctx, L, "inner", addr(hosp_rn, DOM_HOSP), [addr(rn)],
               ctx.pick(["ED discharge – back to LTC", "Return to CHSLD tonight", "ED visit summary"]),
               [greet(ctx, L),
                "Your resident is being sent back from the ED tonight:", "\n".join(lines),
                "Seen for %s. Background: %s." % (ctx.pick(["fall with head strike, CT head negative, scalp laceration sutured",
                                                            "chest pain, troponins negative x2, likely MSK",
                                                            "fever, CXR RLL pneumonia"]), "; ".join(dx)),
                "New meds: " + "; ".join(meds), "Follow up with the attending in 48 h.", hosp_rn.full + ", RN – Emergency"],
               date=inner_date)
    inner_bytes = gen_mime.build(ctx, inner, eol="\n", mode=ctx.pick(["plain", "alt"]))
    fn = ctx.pick(["ED discharge.eml", "Return to CHSLD.eml", "%s.eml" % inner["subject"]])
    body = [greet(ctx, L, mgr.giv), ctx.pick(["See below/attached from the ED, FYI for the morning huddle.",
                                              "Forwarding the ED email – med changes need a new MAR.", "FYI."]),
            rn.giv]
    types = ["patient_name", "date_of_birth", "ramq_nam", "diagnosis", "medication", "lab_result"]
    return mk(ctx, L, "forward", addr(rn), [addr(mgr)], "Fwd: " + inner["subject"], body, types,
              "forward of an emergency department message as an attached e-mail", atts=[A.eml_att(fn, inner_bytes)],
              expect=[p.sur, nam], nam_people=[p])


def zip_vaccination(ctx):
    icp = ctx.staff("F")
    n = ctx.num(8, 14)
    rows = [["Room", "Name", "DOB", "Vaccine", "Lot", "Date given", "Consent"]]
    pats = []
    vac = ctx.pick([("Fluzone High-Dose", "UJ%d" % ctx.num(100000, 999999)), ("Comirnaty KP.2", "HF%d" % ctx.num(1000, 9999)),
                    ("Arexvy (RSV)", "A%dX" % ctx.num(10000, 99999))])
    d0 = ctx.date()
    for _ in range(n):
        p = ctx.patient(L)
        pats.append(p)
        rows.append([ctx.room(), "%s, %s" % (p.sur, p.giv), p.dob.strftime("%d/%m/%Y"), vac[0], vac[1],
                     (d0 - datetime.timedelta(days=ctx.num(1, 6))).strftime("%Y-%m-%d"), ctx.pick(["resident", "POA", "POA (phone)", "refused"])])
    csv = A.csv_att("vaccination_%s.csv" % vac[0].split()[0].lower(), rows)
    members = [csv]
    if ctx.chance(0.5):
        members.append(A.pdf("summary.pdf", "Vaccination campaign – unit summary",
                             ["Residents vaccinated: %d" % (n - 1), "Refusals: 1", "Lot: " + vac[1]]))
    z = A.zip_att(ctx.pick(["vaccination_lists.zip", "campagne_vaccination.zip", "vaccine_export.zip"]), members)
    body = [greet(ctx, L), "Attached are the %s lists for our residents for entry into the provincial registry." % vac[0],
            "The zip is not password-protected, please move it to the secure drive.", sig(ctx, icp, L, "IPAC nurse")]
    return mk(ctx, L, "vaccination", addr(icp), [group("Public Health – vaccination", "vaccination", DOM_CISSS)],
              ctx.pick(["Vaccination lists", "Registry entry – LTC", "Campaign export"]), body,
              ["patient_name", "date_of_birth", "medication"], "zipped vaccination list of residents",
              atts=[z], expect=[p.sur for p in pats], date=d0)


def vcard_intake(ctx):
    p = ctx.patient(L)
    coord = ctx.staff("F")
    street = "%d %s" % (ctx.num(12, 980), ctx.pick(["rue des Pins", "Maple Street", "chemin du Lac", "avenue Bellevue"]))
    city = ctx.pick(["Saint-Aurèle", "Lac-Dorval", "Granby-Ouest", "Sainte-Hermine"])
    tel = ctx.phone("450")
    dx = ctx.pick(["Parkinson's disease with falls", "Alzheimer's dementia, wandering", "ALS, PEG-fed"])
    note = "Admission %s to 3 North. Dx: %s. Lives alone, spouse deceased." % (short_day(ctx.date(), L), dx)
    bday = ctx.chance(0.5)
    v = A.vcard(ctx.pick(["%s %s.vcf" % (p.giv, p.sur), "contact.vcf", "resident_%s.vcf" % p.sur.lower()]),
                p.full, p.sur, p.giv, tel=[("HOME", tel)], adr=(street, city, "QC", "J0K %d%s%d" % (ctx.num(1, 9), ctx.pick("ABCEGH"), ctx.num(0, 9))),
                note=note, bday=p.dob.isoformat() if bday else None)
    body = [greet(ctx, L), "Contact card for the incoming resident attached (home address is for the file, house is being sold).",
            ctx.pick(["Admission confirmed for Tuesday.", "Bed 3N-14 reserved.", ""]), sig(ctx, coord, L, "Admissions Coordinator")]
    body = [b for b in body if b]
    types = ["patient_name", "patient_contact", "diagnosis", "social_information"]
    if bday:
        types.append("date_of_birth")
    return mk(ctx, L, "intake", addr(coord), [group("Medical records", "archives")],
              ctx.pick(["New admission contact", "vCard – incoming resident", "Admission %s" % p.sur]), body, types,
              "contact card of an incoming resident", atts=[v], expect=[p.sur, tel])


def lowercase_note(ctx):
    a = ctx.staff()
    b = ctx.staff("F")
    md = ctx.physician()
    p = ctx.patient(L)
    txt = ctx.pick([
        "fyi %s in %s refused %s meds again this am incl the haldol, pls ask dr %s re: switching to liquid" % (
            p.sur.lower(), ctx.room(), "her" if p.sex == "F" else "his", md.sur.lower()),
        "hey - %s (%s) bg was 2.8 at 0600, gave juice + glucagon, now 6.1. holding %s am humalog" % (
            p.full.lower(), ctx.room(), "her" if p.sex == "F" else "his"),
        "can u check %s's sacrum when u do rounds? family says its bleeding. %s on eliquis" % (
            (p.giv + " " + p.sur).lower(), "shes" if p.sex == "F" else "hes"),
        "%s c/o burning w urination, temp 37.9, sent urine c&s. no abx yet" % p.full.lower()])
    body = [txt, a.giv.lower() if ctx.chance(0.5) else a.giv]
    types = ["patient_name"]
    if any(k in txt for k in ("haldol", "glucagon", "eliquis", "abx")):
        types.append("medication")
    if any(k in txt for k in ("bg was", "temp 37.9")):
        types.append("lab_result")
    if any(k in txt for k in ("burning", "sacrum")):
        types.append("diagnosis")
    return mk(ctx, L, "quick_note", addr(a), [addr(b)], ctx.pick(["quick q", "fyi", "rm " + ctx.room(), "(no subject)"]),
              body, types, "quick informal note between nurses", expect=[p.sur.lower()], mode="plain")


def records_request(ctx):
    use_nam = ctx.chance(0.5)
    p = ctx.nam_holder() if use_nam else ctx.patient(L, age=(80, 99))
    clerk = ctx.staff("F")
    lawyer = ctx.staff("M")
    mrn = ctx.mrn(ctx.pick(["chsld", "year"]))
    dod = ctx.date().date() - datetime.timedelta(days=ctx.num(30, 200))
    body = [ctx.pick(["Dear Sir or Madam,", "Good afternoon,", "To the Medical Records Department,"]),
            "We act for the estate of the late %s (DOB %s), who died at your facility on %s. Your chart number %s." % (
                name_variant(ctx, p, L, ctx.pick(["full", "title"])), fmt_date(ctx, p.dob, L), fmt_date(ctx, dod, L, "mdy_long"), mrn),
            ("For identification: %s, sex %s, RAMQ %s." % (p.full, p.sex, nam_str(ctx, p.nam))) if use_nam else "",
            "The family alleges that the aspiration pneumonia and the stage 4 pressure ulcer were not treated in time. Please "
            "provide a complete copy of the record, including MARs and nursing notes, within 30 days.",
            "Sincerely,", "%s, lawyer\nBerthiaume & Associés\n%s" % (lawyer.full, ctx.phone("514"))]
    return mk(ctx, L, "records_request", (lawyer.full, lawyer.email("berthiaume-avocats.example")), [addr(clerk)],
              ctx.pick(["Request for medical records – estate", "Access to records", "Estate of %s" % p.full]), body,
              ["patient_name", "date_of_birth", "mrn", "diagnosis"] + (["ramq_nam"] if use_nam else []),
              "lawyer's request for a deceased resident's record",
              expect=[p.sur, mrn] + ([p.nam] if use_nam else []), nam_people=[p] if use_nam else [])


def inline_fwd(ctx):
    p = ctx.patient(L)
    rn = ctx.staff()
    mgr = ctx.staff("F")
    cons = ctx.physician()
    d0 = ctx.date()
    nm = name_variant(ctx, p, L)
    dx, rec = ctx.pick([("new AF with RVR, CHA2DS2-VASc 6", "apixaban 2.5 mg BID and metoprolol 25 mg BID"),
                        ("decompensated CHF, EF 30%", "furosemide 40 mg BID x 3 days, daily weights"),
                        ("symptomatic bradycardia, HR 38", "holding donepezil and metoprolol, Holter 48 h")])
    orig = [greet(ctx, L),
            "Consult note for %s: %s. Recommend %s; echo in 3 months. BNP %d." % (nm, dx, rec, ctx.num(600, 3400)),
            "%s %s, Cardiology" % (cons.t_en, cons.full)]
    hdr = fwd_hdr(L, "%s %s <%s>" % (cons.t_en, cons.full, cons.email(DOM_HOSP)), rn.email(), d0, "Consult")
    body = [ctx.pick(["FYI – see consult below, orders to transcribe.", "For the chart.", "Please review before rounds."]),
            rn.giv, {"fwd": orig, "hdr": hdr}]
    return mk(ctx, L, "consult_fwd", addr(rn), [addr(mgr)], "Fwd: Consult", body,
              ["patient_name", "diagnosis", "medication", "lab_result"], "inline forward of a cardiology consult",
              expect=[p.sur])
