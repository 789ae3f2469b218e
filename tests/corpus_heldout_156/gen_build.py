"""Per-message context, body blocks, and assembly of a Mail into RFC 5322 bytes."""
import datetime
import html
import unicodedata
from dataclasses import dataclass, field
from typing import List, Optional

import gen_common as G
import gen_mime as M


# --------------------------------------------------------------------------- time
def eastern_offset(d):
    """-4 h between the second Sunday of March and the first Sunday of November."""
    y = d.year
    mar = datetime.date(y, 3, 8)
    while mar.weekday() != 6:
        mar += datetime.timedelta(days=1)
    nov = datetime.date(y, 11, 1)
    while nov.weekday() != 6:
        nov += datetime.timedelta(days=1)
    return -4 if mar <= d < nov else -5


def make_dt(rng):
    start = datetime.date(2024, 1, 8)
    while True:
        d = start + datetime.timedelta(days=rng.randint(0, 535))
        if d.weekday() < 5 or rng.random() < 0.04:
            break
    off = eastern_offset(d)
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return datetime.datetime(d.year, d.month, d.day, rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59),
                             tzinfo=tz)


# --------------------------------------------------------------------------- data
@dataclass
class Att:
    kind: str                    # pdf docx xlsx zip csv ics vcf txt eml
    filename: str
    data: object                 # bytes or str
    ctype: Optional[str] = None
    fname_mode: Optional[str] = None


@dataclass
class Mail:
    cat: str
    note: str
    subject: str
    frm: tuple
    to: list
    blocks: list
    cc: list = field(default_factory=list)
    atts: List[Att] = field(default_factory=list)
    mode: Optional[str] = None          # plain | html | alt
    reply_to_id: Optional[str] = None
    mailer: Optional[str] = None
    importance: Optional[str] = None
    no_strip: bool = False


CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
    "csv": "text/csv",
    "ics": "text/calendar",
    "vcf": "text/vcard",
    "txt": "text/plain",
}

MAILERS = ["Microsoft Outlook 16.0", "Microsoft Outlook 16.0", "Zimbra 9.0.0_GA (ZimbraWebClient - FF120)",
           "Mozilla Thunderbird 115.6.0", "Apple Mail (2.3774)", None, None]


class NegativeViolation(Exception):
    pass


class Ctx:
    def __init__(self, rng, lang, positive, pool, dt):
        self.rng = rng
        self.lang = lang
        self.positive = positive
        self.pool = pool          # shared allocator (NAM holders, used names)
        self.dt = dt
        self.date = dt.date()
        self.types = set()
        self.ids = []             # (kind, value)
        self.nam_people = []
        self._bcount = 0

    # ----------------------------------------------------------- randomness
    def ch(self, seq):
        return self.rng.choice(seq)

    def opt(self, options):
        """Choose one of [(text, types...)]; only the chosen option's types are recorded."""
        o = self.rng.choice(options)
        if isinstance(o, str):
            return o
        for t in o[1:]:
            self.t(t)
        return o[0]

    def p(self, prob):
        return self.rng.random() < prob

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def boundary(self):
        self._bcount += 1
        st = self.rng.randrange(4)
        if st == 0:
            return f"----=_NextPart_000_{self._bcount:04X}_{self.hexs(8).upper()}.{self.hexs(8).upper()}"
        if st == 1:
            return f"=_{self.hexs(28)}"
        if st == 2:
            return f"Apple-Mail=_{self.hexs(8).upper()}-{self.hexs(4).upper()}-{self.hexs(12).upper()}"
        return f"===============_{self.hexs(19)}=="

    def day(self, n, business=True):
        d = self.date + datetime.timedelta(days=n)
        if business:
            step = 1 if n >= 0 else -1
            while d.weekday() >= 5:
                d += datetime.timedelta(days=step)
        return d

    def ds(self, d, style=None):
        """Format a care date (not a birth date)."""
        style = style or self.ch(["short", "long", "iso"])
        if style == "short":
            return G.short_date(d, self.lang)
        if style == "iso":
            return d.isoformat()
        return G.fr_date(d) if self.lang == "fr" else G.en_date(d)

    # ----------------------------------------------------------- people
    def _need_pos(self):
        if not self.positive:
            raise NegativeViolation("patient helper called in a negative")

    def patient(self, lang=None, min_age=35, max_age=92):
        self._need_pos()
        return G.make_patient(self.rng, lang or self.lang, min_age, max_age, self.date, self.pool["used_names"])

    def holder(self, min_age=0, max_age=120):
        self._need_pos()
        free = [p for p in self.pool["holders"] if p.nam not in self.pool["used_nams"]]
        fit = [p for p in free if min_age <= p.age(self.date) <= max_age]
        pick = (fit or free or self.pool["holders"])[0]
        self.pool["used_nams"].add(pick.nam)
        return pick

    # ----------------------------------------------------------- typed renderers (positives only)
    def t(self, *types):
        self._need_pos()
        for t in types:
            assert t in G.FINDING_TYPES, t
            self.types.add(t)

    def name(self, p, style=None):
        self.t("patient_name")
        style = style or self.ch(G.NAME_STYLES)
        return G.name_as(p, style, self.lang)

    def dob(self, p, style=None):
        self.t("date_of_birth")
        return G.dob_str(p.dob, self.lang, style or self.ch(G.DOB_STYLES))

    def sex(self, p):
        if self.lang == "fr":
            return "F" if p.sex == "F" else "M"
        return p.sex

    def nam(self, p, style=None):
        self.t("ramq_nam")
        assert p.nam
        if p not in self.nam_people:
            self.nam_people.append(p)
        self.ids.append(("nam", p.nam))
        return G.fmt_nam(p.nam, style or self.ch(["plain", "space", "space", "dash", "dot", "slash", "lower", "odd", "fw"]))

    def mrn(self, p, style=None, site="HRDR"):
        self.t("mrn")
        if "mrn" not in p.extra:
            p.extra["mrn"] = G.gen_mrn(self.rng, site)
        return G.fmt_mrn(p.extra["mrn"], style or self.ch(["plain", "plain", "space", "dash", "prefix", "slash", "fw"]))

    def ohip(self, p, style=None):
        self.t("ca_health_number")
        if "ohip" not in p.extra:
            p.extra["ohip"] = G.gen_ohip(self.rng)
        num, vc = p.extra["ohip"]
        self.ids.append(("ohip", num))
        return G.fmt_ohip(num, vc, style or self.ch(["plain", "dash", "dash", "space", "fw"]))

    def sin(self, p, style=None):
        self.t("ca_sin")
        if "sin" not in p.extra:
            p.extra["sin"] = G.gen_sin(self.rng)
        self.ids.append(("sin", p.extra["sin"]))
        return G.fmt_sin(p.extra["sin"], style or self.ch(["plain", "space", "space", "dash", "dot", "fw"]))

    def niss(self, p, style=None):
        self.t("be_niss")
        if "niss" not in p.extra:
            p.extra["niss"] = G.gen_niss(self.rng, p.dob, p.sex)
        self.ids.append(("niss", p.extra["niss"]))
        return G.fmt_niss(p.extra["niss"], style or self.ch(["plain", "be", "be", "space"]))

    def nir(self, p, style=None):
        self.t("fr_nir")
        if "nir" not in p.extra:
            p.extra["nir"] = G.gen_nir(self.rng, p.dob, p.sex)
        self.ids.append(("nir", p.extra["nir"]))
        return G.fmt_nir(p.extra["nir"], style or self.ch(["plain", "space", "space", "key"]))

    def phone(self, p, region=None):
        self.t("patient_contact")
        if "phone" not in p.extra:
            p.extra["phone"] = G.phone(self.rng, region or ("qc" if p.lang == "fr" else "on"))
        return p.extra["phone"]

    def addr(self, p, region=None):
        self.t("patient_contact")
        if "addr" not in p.extra:
            p.extra["addr"] = G.address(self.rng, region or ("qc" if p.lang == "fr" else "on"))
        return p.extra["addr"]

    def dx(self, s):
        self.t("diagnosis")
        return s

    def med(self, s):
        self.t("medication")
        return s

    def lab(self, s):
        self.t("lab_result")
        return s

    def soc(self, s):
        self.t("social_information")
        return s

    # ----------------------------------------------------------- staff helpers
    def who(self, key):
        return G.S[key]

    def a(self, key_or_staff, lang=None):
        s = G.S[key_or_staff] if isinstance(key_or_staff, str) else key_or_staff
        return (s.display(lang or self.lang), s.addr)

    def sig(self, key, full=None, disclaimer=None):
        s = G.S[key] if isinstance(key, str) else key
        lang = self.lang
        full = self.p(0.6) if full is None else full
        lines = [s.display(lang), s.role_fr if lang == "fr" else s.role_en]
        if full:
            if s.dom == G.HOSP["dom"]:
                lines.append(G.HOSP[lang])
                ph = s.phone + (f", poste {s.ext}" if lang == "fr" and s.ext else f" ext. {s.ext}" if s.ext else "")
                lines.append(("Tél. : " if lang == "fr" else "Tel.: ") + ph)
                if self.p(0.4):
                    lines.append(("Téléc. : " if lang == "fr" else "Fax: ") + G.PHARM_FAX)
                if self.p(0.35):
                    lines.append(G.HOSP["addr_fr" if lang == "fr" else "addr_en"])
            else:
                lines.append(("Tél. : " if lang == "fr" else "Tel.: ") + s.phone)
        blocks = [("sig", lines)]
        if disclaimer is None:
            disclaimer = self.p(0.35)
        if disclaimer:
            blocks.append(("small", disclaimer_text(lang, self.rng)))
        return blocks

    def fwd_head(self, frm, to, dt, subject, style=None):
        """Return (separator, header lines) for an inline forward / quoted header."""
        lang = self.lang
        style = style or self.ch(["outlook", "gmail"])
        when = M.fmt_date(dt) if style == "gmail" else (
            (G.fr_date(dt.date(), day=True) + f" {dt.hour:02d}:{dt.minute:02d}") if lang == "fr"
            else G.en_date(dt.date(), day=True) + f" {dt.strftime('%I:%M %p').lstrip('0')}")
        if lang == "fr":
            sep = "-----Message d'origine-----" if style == "outlook" else "---------- Message transféré ---------"
            hs = [f"De : {frm[0]} <{frm[1]}>", f"Envoyé : {when}", f"À : {to[0]} <{to[1]}>", f"Objet : {subject}"]
        else:
            sep = "-----Original Message-----" if style == "outlook" else "---------- Forwarded message ---------"
            hs = [f"From: {frm[0]} <{frm[1]}>", f"Sent: {when}", f"To: {to[0]} <{to[1]}>", f"Subject: {subject}"]
        return sep, hs

    def quote_intro(self, frm, dt):
        if self.lang == "fr":
            return f"Le {G.fr_date(dt.date())} à {dt.hour:02d}:{dt.minute:02d}, {frm[0]} <{frm[1]}> a écrit :"
        return f"On {G.en_date(dt.date(), day=True)} at {dt.strftime('%I:%M %p').lstrip('0')}, {frm[0]} <{frm[1]}> wrote:"

    def earlier(self, hours_min=1, hours_max=50):
        """An earlier business-hours moment (previous days)."""
        d = self.dt - datetime.timedelta(hours=self.ri(hours_min, hours_max))
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d.replace(hour=self.ri(8, 16), minute=self.ri(0, 59))

    def same_day_earlier(self):
        """A moment earlier the same day, for replies and forwards whose content refers to today."""
        start = self.dt.replace(hour=7, minute=self.ri(0, 30), second=0)
        span = int((self.dt - start).total_seconds() // 60)
        if span <= 5:
            return self.dt - datetime.timedelta(minutes=self.ri(2, 4))
        return self.dt - datetime.timedelta(minutes=self.ri(min(5, span), min(span, 300)))

    def inner_eml(self, mail, dt=None):
        """Serialise a Mail as an attached message (LF line ends)."""
        dt = dt or self.earlier(2, 90)
        saved = self.dt
        self.dt = dt
        raw, _ = assemble(mail, self, crlf=False, inner=True)
        self.dt = saved
        return raw


def as_forward(c, mail, by_key, note_text, to=None):
    """Wrap a Mail into an inline forward sent by another staff member."""
    sep, hs = c.fwd_head(mail.frm, mail.to[0], c.same_day_earlier(), mail.subject)
    pre = "TR: " if c.lang == "fr" else c.ch(["Fwd: ", "FW: "])
    blocks = [("p", note_text)] + c.sig(by_key, full=False, disclaimer=False) + [("fwd", sep, hs, mail.blocks)]
    return Mail(mail.cat, mail.note, pre + mail.subject, c.a(by_key), to or [mail.to[0]], blocks, atts=mail.atts,
                mode=mail.mode)


def as_reply(c, mail, reply_text):
    """Turn a Mail into the recipient's short reply quoting it."""
    first = mail.to[0]
    replier = next((k for k, s in G.S.items() if s.addr == first[1]), None)
    blocks = [("p", reply_text)] + (c.sig(replier, full=False, disclaimer=False) if replier else []) + [
        ("quote", c.quote_intro(mail.frm, c.same_day_earlier()), mail.blocks)]
    pre = "RE: " if c.lang == "fr" or c.p(0.5) else "Re: "
    return Mail(mail.cat, mail.note, pre + mail.subject, first, [mail.frm], blocks, atts=[],
                reply_to_id=reply_id(c, mail.frm[1].split("@")[1]), mode=mail.mode)


def disclaimer_text(lang, rng):
    if lang == "fr":
        return rng.choice([
            "AVIS DE CONFIDENTIALITÉ : ce message est destiné uniquement au destinataire visé. "
            "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
            "Ce courriel et ses pièces jointes peuvent contenir des renseignements confidentiels. "
            "Toute diffusion non autorisée est interdite.",
            "Pensez à l'environnement avant d'imprimer ce courriel.",
        ])
    return rng.choice([
        "CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. If you received it in error, "
        "please notify the sender and delete it.",
        "This message may contain privileged or confidential information. Unauthorized disclosure is prohibited.",
        "Please consider the environment before printing this e-mail.",
    ])


# --------------------------------------------------------------------------- rendering
def _table_text(header, rows, style):
    allrows = [list(map(str, header))] + [list(map(str, r)) for r in rows]
    if style == "tab":
        return "\n".join("\t".join(r) for r in allrows)
    if style == "semi":
        return "\n".join(" ; ".join(r) for r in allrows)
    widths = [max(len(r[i]) for r in allrows) for i in range(len(header))]
    if style == "pipe":
        lines = ["| " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(r)) + " |" for r in allrows]
        lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
        return "\n".join(lines)
    lines = ["  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in allrows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_text(blocks, rng):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(b[1])
        elif k == "lines":
            out.append("\n".join(b[1]))
        elif k == "list":
            bullet = rng.choice(["- ", "* ", "• "])
            out.append("\n".join(bullet + x for x in b[1]))
        elif k == "table":
            style = b[3] if len(b) > 3 and b[3] else rng.choice(["pipe", "space", "tab", "semi"])
            out.append(_table_text(b[1], b[2], style))
        elif k == "sig":
            out.append(rng.choice(["-- \n", "--\n", ""]) + "\n".join(b[1]))
        elif k == "small":
            out.append(b[1])
        elif k == "quote":
            inner = render_text(b[2], rng)
            q = "\n".join((">" + (" " if not l.startswith(">") else "") + l) if l else ">" for l in inner.split("\n"))
            out.append(b[1] + "\n" + q)
        elif k == "fwd":
            out.append(b[1] + "\n" + "\n".join(b[2]) + "\n\n" + render_text(b[3], rng))
        elif k == "pre":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n\n".join(out) + "\n"


def _esc(s):
    return html.escape(s, quote=False).replace("\n", "<br>\n")


def render_html_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(f"<p>{_esc(b[1])}</p>")
        elif k == "lines":
            out.append("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in b[1]) + "</p>")
        elif k == "list":
            out.append("<ul>\n" + "\n".join(f"<li>{_esc(x)}</li>" for x in b[1]) + "\n</ul>")
        elif k == "table":
            rows = ["<tr>" + "".join(f"<th>{_esc(str(h))}</th>" for h in b[1]) + "</tr>"]
            for r in b[2]:
                rows.append("<tr>" + "".join(f"<td>{_esc(str(c))}</td>" for c in r) + "</tr>")
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">\n'
                       + "\n".join(rows) + "\n</table>")
        elif k == "sig":
            out.append('<p style="color:#1F3864;font-size:10pt">' +
                       "<br>\n".join(html.escape(x, quote=False) for x in b[1]) + "</p>")
        elif k == "small":
            out.append(f'<p style="color:#808080;font-size:8pt">{_esc(b[1])}</p>')
        elif k == "quote":
            out.append(f"<div>{_esc(b[1])}</div>\n"
                       '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                       + render_html_blocks(b[2]) + "\n</blockquote>")
        elif k == "fwd":
            out.append(f"<div>{_esc(b[1])}<br>\n" + "<br>\n".join(html.escape(x, quote=False) for x in b[2])
                       + "</div>\n" + render_html_blocks(b[3]))
        elif k == "pre":
            out.append(f"<pre>{html.escape(b[1], quote=False)}</pre>")
    return "\n".join(out)


def render_html(blocks, charset, lang):
    return (f'<html lang="{lang}"><head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + render_html_blocks(blocks) + "\n</body></html>\n")


# --------------------------------------------------------------------------- assembly
ASCII_MAP = {"\u2019": "'", "\u2018": "'", "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-",
             "\u2026": "...", "\u00a0": " ", "\u0153": "oe", "\u0152": "OE", "\u00b5": "u", "\u2265": ">=",
             "\u2264": "<=", "\u00b0": " deg", "\u00d7": "x", "\u2022": "*", "\u00e6": "ae", "\u2192": "->"}


def strip_text(s):
    s = "".join(ASCII_MAP.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _maxline(s):
    return max((len(l.encode("utf-8")) for l in s.split("\n")), default=0)


def choose_cte(rng, text, charset):
    data = text.encode(charset)
    if all(b < 128 for b in data):
        opts = ["7bit"] * 5 + ["quoted-printable"] * 2 + ["base64"] * 2
    else:
        opts = ["8bit"] * 4 + ["quoted-printable"] * 4 + ["base64"] * 2
    cte = rng.choice(opts)
    if cte in ("7bit", "8bit") and _maxline(text) > 900:
        cte = "quoted-printable"
    return cte


def _fname_mode(rng, fname):
    if M.is_ascii(fname):
        return rng.choice(["plain"] * 6 + ["2231"])
    return rng.choice(["2231", "2231", "2231c"])


def att_leaf(att, ctx):
    rng = ctx.rng
    mode = att.fname_mode or _fname_mode(rng, att.filename)
    if att.kind == "eml":
        raw = att.data
        cte = "7bit" if all(b < 128 for b in raw) else "8bit"
        return M.Rfc822(raw=raw, filename=att.filename if rng.random() < 0.8 else None, cte=cte, fname_mode=mode)
    ctype = att.ctype or CTYPES[att.kind]
    params = {}
    if att.kind == "ics":
        params["method"] = "REQUEST"
    if isinstance(att.data, str):
        cs = "utf-8"
        if att.kind == "csv" and _encodable(att.data, "windows-1252") and rng.random() < 0.5:
            cs = "windows-1252"
        if ctype.startswith("text/"):
            cte = choose_cte(rng, att.data, cs) if att.kind != "ics" else rng.choice(["base64", "quoted-printable", "8bit"])
            if att.kind == "ics" and cte == "8bit" and all(ord(c) < 128 for c in att.data):
                cte = "7bit"
            body = att.data.replace("\r\n", "\n") if cte in ("7bit", "8bit", "quoted-printable") else att.data
            return M.Leaf(ctype, body, charset=cs, cte=cte, filename=att.filename, disposition="attachment",
                          fname_mode=mode, params=params)
        return M.Leaf(ctype, att.data.encode(cs), cte="base64", filename=att.filename, disposition="attachment",
                      fname_mode=mode, params=params)
    return M.Leaf(ctype, att.data, cte="base64", filename=att.filename, disposition="attachment", fname_mode=mode,
                  params=params)


def pick_charset(rng, text, lang):
    if lang == "fr":
        opts = ["utf-8"] * 5 + ["iso-8859-1"] * 2 + ["windows-1252"] * 2
    else:
        opts = ["us-ascii"] * 4 + ["utf-8"] * 4 + ["windows-1252", "iso-8859-1"]
    cs = rng.choice(opts)
    if not _encodable(text, cs):
        cs = "utf-8" if cs == "us-ascii" or not _encodable(text, "windows-1252") else "windows-1252"
        if not _encodable(text, cs):
            cs = "utf-8"
    return cs


def assemble(mail, ctx, crlf=None, inner=False):
    rng = ctx.rng
    lang = ctx.lang
    subject = mail.subject
    text = render_text(mail.blocks, rng)
    mode = mail.mode or rng.choice(["plain"] * 9 + ["alt"] * 7 + ["html"] * 3)
    strip = (lang == "fr" and not mail.no_strip and rng.random() < 0.12)
    if strip:
        text = strip_text(text)
        subject = strip_text(subject)
    cs = "us-ascii" if strip and M.is_ascii(text) else pick_charset(rng, text, lang)
    hblocks = mail.blocks
    html_doc = render_html(hblocks, cs, lang)
    if strip:
        html_doc = strip_text(html_doc)
    if not _encodable(html_doc, cs):
        cs = "utf-8"
        html_doc = render_html(hblocks, cs, lang)
    if mode == "plain":
        body = M.Leaf("text/plain", text, charset=cs, cte=choose_cte(rng, text, cs))
    elif mode == "html":
        body = M.Leaf("text/html", html_doc, charset=cs, cte=choose_cte(rng, html_doc, cs))
    else:
        body = M.Multi("alternative", [
            M.Leaf("text/plain", text, charset=cs, cte=choose_cte(rng, text, cs)),
            M.Leaf("text/html", html_doc, charset=cs, cte=choose_cte(rng, html_doc, cs)),
        ], ctx.boundary())
    if mail.atts:
        parts = [body] + [att_leaf(a, ctx) for a in mail.atts]
        root = M.Multi("mixed", parts, ctx.boundary(),
                       preamble="This is a multi-part message in MIME format." if rng.random() < 0.5 else "")
    else:
        root = body
    # ---- headers
    name_cs = "utf-8" if rng.random() < 0.7 else "iso-8859-1"
    hs = []
    hs.append("From: " + M.addr(mail.frm[0], mail.frm[1], name_cs))
    hs.append(M.addr_header("To", [M.addr(n, a, name_cs) for n, a in mail.to]))
    if mail.cc:
        hs.append(M.addr_header("Cc", [M.addr(n, a, name_cs) for n, a in mail.cc]))
    if M.is_ascii(subject):
        smode = "plain" if rng.random() < 0.93 else rng.choice(["Q:utf-8", "B:utf-8"])
    else:
        scs = rng.choice(["utf-8", "utf-8", "iso-8859-1"]) if _encodable(subject, "iso-8859-1") else "utf-8"
        smode = rng.choice(["B", "Q"]) + ":" + scs
    hs.append(M.subject_header(subject, smode))
    hs.append("Date: " + M.fmt_date(ctx.dt))
    dom = mail.frm[1].split("@")[1]
    hs.append(f"Message-ID: <{ctx.hexs(16)}.{ctx.hexs(8)}@{dom}>")
    if mail.reply_to_id:
        hs.append(f"In-Reply-To: {mail.reply_to_id}")
        hs.append(f"References: {mail.reply_to_id}")
    mailer = mail.mailer if mail.mailer is not None else rng.choice(MAILERS)
    if mailer:
        hs.append(f"X-Mailer: {mailer}")
    if mail.importance:
        hs.append(f"Importance: {mail.importance}")
    if rng.random() < 0.4:
        hs.append(f"Content-Language: {'fr-CA' if lang == 'fr' else 'en-CA'}")
    if crlf is None:
        crlf = rng.random() < 0.5
    return M.serialize(hs, root, crlf=crlf), {"mode": mode, "charset": cs, "crlf": crlf, "strip": strip}


def reply_id(ctx, dom):
    return f"<{ctx.hexs(12).upper()}@{dom}>"
