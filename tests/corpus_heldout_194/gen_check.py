"""Re-parse every written file, decode every part, check labels, NAMs and identifiers."""
import base64
import email
import email.policy
import io
import json
import os
import re
import zipfile
import zlib

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import NAM_HOLDERS, alnum, dob_variants, norm_text, valid_nam_shape, valid_ohip

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
         "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
         "social_information"]
ID_TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"]


class CheckError(Exception):
    pass


# ---------------------------------------------------------------- decoders
def _pdf_strings(content):
    out = []
    i = 0
    n = len(content)
    while i < n:
        if content[i:i + 1] == b"(":
            depth = 1
            i += 1
            buf = bytearray()
            while i < n and depth:
                ch = content[i:i + 1]
                if ch == b"\\":
                    nx = content[i + 1:i + 2]
                    if nx in b"01234567" and nx:
                        j = i + 1
                        oc = b""
                        while j < n and len(oc) < 3 and content[j:j + 1] in b"01234567":
                            oc += content[j:j + 1]
                            j += 1
                        buf.append(int(oc, 8) & 0xFF)
                        i = j
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(nx, nx)
                    i += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if not depth:
                        i += 1
                        break
                buf += ch
                i += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise CheckError("not a PDF")
    texts = []
    nstreams = 0
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        dic, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in dic:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"FlateDecode" in dic:
            raw = zlib.decompress(raw)
        nstreams += 1
        texts += _pdf_strings(raw)
    if not nstreams:
        raise CheckError("PDF without content stream")
    return " ".join(texts)


def _xml_text(xml):
    xml = re.sub(r"<[^>]+>", " ", xml)
    return (xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return _xml_text(z.read("word/document.xml").decode("utf-8"))


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def blob_text(name, data):
    low = name.lower()
    if low.endswith(".pdf"):
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename)))
        return "\n".join(out)
    if low.endswith(".eml"):
        return "\n".join(t for _, t in message_texts(
            email.message_from_bytes(data, policy=email.policy.default)))
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise CheckError("undecodable " + name)


def message_texts(msg, where="", feats=None):
    """Yield (where, text) for every header and part; raise on any defect."""
    out = []
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise CheckError("missing header %s %s" % (h, where))
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append((where + h, str(msg[h])))
    if msg.defects:
        raise CheckError("defects %s %r" % (where, msg.defects))
    for part in msg.walk():
        if part.defects:
            raise CheckError("part defects %s %r" % (where, part.defects))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append((where + "filename", fn))
        if ct == "message/rfc822":
            inner = part.get_content()
            out += message_texts(inner, where + "eml:", None)
            continue
        if part.get_content_maintype() == "text" and not fn:
            out.append((where + ct, part.get_content()))
            continue
        content = part.get_content()
        data = content.encode("utf-8") if isinstance(content, str) else content
        if not fn:
            raise CheckError("attachment without name")
        if part.get_content_maintype() == "text":
            out.append((where + "att:" + fn, content))
        else:
            out.append((where + "att:" + fn, blob_text(fn, data)))
    return out


def features(raw, msg, top=True):
    f = set()
    if top:
        f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    ctype = msg.get_content_type()
    if top and ctype == "text/plain":
        f.add("text/plain only")
    elif top and ctype == "text/html":
        f.add("text/html only")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    if re.search(rb"^Subject:[^\n]*=\?", head, re.M | re.I):
        f.add("RFC 2047 Subject")
    if re.search(rb"^(From|To|Cc):[^\n]*=\?", head, re.M | re.I):
        f.add("RFC 2047 display name")
    if re.search(rb"filename\*", raw):
        f.add("RFC 2231 file name")
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("multipart/"):
            f.add(ct)
        cs = part.get_param("charset")
        if cs and part.get_content_maintype() == "text":
            f.add("charset " + str(cs).lower())
        cte = part.get("Content-Transfer-Encoding")
        if cte:
            f.add("CTE " + str(cte).lower())
        fn = part.get_filename()
        if fn or ct == "message/rfc822":
            ext = (fn or "x.eml").rsplit(".", 1)[-1].lower()
            f.add("attachment ." + ext)
        if ct == "message/rfc822":
            f.add("attached message/rfc822")
            f |= features(part.as_bytes(), part.get_content(), top=False)
    return f


# ---------------------------------------------------------------- checks
def _valid(t, v):
    if t == "ramq_nam":
        return valid_nam_shape(v) and any(p.nam == v for p in NAM_HOLDERS)
    if t == "ca_sin":
        return ca_sin.is_valid(v)
    if t == "ca_health_number":
        return valid_ohip(v)
    if t == "be_niss":
        return be_nn.is_valid(v)
    if t == "fr_nir":
        return fr_nir.is_valid(v)
    if t == "mrn":
        return len(v) >= 5
    return False


def run(outdir, registry):
    errors = []
    with open(os.path.join(outdir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    keys = list(labels)
    if keys != sorted(keys):
        errors.append("labels not sorted")
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(outdir, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(outdir, "negative"))])
    if files != sorted(keys):
        errors.append("files and labels differ")
    npos = sum(1 for k in keys if k.startswith("positive/"))
    nneg = sum(1 for k in keys if k.startswith("negative/"))
    if (npos, nneg) != (120, 180):
        errors.append("counts %d/%d" % (npos, nneg))
    holder_pat = []
    for p in NAM_HOLDERS:
        g, s = norm_text(p.given), norm_text(p.surname)
        holder_pat.append((p, [g + " " + s, s + " " + g, s + ", " + g, s + "," + g]))
    feats = {}
    for k in keys:
        lab = labels[k]
        pos = k.startswith("positive/")
        try:
            if lab["confidential"] != pos:
                raise CheckError("confidential flag")
            if lab["lang"] not in ("fr", "en") or not lab["note"]:
                raise CheckError("lang/note")
            if pos and not lab["types"]:
                raise CheckError("positive without types")
            if not pos and lab["types"]:
                raise CheckError("negative with types")
            if any(t not in TYPES for t in lab["types"]) or len(set(lab["types"])) != len(lab["types"]):
                raise CheckError("bad types")
            with open(os.path.join(outdir, k), "rb") as fh:
                raw = fh.read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            texts = message_texts(msg)
            feats[k] = features(raw, msg)
            full = "\n".join(t for _, t in texts)
            nt = norm_text(full)
            an = alnum(full)
            found_nams = [p for p in NAM_HOLDERS if p.nam in an]
            reg = registry.get(k, {"ids": []})
            if not pos:
                if found_nams:
                    raise CheckError("NAM in negative")
                for p, pats in holder_pat:
                    if any(x in nt for x in pats):
                        raise CheckError("NAM holder name in negative: %s" % p.surname)
                continue
            for p in found_nams:
                if "ramq_nam" not in lab["types"]:
                    raise CheckError("NAM present, type missing")
                if norm_text(p.surname) not in nt:
                    raise CheckError("NAM without holder surname")
                if not any(norm_text(v) in nt for v in dob_variants(p.dob)):
                    raise CheckError("NAM without holder birth date")
                if "date_of_birth" not in lab["types"] or "patient_name" not in lab["types"]:
                    raise CheckError("NAM holder name/dob types missing")
                if ("ramq_nam", p.nam) not in [tuple(x) for x in reg["ids"]]:
                    raise CheckError("NAM not registered")
            reg_types = set()
            for t, v in reg["ids"]:
                reg_types.add(t)
                if t not in lab["types"]:
                    raise CheckError("identifier %s not in types" % t)
                if not _valid(t, v):
                    raise CheckError("invalid %s %s" % (t, v))
                if alnum(v) not in an:
                    raise CheckError("identifier %s not found in text" % t)
            for t in ID_TYPES:
                if t in lab["types"] and t not in reg_types:
                    raise CheckError("type %s without registered identifier" % t)
        except Exception as e:  # noqa: BLE001 - report every failure
            errors.append("%s: %s" % (k, e))
    return errors, feats
