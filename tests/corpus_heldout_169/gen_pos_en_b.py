"""English positives, part B: rehab, transport, pharmacy, labs, discharge, forms, attachments, social work."""
import datetime as dt

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx, make_zip
from gen_build import Att, Spec, staff_addr
from gen_clin import labs_inline, meds_block, med_str, picture
from gen_common import (ORG_DOMAIN, ORG_EN, ascii_slug, d_en, d_short_en, fmt_nam, fmt_ohip, fmt_sin, gen_ohip,
                        gen_sin, name_as, quote, signature, stable_hex)
from gen_helpers import (appt_time, dob_str, g, he, hello, his, hhmm, id_block, inline_ident, partner, sender, thanks)


def rehab_intake(w, now):
    r = w.rng
    p = w.patient("en", nam=r.random() < 0.4, age=(45, 85))
    pic = picture(r, r.choice(["cad", "hf"]))
    s, sa = sender(w, "kin")
    sw = w.pick_staff("sw")
    block, types, nm = id_block(w, p, "en", nam=True, mrn=r.random() < 0.6)
    social = r.choice([
        f"lives alone in a rooming house; {he(p)} has no phone of {his(p)} own, messages go through the landlord",
        "on social assistance since losing work after the MI; cannot afford parking or bus fare three times a week",
        f"primary caregiver for a spouse with advanced dementia; can only be away 2 hours at a time",
        f"recently separated, staying with a friend on the couch; housing application pending with the municipal office",
        f"drinks about 12 beers a day per {his(p)} own report, interested in help",
    ])
    text = f"""{hello('en', r, sw.given)}

New phase II cardiac rehab intake, start date {d_en(w.future(now.date(), 7, 21))}.

{block}
Cell: {p.cell}

Diagnosis: {pic['dx_en']}.
Baseline GXT: {r.randint(4, 9)}.{r.randint(0, 9)} METs.
Social: {social}.

Could you see {g(p, 'him', 'her')} before the first class? {r.choice(['High risk of drop-out.', 'May qualify for the transport subsidy.', 'PHQ-9 was ' + str(r.randint(11, 19)) + '.'])}

{signature(s, 'en')}
"""
    types |= {"diagnosis", "social_information", "patient_contact", "lab_result"}
    return Spec("pos", "rehab", "en", r.choice(["Rehab intake - SW referral", "New rehab patient, social concerns", "Cardiac rehab intake"]),
                text, sa, [staff_addr(sw)], types, "cardiac rehab intake with social situation", nams=[p] if p.nam else [],
                names=[nm])


def transport(w, now):
    r = w.rng
    p = w.patient("en", nam=False, age=(62, 93))
    s, sa = sender(w, "clerk")
    t = appt_time(w, now.date(), 3, 20)
    proc = r.choice(["coronary angiogram", "pacemaker check", "heart function clinic", "TEE"])
    nm = name_as(p, r.choice(["full", "sf_caps", "title"]), "en")
    text = f"""Hello,

Please book accessible transport (return trip) for:

Client: {nm}
Home address: {p.addr_one('en')}
Phone: {p.phone}
Mobility: {r.choice(['wheelchair, needs 2-person transfer', 'walker', 'home O2 at 2 L/min', 'escort required (cognitive impairment)'])}

Appointment: {d_short_en(t.date())} at {hhmm(t, 'en')} - {proc}, {ORG_EN}, Pavilion B, 2nd floor.
Expected pick-up for return around {hhmm(t + dt.timedelta(hours=r.choice([2, 3, 4])), 'en')}.

{thanks('en', r)}
{signature(s, 'en')}
"""
    types = {"patient_name", "patient_contact"}
    if "O2" in text or "cognitive" in text or "heart function" in text:
        types.add("diagnosis")
    return Spec("pos", "transport", "en", r.choice(["Transport request", "Adapted transport booking", f"Transport {d_en(t.date(), 1)}"]),
                text, sa, [("Dispatch", partner("transp", "dispatch"))], types, "accessible transport request", names=[nm])


def pharmacy(w, now):
    r = w.rng
    p = w.patient("en", nam=r.random() < 0.6, age=(25, 95))
    pic = picture(r, r.choice(["hf", "af", "cad"]))
    s, sa = sender(w, r.choice(["nurse", "pharm"]))
    ident, types, nm = inline_ident(w, p, "en")
    m0 = pic["meds"][0]
    change = r.choice([f"STOP {med_str(m0, 'en', 0)}", f"increase {m0[0].replace('é', 'e')} as per titration plan",
                       "renew all x 6 months, no change", f"hold {m0[0].replace('é', 'e')} x 48 h (K {r.choice(['5.8', '6.0'])}), then resume"])
    text = f"""Hello,

Medication change for {ident}, followed at our heart failure clinic.

Change: {change}.
Current list:
{meds_block(pic, 'en', r)}

Bloodwork (creat/K) in 1 week. {r.choice(['Blister pack please.', 'Please deliver, ' + he(p) + ' no longer drives.', ''])}
Signed prescription to follow by fax.

{signature(s, 'en')}
"""
    types |= {"medication", "diagnosis"}
    if "(K " in change:
        types.add("lab_result")
    return Spec("pos", "prescription", "en", r.choice(["Medication change", "Rx update - HF clinic", "Prescription change"]), text, sa,
                [("Maple Row Pharmacy", partner("pharm3", "rx"))], types, "prescription change sent to a pharmacy",
                nams=[p] if p.nam else [], names=[nm])


def lab_reply(w, now):
    r = w.rng
    p = w.patient("en", nam=False)
    pic = picture(r, r.choice(["hf", "af", "cad"]))
    n = w.pick_staff("nurse")
    doc = w.pick_staff("cardio")
    nm = name_as(p, r.choice(["title_sur", "full", "initial", "sf_caps"]), "en")
    earlier = now - dt.timedelta(hours=r.randint(2, 40))
    orig = f"""Hi Dr. {doc.surname},

Labs back for {nm} (MRN {p.mrn}): {labs_inline(pic, 'en')}.
Weight {r.randint(58, 110)} kg, {r.choice(['up 2.5 kg', 'down 1 kg', 'up 4 kg'])} since last visit. BP {r.randint(90, 150)}/{r.randint(55, 90)}.
Any changes?

{n.given}"""
    ans = r.choice(["Increase furosemide to 80 mg daily x 3 days then back to 40. Repeat lytes Monday.",
                    "No change. Repeat in a week. If K > 5.5 stop spironolactone.",
                    "Please book " + g(p, "him", "her") + " in my Thursday clinic."])
    text = f"""{ans}

{doc.title} {doc.surname[0]}.

On {d_en(earlier.date(), 3)}, at {earlier.hour:02d}:{earlier.minute:02d}, {n.full} wrote:
{quote(orig)}
"""
    types = {"patient_name", "mrn", "lab_result"} | ({"medication"} if "furosemide" in ans or "spironolactone" in ans else set())
    return Spec("pos", "lab_followup", "en", "RE: labs " + r.choice(["today", "back", p.mrn]), text, staff_addr(doc), [staff_addr(n)],
                types, "reply to a lab follow-up with quoted text", reply_to_id=ORG_DOMAIN, names=[nm])


def discharge(w, now):
    r = w.rng
    ont = r.random() < 0.4
    p = w.patient("en", nam=not ont, ontario=ont, age=(18, 95))
    pic = picture(r, r.choice(["hf", "cad", "icd", "valve"]))
    doc = w.pick_staff("cardio")
    s, sa = sender(w, "clerk")
    adm = now.date() - dt.timedelta(days=r.randint(3, 12))
    dis = now.date() - dt.timedelta(days=r.randint(0, 2))
    ids, types = [], {"patient_name", "date_of_birth", "mrn", "diagnosis", "medication", "lab_result"}
    hid = ""
    if ont:
        oh = gen_ohip(r)
        hid = f"OHIP: {fmt_ohip(oh, 'QZ', 'hyphen')}"
        ids.append(("ca_health_number", oh))
        types.add("ca_health_number")
    elif p.nam:
        hid = f"RAMQ: {fmt_nam(p.nam, 'space')}"
        types.add("ramq_nam")
    paras = [f"Patient: {p.surname.upper()}, {p.given}   Sex: {p.sex}   DOB: {d_en(p.dob, 1)}",
             f"MRN: {p.mrn}   {hid}",
             f"Admitted: {d_en(adm)}   Discharged: {d_en(dis)}   Attending: {doc.title} {doc.full}",
             "## Most responsible diagnosis", pic["dx_en"],
             "## Hospital course",
             r.choice(["Diuresed with IV furosemide, net negative 6 L. SGLT2 inhibitor started. Beta-blocker titration limited by hypotension.",
                       "Angiography showed 90% proximal RCA stenosis treated with one DES. Uncomplicated course.",
                       "Recurrent VT, amiodarone load, ICD reprogrammed. No further therapies after day 3."]),
             "## Relevant results", labs_inline(pic, "en"),
             "## Discharge medications"] + [med_str(m, "en", 1) for m in pic["meds"]] + [
             "## Follow-up", "HF clinic in 2 weeks; bloodwork in 7 days; cardiac rehab referral sent."]
    docx = make_docx("Discharge Summary - Cardiology", paras, author=doc.full)
    fn = r.choice([f"Discharge_{ascii_slug(p.surname)}_{dis.isoformat()}.docx", "Discharge summary.docx", f"DS_{p.mrn.replace(' ', '')}.docx"])
    gp = w.patient("en", age=(35, 62))
    text = f"""Dear Dr. {gp.surname},

Please find attached the discharge summary for your patient, admitted to our cardiology service from {d_en(adm, 3)} to {d_en(dis, 3)}.

Regards,
{signature(s, 'en')}
"""
    to_dom = "rvgh.example" if ont else "lakeshorech.example"
    return Spec("pos", "discharge", "en", r.choice(["Discharge summary", "Cardiology discharge summary", "DS for your patient"]), text, sa,
                [(f"Dr. {gp.full}", f"{ascii_slug(gp.surname).lower()}@{to_dom}")], types, "discharge summary DOCX",
                attachments=[Att("docx", fn, docx)], nams=[p] if p.nam and not ont else [], ids=ids,
                names=[f"{p.surname.upper()}, {p.given}"])


def insurer_form(w, now):
    r = w.rng
    p = w.patient("en", nam=False, age=(35, 63))
    pic = picture(r, r.choice(["hf", "cad", "icd", "af"]))
    s, sa = sender(w, "clerk")
    doc = w.pick_staff("cardio")
    sin = gen_sin(r)
    claim = f"LTD-{r.randint(2024000, 2025999)}"
    nm = name_as(p, r.choice(["full", "sf_caps", "title"]), "en")
    rows = [["Field", "Value"], ["Claimant", nm], ["Date of birth", d_en(p.dob, 1)], ["SIN", fmt_sin(sin, "space")],
            ["Claim number", claim], ["Diagnosis", pic["dx_en"]], ["Date disability began", d_en(now.date() - dt.timedelta(days=r.randint(20, 80)), 1)],
            ["Restrictions", r.choice(["No lifting > 10 kg; no commercial driving", "Sedentary work only", "Off work completely"])],
            ["Treating physician", f"{doc.title} {doc.full}"]]
    x = make_xlsx([("APS", rows)], author="ICVB")
    text = f"""Hello,

Attending physician statement for claim {claim} attached as requested, for {nm} (SIN {fmt_sin(sin, r.choice(['space', 'hyphen', 'plain', 'fullwidth', 'slash']))}).
{r.choice(['Original signed copy to follow by mail.', 'Please contact our office for any questions.', 'The treating cardiologist will be away until the 20th.'])}

{signature(s, 'en')}
"""
    types = {"patient_name", "date_of_birth", "ca_sin", "diagnosis"}
    return Spec("pos", "insurer_form", "en", f"Claim {claim} - attending physician statement", text, sa,
                [("Disability Claims", partner("ins2", "claims"))], types, "insurer statement with SIN in XLSX",
                attachments=[Att("xlsx", f"APS_{claim}.xlsx", x)], ids=[("ca_sin", sin)], names=[nm])


def ics_booking(w, now):
    r = w.rng
    p = w.patient("en", nam=False)
    s, sa = sender(w, "clerk")
    doc = w.pick_staff("cardio")
    t = appt_time(w, now.date(), 2, 20)
    proc = r.choice(["Elective DCCV", "TEE", "ICD implant", "PPM generator change", "Flutter ablation"])
    nm = name_as(p, r.choice(["sf_caps", "full"]), "en")
    desc = f"{nm}, MRN {p.mrn}, DOB {d_en(p.dob, 1)}\n" + r.choice(["NPO after midnight. Hold apixaban 48 h.", "Anesthesia booked (deep sedation).",
                                                                   "Iodine allergy. On warfarin - INR morning of."])
    ics = make_ics(f"{stable_hex(nm, t)}@{ORG_DOMAIN}", t, t + dt.timedelta(minutes=90), f"{proc} - {nm}", desc,
                   "EP Lab 2, Pavilion B", (s.full, s.email), [(doc.full, doc.email)])
    text = f"""Hi {doc.given},

Booking sent as a calendar invite: {proc}, {d_short_en(t.date())} {hhmm(t, 'en')}.

{s.given}
"""
    types = {"patient_name", "mrn", "date_of_birth", "diagnosis"}
    if "apixaban" in desc or "warfarin" in desc:
        types.add("medication")
    return Spec("pos", "booking", "en", f"Booked: {proc} {d_en(t.date(), 1)}", text, sa, [staff_addr(doc)], types,
                "calendar invite for a procedure", attachments=[Att("ics", "booking.ics", ics)], names=[nm])


def vcard_patient(w, now):
    r = w.rng
    p = w.patient("en", nam=False, age=(60, 92))
    s, sa = sender(w, "sw")
    note = r.choice(["HF clinic client - lives alone, needs daily weights checked", "Post-CABG - needs help with bathing",
                     "NYHA III HF - home oxygen"])
    vcf = make_vcard(p.given, p.surname, tel=p.phone, cell=p.cell, street=p.street, city=p.city, region=p.prov,
                     postal=p.postal, note=note)
    text = f"""Hello,

As discussed, contact card attached for the home-care assessment. {r.choice(['Discharge planned Friday.', 'Family is aware.', 'Please prioritize.'])}

{signature(s, 'en')}
"""
    types = {"patient_name", "patient_contact", "diagnosis"} | ({"social_information"} if "alone" in note else set())
    return Spec("pos", "community_referral", "en", "Home care referral - contact card", text, sa,
                [("Home Care Intake", partner("clsc", "homecare"))], types, "patient contact card for home care",
                attachments=[Att("vcf", f"{ascii_slug(p.surname)}_{ascii_slug(p.given)}.vcf", vcf)], names=[p.full])


def zip_reports(w, now):
    r = w.rng
    s, sa = sender(w, "echo")
    doc = w.pick_staff("cardio")
    members, first = [], None
    for _ in range(r.randint(2, 4)):
        p = w.patient("en", nam=False)
        pic = picture(r, r.choice(["hf", "valve"]))
        pdf = make_pdf("Echo preliminary", [f"{p.given} {p.surname}  MRN {p.mrn}", f"Indication: {pic['dx_en']}",
                                            f"LVEF {pic['ef']}%", "Preliminary - not signed"], author="echo")
        members.append((f"{ascii_slug(p.surname)}_{ascii_slug(p.given)}_prelim.pdf", pdf))
        first = first or f"{p.given} {p.surname}"
    members.append(("index.txt", ("\r\n".join(m[0] for m in members) + "\r\n").encode()))
    z = make_zip(members)
    text = f"""{hello('en', r, doc.given)}

Zipped prelims from the {r.choice(['portable', 'CCU', 'ED'])} list for you to read ({len(members) - 1}).

{s.given}
"""
    return Spec("pos", "echo_report", "en", "Prelims to read", text, sa, [staff_addr(doc)],
                {"patient_name", "mrn", "diagnosis", "lab_result"}, "ZIP of preliminary echo reports",
                attachments=[Att("zip", f"prelims_{now.strftime('%Y%m%d')}.zip", z)], names=[first])


def eml_forward(w, now):
    r = w.rng
    p = w.patient("en", nam=True, age=(18, 95))
    pic = picture(r, r.choice(["cad", "hf", "icd"]))
    doc = w.pick_staff("cardio")
    s, sa = sender(w, "clerk")
    ident, types, nm = inline_ident(w, p, "en")
    inner_text = f"""Team,

Clinic note for {ident}.
Assessment: {pic['dx_en']}.
Labs: {labs_inline(pic, 'en')}.
Plan: {r.choice(['refer for ICD', 'book angiogram', 'uptitrate GDMT, see in 6 weeks'])}.
Meds: {', '.join(med_str(m, 'en', 0) for m in pic['meds'])}.

{doc.title} {doc.full}"""
    inner = Spec("pos", "consult", "en", f"Clinic note - {nm}", inner_text, staff_addr(doc), [("HF team", f"hfteam@{ORG_DOMAIN}")])
    inner.date = now - dt.timedelta(days=r.randint(1, 5))
    text = f"""Hi,

Forwarding the attached note for the {r.choice(['multidisciplinary rounds on Tuesday', 'transplant assessment', 'TAVI heart team meeting'])} package.

{s.given}
"""
    types |= {"diagnosis", "lab_result", "medication"}
    return Spec("pos", "forward", "en", r.choice(["FW: clinic note", "For heart team", "Note for rounds"]), text, sa,
                [("Heart team coordinator", f"heartteam@{ORG_DOMAIN}")], types, "clinic note attached as .eml",
                attachments=[Att("eml", "clinic_note.eml", inner)], nams=[p] if p.nam else [], names=[nm])


def social_housing(w, now):
    r = w.rng
    p = w.patient("en", nam=r.random() < 0.5, age=(40, 80))
    s, sa = sender(w, "sw")
    pic = picture(r, "hf")
    if p.nam:
        ident, types, nm = inline_ident(w, p, "en")
    else:
        nm = name_as(p, r.choice(["full", "title", "initials2"]), "en")
        ident, types = nm, {"patient_name"}
    sit = r.choice(["was evicted last month and has been sleeping in a shelter",
                    "income support was cut off after a missed reassessment",
                    "discloses financial abuse by a son who manages the bank account",
                    "has an active youth protection file for a grandchild in the home"])
    text = f"""Hello,

I am writing in support of the application made by {ident}.
{he(p).capitalize()} is followed at our heart failure clinic for {pic['dx_en']} and {sit}.
Stable housing with a fridge and access to a scale is essential to prevent readmissions (3 in the past year).

{he(p).capitalize()} can be reached at {p.cell}. Please contact me with any questions.

{signature(s, 'en')}
"""
    types |= {"diagnosis", "social_information", "patient_contact"}
    return Spec("pos", "social_work", "en", r.choice(["Letter of support - housing", "Support letter", "Re: application"]),
                text, sa, [("Housing Office", "applications@housing-westend.example")], types,
                "social worker support letter with social situation", nams=[p] if p.nam else [], names=[nm])


def csv_export(w, now):
    r = w.rng
    s, sa = sender(w, "nurse")
    m = w.pick_staff("manager")
    rows = [["last_name", "first_name", "mrn", "dob", "nyha", "lvef", "last_ntprobnp", "next_visit"]]
    first = None
    for _ in range(r.randint(6, 12)):
        p = w.patient("en", nam=False)
        rows.append([p.surname, p.given, p.mrn, p.dob.isoformat(), r.choice(["II", "III", "IV"]), r.choice([15, 20, 25, 30, 35]),
                     r.choice([980, 2450, 5120, 12800]), w.future(now.date(), 3, 60).isoformat()])
        first = first or p.surname
    c = make_csv(rows)
    text = f"""{hello('en', r, m.given)}

Here is the HF clinic roster export you asked for (patients overdue for NT-proBNP are at the bottom).
{r.choice(['Please do not forward outside the team.', '', 'Sorry for the delay.'])}

{s.given}
"""
    return Spec("pos", "census", "en", "HF clinic roster export", text, sa, [staff_addr(m)],
                {"patient_name", "mrn", "date_of_birth", "diagnosis", "lab_result"}, "CSV roster of heart failure clinic",
                attachments=[Att("csv", "hf_roster.csv", c)], names=[first])


def given_only(w, now):
    r = w.rng
    p = w.patient("en", nam=False)
    s, sa = sender(w, "nurse")
    to = w.pick_staff("nurse")
    bed = r.randint(1, 12)
    text = f"""Hey {to.given},

{p.given} in CCU {bed} {r.choice(['had a 20-beat run of VT at 05:00, asymptomatic', 'flashed at 03:00, got 80 of lasix IV and BiPAP', 'had chest pain at 04:00, trop 212'])}.
{r.choice(['Resident bumped the metoprolol.', 'Cardiology to see at 08:00.', 'Wife was updated.'])} Stable since.

{s.given}
"""
    types = {"patient_name", "diagnosis"}
    if "lasix" in text or "metoprolol" in text:
        types.add("medication")
    if "trop" in text:
        types.add("lab_result")
    return Spec("pos", "quick_note", "en", f"CCU {bed}", text, sa, [staff_addr(to)], types,
                "nurse handover note using a first name and bed", names=[p.given], force={"format": "plain"})


def family_forward(w, now):
    r = w.rng
    p = w.patient("en", nam=False, age=(70, 93))
    n = w.pick_staff("nurse")
    c, ca = sender(w, "clerk")
    kid = w.patient("en", age=(35, 60))
    rel = "daughter" if kid.sex == "F" else "son"
    sym = r.choice([f"{his(p)} ankles are very swollen and {he(p)} sleeps sitting up", f"{he(p)} gained 3 kg this week",
                    f"{he(p)} fainted in the bathroom yesterday", f"{he(p)} keeps forgetting the evening Lasix"])
    earlier = now - dt.timedelta(hours=r.randint(1, 20))
    orig = f"""Hello,
I'm the {rel} of {p.given} {p.surname} who is seen at your heart failure clinic. I'm writing because {sym}.
Should we go to emergency or wait for the appointment on {d_en(w.future(now.date(), 4, 15))}?
My cell is {kid.cell}. {g(p, 'Dad', 'Mom')}'s birthday is {d_en(p.dob)} if you need it.
Thanks, {kid.given}"""
    text = f"""{n.given} - can you call back? Came in to the general inbox.
{c.given}

-----Original Message-----
From: {kid.given} {kid.surname} <{ascii_slug(kid.given).lower()}.{ascii_slug(kid.surname).lower()}@mailbox.example>
Sent: {d_en(earlier.date(), 0)} {earlier.hour % 12 or 12}:{earlier.minute:02d} {'AM' if earlier.hour < 12 else 'PM'}
To: hfclinic@{ORG_DOMAIN}
Subject: question about my {g(p, 'father', 'mother')}

{orig}
"""
    types = {"patient_name", "date_of_birth", "diagnosis"} | ({"medication"} if "Lasix" in sym else set())
    return Spec("pos", "forward", "en", f"FW: question about my {g(p, 'father', 'mother')}", text, ca, [staff_addr(n)], types,
                "family e-mail forwarded to a nurse", names=[p.full])


TEMPLATES = [rehab_intake, rehab_intake, transport, transport, pharmacy, pharmacy, lab_reply, lab_reply, discharge,
             discharge, insurer_form, insurer_form, ics_booking, ics_booking, vcard_patient, zip_reports, eml_forward,
             eml_forward, social_housing, social_housing, csv_export, given_only, family_forward]
