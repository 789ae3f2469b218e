"""Generate the labelled corpus: 120 confidential and 180 hard-negative outbound messages from an
invented paediatric emergency department and short-stay unit.

    python generate.py [--out DIR]

Reads nothing but its own modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import gen_base as B  # noqa: E402
import gen_common as C  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

SEED = 123517

POS_COUNTS = {
    "referral": 5, "discharge_summary": 5, "census": 5, "youth_protection": 5, "lab_followup": 4,
    "imaging_followup": 3, "prescription": 5, "school_note": 4, "poison_centre": 4, "transfer": 4,
    "insurer_form": 4, "billing_claim": 5, "quick_note": 4, "reply": 4, "forward": 4, "forward_attached": 3,
    "appointment": 4, "contact_card": 3, "callback_list": 3, "discharge_note": 3, "subject_name": 3,
    "public_health": 4, "interpreter": 3, "benefits_form": 4, "incident_report": 3, "culture_list": 3,
    "mental_health": 4, "records_request": 3, "consult": 4, "quality_review": 2, "family_reply": 2, "repatriation": 4,
}
# templates that print a RAMQ NAM (with name, birth date and sex) when handed a NAM holder
NAM_OK = {"referral", "discharge_summary", "census", "youth_protection", "imaging_followup", "prescription",
          "transfer", "insurer_form", "callback_list", "public_health", "benefits_form", "records_request",
          "consult", "quality_review", "mental_health"}

NEG_COUNTS = {
    "schedule": 6, "hr_leave": 6, "payroll": 4, "occupational_health": 5, "job_posting": 5, "candidate": 4,
    "social_committee": 5, "orientation": 4, "training": 5, "minutes": 4, "staff_contact": 4, "shift_swap": 5,
    "newsletter": 6, "guideline": 5, "teaching_case": 6, "statistics": 6, "research": 4, "drug_shortage": 5,
    "recall": 5, "blank_form": 5, "template": 4, "committee": 5, "conference": 5, "oncall_list": 4,
    "public_health_bulletin": 4, "handout": 4,
    "invoice": 6, "purchase_order": 5, "inventory": 4, "biomed": 4, "it_notice": 6, "facilities": 4, "drill": 4,
    "foundation": 4, "volunteers": 4, "vendor_quote": 4, "policy_forward": 5, "accreditation": 5,
}


def templates(*mods):
    out = {}
    for m in mods:
        out.update(m.TEMPLATES)
    return out


def plan(kind, counts, seed):
    slots, k = [], 0
    for name in counts:
        for v in range(counts[name]):
            slots.append({"template": name, "variant": v, "lang": "fr" if k % 2 == 0 else "en"})
            k += 1
    rng = C.rng_for(seed, "plan", kind)
    rng.shuffle(slots)
    if kind == "pos":
        seen = {}
        for s in slots:
            n = seen.get(s["template"], 0)
            seen[s["template"]] = n + 1
            s["holder"] = s["template"] in NAM_OK and n % 2 == 0
    return slots


def build(seed):
    pos_t = templates(gen_pos_a, gen_pos_b, gen_pos_c)
    neg_t = templates(gen_neg_a, gen_neg_b, gen_neg_c)
    assert set(pos_t) == set(POS_COUNTS) and sum(POS_COUNTS.values()) == 120, "positive plan"
    assert set(neg_t) == set(NEG_COUNTS) and sum(NEG_COUNTS.values()) == 180, "negative plan"
    pool = B.HolderPool(C.HOLDERS)
    results = []
    for i, s in enumerate(plan("pos", POS_COUNTS, seed), 1):
        ctx = B.Ctx(seed, "pos", i, s["lang"], pool, s["holder"])
        ctx.variant = s["variant"]
        res = pos_t[s["template"]](ctx)
        res["rel"] = "positive/p%03d_%s.eml" % (i, res["category"])
        res["confidential"] = True
        results.append(res)
    for i, s in enumerate(plan("neg", NEG_COUNTS, seed), 1):
        ctx = B.Ctx(seed, "neg", i, s["lang"], None, False)
        ctx.variant = s["variant"]
        res = neg_t[s["template"]](ctx)
        res["rel"] = "negative/n%03d_%s.eml" % (i, res["category"])
        res["confidential"] = False
        res["types"] = []
        results.append(res)
    return results


def digest_of(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE, help="output folder (default: beside this file)")
    args = ap.parse_args(argv)
    out = args.out
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    results = build(SEED)
    labels, meta = {}, {}
    for res in results:
        with open(os.path.join(out, res["rel"]), "wb") as fh:
            fh.write(res["bytes"])
        labels[res["rel"]] = {"confidential": res["confidential"], "types": res["types"], "lang": res["lang"],
                              "note": res["note"]}
        meta[res["rel"]] = {"nams": res["nams"], "ids": res["ids"]}
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    errors, features = verify(out, meta)
    rels = list(labels) + ["labels.json"]
    digest = digest_of(out, rels)
    write_readme(os.path.join(out, "README.md"), SEED, labels, features, digest)
    npos = sum(1 for v in labels.values() if v["confidential"])
    print("positives %d, negatives %d" % (npos, len(labels) - npos))
    for lang in ("fr", "en"):
        print("  %s: %d positives, %d negatives" % (
            lang, sum(1 for v in labels.values() if v["lang"] == lang and v["confidential"]),
            sum(1 for v in labels.values() if v["lang"] == lang and not v["confidential"])))
    print("digest %s" % digest)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print("%d check(s) failed" % len(errors), file=sys.stderr)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
