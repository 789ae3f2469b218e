"""English positives, part B: summaries, labs, attachments, foreign insureds, RAMQ holders."""
import datetime

from gen_common import (ORG, EXT, fmt_nam, fmt_dob, fmt_ohn, fmt_niss, fmt_nir, sex_word, name_form,
                        gen_mrn, gen_ohn, gen_niss, gen_nir, en_date, slug)
from gen_mime import Msg, Att
from gen_attach import make_pdf, make_docx, make_csv, make_vcard, make_zip
from gen_text import (DX, REGIMEN_EN, MEDS, counts, sig, ext_sig, quote, reply_attr, fwd_block,
                      earlier, staff_addr, greet, close, md)
from gen_pos_en_a import _nam_line

L = "en"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def e_discharge_pdf(c):
    r = c.rng
    p = c.patient("qc", lang="en")
    dt = c.date()
    hem = c.pick("hemato")
    mrn_s, mrn = gen_mrn(r)
    dx, dxs = r.choice(DX[L])
    d0 = (dt - datetime.timedelta(days=r.randint(24, 38))).date()
    anc, plt, hb = counts(r, 30)
    meds = r.sample(MEDS[L], 5)
    pdf = make_pdf("Discharge Summary - BMT Unit", [
        "Name: %s, %s    MRN: %s    DOB: %s" % (p.surname.upper(), p.given, mrn_s, p.dob.isoformat()),
        "Admitted %s - Discharged %s" % (en_date(d0 - datetime.timedelta(days=7)), en_date(dt.date())), "",
        "# Diagnosis", dx,
        "# Transplant", "%s; graft: %s; day 0 %s." % (r.choice(REGIMEN_EN), r.choice(["MUD PBSC 10/10", "MRD marrow", "haplo PBSC"]), en_date(d0)),
        "# Course", "Neutrophil engraftment day +%d. Febrile neutropenia (E. coli bacteremia) treated. Grade 2 mucositis." % r.randint(12, 22),
        "# Labs at discharge", "ANC %.1f  Plt %d  Hb %d  Cr %d  tacrolimus %.1f" % (anc, plt, hb, r.randint(55, 110), r.uniform(6, 12)),
        "# Discharge medications", *meds, "", "Dr. " + hem.full], author=hem.full,
        footer="Confidential - %s" % ORG["en_name"])
    body = "\n".join(["Dear colleague,", "", "Attached is the discharge summary for our mutual patient. "
                      "Follow-up in the BMT clinic twice weekly.", "", sig(hem, L, "Haematologist, BMT")])
    return Msg(L, "discharge_summary", True,
               ["patient_name", "mrn", "date_of_birth", "diagnosis", "medication", "lab_result"],
               "discharge summary PDF sent to a family physician",
               staff_addr(hem), [("Ashbury Family Health Team", "intake@ashburyfht.example")], "Discharge summary",
               body, atts=[Att("DC_summary_%s.pdf" % mrn, "application/pdf", pdf)], ids=[("mrn", mrn)], date=dt)


def e_cmv_alert(c):
    r = c.rng
    p = c.patient("qc", lang="en")
    dt = c.date()
    hem, ph = c.pick("hemato"), c.pick("pharm")
    t0 = earlier(dt, r)
    vl1, vl2 = r.randint(300, 900), r.randint(1500, 6000)
    first = "\n".join(["%s's CMV went from %d to %d IU/mL in a week (day +%d). Still on letermovir. Start valgan 900 BID?" % (
        p.given.lower() + " " + p.surname.lower(), vl1, vl2, r.randint(35, 90)), "", ph.given])
    body = "\n".join(["Yes - stop letermovir, start valganciclovir 900 mg BID (adjust for CrCl), CBC twice weekly, "
                      "repeat PCR in 7 days. Send resistance genotyping if no 1-log drop by day 14.", "", hem.given, "",
                      reply_attr(L, t0, ph.full), quote(first)])
    return Msg(L, "lab_followup", True, ["patient_name", "lab_result", "medication", "diagnosis"],
               "reply about a rising CMV viral load",
               staff_addr(hem), [staff_addr(ph)], "Re: CMV rising", body, date=dt,
               in_reply_to="<cmv.%d@%s>" % (r.randrange(10**6), ORG["dom"]))


def e_quick_note(c):
    r = c.rng
    p = c.patient("en", lang="en")
    dt = c.date()
    n, h = c.pick("nurse"), c.pick("hemato")
    room = "7N-%02d" % r.randint(1, 24)
    body = r.choice([
        "Can you come see %s in %s when you get a sec? Mucositis grade 3, can't swallow pills, PCA hydromorphone not holding. "
        "Tac was due at 09:00 - switch to IV?" % (p.given, room),
        "%s (%s) is short of breath, sat 89%% on RA, RR 26. Temp 38.2. CXR ordered, pip-tazo hung. Worried about engraftment syndrome vs pneumonia." % (p.given, room),
        "FYI %s in %s vomited her posaconazole twice today. Ondansetron given. Want a level?" % (p.given, room),
    ])
    return Msg(L, "quick_note", True, ["patient_name", "diagnosis", "medication"],
               "quick nurse-to-physician note about an inpatient",
               staff_addr(n), [staff_addr(h)], r.choice(["%s pls" % room, "quick one", "can you see pt"]),
               body + "\n\n" + n.given, date=dt, hints={"struct": "plain"})


def e_subject_only(c):
    r = c.rng
    p = c.patient("en", lang="en")
    dt = c.date()
    hem, coord = c.pick("hemato"), c.pick("coord")
    t0 = earlier(dt, r)
    inner = ("Marrow is hypocellular (20%%), no excess blasts by morphology. Flow MRD negative at 10^-4. "
             "Chimerism CD3 %d%%, CD33 100%% donor. NGS: NPM1 not detected." % r.randint(88, 99))
    body = "\n".join(["FYI - good news.", "", coord.given, "", fwd_block(L, hem.full, t0, "marrow result", coord.full, inner)])
    return Msg(L, "lab_followup", True, ["patient_name", "lab_result", "diagnosis"],
               "forwarded marrow result; patient named only in the subject",
               staff_addr(coord), [staff_addr(c.pick("nurse"))],
               "Fwd: %s - day +100 marrow" % name_form(r, p, L, r.choice(["upper_comma", "sur_first", "full"])), body, date=dt)


def e_attach_name_only(c):
    r = c.rng
    p = c.patient("en", lang="en")
    dt = c.date()
    clerk = c.pick("clerk")
    day = r.choice([30, 60, 100, 180])
    rows = [["test", "result", "units", "flag"], ["CD3 chimerism", r.randint(80, 100), "% donor", ""],
            ["CD33 chimerism", r.randint(95, 100), "% donor", ""], ["ANC", round(r.uniform(0.9, 4), 1), "x10^9/L", ""],
            ["Platelets", r.randint(40, 180), "x10^9/L", "L"], ["Ferritin", r.randint(500, 3000), "ug/L", "H"]]
    fname = r.choice(["%s_%s_chimerism_D+%d.csv" % (p.surname, p.given, day), "%s %s D%d labs.csv" % (p.given, p.surname, day)])
    body = "\n".join(["Hi,", "", "Results attached as requested.", "", clerk.given])
    return Msg(L, "lab_followup", True, ["patient_name", "lab_result"],
               "lab results as CSV; patient named only in the file name",
               staff_addr(clerk), [("Rideau Valley Hematology Clinic", "hemeclinic@" + EXT["rvgh"][1])],
               "Results", body, atts=[Att(fname, "text/csv", make_csv(rows), charset="us-ascii")], date=dt)


def e_vcard_homecare(c):
    r = c.rng
    p = c.patient("en", lang="en")
    dt = c.date()
    coord = c.pick("coord")
    vc = make_vcard(p.given, p.surname, tel=[("HOME", c.phone("613")), ("CELL", c.phone("613"))],
                    adr=("HOME", "%d %s" % (r.randint(10, 999), r.choice(["Birchmount Road", "Cedar Lane", "Fernhill Crescent"])),
                         r.choice(["Port Alder", "Kingsmere"]), "ON", "K7L 0B%d" % r.randint(0, 9), "Canada"),
                    bday=p.dob.isoformat(), note="BMT recipient - Hickman line")
    body = "\n".join(["Hello,", "",
                      "Referral for home nursing (patient contact card attached): Hickman line care weekly, "
                      "IV magnesium 2 g three times a week, bloods Mon/Thu (CBC, lytes, tacrolimus trough). "
                      "Allogeneic transplant for %s, discharged %s." % (r.choice(DX[L])[1], en_date(dt.date())),
                      "", sig(coord, L, "Transplant Nurse Coordinator")])
    return Msg(L, "home_care_referral", True,
               ["patient_name", "patient_contact", "date_of_birth", "diagnosis", "medication"],
               "home nursing referral with patient vCard",
               staff_addr(coord), [("Intake", "intake@homecare-eastern.example")], "Home care referral", body,
               atts=[Att("%s_%s.vcf" % (p.surname, p.given), "text/x-vcard", vc, charset="utf-8")], date=dt)


def e_zip_records(c):
    r = c.rng
    p = c.patient("en", lang="en")
    dt = c.date()
    hem = c.pick("hemato")
    ohn, vc = gen_ohn(r)
    dx, dxs = r.choice(DX[L])
    letter = make_docx("Consultation - second opinion", [
        "Re: %s  (OHIP %s)" % (p.full, ohn), "Date of birth: %s" % en_date(p.dob), "",
        "# Impression", dx, "Candidate for reduced-intensity allogeneic transplant; matched sibling available.",
        "# Recommendations", "Proceed with donor work-up; azacitidine bridging x 2 cycles."], author=hem.full)
    labs = make_csv([["date", "WBC", "ANC", "Hb", "Plt", "blasts%"],
                     [dt.date().isoformat(), 2.1, 0.8, 92, 41, r.randint(2, 9)]])
    z = make_zip([("consult_letter.docx", letter), ("labs.csv", labs.encode("ascii"))])
    body = "\n".join(["Dear Dr. %s," % r.choice(["Whitcombe", "Ansari-Bell", "Lund"]), "",
                      "Second-opinion package attached (letter + labs). Password by phone.", "", sig(hem, L, "Haematologist, BMT")])
    return Msg(L, "second_opinion", True,
               ["patient_name", "ca_health_number", "date_of_birth", "diagnosis", "medication", "lab_result"],
               "second-opinion letter and labs in a ZIP archive",
               staff_addr(hem), [("Hematology", "hematology@" + EXT["lrhc"][1])], "Second opinion package", body,
               atts=[Att("second_opinion_%s.zip" % slug(p.surname), "application/zip", z)],
               ids=[("ca_health_number", ohn)], date=dt)


def e_fwd_eml(c):
    r = c.rng
    p = c.patient("en", lang="en")
    spouse = c.patient("en", lang="en")
    spouse.surname = p.surname
    dt = c.date()
    coord, hem = c.pick("coord"), c.pick("hemato")
    t0 = earlier(dt, r, (2, 18))
    inner = Msg(L, "", True, [], "", (spouse.full, "%s%d@mailbox.example" % (slug(spouse.given), r.randint(10, 99))),
                [staff_addr(coord)], "question about %s" % p.given,
                "\n".join(["Hi %s," % coord.given, "",
                           "%s has a new rash on the palms and soles since yesterday and his eyes are very dry. "
                           "He's still taking the cyclosporine and the prednisone 20 mg. Should we come in before Friday?" % p.given,
                           "", "You can reach me at %s." % c.phone("613"), "", spouse.given]), date=t0)
    body = "\n".join(["%s - see attached from the spouse. Sounds like chronic GVHD flaring. OK to add him to tomorrow's clinic?" % hem.given,
                      "", coord.given])
    return Msg(L, "forwarded_patient_mail", True, ["patient_name", "diagnosis", "medication", "patient_contact"],
               "caregiver's e-mail forwarded as an attached message",
               staff_addr(coord), [staff_addr(hem)], "FW: question from family", body,
               atts=[Att("question from family.eml", "message/rfc822", msg=inner)], date=dt)


def e_belgium(c):
    r = c.rng
    p = c.patient("be", lang="en")
    dt = c.date()
    hem = c.pick("hemato")
    niss = gen_niss(r, p.dob, p.sex)
    body = "\n".join([
        "Dear colleagues,", "",
        "We are taking over the care of %s (national number %s, born %s), who moved to Montreal in %s." % (
            name_form(r, p, L, r.choice(["full", "upper_comma", "title"])), fmt_niss(r, niss), fmt_dob(r, p.dob, L),
            r.choice(["May", "June", "July"])),
        "History: %s; autologous transplant at your centre; currently on %s." % r.choice([
            (DX[L][3][0], "lenalidomide maintenance 10 mg daily"), (DX[L][7][0], "acyclovir prophylaxis only"),
            (DX[L][10][0], "rituximab maintenance every 2 months")]),
        "", "Could you send the transplant records, the apheresis product report and the last PET-CT?",
        "", sig(hem, L, "Haematologist, BMT")])
    return Msg(L, "records_request", True, ["patient_name", "be_niss", "date_of_birth", "diagnosis", "medication"],
               "records request to a Belgian centre quoting the national number",
               staff_addr(hem), [("Service d'hématologie", "hematologie@" + EXT["chub"][1])], "Transfer of care - records request",
               body, ids=[("be_niss", niss)], date=dt)


def e_france_nir(c):
    r = c.rng
    p = c.patient("fra", lang="en")
    dt = c.date()
    clerk = c.pick("clerk")
    nir = gen_nir(r, p.dob, p.sex)
    body = "\n".join([
        "Hello,", "",
        "Attached cost estimate concerns %s, French insured person (NIR %s, born %s), admitted for %s." % (
            name_form(r, p, L, r.choice(["full", "upper_comma"])), fmt_nir(r, nir), fmt_dob(r, p.dob, L), r.choice(DX[L])[1]),
        "Please confirm coverage under the Quebec-France social security agreement before day -7.",
        "", clerk.full, "International Patient Office", ORG["en_name"]])
    return Msg(L, "insurer_preauth", True, ["patient_name", "fr_nir", "date_of_birth", "diagnosis"],
               "coverage confirmation request for a French insured patient",
               staff_addr(clerk), [("Relations internationales", "ri@cpam-rhonesud.example")], "Coverage confirmation - transplant",
               body, ids=[("fr_nir", nir)], date=dt)


def e_nam_referral(c):
    r = c.rng
    p = c.holder()
    dt = c.date()
    hem = c.pick("hemato")
    coord = c.pick("coord")
    dx, dxs = r.choice(DX[L])
    body = "\n".join([
        "Hi %s," % hem.given, "",
        "New referral from the West Island clinic: %s" % name_form(r, p, L, r.choice(["upper_comma", "full", "title"])),
        _nam_line(c, p), "",
        "Dx: %s. Currently on %s." % (dx, "; ".join(r.sample(MEDS[L], 2))),
        "HLA typing of patient sent today; 3 siblings, one lives in Calgary.", "",
        "First visit booked %s at 13:30." % en_date((dt + datetime.timedelta(days=r.randint(5, 15))).date()),
        "", coord.given])
    return Msg(L, "referral", True, ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication"],
               "internal note about a new transplant referral",
               staff_addr(coord), [staff_addr(hem)], "New referral - %s" % dxs, body, holders=[p], date=dt)


def e_nam_lab(c):
    r = c.rng
    p = c.holder()
    dt = c.date()
    hla = c.pick("hla")
    body = "\n".join([
        "Hello,", "",
        "Confirmatory typing completed for the recipient below; results are also in the LIS.", "",
        "Recipient: %s" % name_form(r, p, L, r.choice(["upper_comma", "caps"])),
        _nam_line(c, p, "lines"), "",
        "A*02:01, A*26:01; B*38:01, B*44:02; C*05:01, C*12:03; DRB1*04:01, DRB1*13:01; DQB1*03:02, DQB1*06:03",
        "DSA screen: negative against the selected donor (no MFI > 1000).", "",
        sig(hla, L, "Medical Laboratory Technologist, HLA")])
    return Msg(L, "hla_typing", True, ["patient_name", "ramq_nam", "date_of_birth", "lab_result"],
               "confirmatory HLA typing result for a named recipient",
               staff_addr(hla), [staff_addr(c.pick("coord"))], "CT result", body, holders=[p], date=dt)


def e_billing_on(c):
    r = c.rng
    p = c.patient("en", lang="en")
    dt = c.date()
    clerk = c.pick("clerk")
    ohn, vc = gen_ohn(r)
    rows = [["Patient", "Health number", "DOB", "Service", "Dx code", "Amount"],
            [p.full, "%s %s" % (ohn, vc), p.dob.isoformat(), "Allogeneic HSCT - inpatient, %d days" % r.randint(25, 40),
             r.choice(["C92.00", "C90.00", "D61.9"]), "%d.00" % r.randint(90000, 160000)]]
    pdf = make_pdf("Out-of-province claim", ["Reciprocal billing - hospital services", ""], table=rows, author=clerk.full)
    body = "\n".join(["Hello,", "", "Reciprocal claim for an Ontario resident treated in our unit - details attached.",
                      "", clerk.full, "Billing office"])
    return Msg(L, "billing", True, ["patient_name", "ca_health_number", "date_of_birth", "diagnosis"],
               "out-of-province reciprocal billing with patient identity",
               staff_addr(clerk), [("Reciprocal billing", "recip@interprov-claims.example")], "Reciprocal claim",
               body, atts=[Att("reciprocal_claim.pdf", "application/pdf", pdf)], ids=[("ca_health_number", ohn)], date=dt)


def e_research_ae(c):
    r = c.rng
    p = c.patient("qc", lang="en")
    dt = c.date()
    rc = c.pick("research")
    mrn_s, mrn = gen_mrn(r)
    body = "\n".join([
        "Dr. %s," % c.pick("hemato").surname, "",
        "SAE to report for study PTCy-02: %s (MRN %s, subject 02-%03d) was readmitted %s with grade III acute GVHD of the gut." % (
            name_form(r, p, L, r.choice(["full", "initial"])), mrn_s, r.randint(1, 60), en_date(dt.date())),
        "Please sign the SAE form in the portal within 24 h.", "", sig(rc, L, "Clinical Research Coordinator")])
    return Msg(L, "research_sae", True, ["patient_name", "mrn", "diagnosis"],
               "serious adverse event notice naming a study participant",
               staff_addr(rc), [staff_addr(c.pick("hemato"))], "SAE - PTCy-02", body, ids=[("mrn", mrn)], date=dt)


def e_dli(c):
    r = c.rng
    p = c.patient("qc", lang="en")
    dt = c.date()
    hem, coord = c.pick("hemato"), c.pick("coord")
    mrn_s, mrn = gen_mrn(r)
    body = "\n".join([
        "%s," % coord.given, "",
        "Please schedule DLI #1 for %s (%s): CD3 chimerism fell to %d%% and WT1 is rising. No GVHD, off tacrolimus since last month." % (
            name_form(r, p, L, r.choice(["title_sur", "upper_comma"])), mrn_s, r.randint(40, 75)),
        "Dose 1 x 10^6 CD3/kg, donor is the sister (already consented). Azacitidine 5 days before.", "", hem.given])
    return Msg(L, "dli_request", True, ["patient_name", "mrn", "lab_result", "medication"],
               "request to schedule donor lymphocyte infusion",
               staff_addr(hem), [staff_addr(coord)], "DLI please", body, ids=[("mrn", mrn)], date=dt)


def e_death(c):
    r = c.rng
    p = c.patient("qc", lang="en")
    dt = c.date()
    coord = c.pick("coord")
    mrn_s, mrn = gen_mrn(r)
    body = "\n".join([
        "Dear registry team,", "",
        "We regret to inform you that recipient %s (DOB %s, our MRN %s) died on %s, day +%d, of relapsed %s." % (
            name_form(r, p, L, r.choice(["upper_comma", "full"])), fmt_dob(r, p.dob, L), mrn_s,
            en_date(dt.date() - datetime.timedelta(days=2)), r.randint(120, 400), r.choice(["AML", "ALL", "MDS"])),
        "The 100-day and death forms will be submitted this week. Please inform the donor centre per policy.",
        "", sig(coord, L, "Transplant Nurse Coordinator")])
    return Msg(L, "registry_report", True, ["patient_name", "date_of_birth", "mrn", "diagnosis"],
               "notification of a recipient's death to the donor registry",
               staff_addr(coord), [("Follow-up", "followup@" + EXT["reg"][1])], "Recipient death notification", body,
               ids=[("mrn", mrn)], date=dt)


def e_nutrition(c):
    r = c.rng
    p = c.patient("en", lang="en")
    dt = c.date()
    nut = c.pick("nutri")
    body = "\n".join([
        "Hi team,", "",
        "%s in 7N-%02d: weight down %d%% since admission, albumin %d, prealbumin %d. Intake < 30%% for 5 days "
        "(mucositis)." % (name_form(r, p, L, r.choice(["full", "upper_comma", "lower"])), r.randint(1, 24), r.randint(7, 14),
                          r.randint(24, 31), r.randint(80, 140)),
        "Recommend starting PN tonight (Olimel 1.5 L), add thiamine; continue low-microbial diet teaching.",
        "", nut.given + ", RD"])
    return Msg(L, "nutrition_note", True, ["patient_name", "lab_result", "diagnosis", "medication"],
               "dietitian recommendation about an inpatient",
               staff_addr(nut), [("BMT team", "bmt-team@" + ORG["dom"])], "Nutrition - PN recommendation", body, date=dt)
