"""Hand-rolled MIME serializer so that every transport detail is under control
(charsets, transfer encodings, RFC 2047 headers, RFC 2231 file names, line endings)."""
import base64
import binascii
import email.utils
import html
import html.entities
import re
import urllib.parse


# ---------------------------------------------------------------- header encoding
def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(text, charset="utf-8", enc="B", first_len=0):
    """Return RFC 2047 encoded words (list) for text, each <= 75 chars."""
    words, cur = [], ""
    prefix = f"=?{charset}?{enc}?"
    limit = 75 - len(prefix) - 2

    def enc_piece(s):
        raw = s.encode(charset)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for b in raw:
            ch = chr(b)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and b < 128:
                out.append(ch)
            elif ch in "!*+-/" and b < 128:
                out.append(ch)
            else:
                out.append(f"={b:02X}")
        return "".join(out)

    for ch in text:
        trial = cur + ch
        if len(enc_piece(trial)) > limit and cur:
            words.append(prefix + enc_piece(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + enc_piece(cur) + "?=")
    return words


def encode_header_value(value, charset="utf-8", enc="B"):
    if _is_ascii(value):
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return "\n ".join(encoded_words(value, charset, enc))


def fold_ascii(name, value):
    """Fold a long ascii header value at spaces."""
    line = f"{name}: "
    out = []
    for tok in value.split(" "):
        if len(line) + len(tok) + 1 > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip())
            line = " " + tok + " "
        else:
            line += tok + " "
    out.append(line.rstrip())
    return "\n".join(out)


def format_address(name, addr, charset="utf-8", enc="B"):
    if not name:
        return addr
    if _is_ascii(name):
        if re.search(r'[,.;:@()<>"\[\]]', name):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return f"{name} <{addr}>"
    return f"{encode_phrase(name, charset, enc)} <{addr}>"


def encode_phrase(value, charset="utf-8", enc="B"):
    """Encode a display name, splitting encoded words only after spaces (some parsers
    insert a space between adjacent encoded words inside a phrase)."""
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    chunks, cur = [], ""
    for tok in value.split(" "):
        trial = (cur + " " + tok) if cur else tok
        if cur and len(encoded_words(trial, charset, enc)) > 1:
            chunks.append(cur + " ")
            cur = tok
        else:
            cur = trial
    chunks.append(cur)
    words = []
    for c in chunks:
        words.extend(encoded_words(c, charset, enc))
    return "\n ".join(words)


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers = headers  # list of (name, raw ascii value)
        self.body = body        # bytes (already transfer-encoded)
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def to_bytes(self):
        lines = []
        for name, val in self.headers:
            if "\n" in val:
                lines.append(f"{name}: {val}")
            else:
                lines.append(fold_ascii(name, val) if len(name) + len(val) > 76 and " " in val else f"{name}: {val}")
        head = ("\n".join(lines) + "\n\n").encode("ascii")
        if self.children is None:
            return head + self.body
        out = [head]
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\n")
        for ch in self.children:
            out.append(b"--" + self.boundary.encode() + b"\n")
            cb = ch.to_bytes()
            if not cb.endswith(b"\n"):
                cb += b"\n"
            out.append(cb)
        out.append(b"--" + self.boundary.encode() + b"--\n")
        return b"".join(out)


def _qp(data):
    enc = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return enc


def _b64(data):
    s = base64.b64encode(data).decode("ascii")
    return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode("ascii")


def transfer_encode(data, cte):
    if cte == "base64":
        return _b64(data)
    if cte == "quoted-printable":
        out = _qp(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def text_part(text, subtype, charset, cte, extra_headers=None):
    text = text.replace("\r\n", "\n")
    data = text.encode(charset)
    if cte == "7bit":
        assert all(b < 128 for b in data)
    hdrs = [("Content-Type", f'text/{subtype}; charset="{charset}"' if charset != "us-ascii" or subtype != "plain" or True else ""),
            ("Content-Transfer-Encoding", cte)]
    if extra_headers:
        hdrs.extend(extra_headers)
    return Part(hdrs, transfer_encode(data, cte))


def filename_params(filename, style, r):
    """Return Content-Type name param and Content-Disposition filename param strings."""
    if _is_ascii(filename) and style != "2231":
        q = filename.replace('"', "")
        return f'name="{q}"', f'filename="{q}"'
    enc = urllib.parse.quote(filename.encode("utf-8"), safe="")
    if style == "2231cont" or len(enc) > 60:
        chunks = [enc[i:i + 50] for i in range(0, len(enc), 50)]
        # do not split a %XX escape
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
        parts = []
        for i, c in enumerate(fixed):
            if i == 0:
                parts.append(f"filename*0*=utf-8''{c}")
            else:
                parts.append(f"filename*{i}*={c}")
        disp = ";\n ".join(parts)
    else:
        disp = f"filename*=utf-8''{enc}"
    # many clients also put an RFC 2047 encoded name on Content-Type
    name = 'name="%s"' % " ".join(encoded_words(filename, "utf-8", "B")) if r.random() < 0.6 else \
        f"name*=utf-8''{enc}"
    return name, disp


def attachment_part(filename, ctype, data, r, cte="base64", inline=False, fname_style=None):
    if fname_style is None:
        fname_style = "2231" if not _is_ascii(filename) else ("plain" if r.random() < 0.85 else "2231")
    name_p, disp_p = filename_params(filename, fname_style, r)
    disp = "inline" if inline else "attachment"
    hdrs = [("Content-Type", f"{ctype};\n {name_p}"),
            ("Content-Disposition", f"{disp};\n {disp_p}"),
            ("Content-Transfer-Encoding", cte)]
    return Part(hdrs, transfer_encode(data, cte))


def rfc822_part(inner_bytes, filename=None, r=None):
    hdrs = [("Content-Type", "message/rfc822")]
    if filename:
        _, disp_p = filename_params(filename, "plain" if _is_ascii(filename) else "2231", r)
        hdrs.append(("Content-Disposition", f"attachment;\n {disp_p}"))
    else:
        hdrs.append(("Content-Disposition", "inline"))
    cte = "7bit" if all(b < 128 for b in inner_bytes) else "8bit"
    hdrs.append(("Content-Transfer-Encoding", cte))
    return Part(hdrs, inner_bytes if inner_bytes.endswith(b"\n") else inner_bytes + b"\n")


def multipart(subtype, children, boundary, preamble=None):
    return Part([("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"')],
                children=children, boundary=boundary, preamble=preamble)


# ---------------------------------------------------------------- html helpers
def text_to_html(text, r, style=None, entities=False, charset="utf-8"):
    style = r.randrange(3) if style is None else style

    def esc(s):
        s = html.escape(s, quote=False)
        if entities:
            out = []
            for c in s:
                if ord(c) < 128:
                    out.append(c)
                elif ord(c) in html.entities.codepoint2name and r.random() < 0.7:
                    out.append("&%s;" % html.entities.codepoint2name[ord(c)])
                else:
                    out.append("&#%d;" % ord(c))
            s = "".join(out)
        return s

    paras = text.split("\n\n")
    if style == 0:  # Outlook-like
        body = "\n".join(
            '<p class="MsoNormal">' + "<br>\n".join(esc(l) for l in p.split("\n")) + "<o:p></o:p></p>"
            for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="FR-CA" link="#0563C1">\n<div class="WordSection1">\n'
                + body + "\n</div>\n</body>\n</html>\n")
    if style == 1:  # Gmail-like
        body = "\n".join("<div>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</div><div><br></div>"
                         for p in paras)
        return '<div dir="ltr">\n' + body + "\n</div>\n"
    body = "\n".join("<p>" + "<br/>\n".join(esc(l) for l in p.split("\n")) + "</p>" for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta charset="' + charset + '"><title></title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n' + body + "\n</body></html>\n")


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, row in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def date_header(d):
    return email.utils.format_datetime(d)
