#!/usr/bin/env python3
"""Generate the held-out DLP corpus (addiction medicine / harm reduction /
sexual health, Montreal).  Deterministic from SEED.

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere
"""
import argparse
import collections
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_compose as K  # noqa: E402
import gen_ids as I  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_neg_d as ND  # noqa: E402
import gen_common as C  # noqa: E402

SEED = 9404

# (template, n_fr, n_en) -- 72 FR + 48 EN positives
POSITIVES = [
    (PA.referral_oat, 3, 2), (PA.consult_hcv, 3, 2), (PA.prep_followup, 3, 2), (PA.partner_notification, 3, 2),
    (PA.pharmacy_dose, 3, 2), (PA.handover_list, 2, 2), (PA.discharge_docx, 2, 1), (PA.lab_pdf, 2, 2),
    (PA.prescription, 3, 1), (PA.hiv_new_dx, 1, 1),
    (PB.outreach_note, 4, 3), (PB.patient_text, 4, 2), (PB.scs_incident, 2, 1), (PB.income_support_sin, 2, 1),
    (PB.dpj_child, 2, 1), (PB.child_ingestion, 1, 1), (PB.youth_clinic, 2, 1), (PB.probation_letter, 1, 1),
    (PB.housing_letter, 1, 1), (PB.voicemail, 2, 1),
    (PC.subject_only, 3, 2), (PC.filename_only, 2, 2), (PC.ics_appointment, 2, 1), (PC.vcard, 1, 1),
    (PC.csv_export, 2, 1), (PC.xlsx_roster, 2, 1), (PC.zip_bundle, 1, 1), (PC.quoted_reply, 3, 3),
    (PC.ontario_patient, 1, 2), (PC.french_tourist, 2, 1), (PC.belgian_student, 1, 1), (PC.mrn_only, 2, 1),
    (PC.exception_med_form, 2, 0), (PC.callback_list, 2, 1),
]

# 108 FR + 72 EN negatives
NEGATIVES = [
    (NA.staff_schedule, 4, 2), (NA.leave_request, 3, 2), (NA.occ_health_staff, 3, 2), (NA.payroll_hr, 3, 2),
    (NA.job_posting, 3, 2), (NA.it_notice, 4, 2), (NA.facilities, 3, 2), (NA.committee_notice, 3, 2),
    (NA.conference, 3, 2), (NA.social_event, 2, 2),
    (NB.newsletter, 4, 2), (NB.drug_alert, 3, 2), (NB.drug_shortage, 3, 2), (NB.teaching_case, 3, 2),
    (NB.physician_disease, 3, 2), (NB.protocol_update, 3, 2), (NB.generic_pharm_question, 3, 2),
    (NB.research_protocol, 2, 2), (NB.outreach_schedule, 3, 2), (NB.patient_info_mailing, 3, 1),
    (NB.pn_procedure, 2, 1), (NB.overdose_debrief, 2, 1),
    (NC.blank_form, 4, 2), (NC.stats_xlsx, 3, 2), (NC.stats_csv, 2, 2), (NC.invoice_pdf, 3, 2),
    (NC.supplier_recall, 3, 2), (NC.asset_inventory, 2, 2), (NC.training_ics, 2, 2), (NC.staff_vcard, 2, 1),
    (NC.annual_report_pdf, 2, 1), (NC.minutes_docx, 2, 1), (NC.staff_cert_list, 2, 1), (NC.fwd_newsletter_eml, 1, 1),
    (NC.ooo_autoreply, 2, 2), (NC.staff_medical_note, 1, 1),
    (ND.supply_order, 3, 2), (ND.press_media, 2, 1), (ND.student_rotation, 2, 2), (ND.satisfaction_survey, 2, 1),
    (ND.lab_code_change, 2, 2), (ND.fwd_guideline_chain, 1, 1),
]


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.people = I.People(self.rng)
        self.stats = collections.defaultdict(set)


def _slots(plan, rng):
    slots = [(fn, "fr") for fn, a, b in plan for _ in range(a)] + [(fn, "en") for fn, a, b in plan for _ in range(b)]
    rng.shuffle(slots)
    return slots


def generate(out):
    ctx = Ctx(SEED)
    rng = ctx.rng
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for old in glob.glob(os.path.join(out, sub, "*.eml")):
            os.remove(old)
    labels, meta = {}, {}
    for kind, plan in (("positive", POSITIVES), ("negative", NEGATIVES)):
        slots = _slots(plan, rng)
        for i, (fn, lang) in enumerate(slots, 1):
            ctx.people.log = []
            C.QUOTED.clear()
            spec = fn(ctx, lang)
            raw = K.build(rng, spec, f"{kind[0]}{i:03d}", ctx.stats)
            rel = f"{kind}/{kind[0]}{i:03d}_{spec['cat']}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": kind == "positive", "types": sorted(spec["types"]) if kind == "positive" else [],
                           "lang": lang, "note": spec["note"]}
            meta[rel] = {"nams": spec.get("nams", []), "ids": spec.get("ids", {}),
                         "patients": [I.strip_accents(n).lower().replace("-", " ").replace("'", " ") for n in ctx.people.log]}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return labels, meta, ctx.stats


README = """# Held-out DLP corpus 94 — addiction medicine, harm reduction and sexual health (Montréal)

Synthetic, labelled outbound e-mail of a fictitious Montréal clinic ("Clinique Relais Santé Centre-Sud": opioid
agonist treatment, supervised consumption site, STI testing and partner notification, HIV PrEP/PEP, hepatitis C
treatment, street outreach) and its partners (hospital, public health, community pharmacies, community groups).
All people, institutions, addresses (`*.example` domains) and phone numbers (555-01xx) are invented; RAMQ NAMs come
only from `../blind_nams.txt` and are always used with their holder's name, birth date and sex.

Seed: {seed}.

## Layout
- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages (hard negatives)
- `labels.json` — per file: `confidential`, `types`, `lang`, `note`
- `generate.py` + `gen_*.py` — generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)

## Languages
{langs}

## Finding types (number of positive files listing each)
{types}

## Definition used
A message is confidential when a reader could identify a patient (name in any form — with or without title,
surname first, lower case, initial + surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR, or
chart number/MRN, possibly disguised with spacing, dots, slashes, dashes or full-width digits) **and** learn something
personal, medical or social about them, anywhere in the message: Subject, body, quoted reply, inline forward,
attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.
Not confidential: staff information (schedules, leave, HR, payroll, an employee's own occupational health),
physicians named with the diseases they treat, conference speakers and topics, aggregate statistics, newsletters,
blank forms, anonymised teaching cases, invoices and purchase orders, lot/serial/asset/business numbers (even
Luhn-valid), clinic contact details, IT/facilities mail, job postings, committee notices, shortage notices and
research protocols without participants.

## Transports used
text/plain, text/html only, multipart/alternative, multipart/mixed with attachments, message/rfc822 (attached
.eml); charsets {charsets}; transfer encodings {ctes}; {eols} line endings; RFC 2047 encoded headers
(B and Q); RFC 2231 file names (single, continued, iso-8859-1) and RFC 2047-in-quotes file names; attachment kinds:
{atts}. ZIP, DOCX, XLSX and PDF use fixed timestamps, so two runs give identical bytes.

## Regenerate
    python generate.py            # in this folder
    python generate.py --out DIR  # elsewhere

The generator re-parses every file with `email.policy.default`, decodes every part and attachment, checks the
labels, NAMs, SIN/OHIP/NISS/NIR validity (python-stdnum) and that no NAM holder's name appears in a negative, then
prints counts and the digest.

## Digest
sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

    {digest}
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    labels, meta, stats = generate(out)
    errors, digest, langs, tcount = gen_check.run(out, meta)
    lang_txt = "\n".join(f"- {k}: {v}" for k, v in [
        ("positive fr", langs[("pos", "fr")]), ("positive en", langs[("pos", "en")]),
        ("negative fr", langs[("neg", "fr")]), ("negative en", langs[("neg", "en")])])
    type_txt = "\n".join(f"- `{k}`: {v}" for k, v in sorted(tcount.items()))
    readme = README.format(seed=SEED, npos=sum(k.startswith("positive/") for k in labels),
                           nneg=sum(k.startswith("negative/") for k in labels), langs=lang_txt, types=type_txt,
                           charsets=", ".join(sorted(stats["charset"])), ctes=", ".join(sorted(stats["cte"])),
                           eols=" and ".join(sorted(stats["eol"])), atts=", ".join(sorted(stats["att"])), digest=digest)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    print("transports:", {k: sorted(v) for k, v in sorted(stats.items())})
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
