#!/usr/bin/env python3
"""Generate the held-out DLP corpus (hospital social services / discharge planning).

Usage: python generate.py [--out DIR]    (default: the folder containing this script)
Deterministic from SEED (7575).
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
from gen_common import SEED, NamPool  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_neg_a import NEG_A  # noqa: E402
from gen_neg_b import NEG_B  # noqa: E402
from gen_neg_c import NEG_C  # noqa: E402
from gen_pos_a import POS_A  # noqa: E402
from gen_pos_b import POS_B  # noqa: E402
from gen_pos_c import POS_C  # noqa: E402
from gen_render import render  # noqa: E402


def plan(groups, lang, rng):
    out = []
    for table, lg in groups:
        for cat, fn, n in table:
            out += [(cat, fn, lg)] * n
    rng.shuffle(out)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out_dir = os.path.abspath(args.out)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out_dir, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out_dir, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out_dir, sub, f))

    master = random.Random(SEED)
    nampool = NamPool(random.Random(f"{SEED}:nams"))
    pos_plan = plan([(POS_A, "fr"), (POS_B, "fr"), (POS_C, "en")], None, master)
    neg_plan = plan([(NEG_A, "fr"), (NEG_B, "fr"), (NEG_C, "en")], None, master)
    assert len(pos_plan) == 120, len(pos_plan)
    assert len(neg_plan) == 180, len(neg_plan)

    labels = {}
    for kind, pl, prefix in (("positive", pos_plan, "p"), ("negative", neg_plan, "n")):
        for i, (cat, fn, lang) in enumerate(pl, 1):
            rng = random.Random(f"{SEED}:{kind}:{i}:{cat}")
            ctx = Ctx(rng, nampool, lang)
            spec = fn(ctx)
            data = render(spec, rng)
            rel = f"{kind}/{prefix}{i:03d}_{cat}.eml"
            with open(os.path.join(out_dir, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": kind == "positive", "types": sorted(spec["types"]),
                           "lang": spec["lang"], "note": spec["note"]}
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    errors, counts, langs, tcount, dg = gen_check.run(out_dir)
    write_readme(out_dir, counts, langs, tcount, dg, labels)
    if errors:
        sys.exit(1)


def write_readme(out_dir, counts, langs, tcount, dg, labels):
    def lang_split(conf):
        fr = sum(1 for v in labels.values() if v["confidential"] == conf and v["lang"] == "fr")
        en = sum(1 for v in labels.values() if v["confidential"] == conf and v["lang"] == "en")
        return fr, en
    pfr, pen = lang_split(True)
    nfr, nen = lang_split(False)
    tlines = "\n".join(f"| `{k}` | {v} |" for k, v in tcount.items())
    txt = f"""# Held-out DLP corpus 75 — hospital social services and discharge planning

Synthetic, labelled outbound e-mail of a Quebec health-care organisation (CISSS/CIUSSS, fictitious), used to
measure a data-loss-prevention filter that decides whether each message is *confidential*.

**Flavour**: hospital social services and discharge planning — long-term-care (CHSLD) placement requests,
home-care (SAD) referrals, protection mandates / guardianship / Public Curator, housing and homelessness,
financial aid (social assistance, pensions, long-term-care contribution), caregivers, transitional care units
(UTRF/URFI/TCU), and the matching administrative mail (bed-management meetings, NSA/ALC statistics, staff rotas,
training, HR, invoices, IT, committees). Mostly French-Canadian with some English. Seed **7575**.

## Layout
- `positive/pNNN_<category>.eml` — {counts['positive']} confidential messages
- `negative/nNNN_<category>.eml` — {counts['negative']} non-confidential messages (hard negatives)
- `labels.json` — `{{path: {{confidential, types, lang, note}}}}`, exactly covering the files
- `generate.py` + `gen_common.py`, `gen_mime.py`, `gen_attach.py`, `gen_render.py`, `gen_ctx.py`,
  `gen_pos_a.py`, `gen_pos_b.py`, `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`,
  `gen_check.py` (self-check)

## Counts
- Files: {sum(counts.values())} (positive {counts['positive']}, negative {counts['negative']})
- Languages: fr {langs.get('fr', 0)} (positive {pfr}, negative {nfr}), en {langs.get('en', 0)} (positive {pen}, negative {nen})

| type | positives carrying it |
|---|---|
{tlines}

## Definition used
A message is **confidential** when a reader could identify a patient (name in any written form — with or
without title, surname first, upper/lower case, initial + surname —, RAMQ NAM, Canadian SIN, Ontario health
number, Belgian NISS, French NIR, or a hospital chart number, possibly disguised with spacing, dots, slashes,
dashes or full-width characters) **and** learn something personal, medical or social about them (diagnosis,
symptoms, medication, lab result, care appointment, birth date, home address/phone in a care context, social
situation such as housing, homelessness, youth protection, income support, abuse, protection mandate), anywhere
in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP,
attached .eml) or an attachment's file name.
Not confidential: staff information (schedules, leave, occupational health, payroll — even with an employee's
SIN), physicians named with the diseases they treat, conference speakers and topics, aggregate statistics,
newsletters, blank forms and templates, anonymised teaching cases, invoices and purchase orders, serial / lot /
asset numbers (some pass a Luhn check), organisations' phone numbers and addresses, IT and facilities mail, job
postings, committee notices, drug-shortage notices, research protocols without participants.

Identifiers: RAMQ NAMs come only from `../blind_nams.txt`, always with the same holder (name, birth date, sex);
no NAM holder's name appears in a negative. SIN, Ontario health numbers (Luhn), NISS and NIR are generated
valid and checked with python-stdnum. Everything else is invented (`*.example` domains, 555-01xx phones).

## Transports used
text/plain only, text/html only, multipart/alternative (incl. text/calendar invitations), multipart/mixed with
attachments (PDF via reportlab — compressed and uncompressed —, DOCX, XLSX, CSV as text or binary, ICS, vCard
3.0/4.0, ZIP, message/rfc822 and .eml as application/octet-stream); charsets utf-8, us-ascii, iso-8859-1,
windows-1252; transfer encodings 7bit, 8bit, quoted-printable, base64; CRLF and LF line endings; RFC 2047
encoded headers (B and Q) and RFC 2047 / RFC 2231 attachment file names; HTML with named character entities.

## Regenerate
```
python generate.py            # writes next to itself
python generate.py --out DIR  # elsewhere
```
Requires python-stdnum, reportlab, python-docx, openpyxl. Output is byte-for-byte deterministic (fixed
timestamps in ZIP/DOCX/XLSX/PDF). The generator runs the self-check (re-parse, decode every part, verify
labels, identifiers and negatives) and prints the counts and the digest.

## Digest
sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

`{dg}`
"""
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)


if __name__ == "__main__":
    main()
