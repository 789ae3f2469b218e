"""Hand-assembled MIME: fixed boundaries, chosen charsets / transfer encodings / line ends."""
import base64
import email.charset
import email.header
import email.utils
import html as htmlmod
import quopri
import urllib.parse

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
TEXT_KINDS = {"csv", "ics", "vcf", "txt"}


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def fit_charset(texts, pref):
    blob = "".join(texts)
    if pref == "us-ascii":
        return "us-ascii" if is_ascii(blob) else "utf-8"
    if is_ascii(blob) and pref != "utf-8":
        # a legacy charset label on pure ASCII text is common and harmless
        return pref
    for cs in (pref, "windows-1252", "utf-8"):
        if can_encode(blob, cs):
            return cs
    return "utf-8"


def fit_cte(data, pref):
    ascii_only = all(b < 128 for b in data)
    longest = max((len(l) for l in data.split(b"\n")), default=0)
    if pref == "7bit" and (not ascii_only or longest > 900):
        return "quoted-printable"
    if pref == "8bit" and longest > 900:
        return "quoted-printable"
    if pref == "8bit" and ascii_only:
        return "7bit"
    return pref


def encode_body(data, cte):
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def text_to_html(text, charset):
    out = []
    in_q = 0
    for line in text.split("\n"):
        depth = 0
        while line.startswith(">"):
            depth += 1
            line = line[1:].lstrip(" ") if line[1:2] in (" ", "") else line[1:]
        while in_q < depth:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            in_q += 1
        while in_q > depth:
            out.append("</blockquote>")
            in_q -= 1
        out.append((htmlmod.escape(line) if line else "&nbsp;") + "<br>")
    out.extend(["</blockquote>"] * in_q)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n<div>\n%s\n</div>\n</body>\n</html>\n'
            % (charset, "\n".join(out)))


def fmt_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    if not can_encode(name, charset):
        charset = "utf-8"
    cs = email.charset.Charset(charset)
    return email.utils.formataddr((name, addr), charset=cs)


def enc_header(name, value, charset="utf-8", qp=False):
    if is_ascii(value):
        h = email.header.Header(value, "us-ascii", header_name=name, maxlinelen=78)
        return h.encode(linesep="\n")
    if not can_encode(value, charset):
        charset = "utf-8"
    cs = email.charset.Charset(charset)
    if qp:
        cs.header_encoding = email.charset.QP
    else:
        cs.header_encoding = email.charset.BASE64
    h = email.header.Header(value, cs, header_name=name, maxlinelen=76)
    return h.encode(linesep="\n")


def disp_params(filename, force2231, charset="utf-8"):
    if force2231 or not is_ascii(filename):
        q = urllib.parse.quote(filename.encode(charset if can_encode(filename, charset) else "utf-8"), safe="")
        cs = charset if can_encode(filename, charset) else "utf-8"
        return "filename*=%s''%s" % (cs, q), "name*=%s''%s" % (cs, q)
    return 'filename="%s"' % filename, 'name="%s"' % filename


class Boundaries:
    def __init__(self, seed_txt):
        self.seed = seed_txt
        self.n = 0

    def next(self, style):
        self.n += 1
        if style == 0:
            return "----=_Part_%s_%d" % (self.seed, self.n)
        if style == 1:
            return "===============%s%02d==" % (self.seed, self.n)
        return "_%03d_%s_DRX_" % (self.n, self.seed)


def _text_part(text, subtype, charset, cte):
    data = text.encode(charset)
    cte = fit_cte(data, cte)
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, charset, cte)
    return hdr.encode("ascii") + b"\n" + encode_body(data, cte)


def _att_part(att, tr):
    kind = att["kind"]
    fname = att["filename"]
    fp, np_ = disp_params(fname, att.get("rfc2231", False))
    data = att["data"]
    ctype = att.get("ctype") or CTYPES[kind]
    if kind == "eml":
        hdr = "Content-Type: message/rfc822\nContent-Disposition: attachment; %s\n" % fp
        body = data.replace(b"\r\n", b"\n")
        if not all(b < 128 for b in body):
            hdr += "Content-Transfer-Encoding: 8bit\n"
        else:
            hdr += "Content-Transfer-Encoding: 7bit\n"
        return hdr.encode("ascii") + b"\n" + body + (b"" if body.endswith(b"\n") else b"\n")
    params = ""
    if kind in TEXT_KINDS:
        params = '; charset="%s"' % att.get("charset", "utf-8")
        if kind == "ics":
            params += "; method=REQUEST"
    cte = att.get("cte") or ("base64" if kind not in TEXT_KINDS else tr.get("att_cte", "base64"))
    if kind in TEXT_KINDS and cte != "base64":
        data = data.replace(b"\r\n", b"\n")
        cte = fit_cte(data, cte)
    disp = "inline" if att.get("inline") else "attachment"
    hdr = "Content-Type: %s%s; %s\nContent-Disposition: %s; %s\nContent-Transfer-Encoding: %s\n" % (
        ctype, params, np_, disp, fp, cte)
    if att.get("cid"):
        hdr += "Content-ID: <%s>\n" % att["cid"]
    return hdr.encode("ascii") + b"\n" + encode_body(data, cte)


def _multipart(subtype, parts, boundary, preamble=True):
    out = b'Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype.encode(), boundary.encode())
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return out


def build(m, tr, headers_only_prefix=None):
    """m: message spec; tr: transport choices. Returns bytes (CRLF or LF as chosen)."""
    text = m["text"]
    html = m.get("html")
    mode = tr["body"]
    cs = fit_charset([text, html or "", ], tr["charset"])
    if mode in ("html", "alt") and html is None:
        html = text_to_html(text, cs)
    bnd = Boundaries(tr["bseed"])
    bstyle = tr.get("bstyle", 0)

    if mode == "plain":
        body = _text_part(text, "plain", cs, tr["cte"])
    elif mode == "html":
        body = _text_part(html, "html", cs, tr["cte"])
    else:
        body = _multipart("alternative", [_text_part(text, "plain", cs, tr["cte"]),
                                          _text_part(html, "html", cs, tr.get("cte_html", tr["cte"]))],
                          bnd.next(bstyle), preamble=False)
    atts = m.get("atts") or []
    if atts:
        parts = [body] + [_att_part(a, tr) for a in atts]
        body = _multipart("mixed", parts, bnd.next(bstyle))

    hcs = tr.get("hcharset", "utf-8")
    H = []
    H.append("Date: " + email.utils.format_datetime(m["date"]))
    H.append("From: " + fmt_addr(m["frm"][0], m["frm"][1], hcs))
    H.append("To: " + ",\n ".join(fmt_addr(n, a, hcs) for n, a in m["to"]))
    if m.get("cc"):
        H.append("Cc: " + ",\n ".join(fmt_addr(n, a, hcs) for n, a in m["cc"]))
    H.append("Subject: " + enc_header("Subject", m["subject"], hcs, tr.get("subj_qp", False)))
    H.append("Message-ID: " + m["msgid"])
    if m.get("in_reply_to"):
        H.append("In-Reply-To: " + m["in_reply_to"])
        H.append("References: " + m["in_reply_to"])
    H.append("MIME-Version: 1.0")
    if tr.get("mailer"):
        H.append("X-Mailer: " + tr["mailer"])
    if m.get("importance"):
        H.append("Importance: " + m["importance"])
    if m.get("lang_hdr"):
        H.append("Content-Language: " + m["lang_hdr"])
    raw = ("\n".join(H) + "\n").encode("ascii") + body
    if tr.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
