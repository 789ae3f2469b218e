"""Self-check: re-parse every message, decode every part (PDF, DOCX, XLSX, ZIP, attached e-mails),
verify the labels, the identifiers and the names, then count and compute the digest."""
import email
import email.policy
import hashlib
import html
import json
import os
import re
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_base import NAM_HOLDERS, fold
from gen_files import pdf_text, ooxml_text, zip_members

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


def html_to_text(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>|</li>', '\n', s)
    s = re.sub(r'(?i)</td>|</th>', ' | ', s)
    s = re.sub(r'<[^>]+>', '', s)
    return html.unescape(s)


def blob_text(name, ctype, data, depth=0):
    """Text of one attachment given its name, content type and bytes."""
    name = (name or '').lower()
    out = [name]
    if ctype == 'application/pdf' or name.endswith('.pdf'):
        out.append(pdf_text(data))
    elif name.endswith('.docx') or name.endswith('.xlsx') or 'openxmlformats' in ctype:
        out.append(ooxml_text(data))
    elif name.endswith('.zip') or 'zip' in ctype:
        for mname, mdata in zip_members(data):
            out.append(blob_text(mname, '', mdata, depth + 1))
    elif name.endswith('.eml'):
        out.append(message_text(email.message_from_bytes(data, policy=email.policy.default), depth + 1))
    else:
        for cs in ('utf-8', 'cp1252'):
            try:
                out.append(data.decode(cs))
                break
            except UnicodeDecodeError:
                continue
    return '\n'.join(out)


def message_text(msg, depth=0):
    parts = []
    for part in msg.walk():
        for hk in ('Subject', 'From', 'To', 'Cc'):
            if part.get(hk):
                parts.append(str(part.get(hk)))
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            parts.append(fn)
        ct = part.get_content_type()
        if ct.startswith('text/'):
            txt = part.get_content()
            parts.append(txt)
            if ct == 'text/html':
                parts.append(html_to_text(txt))
        else:
            data = part.get_content()
            if isinstance(data, str):
                data = data.encode('utf-8')
            parts.append(blob_text(fn, ct, data, depth))
    return '\n'.join(parts)


def squash(text):
    return re.sub(r'[^A-Z0-9]', '', unicodedata.normalize('NFKC', text).upper())


SEP = r'[ .\-/]?'
PAT = {
    'ca_sin': (re.compile(r'(?<!\d)(\d{3})%s(\d{3})%s(\d{3})(?!\d)' % (SEP, SEP)), ca_sin.is_valid),
    'ca_health_number': (re.compile(r'(?<!\d)(\d{4})%s(\d{3})%s(\d{3})(?!\d)' % (SEP, SEP)), luhn.is_valid),
    'be_niss': (re.compile(r'(?<!\d)(\d{2})%s(\d{2})%s(\d{2})%s(\d{3})%s(\d{2})(?!\d)' % (SEP, SEP, SEP, SEP)), be_nn.is_valid),
    'fr_nir': (re.compile(r'(?<![\dA-Z])([12]) ?(\d{2}) ?(\d{2}) ?(\d{2}|2A|2B) ?(\d{3}) ?(\d{3}) ?(\d{2})(?!\d)'), fr_nir.is_valid),
}


def has_valid(kind, text):
    pat, ok = PAT[kind]
    t = unicodedata.normalize('NFKC', text)
    for m in pat.finditer(t):
        if ok(''.join(m.groups())):
            return True
    return False


def name_forms(p):
    g, s = fold(p.given), fold(p.surname)
    return ['%s %s' % (g, s), '%s %s' % (s, g), '%s, %s' % (s, g)]


def digest(out):
    files = ['labels.json'] + ['positive/' + f for f in os.listdir(os.path.join(out, 'positive'))] + \
        ['negative/' + f for f in os.listdir(os.path.join(out, 'negative'))]
    h = hashlib.sha256()
    for rel in sorted(files):
        h.update(rel.encode('utf-8') + b'\0')
        with open(os.path.join(out, rel), 'rb') as f:
            h.update(f.read())
        h.update(b'\0')
    return h.hexdigest()


def run(out):
    errors = []
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as f:
        labels = json.load(f)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(out, 'negative'))])
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    nams = {p.nam: p for p in NAM_HOLDERS}
    counts = {'positive': 0, 'negative': 0, 'lang': {}, 'types': {t: 0 for t in TYPES}}
    for rel in files:
        lab = labels.get(rel, {})
        with open(os.path.join(out, rel), 'rb') as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            text = message_text(msg)
        except Exception as e:  # noqa
            errors.append('%s: cannot decode (%s)' % (rel, e))
            continue
        pos = rel.startswith('positive/')
        counts['positive' if pos else 'negative'] += 1
        counts['lang'][lab.get('lang')] = counts['lang'].get(lab.get('lang'), 0) + 1
        key = '%s/%s' % ('positive' if pos else 'negative', lab.get('lang'))
        counts.setdefault('lang_class', {})[key] = counts.setdefault('lang_class', {}).get(key, 0) + 1
        types = lab.get('types', [])
        for t in types:
            if t not in TYPES:
                errors.append('%s: unknown type %s' % (rel, t))
            else:
                counts['types'][t] += 1
        if lab.get('confidential') is not pos:
            errors.append('%s: confidential flag wrong' % rel)
        if pos and not types:
            errors.append('%s: positive without types' % rel)
        if not pos and types:
            errors.append('%s: negative with types' % rel)
        sq = squash(text)
        found = [n for n in nams if n in sq]
        if found and not (pos and 'ramq_nam' in types):
            errors.append('%s: NAM present but not labelled ramq_nam' % rel)
        if pos and 'ramq_nam' in types and not found:
            errors.append('%s: labelled ramq_nam but no NAM found' % rel)
        ft = fold(text)
        for n in found:
            if fold(nams[n].surname) not in ft:
                errors.append('%s: NAM %s without its holder' % (rel, n))
        for kind in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            if kind in types and not has_valid(kind, text):
                errors.append('%s: %s label without a valid number' % (rel, kind))
        if not pos:
            ft1 = re.sub(r'\s+', ' ', ft)
            for p in NAM_HOLDERS:
                for form in name_forms(p):
                    if re.search(r'(?<![a-z])%s(?![a-z])' % re.escape(form), ft1):
                        errors.append('%s: NAM holder name %s in a negative' % (rel, form))
    return errors, counts, digest(out)
