"""Self-check: re-parse every message, decode every part (PDF/DOCX/XLSX/ZIP too), verify labels, identifiers,
NAM placement and NAM-holder names; print counts and the corpus digest."""
import base64
import collections
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
import zlib

from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_ids import load_nams, ohip_valid, strip_accents

TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


# ---------------------------------------------------------------- attachment text
def _pdf_unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_ = b''
                while j < len(s) and len(oct_) < 3 and 0x30 <= s[j] <= 0x37:
                    oct_ += bytes([s[j]])
                    j += 1
                out.append(int(oct_, 8) & 0xFF)
                i = j
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out).decode('cp1252', 'replace')


def pdf_text(data):
    chunks = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        d, s = m.group(1), m.group(2)
        try:
            if b'ASCII85Decode' in d:
                s = s.strip()
                if not s.startswith(b'<~'):
                    s = b'<~' + s
                s = base64.a85decode(s, adobe=True)
            if b'FlateDecode' in d:
                s = zlib.decompress(s)
        except Exception:
            continue
        chunks.append(s)
    chunks.append(data)
    texts = []
    for s in chunks:
        for t in re.findall(rb'\(((?:[^()\\]|\\.)*)\)\s*(?:Tj|\'|")', s, re.S):
            texts.append(_pdf_unescape(t))
        for arr in re.findall(rb'\[((?:[^\]\\]|\\.)*)\]\s*TJ', s, re.S):
            texts.append(''.join(_pdf_unescape(t) for t in re.findall(rb'\(((?:[^()\\]|\\.)*)\)', arr)))
    # document info (title / author)
    for t in re.findall(rb'/(?:Title|Author|Subject)\s*\(((?:[^()\\]|\\.)*)\)', data):
        texts.append(_pdf_unescape(t))
    return '\n'.join(texts)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in z.namelist():
        if name.endswith('.xml') and (name.startswith('word/') or name.startswith('xl/') or name.startswith('docProps/')):
            x = z.read(name).decode('utf-8', 'replace')
            x = re.sub(r'</w:p>|</row>|</si>', '\n', x)
            x = re.sub(r'<[^>]+>', ' ', x)
            out.append(html.unescape(x))
    return '\n'.join(out)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append('\t'.join('' if v is None else str(v) for v in row))
    return '\n'.join(out) + '\n' + ooxml_text(data)


def blob_text(name, data, ctype=''):
    n = (name or '').lower()
    if n.endswith('.pdf') or ctype == 'application/pdf':
        return pdf_text(data)
    if n.endswith('.docx'):
        return ooxml_text(data)
    if n.endswith('.xlsx'):
        return xlsx_text(data)
    if n.endswith('.zip') or ctype == 'application/zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        return '\n'.join(m + '\n' + blob_text(m, z.read(m)) for m in z.namelist())
    for enc in ('utf-8-sig', 'cp1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode('latin-1')


def message_text(msg):
    out = []
    for h in ('subject', 'from', 'to', 'cc', 'reply-to'):
        if msg[h] is not None:
            out.append(str(msg[h]))
    for part in msg.walk():
        if part.is_multipart():
            if part.get_content_type() == 'message/rfc822':
                fn = part.get_filename()
                if fn:
                    out.append(fn)
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct.startswith('text/'):
            t = part.get_content()
            if ct == 'text/html':
                out.append(t)
                t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
            out.append(t)
        else:
            out.append(blob_text(fn, part.get_payload(decode=True), ct))
    # headers of embedded messages
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload()[0]
            for h in ('subject', 'from', 'to'):
                if inner[h] is not None:
                    out.append(str(inner[h]))
    return '\n'.join(out)


# ---------------------------------------------------------------- identifier scanning
def find_nams(text, nams):
    t = unicodedata.normalize('NFKC', text).upper()
    t = re.sub(r'[\s.\-/_]+', '', t)
    return {n for n in nams if n in t}


def digit_runs(text):
    t = unicodedata.normalize('NFKC', text)
    for m in re.finditer(r'\d(?:[ .\-/]{0,3}\d)+', t):
        yield re.sub(r'\D', '', m.group(0))


def has_valid(text, kind):
    L = {'ca_sin': 9, 'ca_health_number': 10, 'be_niss': 11, 'fr_nir': 15}[kind]
    f = {'ca_sin': ca_sin.is_valid, 'ca_health_number': ohip_valid, 'be_niss': be_nn.is_valid, 'fr_nir': fr_nir.is_valid}[kind]
    for run in digit_runs(text):
        for i in range(0, len(run) - L + 1):
            if f(run[i:i + L]):
                return True
    return False


def name_patterns(h):
    g, s = strip_accents(h.given).casefold(), strip_accents(h.surname).casefold()
    return [f"{g} {s}", f"{s} {g}", f"{s}, {g}", f"{s},{g}", f"{g[0]}. {s}"][:4]


def normalise_for_names(text):
    t = strip_accents(unicodedata.normalize('NFKC', text)).casefold()
    return re.sub(r'\s+', ' ', t)


# ---------------------------------------------------------------- main check
def digest(out):
    h = hashlib.sha256()
    paths = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml')] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml')] + ['labels.json'])
    for p in paths:
        h.update(p.encode('utf-8') + b'\0')
        with open(os.path.join(out, p), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def transport_of(raw, msg):
    feats = set()
    feats.add('crlf' if b'\r\n' in raw else 'lf')
    if re.search(rb'=\?[^?]+\?[BbQq]\?', raw):
        feats.add('rfc2047')
    if re.search(rb"filename\*=", raw):
        feats.add('rfc2231')
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith('multipart/'):
            feats.add(ct)
        if ct == 'message/rfc822':
            feats.add('message/rfc822')
        cs = part.get_content_charset()
        if cs:
            feats.add('charset=' + cs)
        cte = part.get('Content-Transfer-Encoding')
        if cte:
            feats.add('cte=' + str(cte).lower())
    top = msg.get_content_type()
    if top == 'text/plain':
        feats.add('layout=plain')
    elif top == 'text/html':
        feats.add('layout=html-only')
    return feats


def run(out, verbose=True):
    holders = load_nams(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'blind_nams.txt'))
    nams = {h.nam: h for h in holders}
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml')] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml')])
    errors = []
    if sorted(labels) != files:
        errors.append(f"labels do not cover exactly the files ({len(labels)} labels, {len(files)} files)")
    langs = collections.Counter()
    types = collections.Counter()
    feats = collections.Counter()
    npos = nneg = 0
    name_pats = [(h, normalise_for_names(p)) for h in holders for p in name_patterns(h)]
    for f in files:
        lab = labels.get(f)
        if lab is None:
            continue
        with open(os.path.join(out, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            text = message_text(msg)
        except Exception as e:  # noqa
            errors.append(f"{f}: cannot decode ({e!r})")
            continue
        for ft in transport_of(raw, msg):
            feats[ft] += 1
        langs[lab['lang']] += 1
        langs[f.split('/')[0] + ':' + lab['lang']] += 1
        if lab['lang'] not in ('fr', 'en'):
            errors.append(f"{f}: bad lang")
        found = find_nams(text, nams)
        T = set(lab['types'])
        if not T <= TYPES:
            errors.append(f"{f}: unknown types {T - TYPES}")
        if f.startswith('positive/'):
            npos += 1
            if lab['confidential'] is not True or not T:
                errors.append(f"{f}: positive must be confidential with >=1 type")
            if bool(found) != ('ramq_nam' in T):
                errors.append(f"{f}: NAMs found {sorted(found)} vs label ramq_nam={'ramq_nam' in T}")
            for k in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
                if k in T and not has_valid(text, k):
                    errors.append(f"{f}: label {k} but no valid number in decoded text")
            for k in T:
                types[k] += 1
        else:
            nneg += 1
            if lab['confidential'] is not False or T:
                errors.append(f"{f}: negative must be non-confidential with no types")
            if found:
                errors.append(f"{f}: negative contains NAM(s) {sorted(found)}")
            nt = normalise_for_names(text)
            for h, pat in name_pats:
                if re.search(r'(?<![a-z])' + re.escape(pat) + r'(?![a-z])', nt):
                    errors.append(f"{f}: negative contains NAM holder name '{h.given} {h.surname}'")
                    break
    d = digest(out)
    if verbose:
        print(f"files: {len(files)} (positive {npos}, negative {nneg})")
        print('languages:', dict(sorted(langs.items())))
        print('types (positives):', dict(sorted(types.items())))
        print('transport features:', dict(sorted(feats.items())))
        print('digest:', d)
        for e in errors:
            print('ERROR', e)
        print('self-check:', 'OK' if not errors else f"{len(errors)} error(s)")
    return errors, d, dict(langs=langs, types=types, feats=feats, npos=npos, nneg=nneg)
