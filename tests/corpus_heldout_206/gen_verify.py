"""Re-parse everything that was written and check it against the labels and the rules."""
import glob
import hashlib
import json
import os
import re
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import NAMS
from gen_extract import decode_file

TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss',
         'fr_nir', 'mrn', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information']
ID_TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn'}


def norm_cf(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    return re.sub(r'\s+', ' ', s)


def norm_compact(s):
    s = unicodedata.normalize('NFKC', s).upper()
    return re.sub(r'[^0-9A-Z]', '', s)


def id_valid(typ, v):
    if typ == 'ca_sin':
        return ca_sin.is_valid(v)
    if typ == 'ca_health_number':
        return len(v) == 10 and v.isdigit() and luhn.is_valid(v)
    if typ == 'be_niss':
        return be_nn.is_valid(v)
    if typ == 'fr_nir':
        return fr_nir.is_valid(v)
    if typ == 'ramq_nam':
        return any(r['nam'] == v for r in NAMS)
    if typ == 'mrn':
        return bool(v)
    return False


def digest(out):
    h = hashlib.sha256()
    files = sorted(glob.glob(os.path.join(out, 'positive', '*.eml')) +
                   glob.glob(os.path.join(out, 'negative', '*.eml')) +
                   [os.path.join(out, 'labels.json')])
    for f in sorted(files, key=lambda p: os.path.relpath(p, out).replace(os.sep, '/')):
        rel = os.path.relpath(f, out).replace(os.sep, '/')
        with open(f, 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()


def verify(out, mails):
    errors = []
    feats_by_file = {}
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    keys = list(labels)
    if keys != sorted(keys):
        errors.append('labels.json keys not sorted')
    pos = sorted(glob.glob(os.path.join(out, 'positive', '*.eml')))
    neg = sorted(glob.glob(os.path.join(out, 'negative', '*.eml')))
    if len(pos) != 120:
        errors.append('expected 120 positives, found %d' % len(pos))
    if len(neg) != 180:
        errors.append('expected 180 negatives, found %d' % len(neg))
    rels = {os.path.relpath(f, out).replace(os.sep, '/') for f in pos + neg}
    if rels != set(labels):
        errors.append('label keys differ from files: %s' % sorted(rels ^ set(labels))[:5])
    by_rel = {m.rel: m for m in mails}
    nam_index = {r['nam']: r for r in NAMS}
    for rel in sorted(rels):
        lab = labels.get(rel, {})
        m = by_rel.get(rel)
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        try:
            msg, text, feats = decode_file(raw)
        except Exception as exc:  # noqa: BLE001 - any decoding failure is a corpus error
            errors.append('%s: cannot decode: %r' % (rel, exc))
            continue
        feats_by_file[rel] = feats
        confidential = rel.startswith('positive/')
        if lab.get('confidential') is not confidential:
            errors.append('%s: confidential flag wrong' % rel)
        if lab.get('lang') not in ('fr', 'en'):
            errors.append('%s: bad lang' % rel)
        if not lab.get('note'):
            errors.append('%s: empty note' % rel)
        types = lab.get('types', [])
        if any(t not in TYPES for t in types):
            errors.append('%s: unknown type in %s' % (rel, types))
        if confidential and not types:
            errors.append('%s: positive without types' % rel)
        if not confidential and types:
            errors.append('%s: negative with types' % rel)
        if m is None:
            errors.append('%s: no metadata' % rel)
            continue
        if sorted(m.types) != sorted(types):
            errors.append('%s: label types differ from content record' % rel)
        cf = norm_cf(text)
        compact = norm_compact(text)
        for n in m.names:
            if norm_cf(n) not in cf:
                errors.append('%s: recorded name %r not found' % (rel, n))
            if norm_cf(n) in norm_cf(lab.get('note', '')):
                errors.append('%s: note contains a name' % rel)
        for d in m.dob_strings:
            if norm_cf(d) not in cf:
                errors.append('%s: birth date %r not found' % (rel, d))
        id_types_found = set()
        for typ, v, rendered in m.ids:
            id_types_found.add(typ)
            if not id_valid(typ, v):
                errors.append('%s: invalid %s %s' % (rel, typ, v))
            if norm_compact(v) not in compact:
                errors.append('%s: %s %s not present in decoded text' % (rel, typ, v))
        if confidential and (set(types) & ID_TYPES) != id_types_found:
            errors.append('%s: identifier types %s vs recorded %s' % (
                rel, sorted(set(types) & ID_TYPES), sorted(id_types_found)))
        # NAM placement: only in positives, always with holder's name, birth date and sex
        for nam, r in nam_index.items():
            if nam in compact:
                if not confidential:
                    errors.append('%s: NAM %s in a negative' % (rel, nam))
                    continue
                if 'ramq_nam' not in types or all(v != nam for t, v, _ in m.ids):
                    errors.append('%s: unrecorded NAM %s' % (rel, nam))
                if norm_cf(r['surname']) not in cf or norm_cf(r['given']) not in cf:
                    errors.append('%s: NAM %s without holder name' % (rel, nam))
                if not any(p.nam == nam for p in m.nam_people):
                    errors.append('%s: NAM %s not linked to holder' % (rel, nam))
                holder = [p for p in m.nam_people if p.nam == nam]
                if holder and holder[0].dob != r['dob']:
                    errors.append('%s: NAM %s birth date mismatch' % (rel, nam))
                if 'date_of_birth' not in types:
                    errors.append('%s: NAM %s without birth date' % (rel, nam))
                sexes = re.findall(r'\bsexe?\s*:?\s*([fm])\b', cf)
                if not sexes or any(s.upper() != r['sex'] for s in sexes):
                    errors.append('%s: NAM %s sex missing or wrong (%s)' % (rel, nam, sexes))
        if not confidential:
            for r in NAMS:
                g, s = norm_cf(r['given']), norm_cf(r['surname'])
                for pat in ('%s %s' % (g, s), '%s, %s' % (s, g), '%s %s' % (s, g)):
                    if re.search(r'(?<!\w)%s(?!\w)' % re.escape(pat), cf):
                        errors.append('%s: NAM holder name %r in a negative' % (rel, pat))
    return errors, feats_by_file
