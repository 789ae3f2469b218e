"""Small helpers shared by the positive and negative templates."""
import datetime

import gen_util as U


def who(s):
    return (s.full(), s.email)


def box(name, addr):
    return (name, addr)


def R(cat, lang, subject, frm, to, blocks, types, note, cc=None, atts=None, irt=None, extra=None):
    return {'cat': cat, 'lang': lang, 'subject': subject,
            'from': frm if isinstance(frm, tuple) else who(frm),
            'to': [t if isinstance(t, tuple) else who(t) for t in to],
            'cc': [t if isinstance(t, tuple) else who(t) for t in (cc or [])],
            'blocks': blocks, 'types': sorted(set(types)), 'note': note,
            'attachments': atts or [], 'in_reply_to': irt, 'extra_headers': extra or []}


def ago(c, days):
    return c.now.date() - datetime.timedelta(days=days)


def ahead(c, days):
    return c.now.date() + datetime.timedelta(days=days)


def greet(c, lang, name=None):
    r = c.rng
    if lang == 'fr':
        g = r.choice(['Bonjour', 'Bonjour', 'Allô', 'Salut'] if name else ['Bonjour', 'Bonjour', 'Allô', 'Bonjour à tous', 'Salut'])
    else:
        g = r.choice(['Hi', 'Hello', 'Good morning'] if name else ['Hi', 'Hello', 'Good morning', 'Hi all', 'Hello everyone'])
    return ('%s %s,' % (g, name)) if name else g + ','


def thanks(c, lang):
    return c.rng.choice(['Merci!', 'Merci de votre collaboration.', 'Bonne journée,', 'Merci',
                         'Cordialement,'] if lang == 'fr' else
                        ['Thanks,', 'Thank you.', 'Best regards,', 'Thanks!', 'Regards,'])


def dsp_box(lang):
    return box(U.L(lang, 'Vigie sanitaire - DSPu Haute-Rivière', 'Public Health Surveillance - Haute-Rivière'),
               'vigie.mado@' + U.DSP['dom'])


def pci_box(hosp, lang):
    return box(U.L(lang, 'Prévention et contrôle des infections %s' % hosp['short'],
                   'Infection Prevention and Control %s' % hosp['short']), 'pci@' + hosp['dom'])


def sst_box(hosp, lang):
    return box(U.L(lang, 'Santé et sécurité au travail', 'Occupational Health and Safety'), 'sst@' + hosp['dom'])


def lot(c, prefix):
    r = c.rng
    return '%s%d%s%02d' % (prefix, r.randint(1000, 9899), r.choice('ABCDEFGHJK'), r.randint(1, 40))
