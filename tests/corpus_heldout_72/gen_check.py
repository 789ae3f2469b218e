"""Self-check of the generated corpus + digest."""
import email
import email.policy
import hashlib
import json
import os
import re
import sys
import unicodedata

from stdnum import luhn
from stdnum.be import nn as std_nn
from stdnum.be import ssn as std_bessn
from stdnum.ca import sin as std_sin
from stdnum.fr import nir as std_nir

import gen_common as C
from gen_extract import file_text, strip_accents

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


def digest(out):
    h = hashlib.sha256()
    paths = sorted([os.path.join('positive', f) for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml')] +
                   [os.path.join('negative', f) for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml')] +
                   ['labels.json'])
    for p in paths:
        with open(os.path.join(out, p), 'rb') as f:
            data = f.read()
        h.update(p.replace(os.sep, '/').encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()


def number_candidates(text):
    """All digit strings formed from runs of digit groups separated by single separators."""
    text = unicodedata.normalize('NFKC', text)
    out = set()
    for m in re.finditer(r'\d+(?:[ .\-/]\d+)*', text):
        groups = re.split(r'[ .\-/]', m.group(0))
        for i in range(len(groups)):
            s = ''
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 15:
                    break
                out.add(s)
    return out


def has_valid(types, cands):
    found = {}
    found['ca_sin'] = any(len(s) == 9 and std_sin.is_valid(s) for s in cands)
    found['ca_health_number'] = any(len(s) == 10 and s[0] != '0' and luhn.is_valid(s) for s in cands)
    found['be_niss'] = any(len(s) == 11 and (std_bessn.is_valid(s) or std_nn.is_valid(s)) for s in cands)
    found['fr_nir'] = any(len(s) == 15 and std_nir.is_valid(s) for s in cands)
    return found


def holder_name_patterns():
    pats = []
    for p in C.HOLDERS:
        g = re.escape(strip_accents(p.given).lower())
        s = re.escape(strip_accents(p.surname).lower())
        g0 = re.escape(strip_accents(p.given)[0].lower())
        pats.append((p, re.compile(r'\b(%s[\s,]+%s|%s[\s,]+%s|%s\.\s*%s)\b' % (g, s, s, g, g0, s))))
    return pats


def run(out, verbose=True):
    errors = []
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as f:
        labels = json.load(f)
    files = sorted([os.path.join('positive', f).replace(os.sep, '/') for f in os.listdir(os.path.join(out, 'positive'))] +
                   [os.path.join('negative', f).replace(os.sep, '/') for f in os.listdir(os.path.join(out, 'negative'))])
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    npos = sum(1 for f in files if f.startswith('positive/'))
    nneg = sum(1 for f in files if f.startswith('negative/'))
    if npos != 120 or nneg != 180:
        errors.append('counts %d/%d' % (npos, nneg))
    nams = [p.nam for p in C.HOLDERS]
    pats = holder_name_patterns()
    lang_counts = {}
    type_counts = {t: 0 for t in TYPES}
    for rel in files:
        lab = labels.get(rel, {})
        with open(os.path.join(out, rel), 'rb') as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append('%s: MIME defects %r' % (rel, part.defects))
        try:
            text = file_text(raw)
        except Exception as e:  # pragma: no cover
            errors.append('%s: decode error %r' % (rel, e))
            continue
        pos = rel.startswith('positive/')
        if lab.get('confidential') is not pos:
            errors.append('%s: confidential flag' % rel)
        types = lab.get('types', [])
        if lab.get('lang') not in ('fr', 'en'):
            errors.append('%s: lang' % rel)
        lang_counts[(pos, lab.get('lang'))] = lang_counts.get((pos, lab.get('lang')), 0) + 1
        if any(t not in TYPES for t in types):
            errors.append('%s: unknown type' % rel)
        if pos and not types:
            errors.append('%s: positive without types' % rel)
        if not pos and types:
            errors.append('%s: negative with types' % rel)
        for t in types:
            type_counts[t] += 1
        compact = re.sub(r'[^A-Z0-9]', '', unicodedata.normalize('NFKC', text).upper())
        has_nam = [n for n in nams if n in compact]
        if bool(has_nam) != (pos and 'ramq_nam' in types):
            errors.append('%s: NAM presence %r vs label' % (rel, has_nam))
        cands = number_candidates(text)
        found = has_valid(types, cands)
        for t in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            if t in types and not found[t]:
                errors.append('%s: label %s without a valid number' % (rel, t))
        if not pos:
            low = strip_accents(unicodedata.normalize('NFKC', text)).lower()
            for p, rx in pats:
                if rx.search(low):
                    errors.append('%s: NAM holder name %s %s in negative' % (rel, p.given, p.surname))
    d = digest(out)
    if verbose:
        print('files: %d (positive %d, negative %d)' % (len(files), npos, nneg))
        for (pos, lg), n in sorted(lang_counts.items(), key=lambda x: (not x[0][0], x[0][1])):
            print('  %s %s: %d' % ('positive' if pos else 'negative', lg, n))
        print('types: ' + ', '.join('%s=%d' % (t, type_counts[t]) for t in TYPES))
        print('sha256: ' + d)
        if errors:
            print('SELF-CHECK FAILED (%d problems)' % len(errors))
            for e in errors[:60]:
                print('  - ' + e)
        else:
            print('SELF-CHECK OK')
    return dict(errors=errors, digest=d, lang_counts=lang_counts, type_counts=type_counts, npos=npos, nneg=nneg)


if __name__ == '__main__':
    r = run(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    sys.exit(1 if r['errors'] else 0)
