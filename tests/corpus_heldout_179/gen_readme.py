"""README writer."""
import os

from gen_common import TYPES
from gen_verify import FEATURES

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


def write_readme(out, seed, labels, feat_count, dig):
    langs = {"fr": 0, "en": 0}
    types = {t: 0 for t in TYPES}
    for rel, lab in labels.items():
        langs[lab["lang"]] += 1
        for t in lab["types"]:
            types[t] += 1
    L = []
    L.append("# Synthetic outbound e-mail corpus — urology department "
             "(kidney stone clinic, prostate biopsy and cystoscopy booking, PSA follow-up, catheter and continence nursing, vasectomy clinic)")
    L.append("")
    L.append("Outbound mail of the (invented) Department of Urology of Hôpital Sainte-Vérène, a Quebec regional hospital "
             "(domain `hsv-sante.example`). Positives are the department's clinical traffic: GP referrals, lithotripsy, "
             "ureteroscopy and OR booking requests, prostate biopsy and cystoscopy lists, PSA and pathology follow-up, CT and "
             "lab results, catheter hand-overs to the CLSC, continence nursing and social-work exchanges, vasectomy clinic "
             "results, discharge summaries, prescriptions to community pharmacies, insurer and reimbursement forms "
             "(including Ontario, Belgian and French patients), sign-out lists, wait lists, replies, forwards and mail to "
             "patients. Negatives are the same department's other mail: OR block and on-call schedules, leave and payroll, "
             "occupational health, hiring, newsletters, committee notices, conference programmes, teaching cases without "
             "identities, blank forms and templates, aggregate statistics, research protocols, shortages, recalls, invoices, "
             "purchase orders, inventories, equipment service, IT and facilities notices. French-Canadian and English. "
             "All people, institutions, addresses and numbers are invented; RAMQ NAMs come from `../blind_nams.txt`.")
    L.append("")
    L.append(f"Seed: {seed}.")
    L.append("")
    L.append("## Layout")
    L.append("")
    L.append("- `positive/pNNN_<category>.eml` — 120 confidential messages")
    L.append("- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages")
    L.append("- `labels.json` — per file: `confidential`, `types`, `lang`, `note`")
    L.append("- `generate.py` and `gen_*.py` — the generator (common data, clinical phrases, attachments, MIME, "
             "positive and negative templates, verifier, this README)")
    L.append("- `README.md` — this file")
    L.append("")
    L.append("## Languages")
    L.append("")
    L.append("| lang | files |")
    L.append("|---|---|")
    for k in ("fr", "en"):
        L.append(f"| {k} | {langs[k]} |")
    L.append("")
    L.append("## Finding types (positives)")
    L.append("")
    L.append("| type | positives |")
    L.append("|---|---|")
    for t in TYPES:
        L.append(f"| {t} | {types[t]} |")
    L.append("")
    L.append("## Definition used")
    L.append("")
    L.append(DEFINITION)
    L.append("")
    L.append("## Transports (files showing each feature)")
    L.append("")
    L.append("| feature | files |")
    L.append("|---|---|")
    for name, key in FEATURES:
        L.append(f"| {name} | {feat_count.get(key, 0)} |")
    L.append("")
    L.append("## Regenerate")
    L.append("")
    L.append("```")
    L.append("python generate.py              # writes next to generate.py")
    L.append("python generate.py --out DIR    # writes into DIR")
    L.append("```")
    L.append("")
    L.append("Needs the standard library, python-stdnum, reportlab, python-docx and openpyxl, and reads `../blind_nams.txt` "
             "relative to the generator. Output is byte-identical on every run. After writing, the generator re-parses "
             "every message, decodes every part and attachment, checks labels, NAM placement and identifier checksums, "
             "and exits non-zero on any failure.")
    L.append("")
    L.append("## Digest")
    L.append("")
    L.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):")
    L.append("")
    L.append(f"`{dig}`")
    L.append("")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
