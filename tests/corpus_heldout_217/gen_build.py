"""Turn a message spec (from the gen_pos_* / gen_neg_* templates) into bytes.

Transport choices (line ends, charset, transfer encoding, structure) are
drawn from a per-file random source so each file is reproducible on its own.
"""
import datetime
import email.utils
import random

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcf, make_xlsx, make_zip
from gen_common import is_ascii
from gen_mime import Leaf, Multi, address, address_list, header_text, render_html, render_message, \
    render_plain, text_leaf

MAILERS = ["Microsoft Outlook 16.0", "Microsoft Exchange Server 2019 (15.2)", "Mozilla Thunderbird 115.8",
           "Zimbra 10.0 (ZimbraWebClient)", "Apple Mail (2.3774)", "Roundcube Webmail/1.6.6"]
MIMETYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
    "csv": "text/csv",
    "ics": "text/calendar",
    "vcf": "text/vcard",
    "txt": "text/plain",
    "eml": "message/rfc822",
}


def tz_for(dt):
    dst = datetime.date(dt.year, 3, 9) <= dt.date() < datetime.date(dt.year, 11, 2)
    return datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))


def _encodable(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


class Builder:
    def __init__(self, seed):
        self.seed = seed

    # -------------------------------------------------------------- attachments
    def attachment_bytes(self, att, r, eol):
        k = att["kind"]
        when = att.get("when") or datetime.datetime(2025, 1, 2, 9, 0)
        if k == "pdf":
            return make_pdf(att["title"], att["blocks"], when, att.get("author", ""), compress=r.random() < 0.7)
        if k == "docx":
            return make_docx(att["title"], att["blocks"], when, att.get("author", ""))
        if k == "xlsx":
            return make_xlsx(att["sheets"], when, att.get("author", ""))
        if k == "csv":
            return make_csv(att["headers"], att["rows"], att.get("sep", ";"))
        if k == "ics":
            return make_ics(**att["ics"])
        if k == "vcf":
            return make_vcf(**att["vcf"])
        if k == "txt":
            return att["text"]
        if k == "zip":
            members = []
            for m in att["members"]:
                blob = self.attachment_bytes(m, r, eol)
                if isinstance(blob, str):
                    blob = blob.encode(m.get("charset", "utf-8"))
                members.append((m["filename"], blob))
            return make_zip(members, when)
        if k == "eml":
            return self.build(att["message"], r.random(), nested=True, eol=eol)
        raise ValueError(k)

    def attachment_leaf(self, att, r, eol):
        k = att["kind"]
        data = self.attachment_bytes(att, r, eol)
        fn = att["filename"]
        rfc2231 = (not is_ascii(fn)) or r.random() < 0.2
        if k == "eml":
            return Leaf("message/rfc822", data, cte="7bit" if is_ascii(data.decode("latin-1")) else "8bit",
                        filename=fn, disposition="attachment", rfc2231=rfc2231, name_param=False)
        if isinstance(data, str):
            cs = att.get("charset") or ("utf-8" if not is_ascii(data) else r.choice(["utf-8", "us-ascii"]))
            if not _encodable(data, cs):
                cs = "utf-8"
            cte = att.get("cte") or r.choice(["base64", "quoted-printable", "8bit" if not is_ascii(data) else "7bit"])
            ctype = MIMETYPES[k]
            if k == "ics":
                ctype += "; method=REQUEST"
            if k == "vcf" and r.random() < 0.4:
                ctype = "text/x-vcard"
            return Leaf(ctype, data.encode(cs), charset=cs, cte=cte, filename=fn,
                        disposition="attachment", rfc2231=rfc2231)
        return Leaf(MIMETYPES[k], data, cte="base64", filename=fn, disposition="attachment",
                    rfc2231=rfc2231, name_param=r.random() < 0.8)

    # -------------------------------------------------------------- message
    def build(self, spec, key, nested=False, eol=None):
        r = random.Random("%s|%s" % (self.seed, key))
        if eol is None:
            eol = "\r\n" if r.random() < 0.5 else "\n"
        lang = spec["lang"]
        plain = render_plain(spec["blocks"])
        # charset choice
        if lang == "en":
            choices = ["us-ascii", "us-ascii", "utf-8", "windows-1252", "iso-8859-1"]
        else:
            choices = ["utf-8", "utf-8", "iso-8859-1", "windows-1252"]
        charset = spec.get("charset") or r.choice(choices)
        if charset == "us-ascii" and not is_ascii(plain):
            charset = "windows-1252"
        if not _encodable(plain, charset):
            charset = "utf-8"
        if charset == "us-ascii":
            cte = r.choice(["7bit", "7bit", "quoted-printable", "base64"])
        else:
            cte = r.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
        cte = spec.get("cte") or cte
        mode = spec.get("mode") or r.choice(["plain", "plain", "plain", "alt", "alt", "html"])
        if nested and mode == "html" and r.random() < 0.5:
            mode = "plain"
        html_cte = "quoted-printable" if cte in ("7bit", "8bit") and r.random() < 0.6 else cte
        if mode == "plain":
            body = text_leaf(plain, "plain", charset, cte)
        else:
            h = render_html(spec["blocks"], r.randrange(3)).replace("%CHARSET%", charset)
            hl = text_leaf(h, "html", charset, html_cte)
            if mode == "html":
                body = hl
            else:
                body = Multi("alternative", [text_leaf(plain, "plain", charset, cte), hl],
                             "----=_Alt_%08X%08X" % (r.getrandbits(32), r.getrandbits(32)))
        atts = spec.get("attachments") or []
        if atts:
            parts = [body] + [self.attachment_leaf(a, r, eol) for a in atts]
            root = Multi("mixed", parts, "----=_NextPart_%03X_%04X_%08X" % (
                r.getrandbits(12), r.getrandbits(16), r.getrandbits(32)))
        else:
            root = body
        # headers
        hcs = "utf-8" if charset == "us-ascii" else charset
        enc = r.choice(["q", "q", "b"])
        force_names = r.random() < 0.15
        dt = spec["date"]
        aware = dt.replace(tzinfo=tz_for(dt))
        domain = spec["sender"][1].split("@")[1]
        mid = "<%s.%s@%s>" % ("%016x" % r.getrandbits(64), "%08x" % r.getrandbits(32),
                              "mail." + domain if not domain.startswith("mail.") else domain)
        headers = [
            ("From", address(spec["sender"][0], spec["sender"][1], hcs, enc, eol, force=force_names)),
            ("To", address_list(spec["to"], eol=eol, charset=hcs, enc=enc, force=force_names)),
        ]
        if spec.get("cc"):
            headers.append(("Cc", address_list(spec["cc"], eol=eol, charset=hcs, enc=enc)))
        headers += [
            ("Subject", header_text(spec["subject"], hcs, enc, eol, force=r.random() < 0.08)),
            ("Date", email.utils.format_datetime(aware)),
            ("Message-ID", mid),
        ]
        if spec.get("reply_to_id"):
            ref = "<%s@%s>" % ("%012x" % r.getrandbits(48), spec.get("reply_domain", domain))
            headers += [("In-Reply-To", ref), ("References", ref)]
        if not nested:
            m = r.choice(MAILERS)
            headers.append(("X-Mailer" if "Outlook" in m or "Exchange" in m else "User-Agent", m))
            headers.append(("Content-Language", "fr-CA" if lang == "fr" else "en-CA"))
            if spec.get("importance"):
                headers.append(("Importance", spec["importance"]))
        return render_message(headers, root, eol)
