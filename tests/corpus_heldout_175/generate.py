#!/usr/bin/env python3
"""Generate the gastroenterology DLP evaluation corpus (seed 25175).

Usage: python generate.py [--out DIR]
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import datetime
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import gen_neg_en  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_fr  # noqa: E402
from gen_common import ORG_DOMAIN, SEED, Ctx, load_holders, new_rng  # noqa: E402
from gen_mime import Builder  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

N_POS, N_NEG = 120, 180
START = datetime.datetime(2024, 9, 3, 7, 0)
SPAN_DAYS = 205
MAILERS = [None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 128.5", "Zimbra 10.0 (ZimbraWebClient)",
           "Apple Mail (2.3826)", None]


def expand(templates, lang):
    out = []
    for fn, n in templates:
        out += [(fn, lang)] * n
    return out


def tz_for(d):
    edt = d < datetime.datetime(2024, 11, 3, 2) or d >= datetime.datetime(2025, 3, 9, 2)
    return datetime.timezone(datetime.timedelta(hours=-4 if edt else -5))


def msg_date(rng):
    while True:
        d = START + datetime.timedelta(days=rng.randint(0, SPAN_DAYS), hours=rng.randint(0, 11),
                                       minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        if d.weekday() < 5 or rng.random() < 0.1:
            return d.replace(tzinfo=tz_for(d))


def msg_id(kind, i, sub, domain):
    h = hashlib.sha256(("%d|%s|%d|%s" % (SEED, kind, i, sub)).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:20].upper(), h[20:28], domain)


def digest(out, names):
    h = hashlib.sha256()
    for rel in names:
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    holders = load_holders()
    plan_rng = new_rng(SEED, "plan")
    pool = list(holders)
    plan_rng.shuffle(pool)
    pos = expand(gen_pos_fr.TEMPLATES, "fr") + expand(gen_pos_en.TEMPLATES, "en")
    neg = expand(gen_neg_fr.TEMPLATES, "fr") + expand(gen_neg_en.TEMPLATES, "en")
    assert len(pos) == N_POS and len(neg) == N_NEG, (len(pos), len(neg))
    plan_rng.shuffle(pos)
    plan_rng.shuffle(neg)

    labels, meta = {}, {}
    for kind, plan, prefix in (("positive", pos, "p"), ("negative", neg, "n")):
        for i, (fn, lang) in enumerate(plan, 1):
            rng = new_rng(SEED, kind, i)
            c = Ctx(rng, pool, lang)
            c.date = msg_date(rng)

            def build_inner(d, _c=c, _i=i, _kind=kind):
                spec = dict(d)
                spec["date"] = _c.date - datetime.timedelta(hours=_c.rng.randint(2, 30))
                spec["msgid"] = msg_id(_kind + "-inner", _i, 0, spec["frm"][1].split("@")[1])
                return Builder(_c.rng, SEED, 500 + _i).build(spec, linesep="\n")

            c.build_inner = build_inner
            spec = fn(c)
            spec["lang"] = lang
            spec["date"] = c.date
            spec["msgid"] = msg_id(kind, i, 1, spec["frm"][1].split("@")[1] if "@" in spec["frm"][1] else ORG_DOMAIN)
            if "mailer" not in spec:
                spec["mailer"] = rng.choice(MAILERS)
            if rng.random() < 0.3:
                spec["content_language"] = "fr-CA" if lang == "fr" else "en-CA"
            raw = Builder(rng, SEED, i if kind == "positive" else 200 + i).build(spec)
            rel = "%s/%s%03d_%s.eml" % (kind, prefix, i, spec["cat"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            types = sorted(spec["types"]) if kind == "positive" else []
            labels[rel] = {"confidential": kind == "positive", "types": types, "lang": lang, "note": spec["note"]}
            meta[rel] = {"ids": list(c.ids), "nams": list(c.nams)}

    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump({k: labels[k] for k in sorted(labels)}, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")

    errors, features = verify(out, holders, meta, N_POS, N_NEG)
    names = sorted(labels) + ["labels.json"]
    names = sorted(names)
    dig = digest(out, names)
    write_readme(out, labels, features, dig, SEED)
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print("%d verification failure(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == "__main__":
    main()
