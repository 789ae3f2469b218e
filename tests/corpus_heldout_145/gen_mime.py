"""Hand-assembled MIME: charsets, transfer encodings, line ends, RFC 2047 / RFC 2231."""
import base64
import email.utils
import html as htmlmod
import quopri
import urllib.parse
from email.header import Header

CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
    "ics": "text/calendar",
    "vcf": "text/vcard",
    "zip": "application/zip",
    "eml": "message/rfc822",
    "txt": "text/plain",
}


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def can_encode(s, charset):
    try:
        s.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def enc_words(text, charset):
    """RFC 2047 encoding of a header value (only when needed)."""
    if is_ascii(text):
        return text
    if not can_encode(text, charset) or charset == "us-ascii":
        charset = "utf-8"
    return Header(text, charset, maxlinelen=76, header_name="Subject").encode()


def fold_ascii(name, value):
    """Fold a long ASCII header at spaces."""
    line = f"{name}: "
    out = []
    cur = line
    for word in value.split(" "):
        if len(cur) + len(word) + 1 > 78 and cur.strip() not in (f"{name}:",):
            out.append(cur.rstrip())
            cur = " " + word + " "
        else:
            cur += word + " "
    out.append(cur.rstrip())
    return "\n".join(out)


def addr(display, mail, charset="utf-8"):
    if not display:
        return mail
    if is_ascii(display):
        if any(c in display for c in ',.;:()"'):
            return '"' + display.replace('"', '') + '" <' + mail + ">"
        return f"{display} <{mail}>"
    return f"{enc_words(display, charset)} <{mail}>"


def text_to_html(text, lang="fr"):
    """Plain text to a modest HTML body; lines with ' | ' become table rows."""
    out = []
    paras = text.split("\n\n")
    for para in paras:
        lines = para.split("\n")
        if sum(1 for ln in lines if " | " in ln) >= 2:
            rows = []
            for k, ln in enumerate(lines):
                if " | " in ln:
                    cells = [htmlmod.escape(c.strip()) for c in ln.split(" | ")]
                    tag = "th" if k == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>")
                else:
                    rows.append(f'<tr><td colspan="6">{htmlmod.escape(ln)}</td></tr>')
            out.append('<table border="1" cellpadding="3" cellspacing="0">\n' + "\n".join(rows) + "\n</table>")
        elif all(ln.startswith(">") for ln in lines if ln.strip()):
            inner = "<br>\n".join(htmlmod.escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f'<blockquote style="border-left:2px solid #999;padding-left:6px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(ln) for ln in lines) + "</p>")
    body = "\n".join(out)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=CHARSET"></head>\n<body style="font-family:Calibri,Arial,sans-serif;'
            f'font-size:11pt">\n{body}\n</body></html>\n')


# --------------------------------------------------------------------------- parts
class Leaf:
    def __init__(self, ctype, payload, params=None, cte="7bit", disposition=None, filename=None,
                 fn_mode="plain", is_text=False, charset=None):
        self.ctype, self.payload, self.params = ctype, payload, dict(params or {})
        self.cte, self.disposition, self.filename, self.fn_mode = cte, disposition, filename, fn_mode
        self.is_text, self.charset = is_text, charset


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None):
        self.subtype, self.parts, self.boundary, self.preamble = subtype, parts, boundary, preamble


def text_leaf(ctype, text, charset, cte):
    if "CHARSET" in text:
        text = text.replace("CHARSET", charset)
    data = text.encode(charset)
    ascii_only = all(b < 128 for b in data)
    if cte == "7bit" and not ascii_only:
        cte = "quoted-printable"
    if cte == "8bit" and ascii_only:
        cte = "7bit"
    return Leaf(ctype, data, {"charset": charset}, cte=cte, is_text=True, charset=charset)


def _param_filename(key, fname, mode):
    if mode == "plain" or (is_ascii(fname) and mode != "2231"):
        return f'{key}="{fname}"'
    if mode == "2047":
        return f'{key}="{Header(fname, "utf-8").encode()}"'
    enc = urllib.parse.quote(fname, safe="")
    if len(enc) <= 36:
        return f"{key}*=utf-8''{enc}"
    chunks, cur = [], ""
    for ch in fname:
        q = urllib.parse.quote(ch, safe="")
        if len(cur) + len(q) > 24:
            chunks.append(cur)
            cur = ""
        cur += q
    chunks.append(cur)
    parts = []
    for n, ch in enumerate(chunks):
        parts.append(f"{key}*{n}*=" + ("utf-8''" if n == 0 else "") + ch)
    return ";\n\t".join(parts)


def _encode_payload(leaf):
    data = leaf.payload
    if leaf.cte == "base64":
        if leaf.is_text:
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return base64.encodebytes(data).decode("ascii")
    if leaf.cte == "quoted-printable":
        return quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii")
    # 7bit / 8bit: raw; lines normalised to LF here, converted at the end
    raw = data.replace(b"\r\n", b"\n")
    for ln in raw.split(b"\n"):
        assert len(ln) < 990, "line too long for 7bit/8bit"
    return raw.decode("ascii", "surrogateescape")


def render_part(part):
    """Return text (str; may hold surrogate-escaped bytes) with LF line ends."""
    if isinstance(part, Multi):
        head = f'Content-Type: multipart/{part.subtype};\n\tboundary="{part.boundary}"\n'
        body = "\n"
        if part.preamble:
            body += part.preamble + "\n"
        for p in part.parts:
            body += f"\n--{part.boundary}\n" + render_part(p)
        body += f"\n--{part.boundary}--\n"
        return head + body
    params = "".join(f"; {k}={v}" if k in ("charset", "method") else f'; {k}="{v}"'
                     for k, v in part.params.items() if k != "name")
    ct = f"Content-Type: {part.ctype}{params}"
    if part.filename:
        ct += ";\n\t" + _param_filename("name", part.filename, part.fn_mode)
    lines = [ct, f"Content-Transfer-Encoding: {part.cte}"]
    if part.disposition:
        d = f"Content-Disposition: {part.disposition}"
        if part.filename:
            d += ";\n\t" + _param_filename("filename", part.filename, part.fn_mode)
        lines.append(d)
    payload = _encode_payload(part)
    if not payload.endswith("\n"):
        payload += "\n"
    return "\n".join(lines) + "\n\n" + payload


def build_message(spec, tp):
    """spec: content; tp: transport choices. Returns bytes."""
    charset = tp["charset"]
    allt = spec["text"] + (spec.get("html") or "") + spec["subject"]
    if not can_encode(spec["text"] + (spec.get("html") or ""), charset):
        charset = "utf-8"
    cte = tp["cte"]
    style = tp["style"]
    html = spec.get("html") or text_to_html(spec["text"], spec["lang"])
    if style == "plain":
        body = text_leaf("text/plain", spec["text"], charset, cte)
    elif style == "html":
        body = text_leaf("text/html", html, charset, cte)
    else:
        body = Multi("alternative", [text_leaf("text/plain", spec["text"], charset, cte),
                                     text_leaf("text/html", html, charset, cte)], tp["bnd"] + "alt")
    atts = spec.get("attachments") or []
    if spec.get("ics_inline"):
        ics_leaf = Leaf("text/calendar", spec["ics_inline"], {"charset": "utf-8", "method": "REQUEST"},
                        cte=tp.get("att_text_cte", "base64"))
        if isinstance(body, Multi):
            body.parts.append(ics_leaf)
        else:
            body = Multi("alternative", [body, ics_leaf], tp["bnd"] + "alt")
    if atts:
        parts = [body]
        for a in atts:
            parts.append(attachment_leaf(a, tp))
        root = Multi("mixed", parts, tp["bnd"] + "mix",
                     preamble="This is a multi-part message in MIME format." if tp.get("preamble") else None)
    else:
        root = body
    hdr = []
    hdr.append("From: " + addr(spec["from"][0], spec["from"][1], charset))
    hdr.append("To: " + ",\n\t".join(addr(d, m, charset) for d, m in spec["to"]))
    if spec.get("cc"):
        hdr.append("Cc: " + ",\n\t".join(addr(d, m, charset) for d, m in spec["cc"]))
    subj = spec["subject"]
    if is_ascii(subj) and not tp.get("force_2047"):
        hdr.append(fold_ascii("Subject", subj))
    else:
        cs = charset if can_encode(subj, charset) and charset != "us-ascii" else "utf-8"
        hdr.append("Subject: " + Header(subj, cs, maxlinelen=76, header_name="Subject").encode())
    hdr.append("Date: " + email.utils.format_datetime(spec["date"]))
    hdr.append("Message-ID: " + spec["msgid"])
    for k, v in spec.get("extra_headers", []):
        hdr.append(f"{k}: {v}")
    if tp.get("mailer"):
        hdr.append("X-Mailer: " + tp["mailer"])
    hdr.append("MIME-Version: 1.0")
    text = "\n".join(hdr) + "\n" + render_part(root)
    data = text.encode("utf-8", "surrogateescape")
    if tp["eol"] == "crlf":
        data = data.replace(b"\n", b"\r\n")
    return data


def attachment_leaf(a, tp):
    kind = a["kind"]
    ctype = a.get("ctype") or CTYPES[kind]
    fn = a.get("filename")
    mode = a.get("fn_mode") or ("2231" if fn and not is_ascii(fn) else "plain")
    disp = a.get("disposition", "attachment")
    if kind == "eml":
        data = a["data"]
        eight = any(b >= 128 for b in data)
        return Leaf(ctype, data, {}, cte="8bit" if eight else "7bit", disposition=disp, filename=fn,
                    fn_mode=mode)
    if kind in ("csv", "ics", "vcf", "txt"):
        cs = a.get("charset", "utf-8")
        params = {"charset": cs}
        if kind == "ics":
            params["method"] = "REQUEST"
        cte = a.get("cte") or tp.get("att_text_cte", "base64")
        data = a["data"]
        if cte in ("7bit", "8bit"):
            if any(b >= 128 for b in data):
                cte = "8bit" if cs == "utf-8" else "quoted-printable"
            else:
                cte = "7bit"
        return Leaf(ctype, data, params, cte=cte, disposition=disp, filename=fn, fn_mode=mode,
                    is_text=True, charset=cs)
    return Leaf(ctype, a["data"], {}, cte="base64", disposition=disp, filename=fn, fn_mode=mode)
