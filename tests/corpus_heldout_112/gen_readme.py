"""Step 9: README writer (counts, definition, transports, regeneration, digest)."""
import os

DEFINITION = """A message is **confidential** when a reader could identify a patient (name in any form — with or
without a title, surname first, lower case, initial plus surname —, RAMQ NAM, Canadian SIN, Ontario health
number, Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots,
slashes or full-width digits) **and** learn something personal, medical or social about that patient (diagnosis,
symptoms, medication, lab result, procedure, care appointment, birth date, home address or personal phone in a care
context, social situation such as housing, youth protection, income support or violence), anywhere in the message:
Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or
an attachment's file name.

**Not confidential**: staff information (schedules, leave, an employee's own occupational health, HR, payroll),
physicians named with the diseases they treat, conference speakers and topics, aggregate statistics, newsletters,
blank forms and templates, anonymised teaching cases, invoices and purchase orders, serial / lot / asset / donation
numbers (even when they pass a checksum), clinic phone numbers and addresses in signatures, IT and facilities mail,
job postings, committee notices, shortage notices, research protocols without participants' identities."""


def _tbl(counter):
    return '\n'.join('| `%s` | %d |' % (k, v) for k, v in sorted(counter.items()))


def write_readme(out, res, seed):
    c, langs, types, st = res['counts'], res['langs'], res['types'], res['transport']
    lines = ['# Held-out DLP corpus 112 — hospital blood bank and transfusion service', '',
             'Synthetic outbound e-mail of a fictional Québec hospital blood bank / transfusion service '
             '(crossmatch requests, antibody screens, transfusion reactions, Héma-Québec supply, patient blood management, '
             'hemovigilance) together with its ordinary administrative mail, in French and English. All people, '
             'institutions, addresses (`*.example` domains) and phone numbers (555-01xx) are invented; RAMQ NAMs come only '
             'from `../blind_nams.txt` and are always used with their holder\'s name, birth date and sex. SIN, Ontario '
             'health numbers, Belgian NISS and French NIR are generated and validated with python-stdnum.', '',
             '## Layout', '',
             '- `positive/pNNN_<category>.eml` — %d confidential messages' % c['positive'],
             '- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages' % c['negative'],
             '- `labels.json` — `{path: {confidential, types, lang, note}}` covering exactly the files',
             '- `generate.py` + `gen_common.py`, `gen_mime.py`, `gen_attach.py`, `gen_text.py`, `gen_pos1-3.py`, '
             '`gen_neg1-3.py`, `gen_check.py`, `gen_readme.py` — the generator', '',
             '## Counts', '', 'Files: %d (positive %d, negative %d)' % (res['files'], c['positive'], c['negative']), '',
             '| language | files |', '| --- | --- |', _tbl(langs), '',
             '| type (positives) | files |', '| --- | --- |', _tbl(types), '',
             '## Definition used', '', DEFINITION, '',
             '## Transports used', '']
    for k in sorted(st):
        lines.append('- %s: %s' % (k, ', '.join('%s %d' % (a, b) for a, b in sorted(st[k].items()))))
    lines += ['', 'Bodies are plain text, HTML-only or multipart/alternative; attachments travel in multipart/mixed '
              '(PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, message/rfc822). Headers with non-ASCII text are RFC 2047 '
              'encoded (B and Q, UTF-8 and ISO-8859-1); non-ASCII file names use RFC 2231 (single and continued), '
              'some with an RFC 2047 `name=` as mail clients do.', '',
              '## Regenerate', '', '```', 'python generate.py            # writes next to generate.py',
              'python generate.py --out DIR  # writes elsewhere', '```', '',
              'Deterministic from seed %d (standard library, python-stdnum, reportlab, python-docx, openpyxl; fixed '
              'timestamps in ZIP/DOCX/XLSX/PDF). The run ends with the self-check (`python gen_check.py DIR` repeats it): '
              're-parse with `email.policy.default`, decode every part, labels cover exactly the files, NAMs appear '
              'exactly in the positives labelled `ramq_nam`, each SIN / NISS / NIR / health-number label matches a valid '
              'number, no NAM holder\'s name in a negative.' % seed, '',
              '## Digest', '',
              'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):', '',
              '`%s`' % res['digest'], '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))
