"""A small hand-written MIME serializer so every transport detail is under control:
charsets, transfer encodings, line endings, RFC 2047 headers and RFC 2231 file names."""
import base64
import email.utils
import html
import quopri
import re
import urllib.parse


class Att:
    def __init__(self, filename, ctype, data, charset=None, inline=False, fn_mode=None, cte=None):
        self.filename, self.ctype, self.data = filename, ctype, data
        self.charset, self.inline, self.fn_mode, self.cte = charset, inline, fn_mode, cte


class Mail:
    def __init__(self, frm, to, subject, date, text=None, html=None, cc=(), atts=(), lang="fr",
                 in_reply_to=None, calendar=None, importance=None, org=None):
        self.frm, self.to, self.cc = frm, list(to), list(cc)
        self.subject, self.date, self.text, self.html = subject, date, text, html
        self.atts, self.lang, self.in_reply_to = list(atts), lang, in_reply_to
        self.calendar, self.importance, self.org = calendar, importance, org


CHARSETS = ["utf-8", "us-ascii", "iso-8859-1", "windows-1252"]


def feasible(text, cs):
    try:
        text.encode(cs)
        return cs
    except UnicodeEncodeError:
        for alt in ("windows-1252", "iso-8859-1") if cs == "us-ascii" else ():
            try:
                text.encode(alt)
                return alt
            except UnicodeEncodeError:
                pass
        return "utf-8"


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# ------------------------------------------------------------------ headers
def enc_words(text, charset, mode):
    def one(s):
        b = s.encode(charset)
        if mode == "B":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else "_" if c == 32
                    else f"={c:02X}" for c in b)
        return f"=?{charset}?Q?{q}?="
    words, cur = [], ""
    for ch in text:
        if cur and len(one(cur + ch)) > 75:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    words.append(one(cur))
    return words


def fold_ascii(name, value, limit=78):
    words = value.split(" ")
    lines, cur = [], f"{name}:"
    for w in words:
        if len(cur) + 1 + len(w) > limit and cur.strip() != f"{name}:":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def header_text(name, value, tr, force=False):
    if is_ascii(value) and not force:
        return fold_ascii(name, value)
    cs = tr["hdr_cs"]
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    words = enc_words(value, cs, tr["hdr_mode"])
    return f"{name}: " + "\n ".join(words)


SPECIALS = set('()<>[]:;@\\,."')


def addr(pair, tr):
    name, a = pair
    if not name:
        return a
    if not is_ascii(name):
        cs = tr["hdr_cs"]
        try:
            name.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return " ".join(enc_words(name, cs, tr["hdr_mode"])) + f" <{a}>"
    if any(c in SPECIALS for c in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{a}>'
    return f"{name} <{a}>"


def addr_header(name, pairs, tr):
    items = [addr(p, tr) for p in pairs]
    out, cur = [], f"{name}: "
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(cur) + len(piece) > 76 and cur.strip() != f"{name}:":
            out.append(cur.rstrip())
            cur = " " + piece + " "
        else:
            cur += piece + " "
    out.append(cur.rstrip())
    return "\n".join(out)


def filename_params(fn, mode, cs_pref="utf-8"):
    """Return (content-type params, disposition params) strings for a file name."""
    if is_ascii(fn) and mode not in ("2231", "2231cont"):
        return f'name="{fn}"', f'filename="{fn}"'
    if mode == "2047":
        ew = " ".join(enc_words(fn, "utf-8", "B"))
        return f'name="{ew}"', f'filename="{ew}"'
    cs = cs_pref
    try:
        fn.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    q = urllib.parse.quote(fn.encode(cs), safe="")
    ew = " ".join(enc_words(fn, "utf-8", "B")) if not is_ascii(fn) else fn
    if mode == "2231cont" and len(q) > 40:
        chunks = [q[i:i + 40] for i in range(0, len(q), 40)]
        # do not split inside a %XX escape
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            m = re.search(r"%[0-9A-F]?$", c)
            carry = c[m.start():] if m else ""
            fixed.append(c[:m.start()] if m else c)
        if carry:
            fixed[-1] += carry
        parts = [f"filename*0*={cs}''{fixed[0]}"] + [f"filename*{i}*={c}" for i, c in enumerate(fixed[1:], 1)]
        return f'name="{ew}"', ";\n\t".join(parts)
    return f'name="{ew}"', f"filename*={cs}''{q}"


# ------------------------------------------------------------------ bodies
def encode_body(data, cte):
    if cte == "base64":
        b = base64.b64encode(data).decode()
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)).encode() + b"\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def text_part(text, subtype, tr, extra_ct=""):
    text = text.replace("\r\n", "\n")
    cs = feasible(text, tr["charset"])
    cte = tr["cte"]
    if cte == "7bit" and not is_ascii(text):
        cte = "quoted-printable"
    if cte in ("7bit", "8bit") and max((len(l.encode(cs)) for l in text.split("\n")), default=0) > 900:
        cte = "quoted-printable"
    if cs == "us-ascii" and cte == "8bit":
        cte = "7bit"
    cs_label = tr.get("cs_case", lambda c: c)(cs)
    quote = tr.get("cs_quote", True)
    ct = f"text/{subtype}; charset=\"{cs_label}\"" if quote else f"text/{subtype}; charset={cs_label}"
    if extra_ct:
        ct += extra_ct
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    return hdrs, encode_body(text.encode(cs), cte)


def render(hdrs, body):
    out = []
    for k, v in hdrs:
        if v is None:
            continue
        out.append(v if v.startswith(k + ":") else f"{k}: {v}")
    return ("\n".join(out) + "\n\n").encode("ascii") + body


def multipart(subtype, parts, boundary, preamble=None, extra=""):
    body = b""
    if preamble:
        body += preamble.encode() + b"\n\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p + (b"" if p.endswith(b"\n") else b"\n")
    body += b"--" + boundary.encode() + b"--\n"
    hdrs = [("Content-Type", f'multipart/{subtype};{extra}\n\tboundary="{boundary}"')]
    return hdrs, body


def text_to_html(text, style):
    paras = text.replace("\r\n", "\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
            continue
        if any("\t" in l or "  " in l.strip() for l in lines) and len(lines) > 2:
            out.append("<pre>" + html.escape(p) + "</pre>")
            continue
        inner = "<br>\n".join(html.escape(l) for l in lines)
        if style == "outlook":
            out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
        elif style == "gmail":
            out.append(f"<div>{inner}</div><div><br></div>")
        else:
            out.append(f"<p>{inner}</p>")
    body = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                f'</head>\n<body lang="FR-CA" link="#0563C1">\n<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    if style == "gmail":
        return f'<div dir="ltr">\n{body}\n</div>\n'
    return f"<html><body>\n{body}\n</body></html>\n"


def html_to_text(h):
    t = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h\d|li|blockquote)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"


# ------------------------------------------------------------------ transport choice
MAILERS = {
    "outlook": dict(xm="Microsoft Outlook 16.0", bnd="----=_NextPart_000_{a}_{b}", html="outlook"),
    "thunderbird": dict(ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
                        bnd="------------{a}{b}", html="plain"),
    "apple": dict(xm="Apple Mail (2.3774.600.62)", bnd="Apple-Mail={a}-{b}", html="plain"),
    "webmail": dict(xm="Zimbra 9.0.0_GA (ZimbraWebClient - FF128)", bnd="=_{a}{b}", html="gmail"),
    "ios": dict(xm="iPhone Mail (21G93)", bnd="Apple-Mail-{a}-{b}", html="plain"),
}


def choose_transport(rng, has_atts, prefs=None):
    prefs = prefs or {}
    tr = {}
    tr["mailer"] = prefs.get("mailer") or rng.choice(list(MAILERS))
    tr["body"] = prefs.get("body") or rng.choices(["plain", "html", "alt"], [4, 2, 5])[0]
    tr["charset"] = prefs.get("charset") or rng.choices(CHARSETS, [5, 2, 2, 2])[0]
    tr["cte"] = prefs.get("cte") or rng.choices(["7bit", "8bit", "quoted-printable", "base64"], [2, 3, 4, 2])[0]
    tr["eol"] = prefs.get("eol") or rng.choice(["\r\n", "\n"])
    tr["hdr_mode"] = prefs.get("hdr_mode") or rng.choice(["B", "Q"])
    tr["hdr_cs"] = prefs.get("hdr_cs") or rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    tr["fn_mode"] = prefs.get("fn_mode") or rng.choice(["plain", "2231", "2231", "2047", "2231cont"])
    tr["cs_quote"] = rng.random() < 0.6
    up = rng.random() < 0.4
    tr["cs_case"] = (lambda c: c.upper()) if up else (lambda c: c)
    tr["att_cte"] = prefs.get("att_cte") or rng.choice(["base64", "base64", "quoted-printable", "8bit"])
    return tr


def build(mail, rng, tr):
    """Serialize a Mail to bytes according to transport tr."""
    M = MAILERS[tr["mailer"]]
    nb = [0]

    def boundary():
        nb[0] += 1
        a = "".join(rng.choice("0123456789ABCDEF") for _ in range(8))
        b = "".join(rng.choice("0123456789abcdef") for _ in range(10))
        return M["bnd"].format(a=f"{a}{nb[0]}", b=b)

    text, htm = mail.text, mail.html
    body_kind = tr["body"]
    if text is None and htm is not None:
        text = html_to_text(htm)
        if body_kind == "plain":
            body_kind = "html"
    if htm is None and body_kind in ("html", "alt"):
        htm = text_to_html(text, M["html"])
        if mail.lang == "en":
            htm = htm.replace('lang="FR-CA"', 'lang="EN-CA"')

    if body_kind == "plain":
        h, b = text_part(text, "plain", tr, "; format=flowed" if tr["mailer"] == "thunderbird" and rng.random() < .5 else "")
        core = (h, b)
    elif body_kind == "html":
        core = text_part(htm, "html", tr)
    else:
        parts = [render(*text_part(text, "plain", tr)), render(*text_part(htm, "html", tr))]
        if mail.calendar:
            ch, cb = text_part(mail.calendar, "calendar", dict(tr, cte="base64" if tr["cte"] == "base64" else "quoted-printable"), '; method=REQUEST')
            parts.append(render(ch, cb))
        core = multipart("alternative", parts, boundary())
    if mail.calendar and body_kind != "alt":
        ch, cb = text_part(mail.calendar, "calendar", dict(tr, cte="quoted-printable"), '; method=REQUEST')
        core = multipart("alternative", [render(*core), render(ch, cb)], boundary())

    if mail.atts:
        parts = [render(*core)]
        for a in mail.atts:
            parts.append(att_part(a, tr, rng, mail))
        top_h, top_b = multipart("mixed", parts, boundary(),
                                 preamble="This is a multi-part message in MIME format." if rng.random() < .5 else None)
    else:
        top_h, top_b = core

    H = []
    H.append(("From", addr_header("From", [mail.frm], tr)))
    H.append(("To", addr_header("To", mail.to, tr)))
    if mail.cc:
        H.append(("Cc", addr_header("Cc", mail.cc, tr)))
    H.append(("Subject", header_text("Subject", mail.subject, tr, force=(tr["mailer"] == "outlook" and rng.random() < .15))))
    H.append(("Date", email.utils.format_datetime(mail.date)))
    dom = mail.frm[1].split("@")[1]
    mid = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    H.append(("Message-ID", f"<{mid}@{dom}>"))
    if mail.in_reply_to:
        H.append(("In-Reply-To", mail.in_reply_to))
        H.append(("References", mail.in_reply_to))
    if "xm" in M:
        H.append(("X-Mailer", M["xm"]))
    if "ua" in M:
        H.append(("User-Agent", M["ua"]))
    if tr["mailer"] == "outlook":
        H.append(("Thread-Topic", header_text("Thread-Topic", mail.subject, tr)))
        H.append(("Accept-Language", "fr-CA, en-US" if mail.lang == "fr" else "en-CA, fr-CA"))
        H.append(("Content-Language", "fr-CA" if mail.lang == "fr" else "en-CA"))
        H.append(("X-MS-Has-Attach", "yes" if mail.atts else None))
    if mail.importance:
        H.append(("Importance", mail.importance))
    if mail.org:
        H.append(("Organization", header_text("Organization", mail.org, tr)))
    H.append(("MIME-Version", "1.0"))
    H += top_h
    raw = render(H, top_b)
    raw = raw.replace(b"\r\n", b"\n")
    if tr["eol"] == "\r\n":
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def att_part(a, tr, rng, mail):
    mode = a.fn_mode or tr["fn_mode"]
    ctp, cdp = filename_params(a.filename, mode, "utf-8" if rng.random() < .7 else "iso-8859-1")
    disp = "inline" if a.inline else "attachment"
    if a.ctype == "message/rfc822":
        body = a.data.replace(b"\r\n", b"\n")
        cte = "7bit" if all(c < 128 for c in body) else "8bit"
        hdrs = [("Content-Type", "message/rfc822" + (f";\n\t{ctp}" if rng.random() < .5 else "")),
                ("Content-Transfer-Encoding", cte),
                ("Content-Disposition", f"{disp};\n\t{cdp}")]
        return render(hdrs, body if body.endswith(b"\n") else body + b"\n")
    if isinstance(a.data, str):
        sub = a.ctype.split("/")[1]
        t2 = dict(tr)
        t2["cte"] = a.cte or tr["att_cte"]
        if a.charset:
            t2["charset"] = a.charset
        h, b = text_part(a.data, sub, t2)
        h[0] = ("Content-Type", h[0][1] + f";\n\t{ctp}")
        h.append(("Content-Disposition", f"{disp};\n\t{cdp}"))
        return render(h, b)
    extra = ""
    if tr["mailer"] == "outlook":
        extra = f';\n\tsize={len(a.data)};\n\tcreation-date="{email.utils.format_datetime(mail.date)}"'
    hdrs = [("Content-Type", f"{a.ctype};\n\t{ctp}"), ("Content-Description", None),
            ("Content-Disposition", f"{disp};\n\t{cdp}{extra}"),
            ("Content-Transfer-Encoding", "base64")]
    return render(hdrs, encode_body(a.data, "base64"))
