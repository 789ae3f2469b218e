"""Positive messages, English, part B: discharge plans, home-care booking, social work, shortage switches,
quick notes, incident reports, disability forms (SIN) and Belgian / French visitors, attached .eml."""
import datetime

import gen_attach as A
import gen_clin as C
import gen_common as G
from gen_build import Att, Mail, reply_id
from gen_pos_en_a import ident_holder_en, ident_on, who_pat


# --------------------------------------------------------------------------- 9. discharge plan (PDF)
def discharge_plan(c):
    p, site, ident = who_pat(c, 50, 92)
    ind = c.ch(C.INDICATIONS)
    use_doac = ind["doac"] and c.p(0.5)
    md = c.ch(["md2", "sn_md", "md3"])
    if use_doac:
        d = c.ch(C.DOACS)
        anticoag = f"{d['gen_en'].capitalize()} {d['full'].replace('DIE', 'daily')} - first dose given {c.date.isoformat()} 09:00"
    else:
        reg = C.regimen(c.rng)
        anticoag = f"Warfarin {reg.text('en')}; discharge INR {C.num(C.inr(c.rng, 'ok', ind), 'en')}"
    lines = ["## Patient"] + ident + [
        "## Diagnoses", f"1. {ind['en'].capitalize()}",
        "2. " + c.ch(["Hypertension", "Type 2 diabetes", "CKD stage 3a", "COPD"]),
        "## Anticoagulation at discharge", anticoag,
        f"Next INR / bloodwork: {c.day(c.ri(3, 7)).isoformat()} at {c.ch(['SNCH INR clinic', 'Deux-Rives anticoagulation clinic', 'LifeLabs Rockland'])}",
        "## Other medications", c.ch(["Metoprolol 25 mg BID, ramipril 5 mg daily, atorvastatin 40 mg",
                                      "Furosemide 40 mg daily, spironolactone 25 mg, pantoprazole 40 mg",
                                      "Metformin 1 g BID, amlodipine 5 mg, vitamin D"]),
        "## Follow-up", "Family physician in 1-2 weeks; hematology clinic in 3 months."]
    c.t("diagnosis", "medication")
    if not use_doac:
        c.t("lab_result")
    pdf = A.make_pdf("Discharge Summary - Anticoagulation Plan", lines, author=c.who(md).name,
                     subtitle=G.SNCH["en"] if md.startswith("sn") else G.HOSP["en"])
    fname = c.ch([f"Discharge_{p.surname}.pdf", "Discharge summary.pdf", f"DS_{c.date.strftime('%Y%m%d')}_{p.surname.upper()}.pdf"])
    body = [("p", c.ch(["Discharge summary attached for follow-up of anticoagulation.",
                        "Please see attached; patient discharged home this morning.",
                        "Attached: discharge plan. First INR booked with your clinic."]))] + c.sig(md)
    return Mail("discharge_plan", "discharge summary PDF with anticoagulation plan", c.ch([
        "Discharge summary", "Discharge - anticoag follow-up", "DC summary for INR clinic"]),
        c.a(md, "en"), [("INR Clinic", "inrclinic@southnation-hc.example"), c.a("md4", "en")][:c.ri(1, 2)], body,
        atts=[Att("pdf", fname, pdf)])


# --------------------------------------------------------------------------- 10. home-care booking
def homecare_booking(c):
    p = c.holder(min_age=70) if c.p(0.35) else c.patient("en", 72, 96)
    region = "qc" if p.nam else "on"
    first = c.day(c.ri(1, 6))
    ident = ident_holder_en(c, p) if p.nam else [f"{c.name(p, c.ch(['full', 'upper_first', 'title']))}" +
                                                  (f" - HCN {c.ohip(p)}" if c.p(0.5) else "")]
    reason = c.opt([("housebound after a hip fracture", "diagnosis"), ("advanced dementia, lives with spouse",
                                                                      "diagnosis", "social_information"),
                    ("legally blind, cannot self-test", "diagnosis"), ("no transportation",)])
    body = [("p", "Hello,"),
            ("p", f"Requesting home INR draws (point-of-care) every {c.ch(['week', '2 weeks'])} starting "
                  f"{c.ds(first, 'long')} for:"),
            ("lines", ident + [f"Address: {c.addr(p, region)}", f"Home phone: {c.phone(p, region)}",
                               f"Reason: {reason}", f"Anticoagulant: {c.med('warfarin')} (target 2-3)"]),
            ("p", "Results can be faxed to the clinic at 613-555-0164 or called in to the nurse line.")]
    atts = []
    if c.p(0.5):
        atts.append(Att("vcf", c.ch([f"{G.strip_accents(p.surname)}.vcf", "contact.vcf"]),
                        A.make_vcard(p.given, p.surname, cell=p.extra["phone"], adr=p.extra["addr"].replace(",", ";", 1),
                                     note="Home INR draws - anticoagulation clinic"),
                        ctype=c.ch(["text/vcard", "text/x-vcard", "text/directory"])))
    sender = c.ch(["sn_rn", "inf3"])
    body += c.sig(sender)
    to = ("Home and Community Care", "intake@homecare-eo.example") if region == "on" else c.a("clsc", "en")
    return Mail("homecare_booking", "home INR draw booking with patient contact", c.ch([
        "Home INR referral", "Referral - home INR monitoring", "New home-care request (INR)"]),
        c.a(sender, "en"), [to], body, atts=atts)


# --------------------------------------------------------------------------- 11. social work
def social_work(c):
    v = c.variant % 4
    sender = c.ch(["sn_rn", "sn_ph", "inf3"])
    if v == 0:
        p = c.patient("en", 40, 75)
        body = [("p", "Hi Olivia,"),
                ("p", f"Could you see {c.name(p, c.ch(['full', 'title']))} (MRN {c.mrn(p, site='SNCH')}) at the INR clinic Thursday? "
                      f"{c.soc('Recently moved onto ODSP and cannot cover the copay for ' )}{c.med('rivaroxaban')} after the "
                      f"{c.dx('PE')} in March. Has been splitting tablets to make them last."),
                ("p", "Trillium application might be an option.")]
        subj, note = "SW referral - medication cost", "social work referral for drug cost on disability support"
        to = c.a("sn_ws", "en")
    elif v == 1:
        p = c.patient("en", 25, 60)
        sh, her = ("She", "her") if p.sex == "F" else ("He", "his")
        body = [("p", "Olivia,"),
                ("p", f"Heads up before {c.name(p, 'full')}'s INR visit tomorrow ({c.dob(p, 'iso')}). "
                      + c.soc(f"{sh} disclosed intimate-partner violence today; bruises on both arms that {sh.lower()} "
                              f"attributed to the partner, not to the warfarin. {sh} asked that we not call {her} home number.")
                      + f" INR was {c.lab(C.num(C.inr(c.rng, 'ok'), 'en'))} on {c.med('warfarin')}."),
                ("p", f"Safe contact is {her} work cell only. Can you be available at 10:30?")]
        subj, note = "Confidential - tomorrow's INR visit", "social work alert about intimate-partner violence"
        to = c.a("sn_ws", "en")
    elif v == 2:
        p = c.holder(max_age=17)
        body = [("p", "Hello,"),
                ("lines", ident_holder_en(c, p)),
                ("p", f"Paediatric patient on {c.med('warfarin')} for {c.dx(c.ch(['Fontan circulation', 'mechanical mitral valve', 'giant coronary aneurysms (Kawasaki)']))}. "
                      + c.soc("Youth protection (DPJ) placed the child with a foster family last week; the foster parents "
                              "have not received any INR teaching.")),
                ("p", "Can we arrange teaching and a CoaguChek meter loan before Friday?")]
        subj, note = "Foster placement - INR teaching needed", "youth protection placement of an anticoagulated child"
        to = c.a("ts", "en")
    else:
        p = c.patient("en", 65, 92)
        body = [("p", "Hi,"),
                ("p", f"{c.name(p, c.ch(['title', 'upper_first']))}, home address {c.addr(p, 'on')}: "
                      + c.soc("eviction notice for end of month, no family nearby, income is OAS/GIS only.")
                      + f" On {c.med('apixaban')} for {c.dx('AF')} and worried about where the medication will be delivered."),
                ("p", "Could you connect with the housing worker?")]
        subj, note = "Housing concern - INR clinic patient", "social work referral for housing loss"
        to = c.a("sn_ws", "en")
    body += c.sig(sender)
    return Mail("social_work", note, subj, c.a(sender, "en"), [to], body)


# --------------------------------------------------------------------------- 12. shortage switch list (CSV)
def shortage_switch(c):
    prod = c.ch(["Warfarin 3 mg (Taro)", "Tinzaparin 18,000 IU syringes", "Dabigatran 110 mg"])
    rows = []
    for _ in range(c.ri(5, 10)):
        p = c.patient("en", 35, 92)
        num, vc = G.gen_ohip(c.rng)
        p.extra["ohip"] = (num, vc)
        rows.append([p.surname.upper(), p.given, c.ohip(p, "plain"), c.ch(["Rockland Main St", "Embrun Family", "Casselman Rx"]),
                     c.ch(["switch to 1 mg + 2 mg tabs", "switch to dalteparin", "switch to apixaban 2.5 BID", "pending MD"])])
    c.t("patient_name", "medication")
    csv = A.make_csv(["Surname", "Given", "HCN", "Pharmacy", "Plan"], rows)
    sender = "sn_ph"
    body = [("p", "Hi team,"),
            ("p", f"Because of the {prod} shortage, attached are our INR-clinic patients currently dispensed that product, "
                  "with the proposed switch. Please call each pharmacy before Friday.")] + c.sig(sender)
    return Mail("shortage_switch", "patient list for a shortage switch with health numbers", c.ch([
        f"{prod} shortage - patients to switch", "Shortage - affected patients", f"Switch list: {prod}"]),
        c.a(sender, "en"), [c.a("sn_rn", "en"), c.a("sn_md", "en")], body,
        atts=[Att("csv", c.ch(["shortage_patients.csv", "switch_list.csv"]), csv,
                  ctype=c.ch(["text/csv", "application/vnd.ms-excel"]))])


# --------------------------------------------------------------------------- 13. quick note
def quick_note(c):
    p = c.patient("en", 40, 92)
    val = C.num(C.inr(c.rng, c.ch(["crit", "high", "low"])), "en")
    idx = c.ch(["mrn", "ohip", "none"])
    anon = idx != "none" and c.p(0.4)
    nm = "pt" if anon else c.name(p, c.ch(["lower", "init", "sur_init", "upper", "full"]))
    tag = f" {c.mrn(p, site='SNCH')}" if idx == "mrn" else (f" hcn {c.ohip(p, c.ch(['plain', 'fw']))}" if idx == "ohip" else "")
    txt = c.opt([
        (f"{nm}{tag} inr {val}, no bleeding. told to hold x1 and recheck fri. can you co-sign?", "lab_result"),
        (f"{nm}{tag} called - started cipro yesterday for uti. inr tmrw pls", "medication", "diagnosis"),
        (f"fyi {nm}{tag} in ED w/ GI bleed, hgb {c.ri(68, 90)}, eliquis held. will update", "diagnosis", "lab_result", "medication"),
        (f"{nm}{tag} missed 3 inr appts on warfarin. letter to GP?", "medication"),
    ])
    sender, dest = c.ch(["sn_rn", "sn_ph", "inf3"]), c.ch(["sn_md", "sn_ph", "ph1"])
    if dest == sender:
        dest = "md1"
    body = [("p", txt)]
    if c.p(0.4):
        body.append(("p", c.ch(["thx", c.who(sender).given[0], "Sent from my phone", "-" + c.who(sender).given[0]])))
    subj = c.opt([("inr", ), ("quick one",), ("urgent",), ("(no subject)",)] + ([] if anon else [(p.surname.lower(), "patient_name")]))
    atts = []
    if anon and c.p(0.6):
        rows = []
        for i in range(5, 0, -1):
            dd = c.date - datetime.timedelta(days=7 * i)
            rows.append([dd.isoformat(), C.num(round(c.rng.uniform(1.4, 4.2), 1), "en"), f"{c.ri(20, 45)} mg/wk"])
        atts.append(Att("csv", f"INR_history_{G.strip_accents(p.surname)}_{G.strip_accents(p.given)}.csv",
                        A.make_csv(["date", "inr", "weekly_dose"], rows)))
        c.t("patient_name", "lab_result", "medication")
    return Mail("quick_note", "terse note about a patient", subj, c.a(sender, "en"), [c.a(dest, "en")], body,
                mailer=c.ch(["iPhone Mail (21F90)", "", "Microsoft Outlook 16.0"]), atts=atts)


# --------------------------------------------------------------------------- 14. incident report (ZIP)
def incident_report(c):
    p, site, ident = who_pat(c, 45, 92)
    err = c.ch([("heparin infusion programmed at 1,800 units/h instead of 1,080 units/h", "aPTT > 150 s at 6 h"),
                ("warfarin given despite INR 4.8 on the morning labs", "INR 6.2 next day, vitamin K given"),
                ("rivaroxaban 20 mg given with apixaban 5 mg on the same day (duplicate therapy)", "no bleeding; monitored")])
    lines = ["## Patient"] + ident + ["## Event", f"Date: {c.day(-1, False).isoformat()}  Unit: {c.ch(['5 North', 'ICU', 'Surgery 3B'])}",
                                      f"Description: {err[0]}.", f"Outcome: {err[1]}.",
                                      "## Actions", "MRP notified; disclosure to patient/family completed."]
    c.t("medication", "lab_result")
    pdf = A.make_pdf("Medication Incident Report", lines, author="Pharmacy")
    members = [(c.ch(["incident_report.pdf", f"MIR_{p.surname}.pdf"]), pdf)]
    if c.p(0.5):
        members.append(("timeline.csv", A.make_csv(["time", "event"], [["07:55", "order entered"], ["08:20", "dose given"],
                                                                       ["14:10", "error identified"]])))
    z = A.make_zip(members, c.dt.replace(tzinfo=None))
    sender = c.ch(["ph3", "sn_ph"])
    body = [("p", c.ch(["Incident report and timeline attached for the Medication Safety Committee.",
                        "Attached is the report for yesterday's anticoagulant incident.",
                        "Please see the zipped report (per the incident policy)."]))] + c.sig(sender)
    return Mail("incident_report", "medication incident report in a ZIP archive", c.ch([
        "Medication incident - anticoagulant", "MIR - anticoagulation", "Incident report"]),
        c.a(sender, "en"), [("Quality & Patient Safety", "patientsafety@deuxrives.example")], body,
        atts=[Att("zip", c.ch(["incident.zip", "MIR.zip", "report.zip"]), z)])


# --------------------------------------------------------------------------- 15. disability form (SIN) / visitors
def disability_form(c):
    v = c.variant % 3
    if v == 2:
        p = c.patient("en", 20, 40)
        nid = c.niss(p)
        body = [("p", "Dear colleague,"),
                ("p", f"Your patient {c.name(p, 'full')} (Belgian national number {nid}, born {c.dob(p, 'long')}), an exchange "
                      f"student in Ottawa, was seen at our clinic for {c.dx('a provoked calf DVT')} after a skiing injury."),
                ("p", f"Started on {c.med('rivaroxaban 15 mg BID x 21 days then 20 mg daily')}; creatinine "
                      f"{c.lab(str(c.ri(60, 90)) + ' umol/L')}. Planned duration 3 months. Summary attached for the mutuality.")]
        body += c.sig("md1")
        return Mail("visitor_letter", "clinic letter for a Belgian exchange student", "Anticoagulation - your patient",
                    c.a("md1", "en"), [("Dr. Lemaire", "cabinet.lemaire@medecins-liege.example")], body)
    p = c.holder(min_age=25, max_age=64) if v == 0 else c.patient("en", 25, 64)
    ind = c.ch(C.INDICATIONS[:4])
    lines = ["## Claimant", f"Name: {p.surname.upper()}, {p.given}", f"SIN: {c.sin(p, 'space')}",
             f"Date of birth: {c.dob(p, 'iso')}" + (f"   Sex: {c.sex(p)}   RAMQ: {c.nam(p, 'plain')}" if p.nam else ""),
             "## Attending physician statement",
             f"Diagnosis: {ind['en']}", f"Treatment: {c.ch(['apixaban 5 mg BID', 'warfarin, INR target 2-3', 'rivaroxaban 20 mg daily'])}",
             f"Restrictions: no heavy lifting or contact sports while anticoagulated; off work from {c.day(-c.ri(5, 20), False).isoformat()}",
             f"Expected return: {c.day(c.ri(20, 60), False).isoformat()}"]
    c.t("patient_name", "diagnosis", "medication")
    pdf = A.make_pdf("Short-Term Disability - Attending Physician Statement", lines, author=G.INSURER["name"])
    body = [("p", "Hello,"),
            ("p", c.ch(["Completed attending physician statement attached, as requested by your claimant.",
                        "Please find the completed APS for claim " + str(c.ri(1000000, 9999999)) + "."]))] + c.sig("md1")
    return Mail("disability_form", "insurer disability statement with SIN", c.ch([
        "Attending physician statement", "Claim - APS completed", "STD claim form"]),
        c.a("md1", "en"), [c.a("ins", "en")], body,
        atts=[Att("pdf", c.ch(["APS_completed.pdf", f"APS_{p.surname}.pdf"]), pdf)])


# --------------------------------------------------------------------------- 16. attached .eml
def attached_eml(c):
    p, site, ident = who_pat(c, 40, 90)
    d = c.ch(C.DOACS)
    inner_blocks = [("p", "Hi,"), ("lines", ident),
                    ("p", f"Pharmacy here - refill request for {c.med(d['gen_en'] + ' ' + d['full'].replace('DIE', 'daily'))}; "
                          f"last SCr in our profile is {c.lab(str(c.ri(130, 220)))} and the dose hasn't been reviewed. "
                          "Can the clinic confirm the dose?")] + [("sig", ["Janet Whitfield, RPh", "Rockland Main Street Pharmacy",
                                                                          "Tel. 613-555-0173"])]
    inner = Mail("x", "", "Refill request - dose check", ("Janet Whitfield", "rx@rocklandpharmacy.example"),
                 [c.a("sn_ph", "en")], inner_blocks)
    raw = c.inner_eml(inner)
    body = [("p", c.ch(["Can you look at the attached request from the pharmacy?",
                        "See attached e-mail from the community pharmacy.", "Forwarding as attachment."]))] + c.sig("sn_ph", full=False)
    return Mail("attached_eml", "pharmacy refill query forwarded as .eml", "FW: Refill request - dose check",
                c.a("sn_ph", "en"), [c.a("sn_md", "en")], body,
                atts=[Att("eml", c.ch(["Refill request - dose check.eml", "message.eml"]), raw)])


TEMPLATES = [
    ("discharge_plan", discharge_plan, 4),
    ("homecare_booking", homecare_booking, 4),
    ("social_work", social_work, 4),
    ("shortage_switch", shortage_switch, 3),
    ("quick_note", quick_note, 5),
    ("incident_report", incident_report, 3),
    ("disability_form", disability_form, 3),
    ("attached_eml", attached_eml, 2),
]
