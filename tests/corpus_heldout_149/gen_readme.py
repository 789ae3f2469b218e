"""README writer."""

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


def write_readme(path, seed, labels, feat_count, digest, types_order):
    langs = {}
    types = {t: 0 for t in types_order}
    for k, v in labels.items():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
        for t in v["types"]:
            types[t] += 1
    npos = sum(1 for k in labels if k.startswith("positive/"))
    nneg = len(labels) - npos
    L = ["# Synthetic DLP corpus — endocrinology clinic of an invented Quebec hospital (held-out set 149)", "",
         "Outbound e-mail of the Endocrinology & Metabolism Clinic of the invented Hôpital régional de Val-Bruyère "
         "(domain `hrvb.example`): the thyroid programme (nodules, ultrasound-guided biopsies, radioactive-iodine "
         "therapy with the nuclear medicine service), adrenal and pituitary clinics, the osteoporosis and bone-density "
         "programme, and the clinic's administrative mail. Positives are referrals, consult letters, sign-out lists, "
         "booking and transport requests, lab and imaging follow-ups, discharge summaries, prescriptions, insurer and "
         "agency forms, social-work notes, forwarded threads and patient e-mails, with patient data in the body, the "
         "Subject, quoted text or attachments. Negatives are hard: staff and physicians named beside disease words, "
         "newsletters, committee notices, conference programmes, job postings, HR and payroll, invoices and purchase "
         "orders with checksum-valid serial and lot numbers, inventories, IT and facilities mail, aggregate statistics, "
         "de-identified teaching cases, blank forms and mail-merge templates. Every person, number and address is invented.",
         "", f"Seed: {seed}.", "", "## Layout", "",
         f"- `positive/pNNN_<category>.eml` — {npos} confidential messages",
         f"- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages",
         "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` and `gen_*.py` — the generator (reads only its own modules and `../blind_nams.txt`)",
         "", "## Languages", "", "| lang | files |", "|---|---|"]
    for k in sorted(langs):
        L.append(f"| {k} | {langs[k]} |")
    L += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in types_order:
        L.append(f"| {t} | {types[t]} |")
    L += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for f, n in feat_count.items():
        L.append(f"| {f} | {n} |")
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
          "python generate.py --out DIR  # writes elsewhere", "```", "",
          "Requires python-stdnum, reportlab, python-docx and openpyxl. Output is byte-identical on every run; the "
          "generator re-parses and checks everything it writes and exits non-zero on any failure.",
          "", "## Digest", "", "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
          "", f"`{digest}`", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
