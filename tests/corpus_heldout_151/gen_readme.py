"""README writer."""
from pathlib import Path

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

FEATURE_ORDER = ["single-part text/plain", "single-part text/html", "multipart/alternative", "multipart/mixed",
                 "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
                 "vCard attachment", "ZIP attachment", "attached message (.eml)", "charset utf-8", "charset us-ascii",
                 "charset iso-8859-1", "charset windows-1252", "CTE 7bit", "CTE 8bit", "CTE quoted-printable",
                 "CTE base64", "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 names",
                 "RFC 2231 file name"]


def write_readme(out, seed, labels, features, digest):
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    tcount = {t: 0 for t in TYPES}
    for v in labels.values():
        for t in v["types"]:
            tcount[t] += 1
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    feats = [f for f in FEATURE_ORDER if f in features] + sorted(f for f in features if f not in FEATURE_ORDER)
    lines = [
        "# Synthetic outbound mail — allergy and clinical immunology clinic (held-out corpus 151)", "",
        "Invented organisation: the Clinique d'allergie et d'immunologie clinique of the Hôpital Sainte-Aurélie-du-Lac, "
        "a fictional Quebec hospital (domain `hsal.example`). The mail is what its allergists, clinical immunologists, "
        "residents, nurses, pharmacist, clerks and managers send out: drug-allergy testing and penicillin delabelling, "
        "subcutaneous immunotherapy and venom injections, anaphylaxis follow-up, oral food challenges, immunodeficiency "
        "and IVIG/SCIG care, referrals, prescriptions, forms to insurers and agencies, transport and booking requests, "
        "sign-out lists, forwarded and quoted threads — and, on the negative side, the clinic's schedules, HR and payroll "
        "mail, newsletters, committee notices, conference programmes, job postings, invoices, purchase orders, "
        "inventories, IT and facilities notices, aggregate statistics, de-identified teaching cases, blank forms and "
        f"templates. Every person, number and address is invented; RAMQ NAMs come only from `../blind_nams.txt`. "
        f"{npos} confidential and {nneg} non-confidential messages.", "",
        f"Seed: {seed}.", "",
        "## Layout", "",
        "- `positive/pNNN_<category>.eml` — confidential messages (p001 … p120)",
        "- `negative/nNNN_<category>.eml` — non-confidential hard negatives (n001 … n180)",
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (`gen_common` data and identifiers, `gen_docs` attachments, "
        "`gen_mime` MIME assembly, `gen_tpl` template context, `gen_pos_a/b/c` positives, `gen_neg_a/b` negatives, "
        "`gen_verify` checks and digest, `gen_readme` this file)", "",
        "## Languages", "", "| lang | files |", "| --- | --- |"]
    lines += [f"| {k} | {langs[k]} |" for k in sorted(langs)]
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    lines += [f"| {t} | {tcount[t]} |" for t in TYPES]
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    lines += [f"| {f} | {features[f]} |" for f in feats]
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere (still reads ../blind_nams.txt beside generate.py)", "```", "",
              "Needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl. Output is "
              "byte-identical on every run; the generator re-parses and checks everything and exits non-zero on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              f"`{digest}`", ""]
    (Path(out) / "README.md").write_text("\n".join(lines), encoding="utf-8")
