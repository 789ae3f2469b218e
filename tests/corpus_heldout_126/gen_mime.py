"""Hand-assembled MIME: the message model and a deterministic renderer with varied transports."""
import base64
import html as htmlmod
import quopri
import urllib.parse
from email.utils import format_datetime


class Att:
    """A leaf attachment."""

    def __init__(self, filename, ctype, data, cte=None, name_style=None, inline=False):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.cte = cte
        self.name_style = name_style
        self.inline = inline


class EmlAtt:
    """An attached message (message/rfc822); `doc` is a Doc rendered as a nested message."""

    def __init__(self, doc, filename=None):
        self.doc = doc
        self.filename = filename


class Doc:
    def __init__(self, lang, category, note, positive, types=(), **kw):
        self.lang = lang
        self.category = category
        self.note = note
        self.positive = positive
        self.types = sorted(set(types))
        self.frm = kw.get("frm")
        self.to = kw.get("to", [])
        self.cc = kw.get("cc", [])
        self.subject = kw.get("subject", "")
        self.text = kw.get("text", "")
        self.html = kw.get("html")
        self.atts = kw.get("atts", [])
        self.ids = kw.get("ids", [])          # (kind, canonical value) for the verifier
        self.holders = kw.get("holders", [])  # NAM holders used
        self.prefer = kw.get("prefer", {})
        self.date = kw.get("date")
        self.msgid = kw.get("msgid")
        self.in_reply_to = kw.get("in_reply_to")
        self.extra = kw.get("extra", [])


# ---------------------------------------------------------------- header encoding

Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _chunks(text, charset, max_bytes):
    out, cur = [], ""
    for ch in text:
        if cur and len((cur + ch).encode(charset)) > max_bytes:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _qenc(b):
    return "".join(chr(c) if c in Q_SAFE else ("_" if c == 32 else "=%02X" % c) for c in b)


def encoded_words(text, charset, enc):
    cs = charset
    words = []
    if enc == "B":
        for ch in _chunks(text, cs, 42 if cs == "utf-8" else 45):
            words.append("=?%s?B?%s?=" % (cs, base64.b64encode(ch.encode(cs)).decode("ascii")))
    else:
        cur = ""
        for ch in text:
            piece = _qenc(ch.encode(cs))
            if len(cur) + len(piece) > 75 - 7 - len(cs):
                words.append("=?%s?Q?%s?=" % (cs, cur))
                cur = ""
            cur += piece
        if cur:
            words.append("=?%s?Q?%s?=" % (cs, cur))
    return words


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fold_words(name, words):
    """Fold a header made of tokens, keeping lines under ~76 chars."""
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def one_word(text, cs, enc):
    """A single encoded word (display names: never split, see encode_phrase)."""
    b = text.encode(cs)
    if enc == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode("ascii"))
    return "=?%s?Q?%s?=" % (cs, _qenc(b))


def encode_phrase(name, cs, enc, force=False):
    """Encode a display name the way common MUAs do: only runs of words that need it, one encoded word
    per run, so that no two encoded words are adjacent (parsers disagree on the whitespace between them)."""
    if force or any(c in name for c in ',;:"@()<>[]'):
        return one_word(name, cs, enc)
    out, run = [], []
    for tok in name.split(" "):
        if is_ascii(tok):
            if run:
                out.append(one_word(" ".join(run), cs, enc))
                run = []
            out.append(tok)
        else:
            run.append(tok)
    if run:
        out.append(one_word(" ".join(run), cs, enc))
    return " ".join(out)


def fmt_addr(name, addr, plan):
    if not name:
        return addr
    if not is_ascii(name) or plan.get("enc_names"):
        cs = "iso-8859-1" if plan["hcs"] == "iso-8859-1" and _enc_ok(name, "iso-8859-1") else "utf-8"
        return encode_phrase(name, cs, plan["henc"], force=plan.get("enc_names") and is_ascii(name)) + f" <{addr}>"
    if any(c in name for c in ',.;:()"@'):
        return '"%s" <%s>' % (name.replace('"', ""), addr)
    return f"{name} <{addr}>"


def _enc_ok(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def subject_header(subject, plan):
    if is_ascii(subject) and not plan.get("enc_subject"):
        return fold_words("Subject", subject.split(" "))
    cs = plan["hcs"] if _enc_ok(subject, plan["hcs"]) else "utf-8"
    return fold_words("Subject", encoded_words(subject, cs, plan["henc"]))


def addr_header(name, addrs, plan):
    toks = [fmt_addr(n, a, plan) for n, a in addrs]
    toks = [t + "," for t in toks[:-1]] + toks[-1:]
    return fold_words(name, " ".join(toks).split(" "))


# ---------------------------------------------------------------- bodies

def text_to_html(text, flavour, charset, lang):
    esc = htmlmod.escape
    blocks = text.split("\n\n")
    parts = []
    for b in blocks:
        lines = b.split("\n")
        if all(ln.startswith(">") for ln in lines if ln):
            inner = "<br>\n".join(esc(ln.lstrip("> ").rstrip()) for ln in lines)
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                         f"{inner}</blockquote>")
        elif flavour == "outlook":
            parts.append("\n".join(f'<p class="MsoNormal">{esc(ln) or "&nbsp;"}</p>' for ln in lines)
                         + '\n<p class="MsoNormal">&nbsp;</p>')
        else:
            parts.append("<div>" + "<br>\n".join(esc(ln) for ln in lines) + "</div>\n<div><br></div>")
    body = "\n".join(parts)
    return wrap_html(body, flavour, charset, lang)


def wrap_html(body, flavour, charset, lang):
    if flavour == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<style>p.MsoNormal{margin:0;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
                "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}</style>\n"
                f'</head>\n<body lang="{"FR-CA" if lang == "fr" else "EN-CA"}">\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    return (f'<html><head><meta charset="{charset}"></head><body>\n<div dir="ltr">\n{body}\n</div>\n'
            "</body></html>\n")


def table_html(rows, header=True):
    out = ['<table border="1" cellspacing="0" cellpadding="3">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{htmlmod.escape(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def encode_body(data, cte):
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data, quotetabs=False) + (b"" if data.endswith(b"\n") else b"\n")
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def text_part(text, subtype, charset, cte, extra=""):
    data = text.replace("\r\n", "\n").encode(charset)
    hdr = [f'Content-Type: text/{subtype}; charset="{charset}"{extra}', f"Content-Transfer-Encoding: {cte}"]
    return hdr, encode_body(data, cte)


def filename_params(fn, style, disp):
    """Content-Disposition / Content-Type name params for a file name."""
    if style == "plain" and is_ascii(fn):
        return f'{disp};\n filename="{fn}"', f'name="{fn}"'
    q = urllib.parse.quote(fn.encode("utf-8"), safe="")
    if style == "cont" and len(q) > 40:
        segs = [q[i:i + 40] for i in range(0, len(q), 40)]
        # avoid splitting a %XX escape between segments
        fixed, carry = [], ""
        for s in segs:
            s = carry + s
            carry = ""
            cut = s.rfind("%")
            if cut >= len(s) - 2 and cut != -1:
                carry, s = s[cut:], s[:cut]
            fixed.append(s)
        if carry:
            fixed[-1] += carry
        params = ";\n ".join((f"filename*{i}*=utf-8''{s}" if i == 0 else f"filename*{i}*={s}")
                             for i, s in enumerate(fixed))
        return f"{disp};\n {params}", f"name*=utf-8''{q}"
    if style == "2047":
        ew = " ".join(encoded_words(fn, "utf-8", "B"))
        return f"{disp};\n filename*=utf-8''{q}", f'name="{ew}"'
    return f"{disp};\n filename*=utf-8''{q}", f"name*=utf-8''{q}"


# ---------------------------------------------------------------- renderer

class Renderer:
    def __init__(self, rng):
        self.rng = rng
        self.nb = 0

    def boundary(self):
        self.nb += 1
        r = self.rng
        kind = r.randrange(3)
        h = "".join(r.choice("0123456789abcdef") for _ in range(24))
        if kind == 0:
            return f"----=_Part_{self.nb}_{h[:10]}.{h[10:]}"
        if kind == 1:
            return f"_000_{h.upper()}HHRMBX0{self.nb % 9}_"
        return f"=_{h}{self.nb:03d}"

    def plan(self, doc, nested=False):
        r, p = self.rng, dict(doc.prefer)
        txt = doc.text + (doc.html or "")
        ascii_only = is_ascii(txt)
        if "body" not in p:
            p["body"] = r.choices(["plain", "alt", "html"], [0.45, 0.35, 0.20])[0]
        if "charset" not in p:
            if doc.lang == "fr":
                p["charset"] = r.choices(["utf-8", "iso-8859-1", "windows-1252"], [0.5, 0.25, 0.25])[0]
            elif ascii_only:
                p["charset"] = r.choices(["us-ascii", "utf-8", "windows-1252", "iso-8859-1"], [0.4, 0.35, 0.15, 0.1])[0]
            else:
                p["charset"] = r.choices(["utf-8", "windows-1252"], [0.7, 0.3])[0]
        if not _enc_ok(txt, p["charset"]):
            p["charset"] = "utf-8"
        if "cte" not in p:
            if ascii_only:
                p["cte"] = r.choices(["7bit", "quoted-printable", "base64"], [0.6, 0.25, 0.15])[0]
            else:
                p["cte"] = r.choices(["8bit", "quoted-printable", "base64"], [0.45, 0.35, 0.20])[0]
        if p["cte"] == "7bit" and not ascii_only:
            p["cte"] = "quoted-printable"
        if nested and p["cte"] == "8bit":
            p["cte"] = "quoted-printable"
        if any(len(ln) > 900 for ln in txt.split("\n")) and p["cte"] in ("7bit", "8bit"):
            p["cte"] = "quoted-printable"
        p.setdefault("crlf", False if nested else r.random() < 0.3)
        p.setdefault("hcs", r.choice(["utf-8", "utf-8", "iso-8859-1"]))
        p.setdefault("henc", r.choice(["B", "Q"]))
        p.setdefault("enc_subject", r.random() < 0.1)
        p.setdefault("enc_names", r.random() < 0.1)
        p.setdefault("flavour", r.choice(["outlook", "gmail"]))
        p.setdefault("preamble", r.random() < 0.5)
        p.setdefault("mailer", r.choice([
            "X-Mailer: Microsoft Outlook 16.0", "User-Agent: Mozilla Thunderbird",
            "X-Mailer: Microsoft Outlook 16.0", None, "X-Mailer: Zimbra 9.0.0_GA_4178"]))
        return p

    # -------------------------------------------------------- parts
    def serialize(self, hdrs, body):
        return ("\n".join(hdrs) + "\n\n").encode("ascii") + body

    def multipart(self, subtype, parts, p):
        b = self.boundary()
        hdr = [f'Content-Type: multipart/{subtype};\n boundary="{b}"']
        body = b""
        if p.get("preamble") and subtype == "mixed":
            body += b"This is a multi-part message in MIME format.\n\n"
        for ph, pb in parts:
            body += f"--{b}\n".encode("ascii") + self.serialize(ph, pb)
            if not body.endswith(b"\n"):
                body += b"\n"
        body += f"--{b}--\n".encode("ascii")
        return hdr, body

    def body_parts(self, doc, p):
        cs = p["charset"]
        mode = p["body"]
        html = doc.html
        if mode in ("html", "alt") and html is None:
            html = text_to_html(doc.text, p["flavour"], cs, doc.lang)
        elif html is not None and "<html" not in html[:200].lower():
            html = wrap_html(html, p["flavour"], cs, doc.lang)
        if mode == "plain":
            return text_part(doc.text, "plain", cs, p["cte"], "; format=flowed" if p.get("flowed") else "")
        if mode == "html":
            return text_part(html, "html", cs, p["cte"])
        cte_h = p["cte"] if p["cte"] != "7bit" else self.rng.choice(["7bit", "quoted-printable"])
        return self.multipart("alternative", [text_part(doc.text, "plain", cs, p["cte"]),
                                              text_part(html, "html", cs, cte_h)], p)

    def att_part(self, a, p):
        r = self.rng
        if isinstance(a, EmlAtt):
            inner = self.render(a.doc, nested=True)
            hdr = ["Content-Type: message/rfc822"]
            if a.filename:
                disp, _ = filename_params(a.filename, a.doc.prefer.get("name_style", "plain"), "attachment")
                hdr.append("Content-Disposition: " + disp)
            else:
                hdr.append("Content-Disposition: inline")
            hdr.append("Content-Transfer-Encoding: 7bit")
            return hdr, inner
        style = a.name_style or ("2231" if not is_ascii(a.filename) and r.random() < 0.6 else
                                 "cont" if not is_ascii(a.filename) else
                                 r.choices(["plain", "2231", "2047"], [0.65, 0.25, 0.10])[0])
        if len(a.filename) > 30 and style == "2231" and r.random() < 0.5:
            style = "cont"
        disp, nparam = filename_params(a.filename, style, "inline" if a.inline else "attachment")
        ctype = a.ctype
        is_text = ctype.startswith("text/")
        cte = a.cte or ("base64" if not is_text else r.choice(["base64", "quoted-printable", "7bit"]))
        data = a.data
        if cte in ("7bit", "8bit"):
            data = data.replace(b"\r\n", b"\n")
            try:
                data.decode("ascii")
            except UnicodeDecodeError:
                cte = "quoted-printable" if cte == "7bit" else cte
        if cte == "quoted-printable":
            data = data.replace(b"\r\n", b"\n")
        hdr = [f"Content-Type: {ctype};\n {nparam}", f"Content-Transfer-Encoding: {cte}",
               "Content-Disposition: " + disp]
        return hdr, encode_body(data, cte)

    # -------------------------------------------------------- message
    def render(self, doc, nested=False):
        p = self.plan(doc, nested)
        hdrs = []
        hdrs.append(addr_header("From", [doc.frm], p))
        hdrs.append(addr_header("To", doc.to, p))
        if doc.cc:
            hdrs.append(addr_header("Cc", doc.cc, p))
        hdrs.append(subject_header(doc.subject, p))
        hdrs.append("Date: " + format_datetime(doc.date))
        hdrs.append("Message-ID: " + doc.msgid)
        if doc.in_reply_to:
            hdrs.append("In-Reply-To: " + doc.in_reply_to)
            hdrs.append("References: " + doc.in_reply_to)
        hdrs.append("MIME-Version: 1.0")
        if p.get("mailer"):
            hdrs.append(p["mailer"])
        if self.rng.random() < 0.4:
            hdrs.append("Content-Language: " + ("fr-CA" if doc.lang == "fr" else "en-CA"))
        hdrs.extend(doc.extra)
        bh, bb = self.body_parts(doc, p)
        if doc.atts:
            parts = [(bh, bb)] + [self.att_part(a, p) for a in doc.atts]
            bh, bb = self.multipart("mixed", parts, p)
        raw = self.serialize(hdrs + bh, bb)
        assert b"\r" not in raw
        if p["crlf"] and not nested:
            raw = raw.replace(b"\n", b"\r\n")
        return raw
