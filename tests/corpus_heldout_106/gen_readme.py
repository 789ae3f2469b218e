"""Write README.md from the self-check results."""
import os

from gen_check import ALLOWED


def write_readme(out, res, seed):
    langs = res["langs"]
    lp = lambda side, l: langs.get((side, l), 0)  # noqa: E731
    t = res["types"]
    tr = res["transport"]
    lines = [
        "# Held-out DLP corpus 106 — telehealth and virtual care",
        "",
        "Synthetic, labelled outbound e-mail from a health-care organisation, for measuring a DLP filter that decides",
        "whether each message is confidential. Flavour: **telehealth and virtual care** — video-visit links and",
        "calendar invitations, remote-monitoring alerts and exports, patient-portal messages, e-consult requests and",
        "replies, tele-dermatology photos, IT support for virtual clinics — plus the usual hospital mail around them.",
        "All people, numbers, institutions, `*.example` domains and 555-01xx phone numbers are invented; RAMQ NAMs come",
        "only from `../blind_nams.txt` and are always used with their holder's name, birth date and sex.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages" % res["npos"],
        "- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)" % res["nneg"],
        "- `labels.json` — `{path: {confidential, types, lang, note}}` covering exactly the files",
        "- `generate.py` + `gen_*.py` — the generator (`gen_common` identifiers and pools, `gen_text` signatures,",
        "  `gen_clin` clinical vocabulary, `gen_attach` PDF/DOCX/XLSX/ZIP/ICS/vCard/PNG, `gen_mime` + `gen_compose`",
        "  MIME serialisation, `gen_pos_[abc]` positives, `gen_neg_[abc]` negatives, `gen_check` self-check)",
        "",
        "## Counts",
        "",
        "| | fr | en | total |",
        "|---|---|---|---|",
        "| positive | %d | %d | %d |" % (lp("pos", "fr"), lp("pos", "en"), res["npos"]),
        "| negative | %d | %d | %d |" % (lp("neg", "fr"), lp("neg", "en"), res["nneg"]),
        "",
        "Finding types over positives (a message may carry several):",
        "",
        "| type | messages |",
        "|---|---|",
    ]
    lines += ["| `%s` | %d |" % (k, t[k]) for k in ALLOWED]
    lines += [
        "",
        "## Definition used",
        "",
        "A message is **confidential** when a reader could identify a patient (name in any form — with or without",
        "title, surname first, lower case, initial + surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS,",
        "French NIR, or chart number / MRN, possibly disguised with spacing, dots, slashes or full-width digits) **and**",
        "learn something personal, medical or social about them (diagnosis, symptoms, medication, lab result, procedure,",
        "appointment for care, birth date, home address or personal phone in a care context, social situation), anywhere",
        "in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP,",
        "attached .eml) or an attachment's file name.",
        "",
        "Not confidential: staff information (schedules, leave, an employee's own occupational health, HR, payroll),",
        "physicians named with the diseases they treat, conference speakers and topics, aggregate statistics,",
        "newsletters, blank forms and templates, de-identified teaching cases, invoices and purchase orders, serial / lot",
        "/ asset numbers (even checksum-valid ones), clinic phone numbers and addresses in signatures, IT and facilities",
        "mail, job postings, committee notices, drug-shortage notices, recalls, research protocols without participants.",
        "",
        "## Transports used",
        "",
        "Plain text, HTML-only (some with numeric character entities), multipart/alternative, multipart/mixed with",
        "attachments, message/rfc822; charsets utf-8, us-ascii, iso-8859-1, windows-1252; 7bit, 8bit,",
        "quoted-printable, base64; CRLF and LF line endings; RFC 2047 encoded headers (B and Q) and a few raw UTF-8",
        "headers; RFC 2231 file names (single and continued) and RFC 2047-encoded file names.",
        "",
        "Self-check tallies: %d CRLF / %d LF files; %d with RFC 2047 headers; %d with RFC 2231 parameters." % (
            tr["crlf"], tr["lf"], tr["rfc2047"], tr["rfc2231"]),
        "Leaf transfer encodings: %s." % ", ".join("%s=%d" % kv for kv in sorted(res["cte"].items())),
        "Charsets: %s." % ", ".join("%s=%d" % kv for kv in sorted(res["charset"].items())),
        "",
        "## Regenerate",
        "",
        "```",
        "python generate.py            # writes next to generate.py (seed %d)" % seed,
        "python generate.py --out DIR  # writes elsewhere",
        "```",
        "",
        "Requires python-stdnum, reportlab, python-docx and openpyxl. Output is byte-identical between runs (fixed",
        "timestamps in ZIP/DOCX/XLSX/PDF, seeded RNG). The generator re-parses every file, decodes every part and",
        "attachment, and checks labels, identifiers and NAM-holder rules before printing the counts and digest.",
        "",
        "## Digest",
        "",
        "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json`, in sorted path order, each as",
        "path, NUL, bytes, NUL:",
        "",
        "`%s`" % res["digest"],
        "",
    ]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
