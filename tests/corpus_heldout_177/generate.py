#!/usr/bin/env python3
"""Generate the held-out neurology-department e-mail corpus (seed 25177).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md next to this
file (or into DIR), re-checks everything and prints the digest.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from gen_common import (SEED, ALL_TYPES, PatientFactory, TZ_WINTER, TZ_SUMMER, STAFF, signature,  # noqa: E402
                        CONF_FOOTER_FR, CONF_FOOTER_EN)
from gen_ctx import Ctx  # noqa: E402
from gen_mime import build_message  # noqa: E402
from gen_check import check_corpus  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_readme  # noqa: E402

N_POS, N_NEG = 120, 180

AGENTS = [None, "X-Mailer: Microsoft Outlook 16.0", "User-Agent: Mozilla Thunderbird 128.3",
          "X-Mailer: HRBL Notification Service 2.1", "X-Mailer: Apple Mail (2.3774)", None]


def plan(rng, templates, total):
    items, counts = [], {"fr": 0, "en": 0}
    for cat, fn, n in templates:
        lang = "fr" if counts["fr"] <= counts["en"] else "en"
        for _ in range(n):
            items.append((cat, fn, lang))
            counts[lang] += 1
            lang = "en" if lang == "fr" else "fr"
    assert len(items) == total, (len(items), total)
    rng.shuffle(items)
    return items


FWD_KEYS = ["berube", "fontaine", "aubin", "ferland", "mcallister", "giguere", "castonguay", "quintal"]


def maybe_wrap(ctx, spec, rng):
    """Turn some messages into a forward (inline) or a reply quoting the original."""
    if spec.get("in_reply_to") or any(isinstance(b, tuple) and b[0] in ("quote", "fwd") for b in spec["blocks"]):
        return spec
    r = rng.random()
    if r > 0.17:
        return spec
    when = ctx.earlier(1, 30)
    o_from, o_to = spec["frm"], spec["to"][0]
    if r < 0.10 or spec.get("attachments") or not o_to[0]:
        keys = [k for k in FWD_KEYS if STAFF[k][6] not in o_from[1]]
        k1, k2 = rng.sample(keys, 2)
        hdr = ctx.fwd_header(o_from[0], o_from[1], when, spec["subject"], o_to[0] or o_to[1], o_to[1])
        note = ctx.L(rng.choice(["Pour info.", "Peux-tu t'en occuper?", "À traiter svp.", "Voir ci-dessous, merci."]),
                     rng.choice(["FYI.", "Can you take care of this?", "Please action.", "See below, thanks."]))
        spec["blocks"] = [note, ("sig", signature(k1, ctx.lang, "neuro", short=True)), ("fwd", hdr, spec["blocks"])]
        spec["frm"], spec["to"], spec["cc"] = ctx.saddr(k1), [ctx.saddr(k2)], None
        spec["subject"] = ctx.L("TR : ", "Fwd: ") + spec["subject"]
    else:
        reply = ctx.L(rng.choice(["Bien reçu, merci.", "Merci, c'est noté.", "Parfait, je m'en occupe.", "Reçu. Je reviens vers vous demain."]),
                      rng.choice(["Received, thanks.", "Thanks, noted.", "Great, I'll take care of it.", "Got it. Will get back to you tomorrow."]))
        spec["blocks"] = [reply, ("quote", ctx.quote_intro(o_from[0], o_from[1], when), spec["blocks"])]
        spec["frm"], spec["to"], spec["cc"] = o_to, [o_from], None
        spec["subject"] = ("RE: " if ctx.lang == "en" else rng.choice(["RE: ", "RE : "])) + spec["subject"]
        spec["in_reply_to"] = ctx.msgid(when)
    return spec


def msg_date(rng):
    base = datetime.datetime(2025, 1, 6)
    d = base + datetime.timedelta(days=rng.randint(0, 300))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    d = d.replace(hour=rng.randint(7, 18), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    dst = datetime.datetime(2025, 3, 9) <= d < datetime.datetime(2025, 11, 2)
    return d.replace(tzinfo=TZ_SUMMER if dst else TZ_WINTER)


def transport(rng, idx, spec):
    mode = spec.get("mode") or rng.choices(["plain", "alt", "html"], [40, 35, 25])[0]
    charset = rng.choices(["utf-8", "iso-8859-1", "windows-1252", "us-ascii"], [45, 20, 20, 15])[0]
    cte = rng.choices(["quoted-printable", "base64", "8bit", "7bit"], [35, 20, 30, 15])[0]
    tr = {"mode": mode, "charset": charset, "cte": cte, "crlf": rng.random() < 0.45,
          "hdr_enc": rng.choice(["q", "b"]), "force_subj_enc": rng.random() < 0.08,
          "agent": rng.choice(AGENTS), "boundary": f"=_hrbl_{idx:03d}_{rng.getrandbits(32):08x}"}
    if mode == "alt" and rng.random() < 0.4:
        tr["html_cte"] = rng.choice(["quoted-printable", "base64"])
    return tr


def produce(rng, pf, items, positive, prefix, out_dir, labels, meta):
    sub = "positive" if positive else "negative"
    os.makedirs(os.path.join(out_dir, sub), exist_ok=True)
    for k, (cat, fn, lang) in enumerate(items, 1):
        idx = k if positive else 500 + k
        date = msg_date(rng)
        ctx = Ctx(rng, lang, date, pf, idx, positive)
        spec = maybe_wrap(ctx, fn(ctx), rng)
        assert spec["category"] == cat
        footer = CONF_FOOTER_FR if lang == "fr" else CONF_FOOTER_EN
        if footer not in spec["blocks"] and rng.random() < 0.18:
            spec["blocks"] = list(spec["blocks"]) + [footer]
        full = {"from": spec["frm"], "to": spec["to"], "cc": spec.get("cc") or [], "subject": spec["subject"],
                "date": date, "msgid": ctx.msgid(), "blocks": spec["blocks"], "attachments": spec.get("attachments") or [],
                "lang": lang, "in_reply_to": spec.get("in_reply_to")}
        tr = transport(rng, idx, spec)
        data, feats = build_message(full, tr)
        name = f"{sub}/{prefix}{k:03d}_{cat}.eml"
        with open(os.path.join(out_dir, name), "wb") as fh:
            fh.write(data)
        types = sorted(ctx.types, key=ALL_TYPES.index) if positive else []
        labels[name] = {"confidential": positive, "types": types, "lang": lang, "note": spec["note"]}
        meta[name] = {"facts": ctx.facts, "feats": feats | ctx.feats}


def digest(out_dir):
    h = hashlib.sha256()
    paths = []
    for sub in ("positive", "negative"):
        paths += [f"{sub}/{f}" for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith(".eml")]
    paths.append("labels.json")
    for p in sorted(paths):
        with open(os.path.join(out_dir, p), "rb") as fh:
            h.update(p.encode("utf-8") + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = ap.parse_args()
    out_dir = args.out
    rng = random.Random(SEED)
    pf = PatientFactory(random.Random(SEED + 1))

    for sub in ("positive", "negative"):
        d = os.path.join(out_dir, sub)
        if os.path.isdir(d):
            for f in os.listdir(d):
                if f.endswith(".eml"):
                    os.remove(os.path.join(d, f))

    pos_items = plan(rng, gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES, N_POS)
    neg_items = plan(rng, gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES, N_NEG)
    labels, meta = {}, {}
    produce(rng, pf, pos_items, True, "p", out_dir, labels, meta)
    produce(rng, pf, neg_items, False, "n", out_dir, labels, meta)
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    errors, features = check_corpus(out_dir, labels, meta)
    dig = digest(out_dir)
    gen_readme.write(out_dir, labels, features, dig, SEED)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} check failure(s)", file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == "__main__":
    main()
