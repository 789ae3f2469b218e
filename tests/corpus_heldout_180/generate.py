"""Generate the held-out corpus 180 (ENT service and audiology clinic) and verify it.

Usage: python generate.py [--out DIR]
"""
import argparse
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_pos_fr, gen_pos_fr2, gen_pos_en, gen_pos_en2      # noqa: E402
import gen_neg_fr, gen_neg_fr2, gen_neg_en, gen_neg_en2      # noqa: E402
from gen_ctx import Ctx, choose_transport                    # noqa: E402
from gen_check import check                                   # noqa: E402
from gen_mime import render                                  # noqa: E402
from gen_people import HolderPool                             # noqa: E402
from gen_readme import write_readme, digest                   # noqa: E402
from gen_util import SEED, rng_for                            # noqa: E402

N_POS, N_NEG = 120, 180


def templates(mod, prefix):
    return [getattr(mod, n) for n in sorted(vars(mod)) if n.startswith(prefix) and callable(getattr(mod, n))]


def plan(fr, en, total, r):
    """Spread `total` messages over French and English templates, half each."""
    jobs = []
    for lang, tpls, n in (("fr", fr, total // 2), ("en", en, total - total // 2)):
        for i in range(n):
            t = tpls[i % len(tpls)]
            jobs.append((lang, t, i // len(tpls)))
    r.shuffle(jobs)
    return jobs


def build(out):
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    pool = HolderPool(rng_for("holders"))
    meta, labels = {}, {}
    pos_fr = templates(gen_pos_fr, "t_") + templates(gen_pos_fr2, "t_")
    pos_en = templates(gen_pos_en, "t_") + templates(gen_pos_en2, "t_")
    neg_fr = templates(gen_neg_fr, "n_") + templates(gen_neg_fr2, "n_")
    neg_en = templates(gen_neg_en, "e_") + templates(gen_neg_en2, "e_")
    for kind, jobs, folder, letter in (
            ("pos", plan(pos_fr, pos_en, N_POS, rng_for("plan-pos")), "positive", "p"),
            ("neg", plan(neg_fr, neg_en, N_NEG, rng_for("plan-neg")), "negative", "n")):
        for i, (lang, tpl, rep) in enumerate(jobs, 1):
            c = Ctx("%s-%s-%s" % (kind, lang, tpl.__name__), rep, lang, pool)
            mail = tpl(c)
            assert mail.lang == lang, tpl.__name__
            mail.date = c.now
            mail.msgid = c.msgid(mail.frm[1])
            tr = choose_transport(rng_for(kind, i, "transport"), mail)
            data = render(mail, tr, "%s%03d" % (letter, i))
            rel = "%s/%s%03d_%s.eml" % (folder, letter, i, mail.cat)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            meta[rel] = mail
            labels[rel] = {"confidential": kind == "pos", "types": list(mail.types) if kind == "pos" else [],
                           "lang": lang, "note": mail.note}
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    meta = build(out)
    errors, feats, labels = check(out, meta, N_POS, N_NEG)
    dig = digest(out)
    write_readme(out, labels, feats, SEED, dig)
    if errors:
        for e in errors[:200]:
            print("FAIL:", e, file=sys.stderr)
        print("%d check failures" % len(errors), file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == "__main__":
    main()
