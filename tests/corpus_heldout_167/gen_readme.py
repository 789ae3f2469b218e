"""Digest and README writer."""
import collections
import hashlib
import os

from gen_verify import TYPES

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

FEATURE_ORDER = [
    "single part text/plain", "single part text/html", "multipart/alternative", "multipart/mixed",
    "attachment PDF", "attachment DOCX", "attachment XLSX", "attachment CSV", "attachment ICS",
    "inline text/calendar invitation", "attachment vCard", "attachment ZIP", "attached message/rfc822",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name",
    "RFC 2231 file name", "RFC 2047 file name", "format=flowed", "HTML entities",
]


def digest(out):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += ["%s/%s" % (sub, f) for f in os.listdir(os.path.join(out, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def write_readme(out, seed, labels, feats_by_file, dig):
    langs = collections.Counter(v["lang"] for v in labels.values())
    types = collections.Counter(t for v in labels.values() if v["confidential"] for t in v["types"])
    feats = collections.Counter(f for fs in feats_by_file.values() for f in fs)
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    lines = [
        "# Synthetic outbound mail corpus — oncology day centre (heldout 167)",
        "",
        "Invented mail from the oncology day centre of a fictional Quebec regional hospital (Val-Brûlé): "
        "chemotherapy chair booking and the oncology pharmacy, radiation oncology planning and transport, "
        "tumour boards, pivot nurses (IPO), the symptom telephone line, social work, insurers, community pharmacies, "
        "partner hospitals in Ontario, Belgium and France, and on the other side HR, schedules, payroll, newsletters, "
        "committee notices, conference programmes, supplier invoices and recalls, inventories, IT and facilities mail, "
        "aggregate statistics, teaching cases and blank forms. Mail is written in French-Canadian and English. "
        "Every person, organisation, address and number is invented; domains end in `.example` and phone numbers use 555-01xx.",
        "",
        "Seed: %d." % seed,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages;" % npos,
        "- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives);" % nneg,
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`;",
        "- `generate.py` with its modules `gen_*.py` — regenerates everything; reads only its own modules and `../blind_nams.txt`.",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
    ]
    for lg in ("fr", "en"):
        lines.append("| %s | %d |" % (lg, langs.get(lg, 0)))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, types.get(t, 0)))
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "|---|---|"]
    for f in FEATURE_ORDER:
        lines.append("| %s | %d |" % (f, feats.get(f, 0)))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes into DIR (blind_nams.txt is read from ../ of the script)", "```", "",
              "The run is byte-identical every time; after writing, the generator re-parses and decodes every message "
              "and attachment, checks labels, NAM placement and identifier checksums, and exits non-zero on any failure.",
              "", "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              "`%s`" % dig, ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
