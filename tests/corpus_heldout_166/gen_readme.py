"""Digest and README writer."""
import hashlib
import os

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
    "text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
    "vCard attachment", "ZIP attachment", "PDF inside ZIP", "DOCX inside ZIP", "CSV inside ZIP",
    "attached message/rfc822",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name",
    "RFC 2231 file name", "non-ASCII file name",
]


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        for f in os.listdir(os.path.join(out_dir, sub)):
            if f.endswith(".eml"):
                rels.append(f"{sub}/{f}")
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def write_readme(out_dir, seed, labels, features, dig):
    langs = {}
    types = {}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        for t in lab["types"]:
            types[t] = types.get(t, 0) + 1
    from gen_pos_common import ALL_TYPES
    lines = [
        "# Held-out corpus 166 — family medicine group (GMF): front desk, nurse practitioners, walk-in clinic, "
        "prescription renewals, lab result call-backs, insurance forms",
        "",
        "Synthetic outbound mail of two invented Quebec family medicine groups (GMF), one writing mostly in "
        "French-Canadian and one in English: front-desk clerks, medical secretaries, nurse practitioners (IPS), "
        "clinical nurses and family physicians running a walk-in clinic. Positives are prescription renewal "
        "requests from pharmacies, lab result call-back lists, walk-in rosters, referrals, insurance, SAAQ and "
        "CNESST forms, sign-out lists, discharge summaries, social-work referrals, transport requests, calendar "
        "invites and quick notes; negatives are schedules, leave, payroll, newsletters, committee notices, "
        "conference programmes, job postings, invoices, purchase orders, inventories, IT and facilities notices, "
        "aggregate statistics, teaching cases, blank forms and templates, recalls and shortages. Every person, "
        "institution, address and number is invented; domains end in `.example`, phones use 555-01xx.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages.",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential hard negatives.",
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`.",
        "- `generate.py` and `gen_*.py` — the generator (writes everything above, re-parses and checks it).",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ]
    for lg in sorted(langs):
        lines.append(f"| {lg} | {langs[lg]} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in ALL_TYPES:
        lines.append(f"| {t} | {types.get(t, 0)} |")
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    for f in FEATURE_ORDER:
        lines.append(f"| {f} | {features.get(f, 0)} |")
    for f in sorted(set(features) - set(FEATURE_ORDER)):
        lines.append(f"| {f} | {features[f]} |")
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl; reads only its own modules and "
              "`../blind_nams.txt`. The output is byte-identical on every run; the generator exits non-zero if any check fails.",
              "", "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              f"`{dig}`", ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
