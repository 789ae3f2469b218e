"""Helpers used by the message templates (quoting, forwarding, names, mailboxes)."""
import datetime

from gen_common import (L, fdate, msg_datetime, oname, strip_accents, MOIS, MONTHS, DIAG, phone)

MAILBOX = {
    'ambulance': [('Répartition', 'repartition'), ('Dispatch', 'dispatch'), ('Transports interétablissements', 'interfacility')],
    'adapted': [('Réservations', 'reservations'), ('Service à la clientèle', 'clientele'), ('Bookings', 'bookings')],
    'oxygen': [('Service clinique', 'clinique'), ('OxyDom - Intake', 'intake'), ('Commandes', 'commandes')],
    'dialysis': [('Commandes', 'commandes'), ('Home Dialysis Orders', 'orders'), ('Service clients', 'service')],
    'rental': [('Location', 'location'), ('Rentals', 'rentals'), ('Livraisons', 'livraisons')],
    'nursing': [('Accueil des demandes', 'accueil'), ('Intake', 'intake'), ('Planification', 'planification')],
}


def mailbox(org, rng):
    d, local = rng.choice(MAILBOX[org['kind']])
    return (d + ' - ' + org['fr'].split(' ')[0] if rng.random() < 0.3 else d, '%s@%s' % (local, org['dom']))


def who(a):
    return (a['name'], a['addr'])


def mail(rng, frm, to, subject, text, day, lang, cc=None, **kw):
    m = dict(frm=who(frm) if isinstance(frm, dict) else frm,
             to=[who(t) if isinstance(t, dict) else t for t in to],
             cc=[who(t) if isinstance(t, dict) else t for t in (cc or [])],
             subject=subject, text=text, date=msg_datetime(rng, day), lang=lang)
    m.update(kw)
    return m


def nm(p, lang, style):
    """Ways people write a patient's name."""
    s = style % 8
    if s == 0:
        return p.full
    if s == 1:
        return p.titled(lang)
    if s == 2:
        return p.rev
    if s == 3:
        return p.full.lower()
    if s == 4:
        return '%s %s' % (p.surname, p.given)
    if s == 5:
        return '%s %s' % (p.title(lang), p.surname)
    if s == 6:
        return p.initials()
    return '%s %s' % (p.title(lang), p.full.upper())


def dob(p, lang, style):
    return fdate(p.dob, lang, [0, 1, 2, 4][style % 4])


def dt_line(dt, lang):
    d = dt.date()
    if lang == 'fr':
        return '%d %s %d %02d:%02d' % (d.day, MOIS[d.month - 1], d.year, dt.hour, dt.minute)
    return '%s, %s %d, %d %d:%02d %s' % (['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
                                           'Sunday'][d.weekday()], MONTHS[d.month - 1], d.day, d.year,
                                          (dt.hour - 1) % 12 + 1, dt.minute, 'AM' if dt.hour < 12 else 'PM')


def quote_gt(prev, lang):
    """Thunderbird/Gmail style quote of a previous mail dict."""
    intro = L(lang, 'Le %s, %s <%s> a écrit :', 'On %s, %s <%s> wrote:') % (
        dt_line(prev['date'], lang), prev['frm'][0], prev['frm'][1])
    body = '\n'.join(('> ' + l) if l else '>' for l in prev['text'].split('\n'))
    return intro + '\n' + body


def quote_outlook(prev, lang):
    to = '; '.join(d for d, _ in prev['to'])
    if lang == 'fr':
        h = 'De : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s' % (prev['frm'][0], prev['frm'][1],
                                                               dt_line(prev['date'], lang), to, prev['subject'])
    else:
        h = 'From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s' % (prev['frm'][0], prev['frm'][1],
                                                              dt_line(prev['date'], lang), to, prev['subject'])
    return '_' * 32 + '\n' + h + '\n\n' + prev['text']


def forward_inline(prev, lang):
    if lang == 'fr':
        h = '-------- Message transféré --------\nSujet : %s\nDate : %s\nDe : %s <%s>\nPour : %s' % (
            prev['subject'], dt_line(prev['date'], lang), prev['frm'][0], prev['frm'][1],
            ', '.join('%s <%s>' % t for t in prev['to']))
    else:
        h = '---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s' % (
            prev['frm'][0], prev['frm'][1], dt_line(prev['date'], lang), prev['subject'],
            ', '.join('%s <%s>' % t for t in prev['to']))
    return h + '\n\n' + prev['text']


def reply(rng, prev, quote_style=None):
    quote_style = quote_style or rng.choice(['gt', 'outlook'])
    return quote_gt(prev, prev['lang']) if quote_style == 'gt' else quote_outlook(prev, prev['lang'])


def re_subj(s, lang, rng):
    return rng.choice(['RE: ', 'Re: ', 'RE : ' if lang == 'fr' else 'RE: ']) + s


def fw_subj(s, lang, rng):
    return rng.choice(['TR: ', 'Fwd: ', 'FW: ']) + s if lang == 'fr' else rng.choice(['Fwd: ', 'FW: ', 'Fw: ']) + s


def dx(key, lang):
    return DIAG[key][0] if lang == 'fr' else DIAG[key][1]


def med(m, lang):
    return m[0] if lang == 'fr' else m[1]


def later(day, n):
    d = day + datetime.timedelta(days=n)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def ascii_fname(s):
    import re
    s = strip_accents(s).replace(' ', '_').replace("'", '')
    return re.sub(r'_+', '_', re.sub(r'[^A-Za-z0-9_.-]', '_', s))
