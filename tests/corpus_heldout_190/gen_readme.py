"""README writer."""
import collections

import gen_common as C

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


def write_readme(path, labels, feats, digest, seed):
    langs = collections.Counter()
    for k, v in labels.items():
        langs[(v["lang"], v["confidential"])] += 1
    types = collections.Counter(t for v in labels.values() for t in v["types"])
    fc = collections.Counter(f for fs in feats.values() for f in fs)
    lines = [
        "# Held-out corpus 190 — neonatal intensive care unit and paediatric intensive care",
        "",
        f"Synthetic outbound e-mail of an invented university mother-and-child hospital, the {C.ORG_EN} "
        f"({C.ORG_FR}, domain `{C.DOM}`), written from its neonatal intensive care unit (USIN / NICU) and its "
        "paediatric intensive care unit (SIP / PICU). Positives are the mail such units really send about "
        "patients: back-transfers to regional hospitals, consult requests, sign-out lists, bookings, lab and "
        "imaging follow-ups, discharge summaries, prescriptions to community pharmacies, benefit and insurer forms "
        "(Quebec, Ontario, Belgian and French families), psychosocial and youth-protection notes, bereavement "
        "follow-up, quick notes, replies and forwards. Negatives are the hard rest of the unit's mail: HR, leave, "
        "payroll, occupational health, schedules and call lists, postings and candidates, newsletters naming "
        "physicians next to diseases, committee notices, conference programmes, invoices, purchase orders and "
        "inventories with checksum-valid serial and lot numbers, IT and facilities notices, aggregate statistics, "
        "de-identified teaching cases, blank forms and mail-merge templates, shortages, recalls and protocols. "
        "Every person, institution, address and number is invented; RAMQ NAMs come from `../blind_nams.txt`.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages",
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` with `gen_common.py`, `gen_ctx.py`, `gen_docs.py`, `gen_mime.py`, `gen_pos_a.py`, "
        "`gen_pos_b.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_verify.py`, `gen_readme.py` — the generator",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ]
    for lg in ("fr", "en"):
        tot = langs[(lg, True)] + langs[(lg, False)]
        lines.append(f"| {lg} | {tot} ({langs[(lg, True)]} positive, {langs[(lg, False)]} negative) |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPE_ORDER:
        lines.append(f"| {t} | {types[t]} |")
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    for f in sorted(fc):
        lines.append(f"| {f} | {fc[f]} |")
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Needs python-stdnum, reportlab, python-docx and openpyxl. The output is byte-identical on every run; "
              "the generator re-parses and checks everything it wrote and exits non-zero on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "", f"`{digest}`", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
