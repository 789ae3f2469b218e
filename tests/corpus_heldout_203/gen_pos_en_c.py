"""Positive messages, English: forwards, attached messages, ZIP, terse notes, census."""
import datetime

from gen_common import d_en, day_en, name, DOM, MEDS
from gen_docs import pdf_bytes, docx_bytes, xlsx_bytes, csv_bytes, zip_bytes
from gen_tpl import (F, staff, ext_person, disp, sig, quote, outlook_quote, fwd, spec, nested, plus, at, age,
                     holder_person, reply_headers, earlier, fname_part)
from gen_pos_en_a import _he, _his, DOCX
from gen_pos_en_b import XLSX


def fwd_bed(c, env):
    f = F(c, "en")
    p = c.patient("en")
    er = staff(c, "en", "psy", unit="Emergency Psychiatry")
    flow = staff(c, "en", "coord", unit="Patient Flow")
    cn = staff(c, "en", "asi")
    when = earlier(env.date, c, (1, 6))
    f.social()
    inner = ["Hi,", "Bed request for %s, %d y.o., on a stretcher for 31 h. %s with %s." %
             (f.nm(p, c.pick(["full", "last_first", "title_full"])), age(p, env), f.dx().capitalize(), f.sx()),
             "On a Form 1 since yesterday; got %s at 04:00." % f.med(kind="prn"), "MRN %s." % f.mrn(p), sig(er, c, "en", full=False)]
    style = c.randint(0, 1)
    blk = fwd(c, "en", er, "Bed Flow <bedflow@%s>" % DOM, when, "Psych bed request", inner) if style == 0 else \
        outlook_quote(c, "en", er, "Bed Flow", when, "Psych bed request", inner)
    body = [c.pick(["Can 4N take this one when the 11:00 discharge goes?", "See below - ER says urgent.", "FYI, for the 10:00 huddle."]),
            ("sig", [flow.given]), blk]
    return spec(c, "en", "fwd_bed", "forwarded bed request", (disp(flow, c, "en"), flow.email), [(disp(cn, c, "en"), cn.email)],
                c.pick(["FW: Psych bed request", "Fwd: Psych bed request"]), body, env.date, f=f)


def eml_attached(c, env):
    f = F(c, "en")
    p, h = (holder_person(env.holder("adult"), "en", c), True) if c.chance(0.4) else (c.patient("en"), False)
    mgr = staff(c, "en", "chef")
    rn = staff(c, "en", "inf")
    psy = staff(c, "en", "psy")
    d0 = earlier(env.date, c, (4, 48))
    inner = ["Hi,", "Incident on return from pass yesterday: %s came back 3 h late, intoxicated (breathalyzer 0.12 at the front desk), "
             "made threats toward %s mother on the phone." % (f.nm(p, c.pick(["full", "title_last", "last_first"])), _his(p)),
             "Given %s on arrival. Passes on hold pending team review." % f.med(kind="prn")]
    f.lab()
    f.social()
    if h:
        inner.append(f.ident(p, sep="; "))
    inner.append(("sig", ["%s %s, RN" % (rn.given, rn.surname)]))
    sub = "Pass incident - %s" % name(p, "last_first_plain")
    ns = nested(c, "en", (disp(rn, c, "en"), rn.email), [(disp(psy, c, "en"), psy.email)], sub, inner, d0)
    att = [{"name": c.pick(["Pass incident.eml", "incident.eml", sub + ".eml"]), "ctype": "message/rfc822", "eml": ns, "as_octet": c.chance(0.2)}]
    body = ["Hi,", "Attaching the evening team's e-mail. Let's review pass privileges at 09:00 rounds.", sig(mgr, c, "en", full=False)]
    return spec(c, "en", "eml_attached", "incident e-mail attached as message", (disp(mgr, c, "en"), mgr.email), [(disp(psy, c, "en"), psy.email)],
                c.pick(["Yesterday's incident (email attached)", "For rounds"]), body, env.date, attachments=att, f=f)


def zip_records(c, env):
    f = F(c, "en")
    p = c.patient("en")
    hr = staff(c, "en", "archiv", unit="Health Records")
    orb = ext_person(c, "en", "orb", "Case Coordinator")
    f.social()
    notes = ["# Progress notes (extract)", "%s - MRN %s - Health card %s" % (f.nm(p, "last_first"), f.mrn(p, "plain"), f.ohn(style="dash")),
             "%s: NCR accused, detained. %s." % (d_en(plus(env, -30), "iso"), f.sx().capitalize()),
             "%s: refused %s; given IM per order." % (d_en(plus(env, -28), "iso"), f.med(idx=c.pick([2, 3, 5, 6, 14]), dose=False)),
             "%s: settled, attended groups." % d_en(plus(env, -20), "iso")]
    mar = [[d_en(plus(env, -10 + i), "iso"), c.pick(["08:00", "20:00"]), f.med(), c.pick(["given", "refused", "given"])] for i in range(6)]
    inc = [["Date", "Type", "Outcome"], [d_en(plus(env, -25), "iso"), "Code White", "seclusion 40 min"], [d_en(plus(env, -12), "iso"), "AWOL 2 h", "returned by police"]]
    members = [("progress_notes.pdf", pdf_bytes("Progress notes", notes)),
               ("MAR_%s.csv" % p.mrn, csv_bytes(["Date", "Time", "Medication", "Status"], mar)),
               ("incidents.xlsx", xlsx_bytes([("Incidents", inc[0], inc[1:])]))]
    att = [{"name": "ORB_package_%s.zip" % fname_part(p.surname), "ctype": "application/zip", "data": zip_bytes(members)}]
    body = ["Hello,", "Records package for the upcoming hearing attached (password sent separately).", sig(hr, c, "en")]
    return spec(c, "en", "zip_records", "records package in a ZIP for the review board", (disp(hr, c, "en"), hr.email),
                [(disp(orb, c, "en"), orb.email)], c.pick(["Records package – hearing", "Hearing disclosure package"]), body, env.date, attachments=att, f=f)


def quick_note(c, env):
    f = F(c, "en")
    p = c.patient("en")
    a = staff(c, "en", "inf")
    b = staff(c, "en", "psy")
    rm = c.randint(1, 28)
    v = c.randint(0, 2)
    if v == 0:
        txt = "can someone check on %s in %d? pacing, refusing %s since yesterday, says the food is poisoned" % (
            f.nm(p, c.pick(["lower", "title_last"])), rm, f.med(brand=True, dose=False, kind="oral"))
        f.add("diagnosis")
    elif v == 1:
        txt = "%s rm %d: BP 86/52 this am after %s, keeping in bed. reduce?" % (f.nm(p, c.pick(["lower", "last_init", "given"])), rm, f.med(dose=False, kind="oral"))
        f.lab()
    else:
        txt = "reminder %s goes home tomorrow, rx not signed yet (%s + %s). SW found a shelter bed" % (
            f.nm(p, c.pick(["lower", "init_last", "title_last"])), f.med(kind="oral"), f.med(kind="oral"))
        f.social()
    if c.chance(0.4):
        txt += "\n(MRN %s)" % f.mrn(p, c.pick(["plain", "dash", "fw"]))
    body = [txt, ("sig", [a.given])]
    if c.chance(0.5):
        body = [c.pick(["ok will go after rounds", "Yes halve it, I'll sign shortly.", "thx, seen"]), quote(c, "en", a, earlier(env.date, c, (0, 2)), body)]
        frm, to = b, a
    else:
        frm, to = a, b
    return spec(c, "en", "quick_note", "quick note between colleagues", (disp(frm, c, "en"), frm.email), [(disp(to, c, "en"), to.email)],
                c.pick(["rm %d" % rm, "quick q", "re: meds", "pt in %d" % rm]), body, env.date, f=f,
                transport={"body": "plain"} if c.chance(0.6) else None)


def subject_only(c, env):
    f = F(c, "en")
    p = c.patient("en")
    a = staff(c, "en", "psy")
    b = staff(c, "en", "ts")
    subj = c.pick(["%s – pass Saturday?" % f.nm(p, "last_first_plain"), "RE: %s" % f.nm(p, "upper"), "%s / lithium" % f.nm(p, "title_last")])
    body = [c.pick(["I'd rather wait for Monday's level before approving the pass. It was 1.3 on Friday and there was vomiting.",
                    "No pass until the lithium level is back under 1.0 (1.4 yesterday)."]), "Lithium on hold until then.", c.pick(["Can you let the family know?", "Let's revisit Thursday."]),
            sig(a, c, "en", full=False)]
    f.lab()
    f.add("medication")
    return spec(c, "en", "subject_only", "name only in subject, result in body", (disp(a, c, "en"), a.email), [(disp(b, c, "en"), b.email)],
                subj, body, env.date, f=f)


def mrn_only(c, env):
    f = F(c, "en")
    p = c.patient("en")
    a = staff(c, "en", "pharm")
    b = staff(c, "en", "psy")
    body = ["Hi,", "MRN %s (4N bed %d): QTc %d ms on this morning's ECG, on %s + %s." %
            (f.mrn(p, c.pick(["plain", "dash", "space", "prefix", "slash", "fw"])), c.randint(401, 428), c.randint(489, 540), f.med(idx=2), f.med(idx=4)),
            "Suggest stopping haloperidol; K %s, repeat Mg and ECG tomorrow." % c.pick(["3.2", "3.4", "3.1"]), sig(a, c, "en")]
    f.lab()
    return spec(c, "en", "mrn_only", "QTc alert identified by chart number only", (disp(a, c, "en"), a.email), [(disp(b, c, "en"), b.email)],
                c.pick(["Prolonged QTc", "ECG - QTc", "Pharmacy alert"]), body, env.date, f=f)


def census_xlsx(c, env):
    f = F(c, "en")
    co = staff(c, "en", "coord")
    mgr = staff(c, "en", "chef")
    rows = []
    for i in range(c.randint(5, 9)):
        if i < 2:
            p = holder_person(env.holder("adult"), "en", c)
            rows.append(["4N-%02d" % c.randint(1, 28), f.nm(p, "last_first"), f.dob(p, "iso"), p.sex, f.nam(p, c.pick(["plain", "space", "dash"])),
                         c.pick(["Form 1", "Form 3", "Form 4", "CTO", "Vol"]), f.dx(), d_en(plus(env, -c.randint(1, 30)), "iso")])
        else:
            p = c.patient("en")
            rows.append(["4N-%02d" % c.randint(1, 28), f.nm(p, "last_first"), d_en(p.dob, "iso"), p.sex, "",
                         c.pick(["Form 1", "Form 3", "Vol", "NCR"]), f.dx(), d_en(plus(env, -c.randint(1, 30)), "iso")])
    f.social()
    data = xlsx_bytes([("Census", ["Bed", "Patient", "DOB", "Sex", "RAMQ", "Legal status", "Primary dx", "Admitted"], rows)])
    att = [{"name": "census_4N_%s.xlsx" % d_en(env.date.date(), "iso"), "ctype": XLSX, "data": data}]
    body = ["Hi,", "This morning's census for the weekly legal status review (certificates expiring this week highlighted).", sig(co, c, "en")]
    return spec(c, "en", "census_xlsx", "unit census with legal status (XLSX)", (disp(co, c, "en"), co.email), [(disp(mgr, c, "en"), mgr.email)],
                c.pick(["4N census", "Legal status review – census"]), body, env.date, attachments=att, f=f)


def consult_request(c, env):
    f = F(c, "en")
    p = c.patient("en", 55, 88)
    im = staff(c, "en", "res", unit="Internal Medicine 6th floor")
    f.lab()
    body = ["Hello,", "Psychiatry consult requested for %s on 6th floor medicine, bed %d." % (f.nm(p, c.pick(["title_full", "full", "last_first"])), c.randint(601, 640)),
            "DOB %s, Ontario health card %s, MRN %s." % (f.dob(p), f.ohn(), f.mrn(p)),
            "Question: delirium vs psychosis? Disoriented at night, pulling IVs, paranoid statements. Na 128, glucose 14.2, blood cultures pending.",
            "Wants to leave AMA - please assess capacity to refuse treatment.", sig(im, c, "en", full=False)]
    f.add("diagnosis")
    return spec(c, "en", "consult_request", "psychiatry consultation request", (disp(im, c, "en"), im.email),
                [("C-L Psychiatry", "cl.psychiatry@" + DOM)], c.pick(["Psych consult – 6th floor", "Consult request: capacity"]), body, env.date, f=f)


TEMPLATES = [fwd_bed, eml_attached, zip_records, quick_note, subject_only, mrn_only, census_xlsx, consult_request]


def named_attachment(c, env):
    """Patient named only in the attachment's file name."""
    f = F(c, "en")
    p = c.patient("en")
    rn = staff(c, "en", "inf", unit="PICU 4 South")
    hr = staff(c, "en", "archiv", unit="Health Records")
    d = plus(env, -1)
    hh = c.randint(0, 5)
    f.add("patient_name", "diagnosis", "medication")
    f.social()
    f.checks.append(("name", p.surname))
    med = c.pick(["haloperidol 5 mg IM + lorazepam 2 mg IM", "olanzapine 10 mg IM", "loxapine 25 mg IM"])
    lines = ["# Restraint / Seclusion Monitoring Record", "Unit: PICU 4 South    Date: %s" % d_en(d, "iso"),
             "Reason: psychomotor agitation, struck a PSW, persecutory statements.",
             "Seclusion %02d:25-%02d:10    4-point restraint %02d:40-%02d:55" % (hh, hh + 2, hh, hh + 1),
             "Emergency medication: %s at %02d:30" % (med, hh), "Checks q15 min, vitals stable, fluids offered.",
             "Released: calm, cooperative. Returned to room.", "Signed: %s %s, RN" % (rn.given, rn.surname)]
    fn = c.pick(["Restraint_Record_%s_%s_%s.pdf" % (d_en(d, "iso"), p.surname.upper().replace(" ", ""), p.given),
                 "%s, %s - seclusion record %s.pdf" % (p.surname, p.given, d_en(d, "iso"))])
    att = [{"name": fn, "ctype": "application/pdf", "data": pdf_bytes("Seclusion record", lines, compress=c.chance(0.5))}]
    body = ["Hi,", "Scanned record from last night for filing. Original to follow by internal mail.", ("sig", ["%s %s, RN" % (rn.given, rn.surname), "4 South - nights"])]
    return spec(c, "en", "named_attachment", "seclusion record named only in the file name", (disp(rn, c, "en"), rn.email),
                [(disp(hr, c, "en"), hr.email)], c.pick(["Seclusion record %s" % d_en(d, "iso"), "Scan for filing"]), body, env.date, attachments=att, f=f)


TEMPLATES.append(named_attachment)
