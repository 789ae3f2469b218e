"""Re-parse every written file, decode every part, and check labels, NAM
placement, identifier validity and negatives.  Also tallies transport features."""
import html
import io
import json
import os
import re
import unicodedata
import zipfile
from email import policy
from email.parser import BytesParser

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import PAT_SURNAMES, dob_variants, load_nams, strip_accents

ALLOWED = {'patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
           'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


class Fail(Exception):
    pass


# ---------------------------------------------------------------------------
# decoders
# ---------------------------------------------------------------------------
def pdf_text(data):
    if not data.startswith(b'%PDF'):
        raise Fail('not a PDF')
    out = []
    for m in re.finditer(rb'stream\r?\n(.*?)\r?\nendstream', data, re.S):
        s = m.group(1)
        for t in re.finditer(rb'\(((?:[^\\)]|\\.)*)\)\s*Tj', s, re.S):
            raw = t.group(1)
            buf = bytearray()
            i = 0
            while i < len(raw):
                ch = raw[i]
                if ch == 0x5c:
                    nxt = raw[i + 1:i + 2]
                    if nxt.isdigit():
                        oc = re.match(rb'[0-7]{1,3}', raw[i + 1:i + 4]).group(0)
                        buf.append(int(oc, 8))
                        i += 1 + len(oc)
                        continue
                    buf += {b'n': b'\n', b'r': b'\r', b't': b'\t'}.get(nxt, nxt)
                    i += 2
                    continue
                buf.append(ch)
                i += 1
            out.append(bytes(buf).decode('cp1252'))
    if not out:
        raise Fail('PDF without text')
    return '\n'.join(out)


def xml_text(xml):
    xml = re.sub(r'</w:p>|</row>|</si>', '\n', xml)
    xml = re.sub(r'</c>|</w:tc>', '\t', xml)
    return html.unescape(re.sub(r'<[^>]+>', '', xml))


def ooxml_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise Fail('bad zip member')
    names = z.namelist()
    if kind == 'docx':
        return xml_text(z.read('word/document.xml').decode('utf-8'))
    parts = [xml_text(z.read(n).decode('utf-8')) for n in names if n.startswith('xl/') and n.endswith('.xml')
             and ('sheet' in n or 'sharedStrings' in n)]
    if not any('worksheets' in n for n in names):
        raise Fail('xlsx without sheets')
    return '\n'.join(parts)


def blob_text(name, data, feats):
    n = name.lower()
    if n.endswith('.pdf'):
        feats.add('PDF attachment')
        return pdf_text(data)
    if n.endswith('.docx'):
        feats.add('DOCX attachment')
        return ooxml_text(data, 'docx')
    if n.endswith('.xlsx'):
        feats.add('XLSX attachment')
        return ooxml_text(data, 'xlsx')
    if n.endswith('.zip'):
        feats.add('ZIP attachment')
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise Fail('bad zip')
        return '\n'.join(m + '\n' + blob_text(m, z.read(m), feats) for m in z.namelist())
    if n.endswith('.eml'):
        feats.add('attached message/rfc822')
        return msg_text(BytesParser(policy=policy.default).parsebytes(data), feats)
    if n.endswith(('.txt', '.csv', '.ics', '.vcf')):
        return data.decode('utf-8')
    raise Fail(f'unknown blob {name}')


def iter_leaves(part, feats):
    """Yield the part itself and its descendants, not descending into message/rfc822."""
    if part.get_content_type() != 'message/rfc822' and part.is_multipart():
        feats.add(part.get_content_type())
        cte = part.get('Content-Transfer-Encoding')
        if cte:
            feats.add(f'CTE {cte.lower()}')
        for sub in part.iter_parts():
            yield from iter_leaves(sub, feats)
    else:
        yield part


def msg_text(msg, feats):
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        if msg[h] is not None:
            out.append(str(msg[h]))
    for part in iter_leaves(msg, feats):
        ct = part.get_content_type()
        if part.defects:
            raise Fail(f'MIME defects in {ct}: {part.defects}')
        cte = part.get('Content-Transfer-Encoding')
        if cte:
            feats.add(f'CTE {cte.lower()}')
        cs = part.get_content_charset()
        if cs and part.get_content_maintype() == 'text':
            feats.add(f'charset {cs}')
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == 'message/rfc822':
            feats.add('attached message/rfc822')
            inner = part.get_content()
            out.append(msg_text(inner, feats))
            continue
        content = part.get_content()
        if ct == 'text/html':
            feats.add('text/html part')
            out.append(html.unescape(re.sub(r'<[^>]+>', ' ', content)))
        elif ct == 'text/calendar':
            feats.add('ICS attachment')
            out.append(re.sub(r'\r?\n[ \t]', '', content).replace('\\,', ',').replace('\\;', ';').replace('\\n', '\n'))
        elif ct in ('text/vcard', 'text/x-vcard'):
            feats.add('vCard attachment')
            out.append(content)
        elif ct == 'text/csv':
            feats.add('CSV attachment')
            out.append(content)
        elif ct.startswith('text/'):
            feats.add('text/plain part')
            out.append(content)
        else:
            if not isinstance(content, bytes):
                raise Fail(f'{ct} did not decode to bytes')
            out.append(blob_text(fn or 'x.bin', content, feats))
    return '\n'.join(out)


def fold(s):
    return strip_accents(unicodedata.normalize('NFKC', s)).lower()


def squash(s):
    return re.sub(r'[\s.\-/]', '', unicodedata.normalize('NFKC', s)).upper()


NAM_RE = re.compile(r'(?<![A-Z0-9])[A-Z]{4}[ .\-/]{0,2}\d{4}[ .\-/]{0,2}\d{4}(?!\d)')


def sex_shown(text, sex):
    words = {'F': ['féminin', 'female', 'feminin'], 'M': ['masculin', 'male']}[sex]
    t = unicodedata.normalize('NFKC', text)
    if any(re.search(r'\b' + w + r'\b', t, re.I) for w in words):
        return True
    return re.search(r'(?<![A-Za-z0-9])' + sex + r'(?![A-Za-z0-9])', t) is not None


# ---------------------------------------------------------------------------
def verify(out_dir, meta):
    """meta: rel path -> {'ids': [(kind, value)]}.  Returns feature tallies."""
    errors = []
    nams = load_nams()
    by_nam = {r['nam']: r for r in nams}
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    if list(labels) != sorted(labels):
        errors.append('labels.json keys not sorted')
    files = sorted([f'positive/{f}' for f in os.listdir(os.path.join(out_dir, 'positive'))] +
                   [f'negative/{f}' for f in os.listdir(os.path.join(out_dir, 'negative'))])
    pos = [f for f in files if f.startswith('positive/')]
    neg = [f for f in files if f.startswith('negative/')]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f'counts {len(pos)}/{len(neg)}')
    if set(files) != set(labels):
        errors.append('labels do not match files')
    for i, f in enumerate(pos):
        if not re.fullmatch(rf'positive/p{i + 1:03d}_[a-z_]+\.eml', f):
            errors.append(f'bad name {f}')
    for i, f in enumerate(neg):
        if not re.fullmatch(rf'negative/n{i + 1:03d}_[a-z_]+\.eml', f):
            errors.append(f'bad name {f}')
    holder_names = set()
    for r in nams:
        g, s = fold(r['given']), fold(r['surname'])
        holder_names |= {f'{g} {s}', f'{s} {g}', f'{s}, {g}'}
    holder_surnames = {fold(r['surname']) for r in nams}
    feats_by_file = {}
    for f in files:
        lab = labels.get(f, {})
        try:
            raw = open(os.path.join(out_dir, f), 'rb').read()
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
                if msg[h] is None or not str(msg[h]).strip():
                    raise Fail(f'missing {h}')
            if msg.defects:
                raise Fail(f'defects {msg.defects}')
            feats = set()
            text = msg_text(msg, feats)
            head = raw.split(b'\r\n\r\n' if b'\r\n' in raw[:200] else b'\n\n', 1)[0]
            feats.add('CRLF line ends' if b'\r\n' in raw else 'LF line ends')
            if b'=?' in raw:
                feats.add('RFC 2047 encoded header')
            if re.search(rb'(file)?name\*=', raw):
                feats.add('RFC 2231 file name')
            if re.search('[\uff10-\uff19]', text):
                feats.add('full-width digits')
            if not msg.is_multipart():
                feats.add('single-part ' + msg.get_content_type())
            feats_by_file[f] = feats
        except Fail as e:
            errors.append(f'{f}: {e}')
            continue
        except Exception as e:  # noqa: BLE001
            errors.append(f'{f}: {type(e).__name__}: {e}')
            continue
        # --- labels -------------------------------------------------------
        types = lab.get('types', [])
        if lab.get('lang') not in ('fr', 'en') or not lab.get('note'):
            errors.append(f'{f}: bad lang/note')
        if not set(types) <= ALLOWED:
            errors.append(f'{f}: unknown types {types}')
        positive = f.startswith('positive/')
        if lab.get('confidential') is not positive:
            errors.append(f'{f}: confidential flag')
        if positive and not types:
            errors.append(f'{f}: positive without types')
        if not positive and types:
            errors.append(f'{f}: negative with types')
        note = fold(lab.get('note', ''))
        for s in list(holder_surnames) + [fold(x) for x in PAT_SURNAMES]:
            if re.search(r'\b' + re.escape(s) + r'\b', note):
                errors.append(f'{f}: name in note')
        # --- NAMs -------------------------------------------------------------
        sq = squash(text)
        found = [n for n in by_nam if n in sq]
        up = unicodedata.normalize('NFKC', text).upper()
        for m in NAM_RE.finditer(up):
            cand = re.sub(r'[ .\-/]', '', m.group(0))
            if cand not in by_nam:
                errors.append(f'{f}: NAM-like string not from the list: {m.group(0)}')
        ftext = fold(text)
        if not positive:
            if found:
                errors.append(f'{f}: NAM in negative')
            for hn in holder_names:
                if hn in ftext:
                    errors.append(f'{f}: NAM holder name in negative ({hn})')
            for s in holder_surnames:
                if re.search(r'\b' + re.escape(s) + r'\b', ftext):
                    errors.append(f'{f}: NAM holder surname in negative ({s})')
        else:
            if bool(found) != ('ramq_nam' in types):
                errors.append(f'{f}: ramq_nam label mismatch (found {found})')
            for n in found:
                r = by_nam[n]
                if fold(r['surname']) not in ftext or fold(r['given']) not in ftext:
                    errors.append(f'{f}: NAM {n} without holder name')
                if not any(v in text for v in dob_variants(r['dob'])):
                    errors.append(f'{f}: NAM {n} without birth date')
                if not sex_shown(text, r['sex']):
                    errors.append(f'{f}: NAM {n} without sex')
        # --- other identifiers ------------------------------------------------
        ids = meta.get(f, {}).get('ids', [])
        digits = re.sub(r'\D', '', unicodedata.normalize('NFKC', text))
        for kind in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            mine = [v for k, v in ids if k == kind]
            if (kind in types) != bool(mine):
                errors.append(f'{f}: {kind} label mismatch')
            for v in mine:
                ok = {'ca_sin': ca_sin.is_valid, 'be_niss': be_nn.is_valid, 'fr_nir': fr_nir.is_valid,
                      'ca_health_number': lambda x: len(x) == 10 and luhn.is_valid(x)}[kind](v)
                if not ok:
                    errors.append(f'{f}: invalid {kind} {v}')
                if v not in digits:
                    errors.append(f'{f}: {kind} {v} not present in text')
            if not positive and mine:
                errors.append(f'{f}: identifier in negative')
    return errors, feats_by_file
