#!/usr/bin/env python3
"""Generate the CHUSV clinical-research-office held-out corpus (seed 25154).

Usage: python generate.py [--out DIR]      (default: the folder holding this file)
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_data as D  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_pos_d  # noqa: E402
import gen_readme  # noqa: E402
from gen_common import Ctx  # noqa: E402
from gen_mime import Builder  # noqa: E402

SEED = 25154
N_POS, N_NEG = 120, 180


def tz_for(day):
    # America/Toronto: EDT from 2025-03-09 02:00
    off = -4 if day >= dt.datetime(2025, 3, 9, 2, 0) else -5
    return dt.timezone(dt.timedelta(hours=off))


def plan(rng, templates, n):
    seq = []
    while len(seq) < n:
        rnd = list(templates)
        rng.shuffle(rnd)
        seq.extend(rnd)
    seq = seq[:n]
    rng.shuffle(seq)
    return seq


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ("positive", "negative"):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)

    rng = random.Random(SEED)
    bank = D.PatientBank(SEED)
    pos_t = plan(rng, gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES + gen_pos_d.TEMPLATES, N_POS)
    neg_t = plan(rng, gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES, N_NEG)
    pos_lang = ["fr"] * (N_POS // 2) + ["en"] * (N_POS - N_POS // 2)
    neg_lang = ["fr"] * (N_NEG // 2) + ["en"] * (N_NEG - N_NEG // 2)
    rng.shuffle(pos_lang)
    rng.shuffle(neg_lang)
    slots = [("p", i) for i in range(N_POS)] + [("n", i) for i in range(N_NEG)]
    rng.shuffle(slots)

    start = dt.datetime(2025, 1, 6, 8, 0)
    labels, records, feature_files = {}, {}, {}
    for order, (kind, k) in enumerate(slots):
        naive = start + dt.timedelta(minutes=order * 827 + rng.randrange(0, 300))
        if naive.weekday() >= 5:
            naive += dt.timedelta(days=7 - naive.weekday())
        date = naive.replace(tzinfo=tz_for(naive))
        idx = order + 1
        mrng = random.Random(SEED * 1000 + idx)
        lang = pos_lang[k] if kind == "p" else neg_lang[k]
        tmpl = pos_t[k] if kind == "p" else neg_t[k]
        c = Ctx(mrng, lang, bank, idx, date)

        def build_inner(mail, _idx=idx, _date=date, _rng=mrng):
            b = Builder(_rng, _idx + 5000, D.ORG["dom"], _date - dt.timedelta(hours=3), set())
            mail.prefer.setdefault("eol", "\n")
            mid = f"<{hashlib.sha1(f'{SEED}-inner-{_idx}'.encode()).hexdigest()[:20]}@courriel.example>"
            return b.build(mail, mid)

        if tmpl is gen_pos_c.participant_email_attached:
            cat, mail, note = tmpl(c, build_inner)
        else:
            cat, mail, note = tmpl(c)
        feats = set()
        b = Builder(mrng, idx, D.ORG["dom"], date, feats)
        dom = mail.sender[1].split("@")[1]
        mid = f"<{hashlib.sha1(f'{SEED}-{kind}{k}'.encode()).hexdigest()[:20]}.{idx}@{dom}>"
        data = b.build(mail, mid)
        if kind == "p":
            rel = f"positive/p{k + 1:03d}_{cat}.eml"
            types = sorted(c.types)
            records[rel] = {t: list(v) for t, v in c.ids.items()}
        else:
            rel = f"negative/n{k + 1:03d}_{cat}.eml"
            types = []
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        labels[rel] = {"confidential": kind == "p", "types": types, "lang": lang, "note": note}
        for f in feats:
            feature_files.setdefault(f, set()).add(rel)

    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    errs = gen_check.check(out, labels, records, bank.nam)
    digest = gen_check.digest(out)
    gen_readme.write(out, SEED, labels, feature_files, digest)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errs)} check failure(s)", file=sys.stderr)
        return 1
    npos = sum(1 for v in labels.values() if v["confidential"])
    print(f"positives {npos}, negatives {len(labels) - npos}")
    print(f"digest {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
