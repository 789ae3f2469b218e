"""Small helpers used by the positive and negative builders."""
import gen_attach as A
import gen_common as C


def pname(c, p, style=None):
    """Render a patient name in one of the ways people actually write it."""
    styles = ['full', 'full', 'title', 'rev', 'upper', 'lower', 'initials', 'title_full']
    style = style or c.pick(styles)
    if style == 'full':
        return p.full
    if style == 'title':
        return '%s %s' % (p.title(c.lang), p.surname)
    if style == 'title_full':
        return '%s %s' % (p.title(c.lang), p.full)
    if style == 'rev':
        return p.rev
    if style == 'upper':
        return '%s %s' % (p.surname.upper(), p.given)
    if style == 'lower':
        return p.full.lower()
    if style == 'initials':
        return p.initials
    return p.full


def nam_txt(c, p, style=None):
    return C.fmt_nam(c.rng, p.nam, style)


def fn_safe(s):
    """File-name friendly version (accents kept or stripped at random by caller)."""
    return s.replace(' ', '_').replace("'", '').replace(',', '')


def pdf(fname, title, lines, c=None, header=None, footer=None, author=''):
    comp = True if c is None else c.chance(0.7)
    return {'filename': fname, 'ctype': 'application/pdf',
            'data': A.make_pdf(title, lines, header=header, compress=comp, footer=footer, author=author)}


def docx(fname, title, paras, table=None, author='Clinique', small=None):
    return {'filename': fname, 'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'data': A.make_docx(title, paras, table=table, author=author, small=small)}


def xlsx(fname, sheets, author='Clinique'):
    return {'filename': fname, 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'data': A.make_xlsx(sheets, author=author)}


def csv_att(c, fname, rows):
    delim = ';' if c.lang == 'fr' and c.chance(0.7) else ','
    enc = 'cp1252' if c.chance(0.35) else 'utf-8'
    data = A.make_csv(rows, delimiter=delim, encoding=enc, bom=(enc == 'utf-8' and c.chance(0.5)))
    ctype = c.pick(['text/csv', 'application/vnd.ms-excel', 'application/octet-stream'])
    return {'filename': fname, 'ctype': ctype, 'data': data}


def ics_att(c, text, fname='invite.ics', inline=False):
    if inline:
        return {'filename': None, 'ctype': 'text/calendar', 'text': text, 'charset': 'utf-8',
                'extra_params': '; method=REQUEST', 'no_disposition': True, 'cte': 'base64'}
    return {'filename': fname, 'ctype': 'text/calendar', 'text': text, 'charset': 'utf-8',
            'extra_params': '; method=REQUEST', 'cte': c.pick(['base64', 'quoted-printable', '8bit'])}


def vcf_att(c, text, fname):
    return {'filename': fname, 'ctype': c.pick(['text/vcard', 'text/x-vcard']), 'text': text, 'charset': 'utf-8',
            'cte': c.pick(['quoted-printable', 'base64', '7bit'])}


def png(c, fname):
    return {'filename': fname, 'ctype': 'image/png', 'data': A.make_png(c.rng)}


def zip_att(fname, members):
    return {'filename': fname, 'ctype': 'application/zip', 'data': A.make_zip(members)}


def eml_att(fname, data):
    return {'filename': fname, 'ctype': 'message/rfc822', 'data': data}


def table_text(rows, sep=' | '):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append(sep.join(str(v).ljust(widths[i]) for i, v in enumerate(r)).rstrip())
    return '\n'.join(out)


def quote(text, style='>'):
    if style == '>':
        return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
    return text


def reply_header(c, who, when):
    if c.lang == 'fr':
        return c.pick(['Le %s, %s a écrit :' % (c.fd(when, 2), who),
                       '-----Message d\'origine-----\nDe : %s\nEnvoyé : %s' % (who, c.fd(when, 2)),
                       'Le %s à %s, %s a écrit :' % (c.fd(when, 0), c.hour(), who)])
    return c.pick(['On %s, %s wrote:' % (c.fd(when, 2), who),
                   '-----Original Message-----\nFrom: %s\nSent: %s' % (who, c.fd(when, 2)),
                   'On %s at %s, %s wrote:' % (c.fd(when, 2), c.hour(), who)])


def fwd_header(c, frm, to, subj, when):
    if c.lang == 'fr':
        return ('---------- Message transféré ----------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s'
                % (frm, c.fd(when, 2), subj, to))
    return ('---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s'
            % (frm, c.fd(when, 2), subj, to))
