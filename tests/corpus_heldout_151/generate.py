#!/usr/bin/env python3
"""Generate the labelled allergy / clinical immunology mail corpus (seed 25151).

usage: python generate.py [--out DIR]
"""
import argparse
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_common import SEED, PatientFactory, nam_patients, msg_date  # noqa: E402
from gen_tpl import Ctx, NamPool  # noqa: E402
from gen_mime import build_message, choose_transport, date_header, make_msgid  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
from gen_verify import verify, digest  # noqa: E402
from gen_readme import write_readme  # noqa: E402

N_POS, N_NEG = 120, 180


def plan(reg, n, rng):
    slots = []
    for fn, count, _kind in reg:
        slots += [fn] * count
    if len(slots) != n:
        raise SystemExit(f"template counts give {len(slots)}, expected {n}")
    rng.shuffle(slots)
    langs = ["fr"] * (n // 2) + ["en"] * (n - n // 2)
    rng.shuffle(langs)
    return list(zip(slots, langs))


def host_for(spec):
    return spec["frm"][1].split("@")[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    seed = args.seed
    out = Path(args.out)
    for sub in ("positive", "negative"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
        (out / sub).mkdir(parents=True)

    master = random.Random(seed)
    pool = NamPool(nam_patients(seed), random.Random(f"{seed}-nampool"))
    factory = PatientFactory(seed)
    labels, musts = {}, {}

    jobs = [("positive", "p", plan(gen_pos_a.REG + gen_pos_b.REG + gen_pos_c.REG, N_POS, master), pool, factory),
            ("negative", "n", plan(gen_neg_a.REG + gen_neg_b.REG, N_NEG, master), None, None)]
    for folder, prefix, slots, pl, fac in jobs:
        for i, (fn, lang) in enumerate(slots, 1):
            rng = random.Random(f"{seed}-{prefix}{i:03d}")
            dt = msg_date(rng)
            ctx = Ctx(rng, lang, dt, i if prefix == "p" else 500 + i, pl, fac)
            spec = fn(ctx)
            spec["date_hdr"] = date_header(dt)
            spec["msgid"] = make_msgid(rng, dt, host_for(spec))
            tr = choose_transport(rng, spec, {})
            data = build_message(spec, tr, rng, i)
            rel = f"{folder}/{prefix}{i:03d}_{spec['cat']}.eml"
            (out / rel).write_bytes(data)
            labels[rel] = {"confidential": folder == "positive", "types": spec["types"] if folder == "positive" else [],
                           "lang": spec["lang"], "note": spec["note"]}
            musts[rel] = spec["must"]
            if folder == "negative" and spec["types"]:
                # negatives never call the patient helpers; a type here means a template bug
                raise SystemExit(f"{rel}: negative produced finding types {spec['types']}")

    labels = dict(sorted(labels.items()))
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    errors, features = verify(out, labels, musts, seed)
    if errors:
        for e in errors:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(errors)} failure(s)", file=sys.stderr)
        sys.exit(1)
    dig = digest(out)
    write_readme(out, seed, labels, features, dig)
    pos = [v for v in labels.values() if v["confidential"]]
    print(f"positives {len(pos)}  negatives {len(labels) - len(pos)}")
    print(f"holders used: {len(pool.used)} of {len(pool.used) + len(pool.left)}")
    print(f"digest {dig}")


if __name__ == "__main__":
    main()
