"""Self-check: re-parse every file, decode every part, check labels, NAM placement and
identifier validity, and tally the transport features for the README."""
import io
import json
import os
import re
import zipfile
from email import policy
from email.parser import BytesParser

import gen_common as G
import gen_docs as D

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
ID_TYPES = ["ca_sin", "ca_health_number", "be_niss", "fr_nir"]
FEATURES = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed", "attachment: PDF",
            "attachment: DOCX", "attachment: XLSX", "attachment: CSV", "attachment: ICS", "attachment: vCard",
            "attachment: ZIP", "attachment: message/rfc822", "charset utf-8", "charset us-ascii", "charset iso-8859-1",
            "charset windows-1252", "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64", "CRLF line ends",
            "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name"]
PARSER = BytesParser(policy=policy.default)


class CheckError(Exception):
    pass


def _decode_blob(name, ctype, data, out, feats):
    low = (name or "").lower()
    if ctype == "application/pdf" or low.endswith(".pdf"):
        feats.add("attachment: PDF")
        out.append(D.pdf_text(data))
    elif low.endswith(".docx") or "wordprocessingml" in ctype:
        feats.add("attachment: DOCX")
        out.append(D.docx_text(data))
    elif low.endswith(".xlsx") or "spreadsheetml" in ctype:
        feats.add("attachment: XLSX")
        out.append(D.xlsx_text(data))
    elif ctype == "application/zip" or low.endswith(".zip"):
        feats.add("attachment: ZIP")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise CheckError("corrupt zip member")
        for info in z.infolist():
            out.append(info.filename)
            blob = z.read(info.filename)
            if info.filename.lower().endswith((".pdf", ".docx", ".xlsx", ".zip")):
                _decode_blob(info.filename, "", blob, out, set())
            else:
                out.append(blob.decode("utf-8"))
    else:
        raise CheckError("undecodable attachment %s (%s)" % (name, ctype))


def _walk(part, out, feats, top=False):
    if part.defects:
        raise CheckError("MIME defects: %r" % part.defects)
    ctype = part.get_content_type()
    if part.is_multipart() and ctype.startswith("multipart/"):
        if ctype in ("multipart/alternative", "multipart/mixed"):
            feats.add(ctype)
        for sub in part.iter_parts():
            _walk(sub, out, feats)
        return
    fn = part.get_filename()
    if fn:
        out.append(fn)
    cte = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    feats.add("CTE " + cte)
    if ctype == "message/rfc822":
        feats.add("attachment: message/rfc822")
        inner = part.get_content()
        _headers(inner, out)
        _walk(inner, out, feats, top=False)
        return
    if ctype.startswith("text/"):
        cs = part.get_content_charset() or "us-ascii"
        feats.add("charset " + cs)
        txt = part.get_content()
        if not isinstance(txt, str):
            raise CheckError("text part not decoded")
        if ctype in ("text/calendar", "text/vcard"):
            txt = re.sub(r"\r?\n[ \t]", "", txt)  # unfold content lines
        if ctype == "text/csv":
            feats.add("attachment: CSV")
        elif ctype == "text/calendar":
            feats.add("attachment: ICS")
            if "BEGIN:VEVENT" not in txt:
                raise CheckError("bad ICS")
        elif ctype == "text/vcard":
            feats.add("attachment: vCard")
            if "BEGIN:VCARD" not in txt:
                raise CheckError("bad vCard")
        if ctype == "text/html":
            txt = re.sub(r"<[^>]+>", " ", txt)
            import html as _h
            txt = _h.unescape(txt)
        out.append(txt)
        return
    data = part.get_content()
    if not isinstance(data, (bytes, bytearray)):
        raise CheckError("binary part not bytes")
    _decode_blob(fn, ctype, bytes(data), out, feats)


def _headers(msg, out):
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))


def decode_message(raw):
    if any(len(line) > 998 for line in raw.split(b"\n")):
        raise CheckError("line longer than 998 octets")
    if b"\r\n" in raw and raw.count(b"\r\n") != raw.count(b"\n"):
        raise CheckError("mixed line ends")
    msg = PARSER.parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise CheckError("missing header " + h)
    if msg.defects:
        raise CheckError("defects: %r" % msg.defects)
    out, feats = [], set()
    _headers(msg, out)
    ctype = msg.get_content_type()
    if ctype == "text/plain":
        feats.add("text/plain only")
    elif ctype == "text/html":
        feats.add("text/html only")
    _walk(msg, out, feats, top=True)
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    for line in re.split(rb"\r?\n(?=\S)", head):
        if line.lower().startswith(b"subject:") and b"=?" in line:
            feats.add("RFC 2047 Subject")
        if line.lower().startswith((b"from:", b"to:", b"cc:")) and b"=?" in line:
            feats.add("RFC 2047 display name")
    if re.search(rb"(file)?name\*=", raw):
        feats.add("RFC 2231 file name")
    return "\n".join(out), feats


def check(out_dir, mails, labels, holders):
    """mails: dict relpath -> Mail (with generation metadata)."""
    errors = []
    feat_count = {f: 0 for f in FEATURES}
    pos = sorted(k for k in labels if k.startswith("positive/"))
    neg = sorted(k for k in labels if k.startswith("negative/"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    on_disk = sorted("%s/%s" % (d, f) for d in ("positive", "negative") for f in os.listdir(os.path.join(out_dir, d)))
    if on_disk != sorted(labels):
        errors.append("labels do not match files on disk")
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        disk_labels = json.load(fh)
    if list(disk_labels) != sorted(disk_labels) or disk_labels != labels:
        errors.append("labels.json not sorted or differs")
    holder_names = []
    for h in holders:
        g, s = G.norm_text(h.given), G.norm_text(h.surname)
        holder_names.append((h, ["%s %s" % (g, s), "%s, %s" % (s, g), "%s %s" % (s, g)]))
    nam_set = {h.nam: h for h in holders}
    for rel in sorted(labels):
        lab = labels[rel]
        m = mails[rel]
        is_pos = rel.startswith("positive/")
        try:
            if lab["confidential"] != is_pos:
                raise CheckError("confidential flag")
            if lab["lang"] not in ("fr", "en"):
                raise CheckError("lang")
            if not lab.get("note"):
                raise CheckError("note missing")
            if is_pos and not lab["types"]:
                raise CheckError("positive without types")
            if not is_pos and lab["types"]:
                raise CheckError("negative with types")
            if any(t not in TYPES for t in lab["types"]):
                raise CheckError("unknown type")
            with open(os.path.join(out_dir, rel), "rb") as fh:
                raw = fh.read()
            text, feats = decode_message(raw)
            for f in feats:
                if f in feat_count:
                    feat_count[f] += 1
            ntext = G.norm_text(text)
            ctext = G.compact_digits(text)
            found = [n for n in nam_set if n in ctext]
            if not is_pos:
                if found:
                    raise CheckError("NAM in negative")
                for h, forms in holder_names:
                    for f in forms:
                        if re.search(r"(?<![a-z])%s(?![a-z])" % re.escape(f), ntext):
                            raise CheckError("NAM holder name in negative: %s" % h.nam)
                continue
            recorded = [h.nam for h in m.nams]
            if sorted(found) != sorted(recorded):
                raise CheckError("NAM mismatch found=%s recorded=%s" % (found, recorded))
            if bool(found) != ("ramq_nam" in lab["types"]):
                raise CheckError("ramq_nam label mismatch")
            for n in found:
                h = nam_set[n]
                if G.norm_text(h.given) not in ntext or G.norm_text(h.surname) not in ntext:
                    raise CheckError("NAM without holder name")
                if not any(r in ntext for r in G.dob_renderings(h.dob)):
                    raise CheckError("NAM without birth date")
                if not re.search(r"sexe?\s*:?\s*%s\b" % h.sex.lower(), ntext):
                    raise CheckError("NAM without sex")
            kinds = set()
            for kind, value in m.ids:
                kinds.add(kind)
                if not G.id_valid(kind, value):
                    raise CheckError("invalid %s %s" % (kind, value))
                if G.compact_digits(value) not in ctext:
                    raise CheckError("%s not found in text" % kind)
                if kind not in lab["types"]:
                    raise CheckError("%s not labelled" % kind)
            for t in ID_TYPES + ["mrn"]:
                if t in lab["types"] and t not in kinds:
                    raise CheckError("%s labelled but not recorded" % t)
            if "date_of_birth" in lab["types"] and not re.search(r"\d", text):
                raise CheckError("dob label without digits")
        except Exception as exc:  # noqa: BLE001 - any failure is a check failure
            errors.append("%s: %s: %s" % (rel, type(exc).__name__, exc))
    return errors, feat_count
