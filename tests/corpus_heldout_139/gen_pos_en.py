"""Confidential messages in English (part 1)."""
import datetime

import gen_attach as A
import gen_clin as K
from gen_build import quote, reply_block, forward_block, earlier, fake_msgid
from gen_common import addr, sig, key_for, CLINIC_EN, HOSP_EN, fmt_date, MONTHS, make_sin
from gen_ctx import spec
from gen_mime import html_table, wrap_html

L = "en"


def _pp(ctx, k):
    return ctx.pick(getattr(K, k)[L])


def referral_on(ctx):
    p = ctx.pt(region="on")
    dx = _pp(ctx, "DX")
    meds = ctx.sample(K.MEDS[L], 3)
    lab = ctx.sample(K.LABS[L], 2)
    frm = addr("morrison")
    nm = ctx.name(p, ["full", "titled", "upper_first"])
    text = ("Hello,\n\nPlease see the referral below for your vascular/wound clinic. Patient lives in %s but works in "
            "Val-des-Cedres and prefers to be followed there.\n\nName: %s\nDOB: %s\nOntario health card: %s\n"
            "Phone: %s\n\nReason: %s\nPMHx: %s\nMeds: %s\nRecent results: %s; %s\n\nThanks,\n\n%s\n"
            % (p.town, nm, ctx.dob(p), ctx.ohip(p), p.phone, dx[1], ", ".join(ctx.sample(K.COMORB[L], 2)),
               "; ".join(meds), lab[0], lab[1], sig("morrison", L)))
    return spec(ctx, "referral", "out-of-province referral to vascular clinic",
                ["patient_name", "date_of_birth", "ca_health_number", "patient_contact", "diagnosis", "medication",
                 "lab_result"], frm, [("Wound Clinic Referrals", "referrals.wound@hrvc.example")],
                ctx.pick(["Referral - vascular surgery", "New referral: %s" % dx[0], "Referral for wound clinic"]), text)


def lab_report(ctx):
    p = ctx.pt(lang="en") if ctx.chance(0.6) else ctx.pt(lang="fr")
    abi = ctx.pick(K.LABS[L][:3] + ["ABI R 0.71 / L 0.64, TBI R 0.40 / L 0.33"])
    dup = _pp(ctx, "DOPPLER")
    frm = addr("okafor")
    to = [addr(ctx.pick(["raman", "mackenzie"]))]
    nm = ctx.name(p, ["upper_first", "sur_comma", "full", "title_sur"])
    types = ["patient_name", "mrn", "lab_result"]
    if "no significant disease" not in dup:
        types.append("diagnosis")
    text = ("Dr. %s,\n\nPrelim for %s (MRN %s), done this morning:\n\n- %s\n- Duplex: %s\n\nFinal report to follow in the chart."
            "\n\nKevin\n%s\n" % (to[0][0].split()[-1], nm, ctx.mrn(p), abi, dup, sig("okafor", L, short=True)))
    atts = None
    if ctx.chance(0.5):
        dx = _pp(ctx, "WOUND")
        types.append("diagnosis")
        atts = [{"kind": "pdf", "filename": "VascLab_%s_%s.pdf" % (p.surname.replace("'", ""), ctx.dt.strftime("%Y%m%d")),
                 "title": "Non-invasive Vascular Laboratory Report",
                 "lines": ["Patient: %s" % nm, "MRN: %s" % p.mrn, "Indication: %s" % dx[1], "", abi, "Duplex: " + dup,
                           "", "Interpretation pending physician review."], "header": HOSP_EN}]
    return spec(ctx, "vascular_lab", "vascular lab preliminary result", types, frm, to,
                ctx.pick(["Prelim ABI/duplex", "ABI result - %s" % p.surname, "Vasc lab prelim"]), text,
                attachments=atts)


def home_orders(ctx):
    use_nam = ctx.chance(0.35)
    p = ctx.nam_pt() if use_nam else ctx.pt()
    dx = _pp(ctx, "WOUND")
    dr = K.dressing_for(ctx.rng, L, dx)
    key = ctx.pick(["halloran", "normandeau"])
    frm = addr(key)
    to = [("Riverbend Intake", "intake@riverbendnursing.example")]
    nm = ctx.name(p, ["full", "titled", "upper_first"])
    lines = ["Client: %s" % nm]
    types = ["patient_name", "patient_contact", "diagnosis"]
    if use_nam:
        lines.append("RAMQ: %s  DOB: %s  Sex: %s" % (ctx.nam(p), ctx.dob(p), ctx.sex(p)))
        types += ["ramq_nam", "date_of_birth"]
    lines += ["Address: %s, %s %s" % (p.street, p.town, p.postal), "Home phone: %s" % p.phone, "",
              "Wound: %s" % dx[1], "Orders: %s" % dr, "Frequency: visits 3x/week x 4 weeks, then reassess",
              "Call clinic if: spreading redness, fever > 38, new necrosis."]
    if ctx.chance(0.4):
        lines.append("Currently on: %s" % ctx.pick(K.MEDS[L][:2] + K.MEDS[L][11:13]))
        types.append("medication")
    text = "Hi,\n\nNew home nursing referral:\n\n%s\n\nThanks,\n%s\n" % ("\n".join(lines), sig(key, L))
    return spec(ctx, "home_care_orders", "home nursing wound care orders", types, frm, to,
                ctx.pick(["New referral - wound care", "Home nursing orders", "Dressing orders"]), text)


def visit_report(ctx):
    p = ctx.pt()
    dx = _pp(ctx, "WOUND")
    frm = addr("kim")
    to = [addr("halloran")]
    nm = ctx.name(p, ["title_sur", "full", "lower"])
    types = ["patient_name", "diagnosis"]
    body = ("Hi Rachel,\n\nSaw %s today. %s, now %d x %d cm, periwound erythema ~3 cm, temp %s, pain 7/10. "
            "Pedal pulses not palpable." % (nm, dx[0], ctx.rng.randrange(3, 9), ctx.rng.randrange(2, 6),
                                            ctx.pick(["38.2", "37.4", "38.9"])))
    if ctx.chance(0.5):
        body += " Also: %s." % _pp(ctx, "SOCIAL")
        types.append("social_information")
    if ctx.chance(0.4):
        body += " Took the last dose of %s yesterday." % ctx.pick(["cephalexin", "Clavulin", "doxycycline"])
        types.append("medication")
    body += "\n\nCan the clinic see them sooner than the 28th?\n\nGrace Kim, RN\nRiverbend Home Nursing\n"
    prev = earlier(ctx.dt, ctx.rng)
    orig = "Hi Grace, could you send me an update after your visit this week? Thanks, Rachel"
    text = body + "\n" + reply_block(L, prev, to[0], ctx.pick([0, 1]), "update", orig)
    return spec(ctx, "home_care_report", "home nursing visit report (reply)", types, frm, to,
                ctx.pick(["RE: update", "RE: visit this week", "Re: %s" % p.surname]), text,
                in_reply_to=fake_msgid(prev, ctx.rng))


def signout(ctx):
    n = ctx.rng.randrange(4, 8)
    rows = [["Bed", "Patient", "MRN", "Issue", "Plan"]]
    plans = ["OR tomorrow", "dressing BID", "repeat ABI", "PT/OT", "IV abx day 6/14", "pain team", "d/c Friday?"]
    for _ in range(n):
        p = ctx.pt(lang=ctx.pick(["en", "fr"]))
        rows.append(["%d%s" % (ctx.rng.randrange(401, 440), ctx.pick("AB")), "%s, %s" % (p.surname, p.given[0]),
                     ctx.mrn(p, "plain"), ctx.pick(K.DX[L])[0], ctx.pick(plans)])
    key = ctx.pick(["mackenzie", "benali"])
    frm = addr(key)
    to = [("Vascular on call", "vasc.oncall@hrvc.example")]
    subj = ctx.pick(["Sign-out %s %d" % (MONTHS[ctx.dt.month - 1][:3], ctx.dt.day), "vasc list tonight", "Handover"])
    types = ["patient_name", "mrn", "diagnosis"]
    if ctx.chance(0.5):
        htm = wrap_html("<p>Tonight's list:</p>%s<p>Call me if anything.</p>" % html_table(rows), L)
        return spec(ctx, "census", "on-call handover list (html)", types, frm, to, subj, None, html=htm,
                    body_mode="html")
    text = "Tonight's list:\n\n" + "\n".join("  ".join(r) for r in rows) + "\n\nCall me if anything.\n"
    return spec(ctx, "census", "on-call handover list", types, frm, to, subj, text)


def insurer_en(ctx):
    p = ctx.pt(min_year=1960, max_year=1988)
    s = make_sin(ctx.rng)
    dx = _pp(ctx, "WOUND")
    frm = addr("reid")
    to = [addr("whitaker")]
    nm = ctx.name(p, ["full", "upper_first"])
    lines = ["ATTENDING PHYSICIAN STATEMENT - SHORT-TERM DISABILITY", "Plan member: %s" % nm,
             "Date of birth: %s" % ctx.dob(p), "SIN: %s" % ctx.sin(s), "Certificate no.: LL-%07d" % ctx.rng.randrange(10 ** 6, 10 ** 7),
             "Diagnosis: %s" % dx[1], "Unable to work since: %s" % fmt_date(ctx.dt.date() - datetime.timedelta(days=30), L, "long"),
             "Restrictions: no prolonged standing or walking; leg elevation", "Next assessment: 6 weeks"]
    types = ["patient_name", "date_of_birth", "ca_sin", "diagnosis"]
    if ctx.chance(0.5):
        text = "Good afternoon,\n\nPlease find attached the completed statement for your member.\n\n%s\n" % sig("reid", L)
        atts = [{"kind": ctx.pick(["pdf", "docx"]), "filename": "APS_%s.%s" % (p.surname.replace("'", ""), "pdf"),
                 "title": lines[0], "lines": lines[1:], "paras": lines[1:]}]
        atts[0]["filename"] = atts[0]["filename"].rsplit(".", 1)[0] + "." + atts[0]["kind"]
    else:
        text = "Good afternoon,\n\nIn reply to your request:\n\n%s\n\n%s\n" % ("\n".join(lines[1:]), sig("reid", L))
        atts = None
    return spec(ctx, "insurer_form", "disability statement to insurer", types, frm, to,
                ctx.pick(["Attending physician statement", "STD claim - requested information"]), text, attachments=atts)


def pharmacy_en(ctx):
    on = ctx.chance(0.5)
    p = ctx.pt(region="on") if on else ctx.nam_pt()
    meds = ctx.sample(K.MEDS[L][:2] + K.MEDS[L][8:13], 2)
    key = ctx.pick(["raman", "mackenzie"])
    frm = addr(key)
    to = [addr("patel")]
    nm = ctx.name(p, ["full", "upper_first", "titled"])
    types = ["patient_name", "date_of_birth", "medication", "diagnosis"]
    if on:
        idl = "OHIP: %s" % ctx.ohip(p)
        types.append("ca_health_number")
    else:
        idl = "RAMQ: %s   Sex: %s" % (ctx.nam(p), ctx.sex(p))
        types.append("ramq_nam")
    text = ("Hello,\n\nPrescription for pick-up today:\n\n%s\nDOB: %s\n%s\n\nDx: %s\n%s\nNo refills.\n\n%s\n"
            % (nm, ctx.dob(p), idl, ctx.pick(["infected diabetic foot ulcer", "cellulitis around venous ulcer", "post-op pain after toe amputation"]),
               "\n".join("Rx: " + m for m in meds), sig(key, L)))
    return spec(ctx, "prescription", "prescription to community pharmacy", types, frm, to,
                ctx.pick(["Rx", "Prescription - please fill today"]), text)


def discharge_en(ctx):
    p = ctx.pt()
    proc, dx = _pp(ctx, "PAIRS")
    meds = ctx.sample(K.MEDS[L], 4)
    key = ctx.pick(["mackenzie", "raman"])
    frm = addr(key)
    to = [addr("morrison")]
    paras = ["Patient: %s %s" % (p.given, p.surname), "MRN: %s   DOB: %s" % (ctx.mrn(p, "plain"), ctx.dob(p, "long")),
             "Most responsible diagnosis: %s" % dx[1], "Procedure: %s" % proc,
             "Course: uncomplicated; wound VAC removed POD 5.", "Discharge meds: " + "; ".join(meds),
             "Follow-up: wound clinic in 2 weeks; home nursing arranged."]
    fn = ctx.pick(["DC_summary_%s.docx" % p.surname.replace("'", ""), "Discharge %s %s.docx" % (p.given, p.surname)])
    if ctx.chance(0.5):
        text = "Hi,\n\nDischarge summary attached for your patient.\n\n%s\n" % sig(key, L)
    else:
        text = "Hi,\n\n%s went home today after %s. Summary attached.\n\n%s\n" % (ctx.name(p, ["titled", "full"]), proc, sig(key, L))
    return spec(ctx, "discharge", "discharge summary to family physician",
                ["patient_name", "mrn", "date_of_birth", "diagnosis", "medication"], frm, to,
                ctx.pick(["Discharge summary", "D/C summary - vascular"]), text,
                attachments=[{"kind": "docx", "filename": fn, "title": "Discharge Summary - Vascular Surgery",
                              "paras": paras, "author": frm[0]}])


def culture_en(ctx):
    p = ctx.pt()
    cult = _pp(ctx, "CULTURE")
    prev = earlier(ctx.dt, ctx.rng)
    orig = ("Did %s's wound swab come back? Still on Keflex, no better." % ctx.name(p, ["title_sur", "full"]))
    text = ("Final came back this morning: %s, so the wound is infected and Keflex won't cover it. Suggest %s x 14 days, renally adjusted "
            "(eGFR %d). Note left in the chart.\n\nOlivier\n\n%s"
            % (cult, ctx.pick(["doxycycline 100 mg BID", "linezolid 600 mg BID", "ciprofloxacin 750 mg BID"]),
               ctx.rng.randrange(25, 80), reply_block(L, prev, addr("halloran"), ctx.pick([0, 1]), "swab", orig)))
    return spec(ctx, "culture_followup", "wound culture result and antibiotic change",
                ["patient_name", "lab_result", "medication", "diagnosis"], addr("masse"), [addr("halloran")],
                ctx.pick(["RE: swab", "RE: wound culture %s" % p.surname]), text, in_reply_to=fake_msgid(prev, ctx.rng))


def social_en(ctx):
    p = ctx.pt()
    soc = ctx.sample(K.SOCIAL[L], 2)
    dx = _pp(ctx, "WOUND")
    frm = addr("halloran")
    to = [addr("doucet")]
    types = ["patient_name", "social_information", "diagnosis"]
    extra = ""
    if ctx.chance(0.5):
        extra = "\nBest number to reach them (cell, not home): %s" % p.cell
        types.append("patient_contact")
    text = ("Hi Megan,\n\nCould you see %s? Followed here for %s.\n\n- %s\n- %s%s\n\nNext clinic visit is Thursday.\n\n%s\n"
            % (ctx.name(p, ["full", "titled", "initial"]), dx[1], soc[0], soc[1], extra, sig("halloran", L)))
    return spec(ctx, "social_work", "social work referral", types, frm, to,
                ctx.pick(["SW referral", "Concern about a patient at home", "Could you see this patient?"]), text)


def quick_en(ctx):
    p = ctx.pt()
    frm = addr(ctx.pick(["raman", "mackenzie"]))
    to = [addr("halloran")]
    nm = ctx.name(p, ["lower", "title_sur", "sur_initial"])
    what = ctx.pick(["her toe is black since last night, likely needs amputation",
                     "his stump is leaking again, may need a revision",
                     "groin wound opened up, ?seroma",
                     "rest pain 8/10 even on hydromorphone"])
    types = ["patient_name", "diagnosis"] + (["medication"] if "hydromorphone" in what else [])
    text = "can you swing by and look at %s in %d before 3? %s\nthx\n" % (nm, ctx.rng.randrange(401, 440), what)
    return spec(ctx, "quick_note", "quick bedside request", types, frm, to, ctx.pick(["quick one", "bed %d" % ctx.rng.randrange(401, 440)]),
                text, body_mode="plain")
