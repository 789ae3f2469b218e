"""README writer."""
import os

from gen_verify import FEATURES, TYPES

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


def write_readme(out, labels, features, digest, seed):
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    tcount = {t: 0 for t in TYPES}
    for v in labels.values():
        for t in v["types"]:
            tcount[t] += 1
    fcount = {f: 0 for f in FEATURES}
    for fs in features.values():
        for f in fs:
            fcount[f] = fcount.get(f, 0) + 1
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    L = []
    L.append("# Synthetic outbound-mail corpus — gastroenterology department (endoscopy unit, IBD clinic, "
             "hepatology follow-up, colorectal cancer screening program)")
    L.append("")
    L.append("Invented outbound e-mail from the gastroenterology department of a bilingual regional hospital centre "
             "(“Centre hospitalier régional de Bellerive / Bellerive Regional Hospital Centre”): the endoscopy unit "
             "(colonoscopy and gastroscopy booking, bowel preparation instructions, pathology results), the "
             "inflammatory bowel disease clinic, hepatology follow-up and the colorectal cancer screening program. "
             "Positives are referrals, bookings and prep instructions sent to patients, pathology and lab results, "
             "on-call lists, biologic enrolment and prescriptions, insurer and transport forms, social-work "
             "referrals, quick notes, forwards and replies. Negatives are the same department's ordinary traffic: "
             "rotas, leave, payroll, occupational health, newsletters, committee notices, conference programmes, "
             "job postings, invoices and purchase orders with checksum-valid serial numbers, inventories, IT and "
             "facilities notices, aggregate statistics, de-identified teaching cases, blank forms and templates. "
             "Every person, institution, address and number is invented; domains end in `.example`; phone numbers "
             "use 555-01xx; RAMQ NAMs come only from `../blind_nams.txt`.")
    L.append("")
    L.append("Seed: %d." % seed)
    L.append("")
    L.append("## Layout")
    L.append("")
    L.append("- `positive/pNNN_<category>.eml` — %d confidential messages" % npos)
    L.append("- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages" % nneg)
    L.append("- `labels.json` — per file: `confidential`, `types`, `lang`, `note`")
    L.append("- `generate.py` with `gen_common.py`, `gen_clin.py`, `gen_attach.py`, `gen_mime.py`, `gen_pos_fr.py`, "
             "`gen_pos_en.py`, `gen_neg_fr.py`, `gen_neg_en.py`, `gen_verify.py`, `gen_readme.py`")
    L.append("- `README.md` — this file")
    L.append("")
    L.append("## Languages")
    L.append("")
    L.append("| lang | files |")
    L.append("|---|---|")
    for k in sorted(langs):
        L.append("| %s | %d |" % (k, langs[k]))
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
    for f in FEATURES:
        L.append("| %s | %d |" % (f, fcount.get(f, 0)))
    L.append("")
    L.append("## Regenerate")
    L.append("")
    L.append("```")
    L.append("python generate.py            # writes next to generate.py")
    L.append("python generate.py --out DIR  # writes elsewhere (still reads ../blind_nams.txt next to the script)")
    L.append("```")
    L.append("")
    L.append("Output is byte-identical on every run. After writing, the generator re-parses every file with "
             "`email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP, nested .eml included), checks labels, "
             "NAM placement, identifier checksums and that no NAM holder's name appears in a negative; it exits "
             "non-zero on any failure and prints the digest.")
    L.append("")
    L.append("## Digest")
    L.append("")
    L.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):")
    L.append("")
    L.append("`%s`" % digest)
    L.append("")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
