"""Hand-assembled, byte-deterministic MIME serialisation.

A Mail (gen_common) is rendered as plain text and/or HTML from its blocks and
wrapped with its attachments.  Transport choices (structure, charset, transfer
encoding, line ends) come from a per-message RNG unless forced by the template.
"""
import base64
import hashlib
import html
import quopri
import urllib.parse
from email.header import Header
from email.utils import format_datetime, formataddr

from gen_common import Mail, Att

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.15.0", "Apple Mail (2.3774)",
           "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128)", "Roundcube Webmail/1.6.7", None, None]


# --------------------------------------------------------------------------
# Rendering blocks
# --------------------------------------------------------------------------
def _plain_table(header, rows, style):
    rows = [[("" if v is None else str(v)) for v in r] for r in rows]
    header = [str(h) for h in header]
    if style == "tab":
        return "\n".join("\t".join(r) for r in [header] + rows)
    if style == "pipe":
        return "\n".join("| " + " | ".join(r) + " |" for r in [header] + rows)
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    out = ["  ".join(h.ljust(widths[i]) for i, h in enumerate(header)).rstrip(),
           "  ".join("-" * w for w in widths)]
    for r in rows:
        out.append("  ".join(v.ljust(widths[i]) for i, v in enumerate(r)).rstrip())
    return "\n".join(out)


def _sep(lang):
    return " : " if lang == "fr" else ": "


def render_plain(blocks, tstyle="aligned", lang="en"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "kv":
            out.append("\n".join((f"{k}{_sep(lang)}{v}" if k else str(v)) for k, v in b[1]))
        elif b[0] == "h":
            out.append(b[1].upper() if tstyle == "pipe" else b[1] + "\n" + "-" * len(b[1]))
        elif b[0] == "table":
            out.append(_plain_table(b[1], b[2], tstyle))
        elif b[0] == "pre":
            out.append(b[1])
        elif b[0] == "sig":
            out.append("-- \n" + b[1] if b[2:] and b[2] else b[1])
        elif b[0] == "quote":
            inner = render_plain(b[2], tstyle, lang)
            out.append((b[1] + "\n" if b[1] else "") + "\n".join(("> " + l) if l else ">" for l in inner.split("\n")))
        elif b[0] == "fwd":
            inner = render_plain(b[2], tstyle, lang)
            out.append(b[1][0] + "\n" + "\n".join(b[1][1:]) + "\n\n" + inner)
        else:
            raise ValueError(b[0])
    return "\n\n".join(out) + "\n"


def _h(s):
    return html.escape(s, quote=False).replace("\n", "<br>\n")


def render_html_body(blocks, lang="en"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{_h(b)}</p>")
        elif b[0] == "kv":
            out.append("<p>" + "<br>\n".join((f"<b>{_h(k)}{_sep(lang).rstrip()}</b> {_h(str(v))}" if k else _h(str(v)))
                                            for k, v in b[1]) + "</p>")
        elif b[0] == "h":
            out.append(f"<h3 style=\"font-size:12pt\">{_h(b[1])}</h3>")
        elif b[0] == "table":
            cells = "".join(f"<th style=\"border:1px solid #999;padding:2px 6px\">{_h(str(h))}</th>" for h in b[1])
            rows = [f"<tr>{cells}</tr>"]
            for r in b[2]:
                rows.append("<tr>" + "".join(
                    f"<td style=\"border:1px solid #999;padding:2px 6px\">{_h('' if v is None else str(v))}</td>"
                    for v in r) + "</tr>")
            out.append("<table style=\"border-collapse:collapse\">\n" + "\n".join(rows) + "\n</table>")
        elif b[0] == "pre":
            out.append(f"<pre>{html.escape(b[1], quote=False)}</pre>")
        elif b[0] == "sig":
            out.append(f"<p style=\"color:#555;font-size:90%\">{_h(b[1])}</p>")
        elif b[0] == "quote":
            intro = f"<div>{_h(b[1])}</div>\n" if b[1] else ""
            out.append(intro + "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">\n"
                       + render_html_body(b[2], lang) + "\n</blockquote>")
        elif b[0] == "fwd":
            out.append("<div style=\"border-top:1px solid #b5c4df;padding-top:3pt\">" + _h("\n".join(b[1]))
                       + "</div>\n" + render_html_body(b[2], lang))
    return "\n".join(out)


def render_html(blocks, lang, charset):
    return (f"<html lang=\"{lang}\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">"
            f"</head>\n<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + render_html_body(blocks, lang) + "\n</body></html>\n")


# --------------------------------------------------------------------------
# Encoding helpers
# --------------------------------------------------------------------------
def _lf(b):
    return b.replace(b"\r\n", b"\n")


def encode_body(data, cte, eol):
    e = eol.encode()
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", e)
    if cte == "quoted-printable":
        enc = quopri.encodestring(_lf(data))
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc.replace(b"\n", e)
    data = _lf(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data.replace(b"\n", e)


def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_words(s, charset, name, eol):
    if _is_ascii(s):
        return fold_ascii(s, len(name) + 2, eol)
    if not _fits(s, charset):
        charset = "utf-8"
    return Header(s, charset, header_name=name).encode(linesep=eol)


def fold_ascii(s, start, eol, width=78):
    words, lines, cur = s.split(" "), [], ""
    budget = width - start
    for w in words:
        cand = (cur + " " + w) if cur else w
        if len(cand) > budget and cur:
            lines.append(cur)
            cur, budget = w, width - 1
        else:
            cur = cand
    lines.append(cur)
    return (eol + " ").join(lines)


def fmt_addr(name, addr, charset):
    if not name:
        return addr
    if _is_ascii(name):
        return formataddr((name, addr))
    if not _fits(name, charset):
        charset = "utf-8"
    return Header(name, charset).encode() + f" <{addr}>"


def fmt_addrs(lst, charset, eol):
    return ("," + eol + " ").join(fmt_addr(n, a, charset) for n, a in lst)


def _fn_params(fn, rfc2231):
    if _is_ascii(fn) and not rfc2231:
        return f'; filename="{fn}"', f'; name="{fn}"'
    q = urllib.parse.quote(fn, safe="")
    nm = Header(fn, "utf-8").encode().replace("\n", "").replace("\r", "") if not _is_ascii(fn) else fn
    return f"; filename*=utf-8''{q}", f'; name="{nm}"'


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers      # list of (name, value)
        self.body = body            # already encoded bytes (leaf)
        self.children = children or []
        self.boundary = boundary

    def to_bytes(self, eol):
        e = eol.encode()
        out = b"".join(f"{n}: {v}".encode() + e for n, v in self.headers) + e
        if self.children:
            out += b"This is a multi-part message in MIME format." + e + e
            for ch in self.children:
                out += b"--" + self.boundary.encode() + e + ch.to_bytes(eol)
                if not out.endswith(e):
                    out += e
            out += b"--" + self.boundary.encode() + b"--" + e
        else:
            out += self.body
        return out


def text_leaf(subtype, text, charset, cte, eol):
    data = text.encode(charset)
    return Part([("Content-Type", f"text/{subtype}; charset=\"{charset}\""),
                 ("Content-Transfer-Encoding", cte)], encode_body(data, cte, eol))


def _fits(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def choose_transport(mail, rng):
    f = mail.force
    plain_probe = render_plain(mail.blocks, "aligned", mail.lang)
    structure = f.get("structure") or rng.choices(["plain", "alt", "html"], [45, 35, 20])[0]
    charset = f.get("charset") or rng.choices(["utf-8", "iso-8859-1", "windows-1252", "us-ascii"],
                                               [45, 20, 20, 15])[0]
    if not _fits(plain_probe + mail.subject, charset):
        charset = "windows-1252" if charset == "us-ascii" and _fits(plain_probe, "windows-1252") else "utf-8"
        if not _fits(plain_probe, charset):
            charset = "utf-8"
    ascii_text = _is_ascii(plain_probe)
    if "cte" in f:
        cte = f["cte"]
    elif ascii_text:
        cte = rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    else:
        cte = rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
    if cte == "7bit" and not ascii_text:
        cte = "quoted-printable"
    eol = f.get("eol") or rng.choices(["\n", "\r\n"], [60, 40])[0]
    tstyle = f.get("tstyle") or rng.choice(["aligned", "pipe", "tab"])
    rfc2231 = f.get("rfc2231", rng.random() < 0.3)
    return dict(structure=structure, charset=charset, cte=cte, eol=eol, tstyle=tstyle, rfc2231=rfc2231)


def attachment_part(att, eol, rfc2231, rng, tp):
    fn = att.filename
    disp, nm = _fn_params(fn, rfc2231)
    if isinstance(att.data, Mail):
        inner = build_message(att.data, rng, eol=eol)
        cte = "7bit" if all(b < 128 for b in inner) else "8bit"
        return Part([("Content-Type", "message/rfc822" + nm),
                     ("Content-Disposition", "attachment" + disp),
                     ("Content-Transfer-Encoding", cte)], inner if inner.endswith(eol.encode()) else inner + eol.encode())
    data = att.data
    if att.text:
        ascii_data = all(b < 128 for b in data)
        cte = rng.choice(["base64", "quoted-printable", "7bit" if ascii_data else "8bit"])
        ctype = att.ctype
        if "charset" not in ctype and ctype.startswith("text/"):
            ctype += "; charset=\"utf-8\""
    else:
        cte, ctype = "base64", att.ctype
    return Part([("Content-Type", ctype + nm), ("Content-Disposition", "attachment" + disp),
                 ("Content-Transfer-Encoding", cte)], encode_body(data, cte, eol))


def build_message(mail, rng, eol=None, msgid=None, tag="m"):
    tp = choose_transport(mail, rng)
    if eol:
        tp["eol"] = eol
    eol, cs, cte = tp["eol"], tp["charset"], tp["cte"]
    plain = render_plain(mail.blocks, tp["tstyle"], mail.lang)
    body_parts = []
    if tp["structure"] in ("plain", "alt"):
        body_parts.append(text_leaf("plain", plain, cs, cte, eol))
    if tp["structure"] in ("html", "alt"):
        hcte = cte if tp["structure"] == "html" else rng.choice(["quoted-printable", "base64", cte])
        if hcte == "7bit" and not _is_ascii(plain):
            hcte = "quoted-printable"
        body_parts.append(text_leaf("html", render_html(mail.blocks, mail.lang, cs), cs, hcte, eol))
    seed = hashlib.sha256(f"{tag}|{mail.subject}|{mail.date.isoformat()}".encode()).hexdigest()
    if len(body_parts) == 2:
        body = Part([("Content-Type", f"multipart/alternative; boundary=\"=_alt_{seed[:24]}\"")],
                    children=body_parts, boundary=f"=_alt_{seed[:24]}")
    else:
        body = body_parts[0]
    if mail.attachments:
        kids = [body] + [attachment_part(a, eol, tp["rfc2231"], rng, tp) for a in mail.attachments]
        root = Part([("Content-Type", f"multipart/mixed; boundary=\"----=_Part_{seed[24:48]}\"")],
                    children=kids, boundary=f"----=_Part_{seed[24:48]}")
    else:
        root = body
    hcs = cs if cs != "us-ascii" else "utf-8"
    hdr = [("From", fmt_addrs([mail.sender], hcs, eol)),
           ("To", fmt_addrs(mail.to, hcs, eol))]
    if mail.cc:
        hdr.append(("Cc", fmt_addrs(mail.cc, hcs, eol)))
    hdr += [("Subject", enc_words(mail.subject, hcs, "Subject", eol)),
            ("Date", format_datetime(mail.date)),
            ("Message-ID", msgid or f"<{seed[:16]}.{seed[48:56]}@{mail.sender[1].split('@')[1]}>")]
    hdr += list(mail.headers)
    mailer = rng.choice(MAILERS)
    if mailer:
        hdr.append(("X-Mailer", mailer))
    hdr.append(("Content-Language", "fr-CA" if mail.lang == "fr" else "en-CA"))
    hdr.append(("MIME-Version", "1.0"))
    root.headers = hdr + root.headers
    return root.to_bytes(eol)
