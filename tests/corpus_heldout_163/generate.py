# -*- coding: utf-8 -*-
"""Generate the obstetrics / perinatal-care DLP test corpus (seed 25163).

Usage: python generate.py [--out DIR]
Writes positive/, negative/, labels.json and README.md, re-parses and checks
everything, prints the digest and exits non-zero on any failure.
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_ctx  # noqa: E402
import gen_mime  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_verify  # noqa: E402
import gen_readme  # noqa: E402

SEED = 25163

# (template, fr count, en count)
POS_PLAN = [
    ("referral", 2, 2), ("consult_pdf", 2, 2), ("census", 2, 2), ("booking_ics", 2, 2), ("transfer", 2, 2),
    ("lab", 2, 2), ("imaging", 2, 2), ("discharge", 2, 2), ("prescription", 2, 2), ("insurer", 2, 2),
    ("quicknote", 2, 2), ("forward", 2, 2), ("reply", 2, 2), ("newborn", 2, 2), ("lactation", 2, 2),
    ("social", 2, 2), ("partner", 2, 2), ("xlsx_list", 2, 2), ("csv_log", 2, 2), ("vcard", 2, 1), ("zip", 1, 1),
    ("attached_eml", 2, 2), ("reply_patient", 2, 2), ("ontario", 1, 2), ("belgian", 2, 1), ("french", 2, 1),
    ("subject_only", 2, 2), ("reminder", 1, 2), ("oat", 1, 2), ("mm", 1, 2), ("billing", 2, 2), ("gyn", 1, 1),
    ("fname_only", 2, 1),
]
NEG_PLAN = [
    ("newsletter", 3, 3), ("schedule", 2, 2), ("payroll", 3, 3), ("leave", 2, 3), ("occhealth", 3, 3), ("job", 2, 2),
    ("candidate", 2, 2), ("committee", 3, 2), ("conference", 2, 3), ("invoice", 3, 3), ("po", 2, 2), ("inventory", 2, 2),
    ("it", 3, 3), ("facilities", 2, 3), ("stats", 3, 2), ("teaching", 3, 3), ("blank_form", 3, 3), ("template", 3, 3),
    ("shortage", 2, 3), ("recall", 3, 3), ("research", 2, 3), ("baby", 3, 2), ("birthdays", 2, 2), ("directory", 2, 3),
    ("meeting", 3, 2), ("vcard", 2, 2), ("training", 3, 2), ("protocol", 3, 2), ("leaflet", 2, 2), ("thread", 4, 4),
    ("zip", 2, 2), ("attached_eml", 2, 2), ("audit", 2, 2), ("students", 2, 2), ("mileage", 2, 2), ("service", 3, 3),
]
MAILERS = [None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 128.3.1", "Zimbra 10.1 (ZimbraWebClient)",
           "Apple Mail (2.3776)", "Cristal-Net Messagerie 4.2"]


def msg_time(rng):
    d = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(0, 298))
    t = dt.time(rng.randrange(7, 22), rng.randrange(60), rng.randrange(60))
    off = -4 if dt.date(2025, 3, 9) <= d < dt.date(2025, 11, 2) else -5
    return dt.datetime.combine(d, t, tzinfo=dt.timezone(dt.timedelta(hours=off)))


def wchoice(rng, items):
    r = rng.random() * sum(w for _, w in items)
    for v, w in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][0]


def transport(rng, m):
    o = {
        "charset": wchoice(rng, [("utf-8", 4), ("iso-8859-1", 2), ("windows-1252", 2), ("us-ascii", 2)]),
        "cte": wchoice(rng, [("quoted-printable", 3.5), ("base64", 2), ("8bit", 3), ("7bit", 1.5)]),
        "crlf": rng.random() < 0.3,
        "hdr_charset": wchoice(rng, [("utf-8", 3), ("iso-8859-1", 1), ("windows-1252", 1)]),
        "hdr_mode": rng.choice(["q", "b"]),
        "mailer": rng.choice(MAILERS),
        "preamble": rng.random() < 0.5,
        "format_flowed": rng.random() < 0.1,
    }
    if any(ord(c) > 127 for c in m.subject):
        o["subj_enc"] = rng.choice(["b", "q"])
    elif rng.random() < 0.12:
        o["subj_enc"] = rng.choice(["b", "q"])
    if m.structure is None:
        m.structure = wchoice(rng, [("plain", 5), ("alt", 3), ("html", 2)])
    m.opts.update(o)


def build(plan, templates, positive, rng, ctx, seed):
    jobs = []
    for name, nfr, nen in plan:
        jobs += [(name, "fr")] * nfr + [(name, "en")] * nen
    rng.shuffle(jobs)
    out = []
    for i, (name, lang) in enumerate(jobs):
        now = msg_time(rng)
        ctx.begin(lang, now)
        fn = templates[name]
        m = fn(ctx, seed) if name == "attached_eml" else fn(ctx)
        if not positive:
            m.types, m.ids, m.holders = [], [], []
        transport(rng, m)
        dom = m.frm[1].split("@")[1]
        h = hashlib.sha256(("%d|%s|%d|%s" % (seed, "p" if positive else "n", i, name)).encode()).hexdigest()
        msgid = "<%s.%s@%s>" % (h[:16], h[16:28], dom)
        raw = gen_mime.serialize(m, i, now, msgid, seed)
        out.append((("positive/p%03d_%s.eml" if positive else "negative/n%03d_%s.eml") % (i + 1, m.category), m, raw))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out_dir = args.out
    holders = C.load_nams()
    rng = random.Random(SEED)
    ctx = gen_ctx.Ctx(rng, holders)
    pos_t = dict(gen_pos_a.TEMPLATES, **gen_pos_b.TEMPLATES)
    neg_t = dict(gen_neg_a.TEMPLATES, **gen_neg_b.TEMPLATES)
    for name, _, _ in POS_PLAN:
        assert name in pos_t, name
    for name, _, _ in NEG_PLAN:
        assert name in neg_t, name
    pos = build(POS_PLAN, pos_t, True, rng, ctx, SEED)
    neg = build(NEG_PLAN, neg_t, False, rng, ctx, SEED)

    for sub in ("positive", "negative"):
        d = os.path.join(out_dir, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    labels, meta = {}, {}
    for rel, m, raw in pos + neg:
        with open(os.path.join(out_dir, rel), "wb") as fh:
            fh.write(raw)
        labels[rel] = {"confidential": rel.startswith("positive/"), "types": sorted(m.types), "lang": m.lang, "note": m.note}
        meta[rel] = m
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")

    errs, feats = gen_verify.verify(out_dir, holders, meta)
    dig = gen_verify.digest(out_dir)
    gen_readme.write(os.path.join(out_dir, "README.md"), SEED, labels, feats, dig)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d errors" % len(errs), file=sys.stderr)
        sys.exit(1)
    langs, lang_pos, types, _ = gen_readme.counts(labels, feats)
    print("positives %d, negatives %d" % (sum(lang_pos.values()), len(labels) - sum(lang_pos.values())))
    print("per language: " + ", ".join("%s %d (pos %d)" % (k, langs[k], lang_pos[k]) for k in ("fr", "en")))
    print("types: " + ", ".join("%s %d" % (t, types[t]) for t in gen_readme.TYPE_ORDER))
    print("digest", dig)


if __name__ == "__main__":
    main()
