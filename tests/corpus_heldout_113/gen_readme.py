"""Writes README.md from the self-check statistics."""
import os

from gen_check import TYPES
from gen_common import SEED

DEFINITION = """A message is **confidential** when a reader could identify a patient (by name in any form -
with or without a title, surname first, lower case, initials with a surname -, RAMQ NAM, Canadian SIN,
Ontario health number, Belgian NISS, French NIR or a hospital chart number / MRN, possibly disguised with
spacing, dots, slashes or full-width digits) **and** learn something personal, medical or social about
them (diagnosis, symptoms, medication, lab result, procedure, appointment for care, birth date, home
address or personal phone in a care context, social situation), anywhere in the message: Subject, body,
quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an
attachment's file name.

Not confidential: staff information (schedules, leave, **an employee's own occupational health** -
immunisation, fit tests, workplace injuries and CNESST claims, return-to-work plans, needlestick
follow-up of the exposed employee -, HR, payroll), physicians named with the diseases they treat,
conference speakers and topics, aggregate statistics, disease newsletters, blank forms and templates,
anonymised teaching cases, invoices and purchase orders, serial / lot / asset numbers (even when they
pass a checksum), clinic phone numbers and addresses in signatures, IT and facilities mail, job
postings, committee notices, drug-shortage notices, research protocols without participants.

In this flavour the line runs between the network's **employees** (staff: not confidential) and the
**outside workers** that the occupational-medicine clinics treat as **patients** (confidential), and
between an exposed employee (staff) and an identified **source patient** (confidential)."""


def write_readme(out_dir, st):
    lines = ["# Held-out DLP corpus 113 - employee and occupational health", "",
             "Synthetic outbound e-mail of a Québec health network (CISSS des Trois-Rivages, invented) and of",
             "occupational-medicine clinics, labelled confidential / not confidential for measuring a DLP filter.", "",
             "**Flavour:** employee and occupational health in a health network (staff immunisation, fit tests,",
             "workplace injuries and CNESST claims of employees, return-to-work plans, exposure follow-ups after",
             "needlesticks) alongside occupational-medicine clinics that treat outside workers as patients; mixed",
             "French (Québec) and English, with ordinary administrative and HR mail.", "",
             "All people, organisations, numbers and `*.example` domains are invented; phone numbers use 555-01xx.",
             "RAMQ NAMs come only from `../blind_nams.txt`, always with their holder's name, birth date and sex.", "",
             "## Layout", "",
             "- `positive/pNNN_<category>.eml` - %d confidential messages" % st["pos"],
             "- `negative/nNNN_<category>.eml` - %d non-confidential messages (hard negatives)" % st["neg"],
             "- `labels.json` - `{path: {confidential, types, lang, note}}` for exactly these files",
             "- `generate.py` + `gen_common.py`, `gen_mime.py`, `gen_attach.py`, `gen_text.py`, `gen_util.py`,",
             "  `gen_pos_a.py`, `gen_pos_b.py`, `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_check.py`, `gen_readme.py`", "",
             "## Counts", "",
             "Files: %d (positive %d, negative %d)" % (st["files"], st["pos"], st["neg"]), "",
             "| language | messages |", "| --- | --- |"]
    for k, v in sorted(st["langs"].items()):
        lines.append("| %s | %d |" % (k, v))
    lines += ["", "| type (positives) | messages |", "| --- | --- |"]
    for t in TYPES:
        lines.append("| `%s` | %d |" % (t, st["types"].get(t, 0)))
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports used", "",
              "Plain text, HTML-only, multipart/alternative, multipart/mixed with attachments (PDF, DOCX, XLSX, CSV,",
              "ICS, vCard, ZIP), message/rfc822 and .eml as application/octet-stream; charsets utf-8, us-ascii,",
              "iso-8859-1, windows-1252; 7bit, 8bit, quoted-printable, base64; CRLF and LF line endings; RFC 2047",
              "encoded headers (B and Q); RFC 2231 file names (single and continued).", "",
              "Part counts seen by the self-check:", ""]
    for k, v in sorted(st["transports"].items()):
        lines.append("- %s: %d" % (k, v))
    lines += ["", "## Regenerate", "",
              "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Seed %d; standard library plus python-stdnum, reportlab, python-docx and openpyxl. ZIP/DOCX/XLSX" % SEED,
              "entries and core properties carry fixed timestamps and PDFs are written with reportlab's invariant",
              "mode, so two runs give identical bytes. The generator re-parses every file, decodes every part and",
              "attachment and checks the labels (see `gen_check.py`).", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted path, NUL, bytes, NUL):", "",
              "`%s`" % st["digest"], ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
