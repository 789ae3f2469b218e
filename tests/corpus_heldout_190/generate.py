#!/usr/bin/env python3
"""Generate the NICU / PICU held-out e-mail corpus (seed 25190).

Writes positive/*.eml, negative/*.eml, labels.json and README.md next to this
file (or into --out DIR), re-parses and checks everything, prints the digest.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
from gen_ctx import Ctx, HolderQueue  # noqa: E402
from gen_mime import Builder, finish  # noqa: E402
from gen_neg_a import NEG_A  # noqa: E402
from gen_neg_b import NEG_B  # noqa: E402
from gen_pos_a import POS_A  # noqa: E402
from gen_pos_b import POS_B  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import VerifyError, verify  # noqa: E402


class Env:
    def __init__(self, rng):
        self.rng = rng
        self.builder = Builder(rng, C.DOM)
        self.n = 0

    def msgid(self):
        self.n += 1
        return f"<{self.n:04d}.{self.rng.getrandbits(56):014x}@{C.DOM}>"


def msg_date(rng):
    d = C.BASE_DATE + datetime.timedelta(days=rng.randint(0, 230))
    dst = datetime.date(d.year, 3, 10) <= d < datetime.date(d.year, 11, 3)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
    return datetime.datetime(d.year, d.month, d.day, rng.randint(6, 23), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


def plan(rng, table, total):
    items = [fn for fn, k in table for _ in range(k)]
    assert len(items) == total, (len(items), total)
    rng.shuffle(items)
    first = rng.choice(["fr", "en"])
    other = "en" if first == "fr" else "fr"
    return [(fn, first if i % 2 == 0 else other) for i, fn in enumerate(items)]


def digest_of(out_dir):
    h = hashlib.sha256()
    rels = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml")] +
                  [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml")] +
                  ["labels.json"])
    for rel in rels:
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)

    rng = random.Random(C.SEED)
    holders = C.load_nams()
    hq = HolderQueue(holders, random.Random(C.SEED + 1))
    env = Env(rng)

    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))

    labels, expected = {}, {}
    for kind, table, total, prefix in (("positive", POS_A + POS_B, 120, "p"), ("negative", NEG_A + NEG_B, 180, "n")):
        for i, (fn, lang) in enumerate(plan(rng, table, total)):
            ctx = Ctx(rng, lang, msg_date(rng), hq)
            mail = fn(ctx, env)
            if kind == "positive" and not mail.types:
                raise SystemExit(f"{fn.__name__}: positive without types")
            raw, _, _ = env.builder.build(mail, env.msgid())
            raw = finish(raw, crlf=rng.random() < 0.4)
            rel = f"{kind}/{prefix}{i + 1:03d}_{mail.category}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": kind == "positive", "types": list(mail.types) if kind == "positive" else [],
                           "lang": lang, "note": mail.note}
            expected[rel] = {"records": {k: list(v) for k, v in mail.records.items()}}

    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    try:
        feats = verify(out, expected, holders)
    except VerifyError as exc:
        print(f"VERIFICATION FAILED:\n{exc}", file=sys.stderr)
        return 1
    digest = digest_of(out)
    write_readme(os.path.join(out, "README.md"), labels, feats, digest, C.SEED)
    print(digest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
