"""Helpers shared by the positive and negative templates."""
import datetime

from gen_body import forward_header, outlook_header, quote_intro
from gen_common import SITES, fold, title_of

TYPE_ORDER = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
              'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


def types(*ts):
    s = set()
    for t in ts:
        if t:
            if isinstance(t, (list, tuple, set)):
                s.update(t)
            else:
                s.add(t)
    bad = s - set(TYPE_ORDER)
    assert not bad, bad
    return [t for t in TYPE_ORDER if t in s]


def who(g, st, lang='fr'):
    """(display, address) of a staff member, in one of a few client styles."""
    name = '%s %s' % (st['given'], st['surname'])
    style = g.randint(0, 4)
    if style == 0 and st['title']:
        disp = title_of(st, lang)
    elif style == 1:
        disp = '%s, %s' % (st['surname'], st['given'])
    elif style == 2:
        disp = '%s (%s)' % (name, SITES[st['site']]['short'])
    else:
        disp = name
    return (disp, st['email'])


def generic(site, local, disp=None):
    return (disp or '', '%s@%s' % (local, SITES[site]['domain']))


def pwho(p):
    return ('%s %s' % (p['given'], p['surname']), p.get('email') or 'x@webmail.example')


def region_of(site):
    return 'be' if SITES[site]['country'] == 'be' else 'qc'


def quoted(g, lang, sender, to_disp, d, subject, inner_blocks, style=None):
    """Return a quote block for a reply."""
    style = style or g.pick(['gt', 'outlook', 'outlook', 'gt'])
    if style == 'gt':
        return ('quote', quote_intro(g, lang, sender[0], sender[1], d, 'gt'), inner_blocks, 'gt')
    return ('quote', outlook_header(lang, sender[0], sender[1], to_disp, d, subject), inner_blocks, 'outlook')


def forwarded(g, lang, sender, to_disp, d, subject, inner_blocks):
    style = g.pick(['gmail', 'tb', 'outlook'])
    return ('fwd', forward_header(lang, sender[0], sender[1], to_disp, d, subject, style), inner_blocks)


def earlier(d, hours=None, g=None):
    h = hours if hours is not None else g.randint(1, 50)
    return d - datetime.timedelta(hours=h, minutes=(g.randint(0, 59) if g else 0))


def re_(lang, subj, g):
    return (g.pick(['RE: ', 'Re: ', 'RE : ', 'Re : ']) if lang == 'fr' else g.pick(['RE: ', 'Re: '])) + subj


def fw_(lang, subj, g):
    return (g.pick(['TR: ', 'TR : ', 'Fwd: ', 'FW: ']) if lang == 'fr' else g.pick(['FW: ', 'Fwd: ', 'Fw: '])) + subj


def fname_safe(s, ascii_only=False):
    """Turn free text into a file-name fragment (accents kept unless ascii_only)."""
    if ascii_only:
        s = fold(s).replace(' ', '_')
        return s
    out = []
    for c in s:
        out.append(c if (c.isalnum() or c in '-_.') else '_')
    r = ''.join(out)
    while '__' in r:
        r = r.replace('__', '_')
    return r.strip('_')


def spec(cat, lang, typ, note, frm, to, subject, blocks, **kw):
    d = dict(cat=cat, lang=lang, types=typ, note=note, **{'from': frm}, to=to, subject=subject, blocks=blocks)
    d.update(kw)
    return d
