"""English positive templates, part 2: quoted replies, inline forwards, CSV
clinic lists, calendar and vCard, social work, foreign patients, names only in
an attachment's file name, ZIP exports and attached messages."""
import datetime

import gen_data as D
import gen_docs as G
import gen_mime as M
from gen_base import dt, en_fwd_header, quote, who
from gen_clin import SCENARIOS

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def en_reply_quoted(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice(SCENARIOS)
    m.add("diagnosis", "medication")
    asker = r.choice(["walsh", "veilleux", "kowalski"])
    doc = r.choice(["raman", "haddad", "bisson"])
    nm = m.name(p, ["full", "last_first_mixed", "initial_caps"][v % 3])
    mr = m.mrn(p, r.choice(["plain", "slash", "dash"])) if v != 0 else None
    q = ("Hi,\n\nQuestion about %s%s: %s Current meds: %s.\n\nOK to continue as is until the next visit, or do you "
         "want to adjust?\n\nThanks,\n%s" % (nm, (" (MRN %s)" % mr) if mr else "", sc["hx_en"], sc["med_en"],
                                            D.STAFF[asker][0]))
    ans = r.choice(["Continue for now. I'll see them Tuesday.", "Add doxycycline 100 mg bid for 2 weeks, keep the rest. I'll write the order.",
                    "Please book an urgent duplex before anything else."])
    od = m.date - datetime.timedelta(hours=r.randrange(1, 20))
    style = v % 2
    if style == 0:
        txt = "%s\n\n%s\n\nOn %s, %s at %s, %s <%s> wrote:\n%s" % (
            ans, D.STAFF[doc][0], D.en_day(od), od.year, od.strftime("%I:%M %p"), D.staff_name(asker, "en", title=False),
            D.staff_addr(asker), quote(q))
    else:
        txt = "%s\n\n%s\n\n%s\n\n%s" % (ans, D.STAFF[doc][0],
                                        en_fwd_header(who(asker), D.staff_name(doc, "en", title=False), od, "patient question"), q)
    return m.finish("reply", "reply with quoted question about a clinic patient", who(doc), [who(asker)],
                    "RE: patient question", m.body(txt, "plain" if v != 2 else "alt"),
                    extra=[("In-Reply-To", "<pq%d@chrs.example>" % m.idx), ("References", "<pq%d@chrs.example>" % m.idx)])


def en_forward_inline(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice([SCENARIOS[3], SCENARIOS[9], SCENARIOS[13], SCENARIOS[4]])
    m.add("diagnosis", "medication")
    nm = m.name(p, r.choice(["caps", "last_first", "title_full"]))
    od = m.date - datetime.timedelta(days=r.randrange(1, 5))
    inner = ("Team,\n\n%s was seen in the cast room today. %s\nMedications reviewed: %s\n\n"
             "Next cast change in one week. Orthotics: measured for CROW walker.\n\nMarc-Antoine Poulin, CO(C)"
             % (nm, sc["hx_en"], sc["med_en"]))
    top = r.choice(["See below - can we discuss at Thursday rounds?", "FYI, forwarding Marc-Antoine's note.",
                    "Looping you in."])
    txt = "%s\n\nChantal\n\n---------- Forwarded message ---------\nFrom: Marc-Antoine Poulin <%s>\nDate: %s, %d\nSubject: cast clinic\nTo: <%s>\n\n%s" % (
        top, D.staff_addr("poulin"), D.en_day(od), od.year, "equipe.plaies@" + D.ORG_DOM, inner)
    return m.finish("forward", "inline forward of a cast-clinic note", who("veilleux"),
                    [who(r.choice(["raman", "okafor"]))], "Fwd: cast clinic", m.body(txt, "plain" if v != 1 else "html"))


def en_clinic_csv(m, v):
    r = m.rng
    pts = [m.patient() for _ in range(r.randrange(6, 10))]
    reasons = ["TCC change", "post-op check TMA", "NPWT change", "new referral - CLTI", "debridement",
               "compression wrap", "offloading boot fit", "suture removal groin"]
    rows = [["time", "patient", "mrn", "reason", "room"]]
    h = 8
    for i, p in enumerate(pts):
        rows.append(["%02d:%02d" % (h + i // 2, 30 * (i % 2)), m.name(p, "last_first_mixed"), m.mrn(p, "plain"),
                     r.choice(reasons), "B2-%d" % r.randrange(1, 7)])
    m.add("diagnosis")
    csvtxt = G.make_csv(rows, r.choice([",", ";"]))
    txt = ("Good afternoon,\n\nTomorrow's wound clinic list is attached (%d patients). Two add-ons may come from ED.\n\n%s"
           % (len(pts), D.signature("parent", "en")))
    fname = r.choice(["clinic_list_%s.csv" % m.later(1, 1).strftime("%Y%m%d"), "Wound clinic - tomorrow.csv"])
    node = M.mixed(m.body(txt, "plain"), M.attach_text(csvtxt, "text/csv", fname,
                                                        charset=r.choice(["utf-8", "windows-1252"]),
                                                        cte=["base64", "quoted-printable", "7bit"][v % 3]))
    return m.finish("clinic_list", "next-day wound clinic list as CSV", who("parent"),
                    [("Wound clinic staff", "equipe.plaies@" + D.ORG_DOM)], "Clinic list for tomorrow", node)


def en_ics_vcard(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice(SCENARIOS)
    m.add("diagnosis")
    nm = m.name(p, "full")
    if v == 1:
        m.add("patient_contact")
        vc = G.make_vcard(p.given, p.surname, tel=[("HOME", p.phone), ("CELL", "613-555-01%02d" % r.randrange(60, 100))],
                          adr=p.address, note="Wound clinic patient - %s. Call before home visit." % sc["short_en"])
        txt = ("Hi Véronique,\n\nContact card for the home visit next week attached. Prefers calls after 10.\n\n"
               + D.signature("walsh", "en", short=True))
        node = M.mixed(M.text(txt), M.attach_text(vc, "text/x-vcard", "%s.vcf" % p.surname.replace("'", ""), cte="7bit"))
        return m.finish("contact_card", "patient contact card for a home visit", who("walsh"), [who("lalime")],
                        "contact for home visit", node)
    when = m.later(2, 10)
    start = datetime.datetime(when.year, when.month, when.day, r.choice([9, 11, 14]), 30)
    mr = m.mrn(p, "plain")
    summ = "Wound clinic - %s (MRN %s) - %s" % (nm, mr, sc["short_en"])
    ics = G.make_ics("%s-%d@chrs.example" % (m.msgid[1:9], m.idx), datetime.datetime(2025, 1, 6, 13, 0), start,
                     start + datetime.timedelta(minutes=45), summ, description=sc["hx_en"],
                     location="Wound clinic room B2-4", organizer=("Emilie Parent", D.staff_addr("parent")),
                     attendees=[("Chantal Veilleux", D.staff_addr("veilleux"))])
    txt = "You have been invited: %s\n%s %s" % (summ, D.en_day(when), start.strftime("%H:%M"))
    node = M.alt(M.text(txt), M.attach_text(ics, "text/calendar; method=REQUEST", "invite.ics", cte="base64"))
    return m.finish("calendar", "calendar invitation for a clinic visit", who("parent"), [who("veilleux")],
                    "Invitation: " + summ, node)


def en_social(m, v):
    r = m.rng
    p = m.holder("young")
    ident = m.nam_block(p, layout=r.choice(["lines", "inline"]))
    m.add("diagnosis", "social_information")
    case = [
        ("Bilateral heel and forefoot wounds from walking in wet footwear; frostbite blisters on 3 toes.",
         "Currently homeless after losing a room in a shared apartment; sleeping at the men's/women's shelter on Laurier, which closes at 7 a.m."),
        ("Injection-related abscess of the left forearm and a venous ulcer of the right leg.",
         "Uses opioids daily; enrolled in the methadone program in the past. No fixed address, receives last-resort income support."),
        ("Laceration of the left foot after a fall, poorly healing, glucose poorly controlled (type 1 diabetes).",
         "Disclosed intimate partner violence during the visit; safety plan discussed; the shelter worker was contacted with consent."),
    ][v % 3]
    txt = ("Hi Lucie,\n\nReferral for social work follow-up from the wound clinic.\n\n%s\n\nWounds: %s\n\nSocial: %s\n\n"
           "Next wound visit: %s. Could you meet them in clinic that day?\n\nThanks,\n%s"
           % (ident, case[0], case[1], D.en_day(m.later(2, 9)), D.signature("walsh", "en")))
    return m.finish("social_work", "social work referral from the wound clinic", who("walsh"), [who("menard")],
                    "SW referral - wound clinic", m.body(txt, ["plain", "html", "alt"][v % 3]))


def en_foreign_nir(m, v):
    r = m.rng
    g, s, sex = r.choice(D.PATIENTS_FRANCE)
    p = m.patient(pool=[(g, s, sex)], dob_range=(1945, 1966))
    nir = D.gen_nir(r, p.dob, p.sex)
    nf = m.ident("nir", nir, D.fmt_nir(nir, r.choice(["space", "plain", "key"])))
    nm = m.name(p, r.choice(["full", "caps", "last_first"]))
    dob = m.dob(p, r.choice(["dmy", "iso"]))
    sc = r.choice([SCENARIOS[8], SCENARIOS[12], SCENARIOS[5]])
    m.add("diagnosis")
    txt = ("Hello,\n\nWe admitted a French visitor through the ED yesterday.\n\nName: %s\nDOB: %s\nFrench social security "
           "no. (NIR): %s\nTravel insurer: policy number on the scanned card in the chart\n\nDiagnosis: %s\nPlan: %s\n\n"
           "Please open a non-resident billing file. The family will bring the European insurance documents tomorrow.\n\n%s"
           % (nm, dob, nf, sc["dx_en"], sc["proc_en"], D.signature("cotefiset", "en", unit=D.VASC_EN, phone=D.PHONE_VASC)))
    return m.finish("foreign_patient", "French visitor admitted, non-resident billing", who("cotefiset"),
                    [("Patient billing", "facturation.hq@" + D.ORG_DOM)], "Non-resident admission - France",
                    m.body(txt, "plain" if v != 1 else "alt"))


def en_foreign_niss(m, v):
    r = m.rng
    g, s, sex = r.choice(D.PATIENTS_BE)
    p = m.patient(pool=[(g, s, sex)], dob_range=(1948, 1972))
    niss = D.gen_niss(r, p.dob, p.sex)
    nf = m.ident("niss", niss, D.fmt_niss(niss, r.choice(["std", "plain", "hyphen"])))
    nm = m.name(p, r.choice(["full", "last_first"]))
    sc = r.choice([SCENARIOS[1], SCENARIOS[4], SCENARIOS[9]])
    m.add("diagnosis")
    rows = [["Name", "NISS", "Diagnosis", "Admitted"], [nm, nf, sc["dx_en"], m.earlier(0, 3).isoformat()]]
    x = G.make_xlsx([("Non-resident", rows)], author="Francine Asselin")
    txt = ("Hi,\n\nBelgian patient admitted to vascular - details in the attached sheet. Their mutual insurer needs a "
           "guarantee of payment request by Friday.\n\n" + D.signature("asselin", "en", unit=D.VASC_EN, phone=D.PHONE_VASC))
    node = M.mixed(m.body(txt, "plain"), M.attach(x, XLSX, "non_resident_%s.xlsx" % m.today.strftime("%Y%m%d")))
    return m.finish("foreign_patient", "Belgian patient admitted, guarantee of payment", who("asselin"),
                    [("Admitting", "admission@" + D.ORG_DOM)], "Belgian patient - guarantee of payment", node)


def en_filename_only(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice([SCENARIOS[1], SCENARIOS[6], SCENARIOS[9], SCENARIOS[3]])
    m.add("diagnosis")
    m.name(p, "surname")
    weeks = [m.earlier(7 * k, 7 * k) for k in (4, 3, 2, 1, 0)]
    rows = [["Date", "Length (cm)", "Width (cm)", "Depth (cm)", "Tissue", "Exudate"]]
    L, W = r.uniform(3, 6), r.uniform(2, 4)
    for i, d in enumerate(weeks):
        f = 1 - 0.12 * i
        rows.append([d.isoformat(), "%.1f" % (L * f), "%.1f" % (W * f), "%.1f" % (0.8 * f),
                     r.choice(["granulation 80%", "slough 40%", "granulation 60%"]), r.choice(["low", "moderate"])])
    pdf = G.make_pdf("Wound measurement log", [("h", "Wound measurement log"), "Site: " + sc["short_en"],
                                               ("table", rows)])
    fname = r.choice(["Wound_log_%s_%s.pdf" % (p.surname.upper().replace("'", ""), p.given),
                      "%s %s - wound measurements.pdf" % (p.given, p.surname)])
    txt = ("Dr. Raman,\n\nAttached is the measurement log you asked for. %s The wound has decreased about 45%% in "
           "4 weeks on the current plan.\n\n%s" % (sc["hx_en"], D.signature("veilleux", "en")))
    node = M.mixed(m.body(txt, "plain" if v != 2 else "alt"), M.attach(pdf, "application/pdf", fname, fname_style="2231" if v == 1 else None))
    return m.finish("wound_log", "wound measurement log, name only in attachment file name", who("veilleux"),
                    [who("raman")], "measurement log as requested", node)


def en_audit_zip(m, v):
    r = m.rng
    hs = [m.holder("adult") for _ in range(r.choice([2, 3]))]
    rows = [["Surname", "Given name", "DOB", "Sex", "RAMQ", "Procedure", "Complication"]]
    comps = ["SSI (Pseudomonas)", "graft thrombosis day 3", "none", "re-amputation BKA", "wound dehiscence"]
    procs = ["fem-pop bypass", "TMA", "BKA", "toe amputation", "fem endarterectomy"]
    for p in hs:
        m.types.update(["patient_name", "date_of_birth", "ramq_nam"])
        m.meta["names"].append(p.surname)
        dob = p.dob.isoformat()
        m.meta["nams"].append({"nam": p.nam, "dob": dob, "sex": p.sex, "sex_pat": p.sex})
        rows.append([p.surname, p.given, dob, p.sex, p.nam, r.choice(procs), r.choice(comps)])
    m.add("diagnosis")
    x = G.make_xlsx([("cases", rows)], author="Sylvain Dufour")
    z = G.make_zip([("VQI_cases_Q%d.xlsx" % ((m.today.month - 1) // 3 + 1), x)])
    txt = ("Hi Josiane,\n\nHere are the identified cases for the quality registry abstraction (zip). Please strip "
           "identifiers before uploading.\n\n" + D.signature("dufour", "en"))
    node = M.mixed(m.body(txt, "plain"), M.attach(z, "application/x-zip-compressed", "registry_cases.zip"))
    return m.finish("audit_export", "identified case export for quality registry", who("dufour"), [who("ferland")],
                    "registry cases", node)


def en_attached_eml(m, v):
    r = m.rng
    p = m.patient()
    sc = r.choice([SCENARIOS[13], SCENARIOS[6], SCENARIOS[3], SCENARIOS[4]])
    m.add("diagnosis", "medication", "patient_contact")
    nm = m.name(p, "title_full")
    kid = r.choice(["Karen", "Steve", "Michelle", "Brian"])
    rel = "mother" if p.sex == "F" else "father"
    inner_txt = ("Hello,\n\nI am writing about my %s, %s. Since the surgery (%s) the pain is worse at night and the "
                 "%s is not helping. Could someone call me back? My number is %s, or my %s's home line %s.\n\n"
                 "Thank you,\n%s" % (rel, nm, sc["proc_en"], sc["med_en"].split(",")[0],
                                     "613-555-01%02d" % r.randrange(60, 100), rel, p.phone, kid))
    if v == 2:
        m.add("social_information")
        inner_txt = inner_txt.replace("Thank you,", "%s is alone most of the week since %s moved to long-term care.\n\nThank you,"
                                      % ("She" if p.sex == "F" else "He", "Dad" if p.sex == "F" else "Mom"))
    d0 = dt(m.earlier(1, 2), 19, 42)
    inner = m.nested((kid, "%s.family%d@mailbox.example" % (kid.lower(), r.randrange(10, 99))),
                     [("Wound clinic", "clinique.plaies@" + D.ORG_DOM)], "my %s - pain after surgery" % rel,
                     M.text(inner_txt), d0)
    txt = ("Dr. Haddad,\n\nForwarding this message from the family (attached). I called back and left a message. "
           "Can we adjust analgesia?\n\n" + D.signature("parent", "en"))
    node = M.mixed(M.text(txt), M.rfc822(inner, r.choice(["family message.eml", "FW message.eml"])))
    return m.finish("attached_message", "family e-mail attached and forwarded to surgeon", who("parent"), [who("haddad")],
                    "FW: my %s - pain after surgery" % rel, node)


TEMPLATES = [en_reply_quoted, en_forward_inline, en_clinic_csv, en_ics_vcard, en_social, en_foreign_nir,
             en_foreign_niss, en_filename_only, en_audit_zip, en_attached_eml]
