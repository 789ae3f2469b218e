"""Turn a message spec into RFC 5322 bytes with a randomly chosen transport."""
import datetime
import hashlib
import html
import re
from email.utils import format_datetime

import gen_mime as M

CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
    "png": "image/png",
}


def text_to_html(text, rng, lang="fr"):
    style = rng.randrange(3)
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       f"\n{inner}\n</blockquote>")
            continue
        body = "<br>\n".join(html.escape(l) for l in lines)
        if style == 0:
            out.append(f'<p class="MsoNormal">{body}</p>')
        elif style == 1:
            out.append(f"<div>{body}</div><div><br></div>")
        else:
            out.append(f"<p>{body}</p>")
    inner = "\n".join(out)
    if style == 0:
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style>\n"
                f"</head>\n<body lang=\"{'FR-CA' if lang == 'fr' else 'EN-CA'}\">\n<div class=\"WordSection1\">\n"
                f"{inner}\n</div>\n</body>\n</html>\n")
    if style == 1:
        return f"<div dir=\"ltr\">\n{inner}\n</div>\n"
    return f"<!DOCTYPE html>\n<html><body style=\"font-family:Arial\">\n{inner}\n</body></html>\n"


def _tz(dt):
    summer = 4 <= dt.month <= 10
    return datetime.timezone(datetime.timedelta(hours=-4 if summer else -5))


def choose_charset(rng, texts, lang, forced=None):
    joined = "".join(t for t in texts if t)
    if forced:
        try:
            joined.encode(forced)
            return forced
        except UnicodeEncodeError:
            return "utf-8"
    if M.is_ascii(joined):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"])
    r = rng.random()
    cs = "utf-8" if r < 0.45 else ("iso-8859-1" if r < 0.68 else "windows-1252")
    try:
        joined.encode(cs)
        return cs
    except UnicodeEncodeError:
        try:
            joined.encode("windows-1252")
            return "windows-1252" if rng.random() < 0.4 else "utf-8"
        except UnicodeEncodeError:
            return "utf-8"


def choose_cte(rng, texts, forced=None):
    if forced:
        return forced
    joined = "".join(t for t in texts if t)
    long_line = any(len(l) > 900 for t in texts if t for l in t.split("\n"))
    if M.is_ascii(joined):
        opts = ["7bit", "7bit", "quoted-printable", "base64"]
    else:
        opts = ["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"]
    c = rng.choice(opts)
    if long_line and c in ("7bit", "8bit"):
        c = "quoted-printable"
    return c


def build(spec, rng, idx_tag):
    lang = spec["lang"]
    text = spec.get("text")
    htm = spec.get("html")
    mode = spec.get("mode")
    if mode is None:
        r = rng.random()
        mode = "plain" if r < 0.45 else ("alt" if r < 0.8 else "html")
    if mode in ("alt", "html") and htm is None:
        htm = text_to_html(text, rng, lang)
    if mode == "plain" and text is None:
        mode = "html"
    if mode == "alt" and text is None:
        mode = "html"
    charset = choose_charset(rng, [text if mode != "html" else None, htm if mode != "plain" else None],
                             lang, spec.get("charset"))
    if htm and charset != "utf-8":
        htm = htm.replace("charset=utf-8", f"charset={charset}")
    cte = choose_cte(rng, [text if mode != "html" else None, htm if mode != "plain" else None],
                     spec.get("cte"))
    if charset == "us-ascii" and cte == "8bit":
        cte = "7bit"
    seed_hex = hashlib.sha256(f"{idx_tag}".encode()).hexdigest()
    bnd_style = rng.randrange(3)

    def boundary(k):
        if bnd_style == 0:
            return f"----=_NextPart_{seed_hex[:3]}_{seed_hex[3:7]}_{k:02d}{seed_hex[8:16].upper()}"
        if bnd_style == 1:
            return f"=_{seed_hex[k:k + 24]}"
        return f"000000000000{seed_hex[k + 10:k + 26]}"

    if mode == "plain":
        body = M.text_part(text, "plain", charset, cte)
    elif mode == "html":
        body = M.text_part(htm, "html", charset, cte)
    else:
        body = M.multipart("alternative", [M.text_part(text, "plain", charset, cte),
                                           M.text_part(htm, "html", charset, cte)], boundary(1))
    atts = spec.get("atts") or []
    fn_style = spec.get("fn_style") or rng.choice(["auto", "auto", "auto", "latin1", "cont"])
    if atts:
        children = [body]
        for a in atts:
            kind = a["kind"]
            fn = a.get("filename")
            if kind == "eml":
                children.append(M.rfc822_part(a["data"], fn, fn_style))
            elif kind == "text":
                tcs = a.get("charset") or ("utf-8" if not M.is_ascii(a["text"]) else "us-ascii")
                tcte = a.get("cte") or ("base64" if rng.random() < 0.5 else "quoted-printable")
                children.append(M.text_part(a["text"], a["ctype"].split("/")[1], tcs, tcte,
                                            filename=fn, disposition=a.get("disp", "attachment"),
                                            fn_style=fn_style, ctype=a["ctype"],
                                            extra_params=a.get("params", "")))
            else:
                children.append(M.binary_part(a["data"], a.get("ctype") or CTYPES[kind], fn,
                                              a.get("disp", "attachment"), fn_style,
                                              with_name=rng.random() < 0.7))
        root = M.multipart("mixed", children, boundary(2))
    else:
        root = body

    hcs = charset if charset not in ("us-ascii",) else "utf-8"
    henc = rng.choice(["B", "Q"])
    dt = spec["date"].replace(tzinfo=_tz(spec["date"]))
    dom = spec["from"][1].split("@")[1]
    headers = []
    headers.append(M.address_header("From", [spec["from"]], hcs, henc))
    headers.append(M.address_header("To", spec["to"], hcs, henc))
    if spec.get("cc"):
        headers.append(M.address_header("Cc", spec["cc"], hcs, henc))
    headers.append(M.unstructured("Subject", spec["subject"], hcs, henc))
    headers.append("Date: " + format_datetime(dt))
    headers.append(f"Message-ID: <{seed_hex[:20]}.{seed_hex[20:28]}@{dom}>")
    if spec.get("in_reply_to"):
        headers.append(f"In-Reply-To: <{spec['in_reply_to']}>")
        headers.append(f"References: <{spec['in_reply_to']}>")
    mailer = rng.randrange(5)
    if mailer == 0:
        headers.append("X-Mailer: Microsoft Outlook 16.0")
    elif mailer == 1:
        headers.append("User-Agent: Mozilla Thunderbird")
    elif mailer == 2:
        headers.append("X-MS-Has-Attach: " + ("yes" if atts else ""))
    if rng.random() < 0.4:
        headers.append(f"Content-Language: {'fr-CA' if lang == 'fr' else 'en-CA'}")
    for h in spec.get("headers", []):
        headers.append(h)
    linesep = spec.get("linesep") or ("\r\n" if rng.random() < 0.5 else "\n")
    data = M.render_message(headers, root, linesep)
    info = {"mode": mode, "charset": charset, "cte": cte, "linesep": "CRLF" if linesep == "\r\n" else "LF",
            "henc": henc, "atts": [a["kind"] for a in atts]}
    return data, info


def inner_eml(spec, rng, tag):
    """An embedded message, always LF, for message/rfc822 parts or .eml files."""
    s = dict(spec)
    s["linesep"] = "\n"
    s.setdefault("mode", "plain")
    data, _ = build(s, rng, tag)
    return data
