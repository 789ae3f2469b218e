"""Re-parse every written file, decode every part, and check labels, NAM placement and identifiers."""
import html as _html
import io
import os
import re
import unicodedata
import zipfile
from email import policy
from email.parser import BytesParser

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C
import gen_docs as D

TYPES = {'patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}
ID_TYPE = {'nam': 'ramq_nam', 'sin': 'ca_sin', 'ohip': 'ca_health_number', 'niss': 'be_niss', 'nir': 'fr_nir', 'mrn': 'mrn'}


def fold(s):
    s = unicodedata.normalize('NFKC', s)
    s = C.strip_accents(s).lower()
    return re.sub(r'\s+', ' ', s)


def compact(s):
    return re.sub(r'[^0-9A-Za-z]', '', unicodedata.normalize('NFKC', s)).upper()


def strip_html(h):
    h = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', h)
    h = re.sub(r'(?i)</(td|th)>', ' | ', h)
    h = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</div>|</h\d>|</li>', '\n', h)
    h = re.sub(r'<[^>]+>', '', h)
    return _html.unescape(h)


class Extract:
    def __init__(self):
        self.texts = []
        self.features = set()

    def add(self, s):
        self.texts.append(s)


def _blob(name, data, ex, depth):
    low = name.lower()
    if low.endswith('.pdf'):
        ex.add(D.pdf_text(data))
    elif low.endswith('.docx'):
        ex.add(D.docx_text(data))
    elif low.endswith('.xlsx'):
        ex.add(D.xlsx_text(data))
    elif low.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        for info in z.infolist():
            ex.add(info.filename)
            _blob(info.filename, z.read(info.filename), ex, depth + 1)
    elif low.endswith('.eml'):
        _msg(BytesParser(policy=policy.default).parsebytes(data), ex, depth + 1)
    else:
        ex.add(data.decode('utf-8'))


def _msg(msg, ex, depth):
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None:
            raise ValueError('missing header %s at depth %d' % (h, depth))
    for h in ('From', 'To', 'Cc', 'Subject'):
        if msg[h] is not None:
            ex.add(str(msg[h]))
    _part(msg, ex, depth, top=True)


def _part(part, ex, depth, top=False):
    ct = part.get_content_type()
    if ct == 'message/rfc822' and not top:
        ex.features.add('att:eml')
        fn = part.get_filename()
        if fn:
            ex.add(fn)
        ex.features.add('cte:' + (part.get('Content-Transfer-Encoding') or '7bit').lower())
        _msg(part.get_content(), ex, depth + 1)
        return
    if part.get_content_maintype() == 'multipart':
        ex.features.add('multipart/' + part.get_content_subtype())
        for sub in part.iter_parts():
            _part(sub, ex, depth)
        return
    fn = part.get_filename()
    if fn:
        ex.add(fn)
    cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
    ex.features.add('cte:' + cte)
    cs = part.get_content_charset()
    if cs and ct.startswith('text/'):
        ex.features.add('charset:' + cs)
    if ct in ('text/plain', 'text/html') and not fn:
        txt = part.get_content()
        if ct == 'text/html':
            ex.features.add('body:html')
            if re.search(r'&[a-z]+;|&#\d+;', txt):
                ex.features.add('html entities')
            txt = strip_html(txt)
        else:
            ex.features.add('body:plain')
        ex.add(txt)
        return
    data = part.get_payload(decode=True)
    kind = {'application/pdf': 'pdf', 'text/csv': 'csv', 'text/calendar': 'ics', 'text/vcard': 'vcard', 'application/zip': 'zip',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx'}.get(ct, ct)
    ex.features.add('att:' + kind)
    _blob(fn or ('x.' + kind), data, ex, depth)


def extract(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    ex = Extract()
    _msg(msg, ex, 0)
    head = raw.split(b'\r\n\r\n' if b'\r\n' in raw[:400] else b'\n\n', 1)[0]
    ex.features.add('CRLF line ends' if b'\r\n' in raw else 'LF line ends')
    if re.search(rb'(?im)^Subject:.*=\?[^?]+\?[bq]\?', head):
        ex.features.add('RFC 2047 Subject')
    if re.search(rb'(?im)^(From|To|Cc):.*=\?[^?]+\?[bq]\?', head) or re.search(rb'(?im)^\s+=\?[^?]+\?[bq]\?.*<', head):
        ex.features.add('RFC 2047 address name')
    if re.search(rb'(?i)filename\*(0\*)?=', raw):
        ex.features.add('RFC 2231 file name')
    if re.search(rb'(?i)filename\*1\*?=', raw):
        ex.features.add('RFC 2231 continuation')
    text = '\n'.join(ex.texts)
    if any(0xFF10 <= ord(c) <= 0xFF19 for c in text):
        ex.features.add('full-width digits')
    if re.search(r'(?m)^> |a écrit :$|wrote:$', text):
        ex.features.add('quoted reply')
    if re.search(r'Message transféré|Forwarded message|^_{20,}$', text, re.M):
        ex.features.add('inline forward')
    return msg, ex, text


SEX_WORDS = {'F': ['f', 'feminin', 'female', 'femme'], 'M': ['m', 'masculin', 'male', 'homme']}


def _sex_ok(ftext, lines, nam, sex):
    words = '|'.join(SEX_WORDS[sex])
    if re.search(r'\b(sexe|sex|genre|gender)\s*[:=]?\s*(%s)\b' % words, ftext):
        return True
    for ln in lines:
        if nam in compact(ln):
            cells = [c.strip().lower() for c in re.split(r'[;,\t|]', ln)]
            if sex.lower() in cells:
                return True
    return False


def check(outdir, labels, meta, holders):
    errors = []
    feats = {}
    pos = sorted(k for k in labels if k.startswith('positive/'))
    neg = sorted(k for k in labels if k.startswith('negative/'))
    if len(pos) != 120 or len(neg) != 180:
        errors.append('counts %d/%d' % (len(pos), len(neg)))
    on_disk = sorted('positive/' + f for f in os.listdir(os.path.join(outdir, 'positive'))) + \
        sorted('negative/' + f for f in os.listdir(os.path.join(outdir, 'negative')))
    if sorted(on_disk) != sorted(labels):
        errors.append('label set differs from files on disk')
    nam_map = {h['nam']: h for h in holders}
    holder_names = []
    for h in holders:
        g, s = fold(h['given']), fold(h['surname'])
        holder_names += [g + ' ' + s, s + ', ' + g, s + ' ' + g]
    for rel in sorted(labels):
        lab = labels[rel]
        is_pos = rel.startswith('positive/')
        if lab['confidential'] != is_pos:
            errors.append(rel + ': confidential flag')
        if lab['lang'] not in ('fr', 'en'):
            errors.append(rel + ': lang')
        if not lab.get('note'):
            errors.append(rel + ': note')
        if is_pos and (not lab['types'] or not set(lab['types']) <= TYPES):
            errors.append(rel + ': types')
        if not is_pos and lab['types']:
            errors.append(rel + ': negative with types')
        if lab['types'] != sorted(set(lab['types'])):
            errors.append(rel + ': types not sorted/unique')
        raw = open(os.path.join(outdir, rel), 'rb').read()
        try:
            msg, ex, text = extract(raw)
        except Exception as e:  # noqa
            errors.append('%s: parse/decode failed: %r' % (rel, e))
            continue
        for ft in ex.features:
            feats.setdefault(ft, set()).add(rel)
        ftext = fold(text)
        ctext = compact(text)
        lines = text.split('\n')
        found = [n for n in nam_map if n in ctext]
        tokens = set(re.findall(r'\b[A-Z]{4} ?\d{4} ?\d{4}\b', unicodedata.normalize('NFKC', text).upper()))
        for tk in tokens:
            if tk.replace(' ', '') not in nam_map and re.match(r'[A-Z]{4}\d{2}[0156]\d[0-3]\d\d\d', tk.replace(' ', '')):
                errors.append('%s: NAM-like token not from the list: %s' % (rel, tk))
        if not is_pos:
            if found:
                errors.append('%s: NAM in a negative' % rel)
            for hn in holder_names:
                if re.search(r'\b' + re.escape(hn) + r'\b', ftext):
                    errors.append('%s: NAM holder name in a negative (%s)' % (rel, hn))
            if meta.get(rel):
                errors.append('%s: identifiers recorded for a negative' % rel)
            continue
        if bool(found) != ('ramq_nam' in lab['types']):
            errors.append('%s: ramq_nam label vs NAM presence mismatch' % rel)
        for n in found:
            h = nam_map[n]
            if fold(h['surname']) not in ftext or fold(h['given']) not in ftext:
                errors.append('%s: NAM %s without holder name' % (rel, n))
            if not any(fold(d) in ftext for d in C.all_date_renderings(h['dob'])):
                errors.append('%s: NAM %s without birth date' % (rel, n))
            if not _sex_ok(ftext, lines, n, h['sex']):
                errors.append('%s: NAM %s without sex' % (rel, n))
        kinds = set()
        for kind, val in meta.get(rel, []):
            kinds.add(ID_TYPE[kind])
            if compact(val) not in ctext:
                errors.append('%s: %s %s not found in text' % (rel, kind, val))
            ok = {'sin': ca_sin.is_valid, 'ohip': C.ohip_valid, 'niss': be_nn.is_valid, 'nir': fr_nir.is_valid,
                  'nam': lambda v: v in nam_map, 'mrn': lambda v: True}[kind](val)
            if not ok:
                errors.append('%s: invalid %s %s' % (rel, kind, val))
        idtypes = {t for t in lab['types'] if t in ID_TYPE.values()}
        if idtypes != kinds:
            errors.append('%s: identifier types %s vs recorded %s' % (rel, sorted(idtypes), sorted(kinds)))
        if 'patient_name' not in lab['types'] and not kinds:
            errors.append('%s: positive without any identifying element' % rel)
        if not set(lab['types']) - {'patient_name', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn'}:
            errors.append('%s: positive without personal content' % rel)
    return errors, feats
