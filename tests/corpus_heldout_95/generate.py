#!/usr/bin/env python3
"""Generate the held-out ophthalmology DLP corpus (seed 9505).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import collections
import email
import email.policy
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
from gen_common import Ctx, load_nam_holders  # noqa: E402
from gen_mime import build  # noqa: E402

SEED = 9505

POS_PLAN = [  # scenario, n_fr, n_en
    ("referral_retina", 4, 2), ("ivt_list", 3, 1), ("cataract_or_list", 3, 1), ("glaucoma_consult", 4, 2),
    ("dr_screening_csv", 3, 1), ("saaq_report", 4, 1), ("low_vision", 4, 2), ("subject_only", 4, 2),
    ("filename_only", 4, 2), ("patient_mail_fwd", 4, 2), ("reply_quoted", 3, 2), ("transport_booking", 3, 1),
    ("ics_appointment", 3, 1), ("vcard_patient", 2, 1), ("signout_list", 2, 1), ("lab_followup", 3, 1),
    ("op_note_docx", 3, 1), ("pharmacy_question", 3, 1), ("ontario_patient", 1, 1), ("french_patient", 2, 0),
    ("belgian_patient", 2, 0), ("sin_disability", 2, 1), ("zip_oct", 2, 1), ("attached_eml", 2, 1),
    ("html_confirmation", 2, 1), ("dpj_child", 2, 0), ("nam_only_disguised", 2, 1), ("mrn_only", 2, 1),
    ("cataract_waitlist_xlsx", 2, 1), ("recall_letter", 2, 1), ("complaint", 1, 1), ("glasses_rx", 1, 1),
]

NEG_PLAN = [
    ("staff_schedule_xlsx", 4, 2), ("oncall_roster", 4, 1), ("leave_request", 4, 1), ("occupational_health", 3, 1),
    ("payroll_hr", 3, 1), ("newsletter", 4, 2), ("invoice_pdf", 4, 1), ("purchase_order", 3, 1),
    ("supplier_recall", 3, 2), ("drug_shortage", 4, 2), ("conference_programme", 4, 1), ("committee_notice", 4, 2),
    ("job_posting", 4, 2), ("it_notice", 4, 2), ("facilities", 4, 1), ("stats_csv", 4, 2), ("blank_form", 4, 2),
    ("teaching_case", 4, 2), ("research_protocol", 3, 1), ("patient_leaflet", 3, 1), ("referral_guidelines", 3, 1),
    ("clinic_hours_public", 3, 1), ("equipment_maintenance", 3, 2), ("meeting_minutes", 3, 1), ("training", 3, 2),
    ("accreditation", 2, 1), ("template_placeholders", 3, 1), ("staff_social", 3, 1), ("infection_control", 3, 1),
    ("staff_reply_thread", 4, 2), ("physician_bio", 3, 2), ("satisfaction_survey", 3, 1), ("staff_ics", 3, 2),
    ("vcard_staff", 2, 1), ("zip_policies", 2, 1), ("eml_fwd_notice", 2, 1), ("pharma_rep", 2, 1),
    ("lost_found", 2, 0), ("coverage_notice", 3, 2),
]


def expand(plan, rng):
    items = []
    for name, nf, ne in plan:
        items += [(name, "fr")] * nf + [(name, "en")] * ne
    rng.shuffle(items)
    return items


def transport_summary(out_dir):
    c = collections.Counter()
    for f in sorted(glob.glob(os.path.join(out_dir, "positive", "*.eml")) + glob.glob(os.path.join(out_dir, "negative", "*.eml"))):
        raw = open(f, "rb").read()
        c["CRLF" if b"\r\n" in raw else "LF"] += 1
        head = raw.split(b"\n\n", 1)[0] if b"\r\n" not in raw else raw.split(b"\r\n\r\n", 1)[0]
        if b"=?" in head:
            c["RFC 2047 header"] += 1
        if re.search(rb"filename\*(0\*)?=", raw) or re.search(rb"name\*(0\*)?=", raw):
            c["RFC 2231 file name"] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        c["top: " + msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                c["message/rfc822 part"] += 1
            if part.get_filename():
                fn = part.get_filename()
                if any(ord(ch) > 127 for ch in fn):
                    c["non-ASCII file name"] += 1
            if part.is_multipart():
                continue
            cs = part.get_content_charset()
            if cs and part.get_content_maintype() == "text":
                c["charset " + cs.lower()] += 1
            cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            c["cte " + cte] += 1
            fn = part.get_filename()
            if fn:
                ext = fn.rsplit(".", 1)[-1].lower() if "." in fn else "?"
                c["attachment ." + ext] += 1
    return c


def write_readme(out_dir, counts, type_counts, digest, transports, cats):
    t_lines = "\n".join("| `%s` | %d |" % (t, n) for t, n in type_counts.items())
    tr = "\n".join("- %s: %d" % (k, v) for k, v in sorted(transports.items()))
    pos_c = ", ".join("%s (%d)" % (k, v) for k, v in sorted(cats["positive"].items()))
    neg_c = ", ".join("%s (%d)" % (k, v) for k, v in sorted(cats["negative"].items()))
    text = """# Held-out DLP corpus 95 — ophthalmology (eye clinic and optometrists)

Flavour: an eye clinic, its hospital department and community optometrists in Quebec — retina injections,
cataract surgery lists, glaucoma follow-ups, diabetic retinopathy screening, driving-fitness reports to the SAAQ,
low-vision services. About 70 % French (Quebec), 30 % English. Seed **9505**.

All people, institutions, addresses and numbers are invented (`*.example` domains, 555-01xx phone numbers).
RAMQ NAMs come only from `../blind_nams.txt`, always with their holder's name, birth date and sex; SIN, Ontario
health numbers, Belgian NISS and French NIR are generated and validated with python-stdnum.

## Layout

- `positive/pNNN_<category>.eml` — {pos} confidential messages
- `negative/nNNN_<category>.eml` — {neg} non-confidential messages (hard negatives)
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}}}`
- `generate.py` + `gen_common.py`, `gen_util.py`, `gen_mime.py`, `gen_attach.py`, `gen_pos_a.py`, `gen_pos_b.py`,
  `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`, `gen_check.py`

## Counts

- Files: {total} (positive {pos}, negative {neg})
- Languages: fr {fr}, en {en}

| type | positives labelled |
|---|---|
{types}

Positive categories: {pos_c}

Negative categories: {neg_c}

## Definition used

A message is **confidential** when a reader could identify a patient (name in any form — with or without title,
surname first, lower case, initial + surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR, or
chart number / MRN, possibly disguised by spacing, dots, slashes, dashes, lower case or full-width digits) **and**
learn something personal, medical or social about them (diagnosis, symptoms, medication, results, procedure,
appointment for care, birth date, contact details in a care context, social situation) anywhere: Subject, body,
quoted history, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml, image) or an
attachment's file name. Staff information, physicians named with the diseases they treat, speakers, aggregate
statistics, newsletters, blank forms and templates, anonymised teaching cases, invoices, purchase orders,
lot / serial / asset numbers (some pass a Luhn check), clinic contact details, IT / facilities notices, job postings,
committee notices, drug-shortage notices, recalls and research protocols without participants are **not**
confidential. Each positive lists the finding types a good filter must find; each negative lists none.

## Transports used

{tr}

## Regenerate

    python generate.py            # writes next to generate.py
    python generate.py --out DIR  # writes elsewhere

Output is byte-identical between runs (fixed seed, fixed dates in ZIP/DOCX/XLSX, reportlab invariant mode).
The generator re-parses every file with `email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP, nested
messages), checks the labels, NAM placement, SIN / health-number / NISS / NIR validity and that no NAM holder's
name appears in a negative, then prints counts and the digest.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

    {digest}
""".format(pos=counts["positive"], neg=counts["negative"], total=counts["positive"] + counts["negative"],
           fr=counts.get("fr", 0), en=counts.get("en", 0), types=t_lines, tr=tr, digest=digest, pos_c=pos_c, neg_c=neg_c)
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in glob.glob(os.path.join(out, sub, "*.eml")):
            os.remove(f)

    assert sum(a + b for _, a, b in POS_PLAN) == 120 and sum(a for _, a, _ in POS_PLAN) == 84
    assert sum(a + b for _, a, b in NEG_PLAN) == 180 and sum(a for _, a, _ in NEG_PLAN) == 126

    rng = random.Random(SEED)
    holders = load_nam_holders()
    ctx = Ctx(rng, holders)
    pos_fns = {}
    for m in (gen_pos_a, gen_pos_b, gen_pos_c):
        pos_fns.update(m.SCENARIOS)
    neg_fns = {}
    for m in (gen_neg_a, gen_neg_b, gen_neg_c):
        neg_fns.update(m.SCENARIOS)

    labels = {}
    cats = {"positive": collections.Counter(), "negative": collections.Counter()}
    for kind, plan, fns, prefix in (("positive", POS_PLAN, pos_fns, "p"), ("negative", NEG_PLAN, neg_fns, "n")):
        for i, (name, lang) in enumerate(expand(plan, rng), start=1):
            res = fns[name](ctx, lang)
            data = build(ctx, res["mail"])
            rel = "%s/%s%03d_%s.eml" % (kind, prefix, i, res["category"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": kind == "positive", "types": res["types"] if kind == "positive" else [],
                           "lang": res["mail"].lang, "note": res["note"]}
            cats[kind][res["category"]] += 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    errors, counts, type_counts, digest = gen_check.run(out, holders)
    write_readme(out, counts, type_counts, digest, transport_summary(out), cats)
    if errors:
        print("SELF-CHECK FAILED (%d problems):" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
