#!/usr/bin/env python3
"""Generate the held-out DLP corpus (medical genetics clinic and molecular diagnostics laboratory).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED (gen_common.SEED). Runs its self-check and prints counts and the digest.
"""
import argparse
import collections
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_build import C  # noqa: E402
from gen_check import check, digest  # noqa: E402
from gen_common import SEED, rng_for  # noqa: E402
from gen_mime import build_message  # noqa: E402
from gen_neg_a import BUILDERS_NA  # noqa: E402
from gen_neg_b import BUILDERS_NB  # noqa: E402
from gen_pos_a import BUILDERS_A  # noqa: E402
from gen_pos_b import BUILDERS_B  # noqa: E402

N_POS, N_NEG = 120, 180
MAILERS = [None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 128.3", "Apple Mail (2.3826)",
           "Zimbra 10.0 (ZimbraWebClient - FF131)", "iPhone Mail (21G93)"]


def pick_transport(r, built):
    tp = {}
    tp["mode"] = r.choices(["plain", "html", "alt"], [45, 15, 40])[0]
    tp["charset"] = r.choices(["utf-8", "iso-8859-1", "windows-1252", "us-ascii"], [50, 18, 17, 15])[0]
    if tp["charset"] == "us-ascii":
        tp["cte"] = r.choices(["7bit", "quoted-printable", "base64"], [75, 15, 10])[0]
    else:
        tp["cte"] = r.choices(["quoted-printable", "8bit", "base64"], [45, 25, 30])[0]
    tp["html_cte"] = r.choice([tp["cte"], "quoted-printable", "base64"])
    tp["hcharset"] = r.choices(["utf-8", "iso-8859-1"], [75, 25])[0]
    tp["crlf"] = r.random() < 0.4
    tp["mailer"] = r.choice(MAILERS)
    tp["b1"] = f"----=_alt_{r.randrange(16 ** 12):012x}"
    tp["b2"] = f"----=_mix_{r.randrange(16 ** 12):012x}"
    tp["fn_style"] = r.choices(["plain", "rfc2231", "rfc2047"], [60, 25, 15])[0]
    tp.update(built["tp"])
    # a text carrying characters outside Latin-1 (full-width digits, arrows...) goes out as UTF-8
    blob = built["body"] + (built["html"] or "") + built["subject"]
    if tp["charset"] != "utf-8" and any(0xFF00 <= ord(ch) <= 0xFFEF for ch in blob):
        tp["charset"] = "utf-8"
        if tp["cte"] == "7bit":
            tp["cte"] = "quoted-printable"
    return tp


def plan(kind, builders, n):
    r = rng_for("plan", kind)
    slots = [(b, v) for v in range(n // len(builders) + 1) for b in builders][:n]
    r.shuffle(slots)
    return slots


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

    labels, meta, tstats = {}, {}, collections.Counter()
    used = set()
    for kind, builders, n in (("pos", BUILDERS_A + BUILDERS_B, N_POS), ("neg", BUILDERS_NA + BUILDERS_NB, N_NEG)):
        for i, (builder, v) in enumerate(plan(kind, builders, n)):
            r = rng_for(kind, i)
            lang = "fr" if rng_for("lang", kind, i).random() < 0.58 else "en"
            c = C(r, lang, v, used)
            built = builder(c)
            tr = rng_for("tp", kind, i)
            tp = pick_transport(tr, built)
            if built["attachments"]:
                tstats["multipart/mixed"] += 1
            tstats[f"mode:{tp['mode']}"] += 1
            tstats[f"charset:{tp['charset']}"] += 1
            tstats[f"cte:{tp['cte']}"] += 1
            tstats["crlf" if tp["crlf"] else "lf"] += 1
            for a in built["attachments"]:
                tstats[f"att:{a['ctype']}"] += 1
            spec = dict(built)
            spec["msgid"] = f"<{tr.randrange(16 ** 16):016x}.{i}@{built['from'][1].split('@')[1]}>"
            if spec["in_reply_to"] is None:
                spec.pop("in_reply_to")
            raw = build_message(spec, tp, tr)
            prefix = "p" if kind == "pos" else "n"
            folder = "positive" if kind == "pos" else "negative"
            rel = f"{folder}/{prefix}{i + 1:03d}_{built['category']}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": kind == "pos", "types": built["types"] if kind == "pos" else [],
                           "lang": built["lang"], "note": built["note"]}
            meta[rel] = built["ids"]

    with open(os.path.join(out, "labels.json"), "wb") as fh:
        fh.write(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")

    errors, counts = check(out, meta)
    dg = digest(out)
    write_readme(out, counts, tstats, dg)
    print(f"files: {counts['pos'] + counts['neg']} (positive {counts['pos']}, negative {counts['neg']})")
    print("languages:", dict(sorted(counts["lang"].items())))
    print("types:", dict(sorted(counts["types"].items())))
    print("transports:", dict(sorted(tstats.items())))
    print("sha256:", dg)
    if errors:
        print(f"SELF-CHECK FAILED ({len(errors)} problems):")
        for e in errors[:60]:
            print("  ", e)
        sys.exit(1)
    print("self-check: OK")


def write_readme(out, counts, tstats, dg):
    from gen_readme import readme_text
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme_text(SEED, counts, tstats, dg))


if __name__ == "__main__":
    main()
