"""Re-parse every written file, decode every part (text, HTML, PDF, DOCX, XLSX, CSV,
ICS, vCard, ZIP, PNG, nested messages), check labels and identifier placement,
and collect transport features for the README."""
import base64
import email
import email.policy
import html
import io
import json
import re
import unicodedata
import zipfile
import zlib

import openpyxl
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import TYPES, dob_variants, fold

REQUIRED = ["From", "To", "Subject", "Date", "Message-ID"]
DRUG_WORDS = ["methotrexate", "isotretino", "epuris", "clarus", "skyrizi", "tremfya", "stelara", "cosentyx",
              "hadlima", "amgevita", "bimzelx", "taltz", "dupixent", "adtralza", "rinvoq", "xolair", "pembrolizumab",
              "keytruda", "prednisone", "cyclosporine", "doxycycline", "clobetasol", "dovobet", "tacrolimus",
              "imiquimod", "efudex", "fluorouracil", "propranolol", "permethrin", "ivermectin", "valacyclovir",
              "apixaban", "warfarin", "metformin", "amlodipine", "sertraline", "rosuvastatin", "levothyroxine",
              "allopurinol", "olumiant", "opzelura", "rosiver", "bilastine", "clindamycin", "rifampi", "hydroxychloroquine",
              "lamotrigine", "folique", "folic acid", "acitret", "apremilast", "cantharidin", "betamethasone",
              "mometasone", "hydrocortisone", "trelegy", "pentoxifylline", "triamcinolone", "baricitinib"]
LAB_RE = re.compile(r"\b(quantiferon|alt \d|tsh \d|b-hcg|β-hcg|beta-hcg|breslow|hb \d|tg \d|wbc \d|gb \d|eos(ino)?\w* \d)", re.I)


class VerifyError(Exception):
    pass


# --------------------------------------------------------------------------- decoders
def _pdf_strings(stream):
    out, i, n = [], 0, len(stream)
    while i < n:
        if stream[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                c = stream[j:j + 1]
                if c == b"\\":
                    nx = stream[j + 1:j + 2]
                    if nx in b"01234567" and nx:
                        k = j + 1
                        oc = b""
                        while k < n and len(oc) < 3 and stream[k:k + 1] in b"01234567":
                            oc += stream[k:k + 1]
                            k += 1
                        buf.append(int(oc, 8) & 0xFF)
                        j = k
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nx, nx)
                    j += 2
                    continue
                if c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += c
                j += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise VerifyError("not a PDF")
    texts = []
    for mo in re.finditer(rb"(?<!end)stream\r?\n", data):
        start = mo.end()
        end = data.find(b"endstream", start)
        if end < 0:
            raise VerifyError("PDF stream without end")
        head = data[max(0, mo.start() - 300):mo.start()]
        head = head[head.rfind(b"obj"):] if b"obj" in head else head
        raw = data[start:end].rstrip(b"\r\n")
        for f in re.findall(rb"/(ASCII85Decode|FlateDecode)", head):
            raw = base64.a85decode(raw.strip(), adobe=True) if f == b"ASCII85Decode" else zlib.decompress(raw)
        if b"Tj" in raw or b"TJ" in raw:
            texts.extend(_pdf_strings(raw))
    if not texts:
        raise VerifyError("PDF without text")
    return "\n".join(texts)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>|<w:br/>|<w:cr/>", "\n", xml)
    xml = re.sub(r"<w:tab/>|</w:tc>", "\t", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def png_check(data):
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise VerifyError("bad PNG")
    i, idat = 8, b""
    while i < len(data):
        ln = int.from_bytes(data[i:i + 4], "big")
        tag = data[i + 4:i + 8]
        if tag == b"IDAT":
            idat += data[i + 8:i + 8 + ln]
        i += 12 + ln
    zlib.decompress(idat)
    return ""


def blob_text(name, ctype, data):
    ext = (name or "").lower().rsplit(".", 1)[-1] if name and "." in name else ""
    if ext == "pdf" or ctype == "application/pdf":
        return pdf_text(data)
    if ext == "docx" or ctype.endswith("wordprocessingml.document"):
        return docx_text(data)
    if ext == "xlsx" or ctype.endswith("spreadsheetml.sheet"):
        return xlsx_text(data)
    if ext == "zip" or ctype in ("application/zip", "application/x-zip-compressed"):
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for info in z.infolist():
            parts.append(info.filename)
            parts.append(blob_text(info.filename, "", z.read(info.filename)))
        return "\n".join(parts)
    if ext == "png" or ctype == "image/png":
        return png_check(data)
    if ext in ("txt", "csv", "ics", "vcf"):
        return data.decode("utf-8")
    raise VerifyError(f"cannot decode attachment {name} {ctype}")


def html_strip(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


# --------------------------------------------------------------------------- message walk
def walk(msg, texts, feats, depth=0):
    for h in ("Subject", "From", "To", "Cc"):
        if msg[h] is not None:
            texts.append(str(msg[h]))
    for name, value in msg.raw_items():
        if name.lower() == "subject" and "=?" in value:
            feats.add("RFC 2047 encoded Subject")
        if name.lower() in ("from", "to", "cc") and "=?" in value:
            feats.add("RFC 2047 encoded display name")
    for d in msg.defects:
        raise VerifyError(f"defect {d!r}")
    _walk_part(msg, texts, feats, depth)


def _walk_part(part, texts, feats, depth):
    ct = part.get_content_type()
    for d in part.defects:
        raise VerifyError(f"defect {d!r} in {ct}")
    raw_cd = str(part.get("Content-Disposition", "")) + " " + " ".join(v for k, v in part.raw_items() if k.lower() in ("content-type", "content-disposition"))
    if "filename*" in raw_cd or "name*" in raw_cd:
        feats.add("RFC 2231 file name")
    if re.search(r'name="=\?', raw_cd):
        feats.add("RFC 2047 file name")
    fn = part.get_filename()
    if fn:
        texts.append(fn)
    if ct == "message/rfc822":
        feats.add("attached message/rfc822")
        inner = part.get_content()
        walk(inner, texts, feats, depth + 1)
        return
    if part.is_multipart():
        feats.add(f"multipart/{part.get_content_subtype()}")
        for sub in part.iter_parts():
            _walk_part(sub, texts, feats, depth)
        return
    cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
    feats.add(f"Content-Transfer-Encoding {cte}")
    cs = part.get_content_charset()
    if part.get_content_maintype() == "text" and cs:
        feats.add(f"charset {cs}")
    content = part.get_content()
    label = {"application/pdf": "PDF", "text/csv": "CSV", "text/calendar": "ICS calendar", "text/vcard": "vCard",
             "text/x-vcard": "vCard", "application/zip": "ZIP", "application/x-zip-compressed": "ZIP", "image/png": "PNG image"}
    ext = (fn or "").lower().rsplit(".", 1)[-1]
    extlabel = {"pdf": "PDF", "docx": "DOCX", "xlsx": "XLSX", "csv": "CSV", "ics": "ICS calendar", "vcf": "vCard", "zip": "ZIP", "png": "PNG image"}
    if fn or ct not in ("text/plain", "text/html"):
        feats.add((label.get(ct) or extlabel.get(ext) or ct) + " attachment")
        if ct == "application/octet-stream":
            feats.add("application/octet-stream attachment")
    if isinstance(content, str):
        texts.append(html_strip(content) if ct == "text/html" else content)
    else:
        texts.append(blob_text(fn, ct, content))


def message_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in REQUIRED:
        if msg[h] is None:
            raise VerifyError(f"missing header {h}")
    texts, feats = [], set()
    walk(msg, texts, feats)
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    top = msg.get_content_type()
    if top == "text/plain":
        feats.add("text/plain only")
    elif top == "text/html":
        feats.add("text/html only")
    if msg["In-Reply-To"]:
        feats.add("reply (In-Reply-To)")
    full = "\n".join(texts)
    if re.search("[\uff10-\uff19]", full):
        feats.add("full-width digits")
    return full, feats


def squeeze(s):
    return re.sub(r"[\s.\-/]", "", unicodedata.normalize("NFKC", s)).upper()


def word_in(word, text):
    return re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", text) is not None


def sex_ok(sex, text):
    t = unicodedata.normalize("NFKC", text)
    pats = [rf"(?i)\bsexe?\s*:?\s*{sex}\b", rf"\|\s*{sex}\s*\|", rf"\(\s*{sex}\s*,", rf"[;,\t]{sex}[;,\t]"]
    return any(re.search(p, t) for p in pats)


# --------------------------------------------------------------------------- checks
def verify(out, records, holders):
    """records: list of dicts (rel, positive, types, facts, lang, note).  Returns per-file features."""
    errors = []
    labels = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    pos = sorted(p.relative_to(out).as_posix() for p in (out / "positive").glob("*.eml"))
    neg = sorted(p.relative_to(out).as_posix() for p in (out / "negative").glob("*.eml"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    if sorted(labels) != sorted(pos + neg):
        errors.append("labels do not match files")
    all_nams = {h.nam: h for h in holders}
    holder_words = {fold(h.surname) for h in holders}
    used = {}
    feats_by_file = {}
    patient_words = set()
    for rec in records:
        for f in rec["facts"]:
            if f[0] == "name":
                patient_words.add(fold(f[1]))
    for rec in records:
        rel = rec["rel"]
        lab = labels.get(rel)
        try:
            if lab is None:
                raise VerifyError("unlabelled")
            if lab["confidential"] != rec["positive"] or lab["lang"] not in ("fr", "en") or not lab["note"]:
                raise VerifyError("bad label fields")
            if rec["positive"]:
                if not lab["types"] or any(t not in TYPES for t in lab["types"]):
                    raise VerifyError("bad positive types")
            elif lab["types"]:
                raise VerifyError("negative with types")
            fn = fold(lab["note"])
            if any(word_in(w, fn) for w in holder_words | patient_words):
                raise VerifyError("note names a person")
            raw = (out / rel).read_bytes()
            text, feats = message_text(raw)
            feats_by_file[rel] = feats
            ftext = fold(text)
            sq = squeeze(text)
            for addr in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text + "\n" + raw.split(b"\n\n")[0].split(b"\r\n\r\n")[0].decode("ascii", "replace")):
                if not addr.lower().endswith(".example"):
                    raise VerifyError(f"non-.example domain {addr}")
            for ph in re.findall(r"(?<![\d-])(\d{3})[-. ](\d{3})[-. ](\d{4})(?![\d-])", unicodedata.normalize("NFKC", text)):
                if ph[1] == "555" and not ph[2].startswith("01"):
                    raise VerifyError(f"phone outside 555-01xx: {ph}")
            found = [n for n in all_nams if n in sq]
            if not rec["positive"]:
                if found:
                    raise VerifyError(f"NAM in negative: {found}")
                bad = [w for w in holder_words if word_in(w, ftext)]
                if bad:
                    raise VerifyError(f"NAM holder surname in negative: {bad}")
                continue
            nam_facts = {f[1].nam for f in rec["facts"] if f[0] == "nam"}
            if set(found) != nam_facts:
                raise VerifyError(f"NAMs found {found} != expected {sorted(nam_facts)}")
            for f in rec["facts"]:
                kind = f[0]
                if kind == "name" and fold(f[1]) not in ftext:
                    raise VerifyError(f"name {f[1]} missing")
                if kind == "text" and fold(f[1]) not in ftext:
                    raise VerifyError(f"text {f[1]} missing")
                if kind == "dob" and not any(v in ftext for v in dob_variants(f[1])):
                    raise VerifyError(f"dob {f[1]} missing")
                if kind == "nam":
                    h = f[1]
                    if h.nam in used and used[h.nam] != rel:
                        raise VerifyError(f"NAM reused {h.nam}")
                    used[h.nam] = rel
                    if fold(h.surname) not in ftext or fold(h.given) not in ftext:
                        raise VerifyError(f"holder name missing for {h.nam}")
                    if not any(v in ftext for v in dob_variants(h.dob)):
                        raise VerifyError(f"holder DOB missing for {h.nam}")
                    if not sex_ok(h.sex, text):
                        raise VerifyError(f"holder sex missing for {h.nam}")
                if kind == "id":
                    _, idk, val = f
                    if val not in sq:
                        raise VerifyError(f"{idk} {val} missing")
                    ok = {"sin": ca_sin.is_valid, "niss": be_nn.is_valid, "nir": fr_nir.is_valid,
                          "ohip": lambda v: len(v) == 10 and luhn.is_valid(v), "mrn": lambda v: v.isdigit()}[idk](val)
                    if not ok:
                        raise VerifyError(f"{idk} {val} invalid")
            need = {"ramq_nam": "nam", "ca_sin": "sin", "ca_health_number": "ohip", "be_niss": "niss", "fr_nir": "nir", "mrn": "mrn"}
            kinds = {f[0] if f[0] != "id" else f[1] for f in rec["facts"]}
            for t, k in need.items():
                if (t in lab["types"]) != (k in kinds):
                    raise VerifyError(f"type {t} inconsistent with facts")
            if "patient_name" in lab["types"] and not any(f[0] in ("name", "nam") or (f[0] == "text") for f in rec["facts"]):
                raise VerifyError("patient_name without a name fact")
            if any(w in ftext for w in DRUG_WORDS) and "medication" not in lab["types"]:
                raise VerifyError("drug mentioned but medication not labelled")
            if LAB_RE.search(ftext) and "lab_result" not in lab["types"]:
                raise VerifyError("lab value present but lab_result not labelled")
        except VerifyError as e:
            errors.append(f"{rel}: {e}")
        except Exception as e:  # decoding failures
            errors.append(f"{rel}: {type(e).__name__}: {e}")
    return errors, feats_by_file
