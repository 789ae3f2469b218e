"""Positive messages, part C: transport bookings and prescriptions for worker patients."""
import datetime

import gen_attach as A
from gen_common import disguise_nam, fdate, phone, street
from gen_text import ANALGESICS, INJURIES, MEDS, closing, greet, org_name, signature
from gen_util import *  # noqa: F401,F403


def p_transport_request(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    sec = clinic_admin(others, doc)
    p = worker_patient(rng, False)
    adr = street(rng)
    ph = phone(rng)
    k = rng.choice([4, 7, 12, 8])
    inj = INJURIES[k]
    start = datetime.date(2025, rng.randint(1, 11), rng.randint(1, 25))
    if lang == "fr":
        subj = rng.choice(["Demande de transport — physiothérapie", "Taxi CNESST à organiser", "Transport adapté svp"])
        body = ("%s\n\nPourriez-vous organiser le transport (taxi, frais remboursés par la CNESST) pour :\n\n"
                "%s\n%s\nTél. : %s\n\n"
                "Destination : Physio Santé Deux-Ponts, 3 fois par semaine (lun-mer-ven, 10 h) à partir du %s, pour 6 semaines.\n"
                "Raison médicale : %s ; %s ne peut pas conduire (plâtre / béquilles). Aide pour monter dans le véhicule.\n\n%s\n%s") % (
            greet(rng, "fr"), p.full, adr, ph, fdate(start, "fr"), inj[0], p.pron("fr"), closing(rng, "fr"), signature(rng, sec, "fr"))
    else:
        subj = rng.choice(["Transport request - physiotherapy", "CNESST taxi to arrange", "Adapted transport please"])
        body = ("%s\n\nCould you arrange transport (taxi, costs reimbursed by CNESST) for:\n\n%s\n%s\nPhone: %s\n\n"
                "Destination: Physio Santé Deux-Ponts, 3 times a week (Mon-Wed-Fri, 10 a.m.) from %s, for 6 weeks.\n"
                "Medical reason: %s; %s cannot drive (cast / crutches). Needs help getting into the vehicle.\n\n%s\n%s") % (
            greet(rng, "en"), p.full, adr, ph, fdate(start, "en"), inj[1], p.pron("en"), closing(rng, "en"), signature(rng, sec, "en"))
    return mk("transport_request", lang, who(sec, lang), [("Taxi Deux-Ponts — répartition", "repartition@taxi-2p.example")], subj,
              text=body, types={"patient_name", "patient_contact", "diagnosis"},
              note="transport booking with worker's home address, phone and injury")


def p_prescription(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, rng.random() < 0.5)
    meds = rng.sample(ANALGESICS, 2)
    types = {"patient_name", "date_of_birth", "medication"}
    d = datetime.date(2025, rng.randint(1, 11), rng.randint(1, 28))
    lines = [("Patient : %s" if lang == "fr" else "Patient: %s") % p.full,
             ("Date de naissance : %s" if lang == "fr" else "Date of birth: %s") % fdate(p.dob, lang, 1)]
    if p.nam:
        lines.append(("NAM : %s" if lang == "fr" else "RAMQ: %s") % disguise_nam(p.nam, rng.choice([0, 1, 8])))
        types.add("ramq_nam")
    lines += ["", "Rx :" if lang == "fr" else "Rx:"]
    for m in meds:
        lines.append("  - " + (m[0] if lang == "fr" else m[1]))
    lines += ["", ("Lésion professionnelle — facturer la CNESST" if lang == "fr" else "Work injury - bill CNESST"),
              ("Prescripteur : %s, %s" if lang == "fr" else "Prescriber: %s, %s") % (doc.display(lang), org_name(clinic, lang)),
              ("Date : %s" if lang == "fr" else "Date: %s") % fdate(d, lang, 1)]
    pdf = A.make_pdf("Ordonnance" if lang == "fr" else "Prescription", lines, org_line=org_name(clinic, lang), author=doc.full)
    pharm = rng.choice(["Pharmacie Deux-Ponts", "Pharmacie du Portage", "Pharmacie Saint-Aurèle"])
    if lang == "fr":
        subj = rng.choice(["Ordonnance", "Ordonnance — télécopie", "Rx pour votre client"])
        body = "%s\n\nOrdonnance ci-jointe. L'original suit par la poste.\n\n%s" % (greet(rng, "fr"), signature(rng, doc, "fr"))
    else:
        subj = rng.choice(["Prescription", "Rx - fax copy", "Prescription for your client"])
        body = "%s\n\nPrescription attached. Original to follow by mail.\n\n%s" % (greet(rng, "en"), signature(rng, doc, "en"))
    return mk("prescription", lang, who(doc, lang), [(pharm, "rx@%s.example" % pharm.lower().replace(" ", "-").replace("î", "i").replace("è", "e"))], subj,
              text=body, atts=[att(PDF, pdf, "Rx_%s.pdf" % d.strftime("%Y%m%d"))], types=types,
              note="prescription PDF to a community pharmacy")


POS_C = [p_transport_request, p_prescription]
