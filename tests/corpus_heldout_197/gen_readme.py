"""README and digest."""

import hashlib
import os

from gen_common import SEED
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


def digest(out):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                rels.append(sub + "/" + f)
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


FEATURE_ORDER = [
    "single part text/plain", "single part text/html (HTML only)", "multipart/alternative",
    "multipart/mixed", "HTML body without text alternative", "PDF attachment", "DOCX attachment",
    "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment", "ZIP attachment",
    "attached message/rfc822", "attachment file name", "charset us-ascii", "charset utf-8",
    "charset iso-8859-1", "charset windows-1252", "transfer encoding 7bit", "transfer encoding 8bit",
    "transfer encoding quoted-printable", "transfer encoding base64", "CRLF line ends", "LF line ends",
    "RFC 2047 encoded Subject", "RFC 2047 encoded names", "RFC 2231 file name", "RFC 2047 file name",
    "quoted_reply", "inline_forward", "full-width digits",
]


def write_readme(out, labels, feats, dig):
    langs = {}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
    tcount = {t: 0 for t in TYPES}
    for rel, lab in labels.items():
        for t in lab["types"]:
            tcount[t] += 1
    npos = sum(1 for r in labels if r.startswith("positive/"))
    nneg = len(labels) - npos
    lines = [
        "# Held-out corpus 197 — allied health: clinical nutrition, speech-language pathology, dysphagia",
        "",
        "Synthetic outbound e-mail of an invented bilingual (French-Canadian / English) regional hospital "
        "centre, the Centre hospitalier régional de Val-des-Saules (CHRVS), as written by its clinical "
        "nutrition service, its speech-language pathology and swallowing clinic, their clerks and their "
        "manager, and by the partners they write to (CLSC, pharmacies, home-care and enteral-supply vendors, "
        "insurers, youth protection, schools, an Ontario hospital, Belgian and French institutions). "
        "Positives are referrals, videofluoroscopy / MBS reports, enteral-feeding census lists, diet-texture "
        "orders, prescriptions, transport bookings, insurer forms, quoted replies, inline and attached "
        "forwards, discharge summaries, waiting lists and quick notes; negatives are newsletters, schedules, "
        "leave and payroll mail, staff occupational health, committee notices, conference programmes, job "
        "postings and interviews, invoices, purchase orders, inventories and service reports with "
        "checksum-valid serial and lot numbers, IT and facilities notices, aggregate statistics, "
        "de-identified teaching cases, blank forms and mail-merge templates, recalls, shortages and research "
        "notices. Every person, institution, address and number is invented.",
        "",
        "Seed: %d." % SEED,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages" % npos,
        "- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages" % nneg,
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, "
        "python-docx, openpyxl); RAMQ NAMs are read from `../blind_nams.txt`",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
    ]
    for lg in sorted(langs):
        lines.append("| %s | %d |" % (lg, langs[lg]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, tcount[t]))
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for f in FEATURE_ORDER:
        lines.append("| %s | %d |" % (f.replace("_", " "), feats.get(f, 0)))
    for f in sorted(feats):
        if f not in FEATURE_ORDER:
            lines.append("| %s | %d |" % (f, feats[f]))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes to DIR instead", "```", "",
              "The RAMQ NAM list is always read from `../blind_nams.txt` relative to the generator's own "
              "folder.",
              "", "The output is byte-identical on every run; the generator re-parses and checks everything "
              "and exits non-zero on any failure.", "", "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, "
              "bytes, NUL):", "", "`%s`" % dig, ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
