"""Re-parse every written file, decode every part, and check labels, NAM placement and identifiers."""
import base64
import email
import email.policy
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C


# ---------------------------------------------------------------- decoding
def pdf_text(data):
    assert data.startswith(b'%PDF-'), 'not a PDF'
    out = []
    for m in re.finditer(rb'stream\r?\n(.*?)endstream', data, re.S):
        head = data[data.rfind(b'obj', 0, m.start()):m.start()]
        body = m.group(1).strip()
        if b'/ASCII85Decode' in head:
            body = body.replace(b'\n', b'').replace(b'\r', b'')
            if body.endswith(b'~>'):
                body = body[:-2]
            body = base64.a85decode(body)
        if b'/FlateDecode' in head:
            body = zlib.decompress(body)
        for s in re.finditer(rb'\(((?:[^()\\]|\\.)*)\)\s*Tj', body, re.S):
            out.append(_pdf_unescape(s.group(1)))
    for s in re.finditer(rb'/Title \(((?:[^()\\]|\\.)*)\)', data):
        out.append(_pdf_unescape(s.group(1)))
    return '\n'.join(out)


def _pdf_unescape(b):
    res, i = bytearray(), 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(b) and j < i + 4 and 0x30 <= b[j] <= 0x37:
                    j += 1
                res.append(int(b[i + 1:j], 8) & 0xFF)
                i = j
                continue
            res.append({ord('n'): 10, ord('r'): 13, ord('t'): 9}.get(n, n))
            i += 2
            continue
        res.append(c)
        i += 1
    return res.decode('cp1252', errors='replace')


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(' | '.join(c.text for c in row.cells))
    parts.append(d.core_properties.title or '')
    return '\n'.join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(' | '.join('' if v is None else str(v) for v in row))
    wb.close()
    return '\n'.join(parts)


def blob_text(name, data, feats):
    ext = name.lower().rsplit('.', 1)[-1]
    if ext == 'pdf':
        feats.add('PDF attachment')
        return pdf_text(data)
    if ext == 'docx':
        feats.add('DOCX attachment')
        return docx_text(data)
    if ext == 'xlsx':
        feats.add('XLSX attachment')
        return xlsx_text(data)
    if ext == 'zip':
        feats.add('ZIP attachment')
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return '\n'.join(n + '\n' + blob_text(n, z.read(n), feats) for n in z.namelist())
    if ext in ('csv', 'txt', 'ics', 'vcf'):
        feats.add({'csv': 'CSV attachment', 'ics': 'ICS attachment', 'vcf': 'vCard attachment', 'txt': 'text attachment'}[ext])
        return data.decode('utf-8', errors='strict')
    raise AssertionError('unknown blob %s' % name)


def msg_text(msg, feats, depth=0):
    """All human-readable text of a message, decoded, including nested parts."""
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        if msg[h] is not None:
            out.append(str(msg[h]))
    def visit(part):
        ct = part.get_content_type()
        if part.defects:
            raise AssertionError('defects %r in %s' % (part.defects, ct))
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == 'message/rfc822':
            feats.add('message/rfc822 attachment')
            feats.add('CTE %s' % cte)
            out.append(msg_text(part.get_content(), feats, depth + 1))
            return
        if part.is_multipart():
            if ct == 'multipart/alternative':
                feats.add('multipart/alternative')
            for sub in part.iter_parts():
                visit(sub)
            return
        feats.add('CTE %s' % cte)
        content = part.get_content()
        if ct.startswith('text/'):
            cs = (part.get_content_charset() or 'us-ascii').lower()
            feats.add('charset %s' % cs)
            if ct == 'text/html':
                import html as H
                content = H.unescape(re.sub(r'<[^>]+>', ' ', content))
            if fn:
                ext = fn.lower().rsplit('.', 1)[-1]
                feats.add({'csv': 'CSV attachment', 'ics': 'ICS attachment', 'vcf': 'vCard attachment'}.get(ext, 'text attachment'))
            out.append(content)
        else:
            assert fn, 'binary part without file name'
            out.append(blob_text(fn, content, feats))

    visit(msg)
    return '\n'.join(out)


def parse_file(path):
    with open(path, 'rb') as fh:
        raw = fh.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        assert msg[h], '%s missing %s' % (path, h)
    assert msg['Date'].datetime is not None
    feats = set()
    text = msg_text(msg, feats)
    top = msg.get_content_type()
    feats.add({'text/plain': 'single part text/plain', 'text/html': 'single part text/html (HTML only)',
               'multipart/alternative': 'multipart/alternative (no attachment)',
               'multipart/mixed': 'multipart/mixed'}[top])
    if top == 'multipart/mixed':
        body = msg.get_payload()[0]
        if body.get_content_type() == 'text/html':
            feats.add('HTML-only body with attachments')
    feats.add('CRLF line ends' if b'\r\n' in raw else 'LF line ends')
    head = raw.split(b'\r\n\r\n' if b'\r\n' in raw else b'\n\n', 1)[0]
    hs = {}
    for line in re.split(rb'\r?\n(?![ \t])', head):
        k, _, val = line.partition(b':')
        hs.setdefault(k.strip().lower(), b'')
        hs[k.strip().lower()] += val
    if b'=?' in hs.get(b'subject', b''):
        feats.add('RFC 2047 encoded Subject')
    if any(b'=?' in hs.get(k, b'') for k in (b'from', b'to', b'cc')):
        feats.add('RFC 2047 encoded display name')
    if b'filename*=' in raw:
        feats.add('RFC 2231 file name')
    if b'In-Reply-To:' in raw:
        feats.add('reply headers (In-Reply-To)')
    return raw, msg, text, feats


# ---------------------------------------------------------------- helpers
def fold(s):
    s = unicodedata.normalize('NFKC', s)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())


def alnum(s):
    return re.sub(r'[^0-9A-Z]', '', unicodedata.normalize('NFKC', s).upper())


def name_forms(given, surname):
    g, s = fold(given), fold(surname)
    return [g + ' ' + s, s + ' ' + g, s + ', ' + g]


def check_all(out_dir, labels, meta):
    errors = []
    holders = C.load_nams()
    nam_set = {h.nam: h for h in holders}
    files = sorted(labels)
    pos = [f for f in files if f.startswith('positive/')]
    neg = [f for f in files if f.startswith('negative/')]
    on_disk = sorted(os.path.join(d, f) for d in ('positive', 'negative')
                     for f in os.listdir(os.path.join(out_dir, d)) if f.endswith('.eml'))
    if len(pos) != 120 or len(neg) != 180:
        errors.append('counts %d/%d' % (len(pos), len(neg)))
    if on_disk != files:
        errors.append('labels do not match files on disk')
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        if json.load(fh) != labels:
            errors.append('labels.json differs from in-memory labels')
    all_surnames = {fold(s) for s in C.PAT_SUR_FR + C.PAT_SUR_EN} | {fold(h.surname) for h in holders}
    feats_by_file = {}
    texts = {}
    for f in files:
        lab = labels[f]
        if lab['lang'] not in ('fr', 'en'):
            errors.append('%s bad lang' % f)
        if not lab.get('note'):
            errors.append('%s empty note' % f)
        if any(re.search(r'\b%s\b' % re.escape(s), fold(lab['note'])) for s in all_surnames):
            errors.append('%s note contains a surname' % f)
        conf = f.startswith('positive/')
        if lab['confidential'] != conf:
            errors.append('%s confidential flag' % f)
        if conf and (not lab['types'] or any(t not in C.TYPES for t in lab['types'])):
            errors.append('%s bad types %r' % (f, lab['types']))
        if not conf and lab['types']:
            errors.append('%s negative with types' % f)
        try:
            raw, msg, text, feats = parse_file(os.path.join(out_dir, f))
        except Exception as e:  # noqa
            errors.append('%s parse/decode failure: %r' % (f, e))
            continue
        feats_by_file[f] = feats
        texts[f] = text
        m = meta[f]
        norm = alnum(text)
        ftext = fold(text)
        # NAMs
        found = {n for n in nam_set if n in norm}
        for tok in re.findall(r'(?i)\b[A-Z]{4}[ ./\-]?\d{4}[ ./\-]?\d{4}\b', unicodedata.normalize('NFKC', text)):
            if alnum(tok) not in nam_set:
                errors.append('%s NAM-like token not from list: %s' % (f, tok))
        if not conf and found:
            errors.append('%s negative contains NAM' % f)
        if conf:
            rec = {v for k, v in m['ids'] if k == 'ramq_nam'}
            if found != rec:
                errors.append('%s NAM mismatch found=%s recorded=%s' % (f, found, rec))
            if found and 'ramq_nam' not in lab['types']:
                errors.append('%s NAM present but not labelled' % f)
            for n in found:
                h = nam_set[n]
                if fold(h.surname) not in ftext or fold(h.given) not in ftext:
                    errors.append('%s NAM without holder name' % f)
                if not any(d in text for d in C.dob_variants(h.dob)):
                    errors.append('%s NAM without holder birth date' % f)
                if not re.search(r'\b%s\b' % h.sex, text):
                    errors.append('%s NAM without holder sex' % f)
                wrong = ('m. ' if h.sex == 'F' else 'mme ') + fold(h.given) + ' ' + fold(h.surname)
                wrong2 = ('mr. ' if h.sex == 'F' else 'ms. ') + fold(h.given) + ' ' + fold(h.surname)
                if wrong in ftext or wrong2 in ftext:
                    errors.append('%s NAM holder with wrong title' % f)
        # identifiers
        for kind, val in m['ids']:
            if not conf:
                errors.append('%s negative has recorded id' % f)
            ok = {'ramq_nam': lambda x: x in nam_set, 'ca_sin': ca_sin.is_valid, 'ca_health_number': C.ohn_valid,
                  'be_niss': be_nn.is_valid, 'fr_nir': fr_nir.is_valid,
                  'mrn': lambda x: len(x) == 7 and x.isdigit()}[kind](val)
            if not ok:
                errors.append('%s invalid %s %s' % (f, kind, val))
            if val not in norm:
                errors.append('%s recorded %s not found in text' % (f, kind))
            if kind not in lab['types']:
                errors.append('%s %s present but not labelled' % (f, kind))
        for t in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'ramq_nam'):
            if t in lab['types'] and not any(k == t for k, _ in m['ids']):
                errors.append('%s labelled %s without identifier' % (f, t))
        for p_given, p_sur, style in m['people']:
            if style == 'given':
                if fold(p_given) not in ftext:
                    errors.append('%s given name missing' % f)
            elif fold(p_sur) not in ftext:
                errors.append('%s surname missing (%s)' % (f, style))
        if conf and m['people'] and 'patient_name' not in lab['types']:
            errors.append('%s name not labelled' % f)
        if not conf:
            for h in holders:
                if any(x in ftext for x in name_forms(h.given, h.surname)):
                    errors.append('%s negative contains NAM holder name' % f)
    # identifiers of positives must not leak into negatives
    pos_ids = {v for f in pos for k, v in meta[f]['ids'] if k != 'mrn'}
    for f in neg:
        if f in texts:
            norm = alnum(texts[f])
            for v in pos_ids:
                if v in norm:
                    errors.append('%s contains a positive identifier' % f)
    return errors, feats_by_file
