# -*- coding: utf-8 -*-
"""Attachment descriptors and small composition helpers shared by templates."""
import attach as A
import common as C
import mime

CT_PDF = 'application/pdf'
CT_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
CT_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
CT_ZIP = 'application/zip'


def pdf(fn, title, paras, table=None, author='', footer=''):
    return dict(filename=fn, ctype=CT_PDF, data=A.make_pdf(title, paras, table, author, footer))


def docx(fn, title, paras, table=None, author='', after=None):
    return dict(filename=fn, ctype=CT_DOCX, data=A.make_docx(title, paras, table, author, after))


def xlsx(fn, sheets, author=''):
    return dict(filename=fn, ctype=CT_XLSX, data=A.make_xlsx(sheets, author))


def csv(fn, rows, rng, delimiter=None):
    delimiter = delimiter or rng.choice([',', ';', ';'])
    cs = rng.choice(['utf-8', 'windows-1252', 'iso-8859-1'])
    return dict(filename=fn, ctype='text/csv', text=A.make_csv(rows, delimiter, crlf=rng.random() < 0.7),
                charset=cs, cte=rng.choice(['base64', 'quoted-printable', '8bit']))


def ics(fn, rng, **kw):
    return dict(filename=fn, ctype='text/calendar', text=A.make_ics(**kw), charset='utf-8',
                cte=rng.choice(['base64', 'quoted-printable', '8bit']), method=kw.get('method', 'REQUEST'))


def vcf(filename, rng, **kw):
    return dict(filename=filename, ctype=rng.choice(['text/vcard', 'text/x-vcard']), text=A.make_vcard(**kw),
                charset='utf-8', cte=rng.choice(['base64', 'quoted-printable', '7bit']))


def zipf(fn, files):
    return dict(filename=fn, ctype=CT_ZIP, data=A.make_zip(files))


def eml(c, fn, from_, to, subject, text, date, attachments=None, cc=None):
    """Build an inner RFC 822 message (LF, 7bit-safe) and wrap it as a message/rfc822 attachment."""
    rng = c.rng
    spec = dict(from_=from_, to=to, cc=cc, subject=subject, date=date, msgid=c.msgid(), text=text,
                mode=rng.choice(['plain', 'alt']), charset=rng.choice(['utf-8', 'iso-8859-1', 'windows-1252']),
                cte=rng.choice(['quoted-printable', 'base64']), crlf=False, attachments=attachments)
    return dict(filename=fn, ctype='message/rfc822', data=mime.build_email(spec, rng))


def safe_fn(rng, s):
    """File name from free text; accents are kept about 40% of the time (non-ASCII names exercise RFC 2231/2047)."""
    s = s.replace(' ', '_').replace("'", '').replace(',', '')
    return s if rng.random() < 0.4 else C.strip_accents(s)


def bullets(rng, items, style=None):
    style = style if style is not None else rng.randrange(4)
    mark = ['- ', '* ', '\u2022 ', None][style]
    if mark is None:
        return '\n'.join(f"{i + 1}. {it}" for i, it in enumerate(items))
    return '\n'.join(mark + it for it in items)


def table_text(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append('| ' + ' | '.join(str(v).ljust(widths[i]) for i, v in enumerate(r)) + ' |')
        if k == 0:
            out.append('|' + '|'.join('-' * (w + 2) for w in widths) + '|')
    return '\n'.join(out)


def join(*blocks):
    return '\n\n'.join(b for b in blocks if b)
