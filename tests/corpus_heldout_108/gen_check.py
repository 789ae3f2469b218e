"""Self-check: re-parse every file, decode every part (PDF, DOCX, XLSX, ZIP,
CSV, ICS, vCard, attached messages), verify labels against the decoded text,
then compute the digest."""
import email
import email.policy
import glob
import hashlib
import os
import re
from collections import Counter

import gen_files as F
import gen_ids as I

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name', 'diagnosis',
         'medication', 'lab_result', 'patient_contact', 'social_information']
NUMBER_TYPES = ['ca_sin', 'ca_health_number', 'be_niss', 'fr_nir']


def message_text(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = []
    for part in msg.walk():
        for h in ('Subject', 'From', 'To', 'Cc'):
            if part.get(h) is not None:
                out.append(f'{h}: {part[h]}')
        fname = part.get_filename()
        if fname:
            out.append(f'[file] {fname}')
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype == 'message/rfc822':
            continue
        content = part.get_content()
        if isinstance(content, str):
            out.append(content)
        elif isinstance(content, bytes):
            out.append(F.file_text(fname or '', content))
    return '\n'.join(out)


def holder_name_patterns(holders):
    pats = []
    for h in holders:
        g, s = I.strip_accents(h.given).lower(), I.strip_accents(h.surname).lower()
        pats.append(re.compile(rf'\b({re.escape(g)}\W+{re.escape(s)}|{re.escape(s)}\W+{re.escape(g)})\b'))
    surnames = sorted({I.strip_accents(h.surname).lower() for h in holders})
    return pats, re.compile(r'\b(' + '|'.join(re.escape(s) for s in surnames) + r')\b')


def digest(out):
    paths = sorted([os.path.relpath(p, out) for p in glob.glob(os.path.join(out, 'positive', '*.eml'))] +
                   [os.path.relpath(p, out) for p in glob.glob(os.path.join(out, 'negative', '*.eml'))] + ['labels.json'])
    h = hashlib.sha256()
    for rel in paths:
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.replace(os.sep, '/').encode('utf-8'))
        h.update(b'\0')
        h.update(data)
        h.update(b'\0')
    return h.hexdigest()


def run(out, labels, expected_ids, holders):
    errors = []
    files = sorted([os.path.relpath(p, out).replace(os.sep, '/') for p in glob.glob(os.path.join(out, 'positive', '*.eml'))] +
                   [os.path.relpath(p, out).replace(os.sep, '/') for p in glob.glob(os.path.join(out, 'negative', '*.eml'))])
    if set(files) != set(labels):
        errors.append(f'labels/files mismatch: {sorted(set(files) ^ set(labels))[:5]}')
    npos = sum(1 for f in files if f.startswith('positive/'))
    nneg = sum(1 for f in files if f.startswith('negative/'))
    if (npos, nneg) != (120, 180):
        errors.append(f'counts {npos}/{nneg}')
    name_pats, surname_pat = holder_name_patterns(holders)
    nams = [h.nam for h in holders]
    langs, types = Counter(), Counter()
    for rel in files:
        lab = labels[rel]
        with open(os.path.join(out, rel), 'rb') as fh:
            text = message_text(fh.read())
        up = I.alnum_upper(text)
        found_nams = [n for n in nams if n in up]
        pos = rel.startswith('positive/')
        langs[lab['lang']] += 1
        if lab['lang'] not in ('fr', 'en'):
            errors.append(f'{rel}: lang')
        bad = [t for t in lab['types'] if t not in TYPES]
        if bad:
            errors.append(f'{rel}: unknown types {bad}')
        if pos:
            if not lab['confidential'] or not lab['types']:
                errors.append(f'{rel}: positive without types')
            for t in lab['types']:
                types[t] += 1
            if ('ramq_nam' in lab['types']) != bool(found_nams):
                errors.append(f'{rel}: ramq_nam label {"ramq_nam" in lab["types"]} but NAMs found {found_nams}')
            for t in NUMBER_TYPES:
                if t in lab['types']:
                    valid = I.find_valid(t, text)
                    if not valid:
                        errors.append(f'{rel}: {t} labelled but no valid number')
                    for want in expected_ids.get(rel, {}).get(t, []):
                        if want not in valid:
                            errors.append(f'{rel}: expected {t} {want} not found')
                elif expected_ids.get(rel, {}).get(t):
                    errors.append(f'{rel}: {t} present but not labelled')
        else:
            if lab['confidential'] or lab['types']:
                errors.append(f'{rel}: negative with types')
            if found_nams:
                errors.append(f'{rel}: NAM in negative')
            low = I.strip_accents(text).lower()
            for p in name_pats:
                m = p.search(low)
                if m:
                    errors.append(f'{rel}: NAM holder name in negative: {m.group(0)}')
            m = surname_pat.search(low)
            if m:
                errors.append(f'{rel}: NAM-list surname in negative: {m.group(0)}')
    return errors, langs, types, npos, nneg
