"""README writer."""
import os
from collections import Counter

from gen_check import TYPES


def write_readme(out, seed, labels, counts, tcount, transports, dg):
    lang = Counter()
    for rel, lab in labels.items():
        lang[(rel.split("/")[0], lab["lang"])] += 1
    used = Counter()
    for _kind, tr in transports:
        used["line endings: " + ("CRLF" if tr["nl"] == "\r\n" else "LF")] += 1
        for u in tr.get("used", ()):
            used[u] += 1
    cats = Counter(rel.split("_", 1)[1][:-4] for rel in labels)
    lines = [
        "# Synthetic DLP test corpus — respiratory therapy and home respiratory care (heldout 88)",
        "",
        "Outbound e-mail of an invented Québec health-care organisation: home oxygen and CPAP/BiPAP",
        "programmes, sleep clinic (polysomnography reports), pulmonary function lab, long-term home",
        "ventilation, equipment vendors' delivery/rental mail (about patients and about stock), respiratory",
        "therapists' visit notes, asthma and COPD education centres and pulmonary rehabilitation; plus",
        "harmless mail about equipment recalls, maintenance, staff schedules, vendor contracts and",
        "continuing education.  About 60 % French-Canadian, 40 % English.  All people, institutions,",
        "numbers and addresses are invented (`*.example` domains, 555-01xx phone numbers); RAMQ NAMs",
        "come only from `../blind_nams.txt` and are always used with their holder.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages" % counts["positive"],
        "- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)" % counts["negative"],
        "- `labels.json` — `{path: {confidential, types, lang, note}}` covering exactly the files",
        "- `generate.py` + `gen_*.py` — the generator (`gen_util` people and identifiers, `gen_clin`",
        "  clinical vocabulary, `gen_attach` PDF/DOCX/XLSX/ZIP/ICS/vCard/CSV, `gen_mime` MIME writer,",
        "  `gen_base` message helpers, `gen_pos_*` / `gen_neg_*` templates, `gen_check` self-check,",
        "  `gen_readme` this file)",
        "",
        "## Counts",
        "",
        "| | fr | en | total |",
        "|---|---|---|---|",
        "| positive | %d | %d | %d |" % (lang[("positive", "fr")], lang[("positive", "en")], counts["positive"]),
        "| negative | %d | %d | %d |" % (lang[("negative", "fr")], lang[("negative", "en")], counts["negative"]),
        "| all | %d | %d | %d |" % (counts.get("fr", 0), counts.get("en", 0), counts["files"]),
        "",
        "Finding types (number of positive messages labelled with each):",
        "",
    ]
    lines += ["- `%s`: %d" % (t, tcount.get(t, 0)) for t in TYPES]
    lines += [
        "",
        "Categories: " + ", ".join("%s (%d)" % (c, n) for c, n in sorted(cats.items())),
        "",
        "## Definition used",
        "",
        "A message is confidential when a reader could identify a patient (name in any written form —",
        "with or without title, surname first, lower case, initial plus surname —, RAMQ NAM, Canadian SIN,",
        "Ontario health number, Belgian NISS, French NIR, or a chart number/MRN, including disguised",
        "spacing, dots, slashes and full-width digits) and learn something personal, medical or social",
        "about that patient (diagnosis, symptoms, medication, results, care appointment, birth date, home",
        "address/phone in a care context, social situation), anywhere in the message: headers, body, quoted",
        "or forwarded text, attachments (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an",
        "attachment's file name.  Staff information (schedules, leave, occupational health, payroll),",
        "physicians named with the diseases they treat, speakers and topics, aggregate statistics,",
        "newsletters, blank forms, anonymised teaching cases, invoices, purchase orders, serial/lot/asset",
        "numbers (even checksum-valid ones), clinic contact details, IT/facilities mail, job postings,",
        "committee notices, drug-shortage notices and research protocols without participants are not",
        "confidential.",
        "",
        "## Transports used",
        "",
        "Plain text, HTML-only, multipart/alternative (including text/calendar invitations),",
        "multipart/mixed with attachments, attached message/rfc822; charsets utf-8, us-ascii, iso-8859-1,",
        "windows-1252; 7bit, 8bit, quoted-printable and base64; CRLF and LF line endings; RFC 2047 encoded",
        "headers; RFC 2231 (and RFC 2047-style) attachment file names.  Message counts per feature:",
        "",
    ]
    lines += ["- %s: %d" % (k, v) for k, v in sorted(used.items())]
    lines += [
        "",
        "## Regenerate",
        "",
        "```",
        "python generate.py            # writes here (seed %d)" % seed,
        "python generate.py --out DIR  # writes elsewhere",
        "```",
        "",
        "The generator re-parses every file with `email.policy.default`, decodes every part (PDF, DOCX,",
        "XLSX, ZIP, attached .eml), checks the labels, NAM placement, identifier validity (python-stdnum)",
        "and that no NAM holder's name appears in a negative, then prints counts and the digest.",
        "",
        "## Digest",
        "",
        "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL,",
        "file bytes, NUL):",
        "",
        "    %s" % dg,
        "",
    ]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
