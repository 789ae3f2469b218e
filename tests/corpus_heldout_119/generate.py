#!/usr/bin/env python3
"""Generate the held-out DLP corpus (chronic pain clinic flavour).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED. Standard library + python-stdnum, reportlab,
python-docx, openpyxl only.
"""
import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_mime  # noqa: E402
from gen_base import Ctx, Types  # noqa: E402
from gen_check import digest, run_check  # noqa: E402
from gen_neg_a import BUILDERS_NA  # noqa: E402
from gen_neg_b import BUILDERS_NB  # noqa: E402
from gen_pos_a import BUILDERS_A, referral_famdoc  # noqa: E402
from gen_pos_b import BUILDERS_B  # noqa: E402

SEED = 119661
N_POS, N_NEG = 120, 180
FLAVOUR = ("a chronic pain clinic (interventional pain procedures, nerve blocks, opioid tapering agreements, fibromyalgia and "
           "back pain programmes, psychologist and physiotherapist in the team, referrals from family physicians, insurers and "
           "the CNESST), together with the ordinary administrative mail of such a clinic")


def finish_spec(ctx, spec, lang):
    rng = ctx.rng
    spec = dict(spec)
    spec.setdefault("date", C.msg_date(rng))
    if spec.get("date") is None:
        spec["date"] = C.msg_date(rng)
    frm = spec.pop("frm", None)
    if frm is not None:
        spec["from"] = frm
    dom = spec["from"][1].split("@")[-1]
    spec.setdefault("msgid", ctx.msgid(dom))
    spec["to"] = [x for x in spec["to"] if x]
    others = [x for x in spec["to"] if x[1] != spec["from"][1]]
    if others:
        spec["to"] = others
    if spec.get("cc"):
        spec["cc"] = [x for x in spec["cc"] if x[1] != spec["from"][1]]
    if not spec.get("cc"):
        spec.pop("cc", None)
    spec["attachments"] = [a for a in (spec.get("attachments") or []) if a is not None]
    # some old gateways strip accents and send plain US-ASCII
    if lang == "fr" and not spec["attachments"] and spec.get("html") is None and spec.get("mode") in (None, "plain") and rng.random() < 0.12:
        spec["text"] = C.strip_accents(spec["text"])
        spec["subject"] = C.strip_accents(spec["subject"])
        spec["mode"] = "plain"
        spec["charset"] = "us-ascii"
        spec["cte"] = rng.choice(["7bit", "7bit", "quoted-printable"])
    return spec


def make_ctx(rng):
    ctx = Ctx(rng)

    def build_inner_referral(types, lang):
        res = referral_famdoc(ctx)
        for t in res["types"].list():
            types.add(t)
        spec = finish_spec(ctx, res["spec"], res["lang"])
        spec["crlf"] = False
        return gen_mime.render(spec, rng)

    ctx.build_inner_referral = build_inner_referral
    return ctx


def plan(rng, builders, total):
    jobs = []
    for name, (fn, n) in builders.items():
        jobs += [(name, fn)] * n
    assert len(jobs) == total, (len(jobs), total)
    rng.shuffle(jobs)
    return jobs


def transport_stats(raw, st):
    s = raw.decode("latin-1")
    st["crlf" if b"\r\n" in raw else "lf"] += 1
    for ct in re.findall(r"(?im)^Content-Type:\s*([a-z0-9.+-]+/[a-z0-9.+-]+)", s):
        st.setdefault("ctype:" + ct.lower(), 0)
        st["ctype:" + ct.lower()] += 1
    head = re.split(r"\r?\n\r?\n", s, 1)[0]
    top = re.search(r"(?im)^Content-Type:\s*([a-z0-9.+-]+/[a-z0-9.+-]+)", head).group(1).lower()
    st.setdefault("top-level:" + top, 0)
    st["top-level:" + top] += 1
    for cs in set(x.lower() for x in re.findall(r'(?im)^Content-Type:[^\n]*?charset="?([a-z][a-z0-9_-]*)', s)):
        st.setdefault("charset:" + cs, 0)
        st["charset:" + cs] += 1
    for cte in set(x.lower() for x in re.findall(r"(?im)^Content-Transfer-Encoding:\s*(\S+)", s)):
        st.setdefault("cte:" + cte, 0)
        st["cte:" + cte] += 1
    if "=?" in s.split("\n\n", 1)[0] or "=?" in s.split("\r\n\r\n", 1)[0]:
        st["rfc2047_headers"] += 1
    if "filename*" in s:
        st["rfc2231_filenames"] += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))

    rng = random.Random(SEED)
    ctx = make_ctx(rng)
    labels = {}
    tstats = {"crlf": 0, "lf": 0, "rfc2047_headers": 0, "rfc2231_filenames": 0}

    pos_builders = dict(BUILDERS_A)
    pos_builders.update(BUILDERS_B)
    neg_builders = dict(BUILDERS_NA)
    neg_builders.update(BUILDERS_NB)

    for kind, builders, total, prefix in (("positive", pos_builders, N_POS, "p"), ("negative", neg_builders, N_NEG, "n")):
        jobs = plan(rng, builders, total)
        for i, (name, fn) in enumerate(jobs, 1):
            res = fn(ctx)
            spec = finish_spec(ctx, res["spec"], res["lang"])
            raw = gen_mime.render(spec, rng)
            rel = f"{kind}/{prefix}{i:03d}_{res['cat']}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            types = res["types"].list() if isinstance(res["types"], Types) else []
            labels[rel] = {"confidential": kind == "positive", "types": types, "lang": res["lang"], "note": res["note"]}
            transport_stats(raw, tstats)

    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    errors, counts, type_counts = run_check(out)
    dg = digest(out)
    write_readme(out, counts, type_counts, tstats, dg)
    print(f"files: {counts['positive'] + counts['negative']} (positive {counts['positive']}, negative {counts['negative']})")
    print(f"languages: fr {counts['fr']}, en {counts['en']}")
    print("types: " + ", ".join(f"{k} {type_counts[k]}" for k in sorted(type_counts)))
    print(f"sha256: {dg}")
    if errors:
        print(f"SELF-CHECK FAILED ({len(errors)} problems)")
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("self-check: OK")


def write_readme(out, counts, type_counts, tstats, dg):
    from gen_base import TYPE_ORDER
    lang_pos = {"fr": 0, "en": 0}
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    for k, v in labels.items():
        if v["confidential"]:
            lang_pos[v["lang"]] += 1
    L = ["# Held-out DLP corpus 119 — chronic pain clinic", "",
         f"Flavour: {FLAVOUR}.", "",
         "Synthetic outbound e-mail of a (fictitious) interdisciplinary chronic pain centre in Laval, Québec, labelled for a",
         "data-loss-prevention filter that decides whether each message is confidential. All people, institutions, domains",
         "(`*.example`) and phone numbers (555-01xx) are invented; RAMQ NAMs come only from `../blind_nams.txt`, each always",
         "shown with its holder's name, birth date and sex.", "",
         "## Layout", "",
         "- `positive/pNNN_<category>.eml` — 120 confidential messages",
         "- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)",
         "- `labels.json` — `{path: {confidential, types, lang, note}}` covering exactly the files",
         "- `generate.py` + `gen_common.py`, `gen_base.py`, `gen_mime.py`, `gen_attach.py`, `gen_pos_a.py`, `gen_pos_b.py`,",
         "  `gen_neg_a.py`, `gen_neg_b.py`, `gen_check.py` — generator and self-check", "",
         "## Counts", "",
         f"- files: {counts['positive'] + counts['negative']} (positive {counts['positive']}, negative {counts['negative']})",
         f"- languages: fr {counts['fr']}, en {counts['en']} (positives: fr {lang_pos['fr']}, en {lang_pos['en']})",
         "- finding types over positives:"]
    for t in TYPE_ORDER:
        L.append(f"  - `{t}`: {type_counts.get(t, 0)}")
    L += ["", "## Definition used", "",
          "A message is confidential when a reader could identify a patient (name in any form — with or without title, surname",
          "first, lower case, initials with surname —, RAMQ NAM, Canadian SIN, Ontario health number, Belgian NISS, French NIR,",
          "or chart number / MRN, possibly disguised by spacing, dots, slashes or full-width digits) and learn something personal,",
          "medical or social about them (diagnosis, symptoms, medication, lab result, procedure, appointment for care, birth",
          "date, home address or personal phone in a care context, social situation), anywhere in the message: Subject, body,",
          "quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached message) or an attachment's",
          "file name. Staff information (schedules, leave, an employee's occupational health, payroll, staff birthdays and phone",
          "lists), physicians named with the conditions they treat, conference programmes, aggregate statistics, newsletters,",
          "blank forms and templates, anonymised teaching cases, invoices, serial/lot/asset numbers (even checksum-valid), IT,",
          "facilities, job postings, committee notices, drug-shortage notices, supplier recalls and research protocols without",
          "participants are not confidential.", "",
          "## Transports used", "",
          "text/plain, HTML-only, multipart/alternative, multipart/mixed with attachments, message/rfc822 (attached and inline);",
          "charsets utf-8, us-ascii, iso-8859-1, windows-1252; 7bit, 8bit, quoted-printable, base64; CRLF and LF line endings;",
          "RFC 2047 encoded headers (Q and B); RFC 2231 file names (simple and continued).", ""]
    for k in sorted(tstats):
        L.append(f"- {k}: {tstats[k]} parts" if k.startswith("ctype:") else f"- {k}: {tstats[k]} messages")
    L += ["", "## Regenerate", "",
          "```", "/path/to/python generate.py            # writes next to generate.py",
          "/path/to/python generate.py --out DIR  # writes elsewhere", "```", "",
          f"Seed {SEED}. Needs python-stdnum, reportlab, python-docx, openpyxl. Timestamps inside ZIP/DOCX/XLSX/PDF are fixed, so",
          "two runs give identical bytes. The generator re-parses every file with `email.policy.default`, decodes every part",
          "(opening PDF, DOCX, XLSX, ZIP and attached messages) and checks the labels before printing counts and the digest.", "",
          "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json`, in sorted path order, each as path, NUL, bytes, NUL:", "",
          f"`{dg}`", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    main()
