"""Helpers shared by the message templates (addressing, attachments, replies, forwards)."""
import datetime

import gen_common as C
import gen_docs as D
from gen_context import Att, Msg

NAME_STYLES = ["full", "title", "title", "last_first", "lower", "initial", "title_sur", "last_first_plain",
               "upper"]


def name_style(ctx, allowed=None):
    return ctx.pick(allowed or NAME_STYLES)


def mail(ctx, frm, to, subject, text, cc=(), html=None, frm_addr=None):
    m = ctx.msg
    m.frm = frm if isinstance(frm, tuple) else (frm.full if ctx.chance(0.85) else "", frm_addr or frm.email())
    if isinstance(frm, tuple):
        m.frm = frm
    m.to = [t if isinstance(t, tuple) else (t.full if ctx.chance(0.7) else "", t.email()) for t in to]
    m.cc = [t if isinstance(t, tuple) else (t.full, t.email()) for t in cc]
    m.subject = subject
    m.text = text
    m.html = html
    return m


def ext_addr(ctx, person, kind):
    dom = ctx.pick(C.EXT_DOMAINS[kind])
    return (person.full, person.email(dom))


def shared_box(ctx, local, name_fr, name_en):
    return (ctx.t(name_fr, name_en), f"{local}@{C.DOMAIN}")


def when(ctx):
    return D.when_of(ctx.msg.date)


def att_pdf(ctx, filename, blocks, header=None, author=""):
    data = D.pdf_bytes(blocks, compress=ctx.chance(0.4), title=ctx.t("Document clinique", "Clinical document"),
                       author=author, header=header)
    ctx.msg.attachments.append(Att(filename, "application/pdf", data))


def att_docx(ctx, filename, blocks, author="", title=""):
    data = D.docx_bytes(blocks, when(ctx), author=author, title=title)
    ctx.msg.attachments.append(Att(filename, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   data))


def att_xlsx(ctx, filename, sheets, author=""):
    data = D.xlsx_bytes(sheets, when(ctx), author=author)
    ctx.msg.attachments.append(Att(filename, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                   data))


def att_csv(ctx, filename, rows):
    enc = ctx.pick(["utf-8", "utf-8", "windows-1252"])
    try:
        data = D.csv_bytes(rows, delimiter=ctx.pick([",", ";"]), encoding=enc, bom=(enc == "utf-8" and ctx.chance(0.3)))
    except UnicodeEncodeError:
        enc = "utf-8"
        data = D.csv_bytes(rows, encoding=enc)
    ctx.msg.attachments.append(Att(filename, "text/csv", data, charset=enc))


def att_ics(ctx, filename, start, minutes, summary, description, location, organizer, attendees=()):
    end = start + datetime.timedelta(minutes=minutes)
    uid = "%08x-%04x@%s" % (ctx.rng.getrandbits(32), ctx.rng.getrandbits(16), C.DOMAIN)
    data = D.ics_bytes(uid, start, end, summary, description, location, organizer, attendees,
                       stamp=when(ctx))
    ctx.msg.attachments.append(Att(filename, "text/calendar", data, charset="utf-8"))


def att_vcard(ctx, filename, **kw):
    data = D.vcard_bytes(**kw)
    ctx.msg.attachments.append(Att(filename, ctx.pick(["text/vcard", "text/x-vcard"]), data, charset="utf-8"))


def att_zip(ctx, filename, members):
    ctx.msg.attachments.append(Att(filename, "application/zip", D.zip_bytes(members, when(ctx))))


def att_eml(ctx, filename, nested):
    ctx.msg.attachments.append(Att(filename, "message/rfc822", None, nested=nested))


def nested_msg(ctx, frm, to, subject, text, days_before=1, html=None):
    n = Msg()
    n.lang = ctx.lang
    n.frm, n.to, n.subject, n.text, n.html = frm, to, subject, text, html
    n.date = office(ctx, ctx.msg.date - datetime.timedelta(days=days_before, hours=ctx.rng.randrange(1, 6),
                                                           minutes=ctx.rng.randrange(60)))
    n.body_mode = "plain" if html is None else "alt"
    n.mime = {"mailer": None}
    return n


def office(ctx, dt):
    """Move a computed earlier time into office hours on a weekday."""
    while dt.weekday() >= 5:
        dt -= datetime.timedelta(days=1)
    if dt.hour < 7 or dt.hour > 18:
        dt = dt.replace(hour=ctx.rng.randrange(8, 17))
    return dt


def fr_datetime(dt):
    return f"{C.JOURS[dt.weekday()]} {dt.day} {C.MOIS[dt.month - 1]} {dt.year} {dt.hour:02d} h {dt.minute:02d}"


def en_datetime(dt):
    h = dt.hour % 12 or 12
    return f"{C.DAYS[dt.weekday()]}, {C.MONTHS[dt.month - 1]} {dt.day}, {dt.year} {h}:{dt.minute:02d} " \
           f"{'AM' if dt.hour < 12 else 'PM'}"


def quoted_block(ctx, frm, to, subject, text, style=None, days_before=0):
    """A quoted original under a reply, Outlook or Gmail style."""
    dt = office(ctx, ctx.msg.date - datetime.timedelta(days=days_before, hours=ctx.rng.randrange(1, 20),
                                                       minutes=ctx.rng.randrange(60)))
    style = style or ctx.pick(["outlook", "gmail", "gmail"])
    if style == "outlook":
        if ctx.fr():
            head = (f"De : {frm[0]} <{frm[1]}>\nEnvoyé : {fr_datetime(dt)}\nÀ : {to[0]} <{to[1]}>\n"
                    f"Objet : {subject}")
        else:
            head = f"From: {frm[0]} <{frm[1]}>\nSent: {en_datetime(dt)}\nTo: {to[0]} <{to[1]}>\nSubject: {subject}"
        return "\n\n________________________________\n" + head + "\n\n" + text
    if ctx.fr():
        head = f"Le {C.JOURS[dt.weekday()][:3]}. {dt.day} {C.MOIS_ABR[dt.month - 1]} {dt.year}, à {dt.hour:02d} h " \
               f"{dt.minute:02d}, {frm[0]} <{frm[1]}> a écrit :"
    else:
        head = f"On {C.DAYS[dt.weekday()][:3]}, {C.MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year} at " \
               f"{dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'} {frm[0]} <{frm[1]}> wrote:"
    return "\n\n" + head + "\n" + C.quote(text)


def forward_block(ctx, frm, to, subject, text, days_before=1):
    dt = office(ctx, ctx.msg.date - datetime.timedelta(days=days_before, hours=ctx.rng.randrange(1, 9)))
    if ctx.fr():
        head = ("-------- Message transféré --------\n"
                f"De : {frm[0]} <{frm[1]}>\nDate : {fr_datetime(dt)}\nÀ : {to[0]} <{to[1]}>\nObjet : {subject}")
    else:
        head = ("---------- Forwarded message ---------\n"
                f"From: {frm[0]} <{frm[1]}>\nDate: {en_datetime(dt)}\nTo: {to[0]} <{to[1]}>\nSubject: {subject}")
    return "\n\n" + head + "\n\n" + text


def reply_headers(ctx, host=C.DOMAIN):
    mid = "<%s@%s>" % ("".join(ctx.pick("0123456789ABCDEF") for _ in range(24)), host)
    ctx.msg.extra_headers += [("In-Reply-To", mid), ("References", mid)]


def appt(ctx, days_min=3, days_max=45):
    d = ctx.today + datetime.timedelta(days=ctx.rng.randrange(days_min, days_max))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return datetime.datetime(d.year, d.month, d.day, ctx.pick([7, 8, 9, 10, 13, 14]), ctx.pick([0, 15, 30, 45]))


def appt_str(ctx, dt):
    if ctx.fr():
        return f"{C.fmt_date(dt.date(), 'day_fr')} à {dt.hour} h {dt.minute:02d}"
    return f"{C.fmt_date(dt.date(), 'day_en')} at {dt.hour % 12 or 12}:{dt.minute:02d} {'am' if dt.hour < 12 else 'pm'}"


def hello(ctx, person=None):
    if person is None:
        return ctx.pick([ctx.t("Bonjour,", "Hi,"), ctx.t("Bonjour à tous,", "Hello all,"), ctx.t("Salut,", "Hi there,")])
    return ctx.pick([ctx.t(f"Bonjour {person.given},", f"Hi {person.given},"),
                     ctx.t(f"Salut {person.given},", f"Hello {person.given},"),
                     ctx.t(f"Bonjour {ctx.dr(person, True)},", f"Dear {ctx.dr(person, True)},")])


def thanks(ctx):
    return ctx.pick([ctx.t("Merci!", "Thanks!"), ctx.t("Merci beaucoup,", "Thank you,"),
                     ctx.t("Merci de votre collaboration,", "Many thanks,"), ctx.t("Bonne journée,", "Best,")])


def safe_fn(s):
    return "".join(ch if (ch.isalnum() or ch in "-_.") else "_" for ch in s).strip("_")


_GENDER = [("Elle/il", "Elle", "Il"), ("elle/il", "elle", "il"), ("la/le", "la", "le"), ("née le/né le", "née le", "né le"),
           ("lui/elle", "elle", "lui"), ("(e)", "e", "")]


def gz(p, s):
    if s is None:
        return s
    f = p.sex == "F"
    for a, x, y in _GENDER:
        s = s.replace(a, x if f else y)
    return s


def gender(ctx, p):
    """Resolve Elle/il, la/le, (e) in the prose of the message for patient p."""
    m = ctx.msg
    m.text, m.html, m.subject = gz(p, m.text), gz(p, m.html), gz(p, m.subject)
    for a in m.attachments:
        if a.nested is not None:
            a.nested.text = gz(p, a.nested.text)
