"""Helpers shared by positive templates."""
from gen_common import (NamPool, disguise_nam, invented_patient, org, staff_member, ROLES, CLSC,
                        phone, address, mrn)
from gen_check import TYPES
from gen_style import compose, to_list


class Ctx:
    def __init__(self, seed):
        self.nampool = NamPool(seed)


def patient(r, ctx, lang, nam_prob=0.5, grp='adult'):
    """A NAM holder of the right age group (with probability nam_prob) or an invented patient."""
    if r.random() < nam_prob:
        return ctx.nampool.take(grp)
    if grp == 'child':
        return invented_patient(r, lang, 2008, 2020)
    if grp == 'young':
        return invented_patient(r, lang, 1978, 2004)
    return invented_patient(r, lang)


def name_as(r, p, lang, style=None):
    """Write a patient's name the way staff do."""
    style = style or r.choice(['title_full', 'title_full', 'full', 'rev', 'rev_upper', 'lower',
                               'title_sur', 'init_sur', 'sur_giv'])
    t = p.title(lang)
    if style == 'title_full':
        return '%s %s %s' % (t, p.given, p.surname)
    if style == 'full':
        return p.full
    if style == 'rev':
        return p.rev
    if style == 'rev_upper':
        return '%s %s' % (p.surname.upper(), p.given.upper())
    if style == 'lower':
        return ('%s %s' % (p.given, p.surname)).lower()
    if style == 'title_sur':
        return '%s %s' % (t, p.surname)
    if style == 'init_sur':
        return '%s. %s' % (p.given[0], p.surname)
    return '%s %s' % (p.surname, p.given)


def nam_text(r, p):
    return disguise_nam(p.nam, r)


class Types:
    def __init__(self, *initial):
        self.s = set(initial)

    def add(self, *ts):
        for t in ts:
            assert t in TYPES, t
            self.s.add(t)

    def list(self):
        return [t for t in TYPES if t in self.s]


def finish(r, lang, cat, types, note, subject, body, o, s, to, greet=True, to_name=None,
           raw_text=None, **kw):
    text = raw_text if raw_text is not None else compose(r, lang, body, s, o, to_name, greet)
    spec = dict(lang=lang, category=cat, types=types.list(), note=note, subject=subject,
                text=text, org=o, sender=s, to=to)
    spec.update(kw)
    return spec


def role(key):
    return ROLES[key]


def clsc_to(r, lang):
    c = r.choice(CLSC)
    dom = c.lower().replace('clsc ', 'clsc-').replace(' ', '-').replace("'", '')
    from gen_common import strip_accents
    dom = strip_accents(dom) + '.example'
    box = r.choice(['sad.palliatif', 'accueil.sad', 'guichet.soinsdomicile', 'equipe.spad'])
    return c, [('%s – %s' % (c, 'Soins à domicile') if lang == 'fr' else '%s Home Care' % c,
                '%s@%s' % (box, dom))]


def yesno(r, p=0.5):
    return r.random() < p


def g(p, fem, masc):
    """Pick the feminine or masculine form according to the patient's sex."""
    return fem if p.sex == 'F' else masc
