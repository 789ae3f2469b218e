"""Hand-assembled MIME writer with controlled transports.

Every choice (structure, charset, transfer encoding, line ends, header
encodings) is drawn from the message's own random generator, so the output
is byte-identical on every run.
"""
import base64
import email.utils
import hashlib
import html
import quopri
from email.header import Header

from gen_attach import Attachment


class Mail:
    def __init__(self, lang, cat, sender, to, subject, text, cc=(), html_body=None,
                 attachments=(), in_reply_to=None, prefer=None, extra_headers=()):
        self.lang, self.cat = lang, cat
        self.sender, self.to, self.cc = sender, list(to), list(cc)
        self.subject, self.text, self.html = subject, text, html_body
        self.attachments = list(attachments)
        self.in_reply_to = in_reply_to
        self.prefer = prefer or {}
        self.extra_headers = list(extra_headers)


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _can(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def text_to_html(text, lang):
    out, table = [], []

    def flush_table():
        if table:
            out.append('<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:10pt">')
            for i, row in enumerate(table):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(c.strip(), quote=False)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
            table.clear()

    paras = text.split("\n\n")
    for para in paras:
        lines = para.split("\n")
        buf = []
        for ln in lines:
            if " | " in ln:
                if buf:
                    out.append("<p>" + "<br>\n".join(html.escape(b, quote=False) for b in buf) + "</p>")
                    buf = []
                table.append(ln.split(" | "))
            else:
                flush_table()
                if ln.startswith(">"):
                    buf.append(ln)
                else:
                    buf.append(ln)
        flush_table()
        if buf:
            if all(b.startswith(">") for b in buf):
                inner = "<br>\n".join(html.escape(b.lstrip("> ").rstrip(), quote=False) for b in buf)
                out.append('<blockquote style="border-left:2px solid #888;padding-left:6px">' + inner + "</blockquote>")
            else:
                out.append("<p>" + "<br>\n".join(html.escape(b, quote=False) for b in buf) + "</p>")
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="{CS}">\n</head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
            % (lang, "\n".join(out)))


class Builder:
    def __init__(self, rng, idx, domain, date, features):
        self.rng = rng
        self.idx = idx
        self.domain = domain
        self.date = date
        self.features = features  # set, filled as we go
        self.bcount = 0

    # ------------------------------------------------------------ headers
    def _boundary(self):
        self.bcount += 1
        h = hashlib.sha1(f"{self.domain}/{self.idx}/{self.bcount}".encode()).hexdigest()[:24]
        return f"----=_Part_{self.idx:03d}_{self.bcount}_{h}"

    def enc_word(self, s, force_q=None):
        mode = force_q if force_q is not None else self.rng.random() < 0.5
        cs = "utf-8" if (not _can(s, "iso-8859-1") or self.rng.random() < 0.6) else "iso-8859-1"
        h = Header(s, cs, maxlinelen=76, header_name="Subject")
        if mode:
            # Q-encoding requested: Header chooses per charset; emulate by email.charset
            from email import charset as _cs
            c = _cs.Charset(cs)
            c.header_encoding = _cs.QP
            h = Header(s, c, maxlinelen=76, header_name="Subject")
        return h.encode()

    def addr(self, name, address):
        if _is_ascii(name):
            if any(ch in name for ch in ',.;:()"'):
                return f'"{name}" <{address}>'
            return f"{name} <{address}>"
        self.features.add("RFC 2047 encoded names")
        return email.utils.formataddr((name, address), charset="utf-8")

    def headers(self, m, fixed_mid):
        hs = []
        hs.append(("From", self.addr(*m.sender)))
        hs.append(("To", ", ".join(self.addr(*a) for a in m.to)))
        if m.cc:
            hs.append(("Cc", ", ".join(self.addr(*a) for a in m.cc)))
        if _is_ascii(m.subject) and not m.prefer.get("encode_subject"):
            hs.append(("Subject", m.subject))
        else:
            self.features.add("RFC 2047 encoded Subject")
            hs.append(("Subject", self.enc_word(m.subject)))
        hs.append(("Date", email.utils.format_datetime(self.date)))
        hs.append(("Message-ID", fixed_mid))
        if m.in_reply_to:
            hs.append(("In-Reply-To", m.in_reply_to))
            hs.append(("References", m.in_reply_to))
        for k, v in m.extra_headers:
            hs.append((k, v))
        hs.append(("MIME-Version", "1.0"))
        return hs

    # ------------------------------------------------------------ leaves
    def pick_charset(self, text):
        want = self.rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252", "us-ascii"])
        if want == "us-ascii" and not _is_ascii(text):
            want = self.rng.choice(["utf-8", "iso-8859-1", "windows-1252"])
        if want != "utf-8" and not _can(text, want):
            want = "utf-8"
        if _is_ascii(text) and self.rng.random() < 0.5:
            want = "us-ascii"
        return want

    def pick_cte(self, data_is_ascii, maxline):
        if data_is_ascii and maxline < 900:
            c = self.rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
        else:
            c = self.rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
            if maxline >= 900 and c == "8bit":
                c = "quoted-printable"
        return c

    def encode_body(self, raw, cte, text=True):
        """raw: bytes with \n line ends (text) or arbitrary bytes. Return list of lines."""
        self.features.add(cte)
        if cte == "base64":
            if text:
                raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            return base64.encodebytes(raw).decode("ascii").rstrip("\n").split("\n")
        if cte == "quoted-printable":
            enc = quopri.encodestring(raw.replace(b"\r\n", b"\n"), quotetabs=False).decode("ascii")
            return enc.rstrip("\n").split("\n") if enc.endswith("\n") else enc.split("\n")
        txt = raw.replace(b"\r\n", b"\n").decode("latin-1")
        return txt.rstrip("\n").split("\n")

    def text_leaf(self, subtype, text, cs=None, cte=None):
        text = text.replace("\r\n", "\n")
        cs = cs or self.pick_charset(text)
        if subtype == "html":
            text = text.replace("{CS}", cs)
        raw = text.encode(cs)
        maxline = max((len(l) for l in raw.split(b"\n")), default=0)
        cte = cte or self.pick_cte(_is_ascii(text), maxline)
        if cte == "7bit" and (not _is_ascii(text) or maxline > 900):
            cte = "quoted-printable"
        if cte == "8bit" and _is_ascii(text):
            cte = "7bit"
        self.features.add(f"charset {cs}")
        hs = [("Content-Type", f'text/{subtype}; charset="{cs}"' if self.rng.random() < 0.5
               else f"text/{subtype}; charset={cs}"),
              ("Content-Transfer-Encoding", cte)]
        return hs, self.encode_body(raw, cte)

    def fname_params(self, fn):
        if _is_ascii(fn) and self.rng.random() < 0.85:
            return f'filename="{fn}"', f'name="{fn}"'
        self.features.add("RFC 2231 file names")
        enc = email.utils.encode_rfc2231(fn, "utf-8")
        return f"filename*={enc}", f"name*={enc}"

    def attach_leaf(self, a):
        fp, np_ = self.fname_params(a.filename)
        disp = "attachment" if self.rng.random() < 0.9 else "inline"
        feat = {"pdf": "PDF attachment", "docx": "DOCX attachment", "xlsx": "XLSX attachment",
                "csv": "CSV attachment", "ics": "ICS attachment", "vcf": "vCard attachment",
                "zip": "ZIP attachment", "eml": "attached message/rfc822", "txt": "text attachment"}[a.kind]
        self.features.add(feat)
        if a.kind == "eml":
            inner = a.data.decode("latin-1")  # bytes preserved one-to-one
            is8 = any(ord(ch) > 127 for ch in inner)
            hs = [("Content-Type", "message/rfc822"),
                  ("Content-Disposition", f"{disp}; {fp}")]
            if is8:
                hs.append(("Content-Transfer-Encoding", "8bit"))
                self.features.add("8bit")
            return hs, inner.replace("\r\n", "\n").rstrip("\n").split("\n")
        if isinstance(a.data, str):
            text = a.data
            cs = "utf-8" if not _is_ascii(text) else self.rng.choice(["utf-8", "us-ascii"])
            if cs == "utf-8" and self.rng.random() < 0.3 and _can(text, "windows-1252"):
                cs = "windows-1252"
            raw = text.encode(cs)
            cte = self.rng.choice(["base64", "quoted-printable"]) if not _is_ascii(text) else \
                self.rng.choice(["base64", "7bit", "quoted-printable"])
            if cte == "7bit" and any(len(l) > 900 for l in raw.split(b"\n")):
                cte = "base64"
            self.features.add(f"charset {cs}")
            extra = "; method=REQUEST" if a.kind == "ics" else ""
            hs = [("Content-Type", f'{a.ctype}; charset="{cs}"{extra}; {np_}'),
                  ("Content-Disposition", f"{disp}; {fp}"),
                  ("Content-Transfer-Encoding", cte)]
            return hs, self.encode_body(raw, cte, text=True)
        hs = [("Content-Type", f"{a.ctype}; {np_}"),
              ("Content-Disposition", f"{disp}; {fp}"),
              ("Content-Transfer-Encoding", "base64")]
        return hs, self.encode_body(a.data, "base64", text=False)

    # ------------------------------------------------------------ assembly
    def multipart(self, subtype, parts):
        b = self._boundary()
        hs = [("Content-Type", f'multipart/{subtype}; boundary="{b}"')]
        body = []
        if self.rng.random() < 0.5:
            body.append("This is a multi-part message in MIME format.")
            body.append("")
        for phs, pbody in parts:
            body.append(f"--{b}")
            body += [f"{k}: {v}" for k, v in phs]
            body.append("")
            body += pbody
        body.append(f"--{b}--")
        body.append("")
        return hs, body

    def build(self, m, mid):
        pref = m.prefer
        html_body = m.html
        if html_body is None:
            html_body = text_to_html(m.text, m.lang)
        kind = pref.get("body") or self.rng.choice(["plain", "plain", "html", "alt", "alt"])
        if kind == "plain":
            self.features.add("plain text")
            main = self.text_leaf("plain", m.text)
        elif kind == "html":
            self.features.add("HTML only")
            main = self.text_leaf("html", html_body)
        else:
            self.features.add("multipart/alternative")
            cs = self.pick_charset(m.text + html_body)
            p1 = self.text_leaf("plain", m.text, cs=cs)
            p2 = self.text_leaf("html", html_body, cs=cs)
            main = self.multipart("alternative", [p1, p2])
        if m.attachments:
            self.features.add("multipart/mixed")
            parts = [main] + [self.attach_leaf(a) for a in m.attachments]
            top = self.multipart("mixed", parts)
        else:
            top = main
        hs = self.headers(m, mid) + top[0]
        lines = []
        for k, v in hs:
            lines += fold_header(k, v)
        lines.append("")
        lines += top[1]
        eol = pref.get("eol") or self.rng.choice(["\r\n", "\n"])
        self.features.add("CRLF line ends" if eol == "\r\n" else "LF line ends")
        out = eol.join(l.rstrip("\r") for l in lines)
        if not out.endswith(eol):
            out += eol
        return out.encode("latin-1")  # every line is ASCII or bytes decoded as latin-1


def _latin_safe(s):
    # Encoded bodies are ASCII, 8bit bodies were decoded as latin-1 -> reversible.
    try:
        s.encode("latin-1")
        return True
    except UnicodeEncodeError:
        return False


def fold_header(k, v):
    line = f"{k}: {v}"
    if "\n" in v:
        parts = v.split("\n")
        return [f"{k}: {parts[0]}"] + [p if p.startswith((" ", "\t")) else " " + p for p in parts[1:]]
    if len(line) <= 78 or k not in ("To", "Cc"):
        return [line]
    out, cur = [], f"{k}:"
    for i, a in enumerate(v.split(", ")):
        piece = a + ("," if i < len(v.split(", ")) - 1 else "")
        if len(cur) + 1 + len(piece) > 78 and cur != f"{k}:":
            out.append(cur)
            cur = " " + piece
        else:
            cur += " " + piece
    out.append(cur)
    return out
