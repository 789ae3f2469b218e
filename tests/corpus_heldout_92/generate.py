#!/usr/bin/env python3
"""Synthetic outbound-mail corpus (community and hospital pharmacy, Quebec and Ontario)
for measuring a DLP filter. Deterministic from SEED.

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere
"""
import argparse
import collections
import email
import email.policy
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_base  # noqa: E402
import gen_check  # noqa: E402
import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_plan  # noqa: E402

SEED = 9202
N_POS, N_NEG = 120, 180
FLAVOUR = ('community and hospital pharmacy (pharmacists\' questions to prescribers, medication reconciliation, '
           'dispensing errors, drug interactions, compounding, renewal requests, drug-shortage and recall notices, '
           'pharmacy invoices; Quebec and Ontario, about half French, half English)')


def render(items, kind, seed, nampool):
    out = []
    for i, (fn, lang) in enumerate(items, 1):
        rng = random.Random('%d-%s-%d' % (seed, kind, i))
        c = gen_base.Ctx(rng, lang, i, kind, nampool if kind == 'pos' else None)
        spec = fn(c)
        if kind == 'neg' and spec['types']:
            raise AssertionError('negative template produced types: %s' % spec['category'])
        raw = M.build_message(spec, rng, '%s%d' % (kind[0], i))
        raw = M.finalize(raw, crlf=rng.random() < 0.5)
        prefix = 'p' if kind == 'pos' else 'n'
        rel = '%s/%s%03d_%s.eml' % ('positive' if kind == 'pos' else 'negative', prefix, i, spec['category'])
        ordered = [t for t in gen_check.TYPES if t in spec['types']]
        label = {'confidential': kind == 'pos', 'types': ordered, 'lang': lang, 'note': spec['note']}
        out.append((rel, raw, label))
    return out


def transport_stats(out_dir, rels):
    st = collections.Counter()
    for rel in rels:
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            raw = fh.read()
        st['CRLF line endings' if b'\r\n' in raw else 'LF line endings'] += 1
        if re.search(rb'=\?[^?]+\?[QqBb]\?', raw):
            st['RFC 2047 encoded headers'] += 1
        if re.search(rb"filename\*(0\*)?=", raw):
            st['RFC 2231 file names'] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        st['top: ' + msg.get_content_type()] += 1
        seen = set()
        for part in msg.walk():
            ct = part.get_content_type()
            cs = part.get_content_charset()
            cte = (part.get('Content-Transfer-Encoding') or '').lower()
            if not part.is_multipart() or ct == 'message/rfc822':
                seen.add('part: ' + ct)
            if cs and ct.startswith('text/'):
                seen.add('charset: ' + cs)
            if cte:
                seen.add('cte: ' + cte)
        for s in seen:
            st[s] += 1
    return st


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out_dir = os.path.abspath(args.out)
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out_dir, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out_dir, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out_dir, sub, f))

    nampool = C.NamPool(random.Random('%d-nams' % SEED))
    pos_items = gen_plan.schedule(gen_plan.POS_PLAN, SEED, 'pos')
    neg_items = gen_plan.schedule(gen_plan.neg_plan(), SEED, 'neg')
    assert len(pos_items) == N_POS and len(neg_items) == N_NEG, (len(pos_items), len(neg_items))
    records = render(pos_items, 'pos', SEED, nampool) + render(neg_items, 'neg', SEED, None)

    labels = {}
    for rel, raw, label in records:
        with open(os.path.join(out_dir, rel), 'wb') as fh:
            fh.write(raw)
        labels[rel] = label
    with open(os.path.join(out_dir, 'labels.json'), 'wb') as fh:
        fh.write((json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + '\n').encode('utf-8'))

    errors, langs, types, npos, nneg = gen_check.run(out_dir, N_POS, N_NEG)
    rels = sorted(labels) + ['labels.json']
    digest = gen_check.digest(out_dir, rels)
    stats = transport_stats(out_dir, sorted(labels))
    write_readme(out_dir, langs, types, npos, nneg, stats, digest)
    print('files: %d positive, %d negative' % (npos, nneg))
    print('languages: ' + ', '.join('%s %s=%d' % ('pos' if k[0] else 'neg', k[1], v) for k, v in sorted(langs.items())))
    print('types: ' + ', '.join('%s=%d' % (t, types.get(t, 0)) for t in gen_check.TYPES))
    print('sha256: ' + digest)
    if errors:
        print('SELF-CHECK FAILED (%d):' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('self-check: OK')
    return 0


def write_readme(out_dir, langs, types, npos, nneg, stats, digest):
    fr = langs.get((True, 'fr'), 0) + langs.get((False, 'fr'), 0)
    en = langs.get((True, 'en'), 0) + langs.get((False, 'en'), 0)
    lines = [
        '# Held-out DLP corpus 92 — pharmacy mail (Quebec / Ontario)', '',
        'Flavour: ' + FLAVOUR + '.', '',
        'Seed: %d. Synthetic outbound e-mail of a health-care organisation, labelled confidential or not, to '
        'measure a data-loss-prevention filter. All people, institutions, addresses (`*.example`) and phone numbers '
        '(555-01xx) are invented; RAMQ NAMs come only from `../blind_nams.txt` and always with their holder.' % SEED, '',
        '## Layout', '',
        '- `positive/pNNN_<category>.eml` — %d confidential messages' % npos,
        '- `negative/nNNN_<category>.eml` — %d non-confidential (hard) messages' % nneg,
        '- `labels.json` — per file: `confidential`, `types`, `lang`, `note`',
        '- `generate.py` + `gen_common.py`, `gen_data.py`, `gen_mime.py`, `gen_attach.py`, `gen_base.py`, '
        '`gen_pos1-3.py`, `gen_neg1-3.py`, `gen_plan.py`, `gen_check.py` — the generator and its self-check', '',
        '## Counts', '',
        '| | fr | en | total |', '|---|---|---|---|',
        '| positive | %d | %d | %d |' % (langs.get((True, 'fr'), 0), langs.get((True, 'en'), 0), npos),
        '| negative | %d | %d | %d |' % (langs.get((False, 'fr'), 0), langs.get((False, 'en'), 0), nneg),
        '| all | %d | %d | %d |' % (fr, en, npos + nneg), '',
        'Finding types over positives (a message may carry several):', '',
        '| type | positives |', '|---|---|']
    for t in gen_check.TYPES:
        lines.append('| `%s` | %d |' % (t, types.get(t, 0)))
    lines += ['', '## Definition used', '',
              'A message is confidential when a reader could identify a patient (name in any written form — with or '
              'without title, surname first, lower case, initial plus surname — RAMQ NAM, SIN, Ontario health '
              'number, Belgian NISS, French NIR, or chart number / MRN, possibly with odd spacing, dots, slashes or '
              'full-width digits) and learn something personal, medical or social about them (diagnosis, symptoms, '
              'medication, lab result, procedure, appointment for care, birth date, home address or personal '
              'phone in a care context, social situation), anywhere: Subject, body, quoted reply, inline forward, '
              'attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or attachment file name.', '',
              'Not confidential: staff information (schedules, leave, occupational health, HR), physicians named '
              'with the diseases they treat, conference speakers and topics, aggregate statistics, newsletters, '
              'blank forms and templates, anonymised teaching cases, invoices and purchase orders, serial / lot / '
              'asset numbers (some pass a Luhn check), clinic phone numbers and addresses in signatures, IT and '
              'facilities mail, job postings, committee notices, drug-shortage and recall notices, research '
              'protocols without participants.', '',
              '## Transports used (number of messages)', '']
    for k in sorted(stats):
        lines.append('- %s: %d' % (k, stats[k]))
    lines += ['', '## Regenerate', '',
              '```', 'python generate.py            # writes next to generate.py',
              'python generate.py --out DIR  # writes elsewhere', '```', '',
              'Needs Python 3.11+, python-stdnum, reportlab, python-docx and openpyxl. Output is byte-identical '
              'between runs (fixed dates in ZIP, DOCX, XLSX and PDF). The run ends with a self-check that re-parses '
              'every file with `email.policy.default`, decodes every part and attachment, and checks labels, NAM '
              'placement, identifier validity (python-stdnum) and the absence of NAM holders from negatives.', '',
              '## Digest', '',
              'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted path, NUL, bytes, NUL):', '',
              '`%s`' % digest, '']
    with open(os.path.join(out_dir, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines))


if __name__ == '__main__':
    sys.exit(main())
