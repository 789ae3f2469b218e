"""Digest and README."""
import hashlib
import os

from gen_check import TYPES

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

FEATURE_ORDER = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
                 "attachment .pdf", "attachment .docx", "attachment .xlsx", "attachment .csv", "attachment .ics",
                 "attachment .vcf", "attachment .zip", "attachment .eml", "attached message/rfc822",
                 "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
                 "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
                 "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name"]


def digest(outdir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        for f in os.listdir(os.path.join(outdir, sub)):
            if f.endswith(".eml"):
                rels.append(sub + "/" + f)
    rels.append("labels.json")
    for rel in sorted(rels):
        with open(os.path.join(outdir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def write_readme(outdir, seed, labels, feats, dig):
    langs = {}
    for k, v in labels.items():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    tcount = {t: 0 for t in TYPES}
    for k, v in labels.items():
        for t in v["types"]:
            tcount[t] += 1
    fcount = {f: 0 for f in FEATURE_ORDER}
    for k, fs in feats.items():
        for f in fs:
            if f in fcount:
                fcount[f] += 1
    npos = sum(1 for k in labels if k.startswith("positive/"))
    nneg = len(labels) - npos
    out = ["# Held-out corpus 194 — a hospital's finance, procurement and patient billing office", "",
           "Synthetic outbound e-mail from the finance directorate of an invented regional hospital in Quebec "
           "(Centre hospitalier régional du Val-des-Cèdres): patient billing clerks, the cashier, accounts payable, "
           "procurement, budget and payroll. Confidential messages are the ones that carry patient data: RAMQ claim "
           "rejections, reciprocal (Ontario) and foreign-insurer claims, payment guarantees, payment plans, collections "
           "transfers and holds, refunds, prepayments, insurer forms, coding audits and quick call-back notes. "
           "Hard negatives are the office's everyday mail: supplier invoices and purchase orders with checksum-valid "
           "lot, serial and asset numbers, vendor banking details, aggregate billing statistics, price lists, payroll "
           "and HR notices, newsletters naming physicians with the diseases they treat, committee and conference "
           "mail, recalls, drug shortages, blank forms, mail-merge templates and de-identified training cases. "
           "Everything is invented; domains end in .example and phone numbers use 555-01xx.", "",
           "Seed: %d." % seed, "",
           "## Layout", "",
           "- `positive/pNNN_<category>.eml` — %d confidential messages" % npos,
           "- `negative/nNNN_<category>.eml` — %d non-confidential messages" % nneg,
           "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
           "- `generate.py` and its modules `gen_common.py`, `gen_spec.py`, `gen_clin.py`, `gen_docs.py`, `gen_mime.py`, "
           "`gen_pos_fr.py`, `gen_pos_en.py`, `gen_neg_fr.py`, `gen_neg_en.py`, `gen_check.py`, `gen_readme.py`",
           "- RAMQ NAMs are read from `../blind_nams.txt`", "",
           "## Languages", "", "| lang | files |", "| --- | --- |"]
    for lg in sorted(langs):
        out.append("| %s | %d |" % (lg, langs[lg]))
    out += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPES:
        out.append("| %s | %d |" % (t, tcount[t]))
    out += ["", "## Definition used", "", DEFINITION, "",
            "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for f in FEATURE_ORDER:
        out.append("| %s | %d |" % (f, fcount[f]))
    out += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
            "python generate.py --out DIR  # writes elsewhere", "```", "",
            "Needs python-stdnum, reportlab, python-docx and openpyxl. The run re-parses and checks every file and "
            "exits non-zero on any failure; output is byte-identical on every run.", "",
            "## Digest", "",
            "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
            "`%s`" % dig, ""]
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
