#!/usr/bin/env python3
"""Generate the held-out corpus: a Quebec child development centre and paediatric outpatient clinic.

Usage: python generate.py [--out DIR]

Writes positive/*.eml, negative/*.eml, labels.json and README.md next to this file (or in DIR),
re-parses and checks everything, and prints the digest.  Reads nothing but its own modules and
../blind_nams.txt (relative to this file).
"""
import argparse
import datetime as _dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_common as C  # noqa: E402
import gen_ctx  # noqa: E402
import gen_mime  # noqa: E402
import gen_pos_fr_a  # noqa: E402
import gen_pos_fr_b  # noqa: E402
import gen_pos_en_a  # noqa: E402
import gen_pos_en_b  # noqa: E402
import gen_neg_fr_a  # noqa: E402
import gen_neg_fr_b  # noqa: E402
import gen_neg_en_a  # noqa: E402
import gen_neg_en_b  # noqa: E402
import gen_verify  # noqa: E402
import gen_readme  # noqa: E402

SEED = 25159
N_POS, N_NEG = 120, 180
START, END = _dt.date(2025, 9, 2), _dt.date(2025, 11, 28)
MAILERS = [None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 128.3", "Les Marelles DME 4.2",
           "Apple Mail (2.3776)", "Roundcube Webmail/1.6.9"]


def plan(rng, fr, en, n_fr, n_en):
    """Spread n_fr / n_en messages over the template lists as evenly as possible, in a shuffled order."""
    items = []
    for tpls, n, lang in ((fr, n_fr, "fr"), (en, n_en, "en")):
        base, extra = divmod(n, len(tpls))
        counts = [base] * len(tpls)
        for i in rng.sample(range(len(tpls)), extra):
            counts[i] += 1
        for t, k in zip(tpls, counts):
            items.extend([(t, lang)] * k)
    rng.shuffle(items)
    return items


def weekdays(rng, n):
    days = []
    d = START
    while d <= END:
        if d.weekday() < 5:
            days.append(d)
        d += _dt.timedelta(days=1)
    return sorted(rng.choice(days) for _ in range(n))


def transport(rng, lang, key):
    if lang == "fr":
        charset = rng.choices(["utf-8", "iso-8859-1", "windows-1252"], [50, 22, 28])[0]
    else:
        charset = rng.choices(["us-ascii", "utf-8", "windows-1252", "iso-8859-1"], [38, 42, 10, 10])[0]
    cte = rng.choices(["8bit", "7bit", "quoted-printable", "base64"], [30, 10, 40, 20])[0]
    return gen_mime.Opts(charset=charset, cte=cte, eol=rng.choice(["\r\n", "\r\n", "\n"]), subj_enc=rng.choice("bq"),
                         boundary_style=rng.randint(0, 3), key=key, mailer=rng.choice(MAILERS))


def assign_ids(mail, rng, tag):
    dom = mail.sender[1].split("@")[1]
    mail.msgid = "<%s.%s@%s>" % ("%016x" % rng.getrandbits(64), tag, dom)
    for a in mail.attachments:
        if a.msg is not None:
            assign_ids(a.msg, rng, tag + "n")


def digest(out):
    h = hashlib.sha256()
    rels = ["labels.json"]
    for sub in ("negative", "positive"):
        rels += ["%s/%s" % (sub, f) for f in os.listdir(os.path.join(out, sub)) if f.endswith(".eml")]
    for rel in sorted(rels):
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(rel.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def build(out):
    """Write every message and labels.json into out; return (labels, results, holders)."""
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    master = random.Random(SEED)
    holders = C.load_holders()
    reg = gen_ctx.Registry(master, holders)
    pos_plan = plan(master, gen_pos_fr_a.TEMPLATES + gen_pos_fr_b.TEMPLATES, gen_pos_en_a.TEMPLATES + gen_pos_en_b.TEMPLATES, 60, 60)
    neg_plan = plan(master, gen_neg_fr_a.TEMPLATES + gen_neg_fr_b.TEMPLATES, gen_neg_en_a.TEMPLATES + gen_neg_en_b.TEMPLATES, 90, 90)
    pos_days = weekdays(master, N_POS)
    neg_days = weekdays(master, N_NEG)
    master.shuffle(pos_days)
    master.shuffle(neg_days)

    labels, results = {}, {}
    for kind, items, days in (("p", pos_plan, pos_days), ("n", neg_plan, neg_days)):
        for i, ((tpl, lang), day) in enumerate(zip(items, days), 1):
            rng = random.Random("%d-%s-%03d" % (SEED, kind, i))
            c = gen_ctx.Ctx(rng, reg, day, lang, kind == "p")
            res = tpl(c)
            assign_ids(res.mail, rng, "%s%03d" % (kind, i))
            opts = transport(rng, lang, "%s%03d%02d" % (kind, i, rng.randint(10, 99)))
            raw = gen_mime.to_eol(gen_mime.render(res.mail, opts), opts.eol)
            rel = "%s/%s%03d_%s.eml" % ("positive" if kind == "p" else "negative", kind, i, res.category)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": kind == "p", "types": res.types if kind == "p" else [], "lang": lang, "note": res.note}
            results[rel] = res
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    return labels, results, holders


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    labels, results, holders = build(out)
    errors, feats = gen_verify.verify(out, labels, results, holders)
    dg = digest(out)
    gen_readme.write(out, labels, feats, dg, SEED)
    if errors:
        for e in errors[:80]:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    print("positives: %d  negatives: %d" % (sum(1 for v in labels.values() if v["confidential"]),
                                            sum(1 for v in labels.values() if not v["confidential"])))
    print("digest: %s" % dg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
