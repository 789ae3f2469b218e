"""Positive (confidential) messages in English: adult ED and trauma team at Riverbend General Hospital."""
import datetime as _dt

import gen_attach as A
from gen_base import Item, en_date, forward_body, hm, later, reply_body, signature
from gen_cases import CASES, CTAS_EN, PSYCH, SOCIAL_EN, case_pick, vitals
from gen_common import ORG
from gen_mime import Att, Mail, render_bytes

L = "en"
DOM = ORG["en_dom"]
HOME_MEDS = ["metformin 1000 mg BID, ramipril 10 mg daily, rosuvastatin 20 mg", "levothyroxine 100 mcg, apixaban 5 mg BID",
             "Eliquis 2.5 mg BID, Lasix 40 mg, Aldactone 25 mg", "amlodipine 5 mg, HCTZ 12.5 mg",
             "Advair 250 BID, Ventolin PRN, tiotropium", "warfarin per INR clinic, metoprolol 25 mg BID",
             "sertraline 100 mg, trazodone 50 mg qhs", "Humalog sliding scale, Lantus 30 U qhs"]
ALLERG = ["NKDA", "penicillin (hives)", "sulfa", "codeine (nausea)", "contrast dye - premedicate", "morphine (itch)"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def fn(ctx, sex=None):
    s = ctx.staff(L, sex)
    return s, (s.full, s.email(DOM))


def _fin(it, m, pin=None):
    it.mail = m
    it.pin = pin or {}
    return it


def mk(ctx, frm, to, subject, when, text=None, html=None, atts=None, cc=None, headers=None):
    return Mail(frm, to, subject, when, ctx.msgid(frm[1].split("@")[1]), text=text, html=html,
                atts=atts, cc=cc, headers=headers)


def pr(p, a, b):
    """pronoun by listed sex"""
    return a if p.f else b


# 1 ------------------------------------------------------------------ triage note
def triage(ctx):
    it = Item(ctx, "triage", L, True, "triage note sent to the attending")
    when = ctx.when()
    p = ctx.patient(L, nam=True, when=when)
    c = case_pick(ctx)
    E = c["en"]
    nurse, frm = fn(ctx)
    md, to = fn(ctx)
    bed = ctx.pick(["Resus 1", "Resus 2", "Acute 7", "Acute 12", "Hall bed 3", "Stretcher 21"])
    body = "\n".join([
        "%s — triaged %s" % (CTAS_EN[c["ctas"]], hm(when)),
        "",
        "Name: %s" % it.nm(p, ctx.pick(["last_first", "full", "last_first_mixed"])),
        "DOB: %s  Sex: %s  (%d y)" % (it.dob(p, ctx.pick(["iso", "abbr", "long"])), p.sex, p.age(when)),
        "Medicare (RAMQ): %s" % it.nam(p, ctx.pick(["plain", "space", "fullwidth", "lower", "dash"])),
        "CC: %s" % E["motif"],
        "VS: %s" % vitals(ctx, L, c["ctas"] <= 2),
        "Allergies: %s" % ctx.pick(ALLERG),
        "Home meds: %s" % ctx.pick(HOME_MEDS),
        "",
        "Put in %s, ECG done. Heads up — %s looks %s." % (bed, pr(p, "she", "he"), ctx.pick(["unwell", "grey", "sick", "OK but in pain"])),
        "",
        nurse.given + " (triage RN)",
    ])
    it.t("diagnosis", "lab_result", "medication")
    return _fin(it, mk(ctx, frm, [to], ctx.pick(["New pt %s" % bed, "%s to %s" % (CTAS_EN[c["ctas"]], bed), "triage"]),
                       later(when, 5), text=body))


# 2 ------------------------------------------------------------------ trauma activation
def trauma_alert(ctx):
    it = Item(ctx, "trauma_alert", L, True, "trauma team activation for an unidentified patient with chart number")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = ctx.pick([x for x in CASES if x["kind"] == "trauma" and x["ctas"] <= 2])
    E = c["en"]
    alias = ctx.pick(["Doe, Trauma-Echo", "UNKNOWN ZULU", "Trauma Foxtrot", "Doe, Unknown 7"])
    frm = ("Trauma Team Leader", "ttl.pager@" + DOM)
    tos = [fn(ctx)[1] for _ in range(ctx.randint(2, 4))]
    body = "\n".join([
        "TRAUMA CODE — ETA %s" % hm(later(when, 10)),
        "Alias %s / MRN %s" % (alias, it.mrn(p, ctx.pick(["plain", "dash", "fullwidth"]))),
        "~%d y %s" % (p.age(when), "F" if p.f else "M"),
        "MOI: %s" % E["motif"],
        "EMS: %s" % vitals(ctx, L, True),
        "Primary survey / imaging: %s; %s" % (E["dx"], E["img"] or "imaging pending"),
        "Labs: %s" % (E["labs"] or "sent"),
        "Given: %s" % E["meds"],
        "",
        "Trauma bay 1. OR notified. Blood bank: MTP on standby.",
    ])
    it.t("diagnosis", "lab_result", "medication")
    return _fin(it, mk(ctx, frm, tos, "TRAUMA CODE %s" % hm(when), when, text=body), {"form": "plain"})


# 3 ------------------------------------------------------------------ consult request
def consult(ctx):
    it = Item(ctx, "consult", L, True, "ED consult request to a service")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = case_pick(ctx)
    E = c["en"]
    md, frm = fn(ctx)
    res, to = fn(ctx)
    body = "\n".join([
        "Hi %s," % res.given,
        "",
        "Consult to %s please: %s, %d%s, MRN %s, %s." % (
            E["svc"], it.nm(p, ctx.pick(["initial", "title", "short", "full"])), p.age(when), "F" if p.f else "M",
            it.mrn(p, ctx.pick(["plain", "dash", "space"])), ctx.pick(["Acute 4", "Resus 2", "Obs 11", "Hall 2"])),
        "",
        "HPI: %s" % E["motif"],
        "Imaging: %s" % (E["img"] or "none yet"),
        "Labs: %s" % (E["labs"] or "unremarkable"),
        "Given in ED: %s" % E["meds"],
        "Impression: %s" % E["dx"],
        "",
        "Question: %s" % ctx.pick(["admit?", "OR?", "please see this AM", "OK to take over?"]),
        "",
        "Thanks,",
        signature(ctx, md, L, "Emergency Physician"),
    ])
    it.t("diagnosis", "medication", "lab_result")
    return _fin(it, mk(ctx, frm, [to], ctx.pick(["ED consult - %s" % E["svc"], "Consult request: %s" % E["svc"]]), when,
                       text=body))


# 4 ------------------------------------------------------------------ transfer request with DOCX form
def transfer(ctx):
    it = Item(ctx, "transfer", L, True, "inter-facility transfer request with DOCX form")
    when = ctx.when()
    p = ctx.patient(L, nam=True, when=when)
    c = ctx.pick([x for x in CASES if x["key"] in ("sdh", "stroke", "pelvis", "cspine", "burn", "spleen", "nstemi")])
    E = c["en"]
    md, frm = fn(ctx)
    to = ("Transfer Centre — " + ORG["trauma_en"], "transfercentre@" + ORG["trauma_dom"])
    tbl = [["Field", "Value"], ["Patient", it.nm(p, "last_first")], ["DOB", it.dob(p, "iso")], ["Sex", p.sex],
           ["RAMQ", it.nam(p, "space")], ["MRN (sending)", it.mrn(p)], ["Diagnosis", E["dx"]],
           ["Imaging", E["img"] or "-"], ["Labs", E["labs"] or "-"], ["Treatment", E["meds"]],
           ["Requested service", E["svc"]], ["Sending MD", md.dr(L)]]
    doc = A.docx("Inter-facility Transfer Request", ["Sending site: %s, Emergency" % ORG["en_hosp"],
                                                     "Sex: %s" % p.sex], table=tbl, author=md.full)
    body = "\n".join([
        "Hello,",
        "",
        "Requesting urgent transfer of %s (%s). Plan: %s. Form attached, images pushed to the regional PACS." % (
            it.nm(p, ctx.pick(["title", "initial"])), E["dx"], E["plan"]),
        "Please page me back with the accepting physician's name.",
        "",
        signature(ctx, md, L, "Emergency Physician"),
    ])
    it.t("diagnosis", "medication", "lab_result")
    return _fin(it, mk(ctx, frm, [to], "Transfer request - %s" % E["svc"], when, text=body,
                       atts=[Att("transfer_request_%s.docx" % when.strftime("%Y%m%d_%H%M"), DOCX, doc)]))


# 5 ------------------------------------------------------------------ transport booking for imaging at another site
def transport(ctx):
    it = Item(ctx, "transport", L, True, "round-trip transport booking for imaging at a partner site")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    clerk, frm = fn(ctx)
    to = ("Patient Transport Desk", "transport.desk@" + ORG["trauma_dom"])
    test = ctx.pick([("MRI lumbar spine", "cauda equina to rule out"), ("CT angiogram aorta", "query aortic dissection"),
                     ("MRI brain", "first seizure"), ("nuclear V/Q scan", "suspected PE, contrast allergy")])
    t = later(when, ctx.randint(60, 240))
    body = "\n".join([
        "Hi,",
        "",
        "Please book a return stretcher transport:",
        "Patient: %s   DOB %s   MRN %s" % (it.nm(p, ctx.pick(["upper", "last_first"])), it.dob(p, "iso"), it.mrn(p)),
        "Exam: %s at %s, %s" % (test[0], ORG["trauma_en"], hm(t)),
        "Indication: %s" % test[1],
        "Needs: RN escort, %s" % ctx.pick(["IV running", "O2 2 L", "cardiac monitor", "no special needs"]),
        "",
        "Pick-up ED %s, return to ED after exam." % ctx.pick(["Acute 9", "Obs 3", "Hall 5"]),
        "",
        clerk.full,
        "Unit Coordinator, ED",
        "%s ext. %d" % (ctx.phone(style="dash"), ctx.randint(2100, 7899)),
    ])
    it.t("diagnosis")
    return _fin(it, mk(ctx, frm, [to], "Transport booking - %s" % test[0], when, text=body))


# 6 ------------------------------------------------------------------ boarder census XLSX / HTML
def census(ctx):
    it = Item(ctx, "census", L, True, "ED boarder census for the bed meeting")
    when = ctx.when()
    fm, frm = fn(ctx)
    to = [("Bed Management", "bedmanagement@" + DOM)]
    rows = [["Bed", "MRN", "Patient", "Age", "Admitting Dx", "Service", "Hrs in ED"]]
    for _ in range(ctx.randint(6, 9)):
        p = ctx.patient(L, when=when)
        c = case_pick(ctx)
        rows.append([ctx.pick(["A", "B", "H", "R"]) + str(ctx.randint(1, 24)), it.mrn(p),
                     it.nm(p, ctx.pick(["last_first", "short", "upper"])), p.age(when), c["en"]["dx"], c["en"]["svc"],
                     ctx.randint(4, 52)])
    it.t("diagnosis")
    if ctx.chance(0.5):
        x = A.xlsx([("Boarders", rows)], author=fm.full)
        m = mk(ctx, frm, to, "ED boarders %s 0700" % when.strftime("%b %d"), when,
               text="Morning census attached for the 0730 bed huddle. %d admitted patients in ED.\n\n%s\nPatient Flow\n" % (
                   len(rows) - 1, fm.full),
               atts=[Att("ED_boarders_%s.xlsx" % when.strftime("%Y-%m-%d"), XLSX, x)])
        return _fin(it, m)
    html = ["<html><body><p>Morning census — %d boarders.</p><table border=\"1\">" % (len(rows) - 1)]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        html.append("<tr>" + "".join("<%s>%s</%s>" % (tag, x, tag) for x in r) + "</tr>")
    html.append("</table><p>%s<br>Patient Flow</p></body></html>" % fm.full)
    return _fin(it, mk(ctx, frm, to, "ED boarders - %s" % when.strftime("%b %d"), when, html="\n".join(html)))


# 7 ------------------------------------------------------------------ critical lab callback
def lab_callback(ctx):
    it = Item(ctx, "lab_callback", L, True, "critical value for a discharged ED patient, callback needed")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    crit = ctx.pick([("Blood culture 2/2 Gram-negative rods", "bacteremia"), ("Lactate 5.1", "possible sepsis"),
                     ("Potassium 2.4", "hypokalemia"), ("Lithium level 2.6 mmol/L", "lithium toxicity", "med"),
                     ("Acetaminophen level 310 umol/L at 4 h", "acetaminophen overdose", "med")])
    lab = ("Microbiology Lab", "micro.lab@" + DOM)
    md, to = fn(ctx)
    body = "\n".join([
        "Critical result — patient discharged from ED.",
        "",
        "%s, MRN %s" % (it.nm(p, ctx.pick(["upper", "last_first"])), it.mrn(p, ctx.pick(["plain", "dot", "slash"]))),
        "%s (collected %s)" % (crit[0], hm(later(when, -300))),
        "Phone on file: %s — no answer x2, voicemail left." % it.phone(p),
        "",
        "Please advise / arrange recall. Logged as call #%d." % ctx.randint(1000, 9999),
    ])
    it.t("lab_result", "diagnosis")
    if len(crit) > 2:
        it.t("medication")
    return _fin(it, mk(ctx, lab, [to], "CRITICAL RESULT - %s - discharged pt" % crit[1], when, text=body))


# 8 ------------------------------------------------------------------ incidental finding to family doctor
def incidental(ctx):
    it = Item(ctx, "incidental_finding", L, True, "incidental imaging finding sent to family physician")
    when = ctx.when()
    p = ctx.patient(L, when=when, min_age=40)
    md, frm = fn(ctx)
    gp = ctx.staff(L)
    to = (gp.dr(L), "office@quaysidemedical.example")
    find = ctx.pick(["a 1.1 cm spiculated RUL nodule", "a 3.2 cm enhancing left renal mass", "a 4.8 cm infrarenal AAA",
                     "a 2 cm adrenal nodule", "multiple lytic lesions in the thoracic spine"])
    body = "\n".join([
        "Dear %s," % gp.dr(L),
        "",
        "Your patient %s (DOB %s, MRN %s) was seen in our ED on %s for %s. The CT report notes %s, "
        "which was unrelated to the presenting complaint." % (
            it.nm(p, ctx.pick(["title_full", "full"])), it.dob(p, ctx.pick(["long", "iso", "abbr"])), it.mrn(p),
            en_date(later(when, -60 * 24 * 2), False), ctx.pick(["flank pain", "a minor MVC", "chest pain", "abdominal pain"]), find),
        "",
        "%s was told about the finding and advised to book with you. Radiology recommends %s." % (
            pr(p, "She", "He"), ctx.pick(["follow-up CT in 3 months", "urology referral", "vascular surgery referral",
                                          "PET-CT"])),
        "",
        "Best regards,",
        signature(ctx, md, L, "Emergency Physician"),
    ])
    it.t("lab_result", "diagnosis")
    return _fin(it, mk(ctx, frm, [to], "Incidental finding - follow-up needed", when, text=body))


# 9 ------------------------------------------------------------------ discharge summary PDF
def discharge(ctx):
    it = Item(ctx, "discharge_summary", L, True, "ED discharge summary PDF to family physician")
    when = ctx.when()
    p = ctx.patient(L, when=when, nam=ctx.chance(0.5))
    c = case_pick(ctx)
    E = c["en"]
    md, frm = fn(ctx)
    to = ("Quayside Medical Clinic", "office@quaysidemedical.example")
    lines = ["Patient: %s" % it.nm(p, "last_first"), "DOB: %s" % it.dob(p, "iso")]
    if p.nam:
        lines.append("RAMQ: %s    Sex: %s" % (it.nam(p, "plain"), p.sex))
    lines += ["MRN: %s" % it.mrn(p), "", "Presenting complaint: " + E["motif"],
              "Investigations: %s %s" % (E["labs"] or "none", ("/ " + E["img"]) if E["img"] else ""),
              "Diagnosis: " + E["dx"], "Treatment: " + E["meds"],
              "Disposition: " + ctx.pick(["discharged home, return if worse", "admitted to " + E["svc"],
                                          "transferred: " + E["plan"]]),
              "", "Physician: " + md.dr(L)]
    pdfb = A.pdf("Emergency Department Discharge Summary", lines, footer=ORG["en_hosp"])
    body = "Please find attached the ED summary for %s. Follow-up with you in %s suggested.\n\n%s\n" % (
        it.nm(p, ctx.pick(["title", "initial"])), ctx.pick(["1 week", "2 weeks", "48 h"]), signature(ctx, md, L, "Emergency Physician"))
    it.t("diagnosis", "medication")
    if E["labs"] or E["img"]:
        it.t("lab_result")
    return _fin(it, mk(ctx, frm, [to], "ED discharge summary", when, text=body,
                       atts=[Att("ED_summary_%s.pdf" % p.mrn, "application/pdf", pdfb)]))


# 10 ----------------------------------------------------------------- prescription to pharmacy
def pharmacy(ctx):
    it = Item(ctx, "prescription", L, True, "ED discharge prescription faxed by e-mail to a pharmacy")
    when = ctx.when()
    p = ctx.patient(L, when=when, nam=ctx.chance(0.5))
    rx = ctx.pick([("cellulitis L leg", ["Cephalexin 500 mg PO QID x 7 days"]),
                   ("renal colic", ["Naproxen 500 mg PO BID x 5 days", "Tamsulosin 0.4 mg daily x 14 days"]),
                   ("DVT", ["Apixaban 10 mg BID x 7 days then 5 mg BID"]),
                   ("CAP", ["Amoxicillin 1 g TID x 5 days", "Azithromycin 500 mg day 1 then 250 mg x 4 days"]),
                   ("migraine", ["Sumatriptan 50 mg PRN, max 200 mg/day", "Metoclopramide 10 mg PRN"])])
    md, frm = fn(ctx)
    to = ("Cornerstone Pharmacy", "rx@cornerstonepharmacy.example")
    lines = ["Rx — %s Emergency" % ORG["en_hosp"], "",
             "Patient: %s" % it.nm(p, ctx.pick(["full", "last_first_mixed"])),
             "DOB: %s" % it.dob(p, ctx.pick(["iso", "abbr"])), "Phone: %s" % it.phone(p)]
    if p.nam:
        lines.append("RAMQ: %s  Sex: %s" % (it.nam(p, ctx.pick(["dash", "plain", "dot"])), p.sex))
    lines += ["Dx: %s" % rx[0], ""]
    lines += ["%d) %s" % (i + 1, r) for i, r in enumerate(rx[1])]
    lines += ["", "Refills: 0", "%s  Lic. %05d" % (md.dr(L), ctx.randint(10000, 99999))]
    it.t("medication", "diagnosis")
    return _fin(it, mk(ctx, frm, [to], "Prescription", when, text="\n".join(lines) + "\n"))


# 11 ----------------------------------------------------------------- disability form with SIN (PDF)
def insurer(ctx):
    it = Item(ctx, "insurer_form", L, True, "attending physician statement for a disability insurer")
    when = ctx.when()
    p = ctx.patient(L, when=when, max_age=64)
    c = ctx.pick([x for x in CASES if x["kind"] == "trauma"])
    E = c["en"]
    md, frm = fn(ctx)
    to = ("Beacon Mutual Life - Claims", "claims@beaconmutual.example")
    tbl = [["Item", "Answer"], ["Claimant", it.nm(p, "full")], ["Date of birth", it.dob(p, "iso")],
           ["SIN", it.sin(p, ctx.pick(["space", "dash", "plain"]))], ["Diagnosis", E["dx"]],
           ["Off work", "%s to %s" % (when.strftime("%Y-%m-%d"), later(when, 1440 * 56).strftime("%Y-%m-%d"))]]
    pdfb = A.pdf("Attending Physician Statement - Short-Term Disability", ["Treatment: " + E["meds"]], table=tbl)
    body = "Hello,\n\nAttached is the attending physician statement requested by the claimant.\n\n%s\n" % signature(
        ctx, md, L, "Emergency Physician")
    it.t("diagnosis", "medication")
    return _fin(it, mk(ctx, frm, [to], "APS - claim %d" % ctx.randint(1000000, 9999999), when, text=body,
                       atts=[Att("APS_%s.pdf" % p.surname.replace("'", ""), "application/pdf", pdfb)]))


# 12 ----------------------------------------------------------------- social work
def social(ctx):
    it = Item(ctx, "social_work", L, True, "ED social worker note before discharge")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    sw, frm = fn(ctx)
    md, to = fn(ctx)
    soc = ctx.pick(SOCIAL_EN)
    body = "\n".join([
        "Hi %s," % md.given,
        "",
        "Saw %s in bed %d. %s." % (it.nm(p, ctx.pick(["full", "title"])),
                                   ctx.randint(1, 30), soc[0].upper() + soc[1:]),
        ctx.pick(["Safe bed at a women's shelter from 4 pm; please don't share the location.",
                  "Referred to community outreach; follow-up booked.",
                  "Helped start the emergency income assistance application.",
                  "Shelter bed confirmed tonight, taxi voucher given."]),
        "Medically %s — fine to discharge from my side." % ctx.pick(["facial contusions only", "nasal fracture, non-displaced",
                                                                   "forearm lac sutured", "CAP on amoxicillin"]),
        "",
        sw.full + ", MSW",
        "ED Social Work",
    ])
    it.t("social_information", "diagnosis")
    return _fin(it, mk(ctx, frm, [to], ctx.pick(["SW note", "Discharge - social", "bed 12 SW"]), when, text=body))


# 13 ----------------------------------------------------------------- psychiatry consult
def psych(ctx):
    it = Item(ctx, "psych_consult", L, True, "psychiatry consult request with preventive detention")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    P = ctx.pick(PSYCH)["en"]
    medst = ctx.pick(["", " after 6 h obs", ", QTc 448"])
    soc_line = ""
    if ctx.chance(0.5):
        soc_line = "Social: %s." % ctx.pick(SOCIAL_EN)
        it.t("social_information")
    if "QTc" in medst:
        it.t("lab_result")
    md, frm = fn(ctx)
    to = ("Psychiatry On Call", "psych.oncall@" + DOM)
    body = "\n".join([
        "Hi,",
        "",
        "%s, %d, MRN %s: %s. %s." % (it.nm(p, ctx.pick(["full", "last_first_mixed", "initial"])), p.age(when),
                                    it.mrn(p, ctx.pick(["plain", "dash"])), P["dx"], P["detail"][0].upper() + P["detail"][1:]),
        "Meds: %s." % P["meds"],
        "Medically cleared%s." % medst,
        "On preventive detention since %s, wants to leave." % hm(when),
        soc_line,
        "",
        "Can you see %s this morning?" % pr(p, "her", "him"),
        "",
        md.given,
    ])
    it.t("diagnosis", "medication")
    return _fin(it, mk(ctx, frm, [to], "Psych consult - ED", when, text=body))


# 14 ----------------------------------------------------------------- ICS follow-up
def ics_followup(ctx):
    it = Item(ctx, "appointment", L, True, "calendar invitation for a post-ED clinic appointment")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = ctx.pick([x for x in CASES if x["key"] in ("wrist", "hip", "rib", "pe", "af_rvr")])
    E = c["en"]
    clerk, frm = fn(ctx)
    md, to = fn(ctx)
    clinic = {"wrist": "Fracture Clinic", "hip": "Ortho-Geriatrics Clinic", "rib": "Trauma Follow-up Clinic",
              "pe": "Thrombosis Clinic", "af_rvr": "AF Clinic"}[c["key"]]
    start = (when + _dt.timedelta(days=ctx.randint(5, 12))).replace(hour=ctx.pick([8, 9, 13, 14]), minute=ctx.pick([0, 30]),
                                                                     second=0, tzinfo=None)
    summ = "%s: %s - %s" % (clinic, it.nm(p, ctx.pick(["last_first_mixed", "full"])), E["dx"])
    cal = A.ics("fu-%s-%d@%s" % (p.mrn, when.day, DOM), start, start + _dt.timedelta(minutes=15), summ,
                "MRN %s. Seen in ED %s. Bring imaging CD." % (it.mrn(p), when.strftime("%Y-%m-%d")),
                location="%s, Clinic C" % ORG["en_hosp"], organizer=(clerk.full, frm[1]), attendees=[(md.full, to[1])])
    it.t("diagnosis")
    return _fin(it, mk(ctx, frm, [to], "Invitation: %s @ %s" % (clinic, start.strftime("%a %b %d %H:%M")), when,
                       text="Booked from the ED follow-up list.\n\n%s\n" % clerk.full,
                       atts=[Att("invite.ics", "text/calendar", cal, charset="utf-8", cte=ctx.pick(["7bit", "quoted-printable"]))]))


# 15 ----------------------------------------------------------------- vCard home care
def vcard_hc(ctx):
    it = Item(ctx, "home_care_referral", L, True, "home care referral with patient contact card")
    when = ctx.when()
    p = ctx.patient(L, when=when, min_age=55)
    nurse, frm = fn(ctx)
    to = ("Home Care Intake", "intake@westbrook-homecare.example")
    care = ctx.pick([("daily IV ertapenem via PICC", ("medication", "diagnosis")), ("wound VAC changes, sacral ulcer", ("diagnosis",)),
                     ("new insulin start, glucose checks", ("medication", "diagnosis"))])
    full = it.nm(p, "full")
    card = A.vcard(full, p.surname, p.given, tel=("CELL", it.phone(p)), adr=it.addr(p), note="Home care: " + care[0])
    body = "Hello,\n\nReferral for %s starting tomorrow. Contact card attached; patient discharged from ED today.\n\n%s\n" % (
        care[0], signature(ctx, nurse, L, "ED Liaison Nurse"))
    it.t(*care[1])
    return _fin(it, mk(ctx, frm, [to], "Home care referral from ED", when, text=body,
                       atts=[Att("contact.vcf", "text/x-vcard", card, charset="utf-8", cte="base64")]))


# 16 ----------------------------------------------------------------- inline forward
def forward(ctx):
    it = Item(ctx, "forward", L, True, "forwarded thread about a bounce-back patient")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = case_pick(ctx, "med")
    E = c["en"]
    a, fa = fn(ctx)
    b, fb = fn(ctx)
    chief, fc = fn(ctx)
    old_when = later(when, -60 * 30)
    prev = ctx.pick(["a dx of gastritis", "NSAIDs", "an anxiety dx", "a salbutamol puffer"])
    if prev in ("NSAIDs", "a salbutamol puffer"):
        it.t("medication")
    old = "\n".join([
        "%s -" % b.given,
        "",
        "FYI %s bounced back overnight with %s. I'd sent %s home 2 days ago with %s." % (
            it.nm(p, ctx.pick(["full", "lower", "initial"])), E["dx"], pr(p, "her", "him"),
            prev),
        "Labs this time: %s." % (E["labs"] or "normal"),
        "",
        a.given,
    ])
    body = forward_body(L, "For the quality review (72-h return). Please keep internal.", old, a.full, fa[1], old_when,
                        "bounce-back", b.full)
    it.t("diagnosis", "lab_result")
    return _fin(it, mk(ctx, fb, [fc], "Fwd: bounce-back", when, text=body))


# 17 ----------------------------------------------------------------- name only in subject
def subject_only(ctx):
    it = Item(ctx, "result_note", L, True, "short imaging answer, patient named only in the subject")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    rad, frm = fn(ctx)
    md, to = fn(ctx)
    res = ctx.pick(["CT head: no bleed, no fracture.", "US RUQ: acute calculous cholecystitis.",
                    "CTPA negative for PE; small R effusion.", "Scaphoid fracture on the dedicated views."])
    subj = "RE: %s - %s" % (it.nm(p, ctx.pick(["title", "short", "upper", "initial"])), ctx.pick(["CT", "prelim read", "imaging"]))
    it.t("lab_result", "diagnosis")
    return _fin(it, mk(ctx, frm, [to], subj, when, text="%s Final to follow.\n\n%s\n" % (res, rad.given)))


# 18 ----------------------------------------------------------------- name only in attachment file name
def attach_name(ctx):
    it = Item(ctx, "imaging_report", L, True, "imaging report attached, patient named only in the file name")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    md, frm = fn(ctx)
    col, to = fn(ctx)
    rep = ctx.pick(["CT C-spine: C6 lamina fracture, no malalignment", "CT abdomen: grade II liver laceration",
                    "CT head: 6 mm right SDH", "XR pelvis: right superior pubic ramus fracture"])
    pdfb = A.pdf("Diagnostic Imaging Report", ["Findings: " + rep, "Impression: as above. Discussed with ED at %s." % hm(when)])
    fname = "%s_%s_CT_%s.pdf" % (p.surname.upper().replace("'", ""), p.given, when.strftime("%Y%m%d"))
    it.types.add("patient_name")
    it.literals.append(("name", p.surname.upper().replace("'", "")))
    body = "%s - can you look at this before rounds? %s. Trauma wants a second opinion.\n\n%s\n" % (col.given, rep.split(":")[0], md.given)
    it.t("lab_result", "diagnosis")
    return _fin(it, mk(ctx, frm, [to], "report for review", when, text=body,
                       atts=[Att(fname, "application/pdf", pdfb, rfc2231=ctx.chance(0.6))]))


# 19 ----------------------------------------------------------------- Belgian student, NISS
def tourist_be(ctx):
    it = Item(ctx, "travel_insurance", L, True, "guarantee of payment request for a Belgian exchange student")
    when = ctx.when()
    p = ctx.patient("fr", when=when, max_age=30)
    c = ctx.pick([x for x in CASES if x["key"] in ("appy", "wrist", "dka", "pe")])
    E = c["en"]
    clerk, frm = fn(ctx)
    to = ("Euro-Assist Voyages", "dossiers@euroassist.example")
    body = "\n".join([
        "Good afternoon,",
        "",
        "We admitted a Belgian exchange student last night:",
        "Name: %s" % it.nm(p, ctx.pick(["full", "last_first"])),
        "Belgian national number: %s" % it.niss(p, ctx.pick(["dots", "plain"])),
        "DOB: %s" % it.dob(p, "dmy"),
        "Reason: %s" % E["dx"],
        "",
        "Please send a guarantee of payment for the admission to %s." % E["svc"],
        "",
        clerk.full, "Non-resident Billing", ORG["en_hosp"],
    ])
    it.t("diagnosis")
    return _fin(it, mk(ctx, frm, [to], "GOP request - non-resident admission", when, text=body))


# 20 ----------------------------------------------------------------- French worker, NIR
def tourist_fr(ctx):
    it = Item(ctx, "travel_insurance", L, True, "medical report to a French insurer for a working-holiday patient")
    when = ctx.when()
    p = ctx.patient("fr", when=when, max_age=35)
    c = ctx.pick([x for x in CASES if x["kind"] == "trauma"])
    E = c["en"]
    md, frm = fn(ctx)
    to = ("Mutuelle Hexagone Santé", "medical@mutuelle-hexagone.example")
    body = "\n".join([
        "Dear colleague,",
        "",
        "Your member %s (born %s, French social security no. %s) was treated in our ED on %s." % (
            it.nm(p, "title_full"), it.dob(p, "long"), it.nir(p, ctx.pick(["space", "plain", "key"])), en_date(when, False)),
        "Diagnosis: %s. Treatment: %s. Plan: %s." % (E["dx"], E["meds"], E["plan"]),
        "",
        "Regards,",
        signature(ctx, md, L, "Emergency Physician"),
    ])
    it.t("diagnosis", "medication")
    return _fin(it, mk(ctx, frm, [to], "Medical report - member treated in Quebec", when, text=body))


# 21 ----------------------------------------------------------------- Ontario repatriation
def ontario(ctx):
    it = Item(ctx, "transfer_back", L, True, "repatriation of an Ontario resident to the home hospital")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    p.address = ctx.address("en", "ON")
    c = case_pick(ctx)
    E = c["en"]
    md, frm = fn(ctx)
    to = ("Patient Flow - " + ORG["on_hosp"], "patientflow@" + ORG["on_dom"])
    html = "\n".join([
        "<html><body>",
        "<p>Hello,</p><p>Requesting repatriation of your resident:</p>",
        "<table border=\"1\" cellpadding=\"4\">",
        "<tr><td>Name</td><td>%s</td></tr>" % it.nm(p, "last_first"),
        "<tr><td>DOB</td><td>%s</td></tr>" % it.dob(p, "iso"),
        "<tr><td>OHIP</td><td>%s</td></tr>" % it.ohip(p, ctx.pick(["dash", "space", "plain"]), ctx.pick(["", "AB", "HT", "QR"])),
        "<tr><td>Home</td><td>%s</td></tr>" % it.addr(p),
        "<tr><td>Diagnosis</td><td>%s</td></tr>" % E["dx"],
        "<tr><td>Labs</td><td>%s</td></tr>" % (E["labs"] or "unremarkable"),
        "<tr><td>Treatment</td><td>%s</td></tr>" % E["meds"],
        "</table><p>Stable for land ambulance.</p>",
        "<p>%s<br>Emergency Physician, %s</p></body></html>" % (md.dr(L), ORG["en_hosp"]),
    ])
    it.t("diagnosis", "medication", "lab_result")
    return _fin(it, mk(ctx, frm, [to], "Repatriation request - Ontario resident", when, html=html))


# 22 ----------------------------------------------------------------- ZIP bundle with NAM
def zip_bundle(ctx):
    it = Item(ctx, "transfer_bundle", L, True, "zipped transfer package with summary PDF and imaging list CSV")
    when = ctx.when()
    p = ctx.patient(L, nam=True, when=when)
    c = ctx.pick([x for x in CASES if x["kind"] == "trauma"])
    E = c["en"]
    md, frm = fn(ctx)
    to = ("Trauma Intake", "trauma.intake@" + ORG["trauma_dom"])
    pdfb = A.pdf("Transfer Summary", ["Patient: %s    Sex: %s" % (it.nm(p, "full"), p.sex), "DOB: %s" % it.dob(p, "iso"),
                                      "RAMQ: %s" % it.nam(p, "space"), "Diagnosis: %s" % E["dx"],
                                      "Labs: %s" % (E["labs"] or "-"), "Given: %s" % E["meds"]])
    csvt = A.csv_text([["study", "time", "result"], [E["img"].split(":")[0] if E["img"] else "XR", hm(later(when, -120)),
                                                     E["img"] or "pending"]])
    z = A.zip_bundle([("transfer_summary.pdf", pdfb), ("imaging.csv", csvt.encode("utf-8"))])
    body = "Package for tonight's transfer attached (%s).\n\n%s\n" % (E["dx"], signature(ctx, md, L, "Emergency Physician"))
    it.t("diagnosis", "medication", "lab_result")
    return _fin(it, mk(ctx, frm, [to], "Transfer package", when, text=body,
                       atts=[Att("transfer_pkg_%s.zip" % when.strftime("%m%d"), "application/zip", z)]))


# 23 ----------------------------------------------------------------- attached .eml
def eml_attached(ctx):
    it = Item(ctx, "incident_review", L, True, "original consult e-mail attached for an incident review")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = case_pick(ctx)
    E = c["en"]
    a, fa = fn(ctx)
    b, fb = fn(ctx)
    mgr, fmg = fn(ctx)
    inner = Mail(fa, [fb], "Consult %s - %s" % (E["svc"], it.nm(p, "initial")), later(when, -60 * 24 * 4), ctx.msgid(DOM),
                 text="Hi,\n\nBed 14, MRN %s: %s. Labs %s. Please see.\n\n%s\n" % (it.mrn(p, "dash"), E["dx"],
                                                                                  E["labs"] or "pending", a.given))
    inner.form, inner.charset, inner.cte = "plain", "us-ascii", "7bit"
    inner.boundary_seed = "IN%06X" % ctx.rng.getrandbits(24)
    raw = render_bytes(inner)
    body = "Hi %s,\n\nAttaching the original consult e-mail for the incident review (consult response time 11 h).\n\n%s\n" % (
        mgr.given, b.given)
    it.t("diagnosis")
    if E["labs"]:
        it.t("lab_result")
    return _fin(it, mk(ctx, fb, [fmg], "Incident review - consult delay", when, text=body,
                       atts=[Att("original consult.eml", "message/rfc822", raw)]))


# 24 ----------------------------------------------------------------- readmission CSV (MRN + dx)
def readmit_csv(ctx):
    it = Item(ctx, "return_visits", L, True, "CSV of 72-hour return visits with chart numbers and diagnoses")
    when = ctx.when()
    an, frm = fn(ctx)
    to = [fn(ctx)[1]]
    rows = [["MRN", "visit1", "dx1", "visit2", "dx2", "disposition2"]]
    for _ in range(ctx.randint(6, 10)):
        p = ctx.patient(L, when=when)
        c1, c2 = case_pick(ctx), case_pick(ctx)
        d1 = later(when, -60 * 24 * ctx.randint(5, 25))
        rows.append([it.mrn(p), d1.strftime("%Y-%m-%d"), c1["en"]["dx"], later(d1, 60 * ctx.randint(6, 70)).strftime("%Y-%m-%d"),
                     c2["en"]["dx"], ctx.pick(["admitted", "discharged", "transferred"])])
    csvt = A.csv_text(rows)
    it.t("diagnosis")
    return _fin(it, mk(ctx, frm, to, "72h returns - monthly pull", when,
                       text="Monthly 72-hour return list for the quality committee, case review before Thursday.\n\n%s\nQuality & Patient Safety\n" % an.full,
                       atts=[Att("returns_72h_%s.csv" % when.strftime("%Y%m"), "text/csv", csvt, charset="us-ascii",
                                 cte=ctx.pick(["7bit", "base64"]))]))


# 25 ----------------------------------------------------------------- consultant reply with quote
def reply_consult(ctx):
    it = Item(ctx, "consult_reply", L, True, "consultant reply, patient identity only in quoted text")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = case_pick(ctx)
    E = c["en"]
    md, fm = fn(ctx)
    cons, fcn = fn(ctx)
    old = "Hi,\n\nCould you see %s, %d, %s? %s.\n\n%s" % (
        it.nm(p, ctx.pick(["full", "last_first", "title_full"])), p.age(when), E["dx"], E["labs"] or E["motif"], md.given)
    new = ctx.pick(["Seen. Admitting to %s. Start %s meanwhile." % (E["svc"], E["meds"].split(",")[0]),
                    "Coming down in 20. Keep NPO.", "Accepted, thanks."])
    it.t("diagnosis")
    if E["labs"]:
        it.t("lab_result")
    if "Start" in new:
        it.t("medication")
    body = reply_body(ctx, L, new + "\n\n" + cons.given, old, md.full, fm[1], later(when, -40), "Consult " + E["svc"])
    return _fin(it, mk(ctx, fcn, [fm], "RE: Consult " + E["svc"], when, text=body,
                       headers=[("In-Reply-To", ctx.msgid(DOM))]))


# 26 ----------------------------------------------------------------- lower-case quick note
def quick_note(ctx):
    it = Item(ctx, "quick_note", L, True, "quick note between colleagues, name in lower case")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    a, fa = fn(ctx)
    b, fb = fn(ctx)
    variants = [("%s in 6 keeps asking for dilaudid, last dose %s. not before 2h pls. pancreatitis, lipase 1840.",
                 ("medication", "diagnosis", "lab_result")),
                ("%s (bed 3): INR 4.2 on warfarin, giving vit K 2 mg po. nothing else.", ("lab_result", "medication")),
                ("re %s - repeat hgb 78 after the GI bleed, 1 unit going up. family aware.", ("lab_result", "diagnosis"))]
    body, types = ctx.pick(variants)
    nm = it.nm(p, "lower")
    body = body % ((nm, hm(later(when, -80))) if "in 6" in body else nm)
    it.t(*types)
    return _fin(it, mk(ctx, fa, [fb], ctx.pick(["quick one", "fyi", "bed"]), when, text=body + "\n\n" + a.given[0].lower() + "\n"),
                {"form": "plain"})


# 27 ----------------------------------------------------------------- med rec XLSX
def medrec(ctx):
    it = Item(ctx, "med_reconciliation", L, True, "best possible medication history spreadsheet")
    when = ctx.when()
    p = ctx.patient(L, when=when, min_age=50)
    ph, frm = fn(ctx)
    md, to = fn(ctx)
    meds = ctx.pick(HOME_MEDS).split(", ")
    rows = [["Patient", it.nm(p, "last_first")], ["DOB", it.dob(p, "iso")], ["MRN", it.mrn(p)], [],
            ["Home medication", "Source", "ED decision"]]
    for m_ in meds:
        rows.append([m_, ctx.pick(["DSQ", "pharmacy", "pill bottles", "family"]), ctx.pick(["continue", "hold", "stop", "adjust"])])
    x = A.xlsx([("BPMH", rows)], author=ph.full)
    it.t("medication")
    return _fin(it, mk(ctx, frm, [to], "BPMH for review", when,
                       text="BPMH done for the admission in %s. Two discrepancies flagged.\n\n%s, RPh\n" % (
                           ctx.pick(["A6", "R2", "H4"]), ph.full),
                       atts=[Att("BPMH_%s.xlsx" % p.mrn, XLSX, x)]))


# 28 ----------------------------------------------------------------- income support letter
def income_letter(ctx):
    it = Item(ctx, "income_support", L, True, "letter to an income assistance office after an ED visit")
    when = ctx.when()
    p = ctx.patient(L, when=when, max_age=64)
    c = ctx.pick([x for x in CASES if x["key"] in ("hip", "rib", "wrist", "copd", "cspine")])
    E = c["en"]
    md, frm = fn(ctx)
    to = ("Income Assistance - Val-Brûlé Office", "agent.vb@income-support.example")
    body = "\n".join([
        "To whom it may concern,",
        "",
        "%s (DOB %s, SIN %s) was treated in our emergency department on %s for %s and will be unable to work "
        "or attend job-search activities for %d weeks. %s currently receives last-resort financial assistance and "
        "has asked us to confirm this." % (it.nm(p, "title_full"), it.dob(p, "abbr"), it.sin(p, ctx.pick(["space", "fullwidth"])),
                                          en_date(when, False), E["dx"], ctx.randint(3, 8), pr(p, "She", "He")),
        "",
        "Sincerely,",
        signature(ctx, md, L, "Emergency Physician"),
    ])
    it.t("diagnosis", "social_information")
    return _fin(it, mk(ctx, frm, [to], "Medical confirmation - assistance file", when, text=body))


TEMPLATES = [triage, trauma_alert, consult, transfer, transport, census, lab_callback, incidental, discharge, pharmacy,
             insurer, social, psych, ics_followup, vcard_hc, forward, subject_only, attach_name, tourist_be, tourist_fr,
             ontario, zip_bundle, eml_attached, readmit_csv, reply_consult, quick_note, medrec, income_letter]
