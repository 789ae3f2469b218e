"""Re-parse every written file, decode every part, and check labels and identifiers."""
import base64
import email
import html
import io
import json
import os
import re
import zipfile
import zlib
from email import policy

from stdnum import luhn
from stdnum.be import nn as std_nn
from stdnum.ca import sin as std_sin
from stdnum.fr import nir as std_nir

import gen_common as C

VALIDATORS = {'ca_sin': std_sin.is_valid, 'be_niss': std_nn.is_valid, 'fr_nir': std_nir.is_valid,
              'ca_health_number': lambda v: len(v) == 10 and luhn.is_valid(v), 'mrn': lambda v: v.isdigit()}


# --------------------------------------------------------------------------- decoders
def _pdf_literals(data):
    out = []
    i, n = 0, len(data)
    while i < n:
        if data[i:i + 1] == b'(':
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = data[j:j + 1]
                if ch == b'\\':
                    nx = data[j + 1:j + 2]
                    if nx in b'01234567' and nx:
                        k = j + 1
                        oc = b''
                        while k < n and len(oc) < 3 and data[k:k + 1] in b'01234567':
                            oc += data[k:k + 1]
                            k += 1
                        buf.append(int(oc, 8) & 0xFF)
                        j = k
                        continue
                    buf += {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f'}.get(nx, nx)
                    j += 2
                    continue
                if ch == b'(':
                    depth += 1
                elif ch == b')':
                    depth -= 1
                    if not depth:
                        break
                buf += ch
                j += 1
            out.append(bytes(buf).decode('cp1252', 'replace'))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b'%PDF'):
        raise ValueError('not a PDF')
    texts = []
    for mt in re.finditer(rb'<<(.*?)>>\s*stream\r?\n', data, re.S):
        start = mt.end()
        end = data.find(b'endstream', start)
        raw = data[start:end]
        if b'ASCII85Decode' in mt.group(1):
            a = raw.strip()
            if a.endswith(b'~>'):
                a = a[:-2]
            if a.startswith(b'<~'):
                a = a[2:]
            raw = base64.a85decode(a)
        if b'FlateDecode' in mt.group(1):
            raw = zlib.decompress(raw.rstrip(b'\r\n') if b'ASCII85Decode' not in mt.group(1) else raw)
        texts.extend(_pdf_literals(raw))
    for mt in re.finditer(rb'/Title\s*\(', data):
        texts.extend(_pdf_literals(data[mt.end() - 1:mt.end() + 400])[:1])
    if not texts:
        raise ValueError('PDF without text')
    return '\n'.join(texts)


def _xml_text(xml, para_tag):
    xml = re.sub(r'</%s>' % para_tag, '\n', xml)
    xml = re.sub(r'<[^>]+>', ' ', xml)
    return html.unescape(xml)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return _xml_text(z.read('word/document.xml').decode('utf-8'), 'w:p')


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in sorted(z.namelist()):
        if name == 'xl/sharedStrings.xml' or (name.startswith('xl/worksheets/') and name.endswith('.xml')):
            out.append(_xml_text(z.read(name).decode('utf-8'), 'si'))
    return '\n'.join(out)


def blob_text(name, data, feats, depth=0):
    low = (name or '').lower()
    if data.startswith(b'%PDF'):
        feats.add('PDF attachment')
        return pdf_text(data)
    if data.startswith(b'PK'):
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        if 'word/document.xml' in names:
            feats.add('DOCX attachment')
            return docx_text(data)
        if 'xl/workbook.xml' in names:
            feats.add('XLSX attachment')
            return xlsx_text(data)
        feats.add('ZIP attachment')
        parts = []
        for nm in names:
            parts.append(nm)
            parts.append(blob_text(nm, z.read(nm), feats, depth + 1))
        return '\n'.join(parts)
    if low.endswith('.eml'):
        t, _ = message_text(data, feats, depth + 1)
        return t
    for enc in ('utf-8', 'cp1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError('undecodable part %s' % name)


REQUIRED = ('From', 'To', 'Subject', 'Date', 'Message-ID')


def message_text(raw, feats, depth=0):
    """Return (all decoded text, problems) for one message (recursing into attachments)."""
    problems = []
    msg = email.message_from_bytes(raw, policy=policy.default)
    chunks = []

    def headers_of(mm):
        for h in REQUIRED:
            if mm[h] is None:
                problems.append('missing header %s' % h)
        for h in ('From', 'To', 'Cc', 'Subject'):
            if mm[h] is not None:
                chunks.append(str(mm[h]))

    headers_of(msg)
    for part in msg.walk():
        if part.defects:
            problems.append('defects %r in %s' % (part.defects, part.get_content_type()))
        ct = part.get_content_type()
        cs = part.get_content_charset()
        if cs:
            feats.add('charset ' + cs)
        cte = part.get('Content-Transfer-Encoding')
        if cte:
            feats.add('CTE ' + str(cte).lower())
        fn = part.get_filename()
        if fn:
            chunks.append(fn)
            if fn != fn.encode('ascii', 'ignore').decode():
                feats.add('non-ASCII file name')
        if ct == 'message/rfc822':
            feats.add('attached message/rfc822')
            inner = part.get_payload(0)
            headers_of(inner)
            continue
        if part.is_multipart():
            feats.add('multipart/' + part.get_content_subtype())
            continue
        content = part.get_content()
        if isinstance(content, str):
            if ct == 'text/html':
                feats.add('HTML part')
                content = html.unescape(re.sub(r'<[^>]+>', ' ', content))
            elif ct == 'text/csv':
                feats.add('CSV attachment')
            elif ct == 'text/calendar':
                feats.add('ICS attachment')
            elif ct == 'text/vcard':
                feats.add('vCard attachment')
            chunks.append(content)
        elif isinstance(content, bytes):
            chunks.append(blob_text(fn, content, feats, depth))
        else:
            problems.append('unexpected content object %r' % type(content))
    return '\n'.join(chunks), problems


def transport_feats(raw, feats):
    head = raw.split(b'\n\n', 1)[0] if b'\r\n\r\n' not in raw else raw.split(b'\r\n\r\n', 1)[0]
    feats.add('CRLF line ends' if b'\r\n' in raw else 'LF line ends')
    if re.search(rb'^Subject:[^\n]*=\?', head, re.M | re.I):
        feats.add('RFC 2047 Subject')
    if re.search(rb'^(From|To|Cc):[^\n]*(\n[ \t][^\n]*)*=\?', head, re.M | re.I):
        feats.add('RFC 2047 display name')
    if re.search(rb'(file)?name\*(0\*?)?=', raw):
        feats.add('RFC 2231 file name')
    if re.search(rb'filename="=\?', raw):
        feats.add('RFC 2047 file name')
    msg = email.message_from_bytes(raw, policy=policy.default)
    if not msg.is_multipart():
        feats.add('single part ' + msg.get_content_type())


# --------------------------------------------------------------------------- checks
def verify(out_dir, specs):
    """specs: {relpath: M}.  Returns (problems, features per file)."""
    problems = []
    holders = C.load_holders()
    holder_surnames = sorted({C.fold(h['surname']) for h in holders})
    patient_surnames = sorted({s for key in sorted(C.POOLS) for s in C.POOLS[key][0]})
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive')) if f.endswith('.eml')] +
                   ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative')) if f.endswith('.eml')])
    pos = [f for f in files if f.startswith('positive/')]
    neg = [f for f in files if f.startswith('negative/')]
    if len(pos) != 120 or len(neg) != 180:
        problems.append('counts %d/%d' % (len(pos), len(neg)))
    if sorted(labels) != files:
        problems.append('labels keys differ from files')
    if list(labels) != sorted(labels):
        problems.append('labels not sorted')
    feats_all = {}
    for rel in files:
        lab = labels.get(rel, {})
        m = specs[rel]
        is_pos = rel.startswith('positive/')
        base = os.path.basename(rel)
        if not re.match(r'^[pn]\d{3}_[a-z0-9_]+\.eml$', base):
            problems.append('%s: bad file name' % rel)
        if lab.get('confidential') is not is_pos:
            problems.append('%s: confidential flag' % rel)
        if lab.get('lang') not in ('fr', 'en'):
            problems.append('%s: lang' % rel)
        if not lab.get('note'):
            problems.append('%s: note' % rel)
        types = lab.get('types', None)
        if is_pos and not types:
            problems.append('%s: positive without types' % rel)
        if not is_pos and types:
            problems.append('%s: negative with types' % rel)
        if any(t not in C.TYPES for t in types or []):
            problems.append('%s: unknown type' % rel)
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            raw = fh.read()
        feats = set()
        try:
            text, probs = message_text(raw, feats)
            transport_feats(raw, feats)
        except Exception as exc:  # noqa
            problems.append('%s: parse/decode failure %r' % (rel, exc))
            continue
        feats_all[rel] = feats
        problems.extend('%s: %s' % (rel, p) for p in probs)
        blob = C.fold(text)
        digits = ''.join(ch for ch in C.fold(text) if ch.isdigit())
        wordset = set(C.words(text))
        # NAM placement
        found = [h for h in holders if C.fold(h['nam']) in blob]
        recorded = sorted({n for n, _ in m.nams})
        if not is_pos and found:
            problems.append('%s: NAM in a negative' % rel)
        if sorted({h['nam'] for h in found}) != recorded:
            problems.append('%s: NAMs found %s != recorded %s' % (rel, [h['nam'] for h in found], recorded))
        for h in found:
            if C.fold(h['surname']) not in wordset or not all(w in wordset for w in C.words(h['given'])):
                problems.append('%s: NAM %s without holder name' % (rel, h['nam']))
            if not (C.dob_variants(h['dob']) & set(_substrings(blob, C.dob_variants(h['dob'])))):
                problems.append('%s: NAM %s without birth date' % (rel, h['nam']))
            if not re.search(r'(?i)\bsex[e]?\W{0,3}%s\b|(^|[\s(|;,])%s([\s)|;,]|$)' % (h['sex'], h['sex']), text):
                problems.append('%s: NAM %s without sex' % (rel, h['nam']))
        if ('ramq_nam' in (types or [])) != bool(recorded):
            problems.append('%s: ramq_nam label mismatch' % rel)
        if not is_pos:
            bad = [s for s in holder_surnames if s in wordset]
            if bad:
                problems.append('%s: NAM holder surname in a negative: %s' % (rel, bad))
            bad = [s for s in patient_surnames if all(w in wordset for w in C.words(s))]
            if bad:
                problems.append('%s: patient-pool surname in a negative: %s' % (rel, bad))
            if m.patients or m.ids or m.nams or m.dobs:
                problems.append('%s: negative spec records patient findings' % rel)
            continue
        # identifiers recorded in positives
        for typ, val in m.ids:
            if not VALIDATORS[typ](val):
                problems.append('%s: invalid %s %s' % (rel, typ, val))
            if val not in digits:
                problems.append('%s: %s %s not found in text' % (rel, typ, val))
        for typ in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn'):
            if (typ in types) != any(t == typ for t, _ in m.ids):
                problems.append('%s: %s label mismatch' % (rel, typ))
        for p in m.patients:
            if C.fold(p.surname) not in blob:
                problems.append('%s: patient surname missing' % rel)
        for p in m.dobs:
            if not any(v in blob for v in C.dob_variants(p.dob)):
                problems.append('%s: birth date missing' % rel)
        if sorted(types) != sorted(m.types):
            problems.append('%s: label types differ from spec' % rel)
    return problems, feats_all


def _substrings(blob, variants):
    return [v for v in variants if v in blob]

