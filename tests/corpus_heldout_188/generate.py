#!/usr/bin/env python3
"""Write the labelled e-mail corpus (positives, hard negatives, labels, README) and verify it.

Usage: python generate.py [--out DIR]     (default: the folder holding this script)
"""
import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_ctx  # noqa: E402
import gen_mime  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
import gen_readme  # noqa: E402
import gen_util as U  # noqa: E402
import gen_verify  # noqa: E402

# (template, French count, English count)
PLAN_POS = [
    (PA.referral, 3, 3), (PA.consult_reply, 2, 2), (PA.lab_followup, 2, 2), (PA.imaging, 2, 1),
    (PA.discharge_pdf, 3, 3), (PA.prescription, 2, 2), (PA.quick_note, 2, 2),
    (PA.subject_only, 2, 2), (PA.mrn_only, 2, 2), (PA.incident, 1, 2), (PA.team_meeting, 2, 2),
    (PA.urodynamics, 1, 1),
    (PB.census_xlsx, 2, 2), (PB.census_inline, 2, 2), (PB.census_html, 1, 2), (PB.transport, 2, 2),
    (PB.appointment_ics, 2, 2), (PB.home_visit_vcard, 2, 2), (PB.insurer_sin, 2, 2),
    (PB.ontario_adp, 1, 2), (PB.belgian_niss, 2, 1), (PB.french_nir, 2, 1),
    (PC.social, 3, 3), (PC.forward_family, 2, 2), (PC.forward_attached, 2, 2),
    (PC.transfer_zip, 2, 2), (PC.wound_csv, 1, 1), (PC.seating_vendor, 2, 2), (PC.driving, 2, 2),
    (PC.filename_only, 2, 2), (PC.family_phone, 2, 2),
]
PLAN_NEG = [
    (NA.schedule, 3, 3), (NA.leave, 2, 3), (NA.payroll, 3, 2), (NA.newsletter, 3, 3),
    (NA.committee, 3, 3), (NA.conference, 3, 2), (NA.job_posting, 2, 3), (NA.occ_health, 3, 2),
    (NA.candidate, 2, 3), (NA.baby, 3, 2), (NA.directory, 2, 3), (NA.training, 3, 3),
    (NA.retirement, 2, 2), (NA.vendor_vcard, 3, 2), (NA.self_absence, 3, 2), (NA.foundation, 2, 2),
    (NA.budget_thread, 2, 3),
    (NB.invoice, 3, 3), (NB.purchase_order, 3, 2), (NB.inventory, 2, 3), (NB.it_notice, 3, 3),
    (NB.it_forward_eml, 2, 2), (NB.facilities, 3, 3), (NB.stats, 3, 3), (NB.teaching, 3, 3),
    (NB.blank_form, 2, 3), (NB.merge_template, 3, 2), (NB.shortage, 2, 3), (NB.recall, 3, 2),
    (NB.research, 2, 3), (NB.maintenance, 3, 2), (NB.survey, 2, 3), (NB.forms_zip, 2, 2),
    (NB.policy, 3, 2), (NB.accreditation, 2, 3),
]


def expand(plan, rng):
    jobs = []
    for fn, nfr, nen in plan:
        jobs += [(fn, "fr")] * nfr + [(fn, "en")] * nen
    rng.shuffle(jobs)
    return jobs


def build(out):
    master = random.Random(U.SEED)
    holders = U.load_holders()
    ctx = gen_ctx.Ctx(master, holders)
    pos_jobs = expand(PLAN_POS, master)
    neg_jobs = expand(PLAN_NEG, master)
    assert len(pos_jobs) == 120 and len(neg_jobs) == 180, (len(pos_jobs), len(neg_jobs))
    specs, labels, blobs = {}, {}, {}
    for folder, prefix, jobs, base in (("positive", "p", pos_jobs, 0),
                                       ("negative", "n", neg_jobs, 1000)):
        for i, (fn, lang) in enumerate(jobs, 1):
            ctx.begin(base + i, fn.__name__)
            spec = fn(ctx, lang)
            rel = "%s/%s%03d_%s.eml" % (folder, prefix, i, spec["cat"])
            mrng = U.make_rng("mime", rel)
            spec.setdefault("mailer", mrng.choice([
                None, "Microsoft Outlook 16.0", "Microsoft Outlook 16.0", "Mozilla Thunderbird",
                "Apple Mail (2.3776)", None]))
            raw = gen_mime.render(spec, mrng)
            if any(0xFF10 <= ord(ch) <= 0xFF3A for ch in spec.get("text", "") + spec["subject"]
                   + repr([a.get("msg", {}).get("text", "") for a in spec.get("atts", [])])):
                spec["features"].add("full-width digits or letters")
            if ">" in spec.get("text", "") and ("a écrit :" in spec["text"] or "wrote:" in spec["text"]
                                                or "Message d'origine" in spec["text"]
                                                or "Original Message" in spec["text"]):
                spec["features"].add("quoted reply")
            if "Message transféré" in spec.get("text", "") or "Forwarded message" in spec.get("text", ""):
                spec["features"].add("inline forward")
            specs[rel] = spec
            blobs[rel] = raw
            labels[rel] = {"confidential": folder == "positive",
                           "types": sorted(spec["types"]) if folder == "positive" else [],
                           "lang": lang, "note": spec["note"]}
            if folder == "negative":
                assert not spec["types"], (rel, spec["types"])
    for d in ("positive", "negative"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
        for f in os.listdir(os.path.join(out, d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, d, f))
    for rel, raw in blobs.items():
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(raw)
    lab_bytes = (json.dumps({k: labels[k] for k in sorted(labels)}, ensure_ascii=False, indent=1)
                 + "\n").encode("utf-8")
    with open(os.path.join(out, "labels.json"), "wb") as fh:
        fh.write(lab_bytes)
    return specs, labels


def digest(out):
    h = hashlib.sha256()
    rels = sorted(["positive/" + f for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")]
                  + ["negative/" + f for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")]
                  + ["labels.json"])
    for rel in rels:
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = ap.parse_args(argv)
    out = args.out
    os.makedirs(out, exist_ok=True)
    specs, labels = build(out)
    errs = gen_verify.verify(out, specs)
    dg = digest(out)
    gen_readme.write(out, specs, labels, dg)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d verification error(s)" % len(errs), file=sys.stderr)
        return 1
    print(dg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
