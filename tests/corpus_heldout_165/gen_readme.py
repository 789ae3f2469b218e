"""README writer: layout, languages, finding types, transports, digest."""
import re
from collections import Counter

from gen_common import SEED
from gen_plan import TYPE_ORDER

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

FEATURES = [
    ("single text/plain body", "single_plain"),
    ("single text/html body (HTML only)", "single_html"),
    ("multipart/alternative", "multipart/alternative"),
    ("multipart/mixed (attachments)", "multipart/mixed"),
    ("PDF attachment", "pdf"),
    ("DOCX attachment", "docx"),
    ("XLSX attachment", "xlsx"),
    ("CSV attachment", "csv"),
    ("ICS (text/calendar)", "ics"),
    ("vCard", "vcard"),
    ("ZIP archive", "zip"),
    ("attached message (message/rfc822)", "rfc822"),
    ("charset utf-8", "charset:utf-8"),
    ("charset us-ascii", "charset:us-ascii"),
    ("charset iso-8859-1", "charset:iso-8859-1"),
    ("charset windows-1252", "charset:windows-1252"),
    ("Content-Transfer-Encoding 7bit", "cte:7bit"),
    ("Content-Transfer-Encoding 8bit", "cte:8bit"),
    ("Content-Transfer-Encoding quoted-printable", "cte:quoted-printable"),
    ("Content-Transfer-Encoding base64", "cte:base64"),
    ("CRLF line ends", "crlf"),
    ("LF line ends", "lf"),
    ("RFC 2047 encoded Subject", "rfc2047_subject"),
    ("RFC 2047 encoded display names", "rfc2047_name"),
    ("RFC 2231 file names", "rfc2231"),
    ("RFC 2047 encoded file names", "rfc2047_filename"),
    ("quoted reply", "quoted"),
    ("inline forward", "forward"),
]


def raw_features(raw, msg, text):
    f = set()
    f.add("crlf" if b"\r\n" in raw else "lf")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    if re.search(rb"^Subject:[^\n]*=\?", head, re.M | re.I):
        f.add("rfc2047_subject")
    if re.search(rb"^(From|To|Cc):[^\n]*=\?|^\s+=\?[^\n]*<", head, re.M):
        f.add("rfc2047_name")
    if re.search(rb"(file)?name\*(0\*?)?=", raw):
        f.add("rfc2231")
    if re.search(rb'(file)?name="=\?', raw):
        f.add("rfc2047_filename")
    if not msg.is_multipart():
        f.add("single_html" if msg.get_content_type() == "text/html" else "single_plain")
    if re.search(r"^> ?\S|a écrit :$|wrote:$|^(De|From) ?: .*\n(Envoyé|Sent) ?:", text, re.M):
        f.add("quoted")
    if "Message transféré" in text or "Forwarded message" in text:
        f.add("forward")
    return f


def write_readme(outdir, records, labels, feats, texts, digest):
    from gen_extract import parse
    langs = Counter(l["lang"] for l in labels.values())
    lang_pos = Counter(l["lang"] for k, l in labels.items() if k.startswith("positive/"))
    types = Counter(t for l in labels.values() for t in l["types"])
    fcount = Counter()
    for rel, raw, _, _ in records:
        fs = set(feats.get(rel, set())) | raw_features(raw, parse(raw), texts.get(rel, ""))
        for _, key in FEATURES:
            if key in fs:
                fcount[key] += 1
    L = ["# Synthetic outbound mail corpus — general surgery (held-out set 165)", "",
         "Outbound e-mail of an invented Quebec regional hospital (Centre hospitalier des Deux-Rivières, "
         "domain `chdr.example`), seen from its general surgery department: operating-room booking, the "
         "pre-operative clinic, anaesthesia consults, surgical wait lists and post-operative follow-up calls, "
         "together with the surrounding clinical and administrative traffic (referrals, discharge summaries, "
         "prescriptions to pharmacies, insurer and transport requests, sign-out lists, and on the negative side "
         "schedules, HR, payroll, newsletters, procurement, IT, committees, statistics, blank forms and templates). "
         "Mail is written in French-Canadian and English. Every person, institution, address and number is invented; "
         "phone numbers use 555-01xx and RAMQ NAMs come only from `../blind_nams.txt`.", "",
         f"Seed: {SEED}.", "",
         "## Layout", "",
         "- `positive/pNNN_<category>.eml` — 120 confidential messages",
         "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages",
         "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, "
         "python-docx, openpyxl)", "",
         "## Languages", "", "| lang | files |", "| --- | --- |"]
    for lg in ("fr", "en"):
        L.append(f"| {lg} | {langs[lg]} |")
    L += ["", "Positives: " + ", ".join(f"{lg} {lang_pos[lg]}" for lg in ("fr", "en")) +
          "; negatives: " + ", ".join(f"{lg} {langs[lg] - lang_pos[lg]}" for lg in ("fr", "en")) + "."]
    L += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPE_ORDER:
        L.append(f"| {t} | {types[t]} |")
    L += ["", "## Definition used", "", DEFINITION, "",
          "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for name, key in FEATURES:
        L.append(f"| {name} | {fcount[key]} |")
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
          "python generate.py --out DIR  # writes into DIR", "```", "",
          "The generator re-parses every file, decodes every part (PDF, DOCX, XLSX, ZIP, nested messages), "
          "checks labels, identifier checksums and NAM placement, exits non-zero on any failure and prints the digest.",
          "", "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          f"`{digest}`", ""]
    (outdir / "README.md").write_text("\n".join(L), encoding="utf-8")
