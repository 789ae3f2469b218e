"""Small helpers shared by the positive and negative templates."""
import datetime

from gen_common import staff, DOM, EXTERNAL, PARTNERS


def mdate(rng, month=None):
    m = month or rng.randrange(1, 12)
    d = rng.randrange(1, 29)
    dt = datetime.datetime(2025, m, d, rng.randrange(7, 18), rng.randrange(0, 60), rng.randrange(0, 60))
    while dt.weekday() >= 5:
        dt += datetime.timedelta(days=1)
    return dt


def later(dt, rng, lo=2, hi=30, hour=None):
    d = (dt + datetime.timedelta(days=rng.randrange(lo, hi))).date()
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    h = hour if hour is not None else rng.choice([8, 9, 10, 13, 14, 15])
    return datetime.datetime(d.year, d.month, d.day, h, rng.choice([0, 15, 30, 45]))


def person(key):
    s = staff(key)
    return (s['name'], s['addr'])


def partner_addr(pkey, local):
    return '%s@%s' % (local, PARTNERS[pkey][1])


def ext(rng):
    return rng.choice(EXTERNAL)


def spec(key, cat, lang, note, frm, to, subject, body, date, track=None, **kw):
    s = {'key': key, 'cat': cat, 'lang': lang, 'note': note, 'from': frm, 'to': to, 'subject': subject,
         'body': body, 'date': date, 'track': track, 'confidential': track is not None}
    s.update(kw)
    return s


def L(lang, fr, en):
    return fr if lang == 'fr' else en


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def reply_header(lang, dt, who):
    from gen_common import date_fr, date_en
    if lang == 'fr':
        return 'Le %s à %02d:%02d, %s a écrit :' % (date_fr(dt.date()), dt.hour, dt.minute, who)
    return 'On %s at %d:%02d %s, %s wrote:' % (date_en(dt.date()), (dt.hour - 1) % 12 + 1, dt.minute,
                                                'AM' if dt.hour < 12 else 'PM', who)


def fwd_block(lang, frm, to, dt, subject, body):
    from gen_common import date_fr, date_en
    if lang == 'fr':
        head = ('-------- Message transféré --------\nDe : %s <%s>\nDate : %s %02d:%02d\nÀ : %s\nObjet : %s'
                % (frm[0], frm[1], date_fr(dt.date()), dt.hour, dt.minute, to, subject))
    else:
        head = ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s %02d:%02d\nTo: %s\nSubject: %s'
                % (frm[0], frm[1], date_en(dt.date()), dt.hour, dt.minute, to, subject))
    return head + '\n\n' + body


GROUP = {
    'tx': ('Coordination greffe rénale', 'coordo.greffe@' + DOM),
    'clinic': ('Clinique de néphrologie — secrétariat', 'nephro.secretariat@' + DOM),
    'hd': ('Unité d\'hémodialyse', 'hemodialyse@' + DOM),
    'pd': ('Dialyse à domicile / DP', 'dialyse.domicile@' + DOM),
    'predial': ('Clinique prédialyse (MRC)', 'predialyse@' + DOM),
    'pharm': ('Pharmacie — néphrologie', 'pharmacie.nephro@' + DOM),
    'all': ('Tout le personnel — néphrologie', 'nephro-tous@' + DOM),
    'md': ('Néphrologues — groupe', 'nephrologues@' + DOM),
    'nurses': ('Infirmières néphro', 'inf-nephro@' + DOM),
    'rh': ('Ressources humaines', 'rh@' + DOM),
    'ti': ('Centre de services TI', 'servicesti@' + DOM),
    'install': ('Services techniques', 'installations@' + DOM),
    'achats': ('Approvisionnement', 'achats@' + DOM),
    'comm': ('Communications', 'communications@' + DOM),
    'qual': ('Qualité et gestion des risques', 'qualite@' + DOM),
    'paie': ('Service de la paie', 'paie@' + DOM),
    'edu': ('Formation continue', 'formation@' + DOM),
    'research': ('Centre de recherche Deux-Rives', 'recherche@' + DOM),
}
