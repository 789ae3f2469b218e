#!/usr/bin/env python3
"""Generate the held-out corpus 173 (palliative care and CLSC home care).

usage: python generate.py [--out DIR]
"""
import argparse
import datetime as dt
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # leave nothing but the corpus and the generator in the folder
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_readme  # noqa: E402
from gen_people import Ctx, NamPool  # noqa: E402

SEED = 25173
N_POS, N_NEG = 120, 180
MAILERS = [None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.8", "Zimbra 9.0 (ZimbraWebClient)",
           "Apple Mail (2.3774)", None]


def schedule(templates, n, rng):
    out = []
    for i in range(n):
        j, k = i % len(templates), i // len(templates)
        out.append((templates[j], "fr" if (j + k) % 2 == 0 else "en"))
    rng.shuffle(out)
    return out


def when_for(rng):
    base = dt.datetime(2025, 1, 6)
    d = base + dt.timedelta(days=rng.randint(0, 300), hours=rng.randint(7, 18), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))
    off = -4 if 4 <= d.month <= 10 else -5
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def full_text(spec):
    parts = [spec.subject, spec.text or "", spec.html or ""]
    parts += [p for pair in [spec.sender] + spec.to + spec.cc for p in pair if p]
    return "\n".join(parts)


def asciify(spec):
    f = C.ascii_fold
    spec.subject = f(spec.subject)
    if spec.text:
        spec.text = f(M.prep(spec.text, "us-ascii"))
    if spec.html:
        spec.html = f(M.prep(spec.html, "us-ascii"))


def transport(rng, spec, lang):
    tr = {}
    if spec.mode:
        tr["mode"] = spec.mode
    elif spec.text is None:
        tr["mode"] = rng.choice(["html", "alt", "alt"])
    else:
        tr["mode"] = rng.choices(["plain", "alt", "html"], [45, 37, 18])[0]
    body = (spec.text or "") + (spec.html or "")
    if all(ord(ch) < 128 for ch in body):
        cs = rng.choices(["us-ascii", "utf-8", "iso-8859-1"], [55, 30, 15])[0]
    else:
        cands = [c for c in ["utf-8", "iso-8859-1", "windows-1252"] if M.can_encode(body, c)]
        w = {"utf-8": 50, "iso-8859-1": 25, "windows-1252": 25}
        cs = rng.choices(cands, [w[c] for c in cands])[0]
    tr["charset"] = cs
    long_lines = any(len(x) > 900 for x in body.split("\n"))
    if cs == "us-ascii":
        cte = rng.choices(["7bit", "quoted-printable", "base64"], [70, 20, 10])[0]
    else:
        cte = rng.choices(["8bit", "quoted-printable", "base64"], [40, 40, 20])[0]
    if long_lines and cte in ("7bit", "8bit"):
        cte = "quoted-printable"
    tr["cte"] = cte
    tr["eol"] = rng.choices(["lf", "crlf"], [60, 40])[0]
    tr["subj_enc"] = rng.choices(["auto", "b", "q", "force-q"], [60, 15, 15, 10])[0] if \
        rng.random() < 0.9 else "auto"
    if tr["subj_enc"] == "force-q" and rng.random() < 0.5:
        tr["subj_enc"] = "force-b"
    tr["hdr_cs"] = cs if cs != "us-ascii" else rng.choice(["utf-8", "iso-8859-1"])
    tr["mailer"] = rng.choice(MAILERS)
    return tr


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for x in os.listdir(os.path.join(out, sub)):
            if x.endswith(".eml"):
                os.remove(os.path.join(out, sub, x))

    rng = random.Random(SEED)
    holders = C.load_nams()
    pool = NamPool(holders, random.Random(SEED + 1))
    pos_t = gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES
    neg_t = gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES
    jobs = [("p", t, lg) for t, lg in schedule(pos_t, N_POS, rng)] + \
           [("n", t, lg) for t, lg in schedule(neg_t, N_NEG, rng)]

    labels, ids_by_file = {}, {}
    counters = {"p": 0, "n": 0}
    occ = {}
    for kind, tpl, lang in jobs:
        counters[kind] += 1
        idx = counters[kind]
        mrng = random.Random(f"{SEED}:{kind}:{idx}")
        when = when_for(mrng)
        c = Ctx(mrng, lang, when, pool)
        c.occ = occ.get(tpl.__name__, 0)
        occ[tpl.__name__] = c.occ + 1
        spec = tpl(c)
        if kind == "n" and (c.ids or spec.types):
            raise SystemExit(f"negative template {tpl.__name__} placed identifiers")
        if kind == "p" and not spec.types:
            raise SystemExit(f"positive template {tpl.__name__} without types")
        if len(c.patients) == 1:
            sx = c.patients[0].sex
            spec.subject = C.gender_fr(spec.subject, sx)
            spec.text = C.gender_fr(spec.text, sx) if spec.text else spec.text
            spec.html = C.gender_fr(spec.html, sx) if spec.html else spec.html
        for a in spec.atts:
            if a.kind != "eml" and mrng.random() < 0.3:
                a.rfc2231 = True
        if lang == "en" and mrng.random() < 0.12:
            asciify(spec)
        tr = transport(mrng, spec, lang)
        dom = spec.sender[1].split("@")[1]
        msgid = f"<{mrng.randrange(16 ** 16):016x}.{kind}{idx:03d}@{dom}>"
        raw = M.build(spec, tr, mrng, f"{kind}{idx:03d}", when, msgid)
        sub = "positive" if kind == "p" else "negative"
        rel = f"{sub}/{kind}{idx:03d}_{spec.cat}.eml"
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(raw)
        order = gen_readme.TYPE_ORDER
        labels[rel] = {"confidential": kind == "p", "types": sorted(spec.types, key=order.index), "lang": lang,
                       "note": spec.note}
        ids_by_file[rel] = list(c.ids)

    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    errors, feats = gen_check.check(out, labels, ids_by_file, holders)
    dig = gen_readme.digest(out)
    gen_readme.write_readme(out, SEED, labels, feats, dig)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    npos = sum(1 for v in labels.values() if v["confidential"])
    print(f"positives {npos}, negatives {len(labels) - npos}")
    print(f"digest {dig}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
