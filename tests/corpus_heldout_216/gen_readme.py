"""README writer."""
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

FEATURE_ORDER = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
                 "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
                 "vCard attachment", "ZIP attachment", "attached message/rfc822", "charset us-ascii", "charset utf-8",
                 "charset iso-8859-1", "charset windows-1252", "CTE 7bit", "CTE 8bit", "CTE quoted-printable",
                 "CTE base64", "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display names",
                 "RFC 2231 file names", "RFC 2047 file names", "full-width digits"]


def write(path, seed, labels, feats, digest):
    langs = {}
    types = {t: 0 for t in V.TYPES}
    for k, v in labels.items():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
        for t in v["types"]:
            types[t] += 1
    npos = sum(1 for k in labels if k.startswith("positive/"))
    nneg = len(labels) - npos
    out = ["# Synthetic outbound mail — pain clinic and pre-operative anaesthesia assessment clinic "
           "(Quebec hospital network, French and English)", "",
           "Invented mail of a Quebec hospital network (three hospitals, `rshr.example`): its chronic pain clinic "
           "(referrals, nerve blocks, radiofrequency, ketamine infusions, opioid tapering, stimulator trials) and "
           "its pre-operative anaesthesia assessment clinic (CPO / PAC: anaesthesia consults, anticoagulation "
           "holds and bridging, pre-op labs, OR lists). Positives are clinical mail that identifies a patient; "
           "negatives are the same organisation's schedules, HR and payroll notices, newsletters, committee "
           "agendas, conference programmes, invoices, purchase orders, inventories, IT and facilities notices, "
           "aggregate statistics, de-identified teaching cases, blank forms and templates. Every person, "
           "institution, address and number is invented; RAMQ NAMs come only from `../blind_nams.txt`.", "",
           f"Seed: {seed}.", "", "## Layout", "",
           f"- `positive/pNNN_<category>.eml` — {npos} confidential messages",
           f"- `negative/nNNN_<category>.eml` — {nneg} non-confidential (hard negative) messages",
           "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
           "- `generate.py` and `gen_*.py` — the generator; `README.md` — this file", "",
           "## Languages", "", "| lang | files |", "| --- | --- |"]
    for lang in sorted(langs):
        out.append(f"| {lang} | {langs[lang]} |")
    out += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in V.TYPES:
        out.append(f"| {t} | {types[t]} |")
    out += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
            "| feature | files |", "| --- | --- |"]
    for f in FEATURE_ORDER:
        out.append(f"| {f} | {feats.get(f, 0)} |")
    out += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
            "python generate.py --out DIR  # writes elsewhere", "```", "",
            "Needs python-stdnum, reportlab, python-docx and openpyxl; reads only its own modules and "
            "`../blind_nams.txt` (relative to the output folder). Output is byte-identical on every run; the "
            "generator re-parses and checks everything and exits non-zero on any failure.", "",
            "## Digest", "", "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative "
            "path, NUL, bytes, NUL):", "", f"`{digest}`", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
