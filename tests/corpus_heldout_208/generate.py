#!/usr/bin/env python3
"""Generate the held-out DLP corpus (flavour: organ donation and transplant coordination).

Usage: python generate.py [--out DIR]   (default: the directory holding this file)
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
from gen_common import SEED, STAFF, TYPES, Registry  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_mime import Att, build, tz_for  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

N_POS, N_NEG = 120, 180
MAILERS = [None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6", "Apple Mail (2.3774)",
           "RSBL Notify 2.1", "Lotus Notes Release 9.0.1"]


def plan(templates, total, rng):
    """Spread `total` messages over templates, alternating languages, then shuffle."""
    base, extra = divmod(total, len(templates))
    items = []
    for ti, t in enumerate(templates):
        n = base + (1 if ti < extra else 0)
        for k in range(n):
            items.append((t, "fr" if (k + ti) % 2 == 0 else "en"))
    rng.shuffle(items)
    return items


def choose_transport(m, rng):
    p = m.prefs
    if "structure" not in p:
        r = rng.random()
        p["structure"] = "plain" if r < 0.45 else ("alt" if r < 0.75 else "html")
    if p["structure"] in ("html", "alt") and "entities" not in p:
        p["entities"] = rng.random() < 0.2
    if "charset" not in p:
        r = rng.random()
        p["charset"] = "utf-8" if r < 0.45 else ("iso-8859-1" if r < 0.63 else ("windows-1252" if r < 0.8 else "us-ascii"))
    if "cte" not in p:
        if p["charset"] == "us-ascii":
            p["cte"] = "7bit" if rng.random() < 0.7 else "quoted-printable"
        else:
            r = rng.random()
            p["cte"] = "8bit" if r < 0.35 else ("quoted-printable" if r < 0.7 else "base64")
    p.setdefault("force_subject_encoding", rng.random() < 0.08)
    p.setdefault("hcharset", "utf-8" if rng.random() < 0.7 else "iso-8859-1")
    p.setdefault("mailer", rng.choice(MAILERS))
    p.setdefault("crlf", rng.random() < 0.4)


def make(kind, i, template, lang, reg, when, dt):
    rng = random.Random("%d-%s-%03d" % (SEED, kind, i))
    ctx = Ctx(rng, reg, lang, when, i)
    m = template(ctx)
    m.lang = lang
    m.date = dt
    choose_transport(m, rng)
    inner = getattr(m, "inner", None)
    if inner:
        im, fname, hours = inner
        im.date = dt - datetime.timedelta(hours=hours)
        data = build(im, rng, 900 + i, ascii_safe=True)
        m.atts.append(Att(fname, "message/rfc822", data))
    data = build(m, rng, i)
    if m.prefs["crlf"]:
        data = data.replace(b"\n", b"\r\n")
    return m, data


def digest_of(out, labels):
    h = hashlib.sha256()
    for rel in sorted(list(labels) + ["labels.json"]):
        with open(os.path.join(out, rel), "rb") as fh:
            blob = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + blob + b"\0")
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    for d in ("positive", "negative"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
        for f in os.listdir(os.path.join(out, d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, d, f))

    master = random.Random(SEED)
    reg = Registry(random.Random(SEED + 1))
    pos_plan = plan(gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES, N_POS, master)
    neg_plan = plan(gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES, N_NEG, master)
    start = datetime.datetime(2024, 1, 8, 0, 0)

    def when_for():
        d = start + datetime.timedelta(days=master.randrange(0, 520))
        if d.weekday() >= 5 and master.random() < 0.8:    # most mail is sent on working days
            d += datetime.timedelta(days=7 - d.weekday())
        dt = d.replace(hour=master.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 22]), minute=master.randrange(60),
                       second=master.randrange(60))
        return d.date(), dt.replace(tzinfo=tz_for(dt))

    labels, records = {}, {}
    for kind, items, prefix in (("pos", pos_plan, "p"), ("neg", neg_plan, "n")):
        for i, (tpl, lang) in enumerate(items, 1):
            when, dt = when_for()
            m, data = make(kind, i, tpl, lang, reg, when, dt)
            rel = "%s/%s%03d_%s.eml" % ("positive" if kind == "pos" else "negative", prefix, i, m.cat)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": m.confidential,
                           "types": [t for t in TYPES if t in m.types] if m.confidential else [],
                           "lang": lang, "note": m.note}
            records[rel] = m
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    errors, feats = verify(out, labels, records, reg.patients, [s[1] for s in STAFF])
    if errors:
        for e in errors[:80]:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    digest = digest_of(out, labels)
    write_readme(os.path.join(out, "README.md"), labels, feats, digest)
    print(digest)


if __name__ == "__main__":
    main()
