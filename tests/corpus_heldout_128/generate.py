#!/usr/bin/env python3
"""Generate the labelled outbound-mail corpus of a gender-affirming care and
sexual health clinic.  Usage: python generate.py [--out DIR]"""
import argparse
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_verify as V  # noqa: E402
import gen_readme as R  # noqa: E402
from gen_pos_fr import POS_FR_A  # noqa: E402
from gen_pos_fr2 import POS_FR_B  # noqa: E402
from gen_pos_en import POS_EN_A  # noqa: E402
from gen_pos_en2 import POS_EN_B  # noqa: E402
from gen_neg_fr import NEG_FR  # noqa: E402
from gen_neg_en import NEG_EN  # noqa: E402
from gen_neg_extra import NEG_FR_X, NEG_EN_X  # noqa: E402

SEED = 128659
N_POS, N_NEG = 120, 180


def plan(c, fr_templates, en_templates, n):
    """Return n (lang, template) pairs, half French, half English, in shuffled order."""
    out = []
    for lang, temps, k in (("fr", fr_templates, n // 2), ("en", en_templates, n - n // 2)):
        seq = []
        while len(seq) < k:
            block = list(temps)
            c.rng.shuffle(block)
            seq.extend(block)
        out.extend((lang, t) for t in seq[:k])
    c.rng.shuffle(out)
    return out


def msg_time(c):
    while True:
        d = dt.date(2024, 11, 4) + dt.timedelta(days=c.rng.randrange(0, 130))
        if d.weekday() < 5 or c.chance(0.08):
            break
    return dt.datetime(d.year, d.month, d.day, c.randint(7, 19), c.randint(0, 59), c.randint(0, 59))


def tz_for(d):
    edt = dt.date(2025, 3, 9) <= d.date() or d.date() < dt.date(2024, 11, 3)
    return dt.timezone(dt.timedelta(hours=-4 if edt else -5))


def stamp(c, spec, when):
    import email.utils
    spec["date"] = email.utils.format_datetime(when.replace(tzinfo=tz_for(when)))
    dom = spec["sender"][1].split("@", 1)[1]
    spec["msgid"] = "<%s.%08x@%s>" % (when.strftime("%Y%m%d%H%M%S"), c.rng.getrandbits(32), dom)


def serialize(c, spec, when, idx):
    stamp(c, spec, when)
    for att in spec.get("attachments") or []:
        if "spec" in att:
            inner = att["spec"]
            earlier = when - dt.timedelta(minutes=c.randint(20, 600))
            stamp(c, inner, earlier)
            itr = M.choose_transport(c.rng, inner)
            itr["structure"] = c.choice(["plain", "plain", "alt"])
            att["data"] = M.build_message(inner, itr, "in%04d%06x" % (idx, c.rng.getrandbits(24)))
    tr = M.choose_transport(c.rng, spec)
    raw = M.build_message(spec, tr, "%04d%08x" % (idx, c.rng.getrandbits(32)))
    return M.finalize(raw, tr["eol"])


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    c = C.Ctx(SEED)

    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for fn in os.listdir(os.path.join(out, sub)):
            if fn.endswith(".eml"):
                os.remove(os.path.join(out, sub, fn))

    labels, meta = {}, {}
    jobs = [("positive", "p", plan(c, POS_FR_A + POS_FR_B, POS_EN_A + POS_EN_B, N_POS)),
            ("negative", "n", plan(c, NEG_FR + NEG_FR_X, NEG_EN + NEG_EN_X, N_NEG))]
    idx = 0
    for sub, letter, items in jobs:
        for i, (lang, tmpl) in enumerate(items, 1):
            idx += 1
            when = msg_time(c)
            c.now = when
            spec = tmpl(c)
            assert spec["lang"] == lang, tmpl.__name__
            raw = serialize(c, spec, when, idx)
            rel = "%s/%s%03d_%s.eml" % (sub, letter, i, spec["cat"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            types = [t for t in V.TYPES if t in spec["types"]]
            labels[rel] = dict(confidential=(sub == "positive"), types=types, lang=lang, note=spec["note"])
            meta[rel] = spec["meta"]

    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    errors, features = V.verify(out, labels, meta)
    digest = V.digest(out)
    R.write_readme(out, SEED, labels, features, digest)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    npos = sum(1 for k in labels if k.startswith("positive/"))
    print("positives %d, negatives %d" % (npos, len(labels) - npos))
    for lang in ("fr", "en"):
        print("  %s: %d files (%d positive)" % (lang, sum(1 for v in labels.values() if v["lang"] == lang),
                                                sum(1 for v in labels.values() if v["lang"] == lang and v["confidential"])))
    for t in V.TYPES:
        print("  %-18s %d" % (t, sum(1 for v in labels.values() if t in v["types"])))
    print("digest", digest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
