"""A small hand-rolled MIME writer so that every transport detail is controlled:
line endings, charsets, transfer encodings, RFC 2047 headers, RFC 2231 names."""
import base64
import email.utils
import hashlib
import html
import quopri
import re
from email.charset import BASE64, QP, Charset
from email.header import Header
from urllib.parse import quote

from gen_util import strip_accents


class Part:
    def __init__(self, headers, body=None, children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary


def serialize(part):
    """Serialise with '\n'; the caller converts to the final line ending."""
    out = []
    for name, value in part.headers:
        out.append(("%s: %s\n" % (name, value)).encode("ascii"))
    out.append(b"\n")
    if part.children is not None:
        out.append(b"This is a multi-part message in MIME format.\n\n"
                   if part.boundary.startswith("----=") else b"")
        for ch in part.children:
            out.append(("--%s\n" % part.boundary).encode("ascii"))
            out.append(serialize(ch))
            out.append(b"\n")
        out.append(("--%s--\n" % part.boundary).encode("ascii"))
    else:
        body = part.body
        if body and not body.endswith(b"\n"):
            body += b"\n"
        out.append(body or b"")
    return b"".join(out)


# ---------------------------------------------------------------- header helpers
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_word(s, charset="utf-8", enc="q"):
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(s, cs).encode(linesep="\n", maxlinelen=76)


def fold_ascii(s, maxlen=76):
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > maxlen:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def header_text(s, tr):
    if is_ascii(s):
        return fold_ascii(s, 70)
    return encoded_word(s, tr["hdr_charset"], tr["hdr_enc"])


def addr(pair, tr):
    name, a = pair
    if not name:
        return a
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (encoded_word(name, tr["hdr_charset"], tr["hdr_enc"]), a)


def addr_list(pairs, tr):
    return ",\n ".join(addr(p, tr) for p in pairs)


def filename_params(fn, style, key="filename"):
    if is_ascii(fn) and style != "rfc2231":
        return '%s="%s"' % (key, fn)
    if style == "rfc2047" and not is_ascii(fn):
        return '%s="%s"' % (key, encoded_word(fn, "utf-8", "q").replace("\n ", " "))
    enc = quote(fn.encode("utf-8"), safe="")
    if len(enc) > 60:
        chunks = [enc[i:i + 45] for i in range(0, len(enc), 45)]
        # do not split inside a %XX escape
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            carry = ""
            m = re.search(r"%[0-9A-F]?$", c)
            if m:
                carry = c[m.start():]
                c = c[:m.start()]
            fixed.append(c)
        if carry:
            fixed[-1] += carry
        first = "%s*0*=utf-8''%s" % (key, fixed[0])
        rest = ["%s*%d*=%s" % (key, i, c) for i, c in enumerate(fixed[1:], 1)]
        return ";\n ".join([first] + rest)
    return "%s*=utf-8''%s" % (key, enc)


# ---------------------------------------------------------------- body encoding
def encode_text(text, charset, cte):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for cs in (charset, "windows-1252" if charset == "iso-8859-1" else None, "utf-8"):
        if cs is None:
            continue
        try:
            raw = text.encode(cs)
            charset = cs
            break
        except UnicodeEncodeError:
            continue
    ascii_ok = all(b < 128 for b in raw)
    long_line = any(len(l) > 900 for l in raw.split(b"\n"))
    if cte == "7bit" and (not ascii_ok or long_line):
        cte = "quoted-printable"
    if cte == "8bit" and long_line:
        cte = "quoted-printable"
    if cte in ("7bit", "8bit"):
        body = raw
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = base64.encodebytes(raw)
    return charset, cte, body


def text_part(text, subtype, tr, extra_ct=""):
    cs, cte, body = encode_text(text, tr["charset"], tr["cte"])
    tr.setdefault("used", set()).update({"charset:" + cs, "cte:" + cte})
    return Part([("Content-Type", "text/%s; charset=\"%s\"%s" % (subtype, cs, extra_ct)),
                 ("Content-Transfer-Encoding", cte)], body)


def to_html(text, tr, rng):
    """Plain text to a mail-client-looking HTML document."""
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    use_entities = tr.get("entities", False)

    def esc(s):
        s = html.escape(s, quote=False)
        if use_entities:
            s = "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in s)
        return s

    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(esc(l.lstrip("> ")) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(esc(l) for l in lines))
    font = rng.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif",
                       "Segoe UI, sans-serif", "Verdana, sans-serif"])
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=%s\">\n</head>\n<body style=\"font-family:%s;"
            "font-size:11pt\">\n%s\n</body>\n</html>\n") % (tr["charset"], font, "\n".join(out))


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style|head).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def note_fn(tr, fn, style):
    if not fn:
        return
    if is_ascii(fn) and style != "rfc2231":
        kind = "fn:quoted-ascii"
    elif style == "rfc2047" and not is_ascii(fn):
        kind = "fn:rfc2047"
    else:
        kind = "fn:rfc2231"
    tr.setdefault("used", set()).add(kind)


def attach_part(att, tr, rng):
    ctype = att["ctype"]
    fn = att.get("filename")
    style = att.get("fn_style") or tr["fn_style"]
    data = att["data"]
    if ctype == "message/rfc822":
        hdrs = [("Content-Type", "message/rfc822" + (";\n " + filename_params(fn, style, "name") if fn else "")),
                ("Content-Transfer-Encoding", "8bit" if any(b > 127 for b in data) else "7bit")]
        if fn:
            hdrs.append(("Content-Disposition", "attachment;\n " + filename_params(fn, style)))
        tr.setdefault("used", set()).add("rfc822")
        note_fn(tr, fn, style)
        return Part(hdrs, data.replace(b"\r\n", b"\n"))
    if ctype.startswith("text/") and isinstance(data, str):
        sub = ctype.split("/", 1)[1]
        cte = att.get("cte") or rng.choice(["quoted-printable", "base64", "8bit"])
        cs, cte, body = encode_text(data, att.get("charset", "utf-8"), cte)
        ct = "text/%s; charset=\"%s\"" % (sub, cs)
        if att.get("ct_extra"):
            ct += att["ct_extra"]
        if fn:
            ct += ";\n " + filename_params(fn, style, "name")
        hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
        if fn:
            hdrs.append(("Content-Disposition", "%s;\n %s" % (att.get("disposition", "attachment"),
                                                             filename_params(fn, style))))
        tr.setdefault("used", set()).update({"charset:" + cs, "cte:" + cte})
        note_fn(tr, fn, style)
        return Part(hdrs, body)
    body = base64.encodebytes(data)
    ct = ctype + (";\n " + filename_params(fn, style, "name") if fn else "")
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", "base64")]
    if fn:
        hdrs.append(("Content-Disposition", "attachment;\n " + filename_params(fn, style)))
    tr.setdefault("used", set()).add("cte:base64")
    note_fn(tr, fn, style)
    return Part(hdrs, body)


# ---------------------------------------------------------------- transport choice
def choose_transport(rng, lang, spec):
    tr = {}
    tr["nl"] = rng.choice(["\r\n", "\n"])
    mode = spec.get("mode") or rng.choices(["plain", "alt", "html"], [50, 32, 18])[0]
    tr["mode"] = mode
    if spec.get("ascii_only"):
        tr["charset"] = "us-ascii"
    elif lang == "fr":
        tr["charset"] = rng.choices(["utf-8", "iso-8859-1", "windows-1252", "us-ascii"],
                                    [52, 20, 20, 8])[0]
    else:
        tr["charset"] = rng.choices(["us-ascii", "utf-8", "iso-8859-1", "windows-1252"],
                                    [35, 40, 12, 13])[0]
    tr["cte"] = rng.choices(["7bit", "8bit", "quoted-printable", "base64"], [15, 30, 35, 20])[0]
    if tr["charset"] == "us-ascii" and tr["cte"] == "8bit":
        tr["cte"] = "7bit"
    tr["hdr_charset"] = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    tr["hdr_enc"] = rng.choice(["q", "b"])
    tr["fn_style"] = rng.choice(["rfc2231", "rfc2231", "rfc2047", "plain"])
    tr["entities"] = rng.random() < 0.3
    return tr


def ascii_fold_text(s):
    """What a writer who types without accents produces."""
    s = s.replace("’", "'").replace("«", '"').replace("»", '"').replace("œ", "oe")
    s = s.replace("–", "-").replace("—", "-").replace("…", "...").replace("\u00a0", " ")
    s = s.replace("°", " deg").replace("µ", "u").replace("≥", ">=").replace("≤", "<=")
    return strip_accents(s).encode("ascii", "replace").decode("ascii")


# ---------------------------------------------------------------- assemble
def build(spec, rng, tr=None):
    lang = spec["lang"]
    tr = tr or choose_transport(rng, lang, spec)
    spec["transport"] = tr
    text = spec.get("body")
    html_src = spec.get("html")
    def has_wide(s):
        return bool(s) and any(0xFF00 <= ord(c) <= 0xFFEF for c in s)
    if tr["charset"] == "us-ascii" and (has_wide(text) or has_wide(html_src)):
        tr["charset"] = "utf-8"
    if tr["charset"] == "us-ascii":
        if text:
            text = ascii_fold_text(text)
        if html_src:
            html_src = ascii_fold_text(html_src)
    mode = tr["mode"]
    if html_src and mode == "plain":
        mode = "alt"
    if text is None:
        text = html_to_text(html_src)
    if html_src is None and mode in ("alt", "html"):
        html_src = to_html(text, tr, rng)

    def bnd(tag):
        h = hashlib.sha1(("%s-%s-%d" % (spec["msgid_seed"], tag, rng.randrange(10 ** 9))).encode()).hexdigest()
        style = rng.randrange(3)
        if style == 0:
            return "----=_Part_%s_%s" % (h[:6], h[6:20])
        if style == 1:
            return "_%03d_%s_" % (rng.randrange(1000), h[:24].upper())
        return "=-=%s=-=" % h[:18]

    if mode == "plain":
        body = text_part(text, "plain", tr)
    elif mode == "html":
        body = text_part(html_src, "html", tr)
    else:
        kids = [text_part(text, "plain", tr), text_part(html_src, "html", tr)]
        if spec.get("calendar"):
            kids.append(attach_part({"ctype": "text/calendar", "data": spec["calendar"],
                                     "ct_extra": "; method=REQUEST", "cte": "quoted-printable"},
                                    tr, rng))
        b = bnd("alt")
        body = Part([("Content-Type", 'multipart/alternative;\n boundary="%s"' % b)],
                    children=kids, boundary=b)
    if spec.get("calendar") and mode != "alt":
        b = bnd("cal")
        body = Part([("Content-Type", 'multipart/alternative;\n boundary="%s"' % b)],
                    children=[body, attach_part({"ctype": "text/calendar", "data": spec["calendar"],
                                                 "ct_extra": "; method=REQUEST",
                                                 "cte": "quoted-printable"}, tr, rng)],
                    boundary=b)
    atts = spec.get("attachments") or []
    if atts:
        b = bnd("mix")
        kids = [body] + [attach_part(a, tr, rng) for a in atts]
        top = Part([("Content-Type", 'multipart/mixed;\n boundary="%s"' % b)],
                   children=kids, boundary=b)
    else:
        top = body
    tr.setdefault("used", set()).add("mode:" + mode)
    if atts:
        tr["used"].add("mixed")

    hdrs = []
    dt = spec["date"]
    hdrs.append(("Date", email.utils.format_datetime(dt)))
    hdrs.append(("From", addr(spec["from"], tr)))
    hdrs.append(("To", addr_list(spec["to"], tr)))
    if spec.get("cc"):
        hdrs.append(("Cc", addr_list(spec["cc"], tr)))
    subj = spec["subject"]
    if tr["charset"] == "us-ascii" and not has_wide(subj) and rng.random() < 0.5:
        subj = ascii_fold_text(subj)
    hdrs.append(("Subject", header_text(subj, tr)))
    if not is_ascii(subj):
        tr["used"].add("rfc2047")
    dom = spec["from"][1].split("@", 1)[1]
    mid = hashlib.sha1(("mid-%s" % spec["msgid_seed"]).encode()).hexdigest()
    hdrs.append(("Message-ID", "<%s.%s@%s>" % (mid[:16], mid[16:24], dom)))
    if spec.get("reply"):
        ref = hashlib.sha1(("ref-%s" % spec["msgid_seed"]).encode()).hexdigest()
        hdrs.append(("In-Reply-To", "<%s@%s>" % (ref[:20], spec["to"][0][1].split("@", 1)[1])))
        hdrs.append(("References", "<%s@%s>" % (ref[:20], spec["to"][0][1].split("@", 1)[1])))
    hdrs.append(("MIME-Version", "1.0"))
    ua = spec.get("ua") or rng.choice([
        "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6", None, "Roundcube Webmail/1.6.5",
        "Apple Mail (2.3774)", None])
    if ua:
        hdrs.append(("X-Mailer" if rng.random() < 0.5 else "User-Agent", ua))
    if spec.get("extra_headers"):
        hdrs.extend(spec["extra_headers"])
    top.headers = hdrs + top.headers
    raw = serialize(top)
    return raw.replace(b"\n", tr["nl"].encode("ascii"))
