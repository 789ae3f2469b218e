#!/usr/bin/env python3
"""Generate the held-out DLP corpus 'home dialysis programme' (seed 120773).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Standard library + python-stdnum, reportlab, python-docx, openpyxl.  Deterministic.
"""
import os
import sys
import json
import random
import argparse

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_pos_a, gen_pos_b, gen_pos_c  # noqa: E402
import gen_neg_a, gen_neg_b, gen_neg_c  # noqa: E402
from gen_pool import Pool  # noqa: E402
from gen_build import render  # noqa: E402
from gen_check import self_check, TYPES  # noqa: E402

SEED = 120773
N_POS, N_NEG = 120, 180
FLAVOUR = ("a home dialysis programme (home haemodialysis and peritoneal dialysis training, supply deliveries to "
           "patients' homes, nephrology nurses, monthly bloodwork, transplant workup referrals, water-treatment "
           "technicians, social worker), together with the ordinary administrative mail of such a programme")


def schedule(templates, rng):
    items = [fn for fn, n in templates for _ in range(n)]
    rng.shuffle(items)
    return items


def clean(out):
    for sub in ("positive", "negative"):
        p = os.path.join(out, sub)
        os.makedirs(p, exist_ok=True)
        for f in os.listdir(p):
            if f.endswith(".eml"):
                os.remove(os.path.join(p, f))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    clean(out)
    master = random.Random(SEED)
    pool = Pool(random.Random(f"{SEED}:pool"))
    pos = schedule(gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES, master)
    neg = schedule(gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES, master)
    assert len(pos) == N_POS and len(neg) == N_NEG, (len(pos), len(neg))
    labels = {}
    transports = set()
    for kind, items in (("positive", pos), ("negative", neg)):
        for i, fn in enumerate(items, 1):
            rng = random.Random(f"{SEED}:{kind}:{i}")
            lang = "fr" if rng.random() < 0.6 else "en"
            doc = fn(rng, pool, lang) if kind == "positive" else fn(rng, lang)
            data = render(doc, i)
            name = f"{kind}/{kind[0]}{i:03d}_{doc.category}.eml"
            with open(os.path.join(out, name), "wb") as f:
                f.write(data)
            labels[name] = {"confidential": kind == "positive",
                            "types": [t for t in TYPES if t in doc.types] if kind == "positive" else [],
                            "lang": doc.lang, "note": doc.note}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    errors, langs, types, dg, npos, nneg = self_check(out)
    write_readme(out, langs, types, dg, npos, nneg)
    if errors:
        sys.exit(1)


def write_readme(out, langs, types, dg, npos, nneg):
    tl = "\n".join(f"| `{t}` | {types.get(t, 0)} |" for t in TYPES)
    txt = f"""# Held-out DLP corpus 120 — home dialysis programme

Synthetic, labelled outbound e-mail of a health-care organisation, for measuring a data-loss-prevention filter.

**Flavour:** {FLAVOUR}.
Invented organisation: *Programme régional de dialyse à domicile*, Centre hospitalier universitaire des Trois-Rivages
(`chutr.example`), with its supplier, water-treatment contractor, transplant centre, CLSC, pharmacy, laboratory, and
partner units in Ontario, Belgium and France (all `*.example`, phones 555-01xx).

## Layout
- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages (hard negatives)
- `labels.json` — per file: `confidential`, `types`, `lang`, `note`
- `generate.py` + `gen_common.py`, `gen_clin.py`, `gen_pool.py`, `gen_mime.py`, `gen_attach.py`, `gen_build.py`,
  `gen_tpl.py`, `gen_pos_a.py`, `gen_pos_b.py`, `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`,
  `gen_check.py` — the generator (seed {SEED})

## Counts
Languages (all files): fr {langs.get('fr', 0)}, en {langs.get('en', 0)}.

Finding types over the {npos} positives (a message may carry several):

| type | positives |
|---|---|
{tl}

## Definition used
A message is confidential when a reader could identify a patient (name in any form — with or without title, surname
first, lower case, initial + surname — RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR, or chart
number/MRN, possibly disguised with spaces, dots, dashes, slashes or full-width characters) **and** learn something
personal, medical or social about them, anywhere: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX,
XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name. Staff information, physicians with their
specialties, conference programmes, aggregate statistics, newsletters, blank forms, anonymised teaching cases,
invoices and purchase orders, lot/serial/asset numbers (some pass a Luhn check), clinic contact details, IT and
facilities mail, job postings, committee notices, shortage and recall notices and research protocols without
participants are not confidential.

RAMQ NAMs come only from `../blind_nams.txt`, always with the same holder (name, birth date, sex). No NAM holder's
name appears in a negative. SIN, Ontario health numbers, NISS and NIR are generated and validated with python-stdnum.

## Transports
Plain text, HTML-only, multipart/alternative, multipart/mixed with attachments (PDF, DOCX, XLSX, CSV, ICS, vCard,
ZIP), message/rfc822 attachments and inline forwards; charsets utf-8, us-ascii, iso-8859-1, windows-1252; transfer
encodings 7bit, 8bit, quoted-printable, base64; CRLF and LF line endings; RFC 2047 encoded headers; RFC 2231 file
names (single and continued). ZIP/DOCX/XLSX/PDF carry fixed timestamps so two runs give identical bytes.

## Regenerate
```
python generate.py            # in this folder
python generate.py --out DIR  # elsewhere (reads ../blind_nams.txt next to the generator)
```
The generator re-parses every file with `email.policy.default`, decodes every part (including PDF, DOCX, XLSX and
ZIP contents) and checks the labels before printing counts and the digest.

## Digest
sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted path, NUL, bytes, NUL):

`{dg}`
"""
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


if __name__ == "__main__":
    main()
