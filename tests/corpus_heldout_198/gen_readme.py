"""Digest and README."""
import hashlib
import os

import gen_common as C
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

FEATURE_ORDER = ["text/plain only", "HTML only", "multipart/alternative", "multipart/mixed", "PDF", "DOCX", "XLSX",
                 "CSV", "ICS", "vCard", "ZIP", "attached message/rfc822", "charset utf-8", "charset us-ascii",
                 "charset iso-8859-1", "charset windows-1252", "CTE 7bit", "CTE 8bit", "CTE quoted-printable",
                 "CTE base64", "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name",
                 "RFC 2231 file name", "full-width digits"]


def digest(out_dir, keys):
    h = hashlib.sha256()
    for rel in sorted(list(keys) + ["labels.json"]):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def write_readme(out_dir, labels, feats, dig):
    langs = {"fr": 0, "en": 0}
    for v in labels.values():
        langs[v["lang"]] += 1
    tcount = {t: sum(1 for v in labels.values() if t in v["types"]) for t in TYPES}
    fcount = {f: sum(1 for k in feats if f in feats[k]) for f in FEATURE_ORDER}
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    L = ["# Synthetic outbound mail corpus — %s" % C.FLAVOUR, "",
         "Invented outbound e-mail from the infection prevention and control (IPC / PCI) service of a fictional "
         "Quebec integrated health centre (%s, domain `%s`): outbreak line lists, isolation notices, C. difficile "
         "follow-ups, public-health notifications, transfers, screening results, letters to exposed patients, "
         "stewardship notes and quoted replies on the confidential side; statistics, outbreak-over notices, audits, "
         "staff schedules and occupational health, payroll, committees, newsletters, conferences, invoices, purchase "
         "orders, recalls, shortages, IT and facilities mail, blank forms, templates and teaching cases on the "
         "other. French-Canadian and English. Every person, institution, address and number is invented; RAMQ "
         "NAMs come only from `../blind_nams.txt`." % (C.ORG_FR, C.DOM), "",
         "Seed: %d." % C.SEED, "",
         "## Layout", "",
         "- `positive/pNNN_<category>.eml` — %d confidential messages" % npos,
         "- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages" % nneg,
         "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` and `gen_*.py` — the generator; `README.md` — this file", "",
         "## Languages", "", "| lang | files |", "|---|---|"]
    for lg in ("fr", "en"):
        L.append("| %s | %d |" % (lg, langs[lg]))
    L += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPES:
        L.append("| %s | %d |" % (t, tcount[t]))
    L += ["", "## Definition used", "", DEFINITION, "",
          "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for f in FEATURE_ORDER:
        L.append("| %s | %d |" % (f, fcount[f]))
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
          "python generate.py --out DIR  # writes elsewhere", "```", "",
          "Needs the standard library, python-stdnum, reportlab, python-docx and openpyxl. The output is "
          "byte-identical on every run; the generator re-parses and checks everything and exits non-zero on "
          "any failure.", "",
          "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          "`%s`" % dig, ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
