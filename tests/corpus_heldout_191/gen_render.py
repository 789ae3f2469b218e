"""Turn a message spec (content) plus a transport plan (MIME choices) into .eml bytes."""
import email.utils

import gen_docs as D
from gen_mime import (Leaf, Multi, addr_header, header, message_bytes, plain_tables, text_leaf,
                      to_html)

CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- attachment helpers
def att_pdf(filename, blocks, title="", author=""):
    return dict(filename=filename, ctype="application/pdf", data=D.pdf(blocks, title, author))


def att_docx(filename, blocks, author="", title=""):
    return dict(filename=filename, ctype=CT_DOCX, data=D.docx(blocks, author, title))


def att_xlsx(filename, sheets, author=""):
    return dict(filename=filename, ctype=CT_XLSX, data=D.xlsx(sheets, author))


def att_csv(filename, rows, delim=";", charset="utf-8", bom=False):
    return dict(filename=filename, ctype="text/csv", charset=charset, text=True,
                data=D.csv_bytes(rows, delim, charset, bom))


def att_ics(filename, **kw):
    return dict(filename=filename, ctype="text/calendar", charset="utf-8", text=True,
                params=["method=REQUEST"], data=D.ics(**kw))


def att_vcf(filename, **kw):
    return dict(filename=filename, ctype="text/vcard", charset="utf-8", text=True, data=D.vcard(**kw))


def att_txt(filename, text, charset="utf-8"):
    return dict(filename=filename, ctype="text/plain", charset=charset, text=True, data=text.encode(charset))


def att_zip(filename, members, ctype="application/zip"):
    return dict(filename=filename, ctype=ctype, data=D.zip_members([(m["filename"], m["data"]) for m in members]),
                members=members)


def att_eml(spec, filename=None):
    return dict(eml=spec, filename=filename)


# ---------------------------------------------------------------- charset / encoding choices
def _encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def choose_charset(text, wanted):
    if _encodable(text, wanted):
        return wanted
    for cs in ("windows-1252", "iso-8859-1") if wanted in ("iso-8859-1", "windows-1252") else ():
        if _encodable(text, cs):
            return cs
    return "utf-8"


def choose_cte(data, wanted):
    eight = any(b > 127 for b in data)
    long_line = any(len(x) > 900 for x in data.split(b"\n"))
    if wanted == "7bit" and (eight or long_line):
        return "quoted-printable"
    if wanted == "8bit" and long_line:
        return "quoted-printable"
    if wanted == "8bit" and not eight:
        return "7bit"
    return wanted


def body_part(text, tx):
    mode = tx["mode"]
    cs_plain = choose_charset(text, tx["charset"])
    ptxt = plain_tables(text)

    def leaf(t, subtype, cs, cte):
        d = t.replace("\r\n", "\n").encode(cs)
        lf = text_leaf(t, subtype, cs, choose_cte(d, cte), tx.get("charset_case", 0))
        return lf

    if mode == "plain":
        return leaf(ptxt, "plain", cs_plain, tx["cte"])
    ent = tx.get("entities", False)
    cs_html = "us-ascii" if ent else choose_charset(text, tx["charset"])
    h = to_html(text, cs_html, entities=ent, outlook=tx.get("outlook", False))
    if ent:
        cs_html = choose_charset(h, "us-ascii")
    hl = leaf(h, "html", cs_html, tx.get("html_cte", tx["cte"]))
    if mode == "html":
        return hl
    return Multi("alternative", [leaf(ptxt, "plain", cs_plain, tx["cte"]), hl])


def att_part(a, tx):
    if "eml" in a:
        inner = render(a["eml"], inner_tx(tx), eol="\n")
        cte = "8bit" if any(b > 127 for b in inner) else "7bit"
        return Leaf("message/rfc822", inner, cte=cte, filename=a.get("filename"),
                    fn_style=tx["fn_style"], disposition="attachment" if a.get("filename") else "inline")
    fn_style = tx["fn_style"]
    if a.get("text"):
        data = a["data"]
        cte = tx.get("att_cte", "base64")
        if cte != "base64":
            data = data.replace(b"\r\n", b"\n")
            cte = choose_cte(data, cte)
        cs = a.get("charset", "utf-8")
        return Leaf(a["ctype"], data, cte=cte, filename=a["filename"], fn_style=fn_style,
                    disposition="attachment", ctype_params=[f"charset={cs}"] + a.get("params", []))
    return Leaf(a["ctype"], a["data"], cte="base64", filename=a["filename"], fn_style=fn_style,
                disposition="attachment")


def inner_tx(tx):
    t = dict(tx)
    t["cte"] = "quoted-printable" if tx["cte"] != "base64" else "base64"
    t["html_cte"] = t["cte"]
    t["att_cte"] = "base64"
    t["inner"] = True
    return t


XMAILERS = ["Microsoft Outlook 16.0", "Microsoft Outlook 15.0", None, "Mozilla Thunderbird 115.6",
            None, "Apple Mail (2.3774)", "Zimbra 9.0.0_GA", None]


def headers_for(spec, tx):
    hc, hm = tx.get("hcharset", "utf-8"), tx.get("hmode", "Q")
    frm = spec["from"]
    if not all(ord(c) < 256 for c in frm[0] + spec["subject"] + "".join(n for n, _ in spec["to"] + spec.get("cc", []))):
        hc = "utf-8"
    hs = [addr_header("From", [frm], hc, hm), addr_header("To", spec["to"], hc, hm)]
    if spec.get("cc"):
        hs.append(addr_header("Cc", spec["cc"], hc, hm))
    hs.append(header("Subject", spec["subject"], hc, hm))
    hs.append("Date: " + email.utils.format_datetime(spec["date"]))
    hs.append("Message-ID: " + spec["msgid"])
    if spec.get("in_reply_to"):
        hs.append("In-Reply-To: " + spec["in_reply_to"])
        hs.append("References: " + spec["in_reply_to"])
    xm = tx.get("xmailer")
    if xm:
        hs.append("X-Mailer: " + xm)
    if tx.get("content_language"):
        hs.append("Content-Language: " + ("fr-CA" if spec["lang"] == "fr" else "en-CA"))
    if spec.get("importance"):
        hs.append("Importance: High")
        hs.append("X-Priority: 1")
    return hs


def render(spec, tx, eol=None):
    body = body_part(spec["body"], tx)
    atts = [att_part(a, tx) for a in spec.get("atts", [])]
    top = body if not atts else Multi("mixed", [body] + atts)
    return message_bytes(headers_for(spec, tx), top, key=spec["msgid"], bstyle=tx.get("bstyle", 0),
                         eol=eol or tx["eol"], preamble=tx.get("preamble", False))
