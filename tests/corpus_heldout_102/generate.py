#!/usr/bin/env python3
"""Synthetic labelled DLP corpus — gastroenterology and endoscopy unit.

Deterministic from SEED.  `python generate.py` writes next to itself; `--out DIR` writes elsewhere.
Modules: gen_ids (identifiers, people), gen_common (context, signatures, transports), gen_mime (MIME composer),
gen_docs (PDF/DOCX/XLSX/ZIP/ICS/vCard), gen_pos_a/b/c (positives), gen_neg_a/b/c (negatives), gen_check (self-check).
"""
import argparse
import email
import email.policy
import glob
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
from gen_common import Ctx  # noqa: E402

SEED = 10204
FLAVOUR = ('gastroenterology and endoscopy unit (colonoscopy scheduling, bowel prep instructions, pathology results, '
           'IBD clinic, hepatology, screening program letters)')

POS_PLAN = [
    (PA.p_referral, 5), (PA.p_booking_patient, 5), (PA.p_prep_pharmacy, 4), (PA.p_path_results, 5),
    (PA.p_screening_letter, 5), (PA.p_day_list, 4), (PA.p_signout, 4), (PA.p_transport, 3), (PA.p_waitlist_csv, 3),
    (PA.p_ics, 4),
    (PB.p_ibd, 5), (PB.p_hepatology, 5), (PB.p_hcv, 3), (PB.p_patient_fwd, 5), (PB.p_quoted_reply, 5),
    (PB.p_subject_only, 4), (PB.p_filename_only, 4), (PB.p_mrn_only, 4), (PB.p_results_gp, 4), (PB.p_postpolyp, 3),
    (PB.p_interpreter, 1),
    (PC.p_fr_nir, 4), (PC.p_be_niss, 4), (PC.p_ohip, 5), (PC.p_sin, 5), (PC.p_youth, 3), (PC.p_discharge, 4),
    (PC.p_vcard, 3), (PC.p_eml_attached, 4), (PC.p_zip, 3),
]
NEG_PLAN = [
    (NA.n_oncall, 6), (NA.n_leave, 5), (NA.n_occ_health, 5), (NA.n_payroll, 4), (NA.n_job, 6), (NA.n_newsletter, 6),
    (NA.n_invoice, 6), (NA.n_recall, 5), (NA.n_conference, 6), (NA.n_committee, 6), (NA.n_it, 6),
    (NB.n_stats, 6), (NB.n_blank_form, 6), (NB.n_teaching, 6), (NB.n_leaflet, 5), (NB.n_shortage, 6),
    (NB.n_facilities, 5), (NB.n_research, 5), (NB.n_directory, 4), (NB.n_training, 5), (NB.n_privacy, 3),
    (NB.n_reprocessing, 5), (NB.n_survey, 3), (NB.n_vendor_ics, 4), (NB.n_vcard_staff, 4), (NB.n_inventory, 5),
    (NC.n_coverage, 5), (NC.n_guideline, 3), (NC.n_lab_notice, 4), (NC.n_path_tat, 3), (NC.n_rotation, 4),
    (NC.n_welcome, 3), (NC.n_foundation, 4), (NC.n_blank_list, 3), (NC.n_fwd_eml, 4), (NC.n_minutes, 4),
    (NC.n_billing, 4), (NC.n_screening_aggregate, 3), (NC.n_staff_sick, 3),
]


def expand(plan, rng):
    calls = [f for f, n in plan for _ in range(n)]
    rng.shuffle(calls)
    return calls


def render(c, fn):
    date = c.date()
    d = fn(c)
    d['date'] = date
    dom = d['frm'][1].split('@')[1]
    d['msgid'] = c.msgid(dom)
    data = M.build(d, c.rng)
    # round-trip: headers must decode to exactly what was written
    m = email.message_from_bytes(data, policy=email.policy.default)
    assert str(m['Subject']) == d['subject'], (str(m['Subject']), d['subject'])
    assert m['From'].addresses[0].display_name == d['frm'][0].replace('"', ''), (m['From'].addresses[0].display_name, d['frm'][0])
    for a, (n, _) in zip(m['To'].addresses, d['to']):
        assert a.display_name == n.replace('"', ''), (a.display_name, n)
    return d, data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    rng = random.Random(SEED)
    c = Ctx(rng)
    pos_calls = expand(POS_PLAN, rng)
    neg_calls = expand(NEG_PLAN, rng)
    assert len(pos_calls) == 120 and len(neg_calls) == 180

    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for old in glob.glob(os.path.join(out, sub, '*.eml')):
            os.remove(old)

    labels = {}
    for prefix, sub, calls, conf in (('p', 'positive', pos_calls, True), ('n', 'negative', neg_calls, False)):
        for i, fn in enumerate(calls, 1):
            d, data = render(c, fn)
            rel = '%s/%s%03d_%s.eml' % (sub, prefix, i, d['cat'])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': conf, 'types': d['types'], 'lang': d['lang'], 'note': d['note']}

    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write('\n')

    errors, npos, nneg, lang_c, type_c = gen_check.run_checks(out, extra_neg_names=c.patient_names)
    dig = gen_check.digest(out)
    write_readme(out, npos, nneg, lang_c, type_c, labels, dig)
    if errors:
        for e in errors:
            print('ERROR', e)
        sys.exit(1)
    print('files: %d (positive %d, negative %d)' % (npos + nneg, npos, nneg))
    print('languages: %s' % ', '.join('%s %d' % kv for kv in sorted(lang_c.items())))
    print('types: %s' % ', '.join('%s %d' % kv for kv in sorted(type_c.items())))
    print('sha256: %s' % dig)


def write_readme(out, npos, nneg, lang_c, type_c, labels, dig):
    def lang_split(prefix):
        d = {}
        for k, v in labels.items():
            if k.startswith(prefix):
                d[v['lang']] = d.get(v['lang'], 0) + 1
        return ', '.join('%s %d' % kv for kv in sorted(d.items()))

    lines = [
        '# Held-out DLP corpus 102 — gastroenterology and endoscopy unit', '',
        'Flavour: %s.' % FLAVOUR, '',
        'Synthetic outbound e-mail of a (fictitious) Quebec health-care organisation, labelled for a data-loss-prevention '
        'filter that decides whether each message is confidential. Every person, institution, domain (`*.example`) and '
        'phone number (555-01xx) is invented; RAMQ NAMs come only from `../blind_nams.txt` and always travel with their holder.', '',
        '## Layout', '',
        '- `positive/pNNN_<category>.eml` — %d confidential messages' % npos,
        '- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages' % nneg,
        '- `labels.json` — `{path: {confidential, types, lang, note}}` covering exactly the files',
        '- `generate.py` + `gen_*.py` — the deterministic generator (seed %d)' % SEED, '',
        '## Counts', '',
        '- Languages, all: %s' % ', '.join('%s %d' % kv for kv in sorted(lang_c.items())),
        '- Languages, positives: %s; negatives: %s' % (lang_split('positive/'), lang_split('negative/')),
        '- Finding types (number of positives listing each):', '',
    ]
    for k, v in sorted(type_c.items()):
        lines.append('  - `%s`: %d' % (k, v))
    lines += [
        '', '## Definition used', '',
        'A message is confidential when a reader could identify a patient (name in any written form, RAMQ NAM, SIN, Ontario '
        'health number, Belgian NISS, French NIR, chart number/MRN — possibly disguised with spacing, dots, slashes, lower case '
        'or full-width characters) and learn something personal, medical or social about them (diagnosis, symptoms, medication, '
        'lab or pathology result, procedure or appointment, birth date, home address or personal phone in a care context, social '
        'situation), anywhere: Subject, body, quoted history, inline forward, attachment or attachment file name. Staff '
        'information (schedules, leave, occupational health, payroll), physicians named with the diseases they treat, speakers, '
        'aggregate statistics, newsletters, blank forms, anonymised teaching cases, invoices, serial/lot/asset numbers (even '
        'checksum-valid), signatures, IT/facilities mail, job postings, committee notices, drug shortages and research protocols '
        'without participants are not confidential.', '',
        '## Transports used', '',
        'text/plain, HTML-only, multipart/alternative, multipart/mixed with PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached '
        '`.eml` (message/rfc822 and application/octet-stream); charsets utf-8, us-ascii, iso-8859-1, windows-1252; 7bit, 8bit, '
        'quoted-printable, base64; CRLF and LF line endings; RFC 2047 (B and Q) headers; RFC 2231 file names (single and '
        'continued) and RFC 2047-style quoted file names.', '',
        '## Regenerate', '',
        '```', '/path/to/python generate.py            # writes next to generate.py', '/path/to/python generate.py --out DIR  # elsewhere', '```', '',
        'Requires the standard library plus python-stdnum, reportlab, python-docx and openpyxl. Timestamps inside PDF, DOCX, '
        'XLSX and ZIP are fixed, so two runs give identical bytes. The generator re-parses every message with '
        '`email.policy.default`, decodes every part and attachment, and checks the labels before printing counts and the digest.', '',
        '## Digest', '',
        'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):', '',
        '`%s`' % dig, '',
    ]
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))


if __name__ == '__main__':
    main()
