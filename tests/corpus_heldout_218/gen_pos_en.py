"""English positive templates, part 1."""
import datetime

from gen_clin import (ANTIPSY, LAB_THEMES, MED_DX, OAT, OTHER_MEDS, PSY_DX, SOCIAL, SUD_DX, SYMPT, L, bye, fmt_soc,
                      hello, new, orig_header, quote)
from gen_common import (cap, NAM_STYLES, OUTDOOR_EN, SHELTERS, Att, address, fdate, name_form, phone, sex_txt,
                        signature, staff)
from gen_docs import make_docx, make_pdf, make_xlsx

EN = "en"
HOLDER_STYLES = ["full", "upper_comma", "comma", "surname_first", "upper_first", "lower", "title_full"]


def he(p):
    return "she" if p.sex == "F" else "he"


def his(p):
    return "her" if p.sex == "F" else "his"


def nam_block(s, r, p):
    name = s.nm(p, r.choice(HOLDER_STYLES))
    dob = fdate(p.dob, EN, r.choice(["iso", "long", "dmy", "slash_iso"]))
    sx = sex_txt(p, EN, r)
    nam = s.nam(p, r.choice(NAM_STYLES), dob, sx)
    return name, dob, sx, nam


def referral(r, w):
    s = new(r, EN, "referral", "referral to the ACT team from psychiatric emergency", True, "psy", ("chef",), ("inf",))
    p = w.holder("adult")
    name, dob, sx, nam = nam_block(s, r, p)
    dx = s.dx(L(r.choice(PSY_DX), EN))
    dx2 = s.dx(L(r.choice(SUD_DX + MED_DX[:2]), EN))
    soc = s.soc(fmt_soc(r.choice(SOCIAL[:5]), EN, r))
    med = s.med(L(r.choice(ANTIPSY), EN))
    s.subject = r.choice(["ACT referral – %s" % name_form(p, EN, "upper_comma"), "New ACT referral",
                          "Referral: %s" % p.surname.upper()])
    s.t("patient_name")
    k = r.randint(0, 1)
    if k == 0:
        s.body = ("%s\n\nI'd like to refer the following patient to ACT:\n\nName: %s\nDOB: %s   %s\n"
                  "RAMQ: %s\n\nDx: %s; %s\nHousing: %s\nCurrent meds: %s (poor adherence, missed last 2 doses)\n\n"
                  "Reason: 5 ER visits since %s, two police-assisted transports, not engaged with outpatient clinic. "
                  "Agrees to meet the team at the shelter.\n\n%s\n\n%s"
                  % (hello(r, EN, s.tos[0].given), name, dob, sx, nam, dx, dx2, soc, med,
                     r.choice(["January", "the spring", "April"]), bye(r, EN), signature(s.frm, EN, r)))
    else:
        s.body = ("%s\n\nQuick referral from the psych ER. %s (health card %s, %s, born %s) — %s, with %s. %s. "
                  "%s is prescribed %s but hasn't been seen by a prescriber in months.\n\n"
                  "Could your intake nurse call me to arrange a joint meeting before discharge?\n\n%s\n\n%s"
                  % (hello(r, EN), name, nam, sx, dob, dx, dx2, cap(soc), cap(he(p)), med,
                     bye(r, EN), signature(s.frm, EN, r)))
    return s


def crisis_call(r, w):
    s = new(r, EN, "crisis_note", "mobile crisis team call-out note", True, "crise", ("psy", "inf"))
    p = w.patient(r)
    name = s.nm(p, r.choice(["upper_comma", "full", "title_full", "comma"]))
    dob = s.dob(p, r=r, style=r.choice(["iso", "long", "mdy"]))
    adr = s.contact(address(r, EN))
    tel = s.contact(phone(r)) if r.random() < 0.7 else None
    sym = s.dx(L(r.choice(SYMPT[:4] + SYMPT[7:]), EN))
    soc = s.soc(r.choice(["eviction notice for the end of the month", "lives alone, estranged from family",
                          "on social assistance, hasn't eaten in two days", "partner recently left, history of "
                          "intimate partner violence"]))
    risk = r.choice(["HIGH – plan and means; Form/P-38 applied, transported to St. Mathurin ER by ambulance with police.",
                     "MODERATE – safety plan reviewed, pills handed to pharmacy, follow-up call tomorrow 10:00.",
                     "LOW-MODERATE – accepted voluntary admission; we drove " + ("her" if p.sex == "F" else "him") +
                     " to the ER."])
    s.subject = r.choice(["MCT note – %s" % name_form(p, EN, "upper_first"), "Crisis call-out %s" % s.date.strftime("%b %d"),
                          "MCT visit – follow-up needed"])
    s.t("patient_name")
    s.body = ("MOBILE CRISIS TEAM – VISIT NOTE\n\nDate/time: %s %02d:%02d\nCaller: %s\nClient: %s, DOB %s\n"
              "Address: %s\n%s\nPresentation: %s. %s.\nRisk: %s\n\nWorkers: %s / %s\n\n%s"
              % (fdate(s.date.date(), EN, "iso"), s.date.hour, s.date.minute,
                 r.choice(["neighbour", "building superintendent", "mother (by phone)", "811 info-social"]),
                 name, dob, adr, ("Phone: %s" % tel) if tel else "No phone", cap(sym), cap(soc), risk,
                 s.frm.full(), staff(r, "crise").full(), signature(s.frm, EN, r)))
    return s


def signout(r, w):
    s = new(r, EN, "signout", "weekend sign-out list for the outreach team", True, "md", ("md", "ips", "inf"))
    rows = []
    s.t("patient_name", "diagnosis", "social_information")
    for i in range(r.randint(4, 7)):
        p = w.patient(r)
        st = r.choice(["upper_comma", "full", "initial_upper", "lower", "surname_first"])
        site = r.choice(SHELTERS[5:8] + SHELTERS[:3] + ["street – " + x for x in OUTDOOR_EN[:2]])
        prob = L(r.choice(MED_DX + PSY_DX[:3] + SUD_DX), EN)
        todo, ty = r.choice([("f/u blood cultures", "lab_result"), ("dressing change Sat", None),
                             ("check if took cephalexin", "medication"), ("depot due Sun", "medication"),
                             ("Li level 1.31 - hold dose?", "lab_result"), ("needs new health card", None),
                             ("high SI risk - call Sat am", None), ("hydromorphone carries x2", "medication")])
        if ty:
            s.t(ty)
        rows.append((site, name_form(p, EN, st), prob, todo))
    s.subject = r.choice(["Weekend sign-out %s" % s.date.strftime("%b %d"), "Sign-out (outreach)", "Weekend list"])
    if r.random() < 0.5:
        s.atts.append(Att("signout_%s.xlsx" % s.date.strftime("%Y-%m-%d"),
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          make_xlsx([("Signout", [("Site", "Patient", "Problem", "To do")] + rows)], s.date)))
        s.body = ("%s\n\nWeekend sign-out attached. Top two are the sick ones. Pager %s if anything.\n\n%s\n%s"
                  % (hello(r, EN, "all"), "514-555-01%02d" % r.randint(0, 99), bye(r, EN), s.frm.doc(EN)))
    else:
        s.body = ("%s\n\nSign-out for the weekend:\n\nSite | Patient | Problem | To do\n%s\n\n%s\n%s"
                  % (hello(r, EN), "\n".join(" | ".join(x) for x in rows), bye(r, EN), s.frm.doc(EN)))
    return s


def pharmacy(r, w):
    s = new(r, EN, "prescription", "long-acting injectable and clozapine instructions to a pharmacy", True, "psy",
            ("pharm",))
    p = w.holder("adult")
    name, dob, sx, nam = nam_block(s, r, p)
    med = s.med(L(r.choice(ANTIPSY[:2] + ANTIPSY[4:5] + OAT), EN))
    dx = s.dx(L(r.choice(PSY_DX[:3] + SUD_DX[:1]), EN))
    s.soc("no fixed address – c/o %s" % r.choice(SHELTERS[5:8]))
    s.subject = r.choice(["Rx – %s" % name, "Prescription for your patient", "New Rx / dispensing instructions"])
    s.t("patient_name")
    s.body = ("%s\n\nPlease find the prescription below.\n\nPatient: %s\nDOB: %s (%s)\nRAMQ: %s\n"
              "Address: no fixed address – c/o %s\nDx: %s\n\nRx: %s\nDispense: %s\nDuration: 3 months, "
              "refills x2.\n\nOriginal to follow by fax. Call me if any issue.\n\n%s\n\n%s"
              % (hello(r, EN), name, dob, sx, nam, r.choice(SHELTERS[5:8]), dx, med,
                 r.choice(["daily witnessed, no carries", "administer in pharmacy, notify team if missed",
                           "weekly blister pack, pick-up by ACT nurse"]), bye(r, EN), signature(s.frm, EN, r)))
    return s


def lab(r, w):
    s = new(r, EN, "lab_followup", "lab results to be communicated to a client", True, "ips", ("inf",))
    p = w.patient(r)
    nm = s.nm(p, r.choice(["full", "upper_comma", "initial", "title", "lower"]))
    labs, dx, plan_ = r.choice(LAB_THEMES)
    ls = [s.lab(L(x, EN)) for x in labs]
    s.subject = r.choice(["Results – %s" % nm, "Labs back for %s" % nm, "FW: lab results – %s" % nm])
    s.t("patient_name")
    tail = ""
    if r.random() < 0.6:
        tail = " Last seen at %s." % s.soc(r.choice(SHELTERS[5:8] + SHELTERS[:2]))
    imp = ""
    if r.random() < 0.8:
        imp = "\n\nImpression: %s. Plan: %s." % (s.dx(dx[1]), s.med(plan_[1]))
    s.body = ("%s\n\nResults in for %s:\n%s%s\n\nCan you try to find %s this week?%s\n\n%s\n%s"
              % (hello(r, EN, s.tos[0].given), nm if r.random() < 0.6 else "our patient (see subject)",
                 "\n".join("- " + x for x in ls), imp, "her" if p.sex == "F" else "him", tail, bye(r, EN),
                 s.frm.doc(EN)))
    return s


def quick(r, w):
    s = new(r, EN, "quick_note", "quick note between outreach workers", True, r.choice(["pair", "inf"]), ("inf",))
    p = w.patient(r)
    g = s.nm(p, "given")
    out = s.soc(r.choice(OUTDOOR_EN))
    sym = s.dx(L(r.choice(SYMPT[4:7] + SYMPT[:1]), EN))
    med = s.med(L(r.choice(ANTIPSY[2:] + OTHER_MEDS[:2] + OTHER_MEDS[4:6]), EN).split(" ")[0])
    k = r.randint(0, 1)
    if k == 0:
        s.subject = "%s %s." % (p.given, p.surname[0])
        s.body = ("Hey,\n\nSaw %s this morning %s. %s. Says %s ran out of %s about %d days ago.\n"
                  "Could you swing by at lunch? I told %s you'd come.\n\n%s"
                  % (g, out, cap(sym), he(p), med, r.randint(2, 9), "her" if p.sex == "F" else "him",
                     s.frm.given))
    else:
        s.subject = "re: %s" % g.lower()
        s.reply = True
        prev = "Anyone seen %s this week? Worried.\n%s" % (g, s.tos[0].given)
        s.body = ("Yes – %s, yesterday around 4. %s. No %s for a week. Not great.\n\n%s\n%s"
                  % (out, cap(sym), med, orig_header(EN, s.tos[0], s.date - datetime.timedelta(hours=5), g, r),
                     quote(prev)))
    return s


def ohip_transfer(r, w):
    s = new(r, EN, "transfer_of_care", "transfer of care for an Ontario-insured client", True, "ts", ("ts",), ("md",))
    p = w.patient(r)
    s.to = [("Intake – Riverside Community Mental Health (Ottawa)", "intake@riverside-cmh-ottawa.example")]
    name = s.nm(p, r.choice(["full", "upper_comma", "title_full"]))
    dob = s.dob(p, r=r, style=r.choice(["iso", "long"]))
    hc = s.ohip(r)
    dx = s.dx(L(r.choice(PSY_DX + SUD_DX), EN))
    med = s.med(L(r.choice(ANTIPSY + OAT[:2]), EN))
    soc = s.soc(r.choice(["has been staying at %s since arriving in Montreal" % r.choice(SHELTERS[5:8]),
                          "returning to Ottawa to stay with %s sister; no income at the moment" % his(p),
                          "left Ottawa after losing %s apartment; wants to go back" % his(p)]))
    s.subject = r.choice(["Transfer of care – %s" % name, "Client returning to Ottawa", "Referral back to your team"])
    s.t("patient_name")
    s.body = ("%s\n\nWe have been following the client below through our outreach team and %s is returning to Ottawa.\n\n"
              "%s, DOB %s\nOntario health card: %s\nDx: %s\nCurrent treatment: %s\nSocial: %s.\n\n"
              "Could you book an intake in the next two weeks? I can send our last notes with consent.\n\n%s\n\n%s"
              % (hello(r, EN), he(p), name, dob, hc, dx, med, soc, bye(r, EN), signature(s.frm, EN, r)))
    return s


def sin_letter(r, w):
    s = new(r, EN, "identity_letter", "support letter for replacement of identity documents", True, "ts", ("agent",))
    p = w.patient(r)
    name = s.nm(p, r.choice(["full", "title_full"]))
    dob = s.dob(p, r=r, style="long")
    sin = s.sin(r)
    soc = s.soc(r.choice(["is currently homeless and staying at %s" % r.choice(SHELTERS[5:8]),
                          "lost all documents in a fire at %s rooming house" % his(p),
                          "had %s wallet stolen at the shelter" % his(p)]))
    dx = ""
    if r.random() < 0.5:
        dx = " Because of %s, %s is unable to attend the office in person alone." % (
            s.dx(L(r.choice(PSY_DX), EN)), he(p))
    paras = ["To whom it may concern,",
             "This letter confirms that %s, born %s, is known to our outreach team and %s." % (name, dob, soc),
             "Social Insurance Number on file: %s." % sin,
             ("The client requests a replacement SIN confirmation letter." + dx).strip(),
             "Contact: %s, %s, 514-555-0157." % (s.frm.full(), s.frm.role_txt(EN))]
    s.atts.append(Att("Support_letter_%s.docx" % p.surname, "application/vnd.openxmlformats-officedocument."
                      "wordprocessingml.document", make_docx("Letter of support", paras, s.date)))
    s.subject = r.choice(["Letter for Service Canada", "Support letter – ID replacement", "Letter to print and sign"])
    s.body = ("%s\n\nCould you print the attached letter on letterhead for my signature? Client is coming "
              "at 2 pm to go to Service Canada together.\n\n%s\n%s" % (hello(r, EN, s.tos[0].given), bye(r, EN),
                                                                       s.frm.given))
    return s


def discharge(r, w):
    s = new(r, EN, "discharge_summary", "discharge summary from inpatient psychiatry to community team", True, "psy",
            ("inf",), ("ts",))
    p = w.patient(r)
    name = s.nm(p, r.choice(["upper_comma", "full", "comma"]))
    dob = s.dob(p, r=r)
    mrn = s.mrn(r)
    dx1, dx2 = s.dx(L(r.choice(PSY_DX), EN)), s.dx(L(r.choice(SUD_DX + MED_DX), EN))
    m1, m2 = s.med(L(r.choice(ANTIPSY), EN)), s.med(L(r.choice(OTHER_MEDS), EN))
    soc = s.soc(fmt_soc(r.choice([SOCIAL[0], SOCIAL[1], SOCIAL[6], SOCIAL[9]]), EN, r))
    paras = ["Patient: %s    MRN: %s    DOB: %s" % (name, mrn, dob), "# Diagnoses", dx1, dx2, "# Course",
             "Admitted under P-38 then voluntary. Psychosis settled on treatment; insight partial.",
             "# Discharge medications", m1, m2, "# Disposition", soc,
             "Follow-up: community team within 72 h; next injection at CLSC."]
    if r.random() < 0.5:
        s.atts.append(Att("DC_summary_%s.docx" % mrn.replace(" ", ""), "application/vnd.openxmlformats-officedocument."
                          "wordprocessingml.document", make_docx("Discharge summary – Unit 4B", paras, s.date)))
    else:
        s.atts.append(Att("Discharge summary %s.pdf" % p.surname.upper(), "application/pdf",
                          make_pdf("Discharge summary – Unit 4B", paras, header="St. Mathurin Hospital – Psychiatry")))
    s.subject = r.choice(["Discharge – MRN %s" % mrn, "DC summary %s" % name, "Discharge summary attached"])
    s.t("mrn")
    s.body = ("%s\n\nDischarge summary attached for %s (MRN %s), going back to the shelter %s. Please see within 72 h.\n\n"
              "%s\n\n%s" % (hello(r, EN), name, mrn, r.choice(["today", "tomorrow morning"]), bye(r, EN),
                            signature(s.frm, EN, r)))
    return s
