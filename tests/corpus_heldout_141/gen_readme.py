"""README writer."""
import collections
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

TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
              "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


def write_readme(out_dir, seed, labels, features, digest):
    langs = collections.Counter(v["lang"] for v in labels.values())
    lang_pos = collections.Counter(v["lang"] for k, v in labels.items() if v["confidential"])
    types = collections.Counter(t for v in labels.values() for t in v["types"])
    feat = collections.Counter(f for fs in features.values() for f in fs)
    lines = [
        "# Held-out corpus 141 — rheumatology and biologics infusion clinic",
        "",
        "Synthetic outbound e-mail of an invented Quebec rheumatology and biologics infusion centre (the "
        "\"Centre de rhumatologie et de perfusion des Trembles\"): arthritis and lupus follow-up, infusion bookings and "
        "unit lists, tuberculosis and hepatitis screening before biologics, insurer and RAMQ exception-drug forms, "
        "patient support (drug access) programmes, pharmacies, transport, social work, hospital discharge summaries, "
        "and the ordinary administrative mail of such a clinic (HR, schedules, payroll, newsletters, committees, "
        "conference programmes, invoices, purchase orders, inventories, IT and facilities notices, aggregate "
        "statistics, blank forms and templates). Every person, institution, address and number is invented; domains "
        "end in `.example` and phone numbers use 555-01xx.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages (p001 … p120)",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential hard negatives (n001 … n180)",
        "- `labels.json` — one entry per file (`confidential`, `types`, `lang`, `note`), keys sorted",
        "- `generate.py` and `gen_*.py` — the generator (`gen_common`, `gen_clin`, `gen_docs`, `gen_mime`, "
        "`gen_pos_a/b/c`, `gen_neg_a/b/c/d`, `gen_verify`, `gen_readme`)",
        "- `README.md` — this file",
        "",
        "## Languages",
        "",
        "| lang | files | positives | negatives |",
        "| --- | --- | --- | --- |",
    ]
    for lg in ("fr", "en"):
        lines.append(f"| {lg} | {langs[lg]} | {lang_pos[lg]} | {langs[lg] - lang_pos[lg]} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPE_ORDER:
        lines.append(f"| {t} | {types[t]} |")
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    for f in sorted(feat):
        lines.append(f"| {f} | {feat[f]} |")
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl, and reads "
              "`../blind_nams.txt` relative to the folder holding the generator. Output is byte-identical on every run; "
              "the generator re-parses and decodes every file and exits non-zero if any check fails.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              f"`{digest}`", ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
