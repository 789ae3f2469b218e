#!/usr/bin/env python3
"""Generate the held-out corpus 176 (addiction medicine service) next to this file, or in --out DIR.

Reads nothing but its own gen_*.py modules and ../blind_nams.txt. Deterministic for the fixed seed."""
import argparse
import hashlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_admin  # noqa: E402
import gen_neg_ops  # noqa: E402
import gen_pos_extra  # noqa: E402
import gen_pos_ids  # noqa: E402
import gen_pos_oat  # noqa: E402
import gen_pos_out  # noqa: E402
import gen_pos_wmu  # noqa: E402
from gen_readme import digest, write_readme  # noqa: E402
from gen_verify import CheckError, check_all  # noqa: E402

N_POS, N_NEG = 120, 180
POS_TEMPLATES = gen_pos_oat.TEMPLATES + gen_pos_wmu.TEMPLATES + gen_pos_out.TEMPLATES + gen_pos_extra.TEMPLATES + \
    gen_pos_ids.TEMPLATES
NEG_TEMPLATES = gen_neg_admin.TEMPLATES + gen_neg_ops.TEMPLATES
ALWAYS_NAM = {"t_pain_taper", "t_youth_referral", "t_peds_ingestion"}
MAILERS = [None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6", "Zimbra 9.0 (ZimbraWebClient)",
           "Apple Mail (2.3774)"]


FIXED_COUNTS = {"t_guest_dosing": 5, "t_billing_nonresident": 6, "t_ei_certificate": 4, "t_income_form": 4}


def schedule(rng, templates, n):
    fixed = [t for t in templates if t.__name__ in FIXED_COUNTS]
    free = [t for t in templates if t.__name__ not in FIXED_COUNTS]
    slots = []
    for t in fixed:
        slots += [t] * FIXED_COUNTS[t.__name__]
    k, extra = divmod(n - len(slots), len(free))
    bonus = set(rng.sample(range(len(free)), extra))
    for i, t in enumerate(free):
        slots += [t] * (k + (1 if i in bonus else 0))
    rng.shuffle(slots)
    first = rng.choice(["fr", "en"])
    other = "en" if first == "fr" else "fr"
    return [(t, first if i % 2 == 0 else other) for i, t in enumerate(slots)]


def choose_style(rng):
    return {
        "form": rng.choices(["plain", "alt", "html"], [40, 35, 25])[0],
        "eol": rng.choice(["crlf", "lf"]),
        "charset": rng.choices(["utf-8", "iso-8859-1", "windows-1252", "us-ascii"], [40, 22, 22, 16])[0],
        "cte": rng.choices(["8bit", "quoted-printable", "base64", "7bit"], [30, 35, 20, 15])[0],
        "hdr_charset": rng.choice(["utf-8", "utf-8", "iso-8859-1"]),
        "hdr_mode": rng.choice(["b", "q"]),
        "enc_names": rng.random() < 0.15,
        "enc_subject": rng.random() < 0.12,
        "rfc2231": rng.random() < 0.3,
        "att_cte": rng.choice(["base64", "quoted-printable", "8bit"]),
        "mailer": rng.choice(MAILERS),
        "format_flowed": rng.random() < 0.1,
    }


class Slot(C.Ctx):
    def __init__(self, kind, idx, lang, holders):
        super().__init__(random.Random("%d:%s:%d" % (C.SEED, kind, idx)), lang, holders)
        self.kind, self.idx = kind, idx
        srng = random.Random("%d:style:%s:%d" % (C.SEED, kind, idx))
        self.style = choose_style(srng)
        self.bseed = hashlib.sha256(("%d:%s:%d" % (C.SEED, kind, idx)).encode()).hexdigest()[:16]
        self.date = C.base_date(self.rng)
        self.dt = C.msg_datetime(self.rng, self.date)
        self.use_nam = False

    def msgid(self, tag):
        h = hashlib.sha256(("%d:%s:%d:%s" % (C.SEED, self.kind, self.idx, tag)).encode()).hexdigest()[:14]
        return "%s.%s@mail.cisss-riveest.example" % (self.dt.strftime("%Y%m%d%H%M%S"), h)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")


def build_all(outdir):
    gen_pos_ids._CYCLE["n"] = 0
    master = random.Random(C.SEED)
    holders = list(C.NAM_HOLDERS)
    master.shuffle(holders)
    labels, records = {}, {}
    for kind, templates, n, prefix in (("positive", POS_TEMPLATES, N_POS, "p"), ("negative", NEG_TEMPLATES, N_NEG, "n")):
        os.makedirs(os.path.join(outdir, kind), exist_ok=True)
        for f in os.listdir(os.path.join(outdir, kind)):
            if f.endswith(".eml"):
                os.remove(os.path.join(outdir, kind, f))
        for i, (tpl, lang) in enumerate(schedule(master, templates, n), start=1):
            ctx = Slot(kind, i, lang, holders if kind == "positive" else [])
            if kind == "positive":
                ctx.use_nam = tpl.__name__ in ALWAYS_NAM or master.random() < (0.75 if lang == "fr" else 0.35)
            sp = tpl(ctx)
            sp["lang"] = lang
            sp["date"] = ctx.dt
            sp["msgid"] = ctx.msgid("main")
            sp["lang_header"] = ctx.style["mailer"] is not None and ctx.rng.random() < 0.5
            raw = M.build(sp, ctx.style, ctx.bseed)
            rel = "%s/%s%03d_%s.eml" % (kind, prefix, i, slug(sp["category"]))
            with open(os.path.join(outdir, rel), "wb") as fh:
                fh.write(raw)
            types = sorted(ctx.types) if kind == "positive" else []
            labels[rel] = {"confidential": kind == "positive", "types": types, "lang": lang, "note": sp["note"]}
            records[rel] = {"ids": list(ctx.ids)}
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1) + "\n")
    return labels, records


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args(argv)
    outdir = args.out
    os.makedirs(outdir, exist_ok=True)
    labels, records = build_all(outdir)
    try:
        feats = check_all(outdir, labels, records)
    except CheckError as e:
        print("CHECK FAILED:\n%s" % e, file=sys.stderr)
        return 1
    dig = digest(outdir)
    lang, types, fc = write_readme(outdir, labels, feats, dig)
    print("positives %d, negatives %d" % (sum(1 for v in labels.values() if v["confidential"]),
                                          sum(1 for v in labels.values() if not v["confidential"])))
    print("fr %d (pos %d / neg %d), en %d (pos %d / neg %d)" % (sum(lang["fr"]), lang["fr"][0], lang["fr"][1],
                                                               sum(lang["en"]), lang["en"][0], lang["en"][1]))
    print("types: " + ", ".join("%s=%d" % kv for kv in types.items()))
    print("features: " + ", ".join("%s=%d" % kv for kv in fc.items()))
    print("digest %s" % dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
