"""Writes README.md from the generated metadata (called by generate.py)."""
import os

import gen_common as C
import gen_verify as V

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
    "vCard attachment", "ZIP attachment", "attached message/rfc822",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name",
    "In-Reply-To (reply)",
]


def write(outdir, metas, digest):
    langs = {"fr": 0, "en": 0}
    types = {t: 0 for t in V.TYPES}
    feats = {f: 0 for f in FEATURE_ORDER}
    for m in metas:
        langs[m["lang"]] += 1
        for t in m["types"]:
            types[t] += 1
        for f in V.features(m["raw"]):
            if f in feats:
                feats[f] += 1
    npos = sum(1 for m in metas if m["confidential"])
    nneg = len(metas) - npos
    lines = [
        "# Held-out DLP corpus — haematology, transfusion medicine and blood bank",
        "",
        "Synthetic outbound e-mail of an invented regional hospital (%s / %s, domain `%s`): its haematology "
        "clinic and ward, blood bank, apheresis unit, anticoagulation clinic and haemovigilance office writing to "
        "colleagues, family physicians, pharmacies, insurers, transport services, social services, other hospitals "
        "(Ontario, Belgium, France) and suppliers, in French-Canadian and English. Positives carry patient "
        "identities with clinical or social content (transfusion reaction reports, special product requests, "
        "antibody results, sign-out lists, bookings, prescriptions, discharge summaries, care plans, forms); "
        "negatives are hard look-alikes (inventory and recall notices with ISBT 128 and checksum-valid lot/serial "
        "numbers, committee mail, schedules, payroll, staff health, newsletters naming physicians with diseases, "
        "conference programmes, blank forms, teaching cases, invoices). Every person, number and address is invented; "
        "RAMQ NAMs come only from `../blind_nams.txt`."
        % (C.ORG_FR["name"], C.ORG_EN["name"], C.ORG_FR["domain"]),
        "",
        "Seed: %d." % C.SEED,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages" % npos,
        "- `negative/nNNN_<category>.eml` — %d non-confidential messages" % nneg,
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` with `gen_common.py`, `gen_ctx.py`, `gen_mime.py`, `gen_attach.py`, `gen_pos_fr.py`, "
        "`gen_pos_en.py`, `gen_neg_fr.py`, `gen_neg_en.py`, `gen_verify.py`, `gen_readme.py`",
        "- `README.md` — this file",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
        "| fr | %d |" % langs["fr"],
        "| en | %d |" % langs["en"],
        "",
        "## Finding types (positives)",
        "",
        "| type | positives |",
        "|---|---|",
    ]
    lines += ["| %s | %d |" % (t, n) for t, n in types.items()]
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    lines += ["| %s | %d |" % (f, n) for f, n in feats.items()]
    lines += ["", "## Regenerate", "",
              "```",
              "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # or into DIR",
              "```",
              "",
              "Needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl, and reads "
              "`../blind_nams.txt` relative to this folder (path computed from `__file__`). The run re-parses and decodes every message and "
              "attachment, checks labels, NAM placement and identifier checksums, exits non-zero on any failure, "
              "and prints the digest below.",
              "",
              "## Digest",
              "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "",
              "`%s`" % digest, ""]
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
