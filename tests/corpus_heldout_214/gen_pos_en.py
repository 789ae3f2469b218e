"""Confidential messages in English (part 1)."""
import datetime as _dt

import gen_attach as A
import gen_common as C
import gen_helpers as H


def sae_followup(ctx):
    r = ctx.rng
    a = H.area(ctx)
    sp = H.spec(ctx, "sae_followup", "SAE follow-up to sponsor with discharge summary attached")
    coord = C.staff(r, "en", "coordinator")
    H.sender(sp, coord)
    H.add_to(sp, ("VelaPharm Drug Safety", "drugsafety@velapharm.example"))
    H.add_cc(sp, H.pi_of(ctx, a["key"]))
    code = H.subject_code(ctx)
    hold = ctx.chance(0.55)
    p = ctx.people.holder(adult=True) if hold else ctx.people.invented("en", min_age=45)
    sp["types"] |= {"diagnosis", "lab_result", "medication", "patient_name"}
    lab, mrn = H.mrn_text(ctx, sp)
    adm = ctx.day(-r.randint(6, 15))
    dc = adm + _dt.timedelta(days=r.randint(2, 6))
    ident = H.holder_ident(ctx, sp, p) if hold else [("Patient", C.name_form(p, r, "en", ["upper_comma", "full"])),
                                                      ("Age", f"{C.age_at(p)} y")]
    blocks = [("kv", ident + [(lab, mrn), ("Admitted", adm.isoformat()), ("Discharged", dc.isoformat())]),
              ("h", "Most responsible diagnosis"), a["ae"],
              ("h", "History"), f"Known {a['dx']}; enrolled in study {a['proto']} ({a['ip']}).",
              ("h", "Hospital course"),
              f"On arrival {a['labs'][0]}; later {a['labs'][1]}. Treated with {a['meds'][0]}. "
              "Study drug held on admission per protocol. Improved and discharged home.",
              ("h", "Discharge medications"), "\n".join(a["meds"]),
              ("h", "Follow-up"), "Research clinic in 1 week; family physician in 2 weeks."]
    fn = r.choice([f"Discharge summary {p['surname']}.docx", f"DC_summary_{code}.docx",
                   f"{H.fname_part(p['surname']).upper()}_{p['given']}_discharge.docx"])
    sp["attachments"].append(A.att_docx(fn, "Discharge Summary", blocks, "Health Records"))
    sp["subject"] = r.choice([f"SAE follow-up #1 – {a['proto']} – Subject {code}",
                              f"RE: SAE {code} – discharge info", f"Follow-up report, subject {code} ({a['proto']})"])
    sp["in_reply_to"] = C.message_id(r, "velapharm.example") if ctx.chance(0.5) else None
    sp["blocks"] = ["Hello,",
                    f"Please find attached the discharge summary for subject {code}, as requested in your query of "
                    f"{C.fmt_date(ctx.day(-2), 'en')}. The event ({a['ae']}) is considered resolved as of "
                    f"{C.fmt_date(dc, 'en')}.",
                    "Outcome: recovered without sequelae. Study drug was restarted at the next visit.",
                    ("sig", C.signature(coord, "en", r), False)]
    return sp


def screening_log_csv(ctx):
    r = ctx.rng
    key = r.choice(["onco", "cardio", "hem"])
    a = H.area(ctx, key)
    sp = H.spec(ctx, "screening_log", "screening log export with candidates' identifiers")
    coord = C.staff(r, "en", "coordinator")
    H.sender(sp, coord)
    H.add_to(sp, H.pi_of(ctx, key))
    reasons = {"onco": ["KRAS G12C neg - SF", "ECOG 2 - SF", "eligible - C1D1 booked", "brain mets untreated - SF",
                        "declined", "ALT 3.4x ULN - SF"],
               "cardio": ["LVEF 35% - SF", "eligible - randomized", "NT-proBNP 150 - SF", "declined (travel)",
                          "eGFR 18 - SF", "on SGLT2i - SF"],
               "hem": ["eligible - randomized", "CrCl 28 - SF", "on DOAC for AF - SF", "surgery cancelled",
                       "declined", "platelets 88 - SF"]}[key]
    rows = []
    nh = r.randint(2, 4)
    for i in range(r.randint(5, 8)):
        if i < nh:
            h = ctx.people.holder(adult=True)
            sp["nams"].append(h)
            rows.append([f"{h['surname']}, {h['given']}", h["dob"].isoformat(), h["sex"], h["nam"], "",
                         ctx.day(-r.randint(1, 40)).isoformat(), r.choice(reasons)])
        else:
            p = ctx.people.invented("en", min_age=40)
            rows.append([f"{p['surname']}, {p['given']}", p["dob"].isoformat(), p["sex"], "",
                         C.make_mrn(r), ctx.day(-r.randint(1, 40)).isoformat(), r.choice(reasons)])
    rows[-1][6] = {"onco": "ALT 3.4x ULN - SF", "cardio": "eGFR 18 - SF", "hem": "platelets 88 - SF"}[key]
    r.shuffle(rows)
    sp["types"] |= {"patient_name", "date_of_birth", "ramq_nam", "mrn", "diagnosis", "lab_result"}
    hdr = ["name", "dob", "sex", "ramq", "mrn", "screen_date", "outcome"]
    fn = r.choice([f"{a['proto']}_screening_log_export.csv", f"screening log {a['proto']} Q{(ctx.when.month - 1) // 3 + 1}.csv"])
    if ctx.chance(0.7):
        sp["attachments"].append(A.att_csv(fn, hdr, rows, r.choice(["utf-8", "windows-1252"]),
                                           r.choice(["base64", "quoted-printable", "7bit"])))
    else:
        sp["attachments"].append(A.att_xlsx(fn.replace(".csv", ".xlsx"), [("log", hdr, rows)], coord["display"]))
    sp["subject"] = r.choice([f"{a['proto']} screening log for sign-off", f"Screening log - {a['proto']}",
                              "Updated screening log"])
    sp["blocks"] = [f"Hi {H.pi_of(ctx, key)['title']} {H.pi_of(ctx, key)['surname']},",
                    f"Attached is the screening log export from REDCap for {a['proto']} ({a['dx']}). "
                    f"Screen fails are flagged SF. Could you sign off before the monitoring visit on "
                    f"{C.fmt_date(ctx.day(r.randint(4, 12)), 'en')}?",
                    "Thanks,", coord["given"]]
    return sp


def unblinding_request(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["hem", "cardio", "endo"]))
    sp = H.spec(ctx, "unblinding_request", "emergency unblinding request for an admitted participant")
    er = r.choice([("Dr. Kieran Moss", "kieran.moss@rive-boreale.example"),
                   ("Dr. Leila Farouk", "leila.farouk@rive-boreale.example")])
    sp["from"] = er
    pi = H.pi_of(ctx, a["key"])
    H.add_to(sp, pi)
    H.add_cc(sp, ("Research pharmacy", "pharmacie.recherche@rive-boreale.example"))
    hold = ctx.chance(0.4)
    p = ctx.people.holder(adult=True) if hold else ctx.people.invented("en", min_age=55)
    lab, mrn = H.mrn_text(ctx, sp)
    dob = C.fmt_dob(p["dob"], r, "en")
    sp["types"] |= {"patient_name", "date_of_birth", "diagnosis", "lab_result", "medication"}
    if hold:
        sp["nams"].append(p)
        sp["types"].add("ramq_nam")
        dob = f"{dob}, sex {p['sex']}, RAMQ {C.fmt_nam(p['nam'], r)}"
    sp["subject"] = r.choice(["URGENT - unblinding request", f"Urgent: need study drug info for pt in ED ({a['proto']})",
                              f"STAT unblinding {a['proto']}"])
    sp["force"] = {"structure": r.choice(["plain", "alt"])}
    sp["blocks"] = [
        "Hi,",
        f"I have your study participant in the ED right now: {C.name_form(p, r, 'en', ['upper_comma', 'full', 'comma'])}, "
        f"DOB {dob}, {lab} {mrn}. Wallet card says {a['proto']}.",
        f"Presenting with {a['ae']}. {a['labs'][0]}, {a['labs'][1]}. Already on {a['meds'][0]}.",
        f"I need to know whether {H.pron(p, 'en')} is on active drug ({a['ip']}) before we decide on reversal. "
        "The IWRS line keeps dropping. Please call the ED desk at local 4411.",
        er[0]]
    return sp


def protocol_deviation(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["onco", "cardio", "endo", "pneumo"]))
    sp = H.spec(ctx, "protocol_deviation", "protocol deviation log naming participants and prohibited drugs")
    coord = C.staff(r, "en")
    H.sender(sp, coord)
    H.add_to(sp, ("Amanda Hughes", C.addr_of("Amanda", "Hughes")))
    rows = []
    for _ in range(r.randint(2, 4)):
        p = ctx.people.invented("en", min_age=40)
        mrn = C.make_mrn(r)
        dev, dtype = r.choice([
            ("took clarithromycin 500 mg BID x7d (prohibited CYP3A4 inhibitor) from walk-in clinic", "medication"),
            ("visit 5 out of window (+6 days), fasting glucose 9.4 drawn late", "lab_result"),
            ("started prednisone 40 mg by family MD, not reported for 10 days", "medication"),
            (f"{a['ip']} dispensed from expired kit, 2 doses taken", "medication"),
            ("ECG not done at C2D1, QTc 488 ms at C3", "lab_result")])
        sp["types"].add(dtype)
        rows.append([C.name_form(p, r, "en", ["full", "upper_comma", "initial"]), mrn, H.subject_code(ctx), dev,
                     r.choice(["major", "minor"])])
    sp["types"] |= {"patient_name", "mrn", "diagnosis"}
    sp["subject"] = r.choice([f"Deviations to report - {a['proto']}", "PD log for this month",
                              f"Protocol deviations {C.MONTHS_EN[ctx.when.month - 1]}"])
    sp["blocks"] = [f"Hi Amanda,",
                    f"Here are the deviations for {a['proto']} ({a['dx']}) to go in the REB report. "
                    "I left names and chart numbers so you can pull the notes; please strip them before it goes out.",
                    ("table", ["Participant", "Chart", "Subject", "Deviation", "Class"], rows),
                    ("sig", C.signature(coord, "en", r), False)]
    if ctx.chance(0.4):
        sp["attachments"].append(A.att_xlsx("PD_log_working.xlsx",
                                            [("deviations", ["Participant", "Chart", "Subject", "Deviation", "Class"], rows)],
                                            coord["display"]))
    sp["types"].add("mrn")
    return sp


def pregnancy_report(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["endo", "pneumo", "cardio"]))
    sp = H.spec(ctx, "pregnancy_report", "pregnancy in a trial participant reported to sponsor")
    nurse = C.staff(r, "en", "nurse")
    H.sender(sp, nurse)
    H.add_to(sp, ("VelaPharm Drug Safety", "drugsafety@velapharm.example"))
    H.add_cc(sp, H.pi_of(ctx, a["key"]))
    hold = ctx.chance(0.5)
    if hold:
        for _ in range(60):
            p = ctx.people.holder(adult=True)
            if p["sex"] == "F" and 2024 - p["dob"].year < 50:
                break
        else:
            hold = False
    if not hold:
        p = ctx.people.invented("en", sex="F", min_age=24, max_age=42)
    lmp = ctx.day(-r.randint(35, 60))
    sp["types"] |= {"patient_name", "lab_result", "medication", "diagnosis"}
    if hold:
        ident = H.holder_ident(ctx, sp, p, style="inline")
    else:
        ident = f"{C.name_form(p, r, 'en', ['full', 'title'])} (DOB {C.fmt_dob(p['dob'], r, 'en')})"
        sp["types"].add("date_of_birth")
    sp["subject"] = r.choice([f"Pregnancy notification - {a['proto']}", "Pregnancy report form - site 014",
                              "Exposure in pregnancy - study participant"])
    sp["blocks"] = ["Hello,",
                    f"We are reporting a pregnancy in {ident}, enrolled in {a['proto']}.",
                    f"LMP {lmp.isoformat()}; serum beta-hCG {r.randint(900, 24000)} IU/L on {ctx.day(-1).isoformat()}. "
                    f"Last dose of {a['ip']} taken {ctx.day(-2).isoformat()}; study drug permanently discontinued.",
                    f"She has been referred to obstetrics at {r.choice(C.SITES)[0]}; her {a['dx']} will be managed with "
                    f"{a['meds'][0]}.",
                    "The paper pregnancy form will follow once signed by the PI.",
                    ("sig", C.signature(nurse, "en", r), False)]
    return sp


def stipend_sin(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["pneumo", "endo", "cardio"]))
    sp = H.spec(ctx, "participant_compensation", "participant compensation batch with SIN and home addresses")
    coord = C.staff(r, "en")
    H.sender(sp, coord)
    H.add_to(sp, ("Peter Vandermeer", C.addr_of("Peter", "Vandermeer")))
    rows = []
    for _ in range(r.randint(2, 4)):
        p = ctx.people.invented("en", min_age=30)
        sin = C.make_sin(r)
        sp["ids"].append(("ca_sin", sin))
        rows.append([f"{p['surname']}, {p['given']}", C.fmt_sin(sin, r), C.home_address(r, "en"),
                     f"{r.choice([4, 5, 6, 8])} visits", f"{r.choice([200, 250, 300, 400, 600])}.00"])
    sp["types"] |= {"patient_name", "ca_sin", "patient_contact", "diagnosis"}
    hdr = ["Participant", "SIN", "Home address", "Visits", "Amount"]
    sp["subject"] = r.choice(["Participant compensation - T4A info", f"{a['proto']} stipends Q{(ctx.when.month - 1) // 3 + 1}",
                              "Cheque requisition - study participants"])
    sp["blocks"] = ["Hi Peter,",
                    f"Please issue compensation cheques for the following {a['proto']} participants ({a['dx']} study). "
                    "Amounts over $500 for the year need a T4A so I've included SINs.",
                    ("table", hdr, rows) if ctx.chance(0.5) else "Details in the attached sheet.",
                    "Cheques can be mailed to the home addresses.",
                    ("sig", C.signature(coord, "en", r), False)]
    if isinstance(sp["blocks"][2], str):
        if ctx.chance(0.5):
            sp["attachments"].append(A.att_xlsx("compensation_batch.xlsx", [("batch", hdr, rows)], coord["display"]))
        else:
            sp["attachments"].append(A.att_pdf("Cheque requisition.pdf", "Cheque requisition - research participants",
                                               [("table", hdr, rows)], ctx.chance(0.5)))
    return sp


def ontario_ohn(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["cardio", "pneumo", "hem"]))
    sp = H.spec(ctx, "out_of_province_billing", "out-of-province participant's visit billed with Ontario health number")
    clerk = ("Billing - Out-of-province", "facturation.hp@rive-boreale.example")
    coord = C.staff(r, "en")
    H.sender(sp, coord)
    H.add_to(sp, clerk)
    p = ctx.people.invented("en", min_age=40)
    ohn = C.make_ohn(r)
    sp["ids"].append(("ca_health_number", ohn))
    adr = f"{r.randint(10, 999)} {r.choice(C.STREETS_EN)}, Ottawa, ON K{r.randint(1, 4)}{r.choice('ABCGHJKLMNPRSTVWXYZ')} {r.randint(1, 9)}{r.choice('ABCEGHJ')}{r.randint(0, 9)}"
    sp["types"] |= {"patient_name", "ca_health_number", "diagnosis", "patient_contact", "date_of_birth"}
    dob = C.fmt_dob(p["dob"], r, "en")
    visit = ctx.day(-r.randint(2, 20))
    sp["subject"] = r.choice(["Out-of-province patient - ER visit to bill", "Ontario participant - OHIP billing",
                              f"Billing question ({a['proto']} participant)"])
    sp["blocks"] = ["Hello,",
                    f"One of our study participants lives in Ontario and was seen in our ED on {C.fmt_date(visit, 'en')} "
                    f"for {a['ae']}. The study visit itself is paid by the sponsor, but the ED visit should go to OHIP.",
                    ("pre", f"Name:     {p['surname'].upper()}, {p['given']}\nDOB:      {dob}\n"
                            f"OHIP:     {C.fmt_ohn(ohn, r)}\nAddress:  {adr}"),
                    "Can you confirm which form you need? He/she has {} and is followed in our {} clinic.".format(
                        a["dx"], {"cardio": "heart function", "pneumo": "COPD", "hem": "orthopaedic"}[a["key"]]),
                    ("sig", C.signature(coord, "en", r), False)]
    sp["blocks"][3] = sp["blocks"][3].replace("He/she", H.pron(p, "en").capitalize())
    return sp


def critical_lab(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["cardio", "endo", "onco"]))
    sp = H.spec(ctx, "critical_lab_forward", "central-lab critical value forwarded with participant's name and chart")
    nurse = C.staff(r, "en", "nurse")
    H.sender(sp, nurse)
    pi = H.pi_of(ctx, a["key"])
    H.add_to(sp, pi)
    code = H.subject_code(ctx)
    p = ctx.people.invented("en", min_age=45)
    lab, mrn = H.mrn_text(ctx, sp)
    sp["types"] |= {"patient_name", "lab_result"}
    val = a["labs"][0]
    sp["subject"] = r.choice([f"FW: Critical value alert - Site 014 - Subject {code}", f"FW: ALERT {code}"])
    inner = [f"CRITICAL VALUE NOTIFICATION", f"Protocol: {a['proto']}   Site: 014   Subject: {code}",
             f"Visit: V{r.randint(2, 9)}   Collected: {ctx.day(-1).isoformat()} 08:12",
             f"Result: {val}   Reference range exceeded - please review within 24h.",
             "Aurora Central Laboratory - this is an automated message."]
    sp["blocks"] = [f"{pi['title']} {pi['surname']} - this is {C.name_form(p, r, 'en', ['title', 'full', 'title_sur'])} "
                    f"({lab} {mrn}). I called {'her' if p['sex'] == 'F' else 'him'} at noon, "
                    f"{H.pron(p, 'en')} is coming in for a repeat and an ECG at 3.",
                    nurse["given"],
                    ("fwd", "---------- Forwarded message ---------",
                     [("From:", "Aurora Central Lab <alerts@aurora-centrallab.example>"),
                      ("Date:", C.fmt_date(ctx.when.date(), "en")), ("Subject:", f"Critical value alert - Site 014 - Subject {code}"),
                      ("To:", nurse["addr"])], inner)]
    return sp


def ward_signout(ctx):
    r = ctx.rng
    sp = H.spec(ctx, "weekend_signout", "weekend handover list of admitted trial participants")
    nurse = C.staff(r, "en", "nurse")
    H.sender(sp, nurse)
    H.add_to(sp, ("Research on-call", "research.oncall@rive-boreale.example"))
    lines = []
    for _ in range(r.randint(3, 5)):
        a = H.area(ctx)
        p = ctx.people.invented("en", min_age=40)
        nm = C.name_form(p, r, "en", ["upper_comma", "sur_init", "full", "lower"])
        lines.append(f"{r.choice(['4N', '5S', 'ICU', '3E'])}-{r.randint(10, 40)}  {nm:<22} {a['proto']:<9} "
                     f"{a['ae']}; {a['labs'][0]}; on {a['meds'][0]}")
    sp["types"] |= {"patient_name", "diagnosis", "lab_result", "medication"}
    sp["subject"] = r.choice(["Weekend sign-out - research pts in house", "Sign-out Fri", "Handover for Sat/Sun"])
    sp["force"] = {"structure": r.choice(["plain", "alt"])}
    sp["blocks"] = ["Hi all, sign-out for the weekend below. Pager for PI backup is on the board.",
                    ("pre", "\n".join(lines)),
                    "Any SAE -> call coordinator cell, 24h reporting clock.", nurse["given"]]
    return sp


TEMPLATES = [sae_followup, screening_log_csv, unblinding_request, protocol_deviation, pregnancy_report,
             stipend_sin, ontario_ohn, critical_lab, ward_signout]
