#!/usr/bin/env python3
"""Synthetic DLP evaluation corpus: refugee & immigrant health clinic (seed 8753).

python generate.py            -> writes next to this file
python generate.py --out DIR  -> writes elsewhere
"""
import argparse
import json
import os
import random
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_build as B  # noqa: E402
import gen_check  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
from gen_common import load_nams  # noqa: E402
from gen_ctx import Ctx  # noqa: E402

SEED = 8753
N_POS, N_NEG = 120, 180
FR_POS, FR_NEG = 66, 99          # about 55 % French-Canadian

POSITIVE = [
    (PA.p_tb_referral, 5), (PA.p_intake_html, 5), (PA.p_interp_booking, 5), (PA.p_interp_report, 4),
    (PA.p_ifhp_billing, 4), (PA.p_ramq_nam, 6), (PA.p_ohip_transfer, 4), (PA.p_vax_xlsx, 4),
    (PA.p_school_pdf, 4), (PA.p_parasite_followup, 4), (PA.p_mental_ref, 4), (PA.p_prenatal_ics, 4),
    (PB.p_signout, 5), (PB.p_roster_csv, 3), (PB.p_subject_leak, 5), (PB.p_filename_leak, 5),
    (PB.p_patient_fwd, 4), (PB.p_reply_quoted, 5), (PB.p_attached_eml, 4), (PB.p_discharge_docx, 4),
    (PB.p_pharmacy, 4), (PB.p_transport, 2), (PB.p_social, 3), (PB.p_mrn_only, 3),
    (PC.p_vcard, 3), (PC.p_sin_letter, 4), (PC.p_foreign_ids, 4), (PC.p_zip, 3), (PC.p_mado, 2),
    (PC.p_shortnote, 2), (PC.p_cyrillic, 2),
]
NEGATIVE = [
    (NA.n_interp_roster, 7), (NA.n_interp_howto, 5), (NA.n_interp_invoice, 6), (NA.n_partner, 8),
    (NA.n_funding, 6), (NA.n_stats, 8), (NA.n_training, 8), (NA.n_schedule, 8),
    (NA.n_staff_health, 7), (NA.n_newsletter, 6),
    (NB.n_conference, 6), (NB.n_committee, 6), (NB.n_job, 6), (NB.n_it, 7), (NB.n_blank_form, 7),
    (NB.n_teaching, 7), (NB.n_recall, 5), (NB.n_shortage, 6), (NB.n_facilities, 5),
    (NB.n_research, 5), (NB.n_directory, 6), (NB.n_policy, 6), (NB.n_minutes, 6),
    (NB.n_social_event, 5), (NB.n_vcard_partner, 4), (NB.n_templates_zip, 3), (NB.n_survey, 4),
    (NB.n_lab_notice, 5), (NB.n_thread, 7), (NB.n_procurement, 5),
]


def plan(rng, table, total, n_fr):
    calls = [fn for fn, k in table for _ in range(k)]
    assert len(calls) == total, (len(calls), total)
    rng.shuffle(calls)
    langs = ["fr"] * n_fr + ["en"] * (total - n_fr)
    rng.shuffle(langs)
    return list(zip(calls, langs))


def clean(out):
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    clean(out)

    rng = random.Random(SEED)
    ctx = Ctx(rng)
    labels = {}
    expected = {}
    for kind, table, total, n_fr, prefix in (("positive", POSITIVE, N_POS, FR_POS, "p"),
                                             ("negative", NEGATIVE, N_NEG, FR_NEG, "n")):
        for i, (fn, lang) in enumerate(plan(rng, table, total, n_fr), 1):
            mail = fn(ctx, lang)
            data = B.build(mail, rng, i + (0 if prefix == "p" else 500))
            rel = "%s/%s%03d_%s.eml" % (kind, prefix, i, mail.cat)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": kind == "positive",
                           "types": list(mail.types) if kind == "positive" else [],
                           "lang": lang, "note": mail.note}
            expected[rel] = mail.ids
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    errors, counts, tcount, files = gen_check.run(out, load_nams(), expected)
    rels = files + ["labels.json"]
    dig = gen_check.digest(out, rels)
    write_readme(out, counts, tcount, dig)
    for e in errors:
        print("ERROR:", e)
    print("files: %d positive, %d negative" % (counts["positive"], counts["negative"]))
    print("languages: fr %d, en %d" % (counts.get("fr", 0), counts.get("en", 0)))
    print("types: " + ", ".join("%s %d" % (t, n) for t, n in tcount.items()))
    print("sha256: " + dig)
    return 1 if errors else 0


README = """# Held-out DLP corpus 87 — refugee and immigrant health clinic

Synthetic, labelled outbound e-mail from a newcomer health clinic (*Clinique Passerelle santé des
nouveaux arrivants*) and the hospital services that work with it (*Centre hospitalier de
l'Est-du-Fleuve*, interpreter bank, public health, community partners). Everything is invented;
RAMQ NAMs come only from `../blind_nams.txt` and are always used with their holder's name, birth
date and sex.

**Flavour:** newcomers' intake and screening, interpreters (bookings and session reports), the
Interim Federal Health Program (IFHP / PFSI) and the RAMQ waiting period, patients whose names come
from Arabic, Persian, Dari/Pashto, Tigrinya, Somali, Swahili/Kinyarwanda, Spanish, Tamil, Ukrainian
(Latin and Cyrillic), Haitian Creole, Nepali and Burmese/Karen naming traditions (family name first
or last, patronymics, single names, transliteration variants, lower case, initials), vaccination
catch-up, TB and parasite screening, mental health and trauma, pregnancy, children's school forms;
harmless mail about interpreter rosters, community partners, funding, statistics, cultural
competence training and the rest of hospital life. About 55 % French-Canadian, 45 % English.

## Layout
- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential (hard negative) messages
- `labels.json` — per file: `confidential`, `types`, `lang`, `note`
- `generate.py` + `gen_common.py`, `gen_mime.py`, `gen_attach.py`, `gen_build.py`, `gen_ctx.py`,
  `gen_clin.py`, `gen_pos_a.py`, `gen_pos_b.py`, `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`,
  `gen_check.py`

## Counts
- Languages: fr {fr}, en {en}
- Types (number of positives carrying each):
{types}

## Definition used
A message is confidential when a reader could identify a patient (name in any order, case or
spelling, title + surname, initials + surname, RAMQ NAM, SIN, Ontario health number, Belgian NISS,
French NIR, hospital chart number / MRN, possibly with odd spacing, dots, dashes, slashes or
full-width digits) **and** learn something personal, medical or social about them (diagnosis,
symptoms, medication, lab result, procedure, appointment for care, birth date, address or personal
phone in a care context, social situation), anywhere in the message: Subject, body, quoted reply,
inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's
file name. Staff information (schedules, leave, an employee's occupational health), physicians named
with the diseases they treat, speakers and topics, aggregate statistics, newsletters, blank forms,
anonymised teaching cases, invoices and purchase orders, lot / serial / asset numbers (even
Luhn-valid), clinic contact details, IT and facilities mail, job postings, committee notices,
drug-shortage notices and research protocols without participants are not confidential.

## Transports used
Plain text, HTML-only, multipart/alternative, multipart/mixed with attachments (PDF with and
without Flate/ASCII85 compression, DOCX, XLSX, CSV, ICS, vCard, ZIP) and message/rfc822; charsets
utf-8, us-ascii, iso-8859-1 and windows-1252; 7bit, 8bit, quoted-printable and base64 transfer
encodings; LF and CRLF line endings; RFC 2047 (B and Q) encoded headers; RFC 2231 file names
(single and continued) and RFC 2047-style file names.

## Regenerate
    python generate.py            # writes here
    python generate.py --out DIR  # writes elsewhere

Deterministic from seed {seed}; ZIP, DOCX, XLSX and PDF timestamps are fixed so two runs give
identical bytes. Needs only the standard library, python-stdnum, reportlab, python-docx and
openpyxl. The generator re-parses every file, decodes every part and checks the labels before
printing counts and the digest.

## Digest
sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes,
NUL):

    {digest}
"""


def write_readme(out, counts, tcount, dig):
    types = "\n".join("  - `%s`: %d" % (t, n) for t, n in tcount.items())
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(npos=counts["positive"], nneg=counts["negative"], fr=counts.get("fr", 0),
                               en=counts.get("en", 0), types=types, seed=SEED, digest=dig))


if __name__ == "__main__":
    sys.exit(main())
