"""Non-confidential messages in English, part 2: invitations, cards, archives, auto-replies, variants."""
import datetime

import gen_attach as A
from gen_build import reply_block, earlier, fake_msgid
from gen_common import addr, sig, CLINIC_EN, CLINIC_ADDR, CLINIC_PHONE, CLINIC_FAX, HOSP_EN, fmt_date, MONTHS, ORGS
from gen_ctx import spec
from gen_mime import wrap_html, html_table
from gen_neg_util import OTHER_PEOPLE_EN, PRODUCTS_EN, luhn_serial, grouped, lot, gtin13

L = "en"


def _day(ctx, n):
    return ctx.dt.date() + datetime.timedelta(days=n)


def meeting_ics_en(ctx):
    d = _day(ctx, ctx.rng.randrange(3, 15))
    start = datetime.datetime(d.year, d.month, d.day, ctx.pick([7, 12, 15]), 30)
    topic = ctx.pick(["Vascular lab QA meeting", "Limb salvage pathway - steering group", "Wound clinic huddle"])
    ics = A.ics_text("mtg-%s-%d@hrvc.example" % (d.isoformat(), ctx.index), start, start + datetime.timedelta(minutes=45), topic,
                     "Agenda to follow. Aggregate data only.", "B-310 / Teams", addr("okafor"), [addr("raman"), addr("halloran")])
    return spec(ctx, "meeting_invite", "staff meeting invitation", [], addr("okafor"), [addr("raman"), addr("halloran")],
                "Invitation: %s" % topic, "Please see invite for %s.\n\nKevin\n" % fmt_date(d, L, "long"),
                attachments=[{"kind": "ics", "filename": "meeting.ics", "text": ics}])


def vendor_en(ctx):
    rep = ctx.pick(OTHER_PEOPLE_EN)
    g, s = rep.split(" ", 1)
    em = "%s.%s@northwaymed.example" % (g.lower(), s.lower())
    card = A.vcf_text(rep, s, g, org=ORGS["supplier_en"][0], title="Territory Manager, Advanced Wound Care",
                      tel=[("work", "613-555-01%02d" % ctx.rng.randrange(100))], email=em)
    text = ("Hi Rachel,\n\nGreat meeting your team. I've attached my card. Happy to run an in-service on our new silver "
            "foam and the single-use NPWT unit. Dr. Samir Qureshi, who uses it for diabetic foot wounds in Kingston, can join "
            "by video.\n\nBest,\n%s\n%s\n" % (rep, ORGS["supplier_en"][0]))
    return spec(ctx, "vendor", "sales representative follow-up with card", [], (rep, em), [addr("halloran")],
                "Thanks for your time today", text, attachments=[{"kind": "vcf", "filename": "%s.vcf" % g, "text": card}])


def policy_zip_en(ctx):
    members = [{"kind": "pdf", "filename": "WC-POL-004 Wound photography.pdf", "title": "Wound photography",
                "lines": ["Use hospital devices only.", "Never e-mail wound photos or patient identifiers.", "Upload to chart within 24 h."]},
               {"kind": "csv", "filename": "formulary_2024.csv", "rows": [["Item", "Category"]] + [[n, "formulary"] for n, _, _ in PRODUCTS_EN[:6]]}]
    return spec(ctx, "policy", "policy archive", [], addr("halloran"), [("Wound clinic team", "woundteam@hrvc.example")],
                "Updated policies and formulary", "Hi all,\n\nUpdated policies attached (zip). Please review before the audit.\n\nRachel\n",
                attachments=[{"kind": "zip", "filename": "wound_policies_2024.zip", "members": members}])


def fwd_notice_en(ctx):
    prev = earlier(ctx.dt, ctx.rng, 24, 120)
    inner = {"lang": L, "from": ("Medical Affairs", "medaffairs@hrvc.example"), "to": [addr("raman")],
             "subject": "Grand Rounds - call for speakers", "date": prev,
             "text": "Dear Dr. Raman,\n\nWe are looking for speakers for the winter Grand Rounds series. Topics in limb salvage "
                     "or diabetic foot care would be welcome.\n\nMedical Affairs\n"}
    return spec(ctx, "forward_attached", "forwarded call for speakers", [], addr("raman"), [addr("mackenzie")],
                "Fw: Grand Rounds - call for speakers", "Owen - interested? You could present the TMA outcomes data.\n\nPriya\n",
                attachments=[{"kind": "eml", "filename": "Grand Rounds - call for speakers.eml", "spec": inner}])


def ooo_en(ctx):
    who = ctx.pick(["raman", "okafor", "halloran", "doucet"])
    return spec(ctx, "auto_reply", "out-of-office auto-reply", [], addr(who), [("External sender", "admin@glebepark-fht.example")],
                "Automatic reply: Out of office",
                "I am away until %s with limited access to e-mail. For urgent clinical matters please call the wound clinic at %s "
                "or page the vascular surgeon on call.\n\n%s\n" % (fmt_date(_day(ctx, ctx.rng.randrange(3, 10)), L, "long"), CLINIC_PHONE, sig(who, L)),
                extra_headers=[("Auto-Submitted", "auto-replied")])


def teaching_en2(ctx):
    cases = ["81-year-old woman, 14-month left leg ulcer, ABI 0.72, marked edema. Is full compression appropriate?",
             "59-year-old man, TMA 10 weeks ago, not healing, TcPO2 22 mmHg. Angioplasty, revision or higher amputation?",
             "45-year-old man, rapidly enlarging painful shin ulcer with violaceous border after minor trauma. Differential?",
             "77-year-old woman, heel pressure injury after hip fracture surgery, ABI 0.55. Debride or not?"]
    return spec(ctx, "teaching_case", "de-identified teaching case", [], addr(ctx.pick(["raman", "mackenzie"])),
                [("Surgery residents", "surgery.residents@hrvc.example")], "Journal club / case",
                "Hi all,\n\nCase for Thursday (de-identified):\n\n%s\n\nSuggested reading: 2023 global CLTI guidelines.\n" % ctx.pick(cases))


def directory_en(ctx):
    return spec(ctx, "directory", "referral guide naming surgeons and conditions", [], addr("reid"),
                [("Family Health Team admins", "admins@glebepark-fht.example")], "Who to refer to - vascular surgery",
                "Hello,\n\nFor vascular referrals:\n- Dr. Priya Raman: venous disease, leg ulcers, lymphedema\n"
                "- Dr. Hélène Lafrenière: diabetic foot, critical limb ischemia, amputations\n- Dr. Mathieu Archambault: aortic "
                "aneurysm, carotid disease\n\nFax referrals to %s. Wound clinic line %s.\n\n%s\n" % (CLINIC_FAX, CLINIC_PHONE, sig("reid", L)))


def calibration_en(ctx):
    rows = [["Device", "Serial", "Last calibration", "Result"]]
    for dev in ["Handheld Doppler 8 MHz", "ABI/TBI system", "TcPO2 monitor"]:
        rows.append([dev, grouped(luhn_serial(ctx.rng, 9, "1234567"), [3, 3, 3]), _day(ctx, -ctx.rng.randrange(10, 300)).isoformat(), "pass"])
    kind = ctx.pick(["xlsx", "csv", "html"])
    if kind == "html":
        return spec(ctx, "equipment", "device calibration log (html)", [], ("Biomedical Engineering", "biomed@hrvc.example"),
                    [addr("okafor")], "Calibration log - vascular lab", None,
                    html=wrap_html("<p>Calibration status:</p>%s<p>Biomed, ext. 4120</p>" % html_table(rows), L), body_mode="html")
    return spec(ctx, "equipment", "device calibration log", [], ("Biomedical Engineering", "biomed@hrvc.example"), [addr("okafor")],
                "Calibration log - vascular lab", "Attached.\n\nBiomed, ext. 4120\n",
                attachments=[{"kind": kind, "filename": "calibration_log.%s" % kind, "sheets": [("Log", rows)], "rows": rows}])


def students_en(ctx):
    st = ctx.sample(OTHER_PEOPLE_EN, 2)
    return spec(ctx, "students", "student placement notice", [], addr("halloran"), [addr("reid"), addr("okafor")],
                "Nursing students starting Monday",
                "Hi,\n\n%s and %s (4th-year BScN) start their wound clinic placement Monday, 08:00-15:30, until %s. "
                "Please include them in the ABI demos.\n\nRachel\n" % (st[0], st[1], fmt_date(_day(ctx, 35), L, "long")))


def merge_en(ctx):
    t = ctx.pick([("Appointment reminder", "Dear <<FirstName>> <<LastName>>,\n\nThis is a reminder of your wound clinic "
                   "appointment on <<ApptDate>> at <<ApptTime>>. Please bring your health card and medication list."),
                  ("Missed appointment letter", "Dear %PATIENT_NAME%,\n\nYou missed your appointment on %DATE%. Please call "
                   + CLINIC_PHONE + " to rebook.")])
    return spec(ctx, "template", "mail-merge letter template", [], addr("reid"), [addr("cyr")], "Template for approval: %s" % t[0],
                "Hi Stéphane,\n\nDraft template below - placeholders are filled by the booking system.\n\n---\n%s\n---\n\nLinda\n" % t[1])


def holiday_party(ctx):
    htm = ("<p>Hi everyone!</p><p>The Pavilion B holiday party is on <b>Friday, December 13</b> at 5 pm in the cafeteria. "
           "Potluck sign-up sheet at the wound clinic desk. Ugly sweaters encouraged.</p><p>Megan &amp; the social committee</p>")
    return spec(ctx, "social_staff", "holiday party invitation", [], addr("doucet"), [("Pavilion B staff", "pavb.staff@hrvc.example")],
                "Holiday party!", "Hi everyone!\n\nThe Pavilion B holiday party is on Friday, December 13 at 5 pm in the cafeteria.\n\nMegan\n",
                html=wrap_html(htm, L), body_mode=ctx.pick(["html", "alt"]))


def extensions(ctx):
    rows = [["Name", "Role", "Extension", "Direct line"],
            ["Rachel Halloran", "NSWOC", "4405", "819-555-0144"], ["Kevin Okafor", "Vascular technologist", "4410", "819-555-0143"],
            ["Linda Reid", "Clerk", "4401", "819-555-0140"], ["Megan Doucet", "Social worker", "4430", "819-555-0146"],
            ["Wound clinic fax", "", "", CLINIC_FAX]]
    return spec(ctx, "directory", "staff phone extension list", [], addr("reid"), [("Wound clinic team", "woundteam@hrvc.example")],
                "Updated extension list", "Hi all,\n\nUpdated list below.\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\nLinda\n")


def survey_en(ctx):
    n = ctx.rng.randrange(60, 180)
    return spec(ctx, "survey", "anonymous survey results", [], addr("cyr"), [("Wound clinic team", "woundteam@hrvc.example")],
                "Patient experience survey - results",
                "Hi team,\n\nAnonymous survey results (n=%d):\n- Felt listened to: 92%%\n- Wait time acceptable: 58%%\n"
                "- Understood dressing instructions: 86%%\n\nTop comments: parking, cost of compression stockings.\n\nStéphane\n" % n)


def po_en(ctx):
    items = ctx.sample(PRODUCTS_EN, 4)
    rows = [["SKU", "GTIN", "Item", "Unit", "Qty"]] + [["NW-%05d" % ctx.rng.randrange(10 ** 4, 10 ** 5), gtin13(ctx.rng), n, u, ctx.rng.randrange(2, 20)]
                                                         for n, u, p in items]
    return spec(ctx, "purchase_order", "purchase order", [], addr("lussier"), [("Northway Orders", "orders@northwaymed.example")],
                "PO 2024-%04d" % ctx.rng.randrange(1000, 9999), "Hello,\n\nPlease ship the following to dock B:\n\n%s\n\n%s\n"
                % ("\n".join(" | ".join(str(c) for c in r) for r in rows), sig("lussier", L)))


def retirement_en(ctx):
    return spec(ctx, "social_staff", "retirement announcement", [], addr("cyr"), [("All staff", "all@hrvc.example")],
                "Farewell to a wound care pioneer",
                "Hi all,\n\nAfter 30 years, Ms. Gwen Hartigan, our first NSWOC, retires on December 20. She built the diabetic "
                "foot program and taught hundreds of nurses how to assess venous and arterial ulcers. Drop-in reception "
                "Thursday 3 pm, B cafeteria.\n\nStéphane\n")
