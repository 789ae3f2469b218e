"""README writer."""
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


def write_readme(out, seed, labels, feats, dig):
    langs = {}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
    tcount = {t: 0 for t in TYPE_ORDER}
    for rel, lab in labels.items():
        for t in lab["types"]:
            tcount[t] += 1
    npos = sum(1 for r in labels if r.startswith("positive/"))
    nneg = len(labels) - npos
    lines = [
        "# Synthetic outbound-mail corpus — infectious diseases & HIV clinic with antimicrobial stewardship",
        "",
        "Invented outbound e-mail from the infectious-diseases service and HIV/STBBI clinic of a fictitious Montreal "
        "teaching hospital (Hôpital Saint-Aubin): ID consult requests and replies, critical culture calls, stewardship "
        "audit-and-feedback, OPAT (home IV antibiotic) referrals, census lists and home-lab results, PrEP prescriptions, "
        "HIV follow-up, reportable-disease notifications, outbreak line lists, insurer and youth-protection correspondence "
        "in French-Canadian and English; and, as hard negatives, the same team's schedules, HR and payroll mail, "
        "newsletters, aggregate surveillance, outbreak notices without identities, teaching cases, committee notices, "
        "conference programmes, drug-shortage and recall notices, invoices, purchase orders, inventories, IT and "
        "facilities mail, blank forms and templates. Every person, number, address and domain is invented.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        f"- `positive/pNNN_<category>.eml` — {npos} confidential messages;",
        f"- `negative/nNNN_<category>.eml` — {nneg} non-confidential (hard negative) messages;",
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`;",
        "- `generate.py` and `gen_*.py` — the generator (writes everything above and this README, then checks it).",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ]
    for lg in ("fr", "en"):
        lines.append(f"| {lg} | {langs.get(lg, 0)} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPE_ORDER:
        lines.append(f"| {t} | {tcount[t]} |")
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    for k in sorted(feats):
        lines.append(f"| {k} | {feats[k]} |")
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Needs python-stdnum, reportlab, python-docx and openpyxl; reads only its own modules and "
              "`../blind_nams.txt`. Output is byte-identical on every run; the script re-parses and checks "
              "everything and exits non-zero on any failure.", "", "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              f"`{dig}`", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
