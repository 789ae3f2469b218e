#!/usr/bin/env python3
"""Generate the held-out corpus: virtual ward / remote patient monitoring outbound e-mail.

Usage: python generate.py [--out DIR]
"""
import argparse
import hashlib
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_check  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_neg_d  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_en2  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_pos_fr2  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_mime import assemble  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_wrap import wrap  # noqa: E402

N_POS, N_NEG = 120, 180
NEEDS_IDX = {"e_eml_alert", "f_eml", "n_fwd_eml"}
NO_WRAP = {"weekly_summary", "sommaire_hebdo", "reply", "reponse", "forward", "transfert", "alert_fwd", "alerte_transferee"}


def resolve(name):
    for mod in (gen_pos_en, gen_pos_en2, gen_pos_fr, gen_pos_fr2, gen_neg_a, gen_neg_b, gen_neg_c, gen_neg_d):
        if hasattr(mod, name):
            return getattr(mod, name)
    raise KeyError(name)


def plan(rng, templates, n):
    reps, extra = divmod(n, len(templates))
    lst = templates * reps + rng.sample(templates, extra)
    return lst


def digest_of(out):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += ["%s/%s" % (sub, f) for f in os.listdir(os.path.join(out, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    rng = random.Random(C.SEED)
    ctx = Ctx(rng)

    pos_plan = [("en", t) for t in plan(rng, gen_pos_en2.TEMPLATES_EN, N_POS // 2)] + \
               [("fr", t) for t in plan(rng, gen_pos_fr2.TEMPLATES_FR, N_POS // 2)]
    neg_templates = gen_neg_a.TEMPLATES_A + gen_neg_b.TEMPLATES_B + gen_neg_c.TEMPLATES_C + gen_neg_d.TEMPLATES_D
    neg_plan = [("en", t) for t in plan(rng, neg_templates, N_NEG // 2)] + \
               [("fr", t) for t in plan(rng, neg_templates, N_NEG // 2)]
    rng.shuffle(pos_plan)
    rng.shuffle(neg_plan)

    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    labels, meta = {}, {}
    idx = 0
    for kind, items in (("positive", pos_plan), ("negative", neg_plan)):
        for n, (lang, tname) in enumerate(items, 1):
            idx += 1
            fn = resolve(tname)
            args_ = (ctx,) if kind == "positive" else (ctx, lang)
            if tname in NEEDS_IDX:
                args_ = args_ + (idx,)
            mail = fn(*args_)
            r = rng.random()
            if mail.category not in NO_WRAP and r < 0.26:
                wrapped = wrap(mail, ctx, "reply" if r < 0.15 else "forward")
                mail = wrapped or mail
            mail.confidential = kind == "positive"
            assert mail.lang == lang, (tname, mail.lang, lang)
            dom = mail.sender[1].split("@")[1]
            data = assemble(mail, idx, rng, dom)
            rel = "%s/%s%03d_%s.eml" % (kind, kind[0], n, mail.category)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            types = sorted(mail.types) if mail.confidential else []
            labels[rel] = {"confidential": mail.confidential, "types": types, "lang": mail.lang, "note": mail.note}
            meta[rel] = mail

    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    errors, feats, _ = gen_check.check(out, meta)
    digest = digest_of(out)
    write_readme(os.path.join(out, "README.md"), labels, feats, C.SEED, digest)
    if errors:
        for e in errors[:200]:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    print(digest)


if __name__ == "__main__":
    main()
