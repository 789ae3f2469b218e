"""Re-parse every written file with email.policy.default, decode every part, check labels, NAM placement,
identifier validity and the absence of NAM holders in negatives. Also computes the digest."""
import email
import email.policy
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile

from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

from gen_common import load_holders, all_date_forms, ohip_valid
from gen_attach import pdf_text, docx_text, xlsx_text

TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']
DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


class VerifyError(Exception):
    pass


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return s.casefold()


def compact(s):
    return re.sub(r'[^0-9a-z]', '', norm(s)).upper()


def _blob_text(name, data, out, depth):
    low = name.lower()
    if low.endswith('.pdf'):
        out.append(pdf_text(data))
    elif low.endswith('.docx'):
        out.append(docx_text(data))
    elif low.endswith('.xlsx'):
        out.append(xlsx_text(data))
    elif low.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise VerifyError(f'bad zip member in {name}')
        for info in z.infolist():
            out.append(info.filename)
            _blob_text(info.filename, z.read(info.filename), out, depth + 1)
    elif low.endswith('.eml'):
        _walk(email.message_from_bytes(data, policy=email.policy.default), out, depth + 1)
    elif low.endswith(('.txt', '.csv', '.hl7', '.ics', '.vcf')):
        out.append(data.decode('utf-8'))
    else:
        raise VerifyError(f'unknown member type {name}')


def _walk(part, out, depth=0):
    if depth > 5:
        raise VerifyError('nesting too deep')
    if part.defects:
        raise VerifyError(f'MIME defects: {part.defects}')
    for h in ('From', 'To', 'Cc', 'Subject'):
        if part.get(h) is not None:
            out.append(str(part.get(h)))
    ct = part.get_content_type()
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if ct == 'message/rfc822':
        inner = part.get_content()
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if inner.get(h) is None:
                raise VerifyError(f'attached message lacks {h}')
        _walk(inner, out, depth + 1)
        return
    if part.get_content_maintype() == 'multipart':
        kids = list(part.iter_parts())
        if not kids:
            raise VerifyError('empty multipart')
        for sp in kids:
            _walk(sp, out, depth)
        return
    if part.get_content_maintype() == 'text':
        out.append(part.get_content())
        return
    data = part.get_content()
    if not isinstance(data, bytes) or not data:
        raise VerifyError(f'undecodable part {ct}')
    if ct == 'application/pdf':
        out.append(pdf_text(data))
    elif ct == DOCX_CT:
        out.append(docx_text(data))
    elif ct == XLSX_CT:
        out.append(xlsx_text(data))
    elif ct == 'application/zip':
        _blob_text('x.zip', data, out, depth)
    else:
        raise VerifyError(f'unexpected content type {ct}')


def extract(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg.get(h) is None:
            raise VerifyError(f'missing header {h}')
    out = []
    _walk(msg, out)
    return '\n'.join(out)


def _id_valid(kind, value):
    c = compact(value)
    if kind == 'ca_sin':
        return std_sin.is_valid(c)
    if kind == 'ca_health_number':
        return ohip_valid(c[:10]) and c[:10].isdigit()
    if kind == 'be_niss':
        return std_nn.is_valid(c)
    if kind == 'fr_nir':
        return std_nir.is_valid(c)
    if kind == 'ramq_nam':
        return len(c) == 12
    if kind == 'mrn':
        return bool(re.fullmatch(r'H?\d{7}', c))
    return False


def verify(out_dir, manifest):
    """manifest: {relpath: {'spec': Spec}}. Returns list of error strings."""
    errors = []
    holders = load_holders()
    nam_map = {h.nam: h for h in holders}
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative'))])
    if sorted(labels) != files:
        errors.append('labels.json keys differ from files on disk')
    pos = [f for f in files if f.startswith('positive/')]
    neg = [f for f in files if f.startswith('negative/')]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f'counts {len(pos)}/{len(neg)} instead of 120/180')
    for i, f in enumerate(pos):
        if not re.fullmatch(rf'positive/p{i + 1:03d}_[a-z0-9_]+\.eml', f):
            errors.append(f'bad positive name {f}')
    for i, f in enumerate(neg):
        if not re.fullmatch(rf'negative/n{i + 1:03d}_[a-z0-9_]+\.eml', f):
            errors.append(f'bad negative name {f}')
    holder_words = [(h, norm(h.surname), norm(h.given)) for h in holders]
    for rel in files:
        lab = labels.get(rel, {})
        positive = rel.startswith('positive/')
        if lab.get('confidential') is not positive:
            errors.append(f'{rel}: confidential flag wrong')
        if lab.get('lang') not in ('fr', 'en'):
            errors.append(f'{rel}: bad lang')
        if not lab.get('note'):
            errors.append(f'{rel}: empty note')
        types = lab.get('types', None)
        if positive and (not types or any(t not in TYPES for t in types)):
            errors.append(f'{rel}: bad types {types}')
        if not positive and types != []:
            errors.append(f'{rel}: negative with types')
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            raw = fh.read()
        try:
            text = extract(raw)
        except Exception as exc:  # noqa: BLE001
            errors.append(f'{rel}: parse/decode failure: {exc!r}')
            continue
        ntext, ctext = norm(text), compact(text)
        found_nams = [n for n in nam_map if n in ctext]
        spec = manifest[rel]['spec']
        for probe in spec.probes:
            if norm(probe) not in ntext:
                errors.append(f'{rel}: probe {probe!r} lost in decoding')
        if not positive:
            if found_nams:
                errors.append(f'{rel}: NAM in a negative')
            for h, s, g in holder_words:
                if re.search(r'\b' + re.escape(s) + r'\b', ntext):
                    errors.append(f'{rel}: NAM holder surname {h.surname} in a negative')
            continue
        if found_nams and 'ramq_nam' not in types:
            errors.append(f'{rel}: NAM present but not labelled')
        if 'ramq_nam' in types and not found_nams:
            errors.append(f'{rel}: labelled ramq_nam but none found')
        for n in found_nams:
            h = nam_map[n]
            if not (norm(h.surname) in ntext and norm(h.given) in ntext):
                errors.append(f'{rel}: NAM {n} without its holder name')
            if not any(norm(f) in ntext for f in all_date_forms(h.dob)):
                errors.append(f'{rel}: NAM {n} without its holder birth date')
        for p, dob_written in spec.holders:
            if p.nam not in found_nams:
                errors.append(f'{rel}: holder NAM {p.nam} not found')
            h = nam_map[p.nam]
            if (p.surname, p.given, p.dob, p.sex) != (h.surname, h.given, h.dob, h.sex):
                errors.append(f'{rel}: holder data altered')
            if norm(dob_written) not in ntext:
                errors.append(f'{rel}: written birth date missing')
        for kind, value in spec.ids:
            if kind not in types:
                errors.append(f'{rel}: identifier kind {kind} not labelled')
            if compact(value) not in ctext:
                errors.append(f'{rel}: identifier {kind} not found after decoding')
            if not _id_valid(kind, value):
                errors.append(f'{rel}: identifier {kind} invalid')
        for kind in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn'):
            if kind in types and not any(k == kind for k, _ in spec.ids):
                errors.append(f'{rel}: {kind} labelled without a recorded identifier')
    return errors


def digest(out_dir):
    h = hashlib.sha256()
    rels = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive')) if f.endswith('.eml')] +
                  ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative')) if f.endswith('.eml')] +
                  ['labels.json'])
    for rel in rels:
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()
