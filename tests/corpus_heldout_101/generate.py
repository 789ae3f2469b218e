#!/usr/bin/env python3
"""Generate the held-out DLP corpus (infectious diseases & travel clinic).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED; standard library + python-stdnum, reportlab,
python-docx and openpyxl only.  Runs the self-check at the end.
"""
import argparse
import glob
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as G  # noqa: E402
from gen_build import render  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_check  # noqa: E402
import gen_readme  # noqa: E402

SEED = 10103
N_POS = 120
N_NEG = 180


def expand(modules):
    jobs = []
    for m in modules:
        for fn, n in m.BUILDERS:
            jobs.extend([fn] * n)
    return jobs


def lang_for(i, frac_fr):
    # deterministic, evenly spread language choice
    return "fr" if int((i + 1) * frac_fr) != int(i * frac_fr) else "en"


def generate(out):
    holders = G.load_holders()
    pos_jobs = expand([gen_pos_a, gen_pos_b, gen_pos_c])
    neg_jobs = expand([gen_neg_a, gen_neg_b, gen_neg_c])
    assert len(pos_jobs) == N_POS, len(pos_jobs)
    assert len(neg_jobs) == N_NEG, len(neg_jobs)
    random.Random(SEED).shuffle(pos_jobs)
    random.Random(SEED + 1).shuffle(neg_jobs)

    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for old in glob.glob(os.path.join(out, sub, "*.eml")):
            os.remove(old)

    labels, ids = {}, {}
    for kind, jobs, positive in (("pos", pos_jobs, True), ("neg", neg_jobs, False)):
        for i, fn in enumerate(jobs):
            rng = G.rng_for(SEED, kind, i)
            c = Ctx(rng, lang_for(i, 0.58), holders, positive=positive)
            cat, mail, note = fn(c)
            idx = i if positive else i + 500
            raw = render(mail, idx, rng)
            name = "%s/%s%03d_%s.eml" % ("positive" if positive else "negative", "p" if positive else "n", i + 1, cat)
            with open(os.path.join(out, name), "wb") as fh:
                fh.write(raw)
            labels[name] = {"confidential": positive, "types": c.sorted_types() if positive else [],
                            "lang": mail.lang, "note": note}
            ids[name] = c.ids
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return ids


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    ids = generate(out)
    errors, npos, nneg, langs, types = gen_check.run_check(out, ids, N_POS, N_NEG)
    dig = gen_check.digest(out)
    gen_readme.write(out, SEED, npos, nneg, langs, types, dig)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("files: %d positive, %d negative" % (npos, nneg))
    print("languages: " + ", ".join("%s=%d" % kv for kv in sorted(langs.items())))
    print("types: " + ", ".join("%s=%d" % (t, types[t]) for t in gen_check.TYPES))
    print("sha256: " + dig)


if __name__ == "__main__":
    main()
