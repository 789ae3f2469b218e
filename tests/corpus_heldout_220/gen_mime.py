"""Hand-assembled MIME with fixed boundaries; every choice is recorded as a feature."""
import base64
import email.utils
import html as htmlmod
import quopri
import re
import urllib.parse

SAFE_Q = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def has_fullwidth(s):
    return any(0xFF10 <= ord(c) <= 0xFF3A for c in s)


def _ew(w, charset, enc):
    raw = w.encode(charset)
    if enc == "B":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join(chr(b) if b in SAFE_Q else ("_" if b == 32 else "=%02X" % b) for b in raw)
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(s, charset="utf-8", enc="B"):
    """RFC 2047 encoded words of at most 75 characters. Breaks fall after a space that is kept
    inside the preceding word, so readers that (wrongly) keep folding whitespace between
    adjacent encoded words still show the text correctly."""
    tokens = re.findall(r"\S+\s*|\s+", s)
    words, cur = [], ""
    for tok in tokens:
        if len(_ew(cur + tok, charset, enc)) <= 75:
            cur += tok
            continue
        if cur:
            words.append(cur)
            cur = ""
        for ch in tok:  # a single over-long token: split by characters
            if len(_ew(cur + ch, charset, enc)) > 75:
                words.append(cur)
                cur = ""
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join(_ew(w, charset, enc) for w in words)


def fold_ascii(value, first_len):
    """Fold a plain ASCII header at spaces, keeping lines under 78 chars."""
    words = value.split(" ")
    lines, cur, budget = [], "", 78 - first_len
    for w in words:
        cand = w if not cur else cur + " " + w
        if len(cand) > budget and cur:
            lines.append(cur)
            cur, budget = w, 77
        else:
            cur = cand
    lines.append(cur)
    return "\n ".join(lines)


class Builder:
    def __init__(self, rng, tag, features):
        self.rng = rng
        self.tag = tag
        self.nb = 0
        self.f = features
        self.hcs = "utf-8"

    # ---------------------------------------------------------- headers
    def hdr_text(self, name, value, feature=None):
        if is_ascii(value):
            return f"{name}: " + fold_ascii(value, len(name) + 2)
        cs = self.hcs
        try:
            value.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        enc = self.rng.choice(["B", "Q"])
        if feature:
            self.f.add(feature)
        return f"{name}: " + encoded_words(value, cs, enc)

    def addr(self, display, address):
        if not display:
            return f"<{address}>" if self.rng.random() < 0.3 else address
        if is_ascii(display):
            if any(c in display for c in ',.;:()"@'):
                return '"' + display.replace('"', '\\"') + f'" <{address}>'
            return f"{display} <{address}>"
        self.f.add("rfc2047_name")
        cs = self.hcs
        try:
            display.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        enc = encoded_words(display, cs, self.rng.choice(["B", "Q"]))
        if "\n" in enc:  # keep a display name in one encoded word where possible
            enc = encoded_words(display, cs, "B")
        return enc + f" <{address}>"

    def hdr_addrs(self, name, lst):
        return f"{name}: " + ",\n ".join(self.addr(d, a) for d, a in lst)

    # ---------------------------------------------------------- leaves
    def pick_charset(self, text, pref):
        chain = [pref, "windows-1252", "utf-8"] if pref != "us-ascii" else ["us-ascii", "utf-8"]
        if pref == "us-ascii" and not is_ascii(text):
            chain = ["utf-8"]
        for cs in chain:
            try:
                text.encode(cs)
                return cs
            except UnicodeEncodeError:
                continue
        return "utf-8"

    def encode_body(self, raw, cte):
        if cte == "base64":
            return base64.encodebytes(raw)
        if cte == "quoted-printable":
            return quopri.encodestring(raw, quotetabs=False)
        return raw if raw.endswith(b"\n") else raw + b"\n"

    def text_leaf(self, text, subtype, cs_pref, cte_pref, extra_headers=()):
        cs = self.pick_charset(text, cs_pref)
        raw = text.encode(cs)
        ascii_ok = is_ascii(text)
        longest = max((len(l) for l in raw.split(b"\n")), default=0)
        cte = cte_pref
        if cte == "7bit" and not ascii_ok:
            cte = "8bit"
        if cte == "8bit" and ascii_ok:
            cte = "7bit"
        if cte in ("7bit", "8bit") and longest > 900:
            cte = "quoted-printable"
        self.f.add("charset_" + cs)
        self.f.add("cte_" + cte)
        q = self.rng.random() < 0.5
        cs_label = cs.upper() if self.rng.random() < 0.3 else cs
        ct = f'text/{subtype}; charset="{cs_label}"' if q else f"text/{subtype}; charset={cs_label}"
        heads = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"] + list(extra_headers)
        return heads, self.encode_body(raw, cte)

    def disp_params(self, filename):
        """Content-Type name and Content-Disposition filename parameters."""
        if is_ascii(filename) and self.rng.random() < 0.85:
            return f'; name="{filename}"', f'attachment; filename="{filename}"'
        self.f.add("rfc2231_filename")
        quoted = urllib.parse.quote(filename.encode("utf-8"), safe="")
        if len(quoted) > 60:
            chunks = [quoted[i:i + 54] for i in range(0, len(quoted), 54)]
            # never split a %XX escape
            fixed, carry = [], ""
            for ch in chunks:
                ch = carry + ch
                carry = ""
                cut = ch.rfind("%")
                if cut != -1 and cut > len(ch) - 3:
                    carry, ch = ch[cut:], ch[:cut]
                fixed.append(ch)
            if carry:
                fixed.append(carry)
            params = ";\n " + ";\n ".join(
                (f"filename*{i}*=utf-8''{c}" if i == 0 else f"filename*{i}*={c}") for i, c in enumerate(fixed))
            disp = "attachment" + params
        else:
            disp = f"attachment;\n filename*=utf-8''{quoted}"
        if self.rng.random() < 0.5:
            name = '; name="' + encoded_words(filename, "utf-8", "B").replace("\n ", " ") + '"'
        else:
            name = f";\n name*=utf-8''{quoted}" if len(quoted) <= 60 else ""
        return name, disp

    def attach_leaf(self, att, cs_pref):
        kind = att["kind"]
        fn = att["filename"]
        self.f.add(kind)
        name, disp = self.disp_params(fn)
        if kind == "eml":
            inner = Builder(self.rng, self.tag + "i", self.f).message(att["spec"])
            cte = "7bit" if all(b < 128 for b in inner) else "8bit"
            heads = [f"Content-Type: message/rfc822{name}", f"Content-Disposition: {disp}",
                     f"Content-Transfer-Encoding: {cte}"]
            return heads, inner if inner.endswith(b"\n") else inner + b"\n"
        if kind in ("csv", "ics", "vcard"):
            sub = {"csv": "csv", "ics": "calendar", "vcard": "vcard"}[kind]
            text = att["data"]
            cs = self.pick_charset(text, cs_pref if kind == "csv" else "utf-8")
            raw = text.encode(cs)
            cte = self.rng.choice(["base64", "quoted-printable", "8bit"] if not is_ascii(text) else ["base64", "7bit", "quoted-printable"])
            self.f.add("cte_" + cte)
            self.f.add("charset_" + cs)
            extra = "; method=REQUEST" if kind == "ics" else ""
            heads = [f'Content-Type: text/{sub}; charset="{cs}"{extra}{name}', f"Content-Disposition: {disp}",
                     f"Content-Transfer-Encoding: {cte}"]
            return heads, self.encode_body(raw, cte)
        ctype = {"pdf": "application/pdf",
                 "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "zip": "application/zip"}[kind]
        self.f.add("cte_base64")
        heads = [f"Content-Type: {ctype}{name}", f"Content-Disposition: {disp}", "Content-Transfer-Encoding: base64"]
        return heads, base64.encodebytes(att["data"])

    # ---------------------------------------------------------- structure
    def boundary(self):
        self.nb += 1
        return f"----=_Part_{self.tag}_{self.nb:02d}_VDB"

    def multipart(self, subtype, parts):
        b = self.boundary()
        self.f.add("multipart_" + subtype)
        heads = [f'Content-Type: multipart/{subtype};\n boundary="{b}"']
        body = b"This is a multi-part message in MIME format.\n"
        for h, bd in parts:
            body += b"\n--" + b.encode() + b"\n" + "\n".join(h).encode("ascii") + b"\n\n" + bd
            if not bd.endswith(b"\n"):
                body += b"\n"
        body += b"\n--" + b.encode() + b"--\n"
        return heads, body

    def message(self, spec):
        rng = self.rng
        self.hcs = spec.get("charset", "utf-8") if spec.get("charset") in ("utf-8", "iso-8859-1") else "utf-8"
        cs_pref = spec.get("charset", "utf-8")
        cte_pref = spec.get("cte", "8bit")
        mode = spec.get("mode", "plain")
        text = spec["text"]
        html = spec.get("html") or text_to_html(text)
        if has_fullwidth(text) or has_fullwidth(spec["subject"]) or has_fullwidth(html):
            self.f.add("fullwidth_digits")
        if mode == "plain":
            body = self.text_leaf(text, "plain", cs_pref, cte_pref)
            self.f.add("body_plain_only")
        elif mode == "html":
            body = self.text_leaf(html, "html", cs_pref, cte_pref)
            self.f.add("body_html_only")
        else:
            body = self.multipart("alternative", [self.text_leaf(text, "plain", cs_pref, cte_pref),
                                                  self.text_leaf(html, "html", cs_pref, cte_pref)])
        atts = spec.get("attachments") or []
        if atts:
            body = self.multipart("mixed", [body] + [self.attach_leaf(a, cs_pref) for a in atts])
        H = [self.hdr_addrs("From", [spec["sender"]]), self.hdr_addrs("To", spec["to"])]
        if spec.get("cc"):
            H.append(self.hdr_addrs("Cc", spec["cc"]))
        H.append(self.hdr_text("Subject", spec["subject"], "rfc2047_subject"))
        H.append("Date: " + email.utils.format_datetime(spec["date"]))
        H.append("Message-ID: " + spec["msgid"])
        if spec.get("in_reply_to"):
            H.append("In-Reply-To: " + spec["in_reply_to"])
            H.append("References: " + spec["in_reply_to"])
        if spec.get("mailer"):
            H.append("X-Mailer: " + spec["mailer"])
        if spec.get("lang"):
            H.append("Content-Language: " + ("fr-CA" if spec["lang"] == "fr" else "en-CA"))
        H.append("MIME-Version: 1.0")
        H += body[0]
        return "\n".join(H).encode("ascii") + b"\n\n" + body[1]


def text_to_html(text):
    out = ['<html><head></head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f'<blockquote style="border-left:2px solid #999;padding-left:6px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def build(spec, rng, tag):
    features = set()
    b = Builder(rng, tag, features)
    raw = b.message(spec)
    if spec.get("eol") == "crlf":
        raw = raw.replace(b"\n", b"\r\n")
        features.add("eol_crlf")
    else:
        features.add("eol_lf")
    return raw, features
