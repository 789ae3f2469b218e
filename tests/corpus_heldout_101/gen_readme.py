"""Writes README.md (counts, definition, transports, digest)."""
import os

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "date_of_birth", "patient_name", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]


def write(out, seed, npos, nneg, langs, types, digest):
    lang_lines = "\n".join("| %s | %d |" % (k, v) for k, v in sorted(langs.items()))
    type_lines = "\n".join("| `%s` | %d |" % (t, types.get(t, 0)) for t in TYPES)
    txt = """# Held-out DLP corpus 101 — infectious diseases & travel clinic

Synthetic, labelled outbound e-mail of a health-care organisation, used to measure
a data-loss-prevention filter that decides whether each message is confidential.

**Flavour:** infectious diseases and travel clinic — vaccination, HIV / hepatitis
follow-up, tuberculosis contact tracing, antibiotic stewardship, outbreak notices.
Mixed French-Canadian and English. Seed: `{seed}`.

All people, institutions, addresses (`*.example` domains, 555-01xx phones) and
numbers are invented. RAMQ NAMs come only from `../blind_nams.txt` and are always
used with their holder's name, birth date and sex. SIN, Ontario health numbers,
Belgian NISS and French NIR are generated valid and checked with python-stdnum
(Ontario: 10-digit Luhn via `stdnum.luhn`).

## Layout

- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential (hard negative) messages
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}, ...}}`
- `generate.py` + `gen_common.py` (people, identifiers, disguises), `gen_mime.py` (MIME writer),
  `gen_docs.py` (PDF/DOCX/XLSX/CSV/ICS/vCard/ZIP/PNG), `gen_build.py` (transport chooser),
  `gen_ctx.py` (per-message bookkeeping of finding types), `gen_vocab.py` (clinical vocabulary),
  `gen_pos_a.py`, `gen_pos_b.py`, `gen_pos_c.py` (confidential builders),
  `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py` (non-confidential builders),
  `gen_check.py` (self-check and digest), `gen_readme.py` (this file)

## Counts

| language | files |
| --- | --- |
{lang_lines}

| type | positive files |
| --- | --- |
{type_lines}

## Definition used

A message is **confidential** when a reader could identify a patient (name in any
form — with or without title, surname first, lower case, initials with surname —,
RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR, or a chart number /
MRN, possibly disguised with spacing, dots, slashes, dashes, lower case or full-width
digits) **and** learn something personal, medical or social about them (diagnosis,
symptoms, medication, lab result, procedure, appointment for care, birth date, home
address / personal phone in a care context, social situation), anywhere in the
message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX,
CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.

Not confidential: staff information (schedules, leave, payroll, an employee's own
occupational health), physicians named with the diseases they treat, conference
speakers and topics, aggregate statistics, newsletters, blank forms and templates,
anonymised teaching cases, invoices and purchase orders, serial / lot / asset numbers
(some pass a Luhn checksum), clinic phone numbers and addresses in signatures, IT and
facilities mail, job postings, committee notices, drug-shortage notices, supplier
recalls, research protocols without participants' identities.

Each positive lists the finding types present in it; each negative lists none.

## Transports used

plain text, HTML-only, multipart/alternative (text + HTML, or text + text/calendar
invitation), multipart/mixed with attachments (nested or flattened alternative),
message/rfc822 attached messages; charsets utf-8, us-ascii, iso-8859-1,
windows-1252; transfer encodings 7bit, 8bit, quoted-printable, base64; LF and CRLF
line endings; RFC 2047 encoded Subject and display names (B and Q); file names as
plain, RFC 2231 (`filename*=`, with continuations) and RFC 2047 parameters.
Attachments: PDF (reportlab, compressed and uncompressed), DOCX, XLSX, CSV, ICS,
vCard, ZIP, PNG, EML. ZIP/DOCX/XLSX/PDF carry fixed timestamps.

## Regenerate

    /path/to/python generate.py            # writes next to generate.py
    /path/to/python generate.py --out DIR  # writes elsewhere

Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl. The script
re-parses every file, decodes every part, checks the labels and identifiers, and
prints the counts and the digest.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative
path, NUL, bytes, NUL):

    {digest}
""".format(seed=seed, npos=npos, nneg=nneg, lang_lines=lang_lines, type_lines=type_lines, digest=digest)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)
