"""Generate the labelled synthetic outbound e-mail corpus (medical genetics clinic and prenatal screening).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md, then re-parses and checks everything.
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_ids  # noqa: E402
import gen_mime  # noqa: E402
import gen_pos_a, gen_pos_b, gen_pos_c  # noqa: E402
import gen_neg_a, gen_neg_b, gen_neg_c  # noqa: E402
import gen_verify  # noqa: E402
import gen_readme  # noqa: E402

SEED = 25184
IDENT = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}


def jobs_for(ctx, modules):
    jobs = []
    for mod in modules:
        for fn, n in mod.TEMPLATES:
            for lang in ("fr", "en"):
                jobs.extend([(fn, lang)] * n)
    ctx.rng.shuffle(jobs)
    return jobs


def tweak_transport(ctx, spec):
    tr = spec["transport"]
    if ctx.chance(0.12):
        tr["force_subj_2047"] = True
    if ctx.chance(0.15):
        tr["force_name_2047"] = True
    if tr.get("no_mime") or (spec["lang"] == "en" and not spec["attachments"] and spec.get("html") is None
                             and ctx.chance(0.25)):
        tr["no_mime"] = True
        tr["charset"] = "us-ascii"
        tr["cte"] = "7bit"


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += [f"{sub}/{f}" for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = ap.parse_args(argv)
    out = args.out
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    ctx = gen_ids.Ctx(SEED)
    labels, manifest = {}, {}
    for kind, modules, n_expected in (("positive", [gen_pos_a, gen_pos_b, gen_pos_c], 120),
                                      ("negative", [gen_neg_a, gen_neg_b, gen_neg_c], 180)):
        jobs = jobs_for(ctx, modules)
        if len(jobs) != n_expected:
            print(f"FAIL: {kind} job count {len(jobs)} != {n_expected}", file=sys.stderr)
            return 1
        for i, (fn, lang) in enumerate(jobs, 1):
            spec = fn(ctx, lang)
            tweak_transport(ctx, spec)
            raw = gen_mime.render(ctx, spec)
            rel = f"{kind}/{kind[0]}{i:03d}_{spec['category']}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            if kind == "positive":
                F = spec["F"]
                if not (F.types & IDENT) or not (F.types - IDENT):
                    print(f"FAIL: {rel} lacks identity or personal information", file=sys.stderr)
                    return 1
                types = sorted(F.types)
            else:
                spec["F"] = None
                types = []
            labels[rel] = {"confidential": kind == "positive", "types": types, "lang": lang, "note": spec["note"]}
            manifest[rel] = spec

    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    try:
        features = gen_verify.verify(out, manifest, ctx.holders)
    except gen_verify.VerifyError as e:
        print(f"FAIL: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # any decoding failure is a failure
        print(f"FAIL: {type(e).__name__}: {e}", file=sys.stderr)
        return 1

    d = digest(out)
    gen_readme.write(out, SEED, labels, features, d)

    n_pos = sum(1 for v in labels.values() if v["confidential"])
    by_lang = {}
    types = {}
    for rel, v in labels.items():
        key = ("pos" if v["confidential"] else "neg", v["lang"])
        by_lang[key] = by_lang.get(key, 0) + 1
        for t in v["types"]:
            types[t] = types.get(t, 0) + 1
    print(f"positives: {n_pos}  negatives: {len(labels) - n_pos}")
    for k in sorted(by_lang):
        print(f"  {k[0]} {k[1]}: {by_lang[k]}")
    for t in gen_verify.TYPES:
        print(f"  {t}: {types.get(t, 0)}")
    print(f"digest: {d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
