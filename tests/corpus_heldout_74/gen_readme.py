"""README writer."""
import os

TRANSPORTS = ('plain text, HTML-only, multipart/alternative, multipart/mixed with attachments (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP), '
              'message/rfc822; charsets utf-8, us-ascii, iso-8859-1, windows-1252; Content-Transfer-Encoding 7bit, 8bit, '
              'quoted-printable, base64; CRLF and LF line endings; RFC 2047 encoded headers (B and Q); RFC 2231 and RFC 2047 file names')


def write(out, stats, digest):
    langs = stats['langs']
    types = stats['types']
    feats = stats['feats']
    L = ['# Held-out DLP corpus 74 — clinic secretaries, clerks and the CRDS', '',
         'Flavour: medical secretaries and clerks of a multi-specialty clinic and a regional referral centre (CRDS): booking and '
         'rescheduling, wait lists, referral forms, faxes turned into e-mail, appointment reminders, insurance and sick-note requests, '
         'interpreters, reception desks. French-Canadian and English about evenly. All people, organisations, `*.example` domains and '
         '555-01xx phone numbers are invented; RAMQ NAMs come only from `../blind_nams.txt`, always with their holder.', '',
         '## Layout', '',
         f"- `positive/pNNN_<category>.eml` — {stats['npos']} confidential messages",
         f"- `negative/nNNN_<category>.eml` — {stats['nneg']} non-confidential (hard) messages",
         '- `labels.json` — `{path: {confidential, types, lang, note}}` for exactly these files',
         '- `generate.py` + `gen_ids.py`, `gen_people.py`, `gen_common.py`, `gen_files.py`, `gen_mime.py`, `gen_pos_a/b/c.py`, '
         '`gen_neg_a/b/c.py`, `gen_check.py`, `gen_readme.py`', '',
         '## Counts', '',
         f"Languages: " + ', '.join(f"{k} {v}" for k, v in sorted(langs.items()) if ':' not in k) + ' (' +
         ', '.join(f"{k} {v}" for k, v in sorted(langs.items()) if ':' in k) + ')', '',
         'Finding types over positives:', '']
    L += [f"- `{k}`: {v}" for k, v in sorted(types.items())]
    L += ['', 'Transport features (messages having each):', '']
    L += [f"- {k}: {v}" for k, v in sorted(feats.items())]
    L += ['', '## Definition used', '',
          'A message is confidential when a reader could identify a patient (name in any form — with or without title, surname first, '
          'lower case, initial plus surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR or chart number / MRN, '
          'possibly disguised with odd spacing, dots, slashes or full-width digits) and learn something personal, medical or social '
          'about them, anywhere: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, '
          'attached .eml) or an attachment\'s file name. Staff information, physicians with the diseases they treat, conference '
          'programmes, aggregate statistics, newsletters, blank forms and templates, de-identified teaching cases, invoices, purchase '
          'orders, serial / lot / asset numbers, clinic contact details, IT and facilities mail, job postings, committee notices, '
          'drug-shortage notices and research protocols without participants are not confidential.', '',
          '## Transports used', '', TRANSPORTS + '.', '',
          '## Regenerate', '',
          '```', 'python generate.py            # writes next to generate.py', 'python generate.py --out DIR  # writes elsewhere', '```', '',
          'Seed 7474. Needs the standard library plus python-stdnum, reportlab, python-docx and openpyxl. ZIP/DOCX/XLSX/PDF use fixed '
          'timestamps, so two runs give identical bytes. The generator runs the self-check (re-parse, decode every part, label and '
          'identifier checks) and prints counts and the digest.', '',
          '## Digest', '',
          'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json`, in sorted path order, each as path, NUL, bytes, NUL:', '',
          f"`{digest}`", '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))
