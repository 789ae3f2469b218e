"""README writer and corpus digest."""
import hashlib
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

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]

FEATURES = ["plain text only", "HTML only", "multipart/alternative", "multipart/mixed", "PDF attachment",
            "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment",
            "ZIP attachment", "attached message (message/rfc822)", "charset utf-8", "charset us-ascii",
            "charset iso-8859-1", "charset windows-1252", "CTE 7bit", "CTE 8bit", "CTE quoted-printable",
            "CTE base64", "CRLF line ends", "LF line ends", "RFC 2047 encoded Subject",
            "RFC 2047 encoded display name", "RFC 2231 file name", "full-width digits",
            "quoted reply or inline forward"]


def digest(outdir):
    h = hashlib.sha256()
    paths = []
    for d in ("positive", "negative"):
        for f in os.listdir(os.path.join(outdir, d)):
            if f.endswith(".eml"):
                paths.append(d + "/" + f)
    paths.append("labels.json")
    for rel in sorted(paths):
        with open(os.path.join(outdir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def write_readme(outdir, seed, labels, features_by_file, dig):
    langs = {}
    types = {t: 0 for t in TYPES}
    for path, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        for t in lab["types"]:
            types[t] += 1
    feats = {f: 0 for f in FEATURES}
    for fs in features_by_file.values():
        for f in fs:
            if f in feats:
                feats[f] += 1
    out = []
    out.append("# Synthetic outbound e-mail corpus — vascular surgery and diabetic foot / wound clinic\n")
    out.append("Outbound mail of an invented Quebec regional hospital (Centre hospitalier de la Rivière-aux-Saules): "
               "its vascular surgery service and its complex wound and diabetic foot clinic, with the family "
               "medicine groups, CLSC home care, community pharmacies, insurers, transport and protection services "
               "they write to. Positives are referrals, sign-out and clinic lists, OR and imaging bookings, lab and "
               "non-invasive vascular results, discharge summaries, prescriptions, insurer and income-support "
               "forms, home-care and social-work referrals, youth-protection reports, foreign-patient billing, "
               "quick notes, quoted replies and forwards. Negatives are hard: staff schedules, leave, payroll, "
               "occupational health, candidates, newsletters and committee notices that name physicians next to "
               "the diseases they treat, conference programmes, postings, invoices and purchase orders with "
               "checksum-valid serial and lot numbers, inventories, IT and facilities notices, aggregate "
               "statistics, de-identified teaching cases, blank forms and mail-merge templates, shortages, recalls "
               "and research protocols. Every person, institution, address and number is invented.\n")
    out.append("Seed: %d.\n" % seed)
    out.append("## Layout\n")
    out.append("- `positive/pNNN_<category>.eml` — 120 confidential messages\n"
               "- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)\n"
               "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`\n"
               "- `generate.py` and `gen_*.py` — the generator (`gen_data` people and identifiers, `gen_clin` "
               "clinical scenarios, `gen_base` per-message context, `gen_mime` MIME assembly, `gen_docs` "
               "attachments, `gen_pos_*` positives, `gen_neg_*` negatives, `gen_verify` checks, `gen_readme` this file)\n"
               "- RAMQ NAMs come from `../blind_nams.txt`, always with the holder's name, birth date and sex\n")
    out.append("## Languages\n")
    out.append("| lang | files |\n|---|---|")
    for l in sorted(langs):
        out.append("| %s | %d |" % (l, langs[l]))
    out.append("")
    out.append("## Finding types (positives)\n")
    out.append("| type | positives |\n|---|---|")
    for t in TYPES:
        out.append("| %s | %d |" % (t, types[t]))
    out.append("")
    out.append("## Definition used\n")
    out.append(DEFINITION + "\n")
    out.append("## Transports (files showing each feature)\n")
    out.append("| feature | files |\n|---|---|")
    for f in FEATURES:
        out.append("| %s | %d |" % (f, feats[f]))
    out.append("")
    out.append("## Regenerate\n")
    out.append("```\npython generate.py            # writes next to generate.py\npython generate.py --out DIR  # writes elsewhere\n```\n\n"
               "Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl. Output is byte-identical "
               "on every run; the generator re-parses and checks everything and exits non-zero on any failure.\n")
    out.append("## Digest\n")
    out.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):\n")
    out.append("`%s`\n" % dig)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
