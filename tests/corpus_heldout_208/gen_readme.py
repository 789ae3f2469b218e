"""README.md writer."""
from gen_common import SEED, TYPES

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
    "text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
    "attachment: PDF", "attachment: DOCX", "attachment: XLSX", "attachment: CSV", "attachment: ICS",
    "attachment: vCard", "attachment: ZIP", "attachment: message/rfc822",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name",
    "full-width digits",
]


def write_readme(path, labels, feats, digest):
    n_pos = sum(1 for v in labels.values() if v["confidential"])
    n_neg = len(labels) - n_pos
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    tcount = {t: 0 for t in TYPES}
    for v in labels.values():
        for t in v["types"]:
            tcount[t] += 1
    fcount = {f: 0 for f in FEATURE_ORDER}
    for fs in feats.values():
        for f in fs:
            if f in fcount:
                fcount[f] += 1
            else:
                fcount[f] = fcount.get(f, 0) + 1
    L = []
    L.append("# Held-out DLP corpus 208 — organ donation and transplant coordination")
    L.append("")
    L.append("Synthetic outbound e-mail of the (invented) Réseau de santé Boréal-Laurentides, a Quebec health network "
             "whose regional donation and transplant program handles potential donor referrals from intensive care, "
             "kidney/liver/heart/lung waiting lists, crossmatches, immunosuppressant (tacrolimus, cyclosporine, "
             "sirolimus) level follow-up, living donor work-ups, prescriptions to community pharmacies, insurer and "
             "income-support paperwork, and exchanges with an organ procurement agency and outside hospitals (Ontario, "
             "Belgium, France). The %d positives carry identifiable patient data; the %d hard negatives are the "
             "program's ordinary administrative mail (schedules, payroll, newsletters, symposia, invoices and purchase "
             "orders with checksum-valid serial and lot numbers, inventories, IT and facilities notices, aggregate "
             "statistics, teaching cases, blank forms and templates). Every person, institution, address and number "
             "is invented; domains end in `.example` and phone numbers use 555-01xx." % (n_pos, n_neg))
    L.append("")
    L.append("Seed: %d." % SEED)
    L.append("")
    L.append("## Layout")
    L.append("")
    L.append("- `positive/pNNN_<category>.eml` — %d confidential messages" % n_pos)
    L.append("- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)" % n_neg)
    L.append("- `labels.json` — per file: `confidential`, `types`, `lang`, `note`")
    L.append("- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)")
    L.append("- `README.md` — this file")
    L.append("")
    L.append("## Languages")
    L.append("")
    L.append("| lang | files |")
    L.append("|---|---|")
    for lg in ("fr", "en"):
        L.append("| %s | %d |" % (lg, langs.get(lg, 0)))
    L.append("")
    L.append("## Finding types (positives)")
    L.append("")
    L.append("| type | positives |")
    L.append("|---|---|")
    for t in TYPES:
        L.append("| %s | %d |" % (t, tcount[t]))
    L.append("")
    L.append("## Definition used")
    L.append("")
    L.append(DEFINITION)
    L.append("")
    L.append("## Transports (files showing each feature)")
    L.append("")
    L.append("| feature | files |")
    L.append("|---|---|")
    for f in FEATURE_ORDER + sorted(k for k in fcount if k not in FEATURE_ORDER):
        L.append("| %s | %d |" % (f, fcount.get(f, 0)))
    L.append("")
    L.append("## Regenerate")
    L.append("")
    L.append("```")
    L.append("python generate.py            # writes next to generate.py")
    L.append("python generate.py --out DIR  # writes to DIR")
    L.append("```")
    L.append("")
    L.append("The generator reads only its own modules and `../blind_nams.txt` (relative to itself), re-parses and "
             "decodes every file it wrote, checks labels, identifiers and NAM placement, and exits non-zero on any "
             "failure. Output is byte-identical on every run.")
    L.append("")
    L.append("## Digest")
    L.append("")
    L.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):")
    L.append("")
    L.append("`%s`" % digest)
    L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
