"""Document blocks -> text/HTML, and hand-assembled, deterministic MIME messages."""
import base64
import email.charset
import email.quoprimime
import email.utils
import html as _html
import urllib.parse
from email.header import Header

# ====================================================================== blocks
# ("p", text) | ("table", header, rows) | ("quote", intro, blocks) | ("fwd", hdr_lines, blocks)
# ("sig", text) | ("pre", text) | ("list", items)


def _table_text(header, rows, style):
    rows = [[str(c) for c in r] for r in rows]
    if header:
        header = [str(c) for c in header]
    if style == "pipe":
        out = []
        if header:
            out.append(" | ".join(header))
            out.append("-" * min(100, len(out[0])))
        out += [" | ".join(r) for r in rows]
        return "\n".join(out)
    if style == "tab":
        out = ["\t".join(header)] if header else []
        out += ["\t".join(r) for r in rows]
        return "\n".join(out)
    if style == "dash":
        out = []
        for r in rows:
            out.append("- " + " — ".join(c for c in r if c))
        return "\n".join(out)
    # aligned
    allr = ([header] if header else []) + rows
    w = [max(len(r[i]) if i < len(r) else 0 for r in allr) for i in range(max(len(r) for r in allr))]
    out = []
    for k, r in enumerate(allr):
        out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if header and k == 0:
            out.append("  ".join("-" * x for x in w))
    return "\n".join(out)


def render_text(blocks, table_style="aligned"):
    parts = []
    for b in blocks:
        k = b[0]
        if k == "p" or k == "pre":
            parts.append(b[1])
        elif k == "list":
            parts.append("\n".join(f"- {x}" for x in b[1]))
        elif k == "table":
            parts.append(_table_text(b[1], b[2], table_style))
        elif k == "sig":
            parts.append("-- \n" + b[1] if b[1] else "")
        elif k == "quote":
            inner = render_text(b[2], table_style)
            q = "\n".join(("> " + ln) if ln else ">" for ln in inner.split("\n"))
            parts.append(b[1] + "\n" + q)
        elif k == "fwd":
            inner = render_text(b[2], table_style)
            parts.append("\n".join(b[1]) + "\n\n" + inner)
    return "\n\n".join(p for p in parts if p is not None) + "\n"


def _h(s):
    return _html.escape(s, quote=False).replace("\n", "<br>\n")


def render_html_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(f"<p>{_h(b[1])}</p>")
        elif k == "pre":
            out.append(f"<pre>{_html.escape(b[1], quote=False)}</pre>")
        elif k == "list":
            out.append("<ul>\n" + "\n".join(f"<li>{_h(x)}</li>" for x in b[1]) + "\n</ul>")
        elif k == "table":
            rows = []
            if b[1]:
                rows.append("<tr>" + "".join(f"<th style=\"text-align:left;border-bottom:1px solid #999\">{_h(str(c))}</th>" for c in b[1]) + "</tr>")
            for r in b[2]:
                rows.append("<tr>" + "".join(f"<td style=\"padding:2px 8px\">{_h(str(c))}</td>" for c in r) + "</tr>")
            out.append("<table cellspacing=\"0\" style=\"border-collapse:collapse\">\n" + "\n".join(rows) + "\n</table>")
        elif k == "sig":
            out.append(f"<div style=\"color:#555;font-size:9pt\">{_h(b[1])}</div>")
        elif k == "quote":
            out.append(f"<div>{_h(b[1])}</div>\n<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">\n"
                       + render_html_body(b[2]) + "\n</blockquote>")
        elif k == "fwd":
            out.append("<div>" + "<br>\n".join(_h(x) for x in b[1]) + "</div>\n<div>\n" + render_html_body(b[2]) + "\n</div>")
    return "\n".join(out)


def render_html(blocks, charset):
    return ("<html>\n<head>\n"
            f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
            "</head>\n<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + render_html_body(blocks) + "\n</body>\n</html>\n")


# ====================================================================== encoding
CHARSETS = ["utf-8", "utf-8", "utf-8", "utf-8", "iso-8859-1", "iso-8859-1", "windows-1252",
            "windows-1252", "us-ascii"]


def fits(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def fit_charset(text, pref):
    chain = [pref, "iso-8859-1", "windows-1252", "utf-8"]
    if pref == "us-ascii":
        chain = ["us-ascii", "iso-8859-1", "windows-1252", "utf-8"]
    for cs in chain:
        if fits(text, cs):
            return cs
    return "utf-8"


def pick_cte(rng, data_is_ascii):
    if data_is_ascii:
        return rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    return rng.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])


def encode_body(text, charset, cte, nl):
    text = text.replace("\r\n", "\n")
    if cte in ("7bit", "8bit"):
        body = nl.join(text.split("\n"))
        if not body.endswith(nl):
            body += nl
        return body.encode(charset)
    if cte == "quoted-printable":
        s = text.encode(charset).decode("latin-1")
        enc = email.quoprimime.body_encode(s, maxlinelen=76, eol=nl)
        if not enc.endswith(nl):
            enc += nl
        return enc.encode("ascii")
    if cte == "base64":
        raw = "\r\n".join(text.split("\n")).encode(charset)
        return encode_b64(raw, nl)
    raise ValueError(cte)


def encode_b64(raw, nl):
    enc = base64.encodebytes(raw).decode("ascii")
    return nl.join(enc.rstrip("\n").split("\n")).encode("ascii") + nl.encode("ascii")


def enc_header(rng, value, name, nl, force=False):
    """RFC 2047 encode a header value when it is not ASCII (or when force)."""
    if not force and fits(value, "ascii"):
        return value
    choice = rng.choice(["utf8b", "utf8q", "latin1q", "utf8b"])
    if choice == "latin1q" and fits(value, "iso-8859-1"):
        cs = email.charset.Charset("iso-8859-1")
    else:
        cs = email.charset.Charset("utf-8")
        if choice == "utf8q":
            cs.header_encoding = email.charset.QP
    return Header(value, charset=cs, header_name=name).encode(linesep=nl)


_ATOM_OK = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")


def _encoded_word(text, cs, enc):
    raw = text.encode(cs)
    if enc == "b":
        return f"=?{cs}?b?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isalnum() and byte < 128:
            out.append(ch)
        elif ch in "-!*+/" and byte < 128:
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{cs}?q?{''.join(out)}?="


def encode_phrase(rng, name):
    """RFC 2047 display name: plain atoms where possible, one encoded-word per run of words needing it."""
    words = name.split(" ")
    need = [not (w and all(c in _ATOM_OK for c in w)) for w in words]
    cs = "iso-8859-1" if fits(name, "iso-8859-1") and rng.random() < 0.3 else "utf-8"
    enc = rng.choice(["q", "q", "b"])
    out, i = [], 0
    while i < len(words):
        if not need[i]:
            out.append(words[i])
            i += 1
            continue
        j = i
        while j < len(words) and need[j]:
            j += 1
        out.append(_encoded_word(" ".join(words[i:j]), cs, enc))
        i = j
    return " ".join(out)


def fmt_addr(rng, name, addr, nl):
    if not name:
        return addr
    if fits(name, "ascii"):
        return email.utils.formataddr((name, addr))
    if rng.random() < 0.15:
        # whole name as a single encoded-word (common in webmail clients)
        cs = "utf-8"
        return _encoded_word(name, cs, rng.choice(["q", "b"])) + f" <{addr}>"
    return encode_phrase(rng, name) + f" <{addr}>"


def _quote_param(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fname_params(fname, style, nl):
    """Return (content-type params, disposition params) for a file name."""
    ascii_ok = fits(fname, "ascii")
    if ascii_ok and style == "plain":
        return f"name={_quote_param(fname)}", f"filename={_quote_param(fname)}"
    cs = "utf-8"
    if style == "2231latin" and fits(fname, "iso-8859-1"):
        cs = "iso-8859-1"
    enc = urllib.parse.quote(fname.encode(cs), safe="")
    if style == "2231cont" and len(enc) > 30:
        chunks = [enc[i:i + 30] for i in range(0, len(enc), 30)]
        ps = []
        for i, c in enumerate(chunks):
            pre = f"{cs}''" if i == 0 else ""
            ps.append(f"filename*{i}*={pre}{c}")
        disp = (";" + nl + "\t").join(ps)
        return f"name*={cs}''{enc}", disp
    return f"name*={cs}''{enc}", f"filename*={cs}''{enc}"


# ====================================================================== tree
class Leaf:
    def __init__(self, headers, body):
        self.headers = headers  # list of "Name: value" strings (already folded with nl)
        self.body = body        # bytes, ends with nl


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary


def text_leaf(text, subtype, charset, cte, nl, disp=None):
    h = [f'Content-Type: text/{subtype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
    if disp:
        h.append(disp)
    return Leaf(h, encode_body(text, charset, cte, nl))


def render(node, nl):
    nlb = nl.encode()
    if isinstance(node, Leaf):
        return nlb.join(h.encode("ascii") for h in node.headers) + nlb + nlb + node.body
    head = f'Content-Type: multipart/{node.subtype};{nl}\tboundary="{node.boundary}"'
    out = [head.encode("ascii") + nlb + nlb]
    if node.subtype == "mixed":
        out.append(b"This is a multi-part message in MIME format." + nlb + nlb)
    for p in node.parts:
        out.append(b"--" + node.boundary.encode() + nlb)
        out.append(render(p, nl))
    out.append(b"--" + node.boundary.encode() + b"--" + nlb)
    return b"".join(out)


def boundary(rng):
    style = rng.randint(0, 3)
    x = rng.getrandbits(64)
    if style == 0:
        return f"----=_NextPart_000_{x & 0xFFFF:04X}_{x >> 16:012X}"
    if style == 1:
        return f"000000000000{x:016x}"[:28]
    if style == 2:
        return f"=_b{x:016x}"
    return f"Apple-Mail={x:016X}"


# ====================================================================== attachments
MIME_TYPES = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "zip": ("application", "zip"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "vcf": ("text", "vcard"),
    "txt": ("text", "plain"),
}


def attachment_leaf(rng, att, nl):
    """att: dict(kind, filename, data (bytes) or text (str), [method])."""
    kind = att["kind"]
    fstyle = att.get("fstyle") or rng.choice(["plain", "plain", "plain", "2231", "2231cont", "2231latin"])
    ctp, dsp = fname_params(att["filename"], fstyle, nl)
    disp = f"Content-Disposition: attachment;{nl}\t{dsp}"
    if kind == "eml":
        inner = att["data"].replace(b"\r\n", b"\n")
        if nl == "\r\n":
            inner = inner.replace(b"\n", b"\r\n")
        if not inner.endswith(nl.encode()):
            inner += nl.encode()
        try:
            inner.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "8bit"
        h = [f"Content-Type: message/rfc822;{nl}\t{ctp}", f"Content-Transfer-Encoding: {cte}", disp]
        return Leaf(h, inner)
    mt, st = MIME_TYPES[kind]
    if mt == "text":
        text = att["text"]
        cs = fit_charset(text, att.get("charset") or rng.choice(CHARSETS))
        cte = att.get("cte") or pick_cte(rng, fits(text, "ascii"))
        extra = f'; method={att["method"]}' if att.get("method") else ""
        h = [f'Content-Type: text/{st}; charset="{cs}"{extra};{nl}\t{ctp}',
             f"Content-Transfer-Encoding: {cte}", disp]
        return Leaf(h, encode_body(text, cs, cte, nl))
    h = [f"Content-Type: {mt}/{st};{nl}\t{ctp}", "Content-Transfer-Encoding: base64", disp]
    return Leaf(h, encode_b64(att["data"], nl))


# ====================================================================== message
def assemble(rng, spec, msg_date, msg_id, nl=None, form=None):
    """Build a complete RFC 5322 message (bytes) from a spec dict."""
    nl = nl or ("\r\n" if rng.random() < 0.4 else "\n")
    form = form or spec.get("form") or rng.choice(["plain", "plain", "html", "alt", "alt"])
    tstyle = spec.get("table_style") or rng.choice(["aligned", "pipe", "tab", "dash", "aligned"])
    text = render_text(spec["blocks"], tstyle)
    pref = spec.get("charset") or rng.choice(CHARSETS)
    if fits(text, "ascii") and rng.random() < 0.6:
        pref = "us-ascii"  # many clients label pure-ASCII text as us-ascii
    cs = fit_charset(text, pref)
    html = render_html(spec["blocks"], cs)
    cs_h = fit_charset(html, cs)
    cte = spec.get("cte") or pick_cte(rng, fits(text, "ascii") and fits(html, "ascii"))
    if cte == "7bit" and not (fits(text, "ascii") and fits(html, "ascii")):
        cte = "8bit"
    if cte == "8bit" and fits(text, "ascii") and fits(html, "ascii"):
        cte = "7bit"
    if form == "plain":
        body = text_leaf(text, "plain", cs, cte, nl)
    elif form == "html":
        body = text_leaf(html, "html", cs_h, cte, nl)
    else:
        body = Multi("alternative", [text_leaf(text, "plain", cs, cte, nl),
                                     text_leaf(html, "html", cs_h, cte, nl)], boundary(rng))
    atts = spec.get("attachments") or []
    root = body
    if atts:
        root = Multi("mixed", [body] + [attachment_leaf(rng, a, nl) for a in atts], boundary(rng))

    hdr = []
    frm = spec["from"]
    hdr.append("From: " + fmt_addr(rng, frm[0], frm[1], nl))
    hdr.append("To: " + ("," + nl + " ").join(fmt_addr(rng, n, a, nl) for n, a in spec["to"]))
    if spec.get("cc"):
        hdr.append("Cc: " + ("," + nl + " ").join(fmt_addr(rng, n, a, nl) for n, a in spec["cc"]))
    subj = spec["subject"]
    force = rng.random() < 0.08
    hdr.append("Subject: " + enc_header(rng, subj, "Subject", nl, force=force))
    hdr.append("Date: " + email.utils.format_datetime(msg_date))
    hdr.append("Message-ID: " + msg_id)
    for k, v in spec.get("extra_headers", []):
        hdr.append(f"{k}: {v}")
    if rng.random() < 0.5:
        hdr.append("X-Mailer: " + rng.choice(["Microsoft Outlook 16.0", "Thunderbird 115.6.0",
                                               "Apple Mail (2.3731)", "Zimbra 9.0", "Roundcube Webmail/1.6"]))
    if rng.random() < 0.3:
        hdr.append("Content-Language: " + ("fr-CA" if spec["lang"] == "fr" else "en-CA"))
    hdr.append("MIME-Version: 1.0")
    nlb = nl.encode()
    head = nlb.join(h.encode("ascii") for h in hdr) + nlb
    return head + render(root, nl)
