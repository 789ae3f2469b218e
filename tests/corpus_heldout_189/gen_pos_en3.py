"""English positives, part 3: forwarded participant mail, insurer forms, child protection, income support,
quick notes, Belgian and French sites, file names, re-contact lists, eligibility, census, violence."""
import gen_clin as K
import gen_common as C
from gen_build import box, csv, ext, gx, pdf, personal_addr, who, xlsx


def fwd_en(c):
    st = c.study(c.ch(0, 1, 2))
    p = c.patient(c.ch("qc", "on"))
    coord = c.staff(3, 7)
    nurse = c.staff(2, 3)
    addr = personal_addr(c, p)
    inner = ["Hi %s," % coord["given"],
             c.ch("I have had %s since Saturday and my family doctor put me on %s. Should I still take the study "
                  "pills? I don't want to mess up the study." % (K.sympt(c), K.relief(c)),
                  "Just letting you know I was in the ER at %s on the weekend with %s. They kept me overnight. "
                  "I have the discharge papers if you need them." % (c.ch("Cité-de-la-Santé", "Lakeshore"), K.ae(c))),
             "My cell is %s if you need me." % c.phone_of(p),
             c.name(p, c.ch(0, 3))]
    blocks = [c.ch("Can you call %s back today? I'm at the investigator meeting." % gx(p, "him", "her"),
                   "FYI - participant in %s (%s). Needs a call back." % (st["code"], K.dx(c, st["code"]))),
              c.fwd({"name": p["name"], "addr": addr}, c.prev_dt(22), coord["addr"], "study pills", inner)]
    types = ["patient_name", "diagnosis", "patient_contact"] + (["medication"] if "put me on" in inner[1] else [])
    return dict(cat="forwarded_participant", types=types, note="participant message forwarded for call-back",
                frm=who(c, coord), to=[who(c, nurse)], subject="Fwd: study pills", blocks=blocks)


def insurer_en(c):
    st = c.study(c.ch(1, 0))
    p = c.patient("on")
    nm = c.name(p, 0)
    ohn = c.ohn()
    ins = ext(c, "ins")
    pi = c.pi(st)
    rows = [["Claimant", nm], ["Date of birth", C.en_date(p["dob"], 1)], ["Health card", ohn],
            ["Diagnosis", K.dx(c, st["code"])], ["Treatment", "%s; clinical trial %s" % (K.med(c, st["code"]), st["code"])],
            ["Off work", "%s to %s" % (c.d(c.earlier(30), 1), c.d(c.later(90), 1))]]
    blocks = ["Dear claims officer,", "Attending physician statement attached for your client, as requested.",
              "Regards,", "%s\n%s" % (pi["dr_en"], C.HOSP)]
    att = pdf("APS_%s.pdf" % C.slug(p["surname"]), "Attending Physician Statement", [("table", None, rows)])
    return dict(cat="insurer_form", types=["patient_name", "date_of_birth", "ca_health_number", "diagnosis",
                                           "medication"],
                note="attending physician statement to insurer", frm=who(c, pi), to=[(ins["name"], ins["addr"])],
                subject="Attending physician statement - claim %d" % c.rng.randrange(10**6, 10**7), blocks=blocks,
                atts=[att])


def cas(c):
    st = c.study(4)
    p = c.patient("on", child=True)
    nm = c.name(p, c.ch(0, 1))
    ohn = c.ohn()
    coord = c.staff(3)
    reb = c.staff(6)
    blocks = ["Hi %s," % reb["given"],
              "Need REB guidance for the Lakeshore arm of %s. %s (OHN %s, DOB %s) is a Crown ward; the Children's "
              "Aid Society worker is the legal guardian for medical decisions. Severe asthma, 2 PICU admissions "
              "this year." % (st["code"], nm, ohn, C.en_date(p["dob"], 1)),
              "Can the CAS worker sign the consent, with the foster parent attending visits? The child is keen.",
              c.sig(coord)]
    return dict(cat="child_protection", types=["patient_name", "ca_health_number", "date_of_birth",
                                               "social_information", "diagnosis"],
                note="consent question for child in care", frm=who(c, coord), to=[who(c, reb)],
                subject="Consent for child in care - " + st["code"], blocks=blocks)


def odsp(c):
    p = c.patient("on")
    nm = c.name(p, c.ch(0, 2))
    coord = c.staff(12, 7)
    fin = box("Research Finance", "finance.recherche")
    blocks = ["Hello,",
              "%s (%s) receives ODSP and is worried the study stipend will be clawed back. %s asked whether we can "
              "split payments or provide a letter for %s caseworker." % (nm, p["address"], gx(p, "He", "She"),
                                                                         gx(p, "his", "her")),
              "Can you advise? %s phone is %s." % (gx(p, "His", "Her"), c.phone_of(p)),
              c.sig(coord)]
    return dict(cat="income_support", types=["patient_name", "patient_contact", "social_information"],
                note="participant on disability support worried about stipend", frm=who(c, coord), to=[fin],
                subject="Stipend and ODSP - participant question", blocks=blocks)


def quick_en(c):
    st = c.study(c.ch(0, 1, 2))
    p = c.patient()
    nurse = c.staff(3, 2)
    coord = c.staff(7, 12)
    given = p["given"]
    c.meta["names"].append(given)
    tel = c.phone_of(p)
    text = c.ch("%s called (%s) - %s since the last infusion. Told %s to take %s and call back if worse." % (
        given, tel, K.sympt(c), gx(p, "him", "her"), K.relief(c)),
        "%s from %s called back from %s, still has %s. Can you see %s tomorrow?" % (
            given, st["code"], tel, K.sympt(c), gx(p, "him", "her")))
    types = ["patient_name", "patient_contact", "diagnosis"] + (["medication"] if "take" in text else [])
    return dict(cat="quick_note", types=types, note="quick note on a participant call",
                frm=who(c, nurse), to=[who(c, coord)], subject=c.ch("call from %s" % given, given, "phone msg"),
                blocks=[text, nurse["given"][0]], kind="plain")


def belgium_en(c):
    st = c.study(c.ch(0, 1))
    p = c.patient("be")
    nm = c.name(p, c.ch(1, 0))
    niss = c.niss(p)
    cra = ext(c, "cro")
    coord = c.staff(7, 3)
    blocks = ["Hi %s," % coord["given"],
              "The Namur site sent us the wrong file in the transfer package - it contains the full identity of the "
              "transferring participant: %s, national number %s, DOB %s, with %s and current %s." % (
                  nm, niss, C.en_date(p["dob"], 1), K.dx(c, st["code"]), K.med(c, st["code"])),
              "Please delete it from your copy; a redacted version will follow.", c.sig(cra, org=False)]
    return dict(cat="site_transfer", types=["patient_name", "be_niss", "date_of_birth", "diagnosis", "medication"],
                note="misdirected transfer file from Belgian site", frm=(cra["name"], cra["addr"]), to=[who(c, coord)],
                subject="Transfer package %s - please delete" % st["code"], blocks=blocks)


def france_en(c):
    st = c.study(c.ch(3, 5))
    p = c.patient("fr")
    nm = c.name(p, c.ch(1, 0))
    nir = c.nir(p)
    coord = c.staff(7, 3)
    fr = ext(c, "fr")
    blocks = ["Dear colleague,",
              "For the cross-site visit of %s, here is the participant's information from our records:" % st["code"],
              ("table", None, [["Name", nm], ["Social security no.", nir], ["DOB", C.en_date(p["dob"], 1)],
                               ["Diagnosis", K.dx(c, st["code"])], ["Labs", ", ".join(K.labs(c, st["code"], 2))]],
               c.ch(0, 1)),
              "Best regards,", ("sig", [fr["name"], fr["org"]])]
    return dict(cat="site_transfer", types=["patient_name", "fr_nir", "date_of_birth", "diagnosis", "lab_result"],
                note="participant information from French site", frm=(fr["name"], fr["addr"]), to=[who(c, coord)],
                subject="%s cross-site visit" % st["code"], blocks=blocks)


def fname_en(c):
    st = c.study(c.ch(0, 2, 5))
    p = c.patient(c.ch("qc", "on"))
    coord = c.staff(7, 3)
    cra = ext(c, "cro")
    fn = c.ch("%s_%s_%s_labs.pdf" % (C.strip_accents(p["surname"]).replace(" ", "").replace("'", ""),
                                     C.strip_accents(p["given"]), st["code"].replace(" ", "")),
              "%s %s - week 24 results.pdf" % (p["given"], p["surname"]))
    c.meta["names"].append(p["surname"])
    items = [("h", "%s - week 24 laboratory summary" % st["code"]), "Subject no.: %d-%03d" % (c.rng.randrange(101, 130),
                                                                                          c.rng.randrange(1, 90)),
             ("table", ["Test", "Result"], [[x.split(" ")[0], x] for x in
                                            K.labs(c, st["code"], 4)])]
    blocks = ["Hi %s," % cra["given"], "Week 24 labs for the SDV attached.", coord["given"]]
    return dict(cat="lab_report", types=["patient_name", "lab_result"],
                note="lab summary, participant named only in file name", frm=who(c, coord),
                to=[(cra["name"], cra["addr"])], subject="Week 24 labs for SDV", blocks=blocks,
                atts=[pdf(fn, "Laboratory summary", items)])


def recontact_en(c):
    bb = c.staff(4, 5)
    pi = c.doc()
    rows = []
    for _ in range(c.rng.randrange(4, 7)):
        p = c.patient(c.ch("qc", "on"))
        rows.append([c.name(p, c.ch(1, 0)), c.phone_of(p, 1), K.dx(c, c.study()["code"]),
                     c.ch("yes", "yes", "yes - evenings only", "no answer x2")])
    header = ["Donor", "Phone", "Diagnosis", "Re-contact OK"]
    blocks = ["Hi %s," % pi["dr_en"],
              "Donors who agreed to re-contact and match your criteria (REB approval on file). Please keep this "
              "list on the secure drive only.", c.sig(bb)]
    att = csv("recontact_donors.csv", header, rows) if c.v % 2 == 0 else xlsx("recontact_donors.xlsx",
                                                                             [("Donors", header, rows)])
    return dict(cat="recontact_list", types=["patient_name", "patient_contact", "diagnosis"],
                note="biobank donor re-contact list", frm=who(c, bb), to=[who(c, pi)],
                subject="Biobank re-contact list", blocks=blocks, atts=[att])


def eligibility_en(c):
    st = c.study(c.ch(0, 1))
    p = c.patient(c.ch("qc", "on"))
    nm = C.name_form(p, 4, "en")
    c.meta["names"].append(nm)
    coord = c.staff(3, 7)
    pi = c.pi(st)
    blocks = ["Hi %s," % pi["given"],
              "Quick eligibility check: %s, %d yo, MRN %s - %s, on %s. Labs %s: %s. %s" % (
                  nm, C.age_at(p["dob"], c.date.date()), c.mrn(p), K.dx(c, st["code"]), K.med(c, st["code"]),
                  c.d(c.earlier(5), 2), ", ".join(K.labs(c, st["code"], 3)),
                  c.ch("Prior MI 4 months ago - does that exclude?", "Had chemo in 2019, is that within the washout?")),
              "Thanks!", coord["given"]]
    return dict(cat="eligibility_query", types=["patient_name", "mrn", "diagnosis", "medication", "lab_result"],
                note="eligibility question to investigator", frm=who(c, coord), to=[who(c, pi)],
                subject="eligibility Q - " + st["code"], blocks=blocks)


def census_en(c):
    coord = c.staff(7)
    rows = []
    for _ in range(c.rng.randrange(4, 6)):
        h = c.holder("adult")
        w = c.nam(h, style=c.ch(0, 1, 3), dob_style=1, name_style=c.ch(1, 5))
        rows.append([w["name"], w["nam"], w["dob"], w["sex"], c.mrn(h, 0), c.study()["code"], K.ae(c),
                     "ward %d%s" % (c.rng.randrange(2, 8), c.ch("A", "B", "C"))])
    blocks = ["All,", "Participants currently admitted (ADT check this morning):",
              ("table", ["Name", "RAMQ", "DOB", "Sex", "MRN", "Study", "Reason", "Unit"], rows, c.ch(0, 1, 2)),
              "Please check whether an SAE report is needed for each.", coord["given"]]
    return dict(cat="inpatient_census", types=["patient_name", "ramq_nam", "date_of_birth", "mrn", "diagnosis"],
                note="admitted participants census", frm=who(c, coord),
                to=[who(c, c.staff(0)), who(c, c.staff(3)), who(c, c.staff(2))],
                subject="Admitted participants - %s" % c.d(c.date.date(), 1), blocks=blocks)


def ipv_en(c):
    p = c.patient(c.ch("qc", "on"))
    nm = c.name(p, c.ch(0, 2))
    nurse = c.staff(3)
    sw = box("Social Work", "socialwork")
    blocks = ["Hello,",
              "At today's study visit %s (MRN %s) disclosed that %s partner has been hitting %s and took %s bank card. "
              "%s does not want police involved for now but agreed to meet a social worker." % (
                  nm, c.mrn(p), gx(p, "his", "her"), gx(p, "him", "her"), gx(p, "his", "her"), gx(p, "He", "She")),
              "Safe number: %s (do not leave messages at home)." % c.phone_of(p), c.sig(nurse)]
    return dict(cat="violence_disclosure", types=["patient_name", "mrn", "social_information", "patient_contact"],
                note="intimate partner violence disclosure, social work referral", frm=who(c, nurse), to=[sw],
                subject="Urgent SW referral - research clinic", blocks=blocks, importance=True)


PLAN = [(fwd_en, 2), (insurer_en, 2), (cas, 1), (odsp, 1), (quick_en, 2), (belgium_en, 1), (france_en, 1),
        (fname_en, 2), (recontact_en, 2), (eligibility_en, 2), (census_en, 1), (ipv_en, 1)]
