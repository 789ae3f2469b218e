"""README writer."""
from collections import Counter

from gen_common import TYPES

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


def write_readme(out, seed, labels, feats_by_file, digest):
    langs = Counter(v["lang"] for v in labels.values())
    types = Counter(t for v in labels.values() if v["confidential"] for t in v["types"])
    feat = Counter(f for fs in feats_by_file.values() for f in fs)
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    lines = [
        "# Held-out corpus 162 — dermatology clinic and teledermatology service",
        "",
        "Synthetic outbound mail of an invented regional dermatology clinic (Clinique de dermatologie des Deux-Rives) "
        "and its teledermatology service: lesion photos and e-consults sent by family physicians (Quebec and "
        "eastern Ontario), dermatologists' answers, biopsy and pathology results, psoriasis / hidradenitis / atopic "
        "dermatitis biologic authorisations and monitoring, isotretinoin and methotrexate follow-up, skin cancer "
        "surveillance and Mohs bookings, phototherapy rosters and transport, hospital consult sign-outs, insurer "
        "forms, social-work notes, plus the ordinary administrative mail of the clinic (HR, payroll, schedules, "
        "newsletters, committees, conferences, vendors, IT and facilities, statistics, teaching cases, blank forms "
        f"and templates). {npos} messages are confidential (positive) and {nneg} are hard negatives. Every person, "
        "institution, address and number is invented; domains end in `.example`, phone numbers use 555-01xx, "
        "RAMQ NAMs come from `../blind_nams.txt`.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)",
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
    ]
    for lg in ("fr", "en"):
        lines.append(f"| {lg} | {langs.get(lg, 0)} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPES:
        lines.append(f"| {t} | {types.get(t, 0)} |")
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "|---|---|"]
    for f, n in sorted(feat.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {f} | {n} |")
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere (still reads ../blind_nams.txt beside generate.py)", "```",
              "", "The run is byte-identical for the fixed seed; after writing, the generator re-parses and decodes every "
              "file, checks labels, NAM placement and identifier checksums, and exits non-zero on any failure.",
              "", "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "", f"`{digest}`", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
