"""Turns a message description into bytes, choosing the transport deterministically."""
import email.utils
import html

from gen_mime import Leaf, Multi, enc_addr, enc_header_text, fit_charset, render_message

CTYPES = {"pdf": "application/pdf",
          "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "csv": "text/csv", "ics": "text/calendar", "vcf": "text/vcard", "zip": "application/zip",
          "eml": "message/rfc822", "txt": "text/plain"}

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.8", "Zimbra 9.0 (ZCS)",
           "Apple Mail (2.3774)", "CAD-Notify 4.2", None, None, None]


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def text_to_html(text, charset):
    """Plain text to a modest Outlook-like HTML body; lines with ' | ' become table rows."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
           '</head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    block, table = [], []

    def flush_block():
        if block:
            out.append("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in block) + "</p>")
            block.clear()

    def flush_table():
        if table:
            out.append('<table border="1" cellpadding="3" style="border-collapse:collapse">')
            for i, row in enumerate(table):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(c.strip(), quote=False), tag)
                                            for c in row.split(" | ")) + "</tr>")
            out.append("</table>")
            table.clear()

    quoting = False
    for line in text.split("\n"):
        if line.startswith(">"):
            if not quoting:
                flush_block()
                flush_table()
                out.append('<blockquote style="border-left:2px solid #99c;padding-left:6px;margin-left:4px">')
                quoting = True
            out.append(html.escape(line.lstrip("> "), quote=False) + "<br>")
            continue
        if quoting:
            out.append("</blockquote>")
            quoting = False
        if " | " in line:
            flush_block()
            table.append(line)
        elif line.strip() == "":
            flush_block()
            flush_table()
        else:
            flush_table()
            block.append(line)
    if quoting:
        out.append("</blockquote>")
    flush_block()
    flush_table()
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def choose_transport(rng, lang, msg):
    """Pick body form, charset, transfer encoding, line ends and file-name style."""
    text = msg["body"] + msg.get("html", "") + msg["subject"]
    ascii_only = is_ascii(text)
    form = msg.get("form") or rng.choice(["plain", "plain", "html", "alt", "alt"])
    if ascii_only:
        charset = rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"])
    elif lang == "fr":
        charset = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    else:
        charset = rng.choice(["utf-8", "utf-8", "windows-1252", "iso-8859-1"])
    charset = msg.get("charset", charset)
    try:
        fit_charset(text, charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if charset == "us-ascii":
        cte = "7bit"
    elif ascii_only:
        cte = rng.choice(["7bit", "quoted-printable", "base64"])
    else:
        cte = rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
    cte = msg.get("cte", cte)
    crlf = msg.get("crlf", rng.random() < 0.4)
    fn_mode = msg.get("fn_mode") or rng.choice(["plain", "plain", "2231", "2231", "2047"])
    return form, charset, cte, crlf, fn_mode


def attachment_leaf(att, rng, fn_mode, charset):
    kind = att["kind"]
    ctype = att.get("ctype") or CTYPES[kind]
    data = att["data"]
    if kind == "eml":
        cte = "8bit" if not _ascii_bytes(data) else "7bit"
        return Leaf(ctype, data, cte=cte, filename=att.get("filename"), fn_mode=fn_mode,
                    disposition="attachment" if att.get("filename") else "inline")
    if isinstance(data, str):
        cs = att.get("charset") or ("utf-8" if not is_ascii(data) else rng.choice(["utf-8", "us-ascii"]))
        cte = att.get("cte") or ("base64" if rng.random() < 0.5 else
                                 ("quoted-printable" if not is_ascii(data) else "7bit"))
        if kind == "ics":
            ctype = ctype + "; method=" + att.get("method", "REQUEST")
        return Leaf(ctype, data, charset=cs, cte=cte, filename=att["filename"], fn_mode=fn_mode,
                    name_param=rng.random() < 0.5)
    return Leaf(ctype, data, cte="base64", filename=att["filename"], fn_mode=fn_mode,
                name_param=rng.random() < 0.6)


def _ascii_bytes(b):
    try:
        b.decode("ascii")
        return True
    except UnicodeDecodeError:
        return False


def compose(msg, rng, idx_tag):
    """msg keys: subject, sender (name, addr), to [(name, addr)], cc, when, body, html (opt),
    attachments (opt), lang, in_reply_to (opt), form/charset/cte/crlf/fn_mode overrides (opt)."""
    lang = msg["lang"]
    form, charset, cte, crlf, fn_mode = choose_transport(rng, lang, msg)
    body = msg["body"]
    bnd = "=_cptv_%s_%08x" % (idx_tag, rng.getrandbits(32))
    plain = Leaf("text/plain", body, charset=charset, cte=cte)
    if form == "plain":
        core = plain
    else:
        hbody = msg.get("html") or text_to_html(body, charset)
        hcte = cte if cte != "7bit" or is_ascii(hbody) else "quoted-printable"
        hleaf = Leaf("text/html", hbody, charset=charset, cte=hcte)
        if form == "html":
            core = hleaf
        else:
            core = Multi("alternative", [plain, hleaf], bnd + "_alt")
    atts = msg.get("attachments") or []
    if atts:
        leaves = [attachment_leaf(a, rng, a.get("fn_mode", fn_mode), charset) for a in atts]
        root = Multi("mixed", [core] + leaves, bnd + "_mix",
                     preamble="This is a multi-part message in MIME format.")
    else:
        root = core
    hcs = charset if charset != "us-ascii" else "utf-8"
    sender = msg["sender"]
    headers = [("From", enc_addr(sender[0], sender[1], hcs)),
               ("To", ", ".join(enc_addr(n, a, hcs) for n, a in msg["to"]))]
    if msg.get("cc"):
        headers.append(("Cc", ", ".join(enc_addr(n, a, hcs) for n, a in msg["cc"])))
    headers.append(("Subject", enc_header_text(msg["subject"], hcs)))
    headers.append(("Date", email.utils.format_datetime(msg["when"])))
    dom = sender[1].split("@")[1]
    headers.append(("Message-ID", "<%s.%08x@%s>" % (msg["when"].strftime("%Y%m%d%H%M%S"),
                                                     rng.getrandbits(32), dom)))
    if msg.get("in_reply_to"):
        headers.append(("In-Reply-To", msg["in_reply_to"]))
        headers.append(("References", msg["in_reply_to"]))
    mailer = rng.choice(MAILERS)
    if mailer:
        headers.append(("X-Mailer", mailer))
    if msg.get("extra_headers"):
        headers.extend(msg["extra_headers"])
    return render_message(headers, root, crlf=crlf)


def nested_message(msg, rng, tag):
    """Bytes of a message to be attached as message/rfc822 (always LF, utf-8 8bit or 7bit)."""
    m = dict(msg)
    m.setdefault("form", "plain")
    m["crlf"] = False
    m.setdefault("charset", "utf-8")
    m.setdefault("cte", "8bit" if not is_ascii(m["body"]) else "7bit")
    return compose(m, rng, tag)
