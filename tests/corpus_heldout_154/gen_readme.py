"""Write README.md for the corpus."""
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

TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
              "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]

FEATURE_ORDER = ["plain text", "HTML only", "multipart/alternative", "multipart/mixed", "PDF attachment",
                 "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment",
                 "ZIP attachment", "attached message/rfc822", "text attachment", "charset utf-8", "charset us-ascii",
                 "charset iso-8859-1", "charset windows-1252", "7bit", "8bit", "quoted-printable", "base64",
                 "CRLF line ends", "LF line ends", "RFC 2047 encoded Subject", "RFC 2047 encoded names",
                 "RFC 2231 file names"]


def write(out, seed, labels, feature_files, digest):
    langs = {}
    types = {t: 0 for t in TYPE_ORDER}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        for t in lab["types"]:
            types[t] += 1
    npos = sum(1 for v in labels.values() if v["confidential"])
    lines = [
        "# Held-out corpus 154 — clinical research office of an invented Quebec university hospital",
        "",
        "Synthetic outbound e-mail from the Bureau de la recherche clinique (clinical research office) of the "
        "Centre hospitalier universitaire Sainte-Vérène (CHUSV), an invented university hospital in Québec City. "
        "Positives are messages in which a trial participant or patient can be identified together with medical, "
        "personal or social information: prescreening referrals, screening logs, randomisation notices, consent "
        "paperwork, serious adverse event alerts and source documents, replies to monitor queries, ethics board "
        "correspondence, compensation and billing details, visit bookings and rosters. Negatives are the office's "
        "other mail: coded SAE reports, monitoring visit plans, protocol amendments and approvals, aggregate "
        "statistics, product receipts and inventories with lot and serial numbers, invoices, purchase orders, HR, "
        "payroll, schedules, newsletters, programmes, blank forms and templates, teaching cases, IT and facilities "
        "notices. French-Canadian and English. All people, institutions, addresses and numbers are invented.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        f"- `positive/pNNN_<category>.eml` — {npos} confidential messages",
        f"- `negative/nNNN_<category>.eml` — {len(labels) - npos} non-confidential messages (hard negatives)",
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` with modules `gen_data.py`, `gen_common.py`, `gen_attach.py`, `gen_mime.py`, "
        "`gen_pos_a.py`, `gen_pos_b.py`, `gen_pos_c.py`, `gen_pos_d.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`, "
        "`gen_check.py`, "
        "`gen_readme.py`",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
    ]
    for lg in sorted(langs):
        lines.append(f"| {lg} | {langs[lg]} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPE_ORDER:
        lines.append(f"| {t} | {types[t]} |")
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for f in FEATURE_ORDER:
        if feature_files.get(f):
            lines.append(f"| {f} | {len(feature_files[f])} |")
    for f in sorted(set(feature_files) - set(FEATURE_ORDER)):
        lines.append(f"| {f} | {len(feature_files[f])} |")
    lines += ["", "## Regenerate", "",
              "```",
              "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere",
              "```",
              "",
              "Needs the standard library, python-stdnum, reportlab, python-docx and openpyxl, and reads "
              "`../blind_nams.txt` relative to the folder holding `generate.py`. Output is "
              "byte-identical on every run. After writing, the generator re-parses and decodes every file and "
              "checks labels, NAM placement and identifier checksums; it exits non-zero on any failure.",
              "", "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "", f"`{digest}`", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
