"""Hand-assembled MIME rendering with deterministic transport choices."""
import base64
import html as htmlmod
import quopri
import random
import urllib.parse
from email.utils import format_datetime

MIME_OF = {
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


# --------------------------------------------------------------------------
# header encoding
# --------------------------------------------------------------------------
_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _qword(chunk_bytes):
    out = []
    for b in chunk_bytes:
        if b == 0x20:
            out.append("_")
        elif b in _QSAFE:
            out.append(chr(b))
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def encode_words(text, charset="utf-8", enc="q", maxlen=60):
    """RFC 2047 encoded-words, never splitting a character."""
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        raw = trial.encode(charset)
        body = _qword(raw) if enc == "q" else base64.b64encode(raw).decode()
        if len(body) > maxlen and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    res = []
    for w in words:
        raw = w.encode(charset)
        body = _qword(raw) if enc == "q" else base64.b64encode(raw).decode()
        res.append(f"=?{charset}?{enc.upper() if enc == 'b' else 'Q'}?{body}?=")
    return "\n ".join(res)


def fold_plain(name, value):
    """Fold an ASCII header at spaces near 76 columns."""
    line = f"{name}: "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() not in (f"{name}:",):
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


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


def addr(name, email, rng, force=False):
    if not name:
        return email
    if is_ascii(name) and not force:
        if any(c in name for c in ',.()<>@;:"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    cs = "iso-8859-1" if can_encode(name, "iso-8859-1") and rng.random() < 0.35 else "utf-8"
    return f"{encode_words(name, cs, rng.choice('qb'))} <{email}>"


# --------------------------------------------------------------------------
# body encoding
# --------------------------------------------------------------------------

def text_to_html(text):
    parts, para, quote = [], [], []

    def flush_para():
        if para:
            parts.append("<p>" + "<br>\n".join(htmlmod.escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "<br>\n".join(htmlmod.escape(x) for x in quote)
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                         + inner + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line[1:].lstrip(" ") if len(line) > 1 else "")
        elif not line.strip():
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%">'
            "</head>\n<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(parts) + "\n</body></html>\n")


def choose_charset(text, lang, rng, allow_ascii=True):
    if lang == "en":
        cands = ["us-ascii", "utf-8", "utf-8", "windows-1252", "iso-8859-1"]
    else:
        cands = ["utf-8", "utf-8", "iso-8859-1", "windows-1252"]
    cs = rng.choice(cands)
    if cs == "us-ascii" and not (allow_ascii and is_ascii(text)):
        cs = "utf-8"
    if not can_encode(text, cs):
        cs = "windows-1252" if can_encode(text, "windows-1252") and rng.random() < 0.4 else "utf-8"
    return cs


def choose_cte(raw, rng, safe7=False):
    ascii_ok = all(b < 128 for b in raw)
    long_line = any(len(l) > 900 for l in raw.split(b"\n"))
    if ascii_ok and not long_line:
        opts = ["7bit", "7bit", "quoted-printable", "base64"]
    else:
        opts = ["8bit", "quoted-printable", "quoted-printable", "base64"]
        if long_line:
            opts = ["quoted-printable", "base64"]
    if safe7:
        opts = [o for o in opts if o not in ("8bit",)] or ["base64"]
    return rng.choice(opts)


def encode_body(raw, cte):
    if cte in ("7bit", "8bit"):
        s = raw.decode("latin-1")
        return s if s.endswith("\n") else s + "\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False).decode("ascii").rstrip("\n") + "\n"
    return base64.encodebytes(raw).decode("ascii")


def disp_params(filename, rng, force2231=False):
    """Content-Disposition filename: plain, quoted, or RFC 2231 (possibly continued)."""
    if is_ascii(filename) and not force2231:
        return f'filename="{filename}"'
    enc = urllib.parse.quote(filename.encode("utf-8"), safe="")
    if len(enc) > 50 and rng.random() < 0.6:
        chunks = [enc[i:i + 40] for i in range(0, len(enc), 40)]
        # do not split a %XX escape
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            carry = ""
            cut = c.rfind("%")
            if cut != -1 and cut > len(c) - 3:
                carry, c = c[cut:], c[:cut]
            fixed.append(c)
        if carry:
            fixed[-1] += carry
        first = f"filename*0*=utf-8''{fixed[0]}"
        rest = [f"filename*{i}*={c}" for i, c in enumerate(fixed[1:], 1)]
        return ";\n ".join([first] + rest)
    return f"filename*=utf-8''{enc}"


# --------------------------------------------------------------------------
# renderer
# --------------------------------------------------------------------------
class Renderer:
    def __init__(self, seed, key, safe7=False, eol=None):
        self.rng = random.Random(f"mime:{seed}:{key}")
        self.key = key
        self.n = 0
        self.seed = seed
        self.safe7 = safe7
        self.eol = eol or self.rng.choice(["\r\n", "\n"])

    def boundary(self):
        self.n += 1
        tag = "".join(self.rng.choice("0123456789abcdef") for _ in range(16))
        style = self.rng.choice(["----=_Part_{n}_{t}", "=_{t}{n}", "------------{t}{n:02d}", "b{n}_{t}"])
        return style.format(n=self.n, t=tag)

    # leaf builders -----------------------------------------------------
    def text_leaf(self, text, subtype, lang, charset=None, extra=None):
        cs = charset or choose_charset(text, lang, self.rng)
        if subtype == "html":
            text = text.replace("%CS%", cs)
        raw = text.encode(cs)
        cte = choose_cte(raw, self.rng, self.safe7)
        hdrs = [f'Content-Type: text/{subtype}; charset="{cs}"' if self.rng.random() < 0.5
                else f"Content-Type: text/{subtype}; charset={cs}",
                f"Content-Transfer-Encoding: {cte}"]
        if extra:
            hdrs += extra
        return hdrs, encode_body(raw, cte)

    def att_leaf(self, att, lang):
        kind = att.kind
        ctype = att.ctype or MIME_OF[kind]
        name_ascii = is_ascii(att.filename)
        force2231 = self.rng.random() < 0.2
        disp = "inline" if (kind in ("ics", "vcf") and self.rng.random() < 0.3) else "attachment"
        dparams = disp_params(att.filename, self.rng, force2231)
        if kind == "eml":
            sub = Renderer(self.seed, self.key + ":inner", safe7=True, eol="\n")
            body = sub.render(att.data, nested=True)
            hdrs = ["Content-Type: message/rfc822",
                    f"Content-Disposition: {disp};\n {dparams}"]
            if not is_ascii(body):
                raise ValueError("nested message must be 7bit")
            return hdrs, body if body.endswith("\n") else body + "\n"
        name_param = (f'; name="{att.filename}"' if name_ascii
                      else f'; name="{encode_words(att.filename, "utf-8", "b", 200)}"'
                      if self.rng.random() < 0.5 else "")
        if isinstance(att.data, str):
            cs = "utf-8" if not is_ascii(att.data) or self.rng.random() < 0.7 else "us-ascii"
            if cs == "utf-8" and can_encode(att.data, "windows-1252") and kind == "csv" and self.rng.random() < 0.4:
                cs = "windows-1252"
            raw = att.data.encode(cs)
            if kind == "ics":
                extra = "; method=REQUEST" if "METHOD:REQUEST" in att.data else ""
                ctline = f'Content-Type: {ctype}; charset="{cs}"{extra}{name_param}'
            else:
                ctline = f'Content-Type: {ctype}; charset="{cs}"{name_param}'
            if kind == "ics" or b"\r" in raw:
                cte = "base64"
            else:
                cte = choose_cte(raw, self.rng, self.safe7)
        else:
            raw = att.data
            ctline = f"Content-Type: {ctype}{name_param}"
            cte = "base64"
        hdrs = [ctline, f"Content-Transfer-Encoding: {cte}",
                f"Content-Disposition: {disp};\n {dparams}"]
        return hdrs, encode_body(raw, cte)

    # assembling ---------------------------------------------------------
    def multipart(self, subtype, parts):
        b = self.boundary()
        hdrs = [f'Content-Type: multipart/{subtype};\n boundary="{b}"']
        out = []
        if self.rng.random() < 0.4:
            out.append("This is a multi-part message in MIME format.\n")
        for ph, pb in parts:
            out.append(f"--{b}\n" + "\n".join(ph) + "\n\n" + pb)
        out.append(f"--{b}--\n")
        return hdrs, "".join((x if x.endswith("\n") else x + "\n") for x in out)

    def body_parts(self, msg):
        mode = msg.mode
        if not mode:
            r = self.rng.random()
            mode = "text" if r < 0.45 else ("alt" if r < 0.85 else "html")
        html = msg.html or text_to_html(msg.text)
        if mode == "text":
            return self.text_leaf(msg.text, "plain", msg.lang)
        if mode == "html":
            return self.text_leaf(html, "html", msg.lang)
        cs = choose_charset(msg.text + html, msg.lang, self.rng)
        return self.multipart("alternative", [self.text_leaf(msg.text, "plain", msg.lang, cs),
                                              self.text_leaf(html, "html", msg.lang, cs)])

    def headers(self, msg):
        rng = self.rng
        h = []
        fname, femail = msg.sender
        h.append("From: " + addr(fname, femail, rng))
        h.append("To: " + ",\n ".join(addr(n, e, rng) for n, e in msg.to))
        if msg.cc:
            h.append("Cc: " + ",\n ".join(addr(n, e, rng) for n, e in msg.cc))
        subj = msg.subject
        if is_ascii(subj) and rng.random() > 0.08:
            h.append(fold_plain("Subject", subj))
        else:
            cs = "iso-8859-1" if can_encode(subj, "iso-8859-1") and rng.random() < 0.3 else "utf-8"
            h.append("Subject: " + encode_words(subj, cs, rng.choice("qb")))
        h.append("Date: " + format_datetime(msg.date))
        h.append("Message-ID: " + msg.msgid)
        for k, v in msg.extra_headers:
            h.append(f"{k}: {v}")
        if rng.random() < 0.5:
            h.append("X-Mailer: " + rng.choice(["Microsoft Outlook 16.0", "Zimbra 9.0 (ZimbraWebClient)",
                                                "Mozilla Thunderbird 115.6", "Apple Mail (2.3774)"]))
        if rng.random() < 0.3:
            h.append("Content-Language: " + ("fr-CA" if msg.lang == "fr" else "en-CA"))
        h.append("MIME-Version: 1.0")
        return h

    def render(self, msg, nested=False):
        top = self.headers(msg)
        bh, bb = self.body_parts(msg)
        if msg.atts:
            parts = [(bh, bb)] + [self.att_leaf(a, msg.lang) for a in msg.atts]
            bh, bb = self.multipart("mixed", parts)
        out = "\n".join(top + bh) + "\n\n" + bb
        if nested:
            return out
        assert "\r" not in out
        return out.replace("\n", self.eol).encode("latin-1")
