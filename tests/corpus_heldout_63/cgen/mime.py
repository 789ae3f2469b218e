"""Hand-rolled, deterministic MIME writer.

Messages are described by a Mail object holding 'blocks' (paragraphs, tables,
lists, quotes, forwards, signatures) which are rendered to text/plain and/or
text/html, then serialised with a randomly chosen transport: charset,
content-transfer-encoding, multipart layout and line endings.
"""
import base64
import datetime
import html
import quopri
import urllib.parse
from email.header import Header
from email.utils import format_datetime


# ---------------------------------------------------------------- model
class Att:
    def __init__(self, filename, ctype, data, text=False, inline=False):
        self.filename = filename
        self.ctype = ctype      # e.g. 'application/pdf'
        self.data = data        # bytes (or Mail for message/rfc822, or str if text)
        self.text = text        # data is str -> encode with a charset
        self.inline = inline


class Mail:
    def __init__(self, sender, to, subject, blocks, date, lang='fr', cc=None, attachments=None,
                 body_mode=None, in_reply_to=None, mailer=None, importance=None):
        self.sender = sender              # (display name, addr)
        self.to = to                      # list of (name, addr)
        self.cc = cc or []
        self.subject = subject
        self.blocks = blocks
        self.date = date                  # aware datetime
        self.lang = lang
        self.attachments = attachments or []
        self.body_mode = body_mode        # None -> random; 'plain'|'html'|'alt'
        self.in_reply_to = in_reply_to
        self.mailer = mailer
        self.importance = importance


# ---------------------------------------------------------------- block rendering
def _table_text(headers, rows, style):
    allrows = ([headers] if headers else []) + rows
    allrows = [[str(c) for c in r] for r in allrows]
    if style == 'tab':
        return "\n".join("\t".join(r) for r in allrows)
    if style == 'semi':
        return "\n".join(" ; ".join(r) for r in allrows)
    if style == 'bullets':
        out = []
        for r in rows:
            out.append("- " + " – ".join(str(c) for c in r if str(c)))
        if headers:
            out.insert(0, "(" + " / ".join(headers) + ")")
        return "\n".join(out)
    widths = [max(len(r[i]) if i < len(r) else 0 for r in allrows) for i in range(len(allrows[0]))]
    lines = []
    for k, r in enumerate(allrows):
        cells = [r[i].ljust(widths[i]) for i in range(len(r))]
        if style == 'pipe':
            lines.append("| " + " | ".join(cells) + " |")
            if k == 0 and headers:
                lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        else:
            lines.append("  ".join(cells).rstrip())
            if k == 0 and headers:
                lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_text(blocks, rng):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
            continue
        kind = b[0]
        if kind == 'table':
            style = b[3] if len(b) > 3 and b[3] else rng.choice(['pipe', 'tab', 'aligned', 'semi', 'bullets'])
            out.append(_table_text(b[1], b[2], style))
        elif kind == 'list':
            mark = rng.choice(['- ', '* ', '• ', 'o '])
            out.append("\n".join(mark + i for i in b[1]))
        elif kind == 'numlist':
            out.append("\n".join(f"{k}) {i}" for k, i in enumerate(b[1], 1)))
        elif kind == 'pre':
            out.append(b[1])
        elif kind == 'sig':
            out.append(b[1])
        elif kind == 'quote':
            attribution, inner, style = b[1], b[2], (b[3] if len(b) > 3 else 'gt')
            inner_txt = render_text(inner, rng)
            if style == 'gt':
                q = "\n".join(("> " + l) if l else ">" for l in inner_txt.split("\n"))
                out.append(attribution + "\n" + q)
            else:   # outlook-style: header block, no prefix
                out.append("_" * 32 + "\n" + attribution + "\n\n" + inner_txt)
        elif kind == 'fwd':
            sep, hdrs, inner = b[1], b[2], b[3]
            hdr_txt = "\n".join(f"{k} {v}" for k, v in hdrs)
            out.append(sep + "\n" + hdr_txt + "\n\n" + render_text(inner, rng))
        else:
            raise ValueError(kind)
    return "\n\n".join(out).rstrip("\n") + "\n"


def _h(s):
    return html.escape(s, quote=False).replace("\n", "<br>\n")


def render_html(blocks, rng, top=True):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{_h(b)}</p>")
            continue
        kind = b[0]
        if kind == 'table':
            rows = []
            if b[1]:
                rows.append("<tr>" + "".join(f"<th>{_h(str(c))}</th>" for c in b[1]) + "</tr>")
            for r in b[2]:
                rows.append("<tr>" + "".join(f"<td>{_h(str(c))}</td>" for c in r) + "</tr>")
            out.append('<table border="1" cellpadding="3" cellspacing="0">\n' + "\n".join(rows) + "\n</table>")
        elif kind in ('list', 'numlist'):
            tag = 'ul' if kind == 'list' else 'ol'
            out.append(f"<{tag}>\n" + "\n".join(f"<li>{_h(i)}</li>" for i in b[1]) + f"\n</{tag}>")
        elif kind == 'pre':
            out.append(f"<pre>{html.escape(b[1], quote=False)}</pre>")
        elif kind == 'sig':
            out.append(f'<div class="signature" style="color:#555;font-size:9pt">{_h(b[1])}</div>')
        elif kind == 'quote':
            out.append(f"<div>{_h(b[1])}</div>\n<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">\n"
                       + render_html(b[2], rng, top=False) + "\n</blockquote>")
        elif kind == 'fwd':
            hdr = "<br>\n".join(f"<b>{_h(k)}</b> {_h(v)}" for k, v in b[2])
            out.append(f"<div>{_h(b[1])}<br>\n{hdr}</div>\n" + render_html(b[3], rng, top=False))
        else:
            raise ValueError(kind)
    body = "\n".join(out)
    if not top:
        return body
    font = rng.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Segoe UI, sans-serif", "Times New Roman, serif"])
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=__CS__\">\n"
            f"</head>\n<body style=\"font-family:{font};font-size:11pt\">\n{body}\n</body>\n</html>\n")


# ---------------------------------------------------------------- encoding helpers
def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def pick_charset(rng, s, prefer=None):
    if s.isascii():
        return rng.choice(['us-ascii', 'utf-8', 'utf-8', 'iso-8859-1'])
    opts = [prefer] if prefer else []
    opts += [rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])]
    for cs in opts + ['windows-1252', 'utf-8']:
        if cs and can_encode(s, cs):
            return cs
    return 'utf-8'


def encode_body(text, cs, cte):
    data = text.encode(cs)
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    return data


def pick_cte(rng, text):
    if text.isascii():
        return rng.choice(['7bit', '7bit', '7bit', 'quoted-printable'])
    return rng.choice(['quoted-printable', 'quoted-printable', 'base64', '8bit'])


def enc_header(s, rng, cs_pref='utf-8'):
    if s.isascii():
        if len(s) < 70:
            return s
        # fold at whitespace
        words, lines, cur = s.split(' '), [], ''
        for w in words:
            if cur and len(cur) + len(w) + 1 > 70:
                lines.append(cur)
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        lines.append(cur)
        return "\n ".join(lines)
    cs = cs_pref if can_encode(s, cs_pref) else 'utf-8'
    return Header(s, cs).encode(linesep='\n', maxlinelen=76)


def enc_addr(name_addr, rng, cs_pref):
    name, addr = name_addr
    if not name:
        return addr
    if name.isascii():
        if any(c in name for c in ',.;:()@"\''):
            return '"' + name.replace('"', '') + '" <' + addr + '>'
        return f"{name} <{addr}>"
    cs = cs_pref if can_encode(name, cs_pref) else 'utf-8'
    return Header(name, cs).encode(linesep='\n', maxlinelen=76) + f" <{addr}>"


def enc_addrs(lst, rng, cs):
    return ",\n ".join(enc_addr(a, rng, cs) for a in lst)


def filename_params(fn):
    if fn.isascii():
        return f'name="{fn}"', f'filename="{fn}"'
    q = urllib.parse.quote(fn, safe='')
    return f"name*=utf-8''{q}", f"filename*=utf-8''{q}"


# ---------------------------------------------------------------- serialisation
class Part:
    def __init__(self, headers, body=b'', parts=None, boundary=None):
        self.headers = headers      # list of (name, value str)
        self.body = body
        self.parts = parts
        self.boundary = boundary

    def to_bytes(self):
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}".encode('ascii'))
        head = b"\n".join(out) + b"\n\n"
        if self.parts is None:
            body = self.body
            if body and not body.endswith(b"\n"):
                body += b"\n"
            return head + body
        chunks = [head]
        if self.boundary:
            chunks.append(b"This is a multi-part message in MIME format.\n\n")
        for p in self.parts:
            chunks.append(f"--{self.boundary}\n".encode('ascii'))
            chunks.append(p.to_bytes())
            chunks.append(b"\n")
        chunks.append(f"--{self.boundary}--\n".encode('ascii'))
        return b"".join(chunks)


def _boundary(rng, style):
    h = ''.join(rng.choice('0123456789abcdef') for _ in range(24))
    if style == 0:
        return f"----=_Part_{rng.randrange(1000, 99999)}_{h[:10]}.{h[10:]}"
    if style == 1:
        return f"000000000000{h}"
    return f"_=_NextPart_{h[:6]}_{h[6:14]}_{h[14:]}"


def text_part(rng, text, subtype, cs=None, cte=None):
    cs = cs or pick_charset(rng, text)
    cte = cte or pick_cte(rng, text)
    if cs == 'us-ascii' and not text.isascii():
        cs = 'utf-8'
    if cte == '7bit' and not text.isascii():
        cte = 'quoted-printable'
    if subtype == 'html':
        text = text.replace('__CS__', cs)
    body = encode_body(text, cs, cte)
    hdrs = [('Content-Type', f'text/{subtype}; charset="{cs}"'),
            ('Content-Transfer-Encoding', cte)]
    return Part(hdrs, body), cs


def att_part(rng, att, eol_crlf):
    disp = 'inline' if att.inline else 'attachment'
    np, fp = filename_params(att.filename)
    if att.ctype == 'message/rfc822':
        inner = serialize(att.data, rng, eol_crlf=None)   # '\n' form; outer eol applied later
        cte = '7bit' if inner.isascii() else '8bit'
        hdrs = [('Content-Type', f'message/rfc822; {np}'), ('Content-Disposition', f'{disp}; {fp}')]
        if rng.random() < 0.5:
            hdrs.append(('Content-Transfer-Encoding', cte))
        return Part(hdrs, inner)
    if att.text:
        txt = att.data
        cs = pick_charset(rng, txt, prefer=getattr(att, 'charset', None))
        cte = rng.choice(['base64', 'quoted-printable']) if not txt.isascii() else rng.choice(['7bit', 'base64', 'quoted-printable'])
        extra = ''
        if att.ctype == 'text/calendar':
            extra = '; method=REQUEST'
        hdrs = [('Content-Type', f'{att.ctype}; charset="{cs}"{extra}; {np}'),
                ('Content-Disposition', f'{disp}; {fp}'),
                ('Content-Transfer-Encoding', cte)]
        return Part(hdrs, encode_body(txt, cs, cte))
    hdrs = [('Content-Type', f'{att.ctype}; {np}'),
            ('Content-Disposition', f'{disp}; {fp}'),
            ('Content-Transfer-Encoding', 'base64')]
    return Part(hdrs, base64.encodebytes(att.data))


MAILERS = ["Microsoft Outlook 16.0", "Microsoft Exchange Server", "Mozilla Thunderbird 115.8.0",
           "Apple Mail (2.3774.500.171.1.1)", "Roundcube Webmail/1.6.6", "Zimbra 9.0.0_GA"]


def serialize(mail, rng, eol_crlf=None):
    """Return bytes. eol_crlf: True/False to force, None -> '\n' (caller converts)."""
    text = render_text(mail.blocks, rng)
    mode = mail.body_mode or rng.choices(['plain', 'alt', 'html'], weights=[45, 35, 20])[0]
    hdr_cs = rng.choice(['utf-8', 'utf-8', 'iso-8859-1'])
    if mode == 'plain':
        body, cs = text_part(rng, text, 'plain')
    elif mode == 'html':
        body, cs = text_part(rng, render_html(mail.blocks, rng), 'html')
    else:
        cs0 = pick_charset(rng, text)
        cte0 = pick_cte(rng, text)
        p1, _ = text_part(rng, text, 'plain', cs0, cte0)
        p2, _ = text_part(rng, render_html(mail.blocks, rng), 'html', cs0, cte0)
        body = Part([('Content-Type', f'multipart/alternative; boundary="{{B}}"')], parts=[p1, p2])
        body.boundary = _boundary(rng, rng.randrange(3))
        body.headers = [('Content-Type', f'multipart/alternative;\n boundary="{body.boundary}"')]
    if mail.attachments:
        parts = [body] + [att_part(rng, a, eol_crlf) for a in mail.attachments]
        b = _boundary(rng, rng.randrange(3))
        root = Part([('Content-Type', f'multipart/mixed;\n boundary="{b}"')], parts=parts, boundary=b)
    else:
        root = body
    hdrs = []
    dom = mail.sender[1].split('@')[1]
    mid = ''.join(rng.choice('0123456789ABCDEF') for _ in range(20))
    hdrs.append(('Message-ID', f"<{mid}@{dom}>"))
    hdrs.append(('Date', format_datetime(mail.date)))
    hdrs.append(('From', enc_addr(mail.sender, rng, hdr_cs)))
    hdrs.append(('To', enc_addrs(mail.to, rng, hdr_cs)))
    if mail.cc:
        hdrs.append(('Cc', enc_addrs(mail.cc, rng, hdr_cs)))
    hdrs.append(('Subject', enc_header(mail.subject, rng, hdr_cs)))
    if mail.in_reply_to:
        hdrs.append(('In-Reply-To', mail.in_reply_to))
        hdrs.append(('References', mail.in_reply_to))
    hdrs.append(('MIME-Version', '1.0'))
    mailer = mail.mailer or rng.choice(MAILERS + [None, None])
    if mailer:
        hdrs.append(('X-Mailer' if 'Outlook' in mailer or 'Exchange' in mailer or 'Zimbra' in mailer else 'User-Agent', mailer))
    if rng.random() < 0.5:
        hdrs.append(('Content-Language', 'fr-CA' if mail.lang == 'fr' else 'en-CA'))
    if mail.importance:
        hdrs.append(('Importance', mail.importance))
    root.headers = hdrs + root.headers
    raw = root.to_bytes()
    if eol_crlf is True:
        raw = raw.replace(b"\n", b"\r\n")
    return raw
