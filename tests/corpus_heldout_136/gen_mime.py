"""Hand-assembled MIME rendering with fixed boundaries, charsets, encodings and line ends."""
import base64
import email.utils
import html as htmlmod
import quopri
import urllib.parse


class Att:
    def __init__(self, filename, ctype, data=None, msg=None, charset=None, inline=False):
        self.filename, self.ctype, self.data, self.msg = filename, ctype, data, msg
        self.charset, self.inline = charset, inline


class Msg:
    def __init__(self, lang, cat, conf, types, note, frm, to, subject, body, html=None,
                 atts=None, cc=None, ids=None, holders=None, date=None, hints=None,
                 in_reply_to=None):
        self.lang, self.cat, self.conf = lang, cat, conf
        self.types = sorted(set(types))
        self.note = note
        self.frm, self.to, self.cc = frm, list(to), list(cc or [])
        self.subject, self.body, self.html = subject, body, html
        self.atts = list(atts or [])
        self.ids = list(ids or [])
        self.holders = list(holders or [])
        self.date = date
        self.hints = dict(hints or {})
        self.in_reply_to = in_reply_to


# --------------------------------------------------------------------------- header helpers
def _q_word(b):
    out = []
    for x in b:
        c = chr(x)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % x)
    return "".join(out)


def encoded_words(text, charset="utf-8", enc="B", limit=68):
    def ew(chunk):
        b = chunk.encode(charset)
        if enc == "B":
            payload = base64.b64encode(b).decode("ascii")
        else:
            payload = _q_word(b)
        return "=?%s?%s?%s?=" % (charset, enc, payload)

    chunks, cur = [], ""
    for ch in text:
        if cur and len(ew(cur + ch)) > limit:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    return "\n ".join(ew(c) for c in chunks)


def fold_plain(name, value, width=76):
    words = value.split(" ")
    lines, cur = [], name + ": "
    for w in words:
        if len(cur) + len(w) + 1 > width and cur.strip() and not cur.endswith(": "):
            lines.append(cur.rstrip())
            cur = " " + w
        else:
            cur += ("" if cur.endswith(": ") else " ") + w
    lines.append(cur)
    return "\n".join(lines)


def header_text(name, value, tp, force=False):
    needs = not value.isascii()
    if needs or force:
        cs = tp.get("hcs", "utf-8")
        try:
            value.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return "%s: %s" % (name, encoded_words(value, cs, tp.get("henc", "B")))
    return fold_plain(name, value)


def addr(pair, tp):
    name, a = pair
    if not name:
        return a
    if not name.isascii():
        cs = tp.get("hcs", "utf-8")
        try:
            name.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return "%s <%s>" % (encoded_words(name, cs, tp.get("henc", "Q")), a)
    if any(c in name for c in ",.;:()'\"@"):
        return '"%s" <%s>' % (name.replace('"', ""), a)
    return "%s <%s>" % (name, a)


def addr_header(name, pairs, tp):
    return "%s: %s" % (name, ",\n ".join(addr(p, tp) for p in pairs))


# --------------------------------------------------------------------------- body helpers
def text_to_html(body, lang):
    paras = body.split("\n\n")
    out = ['<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">'
           "</head>" % lang, '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(htmlmod.escape(l) for l in lines))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def encode_body(text, charset, cte):
    """Return (encoded bytes with \\n line ends, cte used)."""
    if cte == "base64":
        raw = text.replace("\n", "\r\n").encode(charset)
        return base64.encodebytes(raw), cte
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw), cte
    return raw, cte  # 7bit / 8bit


def choose_charset(text, pref):
    for cs in (pref, "utf-8"):
        if cs == "us-ascii" and not text.isascii():
            continue
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


def choose_cte(text, pref):
    if pref in ("7bit", "8bit"):
        pref = "7bit" if text.isascii() else "8bit"
        if any(len(l) > 900 for l in text.split("\n")):
            pref = "quoted-printable"
    return pref


def A(s):
    return s.encode("ascii")


# --------------------------------------------------------------------------- renderer
class Renderer:
    def __init__(self, seed):
        self.seed = seed
        self.bcount = 0

    def boundary(self, tag):
        self.bcount += 1
        return "----=_%s_%d_%04d" % (tag, self.seed, self.bcount)

    def text_part(self, text, subtype, tp, lang):
        cs = choose_charset(text, tp["charset"])
        if subtype == "html":
            text = text.replace("%CS%", cs)
        cte = choose_cte(text, tp["cte"])
        enc, cte = encode_body(text, cs, cte)
        head = ['Content-Type: text/%s; charset="%s"%s' % (
            subtype, cs, "; format=flowed" if subtype == "plain" and tp.get("flowed") else ""),
            "Content-Transfer-Encoding: %s" % cte]
        if tp.get("clang"):
            head.append("Content-Language: %s" % ("fr-CA" if lang == "fr" else "en-CA"))
        return A("\n".join(head) + "\n\n") + enc

    def body_part(self, m, tp):
        html = m.html or text_to_html(m.body, m.lang)
        struct = tp["struct"]
        if struct == "plain":
            return self.text_part(m.body, "plain", tp, m.lang)
        if struct == "html":
            return self.text_part(html, "html", tp, m.lang)
        b = self.boundary("Alt")
        parts = [self.text_part(m.body, "plain", tp, m.lang),
                 self.text_part(html, "html", tp, m.lang)]
        return self.multipart("alternative", b, parts)

    def multipart(self, sub, b, parts):
        out = [A('Content-Type: multipart/%s;\n boundary="%s"' % (sub, b)), b"",
               b"This is a multi-part message in MIME format.", b""]
        for p in parts:
            out.append(A("--" + b))
            out.append(p.rstrip(b"\n"))
            out.append(b"")
        out.append(A("--" + b + "--"))
        return b"\n".join(out) + b"\n"

    def filename_params(self, fn, tp):
        if fn.isascii() and not tp.get("rfc2231_all"):
            return 'name="%s"' % fn, 'filename="%s"' % fn
        q = urllib.parse.quote(fn, safe="")
        star = "filename*=utf-8''%s" % q
        if len(star) > 70:
            pieces, i, k = [], 0, 0
            while i < len(q):
                j = min(len(q), i + 45)
                while j < len(q) and "%" in q[j - 2:j]:
                    j += 1
                pieces.append("filename*%d*=%s%s" % (k, "utf-8''" if k == 0 else "", q[i:j]))
                i, k = j, k + 1
            star = ";\n ".join(pieces)
        legacy = encoded_words(fn, "utf-8", "B", 200) if not fn.isascii() else fn
        return 'name="%s"' % legacy, star

    def att_part(self, a, tp, lang):
        disp = "inline" if a.inline else "attachment"
        if a.msg is not None:
            inner = self.render_msg(a.msg, a.msg._tp)
            cte = "7bit" if inner.isascii() else "8bit"
            head = ["Content-Type: message/rfc822"]
            if a.filename:
                _, fp = self.filename_params(a.filename, tp)
                head.append("Content-Disposition: %s;\n %s" % (disp, fp))
            head.append("Content-Transfer-Encoding: %s" % cte)
            return A("\n".join(head) + "\n\n") + inner
        np_, fp = self.filename_params(a.filename, tp)
        main = a.ctype.split("/")[0]
        if main == "text":
            text = a.data
            cs = a.charset or "utf-8"
            cte = tp.get("att_text_cte", "base64")
            if cte in ("7bit", "8bit"):
                cte = "7bit" if text.isascii() else "8bit"
                if "\r" in text:
                    cte = "quoted-printable"
            raw = text.encode(cs)
            if cte == "base64":
                enc = base64.encodebytes(raw)
            elif cte == "quoted-printable":
                enc = quopri.encodestring(text.replace("\r\n", "\n").encode(cs))
            else:
                enc = raw
            ctype = '%s; charset="%s";\n %s' % (a.ctype, cs, np_)
        else:
            enc = base64.encodebytes(a.data)
            cte = "base64"
            ctype = "%s;\n %s" % (a.ctype, np_)
        head = ["Content-Type: " + ctype,
                "Content-Disposition: %s;\n %s" % (disp, fp),
                "Content-Transfer-Encoding: " + cte]
        return A("\n".join(head) + "\n\n") + enc

    def render_msg(self, m, tp):
        h = []
        h.append(addr_header("From", [m.frm], tp))
        h.append(addr_header("To", m.to, tp))
        if m.cc:
            h.append(addr_header("Cc", m.cc, tp))
        h.append(header_text("Subject", m.subject, tp, force=tp.get("force_subj_enc", False)))
        h.append("Date: " + email.utils.format_datetime(m.date))
        h.append("Message-ID: " + m.msgid)
        if m.in_reply_to:
            h.append("In-Reply-To: " + m.in_reply_to)
            h.append("References: " + m.in_reply_to)
        if tp.get("mailer"):
            h.append("X-Mailer: " + tp["mailer"])
        h.append("MIME-Version: 1.0")
        body = self.body_part(m, tp)
        if m.atts:
            b = self.boundary("Mixed")
            parts = [body] + [self.att_part(a, tp, m.lang) for a in m.atts]
            body = self.multipart("mixed", b, parts)
        out = A("\n".join(h) + "\n") + body
        if not out.endswith(b"\n"):
            out += b"\n"
        return out

    def render(self, m, tp):
        out = self.render_msg(m, tp)
        assert b"\r" not in out
        if tp["eol"] == "crlf":
            out = out.replace(b"\n", b"\r\n")
        return out
