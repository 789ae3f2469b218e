"""README writer and corpus digest."""
import hashlib

import gen_common as C
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


def digest(outdir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0" + (outdir / rel).read_bytes() + b"\0")
    return h.hexdigest()


def write_readme(outdir, labels, feats, dig):
    pos = [k for k in labels if k.startswith("positive/")]
    neg = [k for k in labels if k.startswith("negative/")]
    lang_count = {"fr": 0, "en": 0}
    for k, v in labels.items():
        lang_count[v["lang"]] += 1
    type_count = {t: sum(1 for k in pos if t in labels[k]["types"]) for t in C.ALLOWED_TYPES}
    L = []
    L.append("# Synthetic outbound mail — hospital ophthalmology service (retina injections, cataract wait list, glaucoma, imaging)")
    L.append("")
    L.append("Invented outbound e-mail from the ophthalmology department of a fictional Quebec regional hospital "
             "(Centre hospitalier Val-des-Érables): the retina clinic and its intravitreal injection rosters, the cataract "
             "surgery wait list, glaucoma follow-up letters, referrals from community optometrists, OCT and visual-field "
             "scheduling, the on-call residents, clerks, nurses, technicians, pharmacy, procurement, HR and IT. "
             f"{len(pos)} messages carry identifiable patient information (positives); {len(neg)} are hard negatives "
             "(staff matters, physicians named with the diseases they treat, newsletters, statistics, invoices with "
             "checksum-valid lot and serial numbers, blank forms and mail-merge templates, de-identified teaching cases). "
             "Every person, institution, address and number is invented; domains end in `.example`, phones use 555-01xx.")
    L.append("")
    L.append(f"Seed: {C.SEED}.")
    L.append("")
    L.append("## Layout")
    L.append("")
    L.append("- `positive/pNNN_<category>.eml` — 120 confidential messages")
    L.append("- `negative/nNNN_<category>.eml` — 180 non-confidential messages")
    L.append("- `labels.json` — per file: `confidential`, `types`, `lang`, `note`")
    L.append("- `generate.py` and `gen_*.py` — the generator (reads only its own modules and `../blind_nams.txt`)")
    L.append("")
    L.append("## Languages")
    L.append("")
    L.append("| lang | files |")
    L.append("| --- | --- |")
    split = []
    for lg in ("fr", "en"):
        np_ = sum(1 for k in pos if labels[k]["lang"] == lg)
        L.append(f"| {lg} | {lang_count[lg]} |")
        split.append(f"{lg}: {np_} positive, {lang_count[lg] - np_} negative")
    L.append("")
    L.append("Split: " + "; ".join(split) + ".")
    L.append("")
    L.append("## Finding types (positives)")
    L.append("")
    L.append("| type | positives |")
    L.append("| --- | --- |")
    for t in C.ALLOWED_TYPES:
        L.append(f"| {t} | {type_count[t]} |")
    L.append("")
    L.append("## Definition used")
    L.append("")
    L.append(DEFINITION)
    L.append("")
    L.append("## Transports (files showing each feature)")
    L.append("")
    L.append("| feature | files |")
    L.append("| --- | --- |")
    for ft in FEATURES:
        L.append(f"| {ft} | {sum(1 for f in feats.values() if ft in f)} |")
    L.append("")
    L.append("## Regenerate")
    L.append("")
    L.append("```")
    L.append("python generate.py            # writes next to generate.py")
    L.append("python generate.py --out DIR  # writes elsewhere")
    L.append("```")
    L.append("")
    L.append("Needs python-stdnum, reportlab, python-docx and openpyxl. The run is byte-identical; it re-parses every "
             "file, decodes every part and checks labels, NAM placement and identifier checksums, exiting non-zero on failure.")
    L.append("")
    L.append("## Digest")
    L.append("")
    L.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):")
    L.append("")
    L.append(f"`{dig}`")
    L.append("")
    (outdir / "README.md").write_text("\n".join(L), encoding="utf-8")
