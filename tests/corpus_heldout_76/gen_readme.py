"""Writes README.md from the self-check results."""
import os

from gen_check import ALL_TYPES

FEATURE_NAMES = [
    ("single:text/plain", "single-part text/plain"), ("single:text/html", "single-part text/html (HTML-only)"),
    ("multipart/alternative", "multipart/alternative (text + HTML)"),
    ("multipart/mixed", "multipart/mixed with attachments (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, PNG)"),
    ("message/rfc822", "message/rfc822 (attached .eml)"),
    ("charset:utf-8", "charset utf-8"), ("charset:us-ascii", "charset us-ascii"),
    ("charset:iso-8859-1", "charset iso-8859-1"), ("charset:windows-1252", "charset windows-1252"),
    ("cte:7bit", "7bit"), ("cte:8bit", "8bit"), ("cte:quoted-printable", "quoted-printable"), ("cte:base64", "base64"),
    ("crlf", "CRLF line endings"), ("lf", "LF line endings"),
    ("rfc2047", "RFC 2047 encoded headers"), ("rfc2231", "RFC 2231 file names (incl. continuations)"),
]


def write_readme(out, res, seed):
    c = res["counts"]
    t = res["types"]
    f = res["features"]
    lines = [
        "# Held-out corpus 76 — surgery and perioperative care (Quebec regional hospital)",
        "",
        "Synthetic, labelled outbound e-mail of a fictitious Quebec regional hospital (Hôpital régional de",
        "Rivière-aux-Saules, CISSS de la Haute-Laurentie) for measuring a DLP filter that decides whether a message is",
        "confidential.",
        "",
        "**Flavour:** surgery and perioperative care — OR booking and surgical wait lists, pre-operative anaesthesia",
        "clinic, day surgery, post-operative follow-up and wound care, surgeons' office secretaries, OR nurses' handover;",
        "hard negatives from sterile processing (MDRD/URDM), OR staff scheduling, equipment and implant recalls, surgical",
        "conferences and M&M rounds without identifiable patients. French-Canadian mostly, about a third English.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages" % c["positive"],
        "- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)" % c["negative"],
        "- `labels.json` — `{path: {confidential, types, lang, note}}` for exactly those files",
        "- `generate.py` + `gen_common.py`, `gen_mime.py`, `gen_attach.py`, `gen_ctx.py`, `gen_pos_a.py`, `gen_pos_b.py`,",
        "  `gen_neg_a.py`, `gen_neg_b.py`, `gen_check.py`, `gen_readme.py` — the generator and its self-check",
        "",
        "## Counts",
        "",
        "| | fr | en | total |",
        "| --- | ---: | ---: | ---: |",
        "| positive | %d | %d | %d |" % (res["pos_lang"]["fr"], res["pos_lang"]["en"], c["positive"]),
        "| negative | %d | %d | %d |" % (res["neg_lang"]["fr"], res["neg_lang"]["en"], c["negative"]),
        "| total | %d | %d | %d |" % (c["fr"], c["en"], c["positive"] + c["negative"]),
        "",
        "Finding types over the positives (a message may carry several):",
        "",
        "| type | messages |",
        "| --- | ---: |",
    ]
    for ty in ALL_TYPES:
        lines.append("| `%s` | %d |" % (ty, t.get(ty, 0)))
    lines += [
        "",
        "## Definition used",
        "",
        "A message is **confidential** when a reader could identify a patient (name in any form — with or without title,",
        "surname first, lower case, initial + surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR,",
        "or hospital chart number, possibly disguised with spaces, dots, slashes or full-width characters) **and** learn",
        "something personal, medical or social about them, anywhere in the message: Subject, body, quoted reply, inline",
        "forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.",
        "",
        "Not confidential: staff information (schedules, leave, occupational health, HR, payroll), physicians named with",
        "the conditions they treat, conference speakers and topics, aggregate statistics, newsletters, blank forms and",
        "templates, de-identified teaching and M&M cases, invoices and purchase orders, serial / lot / asset / catalogue",
        "numbers (some pass a Luhn checksum on purpose), clinic numbers in signatures, IT and facilities mail, job",
        "postings, committee notices, drug-shortage notices, research protocols without participants.",
        "",
        "RAMQ NAMs come only from `../blind_nams.txt` and are always used for their own holder (same name, birth date",
        "and sex wherever shown; some messages carry the NAM alone); no NAM holder's name appears in a negative. SIN, Ontario health numbers, NISS and NIR are generated valid and",
        "checked with python-stdnum. Everything else (people, places, `*.example` domains, 555-01xx phones) is invented.",
        "",
        "## Transports used",
        "",
        "Messages per feature (a message counts once per feature):",
        "",
    ]
    for key, label in FEATURE_NAMES:
        lines.append("- %s: %d" % (label, f.get(key, 0)))
    lines += [
        "",
        "## Regenerate",
        "",
        "```",
        "python generate.py            # writes next to generate.py",
        "python generate.py --out DIR  # writes elsewhere",
        "```",
        "",
        "Deterministic from seed %d (standard library + python-stdnum, reportlab, python-docx, openpyxl; fixed" % seed,
        "timestamps inside ZIP/DOCX/XLSX/PDF). The generator re-parses every file with",
        "`email.message_from_bytes(..., policy=email.policy.default)`, decodes every part and attachment, checks the",
        "labels, then prints the counts and the digest.",
        "",
        "## Digest",
        "",
        "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json`, in sorted path order, each as",
        "path, NUL, bytes, NUL:",
        "",
        "```",
        res["digest"],
        "```",
        "",
    ]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
