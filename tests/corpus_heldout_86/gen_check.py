"""Self-check: re-parse every message, decode every part and attachment,
verify labels and identifiers, and compute the digest."""
import os
import re
import io
import json
import email
import email.policy
import hashlib
import zipfile
import unicodedata
import html as htmlmod
from collections import Counter

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

import gen_files as F
import gen_ids as I

TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


def strip_html(s):
    s = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</td>|</th>', '\n', s)
    return htmlmod.unescape(re.sub(r'<[^>]+>', ' ', s))


def decode_blob(name, ctype, data, stats):
    name = (name or '').lower()
    if ctype == 'application/pdf' or name.endswith('.pdf'):
        stats['pdf'] += 1
        return F.pdf_text(data)
    if name.endswith('.docx'):
        stats['docx'] += 1
        return F.docx_text(data)
    if name.endswith('.xlsx'):
        stats['xlsx'] += 1
        return F.xlsx_text(data)
    if name.endswith('.zip') or ctype == 'application/zip':
        stats['zip'] += 1
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for n in z.namelist():
            out.append(n)
            out.append(decode_blob(n, '', z.read(n), stats))
        return '\n'.join(out)
    if name.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default), stats)
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('cp1252', 'replace')


def message_text(msg, stats):
    out = []
    for h in ('Subject', 'From', 'To', 'Cc'):
        if msg.get(h):
            out.append(str(msg.get(h)))
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
            stats['attachments'] += 1
        if ct == 'message/rfc822':
            stats['rfc822'] += 1
            inner = part.get_payload(0)
            for h in ('Subject', 'From', 'To'):
                if inner.get(h):
                    out.append(str(inner.get(h)))
            continue
        if part.is_multipart():
            continue
        stats['cte:' + (part.get('Content-Transfer-Encoding') or '7bit').lower()] += 1
        if part.get_content_charset():
            stats['charset:' + part.get_content_charset()] += 1
        content = part.get_content()
        if isinstance(content, str):
            if ct == 'text/html':
                content = strip_html(content)
            out.append(content)
        else:
            out.append(decode_blob(fn, ct, content, stats))
    return '\n'.join(out)


def norm_compact(text):
    t = unicodedata.normalize('NFKC', text).upper()
    return re.sub(r'[^0-9A-Z]', '', t)


def norm_words(text):
    t = unicodedata.normalize('NFKC', text)
    t = ''.join(c for c in unicodedata.normalize('NFD', t) if not unicodedata.combining(c)).lower()
    return re.sub(r'\s+', ' ', t)


SIN_RE = re.compile(r'(?<!\d)(\d{3})[ \-.]?(\d{3})[ \-.]?(\d{3})(?!\d)')
OHIP_RE = re.compile(r'(?<!\d)(\d{4})[ \-]?(\d{3})[ \-]?(\d{3})(?!\d)')
NISS_RE = re.compile(r'(?<!\d)(\d{2})[ .]?(\d{2})[ .]?(\d{2})[ .\-]?(\d{3})[ .]?(\d{2})(?!\d)')
NIR_RE = re.compile(r'(?<![0-9A-Z])([12])[ .]?(\d{2})[ .]?(\d{2})[ .]?(\d{2}|2A|2B)[ .]?(\d{3})[ .]?(\d{3})[ .]?(\d{2})(?!\d)')


def found_numbers(text):
    t = unicodedata.normalize('NFKC', text)
    res = set()
    if any(ca_sin.is_valid(''.join(m.groups())) for m in SIN_RE.finditer(t)):
        res.add('ca_sin')
    if any(luhn.is_valid(''.join(m.groups())) for m in OHIP_RE.finditer(t)):
        res.add('ca_health_number')
    if any(be_nn.is_valid(''.join(m.groups())) for m in NISS_RE.finditer(t)):
        res.add('be_niss')
    if any(fr_nir.is_valid(''.join(m.groups())) for m in NIR_RE.finditer(t.upper())):
        res.add('fr_nir')
    return res


def digest(out):
    paths = sorted(['labels.json'] + ['positive/' + f for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml')]
                   + ['negative/' + f for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml')])
    h = hashlib.sha256()
    for p in paths:
        with open(os.path.join(out, p), 'rb') as fh:
            data = fh.read()
        h.update(p.encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()


def check(out, verbose=True):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml')] +
                   ['negative/' + f for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml')])
    errors = []
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    holders = I.load_nams()
    stats = Counter()
    langs = Counter()
    types = Counter()
    transports = Counter()
    for path in files:
        lab = labels.get(path, {})
        with open(os.path.join(out, path), 'rb') as fh:
            raw = fh.read()
        transports['CRLF' if b'\r\n' in raw else 'LF'] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            errors.append('%s: defects %r' % (path, msg.defects))
        for part in msg.walk():
            transports[part.get_content_type()] += 1
            if part.defects:
                errors.append('%s: part defects %r' % (path, part.defects))
        if b'=?' in raw.split(b'\n\n', 1)[0].split(b'\r\n\r\n', 1)[0]:
            transports['rfc2047-header'] += 1
        if re.search(rb"filename\*(?:0\*)?=", raw):
            transports['rfc2231-filename'] += 1
        text = message_text(msg, stats)
        comp = norm_compact(text)
        words = norm_words(text)
        pos = path.startswith('positive/')
        ltypes = set(lab.get('types', []))
        langs[lab.get('lang')] += 1
        for t in ltypes:
            types[t] += 1
        if lab.get('confidential') != pos:
            errors.append('%s: confidential flag' % path)
        if not ltypes <= TYPES:
            errors.append('%s: unknown types %s' % (path, ltypes - TYPES))
        if pos and not ltypes:
            errors.append('%s: positive without types' % path)
        if not pos and ltypes:
            errors.append('%s: negative with types' % path)
        nams = [h for h in holders if h.nam in comp]
        if ('ramq_nam' in ltypes) != bool(nams):
            errors.append('%s: ramq_nam label %s but NAMs found %s' % (path, 'ramq_nam' in ltypes, [h.nam for h in nams]))
        nums = found_numbers(text)
        for t in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            if t in ltypes and t not in nums:
                errors.append('%s: %s labelled but no valid number found' % (path, t))
        if not pos:
            for h in holders:
                g, s = norm_words(h.given), norm_words(h.surname)
                for form in ('%s %s' % (g, s), '%s %s' % (s, g), '%s, %s' % (s, g)):
                    if form in words:
                        errors.append('%s: NAM holder name %r in a negative' % (path, form))
    if verbose:
        print('files: %d (positive %d, negative %d)' % (len(files), sum(f.startswith('positive/') for f in files),
                                                        sum(f.startswith('negative/') for f in files)))
        print('languages:', dict(sorted(langs.items())))
        print('types:', dict(sorted(types.items())))
        print('decoded attachments:', {k: v for k, v in sorted(stats.items()) if not k.startswith(('cte:', 'charset:'))})
        print('errors: %d' % len(errors))
        for e in errors[:40]:
            print('  ' + e)
    return errors, langs, types, transports, stats
