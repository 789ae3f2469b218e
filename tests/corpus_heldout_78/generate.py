#!/usr/bin/env python3
"""Generate the heldout_78 DLP evaluation corpus (home care / geriatrics / palliative / community pharmacy).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED; standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_base as B  # noqa: E402
import gen_check  # noqa: E402
import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg1 as N1  # noqa: E402
import gen_neg2 as N2  # noqa: E402
import gen_pos1 as P1  # noqa: E402
import gen_pos2 as P2  # noqa: E402
import gen_pos3 as P3  # noqa: E402
from gen_readme import write_readme  # noqa: E402

SEED = 7801
N_POS, N_NEG = 120, 180
EN_POS, EN_NEG = 40, 60

POSITIVE_PLAN = [
    (P1.sad_note, 6), (P1.blister, 6), (P1.fall_report, 5), (P1.wound, 6), (P1.caregiver_mail, 7), (P1.equip_loan, 5),
    (P2.meal_transport, 6), (P2.palli_roster, 5), (P2.route_pos, 4), (P2.subject_only, 5), (P2.filename_only, 5),
    (P2.ics_visit, 5), (P2.vcard, 3), (P2.fwd_eml, 5),
    (P3.zip_bundle, 3), (P3.lab_followup, 6), (P3.discharge, 6), (P3.quoted_history, 6), (P3.foreign_ids, 9),
    (P3.sin_forms, 5), (P3.maid, 3), (P3.elder_abuse, 3), (P3.thanks_family, 3), (P3.handover, 3),
]
NEGATIVE_PLAN = [
    (N1.staff_route, 9), (N1.mileage, 9), (N1.newsletter, 9), (N1.volunteers, 9), (N1.statistics, 9), (N1.hr_schedule, 8),
    (N1.occ_health, 6), (N1.drug_shortage, 7), (N1.recall, 7), (N1.equip_inventory, 7), (N1.blank_form, 7),
    (N1.teaching_case, 7), (N1.conference, 7),
    (N2.committee, 7), (N2.job_posting, 7), (N2.it_notice, 7), (N2.invoice, 7), (N2.physician_list, 6), (N2.services, 7),
    (N2.pharmacy_general, 7), (N2.protocol, 7), (N2.research, 4), (N2.facilities, 6), (N2.training, 6),
    (N2.staff_thread, 4), (N2.public_enquiry, 4),
]


def plan(rng, entries, n, n_en):
    slots = [fn for fn, k in entries for _ in range(k)]
    assert len(slots) == n, (len(slots), n)
    rng.shuffle(slots)
    en = set(rng.sample(range(n), n_en))
    return [(fn, "en" if i in en else "fr") for i, fn in enumerate(slots)]


def to_spec(d, ctx, lang):
    spec = {"from": d["from_"], "to": d["to"], "cc": d.get("cc"), "subject": d["subject"], "date": ctx.date(),
            "text": d.get("text"), "html": d.get("html"), "body": d.get("body"), "attachments": d.get("attachments") or [],
            "extra_headers": d.get("extra_headers", []), "lang": lang}
    if spec["text"] is None and spec["html"] is None:
        raise ValueError("empty body")
    return spec


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    holders = C.load_nam_holders(os.path.join(HERE, "..", "blind_nams.txt"))
    nam_surnames = {h.surname for h in holders}
    assert not nam_surnames & set(C.ALL_INVENTED_SURN), nam_surnames & set(C.ALL_INVENTED_SURN)

    rng = random.Random(SEED)
    ctx = B.Ctx(rng, holders)
    labels = {}
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    pos_plan = plan(rng, POSITIVE_PLAN, N_POS, EN_POS)
    neg_plan = plan(rng, NEGATIVE_PLAN, N_NEG, EN_NEG)
    for kind, pl, prefix in (("positive", pos_plan, "p"), ("negative", neg_plan, "n")):
        for i, (fn, lang) in enumerate(pl, 1):
            d = fn(ctx, lang)
            raw = M.build(to_spec(d, ctx, lang), rng)
            rel = f"{kind}/{prefix}{i:03d}_{d['cat']}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            types = sorted(d.get("types", ())) if kind == "positive" else []
            labels[rel] = {"confidential": kind == "positive", "types": types, "lang": lang, "note": d["note"]}

    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    errors, digest, langs, types = gen_check.run(out, holders)
    write_readme(out, labels, digest)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
