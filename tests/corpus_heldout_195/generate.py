"""Writes the held-out corpus 195 (prehospital care / ambulance service), verifies it and prints the digest.

usage: python generate.py [--out DIR]
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as G  # noqa: E402
from gen_compose import compose  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_neg_a import TEMPLATES_NA  # noqa: E402
from gen_neg_b import TEMPLATES_NB  # noqa: E402
from gen_pos_a import TEMPLATES_A  # noqa: E402
from gen_pos_b import TEMPLATES_B  # noqa: E402
from gen_pos_c import TEMPLATES_C  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import digest, verify  # noqa: E402

N_POS, N_NEG = 120, 180


def plan(templates, n, tag, extra_first=()):
    rng = random.Random("%d/plan/%s" % (G.SEED, tag))
    slots = list(templates) * (n // len(templates))
    extra = list(extra_first) + [t for t in templates if t not in extra_first]
    slots += extra[: n - len(slots)]
    rng.shuffle(slots)
    langs = ["fr"] * (n // 2) + ["en"] * (n - n // 2)
    rng.shuffle(langs)
    return list(zip(slots, langs))


def build(out):
    pos_t = TEMPLATES_A + TEMPLATES_B + TEMPLATES_C
    neg_t = TEMPLATES_NA + TEMPLATES_NB
    by_name = {t.__name__: t for t in pos_t}
    extra = [by_name[n] for n in ("p_transfer_request", "p_prealert", "p_return_home", "p_run_report", "p_signout",
                                  "p_ed_followup", "p_insurer_form", "p_out_of_province")]
    nam_rng = random.Random("%d/nams" % G.SEED)
    nam_pool = []
    for _ in range(4):
        rows = list(G.NAM_ROWS)
        nam_rng.shuffle(rows)
        nam_pool.extend(rows)

    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))
    labels, records = {}, {}

    for i, (tpl, lang) in enumerate(plan(pos_t, N_POS, "pos", extra), 1):
        rng = G.rng_for("pos", i)
        c = Ctx(i, lang, rng, nam_pool, positive=True)
        msg = tpl(c)
        msg["lang"], msg["when"] = lang, c.when
        data = compose(msg, rng, "p%03d" % i)
        rel = "positive/p%03d_%s.eml" % (i, msg["cat"])
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        if not c.types:
            raise SystemExit("positive without types: " + rel)
        labels[rel] = {"confidential": True, "types": sorted(c.types), "lang": lang, "note": msg["note"]}
        records[rel] = {"ids": c.ids, "must": c.must, "nam_rows": c.nam_rows}

    for i, (tpl, lang) in enumerate(plan(neg_t, N_NEG, "neg"), 1):
        rng = G.rng_for("neg", i)
        c = Ctx(i, lang, rng, None, positive=False)
        msg = tpl(c)
        if c.types:
            raise SystemExit("negative template used patient data: " + tpl.__name__)
        msg["lang"], msg["when"] = lang, c.when
        data = compose(msg, rng, "n%03d" % i)
        rel = "negative/n%03d_%s.eml" % (i, msg["cat"])
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        labels[rel] = {"confidential": False, "types": [], "lang": lang, "note": msg["note"]}

    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(dict(sorted(labels.items())), ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return records


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    records = build(out)
    errors, features, labels = verify(out, records)
    if errors:
        for e in errors:
            print("FAIL", e, file=sys.stderr)
        return 1
    dig = digest(out)
    write_readme(out, labels, features, dig)
    print(dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
