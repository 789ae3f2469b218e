"""Turn a message spec (dict produced by the templates) into RFC 5322 bytes."""
import datetime as dt

from gen_common import strip_accents
from gen_mime import (Part, text_part, attachment_part, rfc822_part, multipart, text_to_html,
                      encode_header_value, format_address, date_header)

MAILERS = [None, None, "Microsoft Outlook 16.0", "Microsoft Outlook 16.0", "Apple Mail (2.3774.600.62)",
           "Mozilla Thunderbird 128.3.1", "Zimbra 10.0 (ZimbraWebClient - FF131)", "iPhone Mail (21G93)",
           "MediSys Notification Service 4.2"]


def _charset_for(w, text):
    def can(cs):
        try:
            text.encode(cs)
            return True
        except UnicodeEncodeError:
            return False
    if can("ascii"):
        return w.pick(["us-ascii", "us-ascii", "utf-8", "iso-8859-1"])
    if can("iso-8859-1"):
        return w.pick(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    if can("windows-1252"):
        return w.pick(["utf-8", "utf-8", "windows-1252"])
    return "utf-8"


def _cte_for(w, charset, text):
    if charset == "us-ascii":
        cte = w.pick(["7bit", "7bit", "7bit", "quoted-printable", "base64"])
    else:
        cte = w.pick(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
    if cte in ("7bit", "8bit") and any(len(l.encode("utf-8")) > 900 for l in text.splitlines()):
        cte = "quoted-printable"
    return cte


def _fold_ascii_text(t):
    return strip_accents(t.replace("’", "'").replace("«", '"').replace("»", '"')
                         .replace("—", "-").replace("–", "-").replace("…", "...").replace("œ", "oe")
                         .replace("\u00a0", " "))


class Builder:
    def __init__(self, world):
        self.w = world
        self.n = 0
        self.stats = {}

    def _stat(self, k):
        self.stats[k] = self.stats.get(k, 0) + 1

    def boundary(self):
        self.n += 1
        return "----=_NextPart_%03d_%04X_%08X" % (self.n, self.w.r.randrange(0x10000), self.w.r.randrange(1 << 32))

    def msgid(self, domain):
        return "<%016x.%d@%s>" % (self.w.r.getrandbits(64), self.w.r.randrange(10 ** 6), domain)

    def build(self, m, inner=False):
        w = self.w
        text = m["text"]
        html = m.get("html")
        if m.get("ascii_fold") or (not inner and html is None and w.chance(0.05)):
            text = _fold_ascii_text(text)
            if html:
                html = _fold_ascii_text(html)
            m["subject"] = _fold_ascii_text(m["subject"])
        body_kind = m.get("body")
        if body_kind is None:
            body_kind = w.pick(["plain", "plain", "plain", "alt", "alt", "alt", "html"])
        charset = m.get("charset") or _charset_for(w, text + (html or ""))
        cte = m.get("cte") or _cte_for(w, charset, text + (html or ""))
        self._stat("charset:" + charset)
        self._stat("cte:" + cte)
        self._stat("body:" + body_kind)

        if body_kind in ("html", "alt") and html is None:
            html = text_to_html(text, w.r, entities=(charset == "us-ascii" or w.chance(0.1)), charset=charset)
            if charset == "us-ascii":
                try:
                    html.encode("ascii")
                except UnicodeEncodeError:
                    charset = "utf-8"
                    cte = "quoted-printable"
        if body_kind == "plain":
            body = text_part(text, "plain", charset, cte)
        elif body_kind == "html":
            body = text_part(html, "html", charset, cte)
        else:
            cte2 = cte if w.chance(0.7) else ("quoted-printable" if charset != "us-ascii" else "7bit")
            parts = [text_part(text, "plain", charset, cte), text_part(html, "html", charset, cte2)]
            if m.get("calendar"):
                parts.append(Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                                   ("Content-Transfer-Encoding", "base64")],
                                  __import__("gen_mime").transfer_encode(m["calendar"], "base64")))
            body = multipart("alternative", parts, self.boundary())

        atts = m.get("attachments") or []
        fwd = m.get("forward")
        if atts or fwd:
            children = [body]
            for a in atts:
                data = a["data"]
                ct = a["ctype"]
                if ct.startswith("text/"):
                    is_ascii = all(b < 128 for b in data)
                    acte = w.pick(["base64", "quoted-printable"] + (["7bit"] if is_ascii else []))
                    ct = ct + ('; charset="%s"' % a.get("charset", "utf-8"))
                else:
                    acte = "base64"
                children.append(attachment_part(a["name"], ct, data, w.r, cte=acte, inline=a.get("inline", False),
                                                fname_style=a.get("fname_style")))
                self._stat("att:" + a["name"].rsplit(".", 1)[-1].lower())
            if fwd:
                inner_bytes = self.build(fwd, inner=True)
                children.append(rfc822_part(inner_bytes, fwd.get("filename"), w.r))
                self._stat("att:rfc822")
            root = multipart("mixed", children, self.boundary(),
                             preamble="This is a multi-part message in MIME format." if w.chance(0.5) else None)
        else:
            root = body

        # ---------------- top headers
        hcs = "utf-8" if charset in ("us-ascii",) else charset
        henc = w.pick(["B", "Q"])
        self._stat("henc:" + henc)
        frm = m["frm"]
        hdrs = [("From", format_address(frm[0], frm[1], hcs, henc))]
        if m.get("to"):
            hdrs.append(("To", ",\n ".join(format_address(n, a, hcs, henc) for n, a in m["to"])))
        if m.get("cc"):
            hdrs.append(("Cc", ",\n ".join(format_address(n, a, hcs, henc) for n, a in m["cc"])))
        hdrs.append(("Subject", encode_header_value(m["subject"], hcs, henc)))
        hdrs.append(("Date", date_header(m["date"])))
        dom = frm[1].split("@")[1]
        hdrs.append(("Message-ID", self.msgid(dom)))
        if m.get("reply"):
            ref = self.msgid(m["reply"])
            hdrs.append(("In-Reply-To", ref))
            hdrs.append(("References", ref))
        hdrs.append(("MIME-Version", "1.0"))
        mailer = w.pick(MAILERS)
        if mailer:
            hdrs.append(("X-Mailer", mailer))
        if m.get("importance"):
            hdrs.append(("Importance", m["importance"]))
        if w.chance(0.3):
            hdrs.append(("Content-Language", "fr-CA" if m["lang"] == "fr" else "en-CA"))
        root.headers = hdrs + root.headers
        data = root.to_bytes()
        if not inner:
            crlf = m.get("crlf")
            if crlf is None:
                crlf = w.chance(0.45)
            self._stat("eol:" + ("crlf" if crlf else "lf"))
            if crlf:
                data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return data


def msg_date(w, month_range=(1, 10)):
    """A plausible sending time in 2025 (America/Toronto offsets)."""
    while True:
        d = dt.date(2025, w.r.randint(*month_range), w.r.randint(1, 28))
        if d.weekday() < 5 or w.chance(0.25):
            break
    h = w.r.choice([7, 8, 8, 9, 9, 10, 10, 11, 13, 13, 14, 14, 15, 15, 16, 17, 19, 21, 23])
    dst = dt.date(2025, 3, 9) <= d < dt.date(2025, 11, 2)
    tz = dt.timezone(dt.timedelta(hours=-4 if dst else -5))
    return dt.datetime(d.year, d.month, d.day, h, w.r.randint(0, 59), w.r.randint(0, 59), tzinfo=tz)
