"""Generate the held-out corpus (allied health: clinical nutrition, speech-language
pathology, dysphagia). Usage: python generate.py [--out DIR]"""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_en  # noqa: E402
import gen_neg_en2  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_neg_fr2  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_en2  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_pos_fr2  # noqa: E402
from gen_build import Ctx, Pools  # noqa: E402
from gen_common import STAFF, load_nams, rng_for  # noqa: E402
from gen_readme import digest, write_readme  # noqa: E402
from gen_verify import TYPES, check  # noqa: E402


def plan():
    pos, neg = [], []
    for lang, mods in (("fr", (gen_pos_fr, gen_pos_fr2)), ("en", (gen_pos_en, gen_pos_en2))):
        for mod in mods:
            for t in mod.TEMPLATES:
                for v in range(4):
                    pos.append((lang, t, v))
    for lang, mods in (("fr", (gen_neg_fr, gen_neg_fr2)), ("en", (gen_neg_en, gen_neg_en2))):
        for mod in mods:
            for t in mod.TEMPLATES:
                for v in range(5):
                    neg.append((lang, t, v))
    rng_for("order:pos").shuffle(pos)
    rng_for("order:neg").shuffle(neg)
    return pos, neg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    pools = Pools()
    pos, neg = plan()
    labels, records = {}, {}
    for kind, items in (("positive", pos), ("negative", neg)):
        for i, (lang, t, v) in enumerate(items):
            key = "%s:%s:%s:%s:%d" % (kind, lang, t.__module__, t.__name__, v)
            ctx = Ctx(key, lang, pools, kind == "positive")
            mail = t(ctx, v)
            data = mail.render()
            rel = "%s/%s%03d_%s.eml" % (kind, kind[0], i + 1, ctx.category)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            types = sorted(ctx.types, key=TYPES.index) if kind == "positive" else []
            if kind == "negative" and (ctx.types or ctx.ids):
                raise SystemExit("negative with findings: " + key)
            labels[rel] = {"confidential": kind == "positive", "types": types, "lang": lang,
                           "note": ctx.note}
            records[rel] = {"ids": ctx.ids, "people": ctx.people if kind == "positive" else [],
                            "features": ctx.features}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    staff_names = ["%s %s" % (s[0], s[1]) for s in STAFF.values()]
    errs, feats = check(out, labels, records, load_nams(), staff_names)
    dig = digest(out)
    write_readme(out, labels, feats, dig)
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        print("%d error(s)" % len(errs), file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == "__main__":
    main()
