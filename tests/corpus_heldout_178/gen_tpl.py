"""Small helpers shared by the message templates."""
import datetime

import gen_common as C

EST = datetime.timezone(datetime.timedelta(hours=-5))
EDT = datetime.timezone(datetime.timedelta(hours=-4))


def tz_for(d):
    return EDT if 4 <= d.month <= 10 else EST


def mail_datetime(r, index, total, start=datetime.date(2024, 9, 3), days=200):
    """Spread messages over working days; deterministic from r."""
    d = start + datetime.timedelta(days=int(days * index / float(total)) + r.randint(0, 3))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    t = datetime.time(r.choice([7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19]), r.randint(0, 59), r.randint(0, 59))
    return datetime.datetime.combine(d, t, tzinfo=tz_for(d))


def future(r, when, lo=1, hi=21):
    d = when.date() + datetime.timedelta(days=r.randint(lo, hi))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def past(r, when, lo=1, hi=21):
    d = when.date() - datetime.timedelta(days=r.randint(lo, hi))
    while d.weekday() >= 5:
        d -= datetime.timedelta(days=1)
    return d


def hhmm(r, lo=7, hi=16, fr=True):
    h, m = r.randint(lo, hi), r.choice([0, 15, 30, 45])
    return ("%dh%02d" % (h, m)) if fr else ("%d:%02d" % (h, m))


def who(key, lang="fr", title=True):
    return (C.staff_name(key, lang, title=title), C.staff_addr(key))


def doc_short(key, lang="fr"):
    s = C.STAFF_BY_KEY[key]
    t = s[5] if lang == "fr" else s[6]
    return (t + " " + s[2]) if t else s[1]


def first(key):
    return C.STAFF_BY_KEY[key][1]


def ext(key, local):
    name, dom = C.EXT[key]
    return (name, "%s@%s" % (local, dom))


def greet(r, lang, name=None):
    if lang == "fr":
        g = r.choice(["Bonjour", "Bonjour", "Allo", "Salut", "Bon matin"])
    else:
        g = r.choice(["Hi", "Hello", "Good morning", "Hi there"] if not name else ["Hi", "Hello", "Good morning", "Hi"])
    return ("%s %s," % (g, name)) if name else (g + ",")


def thanks(r, lang):
    if lang == "fr":
        return r.choice(["Merci!", "Merci beaucoup.", "Merci de ton aide.", "Merci à l'avance.", "Bonne journée,"])
    return r.choice(["Thanks!", "Thank you.", "Thanks so much,", "Much appreciated.", "Best,"])


def quote_block(r, lang, text, sender, when, subject=None, to=None, style=None):
    """Quoted earlier message, in one of the common client styles."""
    style = style or r.choice(["gt", "outlook", "gt"])
    if style == "gt":
        if lang == "fr":
            head = "Le %s à %s, %s <%s> a écrit :" % (C.long_date_fr(when.date()), when.strftime("%H:%M"), sender[0], sender[1])
        else:
            head = "On %s at %s, %s <%s> wrote:" % (C.long_date_en(when.date()), when.strftime("%H:%M"), sender[0], sender[1])
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if lang == "fr":
        hdr = ["-----Message d'origine-----", "De : %s <%s>" % sender,
               "Envoyé : %s %s" % (C.long_date_fr(when.date()), when.strftime("%H:%M"))]
        if to:
            hdr.append("À : %s" % to)
        if subject:
            hdr.append("Objet : %s" % subject)
    else:
        hdr = ["-----Original Message-----", "From: %s <%s>" % sender,
               "Sent: %s %s" % (C.long_date_en(when.date()), when.strftime("%I:%M %p"))]
        if to:
            hdr.append("To: %s" % to)
        if subject:
            hdr.append("Subject: %s" % subject)
    return "\n".join(hdr) + "\n\n" + text


def fwd_block(lang, text, sender, when, subject, to):
    if lang == "fr":
        hdr = ["---------- Message transféré ---------", "De : %s <%s>" % sender,
               "Date : %s %s" % (C.long_date_fr(when.date()), when.strftime("%H:%M")),
               "Objet : %s" % subject, "À : %s" % to]
    else:
        hdr = ["---------- Forwarded message ---------", "From: %s <%s>" % sender,
               "Date: %s at %s" % (C.long_date_en(when.date()), when.strftime("%H:%M")),
               "Subject: %s" % subject, "To: %s" % to]
    return "\n".join(hdr) + "\n\n" + text


def earlier(r, when, hours_lo=1, hours_hi=40):
    return when - datetime.timedelta(hours=r.randint(hours_lo, hours_hi), minutes=r.randint(0, 59))


def html_table(header, rows, caption=None):
    s = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    if caption:
        s.append("<caption>%s</caption>" % esc(caption))
    s.append("<tr>" + "".join('<th style="background:#dde">%s</th>' % esc(h) for h in header) + "</tr>")
    for row in rows:
        s.append("<tr>" + "".join("<td>%s</td>" % esc(str(c)) for c in row) + "</tr>")
    s.append("</table>")
    return "\n".join(s)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_doc(inner, font="Calibri, Arial, sans-serif"):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\n</head>\n'
            '<body style="font-family:%s;font-size:11pt">\n%s\n</body>\n</html>\n' % (font, inner))


def paras_html(text):
    out = []
    for block in text.split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


def text_table(header, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda row: "  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip()
    return "\n".join([line(header), "  ".join("-" * w for w in widths)] + [line(rw) for rw in rows])


def de(word):
    """French 'de' with elision before a vowel or mute h."""
    return ("d'" + word) if C.ascii_fold(word[:1]).lower() in "aeiouyh" else ("de " + word)


def slug(s):
    s = C.ascii_fold(s)
    return "".join(c if c.isalnum() else "_" for c in s).strip("_")


def spec(cat, note, subject, frm, to, text=None, **kw):
    d = {"cat": cat, "note": note, "subject": subject, "frm": frm, "to": to, "text": text}
    d.update(kw)
    return d
