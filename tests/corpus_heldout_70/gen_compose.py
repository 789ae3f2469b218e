# -*- coding: utf-8 -*-
"""Turn a message spec into RFC 5322 bytes with a varied transport."""
import email.utils

import gen_mime as M
from gen_attach import make_pdf, make_docx, make_xlsx, make_zip
from gen_text import to_html

MAILERS = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "Microsoft Outlook 16.0.17928.20114"),
    ("User-Agent", "Mozilla Thunderbird 128.3.1"),
    ("X-Mailer", "iPhone Mail (21H16)"),
    ("User-Agent", "Roundcube Webmail/1.6.7"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF130 (Win)/9.0.0_GA_4583)"),
    None,
]

# transport accounting (filled while writing, reported in README)
STATS = {"form": {}, "charset": {}, "cte": {}, "eol": {}, "hdr": {}, "attach": {}}


def _count(key, val):
    STATS[key][val] = STATS[key].get(val, 0) + 1


def pick_transport(g, lang, force=None):
    t = {}
    t["form"] = g.choice(["plain"] * 9 + ["alt"] * 7 + ["html"] * 4)
    r = g.rng.random()
    if r < 0.48:
        t["charset"] = "utf-8"
    elif r < 0.64:
        t["charset"] = "iso-8859-1"
    elif r < 0.82:
        t["charset"] = "windows-1252"
    else:
        t["charset"] = "us-ascii"
    if t["charset"] == "us-ascii":
        t["cte"] = g.choice(["7bit", "7bit", "7bit", "quoted-printable"])
    elif t["charset"] == "utf-8":
        t["cte"] = g.choice(["quoted-printable", "quoted-printable", "base64", "8bit", "8bit"])
    else:
        t["cte"] = g.choice(["quoted-printable", "quoted-printable", "8bit", "8bit", "base64"])
    t["crlf"] = g.chance(0.5)
    t["hdr_enc"] = g.choice(["b", "q"])
    t["hdr_cs"] = "utf-8" if g.chance(0.7) else "iso-8859-1"
    t["fn_mode"] = g.choice(["plain", "2231", "2231", "2231-cont", "2231-latin1", "bare"])
    if force:
        t.update(force)
    return t


def _cs_case(g):
    mode = g.randint(0, 2)
    if mode == 0:
        return lambda c: c
    if mode == 1:
        return lambda c: c.upper()
    return lambda c: {"utf-8": "UTF-8", "us-ascii": "us-ascii", "iso-8859-1": "ISO-8859-1",
                      "windows-1252": "Windows-1252"}.get(c, c)


def _boundary(g, n):
    style = g.randint(0, 3)
    h = "%016x" % g.rng.getrandbits(64)
    if style == 0:
        return f"----=_Part_{g.randint(1000, 99999)}_{n}.{h[:10]}"
    if style == 1:
        return f"_00{n}_{h.upper()}_"
    if style == 2:
        return f"=_{h}{n}"
    return f"------------{h[:12]}{n}{g.randint(10, 99)}"


def _hdr_cs(t, text):
    return t["hdr_cs"] if M.fit_charset(text, t["hdr_cs"]) == text else "utf-8"


def attachment_to_part(g, att, t):
    kind = att["kind"]
    fn = att["filename"]
    mode = att.get("fn_mode", t["fn_mode"])
    _count("attach", kind)
    if kind == "pdf":
        data = att.get("data") or make_pdf(att["title"], att["blocks"], att.get("author", ""), att.get("compress", True))
        return M.attachment_part(data, "application/pdf", fn, mode)
    if kind == "docx":
        data = att.get("data") or make_docx(att["title"], att["paragraphs"], att.get("tables"), att.get("author", ""))
        return M.attachment_part(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn, mode)
    if kind == "xlsx":
        data = att.get("data") or make_xlsx(att["sheets"], att.get("author", ""))
        return M.attachment_part(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn, mode)
    if kind == "zip":
        data = att.get("data") or make_zip(att["files"])
        return M.attachment_part(data, att.get("ctype", "application/zip"), fn, mode)
    if kind == "csv":
        cs = att.get("charset", "utf-8")
        ctype = att.get("ctype", "text/csv")
        if ctype.startswith("text/"):
            return M.text_attachment(att["text"], ctype, fn, cs, att.get("cte", "base64"), mode)
        data = att["text"].encode(cs)
        return M.attachment_part(data, ctype, fn, mode)
    if kind == "ics":
        return M.text_attachment(att["text"], "text/calendar", fn, "utf-8", att.get("cte", "base64"), mode,
                                 method=att.get("method", "REQUEST"))
    if kind == "vcf":
        return M.text_attachment(att["text"], att.get("ctype", "text/vcard"), fn, "utf-8", att.get("cte", "quoted-printable"), mode)
    if kind == "txt":
        return M.text_attachment(att["text"], "text/plain", fn, att.get("charset", "utf-8"), att.get("cte", "quoted-printable"), mode)
    if kind == "eml":
        inner = compose(g, att["spec"])
        return M.rfc822_part(inner, fn, inline=att.get("inline", False))
    if kind == "bytes":
        return M.attachment_part(att["data"], att["ctype"], fn, mode)
    raise ValueError(kind)


def compose(g, spec, top=True):
    t = pick_transport(g, spec.get("lang", "fr"), spec.get("transport"))
    bn = [0]

    def nb():
        bn[0] += 1
        return _boundary(g, bn[0])

    cs_case = _cs_case(g)
    text = spec["body"]
    html_src = spec.get("html")
    form = t["form"]
    if spec.get("attachments") and form == "html" and g.chance(0.5):
        form = "alt"

    def html_text():
        h = html_src or to_html(text, g, spec.get("html_table"))
        return h

    if form == "plain":
        root, used = M.text_part(text, "plain", t["charset"], t["cte"], cs_case=cs_case,
                                 extra_params="; format=flowed" if g.chance(0.15) else "")
    elif form == "html":
        h = html_text()
        root, used = M.text_part(h, "html", t["charset"], t["cte"], cs_case=cs_case)
        if used != "utf-8":
            root, used = M.text_part(h.replace("charset=utf-8", f"charset={used}"), "html", used, t["cte"], cs_case=cs_case)
    else:
        p1, used = M.text_part(text, "plain", t["charset"], t["cte"], cs_case=cs_case)
        h = html_text()
        cte2 = t["cte"] if g.chance(0.6) else "quoted-printable"
        p2, used2 = M.text_part(h.replace("charset=utf-8", f"charset={used}"), "html", used, cte2, cs_case=cs_case)
        root = M.multipart("alternative", [p1, p2], nb())
    if top:
        _count("form", form)
        _count("charset", used)
        _count("cte", t["cte"] if used == t["charset"] or t["cte"] != "7bit" else "quoted-printable")
        _count("eol", "CRLF" if t["crlf"] else "LF")

    atts = spec.get("attachments") or []
    if atts:
        parts = [root] + [attachment_to_part(g, a, t) for a in atts]
        root = M.multipart(spec.get("multipart", "mixed"), parts, nb(),
                           preamble="This is a multi-part message in MIME format." if g.chance(0.5) else None)

    hdrs = []
    fcs = t["hdr_enc"]
    fn, fa = spec["from"]
    hdrs.append("From: " + M.addr(fn, fa, _hdr_cs(t, fn or ""), fcs))
    hdrs.append(M.header_addrs("To", [M.addr(n, a, _hdr_cs(t, n or ""), fcs) for n, a in spec["to"]]))
    if spec.get("cc"):
        hdrs.append(M.header_addrs("Cc", [M.addr(n, a, _hdr_cs(t, n or ""), fcs) for n, a in spec["cc"]]))
    subj = spec["subject"]
    hdrs.append(M.header_text("Subject", subj, _hdr_cs(t, subj), fcs))
    dt = spec.get("date") or g.msg_datetime()
    hdrs.append("Date: " + email.utils.format_datetime(dt))
    dom = fa.split("@")[1]
    hdrs.append("Message-ID: " + g.msgid(dom))
    if spec.get("reply"):
        ref = g.msgid(spec.get("reply_domain", dom))
        hdrs.append("In-Reply-To: " + ref)
        hdrs.append("References: " + ref)
    mailer = g.choice(MAILERS)
    if mailer:
        hdrs.append(f"{mailer[0]}: {mailer[1]}")
    if g.chance(0.3):
        hdrs.append("Content-Language: " + ("fr-CA" if spec.get("lang") == "fr" else "en-US"))
    if spec.get("importance"):
        hdrs.append("Importance: High")
        hdrs.append("X-Priority: 1")
    for k, v in spec.get("extra_headers", []):
        hdrs.append(M.header_text(k, v, "utf-8", fcs))
    if top:
        _count("hdr", "rfc2047" if any("=?" in h for h in hdrs) else "ascii")
    return M.build_message(hdrs, root, crlf=t["crlf"])
