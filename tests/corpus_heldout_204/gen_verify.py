"""Re-parse every written message with email.policy.default, decode every part
(PDF, DOCX, XLSX, ZIP, nested messages), and check labels, NAM placement,
identifier validity and the absence of NAM holders from negatives."""
import base64
import email
import email.policy
import html as htmlmod
import io
import os
import re
import unicodedata
import zipfile
import zlib

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import TYPES, ohip_valid, strip_accents


class VerifyError(Exception):
    pass


# ---------------------------------------------------------------- decoders
def _pdf_strings(content):
    out = []
    i, n = 0, len(content)
    while i < n:
        if content[i:i + 1] == b'(':
            depth, i, buf = 1, i + 1, bytearray()
            while i < n and depth:
                ch = content[i:i + 1]
                if ch == b'\\':
                    nxt = content[i + 1:i + 2]
                    if nxt in b'01234567' and nxt:
                        m = re.match(rb'[0-7]{1,3}', content[i + 1:i + 4])
                        buf.append(int(m.group(0), 8) & 0xFF)
                        i += 1 + len(m.group(0))
                        continue
                    buf += {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f'}.get(nxt, nxt)
                    i += 2
                    continue
                if ch == b'(':
                    depth += 1
                elif ch == b')':
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                buf += ch
                i += 1
            out.append(bytes(buf).decode('cp1252', 'replace'))
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b'%PDF'):
        raise VerifyError('not a PDF')
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n', data, re.S):
        start = m.end()
        end = data.find(b'endstream', start)
        raw = data[start:end].rstrip(b'\r\n')
        d = m.group(1)
        if b'ASCII85Decode' in d:
            raw = raw.strip()
            if raw.endswith(b'~>'):
                raw = raw[:-2]
            raw = base64.a85decode(raw.replace(b'\n', b'').replace(b'\r', b''))
        if b'FlateDecode' in d:
            raw = zlib.decompress(raw)
        if b'BT' in raw:
            lines = []
            for seg in re.split(rb'T\*|\n', raw):
                s = _pdf_strings(seg)
                if s:
                    lines.append(''.join(s))
            texts.append('\n'.join(lines))
    if not texts:
        raise VerifyError('PDF without text')
    return '\n'.join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(' | '.join(cell.text for cell in row.cells))
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


def unfold_card(s):
    s = s.replace('\r\n ', '').replace('\n ', '')
    return s.replace('\\,', ',').replace('\\;', ';').replace('\\n', '\n').replace('\\\\', '\\')


def blob_text(name, data, feats):
    low = (name or '').lower()
    if low.endswith('.pdf') or data.startswith(b'%PDF'):
        feats.add('PDF attachment')
        return pdf_text(data)
    if low.endswith('.docx'):
        feats.add('DOCX attachment')
        return docx_text(data)
    if low.endswith('.xlsx'):
        feats.add('XLSX attachment')
        return xlsx_text(data)
    if low.endswith('.zip'):
        feats.add('ZIP attachment')
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename), set()))
        return '\n'.join(out)
    for enc in ('utf-8', 'cp1252'):
        try:
            return unfold_card(data.decode(enc))
        except UnicodeDecodeError:
            continue
    raise VerifyError('undecodable blob ' + name)


ATT_FEATURE = {'text/csv': 'CSV attachment', 'text/calendar': 'ICS attachment', 'text/vcard': 'vCard attachment',
               'text/x-vcard': 'vCard attachment'}


def message_text(msg, feats, depth=0):
    """All decoded text of a parsed message: headers, bodies, attachments, file names."""
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    if depth == 0:
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if msg.get(h) is None:
                raise VerifyError('missing header ' + h)
    ct = msg.get_content_type()
    if msg.is_multipart() and ct.startswith('multipart/'):
        feats.add(ct)
        for p in msg.iter_parts():
            out.append(message_text_part(p, feats, depth))
    else:
        out.append(message_text_part(msg, feats, depth, top=True))
    return '\n'.join(out)


def message_text_part(p, feats, depth, top=False):
    ct = p.get_content_type()
    cte = (p.get('Content-Transfer-Encoding') or '7bit').lower()
    feats.add('CTE ' + cte)
    cs = p.get_content_charset()
    if cs:
        feats.add('charset ' + cs)
    fname = p.get_filename()
    out = []
    if fname:
        out.append(fname)
    if ct.startswith('multipart/'):
        feats.add(ct)
        for sp in p.iter_parts():
            out.append(message_text_part(sp, feats, depth))
        return '\n'.join(out)
    if ct == 'message/rfc822':
        feats.add('attached message/rfc822')
        inner = p.get_payload(0)
        out.append(message_text(inner, feats, depth + 1))
        return '\n'.join(out)
    if ct in ('text/plain', 'text/html') and not fname:
        feats.add(ct + ' body')
        body = p.get_content()
        out.append(htmlmod.unescape(body) if ct == 'text/html' else body)
        return '\n'.join(out)
    if ct.startswith('text/'):
        if ct in ATT_FEATURE:
            feats.add(ATT_FEATURE[ct])
        out.append(unfold_card(p.get_content()))
        return '\n'.join(out)
    data = p.get_content()
    if isinstance(data, str):
        data = data.encode('utf-8')
    out.append(blob_text(fname or '', data, feats))
    return '\n'.join(out)


# ---------------------------------------------------------------- normalisation
def norm_words(s):
    s = unicodedata.normalize('NFKC', s)
    s = strip_accents(s).lower()
    s = re.sub(r'<[^>]+>', ' ', s)
    return re.sub(r'\s+', ' ', s)


def norm_alnum(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'[^0-9a-z]', '', strip_accents(s).lower())


def norm_digits(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'[^0-9]', '', s)


# ---------------------------------------------------------------- checks
def verify(out_dir, labels, registry, holders, n_pos=120, n_neg=180):
    errors = []
    features = {}
    pos = sorted(f for f in os.listdir(os.path.join(out_dir, 'positive')) if f.endswith('.eml'))
    neg = sorted(f for f in os.listdir(os.path.join(out_dir, 'negative')) if f.endswith('.eml'))
    if len(pos) != n_pos or len(neg) != n_neg:
        errors.append('counts %d/%d' % (len(pos), len(neg)))
    files = ['positive/' + f for f in pos] + ['negative/' + f for f in neg]
    if sorted(labels) != sorted(files):
        errors.append('labels do not match files')
    nam_index = {h.nam.lower(): h for h in holders}
    holder_surnames = sorted({norm_words(h.surname) for h in holders})
    for rel in files:
        lab = labels.get(rel, {})
        is_pos = rel.startswith('positive/')
        if lab.get('confidential') is not is_pos:
            errors.append('%s: confidential flag' % rel)
        if lab.get('lang') not in ('fr', 'en') or not lab.get('note'):
            errors.append('%s: lang/note' % rel)
        types = lab.get('types', [])
        if is_pos and not types:
            errors.append('%s: positive without types' % rel)
        if not is_pos and types:
            errors.append('%s: negative with types' % rel)
        if any(t not in TYPES for t in types):
            errors.append('%s: unknown type' % rel)
        raw = open(os.path.join(out_dir, rel), 'rb').read()
        feats = set()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            text = message_text(msg, feats)
        except Exception as exc:  # noqa
            errors.append('%s: parse/decode failed: %r' % (rel, exc))
            continue
        head = raw.split(b'\r\n\r\n' if b'\r\n\r\n' in raw[:4000] else b'\n\n', 1)[0]
        feats.add('CRLF line ends' if b'\r\n' in raw else 'LF line ends')
        if re.search(rb'^Subject: .*=\?', head, re.M):
            feats.add('RFC 2047 Subject')
        if re.search(rb'filename\*', raw):
            feats.add('RFC 2231 file name')
        if re.search(rb'^(From|To|Cc): .*=\?', head, re.M):
            feats.add('RFC 2047 address name')
        if re.search('[\uff10-\uff19]', text):
            feats.add('full-width digits')
        if 'text/plain body' not in feats and 'text/html body' in feats:
            feats.add('HTML only')
        features[rel] = feats
        a = norm_alnum(text)
        w = norm_words(text)
        dg = norm_digits(text)
        reg = registry.get(rel, {'ids': [], 'nams': []})
        found_nams = {k for k in nam_index if k in a}
        if not is_pos:
            if found_nams:
                errors.append('%s: NAM in negative' % rel)
            for s in holder_surnames:
                if re.search(r'\b%s\b' % re.escape(s), w):
                    errors.append('%s: NAM holder surname %r in negative' % (rel, s))
            if reg['ids'] or reg['nams']:
                errors.append('%s: identifiers registered in negative' % rel)
            continue
        reg_nams = {h.nam.lower() for h, _, _ in reg['nams']}
        if found_nams - reg_nams:
            errors.append('%s: unregistered NAM present' % rel)
        for h, dob_s, sex_s in reg['nams']:
            if h.nam.lower() not in a:
                errors.append('%s: NAM %s missing' % (rel, h.nam))
            if nam_index.get(h.nam.lower()) is not h:
                errors.append('%s: NAM not from list' % rel)
            if norm_words(h.surname) not in w or norm_words(h.given) not in w:
                errors.append('%s: holder name missing for %s' % (rel, h.nam))
            if norm_words(dob_s) not in w:
                errors.append('%s: holder DOB %r missing' % (rel, dob_s))
            if norm_words(sex_s) not in w:
                errors.append('%s: holder sex %r missing' % (rel, sex_s))
        if reg['nams'] and 'ramq_nam' not in types:
            errors.append('%s: ramq_nam type missing' % rel)
        if 'ramq_nam' in types and not reg['nams']:
            errors.append('%s: ramq_nam labelled without NAM' % rel)
        kinds = {'sin': ('ca_sin', ca_sin.is_valid), 'ohip': ('ca_health_number', ohip_valid),
                 'niss': ('be_niss', be_nn.is_valid), 'nir': ('fr_nir', fr_nir.is_valid)}
        seen = set()
        for kind, val in reg['ids']:
            if kind == 'nam':
                continue
            tname, fn = kinds[kind]
            seen.add(tname)
            if not fn(val):
                errors.append('%s: invalid %s %s' % (rel, kind, val))
            if val not in dg:
                errors.append('%s: %s %s not found in text' % (rel, kind, val))
            if tname not in types:
                errors.append('%s: type %s missing' % (rel, tname))
        for tname in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            if tname in types and tname not in seen:
                errors.append('%s: %s labelled but not registered' % (rel, tname))
    return errors, features
