#!/usr/bin/env python3
"""Generate the held-out DLP corpus (midwifery / birthing-centre flavour).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED. Requires python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common  # noqa: E402
import gen_pos_clin as pc  # noqa: E402
import gen_pos_docs as pd  # noqa: E402
import gen_pos_social as ps  # noqa: E402
import gen_neg_a as na  # noqa: E402
import gen_neg_b as nb  # noqa: E402
import gen_neg_c as nc  # noqa: E402
from gen_build import Builder  # noqa: E402
from gen_check import check, digest, ALL_TYPES  # noqa: E402

SEED = 115227
N_POS, N_NEG = 120, 180

# (template, weight, probability of French)
POSITIVE = [
    (pc.p_transfer_request, 5, .65), (pc.p_intrapartum_transfer, 4, .6), (pc.p_consult_reply, 4, .6),
    (pc.p_results_to_client, 3, .65), (pc.p_prenatal_screening, 3, .7), (pc.p_newborn_screening, 3, .6),
    (pc.p_lactation, 3, .6), (pc.p_home_visit, 4, .65), (pc.p_pharmacy, 3, .55), (pc.p_rh, 3, .6),
    (pc.p_loss, 2, .6), (pc.p_booking, 4, .65), (pc.p_handover, 3, .6),
    (pd.p_roster_xlsx, 3, .65), (pd.p_csv_export, 3, .6), (pd.p_discharge_pdf, 4, .6), (pd.p_docx_letter, 3, .55),
    (pd.p_ics, 3, .6), (pd.p_vcard, 3, .6), (pd.p_zip, 3, .6), (pd.p_filename_only, 4, .6),
    (pd.p_stats_with_detail, 2, .6), (pd.p_eml_forward, 4, .6),
    (ps.p_sin_form, 5, .65), (ps.p_ontario, 5, .35), (ps.p_france_nir, 5, .75), (ps.p_belgium_niss, 4, .75),
    (ps.p_dpj, 3, .7), (ps.p_violence, 3, .65), (ps.p_asylum, 3, .5), (ps.p_patient_mail, 4, .65),
    (ps.p_quoted_reply, 4, .6), (ps.p_subject_only, 4, .6), (ps.p_misrouted, 3, .65), (ps.p_sibling, 3, .65),
    (ps.p_birth_declaration, 3, .7), (ps.p_complaint, 3, .6),
]
NEGATIVE = [
    (na.n_vacation, 4, .65), (na.n_oncall, 5, .65), (na.n_payroll, 4, .6), (na.n_staff_leave, 6, .6),
    (na.n_invoice, 5, .6), (na.n_purchase, 4, .6), (na.n_job, 4, .6), (na.n_it, 6, .6), (na.n_facilities, 4, .6),
    (na.n_social, 4, .6), (na.n_training, 4, .6), (na.n_assets, 5, .6), (na.n_meeting_ics, 4, .6),
    (na.n_vcard_staff, 3, .6), (na.n_mileage, 3, .6), (na.n_staff_reply, 5, .6),
    (nb.n_newsletter, 6, .6), (nb.n_conference, 5, .6), (nb.n_committee, 5, .6), (nb.n_stats, 6, .6),
    (nb.n_blank_form, 6, .6), (nb.n_teaching_case, 6, .6), (nb.n_recall, 5, .55), (nb.n_shortage, 5, .6),
    (nb.n_physician_service, 6, .6), (nb.n_research, 4, .6), (nb.n_classes, 4, .6), (nb.n_protocol, 6, .6),
    (nb.n_privacy_reminder, 4, .6), (nb.n_public_health, 5, .6), (nb.n_survey, 3, .6), (nb.n_students, 3, .6),
    (nb.n_lab_notice, 4, .6), (nb.n_training_fake_record, 3, .6), (nb.n_partner, 3, .6), (nb.n_guideline, 4, .6),
    (nc.n_waitlist, 3, .6), (nc.n_accreditation, 3, .6), (nc.n_phone_list, 3, .6), (nc.n_incident_report, 3, .6),
    (nc.n_foundation, 3, .6),
]


MINIMUM = {ps.p_sin_form: 5, ps.p_ontario: 4, ps.p_france_nir: 4, ps.p_belgium_niss: 4, pd.p_eml_forward: 3,
           pd.p_filename_only: 3, ps.p_subject_only: 3, ps.p_quoted_reply: 3, pc.p_transfer_request: 3,
           nb.n_recall: 3, na.n_assets: 3, na.n_invoice: 3}


def plan(w, table, n):
    """Every template at least once (some more), the rest drawn by weight; then shuffled."""
    chosen = []
    for t in table:
        chosen += [t] * MINIMUM.get(t[0], 1)
    pool = []
    for t in table:
        pool += [t] * t[1]
    while len(chosen) < n:
        chosen.append(w.pick(pool))
    w.r.shuffle(chosen)
    return [(fn, "fr" if w.chance(pfr) else "en") for fn, _, pfr in chosen[:n]]


def transport_summary(stats):
    keys = sorted(stats)
    return ", ".join(f"{k}={stats[k]}" for k in keys)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    w = gen_common.World(args.seed)
    b = Builder(w)
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    labels = {}
    for kind, table, n, prefix in (("positive", POSITIVE, N_POS, "p"), ("negative", NEGATIVE, N_NEG, "n")):
        for i, (fn, lang) in enumerate(plan(w, table, n), 1):
            spec = fn(w, lang)
            data = b.build(spec)
            rel = f"{kind}/{prefix}{i:03d}_{spec['cat']}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": spec["confidential"], "types": spec["types"], "lang": spec["lang"], "note": spec["note"]}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump({k: labels[k] for k in sorted(labels)}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    counts, pstats, errors = check(out)
    dg = digest(out)
    if os.path.abspath(out) != HERE:
        for f in sorted(os.listdir(HERE)):
            if f.endswith(".py"):
                shutil.copy2(os.path.join(HERE, f), os.path.join(out, f))
    write_readme(out, counts, b.stats, pstats, dg, args.seed)
    print(f"files: {counts['positive'] + counts['negative']} (positive {counts['positive']}, negative {counts['negative']})")
    print("languages:", json.dumps(counts["lang"], sort_keys=True))
    print("types:", json.dumps({t: counts["types"].get(t, 0) for t in ALL_TYPES}))
    print("transports:", transport_summary(b.stats))
    print("decoded attachments:", json.dumps(pstats, sort_keys=True))
    print("sha256:", dg)
    if errors:
        print(f"SELF-CHECK FAILED ({len(errors)} problems):")
        for e in errors[:60]:
            print("  ", e)
        sys.exit(1)
    print("self-check: OK")


def write_readme(out, counts, bstats, pstats, dg, seed):
    lang = ", ".join(f"{k}: {v}" for k, v in sorted(counts["lang"].items()))
    types = "\n".join(f"| `{t}` | {counts['types'].get(t, 0)} |" for t in ALL_TYPES)
    tr = "\n".join(f"- `{k}`: {v}" for k, v in sorted(bstats.items()))
    txt = f"""# Held-out DLP corpus 115 — midwifery service and birthing centre

Synthetic outbound e-mail of a Québec perinatal network: a birthing centre (maison de naissance) and its
midwives (sages-femmes), CLSC perinatal nurses doing postpartum home visits, lactation consultants (IBCLC),
prenatal and newborn screening, transfers to hospital obstetrics, plus the ordinary administrative mail of
such services (HR, schedules, purchasing, IT, facilities, committees, newsletters, recalls, shortages).
All people, numbers, institutions and `*.example` domains are invented; RAMQ NAMs come only from
`../blind_nams.txt` and are always used with their holder's name, birth date and sex.

## Layout
- `positive/pNNN_<category>.eml` — {counts['positive']} confidential messages
- `negative/nNNN_<category>.eml` — {counts['negative']} non-confidential (mostly hard) messages
- `labels.json` — per file: `confidential`, `types`, `lang`, `note`
- `generate.py` + `gen_*.py` — the generator (seed {seed}); `README.md` — this file

## Counts
Languages: {lang}

| type | positives |
|---|---|
{types}

## Definition used
A message is confidential when a reader could identify a patient (name in any form, RAMQ NAM, SIN, Ontario
health number, Belgian NISS, French NIR, chart number / MRN — possibly disguised) **and** learn something
personal, medical or social about her or him (diagnosis, symptoms, medication, lab result, care appointment,
birth date, home address or personal phone in a care context, social situation), anywhere in the message:
headers, body, quoted or forwarded text, attachments (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml)
or attachment file names. Staff information, physicians named with the conditions they treat, aggregate
statistics, newsletters, blank forms, anonymised teaching cases, invoices, serial / lot / asset numbers,
clinic contact details, IT / facilities mail, job postings, committee notices, shortages and research
protocols without participants are not confidential.

## Transports used
Plain text, HTML-only, multipart/alternative (some with text/calendar), multipart/mixed with attachments,
message/rfc822; charsets us-ascii, utf-8, iso-8859-1, windows-1252; 7bit, 8bit, quoted-printable, base64;
CRLF and LF line endings; RFC 2047 (B and Q) headers; RFC 2231 file names (with continuations).
Counts from this run:

{tr}

Decoded by the self-check: {json.dumps(pstats, sort_keys=True)}

## Regenerate
```
python generate.py            # in place
python generate.py --out DIR  # elsewhere
```
Output is byte-identical across runs (fixed seed, fixed ZIP/DOCX/XLSX timestamps, invariant PDFs).
The generator re-parses every file, decodes every part and checks labels, NAMs, SIN / NISS / NIR / health
numbers and NAM-holder names before printing counts and the digest.

## Digest
sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

`{dg}`
"""
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)


if __name__ == "__main__":
    main()
