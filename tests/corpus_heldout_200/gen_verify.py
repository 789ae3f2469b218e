"""Re-parse every written file, decode every part, check labels, identifiers and NAM placement."""
import email
import email.policy
import hashlib
import html
import html.parser
import io
import json
import os
import re
import zipfile

import gen_common as C

FEATURES = ['text/plain only', 'text/html only', 'multipart/alternative', 'multipart/mixed',
            'PDF attachment', 'DOCX attachment', 'XLSX attachment', 'CSV attachment', 'ICS attachment',
            'vCard attachment', 'ZIP attachment', 'attached message (message/rfc822)',
            'charset utf-8', 'charset us-ascii', 'charset iso-8859-1', 'charset windows-1252',
            'CTE 7bit', 'CTE 8bit', 'CTE quoted-printable', 'CTE base64', 'CRLF line ends', 'LF line ends',
            'RFC 2047 Subject', 'RFC 2047 display name', 'RFC 2231 file name', 'quoted reply', 'inline forward',
            'full-width digits']


class Fail(Exception):
    pass


class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ('br', 'p', 'tr', 'div', 'h1', 'h2', 'blockquote', 'table'):
            self.out.append('\n')
        elif tag in ('td', 'th'):
            self.out.append(' | ')


def html_text(s):
    p = _Strip()
    p.feed(s)
    p.close()
    return html.unescape(''.join(p.out))


def pdf_text(data):
    if not data.startswith(b'%PDF'):
        raise Fail('not a PDF')
    out = []
    for m in re.finditer(rb'stream\r?\n(.*?)endstream', data, re.S):
        chunk = m.group(1)
        for s in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', chunk, re.S):
            raw = s.group(1)
            buf = bytearray()
            i = 0
            while i < len(raw):
                c = raw[i]
                if c == 0x5C:
                    nxt = raw[i + 1:i + 2]
                    if nxt and nxt in b'01234567':
                        j = i + 1
                        while j < len(raw) and j < i + 4 and raw[j:j + 1] in b'01234567':
                            j += 1
                        buf.append(int(raw[i + 1:j], 8))
                        i = j
                        continue
                    buf += {b'n': b'\n', b'r': b'\r', b't': b'\t'}.get(nxt, nxt)
                    i += 2
                    continue
                buf.append(c)
                i += 1
            out.append(bytes(buf).decode('cp1252', errors='replace'))
    if not out:
        raise Fail('PDF without text')
    return '\n'.join(out)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(' | '.join(c.text for c in row.cells))
    return '\n'.join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.append(' | '.join('' if v is None else str(v) for v in row))
    wb.close()
    return '\n'.join(parts)


def file_text(name, data, feats, depth=0):
    low = name.lower()
    if low.endswith('.pdf'):
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
        if z.testzip() is not None:
            raise Fail('bad zip member')
        return '\n'.join(m + '\n' + file_text(m, z.read(m), feats, depth + 1) for m in z.namelist())
    if low.endswith('.eml'):
        feats.add('attached message (message/rfc822)')
        return message_text(data, feats, depth + 1)
    if low.endswith('.csv'):
        feats.add('CSV attachment')
    if low.endswith('.ics'):
        feats.add('ICS attachment')
    if low.endswith('.vcf'):
        feats.add('vCard attachment')
    for cs in ('utf-8-sig', 'cp1252'):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            continue
    raise Fail('undecodable text member ' + name)


def _raw_headers(data):
    end = re.search(rb'\r?\n\r?\n', data)
    block = data[:end.start()] if end else data
    block = re.sub(rb'\r?\n[ \t]+', b' ', block)
    heads = {}
    for line in block.split(b'\n'):
        line = line.rstrip(b'\r')
        if b':' in line:
            k, v = line.split(b':', 1)
            heads.setdefault(k.strip().lower().decode('ascii'), []).append(v.decode('ascii', 'replace'))
    return heads


def message_text(data, feats, depth=0):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if depth == 0:
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if not msg[h]:
                raise Fail('missing header ' + h)
        feats.add('CRLF line ends' if b'\r\n' in data else 'LF line ends')
        if b'\n' in data.replace(b'\r\n', b'') and b'\r\n' in data:
            raise Fail('mixed line ends')
        raw = _raw_headers(data)
        if any('=?' in v for v in raw.get('subject', [])):
            feats.add('RFC 2047 Subject')
        if any('=?' in v for k in ('from', 'to', 'cc') for v in raw.get(k, [])):
            feats.add('RFC 2047 display name')
        if re.search(rb'(file)?name\*=', data):
            feats.add('RFC 2231 file name')
        ct = msg.get_content_type()
        if ct == 'text/plain':
            feats.add('text/plain only')
        elif ct == 'text/html':
            feats.add('text/html only')
    texts = []
    for part in msg.walk():
        for h in ('Subject', 'From', 'To', 'Cc'):
            if part.get(h):
                texts.append(str(part[h]))
        ct = part.get_content_type()
        if part.is_multipart():
            if ct in ('multipart/alternative', 'multipart/mixed') and depth == 0:
                feats.add(ct)
            continue
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        fn = part.get_filename()
        if ct == 'message/rfc822':
            if fn:
                texts.append(fn)
            continue
        if depth == 0:
            feats.add('CTE ' + cte)
            cs = part.get_content_charset()
            if cs and ct.startswith('text/'):
                feats.add('charset ' + cs)
        if fn:
            texts.append(fn)
            payload = part.get_payload(decode=True)
            if payload is None:
                raise Fail('empty attachment ' + fn)
            if ct.startswith('text/'):
                part.get_content()
            texts.append(file_text(fn, payload, feats, depth))
        elif ct == 'text/html':
            texts.append(html_text(part.get_content()))
        elif ct.startswith('text/'):
            texts.append(part.get_content())
        else:
            raise Fail('unnamed non-text part ' + ct)
    return '\n'.join(texts)


def analyse(data):
    feats = set()
    text = message_text(data, feats)
    # the attached messages are also walked inline by email; mark those files too
    if re.search(rb'Content-Type: message/rfc822', data):
        feats.add('attached message (message/rfc822)')
    if re.search(r'^>', text, re.M) or "Message d'origine" in text or 'Original Message' in text:
        feats.add('quoted reply')
    if 'Message transféré' in text or 'Forwarded message' in text:
        feats.add('inline forward')
    if re.search('[\uff10-\uff19]', text):
        feats.add('full-width digits')
    return text, feats


def holder_dob_forms(d):
    forms = set()
    for lang in ('fr', 'en'):
        for st in ('iso', 'dmy', 'long', 'short', 'dotted', 'dash'):
            forms.add(C.fold(C.fmt_date(d, st, lang)))
    return forms


def verify(out, labels, meta, nam_rows):
    errors = []
    pos = sorted(f for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml'))
    neg = sorted(f for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml'))
    if len(pos) != 120 or len(neg) != 180:
        errors.append('counts %d/%d' % (len(pos), len(neg)))
    for i, f in enumerate(pos):
        if not f.startswith('p%03d_' % (i + 1)):
            errors.append('bad positive name ' + f)
    for i, f in enumerate(neg):
        if not f.startswith('n%03d_' % (i + 1)):
            errors.append('bad negative name ' + f)
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        disk = json.load(fh)
    files = ['positive/' + f for f in pos] + ['negative/' + f for f in neg]
    if sorted(disk) != sorted(files) or list(disk) != sorted(disk):
        errors.append('labels do not match files or are not sorted')
    holders = {}
    for sur, given, dob, sex, nam in nam_rows:
        holders[nam] = (sur, given, dob, sex)
    holder_names = set()
    for sur, given, dob, sex, nam in nam_rows:
        g, s = C.fold(given), C.fold(sur)
        holder_names |= {g + ' ' + s, s + ' ' + g, s + ', ' + g}
    feature_files = {f: 0 for f in FEATURES}
    per_file_feats = {}
    for rel in files:
        lab = disk.get(rel, {})
        try:
            with open(os.path.join(out, rel), 'rb') as fh:
                data = fh.read()
            text, feats = analyse(data)
        except Exception as e:  # any decoding failure is fatal
            errors.append('%s: cannot decode: %r' % (rel, e))
            continue
        per_file_feats[rel] = feats
        for f in feats:
            if f not in feature_files:
                errors.append('%s: unknown feature %s' % (rel, f))
            else:
                feature_files[f] += 1
        if set(lab) != {'confidential', 'types', 'lang', 'note'} or lab.get('lang') not in ('fr', 'en'):
            errors.append(rel + ': bad label fields')
            continue
        is_pos = rel.startswith('positive/')
        if lab['confidential'] != is_pos:
            errors.append(rel + ': confidential flag mismatch')
        if is_pos and (not lab['types'] or any(t not in C.FINDING_TYPES for t in lab['types'])):
            errors.append(rel + ': bad types')
        if not is_pos and lab['types']:
            errors.append(rel + ': negative with types')
        folded = C.fold(text)
        compact = C.compact_id(text)
        found_nams = [n for n in holders if n in compact]
        if not is_pos:
            if found_nams:
                errors.append(rel + ': NAM in a negative')
            for hn in holder_names:
                if re.search(r'(?<!\w)' + re.escape(hn) + r'(?!\w)', folded):
                    errors.append(rel + ': NAM holder name in a negative: ' + hn)
            continue
        m = meta[rel]
        used = {n for n, _ in m['nams']}
        if set(found_nams) != used:
            errors.append(rel + ': NAM placement mismatch')
        if bool(used) != ('ramq_nam' in lab['types']):
            errors.append(rel + ': ramq_nam label mismatch')
        for n in found_nams:
            sur, given, dob, sex = holders[n]
            if C.fold(sur) not in folded or C.fold(given) not in folded:
                errors.append(rel + ': NAM without holder name')
            if not any(f in folded for f in holder_dob_forms(dob)):
                errors.append(rel + ': NAM without holder birth date')
        for kind, written in m['ids']:
            if C.compact_id(written) not in compact:
                errors.append('%s: identifier not found (%s)' % (rel, kind))
            if not C.valid_id(kind, written):
                errors.append('%s: invalid %s' % (rel, kind))
            if kind not in lab['types']:
                errors.append('%s: %s present but not labelled' % (rel, kind))
        for kind in ('ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn'):
            if kind in lab['types'] and not any(k == kind for k, _ in m['ids']):
                errors.append('%s: %s labelled but absent' % (rel, kind))
        for s in m['must']:
            if C.fold(s) not in folded:
                errors.append('%s: expected text not found: %r' % (rel, s))
    return errors, feature_files, per_file_feats


def digest(out):
    h = hashlib.sha256()
    rels = []
    for sub in ('positive', 'negative'):
        rels += [sub + '/' + f for f in os.listdir(os.path.join(out, sub)) if f.endswith('.eml')]
    rels.append('labels.json')
    for rel in sorted(rels):
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(rel.encode('utf-8') + b'\0' + fh.read() + b'\0')
    return h.hexdigest()
