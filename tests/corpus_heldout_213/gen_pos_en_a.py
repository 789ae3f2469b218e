"""Positive (confidential) English messages, part A."""
import datetime

from gen_common import (date_en, mrn_str, nam_str, name_as, shift, pick)
from gen_ids import make_ohip, ohip_fmt
from gen_tpl import (spec, quote, reply_header, forward_block, att_pdf, att_ics, att_xlsx,
                     list_addr, ext_addr, dt)


def _his(p):
    return "her" if p["sex"] == "F" else "his"


def _he(p):
    return "she" if p["sex"] == "F" else "he"


def type_screen(w, k):
    rng = w.rng
    p = w.patient(age_lo=45, age_hi=85)
    tm = w.staff("tm_chef", hospital=p["hosp"])
    surg = w.staff("md", hospital=p["hosp"])
    ab = pick(rng, ["anti-E", "anti-K", "anti-c", "anti-Fya"])
    n = rng.randint(2, 4)
    proc = pick(rng, ["CABG x3 for triple-vessel CAD", "Whipple for pancreatic adenocarcinoma",
                      "open AAA repair (6.2 cm aneurysm)"])
    T = {"patient_name", "mrn", "lab_result", "diagnosis"}
    who = f"{name_as(p, pick(rng, ['title_full_en', 'upper_first', 'full']))} "
    if k == 2:
        who = f"in OR {rng.randint(1, 9)} "
        T.discard("patient_name")
    text = (f"Hi {surg.dr('en')},\n\nFor your patient {who}"
            f"(MRN {mrn_str(p, pick(rng, ['plain', 'space', 'hyphen', 'dot']))}) booked for {proc} "
            f"on {date_en(shift(w.today, rng.randint(1, 4)), 1)}:\n\n"
            f"  Group: {p['abo']}\n  Antibody screen: POSITIVE\n  Antibody ID: {ab} (new, not on file)\n"
            f"  DAT: negative\n\nWe have {n} {ab.replace('anti-', '')}-negative, crossmatch-compatible units on hold "
            "until 08:00 the day after surgery. If you expect more than "
            f"{n} units please let us know today so we can order antigen-negative blood from {w.supplier}.\n\n"
            + tm.signature("en", rng))
    return spec("crossmatch", "en", tm.addr(), [surg.addr()],
                pick(rng, ["Crossmatch ready - antibody identified", "Blood for OR - positive screen"]
                     + ([f"T&S result for {p['surname']}"] if k != 2 else [])),
                text=text, types=T, note="crossmatch result with new antibody to surgeon")


def reaction_pdf(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=40)
    tso = w.staff("cst", hospital=p["hosp"])
    hem = w.staff("hemato")
    kind = pick(rng, ["TACO", "TRALI", "FNHTR"])
    T = {"patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result", "medication"}
    lines = [f"Patient: {name_as(p, 'upper_first')}", f"DOB: {date_en(p['dob'], 0)}   Sex: {p['sex']}",
             f"RAMQ: {nam_str(p, pick(rng, ['plain', 'space']))}   Chart: {p['mrn']}",
             "## Clinical summary",
             f"Admitted with {pick(rng, ['CHF exacerbation', 'community-acquired pneumonia', 'GI bleed'])}; "
             f"received {rng.randint(1, 3)} RBC units on {date_en(shift(w.today, -rng.randint(2, 6)), 2)}.",
             f"Within 3 h: dyspnea, SpO2 {rng.randint(82, 88)}% on RA, BP {rng.randint(150, 190)}/{rng.randint(80, 100)}, "
             f"BNP {rng.randint(900, 4200)} ng/L, CXR bilateral infiltrates.",
             "Treated with furosemide 40 mg IV x2 and oxygen; improved in 6 h." if kind == "TACO" else
             "Required BiPAP; no response to diuretics; echo normal EF." if kind == "TRALI" else
             "Temp rose 1.4 C with rigors; acetaminophen 650 mg PO; cultures negative.",
             "## Conclusion", f"Case definition met for {kind}. Imputability: probable. Severity: "
             f"{pick(rng, ['non-severe', 'severe'])}.", "Reported to the provincial hemovigilance system."]
    T.add("mrn")
    fname = pick(rng, [f"{kind}_investigation_{p['surname']}.pdf", f"TR-{w.today:%Y}-{rng.randint(10, 99)}.pdf"])
    text = (f"Dr. {hem.surname},\n\nThe investigation for {name_as(p, pick(rng, ['title_en', 'initial']))} on 5B is complete "
            f"({kind}); report attached for your review before it goes to the committee.\n\n" + tso.signature("en", rng))
    return spec("reaction_investigation", "en", tso.addr(), [hem.addr()],
                pick(rng, [f"{kind} investigation - for review", "Transfusion reaction report attached"]),
                text=text, atts=[att_pdf(fname, "Transfusion Reaction Investigation", lines, author=tso.full)],
                types=T, note="transfusion reaction investigation report, PDF", nams=[p])


def iron_clinic(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=30)
    nurse = w.staff("inf_pbm", hospital=p["hosp"])
    clerk = w.staff("commis", hospital=p["hosp"])
    d = shift(w.today, rng.randint(2, 12))
    start = datetime.datetime(d.year, d.month, d.day, rng.choice([8, 9, 10, 13]), 30)
    drug = pick(rng, ["ferric derisomaltose (Monoferric) 1000 mg IV", "iron sucrose (Venofer) 300 mg IV",
                      "ferric carboxymaltose 750 mg IV"])
    T = {"patient_name", "ramq_nam", "date_of_birth", "medication", "lab_result", "diagnosis"}
    text = (f"Hi {clerk.given},\n\nPlease book the following in the infusion chair schedule:\n\n"
            f"{name_as(p, pick(rng, ['upper_first', 'full']))}\nDOB {date_en(p['dob'], pick(rng, [0, 1, 3]))} ({p['sex']})\n"
            f"RAMQ {nam_str(p, pick(rng, ['space', 'wide', 'hyphen']))}\n"
            f"{drug}, {date_en(d, 1)} at {start:%H:%M}\n"
            f"Indication: iron deficiency anemia before surgery (Hb {rng.randint(92, 115)}, ferritin {rng.randint(6, 25)})\n\n"
            "Calendar hold attached.\n\nThanks,\n" + nurse.given)
    ics = att_ics("iron_infusion.ics", uid=f"iron-{d:%Y%m%d}-{k}@trois-rivages.example", start=start,
                  end=start + datetime.timedelta(minutes=90), summary=f"IV iron - {p['surname'].upper()}",
                  description=f"{drug}", location=f"Infusion clinic, {p['hosp']['en']}",
                  organizer=(nurse.full, nurse.email), attendees=[(clerk.full, clerk.email)])
    return spec("booking", "en", nurse.addr(), [clerk.addr()], pick(rng, ["Iron infusion booking", "PBM chair request"]),
                text=text, atts=[ics], types=T, note="IV iron infusion booking with ICS", nams=[p])


def sickle_exchange(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=18, age_max=45)
    hem = w.staff("hemato")
    sw = w.staff("ts", hospital=p["hosp"])
    T = {"patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result", "social_information"}
    soc = pick(rng, ["lost the apartment last month and is staying at a shelter",
                     "is on last-resort financial assistance and cannot pay the bus to come in",
                     "has been couch-surfing since the eviction"])
    text = (f"Hi {sw.given},\n\nCould you see {name_as(p, 'full')} (DOB {date_en(p['dob'], 1)}, RAMQ "
            f"{nam_str(p, pick(rng, ['plain', 'space']))}) when {_he(p)} comes for the monthly red cell exchange on "
            f"{date_en(shift(w.today, rng.randint(3, 10)), 1)}? Sickle cell disease (HbSS), HbS pre-exchange was "
            f"{rng.randint(38, 62)}% last time and {_he(p)} missed two sessions. {_he(p).capitalize()} told the nurse {_he(p)} {soc}.\n\n"
            "Missing exchanges puts them at real risk of stroke/ACS. Anything you can do for transport or housing would help.\n\n"
            + hem.signature("en", rng))
    return spec("social_work_referral", "en", hem.addr(), [sw.addr()],
                pick(rng, ["Social work referral - exchange transfusion patient", "Can you see my patient on the 12th?",
                           "Missed exchanges - housing issue"]),
                text=text, types=T, note="social work referral for sickle cell exchange patient", nams=[p])


def ohip_patient(w, k):
    rng = w.rng
    p = w.patient(age_lo=20, age_hi=88)
    hcn = make_ohip(rng)
    ver = pick(rng, ["", "AB", "KT", "XR"])
    clerk = w.staff("commis", hospital=p["hosp"])
    mgr = w.staff("gest")
    T = {"patient_name", "ca_health_number", "date_of_birth", "diagnosis", "mrn"}
    dx = pick(rng, ["massive GI bleed (8 RBC units, 4 plasma)", "ruptured spleen after snowmobile crash",
                    "postpartum hemorrhage requiring MTP"])
    text = (f"Hello,\n\nOut-of-province claim to prepare for an Ontario resident:\n\n"
            f"Name: {name_as(p, pick(rng, ['upper_first', 'sur_first']))}\nDOB: {date_en(p['dob'], pick(rng, [0, 2]))}\n"
            f"Ontario health card: {ohip_fmt(hcn, pick(rng, ['hyphen', 'space', 'plain']), ver)}\n"
            f"Chart: {mrn_str(p, 'plain')}\nStay: {date_en(shift(w.today, -rng.randint(10, 20)), 2)} to {date_en(shift(w.today, -2), 2)}\n"
            f"Reason: {dx}\n\nBlood components are not billable but please list them on the reciprocal form. "
            "The patient's card was photocopied at admission and is in the paper chart.\n\n" + clerk.signature("en", rng))
    return spec("billing_ohip", "en", clerk.addr(), [mgr.addr(), list_addr("facturation.horsquebec")],
                pick(rng, ["Out-of-province claim - Ontario", "Reciprocal billing: Ontario patient"]),
                text=text, types=T, note="out-of-province billing with Ontario health number", ids=[("ca_health_number", hcn)])


def signout(w, k):
    rng = w.rng
    tm = w.staff("tm", hospital=w.rng.choice(w.hospitals))
    nxt = w.staff("tm", hospital=tm.hospital)
    pats = [w.patient() for _ in range(rng.randint(4, 6))]
    items = [("new anti-K, needs K-neg units", {"lab_result"}),
             ("DHTR workup pending, eluate tomorrow", {"diagnosis"}),
             ("MTP earlier, now stable", set()),
             ("warm AIHA, least-incompatible units only", {"diagnosis"}),
             ("HLA-matched plts ordered for refractoriness", {"diagnosis"}),
             ("pregnant, anti-D titre 1:64", {"lab_result"}),
             ("IgA deficient - washed products", {"diagnosis"})]
    lines = []
    T = {"patient_name", "mrn"}
    for pt in pats:
        style = pick(rng, ["upper_first", "sur_first", "lower_sur", "initial"])
        item, tt = pick(rng, items)
        T |= tt
        lines.append(f"{rng.randint(201, 699)}  {name_as(pt, style):<24} {mrn_str(pt, 'plain'):<9} {item}")
    text = (f"{nxt.given} - sign-out for tonight:\n\n" + "\n".join(lines) +
            f"\n\nFridge 2 alarm was reset at 15:40, logged. Courier from {w.supplier} due at 21:00.\n\n{tm.given}\n")
    return spec("signout_list", "en", tm.addr(2), [nxt.addr(2)], pick(rng, ["sign-out", "BB handover", "evening handover"]),
                text=text, types=T, note="blood bank evening handover roster")


def forwarded(w, k):
    rng = w.rng
    p = w.patient(age_lo=30, age_hi=90) if k != 0 else w.nam_patient(age_min=30)
    a = w.staff("inf", hospital=p["hosp"])
    b = w.staff("cst", hospital=p["hosp"])
    c = w.staff("hemato")
    T = {"patient_name", "diagnosis", "medication", "lab_result"}
    idl = f"chart {mrn_str(p, pick(rng, ['plain', 'space']))}"
    T.add("mrn")
    if p["nam"]:
        idl += f", RAMQ {nam_str(p, 'plain')}, DOB {date_en(p['dob'], 0)}, sex {p['sex']}"
        T |= {"ramq_nam", "date_of_birth"}
    when = dt(shift(w.today, -1), rng.randint(19, 23), rng.randint(0, 59))
    inner = (f"Hi,\n\n{name_as(p, pick(rng, ['title_full_en', 'full']))} ({idl}) developed hives and wheezing ~20 min "
             "into a platelet transfusion. Stopped, gave diphenhydramine 50 mg IV and hydrocortisone 100 mg IV, "
             f"salbutamol neb. Sats back to {rng.randint(94, 98)}%. {_he(p).capitalize()} has had two similar episodes this year.\n\n"
             f"IgA level was sent: result today <0.05 g/L.\n\n{a.full}, RN")
    text = (f"{c.dr('en')} - FYI, see below. Third allergic reaction; with the IgA result should we switch to washed "
            "or IgA-deficient products? I'd like to flag the file today.\n\n" + b.signature("en", rng, short=True) + "\n"
            + forward_block("en", when, a, b, "Reaction tonight on 6A", inner))
    return spec("forwarded_reaction", "en", b.addr(), [c.addr()],
                pick(rng, ["Fwd: Reaction tonight on 6A", "FW: allergic reaction - IgA?"]),
                text=text, types=T, note="forwarded report of allergic transfusion reaction",
                nams=[p] if p["nam"] else [])


def ivig_pharmacy(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=18)
    hem = w.staff("hemato")
    ph = w.staff("pharm", hospital=p["hosp"])
    wt = rng.randint(52, 104)
    dx = pick(rng, ["ITP, platelets 9", "CIDP relapse", "Guillain-Barre syndrome", "warm AIHA refractory to steroids"])
    T = {"patient_name", "ramq_nam", "date_of_birth", "medication", "diagnosis"}
    if "platelets" in dx:
        T.add("lab_result")
    text = (f"Hello {ph.given},\n\nIVIG order for today, please prepare:\n\n"
            f"Patient: {name_as(p, pick(rng, ['sur_first', 'upper', 'lower']))}, DOB {date_en(p['dob'], 2)}, {p['sex']}\n"
            f"RAMQ: {nam_str(p, pick(rng, ['plain', 'dot', 'widespace']))}\n"
            f"Weight: {wt} kg\nIndication: {dx}\n"
            f"IVIG (Gamunex-C) 1 g/kg = {wt} g IV daily x 2 days\n"
            "Premed: acetaminophen 650 mg PO, cetirizine 10 mg PO\n\n"
            "The form for the provincial IVIG request has been faxed to the blood bank.\n\n" + hem.signature("en", rng))
    return spec("pharmacy_order", "en", hem.addr(), [ph.addr()],
                pick(rng, ["IVIG order", "IVIG - urgent today", "Order: immune globulin"]),
                text=text, types=T, note="IVIG order to hospital pharmacy", nams=[p])


def peds_thal(w, k):
    rng = w.rng
    p = w.nam_patient(age_max=17)
    nurse = w.staff("inf", hospital=p["hosp"])
    hem = w.staff("hemato")
    parent = pick(rng, ["mother", "father"])
    T = {"patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result", "medication", "patient_contact"}
    text = (f"Dr. {hem.surname},\n\n{p['given']} {p['surname']} (DOB {date_en(p['dob'], 1)}, {p['sex']}, RAMQ "
            f"{nam_str(p, pick(rng, ['plain', 'space', 'slash']))}) - beta-thalassemia major, chronic transfusion program.\n"
            f"Pre-transfusion Hb {rng.randint(82, 95)} g/L, ferritin {rng.randint(1800, 4200)} ug/L.\n"
            f"Currently on deferasirox {rng.choice([20, 25, 30])} mg/kg/day; {parent} reports missed doses.\n\n"
            f"Next transfusion is booked for {date_en(shift(w.today, 21), 1)}. The {parent} asked to be called at home "
            f"({p['phone']}) rather than on the work line.\n\n" + nurse.signature("en", rng))
    return spec("pediatric_followup", "en", nurse.addr(), [hem.addr()],
                pick(rng, ["Chronic transfusion follow-up", f"{p['given']} - ferritin and chelation"]),
                text=text, types=T, note="pediatric chronic transfusion follow-up", nams=[p])


def social_homeless(w, k):
    rng = w.rng
    p = w.patient(age_lo=25, age_hi=70)
    sw = w.staff("ts", hospital=p["hosp"])
    nurse = w.staff("inf_pbm", hospital=p["hosp"])
    T = {"patient_name", "mrn", "social_information", "patient_contact", "diagnosis"}
    text = (f"Hi {nurse.given},\n\nFollowing up on {name_as(p, pick(rng, ['full', 'lower', 'title_full_en']))} "
            f"(MRN {mrn_str(p, pick(rng, ['plain', 'hyphen']))}). {_he(p).capitalize()} has no fixed address at the moment; "
            f"the best way to reach {'her' if p['sex'] == 'F' else 'him'} is through the shelter front desk at {p['phone']} "
            f"or the outreach worker. {_he(p).capitalize()} receives social assistance and has no phone plan.\n\n"
            f"For the iron infusions for {pick(rng, ['heavy menstrual bleeding', 'iron deficiency anemia', 'chronic GI blood loss'])} "
            "we arranged bus tickets through the hospital foundation fund. Please call me rather than send letters.\n\n"
            + sw.signature("en", rng))
    return spec("social_work_note", "en", sw.addr(), [nurse.addr()],
                pick(rng, ["Contact info for your iron patient", "Re: no fixed address - how to reach"]),
                text=text, types=T, note="social worker note on homeless infusion patient")
