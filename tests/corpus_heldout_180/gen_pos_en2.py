"""Confidential messages in English (part 2)."""
import datetime as dt

from gen_docs import pdf, docx, xlsx, csv_text, zip_of
from gen_kit import Acc, me, quote, attribution, outlook_header, fwd_header, ext, shared, dr
from gen_mime import Att, Mail, text_table
from gen_people import sig, slug, HOSP_EN, PH_CLINIC, staff_name, DOM
from gen_util import fmt_date, day_label

ADULT = lambda h: h.dob.year <= 2005
SENIOR = lambda h: h.dob.year <= 1962


def t_ha_funding(c):
    a = Acc(c)
    p = c.holder_patient(ADULT)
    nm = a.name(p, c.name_style(["full", "title", "CAPS"]))
    dob = a.dob(p)
    nam = a.nam(p)
    a.t("diagnosis", "lab_result", "social_information")
    soc = c.r.choice(["receives last-resort financial assistance (social solidarity program) since losing %s job" % p.poss(),
                      "lives on the Guaranteed Income Supplement only, about $1,450/month, in subsidised housing",
                      "is a refugee claimant without private insurance; interim federal health coverage pending"])
    lines = ["Hello,", "",
             "I am writing in support of the hearing-aid funding application for %s, born %s (RAMQ %s)." % (nm, dob, nam), "",
             "Audiological findings: bilateral moderate-to-severe sensorineural hearing loss (PTA R %d / L %d dB HL), "
             "word recognition %d%% / %d%%. %s cannot follow conversation without amplification." % (
                 c.r.randint(48, 65), c.r.randint(48, 68), c.r.randint(60, 88), c.r.randint(56, 86), p.pron("en").capitalize()), "",
             "Financial situation: %s %s, and cannot pay the balance of the devices not covered by the public "
             "program." % (p.title("en") + " " + p.surname, soc), "",
             "Supporting documents (audiogram, proof of income) will be sent by the patient.", "", "Sincerely,", "",
             sig("campbell", "en")]
    a.names.append(p.title("en") + " " + p.surname)
    org = c.r.choice([("Fondation Entendre Mieux", "aide@entendremieux.example"),
                      ("Lions Club Hearing Fund - Deux-Rives", "hearingfund@lions-deuxrives.example")])
    return a.mail("funding", "support letter for hearing-aid funding with income details", me("campbell", "en"),
                  [ext(org[0], org[1])], "Hearing aid funding application - support letter", "\n".join(lines),
                  modes=["plain", "alt"])


def t_fwd_thread(c):
    a = Acc(c)
    p = c.patient()
    full = p.name("full", "en")
    a.names.append(full)
    a.t("patient_name")
    pmail = "%s.%s@mailbox.example" % (slug(p.given), slug(p.surname))
    tel = a.phone(p, "cell")
    a.t("diagnosis", "medication")
    t1 = c.now - dt.timedelta(days=3, hours=2)
    t2 = c.now - dt.timedelta(days=2, hours=5)
    sym = c.r.choice([
        ("The ringing in my left ear is now constant and I hear my heartbeat in it at night. I'm on "
         "amitriptyline 10 mg from my GP but it doesn't help.", "pulsatile tinnitus - needs imaging"),
        ("Since the sinus surgery I still can't smell anything and I get nosebleeds every morning. "
         "I'm doing the budesonide rinses twice a day.", "post-FESS epistaxis/anosmia"),
        ("My ear tube fell out already, the left ear is draining again and the amoxicillin didn't help. "
         "I've missed a week of work.", "otorrhoea after tube extrusion")])
    orig = "Hi,\n\n%s\n\nCan someone call me? %s\n\nThanks\n%s" % (sym[0], tel, full)
    mid = "Hi %s,\n\nI've passed your message to the nurse, she will call you within 2 business days.\n\n" \
          "ENT Office" % p.given
    body = ["Rachel - see below, %s. Patient called twice since. Can you triage?" % sym[1], "", "Nadia", "",
            fwd_header("en", "ENT Office <orl@%s>" % DOM, "%s <%s>" % (full, pmail), t2.strftime("%a, %b %d, %Y at %I:%M %p"),
                       "RE: question about my ear" if "ear" in sym[0] else "RE: question"), "", mid, "",
            attribution(c, "%s <%s>" % (full, pmail), t1, "en"), quote(orig)]
    return a.mail("forward", "forwarded thread with patient message", me("bisson", "en"), [me("kowalski", "en")],
                  "FW: RE: question", "\n".join(body))


def t_waitlist_en(c):
    a = Acc(c)
    n = c.r.randint(6, 10)
    hdr = ["Surname", "Given name", "DOB", "MRN", "Health no.", "Procedure", "Dx", "Listed", "Priority"]
    rows = [hdr]
    for i in range(n):
        if i < 2:
            p = c.holder_patient(ADULT)
            hn = a.nam(p, "plain")
        elif i == 2 and c.idx % 2 == 0:
            p = c.patient(province="ON")
            hn = a.ohn(p, "hyphen")
        else:
            p = c.patient()
            hn = ""
        a.t("patient_name")
        a.names.append(p.surname)
        if p.holder:
            a._hold.setdefault(id(p), [p.holder, [], []])[1].append(p.surname)
        proc = c.r.choice([("FESS", "CRSwNP"), ("Septoplasty", "deviated septum, nasal obstruction"),
                           ("FESS + septo", "recurrent acute sinusitis"), ("Inferior turbinate reduction", "turbinate hypertrophy"),
                           ("Balloon sinuplasty", "frontal sinusitis")])
        rows.append([p.surname, p.given, a.dob(p, "iso"), a.mrn(p, "plain"), hn, proc[0], proc[1],
                     fmt_date(c.earlier(30, 600), "iso", "en"), "P%d" % c.r.randint(2, 4)])
    a.t("diagnosis")
    data = xlsx([("Rhinology waitlist", rows)], author="ENT")
    txt = ("Hi Annie,\n\nAttached is Dr. Vachon's rhinology waitlist as of today, as requested for the access "
           "committee. %d patients, oldest listed %s.\n\nNadia\n\n%s") % (
        n, min(r[7] for r in rows[1:]), sig("bisson", "en", rich=False))
    return a.mail("waitlist", "sinus surgery wait list spreadsheet", me("bisson", "en"), [me("labrecque", "en")],
                  "Rhinology waitlist", txt,
                  atts=[Att("Rhinology_waitlist_%s.xlsx" % c.today.strftime("%Y-%m-%d"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data)])


def t_noshow_csv(c):
    a = Acc(c)
    n = c.r.randint(6, 12)
    rows = [["mrn", "patient", "phone", "appt_date", "clinic", "reason"]]
    for i in range(n):
        p = c.patient(age_range=(2, 90))
        rows.append([a.mrn(p, "plain"), a.name(p, c.r.choice(["CAPS", "comma"]), "en"), a.phone(p, "phone", "dash"),
                     fmt_date(c.earlier(1, 30), "iso", "en"), c.r.choice(["AUD", "ENT", "VOICE", "CI"]),
                     c.r.choice(["hearing aid check", "post-op T&A", "tinnitus assessment", "CI mapping",
                                 "OME follow-up", "vocal nodules therapy", "SSNHL recheck", "vertigo"])])
    a.t("diagnosis")
    data = csv_text(rows)
    txt = ("Hi,\n\nMonthly no-show export attached (%d patients). Could the clerks call them this week to rebook?\n\n"
           "Thanks,\nAnnie") % n
    cte = c.r.choice(["base64", "quoted-printable", "7bit"])
    return a.mail("export", "no-show list CSV with phone numbers", me("labrecque", "en"), [shared("orl", "en")],
                  "No-shows %s" % c.today.strftime("%B"), txt,
                  atts=[Att("noshows_%s.csv" % c.today.strftime("%Y%m"), "text/csv", text=data, charset="us-ascii", cte=cte)])


def t_lab_followup(c):
    a = Acc(c)
    p = c.holder_patient(ADULT) if c.idx % 2 == 0 else c.patient(age_range=(25, 75))
    nm = a.name(p, c.name_style(["full", "title", "CAPS", "init"]))
    mrn = a.mrn(p)
    a.t("lab_result", "medication", "diagnosis")
    lab = c.r.choice([
        ("post total thyroidectomy", "Ca 1.98 mmol/L (L), iCa 0.97, PTH 0.9 pmol/L (L), Mg 0.68",
         "increase calcium carbonate to 1.5 g TID and calcitriol 0.5 mcg BID, recheck in 3 days"),
        ("on levothyroxine after hemithyroidectomy", "TSH 8.4 mU/L (H), free T4 10.2",
         "increase Synthroid from 75 to 100 mcg daily, TSH in 6 weeks"),
        ("on dupilumab for CRSwNP", "eosinophils 1.9 x10^9/L (H), otherwise normal CBC",
         "continue Dupixent 300 mg q2w, repeat CBC in 1 month"),
        ("post-tonsillectomy bleed", "Hb 97 g/L, plt 254, INR 1.1", "tranexamic acid 1 g PO TID x 5 days")])
    lines = ["Kevin,", "", "Labs back on %s (MRN %s), %s:" % (nm, mrn, lab[0]), lab[1], "",
             "Plan: %s. Can you call %s and send the Rx to the pharmacy?" % (lab[2], p.obj())]
    if p.holder:
        lines[2] = "Labs back on %s (MRN %s, DOB %s, RAMQ %s), %s:" % (nm, mrn, a.dob(p), a.nam(p), lab[0])
    lines += ["", staff_name("lacasse", "en", title=False).split(" ")[0]]
    return a.mail("lab_followup", "lab results follow-up between physicians", me("lacasse", "en"), [me("okafor", "en")],
                  c.r.choice(["labs", "Labs - please action", "FYI labs"]), "\n".join(lines))


def t_attached_eml(c):
    a = Acc(c)
    p = c.patient()
    full = p.name("full", "en")
    a.names.append(full)
    a.t("patient_name", "diagnosis", "medication")
    pmail = "%s%d@mailbox.example" % (slug(p.given), c.r.randint(10, 99))
    tel = a.phone(p)
    addr = a.address(p) if c.r.random() < 0.5 else None
    msg = c.r.choice([
        "I had my tonsils out 8 days ago. Since this morning I'm spitting blood, maybe a tablespoon. I'm taking "
        "the Tylenol and ibuprofen as prescribed. Should I come in?",
        "My voice has been gone for 3 weeks since the thyroid surgery and I choke on water. I'm on levothyroxine "
        "and calcium. Is this normal?",
        "The hearing aid clinic says my left ear has wax blocking again. I have been using the Debrox drops "
        "for a week. Can I get an appointment for cleaning?"])
    body = "Hello,\n\n%s\n\n%s\nPhone: %s%s" % (msg, full, tel, ("\nAddress: " + addr) if addr else "")
    inner = Mail("en", "x", "x", [], (full, pmail), [shared("orl", "en")], "Question after surgery", body, modes=["plain"])
    nb = c.nested(inner, offset_days=0)
    txt = "Rachel, patient email attached - please triage and call back today.\n\nThanks\nNadia"
    return a.mail("forward", "patient email forwarded as attached message", me("bisson", "en"), [me("kowalski", "en")],
                  "FW: Question after surgery", txt,
                  atts=[Att("Question after surgery.eml", "message/rfc822", nested=nb)])


def t_violence(c):
    a = Acc(c)
    p = c.patient(sex=c.r.choice(["F", "F", "M"]), age_range=(19, 55))
    nm = a.name(p, c.name_style(["full", "CAPS", "title"]))
    dob = a.dob(p)
    mrn = a.mrn(p)
    a.t("diagnosis", "social_information")
    tel = a.phone(p, "cell")
    lines = ["Hi Valérie,", "",
             "Seen in ENT clinic this morning for follow-up of a displaced nasal fracture (closed reduction done last "
             "week) and a left tympanic membrane perforation.", "",
             "Patient: %s, DOB %s, MRN %s" % (nm, dob, mrn), "",
             "%s disclosed that the injuries were caused by %s partner, and that this is not the first time. "
             "There are two children at home. %s does not want police involvement for now but agreed to see you." % (
                 p.pron("en").capitalize(), p.poss(), p.pron("en").capitalize()),
             "Safe number to call (do NOT leave a message at home): %s" % tel, "",
             "Thanks,", staff_name("okafor", "en")]
    return a.mail("social", "ENT resident flags partner violence to social work", me("okafor", "en"), [me("hebert", "en")],
                  c.r.choice(["Confidential - SW referral", "urgent SW please", "Referral for support"]), "\n".join(lines))


def t_intl(c):
    a = Acc(c)
    fr = c.idx % 2 == 0
    p = c.patient(age_range=(18, 30))
    nm = a.name(p, c.name_style(["CAPS", "full", "comma"]))
    dob = a.dob(p)
    ident = a.nir(p) if fr else a.niss(p)
    a.t("diagnosis", "medication")
    case = c.r.choice([("peritonsillar abscess, drained in clinic", "amoxicillin-clavulanate 875 mg BID x 10 days"),
                       ("acute mastoiditis, left", "IV ceftriaxone, admitted 3 nights"),
                       ("septal haematoma after hockey injury", "incision and drainage, cephalexin 500 mg QID")])
    blocks = [("h", "Student health insurance - medical certificate"),
              ("t", [["Student", nm], ["Date of birth", dob],
                     ["French social security no." if fr else "Belgian national number", ident],
                     ["Host institution", "Université des Deux-Rives - exchange programme"],
                     ["Date of care", fmt_date(c.earlier(2, 10), "long", "en")],
                     ["Diagnosis", case[0]], ["Treatment", case[1]]]),
              ("p", "Signed: %s" % dr("marchand", "en"))]
    data = pdf("Medical certificate for insurer", blocks, compress=c.idx % 2 == 1)
    txt = ("Hello,\n\nPlease find attached the medical certificate requested by the student's home insurer. "
           "The invoice will follow separately from our billing department.\n\n%s") % sig("marchand", "en")
    fn = "certificate_%s.pdf" % slug(p.surname)
    return a.mail("insurer", "medical certificate for exchange student's home insurer", me("marchand", "en"),
                  [ext("International Office", "intl.health@udr.example")], "Medical certificate (student)", txt,
                  atts=[Att(fn, "application/pdf", data=data)])


def t_filename_only(c):
    a = Acc(c)
    p = c.patient()
    a.t("patient_name")
    fn_name = "%s_%s" % (p.surname.replace("'", ""), p.given[0])
    a.names.append(p.surname.replace("'", ""))
    mrn = a.mrn(p, "plain")
    a.t("lab_result", "diagnosis")
    kind = c.r.choice([("Audiogram", "Bilateral sensorineural hearing loss, moderate, sloping. Tympanograms type A. "
                                     "WRS 76% R, 72% L. Recommend bilateral amplification."),
                       ("VNG_report", "Right unilateral vestibular weakness 42% on caloric testing. Positional testing "
                                      "negative. Consistent with right vestibular neuritis (resolving)."),
                       ("Strobe_report", "Left vocal fold paresis with incomplete closure; mucosal wave preserved. "
                                         "Recommend voice therapy and re-evaluation.")])
    blocks = [("p", "Chart no.: %s" % mrn), ("p", "Date of test: %s" % fmt_date(c.earlier(1, 14), "iso", "en")),
              ("h", "Findings"), ("p", kind[1]), ("p", "Tested by: %s" % staff_name("campbell", "en"))]
    if c.idx % 2 == 0:
        data = docx(kind[0].replace("_", " "), blocks, author="Audiology")
        fn = "%s_%s_%s.docx" % (kind[0], fn_name, c.today.strftime("%Y%m%d"))
        ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        data = pdf(kind[0].replace("_", " "), blocks)
        fn = "%s_%s_%s.pdf" % (kind[0], fn_name, c.today.strftime("%Y%m%d"))
        ct = "application/pdf"
    txt = "See attached, as discussed.\n\nHeather\n\n" + sig("campbell", "en", rich=c.r.random() < 0.5)
    return a.mail("report", "test report, patient named only in file name", me("campbell", "en"),
                  [ext("Dr. Marcus Webb", "mwebb@rocklandmedical.example")], "Report", txt,
                  atts=[Att(fn, ct, data=data)])
