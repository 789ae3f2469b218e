"""Self-check: re-parse every file, decode every part and attachment, verify labels and identifiers."""
import base64
import email
import email.policy
import hashlib
import html
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import TYPES, strip_accents


# ---------------------------------------------------------------- text extraction
def _pdf_literal(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:  # backslash
            i += 1
            n = s[i:i + 1]
            if n and n in b'01234567':
                j = i
                while j < len(s) and j < i + 3 and s[j:j + 1] in b'01234567':
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j
                continue
            out += {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f'}.get(n, n)
        else:
            out.append(c)
        i += 1
    return out.decode('cp1252', 'replace')


def _pdf_strings(data):
    res = []
    i = 0
    while True:
        i = data.find(b'(', i)
        if i < 0:
            break
        depth, j = 1, i + 1
        while j < len(data) and depth:
            if data[j] == 0x5C:
                j += 2
                continue
            if data[j] == 0x28:
                depth += 1
            elif data[j] == 0x29:
                depth -= 1
            j += 1
        res.append(_pdf_literal(data[i + 1:j - 1]))
        i = j
    return res


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n', data, re.S):
        start = m.end()
        end = data.find(b'endstream', start)
        raw = data[start:end].rstrip(b'\r\n')
        d = m.group(1)
        try:
            if b'ASCII85Decode' in d:
                raw = raw.strip()
                if raw.endswith(b'~>'):
                    raw = raw[:-2]
                if raw.startswith(b'<~'):
                    raw = raw[2:]
                raw = base64.a85decode(raw)
            if b'FlateDecode' in d:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        if b'Tj' in raw or b'TJ' in raw:
            texts += _pdf_strings(raw)
    # document information (Title, Author)
    for m in re.finditer(rb'/(?:Title|Author|Subject)\s*\(', data):
        texts += _pdf_strings(data[m.end() - 1:m.end() + 400])[:1]
    return '\n'.join(texts)


def xml_text(b):
    t = b.decode('utf-8', 'replace')
    t = re.sub(r'<[^>]+>', ' ', t)
    return re.sub(r"\s+", " ", html.unescape(t))


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith('.xml') and (n.startswith('word/') or n.startswith('xl/') or n.startswith('docProps/')):
            out.append(xml_text(z.read(n)))
    return '\n'.join(out)


def file_text(name, data):
    low = (name or '').lower()
    if data[:4] == b'%PDF' or low.endswith('.pdf'):
        return pdf_text(data)
    if low.endswith('.docx') or low.endswith('.xlsx'):
        return ooxml_text(data)
    if low.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for n in z.namelist():
            parts.append(n)
            parts.append(file_text(n, z.read(n)))
        return '\n'.join(parts)
    if low.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    if low.endswith(('.csv', '.txt', '.ics', '.vcf')):
        for enc in ('utf-8-sig', 'cp1252'):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                pass
    return ''


def message_text(msg, info=None):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append('%s: %s' % (k, v))
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if info is not None:
            info['ctypes'].add(ct)
            cte = str(part.get('Content-Transfer-Encoding', '7bit')).lower()
            info['ctes'].add(cte)
            cs = part.get_param('charset')
            if cs and ct.startswith('text/'):
                info['charsets'].add(str(cs).lower())
            raw_cd = part.get('Content-Disposition', '')
        content = part.get_content()
        if isinstance(content, str):
            if ct == 'text/html':
                content = html.unescape(re.sub(r'<[^>]+>', ' ', content))
            out.append(content)
            if fn and ct in ('text/csv',):
                pass
        elif isinstance(content, bytes):
            out.append(file_text(fn or '', content))
    return '\n'.join(out)


# ---------------------------------------------------------------- identifier scanning
def norm(s):
    return unicodedata.normalize('NFKC', s)


def loose(s):
    return re.sub(r'[\s\\>"]', '', norm(s)).lower()


def digit_runs(text):
    t = norm(text)
    return [re.sub(r'\D', '', m.group(0)) for m in re.finditer(r'\d(?:[\s.\-/]{0,4}\d)+', t)]


VALIDATORS = {
    'ca_sin': (9, ca_sin.is_valid),
    'ca_health_number': (10, luhn.is_valid),
    'be_niss': (11, be_nn.is_valid),
    'fr_nir': (15, fr_nir.is_valid),
}


def find_valid(text, typ):
    n, ok = VALIDATORS[typ]
    found = set()
    for run in digit_runs(text):
        for i in range(0, len(run) - n + 1):
            w = run[i:i + n]
            if ok(w):
                found.add(w)
    return found


def name_key(s):
    s = strip_accents(norm(s)).lower()
    return ' ' + re.sub(r'[^a-z0-9]+', ' ', s).strip() + ' '


def holder_name_in(text_key, h):
    g = name_key(h.given).strip()
    s = name_key(h.surname).strip()
    return any((' %s %s ' % pair) in text_key for pair in [(g, s), (s, g)])


# ---------------------------------------------------------------- main check
def digest(out_dir):
    h = hashlib.sha256()
    paths = []
    for sub in ('positive', 'negative'):
        for f in os.listdir(os.path.join(out_dir, sub)):
            if f.endswith('.eml'):
                paths.append('%s/%s' % (sub, f))
    paths.append('labels.json')
    for p in sorted(paths):
        h.update(p.encode('utf-8') + b'\0')
        with open(os.path.join(out_dir, p), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def run_check(out_dir, holders, meta, verbose=True):
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted('%s/%s' % (sub, f) for sub in ('positive', 'negative')
                   for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith('.eml'))
    assert sorted(labels) == files, 'labels do not cover exactly the files'
    info = dict(ctypes=set(), ctes=set(), charsets=set())
    transport = dict(crlf=0, lf=0, rfc2047=0, rfc2231=0, html_only=0, alternative=0, mixed=0, rfc822=0, plain_only=0)
    counts = dict(pos=0, neg=0, lang={}, types={t: 0 for t in TYPES})
    nam_map = {h.nam: h for h in holders}
    for path in files:
        lab = labels[path]
        with open(os.path.join(out_dir, path), 'rb') as fh:
            raw = fh.read()
        if b'\r\n' in raw:
            assert raw.count(b'\r\n') == raw.count(b'\n'), path + ': mixed line endings'
            transport['crlf'] += 1
        else:
            transport['lf'] += 1
        head = raw.split(b'\n\n' if b'\r\n' not in raw else b'\r\n\r\n', 1)[0]
        if b'=?' in raw:
            transport['rfc2047'] += 1
        if b"*=utf-8''" in raw or b"*0*=" in raw:
            transport['rfc2231'] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        ct = msg.get_content_type()
        if ct == 'text/html':
            transport['html_only'] += 1
        elif ct == 'text/plain':
            transport['plain_only'] += 1
        elif ct == 'multipart/mixed':
            transport['mixed'] += 1
        if any(p.get_content_type() == 'multipart/alternative' for p in msg.walk()):
            transport['alternative'] += 1
        if any(p.get_content_type() == 'message/rfc822' for p in msg.walk()):
            transport['rfc822'] += 1
        text = message_text(msg, info)
        for d in msg.defects:
            raise AssertionError('%s: defect %r' % (path, d))
        compact = re.sub(r'[^A-Z0-9]', '', strip_accents(norm(text)).upper())
        nams_here = [n for n in nam_map if n in compact]
        types = lab['types']
        counts['lang'][lab['lang']] = counts['lang'].get(lab['lang'], 0) + 1
        for t in types:
            assert t in TYPES, (path, t)
            counts['types'][t] += 1
        if path.startswith('positive/'):
            counts['pos'] += 1
            assert lab['confidential'] is True and types, path
            assert ('ramq_nam' in types) == bool(nams_here), '%s: NAM presence %r vs labels %r' % (path, nams_here, types)
            for t in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
                if t in types:
                    valid = find_valid(text, t)
                    assert valid, '%s: no valid %s found' % (path, t)
                    for typ, num in meta[path]['nums']:
                        if typ == t:
                            assert num in valid, '%s: expected %s %s not found' % (path, t, num)
            squash = loose(text)
            seen = {}
            for typ, val in meta[path]['rendered']:
                seen.setdefault(typ, False)
                if loose(val) in squash:
                    seen[typ] = True
            for typ, ok in seen.items():
                assert typ in types, '%s: rendered %s not labelled' % (path, typ)
                assert ok, '%s: label %s but none of its rendered values is visible' % (path, typ)
            if 'patient_name' in types:
                key = name_key(text)
                assert any(name_key(s).strip() in key for s in meta[path]['surnames']), path + ': no patient surname'
            for n in nams_here:
                h = nam_map[n]
                key = name_key(text)
                assert name_key(h.surname).strip() in key, '%s: NAM %s without its holder' % (path, n)
        else:
            counts['neg'] += 1
            assert lab['confidential'] is False and not types, path
            assert not nams_here, '%s: NAM in negative' % path
            key = name_key(text)
            for h in holders:
                assert not holder_name_in(key, h), '%s: NAM holder %s %s named in negative' % (path, h.given, h.surname)
    dg = digest(out_dir)
    return dict(counts=counts, transport=transport, ctes=sorted(info['ctes']), charsets=sorted(info['charsets']),
                ctypes=sorted(info['ctypes']), digest=dg)
