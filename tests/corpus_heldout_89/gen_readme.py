"""README writer (called by generate.py after the self-check)."""
import os


def write_readme(out, result, seed):
    c, t, tr = result["counts"], result["types"], result["transports"]
    types = "\n".join(f"| `{k}` | {t[k]} |" for k in sorted(t))
    att = ", ".join(f"{k} ({v})" for k, v in sorted(tr["attach"].items()))
    text = f"""# Held-out DLP corpus 89 — orthopaedics, fracture clinic, sports medicine & physiatry

Synthetic, labelled outbound e-mail of an invented regional hospital (Centre hospitalier régional de la
Haute-Rivière / Haute-Rivière Regional Hospital, `chr-hauteriviere.example`): cast clinic lists, surgical
bookings (hips, knees, shoulders), post-op physiotherapy referrals, X-ray follow-ups, injections, team
physicians' return-to-play notes, orthotics and prosthetics, bone density; and harmless mail about OR block
schedules, implant consignment and recalls, a sports-medicine conference, residents' rotations, equipment, HR,
IT and facilities. About half French-Canadian, half English. Everything is invented; RAMQ NAMs come only from
`../blind_nams.txt`, always with their holder's name, birth date and sex.

## Layout
- `positive/pNNN_<category>.eml` — {c['positive']} confidential messages
- `negative/nNNN_<category>.eml` — {c['negative']} non-confidential messages (hard negatives)
- `labels.json` — per file: `confidential`, `types`, `lang`, `note`
- `generate.py` + `gen_ids.py`, `gen_mime.py`, `gen_files.py`, `gen_clinical.py`, `gen_pos_a.py`, `gen_pos_b.py`,
  `gen_neg_a.py`, `gen_neg_b.py`, `gen_check.py`, `gen_readme.py` — the generator (seed {seed})

## Counts
Files: {c['positive'] + c['negative']} (positive {c['positive']}, negative {c['negative']}).
Languages: French {c.get('fr', 0)}, English {c.get('en', 0)}.

| type (positives) | files |
| --- | --- |
{types}

## Definition used
A message is confidential when a reader could identify a patient (name in any form — with or without title,
surname first, lower case, initial + surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR,
or hospital chart number, possibly disguised by spacing, dots, slashes or full-width digits) and learn something
personal, medical or social about them, anywhere: Subject, body, quoted reply, inline forward, attachment
(PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name. Staff information
(schedules, leave, an employee's graduated return to work), physicians with the conditions they treat, conference
speakers, aggregate statistics, newsletters, blank forms, anonymised teaching cases, invoices, lot/serial/asset
numbers (some pass a Luhn check), clinic contact details, IT/facilities mail, job postings, committee notices,
drug-shortage notices and research protocols without participants are not confidential.

## Transports used
Structures: {', '.join(sorted(tr['structure']))}.
Charsets: {', '.join(sorted(tr['charset']))}. Transfer encodings: {', '.join(sorted(tr['cte']))}.
Line endings: CRLF in {tr['crlf']} files, LF in {tr['lf']}. RFC 2047 encoded headers in {tr['rfc2047']} files;
RFC 2231 file names in {tr['rfc2231']} files (some file names are RFC 2047-encoded instead).
Attachment kinds: {att}.
PDF, DOCX, XLSX and ZIP parts carry fixed timestamps, so two runs give identical bytes.

## Regenerate
    /path/to/python generate.py            # writes next to generate.py
    /path/to/python generate.py --out DIR  # writes elsewhere
Needs the standard library plus python-stdnum, reportlab, python-docx and openpyxl, and `../blind_nams.txt`
(relative to the generator). The run re-parses every file, decodes every part, checks the labels, the NAM
placement, the validity of labelled SIN/health-number/NISS/NIR values and that no NAM holder's name appears in a
negative, then prints counts and the digest.

## Digest
SHA-256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted by path; path, NUL, bytes, NUL):

    {result['digest']}
"""
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
