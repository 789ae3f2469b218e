"""Step 7: self-check. Re-parse every file, decode every part (PDF/DOCX/XLSX/ZIP/.eml included), verify the
labels against the decoded text, and compute counts, transport statistics and the sha256 digest."""
import collections
import email
import email.policy
import hashlib
import html
import io
import json
import os
import re
import sys
import unicodedata
import zipfile

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_attach import pdf_text, docx_text, xlsx_text
from gen_common import load_nam_holders, strip_accents

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


def html_to_text(h):
    h = re.sub(r'(?is)<(style|script)[^>]*>.*?</\1>', ' ', h)
    h = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</li>', '\n', h)
    h = re.sub(r'(?i)</td>', ' \t', h)
    return html.unescape(re.sub(r'<[^>]+>', '', h))


def _unfold_dir(t):
    return t.replace('\r\n ', '').replace('\n ', '').replace('\\,', ',').replace('\\;', ';').replace('\\n', '\n')


def decode_blob(data, name, ctype):
    name = (name or '').lower()
    if data[:5] == b'%PDF-':
        return pdf_text(data)
    if data[:2] == b'PK':
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        if 'word/document.xml' in names:
            return docx_text(data)
        if 'xl/workbook.xml' in names:
            return xlsx_text(data)
        out = []
        for n in names:
            out.append(n)
            out.append(decode_blob(z.read(n), n, ''))
        return '\n'.join(out)
    for enc in ('utf-8', 'cp1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return ''


def extract(m, out):
    for h in ('subject', 'from', 'to', 'cc'):
        v = m.get(h)
        if v:
            out.append(str(v))
    fn = m.get_filename()
    if fn:
        out.append(fn)
    ct = m.get_content_type()
    if ct == 'message/rfc822':
        for sub in m.get_payload():
            extract(sub, out)
        return
    if m.is_multipart():
        for sub in m.iter_parts():
            extract(sub, out)
        return
    if ct.startswith('text/'):
        t = m.get_content()
        if ct == 'text/html':
            t = html_to_text(t)
        if ct in ('text/calendar', 'text/vcard', 'text/x-vcard'):
            t = _unfold_dir(t)
        out.append(t)
    else:
        out.append(decode_blob(m.get_content(), fn, ct))


def message_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    extract(msg, out)
    return msg, '\n'.join(out)


def norm_compact(t):
    t = unicodedata.normalize('NFKC', t).upper()
    return re.sub(r'[^0-9A-Z]', '', strip_accents(t))


def norm_words(t):
    t = strip_accents(unicodedata.normalize('NFKC', t)).lower()
    return re.sub(r'\s+', ' ', t)


def find_numbers(t):
    t = unicodedata.normalize('NFKC', t)
    found = collections.defaultdict(set)
    for m in re.finditer(r'(?<![\w])\d{3}[ .-]?\d{3}[ .-]?\d{3}(?![\w])', t):
        n = re.sub(r'\D', '', m.group())
        if ca_sin.is_valid(n):
            found['ca_sin'].add(n)
    for m in re.finditer(r'(?<![\w])\d{4}[ -]?\d{3}[ -]?\d{3}(?!\d)', t):
        n = re.sub(r'\D', '', m.group())
        if n[0] != '0' and luhn.is_valid(n):
            found['ca_health_number'].add(n)
    for m in re.finditer(r'(?<![\w])\d{2}[ .]?\d{2}[ .]?\d{2}[ .-]?\d{3}[ .]?\d{2}(?!\d)', t):
        n = re.sub(r'\D', '', m.group())
        if be_nn.is_valid(n):
            found['be_niss'].add(n)
    for m in re.finditer(r'(?<![\w])[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}(?!\d)', t):
        n = re.sub(r'\D', '', m.group())
        if fr_nir.is_valid(n):
            found['fr_nir'].add(n)
    return found


def line_ending(raw):
    return 'CRLF' if b'\r\n' in raw else 'LF'


def transport_stats(raw, msg, st):
    st['line endings'][line_ending(raw)] += 1
    head = raw.split(b'\r\n\r\n' if b'\r\n' in raw else b'\n\n', 1)[0]
    if b'=?' in head:
        st['headers']['RFC 2047 encoded'] += 1
    if re.search(rb"filename\*(0\*)?=", raw):
        st['headers']['RFC 2231 file name'] += 1
    st['structure'][msg.get_content_type()] += 1

    def walk(m):
        ct = m.get_content_type()
        if ct == 'message/rfc822':
            st['parts']['message/rfc822'] += 1
            return
        if m.is_multipart():
            for s in m.iter_parts():
                walk(s)
            return
        st['parts'][ct] += 1
        if ct.startswith('text/'):
            st['charsets'][(m.get_content_charset() or 'us-ascii').lower()] += 1
        st['transfer encodings'][(m.get('content-transfer-encoding') or '7bit').lower()] += 1
    walk(msg)


def digest(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()


def check(out_dir, verbose=True):
    errors = []
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive')) if f.endswith('.eml')] +
                   ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative')) if f.endswith('.eml')])
    if set(files) != set(labels):
        errors.append('labels do not cover exactly the files: extra=%s missing=%s' % (
            sorted(set(labels) - set(files))[:5], sorted(set(files) - set(labels))[:5]))
    holders = load_nam_holders()
    nams = {h.nam for h in holders}
    name_pats = []
    for h in holders:
        g, s = norm_words(h.given), norm_words(h.surname)
        name_pats.append(re.compile(r'\b(%s\s+%s|%s\s*,?\s+%s)\b' % (re.escape(g), re.escape(s), re.escape(s), re.escape(g))))
    counts = collections.Counter()
    langs = collections.Counter()
    types = collections.Counter()
    st = collections.defaultdict(collections.Counter)
    for rel in files:
        raw = open(os.path.join(out_dir, rel), 'rb').read()
        try:
            msg, text = message_text(raw)
        except Exception as e:  # noqa
            errors.append('%s: parse/decode failed: %r' % (rel, e))
            continue
        transport_stats(raw, msg, st)
        lab = labels.get(rel, {})
        pos = rel.startswith('positive/')
        counts['positive' if pos else 'negative'] += 1
        langs[lab.get('lang')] += 1
        if lab.get('confidential') is not pos:
            errors.append('%s: confidential flag wrong' % rel)
        if lab.get('lang') not in ('fr', 'en'):
            errors.append('%s: bad lang' % rel)
        tl = lab.get('types', [])
        for t in tl:
            types[t] += 1
            if t not in TYPES:
                errors.append('%s: unknown type %s' % (rel, t))
        if pos and not tl:
            errors.append('%s: positive without types' % rel)
        if not pos and tl:
            errors.append('%s: negative with types' % rel)
        comp = norm_compact(text)
        has_nam = any(n in comp for n in nams)
        if has_nam != ('ramq_nam' in tl):
            errors.append('%s: NAM presence %s but label %s' % (rel, has_nam, 'ramq_nam' in tl))
        nums = find_numbers(text)
        for t in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            if t in tl and not nums.get(t):
                errors.append('%s: labelled %s but no valid number found' % (rel, t))
        if not pos:
            words = norm_words(text)
            for pat in name_pats:
                if pat.search(words):
                    errors.append('%s: NAM holder name in a negative' % rel)
                    break
    rels = files + ['labels.json']
    dg = digest(out_dir, rels)
    res = dict(errors=errors, counts=counts, langs=langs, types=types, transport=st, digest=dg, files=len(files))
    if verbose:
        print('files: %d (positive %d, negative %d)' % (len(files), counts['positive'], counts['negative']))
        print('languages: %s' % dict(sorted(langs.items())))
        print('types: %s' % dict(sorted(types.items())))
        for k in sorted(st):
            print('%s: %s' % (k, dict(sorted(st[k].items()))))
        print('errors: %d' % len(errors))
        for e in errors[:40]:
            print('  ' + e)
        print('sha256: %s' % dg)
    return res


if __name__ == '__main__':
    sys.exit(1 if check(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))['errors'] else 0)
