"""README writer."""
from collections import Counter

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

FEATURE_ORDER = ['text/plain only', 'text/html only', 'multipart/alternative', 'multipart/mixed', 'PDF attachment',
                 'DOCX attachment', 'XLSX attachment', 'CSV attachment', 'ICS attachment', 'vCard attachment', 'ZIP attachment',
                 'attached message/rfc822', 'charset utf-8', 'charset us-ascii', 'charset iso-8859-1', 'charset windows-1252',
                 'CTE 7bit', 'CTE 8bit', 'CTE quoted-printable', 'CTE base64', 'CRLF line ends', 'LF line ends',
                 'RFC 2047 Subject', 'RFC 2047 names', 'RFC 2231 file name']


def write_readme(path, labels, feats_by_file, dig):
    langs = Counter(v['lang'] for v in labels.values())
    types = Counter(t for v in labels.values() if v['confidential'] for t in v['types'])
    feat = Counter(f for fs in feats_by_file.values() for f in fs)
    L = ["# Held-out DLP corpus — hospital pathology and cytology laboratory", "",
         "Synthetic outbound e-mail of the Department of Pathology and Cytology of an invented Quebec teaching hospital "
         "(Hôpital général de Pointe-Verchère): surgical pathology and biopsy reports sent to surgeons, frozen-section results, "
         "Pap tests and colposcopy recalls, thyroid FNAs, tumour-board case lists, specimen tracking and rejected-specimen notices, "
         "amended reports and addenda, outside consultations from Ontario, Belgium and France, cancer registry notifications, "
         "insurer requests, plus the ordinary administrative mail of such a laboratory (on-call schedules, leave, payroll, "
         "occupational health, postings, newsletters, conference programmes, committee and tumour-board notices, aggregate "
         "quality indicators, blank requisitions and mail-merge templates, teaching cases, invoices, purchase orders, "
         "inventories, recalls, shortages, IT and facilities notices). French-Canadian and English. Every person, institution, "
         "address and number is invented; domains end in .example and phones use 555-01xx.", "",
         f"Seed: {SEED}.", "",
         "## Layout", "",
         "- `positive/pNNN_<category>.eml` — 120 confidential messages",
         "- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)",
         "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` and `gen_*.py` — the generator; `README.md` — this file", "",
         "## Languages", "", "| lang | files |", "| --- | --- |"]
    for lg in ('fr', 'en'):
        L.append(f"| {lg} | {langs[lg]} |")
    L += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPES:
        L.append(f"| {t} | {types[t]} |")
    L += ["", "## Definition used", "", DEFINITION, "",
          "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for f in FEATURE_ORDER:
        L.append(f"| {f} | {feat[f]} |")
    L += ["", "## Regenerate", "",
          "Requires Python 3 with python-stdnum, reportlab, python-docx and openpyxl. The generator reads only its own modules "
          "and `../blind_nams.txt`, writes next to itself unless told otherwise, then re-parses and checks every file and prints "
          "the digest:", "", "```", "python generate.py            # writes beside generate.py", "python generate.py --out DIR  # writes elsewhere",
          "```", "", "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          f"`{dig}`", ""]
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))
