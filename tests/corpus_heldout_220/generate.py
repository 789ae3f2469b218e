#!/usr/bin/env python3
"""Generate the perinatal mental health DLP corpus (seed 25220).

Writes positive/, negative/, labels.json and README.md next to this file (or into --out),
re-parses and verifies everything, and prints the digest.
"""
import argparse
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_ctx  # noqa: E402
import gen_mime  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402

SEED = 25220
N_POS, N_NEG = 120, 180
MAILERS = ["Microsoft Outlook 16.0", "Microsoft Exchange Server", None, "Mozilla Thunderbird 128.3", None,
           "Apple Mail (2.3776)", "Zimbra 10.0"]


def plan(templates, total, rng):
    per = total // len(templates)
    jobs = []
    for i, t in enumerate(templates):
        langs = (["fr", "en"] * per)[:per]
        if i % 2:
            langs = [("en" if x == "fr" else "fr") for x in langs]
        jobs += [(t, lang) for lang in langs]
    return jobs


def transport(rng, m):
    if m.lang == "fr":
        cs = rng.choices(["utf-8", "iso-8859-1", "windows-1252"], [5, 2, 3])[0]
    else:
        cs = rng.choices(["us-ascii", "utf-8", "windows-1252", "iso-8859-1"], [4, 4, 1, 1])[0]
    cte = rng.choices(["8bit", "quoted-printable", "base64", "7bit"], [4, 4, 2, 1])[0]
    mode = m.mode or rng.choices(["plain", "html", "alt"], [45, 15, 40])[0]
    return cs, cte, mode, rng.choice(["crlf", "lf"]), rng.choice(MAILERS)


def to_spec(g, m, rng):
    cs, cte, mode, eol, mailer = transport(rng, m)
    return {"sender": m.sender, "to": m.to, "cc": m.cc, "subject": m.subject, "date": m.date,
            "msgid": g.msgid(m), "in_reply_to": m.in_reply_to, "text": m.text, "html": m.html, "mode": mode,
            "attachments": m.attachments, "charset": cs, "cte": cte, "eol": eol, "mailer": mailer, "lang": m.lang}


def digest_of(out):
    h = hashlib.sha256()
    paths = []
    for sub in ("positive", "negative"):
        paths += [f"{sub}/{f}" for f in os.listdir(os.path.join(out, sub)) if f.endswith(".eml")]
    paths.append("labels.json")
    for rel in sorted(paths):
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    rng = random.Random(SEED)
    g = gen_ctx.G(rng, SEED)

    pos_t = gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES
    neg_t = gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES
    pos_jobs, neg_jobs = plan(pos_t, N_POS, rng), plan(neg_t, N_NEG, rng)
    assert len(pos_jobs) == N_POS and len(neg_jobs) == N_NEG
    pos_msgs = [t(g, lang) for t, lang in pos_jobs]
    neg_msgs = [t(g, lang) for t, lang in neg_jobs]
    rng.shuffle(pos_msgs)
    rng.shuffle(neg_msgs)

    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))

    labels, records, features = {}, {}, {}
    for prefix, sub, msgs, conf in (("p", "positive", pos_msgs, True), ("n", "negative", neg_msgs, False)):
        for i, m in enumerate(msgs, 1):
            rel = f"{sub}/{prefix}{i:03d}_{m.cat}.eml"
            spec = to_spec(g, m, rng)
            raw, feats = gen_mime.build(spec, rng, f"{prefix}{i:03d}")
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": conf, "types": sorted(m.types) if conf else [], "lang": m.lang, "note": m.note}
            records[rel] = {"nams": list(m.nams), "ids": {k: list(v) for k, v in m.ids.items()}}
            features[rel] = feats
            if not conf and (m.types or m.nams or m.ids):
                raise SystemExit(f"negative template recorded findings: {rel} {sorted(m.types)}")
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    errors = gen_verify.verify(out, records, g.holders)
    dg = digest_of(out)
    gen_readme.write_readme(os.path.join(out, "README.md"), SEED, labels, features, dg)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} verification error(s)", file=sys.stderr)
        sys.exit(1)
    print(f"positives {sum(1 for v in labels.values() if v['confidential'])}, negatives {sum(1 for v in labels.values() if not v['confidential'])}")
    print("digest", dg)


if __name__ == "__main__":
    main()
