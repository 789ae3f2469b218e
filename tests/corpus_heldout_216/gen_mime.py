"""Hand-assembled MIME: charsets, transfer encodings, line ends, RFC 2047 / RFC 2231."""
import base64
import email.charset
import email.header
import email.utils
import quopri
import urllib.parse

import gen_common as C

MAILERS = ["Microsoft Outlook 16.0", "Microsoft Exchange Server 15.2", "Thunderbird 128.5.2",
           "Apple Mail (2.3776)", "Roundcube Webmail/1.6.9", "Zimbra 10.1", None, None]


def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _hdr_charset(name, enc):
    cs = email.charset.Charset(name)
    cs.header_encoding = email.charset.QP if enc == "q" else email.charset.BASE64
    cs.body_encoding = email.charset.QP
    return cs


def encode_words(s, rng, maxlen=76):
    cs_name = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    if not _encodable(s, cs_name):
        cs_name = "utf-8"
    enc = rng.choice(["q", "b"])
    h = email.header.Header(s, _hdr_charset(cs_name, enc), maxlinelen=maxlen, header_name="Subject")
    return h.encode(linesep="\n")


def fold_ascii(name, value, width=78):
    words = value.split(" ")
    lines, cur = [], name + ": "
    for w in words:
        if len(cur) + len(w) + 1 > width and cur.strip() and not cur.endswith(": "):
            lines.append(cur.rstrip(" "))
            cur = " " + w
        else:
            cur += ("" if cur.endswith(": ") or cur == " " else " ") + w
    lines.append(cur)
    return "\n".join(lines)


def subject_header(subject, rng, force_2047=False):
    if not _is_ascii(subject) or force_2047:
        return "Subject: " + encode_words(subject, rng)
    return fold_ascii("Subject", subject)


def addr_header(name, pairs, rng):
    out = []
    for disp, addr in pairs:
        if not disp:
            out.append(addr)
        elif _is_ascii(disp):
            if any(ch in disp for ch in ',.;:()"'):
                out.append('"%s" <%s>' % (disp.replace('"', ''), addr))
            else:
                out.append(f"{disp} <{addr}>")
        else:
            out.append(encode_words(disp, rng, maxlen=900) + f" <{addr}>")
    return f"{name}: " + ",\n ".join(out)


def choose_charset(text, lang, rng, hint=None):
    if hint and _encodable(text, hint):
        return hint
    if lang == "en":
        pool = ["us-ascii", "us-ascii", "utf-8", "utf-8", "iso-8859-1", "windows-1252"]
    else:
        pool = ["utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252", "windows-1252"]
    cs = rng.choice(pool)
    if not _encodable(text, cs):
        cs = "windows-1252" if _encodable(text, "windows-1252") and rng.random() < 0.3 else "utf-8"
    return cs


def choose_cte(data_text, charset, rng, hint=None, eol="\n"):
    ascii_ok = _is_ascii(data_text)
    longest = max((len(x) for x in data_text.split("\n")), default=0)
    if hint:
        if hint == "7bit" and not (ascii_ok and longest < 990):
            hint = "quoted-printable"
        if hint == "8bit" and longest >= 990:
            hint = "quoted-printable"
        return hint
    if ascii_ok and longest < 990:
        return rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    if longest < 990:
        return rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
    return rng.choice(["quoted-printable", "base64"])


def encode_body(raw, cte, eol):
    """raw: bytes with LF line ends. Returns encoded text (LF) for inclusion in the message."""
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False)
    if cte == "base64":
        if eol == "\r\n":
            raw = raw.replace(b"\n", b"\r\n")
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text_part(text, subtype, lang, rng, charset=None, cte=None, eol="\n", extra=""):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    cs = choose_charset(text, lang, rng, charset)
    enc = choose_cte(text, cs, rng, cte, eol)
    raw = text.encode(cs)
    head = f"Content-Type: text/{subtype}; charset=\"{cs}\"\nContent-Transfer-Encoding: {enc}\n{extra}"
    return head.encode("ascii") + b"\n" + encode_body(raw, enc, eol)


def _filename_params(fn, rng, mode=None):
    """Return (content-type name param, content-disposition filename param)."""
    if _is_ascii(fn) and mode != "2231":
        q = fn.replace('"', "")
        return f'name="{q}"', f'filename="{q}"'
    mode = mode or rng.choice(["2231", "2047"])
    if mode == "2047":
        ew = email.header.Header(fn, _hdr_charset("utf-8", rng.choice("qb")), maxlinelen=2000).encode()
        ew = ew.replace("\n", "")
        return f'name="{ew}"', f'filename="{ew}"'
    enc = urllib.parse.quote(fn, safe="")
    if len(enc) > 60:
        chunks = [enc[i:i + 50] for i in range(0, len(enc), 50)]
        # do not split a %XX escape
        fixed, carry = [], ""
        for ch in chunks:
            ch = carry + ch
            carry = ""
            cut = ch.rfind("%")
            if cut != -1 and cut > len(ch) - 3:
                carry = ch[cut:]
                ch = ch[:cut]
            fixed.append(ch)
        if carry:
            fixed.append(carry)
        disp = ";\n ".join((f"filename*{i}*=utf-8''{c}" if i == 0 else f"filename*{i}*={c}")
                           for i, c in enumerate(fixed))
        name = ";\n ".join((f"name*{i}*=utf-8''{c}" if i == 0 else f"name*{i}*={c}")
                           for i, c in enumerate(fixed))
        return name, disp
    return f"name*=utf-8''{enc}", f"filename*=utf-8''{enc}"


def attachment_part(att, lang, rng, eol):
    name_p, file_p = _filename_params(att.filename, rng, att.__dict__.get("fn_mode"))
    disp = "inline" if att.inline else "attachment"
    if att.ctype == "message/rfc822":
        nested = build_bytes(att.nested, rng, eol="\n", nested=True)
        enc = "8bit" if any(b > 127 for b in nested) else "7bit"
        head = (f"Content-Type: message/rfc822; {name_p}\nContent-Transfer-Encoding: {enc}\n"
                f"Content-Disposition: {disp}; {file_p}\n")
        return head.encode("ascii") + b"\n" + nested
    maintype = att.ctype.split("/")[0]
    if maintype == "text":
        data = att.data
        cs = att.charset or "utf-8"
        try:
            txt = data.decode(cs)
        except UnicodeDecodeError:
            txt = None
        cte = att.cte
        if cte is None:
            if txt is not None and _is_ascii(txt):
                cte = rng.choice(["7bit", "base64", "quoted-printable"])
            else:
                cte = rng.choice(["base64", "quoted-printable"])
        if cte in ("7bit", "8bit", "quoted-printable"):
            raw = data.replace(b"\r\n", b"\n")
            body = encode_body(raw, cte, eol)
        else:
            body = base64.encodebytes(data)
        extra = "; method=REQUEST" if att.ctype == "text/calendar" else ""
        head = (f"Content-Type: {att.ctype}; charset=\"{cs}\"{extra}; {name_p}\n"
                f"Content-Transfer-Encoding: {cte}\nContent-Disposition: {disp}; {file_p}\n")
        return head.encode("ascii") + b"\n" + body
    head = (f"Content-Type: {att.ctype}; {name_p}\nContent-Transfer-Encoding: base64\n"
            f"Content-Disposition: {disp}; {file_p}\n")
    return head.encode("ascii") + b"\n" + base64.encodebytes(att.data)


def multipart(subtype, parts, boundary):
    out = [f"Content-Type: multipart/{subtype};\n boundary=\"{boundary}\"\n\n".encode("ascii")]
    for p in parts:
        out.append(f"--{boundary}\n".encode("ascii"))
        out.append(p if p.endswith(b"\n") else p + b"\n")
    out.append(f"--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def boundary(rng, style=None):
    style = style or rng.choice(["outlook", "java", "tbird", "apple"])
    if style == "outlook":
        return "_%03d_%s_" % (rng.randrange(1000), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                                                           for _ in range(34)))
    if style == "java":
        return "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 5), rng.randrange(10 ** 9), 1735700000000
                                        + rng.randrange(10 ** 10))
    if style == "tbird":
        return "------------" + "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
                                        for _ in range(24))
    return "Apple-Mail=_%08X-%04X-%04X-%04X-%012X" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                                                      rng.getrandbits(16), rng.getrandbits(48))


def message_id(msg, rng):
    host = msg.frm[1].split("@", 1)[1]
    return "<%s.%s@%s>" % ("".join(rng.choice("0123456789abcdef") for _ in range(20)),
                           msg.date.strftime("%Y%m%d%H%M%S"), host)


def build_bytes(msg, rng, eol=None, nested=False):
    """Assemble one message; returns bytes with eol line ends."""
    eol = eol or msg.mime.get("eol") or rng.choice(["\r\n", "\n"])
    hints = msg.mime
    lang = msg.lang
    headers = []
    mailer = hints.get("mailer", rng.choice(MAILERS))
    headers.append(addr_header("From", [msg.frm], rng))
    headers.append(addr_header("To", msg.to, rng))
    if msg.cc:
        headers.append(addr_header("Cc", msg.cc, rng))
    headers.append(subject_header(msg.subject, rng, hints.get("subject_2047", rng.random() < 0.08)))
    headers.append("Date: " + email.utils.format_datetime(msg.date))
    headers.append("Message-ID: " + (hints.get("msgid") or message_id(msg, rng)))
    for k, v in msg.extra_headers:
        headers.append(f"{k}: {v}")
    if mailer:
        headers.append("X-Mailer: " + mailer)
    if rng.random() < 0.5:
        headers.append("Content-Language: " + ("fr-CA" if lang == "fr" else "en-CA"))
    headers.append("MIME-Version: 1.0")

    cs_hint = hints.get("charset")
    cte_hint = hints.get("cte")
    mode = msg.body_mode
    if mode is None:
        if msg.html is not None and msg.text is not None:
            mode = rng.choice(["alt", "alt", "html"])
        elif msg.html is not None:
            mode = "html"
        else:
            mode = rng.choice(["plain", "plain", "plain", "alt", "alt", "html"])
    html = msg.html
    if mode in ("alt", "html") and html is None:
        html = C.text_to_html(msg.text)
    if mode == "plain":
        body = text_part(msg.text, "plain", lang, rng, cs_hint, cte_hint, eol)
    elif mode == "html":
        body = text_part(html, "html", lang, rng, cs_hint, cte_hint, eol)
    else:
        text = msg.text if msg.text is not None else "(HTML)"
        cs = choose_charset(text + html, lang, rng, cs_hint)
        body = multipart("alternative", [text_part(text, "plain", lang, rng, cs, cte_hint, eol),
                                         text_part(html, "html", lang, rng, cs, cte_hint, eol)], boundary(rng))
    if msg.attachments:
        parts = [body] + [attachment_part(a, lang, rng, eol) for a in msg.attachments]
        body = multipart("mixed", parts, boundary(rng))
    data = ("\n".join(headers) + "\n").encode("ascii") + body
    if eol == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
