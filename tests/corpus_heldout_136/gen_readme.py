"""README writer."""
import collections

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

FEATURE_ORDER = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed", "PDF attachment",
                 "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment",
                 "ZIP attachment", "message/rfc822 attachment", "charset utf-8", "charset us-ascii",
                 "charset iso-8859-1", "charset windows-1252", "CTE 7bit", "CTE 8bit", "CTE quoted-printable",
                 "CTE base64", "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name",
                 "RFC 2231 file name", "full-width digits"]


def write_readme(path, seed, labels, feats, dig):
    langs = collections.Counter(v["lang"] for v in labels.values())
    lang_pos = collections.Counter(v["lang"] for k, v in labels.items() if v["confidential"])
    types = collections.Counter(t for v in labels.values() for t in v["types"])
    fcount = collections.Counter(f for fs in feats.values() for f in fs)
    lines = [
        "# Held-out corpus 136 — haematology and bone-marrow transplant",
        "",
        "Synthetic outbound e-mail of the haematology service and stem-cell transplant program of an invented "
        "Montréal university hospital (CHU Val-des-Cèdres, domain chuvdc.example): referrals from regional and "
        "Ontario hospitals, unrelated-donor searches and sibling HLA typing, conditioning orders to the oncology "
        "pharmacy, daily engraftment counts, transfusion requests to the blood bank, GVHD clinic follow-up, "
        "apheresis bookings, home-care, transport, insurer and social-work mail — and, on the negative side, the "
        "service's rotas, payroll, newsletters, committee notices, conference programmes, invoices, purchase orders, "
        "inventories, recalls, IT and facilities notices, aggregate statistics, de-identified teaching cases, blank "
        "forms and mail-merge templates. French-Canadian and English. Every person, number and address is invented.",
        "",
        "Seed: %d." % seed,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages" % sum(1 for v in labels.values() if v["confidential"]),
        "- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages" % sum(1 for v in labels.values() if not v["confidential"]),
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (writes all of the above and this README)",
        "",
        "## Languages",
        "",
        "| lang | files | positives | negatives |",
        "|---|---|---|---|",
    ]
    for lg in ("fr", "en"):
        lines.append("| %s | %d | %d | %d |" % (lg, langs[lg], lang_pos[lg], langs[lg] - lang_pos[lg]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPE_ORDER:
        lines.append("| %s | %d |" % (t, types[t]))
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "|---|---|"]
    for f in FEATURE_ORDER:
        lines.append("| %s | %d |" % (f, fcount[f]))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Needs python-stdnum, reportlab, python-docx and openpyxl; reads only its own modules and "
              "`../blind_nams.txt`. Output is byte-identical on every run; the generator re-parses and checks "
              "everything and exits non-zero on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              "`%s`" % dig, ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
