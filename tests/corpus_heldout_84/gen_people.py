"""How people's names and addresses are written in mail (patients and staff)."""
import datetime

from gen_common import (ORGS, pick, chance, staff, staff_addr, strip_accents, disguise_nam,
                        fmt_dob, address, phone_fmt)


def pname(ctx, p, style=None):
    """A patient name written in one of the many ways clinicians write it."""
    r = ctx.rng
    style = style if style is not None else r.randrange(9)
    title_fr = 'Mme' if p.sex == 'F' else 'M.'
    title_en = 'Mrs.' if p.sex == 'F' else 'Mr.'
    if style == 0:
        return p.full
    if style == 1:
        return '%s, %s' % (p.surname.upper(), p.given)
    if style == 2:
        return '%s %s' % (ctx.T(title_fr, pick(r, [title_en, 'Ms.' if p.sex == 'F' else 'Mr'])), p.full)
    if style == 3:
        return '%s %s' % (p.surname, p.given)
    if style == 4:
        return p.full.lower()
    if style == 5:
        return '%s %s' % (p.given[0] + '.', p.surname)
    if style == 6:
        return '%s %s' % (p.surname.upper(), p.given)
    if style == 7:
        return '%s %s' % (ctx.T(title_fr, title_en), p.surname)
    return '%s, %s' % (p.surname, p.given)


def nam_str(ctx, p):
    return disguise_nam(ctx.rng, p.nam)


def dob_str(ctx, p):
    return fmt_dob(ctx.rng, p.dob, ctx.lang)


def sex_str(ctx, p):
    return ctx.T('F' if p.sex == 'F' else 'M', 'F' if p.sex == 'F' else 'M')


def age_str(ctx, p):
    a = p.age(ctx.day)
    return ctx.T('%d ans' % a, pick(ctx.rng, ['%d y/o' % a, '%dyo' % a, '%d years old' % a]))


def sender(ctx, orgkey, person=None):
    person = person or staff(ctx.rng)
    ctx.orgs[person] = orgkey
    g, s = person
    return person, ('%s %s' % (g, s), staff_addr(person, ORGS[orgkey][1]))


def team(ctx, orgkey, label_fr, label_en, local):
    return (ctx.T(label_fr, label_en), '%s@%s' % (local, ORGS[orgkey][1]))


def short_date(ctx, d):
    return d.strftime('%Y-%m-%d') if chance(ctx.rng, 0.5) else (
        d.strftime('%d/%m') if ctx.lang == 'fr' else d.strftime('%b %d'))


def ascii_fn(s):
    return strip_accents(s).replace(' ', '_').replace("'", '')
