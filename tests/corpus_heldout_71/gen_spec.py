"""Spec helpers shared by the positive and negative template modules."""
import datetime

from gen_common import addr, staff_name, strip_accents
from gen_mime import make_dt, fmt_date_header


def spec(ctx, cat, lang, types, note, frm, to, subject, text, cc=None, date=None,
         attachments=None, html=None, body_mode=None, reply=False, **kw):
    d = dict(cat=cat, lang=lang, types=sorted(set(types)), note=note,
             frm=frm if isinstance(frm, tuple) else addr(frm),
             to=[t if isinstance(t, tuple) else addr(t) for t in (to if isinstance(to, list) else [to])],
             cc=[t if isinstance(t, tuple) else addr(t) for t in (cc or [])],
             subject=subject, text=text, html=html, attachments=attachments or [],
             body_mode=body_mode, date=date or make_dt(ctx))
    if reply:
        d['in_reply_to'] = '<%x@%s>' % (ctx.rng.getrandbits(64), d['to'][0][1].split('@')[1])
        d['thread_topic'] = subject.split(':', 1)[-1].strip()
    d.update(kw)
    return d


def ext_addr(ctx, display, local_hint, domain):
    local = strip_accents(local_hint).lower().replace(' ', '.').replace("'", '')
    return (display, '%s@%s' % (local, domain))


def quote_block(ctx, lang, who, when, text, style=None):
    """Return a quoted earlier message in one of several client styles.
    who: (name, addr); when: datetime."""
    style = style or ctx.choice(['gt', 'gt', 'outlook', 'outlook'])
    if style == 'gt':
        if lang == 'fr':
            head = 'Le %s, %s <%s> a écrit :' % (when.strftime('%Y-%m-%d à %H:%M'), who[0], who[1])
        else:
            head = 'On %s, %s <%s> wrote:' % (when.strftime('%a, %b %d, %Y at %I:%M %p'), who[0], who[1])
        return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    if lang == 'fr':
        return ('-----Message d’origine-----\nDe : %s <%s>\nEnvoyé : %s\nObjet : %%s\n\n%s'
                % (who[0], who[1], when.strftime('%d %B %Y %H:%M'), text))
    return ('-----Original Message-----\nFrom: %s <%s>\nSent: %s\nSubject: %%s\n\n%s'
            % (who[0], who[1], when.strftime('%A, %B %d, %Y %I:%M %p'), text))


def quoted(ctx, lang, who, when, text, subject, style=None):
    q = quote_block(ctx, lang, who, when, text, style)
    return q.replace('%s', subject, 1) if '%s' in q.split('\n\n', 1)[0] else q


def forward_block(ctx, lang, who, to, when, subject, text):
    if lang == 'fr':
        return ('---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s\n\n%s'
                % (who[0], who[1], when.strftime('%d/%m/%Y %H:%M'), subject, to, text))
    return ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n%s'
            % (who[0], who[1], when.strftime('%a, %b %d, %Y at %I:%M %p'), subject, to, text))


def earlier(dt, hours):
    return dt - datetime.timedelta(hours=hours)
