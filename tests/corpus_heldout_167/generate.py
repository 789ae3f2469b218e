#!/usr/bin/env python3
"""Generate the oncology day-centre DLP corpus (seed 25167).

Usage: python generate.py [--out DIR]
"""
import argparse
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_ids as I  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_readme import digest, write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

SEED = 25167
N_POS, N_NEG = 120, 180

POS = [gen_pos_a.p_referral, gen_pos_a.p_chemo_booking, gen_pos_a.p_rx_pharmacy, gen_pos_a.p_dose_adjust,
       gen_pos_a.p_symptom_call, gen_pos_a.p_tumour_board, gen_pos_a.p_radonc_plan,
       gen_pos_b.p_census, gen_pos_b.p_lab_followup, gen_pos_b.p_imaging, gen_pos_b.p_transport,
       gen_pos_b.p_discharge, gen_pos_b.p_insurer, gen_pos_b.p_social, gen_pos_b.p_pivot] + gen_pos_c.SCENARIOS
NEG = gen_neg_a.SCENARIOS + gen_neg_b.SCENARIOS + gen_neg_c.SCENARIOS


def plan(rng, scenarios, total):
    """Spread total messages over scenarios, half French and half English, in shuffled order."""
    order = list(scenarios)
    rng.shuffle(order)
    base, extra = divmod(total, len(order))
    slots, odd = [], 0
    for k, fn in enumerate(order):
        n = base + (1 if k < extra else 0)
        first = "fr"
        if n % 2:
            first = "fr" if odd % 2 == 0 else "en"
            odd += 1
        langs = [first if j % 2 == 0 else ("en" if first == "fr" else "fr") for j in range(n)]
        slots += [(fn, lg) for lg in langs]
    rng.shuffle(slots)
    return slots


def build(out):
    nams = I.load_nams()
    ctx = Ctx(SEED, nams)
    rng = ctx.rng
    for sub in ("positive", "negative"):
        path = os.path.join(out, sub)
        if os.path.isdir(path):
            shutil.rmtree(path)
        os.makedirs(path)
    labels, mails = {}, {}
    jobs = [("positive", "p", s) for s in plan(rng, POS, N_POS)] + [("negative", "n", s) for s in plan(rng, NEG, N_NEG)]
    counters = {"p": 0, "n": 0}
    for sub, pre, (fn, lang) in jobs:
        counters[pre] += 1
        idx = counters[pre]
        ctx.serial = idx if pre == "p" else 1000 + idx
        ctx.set_now(rng)
        mail = fn(ctx, lang)
        mail.msgid = ctx.msgid(pre, idx)
        for sub_mail, _ in mail.inner:
            if sub_mail.msgid is None:
                sub_mail.msgid = ctx.msgid(pre + "i", idx)
            sub_mail.hints["tv"] = M.choose_transport(rng, sub_mail)
        tv = M.choose_transport(rng, mail)
        data = M.render(mail, tv)
        rel = "%s/%s%03d_%s.eml" % (sub, pre, idx, mail.category)
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        confidential = pre == "p"
        labels[rel] = {"confidential": confidential,
                       "types": sorted(mail.types, key=TYPE_ORDER.index) if confidential else [],
                       "lang": lang, "note": mail.note}
        mails[rel] = mail
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return labels, mails, nams


TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
              "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    labels, mails, nams = build(out)
    errors, feats = verify(out, labels, mails, nams)
    if errors:
        for e in errors[:80]:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    dig = digest(out)
    write_readme(out, SEED, labels, feats, dig)
    print(dig)


if __name__ == "__main__":
    main()
