# -*- coding: utf-8 -*-
"""README writer (counts and transports are computed from the parsed output)."""
import os


def _fmt(d):
    return ", ".join(f"{k} {v}" for k, v in sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))


def write_readme(out, stats, dg):
    lang = stats["lang"]
    types = stats["types"]
    lines = [
        "# Held-out DLP corpus 70 — emergency, pre-hospital, trauma, toxicology (seed 7070)",
        "",
        "Synthetic outbound e-mail of a Québec hospital emergency department and its partners: ED physicians and nurses, "
        "a pre-hospital ambulance service (Urgences-santé style run reports and pre-alerts), a tertiary trauma centre, "
        "a regional poison-control centre and toxicology laboratory, ED social work (youth protection, elder abuse, "
        "housing, income support), coroner and police requests. Mostly French-Canadian with some English. "
        "All people, institutions, numbers and addresses are invented (`*.example` domains, 555-01xx phones); RAMQ NAMs come "
        "only from `../blind_nams.txt` and are always used with their holder's name, birth date and sex.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard) messages",
        "- `labels.json` — `{path: {confidential, types, lang, note}}` for exactly these 300 files",
        "- `generate.py` + `gen_common.py`, `gen_mime.py`, `gen_attach.py`, `gen_text.py`, `gen_clin.py`, `gen_compose.py`, "
        "`gen_pos1.py`, `gen_pos2.py`, `gen_pos3.py`, `gen_neg1.py`, `gen_neg2.py`, `gen_check.py`, `gen_readme.py`",
        "",
        "## Counts",
        "",
        f"- Positives: French {lang.get('pos_fr', 0)}, English {lang.get('pos_en', 0)}",
        f"- Negatives: French {lang.get('neg_fr', 0)}, English {lang.get('neg_en', 0)}",
        "- Positives per finding type (a message counts once per type):",
    ]
    for t in ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
              "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]:
        lines.append(f"  - `{t}`: {types.get(t, 0)}")
    lines += [
        "",
        "## Definition used",
        "",
        "A message is confidential when a reader could identify a patient (name in any form — full, surname first, upper or "
        "lower case, initials with surname, title with surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR "
        "or chart number, possibly disguised with spaces, dots, slashes or full-width characters) and learn something personal, "
        "medical or social about that patient, anywhere: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, "
        "XLSX, CSV, ICS, vCard, ZIP, attached message) or an attachment's file name. Staff information (schedules, leave, an "
        "employee's occupational health, payroll), physicians named with the diseases they treat, conference programmes, "
        "aggregate statistics, newsletters, blank forms, anonymised teaching cases, invoices, serial/lot/asset numbers (some "
        "checksum-valid), IT/facilities notices, job postings, committee notices, drug-shortage notices and research protocols "
        "without participants are not confidential. Positives list every finding type present; negatives list none.",
        "",
        "## Transports (computed from the parsed files)",
        "",
        f"- MIME types seen (parts): {_fmt(stats['ctype'])}",
        f"- Text charsets (parts): {_fmt(stats['charset'])}",
        f"- Content-Transfer-Encoding (leaf parts): {_fmt(stats['cte'])}",
        f"- Line endings (messages): {_fmt(stats['eol'])}",
        f"- Messages with RFC 2047 encoded headers: {stats['rfc2047']}; with RFC 2231 file names: {stats['rfc2231']}",
        "",
        "## Regenerate",
        "",
        "```",
        "python generate.py            # writes positive/, negative/, labels.json, README.md next to generate.py",
        "python generate.py --out DIR  # writes elsewhere",
        "python gen_check.py [DIR]     # self-check only",
        "```",
        "",
        "Requires Python 3 with python-stdnum, reportlab, python-docx and openpyxl. Output is deterministic "
        "(seed 7070; fixed dates in PDF/DOCX/XLSX/ZIP/ICS, fixed MIME boundaries). The generator ends with a self-check "
        "that re-parses every file, decodes every part and attachment, and verifies labels, NAM placement, checksum-valid "
        "SIN/OHIP/NISS/NIR and that no NAM holder's name appears in a negative.",
        "",
        "## Digest",
        "",
        "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
        "",
        f"`{dg}`",
        "",
    ]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
