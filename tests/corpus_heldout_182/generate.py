#!/usr/bin/env python3
"""Generate held-out corpus 182 (patient ombudsman and spiritual care office).

Usage: python generate.py [--out DIR]
"""
import argparse
import hashlib
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_neg_en  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_extra  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402
from gen_mime import Builder, Transport, is_ascii, sanitize  # noqa: E402

N_POS, N_NEG = 120, 180


def plan(c, fr, en, n):
    half = n // 2
    seq = [fr[i % len(fr)] for i in range(half)] + [en[i % len(en)] for i in range(n - half)]
    c.rng.shuffle(seq)
    return seq


def all_text(spec):
    m = spec.mail
    parts = [m.text, m.html, m.subject]
    return "".join(parts)


def choose_transport(c, spec):
    r = c.rng
    m = spec.mail
    mode = spec.mode or r.choices(["plain", "alt", "html"], [5, 3, 2])[0]
    text = all_text(spec)
    if spec.charset:
        cs = spec.charset
    elif is_ascii(text):
        cs = r.choices(["us-ascii", "utf-8", "iso-8859-1", "windows-1252"], [4, 3, 2, 2])[0]
    else:
        cs = r.choices(["utf-8", "iso-8859-1", "windows-1252"], [5, 2, 3])[0]
    if cs != "utf-8":
        try:
            sanitize(m.text + m.html, cs)
        except ValueError:
            cs = "utf-8"
    if is_ascii(text):
        cte = r.choices(["7bit", "quoted-printable", "base64"], [5, 3, 2])[0]
    else:
        cte = r.choices(["8bit", "quoted-printable", "base64"], [4, 4, 2])[0]
    subj_enc = ""
    if not is_ascii(m.subject) or r.random() < 0.12:
        subj_enc = r.choice(["B", "Q"])
    return Transport(mode=mode, charset=cs, cte=cte, crlf=r.random() < 0.3,
                     subj_enc=subj_enc, name_enc=r.choice(["B", "Q"]),
                     force_name_enc=r.random() < 0.08, rfc2231=r.random() < 0.25,
                     mailer=r.choice(["", "", "Microsoft Outlook 16.0", "Zimbra 9.0.0",
                                      "Mozilla Thunderbird 115.8"]))


def digest_of(out):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                rels.append(f"{sub}/{f}")
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    c = C.Ctx(C.SEED)
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    pos_plan = plan(c, gen_pos_fr.TEMPLATES + gen_pos_extra.FR,
                    gen_pos_en.TEMPLATES + gen_pos_extra.EN, N_POS)
    neg_plan = plan(c, gen_neg_fr.TEMPLATES, gen_neg_en.TEMPLATES, N_NEG)
    labels, specs = {}, {}
    for prefix, sub, tpl_list in (("p", "positive", pos_plan), ("n", "negative", neg_plan)):
        for i, fn in enumerate(tpl_list, 1):
            spec = fn(c)
            t = choose_transport(c, spec)
            data = Builder(c.rng, f"{prefix}{i:03d}").build(spec.mail, t)
            rel = f"{sub}/{prefix}{i:03d}_{spec.cat}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": spec.confidential,
                           "types": [x for x in C.FINDING_TYPES if x in spec.types],
                           "lang": spec.lang, "note": spec.note}
            specs[rel] = spec
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errors, feats = gen_verify.verify(out, specs)
    digest = digest_of(out)
    gen_readme.write(out, labels, feats, digest)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed", file=sys.stderr)
        return 1
    print(digest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
