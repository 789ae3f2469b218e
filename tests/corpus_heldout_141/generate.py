#!/usr/bin/env python3
"""Generate the labelled held-out corpus (rheumatology and biologics infusion clinic).

Usage: python generate.py [--out DIR]
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_neg_d  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402

SEED = 14147
MAILERS = [None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 128.6", "Apple Mail (2.3826)", "Zimbra 10.0 (ZimbraWebClient)"]


def plan(rng, templates, total):
    entries = []
    for fn, n in templates:
        first = rng.choice(["fr", "en"])
        other = "en" if first == "fr" else "fr"
        entries += [[fn, first if i % 2 == 0 else other] for i in range(n)]
    assert len(entries) == total, (len(entries), total)
    # balance languages exactly
    while True:
        fr = sum(1 for e in entries if e[1] == "fr")
        diff = fr - total // 2
        if abs(diff) <= total % 2:
            break
        over = "fr" if diff > 0 else "en"
        under = "en" if over == "fr" else "fr"
        counts = {}
        for e in entries:
            counts.setdefault(e[0], {"fr": 0, "en": 0})[e[1]] += 1
        cands = [e for e in entries if e[1] == over and counts[e[0]][over] > counts[e[0]][under]]
        cands = cands or [e for e in entries if e[1] == over]
        rng.choice(cands)[1] = under
    rng.shuffle(entries)
    return entries


def msg_date(rng):
    start = dt.date(2025, 1, 6)
    while True:
        day = start + dt.timedelta(days=rng.randint(0, 165))
        if day.weekday() < 5 or rng.random() < 0.08:
            break
    h = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 19, 21])
    tz = C.TZ_SUMMER if day >= dt.date(2025, 3, 9) else C.TZ_WINTER
    return dt.datetime(day.year, day.month, day.day, h, rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


def transport(rng, lang, idx):
    if lang == "fr":
        cs = rng.choices(["utf-8", "iso-8859-1", "windows-1252", "us-ascii"], [40, 25, 25, 10])[0]
    else:
        cs = rng.choices(["utf-8", "us-ascii", "iso-8859-1", "windows-1252"], [45, 30, 10, 15])[0]
    return dict(
        charset=cs,
        cte=rng.choices(["7bit", "8bit", "quoted-printable", "base64"], [20, 30, 30, 20])[0],
        crlf=rng.random() < 0.35,
        mode=rng.choice(["B", "Q"]),
        hcharset=rng.choices(["utf-8", "iso-8859-1"], [70, 30])[0],
        boundary_seed=f"{idx:03d}_{rng.getrandbits(48):012X}",
        mailer=rng.choice(MAILERS),
        content_language=rng.random() < 0.3,
    )


def render(ctx, d, idx, prefix):
    rng = ctx.rng
    date = d.date
    layout = d.layout or rng.choices(["plain", "alt", "html"], [45, 35, 20])[0]
    for a in d.atts:
        if a.filename and a.fn_style == "auto" and a.filename.isascii() and rng.random() < 0.12:
            a.fn_style = "rfc2231"
    dom = d.frm[1].split("@")[1]
    msgid = f"<{date.strftime('%Y%m%d%H%M%S')}.{prefix}{idx:03d}.{rng.getrandbits(40):010x}@{dom}>"
    spec = dict(frm=d.frm, to=d.to, cc=d.cc, subject=d.subject, date=date, msgid=msgid, extra=d.extra,
                text=d.text, html=d.html, atts=d.atts, layout=layout, lang=d.lang)
    return M.build(spec, transport(rng, d.lang, idx))


def digest_of(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    ctx = C.Ctx(SEED)
    rng = ctx.rng
    pos_plan = plan(rng, gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES, 120)
    neg_plan = plan(rng, gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES + gen_neg_d.TEMPLATES, 180)

    labels, meta = {}, {}
    for kind, entries in (("positive", pos_plan), ("negative", neg_plan)):
        prefix = "p" if kind == "positive" else "n"
        for i, (fn, lang) in enumerate(entries, 1):
            now = msg_date(rng)
            d = fn(ctx, lang, now)
            d.date = now
            rel = f"{kind}/{prefix}{i:03d}_{d.category}.eml"
            raw = render(ctx, d, i, prefix)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            if kind == "positive":
                assert d.types, rel
            else:
                assert not d.types and not d.ids, rel
            labels[rel] = {"confidential": kind == "positive", "types": sorted(d.types), "lang": d.lang, "note": d.note}
            meta[rel] = {"ids": list(d.ids), "pnames": sorted(set(d.pnames))}

    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n")

    errors, features = gen_verify.verify(out, labels, meta)
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed", file=sys.stderr)
        return 1
    digest = digest_of(out, list(labels) + ["labels.json"])
    gen_readme.write_readme(out, SEED, labels, features, digest)
    print(digest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
