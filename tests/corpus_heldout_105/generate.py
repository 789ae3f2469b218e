#!/usr/bin/env python3
"""Synthetic DLP corpus - medical billing and RAMQ claims (seed 10507).

    python generate.py            # writes positive/, negative/, labels.json, README.md next to this file
    python generate.py --out DIR  # writes them in DIR

Modules: gen_data (people, identifiers), gen_mime (MIME serialiser), gen_files (attachments),
gen_check (self-check), gen_vocab, gen_ctx, gen_pos_a/b (confidential), gen_neg_a/b (non-confidential).
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_check  # noqa: E402
import gen_data as D  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
from gen_ctx import Ctx, HolderPool  # noqa: E402
from gen_mime import render  # noqa: E402

SEED = 10507
FLAVOUR = ("medical billing and RAMQ claims (billing agency, clinic administrators, claim rejections and corrections, "
           "fee codes, private insurers, third-party invoices, billing software notices)")

# (function, count, share of French)
POSITIVE_PLAN = [
    (PA.rejection_list, 6, 0.67), (PA.correction, 6, 0.5), (PA.subject_leak, 6, 0.5), (PA.filename_leak, 5, 0.6),
    (PA.xlsx_export, 5, 0.6), (PA.csv_export, 4, 0.5), (PA.zip_export, 3, 0.67), (PA.pdf_statement, 5, 0.6),
    (PA.docx_letter, 4, 0.5), (PA.private_insurer, 6, 0.5), (PA.third_party_invoice, 5, 0.6), (PA.ontario, 5, 0.4),
    (PB.france, 4, 1.0), (PB.belgium, 4, 0.75), (PB.patient_forward, 6, 0.5), (PB.quoted_leak, 6, 0.5),
    (PB.rfc822, 4, 0.5), (PB.ics_invite, 4, 0.5), (PB.vcard, 3, 0.67), (PB.roster, 5, 0.6),
    (PB.drug_exception, 5, 0.6), (PB.social, 6, 0.5), (PB.mrn_hospital, 5, 0.6), (PB.lab_billing, 4, 0.5),
    (PB.eligibility, 4, 0.5),
]
NEGATIVE_PLAN = [
    (NA.ramq_notice, 10, 0.6), (NA.agency_invoice, 10, 0.6), (NA.software_notice, 10, 0.5), (NA.rejection_stats, 10, 0.6),
    (NA.fee_question, 10, 0.6), (NA.teaching, 8, 0.5), (NA.blank_form, 8, 0.5), (NA.hr_schedule, 8, 0.63),
    (NA.job_posting, 6, 0.5), (NA.committee, 8, 0.5), (NA.conference, 6, 0.5), (NA.it_notice, 8, 0.63),
    (NB.supplier_invoice, 8, 0.5), (NB.insurer_bulletin, 8, 0.5), (NB.payment_summary, 8, 0.63), (NB.staff_health, 6, 0.5),
    (NB.drug_shortage, 6, 0.5), (NB.physician_directory, 6, 0.5), (NB.research, 4, 0.5), (NB.staff_card, 6, 0.5),
    (NB.reply_chain, 8, 0.5), (NB.forward_eml, 4, 0.5), (NB.facilities, 5, 0.6), (NB.contract, 5, 0.6),
    (NB.newsletter, 4, 0.5),
]


def plan(entries, rng):
    jobs = []
    for fn, n, fr_share in entries:
        nfr = round(n * fr_share)
        langs = ["fr"] * nfr + ["en"] * (n - nfr)
        rng.shuffle(langs)
        jobs += [(fn, lang) for lang in langs]
    rng.shuffle(jobs)
    return jobs


def build(outdir, seed=SEED):
    master = random.Random(seed)
    orgs = D.make_orgs(random.Random(f"{seed}:orgs"))
    pool = HolderPool(D.HOLDERS, random.Random(f"{seed}:holders"))
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(outdir, sub), exist_ok=True)
        for f in os.listdir(os.path.join(outdir, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(outdir, sub, f))
    labels = {}
    for kind, entries in (("p", POSITIVE_PLAN), ("n", NEGATIVE_PLAN)):
        for i, (fn, lang) in enumerate(plan(entries, master), 1):
            rng = random.Random(f"{seed}:{kind}:{i}")
            c = Ctx(rng, lang, orgs, pool)
            res = fn(c)
            if kind == "p":
                mail, types, note = res
            else:
                (mail, note), types = res, []
            data = render(mail, random.Random(f"{seed}:{kind}:{i}:mime"))
            rel = f"{'positive' if kind == 'p' else 'negative'}/{kind}{i:03d}_{fn.__name__}.eml"
            with open(os.path.join(outdir, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": kind == "p",
                           "types": [t for t in gen_check.TYPES if t in set(types)],
                           "lang": lang, "note": note}
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return labels


def readme(outdir, labels, digest, langs, types):
    pos = {k: v for k, v in labels.items() if v["confidential"]}
    neg = {k: v for k, v in labels.items() if not v["confidential"]}

    def lang_count(d, lang):
        return sum(v["lang"] == lang for v in d.values())

    lines = [
        "# Held-out DLP corpus 105 - medical billing and RAMQ claims", "",
        f"Flavour: {FLAVOUR}.", "",
        f"Seed: {SEED}. Synthetic outbound e-mail from a Quebec health-care billing setting (billing agency, clinics, "
        "hospital records, pharmacies, labs, private insurers), labelled for a data-loss-prevention filter.", "",
        "## Layout", "",
        "- `positive/pNNN_<category>.eml` - 120 confidential messages",
        "- `negative/nNNN_<category>.eml` - 180 non-confidential messages (hard negatives)",
        "- `labels.json` - per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` + `gen_*.py` - the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
        "", "## Counts", "",
        "| | total | fr | en |", "|---|---|---|---|",
        f"| positive | {len(pos)} | {lang_count(pos, 'fr')} | {lang_count(pos, 'en')} |",
        f"| negative | {len(neg)} | {lang_count(neg, 'fr')} | {lang_count(neg, 'en')} |",
        "", "Finding types (number of positives listing each type):", "",
        "| type | positives |", "|---|---|"]
    lines += [f"| `{t}` | {n} |" for t, n in types.items()]
    lines += [
        "", "## Definition used", "",
        "A message is confidential when a reader could identify a patient (name in any form, RAMQ NAM, SIN, Ontario "
        "health number, Belgian NISS, French NIR, hospital chart number / MRN, possibly disguised) and learn something "
        "personal, medical or social about them (diagnosis, medication, lab result, care received or booked, birth date, "
        "home contact in a care context, social situation) anywhere in the message: headers, body, quoted or forwarded "
        "text, attachments or attachment file names. Staff information, physicians named with what they treat, aggregate "
        "statistics, notices, blank forms, anonymised teaching cases, invoices without a patient, serial/lot/asset numbers, "
        "clinic contact details, IT/facilities mail and job postings are not confidential.", "",
        "RAMQ NAMs come only from `../blind_nams.txt` and are always shown with their holder's own name, birth date and "
        "sex; no NAM holder's name appears in a negative. SIN, Ontario health numbers, NISS and NIR are generated and "
        "checked with python-stdnum (Ontario numbers with the Luhn check). All other people, organisations, `*.example` "
        "domains and 555-01xx phone numbers are invented.", "",
        "## Transports", "",
        "Plain text, HTML-only, multipart/alternative, multipart/related (inline logo), multipart/mixed with PDF, DOCX, "
        "XLSX, CSV, ZIP, ICS, vCard and text attachments, message/rfc822 attached messages; inline forwards and quoted "
        "replies (`>` and Outlook style); charsets utf-8, us-ascii, iso-8859-1, windows-1252; 7bit, 8bit, "
        "quoted-printable and base64; CRLF and LF line endings; RFC 2047 encoded headers (B and Q); RFC 2231 file names "
        "(including continuations) and RFC 2047 encoded file names; HTML character entities.", "",
        "## Regenerate", "",
        "```", "python generate.py            # next to this file", "python generate.py --out DIR  # elsewhere", "```", "",
        "The generator is deterministic (fixed seed, fixed timestamps inside ZIP/DOCX/XLSX/PDF) and runs a self-check: "
        "every file is re-parsed with `email.policy.default`, every part and attachment decoded, labels checked against "
        "the files, NAMs and checksummed numbers located in the decoded text.", "",
        "## Digest", "",
        "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
        f"`{digest}`", ""]
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    labels = build(out)
    errors, npos, nneg, langs, types = gen_check.run(out, D.HOLDERS)
    digest = gen_check.digest(out)
    readme(out, labels, digest, langs, types)
    for e in errors:
        print("ERROR:", e)
    print(f"files: {npos + nneg} (positive {npos}, negative {nneg})")
    print("languages:", ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print("types:", ", ".join(f"{k}={v}" for k, v in types.items()))
    print("sha256:", digest)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
