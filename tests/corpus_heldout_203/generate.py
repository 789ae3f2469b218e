#!/usr/bin/env python3
"""Generate the held-out corpus (inpatient psychiatry / forensic psychiatry flavour).

    python generate.py [--out DIR]

Writes positive/*.eml, negative/*.eml, labels.json and README.md, then re-parses and checks
everything; exits non-zero on any failure.  Reads only its own modules and ../blind_nams.txt.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_common  # noqa: E402
from gen_common import SEED, HOLDERS, Ctx  # noqa: E402
import gen_mime  # noqa: E402
import gen_verify  # noqa: E402
import gen_readme  # noqa: E402
import gen_pos_fr_a, gen_pos_fr_b, gen_pos_fr_c  # noqa: E402,E401
import gen_pos_en_a, gen_pos_en_b, gen_pos_en_c  # noqa: E402,E401
import gen_neg_fr_a, gen_neg_fr_b, gen_neg_en_a, gen_neg_en_b, gen_neg_extra  # noqa: E402,E401

N_POS, N_NEG = 120, 180


class Env:
    def __init__(self):
        r = random.Random("%d|holders" % SEED)
        self.adults = [h for h in HOLDERS if h.dob.year <= 2006]
        self.children = [h for h in HOLDERS if h.dob.year >= 2007]
        r.shuffle(self.adults)
        r.shuffle(self.children)
        self.ia = self.ic = 0
        self.date = None

    def holder(self, kind):
        if kind == "child":
            h = self.children[self.ic % len(self.children)]
            self.ic += 1
        else:
            h = self.adults[self.ia % len(self.adults)]
            self.ia += 1
        return h


def tz_for(dt):
    dst = datetime.datetime(2025, 3, 9, 2) <= dt < datetime.datetime(2025, 11, 2, 2)
    return datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))


def schedule(templates, n, key):
    r = random.Random("%d|sched|%s" % (SEED, key))
    order = list(templates)
    while len(order) < n:
        extra = list(templates)
        r.shuffle(extra)
        order += extra[:n - len(order)]
    return order[:n]


def plan():
    pos_fr = gen_pos_fr_a.TEMPLATES + gen_pos_fr_b.TEMPLATES + gen_pos_fr_c.TEMPLATES
    pos_en = gen_pos_en_a.TEMPLATES + gen_pos_en_b.TEMPLATES + gen_pos_en_c.TEMPLATES
    neg_fr = gen_neg_fr_a.TEMPLATES + gen_neg_fr_b.TEMPLATES + gen_neg_extra.TEMPLATES_FR
    neg_en = gen_neg_en_a.TEMPLATES + gen_neg_en_b.TEMPLATES + gen_neg_extra.TEMPLATES_EN
    pos = [("fr", t) for t in schedule(pos_fr, N_POS // 2, "pf")] + [("en", t) for t in schedule(pos_en, N_POS // 2, "pe")]
    neg = [("fr", t) for t in schedule(neg_fr, N_NEG // 2, "nf")] + [("en", t) for t in schedule(neg_en, N_NEG // 2, "ne")]
    r = random.Random("%d|interleave" % SEED)
    r.shuffle(pos)
    r.shuffle(neg)
    return pos, neg


def digest_of(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args(argv)
    out = args.out
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    env = Env()
    pos, neg = plan()
    labels, specs = {}, {}
    for kind, items in (("p", pos), ("n", neg)):
        for i, (lang, tpl) in enumerate(items, 1):
            c = Ctx("%s|%03d|%s|%s" % (kind, i, lang, tpl.__name__))
            d = c.msg_date()
            env.date = d.replace(tzinfo=tz_for(d))
            sp = tpl(c, env)
            assert sp["lang"] == lang, tpl.__name__
            raw = gen_mime.build(sp)
            rel = "%s/%s%03d_%s.eml" % ("positive" if kind == "p" else "negative", kind, i, sp["category"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": kind == "p", "types": sp["types"] if kind == "p" else [], "lang": lang, "note": sp["note"]}
            specs[rel] = sp
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    rels = sorted(labels) + ["labels.json"]
    digest = digest_of(out, rels)
    errs, feats = gen_verify.verify(out, specs)
    gen_readme.write(out, labels, feats, digest)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d check failure(s)" % len(errs), file=sys.stderr)
        return 1
    print("positives %d, negatives %d" % (sum(1 for v in labels.values() if v["confidential"]),
                                          sum(1 for v in labels.values() if not v["confidential"])))
    print("digest", digest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
