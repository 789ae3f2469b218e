"""Re-parse every file, decode every part, check labels, identifiers, NAM placement; compute the digest."""
import base64
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy
from email.parser import BytesParser

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import HOLDERS, TYPES, alnum_only, digits_only, ohip_valid, strip_accents

REQUIRED = ['From', 'To', 'Subject', 'Date', 'Message-ID']


# --------------------------------------------------------------------------- decoding
def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oc = b''
                while j < len(b) and len(oc) < 3 and 0x30 <= b[j] <= 0x37:
                    oc += bytes([b[j]])
                    j += 1
                out.append(int(oc, 8) & 0xFF)
                i = j
                continue
            out += {ord('n'): b'\n', ord('r'): b'\r', ord('t'): b'\t', ord('b'): b'\b', ord('f'): b'\f'}.get(n, bytes([n]))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b'%PDF-'):
        raise ValueError('not a PDF')
    texts = []
    for m in re.finditer(rb'>>\s*stream\r?\n(.*?)endstream', data, re.S):
        dic = data[data.rfind(b' obj', 0, m.start()):m.start()]
        raw = m.group(1)
        if b'/Filter' not in dic:
            content = raw
        else:
            content = raw
            if b'ASCII85Decode' in dic:
                s = content.strip()
                if s.endswith(b'~>'):
                    s = s[:-2]
                content = base64.a85decode(s)
            if b'FlateDecode' in dic:
                content = zlib.decompress(content)
        for sm in re.finditer(rb'\((?:\\.|[^\\)])*\)\s*T[jJ]', content, re.S):
            lit = sm.group(0)
            lit = lit[1:lit.rindex(b')')]
            texts.append(_pdf_unescape(lit).decode('cp1252', 'replace'))
    if not texts:
        raise ValueError('PDF without text')
    return ' '.join(texts)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read('word/document.xml').decode('utf-8')
    xml = re.sub(r'</w:p>', '\n', xml)
    xml = re.sub(r'</w:tc>', ' | ', xml)
    txt = re.sub(r'<[^>]+>', '', xml)
    import html
    return html.unescape(txt)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)


def unfold(t):
    t = t.replace('\r\n', '\n').replace('\n ', '').replace('\n\t', '')
    return t.replace('\\,', ',').replace('\\;', ';').replace('\\n', '\n').replace('\\N', '\n')


def decode_blob(name, ctype, data, feats):
    n = (name or '').lower()
    if ctype == 'application/pdf' or n.endswith('.pdf'):
        feats.add('PDF attachment')
        return pdf_text(data)
    if n.endswith('.docx'):
        feats.add('DOCX attachment')
        return docx_text(data)
    if n.endswith('.xlsx'):
        feats.add('XLSX attachment')
        return xlsx_text(data)
    if n.endswith('.zip') or ctype == 'application/zip':
        feats.add('ZIP attachment')
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(decode_blob(info.filename, '', z.read(info.filename), feats))
        return '\n'.join(out)
    if n.endswith('.eml'):
        msg = BytesParser(policy=policy.default).parsebytes(data)
        return walk(msg, feats, nested=True)
    return data.decode('utf-8')


def walk(msg, feats, nested=False):
    out = []
    for h in ('Subject', 'From', 'To', 'Cc'):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    if nested:
        for h in REQUIRED:
            if msg.get(h) is None:
                raise ValueError(f'nested message without {h}')

    def rec(part):
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == 'message/rfc822':
            feats.add('attached message/rfc822')
            out.append(walk(part.get_content(), feats, nested=True))
            return
        if part.is_multipart():
            if not nested:
                feats.add(f'multipart/{part.get_content_subtype()}')
            for sp in part.iter_parts():
                rec(sp)
            return
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        if not nested:
            feats.add(f'CTE {cte}')
        if ct.startswith('text/'):
            cs = (part.get_content_charset() or 'us-ascii').lower()
            if not nested:
                feats.add(f'charset {cs}')
            txt = part.get_content()
            if ct == 'text/calendar':
                feats.add('ICS attachment')
                txt = unfold(txt)
            elif ct in ('text/vcard', 'text/x-vcard'):
                feats.add('vCard attachment')
                txt = unfold(txt)
            elif ct == 'text/csv':
                feats.add('CSV attachment')
            elif ct == 'text/html':
                import html
                txt = html.unescape(re.sub(r'<[^>]+>', ' ', txt))
            out.append(txt)
        else:
            out.append(decode_blob(fn, ct, part.get_content(), feats))

    rec(msg)
    return '\n'.join(out)


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = strip_accents(s).lower()
    return ' ' + re.sub(r'[^a-z0-9]+', ' ', s).strip() + ' '


# --------------------------------------------------------------------------- checks
def validate_id(kind, s):
    if kind == 'ramq_nam':
        a = alnum_only(s)
        return len(a) == 12 and a[:4].isalpha() and a[4:].isdigit()
    d = digits_only(s)
    if kind == 'ca_sin':
        return ca_sin.is_valid(d)
    if kind == 'ca_health_number':
        return ohip_valid(d)
    if kind == 'be_niss':
        return be_nn.is_valid(d)
    if kind == 'fr_nir':
        return fr_nir.is_valid(d)
    return False


def sex_near(ntext, dob_norm, sex):
    for m in re.finditer(re.escape(dob_norm.strip()), ntext):
        win = ntext[max(0, m.start() - 400): m.end() + 400]
        if re.search(r'(?:^| )' + sex.lower() + r'(?: |$)', win):
            return True
    return False


def verify(out_dir, meta):
    """meta: relpath -> dict(evidence, ids, holders, label). Returns (errors, features per file)."""
    errors = []
    feats_by_file = {}
    labels = json.load(open(os.path.join(out_dir, 'labels.json'), encoding='utf-8'))
    files = sorted([f'positive/{f}' for f in os.listdir(os.path.join(out_dir, 'positive'))] +
                   [f'negative/{f}' for f in os.listdir(os.path.join(out_dir, 'negative'))])
    pos = [f for f in files if f.startswith('positive/')]
    neg = [f for f in files if f.startswith('negative/')]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f'counts {len(pos)}/{len(neg)}')
    if sorted(labels) != files:
        errors.append('labels.json does not match files')
    if list(labels) != sorted(labels):
        errors.append('labels.json keys not sorted')
    holder_names = []
    for h in HOLDERS:
        g, s = norm(h['given']).strip(), norm(h['surname']).strip()
        holder_names.append((f' {g} {s} ', f' {s} {g} ', h))
    all_nams = {h['nam']: h for h in HOLDERS}
    nam_seen = {}
    for rel in files:
        raw = open(os.path.join(out_dir, rel), 'rb').read()
        feats = set()
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            for h in REQUIRED:
                if msg.get(h) is None:
                    errors.append(f'{rel}: missing {h}')
            text = walk(msg, feats)
        except Exception as e:  # noqa: BLE001
            errors.append(f'{rel}: decode error {e!r}')
            continue
        # transport features
        feats.add('CRLF line ends' if b'\r\n' in raw else 'LF line ends')
        head = raw.split(b'\r\n\r\n' if b'\r\n' in raw else b'\n\n', 1)[0]
        if re.search(rb'filename\*=|name\*=', raw):
            feats.add('RFC 2231 file name')
        if re.search(rb'^Subject:.*=\?', head, re.M | re.I):
            feats.add('RFC 2047 Subject')
        if re.search(rb'^(From|To|Cc):[^\n]*=\?|^\s+[^\n]*=\?[^\n]*<', head, re.M | re.I):
            feats.add('RFC 2047 names')
        top = msg.get_content_type()
        if top in ('text/plain', 'text/html'):
            feats.add(f'{top} only')
        feats_by_file[rel] = feats
        lab = labels.get(rel, {})
        ntext = norm(text)
        compact = alnum_only(text)
        for nam, h in all_nams.items():
            if nam in compact:
                nam_seen.setdefault(nam, []).append(rel)
        info = meta.get(rel, {})
        if rel.startswith('positive/'):
            if lab.get('confidential') is not True or not lab.get('types'):
                errors.append(f'{rel}: bad positive label')
            if any(t not in TYPES for t in lab.get('types', [])):
                errors.append(f'{rel}: unknown type')
            for ev in info.get('evidence', []):
                if norm(ev).strip() not in ntext:
                    errors.append(f'{rel}: evidence not found: {ev!r}')
            for kind, s in info.get('ids', []):
                if not validate_id(kind, s):
                    errors.append(f'{rel}: invalid {kind} {s!r}')
                if norm(s).strip() not in ntext:
                    errors.append(f'{rel}: identifier not rendered {s!r}')
                if kind not in lab.get('types', []):
                    errors.append(f'{rel}: {kind} not in types')
            for h in info.get('holders', []):
                if h['nam'] not in compact:
                    errors.append(f'{rel}: NAM of holder missing')
                if norm(h['given']).strip() not in ntext or norm(h['surname']).strip() not in ntext:
                    errors.append(f'{rel}: NAM holder name missing')
                dn = norm(h['dob'])
                if dn.strip() not in ntext:
                    errors.append(f'{rel}: NAM holder birth date missing')
                elif not sex_near(ntext, dn, h['sex']):
                    errors.append(f'{rel}: NAM holder sex missing near birth date')
            for a, b, h in holder_names:
                declared = {(d['given'], d['surname']) for d in info.get('holders', [])}
                if (a in ntext or b in ntext) and (h['given'], h['surname']) not in declared:
                    errors.append(f'{rel}: NAM holder name without the NAM')
        else:
            if lab.get('confidential') is not False or lab.get('types'):
                errors.append(f'{rel}: bad negative label')
            for a, b, h in holder_names:
                if a in ntext or b in ntext:
                    errors.append(f'{rel}: NAM holder name in a negative')
        if lab.get('lang') not in ('fr', 'en') or not lab.get('note'):
            errors.append(f'{rel}: bad lang/note')
    for nam, rels in nam_seen.items():
        for rel in rels:
            if not rel.startswith('positive/'):
                errors.append(f'{rel}: NAM in a negative')
            elif all_nams[nam] not in meta.get(rel, {}).get('holders', []):
                errors.append(f'{rel}: undeclared NAM')
        if len(rels) > 1:
            errors.append(f'NAM used in several files: {rels}')
    return errors, feats_by_file


def digest(out_dir):
    h = hashlib.sha256()
    rels = sorted([f'positive/{f}' for f in os.listdir(os.path.join(out_dir, 'positive')) if f.endswith('.eml')] +
                  [f'negative/{f}' for f in os.listdir(os.path.join(out_dir, 'negative')) if f.endswith('.eml')] + ['labels.json'])
    for rel in rels:
        h.update(rel.encode('utf-8') + b'\0' + open(os.path.join(out_dir, rel), 'rb').read() + b'\0')
    return h.hexdigest()
