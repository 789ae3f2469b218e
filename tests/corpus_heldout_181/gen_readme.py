"""README writer."""
from gen_common import TYPES

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

FEATURE_ORDER = [
    "single text/plain", "single text/html", "multipart/alternative", "multipart/mixed",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
    "vCard attachment", "ZIP attachment", "PDF inside ZIP", "CSV inside ZIP", "message/rfc822 attachment",
    ".eml as application/octet-stream",
    "charset us-ascii", "charset utf-8", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "LF line ends", "CRLF line ends", "RFC 2047 Subject", "RFC 2047 display name",
    "RFC 2231 file name", "RFC 2047 file name",
    "content: roster", "content: quoted_reply", "content: inline_forward",
    "content: name_in_subject_only", "content: name_in_filename_only",
]


def write_readme(path, seed, labels, feats_by_file, digest):
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    tcount = {t: 0 for t in TYPES}
    for v in labels.values():
        for t in v["types"]:
            tcount[t] += 1
    fcount = {}
    for feats in feats_by_file.values():
        for f in feats:
            fcount[f] = fcount.get(f, 0) + 1
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    out = []
    out.append("# Held-out corpus 181 — plastic surgery department and burn unit\n")
    out.append(
        "Synthetic outbound e-mail from the plastic and reconstructive surgery department and burn unit (7 North) "
        "of an invented Quebec university hospital, with its hand clinic and hand therapy, breast reconstruction "
        "wait list and pressure-garment fittings. Positives (%d) are referrals, consult replies, wound and dressing "
        "follow-ups with home-care nurses, graft checks, census and sign-out lists, OR and transport bookings, lab "
        "and imaging follow-ups, discharge summaries, prescriptions, insurer and agency forms, forwarded and quoted "
        "threads. Negatives (%d) are hard: HR, schedules, payroll, newsletters, committee notices, conference "
        "programmes, postings, invoices, purchase orders, inventories with checksum-valid serial and lot numbers, "
        "IT and facilities mail, aggregate statistics, teaching cases, blank forms and templates. Everything is "
        "invented; domains end in `.example` and phone numbers use 555-01xx.\n" % (npos, nneg))
    out.append("Seed: %d.\n" % seed)
    out.append("## Layout\n")
    out.append("- `positive/pNNN_<category>.eml` — %d confidential messages" % npos)
    out.append("- `negative/nNNN_<category>.eml` — %d non-confidential messages" % nneg)
    out.append("- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`")
    out.append("- `generate.py` and `gen_*.py` — the generator; `README.md` — this file\n")
    out.append("## Languages\n")
    out.append("| lang | files |\n|---|---|")
    for l in sorted(langs):
        out.append("| %s | %d |" % (l, langs[l]))
    out.append("")
    out.append("## Finding types (positives)\n")
    out.append("| type | positives |\n|---|---|")
    for t in TYPES:
        out.append("| %s | %d |" % (t, tcount[t]))
    out.append("")
    out.append("## Definition used\n")
    out.append(DEFINITION + "\n")
    out.append("## Transports (files showing each feature)\n")
    out.append("| feature | files |\n|---|---|")
    for f in FEATURE_ORDER:
        out.append("| %s | %d |" % (f, fcount.get(f, 0)))
    for f in sorted(set(fcount) - set(FEATURE_ORDER)):
        out.append("| %s | %d |" % (f, fcount[f]))
    out.append("")
    out.append("## Regenerate\n")
    out.append("```\npython generate.py            # writes next to generate.py\npython generate.py --out DIR  # writes elsewhere\n```\n")
    out.append("Needs python-stdnum, reportlab, python-docx and openpyxl; reads only its own modules and "
               "`../blind_nams.txt`. Output is byte-identical on every run; the generator re-parses and checks "
               "everything and exits non-zero on any failure.\n")
    out.append("## Digest\n")
    out.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):\n")
    out.append("`%s`\n" % digest)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
