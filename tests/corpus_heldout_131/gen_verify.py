"""Re-parse every written file, decode every part, and check labels,
identifier validity, NAM placement and the absence of NAM holders'
names from negatives. Also computes transport features and the digest."""
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
from html.parser import HTMLParser

from stdnum import luhn
from stdnum.be import nn as std_nn
from stdnum.ca import sin as std_sin
from stdnum.fr import nir as std_nir

from gen_docs import docx_text, pdf_text, unfold_ics, xlsx_text
from gen_util import TYPES, fmt_date, fold, ohip_valid

ID_TYPES = {'patient_name', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn'}
INFO_TYPES = {'date_of_birth', 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ('br', 'p', 'tr', 'div', 'blockquote', 'table'):
            self.out.append('\n')
        elif tag == 'td':
            self.out.append(' | ')


def html_text(s):
    p = _Strip()
    p.feed(s)
    p.close()
    return html.unescape(''.join(p.out))


class Collected:
    def __init__(self):
        self.texts = []
        self.features = set()
        self.errors = []


def _ext(name):
    return (name or '').lower().rsplit('.', 1)[-1] if name and '.' in name else ''


def _blob_text(name, data, col, depth):
    ext = _ext(name)
    if ext == 'pdf':
        col.features.add('PDF attachment')
        return pdf_text(data)
    if ext == 'docx':
        col.features.add('DOCX attachment')
        return docx_text(data)
    if ext == 'xlsx':
        col.features.add('XLSX attachment')
        return xlsx_text(data)
    if ext == 'zip':
        col.features.add('ZIP attachment')
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if z.testzip() is not None:
                col.errors.append('bad zip member')
            for info in z.infolist():
                out.append(info.filename)
                out.append(_blob_text(info.filename, z.read(info.filename), col, depth + 1))
        return '\n'.join(out)
    if ext == 'eml':
        col.features.add('attached message (.eml / message/rfc822)')
        m = email.message_from_bytes(data, policy=email.policy.default)
        _walk(m, col, depth + 1)
        return ''
    raise ValueError('unknown attachment type: %r' % name)


def _headers(msg, col):
    for h in ('From', 'To', 'Cc', 'Subject'):
        v = msg.get(h)
        if v is not None:
            col.texts.append(str(v))
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg.get(h) is None and h != 'Cc':
            col.errors.append('missing header %s' % h)


def _walk(msg, col, depth=0):
    if depth > 4:
        col.errors.append('nesting too deep')
        return
    _headers(msg, col)
    if msg.defects:
        col.errors.append('message defects: %r' % msg.defects)
    _part(msg, col, depth)


def _part(part, col, depth):
    ctype = part.get_content_type()
    if part.defects:
        col.errors.append('part defects %s: %r' % (ctype, part.defects))
    cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
    if part.is_multipart() and ctype.startswith('multipart/'):
        col.features.add(ctype)
        for sub in part.iter_parts():
            _part(sub, col, depth)
        return
    col.features.add('CTE ' + cte)
    fname = part.get_filename()
    if fname:
        col.texts.append(fname)
    if ctype == 'message/rfc822':
        col.features.add('attached message (.eml / message/rfc822)')
        inner = part.get_content()
        _walk(inner, col, depth + 1)
        return
    if part.get_content_maintype() == 'text':
        cs = part.get_content_charset()
        if cs:
            col.features.add('charset ' + cs)
        text = part.get_content()
        if ctype == 'text/html':
            text = html_text(text)
        elif ctype == 'text/calendar':
            col.features.add('ICS attachment')
            text = unfold_ics(text)
        elif ctype in ('text/vcard', 'text/x-vcard'):
            col.features.add('vCard attachment')
            text = unfold_ics(text)
        elif ctype == 'text/csv':
            col.features.add('CSV attachment')
        col.texts.append(text)
        return
    data = part.get_content()
    if not isinstance(data, bytes):
        col.errors.append('non-bytes payload for %s' % ctype)
        return
    col.texts.append(_blob_text(fname, data, col, depth))


def collect(raw):
    col = Collected()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    _walk(msg, col)
    # top-level structure features
    top = msg.get_content_type()
    if top == 'text/plain':
        col.features.add('text/plain only')
    elif top == 'text/html':
        col.features.add('text/html only')
    head = raw.split(b'\r\n\r\n' if b'\r\n' in raw[:2000] else b'\n\n', 1)[0]
    if b'\r\n' in raw:
        col.features.add('CRLF line ends')
    else:
        col.features.add('LF line ends')
    if b'=?' in head:
        col.features.add('RFC 2047 encoded header')
    if b'filename*' in raw:
        col.features.add('RFC 2231 file name')
    return col


def norm_space(s):
    return re.sub(r'\s+', ' ', s)


def squash(s):
    """Identifier-matching form: NFKC, upper case, no separators."""
    return re.sub(r'[\s.\-/]', '', unicodedata.normalize('NFKC', s)).upper()


def id_valid(kind, raw, holders_by_nam):
    if kind == 'nam':
        return raw in holders_by_nam
    if kind == 'sin':
        return std_sin.is_valid(raw)
    if kind == 'ohip':
        return ohip_valid(raw)
    if kind == 'niss':
        return std_nn.is_valid(raw)
    if kind == 'nir':
        return std_nir.is_valid(raw)
    return False


def dob_forms(d):
    forms = set()
    for st in ('iso', 'dmy', 'ymd_slash', 'dmy_dot', 'mon3', 'mdy'):
        forms.add(fold(fmt_date(d, st)))
    for lang in ('fr', 'en'):
        forms.add(fold(fmt_date(d, 'long', lang)))
    return forms


def holder_name_re(h):
    gv, sn = re.escape(fold(h.given)), re.escape(fold(h.surname))
    return re.compile(r'\b(%s\W{1,3}%s|%s\W{1,3}%s)\b' % (gv, sn, sn, gv))


def verify(outdir, records, holders):
    """records: list of dicts with relpath, positive, ctx, label."""
    errors = []
    holders_by_nam = {h.nam: h for h in holders}
    name_res = [(h, holder_name_re(h)) for h in holders]
    feats = {}
    # files on disk vs labels
    labels = json.load(open(os.path.join(outdir, 'labels.json'), encoding='utf-8'))
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(outdir, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(outdir, 'negative'))])
    if files != sorted(labels):
        errors.append('labels do not match files')
    if list(labels) != sorted(labels):
        errors.append('labels.json keys not sorted')
    npos = sum(1 for k in labels if k.startswith('positive/'))
    nneg = sum(1 for k in labels if k.startswith('negative/'))
    if (npos, nneg) != (120, 180):
        errors.append('counts %d/%d' % (npos, nneg))
    for i, k in enumerate(sorted(k for k in labels if k.startswith('positive/'))):
        if not re.fullmatch(r'positive/p%03d_[a-z_]+\.eml' % (i + 1), k):
            errors.append('bad positive name ' + k)
    for i, k in enumerate(sorted(k for k in labels if k.startswith('negative/'))):
        if not re.fullmatch(r'negative/n%03d_[a-z_]+\.eml' % (i + 1), k):
            errors.append('bad negative name ' + k)
    msgids = set()
    for rec in records:
        rel = rec['relpath']
        lab = labels.get(rel)
        raw = open(os.path.join(outdir, rel), 'rb').read()
        try:
            col = collect(raw)
        except Exception as exc:  # noqa: BLE001 - report any decode failure
            errors.append('%s: decode failure %r' % (rel, exc))
            continue
        m = email.message_from_bytes(raw, policy=email.policy.default)
        mid = str(m['Message-ID'])
        if mid in msgids:
            errors.append('%s: duplicate Message-ID' % rel)
        msgids.add(mid)
        errors.extend('%s: %s' % (rel, e) for e in col.errors)
        feats[rel] = col.features
        text = '\n'.join(col.texts)
        ftext = norm_space(fold(text))
        stext = squash(text)
        ctx = rec['ctx']
        if lab is None:
            errors.append('%s: unlabelled' % rel)
            continue
        if lab['lang'] not in ('fr', 'en') or not lab.get('note'):
            errors.append('%s: bad lang/note' % rel)
        for h, rx in name_res:
            if rx.search(fold(lab['note'])):
                errors.append('%s: name in note' % rel)
        found_nams = [n for n in holders_by_nam if n in stext]
        if rec['positive']:
            if not lab['confidential'] or not lab['types']:
                errors.append('%s: positive without types' % rel)
            if set(lab['types']) - set(TYPES):
                errors.append('%s: unknown type' % rel)
            if sorted(lab['types']) != sorted(ctx.types):
                errors.append('%s: types differ from context' % rel)
            if not (set(lab['types']) & ID_TYPES) or not (set(lab['types']) & INFO_TYPES):
                errors.append('%s: positive lacks identifier or personal information' % rel)
            for s in ctx.must:
                if norm_space(fold(s)) not in ftext:
                    errors.append('%s: expected string missing: %r' % (rel, s))
            for kind, rawv, shown in ctx.ids:
                if not id_valid(kind, rawv, holders_by_nam):
                    errors.append('%s: invalid %s %s' % (rel, kind, rawv))
                if kind == 'nam':
                    carried = squash(shown) == rawv
                else:
                    carried = re.sub(r'\D', '', unicodedata.normalize('NFKC', shown)) == rawv
                if not carried:
                    errors.append('%s: rendering of %s does not carry its value' % (rel, kind))
                if norm_space(fold(shown)) not in ftext:
                    errors.append('%s: %s not found in text' % (rel, kind))
            recorded = {rv for k, rv, _ in ctx.ids if k == 'nam'}
            for n in found_nams:
                h = holders_by_nam[n]
                if n not in recorded:
                    errors.append('%s: unrecorded NAM present' % rel)
                if fold(h.surname) not in ftext or fold(h.given) not in ftext:
                    errors.append('%s: NAM without holder name' % rel)
                if not any(f in ftext for f in dob_forms(h.dob)):
                    errors.append('%s: NAM without holder birth date' % rel)
                if 'ramq_nam' not in lab['types']:
                    errors.append('%s: NAM present but not labelled' % rel)
            if ('ramq_nam' in lab['types']) != bool(found_nams):
                errors.append('%s: ramq_nam label/text mismatch' % rel)
        else:
            if lab['confidential'] or lab['types'] or ctx.types:
                errors.append('%s: negative with types' % rel)
            if found_nams:
                errors.append('%s: NAM in negative' % rel)
            for h, rx in name_res:
                if rx.search(fold(text)):
                    errors.append('%s: NAM holder name in negative (%s)' % (rel, h.nam[:4]))
    return errors, feats


def digest(outdir):
    h = hashlib.sha256()
    rels = sorted(['positive/' + f for f in os.listdir(os.path.join(outdir, 'positive')) if f.endswith('.eml')] +
                  ['negative/' + f for f in os.listdir(os.path.join(outdir, 'negative')) if f.endswith('.eml')] +
                  ['labels.json'])
    for rel in rels:
        h.update(rel.encode('utf-8'))
        h.update(b'\0')
        with open(os.path.join(outdir, rel), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()
