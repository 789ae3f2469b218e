#!/usr/bin/env python3
"""Generate the held-out DLP corpus (haematology, transfusion medicine and blood bank).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md, verifies them and
prints the sha256 digest.  Reads only its own modules and ../blind_nams.txt.
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
import gen_mime as M  # noqa: E402
import gen_neg_en  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify as V  # noqa: E402
from gen_ctx import Ctx  # noqa: E402

N_POS, N_NEG = 120, 180


def plan(rng, templates, n, lang):
    jobs = []
    while len(jobs) < n:
        batch = list(templates)
        rng.shuffle(batch)
        jobs.extend((lang, t) for t in batch)
    return jobs[:n]


def set_dates(mail, rng, date):
    mail.date = date
    for a in mail.atts:
        if a.msg is not None:
            a.msg.date = date - datetime.timedelta(hours=rng.randint(2, 200), minutes=rng.randint(0, 59))


def build_all(holders):
    rng = random.Random(C.SEED)
    pf = C.PatientFactory(random.Random(C.SEED + 1), holders)
    pos_jobs = plan(rng, gen_pos_fr.TEMPLATES, N_POS // 2, "fr") + plan(rng, gen_pos_en.TEMPLATES, N_POS // 2, "en")
    neg_jobs = plan(rng, gen_neg_fr.TEMPLATES, N_NEG // 2, "fr") + plan(rng, gen_neg_en.TEMPLATES, N_NEG // 2, "en")
    rng.shuffle(pos_jobs)
    rng.shuffle(neg_jobs)
    out = []
    for kind, jobs in (("positive", pos_jobs), ("negative", neg_jobs)):
        for i, (lang, tmpl) in enumerate(jobs):
            mrng = random.Random("%d-%s-%d" % (C.SEED, kind, i))
            date = M.fixed_date(mrng)
            ctx = Ctx(mrng, pf, lang, date)
            mail = tmpl(ctx)
            set_dates(mail, mrng, date)
            idx = i + 1 if kind == "positive" else 500 + i
            domain = mail.sender[1].split("@")[1]
            raw = M.build_message(mail, mrng, idx, domain, False)
            if mrng.random() < 0.4:
                raw = raw.replace(b"\n", b"\r\n")
            prefix = "p" if kind == "positive" else "n"
            rel = "%s/%s%03d_%s.eml" % (kind, prefix, i + 1, mail.category)
            types = [t for t in V.TYPES if t in mail.types]
            out.append({"path": rel, "raw": raw, "confidential": kind == "positive", "types": types,
                        "lang": mail.lang, "note": mail.note, "ids": mail.ids})
    return out


def digest(outdir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += ["%s/%s" % (sub, f) for f in os.listdir(os.path.join(outdir, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        with open(os.path.join(outdir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    outdir = args.out
    holders = C.load_nams()
    metas = build_all(holders)
    for sub in ("positive", "negative"):
        d = os.path.join(outdir, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    labels = {}
    for m in metas:
        with open(os.path.join(outdir, m["path"]), "wb") as fh:
            fh.write(m["raw"])
        labels[m["path"]] = {"confidential": m["confidential"], "types": m["types"], "lang": m["lang"], "note": m["note"]}
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump({k: labels[k] for k in sorted(labels)}, fh, ensure_ascii=False, indent=2, sort_keys=False)
        fh.write("\n")
    errs = V.verify(outdir, metas, holders)
    dg = digest(outdir)
    gen_readme.write(outdir, metas, dg)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d verification error(s)" % len(errs), file=sys.stderr)
        return 1
    print(dg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
