"""Writes README.md from the labels, the transport features and the digest."""
import os
from collections import Counter

from gen_common import SEED
from gen_verify import TYPES

FEATURE_ORDER = [
    "single text/plain body", "HTML-only body", "multipart/alternative", "multipart/mixed",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment",
    "ZIP attachment", "attached message (message/rfc822)",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "Content-Transfer-Encoding 7bit", "Content-Transfer-Encoding 8bit", "Content-Transfer-Encoding quoted-printable",
    "Content-Transfer-Encoding base64", "CRLF line ends", "LF line ends", "RFC 2047 encoded header", "RFC 2231 file name",
    "non-ASCII file name", "full-width digits",
]

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


def write_readme(out, labels, feats, digest):
    langs = Counter(v["lang"] for v in labels.values())
    lang_pos = Counter(v["lang"] for k, v in labels.items() if v["confidential"])
    types = Counter(t for v in labels.values() for t in v["types"])
    fc = Counter(f for fs in feats.values() for f in fs)
    fpos = Counter(f for k, fs in feats.items() if k.startswith("positive/") for f in fs)
    L = []
    L.append("# Held-out DLP corpus — public dental and oral-surgery service\n")
    L.append("Synthetic outbound e-mail of an invented public hospital dental service (Hôpital de la Haute-Rivière, "
             "Centre intégré de santé de la Haute-Rivière, Québec): hospital dentistry for medically complex patients, "
             "oral and maxillofacial surgery under general anaesthesia, a school dental programme, dental public health, "
             "a denture clinic for long-term care (CHSLD) residents, referrals from family physicians and insurance "
             "pre-authorisations, in French-Canadian and English. Positives are referrals, consult letters, OR and "
             "sign-out lists, pre-op notes, lab follow-ups, discharge summaries, prescriptions, transport bookings, insurer "
             "and billing forms, replies and forwards in which a patient can be identified together with personal "
             "information. Negatives are the ordinary administrative mail of such a service (HR, schedules, payroll, "
             "newsletters, committees, conferences, postings, invoices, purchase orders, inventories, IT, facilities, "
             "aggregate statistics, teaching cases, blank forms, templates, shortages, recalls, research notices), written "
             "to be hard: staff and physicians named next to disease words, staff birth dates, checksum-valid serial and "
             "GTIN numbers, labelled form fields. Every person, institution, address and number is invented.\n")
    L.append(f"Seed: {SEED}.\n")
    L.append("## Layout\n")
    L.append("- `positive/pNNN_<category>.eml` — 120 confidential messages")
    L.append("- `negative/nNNN_<category>.eml` — 180 non-confidential messages")
    L.append("- `labels.json` — per file: `confidential`, `types`, `lang`, `note`")
    L.append("- `generate.py` and `gen_*.py` — the generator (reads only its own modules and `../blind_nams.txt`)")
    L.append("- `README.md` — this file\n")
    L.append("## Languages\n")
    L.append("| lang | files | positives | negatives |")
    L.append("| --- | --- | --- | --- |")
    for lg in ("fr", "en"):
        L.append(f"| {lg} | {langs[lg]} | {lang_pos[lg]} | {langs[lg] - lang_pos[lg]} |")
    L.append("")
    L.append("## Finding types (positives)\n")
    L.append("| type | positives |")
    L.append("| --- | --- |")
    for t in TYPES:
        L.append(f"| {t} | {types[t]} |")
    L.append("")
    L.append("## Definition used\n")
    L.append(DEFINITION + "\n")
    L.append("## Transports (files showing each feature)\n")
    L.append("| feature | files | positives |")
    L.append("| --- | --- | --- |")
    for f in FEATURE_ORDER:
        L.append(f"| {f} | {fc[f]} | {fpos[f]} |")
    L.append("")
    L.append("## Regenerate\n")
    L.append("```")
    L.append("python generate.py            # writes next to itself")
    L.append("python generate.py --out DIR  # writes elsewhere (still reads ../blind_nams.txt beside the generator)")
    L.append("```\n")
    L.append("Needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl. Output is byte-identical "
             "on every run. After writing, the generator re-parses every file, decodes every part (PDF, DOCX, XLSX, ZIP, "
             "nested messages), checks labels, NAM placement and identifier checksums, and exits non-zero on failure.\n")
    L.append("## Digest\n")
    L.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):\n")
    L.append(f"`{digest}`")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")
