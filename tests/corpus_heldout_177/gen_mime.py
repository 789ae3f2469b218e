"""Hand-assembled MIME: fixed boundaries, chosen charsets / transfer encodings,
RFC 2047 headers, RFC 2231 file names, CRLF or LF line ends.

A message body is a list of blocks:
  "text"                          paragraph (newlines kept)
  ("table", header, rows)         a small table
  ("quote", intro_line, blocks)   quoted reply
  ("fwd", header_lines, blocks)   inline forwarded message
  ("sig", text)                   signature
"""
import base64
import email.utils
import html
import quopri
import urllib.parse

PY_CHARSET = {"utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1",
              "windows-1252": "cp1252"}


# --------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------
def _ew_one(s, charset, enc):
    b = s.encode(PY_CHARSET.get(charset, charset))
    if enc == "b":
        payload = base64.b64encode(b).decode("ascii")
    else:
        out = []
        for c in b:
            ch = chr(c)
            if c < 128 and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            elif c == 32:
                out.append("_")
            else:
                out.append("=%02X" % c)
        payload = "".join(out)
    return f"=?{charset}?{enc.upper()}?{payload}?="


def encoded_words(s, charset="utf-8", enc="q", limit=70):
    words, cur = [], ""
    for ch in s:
        cand = cur + ch
        if cur and len(_ew_one(cand, charset, enc)) > limit:
            words.append(_ew_one(cur, charset, enc))
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(_ew_one(cur, charset, enc))
    return "\n ".join(words)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def fold_plain(name, value, width=76):
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\n".join(lines)


def header_text(name, value, charset="utf-8", enc="q", force=False):
    """Return a full header line (folded); RFC 2047 when needed or forced."""
    if is_ascii(value) and not force:
        return fold_plain(name, value), False
    cs = charset
    try:
        value.encode(PY_CHARSET.get(cs, cs))
    except (UnicodeEncodeError, LookupError):
        cs = "utf-8"
    if cs == "us-ascii":
        cs = "utf-8"
    return f"{name}: " + encoded_words(value, cs, enc), True


def fmt_addr(name, addr, charset="utf-8", enc="q"):
    if not name:
        return addr, False
    if is_ascii(name):
        return email.utils.formataddr((name, addr)), False
    cs = charset if charset not in ("us-ascii",) else "utf-8"
    try:
        name.encode(PY_CHARSET.get(cs, cs))
    except UnicodeEncodeError:
        cs = "utf-8"
    return f"{encoded_words(name, cs, enc)} <{addr}>", True


def addr_header(hname, addrs, charset, enc):
    parts, used = [], False
    for name, addr in addrs:
        s, u = fmt_addr(name, addr, charset, enc)
        used = used or u
        parts.append(s)
    return f"{hname}: " + ",\n ".join(parts), used


# --------------------------------------------------------------------------
# Body rendering
# --------------------------------------------------------------------------
def _table_plain(header, rows):
    cols = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(len(str(r[i])) for r in cols) for i in range(len(header))]
    out = []
    for k, r in enumerate(cols):
        out.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def render_plain(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "table":
            out.append(_table_plain(b[1], b[2]))
        elif b[0] == "quote":
            inner = render_plain(b[2])
            out.append(b[1] + "\n" + "\n".join(("> " + l) if l else ">" for l in inner.split("\n")))
        elif b[0] == "fwd":
            out.append("\n".join(b[1]) + "\n\n" + render_plain(b[2]))
        elif b[0] == "sig":
            out.append(b[1])
    return "\n\n".join(out) + "\n"


def _esc(s):
    return html.escape(s, quote=False).replace("\n", "<br>\n")


def render_html_fragment(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{_esc(b)}</p>")
        elif b[0] == "table":
            rows = ["<tr>" + "".join(f"<th style=\"text-align:left\">{_esc(str(h))}</th>" for h in b[1]) + "</tr>"]
            for r in b[2]:
                rows.append("<tr>" + "".join(f"<td>{_esc(str(c))}</td>" for c in r) + "</tr>")
            out.append("<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">\n" + "\n".join(rows) + "\n</table>")
        elif b[0] == "quote":
            out.append(f"<div>{_esc(b[1])}</div>\n<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">\n"
                       + render_html_fragment(b[2]) + "\n</blockquote>")
        elif b[0] == "fwd":
            out.append("<div>" + "<br>\n".join(_esc(l) for l in b[1]) + "</div>\n<div>\n"
                       + render_html_fragment(b[2]) + "\n</div>")
        elif b[0] == "sig":
            out.append(f"<div style=\"color:#555555;font-size:small\">{_esc(b[1])}</div>")
    return "\n".join(out)


def render_html(blocks, lang, charset):
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta http-equiv=\"Content-Type\" "
            f"content=\"text/html; charset={charset}\">\n</head>\n<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + render_html_fragment(blocks) + "\n</body>\n</html>\n")


# --------------------------------------------------------------------------
# Body encoding
# --------------------------------------------------------------------------
def encode_text(text, charset, cte):
    cs = charset
    try:
        raw = text.encode(PY_CHARSET[cs])
    except UnicodeEncodeError:
        cs = "iso-8859-1" if cs == "us-ascii" else "utf-8"
        try:
            raw = text.encode(PY_CHARSET[cs])
        except UnicodeEncodeError:
            cs = "utf-8"
            raw = text.encode("utf-8")
    ascii_only = all(c < 128 for c in raw)
    long_line = any(len(l) > 900 for l in raw.split(b"\n"))
    if cte == "7bit" and (not ascii_only or long_line):
        cte = "quoted-printable"
    if cte == "8bit" and long_line:
        cte = "quoted-printable"
    if cte == "quoted-printable":
        body = quopri.encodestring(raw, quotetabs=False)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    return cs, cte, body


def b64(data):
    return base64.encodebytes(data)


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------
def _part(headers, body):
    return ("\n".join(headers) + "\n\n").encode("ascii") + body


def _multipart(subtype, parts, boundary, preamble=True):
    head = [f"Content-Type: multipart/{subtype};\n boundary=\"{boundary}\""]
    body = b""
    if preamble:
        body += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        body += f"\n--{boundary}\n".encode("ascii") + p
        if not p.endswith(b"\n"):
            body += b"\n"
    body += f"\n--{boundary}--\n".encode("ascii")
    return head, body


def _filename_params(fn, rfc2231, charset="utf-8"):
    """Return (content-type name param, content-disposition filename param, features)."""
    feats = set()
    if is_ascii(fn) and not rfc2231:
        q = fn.replace('"', "")
        return f'name="{q}"', f'filename="{q}"', feats
    enc = urllib.parse.quote(fn.encode("utf-8"), safe="")
    feats.add("rfc2231_filename")
    if len(enc) > 60:
        chunks = [enc[i:i + 50] for i in range(0, len(enc), 50)]
        disp = ";\n ".join(f"filename*{k}*={'utf-8' + chr(39) * 2 if k == 0 else ''}{c}"
                           for k, c in enumerate(chunks))
        feats.add("rfc2231_continuation")
    else:
        disp = f"filename*=utf-8''{enc}"
    if is_ascii(fn):
        name = f'name="{fn}"'
    else:
        name = 'name="' + encoded_words(fn, "utf-8", "b", limit=900).replace("\n ", "") + '"'
        feats.add("rfc2047_filename_param")
    return name, disp, feats


def build_attachment(att, feats):
    ctype = att["ctype"]
    fn = att["filename"]
    name_p, disp_p, f = _filename_params(fn, att.get("rfc2231", False))
    feats |= f
    dispo = "inline" if att.get("inline") else "attachment"
    if ctype == "message/rfc822":
        cte = att.get("cte", "7bit")
        headers = [f"Content-Type: message/rfc822; {name_p}",
                   f"Content-Disposition: {dispo};\n {disp_p}",
                   f"Content-Transfer-Encoding: {cte}"]
        feats.add("attached_eml")
        body = att["data"]
        return _part(headers, body if body.endswith(b"\n") else body + b"\n")
    extra = ""
    if ctype.startswith("text/"):
        extra = f"; charset=\"{att.get('charset', 'utf-8')}\""
    cte = att.get("cte", "base64")
    if cte == "base64":
        body = b64(att["data"])
    elif cte == "quoted-printable":
        body = quopri.encodestring(att["data"], quotetabs=False)
    else:
        body = att["data"]
    feats.add("cte_" + cte)
    headers = [f"Content-Type: {ctype}{extra};\n {name_p}",
               f"Content-Disposition: {dispo};\n {disp_p}",
               f"Content-Transfer-Encoding: {cte}"]
    return _part(headers, body)


def build_message(spec, tr):
    """spec: dict with from,to,cc,subject,date,msgid,blocks,attachments,lang,...
    tr: transport dict with mode,charset,cte,crlf,hdr_enc,boundary."""
    feats = set()
    charset, cte, mode = tr["charset"], tr["cte"], tr["mode"]
    hdr_enc = tr.get("hdr_enc", "q")
    lines = []
    h, u = addr_header("From", [spec["from"]], charset, hdr_enc)
    lines.append(h)
    if u:
        feats.add("rfc2047_name")
    h, u = addr_header("To", spec["to"], charset, hdr_enc)
    lines.append(h)
    feats |= {"rfc2047_name"} if u else set()
    if spec.get("cc"):
        h, u = addr_header("Cc", spec["cc"], charset, hdr_enc)
        lines.append(h)
        feats |= {"rfc2047_name"} if u else set()
    h, u = header_text("Subject", spec["subject"], charset, hdr_enc, force=tr.get("force_subj_enc", False))
    lines.append(h)
    if u:
        feats.add("rfc2047_subject")
    lines.append("Date: " + email.utils.format_datetime(spec["date"]))
    lines.append(f"Message-ID: {spec['msgid']}")
    if spec.get("in_reply_to"):
        lines.append(f"In-Reply-To: {spec['in_reply_to']}")
        lines.append(f"References: {spec['in_reply_to']}")
    lines.append("MIME-Version: 1.0")
    if tr.get("agent"):
        lines.append(tr["agent"])
    lines.append("Content-Language: " + ("fr-CA" if spec["lang"] == "fr" else "en-CA"))
    for k, v in spec.get("extra_headers", []):
        lines.append(f"{k}: {v}")

    blocks = spec["blocks"]
    text = spec.get("raw_text") or render_plain(blocks)
    html_charset = charset if charset != "us-ascii" else "utf-8"

    def text_part():
        cs, ce, body = encode_text(text, charset, cte)
        feats.add("charset_" + cs)
        feats.add("cte_" + ce)
        return [f"Content-Type: text/plain; charset=\"{cs}\"", f"Content-Transfer-Encoding: {ce}"], body

    def html_part():
        htm = spec.get("raw_html") or render_html(blocks, spec["lang"], html_charset)
        cs, ce, body = encode_text(htm, html_charset, tr.get("html_cte", cte))
        if cs != html_charset:
            htm = htm.replace(f"charset={html_charset}", f"charset={cs}")
            cs, ce, body = encode_text(htm, cs, tr.get("html_cte", cte))
        feats.add("charset_" + cs)
        feats.add("cte_" + ce)
        return [f"Content-Type: text/html; charset=\"{cs}\"", f"Content-Transfer-Encoding: {ce}"], body

    bnd = tr["boundary"]
    if mode == "plain":
        body_h, body_b = text_part()
        feats.add("text_plain_only" if not spec.get("attachments") else "text_plain_body")
    elif mode == "html":
        body_h, body_b = html_part()
        feats.add("html_only" if not spec.get("attachments") else "html_body")
    else:
        th, tb = text_part()
        hh, hb = html_part()
        body_h, body_b = _multipart("alternative", [_part(th, tb), _part(hh, hb)], bnd + "_alt", preamble=False)
        feats.add("multipart_alternative")

    atts = spec.get("attachments") or []
    if atts:
        parts = [_part(body_h, body_b)]
        for a in atts:
            parts.append(build_attachment(a, feats))
            feats.add("att_" + a["kind"])
        top_h, top_b = _multipart("mixed", parts, bnd + "_mix")
        feats.add("multipart_mixed")
    else:
        top_h, top_b = body_h, body_b

    data = ("\n".join(lines + top_h) + "\n\n").encode("ascii") + top_b
    if tr.get("crlf"):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        feats.add("line_crlf")
    else:
        feats.add("line_lf")
    return data, feats
