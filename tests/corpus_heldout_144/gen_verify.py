"""Re-parse every written file, decode every part, check labels and identifiers, compute features."""
import base64
import email
import hashlib
import html
import io
import json
import os
import re
import zipfile
import zlib
from email import policy
from xml.etree import ElementTree as ET

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import FINDING_TYPES, IDENTITY_TYPES, compact, fold, load_nams, ohip_valid

# --------------------------------------------------------------------------
# decoders
# --------------------------------------------------------------------------
_ESC = {'n': '\n', 'r': '\r', 't': '\t', 'b': '\b', 'f': '\f', '(': '(', ')': ')', '\\': '\\'}


def _pdf_strings(content):
    out = []
    i = 0
    n = len(content)
    while i < n:
        c = content[i]
        if c == '(':
            depth = 1
            buf = []
            i += 1
            while i < n and depth:
                c = content[i]
                if c == '\\':
                    nx = content[i + 1] if i + 1 < n else ''
                    if nx in _ESC:
                        buf.append(_ESC[nx])
                        i += 2
                        continue
                    m = re.match(r'[0-7]{1,3}', content[i + 1:i + 4])
                    if m:
                        buf.append(chr(int(m.group(0), 8)))
                        i += 1 + len(m.group(0))
                        continue
                    i += 2
                    continue
                if c == '(':
                    depth += 1
                elif c == ')':
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                buf.append(c)
                i += 1
            out.append(''.join(buf))
            continue
        i += 1
    return out


def pdf_text(data):
    if not data.startswith(b'%PDF'):
        raise ValueError('not a PDF')
    texts = []
    for mo in re.finditer(rb'<<(.*?)>>\s*stream\r?\n', data, re.S):
        d = mo.group(1)
        start = mo.end()
        end = data.index(b'endstream', start)
        raw = data[start:end].rstrip(b'\r\n')
        if b'/ASCII85Decode' in d:
            raw = raw.strip()
            if raw.endswith(b'~>'):
                raw = raw[:-2]
            if raw.startswith(b'<~'):
                raw = raw[2:]
            raw = base64.a85decode(raw)
        if b'/FlateDecode' in d:
            raw = zlib.decompress(raw)
        if b'/Subtype /Image' in d or b'/Length1' in d:
            continue
        content = raw.decode('latin-1')
        if ' Tj' not in content and 'TJ' not in content:
            continue
        strings = _pdf_strings(content)
        texts.append('\n'.join(s.encode('latin-1', 'replace').decode('cp1252', 'replace') for s in strings))
    if b'%%EOF' not in data[-64:]:
        raise ValueError('PDF truncated')
    return '\n'.join(texts)


def _xml_text(xml_bytes, para_tag):
    root = ET.fromstring(xml_bytes)
    out = []
    for p in root.iter(para_tag):
        out.append(''.join(t.text or '' for t in p.iter() if t.tag.endswith('}t')))
    return '\n'.join(out)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p'
    parts = []
    for name in z.namelist():
        if name.startswith('word/') and name.endswith('.xml') and (
                'document' in name or 'header' in name or 'footer' in name):
            parts.append(_xml_text(z.read(name), W))
    if not parts:
        raise ValueError('empty docx')
    return '\n'.join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    wb.close()
    return '\n'.join(out)


def unfold_dir(text):
    return re.sub(r'\r?\n[ \t]', '', text)


def html_text(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</h\d>', '\n', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)


def decode_blob(name, data, feats, depth=0):
    low = (name or '').lower()
    if low.endswith('.pdf') or data[:4] == b'%PDF':
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
            out.append(decode_blob(info.filename, z.read(info.filename), feats, depth + 1))
        return '\n'.join(out)
    if low.endswith('.eml'):
        msg = email.message_from_bytes(data, policy=policy.default)
        return '\n'.join(walk(msg, feats, depth + 1))
    if low.endswith(('.txt', '.csv', '.ics', '.vcf')):
        try:
            t = data.decode('utf-8')
        except UnicodeDecodeError:
            t = data.decode('cp1252')
        return unfold_dir(t) if low.endswith(('.ics', '.vcf')) else t
    raise ValueError('unknown binary attachment %r' % name)


def header_text(msg):
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    return out


def walk(part, feats, depth=0):
    """returns list of decoded text chunks; raises on any decoding problem."""
    out = []
    if depth == 0 or part.get_content_type() != 'message/rfc822':
        if part.defects:
            raise ValueError('defects: %r' % part.defects)
    ct = part.get_content_type()
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if part.is_multipart() and ct.startswith('multipart/'):
        feats.add(ct)
        for sub in part.iter_parts():
            out += walk(sub, feats, depth + 1)
        return out
    if ct == 'message/rfc822':
        feats.add('attached message (message/rfc822)')
        inner = part.get_content()
        if inner.defects:
            raise ValueError('inner defects %r' % inner.defects)
        out += header_text(inner)
        out += walk(inner, feats, depth + 1)
        return out
    cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
    feats.add('CTE ' + cte)
    if ct.startswith('text/'):
        cs = part.get_content_charset()
        if cs:
            feats.add('charset ' + cs.lower())
        txt = part.get_content()
        if ct == 'text/html':
            if fn is None:
                feats.add('text/html body')
            txt = html_text(txt)
        elif ct in ('text/calendar', 'text/vcard', 'text/x-vcard'):
            feats.add('ICS attachment' if ct == 'text/calendar' else 'vCard attachment')
            txt = unfold_dir(txt)
        elif ct == 'text/csv':
            feats.add('CSV attachment')
        out.append(txt)
        return out
    data = part.get_content()
    if not isinstance(data, bytes):
        raise ValueError('non-bytes for %s' % ct)
    out.append(decode_blob(fn, data, feats, depth))
    return out


def analyse(raw):
    msg = email.message_from_bytes(raw, policy=policy.default)
    feats = set()
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg.get(h) is None:
            raise ValueError('missing header ' + h)
    chunks = header_text(msg) + walk(msg, feats)
    text = '\n'.join(chunks)
    head = raw.split(b'\r\n\r\n' if b'\r\n' in raw[:2000] else b'\n\n', 1)[0]
    heads = re.split(rb'\r?\n(?=\S)', head)
    for h in heads:
        if h.lower().startswith(b'subject:') and b'=?' in h:
            feats.add('RFC 2047 encoded Subject')
        if h.lower().startswith((b'from:', b'to:')) and b'=?' in h:
            feats.add('RFC 2047 encoded display name')
    if b'filename*' in raw:
        feats.add('RFC 2231 file name')
    feats.add('CRLF line ends' if b'\r\n' in raw else 'LF line ends')
    top = msg.get_content_type()
    if top == 'text/plain':
        feats.add('single-part text/plain')
    if top == 'text/html':
        feats.add('single-part text/html')
    if re.search('[\uff10-\uff19]', text):
        feats.add('full-width digits')
    if re.search(r'(?m)^>', text) or 'Message transféré' in text or 'Forwarded message' in text or \
            re.search(r'(?m)^(De|From) ?:.*\n(Envoyé|Sent) ?:', text):
        feats.add('quoted reply or inline forward')
    return msg, text, feats


FEATURE_ORDER = ['single-part text/plain', 'single-part text/html', 'multipart/alternative', 'multipart/mixed',
                 'PDF attachment', 'DOCX attachment', 'XLSX attachment', 'CSV attachment', 'ICS attachment',
                 'vCard attachment', 'ZIP attachment', 'attached message (message/rfc822)',
                 'charset utf-8', 'charset us-ascii', 'charset iso-8859-1', 'charset windows-1252',
                 'CTE 7bit', 'CTE 8bit', 'CTE quoted-printable', 'CTE base64', 'CRLF line ends', 'LF line ends',
                 'RFC 2047 encoded Subject', 'RFC 2047 encoded display name', 'RFC 2231 file name',
                 'full-width digits', 'quoted reply or inline forward']


# --------------------------------------------------------------------------
def _dob_forms(d):
    from gen_common import fmt_date
    return {fold(fmt_date(d, lang, st)) for lang in ('fr', 'en') for st in ('iso', 'dmy', 'long', 'mon', 'dots', 'ymd_slash')}


def _word_in(word, folded):
    return re.search(r'(?<![a-z0-9])%s(?![a-z0-9])' % re.escape(fold(word)), folded) is not None


def verify(out_dir, mails=None):
    """mails: optional {relpath: Mail} for in-memory fact checks.  Returns (errors, feature_counts, stats)."""
    errs = []
    nams = load_nams()
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive')) if f.endswith('.eml')] +
                   ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative')) if f.endswith('.eml')])
    pos = [f for f in files if f.startswith('positive/')]
    neg = [f for f in files if f.startswith('negative/')]
    if len(pos) != 120:
        errs.append('positives: %d' % len(pos))
    if len(neg) != 180:
        errs.append('negatives: %d' % len(neg))
    if sorted(labels) != files:
        errs.append('labels keys do not match files')
    if list(labels) != sorted(labels):
        errs.append('labels not sorted')
    feat_count = {}
    holder_pairs = [(fold(r['given']), fold(r['surname'])) for r in nams]
    holder_surnames = sorted({fold(r['surname']) for r in nams})
    for i, f in enumerate(files):
        lab = labels.get(f)
        if lab is None:
            continue
        if re.fullmatch(r'positive/p\d{3}_[a-z_]+\.eml', f) is None and re.fullmatch(r'negative/n\d{3}_[a-z_]+\.eml', f) is None:
            errs.append('%s: bad file name' % f)
        if lab.get('lang') not in ('fr', 'en') or not lab.get('note'):
            errs.append('%s: bad lang/note' % f)
        conf = f.startswith('positive/')
        if lab.get('confidential') is not conf:
            errs.append('%s: confidential flag' % f)
        types = lab.get('types', [])
        if conf:
            if not types or any(t not in FINDING_TYPES for t in types) or types != sorted(set(types)):
                errs.append('%s: bad types %r' % (f, types))
            if not any(t in IDENTITY_TYPES for t in types) or all(t in IDENTITY_TYPES for t in types):
                errs.append('%s: types lack identity or information' % f)
        elif types:
            errs.append('%s: negative with types' % f)
        with open(os.path.join(out_dir, f), 'rb') as fh:
            raw = fh.read()
        try:
            msg, text, feats = analyse(raw)
        except Exception as e:  # noqa: BLE001
            errs.append('%s: parse/decode failure: %s' % (f, e))
            continue
        for ft in feats:
            feat_count[ft] = feat_count.get(ft, 0) + 1
        folded = ' ' + fold(text) + ' '
        comp = compact(text)
        # NAM placement
        found = [r for r in nams if r['nam'] in comp]
        if found and not conf:
            errs.append('%s: NAM in a negative' % f)
        for r in found:
            if 'ramq_nam' not in types:
                errs.append('%s: NAM present but not labelled' % f)
            if not (_word_in(r['surname'], folded) and _word_in(r['given'], folded)):
                errs.append('%s: NAM without holder name' % f)
            if not any(' %s ' % x in folded for x in _dob_forms(r['dob'])):
                errs.append('%s: NAM without holder birth date' % f)
        if conf and 'ramq_nam' in types and not found:
            errs.append('%s: ramq_nam labelled but no NAM found' % f)
        if not conf:
            for g, s in holder_pairs:
                if (' %s %s ' % (g, s)) in folded or (' %s %s ' % (s, g)) in folded:
                    errs.append('%s: NAM holder name in negative' % f)
            for s in holder_surnames:
                if _word_in(s, folded):
                    errs.append('%s: NAM holder surname %r in negative' % (f, s))
        # in-memory facts
        if mails is not None:
            m = mails[f]
            if m.types != types:
                errs.append('%s: label/types mismatch' % f)
            for s in m.must:
                if fold(s) and (' %s ' % fold(s)) not in folded:
                    errs.append('%s: expected text not found: %r' % (f, s))
            for typ, val in m.ids:
                if compact(val) not in comp:
                    errs.append('%s: identifier %s not found' % (f, typ))
                ok = {'ca_sin': ca_sin.is_valid, 'ca_health_number': ohip_valid, 'be_niss': be_nn.is_valid,
                      'fr_nir': fr_nir.is_valid, 'ramq_nam': lambda v: v in {r['nam'] for r in nams},
                      'mrn': lambda v: True}[typ](val)
                if not ok:
                    errs.append('%s: invalid %s' % (f, typ))
            for p, name, dob, sex in m.nam_people:
                for s in (name, dob, sex):
                    if (' %s ' % fold(s)) not in folded:
                        errs.append('%s: NAM companion %r missing' % (f, s))
            errs += ['%s: %s' % (f, e) for e in m.check_labels()]
    return errs, feat_count


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ('positive', 'negative'):
        rels += ['%s/%s' % (sub, x) for x in os.listdir(os.path.join(out_dir, sub)) if x.endswith('.eml')]
    rels.append('labels.json')
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()
