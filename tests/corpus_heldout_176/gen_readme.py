"""Digest and README."""
import hashlib
import os

import gen_common as C
from gen_verify import ALLOWED

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
                 "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
                 "vCard attachment", "ZIP attachment", "message/rfc822 attachment",
                 "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
                 "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
                 "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name"]


def digest(outdir):
    rels = []
    for sub in ("positive", "negative"):
        rels += ["%s/%s" % (sub, f) for f in os.listdir(os.path.join(outdir, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    h = hashlib.sha256()
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(outdir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def counts(labels):
    lang = {"fr": [0, 0], "en": [0, 0]}
    types = {t: 0 for t in ALLOWED}
    for rel, lab in labels.items():
        lang[lab["lang"]][0 if lab["confidential"] else 1] += 1
        for t in lab["types"]:
            types[t] += 1
    return lang, types


def write_readme(outdir, labels, feats_by_file, dig):
    lang, types = counts(labels)
    feat_count = {f: 0 for f in FEATURE_ORDER}
    for feats in feats_by_file.values():
        for f in feats:
            if f in feat_count:
                feat_count[f] += 1
    out = ["# Held-out corpus 176 — addiction medicine service (OAT clinic, withdrawal management, harm reduction outreach)",
           "",
           "Synthetic outbound e-mail of an invented addiction medicine service in Quebec (%s): an opioid agonist "
           "therapy clinic (methadone, buprenorphine and slow-release morphine dosing, prescriptions and carry "
           "doses coordinated with community pharmacies, guest dosing), a withdrawal management unit (admissions, "
           "census lists, discharge summaries), a harm reduction outreach team (van runs, naloxone, wound care) and "
           "urine drug screen follow-up, plus the usual administrative mail of such a service. Positives carry "
           "identifiable patient data; negatives are hard look-alikes (staff and physicians near disease words, "
           "staff birth dates, checksum-valid lot and asset numbers, blank forms, templates, de-identified cases). "
           "Every person, number, address and domain is invented; RAMQ NAMs come only from `../blind_nams.txt`."
           % C.ORG_FR, "", "Seed: %d." % C.SEED, "",
           "## Layout", "",
           "- `positive/pNNN_<category>.eml` — 120 confidential messages",
           "- `negative/nNNN_<category>.eml` — 180 non-confidential messages",
           "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
           "- `generate.py` and `gen_*.py` — the generator (common helpers, MIME assembly, attachments, "
           "positive and negative templates, verification, this README)", "",
           "## Languages", "", "| lang | files |", "| --- | --- |",
           "| fr | %d (%d positive, %d negative) |" % (sum(lang["fr"]), lang["fr"][0], lang["fr"][1]),
           "| en | %d (%d positive, %d negative) |" % (sum(lang["en"]), lang["en"][0], lang["en"][1]), "",
           "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    out += ["| %s | %d |" % (t, types[t]) for t in ALLOWED]
    out += ["", "## Definition used", "", DEFINITION, "",
            "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    out += ["| %s | %d |" % (f, feat_count[f]) for f in FEATURE_ORDER]
    out += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
            "python generate.py --out DIR  # writes elsewhere", "```", "",
            "Needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl. Output is "
            "byte-identical on every run; the generator re-parses and checks everything and exits non-zero on "
            "any failure.", "", "## Digest", "",
            "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
            "`%s`" % dig, ""]
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
    return lang, types, feat_count
