"""Turn a Draft into the bytes of an .eml file, choosing the transport."""
import email.utils

from gen_body import render_html, render_plain
from gen_mime import (address_header, bin_part, header, message_part, multipart, render, text_part)

TEXT_ATTACH = {'text/csv', 'text/calendar', 'text/vcard', 'text/x-vcard', 'text/plain'}


def _can(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def choose_transport(rng, d, text):
    h = d.hints
    fmt = h.get('fmt') or rng.pick(['plain'] * 9 + ['html'] * 4 + ['alt'] * 7)
    ascii_ok = _can(text, 'ascii')
    if ascii_ok and rng.chance(0.45):
        charset = 'us-ascii'
    else:
        charset = rng.pick(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    charset = h.get('charset', charset)
    if not _can(text, charset):
        charset = 'windows-1252' if _can(text, 'windows-1252') and rng.chance(0.3) else 'utf-8'
    non_ascii = not _can(text, 'ascii')
    if non_ascii:
        cte = rng.pick(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])
    else:
        cte = rng.pick(['7bit', '7bit', 'quoted-printable', 'base64'])
    cte = h.get('cte', cte)
    if cte == '7bit' and non_ascii:
        cte = 'quoted-printable'
    eol = h.get('eol') or rng.pick(['\n', '\r\n'])
    hdr_cs = charset if charset in ('iso-8859-1', 'windows-1252') and rng.chance(0.6) else 'utf-8'
    hdr_enc = rng.pick(['Q', 'Q', 'B'])
    fname = h.get('fname') or rng.pick(['plain', 'plain', 'rfc2231', 'rfc2231', 'rfc2231_cont', 'rfc2231_latin1'])
    return dict(fmt=fmt, charset=charset, cte=cte, eol=eol, hdr_cs=hdr_cs, hdr_enc=hdr_enc, fname=fname)


def _html_charset(html, charset):
    return html.replace('charset=utf-8', f'charset={charset}')


def build_eml(rng, d, boundary_seed):
    plain = render_plain(d.blocks, d.lang)
    html = render_html(d.blocks, d.lang, rng.randrange(3))
    tr = choose_transport(rng, d, plain + html)
    d.transport = tr
    cs, cte = tr['charset'], tr['cte']
    bcount = [0]

    def boundary():
        bcount[0] += 1
        return f"----=_NextPart_{boundary_seed:06d}_{bcount[0]:02d}_{rng.randrange(16 ** 10):010X}"

    if tr['fmt'] == 'plain':
        body = text_part(plain, 'plain', cs, cte, format_flowed=rng.chance(0.1))
    elif tr['fmt'] == 'html':
        body = text_part(_html_charset(html, cs), 'html', cs, cte)
    else:
        cte2 = cte if rng.chance(0.6) else ('quoted-printable' if cte != 'quoted-printable' else 'base64')
        body = multipart('alternative', [text_part(plain, 'plain', cs, cte),
                                         text_part(_html_charset(html, cs), 'html', cs, cte2)], boundary())
    if d.attachments:
        parts = [body]
        for att in d.attachments:
            ctype, fname, data = att[0], att[1], att[2]
            opts = att[3] if len(att) > 3 else {}
            fstyle = opts.get('fname', tr['fname'])
            if ctype == 'message/rfc822':
                parts.append(message_part(data, fname, fstyle))
            elif ctype in TEXT_ATTACH and opts.get('as_text', rng.chance(0.6)):
                txt = data.decode(opts.get('encoding', 'utf-8'))
                acs = opts.get('charset') or ('utf-8' if not _can(txt, 'ascii') else 'us-ascii')
                if not _can(txt, acs):
                    acs = 'utf-8'
                acte = rng.pick(['quoted-printable', 'base64', '8bit' if not _can(txt, 'ascii') else '7bit'])
                sub = ctype.split('/')[1]
                parts.append(text_part(txt, sub, acs, acte, filename=fname, fname_style=fstyle))
            else:
                parts.append(bin_part(data, ctype, fname, fstyle, 'base64', inline=opts.get('inline', False)))
        root = multipart(d.hints.get('mixed', 'mixed'), parts, boundary())
    else:
        root = body

    hs = [address_header('From', [d.sender], tr['hdr_cs'], tr['hdr_enc']),
          address_header('To', d.to, tr['hdr_cs'], tr['hdr_enc'])]
    if d.cc:
        hs.append(address_header('Cc', d.cc, tr['hdr_cs'], tr['hdr_enc']))
    hs.append(header('Subject', d.subject, tr['hdr_cs'], tr['hdr_enc']))
    hs.append('Date: ' + email.utils.format_datetime(d.when))
    dom = d.sender[1].split('@')[1]
    mid = f"<{d.when:%Y%m%d%H%M%S}.{rng.randrange(16 ** 8):08x}@{dom}>"
    hs.append('Message-ID: ' + mid)
    if d.reply:
        ref = f"<{rng.randrange(16 ** 12):012x}@{d.to[0][1].split('@')[1]}>"
        hs.append('In-Reply-To: ' + ref)
        hs.append('References: ' + ref)
    if rng.chance(0.3):
        hs.append('X-Mailer: ' + rng.pick(['Microsoft Outlook 16.0', 'Zimbra 10.0', 'Apple Mail (2.3774)',
                                           'Thunderbird 128.4.0']))
    if d.hints.get('importance'):
        hs.append('Importance: High')
    return render(hs, root, tr['eol'])


def inner_eml(rng, sender, to, subject, when, text, lang='fr', charset='utf-8'):
    """A small plain-text message used as a message/rfc822 attachment."""
    cs = charset if _can(text, charset) else 'utf-8'
    cte = 'quoted-printable' if not _can(text, 'ascii') else '7bit'
    body = text_part(text, 'plain', cs, cte)
    hs = [address_header('From', [sender]), address_header('To', to), header('Subject', subject),
          'Date: ' + email.utils.format_datetime(when),
          f"Message-ID: <{when:%Y%m%d%H%M%S}.{rng.randrange(16 ** 8):08x}@{sender[1].split('@')[1]}>"]
    return render(hs, body, '\n')
