"""English confidential messages (positives), part 1."""

import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_build import Mail, earlier, ext, reply_intro, who
from gen_clin import (MEDS_ORAL, DX_APHASIA, DX_NUTR, DX_SWALLOW, DX_VOICE, FORMULAS, IDDSI, LIQ, MEDS,
                      VFSS_FINDINGS, cap, labs, pas_worst, short, weight_story)
from gen_common import (_asciify, disguise, en_day, fdate, gen_mrn, gen_ohn, home_address, later,
                        name_as, personal_phone, signature, MRN_GROUPS, OHN_GROUPS)
from gen_mime import html_table, quote, text_table

L = "en"


def dob_en(ctx, p, style=None):
    ctx.t("date_of_birth")
    return fdate(p.dob, style or ctx.pick(["en_long", "iso", "en_abbr", "iso"]))


def mrn_en(ctx, style=None):
    m = gen_mrn(ctx.rng)
    style = style or ctx.pick(["plain", "hyphen", "space", "plain", "slash", "fullwidth"])
    return m, ctx.ident("mrn", m, disguise(m, style, MRN_GROUPS))


def ohn(ctx, style=None):
    n, vc = gen_ohn(ctx.rng)
    style = style or ctx.pick(["hyphen", "space", "plain", "dot", "fullwidth"])
    shown = disguise(n, style, OHN_GROUPS)
    if vc:
        shown += ("-" if style == "hyphen" else " ") + vc
    return ctx.ident("ca_health_number", n, shown)


def bed(ctx):
    return "%s-%02d" % (ctx.pick(["3W", "4N", "ICU", "5E", "2S"]), ctx.rng.randint(1, 32))


def he(p):
    return ("she", "her", "her") if p.sex == "F" else ("he", "him", "his")


# ------------------------------------------------------------------ 1 referral

def referral(ctx, v):
    ctx.category = "referral"
    ctx.note = "referral to speech-language pathology"
    onta = v in (0, 2)
    p = ctx.patient("en" if onta else "nam")
    ctx.t("patient_name", "diagnosis", "medication", "date_of_birth")
    dx = ctx.pick(DX_APHASIA[L] + DX_SWALLOW[L][:4])
    meds = ctx.rng.sample(MEDS_ORAL[L], 3)
    nm = name_as(p, ["full", "upper_first", "title_full", "lower"][v], L)
    if onta:
        idl = "OHIP: %s" % ohn(ctx)
        sender = ext("glenmore", "rehab.referrals", "Glenmore District Hospital - Rehab Referrals")
    else:
        idl = "RAMQ: %s  Sex: %s" % (ctx.nam(p), p.sex)
        sender = who("gp_en", L, title=True)
    body = ("Hello,\n\nPlease accept this referral for outpatient speech-language pathology.\n\n"
            "Patient: %s\nDOB: %s\n%s\n\nReason for referral: %s. Word-finding difficulty and "
            "reduced intelligibility on the phone; %s would like to return to volunteer work.\n"
            "PMH: HTN, dyslipidemia, AF.\nCurrent meds: %s.\n\nPlease contact our office with the "
            "appointment date.\n\nThank you,\n%s" % (
                nm, dob_en(ctx, p), idl, dx, he(p)[0], ", ".join(meds),
                sender[0] if onta else signature("gp_en", L)))
    subj = ["Referral - outpatient SLP", "SLP referral: %s" % name_as(p, "upper_first", L),
            "New referral (aphasia clinic)", "referral - speech therapy"][v]
    m = Mail(ctx, sender, [who("clerk_en", L), who("slp_en", L)] if v % 2 else [who("slp_en", L)],
             subj, body, mode=["plain", "alt", "html", "plain"][v])
    return m


# ------------------------------------------------------------------ 2 modified barium swallow report

def mbs(ctx, v):
    ctx.category = "imaging"
    ctx.note = "modified barium swallow report"
    p = ctx.patient("en")
    mrn, mrn_shown = mrn_en(ctx, style=ctx.pick(["plain", "hyphen", "space"]))
    ctx.t("diagnosis", "date_of_birth")
    if v != 3:
        ctx.t("patient_name")
    finding = ctx.pick(VFSS_FINDINGS[L])
    rec = "%s, %s" % (ctx.pick(IDDSI[L][2:]), ctx.pick(LIQ[L][1:3]))
    pdf_kv = [("Patient", name_as(p, "upper_first", L)), ("MRN", mrn_shown),
              ("DOB", fdate(p.dob, "iso")), ("Study date", fdate(ctx.day, "iso")),
              ("Radiologist", "Dr. F. Guimond"), ("SLP", "Heather Lindqvist, S-LP(C)")]
    if v == 3:
        pdf_kv = pdf_kv[1:]
    pdf = make_pdf("Modified Barium Swallow Study", [
        ("kv", pdf_kv), ("h", "History"), cap(ctx.pick(DX_SWALLOW[L])) + ".",
        ("h", "Findings"), cap(finding) + ".",
        "Penetration-Aspiration Scale worst score: %d." % pas_worst(finding, ctx.rng),
        ("h", "Recommendations"), cap(rec) + ". Upright 90 degrees, small sips, "
        "alternate solids and liquids, oral care BID.",
    ], author="Medical Imaging", header="CHRVS Medical Imaging - Confidential")
    b = bed(ctx)
    body = ["Hi all,", ""]
    body.append(["MBS report attached for %s. Short version: %s." % (name_as(p, "title", L), finding),
                 "Report attached for bed %s. Please update the diet order to %s." % (b, rec),
                 "See attached - %s (MRN %s) aspirated on thin, diet changed to %s." % (
                     name_as(p, "initials", L), mrn_shown, rec),
                 "Attached is the MBS report for MRN %s: %s. Diet: %s." % (mrn_shown, finding, rec)][v])
    body += ["", "Heather", "", signature("slp_en", L)]
    fn = ["MBS_%s_%s.pdf" % (_asciify(p.surname), fdate(ctx.day, "compact")),
          "%s, %s - MBSS.pdf" % (p.surname.upper(), p.given), "mbs_report.pdf",
          "MBSS_%s.pdf" % mrn][v]
    m = Mail(ctx, who("slp_en", L), [who("rn_en", L), who("rd_en", L)],
             ["MBS results", "MBSS today - bed %s" % b, "MBS - %s" % name_as(p, "initial_after", L),
              "MBSS MRN %s" % mrn_shown][v], "\n".join(body), mode=["plain", "alt", "plain", "plain"][v])
    m.attach("application/pdf", pdf, fn)
    return m


# ------------------------------------------------------------------ 3 reply on nutrition consult

def reply(ctx, v):
    ctx.category = "reply"
    ctx.note = "reply with quoted text on a dietitian consult"
    ctx.features.add("quoted_reply")
    p = ctx.patient("en")
    ctx.t("patient_name", "diagnosis", "lab_result", "medication")
    s, o, pos = he(p)
    doc = ctx.pick(["gi_en", "phys_en", "gp_en"])
    orig_from = who(doc, L, title=True)
    t0 = earlier(ctx.dt, ctx.rng, (3, 30))
    b = bed(ctx)
    nm = name_as(p, ["title", "full", "upper_first", "lower"][v], L)
    orig = ("Hi Priya,\n\nCould you see %s in %s? %d y/o with %s. %s. Labs this am: %s. "
            "Not eating much per nursing.\n\nThanks,\n%s" % (
                nm, b, p.age(ctx.day), ctx.pick(DX_NUTR[L]), cap(weight_story(ctx.rng, L)),
                labs(ctx.rng, L), orig_from[0]))
    top = ("Seen today. Meets GLIM criteria for severe malnutrition. Started high-protein "
           "supplement BID and fortified diet. Given the low phosphate %s is at moderate-high "
           "refeeding risk - suggest thiamine 100 mg daily x5d before we advance, and daily "
           "lytes x3. Would also consider %s if you agree.\n\nWill follow up %s.\n\nPriya" % (
               s, ctx.pick(["mirtazapine 15 mg qhs", "megestrol", "a PPI review"]),
               en_day(later(ctx.day, ctx.rng, 1, 4))))
    subj = ["RE: Nutrition consult", "RE: consult - %s" % b, "RE: %s - poor intake" % name_as(p, "upper_first", L),
            "Re: dietitian please see"][v]
    if v in (0, 2):
        text = top + "\n\n" + reply_intro(L, orig_from, t0) + "\n" + quote(orig)
    else:
        text = (top + "\n\n" + signature("rd_en", L) + "\n\n________________________________\n"
                "From: %s <%s>\nSent: %s %s\nTo: Priya Raman\nSubject: %s\n\n%s" % (
                    orig_from[0], orig_from[1], en_day(t0.date()), t0.strftime("%I:%M %p"),
                    subj[4:], orig))
    m = Mail(ctx, who("rd_en", L), [orig_from], subj, text, mode=["plain", "html", "alt", "plain"][v])
    m.in_reply_to = "<%s@chrvs.example>" % ctx.key.replace(":", ".")
    return m


# ------------------------------------------------------------------ 4 ICU dietitian sign-out list

def census(ctx, v):
    ctx.category = "census"
    ctx.note = "dietitian sign-out list for tube-fed patients"
    ctx.t("patient_name", "mrn", "diagnosis", "lab_result", "medication")
    rows = [["Bed", "Patient", "MRN", "Dx", "Access / formula", "Goal", "Notes"]]
    for i in range(ctx.rng.randint(5, 8)):
        p = ctx.patient("en")
        mrn = gen_mrn(ctx.rng)
        ctx.ident("mrn", mrn, mrn)
        notes = ctx.pick(["GRV ok", "hold for OR at 0800", "on propofol - count lipid kcal",
                          "diarrhea, C diff neg", "trial of peptide formula", "PEG planned Thurs"])
        if i == 0:
            notes = "PO4 0.%d - replace, refeeding watch" % ctx.rng.randint(42, 65)
        elif i == 1:
            notes = ctx.pick(["thiamine x5d", "metoclopramide 10 mg QID started", "insulin sliding scale"])
        nm = name_as(p, ["upper_first", "surname_first", "full", "initial_after"][v], L)
        rows.append([bed(ctx), nm, mrn, short(ctx.pick(DX_NUTR[L] + DX_SWALLOW[L]), 44),
                     "%s / %s" % (ctx.pick(["NGT", "PEG", "NJ", "OGT"]), ctx.pick(FORMULAS[L])),
                     "%d mL/h" % ctx.rng.randint(40, 85), notes])
    d = fdate(ctx.day, "iso")
    intro = ("Hi team,\n\nWeekend sign-out for tube-fed patients (%s). Please update Notes on "
             "Monday.\n\n" % d)
    sign = "\n\nPriya\n" + signature("rd_en", L)
    to = [who("rd_en2", L), who("diet2", L)]
    subj = ["Weekend TF sign-out %s" % d, "TF list - ICU/3W", "sign out - enteral", "EN patients update"][v]
    if v == 0:
        x = make_xlsx([("Sign-out", rows)], "Priya Raman",
                      datetime.datetime(ctx.day.year, ctx.day.month, ctx.day.day, 16, 0))
        m = Mail(ctx, who("rd_en", L), to, subj, intro.rstrip() + sign)
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x,
                 "TF_signout_%s.xlsx" % fdate(ctx.day, "compact"))
    elif v == 1:
        m = Mail(ctx, who("rd_en", L), to, subj, intro + text_table(rows) + sign)
    elif v == 2:
        m = Mail(ctx, who("rd_en", L), to, subj, intro.rstrip() + sign, mode="alt")
        m.attach_text("text/csv", make_csv(rows), "signout.csv")
    else:
        html = ("<html><body><p>Hi team,</p><p>Enteral patients as of %s:</p>%s<p>Priya Raman, RD"
                "</p></body></html>" % (d, html_table(rows)))
        m = Mail(ctx, who("rd_en", L), to, subj, None, html=html, mode="html")
    return m


# ------------------------------------------------------------------ 5 home enteral supply order

def home_enteral(ctx, v):
    ctx.category = "supply_order"
    ctx.note = "home enteral nutrition supply order"
    p = ctx.patient("nam")
    ctx.t("patient_name", "patient_contact", "diagnosis", "date_of_birth")
    nam = ctx.nam(p)
    addr = home_address(ctx.rng, L, qc=True)
    tel = personal_phone(ctx.rng)
    form = ctx.pick(FORMULAS[L])
    dx = ctx.pick(DX_SWALLOW[L][:6] + DX_NUTR[L][:3])
    vendor = ext("supplier2" if v % 2 else "supplier", "orders", "Customer Orders")
    body = ("Hello,\n\nPlease set up home enteral supplies for:\n\n"
            "Name: %s\nDOB: %s   Sex: %s\nHealth card (RAMQ): %s\nDelivery address: %s\nPhone: %s\n\n"
            "Diagnosis: %s (PEG in place)\nFormula: %s, 6 x 1000 mL/week\nPump: Kangaroo-type pump + "
            "60 sets/month, 60 mL ENFit syringes x 30\n\nFirst delivery before %s please; patient "
            "goes home that morning.\n\n%s" % (
                name_as(p, ["full", "upper_first", "title_full", "surname_first"][v], L),
                dob_en(ctx, p, "iso"), p.sex, nam, addr, tel, dx, form,
                en_day(later(ctx.day, ctx.rng, 2, 6)), signature("rd_en2", L)))
    if v == 3:
        ctx.t("medication")
        body = body.replace("\n\nFirst delivery", "\nAlso: Creon 25,000 (on file at pharmacy), "
                            "water flushes 250 mL QID.\n\nFirst delivery")
    subj = ["Home EN setup", "New home enteral client - %s" % p.surname, "Supply order - PEG discharge",
            "HEN order %s" % fdate(ctx.day, "iso")][v]
    m = Mail(ctx, who("rd_en2", L), [vendor], subj, body, mode=["plain", "alt", "plain", "html"][v])
    return m


# ------------------------------------------------------------------ 6 weekend SLP sign-out (text roster)

def signout(ctx, v):
    ctx.category = "signout"
    ctx.note = "weekend speech-language pathology coverage list"
    ctx.t("patient_name", "diagnosis")
    rows = [["Room", "Patient", "Problem", "Diet / plan"]]
    for i in range(ctx.rng.randint(4, 7)):
        p = ctx.patient("en")
        nm = name_as(p, ["upper_first", "surname_first", "initial_after", "lower_rev"][(v + i) % 4], L)
        rows.append([bed(ctx), nm, short(ctx.pick(DX_SWALLOW[L] + DX_APHASIA[L]), 46),
                     ctx.pick(["%s + %s" % (ctx.pick(IDDSI[L][1:]), ctx.pick(LIQ[L])),
                               "NPO, re-assess Sat", "bedside re-check am", "MBS Monday",
                               "AAC board at bedside"])])
    if v == 3:
        ctx.t("medication")
        rows[1][3] = rows[1][3] + "; pills crushed in puree (not Sinemet CR)"
    text = ("Weekend coverage - SLP\n\n%s\n\nPager on me until 16:00 Sat, then Daniel.\n\n"
            "Heather" % text_table(rows))
    if v == 1:
        text = text.replace("Weekend coverage - SLP", "Hi Daniel, here's my list for the weekend:")
    m = Mail(ctx, who("slp_en", L), [who("slp_en2", L)], ["weekend list", "Sign-out SLP",
                                                           "coverage Sat/Sun", "SLP w/e handover"][v],
             text, mode="plain" if v != 2 else "alt")
    if v == 2:
        m.html = ("<html><body><p>Weekend coverage - SLP</p>%s<p>Pager on me until 16:00 Sat.</p>"
                  "<p>Heather</p></body></html>" % html_table(rows))
    return m


# ------------------------------------------------------------------ 7 voice clinic booking (ICS)

def voice(ctx, v):
    ctx.category = "booking"
    ctx.note = "voice clinic appointment with calendar invitation"
    p = ctx.patient("en")
    ctx.t("patient_name", "diagnosis", "patient_contact")
    dx = ctx.pick(DX_VOICE[L])
    appt = later(ctx.day, ctx.rng, 4, 20)
    hh = ctx.rng.choice([9, 10, 11, 13, 14, 15])
    start = datetime.datetime(appt.year, appt.month, appt.day, hh, 0)
    tel = personal_phone(ctx.rng, area=ctx.pick(["613", "819"]))
    extra = ""
    if v == 3:
        extra = "OHIP %s (Ontario resident - bill out of province).\n" % ohn(ctx)
    if v == 1:
        extra = "DOB %s.\n" % dob_en(ctx, p)
    body = ("Hi Daniel,\n\nBooked %s for joint voice clinic (videostroboscopy with Dr. Karimi "
            "then therapy intake) on %s at %d:00.\n%s: %s. Teacher, hoarse for 6 months, "
            "worse by Friday.\n%sBest number is %s (cell), ok to leave a message.\n\nJanet" % (
                name_as(p, ["full", "title_full", "upper_first", "full"][v], L), en_day(appt), hh,
                "Referral dx", dx, extra, tel))
    ics = make_ics("voice-%s@chrvs.example" % ctx.key.replace(":", "-"), ctx.dt, start,
                   start + datetime.timedelta(minutes=60),
                   "Voice clinic - %s" % name_as(p, "surname_first", L),
                   "ENT clinic room 2, pavilion A",
                   "Stroboscopy + SLP intake. Dx: %s. Cell %s" % (dx, tel),
                   ("Janet Kerr", "janet.kerr@chrvs.example"),
                   [("Daniel O'Shea", "daniel.o-shea@chrvs.example"),
                    ("Dr. Ahmed Karimi", "ahmed.karimi@chrvs.example")])
    m = Mail(ctx, who("clerk_en", L), [who("slp_en2", L)], cc=[who("ent_en", L, title=True)],
             subject=["Voice clinic booking", "Booked: stroboscopy + intake", "New voice pt",
                      "Appt %s %d:00" % (fdate(appt, "iso"), hh)][v], text=body,
             mode=["plain", "alt", "plain", "plain"][v])
    m.attach_text("text/calendar", ics, "invite.ics" if v % 2 else "Voice clinic.ics",
                  charset="utf-8", cte="7bit" if v == 0 else None)
    return m


TEMPLATES = [referral, mbs, reply, census, home_enteral, signout, voice]
