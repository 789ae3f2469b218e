"""Digest and README."""
import hashlib
from pathlib import Path

import gen_common as C

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

FEATURE_ORDER = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed", "PDF", "DOCX", "XLSX",
                 "CSV", "ICS", "vCard", "ZIP", "attached message/rfc822", "charset utf-8", "charset us-ascii",
                 "charset iso-8859-1", "charset windows-1252", "CTE 7bit", "CTE 8bit", "CTE quoted-printable",
                 "CTE base64", "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name",
                 "RFC 2231 file name", "RFC 2047 file name"]


def digest(out):
    out = Path(out)
    paths = sorted([str(p.relative_to(out)) for p in out.glob("positive/*.eml")] +
                   [str(p.relative_to(out)) for p in out.glob("negative/*.eml")] + ["labels.json"])
    h = hashlib.sha256()
    for p in paths:
        h.update(p.encode("utf-8") + b"\0" + (out / p).read_bytes() + b"\0")
    return h.hexdigest()


def write_readme(out, labels, features, dig):
    pos = {k: v for k, v in labels.items() if v["confidential"]}
    neg = {k: v for k, v in labels.items() if not v["confidential"]}
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    types = {t: sum(1 for v in pos.values() if t in v["types"]) for t in C.TYPES}
    lines = [
        "# Held-out corpus 133 — neonatal intensive care unit (NICU) outbound mail",
        "",
        f"Synthetic outbound e-mail of an invented neonatal intensive care unit ({C.ORG_EN}, Quebec), written in "
        "French-Canadian and English: NICU transfer requests and acceptances, sign-out lists, parents' updates, feeding and "
        "weight notes, retinopathy-of-prematurity screening lists and results, milk bank donor screening and donor-milk "
        "allocation, follow-up clinic bookings and reports, discharge summaries, pharmacy prescriptions, forms to insurers and "
        "agencies, social work and youth-protection exchanges (positives); and the unit's administrative mail — schedules, "
        "leave, payroll, occupational health, newsletters, postings, committee notices, conference programmes, aggregate "
        "statistics, de-identified teaching cases, blank forms and mail-merge templates, invoices, purchase orders, inventories, "
        "shortages, recalls, IT and facilities notices (hard negatives). Every person, institution, address and number is invented.",
        "",
        f"Seed: {C.SEED}.",
        "",
        "## Layout",
        "",
        f"- `positive/pNNN_<category>.eml` — {len(pos)} confidential messages",
        f"- `negative/nNNN_<category>.eml` — {len(neg)} non-confidential messages (hard negatives)",
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ]
    for lg in sorted(langs):
        lines.append(f"| {lg} | {langs[lg]} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in C.TYPES:
        lines.append(f"| {t} | {types[t]} |")
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    for f in FEATURE_ORDER:
        lines.append(f"| {f} | {len(features.get(f, []))} |")
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "The generator reads only its own modules and `../blind_nams.txt`, re-parses and decodes every file, checks labels, "
              "NAM placement, identifier checksums and that no NAM holder's name appears in a negative, exits non-zero on any "
              "failure, and prints the digest.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              f"`{dig}`", ""]
    (Path(out) / "README.md").write_text("\n".join(lines), encoding="utf-8")
