"""Re-parse, decode and check the written corpus; compute digest and transport census."""
import base64
import hashlib
import io
import json
import re
import unicodedata
import zipfile
import zlib
from email import policy
from email.parser import BytesParser

import docx
import openpyxl
from stdnum.be import nn as std_nn
from stdnum.ca import sin as std_sin
from stdnum.fr import nir as std_nir

import gen_common as G

ID_TYPES = {"sin": "ca_sin", "ohip": "ca_health_number", "niss": "be_niss", "nir": "fr_nir", "nam": "ramq_nam"}


# --------------------------------------------------------------------------- decoders
def _pdf_string(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C:  # backslash
            i += 1
            nxt = s[i]
            if 0x30 <= nxt <= 0x37:
                j = i
                while j < len(s) and j < i + 3 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(nxt, nxt))
        else:
            out.append(ch)
        i += 1
    return out.decode("cp1252", errors="replace")


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = m.group(1).strip()
        if raw.endswith(b"~>"):
            raw = base64.a85decode(raw[:-2])
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_string(s.group(1)))
    meta = [_pdf_string(m.group(1)) for m in re.finditer(rb"/Title \(((?:\\.|[^\\)])*)\)", data)]
    if not texts:
        raise ValueError("PDF without text")
    return "\n".join(texts + meta)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    parts.append(d.core_properties.title or "")
    return "\n".join(parts)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def decode_blob(name, data, depth, feats):
    """Decode an attachment by file name; returns text."""
    low = (name or "").lower()
    if low.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if low.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(decode_blob(info.filename, z.read(info.filename), depth + 1, feats))
        return "\n".join(out)
    if low.endswith(".eml"):
        msg = BytesParser(policy=policy.default).parsebytes(data)
        return message_text(msg, depth + 1, feats)
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot decode {name}")


def message_text(msg, depth, feats):
    if depth > 4:
        raise ValueError("nesting too deep")
    chunks = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h]:
            chunks.append(str(msg[h]))
    for part in msg.walk():
        if part.defects:
            raise ValueError(f"MIME defects: {part.defects}")
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "multipart/alternative":
                feats.add("multipart/alternative")
            if ct == "multipart/mixed":
                feats.add("multipart/mixed")
            if ct == "message/rfc822":
                feats.add("attached message/rfc822")
                inner = part.get_payload(0)
                for h in ("From", "To", "Subject"):
                    if inner[h]:
                        chunks.append(str(inner[h]))
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add(f"CTE {cte}")
        fname = part.get_filename()
        if fname:
            chunks.append(fname)
            if part["Content-Disposition"] and "filename*" in str(part["Content-Disposition"]).lower():
                pass
        cs = part.get_content_charset()
        if ct.startswith("text/") and cs:
            feats.add(f"charset {cs}")
        if ct.startswith("text/") and not fname:
            txt = part.get_content()
            if ct == "text/html":
                txt = re.sub(r"<[^>]+>", " ", txt)
                import html as _h
                txt = _h.unescape(txt)
            if not txt.strip():
                raise ValueError("empty text body")
            chunks.append(txt)
            continue
        data = part.get_payload(decode=True)
        if not data:
            raise ValueError(f"empty attachment {fname}")
        if ct == "text/calendar" or (fname or "").lower().endswith(".ics"):
            feats.add("ICS attachment")
        if (fname or "").lower().endswith(".vcf"):
            feats.add("vCard attachment")
        if (fname or "").lower().endswith(".csv"):
            feats.add("CSV attachment")
        chunks.append(decode_blob(fname or "", data, depth, feats))
    return "\n".join(chunks)


def raw_headers(raw):
    sep = raw.find(b"\r\n\r\n")
    sep2 = raw.find(b"\n\n")
    cut = min(x for x in (sep, sep2) if x != -1)
    head = raw[:cut].decode("ascii").replace("\r\n", "\n")
    head = re.sub(r"\n[ \t]+", " ", head)
    out = {}
    for line in head.split("\n"):
        if ":" in line:
            k, v = line.split(":", 1)
            out.setdefault(k.strip().lower(), v.strip())
    return out


# --------------------------------------------------------------------------- checks
def fold(s):
    return G.fold_key(s)


def name_present(text_f, given, surname):
    g, s = re.escape(fold(given)), re.escape(fold(surname))
    return bool(re.search(rf"\b{g}\b", text_f)) and bool(re.search(rf"\b{s}\b", text_f))


def full_name_present(text_f, given, surname):
    g, s = re.escape(fold(given)), re.escape(fold(surname))
    return bool(re.search(rf"\b{g}\W{{1,3}}{s}\b", text_f) or re.search(rf"\b{s}\W{{1,3}}{g}\b", text_f))


def sex_markers(text_f):
    out = set()
    for m in re.finditer(r"\bsexe?\s*:?\s*([mfh])\b", text_f):
        out.add({"h": "m"}.get(m.group(1), m.group(1)))
    for m in re.finditer(r"\(([mf]),\s*(?:ddn|dob)\b", text_f):
        out.add(m.group(1))
    return out


def verify(out_dir, labels, meta):
    errors = []
    holders = G.load_nams()
    pos = sorted(p for p in labels if p.startswith("positive/"))
    neg = sorted(p for p in labels if p.startswith("negative/"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    on_disk = sorted(str(p.relative_to(out_dir)) for p in out_dir.glob("*/*.eml"))
    if on_disk != sorted(labels):
        errors.append("labels do not match files on disk")
    if list(labels) != sorted(labels):
        errors.append("labels not sorted")
    staff_surnames = {fold(s.surname) for s in G.S.values()}
    pool_surnames = {fold(s) for s in G.PAT_SURNAMES_FR + G.PAT_SURNAMES_EN} | {fold(h.surname) for h in holders}
    census = {}
    msgids = set()
    for rel in labels:
        lab = labels[rel]
        feats = set()
        try:
            if set(lab) != {"confidential", "types", "lang", "note"}:
                raise ValueError("label keys")
            if lab["lang"] not in ("fr", "en"):
                raise ValueError("lang")
            if not lab["note"] or any(re.search(rf"\b{re.escape(s)}\b", fold(lab["note"]))
                                      for s in staff_surnames | pool_surnames):
                raise ValueError("note empty or names a person")
            is_pos = rel.startswith("positive/")
            if lab["confidential"] != is_pos:
                raise ValueError("confidential flag")
            if not set(lab["types"]) <= set(G.FINDING_TYPES) or lab["types"] != sorted(set(lab["types"])):
                raise ValueError("types invalid/unsorted")
            if is_pos and not (set(lab["types"]) & G.IDENTIFYING):
                raise ValueError("positive without identifying type")
            if is_pos and len(set(lab["types"]) - G.IDENTIFYING) == 0 and "date_of_birth" not in lab["types"]:
                raise ValueError("positive without personal information type")
            if not is_pos and lab["types"]:
                raise ValueError("negative with types")
            raw = (out_dir / rel).read_bytes()
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg[h]:
                    raise ValueError(f"missing {h}")
            if msg["Message-ID"] in msgids:
                raise ValueError("duplicate Message-ID")
            msgids.add(msg["Message-ID"])
            if msg["Date"].datetime is None:
                raise ValueError("bad Date")
            text = message_text(msg, 0, feats)
            # ---- transport features
            rh = raw_headers(raw)
            feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
            if b"\r\n" in raw and re.search(rb"[^\r]\n", raw):
                raise ValueError("mixed line ends")
            root = msg.get_content_type()
            if root == "text/plain":
                feats.add("single text/plain body")
            if root == "text/html":
                feats.add("single text/html body")
            if "=?" in rh.get("subject", ""):
                feats.add("RFC 2047 Subject")
            if any("=?" in rh.get(h, "") for h in ("from", "to", "cc")):
                feats.add("RFC 2047 display name")
            if re.search(rb"filename\*(?:0\*?)?=", raw) or re.search(rb"filename\*0\*=", raw):
                feats.add("RFC 2231 file name")
            if "in-reply-to" in rh:
                feats.add("In-Reply-To header")
            nfkc = unicodedata.normalize("NFKC", text)
            if any("\uff10" <= ch <= "\uff39" for ch in text):
                feats.add("full-width digits/letters")
            if re.search(r"^>", text, re.M) or "blockquote" in raw.decode("latin-1").lower():
                feats.add("quoted reply text")
            if re.search(r"Message d'origine|Forwarded message|Original Message|Message transféré", nfkc):
                feats.add("inline forward")
            # ---- identifiers
            text_f = fold(nfkc)
            alnum = re.sub(r"[^A-Z0-9]", "", nfkc.upper())
            compact = re.sub(r"[\s.\-/]", "", nfkc.upper())
            found = [h for h in holders if h.nam in alnum]
            m = meta.get(rel, {"ids": [], "nams": []})
            if not is_pos:
                if found:
                    raise ValueError(f"NAM in negative: {[h.nam for h in found]}")
                for h in holders:
                    if full_name_present(text_f, h.given, h.surname):
                        raise ValueError(f"NAM holder name in negative")
            else:
                if bool(found) != ("ramq_nam" in lab["types"]):
                    raise ValueError("ramq_nam label mismatch")
                if {h.nam for h in found} != set(m["nams"]):
                    raise ValueError("NAM set differs from generator record")
                for h in found:
                    if not name_present(text_f, h.given, h.surname):
                        raise ValueError(f"NAM without holder name")
                    if not any(v in text_f for v in G.dob_variants(h.dob)):
                        raise ValueError("NAM without holder birth date")
                    if "date_of_birth" not in lab["types"]:
                        raise ValueError("NAM holder DOB present but not labelled")
                    sx = sex_markers(text_f)
                    if h.sex.lower() not in sx or (len(found) == 1 and len(sx) > 1):
                        raise ValueError(f"NAM holder sex marker missing/inconsistent {sx}")
                kinds = set()
                for kind, value in m["ids"]:
                    kinds.add(kind)
                    if kind == "nam":
                        continue
                    ok = {"sin": std_sin.is_valid, "ohip": G.ohip_valid, "niss": std_nn.is_valid,
                          "nir": std_nir.is_valid}[kind](value)
                    if not ok:
                        raise ValueError(f"invalid {kind}")
                    if value not in compact:
                        raise ValueError(f"{kind} not found in decoded text")
                for kind, t in ID_TYPES.items():
                    if kind == "nam":
                        continue
                    if (kind in kinds) != (t in lab["types"]):
                        raise ValueError(f"{t} label mismatch")
            # transports census
            for f in feats:
                census[f] = census.get(f, 0) + 1
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: {type(e).__name__}: {e}")
    return errors, census


def digest(out_dir):
    h = hashlib.sha256()
    files = sorted(list(out_dir.glob("positive/*.eml")) + list(out_dir.glob("negative/*.eml")) + [out_dir / "labels.json"])
    for f in sorted(files, key=lambda p: str(p.relative_to(out_dir))):
        rel = str(f.relative_to(out_dir)).replace("\\", "/")
        h.update(rel.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()
