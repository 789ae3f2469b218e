"""Re-parse the written corpus, decode every part, verify labels and identifiers, compute the digest."""
import base64
import hashlib
import html as htmllib
import io
import json
import os
import re
import unicodedata
import zipfile
from email import policy
from email.parser import BytesParser

from gen_common import d_en, d_fr, d_slash, fold, valid_id

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}

FEATURES = [
    "text/plain only", "text/html only", "multipart/alternative", "multipart/mixed", "message/rfc822 (attached .eml)",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment",
    "ZIP attachment", "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64", "CRLF line ends", "LF line ends",
    "RFC 2047 encoded Subject", "RFC 2047 encoded display name", "RFC 2231 file name", "full-width digits",
]


class CheckError(Exception):
    pass


# --------------------------------------------------------------------------
# Decoders
# --------------------------------------------------------------------------
def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_ = b''
                while j < len(b) and len(oct_) < 3 and 0x30 <= b[j] <= 0x37:
                    oct_ += bytes([b[j]])
                    j += 1
                out.append(int(oct_, 8) & 0xFF)
                i = j
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise CheckError("not a PDF")
    out = []
    for m in re.finditer(rb'stream\r?\n(.*?)endstream', data, re.S):
        s = m.group(1)
        head = data[data.rfind(b'obj', 0, m.start()):m.start()]
        if b'ASCII85Decode' in head:
            s = s.strip()
            if s.endswith(b'~>'):
                s = s[:-2]
            s = base64.a85decode(s)
        if b'FlateDecode' in head:
            import zlib
            s = zlib.decompress(s)
        for t in re.findall(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s, re.S):
            out.append(_pdf_unescape(t).decode('cp1252', 'replace'))
    info = re.search(rb'/Title \(((?:\\.|[^\\)])*)\)', data)
    if info:
        out.append(_pdf_unescape(info.group(1)).decode('cp1252', 'replace'))
    if not out:
        raise CheckError("no text in PDF")
    return "\n".join(out)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise CheckError("bad OOXML member")
    out = []
    for name in z.namelist():
        if name.endswith('.xml'):
            x = z.read(name).decode('utf-8')
            x = re.sub(r'</w:p>|</row>|</si>', '\n', x)
            x = re.sub(r'<[^>]+>', ' ', x)
            out.append(htmllib.unescape(x))
    return "\n".join(out)


def zip_text(data, feats):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise CheckError("bad ZIP member")
    out = []
    for name in z.namelist():
        blob = z.read(name)
        out.append(name)
        out.append(blob_text(name, blob, feats))
    return "\n".join(out)


def blob_text(name, blob, feats):
    low = name.lower()
    if low.endswith('.pdf'):
        feats.add("PDF attachment")
        return pdf_text(blob)
    if low.endswith('.docx'):
        feats.add("DOCX attachment")
        return ooxml_text(blob)
    if low.endswith('.xlsx'):
        feats.add("XLSX attachment")
        return ooxml_text(blob)
    if low.endswith('.zip'):
        feats.add("ZIP attachment")
        return zip_text(blob, feats)
    if low.endswith('.eml'):
        feats.add("message/rfc822 (attached .eml)")
        return message_text(BytesParser(policy=policy.default).parsebytes(blob), feats)
    if low.endswith('.csv'):
        feats.add("CSV attachment")
    return blob.decode('utf-8')


def part_text(part, feats):
    ctype = part.get_content_type()
    cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
    feats.add("CTE " + cte)
    fn = part.get_filename()
    out = [fn] if fn else []
    if ctype == 'message/rfc822':
        feats.add("message/rfc822 (attached .eml)")
        inner = part.get_content()
        out.append(message_text(inner, feats))
        return "\n".join(out)
    if part.get_content_maintype() == 'text':
        cs = part.get_content_charset()
        if cs:
            feats.add("charset " + cs)
        txt = part.get_content()
        if ctype == 'text/csv':
            feats.add("CSV attachment")
        elif ctype == 'text/calendar':
            feats.add("ICS attachment")
            if 'BEGIN:VCALENDAR' not in txt:
                raise CheckError("bad ICS")
        elif ctype == 'text/vcard':
            feats.add("vCard attachment")
            if 'BEGIN:VCARD' not in txt:
                raise CheckError("bad vCard")
        elif ctype == 'text/html':
            txt = txt + "\n" + htmllib.unescape(re.sub(r'<[^>]+>', ' ', txt))
        out.append(txt)
        return "\n".join(out)
    data = part.get_content()
    if not isinstance(data, bytes):
        raise CheckError("binary part did not decode to bytes")
    if ctype == 'application/pdf':
        feats.add("PDF attachment")
        out.append(pdf_text(data))
    elif 'wordprocessingml' in ctype:
        feats.add("DOCX attachment")
        out.append(ooxml_text(data))
    elif 'spreadsheetml' in ctype:
        feats.add("XLSX attachment")
        out.append(ooxml_text(data))
    elif ctype == 'application/zip':
        feats.add("ZIP attachment")
        out.append(zip_text(data, feats))
    else:
        raise CheckError("unexpected type " + ctype)
    return "\n".join(out)


def walk_part(part, feats, out):
    ctype = part.get_content_type()
    if ctype == 'message/rfc822':
        out.append(part_text(part, feats))
        return
    if part.is_multipart():
        feats.add(ctype)
        for sub in part.iter_parts():
            walk_part(sub, feats, out)
        return
    out.append(part_text(part, feats))


def message_text(msg, feats, top=False):
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None:
            raise CheckError("missing header " + h)
    out = [str(msg['Subject']), str(msg['From']), str(msg['To'])]
    if msg['Cc']:
        out.append(str(msg['Cc']))
    walk_part(msg, feats, out)
    return "\n".join(out)


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------
def compact(s):
    return re.sub(r'[^0-9A-Z]', '', unicodedata.normalize('NFKC', s).upper())


def dob_forms(d):
    return {d.isoformat(), d.isoformat().replace('-', '/'), d_fr(d), d_en(d), d_slash(d),
            "%02d.%02d.%d" % (d.day, d.month, d.year)}


def analyse_file(path):
    raw = open(path, 'rb').read()
    feats = set()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if msg.defects:
        raise CheckError("%s: defects %r" % (path, msg.defects))
    text = message_text(msg, feats, top=True)
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    if b"\r\n" in raw and re.search(rb'[^\r]\n', raw):
        raise CheckError("%s: mixed line ends" % path)
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    hs = head.decode('ascii')
    subj = re.search(r'(?mi)^Subject:(.*(?:\r?\n[ \t].*)*)', hs)
    if subj and re.search(r'=\?[^?]+\?[QqBb]\?', subj.group(1)):
        feats.add("RFC 2047 encoded Subject")
    for h in ('From', 'To', 'Cc'):
        m = re.search(r'(?mi)^%s:(.*(?:\r?\n[ \t].*)*)' % h, hs)
        if m and re.search(r'=\?[^?]+\?[QqBb]\?', m.group(1)):
            feats.add("RFC 2047 encoded display name")
    if re.search(rb'filename\*(0\*)?=', raw):
        feats.add("RFC 2231 file name")
    if re.search(r'[\uFF10-\uFF19]', text):
        feats.add("full-width digits")
    if msg.get_content_type() == 'text/html':
        feats.add("text/html only")
    elif msg.get_content_type() == 'text/plain':
        feats.add("text/plain only")
    return text, feats


def run_checks(out, manifest, holders):
    errors = []
    labels = json.load(open(os.path.join(out, 'labels.json'), encoding='utf-8'))
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml')] +
                   ["negative/" + f for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml')])
    pos = [f for f in files if f.startswith('positive/')]
    neg = [f for f in files if f.startswith('negative/')]
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    if sorted(labels) != files:
        errors.append("labels do not match files")
    for i, f in enumerate(pos):
        if not f.startswith("positive/p%03d_" % (i + 1)):
            errors.append("bad positive name " + f)
    for i, f in enumerate(neg):
        if not f.startswith("negative/n%03d_" % (i + 1)):
            errors.append("bad negative name " + f)
    feature_files = {k: 0 for k in FEATURES}
    nam_index = {h.nam: h for h in holders}
    surname_res = [(h, re.compile(r'(?<![a-z])%s(?![a-z])' % re.escape(fold(h.surname)))) for h in holders]
    for f in files:
        lab = labels.get(f, {})
        try:
            text, feats = analyse_file(os.path.join(out, f))
        except Exception as e:  # noqa: BLE001 - any decoding failure is a check failure
            errors.append("%s: %s: %s" % (f, type(e).__name__, e))
            continue
        for k in feats:
            if k in feature_files:
                feature_files[k] += 1
        ctext = compact(text)
        ftext = fold(text)
        found = [n for n in nam_index if n in ctext]
        is_pos = f.startswith('positive/')
        if lab.get('lang') not in ('fr', 'en') or not lab.get('note'):
            errors.append("%s: bad lang/note" % f)
        if is_pos:
            types = lab.get('types') or []
            if lab.get('confidential') is not True or not types or not set(types) <= TYPES:
                errors.append("%s: bad positive label" % f)
            if bool(found) != ('ramq_nam' in types):
                errors.append("%s: NAM presence %r vs types" % (f, found))
            for n in found:
                h = nam_index[n]
                if fold(h.surname) not in ftext or fold(h.given) not in ftext:
                    errors.append("%s: NAM without holder name" % f)
                if not any(fold(x) in ftext for x in dob_forms(h.dob)):
                    errors.append("%s: NAM without holder birth date" % f)
            m = manifest[f]
            for kind, val in m['ids']:
                if not valid_id(kind, val):
                    errors.append("%s: invalid %s %r" % (f, kind, val))
                if compact(val) not in ctext:
                    errors.append("%s: id %r not found" % (f, val))
                if kind not in types:
                    errors.append("%s: id kind %s not in types" % (f, kind))
            for kind in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn'):
                if kind in types and kind not in [k for k, _ in m['ids']]:
                    errors.append("%s: type %s without identifier" % (f, kind))
            for nm in m['names']:
                if fold(nm) not in ftext:
                    errors.append("%s: name %r not found" % (f, nm))
            for h in holders:
                g, sn = fold(h.given), fold(h.surname)
                if any(x in ftext for x in ("%s %s" % (g, sn), "%s, %s" % (sn, g), "%s %s" % (sn, g))) \
                        and not any(fold(nam_index[n].given) == g and fold(nam_index[n].surname) == sn for n in found):
                    errors.append("%s: NAM holder named without NAM" % f)
            for nam in m['nams']:
                if nam not in found:
                    errors.append("%s: declared NAM missing" % f)
        else:
            if lab.get('confidential') is not False or lab.get('types') != []:
                errors.append("%s: bad negative label" % f)
            if found:
                errors.append("%s: NAM in negative" % f)
            for h, rx in surname_res:
                if rx.search(ftext):
                    errors.append("%s: NAM holder surname %s in negative" % (f, h.surname))
    for k, v in feature_files.items():
        if v == 0:
            errors.append("feature never shown: " + k)
    return errors, feature_files


def digest(out):
    h = hashlib.sha256()
    names = []
    for sub in ('positive', 'negative'):
        names += [sub + "/" + f for f in os.listdir(os.path.join(out, sub)) if f.endswith('.eml')]
    names.append('labels.json')
    for rel in sorted(names):
        h.update(rel.encode('utf-8'))
        h.update(b"\0")
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()
