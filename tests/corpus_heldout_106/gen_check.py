"""Self-check: re-parse every message, decode every part and attachment, verify labels, identifiers
and NAM-holder rules, then print counts and the digest."""
import base64
import email
import email.policy
import hashlib
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

from stdnum import luhn
from stdnum.be import nn as std_nn
from stdnum.ca import sin as std_sin
from stdnum.fr import nir as std_nir

from gen_common import fold, load_nams

ALLOWED = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
           "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# --------------------------------------------------------------------------- decoders
def strip_tags(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def pdf_text(data):
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            a = raw.strip()
            if a.startswith(b"<~"):
                a = a[2:]
            if a.endswith(b"~>"):
                a = a[:-2]
            try:
                raw = base64.a85decode(re.sub(rb"\s", b"", a))
            except ValueError:
                continue
        if b"FlateDecode" in d:
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                try:
                    raw = zlib.decompressobj().decompress(raw)
                except zlib.error:
                    continue
        out.append(pdf_strings(raw))
    # document info strings (title, author)
    out.append(pdf_strings(data.split(b"stream")[0]))
    return "\n".join(out)


def pdf_strings(raw):
    res = []
    i = 0
    n = len(raw)
    while i < n:
        if raw[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = raw[j:j + 1]
                if ch == b"\\":
                    nx = raw[j + 1:j + 2]
                    if nx in b"01234567" and nx:
                        k = j + 1
                        oc = b""
                        while k < n and len(oc) < 3 and raw[k:k + 1] in b"01234567":
                            oc += raw[k:k + 1]
                            k += 1
                        buf.append(int(oc, 8) & 0xFF)
                        j = k
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"(": b"(", b")": b")", b"\\": b"\\"}.get(nx, nx)
                    j += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += ch
                j += 1
            res.append(bytes(buf).decode("cp1252", "replace"))
            i = j + 1
        else:
            i += 1
    return "\n".join(res)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in sorted(z.namelist()):
        if name.endswith(".xml") and (name.startswith("word/") or name.startswith("xl/") or name.startswith("docProps/")):
            out.append(strip_tags(z.read(name).decode("utf-8", "replace")))
    return "\n".join(out)


def decode_bytes(b):
    for cs in ("utf-8", "cp1252"):
        try:
            return b.decode(cs)
        except UnicodeDecodeError:
            pass
    return b.decode("latin-1")


def unfold(t):
    return t.replace("\r\n ", "").replace("\n ", "").replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")


def blob_text(name, ctype, data):
    name = (name or "").lower()
    if data[:4] == b"%PDF" or name.endswith(".pdf"):
        return pdf_text(data)
    if data[:2] == b"PK":
        if name.endswith((".docx", ".xlsx")) or "officedocument" in (ctype or ""):
            return ooxml_text(data)
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for n in z.namelist():
            out.append(n)
            out.append(blob_text(n, "", z.read(n)))
        return "\n".join(out)
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return ""
    return unfold(decode_bytes(data))


def message_texts(msg, stats):
    """All decoded text of a message, including nested messages and attachments."""
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v:
            out.append(str(v))
    for part in msg.walk():
        ct = part.get_content_type()
        stats["ctype"][ct] = stats["ctype"].get(ct, 0) + 1
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        if not part.is_multipart():
            stats["cte"][cte] = stats["cte"].get(cte, 0) + 1
        if part.get_content_charset():
            cs = part.get_content_charset()
            stats["charset"][cs] = stats["charset"].get(cs, 0) + 1
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            for h in ("Subject", "From", "To"):
                if inner.get(h):
                    out.append(str(inner.get(h)))
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            continue
        content = part.get_content()
        if isinstance(content, str):
            if ct == "text/html":
                content = strip_tags(content)
            elif ct in ("text/calendar", "text/vcard", "text/x-vcard"):
                content = unfold(content)
            out.append(content)
        else:
            out.append(blob_text(fn, ct, content))
    return "\n".join(out)


# --------------------------------------------------------------------------- identifier finders
def nfkc(t):
    return unicodedata.normalize("NFKC", t)


def find_valid(text, kind):
    t = nfkc(text)
    pats = {
        "ca_sin": (r"(?<![\d])(\d{3}[ .-]?\d{3}[ .-]?\d{3})(?![\d])", std_sin.is_valid),
        "ca_health_number": (r"(?<![\d])(\d{4}[ .-]?\d{3}[ .-]?\d{3})(?![\d])",
                             lambda x: luhn.is_valid(re.sub(r"\D", "", x)) and len(re.sub(r"\D", "", x)) == 10),
        "be_niss": (r"(?<![\d])(\d{2}[ .]?\d{2}[ .]?\d{2}[ .-]?\d{3}[ .]?\d{2})(?![\d])", std_nn.is_valid),
        "fr_nir": (r"(?<![\d])([12] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2})(?![\d])", std_nir.is_valid),
    }
    pat, ok = pats[kind]
    return [m.group(1) for m in re.finditer(pat, t) if ok(m.group(1))]


def compact_alnum(t):
    return re.sub(r"[^0-9A-Z]", "", nfkc(t).upper())


# --------------------------------------------------------------------------- main check
def run(out):
    people = load_nams()
    labels = json.load(open(os.path.join(out, "labels.json"), encoding="utf-8"))
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")] +
                   ["negative/" + f for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")])
    errors = []
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    stats = {"ctype": {}, "cte": {}, "charset": {}}
    raw_stats = {"crlf": 0, "lf": 0, "rfc2047": 0, "rfc2231": 0, "raw8bit_hdr": 0}
    types_count = {t: 0 for t in ALLOWED}
    langs = {}
    name_forms = []
    for p in people:
        g, s = fold(p["given"]), fold(p["surname"])
        name_forms.append((p, [g + " " + s, s + " " + g, s + ", " + g, s + " ," + g]))
    nam_surnames = sorted(set(fold(p["surname"]) for p in people))
    for f in files:
        lab = labels.get(f, {})
        raw = open(os.path.join(out, f), "rb").read()
        raw_stats["crlf" if b"\r\n" in raw[:2000] else "lf"] += 1
        head = raw.split(b"\r\n\r\n" if b"\r\n" in raw[:2000] else b"\n\n", 1)[0]
        if b"=?" in head:
            raw_stats["rfc2047"] += 1
        if b"filename*" in raw or b"name*" in raw:
            raw_stats["rfc2231"] += 1
        if any(c > 127 for c in head):
            raw_stats["raw8bit_hdr"] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = message_texts(msg, stats)
        pos = f.startswith("positive/")
        if lab.get("confidential") is not pos:
            errors.append("%s: confidential flag" % f)
        types = lab.get("types", [])
        if pos and not types:
            errors.append("%s: positive without types" % f)
        if not pos and types:
            errors.append("%s: negative with types" % f)
        if any(t not in ALLOWED for t in types):
            errors.append("%s: unknown type" % f)
        if lab.get("lang") not in ("fr", "en"):
            errors.append("%s: lang" % f)
        langs[("pos" if pos else "neg", lab.get("lang"))] = langs.get(("pos" if pos else "neg", lab.get("lang")), 0) + 1
        for t in types:
            types_count[t] += 1
        comp = compact_alnum(text)
        found = [p for p in people if p["nam"] in comp]
        if ("ramq_nam" in types) != bool(found):
            errors.append("%s: NAM presence %s vs label" % (f, bool(found)))
        for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if kind in types and not find_valid(text, kind):
                errors.append("%s: %s labelled but no valid number found" % (f, kind))
        if not pos:
            ft = " ".join(fold(text).split())
            for p, forms in name_forms:
                if any(x in ft for x in forms):
                    errors.append("%s: NAM holder name %s %s in negative" % (f, p["given"], p["surname"]))
            for s in nam_surnames:
                if re.search(r"(?<![a-z])%s(?![a-z])" % re.escape(s), ft):
                    errors.append("%s: NAM-holder surname '%s' in negative" % (f, s))
    # digest
    h = hashlib.sha256()
    for rel in sorted(files + ["labels.json"]):
        h.update(rel.encode("utf-8") + b"\0" + open(os.path.join(out, rel), "rb").read() + b"\0")
    digest = h.hexdigest()
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = len(files) - npos
    print("files: %d (positive %d, negative %d)" % (len(files), npos, nneg))
    print("languages:", ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(langs.items())))
    print("types:", ", ".join("%s=%d" % (t, types_count[t]) for t in ALLOWED))
    print("transport:", json.dumps(raw_stats, sort_keys=True))
    print("cte:", json.dumps(stats["cte"], sort_keys=True))
    print("charset:", json.dumps(stats["charset"], sort_keys=True))
    print("ctype:", json.dumps(stats["ctype"], sort_keys=True))
    print("sha256:", digest)
    if errors:
        print("SELF-CHECK FAILED (%d):" % len(errors))
        for e in errors[:60]:
            print("  " + e)
    else:
        print("self-check OK")
    return {"digest": digest, "errors": errors, "npos": npos, "nneg": nneg, "langs": langs, "types": types_count,
            "transport": raw_stats, "cte": stats["cte"], "charset": stats["charset"], "ctype": stats["ctype"]}
