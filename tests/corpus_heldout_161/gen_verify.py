"""Re-parse every written file, decode every part, and check labels, identifiers and NAM placement."""
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

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C
from gen_render import ALL_TYPES

DOCX_T = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX_T = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


class CheckError(Exception):
    pass


# --------------------------------------------------------------------------- decoders

def pdf_text(b):
    if not b.startswith(b'%PDF-') or b'%%EOF' not in b[-64:]:
        raise CheckError('not a complete PDF')
    out = []
    for m in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', b, re.S):
        s = m.group(1)
        s = re.sub(rb'\\([0-7]{1,3})', lambda x: bytes([int(x.group(1), 8)]), s)
        s = re.sub(rb'\\(.)', lambda x: {b'n': b'\n', b'r': b'\r', b't': b'\t'}.get(x.group(1), x.group(1)), s)
        out.append(s.decode('cp1252'))
    if not out:
        raise CheckError('PDF without text')
    return '\n'.join(out)


def docx_text(b):
    z = zipfile.ZipFile(io.BytesIO(b))
    if z.testzip() is not None:
        raise CheckError('bad DOCX member')
    xml = z.read('word/document.xml').decode('utf-8')
    paras = []
    for p in re.findall(r'<w:p[ >].*?</w:p>', xml, re.S):
        paras.append(''.join(html.unescape(t) for t in re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p)))
    core = z.read('docProps/core.xml').decode('utf-8') if 'docProps/core.xml' in z.namelist() else ''
    meta = ' '.join(html.unescape(t) for t in re.findall(r'>([^<>]+)<', core))
    return '\n'.join(paras) + '\n' + meta


def xlsx_text(b):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(b), read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append('\t'.join('' if v is None else str(v) for v in row))
    wb.close()
    return '\n'.join(out)


def ical_text(t):
    t = t.replace('\r\n', '\n').replace('\n ', '').replace('\n\t', '')
    return t.replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';').replace('\\\\', '\\')


def html_text(t):
    t = re.sub(r'(?is)<(script|style|head).*?</\1>', ' ', t)
    t = re.sub(r'<[^>]+>', ' ', t)
    return html.unescape(t)


def blob_text(name, ctype, data, feats, depth):
    lname = (name or '').lower()
    if ctype == 'application/pdf' or lname.endswith('.pdf'):
        feats.add('PDF attachment')
        return pdf_text(data)
    if ctype == DOCX_T or lname.endswith('.docx'):
        feats.add('DOCX attachment')
        return docx_text(data)
    if ctype == XLSX_T or lname.endswith('.xlsx'):
        feats.add('XLSX attachment')
        return xlsx_text(data)
    if ctype in ('application/zip', 'application/x-zip-compressed') or lname.endswith('.zip'):
        feats.add('ZIP attachment')
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise CheckError('bad ZIP member')
        parts = []
        for info in z.infolist():
            parts.append(info.filename)
            parts.append(blob_text(info.filename, '', z.read(info.filename), feats, depth + 1))
        return '\n'.join(parts)
    if lname.endswith('.eml'):
        m = email.message_from_bytes(data, policy=email.policy.default)
        return msg_text(m, feats, depth + 1)
    if lname.endswith(('.txt', '.csv')):
        return data.decode('utf-8')
    raise CheckError('cannot decode %s (%s)' % (name, ctype))


def leaf_text(part, feats, depth):
    ctype = part.get_content_type()
    name = part.get_filename()
    cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
    feats.add('CTE ' + cte)
    out = [name or '']
    cs = part.get_content_charset()
    if part.get_content_maintype() == 'text':
        if cs:
            feats.add('charset ' + cs)
        t = part.get_content()
        if ctype == 'text/html':
            if re.search(r'&[a-zA-Z]+;|&#\d+;', t):
                feats.add('HTML character entities')
            t = html_text(t)
        elif ctype == 'text/calendar':
            feats.add('ICS attachment')
            t = ical_text(t)
        elif ctype in ('text/vcard', 'text/x-vcard'):
            feats.add('vCard attachment')
            t = ical_text(t)
        elif ctype == 'text/csv':
            feats.add('CSV attachment')
        out.append(t)
    else:
        data = part.get_content()
        if not isinstance(data, bytes):
            raise CheckError('non-bytes payload for %s' % ctype)
        out.append(blob_text(name, ctype, data, feats, depth))
    return '\n'.join(out)


def msg_text(m, feats, depth=0):
    if m.defects:
        raise CheckError('defects: %r' % m.defects)
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        v = m.get(h)
        if v is not None:
            out.append(str(v))
    out.append(part_text(m, feats, depth))
    return '\n'.join(out)


def part_text(part, feats, depth):
    if part.defects:
        raise CheckError('part defects: %r' % part.defects)
    ct = part.get_content_type()
    if ct == 'message/rfc822':
        feats.add('attached message (message/rfc822)')
        inner = part.get_payload(0)
        return (part.get_filename() or '') + '\n' + msg_text(inner, feats, depth + 1)
    if part.is_multipart():
        feats.add(ct)
        if ct == 'multipart/mixed' and any(p.get_content_type() == 'multipart/alternative' for p in part.iter_parts()):
            feats.add('multipart/alternative nested in multipart/mixed')
        return '\n'.join(part_text(p, feats, depth) for p in part.iter_parts())
    return leaf_text(part, feats, depth)


# --------------------------------------------------------------------------- normalisation

def norm(t):
    t = unicodedata.normalize('NFKC', t)
    t = C.fold(t)
    return re.sub(r'\s+', ' ', t)


def squeeze(t):
    return re.sub(r'[^0-9a-z]', '', norm(t))


NAM_SHAPE = re.compile(r'\b([a-z]{4})[ ./\-]?(\d{2}(?:0[1-9]|1[0-2]|5[1-9]|6[0-2]))[ ./\-]?((?:0[1-9]|[12]\d|3[01])\d{2})\b')


def raw_headers(raw):
    head = raw.split(b'\r\n\r\n' if b'\r\n\r\n' in raw[:4000] else b'\n\n', 1)[0]
    return head.decode('ascii')


def transport_features(raw, m, feats):
    f = set(feats)
    f.add('CRLF line ends' if b'\r\n' in raw else 'LF line ends')
    top = m.get_content_type()
    if top == 'text/plain':
        f.add('single part text/plain')
    elif top == 'text/html':
        f.add('single part text/html (HTML only)')
    hdr = raw_headers(raw)
    if re.search(r'(?im)^Subject:.*=\?', hdr) or re.search(r'(?im)^Subject:.*\n[ \t]+=\?', hdr):
        f.add('RFC 2047 encoded Subject')
    if re.search(r'(?ims)^(From|To|Cc):[^\n]*(\n[ \t][^\n]*)*=\?', hdr):
        f.add('RFC 2047 encoded display name')
    if re.search(rb'(file)?name\*(0\*?)?=', raw):
        f.add('RFC 2231 file name')
    return f


# --------------------------------------------------------------------------- main check

def verify(out_dir, labels, records):
    errors = []
    texts = {}
    features = {}
    pos = sorted(os.listdir(os.path.join(out_dir, 'positive')))
    neg = sorted(os.listdir(os.path.join(out_dir, 'negative')))
    files = ['positive/' + f for f in pos] + ['negative/' + f for f in neg]
    if len(pos) != 120 or len(neg) != 180:
        errors.append('counts %d/%d' % (len(pos), len(neg)))
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(r'p%03d_[a-z0-9_]+\.eml' % i, f):
            errors.append('bad positive name %s' % f)
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(r'n%03d_[a-z0-9_]+\.eml' % i, f):
            errors.append('bad negative name %s' % f)
    if sorted(labels) != sorted(files):
        errors.append('labels do not match files')
    if list(labels) != sorted(labels):
        errors.append('labels not sorted')
    holders = {h.nam.lower(): h for h in C.HOLDERS}
    holder_surnames = {C.fold(h.surname) for h in C.HOLDERS}
    for rel in files:
        lab = labels.get(rel, {})
        is_pos = rel.startswith('positive/')
        try:
            if lab.get('confidential') is not is_pos:
                raise CheckError('label confidential mismatch')
            if lab.get('lang') not in ('fr', 'en') or not lab.get('note'):
                raise CheckError('label lang/note')
            types = lab.get('types')
            if is_pos and not types:
                raise CheckError('positive without types')
            if not is_pos and types:
                raise CheckError('negative with types')
            if any(t not in ALL_TYPES for t in types):
                raise CheckError('unknown type')
            raw = open(os.path.join(out_dir, rel), 'rb').read()
            if b'gen_' in raw:
                raise CheckError('generator internals leak into the message')
            m = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
                if not m.get(h):
                    raise CheckError('missing header %s' % h)
            if m['Date'].datetime is None:
                raise CheckError('bad Date')
            feats = set()
            text = msg_text(m, feats)
            texts[rel] = text
            if 'gen_' in text:
                raise CheckError('generator internals leak into the decoded text')
            features[rel] = transport_features(raw, m, feats)
            nt, sq = norm(text), squeeze(text)
            rec = records[rel]
            # ---- NAM placement
            for mm in NAM_SHAPE.finditer(nt):
                tok = ''.join(mm.groups())
                if tok not in holders:
                    raise CheckError('NAM-shaped token not from the list: %s' % tok)
                if not is_pos:
                    raise CheckError('NAM in a negative')
            found = [n for n in holders if n in sq]
            if not is_pos and found:
                raise CheckError('NAM in a negative: %s' % found)
            if is_pos:
                if sorted(found) != sorted(x.lower() for x in rec['ids']['nam']):
                    raise CheckError('NAM mismatch found=%s rec=%s' % (found, rec['ids']['nam']))
                for nam, sur, giv, dob, sex in rec['nam_ctx']:
                    h = holders[nam.lower()]
                    if (h.surname, h.given, h.dob, h.sex) != (sur, giv, dob, sex):
                        raise CheckError('NAM holder data altered')
                    if C.fold(sur) not in nt or C.fold(giv) not in nt:
                        raise CheckError('NAM %s without holder name' % nam)
                    if not any(C.fold(v) in nt for v in C.dob_variants(dob)):
                        raise CheckError('NAM %s without birth date' % nam)
                    sexes = re.findall(r'\bsex[e]?\s*:\s*([mf])\b', nt)
                    if any(s != sex.lower() for s in sexes):
                        raise CheckError('sex field differs from list')
                if found and 'ramq_nam' not in types:
                    raise CheckError('ramq_nam missing from types')
                # ---- other identifiers
                digits = re.sub(r'[^0-9]', '', nt)
                checks = {'sin': (ca_sin.is_valid, 'ca_sin'), 'ohip': (lambda s: C.ohip_valid(s), 'ca_health_number'),
                          'niss': (be_nn.is_valid, 'be_niss'), 'nir': (fr_nir.is_valid, 'fr_nir')}
                for k, (fn, tname) in checks.items():
                    for v in rec['ids'][k]:
                        if not fn(v):
                            raise CheckError('invalid %s %s' % (k, v))
                        if v not in digits:
                            raise CheckError('%s %s not readable in message' % (k, v))
                        if tname not in types:
                            raise CheckError('%s missing from types' % tname)
                    if not rec['ids'][k] and tname in types:
                        raise CheckError('%s labelled but absent' % tname)
                if not rec['ids']['nam'] and 'ramq_nam' in types:
                    raise CheckError('ramq_nam labelled but absent')
                for nm in rec['names']:
                    if norm(nm) not in nt:
                        raise CheckError('name not readable: %r' % nm)
                if 'patient_name' in types and not rec['names']:
                    raise CheckError('patient_name without a recorded name')
            else:
                words = set(re.findall(r'[a-z]+', nt))
                bad = holder_surnames & words
                if bad:
                    raise CheckError('NAM holder surname in negative: %s' % sorted(bad))
        except CheckError as e:
            errors.append('%s: %s' % (rel, e))
        except Exception as e:  # any decoding failure is a failure
            errors.append('%s: %s: %s' % (rel, type(e).__name__, e))
    return errors, features


def digest(out_dir):
    h = hashlib.sha256()
    rels = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive')) if f.endswith('.eml')] +
                  ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative')) if f.endswith('.eml')] + ['labels.json'])
    for rel in rels:
        h.update(rel.encode('utf-8') + b'\0')
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()
