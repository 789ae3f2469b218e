"""README writer."""
import os

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


def write_readme(out_dir, labels, feature_counts, digest, seed):
    langs = {"fr": 0, "en": 0}
    types = {t: 0 for t in V.TYPES}
    for lab in labels.values():
        langs[lab["lang"]] += 1
        for t in lab["types"]:
            types[t] += 1
    npos = sum(1 for k in labels if k.startswith("positive/"))
    nneg = sum(1 for k in labels if k.startswith("negative/"))
    lines = [
        "# Held-out DLP corpus — regional public health unit (direction de santé publique)",
        "",
        "Synthetic outbound e-mail of an invented regional public health department (Direction de santé "
        "publique du CISSS de la Haute-Rivière): notifiable disease (MADO) reports, tuberculosis contact "
        "tracing and directly observed therapy, measles case and contact management, STBBI partner "
        "notification, outbreak line lists from schools and long-term care homes, vaccination clinics and "
        "adverse-event reports, inter-provincial and international notifications — and the ordinary "
        "administrative mail of a public health team (surveillance bulletins, aggregate statistics, "
        "committee notices, schedules, invoices, IT and facilities notices, blank forms and templates). "
        "French-Canadian and English. Every person, institution, address and number is invented; "
        "domains end in `.example` and phone numbers use 555-01xx.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        f"- `positive/pNNN_<category>.eml` — {npos} confidential messages",
        f"- `negative/nNNN_<category>.eml` — {nneg} non-confidential (hard negative) messages",
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (data pools, documents, MIME, builders, verifier, README)",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
        f"| fr | {langs['fr']} |",
        f"| en | {langs['en']} |",
        "",
        "## Finding types (positives)",
        "",
        "| type | positives |",
        "|---|---|",
    ]
    lines += [f"| {t} | {types[t]} |" for t in V.TYPES]
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    lines += [f"| {f} | {feature_counts[f]} |" for f in V.FEATURES]
    lines += ["", "## Regenerate", "",
              "```",
              "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere",
              "```",
              "",
              "Needs python-stdnum, reportlab, python-docx and openpyxl. Reads only its own modules and "
              "`../blind_nams.txt`. Output is byte-identical on every run; the generator re-parses and "
              "decodes every file, checks labels, NAM placement and identifier checksums, and exits "
              "non-zero on any failure.",
              "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "", f"`{digest}`", ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
