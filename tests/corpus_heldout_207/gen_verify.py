"""Re-parse every written file, decode every part, and check labels and identifiers."""
import base64
import email
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_common import fold, load_nams, PAT_SUR_FR, PAT_SUR_EN

TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']
ID_TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn']


class VerifyError(Exception):
    pass


# ---------------------------------------------------------------- decoders
def _pdf_literals(buf):
    out, i, n = [], 0, len(buf)
    while i < n:
        if buf[i:i + 1] == b'(':
            depth, j, cur = 1, i + 1, bytearray()
            while j < n and depth:
                c = buf[j:j + 1]
                if c == b'\\':
                    nx = buf[j + 1:j + 2]
                    if nx in b'01234567' and nx:
                        k = j + 1
                        oc = b''
                        while k < n and len(oc) < 3 and buf[k:k + 1] in b'01234567':
                            oc += buf[k:k + 1]
                            k += 1
                        cur.append(int(oc, 8) & 0xFF)
                        j = k
                        continue
                    cur += {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f'}.get(nx, nx)
                    j += 2
                    continue
                if c == b'(':
                    depth += 1
                elif c == b')':
                    depth -= 1
                    if depth == 0:
                        break
                cur += c
                j += 1
            out.append(bytes(cur).decode('cp1252', 'replace'))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b'%PDF-'):
        raise VerifyError('not a PDF')
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        head, s = m.group(1), m.group(2)
        if b'ASCII85Decode' in head:
            s = s.strip()
            if s.endswith(b'~>'):
                s = s[:-2]
            s = base64.a85decode(s)
        if b'FlateDecode' in head:
            s = zlib.decompress(s)
        texts.extend(_pdf_literals(s))
    outside = re.sub(rb'stream\r?\n.*?endstream', b'', data, flags=re.S)
    texts.extend(_pdf_literals(outside))
    return '\n'.join(texts)


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(' | '.join(c.text for c in row.cells))
    out.append(d.core_properties.title or '')
    return '\n'.join(out)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    wb.close()
    return '\n'.join(out)


def text_bytes(data, charset=None):
    for cs in ([charset] if charset else []) + ['utf-8']:
        try:
            s = data.decode(cs)
            return s.lstrip('\ufeff')
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode('cp1252')


def ics_text(s):
    s = s.replace('\r\n ', '').replace('\n ', '')
    return s.replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';').replace('\\\\', '\\')


def html_text(s):
    s = re.sub(r'(?is)<style.*?</style>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>', '\n', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return htmlmod.unescape(s)


def decode_blob(name, ctype, data, feats, charset=None, depth=0):
    low = (name or '').lower()
    if ctype == 'application/pdf' or low.endswith('.pdf'):
        feats.add('PDF attachment')
        return pdf_text(data)
    if low.endswith('.docx'):
        feats.add('DOCX attachment')
        return docx_text(data)
    if low.endswith('.xlsx'):
        feats.add('XLSX attachment')
        return xlsx_text(data)
    if ctype == 'application/zip' or low.endswith('.zip'):
        feats.add('ZIP attachment')
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise VerifyError('bad zip member')
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(decode_blob(info.filename, '', z.read(info.filename), feats, depth=depth + 1))
        return '\n'.join(out)
    if low.endswith('.eml') or ctype == 'message/rfc822':
        feats.add('attached message/rfc822')
        m = email.message_from_bytes(data, policy=policy.default)
        return message_text(m, feats, depth + 1)
    if low.endswith('.ics') or ctype == 'text/calendar':
        feats.add('ICS attachment')
        return ics_text(text_bytes(data, charset))
    if low.endswith('.vcf') or ctype in ('text/vcard', 'text/x-vcard'):
        feats.add('vCard attachment')
        return ics_text(text_bytes(data, charset))
    if low.endswith('.csv') or ctype == 'text/csv':
        feats.add('CSV attachment')
        return text_bytes(data, charset)
    if ctype.startswith('text/'):
        return text_bytes(data, charset)
    raise VerifyError('undecodable part %s %s' % (name, ctype))


def message_text(msg, feats, depth=0):
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None:
            raise VerifyError('missing header %s' % h)
    out = ['Subject: ' + str(msg['Subject']), 'From: ' + str(msg['From']), 'To: ' + str(msg['To'])]
    if msg['Cc']:
        out.append('Cc: ' + str(msg['Cc']))
    for part in msg.walk():
        if part.defects:
            raise VerifyError('MIME defects: %r' % part.defects)
        ct = part.get_content_type()
        if depth == 0:
            if part.get_content_charset():
                feats.add('charset ' + part.get_content_charset())
            cte = part.get('Content-Transfer-Encoding')
            if cte and not part.is_multipart():
                feats.add('CTE ' + cte.lower())
        if part.is_multipart():
            if depth == 0:
                feats.add(ct)
            continue
        if ct == 'message/rfc822':
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if fn:
            out.append(fn)
        if ct in ('text/plain', 'text/html') and not fn:
            cs = part.get_content_charset() or 'us-ascii'
            s = payload.decode(cs)          # strict: wrong charset fails here
            out.append(html_text(s) if ct == 'text/html' else s)
        else:
            out.append(decode_blob(fn, ct, payload, feats, part.get_content_charset(), depth))
    # nested message/rfc822 parts: walk() already descends into them, but keep their headers
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            feats.add('attached message/rfc822')
            sub = part.get_payload()[0]
            for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
                if sub[h] is None:
                    raise VerifyError('nested message missing %s' % h)
            out.append('Subject: ' + str(sub['Subject']))
            out.append('From: ' + str(sub['From']))
    return '\n'.join(out)


def body_shape(msg):
    ct = msg.get_content_type()
    if ct == 'text/plain':
        return 'text/plain only'
    if ct == 'text/html':
        return 'text/html only'
    if ct == 'multipart/alternative':
        return 'multipart/alternative'
    return None


# ---------------------------------------------------------------- helpers
def nfkc(s):
    return unicodedata.normalize('NFKC', s)


def compact(s):
    return re.sub(r'[\s.\-/]', '', nfkc(s)).upper()


def alnum(s):
    return re.sub(r'[^a-z0-9]', '', fold(nfkc(s)))


NAM_PATTERNS = [r'\b[A-Z]{4}\d{8}\b', r'\b[A-Z]{4}([ .\-])\d{4}\1\d{4}\b', r'\b[A-Z]{4} \d{2} \d{2} \d{2} \d{2}\b',
                r'\b[A-Z]{4}/\d{8}\b', r'\b[A-Z]{4} \d{8}\b']


def id_valid(typ, v, nams):
    if typ == 'ramq_nam':
        return v in nams
    if typ == 'ca_sin':
        return ca_sin.is_valid(v)
    if typ == 'ca_health_number':
        return len(v) == 10 and v.isdigit() and luhn.is_valid(v)
    if typ == 'be_niss':
        return be_nn.is_valid(v)
    if typ == 'fr_nir':
        return fr_nir.is_valid(v)
    if typ == 'mrn':
        return v.isdigit()
    return False


def word_in(word, text_fold):
    return re.search(r'(?<![a-z0-9])%s(?![a-z0-9])' % re.escape(fold(word)), text_fold) is not None


# ---------------------------------------------------------------- main check
def verify(out_dir, meta, n_pos=120, n_neg=180):
    """meta: {relpath: Spec}. Returns (feature counts, per-file features)."""
    errors = []
    holders = {n['nam']: n for n in load_nams()}
    nam_surnames = sorted({n['surname'] for n in holders.values()})
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative'))])
    if sorted(labels) != files:
        errors.append('labels do not match files')
    if list(labels) != sorted(labels):
        errors.append('labels not sorted')
    pos = [f for f in files if f.startswith('positive/')]
    neg = [f for f in files if f.startswith('negative/')]
    if len(pos) != n_pos or len(neg) != n_neg:
        errors.append('counts %d/%d' % (len(pos), len(neg)))
    for i, f in enumerate(pos):
        if not re.match(r'positive/p%03d_[a-z_]+\.eml$' % (i + 1), f):
            errors.append('bad name ' + f)
    for i, f in enumerate(neg):
        if not re.match(r'negative/n%03d_[a-z_]+\.eml$' % (i + 1), f):
            errors.append('bad name ' + f)
    feat_of = {}
    for f in files:
        lab = labels.get(f, {})
        spec = meta[f]
        raw = open(os.path.join(out_dir, f), 'rb').read()
        feats = set()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            text = message_text(msg, feats)
        except Exception as e:  # noqa
            errors.append('%s: decode failed: %r' % (f, e))
            continue
        shape = body_shape(msg)
        if shape:
            feats.add(shape)
        feats.add('CRLF line ends' if b'\r\n' in raw else 'LF line ends')
        if b'\r\n' in raw and re.search(rb'[^\r]\n', raw):
            errors.append(f + ': mixed line ends')
        head = raw.split(b'\r\n\r\n' if b'\r\n' in raw else b'\n\n', 1)[0]
        hdr = {}
        for m in re.finditer(rb'(?m)^([A-Za-z-]+): (.*(?:\r?\n[ \t].*)*)', head):
            hdr.setdefault(m.group(1).decode().lower(), m.group(2))
        if b'=?' in hdr.get('subject', b''):
            feats.add('RFC 2047 Subject')
        if b'=?' in hdr.get('from', b'') + hdr.get('to', b'') + hdr.get('cc', b''):
            feats.add('RFC 2047 display name')
        if "filename*=" in raw.decode('latin-1'):
            feats.add('RFC 2231 file name')
        if re.search('[\uff10-\uff19]', text):
            feats.add('full-width digits')
        if 'reply' in spec.flags:
            feats.add('quoted reply')
        if 'forward' in spec.flags:
            feats.add('forward (inline or attached)')
        feat_of[f] = feats
        # labels
        if lab.get('lang') not in ('fr', 'en') or lab.get('lang') != spec.lang:
            errors.append(f + ': lang')
        if not lab.get('note'):
            errors.append(f + ': note')
        types = lab.get('types', [])
        tf = fold(nfkc(text))
        ta = alnum(text)
        tc = compact(text)
        tn = nfkc(text)
        found_nams = [n for n in holders if n in tc]
        if f.startswith('negative/'):
            if lab.get('confidential') is not False or types:
                errors.append(f + ': negative label')
            if found_nams:
                errors.append(f + ': NAM in negative')
            for s in nam_surnames:
                if word_in(s, tf):
                    errors.append(f + ': NAM-holder surname %s in negative' % s)
            for s in PAT_SUR_FR + PAT_SUR_EN:
                for form in (s, s.upper()):
                    if re.search(r'(?<!\w)%s(?!\w)' % re.escape(form), tn):
                        errors.append(f + ': patient surname %s in negative' % s)
            for pat in NAM_PATTERNS:
                for m in re.finditer(pat, tn.upper()):
                    errors.append(f + ': NAM-like string %r in negative' % m.group(0))
            continue
        if lab.get('confidential') is not True or not types:
            errors.append(f + ': positive label')
        if any(t not in TYPES for t in types) or types != sorted(set(types)):
            errors.append(f + ': bad types %r' % types)
        if types != spec.types:
            errors.append(f + ': types differ from spec')
        shown = sorted({t for t, _ in spec.ids})
        if sorted(t for t in types if t in ID_TYPES) != shown:
            errors.append(f + ': id types %r vs shown %r' % ([t for t in types if t in ID_TYPES], shown))
        for t, v in spec.ids:
            if not id_valid(t, v, holders):
                errors.append('%s: invalid %s %s' % (f, t, v))
            if compact(v) not in tc:
                errors.append('%s: %s %s not found in message' % (f, t, v))
        if ('patient_name' in types) != bool(spec.names):
            errors.append(f + ': patient_name label vs names')
        for nm in spec.names:
            if alnum(nm) not in ta:
                errors.append('%s: name %s not found' % (f, nm))
        listed = {n[0] for n in spec.nams}
        for n in found_nams:
            if n not in listed:
                errors.append('%s: NAM %s shown without its holder block' % (f, n))
        for nam, sur, giv, dob_s, sex_s in spec.nams:
            h = holders[nam]
            if h['surname'] != sur or h['given'] != giv:
                errors.append(f + ': NAM holder mismatch')
            if nam not in tc or alnum(sur) not in ta or nfkc(dob_s) not in tn or nfkc(sex_s) not in tn:
                errors.append('%s: NAM %s without name/DOB/sex' % (f, nam))
            if not sex_s.endswith(h['sex']):
                errors.append(f + ': NAM sex mismatch')
        for pat in NAM_PATTERNS:
            for m in re.finditer(pat, tn.upper()):
                if compact(m.group(0)) not in holders:
                    errors.append(f + ': NAM-like string %r not from the list' % m.group(0))
        if not any(t in types for t in ('patient_name', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn')):
            errors.append(f + ': no identifier')
        if not any(t in types for t in ('diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information', 'date_of_birth')):
            errors.append(f + ': nothing personal')
    counts = {}
    for f, fs in feat_of.items():
        for x in fs:
            counts[x] = counts.get(x, 0) + 1
    if errors:
        raise VerifyError('\n'.join(errors[:80]) + ('\n... %d errors' % len(errors)))
    return counts, feat_of
