"""Hand-assembled MIME: fixed boundaries, chosen charsets, transfer encodings and line ends."""
import base64
import html as _html
import quopri
import re
import textwrap
import urllib.parse
from email.header import Header
from email.utils import formataddr, format_datetime

MAILERS = [("X-Mailer", "Microsoft Outlook 16.0"), ("User-Agent", "Mozilla Thunderbird 115.6"),
           ("X-Mailer", "Apple Mail (2.3774.300.61)"), None, ("X-Mailer", "Zimbra 9.0.0_GA (ZimbraWebClient)"),
           ("User-Agent", "Roundcube Webmail/1.6.5")]


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def pick_transport(r, msg):
    """Choose the transport features for a message (deterministic through r)."""
    fmt = msg.fmt or r.choices(["plain", "alt", "html"], [45, 35, 20])[0]
    if msg.lang == "fr":
        charset = r.choices(["utf-8", "iso-8859-1", "windows-1252"], [50, 22, 28])[0]
    else:
        charset = r.choices(["utf-8", "us-ascii", "windows-1252", "iso-8859-1"], [40, 35, 15, 10])[0]
    if msg.utf8_only:
        charset = "utf-8"
    cte = r.choices(["auto", "quoted-printable", "base64", "8bit"], [40, 30, 15, 15])[0]
    return {
        "fmt": fmt,
        "charset": charset,
        "cte": cte,
        "eol": r.choice(["\n", "\r\n"]),
        "subj2047": r.random() < 0.15,
        "hdr_charset": r.choice(["utf-8", "utf-8", "iso-8859-1"]),
        "fn2231": r.random() < 0.3,
        "mailer": r.choice(MAILERS),
        "preamble": r.random() < 0.5,
        "att_text_b64": r.random() < 0.5,
        "token": "%08x" % r.getrandbits(32),
    }


# --------------------------------------------------------------------------- headers
def enc_addr(pair, charset):
    name, addr = pair
    if not name:
        return addr
    if is_ascii(name):
        return formataddr((name, addr))
    try:
        name.encode(charset)
        cs = charset
    except UnicodeEncodeError:
        cs = "utf-8"
    return formataddr((name, addr), charset=cs)


def fold_list(field, items):
    line = f"{field}: "
    out = []
    for k, it in enumerate(items):
        piece = it + ("," if k < len(items) - 1 else "")
        if len(line) + len(piece) > 78 and line.strip() != f"{field}:":
            out.append(line.rstrip())
            line = " "
        line += piece + " "
    out.append(line.rstrip())
    return "\n".join(out)


def enc_subject(subject, T):
    if is_ascii(subject) and not T["subj2047"]:
        if len(subject) + 9 <= 78:
            return "Subject: " + subject
        return "Subject: " + Header(subject, "us-ascii", header_name="Subject").encode(linesep="\n", maxlinelen=78)
    cs = T["hdr_charset"]
    try:
        subject.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return "Subject: " + Header(subject, cs, header_name="Subject").encode(linesep="\n", maxlinelen=76)


# --------------------------------------------------------------------------- bodies
def wrap_text(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = ""
        while line.startswith(">"):
            prefix += ">"
            line = line[1:]
        if prefix:
            prefix += " "
            line = line.lstrip()
        lead = len(line) - len(line.lstrip(" "))
        wrapped = textwrap.wrap(line, width=width - len(prefix), subsequent_indent=" " * lead,
                                break_long_words=False, break_on_hyphens=False)
        out.extend(prefix + w for w in wrapped) if wrapped else out.append(prefix.rstrip())
    return "\n".join(out)


def encode_body(text, charset, cte, wrap=True):
    """Return (header lines, body bytes) for a text body."""
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
        data = text.encode(charset)
    ascii_only = is_ascii(text)
    if cte == "auto":
        cte = "7bit" if ascii_only else "8bit"
    if cte == "8bit" and ascii_only:
        cte = "7bit"
    if cte in ("7bit", "8bit"):
        if wrap:
            text = wrap_text(text)
            data = text.encode(charset)
        if any(len(l) > 990 for l in data.split(b"\n")):
            cte = "quoted-printable"
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    return charset, cte, body


def text_to_html(text, charset, style):
    parts = []
    quote = []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(_html.escape(q, quote=False) for q in quote)
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                         + inner + "</blockquote>")
            quote.clear()

    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()) and para.strip():
            for l in lines:
                quote.append(l.lstrip(">").lstrip(" "))
            flush_quote()
            continue
        parts.append("<p>" + "<br>\n".join(_html.escape(l, quote=False) for l in lines) + "</p>")
    body = "\n".join(parts)
    fonts = ["Calibri,Arial,sans-serif", "Aptos,Calibri,sans-serif", "Helvetica,Arial,sans-serif",
             "Georgia,serif"]
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'</head>\n<body style="font-family:{fonts[style % len(fonts)]};font-size:11pt">\n{body}\n</body>\n</html>\n')


# --------------------------------------------------------------------------- parts
def part_text(text, subtype, T, wrap=True):
    charset, cte, body = encode_body(text, T["charset"], T["cte"], wrap=wrap and subtype == "plain")
    if subtype == "html" and charset != T["charset"]:
        text = text.replace(f"charset={T['charset']}", f"charset={charset}")
        charset, cte, body = encode_body(text, charset, T["cte"], wrap=False)
    hdr = [f'Content-Type: text/{subtype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
    return hdr, body


def filename_params(fn, T):
    """Content-Type name and Content-Disposition filename parameters."""
    if is_ascii(fn) and not T["fn2231"]:
        return f'name="{fn}"', f'filename="{fn}"'
    q = urllib.parse.quote(fn, safe="")
    if len(q) > 60:
        units = re.findall(r"%[0-9A-F]{2}|.", q)
        chunks, cur = [], ""
        for u in units:
            if len(cur) + len(u) > 50:
                chunks.append(cur)
                cur = ""
            cur += u
        chunks.append(cur)
        disp = ";\n ".join(f"filename*{k}*=" + ("utf-8''" if k == 0 else "") + c for k, c in enumerate(chunks))
    else:
        disp = f"filename*=utf-8''{q}"
    if is_ascii(fn):
        name = f'name="{fn}"'
    else:
        name = 'name="' + Header(fn, "utf-8").encode(maxlinelen=998) + '"'
    return name, disp


def part_att(a, T):
    name_p, disp_p = filename_params(a.filename, T)
    if a.kind == "eml":
        cte = "7bit" if all(b < 128 for b in a.data) else "8bit"
        hdr = ["Content-Type: message/rfc822", f"Content-Transfer-Encoding: {cte}",
               f"Content-Disposition: attachment;\n {disp_p}"]
        body = a.data.replace(b"\r\n", b"\n")
        if not body.endswith(b"\n"):
            body += b"\n"
        return hdr, body
    if a.kind in ("csv", "ics", "vcf", "txt") and not T["att_text_b64"]:
        data = a.data.replace(b"\r\n", b"\n")
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        if all(b < 128 for b in data):
            cte, body = "7bit", data
        else:
            cte, body = "quoted-printable", quopri.encodestring(data)
        ctype = a.ctype if "charset" in a.ctype else a.ctype + '; charset="utf-8"'
    else:
        cte, body = "base64", base64.encodebytes(a.data)
        ctype = a.ctype
        if a.kind in ("csv", "ics", "vcf", "txt") and "charset" not in ctype:
            ctype += '; charset="utf-8"'
    if not body.endswith(b"\n"):
        body += b"\n"
    hdr = [f"Content-Type: {ctype};\n {name_p}", f"Content-Transfer-Encoding: {cte}",
           f"Content-Disposition: attachment;\n {disp_p}"]
    return hdr, body


def assemble(hdr, body):
    return ("\n".join(hdr) + "\n\n").encode("ascii") + body


def multipart(subtype, parts, boundary, preamble):
    hdr = [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"']
    out = b""
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for ph, pb in parts:
        out += f"--{boundary}\n".encode("ascii") + assemble(ph, pb)
    out += f"--{boundary}--\n".encode("ascii")
    return hdr, out


# --------------------------------------------------------------------------- message
def render(msg, T, msgid, date, idx, extra_headers=()):
    """Return the message as bytes (line ends per T['eol'])."""
    html = msg.html
    if T["fmt"] in ("html", "alt") and html is None:
        html = text_to_html(msg.body, T["charset"], idx)
    elif html is not None and "<html" not in html:
        html = (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={T["charset"]}">\n'
                f'</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{html}\n</body>\n</html>\n')
    tok = T["token"]
    if T["fmt"] == "plain" or html is None:
        body_h, body_b = part_text(msg.body, "plain", T)
    elif T["fmt"] == "html":
        body_h, body_b = part_text(html, "html", T)
    else:
        p1 = part_text(msg.body, "plain", T)
        p2 = part_text(html, "html", T)
        body_h, body_b = multipart("alternative", [p1, p2], f"----=_NextPart_{idx:03d}_alt_{tok}", False)
    if msg.atts:
        parts = [(body_h, body_b)] + [part_att(a, T) for a in msg.atts]
        top_h, top_b = multipart("mixed", parts, f"----=_NextPart_{idx:03d}_mix_{tok}", T["preamble"])
    else:
        top_h, top_b = body_h, body_b
    hc = T["hdr_charset"]
    hdr = ["From: " + enc_addr(msg.frm, hc)]
    hdr.append(fold_list("To", [enc_addr(a, hc) for a in msg.to]))
    if msg.cc:
        hdr.append(fold_list("Cc", [enc_addr(a, hc) for a in msg.cc]))
    hdr.append(enc_subject(msg.subject, T))
    hdr.append("Date: " + format_datetime(date))
    hdr.append("Message-ID: " + msgid)
    if msg.reply_to_id:
        hdr.append("In-Reply-To: " + msg.reply_to_id)
        hdr.append("References: " + msg.reply_to_id)
    hdr.append("MIME-Version: 1.0")
    if T["mailer"]:
        hdr.append(f"{T['mailer'][0]}: {T['mailer'][1]}")
    hdr.append("Content-Language: " + ("fr-CA" if msg.lang == "fr" else "en-CA"))
    hdr.extend(extra_headers)
    data = assemble(hdr + top_h, top_b)
    if T["eol"] == "\r\n":
        data = data.replace(b"\n", b"\r\n")
    return data
