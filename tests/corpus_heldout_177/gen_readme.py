"""Writes README.md for the corpus."""
import os

from gen_common import ALL_TYPES

DEFINITION = """A message is **confidential** when a reader could identify a patient (name in any form — with or
without title, surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health
number, Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots,
slashes or full-width digits) **and** learn something personal, medical or social about them (diagnosis,
symptoms, medication, lab or test result, procedure, appointment for care, birth date, home address or
personal phone in a care context, social situation such as housing, youth protection, income support or
violence), anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX,
CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.

**Not confidential**: staff information (schedules, leave, payroll, an employee's occupational health, HR,
job candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate
statistics, newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and
purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and
addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices,
recalls, research protocols without participants' identities."""

FEATURES = [
    ("text_plain_only", "text/plain only (single part)"),
    ("html_only", "text/html only (single part)"),
    ("multipart_alternative", "multipart/alternative"),
    ("multipart_mixed", "multipart/mixed with attachments"),
    ("att_pdf", "PDF attachment (reportlab)"),
    ("att_docx", "DOCX attachment (python-docx)"),
    ("att_xlsx", "XLSX attachment (openpyxl)"),
    ("att_csv", "CSV attachment"),
    ("att_ics", "ICS calendar attachment"),
    ("att_vcf", "vCard attachment"),
    ("att_zip", "ZIP attachment"),
    ("att_eml", "attached message/rfc822"),
    ("charset_utf-8", "charset utf-8"),
    ("charset_us-ascii", "charset us-ascii"),
    ("charset_iso-8859-1", "charset iso-8859-1"),
    ("charset_windows-1252", "charset windows-1252"),
    ("cte_7bit", "Content-Transfer-Encoding 7bit"),
    ("cte_8bit", "Content-Transfer-Encoding 8bit"),
    ("cte_quoted-printable", "Content-Transfer-Encoding quoted-printable"),
    ("cte_base64", "Content-Transfer-Encoding base64"),
    ("line_crlf", "CRLF line ends"),
    ("line_lf", "LF line ends"),
    ("rfc2047_subject", "RFC 2047 encoded Subject"),
    ("rfc2047_name", "RFC 2047 encoded display name"),
    ("rfc2231_filename", "RFC 2231 file name"),
    ("rfc2231_continuation", "RFC 2231 file name with continuations"),
    ("rfc2047_filename_param", "RFC 2047 encoded name= parameter"),
    ("quoted_reply", "quoted reply"),
    ("inline_forward", "inline forwarded message"),
    ("fullwidth_digits", "full-width digits"),
]


def write(out_dir, labels, features, digest, seed):
    pos = [k for k in labels if labels[k]["confidential"]]
    neg = [k for k in labels if not labels[k]["confidential"]]
    lines = ["# Held-out corpus 177 — neurology department (stroke prevention, epilepsy, EEG/EMG, MS infusion, driving fitness)", "",
             "Synthetic outbound e-mail from the Department of Neurology of an invented Quebec regional hospital "
             "(Belmont-sur-Lac): the stroke prevention clinic receiving TIA referrals from the emergency department, the "
             "epilepsy clinic, the EEG and EMG laboratory and its booking desk, the multiple sclerosis infusion clinic, and "
             "physicians' driving-fitness reports to the provincial licensing bureau. Positives are referrals, triage and "
             "chair lists, sign-outs, results, discharge summaries, prescriptions to community pharmacies, insurer and "
             "licensing forms, out-of-province and foreign record transfers, social-work and child-protection reports, "
             "booking and transport requests, forwarded and quoted threads. Negatives are the department's other mail: "
             "schedules, leave, payroll, occupational health, HR and job postings, invoices, purchase orders, inventories, "
             "IT and facilities notices, drug shortages, recalls, newsletters, committees, conference programmes, aggregate "
             "statistics, teaching cases, blank forms and mail-merge templates. All people, institutions, addresses and "
             "numbers are invented; domains end in .example and phone numbers use 555-01xx.", "",
             f"Seed: {seed}.", "",
             "## Layout", "",
             f"- `positive/pNNN_<category>.eml` — {len(pos)} confidential messages",
             f"- `negative/nNNN_<category>.eml` — {len(neg)} non-confidential (hard negative) messages",
             "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
             "- `generate.py` with `gen_common.py`, `gen_ctx.py`, `gen_mime.py`, `gen_attach.py`, `gen_pos_a.py`, "
             "`gen_pos_b.py`, `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`, `gen_check.py`, `gen_readme.py`",
             "- RAMQ NAMs are read from `../blind_nams.txt`", "",
             "## Languages", "", "| lang | files |", "|---|---|"]
    for lg in ("fr", "en"):
        lines.append(f"| {lg} | {sum(1 for v in labels.values() if v['lang'] == lg)} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in ALL_TYPES:
        lines.append(f"| {t} | {sum(1 for k in pos if t in labels[k]['types'])} |")
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for key, label in FEATURES:
        lines.append(f"| {label} | {len(features.get(key, ()))} |")
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes into DIR (reads ../blind_nams.txt relative to the script)", "```", "",
              "Output is byte-identical on every run; the script re-parses and checks every file and exits non-zero on any failure.", "",
              "## Digest", "", "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              f"`{digest}`", ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
