"""Small helpers shared by the message templates."""
import datetime
import html as htmlmod

import gen_mime
from gen_common import DOM, ORGS, org_name, sig  # noqa: F401  (re-exported for templates)


def A(st):
    """Address tuple for a staff member."""
    return (st.full if st.title else st.plain, st.email)


def O(key, lang, local=None):
    o = ORGS[key]
    mail = o["mail"] if local is None else "%s@%s" % (local, o.get("dom", DOM))
    return (o[lang], mail)


def T(c, fr, en):
    return fr if c.lang == "fr" else en


def M(c, cat, note, frm, to, subject, text, html=None, atts=None, cc=None, reply=False, importance=None):
    return dict(cat=cat, note=note, frm=frm, to=to, cc=cc or [], subject=subject, text=text, html=html,
                atts=atts or [], reply=reply, importance=importance)


def att(kind, filename, data, **kw):
    d = dict(kind=kind, filename=filename, data=data)
    d.update(kw)
    return d


def hhmm(dt, lang="en"):
    return ("%02d h %02d" if lang == "fr" else "%02d:%02d") % (dt.hour, dt.minute)


def ago(c, **kw):
    return c.when - datetime.timedelta(**kw)


def ahead(c, **kw):
    return c.when + datetime.timedelta(**kw)


def short_dt(c, dt):
    if c.lang == "fr":
        return "%d %s %d %s" % (dt.day, ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.",
                                         "oct.", "nov.", "déc."][dt.month - 1], dt.year, hhmm(dt, "fr"))
    return "%s %d, %d %s" % (["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                              "Dec"][dt.month - 1], dt.day, dt.year, hhmm(dt, "en"))


def short_d(c, dt):
    if c.lang == "fr":
        return "%d %s %d" % (dt.day, ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.",
                                      "oct.", "nov.", "déc."][dt.month - 1], dt.year)
    return "%s %d, %d" % (["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                           "Dec"][dt.month - 1], dt.day, dt.year)


def incident_no(c):
    return "%d-%06d" % (c.when.year, c.rng.randrange(1000, 99999))


def transfer_no(c):
    return "CCT-%02d-%05d" % (c.when.year % 100, c.rng.randrange(100, 29999))


def unit_no(c):
    return "%d%02d" % (c.rng.choice([71, 72, 73, 74, 81, 82]), c.rng.randrange(1, 40))


def civ(c, st):
    """Staff member with a courtesy title (Mme / M. / Ms. / Mr.), or Dr/Dre for physicians."""
    from gen_common import FEMALE_GIVEN
    if st.title:
        return st.full
    fem = st.given in FEMALE_GIVEN
    t = ("Mme" if fem else "M.") if c.lang == "fr" else ("Ms." if fem else "Mr.")
    return "%s %s" % (t, st.plain)


def hello(c, st=None, informal=None):
    informal = c.rng.random() < 0.5 if informal is None else informal
    if c.lang == "fr":
        if st is None:
            return c.pick(["Bonjour,", "Bonjour à tous,", "Allo,"])
        return ("Salut %s," if informal else "Bonjour %s,") % st.given
    if st is None:
        return c.pick(["Hi all,", "Hello,", "Good morning,"])
    return ("Hi %s," if informal else "Hello %s,") % st.given


def thanks(c):
    return c.pick(["Merci !", "Merci,", "Merci beaucoup.", "Bonne journée,"] if c.lang == "fr"
                  else ["Thanks,", "Thank you.", "Thanks!", "Cheers,"])


def html_table(headers, rows, before="", after="", charset="utf-8"):
    th = "".join("<th style=\"border:1px solid #999;padding:3px;background:#eee\">%s</th>" % htmlmod.escape(h)
                 for h in headers)
    trs = []
    for r in rows:
        trs.append("<tr>" + "".join("<td style=\"border:1px solid #999;padding:3px\">%s</td>"
                                    % htmlmod.escape(str(v)) for v in r) + "</tr>")
    b = "".join("<p>%s</p>\n" % htmlmod.escape(x).replace("\n", "<br>\n") for x in before.split("\n\n") if x)
    a = "".join("<p>%s</p>\n" % htmlmod.escape(x).replace("\n", "<br>\n") for x in after.split("\n\n") if x)
    return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:10pt">\n%s<table style="border-collapse:collapse">\n'
            '<tr>%s</tr>\n%s\n</table>\n%s</body>\n</html>\n' % (charset, b, th, "\n".join(trs), a))


def text_table(headers, rows):
    cols = list(zip(*([headers] + [[str(v) for v in r] for r in rows])))
    widths = [max(len(x) for x in col) for col in cols]
    line = lambda r: "  ".join(str(v).ljust(w) for v, w in zip(r, widths)).rstrip()
    return "\n".join([line(headers), "  ".join("-" * w for w in widths)] + [line(r) for r in rows])


def nested(c, frm, to, subject, text, date, atts=None, html=None):
    """A complete message to be attached as message/rfc822 (or forwarded)."""
    mid = "<%08x.%04d@%s>" % (c.rng.getrandbits(32), c.rng.randrange(10000), frm[1].split("@")[1])
    spec = dict(text=text, html=html, atts=atts or [], date=date, frm=frm, to=to, subject=subject, msgid=mid)
    tr = dict(body="plain" if html is None else "alt", charset=c.pick(["utf-8", "iso-8859-1", "windows-1252"]),
              cte=c.pick(["quoted-printable", "8bit", "base64"]), bseed="%06d" % c.rng.randrange(10 ** 6),
              crlf=False, hcharset="utf-8")
    return gen_mime.build(spec, tr)


def fwd_date(c, dt):
    if c.lang == "fr":
        return "%s %s" % (["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][dt.weekday()], short_dt(c, dt))
    return "%s, %s" % (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()], short_dt(c, dt))
