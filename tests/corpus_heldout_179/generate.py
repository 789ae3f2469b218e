#!/usr/bin/env python3
"""Generate the labelled urology-department e-mail corpus (120 positives, 180 negatives).

Usage: python generate.py [--out DIR]   (default: the directory containing this file)
"""
import argparse
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
from gen_common import SEED_DEFAULT, TYPES, PatientPool, Tracker, load_nams  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_mime import build_message  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import digest, verify  # noqa: E402

# (template, count, forced language or None)
POSITIVE_PLAN = [
    (PA.p_referral, 7, None), (PA.p_eswl_booking, 5, None), (PA.p_or_booking, 5, None), (PA.p_imaging, 4, None),
    (PA.p_lab, 5, None), (PA.p_transport, 3, None), (PA.p_prescription, 5, None), (PA.p_discharge, 4, None),
    (PB.p_biopsy_booking, 5, None), (PB.p_pathology, 3, None), (PB.p_psa, 5, None), (PB.p_cysto_list, 4, None),
    (PB.p_catheter, 5, None), (PB.p_continence, 5, None), (PB.p_vasectomy, 5, None), (PB.p_census, 4, None),
    (PC.p_quick, 5, None), (PC.p_reply, 5, None), (PC.p_fwd_eml, 3, None), (PC.p_inline_fwd, 3, None),
    (PC.p_insurer, 5, None), (PC.p_ontario, 4, None), (PC.p_foreign, 6, "fr"), (PC.p_social, 3, None),
    (PC.p_vcard, 2, None), (PC.p_zip, 2, None), (PC.p_waitlist, 3, None), (PC.p_patient_mail, 3, None),
    (PC.p_subject_only, 2, None),
]
NEGATIVE_PLAN = [
    (NA.n_or_schedule, 7, None), (NA.n_oncall, 6, None), (NA.n_leave, 6, None), (NA.n_payroll, 6, None),
    (NA.n_occ_health, 5, None), (NA.n_candidates, 5, None), (NA.n_job_posting, 6, None), (NA.n_staff_social, 6, None),
    (NA.n_residents, 4, None), (NA.n_thread, 5, None),
    (NB.n_newsletter, 7, None), (NB.n_committee, 7, None), (NB.n_conference, 6, None), (NB.n_journal_club, 5, None),
    (NB.n_referral_guide, 5, None), (NB.n_teaching_case, 6, None), (NB.n_blank_form, 7, None),
    (NB.n_patient_education, 5, None), (NB.n_stats, 6, None), (NB.n_mm, 4, None), (NB.n_research, 5, None),
    (NB.n_shortage, 5, None), (NB.n_policy, 5, None),
    (NC.n_invoice, 7, None), (NC.n_purchase_order, 7, None), (NC.n_inventory, 5, None), (NC.n_recall, 5, None),
    (NC.n_equipment, 6, None), (NC.n_it, 6, None), (NC.n_facilities, 6, None), (NC.n_vendor_contact, 5, None),
    (NC.n_fwd_notice, 4, None),
]

IDENTITY = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
START = datetime.datetime(2024, 9, 3, 0, 0)


def plan_slots(plan, rng):
    slots = []
    for fn, n, lang in plan:
        slots += [(fn, lang)] * n
    rng.shuffle(slots)
    total = len(slots)
    forced_fr = sum(1 for _, l in slots if l == "fr")
    forced_en = sum(1 for _, l in slots if l == "en")
    free = total - forced_fr - forced_en
    n_fr = total // 2 - forced_fr
    langs = ["fr"] * n_fr + ["en"] * (free - n_fr)
    rng.shuffle(langs)
    out, j = [], 0
    for fn, l in slots:
        if l is None:
            l = langs[j]
            j += 1
        out.append((fn, l))
    return out


def msg_time(rng):
    while True:
        d = START + datetime.timedelta(days=rng.randrange(0, 182))
        if d.weekday() < 5 or rng.random() < 0.08:
            break
    return d.replace(hour=rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 19, 22]),
                     minute=rng.randrange(60), second=rng.randrange(60))


def msgid(rng, when, frm):
    dom = frm[1].split("@")[1]
    h = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    return f"<{when.strftime('%Y%m%d%H%M%S')}.{h}@{dom}>"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--seed", type=int, default=SEED_DEFAULT)
    args = ap.parse_args()
    out, seed = args.out, args.seed
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in sorted(os.listdir(os.path.join(out, sub))):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    master = random.Random(seed)
    pool = PatientPool(random.Random(f"{seed}:pool"), load_nams())
    labels, meta = {}, {}

    for kind, plan, prefix in (("positive", POSITIVE_PLAN, "p"), ("negative", NEGATIVE_PLAN, "n")):
        slots = plan_slots(plan, master)
        for i, (fn, lang) in enumerate(slots, 1):
            rng = random.Random(f"{seed}:{prefix}:{i}")
            when = msg_time(rng)
            tracker = Tracker(lang) if kind == "positive" else None
            c = Ctx(rng, lang, when, pool, tracker, i if kind == "positive" else 1000 + i)
            sp = fn(c)
            assert sp["lang"] == lang
            if tracker is not None:
                tracker.check_nam_context()
                ts = set(tracker.types)
                if not (ts & IDENTITY) or not (ts - IDENTITY):
                    raise SystemExit(f"{prefix}{i:03d} {fn.__name__}: types lack identity or personal info: {tracker.types}")
            crlf = rng.random() < 0.3
            data = build_message(sp, rng, c.idx, when, msgid(rng, when, sp["frm"]), crlf=crlf)
            rel = f"{kind}/{prefix}{i:03d}_{sp['cat']}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            types = [t for t in TYPES if tracker and t in tracker.types]
            labels[rel] = {"confidential": kind == "positive", "types": types, "lang": lang, "note": sp["note"]}
            meta[rel] = {"types": types, "nams": list(tracker.nams) if tracker else [],
                         "ids": list(tracker.ids) if tracker else [], "names": list(tracker.names) if tracker else []}

    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    errors, feats = verify(out, labels, meta)
    dig = digest(out)
    write_readme(out, seed, labels, feats, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} verification error(s)", file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == "__main__":
    main()
