"""Re-parse every written message, decode every part, and check labels / identifiers / NAM placement."""
import base64
import hashlib
import html
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy
from email.parser import BytesParser

from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

from gen_common import (FINDING_TYPES, load_holders, norm_id_text, all_date_forms, ohip_valid, all_pool_surnames)

PARSER = BytesParser(policy=policy.default)


# ------------------------------------------------------------------ decoders
def _pdf_literal(s, i):
    """Parse a PDF literal string starting after '('; return (bytes, new index)."""
    out, depth = bytearray(), 1
    while i < len(s):
        c = s[i]
        if c == 0x5C:  # backslash
            n = s[i + 1]
            esc = {ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12, ord('('): 40, ord(')'): 41, 0x5C: 0x5C}
            if n in esc:
                out.append(esc[n])
                i += 2
            elif 48 <= n <= 55:
                j = i + 1
                oct_ = b''
                while j < len(s) and len(oct_) < 3 and 48 <= s[j] <= 55:
                    oct_ += bytes([s[j]])
                    j += 1
                out.append(int(oct_, 8) & 0xFF)
                i = j
            else:
                i += 2
            continue
        if c == 40:
            depth += 1
        elif c == 41:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
        out.append(c)
        i += 1
    raise ValueError('unterminated PDF string')


def pdf_text(data):
    if not data.startswith(b'%PDF-') or b'%%EOF' not in data[-40:]:
        raise ValueError('not a PDF')
    lines = []
    for m in re.finditer(rb'\d+ 0 obj(.*?)endobj', data, re.S):
        body = m.group(1)
        k = body.find(b'stream')
        if k < 0:
            continue
        head = body[:k]
        start = k + len(b'stream')
        if body[start:start + 2] == b'\r\n':
            start += 2
        elif body[start:start + 1] == b'\n':
            start += 1
        end = body.rfind(b'endstream')
        stream = body[start:end]
        if b'ASCII85Decode' in head:
            s = stream.strip()
            if s.endswith(b'~>'):
                s = s[:-2]
            stream = base64.a85decode(s)
        if b'FlateDecode' in head:
            stream = zlib.decompress(stream)
        i = 0
        while True:
            j = stream.find(b'(', i)
            if j < 0:
                break
            s, i = _pdf_literal(stream, j + 1)
            lines.append(s.decode('cp1252'))
    return '\n'.join(lines)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(' | '.join(c.text for c in r.cells))
    return '\n'.join(out)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)


def unfold_ics(text):
    text = text.replace('\r\n', '\n').replace('\n ', '').replace('\n\t', '')
    return text.replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';').replace('\\\\', '\\')


def html_text(h):
    h = re.sub(r'(?i)<br\s*/?>', '\n', h)
    h = re.sub(r'(?is)<(style|script)[^>]*>.*?</\1>', ' ', h)
    h = re.sub(r'<[^>]+>', ' ', h)
    return html.unescape(h)


def decode_blob(name, ctype, data, feats, depth=0):
    """Return extracted text of an attachment (recursing into ZIP and .eml)."""
    low = (name or '').lower()
    if ctype == 'application/pdf' or low.endswith('.pdf'):
        feats.add('attachment: PDF')
        return pdf_text(data)
    if low.endswith('.docx'):
        feats.add('attachment: DOCX')
        return docx_text(data)
    if low.endswith('.xlsx'):
        feats.add('attachment: XLSX')
        return xlsx_text(data)
    if ctype == 'application/zip' or low.endswith('.zip'):
        feats.add('attachment: ZIP')
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for info in z.infolist():
                out.append(info.filename)
                out.append(decode_blob(info.filename, '', z.read(info.filename), feats, depth + 1))
        return '\n'.join(out)
    if low.endswith('.eml'):
        m = PARSER.parsebytes(data)
        return extract(m, feats, depth + 1)
    if low.endswith(('.csv', '.txt', '.ics', '.vcf')):
        return unfold_ics(data.decode('utf-8'))
    raise ValueError('unknown attachment type %r %r' % (name, ctype))


def extract(msg, feats, depth=0):
    """Decoded text of a message: headers, bodies, attachments and file names."""
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        if msg[h] is not None:
            out.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part is not msg and ct == 'message/rfc822':
            feats.add('attached message (message/rfc822)')
            inner = part.get_content()
            out.append(extract(inner, feats, depth + 1))
            continue
        if part.is_multipart():
            if ct in ('multipart/alternative', 'multipart/mixed'):
                feats.add(ct)
            continue
        if _inside_rfc822(msg, part):
            continue
        cs = part.get_content_charset()
        if cs:
            feats.add('charset ' + cs)
        feats.add('CTE ' + str(part.get('Content-Transfer-Encoding', '7bit')).lower())
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct.startswith('text/'):
            text = part.get_content()
            if ct == 'text/html':
                out.append(html_text(text))
            elif ct == 'text/calendar':
                feats.add('attachment: ICS')
                out.append(unfold_ics(text))
            elif ct in ('text/vcard', 'text/x-vcard'):
                feats.add('attachment: vCard')
                out.append(unfold_ics(text))
            elif ct == 'text/csv':
                feats.add('attachment: CSV')
                out.append(text)
            else:
                out.append(text)
        else:
            data = part.get_payload(decode=True)
            out.append(decode_blob(fn, ct, data, feats, depth))
    return '\n'.join(out)


def _inside_rfc822(root, part):
    """True when part belongs to a message/rfc822 child (handled recursively)."""
    for p in root.walk():
        if p is not root and p.get_content_type() == 'message/rfc822':
            for q in p.walk():
                if q is part and q is not p:
                    return True
    return False


def norm_ws(s):
    return ' '.join(s.split())


def fold(s):
    s = unicodedata.normalize('NFKD', unicodedata.normalize('NFKC', s))
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


# ------------------------------------------------------------------ checks
def transport_features(raw, msg, feats):
    feats.add('CRLF line ends' if b'\r\n' in raw else 'LF line ends')
    head = raw.split(b'\r\n\r\n' if b'\r\n' in raw else b'\n\n', 1)[0].decode('ascii')
    unf = re.sub(r'\r?\n[ \t]', ' ', head)
    for line in unf.splitlines():
        low = line.lower()
        if low.startswith('subject:') and '=?' in line:
            feats.add('RFC 2047 encoded Subject')
        if (low.startswith('from:') or low.startswith('to:') or low.startswith('cc:')) and '=?' in line:
            feats.add('RFC 2047 encoded display name')
    if re.search(rb'(?i)filename\*', raw):
        feats.add('RFC 2231 file name')
    top = msg.get_content_type()
    if top == 'text/plain':
        feats.add('text/plain only')
    elif top == 'text/html':
        feats.add('text/html only')


def verify(out, manifest):
    errors = []
    holders = load_holders()
    nam_map = {h['nam']: h for h in holders}
    labels = json.load(open(os.path.join(out, 'labels.json'), encoding='utf-8'))
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml')] +
                   ['negative/' + f for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml')])
    if list(labels) != sorted(labels):
        errors.append('labels.json keys not sorted')
    if sorted(labels) != files:
        errors.append('labels.json keys do not match files')
    pos = [f for f in files if f.startswith('positive/')]
    negs = [f for f in files if f.startswith('negative/')]
    if len(pos) != 120 or len(negs) != 180:
        errors.append('counts %d/%d' % (len(pos), len(negs)))
    for i, f in enumerate(pos):
        if not re.fullmatch(r'positive/p%03d_[a-z_]+\.eml' % (i + 1), f):
            errors.append('bad name ' + f)
    for i, f in enumerate(negs):
        if not re.fullmatch(r'negative/n%03d_[a-z_]+\.eml' % (i + 1), f):
            errors.append('bad name ' + f)
    name_words = set(fold(s) for s in all_pool_surnames()) | set(fold(h['surname']) for h in holders)
    feature_count = {}
    msgids = set()
    type_count = {t: 0 for t in FINDING_TYPES}
    lang_count = {}
    for f in files:
        lab = labels.get(f, {})
        raw = open(os.path.join(out, f), 'rb').read()
        msg = PARSER.parsebytes(raw)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if msg[h] is None:
                errors.append('%s: missing %s' % (f, h))
        if msg['Message-ID'] in msgids:
            errors.append('%s: duplicate Message-ID' % f)
        msgids.add(msg['Message-ID'])
        feats = set()
        try:
            text = extract(msg, feats)
        except Exception as e:  # noqa: BLE001 - report any decoding failure
            errors.append('%s: decode failure %r' % (f, e))
            continue
        transport_features(raw, msg, feats)
        if any(0xFF10 <= ord(c) <= 0xFF3A for c in text):
            feats.add('full-width digits / letters')
        for x in feats:
            feature_count.setdefault(x, []).append(f)
        conf = f.startswith('positive/')
        if lab.get('confidential') is not conf:
            errors.append('%s: confidential flag' % f)
        if lab.get('lang') not in ('fr', 'en'):
            errors.append('%s: lang' % f)
        lang_count[lab.get('lang')] = lang_count.get(lab.get('lang'), 0) + 1
        note_words = set(re.findall(r"[\w'-]+", fold(lab.get('note', ''))))
        if note_words & name_words:
            errors.append('%s: note contains a name %s' % (f, note_words & name_words))
        types = lab.get('types', [])
        if conf:
            if not types or any(t not in FINDING_TYPES for t in types):
                errors.append('%s: bad types %r' % (f, types))
            for t in types:
                type_count[t] += 1
        elif types:
            errors.append('%s: negative with types' % f)
        ntext = norm_ws(text)
        nid = norm_id_text(text)
        ftext = fold(text)
        found = [n for n in nam_map if n in nid]
        if not conf:
            if found:
                errors.append('%s: NAM in negative' % f)
            for h in holders:
                if re.search(r'\b%s\b' % re.escape(fold(h['surname'])), ftext):
                    errors.append('%s: NAM holder surname %s in negative' % (f, h['surname']))
            continue
        man = manifest[f]
        if sorted(man['types']) != sorted(types):
            errors.append('%s: types differ from manifest' % f)
        for s in man['must']:
            if norm_ws(s) not in ntext:
                errors.append('%s: missing %r' % (f, s))
        for kind, val in man['ids']:
            ok = {'sin': std_sin.is_valid, 'niss': std_nn.is_valid, 'nir': std_nir.is_valid, 'ohip': ohip_valid,
                  'nam': lambda v: v in nam_map}[kind](val)
            if not ok:
                errors.append('%s: invalid %s %s' % (f, kind, val))
            if norm_id_text(val) not in nid:
                errors.append('%s: %s not present' % (f, kind))
            tname = {'sin': 'ca_sin', 'niss': 'be_niss', 'nir': 'fr_nir', 'ohip': 'ca_health_number', 'nam': 'ramq_nam'}[kind]
            if tname not in types:
                errors.append('%s: %s missing from types' % (f, tname))
        if bool(found) != ('ramq_nam' in types):
            errors.append('%s: ramq_nam label vs content' % f)
        ntext_k = unicodedata.normalize('NFKC', text)
        for n in found:
            h = nam_map[n]
            if fold(h['surname']) not in ftext or fold(h['given']) not in ftext:
                errors.append('%s: NAM %s without holder name' % (f, n))
            if not any(d in ntext_k for d in all_date_forms(h['dob'])):
                errors.append('%s: NAM %s without birth date' % (f, n))
            sexes = re.findall(r'(?i)(?:sexe?\s*[:|]?\s*|\()(F|M|féminin|masculin|female|male)\b', ntext_k)
            sexes = {s[0].upper() for s in sexes}
            if h['sex'] not in sexes:
                errors.append('%s: NAM %s without listed sex' % (f, n))
    return errors, feature_count, type_count, lang_count


def digest(out):
    h = hashlib.sha256()
    paths = sorted(['positive/' + f for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml')] +
                   ['negative/' + f for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml')] + ['labels.json'])
    for p in paths:
        h.update(p.encode('utf-8'))
        h.update(b'\0')
        h.update(open(os.path.join(out, p), 'rb').read())
        h.update(b'\0')
    return h.hexdigest()
