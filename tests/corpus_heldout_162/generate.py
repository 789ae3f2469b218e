"""Generate the dermatology / teledermatology held-out corpus (seed 25162).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md, verifies
everything, prints the digest and exits non-zero on any failure.
"""
import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
from gen_build import Msg  # noqa: E402
from gen_common import SEED, TYPES, Context  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

N_POS, N_NEG = 120, 180


def plan(templates, n, seed, tag):
    """Cycle through templates; alternate languages per template; shuffle order."""
    rng = random.Random(f"{seed}:plan:{tag}")
    entries = []
    uses = {}
    for i in range(n):
        t = templates[i % len(templates)]
        k = uses.get(t.__name__, 0)
        uses[t.__name__] = k + 1
        first = "fr" if (templates.index(t) + (1 if tag == "neg" else 0)) % 2 == 0 else "en"
        lang = first if k % 2 == 0 else ("en" if first == "fr" else "fr")
        entries.append((t, lang))
    rng.shuffle(entries)
    return entries


def digest_of(out):
    rels = sorted([p.relative_to(out).as_posix() for p in (out / "positive").glob("*.eml")] +
                  [p.relative_to(out).as_posix() for p in (out / "negative").glob("*.eml")] + ["labels.json"])
    h = hashlib.sha256()
    for rel in rels:
        h.update(rel.encode("utf-8") + b"\0" + (out / rel).read_bytes() + b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args(argv)
    out = Path(args.out).resolve()
    for sub in ("positive", "negative"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for old in (out / sub).glob("*.eml"):
            old.unlink()

    C = Context(SEED)
    labels, records = {}, []
    extra_pos = [gen_pos_a.tele_referral, gen_pos_a.tele_answer, gen_pos_a.social_case]
    for kind, templates, n in (("pos", gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + extra_pos, N_POS),
                               ("neg", gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES, N_NEG)):
        for i, (tmpl, lang) in enumerate(plan(templates, n, SEED, kind)):
            rng = random.Random(f"{SEED}:{kind}:{i}")
            m = Msg(C, rng, lang, None, None, kind == "pos")
            raw = tmpl(m)
            prefix = "p" if kind == "pos" else "n"
            rel = f"{'positive' if kind == 'pos' else 'negative'}/{prefix}{i + 1:03d}_{m.category}.eml"
            (out / rel).write_bytes(raw)
            types = [t for t in TYPES if t in m.types] if kind == "pos" else []
            labels[rel] = {"confidential": kind == "pos", "types": types, "lang": lang, "note": m.note}
            records.append({"rel": rel, "positive": kind == "pos", "facts": m.facts})
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    errors, feats = verify(out, records, C.holders)
    placed = {f[1].nam for rec in records for f in rec["facts"] if f[0] == "nam"}
    for h in C.used_holders:
        if h.nam not in placed:
            errors.append(f"holder {h.nam} taken but its NAM was never written")
    digest = digest_of(out)
    write_readme(out, SEED, labels, feats, digest)
    if errors:
        for e in errors:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(errors)} verification failure(s)", file=sys.stderr)
        return 1
    print(digest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
