"""Helpers shared by the positive and negative templates."""
import datetime

from gen_common import MOIS, MONTHS, JOURS, DAYS, add_workdays
from gen_files import pdf_bytes, docx_bytes, xlsx_bytes, csv_bytes
from gen_world import Staff, signature, greeting, closing


def tz_for(d):
    edt = datetime.date(2025, 3, 9) <= d.date() < datetime.date(2025, 11, 2) if isinstance(d, datetime.datetime) \
        else datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2)
    return datetime.timezone(datetime.timedelta(hours=-4 if edt else -5))


def addr(x, lang):
    if isinstance(x, Staff):
        return x.addr(lang)
    return x


def mk(ctx, cat, note, frm, to, subject, blocks, cc=(), atts=(), **kw):
    spec = dict(category=cat, note=note, lang=ctx.lang, frm=addr(frm, ctx.lang),
                to=[addr(t, ctx.lang) for t in (to if isinstance(to, list) else [to])],
                cc=[addr(c, ctx.lang) for c in cc], subject=subject, blocks=blocks, attachments=list(atts))
    spec.update(kw)
    return spec


def sig(ctx, staff):
    return ('sig', signature(ctx.rng, staff, ctx.lang))


def hello(ctx, who=None):
    return greeting(ctx.rng, ctx.lang, who)


def bye(ctx):
    return closing(ctx.rng, ctx.lang)


def salut_name(st, lang):
    return st.short(lang)


def att(filename, ctype, data, **kw):
    d = dict(filename=filename, ctype=ctype, data=data)
    d.update(kw)
    return d


def pdf_att(fn, title, blocks, author=''):
    return att(fn, 'application/pdf', pdf_bytes(title, blocks, author=author))


def docx_att(fn, title, blocks, author='Clinique'):
    return att(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
               docx_bytes(title, blocks, author))


def xlsx_att(fn, sheets, author='Clinique'):
    return att(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
               xlsx_bytes(sheets, author))


def csv_att(fn, rows, rng, ctype='text/csv'):
    enc = rng.choice(['utf-8', 'utf-8', 'windows-1252'])
    delim = rng.choice([',', ';'])
    data = csv_bytes(rows, delim, enc, bom=(enc == 'utf-8' and rng.random() < 0.3))
    return att(fn, ctype, data, charset=enc)


def re_(ctx, s):
    return ctx.rng.choice(['RE: ', 'Re: ', 'RE : ', 'Re : ']) + s if ctx.lang == 'fr' else \
        ctx.rng.choice(['RE: ', 'Re: ']) + s


def fw_(ctx, s):
    return ctx.rng.choice(['TR: ', 'Tr : ', 'Fwd: ', 'TR : ']) + s if ctx.lang == 'fr' else \
        ctx.rng.choice(['FW: ', 'Fwd: ', 'Fw: ']) + s


def earlier(ctx, hours_min=2, hours_max=72):
    return ctx.date - datetime.timedelta(minutes=ctx.rng.randrange(hours_min * 60, hours_max * 60))


def when_str(dt, lang):
    if lang == 'fr':
        return '%s %d %s %d à %d h %02d' % (JOURS[dt.weekday()], dt.day, MOIS[dt.month - 1], dt.year,
                                           dt.hour, dt.minute)
    h = dt.hour % 12 or 12
    return '%s, %s %d, %d at %d:%02d %s' % (DAYS[dt.weekday()][:3], MONTHS[dt.month - 1][:3], dt.day,
                                           dt.year, h, dt.minute, 'AM' if dt.hour < 12 else 'PM')


def attribution(ctx, who, dt):
    name, email = addr(who, ctx.lang)
    if ctx.lang == 'fr':
        return 'Le %s, %s <%s> a écrit :' % (when_str(dt, 'fr'), name, email)
    return 'On %s, %s <%s> wrote:' % (when_str(dt, 'en'), name, email)


def outlook_head(ctx, frm, to, dt, subject):
    fn, fe = addr(frm, ctx.lang)
    tn, te = addr(to, ctx.lang)
    if ctx.lang == 'fr':
        return [('De', '%s <%s>' % (fn, fe)), ('Envoyé', when_str(dt, 'fr')), ('À', '%s <%s>' % (tn, te)),
                ('Objet', subject)]
    return [('From', '%s <%s>' % (fn, fe)), ('Sent', when_str(dt, 'en')), ('To', '%s <%s>' % (tn, te)),
            ('Subject', subject)]


def quoted(ctx, who, to, dt, subject, blocks):
    """Either a '>'-quoted block or an Outlook-style header block."""
    if ctx.rng.random() < 0.55:
        return ('quote', attribution(ctx, who, dt), blocks)
    return ('fwd', outlook_head(ctx, who, to, dt, subject), blocks)


def appt(ctx, min_days=2, max_days=30, hours=(8, 9, 10, 11, 13, 14, 15)):
    d = add_workdays(ctx.date.date(), ctx.rng.randrange(min_days, max_days))
    return datetime.datetime(d.year, d.month, d.day, ctx.rng.choice(hours), ctx.rng.choice([0, 15, 30, 45]))


def appt_str(dt, lang, style=0):
    if lang == 'fr':
        if style == 0:
            return '%s %d %s à %d h %02d' % (JOURS[dt.weekday()], dt.day, MOIS[dt.month - 1], dt.hour, dt.minute)
        return '%s à %dh%02d' % (dt.strftime('%Y-%m-%d'), dt.hour, dt.minute)
    h = dt.hour % 12 or 12
    if style == 0:
        return '%s, %s %d at %d:%02d %s' % (DAYS[dt.weekday()], MONTHS[dt.month - 1], dt.day, h, dt.minute,
                                             'a.m.' if dt.hour < 12 else 'p.m.')
    return '%s %02d:%02d' % (dt.strftime('%Y-%m-%d'), dt.hour, dt.minute)


def short_date(d, lang):
    if lang == 'fr':
        return '%d %s' % (d.day, MOIS[d.month - 1])
    return '%s %d' % (MONTHS[d.month - 1][:3], d.day)


def filesafe(s):
    from gen_common import strip_accents
    return strip_accents(s).replace(' ', '_').replace("'", '')


def pt(ctx, p, cap=False):
    if ctx.lang == 'fr':
        s = 'la patiente' if p.sex == 'F' else 'le patient'
    else:
        s = 'the patient'
    return s[0].upper() + s[1:] if cap else s


def il(ctx, p, cap=True):
    if ctx.lang == 'fr':
        s = 'elle' if p.sex == 'F' else 'il'
    else:
        s = 'she' if p.sex == 'F' else 'he'
    return s[0].upper() + s[1:] if cap else s


def lazy(rng, *thunks):
    """Pick one option and evaluate only that one (so only its finding types are registered)."""
    return rng.choice(thunks)()


def fsafe(ctx, s):
    """File-name part: accents kept half of the time (RFC 2231 names), spaces always replaced."""
    if ctx.rng.random() < 0.5:
        return s.replace(' ', '_').replace("'", '')
    return filesafe(s)
