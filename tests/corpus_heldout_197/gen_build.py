"""Message model: a Ctx per message (seeded), a Mail that renders to bytes with
varied transport (charset, transfer encoding, line ends, header encoding)."""

import datetime

from gen_common import (ORG, EXT_ORGS, STAFF, Pool, PT_BE, PT_EN, PT_FR, PT_FRANCE, KIDS_EN,
                        KIDS_FR, load_nams, msg_date, rng_for, staff_addr, staff_name, disguise,
                        NAM_GROUPS, fdate)
from gen_mime import (Leaf, Multi, encoded_words, fmt_date, header_addrs, header_text,
                      make_boundary, make_msgid, render_message, text_to_html, _is_ascii)

MAILERS = [
    "Microsoft Outlook 16.0", "Microsoft Exchange Server 2019", None, None,
    "Mozilla Thunderbird 115.6.0", "Apple Mail (2.3774)", "Zimbra 9.0.0_GA", None,
]


class Pools:
    def __init__(self):
        nams = load_nams()
        self.nam = Pool([p for p in nams if p.dob.year < 2008], "nam")
        self.nam_kid = Pool([p for p in nams if p.dob.year >= 2008], "namkid")
        self.fr = Pool(PT_FR, "fr")
        self.en = Pool(PT_EN, "en")
        self.kfr = Pool(KIDS_FR, "kfr")
        self.ken = Pool(KIDS_EN, "ken")
        self.be = Pool(PT_BE, "be")
        self.fx = Pool(PT_FRANCE, "fx")


def who(key, lang="fr", title=False):
    """(display name, address) for a staff key, external org key or explicit tuple."""
    if isinstance(key, tuple):
        return key
    if key in STAFF:
        return (staff_name(key, title=title, lang=lang), staff_addr(key))
    name, dom = EXT_ORGS[key]
    return (name, "info@" + dom)


def ext(org_key, local, display=None):
    return (display or "", "%s@%s" % (local, EXT_ORGS[org_key][1]))


class Ctx:
    def __init__(self, key, lang, pools, positive):
        self.key = key
        self.lang = lang
        self.rng = rng_for(key)
        self.pools = pools
        self.positive = positive
        self.dt = msg_date(self.rng, key)
        self.day = self.dt.date()
        self.types = set()
        self.ids = []          # (type, canonical value)
        self.people = []       # Person objects that appear (positives)
        self.features = set()  # content features: reply, forward
        self.note = ""
        self.category = ""

    # --- randomness shortcuts
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    # --- patients
    def patient(self, kind):
        p = getattr(self.pools, kind).take()
        self.people.append(p)
        return p

    def t(self, *types):
        for x in types:
            self.types.add(x)

    def nam(self, p, style=None):
        assert p.nam
        style = style or self.pick(["plain", "space", "space", "plain", "hyphen", "dot",
                                    "fullwidth", "slash", "double"])
        self.t("ramq_nam")
        self.ids.append(("ramq_nam", p.nam))
        v = p.nam
        if style == "lower":
            return v.lower()
        return disguise(v, style, NAM_GROUPS)

    def ident(self, typ, canonical, shown):
        self.t(typ)
        self.ids.append((typ, canonical))
        return shown


class Mail:
    def __init__(self, ctx, frm, to, subject, text=None, html=None, mode="plain", cc=None,
                 extra_headers=None, lang=None):
        self.ctx = ctx
        self.frm = frm
        self.to = to if isinstance(to, list) else [to]
        self.cc = cc or []
        self.subject = subject
        self.text = text
        self.html = html
        self.mode = mode
        self.atts = []
        self.extra = extra_headers or []
        self.lang = lang or ctx.lang
        self.in_reply_to = None
        self.force = {}

    # --- attachments
    def attach(self, ctype, data, filename, fn_style=None, inline=False):
        self.atts.append(("bin", ctype, data, filename, fn_style, inline))
        return self

    def attach_text(self, ctype, text, filename, fn_style=None, charset=None, cte=None):
        self.atts.append(("text", ctype, text, filename, fn_style, (charset, cte)))
        return self

    def attach_eml(self, data, filename=None):
        self.atts.append(("eml", "message/rfc822", data, filename, None, None))
        return self

    # --- transport
    def _choose(self):
        r = rng_for(self.ctx.key + ":tx")
        lang = self.lang
        f = self.force
        if lang == "fr":
            cs = r.choice(["utf-8", "utf-8", "utf-8", "iso-8859-1", "iso-8859-1",
                           "windows-1252", "windows-1252"])
        else:
            cs = r.choice(["us-ascii", "us-ascii", "utf-8", "utf-8", "utf-8", "windows-1252",
                           "iso-8859-1"])
        cs = f.get("charset", cs)
        eol = f.get("eol", r.choice(["\n", "\n", "\n", "\r\n", "\r\n"]))
        hdr_enc = f.get("hdr_enc", r.choice(["B", "Q", "B"]))
        hdr_cs = f.get("hdr_cs", r.choice(["utf-8", "utf-8", "iso-8859-1"]))
        cte_r = r.random()
        return cs, eol, hdr_enc, hdr_cs, cte_r, r

    @staticmethod
    def _fit_charset(text, cs):
        for c in [cs, "windows-1252" if cs == "us-ascii" else cs, "utf-8"]:
            try:
                text.encode(c)
                return c
            except UnicodeEncodeError:
                continue
        return "utf-8"

    def _cte(self, text, cs, cte_r):
        forced = self.force.get("cte")
        ascii_ok = _is_ascii(text)
        if forced:
            if forced == "7bit" and not ascii_ok:
                return "quoted-printable"
            if forced == "8bit" and ascii_ok:
                return "7bit"
            return forced
        if ascii_ok:
            return "7bit" if cte_r < 0.6 else ("quoted-printable" if cte_r < 0.8 else "base64")
        if max(len(l.encode(cs)) for l in text.split("\n")) > 900:
            return "quoted-printable" if cte_r < 0.7 else "base64"
        return "8bit" if cte_r < 0.42 else ("quoted-printable" if cte_r < 0.8 else "base64")

    def _text_leaf(self, ctype, text, cs, cte_r):
        cs2 = self._fit_charset(text, cs)
        if ctype == "text/html":
            text = text.replace("charset=utf-8", "charset=" + cs2)
        return Leaf(ctype, text, charset=cs2, cte=self._cte(text, cs2, cte_r))

    def render(self):
        ctx = self.ctx
        cs, eol, hdr_enc, hdr_cs, cte_r, r = self._choose()
        nb = [0]

        def bnd():
            nb[0] += 1
            return make_boundary(ctx.key, nb[0])

        # body
        html = self.html
        if self.mode in ("html", "alt") and html is None:
            html = text_to_html(self.text or "", self.lang)
        if self.mode == "plain":
            body = self._text_leaf("text/plain", self.text, cs, cte_r)
        elif self.mode == "html":
            body = self._text_leaf("text/html", html, cs, cte_r)
        else:
            body = Multi("alternative", [self._text_leaf("text/plain", self.text, cs, cte_r),
                                         self._text_leaf("text/html", html, cs, cte_r)], bnd())
        if self.atts:
            parts = [body]
            for kind, ctype, data, fn, fn_style, extra in self.atts:
                if fn_style is None and fn is not None:
                    fn_style = "plain" if _is_ascii(fn) else r.choice(
                        ["rfc2231", "rfc2231", "rfc2047", "rfc2231_cont"])
                if kind == "bin":
                    parts.append(Leaf(ctype, data, cte="base64", filename=fn,
                                      disposition="inline" if extra else "attachment",
                                      fn_style=fn_style))
                elif kind == "text":
                    tcs, tcte = extra
                    tcs = self._fit_charset(data, tcs or cs)
                    tcte = tcte or self._cte(data, tcs, r.random())
                    parts.append(Leaf(ctype, data, charset=tcs, cte=tcte, filename=fn,
                                      disposition="attachment", fn_style=fn_style))
                else:
                    cte = "7bit" if all(b < 128 for b in data) else "8bit"
                    parts.append(Leaf("message/rfc822", data, cte=cte, filename=fn,
                                      disposition="attachment" if fn else "inline",
                                      fn_style=fn_style or "plain"))
            body = Multi("mixed", parts, bnd())
        # headers
        fcs = hdr_cs
        hs = []
        hs.append(header_addrs("From", [self.frm], fcs, hdr_enc))
        hs.append(header_addrs("To", self.to, fcs, hdr_enc))
        if self.cc:
            hs.append(header_addrs("Cc", self.cc, fcs, hdr_enc))
        subj_cs = fcs
        try:
            self.subject.encode(subj_cs)
        except UnicodeEncodeError:
            subj_cs = "utf-8"
        hs.append(header_text("Subject", self.subject, subj_cs,
                              None if _is_ascii(self.subject) else hdr_enc))
        hs.append("Date: " + fmt_date(ctx.dt))
        dom = self.frm[1].split("@")[1]
        hs.append("Message-ID: " + make_msgid(ctx.key, dom))
        if self.in_reply_to:
            hs.append("In-Reply-To: " + self.in_reply_to)
            hs.append("References: " + self.in_reply_to)
        mailer = r.choice(MAILERS)
        if mailer:
            hs.append("X-Mailer: " + mailer)
        if r.random() < 0.5:
            hs.append("Content-Language: " + ("fr-CA" if self.lang == "fr" else "en-CA"))
        hs.extend(self.extra)
        return render_message(hs, body, eol)


def inner_eml(ctx, frm, to, subject, text, when, lang=None, charset="utf-8", cte=None, n=1):
    """A small complete message used as message/rfc822 attachment (always LF)."""
    body_cs = Mail._fit_charset(text, charset)
    if cte is None:
        cte = "7bit" if _is_ascii(text) else "quoted-printable"
    body = Leaf("text/plain", text, charset=body_cs, cte=cte)
    hs = [header_addrs("From", [frm], "utf-8", "Q"), header_addrs("To", to, "utf-8", "Q"),
          header_text("Subject", subject, "utf-8", None if _is_ascii(subject) else "Q"),
          "Date: " + fmt_date(when), "Message-ID: " + make_msgid(ctx.key + ":inner%d" % n,
                                                               frm[1].split("@")[1])]
    return render_message(hs, body, "\n")


def fwd_block(lang, frm, when, to, subject):
    """Header block of an inline forward as Outlook/Thunderbird write it."""
    if lang == "fr":
        return ("-------- Message transféré --------\n"
                "De : %s <%s>\nEnvoyé : %s %s\nÀ : %s\nObjet : %s\n" % (
                    frm[0], frm[1], fdate(when.date(), "fr_long"), when.strftime("%H:%M"),
                    "; ".join(t[0] or t[1] for t in to), subject))
    return ("---------- Forwarded message ---------\n"
            "From: %s <%s>\nDate: %s at %s\nTo: %s\nSubject: %s\n" % (
                frm[0], frm[1], fdate(when.date(), "en_long"), when.strftime("%I:%M %p"),
                ", ".join(t[0] or t[1] for t in to), subject))


def reply_intro(lang, frm, when):
    if lang == "fr":
        return "Le %s à %s, %s <%s> a écrit :" % (fdate(when.date(), "fr_long"),
                                                  when.strftime("%H:%M"), frm[0], frm[1])
    return "On %s, at %s, %s <%s> wrote:" % (fdate(when.date(), "en_long"),
                                             when.strftime("%I:%M %p"), frm[0], frm[1])


def earlier(dt, rng, hours=(2, 70)):
    return dt - datetime.timedelta(hours=rng.randint(*hours), minutes=rng.randint(0, 59))
